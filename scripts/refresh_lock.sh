#!/usr/bin/env bash
# Refresh requirements.lock from pyproject.toml, then prove the new lock: a fresh virtual
# environment installed from it, ruff, mypy and the whole test suite.
#
# requirements.lock pins every package the app, the tests, the linters and the bundle use, for
# Linux and Windows alike (uv's --universal adds the platform markers). CI, the README's two
# commands and scripts/build_bundle.sh all install with `pip install -c requirements.lock`.
# Commit the new lock only when this script ends with "lock OK".
#
# Usage: bash scripts/refresh_lock.sh [--upgrade-package NAME ...]   (default: keep pins that
# still satisfy pyproject.toml; `--upgrade` moves everything to the newest releases)
set -euo pipefail
cd "$(dirname "$0")/.."
export PIP_DISABLE_PIP_VERSION_CHECK=1

tools=$(mktemp -d)
trap 'rm -rf "$tools"' EXIT
python3 -m venv "$tools/uv"
"$tools/uv/bin/pip" install -q uv
"$tools/uv/bin/uv" pip compile pyproject.toml --extra test --extra dev --extra postgres \
  --universal --python-version 3.11 --output-file requirements.lock "$@"

echo "== fresh environment from the lock"
python3 -m venv "$tools/venv"
"$tools/venv/bin/pip" install -q -c requirements.lock -e ".[test,dev,postgres]"
"$tools/venv/bin/pip" check

echo "== ruff, mypy, tests"
"$tools/venv/bin/ruff" check desktop_app tests bench resources scripts
"$tools/venv/bin/ruff" format --check desktop_app tests bench resources scripts
"$tools/venv/bin/mypy"
QT_QPA_PLATFORM=offscreen "$tools/venv/bin/python" -m pytest -q -p no:cacheprovider
echo "lock OK"
