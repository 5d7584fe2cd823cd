"""Thin PySide6 layer over the core: Qt item models, views and controllers. No domain rules here."""
