"""The PySide6 desktop front end. Everything here runs on the GUI thread unless it says not."""

import sys

if sys.implementation.name == "cpython" and sys.version_info < (3, 12):
    import ctypes

    # PySide6 6.12's stable-ABI modules hand back ``None`` without a new reference when they run
    # on CPython 3.11, where ``None`` is not yet immortal: every call of a void Qt method (and
    # every ``None`` a model's ``data()`` returns to Qt) drops one reference, and after a few
    # thousand the interpreter aborts with "Fatal Python error: none_dealloc". CPython 3.12 made
    # ``None`` immortal; give it, once, more references than a process can lose. Extra references
    # to ``None`` are harmless (it is never freed). Measured: 3.11 + PySide6 6.11.3 loses none,
    # 3.12/3.13 + 6.12.0 are immune; tests/gui/test_pyside_none_refs.py says when it can go.
    ctypes.c_ssize_t.from_address(id(None)).value += 1 << 48
