// Two maps side by side: the right-hand map shows another year or another theme of the same units,
// and the two move together (every move of one sets the other's view).
import { el } from './dom.js';
import { t } from './i18n.js';
import { LabelLayer } from './labels.js';
import { createLayers, preparePanes } from './layers.js';
import { Legend } from './legend.js';
import { Theme, fillThemeSelect } from './themes.js';

export class CompareView {
  /** shown(id): whether the main map shows that unit layer; the right-hand map shows the same. */
  constructor(element, main, { catalog, meta, statusFill, shown, onChange }) {
    this.shown = shown;
    this.element = element;
    this.main = main;
    this.catalog = catalog;
    this.meta = meta;
    this.statusFill = statusFill;
    this.onChange = onChange;
    this.map = null;
    this.year = null;
    this.theme = new Theme();
  }

  get open() {
    return this.map !== null;
  }

  /** Opens (or updates) the right-hand map on a year and theme. */
  async show(year, themeId, method, province) {
    this.year = year;
    this.theme = new Theme(themeId, method);
    if (!this.map) this.create();
    Object.values(this.layers).forEach((layer) => layer.setData({ year, theme: themeId }));
    this.labels.setYear(year);
    this.yearSelect.value = String(year);
    this.names = await fillThemeSelect(this.themeSelect, year, themeId);
    await this.refresh(province);
  }

  async refresh(province) {
    await this.theme.load(this.year, province);
    Object.values(this.layers).forEach((layer) => layer.repaint());
    const name = this.names?.find((n) => n.id === this.theme.id)?.name ?? '';
    this.title.textContent = `${this.year}${this.theme.active ? ` · ${name}` : ''}`;
    await this.legend.update(this.year, province, false, this.theme, name);
  }

  create() {
    this.element.hidden = false;
    this.element.parentElement.classList.add('comparing');
    this.main.invalidateSize();
    const map = L.map(this.element, { minZoom: 4, maxZoom: 18, zoomSnap: 0.5, zoomControl: false, attributionControl: false });
    this.map = map;
    preparePanes(map);
    map.setView(this.main.getCenter(), this.main.getZoom(), { animate: false });
    const fill = (p) => (this.theme.active ? this.theme.colorOf(p) : this.statusFill(p));
    this.layers = createLayers(Object.fromEntries(['provinces', 'communes', 'villages']
      .filter((id) => this.catalog[id]).map((id) => [id, this.catalog[id]])), fill, this.year);
    Object.entries(this.layers).filter(([id]) => this.shown(id)).forEach(([, layer]) => layer.addTo(map));
    this.labels = new LabelLayer(this.year).addTo(map);
    this.legend = new Legend(this.meta.statusLevels, 'legend2').addTo(map);
    this.controls(map);
    this.mainMove = this.follow(this.main, map);
    this.follow(map, this.main);
  }

  controls(map) {
    const control = L.control({ position: 'topleft' });
    control.onAdd = () => {
      this.title = el('div', { class: 'map-title', id: 'compare-title' });
      this.yearSelect = el('select', { id: 'compare-year', 'aria-label': t('compareYear') },
        this.meta.years.map((y) => el('option', { value: y }, y)));
      this.themeSelect = el('select', { id: 'compare-theme', 'aria-label': t('compareTheme') });
      const close = el('button', { type: 'button', id: 'compare-close' }, `× ${t('closeCompare')}`);
      this.yearSelect.addEventListener('change', () => this.onChange({ year: Number(this.yearSelect.value) }));
      this.themeSelect.addEventListener('change', () => this.onChange({ theme: this.themeSelect.value }));
      close.addEventListener('click', () => this.onChange(null));
      const box = el('div', { class: 'compare-controls' }, this.title, this.yearSelect, this.themeSelect, close);
      L.DomEvent.disableClickPropagation(box);
      return box;
    };
    control.addTo(map);
  }

  /** Moves `to` with `from`; a move made by the other map is not sent back. Returns the listener. */
  follow(from, to) {
    const listener = () => {
      if (this.syncing) return;
      this.syncing = true;
      to.setView(from.getCenter(), from.getZoom(), { animate: false });
      this.syncing = false;
    };
    from.on('move', listener);
    return listener;
  }

  close() {
    if (!this.map) return;
    this.main.off('move', this.mainMove);
    this.map.remove();
    this.map = null;
    this.element.hidden = true;
    this.element.parentElement.classList.remove('comparing');
    this.main.invalidateSize();
  }
}
