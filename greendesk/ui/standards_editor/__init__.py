"""The standard editor: a local edition's categories, items, points and typed rules, checked by the core's reader."""
