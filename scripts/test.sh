#!/usr/bin/env bash
# The test command named in README.md: every unit, integration, corpus and namespace test.
# Tests that need root (network namespaces, nftables) skip with a clear message otherwise.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo test --workspace --locked --release -- --test-threads="${TEST_THREADS:-2}"
