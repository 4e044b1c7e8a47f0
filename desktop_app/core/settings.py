"""The office profile, signing officials, holidays and app settings, kept in the database so
every counter PC of one office sees the same values. Only a supervisor changes them."""

from __future__ import annotations

import base64
import json
import re
from dataclasses import asdict, dataclass, field, fields
from datetime import date
from typing import Any

from sqlalchemy import select

from . import audit
from .db import Database
from .errors import Conflict, NotFound, ValidationError
from .i18n import _
from .models import Holiday, Official, Setting
from .security import Actor, Permission

OFFICE_KEY = "office"
MAX_LOGO_BYTES = 1_000_000


@dataclass
class OfficeProfile:
    name: str = ""
    regency: str = ""  # "Kabupaten Bekasi"
    regency_code: str = ""  # "3216": where demo NIKs and district counts come from
    address: str = ""
    phone: str = ""
    whatsapp: str = ""  # E.164 after validation
    website: str = ""
    email: str = ""
    city: str = ""  # place printed before dates ("Cikarang, 28 November 2026")
    logo_png: str = ""  # base64 PNG/JPEG bytes

    @property
    def configured(self) -> bool:
        return bool(self.name and self.regency)

    def logo_bytes(self) -> bytes | None:
        return base64.b64decode(self.logo_png) if self.logo_png else None


@dataclass(frozen=True)
class OfficialInfo:
    id: int
    name: str
    title: str
    rank: str
    nip: str
    active: bool


# App settings with their defaults; later features add their keys here.
DEFAULTS: dict[str, Any] = {
    "idle_lock_minutes": 10,
    "paper": "A4",
    # Legalization (core/legalization/, core/legal_print.py)
    "legal_register_format": "474/{seq:04d}/Disdukcapil/{month_roman}/{year}",
    "legal_verify_url": "",  # e.g. "https://disdukcapil.bekasikab.go.id/legalisir"; "": offline
    "legal_endorse_corner": "bottom-right",  # top-left | top-right | bottom-left | bottom-right
    "legal_endorse_x_mm": 15,  # distance of the block from that corner, horizontally
    "legal_endorse_y_mm": 20,  # ... and vertically
    "report_signer_id": None,  # official who signs "Mengetahui" on the daily report
}


def get_office(db: Database) -> OfficeProfile:
    with db.read() as session:
        row = session.get(Setting, OFFICE_KEY)
    if row is None:
        return OfficeProfile()
    data = json.loads(row.value)
    known = {f.name for f in fields(OfficeProfile)}
    return OfficeProfile(**{k: v for k, v in data.items() if k in known})


def validate_office(profile: OfficeProfile) -> OfficeProfile:
    """Return a cleaned copy or raise ValidationError listing every bad field."""
    from .identity import normalize_phone

    p = OfficeProfile(**asdict(profile))
    for f in fields(p):
        value = getattr(p, f.name)
        if isinstance(value, str) and f.name != "logo_png":
            setattr(p, f.name, " ".join(value.split()))
    problems: list[tuple[str, str]] = []
    if not p.name:
        problems.append(("name", _("Nama kantor wajib diisi.")))
    if not p.regency:
        problems.append(("regency", _("Kabupaten/kota wajib diisi.")))
    for name, limit in (
        ("name", 200),
        ("regency", 120),
        ("address", 300),
        ("city", 80),
        ("website", 200),
        ("email", 200),
    ):
        if len(getattr(p, name)) > limit:
            problems.append((name, _("Terlalu panjang (maksimal {n} karakter).", n=limit)))
    if p.regency_code and not re.fullmatch(r"\d{4}", p.regency_code):
        problems.append(("regency_code", _("Kode kabupaten/kota harus 4 digit, misalnya 3216.")))
    for name in ("phone", "whatsapp"):
        value = getattr(p, name)
        if value:
            try:
                info = normalize_phone(value)
            except ValidationError as exc:
                problems.append((name, exc.message))
            else:
                if name == "whatsapp" and not info.is_mobile:
                    problems.append((name, _("Nomor WhatsApp harus nomor seluler.")))
                setattr(p, name, info.e164)
    if p.website and not re.fullmatch(r"(https?://)?[\w.-]+\.[a-z]{2,}(/\S*)?", p.website, re.I):
        problems.append(("website", _("Alamat situs web tidak valid.")))
    if p.email and not re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", p.email):
        problems.append(("email", _("Alamat e-mail tidak valid.")))
    if p.logo_png:
        try:
            raw = base64.b64decode(p.logo_png, validate=True)
        except ValueError:
            raw = b""
        if not (raw.startswith(b"\x89PNG\r\n\x1a\n") or raw.startswith(b"\xff\xd8\xff")):
            problems.append(("logo_png", _("Logo harus berkas PNG atau JPEG.")))
        elif len(raw) > MAX_LOGO_BYTES:
            problems.append(("logo_png", _("Logo terlalu besar (maksimal 1 MB).")))
    if problems:
        raise ValidationError("\n".join(m for _f, m in problems), problems)
    return p


def save_office(db: Database, actor: Actor, profile: OfficeProfile) -> OfficeProfile:
    audit.require(db, actor, Permission.SETTINGS_EDIT, "settings.office")
    clean = validate_office(profile)
    with db.write() as session:
        _put(session, OFFICE_KEY, asdict(clean))
        changed = {k: v for k, v in asdict(clean).items() if k != "logo_png"}
        audit.record(
            session,
            actor,
            "settings.office",
            "settings",
            OFFICE_KEY,
            logo=bool(clean.logo_png),
            **changed,
        )
    return clean


def get_value(db: Database, key: str) -> Any:
    with db.read() as session:
        row = session.get(Setting, f"app.{key}")
    if row is None:
        return DEFAULTS.get(key)
    return json.loads(row.value)


def check_value(key: str, value: Any) -> Any:
    """The value cleaned as it would be stored, or ValidationError naming the setting (a
    settings tab checks every field with this before writing any)."""
    if key == "idle_lock_minutes" and (not isinstance(value, int) or not 1 <= value <= 240):
        message = _("Waktu kunci layar harus antara 1 dan 240 menit.")
        raise ValidationError(message, [(key, message)])
    if key.startswith("legal_"):
        from .legalization import check_setting

        return check_setting(key, value)
    return value


def set_value(db: Database, actor: Actor, key: str, value: Any) -> None:
    audit.require(db, actor, Permission.SETTINGS_EDIT, f"settings.{key}")
    value = check_value(key, value)
    with db.write() as session:
        old = session.get(Setting, f"app.{key}")
        _put(session, f"app.{key}", value)
        audit.record(
            session,
            actor,
            "settings.change",
            "settings",
            key,
            old=json.loads(old.value) if old else DEFAULTS.get(key),
            new=value,
        )


def _put(session, key: str, value: Any) -> None:  # type: ignore[no-untyped-def]
    row = session.get(Setting, key)
    text = json.dumps(value, ensure_ascii=False)
    if row is None:
        session.add(Setting(key=key, value=text))
    else:
        row.value = text


# --- signing officials ------------------------------------------------------------------------


def list_officials(db: Database, include_inactive: bool = False) -> list[OfficialInfo]:
    with db.read() as session:
        query = select(Official).order_by(Official.name)
        if not include_inactive:
            query = query.where(Official.active)
        return [
            OfficialInfo(o.id, o.name, o.title, o.rank, o.nip, o.active)
            for o in session.scalars(query)
        ]


_CONTROL_TO_SPACE = {c: " " for c in [*range(32), *range(127, 160)]}


def save_official(
    db: Database,
    actor: Actor,
    *,
    name: str,
    title: str,
    rank: str,
    nip: str,
    official_id: int | None = None,
    active: bool = True,
) -> OfficialInfo:
    from .identity import validate_nip

    audit.require(db, actor, Permission.SETTINGS_EDIT, "settings.official")
    # Control characters (NUL is refused by PostgreSQL) become spaces, then runs collapse.
    name, title, rank = (
        " ".join(str(s or "").translate(_CONTROL_TO_SPACE).split()) for s in (name, title, rank)
    )
    problems = []
    if not name:
        problems.append(("name", _("Nama pejabat wajib diisi.")))
    if not title:
        problems.append(("title", _("Jabatan wajib diisi.")))
    for field_, value, limit in (("name", name, 120), ("title", title, 160), ("rank", rank, 80)):
        if len(value) > limit:
            problems.append((field_, _("Terlalu panjang (maksimal {n} karakter).", n=limit)))
    try:
        nip = validate_nip(nip)
    except ValidationError as exc:
        problems.append(("nip", exc.message))
    if problems:
        raise ValidationError("\n".join(m for _f, m in problems), problems)
    with db.write() as session:
        if official_id is None:
            official = Official(name=name, title=title, rank=rank, nip=nip, active=active)
            session.add(official)
        else:
            existing = session.get(Official, official_id)
            if existing is None:
                raise NotFound(_("Pejabat tidak ditemukan."))
            official = existing
            official.name, official.title, official.rank = name, title, rank
            official.nip, official.active = nip, active
        session.flush()
        audit.record(
            session,
            actor,
            "settings.official",
            "official",
            official.id,
            name=name,
            title=title,
            rank=rank,
            nip=nip,
            active=active,
        )
        return OfficialInfo(official.id, name, title, rank, nip, active)


# --- holidays (working-day calendar) ------------------------------------------------------------


class HolidayExists(Conflict):
    """The day is a holiday already; ``name`` is its current description."""

    def __init__(self, message: str, name: str) -> None:
        super().__init__(message)
        self.name = name


@dataclass(frozen=True)
class HolidayInfo:
    day: date
    name: str = field(default="")


def list_holidays(db: Database, year: int | None = None) -> list[HolidayInfo]:
    with db.read() as session:
        query = select(Holiday).order_by(Holiday.day)
        if year is not None:
            query = query.where(Holiday.day >= date(year, 1, 1), Holiday.day <= date(year, 12, 31))
        return [HolidayInfo(h.day, h.name) for h in session.scalars(query)]


def holiday_set(db: Database) -> frozenset[date]:
    with db.read() as session:
        return frozenset(session.scalars(select(Holiday.day)))


def set_holiday(db: Database, actor: Actor, day: date, name: str, *, replace: bool = False) -> None:
    """Mark ``day`` as a holiday. A day already marked is refused (Conflict, naming what it is)
    unless ``replace``: the settings tab asks before changing its description. Saturdays and
    Sundays are refused: they are never working days anyway."""
    audit.require(db, actor, Permission.SETTINGS_EDIT, "settings.holiday")
    name = " ".join(name.split())
    if len(name) > 120:
        raise ValidationError(_("Nama hari libur terlalu panjang (maksimal 120 karakter)."))
    if day.weekday() >= 5:
        raise ValidationError(
            _("Sabtu dan Minggu sudah selalu dihitung libur; pilih hari kerja (Senin–Jumat).")
        )
    with db.write() as session:
        row = session.get(Holiday, day)
        if row is None:
            session.add(Holiday(day=day, name=name))
        elif not replace:
            raise HolidayExists(
                _(
                    "Tanggal ini sudah hari libur: {name}.",
                    name=row.name or _("(tanpa keterangan)"),
                ),
                row.name,
            )
        else:
            row.name = name
        audit.record(session, actor, "settings.holiday.set", "holiday", day.isoformat(), name=name)


def remove_holiday(db: Database, actor: Actor, day: date) -> None:
    audit.require(db, actor, Permission.SETTINGS_EDIT, "settings.holiday")
    with db.write() as session:
        row = session.get(Holiday, day)
        if row is not None:
            session.delete(row)
            audit.record(session, actor, "settings.holiday.remove", "holiday", day.isoformat())
