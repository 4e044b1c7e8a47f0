"""Requests at ten million rows: tallies kept by triggers, indexes revisited, import key

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-29 16:30:00

- ``request_tally`` and ``request_sort_buckets`` (counts per month/status/service/channel/
  officer and per sort bucket), filled from the existing rows and kept by triggers in the same
  transaction as every change to ``requests``; lists count and place rows from them.
- indexes: ``(received_at, nik, service_code)`` (never used by a query), ``(status, due_at)``
  (the overdue queue is a few thousand open requests, found by status) and
  ``(assigned_to, status)`` dropped; ``(assigned_to, received_at)`` added (officer filter and
  sort by time). Why each index exists: ``docs/indexes.md``.
- ``import_key`` with a partial unique index: the duplicate key of imported rows, enforced by
  the database.
- PostgreSQL: ``ticket``, ``name_folded`` and ``nik`` in byte order (collation "C"), as SQLite
  compares them.

On SQLite the triggers are plain SQL; on PostgreSQL one PL/pgSQL function per table, which
updates tally rows in key order (two transactions never wait on each other's rows in opposite
orders) and does nothing while ``loket.bulk`` is ``on`` (the importer then adds its rows'
counts in one statement).
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

# --- SQLite ------------------------------------------------------------------------------------
# Months and buckets from the stored text: SQLAlchemy keeps SQLite timestamps as
# 'YYYY-MM-DD HH:MM:SS.ffffff' (UTC), so the month is the first seven characters.

_S_TALLY_KEY = (
    "substr({r}.received_at, 1, 7), {r}.status, {r}.service_code, {r}.channel, "
    "coalesce({r}.assigned_to, 0)"
)
# (sort key, bucket) in the order PostgreSQL's function locks them.
_S_BUCKETS = (
    ("due", "substr({r}.due_at, 1, 7)"),
    ("name", "substr({r}.name_folded, 1, 2)"),
    ("nik", "substr({r}.nik, 1, 8)"),
    ("ticket", "substr({r}.ticket, 1, instr({r}.ticket, '-') + 4)"),
)


def _s_tally(row: str, delta: int) -> str:
    return (
        "INSERT INTO request_tally (month, status, service_code, channel, officer, n) "
        f"VALUES ({_S_TALLY_KEY.format(r=row)}, {delta}) "
        f"ON CONFLICT DO UPDATE SET n = n + ({delta});"
    )


def _s_buckets(row: str, delta: int) -> str:
    values = ", ".join(
        f"('{kind}', {expr.format(r=row)}, {row}.status, {delta})" for kind, expr in _S_BUCKETS
    )
    return (
        f"INSERT INTO request_sort_buckets (sort_key, bucket, status, n) VALUES {values} "
        f"ON CONFLICT DO UPDATE SET n = n + ({delta});"
    )


_TALLY_COLUMNS = ("received_at", "status", "service_code", "channel", "assigned_to")
_BUCKET_COLUMNS = ("due_at", "name_folded", "nik", "ticket", "status")


def _sqlite_triggers() -> dict[str, str]:
    changed_tally = " OR ".join(f"old.{c} IS NOT new.{c}" for c in _TALLY_COLUMNS)
    changed_buckets = " OR ".join(f"old.{c} IS NOT new.{c}" for c in _BUCKET_COLUMNS)
    return {
        "requests_tally_ai": (
            "CREATE TRIGGER requests_tally_ai AFTER INSERT ON requests BEGIN "
            f"{_s_tally('new', 1)} {_s_buckets('new', 1)} END"
        ),
        "requests_tally_ad": (
            "CREATE TRIGGER requests_tally_ad AFTER DELETE ON requests BEGIN "
            f"{_s_tally('old', -1)} {_s_buckets('old', -1)} END"
        ),
        "requests_tally_au": (
            "CREATE TRIGGER requests_tally_au AFTER UPDATE OF "
            f"{', '.join(_TALLY_COLUMNS)} ON requests WHEN {changed_tally} BEGIN "
            f"{_s_tally('old', -1)} {_s_tally('new', 1)} END"
        ),
        "requests_buckets_au": (
            "CREATE TRIGGER requests_buckets_au AFTER UPDATE OF "
            f"{', '.join(_BUCKET_COLUMNS)} ON requests WHEN {changed_buckets} BEGIN "
            f"{_s_buckets('old', -1)} {_s_buckets('new', 1)} END"
        ),
    }


# --- PostgreSQL --------------------------------------------------------------------------------

_PG_FUNCTIONS = r"""
CREATE FUNCTION loket_tally_add(m text, s text, sv text, ch text, o integer, d integer)
RETURNS void LANGUAGE sql AS $$
  INSERT INTO request_tally (month, status, service_code, channel, officer, n)
  VALUES (m, s, sv, ch, o, d)
  ON CONFLICT (month, status, service_code, channel, officer)
  DO UPDATE SET n = request_tally.n + excluded.n
$$;

CREATE FUNCTION loket_bucket_add(k text, b text, s text, d integer)
RETURNS void LANGUAGE sql AS $$
  INSERT INTO request_sort_buckets (sort_key, bucket, status, n) VALUES (k, b, s, d)
  ON CONFLICT (sort_key, bucket, status)
  DO UPDATE SET n = request_sort_buckets.n + excluded.n
$$;

CREATE FUNCTION loket_request_buckets(r requests) RETURNS text[] LANGUAGE sql IMMUTABLE AS $$
  SELECT ARRAY[
    to_char(r.due_at, 'YYYY-MM'),
    substr(r.name_folded, 1, 2),
    substr(r.nik, 1, 8),
    substr(r.ticket, 1, strpos(r.ticket, '-') + 4)
  ]
$$;

CREATE FUNCTION loket_requests_tally() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  kinds constant text[] := ARRAY['due', 'name', 'nik', 'ticket'];
  o_key text[];
  n_key text[];
  o_b text[];
  n_b text[];
  i integer;
BEGIN
  IF current_setting('loket.bulk', true) = 'on' THEN
    RETURN NULL;
  END IF;
  IF TG_OP <> 'INSERT' THEN
    o_key := ARRAY[to_char(OLD.received_at, 'YYYY-MM'), OLD.status, OLD.service_code,
                   OLD.channel, coalesce(OLD.assigned_to, 0)::text];
    o_b := loket_request_buckets(OLD);
  END IF;
  IF TG_OP <> 'DELETE' THEN
    n_key := ARRAY[to_char(NEW.received_at, 'YYYY-MM'), NEW.status, NEW.service_code,
                   NEW.channel, coalesce(NEW.assigned_to, 0)::text];
    n_b := loket_request_buckets(NEW);
  END IF;
  -- Rows are locked in key order: the lower key first.
  IF o_key IS DISTINCT FROM n_key THEN
    IF n_key IS NULL OR (o_key IS NOT NULL AND o_key < n_key) THEN
      PERFORM loket_tally_add(o_key[1], o_key[2], o_key[3], o_key[4], o_key[5]::integer, -1);
      IF n_key IS NOT NULL THEN
        PERFORM loket_tally_add(n_key[1], n_key[2], n_key[3], n_key[4], n_key[5]::integer, 1);
      END IF;
    ELSE
      PERFORM loket_tally_add(n_key[1], n_key[2], n_key[3], n_key[4], n_key[5]::integer, 1);
      IF o_key IS NOT NULL THEN
        PERFORM loket_tally_add(o_key[1], o_key[2], o_key[3], o_key[4], o_key[5]::integer, -1);
      END IF;
    END IF;
  END IF;
  FOR i IN 1..4 LOOP
    IF o_b IS NULL THEN
      PERFORM loket_bucket_add(kinds[i], n_b[i], NEW.status, 1);
    ELSIF n_b IS NULL THEN
      PERFORM loket_bucket_add(kinds[i], o_b[i], OLD.status, -1);
    ELSIF ROW(o_b[i], OLD.status) IS DISTINCT FROM ROW(n_b[i], NEW.status) THEN
      IF ROW(o_b[i], OLD.status) < ROW(n_b[i], NEW.status) THEN
        PERFORM loket_bucket_add(kinds[i], o_b[i], OLD.status, -1);
        PERFORM loket_bucket_add(kinds[i], n_b[i], NEW.status, 1);
      ELSE
        PERFORM loket_bucket_add(kinds[i], n_b[i], NEW.status, 1);
        PERFORM loket_bucket_add(kinds[i], o_b[i], OLD.status, -1);
      END IF;
    END IF;
  END LOOP;
  RETURN NULL;
END
$$;

CREATE TRIGGER requests_tally AFTER INSERT OR DELETE OR UPDATE OF
  received_at, status, service_code, channel, assigned_to, due_at, name_folded, nik, ticket
  ON requests FOR EACH ROW EXECUTE FUNCTION loket_requests_tally();
"""

_PG_DROP = """
DROP TRIGGER IF EXISTS requests_tally ON requests;
DROP FUNCTION IF EXISTS loket_requests_tally();
DROP FUNCTION IF EXISTS loket_request_buckets(requests);
DROP FUNCTION IF EXISTS loket_bucket_add(text, text, text, integer);
DROP FUNCTION IF EXISTS loket_tally_add(text, text, text, text, integer, integer);
"""


# Sorted and bucketed by prefix: compared byte by byte on PostgreSQL as on SQLite.
_PG_BYTE_ORDER = (("ticket", 32), ("name_folded", 200), ("nik", 16))


def _fill(dialect: str) -> None:
    """Count the existing rows into both tables (one pass each)."""
    if dialect == "postgresql":
        month = "to_char(received_at, 'YYYY-MM')"
        buckets = [
            ("due", "to_char(due_at, 'YYYY-MM')"),
            ("name", "substr(name_folded, 1, 2)"),
            ("nik", "substr(nik, 1, 8)"),
            ("ticket", "substr(ticket, 1, strpos(ticket, '-') + 4)"),
        ]
    else:
        month = "substr(received_at, 1, 7)"
        buckets = [(kind, expr.format(r="requests")) for kind, expr in _S_BUCKETS]
    op.execute(
        "INSERT INTO request_tally (month, status, service_code, channel, officer, n) "
        f"SELECT {month}, status, service_code, channel, coalesce(assigned_to, 0), count(*) "
        f"FROM requests GROUP BY {month}, status, service_code, channel, coalesce(assigned_to, 0)"
    )
    for kind, expression in buckets:
        op.execute(
            "INSERT INTO request_sort_buckets (sort_key, bucket, status, n) "
            f"SELECT '{kind}', {expression}, status, count(*) FROM requests "
            f"GROUP BY {expression}, status"
        )


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    op.add_column("requests", sa.Column("import_key", sa.String(length=160), nullable=True))
    op.drop_index("ix_requests_dedupe", table_name="requests")
    op.drop_index("ix_requests_status_due", table_name="requests")
    op.drop_index("ix_requests_assigned_status", table_name="requests")
    op.create_index(
        "ix_requests_officer_received", "requests", ["assigned_to", "received_at"], unique=False
    )
    op.create_index(
        "uq_requests_import_key",
        "requests",
        ["import_key"],
        unique=True,
        sqlite_where=sa.text("import_key IS NOT NULL"),
        postgresql_where=sa.text("import_key IS NOT NULL"),
    )
    if dialect == "postgresql":
        for column, length in _PG_BYTE_ORDER:
            op.execute(
                f'ALTER TABLE requests ALTER COLUMN {column} TYPE VARCHAR({length}) COLLATE "C"'
            )
    op.create_table(
        "request_tally",
        sa.Column("month", sa.String(length=7), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("service_code", sa.String(length=16), nullable=False),
        sa.Column("channel", sa.String(length=16), nullable=False),
        sa.Column("officer", sa.Integer(), nullable=False),
        sa.Column("n", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint(
            "month", "status", "service_code", "channel", "officer", name=op.f("pk_request_tally")
        ),
        sqlite_with_rowid=False,
    )
    op.create_table(
        "request_sort_buckets",
        sa.Column("sort_key", sa.String(length=8), nullable=False),
        sa.Column("bucket", sa.String(length=32), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("n", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint(
            "sort_key", "bucket", "status", name=op.f("pk_request_sort_buckets")
        ),
        sqlite_with_rowid=False,
    )
    _fill(dialect)
    if dialect == "postgresql":
        op.execute(_PG_FUNCTIONS)
    else:
        for ddl in _sqlite_triggers().values():
            op.execute(ddl)
    if dialect == "sqlite":
        # Statistics from a sample of each index (SQLite reads every entry otherwise: minutes
        # at ten million rows); the lists name their indexes, so a sample is enough.
        op.execute("PRAGMA analysis_limit = 1000")
        op.execute("ANALYZE")
    else:
        op.execute("ANALYZE requests")


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "postgresql":
        op.execute(_PG_DROP)
        for column, length in _PG_BYTE_ORDER:
            op.execute(f"ALTER TABLE requests ALTER COLUMN {column} TYPE VARCHAR({length})")
    else:
        for name in _sqlite_triggers():
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.drop_table("request_sort_buckets")
    op.drop_table("request_tally")
    op.drop_index("uq_requests_import_key", table_name="requests")
    op.drop_index("ix_requests_officer_received", table_name="requests")
    op.create_index("ix_requests_assigned_status", "requests", ["assigned_to", "status"])
    op.create_index("ix_requests_status_due", "requests", ["status", "due_at"])
    op.create_index("ix_requests_dedupe", "requests", ["received_at", "nik", "service_code"])
    if dialect == "sqlite":
        # DROP COLUMN (SQLite >= 3.35) keeps the table, so the name-search triggers survive.
        op.execute("ALTER TABLE requests DROP COLUMN import_key")
    else:
        op.drop_column("requests", "import_key")
