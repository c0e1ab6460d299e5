#!/usr/bin/env bash
# `npm test`: the whole suite on a Debian machine where `npm ci` is the only thing done before.
#  1. The services the tests run against (scripts/provide-services.sh): Chromium, nginx, a JRE and
#     PostgreSQL installed in one apt run when missing (or a stop at once with the command to run,
#     without root or passwordless sudo), and a scratch PostgreSQL cluster when DATABASE_URL does
#     not answer, removed on every exit (failure and Ctrl-C included).
#  2. lint, typecheck, check-content, check-css, unit tests, build, e2e: each timed, the first
#     failure stops the run.
#  3. The counts: unit and e2e tests, then `total: N passed, N failed`.
# Node: npm puts node_modules/.bin first on PATH, so every step runs on the registry's `node`
# package (24, a dependency) when the machine's Node is older; the same holds when this script is
# run without npm.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$PATH"

if [ ! -d node_modules ]; then echo "node_modules is missing: run npm ci first." >&2; exit 1; fi
if [ "$(node -p 'process.versions.node.split(".")[0]')" -lt 22 ]; then
  echo "npm test wants Node 22 or newer and found $(node --version) at $(command -v node): npm ci installs Node 24 into node_modules/.bin." >&2
  exit 1
fi

# shellcheck source=scripts/provide-services.sh
. scripts/provide-services.sh

started=$SECONDS
logs="$(mktemp -d "${TMPDIR:-/tmp}/npm-test.XXXXXX")"
child=
tee_pid=
cleanup() {
  stop_scratch_postgres
  rm -rf "$logs"
}
# Ctrl-C, SIGTERM or a hang-up stops the step the way Ctrl-C stops it in a terminal (SIGINT to its
# process group, once: Playwright then stops its web servers, which SIGTERM would leave running),
# waits for it, then the cluster goes.
on_signal() {
  trap '' INT TERM HUP
  echo "npm test: stopped by SIG$1" >&2
  if [ -n "$child" ]; then
    kill -INT -- "-$child" 2>/dev/null || true
    wait "$child" 2>/dev/null || true
  fi
  exit "$2"
}
trap cleanup EXIT
trap 'on_signal INT 130' INT
trap 'on_signal TERM 143' TERM
trap 'on_signal HUP 129' HUP

echo "npm test on Node $(node --version) ($(command -v node))"
provide_packages
provide_postgres
timings=("services $SECONDS s")

# One step: its output to the terminal and to $logs/<name>.log. It runs in the background, so that
# a signal is handled at once, and in a session of its own (setsid), so that on_signal can stop its
# whole process group and nothing else.
step() {
  local name=$1 begun=$SECONDS rc=0
  shift
  echo
  echo "── $name: $*"
  mkfifo "$logs/$name.fifo"
  tee "$logs/$name.log" <"$logs/$name.fifo" &
  tee_pid=$!
  setsid "$@" </dev/null >"$logs/$name.fifo" 2>&1 &
  child=$!
  wait "$child" || rc=$?
  wait "$tee_pid" || true
  child=
  timings+=("$name $((SECONDS - begun)) s")
  if [ "$rc" -ne 0 ]; then
    echo "npm test: $name failed (exit $rc) after $((SECONDS - started)) s" >&2
    exit "$rc"
  fi
}

step lint npm run lint
step typecheck npm run typecheck
step check-content npm run check-content
step check-css npm run check-css
step unit npm run test:unit
step build npm run build
step e2e npm run test:e2e

# node:test ends with `ℹ pass N`, `ℹ fail N`, `ℹ skipped N` (spec; `# pass N` in TAP), Playwright's
# list reporter with `  N passed (2.1m)`, `  N flaky`, `  N skipped` (a failure stopped the run above).
count() { grep -aE "$2" "$logs/$1.log" | grep -aoE '[0-9]+' | head -1 || true; }
unit_pass=$(count unit '^(ℹ|#) pass [0-9]+$')
unit_fail=$(count unit '^(ℹ|#) fail [0-9]+$')
unit_skipped=$(count unit '^(ℹ|#) skipped [0-9]+$')
e2e_pass=$(count e2e '^ +[0-9]+ passed')
e2e_flaky=$(count e2e '^ +[0-9]+ flaky')
e2e_skipped=$(count e2e '^ +[0-9]+ skipped')
passed=$((${unit_pass:-0} + ${e2e_pass:-0} + ${e2e_flaky:-0}))
skipped=$((${unit_skipped:-0} + ${e2e_skipped:-0}))
echo
echo "npm test: $((SECONDS - started)) s on Node $(node --version) ($(IFS=,; echo "${timings[*]}" | sed 's/,/, /g'))"
echo "unit: ${unit_pass:-?} passed, ${unit_fail:-?} failed, ${unit_skipped:-0} skipped"
echo "e2e: ${e2e_pass:-?} passed, 0 failed, ${e2e_skipped:-0} skipped${e2e_flaky:+ ($e2e_flaky flaky: passed on a retry)}"
echo "total: $passed passed, ${unit_fail:-0} failed$([ "$skipped" -gt 0 ] && echo ", $skipped skipped")"
