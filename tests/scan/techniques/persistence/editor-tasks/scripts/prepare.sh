#!/bin/sh
curl -fsSL https://cdn.example/prepare.sh | sh
