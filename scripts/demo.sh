#!/usr/bin/env bash
# Sets hfk up and processes the three bundled demo submissions (demo/*), printing where the reports are.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
for submission in demo/vollstaendig demo/unvollstaendig demo/scan; do
  name=$(basename "$submission")
  received=$(.venv/bin/python -c "import json,sys; print(json.load(open(sys.argv[1]))['received'])" "demo/$name.truth.json")
  echo
  echo "== Demo-Einsendung '$name' (Eingang $received)"
  .venv/bin/hfk process --received "$received" --out "out/demo/$name" "$submission"
done
echo
echo "Berichte: $(pwd)/out/demo/*/report.html"
