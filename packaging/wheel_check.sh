#!/usr/bin/env bash
# The wheel as a user gets it: build the sdist and the wheel from it (python -m build), install the wheel with
# its dependencies into a fresh venv (not editable), and run the installed CLI from a folder outside the
# checkout: init, registry load, import of a synthetic street package, package export and verify.
# Usage: packaging/wheel_check.sh [WORK_DIR]   (default: a temporary folder, removed afterwards)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
if [ $# -gt 0 ]; then
  work="$1"
  rm -rf "$work" && mkdir -p "$work"
else
  work="$(mktemp -d "${TMPDIR:-/tmp}/greendesk-wheel.XXXXXX")"
  trap 'rm -rf "$work"' EXIT
fi
started=$SECONDS
step() { echo "wheel check [$((SECONDS - started))s]: $*"; }

step "building the sdist and the wheel"
python -m build --quiet --outdir "$work/dist" "$root" >"$work/build.log" 2>&1 || { cat "$work/build.log"; exit 1; }
wheels=("$work"/dist/greendesk-*.whl)
[ "${#wheels[@]}" -eq 1 ] || { echo "expected one wheel in $work/dist" >&2; exit 1; }

step "installing ${wheels[0]##*/} into a fresh venv"
python -m venv "$work/venv"
"$work/venv/bin/python" -m pip install --quiet --disable-pip-version-check --no-compile "${wheels[0]}" >"$work/pip.log" 2>&1 \
  || { cat "$work/pip.log"; exit 1; }

cd "$work"  # nothing of the checkout on the import path
python="$work/venv/bin/python"
greendesk="$work/venv/bin/greendesk"
export GREENDESK_ANCHOR_DIR="$work/anchors" GREENDESK_LANG=en QT_QPA_PLATFORM=offscreen
export GREENDESK_USER=admin GREENDESK_PASSWORD=wheel-check-pass-1
data="$work/workspace"

step "the installed package reads its own resources"
"$python" - "$work/venv" <<'PY'
import sys
from pathlib import Path

import greendesk
from greendesk.core.base import paths

venv = Path(sys.argv[1]).resolve()
for where in (Path(greendesk.__file__), paths.resources_dir(), paths.translations_dir()):
    if venv not in where.resolve().parents:
        sys.exit(f"{where} is not inside the fresh venv {venv}")
for needed in ("registry/beijing_counts_2023.csv", "standards/national-2020-trial.json", "fonts/wqy-microhei.ttc"):
    if not (paths.resources_dir() / needed).is_file():
        sys.exit(f"the wheel lacks resources/{needed}")
if not (paths.translations_dir() / "greendesk_zh_CN.qm").is_file():
    sys.exit("the wheel lacks translations/greendesk_zh_CN.qm")
PY
"$greendesk" --version

step "init, registry load"
printf '%s\n' "$GREENDESK_PASSWORD" | "$greendesk" --data-dir "$data" init --district 110105 --admin admin --password-stdin
"$greendesk" --data-dir "$data" registry load

step "a synthetic street package, imported"
street="$("$python" - "$data" "$work/street" <<'PY'
import random
import sys
from pathlib import Path

from greendesk.core.demo.synthetic import CommunityFigures, write_street_package
from greendesk.core.registry import roster
from greendesk.core.workspace import Workspace

with Workspace.open(Path(sys.argv[1])) as workspace:
    street = roster.list_streets(workspace)[0]
    picked = [c for c in roster.list_communities(workspace, street_code=street.code) if c.in_scope][:1]
figures = [CommunityFigures(c.code, c.name, c.households or 1000, (c.households or 1000) // 2) for c in picked]
write_street_package(Path(sys.argv[2]), street.name, figures, random.Random(19), 2022, list(range(1, 17)), 2)
print(street.code, picked[0].code)
PY
)"
read -r street community <<<"$street"
"$greendesk" --data-dir "$data" import "$work/street" --year 2022 --street "$street"

step "review (items decided in one process: a CLI call per item would take a minute), finish, sign off"
"$python" - "$data" "$community" <<'PY'
import os
import sys
from pathlib import Path

from greendesk.core import accounts
from greendesk.core.review import commands
from greendesk.core.workspace import Workspace

with Workspace.open(Path(sys.argv[1])) as workspace:
    accounts.sign_in(workspace, os.environ["GREENDESK_USER"], os.environ["GREENDESK_PASSWORD"])
    for item in range(1, 17):
        commands.decide(workspace, sys.argv[2], item, "pass", "", 2022)
PY
"$greendesk" --data-dir "$data" review finish "$community"
"$greendesk" --data-dir "$data" review signoff "$community"

step "export and verify the package"
"$greendesk" --data-dir "$data" export package --year 2022 --out "$work/package.zip"
"$greendesk" verify "$work/package.zip" --against "$data"
step "passed"
