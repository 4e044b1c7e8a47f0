"""A day of known activity for the daily-report tests, written straight through the models
(the request and legalization services live on other branches).

DAY is Friday 27 November 2026 (WIB). What it holds, and so what the report must say:

- received on DAY: 12 (KK 4, PINDAH 2, KIA 1, ADUAN 1, LAHIR 3, KAWIN 1; NIK, MATI, CERAI 0);
  channels web 5, wa 4, telepon 1, email 1, loket 1; one at 00.10 WIB (still the day before in
  UTC) and one at 23.30 WIB count on DAY, one at 23.50 WIB the evening before does not;
- their status at the end of DAY: selesai 3, ditolak 1, menunggu_berkas 2, diproses 3 (one of
  them was closed the next morning: the report must still say "diproses"), baru 3;
- completed during DAY: 4 (those 3 plus one received three days earlier), rejected 1;
- open at the end of DAY: 11 (baru 4, diproses 4, menunggu_berkas 3), overdue 2;
- officers: budi recorded 7, andi 4, the import 1; budi completed 3, kasi completed 1 and
  rejected 1;
- legalizations on DAY: 2 applicants (TNI AD, Polri), 3 documents, 9 copies; one more the day
  before that does not count.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from sqlalchemy import select

from desktop_app.core import clock
from desktop_app.core.clock import ZONES
from desktop_app.core.models import (
    LegalDocument,
    LegalEntry,
    Request,
    RequestEvent,
    Service,
    User,
)

WIB = ZONES["WIB"]  # the office of these figures
DAY = date(2026, 11, 27)

SERVICES = [
    ("KK", "Kartu Keluarga", 1),
    ("PINDAH", "Pindah datang (SKPWNI)", 1),
    ("KIA", "Kartu Identitas Anak", 1),
    ("NIK", "Validasi / konsolidasi data NIK", 1),
    ("ADUAN", "Pengaduan administrasi kependudukan", 1),
    ("LAHIR", "Akta kelahiran", 1),
    ("MATI", "Akta kematian", 1),
    ("KAWIN", "Akta perkawinan", 1),
    ("CERAI", "Akta perceraian", 1),
]

EXPECTED_SERVICES = {
    "KK": 4,
    "PINDAH": 2,
    "KIA": 1,
    "NIK": 0,
    "ADUAN": 1,
    "LAHIR": 3,
    "MATI": 0,
    "KAWIN": 1,
    "CERAI": 0,
}
EXPECTED = {
    "received": 12,
    "completed": 4,
    "rejected": 1,
    "new": 4,
    "in_progress": 4,
    "waiting": 3,
    "overdue": 2,
    "backlog": 11,
}


def ensure_services(session) -> None:  # type: ignore[no-untyped-def]
    """Insert the catalog rows the migration does not (yet) seed; leave existing ones alone."""
    have = set(session.scalars(select(Service.code)))
    for order, (code, name, days) in enumerate(SERVICES):
        if code not in have:
            session.add(
                Service(code=code, name=name, target_days=days, active=True, sort_order=order)
            )
    session.flush()


def wib(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=WIB).astimezone(UTC)


def nik(district: str, serial: int) -> str:
    """A NIK-shaped number of the district (born 12 Mar 1990); digits only matter here."""
    return f"{district}120390{serial:04d}"


def add_user(session, username: str, full_name: str, role: str = "petugas") -> int:  # type: ignore[no-untyped-def]
    existing = session.scalar(select(User).where(User.username == username))
    if existing:
        existing.full_name = full_name
        return existing.id
    user = User(username=username, full_name=full_name, role=role, password_hash="x")
    session.add(user)
    session.flush()
    return user.id


class _Tickets:
    def __init__(self) -> None:
        self.n = 0

    def next(self, code: str, day: date) -> str:
        self.n += 1
        return f"{code}-{day:%Y%m%d}-{self.n:04d}"


def add_request(
    session,  # type: ignore[no-untyped-def]
    tickets: _Tickets,
    *,
    code: str,
    channel: str,
    received: datetime,
    name: str,
    nik_: str,
    created_by: int | None,
    history: list[tuple[datetime, str, int | None]] = (),  # type: ignore[assignment]
    due: datetime | None = None,
    kk: str | None = None,
) -> Request:
    """A request with its status history ``[(at, to_status, by), ...]`` written as events."""
    status = "baru"
    closed_at = None
    req = Request(
        ticket=tickets.next(code, received.astimezone(WIB).date()),
        service_code=code,
        channel=channel,
        received_at=received,
        name=name,
        name_folded=name.lower(),
        nik=nik_,
        kk=kk,
        notes="",
        status="baru",
        due_at=due or received + timedelta(days=1),
        created_by=created_by,
        created_at=received,
        updated_at=received,
    )
    session.add(req)
    session.flush()
    session.add(
        RequestEvent(request_id=req.id, at=received, user_id=created_by, kind="create", note="")
    )
    for at, to_status, by in history:
        session.add(
            RequestEvent(
                request_id=req.id,
                at=at,
                user_id=by,
                kind="status",
                from_status=status,
                to_status=to_status,
                note="",
            )
        )
        status = to_status
        closed_at = at if to_status in ("selesai", "ditolak") else None
    req.status = status
    req.closed_at = closed_at
    if status == "ditolak":
        req.reject_reason = "Berkas tidak lengkap"
    session.flush()
    return req


def build_known_day(db) -> dict[str, object]:  # type: ignore[no-untyped-def]
    """Write the day described in the module docstring; returns ids and NIK/KK numbers used."""
    t = _Tickets()
    d = DAY
    prev = d - timedelta(days=1)
    nxt = d + timedelta(days=1)
    niks: list[str] = []
    kks: list[str] = []
    with db.write() as s:
        ensure_services(s)
        budi = add_user(s, "budi", "Budi Santoso")
        andi = add_user(s, "andi", "Andi Wijaya")
        kasi = add_user(s, "kasi", "Kepala Seksi", "supervisor")

        def req(code, channel, received, name, district, serial, by, history=(), due=None):  # type: ignore[no-untyped-def]
            n = nik(district, serial)
            kk = f"{district}0101200{serial:03d}"[:16].ljust(16, "7")
            niks.append(n)
            kks.append(kk)
            return add_request(
                s,
                t,
                code=code,
                channel=channel,
                received=received,
                name=name,
                nik_=n,
                created_by=by,
                history=list(history),
                due=due,
                kk=kk,
            )

        # --- received on DAY (12) -------------------------------------------------------------
        # selesai x3 (budi 2, kasi 1)
        req("KK", "web", wib(d, 0, 10), "Siti Aminah", "321606", 1, budi,
            [(wib(d, 8), "diproses", budi), (wib(d, 10), "selesai", budi)])  # fmt: skip
        req("KK", "wa", wib(d, 8, 5), "Ahmad Fauzi", "321606", 2, budi,
            [(wib(d, 9), "diproses", budi), (wib(d, 11, 30), "selesai", budi)])  # fmt: skip
        req("LAHIR", "web", wib(d, 8, 30), "Dewi Lestari", "321607", 3, andi,
            [(wib(d, 9), "diproses", kasi), (wib(d, 14), "selesai", kasi)])  # fmt: skip
        # ditolak x1 (kasi)
        req("ADUAN", "email", wib(d, 9, 15), "Rudi Hartono", "321699", 4, andi,
            [(wib(d, 10), "diproses", kasi), (wib(d, 13), "ditolak", kasi)])  # fmt: skip
        # menunggu_berkas x2
        req("PINDAH", "wa", wib(d, 10, 0), "Nur Halimah", "321606", 5, budi,
            [(wib(d, 11), "diproses", budi), (wib(d, 12), "menunggu_berkas", budi)])  # fmt: skip
        req("PINDAH", "web", wib(d, 10, 40), "Yusuf Maulana", "321608", 6, budi,
            [(wib(d, 11), "menunggu_berkas", budi)])  # fmt: skip
        # diproses x3; the last one is closed the next morning
        req("LAHIR", "wa", wib(d, 11, 0), "Fitri Handayani", "321607", 7, andi,
            [(wib(d, 13), "diproses", andi)])  # fmt: skip
        req("KAWIN", "telepon", wib(d, 13, 20), "Muhammad Rizki Ñoño", "321606", 8, budi,
            [(wib(d, 14), "diproses", budi)])  # fmt: skip
        req("KK", "web", wib(d, 14, 45), "Joko Widodo", "321601", 9, andi,
            [(wib(d, 15), "diproses", budi), (wib(nxt, 8), "selesai", budi)])  # fmt: skip
        # baru x3 (one name outside Latin-1, one at 23.30 WIB, one from the import)
        req("KK", "loket", wib(d, 15, 0), "Lina 李娜 😀", "321606", 10, budi)
        req("LAHIR", "wa", wib(d, 16, 0), "Agus Salim & <Putra>", "321602", 11, None)
        req("KIA", "web", wib(d, 23, 30), "Rina Kartika", "321606", 12, budi)

        # --- not received on DAY but part of its end-of-day picture ----------------------------
        # received 3 days before, completed on DAY by budi
        req("KK", "web", wib(d - timedelta(days=3), 9), "Bambang Pamungkas", "321606", 13, budi,
            [(wib(d, 9, 45), "selesai", budi)])  # fmt: skip
        # received 5 days before, still being processed, due long ago: overdue
        req("NIK", "wa", wib(d - timedelta(days=5), 9), "Sri Mulyani", "321606", 14, andi,
            [(wib(d - timedelta(days=4), 9), "diproses", andi)],
            due=wib(d - timedelta(days=4), 9))  # fmt: skip
        # received 2 days before, still new, due tomorrow: open, not overdue
        req("MATI", "web", wib(d - timedelta(days=2), 13), "Hadi Susanto", "321606", 15, andi,
            due=wib(nxt, 13))  # fmt: skip
        # 23.50 WIB the evening before (same UTC date as DAY 00.10 WIB's neighbour), waiting for
        # documents, due at noon on DAY: overdue at the end of DAY
        req("CERAI", "web", wib(prev, 23, 50), "Tono Sugiarto", "321606", 16, budi,
            [(wib(prev, 23, 55), "menunggu_berkas", budi)], due=wib(d, 12))  # fmt: skip
        # received the next day: not part of DAY
        req("KK", "wa", wib(nxt, 7), "Besok Saja", "321606", 17, budi)
        # received 10 days before and closed 8 days before: in no DAY figure
        req("KK", "web", wib(d - timedelta(days=10), 9), "Lama Sekali", "321606", 18, budi,
            [(wib(d - timedelta(days=8), 9), "selesai", budi)])  # fmt: skip

        # --- legalizations ---------------------------------------------------------------------
        def entry(seq, at, name, district, serial, purpose, docs):  # type: ignore[no-untyped-def]
            n = nik(district, serial)
            niks.append(n)
            e = LegalEntry(
                year=2026,
                seq=seq,
                register_no=f"474/{seq:04d}/Disdukcapil/XI/2026",
                created_at=at,
                entry_date=clock.to_office(at).date(),
                created_by=kasi,
                applicant_name=name,
                nik=n,
                purpose=purpose,
                verification_code=f"V{seq:04d}",
            )
            s.add(e)
            s.flush()
            for pos, (doc_type, number, copies) in enumerate(docs):
                s.add(
                    LegalDocument(
                        entry_id=e.id,
                        position=pos,
                        doc_type=doc_type,
                        doc_number=number,
                        copies=copies,
                    )
                )

        entry(1, wib(prev, 10), "Kemarin Saja", "321606", 31, "polri", [("kk", "X1", 5)])
        entry(2, wib(d, 9), "Prajurit Satu", "321606", 32, "tni_ad",
              [("kk", "3216060101200032", 3), ("akta_lahir", "AL-123", 2)])  # fmt: skip
        entry(3, wib(d, 10, 30), "Bhayangkara Dua", "321607", 33, "polri",
              [("kk", "3216070101200033", 4)])  # fmt: skip
    kks += ["3216060101200032", "3216070101200033"]
    return {"niks": niks, "kks": kks, "users": {"budi": budi, "andi": andi, "kasi": kasi}}
