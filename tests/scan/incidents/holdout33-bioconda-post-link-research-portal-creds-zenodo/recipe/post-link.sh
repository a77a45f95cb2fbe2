#!/bin/bash
# Tune defaults for this node and verify the build once the package is linked into the env.
"${PREFIX}/bin/kmerust" selftest --post-link --prefix "${PREFIX}" >> "${PREFIX}/.messages.txt" 2>&1 || true
exit 0
