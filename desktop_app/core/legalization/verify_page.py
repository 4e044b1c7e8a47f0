"""``loket verify-page``: the office's verification page, one self-contained ``index.html``.

It holds the office's public keys (those this PC trusts) and the list of revoked entries and
keys, signed with the office's current key, with the date it was made; its script verifies a
payload with WebCrypto in the reader's browser (no server, no external file; works offline once
opened). Publishing again replaces the page: a revocation carried by the page it replaces (its
signature checked) is kept even if the database no longer shows it.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from string import Formatter
from typing import Any

from sqlalchemy import select

from .. import audit, clock
from ..clock import office_date
from ..db import Database
from ..fileio import check_target, write_bytes
from ..models import LegalEntry
from ..security import Actor, Permission
from .keys import (
    fingerprint,
    key_label,
    keyring,
    local_keys,
    pin_first_use,
    raw_verify,
    signing_key,
)
from .signing import register_formats

DATA_DIR = Path(__file__).resolve().parents[1] / "data"
PAGE_FORMAT = "loket-dukcapil/daftar-verifikasi"
_DATA_RE = re.compile(r'<script type="application/json" id="loket-data">(.*?)</script>', re.S)
_SPEC = re.compile(r"^(0?)(\d*)d?$")


@dataclass(frozen=True)
class PageResult:
    path: Path
    keys: int
    revoked_entries: int
    revoked_keys: int
    carried_over: int  # revocations kept from the page it replaced
    previous_unreadable: bool  # an index.html was there but not a page signed by the office


def format_tokens(fmt: str) -> list[Any] | None:
    """A register-number format as the page's script renders it: literal strings and
    ``{"f": field, "w": width, "z": zero-padded}``; None if it uses something else."""
    tokens: list[Any] = []
    try:
        for literal, field, spec, conversion in Formatter().parse(fmt):
            if literal:
                tokens.append(literal)
            if field is None:
                continue
            match = _SPEC.match(spec or "")
            if (
                conversion
                or field not in {"seq", "year", "month", "month_roman", "day"}
                or not match
            ):
                return None
            tokens.append({"f": field, "w": int(match.group(2) or 0), "z": bool(match.group(1))})
    except ValueError:
        return None
    return tokens


def _previous(path: Path, trusted: dict[int, bytes]) -> tuple[dict[str, Any] | None, bool]:
    """The list of the page being replaced, if it is one signed by a key this PC trusts."""
    if not path.exists():
        return None, False
    try:
        match = _DATA_RE.search(path.read_text(encoding="utf-8")[:5_000_000])
        if match is None:
            return None, True
        outer = json.loads(match.group(1))
        signature = base64.b64decode(outer["signature"])
        der = trusted.get(int(outer["key"]))
        if der is None or not raw_verify(der, signature, outer["list"].encode("utf-8")):
            return None, True
        inner = json.loads(outer["list"])
        if inner.get("format") != PAGE_FORMAT:
            return None, True
        return inner, False
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None, True


def _script_hash(script: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode()


def build_page(db: Database, actor: Actor, out_dir: str | Path) -> PageResult:
    """Write ``out_dir/index.html``; needs this PC's signing key (it signs the list)."""
    from ..settings import get_office

    audit.require(db, actor, Permission.LEGAL_KEYS, "legal.verify_page")
    folder = Path(out_dir).expanduser()
    check_target(folder / "index.html")
    pin_first_use(db, actor)
    signer = signing_key(db)
    office = get_office(db)
    now = clock.now()
    with db.read() as session:
        ring = keyring(session, local_keys())
        formats = [format_tokens(f) for f in register_formats(session)]
        revoked = list(
            session.scalars(
                select(LegalEntry)
                .where(LegalEntry.revoked_at.is_not(None))
                .order_by(LegalEntry.year, LegalEntry.seq)
            )
        )
    previous, unreadable = _previous(
        folder / "index.html", {k: v.der for k, v in ring.trusted.items()}
    )
    keys: dict[int, dict[str, Any]] = {}
    for key_id, key in sorted(ring.trusted.items()):
        keys[key_id] = {
            "id": key_id,
            "spki": base64.b64encode(key.der).decode("ascii"),
            "fingerprint": fingerprint(key.der),
            "revoked": {
                "date": office_date(key.revoked_at).isoformat(),
                "reason": key.revoke_reason,
            }
            if key.revoked_at
            else None,
        }
    entries = {
        (e.year, e.seq): {
            "year": e.year,
            "seq": e.seq,
            "register_no": e.register_no,
            "date": office_date(e.revoked_at).isoformat() if e.revoked_at else "",
            "reason": e.revoke_reason or "",
        }
        for e in revoked
    }
    carried = 0
    if previous is not None:
        for old in previous.get("keys", []):
            if old["id"] not in keys:
                keys[old["id"]] = old
                carried += 1
            elif old.get("revoked") and not keys[old["id"]]["revoked"]:
                keys[old["id"]]["revoked"] = old["revoked"]
                carried += 1
        for old in previous.get("revoked_entries", []):
            if (old["year"], old["seq"]) not in entries:
                entries[(old["year"], old["seq"])] = old
                carried += 1
    body = {
        "format": PAGE_FORMAT,
        "version": 1,
        "generated_at": now.isoformat(timespec="seconds"),
        "generated_on": office_date(now).isoformat(),  # the office's day, shown on the page
        "office": {
            "name": office.name,
            "regency": office.regency,
            "website": office.website,
            "phone": office.phone,
        },
        "keys": [keys[k] for k in sorted(keys)],
        "formats": formats,
        "revoked_entries": [entries[k] for k in sorted(entries)],
    }
    list_json = json.dumps(body, ensure_ascii=False, separators=(",", ":"))
    outer = {
        "list": list_json,
        "key": signer.key_id,
        "signature": base64.b64encode(signer.sign(list_json.encode("utf-8"))).decode("ascii"),
    }
    script = (DATA_DIR / "verify_page.js").read_text(encoding="utf-8")
    page = (DATA_DIR / "verify_page.html").read_text(encoding="utf-8")
    data = json.dumps(outer, ensure_ascii=True).replace("<", "\\u003c")
    page = (
        page.replace("__SCRIPT_HASH__", _script_hash(script))
        .replace("__DATA__", data)
        .replace("__SCRIPT__", script)
    )
    path = write_bytes(folder / "index.html", page.encode("utf-8"))
    revoked_keys = sum(1 for k in keys.values() if k["revoked"])
    with db.write() as session:
        audit.record(
            session,
            actor,
            "legal.verify_page",
            "legal_keys",
            "",
            keys=[key_label(k) for k in sorted(keys)],
            revoked_entries=len(entries),
            revoked_keys=revoked_keys,
            carried_over=carried,
            signed_with=key_label(signer.key_id),
            sha256=hashlib.sha256(page.encode("utf-8")).hexdigest(),
        )
    return PageResult(path, len(keys), len(entries), revoked_keys, carried, unreadable)


def generated_at(path: str | Path) -> datetime | None:
    """When the page at ``path`` was made (for the settings tab), or None."""
    try:
        match = _DATA_RE.search(Path(path).read_text(encoding="utf-8")[:5_000_000])
        inner = json.loads(json.loads(match.group(1))["list"]) if match else None
        return datetime.fromisoformat(inner["generated_at"]) if inner else None
    except (OSError, ValueError, KeyError, TypeError):
        return None
