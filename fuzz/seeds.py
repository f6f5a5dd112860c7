#!/usr/bin/env python3
"""Writes one raw HTTP/1 request per file from the JSONL corpora, as seeds for the `request`
fuzz target: python3 seeds.py CORPORA_DIR OUT_DIR [EVERY_NTH]"""
import base64, hashlib, json, os, sys

def raw(rec):
    if rec.get("raw_b64"):
        return base64.b64decode(rec["raw_b64"])
    body = (rec.get("body") or "").encode("utf-8", "surrogateescape")
    head = f'{rec.get("method", "GET")} {rec.get("uri", "/")} {rec.get("version", "HTTP/1.1")}\r\n'
    names = set()
    for name, value in rec.get("headers", []):
        head += f"{name}: {value}\r\n"
        names.add(name.lower())
    if body and "content-length" not in names and "transfer-encoding" not in names:
        head += f"Content-Length: {len(body)}\r\n"
    return head.encode("utf-8", "surrogateescape") + b"\r\n" + body

def main():
    src, out = sys.argv[1], sys.argv[2]
    every = int(sys.argv[3]) if len(sys.argv) > 3 else 1
    os.makedirs(out, exist_ok=True)
    n = 0
    for name in sorted(os.listdir(src)):
        if not name.endswith(".jsonl"):
            continue
        with open(os.path.join(src, name), encoding="utf-8") as f:
            for i, line in enumerate(f):
                if i % every:
                    continue
                data = raw(json.loads(line))
                with open(os.path.join(out, hashlib.sha1(data).hexdigest()), "wb") as o:
                    o.write(data)
                n += 1
    print(f"{n} seeds written to {out}")

if __name__ == "__main__":
    main()
