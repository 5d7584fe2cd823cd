"""Qt-free core: domain rules, standards as data, storage, services and reports.

Nothing under this package may import PySide6 (a test enforces it), so the CLI, tests and
any future front end share exactly the same use cases.
"""
