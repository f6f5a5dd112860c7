#!/usr/bin/env python3
"""Replays request corpora through nginx + ModSecurity v3 + OWASP CRS and through
`palisade-rules eval`, and prints both verdicts side by side.

The reference peer of issue 3's benchmarks, used here as a second opinion on detection:
on the held-out corpora (`rulesets/tests/data/*-{attacks,benign}.jsonl`, or any file in
the shape of ../shared/corpora/README.md) how many attacks does each stop, and how many
legitimate requests does each refuse? Requests one WAF stops and the other lets through
are listed per file, to find attack classes worth a rule and false-positive classes worth
a fix (never single strings to copy).

    apt-get install nginx libnginx-mod-http-modsecurity modsecurity-crs
    cargo build --release -p palisade-rulesets --bin palisade-rules
    scripts/compare-crs.py --paranoia 1 --out /tmp/crs rulesets/tests/data/*-attacks.jsonl \
        rulesets/tests/data/*-benign.jsonl

With --reuse DIR an earlier run's answers stand in for CRS's (nginx runs only for files that
run lacks), so Palisade's side can be measured again in seconds after a rule change.

How each request is sent: `raw_b64` requests byte for byte; the others as their request
line and headers in order, with `Content-Length` added for a body unless a framing header
is there or `autocomplete_headers` is false, `Host: localhost` added when no Host header
is given (nginx refuses HTTP/1.1 without one; Palisade's evaluator does not care),
`Connection: close`, and `HTTP/2` or `HTTP/3` in the request line read as HTTP/1.1 (the
corpora label requests by the protocol they came over). One request per connection, to loopback only.

How a verdict is read: the upstream (started here) answers every request with 200, so any
other status came from nginx or ModSecurity. 403 is "blocked"; another 4xx/5xx is
"refused" (nginx's own parser, or ModSecurity's body-parse and multipart-strictness
rules, which deny with 400). Both count as stopped. Palisade's verdict is the evaluator's
(`block`); what only the proxy refuses (framing, host allow-list) is not counted for it.

Output: a table per file on stdout; with --out DIR, per file `DIR/NAME.tsv` (id, expect,
category, palisade verdict and rules, CRS status and rule ids from nginx's error log).
"""

import argparse
import base64
import collections
import http.server
import json
import os
import re
import shutil
import signal
import socket
import socketserver
import subprocess
import sys
import tempfile
import threading
import time

MODULE = "/usr/lib/nginx/modules/ngx_http_modsecurity_module.so"
CRS_RULES = "/usr/share/modsecurity-crs/rules"
CRS_SETUP = "/etc/modsecurity/crs/crs-setup.conf"
MODSEC_BASE = "/etc/nginx/modsecurity.conf"
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


class Upstream(http.server.BaseHTTPRequestHandler):
    """Answers every method with 200 and a two-byte body, after reading the body."""

    protocol_version = "HTTP/1.1"

    def handle_one_request(self):
        try:
            self.raw_requestline = self.rfile.readline(65537)
            if not self.raw_requestline or not self.parse_request():
                return
            n = int(self.headers.get("Content-Length") or 0)
            if n:
                self.rfile.read(n)
            self.send_response(200)
            self.send_header("Content-Length", "2")
            self.end_headers()
            self.wfile.write(b"ok")
            self.wfile.flush()
        except (OSError, ValueError):
            self.close_connection = True

    def log_message(self, *args):
        pass


class ThreadingServer(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_nginx(tmp, upstream_port, paranoia, extra):
    for path in (MODULE, CRS_RULES, CRS_SETUP, MODSEC_BASE):
        if not os.path.exists(path):
            sys.exit(
                f"missing {path}: apt-get install nginx libnginx-mod-http-modsecurity modsecurity-crs"
            )
    port = free_port()
    os.makedirs(os.path.join(tmp, "logs"), exist_ok=True)
    modsec = os.path.join(tmp, "modsec.conf")
    with open(modsec, "w") as f:
        f.write(
            f"Include {MODSEC_BASE}\n"
            "SecRuleEngine On\n"
            "SecResponseBodyAccess Off\n"
            "SecAuditEngine RelevantOnly\n"
            'SecAuditLogRelevantStatus "^[45]"\n'
            "SecAuditLogParts AHZ\n"
            "SecAuditLogType Serial\n"
            "SecAuditLogFormat JSON\n"
            f"SecAuditLog {tmp}/logs/audit.log\n"
            f"Include {CRS_SETUP}\n"
            'SecAction "id:900000,phase:1,nolog,pass,t:none,'
            f'setvar:tx.paranoia_level={paranoia}"\n'
            f"Include {CRS_RULES}/*.conf\n"
            + "".join(line + "\n" for line in extra)
        )
    conf = os.path.join(tmp, "nginx.conf")
    t = tmp
    with open(conf, "w") as f:
        f.write(
            f"load_module {MODULE};\n"
            "worker_processes 2;\n"
            "daemon off;\n"
            f"pid {t}/nginx.pid;\n"
            f"error_log {t}/logs/error.log warn;\n"
            "events { worker_connections 1024; }\n"
            "http {\n"
            "  access_log off;\n"
            f"  client_body_temp_path {t}/body; proxy_temp_path {t}/proxy;\n"
            f"  fastcgi_temp_path {t}/fcgi; uwsgi_temp_path {t}/uwsgi; scgi_temp_path {t}/scgi;\n"
            "  client_max_body_size 16m; client_body_buffer_size 1m;\n"
            "  large_client_header_buffers 8 64k;\n"
            f"  upstream app {{ server 127.0.0.1:{upstream_port}; }}\n"
            "  server {\n"
            f"    listen 127.0.0.1:{port};\n"
            "    modsecurity on;\n"
            f"    modsecurity_rules_file {modsec};\n"
            "    location / { proxy_pass http://app; proxy_http_version 1.1; }\n"
            "  }\n"
            "}\n"
        )
    proc = subprocess.Popen(
        ["nginx", "-c", conf, "-p", tmp],
        stdout=subprocess.DEVNULL,
        stderr=open(os.path.join(tmp, "stderr.log"), "w"),
    )
    deadline = time.time() + 60
    while time.time() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return proc, port
        except OSError:
            if proc.poll() is not None:
                sys.exit("nginx did not start: " + open(os.path.join(tmp, "stderr.log")).read())
            time.sleep(0.1)
    proc.kill()
    sys.exit("nginx did not listen within 60 s")


def raw_request(r):
    """The bytes to send for one corpus line."""
    if r.get("raw_b64"):
        return base64.b64decode(r["raw_b64"])
    body = (r.get("body") or "").encode("utf-8", "surrogateescape")
    headers = [(str(k), str(v)) for k, v in r.get("headers") or []]
    names = {k.lower() for k, _ in headers}
    auto = r.get("autocomplete_headers", True) is not False
    if auto and "host" not in names:
        headers.insert(0, ("Host", "localhost"))
    if auto and body and "content-length" not in names and "transfer-encoding" not in names:
        headers.append(("Content-Length", str(len(body))))
    if "connection" not in names:
        headers.append(("Connection", "close"))
    version = r.get("version") or "HTTP/1.1"
    if version in ("HTTP/2", "HTTP/2.0", "HTTP/3", "HTTP/3.0"):
        version = "HTTP/1.1"  # the same request over h2/h3 framing; nginx answers 505 to the text
    line = f"{r.get('method', 'GET')} {r.get('uri', '/')} {version}\r\n"
    out = line.encode("utf-8", "surrogateescape")
    for k, v in headers:
        out += f"{k}: {v}\r\n".encode("utf-8", "surrogateescape")
    return out + b"\r\n" + body


def read_response(sock):
    """The status of one response, read through its body (nginx's answers and the
    upstream's all carry a Content-Length), so a keep-alive connection does not stall."""
    buf = b""
    while b"\r\n\r\n" not in buf:
        chunk = sock.recv(65536)
        if not chunk:
            break
        buf += chunk
    m = re.match(rb"HTTP/1\.[01] (\d{3})", buf)
    if not m:
        return 0
    head, _, body = buf.partition(b"\r\n\r\n")
    n = re.search(rb"(?im)^content-length:\s*(\d+)", head)
    want = int(n.group(1)) if n else 0
    while len(body) < want:
        chunk = sock.recv(65536)
        if not chunk:
            break
        body += chunk
    return int(m.group(1))


def send(port, data, log):
    """The status nginx answered with (0 when it gave none within 5 s), and the CRS rule
    ids its audit log gained meanwhile (requests go one at a time, so what the log gains
    while one is in flight is that request's; a stopped request's entry is waited for)."""
    status = 0
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=5) as s:
            s.sendall(data)
            status = read_response(s)
    except OSError:
        pass
    text = log.read()
    for _ in range(50):
        if status in (0, 200) or '"ruleId"' in text:
            break
        time.sleep(0.002)
        text += log.read()
    ids = sorted(set(re.findall(r'"ruleId":"(\d+)"', text)))
    return status, ids


def palisade_verdicts(binary, path, paranoia):
    out = subprocess.run(
        [binary, "eval", "--corpus", path, "--paranoia", str(paranoia)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    verdicts = {}
    for line in out.splitlines():
        j = json.loads(line)
        verdicts[j["id"]] = (j["verdict"], sorted({m["rule"] for m in j["matches"]}))
    return verdicts


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("files", nargs="+", help="corpus JSONL files")
    ap.add_argument("--paranoia", type=int, default=1, help="paranoia level for both (1-4)")
    ap.add_argument(
        "--palisade",
        default=os.path.join(ROOT, "target/release/palisade-rules"),
        help="the palisade-rules binary",
    )
    ap.add_argument("--out", help="directory for per-request TSV files")
    ap.add_argument(
        "--crs-conf",
        action="append",
        default=[],
        metavar="LINE",
        help="a ModSecurity directive added after the CRS rules (repeatable), e.g. "
        "'SecRuleRemoveById 911100 920420 920450' to drop the method, content-type and "
        "restricted-header policies",
    )
    ap.add_argument(
        "--reuse",
        metavar="DIR",
        help="take CRS's answers from an earlier run's --out DIR (same --paranoia and --crs-conf) instead of running nginx "
        "(a file it lacks is replayed): Palisade's side is measured again",
    )
    args = ap.parse_args()

    # Stopped by a signal, still stop nginx and remove the directory.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    tmp = tempfile.mkdtemp(prefix="compare-crs-")
    upstream = nginx = port = None

    def crs_answers(name, reqs):
        nonlocal upstream, nginx, port
        earlier = os.path.join(args.reuse or "", name + ".tsv")
        if args.reuse and os.path.exists(earlier):
            seen = {}
            for line in open(earlier):
                f = line.rstrip("\n").split("\t")
                seen[f[0]] = (int(f[5]), [x for x in f[6].split(",") if x])
            if all(r["id"] in seen for r in reqs):
                return [seen[r["id"]] for r in reqs]
        if nginx is None:
            upstream = ThreadingServer(("127.0.0.1", 0), Upstream)
            threading.Thread(target=upstream.serve_forever, daemon=True).start()
            nginx, port = start_nginx(tmp, upstream.server_address[1], args.paranoia, args.crs_conf)
        log = open(os.path.join(tmp, "logs", "audit.log"), "a+", errors="replace")
        log.seek(0, os.SEEK_END)
        answers = [send(port, raw_request(r), log) for r in reqs]
        log.close()
        return answers

    if args.out:
        os.makedirs(args.out, exist_ok=True)
    totals = collections.Counter()
    print(
        f"| file | requests | expect | Palisade PL{args.paranoia} stops | "
        f"CRS PL{args.paranoia} stops (403 + other) | only Palisade | only CRS |"
    )
    print("|---|---:|---|---:|---:|---:|---:|")
    try:
        for path in args.files:
            reqs = [json.loads(l) for l in open(path) if l.strip()]
            pal = palisade_verdicts(args.palisade, path, args.paranoia)
            name = os.path.basename(path).replace(".jsonl", "")
            answers = crs_answers(name, reqs)
            by_expect = collections.defaultdict(collections.Counter)
            rows = []
            for r, (status, crs_ids) in zip(reqs, answers):
                expect = r.get("expect", "pass")
                if r.get("category") == "dev-content" or "/dev-content/" in r["id"]:
                    expect = "pass-dev"
                pv, prules = pal.get(r["id"], ("missing", []))
                p_stop = pv == "block"
                c_stop = status != 200
                c = by_expect[expect]
                c["n"] += 1
                c["p"] += p_stop
                c["c"] += c_stop
                c["c403"] += status == 403
                c["only_p"] += p_stop and not c_stop
                c["only_c"] += c_stop and not p_stop
                rows.append(
                    (r["id"], expect, r.get("category", ""), pv, ",".join(prules), status, ",".join(crs_ids))
                )
            for expect, c in sorted(by_expect.items()):
                print(
                    f"| {name} | {c['n']} | {expect} | {c['p']} | {c['c']} ({c['c403']} + "
                    f"{c['c'] - c['c403']}) | {c['only_p']} | {c['only_c']} |"
                )
                for k, v in c.items():
                    totals[(expect, k)] += v
            if args.out:
                with open(os.path.join(args.out, name + ".tsv"), "w") as f:
                    for row in rows:
                        f.write("\t".join(str(x) for x in row) + "\n")
            sys.stdout.flush()
        for expect in sorted({e for e, _ in totals}):
            g = lambda k: totals[(expect, k)]
            print(
                f"| **all** | {g('n')} | {expect} | {g('p')} ({100 * g('p') / g('n'):.1f} %) | "
                f"{g('c')} ({100 * g('c') / g('n'):.1f} %) | {g('only_p')} | {g('only_c')} |"
            )
    finally:
        if nginx is not None:
            nginx.terminate()
            try:
                nginx.wait(10)
            except subprocess.TimeoutExpired:
                nginx.kill()
            upstream.shutdown()
        if args.out:
            log = os.path.join(tmp, "logs", "error.log")
            if os.path.exists(log):
                shutil.copy(log, os.path.join(args.out, "nginx-error.log"))
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
