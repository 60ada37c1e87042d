#!/usr/bin/env bash
# Import speed: ntm-map's upload + check + commit of an N-feature shapefile, against plain ogr2ogr.
set -euo pipefail
N="${1:-100000}"
PORT="${NTM_PG_PORT:-54329}"
SERVER="${NTM_SERVER:-http://localhost:8080}"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
PG="PG:host=127.0.0.1 port=$PORT dbname=ntm user=ntm"
export PGPASSWORD=ntm
psql() { command psql -X -q -h 127.0.0.1 -p "$PORT" -U ntm -d ntm "$@"; }

echo "making $N road segments in VN-2000 / TM-3 104° (Sơn La), without .prj"
psql -c "DROP TABLE IF EXISTS bench_source, bench_reference"
psql -c "CREATE TABLE bench_source AS
  SELECT i AS id, 'Đường bản ' || i AS ten_duong, (ARRAY['Đất','Cấp phối','Bê tông','Nhựa'])[1 + i % 4] AS ket_cau,
         ST_Transform(ST_SetSRID(ST_MakeLine(ST_MakePoint(103.95 + (i % 300) * 0.0002, 21.28 + (i / 300) * 0.0002),
                                             ST_MakePoint(103.9501 + (i % 300) * 0.0002, 21.2801 + (i / 300) * 0.0002)), 4326),
                      9206) AS geom
  FROM generate_series(1, $N) AS i"
ogr2ogr -f "ESRI Shapefile" "$WORK/roads.shp" "$PG" bench_source -lco ENCODING=UTF-8 >/dev/null
rm -f "$WORK/roads.prj" "$WORK/roads.cpg"
(cd "$WORK" && zip -q roads.zip roads.shp roads.shx roads.dbf)

echo "reference: ogr2ogr -f PostgreSQL"
start=$(date +%s.%N)
ogr2ogr -f PostgreSQL "$PG" "$WORK/roads.shp" -nln bench_reference -lco GEOMETRY_NAME=geom -gt 65536 >/dev/null
reference=$(echo "$(date +%s.%N) - $start" | bc)

echo "ntm-map: upload, check, commit (as the demo surveyor of Sơn La)"
jar="$WORK/cookies"
curl -s -c "$jar" -b "$jar" -o /dev/null "$SERVER/api/csrf"
token() { grep XSRF-TOKEN "$jar" | awk '{print $7}'; }
curl -s -c "$jar" -b "$jar" -H "X-XSRF-TOKEN: $(token)" -d "username=surveyor.sonla&password=ntm-demo" -o /dev/null "$SERVER/login"
curl -s -c "$jar" -b "$jar" -o /dev/null "$SERVER/api/csrf"
start=$(date +%s.%N)
job=$(curl -s -c "$jar" -b "$jar" -H "X-XSRF-TOKEN: $(token)" -F province=14 -F target=road -F file=@"$WORK/roads.zip" \
  "$SERVER/api/imports" | sed -n 's/^{"id":\([0-9]*\).*/\1/p')
status=$(curl -s -c "$jar" -b "$jar" -H "X-XSRF-TOKEN: $(token)" -X POST "$SERVER/api/imports/$job/commit" \
  | sed -n 's/.*"status":"\([a-z]*\)".*/\1/p')
ntm=$(echo "$(date +%s.%N) - $start" | bc)
[ "$status" = committed ] || { echo "the import did not commit (job $job, status '$status')"; exit 1; }

curl -s -c "$jar" -b "$jar" -H "X-XSRF-TOKEN: $(token)" -X DELETE -o /dev/null "$SERVER/api/imports/$job"
psql -c "DROP TABLE bench_source, bench_reference"
printf 'features %s  ogr2ogr %.2f s  ntm-map %.2f s  ratio %.2f (target ≤ 1.5)\n' "$N" "$reference" "$ntm" \
  "$(echo "$ntm / $reference" | bc -l)"
