"""Lint and types: ruff over the tree, mypy over the whole package (the Qt-free core strict)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _tool(name: str) -> str:
    exe = Path(sys.executable).with_name(name)
    found = str(exe) if exe.exists() else shutil.which(name)
    if not found:
        pytest.skip(f"{name} is not installed")
    return found


def test_ruff_finds_nothing():
    result = subprocess.run(
        [_tool("ruff"), "check", "desktop_app", "tests", "bench"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


# mypy's --strict, minus its global-only flags; pyproject.toml sets these for the core.
STRICT_FLAGS = (
    "disallow_any_generics",
    "disallow_subclassing_any",
    "disallow_untyped_calls",
    "disallow_untyped_defs",
    "disallow_incomplete_defs",
    "check_untyped_defs",
    "disallow_untyped_decorators",
    "warn_unused_ignores",
    "warn_return_any",
    "strict_equality",
    "extra_checks",
)


def test_mypy_passes_on_the_package():
    """GUI, command line and core, with pyproject.toml's settings (the core strict)."""
    result = subprocess.run(
        [_tool("mypy"), "desktop_app"], cwd=ROOT, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_is_strict_for_the_core_and_covers_the_package():
    import tomllib

    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["mypy"]
    assert config["files"] == ["desktop_app"]
    assert config.get("warn_redundant_casts") is True
    core = [o for o in config.get("overrides", []) if "desktop_app.core.*" in o["module"]]
    assert len(core) == 1, "one override section for desktop_app.core.*"
    assert "desktop_app.core" in core[0]["module"]
    assert {flag: core[0].get(flag) for flag in STRICT_FLAGS} == dict.fromkeys(STRICT_FLAGS, True)
    assert core[0].get("implicit_reexport") is False
    # A `strict = true` in an override is applied to every module by mypy 2.4: not that way.
    assert all("strict" not in o for o in config.get("overrides", []))


def test_core_never_imports_qt():
    code = (
        "import sys, pkgutil, importlib, desktop_app.core as c\n"
        "for m in pkgutil.walk_packages(c.__path__, 'desktop_app.core.'):\n"
        "    if '.migrations.versions' not in m.name and not m.name.endswith('migrations.env'):\n"
        "        importlib.import_module(m.name)\n"
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))]\n"
        "assert not bad, bad\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
    )
    assert result.returncode == 0, result.stderr


def test_comments_point_to_the_repository_docs():
    """No comment points to design documents outside the repository; every
    docs/design.md#<anchor> a comment names is a heading of that note."""
    import re

    outside = re.compile("DESIGN" + r" §|STYLE" + r" point|(?:DESIGN|STYLE)\.md")
    pointer = re.compile(r"docs/design\.md#([a-z0-9-]+)")
    note = (ROOT / "docs" / "design.md").read_text(encoding="utf-8")
    headings = {
        re.sub(r"[^a-z0-9 -]", "", line[3:].strip().lower()).replace(" ", "-")
        for line in note.splitlines()
        if line.startswith("## ")
    }
    stray, broken = [], []
    for folder in ("desktop_app", "tests", "bench", "resources", "scripts"):
        for path in (ROOT / folder).rglob("*"):
            if path.suffix not in (".py", ".md", ".sh") or path.name == "resources_rc.py":
                continue
            text = path.read_text(encoding="utf-8")
            where = path.relative_to(ROOT)
            stray += [f"{where}: {m.group()}" for m in outside.finditer(text)]
            broken += [f"{where}: #{a}" for a in pointer.findall(text) if a not in headings]
    assert stray == [], stray
    assert broken == [], broken
