// Surveyors' uploads: send a file with a progress bar, read the report, adjust the coordinate
// system, encoding and attribute mapping, look at the features on a map, commit or undo.
// Administrators also load or replace a whole province's communes (target "province"), for a
// province code that may not exist yet.
import { ApiError, getJson, send } from './api.js';
import { el, replace, showMessage } from './dom.js';
import { formatDateTime, lang, t } from './i18n.js';
import { initPage, option, signInFirst } from './page.js';

const TARGETS = ['villages', 'communes', 'road', 'irrigation', 'power', 'school', 'culture_house', 'market',
  'health_station', 'water_supply', 'waste_site'];
const ENCODINGS = ['UTF_8', 'WINDOWS_1258', 'TCVN3', 'VNI_WINDOWS'];
// The attributes a person may map, per target (the server's ImportTarget).
const ATTRIBUTES = { province: ['code', 'name', 'province', 'province_name'], villages: ['name', 'code', 'commune'],
  communes: ['code', 'name'] };
const INFRASTRUCTURE_ATTRIBUTES = ['name', 'subtype', 'condition', 'surface', 'status'];
// Texts of this page only (the shared dictionary is i18n.js).
const TEXT = {
  vi: {
    warn_unmapped_values: 'Giá trị không ứng với mã nào (sẽ để trống, giữ nguyên văn trong thuộc tính)',
    warn_same_file: 'Tệp này đã được ghi vào tỉnh và lớp này',
    accept_unmapped_values: 'Tôi đồng ý để trống các giá trị này', accept_same_file: 'Tôi vẫn muốn ghi tệp này lần nữa',
    warn_repaired_geometry: 'Hình không hợp lệ, sẽ được sửa tự động (ST_MakeValid)',
    accept_repaired_geometry: 'Tôi đồng ý sửa các hình này',
    warn_names_without_diacritics: 'Tên không có dấu tiếng Việt (hãy kiểm tra bảng mã)',
    accept_names_without_diacritics: 'Các tên này viết đúng như vậy',
    warn_removes_units: 'Xã hiện có của tỉnh không có trong tệp: sẽ hết hiệu lực từ hôm nay',
    accept_removes_units: 'Tôi đồng ý cho các xã này hết hiệu lực',
    warn_removes_units_with_records: 'Trong số đó, các xã đang có dữ liệu (danh hiệu, tiêu chí, chỉ tiêu, hạ tầng, thôn): dữ liệu được giữ với xã đã hết hiệu lực',
    accept_removes_units_with_records: 'Tôi hiểu và vẫn cho các xã này hết hiệu lực',
    status_expired: 'Hết hạn', open: 'Mở', actions: 'Thao tác', jobStatus: 'Trạng thái',
    provinceCode: 'Mã tỉnh (2 chữ số)',
    provinceHelp: 'Một tệp cho cả tỉnh: mỗi xã một vùng, với cột mã xã (5 chữ số), tên đầy đủ có dấu (“Xã Mường Nhé”), mã tỉnh và, với tỉnh mới, tên tỉnh (“Tỉnh Điện Biên”). Xã có mã đã có giữ nguyên lịch sử; xã không có trong tệp sẽ hết hiệu lực khi bạn đồng ý.',
    onboardingSummary: (o) => `${o.newProvince ? 'Tỉnh mới' : 'Thay ranh giới tỉnh'}${o.provinceNames.length ? ` “${o.provinceNames.join('”, “')}”` : ''}: thêm ${o.added} xã, cập nhật ${o.replaced} xã, ${o.removedCount} xã hết hiệu lực`,
    badCodes: 'Mã xã không hợp lệ (5 chữ số)', otherProvinces: 'Mã tỉnh khác trong tệp',
    codesOfOtherProvinces: 'Mã xã thuộc tỉnh khác', badNames: 'Tên trống hoặc lỗi bảng mã',
  },
  en: {
    warn_unmapped_values: 'Values that stand for no code (stored empty, kept as written in the attributes)',
    warn_same_file: 'This file was already committed into this province and layer',
    accept_unmapped_values: 'Store these values empty', accept_same_file: 'Commit this file again anyway',
    warn_repaired_geometry: 'Invalid shapes, to be repaired (ST_MakeValid)',
    accept_repaired_geometry: 'Repair these shapes',
    warn_names_without_diacritics: 'Names without Vietnamese diacritics (check the encoding)',
    accept_names_without_diacritics: 'These names are written so',
    warn_removes_units: 'Current communes of the province missing from the file: they end today',
    accept_removes_units: 'End these communes',
    warn_removes_units_with_records: 'Of those, communes with records (status, criteria, targets, infrastructure, villages): the records stay with the ended commune',
    accept_removes_units_with_records: 'I understand; end these communes anyway',
    status_expired: 'Expired', open: 'Open', actions: 'Actions', jobStatus: 'Status',
    provinceCode: 'Province code (2 digits)',
    provinceHelp: 'One file for the whole province: one polygon per commune, with the commune code (5 digits), the full name with diacritics (“Xã Mường Nhé”), the province code and, for a new province, the province name (“Tỉnh Điện Biên”). Communes whose code exists keep their history; communes missing from the file end once you accept it.',
    onboardingSummary: (o) => `${o.newProvince ? 'New province' : 'Replacing the province'}${o.provinceNames.length ? ` “${o.provinceNames.join('”, “')}”` : ''}: ${o.added} communes added, ${o.replaced} updated, ${o.removedCount} ended`,
    badCodes: 'Invalid commune codes (5 digits)', otherProvinces: 'Other province codes in the file',
    codesOfOtherProvinces: 'Commune codes of another province', badNames: 'Names empty or garbled',
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
  const targets = user.role === 'ADMIN' ? [...TARGETS, 'province'] : TARGETS;
  const target = el('select', { id: 'import-target' }, targets.map((x) => option(x, t(`target_${x}`), 'villages')));
  // A province being loaded may not exist yet: its code is typed.
  const provinceCode = el('input', { id: 'import-province-code', pattern: '[0-9]{2}', maxlength: 2, size: 3, hidden: true });
  const provinceCodeLabel = el('label', { hidden: true }, `${text('provinceCode')} `, provinceCode);
  const provinceLabel = el('label', {}, `${t('province')} `, province);
  const provinceHelp = el('p', { class: 'muted', id: 'import-province-help', hidden: true }, text('provinceHelp'));
  target.addEventListener('change', () => {
    const whole = target.value === 'province';
    provinceHelp.hidden = !whole;
    provinceLabel.hidden = whole;
    provinceCodeLabel.hidden = !whole;
    provinceCode.hidden = !whole;
    provinceCode.required = whole;
  });
  const file = el('input', { type: 'file', id: 'import-file', accept: '.zip,.kmz,.kml,.gpkg,.geojson,.json' });
  const progress = el('progress', { id: 'upload-progress', max: 100, value: 0, hidden: true });
  const job = el('div', { id: 'import-job' });
  replace(content,
    el('h2', {}, t('importTitle')),
    el('p', { class: 'muted' }, t('importHelp')),
    provinceHelp,
    el('form', {
      class: 'inline',
      onsubmit: (e) => {
        e.preventDefault();
        const code = target.value === 'province' ? provinceCode.value : province.value;
        if (file.files[0]) upload(file.files[0], code, target.value, progress, job, () => history(content, job));
      },
    }, el('label', {}, `${t('importTarget')} `, target), provinceLabel, provinceCodeLabel, file,
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
  const mapping = Object.fromEntries((ATTRIBUTES[job.target] ?? INFRASTRUCTURE_ATTRIBUTES)
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
  const o = r.onboarding;
  const items = [
    ['invalidGeometries', v.invalid.map((p) => `#${p.fid}: ${p.reason}`)],
    ['emptyGeometries', v.empty.map((f) => `#${f}`)], ['wrongType', v.wrongType.map((f) => `#${f}`)],
    ['outsideProvince', v.outside.map((f) => `#${f}`)], ['duplicateCodes', v.duplicateCodes],
    ['unknownCommunes', v.unknownCommunes],
    ...(o ? [['badCodes', o.badCodes.map((c) => c || '—')], ['otherProvinces', o.otherProvinces.map((c) => c || '—')],
      ['codesOfOtherProvinces', o.codesOfOtherProvinces], ['badNames', o.badNames.map((f) => `#${f}`)]] : []),
  ].filter(([, list]) => list.length);
  return el('div', { id: 'import-validation' },
    o ? el('p', { id: 'import-onboarding' }, text('onboardingSummary')(o)) : null,
    r.blocking.length ? el('p', { class: 'error' }, `${t('blocking')}: ${r.blocking.map((b) => t(`block_${b}`)).join(', ')}`)
      : el('p', { class: 'ok' }, t('readyToCommit')),
    items.length ? el('ul', {}, items.map(([key, list]) => el('li', {}, `${text(key)}: ${list.join('; ')}`))) : null);
}

/** The report's warnings, each with the box that accepts it: the commit needs every box ticked. */
function warningList(r, accepted) {
  const details = {
    unmapped_values: () => Object.entries(r.unmapped).map(([attribute, values]) =>
      `${attribute}: ${values.map((v) => `“${v.value}” ×${v.count}`).join(', ')}`),
    same_file: () => r.sameFile.map((e) => `#${e.id} ${e.fileName} · ${e.committedBy} · ${formatDateTime(e.committedAt)}`),
    repaired_geometry: () => r.validation.invalid.map((p) => `#${p.fid}: ${p.reason}`),
    names_without_diacritics: () => r.onboarding.namesWithoutDiacritics,
    removes_units: () => [r.onboarding.removed.join(', ')],
    removes_units_with_records: () => [r.onboarding.removedWithRecords.join(', ')],
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
