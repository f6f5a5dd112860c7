//! An arbitrary rule file: compiles or is rejected with an error, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let files = vec![("fuzz.toml".to_string(), text.to_string())];
    if let Err(e) = rulesets::compile_files("fuzz", &files) {
        // Errors must name where they are.
        let _ = e.to_string();
    }
});
