#!/usr/bin/env bash
# Tile speed: the server's commune tiles over HTTP, against the same query run directly in PostGIS.
set -euo pipefail
PORT="${NTM_PG_PORT:-54329}"
SERVER="${NTM_SERVER:-http://localhost:8080}"
ROUNDS="${1:-3}"
export PGPASSWORD=ntm
TILES="5/25/14 6/50/28 6/51/28 7/101/56 7/100/56 7/101/55 8/202/112 8/203/113 9/404/225 10/809/450 11/1615/899 12/3230/1799"
YEAR=$(curl -s "$SERVER/api/meta" | sed -n 's/.*"latestYear":\([0-9]*\).*/\1/p')

sql_for() {
  local z=$1 x=$2 y=$3 tolerance
  tolerance=$(echo "40075016.6855785 / 2^$z / 1024" | bc -l)
  cat <<SQL
WITH bounds AS (SELECT ST_TileEnvelope($z, $x, $y) AS env, ST_TileEnvelope($z, $x, $y, margin => 64.0 / 4096) AS env_margin),
features AS (
  SELECT ST_AsMVTGeom(ST_Simplify(t.geom_3857, $tolerance, true), b.env, 4096, 64, true) AS geom,
         t.code, t.name, status_at(t.id, make_date($YEAR, 12, 31)) AS status, criteria_met(t.id, $YEAR) AS criteria_met,
         criteria_total('commune', $YEAR) AS criteria_total, ntm_assessed_commune(t.id, t.kind) AS assessed
  FROM admin_unit t, bounds b
  WHERE t.geom_3857 && b.env_margin AND t.level = 'commune'
    AND t.valid_from <= make_date($YEAR, 12, 31) AND (t.valid_to IS NULL OR t.valid_to > make_date($YEAR, 12, 31)))
SELECT length(ST_AsMVT(features.*, 'communes', 4096, 'geom')) FROM features WHERE geom IS NOT NULL;
SQL
}

script=$(mktemp)
trap 'rm -f "$script"' EXIT
for round in $(seq 1 "$ROUNDS"); do
  for tile in $TILES; do IFS=/ read -r z x y <<<"$tile"; sql_for "$z" "$x" "$y"; done
done >"$script"
start=$(date +%s.%N)
psql -X -q -h 127.0.0.1 -p "$PORT" -U ntm -d ntm -f "$script" >/dev/null
reference=$(echo "$(date +%s.%N) - $start" | bc)

# One curl for all requests (one connection), as psql runs all queries in one session.
requests=$(mktemp)
for round in $(seq 1 "$ROUNDS"); do
  for tile in $TILES; do printf 'url = "%s"\noutput = "/dev/null"\n' "$SERVER/tiles/communes/$tile.mvt?year=$YEAR"; done
done >"$requests"
start=$(date +%s.%N)
curl -s -K "$requests"
server=$(echo "$(date +%s.%N) - $start" | bc)
rm -f "$requests"
count=$(( ROUNDS * $(wc -w <<<"$TILES") ))
printf 'tiles %s  PostGIS %.3f s  server over HTTP %.3f s  ratio %.2f\n' "$count" "$reference" "$server" \
  "$(echo "$server / $reference" | bc -l)"
