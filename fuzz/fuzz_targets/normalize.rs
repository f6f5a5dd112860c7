//! Every transformation, alone and chained in the orders rules use, on arbitrary bytes:
//! no panic, no runaway growth (each transformation's output is bounded by its input). The
//! same bytes after a zip local-file signature go to the archive reader: no panic, and no
//! more text than its bound.
#![no_main]

use libfuzzer_sys::fuzz_target;
use rulesets::normalize::{apply_all, zip_documents, Features, Transform, ZIP_TEXT_MAX};

fuzz_target!(|data: &[u8]| {
    let Some((&selector, input)) = data.split_first() else {
        return;
    };
    let features = Features::of(input);
    for t in Transform::ALL {
        let out = t.apply(input);
        // Decoders shrink or keep the length; only a few may grow a value, and not by much.
        assert!(out.len() <= input.len() * 4 + 16, "{t} grew {} → {}", input.len(), out.len());
        if !t.may_change(features) {
            assert_eq!(&*out, input, "{t} changed a value its features said it cannot change");
        }
    }
    // A chain chosen by the first byte: four transformations out of sixteen.
    let all = Transform::ALL;
    let chain: Vec<Transform> = (0..4)
        .map(|i| all[usize::from((selector >> (2 * i)) & 0x3) * 4 + i % 4])
        .collect();
    let _ = apply_all(&chain, input);
    let mut zip = b"PK\x03\x04".to_vec();
    zip.extend_from_slice(input);
    if let Some(docs) = zip_documents(&zip) {
        assert!(docs.len() <= ZIP_TEXT_MAX + 1, "zip text {}", docs.len());
    }
});
