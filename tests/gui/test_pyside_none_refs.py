"""PySide6 6.12 on CPython 3.11 drops a reference to None on every void Qt call; without the
workaround in desktop_app/gui/__init__.py a busy session aborts with "none_dealloc"."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = """
import sys
import desktop_app.gui  # the workaround
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
label = QLabel()
for _ in range(200_000):  # far more than None's few thousand references at start
    label.setText("x")
    label.setEnabled(True)
print("alive", sys.getrefcount(None) > 100_000)
"""


def test_many_void_qt_calls_do_not_exhaust_none():
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, env=env, timeout=120
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "alive True"
