"""Realistic demo data (``loket demo``): an office profile, demo logins and a few weeks of online
requests with their history, for training and screenshots.

Running it again adds more requests but never duplicates the users or the office profile.
Other domains add their own demo data in :func:`other_domains`: functions called as
``function(db, rng, days)`` after the requests.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from . import audit, clock, settings, users, workdays
from .db import Database
from .models import Request, RequestEvent, Service, User
from .requests import tickets
from .requests.common import fold_name
from .security import SYSTEM

EARLY_HOURS = 7  # before 07.00 office time, today's demo requests came in overnight
DEMO_PASSWORD = "demo1234"
DEMO_USERS = (
    ("kasi", "Hendra Gunawan, S.IP.", "supervisor"),
    ("budi", "Budi Santoso", "petugas"),
    ("rina", "Rina Marlina", "petugas"),
    ("sari", "Sari Wulandari", "legalisir"),
)
# Hooks of other domains: "module:function", called as function(db, rng, days) if importable.

DEMO_OFFICE = settings.OfficeProfile(
    name="Dinas Kependudukan dan Pencatatan Sipil Kabupaten Bekasi",
    regency="Kabupaten Bekasi",
    regency_code="3216",
    address="Kompleks Perkantoran Pemda Kabupaten Bekasi, Desa Sukamahi, Cikarang Pusat, "
    "Bekasi, Jawa Barat 17530",
    phone="(021) 89970123",
    whatsapp="0812-1000-3216",
    website="https://disdukcapil.bekasikab.go.id",
    email="disdukcapil@bekasikab.go.id",
    city="Cikarang",
)


def placeholder_logo_png() -> bytes:
    """A neutral stand-in for the regency's emblem (a grey shield marked "LOGO"): the demo
    office prints a letterhead with a logo without borrowing any real regency's arms."""
    import io

    from PIL import Image, ImageDraw, ImageFont

    from .pdf.fonts import FONT_DIR

    size = 240
    img = Image.new("RGBA", (size, size), (255, 255, 255, 0))
    draw = ImageDraw.Draw(img)
    shield = [(30, 20), (210, 20), (210, 120), (120, 225), (30, 120)]
    draw.polygon(shield, fill=(226, 230, 236, 255), outline=(96, 108, 124, 255), width=8)
    draw.line([(30, 60), (210, 60)], fill=(96, 108, 124, 255), width=5)
    font = ImageFont.truetype(str(FONT_DIR / "DejaVuSansCondensed-Bold.ttf"), 46)
    draw.text((120, 115), "LOGO", fill=(96, 108, 124, 255), font=font, anchor="mm")
    buf = io.BytesIO()
    img.save(buf, "PNG", optimize=True)
    return buf.getvalue()


def demo_office() -> settings.OfficeProfile:
    """The demo office profile with the placeholder logo."""
    import base64
    from dataclasses import replace

    return replace(DEMO_OFFICE, logo_png=base64.b64encode(placeholder_logo_png()).decode())


MALE = (
    "Agus", "Ahmad", "Andi", "Arif", "Bambang", "Budi", "Dedi", "Dimas", "Eko", "Fajar",
    "Hendra", "Irfan", "Joko", "Rizky", "Slamet", "Teguh", "Wahyu", "Yusuf", "Asep", "Ujang",
    "Cecep", "Dadang", "Iwan", "Ade", "Muhammad", "Rahmat", "Hasan", "Ilham", "Taufik", "Reza",
    "I Made", "I Wayan", "I Gede", "I Ketut", "Putu", "Fransiskus", "Yohanes", "Markus",
    "Daniel", "Samuel", "Gilang", "Aditya", "Bayu", "Galih", "Kurniawan", "Hamzah", "Zainal",
    "Rudi", "Sutrisno", "Firman", "Ridwan", "Lukman", "Ahmad Fauzi", "Syahrul", "Ferry",
    "Yudi", "Heru", "Anton", "Robert", "Steven",
)  # fmt: skip
FEMALE = (
    "Sri", "Siti", "Dewi", "Rina", "Nur'aini", "Ayu", "Putri", "Indah", "Fitri", "Lestari",
    "Wulan", "Yuliana", "Ratna", "Rahmawati", "Nurul", "Dian", "Eka", "Fatimah", "Aisyah",
    "Nabila", "Ni Luh Putu Ayu", "Ni Made", "Ni Kadek", "Ni Wayan", "Maria", "Theresia",
    "Agnes", "Elisabeth", "Neneng", "Euis", "Imas", "Cucu", "Tuti", "Yanti", "Ani", "Susi",
    "Mega", "Intan", "Citra", "Anisa", "Khairunnisa", "Zahra", "Salsabila", "Nurhayati",
    "Sumarni", "Suryani", "Kartika", "Maya", "Rosmawati", "Butet", "Ruth", "Debora",
    "Uswatun", "Hasanah", "Wahyuni", "Sulastri", "Sundari", "Maisarah", "Cut Nyak", "Raden Ayu",
)  # fmt: skip
FAMILY = (
    "Santoso", "Wijaya", "Kurniawan", "Setiawan", "Hidayat", "Saputra", "Pratama", "Nugroho",
    "Susanto", "Wibowo", "Siregar", "Hasibuan", "Nasution", "Lubis", "Simanjuntak", "Harahap",
    "Sitompul", "Panjaitan", "Tambunan", "Sinaga", "Pane", "Rangkuti", "Sembiring", "Ginting",
    "Tarigan", "Manurung", "Situmorang", "Pardede", "Damanik", "Purba", "Hutapea", "Napitupulu",
    "Matondang", "Tanjung", "Chaniago", "Piliang", "Koto", "Sikumbang", "Rangkuty",
    "Mahendra", "Suganda", "Permana", "Sumarna", "Supriatna", "Hermawan", "Gunawan",
    "Firmansyah", "Ramadhan", "Maulana", "Hakim", "Rahman", "Syahputra", "Wardhana",
    "Sulistyo", "Haryanto", "Suharto", "Prasetyo", "Kusuma", "Anggraini", "Lestari", "Pertiwi",
    "Sari", "Utami", "Handayani", "Fitriani", "Marpaung", "Sihombing", "Silalahi", "Manik",
    "Daulay", "Batubara", "Pohan", "Rumbiak", "Wanggai", "Mandacan", "Latuconsina",
    "Pattimura", "Lewerissa", "Mamengko", "Wenas", "Pangemanan", "Lumban Tobing", "Tanoto",
    "Halim", "Tjahjadi", "Gozali", "Surbakti", "Ritonga", "Dalimunthe", "Pulungan",
)  # fmt: skip
SERVICE_WEIGHTS = {"KK": 30, "LAHIR": 25, "PINDAH": 10, "MATI": 8, "KIA": 8, "KAWIN": 5,
                   "NIK": 6, "CERAI": 3, "ADUAN": 5}  # fmt: skip
CHANNEL_WEIGHTS = {"web": 45, "wa": 40, "telepon": 7, "email": 5, "loket": 3}
REJECT_REASONS = (
    "Foto KTP-el tidak terbaca, mohon kirim ulang dengan jelas.",
    "Surat keterangan lahir dari bidan/rumah sakit belum dilampirkan.",
    "Data pada formulir F-1.01 tidak sesuai dengan dokumen pendukung.",
    "Pemohon bukan penduduk Kabupaten Bekasi; silakan ajukan ke daerah asal.",
    "Permohonan ganda; sudah diproses dengan nomor tiket sebelumnya.",
    "Surat keterangan kematian dari kelurahan/desa belum dilampirkan.",
)
NOTES = (
    "", "", "", "Perubahan KK karena kelahiran anak", "Akta kelahiran anak kedua",
    "Mohon dibantu, data di aplikasi tidak sesuai", "Pindah dari Kota Bandung",
    "Cetak ulang KK karena rusak terkena banjir", "Penambahan anggota keluarga",
    "NIK tidak terbaca di aplikasi bank", "Perbaikan nama ibu kandung",
)  # fmt: skip
PHONE_PREFIXES = ("0811", "0812", "0813", "0821", "0822", "0852", "0853", "0857", "0858",
                  "0877", "0878", "0895", "0896", "0881")  # fmt: skip


@dataclass
class DemoResult:
    logins: list[tuple[str, str, str]] = field(default_factory=list)  # (username, role, pwd)
    users_created: list[str] = field(default_factory=list)
    office_set: bool = False
    requests_added: int = 0
    extras_run: list[str] = field(default_factory=list)


def demo_name(rng: random.Random) -> tuple[str, str]:
    """(name, sex) — Indonesian names from several regions, with or without a family name."""
    sex = rng.choice("LP")
    given = rng.choice(MALE if sex == "L" else FEMALE)
    if rng.random() < 0.15 or given.startswith(("I ", "Ni ")):
        second = rng.choice(("Made", "Nyoman", "Ketut", "Astuti", "Pratiwi", "Suarsana", ""))
        return " ".join(p for p in (given, second) if p), sex
    if rng.random() < 0.2:
        return given, sex  # many Javanese people have one name
    return f"{given} {rng.choice(FAMILY)}", sex


def _phone(rng: random.Random) -> str | None:
    from .identity import normalize_phone

    if rng.random() < 0.05:
        return None
    number = rng.choice(PHONE_PREFIXES) + "".join(str(rng.randrange(10)) for _ in range(8))
    try:
        return normalize_phone(number).e164
    except Exception:  # noqa: BLE001 - an unlucky random number is simply left out
        return None


def demo_kk(rng: random.Random, district: str, before: date) -> str:
    """A valid Nomor KK of ``district`` issued 30 days to 16 years before ``before`` (the day it
    is shown at the counter), so no card is issued after its request, or in the future."""
    from .identity import parse_kk

    issued = before - timedelta(days=rng.randrange(30, 6000))
    return parse_kk(f"{district}{issued:%d%m%y}{rng.randint(1, 9999):04d}").kk


def _kk(rng: random.Random, district: str, day: date) -> str | None:
    return None if rng.random() < 0.2 else demo_kk(rng, district, day)


def _pick_officer(rng: random.Random, officers: list[int]) -> int:
    """budi and rina (the petugas) 45 % each, the supervisor 10 %."""
    return rng.choices(officers, (45, 45, 10))[0]


def _ensure_users(db: Database, result: DemoResult) -> dict[str, int]:
    with db.read() as session:
        existing = {u.username: u.id for u in session.scalars(select(User))}
    for username, full_name, role in DEMO_USERS:
        if username not in existing:
            info = users.create_user(db, SYSTEM, username, full_name, role, DEMO_PASSWORD)
            existing[username] = info.id
            result.users_created.append(username)
        result.logins.append((username, role, DEMO_PASSWORD))
    return existing


def fill_demo(db: Database, days: int = 30, seed: int | None = None) -> DemoResult:
    """Fill ``db`` with ``days`` days of demo requests ending today (see module docstring)."""
    from . import regions

    rng = random.Random(seed)
    result = DemoResult()
    if not settings.get_office(db).configured:
        settings.save_office(db, SYSTEM, demo_office())
        result.office_set = True
    office = settings.get_office(db)
    regency = office.regency_code or "3216"
    districts = [code for code, _name in regions.districts_of(regency)] or [
        code for code, _name in regions.districts_of("3216")
    ]
    ids = _ensure_users(db, result)
    # The two petugas do most of the work; the head of section takes the odd request.
    officers = [ids["budi"], ids["rina"], ids["kasi"]]
    holidays = settings.holiday_set(db)
    now = clock.now()
    today = clock.office_date(now)
    services = list(SERVICE_WEIGHTS)
    channels = list(CHANNEL_WEIGHTS)

    with db.write() as session:
        targets = {s.code: s.target_days for s in session.scalars(select(Service))}
        services = [s for s in services if s in targets] or list(targets)
        for age in range(days - 1, -1, -1):
            day = today - timedelta(days=age)
            working = workdays.is_working_day(day, holidays)
            per_day = rng.randint(22, 38) if working else rng.randint(4, 10)
            moments = sorted(_arrival(rng, day, now) for _ in range(per_day))
            for received in moments:
                if received > now:
                    continue
                code = rng.choices(services, [SERVICE_WEIGHTS.get(s, 1) for s in services])[0]
                _demo_request(
                    session, rng, received, code, targets.get(code, 1), holidays, now, age,
                    officers, districts, channels, day,
                )  # fmt: skip
                result.requests_added += 1
        audit.record(
            session, SYSTEM, "demo.fill", "demo", "", days=days, requests=result.requests_added
        )
    for fill in other_domains():
        fill(db, rng, days)
        result.extras_run.append(fill.__name__)
    return result


def _arrival(rng: random.Random, day: date, now: datetime) -> datetime:
    """When a demo request arrived on ``day``: in office hours, except early on the current
    day, when it came in overnight (online requests do) — so a demo of today is never empty,
    whatever the hour it is run."""
    midnight = clock.at_office(day)
    if midnight <= now < midnight + timedelta(hours=EARLY_HOURS):
        return midnight + timedelta(seconds=rng.uniform(0, (now - midnight).total_seconds()))
    return clock.at_office(day, time(rng.randint(6, 21), rng.randrange(60)))


def other_domains() -> list[Callable[[Database, random.Random, int], object]]:
    """The demo data of the other domains, filled after the requests (add yours here)."""
    from .legal_demo import fill_legal_demo  # imported here: it uses this module's helpers

    return [fill_legal_demo]


def _demo_request(  # noqa: PLR0913 - one place that knows how a demo request unfolds
    session: Session,
    rng: random.Random,
    received: datetime,
    code: str,
    target: int,
    holidays: frozenset[date],
    now: datetime,
    age: int,
    officers: list[int],
    districts: list[str],
    channels: list[str],
    day: date,
) -> None:
    from .identity import generate_nik

    name, sex = demo_name(rng)
    district = rng.choice(districts)
    birth = date(1950, 1, 1) + timedelta(days=rng.randrange(365 * 60))
    if code in ("LAHIR", "KIA"):
        # The applicant is usually a parent; the NIK is theirs.
        birth = date(1975, 1, 1) + timedelta(days=rng.randrange(365 * 25))
    nik = generate_nik(rng, district, birth, sex)
    local_day = clock.office_date(received)
    intake = _pick_officer(rng, officers)  # who logged it (online requests are typed in too)
    seq = tickets.reserve(session, code, local_day)
    due = workdays.due_at(received, target, holidays)
    req = Request(
        ticket=tickets.format_ticket(code, local_day, seq),
        service_code=code,
        channel=rng.choices(channels, [CHANNEL_WEIGHTS[c] for c in channels])[0],
        received_at=received,
        name=name,
        name_folded=fold_name(name),
        nik=nik,
        kk=_kk(rng, district, day),
        phone=_phone(rng),
        email=None,
        notes=rng.choice(NOTES),
        external_ref=None,
        status="baru",
        due_at=due,
        created_by=intake,
        created_at=received,
        updated_at=received,
    )
    if req.channel == "wa" and req.phone is None:
        req.channel = "web"  # a WhatsApp request always has the sender's number
    if req.channel == "web":
        req.external_ref = f"ESIAK-{local_day:%y%m}-{rng.randrange(100000):05d}"
    elif req.channel == "wa":
        req.external_ref = f"WA-{rng.randrange(16**6):06x}"
    elif req.channel == "email":
        req.email = f"{fold_name(name).split()[0]}{rng.randrange(100)}@contoh.id"
    session.add(req)
    session.flush()
    events: list[tuple[Any, Any, str, str | None, str | None, str]] = [
        (received, intake, "create", None, "baru", "")
    ]
    # How far the request got depends on its age.
    roll = rng.random()
    if age >= 5:
        final = "selesai" if roll < 0.9 else "ditolak" if roll < 0.985 else "open"
    elif age >= 2:
        final = "selesai" if roll < 0.8 else "ditolak" if roll < 0.9 else "open"
    else:
        final = "selesai" if roll < 0.08 else "open"
    officer = intake if rng.random() < 0.6 else _pick_officer(rng, officers)
    status = "baru"
    moment = received
    if final != "open" or roll > 0.5 or age >= 2:
        if final == "ditolak" and rng.random() < 0.4:
            pass  # rejected straight from "baru"
        else:
            moment = min(now, moment + timedelta(minutes=rng.randint(20, 600)))
            events.append((moment, officer, "assign", None, None, "Ditangani oleh yang memproses"))
            events.append((moment, officer, "status", "baru", "diproses", ""))
            status = "diproses"
            req.assigned_to = officer
            if rng.random() < 0.2:
                moment = min(now, moment + timedelta(minutes=rng.randint(10, 240)))
                events.append(
                    (moment, officer, "status", "diproses", "menunggu_berkas",
                     "Berkas kurang: Surat keterangan dari desa/kelurahan")
                )  # fmt: skip
                status = "menunggu_berkas"
                req.missing_documents = "Surat keterangan dari desa/kelurahan"
                if final != "open" or rng.random() < 0.5:
                    moment = min(now, moment + timedelta(hours=rng.randint(2, 30)))
                    events.append((moment, officer, "status", status, "diproses", "Berkas lengkap"))
                    status = "diproses"
                    req.missing_documents = None
    if final in ("selesai", "ditolak"):
        moment = min(now, moment + timedelta(hours=rng.randint(1, 40)))
        who = officer if req.assigned_to else _pick_officer(rng, officers)
        if final == "selesai":
            kind = rng.choice(("KK", "LU", "KM", "KIA"))
            req.document_no = f"3216-{kind}-{local_day:%d%m%Y}-{rng.randrange(10000):04d}"
            req.delivery = {"wa": "whatsapp", "email": "email"}.get(req.channel, "pos")
            events.append(
                (moment, who, "status", status, "selesai", f"Nomor dokumen: {req.document_no}")
            )  # noqa: E501
        else:
            req.reject_reason = rng.choice(REJECT_REASONS)
            events.append((moment, who, "status", status, "ditolak", req.reject_reason))
        status = final
        req.closed_at = moment
        if req.assigned_to is None:
            req.assigned_to = who
    req.status = status
    req.updated_at = moment
    if req.phone and rng.random() < 0.4:
        events.append(
            (moment, req.assigned_to, "whatsapp", None, None, "Balasan WhatsApp terkirim")
        )  # noqa: E501
    for at, user_id, kind, from_s, to_s, note in events:
        session.add(
            RequestEvent(
                request_id=req.id,
                at=at,
                user_id=user_id,
                kind=kind,
                from_status=from_s,
                to_status=to_s,
                note=note,
            )  # fmt: skip
        )
