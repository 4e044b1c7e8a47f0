"""The PySide6 desktop front end. Everything here runs on the GUI thread unless it says not."""
