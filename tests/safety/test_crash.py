"""Kill a writing process at random moments: nothing it acknowledged may be lost, the file stays
sound and the audit chain unbroken (DESIGN §8, §9). ``bench/crash_bench.py`` runs more trials."""

from __future__ import annotations

import pytest
from harness import check_database, run_crash_trials
from scenarios import SCENARIOS

TRIALS = 50
BUDGET_SECONDS = 60


@pytest.mark.slow
def test_sigkill_at_random_moments_loses_nothing_acknowledged(db, db_url):
    summary = run_crash_trials(db_url, "foundation", TRIALS, seed=20261128, max_delay=0.25)
    assert len(summary.trials) == TRIALS
    assert summary.problems == []
    # the kills really landed mid-work: most trials had written something, some had not started
    assert summary.acknowledged > TRIALS * 5
    assert sum(1 for t in summary.trials if t.acks > 0) > TRIALS // 2
    assert summary.seconds < BUDGET_SECONDS * 2, summary.seconds  # generous on a busy machine


def test_the_check_notices_a_lost_write(db, db_url):
    """The harness itself can fail: an acknowledgement with no write behind it is reported."""
    problems = check_database(
        db_url, "foundation", ["user uhilang-1", "audit hilang:2", "setting uji.x.0 5"]
    )
    assert problems == [
        "acknowledged user uhilang-1 missing",
        "acknowledged audit hilang:2 missing",
        "setting uji.x.0: acknowledged 5, found None",
    ]


def test_scenarios_are_registered_by_name():
    assert SCENARIOS["foundation"].name == "foundation"
