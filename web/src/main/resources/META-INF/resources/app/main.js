// The map page: wires the map, its layers, legend, panel, search, gap view and the URL together.
import { getJson } from './api.js';
import { el, showMessage } from './dom.js';
import { mountAccount } from './account.js';
import { FeaturePanel } from './feature-panel.js';
import { FieldEditor } from './field-edit.js';
import { GapView } from './gaps.js';
import { CompareView } from './compare.js';
import { initialLanguage, lang, localName, setLanguage, t } from './i18n.js';
import { LabelLayer } from './labels.js';
import { createLayers, isFacility, label, preparePanes } from './layers.js';
import { Legend } from './legend.js';
import { outbox, startOffline } from './offline.js';
import { attachSheet } from './sheet.js';
import { Theme, fillThemeSelect, forgetThemeNames } from './themes.js';
import { TimeBar } from './timebar.js';
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
  theme: new Theme(initial.theme ?? undefined, initial.breaks ?? undefined),
  compare: meta.years.includes(initial.compare) ? initial.compare : null,
  compareTheme: initial.theme2,
};
const colors = Object.fromEntries(meta.statusLevels.map((l) => [l.code, l.color]));
const statusFill = (p) => colors[p.status] || '#cccccc';
let themeNames = [];

const map = L.map('map', { minZoom: 4, maxZoom: 18, zoomSnap: 0.5 });
preparePanes(map);
const selection = L.layerGroup().addTo(map);
const SELECTED = { pane: 'selection', color: '#f59e0b', weight: 4, fill: false, interactive: false, className: 'selection' };

/** Marks on the map what the open sheet is about: a unit's extent or a feature's place; null clears it. */
function select(shape) {
  selection.clearLayers();
  shape?.addTo(selection);
}
map.attributionControl.setPrefix(false);
map.attributionControl.addAttribution('Ranh giới 2025: dvhcvn (MIT)');
const layers = createLayers(catalog, (p) => (view.theme.active ? view.theme.colorOf(p) : statusFill(p)), view.year);
Object.values(layers).forEach((layer) => layer.setData({ theme: view.theme.id }));
const labels = new LabelLayer(view.year);
const baseMap = L.tileLayer('https://tile.openstreetmap.org/{z}/{x}/{y}.png', {
  maxZoom: 18, attribution: '© OpenStreetMap',
});
const active = new Set(initial.layers ?? ['provinces', 'communes', 'labels']);
Object.keys(layers).filter((n) => active.has(n)).forEach((n) => layers[n].addTo(map));
if (active.has('labels')) labels.addTo(map);

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
['panel', 'feature', 'gaps', 'report'].forEach((id) => attachSheet(document.getElementById(id)));
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
  const onUser = (user) => {
    editor.setUser(user);
    signedIn(user);
  };
  mountAccount(document.getElementById('account'), onUser).then(onUser);
}

function buildLayerControl() {
  layerControl?.remove();
  const overlays = {};
  entries.forEach((entry) => {
    const hint = entry.minzoom > map.getMinZoom() ? `${t('shownFromLevel')} ${entry.minzoom}` : '';
    overlays[label(entry, localName(entry), hint)] = layers[entry.id];
  });
  overlays[label({ id: 'labels' }, t('labelsLayer'))] = labels;
  overlays[label({ id: 'osm' }, t('baseMap'))] = baseMap;
  layerControl = L.control.layers(null, overlays, { collapsed: true, position: 'topright' }).addTo(map);
}

/**
 * Fits a box in the part of the map no sheet covers: beside the panel on a desktop (the map is narrower
 * once it opens), above the sheet on a phone (it lies over the map's lower part).
 */
function fitBox([minX, minY, maxX, maxY]) {
  map.invalidateSize({ pan: false });
  const area = map.getContainer().getBoundingClientRect();
  const sheet = [...document.querySelectorAll('aside.side')].find((s) => !s.hidden);
  const cover = sheet?.getBoundingClientRect();
  const overlaps = cover && cover.left < area.right && cover.right > area.left && cover.top < area.bottom && cover.bottom > area.top;
  const bottom = overlaps && cover.top > area.top + 20 ? area.bottom - cover.top : 0;
  const right = overlaps && !bottom ? area.right - cover.left : 0;
  map.fitBounds([[minY, minX], [maxY, maxX]], { paddingTopLeft: [20, 20], paddingBottomRight: [20 + right, 20 + bottom] });
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
    view.unit = unit.code;
    outline(unit);
    save();
    return unit;
  } catch (error) {
    showMessage(error.message);
    return null;
  }
}

/** Marks the unit with its real shape (its extent box until the shape arrives, or if it does not). */
async function outline(unit) {
  if (unit.bbox) select(L.rectangle([[unit.bbox[1], unit.bbox[0]], [unit.bbox[3], unit.bbox[2]]], SELECTED));
  try {
    const shape = await getJson(`/api/units/${encodeURIComponent(unit.code)}/outline`, { year: view.year });
    if (view.unit === unit.code) select(L.geoJSON(shape, { style: () => SELECTED, ...SELECTED }));
  } catch {
    // The extent box stays.
  }
}

/** Marks a feature: a ring around a point, the line itself (amber, wide) for a road or canal. */
async function markFeature(feature) {
  select(L.circleMarker([feature.lat, feature.lon], { ...SELECTED, radius: 14 }));
  try {
    const item = await getJson(`/ogc/collections/${encodeURIComponent(feature.category)}/items/${feature.id}`);
    if (view.feature === feature.id && item.geometry && !item.geometry.type.endsWith('Point')) {
      select(L.geoJSON(item.geometry, { style: () => ({ ...SELECTED, weight: 7, opacity: 0.8 }), ...SELECTED }));
    }
  } catch {
    // The ring stays.
  }
}

async function openFeature(id, { zoomTo = false } = {}) {
  try {
    coverList(featurePanel);
    const feature = await featurePanel.show(id);
    gaps.park();
    view.feature = id;
    markFeature(feature);
    if (zoomTo) {
      map.setView([feature.lat, feature.lon], Math.max(map.getZoom(), 15));
      layers[feature.category]?.addTo(map);
    }
    if (!panel.element.hidden) panel.close();
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
    layers: [...Object.keys(layers).filter((n) => map.hasLayer(layers[n])), ...(map.hasLayer(labels) ? ['labels'] : [])],
    lang: lang(), gaps: gaps.open ? gaps.kind : null,
    theme: view.theme.active ? view.theme.id : null, breaks: view.theme.active ? view.theme.method : null,
    compare: compare.open ? compare.year : null, theme2: compare.open && compare.theme.active ? compare.theme.id : null,
  });
}

/** The legend of the year and province: status counts, or the theme's classes (whose breaks colour the tiles). */
async function refreshLegend() {
  try {
    await view.theme.load(view.year, view.province);
    themedLayers().forEach((layer) => layer.repaint());
    const name = themeNames.find((n) => n.id === view.theme.id)?.name ?? '';
    await legend.update(view.year, view.province, meta.demo, view.theme, name);
    const summary = document.querySelector('#legend .total');
    if (summary && summary.textContent.startsWith('0 ')) showMessage(t('noBoundaries'));
  } catch (error) {
    showMessage(error.message);
  }
}

function themedLayers() {
  return ['communes', 'villages'].map((id) => layers[id]).filter(Boolean);
}

/** Fills the theme choices of the year; a theme the year does not offer gives way to the status map. */
async function fillThemes() {
  try {
    themeNames = await fillThemeSelect(document.getElementById('theme'), view.year, view.theme.id);
  } catch {
    themeNames = []; // No signal and the themes not kept: colour by status, which the tiles always carry.
  }
  if (!themeNames.some((n) => n.id === view.theme.id)) {
    view.theme = new Theme();
    themedLayers().forEach((layer) => layer.setData({ theme: view.theme.id }));
  }
  document.getElementById('breaks').value = view.theme.method;
  document.getElementById('breaks-label').hidden = themeNames.find((n) => n.id === view.theme.id)?.type !== 'numeric';
}

/** Shows another year: tiles, names, legend, the open sheet, the time bar. */
async function setYear(year) {
  view.year = year;
  document.getElementById('year').value = String(year);
  timeBar.show(year);
  save();
  Object.values(layers).forEach((layer) => layer.setData({ year }));
  labels.setYear(year);
  await fillThemes();
  if (view.unit) openUnit(view.unit);
  save();
  await refreshLegend();
}

/** Colours the units by another theme or class method (the status map: 'status'). */
async function setTheme(id, method = view.theme.method) {
  view.theme = new Theme(id, method);
  themedLayers().forEach((layer) => layer.setData({ theme: view.theme.id }));
  await fillThemes();
  save();
  await refreshLegend();
}

async function setCompare(change) {
  if (change === null) {
    compare.close();
  } else {
    const year = change.year ?? compare.year ?? meta.years.find((y) => y !== view.year) ?? view.year;
    const theme = change.theme ?? (compare.open ? compare.theme.id : view.theme.id);
    await compare.show(year, theme, view.theme.method, view.province);
  }
  document.getElementById('compare-button').setAttribute('aria-pressed', String(compare.open));
  save();
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

document.getElementById('year').addEventListener('change', (e) => setYear(Number(e.target.value)));
document.getElementById('theme').addEventListener('change', (e) => setTheme(e.target.value));
document.getElementById('breaks').addEventListener('change', (e) => setTheme(view.theme.id, e.target.value));
document.getElementById('compare-button').addEventListener('click', () => setCompare(compare.open ? null : {}));
document.getElementById('province').addEventListener('change', (e) => {
  view.province = e.target.value || null;
  fitProvinces();
  refreshLegend();
  if (compare.open) compare.refresh(view.province);
  if (gaps.open) gaps.show(view.province);
  save();
});
document.getElementById('menu-button').addEventListener('click', (e) => {
  const open = document.querySelector('.topbar').classList.toggle('open');
  e.currentTarget.setAttribute('aria-expanded', String(open));
  map.invalidateSize();
});

/** On a phone, the unfolded menu gives the map back once a place is chosen. */
function foldMenu() {
  if (!document.querySelector('.topbar').classList.contains('open')) return;
  document.querySelector('.topbar').classList.remove('open');
  document.getElementById('menu-button').setAttribute('aria-expanded', 'false');
  map.invalidateSize();
}
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
document.getElementById('lang').addEventListener('click', async () => {
  setLanguage(lang() === 'vi' ? 'en' : 'vi');
  mountUser();
  if (reportForm.open) reportForm.show();
  fillSelects();
  buildLayerControl();
  timeBar.translate();
  forgetThemeNames();
  await fillThemes();
  refreshLegend();
  if (compare.open) compare.show(compare.year, compare.theme.id, compare.theme.method, view.province);
  if (view.unit) openUnit(view.unit);
  if (view.feature) openFeature(view.feature);
  if (gaps.open) gaps.show(view.province);
  save();
});
attachSearch(document.getElementById('search'), document.getElementById('search-results'), {
  year: () => view.year,
  onChoose: async (unit) => {
    foldMenu();
    await openUnit(unit.code);
    if (unit.bbox) fitBox(unit.bbox);
  },
});

/** Signing in again sends what waited for it (a session that ended while offline). */
function signedIn(user) {
  if (user) outbox.flush();
}

/** An edited address moves the map: position, year, theme, the open unit or feature. */
window.addEventListener('hashchange', async () => {
  const state = readState();
  if (state.lang && state.lang !== lang()) document.getElementById('lang').click();
  if (state.lat !== null && state.lng !== null && state.z !== null) map.setView([state.lat, state.lng], state.z);
  if (meta.years.includes(state.year) && state.year !== view.year) await setYear(state.year);
  const theme = state.theme ?? 'status';
  if (theme !== view.theme.id || (state.breaks && state.breaks !== view.theme.method)) {
    await setTheme(theme, state.breaks ?? view.theme.method);
  }
  if (state.unit && state.unit !== view.unit) openUnit(state.unit);
  else if (state.feature && state.feature !== view.feature) openFeature(state.feature);
});

const compare = new CompareView(document.getElementById('map2'), map, {
  catalog, meta, statusFill, shown: (id) => map.hasLayer(layers[id]), onChange: (change) => setCompare(change),
});
const timeBar = new TimeBar(meta.years, view.year, (year) => setYear(year)).addTo(map);

fillSelects();
buildLayerControl();
mountUser();
startOffline({ sessionEnded: () => mountUser() });
if (initial.lat !== null && initial.lng !== null && initial.z !== null) map.setView([initial.lat, initial.lng], initial.z);
else fitProvinces();
await fillThemes();
await refreshLegend();
if (view.compare) await setCompare({ year: view.compare, theme: view.compareTheme ?? undefined });
if (initial.gaps) await gaps.show(view.province, initial.gaps);
if (initial.unit) openUnit(initial.unit);
else if (initial.feature) openFeature(initial.feature, { zoomTo: initial.lat === null });
document.body.dataset.ready = 'true';
