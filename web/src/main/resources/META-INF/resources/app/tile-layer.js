// A Leaflet grid layer that draws vector tiles on canvas and finds the feature under a point.
import { decodeTile } from './mvt.js';

const TILE = 256;

export const VectorTileLayer = L.GridLayer.extend({
  options: { layerName: null, style: () => ({}), year: null, minZoom: 0, maxNativeZoom: 22 },

  initialize(options) {
    L.GridLayer.prototype.initialize.call(this, options);
    this._decoded = new Map();
  },

  /** Reloads the tiles for another year (not redraw(): with fractional zoom it asks for tiles at z=8.5). */
  setYear(year) {
    this.options.year = year;
    this._decoded.clear();
    if (this._map) {
      this._removeAllTiles();
      this._update();
    }
  },

  createTile(coords, done) {
    const ratio = window.devicePixelRatio || 1;
    const canvas = L.DomUtil.create('canvas', 'vt-tile');
    canvas.width = TILE * ratio;
    canvas.height = TILE * ratio;
    const key = this._tileCoordsToKey(coords);
    const year = this.options.year ? `?year=${this.options.year}` : '';
    fetch(`/tiles/${this.options.layerName}/${coords.z}/${coords.x}/${coords.y}.mvt${year}`)
      .then((response) => {
        if (!response.ok) throw new Error(`tile ${response.status}`);
        return response.arrayBuffer();
      })
      .then((buffer) => {
        const layer = buffer.byteLength ? decodeTile(buffer)[this.options.layerName] : null;
        const features = layer ? layer.features : [];
        this._decoded.set(key, { features, extent: layer ? layer.extent : 4096 });
        canvas.dataset.features = String(features.length);
        this._draw(canvas, features, layer ? layer.extent : 4096, ratio);
        done(null, canvas);
      })
      .catch((error) => done(error, canvas));
    return canvas;
  },

  _draw(canvas, features, extent, ratio) {
    const ctx = canvas.getContext('2d');
    const scale = (TILE * ratio) / extent;
    for (const feature of features) {
      const style = this.options.style(feature.properties, feature.type);
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
  },

  /** The feature drawn at a position, if any: polygons contain it, lines and points are within a few pixels. */
  featureAt(latlng) {
    const map = this._map;
    const zoom = this._tileZoom;
    if (!map || zoom === undefined) return null;
    const point = map.project(latlng, zoom);
    const coords = L.point(Math.floor(point.x / TILE), Math.floor(point.y / TILE));
    coords.z = zoom;
    const tile = this._decoded.get(this._tileCoordsToKey(coords));
    if (!tile) return null;
    const units = tile.extent / TILE;
    const x = (point.x - coords.x * TILE) * units;
    const y = (point.y - coords.y * TILE) * units;
    const reach = 6 * units;
    for (let i = tile.features.length - 1; i >= 0; i -= 1) {
      const feature = tile.features[i];
      if (hits(feature, x, y, reach)) return feature;
    }
    return null;
  },
});

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
