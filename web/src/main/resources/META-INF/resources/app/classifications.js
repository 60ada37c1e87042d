// The dashboard's classifications: the province's ĐBKK, border and safe-zone communes and villages
// and the 2026–2030 commune groups of a year, each with its decision (demo rows marked); planners
// of the province record a decision listing every unit of its class.
import { getJson, send } from './api.js';
import { el, showMessage } from './dom.js';
import { t } from './i18n.js';
import { option } from './page.js';

const KINDS = ['dbkk', 'border', 'safe_zone', 'group'];

export async function classificationSection(province, year, canPlan, rerender) {
  const units = await getJson(`/api/provinces/${province}/classifications`, { year });
  const flag = (on) => (on ? '✓' : '');
  const decision = (u, kind) => u.decisions[kind] ?? '';
  return el('section', { id: 'classifications' }, el('h2', {}, `${t('classifications')} ${year}`),
    units.length ? el('div', { class: 'scroll' }, el('table', { class: 'grid' },
      el('thead', {}, el('tr', {}, ['code', 'unitName', 'group', 'class_dbkk', 'class_border', 'class_safe_zone', 'decisions']
        .map((k) => el('th', {}, t(k))))),
      el('tbody', {}, units.map((u) => el('tr', {}, el('td', {}, u.code), el('td', {}, u.fullName,
        u.demo ? el('span', { class: 'chip no_data' }, t('demo')) : null),
      el('td', {}, u.group ?? ''), el('td', {}, flag(u.dbkk)), el('td', {}, flag(u.border)), el('td', {}, flag(u.safeZone)),
      el('td', {}, KINDS.map((k) => decision(u, k)).filter(Boolean).join(', '))))))) : el('p', {}, t('noClassifications')),
    canPlan ? decisionForm(province, year, rerender) : null);
}

/** One decision: its kind, number, date, issuer, years, and the unit codes (a group decision: "code group"). */
function decisionForm(province, year, rerender) {
  const form = el('form', { id: 'classification-form' },
    el('label', {}, `${t('classKind')} `, el('select', { name: 'kind' }, KINDS.map((k) => option(k, t(`class_${k}`), 'dbkk')))),
    el('label', {}, `${t('decisionNo')} `, el('input', { name: 'decisionNo', required: true, maxlength: 100 })),
    el('label', {}, `${t('decisionDate')} `, el('input', { name: 'decisionDate', type: 'date', required: true })),
    el('label', {}, `${t('issuer')} `, el('input', { name: 'issuer', maxlength: 200 })),
    el('label', {}, `${t('yearFrom')} `, el('input', { name: 'yearFrom', type: 'number', min: 2010, max: 2100, value: year, required: true })),
    el('label', {}, `${t('yearTo')} `, el('input', { name: 'yearTo', type: 'number', min: 2010, max: 2100, value: year, required: true })),
    el('label', {}, `${t('unitCodes')} `, el('textarea', { name: 'units', rows: 4, placeholder: '03679\n03679-1' })),
    el('button', { type: 'submit' }, t('recordDecision')));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const data = Object.fromEntries(new FormData(form));
    const units = data.units.split(/\n/).map((line) => line.trim()).filter(Boolean).map((line) => {
      const [code, group] = line.split(/[\s,;]+/);
      return data.kind === 'group' ? { code, group: Number(group) } : { code };
    });
    try {
      await send('POST', `/api/provinces/${province}/classifications`, { kind: data.kind, decisionNo: data.decisionNo,
        decisionDate: data.decisionDate, issuer: data.issuer || null, yearFrom: Number(data.yearFrom),
        yearTo: Number(data.yearTo), units });
      rerender();
    } catch (error) {
      showMessage(error.message);
    }
  });
  return el('details', {}, el('summary', {}, t('recordDecision')), form);
}
