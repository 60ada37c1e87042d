// Field staff correct the map: add a facility at their GPS position or a tapped place, draw a road or
// canal, and move a point or reshape a line. Plain Leaflet: a draggable handle per point or vertex.
// The requests themselves are in field-edit-api.js.
import { ApiError } from './api.js';
import { el, replace, showMessage } from './dom.js';
import { t } from './i18n.js';
import { addRequest, moveRequest, submit } from './field-edit-api.js';

export const EDITORS = ['ADMIN', 'PROVINCE_PLANNER', 'COMMUNE_OFFICER'];
const LINE_CATEGORIES = ['road', 'irrigation'];
const POINT_CATEGORIES = ['school', 'health_station', 'culture_house', 'market', 'water_supply', 'waste_site', 'power'];
const CONDITIONS = ['good', 'fair', 'poor', 'unusable'];
const SURFACES = ['asphalt', 'concrete', 'gravel', 'earth'];
/** A handle big enough for a finger (44 px), drawn as a small dot. */
const HANDLE = L.divIcon({ className: 'edit-handle', iconSize: [44, 44] });

export class FieldEditor {
  /** onOpen: another sheet must step aside; onSaved(feature): the feature was written (null: reload it by id). */
  constructor(element, map, { onOpen, onSaved }) {
    this.element = element;
    this.map = map;
    this.onOpen = onOpen;
    this.onSaved = onSaved;
    this.shape = L.layerGroup();
    this.control = null;
    this.mode = null;
    this.onMapClick = (e) => this.tap(e.latlng);
  }

  get open() {
    return !this.element.hidden;
  }

  /** The map's add buttons, for a signed-in user whose role may edit infrastructure. */
  setUser(user) {
    this.control?.remove();
    this.control = null;
    if (!user || !EDITORS.includes(user.role)) {
      if (this.open) this.close();
      return;
    }
    const tools = () => {
      const box = el('div', { class: 'leaflet-bar field-tools', role: 'group', 'aria-label': t('fieldEdits') },
        el('button', { type: 'button', id: 'add-point', onclick: () => this.start('point') }, `+ ${t('addPoint')}`),
        el('button', { type: 'button', id: 'draw-line', onclick: () => this.start('line') }, t('drawLine')));
      L.DomEvent.disableClickPropagation(box);
      return box;
    };
    this.control = new (L.Control.extend({ onAdd: tools }))({ position: 'topleft' }).addTo(this.map);
  }

  /** Starts adding a point ('point'), drawing a line ('line') or moving/reshaping {@code feature} ('move'). */
  start(mode, feature = null) {
    this.onOpen();
    this.close();
    this.mode = mode;
    this.feature = feature;
    this.parts = feature ? partsOf(feature.geometry) : [[]];
    this.position = { source: 'map', accuracy: null };
    this.shape.addTo(this.map);
    this.map.on('click', this.onMapClick);
    this.element.hidden = false;
    this.render();
    this.draw();
  }

  close() {
    this.map.off('click', this.onMapClick);
    this.shape.clearLayers();
    this.shape.remove();
    this.mode = null;
    this.element.hidden = true;
  }

  get kind() {
    if (this.mode === 'move') return this.feature.geometry.type === 'Point' ? 'point' : 'line';
    return this.mode;
  }

  tap(latlng) {
    if (this.kind === 'point') {
      this.parts = [[latlng]];
      this.position = { source: 'map', accuracy: null };
    } else if (this.mode === 'line') {
      this.parts[0].push(latlng);
    } else {
      return;
    }
    this.draw();
  }

  locate() {
    showMessage(t('locating'), 'info');
    navigator.geolocation.getCurrentPosition((found) => {
      const latlng = L.latLng(found.coords.latitude, found.coords.longitude);
      this.parts = [[latlng]];
      this.position = { source: 'gps', accuracy: Math.round(found.coords.accuracy * 10) / 10 };
      this.map.setView(latlng, Math.max(this.map.getZoom(), 16));
      this.draw();
      document.getElementById('message').hidden = true;
    }, () => showMessage(t('gpsUnavailable')), { enableHighAccuracy: true, timeout: 20000, maximumAge: 0 });
  }

  /** The shape and a draggable handle per vertex; a dragged GPS point is a place picked by hand. */
  draw() {
    this.shape.clearLayers();
    const line = this.kind === 'line' ? L.polyline(this.parts, { color: '#f59e0b', weight: 4 }).addTo(this.shape) : null;
    if (this.position.accuracy) L.circle(this.parts[0][0], { radius: this.position.accuracy, weight: 1 }).addTo(this.shape);
    this.parts.forEach((part, p) => part.forEach((latlng, i) => {
      const handle = L.marker(latlng, { icon: HANDLE, draggable: true, autoPan: true, keyboard: false }).addTo(this.shape);
      handle.on('drag', () => {
        this.parts[p][i] = handle.getLatLng();
        line?.setLatLngs(this.parts);
      });
      handle.on('dragend', () => {
        this.position = { source: 'map', accuracy: null };
        this.draw();
      });
    }));
    const where = this.element.querySelector('#edit-where');
    if (where) where.textContent = this.describe();
  }

  describe() {
    const vertices = this.parts.flat();
    if (this.kind === 'line') return `${vertices.length} ${t('vertices')}`;
    if (!vertices.length) return t('noPositionYet');
    const at = `${vertices[0].lat.toFixed(6)}, ${vertices[0].lng.toFixed(6)}`;
    return this.position.source === 'gps' ? `${at} · ${t('accuracyMetres').replace('{m}', this.position.accuracy)}`
      : `${at} · ${t('positionFromMap')}`;
  }

  render() {
    const adding = this.mode !== 'move';
    const categories = this.mode === 'line' ? LINE_CATEGORIES : POINT_CATEGORIES;
    const title = { point: 'addPointTitle', line: 'drawLineTitle', move: 'editShapeTitle' }[this.mode];
    const hint = { point: 'tapToPlace', line: 'tapToDraw', move: 'dragToEdit' }[this.mode];
    const form = el('form', { class: 'stack', id: 'edit-form', onsubmit: (e) => { e.preventDefault(); this.save(form); } },
      this.mode === 'point' ? el('button', { type: 'button', id: 'use-gps', onclick: () => this.locate() }, `◎ ${t('useMyPosition')}`) : null,
      el('p', { class: 'muted' }, t(hint)),
      this.mode === 'line' ? el('button', { type: 'button', onclick: () => { this.parts[0].pop(); this.draw(); } },
        t('removeLastVertex')) : null,
      el('p', {}, el('strong', { id: 'edit-where' }, this.describe())),
      adding ? el('label', {}, t('category'), el('select', { name: 'category' },
        categories.map((c) => el('option', { value: c }, t(c))))) : null,
      adding ? el('label', {}, t('featureName'), el('input', { name: 'name', maxlength: 200 })) : null,
      this.mode === 'line' ? el('label', {}, t('surfaceLabel'), el('select', { name: 'surface' }, el('option', { value: '' }, '–'),
        SURFACES.map((v) => el('option', { value: v }, t(`surface_${v}`))))) : null,
      adding ? el('label', {}, t('conditionLabel'), el('select', { name: 'condition' }, el('option', { value: '' }, '–'),
        CONDITIONS.map((c) => el('option', { value: c }, t(`condition_${c}`))))) : null,
      el('div', { class: 'actions' },
        el('button', { type: 'button', onclick: () => this.close() }, t('cancel')),
        el('button', { type: 'submit', class: 'primary', id: 'edit-save' }, t('save'))));
    replace(this.element,
      el('div', { class: 'panel-head' }, el('h2', { id: 'edit-title' }, this.feature?.name || t(title)),
        el('button', { type: 'button', class: 'close', 'aria-label': t('close'), onclick: () => this.close() }, '×')),
      this.mode === 'move' ? el('p', { class: 'muted' }, t(title)) : null,
      form);
  }

  async save(form) {
    const vertices = this.parts.flat().length;
    if (this.kind === 'point' && !vertices) { showMessage(t('placeFirst'), 'info'); return; }
    if (this.kind === 'line' && this.parts.some((part) => part.length < 2)) { showMessage(t('drawTwoPoints'), 'info'); return; }
    const geometry = geometryOf(this.parts, this.mode === 'move' ? this.feature.geometry.type : null);
    const { source: positionSource, accuracy } = this.position;
    const data = new FormData(form);
    const request = this.mode === 'move'
      ? moveRequest(this.feature.id, { geometry, version: this.feature.version, positionSource, accuracy })
      : addRequest({ category: data.get('category'), name: data.get('name') || null,
        condition: data.get('condition') || null,
        surface: data.get('category') === 'road' ? data.get('surface') || null : null, geometry, positionSource, accuracy });
    const id = this.feature?.id;
    try {
      const saved = await submit(request);
      this.close();
      showMessage(t('saved'), 'info');
      this.onSaved(saved);
    } catch (error) {
      if (error instanceof ApiError && error.status === 409) {
        this.close();
        showMessage(t('conflict'));
        this.onSaved(null, id);
      } else {
        showMessage(error.message);
      }
    }
  }
}

/** A GeoJSON Point, LineString or MultiLineString as lists of Leaflet vertices (one list per line). */
function partsOf(geometry) {
  const latlng = ([lng, lat]) => L.latLng(lat, lng);
  if (geometry.type === 'Point') return [[latlng(geometry.coordinates)]];
  if (geometry.type === 'LineString') return [geometry.coordinates.map(latlng)];
  return geometry.coordinates.map((line) => line.map(latlng));
}

function geometryOf(parts, type) {
  const position = (p) => [round(p.lng), round(p.lat)];
  if (parts[0].length === 1 && parts.length === 1 && type !== 'LineString') return { type: 'Point', coordinates: position(parts[0][0]) };
  if (type === 'MultiLineString') return { type, coordinates: parts.map((part) => part.map(position)) };
  return { type: 'LineString', coordinates: parts[0].map(position) };
}

function round(degrees) {
  return Math.round(degrees * 1e7) / 1e7;
}
