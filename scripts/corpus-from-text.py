#!/usr/bin/env python3
"""Builds a request corpus (the JSONL shape of ../shared/corpora/README.md) from plain text,
for measuring the rules on traffic that is in none of the shared corpora:

  corpus-from-text.py prose [DIR ...] > prose.jsonl
      Paragraphs (40-2000 characters) of the text files under DIR (default /usr/share/doc:
      READMEs, NEWS, changelogs, copyright files), as benign (`expect: pass`) requests: by
      turns a JSON comment, a urlencoded form message and a one-line search query.

  corpus-from-text.py payloads DIR > attacks.jsonl
      Every line of every file under DIR/<category>/ (one payload per line, e.g. a checkout
      of a public payload collection sorted into sqli/, xss/, lfi/, ...) as an attack
      (`expect: detect`, paranoia 1) of that category, placed by turns in the query, a JSON
      body and a urlencoded body. Files under DIR/xxe/ are sent whole as XML bodies.

  corpus-from-text.py binary [DIR ...] > uploads.jsonl
      Files under DIR (default /usr/share /usr/lib) that are binary (images, fonts, archives,
      compiled code: any with a NUL byte), up to 1 MB from each, as benign uploads: by turns
      the bytes as the whole body under the file's media type and as a file part of a
      multipart/form-data form (complete raw requests in `raw_b64`).

Then: palisade-rules eval --corpus FILE.jsonl --paranoia N
The output is deterministic for the same input files.
"""
import gzip
import json
import os
import re
import sys
import urllib.parse

HEADERS = [["Host", "shop.example"], ["User-Agent", "Mozilla/5.0"], ["Accept", "*/*"]]


def request(rid, category, expect, value, turn, paranoia=None):
    """`value` in the query (turn 0), a JSON body (1), a urlencoded body (2); turn "xml":
    `value` is the whole XML body."""
    r = {"id": rid, "set": "text", "category": category, "expect": expect, "version": "HTTP/1.1"}
    if paranoia is not None:
        r["paranoia"] = paranoia
    if turn == "xml":
        r.update(method="POST", uri="/api", body=value, headers=HEADERS + [["Content-Type", "application/xml"]])
    elif turn == 0:
        one_line = re.sub(r"\s+", " ", value) if expect == "pass" else value
        r.update(method="GET", uri="/search?" + urllib.parse.urlencode({"q": one_line}), headers=HEADERS)
    elif turn == 1:
        r.update(method="POST", uri="/api/comment", body=json.dumps({"title": "note", "comment": value}),
                 headers=HEADERS + [["Content-Type", "application/json"]])
    else:
        r.update(method="POST", uri="/contact", body=urllib.parse.urlencode({"subject": "hello", "message": value}),
                 headers=HEADERS + [["Content-Type", "application/x-www-form-urlencoded"]])
    return r


def read_text(path):
    try:
        if path.endswith(".gz"):
            with gzip.open(path) as f:
                data = f.read(200_000)
        elif os.path.getsize(path) < 300_000:
            with open(path, "rb") as f:
                data = f.read()
        else:
            return None
        return data.decode("utf-8")
    except (OSError, UnicodeDecodeError, EOFError):
        return None


def prose(dirs):
    wanted = ("readme", "news", "changelog", "copyright", "faq", "authors", "todo", ".txt")
    seen = set()
    n = 0
    for root in dirs:
        for dirpath, dirnames, filenames in sorted(os.walk(root)):
            dirnames.sort()
            for name in sorted(filenames):
                if not any(w in name.lower() for w in wanted):
                    continue
                text = read_text(os.path.join(dirpath, name))
                if text is None:
                    continue
                for para in re.split(r"\n\s*\n", text):
                    para = para.strip()
                    if not 40 <= len(para) <= 2000 or para in seen:
                        continue
                    seen.add(para)
                    print(json.dumps(request(f"prose/{n}", "prose", "pass", para, n % 3)))
                    n += 1
    print(f"{n} benign requests", file=sys.stderr)


def payloads(root):
    n = 0
    for category in sorted(os.listdir(root)):
        folder = os.path.join(root, category)
        if not os.path.isdir(folder):
            continue
        for name in sorted(os.listdir(folder)):
            with open(os.path.join(folder, name), encoding="utf-8", errors="replace") as f:
                text = f.read()
            if category == "xxe":
                print(json.dumps(request(f"payloads/{category}/{name}", category, "detect", text, "xml", 1)))
                n += 1
                continue
            seen = set()
            for line in text.split("\n"):
                line = line.rstrip("\r")
                if not line.strip() or line in seen:
                    continue
                seen.add(line)
                print(json.dumps(request(f"payloads/{category}/{name}/{n}", category, "detect", line, n % 3, 1)))
                n += 1
    print(f"{n} attack requests", file=sys.stderr)


MEDIA = {".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".gif": "image/gif",
         ".ico": "image/x-icon", ".woff": "font/woff", ".woff2": "font/woff2", ".ttf": "font/ttf",
         ".otf": "font/otf", ".pdf": "application/pdf", ".gz": "application/gzip",
         ".zip": "application/zip", ".mo": "application/octet-stream"}


def binary(dirs, limit=400):
    import base64
    n = 0
    for root in dirs:
        for dirpath, dirnames, filenames in sorted(os.walk(root)):
            dirnames.sort()
            for name in sorted(filenames):
                path = os.path.join(dirpath, name)
                ext = os.path.splitext(name)[1].lower()
                try:
                    if os.path.islink(path) or not 2048 <= os.path.getsize(path):
                        continue
                    with open(path, "rb") as f:
                        data = f.read(1 << 20)
                except OSError:
                    continue
                if b"\0" not in data[:8192]:
                    continue
                media = MEDIA.get(ext, "application/octet-stream")
                head = "".join(f"{k}: {v}\r\n" for k, v in HEADERS)
                if n % 2 == 0:
                    body = data
                    ct = media
                else:
                    body = (b"--pal1sade\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                            + name.encode("ascii", "replace") + b"\"\r\nContent-Type: " + media.encode()
                            + b"\r\n\r\n" + data + b"\r\n--pal1sade--\r\n")
                    ct = "multipart/form-data; boundary=pal1sade"
                raw = (f"POST /upload HTTP/1.1\r\n{head}Content-Type: {ct}\r\n"
                       f"Content-Length: {len(body)}\r\n\r\n").encode() + body
                r = {"id": f"binary/{n}/{name}", "set": "text", "category": "upload", "expect": "pass",
                     "raw_b64": base64.b64encode(raw).decode()}
                print(json.dumps(r))
                n += 1
                if n >= limit:
                    print(f"{n} benign uploads", file=sys.stderr)
                    return
    print(f"{n} benign uploads", file=sys.stderr)


def main():
    if len(sys.argv) >= 2 and sys.argv[1] == "prose":
        prose(sys.argv[2:] or ["/usr/share/doc"])
    elif len(sys.argv) >= 2 and sys.argv[1] == "binary":
        binary(sys.argv[2:] or ["/usr/share", "/usr/lib"])
    elif len(sys.argv) == 3 and sys.argv[1] == "payloads":
        payloads(sys.argv[2])
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main()
