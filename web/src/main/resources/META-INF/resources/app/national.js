// The national view for the central office: the country's figures, a choropleth by province (share
// of xã at the standard level or above) or by commune (status), and the provinces side by side with
// their target, each leading to its dashboard. Public: every figure here is a public read.
import { getJson } from './api.js';
import { el, replace } from './dom.js';
import { localName, t } from './i18n.js';
import { initPage, option } from './page.js';
import { VectorTileLayer } from './tile-layer.js';

/** Classes of the share of xã at the standard level or above (%), light to dark. */
const SHARE_CLASSES = [
  { from: 0, color: '#f7fcf5', label: '0%' }, { from: 0.1, color: '#c7e9c0', label: '> 0%' },
  { from: 20, color: '#74c476', label: '≥ 20%' }, { from: 40, color: '#31a354', label: '≥ 40%' },
  { from: 70, color: '#006d2c', label: '≥ 70%' },
];
const NOT_ASSESSED = { fill: '#e4e4e4', fillOpacity: 0.7, stroke: '#9a9a9a', weight: 0.5 };

const view = { year: null, by: 'province' };
let meta = null;
let map = null;
let provinceLayer = null;

initPage(render);

async function render(user, content) {
  meta = meta ?? await getJson('/api/meta');
  view.year = view.year ?? meta.latestYear;
  const national = await getJson('/api/national/indicators', { year: view.year });
  const rerender = () => render(user, content);
  const mapBox = el('div', { id: 'national-map', class: 'national-map' });
  replace(content,
    el('h2', {}, `${t('nationalTitle')} ${national.year}`),
    el('div', { class: 'inline' },
      el('label', {}, `${t('year')} `, el('select', { id: 'national-year', onchange: (e) => { view.year = Number(e.target.value); rerender(); } },
        meta.years.map((y) => option(y, y, view.year)))),
      el('span', { class: 'muted' }, `${national.provinces.length} ${t('provincesAndCities')} · ${t('xaOnly')}`)),
    countryCards(national.country),
    el('section', { id: 'national-choropleth' },
      el('div', { class: 'inline', role: 'radiogroup' }, ['province', 'commune'].map((by) =>
        el('label', { class: 'toggle' }, el('input', { type: 'radio', name: 'by', value: by, checked: view.by === by,
          onchange: () => { view.by = by; drawMap(mapBox, national); } }), t(`by_${by}`)))),
      mapBox, mapLegend()),
    provinceTable(national));
  drawMap(mapBox, national);
  content.dataset.provinces = String(national.provinces.length);
}

function countryCards(c) {
  const card = (label, value, note) => el('div', { class: 'stat' }, el('div', { class: 'value' }, value),
    el('div', {}, label), note ? el('div', { class: 'muted' }, note) : null);
  return el('div', { class: 'stats', id: 'national-country' },
    card(t('communesTotal'), c.communes, c.communesNotAssessed ? `${c.communesNotAssessed} ${t('notAssessedNote')}` : null),
    ...['standard', 'advanced', 'model'].map((level) => card(levelName(level),
      c[`communes${capital(level)}`], `${c[`${level}Percent`] ?? 0}% ${t('ofCommunes')} (${t('orAbove')})`)),
    card(t('averageCriteria'), c.averageCriteriaMet ?? el('span', { class: 'no-data' }, t('noData')),
      c.averageCriteriaMet === null ? null : `/${c.criteriaTotal} · ${c.communesWithResults} ${t('communesWithResults')}`));
}

function provinceTable(national) {
  const head = ['province', 'communesTotal', 'level_standard', 'level_advanced', 'level_model', 'averageCriteria',
    'nationalTarget'];
  return el('section', { id: 'national-provinces' }, el('h2', {}, t('provincesSideBySide')),
    el('table', { class: 'grid national' },
      el('thead', {}, el('tr', {}, head.map((k) => el('th', {}, label(k))))),
      el('tbody', {}, national.provinces.map((p) => el('tr', { 'data-code': p.code },
        cell('province', '',
          el('a', { href: `/staff.html?page=dashboard&province=${p.code}`, class: 'drill' }, p.fullName),
          ' ', el('a', { href: `/#province=${p.code}`, class: 'muted' }, t('onTheMap'))),
        cell('communesTotal', 'num', p.communes,
          p.communesNotAssessed ? el('div', { class: 'muted' }, `+${p.communesNotAssessed} ${t('notAssessedShort')}`) : null),
        ...['standard', 'advanced', 'model'].map((level) => cell(`level_${level}`, 'num',
          `${p[`communes${capital(level)}`]} (${p[`${level}Percent`] ?? 0}%)`)),
        cell('averageCriteria', 'num',
          p.averageCriteriaMet === null ? el('span', { class: 'no-data' }, t('noData')) : `${p.averageCriteriaMet}/${p.criteriaTotal}`),
        cell('nationalTarget', '', target(p)))))));
}

/** A table cell with its column's name (shown beside the value when the table becomes cards on a phone). */
function cell(key, className, ...children) {
  return el('td', { 'data-label': label(key), class: className || null }, el('span', {}, ...children));
}

/** A province's communes_standard target against its actual, or why they cannot be compared. */
function target(p) {
  if (p.targetValue === null) return el('span', { class: 'muted' }, t('noTarget'));
  const percent = p.targetKind === 'percent';
  const goal = `${p.targetValue}${p.targetMax ? `–${p.targetMax}` : ''}${percent ? '%' : ''} (${p.targetYear})`;
  const actual = p.targetPreMerger
    ? el('span', { class: 'chip not_comparable' }, t('target_not_comparable'))
    : `${t('actual')}: ${percent ? `${p.standardPercent ?? 0}%` : p.communesStandard}`;
  return el('span', { title: p.targetDecision }, `${goal} · `, actual);
}

function drawMap(box, national) {
  if (!map || map.getContainer() !== box) {
    map?.remove();
    map = L.map(box, { zoomSnap: 0.25, attributionControl: false });
    map.on('click', (e) => openProvince(e.latlng, national));
    const boxes = meta.provinces.map((p) => p.bbox);
    map.fitBounds([[Math.min(...boxes.map((b) => b[1])), Math.min(...boxes.map((b) => b[0]))],
      [Math.max(...boxes.map((b) => b[3])), Math.max(...boxes.map((b) => b[2]))]]);
  }
  map.eachLayer((layer) => map.removeLayer(layer));
  const byCode = Object.fromEntries(national.provinces.map((p) => [p.code, p]));
  const colors = Object.fromEntries(meta.statusLevels.map((l) => [l.code, l.color]));
  provinceLayer = new VectorTileLayer({ layerName: 'provinces', zIndex: 5, style: (p) => ({
    fill: view.by === 'province' ? shareColor(byCode[p.code]?.standardPercent) : null,
    fillOpacity: view.by === 'province' ? 0.9 : 0, stroke: '#3b3b3b', weight: 1 }) });
  const shown = view.by === 'commune' ? [provinceLayer, new VectorTileLayer({ layerName: 'communes', year: view.year,
    zIndex: 2, style: (p) => (p.assessed === false ? NOT_ASSESSED
      : { fill: colors[p.status] || '#cccccc', fillOpacity: 0.85, stroke: '#ffffff', weight: 0.4 }) })] : [provinceLayer];
  // data-loaded: every tile of the layers shown has been drawn (for tests and screenshots).
  const pending = new Set(shown);
  box.dataset.loaded = 'false';
  shown.forEach((layer) => layer.once('load', () => {
    pending.delete(layer);
    if (!pending.size) box.dataset.loaded = 'true';
  }).addTo(map));
  box.dataset.by = view.by;
  box.nextElementSibling?.replaceWith(mapLegend());
}

function openProvince(latlng, national) {
  const feature = provinceLayer?.featureAt(latlng);
  const p = feature && national.provinces.find((x) => x.code === feature.properties.code);
  if (!p) return;
  L.popup().setLatLng(latlng).setContent(el('div', { class: 'province-popup' },
    el('strong', {}, p.fullName), el('div', {}, `${levelName('standard')}: ${p.communesStandard}/${p.communes} (${p.standardPercent ?? 0}%)`),
    el('a', { href: `/staff.html?page=dashboard&province=${p.code}` }, t('openDashboard')))).openOn(map);
}

function mapLegend() {
  const items = view.by === 'province'
    ? SHARE_CLASSES.map((c) => [c.color, c.label])
    : meta.statusLevels.map((l) => [l.color, localName(l)]).concat([[NOT_ASSESSED.fill, t('wardNotAssessed')]]);
  return el('div', { class: 'inline national-legend', id: 'national-legend' },
    el('strong', {}, view.by === 'province' ? t('shareStandard') : t('legendTitle')),
    items.map(([color, text]) => el('span', { class: 'key' }, el('span', { class: 'swatch', style: { background: color } }), text)));
}

function shareColor(percent) {
  const share = percent ?? 0;
  return SHARE_CLASSES.filter((c) => share >= c.from).pop().color;
}

function levelName(code) {
  return localName(meta.statusLevels.find((l) => l.code === code));
}

function label(key) {
  return key.startsWith('level_') ? levelName(key.slice(6)) : t(key);
}

function capital(word) {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
