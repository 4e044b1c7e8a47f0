"""The office profile, signing officials, holidays and app settings, kept in the database so
every counter PC of one office sees the same values. Only a supervisor changes them."""

from __future__ import annotations

import base64
import json
import re
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field, fields
from datetime import date
from typing import Any, TypeVar

from sqlalchemy import select

from . import audit, options
from .db import Database
from .errors import Conflict, NotFound, ValidationError
from .i18n import _
from .models import Holiday, Official, Setting
from .options import Option, get_option
from .security import Actor, Permission

OFFICE_KEY = "office"
APP_PREFIX = "app."  # app settings are stored as app.<key> = JSON value
MAX_LOGO_BYTES = 1_000_000
T = TypeVar("T")


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


# --- app settings (declared in core/options.py) -------------------------------------------------


def get(db: Database, option: Option[T]) -> T:
    """The office's value of ``option`` (its default when never set)."""
    with db.read() as session:
        row = session.get(Setting, f"{APP_PREFIX}{option.key}")
    return option.default if row is None else option.from_stored(json.loads(row.value))


def get_value(db: Database, key: str) -> Any:
    """The value of the setting named ``key``; an unknown key is refused."""
    return get(db, get_option(key))


def get_all(db: Database) -> dict[str, Any]:
    """Every declared setting's value in one read (the settings tabs, ``loket settings``)."""
    with db.read() as session:
        rows = session.scalars(select(Setting).where(Setting.key.startswith(APP_PREFIX)))
        stored = {row.key.removeprefix(APP_PREFIX): row.value for row in rows}
    return {
        key: option.from_stored(json.loads(stored[key])) if key in stored else option.default
        for key, option in options.REGISTRY.items()
    }


def check_value(key: str, value: object) -> Any:
    """The cleaned value of one setting, or :class:`ValidationError` naming it; writes nothing
    (a settings tab's validate step)."""
    return get_option(key).validate(value)


def validate_values(values: Mapping[str, object]) -> dict[str, Any]:
    """The cleaned values, or one :class:`ValidationError` listing every bad one as
    (key, message): unknown keys, wrong types, values out of range, domain rules."""
    clean: dict[str, Any] = {}
    problems: list[tuple[str, str]] = []
    messages: list[str] = []
    for key, value in values.items():
        try:
            clean[key] = get_option(key).validate(value)
        except ValidationError as exc:
            messages.append(exc.message)
            problems.extend(exc.problems or [(str(key), exc.message)])
    if messages:
        raise ValidationError("\n".join(messages), problems)
    return clean


def set_value(db: Database, actor: Actor, key: str, value: Any) -> Any:
    """Check and store one setting; returns the value stored (cleaned)."""
    return set_values(db, actor, {key: value}).get(key, value)


def set_values(db: Database, actor: Actor, values: Mapping[str, object]) -> dict[str, Any]:
    """Check every value (nothing is stored if one is refused) and that the actor may change
    each, then store in one transaction the ones that changed, each audited with its old
    and new value. Returns the cleaned values of every key given."""
    clean = validate_values(values)
    for key in clean:
        audit.require(db, actor, options.REGISTRY[key].permission, f"settings.{key}")
    changed: dict[str, Any] = {}
    with db.write() as session:
        for key, value in clean.items():
            option = options.REGISTRY[key]
            row = session.get(Setting, f"{APP_PREFIX}{key}")
            old = option.default if row is None else option.from_stored(json.loads(row.value))
            if old == value:  # unchanged (a never-set default included): nothing to record
                continue
            _put(session, f"{APP_PREFIX}{key}", value)
            audit.record(session, actor, "settings.change", "settings", key, old=old, new=value)
            changed[key] = value
    for key, value in changed.items():
        hook = options.REGISTRY[key].on_change
        if hook is not None:
            hook(value)
    return clean


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
