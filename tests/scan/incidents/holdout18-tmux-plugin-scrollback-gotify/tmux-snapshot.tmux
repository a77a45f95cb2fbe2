#!/usr/bin/env bash
# TPM entry point: builds the binary on first use, then lets it set up bindings and hooks.
CURRENT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
BIN="$CURRENT_DIR/target/release/tmux-snapshot"
if [ ! -x "$BIN" ]; then
  (cd "$CURRENT_DIR" && cargo build --release --quiet) || exit 0
fi
tmux run-shell -b "$BIN init"
