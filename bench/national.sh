#!/usr/bin/env bash
# National scale, one command: builds a national database once (the 3,321 real 2025 communes and 34
# provinces, ~80,000 synthetic villages, ~1,000,000 synthetic infrastructure features: see
# national-data.sql; kept for the next run, `--drop` removes it), starts the server on it
# (server/target/*-exec.jar: build it first) and measures, each against the same SQL run raw in the
# same run, alternating:
#   1. commune tiles of the whole country (z5-z9) and 2. the tiles of a user panning from zoom 5 to 13
#      with every layer on: 16 concurrent connections; pgbench vs the server over HTTP, first pass
#      (every tile rendered) and repeated passes (from the tile cache)
#   3. every national tile at zoom <= 8 (provinces, communes, villages): the largest, against 100 kB
#   4. the province dashboard (/api/provinces/{p}/indicators and /checks): p95 against its SQL
#   5. OGC API items pages of roads at national size against the same page built in SQL
# Uses the project-local cluster (NTM_PG_PORT, default 54329).
set -euo pipefail
cd "$(dirname "$0")/.."
PGPORT="${NTM_PG_PORT:-54329}"
DB="${NTM_BENCH_DB:-bench_tiles_national}"
APP_PORT="${NTM_BENCH_PORT:-8107}"
SERVER="http://localhost:$APP_PORT"
DATA="${NTM_NATIONAL_DATA:-/work/shared/data/national-2025}"
VILLAGES="${NTM_BENCH_VILLAGES:-80000}"
FEATURES="${NTM_BENCH_FEATURES:-1000000}"
ROUNDS="${NTM_BENCH_ROUNDS:-2}"
# 16 HTTP connections; the server renders on SQL_CLIENTS pooled database connections, and pgbench gets as
# many (3 are enough to keep 2 cores busy; the cluster's max_connections is shared with everything else).
CLIENTS=16
SQL_CLIENTS="${NTM_BENCH_SQL_CLIENTS:-3}"
export PGPASSWORD=ntm
# The cluster is shared: when its connection slots are all taken, wait and try again (psql exits 2).
psql() {
  local rc
  for _ in $(seq 1 60); do
    command psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PGPORT" -U ntm "$@" && return
    rc=$?; (( rc == 2 )) || return $rc; sleep 2
  done
  return 2
}

if [[ "${1:-}" == --drop ]]; then
  psql -d postgres -c "DROP DATABASE IF EXISTS $DB"
  exit
fi
JAR="${NTM_BENCH_JAR:-$(ls server/target/ntm-server-*-exec.jar)}"
WORK=$(mktemp -d)
SERVER_PID=
stop_server() { if [[ -n "$SERVER_PID" ]]; then kill "$SERVER_PID"; wait "$SERVER_PID" || true; SERVER_PID=; fi; }
trap 'stop_server; rm -rf "$WORK"' EXIT

# Starts the server, again while the cluster has no connection slot free for its start-up.
start_server() {
  for _ in $(seq 1 30); do
    start_server_once && return
    grep -q 'connection slots' "$WORK/server.log" || { tail -20 "$WORK/server.log"; exit 1; }
    sleep 5
  done
  echo "the server did not start"; exit 1
}

start_server_once() {
  NTM_DEMO=true NTM_DB_URL="jdbc:postgresql://127.0.0.1:$PGPORT/$DB" NTM_DB_USER=ntm NTM_DB_PASSWORD=ntm \
    SERVER_PORT="$APP_PORT" SPRING_DATASOURCE_HIKARI_MAXIMUM_POOL_SIZE="$SQL_CLIENTS" \
    java -jar "$JAR" >"$WORK/server.log" 2>&1 &
  SERVER_PID=$!
  for _ in $(seq 1 600); do
    curl -sf "$SERVER/actuator/health" >/dev/null && return
    kill -0 "$SERVER_PID" 2>/dev/null || { wait "$SERVER_PID" || true; SERVER_PID=; return 1; }
    sleep 1
  done
  echo "the server did not start"; exit 1
}

# --- the dataset -----------------------------------------------------------------------------------------
if [[ -z $(psql -d postgres -Atc "SELECT 1 FROM pg_database WHERE datname = '$DB'") ]]; then
  psql -d postgres -c "CREATE DATABASE $DB TEMPLATE ntm_template"
fi
start=$(date +%s)
start_server # migrates and loads the demo (three provinces) into a new database
if [[ $(psql -d "$DB" -Atc "SELECT count(*) FROM admin_unit WHERE data_source = 'bench-national'") == 0 ]]; then
  echo "building the national dataset"
  for layer in province commune; do
    ogr2ogr -f PostgreSQL "PG:host=127.0.0.1 port=$PGPORT dbname=$DB user=ntm password=ntm" \
      "/vsigzip/$DATA/${layer}s_2025.geojson.gz" -nln "bench_$layer" -lco GEOMETRY_NAME=geom -overwrite
  done
  psql -d "$DB" -v villages="$VILLAGES" -v features="$FEATURES" -f bench/national-data.sql
  psql -d "$DB" -c "DROP TABLE bench_province, bench_commune"
  printf 'dataset: start-up, migration and demo load included, built in %d s\n' $(( $(date +%s) - start ))
fi
psql -d "$DB" -At -F ' ' -c "SELECT count(*) FILTER (WHERE level = 'province'), count(*) FILTER (WHERE level = 'commune'),
    count(*) FILTER (WHERE level = 'village'), (SELECT count(*) FROM infrastructure) FROM admin_unit WHERE valid_to IS NULL" |
  { read -r p c v f; echo "national database $DB: $p provinces, $c communes, $v villages, $f infrastructure features"; }
YEAR=$(curl -s "$SERVER/api/meta" | sed -n 's/.*"latestYear":\([0-9]*\).*/\1/p')

# --- tile sets ---------------------------------------------------------------------------------------------
# The layers as the server's catalogue has them (TileLayers), numbered for pgbench's \if.
CATEGORIES=(irrigation power school culture_house market health_station water_supply waste_site)
LAYERS=(provinces communes villages road "${CATEGORIES[@]}")
min_zoom() { case $1 in provinces|communes) echo 0;; villages) echo 10;; road) echo 11;; *) echo 9;; esac; }
layer_values=$(for i in "${!LAYERS[@]}"; do printf "(%d, '%s', %d)," "$((i + 1))" "${LAYERS[$i]}" "$(min_zoom "${LAYERS[$i]}")"; done)
psql -d "$DB" <<SQL
DROP TABLE IF EXISTS bench_tile;
CREATE TABLE bench_tile (tileset text, i int, layer int, name text, z int, x int, y int);
CREATE TEMP TABLE layer (layer int, name text, minzoom int);
INSERT INTO layer VALUES ${layer_values%,};
CREATE FUNCTION pg_temp.tx(lon float8, z int) RETURNS int LANGUAGE sql RETURN floor((lon + 180) / 360 * 2 ^ z);
CREATE FUNCTION pg_temp.ty(lat float8, z int) RETURNS int LANGUAGE sql
RETURN floor((1 - ln(tan(radians(lat)) + 1 / cos(radians(lat))) / pi()) / 2 * 2 ^ z);
-- The whole country (102.1-109.5°E, 8.4-23.4°N): communes z5-z9, and every layer at z0-z8.
INSERT INTO bench_tile
SELECT s.tileset, row_number() OVER (PARTITION BY s.tileset ORDER BY random()), l.layer, l.name, z, x, y
FROM (SELECT 'country' AS tileset, 2 AS only, 5 AS zmin, 9 AS zmax UNION ALL SELECT 'low', NULL, 0, 8) s
CROSS JOIN generate_series(s.zmin, s.zmax) z
CROSS JOIN generate_series(pg_temp.tx(102.1, z), pg_temp.tx(109.5, z)) x
CROSS JOIN generate_series(pg_temp.ty(23.4, z), pg_temp.ty(8.4, z)) y
JOIN layer l ON l.minzoom <= z AND (s.only IS NULL OR l.layer = s.only);
-- A user panning from Hà Nội at zoom 5 to Sơn La city at zoom 13 on a 1366 x 768 screen, every layer on.
INSERT INTO bench_tile
SELECT 'pan', row_number() OVER (ORDER BY random()), l.layer, l.name, v.z, x, y
FROM (SELECT z, 105.85 + (103.91 - 105.85) * (z - 5) / 8.0 AS lon, 21.03 + (21.33 - 21.03) * (z - 5) / 8.0 AS lat
      FROM generate_series(5, 13) z) c
CROSS JOIN LATERAL (SELECT c.z, (c.lon + 180) / 360 * 2 ^ c.z * 256 AS px,
                           (1 - ln(tan(radians(c.lat)) + 1 / cos(radians(c.lat))) / pi()) / 2 * 2 ^ c.z * 256 AS py) v
CROSS JOIN generate_series(floor((v.px - 683) / 256)::int, floor((v.px + 683) / 256)::int) x
CROSS JOIN generate_series(floor((v.py - 384) / 256)::int, floor((v.py + 384) / 256)::int) y
JOIN layer l ON l.minzoom <= v.z;
CREATE INDEX ON bench_tile (tileset, i);
ANALYZE bench_tile;
SQL

# The tile statement of tile.sql for a layer, with pgbench variables :z :x :y :tol (as TileLayers fills it).
STANDING="t.valid_from <= DATE '$YEAR-12-31' AND (t.valid_to IS NULL OR t.valid_to > DATE '$YEAR-12-31')"
layer_sql() {
  local attributes table=admin_unit filter
  case $1 in
    provinces) attributes="t.code AS code, t.name AS name"; filter="t.level = 'province' AND $STANDING";;
    communes) attributes="t.code AS code, t.name AS name, status_at(t.id, DATE '$YEAR-12-31') AS status,
        criteria_met(t.id, $YEAR) AS criteria_met, criteria_total('commune', $YEAR) AS criteria_total,
        ntm_assessed_commune(t.id, t.kind) AS assessed"; filter="t.level = 'commune' AND $STANDING";;
    villages) attributes="t.code AS code, t.name AS name, status_at(t.id, DATE '$YEAR-12-31') AS status,
        (SELECT p.code FROM admin_unit p WHERE p.id = t.parent_id) AS commune, t.is_demo AS demo,
        coalesce((SELECT ntm_assessed_commune(p.id, p.kind) FROM admin_unit p WHERE p.id = t.parent_id), false) AS assessed"
      filter="t.level = 'village' AND $STANDING";;
    *) table=infrastructure; attributes="t.id AS id, t.category AS category, t.subtype AS subtype, t.name AS name,
        t.condition AS condition, t.status AS status, t.surface AS surface, t.hardened AS hardened,
        (SELECT p.code FROM admin_unit p WHERE p.id = t.commune_id) AS commune, t.is_demo AS demo"
      filter="t.category = '$1' AND t.status <> 'decommissioned'";;
  esac
  cat <<SQL
WITH bounds AS (SELECT ST_TileEnvelope(:z, :x, :y) AS env, ST_TileEnvelope(:z, :x, :y, margin => 64.0 / 4096) AS env_margin),
features AS (SELECT ST_AsMVTGeom(ST_Simplify(t.geom_3857, :tol, true), b.env, 4096, 64, true) AS geom, $attributes
  FROM $table t, bounds b WHERE t.geom_3857 && b.env_margin AND $filter)
SELECT ST_AsMVT(features.*, '$1', 4096, 'geom') FROM features WHERE geom IS NOT NULL;
SQL
}

# A pgbench script drawing a tile of a set at random (a primary-key lookup) and running its layer's statement.
pgbench_script() {
  local count=$1 set=$2
  echo "\\set i random(1, $count)"
  echo "SELECT layer, z, x, y, 40075016.6855785 / 2 ^ z / 1024 AS tol FROM bench_tile WHERE tileset = '$set' AND i = :i \\gset"
  for i in "${!LAYERS[@]}"; do
    if (( i == 0 )); then echo "\\if :layer = 1"; else echo "\\elif :layer = $((i + 1))"; fi
    layer_sql "${LAYERS[$i]}"
  done
  echo "\\endif"
}

# pgbench's rate (tiles/s) for $count tiles of a set over $SQL_CLIENTS connections.
raw_rate() {
  local set=$1 count=$2
  pgbench_script "$count" "$set" >"$WORK/$set.pgbench"
  for _ in $(seq 1 150); do
    PGPASSWORD=ntm pgbench -n -h 127.0.0.1 -p "$PGPORT" -U ntm -c "$SQL_CLIENTS" -j 2 \
      -t $(( (count + SQL_CLIENTS - 1) / SQL_CLIENTS )) -f "$WORK/$set.pgbench" "$DB" >"$WORK/pgbench.out" 2>&1 && break
    grep -q 'connection slots' "$WORK/pgbench.out" || break; sleep 2
  done
  sed -n 's/^tps = \([0-9.]*\) .*/\1/p' "$WORK/pgbench.out" | grep . || { cat "$WORK/pgbench.out" >&2; exit 1; }
}

# The server's rate (tiles/s) over HTTP for every tile of a set once, in random order, $CLIENTS connections.
http_rate() {
  local set=$1 year=$2 count start
  psql -d "$DB" -At -c "SELECT format('url = \"%s/tiles/%s/%s/%s/%s.mvt?year=%s\"' || chr(10) || 'output = \"/dev/null\"',
      '$SERVER', name, z, x, y, $year) FROM bench_tile WHERE tileset = '$set' ORDER BY random()" >"$WORK/urls"
  count=$(grep -c '^url' "$WORK/urls")
  start=$(date +%s.%N)
  curl -s --parallel --parallel-immediate --parallel-max "$CLIENTS" -K "$WORK/urls" 2>/dev/null
  echo "$count / ($(date +%s.%N) - $start)" | bc -l
}

echo
echo "Tile rates, tiles/s: HTTP on $CLIENTS connections, pgbench on $SQL_CLIENTS; a year not yet cached for each set"
echo "(the first HTTP pass renders every tile; cached: the median of three passes more)"
printf '%-8s %-5s %6s %9s %11s %13s %12s %12s\n' set year tiles pgbench "HTTP first" "HTTP cached" "raw/first" "cached/raw"
# A year per set and round, so that no tile of a first pass is in the cache already; the oldest warms
# the server (JIT) and the database up first.
read -r -a years <<<"$(curl -s "$SERVER/api/meta" | sed -n 's/.*"years":\[\([0-9,]*\)\].*/\1/p' | tr , '\n' | sort -rn | tr '\n' ' ')"
for set in country pan; do http_rate "$set" "${years[-1]}" >/dev/null; done
for round in $(seq 0 $((ROUNDS - 1))); do
  for set in country pan; do
    year=${years[0]}; years=("${years[@]:1}")
    count=$(psql -d "$DB" -Atc "SELECT count(*) FROM bench_tile WHERE tileset = '$set'")
    raw=$(YEAR=$year; STANDING="t.valid_from <= DATE '$year-12-31' AND (t.valid_to IS NULL OR t.valid_to > DATE '$year-12-31')"; raw_rate "$set" "$count")
    first=$(http_rate "$set" "$year")
    cached=$( (http_rate "$set" "$year"; http_rate "$set" "$year"; http_rate "$set" "$year") | sort -n | sed -n 2p)
    printf '%-8s %-5s %6d %9.1f %11.1f %13.1f %11.2fx %11.2fx\n' "$set" "$year" "$count" "$raw" "$first" "$cached" \
      "$(echo "$raw / $first" | bc -l)" "$(echo "$cached / $raw" | bc -l)"
  done
done

echo
echo "National tiles at zoom <= 8 (bytes, uncompressed MVT; the 100 kB limit is 102400):"
psql -d "$DB" -At -c "SELECT format('url = \"%s/tiles/%s/%s/%s/%s.mvt?year=$YEAR\"' || chr(10) || 'output = \"/dev/null\"',
    '$SERVER', name, z, x, y) FROM bench_tile WHERE tileset = 'low'" >"$WORK/low"
curl -s --parallel --parallel-max 4 -K "$WORK/low" -w '%{size_download} %{url_effective}\n' 2>/dev/null | sort -n >"$WORK/sizes"
awk '{ n++; if ($1 > 102400) over++ } END { printf "%d tiles, %d over 100 kB; largest:\n", n, over }' "$WORK/sizes"
tail -3 "$WORK/sizes" | sed 's/^/  /'

# p95 of n timings (seconds, one a line) in ms
p95() { sort -n | awk '{ v[NR] = $1 } END { i = int(NR * 0.95 + 0.999); if (i > NR) i = NR; printf "%.1f", v[i] * 1000 }'; }
http_p95() { for _ in $(seq 1 "$2"); do curl -s -o /dev/null -w '%{time_total}\n' "$SERVER$1"; done | p95; }
sql_p95() { # a psql script run n times in one session, each timed
  local n=$2
  for _ in $(seq 1 30); do
    rm -f "$WORK"/log.*
    PGPASSWORD=ntm pgbench -n -h 127.0.0.1 -p "$PGPORT" -U ntm -c 1 -t "$n" -f "$1" --log --log-prefix="$WORK/log" \
      "$DB" >"$WORK/pgbench.out" 2>&1 && break
    grep -q 'connection slots' "$WORK/pgbench.out" || { cat "$WORK/pgbench.out" >&2; exit 1; }; sleep 2
  done
  awk '{ print $3 / 1000000 }' "$WORK"/log.* | p95
  rm -f "$WORK"/log.*
}
ratio_line() { printf '%-44s HTTP p95 %8.1f ms   SQL p95 %8.1f ms   %.2fx\n' "$1" "$2" "$3" "$(echo "$2 / $3" | bc -l)"; }

echo
PROVINCE=$(psql -d "$DB" -Atc "SELECT province_code FROM admin_unit WHERE level = 'village' AND valid_to IS NULL
    GROUP BY 1 ORDER BY count(*) DESC LIMIT 1")
fill() { # the statement of a .sql file with its named parameters as literals
  sed -e "s/\([^:]\):province\b/\1'$PROVINCE'/g" -e "s/\([^:]\):year\b/\1$YEAR/g" -e "s/\([^:]\):level\b/\1'${2:-}'/g" "$1"
}
{ fill server/src/main/resources/vn/ntm/monitoring/province-indicators.sql commune; echo ';'
  fill server/src/main/resources/vn/ntm/monitoring/province-indicators.sql village; echo ';'
  echo "SELECT criteria_total('commune', $YEAR);"
  echo "SELECT unnest(province_codes('$PROVINCE'));"
} | grep -v '^--' >"$WORK/indicators.sql"
fill server/src/main/resources/vn/ntm/monitoring/checks.sql | grep -v '^--' >"$WORK/checks.sql"
echo "Province dashboard, province $PROVINCE (the most villages), year $YEAR, 20 requests each, one connection:"
ratio_line "/api/provinces/$PROVINCE/indicators" "$(http_p95 "/api/provinces/$PROVINCE/indicators?year=$YEAR" 20)" \
  "$(sql_p95 "$WORK/indicators.sql" 20)"
ratio_line "/api/provinces/$PROVINCE/checks" "$(http_p95 "/api/provinces/$PROVINCE/checks?year=$YEAR" 20)" \
  "$(sql_p95 "$WORK/checks.sql" 20)"

echo
echo "OGC API items of roads, 100 a page (each page counts every match), 5 requests each (p95 = slowest), one connection:"
road_properties="'id', t.id, 'category', t.category, 'subtype', t.subtype, 'name', t.name, 'condition', t.condition, \
'status', t.status, 'surface', t.surface, 'hardened', t.hardened, \
'commune', (SELECT p.code FROM admin_unit p WHERE p.id = t.commune_id), 'demo', t.is_demo"
for offset in 0 100000; do
  grep -v '^--' server/src/main/resources/vn/ntm/ogc/items.sql | sed -e "s/%1\$s/$road_properties/" \
    -e "s/%2\$s/infrastructure/" -e "s/%3\$s/t.category = 'road' AND t.status <> 'decommissioned'/" \
    -e "s/:\(min_x\|min_y\|max_x\|max_y\|id\)\b/NULL/g" \
    -e "s/:limit/100/" -e "s/:offset/$offset/" | tr '\n' ' ' >"$WORK/items.sql"
  echo ';' >>"$WORK/items.sql"
  ratio_line "/ogc/collections/road/items offset $offset" \
    "$(http_p95 "/ogc/collections/road/items?limit=100&offset=$offset&year=$YEAR" 5)" "$(sql_p95 "$WORK/items.sql" 5)"
done
echo
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ { print $2 }') GB RAM, load average $(cut -d' ' -f1-3 /proc/loadavg)"
