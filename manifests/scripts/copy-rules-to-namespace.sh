#!/usr/bin/env bash
# copy-rules-to-namespace.sh NAMESPACE...
# Injected pods mount the rules (and, if configured, the proxy config) from ConfigMaps in
# their *own* namespace — a pod cannot mount another namespace's ConfigMap. This copies
# palisade-rules and palisade-proxy-config from palisade-system into each NAMESPACE
# (server-side apply: the rules are larger than client-side apply's annotation limit).
# Run it when opting a namespace in, and again after changing the rules; running proxies
# pick up the new rules within a few seconds (no restart).
set -euo pipefail
[ $# -ge 1 ] || { echo "usage: $0 NAMESPACE..." >&2; exit 2; }
src_ns="${PALISADE_NAMESPACE:-palisade-system}"
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
for cm in palisade-rules palisade-proxy-config; do
  # Keep data only: drop the source's namespace, uid, resourceVersion, owner fields.
  kubectl get configmap "$cm" -n "$src_ns" -o json > "$tmp/$cm.json"
  python3 - "$tmp/$cm.json" <<'PY'
import json, sys
p = sys.argv[1]
cm = json.load(open(p))
out = {"apiVersion": "v1", "kind": "ConfigMap",
       "metadata": {"name": cm["metadata"]["name"],
                    "labels": {"app.kubernetes.io/part-of": "palisade",
                               "palisade.io/copied-from": "palisade-system"}},
       "data": cm.get("data", {})}
json.dump(out, open(p, "w"))
PY
  for ns in "$@"; do
    kubectl apply --server-side --force-conflicts --field-manager=palisade-copy -n "$ns" -f "$tmp/$cm.json"
  done
done
