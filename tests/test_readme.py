"""The README's install line is what a fresh Debian/Ubuntu PC needs to start the window."""

from __future__ import annotations

import re
from pathlib import Path

README = Path(__file__).resolve().parent.parent / "README.md"

# What Qt's xcb platform plugin loads on X11 (missing one, the window does not start).
XCB_LIBRARIES = {
    "libxcb-cursor0", "libxkbcommon-x11-0", "libxcb-icccm4", "libxcb-image0",
    "libxcb-keysyms1", "libxcb-render-util0", "libxcb-shape0", "libxcb-xkb1",
}  # fmt: skip


def test_the_apt_get_line_installs_every_xcb_library():
    line = re.search(r"`apt-get install ([^`]+)`", README.read_text(encoding="utf-8"))
    assert line is not None
    assert XCB_LIBRARIES - set(line.group(1).split()) == set()


def test_the_counter_benchmark_is_documented_and_exists():
    text = README.read_text(encoding="utf-8")
    assert "bench/counter_bench.py" in text
    assert (README.parent / "bench" / "counter_bench.py").is_file()
