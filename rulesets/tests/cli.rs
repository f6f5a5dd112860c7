//! The `palisade-rules` command line as other tools use it: exit codes, the `eval` output
//! shape (one JSON object per request on stdout, the summary on stderr), `explain`, and a
//! reader that closes the pipe early.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Stdio};

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_palisade-rules"))
}

fn data(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data")
        .join(name)
}

const ATTACK: &[u8] = b"GET /search?q=1%27%20union%20select%20password%20from%20users-- HTTP/1.1\r\nHost: shop.example\r\nUser-Agent: t\r\nAccept: */*\r\n\r\n";

#[test]
fn check_accepts_the_builtin_rules_and_rejects_a_broken_file() {
    let ok = bin().arg("check").output().unwrap();
    assert!(ok.status.success());
    assert!(String::from_utf8_lossy(&ok.stdout).contains("rules ok:"));

    let dir = std::env::temp_dir().join(format!("palisade-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("bad.toml"),
        "[[rule]]\nid = \"x-1\"\nname = \"x\"\ncategory = \"sqli\"\ntargets = [\"ARGS\"]\nregex = \"(unclosed\"\n",
    )
    .unwrap();
    let bad = bin().args(["check", "--rules"]).arg(&dir).output().unwrap();
    std::fs::remove_dir_all(&dir).unwrap();
    assert_eq!(bad.status.code(), Some(1));
    let err = String::from_utf8_lossy(&bad.stderr);
    assert!(
        err.contains("x-1") && err.contains("bad.toml"),
        "stderr: {err}"
    );
}

#[test]
fn eval_prints_one_verdict_per_request_and_a_summary() {
    let out = bin()
        .args(["eval", "--paranoia", "1", "--corpus"])
        .arg(data("web-traffic.jsonl"))
        .output()
        .unwrap();
    assert!(out.status.success());
    let stdout = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<serde_json::Value> = stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let corpus_lines = std::fs::read_to_string(data("web-traffic.jsonl"))
        .unwrap()
        .lines()
        .count();
    assert_eq!(lines.len(), corpus_lines);
    for v in &lines {
        assert!(v["id"].as_str().unwrap().starts_with("web/"));
        assert!(matches!(v["verdict"].as_str(), Some("block" | "pass")));
        assert!(v["score"].is_u64());
        for m in v["matches"].as_array().unwrap() {
            for key in ["rule", "category", "target"] {
                assert!(m[key].is_string(), "{m}");
            }
        }
    }
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("all"), "summary: {stderr}");
}

fn explain(args: &[&str], request: &[u8]) -> std::process::Output {
    let mut child = bin()
        .arg("explain")
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(request).unwrap();
    child.wait_with_output().unwrap()
}

#[test]
fn explain_names_the_rule_and_the_form_it_matched_in() {
    let text = explain(&[], ATTACK);
    assert!(text.status.success());
    let text = String::from_utf8_lossy(&text.stdout);
    assert!(text.contains("verdict: BLOCK"), "{text}");
    assert!(text.contains("form ("), "{text}");

    let json = explain(&["--json"], ATTACK);
    let v: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(v["verdict"], "block");
    assert!(v["matches"][0]["rule"]
        .as_str()
        .unwrap()
        .starts_with("sqli-"));

    let empty = explain(&[], b"");
    assert_eq!(empty.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&empty.stderr).contains("no request on stdin"));
}

#[test]
fn a_reader_that_stops_early_is_no_error() {
    // `palisade-rules explain | head -0`: the pipe is closed before anything is written.
    let mut child = bin()
        .arg("explain")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    child.stdin.take().unwrap().write_all(ATTACK).unwrap();
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("panicked"), "stderr: {stderr}");
    assert!(
        out.status.success(),
        "status {:?}, stderr: {stderr}",
        out.status
    );
}
