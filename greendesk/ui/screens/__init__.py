"""One module per screen; each screen is a QWidget built from a UiContext (see greendesk/ui/context.py)."""
