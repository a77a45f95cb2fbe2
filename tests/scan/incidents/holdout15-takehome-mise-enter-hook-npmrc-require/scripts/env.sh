#!/usr/bin/env bash
# Exported for the API and the dashboard.
export ORDERBOOK_PORT=3000
export ORDERBOOK_TICK=0.01
export NODE_ENV=development
