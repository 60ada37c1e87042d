// Monitoring: a province's indicators, targets against actuals with their trend, its
// classifications, consistency checks, bulk entry through the template, the entry form of one
// commune or village, the six-monthly and annual reports with the next deadline, and the
// province's village criteria.
import { ApiError, getJson, send } from './api.js';
import { el, replace, showMessage } from './dom.js';
import { formatDate, localName, t } from './i18n.js';
import { initPage, option, signInFirst } from './page.js';
import { classificationSection } from './classifications.js';
import { targetsSection } from './targets.js';
import { villageCriteriaSection } from './village-criteria.js';

const view = { province: null, year: null, period: 'year', tier: 'standard' };
let meta = null;

initPage(render);

async function render(user, content) {
  if (!user) { signInFirst(content); return; }
  meta = meta ?? await getJson('/api/meta');
  view.province = view.province ?? linkedProvince() ?? user.provinceCode ?? meta.provinces[0].code;
  view.year = view.year ?? meta.latestYear;
  const rerender = () => render(user, content);
  const canPlan = user.role === 'ADMIN' || (user.role === 'PROVINCE_PLANNER' && user.provinceCode === view.province);
  const [summary, targets, classifications, checks, schedule, villageSets] = await Promise.all([
    getJson(`/api/provinces/${view.province}/indicators`, { year: view.year }),
    targetsSection(view.province, canPlan, rerender),
    classificationSection(view.province, view.year, canPlan, rerender),
    getJson(`/api/provinces/${view.province}/checks`, { year: view.year }),
    getJson(`/api/provinces/${view.province}/reporting-deadlines`),
    getJson(`/api/provinces/${view.province}/village-criteria`),
  ]);
  replace(content, 
    el('div', { class: 'inline' },
      el('label', {}, `${t('province')} `, el('select', { id: 'dash-province', onchange: (e) => { view.province = e.target.value; rerender(); } },
        meta.provinces.map((p) => option(p.code, p.fullName, view.province)))),
      el('label', {}, `${t('year')} `, el('select', { id: 'dash-year', onchange: (e) => { view.year = Number(e.target.value); rerender(); } },
        meta.years.map((y) => option(y, y, view.year))))),
    indicatorCards(summary),
    targets,
    classifications,
    checksSection(checks),
    reportSection(schedule),
    templateSection(villageSets, rerender),
    entrySection(user),
    villageCriteriaSection(view.province, villageSets, user, rerender));
}

/** The province a link opened the dashboard on (?province=14, from the national view), if it is one. */
function linkedProvince() {
  const code = new URLSearchParams(window.location.search).get('province');
  return meta.provinces.some((p) => p.code === code) ? code : null;
}

function indicatorCards(s) {
  const c = s.communes;
  const card = (label, value, note, id) => el('div', { class: 'stat', id }, el('div', { class: 'value' }, value),
    el('div', {}, label), note ? el('div', { class: 'muted' }, note) : null);
  const noData = el('span', { class: 'no-data' }, t('noData'));
  // A year without criteria results has no average and no lagging count: "no data", never 0.
  const withResults = s.communesWithResults ? `${s.communesWithResults} ${t('communesWithResults')}` : null;
  return el('section', { id: 'indicators' }, el('h2', {}, `${t('indicators')} ${s.year}`),
    el('p', { class: 'muted', id: 'indicator-basis' }, `${t('xaOnly')}`,
      s.communesNotAssessed ? ` · ${s.communesNotAssessed} ${t('wardsExcluded')}` : '',
      s.provinceCodes.length > 1 && s.year < 2025 ? ` · ${t('unitsOfThatTime')} ${s.provinceCodes.join(', ')}` : ''),
    el('div', { class: 'stats' },
      card(t('communesTotal'), c.total),
      ...['standard', 'advanced', 'model'].map((level) => card(localName(meta.statusLevels.find((l) => l.code === level)),
        c.atLeast[level], `${c.atLeastPercent[level]}% ${t('ofCommunes')} (${t('orAbove')})`)),
      card(t('averageCriteria'), s.averageCriteriaMet ?? noData,
        s.averageCriteriaMet === null ? null : `/${s.criteriaTotal} · ${withResults}`, 'average-criteria'),
      s.criteriaTotal === 19 ? card(t('below15'), s.communesBelow15 ?? noData.cloneNode(true),
        s.communesBelow15 === null ? null : withResults, 'below-15') : null,
      s.villages.total ? card(t('villagesStandard'), s.villages.atLeast.standard,
        `${s.villages.atLeastPercent.standard}% / ${s.villages.total}`) : card(t('villagesStandard'), noData.cloneNode(true))));
}

function checksSection(checks) {
  return el('section', { id: 'checks' }, el('h2', {}, t('checks')),
    checks.length ? el('table', { class: 'grid' },
      el('thead', {}, el('tr', {}, ['code', 'commune', 'status', 'problem', 'failingCriteria'].map((k) => el('th', {}, t(k))))),
      el('tbody', {}, checks.map((c) => el('tr', {}, el('td', {}, c.code), el('td', {}, c.fullName),
        el('td', {}, localName(meta.statusLevels.find((l) => l.code === c.status))), el('td', {}, t(`problem_${c.problem}`)),
        el('td', {}, c.failingCriteria ?? ''))))) : el('p', {}, t('noChecks')));
}

/** The province's next report deadline, or that it set none. */
function nextDeadline(schedule) {
  const next = schedule.next;
  return el('p', { id: 'next-deadline' }, next
    ? `${t('nextDeadline')}: ${t(`period_${next.period}`)} ${next.year} — ${formatDate(next.due)} (${next.source})`
    : `${t('nextDeadline')}: ${t('noDeadline')}`);
}

function reportSection(schedule) {
  const progress = el('progress', { id: 'report-progress', max: 100, value: 0, hidden: true });
  const result = el('span', { id: 'report-result' });
  const start = async (format) => {
    try {
      let job = await send('POST', '/api/reports', { province: view.province, year: view.year, period: view.period, format });
      progress.hidden = false;
      replace(result, t('making'));
      while (job.status !== 'done' && job.status !== 'failed') {
        await new Promise((resolve) => setTimeout(resolve, 400));
        job = await getJson(`/api/reports/${job.id}`);
        progress.value = job.progress;
      }
      replace(result, job.status === 'done'
        ? el('a', { href: `/api/reports/${job.id}/file`, id: 'report-download' }, `${t('download')} (${format.toUpperCase()})`)
        : job.error);
    } catch (error) {
      showMessage(error.message);
    }
  };
  return el('section', { id: 'report' }, el('h2', {}, t('reports')), nextDeadline(schedule),
    el('div', { class: 'inline' },
      el('label', {}, `${t('period')} `, el('select', { id: 'report-period', onchange: (e) => { view.period = e.target.value; } },
        ['year', 'H1'].map((p) => option(p, t(`period_${p}`), view.period)))),
      el('button', { type: 'button', id: 'report-pdf', onclick: () => start('pdf') }, 'PDF'),
      el('button', { type: 'button', id: 'report-xlsx', onclick: () => start('xlsx') }, 'XLSX'), progress, result),
    exportLinks());
}

/** Downloads of the province's data for the year; criteria results come as the entry template. */
function exportLinks() {
  const query = `province=${view.province}&year=${view.year}`;
  const files = [['exportUnits', '/api/exports/units'], ['exportInfrastructure', '/api/exports/infrastructure'],
    ['exportCriteria', '/api/criteria/template']];
  return el('p', { id: 'exports' }, `${t('exportData')}: `, files.flatMap(([key, path], i) => [i ? ' · ' : '', t(key), ' (',
    el('a', { href: `${path}?${query}&format=xlsx` }, 'XLSX'), ', ', el('a', { href: `${path}?${query}&format=csv` }, 'CSV'), ')']));
}

/** The recognition tiers an entry can be made for; each has its own criteria set (standard by default). */
const TIERS = ['standard', 'advanced', 'model', 'modern'];

function tierSelect(id, onchange) {
  return el('select', { id, onchange: (e) => { view.tier = e.target.value; onchange?.(); } },
    TIERS.map((tier) => option(tier, t(`tier_${tier}`), view.tier)));
}

function templateSection(villageSets, rerender) {
  const tier = view.tier;
  const query = `province=${view.province}&year=${view.year}${tier === 'standard' ? '' : `&tier=${tier}`}`;
  const file = el('input', { type: 'file', id: 'template-file', accept: '.xlsx,.csv' });
  const errors = el('div', { id: 'template-errors' });
  // Villages have a template only where the province has issued village criteria for the year.
  const villages = villageSets.some((v) => v.yearFrom <= view.year && view.year <= v.yearTo)
    ? el('p', { id: 'village-template' }, `${t('villageTemplate')}: `,
      el('a', { href: `/api/criteria/template?${query}&level=village&format=xlsx` }, 'XLSX'), ' · ',
      el('a', { href: `/api/criteria/template?${query}&level=village&format=csv` }, 'CSV'))
    : null;
  return el('section', { id: 'template' }, el('h2', {}, t('bulkEntry')),
    el('p', { class: 'inline' }, el('label', {}, `${t('tier')} `, tierSelect('template-tier', rerender)), ' ', el('a', { href: `/api/criteria/template?${query}&format=xlsx` }, t('downloadXlsx')), ' · ',
      el('a', { href: `/api/criteria/template?${query}&format=csv` }, t('downloadCsv'))),
    villages,
    el('form', {
      class: 'inline',
      onsubmit: async (e) => {
        e.preventDefault();
        if (!file.files[0]) return;
        const form = new FormData();
        form.set('file', file.files[0]);
        try {
          const saved = await send('POST', `/api/criteria/import?year=${view.year}&tier=${view.tier}`, form);
          replace(errors, el('p', { class: 'ok' }, `${t('savedCommunes')}: ${Object.keys(saved).length}`));
        } catch (error) {
          replace(errors, rowErrors(error));
        }
      },
    }, file, el('button', { type: 'submit', class: 'primary' }, t('upload'))),
    errors);
}

function rowErrors(error) {
  const rows = error.problem?.errors;
  if (!rows) return el('p', { class: 'error' }, error.message);
  return el('div', {}, el('p', { class: 'error' }, t('nothingSaved')),
    el('table', { class: 'grid' }, el('thead', {}, el('tr', {}, ['row', 'column', 'message'].map((k) => el('th', {}, t(k))))),
      el('tbody', {}, rows.map((r) => el('tr', {}, el('td', {}, r.row), el('td', {}, r.column), el('td', {}, r.message))))));
}

function entrySection(user) {
  const code = el('input', { id: 'entry-code', placeholder: '03679', value: user.communes?.[0] ?? '' });
  const area = el('div', { id: 'entry-form' });
  return el('section', { id: 'entry' }, el('h2', {}, t('entryForm')),
    el('form', { class: 'inline', onsubmit: async (e) => { e.preventDefault(); replace(area, await entryForm(code.value.trim())); } },
      el('label', {}, `${t('code')} `, code), el('label', {}, `${t('tier')} `, tierSelect('entry-tier')),
      el('button', { type: 'submit' }, t('open'))),
    area);
}

async function entryForm(code) {
  const tier = view.tier;
  let unit;
  try {
    unit = await getJson(`/api/units/${encodeURIComponent(code)}`, { year: view.year });
    if (['commune', 'village'].includes(unit.level) && !unit.assessed) return el('p', { class: 'error' }, t('notAssessedWhy'));
    unit.criteria = await getJson(`/api/units/${encodeURIComponent(code)}/criteria/${view.year}`, { tier });
  } catch (error) {
    return el('p', { class: 'error' }, error.status === 404 ? t('noCriteriaSet') : error.message);
  }
  const results = ['met', 'basically_met', 'not_met'];
  const rows = unit.criteria.results.map((c) => ({
    criterion: c,
    result: el('select', { 'data-number': c.number }, option('', '—', c.result ?? ''),
      results.map((r) => option(r, t(`result_${r}`), c.result))),
    evidence: el('input', { value: c.evidence ?? '', maxlength: 2000 }),
    indicators: c.indicators.map((i) => ({
      indicator: i,
      value: el('input', { size: 6, value: i.value === null ? '' : String(i.value), 'data-code': i.code }),
      result: el('select', {}, option('', '—', ''), option('met', t('result_met'), i.met === true ? 'met' : ''),
        option('not_met', t('result_not_met'), i.met === false ? 'not_met' : '')),
    })),
  }));
  const errors = el('div', {});
  return el('form', {
    onsubmit: async (e) => {
      e.preventDefault();
      const body = {
        version: unit.criteria.version,
        results: rows.map((r) => ({
          number: String(r.criterion.number), result: r.result.value || null, evidence: r.evidence.value || null,
          indicators: r.indicators.filter((i) => i.value.value !== '').map((i) => ({
            code: i.indicator.code, value: i.value.value, result: i.result.value || null,
          })),
        })),
      };
      try {
        await send('PUT', `/api/units/${unit.code}/criteria/${view.year}?tier=${tier}`, body);
        replace(errors, el('p', { class: 'ok' }, t('saved')));
      } catch (error) {
        replace(errors, error instanceof ApiError && error.status === 409 ? el('p', { class: 'error' }, t('conflict'))
          : rowErrors(error));
      }
    },
  },
  el('h3', {}, `${unit.fullName} · ${unit.criteria.setName}`),
  el('table', { class: 'grid' }, el('tbody', {}, rows.flatMap((r) => [
    el('tr', {}, el('td', {}, r.criterion.number), el('td', {}, r.criterion.name), el('td', {}, r.result), el('td', {}, r.evidence)),
    ...r.indicators.map((i) => el('tr', { class: 'indicator' }, el('td', {}, i.indicator.code), el('td', {}, i.indicator.name),
      el('td', {}, i.value, ` ${i.indicator.unit ?? ''}`), el('td', {}, i.result))),
  ]))),
  errors,
  el('button', { type: 'submit', class: 'primary' }, t('save')));
}
