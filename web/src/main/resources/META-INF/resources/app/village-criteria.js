// A province's village criteria (thôn NTM): the sets it has issued, and for its planners a form to
// add one — there is no national village set, each province defines its own by decision.
import { send } from './api.js';
import { el, replace, showMessage } from './dom.js';
import { formatDate, lang, t } from './i18n.js';

const DEFINERS = ['ADMIN', 'PROVINCE_PLANNER'];

export function villageCriteriaSection(province, sets, user, onChange) {
  const mayDefine = DEFINERS.includes(user.role) && (user.role === 'ADMIN' || user.provinceCode === province);
  return el('section', { id: 'village-criteria' }, el('h2', {}, t('villageCriteria')),
    sets.length ? el('ul', { class: 'sets' }, sets.map((s) => el('li', {},
      el('strong', {}, lang() === 'en' ? s.nameEn : s.nameVi),
      ` · ${s.yearFrom}–${s.yearTo} · ${s.decisionNo} (${formatDate(s.decisionDate)})`,
      el('ol', {}, s.criteria.map((c) => el('li', { value: c.number }, lang() === 'en' ? c.nameEn : c.nameVi,
        c.key ? el('span', { class: 'badge', title: t('keyCriterion') }, '★') : null))))))
      : el('p', { class: 'muted' }, t('noVillageCriteria')),
    mayDefine ? form(province, onChange) : null);
}

function form(province, onChange) {
  const errors = el('div', {});
  const year = new Date().getFullYear();
  const element = el('form', { class: 'stack narrow', id: 'village-criteria-form' },
    el('h3', {}, t('defineVillageCriteria')),
    el('label', {}, t('setName'), el('input', { name: 'nameVi', required: true, maxlength: 300 })),
    el('label', {}, t('setNameEn'), el('input', { name: 'nameEn', maxlength: 300 })),
    el('div', { class: 'inline' },
      el('label', {}, t('yearFrom'), el('input', { name: 'yearFrom', type: 'number', value: year, required: true })),
      el('label', {}, t('yearTo'), el('input', { name: 'yearTo', type: 'number', value: 2030, required: true }))),
    el('div', { class: 'inline' },
      el('label', {}, t('decisionNo'), el('input', { name: 'decisionNo', required: true, placeholder: 'QĐ …/QĐ-UBND' })),
      el('label', {}, t('decisionDate'), el('input', { name: 'decisionDate', type: 'date', required: true }))),
    el('label', {}, t('criteriaLines'), el('textarea', { name: 'criteria', rows: 8, required: true })),
    el('button', { type: 'submit', class: 'primary' }, t('save')),
    errors);
  element.addEventListener('submit', async (e) => {
    e.preventDefault();
    const data = new FormData(element);
    // One criterion per line, numbered in order; a line starting with * is a key criterion.
    const criteria = String(data.get('criteria')).split('\n').map((l) => l.trim()).filter(Boolean)
      .map((line, i) => ({ number: i + 1, nameVi: line.replace(/^\*\s*/, ''), key: line.startsWith('*') }));
    try {
      await send('POST', `/api/provinces/${province}/village-criteria`, {
        nameVi: data.get('nameVi'), nameEn: data.get('nameEn') || null, yearFrom: Number(data.get('yearFrom')),
        yearTo: Number(data.get('yearTo')), decisionNo: data.get('decisionNo'), decisionDate: data.get('decisionDate'), criteria,
      });
      showMessage(t('saved'), 'info');
      onChange();
    } catch (error) {
      const reasons = error.problem?.invalidParams?.map((p) => `${p.name}: ${p.reason}`) ?? [];
      replace(errors, el('p', { class: 'error' }, [error.message, ...reasons].join(' · ')));
    }
  });
  return element;
}
