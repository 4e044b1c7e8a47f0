"""Write workloads for the crash and concurrency harness, by name.

A scenario runs in a child process and performs one write per :meth:`step` through the core
services, returning a token that names what was committed; the child prints ``ACK <token>``
only after the commit returned. After the child is killed, :meth:`check` (in the parent, on the
reopened database) lists every acknowledged write that is missing. Other domains add their own
(CSV import, status changes, legalization save) with ``@scenario("name")``.
"""

from __future__ import annotations

import json
import random
from collections import defaultdict
from typing import ClassVar

SCENARIOS: dict[str, type[Scenario]] = {}


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

    def __init__(self, db, worker: str, rng: random.Random) -> None:  # type: ignore[no-untyped-def]
        self.db = db
        self.worker = worker
        self.rng = rng

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
            key = f"uji.{self.worker}.{i % self.SETTING_SLOTS}"
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
                for s in session.scalars(select(Setting).where(Setting.key.startswith("app.uji.")))
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
