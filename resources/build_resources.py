"""Regenerate everything built from the sources in ui/ and resources/.

Run from anywhere: ``python resources/build_resources.py``. Steps, in order:

1. ``ui/*.ui`` -> ``desktop_app/gui/forms/ui_*.py`` (pyside6-uic);
2. ``resources/translations/*.ts``: pyside6-lupdate over the GUI sources and ui/*.ui, plus
   the core and command-line messages (``_("...")`` literals found with ``ast``, context
   ``core``) and the page titles (context ``pages``); existing translations are kept;
3. ``*.ts`` -> ``*.qm`` (pyside6-lrelease);
4. ``resources/resources.qrc`` -> ``desktop_app/gui/resources_rc.py`` (pyside6-rcc).

``tests/gui/test_generated_up_to_date.py`` checks that steps 1, 3 and 4 give no diff.
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


# Modules that draw official documents (PDF): their text stays Indonesian (they run inside
# ``i18n.official_document``), so only the refusals they raise are for translation.
DOCUMENT_MODULES = (
    "report_pdf.py",
    "legal_print.py",
    "endorsement.py",
    "performance/pdf.py",
    "performance/xlsx.py",
    "performance/notes.py",
)
DOCUMENT_PACKAGES = ("pdf",)  # desktop_app/core/pdf: the foundation every document is built on
# Vocabularies translated through a variable (``_(meaning)`` in a loop over the dict) that the
# indirect-use rule below cannot see.
VOCABULARIES = ("PLACEHOLDERS",)


def _is_underscore_call(node: ast.AST) -> bool:
    """``_(...)``, or ``N_(...)`` (marked where declared, translated where shown)."""
    return (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id in ("_", "N_")
        and bool(node.args)
    )


def _indirect_name(arg: ast.AST) -> str | None:
    """``X`` in ``_(X)``, ``_(X[k])``, ``_(X.get(k, d))`` (also ``_(mod.X[k])``)."""
    if isinstance(arg, ast.Subscript):
        arg = arg.value
    elif (
        isinstance(arg, ast.Call) and isinstance(arg.func, ast.Attribute) and arg.func.attr == "get"
    ):
        arg = arg.func.value
    if isinstance(arg, ast.Name):
        return arg.id
    if isinstance(arg, ast.Attribute):
        return arg.attr
    return None


def _literal_strings(value: ast.AST) -> list[str]:
    if isinstance(value, ast.Dict):
        items = value.values
    elif isinstance(value, ast.Tuple | ast.List):
        items = value.elts
    else:
        items = [value]
    return [
        v.value
        for v in items
        if isinstance(v, ast.Constant) and isinstance(v.value, str) and v.value.strip()
    ]


def extract_core_messages(
    folders: tuple[Path, ...] = (
        ROOT / "desktop_app" / "core",
        ROOT / "desktop_app" / "cli",
        ROOT / "desktop_app" / "gui",
    ),
) -> list[str]:
    """Every ``_("literal")`` in the core, CLI and GUI (context ``core``), plus the texts
    translated indirectly: the values of module-level dicts, tuples and constants that reach
    ``_()`` as ``_(NAME[...])`` / ``_(NAME.get(...))`` / ``_(NAME)``, of ``*_LABELS`` dicts and
    of :data:`VOCABULARIES`. Document modules contribute only the messages they raise."""
    found: dict[str, None] = {}
    indirect: set[str] = set(VOCABULARIES)
    module_values: list[tuple[str, ast.AST]] = []
    paths = [
        p
        for folder in folders
        for p in sorted(folder.rglob("*.py"))
        if p.name != "resources_rc.py" and p.parent != FORMS_DIR and "migrations" not in p.parts
    ]
    for path in paths:
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        document = (
            any(path.as_posix().endswith("/" + m) for m in DOCUMENT_MODULES)
            or path.parent.name in DOCUMENT_PACKAGES
        )
        raised: set[int] = set()
        if document:
            for node in ast.walk(tree):
                if isinstance(node, ast.Raise):
                    raised.update(id(sub) for sub in ast.walk(node))
        for node in ast.walk(tree):
            if _is_underscore_call(node):
                arg = node.args[0]
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                    if not document or id(node) in raised:
                        found.setdefault(arg.value, None)
                elif not document:
                    name = _indirect_name(arg)
                    if name:
                        indirect.add(name)
        for node in tree.body:  # module level only
            if isinstance(node, ast.Assign | ast.AnnAssign) and node.value is not None:
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                for target in targets:
                    if isinstance(target, ast.Name):
                        module_values.append((target.id, node.value))
    for name, value in module_values:
        if name in indirect or (name.endswith("_LABELS") and isinstance(value, ast.Dict)):
            for text in _literal_strings(value):
                found.setdefault(text, None)
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


def update_translations(out_dir: Path = TRANSLATIONS) -> list[Path]:
    """Write ``loket_<lang>.ts`` into ``out_dir`` keeping the translations of the committed files
    (a temporary ``out_dir`` gives the tests today's list of source texts)."""
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
        ts = out_dir / f"loket_{lang}.ts"
        known = read_translations(TRANSLATIONS / f"loket_{lang}.ts")
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


def release_translations(out_dir: Path | None = None) -> list[Path]:
    """``*.ts`` -> ``*.qm`` beside them (or into ``out_dir``: the tests compare)."""
    written = []
    for ts in sorted(TRANSLATIONS.glob("*.ts")):
        qm = (out_dir / ts.name if out_dir else ts).with_suffix(".qm")
        run(tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm))
        written.append(qm)
    return written


# --- 4. resource module ----------------------------------------------------------------------


def compile_resources(target: Path = RC_MODULE, source: Path = RESOURCES) -> Path:
    """``source``/resources.qrc (style sheet, icons, the .qm files beside their .ts) -> the
    module; the tests compile from a copy of ``resources/`` with freshly released .qm files,
    which git does not keep."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "resources_rc.py"
        # Format 1 stores no file times, so rebuilding unchanged sources gives the same module.
        run(
            tool("pyside6-rcc"),
            "--format-version",
            "1",
            str(source / "resources.qrc"),
            "-o",
            str(out),
        )
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
