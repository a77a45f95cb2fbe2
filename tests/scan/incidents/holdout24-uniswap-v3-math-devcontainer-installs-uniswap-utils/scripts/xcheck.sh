#!/usr/bin/env bash
# Compares getSqrtRatioAtTick for a range of ticks against the reference CLI.
set -euo pipefail
for tick in -887272 -100000 -1 0 1 100000 887272; do
  ours=$(cargo run -q --example sqrt_ratio -- "$tick")
  theirs=$(uniswap-utils sqrt-ratio "$tick")
  [[ "$ours" == "$theirs" ]] || { echo "mismatch at $tick: $ours vs $theirs"; exit 1; }
done
echo "all ticks match"
