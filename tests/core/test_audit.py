"""The audit chain notices an edited, deleted or reordered entry."""

from __future__ import annotations

import pytest
from sqlalchemy import delete, select, update

from desktop_app.core import audit
from desktop_app.core.errors import PermissionDenied
from desktop_app.core.models import AuditEntry, Setting


@pytest.fixture
def chain(db, supervisor):
    for i in range(5):
        with db.write() as s:
            audit.record(s, supervisor, "test.action", "thing", i, note=f"entri {i}")
    return db


def _ids(db):
    with db.read() as s:
        return list(s.scalars(select(AuditEntry.id).order_by(AuditEntry.id)))


def test_intact_chain_verifies(chain):
    report = audit.verify_chain(chain)
    assert report.ok and report.checked == 6  # user.create + 5


def test_edited_entry_is_named(chain):
    target = _ids(chain)[3]
    with chain.write() as s:
        s.execute(update(AuditEntry).where(AuditEntry.id == target).values(detail='{"note":"x"}'))
    report = audit.verify_chain(chain)
    assert not report.ok and report.broken_id == target and "diubah" in report.reason


def test_deleted_entry_is_found(chain):
    ids = _ids(chain)
    with chain.write() as s:
        s.execute(delete(AuditEntry).where(AuditEntry.id == ids[2]))
    report = audit.verify_chain(chain)
    assert not report.ok and report.broken_id == ids[3]


def test_deleted_last_entry_is_found(chain):
    ids = _ids(chain)
    with chain.write() as s:
        s.execute(delete(AuditEntry).where(AuditEntry.id == ids[-1]))
    report = audit.verify_chain(chain)
    assert not report.ok and report.broken_id == ids[-1]


def test_reordered_entries_are_found(chain):
    ids = _ids(chain)
    with chain.write() as s:
        a, b = (s.get(AuditEntry, i) for i in (ids[1], ids[2]))
        fields = ("at", "action", "entity", "entity_id", "detail", "prev_hash", "entry_hash")
        va, vb = ({f: getattr(x, f) for f in fields} for x in (a, b))
        for f in fields:
            setattr(a, f, vb[f])
            setattr(b, f, va[f])
    report = audit.verify_chain(chain)
    assert not report.ok and report.broken_id == ids[1]


def test_missing_head_marker_is_found(chain):
    with chain.write() as s:
        s.execute(delete(Setting).where(Setting.key == audit.HEAD_KEY))
    assert not audit.verify_chain(chain).ok


def test_list_is_supervisor_only_and_newest_first(chain, supervisor, petugas):
    rows, total = audit.list_entries(chain, supervisor, action_prefix="test.")
    assert total == 5 and rows[0].detail == {"note": "entri 4"}
    with pytest.raises(PermissionDenied):
        audit.list_entries(chain, petugas)
