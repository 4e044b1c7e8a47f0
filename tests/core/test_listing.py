"""The request list at scale, checked against the same list sorted in Python: counts from the
tally, positions from segments, pages from keys, on SQLite and PostgreSQL. The thresholds are
lowered so that a few hundred rows take the paths ten million rows take."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import delete, insert, select, update

from desktop_app.core import requests as rq
from desktop_app.core import users
from desktop_app.core.clock import office_date
from desktop_app.core.models import Request, User
from desktop_app.core.requests import listing, tally
from desktop_app.core.requests.common import OPEN_STATUSES
from desktop_app.core.security import SYSTEM

NAMES = [
    "Siti Aminah", "Siti Nur'aini", "Ahmad Siregar", "Nur Aini Hasibuan", "Ni Luh Putu Ayu",
    "A B", "Ab", "Abdul", "Édi Susanto", "Dedi Kurniawan", "Zainab", "Putu Ayu Lestari",
    "Yusuf", "Si Ti", "Ani", "Budi Santoso", "Niøbe Lestari", "Ni", "Ni-Luh Sari",
]  # fmt: skip
SERVICES = ["KK", "LAHIR", "KIA", "NIK", "CERAI"]
CHANNELS = ["web", "wa", "telepon", "email", "loket"]
STATUSES = ["baru", "diproses", "menunggu_berkas", "selesai", "ditolak"]
CLOSED = ("selesai", "ditolak")


@pytest.fixture
def officers(db, supervisor):
    made = [
        users.create_user(db, SYSTEM, "zaki", "Zaki Anwar", "petugas", "rahasia123"),
        users.create_user(db, SYSTEM, "ani", "Ani Rahma", "petugas", "rahasia123"),
    ]
    return [supervisor.user_id, *(u.id for u in made)]


def fill(db, officers, n: int, seed: int = 5) -> None:
    """``n`` requests over about three years, in random order of time received (as imports
    of old files make them), with every column the lists sort or filter by varied."""
    rng = random.Random(seed)
    now = datetime.now(UTC)
    rows = []
    seq: dict[tuple[str, date], int] = {}
    for i in range(n):
        received = now - timedelta(minutes=rng.randrange(3 * 365 * 24 * 60))
        if i % 17 == 0:  # ties on time received
            received = received.replace(second=0, microsecond=0)
        code = rng.choice(SERVICES)
        day = office_date(received)
        seq[(code, day)] = seq.get((code, day), 0) + 1
        name = rng.choice(NAMES)
        status = rng.choice(STATUSES)
        rows.append(
            dict(
                ticket=rq.format_ticket(code, day, seq[(code, day)]),
                service_code=code,
                channel=rng.choice(CHANNELS),
                received_at=received,
                name=name,
                name_folded=rq.fold_name(name),
                nik=f"3216{rng.randrange(10**12):012d}",
                kk=None,
                phone=None,
                email=None,
                notes="",
                external_ref=None,
                status=status,
                due_at=(received + timedelta(days=rng.randrange(3))).replace(
                    hour=16, minute=59, second=0, microsecond=0
                ),
                assigned_to=rng.choice([*officers, None]),
                created_by=None,
                created_at=now,
                updated_at=now,
                closed_at=received + timedelta(hours=3)
                if status in ("selesai", "ditolak")
                else None,
                version=1,
            )  # fmt: skip
        )
    with db.write() as session:
        session.execute(insert(Request), rows)


class Reference:
    """The list sorted in Python, with the same ties (time received, then id) and byte order."""

    def __init__(self, db, actor, flt) -> None:
        with db.read() as s:
            rows = s.execute(select(Request)).scalars().all()
            names = dict(s.execute(select(User.id, User.full_name)).all())
        ids = set(_matching(db, actor, flt))
        self.rows = [r for r in rows if r.id in ids]
        self.ranks = {o: i for i, o in enumerate(sorted(names, key=lambda u: (names[u], u)))}

    def ids(self, sort_key: str, descending: bool) -> list[int]:
        ranks = self.ranks

        def key(r):
            b = lambda v: v.encode("utf-8")  # noqa: E731
            return {
                "received_at": (r.received_at, r.id),
                "status": (b(r.status), r.received_at, r.id),
                "service": (b(r.service_code), r.received_at, r.id),
                "channel": (b(r.channel), r.received_at, r.id),
                "officer": (ranks.get(r.assigned_to, len(ranks)), r.received_at, r.id),
                "due_at": (r.due_at, r.id),
                "name": (b(r.name_folded), r.id),
                "nik": (b(r.nik), r.id),
                "ticket": (b(r.ticket), r.id),
            }[sort_key]

        return [r.id for r in sorted(self.rows, key=key, reverse=descending)]


def _matching(db, actor, flt) -> list[int]:
    """Every id the filter lets through, by plain SQL (no tally, no plan)."""
    lst = rq.RequestList(db, actor, flt)
    conds = lst._parts.tally.conditions() + lst._parts.extra
    if lst._parts.name is not None:
        conds.append(lst._parts.name.walk_condition())
    with db.read() as s:
        return list(s.scalars(select(Request.id).where(*conds)))


FILTERS = [
    rq.RequestFilter(),
    rq.RequestFilter(statuses=("selesai",)),
    rq.RequestFilter(statuses=("selesai", "ditolak")),
    rq.RequestFilter(queue="baru"),
    rq.RequestFilter(queue="mine"),
    rq.RequestFilter(queue="overdue"),
    rq.RequestFilter(services=("KK",)),
    rq.RequestFilter(services=("KK", "NIK"), channels=("wa",)),
    rq.RequestFilter(date_from=date.today() - timedelta(days=200), date_to=date.today()),
    rq.RequestFilter(date_from=date.today() - timedelta(days=500), statuses=("selesai",)),
    rq.RequestFilter(text="siti"),
    rq.RequestFilter(text="ni"),  # two letters: word starts
    rq.RequestFilter(text="ni", services=("KK",)),
    rq.RequestFilter(text="aini", statuses=("selesai",)),
]


@pytest.fixture
def big(monkeypatch, db, officers):
    """Thresholds low enough that 400 rows are a "big" list of many segments."""
    monkeypatch.setattr(listing, "SMALL_LIST", 40)
    monkeypatch.setattr(listing, "NAME_CAP", 25)
    monkeypatch.setattr(listing, "MATCH_COUNT_CAP", 60)
    monkeypatch.setattr(listing, "GATHER_MAX", 60)  # small lists among many: by month
    fill(db, officers, 400)
    return db


@pytest.mark.parametrize("flt", FILTERS, ids=lambda f: repr(f)[14:60])
def test_every_list_matches_python_sorting(big, petugas, flt):
    db = big
    reference = Reference(db, petugas, flt)
    for sort_key in rq.SORT_KEYS:
        for descending in (True, False):
            lst = rq.RequestList(db, petugas, flt, sort_key, descending)
            count = lst.count()
            expected = reference.ids(sort_key, descending)
            if lst.truncated:  # the most recently recorded matches only, in the chosen order
                newest = set(sorted(expected, reverse=True)[: listing.NAME_CAP])
                expected = [i for i in expected if i in newest]
                assert lst.matches_more or lst.matches > listing.NAME_CAP
            assert count == len(expected), (sort_key, descending, lst.plan)
            assert lst.ids(0, None) == expected, (sort_key, descending, lst.plan)
            # Jumps: a fresh list each time, so nothing is continued from a key.
            for offset in {1, len(expected) // 3, len(expected) // 2, len(expected) - 7}:
                page = rq.RequestList(db, petugas, flt, sort_key, descending).ids(offset, 13)
                assert page == expected[max(offset, 0) : max(offset, 0) + 13], (
                    sort_key, descending, offset, lst.plan,
                )  # fmt: skip
            if descending != (sort_key in ("name", "officer", "status")):
                continue
            # Scrolling down then back up on one list: pages continue from remembered keys.
            walk = rq.RequestList(db, petugas, flt, sort_key, descending)
            for offset in [*range(0, len(expected), 29), *range(len(expected) - 29, -1, -29)]:
                assert walk.ids(offset, 29) == expected[offset : offset + 29]


def test_big_lists_are_placed_by_segments(big, petugas):
    whole = rq.RequestList(big, petugas, rq.RequestFilter(), "received_at")
    assert whole.count() == 400 and whole.plan == "tally"
    whole.ids(200, 10)
    assert len(whole._segments) > 20  # one per month
    named = rq.RequestList(big, petugas, rq.RequestFilter(statuses=("selesai",)), "name")
    named.ids(0, 1)
    assert len(named._segments) > 5 and named.plan == "tally"  # one per name bucket
    siti = rq.RequestList(big, petugas, rq.RequestFilter(text="siti"))
    assert siti.count() == listing.NAME_CAP and siti.truncated


def test_tally_follows_every_change(db, supervisor, petugas, officers, tmp_path):
    fill(db, officers, 120)
    made = rq.create_request(
        db,
        petugas,
        channel="wa",
        service_code="KK",
        name="Wulan Sari",
        nik="3216064507880003",
        phone="081288771203",
    )
    rq.assign(db, supervisor, made.id, made.version, petugas.user_id)
    detail = rq.get_detail(db, petugas, made.id)
    detail = rq.change_status(db, petugas, detail.id, detail.version, "diproses")
    rq.update_request(db, petugas, detail.id, detail.version, name="Bulan Purnama")
    with db.write() as session:
        session.execute(
            update(Request)
            .where(Request.id < 40)
            .values(status="selesai", channel="loket", due_at=datetime(2030, 1, 1, tzinfo=UTC))
        )
        session.execute(delete(Request).where(Request.id.between(50, 60)))
    csv = tmp_path / "impor.csv"
    csv.write_text(
        "diterima,kanal,layanan,nik,nama,ref\n"
        "2026-11-20 09:00,wa,KK,3216064507880003,Ani Lestari,WA-1\n"
        "2026-10-02 10:00,web,KIA,3216071203910002,Budi Santoso,ESIAK-9\n",
        encoding="utf-8",
    )
    from desktop_app.core.importer import import_file

    assert import_file(db, petugas, csv).added == 2
    with db.engine.connect() as conn:
        assert tally.mismatches(conn) == []
    assert rq.count_ids(db, petugas) == 120 + 1 - 11 + 2
    assert rq.queue_counts(db, petugas)["mine"] == 1


def test_open_queue_counts_come_from_the_tally(db, petugas, officers):
    fill(db, officers, 200)
    with db.read() as s:
        open_rows = s.scalar(
            select(__import__("sqlalchemy").func.count())
            .select_from(Request)
            .where(Request.status.in_(OPEN_STATUSES))
        )
    counts = rq.queue_counts(db, petugas)
    assert counts["baru"] + counts["diproses"] + counts["menunggu_berkas"] == open_rows


def test_migration_counts_an_existing_database(db, petugas, officers, downgrade):
    """A database that already holds requests when the request-scale migration runs (revision
    0009 → its predecessor and back): the tallies it fills agree with the rows, the list counts
    them, and the triggers it adds keep them in step afterwards."""
    from sqlalchemy import func, inspect

    from desktop_app.core import schema

    fill(db, officers, 150)
    made = rq.create_request(
        db, petugas, channel="web", service_code="KIA", name="Wulan Sari", nik="3216064507880003"
    )
    downgrade("0008")
    with db.engine.connect() as conn:
        assert "request_tally" not in inspect(conn).get_table_names()
        assert conn.exec_driver_sql("SELECT count(*) FROM requests").scalar() == 151
    schema.upgrade(db)
    assert schema.current_revision(db) == schema.head_revision()
    with db.engine.connect() as conn:
        assert tally.mismatches(conn) == []
        kept = conn.exec_driver_sql("SELECT sum(n) FROM request_tally").scalar()
    assert kept == 151
    assert rq.count_ids(db, petugas) == 151
    assert rq.get_detail(db, petugas, made.id).name == "Wulan Sari"
    rq.create_request(
        db, petugas, channel="web", service_code="KK", name="Ani Lestari", nik="3216071203910002"
    )
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Request)) == 152
    with db.engine.connect() as conn:
        assert tally.mismatches(conn) == []
    assert rq.count_ids(db, petugas) == 152


@pytest.mark.parametrize("words", ["siti", "aini", "ni", "putu ayu", "an", "s"])
def test_a_name_search_counts_its_matches_up_to_a_cap(big, petugas, words):
    """The count read from the trigram index beside the newest matches: exact up to
    ``MATCH_COUNT_CAP``, "more than" beyond; the list holds the ``NAME_CAP`` highest ids."""
    flt = rq.RequestFilter(text=words)
    expected = sorted(Reference(big, petugas, flt).ids("received_at", True), reverse=True)
    lst = rq.RequestList(big, petugas, flt)
    if lst.too_short:
        assert len(words) == 1 and lst.count() == 0
        return
    assert lst.count() == min(len(expected), listing.NAME_CAP)
    assert lst.matches == min(len(expected), listing.MATCH_COUNT_CAP)
    assert lst.matches_more == (len(expected) > listing.MATCH_COUNT_CAP)
    assert lst.truncated == (len(expected) > listing.NAME_CAP)
    assert sorted(lst.ids(0, None), reverse=True) == expected[: listing.NAME_CAP]


@pytest.mark.parametrize("words", ["siti", "aini", "ni", "putu ayu", "zainab", "niøbe", "zz"])
@pytest.mark.parametrize("costs", [(1e9, 0.0), (0.0, 1e9), (0.7, 0.006)], ids=str)
def test_name_blocks_give_the_newest_matches(big, petugas, monkeypatch, words, costs):
    """PostgreSQL's search by blocks of ids (``NameSearch.newest_ids_by_block``), with blocks
    of 16 ids so that 400 rows are 25 blocks: block by block only, the rest at once after the
    first block, and the cost model's own choice all give the newest matches, and say whether
    they are all of them. The SQL is plain (LIKE, integer division), so SQLite checks it too."""
    block_ms, match_ms = costs
    monkeypatch.setattr(listing, "NAME_BLOCK", 16)
    monkeypatch.setattr(listing, "_BLOCK_MS", block_ms)
    monkeypatch.setattr(listing, "_MATCH_MS", match_ms)
    for services in ((), ("KK",)):
        flt = rq.RequestFilter(text=words, services=services)
        expected = sorted(Reference(big, petugas, flt).ids("received_at", True), reverse=True)
        parts = listing._take_apart(flt, petugas)
        search, conds = parts.name, parts.tally.conditions()
        limit = listing.NAME_CAP + 1
        with big.read() as session:
            found, whole = search.newest_ids_by_block(session, conds, limit)
        if whole:
            assert found == expected, (words, services)
        else:  # stopped with enough: the newest are right, the rest not read
            assert len(found) >= limit and found[: listing.NAME_CAP] == expected[: listing.NAME_CAP]
            assert len(expected) > listing.NAME_CAP


def test_a_name_search_by_blocks_says_more_than_what_it_read(big, petugas, monkeypatch):
    """Stopped after enough blocks, the list holds the newest ``NAME_CAP`` and says "more
    than ``NAME_CAP``" (it did not count further); PostgreSQL with its block index only."""
    if big.is_sqlite:
        pytest.skip("SQLite reads its trigram index newest first (FTS5), no blocks")
    monkeypatch.setattr(listing, "NAME_BLOCK", 16)
    monkeypatch.setattr(listing, "_BLOCK_MS", 0.0)
    flt = rq.RequestFilter(text="ni")
    expected = sorted(Reference(big, petugas, flt).ids("received_at", True), reverse=True)
    lst = rq.RequestList(big, petugas, flt)
    assert lst.count() == listing.NAME_CAP and lst.truncated
    assert lst.matches == listing.NAME_CAP and lst.matches_more
    assert len(expected) > listing.NAME_CAP
    assert sorted(lst.ids(0, None), reverse=True) == expected[: listing.NAME_CAP]


def test_the_open_requests_index_and_the_list_say_open_in_the_same_words():
    """SQLite uses the partial index only for a query that repeats its condition: the
    migration, the model and the list must write the open statuses identically."""
    import importlib.util
    from pathlib import Path

    from desktop_app.core.models.requests import OPEN_CONDITION
    from desktop_app.core.requests.common import OPEN_ROWS

    words = "status IN (" + ", ".join(f"'{s}'" for s in OPEN_STATUSES) + ")"
    path = Path(listing.__file__).parents[1] / "migrations" / "versions" / "0010_open_requests.py"
    spec = importlib.util.spec_from_file_location("migration_0010", path)
    assert spec is not None and spec.loader is not None
    migration = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(migration)
    assert migration.OPEN == OPEN_CONDITION == words
    assert str(OPEN_ROWS) == "requests." + words
