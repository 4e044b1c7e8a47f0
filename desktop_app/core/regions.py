"""Indonesian region codes (Kemendagri, levels 1–3) read from the packaged ``kode_wilayah.csv``.

Why a module of its own: NIK and KK numbers start with a district code, and the officer wants
to see "Kec. Tambun Selatan, Kabupaten Bekasi, Jawa Barat" rather than ``321606``. The table is
read once, lazily, the first time a name is asked for (a few milliseconds), so importing the
core stays cheap.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from functools import cache
from importlib import resources

__all__ = [
    "RegionTable",
    "district_name",
    "districts_of",
    "province_codes",
    "province_name",
    "regencies_of",
    "regency_name",
    "table",
]

_DATA_PACKAGE = "desktop_app.core"
_DATA_FILE = "data/kode_wilayah.csv"


@dataclass(frozen=True)
class RegionTable:
    """The three levels of the table, each a ``code -> name`` mapping in file order."""

    provinces: dict[str, str]
    regencies: dict[str, str]
    districts: dict[str, str]


@cache
def table() -> RegionTable:
    """Read the CSV shipped with the package (once); later calls return the same object."""
    text = resources.files(_DATA_PACKAGE).joinpath(_DATA_FILE).read_text(encoding="utf-8")
    provinces: dict[str, str] = {}
    regencies: dict[str, str] = {}
    districts: dict[str, str] = {}
    by_length = {2: provinces, 4: regencies, 6: districts}
    reader = csv.reader(io.StringIO(text))
    header = [column.strip() for column in next(reader, [])]
    code_at, name_at = header.index("kode"), header.index("nama")
    for row in reader:
        if len(row) <= max(code_at, name_at):
            continue
        code, name = row[code_at].strip(), row[name_at].strip()
        target = by_length.get(len(code))
        if target is not None and code.isdigit() and name:
            target[code] = name
    return RegionTable(provinces=provinces, regencies=regencies, districts=districts)


def _lookup(mapping: dict[str, str], code: object, length: int) -> str | None:
    """Name for ``code`` if it is a string of exactly ``length`` digits that the table knows."""
    if not isinstance(code, str) or len(code) != length:
        return None
    return mapping.get(code)


def province_name(code2: str) -> str | None:
    """``"32"`` -> ``"Jawa Barat"``; ``None`` for a code that does not exist."""
    return _lookup(table().provinces, code2, 2)


def regency_name(code4: str) -> str | None:
    """``"3216"`` -> ``"Kabupaten Bekasi"``; ``None`` for an unknown code."""
    return _lookup(table().regencies, code4, 4)


def district_name(code6: str) -> str | None:
    """``"321606"`` -> ``"Tambun Selatan"`` (without "Kec."); ``None`` for an unknown code."""
    return _lookup(table().districts, code6, 6)


def province_codes() -> list[str]:
    """Every province code, in ascending order (for pickers and demo data)."""
    return sorted(table().provinces)


def regencies_of(province2: str) -> list[tuple[str, str]]:
    """``(code, name)`` of the regencies and cities of a province, ordered by code."""
    if not isinstance(province2, str) or len(province2) != 2:
        return []
    return sorted((c, n) for c, n in table().regencies.items() if c.startswith(province2))


def districts_of(regency4: str) -> list[tuple[str, str]]:
    """``(code, name)`` of the districts (kecamatan) of a regency or city, ordered by code."""
    if not isinstance(regency4, str) or len(regency4) != 4:
        return []
    return sorted((c, n) for c, n in table().districts.items() if c.startswith(regency4))
