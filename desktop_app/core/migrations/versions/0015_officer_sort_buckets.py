"""Sort buckets counted per officer; the sort indexes carry the officer

Revision ID: 0015
Revises: 0014
Create Date: 2026-11-30 08:30:00

An officer's requests (all of them, or of some statuses) sorted by name, due date, NIK or
ticket could not be placed: ``request_sort_buckets`` counts per status, service and channel,
and with the officer in its key it would grow by the number of officers (and every list
sorted by NIK sums it). ``request_officer_buckets`` counts the same buckets per officer (0:
unassigned) and status, keyed by the officer first, so an officer's list sums only that
officer's rows. ``ix_requests_name_order``, ``ix_requests_due_at`` and ``ix_requests_nik``
carry ``assigned_to`` after the channel: a step through a bucket reads the index alone.
Kept by triggers of their own on both engines (the importer adds its rows' counts itself).
PostgreSQL fires a table's triggers in the order of their names: ``requests_tally_officers``
runs after ``requests_tally``, so every writer takes the tally's rows, then the sort
buckets', then the officer buckets' (the importer too), and two never wait on each other
crosswise.
Why each index exists: ``docs/indexes.md``.
"""

import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None

_COLUMNS = ["id", "status", "service_code", "channel"]
_INDEXES = {
    "ix_requests_name_order": "name_folded",
    "ix_requests_due_at": "due_at",
    "ix_requests_nik": "nik",
}

# (sort key, SQLite, PostgreSQL): the buckets of 0014, in the order PostgreSQL locks them.
_BUCKETS = (
    ("due", "substr({r}.due_at, 1, 7)", "to_char({r}.due_at, 'YYYY-MM')"),
    ("name", "substr({r}.name_folded, 1, 2)", "substr({r}.name_folded, 1, 2)"),
    ("nik", "substr({r}.nik, 1, 7)", "substr({r}.nik, 1, 7)"),
    (
        "ticket",
        "substr({r}.ticket, 1, instr({r}.ticket, '-') + 4)",
        "substr({r}.ticket, 1, strpos({r}.ticket, '-') + 4)",
    ),
)
_WATCHED = ("due_at", "name_folded", "nik", "ticket", "status", "assigned_to")

# --- SQLite ------------------------------------------------------------------------------------


def _s_add(row: str, delta: int) -> str:
    values = ", ".join(
        f"('{kind}', coalesce({row}.assigned_to, 0), {expr.format(r=row)}, {row}.status, {delta})"
        for kind, expr, _pg in _BUCKETS
    )
    return (
        "INSERT INTO request_officer_buckets (sort_key, officer, bucket, status, n) "
        f"VALUES {values} ON CONFLICT DO UPDATE SET n = n + ({delta});"
    )


def _sqlite_triggers() -> dict[str, str]:
    changed = " OR ".join(f"old.{c} IS NOT new.{c}" for c in _WATCHED)
    return {
        "requests_officer_buckets_ai": (
            "CREATE TRIGGER requests_officer_buckets_ai AFTER INSERT ON requests BEGIN "
            f"{_s_add('new', 1)} END"
        ),
        "requests_officer_buckets_ad": (
            "CREATE TRIGGER requests_officer_buckets_ad AFTER DELETE ON requests BEGIN "
            f"{_s_add('old', -1)} END"
        ),
        "requests_officer_buckets_au": (
            "CREATE TRIGGER requests_officer_buckets_au AFTER UPDATE OF "
            f"{', '.join(_WATCHED)} ON requests WHEN {changed} BEGIN "
            f"{_s_add('old', -1)} {_s_add('new', 1)} END"
        ),
    }


# --- PostgreSQL --------------------------------------------------------------------------------

_PG_FUNCTIONS = r"""
CREATE FUNCTION loket_officer_bucket_add(k text, o integer, b text, s text, d integer)
RETURNS void LANGUAGE sql AS $$
  INSERT INTO request_officer_buckets (sort_key, officer, bucket, status, n)
  VALUES (k, o, b, s, d)
  ON CONFLICT (sort_key, officer, bucket, status)
  DO UPDATE SET n = request_officer_buckets.n + excluded.n
$$;

CREATE FUNCTION loket_requests_officer_buckets() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  kinds constant text[] := ARRAY['due', 'name', 'nik', 'ticket'];
  o_b text[];
  n_b text[];
  o_o integer;
  n_o integer;
  i integer;
BEGIN
  IF current_setting('loket.bulk', true) = 'on' THEN
    RETURN NULL;
  END IF;
  IF TG_OP <> 'INSERT' THEN
    o_b := loket_request_buckets(OLD);
    o_o := coalesce(OLD.assigned_to, 0);
  END IF;
  IF TG_OP <> 'DELETE' THEN
    n_b := loket_request_buckets(NEW);
    n_o := coalesce(NEW.assigned_to, 0);
  END IF;
  -- Rows are locked in key order: the lower key first.
  FOR i IN 1..4 LOOP
    IF o_b IS NULL THEN
      PERFORM loket_officer_bucket_add(kinds[i], n_o, n_b[i], NEW.status, 1);
    ELSIF n_b IS NULL THEN
      PERFORM loket_officer_bucket_add(kinds[i], o_o, o_b[i], OLD.status, -1);
    ELSIF ROW(o_o, o_b[i], OLD.status) IS DISTINCT FROM ROW(n_o, n_b[i], NEW.status) THEN
      IF ROW(o_o, o_b[i], OLD.status) < ROW(n_o, n_b[i], NEW.status) THEN
        PERFORM loket_officer_bucket_add(kinds[i], o_o, o_b[i], OLD.status, -1);
        PERFORM loket_officer_bucket_add(kinds[i], n_o, n_b[i], NEW.status, 1);
      ELSE
        PERFORM loket_officer_bucket_add(kinds[i], n_o, n_b[i], NEW.status, 1);
        PERFORM loket_officer_bucket_add(kinds[i], o_o, o_b[i], OLD.status, -1);
      END IF;
    END IF;
  END LOOP;
  RETURN NULL;
END
$$;

CREATE TRIGGER requests_tally_officers AFTER INSERT OR DELETE OR UPDATE OF
  due_at, name_folded, nik, ticket, status, assigned_to
  ON requests FOR EACH ROW EXECUTE FUNCTION loket_requests_officer_buckets();
"""

_PG_DROP = """
DROP TRIGGER IF EXISTS requests_tally_officers ON requests;
DROP FUNCTION IF EXISTS loket_requests_officer_buckets();
DROP FUNCTION IF EXISTS loket_officer_bucket_add(text, integer, text, text, integer);
"""


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    op.create_table(
        "request_officer_buckets",
        sa.Column("sort_key", sa.String(length=8), nullable=False),
        sa.Column("officer", sa.Integer(), nullable=False),
        sa.Column("bucket", sa.String(length=32), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("n", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint(
            "sort_key", "officer", "bucket", "status", name="pk_request_officer_buckets"
        ),
        sqlite_with_rowid=False,
    )
    for name, column in _INDEXES.items():
        op.drop_index(name, table_name="requests")
        op.create_index(name, "requests", [column, *_COLUMNS, "assigned_to"])
    for kind, sqlite_expr, pg_expr in _BUCKETS:
        expr = (pg_expr if dialect == "postgresql" else sqlite_expr).format(r="requests")
        op.execute(
            "INSERT INTO request_officer_buckets (sort_key, officer, bucket, status, n) "
            f"SELECT '{kind}', coalesce(assigned_to, 0), {expr}, status, count(*) "
            f"FROM requests GROUP BY coalesce(assigned_to, 0), {expr}, status"
        )
    if dialect == "postgresql":
        op.execute(_PG_FUNCTIONS)
        op.execute("ANALYZE requests")
        op.execute("ANALYZE request_officer_buckets")
    else:
        for ddl in _sqlite_triggers().values():
            op.execute(ddl)
        op.execute("PRAGMA analysis_limit = 1000")  # a sample of each index (see 0009)
        op.execute("ANALYZE")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(_PG_DROP)
    else:
        for name in _sqlite_triggers():
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    for name, column in _INDEXES.items():
        op.drop_index(name, table_name="requests")
        op.create_index(name, "requests", [column, *_COLUMNS])
    op.drop_table("request_officer_buckets")
