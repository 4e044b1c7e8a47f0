#!/usr/bin/env bash
# Build the PyInstaller bundle (build.spec) and prove it works:
#   size of dist/loket-dukcapil at most 170 MB, `loket --version`, `loket selfcheck`.
# Works in a fresh clone as root on Debian 12. The bundle carries neither GL nor fonts: the PC
# needs libgl1 libegl1 fontconfig-config fonts-dejavu-core (installed by .ci/run).
# PYTHON names the interpreter to build with; default .venv/bin/python (the environment .ci/run
# makes from the README), else a new .venv-bundle. BUNDLE_SKIP_INSTALL=1 skips the pip step
# (an environment that already has everything, e.g. a shared development venv).
set -euo pipefail
cd "$(dirname "$0")/.."

MAX_MB=170
export PIP_DISABLE_PIP_VERSION_CHECK=1

if [ -z "${PYTHON:-}" ]; then
  if [ -x .venv/bin/python ]; then
    PYTHON=.venv/bin/python
  else
    python3 -m venv .venv-bundle
    PYTHON=.venv-bundle/bin/python
  fi
fi
if [ "${BUNDLE_SKIP_INSTALL:-0}" != 1 ]; then
  echo "== install with the dev extra (PyInstaller) and PostgreSQL support"
  "$PYTHON" -m pip install -q -c requirements.lock -e ".[dev,postgres]"
fi

echo "== pyinstaller build.spec"
rm -rf build dist/loket-dukcapil
"$PYTHON" -m PyInstaller --noconfirm --log-level WARN build.spec

bundle=dist/loket-dukcapil
bundle_abs=$(pwd)/$bundle
size_mb=$(du -sm "$bundle" | cut -f1)
echo "bundle: $(du -sh "$bundle" | cut -f1) ($size_mb MB) in $bundle"
if [ "$size_mb" -gt "$MAX_MB" ]; then
  echo "bundle too big: $size_mb MB > $MAX_MB MB" >&2
  exit 1
fi

missing=$(find "$bundle" -name '*.so*' -type f -exec ldd {} + 2>/dev/null | grep 'not found' | sort -u || true)
if [ -n "$missing" ]; then
  echo "libraries the bundle needs but this machine lacks:" >&2
  echo "$missing" >&2
fi

echo "== $bundle/loket --version"
"$bundle/loket" --version

echo "== $bundle/loket selfcheck"
check_dir=$(mktemp -d)
trap 'rm -rf "$check_dir"' EXIT
# Run from elsewhere, so nothing can be imported from the source tree by accident.
(cd "$check_dir" && LOKET_DATA_DIR="$check_dir/home" QT_QPA_PLATFORM=offscreen \
  "$bundle_abs/loket" selfcheck)
echo "== bundle OK"
