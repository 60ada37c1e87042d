#!/usr/bin/env bash
# National scale: how big and how slow road tiles get with a million road segments, per zoom, so that
# the layer's minimum zoom can be chosen. Runs in a scratch database; needs only the local cluster.
set -euo pipefail
PORT="${NTM_PG_PORT:-54329}"
SEGMENTS="${1:-1000000}"
export PGPASSWORD=ntm
psql() { command psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PORT" -U ntm "$@"; }
psql -d postgres -c "DROP DATABASE IF EXISTS ntm_scale" -c "CREATE DATABASE ntm_scale TEMPLATE ntm_template"
trap 'psql -d postgres -c "DROP DATABASE IF EXISTS ntm_scale"' EXIT

echo "making $SEGMENTS road segments over 102–108°E, 20–23°N (about national density)"
psql -d ntm_scale -c "CREATE TABLE roads AS
  SELECT i AS id, (i % 3 = 0) AS hardened,
         ST_Transform(ST_SetSRID(ST_MakeLine(ST_MakePoint(x, y), ST_MakePoint(x + 0.003, y + 0.002)), 4326), 3857) AS geom
  FROM (SELECT i, 102 + random() * 6 AS x, 20 + random() * 3 AS y FROM generate_series(1, $SEGMENTS) i) s" \
  -c "CREATE INDEX ON roads USING gist (geom)" -c "ANALYZE roads"

echo "zoom  features  bytes  ms   (one tile at 104°E 21.3°N, the query of /tiles/road)"
for z in 9 10 11 12 13; do
  psql -d ntm_scale -At -F ' ' <<SQL
SELECT floor((104.0 + 180) / 360 * 2 ^ $z) AS x,
       floor((1 - ln(tan(radians(21.3)) + 1 / cos(radians(21.3))) / pi()) / 2 * 2 ^ $z) AS y \gset
SELECT clock_timestamp() AS started \gset
SELECT $z, count(*), coalesce(length(ST_AsMVT(f.*, 'road', 4096, 'geom')), 0),
       round(extract(epoch FROM clock_timestamp() - :'started') * 1000)
FROM (SELECT ST_AsMVTGeom(ST_Simplify(r.geom, 40075016.6855785 / 2 ^ $z / 1024, true),
                          ST_TileEnvelope($z, :x, :y), 4096, 64, true) AS geom, r.id, r.hardened
      FROM roads r WHERE r.geom && ST_TileEnvelope($z, :x, :y, margin => 64.0 / 4096)) f
WHERE geom IS NOT NULL;
SQL
done
