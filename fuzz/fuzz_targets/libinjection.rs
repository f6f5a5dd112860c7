//! The vendored libinjection SQLi and XSS detectors on arbitrary bytes. Palisade calls them
//! inside `catch_unwind`; this target finds the panics so they can be fixed at the source.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = libinjectionrs::detect_sqli(data);
    let _ = libinjectionrs::detect_xss(data);
});
