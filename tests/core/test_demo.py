"""Demo data: office, logins, plausible requests; a second run adds requests only."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select

from desktop_app.core import demo, settings, users
from desktop_app.core import requests as rq
from desktop_app.core.identity import parse_nik
from desktop_app.core.models import Request, User


def test_fill_demo(db):
    result = demo.fill_demo(db, days=10, seed=3)
    assert result.office_set and settings.get_office(db).regency_code == "3216"
    assert [u for u, _r, _p in result.logins] == ["kasi", "budi", "rina", "sari"]
    kasi = users.authenticate(db, "kasi", "demo1234")
    assert users.authenticate(db, "sari", "demo1234").role.value == "legalisir"
    assert result.requests_added > 100
    with db.read() as s:
        reqs = list(s.scalars(select(Request)))
    for r in reqs[:50]:
        assert parse_nik(r.nik).regency_code == "3216"
    services = Counter(r.service_code for r in reqs)
    assert services.most_common(2)[0][0] in ("KK", "LAHIR")
    channels = Counter(r.channel for r in reqs)
    assert channels["web"] + channels["wa"] > len(reqs) * 0.6
    statuses = Counter(r.status for r in reqs)
    assert statuses["selesai"] > statuses["ditolak"] > 0
    assert all(r.reject_reason for r in reqs if r.status == "ditolak")
    counts = rq.queue_counts(db, kasi)
    assert counts["baru"] + counts["diproses"] > 0
    detail = rq.get_detail(db, kasi, reqs[0].id)
    assert detail.events[0].kind == "create"

    again = demo.fill_demo(db, days=2, seed=4)
    assert again.users_created == [] and not again.office_set and again.requests_added > 0
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(User)) == 4
        assert s.scalar(select(func.count()).select_from(Request)) == len(reqs) + (
            again.requests_added
        )


def test_other_domains_fill_their_demo_data(db, monkeypatch):
    assert [f.__name__ for f in demo.other_domains()] == ["fill_legal_demo"]
    calls = []

    def fill_fake(db_, rng, days):  # type: ignore[no-untyped-def]
        calls.append(days)

    monkeypatch.setattr(demo, "other_domains", lambda: [fill_fake])
    result = demo.fill_demo(db, days=1, seed=1)
    assert calls == [1] and result.extras_run == ["fill_fake"]


def test_demo_cards_and_officers_are_plausible(db):
    """No KK issued after its request or in the future (requests and legalization documents),
    nothing dated in the future, and every officer in the report recorded and closed work."""
    from datetime import UTC, datetime

    from desktop_app.core import clock, report
    from desktop_app.core.identity import parse_kk
    from desktop_app.core.models import LegalDocument, LegalEntry

    demo.fill_demo(db, days=12, seed=5)
    now = datetime.now(UTC)
    with db.read() as s:
        reqs = list(s.scalars(select(Request)))
        docs = s.execute(
            select(LegalDocument.doc_number, LegalEntry.created_at)
            .join(LegalEntry, LegalEntry.id == LegalDocument.entry_id)
            .where(LegalDocument.doc_type == "kk")
        ).all()
        assert s.scalar(select(func.max(LegalEntry.created_at))) <= now
    assert docs and sum(r.kk is not None for r in reqs) > len(reqs) / 2
    for r in reqs:
        assert r.received_at <= now and r.created_by is not None
        if r.kk:
            assert parse_kk(r.kk).issue_date < clock.office_date(r.received_at)
    for number, created_at in docs:
        assert parse_kk(number).issue_date < clock.office_date(created_at) <= clock.today()
    summary = report.summarize(db, clock.today() - timedelta(days=11), clock.today())
    rows = {row.name: row for row in summary.officers}
    assert set(rows) == {"Budi Santoso", "Rina Marlina", "Hendra Gunawan, S.IP."}
    for name in ("Budi Santoso", "Rina Marlina"):
        assert rows[name].received > rows["Hendra Gunawan, S.IP."].received
        assert rows[name].completed > 0 and rows[name].avg_hours_to_complete


@pytest.mark.parametrize(
    "now",
    [
        datetime(2026, 11, 25, 17, 0, 5, tzinfo=UTC),  # 00.00.05 WIB
        datetime(2026, 11, 25, 17, 50, tzinfo=UTC),  # 00.50 WIB: the CI run that found none
        datetime(2026, 11, 25, 23, 59, tzinfo=UTC),  # 06.59 WIB
        datetime(2026, 11, 26, 16, 59, tzinfo=UTC),  # 23.59 WIB
    ],
)
def test_a_demo_of_today_has_requests_at_any_hour(db, monkeypatch, now):
    from desktop_app.core import clock

    monkeypatch.setattr(clock, "now", lambda: now)
    result = demo.fill_demo(db, days=1, seed=3)
    assert result.requests_added > 0
    with db.read() as s:
        received = list(s.scalars(select(Request.received_at)))
    assert received and all(r <= now for r in received)
    assert {clock.office_date(r) for r in received} == {clock.office_date(now)}
