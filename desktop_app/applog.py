"""Logging to a rotating file, so support can read what happened at a counter PC."""

from __future__ import annotations

import logging
import logging.handlers

from desktop_app import paths

_configured = False


def setup_logging(level: int = logging.INFO) -> None:
    """Send log records to ``loket.log`` (1 MB × 5 files). Safe to call twice."""
    global _configured
    if _configured:
        return
    handler = logging.handlers.RotatingFileHandler(
        paths.log_file(), maxBytes=1_000_000, backupCount=5, encoding="utf-8"
    )
    handler.setFormatter(
        logging.Formatter("%(asctime)s %(levelname)s %(process)d %(name)s: %(message)s")
    )
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(level)
    _configured = True
