#!/usr/bin/env bash
# Commune tiles from ntm-map over HTTP against MapServer 8 (Debian cgi-mapserver, MVT output, the same
# PostGIS table and attributes, one CGI process per tile as in a plain CGI deployment).
set -euo pipefail
PORT="${NTM_PG_PORT:-54329}"
SERVER="${NTM_SERVER:-http://localhost:8080}"
ROUNDS="${1:-3}"
command -v mapserv >/dev/null || { echo "needs MapServer: apt-get install cgi-mapserver"; exit 1; }
TILES="5/25/14 6/50/28 6/51/28 7/101/56 7/100/56 7/101/55 8/202/112 8/203/113 9/404/225 10/809/450 11/1615/899 12/3230/1799"
YEAR=$(curl -s "$SERVER/api/meta" | sed -n 's/.*"latestYear":\([0-9]*\).*/\1/p')
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

cat >"$WORK/communes.map" <<MAPFILE
MAP
  NAME "ntm"
  EXTENT -20037508.34 -20037508.34 20037508.34 20037508.34
  SIZE 256 256
  PROJECTION "init=epsg:3857" END
  OUTPUTFORMAT NAME "mvt" DRIVER MVT FORMATOPTION "EXTENT=4096" FORMATOPTION "EDGE_BUFFER=64" END
  LAYER
    NAME "communes"
    TYPE POLYGON
    STATUS ON
    CONNECTIONTYPE POSTGIS
    CONNECTION "host=127.0.0.1 port=$PORT dbname=ntm user=ntm password=ntm"
    DATA "geom_3857 from (select id, code, name, status_at(id, make_date($YEAR, 12, 31)) as status, criteria_met(id, $YEAR) as criteria_met, geom_3857 from admin_unit where level = 'commune' and valid_from <= make_date($YEAR, 12, 31) and (valid_to is null or valid_to > make_date($YEAR, 12, 31))) as t using unique id using srid=3857"
    PROJECTION "init=epsg:3857" END
    METADATA "gml_include_items" "all" "gml_types" "auto" END
  END
END
MAPFILE
printf 'CONFIG\n  MAPS\n    NTM "%s"\n  END\nEND\n' "$WORK/communes.map" >"$WORK/mapserver.conf"
export MAPSERVER_CONFIG_FILE="$WORK/mapserver.conf"

mapserver_bytes=0
start=$(date +%s.%N)
for round in $(seq 1 "$ROUNDS"); do
  for tile in $TILES; do
    IFS=/ read -r z x y <<<"$tile"
    REQUEST_METHOD=GET QUERY_STRING="map=NTM&mode=tile&tilemode=gmap&tile=$x+$y+$z&layers=communes&map.imagetype=mvt" \
      mapserv >"$WORK/tile"
    grep -aq 'application/vnd.mapbox-vector-tile' "$WORK/tile" || { echo "MapServer failed on $tile"; exit 1; }
    mapserver_bytes=$(( mapserver_bytes + $(stat -c %s "$WORK/tile") ))
  done
done
mapserver=$(echo "$(date +%s.%N) - $start" | bc)

for round in $(seq 1 "$ROUNDS"); do
  for tile in $TILES; do printf 'url = "%s"\noutput = "/dev/null"\nwrite-out = "%%{size_download}\\n"\n' \
    "$SERVER/tiles/communes/$tile.mvt?year=$YEAR"; done
done >"$WORK/requests"
start=$(date +%s.%N)
server_bytes=$(curl -s -K "$WORK/requests" | paste -sd+ | bc)
server=$(echo "$(date +%s.%N) - $start" | bc)
count=$(( ROUNDS * $(wc -w <<<"$TILES") ))
printf 'tiles %s  MapServer %.3f s %s bytes  ntm-map %.3f s %s bytes  time ratio %.2f\n' "$count" "$mapserver" \
  "$mapserver_bytes" "$server" "$server_bytes" "$(echo "$server / $mapserver" | bc -l)"
