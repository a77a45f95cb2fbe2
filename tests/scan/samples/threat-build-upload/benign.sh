#!/bin/sh
# Fetches the pinned zlib release the build compiles, and checks it.
set -eu
curl -fsSL -o "$OUT_DIR/zlib.tar.gz" "https://zlib.net/fossils/zlib-1.3.1.tar.gz"
echo "9a93b2b7dfdac77ceba5a558a580e74667dd6fede4585b91eefb60f03b72df23  $OUT_DIR/zlib.tar.gz" | sha256sum -c -
