#!/bin/bash
set -euo pipefail
cargo-bundle-licenses --format yaml --output THIRDPARTY.yml
cargo install --no-track --locked --verbose --root "${PREFIX}" --path .
mkdir -p "${PREFIX}/share/kmerust"
