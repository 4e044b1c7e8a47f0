"""Windows sized for the office's screens.

The counter PCs run 1366×768 laptops and 1920×1080 monitors at 150 % (1280×720 logical pixels,
less the taskbar). A window never opens larger than the free area of its screen, title bar
included, and the main window is maximized on screens up to 1440 px wide, where a smaller
window only wastes room. Layout code keeps each window's minimum size inside 1280×650 so
shrinking never cuts anything (tests/gui/test_screen_fit.py opens every window at both sizes).
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

MAXIMIZE_UP_TO = 1440
# Title bar and borders of a window not shown yet (Windows 10/11 at 100 %: 31 + 8 px).
FRAME_ALLOWANCE = QSize(16, 40)


def available_area(window: QWidget) -> QRect:
    """The free area (without taskbar) of the screen the window is on, in logical pixels."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def frame_size(window: QWidget) -> QSize:
    """What the window manager adds around the window (an allowance before it is shown)."""
    extra = window.frameGeometry().size() - window.geometry().size()
    if window.isVisible() and (extra.width() > 0 or extra.height() > 0):
        return extra
    return FRAME_ALLOWANCE


def fit_window(window: QWidget, available: QRect | None = None) -> None:
    """Shrink ``window`` to the screen's free area if it is larger, and move it inside."""
    area = available if available is not None else available_area(window)
    frame = frame_size(window)
    room = QSize(area.width() - frame.width(), area.height() - frame.height())
    size = window.size().boundedTo(room).expandedTo(window.minimumSize())
    if size != window.size():
        window.resize(size)
    geometry = QRect(window.pos(), size + frame)
    if not area.contains(geometry):
        x = min(max(geometry.x(), area.x()), area.right() + 1 - geometry.width())
        y = min(max(geometry.y(), area.y()), area.bottom() + 1 - geometry.height())
        window.move(max(x, area.x()), max(y, area.y()))


def should_maximize(available: QRect) -> bool:
    """On small screens the main window takes the whole screen."""
    return available.width() <= MAXIMIZE_UP_TO
