#!/bin/sh
# Prepares the exercise environment, then runs the given command (cargo passes the test or
# binary path as "$@"). Safe to run repeatedly.
set -e
here=$(cd "$(dirname "$0")/.." && pwd)
. "$here/scripts/lib/toolchain.sh"

mkdir -p "$here/fixtures"
[ -f "$here/fixtures/stock.json" ] || printf '%s\n' '[{"sku":"A-100","qty":25},{"sku":"B-200","qty":3}]' > "$here/fixtures/stock.json"
[ -f "$here/.env" ] || cp "$here/.env.example" "$here/.env" 2>/dev/null || true

tb_toolchain_check >/dev/null 2>&1 || true
exec "$@"
