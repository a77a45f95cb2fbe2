#!/bin/sh
# Wrapper for distributions that only run shell scripts from dispatcher.d.
exec /usr/libexec/nm-autovpn "$@"
