"""The version the app reports is pyproject's, and the bundle files stay valid Python."""

from __future__ import annotations

import tomllib
from pathlib import Path

import desktop_app

ROOT = Path(__file__).resolve().parents[1]


def test_version_is_the_one_in_pyproject():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert desktop_app.__version__ == project["version"]
    assert desktop_app._find_version() == project["version"]


def test_build_spec_and_entry_script_compile():
    for path in (ROOT / "build.spec", ROOT / "scripts" / "bundle_entry.py"):
        compile(path.read_text(encoding="utf-8"), str(path), "exec")
    spec = (ROOT / "build.spec").read_text(encoding="utf-8")
    assert 'name="LoketDukcapil", console=False' in spec
    assert 'name="loket", console=True' in spec


def test_the_fonts_documents_embed_ship_in_the_wheel_and_the_bundle():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    package_data = project["tool"]["setuptools"]["package-data"]["desktop_app.core.pdf"]
    assert "fonts/*.ttf" in package_data and "fonts/LICENSE.txt" in package_data
    spec = (ROOT / "build.spec").read_text(encoding="utf-8")
    assert "desktop_app/core/pdf/fonts/*.ttf" in spec
    assert "desktop_app/core/pdf/fonts/LICENSE.txt" in spec
    assert list((ROOT / "desktop_app/core/pdf/fonts").glob("*.ttf"))
