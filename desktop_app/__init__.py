"""Loket Dukcapil: the front desk of a Disdukcapil office."""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "Loket Dukcapil"
APP_ID = "loket-dukcapil"
_DIST_PREFIX = "loket_dukcapil-"


def _find_version() -> str:
    """The installed distribution's version, read from its ``.dist-info`` folder name on
    ``sys.path`` (the PyInstaller bundle carries one too); from a source tree that is not
    installed, ``pyproject.toml``. importlib.metadata gives the same answer but costs a tenth of
    the time to the login window (email, zipfile, csv ... imports)."""
    for entry in sys.path:
        try:
            names = os.listdir(entry or ".")
        except OSError:
            continue
        for name in names:
            if name.startswith(_DIST_PREFIX) and name.endswith(".dist-info"):
                return name[len(_DIST_PREFIX) : -len(".dist-info")]
    pyproject = Path(__file__).resolve().parent.parent / "pyproject.toml"
    if pyproject.is_file():
        import tomllib

        project = tomllib.loads(pyproject.read_text(encoding="utf-8")).get("project", {})
        if project.get("name") == APP_ID:
            return str(project["version"])
    return "0+unknown"


__version__ = _find_version()
