"""A month of office activity (November 2026, plus the weeks around it) for the performance
report's tests, written straight through the models with a fixed random seed, and kept as plain
records so the tests can compute every figure independently of the report's SQL.

What it holds: about 25 requests per working day and a few on weekends, from 12 October to
10 December 2026; each walks baru -> diproses (-> menunggu_berkas -> diproses) -> selesai or
ditolak after 0-9 working days, some never close, some are reopened by the supervisor and closed
again, some are closed on a Saturday. Services have targets of 1, 2 and 3 working days; Monday
16 November is an office holiday. Rejection reasons repeat with different spelling and one
carries a NIK. Legalization entries, prints, reprints, revocations and verifications (audit
entries, with their results) fall inside and outside the month.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

from report_data import _Tickets, add_user, ensure_services, nik, wib
from sqlalchemy import func, insert, select, update

from desktop_app.core import audit, clock, settings
from desktop_app.core.clock import ZONES
from desktop_app.core.models import (
    AuditEntry,
    LegalDocument,
    LegalEntry,
    LegalPrint,
    Request,
    RequestEvent,
    Service,
)
from desktop_app.core.security import SYSTEM
from desktop_app.core.workdays import add_working_days, due_at, is_working_day

MONTH = "2026-11"
FIRST, LAST = date(2026, 11, 1), date(2026, 11, 30)
HOLIDAY = date(2026, 11, 16)
TARGETS = {"KK": 1, "PINDAH": 2, "KIA": 1, "NIK": 1, "ADUAN": 3, "LAHIR": 2, "MATI": 1,
           "KAWIN": 3, "CERAI": 3}  # fmt: skip
REASONS = [
    "Berkas tidak lengkap",
    "berkas  tidak lengkap.",
    "BERKAS TIDAK LENGKAP",
    "Data tidak sesuai dengan database",
    "Pemohon tidak dapat dihubungi",
    "NIK 3216061203900001 terdaftar di daerah lain",
]
CHANNELS = ["web", "wa", "wa", "web", "telepon", "email", "loket"]

WIB = ZONES["WIB"]  # the office of these figures


@dataclass
class Req:
    code: str
    channel: str
    received: datetime
    due: datetime
    created_by: int | None
    # status history [(at, to_status, by)]
    history: list[tuple[datetime, str, int | None]] = field(default_factory=list)
    reason: str | None = None

    def status_at(self, moment: datetime) -> str:
        status = "baru"
        for at, to, _by in self.history:
            if at < moment:
                status = to
        return status

    @property
    def final(self) -> tuple[datetime, str, int | None] | None:
        """The last closing, if the request is closed now."""
        if self.history and self.history[-1][1] in ("selesai", "ditolak"):
            return self.history[-1]
        return None


@dataclass
class Month:
    requests: list[Req]
    holidays: frozenset[date]
    users: dict[str, int]
    legal_entries: list[
        tuple[datetime, int, int, datetime | None]
    ]  # at, documents, copies, revoked
    reprints: list[datetime]
    verifications: list[tuple[datetime, str]]


def _moment(rng: random.Random, day: date, lo: int = 7, hi: int = 17) -> datetime:
    return wib(day, rng.randint(lo, hi - 1), rng.randint(0, 59))


def _request_row(rid: int, tickets: _Tickets, serial: int, req: Req) -> dict:
    final = req.final
    return {
        "id": rid,
        "ticket": tickets.next(req.code, clock.office_date(req.received)),
        "service_code": req.code,
        "channel": req.channel,
        "received_at": req.received,
        "name": f"Pemohon {serial}",
        "name_folded": f"pemohon {serial}",
        "nik": nik("321606", serial % 9999 + 1),
        "notes": "",
        "status": req.history[-1][1] if req.history else "baru",
        "due_at": req.due,
        "created_by": req.created_by,
        "created_at": req.received,
        "updated_at": req.received,
        "closed_at": final[0] if final else None,
        "reject_reason": req.reason if final and final[1] == "ditolak" else None,
        "version": 1,
    }


def _insert(session, rows: list[dict], records: list[Req], base_id: int) -> None:  # type: ignore[no-untyped-def]
    """Bulk insert (a request at a time through the ORM takes ten times longer)."""
    session.execute(insert(Request.__table__), rows)
    events = []
    for offset, req in enumerate(records):
        rid = base_id + offset
        events.append(
            {
                "request_id": rid,
                "at": req.received,
                "user_id": req.created_by,
                "kind": "create",
                "from_status": None,
                "to_status": "baru",
                "note": "",
            }  # fmt: skip
        )
        status = "baru"
        for at, to, by in req.history:
            events.append({"request_id": rid, "at": at, "user_id": by, "kind": "status",
                           "from_status": status, "to_status": to, "note": ""})  # fmt: skip
            status = to
    session.execute(insert(RequestEvent.__table__), events)


def build_month(db) -> Month:  # type: ignore[no-untyped-def]
    rng = random.Random(20261130)
    settings.set_holiday(db, SYSTEM, HOLIDAY, "Libur kantor (uji)")
    holidays = settings.holiday_set(db)
    records: list[Req] = []
    with db.write() as s:
        ensure_services(s)
        for code, target in TARGETS.items():
            s.execute(update(Service).where(Service.code == code).values(target_days=target))
        users = {
            "budi": add_user(s, "budi", "Budi Santoso"),
            "andi": add_user(s, "andi", "Andi Wijaya"),
            "rina": add_user(s, "rina", "Rina Marlina"),
            "kasi": add_user(s, "kasi", "Kepala Seksi", "supervisor"),
        }
        officers = [users["budi"], users["andi"], users["rina"]]
        tickets = _Tickets()
        base_id = (s.scalar(select(func.max(Request.id))) or 0) + 1
        rows: list[dict] = []
        day = date(2026, 10, 12)
        serial = 0
        while day <= date(2026, 12, 10):
            count = rng.randint(18, 32) if is_working_day(day, holidays) else rng.randint(0, 4)
            for _i in range(count):
                code = rng.choice(list(TARGETS))
                received = _moment(rng, day, 0, 24) if rng.random() < 0.15 else _moment(rng, day)
                by = rng.choice(officers) if rng.random() < 0.9 else None
                req = Req(
                    code=code,
                    channel=rng.choice(CHANNELS),
                    received=received,
                    due=due_at(received, TARGETS[code], holidays),
                    created_by=by,
                )
                worker = rng.choice(officers)
                fate = rng.random()
                if fate < 0.08:
                    pass  # never touched
                else:
                    start = received + timedelta(minutes=rng.randint(10, 300))
                    req.history.append((start, "diproses", worker))
                    at = start
                    if rng.random() < 0.2:
                        at = at + timedelta(hours=rng.randint(1, 30))
                        req.history.append((at, "menunggu_berkas", worker))
                        at = at + timedelta(hours=rng.randint(1, 50))
                        req.history.append((at, "diproses", worker))
                    if fate < 0.15:
                        pass  # still open
                    else:
                        days_taken = rng.choice([0, 0, 1, 1, 1, 2, 2, 3, 4, 5, 7, 9])
                        close_day = add_working_days(clock.office_date(at), days_taken, holidays)
                        if rng.random() < 0.05:
                            close_day = close_day + timedelta(days=(5 - close_day.weekday()) % 7)
                        close = _moment(rng, close_day)
                        if close <= at:
                            close = at + timedelta(minutes=rng.randint(5, 90))
                        closer = worker if rng.random() < 0.8 else users["kasi"]
                        if fate < 0.27:
                            req.reason = rng.choice(REASONS)
                            req.history.append((close, "ditolak", closer))
                        else:
                            req.history.append((close, "selesai", closer))
                            if rng.random() < 0.05:  # reopened by the supervisor, closed again
                                again = close + timedelta(hours=rng.randint(2, 80))
                                req.history.append((again, "diproses", users["kasi"]))
                                req.history.append(
                                    (
                                        again + timedelta(hours=rng.randint(1, 40)),
                                        "selesai",
                                        worker,
                                    )  # fmt: skip
                                )
                records.append(req)
                serial += 1
                rows.append(_request_row(len(rows) + base_id, tickets, serial, req))
            day += timedelta(days=1)
        _insert(s, rows, records, base_id)

        # --- legalization -----------------------------------------------------------------------
        entries: list[tuple[datetime, int, int, datetime | None]] = []
        reprints: list[datetime] = []
        seq = 0
        entry_ids = []
        day = date(2026, 10, 26)
        while day <= date(2026, 12, 4):
            if is_working_day(day, holidays):
                for _i in range(rng.randint(0, 4)):
                    seq += 1
                    at = _moment(rng, day)
                    docs = [rng.randint(1, 5) for _d in range(rng.randint(1, 3))]
                    revoked = (
                        at + timedelta(days=rng.randint(0, 12)) if rng.random() < 0.1 else None
                    )
                    e = LegalEntry(
                        year=2026,
                        seq=seq,
                        register_no=f"474/{seq:04d}/Disdukcapil/{clock.to_office(at).month}/2026",
                        created_at=at,
                        entry_date=clock.office_date(at),
                        created_by=users["kasi"],
                        applicant_name=f"Pelamar {seq}",
                        nik=nik("321607", seq),
                        purpose=rng.choice(["tni_ad", "tni_al", "polri"]),
                        verification_code=f"V{seq:04d}",
                        revoked_at=revoked,
                    )
                    s.add(e)
                    s.flush()
                    entry_ids.append(e.id)
                    for pos, copies in enumerate(docs):
                        s.add(LegalDocument(entry_id=e.id, position=pos, doc_type="kk",
                                            doc_number=f"D{seq}-{pos}", copies=copies))  # fmt: skip
                    s.add(LegalPrint(entry_id=e.id, at=at, kind="print", what="copy", copies=1))
                    for _r in range(rng.choice([0, 0, 0, 1, 2])):
                        again = at + timedelta(hours=rng.randint(1, 200))
                        kind = rng.choice(["reprint", "reprint", "export"])
                        s.add(LegalPrint(entry_id=e.id, at=again, kind=kind, what="copy",
                                         copies=1, reason="rusak"))  # fmt: skip
                        reprints.append(again)
                    entries.append((at, len(docs), sum(docs), revoked))
            day += timedelta(days=1)

        verifications: list[tuple[datetime, str]] = []
        for i in range(40):
            at = wib(date(2026, 10, 28) + timedelta(days=i), 10, 30)
            status = rng.choice(["valid", "valid", "valid", "revoked", "tampered", "unknown"])
            entry = audit.record(s, SYSTEM, "legal.verify", "legal_entry", entry_ids[i],
                                 status=status, input="x")  # fmt: skip
            entry.at = at  # test data: the chain is not checked here
            verifications.append((at, status))
        s.flush()
    return Month(records, holidays, users, entries, reprints, verifications)


def verification_count(db, start: datetime, end: datetime) -> int:  # type: ignore[no-untyped-def]
    with db.read() as s:
        rows = s.execute(
            select(AuditEntry.detail).where(
                AuditEntry.action == "legal.verify", AuditEntry.at >= start, AuditEntry.at < end
            )
        ).all()
    return sum(1 for (d,) in rows if json.loads(d).get("status"))


def end_of(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, tzinfo=WIB).astimezone(UTC) + timedelta(days=1)


def start_of(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, tzinfo=WIB).astimezone(UTC)
