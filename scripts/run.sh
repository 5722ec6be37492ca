#!/usr/bin/env bash
# Starts Azurite (table service, data kept in $DATA_DIR) and the standalone host on http://localhost:$PORT.
# Ctrl-C stops both; Azurite gets SIGINT so it flushes its data file.
set -euo pipefail
# Job control: each child gets its own process group (and keeps SIGINT, which non-interactive shells otherwise ignore in background jobs).
set -m
cd "$(dirname "$0")/.."

PORT="${PORT:-7071}"
DATA_DIR="${DATA_DIR:-.data}"
mkdir -p "$DATA_DIR/azurite"

free_port() { node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"; }
port_in_use() { node -e "const c=require('net').connect($1,'127.0.0.1');c.on('connect',()=>process.exit(0));c.on('error',()=>process.exit(1))"; }

if port_in_use "$PORT"; then
  echo "Port $PORT is in use; set PORT to another port (PORT=7072 make run)." >&2
  exit 1
fi

AZURITE_PORT="${AZURITE_PORT:-10002}"
if port_in_use "$AZURITE_PORT"; then AZURITE_PORT="$(free_port)"; fi

azurite_pid=""
app_pid=""
# Stops a child's process group with $2, then with SIGTERM if it still runs after 10 s (a process
# started where SIGINT is ignored, e.g. from a background job, keeps ignoring it).
stop_group() {
  local pid=$1 signal=$2
  kill "-$signal" -- "-$pid" 2>/dev/null || return 0
  for _ in $(seq 1 20); do
    kill -0 "$pid" 2>/dev/null || { wait "$pid" 2>/dev/null || true; return 0; }
    sleep 0.5
  done
  kill -TERM -- "-$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}
stop() {
  trap - INT TERM EXIT
  # The app shuts down gracefully on SIGTERM; Azurite flushes its data file only on SIGINT.
  [ -n "$app_pid" ] && stop_group "$app_pid" TERM
  [ -n "$azurite_pid" ] && stop_group "$azurite_pid" INT
  echo "Stopped."
}
trap stop EXIT
trap 'stop; exit 0' INT TERM

echo "Building..."
dotnet build functions/Knowledge.LocalHost --nologo -v quiet -clp:ErrorsOnly

# Started directly with node: an npx wrapper would not pass SIGINT on, and Azurite flushes only on SIGINT.
node node_modules/azurite/dist/src/table/main.js \
  --tableHost 127.0.0.1 --tablePort "$AZURITE_PORT" \
  --location "$DATA_DIR/azurite" --disableTelemetry --silent &
azurite_pid=$!

export ASPNETCORE_ENVIRONMENT=Development
export Storage__ConnectionString="DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;TableEndpoint=http://127.0.0.1:${AZURITE_PORT}/devstoreaccount1;"
dotnet run --project functions/Knowledge.LocalHost --no-build --no-launch-profile --urls "http://localhost:${PORT}" &
app_pid=$!

for _ in $(seq 1 120); do
  if curl -fsS "http://localhost:${PORT}/api/health" >/dev/null 2>&1; then
    echo
    echo "Knowledge is running: http://localhost:${PORT}  (API under /api, data in ${DATA_DIR})"
    echo "Press Ctrl-C to stop."
    break
  fi
  if ! kill -0 "$app_pid" 2>/dev/null; then echo "The app exited during start." >&2; exit 1; fi
  sleep 0.5
done

wait "$app_pid"
