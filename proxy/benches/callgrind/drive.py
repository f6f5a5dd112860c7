#!/usr/bin/env python3
"""Loopback upstream (1 KB response, keep-alive) and a one-connection keep-alive client for
counting palisade-proxy's instructions per request under callgrind (run.sh).
usage: drive.py upstream PORT | drive.py client PORT N | drive.py req
The request is rulesets' `get_1k` (benches/support/requests.rs: same words, seed and headers, 789
bytes), or with SHAPE=bench the proxy load bench's GET (benches/proxy/bench.rs, 167 bytes).
SHAPE=json is the load bench's 4 KB JSON POST (json_body(4096, 0) there).
FRESH=1 gives each SHAPE=bench request its own product id, query values and session cookie
(same length; SHAPE=json: its own customer id, item ids and session cookie), FRESH=all its own Host, User-Agent and Accept values too: the proxy remembers
values that matched nothing, so a request repeated byte for byte measures only that memory."""
import os, socket, sys, threading

WORDS = ["the","order","shipping","address","customer","product","size","colour","blue","pick","your","delivery","option","from","our","range","of","cotton","shirts","and","trousers","with","free","returns","within","30","days","update","account","password","email","alice@example.com","order-12345","2024-05-17","12.99","EUR","O'Reilly","books","drop-down","menu","union","station","script","writer","table","where","we","met","café","crème","niño","straße","1-2","business","days","50%","rock'n'roll","C++","x>y","a&b","(optional)","#hashtag","@mention","—","«quote»"]
M = (1 << 64) - 1
class Words:
    def __init__(s, seed): s.x = seed
    def word(s):
        x = s.x
        x ^= (x << 13) & M; x ^= x >> 7; x ^= (x << 17) & M
        s.x = x
        return WORDS[x % len(WORDS)]
    def text(s, n):
        out = b""
        while len(out) < n:
            if out: out += b" "
            out += s.word().encode()
        return out
HEAD = "Host: shop.example\r\nUser-Agent: Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0\r\nAccept: text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8\r\nAccept-Language: en-US,en;q=0.5\r\nAccept-Encoding: gzip, deflate, br\r\nReferer: https://shop.example/catalog/shirts?page=2\r\nCookie: session=8f14e45fceea167a5a36dedd4bea2543; cart=3; consent=analytics%3Dno\r\n"
def enc(b):
    return "".join(chr(c) if (chr(c).isascii() and chr(c).isalnum()) or chr(c) in "-_.~" else "%%%02X" % c for c in b)
def get_1k():
    w = Words(0x9e3779b97f4a7c15)
    q = "&".join("f%d=%s" % (i, enc(w.text(40))) for i in range(6))
    return ("GET /catalog/search?%s HTTP/1.1\r\n%s\r\n" % (q, HEAD)).encode()

RESP = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 1024\r\n\r\n" + b"x" * 1024

def serve(c):
    buf = b""
    while True:
        while b"\r\n\r\n" not in buf:
            d = c.recv(65536)
            if not d: return
            buf += d
        _, buf = buf.split(b"\r\n\r\n", 1)
        c.sendall(RESP)

def upstream(port):
    l = socket.socket(); l.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    l.bind(("127.0.0.1", port)); l.listen(64)
    while True:
        c, _ = l.accept(); c.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        threading.Thread(target=serve, args=(c,), daemon=True).start()

BENCH_GET = b"GET /products/42?page=2&sort=price HTTP/1.1\r\nHost: shop.example\r\nUser-Agent: Mozilla/5.0 (X11; Linux x86_64) bench\r\nAccept: */*\r\nCookie: session=8f3a2c; theme=dark\r\n\r\n"
def bench_get(i, fresh):
    """The load bench's GET; with `fresh`, the values a real client varies made unique by i."""
    if not fresh:
        return BENCH_GET
    h = "%08x" % ((i * 0x9E3779B1) & 0xFFFFFFFF)
    host, ua, acc = ("shop.example", "bench", "*/*")
    if fresh == "all":
        host, ua, acc = ("s%s.example" % h[:4], h[:5], "*/" + h[5:])
    return ("GET /products/%s?page=%s&sort=%s HTTP/1.1\r\nHost: %s\r\nUser-Agent: Mozilla/5.0 (X11; Linux x86_64) %s\r\nAccept: %s\r\nCookie: session=%s; theme=dark\r\n\r\n"
            % (h[:2], h[2:3], h[3:8], host, ua, acc, h[2:8])).encode()

def json_body(n, customer, sku):
    """benches/proxy/bench.rs `json_body_ids(n, 0, customer, sku)`."""
    head = '{"customer":{"id":%s,"email":"ada@example.com","name":"Ada Lovelace"},"items":[' % customer
    items, length, i = [], len(head) + 64, 0
    while True:
        item = ('{"sku":"%s%05d","name":"Cotton shirt size %s","qty":%d,"price":%d.99,"note":"gift wrap please, deliver after 5 pm","description":"","tags":["summer","sale"]}'
                % (sku, i, ["S", "M", "L", "XL"][i % 4], 1 + i % 3, 10 + i % 40))
        if length + len(item) + 1 > n: break
        length += len(item) + 1; items.append(item); i += 1
    out = head + ",".join(items) + '],"comment":"'
    filler = "thanks for the quick delivery last time "
    while len(out) + 2 < n:
        out += filler[:min(n - 2 - len(out), len(filler))]
    out += '"}'
    assert len(out) == n
    return out.encode()

def json_post(i, fresh):
    """The load bench's 4 KB JSON POST; with `fresh`, its ids and cookie made unique by i."""
    h = "%08x" % ((i * 0x9E3779B1) & 0xFFFFFFFF)
    customer, sku, session = ('"%s"' % h, h + "-", h) if fresh else ("4711", "SKU-", "8f3a2c")
    body = json_body(4096, customer, sku)
    return (("POST /api/orders HTTP/1.1\r\nHost: shop.example\r\nUser-Agent: Mozilla/5.0 (X11; Linux x86_64) bench\r\nAccept: */*\r\nCookie: session=%s; theme=dark\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n"
             % (session, len(body))).encode() + body)

def client(port, n):
    fresh = os.environ.get("FRESH", "")
    shape = os.environ.get("SHAPE")
    c = socket.create_connection(("127.0.0.1", port)); c.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    buf = b""; codes = {}
    for i in range(n):
        req = bench_get(i, fresh) if shape == "bench" else json_post(i, fresh) if shape == "json" else get_1k()
        c.sendall(req)
        while b"\r\n\r\n" not in buf:
            d = c.recv(65536)
            if not d: raise SystemExit("closed")
            buf += d
        head, buf = buf.split(b"\r\n\r\n", 1)
        code = head.split(b" ", 2)[1]
        codes[code] = codes.get(code, 0) + 1
        cl = 0
        for line in head.split(b"\r\n")[1:]:
            k, _, v = line.partition(b":")
            if k.strip().lower() == b"content-length": cl = int(v)
        while len(buf) < cl:
            d = c.recv(65536)
            if not d: raise SystemExit("closed")
            buf += d
        buf = buf[cl:]
    print("client: %d requests, %d bytes each, statuses %s" % (n, len(req), codes))

if __name__ == "__main__":
    if sys.argv[1] == "upstream": upstream(int(sys.argv[2]))
    elif sys.argv[1] == "req": sys.stdout.buffer.write(get_1k())
    else: client(int(sys.argv[2]), int(sys.argv[3]))
