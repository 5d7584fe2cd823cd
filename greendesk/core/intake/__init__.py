"""Importing street recommendation packages (Excel + photos, folders or zip), in two phases.

``analyse_package`` reads and plans without writing; ``apply_import`` writes the plan in one
transaction; ``export_template`` writes the workbook streets fill in.
"""
