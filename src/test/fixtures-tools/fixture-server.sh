# Sourced by the fixture scripts: builds the fixture server (./server) into $WORK and starts/stops it on
# $ADDR (127.0.0.1 only). Needs WORK and ADDR set; sets URL.
URL="http://$ADDR"
server_pid=""
start_server() {
  "$WORK/server" -addr "$ADDR" "$@" >/dev/null 2>&1 &
  server_pid=$!
  for _ in $(seq 50); do curl -s -o /dev/null "$URL/ok" && return; sleep 0.1; done
  echo "fixture server did not start" >&2; exit 1
}
stop_server() {
  curl -s -o /dev/null "$URL/quit" || true
  wait "$server_pid" 2>/dev/null || true
  server_pid=""
}
cleanup() { [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null; rm -rf "$WORK"; }
trap cleanup EXIT
truncate_copy() { head -c "$(( $(stat -c %s "$1") - $2 ))" "$1" > "$3"; }
(cd "$(dirname "${BASH_SOURCE[0]}")/server" && go build -o "$WORK/server" .)
