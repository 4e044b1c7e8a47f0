"""Sort buckets counted per service and channel; the sort indexes carry them

Revision ID: 0014
Revises: 0013
Create Date: 2026-11-30 08:00:00

A list filtered by service or channel and sorted by name, due date, NIK or ticket could not be
placed: the buckets of ``request_sort_buckets`` were counted per status only, so a jump deep
inside stepped through every row before it (seconds at ten million rows), and a list whose
filters are each common but rare together (service CERAI with channel e-mail) was read whole
before its first page (0.3-0.4 s).

- ``request_sort_buckets`` gains ``service_code`` and ``channel`` in its key, refilled from the
  rows; the NIK bucket is the first seven digits (district and the tens of the birth day)
  instead of eight: per service and channel eight digits made 150,000 bucket rows at ten
  million requests, summed for every list sorted by NIK (27 ms); seven make about 20,000.
- The triggers of both engines count the new key.
- The sort indexes carry the status, service and channel after the id (the order stays the
  sort column, then id), so a step through a bucket reads the index alone:
  ``ix_requests_name_order``, ``ix_requests_due_at`` and ``ix_requests_nik``.

Why each index exists: ``docs/indexes.md``.
"""

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None

# The sort indexes after this revision (``new``) and before it (``old``).
_INDEXES = {
    "ix_requests_name_order": (
        ["name_folded", "id", "status", "service_code", "channel"],
        ["name_folded", "id", "status"],
    ),
    "ix_requests_due_at": (
        ["due_at", "id", "status", "service_code", "channel"],
        ["due_at"],
    ),
    "ix_requests_nik": (
        ["nik", "id", "status", "service_code", "channel"],
        ["nik"],
    ),
}

# --- the bucket expressions, (sort key, SQLite, PostgreSQL), in the order PostgreSQL's
# function locks them; ``{nik}`` is the NIK bucket's length (7 after, 8 before).
_BUCKETS = (
    ("due", "substr({r}.due_at, 1, 7)", "to_char({r}.due_at, 'YYYY-MM')"),
    ("name", "substr({r}.name_folded, 1, 2)", "substr({r}.name_folded, 1, 2)"),
    ("nik", "substr({r}.nik, 1, {nik})", "substr({r}.nik, 1, {nik})"),
    (
        "ticket",
        "substr({r}.ticket, 1, instr({r}.ticket, '-') + 4)",
        "substr({r}.ticket, 1, strpos({r}.ticket, '-') + 4)",
    ),
)


def _key(new: bool) -> list[str]:
    return ["status", "service_code", "channel"] if new else ["status"]


def _nik(new: bool) -> int:
    return 7 if new else 8


# --- SQLite ------------------------------------------------------------------------------------

_S_TALLY_KEY = (
    "substr({r}.received_at, 1, 7), {r}.status, {r}.service_code, {r}.channel, "
    "coalesce({r}.assigned_to, 0)"
)


def _s_tally(row: str, delta: int) -> str:
    return (
        "INSERT INTO request_tally (month, status, service_code, channel, officer, n) "
        f"VALUES ({_S_TALLY_KEY.format(r=row)}, {delta}) "
        f"ON CONFLICT DO UPDATE SET n = n + ({delta});"
    )


def _s_buckets(row: str, delta: int, new: bool) -> str:
    key = _key(new)
    values = ", ".join(
        f"('{kind}', {expr.format(r=row, nik=_nik(new))}, "
        + ", ".join(f"{row}.{c}" for c in key)
        + f", {delta})"
        for kind, expr, _pg in _BUCKETS
    )
    return (
        f"INSERT INTO request_sort_buckets (sort_key, bucket, {', '.join(key)}, n) "
        f"VALUES {values} ON CONFLICT DO UPDATE SET n = n + ({delta});"
    )


def _sqlite_triggers(new: bool) -> dict[str, str]:
    """The triggers that count buckets (``requests_tally_au`` counts the tally alone)."""
    bucket_columns = ("due_at", "name_folded", "nik", "ticket", *_key(new))
    changed_buckets = " OR ".join(f"old.{c} IS NOT new.{c}" for c in bucket_columns)
    return {
        "requests_tally_ai": (
            "CREATE TRIGGER requests_tally_ai AFTER INSERT ON requests BEGIN "
            f"{_s_tally('new', 1)} {_s_buckets('new', 1, new)} END"
        ),
        "requests_tally_ad": (
            "CREATE TRIGGER requests_tally_ad AFTER DELETE ON requests BEGIN "
            f"{_s_tally('old', -1)} {_s_buckets('old', -1, new)} END"
        ),
        "requests_buckets_au": (
            "CREATE TRIGGER requests_buckets_au AFTER UPDATE OF "
            f"{', '.join(bucket_columns)} ON requests WHEN {changed_buckets} BEGIN "
            f"{_s_buckets('old', -1, new)} {_s_buckets('new', 1, new)} END"
        ),
    }


# --- PostgreSQL --------------------------------------------------------------------------------


def _pg_functions(new: bool) -> str:
    """``loket_request_buckets`` and ``loket_bucket_add`` of the revision, and the trigger
    function that calls them (``loket_tally_add`` and the trigger itself are 0009's)."""
    buckets = ",\n    ".join(pg.format(r="r", nik=_nik(new)) for _k, _s, pg in _BUCKETS)
    if new:
        add_args, add_key, add_values = (
            "k text, b text, s text, sv text, ch text, d integer",
            "sort_key, bucket, status, service_code, channel",
            "k, b, s, sv, ch, d",
        )
        old_row, new_row = (
            "OLD.status, OLD.service_code, OLD.channel",
            ("NEW.status, NEW.service_code, NEW.channel"),
        )
    else:
        add_args, add_key, add_values = (
            "k text, b text, s text, d integer",
            "sort_key, bucket, status",
            "k, b, s, d",
        )
        old_row, new_row = "OLD.status", "NEW.status"
    return f"""
CREATE FUNCTION loket_bucket_add({add_args})
RETURNS void LANGUAGE sql AS $$
  INSERT INTO request_sort_buckets ({add_key}, n) VALUES ({add_values})
  ON CONFLICT ({add_key})
  DO UPDATE SET n = request_sort_buckets.n + excluded.n
$$;

CREATE OR REPLACE FUNCTION loket_request_buckets(r requests) RETURNS text[]
LANGUAGE sql IMMUTABLE AS $$
  SELECT ARRAY[
    {buckets}
  ]
$$;

CREATE OR REPLACE FUNCTION loket_requests_tally() RETURNS trigger LANGUAGE plpgsql AS $$
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
      PERFORM loket_bucket_add(kinds[i], n_b[i], {new_row}, 1);
    ELSIF n_b IS NULL THEN
      PERFORM loket_bucket_add(kinds[i], o_b[i], {old_row}, -1);
    ELSIF ROW(o_b[i], {old_row}) IS DISTINCT FROM ROW(n_b[i], {new_row}) THEN
      IF ROW(o_b[i], {old_row}) < ROW(n_b[i], {new_row}) THEN
        PERFORM loket_bucket_add(kinds[i], o_b[i], {old_row}, -1);
        PERFORM loket_bucket_add(kinds[i], n_b[i], {new_row}, 1);
      ELSE
        PERFORM loket_bucket_add(kinds[i], n_b[i], {new_row}, 1);
        PERFORM loket_bucket_add(kinds[i], o_b[i], {old_row}, -1);
      END IF;
    END IF;
  END LOOP;
  RETURN NULL;
END
$$;
"""


def _pg_drop_add(new: bool) -> str:
    """The bucket function of the other revision (its arguments differ: not replaced)."""
    args = "text, text, text, text, text, integer" if not new else "text, text, text, integer"
    return f"DROP FUNCTION IF EXISTS loket_bucket_add({args})"


# --- both --------------------------------------------------------------------------------------


def _bucket_table(new: bool) -> None:
    key = _key(new)
    op.drop_table("request_sort_buckets")
    op.create_table(
        "request_sort_buckets",
        sa.Column("sort_key", sa.String(length=8), nullable=False),
        sa.Column("bucket", sa.String(length=32), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        *(
            [
                sa.Column("service_code", sa.String(length=16), nullable=False),
                sa.Column("channel", sa.String(length=16), nullable=False),
            ]
            if new
            else []
        ),
        sa.Column("n", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("sort_key", "bucket", *key, name="pk_request_sort_buckets"),
        sqlite_with_rowid=False,
    )


def _indexes(new: bool) -> None:
    for name, (after, before) in _INDEXES.items():
        op.drop_index(name, table_name="requests")
        op.create_index(name, "requests", after if new else before)


def _fill(dialect: str, new: bool) -> None:
    """Count the rows into the bucket table, one pass over each sort's own index."""
    key = ", ".join(_key(new))
    for kind, sqlite_expr, pg_expr in _BUCKETS:
        expr = (pg_expr if dialect == "postgresql" else sqlite_expr).format(
            r="requests", nik=_nik(new)
        )
        op.execute(
            f"INSERT INTO request_sort_buckets (sort_key, bucket, {key}, n) "
            f"SELECT '{kind}', {expr}, {key}, count(*) FROM requests "
            f"GROUP BY {expr}, {key}"
        )


def _migrate(new: bool) -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS requests_tally ON requests")
        op.execute(_pg_drop_add(new))
    else:
        for name in _sqlite_triggers(new):
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    _bucket_table(new)
    _indexes(new)
    _fill(dialect, new)
    if dialect == "postgresql":
        op.execute(_pg_functions(new))
        op.execute(
            "CREATE TRIGGER requests_tally AFTER INSERT OR DELETE OR UPDATE OF "
            "received_at, status, service_code, channel, assigned_to, due_at, name_folded, "
            "nik, ticket ON requests FOR EACH ROW EXECUTE FUNCTION loket_requests_tally()"
        )
        op.execute("ANALYZE requests")
        op.execute("ANALYZE request_sort_buckets")
    else:
        for ddl in _sqlite_triggers(new).values():
            op.execute(ddl)
        # A sample of each index (the lists name their indexes; see 0009).
        op.execute("PRAGMA analysis_limit = 1000")
        op.execute("ANALYZE")


def upgrade() -> None:
    _migrate(new=True)


def downgrade() -> None:
    _migrate(new=False)
