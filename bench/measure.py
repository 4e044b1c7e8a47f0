"""Peak memory of the calling process, measured per process.

``getrusage(RUSAGE_SELF).ru_maxrss`` is not per process on Linux: it survives ``fork``/``exec``,
so a child started by a parent that had grown to 600 MB reports at least 600 MB. ``VmHWM`` in
``/proc/self/status`` belongs to the process's own address space (reset by ``exec``): it is what
GNU ``time -v`` reports as "Maximum resident set size". Other systems fall back to ru_maxrss.
"""

from __future__ import annotations

import sys


def peak_rss_mb() -> float:
    """The high-water mark of this process's resident memory, in MB."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 2**20 if sys.platform == "darwin" else peak / 1024


def current_rss_mb() -> float:
    """Resident memory now, in MB (0 where ``/proc`` is missing)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0
