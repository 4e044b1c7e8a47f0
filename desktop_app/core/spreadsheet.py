"""Cells for the CSV and XLSX files officers open in Excel: text never runs as a formula.

A name, note or reference typed by a citizen or pasted from WhatsApp may start like a formula
(``=HYPERLINK(...)``, ``-2+3+cmd|' /C calc'!A0``, ``@SUM(...)``). Following OWASP's advice on
CSV injection, any text that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage
return — also after leading spaces, and in their full-width forms — is neutralized: in CSV by a
leading apostrophe, in XLSX by storing it as a text cell with Excel's quote prefix (the cell
shows the text unchanged and stays text when edited). Every exporter writes through here.
"""

from __future__ import annotations

from typing import Any

# Characters a spreadsheet treats as the start of a formula (or that hide one, TAB and CR), with
# the full-width forms some spreadsheet locales convert.
FORMULA_STARTS = frozenset("=+-@\t\r\uff1d\uff0b\uff0d\uff20")
_LEADING_SPACE = " \u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u3000"


def is_formula_like(text: str) -> bool:
    """Would a spreadsheet read ``text`` as a formula (possibly after leading spaces)?"""
    if text[:1] in FORMULA_STARTS:
        return True
    rest = text.lstrip(_LEADING_SPACE)
    return bool(rest) and rest[0] in FORMULA_STARTS


def csv_cell(value: Any) -> str:
    """The value as CSV text; a formula-like text gets a leading apostrophe."""
    text = "" if value is None else str(value)
    return "'" + text if is_formula_like(text) else text


def xlsx_cell(cell: Any, value: Any) -> Any:
    """Put ``value`` in an openpyxl cell (``Cell`` or ``WriteOnlyCell``); a formula-like text is
    stored as text with the quote prefix, never as a formula. Returns the cell."""
    cell.value = value
    if isinstance(value, str) and (is_formula_like(value) or cell.data_type == "f"):
        cell.data_type = "s"
        cell.quotePrefix = True
    return cell


def xlsx_row(sheet: Any, values: list[Any]) -> list[Any]:
    """A row for ``sheet.append``: plain values as they are, formula-like texts as text cells."""
    from openpyxl.cell import WriteOnlyCell

    return [
        xlsx_cell(WriteOnlyCell(sheet), v) if isinstance(v, str) and is_formula_like(v) else v
        for v in values
    ]
