// Place names from the project's own boundaries (GET /api/labels: a point inside each unit): provinces
// while they fit, communes from zoom 9, villages from 12. Names are text in a pane of their own, placed
// largest unit first; a name that would overlap one already placed is left out.
import { getJson } from './api.js';

const FONT = { province: 'bold 14px', commune: '600 12px', village: '11px' };

export const LabelLayer = L.Layer.extend({
  initialize(year) {
    this.year = year;
    this.request = 0;
  },

  onAdd(map) {
    this.map = map;
    if (!map.getPane('labels')) {
      const pane = map.createPane('labels');
      pane.style.zIndex = 460;
      pane.style.pointerEvents = 'none';
    }
    this.container = L.DomUtil.create('div', 'map-labels', map.getPane('labels'));
    map.on('moveend', this.refresh, this);
    map.on('zoomstart', this.hide, this);
    this.refresh();
  },

  onRemove(map) {
    map.off('moveend', this.refresh, this);
    map.off('zoomstart', this.hide, this);
    this.container.remove();
    this.map = null;
  },

  setYear(year) {
    this.year = year;
    if (this.map) this.refresh();
  },

  hide() {
    this.container.hidden = true;
  },

  async refresh() {
    const { map } = this;
    if (!map) return;
    const request = ++this.request;
    const b = map.getBounds();
    const bbox = [Math.max(-180, b.getWest()), Math.max(-90, b.getSouth()), Math.min(180, b.getEast()), Math.min(90, b.getNorth())]
      .map((v) => v.toFixed(5)).join(',');
    try {
      const labels = await getJson('/api/labels', { bbox, zoom: Math.floor(map.getZoom()), year: this.year });
      if (request === this.request && this.map) this.place(labels);
    } catch {
      // Names are an aid: a failed request leaves the map without them until the next move.
    }
  },

  place(labels) {
    const placed = [];
    const measure = this.measure ??= document.createElement('canvas').getContext('2d');
    const elements = labels.flatMap((label) => {
      measure.font = `${FONT[label.level]} sans-serif`;
      const width = measure.measureText(label.name).width + 6;
      const height = label.level === 'province' ? 18 : 15;
      const p = this.map.latLngToLayerPoint([label.lat, label.lon]);
      const box = { x1: p.x - width / 2, y1: p.y - height / 2, x2: p.x + width / 2, y2: p.y + height / 2 };
      if (placed.some((o) => box.x1 < o.x2 && box.x2 > o.x1 && box.y1 < o.y2 && box.y2 > o.y1)) return [];
      placed.push(box);
      const element = L.DomUtil.create('div', `map-label ${label.level}`);
      element.textContent = label.name;
      element.dataset.code = label.code;
      L.DomUtil.setPosition(element, L.point(box.x1, box.y1));
      element.style.width = `${width}px`;
      return [element];
    });
    this.container.replaceChildren(...elements);
    this.container.hidden = false;
  },
});
