// The legend: status colors with the number of communes at each, for the year and province shown,
// or a theme's classes with their counts; units without data and the wards (phường), drawn apart
// because NTM does not assess them.
import { getJson } from './api.js';
import { replace } from './dom.js';
import { formatNumber, localName, t } from './i18n.js';
import { NO_DATA } from './themes.js';

export class Legend {
  constructor(levels, id = 'legend') {
    this.levels = levels;
    this.id = id;
    // On a phone the legend starts folded, to leave the map to the map.
    this.collapsed = window.matchMedia('(max-width: 700px)').matches;
    this.control = L.control({ position: 'bottomright' });
    this.control.onAdd = () => {
      this.element = L.DomUtil.create('div', 'legend');
      this.element.id = id;
      L.DomEvent.disableClickPropagation(this.element);
      return this.element;
    };
  }

  addTo(map) {
    this.control.addTo(map);
    return this;
  }

  /** Status counts of a year, or with an active theme (its legend loaded) the theme's classes. */
  async update(year, province, demo, theme = null, themeName = '') {
    if (theme?.active) {
      const { legend } = theme;
      this.render(`${themeName} (${year})`, theme.entries(), legend.noData, legend.notAssessed,
        legend.classes.reduce((sum, c) => sum + c.count, 0) + legend.noData, demo);
      return;
    }
    const summary = await getJson('/api/status/summary', { year, province });
    const entries = this.levels.filter((l) => l.code !== 'modern' || summary.counts.modern > 0)
      .map((level) => ({ key: level.code, color: level.color, label: localName(level), count: summary.counts[level.code] ?? 0 }));
    this.render(`${t('legendTitle')} (${year})`, entries, 0, summary.notAssessed, summary.total, demo);
  }

  render(title, entries, noData, notAssessed, total, demo) {
    replace(this.element);
    this.element.classList.toggle('collapsed', this.collapsed);
    const toggle = L.DomUtil.create('button', 'legend-toggle', L.DomUtil.create('h2', '', this.element));
    toggle.type = 'button';
    toggle.textContent = title;
    toggle.setAttribute('aria-expanded', String(!this.collapsed));
    toggle.addEventListener('click', () => {
      this.collapsed = !this.collapsed;
      this.element.classList.toggle('collapsed', this.collapsed);
      toggle.setAttribute('aria-expanded', String(!this.collapsed));
    });
    const list = L.DomUtil.create('ul', '', this.element);
    entries.forEach((entry) => {
      item(list, entry.key, '', entry.label, entry.count).style.background = entry.color;
    });
    if (noData > 0) item(list, 'no_data', 'no-value', t('noData'), noData);
    if (notAssessed > 0) item(list, 'not_assessed', 'not-assessed', t('wardNotAssessed'), notAssessed);
    const summary = L.DomUtil.create('p', 'total', this.element);
    summary.textContent = `${formatNumber(total)} ${t('communes')}`;
    if (demo) {
      const note = L.DomUtil.create('p', 'demo-note', this.element);
      note.textContent = t('demoNote');
    }
  }
}

/** A legend row: swatch, name and count; returns the swatch. */
function item(list, key, cls, label, count) {
  const row = L.DomUtil.create('li', cls, list);
  row.dataset.level = key;
  const box = L.DomUtil.create('span', `swatch ${cls}`, row);
  if (cls === 'no-value') box.style.background = NO_DATA.fill;
  const name = L.DomUtil.create('span', 'name', row);
  name.textContent = label;
  const number = L.DomUtil.create('span', 'count', row);
  number.textContent = formatNumber(count);
  return box;
}
