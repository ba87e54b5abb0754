#!/usr/bin/env bash
# Quick local gate before a commit: typecheck, lint, format; prints each step's exit code and fails on any.
set -u
status=0
npx tsc --noEmit || status=1
npx eslint . || status=1
npx prettier --check . > /dev/null || { echo "prettier: run npx prettier --write ."; status=1; }
exit $status
