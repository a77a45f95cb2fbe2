#!/bin/sh
# Bazel workspace status command: prints KEY VALUE lines.
exec cargo run --quiet --release --manifest-path "$(dirname "$0")/Cargo.toml"
