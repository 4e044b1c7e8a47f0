"""Translation hook for messages produced by the core.

The core has no Qt, yet its messages reach the user. Messages are written in Indonesian and
wrapped in ``_()``; the GUI installs a translator (``QCoreApplication.translate("core", ...)``)
so the English ``.ts`` file can carry them too. Placeholders use ``str.format`` names so the
translated text can reorder them.

Official documents (the daily report, endorsements, receipts, the register book) stay in
Indonesian whatever the interface language: their producers run inside
:func:`official_document`, where ``_()`` returns the Indonesian source. A refusal raised in
there is still for the officer at the screen, so its message is translated on the way out.
"""

from __future__ import annotations

import contextvars
from collections.abc import Callable, Iterator
from contextlib import contextmanager

_translator: Callable[[str], str] = lambda text: text  # noqa: E731
# Per thread/task: report generation runs on a worker thread while the GUI keeps translating.
# Holds the {Indonesian text: (source, values)} produced in document mode, or None.
_document: contextvars.ContextVar[dict[str, tuple[str, dict[str, object]]] | None] = (
    contextvars.ContextVar("loket_official_document", default=None)
)


def set_translator(translator: Callable[[str], str]) -> None:
    global _translator
    _translator = translator


def _(text: str, /, **values: object) -> str:
    """Translate ``text`` (Indonesian source) and fill its ``{name}`` placeholders (any name,
    ``text`` included: the source is positional-only)."""
    produced = _document.get()
    if produced is not None:
        result = text.format(**values) if values else text
        produced[result] = (text, values)
        return result
    translated = _translator(text)
    return translated.format(**values) if values else translated


def N_(text: str, /) -> str:
    """Mark ``text`` for translation where it is declared (a setting's label) without
    translating it there; it is shown later through ``_(text)``."""
    return text


def _retranslate(text: str, produced: dict[str, tuple[str, dict[str, object]]]) -> str:
    if not isinstance(text, str) or text not in produced:
        return text
    source, values = produced[text]
    return _(source, **values)


@contextmanager
def official_document() -> Iterator[None]:
    """Inside: ``_()`` gives Indonesian (official documents are not translated). Usable as a
    decorator. A :class:`LoketError` leaving the block gets its message translated."""
    from .errors import LoketError, ValidationError

    produced: dict[str, tuple[str, dict[str, object]]] = {}
    token = _document.set(produced)
    try:
        yield
    except LoketError as exc:
        _document.reset(token)
        if exc.args:
            exc.args = (_retranslate(exc.args[0], produced), *exc.args[1:])
        if isinstance(exc, ValidationError):
            exc.problems = [(f, _retranslate(m, produced)) for f, m in exc.problems]
        raise
    else:
        _document.reset(token)
    finally:
        if _document.get() is produced:  # left by another exception
            _document.reset(token)
