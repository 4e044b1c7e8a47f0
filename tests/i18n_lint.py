"""Find user-visible string literals that bypass the translator.

A literal (or f-string, or concatenation) with letters in it that reaches a Qt text setter,
a widget constructor, a message box, a file dialog caption ... without going through
``tr()`` / ``QCoreApplication.translate()`` / ``QT_TRANSLATE_NOOP`` / ``_()`` is reported.
Variables are followed one step: ``text = f"..."; label.setText(text)`` is caught too.
``tr(f"...")`` is reported as well: lupdate cannot extract a computed source text.

Also reported: ``other.tr(...)`` (lupdate files the text under the calling class, Qt looks it
up under ``other``'s class) and bare ``tr(...)``/``_tr(...)`` aliases lupdate cannot place.

Run ``python tests/i18n_lint.py`` for a list; ``tests/gui/test_translations.py`` asserts it
is empty. A line may opt out with ``# i18n: not visible`` (e.g. an object name).
"""

from __future__ import annotations

import ast
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GUI = ROOT / "desktop_app" / "gui"
CORE_DIRS = (ROOT / "desktop_app" / "core", ROOT / "desktop_app" / "cli")

# method name -> indexes of the arguments that are shown to the user (None: all of them)
TEXT_METHODS: dict[str, tuple[int, ...] | None] = {
    "setText": (0,),
    "setWindowTitle": (0,),
    "setToolTip": (0,),
    "setStatusTip": (0,),
    "setWhatsThis": (0,),
    "setPlaceholderText": (0,),
    "setTitle": (0,),
    "setSubTitle": (0,),
    "setLabelText": (0,),
    "setInformativeText": (0,),
    "setDetailedText": (0,),
    "setButtonText": (1,),
    "setCancelButtonText": (0,),
    "setOkButtonText": (0,),
    "setSpecialValueText": (0,),
    "setSuffix": (0,),
    "setPrefix": (0,),
    "setTabText": (1,),
    "setItemText": (1,),
    "setHtml": (0,),
    "setPlainText": (0,),
    "setAccessibleName": (0,),
    "showMessage": (0,),
    "addItem": (0,),
    "addItems": (0,),
    "insertItem": (1,),
    "addTab": (1,),
    "insertTab": (2,),
    "addAction": (0,),
    "addMenu": (0,),
    "addButton": (0,),
    "addRow": (0,),
    "addWidget": (),
    "setHorizontalHeaderLabels": (0,),
    "setVerticalHeaderLabels": (0,),
    "setHeaderLabels": (0,),
    "setHeaderLabel": (0,),
    "setDefaultSuffix": (),
}
# Qt classes whose constructor's first argument(s) are visible text.
TEXT_CONSTRUCTORS: dict[str, tuple[int, ...]] = {
    "QLabel": (0,),
    "QPushButton": (0, 1),
    "QToolButton": (),
    "QCheckBox": (0,),
    "QRadioButton": (0,),
    "QGroupBox": (0,),
    "QCommandLinkButton": (0, 1),
    "QAction": (0, 1),
    "QMenu": (0,),
    "QTableWidgetItem": (0,),
    "QListWidgetItem": (0,),
    "QTreeWidgetItem": (0,),
    "QStandardItem": (0,),
    "QProgressDialog": (0, 1),
    "QMessageBox": (1, 2),
}
# Static helpers: Class.method -> visible argument indexes.
STATIC_CALLS: dict[tuple[str, str], tuple[int, ...]] = {
    **{("QMessageBox", m): (1, 2) for m in ("information", "warning", "critical", "question")},
    ("QMessageBox", "about"): (1, 2),
    ("QInputDialog", "getText"): (1, 2),
    ("QInputDialog", "getInt"): (1, 2),
    ("QInputDialog", "getItem"): (1, 2),
    ("QInputDialog", "getMultiLineText"): (1, 2),
    ("QFileDialog", "getSaveFileName"): (1, 3),
    ("QFileDialog", "getOpenFileName"): (1, 3),
    ("QFileDialog", "getOpenFileNames"): (1, 3),
    ("QFileDialog", "getExistingDirectory"): (1,),
    ("QToolTip", "showText"): (1,),
}
# Keyword arguments that carry visible text, whatever the call.
TEXT_KEYWORDS = {"text", "title", "toolTip", "placeholderText", "windowTitle", "caption", "filter"}
TRANSLATORS = {"tr", "translate", "_", "QT_TRANSLATE_NOOP", "QT_TR_NOOP", "qsTr"}
OPT_OUT = "# i18n: not visible"


@dataclass(frozen=True)
class Finding:
    path: Path
    line: int
    call: str
    text: str

    def __str__(self) -> str:
        return f"{self.path.relative_to(ROOT)}:{self.line}: {self.call}({self.text!r})"


def _has_letters(text: str) -> bool:
    return any(ch.isalpha() for ch in text)


def _is_translator_call(node: ast.AST) -> bool:
    if not isinstance(node, ast.Call):
        return False
    func = node.func
    name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
    if name in TRANSLATORS:
        return True
    # tr("… {x}").format(x=…) / .arg(...) / .replace(...) on a translated text
    if isinstance(func, ast.Attribute) and func.attr in {"format", "arg", "replace", "strip"}:
        return _is_translator_call(func.value)
    return False


def visible_literal(node: ast.AST | None) -> str | None:
    """The untranslated visible text this expression carries, or None."""
    if node is None or _is_translator_call(node):
        return None
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value if _has_letters(node.value) else None
    if isinstance(node, ast.JoinedStr):
        parts = "".join(
            v.value for v in node.values if isinstance(v, ast.Constant) and isinstance(v.value, str)
        )
        if _has_letters(parts):
            return ast.unparse(node)
        # f"{tr(...)} {x}" built from translated pieces only: look inside
        for v in node.values:
            if isinstance(v, ast.FormattedValue):
                found = visible_literal(v.value)
                if found:
                    return found
        return None
    if isinstance(node, ast.BinOp):
        return visible_literal(node.left) or visible_literal(node.right)
    if isinstance(node, ast.IfExp):
        return visible_literal(node.body) or visible_literal(node.orelse)
    if isinstance(node, ast.BoolOp):
        for value in node.values:
            found = visible_literal(value)
            if found:
                return found
        return None
    if isinstance(node, ast.List | ast.Tuple):
        for elt in node.elts:
            found = visible_literal(elt)
            if found:
                return found
        return None
    if isinstance(node, ast.Call):
        func = node.func
        # "…".format(...) / "…".join(...) on a literal
        if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Constant):
            return visible_literal(func.value)
        if isinstance(func, ast.Attribute) and func.attr in {"format", "join"}:
            return visible_literal(func.value)
    return None


class _Checker(ast.NodeVisitor):
    def __init__(self, path: Path, source: str) -> None:
        self.path = path
        self.lines = source.splitlines()
        self.findings: list[Finding] = []
        self.assignments: list[dict[str, list[ast.AST]]] = [{}]

    # Track simple assignments per function, so a variable passed to a setter is followed.
    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:
        scope: dict[str, list[ast.AST]] = {}
        for sub in ast.walk(node):
            if isinstance(sub, ast.Assign):
                for target in sub.targets:
                    if isinstance(target, ast.Name):
                        scope.setdefault(target.id, []).append(sub.value)
            elif isinstance(sub, ast.AnnAssign) and isinstance(sub.target, ast.Name) and sub.value:
                scope.setdefault(sub.target.id, []).append(sub.value)
        self.assignments.append(scope)
        self.generic_visit(node)
        self.assignments.pop()

    visit_AsyncFunctionDef = visit_FunctionDef  # type: ignore[assignment]

    def _check(self, call: ast.Call, label: str, arg: ast.AST) -> None:
        candidates = [arg]
        if isinstance(arg, ast.Name):
            candidates = self.assignments[-1].get(arg.id, [])
        for value in candidates:
            text = visible_literal(value)
            if text is None:
                continue
            line = self.lines[call.lineno - 1] if call.lineno <= len(self.lines) else ""
            end = getattr(call, "end_lineno", call.lineno) or call.lineno
            span = self.lines[call.lineno - 1 : end]
            if any(OPT_OUT in part for part in span) or OPT_OUT in line:
                continue
            self.findings.append(Finding(self.path, value.lineno, label, text))

    def visit_Call(self, node: ast.Call) -> None:
        func = node.func
        indexes: tuple[int, ...] | None = ()
        label = ""
        if isinstance(func, ast.Attribute):
            owner = func.value.id if isinstance(func.value, ast.Name) else ""
            if (owner, func.attr) in STATIC_CALLS:
                indexes, label = STATIC_CALLS[(owner, func.attr)], f"{owner}.{func.attr}"
            elif func.attr in TEXT_METHODS:
                indexes, label = TEXT_METHODS[func.attr], func.attr
            elif func.attr in TRANSLATORS:
                self._check_translator_argument(node, func.attr)
            if func.attr == "tr" and not (
                isinstance(func.value, ast.Name) and func.value.id == "self"
            ):
                # lupdate files it under the calling class, Qt looks it up under the receiver's
                self.findings.append(
                    Finding(self.path, node.lineno, "tr on another object", ast.unparse(node)[:80])
                )
        elif isinstance(func, ast.Name):
            if func.id in TEXT_CONSTRUCTORS:
                indexes, label = TEXT_CONSTRUCTORS[func.id], func.id
            elif func.id in {"_tr", "tr"} and node.args:
                # an alias lupdate cannot attach to a context
                self.findings.append(
                    Finding(self.path, node.lineno, "translation alias", ast.unparse(node)[:80])
                )
            elif func.id in TRANSLATORS:
                self._check_translator_argument(node, func.id)
        if label:
            for index in indexes if indexes is not None else range(len(node.args)):
                if index < len(node.args):
                    self._check(node, label, node.args[index])
            for keyword in node.keywords:
                if keyword.arg in TEXT_KEYWORDS:
                    self._check(node, f"{label}({keyword.arg}=)", keyword.value)
        self.generic_visit(node)

    def _check_translator_argument(self, node: ast.Call, name: str) -> None:
        """``tr(f"...")`` and ``tr("a" + b)`` cannot be extracted by lupdate."""
        index = 1 if name in {"translate", "QT_TRANSLATE_NOOP"} else 0
        if index < len(node.args):
            arg = node.args[index]
            if isinstance(arg, ast.JoinedStr | ast.BinOp):
                self.findings.append(
                    Finding(self.path, node.lineno, f"{name} (computed)", ast.unparse(arg))
                )


def gui_files() -> list[Path]:
    return [
        p
        for p in sorted(GUI.rglob("*.py"))
        if p.name != "resources_rc.py" and p.parent.name != "forms"
    ]


def check_files(paths: list[Path]) -> list[Finding]:
    findings: list[Finding] = []
    for path in paths:
        source = path.read_text(encoding="utf-8")
        checker = _Checker(path, source)
        checker.visit(ast.parse(source, str(path)))
        findings += checker.findings
    return findings


# --- core: messages raised or printed for the user -------------------------------------------

CORE_ERRORS = {
    "LoketError",
    "ValidationError",
    "PermissionDenied",
    "NotFound",
    "Conflict",
    "DatabaseError",
    "UsageError",
    "ImportRejected",
    "LoginFailed",
}


class _CoreChecker(ast.NodeVisitor):
    """In the core and CLI: error messages, ``problems`` entries and ``print()`` output."""

    def __init__(self, path: Path, source: str) -> None:
        self.path = path
        self.lines = source.splitlines()
        self.findings: list[Finding] = []

    def _report(self, node: ast.AST, label: str, value: ast.AST) -> None:
        text = visible_literal(value)
        if text is None:
            return
        line = self.lines[node.lineno - 1]
        if OPT_OUT in line:
            return
        self.findings.append(Finding(self.path, value.lineno, label, text))

    def visit_Call(self, node: ast.Call) -> None:
        func = node.func
        name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
        if name in CORE_ERRORS or name.endswith("Error") and name[0].isupper():
            if name not in {"ValueError", "TypeError", "KeyError", "RuntimeError", "OSError"}:
                for arg in node.args[:1]:
                    self._report(node, name, arg)
                for keyword in node.keywords:
                    if keyword.arg in {"message", "problems"}:
                        self._report(node, f"{name}({keyword.arg}=)", keyword.value)
                if len(node.args) > 1:
                    self._problems(node, name, node.args[1])
        if isinstance(func, ast.Attribute) and func.attr in {"error", "exit"} and node.args:
            owner = func.value
            if isinstance(owner, ast.Name) and owner.id in {"parser", "sub", "p"}:
                self._report(node, f"{owner.id}.{func.attr}", node.args[-1])
        self.generic_visit(node)

    def _problems(self, node: ast.Call, name: str, value: ast.AST) -> None:
        if isinstance(value, ast.List | ast.Tuple):
            for elt in value.elts:
                if isinstance(elt, ast.Tuple) and len(elt.elts) == 2:
                    self._report(node, f"{name} problem", elt.elts[1])


def check_core_files(paths: list[Path] | None = None) -> list[Finding]:
    if paths is None:
        paths = [p for folder in CORE_DIRS for p in sorted(folder.rglob("*.py"))]
    findings: list[Finding] = []
    for path in paths:
        if "migrations" in path.parts:
            continue
        source = path.read_text(encoding="utf-8")
        checker = _CoreChecker(path, source)
        checker.visit(ast.parse(source, str(path)))
        findings += checker.findings
    return findings


if __name__ == "__main__":
    results = check_files(gui_files()) + check_core_files()
    for finding in results:
        print(finding)
    print(f"{len(results)} finding(s)", file=sys.stderr)
    sys.exit(1 if results else 0)
