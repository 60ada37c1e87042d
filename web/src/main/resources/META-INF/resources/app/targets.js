// The dashboard's targets: each on the unit set it was set on (before or after the July 2025
// merger) with the decision that set it, actuals against it and the trend; the document baselines;
// for the province's planners, a reported actual and a rebased target (a new decision).
import { getJson, send } from './api.js';
import { el, replace, showMessage } from './dom.js';
import { formatDate, t } from './i18n.js';
import { option } from './page.js';

const SVG = 'http://www.w3.org/2000/svg';
const REPORTED = ['income_rural', 'poverty_rate', 'trained_labour', 'cooperatives'];

/** The section; {@code canPlan} adds the forms; {@code rerender} after a write. */
export async function targetsSection(province, canPlan, rerender) {
  const [targets, baselines] = await Promise.all([
    getJson(`/api/provinces/${province}/targets`),
    getJson(`/api/provinces/${province}/target-baselines`),
  ]);
  return el('section', { id: 'targets' }, el('h2', {}, t('targets')),
    targets.length ? el('div', { class: 'target-grid' }, targets.map((target) => card(province, target, canPlan, rerender)))
      : el('p', {}, t('noTargets')),
    baselines.length ? el('p', { id: 'baselines', class: 'muted' }, `${t('baselines')}: `, baselines.map((b, i) => [i ? ' · ' : '',
      `${t(`metric_${b.metric}`)} ${number(b.value)}${b.denominator ? `/${number(b.denominator)}` : ''}`,
      ` (${t(`basis_${b.basis}`)}${b.year ? `, ${b.year}` : ''}; ${b.sourceDocument})`])) : null,
    canPlan ? observationForm(province, rerender) : null);
}

/** 83, 3–5, 40%. */
function value(target) {
  const range = number(target.target) + (target.targetMax !== null ? `–${number(target.targetMax)}` : '');
  return target.kind === 'percent' ? `${range}%` : range;
}

function number(n) {
  return n === null || n === undefined ? '—' : String(n).replace('.', t('decimalPoint'));
}

function card(province, target, canPlan, rerender) {
  const decision = [target.decisionNo, target.decisionDate ? formatDate(target.decisionDate) : null, target.issuer]
    .filter(Boolean).join(', ');
  const asOf = target.lastActualAsOf ? ` (${t('asOf')} ${formatDate(target.lastActualAsOf)})` : '';
  const latestYear = Object.keys(target.actuals).pop();
  return el('figure', { class: `target ${target.status}`, 'data-metric': target.metric, 'data-basis': target.basis },
    el('figcaption', {}, el('strong', {}, t(`metric_${target.metric}`)), ` — ${target.year}: ${value(target)}`,
      el('span', { class: `chip ${target.status}` }, t(`target_${target.status}`))),
    chart(target),
    el('p', { class: 'basis' }, `${t(`basis_${target.basis}`)}`,
      target.denominator ? ` · ${t('of')} ${number(target.denominator)} ${t(target.metric.includes('villages') ? 'villagesUnit' : 'communesUnit')}` : '',
      decision ? ` · ${decision}` : ''),
    latestYear ? el('p', {}, `${t('latestActual')}: ${number(target.actuals[latestYear])}${target.kind === 'percent' ? '%' : ''}${asOf}`,
      target.sources[latestYear] ? ` — ${target.sources[latestYear]}` : '') : null,
    target.replacedBy ? el('p', { class: 'replaced' }, `${t('replacedBy')} ${target.replacedByDecision} ${t('from')} ${formatDate(target.replacedFrom)}`) : null,
    target.inForceFrom ? el('p', {}, `${t('inForceFrom')} ${formatDate(target.inForceFrom)}`) : null,
    el('p', { class: 'muted' }, t(`source_${target.source}`), target.note ? ` · ${target.note}` : ''),
    canPlan && !target.replacedBy ? rebaseForm(province, target, rerender) : null);
}

/** Actual values as bars, the target as a red line, the trend to the target year as a dashed line. */
function chart(target) {
  const years = [...Object.keys(target.actuals).map(Number), target.year];
  const first = Math.min(...years);
  const last = Math.max(...years);
  const max = Math.max(target.targetMax ?? target.target, target.projected ?? 0, ...Object.values(target.actuals), 1) * 1.1;
  const w = 260;
  const h = 120;
  const x = (year) => 20 + ((year - first) / Math.max(1, last - first)) * (w - 50);
  const y = (v) => h - 18 - (v / max) * (h - 30);
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', `0 0 ${w} ${h}`);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', `${t(`metric_${target.metric}`)}: ${t(`target_${target.status}`)}`);
  const add = (tag, attributes, text) => {
    const node = document.createElementNS(SVG, tag);
    Object.entries(attributes).forEach(([k, v]) => node.setAttribute(k, v));
    if (text !== undefined) node.textContent = text;
    svg.append(node);
  };
  const bar = Math.max(3, Math.min(16, (w - 50) / years.length - 2));
  Object.entries(target.actuals).forEach(([year, v]) => {
    add('rect', { x: x(Number(year)) - bar / 2, y: y(v), width: bar, height: h - 18 - y(v), fill: '#2e9e4f' });
  });
  add('line', { x1: 12, x2: w - 12, y1: y(target.target), y2: y(target.target), stroke: '#b91c1c', 'stroke-width': 1.5 });
  if (target.targetMax !== null) {
    add('line', { x1: 12, x2: w - 12, y1: y(target.targetMax), y2: y(target.targetMax), stroke: '#b91c1c', 'stroke-dasharray': '2 2' });
  }
  const latest = Math.max(...Object.keys(target.actuals).map(Number));
  if (target.projected !== null && Number.isFinite(latest) && target.year > latest) {
    add('line', { x1: x(latest), y1: y(target.actuals[latest]), x2: x(target.year), y2: y(target.projected),
      stroke: '#555', 'stroke-dasharray': '4 3' });
  }
  [first, target.year].concat(Number.isFinite(latest) ? [latest] : []).filter((v, i, a) => a.indexOf(v) === i)
    .forEach((year) => add('text', { x: x(year), y: h - 4, 'text-anchor': 'middle', 'font-size': 10 }, String(year)));
  return svg;
}

function field(name, label, attributes = {}) {
  return el('label', {}, `${t(label)} `, el('input', { name, ...attributes }));
}

/** A new decision replacing this target from a date, on the current (post-merger) units. */
function rebaseForm(province, target, rerender) {
  const form = el('form', { class: 'rebase' },
    field('value', 'targetValue', { type: 'number', step: 'any', min: 0, required: true }),
    field('max', 'targetMax', { type: 'number', step: 'any', min: 0 }),
    el('label', {}, `${t('kind')} `, el('select', { name: 'kind' }, ['count', 'percent'].map((k) => option(k, t(`kind_${k}`), target.kind)))),
    field('denominator', 'denominator', { type: 'number', min: 1 }),
    field('decisionNo', 'decisionNo', { required: true, maxlength: 100 }),
    field('decisionDate', 'decisionDate', { type: 'date', required: true }),
    field('issuer', 'issuer', { maxlength: 200 }),
    field('from', 'replacesFrom', { type: 'date', required: true }),
    el('button', { type: 'submit' }, t('rebase')));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const data = Object.fromEntries(new FormData(form));
    const num = (v) => (v === '' ? null : Number(v));
    try {
      await send('POST', `/api/provinces/${province}/targets/${target.id}/rebase`, { from: data.from, target: {
        value: num(data.value), max: num(data.max), kind: data.kind, denominator: num(data.denominator),
        decisionNo: data.decisionNo, decisionDate: data.decisionDate, issuer: data.issuer || null, version: target.version } });
      rerender();
    } catch (error) {
      showMessage(error.message);
    }
  });
  return el('details', {}, el('summary', {}, t('rebaseTarget')), form);
}

/** The figure a province reports for a metric ntm-map cannot compute, with its source document. */
function observationForm(province, rerender) {
  const result = el('span', {});
  const form = el('form', { id: 'observation-form', class: 'inline' },
    el('label', {}, `${t('metric')} `, el('select', { name: 'metric' }, REPORTED.map((m) => option(m, t(`metric_${m}`), REPORTED[0])))),
    field('year', 'year', { type: 'number', min: 2010, max: 2100, required: true, value: new Date().getFullYear() }),
    field('value', 'reportedValue', { type: 'number', step: 'any', min: 0, required: true }),
    field('sourceDocument', 'sourceDocument', { required: true, maxlength: 500 }),
    el('button', { type: 'submit' }, t('save')), result);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const data = Object.fromEntries(new FormData(form));
    try {
      await send('PUT', `/api/provinces/${province}/observations/${data.year}/${data.metric}`,
        { value: Number(data.value), sourceDocument: data.sourceDocument });
      replace(result, t('saved'));
      rerender();
    } catch (error) {
      showMessage(error.message);
    }
  });
  return el('details', { id: 'observation' }, el('summary', {}, t('reportActual')), form);
}
