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
