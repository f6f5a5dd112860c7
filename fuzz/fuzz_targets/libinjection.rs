//! The vendored libinjection SQLi and XSS detectors on arbitrary bytes, and Palisade's HTML
//! document judgement built on libinjection's HTML5 tokenizer. Palisade calls the detectors
//! inside `catch_unwind`; this target finds the panics so they can be fixed at the source.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = libinjectionrs::detect_sqli(data);
    let _ = libinjectionrs::detect_xss(data);
    let _ = rulesets::html::is_document(data);
    let _ = rulesets::html::document_runs_script(data);
});
