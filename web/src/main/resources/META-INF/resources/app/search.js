// The search box: diacritic-insensitive (the server ignores marks and case), results as a list.
import { getJson } from './api.js';
import { el, replace, showMessage } from './dom.js';

export function attachSearch(input, list, { year, onChoose }) {
  let timer = null;
  let results = [];
  const close = () => { list.hidden = true; input.setAttribute('aria-expanded', 'false'); };
  const choose = (unit) => { close(); input.value = unit.fullName; onChoose(unit); };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    const q = input.value.trim();
    if (q.length < 2) { close(); return; }
    timer = setTimeout(async () => {
      try {
        results = (await getJson('/api/units', { q, year: year(), limit: 8 })).items;
      } catch (error) {
        showMessage(error.message);
        return;
      }
      replace(list, ...results.map((unit, i) => el('li', {
        role: 'option', id: `result-${i}`, tabindex: '-1', 'data-code': unit.code,
        onmousedown: (e) => { e.preventDefault(); choose(unit); },
        onkeydown: (e) => { if (e.key === 'Enter') choose(unit); },
      }, el('strong', {}, unit.fullName), el('span', { class: 'muted' }, ` ${unit.code}`))));
      list.hidden = results.length === 0;
      input.setAttribute('aria-expanded', String(!list.hidden));
    }, 250);
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && results.length) { e.preventDefault(); choose(results[0]); }
    if (e.key === 'ArrowDown' && !list.hidden) list.firstElementChild?.focus();
    if (e.key === 'Escape') close();
  });
  input.addEventListener('blur', () => setTimeout(close, 150));
}
