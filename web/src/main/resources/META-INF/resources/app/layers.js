// The map's vector layers and how each is drawn, so a planner reads them at a glance.
import { VectorTileLayer } from './tile-layer.js';

export const INFRASTRUCTURE = ['road', 'irrigation', 'power', 'school', 'culture_house', 'market',
  'health_station', 'water_supply', 'waste_site'];

const CATEGORY_COLORS = {
  irrigation: '#2c7fb8', power: '#ff7f00', school: '#8856a7', culture_house: '#e6ab02', market: '#a6761d',
  health_station: '#e7298a', water_supply: '#1f78b4', waste_site: '#525252',
};
/** A letter or sign on each facility's dot, so categories read apart without relying on colour alone. */
const CATEGORY_GLYPHS = {
  irrigation: '≈', power: 'Đ', school: 'T', culture_house: 'V', market: 'C', health_station: '+', water_supply: 'N',
  waste_site: 'R',
};
const BAD = new Set(['poor', 'unusable']);
/** As the server's tiles: roads are too dense to draw below this zoom. */
export const ROAD_MIN_ZOOM = 11;

/** Wards (phường) and other units NTM does not assess: a neutral hatch-grey, never a status colour. */
export const NOT_ASSESSED_COLOR = '#e4e4e4';

/** {@code notAssessed}: a Set of the codes of communes not assessed, filled from the status summary. */
export function createLayers(statusColors, year, notAssessed) {
  const colorOf = (status) => statusColors[status] || '#cccccc';
  const layers = {
    provinces: new VectorTileLayer({
      layerName: 'provinces', year, zIndex: 5, pane: 'outlines',
      style: () => ({ stroke: '#3b3b3b', weight: 2 }),
    }),
    communes: new VectorTileLayer({
      layerName: 'communes', year, zIndex: 2,
      style: (p) => (notAssessed.has(p.code)
        ? { fill: NOT_ASSESSED_COLOR, fillOpacity: 0.7, stroke: '#9a9a9a', weight: 0.8, dash: [2, 2] }
        : { fill: colorOf(p.status), fillOpacity: 0.85, stroke: '#ffffff', weight: 0.8 }),
    }),
    villages: new VectorTileLayer({
      layerName: 'villages', year, zIndex: 3, minZoom: 8,
      style: (p) => ({ fill: colorOf(p.status), fillOpacity: 0.35, stroke: '#5f5f5f', weight: 0.6, dash: [3, 2] }),
    }),
  };
  INFRASTRUCTURE.forEach((category) => {
    layers[category] = new VectorTileLayer({
      layerName: category, year, zIndex: 4, minZoom: category === 'road' ? ROAD_MIN_ZOOM : 9, pane: 'infrastructure',
      style: (p, type) => infrastructureStyle(category, p, type),
    });
  });
  return layers;
}

function infrastructureStyle(category, p, type) {
  if (category === 'road') {
    if (BAD.has(p.condition)) return { stroke: '#f46d43', weight: 3 };
    return p.hardened ? { stroke: '#4d4d4d', weight: 2 } : { stroke: '#d7301f', weight: 2.5, dash: [5, 3] };
  }
  if (type === 'LineString') return { stroke: CATEGORY_COLORS[category], weight: 2 };
  const bad = BAD.has(p.condition);
  return {
    radius: bad ? 8 : 7, fill: CATEGORY_COLORS[category], stroke: bad ? '#d7301f' : '#ffffff', weight: bad ? 2.5 : 1,
    glyph: CATEGORY_GLYPHS[category],
  };
}

/** A small swatch describing a layer's style in the layer switcher. */
export function swatch(name) {
  const color = CATEGORY_COLORS[name];
  if (name === 'road') return '<span class="sw sw-road"></span><span class="sw sw-road-bad"></span>';
  return color ? `<span class="sw sw-dot" style="background:${color}">${CATEGORY_GLYPHS[name]}</span>` : '';
}
