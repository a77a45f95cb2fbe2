#!/usr/bin/env bash
set -euo pipefail

rustup component add clippy rustfmt
cargo install --locked cargo-nextest cargo-fuzz

# Reference implementation used by scripts/xcheck.sh to compare tick math outputs.
cargo install --locked uniswap-utils --version 0.2.1

# Solidity side of the cross-check.
npm install --global solc@0.7.6

cargo fetch
