"""Crash benchmark: kill a writing Loket process with SIGKILL many times, count what survives.

    PYTHONPATH=. python bench/crash_bench.py --trials 500
    PYTHONPATH=. python bench/crash_bench.py --quick            (50 trials)
    PYTHONPATH=. python bench/crash_bench.py --trials 500 --scenario all   (split over all)
    PYTHONPATH=. python bench/crash_bench.py --concurrent 4 --ops 500
    PYTHONPATH=. python bench/crash_bench.py --concurrent 2 --ops 1500 --scenario mixed

Each trial starts a child process that writes through the core services (users, settings,
audit entries; or any scenario in tests/safety/scenarios.py) and acknowledges every commit;
the parent kills it after a random number of acknowledged writes (inside the next one),
reopens the database and checks integrity_check, the audit chain and that every acknowledged
write is there. All trials share one database, so each check also covers every earlier crash.
Uses a fresh SQLite file unless --url is given.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "safety")]

from harness import run_concurrent, run_crash_trials  # noqa: E402
from scenarios import SCENARIOS  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--trials", type=int, default=200)
    parser.add_argument("--quick", action="store_true", help="50 trials")
    parser.add_argument(
        "--scenario", default="foundation", choices=[*sorted(SCENARIOS), "all"],
        help="'all': the trials are split evenly over every scenario",
    )  # fmt: skip
    parser.add_argument(
        "--max-acks", type=int, help="kill after at most this many writes (default: the scenario's)"
    )
    parser.add_argument("--seed", type=int, default=int(time.time()))
    parser.add_argument("--url", help="database URL (default: a fresh SQLite file)")
    parser.add_argument("--concurrent", type=int, default=0, help="processes writing at once")
    parser.add_argument("--ops", type=int, default=500, help="writes per concurrent process")
    args = parser.parse_args()

    from desktop_app.core.schema import open_database

    names = sorted(SCENARIOS) if args.scenario == "all" else [args.scenario]
    failed = 0
    total = 50 if args.quick else args.trials
    base_seed = args.seed
    for n, name in enumerate(names):
        # worker names carry the seed: scenarios sharing one --url database must not collide
        args.scenario, args.seed = name, base_seed + 1000 * n
        args.trials = total // len(names) + (1 if n < total % len(names) else 0)
        args.quick = False
        with tempfile.TemporaryDirectory(prefix="loket-crash-") as tmp:
            url = args.url or f"sqlite:///{Path(tmp) / 'loket.sqlite3'}"
            open_database(url).dispose()
            failed |= concurrent(url, args) if args.concurrent else crashes(url, args)
        print()
    return failed


def crashes(url: str, args: argparse.Namespace) -> int:
    trials = 50 if args.quick else args.trials
    print(f"{trials} trials, scenario {args.scenario}, seed {args.seed}, {url.split('://')[0]}")

    def progress(n: int, trial) -> None:  # type: ignore[no-untyped-def]
        if n % 50 == 0 or trial.problems:
            print(f"  {n:5d} trials   {'; '.join(trial.problems) or 'ok'}", flush=True)

    summary = run_crash_trials(url, args.scenario, trials, args.seed, args.max_acks, progress)
    acks = [t.acks for t in summary.trials]
    mid_write = sum(1 for a in acks if a > 0)
    in_flight = sum(1 for t in summary.trials if t.extra)
    print()
    print(f"trials (SIGKILL)              {len(acks)}")
    print(f"  killed while starting       {sum(t.killed_before_ready for t in summary.trials)}")
    print(f"  with ≥1 acknowledged write  {mid_write}")
    print(f"acknowledged writes           {summary.acknowledged}")
    print(f"  per trial min/median/max    {min(acks)}/{sorted(acks)[len(acks) // 2]}/{max(acks)}")
    print(f"in-flight write committed     {in_flight} trials (present, not yet acknowledged)")
    print(f"acknowledged writes lost      {len(summary.problems)}")
    print(f"time                          {summary.seconds:.1f} s")
    for problem in summary.problems[:20]:
        print("PROBLEM", problem)
    return 1 if summary.problems else 0


def concurrent(url: str, args: argparse.Namespace) -> int:
    run = run_concurrent(url, args.scenario, args.concurrent, args.ops, args.seed)
    locked = sum(err.lower().count("locked") for err in run.stderr)
    print(f"scenario {args.scenario}, {url.split('://')[0]}")
    print(f"processes                     {run.processes}")
    print(f"operations committed          {run.operations} of {run.processes * args.ops}")
    print(f"exit codes                    {run.exit_codes}")
    print(f"'database is locked' errors   {locked}")
    print(f"problems                      {len(run.problems)}")
    print(
        f"time                          {run.seconds:.1f} s "
        f"({run.operations / run.seconds:.0f} writes/s)"
    )
    for problem in run.problems[:20]:
        print("PROBLEM", problem)
    ok = not run.problems and not locked and set(run.exit_codes) == {0}
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
