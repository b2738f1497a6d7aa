#!/bin/sh
# Runs COMMAND… and, until it ends, prints the resident memory of process PID every INTERVAL seconds, then the
# lowest and highest seen. Usage: Tests/Scripts/rss-while.sh PID INTERVAL COMMAND…
set -u
pid=$1 interval=$2
shift 2
"$@" &
command=$!
samples=""
while kill -0 "$command" 2>/dev/null; do
	rss=$(awk '/^VmRSS:/ { print $2 }' "/proc/$pid/status" 2>/dev/null)
	[ -n "$rss" ] && { echo "rss $(date +%H:%M:%S) $((rss / 1024)) MB"; samples="$samples $rss"; }
	sleep "$interval"
done
wait "$command"
status=$?
echo "$samples" | tr ' ' '\n' | awk 'NF { n++; if (min == "" || $1 < min) min = $1; if ($1 > max) max = $1 }
	END { if (n) printf "rss over %d samples: lowest %d MB, highest %d MB\n", n, min / 1024, max / 1024 }'
exit $status
