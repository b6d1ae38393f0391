#!/usr/bin/env bash
# Page throughput on the large generated portfolio: starts the app in Release on loopback against a
# copy of the generated database, signs in as an administrator, and runs wrk on the prerendered
# pages, the API and /ping (no database: the ceiling). Prints a Markdown table.
#
#   bash scripts/perf/wrk.sh                 # defaults below
#   PORT=5400 DURATION=15s CONNECTIONS=16 DB=/tmp/tracker-perf/big.db bash scripts/perf/wrk.sh
#
# Only 127.0.0.1 is ever a target; every wrk run is bounded by DURATION; the app started here is stopped at the end.
set -euo pipefail
cd "$(dirname "$0")/../.."

PORT=${PORT:-5400}
DURATION=${DURATION:-15s}
CONNECTIONS=${CONNECTIONS:-16}
THREADS=${THREADS:-2}
# Long enough that slow pages report their latency instead of counting as timeouts.
TIMEOUT=${TIMEOUT:-10s}
DB=${DB:-/tmp/tracker-perf/big.db}
WORK=${WORK:-/tmp/tracker-perf/wrk}
PAST=${PAST:-2025-11-25}
EMAIL=perf-admin@portfolio.test
export TRACKER_ADMIN_PASSWORD=${TRACKER_ADMIN_PASSWORD:-"wrk load test passphrase $(date +%s)"}
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

if ! command -v wrk >/dev/null; then
  echo "Installing wrk (Debian package)…" >&2
  if [ "$(id -u)" -eq 0 ]; then apt-get update -qq && apt-get install -y -qq wrk; else sudo apt-get update -qq && sudo apt-get install -y -qq wrk; fi
fi

dotnet build src/Sesterce.Tracker.Web -c Release -v quiet -nologo >&2
app=src/Sesterce.Tracker.Web/bin/Release/net10.0/Sesterce.Tracker.Web.dll

if [ ! -f "$DB" ]; then
  echo "Generating $DB (1,000 campuses)…" >&2
  dotnet build tools/Sesterce.Tracker.Generator -c Release -v quiet -nologo >&2
  dotnet tools/Sesterce.Tracker.Generator/bin/Release/net10.0/Sesterce.Tracker.Generator.dll --to "$DB" >&2
fi

# A working copy: sign-in writes users and the seed adds its campus; the generated file stays as generated.
mkdir -p "$WORK"
rm -f "$WORK"/tracker.db*
cp "$DB" "$WORK/tracker.db"
export ConnectionStrings__Tracker="Data Source=$WORK/tracker.db"
export ASPNETCORE_ENVIRONMENT=Production
dotnet "$app" create-admin --email "$EMAIL" --name "Load test" >&2

slug=$(sqlite3 "$WORK/tracker.db" "SELECT Slug FROM Campuses ORDER BY Id LIMIT 1 OFFSET (SELECT COUNT(*) / 2 FROM Campuses);")
base="http://127.0.0.1:$PORT"
dotnet "$app" --urls "$base" --contentRoot "$(pwd)/src/Sesterce.Tracker.Web" >"$WORK/app.log" 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  curl -fs "$base/ping" >/dev/null 2>&1 && break
  sleep 0.5
done
curl -fs "$base/ping" >/dev/null || { echo "The app did not start; see $WORK/app.log" >&2; exit 1; }

# Sign in through the real form: its hidden fields (antiforgery token, handler) and the antiforgery cookie go back with the post.
cookies_of() { grep -i '^set-cookie:' "$1" | sed -E 's/^[Ss]et-[Cc]ookie: *([^;]+);.*/\1/' | tr -d '\r' | paste -sd ';' | sed 's/;/; /g'; }
curl -s -D "$WORK/form.headers" -o "$WORK/form.html" "$base/account/sign-in"
form_cookie=$(cookies_of "$WORK/form.headers")
args=()
while IFS=$'\t' read -r name value; do
  args+=(--data-urlencode "$name=$value")
done < <(grep -oE '<input type="hidden" name="[^"]+" value="[^"]*"' "$WORK/form.html" | sed -E 's/.*name="([^"]+)" value="([^"]*)"/\1\t\2/' | sed 's/&#x2B;/+/g; s/&#x2F;/\//g; s/&#x3D;/=/g; s/&amp;/\&/g')
curl -s -D "$WORK/signin.headers" -o /dev/null -H "Cookie: $form_cookie" "${args[@]}" \
  --data-urlencode "Input.Email=$EMAIL" --data-urlencode "Input.Password=$TRACKER_ADMIN_PASSWORD" "$base/account/sign-in"
cookie=$(cookies_of "$WORK/signin.headers")
case "$cookie" in *AspNetCore.Identity*|*Tracker*) ;; *) echo "Sign-in failed; response headers in $WORK/signin.headers" >&2; exit 1 ;; esac

targets=(
  "Ping (no database, ceiling)|/ping"
  "Dashboard|/campuses/$slug"
  "Dashboard as of $PAST|/campuses/$slug?asOf=$PAST"
  "Timeline|/campuses/$slug/timeline"
  "Figure page (power)|/campuses/$slug/figures/power"
  "Executive view|/campuses/$slug/executive"
  "Portfolio timeline (page 1 of 40)|/timeline"
  "API campuses (all)|/api/campuses"
  "API figures|/api/campuses/$slug/figures"
  "API milestones|/api/campuses/$slug/milestones"
  "API figure revisions|/api/campuses/$slug/figures/power/revisions"
)

echo
echo "wrk -t$THREADS -c$CONNECTIONS -d$DURATION on $(nproc) cores, campus $slug of $(sqlite3 "$WORK/tracker.db" 'SELECT COUNT(*) FROM Campuses;') campuses, $(date -u +%Y-%m-%dT%H:%MZ)"
echo
echo "| What | Path | Requests/s | p50 | p90 | p99 | Errors |"
echo "| --- | --- | ---: | ---: | ---: | ---: | ---: |"
for target in "${targets[@]}"; do
  label=${target%%|*}
  path=${target#*|}
  status=$(curl -s -o "$WORK/body" -w '%{http_code}' -H "Cookie: $cookie" "$base$path")
  if [ "$status" != 200 ]; then
    echo "| $label | \`$path\` | HTTP $status | | | | |"
    continue
  fi
  for _ in $(seq 1 20); do curl -s -o /dev/null -H "Cookie: $cookie" "$base$path"; done
  out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --timeout "$TIMEOUT" --latency -H "Cookie: $cookie" "$base$path")
  rps=$(awk '/^Requests\/sec/ { print $2 }' <<<"$out")
  p50=$(awk '$1 == "50%" { print $2 }' <<<"$out")
  p90=$(awk '$1 == "90%" { print $2 }' <<<"$out")
  p99=$(awk '$1 == "99%" { print $2 }' <<<"$out")
  errors=$(awk '/Non-2xx/ { n += $5 } /Socket errors/ { n += $4 + $6 + $8 + $10 } END { print n + 0 }' <<<"$out")
  echo "| $label | \`$path\` | $rps | $p50 | $p90 | $p99 | $errors |"
done
