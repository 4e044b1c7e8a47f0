"""Demo legalization entries (``loket demo``): a few applicants per working day."""

from __future__ import annotations

import random
from datetime import date, time, timedelta

from . import clock
from . import legalization as legal
from .db import Database
from .demo import demo_kk
from .identity import generate_nik
from .regions import districts_of
from .security import SYSTEM, Actor
from .settings import get_value, list_officials, save_official, set_value

_FIRST = ("Rizky", "Dimas", "Bayu", "Agus", "Fajar", "Andi", "Siti", "Dewi", "Putri", "Yoga")
_LAST = ("Pratama", "Saputra", "Hidayat", "Nugroho", "Setiawan", "Lestari", "Wulandari", "Putra")
_MOBILE = ("0812", "0813", "0821", "0852", "0857", "0878", "0896")
_PURPOSE_WEIGHTS = (("tni_ad", 5), ("polri", 4), ("tni_al", 2), ("tni_au", 2), ("lainnya", 1))


def fill_legal_demo(
    db: Database, rng: random.Random, days: int, *, today: date | None = None, actor: Actor = SYSTEM
) -> int:
    """Create 1–4 entries on each working day of the last ``days`` days; returns how many."""
    officials = list_officials(db)
    if not officials:
        officials = [
            save_official(
                db,
                actor,
                name="Drs. H. Ahmad Suryana, M.Si.",
                title="Kepala Bidang Pelayanan Pencatatan Sipil",
                rank="Pembina Tk. I (IV/b)",
                nip="196804111993031009",
            )
        ]
    if not legal.list_keys(db, actor):  # the demo office signs what it prints
        legal.create_key(db, actor)
    if not get_value(db, "legal_verify_url"):
        set_value(db, actor, "legal_verify_url", "https://dukcapil.example.go.id/v/")
    now = clock.now()
    today = today or clock.office_date(now)
    districts = [code for code, _name in districts_of("3216")] or ["321601"]
    purposes = [p for p, w in _PURPOSE_WEIGHTS for _ in range(w)]
    made = 0
    for back in range(days - 1, -1, -1):
        day = today - timedelta(days=back)
        if day.weekday() >= 5:
            continue
        for _n in range(rng.randint(1, 4)):
            moment = clock.at_office(day, time(8 + rng.randint(0, 6), rng.randint(0, 59)))
            if moment > now:
                continue  # today's entries only up to now
            purpose = rng.choice(purposes)
            born = date(today.year - rng.randint(18, 23), rng.randint(1, 12), rng.randint(1, 28))
            home = rng.choice(districts)  # applicants of this regency: NIK and KK from one district
            docs = [legal.DocumentInput("kk", demo_kk(rng, home, day), rng.randint(1, 3))]
            docs.append(
                legal.DocumentInput(
                    "akta_lahir",
                    f"3216-LT-{born:%d%m%Y}-{rng.randint(1, 9999):04d}",
                    rng.randint(1, 3),
                )
            )
            if rng.random() < 0.3:
                docs.append(
                    legal.DocumentInput(
                        "surat_pindah", f"SKPWNI/3216/{rng.randint(10**4, 10**5)}", 1
                    )
                )
            data = legal.EntryInput(
                applicant_name=f"{rng.choice(_FIRST)} {rng.choice(_LAST)}",
                nik=generate_nik(rng, home, born, "L" if rng.random() < 0.85 else "P"),
                purpose=purpose,
                purpose_other="Satpol PP" if purpose == "lainnya" else "",
                official_id=rng.choice(officials).id,
                documents=docs,
                phone=f"{rng.choice(_MOBILE)}{rng.randint(10**7, 10**8 - 1)}",
                recruitment_no=f"REG-{purpose.upper()}-{day.year}-{rng.randint(1, 99999):05d}",
            )
            legal.create_entry(db, actor, data, now=moment)
            made += 1
    return made
