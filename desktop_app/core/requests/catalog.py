"""The service catalog: code, name, target in working days, active. A supervisor
edits it; a changed target applies to requests received afterwards (existing due dates stay)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop_app.core import audit
from desktop_app.core.db import Database
from desktop_app.core.errors import ValidationError
from desktop_app.core.i18n import _
from desktop_app.core.models import Service
from desktop_app.core.security import Actor, Permission

from .common import clean_text, fold_name, raise_problems

MAX_TARGET_DAYS = 60
_CODE = re.compile(r"^[A-Z][A-Z0-9]{1,15}$")


@dataclass(frozen=True)
class ServiceInfo:
    code: str
    name: str
    target_days: int
    active: bool
    sort_order: int


def _info(s: Service) -> ServiceInfo:
    return ServiceInfo(s.code, s.name, s.target_days, s.active, s.sort_order)


def list_services(db: Database, include_inactive: bool = False) -> list[ServiceInfo]:
    """In catalog order; for pickers (active only) and the catalog editor (all)."""
    with db.read() as session:
        query = select(Service).order_by(Service.sort_order, Service.code)
        if not include_inactive:
            query = query.where(Service.active)
        return [_info(s) for s in session.scalars(query)]


def service_lookup(session: Session) -> dict[str, ServiceInfo]:
    """Every way people write a service -> the service: code, name, name without "(…)",
    all folded ("akta kematian", "mati", "Pindah Datang")."""
    table: dict[str, ServiceInfo] = {}
    for s in session.scalars(select(Service)):
        info = _info(s)
        for key in (s.code, s.name, re.sub(r"\(.*?\)", "", s.name)):
            table.setdefault(fold_name(key), info)
    return table


def save_service(
    db: Database,
    actor: Actor,
    code: str,
    name: str,
    target_days: int,
    active: bool = True,
    sort_order: int | None = None,
    *,
    new: bool = False,
) -> ServiceInfo:
    """Create or update a catalog entry (supervisor: SERVICES_EDIT). ``new``: the officer meant
    a new service, so a code already in the catalogue is refused instead of overwriting it."""
    audit.require(db, actor, Permission.SERVICES_EDIT, "services.save")
    code = clean_text(code).upper()
    name = clean_text(name)
    problems: list[tuple[str, str]] = []
    if not _CODE.match(code):
        problems.append(
            ("code", _("Kode layanan 2–16 huruf besar/angka, diawali huruf (misalnya KK)."))
        )
    if not name:
        problems.append(("name", _("Nama layanan wajib diisi.")))
    elif len(name) > 120:
        problems.append(("name", _("Nama layanan terlalu panjang (maksimal 120 karakter).")))
    if not isinstance(target_days, int) or not 0 <= target_days <= MAX_TARGET_DAYS:
        problems.append(
            (
                "target_days",
                _("Target waktu harus 0–{n} hari kerja.", n=MAX_TARGET_DAYS),
            )
        )
    raise_problems(problems)
    with db.write() as session:
        service = session.get(Service, code)
        if new and service is not None:
            message = _(
                "Kode {code} sudah dipakai layanan {name}. Pilih layanan itu di daftar untuk "
                "mengubahnya, atau pakai kode lain.",
                code=code,
                name=service.name,
            )
            raise ValidationError(message, [("code", message)])
        old = _info(service) if service else None
        if service is None:
            if sort_order is None:
                sort_order = (session.scalar(select(func.max(Service.sort_order))) or 0) + 1
            service = Service(code=code, name=name, target_days=target_days, active=active)
            service.sort_order = sort_order
            session.add(service)
        else:
            service.name, service.target_days, service.active = name, target_days, active
            if sort_order is not None:
                service.sort_order = sort_order
        session.flush()
        audit.record(
            session,
            actor,
            "services.save",
            "service",
            code,
            name=name,
            target_days=target_days,
            active=active,
            old=None if old is None else {"name": old.name, "target_days": old.target_days},
        )
        return _info(service)


# Documents an officer most often asks for, per standard service (the "menunggu berkas" choice
# list; anything else is typed). Names as the office writes them to citizens.
COMMON_DOCUMENTS: dict[str, tuple[str, ...]] = {
    "KK": (
        "KTP-el", "KK lama", "Buku nikah/akta perkawinan", "Akta kelahiran anggota baru",
        "Surat keterangan pindah (SKPWNI)", "Akta kematian anggota keluarga",
        "Formulir F-1.01 (biodata keluarga)", "Surat pernyataan tanggung jawab mutlak (SPTJM)",
    ),
    "LAHIR": (
        "Surat keterangan lahir dari bidan/rumah sakit", "KK orang tua", "KTP-el orang tua",
        "Buku nikah/akta perkawinan orang tua", "KTP-el dua orang saksi", "Formulir F-2.01",
        "SPTJM kebenaran data kelahiran",
    ),
    "PINDAH": (
        "Surat keterangan pindah (SKPWNI) dari daerah asal", "KTP-el", "KK lama",
        "Formulir F-1.03", "Surat pernyataan tempat tinggal",
    ),
    "MATI": (
        "Surat keterangan kematian dari rumah sakit/desa", "KK almarhum/almarhumah",
        "KTP-el almarhum/almarhumah", "KTP-el pelapor", "KTP-el dua orang saksi",
        "Formulir F-2.01",
    ),
    "KIA": (
        "Akta kelahiran anak", "KK orang tua", "KTP-el orang tua",
        "Pas foto anak (usia 5 tahun ke atas)",
    ),
    "KAWIN": (
        "Surat keterangan perkawinan dari pemuka agama", "KTP-el suami dan istri",
        "KK suami dan istri", "Akta kelahiran suami dan istri", "Pas foto berdampingan 4x6",
        "KTP-el dua orang saksi", "Formulir F-2.01",
    ),
    "NIK": (
        "Foto KTP-el", "Foto KK", "Tangkapan layar pesan penolakan dari instansi",
        "Swafoto dengan KTP-el",
    ),
    "CERAI": (
        "Salinan putusan pengadilan yang berkekuatan hukum tetap",
        "Kutipan akta perkawinan asli", "KTP-el", "KK",
    ),
    "ADUAN": ("Nomor tiket permohonan terkait", "Tangkapan layar percakapan atau bukti lain"),
}  # fmt: skip


def common_documents(service_code: str) -> tuple[str, ...]:
    """The documents usually missing for ``service_code`` (none for a service the office
    added: the officer types them)."""
    return COMMON_DOCUMENTS.get(clean_text(service_code).upper(), ())
