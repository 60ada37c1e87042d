// Surveyors' uploads: send a file with a progress bar, read the report, adjust the coordinate
// system, encoding and attribute mapping, look at the features on a map, commit or undo.
import { ApiError, getJson, send } from './api.js';
import { el, replace, showMessage } from './dom.js';
import { formatDateTime, lang, t } from './i18n.js';
import { initPage, option, signInFirst } from './page.js';

const TARGETS = ['villages', 'communes', 'road', 'irrigation', 'power', 'school', 'culture_house', 'market',
  'health_station', 'water_supply', 'waste_site'];
const ENCODINGS = ['UTF_8', 'WINDOWS_1258', 'TCVN3', 'VNI_WINDOWS'];
// Texts of this page only (the shared dictionary is i18n.js).
const TEXT = {
  vi: {
    warn_unmapped_values: 'Giá trị không ứng với mã nào (sẽ để trống, giữ nguyên văn trong thuộc tính)',
    warn_same_file: 'Tệp này đã được ghi vào tỉnh và lớp này',
    accept_unmapped_values: 'Tôi đồng ý để trống các giá trị này', accept_same_file: 'Tôi vẫn muốn ghi tệp này lần nữa',
    status_expired: 'Hết hạn', open: 'Mở', actions: 'Thao tác', jobStatus: 'Trạng thái',
  },
  en: {
    warn_unmapped_values: 'Values that stand for no code (stored empty, kept as written in the attributes)',
    warn_same_file: 'This file was already committed into this province and layer',
    accept_unmapped_values: 'Store these values empty', accept_same_file: 'Commit this file again anyway',
    status_expired: 'Expired', open: 'Open', actions: 'Actions', jobStatus: 'Status',
  },
};
let meta = null;

function text(key) {
  return TEXT[lang()]?.[key] ?? TEXT.vi[key] ?? t(key);
}

initPage(render);

async function render(user, content) {
  if (!user) { signInFirst(content); return; }
  meta = meta ?? await getJson('/api/meta');
  const province = el('select', { id: 'import-province' },
    meta.provinces.map((p) => option(p.code, p.fullName, user.provinceCode ?? meta.provinces[0].code)));
  const target = el('select', { id: 'import-target' }, TARGETS.map((x) => option(x, t(`target_${x}`), 'villages')));
  const file = el('input', { type: 'file', id: 'import-file', accept: '.zip,.kmz,.kml,.gpkg,.geojson,.json' });
  const progress = el('progress', { id: 'upload-progress', max: 100, value: 0, hidden: true });
  const job = el('div', { id: 'import-job' });
  replace(content,
    el('h2', {}, t('importTitle')),
    el('p', { class: 'muted' }, t('importHelp')),
    el('form', {
      class: 'inline',
      onsubmit: (e) => {
        e.preventDefault();
        if (file.files[0]) upload(file.files[0], province.value, target.value, progress, job, () => history(content, job));
      },
    }, el('label', {}, `${t('province')} `, province), el('label', {}, `${t('importTarget')} `, target), file,
    el('button', { type: 'submit', class: 'primary' }, t('upload')), progress),
    job,
    el('section', { id: 'import-history' }));
  history(content, job);
}

function upload(file, province, target, progress, container, onDone) {
  const form = new FormData();
  form.set('province', province);
  form.set('target', target);
  form.set('file', file);
  fetch('/api/csrf', { credentials: 'same-origin' }).then(() => {
    const request = new XMLHttpRequest();
    request.open('POST', '/api/imports');
    request.setRequestHeader('X-XSRF-TOKEN', decodeURIComponent(document.cookie.split('; ')
      .find((c) => c.startsWith('XSRF-TOKEN='))?.slice(11) ?? ''));
    request.setRequestHeader('Accept', 'application/json');
    progress.hidden = false;
    progress.removeAttribute('value');
    request.upload.onprogress = (e) => { if (e.lengthComputable) progress.value = Math.round((100 * e.loaded) / e.total); };
    request.onload = () => {
      progress.hidden = true;
      const body = JSON.parse(request.responseText || '{}');
      if (request.status >= 400) {
        replace(container, el('p', { class: 'error', id: 'import-error' }, lang() === 'vi' ? (body.detailVi ?? body.detail) : body.detail));
      } else {
        showJob(body, container, onDone);
      }
      onDone();
    };
    request.send(form);
  });
}

function showJob(job, container, onDone) {
  const r = job.report;
  if (!r) {
    replace(container, el('p', { class: 'error' }, job.error ?? job.status));
    return;
  }
  // The system the file declares (.prj, GeoPackage) stays chosen unless a candidate is picked instead.
  const declared = r.crs.candidates.some((c) => c.id === r.crs.id) ? null : option('', r.crs.name, '');
  const crs = el('select', { id: 'import-crs' }, declared, r.crs.candidates.map((c) => option(c.id,
    `${c.name}${c.placesDataInProvince ? ' ✓' : ''}`, r.crs.id)));
  const encoding = el('select', { id: 'import-encoding' }, ENCODINGS.map((e) => option(e, e, r.encoding.encoding)));
  const layer = el('select', { id: 'import-layer' }, r.layers.map((l) => option(l, l, r.layer)));
  const columns = ['', ...r.fields.map((f) => f.toLowerCase())];
  const mapping = Object.fromEntries(['name', 'code', 'commune', 'subtype', 'condition', 'surface', 'status']
    .map((a) => [a, el('select', { 'data-attribute': a }, columns.map((c) => option(c, c || '—', r.mapping[a] ?? '')))]));
  const map = el('div', { id: 'import-map', class: 'preview-map' });
  const warnings = r.warnings ?? [];
  const accepted = Object.fromEntries(warnings.map((w) => [w, el('input', { type: 'checkbox', id: `import-accept-${w}` })]));
  const commit = el('button', {
    type: 'button', class: 'primary', id: 'import-commit', disabled: r.blocking.length > 0 || warnings.length > 0,
    onclick: () => act(() => send('POST', `/api/imports/${job.id}/commit?${new URLSearchParams(warnings.map((w) => ['accept', w]))}`),
      container, onDone),
  }, t('commit'));
  Object.values(accepted).forEach((box) => box.addEventListener('change', () => {
    commit.disabled = r.blocking.length > 0 || Object.values(accepted).some((b) => !b.checked);
  }));
  replace(container,
    el('h3', {}, `#${job.id} · ${job.fileName} · ${text(`status_${job.status}`)}`),
    el('table', { class: 'grid narrow' }, el('tbody', {},
      row(t('format'), `${r.format} · ${r.layer} · ${r.geometryType}`),
      row(t('featureCount'), r.featureCount),
      row(t('crsLabel'), `${r.crs.name} (${t(`how_${r.crs.how}`)})`),
      row(t('encodingLabel'), `${r.encoding.encoding} (${t(`how_${r.encoding.how}`)}, ${Math.round(r.encoding.confidence * 100)}%)`))),
    el('h4', {}, t('samples')),
    el('table', { class: 'grid narrow', id: 'import-samples' }, el('tbody', {},
      r.samples.map((s) => el('tr', {}, Object.values(s).map((v) => el('td', {}, v ?? '')))))),
    validation(r),
    job.status === 'analyzed' ? warningList(r, accepted) : null,
    job.status === 'analyzed' ? el('form', {
      class: 'stack narrow',
      onsubmit: async (e) => {
        e.preventDefault();
        const otherLayer = layer.value !== r.layer;
        await act(() => send('PATCH', `/api/imports/${job.id}`, {
          crs: crs.value || null, encoding: encoding.value, layer: layer.value,
          // Another layer has other columns: its mapping is suggested afresh.
          mapping: otherLayer ? null : Object.fromEntries(Object.entries(mapping).map(([a, s]) => [a, s.value || null])),
        }), container, onDone);
      },
    }, r.layers.length > 1 ? el('label', {}, t('layerLabel'), layer) : null,
    el('label', {}, t('crsLabel'), crs), el('label', {}, t('encodingLabel'), encoding),
    Object.entries(mapping).map(([a, s]) => el('label', {}, `${t('mapTo')} ${a}`, s)),
    el('button', { type: 'submit' }, t('apply'))) : null,
    el('div', { class: 'inline' },
      job.status === 'analyzed' ? commit : null,
      ['analyzed', 'committed'].includes(job.status) ? el('button', {
        type: 'button', id: 'import-undo', onclick: () => act(() => send('DELETE', `/api/imports/${job.id}`), container, onDone),
      }, job.status === 'committed' ? t('undoImport') : t('discard')) : null),
    job.status === 'analyzed' ? map : null);
  if (job.status === 'analyzed') preview(job.id, map);
}

function validation(r) {
  const v = r.validation;
  const items = [
    ['invalidGeometries', v.invalid.map((p) => `#${p.fid}: ${p.reason}`)],
    ['emptyGeometries', v.empty.map((f) => `#${f}`)], ['wrongType', v.wrongType.map((f) => `#${f}`)],
    ['outsideProvince', v.outside.map((f) => `#${f}`)], ['duplicateCodes', v.duplicateCodes],
    ['unknownCommunes', v.unknownCommunes],
  ].filter(([, list]) => list.length);
  return el('div', { id: 'import-validation' },
    r.blocking.length ? el('p', { class: 'error' }, `${t('blocking')}: ${r.blocking.map((b) => t(`block_${b}`)).join(', ')}`)
      : el('p', { class: 'ok' }, t('readyToCommit')),
    items.length ? el('ul', {}, items.map(([key, list]) => el('li', {}, `${t(key)}: ${list.join('; ')}`))) : null);
}

/** The report's warnings, each with the box that accepts it: the commit needs every box ticked. */
function warningList(r, accepted) {
  const details = {
    unmapped_values: () => Object.entries(r.unmapped).map(([attribute, values]) =>
      `${attribute}: ${values.map((v) => `“${v.value}” ×${v.count}`).join(', ')}`),
    same_file: () => r.sameFile.map((e) => `#${e.id} ${e.fileName} · ${e.committedBy} · ${formatDateTime(e.committedAt)}`),
  };
  if (!Object.keys(accepted).length) return null;
  return el('div', { id: 'import-warnings', class: 'stack narrow' }, Object.entries(accepted).map(([w, box]) =>
    el('div', { class: 'warning', 'data-warning': w }, el('p', { class: 'error' }, text(`warn_${w}`)),
      el('ul', {}, details[w]().map((line) => el('li', {}, line))),
      el('label', {}, box, ` ${text(`accept_${w}`)}`))));
}

async function preview(id, container) {
  const data = await getJson(`/api/imports/${id}/preview`);
  const map = L.map(container);
  const layer = L.geoJSON(data, { style: { color: '#b45309', weight: 2 }, pointToLayer: (f, ll) => L.circleMarker(ll, { radius: 5 }) })
    .bindTooltip((l) => String(l.feature.properties.name ?? l.feature.properties.fid)).addTo(map);
  if (layer.getBounds().isValid()) map.fitBounds(layer.getBounds(), { padding: [20, 20] });
}

async function act(action, container, onDone) {
  try {
    showJob(await action(), container, onDone);
  } catch (error) {
    const vi = error.problem?.detailVi;
    showMessage(error instanceof ApiError && lang() === 'vi' && vi ? vi : error.message);
  }
  onDone();
}

/** The province's imports; a committed one can be undone and an analysed one opened again from here. */
async function history(content, container) {
  const section = content.querySelector('#import-history');
  if (!section) return;
  const jobs = await getJson('/api/imports').catch(() => []);
  const onDone = () => history(content, container);
  const actions = (j) => {
    if (j.status === 'committed') {
      return el('button', {
        type: 'button', class: 'history-undo', 'data-job': j.id,
        onclick: () => act(() => send('DELETE', `/api/imports/${j.id}`), container, onDone),
      }, t('undoImport'));
    }
    return j.status === 'analyzed' ? el('button', {
      type: 'button', class: 'history-open', 'data-job': j.id,
      onclick: () => act(() => getJson(`/api/imports/${j.id}`), container, onDone),
    }, text('open')) : null;
  };
  replace(section, el('h3', {}, t('importHistory')),
    el('table', { class: 'grid', id: 'import-history-table' },
      el('thead', {}, el('tr', {}, ['#', 'file', 'importTarget', 'jobStatus', 'createdBy', 'time', 'actions']
        .map((k) => el('th', {}, k === '#' ? '#' : text(k))))),
      el('tbody', {}, jobs.map((j) => el('tr', { 'data-job': j.id },
        el('td', {}, j.id), el('td', {}, j.fileName), el('td', {}, t(`target_${j.target}`)),
        el('td', {}, text(`status_${j.status}`)), el('td', {}, j.createdBy), el('td', {}, formatDateTime(j.createdAt)),
        el('td', {}, actions(j)))))));
}

function row(label, value) {
  return el('tr', {}, el('th', {}, label), el('td', {}, String(value)));
}
