"""Python's cycle collector runs on the GUI thread only.

Left automatic, the collector runs in whichever thread happens to allocate when its threshold is
crossed: a background task (gui/background.py), the database opener, the daily backup. A Qt
object kept alive only by a reference cycle (a closed dialog whose slot refers to itself) is then
destroyed on that thread, which Qt forbids ("QObject::killTimer: Timers cannot be stopped from
another thread") and which can end the process with a segmentation fault. So, as Anki and
pyqtgraph do, automatic collection is switched off and a timer on the GUI thread collects each
generation when the allocation counts say Python itself would have (docs/design.md#threads).
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QObject, QTimer

CHECK_INTERVAL_MS = 250


class GuiThreadCollector(QObject):
    """Checks the collector's counts on the GUI thread and collects as Python would."""

    def __init__(self, app: QCoreApplication) -> None:
        super().__init__(app)
        self.thresholds = gc.get_threshold()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_INTERVAL_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def check(self) -> None:
        """Collect the youngest generation whose count passed its threshold (and, as Python
        does, the older ones when theirs did too)."""
        count0, count1, count2 = gc.get_count()
        limit0, limit1, limit2 = self.thresholds
        if count0 > limit0:
            gc.collect(0)
            if count1 > limit1:
                gc.collect(1)
                if count2 > limit2:
                    gc.collect(2)


def install(app: QCoreApplication) -> GuiThreadCollector:
    """Switch automatic collection off and collect on ``app``'s thread from now on (once per
    application; later calls return the same collector)."""
    existing = app.findChild(GuiThreadCollector)
    if isinstance(existing, GuiThreadCollector):
        gc.disable()
        return existing
    return GuiThreadCollector(app)
