// The field staff's gap view: what is broken, unhardened or missing, listed and marked on the map.
import { getJson } from './api.js';
import { el, replace, showMessage } from './dom.js';
import { t } from './i18n.js';

const KINDS = ['poor_condition', 'unhardened_road', 'missing_facility'];

export class GapView {
  constructor(element, map, { onOpenUnit, onOpenFeature }) {
    this.element = element;
    this.map = map;
    this.onOpenUnit = onOpenUnit;
    this.onOpenFeature = onOpenFeature;
    this.kind = 'poor_condition';
    this.markers = L.layerGroup();
    this.active = false;
    this.parked = false;
  }

  /** Listed: on screen, or parked under the unit or feature sheet opened over it. */
  get open() {
    return this.active;
  }

  get visible() {
    return this.active && !this.parked;
  }

  async show(province, kind = this.kind) {
    this.kind = KINDS.includes(kind) ? kind : 'poor_condition';
    this.province = province;
    let page;
    try {
      page = await getJson('/api/gaps', { province, kind: this.kind, limit: 300 });
    } catch (error) {
      showMessage(error.message);
      return;
    }
    this.render(page);
    this.active = true;
    this.element.hidden = this.parked;
    this.markers.addTo(this.map);
  }

  /** One sheet at a time: the list steps aside (its markers stay) while a sheet opened over it is shown. */
  park() {
    this.parked = this.active;
    this.element.hidden = true;
  }

  resume() {
    this.parked = false;
    this.element.hidden = !this.active;
  }

  hide() {
    this.active = false;
    this.parked = false;
    this.element.hidden = true;
    this.markers.remove();
  }

  render(page) {
    this.markers.clearLayers();
    page.items.forEach((gap) => {
      L.circleMarker([gap.lat, gap.lon], { radius: 7, color: '#b30000', weight: 2, fillColor: '#ffffff', fillOpacity: 0.6 })
        .bindTooltip(`${gap.name} — ${t(gap.category)}`).addTo(this.markers);
    });
    const tabs = el('div', { class: 'tabs', role: 'tablist' }, KINDS.map((kind) => el('button', {
      type: 'button', role: 'tab', 'aria-selected': String(kind === this.kind), 'data-kind': kind,
      onclick: () => this.show(this.province, kind),
    }, `${t(kind)} (${page.counts[kind]})`)));
    const items = page.items.map((gap) => el('li', { class: 'gap', 'data-feature': gap.featureId },
      el('button', { type: 'button', class: 'link', onclick: () => this.focus(gap) }, gap.name || gap.villageName),
      el('div', { class: 'muted' },
        gap.kind === 'missing_facility' ? `${t('lacks')} ${t(gap.category).toLowerCase()}` : t(gap.category),
        gap.condition ? ` · ${t(`condition_${gap.condition}`)}` : '',
        ` · ${gap.communeName}`)));
    replace(this.element, 
      el('div', { class: 'panel-head' }, el('h2', {}, t('gapsTitle')),
        el('button', { type: 'button', class: 'close', 'aria-label': t('close'), onclick: () => this.hide() }, '×')),
      tabs,
      el('p', { class: 'muted' }, `${t('shown')} ${page.items.length} ${t('of')} ${page.total}`),
      items.length ? el('ul', { class: 'gaps' }, items) : el('p', {}, t('noGaps')));
  }

  focus(gap) {
    this.map.flyTo([gap.lat, gap.lon], Math.max(this.map.getZoom(), 14));
    if (gap.featureId) this.onOpenFeature(gap.featureId);
    else this.onOpenUnit(gap.villageCode || gap.communeCode);
  }
}
