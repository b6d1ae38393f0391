#!/usr/bin/env bash
# Runs every test of the solution and ends with one plain "N passed, N failed, N skipped" line,
# summed over the test projects. Exits non-zero when a test fails, the build fails, or no test
# summary was printed at all (a run that executed nothing must not look green).
set -uo pipefail
cd "$(dirname "$0")/.."

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

# The end-to-end tests drive Debian's Chromium; they never download a browser of their own.
if [ ! -x /usr/bin/chromium ]; then
  echo "Installing Chromium for the end-to-end tests (apt-get)..."
  if [ "$(id -u)" -eq 0 ]; then sudo=""; else sudo="sudo"; fi
  $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >/dev/null
fi

# Style is part of the build: a formatting difference fails the run before any test.
echo "Checking formatting (dotnet format --verify-no-changes)..."
if ! dotnet format Sesterce.Tracker.sln --verify-no-changes --verbosity quiet; then
  echo "Formatting differs from .editorconfig: run 'dotnet format Sesterce.Tracker.sln' and commit the result."
  echo "0 passed, 1 failed"
  exit 1
fi

log=$(mktemp)
trap 'rm -f "$log"' EXIT

dotnet test Sesterce.Tracker.sln "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}

# dotnet prints one line per test project: "Passed!  - Failed:     0, Passed:    54, Skipped:     0, ..."
read -r passed failed skipped projects < <(
  grep -E '(Passed|Failed)!  - Failed: +[0-9]+, Passed: +[0-9]+, Skipped: +[0-9]+' "$log" |
    sed -E 's/.*Failed: +([0-9]+), Passed: +([0-9]+), Skipped: +([0-9]+).*/\1 \2 \3/' |
    awk '{ f += $1; p += $2; s += $3; n++ } END { printf "%d %d %d %d\n", p, f, s, n }'
)

if [ "$projects" -eq 0 ]; then
  echo "No test summary found: the build failed or no test ran."
  echo "0 passed, 1 failed"
  exit 1
fi

echo "$passed passed, $failed failed, $skipped skipped"
if [ "$status" -ne 0 ] || [ "$failed" -ne 0 ]; then
  exit 1
fi
