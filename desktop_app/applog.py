"""Logging to a rotating file, so support can read what happened at a counter PC.

The log is private to the OS account (0600) and never holds an identity number: whatever a
record or its traceback says, 16-digit numbers (NIK, KK) are blotted out on the way to the file.
"""

from __future__ import annotations

import logging
import logging.handlers
import re
from pathlib import Path

from desktop_app import paths

_configured = False
# 16 digits, also written with spaces, dots or dashes between groups (as people type them).
_IDENTITY_NUMBER = re.compile(r"(?<!\d)\d(?:[ .-]?\d){15}(?!\d)")
# PostgreSQL's details quote the row or key values ("Failing row contains (…, Siti, …)").
_SERVER_DETAIL = re.compile(r"(?m)^(\s*DETAIL:).*$")


def redact(text: str) -> str:
    """``text`` with every NIK/KK-like number replaced by ``[NIK/KK]`` and the server's
    DETAIL lines (which quote the rejected values, names included) dropped."""
    return _SERVER_DETAIL.sub(r"\1 [disembunyikan]", _IDENTITY_NUMBER.sub("[NIK/KK]", text))


class RedactingFormatter(logging.Formatter):
    """Formats as usual (message, traceback, stack), then blots out identity numbers."""

    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record))


class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """A rotating log whose files are created 0600 (the data folder's rule)."""

    def _open(self):  # type: ignore[no-untyped-def]
        paths.create_private_file(Path(self.baseFilename))
        return super()._open()

    def handleError(self, record: logging.LogRecord) -> None:  # noqa: N802 - logging's name
        """A log that cannot be written (disk full) must not print a traceback at the user:
        the message they need is shown anyway."""


def setup_logging(level: int = logging.INFO) -> None:
    """Send log records to ``loket.log`` (1 MB × 5 files). Safe to call twice."""
    global _configured
    if _configured:
        return
    handler = PrivateRotatingFileHandler(
        paths.log_file(), maxBytes=1_000_000, backupCount=5, encoding="utf-8"
    )
    handler.setFormatter(
        RedactingFormatter("%(asctime)s %(levelname)s %(process)d %(name)s: %(message)s")
    )
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(level)
    _configured = True
