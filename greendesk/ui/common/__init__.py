"""Small pieces several screens share (task panel, dialog buttons, list styling); screens never import each other."""
