#!/usr/bin/env bash
CURRENT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
BIN="$CURRENT_DIR/target/release/tmux-notify-done"
[ -x "$BIN" ] || (cd "$CURRENT_DIR" && cargo build --release --quiet) || exit 0
tmux run-shell -b "$BIN init"
