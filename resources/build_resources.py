"""Regenerate everything built from the sources in ui/ and resources/.

Run from anywhere: ``python resources/build_resources.py``. Steps, in order:

1. ``ui/*.ui`` -> ``desktop_app/gui/forms/ui_*.py`` (pyside6-uic);
2. ``resources/translations/*.ts``: pyside6-lupdate over the GUI sources and ui/*.ui, plus
   the core and command-line messages (``_("...")`` literals found with ``ast``, context
   ``core``) and the page titles (context ``pages``); existing translations are kept;
3. ``*.ts`` -> ``*.qm`` (pyside6-lrelease);
4. ``resources/resources.qrc`` -> ``desktop_app/gui/resources_rc.py`` (pyside6-rcc).

``tests/gui/test_generated_up_to_date.py`` checks that step 1 gives no diff.
"""

from __future__ import annotations

import argparse
import ast
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent
UI_DIR = ROOT / "ui"
FORMS_DIR = ROOT / "desktop_app" / "gui" / "forms"
RESOURCES = ROOT / "resources"
TRANSLATIONS = RESOURCES / "translations"
RC_MODULE = ROOT / "desktop_app" / "gui" / "resources_rc.py"
LANGUAGES = ("en",)
SOURCE_LANGUAGE = "id"
# Contexts this script owns in the .ts files (lupdate does not see them).
EXTRACTED_CONTEXTS = ("core", "pages")


def tool(name: str) -> str:
    """A PySide6 tool next to this Python first (the venv), else from PATH."""
    here = Path(sys.executable).parent / name
    if here.exists():
        return str(here)
    found = shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found; install PySide6")
    return found


def run(*args: str) -> None:
    subprocess.run(args, check=True, cwd=ROOT)


# --- 1. forms --------------------------------------------------------------------------------


def compile_forms(out_dir: Path = FORMS_DIR) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for ui in sorted(UI_DIR.glob("*.ui")):
        target = out_dir / f"ui_{ui.stem}.py"
        run(tool("pyside6-uic"), str(ui), "-o", str(target))
        written.append(target)
    return written


# --- 2. translations -------------------------------------------------------------------------


def extract_core_messages(
    folders: tuple[Path, ...] = (ROOT / "desktop_app" / "core", ROOT / "desktop_app" / "cli"),
) -> list[str]:
    """Every ``_("literal")`` in the core and CLI, plus the values of ``*_LABELS`` dicts (role
    labels and the like, translated through ``_(VARIABLE)``), in source order."""
    found: dict[str, None] = {}
    for folder in folders:
        for path in sorted(folder.rglob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
            for node in ast.walk(tree):
                if (
                    isinstance(node, ast.Call)
                    and isinstance(node.func, ast.Name)
                    and node.func.id == "_"
                    and node.args
                    and isinstance(node.args[0], ast.Constant)
                    and isinstance(node.args[0].value, str)
                ):
                    found.setdefault(node.args[0].value, None)
                elif isinstance(node, ast.Assign | ast.AnnAssign) and isinstance(
                    node.value, ast.Dict
                ):
                    targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                    names = [t.id for t in targets if isinstance(t, ast.Name)]
                    if any(n.endswith("_LABELS") for n in names):
                        for value in node.value.values:
                            if isinstance(value, ast.Constant) and isinstance(value.value, str):
                                found.setdefault(value.value, None)
    return list(found)


def extract_page_titles() -> list[str]:
    """The second argument of each ``PageSpec(...)`` in gui/pages/__init__.py."""
    path = ROOT / "desktop_app" / "gui" / "pages" / "__init__.py"
    titles: dict[str, None] = {}
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id == "PageSpec"
            and len(node.args) > 1
            and isinstance(node.args[1], ast.Constant)
        ):
            titles.setdefault(node.args[1].value, None)
    return list(titles)


def read_translations(ts: Path) -> dict[tuple[str, str], tuple[str, str | None]]:
    """(context, source) -> (translation, type attribute) of an existing .ts file."""
    if not ts.exists():
        return {}
    known = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            node = message.find("translation")
            if node is None:
                continue
            known[(name, message.findtext("source", ""))] = (node.text or "", node.get("type"))
    return known


def _context_xml(name: str, sources: list[str], known: dict) -> str:
    lines = ["<context>", f"    <name>{name}</name>"]
    for source in sources:
        text, kind = known.get((name, source), ("", "unfinished"))
        if not text:
            kind = "unfinished"
        attr = f' type="{kind}"' if kind and kind != "vanished" and kind != "obsolete" else ""
        lines += [
            "    <message>",
            f"        <source>{escape(source)}</source>",
            f"        <translation{attr}>{escape(text)}</translation>",
            "    </message>",
        ]
    lines.append("</context>")
    return "\n".join(lines)


def update_translations() -> list[Path]:
    core = extract_core_messages()
    pages = extract_page_titles()
    # The forms are read from ui/*.ui: lupdate's Python parser skips uic's u"..." literals.
    sources = [
        str(p.relative_to(ROOT))
        for p in sorted((ROOT / "desktop_app" / "gui").rglob("*.py"))
        if p.name != "resources_rc.py" and p.parent != FORMS_DIR
    ] + [str(p.relative_to(ROOT)) for p in sorted(UI_DIR.glob("*.ui"))]
    written = []
    for lang in LANGUAGES:
        ts = TRANSLATIONS / f"loket_{lang}.ts"
        known = read_translations(ts)
        run(
            tool("pyside6-lupdate"),
            *sources,
            "-no-obsolete",
            "-locations",
            "none",
            "-source-language",
            SOURCE_LANGUAGE,
            "-target-language",
            lang,
            "-ts",
            str(ts),
        )
        text = ts.read_text(encoding="utf-8")
        # lupdate dropped our own contexts (not in the GUI sources): put them back in front.
        root = ET.fromstring(text.split("\n", 2)[2] if text.startswith("<?xml") else text)
        kept = [c for c in root.iter("context") if c.findtext("name") not in EXTRACTED_CONTEXTS]
        ours = [_context_xml("core", core, known), _context_xml("pages", pages, known)]
        body = "\n".join(ours + [ET.tostring(c, encoding="unicode").strip() for c in kept])
        ts.write_text(
            '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
            f'<TS version="2.1" language="{lang}" sourcelanguage="{SOURCE_LANGUAGE}">\n'
            f"{body}\n</TS>\n",
            encoding="utf-8",
        )
        written.append(ts)
    return written


def release_translations() -> list[Path]:
    written = []
    for ts in sorted(TRANSLATIONS.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        run(tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm))
        written.append(qm)
    return written


# --- 4. resource module ----------------------------------------------------------------------


def compile_resources(target: Path = RC_MODULE) -> Path:
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "resources_rc.py"
        run(tool("pyside6-rcc"), str(RESOURCES / "resources.qrc"), "-o", str(out))
        body = out.read_text(encoding="utf-8")
    target.write_text(
        "# Generated by resources/build_resources.py from resources/resources.qrc; do not edit.\n"
        + body,
        encoding="utf-8",
    )
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--forms-only", action="store_true", help="only regenerate ui_*.py")
    args = parser.parse_args(argv)
    for path in compile_forms():
        print(path.relative_to(ROOT))
    if args.forms_only:
        return 0
    for path in update_translations() + release_translations() + [compile_resources()]:
        print(path.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
