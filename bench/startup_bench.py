"""Start-up benchmark: process start to the login window on screen, against a bare PySide6
script that shows an empty QWidget, measured the same way (target: app ≤ 1.5 × bare).

Both print ``LOKET_READY <monotonic ms>`` once their first window has been exposed and painted
(the app does so with ``LOKET_STARTUP_PROBE=1``, see desktop_app/gui/app.py) and exit; the time
is that minus ``time.monotonic()`` just before the process was started. The app opens its
database behind the login window; ``LOKET_STARTUP_PROBE=login`` reports when that is done and the
login window can be used, shown as a second row. Runs from source and,
when ``dist/loket-dukcapil`` exists, from the PyInstaller bundle; on the ``offscreen`` platform
and on ``xcb`` (under ``xvfb-run`` when there is no display).

    PYTHONPATH=. python bench/startup_bench.py [--quick] [--runs N] [--platform offscreen|xcb|both]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BUNDLE = ROOT / "dist" / "loket-dukcapil"
MARKER = "LOKET_READY"

BARE_SCRIPT = f'''
import os, time
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtGui import QWindow
from PySide6.QtWidgets import QApplication, QWidget

class Probe(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Expose and isinstance(watched, QWindow) \\
                and watched.isExposed():
            QCoreApplication.instance().removeEventFilter(self)
            QTimer.singleShot(0, self.report)
        return False

    def report(self):
        print(f"{MARKER} {{time.monotonic() * 1000:.1f}}", flush=True)
        os._exit(0)

app = QApplication([])
probe = Probe(app)
app.installEventFilter(probe)
w = QWidget()
w.resize(400, 300)
w.show()
app.exec()
'''


def prepare_data(folder: Path) -> None:
    """A database with one supervisor, so the app opens on the login window (not the wizard)."""
    env = dict(os.environ, LOKET_DATA_DIR=str(folder), PYTHONPATH=str(ROOT))
    env.pop("LOKET_DB_URL", None)
    subprocess.run(
        [sys.executable, "-m", "desktop_app", "init", "--admin", "kasi"],
        input="rahasia123\n",
        env=env,
        check=True,
        capture_output=True,
        text=True,
    )


def time_once(cmd: list[str], env: dict[str, str]) -> float:
    start = time.monotonic() * 1000
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=120)
    for line in done.stdout.splitlines():
        if line.startswith(MARKER):
            return float(line.split()[1]) - start
    raise RuntimeError(
        f"{cmd[0]} exited {done.returncode} without {MARKER}:\n{done.stdout}\n{done.stderr}"
    )


def measure(platform: str, runs: int) -> None:
    work = Path(tempfile.mkdtemp(prefix="startup-bench-"))
    try:
        data = work / "data"
        prepare_data(data)
        bare = work / "bare.py"
        bare.write_text(BARE_SCRIPT, encoding="utf-8")
        env = dict(
            os.environ,
            QT_QPA_PLATFORM=platform,
            LOKET_DATA_DIR=str(data),
            LOKET_STARTUP_PROBE="1",
            XDG_CONFIG_HOME=str(work / "config"),  # QSettings: no saved language or geometry
            PYTHONPATH=str(ROOT),
        )
        env.pop("LOKET_DB_URL", None)
        app = [sys.executable, "-m", "desktop_app", "gui"]
        candidates = [
            ("bare PySide6 (source)", [sys.executable, str(bare)], "1"),
            ("loket gui (source)", app, "1"),
            ("  login usable (source)", app, "login"),
        ]
        if (BUNDLE / "LoketDukcapil").exists():
            exe = [str(BUNDLE / "LoketDukcapil")]
            candidates.append(("LoketDukcapil (bundle)", exe, "1"))
            candidates.append(("  login usable (bundle)", exe, "login"))
        for _label, cmd, stage in candidates:  # warm the file cache once
            time_once(cmd, dict(env, LOKET_STARTUP_PROBE=stage))
        results: dict[str, list[float]] = {label: [] for label, _cmd, _stage in candidates}
        for _ in range(runs):  # interleaved, so machine load hits every candidate alike
            for label, cmd, stage in candidates:
                results[label].append(time_once(cmd, dict(env, LOKET_STARTUP_PROBE=stage)))
        base = statistics.median(results["bare PySide6 (source)"])
        print(f"\nplatform {platform}, {runs} runs each (ms, process start to first window)")
        print(f"{'':28} {'median':>8} {'min':>8} {'max':>8} {'× bare':>7}")
        for label, times in results.items():
            median = statistics.median(times)
            print(
                f"{label:28} {median:8.0f} {min(times):8.0f} {max(times):8.0f} {median / base:7.2f}"
            )
    finally:
        shutil.rmtree(work, ignore_errors=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="3 runs instead of 10")
    parser.add_argument("--runs", type=int)
    parser.add_argument("--platform", choices=("offscreen", "xcb", "both"), default="both")
    args = parser.parse_args()
    runs = args.runs or (3 if args.quick else 10)
    if args.platform in ("offscreen", "both"):
        measure("offscreen", runs)
    if args.platform in ("xcb", "both"):
        if os.environ.get("DISPLAY"):
            measure("xcb", runs)
        elif shutil.which("xvfb-run"):
            sys.stdout.flush()
            subprocess.run(
                [
                    "xvfb-run",
                    "-a",
                    "-s",
                    "-screen 0 1366x768x24",
                    sys.executable,
                    __file__,
                    "--platform",
                    "xcb",
                    "--runs",
                    str(runs),
                ],
                check=True,
            )
        else:
            print("\nxcb: no display and no xvfb-run; skipped")
    return 0


if __name__ == "__main__":
    sys.exit(main())
