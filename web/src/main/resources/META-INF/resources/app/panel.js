// The side panel of a commune, village or province: status and decision, criteria, history,
// predecessors and infrastructure.
import { getJson } from './api.js';
import { backButton, el, replace } from './dom.js';
import { formatDate, formatNumber, formatValue as formatWithUnit, lang, localName, t } from './i18n.js';

const RESULT = {
  met: { mark: '✓', key: 'met', cls: 'r-met' },
  basically_met: { mark: '~', key: 'basicallyMet', cls: 'r-basic' },
  not_met: { mark: '✗', key: 'notMet', cls: 'r-not' },
};

export class Panel {
  constructor(element, levels, { onClose, onShowVillages }) {
    this.element = element;
    this.levels = Object.fromEntries(levels.map((l) => [l.code, l]));
    this.onClose = onClose;
    this.onShowVillages = onShowVillages;
    this.code = null;
    /** Set while the panel was opened from the gap list: a back step to it. */
    this.onBack = null;
    document.addEventListener('keydown', (e) => { if (e.key === 'Escape' && !this.element.hidden) this.close(); });
  }

  async open(code, year) {
    this.code = code;
    const unit = await getJson(`/api/units/${encodeURIComponent(code)}`, { year });
    const fromMap = unit.level === 'commune'
      ? await getJson(`/api/units/${encodeURIComponent(code)}/map-indicators`, { year }).catch(() => null) : null;
    if (this.code !== code) return unit;
    this.render(unit, fromMap);
    this.element.hidden = false;
    return unit;
  }

  close() {
    this.code = null;
    this.element.hidden = true;
    this.onClose();
  }

  render(unit, fromMap) {
    const level = this.levels[unit.status];
    // A ward (phường) is on the map but holds no NTM status: no badge colour, no status history.
    const assessed = unit.assessed || !['commune', 'village'].includes(unit.level);
    replace(this.element,
      backButton(this.onBack, t('backToList')),
      el('div', { class: 'panel-head' },
        el('div', {},
          el('h2', { id: 'panel-title' }, unit.fullName),
          el('p', { class: 'muted' }, `${t('code')} ${unit.code}`,
            unit.parent ? ` · ${t('parent')}: ${unit.parent.fullName}` : '',
            unit.demo ? el('span', { class: 'badge demo' }, t('demo')) : null)),
        el('button', { type: 'button', class: 'close', 'aria-label': t('close'), onclick: () => this.close() }, '×')),
      assessed ? el('section', {},
        el('p', { class: 'status-line' },
          el('span', { class: 'status-badge', style: { background: level?.color } }, localName(level)),
          ` ${t('year')} ${unit.year}`),
        recognition(unit.recognition))
        : el('section', {}, el('p', { class: 'status-line' },
          el('span', { class: 'status-badge not-assessed' }, t('wardNotAssessed'))), el('p', { class: 'muted' }, t('notAssessedWhy'))),
      unit.level === 'commune' ? el('button', { type: 'button', class: 'link', onclick: () => this.onShowVillages(unit) },
        t('showVillages')) : null,
      unit.criteria ? criteria(unit.criteria) : null,
      assessed ? history(unit.statusHistory, this.levels) : null,
      unit.events.length ? events(unit.events, this.levels) : null,
      unit.predecessors.length ? predecessors(unit.predecessors, this.levels) : null,
      unit.predecessorHistory.length ? predecessorHistory(unit.predecessorHistory) : null,
      infrastructure(unit.infrastructure),
      fromMap ? mapCheck(fromMap) : null,
    );
  }
}

function recognition(decision) {
  if (!decision) return el('p', { class: 'muted' }, t('noDecision'));
  return el('p', { class: 'decision' }, `${t('decision')} ${decision.decisionNo} (${formatDate(decision.decisionDate)})`,
    decision.signer ? ` · ${t('signedBy')}: ${decision.signer}` : '',
    decision.demo ? el('span', { class: 'badge demo' }, t('demo')) : null);
}

function criteria(sheet) {
  const rows = sheet.results.flatMap((c) => {
    const r = RESULT[c.result];
    const row = el('tr', { class: 'criterion', 'data-result': c.result || 'none' },
      el('td', { class: 'num' }, c.number),
      el('td', {}, lang() === 'en' ? c.nameEn : c.name, c.evidence ? el('div', { class: 'evidence' }, c.evidence) : null),
      el('td', { class: `result ${r ? r.cls : 'r-none'}` },
        el('span', { 'aria-hidden': 'true' }, r ? r.mark : '–'), el('span', { class: 'sr-only' }, t(r ? r.key : 'notAssessed'))));
    const indicators = c.indicators.filter((i) => i.value !== null).map((i) => el('tr', { class: 'indicator' },
      el('td', { class: 'num' }, i.code),
      el('td', {}, lang() === 'en' ? i.nameEn : i.name),
      el('td', { class: `result ${i.met ? 'r-met' : 'r-not'}` }, formatValue(i))));
    return [row, ...indicators];
  });
  return el('section', {},
    el('h3', {}, `${t('criteria')}: ${sheet.met}/${sheet.total}`),
    el('p', { class: 'muted' }, `${t('criteriaOf')} ${lang() === 'en' ? sheet.setNameEn : sheet.setName}`),
    el('table', { class: 'criteria' }, el('tbody', {}, rows)));
}

function history(years, levels) {
  return el('section', {}, el('h3', {}, t('history')),
    el('ol', { class: 'history' }, years.map((y) => el('li', {
      style: { background: levels[y.status]?.color }, title: localName(levels[y.status]),
    }, String(y.year)))));
}

function events(list, levels) {
  return el('section', {}, el('h3', {}, t('events')),
    el('ul', { class: 'events' }, list.map((e) => el('li', {},
      `${formatDate(e.date)} · ${t(`events_${e.event}`)} · ${levels[e.level] ? localName(levels[e.level]) : e.level}`,
      e.decisionNo ? ` · ${e.decisionNo}` : ''))));
}

function predecessors(list, levels) {
  return el('section', {}, el('h3', {}, t('predecessors')),
    el('ul', { class: 'predecessors' }, list.map((p) => el('li', {},
      el('span', { class: 'dot', style: { background: levels[p.status]?.color } }), `${p.fullName} (${p.code})`))));
}

/** Before the merger a commune's progress is its predecessors': per year, how many of the old xã stood at standard. */
function predecessorHistory(years) {
  return el('section', { id: 'predecessor-history' }, el('h3', {}, t('predecessorHistory')),
    el('ul', {}, years.map((y) => el('li', {}, `${y.year}: ${y.standard}/${y.assessed} ${t('oldCommunesStandard')}`,
      y.advanced ? ` (${y.advanced} ${t('oldCommunesAdvanced')})` : ''))));
}

function infrastructure(list) {
  return el('section', {}, el('h3', {}, t('infrastructure')),
    el('table', { class: 'infra' },
      el('thead', {}, el('tr', {}, el('th', {}, t('category')), el('th', {}, t('count')), el('th', {}, t('poor')),
        el('th', {}, t('unhardened')))),
      el('tbody', {}, list.map((i) => el('tr', {},
        el('td', {}, localName(i, 'name')), el('td', {}, i.count), el('td', {}, i.poor),
        el('td', {}, i.unhardenedKm !== null ? `${i.unhardenedKm} / ${i.lengthKm} ${t('km')}` : ''))))));
}

/** What the map shows beside what the commune declared, gaps flagged; roads by class; villages far from services. */
function mapCheck(report) {
  const percent = (v) => formatWithUnit(v, '%');
  const rows = report.comparisons.map((c) => el('tr', { class: c.differs ? 'differs' : '' },
    el('td', { title: lang() === 'en' ? c.ruleEn : c.ruleVi }, `${c.indicator} ${lang() === 'en' ? c.nameEn : c.nameVi}`,
      el('div', { class: 'muted rule' }, lang() === 'en' ? c.ruleEn : c.ruleVi)),
    el('td', { class: 'num' }, percent(c.declared)),
    el('td', { class: 'num' }, percent(c.map), c.differs ? el('span', { title: t('mapDiffers') }, ' ⚠') : null)));
  const far = ['health_station', 'school'].map((f) => {
    const n = report.farVillages.filter((v) => v.facility === f).length;
    return el('li', {}, `${n} ${t('villagesFarther')} ${formatNumber(report.maxKm)} km ${t(`from_${f}`)}`);
  });
  return el('section', { id: 'map-check' }, el('h3', {}, t('mapCheck')),
    rows.length ? el('table', { class: 'compare' },
      el('thead', {}, el('tr', {}, el('th', {}, t('indicator')), el('th', {}, t('declared')), el('th', {}, t('onMap')))),
      el('tbody', {}, rows)) : null,
    el('ul', { class: 'map-facts' },
      report.roads.map((r) => el('li', {}, `${t(`subtype_${r.roadClass}`)}: ${percent(r.pavedPercent)} ${t('pavedOf')}, `
        + `${percent(r.hardenedPercent)} ${t('hardenedOf')} ${formatNumber(r.lengthKm)} km`)),
      far));
}

function formatValue(indicator) {
  if (typeof indicator.value === 'boolean') return indicator.value ? t('met') : t('notMet');
  return formatWithUnit(indicator.value, indicator.unit === '%' ? '%' : null);
}
