// The map's vector layers, built from the server's catalogue (/tiles/index.json): which layers
// exist, their names and first zooms come from the server; how each is drawn stays here.
import { NO_DATA } from './themes.js';
import { VectorTileLayer } from './tile-layer.js';

/**
 * Colour and letter on each facility's dot, so categories read apart without relying on colour alone.
 * A category not listed is drawn all the same, in NEUTRAL with the first letter of its name.
 */
const CATEGORY_STYLES = {
  irrigation: { color: '#2c7fb8', glyph: '≈' }, power: { color: '#ff7f00', glyph: 'Đ' },
  school: { color: '#8856a7', glyph: 'T' }, culture_house: { color: '#e6ab02', glyph: 'V' },
  market: { color: '#a6761d', glyph: 'C' }, health_station: { color: '#e7298a', glyph: '+' },
  water_supply: { color: '#1f78b4', glyph: 'N' }, waste_site: { color: '#525252', glyph: 'R' },
};
const NEUTRAL = '#6a737d';
const BAD = new Set(['poor', 'unusable']);

/** Wards (phường) and other units NTM does not assess (tile attribute assessed = false): a neutral grey. */
const NOT_ASSESSED = { fill: '#e4e4e4', fillOpacity: 0.7, stroke: '#9a9a9a', weight: 0.8, dash: [2, 2] };

/** Stacking and style of the administrative layers; any other non-facility layer is drawn as an outline. */
const UNIT_LAYERS = {
  provinces: { zIndex: 5, pane: 'outlines', style: () => ({ stroke: '#3b3b3b', weight: 2 }) },
  communes: {
    zIndex: 2,
    themed: true,
    style: (p, type, fillOf) => {
      if (p.assessed === false) return NOT_ASSESSED;
      const fill = fillOf(p);
      return fill ? { fill, fillOpacity: 0.85, stroke: '#ffffff', weight: 0.8 } : NO_DATA;
    },
  },
  villages: {
    zIndex: 3,
    themed: true,
    style: (p, type, fillOf) => {
      if (p.assessed === false) return { ...NOT_ASSESSED, fillOpacity: 0.35 };
      const fill = fillOf(p);
      return fill ? { fill, fillOpacity: 0.35, stroke: '#5f5f5f', weight: 0.6, dash: [3, 2] } : { ...NO_DATA, fillOpacity: 0.35 };
    },
  },
};
const OUTLINE = { zIndex: 3, style: () => ({ stroke: NEUTRAL, weight: 1 }) };

/** The panes the layers draw in, above the unit fills: infrastructure, outlines, the selection. */
export function preparePanes(map) {
  map.createPane('infrastructure').style.zIndex = 430;
  map.createPane('outlines').style.zIndex = 440;
  map.createPane('selection').style.zIndex = 450;
}

/** Whether a catalogue entry is a facility category (its features open the feature panel). */
export function isFacility(entry) {
  return entry.source === 'infrastructure';
}

/**
 * One VectorTileLayer per catalogue entry, by layer id, in the catalogue's order. Units are filled with
 * fillOf(tile attributes): their status or theme colour, null when they have no data.
 */
export function createLayers(catalog, fillOf, year) {
  return Object.fromEntries(Object.values(catalog).map((entry) => {
    const drawing = isFacility(entry)
      ? { zIndex: 4, pane: 'infrastructure', style: (p, type) => facilityStyle(entry, p, type) }
      : UNIT_LAYERS[entry.id] ?? OUTLINE;
    const style = (p, type) => drawing.style(p, type, fillOf);
    return [entry.id, new VectorTileLayer({
      ...drawing, style, layerName: entry.id, version: entry.version, year, minZoom: entry.minzoom, maxNativeZoom: entry.maxzoom,
    })];
  }));
}

function categoryStyle(entry) {
  return CATEGORY_STYLES[entry.id] ?? { color: NEUTRAL, glyph: (entry.nameVi || entry.id).charAt(0).toUpperCase() };
}

function facilityStyle(entry, p, type) {
  if (entry.id === 'road') {
    if (BAD.has(p.condition)) return { stroke: '#f46d43', weight: 3 };
    return p.hardened ? { stroke: '#4d4d4d', weight: 2 } : { stroke: '#d7301f', weight: 2.5, dash: [5, 3] };
  }
  const { color, glyph } = categoryStyle(entry);
  if (type === 'LineString') return { stroke: color, weight: 2 };
  const bad = BAD.has(p.condition);
  return { radius: bad ? 8 : 7, fill: color, stroke: bad ? '#d7301f' : '#ffffff', weight: bad ? 2.5 : 1, glyph };
}

/**
 * The layer switcher's label of a layer: a swatch of its style, if a facility, and its name (text,
 * never markup), with a hint (title) such as the zoom it is shown from: below it Leaflet greys it out.
 */
export function label(entry, name, hint = '') {
  const title = hint ? ` title="${escapeHtml(hint)}"` : '';
  return `${swatch(entry)}<span data-layer="${escapeHtml(entry.id)}"${title}>${escapeHtml(name)}</span>`;
}

function swatch(entry) {
  if (entry.id === 'road') return '<span class="sw sw-road"></span><span class="sw sw-road-bad"></span>';
  if (!isFacility(entry)) return '';
  const { color, glyph } = categoryStyle(entry);
  return `<span class="sw sw-dot" style="background:${color}">${escapeHtml(glyph)}</span>`;
}

function escapeHtml(text) {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
