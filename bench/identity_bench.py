"""Paste parser benchmark: ``find_identity_numbers`` on 100,000-character pastes (target: each
≤ 2 s, so a huge WhatsApp paste never freezes the intake form), median of a few runs.

    PYTHONPATH=. python bench/identity_bench.py [--runs N]
"""

from __future__ import annotations

import argparse
import random
import statistics
import time

CASES = {
    "phones": "0812 " * 20_000,
    "saya": "saya " * 20_000,
    "nama": "nama: budi santoso " * 5_300,
    "niks": "3216061203910002 " * 6_000,
    "digits": "1" * 100_000,
    "dotted": "1." * 50_000,
    "rtl": "\u202e\x00" * 50_000,
    "unicode": "".join(chr(random.Random(3).randrange(0, 0x3000)) for _ in range(100_000)),
    "mixed": "".join(random.Random(4).choice("0123456789 .-abNIKkk\n") for _ in range(100_000)),
}
TARGET_S = 2.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    from desktop_app.core.identity import find_identity_numbers

    worst = 0.0
    for name, message in CASES.items():
        times = []
        for _ in range(args.runs):
            start = time.perf_counter()
            find_identity_numbers(message)
            times.append(time.perf_counter() - start)
        worst = max(worst, max(times))
        median_ms = statistics.median(times) * 1000
        print(f"{name:8s} {len(message):7,d} chars: median {median_ms:7.1f} ms")
    print(f"slowest {worst:.2f} s (target ≤ {TARGET_S:.0f} s)")
    return 0 if worst <= TARGET_S else 1


if __name__ == "__main__":
    raise SystemExit(main())
