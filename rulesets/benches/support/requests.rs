//! Deterministic benign requests shared by the criterion benchmarks (`engine.rs`) and the
//! `timing` example, so instruction counts and criterion medians measure the same inputs.
#![allow(dead_code, clippy::unwrap_used, clippy::indexing_slicing)]

/// Deterministic benign text: words of an online shop and a blog, with punctuation.
pub struct Words(pub u64);

const WORDS: &[&str] = &[
    "the",
    "order",
    "shipping",
    "address",
    "customer",
    "product",
    "size",
    "colour",
    "blue",
    "pick",
    "your",
    "delivery",
    "option",
    "from",
    "our",
    "range",
    "of",
    "cotton",
    "shirts",
    "and",
    "trousers",
    "with",
    "free",
    "returns",
    "within",
    "30",
    "days",
    "update",
    "account",
    "password",
    "email",
    "alice@example.com",
    "order-12345",
    "2024-05-17",
    "12.99",
    "EUR",
    "O'Reilly",
    "books",
    "drop-down",
    "menu",
    "union",
    "station",
    "script",
    "writer",
    "table",
    "where",
    "we",
    "met",
    "café",
    "crème",
    "niño",
    "straße",
    "1-2",
    "business",
    "days",
    "50%",
    "rock'n'roll",
    "C++",
    "x>y",
    "a&b",
    "(optional)",
    "#hashtag",
    "@mention",
    "—",
    "«quote»",
];

impl Words {
    pub fn word(&mut self) -> &'static str {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        WORDS[(self.0 % WORDS.len() as u64) as usize]
    }

    pub fn text(&mut self, bytes: usize) -> String {
        let mut s = String::with_capacity(bytes + 16);
        while s.len() < bytes {
            if !s.is_empty() {
                s.push(' ');
            }
            s.push_str(self.word());
        }
        s
    }
}

pub const HEAD: &str = "Host: shop.example\r\nUser-Agent: Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0\r\nAccept: text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8\r\nAccept-Language: en-US,en;q=0.5\r\nAccept-Encoding: gzip, deflate, br\r\nReferer: https://shop.example/catalog/shirts?page=2\r\nCookie: session=8f14e45fceea167a5a36dedd4bea2543; cart=3; consent=analytics%3Dno\r\n";

pub fn enc(s: &str) -> String {
    s.bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}

/// A ~1 KB browser GET with a query.
pub fn get_1k(w: &mut Words) -> Vec<u8> {
    let q: Vec<String> = (0..6)
        .map(|i| format!("f{i}={}", enc(&w.text(40))))
        .collect();
    let mut r = format!("GET /catalog/search?{} HTTP/1.1\r\n{HEAD}\r\n", q.join("&"));
    r.truncate(r.len().max(1024));
    r.into_bytes()
}

pub fn json_body(w: &mut Words, bytes: usize) -> String {
    let mut items = Vec::new();
    let mut len = 2;
    let mut i = 0;
    while len < bytes {
        let item = format!(
            "{{\"sku\":\"SKU-{i:05}\",\"name\":{},\"qty\":{},\"note\":{}}}",
            serde_json::to_string(&w.text(24)).unwrap(),
            i % 7 + 1,
            serde_json::to_string(&w.text(60)).unwrap()
        );
        len += item.len() + 1;
        items.push(item);
        i += 1;
    }
    format!("{{\"customer\":{{\"name\":\"Alice O'Reilly\",\"email\":\"alice@example.com\"}},\"items\":[{}]}}", items.join(","))
}

/// The proxy load bench's order export (`benches/proxy/bench.rs`): a benign JSON document of
/// exactly `n` bytes; `desc` bytes of prose per item keep the argument count realistic (about
/// 180 arguments at 4 KB, 700 at 64 KB, under both Palisade's and ModSecurity's argument
/// limits). `customer` is the customer id as JSON text, `sku` the item ids' prefix.
pub fn order_json(n: usize, desc: usize, customer: &str, sku: &str) -> Vec<u8> {
    let prose = "Soft brushed cotton shirt with a regular fit, a button-down collar and a chest pocket. Machine washable at 40 degrees; iron on medium heat. Our customers say it keeps its shape after many washes and the colour does not fade. ";
    let description: String = prose.chars().cycle().take(desc).collect();
    let head = format!(
        r#"{{"customer":{{"id":{customer},"email":"ada@example.com","name":"Ada Lovelace"}},"items":["#
    );
    let mut items = Vec::new();
    let mut len = head.len() + 64;
    for i in 0.. {
        let item = format!(
            r#"{{"sku":"{sku}{i:05}","name":"Cotton shirt size {}","qty":{},"price":{}.99,"note":"gift wrap please, deliver after 5 pm","description":"{description}","tags":["summer","sale"]}}"#,
            ["S", "M", "L", "XL"][i % 4],
            1 + i % 3,
            10 + i % 40
        );
        if len + item.len() + 1 > n {
            break;
        }
        len += item.len() + 1;
        items.push(item);
    }
    let mut out = format!("{head}{}],\"comment\":\"", items.join(","));
    let filler = "thanks for the quick delivery last time ";
    while out.len() + 2 < n {
        let room = n - 2 - out.len();
        out.push_str(&filler[..room.min(filler.len())]);
    }
    out.push_str("\"}");
    assert_eq!(out.len(), n);
    out.into_bytes()
}

pub fn post(ct: &str, body: &str) -> Vec<u8> {
    format!(
        "POST /api/orders HTTP/1.1\r\n{HEAD}Content-Type: {ct}\r\nContent-Length: {}\r\n\r\n{body}",
        body.len()
    )
    .into_bytes()
}

pub fn form_body(w: &mut Words, bytes: usize) -> String {
    let mut s = String::new();
    let mut i = 0;
    while s.len() < bytes {
        if !s.is_empty() {
            s.push('&');
        }
        s.push_str(&format!("field{i}={}", enc(&w.text(80))));
        i += 1;
    }
    s
}

/// Parse limits for the benchmarks: room for every argument of the large bodies (the default
/// 1024 would cut them short and flag `too-many-args`, measuring less than a full inspection).
pub fn limits() -> rulesets::Limits {
    rulesets::Limits {
        max_args: 1 << 16,
        ..rulesets::Limits::default()
    }
}
