#!/bin/sh
# Installed by hookguard {version}. Edit freely; hookguard will then leave this file alone.
#
# Skip once with: git {verb} --no-verify

set -e

{commands}
