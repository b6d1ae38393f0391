#!/usr/bin/env bash
# Circuit capacity and live-update fan-out (docs/performance.md, circuits section): publishes the app in
# Release, starts it in Production on a loopback port with a fresh database, creates an admin,
# and runs the load client, which opens real interactive Blazor Server circuits and prints tables.
#
#   scripts/perf/circuits.sh                          # 100, 1,000 and 5,000 circuits, fan-out at 1,000
#   COUNTS=100,500 FANOUT_AT=500 scripts/perf/circuits.sh
#   GENERATE="--campuses 1000 --seed 42" scripts/perf/circuits.sh   # on a generated large portfolio
#
# Settings (environment): COUNTS, FANOUT_AT, FANOUT_REPS, EVENTS, EVENT_CONCURRENCY, PORT (5510),
# SETTLE_SECONDS, GENERATE (options of tools/Sesterce.Tracker.Generator; the database is then the
# generated portfolio instead of the seed), CAMPUS (slug whose dashboard and admin page are used;
# default: Alixan on the seed, the API's first campus on a generated portfolio), KEEP=1 keeps the
# work folder (database, logs, server output).
set -euo pipefail
cd "$(dirname "$0")/../.."

COUNTS=${COUNTS:-100,1000,5000}
FANOUT_AT=${FANOUT_AT:-1000}
FANOUT_REPS=${FANOUT_REPS:-5}
EVENTS=${EVENTS:-300}
EVENT_CONCURRENCY=${EVENT_CONCURRENCY:-10}
PORT=${PORT:-5510}
SETTLE_SECONDS=${SETTLE_SECONDS:-15}
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

# 5,000 WebSockets are 5,000 sockets on each side plus the server's files: the usual 1,024 is not enough.
ulimit -n "$(ulimit -Hn)" 2>/dev/null || true
if [ "$(ulimit -n)" != unlimited ] && [ "$(ulimit -n)" -lt 16384 ]; then
  echo "Open-file limit is $(ulimit -n); 5,000 circuits need about 12,000. Raise the hard limit (ulimit -Hn) first." >&2
fi

work=$(mktemp -d /tmp/tracker-circuits-XXXXXX)
server_pid=""
cleanup() {
  if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
  if [ "${KEEP:-0}" != 1 ]; then rm -rf "$work"; else echo "Kept $work"; fi
}
trap cleanup EXIT

echo "Publishing the app and building the load client (Release)..."
dotnet publish src/Sesterce.Tracker.Web -c Release -o "$work/app" --nologo -v quiet >/dev/null
dotnet build tools/Sesterce.Tracker.LoadClient -c Release --nologo -v quiet -o "$work/client" >/dev/null
if [ -n "${GENERATE:-}" ]; then
  dotnet build tools/Sesterce.Tracker.Generator -c Release --nologo -v quiet -o "$work/generator" >/dev/null
fi

export ASPNETCORE_ENVIRONMENT=Production
export ConnectionStrings__Tracker="Data Source=$work/data/tracker.db"
export Serilog__WriteTo__1__Args__path="$work/logs/tracker-.log"
mkdir -p "$work/data"
password="load-$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')"
email=load-admin@example.com

cd "$work/app"
campus_option=()
if [ -n "${GENERATE:-}" ]; then
  echo "Generating the portfolio: $GENERATE"
  # shellcheck disable=SC2086 # the generator's options are meant to split
  /usr/bin/time -f "generated in %e s" dotnet "$work/generator/Sesterce.Tracker.Generator.dll" --to "$work/data/tracker.db" $GENERATE 2>&1 | tail -3
  campus_option=(--campus "${CAMPUS:-first}")
elif [ -n "${CAMPUS:-}" ]; then
  campus_option=(--campus "$CAMPUS")
fi
TRACKER_ADMIN_PASSWORD="$password" dotnet Sesterce.Tracker.Web.dll create-admin --email "$email" --name "Load Admin" >/dev/null

dotnet Sesterce.Tracker.Web.dll --urls "http://127.0.0.1:$PORT" >"$work/server.out" 2>&1 &
server_pid=$!
for _ in $(seq 1 120); do
  if curl -fsS "http://127.0.0.1:$PORT/health" >/dev/null 2>&1; then break; fi
  sleep 0.5
done
curl -fsS "http://127.0.0.1:$PORT/health" >/dev/null

echo "Machine: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GB RAM; open-file limit $(ulimit -n)"
echo "Server: PID $server_pid, Production, http://127.0.0.1:$PORT, database $work/data/tracker.db"
TRACKER_LOAD_PASSWORD="$password" dotnet "$work/client/Sesterce.Tracker.LoadClient.dll" \
  --url "http://127.0.0.1:$PORT/" --email "$email" --server-pid "$server_pid" \
  --counts "$COUNTS" --fanout-at "$FANOUT_AT" --fanout-reps "$FANOUT_REPS" \
  --events "$EVENTS" --event-concurrency "$EVENT_CONCURRENCY" --settle-seconds "$SETTLE_SECONDS" "${campus_option[@]}"
echo "Server warnings and errors during the run:"
grep -E '\[(WRN|ERR|FTL)\]' "$work/server.out" | sed -E 's/^\[[0-9:]+ //' | sort | uniq -c | sort -rn | head -15 || true
