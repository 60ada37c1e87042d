// A Leaflet grid layer that draws vector tiles on canvas and finds the feature under a point.
import { decodeTile } from './mvt.js';

/**
 * Tiles live as long as Leaflet shows them: each is freed on 'tileunload', and a tile that leaves
 * the view before it arrived has its request aborted. Leaflet's public GridLayer API only. The
 * layer's container carries data-cached (tiles held) and data-aborted (requests aborted) for tests.
 */
export const VectorTileLayer = L.GridLayer.extend({
  options: {
    layerName: null, version: null, style: () => ({}), year: null, theme: null, themed: false, minZoom: 0, maxNativeZoom: 22,
    className: 'vt-layer',
  },

  initialize(options) {
    L.GridLayer.prototype.initialize.call(this, options);
    /** The tiles shown, by tileKey: { canvas, coords, controller, done, features, extent }. */
    this.tiles = new Map();
    this.aborted = 0;
    this.on('tileunload', this.unloadTile, this);
  },

  onAdd(map) {
    this.map = map;
    L.GridLayer.prototype.onAdd.call(this, map);
    this.getContainer().dataset.layer = this.options.layerName;
    this.count();
  },

  onRemove(map) {
    L.GridLayer.prototype.onRemove.call(this, map);
    this.map = null;
  },

  /**
   * Redraws the tiles shown with another year's data or, on a unit layer, another theme (a plain query
   * parameter of the same tile URL), in place (redraw() would ask for z=8.5 at fractional zoom).
   */
  setData({ year = this.options.year, theme = this.options.theme }) {
    const changed = year !== this.options.year || (this.options.themed && theme !== this.options.theme);
    this.options.year = year;
    this.options.theme = theme;
    if (changed) this.tiles.forEach((tile) => this.load(tile));
  },

  /** Draws the tiles shown again with the style's current colours (a theme's legend arrived), without fetching. */
  repaint() {
    this.tiles.forEach((tile) => {
      if (!tile.controller) draw(tile.canvas, tile.features, tile.extent, this.options.style);
    });
  },

  /**
   * Fetches the tiles shown again after an edit changed their data: at the layer's new version, read from
   * the catalogue, since a tile of the old version is immutable in the browser's cache.
   */
  async reload() {
    try {
      const response = await fetch('/tiles/index.json', { cache: 'no-cache' });
      if (response.ok) this.options.version = (await response.json())[this.options.layerName]?.version ?? this.options.version;
    } catch {
      // No signal: the tiles are drawn again from what the phone keeps.
    }
    this.tiles.forEach((tile) => this.load(tile));
  },

  createTile(coords, done) {
    const ratio = window.devicePixelRatio || 1;
    const size = this.getTileSize();
    const canvas = L.DomUtil.create('canvas', 'vt-tile');
    canvas.width = size.x * ratio;
    canvas.height = size.y * ratio;
    const tile = { canvas, coords, controller: null, done, features: [], extent: 4096 };
    this.tiles.set(tileKey(coords), tile);
    this.count();
    this.load(tile);
    return canvas;
  },

  /** Fetches and draws a tile, aborting its earlier request if one is still on its way. */
  load(tile) {
    tile.controller?.abort();
    const controller = new AbortController();
    tile.controller = controller;
    const { x, y, z } = tile.coords;
    // The layer's version (from the catalogue) makes the tile immutable for the browser and a CDN;
    // after a write the server redirects an outdated version to the current one.
    const params = new URLSearchParams();
    if (this.options.version) params.set('v', this.options.version);
    if (this.options.year) params.set('year', this.options.year);
    if (this.options.themed && this.options.theme && this.options.theme !== 'status') params.set('theme', this.options.theme);
    const query = params.toString() ? `?${params}` : '';
    fetch(`/tiles/${this.options.layerName}/${z}/${x}/${y}.mvt${query}`, { signal: controller.signal })
      .then((response) => {
        if (!response.ok) throw new Error(`tile ${response.status}`);
        return response.arrayBuffer();
      })
      .then((buffer) => {
        const layer = buffer.byteLength ? decodeTile(buffer)[this.options.layerName] : null;
        tile.features = layer ? layer.features : [];
        tile.extent = layer ? layer.extent : 4096;
        draw(tile.canvas, tile.features, tile.extent, this.options.style);
        tile.canvas.dataset.features = String(tile.features.length);
        this.finish(tile, controller, null);
      })
      .catch((error) => {
        if (error.name !== 'AbortError') this.finish(tile, controller, error);
      });
  },

  finish(tile, controller, error) {
    if (tile.controller !== controller) return;
    tile.controller = null;
    tile.done?.(error, tile.canvas);
    tile.done = null;
  },

  unloadTile({ tile: canvas, coords }) {
    const key = tileKey(coords);
    const tile = this.tiles.get(key);
    if (!tile || tile.canvas !== canvas) return;
    if (tile.controller) {
      tile.controller.abort();
      this.aborted += 1;
    }
    this.tiles.delete(key);
    this.count();
  },

  count() {
    const container = this.getContainer();
    if (!container) return;
    container.dataset.cached = String(this.tiles.size);
    container.dataset.aborted = String(this.aborted);
  },

  /** The feature drawn at a position, if any: polygons contain it, lines and points are within a few pixels. */
  featureAt(latlng) {
    const { map } = this;
    if (!map) return null;
    const size = this.getTileSize();
    const zoom = Math.min(Math.round(map.getZoom()), this.options.maxNativeZoom);
    const point = map.project(latlng, zoom);
    const coords = { x: Math.floor(point.x / size.x), y: Math.floor(point.y / size.y), z: zoom };
    const tile = this.tiles.get(tileKey(coords));
    if (!tile) return null;
    const units = tile.extent / size.x;
    const x = (point.x - coords.x * size.x) * units;
    const y = (point.y - coords.y * size.y) * units;
    const reach = 6 * units;
    for (let i = tile.features.length - 1; i >= 0; i -= 1) {
      const feature = tile.features[i];
      if (hits(feature, x, y, reach)) return feature;
    }
    return null;
  },
});

function tileKey({ x, y, z }) {
  return `${x}:${y}:${z}`;
}

function draw(canvas, features, extent, styleOf) {
  const ctx = canvas.getContext('2d');
  const ratio = window.devicePixelRatio || 1;
  ctx.clearRect(0, 0, canvas.width, canvas.height);
  const scale = canvas.width / extent;
  for (const feature of features) {
    const style = styleOf(feature.properties, feature.type);
    if (!style) continue;
    ctx.beginPath();
    if (feature.type === 'Point') {
      for (const [[x, y]] of feature.geometry) {
        ctx.moveTo(x * scale + style.radius * ratio, y * scale);
        ctx.arc(x * scale, y * scale, style.radius * ratio, 0, Math.PI * 2);
      }
    } else {
      for (const path of feature.geometry) {
        path.forEach(([x, y], i) => (i ? ctx.lineTo(x * scale, y * scale) : ctx.moveTo(x * scale, y * scale)));
      }
    }
    if (style.fill && feature.type !== 'LineString') {
      ctx.fillStyle = style.fill;
      ctx.globalAlpha = style.fillOpacity ?? 1;
      ctx.fill('evenodd');
      ctx.globalAlpha = 1;
    }
    if (style.stroke) {
      ctx.strokeStyle = style.stroke;
      ctx.lineWidth = (style.weight ?? 1) * ratio;
      ctx.setLineDash((style.dash ?? []).map((d) => d * ratio));
      ctx.stroke();
      ctx.setLineDash([]);
    }
    if (style.glyph && feature.type === 'Point') drawGlyph(ctx, feature.geometry, scale, style, ratio);
  }
}

function drawGlyph(ctx, points, scale, style, ratio) {
  ctx.fillStyle = '#ffffff';
  ctx.font = `bold ${Math.round(style.radius * 1.4 * ratio)}px sans-serif`;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  for (const [[x, y]] of points) ctx.fillText(style.glyph, x * scale, y * scale + ratio);
}

function hits(feature, x, y, reach) {
  if (feature.type === 'Polygon') {
    let inside = false;
    for (const ring of feature.geometry) {
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i, i += 1) {
        const [xi, yi] = ring[i];
        const [xj, yj] = ring[j];
        if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
      }
    }
    return inside;
  }
  if (feature.type === 'Point') {
    return feature.geometry.some(([[px, py]]) => Math.hypot(px - x, py - y) <= reach);
  }
  return feature.geometry.some((line) => line.some((p, i) => i > 0 && segmentDistance(line[i - 1], p, x, y) <= reach));
}

function segmentDistance([ax, ay], [bx, by], x, y) {
  const dx = bx - ax;
  const dy = by - ay;
  const length = dx * dx + dy * dy;
  const t = length ? Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / length)) : 0;
  return Math.hypot(ax + t * dx - x, ay + t * dy - y);
}
