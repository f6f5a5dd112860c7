#!/usr/bin/env python3
"""summary.py TAG...: per-request instructions ((2200-request run - 200-request run) / 2000) for
mode off and block, both request shapes, with the inclusive cost of the engine's evaluate_phase,
of proxy::inspect::head and of the sidecar's hooks. Functions are keyed by name; inclusive =
self + calls to other functions. Reads $OUT (default /tmp/palisade-callgrind)."""
import os, sys
import re, collections
def load(path):
    names = {}; selfc = collections.Counter(); incl_calls = collections.Counter(); total = 0
    fn = None; pending_call = None
    def nm(s):
        m = re.match(r"\((\d+)\)(?:\s+(.*))?", s)
        if m:
            if m.group(2) is not None: names[m.group(1)] = m.group(2)
            return names.get(m.group(1), s)
        return s
    cfn = None
    for line in open(path, errors="replace"):
        line = line.rstrip("\n")
        if not line: continue
        c = line[0]
        if c.isdigit() or c in "+-*":
            parts = line.split()
            cost = int(parts[1]) if len(parts) > 1 else 0
            if pending_call is not None:
                if pending_call != fn: incl_calls[fn] += cost
                pending_call = None
            else:
                selfc[fn] += cost
            continue
        if line.startswith("fn="): fn = nm(line[3:])
        elif line.startswith("cfn="): cfn = nm(line[4:])
        elif line.startswith("calls="): pending_call = cfn
        elif line.startswith("summary:") or line.startswith("totals:"): total = int(line.split()[1])
    incl = collections.Counter()
    for f in set(selfc) | set(incl_calls): incl[f] = selfc[f] + incl_calls[f]
    return selfc, incl, total

os.chdir(os.environ.get("OUT", "/tmp/palisade-callgrind"))
RF = "<proxy::service::Palisade as pingora_proxy::proxy_trait::ProxyHttp>::"
keys = {"evaluate": "rulesets::matcher::<impl rulesets::compile::CompiledRuleSet>::evaluate_phase",
        "head": "proxy::inspect::head",
        "request_filter": RF + "request_filter::{{closure}}",
        "upstream_request_filter": RF + "upstream_request_filter::{{closure}}"}
for tag in sys.argv[1:]:
    for shape in ("bench.", ""):
        res = {}
        for mode in ("off", "block"):
            a = load("cg.%s.%s%s.200" % (tag, shape, mode)); b = load("cg.%s.%s%s.2200" % (tag, shape, mode))
            res[mode] = {"total": (b[2] - a[2]) / 2000.0}
            for k, f in keys.items(): res[mode][k] = (b[1][f] - a[1][f]) / 2000.0
        o, bl = res["off"], res["block"]
        print("%-5s %-6s off %7.0f | block %7.0f | block-off %7.0f | evaluate_phase %7.0f | head %6.0f"
              " | rest of request_filter %5.0f (off %5.0f) | upstream_request_filter %5.0f (off %5.0f)" % (
            tag, shape.rstrip(".") or "get_1k", o["total"], bl["total"], bl["total"] - o["total"], bl["evaluate"],
            bl["head"], bl["request_filter"] - bl["evaluate"] - bl["head"], o["request_filter"],
            bl["upstream_request_filter"], o["upstream_request_filter"]))
