#!/usr/bin/env bash
# Throughput of the public map's requests (commune and road tiles, OGC API pages) sent by several
# visitors at once: to one server alone, then through nginx to the two servers of `./ntm cluster`,
# whose visitors' reads go to the streaming replica. Start `./ntm cluster` first.
set -euo pipefail
ROUNDS="${1:-10}"
PARALLEL="${NTM_BENCH_PARALLEL:-8}"
read -r -a SERVERS <<<"${NTM_CLUSTER_SERVER_PORTS:-8081 8082}"
BALANCER="http://127.0.0.1:${NTM_CLUSTER_PORT:-8080}"
ONE="http://127.0.0.1:${SERVERS[0]}"
TILES="5/25/14 6/50/28 6/51/28 7/101/56 7/100/56 7/101/55 8/202/112 8/203/113 9/404/225 10/809/450 11/1615/899 12/3230/1799"
OGC="collections/communes/items?limit=100 collections/communes/items?limit=100&offset=100
collections/villages/items?limit=100 collections/road/items?limit=100&bbox=103.5,21,104.5,21.6"
YEAR=$(curl -fs "$BALANCER/api/meta" | sed -n 's/.*"latestYear":\([0-9]*\).*/\1/p')

# The requests of ROUNDS visits to the map, as a curl config.
requests() {
  local base="$1" round tile page
  for round in $(seq 1 "$ROUNDS"); do
    for tile in $TILES; do
      printf 'url = "%s"\noutput = "/dev/null"\n' "$base/tiles/communes/$tile.mvt?year=$YEAR" \
        "$base/tiles/road/$tile.mvt?year=$YEAR"
    done
    for page in $OGC; do printf 'url = "%s"\noutput = "/dev/null"\n' "$base/ogc/$page"; done
  done
}

# Requests per second, PARALLEL connections at once; fails on any answer but 200.
throughput() {
  local config codes start seconds count
  config=$(mktemp); codes=$(mktemp)
  requests "$1" >"$config"
  count=$(grep -c '^url' "$config")
  start=$(date +%s.%N)
  curl -s --no-progress-meter --parallel --parallel-max "$PARALLEL" -w '%{http_code}\n' -K "$config" \
    >"$codes" 2>/dev/null
  seconds=$(echo "$(date +%s.%N) - $start" | bc)
  if grep -qv '^200$' "$codes"; then
    echo "not every request was answered 200: $(sort "$codes" | uniq -c | tr '\n' ' ')" >&2; exit 1
  fi
  rm -f "$config" "$codes"
  echo "$count $(echo "$count / $seconds" | bc -l)"
}

throughput "$BALANCER" >/dev/null # warm up both servers and the replica
read -r count one < <(throughput "$ONE")
read -r _ two < <(throughput "$BALANCER")
printf 'requests %s, %s at once  one server %.1f/s  two servers + replica behind nginx %.1f/s  ratio %.2f\n' \
  "$count" "$PARALLEL" "$one" "$two" "$(echo "$two / $one" | bc -l)"
