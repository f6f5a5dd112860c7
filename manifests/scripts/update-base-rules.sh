#!/usr/bin/env bash
# Copies rulesets/rules/*.toml into manifests/base/rules/ and regenerates the file list of
# the palisade-rules configMapGenerator (kustomize cannot read outside manifests/base).
# netpol/tests/manifests.rs fails when the copy is stale.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
src="$here/../rulesets/rules"
dst="$here/base/rules"
rm -f "$dst"/*.toml
cp "$src"/*.toml "$dst"/
python3 - "$here/base/kustomization.yaml" "$dst" <<'PY'
import os, re, sys
path, rules = sys.argv[1], sys.argv[2]
text = open(path).read()
files = "".join(f"      - rules/{f}\n" for f in sorted(os.listdir(rules)) if f.endswith(".toml"))
new, n = re.subn(r"(  - name: palisade-rules\n    files:\n)(?:      - rules/[^\n]+\n)+", lambda m: m.group(1) + files, text)
if n != 1:
    sys.exit(f"{path}: palisade-rules generator not found")
open(path, "w").write(new)
PY
echo "copied $(ls "$dst"/*.toml | wc -l) rule files to $dst"
