#!/usr/bin/env python3
"""Builds a corpus of benign modern web and API traffic (the JSONL shape of
../shared/corpora/README.md, every request `expect: pass`), the kind a sidecar in front of a
current application sees and neither shared corpus has: browser headers with client hints,
analytics and consent cookies, JWTs, OAuth redirects, signed S3 URLs, REST field lists,
PostgREST and OData filters, GraphQL, analytics events, JSON Patch, search DSLs, Slack
markup, Markdown, HTML from a rich-text editor, strong passwords, names with apostrophes,
SOAP, and multipart uploads.

  corpus-web.py > rulesets/tests/data/web-traffic.jsonl

Deterministic (fixed seed). The committed file is what `web_traffic_passes` in
rulesets/tests/corpus.rs judges; regenerate it when this script changes.
"""
import base64
import json
import random
import urllib.parse

random.seed(7)
UAS = [
 "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
 "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15",
 "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0",
 "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1",
 "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.6778.81 Mobile Safari/537.36",
 "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0",
 "okhttp/4.12.0", "Dart/3.5 (dart:io)", "axios/1.7.7", "python-requests/2.32.3", "Go-http-client/2.0",
 "MyShopApp/5.12.1 (com.example.shop; build:5121; iOS 18.1.0) Alamofire/5.9.1",
 "Stripe/1.0 (+https://stripe.com/docs/webhooks)", "GitHub-Hookshot/a1b2c3d",
 "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
 "Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)",
]
def jwt():
    h = base64.urlsafe_b64encode(json.dumps({"alg":"RS256","typ":"JWT","kid":"k1"}).encode()).rstrip(b"=").decode()
    p = base64.urlsafe_b64encode(json.dumps({"sub":"user_%d"%random.randint(1,99999),"iss":"https://auth.example.com/","aud":["api"],"exp":1767225600,"scope":"openid profile email read:orders","name":"Zoë O'Brien"}).encode()).rstrip(b"=").decode()
    s = base64.urlsafe_b64encode(bytes(random.randrange(256) for _ in range(64))).rstrip(b"=").decode()
    return f"{h}.{p}.{s}"
def b64r(n): return base64.b64encode(bytes(random.randrange(256) for _ in range(n))).decode()
def b64u(n): return base64.urlsafe_b64encode(bytes(random.randrange(256) for _ in range(n))).rstrip(b"=").decode()
def hexr(n): return ''.join(random.choice('0123456789abcdef') for _ in range(n))
def cookies():
    t = 1700000000 + random.randint(0, 10**7)
    c = [f"_ga=GA1.1.{random.randint(10**9,2*10**9)}.{t}", f"_ga_{hexr(10).upper()}=GS1.1.{t}.3.1.{t+300}.0.0.0",
         f"_gid=GA1.2.{random.randint(10**8,10**9)}.{t}", f"_fbp=fb.1.{t}123.{random.randint(10**8,10**9)}",
         f"__cf_bm={b64u(32)}-{t}-1.0.1.1-{b64u(60)}", f"cf_clearance={b64u(30)}-{t}-1.2.1.1-{b64u(120)}",
         "OptanonConsent=" + urllib.parse.quote("isGpcEnabled=0&datestamp=Mon Nov 23 2026 10:00:00 GMT+0100 (Central European Standard Time)&version=202310.1.0&browserGpcFlag=0&isIABGlobal=false&hosts=&consentId=%s&interactionCount=1&landingPath=NotLandingPage&groups=C0001:1,C0002:1,C0003:0,C0004:0&AwaitingReconsent=false" % hexr(8), safe=""),
         f"_hjSessionUser_{random.randint(10**6,10**7)}=" + b64u(90),
         "ajs_anonymous_id=%22" + hexr(8) + "-" + hexr(4) + "-" + hexr(4) + "-" + hexr(4) + "-" + hexr(12) + "%22",
         f"XSRF-TOKEN={b64r(30).replace('=','%3D')}", f"connect.sid=s%3A{b64u(24)}.{b64r(32).replace('+','%2B').replace('/','%2F').replace('=','')}",
         f"AMCV_{hexr(24).upper()}%40AdobeOrg=-1124106680%7CMCIDTS%7C{random.randint(19000,20000)}%7CMCMID%7C{random.randint(10**18,10**19)}%7CvVersion%7C5.2.0",
         "session=" + jwt(), f"PHPSESSID={hexr(26)}", f"JSESSIONID={hexr(32).upper()}.node1", "lang=en-GB", "theme=dark",
         "cart=" + urllib.parse.quote(json.dumps({"items":[{"sku":"TS-001","qty":2}],"currency":"EUR"}), safe=""),
         "recently_viewed=" + urllib.parse.quote("[12,45,78]"), "consent={\"ads\":false,\"analytics\":true}",
         f"__Host-next-auth.csrf-token={hexr(64)}%7C{hexr(64)}", "__Secure-next-auth.callback-url=https%3A%2F%2Fapp.example.com%2Fdashboard%3Ftab%3Dbilling",
         f"datadome={b64u(100)}", f"_dd_s=rum=0&expire={t}000", f"ASP.NET_SessionId={hexr(24)}", f".AspNetCore.Antiforgery.{b64u(8)}=CfDJ8{b64u(100)}",
         f"ak_bmsc={b64r(180).replace('=','~')}", f"bm_sv={b64r(100)}~1", "intercom-device-id-abc123=" + hexr(8)+"-"+hexr(4)+"-"+hexr(4)+"-"+hexr(4)+"-"+hexr(12),
    ]
    random.shuffle(c)
    return "; ".join(c[:random.randint(3, 7)])
def headers(ct=None):
    ua = random.choice(UAS)
    h = [["Host", "app.example.com"], ["User-Agent", ua],
         ["Accept", random.choice(["text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,image/apng,*/*;q=0.8,application/signed-exchange;v=b3;q=0.7", "application/json, text/plain, */*", "*/*", "application/vnd.github+json", "image/avif,image/webp,*/*"])],
         ["Accept-Language", random.choice(["en-US,en;q=0.9", "de-DE,de;q=0.9,en-US;q=0.8,en;q=0.7", "fr-FR,fr;q=0.8", "zh-CN,zh;q=0.9,en;q=0.8", "es-419,es;q=0.9"])],
         ["Accept-Encoding", random.choice(["gzip, deflate, br, zstd", "gzip"])]]
    if "Chrome" in ua:
        h += [["sec-ch-ua", '"Google Chrome";v="131", "Chromium";v="131", "Not_A Brand";v="24"'], ["sec-ch-ua-mobile", "?0"], ["sec-ch-ua-platform", '"Windows"'],
              ["Sec-Fetch-Site", "same-origin"], ["Sec-Fetch-Mode", "cors"], ["Sec-Fetch-Dest", "empty"], ["Priority", "u=1, i"]]
    if random.random() < 0.7: h.append(["Cookie", cookies()])
    if random.random() < 0.4: h.append(["Authorization", "Bearer " + jwt()])
    if random.random() < 0.3: h.append(["Referer", "https://app.example.com/search?q=" + urllib.parse.quote_plus(random.choice(QUERIES)) + "&page=2"])
    if random.random() < 0.3: h.append(["X-Request-Id", hexr(8)+"-"+hexr(4)+"-4"+hexr(3)+"-"+hexr(4)+"-"+hexr(12)])
    if random.random() < 0.2: h.append(["traceparent", f"00-{hexr(32)}-{hexr(16)}-01"])
    if random.random() < 0.2: h.append(["X-Forwarded-For", "203.0.113.7, 10.1.2.3"])
    if random.random() < 0.2: h.append(["If-None-Match", f'W/"{hexr(16)}"'])
    if random.random() < 0.1: h.append(["X-Amzn-Trace-Id", f"Root=1-{hexr(8)}-{hexr(24)};Parent={hexr(16)};Sampled=1"])
    if ct: h.append(["Content-Type", ct])
    return h
QUERIES = ["machine learning", '"exact phrase" OR other -excluded', "O'Reilly books", "rock & roll", "c++ vs c#", "50% off sale", "where to buy shoes", "select a size guide",
  "drop shipping", "union station chicago", "how to delete account", "what is 1+1", "café crème", "naïve résumé", "東京 ホテル", "пример", "size:10 color:red", "price<100",
  "<3 love", "tom & jerry", "\"hello world\"", "script writing course", "sleep tracker", "ping pong table", "cat food", "echo dot", "java developer jobs", "python tutorial for beginners",
  "alert system", "update drivers", "insert coin", "table for 2 at 8pm", "order by phone", "1/2 inch pipe", "100 % cotton", "Q&A", "AT&T plans", "H&M", "C:\\Users setup guide",
  "how does eval work", "exec summary template", "system design interview", "shell company definition", "passwd reset", "etc etc", "null pointer exception"]
TEXTS = [
 "It's great -- but the 'large' size runs small; I'd order one size up!!!",
 "Arrived on time. Packaging was damaged (box crushed) but item OK. 4/5",
 "Please deliver to the back door & ring twice. Gate code: #1234*",
 "I've been using this for 2 years and it's still going strong :-) Highly recommend.",
 "Doesn't work with Windows 11?? Tried everything -- drivers, reboot, etc.",
 "Hi team,\n\nCould you please update my billing address to:\n12 Rue de l'Église, Apt #4\n75001 Paris\n\nThanks!\nMarie",
 "Size: 42 (EU) / 9 (US). Colour: navy/white. Qty: 2 @ $19.99 = $39.98",
 "The \"premium\" plan says 'unlimited' but I hit a limit at 1,000 requests/day?",
 "Re: Order #100234 — where is my refund? It's been 3 weeks.",
 "Can I select a different delivery date or drop it off at a pickup point instead?",
 "Love it <3 <3 will buy again",
 "Works as described. 5 stars. P.S. the manual is in German only :(",
 "Meeting notes: 1) review Q3 numbers; 2) decide on vendor; 3) update roadmap & share w/ team",
 "My son (age 7) loves it. Battery life ~3h. Charging via USB-C.",
 "Question: is this compatible with iPhone 15 / 15 Pro? And does it support MagSafe?",
 "Wrong item shipped: got SKU TS-002 instead of TS-001. Return label please.",
 "Dear Sir or Madam, I would like to cancel my subscription and delete my account and all data.",
 "Best pizza in town!!! The margherita & the quattro formaggi are to die for. 10/10",
 "Use code SAVE20 at checkout for 20% off (excludes sale items).",
 "Our office is closed 24.12.–01.01. Orders placed after 20.12. ship in January.",
 "He said: 'I'll be there at 5pm or 6pm, whichever works' and then didn't show up.",
 "Ingredients: water, sugar (12%), citric acid, natural flavour; may contain traces of nuts.",
 "To reset, hold the power button for 10s, then press + and - together.",
 "We're hiring! Senior backend engineer (Go/Rust), remote-first, €90k–€120k.",
 "Agenda: intro (5 min) -> demo (20 min) -> Q&A (rest). Bring your laptop & charger.",
 "Fixed typo in README; bumped version to 2.3.1; updated CHANGELOG.md",
 "Merge pull request #482 from alice/fix-login: handle expired sessions gracefully",
 "The table below shows sales by region and year, ordered by total.",
 "Insert the SIM card, then select 'Network' > 'Mobile data' and turn it on.",
 "Update: the issue was caused by a bad cable. Replaced it and everything works now.",
]
NAMES = ["Zoë O'Brien", "Seán Ó Briain", "Jean-Luc Picard", "Mary-Jane Watson-Parker", "D'Angelo Russell", "Renée Zellweger", "李小龙", "Ægir Þórsson", "Anne-Marie d'Arc", "José María Aznar López", "O'Neil & Sons Ltd.", "Smith, John Jr."]
PASSWORDS = ["P@ssw0rd!", "Tr0ub4dor&3", "correct horse battery staple", "x]7#K;q'2vL", "hunter2", "S3cr3t$$", "p4ss\"word", "a1b2c3d4!@#", "M!ne-Pa55_w0rd", "Qw3rty/*123", "L0ng&C0mpl3x#P@ss(2024)", "p'ss--w0rd"]
out = []
def add(cat, method, uri, ct=None, body=None):
    r = {"id": f"web/{len(out)}", "set": "web", "category": cat, "expect": "pass", "method": method, "uri": uri, "version": "HTTP/1.1", "headers": headers(ct)}
    if body is not None: r["body"] = body
    out.append(r)
for i in range(60):
    q = random.choice(QUERIES)
    params = {"q": q, "page": str(random.randint(1, 9))}
    if random.random() < .5: params.update({"utm_source": random.choice(["google", "newsletter", "facebook"]), "utm_medium": "cpc", "utm_campaign": "black_friday_2026", "utm_content": "banner-top"})
    if random.random() < .3: params["gclid"] = b64u(40)
    if random.random() < .3: params["fbclid"] = "IwAR" + b64u(45)
    if random.random() < .3: params["sort"] = random.choice(["-created_at", "price:asc", "relevance", "name,-date"])
    if random.random() < .3: params["fields"] = "id,name,email,created_at"
    if random.random() < .3: params["filter[status]"] = "open"; params["filter[created_at][gte]"] = "2024-01-01T00:00:00Z"
    if random.random() < .2: params["include"] = "author,comments.author"
    if random.random() < .2: params["_"] = str(1700000000000 + i)
    add("search", "GET", "/search?" + urllib.parse.urlencode(params))
for i in range(20):
    ret = random.choice(["/account/settings?tab=security", "https://app.example.com/callback?state=" + b64u(16) + "&code=" + b64u(20), "/orders/100234#details", "https://partner.example.org/sso/return?token=" + jwt()])
    add("redirect", "GET", "/login?" + urllib.parse.urlencode({"redirect_uri": ret, "response_type": "code", "client_id": hexr(16), "scope": "openid profile email", "state": b64u(16), "nonce": b64u(16), "code_challenge": b64u(32), "code_challenge_method": "S256"}))
for i in range(20):
    add("api-rest", "GET", random.choice([
        "/rest/v1/orders?select=id,total,customer:customers(name,email)&status=eq.shipped&order=created_at.desc&limit=20",
        "/api/v2/products?$filter=Price%20gt%2020%20and%20Category%20eq%20%27Books%27&$orderby=Name%20desc&$top=10&$skip=20",
        "/api/users/12345/orders?expand=items,shipping&per_page=50&cursor=" + b64u(24),
        "/api/v1/search?query=" + urllib.parse.quote("status:open AND assignee:alice NOT label:wontfix"),
        "/api/reports?from=2024-01-01&to=2024-12-31&group_by=month&metrics=revenue,orders&tz=Europe%2FBerlin",
        "/graphql?query=" + urllib.parse.quote("query { viewer { login repositories(first: 5) { nodes { name } } } }"),
        "/static/js/main.4f3a2b1c.chunk.js", "/assets/fonts/Inter-Regular.woff2?v=3.19", "/images/products/ts-001_800x800.webp",
        "/wp-json/wp/v2/posts?per_page=10&_embed=1&categories=5,7", "/api/geo?lat=48.8566&lng=2.3522&radius=5km",
        "/calendar/export.ics?from=2026-12-01&to=2026-12-31", "/download/Invoice%20%23100234%20(copy).pdf",
        "/u/zo%C3%AB.obrien/profile", "/docs/api/v1/index.html#section-2.3", "/share?url=" + urllib.parse.quote("https://example.com/a?b=c&d=e") + "&text=" + urllib.parse.quote("Check this out!"),
        "/api/v1/files/" + hexr(24) + "/download?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIA" + hexr(16).upper() + "%2F20261123%2Feu-west-1%2Fs3%2Faws4_request&X-Amz-Date=20261123T100000Z&X-Amz-Expires=3600&X-Amz-SignedHeaders=host&X-Amz-Signature=" + hexr(64),
        "/maps/api/staticmap?center=Brooklyn+Bridge,New+York,NY&zoom=13&size=600x300&markers=color:red%7Clabel:S%7C40.702147,-74.015794",
        "/tracking/pixel.gif?e=pageview&url=" + urllib.parse.quote("https://shop.example/p/ts-001?ref=home") + "&res=1920x1080&ts=1700000000",
        "/api/v1/timezones?q=America%2FNew_York",
    ]))
for i in range(60):
    kind = i % 6
    if kind == 0:
        body = {"query": "query GetUser($id: ID!) { user(id: $id) { id name email posts(first: 10, orderBy: {field: CREATED_AT, direction: DESC}) { edges { node { id title createdAt } } } } }", "variables": {"id": str(random.randint(1, 10**6))}, "operationName": "GetUser"}
    elif kind == 1:
        body = {"query": "mutation UpdateProfile($input: UpdateProfileInput!) { updateProfile(input: $input) { user { id displayName bio } errors { field message } } }", "variables": {"input": {"displayName": random.choice(NAMES), "bio": random.choice(TEXTS), "website": "https://example.com/~zoe"}}}
    elif kind == 2:
        body = {"type": "track", "event": random.choice(["Order Completed", "Product Viewed", "Checkout Started"]), "userId": hexr(24), "properties": {"order_id": "100234", "total": 39.98, "currency": "EUR", "products": [{"sku": "TS-001", "name": "T-Shirt \"Classic\" (navy)", "price": 19.99, "quantity": 2}]},
                "context": {"userAgent": random.choice(UAS), "page": {"url": "https://shop.example/checkout?step=2&utm_source=newsletter", "referrer": "https://www.google.com/", "title": "Checkout – Step 2 of 3 | Shop"}, "locale": "en-GB", "timezone": "Europe/London", "ip": "203.0.113.7"}, "timestamp": "2026-11-23T10:00:00.000Z", "messageId": hexr(32)}
    elif kind == 3:
        body = {"review": {"rating": random.randint(1, 5), "title": random.choice(TEXTS)[:40], "text": random.choice(TEXTS), "author": random.choice(NAMES)}, "product_id": random.randint(1, 99999)}
    elif kind == 4:
        body = {"customer": {"name": random.choice(NAMES), "email": "zoe.obrien+shop@example.com", "phone": "+44 (0)20 7946 0958", "address": {"line1": "Flat 3B, 221B Baker St.", "line2": "c/o Mrs. Hudson", "city": "London", "postcode": "NW1 6XE", "country": "GB"}},
                "notes": random.choice(TEXTS), "gift_message": "Happy birthday!!! <3 from all of us :-)", "items": [{"sku": "TS-%03d" % k, "qty": k} for k in range(1, 4)], "coupon": "SAVE20"}
    else:
        body = {"content": "<p>" + random.choice(TEXTS).replace("\n", "<br>") + "</p><p>See <a href=\"https://example.com/docs?id=5&amp;v=2\" target=\"_blank\" rel=\"noopener\">the docs</a> and <strong>reply</strong> by Friday.</p><ul><li>first</li><li>second</li></ul>", "format": "html", "draft": False, "tags": ["news", "q&a"]}
    add("api-json", "POST", random.choice(["/graphql", "/api/v1/events", "/api/reviews", "/api/checkout", "/api/posts"]), "application/json", json.dumps(body, ensure_ascii=random.random() < .5))
for i in range(40):
    kind = i % 4
    if kind == 0:
        f = {"username": random.choice(["alice@example.com", "bob.smith", "zoe_obrien"]), "password": random.choice(PASSWORDS), "remember": "on", "csrf_token": b64r(32)}
    elif kind == 1:
        f = {"name": random.choice(NAMES), "email": "m.dupont@example.fr", "subject": "Question about order #100234", "message": random.choice(TEXTS), "consent": "1"}
    elif kind == 2:
        f = {"q": random.choice(QUERIES), "category": "all", "min_price": "10", "max_price": "100"}
    else:
        f = {"comment": random.choice(TEXTS), "post_id": "42", "parent_id": "", "_wpnonce": hexr(10), "_wp_http_referer": "/2026/11/hello-world/?replytocom=7#respond"}
    add("form", "POST", random.choice(["/login", "/contact", "/search", "/wp-comments-post.php"]), "application/x-www-form-urlencoded", urllib.parse.urlencode(f))
for i in range(10):
    b = "----WebKitFormBoundary" + b64u(12)
    fname = random.choice(["Résumé (final) v2.pdf", "IMG_20241123_101500.jpg", "report Q3 & Q4.xlsx", "my photo's.png", "scan 2024-11-23 10.15.00.pdf"])
    body = f"--{b}\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\n{random.choice(TEXTS)}\r\n--{b}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{fname}\"\r\nContent-Type: application/octet-stream\r\n\r\nJFIF binary-ish data here 0123456789\r\n--{b}--\r\n"
    add("multipart", "POST", "/upload", f"multipart/form-data; boundary={b}", body)
EXTRA_JSON = [
 [{"op": "replace", "path": "/email", "value": "zoe@example.com"}, {"op": "remove", "path": "/tags/0"}, {"op": "add", "path": "/addresses/-", "value": {"city": "Paris"}}],
 {"query": {"bool": {"must": [{"match": {"title": "rust async"}}], "filter": [{"range": {"date": {"gte": "now-7d/d", "lt": "now/d"}}}]}}, "sort": [{"date": "desc"}], "size": 20, "_source": ["title", "date"]},
 {"text": "Deploy *v2.3.1* to prod: <https://ci.example.com/build/42|build #42> :rocket: (by @alice)", "channel": "#deploys", "unfurl_links": False},
 {"body": "Thanks! Running `npm install --save-dev eslint` fixed it, see [the docs](https://eslint.org/docs/latest/use/getting-started).", "in_reply_to": 8812},
 {"schedule": "*/5 * * * *", "timezone": "Europe/Berlin", "job": "cleanup-expired-sessions", "enabled": True},
 {"query": "fragment UserParts on User { id name avatarUrl(size: 64) } query Feed($after: String) { feed(first: 20, after: $after) { pageInfo { hasNextPage endCursor } nodes { __typename ... on Post { id title author { ...UserParts } } } } }", "variables": {"after": None}},
 {"title": "Q3 report: revenue up 12% (vs. 9% forecast)", "tags": ["finance", "q3-2026"], "visibility": "team", "body_md": "## Summary\n\n- Revenue: **€1.2M** (+12%)\n- Churn: 2.1% -> 1.8%\n\n> Great quarter, everyone!\n\n| Region | Q2 | Q3 |\n|---|---|---|\n| EU | 0.5 | 0.6 |"},
 {"event": "page_view", "url": "https://shop.example/p/ts-001?variant=navy&size=M#reviews", "screen": {"w": 1920, "h": 1080, "dpr": 2}, "perf": {"ttfb": 120.5, "lcp": 1830.2, "cls": 0.02}, "ua": UAS[0]},
 {"password": "L0ng&C0mpl3x#P@ss(2024)", "password_confirmation": "L0ng&C0mpl3x#P@ss(2024)", "current_password": "hunter2"},
 {"address": "1600 Amphitheatre Pkwy, Mountain View, CA 94043, USA", "lat": 37.422, "lng": -122.084, "place_id": "ChIJ" + b64u(20)},
]
for i, body in enumerate(EXTRA_JSON * 2):
    add("api-json", random.choice(["PATCH", "POST", "PUT"]), random.choice(["/api/v1/users/me", "/api/search", "/hooks/slack", "/api/comments", "/api/jobs", "/graphql", "/api/posts", "/collect"]), random.choice(["application/json", "application/json; charset=utf-8", "application/json-patch+json"]), json.dumps(body, ensure_ascii=False))
for i in range(6):
    note = random.choice(TEXTS).replace("&", "&amp;").replace("<", "&lt;")
    body = f'<?xml version="1.0" encoding="utf-8"?><soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><soap:Header><Auth xmlns="http://example.com/auth"><Token>{b64r(24)}</Token></Auth></soap:Header><soap:Body><UpdateOrder xmlns="http://example.com/orders"><OrderId>{100000 + i}</OrderId><Note>{note}</Note><Customer name="{random.choice(NAMES).replace(chr(39), "&apos;")}" vip="true"/></UpdateOrder></soap:Body></soap:Envelope>'
    add("xml", "POST", "/soap/orders", "text/xml; charset=utf-8", body)
for line in out: print(json.dumps(line, ensure_ascii=False))
