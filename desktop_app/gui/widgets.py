"""Small helpers shared by the dialogs and pages: styled labels, per-field error messages,
and the standard way to tell the user that the core refused something."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date, datetime, time
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QEvent,
    QLocale,
    QPoint,
    QPointF,
    QSignalBlocker,
    QSize,
    Qt,
    Signal,
    SignalInstance,
)
from PySide6.QtGui import QFocusEvent, QKeyEvent, QMouseEvent, QWheelEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QDateEdit,
    QDateTimeEdit,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QMessageBox,
    QSpinBox,
    QStyle,
    QStyleOptionComboBox,
    QTableView,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.errors import LoketError, ValidationError
from desktop_app.gui.qt import form_row


def set_role(widget: QWidget, role: str) -> None:
    """Apply a style-sheet role (``heading``, ``hint``, ``error`` ...) and re-polish."""
    widget.setProperty("role", role)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


def label(text: str, role: str = "", *, wrap: bool = True) -> QLabel:
    widget = QLabel(text)
    widget.setWordWrap(wrap)
    if role:
        widget.setProperty("role", role)
    return widget


def plain_label_text(text: str) -> str:
    """A label's text as read aloud: no mnemonic ``&`` (``&&`` is a real one), no colon."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip().rstrip(":")


def _first_input(layout: QLayout) -> QWidget | None:
    for index in range(layout.count()):
        item = layout.itemAt(index)
        if item is None:
            continue
        widget = item.widget()
        if widget is not None and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            return widget
        inner = item.layout()
        if inner is not None and (found := _first_input(inner)) is not None:
            return found
    return None


def label_form_fields(form: QFormLayout) -> None:
    """Finish the rows of a form for keyboard and screen-reader users, and against clipping.

    For each row with a text label: the label's buddy is its field (Alt+underlined letter
    jumps there), the field's accessible name is the label's text (set only where the code
    gave none), and the label gets a little more than its text's width: QFormLayout gives a
    label exactly its size hint, and QLabel clips its text to that, cutting the overhang of a
    last "e" or "n" ("Telepon" showed as "Telepor")."""
    for row in range(form.rowCount()):
        label_item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
        field_item = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
        caption = label_item.widget() if label_item is not None else None
        if not isinstance(caption, QLabel) or not caption.text() or field_item is None:
            continue
        caption.setMinimumWidth(
            caption.sizeHint().width() + caption.fontMetrics().averageCharWidth()
        )
        field = field_item.widget()
        inner = field_item.layout()
        if field is None and inner is not None:
            field = _first_input(inner)
        if field is None or not field.focusPolicy() & Qt.FocusPolicy.TabFocus:
            continue
        if caption.buddy() is None:
            caption.setBuddy(field)
        if not field.accessibleName():
            field.setAccessibleName(plain_label_text(caption.text()))


def mark_field(widget: QWidget, bad: bool) -> None:
    """Red frame on a field the core refused (style sheet: ``*[error="true"]``)."""
    if bool(widget.property("error")) == bad:
        return
    widget.setProperty("error", bad)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


def _edited_signal(widget: QWidget) -> SignalInstance | None:
    """The signal a field sends when the officer edits it (a button has none: a click is
    not a correction)."""
    for name in ("textChanged", "currentIndexChanged", "dateTimeChanged", "valueChanged"):
        signal = getattr(widget, name, None)
        if isinstance(signal, SignalInstance):
            return signal
    return None


class FieldErrors:
    """The one way a form shows the core's refusal, keyed by the core's field names.

    The core raises ``ValidationError(message, problems=[(field, msg), ...])``. Every named
    field is marked red and the first one gets the cursor; a field's mark goes as soon as the
    officer changes it (:meth:`unmark`). Where the messages go depends on the form: with a
    ``form`` (QFormLayout) each appears on a line under its field and the rest in ``general``;
    without one (a dense Designer form) they are listed together in ``general``, each led by
    the field's name from ``labels``.
    """

    def __init__(
        self,
        form: QFormLayout | None,
        fields: dict[str, QWidget],
        general: QLabel | None = None,
        labels: Mapping[str, str] | None = None,
    ) -> None:
        self._form = form
        self._fields = fields
        self._names = dict(labels or {})
        self.general = general
        self.labels: dict[str, QLabel] = {}
        # The lines shown in ``general``, each with the field it names (None: no field).
        self._general_lines: list[tuple[str | None, str]] = []
        if form is not None:
            # Insert one hidden row below each field, bottom first so row numbers stay valid.
            positions = []
            for name, widget in fields.items():
                row = self._row_of(widget)
                if row >= 0:
                    positions.append((row, name))
            for row, name in sorted(positions, reverse=True):
                # One line: a wrapped label in a form row gets a wrong height before it shows.
                error = label("", "error", wrap=False)
                error.setObjectName(f"error_{name}")
                form.insertRow(row + 1, QLabel(""), error)
                self.labels[name] = error
                form.setRowVisible(row + 1, False)
        if general is not None:
            set_role(general, "error")
            general.setVisible(False)
        for name, widget in fields.items():
            signal = _edited_signal(widget)
            if signal is not None:
                signal.connect(lambda *_a, n=name: self.unmark(n))

    def _row_of(self, widget: QWidget) -> int:
        assert self._form is not None
        row = form_row(self._form, widget)
        if row >= 0:
            return row
        # The field may sit inside a nested layout (code + looked-up name, logo + buttons).
        for r in range(self._form.rowCount()):
            item = self._form.itemAt(r, QFormLayout.ItemRole.FieldRole)
            layout = item.layout() if item is not None else None
            if layout is not None and layout.indexOf(widget) >= 0:
                return r
        return -1

    def clear(self) -> None:
        self._general_lines = []
        for error in self.labels.values():
            error.clear()
            self._set_row_visible(error, False)
        for widget in self._fields.values():
            mark_field(widget, False)
        if self.general is not None:
            self.general.clear()
            self.general.setVisible(False)

    def unmark(self, name: str) -> None:
        """The officer changed field ``name``: its red mark goes, and so does its line in the
        general list (a "Layanan: Pilih layanannya." left there after the service was chosen
        read as if the form were still wrong); a message under the field stays until saving."""
        widget = self._fields.get(name)
        if widget is not None:
            mark_field(widget, False)
        if self.general is not None and any(n == name for n, _t in self._general_lines):
            self._general_lines = [(n, t) for n, t in self._general_lines if n != name]
            self.general.setText("\n".join(t for _n, t in self._general_lines))
            self.general.setVisible(bool(self._general_lines))

    def show(self, exc: LoketError) -> None:
        """Show ``exc`` beside the fields it names; anything else goes to ``general``."""
        self.clear()
        rest: list[str] = []
        problems = exc.problems if isinstance(exc, ValidationError) else []
        for name, message in problems:
            if name in self._fields:
                mark_field(self._fields[name], True)
            error = self.labels.get(name)
            if error is None:
                title = self._names.get(name)
                rest.append(f"{title}: {message}" if title else message)
                self._general_lines.append((name, rest[-1]))
                continue
            error.setText("\n".join(filter(None, [error.text(), message])))
            self._set_row_visible(error, True)
        if not problems:
            rest.append(exc.message)
            self._general_lines.append((None, exc.message))
        if rest:
            if self.general is not None:
                self.general.setText("\n".join(rest))
                self.general.setVisible(True)
            else:
                first = next(iter(self._fields.values()), None)
                QMessageBox.warning(
                    first.window() if first else None,
                    QCoreApplication.translate("widgets", "Periksa isian"),
                    "\n".join(rest),
                )
        for name, _message in problems:
            if name in self._fields:
                self._fields[name].setFocus(Qt.FocusReason.OtherFocusReason)
                break

    def text(self, name: str = "") -> str:
        """The message shown for field ``name``, or with no name the general one ('' when
        none): for tests and screen readers."""
        error = self.labels.get(name) if name else self.general
        return error.text() if error is not None and not error.isHidden() else ""

    def _set_row_visible(self, error: QLabel, visible: bool) -> None:
        if self._form is not None:
            self._form.setRowVisible(form_row(self._form, error), visible)


def show_refusal(parent: QWidget | None, exc: LoketError, title: str = "") -> None:
    """A core refusal (validation, permission, conflict) as a plain message box."""
    QMessageBox.warning(
        parent,
        title or QCoreApplication.translate("widgets", "Tidak dapat dilanjutkan"),
        exc.message,
    )


def confirm(
    parent: QWidget | None, title: str, text: str, action: str, *, warning: bool = False
) -> bool:
    """Ask before an act that is hard to undo; the act's own name on the button, *Batal* the
    default (a reflexive Enter does nothing). True when the officer chose ``action``.
    ``warning``: the act replaces or discards data (the warning sign instead of a question)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setText(text)
    yes = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(
        QCoreApplication.translate("widgets", "Batal"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.exec()
    return box.clickedButton() is yes


class MonthCalendar(QCalendarWidget):
    """The month a date field drops down, big enough for its weekday row and six weeks.

    Qt sizes the popup from the font's bare height per row and forgets the frame the style
    sheet gives the day table, so the weekday row ("Sen", "Sel", ...) was cut off under the
    month bar. Here every row gets room around its text at any font size and display scaling,
    and a column is as wide as the longest weekday name of the language in use."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.setHorizontalHeaderFormat(QCalendarWidget.HorizontalHeaderFormat.ShortDayNames)

    def day_table(self) -> QTableView:
        view = self.findChild(QTableView)
        assert view is not None  # QCalendarWidget always has its day table
        return view

    def weekday_names(self) -> list[str]:
        first = self.firstDayOfWeek().value
        return [
            self.locale().dayName((first - 1 + i) % 7 + 1, QLocale.FormatType.ShortFormat)
            for i in range(7)
        ]

    def _cell(self) -> QSize:
        metrics = self.day_table().fontMetrics()
        text = max(metrics.horizontalAdvance(n) for n in [*self.weekday_names(), "30"])
        return QSize(text + 2 * metrics.averageCharWidth() + 2, round(metrics.height() * 1.6))

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        cell = self._cell()
        table = self.day_table()
        frame = 2 * max(table.frameWidth(), 2)  # a focused table's border is 2 px
        bar = self.findChild(QWidget, "qt_calendar_navigationbar")
        bar_size = bar.sizeHint() if bar is not None else QSize(0, 0)
        width = max(7 * cell.width() + frame, bar_size.width())
        height = bar_size.height() + 7 * cell.height() + frame
        margins = self.contentsMargins()
        own = QSize(
            width + margins.left() + margins.right(), height + margins.top() + margins.bottom()
        )
        # Qt's own figure (its sizeHint is its minimumSizeHint, overridden below).
        return own.expandedTo(super().minimumSizeHint())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return self.sizeHint()


def use_month_calendar(edit: QDateTimeEdit) -> MonthCalendar:
    """Give a date (and time) field with a calendar popup the calendar that fits."""
    edit.setCalendarPopup(True)  # before: Qt takes no calendar widget for a field without
    calendar = MonthCalendar(edit)
    edit.setCalendarWidget(calendar)
    return calendar


_SEPARATORS = frozenset("/.-")


def parse_typed_date(typed: str, current: date) -> date | None:
    """The date an officer typed into a date field, or None when it is no date.

    Accepted: day, month and year with separators (``29/11/2026``, ``1.2.2025``, ``3-4-26``)
    or as digits (``29112026``, ``291126``, ``2911``); a missing year is ``current``'s, a
    two-digit year is 20yy."""
    text = "".join("/" if ch in _SEPARATORS else ch for ch in typed.strip())
    if "/" in text:
        parts = text.split("/")
        if len(parts) > 3 or not all(p.isdigit() for p in parts[:2]):
            return None
        day_s, month_s = parts[0], parts[1] if len(parts) > 1 else ""
        year_s = parts[2] if len(parts) > 2 else ""
    else:
        if not text.isdigit() or len(text) not in (4, 6, 8):
            return None
        day_s, month_s, year_s = text[:2], text[2:4], text[4:]
    if not (1 <= len(day_s) <= 2 and 1 <= len(month_s) <= 2):
        return None
    if len(year_s) not in (0, 2, 4) or (year_s and not year_s.isdigit()):
        return None
    year = current.year if not year_s else int(year_s) + (2000 if len(year_s) == 2 else 0)
    try:
        return date(year, int(month_s), int(day_s))
    except ValueError:
        return None


def parse_typed_time(typed: str) -> time | None:
    """The time of day typed into a date-and-time field: ``14.35``, ``14:35``, ``9.05``,
    ``1435`` or ``905``; None when it is no time."""
    text = typed.strip().replace(".", ":")
    if ":" in text:
        hour_s, _sep, minute_s = text.partition(":")
        if not (hour_s.isdigit() and minute_s.isdigit() and len(minute_s) == 2):
            return None
    elif text.isdigit() and len(text) in (3, 4):
        hour_s, minute_s = text[:-2], text[-2:]
    else:
        return None
    if len(hour_s) > 2 or int(hour_s) > 23 or int(minute_s) > 59:
        return None
    return time(int(hour_s), int(minute_s))


def parse_typed_datetime(typed: str, current: datetime) -> datetime | None:
    """The moment typed into a date-and-time field, or None when it is none: a date as
    :func:`parse_typed_date` reads it and a time as :func:`parse_typed_time` (``29/11/2026
    14.35``, ``29112026 1435``); a date alone keeps ``current``'s time, a time alone (with a
    colon: ``14:35``) ``current``'s date."""
    parts = typed.split()
    if len(parts) == 1 and ":" in parts[0]:
        moment = parse_typed_time(parts[0])
        return None if moment is None else datetime.combine(current.date(), moment)
    if len(parts) not in (1, 2):
        return None
    day = parse_typed_date(parts[0], current.date())
    moment = parse_typed_time(parts[1]) if len(parts) == 2 else current.time()
    if day is None or moment is None:
        return None
    return datetime.combine(day, moment.replace(second=0, microsecond=0))


class _TypedEntry:
    """What :class:`DateEdit` and :class:`DateTimeEdit` share (a mixin before their Qt class):
    one Tab stop, typed values, never changed by a stray key.

    Qt's date fields walk their sections with Tab (three stops per date) and let an arrow key
    or the mouse wheel change the section under the cursor (Tab then Down changed a year).
    Here Tab leaves the field, Up/Down/PageUp/PageDown open the calendar instead, and the
    wheel changes nothing; the value changes by typing it or choosing it in the calendar.

    Typing replaces the whole value, wherever the cursor is: Qt's own section editing ignored
    digits after a click into the field or Ctrl+A, took a separator after a full day for the
    next section too, and turned 31/12 typed over a November date into 30/12. The typed
    characters are shown as they come and become the value once it is complete, or on Enter,
    Tab or leaving the field; a value that does not exist leaves the old one and says so in
    :attr:`problem` and a tool tip; one outside the allowed range becomes the nearest allowed
    value, also said. Esc puts back the value before typing."""

    _OPEN_KEYS = frozenset({Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown})
    _TYPED_CHARS = _SEPARATORS  # besides digits

    typed: str | None
    problem: str
    entered: Any  # the concrete class's Signal: Enter pressed in the field

    def _start_typing(self, tip: str) -> None:
        field: Any = self
        use_month_calendar(field)
        field.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # the wheel does not take the focus
        field.setToolTip(tip)
        self.typed = None  # the characters of a value being typed
        self.problem = ""  # why the last typed value was not taken ("" when it was)

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802, A002 - Qt override
        field: Any = self
        return QWidget.focusNextPrevChild(field, next)  # leave the field, not the next section

    def event(self, event: QEvent) -> bool:
        field: Any = self
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
        ):
            self.finish_typing()
            return QWidget.focusNextPrevChild(field, event.key() == Qt.Key.Key_Tab)
        return bool(super().event(event))  # type: ignore[misc]

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        command = event.modifiers() & ~(
            Qt.KeyboardModifier.KeypadModifier | Qt.KeyboardModifier.ShiftModifier
        )
        text = event.text()
        if not command and len(text) == 1 and (text.isdigit() or text in self._TYPED_CHARS):
            self._type(text)
            return
        if self.typed is not None and not command:
            if event.key() == Qt.Key.Key_Backspace:
                self._show_typed(self.typed[:-1])
                return
            if event.key() == Qt.Key.Key_Escape:
                self.typed = None
                self._show_value()  # the value before typing, shown again
                return
        self.finish_typing()
        if event.key() in self._OPEN_KEYS and not command:
            self.open_calendar()
            return
        super().keyPressEvent(event)  # type: ignore[misc]
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.entered.emit()

    def _type(self, char: str) -> None:
        typed = (self.typed or "") + char
        self._show_typed(typed)
        if self._complete(typed):
            self.finish_typing()

    def _complete(self, typed: str) -> bool:
        raise NotImplementedError

    def _shown(self, typed: str) -> str:
        """The typed characters as shown while typing (digits grouped as a date)."""
        if typed and not any(ch in _SEPARATORS for ch in typed):
            return "/".join(filter(None, (typed[:2], typed[2:4], typed[4:])))
        return "".join("/" if ch in _SEPARATORS else ch for ch in typed)

    def _show_typed(self, typed: str) -> None:
        self.typed = typed
        shown = self._shown(typed)
        # While typing, the text is shown as it comes (not a value yet): Qt must not read it
        # (it would put the old value back at once).
        field: Any = self
        line = field.lineEdit()
        with QSignalBlocker(line):
            line.setText(shown)
            line.setCursorPosition(len(shown))

    def finish_typing(self) -> None:
        """Turn what was typed into the value (see the class docstring)."""
        if self.typed is None:
            return
        typed, self.typed = self.typed, None
        self.problem = self._settle(typed) if typed else ""
        self._show_value()  # also when unchanged: the typed text would stay on screen
        if self.problem:
            field: Any = self
            QToolTip.showText(field.mapToGlobal(QPoint(0, field.height())), self.problem, field)

    def _settle(self, typed: str) -> str:
        """Take ``typed`` as the value if it is one (kept inside the allowed range); returns
        why it was not taken as typed ("" when it was)."""
        raise NotImplementedError

    def _show_value(self) -> None:
        field: Any = self
        field.lineEdit().setText(field.textFromDateTime(field.dateTime()))

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt override
        self.finish_typing()
        super().focusOutEvent(event)  # type: ignore[misc]

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        self.finish_typing()
        super().mousePressEvent(event)  # type: ignore[misc]

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt override
        event.ignore()  # scrolling the page past a date field must not change it

    def stepBy(self, steps: int) -> None:  # noqa: N802 - Qt override
        """Only the calendar and typing change the value (no spinning by keys or wheel)."""

    def open_calendar(self) -> None:
        """Show the month to pick from, as a click on the field's arrow does (Qt has no key for
        it: keyboard users get the arrow keys)."""
        field: Any = self
        option = QStyleOptionComboBox()
        option.initFrom(field)
        option.editable = True
        option.subControls = QStyle.SubControl.SC_All
        arrow = field.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxArrow, field
        )
        point = QPointF(arrow.center())
        press = QMouseEvent(
            QEvent.Type.MouseButtonPress,
            point,
            field.mapToGlobal(point),
            Qt.MouseButton.LeftButton,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
        self.mousePressEvent(press)


class DateEdit(_TypedEntry, QDateEdit):
    """A date field for forms and filters (:class:`_TypedEntry`): the typed date becomes the
    date once the year is complete (see :func:`parse_typed_date`)."""

    entered = Signal()  # Enter pressed in the field (a page without a default button acts)

    def __init__(self, date: QDate | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if date is not None:
            self.setDate(date)
        self.setDisplayFormat("dd/MM/yyyy")
        self._start_typing(
            QCoreApplication.translate(
                "DateEdit",
                "Ketik tanggalnya (mis. 29112026 atau 29/11/2026) atau tekan ↓ untuk kalender.",
            )
        )

    def _complete(self, typed: str) -> bool:
        digits = sum(ch.isdigit() for ch in typed)
        parts = "".join("/" if ch in _SEPARATORS else ch for ch in typed).split("/")
        return (len(parts) == 1 and digits >= 8) or (len(parts) == 3 and len(parts[2]) >= 4)

    def _settle(self, typed: str) -> str:
        before = self.date()
        value = parse_typed_date(typed, date(before.year(), before.month(), before.day()))
        if value is None:
            return QCoreApplication.translate(
                "DateEdit", "{typed} bukan tanggal; ketik mis. 29112026 atau 29/11/2026."
            ).format(typed=typed)
        wanted = QDate(value.year, value.month, value.day)
        self.setDate(wanted)  # kept inside the allowed range
        if wanted > self.maximumDate():
            return QCoreApplication.translate("DateEdit", "Tanggal paling akhir {date}.").format(
                date=self.maximumDate().toString("dd/MM/yyyy")
            )
        if wanted < self.minimumDate():
            return QCoreApplication.translate("DateEdit", "Tanggal paling awal {date}.").format(
                date=self.minimumDate().toString("dd/MM/yyyy")
            )
        return ""


class DateTimeEdit(_TypedEntry, QDateTimeEdit):
    """A date-and-time field (the time a request was received; :class:`_TypedEntry`): the
    typed moment becomes the value once its minutes are complete (see
    :func:`parse_typed_datetime`)."""

    entered = Signal()  # Enter pressed in the field
    _TYPED_CHARS = _SEPARATORS | {" ", ":"}

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDisplayFormat("dd/MM/yyyy HH:mm")
        self._start_typing(
            QCoreApplication.translate(
                "DateTimeEdit",
                "Ketik tanggal dan jamnya (mis. 29112026 1435 atau 29/11/2026 14.35) atau "
                "tekan ↓ untuk kalender.",
            )
        )

    def _complete(self, typed: str) -> bool:
        parts = typed.split()
        if len(parts) != 2 or typed.endswith(" "):
            return False
        clock_part = parts[1].replace(".", ":")
        if ":" in clock_part:
            return len(clock_part.partition(":")[2]) >= 2
        return len(clock_part) >= 4

    def _shown(self, typed: str) -> str:
        day, space, rest = typed.partition(" ")
        return super()._shown(day) + space + rest

    def _settle(self, typed: str) -> str:
        current = self.dateTime().toPython()
        assert isinstance(current, datetime)
        value = parse_typed_datetime(typed, current)
        if value is None:
            return QCoreApplication.translate(
                "DateTimeEdit",
                "{typed} bukan tanggal dan jam; ketik mis. 29112026 1435 atau 29/11/2026 14.35.",
            ).format(typed=typed)
        wanted = QDateTime(value)
        self.setDateTime(wanted)  # kept inside the allowed range
        shown = "dd/MM/yyyy HH:mm"
        if wanted > self.maximumDateTime():
            return QCoreApplication.translate("DateTimeEdit", "Waktu paling akhir {when}.").format(
                when=self.maximumDateTime().toString(shown)
            )
        if wanted < self.minimumDateTime():
            return QCoreApplication.translate("DateTimeEdit", "Waktu paling awal {when}.").format(
                when=self.minimumDateTime().toString(shown)
            )
        return ""


class EmptyState(QWidget):
    """What a page shows while it has nothing to show yet: what it is for and what to press.

    A bare, empty viewer is a grey box that says neither; this card sits in its place until
    there is something to show (e.g. a report's pages)."""

    def __init__(self, title: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = label(title, "subheading")
        self.text = label(text, "hint")
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        card = QFrame()
        card.setProperty("role", "card")
        # A readable line: about 70 characters, however large the font.
        card.setMaximumWidth(self.fontMetrics().averageCharWidth() * 80)
        inner = QVBoxLayout(card)
        inner.setContentsMargins(24, 20, 24, 20)
        inner.setSpacing(10)
        inner.addWidget(self.title)
        inner.addWidget(self.text)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card, 4)
        row.addStretch(1)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)


def follow_plural_suffix(spin: QSpinBox, text_for: Callable[[int], str]) -> None:
    """A spin box's unit in the right number: ``text_for(n)`` is the translated "%n …" text
    ("1 working day", "2 working days"); the suffix is what follows the number."""

    def update(value: int) -> None:
        text = text_for(value)
        number = QLocale().toString(value)
        spin.setSuffix(text.split(number, 1)[1] if number in text else " " + text)

    spin.valueChanged.connect(update)
    update(spin.value())
