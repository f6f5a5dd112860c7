#!/usr/bin/env bash
# validate.sh [MANIFESTS_DIR]: checks every kustomization under manifests/.
#
#  1. builds it with `kubectl kustomize` (works with kustomize v2.0.3 — kubectl 1.20, Debian
#     12's kubernetes-client — and later);
#  2. validates every object against the Kubernetes OpenAPI schemas of $K8S_VERSION with
#     `kubernetes-validate --strict` (pip; bundles the schemas, no network). Objects of
#     CRDs it has no schema for (cert-manager, Prometheus Operator) get a structural check;
#     any other kind without a schema is an error;
#  3. Palisade-specific checks: the MutatingWebhookConfiguration (v1 reviews, sideEffects
#     None, deliberate failurePolicy, timeout, opt-in namespaceSelector that excludes
#     palisade-system, service path /mutate), the webhook Deployment and its Service and
#     ConfigMaps, the agent DaemonSet, ConfigMap sizes, the rules copy, image agreement;
#  4. the Grafana dashboard: valid JSON, and every metric in a panel's expr is one the
#     code exports (proxy/src/metrics.rs, netpol/src/metrics.rs).
#
# Exit status 0: all good; 1: a check failed (each failure is printed); 2: a tool is missing.
# Environment: KUBECTL (default kubectl), KUBERNETES_VALIDATE (default kubernetes-validate),
# K8S_VERSION (default 1.30.0).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
dir="$(cd "${1:-$here}" && pwd)"
repo="$(cd "$here/.." && pwd)"
kubectl="${KUBECTL:-kubectl}"
kv="${KUBERNETES_VALIDATE:-kubernetes-validate}"
k8s="${K8S_VERSION:-1.30.0}"

command -v "$kubectl" >/dev/null || { echo "validate.sh: $kubectl not found (Debian: apt-get install kubernetes-client)" >&2; exit 2; }
command -v "$kv" >/dev/null || { echo "validate.sh: $kv not found (pip install kubernetes-validate)" >&2; exit 2; }
command -v python3 >/dev/null || { echo "validate.sh: python3 not found" >&2; exit 2; }

out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
fail=0
n=0
while IFS= read -r k; do
  kdir="$(dirname "$k")"
  name="${kdir#"$dir"/}"
  [ "$kdir" = "$dir" ] && name=root
  safe="$(echo "$name" | tr '/' '_')"
  if ! "$kubectl" kustomize "$kdir" >"$out/$safe.yaml" 2>"$out/$safe.err"; then
    echo "FAIL $name: kubectl kustomize:"; sed 's/^/  /' "$out/$safe.err"; fail=1; continue
  fi
  # A component kustomization only built as part of another is still built here.
  if ! "$kv" --strict -k "$k8s" "$out/$safe.yaml" >"$out/$safe.kv" 2>&1; then
    echo "FAIL $name: kubernetes-validate:"; grep -v '^INFO' "$out/$safe.kv" | sed 's/^/  /'; fail=1
  fi
  n=$((n + 1))
done < <(find "$dir" -name kustomization.yaml -not -path '*/grafana/*' | sort)
[ "$n" -gt 0 ] || { echo "FAIL: no kustomization under $dir"; exit 1; }

python3 - "$dir" "$repo" "$out" <<'PY' || fail=1
import glob, json, os, re, sys
import yaml

mdir, repo, out = sys.argv[1:4]
errors = []
def err(where, msg):
    errors.append(f"{where}: {msg}")

CRD_CHECKS = {
    # kind: required dotted paths (cert-manager.io/v1, monitoring.coreos.com/v1)
    ("cert-manager.io/v1", "Issuer"): [],
    ("cert-manager.io/v1", "Certificate"): ["spec.secretName", "spec.issuerRef.name", "spec.dnsNames"],
    ("monitoring.coreos.com/v1", "PodMonitor"): ["spec.selector", "spec.podMetricsEndpoints"],
    ("monitoring.coreos.com/v1", "ServiceMonitor"): ["spec.selector", "spec.endpoints"],
}

def get(o, path):
    for p in path.split("."):
        if not isinstance(o, dict) or p not in o:
            return None
        o = o[p]
    return o

for f in sorted(glob.glob(os.path.join(out, "*.yaml"))):
    build = os.path.basename(f)[:-5]
    docs = [d for d in yaml.safe_load_all(open(f)) if d]
    kvlog = open(f[:-5] + ".kv").read() if os.path.exists(f[:-5] + ".kv") else ""
    for line in kvlog.splitlines():
        m = re.search(r"Couldn't find schema for kind (\S+) with api version (\S+)", line)
        if m and (m.group(2), m.group(1)) not in CRD_CHECKS:
            err(build, f"no schema for {m.group(2)} {m.group(1)} (a typo, or an unknown CRD)")
    by_kind = {}
    for d in docs:
        key = (d.get("apiVersion"), d.get("kind"))
        by_kind.setdefault(d.get("kind"), []).append(d)
        if key in CRD_CHECKS:
            for path in CRD_CHECKS[key]:
                if not get(d, path):
                    err(build, f"{d['kind']}/{get(d, 'metadata.name')}: {path} missing")
        if d.get("kind") == "ConfigMap":
            size = sum(len(v.encode()) for v in (d.get("data") or {}).values())
            if size > 1000000:
                err(build, f"ConfigMap {get(d, 'metadata.name')}: {size} bytes, over the 1 MiB object limit")
    name = lambda d: get(d, "metadata.name")
    for mw in by_kind.get("MutatingWebhookConfiguration", []):
        for w in mw.get("webhooks", []):
            where = f"{build}: webhook {w.get('name')}"
            if w.get("admissionReviewVersions") != ["v1"]:
                err(where, "admissionReviewVersions must be [v1] (the webhook answers v1 only)")
            if w.get("sideEffects") != "None":
                err(where, "sideEffects must be None")
            if w.get("failurePolicy") not in ("Ignore", "Fail"):
                err(where, "failurePolicy must be set explicitly")
            if not (1 <= int(w.get("timeoutSeconds") or 0) <= 10):
                err(where, "timeoutSeconds must be set, 1-10")
            svc = get(w, "clientConfig.service") or {}
            if svc.get("path") != "/mutate" or svc.get("namespace") != "palisade-system":
                err(where, f"clientConfig.service must be palisade-system/.../mutate, is {svc}")
            sel = w.get("namespaceSelector") or {}
            if (sel.get("matchLabels") or {}).get("palisade.io/inject") != "enabled":
                err(where, "namespaceSelector must match palisade.io/inject=enabled")
            excluded = [e for e in sel.get("matchExpressions") or []
                        if e.get("key") == "kubernetes.io/metadata.name" and e.get("operator") == "NotIn"]
            if not any("palisade-system" in e.get("values", []) for e in excluded):
                err(where, "namespaceSelector must exclude palisade-system by name")
            rules = w.get("rules") or []
            if not any("pods" in r.get("resources", []) and "CREATE" in r.get("operations", []) for r in rules):
                err(where, "rules must cover pods CREATE")
            # The Service it calls exists, and its target port is the webhook's port.
            services = [s for s in by_kind.get("Service", []) if name(s) == svc.get("name")]
            if not services:
                err(where, f"Service {svc.get('name')} is not in the build")
    deployments = {name(d): d for d in by_kind.get("Deployment", [])}
    wd = deployments.get("palisade-webhook")
    if wd is not None or by_kind.get("MutatingWebhookConfiguration"):
        if wd is None:
            err(build, "Deployment palisade-webhook missing")
        else:
            spec = get(wd, "spec.template.spec")
            c = spec["containers"][0]
            sc = c.get("securityContext") or {}
            psc = spec.get("securityContext") or {}
            if not (psc.get("runAsNonRoot") or sc.get("runAsNonRoot")):
                err(build, "webhook must run as non-root")
            if sc.get("readOnlyRootFilesystem") is not True or sc.get("allowPrivilegeEscalation") is not False:
                err(build, "webhook: readOnlyRootFilesystem true, allowPrivilegeEscalation false")
            replicas = get(wd, "spec.replicas")
            if not isinstance(replicas, int) or replicas < 2:
                err(build, "webhook: at least 2 replicas")
            for probe in ("readinessProbe", "livenessProbe"):
                if get(c, probe + ".httpGet.path") != "/healthz":
                    err(build, f"webhook: {probe} on /healthz")
            if not get(c, "resources.requests") or not get(c, "resources.limits"):
                err(build, "webhook: resources requests and limits")
            args = c.get("args", [])
            if not args or args[0] != "webhook":
                err(build, "webhook Deployment must run `palisade-netpol webhook`")
            cfgs = {name(m): m for m in by_kind.get("ConfigMap", [])}
            for v in spec.get("volumes", []):
                cm = get(v, "configMap.name")
                if cm and cm not in cfgs:
                    err(build, f"webhook mounts ConfigMap {cm}, not in the build")
            wc = cfgs.get("palisade-webhook-config")
            if wc:
                conf = yaml.safe_load(wc["data"]["webhook.yaml"])
                if conf.get("image") and conf["image"] != c["image"]:
                    err(build, f"webhook.yaml injects {conf['image']} but the webhook runs {c['image']}: keep them equal")
                rc = conf.get("rules_configmap", "palisade-rules")
                if rc and rc not in cfgs:
                    err(build, f"webhook.yaml rules_configmap {rc} is not in the build")
            if not by_kind.get("PodDisruptionBudget"):
                err(build, "no PodDisruptionBudget for the webhook")
    for ds in by_kind.get("DaemonSet", []):
        if name(ds) != "palisade-agent":
            continue
        spec = get(ds, "spec.template.spec")
        if spec.get("hostNetwork") is not True:
            err(build, "agent: hostNetwork true")
        agent = [c for c in spec["containers"] if c["name"] == "agent"]
        if not agent or "NET_ADMIN" not in (get(agent[0], "securityContext.capabilities.add") or []):
            err(build, "agent: NET_ADMIN")
        if not any(get(v, "hostPath.path") == "/var/lib/palisade-netpol" for v in spec.get("volumes", [])):
            err(build, "agent: state on a hostPath")
    rules_cm = [m for m in by_kind.get("ConfigMap", []) if name(m) == "palisade-rules"]
    for m in rules_cm:
        keys = sorted(m.get("data", {}))
        src = sorted(os.path.basename(p) for p in glob.glob(os.path.join(repo, "rulesets/rules/*.toml")))
        if keys != src:
            err(build, f"palisade-rules holds {keys}, rulesets/rules has {src}: run manifests/scripts/update-base-rules.sh")
        for k in keys:
            p = os.path.join(repo, "rulesets/rules", k)
            if os.path.exists(p) and open(p).read() != m["data"][k]:
                err(build, f"palisade-rules {k} differs from rulesets/rules/{k}: run manifests/scripts/update-base-rules.sh")

# The dashboard.
exported = set()
for src in ("proxy/src/metrics.rs", "netpol/src/metrics.rs"):
    exported |= set(re.findall(r"\bpalisade_[a-z0-9_]+", open(os.path.join(repo, src)).read()))
for dash in glob.glob(os.path.join(mdir, "**/*dashboard*.json"), recursive=True):
    try:
        d = json.load(open(dash))
    except ValueError as e:
        err(dash, f"not JSON: {e}")
        continue
    panels = list(d.get("panels", []))
    for p in list(panels):
        panels.extend(p.get("panels", []))
    exprs = [t.get("expr", "") for p in panels for t in p.get("targets", [])]
    if not exprs:
        err(dash, "no panel queries")
    ids = [p.get("id") for p in panels]
    if len(ids) != len(set(ids)):
        err(dash, "duplicate panel ids")
    for e in exprs:
        for m in set(re.findall(r"\bpalisade_[a-z0-9_]+", e)):
            base = re.sub(r"_(bucket|sum|count)$", "", m)
            if m not in exported and base not in exported:
                err(dash, f"metric {m} is not exported by proxy/src/metrics.rs or netpol/src/metrics.rs")
    for needed in ("palisade_rule_matches_total", "palisade_inspection_seconds_bucket",
                   "palisade_rules_reloads_total", "palisade_netpol_workload_denied_flows_total"):
        if not any(needed in e for e in exprs):
            err(dash, f"no panel uses {needed}")

for e in errors:
    print("FAIL " + e)
sys.exit(1 if errors else 0)
PY

if [ "$fail" = 0 ]; then
  echo "ok: $n kustomizations built and valid against Kubernetes $k8s; webhook, agent and dashboard checks passed"
fi
exit "$fail"
