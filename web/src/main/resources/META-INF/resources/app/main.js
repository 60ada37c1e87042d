// The map page: wires the map, its layers, legend, panel, search, gap view and the URL together.
import { getJson } from './api.js';
import { el, showMessage } from './dom.js';
import { mountAccount } from './account.js';
import { FeaturePanel } from './feature-panel.js';
import { FieldEditor } from './field-edit.js';
import { GapView } from './gaps.js';
import { initialLanguage, lang, localName, setLanguage, t } from './i18n.js';
import { createLayers, isFacility, label } from './layers.js';
import { Legend } from './legend.js';
import { Panel } from './panel.js';
import { ReportForm } from './report-form.js';
import { attachSearch } from './search.js';
import { readState, writeState } from './url-state.js';

const initial = readState();
setLanguage(initialLanguage(initial.lang));
const [meta, catalog] = await Promise.all([getJson('/api/meta'), getJson('/tiles/index.json')]);
const entries = Object.values(catalog);
const facilities = entries.filter(isFacility).map((entry) => entry.id);
const view = {
  year: meta.years.includes(initial.year) ? initial.year : meta.latestYear,
  province: meta.provinces.some((p) => p.code === initial.province) ? initial.province : null,
  unit: null,
  feature: null,
};
const colors = Object.fromEntries(meta.statusLevels.map((l) => [l.code, l.color]));

const map = L.map('map', { minZoom: 4, maxZoom: 18, zoomSnap: 0.5 });
map.createPane('infrastructure').style.zIndex = 430;
map.createPane('outlines').style.zIndex = 440;
map.createPane('selection').style.zIndex = 450;
const selection = L.layerGroup().addTo(map);
const SELECTED = { pane: 'selection', color: '#f59e0b', weight: 4, fill: false, interactive: false, className: 'selection' };

/** Marks on the map what the open sheet is about: a unit's extent or a feature's place; null clears it. */
function select(shape) {
  selection.clearLayers();
  shape?.addTo(selection);
}
map.attributionControl.setPrefix(false);
map.attributionControl.addAttribution('Ranh giới 2025: dvhcvn (MIT)');
const layers = createLayers(catalog, colors, view.year);
const baseMap = L.tileLayer('https://tile.openstreetmap.org/{z}/{x}/{y}.png', {
  maxZoom: 18, attribution: '© OpenStreetMap',
});
const active = new Set(initial.layers ?? ['provinces', 'communes']);
Object.keys(layers).filter((n) => active.has(n)).forEach((n) => layers[n].addTo(map));

const legend = new Legend(meta.statusLevels).addTo(map);
let layerControl = null;
const panel = new Panel(document.getElementById('panel'), meta.statusLevels, {
  onClose: () => { view.unit = null; select(null); save(); },
  onShowVillages: (unit) => {
    if (unit.bbox) fitBox(unit.bbox);
    if (!map.hasLayer(layers.villages)) layers.villages.addTo(map);
  },
});
const featurePanel = new FeaturePanel(document.getElementById('feature'), {
  onClose: () => { view.feature = null; select(null); save(); },
  onOpenUnit: (code) => openUnit(code),
  onEditShape: (feature) => editor.start('move', feature),
  onChanged: (category) => layers[category]?.reload(),
});
const gaps = new GapView(document.getElementById('gaps'), map, {
  onOpenUnit: (code) => openUnit(code),
  onOpenFeature: (id) => openFeature(id),
});
const reportForm = new ReportForm(document.getElementById('report'), map);
const editor = new FieldEditor(document.getElementById('edit'), map, {
  onOpen: () => {
    closeSheets();
    if (gaps.visible) gaps.hide();
    if (reportForm.open) reportForm.hide();
  },
  onSaved: (feature, id) => {
    if (feature) layers[feature.category]?.addTo(map).reload();
    openFeature(feature ? feature.id : id);
  },
});

/** The account area, and the map's edit tools for whoever is signed in. */
function mountUser() {
  const onUser = (user) => editor.setUser(user);
  mountAccount(document.getElementById('account'), onUser).then(onUser);
}

function buildLayerControl() {
  layerControl?.remove();
  const overlays = {};
  entries.forEach((entry) => {
    const hint = entry.minzoom > map.getMinZoom() ? `${t('shownFromLevel')} ${entry.minzoom}` : '';
    overlays[label(entry, localName(entry), hint)] = layers[entry.id];
  });
  overlays[label({ id: 'osm' }, t('baseMap'))] = baseMap;
  layerControl = L.control.layers(null, overlays, { collapsed: window.innerWidth < 700, position: 'topright' }).addTo(map);
}

function fitBox([minX, minY, maxX, maxY]) {
  map.fitBounds([[minY, minX], [maxY, maxX]], { padding: [20, 20] });
}

function fitProvinces() {
  const boxes = meta.provinces.filter((p) => !view.province || p.code === view.province).map((p) => p.bbox);
  if (!boxes.length) return;
  fitBox([Math.min(...boxes.map((b) => b[0])), Math.min(...boxes.map((b) => b[1])),
    Math.max(...boxes.map((b) => b[2])), Math.max(...boxes.map((b) => b[3]))]);
}

/** Shows one sheet at a time: the gap list steps aside, and the sheet offers a way back to it. */
function coverList(sheet) {
  sheet.onBack = gaps.open ? () => { sheet.close(); gaps.resume(); save(); } : null;
}

function closeSheets() {
  if (editor.open) editor.close();
  if (!panel.element.hidden) panel.close();
  if (featurePanel.open) featurePanel.close();
}

async function openUnit(code) {
  try {
    coverList(panel);
    const unit = await panel.open(code, view.year);
    if (featurePanel.open) featurePanel.close();
    gaps.park();
    if (unit.bbox) select(L.rectangle([[unit.bbox[1], unit.bbox[0]], [unit.bbox[3], unit.bbox[2]]], SELECTED));
    view.unit = unit.code;
    save();
    return unit;
  } catch (error) {
    showMessage(error.message);
    return null;
  }
}

async function openFeature(id, { zoomTo = false } = {}) {
  try {
    coverList(featurePanel);
    const feature = await featurePanel.show(id);
    gaps.park();
    select(L.circleMarker([feature.lat, feature.lon], { ...SELECTED, radius: 14 }));
    if (zoomTo) {
      map.setView([feature.lat, feature.lon], Math.max(map.getZoom(), 15));
      layers[feature.category]?.addTo(map);
    }
    if (!panel.element.hidden) panel.close();
    view.feature = id;
    save();
  } catch (error) {
    showMessage(error.message);
  }
}

function save() {
  const c = map.getCenter();
  writeState({
    year: view.year, lat: c.lat.toFixed(5), lng: c.lng.toFixed(5), z: map.getZoom(), unit: view.unit, feature: view.feature,
    province: view.province,
    layers: Object.keys(layers).filter((n) => map.hasLayer(layers[n])), lang: lang(), gaps: gaps.open ? gaps.kind : null,
  });
}

async function refreshLegend() {
  try {
    await legend.update(view.year, view.province, meta.demo);
    const summary = document.querySelector('#legend .total');
    if (summary && summary.textContent.startsWith('0 ')) showMessage(t('noBoundaries'));
  } catch (error) {
    showMessage(error.message);
  }
}

function fillSelects() {
  const yearSelect = document.getElementById('year');
  yearSelect.replaceChildren(...meta.years.map((y) => el('option', { value: y, selected: y === view.year }, y)));
  const provinceSelect = document.getElementById('province');
  provinceSelect.replaceChildren(el('option', { value: '' }, t('allProvinces')),
    ...meta.provinces.map((p) => el('option', { value: p.code, selected: p.code === view.province }, p.fullName)));
}

map.on('click', async (e) => {
  if (reportForm.open || editor.open) return;
  const facility = facilities.filter((n) => map.hasLayer(layers[n])).map((n) => layers[n].featureAt(e.latlng))
    .find(Boolean);
  if (facility) {
    openFeature(facility.properties.id);
    return;
  }
  const villages = map.hasLayer(layers.villages) ? layers.villages.featureAt(e.latlng) : null;
  const feature = villages || (map.hasLayer(layers.communes) ? layers.communes.featureAt(e.latlng) : null);
  if (feature) {
    openUnit(feature.properties.code);
    return;
  }
  try {
    const unit = await getJson('/api/units/at', { lon: e.latlng.lng, lat: e.latlng.lat, year: view.year });
    openUnit(unit.code);
  } catch {
    // A click outside every commune opens nothing.
  }
});
map.on('moveend overlayadd overlayremove', save);

document.getElementById('year').addEventListener('change', (e) => {
  view.year = Number(e.target.value);
  Object.values(layers).forEach((layer) => layer.setYear(view.year));
  refreshLegend();
  if (view.unit) openUnit(view.unit);
  save();
});
document.getElementById('province').addEventListener('change', (e) => {
  view.province = e.target.value || null;
  fitProvinces();
  refreshLegend();
  if (gaps.open) gaps.show(view.province);
  save();
});
document.getElementById('menu-button').addEventListener('click', (e) => {
  const open = document.querySelector('.topbar').classList.toggle('open');
  e.currentTarget.setAttribute('aria-expanded', String(open));
  map.invalidateSize();
});
document.getElementById('gaps-button').addEventListener('click', () => {
  if (gaps.visible) {
    gaps.hide();
  } else {
    closeSheets();
    gaps.resume();
    gaps.show(view.province);
  }
  save();
});
document.getElementById('report-button').addEventListener('click', () => {
  if (editor.open) editor.close();
  if (reportForm.open) reportForm.hide(); else reportForm.show();
});
document.getElementById('lang').addEventListener('click', () => {
  setLanguage(lang() === 'vi' ? 'en' : 'vi');
  mountUser();
  if (reportForm.open) reportForm.show();
  fillSelects();
  buildLayerControl();
  refreshLegend();
  if (view.unit) openUnit(view.unit);
  if (view.feature) openFeature(view.feature);
  if (gaps.open) gaps.show(view.province);
  save();
});
attachSearch(document.getElementById('search'), document.getElementById('search-results'), {
  year: () => view.year,
  onChoose: (unit) => {
    if (unit.bbox) fitBox(unit.bbox);
    openUnit(unit.code);
  },
});

fillSelects();
buildLayerControl();
mountUser();
if (initial.lat !== null && initial.lng !== null && initial.z !== null) map.setView([initial.lat, initial.lng], initial.z);
else fitProvinces();
await refreshLegend();
if (initial.gaps) await gaps.show(view.province, initial.gaps);
if (initial.unit) openUnit(initial.unit);
else if (initial.feature) openFeature(initial.feature, { zoomTo: initial.lat === null });
document.body.dataset.ready = 'true';
