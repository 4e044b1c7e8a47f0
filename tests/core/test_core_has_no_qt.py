"""The core must run without Qt (CLI, server-side tools): importing it must not load PySide6."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

CHECK = (
    "import desktop_app.core, desktop_app.core.identity, desktop_app.core.regions; "
    "import sys; assert not [m for m in sys.modules if m.startswith('PySide6')]"
)


def test_core_imports_no_qt() -> None:
    done = subprocess.run(
        [sys.executable, "-c", CHECK], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
