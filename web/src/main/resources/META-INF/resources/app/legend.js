// The legend: status colors with the number of communes at each, for the year and province shown,
// and the wards (phường), drawn apart because NTM does not assess them.
import { getJson } from './api.js';
import { replace } from './dom.js';
import { localName, t } from './i18n.js';

export class Legend {
  constructor(levels) {
    this.levels = levels;
    // On a phone the legend starts folded, to leave the map to the map.
    this.collapsed = window.matchMedia('(max-width: 700px)').matches;
    this.control = L.control({ position: 'bottomright' });
    this.control.onAdd = () => {
      this.element = L.DomUtil.create('div', 'legend');
      this.element.id = 'legend';
      L.DomEvent.disableClickPropagation(this.element);
      return this.element;
    };
  }

  addTo(map) {
    this.control.addTo(map);
    return this;
  }

  async update(year, province, demo) {
    const summary = await getJson('/api/status/summary', { year, province });
    replace(this.element);
    this.element.classList.toggle('collapsed', this.collapsed);
    const toggle = L.DomUtil.create('button', 'legend-toggle', L.DomUtil.create('h2', '', this.element));
    toggle.type = 'button';
    toggle.textContent = `${t('legendTitle')} (${year})`;
    toggle.setAttribute('aria-expanded', String(!this.collapsed));
    toggle.addEventListener('click', () => {
      this.collapsed = !this.collapsed;
      this.element.classList.toggle('collapsed', this.collapsed);
      toggle.setAttribute('aria-expanded', String(!this.collapsed));
    });
    const list = L.DomUtil.create('ul', '', this.element);
    this.levels.filter((l) => l.code !== 'modern' || summary.counts.modern > 0).forEach((level) => {
      const item = L.DomUtil.create('li', '', list);
      item.dataset.level = level.code;
      const box = L.DomUtil.create('span', 'swatch', item);
      box.style.background = level.color;
      const name = L.DomUtil.create('span', 'name', item);
      name.textContent = localName(level);
      const count = L.DomUtil.create('span', 'count', item);
      count.textContent = String(summary.counts[level.code] ?? 0);
    });
    if (summary.notAssessed > 0) {
      const item = L.DomUtil.create('li', 'not-assessed', list);
      item.dataset.level = 'not_assessed';
      L.DomUtil.create('span', 'swatch not-assessed', item);
      const name = L.DomUtil.create('span', 'name', item);
      name.textContent = t('wardNotAssessed');
      const count = L.DomUtil.create('span', 'count', item);
      count.textContent = String(summary.notAssessed);
    }
    const total = L.DomUtil.create('p', 'total', this.element);
    total.textContent = `${summary.total} ${t('communes')}`;
    if (demo) {
      const note = L.DomUtil.create('p', 'demo-note', this.element);
      note.textContent = t('demoNote');
    }
  }
}
