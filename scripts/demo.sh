#!/usr/bin/env bash
# ./scan2ledger demo: scan2ledger and the legacy-ledger demo on embedded H2, fed with sample scans.
# Ctrl-C stops both cleanly (graceful shutdown: in-flight documents finish or resume on next start).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
JAR="$ROOT/app/target/scan2ledger.jar"
LEDGER_JAR="$ROOT/legacy-ledger/target/legacy-ledger-exec.jar"
export SCAN2LEDGER_HOME="${SCAN2LEDGER_HOME:-$ROOT/data}"
export SERVER_PORT="${SERVER_PORT:-8080}"
export LEDGER_PORT="${LEDGER_PORT:-8090}"
export SCAN2LEDGER_MNIST_DIR="${SCAN2LEDGER_MNIST_DIR:-$ROOT/.cache/mnist}"
JAVA_OPTS="${JAVA_OPTS:-} -Dfile.encoding=UTF-8 -Dpdfbox.fontcache=$ROOT/.cache/pdfbox"

say() { printf '[scan2ledger] %s\n' "$*" >&2; }

port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
for p in "$SERVER_PORT" "$LEDGER_PORT"; do
  if port_busy "$p"; then
    say "port $p is already in use; choose others, e.g. SERVER_PORT=8180 LEDGER_PORT=8190 ./scan2ledger demo"
    exit 1
  fi
done

mkdir -p "$SCAN2LEDGER_HOME/logs"
pids=()
stop_all() {
  trap - INT TERM EXIT
  say "stopping..."
  for p in "${pids[@]}"; do kill -TERM "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
  say "stopped. Data is kept in $SCAN2LEDGER_HOME (delete it for a fresh demo)."
}
trap stop_all INT TERM EXIT

if [ -f "$LEDGER_JAR" ]; then
  LEDGER_HOME="$SCAN2LEDGER_HOME/legacy-ledger" java $JAVA_OPTS -jar "$LEDGER_JAR" \
    >"$SCAN2LEDGER_HOME/logs/legacy-ledger.log" 2>&1 &
  pids+=($!)
fi

java $JAVA_OPTS -jar "$JAR" --spring.profiles.active=demo &
pids+=($!)
app_pid=$!

for _ in $(seq 1 240); do
  kill -0 "$app_pid" 2>/dev/null || { say "scan2ledger did not start; see the output above"; exit 1; }
  curl -fsS "http://127.0.0.1:$SERVER_PORT/actuator/health" >/dev/null 2>&1 && break
  sleep 0.5
done

# Sample scans: generated once (fixed seed), then dropped into the inboxes one by one, the way a
# multifunction printer would, so the clerk sees them arrive.
samples="$SCAN2LEDGER_HOME/samples"
if [ ! -d "$samples" ] && java $JAVA_OPTS -jar "$JAR" samples --help >/dev/null 2>&1; then
  java $JAVA_OPTS -jar "$JAR" samples --out "$samples" --n 8 --seed 42 >&2 || true
  # Two handwritten ones too (MNIST digits in the boxes), when MNIST is there to write them with.
  if [ -f "$SCAN2LEDGER_MNIST_DIR/t10k-images-idx3-ubyte" ]; then
    java $JAVA_OPTS -jar "$JAR" samples --out "$samples" --hand --n 2 >&2 || true
  fi
fi
feed() {
  local i=0 f
  for f in "$samples"/*; do
    case "$f" in *.json|*.txt) continue ;; esac
    [ -f "$f" ] || continue
    local inboxes=(madoguchi kodomo zeimu)
    local target="$SCAN2LEDGER_HOME/inbox/${inboxes[$((i % 3))]}"
    mkdir -p "$target"
    # Copy under a temporary name, then rename: the inbox never shows a half-written file.
    cp "$f" "$target/.$(basename "$f").tmp" && mv "$target/.$(basename "$f").tmp" "$target/$(basename "$f")"
    i=$((i + 1))
    sleep 1
  done
}
[ -d "$samples" ] && feed &

cat >&2 <<BANNER

  scan2ledger demo is running
  -------------------------------------------------------------------
  Review UI / API   http://localhost:$SERVER_PORT/
  Demo ledger       http://localhost:$LEDGER_PORT/   (legacy web ledger the bots key into)
  Logins            clerk / clerk-demo         (窓口: upload, own channels)
                    supervisor / supervisor-demo   (審査: review, approve, reject)
                    admin / admin-demo         (管理: users, schedules, DV access)
  Inbox folders     $SCAN2LEDGER_HOME/inbox/{madoguchi,kodomo,zeimu}
  Try               curl -u clerk:clerk-demo http://localhost:$SERVER_PORT/api/documents
  Stop              Ctrl-C
  -------------------------------------------------------------------

BANNER

wait "$app_pid"
