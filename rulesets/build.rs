//! Embeds every `rules/*.toml` file into the binary as the built-in default ruleset.
use std::{env, fs, io::Write, path::PathBuf};

fn main() -> std::io::Result<()> {
    let dir = PathBuf::from(env::var("CARGO_MANIFEST_DIR").unwrap_or_default()).join("rules");
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut files: Vec<PathBuf> = fs::read_dir(&dir)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    files.sort();
    let out = PathBuf::from(env::var("OUT_DIR").unwrap_or_default()).join("builtin_rules.rs");
    let mut f = fs::File::create(out)?;
    writeln!(
        f,
        "/// Built-in rule files, as (file name, contents), sorted by name."
    )?;
    writeln!(f, "pub static BUILTIN_RULE_FILES: &[(&str, &str)] = &[")?;
    for p in &files {
        println!("cargo:rerun-if-changed={}", p.display());
        let name = p.file_name().and_then(|n| n.to_str()).unwrap_or_default();
        writeln!(
            f,
            "    ({name:?}, include_str!({:?})),",
            p.display().to_string()
        )?;
    }
    writeln!(f, "];")?;
    Ok(())
}
