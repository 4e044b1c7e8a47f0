"""Office profile, signing officials, holidays and app settings: validated, supervisor-only,
audited."""

from __future__ import annotations

import base64
from datetime import date

import pytest
from sqlalchemy import select

from desktop_app.core import settings
from desktop_app.core.errors import PermissionDenied, ValidationError
from desktop_app.core.models import AuditEntry
from desktop_app.core.settings import OfficeProfile

PNG_1PX = base64.b64encode(
    bytes.fromhex(
        "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
        "1f15c4890000000d49444154789c6360000002000100e221bc330000000049454e44ae426082"
    )
).decode()


def _office(**changes) -> OfficeProfile:
    base = dict(
        name="Dinas Kependudukan dan Pencatatan Sipil Kabupaten Bekasi",
        regency="Kabupaten Bekasi",
        regency_code="3216",
        city="Cikarang",
        address="Jl. Kompleks Perkantoran Pemda, Cikarang Pusat",
        phone="(021) 8970 1234",
        whatsapp="0812-8877-1203",
        website="disdukcapil.bekasikab.go.id",
        logo_png=PNG_1PX,
    )
    base.update(changes)
    return OfficeProfile(**base)


def test_office_profile_round_trip_normalised_and_audited(db, supervisor):
    saved = settings.save_office(db, supervisor, _office(name="  Disdukcapil   Bekasi "))
    assert saved.name == "Disdukcapil Bekasi"
    assert saved.whatsapp == "+6281288771203"
    loaded = settings.get_office(db)
    assert loaded == saved and loaded.configured
    assert loaded.logo_bytes().startswith(b"\x89PNG")
    with db.read() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "settings.office")).one()
    assert "Disdukcapil Bekasi" in entry.detail and PNG_1PX not in entry.detail


@pytest.mark.parametrize(
    "changes, field",
    [
        ({"name": " "}, "name"),
        ({"regency": ""}, "regency"),
        ({"regency_code": "32a6"}, "regency_code"),
        ({"phone": "12"}, "phone"),
        ({"whatsapp": "(021) 8970 1234"}, "whatsapp"),
        ({"website": "bukan situs"}, "website"),
        ({"logo_png": base64.b64encode(b"GIF89a....").decode()}, "logo_png"),
        ({"name": "x" * 201}, "name"),
    ],
)
def test_bad_office_fields_are_named_and_nothing_saved(db, supervisor, changes, field):
    with pytest.raises(ValidationError) as caught:
        settings.save_office(db, supervisor, _office(**changes))
    assert field in [f for f, _m in caught.value.problems]
    assert not settings.get_office(db).configured


def test_only_supervisor_changes_settings(db, petugas):
    with pytest.raises(PermissionDenied):
        settings.save_office(db, petugas, _office())
    with pytest.raises(PermissionDenied):
        settings.set_value(db, petugas, "idle_lock_minutes", 5)
    with pytest.raises(PermissionDenied):
        settings.set_holiday(db, petugas, date(2026, 12, 25), "Natal")


def test_officials_need_a_valid_nip(db, supervisor):
    with pytest.raises(ValidationError) as caught:
        settings.save_official(
            db, supervisor, name="Drs. H. Ahmad", title="Kepala Dinas", rank="Pembina", nip="1968"
        )
    assert "nip" in [f for f, _m in caught.value.problems]
    official = settings.save_official(
        db,
        supervisor,
        name="Drs. H. Ahmad Yani",
        title="Kepala Bidang Pelayanan",
        rank="Pembina (IV/a)",
        nip="19680411 199303 1 009",
    )
    assert official.nip == "196804111993031009"
    assert [o.name for o in settings.list_officials(db)] == ["Drs. H. Ahmad Yani"]


def test_a_holiday_is_never_replaced_silently_and_weekends_are_refused(db, supervisor):
    settings.set_holiday(db, supervisor, date(2026, 8, 17), "Hari Kemerdekaan RI")
    with pytest.raises(settings.HolidayExists) as caught:
        settings.set_holiday(db, supervisor, date(2026, 8, 17), "Libur lain")
    assert caught.value.name == "Hari Kemerdekaan RI"
    assert "sudah hari libur: Hari Kemerdekaan RI" in caught.value.message
    assert [h.name for h in settings.list_holidays(db, 2026)] == ["Hari Kemerdekaan RI"]
    settings.set_holiday(db, supervisor, date(2026, 8, 17), "HUT RI ke-81", replace=True)
    assert [h.name for h in settings.list_holidays(db, 2026)] == ["HUT RI ke-81"]
    for weekend in (date(2026, 8, 15), date(2026, 8, 16)):  # Saturday, Sunday
        with pytest.raises(ValidationError, match="Sabtu dan Minggu"):
            settings.set_holiday(db, supervisor, weekend, "Libur")
    assert len(settings.list_holidays(db, 2026)) == 1


def test_holidays_and_app_values(db, supervisor):
    settings.set_holiday(db, supervisor, date(2026, 12, 25), "Hari Raya Natal")
    settings.set_holiday(db, supervisor, date(2026, 12, 24), "Cuti bersama")
    assert settings.holiday_set(db) == {date(2026, 12, 24), date(2026, 12, 25)}
    settings.remove_holiday(db, supervisor, date(2026, 12, 24))
    assert [h.name for h in settings.list_holidays(db, 2026)] == ["Hari Raya Natal"]
    assert settings.get_value(db, "idle_lock_minutes") == 10
    settings.set_value(db, supervisor, "idle_lock_minutes", 5)
    assert settings.get_value(db, "idle_lock_minutes") == 5
    with pytest.raises(ValidationError, match="antara 1 dan 240"):
        settings.set_value(db, supervisor, "idle_lock_minutes", 0)


# --- the typed registry (core/options.py) --------------------------------------------------------

# A valid value other than the default, per setting; a new setting needs its line here (the
# round-trip test below fails until it has one).
SAMPLES = {
    "idle_lock_minutes": 25,
    "paper": "F4",
    "legal_register_format": "LEG-{year}-{seq:05d}",
    "legal_verify_url": "https://dukcapil.example.go.id/verifikasi",
    "legal_document_types": ["kk", "akta_lahir", "kia"],
    "legal_endorse_corner": "top-left",
    "legal_endorse_x_mm": 32.5,
    "legal_endorse_y_mm": 0.0,
    "legal_endorse_orientation": "landscape",
    "print_margin_mm": 4.5,
    "report_signer_id": 7,
    "office_timezone": "WITA",
}


def _setting_changes(db) -> list[AuditEntry]:
    with db.read() as s:
        return list(s.scalars(select(AuditEntry).where(AuditEntry.action == "settings.change")))


@pytest.mark.parametrize(
    ("key", "value", "fragment"),
    [
        ("paper", "B5", "harus salah satu dari: A4, F4"),
        ("typo_key", 5, "Pengaturan tidak dikenal: typo_key"),
        ("report_signer_id", "x", "harus berupa nomor data"),
        ("idle_lock_minutes", "lima", "harus berupa bilangan bulat"),
        ("idle_lock_minutes", True, "harus berupa bilangan bulat"),
        ("idle_lock_minutes", 241, "harus antara 1 dan 240"),
        ("legal_endorse_x_mm", float("nan"), "harus antara 0 dan 300"),
        ("legal_endorse_x_mm", [1], "harus berupa angka"),
        ("legal_verify_url", "ftp://x", "http:// atau https://"),
        ("legal_register_format", "474/{seq}", "{seq} dan {year}"),
        ("legal_endorse_corner", "tengah", "Sudut acuan"),
        ("legal_register_format", "{seq}/{year}\x00", "tidak sah"),
    ],
)
def test_bad_settings_are_refused_naming_the_setting_and_nothing_stored(
    db, supervisor, key, value, fragment
):
    before = settings.get_all(db)
    with pytest.raises(ValidationError) as caught:
        settings.set_value(db, supervisor, key, value)
    assert fragment in caught.value.message
    assert key in [f for f, _m in caught.value.problems]
    assert settings.get_all(db) == before
    assert _setting_changes(db) == []


def test_a_wrong_type_names_the_setting_in_indonesian(db, supervisor):
    with pytest.raises(ValidationError) as caught:
        settings.set_value(db, supervisor, "paper", "B5")
    assert caught.value.message == (
        "Pengaturan \u201cUkuran kertas cetak\u201d (paper) harus salah satu dari: A4, F4."
    )


def test_every_registered_setting_round_trips(db, supervisor, db_url):
    from desktop_app.core import options
    from desktop_app.core.schema import open_database

    assert set(SAMPLES) == set(options.REGISTRY), "add a sample for each new setting"
    assert settings.get_all(db) == {k: o.default for k, o in options.REGISTRY.items()}
    for key, value in SAMPLES.items():
        option = options.REGISTRY[key]
        assert value != option.default
        assert option.validate(option.default) == option.default
        assert settings.set_value(db, supervisor, key, value) == value
        assert settings.get_value(db, key) == value
        assert settings.get(db, option) == value
        assert option.parse(option.text(value)) == value  # as typed on the command line
    again = open_database(db_url)
    try:
        assert settings.get_all(again) == SAMPLES
    finally:
        again.dispose()
    changes = _setting_changes(db)
    assert [e.entity_id for e in changes] == list(SAMPLES)


def test_set_values_checks_everything_first_and_stores_only_changes(db, supervisor):
    with pytest.raises(ValidationError) as caught:
        settings.set_values(db, supervisor, {"paper": "F4", "idle_lock_minutes": 0, "x": 1})
    assert {f for f, _m in caught.value.problems} == {"idle_lock_minutes", "x"}
    assert settings.get_value(db, "paper") == "A4"
    clean = settings.set_values(db, supervisor, {"paper": "f4", "idle_lock_minutes": 10})
    assert clean == {"paper": "F4", "idle_lock_minutes": 10}
    assert [e.entity_id for e in _setting_changes(db)] == ["paper"]  # 10 is the default already
    settings.set_values(db, supervisor, {"paper": "F4"})
    assert len(_setting_changes(db)) == 1


def test_a_stored_value_from_before_the_checks_reads_as_the_default(db, supervisor):
    """Offices upgrading from a version without the registry may hold invalid values."""
    from desktop_app.core.models import Setting

    with db.write() as s:
        s.add(Setting(key="app.paper", value='"B5"'))
        s.add(Setting(key="app.typo_key", value="5"))
        s.add(Setting(key="app.legal_endorse_x_mm", value="15"))  # int from the old defaults
    assert settings.get_value(db, "paper") == "A4"
    assert settings.get_value(db, "legal_endorse_x_mm") == 15.0
    assert "typo_key" not in settings.get_all(db)
    with pytest.raises(ValidationError, match="tidak dikenal"):
        settings.get_value(db, "typo_key")
    settings.set_value(db, supervisor, "paper", "F4")  # and it can be corrected
    assert settings.get_value(db, "paper") == "F4"


def test_each_setting_is_checked_against_its_own_permission(db, petugas, supervisor):
    from desktop_app.core import options

    assert {o.permission for o in options.REGISTRY.values()} == {settings.Permission.SETTINGS_EDIT}
    with pytest.raises(PermissionDenied):
        settings.set_values(db, petugas, {"paper": "F4"})
    assert settings.get_value(db, "paper") == "A4"


def test_the_registry_refuses_bad_declarations():
    from desktop_app.core import options

    with pytest.raises(ValueError, match="twice"):
        options.register(options.IntOption("paper", 1, "x"))
    with pytest.raises(ValueError, match="lower case"):
        options.register(options.IntOption("Kertas.A", 1, "x"))
    with pytest.raises(ValidationError):  # a default that fails its own check
        options.register(options.IntOption("uji_default", 0, "x", minimum=1, maximum=2))
    assert "uji_default" not in options.REGISTRY


def test_paper_choices_are_the_papers_the_printer_knows():
    from desktop_app.core import legal_print, options

    assert set(options.PAPER.choices) == set(legal_print.PAPERS)


def test_check_value_cleans_without_writing(db):
    assert settings.check_value("paper", " f4 ") == "F4"
    assert settings.check_value("legal_endorse_x_mm", "12,25") == 12.2
    with pytest.raises(ValidationError, match="idle_lock_minutes"):
        settings.check_value("idle_lock_minutes", 0)
    assert settings.get_value(db, "paper") == "A4"
