"""Small pieces several screens share (task panel, dialog buttons, error text); screens never import each other."""
