"""Kill a writing process after a random number of acknowledged writes (so inside the next one):
nothing it acknowledged may be lost, the file stays sound and the audit chain unbroken.
``bench/crash_bench.py`` runs more trials.

CI runs 62 SIGKILL trials over four workloads (about 45 s on two cores): the foundation writes,
a ~300-row CSV import (whole file or nothing), new requests with status changes, and legalization
entries (register numbers 1..N, no gap).
"""

from __future__ import annotations

import pytest
from harness import check_database, run_crash_trials
from scenarios import IMPORT_ROWS, SCENARIOS

# scenario -> trials; each kills the child after 1..Scenario.kill_after acknowledged writes
PLAN = {"foundation": 20, "import": 14, "status": 14, "legal": 14}
CI_TRIALS = sum(PLAN.values())


@pytest.mark.slow
@pytest.mark.parametrize("scenario", sorted(PLAN))
def test_sigkill_at_random_moments_loses_nothing_acknowledged(db, db_url, scenario):
    trials = PLAN[scenario]
    summary = run_crash_trials(db_url, scenario, trials, seed=20261128)
    assert len(summary.trials) == trials
    assert summary.problems == []
    # the kills landed mid-work: after the awaited writes, however busy the machine was
    late = [t for t in summary.trials if not t.killed_before_ready]
    assert len(late) >= trials // 2
    assert all(t.target >= 1 and t.acks >= t.target for t in late)


def test_ci_runs_at_least_fifty_trials():
    assert CI_TRIALS >= 50


def test_the_check_notices_a_lost_write(db, db_url):
    """The harness itself can fail: an acknowledgement with no write behind it is reported."""
    problems = check_database(
        db_url, "foundation", ["user uhilang-1", "audit hilang:2", "setting uji_x_0 5"]
    )
    assert problems == [
        "acknowledged user uhilang-1 missing",
        "acknowledged audit hilang:2 missing",
        "setting uji_x_0: acknowledged 5, found None",
    ]


def test_the_check_notices_a_half_applied_import(db, db_url):
    from desktop_app.core import requests as rq
    from desktop_app.core.security import SYSTEM

    rq.create_request(
        db, SYSTEM, channel="web", service_code="KK", name="Sri", nik="3216064507880003",
        external_ref="Ihalf.0.7",
    )  # fmt: skip
    problems = check_database(db_url, "import", [f"import Ilost.3 {IMPORT_ROWS}"])
    assert problems == [
        f"import Ihalf.0 half-applied: 1 of {IMPORT_ROWS} rows",
        "acknowledged import Ilost.3 missing (0)",
    ]


def test_the_check_notices_a_gap_in_the_register(db, db_url):
    from sqlalchemy import delete

    from desktop_app.core.models import LegalDocument, LegalEntry

    SCENARIOS["legal"].prepare(db)
    work = SCENARIOS["legal"](db, "gap", __import__("random").Random(1))
    tokens = [work.step(i) for i in range(3)]
    assert check_database(db_url, "legal", tokens) == []
    middle = tokens[1].split()[1]
    with db.write() as session:
        entry_id = session.query(LegalEntry.id).filter_by(register_no=middle).scalar()
        session.execute(delete(LegalDocument).where(LegalDocument.entry_id == entry_id))
        session.execute(delete(LegalEntry).where(LegalEntry.id == entry_id))
    problems = check_database(db_url, "legal", tokens)
    assert f"acknowledged register number {middle} missing" in problems
    assert any("gaps [2]" in p for p in problems), problems


def test_the_check_notices_a_lost_status_change(db, db_url):
    work = SCENARIOS["status"](db, "st", __import__("random").Random(3))
    tokens = [work.step(i) for i in range(6)]
    assert check_database(db_url, "status", tokens) == []
    request_id = tokens[0].split()[1]
    forged = f"status {request_id} 99 selesai"
    assert check_database(db_url, "status", [*tokens, forged]) != []


def test_scenarios_are_registered_by_name():
    assert {"foundation", "import", "status", "legal", "mixed"} <= set(SCENARIOS)
    assert all(cls.name == name for name, cls in SCENARIOS.items())
