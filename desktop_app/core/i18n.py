"""Translation hook for messages produced by the core.

The core has no Qt, yet its messages reach the user. Messages are written in Indonesian and
wrapped in ``_()``; the GUI installs a translator (``QCoreApplication.translate("core", ...)``)
so the English ``.ts`` file can carry them too. Placeholders use ``str.format`` names so the
translated text can reorder them.
"""

from __future__ import annotations

from collections.abc import Callable

_translator: Callable[[str], str] = lambda text: text  # noqa: E731


def set_translator(translator: Callable[[str], str]) -> None:
    global _translator
    _translator = translator


def _(text: str, **values: object) -> str:
    """Translate ``text`` (Indonesian source) and fill its ``{name}`` placeholders."""
    translated = _translator(text)
    return translated.format(**values) if values else translated
