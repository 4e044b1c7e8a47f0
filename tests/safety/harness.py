"""Crash and concurrency harness: child processes write through the core services and
acknowledge each committed write on stdout; the parent kills them (SIGKILL) once a random number
of writes has been acknowledged (an event count, never a delay: the kill lands inside the next
write however busy the machine is) or lets several run at once, then reopens the database and
checks that nothing acknowledged was lost, SQLite's ``integrity_check`` says ok and the audit
chain verifies.

Child:  ``python tests/safety/harness.py child --url URL --scenario NAME --worker W --seed S``
(writes until killed, or ``--count N`` writes). Used by tests/safety and bench/crash_bench.py.
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
for _path in (str(ROOT), str(HERE)):
    if _path not in sys.path:
        sys.path.insert(0, _path)

from scenarios import SCENARIOS  # noqa: E402

# Only for a child that hangs: how long to wait for its start-up or its next write.
CHILD_STALL_TIMEOUT = 300.0


# --- the child ---------------------------------------------------------------------------------


def child_main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="harness.py child")
    parser.add_argument("--url", required=True)
    parser.add_argument("--scenario", required=True, choices=sorted(SCENARIOS))
    parser.add_argument("--worker", required=True)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--count", type=int, default=0, help="0: until killed")
    parser.add_argument("--start-at", type=float, default=0.0, help="wall clock: write from then")
    args = parser.parse_args(argv)

    from desktop_app.core import security
    from desktop_app.core.db import Database

    # Password hashing cost says nothing about durability; keep user creation quick.
    security._SCRYPT_N = 2**8
    db = Database.open(args.url)
    work = SCENARIOS[args.scenario](db, args.worker, random.Random(args.seed))
    parent = os.getppid()
    out = sys.stdout
    out.write("READY\n")
    out.flush()
    # Concurrent runs: every child starts writing at the same moment, however slow its start-up.
    time.sleep(max(0.0, args.start_at - time.time()))
    i = 0
    while args.count == 0 or i < args.count:
        token = work.step(i)
        out.write(f"ACK {token}\n")  # only after the commit returned
        out.flush()
        i += 1
        if args.count == 0 and os.getppid() != parent:
            return 3  # orphaned: the parent died, stop writing
    out.write("DONE\n")
    out.flush()
    db.dispose()
    return 0


# --- the parent side ---------------------------------------------------------------------------


class Child:
    """A running child process whose output is collected by threads (no pipe ever fills)."""

    def __init__(
        self, url: str, scenario: str, worker: str, seed: int, count: int = 0, start_at: float = 0
    ) -> None:
        env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), str(HERE)])}
        self.worker = worker
        self.started = time.monotonic()
        self.proc = subprocess.Popen(
            [
                sys.executable,
                str(HERE / "harness.py"),
                "child",
                "--url",
                url,
                "--scenario",
                scenario,
                "--worker",
                worker,
                "--seed",
                str(seed),
                "--count",
                str(count),
                "--start-at",
                str(start_at),
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        self.lines: list[str] = []
        self.err: list[str] = []
        self.ready = threading.Event()
        self._acked = threading.Condition()
        self._ack_count = 0
        self._ended = False
        self._threads = [
            threading.Thread(target=self._read_out, daemon=True),
            threading.Thread(target=self._read_err, daemon=True),
        ]
        for thread in self._threads:
            thread.start()

    def _read_out(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self.lines.append(line.rstrip("\n"))
            if line.startswith("READY"):
                self.ready.set()
            elif line.startswith("ACK "):
                with self._acked:
                    self._ack_count += 1
                    self._acked.notify_all()
        self.ready.set()  # EOF: do not leave a waiter hanging
        with self._acked:
            self._ended = True
            self._acked.notify_all()

    def wait_for_acks(self, n: int, timeout: float = CHILD_STALL_TIMEOUT) -> bool:
        """Block until the child has acknowledged ``n`` writes (False: it ended or stalled)."""
        with self._acked:
            return self._acked.wait_for(lambda: self._ack_count >= n or self._ended, timeout) and (
                self._ack_count >= n
            )

    def _read_err(self) -> None:
        assert self.proc.stderr is not None
        for line in self.proc.stderr:
            self.err.append(line)

    def kill(self) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
        self.finish()

    def finish(self, timeout: float | None = None) -> int:
        code = self.proc.wait(timeout)
        for thread in self._threads:
            thread.join()
        return code

    @property
    def acks(self) -> list[str]:
        return [line[4:] for line in self.lines if line.startswith("ACK ")]

    @property
    def stderr(self) -> str:
        return "".join(self.err)


def check_database(url: str, scenario: str, acks: list[str]) -> list[str]:
    """Everything the reopened database must satisfy after a crash or a concurrent run."""
    from sqlalchemy import text

    from desktop_app.core.audit import verify_chain
    from desktop_app.core.db import Database

    problems = []
    db = Database.open(url)
    try:
        if db.is_sqlite:
            with db.engine.connect() as conn:
                result = conn.execute(text("PRAGMA integrity_check")).scalars().all()
            if result != ["ok"]:
                problems.append(f"integrity_check: {result[:3]}")
        report = verify_chain(db)
        if not report.ok:
            problems.append(f"audit chain broken at {report.broken_id}: {report.reason}")
        problems += SCENARIOS[scenario].check(db, acks)
    finally:
        db.dispose()
    return problems


@dataclass
class CrashTrial:
    worker: str
    acks: int
    killed_before_ready: bool
    extra: int | None  # writes present without an acknowledgement (the one in flight)
    problems: list[str]
    target: int = 0  # acknowledged writes awaited before the kill


@dataclass
class CrashSummary:
    trials: list[CrashTrial] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def acknowledged(self) -> int:
        return sum(t.acks for t in self.trials)

    @property
    def problems(self) -> list[str]:
        return [f"{t.worker}: {p}" for t in self.trials for p in t.problems]


def prepare(url: str, scenario: str) -> None:
    from desktop_app.core import security
    from desktop_app.core.db import Database

    security._SCRYPT_N = 2**8
    db = Database.open(url)
    try:
        SCENARIOS[scenario].prepare(db)
    finally:
        db.dispose()


def crash_trial(
    url: str, scenario: str, worker: str, rng: random.Random, max_acks: int, history: list[str]
) -> CrashTrial:
    """Start a child, SIGKILL it right after a random number (1..``max_acks``) of acknowledged
    writes — inside the next one — and check the database. One trial in ten kills it while it
    is still starting. ``history`` holds the acknowledgements of earlier trials on the same
    database: they must survive this crash too."""
    child = Child(url, scenario, worker, rng.randrange(2**31))
    early = rng.random() < 0.1  # sometimes kill while it is still opening the database
    target = 0 if early else rng.randint(1, max_acks)
    problems = []
    if early:
        time.sleep(rng.uniform(0, 0.5))  # where it lands is not asserted: anywhere is fine
    elif not child.wait_for_acks(target):
        problems.append(f"child stalled or ended before {target} writes")
    alive = child.proc.poll() is None
    child.kill()
    if not alive and "READY" in child.lines:
        problems.append(f"child died by itself: {child.stderr.strip()[-500:]}")
    acks = child.acks
    history.extend(acks)
    problems += check_database(url, scenario, history)
    from desktop_app.core.db import Database

    db = Database.open(url)
    try:
        extra = SCENARIOS[scenario].unacknowledged(db, worker, acks)
    finally:
        db.dispose()
    if extra is not None and extra > 1:
        problems.append(f"{extra} writes present that were never acknowledged (at most 1)")
    return CrashTrial(worker, len(acks), early, extra, problems, target)


def run_crash_trials(
    url: str,
    scenario: str,
    trials: int,
    seed: int = 0,
    max_acks: int | None = None,
    progress=None,  # type: ignore[no-untyped-def]
) -> CrashSummary:
    """``trials`` crash trials on one database; ``max_acks`` defaults to the scenario's."""
    prepare(url, scenario)
    rng = random.Random(seed)
    summary = CrashSummary()
    history: list[str] = []
    started = time.monotonic()
    for n in range(trials):
        limit = max_acks or SCENARIOS[scenario].kill_after
        trial = crash_trial(url, scenario, f"t{seed}x{n}", rng, limit, history)
        summary.trials.append(trial)
        if progress:
            progress(n + 1, trial)
    summary.seconds = time.monotonic() - started
    return summary


@dataclass
class ConcurrentRun:
    processes: int
    operations: int
    exit_codes: list[int]
    stderr: list[str]
    problems: list[str]
    seconds: float


def run_concurrent(
    url: str, scenario: str, processes: int, count_each: int, seed: int = 0
) -> ConcurrentRun:
    """``processes`` children writing ``count_each`` times each, all at once; then the checks."""
    prepare(url, scenario)
    start_at = time.time() + 2.0 + 0.5 * processes  # after every child's start-up
    children = [
        Child(url, scenario, f"c{seed}p{n}", seed * 1000 + n, count_each, start_at)
        for n in range(processes)
    ]
    started = time.monotonic()
    codes = [child.finish(timeout=600) for child in children]
    seconds = time.monotonic() - started
    acks = [a for child in children for a in child.acks]
    problems = check_database(url, scenario, acks)
    return ConcurrentRun(
        processes, len(acks), codes, [c.stderr for c in children], problems, seconds
    )


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "child":
        sys.exit(child_main(sys.argv[2:]))
    sys.exit("usage: harness.py child --url URL --scenario NAME --worker W [--count N]")
