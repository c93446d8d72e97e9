#!/usr/bin/env bash
# A small "build" for the demo: compiler-style diagnostics, a secret it must not leak, progress
# drawn with \r, and a flaky first attempt that the retry absorbs.
set -euo pipefail
state="${DEMO_STATE:?}"
attempt=$(( $(cat "$state" 2>/dev/null || echo 0) + 1 ))
echo "$attempt" > "$state"

echo "compiling 3 files (attempt $attempt)"
for pct in 10 40 70 100; do printf '\rprogress %3d%%' "$pct"; sleep 0.05; done; echo
echo "src/util.c:12:5: warning: unused variable 'tmp' [-Wunused-variable]"
echo "using token $DEMO_TOKEN to fetch dependencies"
if [ "$attempt" -lt 2 ]; then
  echo "src/net.c:40:9: error: connection reset while downloading deps" >&2
  exit 2
fi
echo "::notice title=demo::all tests passed on attempt $attempt"
echo "built ok"
