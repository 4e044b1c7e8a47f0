"""One language for the field keys of ValidationError.problems: the core names a bad field by
the name its own API gives that value (a keyword argument, a dataclass field or a column), so
the keys are English like the code, and a form or the importer maps them to what a person
reads (``requests.FIELD_LABELS``, the import file's column names)."""

from __future__ import annotations

import ast
from pathlib import Path

CORE = Path(__file__).resolve().parents[2] / "desktop_app" / "core"


def _sources() -> list[tuple[Path, ast.Module]]:
    return [
        (path, ast.parse(path.read_text(encoding="utf-8")))
        for path in sorted(CORE.rglob("*.py"))
        if "migrations" not in path.parts
    ]


def _is_message(node: ast.expr) -> bool:
    """``_("...")`` or ``exc.message``: the second half of a (field, message) problem."""
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
        return node.func.id == "_"
    return isinstance(node, ast.Attribute) and node.attr == "message"


def problem_keys() -> dict[str, str]:
    """Every literal field key the core puts in a problem, with where it stands."""
    keys: dict[str, str] = {}
    for path, tree in _sources():
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Tuple)
                and len(node.elts) == 2
                and isinstance(node.elts[0], ast.Constant)
                and isinstance(node.elts[0].value, str)
                and _is_message(node.elts[1])
            ):
                keys.setdefault(node.elts[0].value, f"{path.relative_to(CORE)}:{node.lineno}")
    return keys


def api_names() -> set[str]:
    """Parameter names, dataclass fields and model columns declared in the core, and the keys
    of the settings registry (a bad setting is named by its key)."""
    from desktop_app.core import options

    names: set[str] = set(options.REGISTRY)
    for _path, tree in _sources():
        for node in ast.walk(tree):
            if isinstance(node, ast.arg):
                names.add(node.arg)
            elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
                names.add(node.target.id)
    return names


def test_problem_keys_are_the_names_of_the_core_api():
    keys = problem_keys()
    assert len(keys) > 20  # the scan finds the core's problems at all
    names = api_names()
    strangers = {key: where for key, where in keys.items() if key not in names}
    assert strangers == {}, "problem keys that name no argument, field or column"


def test_request_field_labels_use_the_same_keys():
    from desktop_app.core import requests as rq

    assert set(rq.FIELD_LABELS) <= api_names()
