"""Generates tests/data/loket_rev0001.sqlite3: a database as the first release (revision 0001)
left it, with a supervisor and audit entries. Run once; the file is committed."""

import sqlite3
from pathlib import Path

from alembic import command

from desktop_app.core import schema, users
from desktop_app.core.db import Database

target = Path(__file__).with_name("loket_rev0001.sqlite3")
target.unlink(missing_ok=True)
db = Database.open(f"sqlite:///{target}")
cfg = schema._config()
with db.engine.connect() as conn:
    cfg.attributes["connection"] = conn
    command.upgrade(cfg, "0001")
    conn.commit()
users.create_first_supervisor(db, "kasi", "Kepala Seksi", "rahasia123")
users.authenticate(db, "kasi", "rahasia123")
db.dispose()
with sqlite3.connect(target) as conn:  # one self-contained file, no -wal beside it
    conn.execute("PRAGMA journal_mode=DELETE")
print(target)
