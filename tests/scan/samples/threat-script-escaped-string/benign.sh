#!/usr/bin/env bash
# Prints coloured status lines: a few escapes for the terminal, nothing spelled in them.
set -eu
printf '\033[1;32m%s\033[0m\n' "fixtures ready"
echo -e "\tdone\n"
