#!/bin/sh
# Runs COMMAND… while `referat serve` serves INDEX on PORT, then stops the server (by its process id) and exits with
# the command's status; the command finds the server's process id in REFERAT_SERVER_PID. Usage:
# Tests/Scripts/with-server.sh REFERAT INDEX PORT COMMAND…
set -u
referat=$1 index=$2 port=$3
shift 3
"$referat" serve --db "$index" --port "$port" 2>"$index.serve.log" &
server=$!
trap 'kill "$server" 2>/dev/null; wait "$server" 2>/dev/null' EXIT INT TERM
# Ready when the stylesheet answers; a server that fails to start ends the wait at once.
tries=0
until curl -fs -o /dev/null "http://127.0.0.1:$port/static/referat.css"; do
	kill -0 "$server" 2>/dev/null || { cat "$index.serve.log" >&2; exit 2; }
	tries=$((tries + 1))
	[ "$tries" -lt 100 ] || { echo "the server did not start" >&2; exit 2; }
	sleep 0.2
done
REFERAT_SERVER_PID=$server "$@"
