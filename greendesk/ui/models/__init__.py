"""Qt item models over core services (no domain rules: they call the core and display the result)."""
