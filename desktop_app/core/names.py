"""People's names as typed or pasted at the counter: the one check for requests (intake, import)
and legalization (and user accounts).

A name is stored in Unicode NFC with whitespace collapsed. Refused: invisible characters that
change how a name reads or sorts without showing — right-to-left overrides and embeddings
(U+202A–202E), isolates (U+2066–2069), direction marks (U+200E/F, U+061C), zero-width spaces
and joiners (U+200B–200D, U+2060, U+FEFF), soft hyphens, any other format character — and
characters that are not assigned or are private-use; and more than a few combining marks
stacked on one letter ("Zalgo" text that overflows printed lines). Ordinary accented names
(Andrés, Nguyễn, Sæbø) pass.
"""

from __future__ import annotations

import unicodedata

from .i18n import _

MAX_NAME = 200
MAX_MARKS_PER_LETTER = 2  # Vietnamese needs two (ệ = e + dot below + circumflex)
_CONTROL_TO_SPACE = {c: " " for c in [*range(32), *range(127, 160)]}
_REFUSED_CATEGORIES = {"Cf", "Co", "Cn", "Cs"}  # format, private use, unassigned, surrogates


def clean_name(value: object) -> str:
    """NFC, control characters as spaces, runs of whitespace collapsed."""
    text = unicodedata.normalize("NFC", str(value or ""))
    return " ".join(text.translate(_CONTROL_TO_SPACE).split())


def name_problem(name: str, label: str) -> str | None:
    """Why the cleaned ``name`` cannot be a person's name (message starting with ``label``,
    e.g. "Nama" or "Nama pemohon"), or None."""
    if not name:
        return _("{label} wajib diisi.", label=label)
    if len(name) > MAX_NAME:
        return _("{label} terlalu panjang (maksimal {n} karakter).", label=label, n=MAX_NAME)
    if not name.isascii():
        marks = 0
        for ch in name:
            category = unicodedata.category(ch)
            if category in _REFUSED_CATEGORIES:
                return _(
                    "{label} memuat karakter tersembunyi atau pembalik arah teks (U+{code:04X}); "
                    "ketik ulang namanya, jangan disalin dari pesan.",
                    label=label,
                    code=ord(ch),
                )
            if category.startswith("M"):
                marks += 1
                if marks > MAX_MARKS_PER_LETTER:
                    return _(
                        "{label} memuat terlalu banyak tanda diakritik pada satu huruf.",
                        label=label,
                    )
            else:
                marks = 0
    if not any(ch.isalpha() for ch in name):
        return _("{label} harus berisi huruf.", label=label)
    return None


def check_name(value: object, label: str) -> tuple[str, str | None]:
    """``(cleaned name, problem or None)``: what the callers store and what they report."""
    name = clean_name(value)
    return name, name_problem(name, label)
