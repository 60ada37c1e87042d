// Mapbox Vector Tile decoding (spec 2.1) on top of pbf: layers, features, properties, geometry.
import Pbf from 'pbf';

const GEOMETRY_TYPES = { 1: 'Point', 2: 'LineString', 3: 'Polygon' };

/** Decodes a tile into { layerName: { extent, features: [{ type, properties, geometry }] } }. */
export function decodeTile(buffer) {
  const layers = {};
  new Pbf(buffer).readFields((tag, result, pbf) => {
    if (tag === 3) {
      const layer = pbf.readMessage(readLayer, { keys: [], values: [], rawFeatures: [], extent: 4096 });
      result[layer.name] = {
        extent: layer.extent,
        features: layer.rawFeatures.map((f) => toFeature(f, layer)),
      };
    }
  }, layers);
  return layers;
}

function readLayer(tag, layer, pbf) {
  if (tag === 1) layer.name = pbf.readString();
  else if (tag === 2) layer.rawFeatures.push(pbf.readMessage(readFeature, { tags: [], type: 0, geometry: [] }));
  else if (tag === 3) layer.keys.push(pbf.readString());
  else if (tag === 4) layer.values.push(pbf.readMessage(readValue, { value: null }).value);
  else if (tag === 5) layer.extent = pbf.readVarint();
}

function readFeature(tag, feature, pbf) {
  if (tag === 1) feature.id = pbf.readVarint();
  else if (tag === 2) pbf.readPackedVarint(feature.tags);
  else if (tag === 3) feature.type = pbf.readVarint();
  else if (tag === 4) pbf.readPackedVarint(feature.geometry);
}

function readValue(tag, holder, pbf) {
  if (tag === 1) holder.value = pbf.readString();
  else if (tag === 2) holder.value = pbf.readFloat();
  else if (tag === 3) holder.value = pbf.readDouble();
  else if (tag === 4) holder.value = pbf.readVarint64();
  else if (tag === 5) holder.value = pbf.readVarint();
  else if (tag === 6) holder.value = pbf.readSVarint();
  else if (tag === 7) holder.value = pbf.readBoolean();
}

function toFeature(raw, layer) {
  const properties = {};
  for (let i = 0; i + 1 < raw.tags.length; i += 2) {
    properties[layer.keys[raw.tags[i]]] = layer.values[raw.tags[i + 1]];
  }
  return { id: raw.id, type: GEOMETRY_TYPES[raw.type], properties, geometry: decodeGeometry(raw.geometry) };
}

/** Geometry commands to arrays of [x, y] paths (rings, lines, or single points), in tile units. */
export function decodeGeometry(commands) {
  const paths = [];
  let path = null;
  let x = 0;
  let y = 0;
  let i = 0;
  while (i < commands.length) {
    const command = commands[i] & 0x7;
    const count = commands[i] >> 3;
    i += 1;
    if (command === 7) {
      if (path && path.length) path.push([path[0][0], path[0][1]]);
      continue;
    }
    for (let n = 0; n < count; n += 1) {
      x += zigzag(commands[i]);
      y += zigzag(commands[i + 1]);
      i += 2;
      if (command === 1) {
        path = [];
        paths.push(path);
      }
      path.push([x, y]);
    }
  }
  return paths;
}

function zigzag(n) {
  return (n >> 1) ^ -(n & 1);
}
