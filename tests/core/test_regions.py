"""Region table: the names a NIK/KK is turned into."""

from __future__ import annotations

import subprocess
import sys

import pytest

from desktop_app.core import regions


def test_counts_match_the_data_readme() -> None:
    data = regions.table()
    assert (len(data.provinces), len(data.regencies), len(data.districts)) == (38, 514, 7285)


def test_table_is_loaded_once() -> None:
    assert regions.table() is regions.table()


def test_importing_the_core_does_not_read_the_table() -> None:
    """Read lazily, at the first name asked for: start-up stays cheap (its time:
    bench/startup_bench.py)."""
    code = (
        "import desktop_app.core.identity, desktop_app.core.regions as r\n"
        "assert r.table.cache_info().misses == 0\n"
        "r.regency_name('3216')\n"
        "assert r.table.cache_info().misses == 1\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize(
    ("code", "name"),
    [
        ("11", "Aceh"),
        ("32", "Jawa Barat"),
        ("65", "Kalimantan Utara"),
        ("91", "Papua"),
        ("92", "Papua Barat"),
        ("93", "Papua Selatan"),
        ("94", "Papua Tengah"),
        ("95", "Papua Pegunungan"),
        ("96", "Papua Barat Daya"),
    ],
)
def test_provinces(code: str, name: str) -> None:
    assert regions.province_name(code) == name


def test_regency_and_district() -> None:
    assert regions.regency_name("3216") == "Kabupaten Bekasi"
    assert regions.district_name("321606") == "Tambun Selatan"
    assert regions.district_name("321601") == "Tarumajaya"


@pytest.mark.parametrize("code", ["99", "00", "3", "321", "", "a2"])
def test_unknown_province_codes(code: str) -> None:
    assert regions.province_name(code) is None


@pytest.mark.parametrize("code", ["3299", "9901", "321", "32a6", "321606"])
def test_unknown_regency_codes(code: str) -> None:
    assert regions.regency_name(code) is None


@pytest.mark.parametrize("code", ["329999", "321699", "3216", "3216061", "32160a"])
def test_unknown_district_codes(code: str) -> None:
    assert regions.district_name(code) is None


def test_wrong_types_give_none() -> None:
    assert regions.province_name(32) is None  # type: ignore[arg-type]
    assert regions.district_name(None) is None  # type: ignore[arg-type]


def test_districts_of_regency_are_sorted_pairs() -> None:
    bekasi = regions.districts_of("3216")
    assert len(bekasi) == 23
    assert bekasi[0] == ("321601", "Tarumajaya")
    assert ("321606", "Tambun Selatan") in bekasi
    assert [code for code, _ in bekasi] == sorted(code for code, _ in bekasi)
    assert all(code.startswith("3216") and len(code) == 6 for code, _ in bekasi)


def test_districts_of_unknown_or_bad_code() -> None:
    assert regions.districts_of("3299") == []
    assert regions.districts_of("32") == []


def test_regencies_and_province_codes() -> None:
    assert ("3216", "Kabupaten Bekasi") in regions.regencies_of("32")
    assert regions.regencies_of("3") == []
    codes = regions.province_codes()
    assert len(codes) == 38 and codes == sorted(codes) and "65" in codes
