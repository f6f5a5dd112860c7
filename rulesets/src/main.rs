//! `palisade-rules`: check, evaluate and explain Palisade rule sets.
use std::io::{BufRead, BufWriter, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, Result};
use clap::{Parser, Subcommand};
use rulesets::corpus::CorpusRecord;
use rulesets::report::Summary;
use rulesets::{httpraw, load_builtin, load_dir, CompiledRuleSet, EvalConfig, Limits};
use serde_json::json;

/// Check, evaluate and explain Palisade WAF rule sets.
///
/// Without --rules every command uses the built-in rules (the files of rulesets/rules/
/// embedded in the binary).
#[derive(Parser)]
#[command(name = "palisade-rules", version, about, long_about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Compile the rules; print rule counts per category and memory used.
    ///
    /// Exits non-zero, naming file:line, rule id and reason, if any rule is invalid.
    Check {
        /// Rules directory (*.toml); default: the built-in rules.
        #[arg(long)]
        rules: Option<PathBuf>,
        /// Print the summary as JSON.
        #[arg(long)]
        json: bool,
    },
    /// Evaluate a JSONL request corpus: one JSON verdict per request on stdout, a summary
    /// table of detection and false-positive rates on stderr.
    Eval {
        /// The corpus (shape of ../shared/corpora/README.md).
        #[arg(long)]
        corpus: PathBuf,
        /// Rules directory; default: the built-in rules.
        #[arg(long)]
        rules: Option<PathBuf>,
        /// Paranoia level 1-4.
        #[arg(long, default_value_t = 1, value_parser = clap::value_parser!(u8).range(1..=4))]
        paranoia: u8,
        /// Anomaly score at which a request is blocked.
        #[arg(long, default_value_t = 5)]
        threshold: u32,
        /// Body bytes inspected per request.
        #[arg(long, default_value_t = 1 << 20)]
        max_body: usize,
        /// Judge every value afresh. By default a short value that matched nothing earlier in
        /// the run is not judged again (the proxy does the same); results are the same either
        /// way, only the cost differs.
        #[arg(long)]
        no_clean_memory: bool,
        /// Exclusions to apply, as a YAML (or JSON) list in the shape of palisade-proxy's
        /// `exclusions` (`- {path_prefix, path_pattern, rules, categories, targets}`): try a
        /// route's tuning on captured traffic before deploying it.
        #[arg(long, value_name = "FILE")]
        exclusions: Option<PathBuf>,
    },
    /// Explain one raw HTTP/1 request read from stdin: every match, and the normalised form
    /// it matched in.
    Explain {
        /// Rules directory; default: the built-in rules.
        #[arg(long)]
        rules: Option<PathBuf>,
        /// Paranoia level 1-4.
        #[arg(long, default_value_t = 1, value_parser = clap::value_parser!(u8).range(1..=4))]
        paranoia: u8,
        /// Anomaly score at which a request is blocked.
        #[arg(long, default_value_t = 5)]
        threshold: u32,
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
        /// Exclusions to apply (see `eval --exclusions`).
        #[arg(long, value_name = "FILE")]
        exclusions: Option<PathBuf>,
    },
}

/// Reads an exclusions file: a YAML or JSON list of exclusion specs.
fn load_exclusions(file: Option<&Path>) -> Result<std::sync::Arc<rulesets::Exclusions>> {
    let Some(file) = file else {
        return Ok(std::sync::Arc::new(rulesets::Exclusions::default()));
    };
    let text = std::fs::read_to_string(file)
        .with_context(|| format!("reading exclusions {}", file.display()))?;
    let specs: Vec<rulesets::ExclusionSpec> = serde_yaml::from_str(&text)
        .with_context(|| format!("{}: not a list of exclusions", file.display()))?;
    let compiled = rulesets::Exclusions::compile(&specs)
        .map_err(anyhow::Error::msg)
        .with_context(|| format!("{}", file.display()))?;
    Ok(std::sync::Arc::new(compiled))
}

fn load(rules: Option<&Path>) -> Result<CompiledRuleSet, rulesets::LoadError> {
    match rules {
        Some(dir) => load_dir(dir),
        None => load_builtin(),
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Check { rules, json } => check(rules.as_deref(), json),
        Command::Eval {
            corpus,
            rules,
            paranoia,
            threshold,
            max_body,
            no_clean_memory,
            exclusions,
        } => load_exclusions(exclusions.as_deref()).and_then(|exclusions| {
            let cfg = EvalConfig {
                paranoia,
                threshold,
                remember_clean: !no_clean_memory,
                exclusions,
                ..EvalConfig::default()
            };
            eval(&corpus, rules.as_deref(), &cfg, max_body)
        }),
        Command::Explain {
            rules,
            paranoia,
            threshold,
            json,
            exclusions,
        } => load_exclusions(exclusions.as_deref())
            .and_then(|ex| explain(rules.as_deref(), paranoia, threshold, json, ex)),
    };
    match result {
        Ok(code) => code,
        // A reader that stops early (`| head`) is no error: stop quietly, as `cat` does.
        Err(e)
            if e.chain().any(|c| {
                c.downcast_ref::<std::io::Error>()
                    .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
            }) =>
        {
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("palisade-rules: error: {e:#}");
            ExitCode::from(2)
        }
    }
}

fn check(rules: Option<&Path>, as_json: bool) -> Result<ExitCode> {
    let mut out = std::io::stdout().lock();
    let set = match load(rules) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("palisade-rules: {e}");
            return Ok(ExitCode::from(1));
        }
    };
    let stats = set.stats();
    if as_json {
        writeln!(out, "{}", serde_json::to_string_pretty(&stats)?)?;
        return Ok(ExitCode::SUCCESS);
    }
    writeln!(
        out,
        "rules ok: {} rules from {} file(s) ({})",
        stats.rules, stats.files, stats.source
    )?;
    writeln!(out, "version: {}", stats.version)?;
    writeln!(out, "per category:")?;
    for (c, n) in &stats.per_category {
        writeln!(out, "  {c:<18} {n:>4}")?;
    }
    writeln!(out, "per paranoia level:")?;
    for (p, n) in &stats.per_paranoia {
        writeln!(out, "  PL{p:<16} {n:>4}")?;
    }
    writeln!(
        out,
        "literal prefilter: {} literals in {} transformation group(s); {} request check(s)",
        stats.literals, stats.groups, stats.request_checks
    )?;
    writeln!(
        out,
        "always-run (no literal gate): {} rule(s){}{}",
        stats.always_run.len(),
        if stats.always_run.is_empty() {
            ""
        } else {
            ": "
        },
        stats.always_run.join(", ")
    )?;
    writeln!(
        out,
        "memory: {} bytes ({:.1} KiB) in automata and regexes",
        stats.memory_bytes,
        stats.memory_bytes as f64 / 1024.0
    )?;
    Ok(ExitCode::SUCCESS)
}

fn eval(
    corpus: &Path,
    rules: Option<&Path>,
    cfg: &EvalConfig,
    max_body: usize,
) -> Result<ExitCode> {
    let set = load(rules)?;
    let file =
        std::fs::File::open(corpus).with_context(|| format!("opening {}", corpus.display()))?;
    let stdout = std::io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut summary = Summary::default();
    let mut skipped = 0usize;
    for (n, line) in std::io::BufReader::new(file).lines().enumerate() {
        let line = line.with_context(|| format!("reading {}", corpus.display()))?;
        if line.trim().is_empty() {
            continue;
        }
        let rec = CorpusRecord::parse(&line, n + 1)?;
        if rec.category == "response" {
            // Response inspection tests: Palisade inspects requests only.
            skipped += 1;
            continue;
        }
        let raw = rec.to_raw(n + 1)?;
        let req = httpraw::parse_request(&raw, Limits::default(), max_body);
        let v = set.evaluate(&req, cfg);
        summary.add(&rec.expect, &rec.category, rec.paranoia, v.is_block());
        let matches: Vec<_> = v
            .matches
            .iter()
            .map(|m| {
                json!({
                    "rule": m.rule.id,
                    "category": m.rule.category.as_str(),
                    "target": m.target,
                    "fragment": m.fragment,
                })
            })
            .collect();
        let verdict = if v.is_block() { "block" } else { "pass" };
        let line = json!({"id": rec.id, "verdict": verdict, "score": v.score, "matches": matches});
        writeln!(out, "{line}")?;
    }
    out.flush()?;
    eprint!("{}", summary.table(cfg.paranoia));
    if skipped > 0 {
        eprintln!("skipped {skipped} response-inspection record(s) (category `response`)");
    }
    Ok(ExitCode::SUCCESS)
}

fn explain(
    rules: Option<&Path>,
    paranoia: u8,
    threshold: u32,
    as_json: bool,
    exclusions: std::sync::Arc<rulesets::Exclusions>,
) -> Result<ExitCode> {
    let mut out = std::io::stdout().lock();
    let set = load(rules)?;
    let mut raw = Vec::new();
    std::io::stdin()
        .read_to_end(&mut raw)
        .context("reading the request from stdin")?;
    if raw.is_empty() {
        anyhow::bail!("no request on stdin (pipe a raw HTTP/1 request, e.g. `printf 'GET /?q=1 HTTP/1.1\\r\\nHost: x\\r\\n\\r\\n' | palisade-rules explain`)");
    }
    let req = httpraw::parse_request(&raw, Limits::default(), 1 << 20);
    let cfg = EvalConfig {
        paranoia,
        threshold,
        explain: true,
        exclusions,
        ..EvalConfig::default()
    };
    let v = set.evaluate(&req, &cfg);
    if as_json {
        let matches: Vec<_> = v
            .matches
            .iter()
            .map(|m| {
                let (form, transforms) = m.form.clone().unwrap_or_default();
                json!({
                    "rule": m.rule.id, "name": m.rule.name, "category": m.rule.category.as_str(),
                    "severity": m.rule.severity.as_str(), "paranoia": m.rule.paranoia,
                    "score": m.rule.score, "target": m.target, "fragment": m.fragment,
                    "transforms": transforms, "form": form, "location": m.rule.location,
                })
            })
            .collect();
        let verdict = if v.is_block() { "block" } else { "pass" };
        writeln!(
            out,
            "{}",
            serde_json::to_string_pretty(&json!({
                "verdict": verdict, "score": v.score, "threshold": v.threshold,
                "anomalies": req.anomalies().iter().map(|a| a.as_str()).collect::<Vec<_>>(),
                "decoded_body": req.encoded_len().map(|n| json!({"received": n, "decoded": req.body().len()})),
                "transcoded_from": req.transcoded_from(),
                "matches": matches,
            }))?
        )?;
        return Ok(ExitCode::SUCCESS);
    }
    writeln!(
        out,
        "{} {} {}",
        String::from_utf8_lossy(req.method()),
        String::from_utf8_lossy(req.uri()),
        String::from_utf8_lossy(req.version())
    )?;
    writeln!(
        out,
        "verdict: {} (score {} / threshold {}, paranoia {paranoia})",
        if v.is_block() { "BLOCK" } else { "pass" },
        v.score,
        v.threshold
    )?;
    if !req.anomalies().is_empty() {
        let a: Vec<&str> = req.anomalies().iter().map(|a| a.as_str()).collect();
        writeln!(out, "anomalies: {}", a.join(", "))?;
    }
    if let Some(from) = req.transcoded_from() {
        writeln!(out, "body: transcoded from {from} to UTF-8")?;
    }
    if let Some(n) = req.encoded_len() {
        writeln!(
            out,
            "body: Content-Encoding decoded, {n} bytes received → {} inspected",
            req.body().len()
        )?;
    }
    if v.matches.is_empty() {
        writeln!(out, "no rule matched")?;
    }
    for m in &v.matches {
        writeln!(out)?;
        writeln!(
            out,
            "{} {} [{} {}, PL{}, +{}]  ({})",
            m.rule.id,
            m.rule.name,
            m.rule.category,
            m.rule.severity,
            m.rule.paranoia,
            m.rule.score,
            m.rule.location
        )?;
        writeln!(out, "  target:   {}", m.target)?;
        writeln!(out, "  matched:  {}", m.fragment)?;
        if let Some((form, transforms)) = &m.form {
            let t = if transforms.is_empty() {
                "none"
            } else {
                transforms
            };
            writeln!(out, "  form ({t}): {form}")?;
        }
    }
    Ok(ExitCode::SUCCESS)
}
