"""One colour scheme, read from the style sheet: no hex colour in the GUI's Python, and the
colours Python paints come from resources/style.qss."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtGui import QColor

from desktop_app.gui import style

GUI = Path(__file__).resolve().parents[2] / "desktop_app" / "gui"


def test_no_hex_colour_in_the_guis_python():
    found = []
    for path in GUI.rglob("*.py"):
        if path.name == "resources_rc.py" or path.parent.name == "forms":
            continue
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if re.search(r"#[0-9a-fA-F]{6}\b|#[0-9a-fA-F]{3}\b", line):
                found.append(f"{path.relative_to(GUI)}:{n}: {line.strip()}")
    assert found == []


def test_painted_colours_come_from_the_style_sheet():
    qss = style.read_style_sheet()
    assert style.color("error") == QColor(re.search(
        r'QLabel\[role="error"\]\s*\{[^}]*color:\s*(#\w{6})', qss).group(1))  # fmt: skip
    overdue = re.search(r'\*\[palette="overdue"\]\s*\{([^}]*)\}', qss).group(1)
    assert style.color("overdue").name() in overdue
    assert style.background("overdue").name() in overdue
    for name in ("error", "warning", "success", "hint", "overdue"):
        assert style.color(name).isValid(), name


def test_the_verdict_banner_takes_its_colours_from_the_style_sheet(
    qtbot, styled_app, db, legalisir
):
    from desktop_app.gui.context import AppContext
    from desktop_app.gui.pages.verify import VerifyPage

    page = VerifyPage(AppContext(db, legalisir))
    qtbot.addWidget(page)
    page.resize(700, 500)
    page.show()
    qtbot.waitExposed(page)
    for verdict, colour in (("valid", "#1e7d32"), ("invalid", "#b3261e")):
        page._colour(verdict)
        image = page.status.grab().toImage()
        assert image.pixelColor(image.width() // 2, 4).name() == colour
    assert page.status.styleSheet() == ""  # nothing inline
