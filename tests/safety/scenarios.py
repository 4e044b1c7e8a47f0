"""Write workloads for the crash and concurrency harness, by name.

A scenario runs in a child process and performs one write per :meth:`step` through the core
services, returning a token that names what was committed; the child prints ``ACK <token>``
only after the commit returned. After the child is killed, :meth:`check` (in the parent, on the
reopened database) lists every acknowledged write that is missing. Other domains add their own
with ``@scenario("name")``.
"""

from __future__ import annotations

import json
import random
import re
from collections import defaultdict
from typing import ClassVar

SCENARIOS: dict[str, type[Scenario]] = {}


def _declare_test_setting(key: str) -> None:
    """The registry refuses undeclared settings: the workload declares its own, once."""
    from desktop_app.core import options

    if key not in options.REGISTRY:
        options.register(options.IntOption(key, -1, "uji", minimum=-1, maximum=10**9))


def scenario(name: str):  # type: ignore[no-untyped-def]
    def register(cls: type[Scenario]) -> type[Scenario]:
        cls.name = name
        SCENARIOS[name] = cls
        return cls

    return register


class Scenario:
    """One child's workload. ``worker`` is unique per child (and per trial), so the writes of
    different children and trials never collide and each can be checked on its own."""

    name: ClassVar[str] = ""
    # A crash trial kills the child after 1..kill_after acknowledged writes.
    kill_after: ClassVar[int] = 12

    def __init__(self, db, worker: str, rng: random.Random) -> None:  # type: ignore[no-untyped-def]
        self.db = db
        self.worker = worker
        self.rng = rng

    @classmethod
    def prepare(cls, db) -> None:  # type: ignore[no-untyped-def]
        """Set-up the workload needs once per database (run by the parent before any child)."""

    def step(self, i: int) -> str:
        raise NotImplementedError

    @classmethod
    def check(cls, db, acks: list[str]) -> list[str]:  # type: ignore[no-untyped-def]
        """Problems found: acknowledged writes that are missing, or writes nobody made."""
        raise NotImplementedError

    @classmethod
    def unacknowledged(cls, db, worker: str, acks: list[str]) -> int | None:  # type: ignore[no-untyped-def]
        """How many writes of ``worker`` exist without an acknowledgement (at most the one in
        flight when the child died); None if the scenario cannot tell."""
        return None

    @classmethod
    def audit_entries_per_step(cls) -> int:
        """How many audit lines one step adds (the concurrency test counts them exactly)."""
        return 1


@scenario("foundation")
class FoundationWrites(Scenario):
    """Users created, app settings changed, audit entries appended, in a random mix."""

    SETTING_SLOTS = 4

    def step(self, i: int) -> str:
        from desktop_app.core import audit, settings, users
        from desktop_app.core.security import SYSTEM

        kind = self.rng.choice(("user", "setting", "audit"))
        if kind == "user":
            name = f"u{self.worker}-{i}"
            users.create_user(self.db, SYSTEM, name, f"Uji {name}", "petugas", "rahasia123")
            return f"user {name}"
        if kind == "setting":
            key = f"uji_{re.sub(r'[^a-z0-9]', '_', self.worker.lower())}_{i % self.SETTING_SLOTS}"
            _declare_test_setting(key)
            settings.set_value(self.db, SYSTEM, key, i)
            return f"setting {key} {i}"
        with self.db.write() as session:
            audit.record(session, SYSTEM, "uji.tulis", "uji", f"{self.worker}:{i}", n=i)
        return f"audit {self.worker}:{i}"

    @classmethod
    def check(cls, db, acks: list[str]) -> list[str]:  # type: ignore[no-untyped-def]
        from sqlalchemy import select

        from desktop_app.core.models import AuditEntry, Setting, User

        want_users, want_audit = set(), set()
        want_settings: dict[str, int] = {}
        for token in acks:
            kind, key, *rest = token.split()
            if kind == "user":
                want_users.add(key)
            elif kind == "audit":
                want_audit.add(key)
            else:
                want_settings[key] = max(want_settings.get(key, -1), int(rest[0]))
        with db.read() as session:
            have_users = set(session.scalars(select(User.username)))
            have_audit = set(
                session.scalars(
                    select(AuditEntry.entity_id).where(AuditEntry.action == "uji.tulis")
                )
            )
            have_settings = {
                s.key.removeprefix("app."): json.loads(s.value)
                for s in session.scalars(select(Setting).where(Setting.key.startswith("app.uji_")))
            }
        problems = [f"acknowledged user {u} missing" for u in sorted(want_users - have_users)]
        problems += [f"acknowledged audit {a} missing" for a in sorted(want_audit - have_audit)]
        for key, value in sorted(want_settings.items()):
            if have_settings.get(key, -1) < value:
                problems.append(
                    f"setting {key}: acknowledged {value}, found {have_settings.get(key)}"
                )
        return problems

    @classmethod
    def unacknowledged(cls, db, worker: str, acks: list[str]) -> int:  # type: ignore[no-untyped-def]
        from sqlalchemy import select

        from desktop_app.core.models import AuditEntry, User

        acked = {t.split()[1] for t in acks if t.split()[0] in ("user", "audit")}
        with db.read() as session:
            users = set(
                session.scalars(
                    select(User.username).where(User.username.startswith(f"u{worker}-"))
                )
            )
            audits = set(
                session.scalars(
                    select(AuditEntry.entity_id).where(
                        AuditEntry.action == "uji.tulis",
                        AuditEntry.entity_id.startswith(f"{worker}:"),
                    )
                )
            )
        return len((users | audits) - acked)


def tokens_by_kind(acks: list[str]) -> dict[str, int]:
    counts: dict[str, int] = defaultdict(int)
    for token in acks:
        counts[token.split()[0]] += 1
    return dict(counts)


# --- requests: CSV import, new requests and status changes ---------------------------------------

SERVICES = ("KK", "LAHIR", "MATI", "PINDAH", "ADUAN")
IMPORT_ROWS = 300


def _nik(rng: random.Random) -> str:
    from desktop_app.core.identity import generate_nik

    return generate_nik(rng, "321601")


@scenario("import")
class CsvImports(Scenario):
    """Each step imports a fresh ~300-row CSV file (all rows new). An import is one transaction:
    after a crash it is either wholly in the database or not at all."""

    kill_after = 2  # one step is a whole 300-row file

    def __init__(self, db, worker: str, rng: random.Random) -> None:  # type: ignore[no-untyped-def]
        import tempfile
        from pathlib import Path

        super().__init__(db, worker, rng)
        self.folder = Path(tempfile.mkdtemp(prefix=f"impor-{worker}-"))
        self.niks = [_nik(rng) for _ in range(50)]

    def step(self, i: int) -> str:
        from desktop_app.core.importer import import_file
        from desktop_app.core.security import SYSTEM

        prefix = f"I{self.worker}.{i}"
        lines = ["diterima,kanal,layanan,nik,no_kk,nama,no_hp,email,keterangan,ref"]
        for r in range(IMPORT_ROWS):
            lines.append(
                f"2026-11-{2 + r % 25:02d} {8 + r % 8:02d}:{r % 60:02d},web,"
                f"{SERVICES[r % len(SERVICES)]},{self.rng.choice(self.niks)},,"
                f"Pemohon {self.worker} {r},,,,{prefix}.{r}"
            )
        path = self.folder / f"{prefix}.csv"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        result = import_file(self.db, SYSTEM, path)
        if result.added != IMPORT_ROWS:
            raise AssertionError(f"import added {result.added} of {IMPORT_ROWS}")
        path.unlink()
        return f"import {prefix} {IMPORT_ROWS}"

    @staticmethod
    def _counts(db, worker: str | None = None) -> dict[str, int]:  # type: ignore[no-untyped-def]
        from sqlalchemy import select

        from desktop_app.core.models import Request

        like = f"I{worker}.%" if worker else "I%"
        counts: dict[str, int] = defaultdict(int)
        with db.read() as session:
            for ref in session.scalars(
                select(Request.external_ref).where(Request.external_ref.like(like))
            ):
                counts[ref.rsplit(".", 1)[0]] += 1
        return counts

    @classmethod
    def check(cls, db, acks: list[str]) -> list[str]:  # type: ignore[no-untyped-def]
        counts = cls._counts(db)
        problems = [
            f"import {prefix} half-applied: {n} of {IMPORT_ROWS} rows"
            for prefix, n in sorted(counts.items())
            if n != IMPORT_ROWS
        ]
        for token in acks:
            _kind, prefix, rows = token.split()
            if counts.get(prefix, 0) != int(rows):
                problems.append(f"acknowledged import {prefix} missing ({counts.get(prefix, 0)})")
        return problems

    @classmethod
    def unacknowledged(cls, db, worker: str, acks: list[str]) -> int:  # type: ignore[no-untyped-def]
        acked = {t.split()[1] for t in acks}
        return len(set(cls._counts(db, worker)) - acked)


@scenario("status")
class StatusChanges(Scenario):
    """New requests and status changes along the workflow (including reopening), at random."""

    def __init__(self, db, worker: str, rng: random.Random) -> None:  # type: ignore[no-untyped-def]
        super().__init__(db, worker, rng)
        self.mine: dict[int, tuple[int, str]] = {}  # id -> (version, status)

    def step(self, i: int) -> str:
        from desktop_app.core import requests as rq
        from desktop_app.core.security import SYSTEM

        if not self.mine or self.rng.random() < 0.3:
            detail = rq.create_request(
                self.db, SYSTEM, channel=self.rng.choice(rq.CHANNELS),
                service_code=self.rng.choice(SERVICES), name=f"Pemohon {self.worker} {i}",
                nik=_nik(self.rng), external_ref=f"S{self.worker}.{i}", phone="081288771203",
            )  # fmt: skip
            self.mine[detail.id] = (detail.version, detail.status)
            return f"new {detail.id} {detail.version} {detail.status} S{self.worker}.{i}"
        request_id = self.rng.choice(sorted(self.mine))
        version, status = self.mine[request_id]
        to_status = self.rng.choice(rq.TRANSITIONS[status])
        detail = rq.change_status(
            self.db, SYSTEM, request_id, version, to_status,
            note=f"langkah {i}", reason="Berkas tidak lengkap" if to_status == "ditolak" else None,
            document_no=f"DOK-{i}" if to_status == "selesai" else None,
            missing_documents=["KTP-el"] if to_status == "menunggu_berkas" else None,
        )  # fmt: skip
        self.mine[request_id] = (detail.version, detail.status)
        return f"status {request_id} {detail.version} {detail.status}"

    @classmethod
    def check(cls, db, acks: list[str]) -> list[str]:  # type: ignore[no-untyped-def]
        from sqlalchemy import func, select

        from desktop_app.core.models import Request, RequestEvent

        want: dict[int, tuple[int, str]] = {}
        changes: dict[int, int] = defaultdict(int)
        refs: dict[int, str] = {}
        for token in acks:
            kind, rid, version, status, *rest = token.split()
            request_id = int(rid)
            if kind == "new":
                refs[request_id] = rest[0]
            else:
                changes[request_id] += 1
            if int(version) >= want.get(request_id, (0, ""))[0]:
                want[request_id] = (int(version), status)
        problems = []
        with db.read() as session:
            have = {
                r.id: r
                for r in session.scalars(select(Request).where(Request.id.in_(set(want) or {-1})))
            }
            events = dict(
                session.execute(
                    select(RequestEvent.request_id, func.count())
                    .where(RequestEvent.kind == "status")
                    .group_by(RequestEvent.request_id)
                ).all()
            )
        for request_id, (version, status) in sorted(want.items()):
            req = have.get(request_id)
            if req is None:
                problems.append(f"acknowledged request {request_id} missing")
                continue
            if request_id in refs and req.external_ref != refs[request_id]:
                problems.append(f"request {request_id} is not the one created")
            if req.version < version or (req.version == version and req.status != status):
                problems.append(
                    f"request {request_id}: acknowledged v{version} {status}, "
                    f"found v{req.version} {req.status}"
                )
            if events.get(request_id, 0) < changes[request_id]:
                problems.append(
                    f"request {request_id}: {changes[request_id]} acknowledged status changes, "
                    f"{events.get(request_id, 0)} events"
                )
        return problems

    @classmethod
    def unacknowledged(cls, db, worker: str, acks: list[str]) -> int:  # type: ignore[no-untyped-def]
        from sqlalchemy import select

        from desktop_app.core.models import Request

        acked = {t.split()[4] for t in acks if t.startswith("new ")}
        with db.read() as session:
            refs = set(
                session.scalars(
                    select(Request.external_ref).where(Request.external_ref.like(f"S{worker}.%"))
                )
            )
        return len(refs - acked)


# --- legalization --------------------------------------------------------------------------------

LEGAL_NIP = "196804111993031009"


@scenario("legal")
class LegalEntries(Scenario):
    """New register entries (a third with a small PNG scan): every acknowledged register number
    is kept and the numbers of the year run 1..N with no gap and no double."""

    @classmethod
    def prepare(cls, db) -> None:  # type: ignore[no-untyped-def]
        from desktop_app.core import settings
        from desktop_app.core.security import SYSTEM

        if not settings.list_officials(db):
            settings.save_official(
                db, SYSTEM, name="Drs. H. Ahmad Suryana, M.Si.",
                title="Kepala Bidang Pelayanan Pencatatan Sipil", rank="Pembina Tk. I (IV/b)",
                nip=LEGAL_NIP,
            )  # fmt: skip

    def __init__(self, db, worker: str, rng: random.Random) -> None:  # type: ignore[no-untyped-def]
        import io

        from PIL import Image

        from desktop_app.core import legalization as legal
        from desktop_app.core import settings

        super().__init__(db, worker, rng)
        self.official_id = settings.list_officials(db)[0].id
        buf = io.BytesIO()
        Image.new("RGB", (300, 420), (240, 240, 250)).save(buf, "PNG")
        self.scan = legal.check_scan(buf.getvalue(), "kk.png")

    def step(self, i: int) -> str:
        from desktop_app.core import legalization as legal
        from desktop_app.core.security import SYSTEM

        scan = self.scan if self.rng.random() < 0.3 else None
        entry = legal.create_entry(
            self.db,
            SYSTEM,
            legal.EntryInput(
                applicant_name=f"Pemohon {self.worker} {i}",
                nik=_nik(self.rng),
                purpose=self.rng.choice(("tni_ad", "tni_al", "polri")),
                official_id=self.official_id,
                recruitment_no=f"L{self.worker}.{i}",
                documents=[
                    legal.DocumentInput("kk", f"32160{i:011d}", self.rng.randint(1, 5), scan=scan),
                    legal.DocumentInput("akta_lahir", f"AL-{self.worker}-{i}", 1),
                ],
            ),
        )
        return f"legal {entry.register_no} {entry.year} {entry.seq} L{self.worker}.{i}"

    @classmethod
    def check(cls, db, acks: list[str]) -> list[str]:  # type: ignore[no-untyped-def]
        from sqlalchemy import select

        from desktop_app.core.models import LegalCounter, LegalEntry

        with db.read() as session:
            rows = session.execute(
                select(LegalEntry.year, LegalEntry.seq, LegalEntry.register_no,
                       LegalEntry.recruitment_no)
            ).all()  # fmt: skip
            counters = dict(session.execute(select(LegalCounter.year, LegalCounter.last_seq)).all())
        problems = []
        by_register = {r.register_no: r for r in rows}
        for token in acks:
            _kind, register_no, year, seq, ref = token.split()
            row = by_register.get(register_no)
            if row is None:
                problems.append(f"acknowledged register number {register_no} missing")
            elif (row.year, row.seq, row.recruitment_no) != (int(year), int(seq), ref):
                problems.append(f"register number {register_no} belongs to another entry")
        seqs: dict[int, list[int]] = defaultdict(list)
        for row in rows:
            seqs[row.year].append(row.seq)
        for year, numbers in sorted(seqs.items()):
            if sorted(numbers) != list(range(1, len(numbers) + 1)):
                missing = sorted(set(range(1, max(numbers) + 1)) - set(numbers))
                problems.append(
                    f"register {year}: {len(numbers)} entries, gaps {missing[:5]}, "
                    f"doubles {len(numbers) - len(set(numbers))}"
                )
            if counters.get(year) != len(numbers):
                problems.append(
                    f"register {year}: counter {counters.get(year)}, {len(numbers)} rows"
                )
        return problems

    @classmethod
    def unacknowledged(cls, db, worker: str, acks: list[str]) -> int:  # type: ignore[no-untyped-def]
        from sqlalchemy import select

        from desktop_app.core.models import LegalEntry

        acked = {t.split()[4] for t in acks}
        with db.read() as session:
            refs = set(
                session.scalars(
                    select(LegalEntry.recruitment_no).where(
                        LegalEntry.recruitment_no.like(f"L{worker}.%")
                    )
                )
            )
        return len(refs - acked)


@scenario("mixed")
class MixedRequestWork(Scenario):
    """Imports (small files), new requests and status changes interleaved: what two counters
    and a back-office import do to one database at the same time."""

    def __init__(self, db, worker: str, rng: random.Random) -> None:  # type: ignore[no-untyped-def]
        super().__init__(db, worker, rng)
        self.imports = CsvImports(db, worker, rng)
        self.status = StatusChanges(db, worker, rng)

    def step(self, i: int) -> str:
        if self.rng.random() < 0.02:
            return self.imports.step(i)
        return self.status.step(i)

    @classmethod
    def check(cls, db, acks: list[str]) -> list[str]:  # type: ignore[no-untyped-def]
        imports = [t for t in acks if t.startswith("import ")]
        return CsvImports.check(db, imports) + StatusChanges.check(
            db, [t for t in acks if not t.startswith("import ")]
        )


@scenario("counters")
class CounterWork(Scenario):
    """A service counter at rush hour: new requests (tickets) and legalization entries (register
    numbers) from many clients at once. Tickets unique, register numbers 1..N without gap."""

    prepare = LegalEntries.prepare

    def __init__(self, db, worker: str, rng: random.Random) -> None:  # type: ignore[no-untyped-def]
        super().__init__(db, worker, rng)
        self.requests = StatusChanges(db, worker, rng)
        self.legal = LegalEntries(db, worker, rng)

    def step(self, i: int) -> str:
        if self.rng.random() < 0.5:
            self.requests.mine.clear()  # always a new request: this workload is about tickets
            return self.requests.step(i)
        return self.legal.step(i)

    @classmethod
    def check(cls, db, acks: list[str]) -> list[str]:  # type: ignore[no-untyped-def]
        from sqlalchemy import func, select

        from desktop_app.core.models import Request

        with db.read() as session:
            doubles = session.execute(
                select(Request.ticket, func.count())
                .group_by(Request.ticket)
                .having(func.count() > 1)
            ).all()
        problems = [f"ticket {t} given {n} times" for t, n in doubles]
        problems += StatusChanges.check(db, [t for t in acks if t.startswith("new ")])
        return problems + LegalEntries.check(db, [t for t in acks if t.startswith("legal ")])
